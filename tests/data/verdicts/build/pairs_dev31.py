"""Claims, labels and notes of the thirty-first development set (dev31.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev30), applied to the documents in docs_dev31.py alone,
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

P(T, C, "Yoon's own address of 3 Dec 2024, given 'tonight', says 'I hereby declare emergency martial law' to eradicate 'the shameless pro-North Korean anti-state forces'; the claim reports it faithfully.",
  S("en", "South Korean President Yoon Suk Yeol declared emergency martial law in a televised address on the night of December 3, 2024, vowing to root out what he called anti-state forces.",
    "yoon-suk-yeol", "Yoon declared emergency martial law, vowing to root out anti-state forces", "2024-12-03"),
  ["d31_kr_yoon_20241203"])

P(T, C, "Lucena's own turn in the CNE's transcript of 30 Jul 2017 says 'En esta jornada participaron 8.089.320 electores y electoras, lo que representa el 41,53 % del registro electoral'.",
  Q("es", "«En esta jornada participaron 8.089.320 electores y electoras, lo que representa el 41,53 % del registro electoral», anunció la presidenta del CNE, Tibisay Lucena, la noche del 30 de julio de 2017.",
    "tibisay-lucena", "En esta jornada participaron 8.089.320 electores y electoras, lo que representa el 41,53 % del registro electoral", "2017-07-30"),
  ["d31_cne_lucena_20170730"])

P(T, C, "The Congress's note of Monday 9 Nov 2020 says the plenary approved 'la resolución que declara la permanente incapacidad moral del presidente de la República, Martín Alberto Vizcarra Cornejo, y la vacancia de la Presidencia'.",
  E("es", "El Congreso peruano declaró el 9 de noviembre de 2020 la vacancia de la Presidencia de la República por la «permanente incapacidad moral» de Martín Vizcarra.",
    "el Congreso declaró la vacancia de la Presidencia por la permanente incapacidad moral de Martín Vizcarra", "2020-11-09",
    ["congreso-peru", "martin-vizcarra"]),
  ["d31_congreso_pe_20201109"])

P(T, C, "Pence's own letter of 6 Jan 2021 says 'It is my considered judgment that my oath to support and defend the Constitution constrains me from claiming unilateral authority to determine which electoral votes should be counted and which should not'.",
  Q("en", "\"My oath to support and defend the Constitution constrains me from claiming unilateral authority to determine which electoral votes should be counted and which should not,\" Vice President Mike Pence wrote to Congress on January 6, 2021, hours before the joint session.",
    "mike-pence", "My oath to support and defend the Constitution constrains me from claiming unilateral authority to determine which electoral votes should be counted and which should not", "2021-01-06",
    channel="press_release"),
  ["d31_pence_letter_20210106"])

P(T, C, "Trump's own turn in the White House transcript of his remarks in Miami on 16 Jun 2017 says 'Effective immediately, I am canceling the last administration's completely one-sided deal with Cuba'.",
  Q("en", "\"Effective immediately, I am canceling the last administration's completely one-sided deal with Cuba,\" President Donald Trump told a cheering crowd in Miami's Little Havana on June 16, 2017.",
    "donald-trump", "Effective immediately, I am canceling the last administration's completely one-sided deal with Cuba", "2017-06-16"),
  ["d31_wh_trump_cuba_20170616"])

P(T, C, "The Cuban government's declaration of 16 Jun 2017 says 'El Gobierno de Cuba denuncia las nuevas medidas de endurecimiento del bloqueo', in reply to Trump's announcement in Miami that day.",
  S("es", "El Gobierno de Cuba denunció el 16 de junio de 2017 las «nuevas medidas de endurecimiento del bloqueo» anunciadas ese mismo día por Donald Trump en Miami.",
    "cuba-government", "Cuba denunció las nuevas medidas de endurecimiento del bloqueo anunciadas por Trump", "2017-06-16"),
  ["d31_cuba_declaracion_20170616"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Mnuchin's own passage in the Treasury's release of 31 Jul 2017 says 'Yesterday's illegitimate elections confirm that Maduro is a dictator who disregards the will of the Venezuelan people'; the Spanish quote is its translation.",
  Q("es", "«Las elecciones ilegítimas de ayer confirman que Maduro es un dictador que desprecia la voluntad del pueblo venezolano», afirmó el secretario del Tesoro, Steven Mnuchin, el 31 de julio de 2017, al anunciar sanciones contra el mandatario.",
    "steven-mnuchin", "Las elecciones ilegítimas de ayer confirman que Maduro es un dictador que desprecia la voluntad del pueblo venezolano", "2017-07-31"),
  ["d31_treasury_20170731"])

P(T, C, "Merino's own message of Sunday 15 Nov 2020 says 'presento mi renuncia irrevocable a la Presidencia de la República'; the English quote is its translation.",
  Q("en", "\"I present my irrevocable resignation from the Presidency of the Republic,\" Manuel Merino said in a televised message on November 15, 2020, five days after he was sworn in.",
    "manuel-merino", "I present my irrevocable resignation from the Presidency of the Republic", "2020-11-15"),
  ["d31_merino_20201115"])

P(T, C, "Yoon's own address in the early hours of 4 Dec 2024 says 'We will accept the National Assembly's demand and lift martial law through a Cabinet meeting'; the Spanish quote is its translation.",
  Q("es", "«Aceptaremos la exigencia de la Asamblea Nacional y levantaremos la ley marcial mediante una reunión del Consejo de Ministros», dijo Yoon Suk Yeol en la madrugada del 4 de diciembre de 2024.",
    "yoon-suk-yeol", "Aceptaremos la exigencia de la Asamblea Nacional y levantaremos la ley marcial mediante una reunión del Consejo de Ministros", "2024-12-04"),
  ["d31_kr_yoon_20241204"])

P(T, C, "Biden's own turn in the transition's transcript of 6 Jan 2021 says 'This is not dissent. It's disorder. It's chaos. It borders on sedition'; the Spanish quote is its translation, 'roza' for 'borders on'.",
  Q("es", "«Esto no es disidencia. Es desorden. Es caos. Roza la sedición», afirmó el presidente electo Joe Biden el 6 de enero de 2021 mientras una turba ocupaba el Capitolio.",
    "joe-biden", "Esto no es disidencia. Es desorden. Es caos. Roza la sedición", "2021-01-06"),
  ["d31_biden_20210106"])

P(T, C, "The Cuban government's declaration of 16 Jun 2017 says 'Cuba no hará concesiones inherentes a su soberanía e independencia'; the English quote is its translation.",
  Q("en", "\"Cuba will not make concessions inherent to its sovereignty and independence,\" the Cuban government said in a declaration on June 16, 2017, hours after Trump's speech in Miami.",
    "cuba-government", "Cuba will not make concessions inherent to its sovereignty and independence", "2017-06-16"),
  ["d31_cuba_declaracion_20170616"])

P(T, C, "The Constitutional Court's release of 4 Apr 2025 says 'with the unanimous opinion of all eight Justices: Respondent President Yoon Suk Yeol is removed from office'; the Spanish claim reports it faithfully.",
  E("es", "El Tribunal Constitucional de Corea del Sur destituyó por unanimidad al presidente Yoon Suk Yeol el 4 de abril de 2025.",
    "el Tribunal Constitucional destituyó por unanimidad a Yoon Suk Yeol", "2025-04-04",
    ["constitutional-court-korea", "yoon-suk-yeol"]),
  ["d31_kr_court_20250404"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The CNE's post is stamped 03:55 UTC on 31 Jul 2017, which is 23:55 on the 30th in Caracas (UTC-4); it says 8.089.320 voters took part in the election of the Constituent Assembly.",
  S("es", "El CNE informó en Twitter la noche del 30 de julio de 2017 que 8.089.320 electores participaron en la elección de la Asamblea Nacional Constituyente.",
    "cne-venezuela", "8.089.320 electores participaron en la elección de la Asamblea Nacional Constituyente", "2017-07-30",
    channel="x", event_type="post"),
  ["d31_x_cne_20170730"])

P(T, C, "The Cuban foreign ministry's post is stamped 01:30 UTC on 17 Jun 2017, which is 21:30 on the 16th in Havana (UTC-4 in summer); it says Cuba will make no concessions on its sovereignty nor negotiate its principles.",
  S("en", "Cuba's foreign ministry said on Twitter on June 16, 2017 that the island would make no concessions on its sovereignty and independence and would not negotiate its principles.",
    "minrex-cuba", "Cuba would make no concessions on its sovereignty and independence and would not negotiate its principles", "2017-06-16",
    channel="x", event_type="post"),
  ["d31_x_minrex_20170616"])

P(T, C, "The Peruvian Congress's post is stamped 00:50 UTC on 10 Nov 2020, which is 19:50 on the 9th in Lima (UTC-5); it says the plenary approved the vacancy with 105 votes in favour.",
  S("en", "Peru's Congress announced on Twitter on November 9, 2020 that it had approved the presidential vacancy with 105 votes in favor.",
    "congreso-peru", "Congress approved the presidential vacancy with 105 votes in favor", "2020-11-09",
    channel="x", event_type="post"),
  ["d31_x_congreso_pe_20201109"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Congress's note of 9 Nov 2020 gives '105 votos a favor, 19 en contra y 4 abstenciones'; 'four' is the figure in words, across languages.",
  E("en", "Peru's Congress removed President Martín Vizcarra on November 9, 2020 by 105 votes to 19, with four abstentions.",
    "Congress removed Vizcarra by 105 votes to 19, with four abstentions", "2020-11-09",
    ["congreso-peru", "martin-vizcarra"]),
  ["d31_congreso_pe_20201109"])

P(T, C, "Pence's own turn in the record of the joint session, in the early hours of 7 Jan 2021, says Biden 'has received 306 votes' and Trump 'has received 232 votes'.",
  S("es", "Mike Pence anunció en la madrugada del 7 de enero de 2021 que Joe Biden había obtenido 306 votos electorales, frente a los 232 de Donald Trump.",
    "mike-pence", "Biden obtuvo 306 votos electorales, frente a los 232 de Trump", "2021-01-07"),
  ["d31_joint_session_20210107"])

P(T, X, "The Assembly's release of 14 Dec 2024 gives 204 votes in favour of the impeachment and 85 against; 240 is another figure for the same vote.",
  E("en", "South Korea's National Assembly voted 240 to 85 on December 14, 2024 to impeach President Yoon Suk Yeol.",
    "the National Assembly voted 240 to 85 to impeach Yoon", "2024-12-14",
    ["national-assembly-korea", "yoon-suk-yeol"]),
  ["d31_kr_assembly_20241214"])

P(T, X, "altered quote: Mugica's statement in London of 2 Aug 2017 is pinned; his own turn says the difference is 'at least one million votes', and the Spanish quote doubles the figure.",
  Q("es", "«Estimamos que la diferencia entre la participación real y la anunciada por las autoridades es de al menos dos millones de votos», afirmó el director ejecutivo de Smartmatic, Antonio Mugica, el 2 de agosto de 2017 en Londres.",
    "antonio-mugica", "Estimamos que la diferencia entre la participación real y la anunciada por las autoridades es de al menos dos millones de votos", "2017-08-02"),
  ["d31_smartmatic_20170802"])

P(T, U, "The Treasury's release of 31 Jul 2017 says all of Maduro's assets subject to U.S. jurisdiction are frozen and gives no value for them; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "El Departamento del Tesoro de EE.UU. congeló el 31 de julio de 2017 bienes de Nicolás Maduro por valor de unos 500 millones de dólares.",
    "us-treasury", "el Tesoro congeló bienes de Maduro por valor de unos 500 millones de dólares", "2017-07-31"),
  ["d31_treasury_20170731"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Merino's resignation is one act, pinned by its words; his message is dated Sunday 15 Nov 2020, not the 14th (the 14th is the night the two protesters died, in a document not in this pair).",
  S("en", "Manuel Merino announced his irrevocable resignation as Peru's president on November 14, 2020, after two protesters were killed in Lima.",
    "manuel-merino", "Merino announced his irrevocable resignation as president", "2020-11-14"),
  ["d31_merino_20201115"])

P(T, X, "The declaration of martial law is one act, pinned by its content; Yoon's address is dated 3 Dec 2024 and given 'tonight' (late at night in Seoul, still the 3rd in UTC), not on the 4th, the day of the lifting, in documents not in this pair.",
  E("es", "Yoon Suk Yeol declaró la ley marcial de emergencia el 4 de diciembre de 2024 en un mensaje televisado a la nación.",
    "Yoon declaró la ley marcial de emergencia en un mensaje televisado", "2024-12-04",
    ["yoon-suk-yeol"]),
  ["d31_kr_yoon_20241203"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The announcement is pinned by its figure (8.089.320 voters); Lucena's transcript dates it on 30 Jul 2017, not in August.",
  S("es", "En agosto de 2017, el CNE anunció que 8.089.320 electores habían votado en la elección de la Asamblea Nacional Constituyente.",
    "cne-venezuela", "8.089.320 electores votaron en la elección de la Asamblea Nacional Constituyente", "2017-08"),
  ["d31_cne_lucena_20170730"])

P(T, X, "Biden's words are pinned by the occasion ('It borders on sedition', while the Capitol was under siege); the transcript dates them on 6 Jan 2021, not in February.",
  S("en", "In February 2021, Joe Biden said that the assault on the Capitol bordered on sedition.",
    "joe-biden", "Biden said that the assault on the Capitol bordered on sedition", "2021-02"),
  ["d31_biden_20210106"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Biden's remarks of 6 Jan 2021 are one event; the transcript places them at The Queen, in Wilmington, Delaware, not in Washington.",
  E("es", "Joe Biden habló el 6 de enero de 2021 desde Washington para exigir el fin del asedio al Capitolio.",
    "Biden habló desde Washington para exigir el fin del asedio al Capitolio", "2021-01-06",
    ["joe-biden"]),
  ["d31_biden_20210106"])

P(T, X, "Trump's announcement of 16 Jun 2017 is one event; the White House transcript places it at the Manuel Artime Theater in Miami ('It's great to be back in Little Havana'), not at the White House.",
  E("en", "Donald Trump announced his new Cuba policy at the White House on June 16, 2017.",
    "Trump announced his new Cuba policy at the White House", "2017-06-16",
    ["donald-trump"]),
  ["d31_wh_trump_cuba_20170616"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The impeachment of 14 Dec 2024 is pinned; the Assembly's release says 'Prime Minister Han Duck-soo will act as president', not Han Dong-hoon, the ruling party's leader.",
  E("en", "Han Dong-hoon became South Korea's acting president after the National Assembly impeached Yoon Suk Yeol on December 14, 2024.",
    "Han Dong-hoon became acting president after Yoon's impeachment", "2024-12-14",
    ["han-dong-hoon", "yoon-suk-yeol"]),
  ["d31_kr_assembly_20241214"])

P(T, X, "The swearing-in of 10 Nov 2020 is pinned by its day and venue; the Congress's note says 'Manuel Merino de Lama, juró este martes 10 de noviembre como presidente de la República ante el Pleno', not Francisco Sagasti.",
  E("es", "Francisco Sagasti juró como presidente del Perú el 10 de noviembre de 2020 ante el Pleno del Congreso, tras la vacancia de Martín Vizcarra.",
    "Francisco Sagasti juró como presidente del Perú ante el Pleno del Congreso", "2020-11-10",
    ["francisco-sagasti", "congreso-peru"]),
  ["d31_congreso_pe_20201110"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Lucena's own turn of 2 Aug 2017 says the CNE 'rechaza la afirmación irresponsable' of Smartmatic and that 'La cifra de participación no ha sido alterada': the opposite of the claim.",
  S("es", "El CNE admitió el 2 de agosto de 2017 que la cifra de participación en la elección de la Constituyente había sido alterada.",
    "cne-venezuela", "el CNE admitió que la cifra de participación había sido alterada", "2017-08-02"),
  ["d31_cne_lucena_20170802"])

P(T, X, "Vizcarra's own words of 9 Nov 2020 say 'Acato la decisión del Congreso, aunque no la comparto. No voy a presentar ninguna acción legal': the opposite of the claim (an English claim against the Spanish transcript).",
  S("en", "Martín Vizcarra said on November 9, 2020, as he left the presidential palace, that he would take legal action against his removal.",
    "martin-vizcarra", "Vizcarra would take legal action against his removal", "2020-11-09"),
  ["d31_vizcarra_20201109"])

P(T, X, "wrong act: Merino's own message of 15 Nov 2020 says 'presento mi renuncia irrevocable a la Presidencia de la República'; his departure is one act, told by the source as a resignation and by the claim as a removal by Congress (as dev28 decided for De la Rúa's resignation told as a removal).",
  E("en", "Peru's Congress removed Manuel Merino from the presidency on November 15, 2020, five days after he took office.",
    "Congress removed Merino from the presidency", "2020-11-15",
    ["congreso-peru", "manuel-merino"]),
  ["d31_merino_20201115"])

P(T, X, "wrong act: Yoon's own address of the early hours of 4 Dec 2024 says 'We will accept the National Assembly's demand and lift martial law'; the same response to the same demand is told as a refusal (a Spanish claim against the English text).",
  S("es", "Yoon Suk Yeol rechazó el 4 de diciembre de 2024 la exigencia de la Asamblea Nacional de levantar la ley marcial.",
    "yoon-suk-yeol", "Yoon rechazó la exigencia de la Asamblea Nacional de levantar la ley marcial", "2024-12-04"),
  ["d31_kr_yoon_20241204"])

P(T, X, "wrong act: Pence's own letter of 6 Jan 2021 says his oath 'constrains me from claiming unilateral authority to determine which electoral votes should be counted and which should not'; the same letter is told as an announcement that he would reject disputed states' votes (a Spanish claim against the English letter).",
  S("es", "Mike Pence anunció el 6 de enero de 2021, en una carta al Congreso, que rechazaría los votos electorales de los estados en disputa.",
    "mike-pence", "Pence rechazaría los votos electorales de los estados en disputa", "2021-01-06",
    channel="press_release"),
  ["d31_pence_letter_20210106"])

P(T, X, "wrong act: Trump's own remarks of 16 Jun 2017 say 'Our embassy remains open in the hope that our countries can forge a much stronger and better path'; the same announcement is told as an order to close the embassy.",
  S("en", "Donald Trump ordered the U.S. embassy in Havana closed on June 16, 2017, as he rolled back Barack Obama's opening to Cuba.",
    "donald-trump", "Trump ordered the U.S. embassy in Havana closed", "2017-06-16"),
  ["d31_wh_trump_cuba_20170616"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Biden's remarks of 6 Jan 2021 are pinned; his own words are 'It borders on sedition', and the quote makes it 'It is sedition' (a hedge turned into a charge, as dev28 decided for a dropped 'probably').",
  Q("en", "\"This is not dissent. It's disorder. It's chaos. It is sedition, and it must end. Now,\" Joe Biden said on January 6, 2021.",
    "joe-biden", "This is not dissent. It's disorder. It's chaos. It is sedition, and it must end. Now", "2021-01-06"),
  ["d31_biden_20210106"])

P(T, X, "altered quote: the declaration of 16 Jun 2017 is pinned; its words are 'ni negociará sus principios', and the quote makes it 'pero negociará sus principios', the opposite on the principles.",
  Q("es", "«Cuba no hará concesiones inherentes a su soberanía e independencia, pero negociará sus principios», señaló el Gobierno cubano en su declaración del 16 de junio de 2017.",
    "cuba-government", "Cuba no hará concesiones inherentes a su soberanía e independencia, pero negociará sus principios", "2017-06-16"),
  ["d31_cuba_declaracion_20170616"])

P(T, X, "altered quote: Trump's remarks of 16 Jun 2017 are pinned; his own condition is that free elections be 'scheduled', and the quote makes it 'held', another condition for lifting the sanctions.",
  Q("en", "\"We will not lift sanctions on the Cuban regime until all political prisoners are freed, freedoms of assembly and expression are respected, all political parties are legalized, and free and internationally supervised elections are held,\" Trump said in Miami on June 16, 2017.",
    "donald-trump", "We will not lift sanctions on the Cuban regime until all political prisoners are freed, freedoms of assembly and expression are respected, all political parties are legalized, and free and internationally supervised elections are held", "2017-06-16"),
  ["d31_wh_trump_cuba_20170616"])

P(T, U, "The claimed RPP interview of 10 Nov 2020 is not among the sources, and Vizcarra's words on leaving the palace on the 9th, another occasion, do not contain the sentence.",
  Q("es", "«Me voy con la conciencia tranquila y volveré a la política», dijo Martín Vizcarra en una entrevista con RPP el 10 de noviembre de 2020.",
    "martin-vizcarra", "Me voy con la conciencia tranquila y volveré a la política", "2020-11-10",
    channel="interview", event_type="interview"),
  ["d31_vizcarra_20201109"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are McConnell's, in his own turn of the Senate's record of 6 Jan 2021, not Pence's; Pence's turn only announces the vote on the objection.",
  Q("en", "\"The voters, the courts, and the States have all spoken. They have all spoken. If we overrule them, it would damage our Republic forever,\" Vice President Mike Pence said in the Senate on January 6, 2021.",
    "mike-pence", "The voters, the courts, and the States have all spoken. They have all spoken. If we overrule them, it would damage our Republic forever", "2021-01-06"),
  ["d31_senate_record_20210106"])

P(T, U, "The words are Speaker Woo Won-shik's, in his own passage of the Assembly's release of 4 Dec 2024 (as dev19 decided for Healey's passage of a release), not Lee Jae-myung's, who does not speak in it.",
  Q("es", "«Con la aprobación de esta resolución, la declaración de la ley marcial de emergencia queda sin efecto», dijo el líder opositor Lee Jae-myung en la madrugada del 4 de diciembre de 2024.",
    "lee-jae-myung", "Con la aprobación de esta resolución, la declaración de la ley marcial de emergencia queda sin efecto", "2024-12-04"),
  ["d31_kr_assembly_20241204"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Congress's note of 10 Nov 2020 says in its own words that Merino called for unity and assured that the electoral calendar would be respected, and quotes no one; a paraphrase does not confirm the quoted words, as dev4, dev9, dev28 and dev30 decided.",
  Q("es", "«Asumo este cargo con humildad y garantizo que se respetará el cronograma electoral», dijo Manuel Merino el 10 de noviembre de 2020 al jurar como presidente, según informó el Congreso.",
    "manuel-merino", "Asumo este cargo con humildad y garantizo que se respetará el cronograma electoral", "2020-11-10",
    channel="press_release", confirmed_by="congreso-peru"),
  ["d31_congreso_pe_20201110"])

P(T, U, "The Constitutional Court's release of 4 Apr 2025 states the decision and its grounds in the Court's voice and says Moon Hyung-bae read it; it does not confirm a sentence quoted from him.",
  Q("en", "\"The declaration of martial law was a grave betrayal of the people's trust,\" Acting Chief Justice Moon Hyung-bae said on April 4, 2025, according to the Constitutional Court.",
    "moon-hyung-bae", "The declaration of martial law was a grave betrayal of the people's trust", "2025-04-04",
    channel="press_release", confirmed_by="constitutional-court-korea"),
  ["d31_kr_court_20250404"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "The Congress's note of Monday 16 Nov 2020 says the plenary elected the list headed by Francisco Sagasti and that he 'asumirá la Presidencia de la República'; Merino's resignation of the 15th sits next to it without moving it.",
  E("es", "El Congreso peruano eligió el 16 de noviembre de 2020 a Francisco Sagasti como su presidente, con lo que asumirá la Presidencia de la República tras la renuncia de Manuel Merino.",
    "el Congreso eligió a Francisco Sagasti como su presidente, con lo que asumirá la Presidencia de la República", "2020-11-16",
    ["congreso-peru", "francisco-sagasti"]),
  ["d31_merino_20201115", "d31_congreso_pe_20201116"])

P(T, U, "Factba.se's transcript records Trump's video of 6 Jan 2021; nothing records a video on the 7th, and nothing in the claim pins it to the video of the 6th.",
  E("en", "Donald Trump addressed his supporters in a video message on January 7, 2021.",
    "Trump addressed his supporters in a video message", "2021-01-07",
    ["donald-trump"]),
  ["d31_factbase_trump_20210106"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The State Department's statement of 3 Dec 2024 is Secretary Blinken's; no source records Deputy Secretary Campbell welcoming the reversal, which Blinken's statement neither confirms nor excludes.",
  S("en", "Deputy Secretary of State Kurt Campbell welcomed on December 3, 2024 President Yoon's decision to reverse his martial law declaration.",
    "kurt-campbell", "Campbell welcomed Yoon's decision to reverse his martial law declaration", "2024-12-03"),
  ["d31_state_20241203"])

P(T, C, "McConnell's own turn in the Senate's record of 6 Jan 2021 says 'If we overrule them, it would damage our Republic forever'; Biden's remarks of the same day sit next to it without moving it.",
  S("en", "Senate Majority Leader Mitch McConnell warned on January 6, 2021 that overruling the voters, the courts and the states would damage the republic forever.",
    "mitch-mcconnell", "overruling the voters, the courts and the states would damage the republic forever", "2021-01-06"),
  ["d31_biden_20210106", "d31_senate_record_20210106"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Assembly's release of 14 Dec 2024 says it 'passed the motion to impeach President Yoon Suk Yeol' and that his powers are suspended; the Court's removal of April 2025, a similar headline, sits next to it without moving it.",
  E("en", "South Korea's National Assembly impeached President Yoon Suk Yeol on December 14, 2024, suspending his powers.",
    "the National Assembly impeached Yoon, suspending his powers", "2024-12-14",
    ["national-assembly-korea", "yoon-suk-yeol"]),
  ["d31_kr_assembly_20241214", "d31_kr_court_20250404"])

P(T, U, "wrong act: Mugica's statement of 2 Aug 2017 says the turnout was 'manipulated' by at least one million votes and that 'An audit would allow to know the exact number'; a request to annul the election is another act, which it neither reports nor rules out.",
  S("es", "Smartmatic pidió el 2 de agosto de 2017 que se anulara la elección de la Asamblea Nacional Constituyente venezolana.",
    "smartmatic", "Smartmatic pidió que se anulara la elección de la Asamblea Nacional Constituyente", "2017-08-02"),
  ["d31_smartmatic_20170802"])

P(T, U, "wrong act: Biden's own turn of 6 Jan 2021 says 'I call on President Trump to go on national television now to fulfill his oath ... and demand an end to this siege'; a call to resign is another demand, which the remarks neither make nor rule out (as dev26 decided for respect against an apology).",
  S("en", "Joe Biden called on Donald Trump to resign on January 6, 2021, as rioters occupied the Capitol.",
    "joe-biden", "Biden called on Trump to resign", "2021-01-06"),
  ["d31_biden_20210106"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Reuters, a media outlet citing the families, reports that López and Ledezma were taken from their homes; no primary or official source is among this pair's documents.",
  E("en", "Venezuelan intelligence agents took opposition leaders Leopoldo López and Antonio Ledezma from their homes in the early hours of August 1, 2017.",
    "intelligence agents took Leopoldo López and Antonio Ledezma from their homes", "2017-08-01"),
  ["d31_reuters_20170801"])

P(T, U, "Only La República, a media outlet, reports the deaths of Inti Sotelo and Bryan Pintado; no primary or official source is among this pair's documents.",
  E("es", "Dos jóvenes, Inti Sotelo y Bryan Pintado, murieron la noche del 14 de noviembre de 2020 durante la represión de la marcha contra Manuel Merino en Lima.",
    "Inti Sotelo y Bryan Pintado murieron durante la represión de la marcha contra Merino", "2020-11-14"),
  ["d31_larepublica_20201115"])

P(T, U, "Only Yonhap, a news agency, reports the troops arriving by helicopter and breaking windows; no primary or official source is among this pair's documents.",
  E("es", "Soldados llegaron en helicóptero a la Asamblea Nacional surcoreana la noche del 3 de diciembre de 2024 y algunos entraron en el edificio rompiendo ventanas.",
    "soldados llegaron en helicóptero a la Asamblea Nacional y algunos entraron rompiendo ventanas", "2024-12-03",
    ["national-assembly-korea"]),
  ["d31_yonhap_20241204"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Trump's words are in Factba.se's transcript of his video of 6 Jan 2021; no post of his is among the sources, and the claim is about Twitter.",
  Q("en", "\"So go home. We love you. You're very special,\" Donald Trump told the rioters on Twitter on January 6, 2021.",
    "donald-trump", "So go home. We love you. You're very special", "2021-01-06",
    channel="x", event_type="post"),
  ["d31_factbase_trump_20210106"])

P(T, U, "Mnuchin's words are in the Treasury's press release of 31 Jul 2017; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«Las elecciones ilegítimas de ayer confirman que Maduro es un dictador», escribió Steven Mnuchin en Twitter el 31 de julio de 2017.",
    "steven-mnuchin", "Las elecciones ilegítimas de ayer confirman que Maduro es un dictador", "2017-07-31",
    channel="x", event_type="post"),
  ["d31_treasury_20170731"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Yoon in fact speaks of 'North Korean communist forces', which does not change the label).",
  S("en", "Yoon Suk Yeol did not mention North Korea in his martial law address of December 3, 2024.",
    "yoon-suk-yeol", "Yoon did not mention North Korea in his martial law address", "2024-12-03", absence=True),
  ["d31_kr_yoon_20241203"])

P(T, U, "Absence claims are always unverified (here Trump in fact thanks 'Senator Marco Rubio', which does not change the label).",
  S("es", "Donald Trump no mencionó a Marco Rubio en su discurso sobre Cuba en Miami, el 16 de junio de 2017.",
    "donald-trump", "Trump no mencionó a Marco Rubio en su discurso sobre Cuba", "2017-06-16", absence=True),
  ["d31_wh_trump_cuba_20170616"])
