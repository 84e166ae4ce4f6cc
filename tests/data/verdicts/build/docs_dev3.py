"""Source documents for the third development set (dev3.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 uses,
so that dev3 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (White House and UN verbatim transcripts, DHS, Defense and White House releases, gob.mx
and presidencia.gob.pa versiones estenográficas, X and Truth Social posts, media articles).
Nothing here is a verbatim copy of a real document. It shares only the way documents are written
down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

SV = "America/El_Salvador"
PA = "America/Panama"
BOG = "America/Bogota"


# =============================================================================================
# 2019-09-20 (Friday)     Asylum Cooperative Agreement with El Salvador signed in Washington
# 2019-09-25 (Wednesday)  Trump meets Bukele in New York on the sidelines of the UN General Assembly
# 2019-09-27 (Friday)     Bukele addresses the General Assembly and takes a selfie at the rostrum
# =============================================================================================

D("d3_dhs_20190920",
  url="https://www.dhs.gov/news/2019/09/20/acting-secretary-mcaleenan-signs-asylum-cooperative-agreement-el-salvador",
  kind="press_release", lang="en", publisher="us-dhs", author="us-dhs", author_name="U.S. Department of Homeland Security",
  title="Acting Secretary McAleenan Signs Asylum Cooperative Agreement with El Salvador",
  published_at="2019-09-20", tz=NY, passages=[
      "WASHINGTON - Today, Acting Secretary of Homeland Security Kevin K. McAleenan and Salvadoran Minister of Foreign Affairs Alexandra Hill Tinoco signed an Asylum Cooperative Agreement between the United States and El Salvador at the Department of Homeland Security.",
      "Under the agreement, El Salvador will work with the United States to offer protection to migrants who seek it, sharing the responsibility for people fleeing their home countries.",
      "The two governments also committed to strengthen El Salvador's border security and its capacity to process asylum claims, and to continue their cooperation against transnational gangs such as MS-13.",
  ])

D("d3_wh_transcript_20190925",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-president-bukele-el-salvador-bilateral-meeting-new-york-ny/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Remarks by President Trump and President Bukele of El Salvador Before Bilateral Meeting (New York, NY)",
  published_at="2019-09-25", tz=NY, verbatim=True, passages=[
      ("donald-trump", "Thank you very much. It's a great honor to be with the President of El Salvador. He's a young man, he's very popular, and he's doing a fantastic job. We've been working very closely together on migration and on the gangs, and El Salvador has been terrific."),
      ("nayib-bukele", "Thank you, Mr. President. President Trump is very nice and cool, and I'm nice and cool too. We both use social media a lot."),
      ("donald-trump", "He's got a lot of followers. A lot of followers."),
      ("reporter", "President Bukele, will El Salvador now take in asylum seekers that the United States sends back?"),
      ("nayib-bukele", "We signed an agreement last week, and we are going to work with the United States. But what we want is to build a country that our people do not want to leave."),
  ])

D("d3_un_pv_20190927",
  url="https://undocs.org/en/A/74/PV.8",
  kind="transcript", lang="en", publisher="united-nations", author="united-nations", author_name="United Nations General Assembly",
  title="General Assembly, seventy-fourth session, 8th plenary meeting: verbatim record (General Assembly Hall, New York)",
  published_at="2019-09-27", tz=NY, verbatim=True, passages=[
      ("moderator", "The Acting President: The Assembly will now hear an address by the President of the Republic of El Salvador. I have great pleasure in welcoming His Excellency Mr. Nayib Armando Bukele Ortez and inviting him to address the Assembly."),
      ("nayib-bukele", "Before I begin, allow me to take a picture. Believe me, many more people will see this selfie than will hear this speech."),
      ("nayib-bukele", "This format of the General Assembly has become obsolete. In a world connected by the Internet and social media, we are still meeting here as if nothing had changed."),
      ("nayib-bukele", "El Salvador is changing. We have cut homicides and we are taking back our territory from the gangs, and we want our young people to find a future at home."),
  ])

D("d3_un_press_20190927",
  url="https://press.un.org/en/2019/ga12193.doc.htm",
  kind="press_release", lang="en", publisher="united-nations", author="united-nations", author_name="United Nations, Meetings Coverage and Press Releases",
  title="World Leaders Debate Climate, Migration and the Future of Multilateralism as General Debate Continues",
  published_at="2019-09-27", tz=NY, passages=[
      "NAYIB ARMANDO BUKELE ORTEZ, President of El Salvador, took a photograph of himself from the rostrum before beginning his statement, remarking that the picture would reach more people than his speech.",
      "He said that the format of the General Assembly was outdated in a world transformed by the Internet, and that the United Nations had to adapt to remain relevant.",
      "El Salvador, he said, was reducing violence and recovering territory from the gangs, so that its young people would not have to emigrate.",
  ])

X("d3_x_bukele_20190927", handle="nayibbukele", author="nayib-bukele", author_name="Nayib Bukele",
  ts="2019-09-27T18:52:00+00:00", lang="es", tz=SV, passages=[
      "Desde la tribuna de la Asamblea General de las Naciones Unidas. 🤳🏻",
  ])

MEDIA("d3_bbcmundo_20190927",
      url="https://www.bbc.com/mundo/noticias-america-latina-49856271",
      lang="es", outlet="BBC News Mundo", date="2019-09-27", tz=NY,
      title="La selfie de Nayib Bukele en la Asamblea General de la ONU", passages=[
          "El presidente de El Salvador, Nayib Bukele, se tomó una selfie desde el podio de la Asamblea General de Naciones Unidas antes de comenzar su discurso este viernes en Nueva York.",
          "\"Créanme, muchas más personas verán esta selfie que las que escucharán este discurso\", dijo el mandatario, de 38 años.",
      ])

# =============================================================================================
# 2024-11-25 (Monday)    Trump announces 25% tariffs on Mexico and Canada (Truth Social, evening)
# 2024-11-26 (Tuesday)   Sheinbaum reads her letter to Trump at the morning press conference
# 2024-11-29 (Friday)    Trudeau dines with Trump at Mar-a-Lago
# =============================================================================================

TRUTH("d3_truth_trump_20241125", ts="2024-11-26T00:17:00+00:00", passages=[
    "As everyone is aware, thousands of people are pouring through Mexico and Canada, bringing Crime and Drugs at levels never seen before.",
    "On January 20th, as one of my many first Executive Orders, I will sign all necessary documents to charge Mexico and Canada a 25% Tariff on ALL products coming into the United States, and its ridiculous Open Borders.",
    "This Tariff will remain in effect until such time as Drugs, in particular Fentanyl, and all Illegal Aliens stop this Invasion of our Country!",
])

D("d3_mananera_20241126",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-de-la-presidenta-claudia-sheinbaum-pardo-del-26-de-noviembre-de-2024",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo del 26 de noviembre de 2024",
  published_at="2024-11-26", tz=MX, verbatim=True, passages=[
      ("claudia-sheinbaum", "Buenos días. Le enviamos hoy una carta al presidente electo Donald Trump, a propósito de su mensaje de ayer sobre los aranceles, y se las voy a leer."),
      ("claudia-sheinbaum", "Presidente Trump: no es con amenazas ni con aranceles como se va a atender el fenómeno migratorio ni el consumo de drogas en Estados Unidos. Se requiere cooperación y entendimiento mutuo ante estos grandes desafíos."),
      ("claudia-sheinbaum", "A un arancel vendrá otro en respuesta y así hasta que pongamos en riesgo empresas comunes. Sí, comunes: entre los principales exportadores de México a Estados Unidos están empresas estadounidenses."),
      ("claudia-sheinbaum", "Las caravanas de migrantes ya no llegan a la frontera norte; son atendidas en México. Creo que nuestros equipos podrían reunirse a la brevedad para profundizar en este entendimiento."),
      ("reporter", "Presidenta, ¿qué opina de que Trump vincule los aranceles con la migración y el fentanilo?"),
      ("claudia-sheinbaum", "Lo que le decimos en la carta es que la cooperación da mejores resultados que las amenazas. Estoy segura de que vamos a llegar a un buen acuerdo."),
  ])

X("d3_x_trudeau_20241130", handle="JustinTrudeau", author="justin-trudeau", author_name="Justin Trudeau",
  ts="2024-11-30T14:05:00+00:00", lang="en", tz="America/Toronto", passages=[
      "Thanks for dinner last night, President Trump. I look forward to continuing the work we can do together.",
  ])

MEDIA("d3_cbc_20241130",
      url="https://www.cbc.ca/news/politics/trudeau-trump-dinner-mar-a-lago-1.7397412",
      lang="en", outlet="CBC News", date="2024-11-30", tz="America/Toronto",
      title="Trudeau dines with Trump at Mar-a-Lago days after tariff threat", passages=[
          "Prime Minister Justin Trudeau had dinner with U.S. president-elect Donald Trump on Friday evening at Mar-a-Lago, Trump's resort in Palm Beach, Fla., four days after Trump threatened 25 per cent tariffs on all Canadian goods.",
          "Public Safety Minister Dominic LeBlanc travelled with the prime minister. The visit had not been announced in advance.",
      ])

# =============================================================================================
# 2024-11-17 (Sunday)  Biden in Manaus, first sitting US president to visit the Amazon
# =============================================================================================

D("d3_wh_factsheet_20241117",
  url="https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/11/17/fact-sheet-president-biden-visits-the-amazon-rainforest/",
  kind="press_release", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="FACT SHEET: President Biden Becomes First Sitting U.S. President to Visit the Amazon Rainforest",
  published_at="2024-11-17", tz=NY, passages=[
      "Today, President Biden traveled to Manaus, Brazil, becoming the first sitting U.S. President to visit the Amazon.",
      "The President announced an additional $50 million for the Amazon Fund, doubling the United States' total contribution to $100 million, and proclaimed November 17, 2024 as International Conservation Day.",
  ])

D("d3_wh_remarks_20241117",
  url="https://bidenwhitehouse.archives.gov/briefing-room/speeches-remarks/2024/11/17/remarks-by-president-biden-on-protecting-the-amazon-rainforest-manaus-brazil/",
  kind="transcript", lang="en", publisher="white-house", author="joe-biden", author_name="The White House",
  title="Remarks by President Biden on Protecting the Amazon Rainforest (Museu da Amazônia, Manaus, Brazil)",
  published_at="2024-11-17", tz="America/Manaus", verbatim=True, passages=[
      ("joe-biden", "I'm proud to be the first sitting American President to visit the Amazon."),
      ("joe-biden", "The forests here are the lungs of our planet. Protecting them is maybe the defining cause of our generation."),
      ("joe-biden", "Today, I'm announcing another $50 million for the Amazon Fund, which brings our total to $100 million."),
  ])

MEDIA("d3_efe_20241117",
      url="https://efe.com/mundo/2024-11-17/biden-amazonia-manaos-primera-visita-presidente-estados-unidos/",
      lang="es", outlet="EFE", date="2024-11-17", tz="America/Manaus",
      title="Biden, primer presidente de EE.UU. en ejercicio que visita la Amazonía", passages=[
          "El presidente de Estados Unidos, Joe Biden, sobrevoló este domingo la selva amazónica y visitó el Museo de la Amazonía en Manaos, en la víspera de la cumbre del G20 en Río de Janeiro.",
      ])

# =============================================================================================
# 2025-04-08 (Tuesday)    Hegseth in Panama City; received by Mulino
# 2025-04-09 (Wednesday)  Hegseth and Ábrego sign a joint declaration on the Canal
# 2025-04-10 (Thursday)   Mulino's weekly press conference
# =============================================================================================

D("d3_presidencia_pa_20250408",
  url="https://www.presidencia.gob.pa/publicaciones/presidente-mulino-recibe-al-secretario-de-defensa-de-estados-unidos-pete-hegseth",
  kind="press_release", lang="es", publisher="presidencia-panama", author="presidencia-panama", author_name="Presidencia de la República de Panamá",
  title="Presidente Mulino recibe al secretario de Defensa de los Estados Unidos, Pete Hegseth",
  published_at="2025-04-08", tz=PA, passages=[
      "El presidente de la República, José Raúl Mulino, recibió este martes en el Palacio de las Garzas al secretario de Defensa de los Estados Unidos, Pete Hegseth, acompañado del ministro de Seguridad Pública, Frank Ábrego.",
      "En el encuentro se abordaron la cooperación en seguridad, la lucha contra el narcotráfico y la migración irregular, y la protección del Canal de Panamá.",
      "El mandatario reiteró que la soberanía de Panamá sobre el Canal y sus áreas adyacentes no es negociable.",
  ])

X("d3_x_mulino_20250408", handle="JoseRaulMulino", author="jose-raul-mulino", author_name="José Raúl Mulino",
  ts="2025-04-09T01:30:00+00:00", lang="es", tz=PA, passages=[
      "Hoy recibí en el Palacio de las Garzas al secretario de Defensa de EE.UU., Pete Hegseth. Conversamos sobre seguridad y cooperación, siempre con respeto a nuestra soberanía.",
  ])

D("d3_dod_20250409",
  url="https://www.defense.gov/News/Releases/Release/Article/4150007/joint-statement-by-the-united-states-department-of-defense-and-the-ministry-of-public-security-of-panama/",
  kind="press_release", lang="en", publisher="us-dod", author="us-dod", author_name="U.S. Department of Defense",
  title="Joint Statement by the U.S. Department of Defense and the Ministry of Public Security of Panama",
  published_at="2025-04-09", tz=NY, passages=[
      "Today in Panama City, Secretary of Defense Pete Hegseth and Panama's Minister of Public Security Frank Ábrego signed a joint declaration on the security of the Panama Canal.",
      "The declaration sets out a framework for U.S. warships and auxiliary ships to transit the Canal with priority, on a first-in, first-out basis, and commits both sides to work toward a mechanism to compensate for the tolls on those transits.",
      "The two sides also signed a memorandum of understanding that expands security cooperation, including training and joint exercises.",
  ])

D("d3_mulino_conf_20250410",
  url="https://www.presidencia.gob.pa/publicaciones/version-estenografica-conferencia-de-prensa-semanal-del-presidente-jose-raul-mulino-10-de-abril-de-2025",
  kind="transcript", lang="es", publisher="presidencia-panama", author="jose-raul-mulino", author_name="Presidencia de la República de Panamá",
  title="Conferencia de prensa semanal del presidente José Raúl Mulino, 10 de abril de 2025 (Palacio de las Garzas)",
  published_at="2025-04-10", tz=PA, verbatim=True, passages=[
      ("jose-raul-mulino", "Esta semana recibimos al secretario de Defensa, Pete Hegseth. Fue una visita provechosa y se firmaron documentos de cooperación en seguridad."),
      ("reporter", "Presidente, ¿Panamá aceptará bases militares de Estados Unidos?"),
      ("jose-raul-mulino", "No. Lo dije claramente: no hay ni habrá bases militares en Panamá. Lo que se firmó es cooperación, y la soberanía sobre el Canal no está en discusión."),
      ("reporter", "¿Los buques de guerra estadounidenses pasarán gratis por el Canal?"),
      ("jose-raul-mulino", "Se acordó buscar un mecanismo de compensación por los servicios que prestan a cambio. Nadie ha firmado que el paso será gratis."),
  ])

MEDIA("d3_laprensa_20250409",
      url="https://www.prensa.com/politica/hegseth-y-mulino-se-reunen-en-el-palacio-de-las-garzas/",
      lang="es", outlet="La Prensa (Panamá)", date="2025-04-09", tz=PA,
      title="Hegseth y Mulino se reúnen en el Palacio de las Garzas", passages=[
          "El secretario de Defensa de Estados Unidos, Pete Hegseth, fue recibido el martes 8 de abril por el presidente José Raúl Mulino en el Palacio de las Garzas, en el primer día de su visita oficial a Panamá.",
      ])

# =============================================================================================
# 2025-10-19 (Sunday)  Trump calls Petro an "illegal drug leader" and ends payments; Petro replies
# =============================================================================================

TRUTH("d3_truth_trump_20251019", ts="2025-10-19T14:40:00+00:00", passages=[
    "President Gustavo Petro, of Colombia, is an illegal drug leader strongly encouraging the massive production of drugs, in big and small fields, all over Colombia.",
    "It has become the biggest business in Colombia by far, and Petro does nothing to stop it, despite large scale payments and subsidies from the USA.",
    "AS OF TODAY, THESE PAYMENTS, OR ANY OTHER FORM OF PAYMENT, OR SUBSIDIES, WILL NO LONGER BE MADE TO COLOMBIA.",
])

X("d3_x_petro_20251019", handle="petrogustavo", author="gustavo-petro", author_name="Gustavo Petro",
  ts="2025-10-20T01:15:00+00:00", lang="es", tz=BOG, passages=[
      "Trump está siendo engañado por sus asesores. Como no soy empresario, menos soy narcotraficante. No hay codicia en mi corazón.",
      "Colombia ha sido la nación que más ha enfrentado al narcotráfico, y la que más muertos ha puesto en esa lucha.",
  ])
