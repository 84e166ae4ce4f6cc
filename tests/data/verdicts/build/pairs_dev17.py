"""Claims, labels and notes of the seventeenth development set (dev17.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev16), applied to the documents in docs_dev17.py alone,
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

P(T, C, "Biden's own statement, published by the White House on 7 Jul 2021, says 'We condemn this heinous act' about the assassination of President Moïse.",
  Q("en", "\"We condemn this heinous act,\" President Joe Biden said in a statement on July 7, 2021, hours after Haitian President Jovenel Moïse was assassinated.",
    "joe-biden", "We condemn this heinous act", "2021-07-07"),
  ["d17_wh_biden_20210707"])

P(T, C, "Duque's own turn in the presidency's transcript of his alocución of 2 May 2021 at the Casa de Nariño says 'le solicito al Congreso de la República el retiro del proyecto radicado por el Ministerio de Hacienda'.",
  Q("es", "«Le solicito al Congreso de la República el retiro del proyecto radicado por el Ministerio de Hacienda», dijo Iván Duque en una alocución desde la Casa de Nariño el 2 de mayo de 2021.",
    "ivan-duque", "Le solicito al Congreso de la República el retiro del proyecto radicado por el Ministerio de Hacienda", "2021-05-02"),
  ["d17_presidencia_co_20210502"])

P(T, C, "The Finance Ministry's comunicado of 3 May 2021 gives Carrasquilla's own words on resigning: 'Mi continuidad en el Gobierno dificultaría la construcción rápida y eficiente de los consensos necesarios'.",
  Q("es", "«Mi continuidad en el Gobierno dificultaría la construcción rápida y eficiente de los consensos necesarios», argumentó Alberto Carrasquilla al renunciar al Ministerio de Hacienda el 3 de mayo de 2021.",
    "alberto-carrasquilla", "Mi continuidad en el Gobierno dificultaría la construcción rápida y eficiente de los consensos necesarios", "2021-05-03"),
  ["d17_minhacienda_20210503"])

P(T, C, "Thomas-Greenfield's own turn in the Security Council's verbatim record of 25 Feb 2022 (S/PV.8979) says 'Russia, you can veto this resolution, but you cannot veto our voices'.",
  Q("en", "\"Russia, you can veto this resolution, but you cannot veto our voices,\" U.S. Ambassador Linda Thomas-Greenfield told the Security Council on February 25, 2022.",
    "linda-thomas-greenfield", "Russia, you can veto this resolution, but you cannot veto our voices", "2022-02-25"),
  ["d17_un_spv_20220225"])

P(T, C, "Johnson's own turn in GOV.UK's transcript of his statement in Downing Street of 7 Jul 2022 says 'when the herd moves, it moves'.",
  Q("en", "\"When the herd moves, it moves,\" Boris Johnson said outside Downing Street on July 7, 2022, as he announced that he would step down as Conservative leader.",
    "boris-johnson", "When the herd moves, it moves", "2022-07-07"),
  ["d17_gov_johnson_20220707"])

P(T, C, "The Peruvian Congress's note of 28 Jul 2021 says Castillo swore as President before it and that its president, María del Carmen Alva, 'le tomó juramento y le impuso la banda presidencial'.",
  E("es", "Pedro Castillo juró el 28 de julio de 2021 como presidente del Perú ante el Congreso, cuya presidenta, María del Carmen Alva, le impuso la banda presidencial.",
    "Pedro Castillo juró como presidente ante el Congreso y María del Carmen Alva le impuso la banda presidencial", "2021-07-28",
    ["pedro-castillo", "maria-del-carmen-alva"]),
  ["d17_congreso_pe_20210728"])

P(T, C, "Biden's own statement of 7 Nov 2021 says Ortega and Murillo 'orchestrated today' 'a pantomime election that was neither free nor fair, and most certainly not democratic'.",
  Q("en", "Joe Biden called Nicaragua's vote of November 7, 2021 \"a pantomime election that was neither free nor fair, and most certainly not democratic.\"",
    "joe-biden", "a pantomime election that was neither free nor fair, and most certainly not democratic", "2021-11-07"),
  ["d17_wh_biden_20211107"])

P(T, C, "The Dominican presidency's release of 7 Jul 2021 says Abinader 'dispuso este miércoles el cierre inmediato de la frontera con Haití' after Moïse's assassination.",
  S("es", "El presidente dominicano, Luis Abinader, ordenó el 7 de julio de 2021 el cierre inmediato de la frontera con Haití tras el asesinato de Jovenel Moïse.",
    "luis-abinader", "Abinader ordenó el cierre inmediato de la frontera con Haití", "2021-07-07"),
  ["d17_presidencia_rd_20210707"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Biden's English statement of 7 Jul 2021 opens 'We are shocked and saddened to hear of the horrific assassination of President Jovenel Moïse'; the Spanish quote is its translation.",
  Q("es", "«Estamos conmocionados y entristecidos por el horrible asesinato del presidente Jovenel Moïse», afirmó Joe Biden en un comunicado el 7 de julio de 2021.",
    "joe-biden", "Estamos conmocionados y entristecidos por el horrible asesinato del presidente Jovenel Moïse", "2021-07-07"),
  ["d17_wh_biden_20210707"])

P(T, C, "Duque's own Spanish turn of 2 May 2021 asks Congress for 'el retiro del proyecto radicado por el Ministerio de Hacienda' and to 'tramitar de manera urgente un nuevo proyecto fruto de los consensos'; the English claim reports it.",
  S("en", "Colombian President Iván Duque asked Congress on May 2, 2021 to withdraw the tax reform bill filed by the Finance Ministry and to fast-track a new bill built on consensus.",
    "ivan-duque", "Duque asked Congress to withdraw the bill filed by the Finance Ministry and to process urgently a new one built on consensus", "2021-05-02"),
  ["d17_presidencia_co_20210502"])

P(T, C, "Johnson's own English turn of 7 Jul 2022 says 'I want you to know how sad I am to be giving up the best job in the world'; the Spanish quote is its translation.",
  Q("es", "«Quiero que sepan lo triste que estoy por dejar el mejor trabajo del mundo», dijo Boris Johnson el 7 de julio de 2022 frente al número 10 de Downing Street.",
    "boris-johnson", "Quiero que sepan lo triste que estoy por dejar el mejor trabajo del mundo", "2022-07-07"),
  ["d17_gov_johnson_20220707"])

P(T, C, "Castillo's own Spanish turn in his Mensaje a la Nación of 28 Jul 2021 says 'No gobernaré desde la Casa de Pizarro'; the English quote is its translation.",
  Q("en", "\"I will not govern from the House of Pizarro,\" Pedro Castillo said in his first address to the nation after being sworn in as Peru's president on July 28, 2021.",
    "pedro-castillo", "I will not govern from the House of Pizarro", "2021-07-28"),
  ["d17_presidencia_pe_mensaje_20210728"])

P(T, C, "The UN's English release of 2 Mar 2022 (GA/12407) says the Assembly 'demanded that the Russian Federation immediately, completely and unconditionally withdraw all of its military forces from the territory of Ukraine'; the Spanish claim reports it.",
  S("es", "La Asamblea General de la ONU exigió el 2 de marzo de 2022 que Rusia retire de inmediato, por completo y sin condiciones todas sus fuerzas militares del territorio de Ucrania.",
    "united-nations", "Rusia debe retirar de inmediato, por completo y sin condiciones todas sus fuerzas militares de Ucrania", "2022-03-02"),
  ["d17_un_ga_20220302"])

P(T, C, "The Consejo Supremo Electoral's Spanish report of 8 Nov 2021 gives the FSLN of Ortega and Murillo '74,99 % de los votos válidos' 'con el 49,25 % de las juntas receptoras de votos escrutadas'; 'about half' is 49.25 %.",
  S("en", "Nicaragua's Supreme Electoral Council said on November 8, 2021 that Daniel Ortega's Sandinista Front had 74.99% of the vote, with about half of the tally sheets counted.",
    "cse-nicaragua", "Ortega's Sandinista Front had 74.99% of the vote with about half of the tally sheets counted", "2021-11-08"),
  ["d17_cse_20211108"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Molano's post is stamped 01:50 UTC on 9 Jul 2021, which is 20:50 on the 8th in Bogotá (UTC-5); 'se trata de ciudadanos colombianos, miembros retirados del Ejército Nacional' matches, and so does the local date.",
  S("es", "El ministro de Defensa, Diego Molano, informó en X el 8 de julio de 2021 que los colombianos señalados por el magnicidio en Haití serían militares retirados del Ejército.",
    "diego-molano", "los colombianos señalados por el magnicidio en Haití serían militares retirados del Ejército", "2021-07-08",
    channel="x", event_type="post"),
  ["d17_x_molano_20210708"])

P(T, C, "Thomas-Greenfield's post is stamped 01:30 UTC on 26 Feb 2022, which is 20:30 on the 25th in New York (EST, UTC-5); 'Russia cannot veto the truth, and it cannot veto the Ukrainian people' matches.",
  S("en", "Linda Thomas-Greenfield wrote on X on February 25, 2022 that Russia had vetoed the resolution but could not veto the truth or the Ukrainian people.",
    "linda-thomas-greenfield", "Russia vetoed the resolution but cannot veto the truth or the Ukrainian people", "2022-02-25",
    channel="x", event_type="post"),
  ["d17_x_ltg_20220225"])

P(T, C, "The Peruvian presidency's Spanish post is stamped 04:50 UTC on 30 Jul 2021, which is 23:50 on the 29th in Lima (UTC-5); 'Esta noche, en el Gran Teatro Nacional, el presidente Pedro Castillo tomó juramento a los ministros' matches.",
  S("en", "Peru's presidency said on X on July 29, 2021 that Pedro Castillo had sworn in his ministers that night at the Gran Teatro Nacional.",
    "peru-presidency", "Castillo swore in his ministers that night at the Gran Teatro Nacional", "2021-07-29",
    channel="x", event_type="post"),
  ["d17_x_presidencia_pe_20210729"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The UN's release of 2 Mar 2022 gives 'a recorded vote of 141 in favour to 5 against … with 35 abstentions'; 'cinco' is 5.",
  E("es", "La Asamblea General de la ONU aprobó el 2 de marzo de 2022 la resolución contra la agresión rusa a Ucrania con 141 votos a favor, cinco en contra y 35 abstenciones.",
    "la Asamblea General aprobó la resolución contra la agresión rusa a Ucrania con 141 votos a favor, 5 en contra y 35 abstenciones", "2022-03-02",
    ["united-nations"]),
  ["d17_un_ga_20220302"])

P(T, C, "Castillo's own turn of 28 Jul 2021 says 'Los delincuentes extranjeros tendrán 72 horas de plazo, a partir de la fecha, para salir del país'.",
  S("en", "In his inaugural address on July 28, 2021, Peruvian President Pedro Castillo gave foreign criminals 72 hours to leave the country.",
    "pedro-castillo", "foreign criminals have 72 hours to leave the country", "2021-07-28"),
  ["d17_presidencia_pe_mensaje_20210728"])

P(T, X, "The UN's release of 25 Feb 2022 (SC/14808) says the draft 'received 11 votes in favour to 1 against … with 3 abstentions', not 12.",
  E("en", "The Security Council draft resolution on Ukraine that Russia vetoed on February 25, 2022 won 12 votes in favour.",
    "the Security Council draft resolution vetoed by Russia won 12 votes in favour", "2022-02-25", ["united-nations"]),
  ["d17_un_sc_20220225"])

P(T, X, "The Consejo Supremo Electoral's report gives the FSLN's ticket '74,99 % de los votos válidos'; 65,34 % is the turnout it reports, not Ortega's share (the final count, not in this pair, is not 65,34 % either).",
  S("es", "Según el Consejo Supremo Electoral, Daniel Ortega obtuvo el 65,34 % de los votos en las elecciones del 7 de noviembre de 2021.",
    "cse-nicaragua", "Daniel Ortega obtuvo el 65,34 % de los votos", "2021-11-07"),
  ["d17_cse_20211108"])

P(T, U, "Duque's alocución of 2 May 2021 names the programmes the reform was to fund but gives no revenue figure, so '23,4 billones de pesos' in his mouth is neither confirmed nor contradicted.",
  S("es", "Iván Duque dijo en su alocución del 2 de mayo de 2021 que la reforma que pidió retirar buscaba recaudar 23,4 billones de pesos.",
    "ivan-duque", "la reforma retirada buscaba recaudar 23,4 billones de pesos", "2021-05-02"),
  ["d17_presidencia_co_20210502"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The Assembly's vote of 141 to 5 is one event, pinned by its result; the UN's release of Wednesday 2 Mar 2022 says the Assembly adopted it 'today', not on the 3rd.",
  E("en", "The UN General Assembly voted 141 to 5 on March 3, 2022 to demand that Russia withdraw its troops from Ukraine.",
    "the General Assembly voted 141 to 5 to demand that Russia withdraw its troops from Ukraine", "2022-03-03", ["united-nations"]),
  ["d17_un_ga_20220302"])

P(T, X, "The request to Congress to withdraw the bill is made 'hoy' in Duque's alocución of Sunday 2 May 2021; the same transcript names Friday 30 April as the day he announced a new text built on consensus, another step.",
  S("es", "Iván Duque pidió el 30 de abril de 2021 al Congreso el retiro del proyecto de reforma tributaria radicado por el Ministerio de Hacienda.",
    "ivan-duque", "Duque pidió al Congreso el retiro del proyecto de reforma tributaria radicado por el Ministerio de Hacienda", "2021-04-30"),
  ["d17_presidencia_co_20210502"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Castillo's oath before Congress is one event; the Congress's note dates it 'este miércoles 28 de julio', the day of the Bicentenary, not August.",
  E("es", "Pedro Castillo juró como presidente del Perú ante el Congreso de la República en agosto de 2021.",
    "Pedro Castillo juró como presidente del Perú ante el Congreso", "2021-08", ["pedro-castillo"]),
  ["d17_congreso_pe_20210728"])

P(T, X, "Johnson's announcement that he would step down as Conservative leader is one event; GOV.UK's transcript dates his statement 7 July 2022, not June.",
  E("en", "Boris Johnson announced in June 2022 that he would step down as leader of the Conservative Party.",
    "Boris Johnson announced he would step down as Conservative leader", "2022-06", ["boris-johnson"]),
  ["d17_gov_johnson_20220707"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The assassination is one event; the Acting Prime Minister's communiqué places the attack at 'the private residence of the President of the Republic', not the National Palace.",
  E("es", "El presidente de Haití, Jovenel Moïse, fue asesinado en la madrugada del 7 de julio de 2021 en el Palacio Nacional de Puerto Príncipe.",
    "Jovenel Moïse fue asesinado en el Palacio Nacional de Puerto Príncipe", "2021-07-07", ["jovenel-moise"]),
  ["d17_primature_20210707"])

P(T, X, "Castillo's oath of 28 Jul 2021 is one event; the Congress's note places it 'en el hemiciclo del Palacio Legislativo', in Lima (the symbolic ceremony at the Pampa de la Quinua was on the 29th, in a document not in this pair).",
  E("en", "Pedro Castillo was sworn in as Peru's president on July 28, 2021 at the Pampa de la Quinua, in Ayacucho.",
    "Pedro Castillo was sworn in as president at the Pampa de la Quinua in Ayacucho", "2021-07-28", ["pedro-castillo"]),
  ["d17_congreso_pe_20210728"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The oath of 28 Jul 2021 is pinned; the Congress's note says its president, María del Carmen Alva, took the oath and put on the sash, not Mirtha Vásquez.",
  E("es", "La presidenta del Congreso, Mirtha Vásquez, tomó juramento a Pedro Castillo y le impuso la banda presidencial el 28 de julio de 2021.",
    "Mirtha Vásquez tomó juramento a Pedro Castillo y le impuso la banda presidencial", "2021-07-28",
    ["mirtha-vasquez", "pedro-castillo"]),
  ["d17_congreso_pe_20210728"])

P(T, X, "The vote on the draft vetoed by Russia on 25 Feb 2022 is pinned; the UN's release names the three abstentions as China, India and the United Arab Emirates, not Brazil.",
  E("en", "China, India and Brazil abstained on February 25, 2022 when Russia vetoed the Security Council draft resolution on Ukraine.",
    "China, India and Brazil abstained on the Security Council draft resolution that Russia vetoed", "2022-02-25"),
  ["d17_un_sc_20220225"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Johnson's own turn of 7 Jul 2022 says he has appointed a Cabinet 'that will serve, as I will, until a new leader is in place': the opposite of leaving office at once.",
  S("en", "Boris Johnson said on July 7, 2022 that he would leave office as prime minister immediately rather than stay on until a successor was chosen.",
    "boris-johnson", "Johnson will leave office immediately rather than stay on until a successor is chosen", "2022-07-07"),
  ["d17_gov_johnson_20220707"])

P(T, X, "Castillo's own turn of 28 Jul 2021 says 'No gobernaré desde la Casa de Pizarro' and that the palace will become a museum: the opposite of the claim.",
  S("es", "Pedro Castillo anunció el 28 de julio de 2021 que despacharía desde la Casa de Pizarro, el tradicional Palacio de Gobierno.",
    "pedro-castillo", "Castillo despachará desde la Casa de Pizarro", "2021-07-28"),
  ["d17_presidencia_pe_mensaje_20210728"])

P(T, X, "Biden's own statement of 7 Nov 2021 says the Ortega-Murillo family is 'now without a democratic mandate': the opposite of recognising one.",
  S("es", "Joe Biden reconoció el 7 de noviembre de 2021 que Daniel Ortega contaba con un mandato democrático tras las elecciones en Nicaragua.",
    "joe-biden", "Daniel Ortega cuenta con un mandato democrático", "2021-11-07"),
  ["d17_wh_biden_20211107"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "Johnson's statement in Downing Street on 7 Jul 2022 is pinned; his own turn says 'when the herd moves, it moves', not 'the party'.",
  Q("en", "\"When the party moves, it moves,\" Boris Johnson said outside Downing Street on July 7, 2022.",
    "boris-johnson", "When the party moves, it moves", "2022-07-07"),
  ["d17_gov_johnson_20220707"])

P(T, U, "The claimed Caracol Radio interview of 4 May 2021 is not among the sources, and the alocución of 2 May, another occasion, does not contain the words.",
  Q("es", "«Escuchamos el mensaje de las calles y vamos a corregir», aseguró Iván Duque en una entrevista con Caracol Radio el 4 de mayo de 2021.",
    "ivan-duque", "Escuchamos el mensaje de las calles y vamos a corregir", "2021-05-04", channel="interview", event_type="interview"),
  ["d17_presidencia_co_20210502"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the transcript of the press conference of 9 Jul 2021 ('¿hay militares activos entre los detenidos en Haití?'), and Navarro answers 'No. Ninguno de los capturados está en servicio activo'.",
  Q("es", "«Hay militares activos entre los detenidos en Haití», afirmó el comandante de las Fuerzas Militares, general Luis Fernando Navarro, el 9 de julio de 2021.",
    "luis-fernando-navarro", "Hay militares activos entre los detenidos en Haití", "2021-07-09"),
  ["d17_ffmm_pc_20210709"])

P(T, U, "The words are Barbara Woodward's, in her own turn of the Security Council's verbatim record of 25 Feb 2022, not Thomas-Greenfield's.",
  Q("en", "\"Make no mistake, Russia is isolated,\" U.S. Ambassador Linda Thomas-Greenfield told the Security Council on February 25, 2022.",
    "linda-thomas-greenfield", "Make no mistake, Russia is isolated", "2022-02-25"),
  ["d17_un_spv_20220225"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Finance Ministry's comunicado records Carrasquilla meeting Duque at the Casa de Nariño on Monday 3 May 2021; nothing records a meeting on Tuesday the 4th, and nothing in the claim pins the resignation.",
  E("es", "Iván Duque y Alberto Carrasquilla se reunieron el 4 de mayo de 2021.",
    "Iván Duque y Alberto Carrasquilla se reunieron", "2021-05-04", ["ivan-duque", "alberto-carrasquilla"], event_type="meeting"),
  ["d17_minhacienda_20210503"])

P(T, C, "The Finance Ministry's comunicado of 3 May 2021 says Carrasquilla 'presentó su renuncia' 'este lunes' and that 'El Presidente la aceptó', and Duque's post of the 3rd says he accepted it; Duque's alocución of the 2nd sits next to them without moving the date.",
  E("en", "Colombia's finance minister Alberto Carrasquilla resigned on May 3, 2021, and President Iván Duque accepted his resignation.",
    "Alberto Carrasquilla resigned as finance minister and Duque accepted his resignation", "2021-05-03",
    ["alberto-carrasquilla", "ivan-duque"]),
  ["d17_presidencia_co_20210502", "d17_minhacienda_20210503", "d17_x_duque_20210503"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "Molano's post of the evening of 8 Jul 2021 records his own statement that the suspects were retired Colombian soldiers; no source records the foreign minister saying it, which his post neither confirms nor excludes.",
  S("es", "La canciller Marta Lucía Ramírez dijo el 8 de julio de 2021 que los colombianos implicados en el asesinato del presidente de Haití eran militares retirados del Ejército.",
    "marta-lucia-ramirez", "los colombianos implicados en el asesinato del presidente de Haití eran militares retirados del Ejército", "2021-07-08"),
  ["d17_x_molano_20210708"])

P(T, C, "Sunak's own post of 5 Jul 2022 (17:11 UTC, 18:11 in London) says 'The public rightly expect government to be conducted properly, competently and seriously' as he resigns as Chancellor; Javid's resignation post of the same evening sits next to it without moving it.",
  Q("en", "\"The public rightly expect government to be conducted properly, competently and seriously,\" Rishi Sunak wrote on X on July 5, 2022 as he resigned as Chancellor.",
    "rishi-sunak", "The public rightly expect government to be conducted properly, competently and seriously", "2022-07-05",
    channel="x", event_type="post"),
  ["d17_x_javid_20220705", "d17_x_sunak_20220705"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The only source is the UN's release of 2 Mar 2022 on resolution ES-11/1 (141 to 5); the Assembly's vote of 24 Mar 2022 on the humanitarian consequences of the aggression is another resolution, which no source here records.",
  E("en", "On March 24, 2022, the UN General Assembly adopted by 140 votes a resolution on the humanitarian consequences of Russia's aggression against Ukraine.",
    "the General Assembly adopted by 140 votes a resolution on the humanitarian consequences of Russia's aggression against Ukraine", "2022-03-24",
    ["united-nations"]),
  ["d17_un_ga_20220302"])

P(T, C, "UN News's Spanish story of Wednesday 2 Mar 2022 says the Assembly 'aprobó este miércoles … una resolución que deplora en los términos más enérgicos la agresión de Rusia contra Ucrania'; the Security Council's failed draft of 25 Feb, next to it, does not move it.",
  E("es", "La Asamblea General de la ONU deploró el 2 de marzo de 2022, en los términos más enérgicos, la agresión de Rusia contra Ucrania.",
    "la Asamblea General deploró en los términos más enérgicos la agresión de Rusia contra Ucrania", "2022-03-02",
    ["united-nations"]),
  ["d17_un_sc_20220225", "d17_un_news_es_20220302"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The presidency's note of 29 Jul 2021 summarises Castillo's speech at the Pampa de la Quinua ('convocó a los peruanos a trabajar unidos por un país más justo, digno y humano') and quotes only Bellido; a summary does not confirm the quoted sentence.",
  Q("es", "«Convoco a mi pueblo a luchar juntos, unidos como nación», dijo Pedro Castillo en la Pampa de la Quinua el 29 de julio de 2021.",
    "pedro-castillo", "Convoco a mi pueblo a luchar juntos, unidos como nación", "2021-07-29"),
  ["d17_presidencia_pe_20210729"])

P(T, U, "The Dominican presidency's release of 7 Jul 2021 reports in its own words that Abinader condemned the assassination, 'que calificó de atentado contra el orden democrático'; the paraphrase quotes none of his words and lacks 'of Haiti and the region'.",
  Q("en", "Dominican President Luis Abinader said on July 7, 2021 that Moïse's assassination \"is an attack on the democratic order of Haiti and the region.\"",
    "luis-abinader", "is an attack on the democratic order of Haiti and the region", "2021-07-07"),
  ["d17_presidencia_rd_20210707"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only EFE, a news agency, reports the death toll of the protests; no primary or official source is among this pair's documents.",
  E("es", "Al menos 19 personas habían muerto hasta el 3 de mayo de 2021 en las protestas contra la reforma tributaria en Colombia.",
    "al menos 19 personas han muerto en las protestas contra la reforma tributaria", "2021-05-03"),
  ["d17_efe_20210503"])

P(T, U, "Only the BBC, a media outlet, counts the resignations; Johnson's statement and the resignation posts are not among this pair's sources.",
  E("en", "More than 50 ministers and aides had quit Boris Johnson's government by July 7, 2022, when he announced he would step down.",
    "more than 50 ministers and aides had quit Johnson's government", "2022-07-07", ["boris-johnson"]),
  ["d17_bbc_20220707"])

P(T, U, "Only Reuters, a news agency, reports the Haitian police chief's count of 26 Colombians and two Haitian Americans; no primary or official source is among this pair's documents.",
  E("en", "Haitian police said on July 8, 2021 that the commando that killed President Jovenel Moïse was made up of 26 Colombians and two Haitian Americans.",
    "the commando that killed Moïse was made up of 26 Colombians and two Haitian Americans", "2021-07-08", ["jovenel-moise"]),
  ["d17_reuters_20210708"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Johnson's words are in GOV.UK's transcript of his statement of 7 Jul 2022; no post of his is among the sources, and the claim is about X.",
  Q("en", "Boris Johnson wrote on X on July 7, 2022 that he was sad to be giving up \"the best job in the world.\"",
    "boris-johnson", "the best job in the world", "2022-07-07", channel="x", event_type="post"),
  ["d17_gov_johnson_20220707"])

P(T, U, "Castillo's words are in the presidency's transcript of his Mensaje a la Nación of 28 Jul 2021; no post of his is among the sources, and the claim is about X.",
  Q("es", "Pedro Castillo escribió en X el 28 de julio de 2021: «No gobernaré desde la Casa de Pizarro».",
    "pedro-castillo", "No gobernaré desde la Casa de Pizarro", "2021-07-28", channel="x", event_type="post"),
  ["d17_presidencia_pe_mensaje_20210728"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the transcript in fact has Johnson speak of 'standing up to Putin's aggression in Ukraine').",
  S("en", "Boris Johnson did not mention Ukraine in his resignation statement outside Downing Street on July 7, 2022.",
    "boris-johnson", "the statement did not mention Ukraine", "2022-07-07", absence=True),
  ["d17_gov_johnson_20220707"])

P(T, U, "Absence claims are always unverified (here the transcript in fact has Duque name 'el Ingreso Solidario, que hoy llega a más de 3,4 millones de hogares').",
  S("es", "Iván Duque no mencionó el programa Ingreso Solidario en su alocución del 2 de mayo de 2021.",
    "ivan-duque", "la alocución no mencionó el Ingreso Solidario", "2021-05-02", absence=True),
  ["d17_presidencia_co_20210502"])
