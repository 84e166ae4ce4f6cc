"""Claims, labels and notes of the forty-fourth development set (dev44.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev42), applied to the documents in docs_dev44.py alone,
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

P(T, C, "The Guatemalan foreign ministry's comunicado of 7 Jan 2019 says the Government notified the UN Secretary-General 'hoy' of the termination of the agreement that set up the CICIG and 'concede un plazo de 24 horas para que el personal de la CICIG abandone el territorio nacional'; the claim abridges it faithfully.",
  E("es", "Guatemala notificó el 7 de enero de 2019 a la ONU que ponía fin al acuerdo que creó la CICIG y dio 24 horas al personal de la comisión para salir del país.",
    "Guatemala notificó a la ONU el fin del acuerdo que creó la CICIG y dio 24 horas a su personal para salir del país", "2019-01-07",
    ["guatemala-government", "united-nations", "cicig"]),
  ["d44_minex_gt_20190107"])

P(T, C, "Duque's own address of 18 Jan 2019 says 'he ordenado levantar la suspensión de las órdenes de captura de los diez integrantes del ELN que conforman la delegación de esa organización en Cuba'.",
  Q("es", "«He ordenado levantar la suspensión de las órdenes de captura de los diez integrantes del ELN que conforman la delegación de esa organización en Cuba», anunció el presidente Iván Duque el 18 de enero de 2019.",
    "ivan-duque", "He ordenado levantar la suspensión de las órdenes de captura de los diez integrantes del ELN que conforman la delegación de esa organización en Cuba", "2019-01-18"),
  ["d44_presidencia_duque_20190118"])

P(T, C, "May's own statement in Downing Street of 24 May 2019 says 'It is, and will always remain, a matter of deep regret to me that I have not been able to deliver Brexit'.",
  Q("en", "\"It is, and will always remain, a matter of deep regret to me that I have not been able to deliver Brexit,\" Theresa May said on May 24, 2019.",
    "theresa-may", "It is, and will always remain, a matter of deep regret to me that I have not been able to deliver Brexit", "2019-05-24"),
  ["d44_gov_may_20190524"])

P(T, C, "FIFA's report of 18 Dec 2022 says Argentina beat France '4-2 on penalties in the final ... at Lusail Stadium, following a 3-3 draw after extra time'.",
  E("en", "Argentina won the World Cup on December 18, 2022, beating France 4-2 on penalties at Lusail Stadium after the final ended 3-3.",
    "Argentina won the World Cup, beating France 4-2 on penalties at Lusail Stadium after a 3-3 draw", "2022-12-18"),
  ["d44_fifa_20221218"])

P(T, C, "La Moncloa's reference of the Council of Ministers of 28 Sep 2021 gives the 'ACUERDO por el que se declara la isla de La Palma zona afectada gravemente por una emergencia de protección civil' over the eruption of Cumbre Vieja.",
  E("es", "El Consejo de Ministros declaró el 28 de septiembre de 2021 la isla de La Palma zona afectada gravemente por una emergencia de protección civil, por la erupción del volcán de Cumbre Vieja.",
    "el Consejo de Ministros declaró La Palma zona afectada gravemente por una emergencia de protección civil", "2021-09-28",
    ["spain-government"]),
  ["d44_moncloa_cm_20210928"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "May's own statement of 24 May 2019 says 'I do so with no ill will, but with enormous and enduring gratitude to have had the opportunity to serve the country I love'; the Spanish quote is its translation.",
  Q("es", "«Lo hago sin rencor, pero con una gratitud enorme y duradera por haber tenido la oportunidad de servir al país que amo», dijo Theresa May el 24 de mayo de 2019 al anunciar su dimisión.",
    "theresa-may", "Lo hago sin rencor, pero con una gratitud enorme y duradera por haber tenido la oportunidad de servir al país que amo", "2019-05-24"),
  ["d44_gov_may_20190524"])

P(T, C, "Duque's own address of 18 Jan 2019 says 'Colombia entera sabe que el ELN no tiene una verdadera voluntad de paz'; the English quote is its translation.",
  Q("en", "\"All of Colombia knows that the ELN has no real will for peace,\" President Iván Duque said on January 18, 2019.",
    "ivan-duque", "All of Colombia knows that the ELN has no real will for peace", "2019-01-18"),
  ["d44_presidencia_duque_20190118"])

P(T, C, "Messi's own turn in TyC Sports's transcript of 18 Dec 2022 says 'No me voy a retirar de la Selección. Quiero seguir viviendo algunos partidos más siendo campeón del mundo'; the English quote is its translation.",
  Q("en", "\"I'm not going to retire from the national team. I want to go on living a few more games as world champion,\" Lionel Messi told TyC Sports after the final on December 18, 2022.",
    "lionel-messi", "I'm not going to retire from the national team. I want to go on living a few more games as world champion", "2022-12-18",
    channel="interview", event_type="interview"),
  ["d44_tyc_messi_20221218"])

P(T, C, "The statement attributable to the Secretary-General's spokesman of 7 Jan 2019 says 'The Secretary-General strongly rejects the content of the letter'; the Spanish claim translates it.",
  S("es", "El secretario general de la ONU, António Guterres, rechazó enérgicamente el 7 de enero de 2019 el contenido de la carta con la que Guatemala puso fin al acuerdo de la CICIG.",
    "antonio-guterres", "Guterres rechazó enérgicamente el contenido de la carta con la que Guatemala puso fin al acuerdo de la CICIG", "2019-01-07"),
  ["d44_un_sg_20190107"])

P(T, C, "The State Department's press statement of 17 Jan 2019 says 'The United States strongly condemns today's terrorist attack at the General Santander Police Academy in Bogota'; the Spanish quote is its translation.",
  Q("es", "«Estados Unidos condena enérgicamente el ataque terrorista de hoy contra la Escuela de Policía General Santander en Bogotá», declaró el Departamento de Estado el 17 de enero de 2019.",
    "us-state-department", "Estados Unidos condena enérgicamente el ataque terrorista de hoy contra la Escuela de Policía General Santander en Bogotá", "2019-01-17"),
  ["d44_state_20190117"])

P(T, C, "The Royal Household's note of 23 Sep 2021 says the King and Queen 'se han desplazado hoy a la isla de La Palma' after the eruption; an English claim against the Spanish note.",
  E("en", "King Felipe VI and Queen Letizia travelled to La Palma on September 23, 2021 to see the effects of the volcanic eruption.",
    "King Felipe VI and Queen Letizia travelled to La Palma to see the effects of the volcanic eruption", "2021-09-23",
    ["felipe-vi"]),
  ["d44_casareal_20210923"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The foreign ministry's post is stamped 02:10 UTC on 8 Jan 2019, which is 20:10 on the 7th in Guatemala City (UTC-6); it says the Government 'notificó hoy' the termination to Guterres.",
  S("es", "La Cancillería de Guatemala informó en X el 7 de enero de 2019 que había notificado al secretario general de la ONU la terminación del acuerdo de la CICIG.",
    "minex-guatemala", "el Gobierno notificó al secretario general de la ONU la terminación del acuerdo de la CICIG", "2019-01-07",
    channel="x", event_type="post"),
  ["d44_x_minex_20190107"])

P(T, C, "The Colombian presidency's post is stamped 01:30 UTC on 19 Jan 2019, which is 20:30 on the 18th in Bogotá (UTC-5); it says Duque ordered the suspension of the ten arrest warrants lifted. An English claim against the Spanish post.",
  S("en", "Colombia's presidency said on X on January 18, 2019 that Iván Duque had ordered the arrest warrants against the ten members of the ELN's delegation in Cuba reactivated.",
    "colombia-presidency", "Duque ordered the arrest warrants against the ten members of the ELN's delegation in Cuba reactivated", "2019-01-18",
    channel="x", event_type="post"),
  ["d44_x_presidencia_20190118"])

P(T, C, "Alberto Fernández's post is stamped 00:40 UTC on 19 Dec 2022, which is 21:40 on the 18th in Buenos Aires (UTC-3), and says 'Hoy es un día de enorme felicidad para todo el pueblo argentino'.",
  Q("es", "«Hoy es un día de enorme felicidad para todo el pueblo argentino», escribió Alberto Fernández el 18 de diciembre de 2022, tras la final del Mundial.",
    "alberto-fernandez", "Hoy es un día de enorme felicidad para todo el pueblo argentino", "2022-12-18",
    channel="x", event_type="post"),
  ["d44_x_fernandez_20221218"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Attorney General's own turn of 17 Jan 2019 says the vehicle 'transportaba 80 kilogramos de pentolita'; an English claim against the Spanish transcript.",
  S("en", "Colombia's attorney general, Néstor Humberto Martínez, said on January 17, 2019 that the car that exploded at the police academy carried 80 kilograms of pentolite.",
    "nestor-humberto-martinez", "the car that exploded at the police academy carried 80 kilograms of pentolite", "2019-01-17"),
  ["d44_fiscalia_20190117"])

P(T, C, "The Canarian government's note of 25 Dec 2021 says the eruption 'se prolongó durante 85 días y 8 horas'.",
  S("es", "El Gobierno de Canarias dio por terminada el 25 de diciembre de 2021 la erupción de La Palma, que se prolongó durante 85 días y ocho horas.",
    "gobierno-canarias", "la erupción de La Palma se prolongó durante 85 días y ocho horas", "2021-12-25"),
  ["d44_canarias_20211225"])

P(T, X, "The termination of 7 Jan 2019 is pinned by its notification to the UN; the foreign ministry's comunicado gives the CICIG's staff '24 horas' to leave, not 48.",
  E("es", "El Gobierno de Guatemala dio el 7 de enero de 2019 un plazo de 48 horas al personal de la CICIG para abandonar el país, al notificar a la ONU el fin del acuerdo.",
    "Guatemala dio 48 horas al personal de la CICIG para abandonar el país", "2019-01-07",
    ["guatemala-government", "cicig"]),
  ["d44_minex_gt_20190107"])

P(T, X, "altered quote: May's statement of 24 May 2019 is pinned; her own words are 'I tried three times', and the quote changes the figure.",
  Q("en", "\"I have done everything I can to convince MPs to back that deal. Sadly, I have not been able to do so. I tried four times,\" Theresa May said on May 24, 2019.",
    "theresa-may", "I have done everything I can to convince MPs to back that deal. Sadly, I have not been able to do so. I tried four times", "2019-05-24"),
  ["d44_gov_may_20190524"])

P(T, U, "FIFA's report of 18 Dec 2022 gives no attendance; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "La final del Mundial entre Argentina y Francia, el 18 de diciembre de 2022, reunió a 88.966 espectadores en el estadio de Lusail, según informó la FIFA.",
    "fifa", "la final reunió a 88.966 espectadores en el estadio de Lusail", "2022-12-18"),
  ["d44_fifa_20221218"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "May's announcement is one act, pinned by its content (she will resign as Conservative leader on Friday 7 June); GOV.UK's transcript dates her statement in Downing Street on 24 May 2019, not the 23rd.",
  S("en", "Theresa May announced on May 23, 2019 that she would resign as leader of the Conservative Party on June 7.",
    "theresa-may", "she would resign as leader of the Conservative Party on June 7", "2019-05-23"),
  ["d44_gov_may_20190524"])

P(T, X, "Duque's order is one act, pinned by its content (the arrest warrants of the ten ELN negotiators in Cuba); the presidency's transcript dates it on 18 Jan 2019 and speaks of the attack as 'ayer, jueves 17 de enero', so it was not given on the day of the attack.",
  S("es", "El mismo día del atentado, el 17 de enero de 2019, Iván Duque ordenó levantar la suspensión de las órdenes de captura de los diez negociadores del ELN en Cuba.",
    "ivan-duque", "Duque ordenó levantar la suspensión de las órdenes de captura de los diez negociadores del ELN en Cuba", "2019-01-17"),
  ["d44_presidencia_duque_20190118"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The termination is pinned by its content (the notification to the UN and the 24 hours given to the CICIG's staff); the foreign ministry's comunicado dates it on 7 Jan 2019, not in February.",
  E("es", "En febrero de 2019, Guatemala notificó a la ONU la terminación del acuerdo de la CICIG y dio 24 horas a sus funcionarios para salir del país.",
    "Guatemala notificó a la ONU la terminación del acuerdo de la CICIG y dio 24 horas a sus funcionarios para salir del país", "2019-02",
    ["guatemala-government", "cicig"]),
  ["d44_minex_gt_20190107"])

P(T, X, "The final is pinned by its result (3-3, 4-2 on penalties against France at Lusail); FIFA's report dates it on 18 Dec 2022, not in November (when the tournament began).",
  E("en", "In November 2022, Argentina beat France on penalties after a 3-3 draw to win the World Cup final in Lusail.",
    "Argentina beat France on penalties after a 3-3 draw to win the World Cup final in Lusail", "2022-11"),
  ["d44_fifa_20221218"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The hand-over of the letter of 7 Jan 2019 is one event; the Secretary-General's spokesman places it 'at United Nations Headquarters' in a statement datelined New York, not in Geneva. A Spanish claim against the English statement.",
  E("es", "La canciller Sandra Jovel entregó el 7 de enero de 2019 en Ginebra a António Guterres la carta con la que Guatemala puso fin al acuerdo de la CICIG.",
    "Jovel entregó en Ginebra a Guterres la carta con la que Guatemala puso fin al acuerdo de la CICIG", "2019-01-07",
    ["sandra-jovel", "antonio-guterres"]),
  ["d44_un_sg_20190107"])

P(T, X, "May's statement of 24 May 2019 is one event; GOV.UK's transcript places it outside 10 Downing Street, not in the House of Commons (where the claim's event is the speaking, the transcript's venue decides). A Spanish claim against the English transcript.",
  E("es", "Theresa May anunció su dimisión como líder conservadora el 24 de mayo de 2019 en un discurso ante la Cámara de los Comunes.",
    "May anunció su dimisión como líder conservadora en un discurso ante la Cámara de los Comunes", "2019-05-24",
    ["theresa-may"]),
  ["d44_gov_may_20190524"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The hand-over of 7 Jan 2019 is pinned by its letter; the spokesman's statement says 'The Secretary-General received this afternoon ... Sandra Jovel, who handed him a letter', not the Deputy Secretary-General.",
  E("en", "Guatemala's foreign minister, Sandra Jovel, handed the letter ending the CICIG agreement to UN Deputy Secretary-General Amina Mohammed on January 7, 2019.",
    "Jovel handed the letter ending the CICIG agreement to Deputy Secretary-General Amina Mohammed", "2019-01-07",
    ["sandra-jovel", "amina-mohammed"]),
  ["d44_un_sg_20190107"])

P(T, X, "The shoot-out of 18 Dec 2022 is pinned by its result; FIFA's report says 'Gonzalo Montiel converted the decisive penalty' and names Martínez as the goalkeeper who saved from Coman (a person named in another role, as dev20, dev38 and dev42 decided).",
  E("en", "Goalkeeper Emiliano Martínez scored the decisive penalty as Argentina beat France 4-2 in the shoot-out of the World Cup final on December 18, 2022.",
    "Emiliano Martínez scored the decisive penalty as Argentina beat France 4-2 in the shoot-out", "2022-12-18",
    ["emiliano-martinez"]),
  ["d44_fifa_20221218"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "May's own statement of 24 May 2019 says 'I have done everything I can to convince MPs to back that deal': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Theresa May reconoció el 24 de mayo de 2019 que no había hecho todo lo posible para convencer a los diputados de que apoyaran su acuerdo del Brexit.",
    "theresa-may", "no había hecho todo lo posible para convencer a los diputados de que apoyaran su acuerdo", "2019-05-24"),
  ["d44_gov_may_20190524"])

P(T, X, "Corbyn's own statement of 24 May 2019 says the new Tory leader 'must let the people decide our country's future, through an immediate general election': the opposite of the claim.",
  S("en", "Jeremy Corbyn said on May 24, 2019 that Labour did not want an early general election after Theresa May's resignation.",
    "jeremy-corbyn", "Labour did not want an early general election after Theresa May's resignation", "2019-05-24"),
  ["d44_labour_corbyn_20190524"])

P(T, X, "wrong act: the spokesman's statement of 7 Jan 2019 says 'The Secretary-General strongly rejects the content of the letter' and expects Guatemala to honour the agreement until 3 September 2019; the same reaction is told as an acceptance (as dev19, dev28 and dev30 decided for a reaction told the other way round). A Spanish claim against the English statement.",
  S("es", "António Guterres aceptó el 7 de enero de 2019 la decisión de Guatemala de poner fin al acuerdo de la CICIG.",
    "antonio-guterres", "Guterres aceptó la decisión de Guatemala de poner fin al acuerdo de la CICIG", "2019-01-07"),
  ["d44_un_sg_20190107"])

P(T, X, "wrong act: May's own statement of 24 May 2019 says 'I will resign as leader of the Conservative and Unionist Party on Friday 7 June so that a successor can be chosen'; the same announcement is told as a resignation with immediate effect (as dev24 and dev34 decided for a resignation announced for later).",
  S("en", "Theresa May resigned with immediate effect as Conservative leader and prime minister on May 24, 2019.",
    "theresa-may", "May resigned with immediate effect as Conservative leader and prime minister", "2019-05-24"),
  ["d44_gov_may_20190524"])

P(T, X, "wrong act: the Constitutional Court's comunicado of 9 Jan 2019 grants a provisional amparo by which 'queda en suspenso la decisión del Ejecutivo de dar por terminado el Acuerdo'; the same ruling is told as upholding that decision (as dev27, dev34 and dev42 decided for a ruling or vote told the other way round). An English claim against the Spanish comunicado.",
  E("en", "Guatemala's Constitutional Court on January 9, 2019 upheld President Jimmy Morales's decision to end the agreement with the UN anti-corruption commission, CICIG.",
    "the Constitutional Court upheld the decision to end the agreement with the CICIG", "2019-01-09",
    ["corte-constitucionalidad-guatemala", "cicig"]),
  ["d44_cc_gt_20190109"])

P(T, X, "wrong act: Duque's own address of 18 Jan 2019 says 'he ordenado levantar la suspensión de las órdenes de captura' of the ten ELN negotiators; the claim tells the same order as suspending the warrants, the opposite act.",
  S("es", "Tras el atentado, Iván Duque suspendió el 18 de enero de 2019 las órdenes de captura contra los diez negociadores del ELN que están en Cuba.",
    "ivan-duque", "Duque suspendió las órdenes de captura contra los diez negociadores del ELN que están en Cuba", "2019-01-18"),
  ["d44_presidencia_duque_20190118"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: May's statement of 24 May 2019 is pinned; the words she quotes from Sir Nicholas Winton are 'compromise is not a dirty word', and the quote drops the 'not'.",
  Q("en", "\"Never forget that compromise is a dirty word,\" Theresa May said in Downing Street on May 24, 2019, quoting Sir Nicholas Winton.",
    "theresa-may", "Never forget that compromise is a dirty word", "2019-05-24"),
  ["d44_gov_may_20190524"])

P(T, X, "altered quote: Duque's address of 18 Jan 2019 is pinned; his own words are 'el ELN no tiene una verdadera voluntad de paz', and the quote puts the Government of Cuba in the ELN's place (another object).",
  Q("es", "«Colombia entera sabe que el Gobierno de Cuba no tiene una verdadera voluntad de paz», afirmó Iván Duque el 18 de enero de 2019.",
    "ivan-duque", "Colombia entera sabe que el Gobierno de Cuba no tiene una verdadera voluntad de paz", "2019-01-18"),
  ["d44_presidencia_duque_20190118"])

P(T, X, "altered quote: May's statement of 24 May 2019 is pinned; her own words are 'the second female Prime Minister but certainly not the last', and the Spanish quote makes a certainty a possibility that she might be the last (a Spanish quote of the English record, as dev24 and dev39 decided).",
  Q("es", "«La segunda mujer primera ministra, y quizá la última», dijo Theresa May de sí misma el 24 de mayo de 2019.",
    "theresa-may", "La segunda mujer primera ministra, y quizá la última", "2019-05-24"),
  ["d44_gov_may_20190524"])

P(T, U, "The claimed RCN Radio interview of 19 Jan 2019 is not among the sources, and Duque's address of the 18th, another occasion, does not contain the sentence.",
  Q("en", "\"We will not negotiate with terrorists,\" Iván Duque told RCN Radio in an interview on January 19, 2019.",
    "ivan-duque", "We will not negotiate with terrorists", "2019-01-19", channel="interview", event_type="interview"),
  ["d44_presidencia_duque_20190118"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in TyC Sports's transcript of 18 Dec 2022 ('¿Te vas a retirar de la Selección?'), claimed in the first person as Messi's, and Messi answers 'No. No me voy a retirar de la Selección': the contradicted misattribution.",
  Q("es", "«Me voy a retirar de la Selección», dijo Lionel Messi tras ganar la final del Mundial el 18 de diciembre de 2022.",
    "lionel-messi", "Me voy a retirar de la Selección", "2022-12-18"),
  ["d44_tyc_messi_20221218"])

P(T, U, "The words are Corbyn's, in Labour's statement of 24 May 2019; May's own statement, which sits in the pair, does not contain them (as dev39 decided for words in the other speaker's document).",
  Q("en", "\"Whoever becomes the new Tory leader must let the people decide our country's future,\" Theresa May said on May 24, 2019.",
    "theresa-may", "Whoever becomes the new Tory leader must let the people decide our country's future", "2019-05-24"),
  ["d44_gov_may_20190524", "d44_labour_corbyn_20190524"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Royal Household's note of 23 Sep 2021 says in its own words that the King and Queen conveyed 'el apoyo, el cariño y la solidaridad de todos los españoles' and quotes no one; it does not confirm the sentence quoted from the King.",
  Q("es", "«La Palma no está sola; toda España está con vosotros», dijo el Rey a los vecinos desalojados el 23 de septiembre de 2021, según informó la Casa Real.",
    "felipe-vi", "La Palma no está sola; toda España está con vosotros", "2021-09-23",
    channel="press_release", confirmed_by="spain-royal-household"),
  ["d44_casareal_20210923"])

P(T, U, "The foreign ministry's comunicado of 7 Jan 2019 says in its own voice that the CICIG's violations 'ponen en riesgo la seguridad, el orden público y la gobernabilidad del país' and quotes no one; a paraphrase does not confirm words quoted from Jovel, as dev4, dev9 and dev28 to dev42 decided.",
  Q("es", "«La CICIG ha puesto en riesgo la seguridad y la gobernabilidad de Guatemala», dijo la canciller Sandra Jovel el 7 de enero de 2019, según un comunicado de la Cancillería.",
    "sandra-jovel", "La CICIG ha puesto en riesgo la seguridad y la gobernabilidad de Guatemala", "2019-01-07",
    channel="press_release", confirmed_by="minex-guatemala"),
  ["d44_minex_gt_20190107"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The presidency's transcript records Duque's address of Friday 18 Jan 2019; nothing records an appearance on Saturday the 19th, and nothing in the claim pins it to the address of the 18th (as dev6 to dev42 decided for an appearance claimed on the next day).",
  E("es", "El presidente Iván Duque compareció ante la prensa el sábado 19 de enero de 2019 para hablar del atentado contra la Escuela General Santander.",
    "Duque compareció ante la prensa para hablar del atentado contra la Escuela General Santander", "2019-01-19",
    ["ivan-duque"], event_type="press_conference", channel="press_conference"),
  ["d44_presidencia_duque_20190118"])

P(T, C, "Duque's own address of 18 Jan 2019 gives the order on the ELN negotiators' arrest warrants and calls the attack of 'ayer, jueves 17 de enero'; the State Department's statement of the 17th on the attack sits next to it without moving it.",
  S("en", "A day after the car bombing at Bogotá's police academy, President Iván Duque ordered on January 18, 2019 that the arrest warrants against the ELN's ten negotiators in Cuba be reactivated.",
    "ivan-duque", "Duque ordered that the arrest warrants against the ELN's ten negotiators in Cuba be reactivated", "2019-01-18"),
  ["d44_state_20190117", "d44_presidencia_duque_20190118"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The presidency's transcript of 18 Jan 2019 records Duque's order; no source records the Defence Minister, Guillermo Botero, announcing it, which the record of Duque's words neither confirms nor excludes.",
  S("en", "Colombia's defense minister, Guillermo Botero, announced on January 18, 2019 that the arrest warrants against the ELN negotiators in Cuba had been reactivated.",
    "guillermo-botero", "the arrest warrants against the ELN negotiators in Cuba had been reactivated", "2019-01-18"),
  ["d44_presidencia_duque_20190118"])

P(T, C, "Labour's statement of 24 May 2019 gives Corbyn's call for 'an immediate general election'; May's statement of the same morning sits next to it without moving it.",
  S("en", "Labour leader Jeremy Corbyn called on May 24, 2019 for an immediate general election after Theresa May announced her resignation.",
    "jeremy-corbyn", "Corbyn called for an immediate general election", "2019-05-24"),
  ["d44_gov_may_20190524", "d44_labour_corbyn_20190524"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Canarian government's note of 25 Dec 2021 says the PEVOLCA 'ha dado hoy por finalizada la erupción volcánica de Cumbre Vieja'; La Moncloa's reference of 28 Sep on the emergency declaration, a similar headline, sits next to it without moving it.",
  S("es", "El Gobierno de Canarias dio por finalizada el 25 de diciembre de 2021 la erupción del volcán de Cumbre Vieja, en La Palma.",
    "gobierno-canarias", "el Gobierno de Canarias dio por finalizada la erupción del volcán de Cumbre Vieja", "2021-12-25"),
  ["d44_moncloa_cm_20210928", "d44_canarias_20211225"])

P(T, U, "wrong act: the Council of Ministers of 28 Sep 2021 declares La Palma 'zona afectada gravemente por una emergencia de protección civil'; a state of alarm is another instrument, which the reference neither reports nor rules out (the two can stand together, as dev21 decided for a disaster area against a state of emergency).",
  E("es", "El Consejo de Ministros decretó el 28 de septiembre de 2021 el estado de alarma en la isla de La Palma por la erupción del volcán.",
    "el Consejo de Ministros decretó el estado de alarma en La Palma", "2021-09-28",
    ["spain-government"]),
  ["d44_moncloa_cm_20210928"])

P(T, U, "wrong act: Duque's address of 18 Jan 2019 revokes the resolution that allows the ELN delegation's stay in Cuba and asks Cuba to hand the negotiators over; breaking diplomatic relations with Cuba is another act, which the address neither reports nor rules out (as dev19 and dev40 decided for a break of relations).",
  S("en", "Iván Duque broke off diplomatic relations with Cuba on January 18, 2019, over the ELN negotiators sheltered in Havana.",
    "ivan-duque", "Duque broke off diplomatic relations with Cuba", "2019-01-18"),
  ["d44_presidencia_duque_20190118"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports that Mbappé was the first player since Geoff Hurst in 1966 to score a hat trick in a men's World Cup final; no primary or official source is among this pair's documents.",
  E("en", "Kylian Mbappé became the first player since Geoff Hurst in 1966 to score a hat trick in a World Cup final, on December 18, 2022.",
    "Mbappé became the first player since Geoff Hurst in 1966 to score a hat trick in a World Cup final", "2022-12-18",
    ["kylian-mbappe"]),
  ["d44_ap_20221218"])

P(T, U, "Only El Tiempo, a media outlet, reports that the ELN claimed the attack in a communiqué of 21 Jan 2019; no primary or official source is among this pair's documents.",
  E("es", "El ELN se atribuyó el 21 de enero de 2019, en un comunicado, el atentado con carro bomba contra la Escuela de Cadetes de Policía General Santander.",
    "el ELN se atribuyó el atentado con carro bomba contra la Escuela de Cadetes de Policía General Santander", "2019-01-21",
    ["eln"]),
  ["d44_eltiempo_20190121"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "May's words are in GOV.UK's transcript of her statement of 24 May 2019; no post of hers is among the sources, and the claim is about Twitter.",
  Q("es", "«Es, y siempre será, motivo de profundo pesar para mí no haber podido sacar adelante el Brexit», escribió Theresa May en Twitter el 24 de mayo de 2019.",
    "theresa-may", "Es, y siempre será, motivo de profundo pesar para mí no haber podido sacar adelante el Brexit", "2019-05-24",
    channel="x", event_type="post"),
  ["d44_gov_may_20190524"])

P(T, U, "Duque's words are in the presidency's transcript of his address of 18 Jan 2019; no post of his is among the sources, and the claim is about X.",
  Q("en", "\"All of Colombia knows that the ELN has no real will for peace,\" Iván Duque wrote on X on January 18, 2019.",
    "ivan-duque", "All of Colombia knows that the ELN has no real will for peace", "2019-01-18",
    channel="x", event_type="post"),
  ["d44_presidencia_duque_20190118"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here May in fact speaks of her 'deep regret' at not delivering Brexit, which does not change the label).",
  S("en", "Theresa May did not mention Brexit in her resignation statement on May 24, 2019.",
    "theresa-may", "May did not mention Brexit in her resignation statement", "2019-05-24", absence=True),
  ["d44_gov_may_20190524"])

P(T, U, "Absence claims are always unverified (here the statement in fact says the agreement 'remains in force until its expiry on 3 September 2019', which does not change the label).",
  S("es", "El portavoz de António Guterres no mencionó el 7 de enero de 2019 la fecha en que vence el mandato de la CICIG.",
    "antonio-guterres", "la declaración no mencionó la fecha en que vence el mandato de la CICIG", "2019-01-07", absence=True),
  ["d44_un_sg_20190107"])
