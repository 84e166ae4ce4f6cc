"""Claims, labels and notes of the thirty-seventh development set (dev37.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev36), applied to the documents in docs_dev37.py alone,
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

P(T, C, "The IOC and Tokyo 2020's joint statement of 24 Mar 2020 says the Games 'must be rescheduled to a date beyond 2020 but not later than summer 2021'; the claim abridges it faithfully.",
  S("en", "The IOC and Japan agreed on March 24, 2020 to push the Tokyo Olympics back to a date after 2020 but no later than the summer of 2021.",
    "ioc", "the Tokyo Olympics would be rescheduled to a date after 2020 but no later than the summer of 2021", "2020-03-24",
    participants=["ioc", "shinzo-abe", "thomas-bach"]),
  ["d37_ioc_joint_20200324"])

P(T, C, "Scholz's own statement of 6 Nov 2024 says 'Too often, he has broken my trust' of the Finance Minister whose dismissal he has just requested.",
  Q("en", "\"Too often, he has broken my trust,\" Olaf Scholz said of Christian Lindner on November 6, 2024, announcing that he had asked for his finance minister's dismissal.",
    "olaf-scholz", "Too often, he has broken my trust", "2024-11-06"),
  ["d37_breg_scholz_20241106"])

P(T, C, "Kishida's own turn in the Kantei's transcript of 8 Jul 2022 says 'This is a barbaric act committed during an election campaign, which is the very foundation of democracy, and it is absolutely unforgivable'; the quote abridges it with an ellipsis.",
  Q("en", "Prime Minister Fumio Kishida called the shooting of Shinzo Abe on July 8, 2022 \"a barbaric act committed during an election campaign ... absolutely unforgivable.\"",
    "fumio-kishida", "a barbaric act committed during an election campaign ... absolutely unforgivable", "2022-07-08"),
  ["d37_kantei_kishida_20220708a"])

P(T, C, "Peña's own speech at the ANR of 30 Apr 2023 says 'Voy a ser el presidente de todos los paraguayos, de los que me votaron y de los que no me votaron'.",
  Q("es", "«Voy a ser el presidente de todos los paraguayos, de los que me votaron y de los que no me votaron», prometió Santiago Peña la noche del 30 de abril de 2023 en la sede colorada.",
    "santiago-pena", "Voy a ser el presidente de todos los paraguayos, de los que me votaron y de los que no me votaron", "2023-04-30"),
  ["d37_anr_pena_20230430"])

P(T, C, "Rueda's own turn in the PPdeG's transcript of 18 Feb 2024 says 'Es la quinta mayoría absoluta consecutiva del Partido Popular, y la primera que llevo yo como candidato'; the claim paraphrases it faithfully.",
  S("es", "Alfonso Rueda celebró en la noche del 18 de febrero de 2024 la quinta mayoría absoluta consecutiva del PP en Galicia, la primera con él como candidato.",
    "alfonso-rueda", "el PP logró su quinta mayoría absoluta consecutiva en Galicia, la primera con Rueda como candidato", "2024-02-18"),
  ["d37_pp_rueda_20240218"])

P(T, C, "Rueda's own post, stamped 22:10 UTC on 18 Feb 2024 (23:10 in Santiago), says 'Gobernaré para todos, también para quienes no nos votaron'.",
  S("es", "Alfonso Rueda prometió en X en la noche del 18 de febrero de 2024 gobernar para todos, también para quienes no votaron al PP.",
    "alfonso-rueda", "gobernará para todos, también para quienes no votaron al PP", "2024-02-18", channel="x", event_type="post"),
  ["d37_x_rueda_20240218"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The IOC's joint statement of 24 Mar 2020 says 'the Olympic flame could become the light at the end of the tunnel in which the world finds itself at present'; the Spanish quote is its translation.",
  Q("es", "El COI y los organizadores de Tokio afirmaron el 24 de marzo de 2020 que «la llama olímpica podría convertirse en la luz al final del túnel» en el que se encuentra el mundo.",
    "ioc", "la llama olímpica podría convertirse en la luz al final del túnel", "2020-03-24"),
  ["d37_ioc_joint_20200324"])

P(T, C, "Abe's own interpreted turn of 24 Mar 2020 says he proposed a postponement of about one year and 'President Bach said he agreed 100 percent'; the Spanish claim translates it.",
  S("es", "Shinzo Abe aseguró el 24 de marzo de 2020 que había propuesto aplazar los Juegos alrededor de un año y que Thomas Bach estuvo «cien por cien» de acuerdo.",
    "shinzo-abe", "propuso aplazar los Juegos alrededor de un año y Bach estuvo cien por cien de acuerdo", "2020-03-24",
    participants=["shinzo-abe", "thomas-bach"]),
  ["d37_kantei_abe_20200324"])

P(T, C, "Biden's own statement of 8 Jul 2022 says 'I am stunned, outraged, and deeply saddened by the news that my friend Abe Shinzo ... was shot and killed while campaigning'; the Spanish quote is its translation.",
  Q("es", "«Estoy conmocionado, indignado y profundamente entristecido», declaró Joe Biden el 8 de julio de 2022 tras conocer el asesinato de su «amigo» Shinzo Abe.",
    "joe-biden", "Estoy conmocionado, indignado y profundamente entristecido", "2022-07-08"),
  ["d37_wh_biden_20220708"])

P(T, C, "Steinmeier's own words in his office's release of 7 Nov 2024 are 'This is not the time for tactics and skirmishes. It is the time for reason and responsibility'; the Spanish quote is their translation.",
  Q("es", "«No es momento para tácticas ni escaramuzas. Es momento para la razón y la responsabilidad», advirtió el presidente alemán, Frank-Walter Steinmeier, el 7 de noviembre de 2024.",
    "frank-walter-steinmeier", "No es momento para tácticas ni escaramuzas. Es momento para la razón y la responsabilidad", "2024-11-07"),
  ["d37_bpra_20241107"])

P(T, C, "Rueda's own turn of 18 Feb 2024 says 'Galicia ha vuelto a elegir estabilidad frente a la incertidumbre'; the English quote is its translation.",
  Q("en", "\"Galicia has once again chosen stability over uncertainty,\" Alfonso Rueda told supporters in Santiago de Compostela on February 18, 2024.",
    "alfonso-rueda", "Galicia has once again chosen stability over uncertainty", "2024-02-18"),
  ["d37_pp_rueda_20240218"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The TSJE's feed item is stamped 01:50 UTC on 1 May 2023, which is 21:50 on 30 Apr in Asunción (UTC-4); it gives Peña's ticket 42,74 % in the elections 'celebradas hoy'.",
  E("es", "Santiago Peña, candidato del Partido Colorado, ganó el 30 de abril de 2023 las elecciones presidenciales de Paraguay, según el recuento preliminar del TSJE.",
    "Santiago Peña ganó las elecciones presidenciales de Paraguay", "2023-04-30",
    ["santiago-pena"], confirmed_by="tsje-paraguay"),
  ["d37_tsje_20230430"])

P(T, C, "Peña's post is stamped 01:20 UTC on 1 May 2023, which is 21:20 on 30 Apr in Asunción (UTC-4); it says 'Seré el presidente de todos los paraguayos'. An English claim against the Spanish post.",
  S("en", "On election night, April 30, 2023, Santiago Peña wrote on X that he would be the president of all Paraguayans.",
    "santiago-pena", "he would be the president of all Paraguayans", "2023-04-30", channel="x", event_type="post"),
  ["d37_x_pena_20230430"])

P(T, C, "Abdo Benítez's post is stamped 02:05 UTC on 1 May 2023, which is 22:05 on 30 Apr in Asunción (UTC-4); it congratulates Peña and promises an orderly transition.",
  S("es", "El presidente Mario Abdo Benítez felicitó en X a Santiago Peña el 30 de abril de 2023 y prometió una transición ordenada.",
    "mario-abdo-benitez", "felicitó a Santiago Peña y prometió una transición ordenada", "2023-04-30",
    channel="x", event_type="post"),
  ["d37_x_abdo_20230430"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The TSJE's preliminary count gives Peña 42,74 % and Alegre 27,48 % (its feed item, stamped 01:50 UTC on 1 May, is of the night of 30 Apr in Asunción); 42.7% and 27.5% are the same figures rounded, in the other notation.",
  E("en", "Santiago Peña won Paraguay's April 30, 2023 presidential election with 42.7% of the vote, against 27.5% for opposition candidate Efraín Alegre.",
    "Santiago Peña won with 42.7% of the vote, against 27.5% for Efraín Alegre", "2023-04-30",
    ["santiago-pena"]),
  ["d37_tsje_20230430"])

P(T, C, "The Bundestag's item of 16 Dec 2024 gives '207 members voted yes, 394 voted no and 116 abstained'; the Spanish claim gives the same figures.",
  E("es", "Olaf Scholz perdió el 16 de diciembre de 2024 la cuestión de confianza en el Bundestag, con 207 votos a favor, 394 en contra y 116 abstenciones.",
    "Scholz perdió la cuestión de confianza con 207 votos a favor, 394 en contra y 116 abstenciones", "2024-12-16",
    ["olaf-scholz", "bundestag"]),
  ["d37_bundestag_20241216"])

P(T, X, "The Galician election of 18 Feb 2024 is pinned; the Xunta's results note gives the PPdeG 40 of the 75 seats, not 41.",
  E("es", "El PP de Alfonso Rueda revalidó el 18 de febrero de 2024 la mayoría absoluta en Galicia con 41 escaños de 75.",
    "el PP revalidó la mayoría absoluta en Galicia con 41 escaños de 75", "2024-02-18",
    ["partido-popular", "alfonso-rueda"]),
  ["d37_xunta_20240218"])

P(T, X, "altered quote: the joint statement of 24 Mar 2020 is pinned; its words are 'not later than summer 2021', and the quote changes the year.",
  Q("en", "The Games \"must be rescheduled to a date beyond 2020 but not later than summer 2022,\" the IOC and the Tokyo organisers said on March 24, 2020.",
    "ioc", "must be rescheduled to a date beyond 2020 but not later than summer 2022", "2020-03-24"),
  ["d37_ioc_joint_20200324"])

P(T, U, "The joint statement of 24 Mar 2020 gives no cost of the postponement; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "The IOC said on March 24, 2020 that postponing the Tokyo Games would cost about $800 million.",
    "ioc", "postponing the Tokyo Games would cost about $800 million", "2020-03-24"),
  ["d37_ioc_joint_20200324"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The dissolution of the 20th Bundestag is one act, pinned by its content (the election set for 23 Feb 2025); the Federal President's release dates it 27 Dec 2024, not the 28th.",
  E("en", "German President Frank-Walter Steinmeier dissolved parliament on December 28, 2024, setting a snap election for February 23.",
    "Steinmeier dissolved parliament, setting a snap election for February 23", "2024-12-28",
    ["frank-walter-steinmeier", "bundestag"]),
  ["d37_bpra_20241227"])

P(T, X, "Abe's death is one event; Kishida's remarks of 8 Jul 2022 say 'Former Prime Minister Abe Shinzo passed away today', and Biden's statement of the 8th agrees; the 9th is wrong.",
  E("es", "El ex primer ministro japonés Shinzo Abe murió el 9 de julio de 2022 tras ser tiroteado durante un mitin.",
    "Shinzo Abe murió tras ser tiroteado durante un mitin", "2022-07-09",
    ["shinzo-abe"]),
  ["d37_kantei_kishida_20220708b", "d37_wh_biden_20220708"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The postponement is pinned by its content (a date beyond 2020, not later than summer 2021, agreed by Bach and Abe); the joint statement is of 24 Mar 2020, not April.",
  E("es", "En abril de 2020, el COI y el Gobierno de Japón acordaron aplazar los Juegos de Tokio hasta, como muy tarde, el verano de 2021.",
    "el COI y Japón acordaron aplazar los Juegos de Tokio hasta el verano de 2021", "2020-04",
    ["ioc", "shinzo-abe"]),
  ["d37_ioc_joint_20200324"])

P(T, X, "The election is pinned by its result (the PPdeG's 40 of 75 seats); the Xunta's results note is of 18 Feb 2024, not March.",
  E("en", "In March 2024, Alfonso Rueda's People's Party held on to its absolute majority in Galicia, winning 40 of the 75 seats.",
    "Rueda's People's Party held its absolute majority in Galicia with 40 of the 75 seats", "2024-03",
    ["partido-popular", "alfonso-rueda"]),
  ["d37_xunta_20240218"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The shooting of 8 Jul 2022 is one event; Kishida's remarks place it 'while giving a speech in Nara City', not in Osaka. A Spanish claim against the English transcript.",
  E("es", "Shinzo Abe fue tiroteado el 8 de julio de 2022 mientras pronunciaba un discurso de campaña en Osaka.",
    "Shinzo Abe fue tiroteado mientras pronunciaba un discurso de campaña en Osaka", "2022-07-08",
    ["shinzo-abe"]),
  ["d37_kantei_kishida_20220708a"])

P(T, X, "The handing over of Lindner's certificate of dismissal on 7 Nov 2024 is one act; the Federal President's release places it at Schloss Bellevue, not the Chancellery.",
  E("en", "At the Chancellery on November 7, 2024, President Steinmeier handed Christian Lindner his certificate of dismissal as finance minister.",
    "Steinmeier handed Lindner his certificate of dismissal at the Chancellery", "2024-11-07",
    ["frank-walter-steinmeier", "christian-lindner"]),
  ["d37_bpra_20241107"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The appointment of 7 Nov 2024 is pinned by Lindner's dismissal; the release names Jörg Kukies as the new Finance Minister, not Wolfgang Schmidt.",
  E("en", "Steinmeier dismissed Lindner on November 7, 2024 and appointed Wolfgang Schmidt, Scholz's chief of staff, as finance minister.",
    "Steinmeier appointed Wolfgang Schmidt as finance minister", "2024-11-07",
    ["frank-walter-steinmeier", "wolfgang-schmidt"]),
  ["d37_bpra_20241107"])

P(T, X, "The call of 24 Mar 2020 is pinned by its outcome; the joint statement names IOC President Thomas Bach as Abe's counterpart, not John Coates.",
  E("es", "Shinzo Abe acordó el aplazamiento de los Juegos el 24 de marzo de 2020 en una conversación telefónica con John Coates, jefe de la comisión de coordinación del COI.",
    "Abe acordó el aplazamiento de los Juegos en una conversación con John Coates", "2020-03-24",
    ["shinzo-abe", "john-coates"], event_type="call", channel="phone_call"),
  ["d37_ioc_joint_20200324"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The joint statement of 24 Mar 2020 says 'the Games will keep the name Olympic and Paralympic Games Tokyo 2020': the opposite of the claim.",
  S("es", "El COI anunció el 24 de marzo de 2020 que los Juegos pasarán a llamarse Tokio 2021 tras su aplazamiento.",
    "ioc", "los Juegos pasarán a llamarse Tokio 2021", "2020-03-24"),
  ["d37_ioc_joint_20200324"])

P(T, X, "Kishida's own turn of 8 Jul 2022 says 'The election on Sunday will be carried out as scheduled': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Fumio Kishida anunció el 8 de julio de 2022 que las elecciones del domingo se aplazarían tras el ataque contra Abe.",
    "fumio-kishida", "las elecciones del domingo se aplazarían", "2022-07-08"),
  ["d37_kantei_kishida_20220708a"])

P(T, X, "wrong act: Scholz's own statement of 6 Nov 2024 says 'I have just asked the Federal President to dismiss the Federal Minister of Finance from office'; the same departure is told as Lindner's resignation (as dev28, dev31 and dev36 decided for a departure told the other way round).",
  S("es", "El ministro alemán de Finanzas, Christian Lindner, dimitió el 6 de noviembre de 2024, lo que dejó al canciller Scholz sin mayoría.",
    "christian-lindner", "Christian Lindner dimitió como ministro de Finanzas", "2024-11-06"),
  ["d37_breg_scholz_20241106"])

P(T, X, "wrong act: the joint statement of 24 Mar 2020 says the Games 'must be rescheduled to a date beyond 2020', and Abe's own turn says 'there will be no cancellation'; the same decision is told as a cancellation.",
  E("en", "The Tokyo Olympics were called off on March 24, 2020, after IOC President Thomas Bach and Prime Minister Shinzo Abe agreed the Games could not go ahead.",
    "the Tokyo Olympics were called off", "2020-03-24",
    ["ioc", "thomas-bach", "shinzo-abe"]),
  ["d37_ioc_joint_20200324", "d37_kantei_abe_20200324"])

P(T, X, "wrong act: the presidency's note of 30 Apr 2023 says Abdo Benítez 'felicitó esta noche' Peña and committed to an orderly transition; the same reaction is told as questioning the result (as dev19, dev28 and dev36 decided for a reaction told the other way round). An English claim against the Spanish note.",
  S("en", "Outgoing president Mario Abdo Benítez questioned the result of Paraguay's April 30, 2023 election, won by Santiago Peña.",
    "mario-abdo-benitez", "he questioned the result of the election won by Santiago Peña", "2023-04-30"),
  ["d37_presidencia_20230430"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the joint statement of 24 Mar 2020 is pinned; its words are 'the Olympic flame will stay in Japan', and the quote sends the flame elsewhere (another object).",
  Q("es", "«La llama olímpica regresará a Grecia», señalaron el COI y el comité organizador de Tokio en su comunicado conjunto del 24 de marzo de 2020.",
    "ioc", "La llama olímpica regresará a Grecia", "2020-03-24"),
  ["d37_ioc_joint_20200324"])

P(T, X, "altered quote: Abe's remarks of 24 Mar 2020 are pinned; his interpreted words are 'as proof that humanity has defeated the novel coronavirus', and the quote makes it Japan's victory.",
  Q("en", "Abe said he wanted to hold the Games in a complete form \"as proof that Japan has defeated the novel coronavirus,\" after speaking with Thomas Bach on March 24, 2020.",
    "shinzo-abe", "as proof that Japan has defeated the novel coronavirus", "2020-03-24"),
  ["d37_kantei_abe_20200324"])

P(T, X, "altered quote: Rueda's speech of 18 Feb 2024 is pinned; his own words are 'Galicia ha vuelto a elegir estabilidad', and the quote makes it a vote for change (another object).",
  Q("es", "«Galicia ha vuelto a elegir el cambio», proclamó Alfonso Rueda la noche del 18 de febrero de 2024 ante los militantes del PP en Santiago.",
    "alfonso-rueda", "Galicia ha vuelto a elegir el cambio", "2024-02-18"),
  ["d37_pp_rueda_20240218"])

P(T, U, "The claimed ARD interview of 10 Nov 2024 is not among the sources, and Scholz's statement of the 6th, another occasion, does not contain the sentence.",
  Q("en", "\"I am not going to cling to this office,\" Olaf Scholz said in an interview with the broadcaster ARD on November 10, 2024.",
    "olaf-scholz", "I am not going to cling to this office", "2024-11-10", channel="interview", event_type="interview"),
  ["d37_breg_scholz_20241106"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Feijóo's turn in the PPdeG's transcript of 18 Feb 2024, not Rueda's; Rueda's turns thank Galicia and speak of stability.",
  Q("es", "«Galicia ha hablado alto y claro», dijo Alfonso Rueda tras conocer los resultados el 18 de febrero de 2024.",
    "alfonso-rueda", "Galicia ha hablado alto y claro", "2024-02-18"),
  ["d37_pp_rueda_20240218"])

P(T, U, "The words are Rueda's turn in the same transcript of 18 Feb 2024, not Feijóo's; Feijóo's turn congratulates Rueda. An English claim against the Spanish transcript.",
  Q("en", "\"This majority is not for showing off: it is for working from tomorrow,\" Alberto Núñez Feijóo said in Santiago de Compostela on February 18, 2024.",
    "alberto-nunez-feijoo", "This majority is not for showing off: it is for working from tomorrow", "2024-02-18"),
  ["d37_pp_rueda_20240218"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The joint statement of 24 Mar 2020 summarises the call in the IOC's and Tokyo 2020's voice and quotes no words of Abe's; it does not confirm the sentence quoted from him (his own remarks are not in this pair).",
  Q("en", "\"President Bach said he agreed 100 percent,\" Abe said on March 24, 2020, according to the joint statement issued by the IOC and the Tokyo organisers.",
    "shinzo-abe", "President Bach said he agreed 100 percent", "2020-03-24",
    channel="press_release", confirmed_by="ioc"),
  ["d37_ioc_joint_20200324"])

P(T, U, "The presidency's note of 30 Apr 2023 says in its own words that Abdo Benítez congratulated Peña and committed to an orderly transition; a paraphrase does not confirm the quoted words (as dev4, dev9 and dev28 to dev36 decided).",
  Q("es", "«Felicito a Santiago Peña y al pueblo paraguayo por una jornada cívica ejemplar», dijo Mario Abdo Benítez el 30 de abril de 2023, según informó la Presidencia.",
    "mario-abdo-benitez", "Felicito a Santiago Peña y al pueblo paraguayo por una jornada cívica ejemplar", "2023-04-30",
    channel="press_release", confirmed_by="presidencia-paraguay"),
  ["d37_presidencia_20230430"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Bundestag's item of 16 Dec 2024 says Scholz proposed the dissolution to Steinmeier after the vote that day; nothing records a meeting on the 17th, and nothing in the claim pins it to the proposal of the 16th (as dev6 to dev36 decided for a meeting claimed on the next day).",
  E("es", "Olaf Scholz se reunió con el presidente Frank-Walter Steinmeier en el palacio de Bellevue el 17 de diciembre de 2024.",
    "Scholz se reunió con Steinmeier en el palacio de Bellevue", "2024-12-17",
    ["olaf-scholz", "frank-walter-steinmeier"], event_type="meeting"),
  ["d37_bundestag_20241216"])

P(T, C, "The Federal President's release of 7 Nov 2024 says he 'appointed Jörg Kukies as the new Federal Minister of Finance'; Scholz's statement of the 6th sits next to it without moving it.",
  E("en", "Jörg Kukies was appointed Germany's finance minister on November 7, 2024, a day after Scholz fired Christian Lindner.",
    "Jörg Kukies was appointed Germany's finance minister", "2024-11-07",
    ["jorg-kukies", "frank-walter-steinmeier"]),
  ["d37_breg_scholz_20241106", "d37_bpra_20241107"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "Scholz's own statement of 6 Nov 2024 announces the vote of confidence; no source records Vice-Chancellor Habeck announcing it, which the record of Scholz's statement neither confirms nor excludes.",
  S("en", "Vice-Chancellor Robert Habeck announced on November 6, 2024 that the government would ask the Bundestag for a vote of confidence on January 15.",
    "robert-habeck", "the government would ask the Bundestag for a vote of confidence on January 15", "2024-11-06"),
  ["d37_breg_scholz_20241106"])

P(T, C, "The joint statement of 24 Mar 2020 says the call was joined by 'the Olympic Minister, Hashimoto Seiko'; Abe's remarks of the same day sit next to it without moving it.",
  E("es", "La ministra olímpica de Japón, Seiko Hashimoto, participó el 24 de marzo de 2020 en la conversación entre Abe y Bach en la que se decidió aplazar los Juegos.",
    "Seiko Hashimoto participó en la conversación entre Abe y Bach en la que se decidió aplazar los Juegos", "2020-03-24",
    ["seiko-hashimoto", "shinzo-abe", "thomas-bach"], event_type="call"),
  ["d37_ioc_joint_20200324", "d37_kantei_abe_20200324"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The presidency's release of 15 Aug 2023 says Peña 'asumió hoy como presidente de la República del Paraguay para el periodo 2023-2028' after taking the oath before Congress; the TSJE's count of the election of 30 Apr, a similar headline, sits next to it without moving it. An English claim against Spanish sources.",
  E("en", "Santiago Peña was sworn in as Paraguay's president before Congress on August 15, 2023, for a five-year term.",
    "Santiago Peña was sworn in as Paraguay's president before Congress", "2023-08-15",
    ["santiago-pena"]),
  ["d37_tsje_20230430", "d37_presidencia_20230815"])

P(T, U, "The IOC's release of 30 Mar 2020 announces the new dates and does not date the decision to postpone; it neither confirms nor contradicts a decision claimed on 24 Mar (the joint statement of that day is not in this pair).",
  E("en", "The International Olympic Committee and Japan agreed on March 24, 2020 to postpone the Tokyo Games by about a year.",
    "the IOC and Japan agreed to postpone the Tokyo Games by about a year", "2020-03-24",
    ["ioc", "shinzo-abe"]),
  ["d37_ioc_dates_20200330"])

P(T, U, "wrong act: the TSJE's preliminary count of 30 Apr 2023 makes Peña the winner of the election; taking the oath of office is another act, which it neither reports nor rules out (as dev29 and dev33 decided for taking office against an election won; the presidency's release of 15 Aug is not in this pair).",
  E("es", "Santiago Peña juró como presidente de Paraguay el 30 de abril de 2023, tras imponerse en las urnas con más del 42 % de los votos.",
    "Santiago Peña juró como presidente de Paraguay", "2023-04-30",
    ["santiago-pena"]),
  ["d37_tsje_20230430"])

P(T, U, "wrong act: Scholz's statement of 6 Nov 2024 announces that he will ask for a vote of confidence on 15 January so that the Bundestag can decide whether to clear the way for early elections, which 'could then be held by the end of March'; calling the election is another act, which it neither reports nor rules out (as dev36 decided for an early election against a return to the negotiating table).",
  S("es", "Olaf Scholz convocó el 6 de noviembre de 2024 elecciones anticipadas para finales de marzo tras romper la coalición.",
    "olaf-scholz", "Scholz convocó elecciones anticipadas para finales de marzo", "2024-11-06"),
  ["d37_breg_scholz_20241106"])

P(T, U, "wrong act: the Bundestag's item of 16 Dec 2024 says Scholz 'proposed to Federal President Frank-Walter Steinmeier that the Bundestag be dissolved' and that the President has 21 days to decide; a dissolution that day is another act, which it neither reports nor rules out (as dev34 decided for a loan the Eurogroup was willing to grant; the release of 27 Dec is not in this pair).",
  E("en", "President Steinmeier dissolved the Bundestag on December 16, 2024, hours after Olaf Scholz lost the confidence vote.",
    "Steinmeier dissolved the Bundestag after Scholz lost the confidence vote", "2024-12-16",
    ["frank-walter-steinmeier", "bundestag"]),
  ["d37_bundestag_20241216"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El País, a media outlet, reports that Canada and Australia had said they would not send athletes to Games held in 2020; no primary or official source is among this pair's documents.",
  E("es", "Canadá y Australia habían anunciado que no enviarían a sus deportistas si los Juegos de Tokio se celebraban en 2020, según la prensa.",
    "Canadá y Australia anunciaron que no enviarían a sus deportistas si los Juegos se celebraban en 2020", None),
  ["d37_elpais_20200324"])

P(T, U, "Only Reuters, a media outlet, reports the suspect's name and age and the homemade gun on 8 Jul 2022; no primary or official source is among this pair's documents.",
  E("en", "Police arrested 41-year-old Tetsuya Yamagami at the scene of Shinzo Abe's shooting on July 8, 2022 and seized a homemade gun.",
    "police arrested 41-year-old Tetsuya Yamagami and seized a homemade gun", "2022-07-08"),
  ["d37_reuters_20220708"])

P(T, U, "Only El País, a media outlet, reports that Sumar, Podemos and Vox won no seats on 18 Feb 2024; the Xunta's note is not in this pair.",
  E("es", "Sumar, Podemos y Vox se quedaron fuera del Parlamento gallego en las elecciones del 18 de febrero de 2024.",
    "Sumar, Podemos y Vox se quedaron fuera del Parlamento gallego", "2024-02-18"),
  ["d37_elpais_20240219"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Kishida's words are in the Kantei's transcript of his remarks of 8 Jul 2022; no post of his is among the sources, and the claim is about X.",
  Q("en", "\"This is a barbaric act committed during an election campaign,\" Fumio Kishida wrote on X on July 8, 2022.",
    "fumio-kishida", "This is a barbaric act committed during an election campaign", "2022-07-08", channel="x", event_type="post"),
  ["d37_kantei_kishida_20220708a"])

P(T, U, "Steinmeier's words are in his office's release of 27 Dec 2024; no post of his is among the sources, and the claim is about X.",
  Q("es", "«Precisamente en tiempos difíciles como estos, la estabilidad necesita un gobierno capaz de actuar», escribió Steinmeier en X el 27 de diciembre de 2024.",
    "frank-walter-steinmeier", "Precisamente en tiempos difíciles como estos, la estabilidad necesita un gobierno capaz de actuar", "2024-12-27",
    channel="x", event_type="post"),
  ["d37_bpra_20241227"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Scholz in fact speaks of keeping support for Ukraine reliable, which does not change the label).",
  S("en", "Olaf Scholz did not mention Ukraine in his statement on the collapse of his coalition on November 6, 2024.",
    "olaf-scholz", "Scholz did not mention Ukraine in his statement on the collapse of his coalition", "2024-11-06", absence=True),
  ["d37_breg_scholz_20241106"])

P(T, U, "Absence claims are always unverified (here Rueda in fact thanks Feijóo by name, 'Gracias, Alberto', which does not change the label).",
  S("es", "Alfonso Rueda no mencionó a Alberto Núñez Feijóo en su discurso de la noche electoral del 18 de febrero de 2024.",
    "alfonso-rueda", "Rueda no mencionó a Feijóo en su discurso de la noche electoral", "2024-02-18", absence=True),
  ["d37_pp_rueda_20240218"])
