"""Claims, labels and notes of the forty-second development set (dev42.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev40), applied to the documents in docs_dev42.py alone,
without reading checks/ or running the pipeline. It shares only the claim helpers (doclib.py) with
the other sets. Notes that begin "wrong act:" mark claims whose act is not the source's while the
rest matches, and notes that begin "altered quote:" mark quotes changed in one or two words so
that they say something else (there is no category for either; each is filed under the closest
one).
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Bush's own address of 1 Feb 2003 says 'The Columbia is lost; there are no survivors'.",
  Q("en", "\"The Columbia is lost; there are no survivors,\" President George W. Bush told the nation on February 1, 2003, hours after the shuttle broke apart over Texas.",
    "george-w-bush", "The Columbia is lost; there are no survivors", "2003-02-01"),
  ["d42_wh_bush_20030201"])

P(T, C, "NASA's release of 1 Feb 2003 says it lost communication with Columbia 'at about 9 a.m. EST today, as the orbiter was flying over Texas some 16 minutes before its scheduled landing at the Kennedy Space Center'; the claim abridges it faithfully.",
  S("en", "NASA said it lost contact with the shuttle Columbia over Texas at about 9 a.m. on February 1, 2003, some 16 minutes before it was due to land in Florida.",
    "nasa", "NASA lost contact with the shuttle Columbia over Texas at about 9 a.m., some 16 minutes before it was due to land in Florida", "2003-02-01"),
  ["d42_nasa_20030201"])

P(T, C, "Obama's own address from the Oval Office of 15 Jun 2010 says 'Already, this oil spill is the worst environmental disaster America has ever faced'.",
  Q("en", "Addressing the nation from the Oval Office on June 15, 2010, Barack Obama said the BP spill was \"the worst environmental disaster America has ever faced.\"",
    "barack-obama", "the worst environmental disaster America has ever faced", "2010-06-15"),
  ["d42_wh_obama_20100615"])

P(T, C, "The Constitutional Court's comunicado of 26 Feb 2010 says its Sala Plena declared Law 1354 of 2009, which called the constitutional referendum, 'INEXEQUIBLE en su totalidad'; the claim paraphrases it faithfully.",
  E("es", "La Corte Constitucional de Colombia tumbó el 26 de febrero de 2010 la ley que convocaba el referendo reeleccionista, al declarar inexequible en su totalidad la Ley 1354 de 2009.",
    "la Corte Constitucional declaró inexequible en su totalidad la Ley 1354 de 2009, que convocaba el referendo", "2010-02-26",
    ["corte-constitucional-colombia"]),
  ["d42_cc_20100226"])

P(T, C, "Vargas Llosa's own turn in the Instituto Cervantes's transcript of 7 Oct 2010 says 'Creo que es un reconocimiento a la literatura latinoamericana y a la literatura en lengua española'.",
  Q("es", "«Creo que es un reconocimiento a la literatura latinoamericana y a la literatura en lengua española», dijo Mario Vargas Llosa en Nueva York el 7 de octubre de 2010, horas después de conocer el fallo.",
    "mario-vargas-llosa", "Creo que es un reconocimiento a la literatura latinoamericana y a la literatura en lengua española", "2010-10-07"),
  ["d42_cervantes_20101007"])

P(T, C, "Vargas Llosa's own Nobel lecture of 7 Dec 2010 opens 'Aprendí a leer a los cinco años, en la clase del hermano Justiniano, en el Colegio de la Salle, en Cochabamba (Bolivia)'.",
  Q("es", "«Aprendí a leer a los cinco años, en la clase del hermano Justiniano, en el Colegio de la Salle, en Cochabamba», recordó Vargas Llosa al comenzar su discurso del Nobel en Estocolmo, el 7 de diciembre de 2010.",
    "mario-vargas-llosa", "Aprendí a leer a los cinco años, en la clase del hermano Justiniano, en el Colegio de la Salle, en Cochabamba", "2010-12-07"),
  ["d42_nobel_lecture_20101207"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Bush's own address of 1 Feb 2003 says 'The Columbia is lost; there are no survivors'; the Spanish quote is its translation.",
  Q("es", "«El Columbia se ha perdido; no hay supervivientes», anunció George W. Bush en un mensaje a la nación el 1 de febrero de 2003.",
    "george-w-bush", "El Columbia se ha perdido; no hay supervivientes", "2003-02-01"),
  ["d42_wh_bush_20030201"])

P(T, C, "Obama's own remarks after meeting BP's executives on 16 Jun 2010 say 'It's also important to emphasize this is not a cap'; the Spanish quote is its translation.",
  Q("es", "«También es importante subrayar que esto no es un tope», precisó Barack Obama el 16 de junio de 2010 sobre los 20.000 millones de dólares que BP apartará para indemnizaciones.",
    "barack-obama", "También es importante subrayar que esto no es un tope", "2010-06-16"),
  ["d42_wh_obama_20100616"])

P(T, C, "The Constitutional Court's comunicado of 26 Feb 2010 speaks of irregularities that are not mere procedural defects 'sino violaciones sustanciales al principio democrático'; the English words are its translation.",
  S("en", "Colombia's Constitutional Court said on February 26, 2010 that the irregularities in passing the referendum law were not mere procedural defects but substantial violations of the democratic principle.",
    "corte-constitucional-colombia", "the irregularities in passing the referendum law were not mere procedural defects but substantial violations of the democratic principle", "2010-02-26"),
  ["d42_cc_20100226"])

P(T, C, "Vargas Llosa's own turn of 7 Oct 2010 says 'Espero que me lo hayan dado más por mi obra literaria que por mis opiniones políticas'; the English quote is its translation.",
  Q("en", "\"I hope they gave it to me more for my literary work than for my political opinions,\" Mario Vargas Llosa told reporters in New York on October 7, 2010.",
    "mario-vargas-llosa", "I hope they gave it to me more for my literary work than for my political opinions", "2010-10-07"),
  ["d42_cervantes_20101007"])

P(T, C, "Vargas Llosa's own Nobel lecture of 7 Dec 2010 says 'Inventamos las ficciones para poder vivir de alguna manera las muchas vidas que quisiéramos tener cuando apenas disponemos de una sola'; the English quote is its translation.",
  Q("en", "\"We invent fictions in order to live, somehow, the many lives we would like to have when we barely have one at our disposal,\" Vargas Llosa said in his Nobel lecture in Stockholm on December 7, 2010.",
    "mario-vargas-llosa", "We invent fictions in order to live, somehow, the many lives we would like to have when we barely have one at our disposal", "2010-12-07"),
  ["d42_nobel_lecture_20101207"])

P(T, C, "The Swedish Academy's announcement of 7 Oct 2010 gives the prize to Vargas Llosa 'for his cartography of structures of power and his trenchant images of the individual's resistance, revolt, and defeat'; the Spanish quote is its translation.",
  Q("es", "La Academia Sueca concedió el 7 de octubre de 2010 el Nobel de Literatura a Mario Vargas Llosa «por su cartografía de las estructuras del poder y sus penetrantes imágenes de la resistencia, la rebelión y la derrota del individuo».",
    "swedish-academy", "por su cartografía de las estructuras del poder y sus penetrantes imágenes de la resistencia, la rebelión y la derrota del individuo", "2010-10-07"),
  ["d42_academy_20101007"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The White House's post is stamped 00:40 UTC on 16 Jun 2010, which is 20:40 on the 15th in Washington (EDT); it quotes Obama's 'We will make BP pay for the damage their company has caused'.",
  Q("en", "\"We will make BP pay for the damage their company has caused,\" the White House posted on Twitter on June 15, 2010, quoting the president's Oval Office address.",
    "white-house", "We will make BP pay for the damage their company has caused", "2010-06-15",
    channel="x", event_type="post"),
  ["d42_x_wh_20100615"])

P(T, C, "The Colombian presidency's feed item is stamped 02:10 UTC on 27 Feb 2010, which is 21:10 on the 26th in Bogotá (UTC-5); it says Uribe 'manifestó esta noche que acata y respeta la decisión de la Corte Constitucional'.",
  S("es", "El presidente Álvaro Uribe aseguró la noche del 26 de febrero de 2010 que acata y respeta la decisión de la Corte Constitucional que hundió el referendo.",
    "alvaro-uribe", "Uribe acata y respeta la decisión de la Corte Constitucional", "2010-02-26"),
  ["d42_presidencia_co_20100226"])

P(T, C, "The Peruvian presidency's feed item is stamped 01:30 UTC on 8 Oct 2010, which is 20:30 on the 7th in Lima (UTC-5); it says the government 'saluda con inmenso orgullo' the prize to Vargas Llosa, 'el primer peruano en recibir este galardón'. An English claim against the Spanish item.",
  S("en", "Peru's government hailed on October 7, 2010 the Nobel Prize in Literature awarded to Mario Vargas Llosa, the first Peruvian to win it.",
    "peru-presidency", "Peru's government hailed the Nobel Prize in Literature awarded to Vargas Llosa, the first Peruvian to win it", "2010-10-07"),
  ["d42_presidencia_pe_20101007"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Obama's own remarks of 16 Jun 2010 say 'BP has agreed to set aside $20 billion to pay claims for damages resulting from this spill'; «20.000 millones de dólares» is the same figure in the other language's notation.",
  E("es", "BP aceptó el 16 de junio de 2010, tras reunirse con Obama en la Casa Blanca, reservar 20.000 millones de dólares para pagar las reclamaciones por el vertido.",
    "BP aceptó reservar 20.000 millones de dólares para pagar las reclamaciones por el vertido", "2010-06-16",
    ["bp", "barack-obama"]),
  ["d42_wh_obama_20100616"])

P(T, C, "The Constitutional Court's comunicado of 26 Feb 2010 gives 'por siete votos contra dos'; '7-2' is the same count (an English claim against the Spanish comunicado).",
  E("en", "By a 7-2 vote, Colombia's Constitutional Court on February 26, 2010 struck down the law calling a referendum on a third term for President Álvaro Uribe.",
    "Colombia's Constitutional Court struck down the referendum law by a 7-2 vote", "2010-02-26",
    ["corte-constitucional-colombia"]),
  ["d42_cc_20100226"])

P(T, X, "Obama's remarks of 16 Jun 2010 are pinned by the meeting with BP and the moratorium; his own words give 'a $100 million fund' for idled rig workers, not 10 million.",
  S("es", "Obama anunció el 16 de junio de 2010 que BP creará además un fondo de 10 millones de dólares para los trabajadores de plataformas afectados por la moratoria.",
    "barack-obama", "BP creará un fondo de 10 millones de dólares para los trabajadores de plataformas afectados por la moratoria", "2010-06-16"),
  ["d42_wh_obama_20100616"])

P(T, X, "altered quote: Vargas Llosa's Nobel lecture of 7 Dec 2010 is pinned; his own words are 'Aprendí a leer a los cinco años', and the quote changes the age.",
  Q("es", "«Aprendí a leer a los siete años, en la clase del hermano Justiniano», dijo Mario Vargas Llosa en su discurso del Nobel, el 7 de diciembre de 2010.",
    "mario-vargas-llosa", "Aprendí a leer a los siete años, en la clase del hermano Justiniano", "2010-12-07"),
  ["d42_nobel_lecture_20101207"])

P(T, U, "NASA's release of 1 Feb 2003 gives the hour, the place and the time before landing but no speed; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "NASA said Columbia was traveling at about 12,500 miles per hour when contact was lost on February 1, 2003.",
    "nasa", "Columbia was traveling at about 12,500 miles per hour when contact was lost", "2003-02-01"),
  ["d42_nasa_20030201"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Bush's address is one event, pinned by its words ('The Columbia is lost; there are no survivors', the day's 'At 9:00 a.m. this morning'); the White House dates it 1 Feb 2003, not the 2nd.",
  Q("en", "\"The Columbia is lost; there are no survivors,\" Bush said in a televised address on February 2, 2003.",
    "george-w-bush", "The Columbia is lost; there are no survivors", "2003-02-02"),
  ["d42_wh_bush_20030201"])

P(T, X, "The Court's decision is one act, pinned by its content (Law 1354 of 2009 declared inexequible by seven votes to two); its comunicado dates it 26 Feb 2010, not the 25th.",
  E("es", "El 25 de febrero de 2010, la Corte Constitucional declaró inexequible, por siete votos contra dos, la ley del referendo que habría permitido a Uribe buscar un tercer mandato.",
    "la Corte Constitucional declaró inexequible la ley del referendo por siete votos contra dos", "2010-02-25",
    ["corte-constitucional-colombia"]),
  ["d42_cc_20100226"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The award is pinned by its content (Vargas Llosa, 'for his cartography of structures of power'); the Swedish Academy's announcement is dated 'Stockholm, 7 October 2010', not November.",
  E("es", "En noviembre de 2010, la Academia Sueca anunció que el Nobel de Literatura era para Mario Vargas Llosa, por su cartografía de las estructuras del poder.",
    "la Academia Sueca anunció que el Nobel de Literatura era para Vargas Llosa", "2010-11",
    ["swedish-academy", "mario-vargas-llosa"]),
  ["d42_academy_20101007"])

P(T, X, "Obama's address is pinned by its words ('the worst environmental disaster America has ever faced') and its venue; the White House dates it 15 Jun 2010, not July.",
  Q("en", "In July 2010, speaking from the Oval Office, Obama called the Gulf spill \"the worst environmental disaster America has ever faced.\"",
    "barack-obama", "the worst environmental disaster America has ever faced", "2010-07"),
  ["d42_wh_obama_20100615"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Bush's memorial address of 4 Feb 2003 is one event; the White House transcript places it at the Lyndon B. Johnson Space Center in Houston, not the Kennedy Space Center in Florida (where the claim's event is the speaking, the transcript's venue decides).",
  E("en", "At a memorial service at the Kennedy Space Center in Florida on February 4, 2003, Bush said the astronauts were lost \"so close to home.\"",
    "Bush spoke at a memorial service at the Kennedy Space Center in Florida", "2003-02-04",
    ["george-w-bush"]),
  ["d42_wh_bush_houston_20030204"])

P(T, X, "Vargas Llosa's press conference of 7 Oct 2010 is one event; the transcript places it at the Instituto Cervantes in New York, not in Madrid.",
  E("es", "Mario Vargas Llosa ofreció el 7 de octubre de 2010 en Madrid su primera rueda de prensa como Premio Nobel de Literatura.",
    "Vargas Llosa ofreció en Madrid su primera rueda de prensa como Nobel", "2010-10-07",
    ["mario-vargas-llosa"], event_type="press_conference", channel="press_conference"),
  ["d42_cervantes_20101007"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The crew of STS-107 is pinned by the mission; NASA's release names Rick Husband as Commander and William McCool as Pilot, so McCool named as commander is a person given in another role (as dev20 decided).",
  E("es", "El transbordador Columbia, comandado por William McCool, se desintegró sobre Texas el 1 de febrero de 2003 con siete astronautas a bordo.",
    "el Columbia, comandado por William McCool, se desintegró sobre Texas", "2003-02-01",
    ["william-mccool"]),
  ["d42_nasa_20030201"])

P(T, X, "The Court's decision of 26 Feb 2010 is pinned; its comunicado names Humberto Antonio Sierra Porto as the rapporteur and Mauricio González Cuervo as the Court's president, who announced it, so González as rapporteur is a person given in another role (as dev20 decided).",
  E("es", "Con ponencia del magistrado Mauricio González Cuervo, la Corte Constitucional hundió el 26 de febrero de 2010 el referendo reeleccionista.",
    "con ponencia de Mauricio González Cuervo, la Corte hundió el referendo", "2010-02-26",
    ["corte-constitucional-colombia", "mauricio-gonzalez-cuervo"]),
  ["d42_cc_20100226"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Obama's own remarks of 16 Jun 2010 say of the $20 billion 'It's also important to emphasize this is not a cap': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Obama dijo el 16 de junio de 2010 que los 20.000 millones de dólares serían el límite máximo de lo que BP tendría que pagar por el vertido.",
    "barack-obama", "los 20.000 millones de dólares serían el límite máximo de lo que BP tendría que pagar", "2010-06-16"),
  ["d42_wh_obama_20100616"])

P(T, X, "The Board's release of 26 Aug 2003 says the breach 'was initiated by a piece of insulating foam that separated from the left bipod ramp section of the External Tank ... and struck the wing': the opposite of the claim.",
  S("en", "The Columbia Accident Investigation Board concluded on August 26, 2003 that the foam that struck the shuttle's wing during launch was not what caused the disaster.",
    "caib", "the foam that struck the shuttle's wing during launch was not what caused the disaster", "2003-08-26"),
  ["d42_caib_20030826"])

P(T, X, "wrong act: the Court's comunicado of 26 Feb 2010 says it 'declaró INEXEQUIBLE en su totalidad la Ley 1354 de 2009'; the same decision, with the same count, is told as upholding the law (as dev27 and dev34 decided for a rejection told as an approval; an English claim against the Spanish comunicado).",
  E("en", "Colombia's Constitutional Court upheld, by seven votes to two, the law calling a referendum on a third term for Álvaro Uribe on February 26, 2010, clearing the way for the vote.",
    "Colombia's Constitutional Court upheld the referendum law by seven votes to two", "2010-02-26",
    ["corte-constitucional-colombia"]),
  ["d42_cc_20100226"])

P(T, X, "wrong act: the presidency's feed item of the night of 26 Feb 2010 says Uribe 'acata y respeta la decisión de la Corte Constitucional'; the same reaction is told the other way round (as dev19, dev28, dev30 and dev36 decided for a reaction told as its opposite).",
  S("es", "Álvaro Uribe criticó con dureza la noche del 26 de febrero de 2010 el fallo de la Corte Constitucional que le cerró el paso a un tercer mandato.",
    "alvaro-uribe", "Uribe criticó con dureza el fallo de la Corte Constitucional", "2010-02-26"),
  ["d42_presidencia_co_20100226"])

P(T, X, "wrong act: Bush's own address of 1 Feb 2003 says 'The cause in which they died will continue ... Our journey into space will go on'; the same address is told as announcing a suspension of manned flights (a Spanish claim against the English transcript).",
  S("es", "George W. Bush anunció el 1 de febrero de 2003, tras la pérdida del Columbia, la suspensión de los vuelos espaciales tripulados de Estados Unidos.",
    "george-w-bush", "Bush anunció la suspensión de los vuelos espaciales tripulados", "2003-02-01"),
  ["d42_wh_bush_20030201"])

P(T, X, "wrong act: Obama's own remarks of 16 Jun 2010 say 'BP has agreed to set aside $20 billion to pay claims'; the same meeting is told as BP refusing the fund (a Spanish claim against the English transcript).",
  E("es", "BP se negó el 16 de junio de 2010, en su reunión con Obama en la Casa Blanca, a crear el fondo de 20.000 millones de dólares para las víctimas del vertido.",
    "BP se negó a crear el fondo de 20.000 millones de dólares", "2010-06-16",
    ["bp", "barack-obama"]),
  ["d42_wh_obama_20100616"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Obama's address of 15 Jun 2010 is pinned; his own words are 'this fund will not be controlled by BP', and the Spanish quote drops the negation (a Spanish quote of the English record).",
  Q("es", "«Este fondo será controlado por BP», dijo Obama en su discurso desde el Despacho Oval el 15 de junio de 2010.",
    "barack-obama", "Este fondo será controlado por BP", "2010-06-15"),
  ["d42_wh_obama_20100615"])

P(T, X, "altered quote: Vargas Llosa's press conference of 7 Oct 2010 is pinned; his own words are 'más por mi obra literaria que por mis opiniones políticas', and the quote swaps the two objects.",
  Q("es", "«Espero que me lo hayan dado más por mis opiniones políticas que por mi obra literaria», admitió Vargas Llosa en Nueva York el 7 de octubre de 2010.",
    "mario-vargas-llosa", "Espero que me lo hayan dado más por mis opiniones políticas que por mi obra literaria", "2010-10-07"),
  ["d42_cervantes_20101007"])

P(T, X, "altered quote: Bush's address of 1 Feb 2003 is pinned; his own words are 'Our journey into space will go on', and the quote turns 'will' into 'may'.",
  Q("en", "\"Our journey into space may go on,\" Bush said on February 1, 2003, after the loss of Columbia.",
    "george-w-bush", "Our journey into space may go on", "2003-02-01"),
  ["d42_wh_bush_20030201"])

P(T, U, "The claimed El País interview of 8 Oct 2010 is not among the sources, and Vargas Llosa's press conference in New York of the 7th, another occasion, does not contain the sentence.",
  Q("es", "«El Nobel no me va a cambiar la vida ni la manera de escribir», declaró Vargas Llosa en una entrevista con El País publicada el 8 de octubre de 2010.",
    "mario-vargas-llosa", "El Nobel no me va a cambiar la vida ni la manera de escribir", "2010-10-08",
    channel="interview", event_type="interview"),
  ["d42_cervantes_20101007"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Bush's, in his address of 1 Feb 2003, which sits in the pair; NASA's release gives O'Keefe other words ('a tragic day for the NASA family'), so the quote is not his (as dev39 decided for words in another speaker's document).",
  Q("en", "\"The Columbia is lost; there are no survivors,\" NASA Administrator Sean O'Keefe said on February 1, 2003.",
    "sean-okeefe", "The Columbia is lost; there are no survivors", "2003-02-01"),
  ["d42_nasa_20030201", "d42_wh_bush_20030201"])

P(T, U, "The words are the moderator's turn in the Instituto Cervantes's transcript of 7 Oct 2010, not Vargas Llosa's; his turns speak of the surprise and of Latin American literature.",
  Q("es", "«Es un día tan feliz para las letras en español», dijo Mario Vargas Llosa al comenzar su rueda de prensa en Nueva York el 7 de octubre de 2010.",
    "mario-vargas-llosa", "Es un día tan feliz para las letras en español", "2010-10-07"),
  ["d42_cervantes_20101007"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The presidency's feed item says in its own words that Uribe 'acata y respeta la decisión' and quotes no one; a paraphrase does not confirm the quoted words, as dev4, dev9 and dev28 to dev40 decided.",
  Q("es", "«Acato y respeto la decisión de la Corte Constitucional», dijo Álvaro Uribe el 26 de febrero de 2010, según informó la Presidencia de la República.",
    "alvaro-uribe", "Acato y respeto la decisión de la Corte Constitucional", "2010-02-26",
    channel="press_release", confirmed_by="colombia-presidency"),
  ["d42_presidencia_co_20100226"])

P(T, U, "The Peruvian presidency's feed item says in its own voice that García congratulated the writer and quotes no words of his; it does not confirm the sentence quoted from him.",
  Q("en", "\"This is a day of pride for every Peruvian,\" President Alan García said on October 7, 2010, according to a statement from Peru's presidency.",
    "alan-garcia", "This is a day of pride for every Peruvian", "2010-10-07",
    channel="press_release", confirmed_by="peru-presidency"),
  ["d42_presidencia_pe_20101007"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "Obama's remarks record his meeting with BP's chairman and executives on Wednesday 16 Jun 2010; nothing records one on the 17th, and nothing in the claim pins it to the one of the 16th (as dev6 to dev40 decided for a meeting claimed on the next day).",
  E("en", "President Obama met BP chairman Carl-Henric Svanberg at the White House on June 17, 2010.",
    "Obama met BP chairman Carl-Henric Svanberg at the White House", "2010-06-17",
    ["barack-obama", "carl-henric-svanberg"], event_type="meeting"),
  ["d42_wh_obama_20100616"])

P(T, C, "Bush's own memorial address in Houston of 4 Feb 2003 says 'Their mission was almost complete, and we lost them so close to home'; the Spanish quote is its translation, and his address of 1 Feb sits next to it without moving it.",
  Q("es", "«Su misión estaba casi completa, y los perdimos tan cerca de casa», dijo Bush en el servicio en memoria de los astronautas del Columbia, en Houston,, el 4 de febrero de 2003.",
    "george-w-bush", "Su misión estaba casi completa, y los perdimos tan cerca de casa", "2003-02-04"),
  ["d42_wh_bush_20030201", "d42_wh_bush_houston_20030204"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "Obama's remarks of 16 Jun 2010 record his own announcement of the $20 billion; no source records Interior Secretary Ken Salazar announcing it, which the record of Obama's words neither confirms nor excludes.",
  S("en", "Interior Secretary Ken Salazar announced on June 16, 2010 that BP had agreed to set aside $20 billion for spill claims.",
    "ken-salazar", "BP had agreed to set aside $20 billion for spill claims", "2010-06-16"),
  ["d42_wh_obama_20100616"])

P(T, C, "NASA's release of 1 Feb 2003 gives O'Keefe's words 'This is indeed a tragic day for the NASA family'; Bush's address of the same day sits next to it without moving it.",
  Q("en", "\"This is indeed a tragic day for the NASA family,\" NASA Administrator Sean O'Keefe said on February 1, 2003.",
    "sean-okeefe", "This is indeed a tragic day for the NASA family", "2003-02-01"),
  ["d42_nasa_20030201", "d42_wh_bush_20030201"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Board's release of 26 Aug 2003 says the breach was initiated by foam that separated from the External Tank 'at 81.7 seconds after launch and struck the wing'; NASA's release of 1 Feb on the loss of the shuttle, a similar headline, sits next to it without moving it.",
  S("en", "The board investigating the Columbia disaster found on August 26, 2003 that a piece of insulating foam that broke off the external tank 81.7 seconds after launch struck the left wing and opened the breach that doomed the shuttle.",
    "caib", "a piece of insulating foam that broke off the external tank 81.7 seconds after launch struck the left wing and opened the breach", "2003-08-26"),
  ["d42_nasa_20030201", "d42_caib_20030826"])

P(T, U, "wrong act: Obama's remarks and BP's release of 16 Jun 2010 give $20 billion set aside in an escrow fund to pay claims, administered by an independent third party; a fine paid to the government is another act, which neither source reports nor rules out (as dev34 and dev39 decided for an act the source does not state).",
  E("en", "BP agreed on June 16, 2010 to pay a $20 billion fine to the U.S. government over the Gulf oil spill.",
    "BP agreed to pay a $20 billion fine to the U.S. government", "2010-06-16",
    ["bp"]),
  ["d42_wh_obama_20100616", "d42_bp_20100616"])

P(T, U, "wrong act: the Swedish Academy's announcement of 7 Oct 2010 says the prize 'is awarded' to Vargas Llosa; receiving it from the King of Sweden is a later step, which the announcement neither reports nor rules out (as dev4, dev19, dev26 and dev34 decided for a step announced told as taken).",
  E("es", "Mario Vargas Llosa recibió el 7 de octubre de 2010 de manos del rey de Suecia el Premio Nobel de Literatura.",
    "Vargas Llosa recibió de manos del rey de Suecia el Premio Nobel de Literatura", "2010-10-07",
    ["mario-vargas-llosa"]),
  ["d42_academy_20101007"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports Svanberg's 'We care about the small people' of 16 Jun 2010; no primary or official source is among this pair's documents.",
  Q("en", "\"We care about the small people,\" BP chairman Carl-Henric Svanberg told reporters outside the White House on June 16, 2010.",
    "carl-henric-svanberg", "We care about the small people", "2010-06-16"),
  ["d42_ap_svanberg_20100616"])

P(T, U, "Only EFE, a media outlet, reports that Vargas Llosa is the first Spanish-language author to win since Octavio Paz in 1990; no primary or official source is among this pair's documents.",
  E("es", "Vargas Llosa se convirtió el 7 de octubre de 2010 en el primer autor en lengua española que gana el Nobel de Literatura desde Octavio Paz, en 1990.",
    "Vargas Llosa es el primer autor en lengua española que gana el Nobel de Literatura desde Octavio Paz", "2010-10-07"),
  ["d42_efe_20101007"])

P(T, U, "Only El Tiempo, a media outlet, reports that the ruling keeps Uribe out of the presidential election of 30 May (its piece is of the 27th, on the ruling of the 26th); no primary or official source is among this pair's documents.",
  E("en", "After the Constitutional Court's ruling of February 26, 2010, Álvaro Uribe could not run in the May 30 presidential election.",
    "the ruling meant Uribe could not run in the May 30 presidential election", "2010-02-26",
    ["alvaro-uribe"]),
  ["d42_eltiempo_20100227"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Obama's words are in the White House's transcript of his address of 15 Jun 2010; no post of his with them is among the sources, and the claim is about Twitter.",
  Q("es", "«Combatiremos este vertido con todo lo que tenemos, durante el tiempo que haga falta», escribió Obama en Twitter el 15 de junio de 2010.",
    "barack-obama", "Combatiremos este vertido con todo lo que tenemos, durante el tiempo que haga falta", "2010-06-15",
    channel="x", event_type="post"),
  ["d42_wh_obama_20100615"])

P(T, U, "Vargas Llosa's words are in the Instituto Cervantes's transcript of his press conference of 7 Oct 2010; no post of his is among the sources, and the claim is about Twitter.",
  Q("en", "\"I hope they gave it to me more for my literary work than for my political opinions,\" Vargas Llosa wrote on Twitter on October 7, 2010.",
    "mario-vargas-llosa", "I hope they gave it to me more for my literary work than for my political opinions", "2010-10-07",
    channel="x", event_type="post"),
  ["d42_cervantes_20101007"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Bush in fact names Ilan Ramon, 'a Colonel in the Israeli Air Force', which does not change the label).",
  S("en", "Bush did not mention the Israeli astronaut Ilan Ramon in his address on the Columbia disaster on February 1, 2003.",
    "george-w-bush", "Bush did not mention Ilan Ramon in his address on the Columbia disaster", "2003-02-01", absence=True),
  ["d42_wh_bush_20030201"])

P(T, U, "Absence claims are always unverified (here Vargas Llosa in fact says 'Al Perú yo lo llevo en las entrañas', which does not change the label).",
  S("es", "Mario Vargas Llosa no mencionó al Perú en su discurso de aceptación del Nobel, el 7 de diciembre de 2010.",
    "mario-vargas-llosa", "Vargas Llosa no mencionó al Perú en su discurso del Nobel", "2010-12-07", absence=True),
  ["d42_nobel_lecture_20101207"])
