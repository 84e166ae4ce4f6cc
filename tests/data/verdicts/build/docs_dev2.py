"""Source documents for the second development set (dev2.json).

Every document here is about an event that the first set (train/dev/test) does not use, so that
dev2 checks whether changes to the verdict rules generalise beyond the pairs they were tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (State Department readouts and transcripts, gob.mx comunicados and versiones
estenográficas, White House transcripts and statements, Treasury and WHO releases, X posts, media
articles). Nothing here is a verbatim copy of a real document. It shares only the way documents are written down (doclib.py) with the first set.
"""

from __future__ import annotations

from doclib import MX, NY, SPOX, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.MEDIA


# =============================================================================================
# 2025-02-06 (Thursday)  Rubio in Santo Domingo, last stop of his first trip; meets Abinader
# =============================================================================================

D("d2_state_readout_20250206",
  url="https://www.state.gov/secretary-rubios-meeting-with-dominican-president-abinader",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Dominican President Abinader",
  published_at="2025-02-06", tz=NY, passages=[
      "The following is attributable to Spokesperson Tammy Bruce:",
      "Secretary of State Marco Rubio met today with Dominican President Luis Abinader in Santo Domingo, the final stop of the Secretary's first trip as Secretary of State.",
      "The Secretary and President Abinader discussed the deteriorating security situation in Haiti and the need for greater international support for the Multinational Security Support mission, as well as joint efforts to combat illegal migration and drug trafficking.",
      "Secretary Rubio thanked President Abinader for the Dominican Republic's close cooperation with U.S. law enforcement against transnational criminal organizations.",
  ])

D("d2_presidencia_rd_20250206",
  url="https://presidencia.gob.do/noticias/presidente-abinader-recibe-al-secretario-de-estado-marco-rubio-en-el-palacio-nacional",
  kind="press_release", lang="es", publisher="presidencia-republica-dominicana", author="presidencia-republica-dominicana",
  author_name="Presidencia de la República Dominicana",
  title="Presidente Abinader recibe al secretario de Estado Marco Rubio en el Palacio Nacional",
  published_at="2025-02-06", tz="America/Santo_Domingo", passages=[
      "El presidente Luis Abinader recibió este jueves en el Palacio Nacional al secretario de Estado de los Estados Unidos, Marco Rubio, quien cerró en Santo Domingo su primera gira por la región.",
      "Ambos conversaron sobre la crisis de seguridad en Haití, la cooperación en la lucha contra el narcotráfico y la migración irregular.",
      "El mandatario dominicano reiteró que la solución a la crisis haitiana corresponde a la comunidad internacional y que en territorio dominicano no habrá campamentos de refugiados.",
  ])

D("d2_transcript_20250206",
  url="https://www.state.gov/secretary-of-state-marco-rubio-and-dominican-president-luis-abinader-at-a-joint-press-availability",
  kind="transcript", lang="en", publisher="us-state-department", author="marco-rubio", author_name=SPOX,
  title="Secretary of State Marco Rubio and Dominican President Luis Abinader at a Joint Press Availability (Palacio Nacional, Santo Domingo)",
  published_at="2025-02-06", tz=NY, verbatim=True, passages=[
      ("luis-abinader", "(As interpreted.) It is an honor to receive Secretary Rubio at the last stop of his first trip. We spoke about Haiti, about security and about migration, and we agreed to deepen our cooperation against drug trafficking."),
      ("marco-rubio", "Thank you, Mr. President. The Dominican Republic is one of our strongest partners in this hemisphere."),
      ("marco-rubio", "On Haiti, let me be clear: there is no Dominican solution to Haiti. The Dominican Republic cannot be expected to carry that burden alone; it has to be an international effort."),
      ("reporter", "Mr. Secretary, will the United States send troops to Haiti to fight the gangs?"),
      ("marco-rubio", "What we need is for the security mission that is already there to be funded and supported, and we are going to work with our partners in the region to make that happen."),
  ])

# =============================================================================================
# 2025-03-26 (Wednesday)  Rubio in Kingston with Prime Minister Holness
# 2025-03-27 (Thursday)   Rubio in Georgetown with President Ali; Paramaribo with President Santokhi
# =============================================================================================

D("d2_state_readout_20250326",
  url="https://www.state.gov/secretary-rubios-meeting-with-jamaican-prime-minister-holness",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Jamaican Prime Minister Holness",
  published_at="2025-03-26", tz=NY, passages=[
      "The following is attributable to Spokesperson Tammy Bruce:",
      "Secretary of State Marco Rubio met today with Jamaican Prime Minister Andrew Holness in Kingston.",
      "The Secretary and Prime Minister Holness discussed the security crisis in Haiti, energy security and investment, and cooperation to counter transnational crime, including the trafficking of firearms and narcotics.",
  ])

D("d2_transcript_20250326",
  url="https://www.state.gov/secretary-of-state-marco-rubio-and-jamaican-prime-minister-andrew-holness-at-a-joint-press-availability",
  kind="transcript", lang="en", publisher="us-state-department", author="marco-rubio", author_name=SPOX,
  title="Secretary of State Marco Rubio and Jamaican Prime Minister Andrew Holness at a Joint Press Availability (Kingston, Jamaica)",
  published_at="2025-03-26", tz=NY, verbatim=True, passages=[
      ("andrew-holness", "Secretary Rubio, welcome to Jamaica. We are pleased that Jamaica is among the first countries you visit in our region, and we had a very productive discussion on Haiti, on energy and on security."),
      ("reporter", "Prime Minister, will Jamaica end the Cuban medical brigades to avoid U.S. visa restrictions?"),
      ("andrew-holness", "The Cuban doctors in Jamaica are not forced labour. They are paid in line with our labour laws, and their work has been of great help to our health system. We will continue to discuss the matter with the United States."),
      ("marco-rubio", "Our problem is not with the doctors. Our problem is with a regime that keeps most of what they are paid. We will work with our partners on this."),
      ("marco-rubio", "On Haiti, the gangs have to be defeated, and we want the mission there to succeed."),
  ])

D("d2_state_readout_20250327_guyana",
  url="https://www.state.gov/secretary-rubios-meeting-with-guyanese-president-ali",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Guyanese President Ali",
  published_at="2025-03-27", tz=NY, passages=[
      "The following is attributable to Spokesperson Tammy Bruce:",
      "Secretary of State Marco Rubio met today with Guyanese President Mohamed Irfaan Ali in Georgetown.",
      "The Secretary and President Ali signed a memorandum of understanding to expand security cooperation between the United States and Guyana.",
      "Secretary Rubio reaffirmed the United States' unwavering support for Guyana's sovereignty and territorial integrity and condemned the Maduro regime's threats against Guyana.",
  ])

D("d2_transcript_20250327_guyana",
  url="https://www.state.gov/secretary-of-state-marco-rubio-and-guyanese-president-irfaan-ali-at-a-joint-press-availability",
  kind="transcript", lang="en", publisher="us-state-department", author="marco-rubio", author_name=SPOX,
  title="Secretary of State Marco Rubio and Guyanese President Irfaan Ali at a Joint Press Availability (Georgetown, Guyana)",
  published_at="2025-03-27", tz=NY, verbatim=True, passages=[
      ("irfaan-ali", "Earlier today, the Secretary and I signed a memorandum of understanding on security cooperation, which will strengthen our capacity to protect our territory and our resources."),
      ("reporter", "Secretary Rubio, what would the United States do if Venezuela attacked Guyana or the ExxonMobil installations?"),
      ("marco-rubio", "It would be a very bad day, a very bad week for them. It would not end well for them."),
      ("marco-rubio", "Guyana's sovereignty and territorial integrity are not up for discussion, and the United States stands with Guyana."),
  ])

D("d2_state_readout_20250327_suriname",
  url="https://www.state.gov/secretary-rubios-meeting-with-surinamese-president-santokhi",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Surinamese President Santokhi",
  published_at="2025-03-27", tz=NY, passages=[
      "The following is attributable to Spokesperson Tammy Bruce:",
      "Secretary of State Marco Rubio met today with Surinamese President Chandrikapersad Santokhi in Paramaribo.",
      "The Secretary and President Santokhi discussed the development of Suriname's energy sector, security cooperation, and countering the influence of the People's Republic of China in the region.",
  ])

# =============================================================================================
# 2025-03-29 (Saturday)  Noboa meets Trump at Mar-a-Lago
# =============================================================================================

X("d2_x_noboa_20250329", handle="DanielNoboaOk", author="daniel-noboa", author_name="Daniel Noboa Azín",
  ts="2025-03-30T02:10:00+00:00", lang="es", tz="America/Guayaquil", passages=[
      "Hoy me reuní con el presidente @realDonaldTrump en Mar-a-Lago. Conversamos sobre seguridad, migración y comercio, y sobre la cooperación para enfrentar al narcoterrorismo que amenaza a nuestros países.",
      "Ecuador y Estados Unidos tienen una alianza estratégica que seguiremos fortaleciendo.",
  ])

MEDIA("d2_eluniverso_20250330",
      url="https://www.eluniverso.com/noticias/politica/daniel-noboa-se-reunio-con-donald-trump-en-mar-a-lago-nota/",
      lang="es", outlet="El Universo", date="2025-03-30", tz="America/Guayaquil",
      title="Daniel Noboa se reunió con Donald Trump en Mar-a-Lago", passages=[
          "El presidente Daniel Noboa se reunió la noche del sábado con el presidente de Estados Unidos, Donald Trump, en su residencia de Mar-a-Lago, en Palm Beach, Florida, a dos semanas de la segunda vuelta electoral.",
          "Según el mandatario, en el encuentro se trataron temas de seguridad, migración y comercio.",
      ])

# =============================================================================================
# 2025-09-18 (Thursday)  Carney in Mexico City; Canada-Mexico Action Plan
# =============================================================================================

D("d2_pmo_readout_20250918",
  url="https://www.pm.gc.ca/en/news/readouts/2025/09/18/prime-minister-carney-meets-president-mexico-claudia-sheinbaum-pardo",
  kind="readout", lang="en", publisher="canada-pmo", author="canada-pmo", author_name="Prime Minister's Office",
  title="Prime Minister Carney meets with President of Mexico Claudia Sheinbaum Pardo",
  published_at="2025-09-18", tz="America/Toronto", passages=[
      "Today, Prime Minister Mark Carney met with the President of Mexico, Claudia Sheinbaum Pardo, at the National Palace in Mexico City.",
      "The leaders launched the Canada-Mexico Action Plan, which sets out shared priorities in trade and investment, energy, security and labour mobility, and agreed to elevate the bilateral relationship to a Comprehensive Strategic Partnership.",
      "The Prime Minister and the President underlined the importance of the Canada-United States-Mexico Agreement and agreed to work closely together ahead of its review.",
  ])

D("d2_presidencia_20250918",
  url="https://www.gob.mx/presidencia/prensa/presidenta-claudia-sheinbaum-recibe-al-primer-ministro-de-canada-mark-carney",
  kind="press_release", lang="es", publisher="presidencia-mexico", author="presidencia-mexico", author_name="Presidencia de la República",
  title="Presidenta Claudia Sheinbaum recibe al primer ministro de Canadá, Mark Carney; acuerdan Plan de Acción México-Canadá",
  published_at="2025-09-18", tz=MX, passages=[
      "La presidenta Claudia Sheinbaum Pardo recibió hoy en Palacio Nacional al primer ministro de Canadá, Mark Carney, con quien acordó elevar la relación bilateral a una Asociación Estratégica Integral.",
      "Ambos mandatarios presentaron el Plan de Acción México-Canadá, que incluye cooperación en comercio, inversión, energía, seguridad y movilidad laboral.",
  ])

D("d2_gob_transcript_20250918",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-mensaje-a-medios-de-la-presidenta-claudia-sheinbaum-pardo-y-el-primer-ministro-de-canada-mark-carney",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Mensaje a medios de la presidenta Claudia Sheinbaum Pardo y el primer ministro de Canadá, Mark Carney (Palacio Nacional)",
  published_at="2025-09-18", tz=MX, verbatim=True, passages=[
      ("claudia-sheinbaum", "Bienvenido, primer ministro. Hoy acordamos elevar nuestra relación a una Asociación Estratégica Integral. México y Canadá somos socios y somos amigos, y vamos a trabajar juntos en la revisión del T-MEC."),
      ("mark-carney", "(As interpreted.) Canadá y México somos socios de confianza. Con este plan de acción abrimos un nuevo capítulo en nuestra relación."),
      ("reporter", "Presidenta, ¿el acero y los aranceles de Estados Unidos fueron parte de la conversación con el primer ministro?"),
      ("claudia-sheinbaum", "Hablamos de la relación con Estados Unidos, claro, pero sobre todo de lo que México y Canadá podemos hacer juntos."),
  ])

D("d2_mananera_20250919",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-de-la-presidenta-claudia-sheinbaum-pardo-del-19-de-septiembre-de-2025",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo del 19 de septiembre de 2025",
  published_at="2025-09-19", tz=MX, verbatim=True, passages=[
      ("claudia-sheinbaum", "Buenos días. Ayer recibimos en Palacio Nacional al primer ministro de Canadá, Mark Carney. Fue una muy buena reunión: presentamos el plan de acción y elevamos la relación a una asociación estratégica integral."),
      ("reporter", "Presidenta, ¿se va a reunir también con el presidente Trump en las próximas semanas?"),
      ("claudia-sheinbaum", "Por ahora no hay fecha. Seguimos en comunicación con el gobierno de Estados Unidos."),
  ])

# =============================================================================================
# 2025-10-09 / 10-14  Argentina: Treasury swap; Milei at the White House
# 2024-11-14 (Thursday)  Milei meets president-elect Trump at Mar-a-Lago
# =============================================================================================

X("d2_x_bessent_20251009", handle="SecScottBessent", author="scott-bessent", author_name="Treasury Secretary Scott Bessent",
  ts="2025-10-09T16:45:00+00:00", lang="en", tz=NY, passages=[
      "Today, Treasury finalized a $20 billion currency swap framework with the Banco Central de la República Argentina (BCRA).",
      "Treasury is also directly purchasing Argentine pesos. We stand ready to take whatever exceptional measures are warranted to provide stability to markets.",
  ])

D("d2_wh_transcript_20251014",
  url="https://www.whitehouse.gov/remarks/2025/10/remarks-by-president-trump-and-president-milei-of-argentina-before-bilateral-lunch/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Remarks by President Trump and President Milei of Argentina Before Bilateral Lunch (Cabinet Room)",
  published_at="2025-10-14", tz=NY, verbatim=True, passages=[
      ("donald-trump", "It's a great honor to have the President of Argentina with us. He's a friend of mine and he's done a fantastic job."),
      ("donald-trump", "We're with him all the way. If he wins, we're staying with him, and if he doesn't win, we're gone."),
      ("reporter", "Mr. President, is this a bailout for Argentina paid by American taxpayers?"),
      ("donald-trump", "No, it's not a bailout. We're helping a great philosophy take over a great country, and we think we'll do very well with it."),
      ("donald-trump", "If he loses, we're not going to be generous with Argentina."),
      ("javier-milei", "(As interpreted.) I want to thank President Trump and Secretary Bessent for their support. Argentina is once again a firm ally of the United States."),
  ])

MEDIA("d2_clarin_20251014",
      url="https://www.clarin.com/politica/trump-condiciono-ayuda-argentina-resultado-elecciones_0_milei-casa-blanca.html",
      lang="es", outlet="Clarín", date="2025-10-14", tz="America/Argentina/Buenos_Aires",
      title="Trump condicionó la ayuda a la Argentina al resultado de las elecciones", passages=[
          "WASHINGTON.- El presidente Donald Trump advirtió este martes, durante el almuerzo con Javier Milei en la Casa Blanca, que si el oficialismo pierde las elecciones legislativas del 26 de octubre, Estados Unidos no será \"generoso\" con la Argentina.",
      ])

D("d2_opra_20241115",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/el-presidente-milei-se-reunio-con-el-presidente-electo-donald-trump",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency", author_name="Oficina del Presidente",
  title="El Presidente Milei se reunió con el presidente electo de los Estados Unidos, Donald Trump",
  published_at="2024-11-15", tz="America/Argentina/Buenos_Aires", passages=[
      "El Presidente Javier Milei se reunió anoche con el presidente electo de los Estados Unidos, Donald Trump, en Mar-a-Lago, Palm Beach, Florida, en el marco de la gala del America First Policy Institute.",
      "El Presidente Milei fue el primer jefe de Estado extranjero en reunirse con el presidente electo tras su triunfo en las elecciones del 5 de noviembre.",
  ])

# =============================================================================================
# 2025-01-20/21  US withdrawal from WHO; WHO statement.  2025-02-05  Argentina leaves WHO
# =============================================================================================

D("d2_wh_eo_20250120",
  url="https://www.whitehouse.gov/presidential-actions/2025/01/withdrawing-the-united-states-from-the-worldhealth-organization/",
  kind="press_release", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Withdrawing the United States from the World Health Organization",
  published_at="2025-01-20", tz=NY, passages=[
      "By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:",
      "Section 1. Purpose. The United States noticed its withdrawal from the World Health Organization (WHO) in 2020 due to the organization's mishandling of the COVID-19 pandemic that arose out of Wuhan, China, and other global health crises, its failure to adopt urgently needed reforms, and its inability to demonstrate independence from the inappropriate political influence of WHO member states.",
      "Sec. 2. Actions. The United States intends to withdraw from the WHO. The Secretary of State and the Director of the Office of Management and Budget shall pause the future transfer of any United States Government funds, support, or resources to the WHO.",
  ])

D("d2_who_20250121",
  url="https://www.who.int/news/item/21-01-2025-who-comments-on-united-states-announcement-of-intent-to-withdraw-from-the-organization",
  kind="press_release", lang="en", publisher="who", author="who", author_name="World Health Organization",
  title="WHO comments on United States' announcement of intent to withdraw from the Organization",
  published_at="2025-01-21", tz="Europe/Zurich", passages=[
      "The World Health Organization regrets the announcement that the United States of America intends to withdraw from the Organization.",
      "WHO plays a crucial role in protecting the health and security of the world's people, including Americans, by addressing the root causes of disease, building stronger health systems, and detecting, preventing and responding to health emergencies.",
      "We hope the United States will reconsider and we look forward to engaging in constructive dialogue to maintain the partnership between the USA and WHO.",
  ])

D("d2_arg_who_20250205",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/la-argentina-se-retira-de-la-organizacion-mundial-de-la-salud",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency", author_name="Oficina del Presidente",
  title="La Argentina se retira de la Organización Mundial de la Salud",
  published_at="2025-02-05", tz="America/Argentina/Buenos_Aires", passages=[
      "El Presidente Javier Milei instruyó al canciller Gerardo Werthein retirar la participación de la Argentina de la Organización Mundial de la Salud (OMS).",
      "La decisión se funda en las profundas diferencias respecto de la gestión sanitaria, especialmente durante la pandemia, y en la necesidad de preservar la soberanía del país en materia de salud.",
      "Así lo anunció hoy el vocero presidencial, Manuel Adorni, en su conferencia de prensa en Casa Rosada.",
  ])

# =============================================================================================
# 2025-09-26 (Friday)  Petro's visa revoked after his speech on a New York street
# 2025-10-24 (Friday)  Treasury sanctions Petro
# =============================================================================================

X("d2_x_state_20250926", handle="StateDept", author="us-state-department", author_name="Department of State",
  ts="2025-09-27T01:32:00+00:00", lang="en", tz=NY, passages=[
      "Earlier today, Colombian President @petrogustavo stood on a NYC street and urged U.S. soldiers to disobey orders and incite violence. We will revoke Petro's visa due to his reckless and incendiary actions.",
  ])

MEDIA("d2_eltiempo_20250927",
      url="https://www.eltiempo.com/politica/gobierno/estados-unidos-revoca-la-visa-a-gustavo-petro-tras-su-discurso-en-nueva-york",
      lang="es", outlet="El Tiempo", date="2025-09-27", tz="America/Bogota",
      title="Estados Unidos revoca la visa a Gustavo Petro tras su discurso en Nueva York", passages=[
          "El Departamento de Estado anunció en la noche del viernes que revocará la visa del presidente Gustavo Petro, luego de que el mandatario, en una manifestación en una calle de Nueva York, pidiera a los soldados estadounidenses desobedecer las órdenes del presidente Donald Trump.",
      ])

D("d2_treasury_20251024",
  url="https://home.treasury.gov/news/press-releases/sb0290",
  kind="press_release", lang="en", publisher="us-treasury", author="us-treasury", author_name="U.S. Department of the Treasury",
  title="Treasury Sanctions Colombian President Gustavo Petro and His Family for Role in Global Illicit Drug Trade",
  published_at="2025-10-24", tz=NY, passages=[
      "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning Colombian President Gustavo Francisco Petro Urrego, his wife Verónica del Socorro Alcocer García, his son Nicolás Fernando Petro Burgos, and Colombian Minister of the Interior Armando Alberto Benedetti Villaneda.",
      "\"Since President Gustavo Petro came to power, cocaine production in Colombia has exploded to the highest rate in decades, flooding the United States and poisoning Americans,\" said Secretary of the Treasury Scott Bessent. \"President Petro has allowed drug cartels to flourish and refused to stop this activity.\"",
      "As a result of today's action, all property and interests in property of the designated persons that are in the United States or in the possession or control of U.S. persons are blocked and must be reported to OFAC.",
  ])

# =============================================================================================
# 2023-02-10 (Friday)  Lula at the White House.  2023-09-20  Partnership for Workers' Rights (New York)
# =============================================================================================

D("d2_wh_joint_20230210",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/02/10/joint-statement-from-the-leaders-of-the-united-states-and-brazil/",
  kind="press_release", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Joint Statement from the Leaders of the United States and Brazil",
  published_at="2023-02-10", tz=NY, passages=[
      "President Joseph R. Biden, Jr. welcomed President Luiz Inácio Lula da Silva of Brazil to the White House on February 10, 2023, to reaffirm the vital and enduring relationship between the United States and Brazil.",
      "The two leaders condemned the violence against Brazil's democratic institutions on January 8 and rejected extremism and political violence.",
      "They committed to work together to halt deforestation in the Amazon. The United States announced its intent to work with Congress to provide funds for programs to protect and conserve the Brazilian Amazon, including initial support for the Amazon Fund, and both leaders agreed to revitalize the U.S.-Brazil Climate Change Working Group.",
  ])

D("d2_wh_factsheet_20230920",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/09/20/fact-sheet-president-biden-and-president-lula-launch-partnership-for-workers-rights/",
  kind="press_release", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="FACT SHEET: President Biden and President Lula Launch Partnership for Workers' Rights",
  published_at="2023-09-20", tz=NY, passages=[
      "Today, in New York, President Biden and President Luiz Inácio Lula da Silva of Brazil launched the Partnership for Workers' Rights, a global initiative to advance workers' rights and decent work.",
  ])

# =============================================================================================
# 2025-07-18 (Friday)  Venezuelans held at CECOT returned in exchange for ten Americans
# =============================================================================================

X("d2_x_bukele_20250718", handle="nayibbukele", author="nayib-bukele", author_name="Nayib Bukele",
  ts="2025-07-18T20:30:00+00:00", lang="en", tz="America/El_Salvador", passages=[
      "Today, we handed over all the Venezuelan nationals detained in our country who had been accused of belonging to the criminal organization Tren de Aragua: 252 in total.",
      "In exchange, the Venezuelan regime released 10 American citizens and permanent residents it had been holding, as well as a significant number of Venezuelan political prisoners.",
  ])

X("d2_x_rubio_20250718", handle="SecRubio", author="marco-rubio", author_name="Secretary Marco Rubio",
  ts="2025-07-18T21:05:00+00:00", lang="en", tz=NY, passages=[
      "Today, thanks to the leadership of @POTUS, 10 Americans who were detained in Venezuela are on their way to freedom and will soon be reunited with their loved ones.",
      "Thank you to President @nayibbukele for helping secure an agreement that also brings the release of Venezuelan political prisoners.",
  ])
