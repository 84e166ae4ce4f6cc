"""Claims, labels and notes of the eighteenth development set (dev18.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev16), applied to the documents in docs_dev18.py alone,
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

P(T, C, "Garland's own statement of 15 Sep 2023, published by the Justice Department, opens with these words.",
  Q("en", "\"Today, as a result of law enforcement cooperation between the United States and Mexico, Ovidio Guzmán López, a leader of the Sinaloa Cartel, was extradited to the United States,\" Attorney General Merrick Garland said in a statement on September 15, 2023.",
    "merrick-garland", "Today, as a result of law enforcement cooperation between the United States and Mexico, Ovidio Guzmán López, a leader of the Sinaloa Cartel, was extradited to the United States", "2023-09-15",
    channel="press_release"),
  ["d18_doj_20230915"])

P(T, C, "Sandoval's own turn in the security cabinet's transcript of 5 Jan 2023 says that 'La madrugada de este 5 de enero' the Army and the National Guard 'detuvo en Culiacán a Ovidio \"N\"'.",
  E("es", "Ovidio Guzmán López fue detenido en Culiacán en la madrugada del 5 de enero de 2023, informó el secretario de la Defensa Nacional, Luis Cresencio Sandoval.",
    "Ovidio Guzmán López fue detenido en Culiacán", "2023-01-05", ["ovidio-guzman-lopez"],
    confirmed_by="luis-cresencio-sandoval"),
  ["d18_sspc_20230105"])

P(T, C, "Mayorkas's own turn in the White House briefing transcript of 11 May 2023 says 'our borders are not open', on the day Title 42 expired.",
  Q("en", "\"Our borders are not open,\" Homeland Security Secretary Alejandro Mayorkas said at the White House on May 11, 2023, hours before Title 42 expired.",
    "alejandro-mayorkas", "Our borders are not open", "2023-05-11", channel="press_conference", event_type="press_conference"),
  ["d18_wh_20230511"])

P(T, C, "López Obrador's own turn in the transcript of his press conference of 25 Oct 2023 says 'Sí pegó muy fuerte el huracán en Guerrero'.",
  Q("es", "«Sí pegó muy fuerte el huracán en Guerrero», reconoció el presidente Andrés Manuel López Obrador en su conferencia matutina del 25 de octubre de 2023, horas después de que Otis tocara tierra.",
    "andres-manuel-lopez-obrador", "Sí pegó muy fuerte el huracán en Guerrero", "2023-10-25",
    channel="press_conference", event_type="press_conference"),
  ["d18_mananera_20231025"])

P(T, C, "The NHC's discussion of 4 a.m. CDT on 25 Oct 2023 says Otis 'is estimated to have made landfall around 0625 UTC as a category 5 hurricane' and that its core 'moved onshore over the greater Acapulco area' (00:25 on the 25th in Acapulco).",
  S("en", "Hurricane Otis made landfall in the Acapulco area as a Category 5 hurricane on October 25, 2023, the U.S. National Hurricane Center said.",
    "us-nhc", "Otis made landfall in the Acapulco area as a Category 5 hurricane", "2023-10-25"),
  ["d18_nhc_20231025"])

P(T, C, "The NHC's discussion of 10 p.m. CDT on Tuesday 24 Oct 2023 opens 'A nightmare scenario is unfolding this evening for southern Mexico'.",
  Q("en", "\"A nightmare scenario is unfolding\" for southern Mexico, the U.S. National Hurricane Center warned on the night of October 24, 2023, as Otis strengthened into a Category 5 hurricane.",
    "us-nhc", "A nightmare scenario is unfolding", "2023-10-24"),
  ["d18_nhc_20231024"])

P(T, C, "Milei's own post is stamped 03:38 UTC on 15 Feb 2025, 00:38 on the 15th in Buenos Aires (UTC-3), and says 'No estaba interiorizado de los pormenores del proyecto'.",
  Q("es", "«No estaba interiorizado de los pormenores del proyecto», escribió Javier Milei en X el 15 de febrero de 2025, al explicar por qué había borrado un mensaje de apoyo a un emprendimiento privado.",
    "javier-milei", "No estaba interiorizado de los pormenores del proyecto", "2025-02-15", channel="x", event_type="post"),
  ["d18_x_milei_20250215"])

P(T, C, "The Oficina del Presidente's comunicado of 15 Feb 2025 says the President 'ha decidido dar intervención de forma inmediata a la Oficina Anticorrupción para que determine si existió una conducta impropia por parte de algún miembro del Gobierno Nacional, incluido el propio Presidente'.",
  S("es", "La Oficina del Presidente informó el 15 de febrero de 2025 que Milei dio intervención a la Oficina Anticorrupción para que determine si algún miembro del Gobierno, incluido el propio presidente, tuvo una conducta impropia.",
    "oficina-presidente-argentina", "Milei dio intervención a la Oficina Anticorrupción para que determine si algún miembro del Gobierno, incluido el presidente, tuvo una conducta impropia", "2025-02-15",
    channel="press_release"),
  ["d18_opra_20250215"])

P(T, C, "The Centro Democrático's own statement of 7 Jun 2025 says armed men shot Uribe Turbay 'por la espalda' at a campaign event 'en un parque del barrio Modelia, en la localidad de Fontibón, en Bogotá'.",
  S("es", "El Centro Democrático denunció que a Miguel Uribe Turbay le dispararon por la espalda mientras participaba en un acto de campaña en el barrio Modelia, en Bogotá, el 7 de junio de 2025.",
    "centro-democratico", "a Miguel Uribe Turbay le dispararon por la espalda durante un acto de campaña en el barrio Modelia, en Bogotá", "2025-06-07",
    channel="press_release"),
  ["d18_cd_20250607"])

P(T, C, "Rubio's own post is stamped 14:20 UTC on 11 Aug 2025 (10:20 in Washington) and says 'The United States stands in solidarity with his family and the Colombian people'.",
  Q("en", "\"The United States stands in solidarity with his family and the Colombian people,\" Secretary of State Marco Rubio wrote on X on August 11, 2025, after Senator Miguel Uribe's death.",
    "marco-rubio", "The United States stands in solidarity with his family and the Colombian people", "2025-08-11",
    channel="x", event_type="post"),
  ["d18_x_rubio_20250811"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Garland's own English statement of 15 Sep 2023 says 'This action is the latest step in the Justice Department's effort to attack every aspect of the cartel's operations'; the Spanish quote is its translation.",
  Q("es", "«Esta acción es el paso más reciente del esfuerzo del Departamento de Justicia para atacar todos los aspectos de las operaciones del cártel», afirmó el fiscal general Merrick Garland el 15 de septiembre de 2023.",
    "merrick-garland", "Esta acción es el paso más reciente del esfuerzo del Departamento de Justicia para atacar todos los aspectos de las operaciones del cártel", "2023-09-15"),
  ["d18_doj_20230915"])

P(T, C, "The FGR's Spanish comunicado of 15 Sep 2023 says it 'entregó en extradición este 15 de septiembre a Ovidio \"G\"', who was taken from the CEFERESO No. 1 'Altiplano'.",
  S("en", "Mexico's Attorney General's Office said it handed Ovidio Guzmán over to the United States in extradition on September 15, 2023, after taking him from the Altiplano federal prison.",
    "fgr", "the FGR handed Ovidio Guzmán over to the United States in extradition, taking him from the Altiplano federal prison", "2023-09-15",
    channel="press_release"),
  ["d18_fgr_20230915"])

P(T, C, "Mayorkas's own English turn of Wednesday 10 May 2023 says the Title 42 order ends 'Tomorrow, Thursday, May 11, at 11:59 p.m. Eastern Time'.",
  S("es", "El secretario de Seguridad Nacional, Alejandro Mayorkas, anunció el 10 de mayo de 2023 que el Título 42 dejaría de aplicarse al día siguiente, el 11 de mayo, a las 23:59 hora del Este.",
    "alejandro-mayorkas", "el Título 42 deja de aplicarse el 11 de mayo a las 23:59 hora del Este", "2023-05-10"),
  ["d18_dhs_20230510"])

P(T, C, "López Obrador's own Spanish turn of 26 Oct 2023 says 'yo sí creo que tuvimos suerte'; 'I do believe we were lucky' is its translation.",
  Q("en", "\"I do believe we were lucky,\" López Obrador said at his morning press conference on October 26, 2023, arguing that Otis, a Category 5 storm that came in through the bay of Acapulco, had not caused many deaths.",
    "andres-manuel-lopez-obrador", "I do believe we were lucky", "2023-10-26", channel="press_conference", event_type="press_conference"),
  ["d18_mananera_20231026"])

P(T, C, "Rubio's own English post says 'President Petro needs to dial back the inflammatory rhetoric and protect Colombian officials'; the Spanish quote is its translation, and the claim gives no date.",
  Q("es", "«El presidente Petro debe moderar su retórica incendiaria y proteger a los funcionarios colombianos», escribió en X el secretario de Estado, Marco Rubio, tras el atentado contra Miguel Uribe Turbay.",
    "marco-rubio", "El presidente Petro debe moderar su retórica incendiaria y proteger a los funcionarios colombianos", None,
    channel="x", event_type="post"),
  ["d18_x_rubio_20250607"])

P(T, C, "Milei's own Spanish turn in TN's transcript of 17 Feb 2025 says 'Yo no lo promocioné, lo difundí'; 'I didn't promote it, I spread it' is its translation.",
  Q("en", "\"I didn't promote it, I spread it,\" Javier Milei told TN in an interview broadcast on February 17, 2025, about the $LIBRA token.",
    "javier-milei", "I didn't promote it, I spread it", "2025-02-17", channel="interview", event_type="interview"),
  ["d18_tn_20250217"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Mayorkas's post is stamped 02:30 UTC on 12 May 2023, which is 22:30 on the 11th in Washington (EDT, UTC-4); 'Starting tonight, people who arrive at our border without using a lawful pathway will be presumed ineligible for asylum' matches, and so does the local date.",
  S("en", "Alejandro Mayorkas wrote on X on May 11, 2023 that, starting that night, people who arrived at the border without using a lawful pathway would be presumed ineligible for asylum.",
    "alejandro-mayorkas", "starting that night, people who arrive at the border without using a lawful pathway are presumed ineligible for asylum", "2023-05-11",
    channel="x", event_type="post"),
  ["d18_x_mayorkas_20230511"])

P(T, C, "The Oficina del Presidente's post is stamped 01:34 UTC on 16 Feb 2025, which is 22:34 on the 15th in Buenos Aires (UTC-3); it announces that Milei gives the Anti-Corruption Office immediate intervention.",
  S("es", "La Oficina del Presidente anunció en X el 15 de febrero de 2025 que Javier Milei daba intervención inmediata a la Oficina Anticorrupción.",
    "oficina-presidente-argentina", "Milei da intervención inmediata a la Oficina Anticorrupción", "2025-02-15",
    channel="x", event_type="post"),
  ["d18_x_opra_20250215"])

P(T, C, "Rubio's post is stamped 01:49 UTC on 8 Jun 2025, which is 21:49 on the 7th in Washington (EDT, UTC-4) and 20:49 in Bogotá, the day of the attack; it calls it 'a direct threat to democracy'.",
  Q("en", "Secretary of State Marco Rubio wrote on X on June 7, 2025 that the attempted assassination of Senator Miguel Uribe was \"a direct threat to democracy.\"",
    "marco-rubio", "a direct threat to democracy", "2025-06-07", channel="x", event_type="post"),
  ["d18_x_rubio_20250607"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Defence Ministry's own post of 7 Jun 2025 (18:30 in Bogotá) says 'Ofrecemos hasta 3.000 millones de pesos de recompensa'; 3,000 million is 3 billion in English (the English billion is a thousand million).",
  S("en", "Colombia's Defense Ministry offered on June 7, 2025 a reward of up to 3 billion pesos for information leading to those responsible for the attack on Senator Miguel Uribe.",
    "mindefensa-colombia", "a reward of up to 3 billion pesos for information on those responsible for the attack on Miguel Uribe", "2025-06-07"),
  ["d18_x_mindefensa_20250607"])

P(T, C, "Sandoval's own turn in the transcript of 6 Jan 2023 says 'El saldo es de 29 personas fallecidas: 10 elementos militares y 19 agresores'.",
  S("es", "La recaptura de Ovidio Guzmán dejó 29 muertos, entre ellos 10 militares, informó el general Luis Cresencio Sandoval el 6 de enero de 2023.",
    "luis-cresencio-sandoval", "la recaptura de Ovidio Guzmán dejó 29 muertos, entre ellos 10 militares", "2023-01-06"),
  ["d18_mananera_20230106"])

P(T, X, "Mayorkas's own turn of 11 May 2023 says 'We have surged 24,000 Border Patrol agents and officers to the border', not 40,000.",
  S("en", "Mayorkas said on May 11, 2023 that the administration had surged 40,000 Border Patrol agents and officers to the southern border ahead of the end of Title 42.",
    "alejandro-mayorkas", "the administration surged 40,000 Border Patrol agents and officers to the border", "2023-05-11"),
  ["d18_wh_20230511"])

P(T, X, "The NHC's discussion of 25 Oct 2023 gives maximum sustained winds at landfall of 145 kt, 'about 165 mph, 270 km/h', not 185 mph.",
  S("en", "Otis came ashore near Acapulco on October 25, 2023 with maximum sustained winds of 185 mph, according to the National Hurricane Center.",
    "us-nhc", "Otis came ashore near Acapulco with maximum sustained winds of 185 mph", "2023-10-25"),
  ["d18_nhc_20231025"])

P(T, U, "Mayorkas's turns of 11 May 2023 speak of 'large numbers of encounters' but give no daily figure; El País, a media outlet next to it, gives 'más de 10.000 detenciones diarias' from official data, not as his words.",
  S("es", "Mayorkas afirmó el 11 de mayo de 2023 que la Patrulla Fronteriza detenía a más de 10.000 migrantes al día en la frontera en vísperas del fin del Título 42.",
    "alejandro-mayorkas", "la Patrulla Fronteriza detiene a más de 10.000 migrantes al día", "2023-05-11"),
  ["d18_wh_20230511", "d18_elpais_20230512"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Ovidio Guzmán's extradition is one event; the FGR's comunicado says it handed him over 'este 15 de septiembre', not on the 14th.",
  E("es", "La Fiscalía General de la República entregó en extradición a Ovidio Guzmán a Estados Unidos el 14 de septiembre de 2023.",
    "la FGR entregó en extradición a Ovidio Guzmán a Estados Unidos", "2023-09-14", ["fgr", "ovidio-guzman-lopez"]),
  ["d18_fgr_20230915"])

P(T, X, "Otis made one landfall as a Category 5 near Acapulco; the NHC's discussion of 25 Oct 2023 puts it around 06:25 UTC on the 25th (00:25 in Acapulco), not on the 26th.",
  E("en", "Hurricane Otis slammed into Acapulco as a Category 5 storm on October 26, 2023.",
    "Hurricane Otis made landfall near Acapulco as a Category 5 storm", "2023-10-26"),
  ["d18_nhc_20231025"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The recapture of Ovidio Guzmán in Culiacán is one event; the security cabinet's transcript dates it 'La madrugada de este 5 de enero', not February.",
  E("es", "Ovidio Guzmán, hijo de El Chapo, fue recapturado en Culiacán en febrero de 2023.",
    "Ovidio Guzmán fue recapturado en Culiacán", "2023-02", ["ovidio-guzman-lopez"]),
  ["d18_sspc_20230105"])

P(T, X, "Uribe Turbay's death is one event; the Fundación Santa Fe's comunicado says he died 'hoy, lunes 11 de agosto, a la 1:56 a. m.', not in September.",
  E("en", "Colombian Senator Miguel Uribe Turbay died at the Fundación Santa Fe hospital in Bogotá in September 2025, months after being shot at a campaign event.",
    "Miguel Uribe Turbay died at the Fundación Santa Fe in Bogotá", "2025-09", ["miguel-uribe-turbay"]),
  ["d18_fsfb_20250811"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The detention of 5 Jan 2023 is one event; Sandoval's own turn says the forces 'detuvo en Culiacán a Ovidio \"N\"', not in Mazatlán.",
  E("es", "Ovidio Guzmán fue detenido en Mazatlán, Sinaloa, la madrugada del 5 de enero de 2023.",
    "Ovidio Guzmán fue detenido en Mazatlán", "2023-01-05", ["ovidio-guzman-lopez"]),
  ["d18_sspc_20230105"])

P(T, X, "The attack of 7 Jun 2025 is one event; the Centro Democrático's statement places it in the barrio Modelia, in Fontibón, Bogotá, not in Medellín.",
  E("en", "Senator Miguel Uribe Turbay was shot during a campaign event in Medellín on June 7, 2025.",
    "Miguel Uribe Turbay was shot during a campaign event in Medellín", "2025-06-07", ["miguel-uribe-turbay"]),
  ["d18_cd_20250607"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The press conference of 5 Jan 2023 on the capture is pinned; its transcript has Rosa Icela Rodríguez, the security secretary, and Sandoval speak, not Foreign Secretary Marcelo Ebrard.",
  E("en", "Defense Secretary Luis Cresencio Sandoval and Foreign Secretary Marcelo Ebrard announced Ovidio Guzmán's capture at a press conference on January 5, 2023.",
    "Sandoval and Ebrard announced Ovidio Guzmán's capture at a press conference", "2023-01-05",
    ["luis-cresencio-sandoval", "marcelo-ebrard"], event_type="press_conference"),
  ["d18_sspc_20230105"])

P(T, X, "The meeting of 30 Jan 2025 at the Casa Rosada is pinned by its day and place; the Oficina del Presidente's comunicado names Hayden Mark Davis as Milei's counterpart, not Julian Peh.",
  E("es", "Javier Milei recibió en la Casa Rosada, el 30 de enero de 2025, al fundador de KIP Protocol, Julian Peh.",
    "Milei recibió en la Casa Rosada a Julian Peh", "2025-01-30", ["javier-milei", "julian-peh"], event_type="meeting"),
  ["d18_opra_20250215"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The Oficina del Presidente's comunicado of 15 Feb 2025 says 'El Sr. Davis no tuvo ni tiene ninguna vinculación con el Gobierno argentino': the opposite of the claim.",
  S("es", "La Oficina del Presidente admitió el 15 de febrero de 2025 que Hayden Davis estaba vinculado al Gobierno argentino.",
    "oficina-presidente-argentina", "Hayden Davis estaba vinculado al Gobierno argentino", "2025-02-15"),
  ["d18_opra_20250215"])

P(T, X, "Mayorkas's own turn of 11 May 2023 says 'our borders are not open': the opposite of the claim.",
  S("en", "Alejandro Mayorkas said on May 11, 2023 that the border would be open once Title 42 expired that night.",
    "alejandro-mayorkas", "the border will be open once Title 42 expires", "2023-05-11"),
  ["d18_wh_20230511"])

P(T, X, "The Fundación Santa Fe's bulletin of 8 Jun 2025 says 'Su estado es crítico y su pronóstico, reservado': the opposite, in other words, of the claim.",
  S("es", "La Fundación Santa Fe informó el 8 de junio de 2025 que Miguel Uribe Turbay estaba fuera de peligro.",
    "fundacion-santa-fe", "Miguel Uribe Turbay está fuera de peligro", "2025-06-08"),
  ["d18_fsfb_20250608"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The White House briefing of 11 May 2023 is pinned; Mayorkas's own turn says 'The transition to Title 8 processing will be swift and immediate', not 'gradual and orderly'.",
  Q("en", "\"The transition to Title 8 processing will be gradual and orderly,\" Mayorkas said at the White House on May 11, 2023.",
    "alejandro-mayorkas", "The transition to Title 8 processing will be gradual and orderly", "2023-05-11",
    channel="press_conference", event_type="press_conference"),
  ["d18_wh_20230511"])

P(T, U, "The claimed LN+ interview of 16 Feb 2025 is not among the sources, and Milei's post of the 15th, another occasion, does not contain the words.",
  Q("es", "«Nunca voy a pedir perdón por difundir $LIBRA», dijo Javier Milei en una entrevista con LN+ el 16 de febrero de 2025.",
    "javier-milei", "Nunca voy a pedir perdón por difundir $LIBRA", "2025-02-16", channel="interview", event_type="interview"),
  ["d18_x_milei_20250215"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's in TN's transcript of 17 Feb 2025 ('El viernes lo promocionaste como presidente'), and Milei answers 'No. Yo no lo promocioné, lo difundí'.",
  Q("es", "«Lo promocioné como presidente», admitió Javier Milei sobre $LIBRA en su entrevista con TN del 17 de febrero de 2025.",
    "javier-milei", "Lo promocioné como presidente", "2025-02-17", channel="interview", event_type="interview"),
  ["d18_tn_20250217"])

P(T, U, "The words are Governor Evelyn Salgado's, in her own turn of the transcript of 26 Oct 2023 ('pasó de tormenta tropical a huracán categoría 5 en menos de 12 horas'), not López Obrador's.",
  Q("en", "\"It went from a tropical storm to a Category 5 hurricane in less than 12 hours,\" López Obrador said of Otis on October 26, 2023.",
    "andres-manuel-lopez-obrador", "It went from a tropical storm to a Category 5 hurricane in less than 12 hours", "2023-10-26"),
  ["d18_mananera_20231026"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Oficina del Presidente's comunicado records a meeting of Milei and Davis at the Casa Rosada on 30 Jan 2025; nothing records one on the 29th, and nothing in the claim pins the meeting of the 30th.",
  E("es", "Javier Milei se reunió con el empresario Hayden Davis el 29 de enero de 2025.",
    "Milei se reunió con Hayden Davis", "2025-01-29", ["javier-milei", "hayden-davis"], event_type="meeting"),
  ["d18_opra_20250215"])

P(T, C, "Salgado's own turn in the transcript of 26 Oct 2023 gives '27 personas fallecidas y 4 desaparecidas'; the press conference of the 25th, with no data yet on deaths, sits next to it without moving it.",
  S("es", "La gobernadora de Guerrero, Evelyn Salgado, informó el 26 de octubre de 2023 que el huracán Otis dejó 27 muertos y 4 desaparecidos.",
    "evelyn-salgado", "el huracán Otis dejó 27 muertos y 4 desaparecidos", "2023-10-26"),
  ["d18_mananera_20231025", "d18_mananera_20231026"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The post of 7 Jun 2025 is the Defence Ministry's and names the minister, Pedro Arnulfo Sánchez; no source records President Petro offering the reward, which the post neither confirms nor excludes.",
  S("es", "El presidente Gustavo Petro ofreció el 7 de junio de 2025 una recompensa de hasta 3.000 millones de pesos por información sobre los autores del atentado contra Miguel Uribe Turbay.",
    "gustavo-petro", "una recompensa de hasta 3.000 millones de pesos por información sobre los autores del atentado contra Miguel Uribe Turbay", "2025-06-07"),
  ["d18_x_mindefensa_20250607"])

P(T, C, "Sherwood-Randall's own statement of 15 Sep 2023 says the extradition 'shows the strength of the ongoing cooperation between the governments of the United States and Mexico in the fight against drug trafficking'; Garland's statement of the same day sits next to it without moving it.",
  S("en", "White House Homeland Security Adviser Liz Sherwood-Randall said on September 15, 2023 that Ovidio Guzmán López's extradition showed the strength of U.S.-Mexico cooperation against drug trafficking.",
    "elizabeth-sherwood-randall", "the extradition shows the strength of U.S.-Mexico cooperation against drug trafficking", "2023-09-15"),
  ["d18_doj_20230915", "d18_wh_20230915"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The sources are about the recapture of 5 Jan 2023; his first detention in Culiacán on 17 Oct 2019, and his release the same day, is another event that no source here records.",
  E("es", "Ovidio Guzmán fue detenido en Culiacán el 17 de octubre de 2019 y liberado horas después por orden del Gobierno federal.",
    "Ovidio Guzmán fue detenido en Culiacán y liberado horas después", "2019-10-17", ["ovidio-guzman-lopez"]),
  ["d18_sspc_20230105", "d18_mananera_20230106"])

P(T, C, "The FGR's comunicado of 15 Sep 2023 says it handed Ovidio \"G\" over in extradition 'este 15 de septiembre'; the transcript of his capture on 5 Jan, a similar headline about the same man, sits next to it without moving it.",
  E("en", "Mexico extradited Ovidio Guzmán López to the United States on September 15, 2023.",
    "Mexico extradited Ovidio Guzmán López to the United States", "2023-09-15", ["mexican-government", "ovidio-guzman-lopez"]),
  ["d18_sspc_20230105", "d18_fgr_20230915"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The FGR's comunicado of 15 Sep 2023 reports the extradition in the institution's own words and quotes no one; it does not confirm a sentence quoted from the Attorney General.",
  Q("es", "«Con esta entrega, México honra sus compromisos de cooperación con la ley», dijo el fiscal general Alejandro Gertz Manero el 15 de septiembre de 2023.",
    "alejandro-gertz-manero", "Con esta entrega, México honra sus compromisos de cooperación con la ley", "2023-09-15"),
  ["d18_fgr_20230915"])

P(T, U, "The Oficina del Presidente's comunicado of 15 Feb 2025 summarises Milei's decisions and quotes none of his words; 'de buena fe' is in his TV interview of the 17th, which is not in this pair.",
  Q("en", "\"I acted in good faith and I have nothing to hide,\" Milei said, according to a statement from his office on February 15, 2025.",
    "javier-milei", "I acted in good faith and I have nothing to hide", "2025-02-15", channel="press_release"),
  ["d18_opra_20250215"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El Universal, a media outlet, reports the Aeroméxico plane hit by gunfire; no primary or official source is among this pair's documents.",
  E("es", "Un avión de Aeroméxico fue alcanzado por disparos en el aeropuerto de Culiacán el 5 de enero de 2023, en medio de la violencia que siguió a la detención de Ovidio Guzmán.",
    "un avión de Aeroméxico fue alcanzado por disparos en el aeropuerto de Culiacán", "2023-01-05"),
  ["d18_eluniversal_20230105"])

P(T, U, "Only Reuters, a media outlet, reports the investors' losses (as estimated by local media); no primary or official source is among this pair's documents.",
  E("en", "Investors lost an estimated $87 million after Argentine President Javier Milei promoted the $LIBRA token on February 14, 2025.",
    "investors lost an estimated $87 million after Milei promoted the $LIBRA token", "2025-02-14"),
  ["d18_reuters_20250215"])

P(T, U, "Only the Associated Press, a media outlet, reports that López Obrador's vehicle got stuck in the mud; his own account of the trip, in the transcript of the 26th, is not in this pair.",
  E("en", "The military vehicle carrying López Obrador to Acapulco got stuck in the mud on October 25, 2023, and he went on in another vehicle.",
    "López Obrador's vehicle got stuck in the mud on the way to Acapulco", "2023-10-25", ["andres-manuel-lopez-obrador"]),
  ["d18_ap_20231026"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Rubio's words are in the State Department's press statement of 7 Jun 2025; no post of his is among the sources, and the claim is about X.",
  Q("en", "\"Those responsible for this attack must face justice,\" Marco Rubio wrote on X on June 7, 2025, after the shooting of Senator Miguel Uribe.",
    "marco-rubio", "Those responsible for this attack must face justice", "2025-06-07", channel="x", event_type="post"),
  ["d18_state_20250607"])

P(T, U, "López Obrador's words are in the transcript of his press conference of 25 Oct 2023; no post of his is among the sources, and the claim is about X.",
  Q("es", "El presidente López Obrador escribió en X el 25 de octubre de 2023 que el huracán Otis «pegó muy fuerte» en Guerrero.",
    "andres-manuel-lopez-obrador", "pegó muy fuerte", "2023-10-25", channel="x", event_type="post"),
  ["d18_mananera_20231025"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the statement in fact has Garland say 'I am grateful to our Mexican counterparts for this extradition').",
  S("en", "Attorney General Merrick Garland did not thank Mexico in his statement on Ovidio Guzmán López's extradition on September 15, 2023.",
    "merrick-garland", "the statement did not thank Mexico", "2023-09-15", absence=True),
  ["d18_doj_20230915"])

P(T, U, "Absence claims are always unverified (here the press statement in fact says 'President Petro needs to dial back the inflammatory rhetoric').",
  S("es", "Marco Rubio no mencionó al presidente Gustavo Petro en su declaración del 7 de junio de 2025 sobre el atentado contra Miguel Uribe Turbay.",
    "marco-rubio", "la declaración no mencionó a Gustavo Petro", "2025-06-07", absence=True),
  ["d18_state_20250607"])
