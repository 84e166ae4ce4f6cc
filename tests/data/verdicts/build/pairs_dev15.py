"""Claims, labels and notes of the fifteenth development set (dev15.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev14), applied to the documents in docs_dev15.py alone,
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

P(T, C, "Truss's own turn in GOV.UK's transcript of her statement in Downing Street of 20 Oct 2022 says 'I cannot deliver the mandate on which I was elected by the Conservative Party'.",
  Q("en", "\"I cannot deliver the mandate on which I was elected by the Conservative Party,\" Liz Truss said outside Downing Street on October 20, 2022, as she announced her resignation.",
    "liz-truss", "I cannot deliver the mandate on which I was elected by the Conservative Party", "2022-10-20"),
  ["d15_gov_truss_20221020"])

P(T, C, "Sunak's own turn in GOV.UK's transcript of his statement of 25 Oct 2022 says 'I will unite our country, not with words, but with action'.",
  Q("en", "On his first day in office, October 25, 2022, Rishi Sunak vowed to \"unite our country, not with words, but with action.\"",
    "rishi-sunak", "unite our country, not with words, but with action", "2022-10-25"),
  ["d15_gov_sunak_20221025"])

P(T, C, "Leonor's own turn in the Diario de Sesiones of the joint session of 31 Oct 2023 is the oath 'Juro desempeñar fielmente mis funciones, guardar y hacer guardar la Constitución y las leyes…'.",
  Q("es", "La princesa Leonor juró el 31 de octubre de 2023 ante las Cortes Generales «desempeñar fielmente mis funciones, guardar y hacer guardar la Constitución y las leyes».",
    "leonor-de-borbon", "desempeñar fielmente mis funciones, guardar y hacer guardar la Constitución y las leyes", "2023-10-31"),
  ["d15_cortes_ds_20231031"])

P(T, C, "Boric's own turn in the Chilean presidency's transcript of his speech from La Moneda of 11 Mar 2022 says 'estamos de nuevo, compatriotas, abriendo las grandes alamedas', citing Allende.",
  Q("es", "«Estamos de nuevo, compatriotas, abriendo las grandes alamedas», proclamó Gabriel Boric desde La Moneda el 11 de marzo de 2022, evocando a Salvador Allende.",
    "gabriel-boric", "Estamos de nuevo, compatriotas, abriendo las grandes alamedas", "2022-03-11"),
  ["d15_presidencia_cl_speech_20220311"])

P(T, C, "Díaz-Canel's own turn in the Cuban presidency's transcript of his television appearance of 11 Jul 2021 says 'La orden de combate está dada: a la calle los revolucionarios'.",
  Q("es", "«La orden de combate está dada», advirtió Miguel Díaz-Canel en la televisión cubana el 11 de julio de 2021, al llamar a los revolucionarios a salir a la calle.",
    "miguel-diaz-canel", "La orden de combate está dada", "2021-07-11"),
  ["d15_presidencia_cu_20210711"])

P(T, C, "Biden's own statement, published by the White House on 12 Jul 2021, opens 'We stand with the Cuban people and their clarion call for freedom'.",
  Q("en", "\"We stand with the Cuban people and their clarion call for freedom,\" President Joe Biden said in a statement on July 12, 2021.",
    "joe-biden", "We stand with the Cuban people and their clarion call for freedom", "2021-07-12"),
  ["d15_wh_statement_20210712"])

P(T, C, "Trudeau's own turn in the PMO's transcript of 23 Feb 2022 says 'the situation is no longer an emergency. Therefore, the federal government will be ending the use of the Emergencies Act'; the claim reports it in other words.",
  S("en", "Justin Trudeau announced on February 23, 2022 that his government would stop using the Emergencies Act, saying the situation was no longer an emergency.",
    "justin-trudeau", "the government will stop using the Emergencies Act because the situation is no longer an emergency", "2022-02-23"),
  ["d15_pmo_pc_20220223"])

P(T, C, "Kast's own post of 19 Dec 2021 (22:40 UTC, 19:40 in Santiago) says he called Boric 'para felicitarlo por su gran triunfo' and that 'Desde hoy es el presidente electo de Chile'.",
  S("es", "José Antonio Kast felicitó en X el 19 de diciembre de 2021 a Gabriel Boric por su «gran triunfo» y lo reconoció como presidente electo de Chile.",
    "jose-antonio-kast", "felicita a Gabriel Boric por su gran triunfo y lo reconoce como presidente electo de Chile", "2021-12-19",
    channel="x", event_type="post"),
  ["d15_x_kast_20211219"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Truss's own English turn of 20 Oct 2022 says 'I recognise though, given the situation, I cannot deliver the mandate on which I was elected by the Conservative Party'; the Spanish quote is its translation.",
  Q("es", "«Reconozco que, dada la situación, no puedo cumplir el mandato por el que me eligió el Partido Conservador», declaró Liz Truss el 20 de octubre de 2022 a las puertas del número 10 de Downing Street.",
    "liz-truss", "Reconozco que, dada la situación, no puedo cumplir el mandato por el que me eligió el Partido Conservador", "2022-10-20"),
  ["d15_gov_truss_20221020"])

P(T, C, "Trudeau's own English turn of 14 Feb 2022 says the measures 'will be time-limited, geographically targeted, and reasonable and proportionate'; the Spanish claim reports it.",
  S("es", "Trudeau aseguró el 14 de febrero de 2022 que las medidas de la Ley de Emergencias serían temporales, estarían focalizadas geográficamente y serían razonables y proporcionadas.",
    "justin-trudeau", "las medidas de la Ley de Emergencias serán temporales, focalizadas geográficamente, razonables y proporcionadas", "2022-02-14"),
  ["d15_pmo_pc_20220214"])

P(T, C, "The Casa Real's Spanish note of 31 Oct 2023 says the Princess of Asturias 'juró este martes, 31 de octubre, día en que cumple 18 años, la Constitución ante las Cortes Generales'.",
  E("en", "Spain's Princess Leonor swore allegiance to the Constitution before the Cortes Generales on October 31, 2023, the day she turned 18.",
    "Princess Leonor swore allegiance to the Constitution before the Cortes Generales on her 18th birthday", "2023-10-31",
    ["leonor-de-borbon"]),
  ["d15_casareal_20231031"])

P(T, C, "The Chilean presidency's Spanish release of 11 Mar 2022 says Boric took office at the Congreso Nacional in Valparaíso and 'prometió el cargo ante el presidente del Senado, Álvaro Elizalde, de quien recibió la banda presidencial'.",
  E("en", "Gabriel Boric took office as Chile's president on March 11, 2022 at the National Congress in Valparaíso, receiving the presidential sash from Senate President Álvaro Elizalde.",
    "Gabriel Boric took office at the National Congress in Valparaíso, receiving the sash from Senate President Álvaro Elizalde", "2022-03-11",
    ["gabriel-boric", "alvaro-elizalde"]),
  ["d15_presidencia_cl_20220311"])

P(T, C, "Díaz-Canel's own Spanish turn of 11 Jul 2021 says 'La orden de combate está dada'; 'The order to combat has been given' is its usual English rendering.",
  Q("en", "\"The order to combat has been given,\" Cuban President Miguel Díaz-Canel said on state television on July 11, 2021, urging revolutionaries to take to the streets.",
    "miguel-diaz-canel", "The order to combat has been given", "2021-07-11"),
  ["d15_presidencia_cu_20210711"])

P(T, C, "The White House's English readout of 25 Oct 2022 says Biden spoke with Sunak 'to congratulate him on becoming Prime Minister' and that they agreed to work together 'to support Ukraine and hold Russia accountable'.",
  E("es", "Joe Biden telefoneó el 25 de octubre de 2022 a Rishi Sunak para felicitarlo por su llegada a Downing Street, y ambos acordaron seguir apoyando a Ucrania y pedir cuentas a Rusia.",
    "Biden felicitó a Sunak por teléfono y acordaron apoyar a Ucrania y pedir cuentas a Rusia", "2022-10-25",
    ["joe-biden", "rishi-sunak"], event_type="call"),
  ["d15_wh_readout_20221025"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Trudeau's post is stamped 01:05 UTC on 15 Feb 2022, which is 20:05 on the 14th in Ottawa (EST, UTC-5); 'our government invoked the Emergencies Act' for the first time matches, and so does the local date.",
  S("en", "Justin Trudeau wrote on X on February 14, 2022 that his government had invoked the Emergencies Act for the first time to end the illegal blockades.",
    "justin-trudeau", "the government invoked the Emergencies Act for the first time to end the illegal blockades", "2022-02-14",
    channel="x", event_type="post"),
  ["d15_x_trudeau_20220214"])

P(T, C, "Boric's Spanish post is stamped 02:10 UTC on 20 Dec 2021, which is 23:10 on the 19th in Santiago (summer time, UTC-3), the night of the runoff; 'Seré el presidente de todas y todos los chilenos, de quienes votaron por nosotros y de quienes no lo hicieron' matches.",
  S("en", "Gabriel Boric pledged on X on December 19, 2021 to be the president of all Chileans, including those who did not vote for him.",
    "gabriel-boric", "he will be the president of all Chileans, including those who did not vote for him", "2021-12-19",
    channel="x", event_type="post"),
  ["d15_x_boric_20211219"])

P(T, C, "Díaz-Canel's post is stamped 02:10 UTC on 12 Jul 2021, which is 22:10 on the 11th in Havana (CDT, UTC-4); 'Hoy el pueblo revolucionario salió a las calles de Cuba a defender la Revolución' matches.",
  S("es", "Díaz-Canel escribió en X el 11 de julio de 2021 que el pueblo revolucionario había salido a las calles a defender la Revolución.",
    "miguel-diaz-canel", "el pueblo revolucionario salió a las calles a defender la Revolución", "2021-07-11",
    channel="x", event_type="post"),
  ["d15_x_diazcanel_20210711"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Brady's statement of 20 Oct 2022 says each candidate 'will need the nominations of at least 100 Conservative Members of Parliament'; «al menos cien diputados» is that figure.",
  S("es", "Graham Brady, presidente del Comité 1922, estableció el 20 de octubre de 2022 que cada aspirante al liderazgo conservador necesitaría el apoyo de al menos cien diputados.",
    "graham-brady", "cada aspirante al liderazgo conservador necesitará el apoyo de al menos cien diputados", "2022-10-20"),
  ["d15_tories_brady_20221020"])

P(T, C, "Servel's release of 19 Dec 2021 gives Boric 55,87 % and Kast 44,13 %; 'about 55.9%' and '44.1%' are those figures rounded.",
  E("en", "Gabriel Boric won Chile's presidential runoff on December 19, 2021 with about 55.9% of the vote, against 44.1% for José Antonio Kast.",
    "Gabriel Boric won the runoff with about 55.9% of the vote against 44.1% for Kast", "2021-12-19",
    ["gabriel-boric", "jose-antonio-kast"]),
  ["d15_servel_20211219"])

P(T, X, "Servel's release of 19 Dec 2021 gives Boric 55,87 % of the valid votes in the runoff, not 58 %.",
  E("es", "Gabriel Boric se impuso en la segunda vuelta presidencial del 19 de diciembre de 2021 con el 58 % de los votos.",
    "Gabriel Boric se impuso en la segunda vuelta con el 58 % de los votos", "2021-12-19", ["gabriel-boric"]),
  ["d15_servel_20211219"])

P(T, X, "The Interior Ministry's note of 13 Jul 2021 reports that 'resultó fallecido un ciudadano', Diubis Laurencio Tejeda, in the disturbances at La Güinera; it gives one death, not two.",
  S("es", "El Ministerio del Interior de Cuba informó el 13 de julio de 2021 de dos fallecidos en los disturbios del reparto La Güinera, en La Habana.",
    "minint-cuba", "hubo dos fallecidos en los disturbios de La Güinera", "2021-07-13"),
  ["d15_minint_20210713"])

P(T, U, "Trudeau's remarks of 23 Feb 2022 say that 'On Monday night, the House of Commons voted to confirm the declaration' but give no tally, so '185 to 151' is neither confirmed nor contradicted.",
  E("en", "Canada's House of Commons voted 185 to 151 on February 21, 2022 to confirm the Emergencies Act declaration.",
    "the House of Commons voted 185 to 151 to confirm the Emergencies Act declaration", "2022-02-21"),
  ["d15_pmo_pc_20220223"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Truss's resignation, pinned by 'I cannot deliver the mandate on which I was elected', is one statement, made in GOV.UK's transcript of Thursday 20 Oct 2022, not on the 21st.",
  S("en", "Liz Truss announced on October 21, 2022 that she was resigning as Conservative leader because she could not deliver the mandate on which she had been elected.",
    "liz-truss", "she is resigning as Conservative leader because she cannot deliver the mandate on which she was elected", "2022-10-21"),
  ["d15_gov_truss_20221020"])

P(T, X, "Leonor's oath before the Cortes Generales is one event, pinned by its place and her coming of age; the Casa Real dates it 'este martes, 31 de octubre', not Monday the 30th.",
  E("es", "La princesa Leonor juró la Constitución ante las Cortes Generales el lunes 30 de octubre de 2023.",
    "la princesa Leonor juró la Constitución ante las Cortes Generales", "2023-10-30", ["leonor-de-borbon"]),
  ["d15_casareal_20231031"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The first invocation of the Emergencies Act in Canada is one event; the PMO's transcript of Trudeau's remarks dates it 14 Feb 2022, not March.",
  E("es", "Justin Trudeau invocó en marzo de 2022, por primera vez en la historia de Canadá, la Ley de Emergencias para poner fin a los bloqueos.",
    "Trudeau invocó por primera vez en la historia de Canadá la Ley de Emergencias para poner fin a los bloqueos", "2022-03",
    ["justin-trudeau"]),
  ["d15_pmo_pc_20220214"])

P(T, X, "The runoff won with 55.87% against Kast is pinned by its result; Servel dates it Sunday 19 Dec 2021, not November (the first round, which no document here records, was a different vote).",
  E("en", "Gabriel Boric defeated José Antonio Kast in Chile's presidential runoff in November 2021, with 55.87% of the vote.",
    "Gabriel Boric defeated José Antonio Kast in the presidential runoff with 55.87% of the vote", "2021-11",
    ["gabriel-boric", "jose-antonio-kast"]),
  ["d15_servel_20211219"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Leonor's oath of 31 Oct 2023 is one event; the Casa Real places it in the Palacio del Congreso de los Diputados, not the Royal Palace, where the King gave her the Collar of Charles III afterwards.",
  E("en", "Princess Leonor swore her oath to Spain's Constitution at the Royal Palace in Madrid on October 31, 2023.",
    "Princess Leonor swore her oath to the Constitution at the Royal Palace in Madrid", "2023-10-31", ["leonor-de-borbon"]),
  ["d15_casareal_20231031"])

P(T, X, "Boric's assumption of office on 11 Mar 2022 is one event; the presidency's release places it at the Congreso Nacional in Valparaíso, where he received the sash, and La Moneda is where he spoke afterwards.",
  E("es", "Gabriel Boric asumió la presidencia de Chile el 11 de marzo de 2022 en una ceremonia en el Palacio de La Moneda, donde recibió la banda presidencial.",
    "Gabriel Boric asumió la presidencia de Chile en el Palacio de La Moneda, donde recibió la banda presidencial", "2022-03-11",
    ["gabriel-boric"]),
  ["d15_presidencia_cl_20220311"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "Sunak's audience at Buckingham Palace on 25 Oct 2022 is pinned; his own statement says he accepted 'His Majesty The King's invitation to form a government', not the Queen's.",
  E("en", "Rishi Sunak accepted Queen Elizabeth II's invitation to form a government at Buckingham Palace on October 25, 2022.",
    "Rishi Sunak accepted Queen Elizabeth II's invitation to form a government at Buckingham Palace", "2022-10-25",
    ["rishi-sunak", "elizabeth-ii"], event_type="meeting"),
  ["d15_gov_sunak_20221025"])

P(T, X, "The joint session of 31 Oct 2023 is pinned; the Casa Real says it was presided over by the president of the Congress, Francina Armengol, not Meritxell Batet.",
  E("es", "La princesa Leonor juró la Constitución el 31 de octubre de 2023 en una sesión de las Cortes presidida por Meritxell Batet.",
    "la princesa Leonor juró la Constitución en una sesión de las Cortes presidida por Meritxell Batet", "2023-10-31",
    ["leonor-de-borbon", "meritxell-batet"]),
  ["d15_casareal_20231031"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Trudeau's own turn of 14 Feb 2022 says 'We are not using the Emergencies Act to call in the military': the opposite of the claim.",
  S("en", "Justin Trudeau said on February 14, 2022 that the military would be called in under the Emergencies Act to clear the blockades.",
    "justin-trudeau", "the military will be called in under the Emergencies Act to clear the blockades", "2022-02-14"),
  ["d15_pmo_pc_20220214"])

P(T, X, "Sunak's own English turn of 25 Oct 2022 says of Truss 'She was not wrong to want to improve growth in this country: it is a noble aim': the opposite, in other words, of the claim (the mistakes he names are another matter).",
  S("es", "Rishi Sunak afirmó el 25 de octubre de 2022 que Liz Truss se había equivocado al querer impulsar el crecimiento económico.",
    "rishi-sunak", "Liz Truss se equivocó al querer impulsar el crecimiento económico", "2022-10-25"),
  ["d15_gov_sunak_20221025"])

P(T, X, "Boric's own post of the night of 19 Dec 2021 (02:10 UTC on the 20th, 23:10 in Santiago) says 'Seré el presidente de todas y todos los chilenos, de quienes votaron por nosotros y de quienes no lo hicieron': the opposite of the claim.",
  S("es", "Gabriel Boric dijo tras su victoria del 19 de diciembre de 2021 que sería el presidente solo de quienes votaron por él.",
    "gabriel-boric", "será el presidente solo de quienes votaron por él", "2021-12-19"),
  ["d15_x_boric_20211219"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "Sunak's statement of 25 Oct 2022 is pinned; his own turn says 'I will unite our country, not with words, but with action', not 'our party'.",
  Q("en", "\"I will unite our party, not with words, but with action,\" Rishi Sunak said in his first speech as prime minister in Downing Street on October 25, 2022.",
    "rishi-sunak", "I will unite our party, not with words, but with action", "2022-10-25"),
  ["d15_gov_sunak_20221025"])

P(T, U, "The claimed CNN Chile interview of 20 Dec 2021 is not among the sources, and Boric's post of the night before, another occasion, does not contain the words.",
  Q("es", "«Si Chile fue la cuna del neoliberalismo, también será su tumba», reiteró Gabriel Boric en una entrevista con CNN Chile el 20 de diciembre de 2021.",
    "gabriel-boric", "Si Chile fue la cuna del neoliberalismo, también será su tumba", "2021-12-20",
    channel="interview", event_type="interview"),
  ["d15_x_boric_20211219"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the PMO's transcript of 23 Feb 2022 ('will the government keep the emergency powers in place in case the convoys come back?'), and Trudeau answers 'No. The emergency powers end today'.",
  Q("es", "«El gobierno mantendrá los poderes de emergencia por si vuelven los convoyes», dijo Justin Trudeau el 23 de febrero de 2022.",
    "justin-trudeau", "El gobierno mantendrá los poderes de emergencia por si vuelven los convoyes", "2022-02-23"),
  ["d15_pmo_pc_20220223"])

P(T, U, "The words are Freeland's, in her own turn of the PMO's transcript of 14 Feb 2022, not Trudeau's.",
  Q("en", "\"If your truck is being used in these illegal blockades, your corporate accounts will be frozen,\" Justin Trudeau warned on February 14, 2022.",
    "justin-trudeau", "If your truck is being used in these illegal blockades, your corporate accounts will be frozen", "2022-02-14"),
  ["d15_pmo_pc_20220214"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The presidency's release records Piñera's videoconference with the president-elect on the night of Sunday 19 Dec 2021; nothing records a meeting on Monday the 20th, and nothing in the claim pins the videoconference.",
  E("es", "Sebastián Piñera y el presidente electo Gabriel Boric se reunieron el 20 de diciembre de 2021.",
    "Sebastián Piñera y Gabriel Boric se reunieron", "2021-12-20", ["sebastian-pinera", "gabriel-boric"], event_type="meeting"),
  ["d15_presidencia_cl_20211219"])

P(T, C, "Díaz-Canel's own turns in the transcript of the Mesa Redonda of 12 Jul 2021 call the blockade 'la causa principal de las dificultades' behind the unrest; his television appearance of the 11th sits next to it without moving it.",
  S("en", "Appearing on television with his ministers on July 12, 2021, Miguel Díaz-Canel blamed the U.S. embargo for the hardships behind the protests.",
    "miguel-diaz-canel", "the U.S. embargo is to blame for the hardships behind the protests", "2021-07-12"),
  ["d15_presidencia_cu_20210711", "d15_presidencia_cu_20210712"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The PMO's transcript of 23 Feb 2022 records Trudeau announcing the end of the Emergencies Act; no source records an announcement by Freeland, which it neither confirms nor excludes.",
  S("en", "Deputy Prime Minister Chrystia Freeland announced on February 23, 2022 that the federal government would stop using the Emergencies Act.",
    "chrystia-freeland", "the federal government will stop using the Emergencies Act", "2022-02-23"),
  ["d15_pmo_pc_20220223"])

P(T, C, "Freeland's own turn in the PMO's transcript of 14 Feb 2022 says 'a bank or other financial service provider will be able to immediately freeze or suspend an account without a court order'; Trudeau's turns in the same transcript sit next to it without moving it.",
  S("es", "Chrystia Freeland anunció el 14 de febrero de 2022 que los bancos podrían congelar cuentas de inmediato, sin necesidad de una orden judicial.",
    "chrystia-freeland", "los bancos podrán congelar cuentas de inmediato sin orden judicial", "2022-02-14"),
  ["d15_pmo_pc_20220214"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The Casa Real's note of 31 Oct 2023 reports Leonor's oath of the Constitution before the Cortes; a 'jura de bandera' is another ceremony, which no source here records.",
  E("es", "La princesa Leonor juró bandera el 31 de octubre de 2023, el día en que cumplió 18 años.",
    "la princesa Leonor juró bandera", "2023-10-31", ["leonor-de-borbon"]),
  ["d15_casareal_20231031"])

P(T, C, "Sunak's own statement of 25 Oct 2022 says he accepted the King's invitation to form a government and speaks as 'your Prime Minister'; the Conservative Party's release of the 24th, on his election as party leader, sits next to it without moving it.",
  E("en", "Rishi Sunak became Britain's prime minister on October 25, 2022.",
    "Rishi Sunak became Britain's prime minister", "2022-10-25", ["rishi-sunak"]),
  ["d15_tories_brady_20221024", "d15_gov_sunak_20221025"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The White House readout of 25 Oct 2022 says only that the leaders 'reaffirmed the special relationship'; a summary does not confirm the quoted sentence.",
  Q("en", "\"The special relationship between our two countries has never been stronger,\" Joe Biden told Rishi Sunak in a phone call on October 25, 2022.",
    "joe-biden", "The special relationship between our two countries has never been stronger", "2022-10-25",
    channel="phone_call", event_type="call"),
  ["d15_wh_readout_20221025"])

P(T, U, "The Casa Real's note of 31 Oct 2023 summarises Leonor's words at the Royal Palace ('agradeció el cariño recibido y expresó su compromiso de servir a España') and quotes none of them.",
  Q("es", "«Pido a los españoles que confíen en mí», dijo la princesa Leonor en el Palacio Real el 31 de octubre de 2023.",
    "leonor-de-borbon", "Pido a los españoles que confíen en mí", "2023-10-31"),
  ["d15_casareal_20231031"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only BBC News, a media outlet, reports the 45 days and the record; GOV.UK's transcript is not among this pair's sources.",
  E("en", "Liz Truss resigned on October 20, 2022 after 45 days in office, the shortest tenure of any British prime minister.",
    "Liz Truss resigned after 45 days in office, the shortest tenure of any British prime minister", "2022-10-20",
    ["liz-truss"]),
  ["d15_bbc_20221020"])

P(T, U, "Only El País, a media outlet, reports which parties stayed away from the session.",
  E("es", "Los diputados y senadores de ERC, Junts, EH Bildu, PNV y BNG no asistieron el 31 de octubre de 2023 a la jura de la Constitución de la princesa Leonor.",
    "ERC, Junts, EH Bildu, PNV y BNG no asistieron a la jura de la Constitución de la princesa Leonor", "2023-10-31",
    ["leonor-de-borbon"]),
  ["d15_elpais_20231031"])

P(T, U, "Only El País, a media outlet, reports the scale of the protests; the Cuban presidency's transcript is not among this pair's sources.",
  E("es", "Miles de cubanos se manifestaron el 11 de julio de 2021 en San Antonio de los Baños, La Habana y otras ciudades al grito de «libertad».",
    "miles de cubanos se manifestaron en San Antonio de los Baños, La Habana y otras ciudades al grito de libertad", "2021-07-11"),
  ["d15_elpais_20210711"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Truss's resignation is in GOV.UK's transcript of her statement in Downing Street; no post of hers is among the sources, and the claim is about X.",
  S("es", "Liz Truss anunció en X el 20 de octubre de 2022 que dimitía como líder del Partido Conservador.",
    "liz-truss", "dimite como líder del Partido Conservador", "2022-10-20", channel="x", event_type="post"),
  ["d15_gov_truss_20221020"])

P(T, U, "Díaz-Canel's words are in the presidency's transcript of his television appearance of 11 Jul 2021; no post of his with these words is among the sources, and the claim is about X.",
  Q("en", "\"The order to combat has been given,\" Miguel Díaz-Canel posted on X on July 11, 2021.",
    "miguel-diaz-canel", "The order to combat has been given", "2021-07-11", channel="x", event_type="post"),
  ["d15_presidencia_cu_20210711"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the transcript in fact has Sunak 'pay tribute to my predecessor, Liz Truss').",
  S("en", "Rishi Sunak did not mention Liz Truss in his first speech as prime minister on October 25, 2022.",
    "rishi-sunak", "the speech did not mention Liz Truss", "2022-10-25", absence=True),
  ["d15_gov_sunak_20221025"])

P(T, U, "Absence claims are always unverified (here the transcript in fact has Boric cite 'Salvador Allende').",
  S("es", "Gabriel Boric no mencionó a Salvador Allende en su discurso desde La Moneda del 11 de marzo de 2022.",
    "gabriel-boric", "el discurso no mencionó a Salvador Allende", "2022-03-11", absence=True),
  ["d15_presidencia_cl_speech_20220311"])
