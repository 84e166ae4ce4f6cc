"""Source documents for the ninth development set (dev9.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev8
uses, so that dev9 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Casa Rosada's speech transcripts, the World Economic Forum's English transcript with
an interpreted speaker, Chile's Servel comunicados, the Chilean presidency's transcript and note,
Brazilian presidency transcripts and notes in their English versions, the Dominican Junta Central
Electoral's boletín, the Dominican presidency's transcript, X posts, media articles). Nothing here
is a verbatim copy of a real document. It shares only the way documents are written down
(doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.MEDIA

BUE = "America/Argentina/Buenos_Aires"
ZRH = "Europe/Zurich"
SCL = "America/Santiago"
BSB = "America/Sao_Paulo"
SDQ = "America/Santo_Domingo"


# =============================================================================================
# 2024-01-17 (Wednesday)  Milei's special address at the World Economic Forum's annual meeting in
#                         Davos ("Occidente está en peligro", "no se dejen amedrentar", "ustedes
#                         son héroes", Argentina "primera potencia mundial" 35 years after adopting
#                         the model of freedom); his post in the evening (22:15 in Buenos Aires,
#                         01:15 UTC on the 18th); Milei and Caputo with the IMF's Georgieva (media)
# 2025-01-23 (Thursday)   Milei's second Davos address, against "la ideología woke" (look-alike)
# =============================================================================================

D("d9_casarosada_20240117",
  url="https://www.casarosada.gob.ar/informacion/discursos/50299-palabras-del-presidente-de-la-nacion-javier-milei-en-el-54-foro-economico-mundial-de-davos",
  kind="transcript", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Palabras del presidente de la Nación, Javier Milei, en el 54° Foro Económico Mundial de Davos",
  published_at="2024-01-17", tz=BUE, verbatim=True, passages=[
      ("javier-milei", "Buenas tardes, muchas gracias. Hoy estoy acá para decirles que Occidente está en peligro. Está en peligro porque aquellos que supuestamente deben defender los valores de Occidente se encuentran cooptados por una visión del mundo que inexorablemente conduce al socialismo y, en consecuencia, a la pobreza."),
      ("javier-milei", "Cuando adoptamos el modelo de la libertad, allá por 1860, en 35 años nos convertimos en la primera potencia mundial. Mientras que cuando abrazamos el colectivismo, a lo largo de los últimos cien años, vimos cómo nuestros ciudadanos comenzaron a empobrecerse sistemáticamente."),
      ("javier-milei", "El Estado no es la solución. El Estado es el problema mismo."),
      ("javier-milei", "Por eso quiero decirles a todos los empresarios que están aquí y a los que no están aquí: no se dejen amedrentar ni por la casta política ni por los parásitos que viven del Estado. Ustedes son benefactores sociales. Ustedes son héroes."),
      ("javier-milei", "Muchas gracias y ¡viva la libertad, carajo!"),
  ])

D("d9_weforum_20240117",
  url="https://www.weforum.org/agenda/2024/01/special-address-by-javier-milei-president-of-argentina/",
  kind="transcript", lang="en", publisher="world-economic-forum", author="world-economic-forum",
  author_name="World Economic Forum",
  title="Davos 2024: Special Address by Javier Milei, President of Argentina",
  published_at="2024-01-17", tz=ZRH, verbatim=True, passages=[
      ("moderator", "It is my pleasure to welcome to the Congress Centre the President of Argentina, Javier Milei, for his special address to the Annual Meeting."),
      ("javier-milei", "(As interpreted.) Good afternoon, thank you very much. Today I'm here to tell you that the Western world is in danger. And it is in danger because those who are supposed to defend the values of the West have been co-opted by a vision of the world that inexorably leads to socialism, and thereby to poverty."),
      ("javier-milei", "(As interpreted.) When we adopted the model of freedom, back in 1860, in 35 years we became a leading world power. And when we embraced collectivism over the course of the last 100 years, we saw how our citizens started to become systematically impoverished."),
      ("javier-milei", "(As interpreted.) The state is not the solution. The state is the problem itself."),
      ("javier-milei", "(As interpreted.) Do not be intimidated either by the political caste or by the parasites who live off the state. You are social benefactors. You are heroes."),
      ("javier-milei", "(As interpreted.) Thank you very much, and long live freedom, damn it!"),
  ])

X("d9_x_milei_20240117", handle="JMilei", author="javier-milei", author_name="Javier Milei",
  ts="2024-01-18T01:15:00+00:00", lang="es", tz=BUE, passages=[
      "Hoy en Davos le dije al mundo lo que pienso: Occidente está en peligro y el socialismo solo trae pobreza. Los empresarios no son el problema, son héroes. VLLC!",
  ])

MEDIA("d9_infobae_20240117",
      url="https://www.infobae.com/politica/2024/01/17/javier-milei-y-luis-caputo-se-reunieron-con-kristalina-georgieva-en-davos/",
      lang="es", outlet="Infobae", date="2024-01-17", tz=BUE,
      title="Javier Milei y Luis Caputo se reunieron con Kristalina Georgieva en Davos", passages=[
          "El presidente Javier Milei y el ministro de Economía, Luis Caputo, mantuvieron este miércoles en Davos un encuentro con la directora gerente del FMI, Kristalina Georgieva, horas después del discurso del mandatario en el Foro Económico Mundial.",
          "Georgieva publicó luego una foto del encuentro y destacó las \"medidas audaces\" del nuevo gobierno para estabilizar la economía.",
      ])

D("d9_casarosada_20250123",
  url="https://www.casarosada.gob.ar/informacion/discursos/50823-palabras-del-presidente-javier-milei-en-el-foro-economico-mundial-de-davos-2025",
  kind="transcript", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Palabras del presidente Javier Milei en el Foro Económico Mundial de Davos 2025",
  published_at="2025-01-23", tz=BUE, verbatim=True, passages=[
      ("javier-milei", "Buenas tardes a todos. Hace un año vine a Davos a decir que Occidente estaba en peligro. Hoy vengo a contarles cómo nos fue en la Argentina y a dar una batalla cultural que todavía no terminó."),
      ("javier-milei", "Tenemos que terminar con el virus mental de la ideología woke, que es el gran cáncer de nuestro tiempo."),
  ])

# =============================================================================================
# 2022-09-04 (Sunday)   First constitutional plebiscite: "Rechazo" 61,86 % (look-alike)
# 2023-12-17 (Sunday)   Second plebiscite: "En contra" 55,76 %, "A favor" 44,24 % (Servel);
#                       Boric's address from La Moneda ("Durante nuestro mandato se cierra el
#                       proceso constitucional. Las urgencias son otras"); his post at 21:40 in
#                       Santiago (00:40 UTC on the 18th)
# =============================================================================================

D("d9_servel_20220904",
  url="https://www.servel.cl/2022/09/04/resultados-plebiscito-constitucional-2022/",
  kind="press_release", lang="es", publisher="servel", author="servel", author_name="Servicio Electoral de Chile",
  title="Resultados del Plebiscito Constitucional 2022",
  published_at="2022-09-04", tz=SCL, passages=[
      "Con el 99,99 % de las mesas escrutadas, la opción Rechazo obtiene el 61,86 % de los votos válidamente emitidos en el Plebiscito Constitucional de este domingo 4 de septiembre, y la opción Apruebo, el 38,14 %.",
      "Es la primera elección nacional con voto obligatorio e inscripción automática.",
  ])

D("d9_servel_20231217",
  url="https://www.servel.cl/2023/12/17/resultados-plebiscito-constitucional-2023/",
  kind="press_release", lang="es", publisher="servel", author="servel", author_name="Servicio Electoral de Chile",
  title="Servel informa resultados del Plebiscito Constitucional 2023",
  published_at="2023-12-17", tz=SCL, passages=[
      "El Servicio Electoral informa que, con el 99,99 % de las mesas escrutadas, en el Plebiscito Constitucional de este domingo 17 de diciembre la opción En contra obtiene el 55,76 % de los votos válidamente emitidos y la opción A favor, el 44,24 %.",
      "En consecuencia, no se aprueba la propuesta de nueva Constitución elaborada por el Consejo Constitucional.",
  ])

D("d9_prensapresidencia_20231217",
  url="https://prensa.presidencia.cl/discurso.aspx?id=263140",
  kind="transcript", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Prensa Presidencia de Chile",
  title="Presidente Gabriel Boric Font se dirige al país tras los resultados del Plebiscito Constitucional",
  published_at="2023-12-17", tz=SCL, verbatim=True, passages=[
      ("gabriel-boric", "Buenas noches. Les hablo desde el Palacio de La Moneda, al cierre de una jornada en que millones de chilenos y chilenas acudieron a votar con tranquilidad y en paz."),
      ("gabriel-boric", "La ciudadanía ha rechazado por segunda vez una propuesta de nueva Constitución. Los dos procesos no lograron canalizar la esperanza de tener una Constitución escrita por y para todos. La política quedó en deuda con el pueblo de Chile."),
      ("gabriel-boric", "Durante nuestro mandato se cierra el proceso constitucional. Las urgencias son otras: la seguridad, las pensiones, la salud, el crecimiento."),
      ("gabriel-boric", "Convoco a todas las fuerzas políticas a un gran acuerdo para sacar adelante la reforma de pensiones y el pacto fiscal en 2024."),
  ])

X("d9_x_boric_20231217", handle="GabrielBoric", author="gabriel-boric", author_name="Gabriel Boric Font",
  ts="2023-12-18T00:40:00+00:00", lang="es", tz=SCL, passages=[
      "Chile votó en paz y la ciudadanía se expresó con claridad. Durante nuestro gobierno se cierra el proceso constitucional. Ahora, a trabajar por lo urgente: seguridad, pensiones, salud y crecimiento.",
  ])

# =============================================================================================
# 2023-05-29 (Monday)   Lula receives Maduro at the Planalto Palace, Maduro's first visit to
#                       Brazil in eight years; joint press statement ("the narrative that was
#                       constructed against Venezuela"); Lula's post at 21:30 in Brasília (00:30
#                       UTC on the 30th)
# 2023-05-30 (Tuesday)  Meeting of South American presidents at the Itamaraty Palace: eleven
#                       countries, Peru represented by the head of its Council of Ministers,
#                       Alberto Otárola; the Consenso de Brasília (a contact group of foreign
#                       ministers to report within 120 days); Boric: "no es una construcción
#                       narrativa, es una realidad"; Lacalle Pou's surprise at the word (media)
# =============================================================================================

D("d9_planalto_20230529",
  url="https://www.gov.br/planalto/en/latest-news/2023/05/statement-by-president-lula-and-president-nicolas-maduro-to-the-press",
  kind="transcript", lang="en", publisher="brazil-presidency", author="brazil-presidency",
  author_name="Planalto - Presidency of Brazil",
  title="Statement to the press by President Lula and President Nicolás Maduro",
  published_at="2023-05-29", tz=BSB, verbatim=True, passages=[
      ("lula-da-silva", "It is an honour to receive President Nicolás Maduro here at the Planalto Palace, in his first visit to Brazil in eight years. It is the beginning of the return of President Maduro and of Venezuela to the South American family."),
      ("lula-da-silva", "We agreed to resume flights between our countries, to bring trade back to the level it once had, and to settle the debts so that Brazil can again finance projects in Venezuela."),
      ("nicolas-maduro", "(As interpreted.) We have come to Brasília to open a new era in the relations between Venezuela and Brazil. The sanctions imposed on my country are a crime against our people."),
      ("reporter", "President Lula, will Brazil ask Venezuela to hold early elections?"),
      ("lula-da-silva", "No. It is not for Brazil to tell Venezuela when to hold its elections. Venezuela is a sovereign country."),
      ("lula-da-silva", "You know, comrade, the narrative that was constructed against Venezuela, of anti-democracy and authoritarianism. It is up to you to build your own narrative, so that people can change their minds."),
  ])

X("d9_x_lula_20230529", handle="LulaOficial", author="lula-da-silva", author_name="Lula",
  ts="2023-05-30T00:30:00+00:00", lang="en", tz=BSB, passages=[
      "Today I received President Nicolás Maduro at the Planalto Palace. After eight years, Venezuela's president returns to Brazil. We talked about trade, flights and South American integration.",
  ])

D("d9_planalto_20230530",
  url="https://www.gov.br/planalto/en/latest-news/2023/05/south-american-presidents-sign-the-brasilia-consensus",
  kind="press_release", lang="en", publisher="brazil-presidency", author="brazil-presidency",
  author_name="Planalto - Presidency of Brazil",
  title="South American presidents sign the Brasília Consensus",
  published_at="2023-05-30", tz=BSB, passages=[
      "At the invitation of President Lula, the leaders of the twelve South American countries met this Tuesday (30) at the Itamaraty Palace, in Brasília. Eleven heads of state attended; Peru was represented by the President of its Council of Ministers, Alberto Otárola.",
      "The leaders signed the Brasília Consensus, in which they agreed to set up a contact group, led by the foreign ministers, to present within 120 days a road map for South American integration.",
      "It was the first meeting of South American presidents since 2014.",
  ])

D("d9_prensapresidencia_20230530",
  url="https://prensa.presidencia.cl/comunicado.aspx?id=232118",
  kind="press_release", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Prensa Presidencia de Chile",
  title="Presidente Boric participa en reunión de presidentes de América del Sur en Brasilia",
  published_at="2023-05-30", tz=BSB, passages=[
      "El Presidente de la República, Gabriel Boric Font, participó este martes en el encuentro de presidentes de América del Sur convocado por el Presidente Luiz Inácio Lula da Silva en el Palacio de Itamaraty, en Brasilia.",
      "En declaraciones a la prensa, el Mandatario manifestó su discrepancia con lo señalado el día anterior por el Presidente Lula: \"La situación de derechos humanos en Venezuela no es una construcción narrativa, es una realidad, es seria, y he tenido la oportunidad de verla\".",
      "El Jefe de Estado valoró la iniciativa de Brasil y señaló que Chile está disponible para trabajar en una agenda de integración sudamericana.",
  ])

MEDIA("d9_elpais_20230530",
      url="https://elpais.com/america/2023-05-30/lacalle-pou-y-boric-critican-a-lula-por-la-narrativa-sobre-venezuela.html",
      lang="es", outlet="El País", date="2023-05-30", tz=BSB,
      title="Lacalle Pou y Boric marcan distancia con Lula por la \"narrativa\" sobre Venezuela", passages=[
          "El presidente de Uruguay, Luis Lacalle Pou, dijo este martes en Brasilia que le sorprendió que se hablara de \"narrativa\" sobre lo que ocurre en Venezuela, y pidió no tapar el sol con un dedo.",
          "La cumbre, la primera en casi una década, reunió a once jefes de Estado sudamericanos en el Palacio de Itamaraty.",
      ])

# =============================================================================================
# 2024-05-19 (Sunday)   Dominican general election: Abinader re-elected in the first round (JCE:
#                       57,44 %; Leonel Fernández 28,85 %; Abel Martínez 10,39 %); his speech in
#                       Santo Domingo (no further candidacy, a constitutional reform to lock the
#                       limit of two terms); his post at 23:30 (03:30 UTC on the 20th)
# =============================================================================================

D("d9_jce_20240520",
  url="https://jce.gob.do/Noticias/boletin-elecciones-presidenciales-y-congresuales-2024-resultados",
  kind="press_release", lang="es", publisher="junta-central-electoral", author="junta-central-electoral",
  author_name="Junta Central Electoral",
  title="JCE presenta resultados de las Elecciones Presidenciales y Congresuales 2024",
  published_at="2024-05-20", tz=SDQ, passages=[
      "La Junta Central Electoral informa que, con el 99,8 % de los colegios electorales computados de las elecciones celebradas el domingo 19 de mayo, el candidato del Partido Revolucionario Moderno, Luis Abinader, obtiene el 57,44 % de los votos válidos.",
      "Le siguen Leonel Fernández, de la Fuerza del Pueblo, con el 28,85 %, y Abel Martínez, del Partido de la Liberación Dominicana, con el 10,39 %.",
  ])

D("d9_presidencia_rd_20240519",
  url="https://presidencia.gob.do/noticias/discurso-del-presidente-luis-abinader-tras-los-resultados-de-las-elecciones-2024",
  kind="transcript", lang="es", publisher="presidencia-republica-dominicana", author="presidencia-republica-dominicana",
  author_name="Presidencia de la República Dominicana",
  title="Discurso del presidente Luis Abinader tras los resultados de las elecciones del 19 de mayo",
  published_at="2024-05-19", tz=SDQ, verbatim=True, passages=[
      ("luis-abinader", "Buenas noches, República Dominicana. Hoy el pueblo dominicano ha hablado en las urnas, en paz y con libertad, y nos ha dado un segundo mandato."),
      ("luis-abinader", "Les reitero lo que he dicho siempre: este será mi último período. No volveré a ser candidato a la presidencia de la República."),
      ("luis-abinader", "Vamos a proponer una reforma constitucional para que ningún presidente, tampoco yo, pueda cambiar la Constitución para quedarse en el poder."),
      ("luis-abinader", "Agradezco a Leonel Fernández y a Abel Martínez, que me llamaron para felicitarme. Gobernaré para todos los dominicanos, votaran por quien votaran."),
  ])

X("d9_x_abinader_20240519", handle="luisabinader", author="luis-abinader", author_name="Luis Abinader",
  ts="2024-05-20T03:30:00+00:00", lang="es", tz=SDQ, passages=[
      "Gracias, República Dominicana. Hoy el pueblo decidió que sigamos cambiando el país. Gobernaré para todos, y lo haré por última vez.",
  ])

MEDIA("d9_ap_20240520",
      url="https://apnews.com/article/dominican-republic-election-abinader-results-2024-05-20",
      lang="en", outlet="Associated Press", date="2024-05-20", tz=SDQ,
      title="Dominican President Luis Abinader wins second term in a landslide", passages=[
          "SANTO DOMINGO, Dominican Republic (AP) — Dominican President Luis Abinader easily won a second term on Sunday, riding on his tough stance on migration from neighboring Haiti.",
          "Abinader's party also won a majority in Congress, which would allow him to pursue the constitutional changes he has promised.",
      ])
