"""Claims, labels and notes of the nineteenth development set (dev19.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev18), applied to the documents in docs_dev19.py alone,
without reading checks/ or running the pipeline. It shares only the claim helpers (doclib.py) with
the other sets. Notes that begin "wrong act:" mark claims whose act is not the source's while the
rest matches (a vote postponed for one taken, criticism for praise, a signature for an agreement);
they are filed under the closest existing category.
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Villarruel's own turn in the Senate's versión taquigráfica of 12 Jun 2024, after the tie was ratified, ends 'mi voto es afirmativo'.",
  Q("es", "«Mi voto es afirmativo», anunció la vicepresidenta Victoria Villarruel al desempatar en el Senado la votación en general de la Ley Bases, el 12 de junio de 2024.",
    "victoria-villarruel", "Mi voto es afirmativo", "2024-06-12"),
  ["d19_senado_ar_vt_20240612"])

P(T, C, "The Senate's own note of Wednesday 12 Jun 2024 says the vote in general tied 36 to 36 twice and that Villarruel broke the tie with her vote, 'pasadas las 23 horas'.",
  E("es", "El Senado argentino aprobó en general la Ley Bases en la noche del 12 de junio de 2024 gracias al voto de desempate de la vicepresidenta Victoria Villarruel, tras un empate de 36 a 36.",
    "el Senado aprobó en general la Ley Bases con el desempate de Villarruel tras un empate de 36 a 36", "2024-06-12",
    ["senado-argentina", "victoria-villarruel"]),
  ["d19_senado_ar_20240612"])

P(T, C, "Sánchez's own institutional declaration of 8 Sep 2025 announces 'nueve medidas adicionales', the first 'un real decreto-ley que consolide jurídicamente el embargo de armas a Israel'.",
  S("es", "El presidente del Gobierno, Pedro Sánchez, anunció el 8 de septiembre de 2025 nueve medidas contra Israel por la guerra en Gaza, entre ellas un real decreto-ley para consolidar el embargo de armas.",
    "pedro-sanchez", "nueve medidas contra Israel, entre ellas un real decreto-ley que consolida el embargo de armas", "2025-09-08"),
  ["d19_moncloa_20250908"])

P(T, C, "Sa'ar's own post, stamped 08:15 UTC on 8 Sep 2025 (11:15 in Jerusalem), says Díaz and Rego 'will be barred from entering Israel'.",
  S("en", "Israeli Foreign Minister Gideon Sa'ar said on September 8, 2025 that Spain's Deputy Prime Minister Yolanda Díaz and minister Sira Rego would be barred from entering Israel.",
    "gideon-saar", "Yolanda Díaz and Sira Rego will be barred from entering Israel", "2025-09-08"),
  ["d19_x_saar_20250908"])

P(T, C, "Sunak's own statement in Downing Street of 5 Jul 2024, in GOV.UK's transcript, says 'To the country, I would like to say, first and foremost, I am sorry'.",
  Q("en", "\"To the country, I would like to say, first and foremost, I am sorry,\" Rishi Sunak said outside 10 Downing Street on July 5, 2024, hours after his party's election defeat.",
    "rishi-sunak", "To the country, I would like to say, first and foremost, I am sorry", "2024-07-05"),
  ["d19_gov_sunak_20240705"])

P(T, C, "The White House readout of 5 Jul 2024 says that 'Today' Biden called Starmer 'to congratulate him on his election'.",
  E("en", "President Joe Biden called Keir Starmer on July 5, 2024 to congratulate him on his election victory, the White House said.",
    "Biden called Starmer to congratulate him on his election victory", "2024-07-05", ["joe-biden", "keir-starmer"],
    channel="readout", event_type="call", confirmed_by="white-house"),
  ["d19_wh_20240705"])

P(T, C, "Starmer's own turn in GOV.UK's transcript of his press conference at Northwood on 22 May 2025 says '£101 million a year is the average cost'.",
  Q("en", "\"£101 million a year is the average cost,\" Prime Minister Keir Starmer said at a press conference on May 22, 2025, after the United Kingdom signed its treaty with Mauritius on the Chagos Islands.",
    "keir-starmer", "£101 million a year is the average cost", "2025-05-22", channel="press_conference", event_type="press_conference"),
  ["d19_gov_starmer_20250522"])

P(T, C, "Rubio's own press statement of 22 May 2025 says the United States 'welcomes the historic agreement' and that it 'secures the long-term, stable and effective operation' of the facility on Diego Garcia.",
  S("en", "Secretary of State Marco Rubio welcomed on May 22, 2025 the agreement between the United Kingdom and Mauritius on the Chagos Archipelago, saying it secures the long-term operation of the Diego Garcia base.",
    "marco-rubio", "the United States welcomes the UK-Mauritius agreement on the Chagos Archipelago, which secures the long-term operation of the Diego Garcia base", "2025-05-22",
    channel="press_release"),
  ["d19_state_20250522"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Villarruel's own Spanish turn of 12 Jun 2024 says 'Hoy vimos dos Argentinas'; 'Today we saw two Argentinas' is its translation.",
  Q("en", "\"Today we saw two Argentinas,\" Vice President Victoria Villarruel said on June 12, 2024 before casting the vote that broke the Senate's tie on the Ley Bases.",
    "victoria-villarruel", "Today we saw two Argentinas", "2024-06-12"),
  ["d19_senado_ar_vt_20240612"])

P(T, C, "The Colombian Senate's Spanish note of 14 May 2025 says the plenary 'negó ... el concepto favorable a la convocatoria de la consulta popular presentada por el Gobierno del presidente Gustavo Petro', twelve questions on labour matters.",
  E("en", "Colombia's Senate on May 14, 2025 rejected President Gustavo Petro's request to call a referendum on labor issues.",
    "the Senate rejected Petro's request to call a referendum on labor issues", "2025-05-14", ["senado-colombia"]),
  ["d19_senado_co_20250514"])

P(T, C, "Sánchez's own Spanish declaration of 8 Sep 2025 says 'Nosotros solos no podemos detener la ofensiva israelí'; the English quote is its translation.",
  Q("en", "\"We alone cannot stop the Israeli offensive,\" Spanish Prime Minister Pedro Sánchez said on September 8, 2025, as he announced new measures against Israel.",
    "pedro-sanchez", "We alone cannot stop the Israeli offensive", "2025-09-08"),
  ["d19_moncloa_20250908"])

P(T, C, "Sa'ar's own English post of 8 Sep 2025 (11:15 in Jerusalem) says 'The Spanish government is pursuing a hostile anti-Israel line, with wild, hate-filled rhetoric'; the Spanish quote is its translation.",
  Q("es", "«El Gobierno español sigue una línea hostil contra Israel, con una retórica desenfrenada y llena de odio», escribió en X el ministro de Exteriores israelí, Gideon Sa'ar, el 8 de septiembre de 2025.",
    "gideon-saar", "El Gobierno español sigue una línea hostil contra Israel, con una retórica desenfrenada y llena de odio", "2025-09-08",
    channel="x", event_type="post"),
  ["d19_x_saar_20250908"])

P(T, C, "Starmer's own English turn in the transcript of his press conference of 6 Jul 2024 says 'The Rwanda scheme was dead and buried before it started'; the Spanish quote is its translation.",
  Q("es", "«El plan de Ruanda estaba muerto y enterrado antes de empezar», afirmó Keir Starmer el 6 de julio de 2024 en su primera rueda de prensa como primer ministro.",
    "keir-starmer", "El plan de Ruanda estaba muerto y enterrado antes de empezar", "2024-07-06",
    channel="press_conference", event_type="press_conference"),
  ["d19_gov_starmer_20240706"])

P(T, C, "Starmer's own English turn of 22 May 2025 at Northwood says 'We will never gamble with national security'; the Spanish quote is its translation.",
  Q("es", "«Nunca nos jugaremos la seguridad nacional», afirmó Keir Starmer el 22 de mayo de 2025 al defender el acuerdo con Mauricio sobre la base de Diego García.",
    "keir-starmer", "Nunca nos jugaremos la seguridad nacional", "2025-05-22"),
  ["d19_gov_starmer_20250522"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The Oficina del Presidente's post is stamped 02:50 UTC on 13 Jun 2024, which is 23:50 on the 12th in Buenos Aires (UTC-3); it calls the approval in general 'un triunfo del pueblo argentino', and the local date matches.",
  Q("es", "La Oficina del Presidente celebró en X el 12 de junio de 2024 la aprobación en general de la Ley Bases como «un triunfo del pueblo argentino».",
    "oficina-presidente-argentina", "un triunfo del pueblo argentino", "2024-06-12", channel="x", event_type="post"),
  ["d19_x_opra_noche_20240612"])

P(T, C, "The same post, stamped 02:50 UTC on 13 Jun 2024 (23:50 on the 12th in Buenos Aires), says 'el primer paso hacia la recuperación de nuestra grandeza'; the English quote is its translation, and the local date matches.",
  Q("en", "Javier Milei's office wrote on X on June 12, 2024 that the Senate's approval of the Ley Bases was \"the first step toward the recovery of our greatness.\"",
    "oficina-presidente-argentina", "the first step toward the recovery of our greatness", "2024-06-12", channel="x", event_type="post"),
  ["d19_x_opra_noche_20240612"])

P(T, C, "Benedetti's post is stamped 00:55 UTC on 15 May 2025, which is 19:55 on the 14th in Bogotá (UTC-5); it says 'Lo de hoy en el Senado fue un fraude', and the local date matches.",
  Q("es", "El ministro del Interior, Armando Benedetti, escribió en X el 14 de mayo de 2025 que lo ocurrido en el Senado con la consulta popular fue «un fraude».",
    "armando-benedetti", "un fraude", "2025-05-14", channel="x", event_type="post"),
  ["d19_x_benedetti_20250514"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Colombian Senate's note of 14 May 2025 gives '47 votos por el SÍ y 49 votos por el NO' in the nominal vote on the consulta.",
  S("en", "Colombia's Senate turned down President Petro's referendum proposal 49 votes to 47 on May 14, 2025, the chamber said.",
    "senado-colombia", "the Senate turned down the referendum proposal 49 votes to 47", "2025-05-14", channel="press_release"),
  ["d19_senado_co_20250514"])

P(T, C, "Starmer's own turn of 22 May 2025 gives 'a net cost of £3.4 billion over those 99 years'; 3.400 millones de libras is £3.4 billion.",
  S("es", "Keir Starmer cifró el 22 de mayo de 2025 en 3.400 millones de libras el coste neto del arrendamiento de la base de Diego García durante 99 años.",
    "keir-starmer", "el coste neto del arrendamiento de Diego García durante 99 años es de 3.400 millones de libras", "2025-05-22"),
  ["d19_gov_starmer_20250522"])

P(T, X, "The Senate's note of 12 Jun 2024 gives a tie of 36 votes to 36 in the vote in general, broken by Villarruel's vote, not 38 to 34.",
  E("en", "Argentina's Senate approved Javier Milei's Ley Bases in general on June 12, 2024 by 38 votes to 34.",
    "the Senate approved the Ley Bases in general by 38 votes to 34", "2024-06-12", ["senado-argentina"]),
  ["d19_senado_ar_20240612"])

P(T, X, "Sánchez's own declaration of 8 Sep 2025 announces 'nueve medidas adicionales' and lists nine, not seven.",
  S("en", "Spanish Prime Minister Pedro Sánchez unveiled seven new measures against Israel on September 8, 2025, including a law to formalize the arms embargo.",
    "pedro-sanchez", "seven new measures against Israel, including a law to formalize the arms embargo", "2025-09-08"),
  ["d19_moncloa_20250908"])

P(T, U, "Starmer's turns of 22 May 2025 give only the average (£101 million a year) and the net cost (£3.4 billion); no yearly figure for the first years is in them.",
  S("en", "Britain will pay Mauritius £165 million a year for the first three years of the Diego Garcia lease, Keir Starmer said on May 22, 2025.",
    "keir-starmer", "Britain will pay Mauritius £165 million a year for the first three years of the lease", "2025-05-22"),
  ["d19_gov_starmer_20250522"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The approval in general with Villarruel's tie-break is one vote; the Senate's note places it 'pasadas las 23 horas de este miércoles 12 de junio', not on the 11th.",
  E("es", "El Senado aprobó en general la Ley Bases el 11 de junio de 2024, con el voto de desempate de la vicepresidenta Victoria Villarruel.",
    "el Senado aprobó en general la Ley Bases con el desempate de Villarruel", "2024-06-11", ["senado-argentina", "victoria-villarruel"]),
  ["d19_senado_ar_20240612"])

P(T, X, "The signing of the Chagos treaty is one event; the UK government's release of 22 May 2025 says the United Kingdom 'today signed a treaty with the Government of Mauritius', not on the 21st.",
  E("en", "The United Kingdom signed the treaty handing sovereignty over the Chagos Islands to Mauritius on May 21, 2025.",
    "the United Kingdom signed the treaty handing sovereignty over the Chagos Islands to Mauritius", "2025-05-21",
    ["uk-government", "mauritius-government"], event_type="signing"),
  ["d19_gov_release_20250522"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The vote of 49 to 47 pins the Senate's denial of the consulta; Cepeda's certification, published on 4 Jun 2025, says it 'fue negada el 14 de mayo de 2025', not in June.",
  E("es", "En junio de 2025, el Senado colombiano hundió la consulta popular de Gustavo Petro por 49 votos contra 47.",
    "el Senado hundió la consulta popular de Petro por 49 votos contra 47", "2025-06", ["senado-colombia"]),
  ["d19_senado_co_20250604"])

P(T, X, "The political agreement announced by Starmer and Jugnauth is one event; their joint statement is dated 3 Oct 2024 ('today confirm'), not November.",
  E("es", "Keir Starmer y Pravind Jugnauth anunciaron en noviembre de 2024 un acuerdo político por el que el Reino Unido reconocerá la soberanía de Mauricio sobre el archipiélago de Chagos.",
    "Starmer y Jugnauth anunciaron un acuerdo político sobre la soberanía de Mauricio en Chagos", "2024-11",
    ["keir-starmer", "pravind-jugnauth"]),
  ["d19_gov_joint_20241003"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Starmer's first speech as prime minister is one event; GOV.UK's transcript places it in Downing Street, and he opens with 'I have just come back from Buckingham Palace'.",
  E("es", "Keir Starmer pronunció su primer discurso como primer ministro a las puertas del Palacio de Buckingham el 5 de julio de 2024.",
    "Starmer pronunció su primer discurso como primer ministro a las puertas del Palacio de Buckingham", "2024-07-05", ["keir-starmer"]),
  ["d19_gov_starmer_20240705"])

P(T, X, "Starmer's press conference on the Chagos treaty of 22 May 2025 is one event; his own turn says 'I am speaking to you from Northwood', not Downing Street.",
  E("es", "Starmer defendió el acuerdo sobre el archipiélago de Chagos en una rueda de prensa en Downing Street el 22 de mayo de 2025.",
    "Starmer defendió el acuerdo sobre Chagos en una rueda de prensa en Downing Street", "2025-05-22", ["keir-starmer"],
    event_type="press_conference"),
  ["d19_gov_starmer_20250522"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The vote in general of 12 Jun 2024 is pinned; the Senate's note names Vice President Villarruel as the one who broke the tie, and Bartolomé Abdala as the majority's rapporteur.",
  E("en", "Senate provisional president Bartolomé Abdala cast the tie-breaking vote that approved the Ley Bases in general on June 12, 2024.",
    "Bartolomé Abdala cast the tie-breaking vote that approved the Ley Bases in general", "2024-06-12", ["bartolome-abdala"]),
  ["d19_senado_ar_20240612"])

P(T, X, "The signing of 22 May 2025 is pinned; the UK government's release names the Government of Mauritius 'led by Prime Minister Navin Ramgoolam', not Pravind Jugnauth.",
  E("en", "Mauritian Prime Minister Pravind Jugnauth's government signed the Chagos treaty with the United Kingdom on May 22, 2025.",
    "Jugnauth's government signed the Chagos treaty with the United Kingdom", "2025-05-22", ["uk-government", "pravind-jugnauth"],
    event_type="signing"),
  ["d19_gov_release_20250522"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Sunak's own statement of 5 Jul 2024 says he will step down as party leader 'not immediately, but once the formal arrangements for selecting my successor are in place': the opposite of the claim.",
  S("es", "Rishi Sunak dimitió el 5 de julio de 2024 como líder del Partido Conservador con efecto inmediato.",
    "rishi-sunak", "Sunak deja el liderazgo del Partido Conservador con efecto inmediato", "2024-07-05"),
  ["d19_gov_sunak_20240705"])

P(T, X, "Sánchez's own declaration of 8 Sep 2025 says 'Nosotros solos no podemos detener la ofensiva israelí': the opposite, in other words, of the claim.",
  S("es", "Pedro Sánchez aseguró el 8 de septiembre de 2025 que España, por sí sola, puede detener la ofensiva israelí en Gaza.",
    "pedro-sanchez", "España, por sí sola, puede detener la ofensiva israelí", "2025-09-08"),
  ["d19_moncloa_20250908"])

P(T, X, "wrong act: the Senate's note of 12 Jun 2024 reports an approval in general and says in so many words that 'el proyecto todavía no es ley: vuelve a la Cámara de Diputados'; unlike dev4's signature, which that release neither reported nor ruled out, this sanction is ruled out.",
  E("es", "El Senado sancionó el 12 de junio de 2024 la Ley Bases de Javier Milei, que quedó así convertida en ley.",
    "el Senado sancionó la Ley Bases, que quedó convertida en ley", "2024-06-12", ["senado-argentina"]),
  ["d19_senado_ar_20240612"])

P(T, X, "wrong act: the Oficina del Presidente's post of 12 Jun 2024 (17:40 in Buenos Aires) 'felicita a las Fuerzas de Seguridad por su excelente desempeño': the same statement, told as criticism.",
  S("es", "La Oficina del Presidente criticó el 12 de junio de 2024 el accionar de las fuerzas de seguridad frente al Congreso durante el debate de la Ley Bases.",
    "oficina-presidente-argentina", "la Oficina del Presidente criticó el accionar de las fuerzas de seguridad frente al Congreso", "2024-06-12"),
  ["d19_x_opra_tarde_20240612"])

P(T, X, "wrong act: the Senate's note of 14 May 2025 reports that the plenary voted that day and 'negó' the consulta, 47 to 49, in a nominal vote; a postponement of the vote is incompatible with it.",
  E("es", "La plenaria del Senado colombiano aplazó el 14 de mayo de 2025 la votación de la consulta popular de Gustavo Petro.",
    "la plenaria del Senado aplazó la votación de la consulta popular", "2025-05-14", ["senado-colombia"]),
  ["d19_senado_co_20250514"])

P(T, X, "wrong act: Rubio's own press statement of 22 May 2025 says the United States 'welcomes the historic agreement' and commends both governments: the same statement, told as criticism.",
  S("en", "Secretary of State Marco Rubio criticized the agreement between the United Kingdom and Mauritius on the Chagos Archipelago on May 22, 2025.",
    "marco-rubio", "Rubio criticized the UK-Mauritius agreement on the Chagos Archipelago", "2025-05-22"),
  ["d19_state_20250522"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "Starmer's first speech in Downing Street on 5 Jul 2024 is pinned; his own turn says 'Country first, party second', not 'government second'.",
  Q("en", "\"Country first, government second,\" Keir Starmer said in his first speech as prime minister in Downing Street on July 5, 2024.",
    "keir-starmer", "Country first, government second", "2024-07-05"),
  ["d19_gov_starmer_20240705"])

P(T, U, "The claimed Caracol Radio interview of 15 May 2025 is not among the sources, and the Senate's note of the 14th, another occasion, quotes no one.",
  Q("es", "«El Senado le robó la consulta al pueblo colombiano», dijo Gustavo Petro en una entrevista con Caracol Radio el 15 de mayo de 2025.",
    "gustavo-petro", "El Senado le robó la consulta al pueblo colombiano", "2025-05-15", channel="interview", event_type="interview"),
  ["d19_senado_co_20250514"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the transcript of 9 Sep 2025 ('¿va a romper España relaciones diplomáticas con Israel?'), claimed in the first person as Albares's announcement, and Albares answers 'No'.",
  Q("es", "«Vamos a romper relaciones diplomáticas con Israel», anunció el ministro de Exteriores, José Manuel Albares, en la rueda de prensa posterior al Consejo de Ministros del 9 de septiembre de 2025.",
    "jose-manuel-albares", "Vamos a romper relaciones diplomáticas con Israel", "2025-09-09",
    channel="press_conference", event_type="press_conference"),
  ["d19_moncloa_20250909"])

P(T, U, "The words are Defence Secretary John Healey's, in his own passage of the UK government's release of 22 May 2025, not Starmer's.",
  Q("en", "\"As the world becomes more dangerous, our military base on Diego Garcia becomes more important,\" Keir Starmer said on May 22, 2025.",
    "keir-starmer", "As the world becomes more dangerous, our military base on Diego Garcia becomes more important", "2025-05-22"),
  ["d19_gov_release_20250522"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The White House readout records Biden's call to Starmer on 5 Jul 2024; nothing records a call on the 6th, and nothing in the claim pins the call of the 5th.",
  E("en", "Joe Biden and Keir Starmer spoke by phone on July 6, 2024.",
    "Biden and Starmer spoke by phone", "2024-07-06", ["joe-biden", "keir-starmer"], event_type="call"),
  ["d19_wh_20240705"])

P(T, C, "Albares's own turn in the transcript of 9 Sep 2025 says Ben Gvir and Smotrich 'no podrán acceder a territorio español'; Sánchez's declaration of the 8th, which announced the measure in general, sits next to it without moving it.",
  S("es", "El ministro de Exteriores, José Manuel Albares, anunció el 9 de septiembre de 2025 que los ministros israelíes Itamar Ben Gvir y Bezalel Smotrich no podrán entrar en España.",
    "jose-manuel-albares", "los ministros israelíes Itamar Ben Gvir y Bezalel Smotrich no podrán entrar en España", "2025-09-09"),
  ["d19_moncloa_20250908", "d19_moncloa_20250909"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The port ban is one of the measures Sánchez announced in his own declaration of 8 Sep 2025; no source records Yolanda Díaz announcing it, which the transcript neither confirms nor excludes.",
  S("es", "La vicepresidenta Yolanda Díaz anunció el 8 de septiembre de 2025 que España prohibirá el tránsito por sus puertos de los buques que transporten combustible para el ejército israelí.",
    "yolanda-diaz", "España prohibirá el tránsito por sus puertos de los buques con combustible para el ejército israelí", "2025-09-08"),
  ["d19_moncloa_20250908"])

P(T, C, "Sunak's own statement of 5 Jul 2024 says 'In this job, his successes will be all our successes'; Starmer's speech of the same day sits next to it without moving it.",
  Q("en", "Outgoing Prime Minister Rishi Sunak said on July 5, 2024 that Keir Starmer's \"successes will be all our successes.\"",
    "rishi-sunak", "successes will be all our successes", "2024-07-05"),
  ["d19_gov_starmer_20240705", "d19_gov_sunak_20240705"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Biden's own statement of 3 Oct 2024 says 'I applaud the historic agreement reached today by the United Kingdom and Mauritius'; Rubio's statement of May 2025 on the treaty, a similar headline, sits next to it without moving it.",
  S("en", "President Joe Biden applauded on October 3, 2024 the agreement between the United Kingdom and Mauritius on the Chagos Archipelago.",
    "joe-biden", "Biden applauded the UK-Mauritius agreement on the Chagos Archipelago", "2024-10-03"),
  ["d19_wh_20241003", "d19_state_20250522"])

P(T, U, "wrong act: Biden's statement of 3 Oct 2024 applauds an agreement 'reached today'; a signed treaty is another step, which it neither reports nor rules out (as dev4 decided for the EU-Mercosur signature; the joint statement, which would rule it out, is not in this pair).",
  E("en", "The United Kingdom and Mauritius signed a treaty on the Chagos Archipelago on October 3, 2024.",
    "the United Kingdom and Mauritius signed a treaty on the Chagos Archipelago", "2024-10-03",
    ["uk-government", "mauritius-government"], event_type="signing"),
  ["d19_wh_20241003"])

P(T, U, "wrong act: the Foreign Ministry's comunicado of 8 Sep 2025 reports that Albares recalled the ambassador in Israel for consultations; a break of diplomatic relations is another step, which it neither reports nor rules out (Albares's 'No' of the 9th is not in this pair).",
  E("es", "España rompió relaciones diplomáticas con Israel el 8 de septiembre de 2025.",
    "España rompió relaciones diplomáticas con Israel", "2025-09-08", ["spain-government"]),
  ["d19_exteriores_20250908"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Colombian Senate's note of 14 May 2025 reports the votes in the institution's own words and quotes no one; it does not confirm a sentence quoted from its president.",
  Q("es", "«Hoy el Senado actuó con total transparencia y con respeto por el reglamento», dijo su presidente, Efraín Cepeda, según el comunicado de la corporación del 14 de mayo de 2025.",
    "efrain-cepeda", "Hoy el Senado actuó con total transparencia y con respeto por el reglamento", "2025-05-14", channel="press_release"),
  ["d19_senado_co_20250514"])

P(T, U, "The UK government's release of 22 May 2025 names Ramgoolam's government and quotes only Healey; it does not confirm a sentence quoted from the Mauritian prime minister.",
  Q("en", "\"This is a great victory for Mauritius,\" Prime Minister Navin Ramgoolam said on May 22, 2025, according to the British government.",
    "navin-ramgoolam", "This is a great victory for Mauritius", "2025-05-22", channel="press_release"),
  ["d19_gov_release_20250522"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only La Nación, a media outlet, reports the burning of Cadena 3's car; no primary or official source is among this pair's documents.",
  E("es", "Manifestantes incendiaron un auto de la radio Cadena 3 frente al Congreso argentino el 12 de junio de 2024, durante el debate de la Ley Bases.",
    "manifestantes incendiaron un auto de Cadena 3 frente al Congreso", "2024-06-12"),
  ["d19_lanacion_20240612"])

P(T, U, "Only elDiario.es, a media outlet, reports Díaz's reply; no post or statement of hers is among this pair's documents.",
  S("es", "Yolanda Díaz dijo el 8 de septiembre de 2025 sentir orgullo de que Israel le prohíba la entrada en el país.",
    "yolanda-diaz", "siente orgullo de que Israel le prohíba la entrada", "2025-09-08"),
  ["d19_eldiario_20250908"])

P(T, U, "Only the BBC, a media outlet, gives the seat count; no official result is among this pair's documents.",
  E("en", "Labour won 411 of the 650 seats in the House of Commons in the UK general election of July 4, 2024.",
    "Labour won 411 of the 650 seats in the House of Commons", "2024-07-04"),
  ["d19_bbc_20240705"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Sunak's words are in GOV.UK's transcript of his statement in Downing Street of 5 Jul 2024; no post of his is among the sources, and the claim is about X.",
  Q("en", "\"I am sorry,\" Rishi Sunak wrote on X on July 5, 2024, after the Conservatives' defeat in the general election.",
    "rishi-sunak", "I am sorry", "2024-07-05", channel="x", event_type="post"),
  ["d19_gov_sunak_20240705"])

P(T, U, "Sánchez's words are in La Moncloa's transcript of his declaration of 8 Sep 2025; no post of his is among the sources, and the claim is about X.",
  Q("es", "Pedro Sánchez escribió en X el 8 de septiembre de 2025 que lo que hace Israel en Gaza es «exterminar a un pueblo indefenso».",
    "pedro-sanchez", "exterminar a un pueblo indefenso", "2025-09-08", channel="x", event_type="post"),
  ["d19_moncloa_20250908"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Villarruel's turn in fact speaks of 'una Argentina violenta, que quema autos, que tira piedras').",
  S("es", "Victoria Villarruel no hizo ninguna referencia a los incidentes frente al Congreso al desempatar la votación de la Ley Bases el 12 de junio de 2024.",
    "victoria-villarruel", "Villarruel no se refirió a los incidentes frente al Congreso", "2024-06-12", absence=True),
  ["d19_senado_ar_vt_20240612"])

P(T, U, "Absence claims are always unverified (here the speech in fact thanks 'the outgoing Prime Minister, Rishi Sunak').",
  S("en", "Keir Starmer did not mention Rishi Sunak in his first speech as prime minister on July 5, 2024.",
    "keir-starmer", "the speech did not mention Rishi Sunak", "2024-07-05", absence=True),
  ["d19_gov_starmer_20240705"])
