"""numbers, decoys, wrong_* , denial, quote and source-quality categories."""

from pairs_common import E, P, Q, S

C, X, U = "confirmed", "contradicted", "unverified"

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Sheinbaum's own post gives 10 mil elementos, the figure claimed.",
  S("es", "Sheinbaum anunció en X el 3 de febrero que 10 mil elementos de la Guardia Nacional reforzarán de inmediato la frontera norte.",
    "claudia-sheinbaum", "10 mil elementos de la Guardia Nacional reforzarán de inmediato la frontera norte", "2025-02-03",
    channel="x", event_type="post"),
  ["x_sheinbaum_20250203"])

P(T, X, "Sheinbaum's own post on the same announcement gives 10 mil elementos, not 15 mil.",
  S("es", "Sheinbaum anunció en X el 3 de febrero que 15 mil elementos de la Guardia Nacional reforzarán la frontera norte.",
    "claudia-sheinbaum", "15 mil elementos de la Guardia Nacional reforzarán la frontera norte", "2025-02-03",
    channel="x", event_type="post"),
  ["x_sheinbaum_20250203"])

P(T, C, "Trump's own post on the 2 Sep strike says 11 terrorists were killed.",
  S("en", "Trump said the September 2 strike on a boat from Venezuela killed 11 members of Tren de Aragua.",
    "donald-trump", "the strike killed 11 Tren de Aragua members", "2025-09-02"),
  ["truth_trump_20250902"])

P(T, X, "Trump's own post on the same strike says 11 killed, not 14.",
  S("es", "Trump afirmó que el ataque del 2 de septiembre contra una lancha procedente de Venezuela dejó 14 muertos.",
    "donald-trump", "el ataque contra la lancha dejó 14 muertos", "2025-09-02"),
  ["truth_trump_20250902"])

P(T, C, "Bukele's own post of 16 Mar 2025 gives 238 Tren de Aragua members.",
  S("en", "Bukele said on March 16 that 238 members of Tren de Aragua had arrived in El Salvador and were sent to CECOT.",
    "nayib-bukele", "238 members of Tren de Aragua arrived and were transferred to CECOT", "2025-03-16",
    channel="x", event_type="post"),
  ["x_bukele_20250316"])

P(T, X, "Bukele's own post on the same arrival says 238, not 338.",
  S("es", "Bukele informó en X el 16 de marzo que llegaron al país 338 miembros del Tren de Aragua.",
    "nayib-bukele", "llegaron al país 338 miembros del Tren de Aragua", "2025-03-16", channel="x", event_type="post"),
  ["x_bukele_20250316"])

P(T, C, "Trump's own post of 31 Jul 2025 gives exactly these three rates.",
  S("en", "Trump said on July 31 that Mexico will keep paying a 25% fentanyl tariff, 25% on cars and 50% on steel, aluminum and copper.",
    "donald-trump", "Mexico will continue to pay a 25% fentanyl tariff, 25% on cars and 50% on steel, aluminum and copper",
    "2025-07-31"),
  ["truth_trump_20250731"])

P(T, X, "Trump's own post of 31 Jul 2025 gives a 25% fentanyl tariff, not 30%.",
  S("en", "Trump said on July 31 that Mexico will continue to pay a 30% fentanyl tariff during the 90-day extension.",
    "donald-trump", "Mexico will continue to pay a 30% fentanyl tariff", "2025-07-31"),
  ["truth_trump_20250731"])

P(T, C, "The English readout of 4 Sep 2025 gives $13.5 million in security aid and $6 million in drones.",
  S("es", "Rubio anunció en Quito el 4 de septiembre 13,5 millones de dólares en asistencia de seguridad para Ecuador y 6 millones en drones para su Armada.",
    "marco-rubio", "13,5 millones de dólares en asistencia de seguridad y 6 millones en drones para la Armada ecuatoriana",
    "2025-09-04"),
  ["state_readout_20250904"])

P(T, X, "The Justice Department's release on the same transfer says 29 defendants, not 35.",
  E("en", "Mexico sent 35 cartel figures, including Rafael Caro Quintero, to the United States on February 27, 2025.",
    "Mexico sent 35 cartel figures, including Caro Quintero, to the United States", "2025-02-27",
    ["mexican-government", "us-government"]),
  ["doj_20250227"])

P(T, C, "Trudeau's own post gives $30 billion on Tuesday and $125 billion in 21 days (the claim carries no date).",
  S("en", "Trudeau said Canada's counter-tariffs would hit $30 billion of U.S. goods immediately and a further $125 billion in 21 days.",
    "justin-trudeau", "counter-tariffs on $30 billion of U.S. goods immediately and a further $125 billion in 21 days"),
  ["x_trudeau_20250201"])

P(T, C, "The Justice Department release of 7 Aug 2025 announces a reward of up to $50 million.",
  S("es", "El Departamento de Justicia anunció el 7 de agosto de 2025 una recompensa de hasta 50 millones de dólares por Nicolás Maduro.",
    "us-doj", "una recompensa de hasta 50 millones de dólares por información que lleve al arresto de Maduro", "2025-08-07",
    channel="press_release"),
  ["doj_20250807"])

P(T, C, "Ebrard's own words in the SRE transcript of 6 Jun 2019: 6 mil elementos for the southern border.",
  Q("es", "Ebrard dijo en Washington el 6 de junio de 2019 que México desplegará «6 mil elementos» de la Guardia Nacional en la frontera sur.",
    "marcelo-ebrard", "6 mil elementos", "2019-06-06"),
  ["ebrard_remarks_20190606"])

P(T, U, "The sources give the 10,000 troops but no cost; the peso figure cannot be checked.",
  S("es", "Sheinbaum dijo el 3 de febrero que el despliegue de 10 mil elementos en la frontera costará 5 mil millones de pesos.",
    "claudia-sheinbaum", "el despliegue de 10 mil elementos en la frontera costará 5 mil millones de pesos", "2025-02-03"),
  ["x_sheinbaum_20250203", "mananera_20250203"])

P(T, U, "The release confirms 26 defendants but says nothing about the number of federal districts; that figure is unsupported.",
  S("en", "The Justice Department said the 26 defendants transferred on August 12 face charges in 11 federal districts.",
    "us-doj", "the 26 defendants face charges in 11 federal districts", "2025-08-12"),
  ["doj_20250812"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The only call shown is the one of 31 Jul (09:52 local post); a call on another day is not a contradiction and 30 Jul is not evidenced.",
  E("es", "Sheinbaum y Trump conversaron por teléfono el 30 de julio de 2025.",
    "Sheinbaum y Trump conversaron por teléfono", "2025-07-30", ["claudia-sheinbaum", "donald-trump"], event_type="call",
    channel="phone_call"),
  ["x_sheinbaum_20250731"])

P(T, U, "The source reports a conversation on 6 Mar; nothing evidences a call on 5 Mar, and another day's call does not contradict it.",
  E("en", "Trump and Sheinbaum spoke by phone on March 5, 2025.",
    "Trump and Sheinbaum spoke by phone", "2025-03-05", ["donald-trump", "claudia-sheinbaum"], event_type="call",
    channel="phone_call"),
  ["truth_trump_20250306"])

P(T, U, "The readout documents a meeting on 2 Feb; a meeting on 1 Feb is neither shown nor contradicted.",
  E("es", "Rubio y Mulino se reunieron el 1 de febrero de 2025 en la Ciudad de Panamá.",
    "Rubio y Mulino se reunieron en la Ciudad de Panamá", "2025-02-01", ["marco-rubio", "jose-raul-mulino"],
    event_type="meeting"),
  ["state_readout_20250202"])

P(T, U, "The readout documents the meeting of 3 Feb; a meeting on 2 Feb is not evidenced, and a later meeting does not contradict it.",
  E("en", "Rubio met Salvadoran President Nayib Bukele on February 2, 2025.",
    "Rubio met Bukele", "2025-02-02", ["marco-rubio", "nayib-bukele"], event_type="meeting"),
  ["state_readout_20250203"])

P(T, U, "The source is the trilateral summit of 10 Jan; it says nothing of a Biden-López Obrador bilateral on 9 Jan.",
  E("es", "Biden y López Obrador sostuvieron una reunión bilateral el 9 de enero de 2023.",
    "Biden y López Obrador sostuvieron una reunión bilateral", "2023-01-09",
    ["joe-biden", "andres-manuel-lopez-obrador"], event_type="meeting"),
  ["nals_decl_20230110"])

P(T, U, "The source is the trilateral summit of 10 Jan; the Trudeau-López Obrador bilateral of 11 Jan is not documented by it.",
  E("en", "Trudeau and López Obrador held a bilateral meeting on January 11, 2023.",
    "Trudeau and López Obrador held a bilateral meeting", "2023-01-11",
    ["justin-trudeau", "andres-manuel-lopez-obrador"], event_type="meeting"),
  ["nals_decl_20230110"])

P(T, U, "Trump's post documents a conversation on 27 Nov; a call on 26 Nov is not shown, and a later call does not contradict it.",
  E("en", "Sheinbaum and Trump spoke by phone on November 26, 2024.",
    "Sheinbaum and Trump spoke by phone", "2024-11-26", ["claudia-sheinbaum", "donald-trump"], event_type="call",
    channel="phone_call"),
  ["truth_trump_20241127"])

P(T, U, "The readout documents the Quito meeting of 4 Sep; a meeting on 3 Sep is not evidenced, and a meeting on another day does not contradict it.",
  E("es", "Rubio y el presidente Noboa se reunieron en Quito el 3 de septiembre de 2025.",
    "Rubio y Noboa se reunieron en Quito", "2025-09-03", ["marco-rubio", "daniel-noboa"], event_type="meeting"),
  ["state_readout_20250904"])

P(T, C, "The 9 Jan readout confirms the bilateral; the 10 Jan summit document is a separate event that does not conflict.",
  E("en", "Biden and López Obrador held a bilateral meeting at the National Palace on January 9, 2023.",
    "Biden and López Obrador held a bilateral meeting at the National Palace", "2023-01-09",
    ["joe-biden", "andres-manuel-lopez-obrador"], event_type="meeting"),
  ["wh_readout_20230109", "nals_decl_20230110"])

P(T, C, "The 3 Feb readout confirms the meeting; the Costa Rica meeting of 4 Feb is another event and does not conflict.",
  E("es", "Rubio se reunió con Bukele en El Salvador el 3 de febrero de 2025.",
    "Rubio se reunió con Bukele en El Salvador", "2025-02-03", ["marco-rubio", "nayib-bukele"], event_type="meeting"),
  ["state_readout_20250203", "state_readout_20250204"])

P(T, C, "The PMO readout of 11 Jan confirms the meeting; the 10 Jan summit is another event.",
  E("en", "Trudeau met López Obrador in Mexico City on January 11, 2023.",
    "Trudeau met López Obrador in Mexico City", "2023-01-11", ["justin-trudeau", "andres-manuel-lopez-obrador"],
    event_type="meeting"),
  ["pmo_readout_20230111", "nals_decl_20230110"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The only source is Trudeau's post about his own call with Trump; it neither confirms nor contradicts a Trump-Sheinbaum call.",
  E("es", "Trump y Sheinbaum hablaron por teléfono el 3 de febrero de 2025.",
    "Trump y Sheinbaum hablaron por teléfono", "2025-02-03", ["donald-trump", "claudia-sheinbaum"], event_type="call",
    channel="phone_call"),
  ["x_trudeau_20250203"])

P(T, U, "The 3 Feb readout is Rubio's meeting with Bukele, another leader's meeting; it says nothing about Chaves.",
  E("en", "Rubio met Costa Rican President Rodrigo Chaves on February 3, 2025.",
    "Rubio met Chaves", "2025-02-03", ["marco-rubio", "rodrigo-chaves"], event_type="meeting"),
  ["state_readout_20250203"])

P(T, U, "The readout is about Secretary Rubio's meeting, not Deputy Secretary Landau's; another official's meeting is not evidence either way.",
  E("es", "El subsecretario de Estado Christopher Landau se reunió con la presidenta Sheinbaum en Palacio Nacional el 3 de septiembre de 2025.",
    "Landau se reunió con Sheinbaum en Palacio Nacional", "2025-09-03", ["christopher-landau", "claudia-sheinbaum"],
    event_type="meeting"),
  ["state_readout_20250903"])

P(T, U, "The 9 Jan readout is Biden's meeting with López Obrador; it does not address Trudeau.",
  E("en", "Trudeau met López Obrador at the National Palace on January 9, 2023.",
    "Trudeau met López Obrador at the National Palace", "2023-01-09", ["justin-trudeau", "andres-manuel-lopez-obrador"],
    event_type="meeting"),
  ["wh_readout_20230109"])

P(T, U, "Sheinbaum's post of 6 Mar is about her call with Trump; it says nothing about a call with Trudeau.",
  E("es", "Sheinbaum habló por teléfono con el primer ministro canadiense Justin Trudeau el 6 de marzo de 2025.",
    "Sheinbaum habló por teléfono con Trudeau", "2025-03-06", ["claudia-sheinbaum", "justin-trudeau"], event_type="call",
    channel="phone_call"),
  ["x_sheinbaum_20250306"])

P(T, U, "The post shows De la Fuente accompanying Sheinbaum on her call with Trump; it does not show a De la Fuente-Rubio call.",
  E("en", "Foreign Secretary Juan Ramón de la Fuente spoke by phone with Secretary of State Marco Rubio on July 31, 2025.",
    "De la Fuente spoke by phone with Rubio", "2025-07-31", ["juan-ramon-de-la-fuente", "marco-rubio"], event_type="call",
    channel="phone_call"),
  ["x_sheinbaum_20250731"])

P(T, U, "The 7 Jun transcript is Harris's press conference with Giammattei in Guatemala; a meeting with López Obrador is not covered.",
  E("es", "La vicepresidenta Harris se reunió con López Obrador el 7 de junio de 2021.",
    "Harris se reunió con López Obrador", "2021-06-07", ["kamala-harris", "andres-manuel-lopez-obrador"],
    event_type="meeting"),
  ["wh_transcript_20210607"])

P(T, U, "Sheinbaum's post is about her call with Trump, not with Rubio; another official's call is no evidence either way.",
  E("en", "Secretary Rubio spoke by phone with President Sheinbaum on February 3, 2025.",
    "Rubio spoke by phone with Sheinbaum", "2025-02-03", ["marco-rubio", "claudia-sheinbaum"], event_type="call",
    channel="phone_call"),
  ["x_sheinbaum_20250203"])

P(T, U, "Trump's post is about his call with Sheinbaum; it does not show or rule out a call with Trudeau.",
  E("en", "Trump spoke by phone with Canadian Prime Minister Justin Trudeau on November 27, 2024.",
    "Trump spoke by phone with Trudeau", "2024-11-27", ["donald-trump", "justin-trudeau"], event_type="call",
    channel="phone_call"),
  ["truth_trump_20241127"])

P(T, C, "Sheinbaum's own post and her same-day press conference ('esta mañana tuvimos una conversación con el presidente Donald Trump') confirm the call; Trudeau's separate call that day does not conflict.",
  E("es", "Trump y Sheinbaum hablaron por teléfono el 3 de febrero de 2025.",
    "Trump y Sheinbaum hablaron por teléfono", "2025-02-03", ["donald-trump", "claudia-sheinbaum"], event_type="call",
    channel="phone_call"),
  ["x_trudeau_20250203", "x_sheinbaum_20250203", "mananera_20250203"])

P(T, C, "The 7 Jun transcript shows Harris with Giammattei in Guatemala City; her 8 Jun meeting with López Obrador is a separate event.",
  E("en", "Vice President Harris met Guatemalan President Alejandro Giammattei on June 7, 2021.",
    "Harris met Giammattei", "2021-06-07", ["kamala-harris", "alejandro-giammattei"], event_type="meeting"),
  ["wh_readout_20210608", "wh_transcript_20210607"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The only source is the February transfer of 29; the August transfer of 26 is a different event it cannot confirm or contradict.",
  E("es", "México envió a Estados Unidos a 26 presuntos integrantes de cárteles el 12 de agosto de 2025.",
    "México envió a Estados Unidos a 26 presuntos integrantes de cárteles", "2025-08-12",
    ["mexican-government", "us-government"]),
  ["gabinete_20250227"])

P(T, U, "The only source is the August transfer of 26; the February transfer of 29 is a different event.",
  E("en", "Mexico sent 29 cartel figures, including Rafael Caro Quintero, to the United States on February 27, 2025.",
    "Mexico sent 29 cartel figures, including Caro Quintero, to the United States", "2025-02-27",
    ["mexican-government", "us-government"]),
  ["doj_20250812"])

P(T, U, "The source is the February one-month pause, a different agreement from the 90-day extension of 31 July.",
  E("es", "Sheinbaum y Trump acordaron el 31 de julio de 2025 extender 90 días las condiciones arancelarias vigentes.",
    "Sheinbaum y Trump acordaron extender 90 días las condiciones arancelarias vigentes", "2025-07-31",
    ["claudia-sheinbaum", "donald-trump"], event_type="call"),
  ["x_sheinbaum_20250203"])

P(T, U, "The source is the 2 Sep strike (11 killed); the 15 Sep strike is a different event.",
  E("en", "A U.S. strike on September 15, 2025 killed three alleged narcoterrorists aboard a boat.",
    "a U.S. strike killed three alleged narcoterrorists aboard a boat", "2025-09-15"),
  ["truth_trump_20250902"])

P(T, U, "The source is the 2021 High-Level Security Dialogue, not the 2025 Security Implementation Group.",
  E("es", "Durante la visita de Rubio a México el 3 de septiembre de 2025 se creó un grupo de implementación de seguridad de alto nivel.",
    "se creó un grupo de implementación de seguridad de alto nivel", "2025-09-03",
    ["marco-rubio", "mexican-government"], event_type="visit"),
  ["joint_stmt_20211008"])

P(T, U, "The source is the February 2025 25% tariff order; the 30% letter of 12 July is a different announcement.",
  S("en", "Trump announced on July 12, 2025 a 30% tariff on Mexican goods starting August 1.",
    "donald-trump", "a 30% tariff on Mexican goods starting August 1", "2025-07-12"),
  ["wh_factsheet_20250201"])

P(T, U, "The source is the January reward increase to $25 million; the August $50 million offer is a different announcement.",
  S("es", "Estados Unidos elevó el 7 de agosto de 2025 a 50 millones de dólares la recompensa por Nicolás Maduro.",
    "us-government", "la recompensa por Maduro se eleva a 50 millones de dólares", "2025-08-07"),
  ["state_rfj_20250110"])

P(T, U, "The source is Vice President Harris's 2021 visit to Guatemala, not Rubio's 2025 visit.",
  E("en", "During Rubio's visit to Guatemala on February 5, 2025, Guatemala agreed to increase deportation flights by 40 percent.",
    "Guatemala agreed to increase deportation flights by 40 percent", "2025-02-05",
    ["marco-rubio", "bernardo-arevalo"], event_type="visit"),
  ["wh_transcript_20210607"])

P(T, U, "The source is the February 2025 tariffs on Mexico and Canada; the Colombia tariffs of 26 January are a different announcement.",
  S("es", "Trump anunció el 26 de enero de 2025 aranceles de 25 % a los productos de Colombia.",
    "donald-trump", "aranceles de 25 % a los productos de Colombia", "2025-01-26"),
  ["wh_factsheet_20250201"])

P(T, C, "The August comunicado confirms the 26 transfer; the February one is a separate event and does not conflict.",
  E("es", "México envió a Estados Unidos a 26 personas vinculadas a organizaciones criminales el 12 de agosto de 2025.",
    "México envió a Estados Unidos a 26 personas vinculadas a organizaciones criminales", "2025-08-12",
    ["mexican-government", "us-government"]),
  ["gabinete_20250227", "gabinete_20250812"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The same announcement (one-month pause, 10 mil elementos) is in Sheinbaum's post of 3 Feb at 10:29 local; 5 Feb is another date for the same post.",
  S("es", "El 5 de febrero, Sheinbaum anunció en X una pausa de un mes en los aranceles y el envío de 10 mil elementos de la Guardia Nacional tras hablar con Trump.",
    "claudia-sheinbaum", "pausa de un mes en los aranceles y envío de 10 mil elementos de la Guardia Nacional tras hablar con Trump",
    "2025-02-05", channel="x", event_type="post"),
  ["x_sheinbaum_20250203"])

P(T, X, "Both leaders' own posts place the call that produced the 90-day extension on 31 July, not 28 July.",
  E("en", "On July 28, 2025, Trump and Sheinbaum agreed by phone to extend the existing tariff arrangement for 90 days.",
    "Trump and Sheinbaum agreed by phone to extend the existing tariff arrangement for 90 days", "2025-07-28",
    ["donald-trump", "claudia-sheinbaum"], event_type="call", channel="phone_call"),
  ["truth_trump_20250731", "x_sheinbaum_20250731"])

P(T, X, "The meeting at which the Security Implementation Group was welcomed took place on 3 Sep per the readout, not 5 Sep.",
  E("es", "Rubio se reunió con Sheinbaum en Palacio Nacional el 5 de septiembre de 2025, en la visita en la que se anunció el Grupo de Implementación de Seguridad.",
    "Rubio se reunió con Sheinbaum en Palacio Nacional en la visita en que se anunció el Grupo de Implementación de Seguridad",
    "2025-09-05", ["marco-rubio", "claudia-sheinbaum"], event_type="meeting"),
  ["state_readout_20250903"])

P(T, X, "The transfer of 29 including Caro Quintero took place on 27 Feb per the Justice Department, not 3 Mar.",
  E("en", "Mexico transferred 29 cartel figures, including Rafael Caro Quintero, to the United States on March 3, 2025.",
    "Mexico transferred 29 cartel figures, including Caro Quintero, to the United States", "2025-03-03",
    ["mexican-government", "us-government"]),
  ["doj_20250227"])

P(T, X, "The Oval Office remarks in which Bukele said he lacked the power to return Abrego Garcia are dated 14 Apr, not 16 Apr.",
  S("es", "Bukele dijo en el Despacho Oval el 16 de abril de 2025 que no tiene el poder de devolver a Kilmar Abrego Garcia a Estados Unidos.",
    "nayib-bukele", "no tiene el poder de devolver a Abrego Garcia a Estados Unidos", "2025-04-16", event_type="meeting"),
  ["wh_transcript_20250414"])

P(T, X, "The joint declaration that averted the tariffs is dated 7 Jun 2019, not 10 Jun.",
  E("en", "The U.S.-Mexico joint declaration that averted Trump's tariffs was issued on June 10, 2019.",
    "the U.S.-Mexico joint declaration that averted the tariffs was issued", "2019-06-10",
    ["mexican-government", "us-government"], event_type="signing"),
  ["joint_decl_20190607"])

P(T, X, "Ebrard announced the asylum decision on 11 Nov 2019 per the SRE transcript, not 14 Nov.",
  E("es", "México otorgó asilo político a Evo Morales el 14 de noviembre de 2019, anunció el canciller Ebrard.",
    "México otorgó asilo político a Evo Morales", "2019-11-14", ["mexican-government", "evo-morales"]),
  ["ebrard_conf_20191111"])

P(T, X, "The press conference in Guatemala City where Harris said 'Do not come' is dated 7 Jun 2021, not 9 Jun.",
  Q("en", "Harris told would-be migrants \"Do not come\" at a press conference in Guatemala City on June 9, 2021.",
    "kamala-harris", "Do not come", "2021-06-09", channel="press_conference", event_type="press_conference"),
  ["wh_transcript_20210607"])

P(T, X, "López Obrador's X post ordering the suspension was sent at 21:12 on 5 Apr Mexico City time (03:12 UTC 6 Apr); 8 Apr is not explained by any time zone.",
  S("en", "López Obrador ordered on X on April 8, 2024 the suspension of diplomatic relations with Ecuador after the raid on Mexico's embassy.",
    "andres-manuel-lopez-obrador", "he ordered the suspension of diplomatic relations with Ecuador", "2024-04-08",
    channel="x", event_type="post"),
  ["x_amlo_20240405"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The call that produced the 10 mil elementos deployment and one-month pause was on 3 Feb 2025, not in March.",
  E("es", "En marzo de 2025, Sheinbaum y Trump acordaron en una llamada el despliegue de 10 mil elementos de la Guardia Nacional y una pausa de un mes en los aranceles.",
    "Sheinbaum y Trump acordaron el despliegue de 10 mil elementos de la Guardia Nacional y una pausa de un mes en los aranceles",
    "2025-03", ["claudia-sheinbaum", "donald-trump"], event_type="call"),
  ["x_sheinbaum_20250203"])

P(T, X, "The transfer of 29 including Caro Quintero was on 27 Feb 2025, not in January.",
  E("en", "In January 2025, Mexico sent 29 cartel figures, including Rafael Caro Quintero, to the United States.",
    "Mexico sent 29 cartel figures, including Caro Quintero, to the United States", "2025-01",
    ["mexican-government", "us-government"]),
  ["doj_20250227"])

P(T, X, "The High-Level Security Dialogue in Mexico City was held on 8 Oct 2021, not in September.",
  E("es", "En septiembre de 2021, Blinken, Mayorkas y Garland viajaron a la Ciudad de México para el Diálogo de Alto Nivel sobre Seguridad.",
    "Blinken, Mayorkas y Garland viajaron a la Ciudad de México para el Diálogo de Alto Nivel sobre Seguridad", "2021-09",
    ["antony-blinken", "alejandro-mayorkas", "merrick-garland"], event_type="visit"),
  ["joint_stmt_20211008"])

P(T, X, "The increase to $25 million announced as Maduro claimed a third term is dated 10 Jan 2025, not February.",
  S("en", "In February 2025, as Maduro began his third term, the State Department raised its reward for him to $25 million.",
    "us-state-department", "the reward for Maduro is raised to $25 million as he begins his third term", "2025-02"),
  ["state_rfj_20250110"])

P(T, X, "The transfer of 26 announced by the Security Cabinet took place on 12 Aug 2025, not in July.",
  E("es", "En julio de 2025, México trasladó a Estados Unidos a 26 personas vinculadas a organizaciones criminales, informó el Gabinete de Seguridad.",
    "México trasladó a Estados Unidos a 26 personas vinculadas a organizaciones criminales", "2025-07",
    ["mexican-government", "us-government"], confirmed_by="gabinete-seguridad-mx"),
  ["gabinete_20250812"])

P(T, X, "The joint declaration deploying the National Guard and averting the tariffs is dated 7 Jun 2019, not May.",
  E("en", "In May 2019, the United States and Mexico issued a joint declaration under which Mexico would deploy its National Guard, averting Trump's tariffs.",
    "the United States and Mexico issued a joint declaration under which Mexico would deploy its National Guard", "2019-05",
    ["mexican-government", "us-government"], event_type="signing"),
  ["joint_decl_20190607"])

P(T, X, "The San Francisco meeting on the margins of APEC was on 17 Nov 2023, not in December.",
  E("es", "En diciembre de 2023, López Obrador y Biden se reunieron en San Francisco en el marco de la cumbre de APEC.",
    "López Obrador y Biden se reunieron en San Francisco en el marco de APEC", "2023-12",
    ["andres-manuel-lopez-obrador", "joe-biden"], event_type="meeting"),
  ["wh_readout_20231117"])

P(T, X, "Bukele's post on the arrival of the 238 is from 16 Mar 2025, not April.",
  S("en", "Bukele announced in April 2025 that 238 Tren de Aragua members had arrived at CECOT.",
    "nayib-bukele", "238 Tren de Aragua members arrived at CECOT", "2025-04", channel="x", event_type="post"),
  ["x_bukele_20250316"])

P(T, X, "The White House statement on Colombia accepting all terms is from the night of 26 Jan (03:05 UTC 27 Jan), not 26 Feb.",
  S("es", "El 26 de febrero de 2025, la Casa Blanca informó que Colombia aceptó todos los términos de Trump sobre los vuelos de deportados.",
    "white-house", "Colombia aceptó todos los términos de Trump sobre los vuelos de deportados", "2025-02-26",
    channel="press_release"),
  ["wh_statement_20250126"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The readout places the 3 Sep meeting at the National Palace in Mexico City, not Washington.",
  E("es", "Rubio se reunió con Sheinbaum en Washington el 3 de septiembre de 2025.",
    "Rubio se reunió con Sheinbaum en Washington", "2025-09-03", ["marco-rubio", "claudia-sheinbaum"], event_type="meeting"),
  ["state_readout_20250903"])

P(T, X, "The White House transcript of 14 Apr 2025 is from the Oval Office, not Mar-a-Lago.",
  E("en", "Bukele met Trump at Mar-a-Lago on April 14, 2025.",
    "Bukele met Trump at Mar-a-Lago", "2025-04-14", ["nayib-bukele", "donald-trump"], event_type="meeting"),
  ["wh_transcript_20250414"])

P(T, X, "Panama's presidency says Mulino received Rubio at the Palacio de las Garzas on 2 Feb, not in Washington.",
  E("es", "Rubio y Mulino se reunieron en Washington el 2 de febrero de 2025.",
    "Rubio y Mulino se reunieron en Washington", "2025-02-02", ["marco-rubio", "jose-raul-mulino"], event_type="meeting"),
  ["presidencia_panama_20250202"])

P(T, X, "The verbatim transcript places Sheinbaum's account of the troops proposal at the Parque Ecológico Lago de Texcoco, not the National Palace.",
  S("es", "Sheinbaum relató en Palacio Nacional, el 3 de mayo de 2025, que rechazó la propuesta de Trump de que el Ejército estadounidense entrara a México.",
    "claudia-sheinbaum", "rechazó la propuesta de Trump de que el Ejército estadounidense entrara a México", "2025-05-03"),
  ["texcoco_20250503"])

P(T, X, "The Declaration of North America says the tenth summit met in Mexico City, not Monterrey.",
  E("en", "The tenth North American Leaders' Summit was held in Monterrey on January 10, 2023.",
    "the tenth North American Leaders' Summit was held in Monterrey", "2023-01-10",
    ["joe-biden", "andres-manuel-lopez-obrador", "justin-trudeau"], event_type="meeting"),
  ["nals_decl_20230110"])

P(T, X, "The verbatim transcript of the 7 Jun press conference is from Guatemala City, not Mexico City.",
  Q("es", "Harris dijo «No vengan» durante una conferencia de prensa en la Ciudad de México el 7 de junio de 2021.",
    "kamala-harris", "No vengan", "2021-06-07", channel="press_conference", event_type="press_conference"),
  ["wh_transcript_20210607"])

P(T, X, "The Justice Department says both were taken into custody in El Paso, Texas, not Culiacán.",
  E("es", "El Mayo Zambada y Joaquín Guzmán López fueron detenidos en Culiacán, Sinaloa, el 25 de julio de 2024.",
    "Zambada y Guzmán López fueron detenidos en Culiacán, Sinaloa", "2024-07-25"),
  ["doj_20240725"])

P(T, X, "The White House readout places the 17 Nov 2023 meeting in San Francisco, not Los Angeles.",
  E("en", "Biden and López Obrador met in Los Angeles on November 17, 2023, on the sidelines of APEC.",
    "Biden and López Obrador met in Los Angeles on the sidelines of APEC", "2023-11-17",
    ["joe-biden", "andres-manuel-lopez-obrador"], event_type="meeting"),
  ["wh_readout_20231117"])

P(T, X, "USTR says the Protocol of Amendment was signed at the National Palace in Mexico City, not Washington.",
  E("es", "El protocolo modificatorio del T-MEC se firmó en Washington el 10 de diciembre de 2019.",
    "el protocolo modificatorio del T-MEC se firmó en Washington", "2019-12-10",
    ["ustr", "mexican-government", "canada-government"], event_type="signing"),
  ["ustr_20191210"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "Sheinbaum's own post says the call that avoided the increase and won 90 days was with President Trump, not Canada's prime minister.",
  E("es", "El 31 de julio, Sheinbaum habló por teléfono con el primer ministro de Canadá, Mark Carney, y así evitó el aumento de aranceles anunciado para el 1 de agosto y obtuvo 90 días para negociar.",
    "Sheinbaum habló por teléfono con Carney, evitó el aumento de aranceles y obtuvo 90 días para negociar", "2025-07-31",
    ["claudia-sheinbaum", "mark-carney"], event_type="call", channel="phone_call"),
  ["x_sheinbaum_20250731"])

P(T, X, "Panama's presidency says the visitor Mulino received on 2 Feb, and told about the Belt and Road memorandum, was Secretary of State Rubio, not Hegseth.",
  E("es", "Mulino recibió al secretario de Defensa de EE.UU., Pete Hegseth, el 2 de febrero en el Palacio de las Garzas y le anunció que Panamá no renovará el memorando de la Franja y la Ruta.",
    "Mulino recibió a Hegseth en el Palacio de las Garzas y anunció que no renovará el memorando de la Franja y la Ruta",
    "2025-02-02", ["jose-raul-mulino", "pete-hegseth"], event_type="meeting"),
  ["presidencia_panama_20250202"])

P(T, X, "The readout says the Lake Coatepeque host who offered to jail deportees was Bukele, not Arévalo.",
  E("en", "On February 3, 2025, Rubio met Guatemalan President Bernardo Arévalo at Lake Coatepeque, where his host offered to jail deportees of any nationality.",
    "Rubio met Arévalo at Lake Coatepeque, where his host offered to jail deportees of any nationality", "2025-02-03",
    ["marco-rubio", "bernardo-arevalo"], event_type="meeting"),
  ["state_readout_20250203"])

P(T, X, "The Declaration of North America names the three leaders of the summit (US, Mexico, Canada); Lula was not one of them.",
  E("es", "En la cumbre del 10 de enero de 2023 en la Ciudad de México participaron López Obrador, Biden y el presidente de Brasil, Lula da Silva.",
    "en la cumbre participaron López Obrador, Biden y Lula da Silva", "2023-01-10",
    ["andres-manuel-lopez-obrador", "joe-biden", "lula-da-silva"], event_type="meeting"),
  ["nals_decl_20230110"])

P(T, X, "Trump's own post says the USMCA exemption followed his conversation with Sheinbaum, not with Trudeau.",
  S("en", "Trump said on March 6 that, after speaking with Canadian Prime Minister Justin Trudeau, he agreed Mexico would not pay tariffs on USMCA goods until April 2.",
    "donald-trump", "after speaking with Trudeau he agreed Mexico would not pay tariffs on USMCA goods until April 2",
    "2025-03-06", participants=["donald-trump", "justin-trudeau"], event_type="call"),
  ["truth_trump_20250306"])

P(T, X, "In the verbatim transcript Sheinbaum says it was President Trump, in a call with her, who proposed sending the US Army; not Hegseth.",
  S("es", "Sheinbaum contó el 3 de mayo que fue el secretario de Defensa, Pete Hegseth, quien en una llamada le propuso que el Ejército de Estados Unidos entrara a México.",
    "claudia-sheinbaum", "Hegseth le propuso en una llamada que el Ejército de Estados Unidos entrara a México", "2025-05-03",
    participants=["claudia-sheinbaum", "pete-hegseth"], event_type="call"),
  ["texcoco_20250503"])

P(T, X, "Trump's own post names his counterpart in the 27 Nov conversation as President Sheinbaum, not the foreign secretary.",
  S("en", "Trump said Mexican Foreign Secretary Juan Ramón de la Fuente agreed in a call on November 27 to stop migration through Mexico.",
    "donald-trump", "De la Fuente agreed in a call to stop migration through Mexico", "2024-11-27",
    participants=["donald-trump", "juan-ramon-de-la-fuente"], event_type="call"),
  ["truth_trump_20241127"])

P(T, X, "The 5 Feb joint press availability in Guatemala City was Rubio with Arévalo, not with Bukele.",
  E("es", "En la conferencia de prensa conjunta del 5 de febrero en Ciudad de Guatemala, Rubio y el presidente salvadoreño Nayib Bukele anunciaron un aumento de 40 % en los vuelos de deportación.",
    "Rubio y Bukele anunciaron en conferencia conjunta en Ciudad de Guatemala un aumento de 40 % en los vuelos de deportación",
    "2025-02-05", ["marco-rubio", "nayib-bukele"], event_type="press_conference"),
  ["transcript_20250205"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The Canal Authority's own statement says it has made no adjustment to tolls after the State Department's post: an explicit denial.",
  S("es", "La Autoridad del Canal de Panamá acordó dejar de cobrar peajes a los buques del gobierno de Estados Unidos.",
    "autoridad-canal-panama", "acordó dejar de cobrar peajes a los buques del gobierno de Estados Unidos"),
  ["acp_20250205"])

P(T, X, "Mulino, in his own press conference, calls the claim a falsehood and says there was no agreement on free passage.",
  S("en", "Panamanian President José Raúl Mulino agreed to exempt U.S. government vessels from Panama Canal tolls.",
    "jose-raul-mulino", "he agreed to exempt U.S. government vessels from Panama Canal tolls"),
  ["mulino_conf_20250206"])

P(T, X, "Sheinbaum's own post and her press conference state that Mexico's position is not to close borders.",
  S("es", "Sheinbaum acordó con Trump cerrar la frontera durante su llamada del 27 de noviembre de 2024.",
    "claudia-sheinbaum", "acordó con Trump cerrar la frontera", "2024-11-27"),
  ["x_sheinbaum_20241127b", "mananera_20241128"])

P(T, X, "In the verbatim transcript Sheinbaum says she answered 'No, presidente Trump' and that Mexico will never accept the US Army on its territory.",
  S("en", "Sheinbaum accepted Trump's proposal that the U.S. Army enter Mexico to fight the cartels.",
    "claudia-sheinbaum", "she accepted Trump's proposal that the U.S. Army enter Mexico to fight the cartels"),
  ["texcoco_20250503"])

P(T, X, "In the verbatim record of the hearing Ebrard says Mexico will not accept a safe-third-country agreement.",
  S("es", "Ebrard reconoció ante la Comisión Permanente, el 14 de junio de 2019, que México aceptó ser tercer país seguro.",
    "marcelo-ebrard", "México aceptó ser tercer país seguro", "2019-06-14"),
  ["ebrard_comparecencia_20190614"])

P(T, X, "Sheinbaum's own words on 8 Aug: the order does not involve any US military in Mexico and an invasion is 'absolutamente descartado'.",
  S("en", "Sheinbaum confirmed on August 8, 2025 that U.S. troops would operate inside Mexico under Trump's new order against cartels.",
    "claudia-sheinbaum", "U.S. troops will operate inside Mexico under Trump's new order", "2025-08-08", channel="press_conference"),
  ["mananera_20250808"])

P(T, X, "In the verbatim transcript De la Fuente says of Quédate en México: 'de hecho, no lo compartimos'.",
  S("es", "El canciller De la Fuente dijo el 20 de enero de 2025 que México comparte la decisión de reinstaurar el programa Quédate en México.",
    "juan-ramon-de-la-fuente", "México comparte la decisión de reinstaurar Quédate en México", "2025-01-20",
    channel="press_conference"),
  ["mananera_20250120"])

P(T, X, "Sheinbaum's own post 'categorically rejects' the White House's allegation of an alliance with criminal organisations.",
  S("en", "Sheinbaum acknowledged on February 1 the alliance between her government and criminal organizations alleged by the White House.",
    "claudia-sheinbaum", "her government has an alliance with criminal organizations, as alleged by the White House", "2025-02-01"),
  ["x_sheinbaum_20250201"])

P(T, X, "Mulino says in his own press conference that there was no agreement and that he has no power to exempt tolls.",
  S("es", "Mulino reconoció el 6 de febrero que Panamá exoneró a los buques de guerra estadounidenses del pago de peajes.",
    "jose-raul-mulino", "Panamá exoneró a los buques de guerra estadounidenses del pago de peajes", "2025-02-06",
    channel="press_conference"),
  ["mulino_conf_20250206"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The claim pins the occasion (her X post of 3 Feb); the post says 'buena conversación', not 'difícil conversación'.",
  Q("es", "Sheinbaum escribió en X el 3 de febrero: «Tuvimos una difícil conversación con el presidente Trump».",
    "claudia-sheinbaum", "Tuvimos una difícil conversación con el presidente Trump", "2025-02-03", channel="x",
    event_type="post"),
  ["x_sheinbaum_20250203"])

P(T, X, "Trump's post after the 3 Feb call is quoted as 'very tough'; the post itself says 'very friendly'.",
  Q("en", "Trump wrote after the Feb. 3 call with Sheinbaum: \"It was a very tough conversation.\"",
    "donald-trump", "It was a very tough conversation", "2025-02-03", event_type="post"),
  ["truth_trump_20250203"])

P(T, X, "The verbatim transcript of the same speech has 'usted no ha pretendido tratarnos como colonia': the claim inverts it.",
  Q("es", "López Obrador le reprochó a Trump en la Casa Blanca el 8 de julio de 2020: «usted ha pretendido tratarnos como colonia».",
    "andres-manuel-lopez-obrador", "usted ha pretendido tratarnos como colonia", "2020-07-08"),
  ["gob_transcript_20200708"])

P(T, X, "The verbatim transcript of the same press conference continues 'Do not come. Do not come. The United States will continue to enforce our laws...'; 'We will deport you' is not what she said.",
  Q("en", "Harris said in Guatemala City on June 7, 2021: \"Do not come. Do not come. We will deport you.\"",
    "kamala-harris", "Do not come. Do not come. We will deport you.", "2021-06-07", channel="press_conference",
    event_type="press_conference"),
  ["wh_transcript_20210607"])

P(T, X, "Bukele's post of 16 Mar says the US will pay 'a very low fee'; the quote turns it into a very high fee.",
  Q("es", "Bukele escribió en X el 16 de marzo que Estados Unidos «pagará una tarifa muy alta» por los reos enviados al CECOT.",
    "nayib-bukele", "pagará una tarifa muy alta", "2025-03-16", channel="x", event_type="post"),
  ["x_bukele_20250316"])

P(T, U, "The claimed interview is not among the sources, and Rubio's post and press conference do not contain the phrase.",
  Q("es", "En una entrevista con Fox News, Rubio dijo que «México ya no controla su territorio».",
    "marco-rubio", "México ya no controla su territorio", channel="interview", event_type="interview"),
  ["x_rubio_20250902", "transcript_20250903"])

P(T, U, "Petro's X posts of that day do not contain the sentence, and no record of the claimed speech is available.",
  Q("en", "Petro said in a speech on January 26 that \"Colombia will never again accept deportation flights.\"",
    "gustavo-petro", "Colombia will never again accept deportation flights", "2025-01-26"),
  ["x_petro_20250126"])

P(T, U, "The claimed 4 Feb press conference is not among the sources; her 3 Feb post and press conference do not contain the phrase.",
  Q("en", "At her February 4 morning press conference, Sheinbaum called the deal \"a victory for Mexico.\"",
    "claudia-sheinbaum", "a victory for Mexico", "2025-02-04", channel="press_conference", event_type="press_conference"),
  ["x_sheinbaum_20250203", "mananera_20250203"])

P(T, U, "The only source is Trudeau's post of 1 Feb, another occasion; the claimed interview is not available.",
  Q("es", "En una entrevista, Trudeau dijo que Canadá «no cederá ni un centímetro» ante los aranceles de Trump.",
    "justin-trudeau", "no cederá ni un centímetro", channel="interview", event_type="interview"),
  ["x_trudeau_20250201"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "In the Oval Office transcript these words are Bukele's, not Trump's.",
  Q("en", "Trump said in the Oval Office on April 14: \"How can I smuggle a terrorist into the United States?\"",
    "donald-trump", "How can I smuggle a terrorist into the United States?", "2025-04-14"),
  ["wh_transcript_20250414"])

P(T, U, "In the transcript 'I don't have the power to return him' is said by Bukele, not Rubio.",
  Q("es", "Rubio dijo en el Despacho Oval el 14 de abril: «No tengo el poder de devolverlo a Estados Unidos».",
    "marco-rubio", "No tengo el poder de devolverlo a Estados Unidos", "2025-04-14"),
  ["wh_transcript_20250414"])

P(T, U, "'Homegrowns are next' is Trump's turn in the transcript, not Bukele's.",
  Q("en", "Bukele told reporters in the Oval Office on April 14: \"Homegrowns are next.\"",
    "nayib-bukele", "Homegrowns are next", "2025-04-14"),
  ["wh_transcript_20250414"])

P(T, U, "Both transcripts give these words to López Obrador, not Biden.",
  Q("es", "Biden dijo el 9 de enero de 2023 en Palacio Nacional: «es el momento de terminar con ese olvido, ese abandono, ese desdén hacia América Latina y el Caribe».",
    "joe-biden", "es el momento de terminar con ese olvido, ese abandono, ese desdén hacia América Latina y el Caribe",
    "2023-01-09"),
  ["gob_transcript_20230109", "wh_transcript_20230109"])

P(T, U, "In the transcript the sentence is Biden's reply, not López Obrador's.",
  Q("en", "López Obrador said on January 9, 2023: \"Unfortunately, our responsibility just doesn't end in the Western Hemisphere.\"",
    "andres-manuel-lopez-obrador", "Unfortunately, our responsibility just doesn't end in the Western Hemisphere",
    "2023-01-09"),
  ["wh_transcript_20230109"])

P(T, X, "In the verbatim transcript 'México cedió ante la presión de Trump' is a reporter's question, and Sheinbaum answers 'No. Fue un acuerdo entre dos gobiernos': the claimed speaker denied it.",
  Q("es", "Sheinbaum admitió en su conferencia del 3 de febrero que «México cedió ante la presión de Trump».",
    "claudia-sheinbaum", "México cedió ante la presión de Trump", "2025-02-03", channel="press_conference"),
  ["mananera_20250203"])

P(T, U, "'cooperate without subordination' is De la Fuente's turn in the transcript, not Rubio's.",
  Q("en", "Rubio said in Mexico City on September 3 that the two countries \"can cooperate without subordination.\"",
    "marco-rubio", "can cooperate without subordination", "2025-09-03", channel="press_conference"),
  ["transcript_20250903"])

P(T, U, "The 'closest security cooperation' line is Rubio's turn in the transcript, not De la Fuente's.",
  Q("es", "De la Fuente afirmó el 3 de septiembre que esta es «la cooperación en seguridad más estrecha que hemos tenido jamás».",
    "juan-ramon-de-la-fuente", "la cooperación en seguridad más estrecha que hemos tenido jamás", "2025-09-03",
    channel="press_conference"),
  ["transcript_20250903"])

P(T, U, "In the Rose Garden transcript the 'colony' line is López Obrador's (as interpreted), not Trump's.",
  Q("es", "Trump le dijo a López Obrador en la Casa Blanca el 8 de julio de 2020: «usted no ha pretendido tratarnos como colonia».",
    "donald-trump", "usted no ha pretendido tratarnos como colonia", "2020-07-08"),
  ["wh_transcript_20200708"])

P(T, U, "'Do not come. Do not come.' is Harris's turn in the transcript, not Giammattei's.",
  Q("en", "Guatemalan President Alejandro Giammattei told would-be migrants on June 7, 2021: \"Do not come. Do not come.\"",
    "alejandro-giammattei", "Do not come. Do not come.", "2021-06-07", channel="press_conference"),
  ["wh_transcript_20210607"])

P(T, U, "In the transcript the 'decisión unilateral' words are De la Fuente's, not Sheinbaum's.",
  Q("es", "Sheinbaum dijo el 20 de enero que Quédate en México «es una decisión unilateral que toman ellos».",
    "claudia-sheinbaum", "es una decisión unilateral que toman ellos", "2025-01-20", channel="press_conference"),
  ["mananera_20250120"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The readout speaks of 'a threat to the Canal', not of 'a direct threat to U.S. national security'; a summary that lacks a phrase does not contradict it.",
  Q("en", "Rubio told Mulino on February 2 that China's role at the canal was \"a direct threat to U.S. national security.\"",
    "marco-rubio", "a direct threat to U.S. national security", "2025-02-02"),
  ["state_readout_20250202"])

P(T, U, "The readout summarises the meeting without the quoted phrase.",
  Q("es", "Rubio dijo a Sheinbaum el 3 de septiembre que la relación bilateral vive «su mejor momento».",
    "marco-rubio", "su mejor momento", "2025-09-03"),
  ["state_readout_20250903"])

P(T, U, "The SRE communiqué summarises the visit and does not contain the phrase; absence from a summary is no contradiction.",
  Q("en", "Sheinbaum told Rubio on September 3 that Mexico \"will never accept\" U.S. troops on its soil.",
    "claudia-sheinbaum", "will never accept", "2025-09-03"),
  ["sre_20250903"])

P(T, U, "The readout does not quote Rubio's words about Bukele.",
  Q("es", "Rubio calificó a Bukele como «el mejor amigo de Estados Unidos en la región» durante su reunión del 3 de febrero.",
    "marco-rubio", "el mejor amigo de Estados Unidos en la región", "2025-02-03"),
  ["state_readout_20250203"])

P(T, U, "The Guatemalan release summarises the agreement without the quoted words.",
  Q("en", "Arévalo told Rubio on February 5 that deportees would be received \"with dignity and respect.\"",
    "bernardo-arevalo", "with dignity and respect", "2025-02-05"),
  ["guatemala_20250205"])

P(T, U, "The joint communiqué summarises the talks and does not contain the phrase.",
  Q("es", "Blinken pidió a López Obrador «acciones inmediatas» para contener el flujo migratorio en la reunión del 27 de diciembre.",
    "antony-blinken", "acciones inmediatas", "2023-12-27"),
  ["joint_communique_20231228"])

P(T, U, "The joint statement describes the framework but does not quote Blinken.",
  Q("en", "Blinken called the Bicentennial Framework, adopted on October 8, 2021, \"a new chapter\" in the relationship.",
    "antony-blinken", "a new chapter", "2021-10-08"),
  ["joint_stmt_20211008"])

P(T, U, "The White House readout summarises the topics without the quoted phrase.",
  Q("es", "Biden dijo a López Obrador el 9 de enero de 2023 que la migración es «un desafío compartido».",
    "joe-biden", "un desafío compartido", "2023-01-09"),
  ["wh_readout_20230109"])

P(T, U, "The Security Cabinet comunicado does not contain the phrase and does not quote García Harfuch.",
  Q("en", "García Harfuch said the February 27 transfer was \"a sovereign decision of the Mexican state.\"",
    "omar-garcia-harfuch", "a sovereign decision of the Mexican state", "2025-02-27"),
  ["gabinete_20250227"])

P(T, U, "The PMO readout summarises the meeting and does not quote Trudeau.",
  Q("es", "Trudeau dijo el 11 de enero de 2023 que la cumbre fue «histórica».",
    "justin-trudeau", "histórica", "2023-01-11"),
  ["pmo_readout_20230111"])

P(T, U, "The readout of 8 Jun 2021 summarises the meeting and the MOU without the quoted words.",
  Q("en", "Harris told López Obrador on June 8, 2021 that the two countries must \"lead by example.\"",
    "kamala-harris", "lead by example", "2021-06-08"),
  ["wh_readout_20210608"])

P(T, U, "The Quito readout does not contain the phrase.",
  Q("es", "Rubio dijo a Noboa el 4 de septiembre que Ecuador es «un socio ejemplar».",
    "marco-rubio", "un socio ejemplar", "2025-09-04"),
  ["state_readout_20250904"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Reuters reports it accurately, but a media article alone cannot confirm.",
  E("en", "Trump agreed on February 3 to pause tariffs on Mexico for a month after Sheinbaum pledged 10,000 National Guard troops for the border.",
    "Trump agreed to pause tariffs on Mexico for a month after Sheinbaum pledged 10,000 National Guard troops",
    "2025-02-03", ["donald-trump", "claudia-sheinbaum"], event_type="call"),
  ["reuters_20250203"])

P(T, U, "Only an EFE wire story; no primary or official source.",
  S("es", "Sheinbaum anunció el 3 de febrero que Estados Unidos pausará durante un mes los aranceles del 25 % a las importaciones mexicanas.",
    "claudia-sheinbaum", "Estados Unidos pausará durante un mes los aranceles del 25 % a las importaciones mexicanas", "2025-02-03"),
  ["efe_20250203"])

P(T, U, "Only an El Universal article.",
  S("es", "Trump anunció el 6 de marzo que los productos mexicanos que cumplen con el T-MEC no pagarán aranceles hasta el 2 de abril.",
    "donald-trump", "los productos mexicanos que cumplen con el T-MEC no pagarán aranceles hasta el 2 de abril", "2025-03-06"),
  ["eluniversal_20250306"])

P(T, U, "Only an AP article.",
  S("en", "Trump said on July 31 he would give Mexico 90 more days to negotiate a trade deal.",
    "donald-trump", "Mexico gets 90 more days to negotiate a trade deal", "2025-07-31"),
  ["ap_20250731"])

P(T, U, "Only an AP article.",
  E("en", "Rubio met Sheinbaum in Mexico City on September 3, 2025, and the two governments announced a high-level security group.",
    "Rubio met Sheinbaum in Mexico City and the governments announced a high-level security group", "2025-09-03",
    ["marco-rubio", "claudia-sheinbaum"], event_type="meeting"),
  ["ap_20250903"])

P(T, U, "Only a La Jornada article.",
  S("es", "Rubio y De la Fuente anunciaron el 3 de septiembre un grupo de implementación de alto nivel en materia de seguridad.",
    "juan-ramon-de-la-fuente", "se crea un grupo de implementación de alto nivel en materia de seguridad", "2025-09-03"),
  ["jornada_20250903"])

P(T, U, "Only a Milenio article.",
  E("es", "México envió el 27 de febrero de 2025 a Estados Unidos a 29 personas ligadas al narcotráfico, entre ellas Rafael Caro Quintero.",
    "México envió a Estados Unidos a 29 personas ligadas al narcotráfico, entre ellas Caro Quintero", "2025-02-27",
    ["mexican-government", "us-government"]),
  ["milenio_20250227"])

P(T, U, "Only an AP article.",
  S("en", "The White House said on January 26 that Colombia had agreed to accept deportees on U.S. military aircraft.",
    "white-house", "Colombia agreed to accept deportees on U.S. military aircraft", "2025-01-26"),
  ["ap_20250126"])

P(T, U, "Only a Semana article.",
  S("es", "Petro desautorizó el 26 de enero el aterrizaje de aviones militares estadounidenses con deportados colombianos.",
    "gustavo-petro", "desautorizó el aterrizaje de aviones militares estadounidenses con deportados", "2025-01-26"),
  ["semana_20250126"])

P(T, U, "Only a New York Times article.",
  S("en", "Bukele said on April 14 that he did not have the power to return Kilmar Abrego Garcia to the United States.",
    "nayib-bukele", "he does not have the power to return Abrego Garcia to the United States", "2025-04-14"),
  ["nyt_20250414"])

P(T, U, "Only a La Jornada article.",
  E("es", "México y Estados Unidos alcanzaron el 7 de junio de 2019 un acuerdo que suspende indefinidamente el arancel de 5 %.",
    "México y Estados Unidos alcanzaron un acuerdo que suspende indefinidamente el arancel de 5 %", "2019-06-07",
    ["mexican-government", "us-government"]),
  ["jornada_20190607"])

P(T, U, "Only a BBC Mundo article.",
  S("es", "México concedió asilo político a Evo Morales el 11 de noviembre de 2019.",
    "mexican-government", "México concede asilo político a Evo Morales", "2019-11-11"),
  ["bbc_20191111"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "The statement is in a State Department readout; no X post by Rubio is among the sources.",
  S("es", "Rubio escribió en X el 2 de febrero que el statu quo en el canal de Panamá es inaceptable.",
    "marco-rubio", "el statu quo en el canal de Panamá es inaceptable", "2025-02-02", channel="x", event_type="post"),
  ["state_readout_20250202"])

P(T, U, "Only the press conference transcript is available; a claim about her X account needs her X post.",
  S("en", "Sheinbaum said on X on February 3 that tariffs were paused for one month.",
    "claudia-sheinbaum", "tariffs are paused for one month", "2025-02-03", channel="x", event_type="post"),
  ["mananera_20250203"])

P(T, U, "The only source is a Truth Social post; a claim that he posted it on X needs an X post.",
  S("en", "Trump posted on X on February 3 that he and Sheinbaum agreed to pause the tariffs for one month.",
    "donald-trump", "he and Sheinbaum agreed to pause the tariffs for one month", "2025-02-03", channel="x",
    event_type="post"),
  ["truth_trump_20250203"])

P(T, U, "The reward is in a Justice Department press release; no X post by Bondi is among the sources.",
  S("es", "La fiscal general Pam Bondi anunció en X el 7 de agosto de 2025 una recompensa de 50 millones de dólares por Nicolás Maduro.",
    "pam-bondi", "una recompensa de 50 millones de dólares por Maduro", "2025-08-07", channel="x", event_type="post"),
  ["doj_20250807"])

P(T, U, "Rubio said it to the press and the readout records it; no X post by Rubio is among the sources.",
  S("en", "Rubio wrote on X on February 3 that Bukele had offered to jail deportees of any nationality.",
    "marco-rubio", "Bukele offered to jail deportees of any nationality", "2025-02-03", channel="x", event_type="post"),
  ["state_readout_20250203", "rubio_remarks_20250203"])

P(T, U, "The break is in an SRE release; no X post by López Obrador is among the sources.",
  S("es", "López Obrador anunció en X el rompimiento de relaciones diplomáticas con Ecuador.",
    "andres-manuel-lopez-obrador", "México rompe relaciones diplomáticas con Ecuador", channel="x", event_type="post"),
  ["sre_20240405"])

P(T, U, "The statement is a State Department press statement; no X post by Blinken is among the sources.",
  S("en", "Blinken said on X on August 1, 2024 that Edmundo González won the most votes in Venezuela's election.",
    "antony-blinken", "Edmundo González won the most votes in Venezuela's election", "2024-08-01", channel="x",
    event_type="post"),
  ["blinken_stmt_20240801"])

P(T, U, "Ebrard announced it at a press conference; no tweet by him is among the sources.",
  S("es", "Ebrard tuiteó el 11 de noviembre de 2019 que México otorgó asilo político a Evo Morales.",
    "marcelo-ebrard", "México otorgó asilo político a Evo Morales", "2019-11-11", channel="x", event_type="post"),
  ["ebrard_conf_20191111"])

P(T, U, "The group is announced in an SRE communiqué; no X post by De la Fuente is among the sources.",
  S("en", "Foreign Secretary de la Fuente announced on X on September 3 the creation of the Security Implementation Group.",
    "juan-ramon-de-la-fuente", "the Security Implementation Group is created", "2025-09-03", channel="x", event_type="post"),
  ["sre_20250903"])

P(T, U, "The source is the statement on whitehouse.gov, not an X post by Leavitt.",
  S("es", "La portavoz Karoline Leavitt publicó en X que Colombia aceptó todos los términos del presidente Trump.",
    "karoline-leavitt", "Colombia aceptó todos los términos del presidente Trump", channel="x", event_type="post"),
  ["wh_statement_20250126"])

P(T, U, "The figure is in the Security Cabinet comunicado; no X post by García Harfuch about the February transfer is among the sources.",
  S("en", "García Harfuch wrote on X on February 27 that 29 prisoners had been sent to the United States.",
    "omar-garcia-harfuch", "29 prisoners were sent to the United States", "2025-02-27", channel="x", event_type="post"),
  ["gabinete_20250227"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "A claim that something was not said is never verified, even though Sheinbaum's own transcript says tariffs were not discussed.",
  E("es", "En la llamada del 27 de noviembre entre Sheinbaum y Trump no se habló de aranceles.",
    "en la llamada no se habló de aranceles", "2024-11-27", ["claudia-sheinbaum", "donald-trump"], event_type="call",
    absence=True),
  ["mananera_20241128"])

P(T, U, "Absence claims are always unverified (here the readout does mention China).",
  S("en", "The State Department readout of Rubio's February 2 meeting with Mulino did not mention China.",
    "us-state-department", "the readout did not mention China", "2025-02-02", absence=True),
  ["state_readout_20250202"])

P(T, U, "Absence claims are always unverified.",
  S("es", "El comunicado conjunto del 3 de septiembre no menciona plazos para la primera reunión del grupo de implementación.",
    "sre", "no se mencionan plazos para la primera reunión del grupo de implementación", "2025-09-03", absence=True),
  ["sre_20250903"])

P(T, U, "Absence claims are always unverified.",
  S("en", "Trump's post on the July 31 call made no mention of migration.",
    "donald-trump", "no mention of migration", "2025-07-31", absence=True),
  ["truth_trump_20250731"])

P(T, U, "Absence claims are always unverified.",
  S("es", "En su mensaje del 3 de febrero, Sheinbaum no mencionó el T-MEC.",
    "claudia-sheinbaum", "no mencionó el T-MEC", "2025-02-03", absence=True),
  ["x_sheinbaum_20250203"])

P(T, U, "Absence claims are always unverified.",
  S("en", "The White House statement on Colombia set no date for lifting the visa sanctions.",
    "white-house", "no date was set for lifting the visa sanctions", absence=True),
  ["wh_statement_20250126"])

P(T, U, "Absence claims are always unverified.",
  S("es", "La declaración conjunta del 8 de julio de 2020 no menciona a Canadá.",
    "white-house", "la declaración no menciona a Canadá", "2020-07-08", absence=True),
  ["joint_decl_20200708"])

P(T, U, "Absence claims are always unverified.",
  S("en", "Bukele did not say how much the United States would pay to hold the prisoners.",
    "nayib-bukele", "he did not say how much the United States would pay", absence=True),
  ["x_bukele_20250316"])

P(T, U, "Absence claims are always unverified.",
  E("es", "En la reunión del 27 de diciembre de 2023 con Blinken no se discutieron aranceles.",
    "en la reunión no se discutieron aranceles", "2023-12-27", ["andres-manuel-lopez-obrador", "antony-blinken"],
    event_type="meeting", absence=True),
  ["joint_communique_20231228"])

P(T, U, "Absence claims are always unverified.",
  S("en", "Harris did not mention corruption at her June 7, 2021 press conference in Guatemala.",
    "kamala-harris", "she did not mention corruption", "2021-06-07", channel="press_conference", absence=True),
  ["wh_transcript_20210607"])

# ------------------------------------------------------------------------------ additions
P("secondary_only", U, "The Reuters article says one month, but a media article alone can neither confirm nor contradict the claim.",
  S("es", "Trump aceptó el 3 de febrero pausar por dos meses los aranceles a México tras hablar con Sheinbaum.",
    "donald-trump", "los aranceles a México se pausan por dos meses", "2025-02-03"),
  ["reuters_20250203"])

P("secondary_only", U, "Semana reports the opposite (he disallowed the planes), but a media article alone never contradicts; no primary source is given.",
  S("en", "Petro authorized U.S. military planes carrying Colombian deportees to land on January 26.",
    "gustavo-petro", "he authorized U.S. military planes carrying deportees to land", "2025-01-26"),
  ["semana_20250126"])

P("secondary_only", U, "Only an AP article (in English); no readout or communiqué is given.",
  E("es", "Rubio y Sheinbaum se reunieron el 3 de septiembre de 2025 y sus gobiernos anunciaron un grupo de alto nivel sobre seguridad.",
    "Rubio y Sheinbaum se reunieron y se anunció un grupo de alto nivel sobre seguridad", "2025-09-03",
    ["marco-rubio", "claudia-sheinbaum"], event_type="meeting"),
  ["ap_20250903"])

P("wrong_channel", U, "She said it at her press conference (verbatim transcript); no X post by her is among the sources.",
  Q("es", "Sheinbaum escribió en X el 8 de agosto que «no va a haber invasión».",
    "claudia-sheinbaum", "no va a haber invasión", "2025-08-08", channel="x", event_type="post"),
  ["mananera_20250808"])

P("misattributed_quote", U, "'tangible results' is Harris's turn in the transcript, not Giammattei's.",
  Q("es", "Giammattei aseguró en la conferencia conjunta del 7 de junio de 2021 que busca «resultados tangibles» y no grandes gestos.",
    "alejandro-giammattei", "resultados tangibles", "2021-06-07", channel="press_conference"),
  ["wh_transcript_20210607"])

P("summary_omits_phrase", U, "The Quito readout lists the aid and topics but not this phrase; a summary that leaves it out is no contradiction.",
  Q("en", "Rubio told Noboa on September 4 that the designations \"open up the aperture\" for intelligence sharing.",
    "marco-rubio", "open up the aperture", "2025-09-04"),
  ["state_readout_20250904"])

# ------------------------------------------------------------------------------ more additions
P("true_claim", C, "The State Department's own X post of 5 Feb 2025 (18:10 Washington) says this: the claim is about what the Department said, not whether it is true.",
  S("en", "The State Department said on X on February 5 that U.S. government vessels can now transit the Panama Canal without charge fees.",
    "us-state-department", "U.S. government vessels can now transit the Panama Canal without charge fees", "2025-02-05",
    channel="x", event_type="post"),
  ["x_state_20250205"])

P("true_claim", C, "Sheinbaum's own first post of 27 Nov 2024 (15:45 Mexico City) says the caravans are not reaching the northern border because they are attended in Mexico.",
  S("es", "Sheinbaum escribió el 27 de noviembre de 2024 que las caravanas no están llegando a la frontera norte porque están siendo atendidas en México.",
    "claudia-sheinbaum", "las caravanas no están llegando a la frontera norte porque están siendo atendidas en México",
    "2024-11-27", channel="x", event_type="post"),
  ["x_sheinbaum_20241127a"])

P("true_translated", C, "Salazar's own English statement says that popular direct election of judges represents a major risk to the functioning of Mexico's democracy.",
  S("es", "El embajador Ken Salazar afirmó el 22 de agosto de 2024 que la elección directa de jueces representa un riesgo mayor para el funcionamiento de la democracia mexicana.",
    "ken-salazar", "la elección directa de jueces representa un riesgo mayor para el funcionamiento de la democracia mexicana",
    "2024-08-22", channel="press_release"),
  ["salazar_20240822"])

P("decoy_similar_headline", C, "Trump's own letter of 12 Jul confirms the 30% tariff from 1 Aug; the February 25% order is a different announcement and does not conflict.",
  S("en", "Trump announced on July 12, 2025 a 30% tariff on Mexican goods starting August 1.",
    "donald-trump", "a 30% tariff on Mexican goods starting August 1", "2025-07-12"),
  ["wh_factsheet_20250201", "truth_trump_20250712"])

P("numbers", C, "Rubio's own X post says 'over 250 alien enemy members of Tren de Aragua'.",
  S("en", "Rubio said on March 16 that the United States had sent over 250 Tren de Aragua members to El Salvador.",
    "marco-rubio", "the United States sent over 250 Tren de Aragua members to El Salvador", "2025-03-16",
    channel="x", event_type="post"),
  ["x_rubio_20250316"])

P("numbers", X, "Bukele's own post gives 238; 'more than 250' is Rubio's figure, and a claim about Bukele's words is checked against Bukele's post.",
  S("es", "Bukele informó el 16 de marzo que llegaron a El Salvador más de 250 miembros del Tren de Aragua.",
    "nayib-bukele", "llegaron a El Salvador más de 250 miembros del Tren de Aragua", "2025-03-16"),
  ["x_bukele_20250316", "x_rubio_20250316"])

P("numbers", X, "Trump's own post on the 15 Sep strike says 3 killed, not 5.",
  S("en", "Trump said the September 15, 2025 strike on a drug boat killed five people.",
    "donald-trump", "the strike killed five people", "2025-09-15"),
  ["truth_trump_20250915"])

P("wrong_date", X, "López Obrador announced the 'pausa' with the embassies at his 27 Aug 2024 press conference, not on 22 Aug (the date of Salazar's statement).",
  S("es", "López Obrador anunció el 22 de agosto de 2024 una pausa en la relación con las embajadas de Estados Unidos y Canadá.",
    "andres-manuel-lopez-obrador", "pausa en la relación con las embajadas de Estados Unidos y Canadá", "2024-08-22",
    channel="press_conference", event_type="press_conference"),
  ["mananera_20240827"])

P("misattributed_quote", U, "In the transcript 'Es una pausa' is López Obrador's answer, not Salazar's.",
  Q("es", "El embajador Salazar dijo el 27 de agosto de 2024: «Es una pausa».",
    "ken-salazar", "Es una pausa", "2024-08-27"),
  ["mananera_20240827"])

P("absence", U, "Absence claims are always unverified.",
  S("en", "The Los Angeles Declaration on Migration and Protection does not mention Cuba.",
    "white-house", "the declaration does not mention Cuba", absence=True),
  ["la_decl_20220610"])

P("wrong_channel", U, "The letter was posted on Truth Social; a claim that it was posted on X needs an X post by Trump.",
  S("en", "Trump posted on X on July 12 a letter announcing a 30% tariff on Mexican goods from August 1.",
    "donald-trump", "a 30% tariff on Mexican goods from August 1", "2025-07-12", channel="x", event_type="post"),
  ["truth_trump_20250712"])

P("decoy_similar_headline", U, "The source is the February designation of eight cartels; the September designation of the two Ecuadorian gangs is a different action.",
  S("es", "El Departamento de Estado designó el 4 de septiembre de 2025 a Los Choneros y Los Lobos como organizaciones terroristas extranjeras.",
    "us-state-department", "Los Choneros y Los Lobos son designados organizaciones terroristas extranjeras", "2025-09-04",
    channel="press_release"),
  ["state_fto_20250220"])
