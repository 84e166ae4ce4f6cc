"""Claims, labels and notes of the fifth development set (dev5.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 and dev4), applied to the documents in docs_dev5.py alone,
without reading checks/. It shares only the claim helpers (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "The PMO readout of 16 Jun 2025 says that 'today', at the G7 summit in Kananaskis, Carney and Trump agreed to pursue negotiations toward a deal within the next 30 days.",
  E("en", "Carney and Trump agreed on June 16, 2025, on the sidelines of the G7 summit in Kananaskis, Alberta, to pursue negotiations toward a trade deal within 30 days.",
    "Carney and Trump agreed to pursue negotiations toward a trade deal within 30 days", "2025-06-16",
    ["mark-carney", "donald-trump"], event_type="meeting"),
  ["d5_pmo_readout_20250616"])

P(T, C, "Mulino's own post of 22 Dec 2024 (14:10 in Panama) contains the quoted words.",
  Q("es", "Mulino afirmó el 22 de diciembre de 2024 en un mensaje en X que «cada metro cuadrado del Canal de Panamá y su zona adyacente es de Panamá y lo seguirá siendo».",
    "jose-raul-mulino", "cada metro cuadrado del Canal de Panamá y su zona adyacente es de Panamá y lo seguirá siendo",
    "2024-12-22", channel="x", event_type="post"),
  ["d5_x_mulino_20241222"])

P(T, C, "Carney's own turn in the White House transcript of the Oval Office meeting of 6 May 2025 contains the quoted words.",
  Q("en", "Canada is \"not for sale, it won't be for sale, ever,\" Carney told Trump in the Oval Office on May 6, 2025.",
    "mark-carney", "not for sale, it won't be for sale, ever", "2025-05-06", event_type="meeting"),
  ["d5_wh_oval_20250506"])

P(T, C, "Boric's own post of 29 Jul 2024 (01:35 in Santiago) says 'Desde Chile no reconoceremos ningún resultado que no sea verificable'.",
  Q("es", "El presidente chileno Gabriel Boric escribió en X el 29 de julio de 2024 que su país no reconocerá «ningún resultado que no sea verificable» de la elección venezolana.",
    "gabriel-boric", "ningún resultado que no sea verificable", "2024-07-29", channel="x", event_type="post"),
  ["d5_x_boric_20240729"])

P(T, C, "The Guatemalan government's release says Arévalo was sworn in in the early hours of Monday 15 Jan 2024, after a delay caused by Congress.",
  E("es", "Bernardo Arévalo juró como presidente de Guatemala en la madrugada del 15 de enero de 2024, tras horas de retraso por la demora del Congreso.",
    "Bernardo Arévalo juró como presidente de Guatemala tras horas de retraso por la demora del Congreso", "2024-01-15",
    ["bernardo-arevalo"], event_type=None),
  ["d5_gt_20240115"])

P(T, C, "The White House readout of 18 Nov 2021 says Biden met López Obrador 'today' at the White House.",
  E("en", "President Joe Biden received Mexican President Andrés Manuel López Obrador at the White House on November 18, 2021, ahead of the North American Leaders' Summit.",
    "Biden received López Obrador at the White House", "2021-11-18",
    ["joe-biden", "andres-manuel-lopez-obrador"], event_type="meeting"),
  ["d5_wh_readout_20211118"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The PMO readout of 28 Mar 2025 says the two leaders agreed that comprehensive negotiations on a new economic and security relationship will begin immediately after the Canadian election; the Spanish claim renders it faithfully.",
  E("es", "Carney y Trump acordaron en una llamada telefónica el 28 de marzo de 2025 iniciar, inmediatamente después de las elecciones canadienses, negociaciones integrales sobre una nueva relación económica y de seguridad.",
    "Carney y Trump acordaron iniciar negociaciones integrales sobre una nueva relación económica y de seguridad después de las elecciones canadienses",
    "2025-03-28", ["mark-carney", "donald-trump"], channel="phone_call", event_type="call"),
  ["d5_pmo_readout_20250328"])

P(T, C, "'Hay lugares que nunca están en venta' renders 'there are some places that are never for sale', Carney's own turn in the Oval Office transcript of 6 May 2025.",
  Q("es", "«Hay lugares que nunca están en venta», le dijo Carney a Trump en el Despacho Oval el 6 de mayo de 2025.",
    "mark-carney", "Hay lugares que nunca están en venta", "2025-05-06", event_type="meeting"),
  ["d5_wh_oval_20250506"])

P(T, C, "'the sovereignty and independence of our country are not negotiable' renders Mulino's own 'La soberanía e independencia de nuestro país no son negociables' in his post of 22 Dec 2024.",
  Q("en", "In a video posted on X on December 22, 2024, Panama's President José Raúl Mulino said that \"the sovereignty and independence of our country are not negotiable.\"",
    "jose-raul-mulino", "the sovereignty and independence of our country are not negotiable", "2024-12-22",
    channel="x", event_type="post"),
  ["d5_x_mulino_20241222"])

P(T, C, "The Economy Ministry's own Spanish release of 11 Apr 2025 says currency restrictions on individuals end from Monday 14 April; the English claim states the same.",
  S("en", "Argentina's Economy Ministry said on April 11, 2025 that restrictions on individuals buying foreign currency would be lifted from Monday, April 14.",
    "ministerio-economia-argentina", "restrictions on individuals buying foreign currency will be lifted from April 14", "2025-04-11",
    channel="press_release"),
  ["d5_mecon_20250411"])

P(T, C, "The English quote faithfully renders the first sentence of Boric's own post of 29 Jul 2024 ('El régimen de Maduro debe entender que los resultados que publica son difíciles de creer').",
  Q("en", "\"The Maduro regime must understand that the results it publishes are hard to believe,\" Chilean President Gabriel Boric wrote on X on July 29, 2024.",
    "gabriel-boric", "The Maduro regime must understand that the results it publishes are hard to believe", "2024-07-29",
    channel="x", event_type="post"),
  ["d5_x_boric_20240729"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Champagne's post is stamped 02:05 UTC on 30 Jun 2025, which is 22:05 on 29 Jun in Ottawa; it announces that Canada will rescind the Digital Services Tax.",
  S("en", "Finance Minister François-Philippe Champagne announced on X on June 29, 2025 that Canada would rescind its digital services tax.",
    "francois-philippe-champagne", "Canada will rescind its digital services tax", "2025-06-29", channel="x", event_type="post"),
  ["d5_x_champagne_20250629"])

P(T, C, "The Oficina del Presidente's post is stamped 00:40 UTC on 12 Apr 2025, 21:40 on 11 Apr in Buenos Aires; it celebrates the IMF board's approval of the new programme.",
  S("es", "La Oficina del Presidente celebró en X el 11 de abril de 2025 la aprobación por el directorio del FMI del nuevo programa de Facilidades Extendidas con la Argentina.",
    "oficina-presidente-argentina", "celebra la aprobación por el directorio del FMI del nuevo programa de Facilidades Extendidas con la Argentina",
    "2025-04-11", channel="x", event_type="post"),
  ["d5_x_opra_20250411"])

P(T, C, "Trump's Truth Social post 'We'll see about that!' is stamped 01:44 UTC on 23 Dec 2024, 20:44 on 22 Dec in Washington (and in Panama); 'Ya veremos' renders it faithfully.",
  Q("es", "«Ya veremos», escribió Trump en Truth Social el 22 de diciembre de 2024.",
    "donald-trump", "Ya veremos", "2024-12-22", event_type="post"),
  ["d5_truth_trump_20241222"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Economy Ministry's own release of 11 Apr 2025 gives a band of $1.000 to $1.400 per dollar from Monday 14 April.",
  S("es", "El ministro de Economía, Luis Caputo, anunció el 11 de abril de 2025 que desde el lunes 14 el dólar flotará dentro de una banda de entre 1.000 y 1.400 pesos.",
    "luis-caputo", "desde el lunes 14 el dólar flotará dentro de una banda de entre 1.000 y 1.400 pesos", "2025-04-11"),
  ["d5_mecon_20250411"])

P(T, X, "The ministry's own release of the same announcement says the band's limits widen at 1% a month, not 2%.",
  S("es", "Caputo anunció el 11 de abril de 2025 que los límites de la nueva banda cambiaria se ampliarán un 2 % por mes.",
    "luis-caputo", "los límites de la nueva banda cambiaria se ampliarán un 2 % por mes", "2025-04-11"),
  ["d5_mecon_20250411"])

P(T, C, "The IMF's release of 11 Apr 2025 gives US$20 billion with an immediate disbursement of US$12 billion; 'US$20.000 millones' and 'US$12.000 millones' are the same figures.",
  E("es", "El directorio del FMI aprobó el 11 de abril de 2025 un programa de US$20.000 millones para la Argentina, con un desembolso inmediato de US$12.000 millones.",
    "el directorio del FMI aprobó un programa de US$20.000 millones para la Argentina, con un desembolso inmediato de US$12.000 millones",
    "2025-04-11", ["imf"], event_type=None),
  ["d5_imf_board_20250411"])

P(T, X, "Trump's own post of 6 May 2025 says '$200 Billion Dollars a year', i.e. 200.000 millones; '200 millones de dólares' is a thousand times less.",
  S("es", "Trump escribió en Truth Social el 6 de mayo de 2025 que Estados Unidos subsidia a Canadá con 200 millones de dólares al año.",
    "donald-trump", "Estados Unidos subsidia a Canadá con 200 millones de dólares al año", "2025-05-06", event_type="post"),
  ["d5_truth_trump_20250506"])

P(T, X, "The Kananaskis meeting of 16 Jun 2025 is pinned by date and place; the PMO readout says the leaders agreed to pursue a deal within the next 30 days, not 60.",
  E("en", "Meeting at the G7 summit in Kananaskis on June 16, 2025, Carney and Trump agreed to try to reach a trade deal within 60 days.",
    "Carney and Trump agreed to try to reach a trade deal within 60 days", "2025-06-16",
    ["mark-carney", "donald-trump"], event_type="meeting"),
  ["d5_pmo_readout_20250616"])

P(T, U, "The IMF's staff-level release gives US$20 billion over 48 months but no share of Argentina's quota; 479% cannot be checked against it.",
  S("en", "The IMF said on April 8, 2025 that its new $20 billion program for Argentina amounts to 479% of the country's quota at the Fund.",
    "imf", "the $20 billion program for Argentina amounts to 479% of the country's quota", "2025-04-08", channel="press_release"),
  ["d5_imf_sla_20250408"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The occasion is pinned by the quoted words, which Carney's own turn in the White House transcript places at the Oval Office meeting of 6 May 2025, not 7 May.",
  Q("en", "Carney told Trump in the Oval Office on May 7, 2025 that Canada \"won't be for sale, ever.\"",
    "mark-carney", "won't be for sale, ever", "2025-05-07", event_type="meeting"),
  ["d5_wh_oval_20250506"])

P(T, X, "The board's approval of the US$20 billion arrangement is pinned by its content; the IMF's release says the board approved it 'today', 11 Apr 2025, not 10 Apr.",
  E("en", "The IMF's Executive Board approved Argentina's 48-month, $20 billion Extended Fund Facility on April 10, 2025.",
    "the IMF's Executive Board approved Argentina's 48-month, $20 billion Extended Fund Facility", "2025-04-10",
    ["imf"], event_type=None),
  ["d5_imf_board_20250411"])

P(T, X, "The oath is pinned by its content; the Guatemalan government's release says Arévalo was sworn in in the early hours of Monday 15 Jan 2024 (the ceremony had been due on Sunday the 14th), not on the 14th.",
  E("es", "Bernardo Arévalo juró como presidente de Guatemala el 14 de enero de 2024 en el Centro Cultural Miguel Ángel Asturias.",
    "Bernardo Arévalo juró como presidente de Guatemala en el Centro Cultural Miguel Ángel Asturias", "2024-01-14",
    ["bernardo-arevalo"], event_type=None),
  ["d5_gt_20240115"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Boric's post saying the Supreme Court 'terminó de consolidar el fraude' is dated 22 Aug 2024, pinned by the court's ruling; his July post speaks of results 'difíciles de creer', not of fraud.",
  S("es", "En julio de 2024, Boric afirmó en X que el Tribunal Supremo de Justicia de Venezuela había terminado de «consolidar el fraude».",
    "gabriel-boric", "el Tribunal Supremo de Justicia de Venezuela terminó de consolidar el fraude", "2024-07",
    channel="x", event_type="post"),
  ["d5_x_boric_20240729", "d5_x_boric_20240822"])

P(T, X, "The Department of Finance's release announcing the rescission of the digital services tax is dated 29 Jun 2025, not July.",
  S("en", "Canada announced in July 2025 that it would scrap its digital services tax in order to restart trade talks with the United States.",
    "canada-government", "Canada will scrap its digital services tax to restart trade talks with the United States", "2025-07"),
  ["d5_fin_20250629"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The summit is pinned by date, participants and number; the Mexican presidency's release places the ninth North American Leaders' Summit at the White House in Washington, not in Ottawa.",
  E("es", "López Obrador, Biden y Trudeau celebraron la IX Cumbre de Líderes de América del Norte en Ottawa el 18 de noviembre de 2021.",
    "López Obrador, Biden y Trudeau celebraron la IX Cumbre de Líderes de América del Norte en Ottawa", "2021-11-18",
    ["andres-manuel-lopez-obrador", "joe-biden", "justin-trudeau"], event_type="meeting"),
  ["d5_gobmx_20211118"])

P(T, X, "The meeting is pinned by date and participants; the Treasury readout of 14 Apr 2025 says Bessent met Milei that day at the Casa Rosada in Buenos Aires, not in Washington.",
  E("en", "Treasury Secretary Scott Bessent met Argentine President Javier Milei in Washington on April 14, 2025 to discuss Argentina's new IMF program.",
    "Bessent met Milei in Washington", "2025-04-14", ["scott-bessent", "javier-milei"], event_type="meeting"),
  ["d5_treasury_20250414"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The call of 28 Mar 2025 is pinned by its outcome (comprehensive negotiations after Canada's election); the PMO readout and Trump's post name Prime Minister Carney, not Trudeau.",
  E("en", "Trump and Justin Trudeau agreed in a phone call on March 28, 2025 to begin comprehensive negotiations on a new economic and security relationship after Canada's election.",
    "Trump and Trudeau agreed to begin comprehensive negotiations on a new economic and security relationship after Canada's election",
    "2025-03-28", ["donald-trump", "justin-trudeau"], channel="phone_call", event_type="call"),
  ["d5_pmo_readout_20250328", "d5_truth_trump_20250328"])

P(T, X, "The meeting is pinned by date, venue and its outcome (a deal within 30 days, agreed on the sidelines of the Kananaskis G7); the PMO readout says Trump agreed it with Prime Minister Carney, not with Sheinbaum.",
  E("es", "Trump y la presidenta mexicana Claudia Sheinbaum acordaron el 16 de junio de 2025, al margen de la cumbre del G7 en Kananaskis, negociar un acuerdo en un plazo de 30 días.",
    "Trump y Sheinbaum acordaron en Kananaskis negociar un acuerdo en un plazo de 30 días", "2025-06-16",
    ["donald-trump", "claudia-sheinbaum"], event_type="meeting"),
  ["d5_pmo_readout_20250616"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Mulino's own post of the same day says the canal is not controlled, directly or indirectly, by China or any other power: the opposite of the claimed acknowledgement.",
  S("en", "Panama's President José Raúl Mulino acknowledged on December 22, 2024 that China exercises indirect control over the Panama Canal.",
    "jose-raul-mulino", "China exercises indirect control over the Panama Canal", "2024-12-22"),
  ["d5_x_mulino_20241222"])

P(T, X, "Mulino's own turn in the versión estenográfica of 26 Dec 2024 says there is no possibility of opening any kind of conversation about the canal belonging to Panama.",
  S("es", "Mulino se mostró dispuesto el 26 de diciembre de 2024 a abrir una conversación con Trump sobre el control del Canal de Panamá.",
    "jose-raul-mulino", "está dispuesto a abrir una conversación con Trump sobre el control del Canal de Panamá", "2024-12-26",
    channel="press_conference", event_type="press_conference"),
  ["d5_pa_conferencia_20241226"])

P(T, X, "Carney's own office's readout of the call says he told Trump that Canada will respond to the U.S. auto tariffs with trade actions of its own: the opposite of not responding.",
  S("es", "Carney aseguró a Trump en su llamada del 28 de marzo de 2025 que Canadá no respondería con medidas comerciales a los aranceles estadounidenses a los automóviles.",
    "mark-carney", "Canadá no responderá con medidas comerciales a los aranceles estadounidenses a los automóviles", "2025-03-28",
    channel="phone_call", event_type="call"),
  ["d5_pmo_readout_20250328"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The occasion is pinned (the Oval Office meeting of 6 May 2025); Carney's own words in its transcript are 'it's not for sale, it won't be for sale, ever', not 'not today, not ever'.",
  Q("en", "Carney told Trump in the Oval Office on May 6, 2025: \"Canada is not for sale, not today, not ever.\"",
    "mark-carney", "Canada is not for sale, not today, not ever", "2025-05-06", event_type="meeting"),
  ["d5_wh_oval_20250506"])

P(T, U, "The claimed CBC interview is not among the sources, and the PMO readout of the call does not contain the words; nothing records them either way.",
  Q("es", "En una entrevista con la CBC, Carney dijo que Trump «respetó la soberanía de Canadá» durante su primera llamada.",
    "mark-carney", "respetó la soberanía de Canadá", channel="interview", event_type="interview"),
  ["d5_pmo_readout_20250328"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "In the versión estenográfica the words are a reporter's question ('¿las tarifas del Canal se pueden revisar para los buques estadounidenses?'), and Mulino answers 'No': the claimed speaker denied it.",
  Q("es", "Mulino dijo en su conferencia de prensa del 26 de diciembre de 2024 que «las tarifas del Canal se pueden revisar para los buques estadounidenses».",
    "jose-raul-mulino", "las tarifas del Canal se pueden revisar para los buques estadounidenses", "2024-12-26",
    channel="press_conference", event_type="press_conference"),
  ["d5_pa_conferencia_20241226"])

P(T, U, "In the Oval Office transcript 'Never say never' is Trump's turn, in reply to Carney, not Carney's.",
  Q("es", "«Nunca digas nunca», le respondió Carney a Trump en el Despacho Oval el 6 de mayo de 2025.",
    "mark-carney", "Nunca digas nunca", "2025-05-06", event_type="meeting"),
  ["d5_wh_oval_20250506"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The PMO readout summarises the White House meeting of 6 May 2025 without quoting Carney, and the transcript is not among the sources.",
  Q("en", "Carney told Trump at the White House on May 6, 2025 that Canada \"will never be the 51st state.\"",
    "mark-carney", "will never be the 51st state", "2025-05-06", event_type="meeting"),
  ["d5_pmo_readout_20250506"])

P(T, U, "The Treasury readout summarises Bessent's visit of 14 Apr 2025 ('expressed strong support') without quoting him.",
  Q("es", "Bessent le dijo a Milei en Buenos Aires el 14 de abril de 2025: «Estados Unidos está con la Argentina».",
    "scott-bessent", "Estados Unidos está con la Argentina", "2025-04-14", event_type="meeting"),
  ["d5_treasury_20250414"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "Trump's own post of 21 Dec 2024 (18:05 in Washington) calls Panama's fees 'ridiculous and highly unfair'; his 'We'll see about that!' of the next evening is another post and does not conflict.",
  S("en", "Trump wrote on Truth Social on December 21, 2024 that the fees Panama charges to use the canal were ridiculous and highly unfair.",
    "donald-trump", "the fees Panama charges to use the canal are ridiculous and highly unfair", "2024-12-21", event_type="post"),
  ["d5_truth_trump_20241221", "d5_truth_trump_20241222"])

P(T, U, "The readout and Trump's post record a call on 28 Mar 2025; the claim names nothing that pins its call of 29 Mar to that one, so a call on the next day is neither shown nor contradicted.",
  E("es", "Carney y Trump hablaron por teléfono el 29 de marzo de 2025.",
    "Carney y Trump hablaron por teléfono", "2025-03-29", ["mark-carney", "donald-trump"],
    channel="phone_call", event_type="call"),
  ["d5_pmo_readout_20250328", "d5_truth_trump_20250328"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, C, "The Treasury readout of 14 Apr 2025 says Bessent also met Economy Minister Caputo in Buenos Aires that day; his meeting with Milei is another meeting and does not conflict.",
  E("en", "Treasury Secretary Scott Bessent met Argentine Economy Minister Luis Caputo in Buenos Aires on April 14, 2025.",
    "Bessent met Caputo in Buenos Aires", "2025-04-14", ["scott-bessent", "luis-caputo"], event_type="meeting"),
  ["d5_treasury_20250414", "d5_casarosada_20250414"])

P(T, U, "The documents of 14 Apr 2025 record Bessent's meetings with Milei and with Economy Minister Caputo; they say nothing about Foreign Minister Werthein.",
  E("es", "Bessent se reunió el 14 de abril de 2025 en Buenos Aires con el canciller argentino, Gerardo Werthein.",
    "Bessent se reunió con Gerardo Werthein en Buenos Aires", "2025-04-14", ["scott-bessent", "gerardo-werthein"],
    event_type="meeting"),
  ["d5_treasury_20250414", "d5_casarosada_20250414"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The IMF's release of 8 Apr 2025 confirms the staff-level agreement on a 48-month US$20 billion EFF; the board's approval on 11 Apr is a later step and does not conflict.",
  E("en", "IMF staff and Argentina reached a staff-level agreement on a 48-month, $20 billion Extended Fund Facility on April 8, 2025.",
    "IMF staff and Argentina reached a staff-level agreement on a 48-month, $20 billion Extended Fund Facility", "2025-04-08",
    ["imf"], event_type=None),
  ["d5_imf_sla_20250408", "d5_imf_board_20250411"])

P(T, U, "The release of 29 Jun 2025 is about rescinding the digital services tax; a suspension of the counter-tariffs on U.S. steel and aluminium is a different measure that it neither reports nor rules out.",
  S("es", "Canadá anunció el 29 de junio de 2025 que suspendía sus aranceles de represalia sobre el acero y el aluminio estadounidenses para reanudar las negociaciones con Washington.",
    "canada-government", "Canadá suspende sus aranceles de represalia sobre el acero y el aluminio estadounidenses", "2025-06-29"),
  ["d5_fin_20250629"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only an EFE article, which agrees with the claim; the Department of Finance's release is not among the sources.",
  S("es", "El Gobierno de Canadá anunció el 29 de junio de 2025 que retira el impuesto a los servicios digitales y que Carney y Trump reanudarán las negociaciones para cerrar un acuerdo antes del 21 de julio.",
    "canada-government", "Canadá retira el impuesto a los servicios digitales y Carney y Trump reanudarán las negociaciones para cerrar un acuerdo antes del 21 de julio",
    "2025-06-29"),
  ["d5_efe_20250630"])

P(T, U, "Only an AP article, which agrees with the claim; a media article alone cannot confirm it.",
  E("en", "Bernardo Arévalo was sworn in as Guatemala's president shortly after midnight on January 15, 2024, after Congress held up the ceremony for hours.",
    "Arévalo was sworn in as Guatemala's president after Congress held up the ceremony for hours", "2024-01-15",
    ["bernardo-arevalo"], event_type=None),
  ["d5_ap_20240115"])

P(T, U, "Only a La Nación article, which places the meeting at the Casa Rosada; media that conflict with a claim do not contradict it on their own.",
  E("en", "Milei received U.S. Treasury Secretary Scott Bessent at the Olivos presidential residence on April 14, 2025.",
    "Milei received Bessent at the Olivos presidential residence", "2025-04-14", ["javier-milei", "scott-bessent"],
    event_type="meeting"),
  ["d5_lanacion_20250414"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Trump's words are in a Truth Social post (Truth Social is not X); no X post by him is among the sources.",
  S("es", "Trump anunció en X el 27 de junio de 2025 que ponía fin de inmediato a todas las negociaciones comerciales con Canadá por el impuesto a los servicios digitales.",
    "donald-trump", "pone fin de inmediato a todas las negociaciones comerciales con Canadá por el impuesto a los servicios digitales",
    "2025-06-27", channel="x", event_type="post"),
  ["d5_truth_trump_20250627"])

P(T, U, "The agreement is in the readout published by the Prime Minister's Office; no X post by Carney is among the sources.",
  S("en", "Carney wrote on X on March 28, 2025 that he and Trump had agreed to begin comprehensive negotiations right after the Canadian election.",
    "mark-carney", "he and Trump agreed to begin comprehensive negotiations right after the Canadian election", "2025-03-28",
    channel="x", event_type="post"),
  ["d5_pmo_readout_20250328"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the release indeed gives no revenue figure).",
  S("en", "Canada's Finance Department statement of June 29, 2025 on rescinding the digital services tax did not say how much revenue Canada would give up.",
    "finance-canada", "the statement did not say how much revenue Canada would give up", "2025-06-29", absence=True),
  ["d5_fin_20250629"])

P(T, U, "Absence claims are always unverified.",
  S("es", "El mensaje de Boric del 29 de julio de 2024 sobre la elección venezolana no menciona al candidato opositor Edmundo González Urrutia.",
    "gabriel-boric", "el mensaje no menciona a Edmundo González Urrutia", "2024-07-29", absence=True),
  ["d5_x_boric_20240729"])
