"""Claims, labels and notes of the fourth development set (dev4.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied"), applied to
the documents in docs_dev4.py alone, without reading checks/. It shares only the claim helpers
(doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "The Venezuelan foreign ministry's own comunicado of 29 Jul 2024 announces the withdrawal of all its diplomatic staff from the seven countries.",
  E("es", "Venezuela anunció el 29 de julio de 2024 el retiro de todo su personal diplomático de Argentina, Chile, Costa Rica, Perú, Panamá, República Dominicana y Uruguay.",
    "Venezuela anunció el retiro de su personal diplomático de Argentina, Chile, Costa Rica, Perú, Panamá, República Dominicana y Uruguay",
    "2024-07-29", ["cancilleria-venezuela"], event_type=None),
  ["d4_mppre_20240729"])

P(T, C, "Trump's own turn in the White House transcript of his UN General Assembly address of 23 Sep 2025 contains the words.",
  Q("en", "Speaking at the UN General Assembly on September 23, 2025, Trump said of his brief encounter with Lula: \"We had excellent chemistry.\"",
    "donald-trump", "We had excellent chemistry", "2025-09-23"),
  ["d4_wh_unga_20250923"])

P(T, C, "The White House transcript of 26 Oct 2025, titled with the venue '(Kuala Lumpur, Malaysia)', records Trump and Lula speaking before their bilateral meeting.",
  E("en", "Trump and Brazilian President Luiz Inácio Lula da Silva met in Kuala Lumpur on October 26, 2025, on the sidelines of the ASEAN summit.",
    "Trump and Lula met in Kuala Lumpur", "2025-10-26", ["donald-trump", "lula-da-silva"], event_type="meeting"),
  ["d4_wh_kl_20251026"])

P(T, C, "Treasury's own release of 30 Jul 2025 says OFAC sanctioned Justice de Moraes 'today' under the order that implements the Global Magnitsky Act.",
  E("en", "On July 30, 2025, the U.S. Treasury sanctioned Brazilian Supreme Court Justice Alexandre de Moraes under the Global Magnitsky Act.",
    "the U.S. Treasury sanctioned Justice Alexandre de Moraes under the Global Magnitsky Act", "2025-07-30",
    ["us-treasury", "alexandre-de-moraes"], event_type=None),
  ["d4_treasury_20250730"])

P(T, C, "The Cuban presidency's own release of 14 Jan 2025 says the government decided to free 553 people gradually and informed Pope Francis.",
  S("es", "El Gobierno de Cuba anunció el 14 de enero de 2025 que otorgará la libertad de manera gradual a 553 personas sancionadas, decisión que comunicó al papa Francisco.",
    "cuba-government", "Cuba otorgará la libertad de manera gradual a 553 personas sancionadas", "2025-01-14",
    channel="press_release"),
  ["d4_cuba_gob_20250114"])

P(T, C, "Von der Leyen's own turns in the Commission's transcript of the Montevideo press conference of 6 Dec 2024 contain both sentences.",
  Q("en", "Announcing the deal in Montevideo on December 6, 2024, Ursula von der Leyen said: \"This agreement is not only an economic opportunity. It is a political necessity.\"",
    "ursula-von-der-leyen", "This agreement is not only an economic opportunity. It is a political necessity.",
    "2024-12-06", channel="press_conference", event_type="press_conference"),
  ["d4_ec_statement_20241206"])

P(T, C, "The State Department readout of 21 Feb 2024 says Blinken met Lula 'today' in Brasília.",
  E("en", "Secretary of State Antony Blinken met Brazilian President Luiz Inácio Lula da Silva in Brasília on February 21, 2024.",
    "Blinken met Lula in Brasília", "2024-02-21", ["antony-blinken", "lula-da-silva"], event_type="meeting"),
  ["d4_state_readout_20240221"])

P(T, C, "Castro's own post, stamped 22:10 UTC on 28 Aug 2024 (16:10 in Tegucigalpa), says she instructed the foreign ministry to denounce the treaty.",
  S("es", "La presidenta hondureña Xiomara Castro anunció en X el 28 de agosto de 2024 que instruyó a la Cancillería denunciar el tratado de extradición con Estados Unidos.",
    "xiomara-castro", "instruyó a la Cancillería denunciar el tratado de extradición con Estados Unidos", "2024-08-28",
    channel="x", event_type="post"),
  ["d4_x_xiomara_20240828"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The Cuban presidency's Spanish release of 14 Jan 2025 says the government decided to free 553 people 'sancionadas por delitos diversos' gradually; the English claim renders it faithfully.",
  S("en", "Cuba's government said on January 14, 2025 that it would gradually free 553 people convicted of various crimes, a decision it communicated to Pope Francis.",
    "cuba-government", "Cuba will gradually free 553 people convicted of various crimes", "2025-01-14", channel="press_release"),
  ["d4_cuba_gob_20250114"])

P(T, C, "'Brasil es una nación soberana con instituciones independientes que no aceptará ser tutelada por nadie' renders the first sentence of Lula's own note of 9 Jul 2025 in the Planalto's English version ('will not accept being tutored by anyone').",
  Q("es", "Lula respondió a Trump el 9 de julio de 2025 en una nota: «Brasil es una nación soberana con instituciones independientes que no aceptará ser tutelada por nadie».",
    "lula-da-silva", "Brasil es una nación soberana con instituciones independientes que no aceptará ser tutelada por nadie",
    "2025-07-09", channel="press_release"),
  ["d4_planalto_20250709"])

P(T, C, "The White House fact sheet of 30 Jul 2025 says Trump signed 'today' an order adding a 40% tariff on Brazil, bringing the total to 50%; the Spanish claim states the same.",
  E("es", "Trump firmó el 30 de julio de 2025 una orden ejecutiva que impone a Brasil un arancel adicional del 40 %, con lo que el gravamen total llega al 50 %.",
    "Trump firmó una orden ejecutiva que impone a Brasil un arancel adicional del 40 %, con un gravamen total del 50 %",
    "2025-07-30", ["donald-trump"], event_type="signing"),
  ["d4_wh_factsheet_20250730"])

P(T, C, "'a decision in the right direction, although very limited in scope' faithfully renders the Cuban foreign ministry's own 'una decisión en la dirección correcta, aunque de alcance muy limitado' (14 Jan 2025).",
  Q("en", "Cuba's foreign ministry called the U.S. decision of January 14, 2025 \"a decision in the right direction, although very limited in scope.\"",
    "minrex-cuba", "a decision in the right direction, although very limited in scope", "2025-01-14",
    channel="press_release"),
  ["d4_minrex_20250114"])

P(T, C, "'Hoy es un hito verdaderamente histórico' renders 'Today marks a truly historic milestone', von der Leyen's own turn in the Montevideo transcript of 6 Dec 2024.",
  Q("es", "«Hoy es un hito verdaderamente histórico», afirmó Ursula von der Leyen en Montevideo el 6 de diciembre de 2024 al anunciar el acuerdo con el Mercosur.",
    "ursula-von-der-leyen", "Hoy es un hito verdaderamente histórico", "2024-12-06",
    channel="press_conference", event_type="press_conference"),
  ["d4_ec_statement_20241206"])

P(T, C, "Castro's Spanish post of 28 Aug 2024 (16:10 in Tegucigalpa) calls U.S. interference 'intolerables' and says she instructed the foreign ministry to denounce the extradition treaty.",
  S("en", "Honduran President Xiomara Castro said on X on August 28, 2024 that she had instructed the foreign ministry to terminate the extradition treaty with the United States, calling U.S. interference intolerable.",
    "xiomara-castro", "she instructed the foreign ministry to terminate the extradition treaty with the United States",
    "2024-08-28", channel="x", event_type="post"),
  ["d4_x_xiomara_20240828"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Díaz-Canel's post is stamped 02:15 UTC on 21 Jan 2025, 21:15 on 20 Jan in Havana; it calls Cuba's return to the list 'un acto de burla y abuso'.",
  S("es", "El presidente cubano Miguel Díaz-Canel calificó en X el 20 de enero de 2025 de «acto de burla y abuso» la decisión de Trump de devolver a Cuba a la lista de Estados patrocinadores del terrorismo.",
    "miguel-diaz-canel", "la decisión de devolver a Cuba a la lista de Estados patrocinadores del terrorismo es un acto de burla y abuso",
    "2025-01-20", channel="x", event_type="post"),
  ["d4_x_diazcanel_20250120"])

P(T, C, "Von der Leyen's post 'Landed in Montevideo' is stamped 01:10 UTC on 6 Dec 2024, which is 22:10 on 5 Dec in Montevideo.",
  E("en", "European Commission President Ursula von der Leyen arrived in Montevideo on December 5, 2024, writing that the finish line of the EU-Mercosur agreement was in sight.",
    "von der Leyen arrived in Montevideo", "2024-12-05", ["ursula-von-der-leyen"], event_type="visit"),
  ["d4_x_vdl_20241205"])

P(T, C, "Delcy Rodríguez's post is stamped 03:40 UTC on 8 Sep 2024, 23:40 on 7 Sep in Caracas; it says González Urrutia asked Spain for political asylum.",
  S("es", "La vicepresidenta venezolana Delcy Rodríguez informó en X el 7 de septiembre de 2024 que Edmundo González Urrutia había solicitado asilo político a España.",
    "delcy-rodriguez", "Edmundo González Urrutia solicitó asilo político a España", "2024-09-07",
    channel="x", event_type="post"),
  ["d4_x_delcy_20240907"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, X, "Lula's own note of 9 Jul 2025 gives a U.S. surplus of 410 billion dollars over 15 years, i.e. 410.000 millones, not 41.000 millones.",
  S("es", "Lula afirmó el 9 de julio de 2025 que Estados Unidos acumuló un superávit de 41.000 millones de dólares en su comercio con Brasil en los últimos 15 años.",
    "lula-da-silva", "Estados Unidos acumuló un superávit de 41.000 millones de dólares en su comercio con Brasil en los últimos 15 años",
    "2025-07-09", channel="press_release"),
  ["d4_planalto_20250709"])

P(T, U, "The fact sheet names some exempted products (civil aircraft, energy products, orange juice) but gives no count; 'nearly 700' cannot be checked.",
  S("en", "The White House said on July 30, 2025 that nearly 700 Brazilian products would be exempted from the new tariff.",
    "white-house", "nearly 700 Brazilian products are exempted from the new tariff", "2025-07-30", channel="press_release"),
  ["d4_wh_factsheet_20250730"])

P(T, C, "The Commission's release of 6 Dec 2024 says EU exporters will save 'more than €4 billion in duties every year'; 'cuatro mil millones de euros' is the same figure.",
  S("es", "La Comisión Europea calculó el 6 de diciembre de 2024 que las empresas europeas que exportan al Mercosur ahorrarán más de cuatro mil millones de euros al año en aranceles.",
    "european-commission", "las empresas europeas que exportan al Mercosur ahorrarán más de cuatro mil millones de euros al año en aranceles",
    "2024-12-06", channel="press_release"),
  ["d4_ec_ip_20241206"])

P(T, X, "'4 billones de euros' is four trillion euros in Spanish; the Commission's release of the same announcement gives 'more than €4 billion' (4.000 millones).",
  S("es", "Según la Comisión Europea, los exportadores de la UE ahorrarán más de 4 billones de euros anuales en aranceles gracias al acuerdo con el Mercosur anunciado el 6 de diciembre de 2024.",
    "european-commission", "los exportadores de la UE ahorrarán más de 4 billones de euros anuales en aranceles",
    "2024-12-06", channel="press_release"),
  ["d4_ec_ip_20241206"])

P(T, C, "The Venezuelan presidency's release of 10 Feb 2025 gives two Conviasa aircraft from El Paso landing at Maiquetía that night with 190 repatriated Venezuelans.",
  E("en", "Two Conviasa flights carrying 190 Venezuelan migrants deported from the United States landed at Maiquetía on February 10, 2025.",
    "two Conviasa flights carrying 190 Venezuelan migrants from the United States landed at Maiquetía", "2025-02-10",
    ["venezuela-presidency"], event_type=None),
  ["d4_presidencia_ve_20250210"])

P(T, C, "The Guatemalan government's release of 25 Mar 2024 gives 170 millones de dólares announced by Harris; 'ciento setenta millones' is the same figure in words.",
  S("es", "La vicepresidenta Kamala Harris anunció el 25 de marzo de 2024 un apoyo adicional de ciento setenta millones de dólares para Guatemala.",
    "kamala-harris", "un apoyo adicional de ciento setenta millones de dólares para Guatemala", "2024-03-25"),
  ["d4_prensa_gt_20240325"])

P(T, X, "The Honduran foreign ministry's own release says the denunciation takes effect six months after notification, not in 90 days.",
  S("es", "La Cancillería de Honduras informó el 28 de agosto de 2024 que la denuncia del tratado de extradición con Estados Unidos surtirá efecto en 90 días.",
    "cancilleria-honduras", "la denuncia del tratado de extradición surtirá efecto en 90 días", "2024-08-28",
    channel="press_release"),
  ["d4_sre_hn_20240828"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The signing of the order adding 40% on Brazil is pinned by its content; the White House fact sheet says Trump signed it 'today', 30 Jul 2025, not 31 Jul.",
  E("en", "Trump signed the executive order imposing an additional 40% tariff on Brazilian goods on July 31, 2025.",
    "Trump signed the executive order imposing an additional 40% tariff on Brazilian goods", "2025-07-31",
    ["donald-trump"], event_type="signing"),
  ["d4_wh_factsheet_20250730"])

P(T, X, "Her arrival is pinned by the post itself ('Landed in Montevideo'), stamped 01:10 UTC on 6 Dec but sent at 22:10 on 5 Dec in Montevideo; dates compare in local time, so 6 Dec is a different day for the same arrival.",
  E("es", "Ursula von der Leyen aterrizó en Montevideo el 6 de diciembre de 2024 para la cumbre del Mercosur.",
    "von der Leyen aterrizó en Montevideo", "2024-12-06", ["ursula-von-der-leyen"], event_type="visit"),
  ["d4_x_vdl_20241205"])

P(T, X, "The withdrawal from the seven listed countries is pinned by its content; the Venezuelan foreign ministry's comunicado announcing it is dated 29 Jul 2024, not 30 Jul.",
  E("es", "Venezuela anunció el 30 de julio de 2024 el retiro de su personal diplomático de Argentina, Chile, Costa Rica, Perú, Panamá, República Dominicana y Uruguay.",
    "Venezuela anunció el retiro de su personal diplomático de Argentina, Chile, Costa Rica, Perú, Panamá, República Dominicana y Uruguay",
    "2024-07-30", ["cancilleria-venezuela"], event_type=None),
  ["d4_mppre_20240729"])

P(T, X, "The designation of 16 officials for obstructing the election is pinned by its content; Treasury's release says OFAC made it 'today', 12 Sep 2024, not 13 Sep.",
  E("en", "On September 13, 2024, the U.S. Treasury sanctioned 16 Maduro-aligned officials for obstructing Venezuela's presidential election.",
    "the U.S. Treasury sanctioned 16 Maduro-aligned officials for obstructing Venezuela's presidential election", "2024-09-13",
    ["us-treasury"], event_type=None),
  ["d4_treasury_20240912"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The Commission's release dates the conclusion of the negotiations at the Montevideo summit to 6 Dec 2024, not November.",
  E("en", "In November 2024, the European Union and Mercosur concluded negotiations on their partnership agreement at a summit in Montevideo.",
    "the EU and Mercosur concluded negotiations on their partnership agreement at a summit in Montevideo", "2024-11",
    ["european-commission", "mercosur"], event_type=None),
  ["d4_ec_ip_20241206"])

P(T, X, "The Honduran foreign ministry's release says the note denouncing the treaty was delivered to the U.S. embassy on Wednesday 28 Aug 2024, not in September.",
  E("es", "Honduras notificó formalmente a Estados Unidos en septiembre de 2024 la denuncia del tratado de extradición entre ambos países.",
    "Honduras notificó formalmente a Estados Unidos la denuncia del tratado de extradición", "2024-09",
    ["cancilleria-honduras", "us-government"], event_type=None),
  ["d4_sre_hn_20240828"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The Commission's release, datelined Montevideo, places the announcement of 6 Dec 2024 at the Mercosur summit in Montevideo, not Buenos Aires.",
  E("es", "La Unión Europea y el Mercosur anunciaron el 6 de diciembre de 2024 en Buenos Aires la conclusión de las negociaciones de su acuerdo de asociación.",
    "la UE y el Mercosur anunciaron en Buenos Aires la conclusión de las negociaciones de su acuerdo de asociación", "2024-12-06",
    ["european-commission", "mercosur"], event_type="press_conference"),
  ["d4_ec_ip_20241206"])

P(T, X, "The meeting is pinned by date and participants; the readout of 21 Feb 2024 says Blinken met Lula that day in Brasília, not in Rio de Janeiro.",
  E("en", "Blinken met Brazilian President Lula da Silva in Rio de Janeiro on February 21, 2024, ahead of the G20 foreign ministers' meeting.",
    "Blinken met Lula in Rio de Janeiro", "2024-02-21", ["antony-blinken", "lula-da-silva"], event_type="meeting"),
  ["d4_state_readout_20240221"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The video call of 6 Oct 2025 is pinned by date and content; the Planalto's note says Trump designated Secretary of State Rubio, not Treasury Secretary Bessent, to continue the negotiations.",
  E("en", "During their video call on October 6, 2025, Trump designated Treasury Secretary Scott Bessent to negotiate with Brazil's Geraldo Alckmin, Mauro Vieira and Fernando Haddad.",
    "Trump designated Bessent to negotiate with Alckmin, Vieira and Haddad", "2025-10-06",
    ["donald-trump", "scott-bessent"], event_type="call"),
  ["d4_planalto_20251006"])

P(T, X, "The handover at the close of the Montevideo summit is pinned by date and content; the Uruguayan presidency says Lacalle Pou passed the pro tempore presidency to Milei, not Lula.",
  E("en", "At the close of the Mercosur summit in Montevideo on December 6, 2024, Uruguay's Luis Lacalle Pou handed the bloc's rotating presidency to Brazil's Luiz Inácio Lula da Silva.",
    "Lacalle Pou handed Mercosur's rotating presidency to Lula", "2024-12-06", ["luis-lacalle-pou", "lula-da-silva"],
    event_type="meeting"),
  ["d4_presidencia_uy_20241206"])

P(T, X, "The meeting is pinned by date, venue and the $170 million announcement; the White House readout says Vice President Harris, not President Biden, met Arévalo and announced it.",
  E("es", "El presidente Joe Biden recibió al mandatario guatemalteco Bernardo Arévalo en la Casa Blanca el 25 de marzo de 2024 y anunció 170 millones de dólares de asistencia adicional para Guatemala.",
    "Biden recibió a Arévalo en la Casa Blanca y anunció 170 millones de dólares de asistencia adicional", "2024-03-25",
    ["joe-biden", "bernardo-arevalo"], event_type="meeting"),
  ["d4_wh_readout_20240325"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Lula's own note of the same day says 'The claim of a U.S. trade deficit with Brazil is false': the opposite of an admission.",
  S("es", "Lula admitió el 9 de julio de 2025 que Estados Unidos tiene un déficit comercial con Brasil.",
    "lula-da-silva", "Estados Unidos tiene un déficit comercial con Brasil", "2025-07-09"),
  ["d4_planalto_20250709"])

P(T, X, "The presidency's own note of 9 Jul 2025 says any unilateral tariff increase 'will be answered' under the Law of Economic Reciprocity: the government announced a response, not acceptance without one.",
  S("en", "Brazil's government said on July 9, 2025 that it would accept the 50% U.S. tariff without retaliating.",
    "brazil-presidency", "Brazil will accept the 50% U.S. tariff without retaliating", "2025-07-09"),
  ["d4_planalto_20250709"])

P(T, X, "The Commission's own release of the same day says the agreement does not change EU health and food safety standards, which every Mercosur import must meet in full.",
  S("es", "La Comisión Europea aceptó el 6 de diciembre de 2024 flexibilizar las normas sanitarias y alimentarias de la UE para los productos del Mercosur.",
    "european-commission", "la UE flexibiliza sus normas sanitarias y alimentarias para los productos del Mercosur", "2024-12-06"),
  ["d4_ec_ip_20241206"])

P(T, X, "Delcy Rodríguez's own post says the government agreed to grant González Urrutia the safe-conduct ('ha accedido a otorgarle el salvoconducto'), the opposite of a refusal.",
  S("es", "Delcy Rodríguez anunció el 7 de septiembre de 2024 que el gobierno venezolano negaba el salvoconducto a Edmundo González Urrutia para salir del país.",
    "delcy-rodriguez", "el gobierno venezolano niega el salvoconducto a Edmundo González Urrutia para salir del país", "2024-09-07",
    channel="x"),
  ["d4_x_delcy_20240907"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The occasion is pinned (Trump's UN address of 23 Sep 2025); his own words in its transcript are 'for at least 39 seconds', not 'minutes'.",
  Q("en", "Trump told the UN General Assembly on September 23, 2025 that he and Lula \"had excellent chemistry, for at least 39 minutes.\"",
    "donald-trump", "had excellent chemistry, for at least 39 minutes", "2025-09-23"),
  ["d4_wh_unga_20250923"])

P(T, X, "The occasion is pinned (Lula's note of 9 Jul 2025); its own words are 'will not accept being tutored by anyone', not 'threatened'.",
  Q("en", "In a note on July 9, 2025, Lula said: \"Brazil is a sovereign nation with independent institutions and will not accept being threatened by anyone.\"",
    "lula-da-silva", "Brazil is a sovereign nation with independent institutions and will not accept being threatened by anyone",
    "2025-07-09", channel="press_release"),
  ["d4_planalto_20250709"])

P(T, U, "The claimed CNN interview is not among the sources, and Lula's note does not contain the words; nothing records them either way.",
  Q("es", "En una entrevista con CNN, Lula dijo que Trump «fue elegido para gobernar Estados Unidos, no para ser el emperador del mundo».",
    "lula-da-silva", "fue elegido para gobernar Estados Unidos, no para ser el emperador del mundo",
    channel="interview", event_type="interview"),
  ["d4_planalto_20250709"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "In the verbatim transcript 'will you lift the tariffs on Brazil today?' is a reporter's question, and Trump answers 'No, not today': the claimed speaker denied it.",
  Q("en", "Trump said in Kuala Lumpur on October 26, 2025 that he would \"lift the tariffs on Brazil today.\"",
    "donald-trump", "lift the tariffs on Brazil today", "2025-10-26"),
  ["d4_wh_kl_20251026"])

P(T, U, "In the Kuala Lumpur transcript the words are Lula's (interpreted) turn, not Trump's.",
  Q("es", "Trump dijo en Kuala Lumpur el 26 de octubre de 2025: «No hay razón para una disputa entre Brasil y Estados Unidos».",
    "donald-trump", "No hay razón para una disputa entre Brasil y Estados Unidos", "2025-10-26"),
  ["d4_wh_kl_20251026"])

P(T, U, "In the State Department transcript of 23 Feb 2024 the words are Foreign Minister Mondino's (interpreted) turn, not Blinken's.",
  Q("en", "Blinken said in Buenos Aires on February 23, 2024 that \"Argentina is returning to its rightful place among the free nations of the world.\"",
    "antony-blinken", "Argentina is returning to its rightful place among the free nations of the world", "2024-02-23"),
  ["d4_state_transcript_20240223"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Commission's release only paraphrases von der Leyen ('called the agreement both an economic opportunity and a political necessity'); a paraphrase is not a quote match, and her transcript is not among the sources.",
  Q("es", "Von der Leyen declaró en Montevideo el 6 de diciembre de 2024: «Este acuerdo no es solo una oportunidad económica. Es una necesidad política».",
    "ursula-von-der-leyen", "Este acuerdo no es solo una oportunidad económica. Es una necesidad política", "2024-12-06"),
  ["d4_ec_ip_20241206"])

P(T, U, "The readout summarises the Casa Rosada meeting of 23 Feb 2024 without quoting Blinken.",
  Q("en", "Blinken told Milei at the Casa Rosada on February 23, 2024 that \"Argentina has no better friend than the United States.\"",
    "antony-blinken", "Argentina has no better friend than the United States", "2024-02-23", event_type="meeting"),
  ["d4_state_readout_20240223"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "The Uruguayan presidency's release confirms the announcement of 6 Dec 2024 in Montevideo; von der Leyen's arrival post (22:10 on 5 Dec, local time) is a day-before event and does not conflict.",
  E("es", "Ursula von der Leyen y Luis Lacalle Pou anunciaron en Montevideo el 6 de diciembre de 2024 la conclusión de las negociaciones del acuerdo entre la Unión Europea y el Mercosur.",
    "von der Leyen y Lacalle Pou anunciaron en Montevideo la conclusión de las negociaciones UE-Mercosur", "2024-12-06",
    ["ursula-von-der-leyen", "luis-lacalle-pou"], event_type="press_conference"),
  ["d4_x_vdl_20241205", "d4_presidencia_uy_20241206"])

P(T, U, "Trump's post records a call with Lula on the morning of 6 Oct 2025; the claim names nothing that pins its call of 7 Oct to that one, so a call on the next day is neither shown nor contradicted.",
  E("en", "Trump and Lula spoke by phone on October 7, 2025.",
    "Trump and Lula spoke by phone", "2025-10-07", ["donald-trump", "lula-da-silva"], event_type="call"),
  ["d4_truth_trump_20251006"])

P(T, U, "The readout records a Blinken-Milei meeting on 23 Feb 2024; the claim names nothing that pins its meeting of 22 Feb to that one, so a meeting on the day before is neither shown nor contradicted.",
  E("es", "Blinken y Milei se reunieron en Buenos Aires el 22 de febrero de 2024.",
    "Blinken y Milei se reunieron en Buenos Aires", "2024-02-22", ["antony-blinken", "javier-milei"], event_type="meeting"),
  ["d4_state_readout_20240223"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The State Department documents of 23 Feb 2024 record Blinken's meetings with Milei and with Foreign Minister Mondino; they say nothing about Economy Minister Caputo.",
  E("es", "Blinken se reunió con el ministro de Economía argentino, Luis Caputo, en Buenos Aires el 23 de febrero de 2024.",
    "Blinken se reunió con Luis Caputo en Buenos Aires", "2024-02-23", ["antony-blinken", "luis-caputo"],
    event_type="meeting"),
  ["d4_state_readout_20240223", "d4_state_transcript_20240223"])

P(T, C, "The State Department transcript 'Before Their Meeting' of 23 Feb 2024 in Buenos Aires confirms the Blinken-Mondino meeting; the Milei readout of the same day is another meeting and does not conflict.",
  E("en", "Blinken met Argentine Foreign Minister Diana Mondino in Buenos Aires on February 23, 2024.",
    "Blinken met Mondino in Buenos Aires", "2024-02-23", ["antony-blinken", "diana-mondino"], event_type="meeting"),
  ["d4_state_readout_20240223", "d4_state_transcript_20240223"])

P(T, U, "The Guatemalan release is about Arévalo's meeting with Vice President Harris on 25 Mar 2024; it says nothing about Blinken.",
  E("es", "El secretario de Estado Antony Blinken se reunió con el presidente Bernardo Arévalo en Washington el 25 de marzo de 2024.",
    "Blinken se reunió con Arévalo en Washington", "2024-03-25", ["antony-blinken", "bernardo-arevalo"],
    event_type="meeting"),
  ["d4_prensa_gt_20240325"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The source is Trump's letter to Lula of 9 Jul 2025 (50% on Brazil); a 35% tariff letter to Canada the next day is a different event that it neither confirms nor contradicts.",
  S("en", "Trump announced on July 10, 2025 a 35% tariff on Canadian goods starting August 1.",
    "donald-trump", "a 35% tariff on Canadian goods starting August 1", "2025-07-10", event_type="post"),
  ["d4_truth_trump_20250709"])

P(T, C, "The Commission's release of 28 Jun 2019 confirms the political agreement reached in Brussels that day; the 2024 conclusion in Montevideo is another event and does not conflict.",
  E("en", "The European Union and Mercosur reached a political agreement on trade in Brussels on June 28, 2019.",
    "the EU and Mercosur reached a political agreement on trade in Brussels", "2019-06-28",
    ["european-commission", "mercosur"], event_type=None),
  ["d4_ec_ip_20241206", "d4_ec_ip_20190628"])

P(T, U, "The Uruguayan release reports the conclusion of the negotiations on 6 Dec 2024; a signature of the agreement is another step, which it neither reports nor rules out.",
  E("es", "La Unión Europea y el Mercosur firmaron el acuerdo de asociación en Montevideo el 6 de diciembre de 2024.",
    "la UE y el Mercosur firmaron el acuerdo de asociación en Montevideo", "2024-12-06",
    ["european-commission", "mercosur"], event_type="signing"),
  ["d4_presidencia_uy_20241206"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only an EFE article reports Lula's remark after the meeting; the White House transcript of the meeting is not among the sources.",
  S("es", "Lula dijo tras reunirse con Trump en Kuala Lumpur el 26 de octubre de 2025 que confía en resolver la disputa arancelaria «en pocos días».",
    "lula-da-silva", "confía en resolver la disputa arancelaria en pocos días", "2025-10-26"),
  ["d4_efe_20251026"])

P(T, U, "Only an El País article, which agrees with the claim; a media article alone cannot confirm it.",
  E("es", "Edmundo González Urrutia aterrizó el 8 de septiembre de 2024 en la base aérea de Torrejón de Ardoz, cerca de Madrid, a bordo de un avión de la Fuerza Aérea española.",
    "Edmundo González Urrutia aterrizó en la base de Torrejón de Ardoz en un avión de la Fuerza Aérea española", "2024-09-08",
    ["edmundo-gonzalez"], event_type="visit"),
  ["d4_elpais_20240908"])

P(T, U, "Only an AP article reports Dogu's remark; no statement or post by the ambassador is among the sources.",
  S("en", "U.S. Ambassador Laura Dogu said she was surprised to see Honduras's defense minister sitting next to Venezuelan Defense Minister Vladimir Padrino López, who faces drug trafficking charges in the United States.",
    "laura-dogu", "she was surprised to see Honduras's defense minister sitting next to Vladimir Padrino López"),
  ["d4_ap_20240829"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Trump's words on the call are in a Truth Social post (Truth Social is not X); no X post by him is among the sources.",
  S("es", "Trump escribió en X el 6 de octubre de 2025 que tuvo una muy buena llamada telefónica con Lula, centrada en la economía y el comercio.",
    "donald-trump", "tuvo una muy buena llamada telefónica con Lula, centrada en la economía y el comercio", "2025-10-06",
    channel="x", event_type="post"),
  ["d4_truth_trump_20251006"])

P(T, U, "The sentence is in the note published by the Brazilian presidency; no X post by Lula is among the sources.",
  S("en", "Lula wrote on X on July 9, 2025 that Brazil would not accept being tutored by anyone.",
    "lula-da-silva", "Brazil will not accept being tutored by anyone", "2025-07-09", channel="x", event_type="post"),
  ["d4_planalto_20250709"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the fact sheet indeed does not name coffee).",
  S("en", "The White House fact sheet of July 30, 2025 on the new tariffs on Brazil did not mention coffee.",
    "white-house", "the fact sheet did not mention coffee", "2025-07-30", absence=True),
  ["d4_wh_factsheet_20250730"])

P(T, U, "Absence claims are always unverified.",
  S("es", "El mensaje de la presidenta Xiomara Castro del 28 de agosto de 2024 sobre el tratado de extradición no menciona a Venezuela.",
    "xiomara-castro", "el mensaje no menciona a Venezuela", "2024-08-28", absence=True),
  ["d4_x_xiomara_20240828"])
