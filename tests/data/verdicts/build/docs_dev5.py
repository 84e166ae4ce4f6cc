"""Source documents for the fifth development set (dev5.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2, dev3
or dev4 uses, so that dev5 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (readouts of Canada's Prime Minister's Office, a Department of Finance Canada release,
White House readouts and transcripts with speaker turns, Truth Social and X posts, IMF and U.S.
Treasury releases, Argentine, Panamanian, Guatemalan and Mexican government releases and a
versión estenográfica, media articles). Nothing here is a verbatim copy of a real document. It
shares only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

OTT = "America/Toronto"
EDM = "America/Edmonton"
BUE = "America/Argentina/Buenos_Aires"
PTY = "America/Panama"
SCL = "America/Santiago"
GUA = "America/Guatemala"
PMO = "Prime Minister's Office (Canada)"


# =============================================================================================
# 2025-03-28 (Friday)   Carney and Trump's first call: negotiations to begin after the election
# 2025-05-06 (Tuesday)  Trump's morning post ($200 billion); Carney in the Oval Office ("not for
#                       sale"; "Never say never"); the PMO readout
# 2025-06-16 (Monday)   Carney and Trump meet at the G7 summit in Kananaskis: a deal within 30 days
# 2025-06-27 (Friday)   Trump ends "ALL discussions on Trade" with Canada over the digital services tax
# 2025-06-29 (Sunday)   Canada rescinds the tax; talks resume with a view to a deal by 21 July
#                       (Champagne's post: 22:05 in Ottawa, 02:05 UTC on the 30th)
# =============================================================================================

D("d5_pmo_readout_20250328",
  url="https://www.pm.gc.ca/en/news/readouts/2025/03/28/prime-minister-carney-speaks-president-united-states-donald-j-trump",
  kind="readout", lang="en", publisher="canada-pmo", author="canada-pmo", author_name=PMO,
  title="Prime Minister Carney speaks with President of the United States Donald J. Trump",
  published_at="2025-03-28", tz=OTT, passages=[
      "Prime Minister Mark Carney spoke today with the President of the United States, Donald J. Trump.",
      "The Prime Minister informed the President that the Government of Canada will respond to the U.S. tariffs on automobiles with trade actions of its own, to protect Canadian workers and the Canadian economy.",
      "The two leaders had a constructive exchange. They agreed that, immediately after the Canadian federal election, Canada and the United States will begin comprehensive negotiations on a new economic and security relationship.",
      "The leaders agreed to remain in close contact.",
  ])

TRUTH("d5_truth_trump_20250328", ts="2025-03-28T15:20:00+00:00", passages=[
    "I just spoke with Prime Minister Mark Carney of Canada. It was an extremely productive call, and we agree on many things.",
    "We will be meeting right after Canada's upcoming Election to work on Politics, Business and everything else, which will be great for both the United States of America and Canada. Thank you!",
])

TRUTH("d5_truth_trump_20250506", ts="2025-05-06T13:10:00+00:00", passages=[
    "I look very much forward to meeting the new Prime Minister of Canada, Mark Carney. I want to work with him, but I cannot understand one simple TRUTH: why is America subsidizing Canada by $200 Billion Dollars a year, in addition to giving them FREE Military Protection, and many other things?",
    "We don't need their Cars, we don't need their Energy, we don't need their Lumber, we don't need ANYTHING they have, other than their friendship, which hopefully we will always maintain.",
])

D("d5_wh_oval_20250506",
  url="https://www.whitehouse.gov/remarks/2025/05/remarks-by-president-trump-and-prime-minister-mark-carney-of-canada-before-bilateral-meeting/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Remarks by President Trump and Prime Minister Mark Carney of Canada Before Bilateral Meeting (Oval Office)",
  published_at="2025-05-06", tz=NY, verbatim=True, passages=[
      ("donald-trump", "Thank you very much. It's a great honor to have the new Prime Minister of Canada with us. He just won a tremendous election, one of the great comebacks in political history. I think we're going to have a very good relationship."),
      ("mark-carney", "Thank you, Mr. President, for your hospitality and for the frank and constructive discussions we have been having. You are a transformational President, and we want to be a partner in that."),
      ("reporter", "Mr. Prime Minister, the President keeps saying Canada should become the 51st state. What's your answer to him?"),
      ("mark-carney", "As you know from real estate, there are some places that are never for sale. We're sitting in one right now. Buckingham Palace, which you also visited. And having met with the owners of Canada over the course of the campaign in the last several months, it's not for sale, it won't be for sale, ever."),
      ("donald-trump", "Never say never."),
      ("reporter", "Is there anything the Prime Minister could say to you in this room that would get you to lift the tariffs on Canada?"),
      ("donald-trump", "No. It's just the way it is."),
  ])

D("d5_pmo_readout_20250506",
  url="https://www.pm.gc.ca/en/news/readouts/2025/05/06/prime-minister-carney-meets-president-united-states-america-donald-j-trump",
  kind="readout", lang="en", publisher="canada-pmo", author="canada-pmo", author_name=PMO,
  title="Prime Minister Carney meets with President of the United States of America Donald J. Trump",
  published_at="2025-05-06", tz=OTT, passages=[
      "Today, Prime Minister Mark Carney met with the President of the United States of America, Donald J. Trump, at the White House in Washington, D.C.",
      "The leaders had a constructive discussion on the evolving trade relationship between Canada and the United States and on the security of North America. They agreed to continue negotiations in the coming weeks.",
      "The Prime Minister underscored that Canada is building a stronger and more resilient economy and will always make its decisions in the interest of Canadians.",
      "The Prime Minister said he looks forward to welcoming the President to the G7 Leaders' Summit in Kananaskis, Alberta, in June.",
  ])

D("d5_pmo_readout_20250616",
  url="https://www.pm.gc.ca/en/news/readouts/2025/06/16/prime-minister-carney-meets-president-united-states-america-donald-j-trump",
  kind="readout", lang="en", publisher="canada-pmo", author="canada-pmo", author_name=PMO,
  title="Prime Minister Carney meets with President of the United States of America Donald J. Trump",
  published_at="2025-06-16", tz=EDM, passages=[
      "Today, on the margins of the G7 Leaders' Summit in Kananaskis, Alberta, Prime Minister Mark Carney met with the President of the United States of America, Donald J. Trump.",
      "The leaders discussed the trade and security relationship between Canada and the United States. They agreed to pursue negotiations toward a deal within the next 30 days.",
      "The Prime Minister thanked the President for his participation in the Summit.",
  ])

TRUTH("d5_truth_trump_20250627", ts="2025-06-27T17:40:00+00:00", passages=[
    "We have just been informed that Canada, a very difficult Country to TRADE with, has just announced that they are putting a Digital Services Tax on our American Technology Companies, which is a direct and blatant attack on our Country. They are obviously copying the European Union.",
    "Based on this egregious Tax, we are hereby terminating ALL discussions on Trade with Canada, effective immediately. We will let Canada know the Tariff that they will be paying to do business with the United States of America within the next seven day period.",
])

D("d5_fin_20250629",
  url="https://www.canada.ca/en/department-finance/news/2025/06/canada-rescinds-the-digital-services-tax-to-advance-broader-trade-negotiations-with-the-united-states.html",
  kind="press_release", lang="en", publisher="finance-canada", author="finance-canada", author_name="Department of Finance Canada",
  title="Canada rescinds the digital services tax to advance broader trade negotiations with the United States",
  published_at="2025-06-29", tz=OTT, passages=[
      "Ottawa, Ontario, June 29, 2025. Today, the Honourable François-Philippe Champagne, Minister of Finance and National Revenue, announced that Canada will rescind the Digital Services Tax (DST) in anticipation of a mutually beneficial comprehensive trade arrangement with the United States.",
      "Prime Minister Mark Carney and President Donald J. Trump have agreed that the parties will resume negotiations with a view to agreeing on a deal by July 21, 2025.",
      "In light of today's announcement, the Minister has directed the Canada Revenue Agency to halt the collection of the DST; the payments due on June 30, 2025 will not be collected. The government will soon introduce legislation to rescind the Digital Services Tax Act.",
  ])

X("d5_x_champagne_20250629", handle="FP_Champagne", author="francois-philippe-champagne", author_name="François-Philippe Champagne",
  ts="2025-06-30T02:05:00+00:00", lang="en", tz=OTT, passages=[
      "Today, I announced that Canada will rescind the Digital Services Tax, in anticipation of a mutually beneficial comprehensive trade arrangement with the United States. Negotiations will resume with a view to reaching a deal by July 21.",
  ])

MEDIA("d5_efe_20250630",
      url="https://efe.com/economia/2025-06-30/canada-retira-impuesto-servicios-digitales-negociaciones-estados-unidos/",
      lang="es", outlet="EFE", date="2025-06-30", tz=OTT,
      title="Canadá retira el impuesto a los servicios digitales para reanudar las negociaciones comerciales con EE.UU.", passages=[
          "El Gobierno de Canadá anunció en la noche del domingo que retira el impuesto a los servicios digitales que gravaba a las grandes tecnológicas estadounidenses, dos días después de que el presidente Donald Trump diera por terminadas las negociaciones comerciales con Ottawa.",
          "Según el Ministerio de Finanzas, el primer ministro Mark Carney y Trump acordaron reanudar las conversaciones con el objetivo de cerrar un acuerdo antes del 21 de julio.",
      ])

# =============================================================================================
# 2025-04-08 (Tuesday)  IMF staff-level agreement with Argentina: 48-month EFF of US$20 billion
# 2025-04-11 (Friday)   The IMF board approves it (US$12 billion at once); Caputo announces the end of
#                       the cepo for individuals and a band of 1,000-1,400 pesos from Monday the 14th;
#                       the Oficina del Presidente's post (21:40 in Buenos Aires, 00:40 UTC on the 12th)
# 2025-04-14 (Monday)   Bessent in Buenos Aires: Milei at the Casa Rosada, and Caputo
# =============================================================================================

D("d5_imf_sla_20250408",
  url="https://www.imf.org/en/News/Articles/2025/04/08/pr25089-argentina-imf-staff-reaches-staff-level-agreement-on-a-48-month-eff",
  kind="press_release", lang="en", publisher="imf", author="imf", author_name="International Monetary Fund",
  title="IMF Staff Reaches Staff-Level Agreement with Argentina on a 48-month US$20 billion Extended Fund Facility",
  published_at="2025-04-08", tz=NY, passages=[
      "Washington, DC: IMF staff and the Argentine authorities have reached a staff-level agreement on a comprehensive economic program that could be supported by a 48-month Extended Fund Facility (EFF) arrangement of US$20 billion.",
      "The agreement is subject to approval by the IMF's Executive Board, which is expected to consider it in the coming days.",
      "The program builds on the authorities' impressive early achievements in restoring fiscal balance and bringing inflation down, and supports the transition to a more robust exchange rate regime.",
  ])

D("d5_imf_board_20250411",
  url="https://www.imf.org/en/News/Articles/2025/04/11/pr25101-argentina-imf-executive-board-approves-48-month-usd20-billion-eff",
  kind="press_release", lang="en", publisher="imf", author="imf", author_name="International Monetary Fund",
  title="IMF Executive Board Approves 48-month US$20 billion Extended Arrangement for Argentina",
  published_at="2025-04-11", tz=NY, passages=[
      "Washington, DC: The Executive Board of the International Monetary Fund (IMF) today approved a 48-month arrangement under the Extended Fund Facility (EFF) for Argentina in an amount of US$20 billion.",
      "The decision allows for an immediate disbursement of US$12 billion. The program supports the next phase of Argentina's stabilization and reform agenda, including a more flexible exchange rate regime and the gradual removal of currency restrictions.",
  ])

D("d5_mecon_20250411",
  url="https://www.argentina.gob.ar/noticias/caputo-anuncio-la-fase-3-del-programa-economico-fin-del-cepo-para-personas-humanas",
  kind="press_release", lang="es", publisher="ministerio-economia-argentina", author="ministerio-economia-argentina", author_name="Ministerio de Economía de la Nación",
  title="Caputo anunció la fase 3 del programa económico: fin del cepo cambiario para las personas humanas",
  published_at="2025-04-11", tz=BUE, passages=[
      "El ministro de Economía, Luis Caputo, junto al presidente del Banco Central, Santiago Bausili, anunció este viernes 11 de abril el inicio de la fase 3 del programa económico.",
      "A partir del lunes 14 de abril, el tipo de cambio en el Mercado Libre de Cambios podrá fluctuar dentro de una banda de entre $1.000 y $1.400 por dólar, cuyos límites se ampliarán a un ritmo del 1 % mensual.",
      "Desde esa misma fecha se eliminan las restricciones cambiarias para las personas humanas, que podrán comprar moneda extranjera sin los límites vigentes hasta ahora.",
      "El ministro destacó que el programa acordado con el Fondo Monetario Internacional prevé un desembolso inicial de US$12.000 millones.",
  ])

X("d5_x_opra_20250411", handle="OPRArgentina", author="oficina-presidente-argentina", author_name="Oficina del Presidente",
  ts="2025-04-12T00:40:00+00:00", lang="es", tz=BUE, passages=[
      "La Oficina del Presidente celebra la aprobación, por parte del Directorio del Fondo Monetario Internacional, del nuevo programa de Facilidades Extendidas con la República Argentina por US$20.000 millones.",
      "Se trata de un respaldo a la disciplina fiscal y al rumbo económico que conduce el presidente Javier Milei.",
  ])

D("d5_treasury_20250414",
  url="https://home.treasury.gov/news/press-releases/sb0083",
  kind="readout", lang="en", publisher="us-treasury", author="us-treasury", author_name="U.S. Department of the Treasury",
  title="Readout: Secretary Bessent's Visit to Buenos Aires, Argentina",
  published_at="2025-04-14", tz=NY, passages=[
      "Today, Secretary of the Treasury Scott Bessent traveled to Buenos Aires, where he met with President Javier Milei at the Casa Rosada. Secretary Bessent also met with Minister of Economy Luis Caputo.",
      "The Secretary expressed strong support for President Milei's bold economic reforms and welcomed the IMF's approval of Argentina's new Extended Fund Facility arrangement and the lifting of currency controls.",
      "Secretary Bessent and President Milei discussed ways to deepen the economic relationship between the United States and Argentina.",
  ])

D("d5_casarosada_20250414",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/el-presidente-milei-recibio-al-secretario-del-tesoro-de-los-estados-unidos-scott-bessent",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency", author_name="Casa Rosada - Presidencia de la Nación",
  title="El presidente Milei recibió al secretario del Tesoro de los Estados Unidos, Scott Bessent",
  published_at="2025-04-14", tz=BUE, passages=[
      "El presidente Javier Milei recibió este lunes en Casa Rosada al secretario del Tesoro de los Estados Unidos, Scott Bessent, quien llegó a Buenos Aires para expresar el respaldo de su país al programa económico del Gobierno nacional.",
      "Participó también del encuentro, entre otros funcionarios, el ministro de Economía, Luis Caputo.",
  ])

MEDIA("d5_lanacion_20250414",
      url="https://www.lanacion.com.ar/politica/milei-recibio-a-scott-bessent-en-la-casa-rosada-nid14042025/",
      lang="es", outlet="La Nación", date="2025-04-14", tz=BUE,
      title="Milei recibió a Scott Bessent en la Casa Rosada: el secretario del Tesoro respaldó la salida del cepo", passages=[
          "El presidente Javier Milei recibió este lunes en la Casa Rosada al secretario del Tesoro de Estados Unidos, Scott Bessent, que llegó al país para respaldar el programa económico del Gobierno.",
          "La reunión se produjo el mismo día en que comenzó a regir el nuevo esquema cambiario, con la eliminación del cepo para las personas.",
      ])

# =============================================================================================
# 2024-12-21 (Saturday)  Trump on Truth Social: Panama's canal fees are "ridiculous"; he will demand
#                        the canal back
# 2024-12-22 (Sunday)    Mulino's video message on X ("cada metro cuadrado"); Trump's "We'll see
#                        about that!" (20:44 in Washington and Panama, 01:44 UTC on the 23rd)
# 2024-12-26 (Thursday)  Mulino's weekly press conference: nothing to talk about; no Chinese soldiers
# =============================================================================================

TRUTH("d5_truth_trump_20241221", ts="2024-12-21T23:05:00+00:00", passages=[
    "The Panama Canal is considered a VITAL National Asset for the United States, due to its critical role to America's Economy and National Security.",
    "The fees being charged by Panama are ridiculous and highly unfair, especially knowing the extraordinary generosity that has been bestowed upon Panama by the U.S. This complete \"rip-off\" of our Country will immediately stop.",
    "It was given to Panama to manage, not China, or anyone else. If the principles, both moral and legal, of this generous gesture are not followed, then we will demand that the Panama Canal be returned to the United States of America, in full, quickly and without question.",
])

X("d5_x_mulino_20241222", handle="JoseRaulMulino", author="jose-raul-mulino", author_name="José Raúl Mulino",
  ts="2024-12-22T19:10:00+00:00", lang="es", tz=PTY, passages=[
      "Como presidente quiero expresar de manera precisa que cada metro cuadrado del Canal de Panamá y su zona adyacente es de Panamá y lo seguirá siendo. La soberanía e independencia de nuestro país no son negociables.",
      "Las tarifas no se fijan al capricho del presidente ni de la administración del Canal: se establecen en un proceso público y abierto, que toma en cuenta las condiciones del mercado y los costos de operación.",
      "El Canal no tiene control, directo ni indirecto, ni de China, ni de la Comunidad Europea, ni de Estados Unidos, ni de ninguna otra potencia. Cada panameño lo lleva en su corazón: es parte de nuestra historia de lucha y una conquista irreversible.",
  ])

TRUTH("d5_truth_trump_20241222", ts="2024-12-23T01:44:00+00:00", passages=[
    "We'll see about that!",
])

D("d5_pa_conferencia_20241226",
  url="https://www.presidencia.gob.pa/publicaciones/version-estenografica-de-la-conferencia-de-prensa-semanal-del-presidente-jose-raul-mulino-26-de-diciembre-de-2024",
  kind="transcript", lang="es", publisher="presidencia-panama", author="jose-raul-mulino", author_name="Presidencia de la República de Panamá",
  title="Versión estenográfica de la conferencia de prensa semanal del presidente José Raúl Mulino, 26 de diciembre de 2024",
  published_at="2024-12-26", tz=PTY, verbatim=True, passages=[
      ("moderator", "Buenos días. Damos inicio a la conferencia de prensa semanal del señor presidente de la República, José Raúl Mulino."),
      ("jose-raul-mulino", "Quiero empezar por lo que todos ustedes esperan. El canal es panameño y pertenece a los panameños. No hay posibilidad de abrir ningún tipo de conversación en torno a esa realidad, que le costó a este país lágrimas, sudor y sangre."),
      ("reporter", "Presidente, ¿las tarifas del Canal se pueden revisar para los buques estadounidenses?"),
      ("jose-raul-mulino", "No. Las tarifas las fija la Autoridad del Canal de Panamá en un proceso público, y son las mismas para todos los usuarios, sin excepción."),
      ("reporter", "¿Y sobre los soldados chinos que, según el presidente electo Trump, operan el Canal?"),
      ("jose-raul-mulino", "No hay soldados chinos en el Canal, por el amor de Dios. No hay absolutamente ninguna injerencia ni participación china en nada que tenga que ver con el Canal de Panamá."),
  ])

# =============================================================================================
# 2024-07-29 (Monday)    Boric on X after the CNE's announcement: results "difíciles de creer"
#                        (01:35 in Santiago, 05:35 UTC)
# 2024-08-22 (Thursday)  Boric on X after the TSJ's ruling: "terminó de consolidar el fraude"
# =============================================================================================

X("d5_x_boric_20240729", handle="GabrielBoric", author="gabriel-boric", author_name="Gabriel Boric Font",
  ts="2024-07-29T05:35:00+00:00", lang="es", tz=SCL, passages=[
      "El régimen de Maduro debe entender que los resultados que publica son difíciles de creer. La comunidad internacional y sobre todo el pueblo venezolano, incluidos los millones de venezolanos en el exilio, exigimos total transparencia de las actas y del proceso, y que observadores internacionales no comprometidos con el gobierno den cuenta de la veracidad de los resultados.",
      "Desde Chile no reconoceremos ningún resultado que no sea verificable.",
  ])

X("d5_x_boric_20240822", handle="GabrielBoric", author="gabriel-boric", author_name="Gabriel Boric Font",
  ts="2024-08-22T21:15:00+00:00", lang="es", tz=SCL, passages=[
      "Hoy el Tribunal Supremo de Justicia de Venezuela terminó de consolidar el fraude. El régimen de Maduro recibe con entusiasmo una sentencia que quedará marcada por la infamia.",
      "No hay duda de que estamos frente a una dictadura que falsea elecciones y reprime a quien piensa distinto. Chile no reconoce el falso triunfo que se atribuye Maduro.",
  ])

# =============================================================================================
# 2024-01-14 (Sunday) / 2024-01-15 (Monday)  Arévalo's inauguration, due on Sunday afternoon,
#                        delayed by Congress; he is sworn in shortly after midnight on the 15th
# =============================================================================================

D("d5_gt_20240115",
  url="https://prensa.gob.gt/comunicado/bernardo-arevalo-asume-la-presidencia-de-la-republica-de-guatemala",
  kind="press_release", lang="es", publisher="guatemala-government", author="guatemala-government", author_name="Secretaría de Comunicación Social de la Presidencia",
  title="Bernardo Arévalo asume la Presidencia de la República de Guatemala",
  published_at="2024-01-15", tz=GUA, passages=[
      "En la madrugada de este lunes 15 de enero, Bernardo Arévalo de León juró como presidente constitucional de la República de Guatemala para el período 2024-2028, en una ceremonia celebrada en el Centro Cultural Miguel Ángel Asturias, en la capital. Karin Herrera juró como vicepresidenta de la República.",
      "La ceremonia de transmisión de mando, prevista para la tarde del domingo 14 de enero, se retrasó varias horas por la demora del Congreso de la República en instalar su nueva Junta Directiva.",
  ])

MEDIA("d5_ap_20240115",
      url="https://apnews.com/article/guatemala-arevalo-inauguration-congress-delay-sworn-in-7c1e9a42",
      lang="en", outlet="Associated Press", date="2024-01-15", tz=GUA,
      title="Bernardo Arévalo sworn in as Guatemala's president after hours of delay", passages=[
          "Bernardo Arévalo was sworn in as Guatemala's president shortly after midnight on Monday, after legislators held up the inauguration for hours with wrangling over the leadership of the new Congress.",
          "Arévalo, an academic who campaigned against corruption, had faced months of legal challenges from prosecutors after his victory in the August runoff.",
      ])

# =============================================================================================
# 2021-11-18 (Thursday)  López Obrador with Biden in the Oval Office; the ninth North American
#                        Leaders' Summit at the White House with Trudeau, the first since 2016
# =============================================================================================

D("d5_wh_readout_20211118",
  url="https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/11/18/readout-of-president-bidens-meeting-with-president-andres-manuel-lopez-obrador-of-mexico/",
  kind="readout", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Readout of President Biden's Meeting with President Andrés Manuel López Obrador of Mexico",
  published_at="2021-11-18", tz=NY, passages=[
      "President Joseph R. Biden, Jr. met today with President Andrés Manuel López Obrador of Mexico at the White House, ahead of the North American Leaders' Summit.",
      "The leaders discussed the implementation of the U.S.-Mexico Bicentennial Framework for Security, Public Health and Safe Communities, cooperation on migration, including on its root causes in Central America, and ways to strengthen economic ties.",
  ])

D("d5_gobmx_20211118",
  url="https://www.gob.mx/presidencia/prensa/presidente-lopez-obrador-se-reune-con-joe-biden-en-la-casa-blanca-y-participa-en-la-ix-cumbre-de-lideres-de-america-del-norte",
  kind="press_release", lang="es", publisher="presidencia-mexico", author="presidencia-mexico", author_name="Presidencia de la República",
  title="Presidente López Obrador se reúne con Joe Biden en la Casa Blanca y participa en la IX Cumbre de Líderes de América del Norte",
  published_at="2021-11-18", tz=MX, passages=[
      "WASHINGTON, D.C., 18 de noviembre de 2021. El presidente Andrés Manuel López Obrador sostuvo una reunión bilateral con el presidente de los Estados Unidos, Joe Biden, en la Oficina Oval de la Casa Blanca.",
      "Posteriormente, ambos mandatarios y el primer ministro de Canadá, Justin Trudeau, participaron en la Casa Blanca en la IX Cumbre de Líderes de América del Norte, la primera desde 2016.",
  ])
