"""Claims, labels and notes of the third development set (dev3.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied"), applied to
the documents in docs_dev3.py alone. It shares only the claim helpers (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "The White House transcript of 25 Sep 2019, titled with the venue '(New York, NY)', records Trump and Bukele speaking before their bilateral meeting.",
  E("en", "Donald Trump met Salvadoran President Nayib Bukele in New York on September 25, 2019, on the sidelines of the UN General Assembly.",
    "Trump met Bukele in New York", "2019-09-25", ["donald-trump", "nayib-bukele"], event_type="meeting"),
  ["d3_wh_transcript_20190925"])

P(T, C, "Bukele's own turn in the UN verbatim record of 27 Sep 2019 (General Assembly Hall) contains the sentence.",
  Q("en", "Addressing the UN General Assembly on September 27, 2019, Bukele said: \"Believe me, many more people will see this selfie than will hear this speech.\"",
    "nayib-bukele", "Believe me, many more people will see this selfie than will hear this speech", "2019-09-27"),
  ["d3_un_pv_20190927"])

P(T, C, "Sheinbaum's own turn in the verbatim transcript of her 26 Nov 2024 press conference, where she reads her letter to Trump, contains the sentence.",
  Q("es", "Sheinbaum advirtió el 26 de noviembre de 2024 en su conferencia matutina: «A un arancel vendrá otro en respuesta y así hasta que pongamos en riesgo empresas comunes».",
    "claudia-sheinbaum", "A un arancel vendrá otro en respuesta y así hasta que pongamos en riesgo empresas comunes",
    "2024-11-26", channel="press_conference", event_type="press_conference"),
  ["d3_mananera_20241126"])

P(T, C, "The Panamanian presidency's own release, published Tuesday 8 Apr 2025, says Mulino received Hegseth 'este martes' at the Palacio de las Garzas.",
  E("es", "El presidente José Raúl Mulino recibió al secretario de Defensa Pete Hegseth en el Palacio de las Garzas el 8 de abril de 2025.",
    "Mulino recibió a Hegseth en el Palacio de las Garzas", "2025-04-08", ["jose-raul-mulino", "pete-hegseth"],
    event_type="meeting", confirmed_by="presidencia-panama"),
  ["d3_presidencia_pa_20250408"])

P(T, C, "The Defense Department's joint statement of 9 Apr 2025 says Hegseth and Ábrego signed the declaration 'today in Panama City' and describes the priority transit framework.",
  E("en", "On April 9, 2025, in Panama City, Defense Secretary Pete Hegseth and Panama's Public Security Minister Frank Ábrego signed a joint declaration giving U.S. warships priority transit through the Panama Canal.",
    "Hegseth and Ábrego signed a joint declaration giving U.S. warships priority transit through the Canal", "2025-04-09",
    ["pete-hegseth", "frank-abrego"], event_type="signing"),
  ["d3_dod_20250409"])

P(T, C, "Biden's own turn in the White House transcript of his remarks in Manaus on 17 Nov 2024 contains the sentence.",
  Q("en", "In Manaus on November 17, 2024, Biden said: \"I'm proud to be the first sitting American President to visit the Amazon.\"",
    "joe-biden", "I'm proud to be the first sitting American President to visit the Amazon", "2024-11-17"),
  ["d3_wh_remarks_20241117"])

P(T, C, "Trump's own Truth Social post, stamped 14:40 UTC on 19 Oct 2025 (10:40 in Washington), says payments and subsidies will no longer be made to Colombia.",
  S("en", "Trump wrote on Truth Social on October 19, 2025 that the United States would no longer make payments or subsidies to Colombia.",
    "donald-trump", "the United States will no longer make payments or subsidies to Colombia", "2025-10-19",
    event_type="post"),
  ["d3_truth_trump_20251019"])

P(T, C, "The DHS release of 20 Sep 2019 says McAleenan and Hill Tinoco signed the agreement 'today' at the Department in Washington.",
  E("en", "The United States and El Salvador signed an Asylum Cooperative Agreement in Washington on September 20, 2019.",
    "the United States and El Salvador signed an Asylum Cooperative Agreement in Washington", "2019-09-20",
    ["kevin-mcaleenan", "alexandra-hill-tinoco"], event_type="signing", confirmed_by="us-dhs"),
  ["d3_dhs_20190920"])

P(T, C, "Bukele's own post, stamped 18:52 UTC on 27 Sep 2019 (12:52 in San Salvador), is posted from the General Assembly rostrum.",
  E("es", "Bukele publicó en X el 27 de septiembre de 2019 un mensaje desde la tribuna de la Asamblea General de la ONU.",
    "Bukele publicó en X un mensaje desde la tribuna de la Asamblea General de la ONU", "2019-09-27", ["nayib-bukele"],
    channel="x", event_type="post"),
  ["d3_x_bukele_20190927"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "'Créanme, muchas más personas verán esta selfie que las que escucharán este discurso' translates Bukele's own English words in the UN verbatim record of 27 Sep 2019.",
  Q("es", "Bukele dijo ante la Asamblea General de la ONU el 27 de septiembre de 2019: «Créanme, muchas más personas verán esta selfie que las que escucharán este discurso».",
    "nayib-bukele", "Créanme, muchas más personas verán esta selfie que las que escucharán este discurso", "2019-09-27"),
  ["d3_un_pv_20190927"])

P(T, C, "'One tariff will be followed by another in response' translates 'A un arancel vendrá otro en respuesta' in Sheinbaum's own turn of the 26 Nov 2024 transcript.",
  Q("en", "Reading her letter to Trump on November 26, 2024, Sheinbaum warned: \"One tariff will be followed by another in response.\"",
    "claudia-sheinbaum", "One tariff will be followed by another in response", "2024-11-26", channel="press_conference"),
  ["d3_mananera_20241126"])

P(T, C, "The Spanish release of Panama's presidency, published 8 Apr 2025, says Mulino received Hegseth 'este martes' at the Palacio de las Garzas.",
  E("en", "Panama's President José Raúl Mulino received U.S. Defense Secretary Pete Hegseth at the Palacio de las Garzas on April 8, 2025.",
    "Mulino received Hegseth at the Palacio de las Garzas", "2025-04-08", ["jose-raul-mulino", "pete-hegseth"],
    event_type="meeting"),
  ["d3_presidencia_pa_20250408"])

P(T, C, "Trump's English post of 19 Oct 2025 (10:40 in Washington) calls Petro 'an illegal drug leader'; the Spanish claim renders it faithfully.",
  S("es", "Trump calificó el 19 de octubre de 2025 en Truth Social al presidente colombiano Gustavo Petro de líder del narcotráfico ilegal.",
    "donald-trump", "Gustavo Petro es un líder del narcotráfico ilegal", "2025-10-19", event_type="post"),
  ["d3_truth_trump_20251019"])

P(T, C, "The English White House transcript of 25 Sep 2019 (New York, NY) records Trump and Bukele together before their bilateral meeting.",
  E("es", "Trump y Bukele se reunieron en Nueva York el 25 de septiembre de 2019, en el marco de la Asamblea General de la ONU.",
    "Trump y Bukele se reunieron en Nueva York", "2019-09-25", ["donald-trump", "nayib-bukele"], event_type="meeting"),
  ["d3_wh_transcript_20190925"])

P(T, C, "The English White House fact sheet of 17 Nov 2024 says Biden traveled 'today' to Manaus and became the first sitting president to visit the Amazon.",
  E("es", "Joe Biden visitó Manaos el 17 de noviembre de 2024 y se convirtió en el primer presidente estadounidense en ejercicio en visitar la Amazonía.",
    "Biden visitó Manaos, primer presidente estadounidense en ejercicio en visitar la Amazonía", "2024-11-17", ["joe-biden"],
    event_type="visit"),
  ["d3_wh_factsheet_20241117"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Petro's post is stamped 01:15 UTC on 20 Oct, which is 20:15 on 19 Oct in Bogotá; 'menos soy narcotraficante' states the claim.",
  S("es", "Petro respondió en X el 19 de octubre de 2025 que no es narcotraficante y que Trump está siendo engañado por sus asesores.",
    "gustavo-petro", "no es narcotraficante y Trump está siendo engañado por sus asesores", "2025-10-19",
    channel="x", event_type="post"),
  ["d3_x_petro_20251019"])

P(T, C, "Trump's Truth Social post is stamped 00:17 UTC on 26 Nov, i.e. 19:17 on Monday 25 Nov in Washington; it announces the 25% tariff on Mexico and Canada.",
  S("en", "On November 25, 2024, Trump announced on Truth Social that he would charge Mexico and Canada a 25% tariff on all products entering the United States.",
    "donald-trump", "he will charge Mexico and Canada a 25% tariff on all products entering the United States", "2024-11-25",
    event_type="post"),
  ["d3_truth_trump_20241125"])

P(T, C, "The only source is Mulino's post stamped 01:30 UTC on 9 Apr, 20:30 on 8 Apr in Panama, which says 'Hoy recibí ... a Pete Hegseth'.",
  E("en", "Mulino met U.S. Defense Secretary Pete Hegseth in Panama City on April 8, 2025.",
    "Mulino met Hegseth in Panama City", "2025-04-08", ["jose-raul-mulino", "pete-hegseth"], event_type="meeting"),
  ["d3_x_mulino_20250408"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The White House fact sheet of 17 Nov 2024 gives an additional $50 million for the Amazon Fund, for a total of $100 million.",
  S("en", "On November 17, 2024, Biden announced an additional $50 million for the Amazon Fund, bringing the U.S. total to $100 million.",
    "joe-biden", "an additional $50 million for the Amazon Fund, bringing the U.S. total to $100 million", "2024-11-17"),
  ["d3_wh_factsheet_20241117"])

P(T, X, "Biden's own remarks and the fact sheet of the same announcement give $50 million more, not $500 million.",
  S("es", "Biden anunció en Manaos el 17 de noviembre de 2024 un aporte adicional de 500 millones de dólares al Fondo Amazonía.",
    "joe-biden", "un aporte adicional de 500 millones de dólares al Fondo Amazonía", "2024-11-17"),
  ["d3_wh_remarks_20241117", "d3_wh_factsheet_20241117"])

P(T, X, "Trump's own post of 25 Nov 2024 (19:17 in Washington, 00:17 UTC on the 26th) announces a 25% tariff, not 35%.",
  S("es", "Trump anunció el 25 de noviembre de 2024 en Truth Social aranceles del 35 % a todos los productos de México y Canadá.",
    "donald-trump", "aranceles del 35 % a todos los productos de México y Canadá", "2024-11-25", event_type="post"),
  ["d3_truth_trump_20241125"])

P(T, U, "The DHS release describes the agreement but gives no number of asylum seekers; the figure cannot be checked.",
  S("en", "DHS said on September 20, 2019 that El Salvador would take in up to 1,000 asylum seekers a year under the agreement.",
    "us-dhs", "El Salvador will take in up to 1,000 asylum seekers a year under the agreement", "2019-09-20",
    channel="press_release"),
  ["d3_dhs_20190920"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The claim is about Petro's post itself, stamped 01:15 UTC on 20 Oct but sent at 20:15 on 19 Oct in Bogotá; dates compare in local time, so 20 Oct is a different day for the same post.",
  S("en", "Petro wrote on X on October 20, 2025 that he is not a drug trafficker.",
    "gustavo-petro", "he is not a drug trafficker", "2025-10-20", channel="x", event_type="post"),
  ["d3_x_petro_20251019"])

P(T, X, "The reading of the letter to Trump is pinned by its content; the verbatim record of that press conference is of 26 Nov 2024, not 27 Nov.",
  E("es", "Sheinbaum leyó en su conferencia matutina del 27 de noviembre de 2024 la carta en la que advirtió a Trump que «a un arancel vendrá otro en respuesta».",
    "Sheinbaum leyó en su conferencia matutina la carta a Trump sobre los aranceles", "2024-11-27",
    ["claudia-sheinbaum"], event_type="press_conference"),
  ["d3_mananera_20241126"])

P(T, X, "The selfie speech is pinned by its words and venue; the UN verbatim record of Bukele's address is dated 27 Sep 2019, not 26 Sep.",
  Q("en", "At the UN General Assembly on September 26, 2019, Bukele said: \"Believe me, many more people will see this selfie than will hear this speech.\"",
    "nayib-bukele", "Believe me, many more people will see this selfie than will hear this speech", "2019-09-26"),
  ["d3_un_pv_20190927"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The Defense Department's joint statement dates the Hegseth-Ábrego declaration on priority transit to 9 Apr 2025, not May.",
  E("es", "En mayo de 2025, Hegseth y el ministro Frank Ábrego firmaron en Panamá una declaración conjunta sobre el paso prioritario de buques de guerra estadounidenses por el Canal.",
    "Hegseth y Ábrego firmaron una declaración conjunta sobre el paso prioritario de buques de guerra estadounidenses por el Canal",
    "2025-05", ["pete-hegseth", "frank-abrego"], event_type="signing"),
  ["d3_dod_20250409"])

P(T, X, "DHS's own release says the Asylum Cooperative Agreement with El Salvador was signed on 20 Sep 2019, not in October.",
  E("en", "In October 2019, the United States and El Salvador signed an Asylum Cooperative Agreement in Washington.",
    "the United States and El Salvador signed an Asylum Cooperative Agreement in Washington", "2019-10",
    ["kevin-mcaleenan", "alexandra-hill-tinoco"], event_type="signing"),
  ["d3_dhs_20190920"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The words are Bukele's own, but the transcript of 25 Sep 2019 is titled '(New York, NY)': the meeting was on the UN sidelines, not at the White House.",
  Q("en", "Bukele said at the White House on September 25, 2019: \"President Trump is very nice and cool, and I'm nice and cool too.\"",
    "nayib-bukele", "President Trump is very nice and cool, and I'm nice and cool too", "2019-09-25",
    event_type="meeting"),
  ["d3_wh_transcript_20190925"])

P(T, X, "The White House fact sheet and the transcript title place Biden's visit to the Amazon on 17 Nov 2024 in Manaus, not Belém.",
  E("es", "Biden visitó la Amazonía en Belém el 17 de noviembre de 2024, primera visita de un presidente estadounidense en ejercicio a la región.",
    "Biden visitó la Amazonía en Belém", "2024-11-17", ["joe-biden"], event_type="visit"),
  ["d3_wh_factsheet_20241117"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The declaration on priority transit signed in Panama City on 9 Apr was signed by Defense Secretary Hegseth, not Secretary of State Rubio, with Ábrego.",
  E("es", "El secretario de Estado Marco Rubio y el ministro Frank Ábrego firmaron el 9 de abril de 2025 en Panamá la declaración conjunta sobre el paso prioritario de buques de guerra estadounidenses por el Canal.",
    "Rubio y Ábrego firmaron la declaración conjunta sobre el paso prioritario de buques de guerra por el Canal", "2025-04-09",
    ["marco-rubio", "frank-abrego"], event_type="signing"),
  ["d3_dod_20250409"])

P(T, X, "The appearance is pinned by date, place and Bukele's 'nice and cool' remark; its transcript shows his counterpart was President Trump, not Vice President Pence.",
  E("en", "Before their bilateral meeting in New York on September 25, 2019, Vice President Mike Pence and Bukele spoke to reporters, and Bukele called Pence \"very nice and cool.\"",
    "Pence and Bukele spoke to reporters before their bilateral meeting in New York", "2019-09-25",
    ["mike-pence", "nayib-bukele"], event_type="meeting"),
  ["d3_wh_transcript_20190925"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "In his own post Petro writes 'menos soy narcotraficante': an explicit denial by the person concerned.",
  S("en", "Petro acknowledged on October 19, 2025 that he is a drug trafficker.",
    "gustavo-petro", "he is a drug trafficker", "2025-10-19"),
  ["d3_x_petro_20251019"])

P(T, X, "The presidency's own release of the meeting says Mulino reiterated that sovereignty over the Canal is not negotiable.",
  S("es", "Mulino aceptó el 8 de abril de 2025, en su reunión con Hegseth, negociar la soberanía de Panamá sobre el Canal.",
    "jose-raul-mulino", "aceptó negociar la soberanía de Panamá sobre el Canal", "2025-04-08"),
  ["d3_presidencia_pa_20250408"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The occasion is pinned (the 26 Nov press conference); Sheinbaum's own turn ends 'hasta que pongamos en riesgo empresas comunes', not 'hasta que cerremos la frontera'.",
  Q("es", "En su conferencia del 26 de noviembre de 2024, Sheinbaum advirtió a Trump: «A un arancel vendrá otro en respuesta y así hasta que cerremos la frontera».",
    "claudia-sheinbaum", "A un arancel vendrá otro en respuesta y así hasta que cerremos la frontera", "2024-11-26",
    channel="press_conference", event_type="press_conference"),
  ["d3_mananera_20241126"])

P(T, U, "The claimed interview is not among the sources, and the joint statement does not quote Hegseth; nothing records the words either way.",
  Q("en", "In an interview with Fox News, Hegseth said the Panama Canal \"will be American again.\"",
    "pete-hegseth", "will be American again", channel="interview", event_type="interview"),
  ["d3_dod_20250409"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "In the verbatim transcript 'aceptará bases militares de Estados Unidos' is a reporter's question, and Mulino answers 'No': the claimed speaker denied it.",
  Q("es", "Mulino afirmó el 10 de abril de 2025 que Panamá «aceptará bases militares de Estados Unidos».",
    "jose-raul-mulino", "aceptará bases militares de Estados Unidos", "2025-04-10", channel="press_conference"),
  ["d3_mulino_conf_20250410"])

P(T, U, "In the transcript 'We both use social media a lot' is Bukele's turn, not Trump's.",
  Q("en", "Trump said of Bukele in New York on September 25, 2019: \"We both use social media a lot.\"",
    "donald-trump", "We both use social media a lot", "2019-09-25"),
  ["d3_wh_transcript_20190925"])

P(T, U, "The words are a reporter's question in the transcript; Sheinbaum's answer neither repeats them nor answers 'No'.",
  Q("es", "Sheinbaum dijo el 26 de noviembre de 2024 que Trump «vincula los aranceles con la migración y el fentanilo».",
    "claudia-sheinbaum", "vincula los aranceles con la migración y el fentanilo", "2024-11-26",
    channel="press_conference"),
  ["d3_mananera_20241126"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The UN meetings summary only paraphrases the remark ('the picture would reach more people than his speech'); a paraphrase is not a quote match, and the verbatim record is not among the sources.",
  Q("en", "Bukele told the General Assembly on September 27, 2019: \"Believe me, many more people will see this selfie than will hear this speech.\"",
    "nayib-bukele", "Believe me, many more people will see this selfie than will hear this speech", "2019-09-27"),
  ["d3_un_press_20190927"])

P(T, U, "The presidency's release summarises the meeting without quoting Hegseth.",
  Q("es", "Hegseth dijo a Mulino el 8 de abril de 2025 que Panamá es «el aliado más importante de la región».",
    "pete-hegseth", "el aliado más importante de la región", "2025-04-08"),
  ["d3_presidencia_pa_20250408"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The words are in Biden's Manaus remarks of 17 Nov 2024; the claim puts them on 18 Nov with no occasion named, and a statement on another day is neither shown nor contradicted.",
  Q("en", "Biden said on November 18, 2024: \"I'm proud to be the first sitting American President to visit the Amazon.\"",
    "joe-biden", "I'm proud to be the first sitting American President to visit the Amazon", "2024-11-18"),
  ["d3_wh_remarks_20241117"])

P(T, U, "Trudeau's post of 30 Nov thanks Trump for dinner 'last night' (29 Nov) without naming a place or anything that pins it; a dinner on 30 Nov is neither shown nor contradicted.",
  E("en", "Justin Trudeau and Donald Trump had dinner together on November 30, 2024.",
    "Trudeau and Trump had dinner together", "2024-11-30", ["justin-trudeau", "donald-trump"], event_type="meeting"),
  ["d3_x_trudeau_20241130"])

P(T, C, "The presidency's release of 8 Apr confirms the meeting; the signing of 9 Apr in the Defense Department's statement is a next-day event and does not conflict.",
  E("es", "Mulino y Hegseth se reunieron en el Palacio de las Garzas el 8 de abril de 2025.",
    "Mulino y Hegseth se reunieron en el Palacio de las Garzas", "2025-04-08", ["jose-raul-mulino", "pete-hegseth"],
    event_type="meeting"),
  ["d3_dod_20250409", "d3_presidencia_pa_20250408"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The release is about Defense Secretary Hegseth's meeting with Mulino; it says nothing about Secretary of State Rubio.",
  E("en", "Secretary of State Marco Rubio met Panama's President José Raúl Mulino at the Palacio de las Garzas on April 8, 2025.",
    "Rubio met Mulino at the Palacio de las Garzas", "2025-04-08", ["marco-rubio", "jose-raul-mulino"],
    event_type="meeting"),
  ["d3_presidencia_pa_20250408"])

P(T, U, "The DHS release names Acting Secretary McAleenan as the signatory on 20 Sep; another official's signing that day is no evidence either way about Pompeo.",
  E("es", "El secretario de Estado Mike Pompeo firmó el 20 de septiembre de 2019 con la canciller Alexandra Hill un acuerdo de cooperación en materia de asilo.",
    "Pompeo firmó con la canciller Hill un acuerdo de cooperación en materia de asilo", "2019-09-20",
    ["mike-pompeo", "alexandra-hill-tinoco"], event_type="signing"),
  ["d3_dhs_20190920"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The source is the 9 Apr declaration on warships' transit; a sale of the Balboa and Cristóbal ports is a different matter that it neither confirms nor contradicts.",
  E("es", "Estados Unidos y Panamá firmaron el 9 de abril de 2025 un acuerdo para la venta de los puertos de Balboa y Cristóbal a un consorcio estadounidense.",
    "Estados Unidos y Panamá firmaron un acuerdo para la venta de los puertos de Balboa y Cristóbal", "2025-04-09",
    ["us-government", "panama-government"], event_type="signing"),
  ["d3_dod_20250409"])

P(T, C, "The DHS release confirms the signing of 20 Sep in Washington; the Trump-Bukele meeting in New York five days later is another event and does not conflict.",
  E("en", "Acting Homeland Security Secretary Kevin McAleenan and Salvadoran Foreign Minister Alexandra Hill Tinoco signed an asylum cooperative agreement in Washington on September 20, 2019.",
    "McAleenan and Hill Tinoco signed an asylum cooperative agreement in Washington", "2019-09-20",
    ["kevin-mcaleenan", "alexandra-hill-tinoco"], event_type="signing"),
  ["d3_wh_transcript_20190925", "d3_dhs_20190920"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only a CBC article; Trudeau's own post is not among the sources.",
  E("en", "Trudeau had dinner with Trump at Mar-a-Lago on November 29, 2024, accompanied by Public Safety Minister Dominic LeBlanc.",
    "Trudeau had dinner with Trump at Mar-a-Lago", "2024-11-29", ["justin-trudeau", "donald-trump"], event_type="meeting"),
  ["d3_cbc_20241130"])

P(T, U, "Only a La Prensa article, which agrees with the claim; a media article alone cannot confirm it.",
  E("es", "Hegseth fue recibido por Mulino en el Palacio de las Garzas el 8 de abril de 2025.",
    "Hegseth fue recibido por Mulino en el Palacio de las Garzas", "2025-04-08", ["pete-hegseth", "jose-raul-mulino"],
    event_type="meeting"),
  ["d3_laprensa_20250409"])

P(T, U, "BBC Mundo quotes the words, but a media article alone can neither confirm nor contradict a quote; the UN record is not among the sources.",
  Q("es", "«Créanme, muchas más personas verán esta selfie que las que escucharán este discurso», dijo Bukele en la ONU el 27 de septiembre de 2019.",
    "nayib-bukele", "Créanme, muchas más personas verán esta selfie que las que escucharán este discurso", "2019-09-27"),
  ["d3_bbcmundo_20190927"])

P(T, U, "Only an EFE article (in Spanish); the White House fact sheet and transcript are not among the sources.",
  E("en", "Biden flew over the Amazon rainforest and visited the Museum of the Amazon in Manaus on November 17, 2024.",
    "Biden flew over the Amazon rainforest and visited the Museum of the Amazon in Manaus", "2024-11-17", ["joe-biden"],
    event_type="visit"),
  ["d3_efe_20241117"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Bukele said it from the rostrum (UN verbatim record); no X post by Bukele with these words is among the sources.",
  Q("es", "Bukele escribió en X el 27 de septiembre de 2019: «Créanme, muchas más personas verán esta selfie que las que escucharán este discurso».",
    "nayib-bukele", "Créanme, muchas más personas verán esta selfie que las que escucharán este discurso", "2019-09-27",
    channel="x", event_type="post"),
  ["d3_un_pv_20190927"])

P(T, U, "Sheinbaum read the letter at her press conference (verbatim transcript); no X post by her is among the sources.",
  S("en", "Sheinbaum posted on X on November 26, 2024 that any U.S. tariff would be answered with another tariff.",
    "claudia-sheinbaum", "any U.S. tariff will be answered with another tariff", "2024-11-26", channel="x", event_type="post"),
  ["d3_mananera_20241126"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the post indeed names only Mexico and Canada).",
  S("en", "Trump's November 25, 2024 Truth Social post announcing tariffs on Mexico and Canada did not mention China.",
    "donald-trump", "the post did not mention China", "2024-11-25", absence=True),
  ["d3_truth_trump_20241125"])

P(T, U, "Absence claims are always unverified.",
  S("es", "El comunicado de la Presidencia de Panamá sobre la visita de Hegseth no menciona a China.",
    "presidencia-panama", "el comunicado no menciona a China", absence=True),
  ["d3_presidencia_pa_20250408"])
