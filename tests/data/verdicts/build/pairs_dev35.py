"""Claims, labels and notes of the thirty-fifth development set (dev35.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev34), applied to the documents in docs_dev35.py alone,
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

P(T, C, "The Holy See's text of the joint declaration says the Pope and Patriarch Kirill met 'hoy, 12 de febrero de 2016, en el aeropuerto internacional José Martí de La Habana' and signed a joint declaration.",
  E("es", "El papa Francisco y el patriarca ortodoxo ruso Cirilo se reunieron el 12 de febrero de 2016 en el aeropuerto José Martí de La Habana, donde firmaron una declaración conjunta.",
    "el papa Francisco y el patriarca Cirilo se reunieron en el aeropuerto José Martí de La Habana y firmaron una declaración conjunta", "2016-02-12",
    ["pope-francis", "patriarch-kirill"], event_type="meeting"),
  ["d35_hs_declaracion_20160212"])

P(T, C, "The White House's joint statement says the two leaders held their summit in Singapore on June 12, 2018 and that Kim 'reaffirmed his firm and unwavering commitment to complete denuclearization of the Korean Peninsula'.",
  E("en", "At their Singapore summit on June 12, 2018, Donald Trump and Kim Jong Un signed a joint statement in which the North Korean leader reaffirmed his commitment to the complete denuclearization of the Korean Peninsula.",
    "Trump and Kim signed a joint statement in which Kim reaffirmed his commitment to the complete denuclearization of the Korean Peninsula", "2018-06-12",
    ["donald-trump", "kim-jong-un"], event_type="signing"),
  ["d35_wh_joint_20180612"])

P(T, C, "Trump's own turn in the White House transcript of his Singapore press conference of 12 Jun 2018 says 'We will be stopping the war games, which will save us a tremendous amount of money'.",
  Q("en", "\"We will be stopping the war games, which will save us a tremendous amount of money,\" Trump told reporters at his press conference in Singapore on June 12, 2018.",
    "donald-trump", "We will be stopping the war games, which will save us a tremendous amount of money", "2018-06-12",
    channel="press_conference", event_type="press_conference"),
  ["d35_wh_presser_20180612"])

P(T, C, "Falcón's own turn in his campaign's transcript of the night of 20 May 2018 says 'No reconocemos este proceso electoral como válido'.",
  Q("es", "«No reconocemos este proceso electoral como válido», declaró el candidato opositor Henri Falcón la noche del 20 de mayo de 2018.",
    "henri-falcon", "No reconocemos este proceso electoral como válido", "2018-05-20"),
  ["d35_falcon_20180520"])

P(T, C, "Trump's own turn in the White House transcript of 1 Jun 2017 says 'I was elected to represent the citizens of Pittsburgh, not Paris.'",
  Q("en", "\"I was elected to represent the citizens of Pittsburgh, not Paris,\" Trump said in the Rose Garden on June 1, 2017, as he announced the U.S. exit from the climate accord.",
    "donald-trump", "I was elected to represent the citizens of Pittsburgh, not Paris", "2017-06-01"),
  ["d35_wh_rosegarden_20170601"])

P(T, C, "Fujimori's own video message of 26 Dec 2017 says 'reconozco que también he defraudado a otros compatriotas. A ellos les pido perdón de todo corazón'.",
  Q("es", "«A ellos les pido perdón de todo corazón», dijo Alberto Fujimori el 26 de diciembre de 2017 en un video grabado en la clínica, dirigido a los compatriotas que reconoció haber defraudado.",
    "alberto-fujimori", "A ellos les pido perdón de todo corazón", "2017-12-26"),
  ["d35_fujimori_20171226"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The Pope's own turn in the Holy See's transcript of the in-flight press conference (dated 18 Feb 2016) says 'Una persona que piensa solo en hacer muros, sea donde sea, y no en hacer puentes, no es cristiana'; the English quote is its translation.",
  Q("en", "\"A person who thinks only about building walls, wherever they may be, and not building bridges, is not Christian,\" Pope Francis told reporters on February 18, 2016, on the flight back to Rome from Mexico.",
    "pope-francis", "A person who thinks only about building walls, wherever they may be, and not building bridges, is not Christian", "2016-02-18",
    channel="press_conference", event_type="press_conference"),
  ["d35_hs_vuelo_20160218"])

P(T, C, "Trump's own written statement of 18 Feb 2016 says 'For a religious leader to question a person's faith is disgraceful'; the Spanish quote is its translation.",
  Q("es", "«Que un líder religioso cuestione la fe de una persona es vergonzoso», respondió Donald Trump al papa Francisco en un comunicado el 18 de febrero de 2016.",
    "donald-trump", "Que un líder religioso cuestione la fe de una persona es vergonzoso", "2016-02-18",
    channel="press_release"),
  ["d35_trump_20160218"])

P(T, C, "The Lima Group's declaration of 21 May 2018 says its governments 'no reconocen la legitimidad del proceso electoral' and 'llamarán a consultas a sus embajadores en Caracas'; the English claim reports it faithfully.",
  S("en", "The Lima Group said on May 21, 2018 that it did not recognize the legitimacy of Venezuela's presidential election and that its members would call their ambassadors in Caracas home for consultations.",
    "grupo-de-lima", "the Lima Group did not recognize the legitimacy of Venezuela's election and its members would call their ambassadors in Caracas home for consultations", "2018-05-21"),
  ["d35_grupolima_20180521"])

P(T, C, "Macron's own words in the Élysée's English text of his address of 1 Jun 2017 are 'I do respect this decision, but I do think it is an actual mistake both for the US and for our planet'; the Spanish quote is their translation.",
  Q("es", "«Respeto esta decisión, pero creo que es un verdadero error, tanto para Estados Unidos como para nuestro planeta», dijo Emmanuel Macron la noche del 1 de junio de 2017.",
    "emmanuel-macron", "Respeto esta decisión, pero creo que es un verdadero error, tanto para Estados Unidos como para nuestro planeta", "2017-06-01"),
  ["d35_elysee_20170601"])

P(T, C, "Kuczynski's own turn in his message of 25 Dec 2017 says 'quienes nos sentimos demócratas no debemos permitir que Alberto Fujimori muera en prisión, porque la justicia no es venganza'; the English quote is its translation.",
  Q("en", "\"Those of us who consider ourselves democrats must not allow Alberto Fujimori to die in prison, because justice is not revenge,\" Peruvian President Pedro Pablo Kuczynski said on December 25, 2017.",
    "pedro-pablo-kuczynski", "Those of us who consider ourselves democrats must not allow Alberto Fujimori to die in prison, because justice is not revenge", "2017-12-25"),
  ["d35_ppk_20171225"])

P(T, C, "Peduto's own post, stamped 20:13 UTC on 1 Jun 2017 (16:13 in Pittsburgh), says 'we will follow the guidelines of the Paris Agreement'; the Spanish claim reports it faithfully.",
  S("es", "El alcalde de Pittsburgh, Bill Peduto, aseguró en Twitter el 1 de junio de 2017 que su ciudad seguiría las directrices del Acuerdo de París.",
    "bill-peduto", "Pittsburgh seguiría las directrices del Acuerdo de París", "2017-06-01",
    channel="x", event_type="post"),
  ["d35_x_peduto_20170601"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The CNE's post is stamped 02:40 UTC on 21 May 2018, which is 22:40 on the 20th in Caracas (UTC-4); it gives Maduro's 5.823.728 votes with 92,6 % of the tally sheets transmitted.",
  S("es", "El Consejo Nacional Electoral informó en Twitter la noche del 20 de mayo de 2018 que Nicolás Maduro obtenía 5.823.728 votos con el 92,6 % de las actas transmitidas.",
    "cne-venezuela", "Nicolás Maduro obtenía 5.823.728 votos con el 92,6 % de las actas transmitidas", "2018-05-20",
    channel="x", event_type="post"),
  ["d35_x_cne_20180520"])

P(T, C, "Trump's post is stamped 00:40 UTC on 1 Jun 2017, which is 20:40 on 31 May in Washington (EDT); it says he will announce his decision on the Paris accord on Thursday at 3:00 P.M. in the Rose Garden.",
  S("en", "On the evening of May 31, 2017, Trump tweeted that he would announce his decision on the Paris climate accord the next day at 3 p.m. in the White House Rose Garden.",
    "donald-trump", "Trump would announce his decision on the Paris climate accord at 3 p.m. in the Rose Garden", "2017-05-31",
    channel="x", event_type="post"),
  ["d35_x_trump_20170531"])

P(T, C, "The Peruvian presidency's post is stamped 00:45 UTC on 25 Dec 2017, which is 19:45 on the 24th in Lima (UTC-5); it says Kuczynski granted the humanitarian pardon 'hoy' (an English claim against the Spanish post).",
  S("en", "Peru's presidency announced on Twitter on December 24, 2017 that President Pedro Pablo Kuczynski had granted Alberto Fujimori a humanitarian pardon.",
    "peru-presidency", "Kuczynski had granted Alberto Fujimori a humanitarian pardon", "2017-12-24",
    channel="x", event_type="post"),
  ["d35_x_presidencia_pe_20171224"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Holy See's text says the Pope and the Patriarch signed 'una declaración conjunta de 30 puntos' in Havana on 12 Feb 2016; the English claim gives the same figure.",
  E("en", "Pope Francis and Patriarch Kirill signed a 30-point joint declaration in Havana on February 12, 2016, at the first meeting ever between a pope and a Russian Orthodox patriarch.",
    "the Pope and Patriarch Kirill signed a 30-point joint declaration at the first meeting between a pope and a Russian Orthodox patriarch", "2016-02-12",
    ["pope-francis", "patriarch-kirill"], event_type="signing"),
  ["d35_hs_declaracion_20160212"])

P(T, C, "Lucena's bulletin of 20 May 2018 gives Maduro '5.823.728 votos, el 67,7 %' and a turnout of '46,1 %'; the English claim gives the same figures in the other notation.",
  S("en", "According to the electoral council's first bulletin on May 20, 2018, Nicolás Maduro won 67.7% of the valid votes on a turnout of 46.1%.",
    "cne-venezuela", "Maduro won 67.7% of the valid votes on a turnout of 46.1%", "2018-05-20"),
  ["d35_cne_20180520"])

P(T, X, "The judiciary's note of 3 Oct 2018 sends Fujimori back to serve 'la condena de 25 años de prisión que le fue impuesta en 2009'; thirty years is another figure for the same sentence.",
  E("es", "El juez supremo Hugo Núñez Julca ordenó el 3 de octubre de 2018 que Alberto Fujimori volviera a prisión para seguir cumpliendo su condena de 30 años.",
    "el juez ordenó que Fujimori volviera a prisión para seguir cumpliendo su condena de 30 años", "2018-10-03",
    ["hugo-nunez-julca", "alberto-fujimori"]),
  ["d35_pj_20181003"])

P(T, X, "altered quote: the Rose Garden statement of 1 Jun 2017 is pinned; Trump's own turn says 'as much as 2.7 million lost jobs by 2025', and the quote gives 3.7 million.",
  Q("en", "\"Compliance with the terms of the Paris Accord could cost America as much as 3.7 million lost jobs by 2025,\" Trump said on June 1, 2017.",
    "donald-trump", "Compliance with the terms of the Paris Accord could cost America as much as 3.7 million lost jobs by 2025", "2017-06-01"),
  ["d35_wh_rosegarden_20170601"])

P(T, U, "Trump's turns in the transcript of his press conference of 12 Jun 2018 give no cost of the summit for Singapore; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "Trump said at his Singapore press conference on June 12, 2018 that the city-state had spent some $15 million to host the summit.",
    "donald-trump", "Singapore had spent some $15 million to host the summit", "2018-06-12"),
  ["d35_wh_presser_20180612"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The meeting and signing are one event, pinned by the place and the declaration; the Holy See's text dates them 'hoy, 12 de febrero de 2016', not the 13th (the 13th is the day the Pope was received at the Palacio Nacional in Mexico, in a document not in this pair).",
  E("es", "El papa Francisco y el patriarca Cirilo firmaron su declaración conjunta en el aeropuerto de La Habana el 13 de febrero de 2016.",
    "el papa Francisco y el patriarca Cirilo firmaron su declaración conjunta en el aeropuerto de La Habana", "2016-02-13",
    ["pope-francis", "patriarch-kirill"], event_type="signing"),
  ["d35_hs_declaracion_20160212"])

P(T, X, "The pardon is one act, pinned by its beneficiary and its humanitarian grounds; the presidency's comunicado says Kuczynski decided it 'este domingo 24 de diciembre', not on the 23rd.",
  E("es", "Pedro Pablo Kuczynski concedió el 23 de diciembre de 2017 un indulto humanitario a Alberto Fujimori.",
    "Kuczynski concedió un indulto humanitario a Alberto Fujimori", "2017-12-23",
    ["pedro-pablo-kuczynski", "alberto-fujimori"]),
  ["d35_presidencia_pe_20171224"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The announcement is pinned by its place and content (the Rose Garden, the withdrawal from the Paris accord); the White House transcript dates it 1 Jun 2017, not July.",
  S("en", "In July 2017, Donald Trump announced in the White House Rose Garden that the United States would withdraw from the Paris climate accord.",
    "donald-trump", "the United States would withdraw from the Paris climate accord", "2017-07"),
  ["d35_wh_rosegarden_20170601"])

P(T, X, "The ruling is pinned by its judge and content (the pardon without legal effect, Fujimori's capture ordered); the judiciary's note dates it 'este miércoles', 3 Oct 2018, not September.",
  E("es", "En septiembre de 2018, el juez supremo Hugo Núñez Julca dejó sin efecto el indulto a Alberto Fujimori y ordenó su captura.",
    "el juez supremo Hugo Núñez Julca dejó sin efecto el indulto a Fujimori y ordenó su captura", "2018-09",
    ["hugo-nunez-julca", "alberto-fujimori"]),
  ["d35_pj_20181003"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The meeting of 12 Feb 2016 is one event; the Holy See's text places it 'en el aeropuerto internacional José Martí de La Habana', not in Havana's cathedral.",
  E("es", "El papa Francisco y el patriarca Cirilo se reunieron el 12 de febrero de 2016 en la catedral de La Habana.",
    "el papa Francisco y el patriarca Cirilo se reunieron en la catedral de La Habana", "2016-02-12",
    ["pope-francis", "patriarch-kirill"], event_type="meeting"),
  ["d35_hs_declaracion_20160212"])

P(T, X, "The signing of 12 Jun 2018 is one event; the White House transcript of it is headed 'Capella Hotel, Sentosa Island, Singapore', not the Istana (where Trump had met Singapore's prime minister the day before, which no document here records).",
  E("en", "Trump and Kim signed their joint statement at the Istana, Singapore's presidential palace, on June 12, 2018.",
    "Trump and Kim signed their joint statement at the Istana, Singapore's presidential palace", "2018-06-12",
    ["donald-trump", "kim-jong-un"], event_type="signing"),
  ["d35_wh_signing_20180612"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The signing of 12 Feb 2016 is pinned by its place; the Holy See's text has it 'en presencia del presidente de Cuba, Raúl Castro', and the claim gives the president's role to Miguel Díaz-Canel, who took it in 2018 (an English claim against the Spanish text).",
  E("en", "Pope Francis and Patriarch Kirill signed their joint declaration at Havana's airport on February 12, 2016, in the presence of Cuban President Miguel Díaz-Canel.",
    "the Pope and Patriarch Kirill signed their joint declaration in the presence of Cuban President Miguel Díaz-Canel", "2016-02-12",
    ["pope-francis", "patriarch-kirill", "miguel-diaz-canel"], event_type="signing"),
  ["d35_hs_declaracion_20160212"])

P(T, X, "The joint statement of 1 Jun 2017 is pinned by its content (regret, the Paris Agreement that cannot be renegotiated); it names its three signatories, Macron, Merkel and Paolo Gentiloni, and the claim puts Theresa May in Gentiloni's place (a Spanish claim against the English statement).",
  E("es", "Emmanuel Macron, Angela Merkel y la primera ministra británica, Theresa May, lamentaron en una declaración conjunta el 1 de junio de 2017 la decisión de Trump y afirmaron que el Acuerdo de París no se puede renegociar.",
    "Macron, Merkel y Theresa May lamentaron en una declaración conjunta la decisión de Trump y afirmaron que el Acuerdo de París no se puede renegociar", "2017-06-01",
    ["emmanuel-macron", "angela-merkel", "theresa-may"]),
  ["d35_joint_20170601"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The joint statement of 1 Jun 2017 says 'we firmly believe that the Paris Agreement cannot be renegotiated': the opposite of the claim (a Spanish claim against the English statement).",
  S("es", "Macron, Merkel y Gentiloni se mostraron dispuestos el 1 de junio de 2017 a renegociar el Acuerdo de París para facilitar el regreso de Estados Unidos.",
    "emmanuel-macron", "Macron, Merkel y Gentiloni se mostraron dispuestos a renegociar el Acuerdo de París", "2017-06-01",
    participants=["angela-merkel", "paolo-gentiloni"]),
  ["d35_joint_20170601"])

P(T, X, "Lombardi's statement of 19 Feb 2016 says the Pope's words were 'de ninguna manera, un ataque personal ni una indicación de voto': the opposite of the claim (an English claim against the Spanish statement).",
  S("en", "The Vatican said on February 19, 2016 that Pope Francis's remarks about Donald Trump had been meant as an indication of how Catholics should vote.",
    "federico-lombardi", "the Pope's remarks about Trump had been meant as an indication of how Catholics should vote", "2016-02-19"),
  ["d35_lombardi_20160219"])

P(T, X, "wrong act: Trump's own statement of 18 Feb 2016 calls the Pope's questioning of his faith 'disgraceful'; the same response is told as thanks (as dev22 decided for his 'brutal dictator' told as praise; a Spanish claim against the English statement).",
  S("es", "Donald Trump agradeció el 18 de febrero de 2016 las palabras que le dedicó el papa Francisco a su regreso de México.",
    "donald-trump", "Trump agradeció las palabras que le dedicó el papa Francisco", "2016-02-18",
    channel="press_release"),
  ["d35_trump_20160218"])

P(T, X, "wrong act: Falcón's own turn of the night of 20 May 2018 says 'No reconocemos este proceso electoral como válido' and calls for new elections; the same response to the vote is told as a concession (as dev26, dev29 and dev33 decided for concessions told as refusals, the other way round).",
  S("es", "Henri Falcón reconoció su derrota frente a Nicolás Maduro la noche del 20 de mayo de 2018.",
    "henri-falcon", "Falcón reconoció su derrota frente a Maduro", "2018-05-20"),
  ["d35_falcon_20180520"])

P(T, X, "wrong act: Trump's own answer at his press conference of 12 Jun 2018, asked whether the troops in South Korea will come home, is 'that's not part of the equation right now ... but not right now'; the claim tells his announcement as a withdrawal of the troops, which his answer rules out (he announced a halt to the war games).",
  S("en", "At his press conference in Singapore on June 12, 2018, Trump announced that he would bring U.S. troops home from South Korea.",
    "donald-trump", "Trump announced that he would bring U.S. troops home from South Korea", "2018-06-12",
    channel="press_conference", event_type="press_conference"),
  ["d35_wh_presser_20180612"])

P(T, X, "wrong act: the presidency's comunicado of 24 Dec 2017 tells Kuczynski's act as 'el indulto por razones humanitarias'; the claim tells the same act of grace as a commutation of the sentence (a pardon extinguishes it, a commutation shortens it; the two exclude each other for the same act, as dev20 decided for the state of alarm and the state of exception).",
  E("es", "Pedro Pablo Kuczynski conmutó el 24 de diciembre de 2017 la pena de Alberto Fujimori por razones humanitarias.",
    "Kuczynski conmutó la pena de Alberto Fujimori por razones humanitarias", "2017-12-24",
    ["pedro-pablo-kuczynski", "alberto-fujimori"]),
  ["d35_presidencia_pe_20171224"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the in-flight press conference (dated 18 Feb 2016) is pinned; the Pope's own turn says 'evitar el embarazo no es un mal absoluto', and the quote drops the 'no'.",
  Q("es", "«Evitar el embarazo es un mal absoluto», afirmó el papa Francisco el 18 de febrero de 2016 en el vuelo de regreso de México, preguntado por el virus del Zika.",
    "pope-francis", "Evitar el embarazo es un mal absoluto", "2016-02-18",
    channel="press_conference", event_type="press_conference"),
  ["d35_hs_vuelo_20160218"])

P(T, X, "altered quote: Macron's address of 1 Jun 2017 is pinned; the Élysée's English text has 'I do respect this decision, but I do think it is an actual mistake', and the quote turns the respect into its opposite.",
  Q("en", "\"I do not respect this decision, and I do think it is an actual mistake both for the US and for our planet,\" Emmanuel Macron said on June 1, 2017.",
    "emmanuel-macron", "I do not respect this decision, and I do think it is an actual mistake both for the US and for our planet", "2017-06-01"),
  ["d35_elysee_20170601"])

P(T, X, "altered quote: Kuczynski's message of 25 Dec 2017 is pinned; his own turn says 'no debemos permitir que Alberto Fujimori muera en prisión', and the quote makes it 'salga de prisión', the opposite of the pardon he defends.",
  Q("es", "«Quienes nos sentimos demócratas no debemos permitir que Alberto Fujimori salga de prisión», dijo Pedro Pablo Kuczynski en su mensaje a la nación del 25 de diciembre de 2017.",
    "pedro-pablo-kuczynski", "Quienes nos sentimos demócratas no debemos permitir que Alberto Fujimori salga de prisión", "2017-12-25"),
  ["d35_ppk_20171225"])

P(T, U, "The claimed Radio Vaticana interview of 20 Feb 2016 is not among the sources, and the in-flight press conference, another occasion, does not contain the sentence (it speaks of walls and bridges in other words).",
  Q("es", "«Los muros nunca detienen a nadie», dijo el papa Francisco en una entrevista con Radio Vaticana el 20 de febrero de 2016.",
    "pope-francis", "Los muros nunca detienen a nadie", "2016-02-20",
    channel="interview", event_type="interview"),
  ["d35_hs_vuelo_20160218"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Kim's, in his own interpreted turn of the White House transcript of the signing of 12 Jun 2018, not Trump's, whose turns speak of a comprehensive document and a different relationship.",
  Q("en", "\"The world will see a major change,\" Donald Trump said as he signed the joint statement with Kim Jong Un in Singapore on June 12, 2018.",
    "donald-trump", "The world will see a major change", "2018-06-12"),
  ["d35_wh_signing_20180612"])

P(T, X, "The words are the reporter's question ('¿El aborto puede considerarse un mal menor?'), claimed in the first person as the Pope's admission; his own answer on the same occasion is 'El aborto no es un mal menor. Es un crimen', an explicit denial in its first words (as dev23, dev27 and dev32 decided, though not the bare 'No').",
  Q("es", "«El aborto puede considerarse un mal menor», admitió el papa Francisco el 18 de febrero de 2016 en el vuelo de regreso de México, al hablar del virus del Zika.",
    "pope-francis", "El aborto puede considerarse un mal menor", "2016-02-18",
    channel="press_conference", event_type="press_conference"),
  ["d35_hs_vuelo_20160218"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The presidency's comunicado of 13 Feb 2016 tells the welcome in its own voice ('dio la bienvenida al Santo Padre en nombre del pueblo de México') and quotes no one; a paraphrase does not confirm a sentence quoted from Peña Nieto, as dev4, dev9, dev28 and dev30 to dev34 decided.",
  Q("es", "«México recibe al papa Francisco con los brazos abiertos», dijo Enrique Peña Nieto en Palacio Nacional el 13 de febrero de 2016, según informó la Presidencia.",
    "enrique-pena-nieto", "México recibe al papa Francisco con los brazos abiertos", "2016-02-13",
    channel="press_release", confirmed_by="presidencia-mexico"),
  ["d35_presidencia_mx_20160213"])

P(T, U, "The press secretary's statement of 28 Feb 2019 tells the meeting in the White House's voice and quotes no one; it does not confirm a sentence quoted from Trump.",
  Q("en", "\"Sometimes you have to walk,\" Trump said in Hanoi on February 28, 2019, according to a White House statement, after his talks with Kim ended without a deal.",
    "donald-trump", "Sometimes you have to walk", "2019-02-28",
    channel="press_release", confirmed_by="white-house"),
  ["d35_wh_hanoi_20190228"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The presidency's comunicado records the Pope's reception at the Palacio Nacional on Saturday 13 Feb 2016; nothing records a meeting on the 14th, and nothing in the claim pins it to that reception.",
  E("es", "Enrique Peña Nieto y el papa Francisco se reunieron el 14 de febrero de 2016.",
    "Peña Nieto y el papa Francisco se reunieron", "2016-02-14",
    ["enrique-pena-nieto", "pope-francis"], event_type="meeting"),
  ["d35_presidencia_mx_20160213"])

P(T, C, "Kuczynski's own message of 25 Dec 2017 defends the decision ('no debemos permitir que Alberto Fujimori muera en prisión') and calls for reconciliation; the comunicado of the 24th on the pardon sits next to it without moving it.",
  S("es", "Pedro Pablo Kuczynski defendió el 25 de diciembre de 2017, en un mensaje a la nación, el indulto a Alberto Fujimori y llamó a la reconciliación.",
    "pedro-pablo-kuczynski", "Kuczynski defendió el indulto a Alberto Fujimori y llamó a la reconciliación", "2017-12-25"),
  ["d35_presidencia_pe_20171224", "d35_ppk_20171225"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The transcript of 12 Jun 2018 records Trump's own announcement that the war games will stop; no source records Mike Pompeo announcing it, which the transcript neither confirms nor excludes.",
  S("en", "Secretary of State Mike Pompeo announced in Singapore on June 12, 2018 that the United States would halt its joint military exercises with South Korea.",
    "mike-pompeo", "the United States would halt its joint military exercises with South Korea", "2018-06-12"),
  ["d35_wh_presser_20180612"])

P(T, C, "Lombardi's own statement of 19 Feb 2016 says the Pope's words were 'de ninguna manera, un ataque personal'; the Pope's in-flight transcript next to it does not move it.",
  S("es", "El portavoz del Vaticano, Federico Lombardi, aseguró el 19 de febrero de 2016 que las palabras del papa sobre Donald Trump no fueron un ataque personal.",
    "federico-lombardi", "las palabras del papa sobre Donald Trump no fueron un ataque personal", "2016-02-19"),
  ["d35_hs_vuelo_20160218", "d35_lombardi_20160219"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The press secretary's statement of 28 Feb 2019 says 'No agreement was reached at this time' in Hanoi; the joint statement of the Singapore summit of 2018, a similar headline, sits next to it without moving it.",
  E("en", "Trump's summit with Kim Jong Un in Hanoi ended on February 28, 2019 without an agreement.",
    "Trump's summit with Kim in Hanoi ended without an agreement", "2019-02-28",
    ["donald-trump", "kim-jong-un"], event_type="meeting"),
  ["d35_wh_joint_20180612", "d35_wh_hanoi_20190228"])

P(T, U, "wrong act: the joint statement of 12 Jun 2018 says the two countries 'will join their efforts to build a lasting and stable peace regime'; a peace treaty signed is another instrument, which it neither reports nor rules out (as dev23 decided for a defence agreement against a joint declaration).",
  E("en", "Donald Trump and Kim Jong Un signed a peace treaty in Singapore on June 12, 2018.",
    "Trump and Kim signed a peace treaty", "2018-06-12",
    ["donald-trump", "kim-jong-un"], event_type="signing"),
  ["d35_wh_joint_20180612"])

P(T, U, "wrong act: Trump's statement of 1 Jun 2017 says 'the United States will withdraw from the Paris Climate Accord -- but begin negotiations to reenter'; a withdrawal formally completed that day is an outcome the source does not state, as dev28 decided for Spain's troops 'pulled out' against an order to bring them home.",
  E("es", "Estados Unidos se retiró formalmente del Acuerdo de París el 1 de junio de 2017, tras el anuncio de Donald Trump en la Casa Blanca.",
    "Estados Unidos se retiró formalmente del Acuerdo de París", "2017-06-01",
    ["donald-trump"]),
  ["d35_wh_rosegarden_20170601"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Reuters, a news agency, reports Kim's arrival aboard an Air China Boeing 747; no primary or official source is among this pair's documents.",
  E("en", "Kim Jong Un arrived in Singapore aboard an Air China Boeing 747 on June 10, 2018, two days before his summit with Trump.",
    "Kim arrived in Singapore aboard an Air China Boeing 747", "2018-06-10",
    ["kim-jong-un"], event_type="visit"),
  ["d35_reuters_20180610"])

P(T, U, "Only La República, a newspaper, reports the march against the pardon; no primary or official source is among this pair's documents.",
  E("es", "Miles de personas marcharon el 25 de diciembre de 2017 por el centro de Lima contra el indulto a Alberto Fujimori.",
    "miles de personas marcharon por el centro de Lima contra el indulto a Fujimori", "2017-12-25",
    ["alberto-fujimori"]),
  ["d35_larepublica_20171225"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Trump's words are in the White House transcript of his Rose Garden statement; no post of his is among this pair's documents, and the claim is about Twitter.",
  Q("en", "\"I was elected to represent the citizens of Pittsburgh, not Paris,\" Trump wrote on Twitter on June 1, 2017.",
    "donald-trump", "I was elected to represent the citizens of Pittsburgh, not Paris", "2017-06-01",
    channel="x", event_type="post"),
  ["d35_wh_rosegarden_20170601"])

P(T, U, "The Pope's words are in the Holy See's transcript of the in-flight press conference; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«Una persona que piensa solo en hacer muros, sea donde sea, y no en hacer puentes, no es cristiana», escribió el papa Francisco en Twitter el 18 de febrero de 2016.",
    "pope-francis", "Una persona que piensa solo en hacer muros, sea donde sea, y no en hacer puentes, no es cristiana", "2016-02-18",
    channel="x", event_type="post"),
  ["d35_hs_vuelo_20160218"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Trump in fact speaks of China's coal plants, which does not change the label).",
  S("en", "Trump did not mention China in his Rose Garden statement on the Paris accord on June 1, 2017.",
    "donald-trump", "Trump did not mention China in his Rose Garden statement on the Paris accord", "2017-06-01", absence=True),
  ["d35_wh_rosegarden_20170601"])

P(T, U, "Absence claims are always unverified (here Kuczynski in fact names Alberto Fujimori, which does not change the label).",
  S("es", "Pedro Pablo Kuczynski no mencionó a Alberto Fujimori por su nombre en su mensaje a la nación del 25 de diciembre de 2017.",
    "pedro-pablo-kuczynski", "Kuczynski no mencionó a Alberto Fujimori por su nombre en su mensaje a la nación", "2017-12-25", absence=True),
  ["d35_ppk_20171225"])
