"""Claims, labels and notes of the tenth development set (dev10.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev9), applied to the documents in docs_dev10.py alone,
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

P(T, C, "La Moncloa's note of Wednesday 22 May 2024 says Sánchez announced in the Congress that the Council of Ministers will approve the recognition of the State of Palestine on Tuesday 28 May.",
  S("es", "El presidente del Gobierno, Pedro Sánchez, anunció el 22 de mayo de 2024 en el Congreso que el Consejo de Ministros aprobará el 28 de mayo el reconocimiento del Estado de Palestina.",
    "pedro-sanchez", "el Consejo de Ministros aprobará el 28 de mayo el reconocimiento del Estado de Palestina", "2024-05-22"),
  ["d10_moncloa_20240522"])

P(T, C, "Cheung's own post of 10 Oct 2025 (14:40 UTC, 10:40 in Washington) says 'The Nobel Committee proved they place politics over peace'.",
  S("en", "White House communications director Steven Cheung accused the Nobel Committee on October 10, 2025 of placing politics over peace.",
    "steven-cheung", "the Nobel Committee placed politics over peace", "2025-10-10"),
  ["d10_x_cheung_20251010"])

P(T, C, "Biden's own turn in the White House transcript of his address of Wednesday 24 Jul 2024 has the quoted sentence exactly.",
  Q("en", "\"I revere this office, but I love my country more,\" President Joe Biden said in his address to the nation on July 24, 2024.",
    "joe-biden", "I revere this office, but I love my country more", "2024-07-24"),
  ["d10_wh_20240724"])

P(T, C, "Sánchez's own turn in La Moncloa's transcript of Monday 29 Apr 2024 has the quoted words exactly.",
  Q("es", "«He decidido seguir, con más fuerza si cabe, al frente de la Presidencia del Gobierno», anunció Pedro Sánchez el lunes 29 de abril de 2024 en La Moncloa.",
    "pedro-sanchez", "He decidido seguir, con más fuerza si cabe, al frente de la Presidencia del Gobierno", "2024-04-29"),
  ["d10_moncloa_20240429"])

P(T, C, "Katz's own post of 22 May 2024 (08:25 UTC, 11:25 in Jerusalem) says he ordered the immediate return of Israel's ambassadors from Dublin and Oslo for further consultations.",
  S("en", "Israeli Foreign Minister Israel Katz on May 22, 2024 recalled Israel's ambassadors to Ireland and Norway for consultations.",
    "israel-katz", "he recalled Israel's ambassadors to Ireland and Norway for consultations", "2024-05-22"),
  ["d10_x_katz_20240522"])

P(T, C, "Sánchez's own post of Wednesday 24 Apr 2024 (19:32 in Madrid, 17:32 UTC) is his 'Carta a la ciudadanía': he cancels his public agenda and will say on Monday the 29th whether he stays on.",
  S("es", "Pedro Sánchez difundió en X el 24 de abril de 2024 una carta a la ciudadanía en la que anunció que cancelaba su agenda pública para reflexionar si seguía al frente del Gobierno.",
    "pedro-sanchez", "cancela su agenda pública para reflexionar si sigue al frente del Gobierno", "2024-04-24", channel="x", event_type="post"),
  ["d10_x_sanchez_20240424"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Sánchez's own Spanish turn of 28 May 2024 says 'No es una decisión contra nadie, y menos contra Israel'; the English quote is its translation.",
  Q("en", "\"It is not a decision against anyone, least of all against Israel,\" Spanish Prime Minister Pedro Sánchez said on May 28, 2024 as Spain recognised Palestine.",
    "pedro-sanchez", "It is not a decision against anyone, least of all against Israel", "2024-05-28"),
  ["d10_moncloa_20240528"])

P(T, C, "Biden's own post of Sunday 21 Jul 2024 (13:46 in Washington) says he will stand down and focus on his duties as President for the remainder of his term; the Spanish claim says the same.",
  S("es", "Joe Biden anunció el domingo 21 de julio de 2024 que renunciaba a buscar la reelección para concentrarse en sus deberes de presidente durante el resto de su mandato.",
    "joe-biden", "renuncia a buscar la reelección para concentrarse en sus deberes de presidente durante el resto de su mandato", "2024-07-21"),
  ["d10_x_biden_20240721"])

P(T, C, "The Committee's English release of 10 Oct 2025 gives the prize 'for her tireless work promoting democratic rights for the people of Venezuela'; the Spanish quote renders those words.",
  Q("es", "El Comité Noruego del Nobel premió a María Corina Machado el 10 de octubre de 2025 «por su incansable labor en favor de los derechos democráticos del pueblo de Venezuela».",
    "norwegian-nobel-committee", "por su incansable labor en favor de los derechos democráticos del pueblo de Venezuela", "2025-10-10"),
  ["d10_nobel_20251010"])

P(T, C, "Lasso's own Spanish turn of 17 May 2023 says 'Es una decisión democrática, no solo porque es constitucional, sino porque devuelve al pueblo ecuatoriano el poder de decidir su futuro'; the English quote translates it.",
  Q("en", "\"It is a democratic decision, not only because it is constitutional, but because it gives back to the Ecuadorian people the power to decide their future,\" Guillermo Lasso said on May 17, 2023 after dissolving the National Assembly.",
    "guillermo-lasso", "It is a democratic decision, not only because it is constitutional, but because it gives back to the Ecuadorian people the power to decide their future", "2023-05-17"),
  ["d10_presidencia_ec_20230517"])

P(T, C, "Harris's own post of 21 Jul 2024 says 'my intention is to earn and win this nomination'; the Spanish quote is its translation.",
  Q("es", "«Mi intención es ganarme y ganar esta nominación», afirmó Kamala Harris el 21 de julio de 2024, horas después de recibir el respaldo de Biden.",
    "kamala-harris", "Mi intención es ganarme y ganar esta nominación", "2024-07-21"),
  ["d10_x_harris_20240721"])

P(T, C, "Machado's own Spanish post of 10 Oct 2025 (17:45 UTC, 13:45 in Caracas) says '¡Dedico este premio al pueblo sufrido de Venezuela y al presidente Trump por su apoyo decisivo a nuestra causa!'; the English quote is its translation.",
  Q("en", "\"I dedicate this prize to the suffering people of Venezuela and to President Trump for his decisive support of our cause,\" María Corina Machado wrote on October 10, 2025.",
    "maria-corina-machado", "I dedicate this prize to the suffering people of Venezuela and to President Trump for his decisive support of our cause", "2025-10-10"),
  ["d10_x_machado_20251010"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Lasso's post is stamped 02:10 UTC on 10 Aug 2023, which is 21:10 on the 9th in Quito (UTC-5); the local date matches.",
  S("es", "Guillermo Lasso aseguró en X el 9 de agosto de 2023 que el asesinato de Fernando Villavicencio no quedará en la impunidad.",
    "guillermo-lasso", "el asesinato de Fernando Villavicencio no quedará en la impunidad", "2023-08-09", channel="x", event_type="post"),
  ["d10_x_lasso_20230809"])

P(T, C, "Biden's post is stamped 00:40 UTC on 25 Jul 2024, which is 20:40 on the 24th in Washington; 'Tonight I told the American people why I decided to step aside' matches.",
  S("en", "Joe Biden wrote on X on July 24, 2024 that he had told the American people that night why he decided to step aside.",
    "joe-biden", "he told the American people why he decided to step aside", "2024-07-24", channel="x", event_type="post"),
  ["d10_x_biden_20240724"])

P(T, C, "Machado's post is stamped 01:40 UTC on 11 Oct 2025, which is 21:40 on the 10th in Caracas (UTC-4); 'Este reconocimiento no es mío: es de todo un pueblo' matches.",
  S("es", "María Corina Machado publicó en X el 10 de octubre de 2025 que el reconocimiento no era suyo sino de todo un pueblo.",
    "maria-corina-machado", "el reconocimiento no es suyo sino de todo un pueblo", "2025-10-10", channel="x", event_type="post"),
  ["d10_x_machado_20251010b"])

P(T, C, "Lasso's Spanish post is stamped 02:10 UTC on 10 Aug 2023, 21:10 on the 9th in Quito; 'El crimen organizado ha llegado muy lejos' is what the English claim reports.",
  S("en", "Ecuador's President Guillermo Lasso posted on X on August 9, 2023 that organized crime had gone too far, hours after Fernando Villavicencio was shot dead.",
    "guillermo-lasso", "organized crime has gone too far", "2023-08-09", channel="x", event_type="post"),
  ["d10_x_lasso_20230809"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The presidency's release of Thursday 10 Aug 2023 says Lasso decreed the state of exception nationwide for 60 days.",
  E("es", "Guillermo Lasso decretó el 10 de agosto de 2023 un estado de excepción de 60 días en todo el territorio ecuatoriano.",
    "Lasso decretó un estado de excepción de 60 días en todo el territorio", "2023-08-10", ["guillermo-lasso"]),
  ["d10_presidencia_ec_20230810"])

P(T, C, "Biden's own turn of 24 Jul 2024 says 'Over the next six months, I'll be focused on doing my job as President'; 'los próximos seis meses' is that figure.",
  S("es", "Biden aseguró el 24 de julio de 2024 que dedicará los próximos seis meses a hacer su trabajo como presidente.",
    "joe-biden", "dedicará los próximos seis meses a hacer su trabajo como presidente", "2024-07-24"),
  ["d10_wh_20240724"])

P(T, C, "Lasso's own turn of 17 May 2023 names Decree 741 and article 148 of the Constitution; the English claim gives both figures.",
  E("en", "Ecuadorian President Guillermo Lasso dissolved the National Assembly on May 17, 2023 through Executive Decree 741, invoking Article 148 of the Constitution.",
    "Lasso dissolved the National Assembly through Executive Decree 741, invoking Article 148 of the Constitution", "2023-05-17", ["guillermo-lasso"]),
  ["d10_presidencia_ec_20230517"])

P(T, X, "The presidency's release of 10 Aug 2023 gives three days of national mourning, not five.",
  E("en", "Guillermo Lasso declared five days of national mourning on August 10, 2023 after the assassination of Fernando Villavicencio.",
    "Lasso declared five days of national mourning after the assassination of Villavicencio", "2023-08-10", ["guillermo-lasso"]),
  ["d10_presidencia_ec_20230810"])

P(T, X, "Lasso's own turn of 17 May 2023 says the CNE must call the elections 'en un plazo máximo de siete días', not 30.",
  S("es", "Lasso afirmó el 17 de mayo de 2023 que el Consejo Nacional Electoral tendrá 30 días para convocar a las elecciones anticipadas.",
    "guillermo-lasso", "el Consejo Nacional Electoral tendrá 30 días para convocar a las elecciones anticipadas", "2023-05-17"),
  ["d10_presidencia_ec_20230517"])

P(T, U, "The Committee's release of 10 Oct 2025 names the laureate and gives no number of nominees, so '338 candidates' is neither confirmed nor contradicted.",
  S("en", "The Norwegian Nobel Committee chose María Corina Machado from among 338 nominees for the 2025 Peace Prize, announced on October 10, 2025.",
    "norwegian-nobel-committee", "Machado was chosen from among 338 nominees", "2025-10-10", confirmed_by="norwegian-nobel-committee"),
  ["d10_nobel_20251010"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The decision to stay 'con más fuerza si cabe' is one announcement, made in La Moncloa's declaration of Monday 29 Apr 2024 (as the letter of the 24th had set), not on Sunday the 28th.",
  S("es", "Pedro Sánchez anunció el domingo 28 de abril de 2024 que seguirá, con más fuerza si cabe, al frente del Gobierno.",
    "pedro-sanchez", "seguirá, con más fuerza si cabe, al frente del Gobierno", "2024-04-28"),
  ["d10_moncloa_20240429"])

P(T, X, "The award of the 2025 Peace Prize to Machado is one announcement; the Committee's release is dated Oslo, 10 October 2025, not the 9th.",
  E("en", "The Norwegian Nobel Committee awarded the 2025 Nobel Peace Prize to Venezuelan opposition leader María Corina Machado on October 9, 2025.",
    "the Norwegian Nobel Committee awarded the 2025 Nobel Peace Prize to María Corina Machado", "2025-10-09",
    ["norwegian-nobel-committee", "maria-corina-machado"]),
  ["d10_nobel_20251010"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The dissolution by Decree 741 is pinned by its decree; Lasso's broadcast of 17 May 2023 announces it, so 'en junio' is wrong.",
  E("es", "En junio de 2023, Guillermo Lasso disolvió la Asamblea Nacional de Ecuador mediante el Decreto Ejecutivo 741.",
    "Lasso disolvió la Asamblea Nacional mediante el Decreto Ejecutivo 741", "2023-06", ["guillermo-lasso"]),
  ["d10_presidencia_ec_20230517"])

P(T, X, "Biden's withdrawal is one event, pinned by his letter ending the bid for re-election; his post is of 21 Jul 2024, not August.",
  E("en", "Joe Biden dropped out of the 2024 presidential race in August 2024, saying it was in the best interest of his party and the country.",
    "Joe Biden dropped out of the 2024 presidential race, saying it was in the best interest of his party and the country", "2024-08", ["joe-biden"]),
  ["d10_x_biden_20240721"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The killing of Villavicencio is one event; the presidency's release places it 'a la salida de un mitin en el norte de Quito', not in Guayaquil.",
  E("es", "El candidato presidencial Fernando Villavicencio fue asesinado el 9 de agosto de 2023 a la salida de un mitin en Guayaquil.",
    "Villavicencio fue asesinado a la salida de un mitin en Guayaquil", "2023-08-09", ["fernando-villavicencio"]),
  ["d10_presidencia_ec_20230810"])

P(T, X, "Biden's address of 24 Jul 2024 is one event; his own first turn says he speaks 'from behind the Resolute Desk in the Oval Office', not from his home in Rehoboth Beach.",
  E("en", "President Biden addressed the nation from his home in Rehoboth Beach, Delaware, on July 24, 2024, explaining why he had ended his campaign.",
    "Biden addressed the nation from his home in Rehoboth Beach, explaining why he ended his campaign", "2024-07-24", ["joe-biden"]),
  ["d10_wh_20240724"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The joint announcement of 22 May 2024 is pinned; the Taoiseach's statement names 'Ireland, Norway and Spain', not Belgium.",
  E("es", "España, Irlanda y Bélgica anunciaron conjuntamente el 22 de mayo de 2024 que reconocerán el Estado de Palestina.",
    "España, Irlanda y Bélgica anunciaron conjuntamente que reconocerán el Estado de Palestina", "2024-05-22",
    ["pedro-sanchez", "simon-harris"]),
  ["d10_gov_ie_20240522"])

P(T, X, "The 2025 Peace Prize is pinned; the Committee's release awards it to Machado alone, not jointly with Edmundo González Urrutia.",
  E("en", "The 2025 Nobel Peace Prize was awarded jointly to María Corina Machado and Edmundo González Urrutia on October 10, 2025.",
    "the 2025 Nobel Peace Prize was awarded jointly to María Corina Machado and Edmundo González Urrutia", "2025-10-10",
    ["maria-corina-machado", "edmundo-gonzalez"]),
  ["d10_nobel_20251010"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Sánchez's own turn of 28 May 2024 says 'No es una decisión contra nadie, y menos contra Israel': the opposite of the claim.",
  S("en", "Pedro Sánchez said on May 28, 2024 that Spain's recognition of a Palestinian state was a decision aimed against Israel.",
    "pedro-sanchez", "Spain's recognition of a Palestinian state is a decision aimed against Israel", "2024-05-28"),
  ["d10_moncloa_20240528"])

P(T, X, "Sánchez's own turn of 29 Apr 2024 says 'He decidido seguir… al frente de la Presidencia del Gobierno': a denial, in other words, that he resigned.",
  S("es", "Pedro Sánchez anunció el 29 de abril de 2024 su dimisión como presidente del Gobierno.",
    "pedro-sanchez", "dimite como presidente del Gobierno", "2024-04-29"),
  ["d10_moncloa_20240429"])

P(T, X, "The presidency's release of 10 Aug 2023 says Lasso assured that the elections of Sunday 20 August 'se mantienen en la fecha prevista': the opposite of a postponement.",
  S("en", "Guillermo Lasso announced on August 10, 2023 that Ecuador's snap elections of August 20 would be postponed after Villavicencio's assassination.",
    "guillermo-lasso", "Ecuador's snap elections of August 20 will be postponed", "2023-08-10"),
  ["d10_presidencia_ec_20230810"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The Oval Office address of 24 Jul 2024 is pinned; Biden's own turn says 'I love my country more', not 'my party'.",
  Q("en", "\"I revere this office, but I love my party more,\" Joe Biden said from the Oval Office on July 24, 2024.",
    "joe-biden", "I revere this office, but I love my party more", "2024-07-24"),
  ["d10_wh_20240724"])

P(T, U, "The claimed NBC interview of 22 Jul 2024 is not among the sources, and Biden's post of the 21st, another occasion, does not contain the words.",
  Q("es", "En una entrevista con NBC el 22 de julio de 2024, Joe Biden afirmó: «Kamala está lista para liderar desde el primer día».",
    "joe-biden", "Kamala está lista para liderar desde el primer día", "2024-07-22", channel="interview", event_type="interview"),
  ["d10_x_biden_20240721b"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the Committee's transcript of 10 Oct 2025, and Frydnes answers 'No. … We base our decision only on the work and the will of Alfred Nobel.'",
  Q("en", "\"President Trump's campaign for the prize influenced the committee's decision,\" Nobel Committee chair Jørgen Watne Frydnes said on October 10, 2025.",
    "jorgen-watne-frydnes", "President Trump's campaign for the prize influenced the committee's decision", "2025-10-10"),
  ["d10_nobel_pc_20251010"])

P(T, U, "The words are a reporter's question in the transcript of 10 Oct 2025 ('Is this prize a message to Nicolás Maduro?'), which Frydnes neither adopts nor denies.",
  Q("es", "«Este premio es un mensaje a Nicolás Maduro», dijo el presidente del Comité Noruego del Nobel, Jørgen Watne Frydnes, el 10 de octubre de 2025.",
    "jorgen-watne-frydnes", "Este premio es un mensaje a Nicolás Maduro", "2025-10-10"),
  ["d10_nobel_pc_20251010"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "La Moncloa's declaration is of Monday 29 Apr 2024; nothing in the claim pins it to the decision to stay, and no source speaks of an appearance on Tuesday the 30th.",
  E("es", "Pedro Sánchez compareció en La Moncloa el martes 30 de abril de 2024 con una declaración institucional.",
    "Sánchez compareció en La Moncloa con una declaración institucional", "2024-04-30", ["pedro-sanchez"]),
  ["d10_moncloa_20240429"])

P(T, C, "Sánchez's declaration of Tuesday 28 May 2024 says 'Hoy España reconoce a Palestina como Estado'; the announcement in the Congress of the 22nd sits next to it without moving it.",
  E("en", "Spain formally recognised the State of Palestine on May 28, 2024.",
    "Spain formally recognised the State of Palestine", "2024-05-28", ["pedro-sanchez"]),
  ["d10_moncloa_20240522", "d10_moncloa_20240528"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "La Moncloa's note of 22 May 2024 records Sánchez's announcement in the Congress; no source has the second deputy prime minister announcing anything that day.",
  S("es", "La vicepresidenta segunda, Yolanda Díaz, anunció el 22 de mayo de 2024 en el Congreso que España reconocerá el Estado de Palestina el 28 de mayo.",
    "yolanda-diaz", "España reconocerá el Estado de Palestina el 28 de mayo", "2024-05-22"),
  ["d10_moncloa_20240522"])

P(T, C, "The Taoiseach's statement of 22 May 2024 says Ireland recognises the State of Palestine; Katz's post that day, another official's reaction, sits next to it without moving it.",
  S("en", "Irish Taoiseach Simon Harris announced on May 22, 2024 that Ireland recognises the State of Palestine.",
    "simon-harris", "Ireland recognises the State of Palestine", "2024-05-22"),
  ["d10_x_katz_20240522", "d10_gov_ie_20240522"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The only source is the European Parliament's release on the Sakharov Prize of 24 Oct 2024, a different prize; nothing documents the Nobel Peace Prize of 2025.",
  E("es", "María Corina Machado fue galardonada con el Premio Nobel de la Paz el 10 de octubre de 2025.",
    "María Corina Machado fue galardonada con el Premio Nobel de la Paz", "2025-10-10", ["maria-corina-machado"]),
  ["d10_europarl_20241024"])

P(T, C, "The Committee's release of 10 Oct 2025 gives the prize for Machado's 'struggle to achieve a just and peaceful transition from dictatorship to democracy'; the Sakharov release of 2024 sits next to it without moving it.",
  E("en", "María Corina Machado won the Nobel Peace Prize on October 10, 2025 for her struggle for a just and peaceful transition from dictatorship to democracy in Venezuela.",
    "Machado won the Nobel Peace Prize for her struggle for a just and peaceful transition from dictatorship to democracy", "2025-10-10",
    ["maria-corina-machado", "norwegian-nobel-committee"]),
  ["d10_europarl_20241024", "d10_nobel_20251010"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "La Moncloa's note of 22 May 2024 summarises Sánchez's announcement in the Congress and does not hold the quoted sentence.",
  Q("es", "«Es una cuestión de justicia histórica con las legítimas aspiraciones del pueblo palestino», dijo Pedro Sánchez el 22 de mayo de 2024 ante el Congreso.",
    "pedro-sanchez", "Es una cuestión de justicia histórica con las legítimas aspiraciones del pueblo palestino", "2024-05-22"),
  ["d10_moncloa_20240522"])

P(T, U, "The presidency's release of 10 Aug 2023 summarises what Lasso decreed and said after the security cabinet, and quotes none of his words.",
  Q("en", "\"Ecuador will not surrender to organized crime,\" Guillermo Lasso said on August 10, 2023 as he declared a state of exception.",
    "guillermo-lasso", "Ecuador will not surrender to organized crime", "2023-08-10"),
  ["d10_presidencia_ec_20230810"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports the arrests.",
  E("en", "Six Colombian nationals were arrested on August 10, 2023 over the killing of Ecuadorian presidential candidate Fernando Villavicencio.",
    "six Colombian nationals were arrested over the killing of Villavicencio", "2023-08-10", ["fernando-villavicencio"]),
  ["d10_ap_20230810"])

P(T, U, "Only El País, a media outlet, reports Díaz's video.",
  Q("es", "«Palestina será libre desde el río hasta el mar», afirmó la vicepresidenta Yolanda Díaz el 28 de mayo de 2024.",
    "yolanda-diaz", "Palestina será libre desde el río hasta el mar", "2024-05-28"),
  ["d10_elpais_20240528"])

P(T, U, "Only the Associated Press, a media outlet, reports Trump's words; no transcript of his remarks is among the sources.",
  S("es", "Donald Trump aseguró el 10 de octubre de 2025 que María Corina Machado lo llamó para decirle que aceptaba el Nobel en su honor.",
    "donald-trump", "María Corina Machado lo llamó para decirle que aceptaba el Nobel en su honor", "2025-10-10"),
  ["d10_ap_20251010"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "The words are in La Moncloa's transcript of the declaration of 29 Apr 2024; no post by Sánchez that day is among the sources, and the claim is about X.",
  Q("es", "Pedro Sánchez escribió en X el 29 de abril de 2024: «He decidido seguir, con más fuerza si cabe, al frente de la Presidencia del Gobierno».",
    "pedro-sanchez", "He decidido seguir, con más fuerza si cabe, al frente de la Presidencia del Gobierno", "2024-04-29", channel="x", event_type="post"),
  ["d10_moncloa_20240429"])

P(T, U, "Biden's words on passing the torch are in the White House transcript of his address of 24 Jul 2024; no X post by him is among the sources.",
  S("en", "Joe Biden said on X on July 24, 2024 that the best way forward was to pass the torch to a new generation.",
    "joe-biden", "the best way forward is to pass the torch to a new generation", "2024-07-24", channel="x", event_type="post"),
  ["d10_wh_20240724"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the transcript of the address indeed does not name Trump).",
  S("en", "Joe Biden did not mention Donald Trump by name in his Oval Office address on July 24, 2024.",
    "joe-biden", "the address did not mention Donald Trump by name", "2024-07-24", absence=True),
  ["d10_wh_20240724"])

P(T, U, "Absence claims are always unverified (here the transcript of the declaration indeed speaks of 'mi mujer' and does not give her name).",
  S("es", "Pedro Sánchez no mencionó a Begoña Gómez por su nombre en su declaración institucional del 29 de abril de 2024.",
    "pedro-sanchez", "la declaración no mencionó a Begoña Gómez por su nombre", "2024-04-29", absence=True),
  ["d10_moncloa_20240429"])
