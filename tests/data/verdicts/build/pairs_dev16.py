"""Claims, labels and notes of the sixteenth development set (dev16.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev15), applied to the documents in docs_dev16.py alone,
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

P(T, C, "Trudeau's own turn in the Hansard of 18 Sep 2023 says Canadian security agencies have been 'actively pursuing credible allegations of a potential link between agents of the Government of India and the killing of a Canadian citizen, Hardeep Singh Nijjar'.",
  Q("en", "Canadian security agencies were pursuing \"credible allegations of a potential link between agents of the Government of India and the killing of a Canadian citizen,\" Justin Trudeau told the House of Commons on September 18, 2023.",
    "justin-trudeau", "credible allegations of a potential link between agents of the Government of India and the killing of a Canadian citizen", "2023-09-18"),
  ["d16_hansard_20230918"])

P(T, C, "Buckingham Palace's announcement of 8 Sep 2022 says 'The Queen died peacefully at Balmoral this afternoon'.",
  E("en", "Queen Elizabeth II died peacefully at Balmoral on the afternoon of September 8, 2022, Buckingham Palace announced.",
    "Queen Elizabeth II died peacefully at Balmoral", "2022-09-08", ["elizabeth-ii"], confirmed_by="uk-royal-household"),
  ["d16_royal_announcement_20220908"])

P(T, C, "Biden's own statement of 8 Sep 2022, published by the White House, opens 'Queen Elizabeth II was more than a monarch. She defined an era.'",
  Q("en", "\"Queen Elizabeth II was more than a monarch. She defined an era,\" President Joe Biden said in a statement on September 8, 2022.",
    "joe-biden", "Queen Elizabeth II was more than a monarch. She defined an era.", "2022-09-08"),
  ["d16_wh_biden_20220908"])

P(T, C, "Rubiales's own turn in the RFEF's transcript of the extraordinary General Assembly of 25 Aug 2023 repeats 'No voy a dimitir'.",
  Q("es", "«No voy a dimitir», repitió una y otra vez Luis Rubiales ante la Asamblea General Extraordinaria de la RFEF el 25 de agosto de 2023.",
    "luis-rubiales", "No voy a dimitir", "2023-08-25"),
  ["d16_rfef_asamblea_20230825"])

P(T, C, "Hermoso's own statement, released by FUTPRO on 25 Aug 2023, says 'en ningún momento consentí el beso que me dio'.",
  Q("es", "«En ningún momento consentí el beso que me dio», afirmó Jenni Hermoso el 25 de agosto de 2023 en un comunicado difundido por el sindicato FUTPRO.",
    "jenni-hermoso", "En ningún momento consentí el beso que me dio", "2023-08-25", channel="press_release"),
  ["d16_futpro_hermoso_20230825"])

P(T, C, "The Venezuelan foreign ministry's comunicado of 17 Oct 2023 says the partial agreement signed that day in Bridgetown 'establece que la elección presidencial se celebrará en el segundo semestre de 2024'.",
  E("es", "El Gobierno de Nicolás Maduro y la Plataforma Unitaria acordaron el 17 de octubre de 2023 en Barbados que la elección presidencial se celebre en el segundo semestre de 2024.",
    "el Gobierno de Maduro y la Plataforma Unitaria acordaron en Barbados celebrar la elección presidencial en el segundo semestre de 2024", "2023-10-17",
    ["venezuela-presidency", "plataforma-unitaria"], event_type="signing"),
  ["d16_mppre_20231017"])

P(T, C, "Blinken's own press statement of 18 Oct 2023 says the general license for the oil and gas sector 'is valid for six months and will be renewed only if Maduro's representatives meet their commitments'.",
  S("en", "Secretary of State Antony Blinken said on October 18, 2023 that the license easing sanctions on Venezuela's oil and gas sector was valid for six months and would be renewed only if Maduro's representatives kept their commitments.",
    "antony-blinken", "the license for Venezuela's oil and gas sector is valid for six months and will be renewed only if Maduro's representatives keep their commitments", "2023-10-18"),
  ["d16_state_blinken_20231018"])

P(T, C, "The Supreme Court's own note of 10 Jun 2025 says it 'rechazó este martes por unanimidad el recurso de queja' of Fernández de Kirchner and 'dejó firme la sentencia' of the Vialidad case.",
  E("es", "La Corte Suprema rechazó por unanimidad el 10 de junio de 2025 el recurso de Cristina Fernández de Kirchner y dejó firme su condena en la causa Vialidad.",
    "la Corte Suprema rechazó por unanimidad el recurso de Cristina Fernández de Kirchner y dejó firme su condena en la causa Vialidad", "2025-06-10",
    ["corte-suprema-argentina", "cristina-fernandez-kirchner"]),
  ["d16_cij_csjn_20250610"])

P(T, C, "The note of 17 Jun 2025 on the Tribunal Oral Federal N.º 2's decision says the sentence will be served 'en su vivienda de la calle San José 1111' with 'un dispositivo electrónico de control (tobillera)'; 'este martes' is the 17th.",
  E("es", "El Tribunal Oral Federal N.º 2 concedió el 17 de junio de 2025 la prisión domiciliaria a Cristina Fernández de Kirchner, que cumplirá la pena en su casa de San José 1111 con una tobillera electrónica.",
    "el TOF 2 concedió la prisión domiciliaria a Cristina Fernández de Kirchner, en San José 1111 y con tobillera electrónica", "2025-06-17",
    ["tof2-argentina", "cristina-fernandez-kirchner"]),
  ["d16_cij_tof2_20250617"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Trudeau's own English turn in the Hansard of 18 Sep 2023 says 'Any involvement of a foreign government in the killing of a Canadian citizen on Canadian soil is an unacceptable violation of our sovereignty'; the Spanish quote is its translation.",
  Q("es", "«Cualquier implicación de un gobierno extranjero en el asesinato de un ciudadano canadiense en suelo canadiense es una violación inaceptable de nuestra soberanía», afirmó Justin Trudeau ante la Cámara de los Comunes el 18 de septiembre de 2023.",
    "justin-trudeau", "Cualquier implicación de un gobierno extranjero en el asesinato de un ciudadano canadiense en suelo canadiense es una violación inaceptable de nuestra soberanía", "2023-09-18"),
  ["d16_hansard_20230918"])

P(T, C, "Rubiales's own Spanish turn of 25 Aug 2023 says 'No voy a dimitir'; 'I am not going to resign' is its translation.",
  Q("en", "\"I am not going to resign,\" Luis Rubiales told the Spanish football federation's extraordinary general assembly on August 25, 2023, drawing applause.",
    "luis-rubiales", "I am not going to resign", "2023-08-25"),
  ["d16_rfef_asamblea_20230825"])

P(T, C, "FIFA's English release of 26 Aug 2023 says its Disciplinary Committee's chairman decided 'today' to suspend Rubiales provisionally 'from all football-related activities at national and international level'.",
  S("es", "La FIFA suspendió provisionalmente el 26 de agosto de 2023 a Luis Rubiales de todas las actividades relacionadas con el fútbol, tanto a nivel nacional como internacional.",
    "fifa", "suspende provisionalmente a Luis Rubiales de todas las actividades relacionadas con el fútbol a nivel nacional e internacional", "2023-08-26"),
  ["d16_fifa_20230826"])

P(T, C, "The Venezuelan foreign ministry's Spanish comunicado of 17 Oct 2023 says the agreements were signed in Bridgetown by Jorge Rodríguez, 'presidente de la Asamblea Nacional', and Gerardo Blyde, in talks 'facilitado por el Reino de Noruega'.",
  E("en", "The agreement was signed in Bridgetown, Barbados, on October 17, 2023 by National Assembly President Jorge Rodríguez for Maduro's government and by Gerardo Blyde for the opposition Unitary Platform, in talks facilitated by Norway.",
    "Jorge Rodríguez and Gerardo Blyde signed the agreement in Bridgetown, Barbados, in talks facilitated by Norway", "2023-10-17",
    ["jorge-rodriguez", "gerardo-blyde"], event_type="signing"),
  ["d16_mppre_20231017"])

P(T, C, "The King's own English statement of 8 Sep 2022 says the Queen's death 'is a moment of the greatest sadness for me and all members of my family'; the Spanish quote is its translation.",
  Q("es", "La muerte de su madre es «un momento de la mayor tristeza para mí y para todos los miembros de mi familia», dijo el rey Carlos III en un comunicado el 8 de septiembre de 2022.",
    "charles-iii", "un momento de la mayor tristeza para mí y para todos los miembros de mi familia", "2022-09-08"),
  ["d16_royal_king_20220908"])

P(T, C, "The Supreme Court's Spanish note of 10 Jun 2025 says it unanimously rejected her appeal and left firm the Vialidad conviction for 'administración fraudulenta' over 'obra pública vial en la provincia de Santa Cruz'.",
  E("en", "Argentina's Supreme Court unanimously rejected Cristina Fernández de Kirchner's appeal on June 10, 2025, making final her conviction for fraudulent administration over public road contracts in Santa Cruz province.",
    "the Supreme Court unanimously rejected Kirchner's appeal, making final her conviction for fraudulent administration over road contracts in Santa Cruz", "2025-06-10",
    ["corte-suprema-argentina", "cristina-fernandez-kirchner"]),
  ["d16_cij_csjn_20250610"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Joly's English post is stamped 00:15 UTC on 19 Sep 2023, which is 20:15 on the 18th in Ottawa (EDT, UTC-4); 'Today we expelled a key Indian diplomat' matches, and so does the local date.",
  S("es", "La ministra canadiense de Asuntos Exteriores, Mélanie Joly, anunció en X el 18 de septiembre de 2023 la expulsión de un diplomático indio de alto rango.",
    "melanie-joly", "Canadá expulsó a un diplomático indio de alto rango", "2023-09-18", channel="x", event_type="post"),
  ["d16_x_joly_20230918"])

P(T, C, "Blyde's Spanish post is stamped 01:30 UTC on 18 Oct 2023, which is 21:30 on the 17th in Caracas (UTC-4), the day of the signing; 'un acuerdo que fija la elección presidencial para el segundo semestre de 2024' matches.",
  S("en", "Opposition negotiator Gerardo Blyde wrote on X on October 17, 2023 that the agreement signed in Barbados set the presidential election for the second half of 2024.",
    "gerardo-blyde", "the agreement signed in Barbados sets the presidential election for the second half of 2024", "2023-10-17",
    channel="x", event_type="post"),
  ["d16_x_blyde_20231017"])

P(T, C, "Fernández de Kirchner's post is stamped 00:40 UTC on 11 Jun 2025, which is 21:40 on the 10th in Buenos Aires (UTC-3); it thanks those who came 'después del fallo de la Corte' to 'la sede del PJ y a San José 1111'.",
  S("es", "Cristina Fernández de Kirchner agradeció en X, el 10 de junio de 2025, a quienes se acercaron a la sede del PJ y a su casa de San José 1111 tras el fallo de la Corte.",
    "cristina-fernandez-kirchner", "agradece a quienes se acercaron a la sede del PJ y a San José 1111", "2025-06-10",
    channel="x", event_type="post"),
  ["d16_x_cfk_20250610"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "FIFA's release of 26 Aug 2023 says the provisional suspension 'applies for an initial period of 90 days'.",
  S("es", "La suspensión provisional de Luis Rubiales que la FIFA anunció el 26 de agosto de 2023 es por un periodo inicial de 90 días.",
    "fifa", "la suspensión provisional de Rubiales es por un periodo inicial de 90 días", "2023-08-26"),
  ["d16_fifa_20230826"])

P(T, C, "The Supreme Court's note of 10 Jun 2025 gives 'seis años de prisión e inhabilitación especial perpetua para ejercer cargos públicos'; 'six-year' and 'lifetime ban' are those terms.",
  E("en", "Argentina's Supreme Court on June 10, 2025 upheld Cristina Fernández de Kirchner's six-year prison sentence and lifetime ban from holding public office.",
    "the Supreme Court upheld Kirchner's six-year prison sentence and lifetime ban from public office", "2025-06-10",
    ["corte-suprema-argentina", "cristina-fernandez-kirchner"]),
  ["d16_cij_csjn_20250610"])

P(T, X, "India's MEA release of 19 Sep 2023 says the expelled Canadian diplomat 'has been asked to leave India within the next five days', not 48 hours.",
  S("es", "La India dio el 19 de septiembre de 2023 un plazo de 48 horas a un alto diplomático canadiense para abandonar el país.",
    "india-mea", "un alto diplomático canadiense tiene 48 horas para abandonar la India", "2023-09-19"),
  ["d16_mea_expulsion_20230919"])

P(T, X, "Blinken's own statement of 18 Oct 2023 says the general license 'is valid for six months', not a year.",
  S("en", "Antony Blinken said on October 18, 2023 that the U.S. license authorizing transactions with Venezuela's oil and gas sector would be valid for one year.",
    "antony-blinken", "the license for Venezuela's oil and gas sector is valid for one year", "2023-10-18"),
  ["d16_state_blinken_20231018"])

P(T, U, "The Casa Real's note of 19 Sep 2022 speaks of 'los jefes de Estado y dignatarios extranjeros llegados para las exequias' but gives no number, so 'unos 500' is neither confirmed nor contradicted.",
  E("es", "Unos 500 jefes de Estado y dignatarios extranjeros asistieron el 19 de septiembre de 2022 al funeral de Isabel II en la Abadía de Westminster, según la Casa Real.",
    "unos 500 jefes de Estado y dignatarios extranjeros asistieron al funeral de Isabel II", "2022-09-19",
    ["elizabeth-ii"], confirmed_by="spain-royal-household"),
  ["d16_casareal_20220919"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "FIFA's release of Saturday 26 Aug 2023 says the chairman 'has today decided' the provisional suspension; 24 August is the day the proceedings were opened, not the day of the suspension.",
  E("en", "FIFA provisionally suspended Luis Rubiales on August 24, 2023, for an initial period of 90 days.",
    "FIFA provisionally suspended Luis Rubiales for an initial period of 90 days", "2023-08-24", ["fifa", "luis-rubiales"]),
  ["d16_fifa_20230826"])

P(T, X, "The ruling that left the Vialidad conviction firm is one decision, pinned by its content; the Supreme Court's note dates it 'este martes', 10 Jun 2025, not the 11th.",
  E("es", "La Corte Suprema dejó firme el 11 de junio de 2025 la condena de Cristina Fernández de Kirchner en la causa Vialidad.",
    "la Corte Suprema dejó firme la condena de Cristina Fernández de Kirchner en la causa Vialidad", "2025-06-11",
    ["corte-suprema-argentina", "cristina-fernandez-kirchner"]),
  ["d16_cij_csjn_20250610"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The Queen's death at Balmoral is one event; Buckingham Palace's announcement of 8 Sep 2022 says she died 'this afternoon', so 'agosto' is wrong.",
  E("es", "La reina Isabel II murió en el castillo de Balmoral en agosto de 2022.",
    "la reina Isabel II murió en el castillo de Balmoral", "2022-08", ["elizabeth-ii"]),
  ["d16_royal_announcement_20220908"])

P(T, X, "The Barbados agreement on a presidential election in the second half of 2024 is pinned by its place and content; the Venezuelan comunicado dates the signing 'este martes 17 de octubre', not November.",
  E("en", "In November 2023, Nicolás Maduro's government and the opposition Unitary Platform signed an agreement in Barbados to hold the presidential election in the second half of 2024.",
    "Maduro's government and the Unitary Platform signed an agreement in Barbados to hold the presidential election in the second half of 2024", "2023-11",
    ["venezuela-presidency", "plataforma-unitaria"], event_type="signing"),
  ["d16_mppre_20231017"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The Queen's death on 8 Sep 2022 is one event; Buckingham Palace's announcement places it at Balmoral, not Windsor Castle.",
  E("en", "Queen Elizabeth II died at Windsor Castle on September 8, 2022, Buckingham Palace announced.",
    "Queen Elizabeth II died at Windsor Castle", "2022-09-08", ["elizabeth-ii"], confirmed_by="uk-royal-household"),
  ["d16_royal_announcement_20220908"])

P(T, X, "The signing of 17 Oct 2023 is one event; the Venezuelan comunicado places it in Bridgetown, Barbados, not Mexico City.",
  E("es", "El Gobierno venezolano y la Plataforma Unitaria firmaron en Ciudad de México, el 17 de octubre de 2023, el acuerdo para celebrar la elección presidencial en el segundo semestre de 2024.",
    "el Gobierno venezolano y la Plataforma Unitaria firmaron en Ciudad de México el acuerdo sobre la elección presidencial", "2023-10-17",
    ["venezuela-presidency", "plataforma-unitaria"], event_type="signing"),
  ["d16_mppre_20231017"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The provisional suspension of 26 Aug 2023 is pinned; FIFA's release says it was decided by the Chairman of the Disciplinary Committee, Jorge Ivan Palacio, not by FIFA's president.",
  E("en", "FIFA President Gianni Infantino provisionally suspended Luis Rubiales from all football-related activities on August 26, 2023.",
    "Gianni Infantino provisionally suspended Luis Rubiales from all football-related activities", "2023-08-26",
    ["gianni-infantino", "luis-rubiales"]),
  ["d16_fifa_20230826"])

P(T, X, "The signing in Bridgetown on 17 Oct 2023 is pinned; the comunicado names Jorge Rodríguez, president of the National Assembly, as head of the government's delegation, not Delcy Rodríguez.",
  E("es", "La vicepresidenta Delcy Rodríguez y Gerardo Blyde firmaron en Barbados el 17 de octubre de 2023 los acuerdos entre el Gobierno venezolano y la Plataforma Unitaria.",
    "Delcy Rodríguez y Gerardo Blyde firmaron en Barbados los acuerdos entre el Gobierno y la Plataforma Unitaria", "2023-10-17",
    ["delcy-rodriguez", "gerardo-blyde"], event_type="signing"),
  ["d16_mppre_20231017"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "India's MEA release of 19 Sep 2023 says 'we reject them' and calls the allegations 'absurd and motivated': the opposite of admitting they were well founded.",
  S("es", "El Ministerio de Asuntos Exteriores de la India admitió el 19 de septiembre de 2023 que las acusaciones de Trudeau sobre la implicación de agentes indios en el asesinato de Nijjar eran fundadas.",
    "india-mea", "las acusaciones de Trudeau sobre la implicación de agentes indios en el asesinato de Nijjar son fundadas", "2023-09-19"),
  ["d16_mea_statement_20230919"])

P(T, X, "Rubiales's own turn at the extraordinary assembly of 25 Aug 2023 says 'Se ha dicho que hoy iba a dimitir. No voy a dimitir': the opposite of the claim.",
  E("en", "Luis Rubiales announced his resignation as president of the Spanish football federation at its extraordinary general assembly on August 25, 2023.",
    "Luis Rubiales announced his resignation as president of the Spanish football federation at the extraordinary assembly", "2023-08-25",
    ["luis-rubiales"]),
  ["d16_rfef_asamblea_20230825"])

P(T, X, "Hermoso's own statement of 25 Aug 2023 says 'en ningún momento consentí el beso' and speaks of an act 'sin ningún consentimiento por mi parte': an explicit denial of the claim.",
  S("en", "Jenni Hermoso said on August 25, 2023 that she had consented to the kiss Luis Rubiales gave her at the World Cup medal ceremony.",
    "jenni-hermoso", "she consented to the kiss Rubiales gave her", "2023-08-25"),
  ["d16_futpro_hermoso_20230825"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "Truss's statement outside Downing Street on 8 Sep 2022 is pinned; her own turn says 'the rock on which modern Britain was built', not 'the Commonwealth' (she speaks of the Commonwealth in another sentence).",
  Q("en", "\"Queen Elizabeth II was the rock on which the Commonwealth was built,\" Liz Truss said outside Downing Street on September 8, 2022.",
    "liz-truss", "Queen Elizabeth II was the rock on which the Commonwealth was built", "2022-09-08"),
  ["d16_gov_truss_20220908"])

P(T, U, "The claimed Piers Morgan interview of 10 Sep 2023 is not among the sources, and the speech of 25 Aug, another occasion, does not contain the words.",
  Q("es", "«Volveré al fútbol más fuerte que nunca», aseguró Luis Rubiales en una entrevista con Piers Morgan el 10 de septiembre de 2023.",
    "luis-rubiales", "Volveré al fútbol más fuerte que nunca", "2023-09-10", channel="interview", event_type="interview"),
  ["d16_rfef_asamblea_20230825"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the State Department's transcript of 17 Apr 2024 ('So as of tomorrow, all of the oil sanctions are back in full force?'), and Miller answers 'No' (a 45-day wind-down license).",
  Q("es", "«A partir de mañana, todas las sanciones petroleras vuelven a estar plenamente en vigor», dijo el portavoz del Departamento de Estado, Matthew Miller, el 17 de abril de 2024.",
    "matthew-miller", "A partir de mañana, todas las sanciones petroleras vuelven a estar plenamente en vigor", "2024-04-17"),
  ["d16_state_briefing_20240417"])

P(T, U, "The words are Pierre Poilievre's, in his own turn of the Hansard of 18 Sep 2023, not Trudeau's.",
  Q("en", "\"If these allegations are true, they represent an outrageous affront to our sovereignty,\" Justin Trudeau told the House of Commons on September 18, 2023.",
    "justin-trudeau", "If these allegations are true, they represent an outrageous affront to our sovereignty", "2023-09-18"),
  ["d16_hansard_20230918"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Venezuelan comunicado records the signing by Rodríguez and Blyde on Tuesday 17 Oct 2023; nothing records a meeting on Wednesday the 18th, and nothing in the claim pins the signing.",
  E("en", "Jorge Rodríguez and Gerardo Blyde met on October 18, 2023.",
    "Jorge Rodríguez and Gerardo Blyde met", "2023-10-18", ["jorge-rodriguez", "gerardo-blyde"], event_type="meeting"),
  ["d16_mppre_20231017"])

P(T, C, "India's MEA release of 19 Sep 2023 says the Canadian High Commissioner 'was summoned today' and told of the decision 'to expel a senior Canadian diplomat based in India'; Trudeau's statement of the 18th sits next to it without moving it.",
  E("es", "La India expulsó el 19 de septiembre de 2023 a un alto diplomático canadiense destinado en el país.",
    "la India expulsó a un alto diplomático canadiense destinado en el país", "2023-09-19", ["india-mea"]),
  ["d16_hansard_20230918", "d16_mea_expulsion_20230919"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Hansard of 18 Sep 2023 records Trudeau's words on the 'credible allegations'; no source records Joly saying them, which the transcript neither confirms nor excludes.",
  S("en", "Foreign Affairs Minister Mélanie Joly said on September 18, 2023 that Canadian security agencies were pursuing credible allegations of a link between agents of India's government and the killing of Hardeep Singh Nijjar.",
    "melanie-joly", "Canadian security agencies are pursuing credible allegations of a link between agents of India's government and the killing of Hardeep Singh Nijjar", "2023-09-18"),
  ["d16_hansard_20230918"])

P(T, C, "Truss's own turn of 8 Sep 2022 says 'Queen Elizabeth II was the rock on which modern Britain was built'; the Spanish quote is its translation, and the King's statement of the same day sits next to it without moving it.",
  Q("es", "Isabel II fue «la roca sobre la que se construyó la Gran Bretaña moderna», dijo la primera ministra Liz Truss a las puertas de Downing Street el 8 de septiembre de 2022.",
    "liz-truss", "la roca sobre la que se construyó la Gran Bretaña moderna", "2022-09-08"),
  ["d16_royal_king_20220908", "d16_gov_truss_20220908"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The sources are of September 2023 (Trudeau's statement and Joly's post on one expelled diplomat); the expulsion of the High Commissioner and five other diplomats on 14 Oct 2024 is another event, which no source here records.",
  E("es", "Canadá expulsó el 14 de octubre de 2024 al alto comisionado de la India y a otros cinco diplomáticos indios.",
    "Canadá expulsó al alto comisionado de la India y a otros cinco diplomáticos indios", "2024-10-14", ["canada-government"]),
  ["d16_hansard_20230918", "d16_x_joly_20230918"])

P(T, C, "Miller's own turn of 17 Apr 2024 says General License 44 'will therefore expire at 12:01 a.m. tomorrow, April 18th, and will not be renewed'; Blinken's statement of Oct 2023 on issuing the license sits next to it without moving it.",
  S("en", "State Department spokesperson Matthew Miller said on April 17, 2024 that the United States would not renew General License 44, the authorization for Venezuela's oil and gas sector, which would expire on April 18.",
    "matthew-miller", "the United States will not renew General License 44 for Venezuela's oil and gas sector, which expires on April 18", "2024-04-17"),
  ["d16_state_blinken_20231018", "d16_state_briefing_20240417"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Casa Real's note of 19 Sep 2022 summarises what the King told Charles III at the reception of the eve, 18 Sep ('trasladó al nuevo monarca el pésame y el afecto del pueblo español'), and quotes none of his words.",
  Q("es", "«Isabel II fue un ejemplo de servicio y de dignidad para el mundo entero», le dijo Felipe VI al rey Carlos III en la recepción del Palacio de Buckingham, el 18 de septiembre de 2022.",
    "felipe-vi", "Isabel II fue un ejemplo de servicio y de dignidad para el mundo entero", "2022-09-18"),
  ["d16_casareal_20220919"])

P(T, U, "The Supreme Court's note of 10 Jun 2025 summarises the ruling's reasons in its own words and quotes no justice; a summary does not confirm the quoted sentence.",
  Q("en", "\"No one is above the law,\" Supreme Court President Horacio Rosatti said on June 10, 2025, as the court upheld Cristina Fernández de Kirchner's conviction.",
    "horacio-rosatti", "No one is above the law", "2025-06-10"),
  ["d16_cij_csjn_20250610"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El País, a media outlet, reports the kiss at the medal ceremony; no primary or official source is among this pair's documents.",
  E("es", "Luis Rubiales besó en los labios a Jenni Hermoso durante la entrega de medallas de la final del Mundial femenino en Sídney, el 20 de agosto de 2023.",
    "Luis Rubiales besó en los labios a Jenni Hermoso durante la entrega de medallas en Sídney", "2023-08-20",
    ["luis-rubiales", "jenni-hermoso"]),
  ["d16_elpais_20230820"])

P(T, U, "Only CBC News, a media outlet, names the expelled diplomat and his post; Joly's post and the Hansard are not among this pair's sources.",
  E("en", "The Indian diplomat Canada expelled on September 18, 2023, Pavan Kumar Rai, was the head of India's foreign intelligence agency in Canada.",
    "the expelled Indian diplomat, Pavan Kumar Rai, was the head of India's foreign intelligence agency in Canada", "2023-09-18"),
  ["d16_cbc_20230918"])

P(T, U, "Only Reuters, a media outlet, reports the crowd outside her apartment; her own post is not among this pair's sources.",
  E("en", "Hundreds of supporters of Cristina Fernández de Kirchner gathered outside her Buenos Aires apartment on June 10, 2025 after the Supreme Court upheld her conviction.",
    "hundreds of supporters gathered outside Kirchner's apartment after the Supreme Court upheld her conviction", "2025-06-10",
    ["cristina-fernandez-kirchner"]),
  ["d16_reuters_20250610"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Rubiales's words are in the RFEF's transcript of his speech to the assembly of 25 Aug 2023; no post of his is among the sources, and the claim is about X.",
  Q("es", "Luis Rubiales escribió en X el 25 de agosto de 2023: «No voy a dimitir».",
    "luis-rubiales", "No voy a dimitir", "2023-08-25", channel="x", event_type="post"),
  ["d16_rfef_asamblea_20230825"])

P(T, U, "Biden's words are in the White House's statement of 8 Sep 2022; no post of his is among the sources, and the claim is about X.",
  Q("en", "Joe Biden wrote on X on September 8, 2022 that Queen Elizabeth II \"defined an era.\"",
    "joe-biden", "defined an era", "2022-09-08", channel="x", event_type="post"),
  ["d16_wh_biden_20220908"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the Hansard in fact has Trudeau say he raised the matter 'personally and directly with Prime Minister Modi').",
  S("en", "Justin Trudeau did not mention Narendra Modi in his statement to the House of Commons on September 18, 2023.",
    "justin-trudeau", "the statement did not mention Narendra Modi", "2023-09-18", absence=True),
  ["d16_hansard_20230918"])

P(T, U, "Absence claims are always unverified (here the transcript in fact has Rubiales say 'Cuando apareció Jenni, me levantó del suelo').",
  S("es", "Luis Rubiales no mencionó a Jenni Hermoso por su nombre en su discurso ante la Asamblea de la RFEF del 25 de agosto de 2023.",
    "luis-rubiales", "el discurso no mencionó a Jenni Hermoso por su nombre", "2023-08-25", absence=True),
  ["d16_rfef_asamblea_20230825"])
