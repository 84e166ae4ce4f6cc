"""Claims, labels and notes of the ninth development set (dev9.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev8), applied to the documents in docs_dev9.py alone,
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

P(T, C, "Boric's own turn in the Chilean presidency's transcript of his address of Sunday 17 Dec 2023 has the quoted sentence exactly.",
  Q("es", "«Durante nuestro mandato se cierra el proceso constitucional», dijo el presidente Gabriel Boric el 17 de diciembre de 2023, tras conocerse los resultados del plebiscito.",
    "gabriel-boric", "Durante nuestro mandato se cierra el proceso constitucional", "2023-12-17"),
  ["d9_prensapresidencia_20231217"])

P(T, C, "Milei's own turn in the Casa Rosada's transcript of his Davos address of 17 Jan 2024 opens with 'Occidente está en peligro'.",
  Q("es", "«Hoy estoy acá para decirles que Occidente está en peligro», afirmó Javier Milei el 17 de enero de 2024 en el Foro Económico Mundial de Davos.",
    "javier-milei", "Hoy estoy acá para decirles que Occidente está en peligro", "2024-01-17"),
  ["d9_casarosada_20240117"])

P(T, C, "Lula's own turn in the Planalto's transcript of Monday 29 May 2023 says he received Maduro at the Planalto Palace; venue, date and participants match.",
  E("en", "Brazilian President Luiz Inácio Lula da Silva received Venezuelan President Nicolás Maduro at the Planalto Palace in Brasília on May 29, 2023.",
    "Lula received Maduro at the Planalto Palace in Brasília", "2023-05-29", ["lula-da-silva", "nicolas-maduro"], event_type="meeting"),
  ["d9_planalto_20230529"])

P(T, C, "Abinader's own turn in the Dominican presidency's transcript of 19 May 2024 has 'No volveré a ser candidato a la presidencia de la República' exactly.",
  Q("es", "«No volveré a ser candidato a la presidencia de la República», reiteró Luis Abinader la noche del domingo 19 de mayo de 2024, tras ganar la reelección.",
    "luis-abinader", "No volveré a ser candidato a la presidencia de la República", "2024-05-19"),
  ["d9_presidencia_rd_20240519"])

P(T, C, "The Planalto's note of Tuesday 30 May 2023 says the South American leaders signed the Brasília Consensus at the Itamaraty Palace that day.",
  E("en", "South American leaders signed the Brasília Consensus at the Itamaraty Palace on May 30, 2023.",
    "South American leaders signed the Brasília Consensus at the Itamaraty Palace", "2023-05-30", ["lula-da-silva"], event_type="signing"),
  ["d9_planalto_20230530"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Boric's own Spanish turns of 17 Dec 2023 say the constitutional process closes during his mandate and that 'las urgencias son otras: la seguridad, las pensiones…'; the English claim paraphrases both.",
  S("en", "Chilean President Gabriel Boric said on December 17, 2023 that the constitutional process was closed during his term and that the country's urgent needs lay elsewhere, such as security and pensions.",
    "gabriel-boric", "the constitutional process is closed during his term and the urgent needs lie elsewhere, such as security and pensions", "2023-12-17"),
  ["d9_prensapresidencia_20231217"])

P(T, C, "Lula's own turn in the Planalto's English transcript of 29 May 2023 says 'It is the beginning of the return of President Maduro and of Venezuela to the South American family'; the Spanish quote renders it.",
  Q("es", "«Es el comienzo del regreso del presidente Maduro y de Venezuela a la familia sudamericana», dijo Lula el 29 de mayo de 2023 al recibir al mandatario venezolano en Brasilia.",
    "lula-da-silva", "Es el comienzo del regreso del presidente Maduro y de Venezuela a la familia sudamericana", "2023-05-29"),
  ["d9_planalto_20230529"])

P(T, C, "Milei's own turn in the Casa Rosada's Spanish transcript of 17 Jan 2024 says 'Ustedes son benefactores sociales. Ustedes son héroes'; the English quote is its translation.",
  Q("en", "\"You are social benefactors. You are heroes,\" Argentine President Javier Milei told business leaders in Davos on January 17, 2024.",
    "javier-milei", "You are social benefactors. You are heroes", "2024-01-17"),
  ["d9_casarosada_20240117"])

P(T, C, "Abinader's own Spanish turn of 19 May 2024 says he will propose a constitutional reform so that no president can change the Constitution to stay in power; the English claim says the same.",
  S("en", "Dominican President Luis Abinader said on May 19, 2024 that he would propose a constitutional reform so that no president could change the constitution to stay in power.",
    "luis-abinader", "he will propose a constitutional reform so that no president can change the constitution to stay in power", "2024-05-19"),
  ["d9_presidencia_rd_20240519"])

P(T, C, "The Planalto's English note of 30 May 2023 says the leaders agreed to set up a contact group led by the foreign ministers; the Spanish claim says the same.",
  S("es", "Según la Presidencia de Brasil, los presidentes sudamericanos acordaron el 30 de mayo de 2023 crear un grupo de contacto encabezado por los cancilleres.",
    "brazil-presidency", "los presidentes sudamericanos acordaron crear un grupo de contacto encabezado por los cancilleres", "2023-05-30"),
  ["d9_planalto_20230530"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Milei's post is stamped 01:15 UTC on 18 Jan 2024, which is 22:15 on the 17th in Buenos Aires; the local date matches.",
  S("es", "Javier Milei escribió en X el 17 de enero de 2024 que en Davos le dijo al mundo que Occidente está en peligro.",
    "javier-milei", "en Davos le dijo al mundo que Occidente está en peligro", "2024-01-17", channel="x", event_type="post"),
  ["d9_x_milei_20240117"])

P(T, C, "Boric's post is stamped 00:40 UTC on 18 Dec 2023, which is 21:40 on the 17th in Santiago (summer time, UTC-3); the local date matches.",
  S("es", "Gabriel Boric publicó en X el 17 de diciembre de 2023 que durante su gobierno se cierra el proceso constitucional.",
    "gabriel-boric", "durante su gobierno se cierra el proceso constitucional", "2023-12-17", channel="x", event_type="post"),
  ["d9_x_boric_20231217"])

P(T, C, "Lula's post is stamped 00:30 UTC on 30 May 2023, which is 21:30 on the 29th in Brasília; the local date matches.",
  S("en", "Lula wrote on X on May 29, 2023 that he had received Nicolás Maduro at the Planalto Palace.",
    "lula-da-silva", "he received Nicolás Maduro at the Planalto Palace", "2023-05-29", channel="x", event_type="post"),
  ["d9_x_lula_20230529"])

P(T, C, "Abinader's post is stamped 03:30 UTC on 20 May 2024, which is 23:30 on the 19th in Santo Domingo; 'Gobernaré para todos, y lo haré por última vez' matches the claim.",
  S("en", "Luis Abinader posted on X on May 19, 2024 that he would govern for everyone, and for the last time.",
    "luis-abinader", "he will govern for everyone, and for the last time", "2024-05-19", channel="x", event_type="post"),
  ["d9_x_abinader_20240519"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Servel's release of 17 Dec 2023 gives the 'En contra' option 55,76 % of the valid votes.",
  S("es", "La opción En contra obtuvo el 55,76 % de los votos válidos en el plebiscito constitucional del 17 de diciembre de 2023, según el Servel.",
    "servel", "la opción En contra obtuvo el 55,76 % de los votos válidos", "2023-12-17", confirmed_by="servel"),
  ["d9_servel_20231217"])

P(T, C, "The JCE's boletín gives Abinader 57,44 % of the valid votes in the election of Sunday 19 May 2024; 'about 57%' is that figure rounded.",
  S("en", "Luis Abinader won about 57% of the vote in the Dominican Republic's presidential election on May 19, 2024, according to the Junta Central Electoral.",
    "junta-central-electoral", "Luis Abinader won about 57% of the vote", "2024-05-19", confirmed_by="junta-central-electoral"),
  ["d9_jce_20240520"])

P(T, C, "Milei's own interpreted turn of 17 Jan 2024 says 'in 35 years we became a leading world power' after adopting the model of freedom in 1860; 'thirty-five' is that figure in words.",
  S("en", "Javier Milei told the World Economic Forum on January 17, 2024 that Argentina became a leading world power within thirty-five years of adopting the model of freedom in 1860.",
    "javier-milei", "Argentina became a leading world power within thirty-five years of adopting the model of freedom in 1860", "2024-01-17"),
  ["d9_weforum_20240117"])

P(T, X, "The Planalto's note of 30 May 2023 gives the contact group 120 days to present its road map, not 90.",
  S("es", "La Presidencia de Brasil informó el 30 de mayo de 2023 que los cancilleres sudamericanos presentarán en 90 días una hoja de ruta para la integración regional.",
    "brazil-presidency", "los cancilleres sudamericanos presentarán en 90 días una hoja de ruta para la integración regional", "2023-05-30"),
  ["d9_planalto_20230530"])

P(T, X, "Servel's release on the plebiscite of 17 Dec 2023 gives 'En contra' 55,76 %; 61.86% is the 'Rechazo' figure of the 2022 plebiscite.",
  S("en", "Chile's electoral service said the \"Against\" option won 61.86% of the vote in the constitutional plebiscite of December 17, 2023.",
    "servel", "the Against option won 61.86% of the vote", "2023-12-17", confirmed_by="servel"),
  ["d9_servel_20231217"])

P(T, U, "Boric's transcript of 17 Dec 2023 speaks of 'millones de chilenos y chilenas' who voted and gives no figure, so 'más de 13 millones' is neither confirmed nor contradicted.",
  S("es", "Gabriel Boric afirmó el 17 de diciembre de 2023 que más de 13 millones de chilenos acudieron a votar en el plebiscito.",
    "gabriel-boric", "más de 13 millones de chilenos acudieron a votar en el plebiscito", "2023-12-17"),
  ["d9_prensapresidencia_20231217"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Maduro's first visit to Brazil in eight years is pinned; the Planalto's transcript and Lula's welcome are of Monday 29 May 2023, not the 28th.",
  E("es", "Lula recibió a Nicolás Maduro en el Palacio del Planalto el 28 de mayo de 2023, en la primera visita del venezolano a Brasil en ocho años.",
    "Lula recibió a Maduro en el Palacio del Planalto, en su primera visita a Brasil en ocho años", "2023-05-28",
    ["lula-da-silva", "nicolas-maduro"], event_type="visit"),
  ["d9_planalto_20230529"])

P(T, X, "The quoted opening pins Milei's Davos address, which the Forum's transcript dates 17 Jan 2024, not the 18th.",
  Q("en", "Javier Milei told the World Economic Forum in Davos on January 18, 2024 that \"the Western world is in danger.\"",
    "javier-milei", "the Western world is in danger", "2024-01-18"),
  ["d9_weforum_20240117"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The plebiscite won by 'En contra' is pinned by its result; Servel's release puts it on Sunday 17 December 2023, not in November.",
  E("es", "En el plebiscito constitucional de noviembre de 2023, los chilenos rechazaron la propuesta de nueva Constitución con la victoria de la opción En contra.",
    "los chilenos rechazaron la propuesta de nueva Constitución con la victoria de la opción En contra", "2023-11"),
  ["d9_servel_20231217"])

P(T, X, "Abinader's re-election with 57.44% is pinned by its figure; the JCE's boletín puts the election on Sunday 19 May 2024, not in June.",
  E("en", "Luis Abinader was re-elected president of the Dominican Republic in June 2024 with 57.44% of the vote.",
    "Luis Abinader was re-elected president of the Dominican Republic with 57.44% of the vote", "2024-06", ["luis-abinader"]),
  ["d9_jce_20240520"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Boric's address on the night of the plebiscite is one event; his own first turn says he speaks 'desde el Palacio de La Moneda', not from Cerro Castillo in Viña del Mar.",
  E("es", "Gabriel Boric se dirigió al país desde el Palacio de Cerro Castillo, en Viña del Mar, la noche del 17 de diciembre de 2023, tras el plebiscito constitucional.",
    "Boric se dirigió al país desde el Palacio de Cerro Castillo, en Viña del Mar, tras el plebiscito constitucional", "2023-12-17",
    ["gabriel-boric"], event_type=None),
  ["d9_prensapresidencia_20231217"])

P(T, X, "The signing of the Brasília Consensus on 30 May 2023 is pinned; the Planalto's note places the meeting at the Itamaraty Palace, not the Planalto.",
  E("en", "South American presidents met at the Planalto Palace on May 30, 2023, where they signed the Brasília Consensus.",
    "South American presidents met at the Planalto Palace and signed the Brasília Consensus", "2023-05-30", ["lula-da-silva"], event_type="meeting"),
  ["d9_planalto_20230530"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The Planalto welcome of 29 May 2023, 'his first visit to Brazil in eight years', is pinned; the transcript has Lula receiving Maduro, not Petro.",
  E("en", "Lula received Colombian President Gustavo Petro at the Planalto Palace on May 29, 2023, on his first visit to Brazil in eight years.",
    "Lula received Gustavo Petro at the Planalto Palace on his first visit to Brazil in eight years", "2023-05-29",
    ["lula-da-silva", "gustavo-petro"], event_type="visit"),
  ["d9_planalto_20230529"])

P(T, X, "The meeting of South American presidents of 30 May 2023 is pinned; the Planalto's note says Peru was represented by the head of its Council of Ministers, Alberto Otárola, not by Boluarte.",
  E("es", "La presidenta de Perú, Dina Boluarte, participó el 30 de mayo de 2023 en la reunión de presidentes sudamericanos en el Palacio de Itamaraty, en Brasilia.",
    "Dina Boluarte participó en la reunión de presidentes sudamericanos en el Palacio de Itamaraty", "2023-05-30",
    ["dina-boluarte", "lula-da-silva"], event_type="meeting"),
  ["d9_planalto_20230530"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The Chilean presidency's note of 30 May 2023 quotes Boric: the human rights situation in Venezuela 'no es una construcción narrativa, es una realidad': the opposite of the claim.",
  S("es", "Gabriel Boric afirmó el 30 de mayo de 2023 en Brasilia que la situación de derechos humanos en Venezuela es una construcción narrativa.",
    "gabriel-boric", "la situación de derechos humanos en Venezuela es una construcción narrativa", "2023-05-30"),
  ["d9_prensapresidencia_20230530"])

P(T, X, "Abinader's own turn of 19 May 2024 says 'este será mi último período. No volveré a ser candidato': a denial, in other words, that he would seek a third term.",
  S("en", "Luis Abinader said on May 19, 2024 that he would seek a third term as president of the Dominican Republic.",
    "luis-abinader", "he will seek a third term as president", "2024-05-19"),
  ["d9_presidencia_rd_20240519"])

P(T, X, "Boric's own turn of 17 Dec 2023 says 'Durante nuestro mandato se cierra el proceso constitucional': the opposite of opening a third process.",
  S("en", "Gabriel Boric announced on December 17, 2023 that his government would launch a third constitutional process.",
    "gabriel-boric", "his government will launch a third constitutional process", "2023-12-17"),
  ["d9_prensapresidencia_20231217"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The Davos address of 17 Jan 2024 is pinned; Milei's own turn says 'El Estado es el problema mismo', not 'el enemigo'.",
  Q("es", "«El Estado no es la solución. El Estado es el enemigo», dijo Javier Milei en Davos el 17 de enero de 2024.",
    "javier-milei", "El Estado no es la solución. El Estado es el enemigo", "2024-01-17"),
  ["d9_casarosada_20240117"])

P(T, U, "The claimed CNN interview of 18 Jan 2024 is not among the sources, and the Davos address of the 17th, another occasion, does not contain the words.",
  Q("en", "In an interview with CNN on January 18, 2024, Javier Milei said: \"Davos has become a meeting of socialists.\"",
    "javier-milei", "Davos has become a meeting of socialists", "2024-01-18", channel="interview", event_type="interview"),
  ["d9_casarosada_20240117"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the Planalto's transcript of 29 May 2023, and Lula answers 'No. It is not for Brazil to tell Venezuela when to hold its elections.'",
  Q("en", "\"Brazil will ask Venezuela to hold early elections,\" Lula said on May 29, 2023, alongside Nicolás Maduro.",
    "lula-da-silva", "Brazil will ask Venezuela to hold early elections", "2023-05-29"),
  ["d9_planalto_20230529"])

P(T, U, "The words are Maduro's interpreted turn in the transcript of 29 May 2023 ('We have come to Brasília to open a new era…'), not Lula's.",
  Q("es", "«Venimos a Brasilia a abrir una nueva era en las relaciones entre Venezuela y Brasil», dijo Lula el 29 de mayo de 2023.",
    "lula-da-silva", "Venimos a Brasilia a abrir una nueva era en las relaciones entre Venezuela y Brasil", "2023-05-29"),
  ["d9_planalto_20230529"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "Boric's address from La Moneda is of Sunday 17 Dec 2023; nothing in the claim pins it to the plebiscite, and no source speaks of an address on Monday the 18th.",
  E("es", "El presidente Gabriel Boric se dirigió al país desde el Palacio de La Moneda el lunes 18 de diciembre de 2023.",
    "Boric se dirigió al país desde el Palacio de La Moneda", "2023-12-18", ["gabriel-boric"]),
  ["d9_prensapresidencia_20231217"])

P(T, C, "The Planalto's transcript of 29 May 2023 records the Lula-Maduro meeting that day; the summit of the 30th, which Maduro also attended, sits next to it without moving it.",
  E("en", "Lula and Nicolás Maduro met in Brasília on May 29, 2023.",
    "Lula and Maduro met in Brasília", "2023-05-29", ["lula-da-silva", "nicolas-maduro"], event_type="meeting"),
  ["d9_planalto_20230530", "d9_planalto_20230529"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Casa Rosada's transcript of 17 Jan 2024 is Milei's address; no source records a meeting between Caputo and the IMF's managing director.",
  E("en", "Argentine Economy Minister Luis Caputo met IMF Managing Director Kristalina Georgieva in Davos on January 17, 2024.",
    "Luis Caputo met Kristalina Georgieva in Davos", "2024-01-17", ["luis-caputo", "imf"], event_type="meeting"),
  ["d9_casarosada_20240117"])

P(T, C, "The Chilean presidency's note of 30 May 2023 says Boric took part in the meeting at the Itamaraty Palace; Lacalle Pou's remarks that day, in a media article, are about another president.",
  E("es", "Gabriel Boric participó el 30 de mayo de 2023 en la reunión de presidentes de América del Sur en el Palacio de Itamaraty, en Brasilia.",
    "Boric participó en la reunión de presidentes de América del Sur en el Palacio de Itamaraty", "2023-05-30",
    ["gabriel-boric", "lula-da-silva"], event_type="meeting"),
  ["d9_elpais_20230530", "d9_prensapresidencia_20230530"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The only source is Servel's release on the plebiscite of 4 Sep 2022, a different vote; nothing documents the plebiscite of 17 Dec 2023.",
  E("es", "Los chilenos rechazaron la propuesta de nueva Constitución en el plebiscito del 17 de diciembre de 2023, según el Servel.",
    "los chilenos rechazaron la propuesta de nueva Constitución", "2023-12-17", confirmed_by="servel"),
  ["d9_servel_20220904"])

P(T, C, "The Forum's transcript of 17 Jan 2024 has Milei's 'the Western world is in danger'; his Davos address of 23 Jan 2025, which recalls it, sits next to it without moving it.",
  S("en", "At the World Economic Forum in Davos on January 17, 2024, Javier Milei said the Western world was in danger.",
    "javier-milei", "the Western world is in danger", "2024-01-17"),
  ["d9_casarosada_20250123", "d9_weforum_20240117"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Planalto's note of 30 May 2023 summarises the meeting and quotes no words of Lula's.",
  Q("en", "Opening the meeting at the Itamaraty Palace on May 30, 2023, Lula said: \"South America can no longer be a continent of missed opportunities.\"",
    "lula-da-silva", "South America can no longer be a continent of missed opportunities", "2023-05-30"),
  ["d9_planalto_20230530"])

P(T, U, "The Chilean presidency's note of 30 May 2023 paraphrases Boric on integration ('Chile está disponible para trabajar en una agenda…') and does not hold the quoted sentence.",
  Q("es", "«La integración sudamericana no se construye mirando para el lado», afirmó Gabriel Boric el 30 de mayo de 2023 en Brasilia.",
    "gabriel-boric", "La integración sudamericana no se construye mirando para el lado", "2023-05-30"),
  ["d9_prensapresidencia_20230530"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Infobae, a media outlet, reports the meeting with Georgieva.",
  E("es", "Javier Milei y Luis Caputo se reunieron con Kristalina Georgieva en Davos el 17 de enero de 2024.",
    "Milei y Caputo se reunieron con Kristalina Georgieva en Davos", "2024-01-17", ["javier-milei", "luis-caputo", "imf"], event_type="meeting"),
  ["d9_infobae_20240117"])

P(T, U, "Only El País, a media outlet, reports Lacalle Pou's remark.",
  S("en", "Uruguay's President Luis Lacalle Pou said in Brasília on May 30, 2023 that he was surprised that what was happening in Venezuela was being called a \"narrative\".",
    "luis-lacalle-pou", "he was surprised that what was happening in Venezuela was being called a narrative", "2023-05-30"),
  ["d9_elpais_20230530"])

P(T, U, "Only the Associated Press, a media outlet, reports the congressional majority.",
  E("en", "Luis Abinader's party won a majority in Congress in the Dominican elections of May 19, 2024.",
    "Abinader's party won a majority in Congress", "2024-05-19", ["luis-abinader"]),
  ["d9_ap_20240520"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "The words are in the transcript of Abinader's speech of 19 May 2024; his only post among the sources does not say them, and the claim is about X.",
  Q("es", "Luis Abinader escribió en X el 19 de mayo de 2024: «No volveré a ser candidato a la presidencia de la República».",
    "luis-abinader", "No volveré a ser candidato a la presidencia de la República", "2024-05-19", channel="x", event_type="post"),
  ["d9_presidencia_rd_20240519"])

P(T, U, "Lula's words on the 'narrative' are in the Planalto's transcript of 29 May 2023; no X post by him is among the sources.",
  S("en", "Lula said on X on May 29, 2023 that a narrative of anti-democracy and authoritarianism had been constructed against Venezuela.",
    "lula-da-silva", "a narrative of anti-democracy and authoritarianism had been constructed against Venezuela", "2023-05-29", channel="x", event_type="post"),
  ["d9_planalto_20230529"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the Forum's transcript indeed does not mention the IMF).",
  S("en", "Javier Milei did not mention the International Monetary Fund in his Davos address on January 17, 2024.",
    "javier-milei", "the address did not mention the International Monetary Fund", "2024-01-17", absence=True),
  ["d9_weforum_20240117"])

P(T, U, "Absence claims are always unverified (here the transcript of Boric's address indeed does not name Kast).",
  S("es", "Gabriel Boric no mencionó a José Antonio Kast en su mensaje al país del 17 de diciembre de 2023.",
    "gabriel-boric", "el mensaje no mencionó a José Antonio Kast", "2023-12-17", absence=True),
  ["d9_prensapresidencia_20231217"])
