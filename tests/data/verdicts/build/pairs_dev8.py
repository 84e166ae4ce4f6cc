"""Claims, labels and notes of the eighth development set (dev8.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev7), applied to the documents in docs_dev8.py alone,
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

P(T, C, "The Ecuadorian presidency's release of Monday 8 Jan 2024 says Noboa signed Decree 110 declaring a state of exception in the whole national territory, prisons included, for 60 days.",
  S("es", "El presidente Daniel Noboa decretó el 8 de enero de 2024 el estado de excepción en todo el territorio nacional, incluidas las cárceles, por 60 días.",
    "daniel-noboa", "decretó el estado de excepción en todo el territorio nacional, incluidas las cárceles, por 60 días", "2024-01-08"),
  ["d8_presidencia_ec_20240108"])

P(T, C, "Blinken's own turn in the State Department transcript of the accession ceremony of 7 Mar 2024 has the quoted words exactly.",
  Q("en", "\"Good things come to those who wait,\" Secretary of State Antony Blinken said on March 7, 2024, as he received Sweden's instrument of accession to NATO.",
    "antony-blinken", "Good things come to those who wait", "2024-03-07"),
  ["d8_state_20240307"])

P(T, C, "The Órgano Judicial's comunicado of Tuesday 28 Nov 2023 says the plenary of the Supreme Court unanimously declared Law 406, the contract with Minera Panamá, unconstitutional.",
  S("es", "La Corte Suprema de Justicia de Panamá declaró el 28 de noviembre de 2023, por unanimidad, inconstitucional la ley que aprobó el contrato con Minera Panamá.",
    "organo-judicial-panama", "declaró por unanimidad inconstitucional la ley que aprobó el contrato con Minera Panamá", "2023-11-28"),
  ["d8_organojudicial_20231128"])

P(T, C, "The Finnish president's own statement of 4 Apr 2023 says 'The era of military non-alignment in our history has come to an end.'",
  Q("en", "Finnish President Sauli Niinistö said on April 4, 2023 that \"the era of military non-alignment in our history has come to an end.\"",
    "sauli-niinisto", "the era of military non-alignment in our history has come to an end", "2023-04-04"),
  ["d8_presidentti_20230404"])

P(T, C, "Chaves's own turn in the presidency's transcript of his press conference of Monday 16 May 2022 says 'Estamos en guerra, y esto no es una exageración'.",
  Q("es", "«Estamos en guerra, y esto no es una exageración», afirmó el presidente Rodrigo Chaves en su conferencia de prensa del lunes 16 de mayo de 2022.",
    "rodrigo-chaves", "Estamos en guerra, y esto no es una exageración", "2022-05-16",
    channel="press_conference", event_type="press_conference"),
  ["d8_presidencia_cr_20220516"])

P(T, C, "The Vatican's English text of the address at Maskwacis of 25 Jul 2022, taken as the Pope's own words in English, has the quoted sentence exactly.",
  Q("en", "At Maskwacis, Alberta, on July 25, 2022, Pope Francis said: \"I humbly beg forgiveness for the evil committed by so many Christians against the Indigenous Peoples.\"",
    "pope-francis", "I humbly beg forgiveness for the evil committed by so many Christians against the Indigenous Peoples", "2022-07-25"),
  ["d8_vatican_en_20220725"])

P(T, C, "The Planalto's note of Friday 14 Apr 2023 says Lula was received by Xi Jinping at the Great Hall of the People in Beijing that day; the venue, date and participants match.",
  E("en", "Chinese President Xi Jinping received Brazilian President Luiz Inácio Lula da Silva at the Great Hall of the People in Beijing on April 14, 2023.",
    "Xi Jinping received Lula at the Great Hall of the People in Beijing", "2023-04-14", ["xi-jinping", "lula-da-silva"], event_type="meeting"),
  ["d8_planalto_20230414"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "NATO's release of 4 Apr 2023 says Haavisto handed Finland's instrument of accession to Blinken at NATO Headquarters in Brussels that day; the Spanish claim says the same.",
  E("es", "El canciller finlandés, Pekka Haavisto, entregó el 4 de abril de 2023 al secretario de Estado Antony Blinken el instrumento de adhesión de Finlandia a la OTAN, en la sede de la Alianza en Bruselas.",
    "Pekka Haavisto entregó a Antony Blinken el instrumento de adhesión de Finlandia a la OTAN en la sede de la Alianza en Bruselas", "2023-04-04",
    ["pekka-haavisto", "antony-blinken"], event_type="signing"),
  ["d8_nato_20230404"])

P(T, C, "Kristersson's own turn in the State Department transcript of 7 Mar 2024 says Sweden 'will strive for unity, solidarity and burden-sharing'; the Spanish claim reports it without quotation marks.",
  S("es", "El primer ministro sueco, Ulf Kristersson, aseguró el 7 de marzo de 2024 en Washington que Suecia trabajará por la unidad, la solidaridad y el reparto de cargas dentro de la OTAN.",
    "ulf-kristersson", "Suecia trabajará por la unidad, la solidaridad y el reparto de cargas dentro de la OTAN", "2024-03-07"),
  ["d8_state_20240307"])

P(T, C, "Cortizo's own turn in the Spanish transcript of his address of 28 Nov 2023 says the country enters 'un proceso de transición para el cierre ordenado y seguro de la mina'; the English claim renders it.",
  S("en", "In an address to the nation on November 28, 2023, Panamanian President Laurentino Cortizo said the country was entering a transition toward the orderly and safe closure of the mine.",
    "laurentino-cortizo", "the country is entering a transition toward the orderly and safe closure of the mine", "2023-11-28"),
  ["d8_presidencia_pa_20231128"])

P(T, C, "The Ecuadorian presidency's release of 9 Jan 2024 says Decree 111 orders the armed forces to carry out military operations to neutralise the groups; the English claim says the same.",
  S("en", "Ecuador's presidency said on January 9, 2024 that President Daniel Noboa's new decree ordered the armed forces to carry out military operations to neutralize the criminal groups.",
    "ecuador-presidency", "Noboa's decree ordered the armed forces to carry out military operations to neutralize the criminal groups", "2024-01-09"),
  ["d8_presidencia_ec_20240109"])

P(T, C, "Lula's own turn in the Planalto's English transcript of his Shanghai speech of 13 Apr 2023 says 'Every night I ask myself why all countries are obliged to base their trade on the dollar'; the Spanish quote renders it word for word.",
  Q("es", "«Todas las noches me pregunto por qué todos los países están obligados a basar su comercio en el dólar», dijo Lula el 13 de abril de 2023 en Shanghái, en la investidura de Dilma Rousseff al frente del banco de los BRICS.",
    "lula-da-silva", "Todas las noches me pregunto por qué todos los países están obligados a basar su comercio en el dólar", "2023-04-13"),
  ["d8_planalto_20230413"])

P(T, C, "The CCSS's comunicado of 31 May 2022 says it was hit by a cyberattack in the early hours of that Tuesday and shut down all its computer systems as a precaution; the English claim says the same.",
  S("en", "Costa Rica's social security fund, the CCSS, said it was hit by a cyberattack in the early hours of May 31, 2022 and shut down all of its computer systems as a precaution.",
    "ccss", "the CCSS was hit by a cyberattack and shut down all of its computer systems as a precaution", "2022-05-31"),
  ["d8_ccss_20220531"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Noboa's post is stamped 01:50 UTC on 9 Jan 2024, which is 20:50 on the 8th in Guayaquil; it contains the quoted words.",
  Q("es", "«Se acabaron los tiempos en que los condenados por narcotráfico, sicariato y crimen organizado le dictaban al Gobierno de turno qué hacer», escribió Daniel Noboa en X el 8 de enero de 2024.",
    "daniel-noboa", "Se acabaron los tiempos en que los condenados por narcotráfico, sicariato y crimen organizado le dictaban al Gobierno de turno qué hacer",
    "2024-01-08", channel="x", event_type="post"),
  ["d8_x_noboa_20240108"])

P(T, C, "Kristersson's post is stamped 00:40 UTC on 8 Mar 2024, which is 19:40 on the 7th in Washington, where he was; it says Sweden is now a member of NATO.",
  S("en", "Swedish Prime Minister Ulf Kristersson wrote on X on March 7, 2024 that Sweden was now a member of NATO, calling it a historic day.",
    "ulf-kristersson", "Sweden is now a member of NATO, a historic day", "2024-03-07", channel="x", event_type="post"),
  ["d8_x_kristersson_20240307"])

P(T, C, "Cortizo's post is stamped 01:30 UTC on 29 Nov 2023, which is 20:30 on the 28th in Panama; 'Acatamos el fallo de la Corte Suprema de Justicia' is what the English claim reports.",
  S("en", "Panama's President Laurentino Cortizo said on X on November 28, 2023 that his government would abide by the Supreme Court's ruling and begin the orderly closure of the mine.",
    "laurentino-cortizo", "the government will abide by the Supreme Court's ruling and begin the orderly closure of the mine", "2023-11-28",
    channel="x", event_type="post"),
  ["d8_x_cortizo_20231128"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Blinken's own turn in the transcript of 7 Mar 2024 says Sweden 'will become NATO's 32nd Ally'; 'trigésimo segundo' written in words is the same ordinal.",
  E("es", "Suecia se convirtió el 7 de marzo de 2024 en el trigésimo segundo miembro de la OTAN, en una ceremonia en el Departamento de Estado en Washington.",
    "Suecia se convirtió en el trigésimo segundo miembro de la OTAN", "2024-03-07", ["ulf-kristersson", "antony-blinken"], event_type="signing"),
  ["d8_state_20240307"])

P(T, C, "The Ecuadorian presidency's release of 9 Jan 2024 says Decree 111 identifies 22 organised-crime groups as terrorist organisations; 'twenty-two' in words is the same figure.",
  S("en", "Ecuador's President Daniel Noboa designated twenty-two criminal groups as terrorist organizations on January 9, 2024, declaring an internal armed conflict.",
    "daniel-noboa", "Noboa designated twenty-two criminal groups as terrorist organizations, declaring an internal armed conflict", "2024-01-09"),
  ["d8_presidencia_ec_20240109"])

P(T, C, "The State Department's press statement of 6 May 2022 offers 'up to $10 million' for information identifying Conti's leaders; 'as much as' is the same ceiling.",
  S("en", "The State Department said on May 6, 2022 it was offering as much as $10 million for information identifying leaders of the Conti ransomware group.",
    "us-state-department-spokesperson", "the United States offers as much as $10 million for information identifying leaders of the Conti ransomware group", "2022-05-06"),
  ["d8_state_20220506"])

P(T, C, "The Planalto's note of 14 Apr 2023 says the two leaders witnessed the signing of 15 agreements in Beijing; 'quince' written in words is the same figure.",
  E("es", "Lula y Xi Jinping presenciaron el 14 de abril de 2023 en Pekín la firma de quince acuerdos entre Brasil y China.",
    "Lula y Xi Jinping presenciaron en Pekín la firma de quince acuerdos entre Brasil y China", "2023-04-14",
    ["lula-da-silva", "xi-jinping"], event_type="signing"),
  ["d8_planalto_20230414"])

P(T, X, "Chaves's own turn in the transcript of 16 May 2022 counts 27 institutions attacked, nine of them badly, not 30.",
  S("es", "Rodrigo Chaves informó el 16 de mayo de 2022 que 30 instituciones públicas habían sido atacadas por los ciberdelincuentes.",
    "rodrigo-chaves", "30 instituciones públicas habían sido atacadas por los ciberdelincuentes", "2022-05-16"),
  ["d8_presidencia_cr_20220516"])

P(T, X, "The presidency's release of 8 Jan 2024 puts the state of exception at 60 days, not 90.",
  S("en", "Ecuador's President Daniel Noboa declared a 90-day state of emergency across the country on January 8, 2024.",
    "daniel-noboa", "Noboa declared a 90-day state of emergency across the country", "2024-01-08"),
  ["d8_presidencia_ec_20240108"])

P(T, X, "Decree 110 is pinned by its date and content; the presidency's release gives a curfew from 23:00 to 05:00, not from 22:00.",
  S("es", "El decreto de estado de excepción firmado por Noboa el 8 de enero de 2024 impuso un toque de queda de las 22:00 a las 05:00.",
    "daniel-noboa", "el decreto impuso un toque de queda de las 22:00 a las 05:00", "2024-01-08"),
  ["d8_presidencia_ec_20240108"])

P(T, U, "Chaves's transcript of 16 May 2022 gives no figure for Conti's demand; only La Nación, a secondary source, reports $20 million, and not as Chaves's words.",
  S("es", "Chaves dijo el 16 de mayo de 2022 que Conti exigía 20 millones de dólares al Gobierno de Costa Rica.",
    "rodrigo-chaves", "Conti exige 20 millones de dólares al Gobierno de Costa Rica", "2022-05-16"),
  ["d8_presidencia_cr_20220516", "d8_nacion_20220517"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Finland's accession as the 31st member, with the instrument handed to Blinken in Brussels, is one event; NATO's release dates it 'today (4 April 2023)', not the 3rd.",
  E("es", "Finlandia se convirtió el 3 de abril de 2023 en el miembro número 31 de la OTAN, al entregar su instrumento de adhesión en Bruselas.",
    "Finlandia se convirtió en el miembro número 31 de la OTAN al entregar su instrumento de adhesión en Bruselas", "2023-04-03",
    ["pekka-haavisto", "antony-blinken"], event_type="signing"),
  ["d8_nato_20230404"])

P(T, X, "The unanimous ruling on Law 406 is one event; the Órgano Judicial's comunicado dates it 'este martes', 28 Nov 2023, not the 27th.",
  S("en", "Panama's Supreme Court unanimously ruled on November 27, 2023 that the law approving First Quantum's mining contract was unconstitutional.",
    "organo-judicial-panama", "the law approving the mining contract with Minera Panamá is unconstitutional", "2023-11-27"),
  ["d8_organojudicial_20231128"])

P(T, X, "The raising of Sweden's flag at NATO Headquarters is one ceremony; NATO's release dates it Monday 11 Mar 2024 (the instrument was deposited in Washington on the 7th), not the 7th.",
  E("en", "Sweden's flag was raised at NATO headquarters in Brussels on March 7, 2024, in a ceremony with Jens Stoltenberg and Ulf Kristersson.",
    "Sweden's flag was raised at NATO headquarters in Brussels with Stoltenberg and Kristersson", "2024-03-07",
    ["jens-stoltenberg", "ulf-kristersson"], event_type="visit"),
  ["d8_nato_20240311"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The moratorium law is pinned by its content; the presidency's release says Cortizo sanctioned Law 407 on 3 Nov 2023; the law he sanctioned in October is Law 406, the contract.",
  S("es", "En octubre de 2023, el presidente Laurentino Cortizo sancionó la ley que declaró una moratoria indefinida a las concesiones de minería metálica.",
    "laurentino-cortizo", "Cortizo sancionó la ley que declaró una moratoria indefinida a las concesiones de minería metálica", "2023-10"),
  ["d8_presidencia_pa_20231103"])

P(T, X, "Chaves's emergency decree over the cyberattacks is pinned by its content; his presidency dates it Sunday 8 May 2022, his first act of government, not June.",
  S("en", "In June 2022, Costa Rican President Rodrigo Chaves declared a national emergency over the cyberattacks on public institutions.",
    "rodrigo-chaves", "Chaves declared a national emergency over the cyberattacks on public institutions", "2022-06"),
  ["d8_presidencia_cr_20220508"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The deposit of Sweden's instrument of accession is one event; the transcript has Blinken welcoming Kristersson 'to the Department of State' (Washington), not NATO Headquarters in Brussels.",
  E("en", "Sweden formally joined NATO on March 7, 2024 at a ceremony at the alliance's headquarters in Brussels, where Prime Minister Ulf Kristersson handed over the instrument of accession to Antony Blinken.",
    "Sweden joined NATO at a ceremony at the alliance's headquarters in Brussels", "2024-03-07",
    ["ulf-kristersson", "antony-blinken"], event_type="signing"),
  ["d8_state_20240307"])

P(T, X, "The Pope's request for forgiveness to the Indigenous peoples of 25 Jul 2022 is one address; the Vatican's Spanish text places it at Maskwacis, not Quebec.",
  S("es", "El papa Francisco pidió perdón a los pueblos indígenas de Canadá el 25 de julio de 2022 en Quebec.",
    "pope-francis", "pidió perdón a los pueblos indígenas de Canadá", "2022-07-25"),
  ["d8_vatican_es_20220725"])

P(T, X, "Dilma Rousseff's inauguration at the New Development Bank is one event; Lula's own speech that day places it 'here in Shanghai', not Beijing.",
  E("en", "Dilma Rousseff was inaugurated as president of the New Development Bank in Beijing on April 13, 2023, with Brazilian President Lula in attendance.",
    "Dilma Rousseff was inaugurated as president of the New Development Bank in Beijing with Lula in attendance", "2023-04-13",
    ["dilma-rousseff", "lula-da-silva"], event_type=None),
  ["d8_planalto_20230413"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The hand-over of Finland's instrument of accession in Brussels on 4 Apr 2023 is pinned; NATO's release says Haavisto gave it to Blinken, as the treaty's depositary, not to Stoltenberg.",
  E("es", "El canciller finlandés, Pekka Haavisto, entregó el 4 de abril de 2023 en Bruselas el instrumento de adhesión de su país al secretario general de la OTAN, Jens Stoltenberg.",
    "Pekka Haavisto entregó el instrumento de adhesión de Finlandia a Jens Stoltenberg", "2023-04-04",
    ["pekka-haavisto", "jens-stoltenberg"], event_type="signing"),
  ["d8_nato_20230404"])

P(T, X, "The deposit of Sweden's instrument at the State Department on 7 Mar 2024 has one receiver; the transcript has Blinken receiving it ('I now have the instrument of accession'), not Biden.",
  E("en", "President Joe Biden received Sweden's instrument of accession to NATO from Prime Minister Ulf Kristersson at the State Department on March 7, 2024.",
    "Biden received Sweden's instrument of accession to NATO from Kristersson at the State Department", "2024-03-07",
    ["joe-biden", "ulf-kristersson"], event_type="signing"),
  ["d8_state_20240307"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Chaves's own turn of 16 May 2022 says 'El Estado costarricense no va a pagar ni un colón a estos delincuentes': the opposite of being open to paying.",
  S("en", "Costa Rican President Rodrigo Chaves said on May 16, 2022 that his government was open to paying the hackers a ransom.",
    "rodrigo-chaves", "the government is open to paying the hackers a ransom", "2022-05-16"),
  ["d8_presidencia_cr_20220516"])

P(T, X, "Cortizo's own address of 28 Nov 2023 says the government 'respeta y acata el fallo' and that the mine's orderly closure begins: the opposite of ignoring the ruling and keeping the mine running.",
  S("es", "Laurentino Cortizo anunció el 28 de noviembre de 2023 que su gobierno no acataría el fallo de la Corte y que la mina seguiría operando.",
    "laurentino-cortizo", "el gobierno no acatará el fallo de la Corte y la mina seguirá operando", "2023-11-28"),
  ["d8_presidencia_pa_20231128"])

P(T, X, "Niinistö's own statement of 4 Apr 2023 says 'Finland's membership is not directed against anyone': a denial, in other words, that it targets Russia.",
  S("es", "El presidente finlandés, Sauli Niinistö, afirmó el 4 de abril de 2023 que la adhesión de Finlandia a la OTAN iba dirigida contra Rusia.",
    "sauli-niinisto", "la adhesión de Finlandia a la OTAN va dirigida contra Rusia", "2023-04-04"),
  ["d8_presidentti_20230404"])

P(T, X, "The Planalto's note of 14 Apr 2023 quotes Lula: 'Nobody will prohibit Brazil from improving its relationship with China': the opposite of agreeing to limit it.",
  S("es", "Lula aseguró el 14 de abril de 2023 en Pekín que Brasil limitaría su relación con China para no incomodar a Estados Unidos.",
    "lula-da-silva", "Brasil limitará su relación con China para no incomodar a Estados Unidos", "2023-04-14"),
  ["d8_planalto_20230414"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The address at Maskwacis of 25 Jul 2022 is pinned; the Vatican's Spanish text has 'el mal cometido por tantos cristianos', not 'por la Iglesia'.",
  Q("es", "En Maskwacis, el 25 de julio de 2022, el papa Francisco dijo: «Pido perdón humildemente por el mal cometido por la Iglesia contra los pueblos indígenas».",
    "pope-francis", "Pido perdón humildemente por el mal cometido por la Iglesia contra los pueblos indígenas", "2022-07-25"),
  ["d8_vatican_es_20220725"])

P(T, U, "The claimed radio interview of 10 Jan 2024 is not among the sources, and the release on Decree 111 of the 9th, another occasion, does not contain the words.",
  Q("es", "En una entrevista radial el 10 de enero de 2024, Daniel Noboa afirmó: «Estamos en guerra y no podemos ceder ante estos grupos terroristas».",
    "daniel-noboa", "Estamos en guerra y no podemos ceder ante estos grupos terroristas", "2024-01-10", channel="interview", event_type="interview"),
  ["d8_presidencia_ec_20240109"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "In the transcript of 16 May 2022 the words are a reporter's question ('¿Costa Rica va a negociar con Conti?'), and Chaves answers 'No': the claimed speaker denied it.",
  Q("es", "El presidente Rodrigo Chaves declaró en conferencia de prensa el 16 de mayo de 2022: «Costa Rica va a negociar con Conti».",
    "rodrigo-chaves", "Costa Rica va a negociar con Conti", "2022-05-16", channel="press_conference", event_type="press_conference"),
  ["d8_presidencia_cr_20220516"])

P(T, U, "In the Vatican's transcript of the in-flight press conference 'is your pontificate coming to an end?' is a reporter's question, and the Pope neither says it nor denies it ('up to now I have not knocked on that door').",
  Q("en", "Pope Francis told reporters on the flight back from Canada on July 29, 2022 that \"my pontificate is coming to an end.\"",
    "pope-francis", "my pontificate is coming to an end", "2022-07-29", channel="press_conference", event_type="press_conference"),
  ["d8_vatican_flight_20220729"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Chinese foreign ministry's release of 14 Apr 2023 summarises Lula's words (cooperation in trade, investment, science and technology) without the quoted sentence; a summary does not confirm a quote.",
  Q("en", "Lula told Xi Jinping at the Great Hall of the People on April 14, 2023: \"Nobody will prohibit Brazil from improving its relationship with China.\"",
    "lula-da-silva", "Nobody will prohibit Brazil from improving its relationship with China", "2023-04-14", event_type="meeting"),
  ["d8_mfa_cn_20230414"])

P(T, U, "NATO's release of 4 Apr 2023 summarises Stoltenberg's welcome (good for Finland, for Nordic security and for NATO) without the quoted phrase.",
  Q("es", "Jens Stoltenberg afirmó en Bruselas el 4 de abril de 2023 que Putin «quería menos OTAN y ha conseguido más OTAN».",
    "jens-stoltenberg", "quería menos OTAN y ha conseguido más OTAN", "2023-04-04"),
  ["d8_nato_20230404"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "NATO's release of Monday 11 Mar 2024 says Sweden's flag was raised at NATO Headquarters in Brussels that day; the deposit in Washington on the 7th, next to it, is another event and does not move it.",
  E("es", "La bandera de Suecia fue izada el 11 de marzo de 2024 en la sede de la OTAN en Bruselas, en presencia de la princesa heredera Victoria y del primer ministro Ulf Kristersson.",
    "la bandera de Suecia fue izada en la sede de la OTAN en Bruselas", "2024-03-11", ["ulf-kristersson", "jens-stoltenberg"], event_type="visit"),
  ["d8_nato_20240311", "d8_state_20240307"])

P(T, U, "China's foreign ministry records Xi's talks with Lula on 14 Apr 2023; the claim names nothing that pins its talks of the 15th to those, so they are neither shown nor contradicted.",
  E("en", "Chinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva held talks in Beijing on April 15, 2023.",
    "Xi Jinping and Lula held talks in Beijing", "2023-04-15", ["xi-jinping", "lula-da-silva"], event_type="meeting"),
  ["d8_mfa_cn_20230414"])

P(T, U, "The presidency records Cortizo's address to the nation of 28 Nov 2023; nothing in the claim pins an address on the 29th to that one.",
  E("es", "El presidente Laurentino Cortizo dirigió un mensaje a la nación el 29 de noviembre de 2023.",
    "Laurentino Cortizo dirigió un mensaje a la nación", "2023-11-29", ["laurentino-cortizo"], event_type=None),
  ["d8_presidencia_pa_20231128"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, C, "NATO's release of 4 Apr 2023 says the flag ceremony outside NATO Headquarters was attended by President Niinistö; that Haavisto, another official, handed over the instrument does not conflict.",
  E("en", "Finnish President Sauli Niinistö attended the raising of Finland's flag at NATO headquarters in Brussels on April 4, 2023.",
    "Niinistö attended the raising of Finland's flag at NATO headquarters in Brussels", "2023-04-04",
    ["sauli-niinisto"], event_type="visit"),
  ["d8_nato_20230404", "d8_presidentti_20230404"])

P(T, U, "The State Department transcript of 7 Mar 2024 records Blinken with Prime Minister Kristersson; it says nothing of Foreign Minister Billström, so a Blinken-Billström meeting that day is neither shown nor contradicted.",
  E("es", "Antony Blinken se reunió el 7 de marzo de 2024 en Washington con el canciller sueco, Tobias Billström.",
    "Antony Blinken se reunió en Washington con Tobias Billström", "2024-03-07", ["antony-blinken", "tobias-billstrom"], event_type="meeting"),
  ["d8_state_20240307"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The CCSS's own comunicado of 31 May 2022 reports the attack of that morning; the emergency decree of 8 May over the earlier attacks, next to it, is another event and does not conflict.",
  E("en", "Costa Rica's social security fund, the CCSS, was hit by a cyberattack on May 31, 2022.",
    "the CCSS was hit by a cyberattack", "2022-05-31", ["ccss"]),
  ["d8_ccss_20220531", "d8_presidencia_cr_20220508"])

P(T, U, "The CCSS's comunicado of 31 May 2022 declares no emergency, and the decree of 8 May was over the earlier attacks; neither shows nor rules out an emergency declared over the CCSS attack.",
  E("es", "Costa Rica declaró el 31 de mayo de 2022 una emergencia nacional por el ciberataque contra la Caja Costarricense de Seguro Social.",
    "Costa Rica declaró una emergencia nacional por el ciberataque contra la CCSS", "2022-05-31", ["costa-rica-government", "ccss"]),
  ["d8_ccss_20220531", "d8_presidencia_cr_20220508"])

P(T, U, "The law Cortizo sanctioned on 20 Oct 2023 is Law 406, the mining contract; the release says nothing of a moratorium, which is another law, and does not contradict the claim.",
  S("en", "Panama's President Laurentino Cortizo signed a law imposing a moratorium on new mining concessions on October 20, 2023.",
    "laurentino-cortizo", "Cortizo signed a law imposing a moratorium on new mining concessions", "2023-10-20"),
  ["d8_presidencia_pa_20231020"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only an Anadolu Agency article, which agrees with the claim; no record of the Turkish parliament is among the sources.",
  E("en", "Turkey's parliament unanimously ratified Finland's NATO membership on March 30, 2023, with all 276 lawmakers present voting in favor.",
    "Turkey's parliament unanimously ratified Finland's NATO membership with 276 votes", "2023-03-30"),
  ["d8_aa_20230330"])

P(T, U, "Only a Reuters article (in English), which agrees with the claim; no record of the Hungarian parliament is among the sources.",
  E("es", "El Parlamento de Hungría ratificó el 26 de febrero de 2024 la adhesión de Suecia a la OTAN por 188 votos a favor y seis en contra.",
    "el Parlamento de Hungría ratificó la adhesión de Suecia a la OTAN por 188 votos a favor y seis en contra", "2024-02-26"),
  ["d8_reuters_20240226"])

P(T, U, "Only an EFE article (in Spanish), which agrees with the claim; no Planalto note records the visit.",
  E("en", "Brazilian President Lula visited Huawei's research and development center in Shanghai on April 13, 2023.",
    "Lula visited Huawei's research and development center in Shanghai", "2023-04-13", ["lula-da-silva"], event_type="visit"),
  ["d8_efe_20230413"])

P(T, U, "Only an AP article (in English), which agrees with the claim; the presidency's release on Decree 111, which names no channel and no arrests, is not among this pair's sources.",
  E("es", "Hombres armados irrumpieron el 9 de enero de 2024 en el estudio de TC Televisión en Guayaquil durante una transmisión en vivo, y la Policía detuvo a 13 personas.",
    "hombres armados irrumpieron en el estudio de TC Televisión en Guayaquil durante una transmisión en vivo y la Policía detuvo a 13 personas", "2024-01-09"),
  ["d8_ap_20240109"])

P(T, U, "Only a Reuters article, which agrees with the claim; the Órgano Judicial's comunicado, which would decide the ruling, is not among this pair's sources, and no official source gives the mine's share of GDP.",
  E("en", "Panama's Supreme Court on November 28, 2023 struck down the contract for First Quantum's Cobre Panama mine, which accounts for about 5% of the country's gross domestic product.",
    "Panama's Supreme Court struck down the contract for the Cobre Panama mine, which accounts for about 5% of GDP", "2023-11-28",
    ["organo-judicial-panama"]),
  ["d8_reuters_20231128"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "The words are in the transcript of Chaves's press conference of 16 May 2022; no X post by him is among the sources.",
  S("es", "Rodrigo Chaves aseguró en X el 16 de mayo de 2022 que Costa Rica está en guerra contra un grupo terrorista internacional.",
    "rodrigo-chaves", "Costa Rica está en guerra contra un grupo terrorista internacional", "2022-05-16", channel="x", event_type="post"),
  ["d8_presidencia_cr_20220516"])

P(T, U, "The words are in the State Department transcript of the accession ceremony; no X post by Blinken is among the sources.",
  Q("en", "Antony Blinken wrote on X on March 7, 2024: \"Good things come to those who wait.\"",
    "antony-blinken", "Good things come to those who wait", "2024-03-07", channel="x", event_type="post"),
  ["d8_state_20240307"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the Spanish text of the address indeed does not contain the word).",
  S("es", "El papa Francisco no utilizó la palabra «genocidio» en su discurso de Maskwacis del 25 de julio de 2022.",
    "pope-francis", "el discurso no utilizó la palabra genocidio", "2022-07-25", absence=True),
  ["d8_vatican_es_20220725"])

P(T, U, "Absence claims are always unverified.",
  S("en", "Laurentino Cortizo did not mention First Quantum in his address to the nation on November 28, 2023.",
    "laurentino-cortizo", "the address did not mention First Quantum", "2023-11-28", absence=True),
  ["d8_presidencia_pa_20231128"])
