"""Claims, labels and notes of the twelfth development set (dev12.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev11), applied to the documents in docs_dev12.py alone,
without reading checks/ or running the pipeline. It shares only the claim helpers (doclib.py) with
the other sets.
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Sánchez's own turn in La Moncloa's transcript of 28 Apr 2025 says 'No descartamos ninguna hipótesis', answering a question on the causes of the blackout.",
  S("es", "Pedro Sánchez aseguró el 28 de abril de 2025, tras reunir al Consejo de Seguridad Nacional, que el Gobierno no descarta ninguna hipótesis sobre el origen del apagón.",
    "pedro-sanchez", "el Gobierno no descarta ninguna hipótesis sobre el origen del apagón", "2025-04-28"),
  ["d12_moncloa_20250428"])

P(T, C, "Farrell's own turn in the Holy See's English text of 21 Apr 2025 says 'At 7:35 this morning, the Bishop of Rome, Francis, returned to the house of the Father'.",
  Q("en", "\"At 7:35 this morning, the Bishop of Rome, Francis, returned to the house of the Father,\" Cardinal Kevin Farrell announced on April 21, 2025.",
    "kevin-farrell", "At 7:35 this morning, the Bishop of Rome, Francis, returned to the house of the Father", "2025-04-21"),
  ["d12_vatican_en_20250421"])

P(T, C, "Tohá's own turn of 6 Feb 2024 confirms the death of the former president in the helicopter that fell into Lago Ranco, in the Los Ríos region.",
  S("es", "La ministra del Interior, Carolina Tohá, confirmó el 6 de febrero de 2024 la muerte del expresidente Sebastián Piñera al caer al Lago Ranco el helicóptero en que viajaba.",
    "carolina-toha", "confirma la muerte del expresidente Piñera al caer al Lago Ranco el helicóptero en que viajaba", "2024-02-06"),
  ["d12_interior_cl_20240206"])

P(T, C, "The Justice Department's release of Thursday 21 Apr 2022 says Hernández 'was extradited today from Honduras to the United States' on drug-trafficking and firearms charges.",
  E("en", "Former Honduran President Juan Orlando Hernández was extradited to the United States on April 21, 2022 to face drug-trafficking and weapons charges in New York.",
    "Juan Orlando Hernández was extradited to the United States to face drug-trafficking and weapons charges in New York", "2022-04-21",
    ["juan-orlando-hernandez"]),
  ["d12_doj_20220421"])

P(T, C, "Macron's own turn in the Élysée's English text of his address of 9 Jun 2024 has the quoted sentence exactly.",
  Q("en", "\"I am therefore dissolving the National Assembly this evening,\" Emmanuel Macron told the French in a televised address on June 9, 2024.",
    "emmanuel-macron", "I am therefore dissolving the National Assembly this evening", "2024-06-09"),
  ["d12_elysee_20240609"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Sánchez's own Spanish turn of 28 Apr 2025 asks citizens to limit their travel and to make responsible use of their mobile phones; the English claim reports that.",
  S("en", "Spanish Prime Minister Pedro Sánchez urged people on April 28, 2025 to limit their travel and to use their mobile phones responsibly while power was being restored.",
    "pedro-sanchez", "people should limit their travel and use their mobile phones responsibly", "2025-04-28"),
  ["d12_moncloa_20250428"])

P(T, C, "Farrell's own English turn of 21 Apr 2025 says 'His entire life was dedicated to the service of the Lord and of His Church'; the Spanish quote renders it.",
  Q("es", "«Toda su vida estuvo dedicada al servicio del Señor y de su Iglesia», dijo el cardenal Kevin Farrell al anunciar el 21 de abril de 2025 la muerte del papa Francisco.",
    "kevin-farrell", "Toda su vida estuvo dedicada al servicio del Señor y de su Iglesia", "2025-04-21"),
  ["d12_vatican_en_20250421"])

P(T, C, "Boric's own Spanish turn of 6 Feb 2024 says 'Fue un demócrata desde la primera hora'; the English quote is its translation.",
  Q("en", "\"He was a democrat from the very first hour,\" Chilean President Gabriel Boric said of Sebastián Piñera on February 6, 2024.",
    "gabriel-boric", "He was a democrat from the very first hour", "2024-02-06"),
  ["d12_moneda_20240206"])

P(T, C, "Garland's own words in the Justice Department's English release of 21 Apr 2022: 'Hernández abused his position as President of Honduras to operate the country as a narco-state'; the Spanish statement reports them.",
  S("es", "El fiscal general de Estados Unidos, Merrick Garland, acusó el 21 de abril de 2022 a Juan Orlando Hernández de haber abusado de su cargo de presidente para operar Honduras como un narcoestado.",
    "merrick-garland", "Hernández abusó de su cargo de presidente para operar Honduras como un narcoestado", "2022-04-21"),
  ["d12_doj_20220421"])

P(T, C, "Macron's own turn in the Élysée's English text of 9 Jun 2024 says 'I have decided to give you back the choice of our parliamentary future through the vote'; the Spanish quote renders it.",
  Q("es", "«He decidido devolverles la elección de nuestro futuro parlamentario mediante el voto», anunció Emmanuel Macron el 9 de junio de 2024.",
    "emmanuel-macron", "He decidido devolverles la elección de nuestro futuro parlamentario mediante el voto", "2024-06-09"),
  ["d12_elysee_20240609"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Boric's post is stamped 00:45 UTC on 7 Feb 2024, which is 21:45 on the 6th in Santiago (UTC-3 in summer); 'Mi abrazo a Cecilia Morel y a la familia' matches and the local date matches.",
  S("es", "Gabriel Boric envió en X el 6 de febrero de 2024 un abrazo a Cecilia Morel y a la familia del expresidente Sebastián Piñera.",
    "gabriel-boric", "envía un abrazo a Cecilia Morel y a la familia del expresidente Piñera", "2024-02-06", channel="x", event_type="post"),
  ["d12_x_boric_20240206"])

P(T, C, "Boric's Spanish post is stamped 00:45 UTC on 7 Feb 2024, 21:45 on the 6th in Santiago; 'Las diferencias que tuvimos nunca fueron obstáculo para el respeto mutuo' is what the English claim reports.",
  S("en", "Gabriel Boric wrote on X on February 6, 2024 that his differences with Sebastián Piñera had never stood in the way of mutual respect.",
    "gabriel-boric", "his differences with Piñera had never stood in the way of mutual respect", "2024-02-06", channel="x", event_type="post"),
  ["d12_x_boric_20240206"])

P(T, C, "The Security Ministry's post is stamped 02:05 UTC on 22 Apr 2022, which is 20:05 on the 21st in Tegucigalpa (UTC-6); it says Hernández was handed over 'hoy' to the US authorities.",
  S("en", "Honduras's Security Ministry said on X on April 21, 2022 that former president Juan Orlando Hernández had been handed over to US authorities under the extradition order.",
    "seguridad-honduras", "former president Hernández had been handed over to US authorities under the extradition order", "2022-04-21", channel="x", event_type="post"),
  ["d12_x_seguridad_20220421"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Sánchez's own turn of 28 Apr 2025 gives 15 gigawatts lost in five seconds, about 60% of demand.",
  S("es", "Según explicó Pedro Sánchez el 28 de abril de 2025, el sistema perdió de golpe 15 gigavatios en cinco segundos, cerca del 60 % de la demanda en ese momento.",
    "pedro-sanchez", "el sistema perdió de golpe 15 gigavatios en cinco segundos, cerca del 60 % de la demanda", "2025-04-28"),
  ["d12_moncloa_20250428"])

P(T, C, "The Honduran Supreme Court's note of 28 Mar 2022 says its plenary of 'quince magistrados' decided 'por unanimidad' to confirm the extradition; 'all 15 justices' is that figure.",
  E("en", "All 15 justices of Honduras's Supreme Court voted on March 28, 2022 to uphold the extradition of former president Juan Orlando Hernández to the United States.",
    "all 15 justices of the Supreme Court voted to uphold the extradition of Juan Orlando Hernández", "2022-03-28",
    ["poder-judicial-honduras", "juan-orlando-hernandez"]),
  ["d12_pj_hn_20220328"])

P(T, X, "Sánchez's own turn of 28 Apr 2025 puts the 15 GW lost at about 60% of demand, not 40%.",
  S("en", "Pedro Sánchez said on April 28, 2025 that the 15 gigawatts that vanished from the grid in five seconds amounted to roughly 40% of Spain's demand at the time.",
    "pedro-sanchez", "the 15 gigawatts that vanished from the grid amounted to roughly 40% of demand", "2025-04-28"),
  ["d12_moncloa_20250428"])

P(T, X, "The Oficina del Presidente's post of 21 Apr 2025 says Milei decreed seven days of national mourning, not three.",
  S("es", "Javier Milei decretó el 21 de abril de 2025 tres días de duelo nacional en Argentina por la muerte del papa Francisco.",
    "javier-milei", "decreta tres días de duelo nacional por la muerte del papa Francisco", "2025-04-21"),
  ["d12_x_opra_20250421"])

P(T, U, "The Holy See Press Office's bulletin of 26 Apr 2025 describes the funeral and gives no attendance figure, so '250,000' is neither confirmed nor contradicted.",
  E("en", "Some 250,000 people attended Pope Francis's funeral in St Peter's Square on April 26, 2025, according to the Vatican.",
    "some 250,000 people attended Pope Francis's funeral in St Peter's Square", "2025-04-26", ["pope-francis", "holy-see"]),
  ["d12_bulletin_20250426"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The extradition on a DEA aircraft from the Hernán Acosta Mejía base is one event; the Security Ministry's release and the Justice Department's release both date it on Thursday 21 Apr 2022, not the 20th.",
  E("es", "El expresidente hondureño Juan Orlando Hernández fue extraditado a Estados Unidos el 20 de abril de 2022 en un avión de la DEA que despegó de la base aérea Hernán Acosta Mejía.",
    "Juan Orlando Hernández fue extraditado a Estados Unidos en un avión de la DEA desde la base Hernán Acosta Mejía", "2022-04-20",
    ["juan-orlando-hernandez"]),
  ["d12_seguridad_hn_20220421", "d12_doj_20220421"])

P(T, X, "Macron's address announcing the dissolution 'this evening', after the European elections, is one address; the Élysée dates it on Sunday 9 Jun 2024, not the 10th.",
  E("en", "In a televised address on June 10, 2024, Emmanuel Macron announced he was dissolving the National Assembly after the European elections and called legislative elections for June 30 and July 7.",
    "Macron announced he was dissolving the National Assembly and called legislative elections for June 30 and July 7", "2024-06-10",
    ["emmanuel-macron"]),
  ["d12_elysee_20240609"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Francis's death is one event; the Holy See's announcement of 21 Apr 2025 says he died 'a las 7:35 de esta mañana', so 'en marzo' is wrong.",
  E("es", "El papa Francisco murió en marzo de 2025, según anunció el camarlengo, el cardenal Kevin Farrell.",
    "murió el papa Francisco, según anunció el camarlengo Kevin Farrell", "2025-03", ["pope-francis"]),
  ["d12_vatican_es_20250421"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The crash that killed Piñera on 6 Feb 2024 is one event; Tohá's statement places it in Lago Ranco, in the Los Ríos region, not Lake Llanquihue.",
  E("en", "Former Chilean President Sebastián Piñera died on February 6, 2024 when the helicopter carrying him crashed into Lake Llanquihue in southern Chile.",
    "Sebastián Piñera died when the helicopter carrying him crashed into Lake Llanquihue", "2024-02-06", ["sebastian-pinera"]),
  ["d12_interior_cl_20240206"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The funeral Mass of 26 Apr 2025 in St Peter's Square has one principal celebrant; the Holy See Press Office names Cardinal Giovanni Battista Re, the Dean, not Parolin.",
  E("es", "El cardenal Pietro Parolin presidió el 26 de abril de 2025 en la plaza de San Pedro la misa exequial del papa Francisco.",
    "el cardenal Pietro Parolin presidió en la plaza de San Pedro la misa exequial del papa Francisco", "2025-04-26",
    ["pietro-parolin", "pope-francis"]),
  ["d12_bulletin_20250426"])

P(T, X, "The handover at the Hernán Acosta Mejía base on 21 Apr 2022 is pinned; the Security Ministry's release says Hernández was handed to agents of the DEA, not the FBI.",
  E("es", "Juan Orlando Hernández fue entregado a agentes del FBI el 21 de abril de 2022 en la base aérea Hernán Acosta Mejía, en Tegucigalpa.",
    "Hernández fue entregado a agentes del FBI en la base aérea Hernán Acosta Mejía", "2022-04-21",
    ["juan-orlando-hernandez", "fbi"]),
  ["d12_seguridad_hn_20220421"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "La Moncloa's note of 29 Apr 2025 quotes Sánchez: 'quienes vinculan este incidente con la falta de nucleares, o mienten o demuestran su ignorancia': the opposite of blaming the blackout on a lack of nuclear power.",
  S("en", "Pedro Sánchez blamed the April 28 blackout on a shortage of nuclear power in Spain's grid, speaking on April 29, 2025.",
    "pedro-sanchez", "the blackout was caused by a shortage of nuclear power in the grid", "2025-04-29"),
  ["d12_moncloa_20250429"])

P(T, X, "Boric's own turn of 6 Feb 2024 says 'he dispuesto que se le rinda un funeral de Estado': the opposite of a state funeral ruled out.",
  S("es", "Gabriel Boric descartó el 6 de febrero de 2024 un funeral de Estado para Sebastián Piñera y dejó las exequias en manos de la familia.",
    "gabriel-boric", "descarta un funeral de Estado para Piñera y deja las exequias en manos de la familia", "2024-02-06"),
  ["d12_moneda_20240206"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "Macron's address of 9 Jun 2024 is pinned; his own words are 'a danger for our nation, but also for our Europe', not 'for our democracy'.",
  Q("en", "\"The rise of nationalists and demagogues is a danger for our democracy,\" Emmanuel Macron said in his address on June 9, 2024.",
    "emmanuel-macron", "The rise of nationalists and demagogues is a danger for our democracy", "2024-06-09"),
  ["d12_elysee_20240609"])

P(T, U, "The claimed Cadena SER interview of 30 Apr 2025 is not among the sources, and La Moncloa's note of the 29th, another occasion, does not contain the words.",
  Q("es", "«De esta crisis saldremos juntos y con más seguridad», afirmó Pedro Sánchez en una entrevista en la Cadena SER el 30 de abril de 2025.",
    "pedro-sanchez", "De esta crisis saldremos juntos y con más seguridad", "2025-04-30", channel="interview", event_type="interview"),
  ["d12_moncloa_20250429"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in Red Eléctrica's transcript of 29 Apr 2025, and Prieto answers 'No. … no ha habido ningún tipo de intrusión en los sistemas de control'.",
  Q("es", "«Ha habido un ciberataque contra Red Eléctrica», reconoció el 29 de abril de 2025 Eduardo Prieto, responsable de operación del operador del sistema.",
    "eduardo-prieto", "Ha habido un ciberataque contra Red Eléctrica", "2025-04-29"),
  ["d12_ree_pc_20250429"])

P(T, U, "The words are a reporter's question in La Moncloa's transcript of 28 Apr 2025 ('¿Se trata de un ciberataque, presidente?'), which Sánchez neither adopts nor denies ('No tenemos todavía información concluyente').",
  Q("en", "\"It is a cyberattack,\" Pedro Sánchez said on April 28, 2025 of the blackout that hit Spain and Portugal.",
    "pedro-sanchez", "It is a cyberattack", "2025-04-28"),
  ["d12_moncloa_20250428"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "La Moncloa's transcript is of Monday 28 Apr 2025; nothing in it records an appearance on Tuesday the 29th, and nothing in the claim pins the 28th's declaration.",
  E("es", "Pedro Sánchez compareció en La Moncloa el 29 de abril de 2025 tras presidir una reunión del Consejo de Seguridad Nacional.",
    "Sánchez compareció en La Moncloa tras presidir una reunión del Consejo de Seguridad Nacional", "2025-04-29", ["pedro-sanchez"]),
  ["d12_moncloa_20250428"])

P(T, C, "La Moncloa's note of Tuesday 29 Apr 2025 says Sánchez announced a commission to analyse the causes of Monday's blackout; the transcript of the 28th sits next to it without moving it.",
  E("en", "On April 29, 2025, the day after the blackout, Pedro Sánchez announced a commission to investigate what caused it.",
    "Pedro Sánchez announced a commission to investigate what caused the blackout", "2025-04-29", ["pedro-sanchez"]),
  ["d12_moncloa_20250428", "d12_moncloa_20250429"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "Zelensky's post of 26 Apr 2025 records his meeting with Trump in St Peter's Basilica; no source records a meeting with Rubio that day.",
  E("en", "Secretary of State Marco Rubio met Volodymyr Zelensky in St. Peter's Basilica on April 26, 2025, before Pope Francis's funeral.",
    "Marco Rubio met Volodymyr Zelensky in St. Peter's Basilica before the funeral", "2025-04-26",
    ["marco-rubio", "volodymyr-zelensky"]),
  ["d12_x_zelensky_20250426"])

P(T, C, "Zelensky's own post of 26 Apr 2025 (10:40 UTC, 12:40 in Rome) records a meeting with Trump in St Peter's Basilica before the funeral; Cheung's post, another official's, sits next to it without moving it.",
  E("es", "Donald Trump y Volodímir Zelenski se reunieron el 26 de abril de 2025 en la basílica de San Pedro, antes del funeral del papa Francisco.",
    "Trump y Zelenski se reunieron en la basílica de San Pedro antes del funeral del papa Francisco", "2025-04-26",
    ["donald-trump", "volodymyr-zelensky"]),
  ["d12_x_cheung_20250426", "d12_x_zelensky_20250426"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The Justice Department's release of 21 Apr 2022 reports the extradition and says the charges are accusations; a conviction by a jury is another step that no source here records.",
  E("en", "A federal jury in New York convicted former Honduran President Juan Orlando Hernández of drug-trafficking charges on April 21, 2022.",
    "a federal jury in New York convicted Juan Orlando Hernández of drug-trafficking charges", "2022-04-21",
    ["juan-orlando-hernandez"]),
  ["d12_doj_20220421"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Holy See Press Office's bulletin of 26 Apr 2025 summarises Cardinal Re's homily in its own words and quotes none of them.",
  Q("es", "«Construir puentes y no muros es una exhortación que repitió muchas veces», recordó el cardenal Giovanni Battista Re en la homilía del funeral de Francisco el 26 de abril de 2025.",
    "giovanni-battista-re", "Construir puentes y no muros es una exhortación que repitió muchas veces", "2025-04-26"),
  ["d12_bulletin_20250426"])

P(T, U, "La Moncloa's note of 29 Apr 2025 says in its own words that the Government will get to the bottom of what happened, and quotes only the sentence on nuclear power; the quoted words are not in it.",
  Q("en", "\"We will get to the bottom of this, and we will demand accountability from the private operators,\" Pedro Sánchez said on April 29, 2025.",
    "pedro-sanchez", "We will get to the bottom of this, and we will demand accountability from the private operators", "2025-04-29"),
  ["d12_moncloa_20250429"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Reuters, a media outlet, reports the evacuation of the stranded trains and Puente's words.",
  E("en", "All passengers left stranded on trains by Spain's blackout had been evacuated by the morning of April 29, 2025.",
    "all passengers stranded on trains by the blackout had been evacuated", "2025-04-29"),
  ["d12_reuters_20250429"])

P(T, U, "Only the Associated Press, a media outlet, reports the cause of death from the death certificate; no Vatican document among the sources gives it.",
  E("es", "El papa Francisco murió el 21 de abril de 2025 a causa de un ictus seguido de un coma y un colapso cardiocirculatorio irreversible.",
    "el papa Francisco murió a causa de un ictus seguido de un coma y un colapso cardiocirculatorio irreversible", "2025-04-21",
    ["pope-francis"]),
  ["d12_ap_20250421"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Macron's announcement is in the Élysée's transcript of his televised address of 9 Jun 2024; no post of his is among the sources, and the claim is about X.",
  S("es", "Emmanuel Macron anunció en X el 9 de junio de 2024 la disolución de la Asamblea Nacional y elecciones legislativas el 30 de junio y el 7 de julio.",
    "emmanuel-macron", "anuncia la disolución de la Asamblea Nacional y elecciones legislativas el 30 de junio y el 7 de julio", "2024-06-09",
    channel="x", event_type="post"),
  ["d12_elysee_20240609"])

P(T, U, "Trump's words are in his Truth Social post of 21 Apr 2025; a Truth Social post is not an X post, and no X post by him is among the sources.",
  Q("en", "\"Rest in Peace Pope Francis! May God Bless him and all who loved him!\" Donald Trump wrote on X on April 21, 2025.",
    "donald-trump", "Rest in Peace Pope Francis! May God Bless him and all who loved him!", "2025-04-21", channel="x", event_type="post"),
  ["d12_truth_trump_20250421"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the transcript of the declaration in fact names the Government of Portugal).",
  S("es", "Pedro Sánchez no mencionó a Portugal en su declaración institucional del 28 de abril de 2025 sobre el apagón.",
    "pedro-sanchez", "la declaración institucional no mencionó a Portugal", "2025-04-28", absence=True),
  ["d12_moncloa_20250428"])
