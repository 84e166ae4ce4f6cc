"""Source documents for the seventh development set (dev7.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev6
uses, so that dev7 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (Honduran, Chinese, Taiwanese, Argentine, Colombian, Israeli, Spanish, Peruvian, Mexican,
Brazilian and Salvadoran government releases and comunicados, versiones estenográficas and speech
transcripts with speaker turns, a White House press briefing, a Casa Real note, X posts, media
articles). Nothing here is a verbatim copy of a real document. It shares only the way documents
are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.MEDIA

TGU = "America/Tegucigalpa"
PEK = "Asia/Shanghai"
TPE = "Asia/Taipei"
BUE = "America/Argentina/Buenos_Aires"
KYIV = "Europe/Kyiv"
BOG = "America/Bogota"
JER = "Asia/Jerusalem"
MAD = "Europe/Madrid"
LIM = "America/Lima"
BSB = "America/Sao_Paulo"
SAL = "America/El_Salvador"


# =============================================================================================
# 2023-03-14 (Tuesday)   Xiomara Castro on X: she has instructed Foreign Minister Reina to seek
#                        official relations with the People's Republic of China (20:05 in
#                        Tegucigalpa, 02:05 UTC on the 15th)
# 2023-03-25 (Saturday)  Honduras's foreign ministry: one China; Taiwan told of the break
# 2023-03-26 (Sunday)    Taiwan ends relations (Wu's press conference in Taipei; 13 allies left);
#                        Qin Gang and Reina sign the joint communiqué in Beijing
# 2023-06-12 (Monday)    (not in this set: Xi receives Castro in Beijing)
# =============================================================================================

X("d7_x_castro_20230314", handle="XiomaraCastroZ", author="xiomara-castro", author_name="Xiomara Castro de Zelaya",
  ts="2023-03-15T02:05:00+00:00", lang="es", tz=TGU, passages=[
      "He dado instrucciones al canciller Eduardo Enrique Reina para que gestione la apertura de relaciones oficiales con la República Popular China, en cumplimiento del Plan de Gobierno y con el propósito de ampliar nuestras fronteras, con libertad, junto a las naciones del mundo.",
  ])

D("d7_sre_hn_20230325",
  url="https://sre.gob.hn/comunicado-oficial-de-la-republica-de-honduras-25-de-marzo-de-2023/",
  kind="press_release", lang="es", publisher="cancilleria-honduras", author="cancilleria-honduras",
  author_name="Secretaría de Relaciones Exteriores y Cooperación Internacional",
  title="Comunicado oficial del Gobierno de la República de Honduras",
  published_at="2023-03-25", tz=TGU, passages=[
      "El Gobierno de la República de Honduras reconoce que en el mundo existe una sola China y que el Gobierno de la República Popular China es el único gobierno legítimo que representa a toda China. Taiwán es parte inseparable del territorio chino.",
      "A partir de esta fecha, el Gobierno de la República de Honduras ha comunicado a Taiwán la ruptura de las relaciones diplomáticas y se compromete a no mantener ninguna relación ni contacto oficial con Taiwán.",
      "Tegucigalpa, M.D.C., 25 de marzo de 2023.",
  ])

D("d7_mfa_cn_20230326",
  url="https://www.mfa.gov.cn/eng/zxxx_662805/202303/t20230326_11049263.html",
  kind="press_release", lang="en", publisher="china-mfa", author="china-mfa",
  author_name="Ministry of Foreign Affairs of the People's Republic of China",
  title="Qin Gang Holds Talks with Honduran Foreign Minister Eduardo Enrique Reina and the Two Sides Sign a Joint Communiqué on the Establishment of Diplomatic Relations",
  published_at="2023-03-26", tz=PEK, passages=[
      "On March 26, 2023, State Councilor and Foreign Minister Qin Gang held talks with Honduran Foreign Minister Eduardo Enrique Reina in Beijing. After the talks, the two foreign ministers signed, on behalf of their governments, the Joint Communiqué between the People's Republic of China and the Republic of Honduras on the Establishment of Diplomatic Relations.",
      "Under the Joint Communiqué, the two governments decided to recognize each other and to establish diplomatic relations at ambassadorial level, effective from the date of signature.",
      "The Government of the Republic of Honduras recognizes that there is but one China in the world, that the Government of the People's Republic of China is the sole legal government representing the whole of China, and that Taiwan is an inalienable part of China's territory. The Government of the Republic of Honduras severs \"diplomatic relations\" with Taiwan as of today and undertakes not to have any official relations or official exchanges with Taiwan.",
      "Qin Gang said that the decision of the Honduran government is a correct choice that conforms to the trend of the times, and that China welcomes Honduras to the big family of countries that adhere to the one-China principle.",
  ])

D("d7_mofa_tw_20230326",
  url="https://en.mofa.gov.tw/News_Content.aspx?n=1328&sms=273&s=100877",
  kind="press_release", lang="en", publisher="taiwan-mofa", author="taiwan-mofa",
  author_name="Ministry of Foreign Affairs, Republic of China (Taiwan)",
  title="ROC (Taiwan) government terminates diplomatic relations with Honduras to safeguard national sovereignty and dignity",
  published_at="2023-03-26", tz=TPE, passages=[
      "The government of the Republic of China (Taiwan) has decided to terminate diplomatic relations with the Republic of Honduras with immediate effect, in order to safeguard national sovereignty and dignity. The Ministry of Foreign Affairs will close its embassy in Tegucigalpa and recall its personnel.",
      "At a press conference this morning, Minister of Foreign Affairs Jaushieh Joseph Wu said that the government of President Xiomara Castro had repeatedly demanded a high price in aid, and that Taiwan will not engage in a meaningless contest of dollar diplomacy with China.",
      "Following the termination of relations with Honduras, the Republic of China (Taiwan) maintains diplomatic relations with 13 countries.",
  ])

# =============================================================================================
# 2023-12-10 (Sunday)  Javier Milei sworn in before the Legislative Assembly in the Palace of the
#                      Congress; his first speech from the steps of Congress, facing the Plaza del
#                      Congreso ("no hay alternativa al ajuste"); ministers sworn in at the Casa
#                      Rosada in the afternoon; Zelensky attends and meets Milei; Granholm leads
#                      the US delegation; Orbán and Zelensky filmed talking (media)
# =============================================================================================

D("d7_casarosada_discurso_20231210",
  url="https://www.casarosada.gob.ar/informacion/discursos/50224-palabras-del-presidente-de-la-nacion-javier-milei-tras-asumir-la-presidencia-frente-al-congreso-de-la-nacion",
  kind="transcript", lang="es", publisher="argentina-presidency", author="javier-milei", author_name="Casa Rosada - Presidencia de la Nación",
  title="Palabras del presidente de la Nación, Javier Milei, tras asumir la Presidencia, frente al Congreso de la Nación",
  published_at="2023-12-10", tz=BUE, verbatim=True, passages=[
      ("javier-milei", "Hoy comienza una nueva era en Argentina. Hoy damos por terminada una larga y triste historia de decadencia y de declive, y comenzamos el camino de la reconstrucción de nuestro país."),
      ("javier-milei", "Ningún gobierno ha recibido una herencia peor que la que estamos recibiendo nosotros."),
      ("javier-milei", "Si no hacemos nada, nos encaminamos a una hiperinflación que podría llevar la inflación hasta el 15.000% anual. Ese es el legado que nos dejan."),
      ("javier-milei", "Por eso, no hay alternativa al ajuste y no hay alternativa al shock. Vamos a realizar un ajuste fiscal en el sector público nacional de cinco puntos del PBI, que, a diferencia del pasado, recaerá casi totalmente sobre el Estado y no sobre el sector privado."),
      ("javier-milei", "Sabemos que en el corto plazo la situación empeorará, pero luego veremos los frutos de nuestro esfuerzo. Hay luz al final del camino."),
      ("javier-milei", "Dios bendiga a los argentinos. ¡Viva la libertad, carajo!"),
  ])

D("d7_casarosada_asuncion_20231210",
  url="https://www.casarosada.gob.ar/slider-principal/50225-javier-milei-juro-como-presidente-de-la-nacion",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency", author_name="Casa Rosada - Presidencia de la Nación",
  title="Javier Milei juró como presidente de la Nación ante la Asamblea Legislativa",
  published_at="2023-12-10", tz=BUE, passages=[
      "Javier Milei juró este domingo como presidente de la Nación ante la Asamblea Legislativa, reunida en el Palacio del Congreso de la Nación, y recibió de manos de su antecesor, Alberto Fernández, la banda y el bastón presidenciales. Junto a él juró la vicepresidenta Victoria Villarruel.",
      "A continuación, y en un hecho sin precedentes, el Presidente dirigió su primer mensaje desde las escalinatas del Congreso, de espaldas al recinto, ante una multitud reunida en la Plaza del Congreso.",
      "Asistieron a la ceremonia, entre otros, el presidente de Ucrania, Volodímir Zelenski; el rey de España, Felipe VI; el primer ministro de Hungría, Viktor Orbán; los presidentes de Chile, Gabriel Boric; de Uruguay, Luis Lacalle Pou, y de Paraguay, Santiago Peña, y el expresidente de Brasil Jair Bolsonaro.",
      "Por la tarde, en la Casa Rosada, el Presidente tomó juramento a los ministros de su gabinete.",
  ])

X("d7_x_zelensky_20231210", handle="ZelenskyyUa", author="volodymyr-zelensky", author_name="Volodymyr Zelenskyy",
  ts="2023-12-10T19:05:00+00:00", lang="en", tz=KYIV, passages=[
      "In Buenos Aires, I attended the inauguration of President Javier Milei, and we held our first meeting. I congratulated him and wished Argentina success on its path.",
      "We discussed Ukraine's Peace Formula and the idea of holding a Ukraine–Latin America summit. I am grateful to Argentina for supporting our sovereignty and territorial integrity.",
  ])

X("d7_x_granholm_20231210", handle="SecGranholm", author="jennifer-granholm", author_name="Secretary Jennifer Granholm",
  ts="2023-12-10T16:20:00+00:00", lang="en", tz=NY, passages=[
      "Honored to lead the U.S. Presidential Delegation to Buenos Aires for the inauguration of President @JMilei. The United States looks forward to working with Argentina on clean energy, critical minerals and our shared prosperity.",
  ])

MEDIA("d7_ap_20231210",
      url="https://apnews.com/article/argentina-milei-inauguration-zelenskyy-orban-latin-america-5b8e2d41",
      lang="en", outlet="Associated Press", date="2023-12-10", tz=BUE,
      title="Milei takes office in Argentina, warning of shock therapy; Zelenskyy and Orbán among guests", passages=[
          "BUENOS AIRES, Argentina (AP) — Javier Milei was sworn in as Argentina's president on Sunday and warned a crowd outside Congress that there was no alternative to painful spending cuts.",
          "Among the foreign guests were Ukrainian President Volodymyr Zelenskyy, on his first trip to Latin America, and Hungarian Prime Minister Viktor Orbán, who were filmed in an animated conversation inside Congress days before a European Union summit on Ukraine's membership bid.",
      ])

# =============================================================================================
# 2023-10-15 (Sunday)     Israel halts security exports to Colombia and summons Colombia's
#                         ambassador; Petro on X: "Si hay que suspender relaciones exteriores con
#                         Israel, las suspendemos" (11:40 in Bogotá)
# 2024-05-01 (Wednesday)  Petro at the May Day march in the Plaza de Bolívar, Bogotá: relations with
#                         Israel broken "mañana"; Katz replies on X (14:30 in Bogotá, 22:30 in
#                         Jerusalem)
# 2024-05-02 (Thursday)   Colombia's foreign ministry formalises the break
# 2024-06-08 (Saturday)   Petro orders coal exports to Israel suspended (media)
# =============================================================================================

X("d7_x_petro_20231015", handle="petrogustavo", author="gustavo-petro", author_name="Gustavo Petro",
  ts="2023-10-15T16:40:00+00:00", lang="es", tz=BOG, passages=[
      "Si hay que suspender relaciones exteriores con Israel, las suspendemos. No apoyamos genocidios. Al presidente de Colombia no se le insulta.",
  ])

D("d7_israel_mfa_20231015",
  url="https://www.gov.il/en/departments/news/israel-halts-security-exports-to-colombia-15-oct-2023",
  kind="press_release", lang="en", publisher="israel-mfa", author="israel-mfa", author_name="Israel Ministry of Foreign Affairs",
  title="Israel halts security exports to Colombia and summons the Colombian ambassador",
  published_at="2023-10-15", tz=JER, passages=[
      "Following the hostile and antisemitic statements made by Colombian President Gustavo Petro since the Hamas terrorist attack of 7 October, the Ministry of Foreign Affairs today summoned the Ambassador of Colombia to Israel, Margarita Manjarrez, for a reprimand.",
      "It was conveyed to the Ambassador that Israel has decided to halt security exports to Colombia.",
  ])

D("d7_presidencia_co_20240501",
  url="https://petro.presidencia.gov.co/prensa/Paginas/Intervencion-del-Presidente-Gustavo-Petro-en-la-movilizacion-del-Dia-Internacional-del-Trabajo-240501.aspx",
  kind="transcript", lang="es", publisher="colombia-presidency", author="gustavo-petro", author_name="Presidencia de la República de Colombia",
  title="Intervención del presidente Gustavo Petro en la movilización del Día Internacional del Trabajo, plaza de Bolívar, Bogotá, 1 de mayo de 2024",
  published_at="2024-05-01", tz=BOG, verbatim=True, passages=[
      ("gustavo-petro", "Hoy, primero de mayo, los trabajadores y las trabajadoras de Colombia han llenado esta plaza de Bolívar para defender las reformas sociales."),
      ("gustavo-petro", "Aquí, delante de ustedes, el gobierno del cambio, el presidente de la República, anuncia que mañana se rompen las relaciones diplomáticas con el Estado de Israel, por tener un gobierno, por tener un presidente genocida."),
      ("gustavo-petro", "Los tiempos del genocidio, del exterminio de todo un pueblo delante de nuestros ojos, no pueden encontrarnos pasivos. Si muere Palestina, muere la humanidad, y no la vamos a dejar morir."),
  ])

X("d7_x_katz_20240501", handle="Israel_katz", author="israel-katz", author_name="Israel Katz",
  ts="2024-05-01T19:30:00+00:00", lang="en", tz=JER, passages=[
      "Colombia's President Gustavo Petro promised to reward the murderers and rapists of Hamas, and today he kept that promise. History will remember that Petro chose to stand with the most despicable monsters known to mankind, who burned babies, murdered children, raped women and kidnapped innocent civilians.",
      "Israel and Colombia have always had warm relations, and no antisemitic, hate-filled president is going to change that. Israel will continue to defend its citizens.",
  ])

D("d7_cancilleria_co_20240502",
  url="https://www.cancilleria.gov.co/newsroom/publiques/colombia-formaliza-ruptura-relaciones-diplomaticas-estado-israel",
  kind="press_release", lang="es", publisher="cancilleria-colombia", author="cancilleria-colombia", author_name="Ministerio de Relaciones Exteriores de Colombia",
  title="Colombia formaliza la ruptura de relaciones diplomáticas con el Estado de Israel",
  published_at="2024-05-02", tz=BOG, passages=[
      "En cumplimiento de la decisión anunciada ayer por el presidente de la República, Gustavo Petro, el Ministerio de Relaciones Exteriores comunicó hoy, mediante nota verbal entregada a la Embajada del Estado de Israel en Bogotá, la ruptura de las relaciones diplomáticas entre la República de Colombia y el Estado de Israel.",
      "Colombia reitera su llamado a un cese al fuego inmediato en Gaza, al ingreso sin obstáculos de la ayuda humanitaria y al pleno respeto del derecho internacional humanitario.",
  ])

MEDIA("d7_reuters_20240608",
      url="https://www.reuters.com/world/americas/colombias-petro-orders-suspension-coal-exports-israel-2024-06-08/",
      lang="en", outlet="Reuters", date="2024-06-08", tz=BOG,
      title="Colombia's Petro orders suspension of coal exports to Israel", passages=[
          "BOGOTA, June 8 (Reuters) - Colombian President Gustavo Petro said on Saturday he had ordered the suspension of coal exports to Israel \"until the genocide stops\", a month after his government broke off diplomatic relations with the country.",
          "Colombia is one of Israel's main suppliers of coal, according to trade data.",
      ])

# =============================================================================================
# 2022-03-18 (Friday)    Spain's new position on Western Sahara (Sánchez's letter to Mohammed VI,
#                        made public by Rabat; La Moncloa's statement)
# 2022-03-19 (Saturday)  (not in this set: Algeria recalls its ambassador)
# 2022-04-07 (Thursday)  Sánchez received by Mohammed VI at the Royal Palace in Rabat, iftar; a
#                        joint declaration of sixteen points
# 2022-05-17 (Tuesday)   The land borders of Ceuta and Melilla reopen at midnight
# =============================================================================================

D("d7_moncloa_20220318",
  url="https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2022/180322-relacion-marruecos.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency", author_name="La Moncloa",
  title="España y Marruecos inician una nueva etapa en su relación",
  published_at="2022-03-18", tz=MAD, passages=[
      "El presidente del Gobierno, Pedro Sánchez, ha trasladado al rey Mohamed VI, mediante una carta, que España considera la propuesta marroquí de autonomía presentada en 2007 como la base más seria, realista y creíble para la resolución del diferendo sobre el Sáhara Occidental.",
      "El Gobierno de España reconoce la importancia que tiene la cuestión del Sáhara Occidental para Marruecos, así como los esfuerzos serios y creíbles de Marruecos en el marco de las Naciones Unidas para encontrar una solución mutuamente aceptable.",
      "Ambos países inician así una nueva etapa en su relación, basada en la transparencia, la comunicación permanente, el respeto mutuo y el cumplimiento de los acuerdos firmados por las dos partes.",
  ])

D("d7_moncloa_20220407",
  url="https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2022/070422-sanchez-rabat.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency", author_name="La Moncloa",
  title="Pedro Sánchez y el rey Mohamed VI acuerdan la hoja de ruta de la nueva etapa entre España y Marruecos",
  published_at="2022-04-07", tz=MAD, passages=[
      "Rabat (Marruecos), jueves 7 de abril de 2022. El presidente del Gobierno, Pedro Sánchez, ha sido recibido esta tarde en el Palacio Real de Rabat por el rey Mohamed VI, que después le ha ofrecido un iftar, la cena con la que se rompe el ayuno durante el Ramadán.",
      "Ambos han adoptado una declaración conjunta que recoge una hoja de ruta de dieciséis puntos para la nueva etapa de la relación bilateral.",
      "La declaración prevé el restablecimiento completo y ordenado de la circulación de personas y mercancías, con los dispositivos apropiados de control aduanero y de personas en los pasos terrestres y marítimos, así como la reanudación inmediata de las conexiones marítimas de pasajeros entre los dos países.",
      "Se activará además el grupo de trabajo sobre la delimitación de los espacios marítimos en la fachada atlántica y se iniciarán los preparativos de la Operación Paso del Estrecho.",
      "Sánchez ha subrayado que España y Marruecos inician una relación basada en la confianza, la transparencia y el respeto mutuo, con la que ganan los dos países.",
  ])

D("d7_interior_20220517",
  url="https://www.interior.gob.es/opencms/es/detalle/articulo/Reabren-las-fronteras-terrestres-de-Ceuta-y-Melilla-con-Marruecos/",
  kind="press_release", lang="es", publisher="interior-espana", author="interior-espana", author_name="Ministerio del Interior",
  title="Reabren las fronteras terrestres de Ceuta y Melilla con Marruecos",
  published_at="2022-05-17", tz=MAD, passages=[
      "Los pasos fronterizos terrestres de Ceuta y Melilla con Marruecos se han reabierto a las 00:00 horas de este martes, tras más de dos años cerrados, en cumplimiento de la hoja de ruta acordada por los dos países.",
      "En esta primera fase pueden cruzar los ciudadanos de la Unión Europea y de los países del espacio Schengen, así como quienes dispongan de un visado Schengen. A partir del 31 de mayo podrán hacerlo también los trabajadores transfronterizos con autorización de trabajo.",
  ])

# =============================================================================================
# 2022-12-07 (Wednesday)  (not in this set's documents: Castillo removed and arrested; Boluarte
#                         sworn in)
# 2022-12-20 (Tuesday)    Peru declares Mexico's ambassador Pablo Monroy persona non grata (72
#                         hours) and will grant safe conduct to Castillo's wife and children;
#                         Ebrard on X that Mexico has granted them asylum (20:10 in Mexico City,
#                         02:10 UTC on the 21st)
# 2022-12-21 (Wednesday)  López Obrador's morning press conference: asylum for humanitarian
#                         reasons; "No" to breaking relations
# 2023-02-24 (Friday)     (not in this set: Peru's definitive withdrawal of its ambassador)
# =============================================================================================

D("d7_rree_pe_20221220",
  url="https://www.gob.pe/institucion/rree/noticias/681943-comunicado-oficial-rree-023-22",
  kind="press_release", lang="es", publisher="cancilleria-peru", author="cancilleria-peru", author_name="Ministerio de Relaciones Exteriores del Perú",
  title="Comunicado Oficial RREE-023-22",
  published_at="2022-12-20", tz=LIM, passages=[
      "El Ministerio de Relaciones Exteriores comunica que el Gobierno del Perú ha declarado persona non grata al embajador de los Estados Unidos Mexicanos, señor Pablo Monroy Conesa, en razón de las reiteradas expresiones de las más altas autoridades de ese país sobre la situación política en el Perú, que constituyen una injerencia en los asuntos internos del Estado peruano.",
      "Se ha otorgado al embajador Monroy un plazo de 72 horas para abandonar el territorio nacional.",
      "Asimismo, el Gobierno del Perú ha decidido otorgar el salvoconducto a la señora Lilia Paredes Navarro, esposa del expresidente Pedro Castillo Terrones, y a sus hijos, a quienes el Gobierno de México ha concedido asilo, a fin de que puedan abandonar el país.",
  ])

X("d7_x_ebrard_20221220", handle="m_ebrard", author="marcelo-ebrard", author_name="Marcelo Ebrard C.",
  ts="2022-12-21T02:10:00+00:00", lang="es", tz=MX, passages=[
      "México ha concedido asilo a la señora Lilia Paredes, esposa del presidente Pedro Castillo, y a sus hijos, quienes se encuentran en nuestra embajada en Lima. Agradezco que el Gobierno del Perú haya informado que otorgará el salvoconducto. He pedido a nuestro embajador Pablo Monroy que regrese a México, por su seguridad.",
  ])

D("d7_presidencia_mx_20221221",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-conferencia-de-prensa-del-presidente-andres-manuel-lopez-obrador-del-21-de-diciembre-de-2022",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador", author_name="Presidencia de la República",
  title="Versión estenográfica. Conferencia de prensa del presidente Andrés Manuel López Obrador del 21 de diciembre de 2022",
  published_at="2022-12-21", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Ya se le dio el asilo a la familia del presidente Pedro Castillo, a la señora Lilia Paredes y a sus hijos, y el gobierno del Perú entregó el salvoconducto, así que van a venir a México. Se les otorgó el asilo por razones humanitarias; es una tradición de la política exterior de nuestro país."),
      ("reporter", "Presidente, ¿México va a romper relaciones con el Perú?"),
      ("andres-manuel-lopez-obrador", "No. No vamos a romper relaciones, tenemos una relación muy fraterna con el pueblo del Perú. Lo que no aceptamos es que se haya destituido a un presidente electo por el pueblo."),
      ("reporter", "¿Y qué va a pasar con el embajador Monroy?"),
      ("andres-manuel-lopez-obrador", "Regresa a México, ya se le dio la instrucción. Está cumpliendo con su trabajo y no tiene nada de qué preocuparse."),
  ])

# =============================================================================================
# 2023-04-16 (Sunday)   Lula in Abu Dhabi: "the decision to go to war was taken by two countries"
#                       (media)
# 2023-04-17 (Monday)   Kirby at the White House briefing: Brazil "parroting Russian and Chinese
#                       propaganda"; Lavrov in Brasília
# 2023-04-18 (Tuesday)  Lula receives Romania's Iohannis at the Planalto: his government condemns
#                       the violation of Ukraine's territorial integrity
# =============================================================================================

MEDIA("d7_efe_20230416",
      url="https://efe.com/mundo/2023-04-16/lula-decision-guerra-dos-paises-abu-dabi/",
      lang="es", outlet="EFE", date="2023-04-16", tz=BSB,
      title="Lula dice en Abu Dabi que \"la decisión de la guerra fue tomada por dos países\"", passages=[
          "El presidente de Brasil, Luiz Inácio Lula da Silva, afirmó este domingo en Abu Dabi, última etapa de su gira por China y Emiratos Árabes Unidos, que \"la decisión de la guerra fue tomada por dos países\", en referencia a Rusia y Ucrania.",
          "Lula insistió en que Brasil quiere formar un grupo de países que ayude a negociar la paz y reiteró que Estados Unidos y Europa deben dejar de contribuir a la continuidad del conflicto.",
      ])

D("d7_wh_briefing_20230417",
  url="https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2023/04/17/press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-kirby-april-17-2023/",
  kind="transcript", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby, April 17, 2023",
  published_at="2023-04-17", tz=NY, verbatim=True, passages=[
      ("karine-jean-pierre", "Good afternoon, everyone. As you can see, we have Admiral John Kirby here with us today to talk about Ukraine and to take some of your questions."),
      ("reporter", "John, President Lula said over the weekend that the United States should stop encouraging the war, and that the decision to go to war was taken by two countries. What's your reaction?"),
      ("john-kirby", "In this case, Brazil is parroting Russian and Chinese propaganda without at all looking at the facts. The suggestion that the United States and Europe are somehow not interested in peace, or that we share responsibility for the war, is simply misguided."),
      ("john-kirby", "Russia started this war. Russia could end it today, if Mr. Putin pulled his troops out of Ukraine."),
      ("reporter", "Is Brazil now siding with Russia?"),
      ("john-kirby", "I'll let President Lula speak to his country's positions. Brazil is an important partner in the hemisphere, and we will keep talking to them."),
      ("reporter", "Foreign Minister Lavrov is in Brasília today. Does that concern you?"),
      ("john-kirby", "Brazil is a sovereign nation; it can host whomever it wants. What concerns us is the substance of what is being said about this war."),
  ])

D("d7_planalto_20230418",
  url="https://www.gov.br/planalto/en/latest-news/2023/04/president-lula-receives-the-president-of-romania-klaus-iohannis",
  kind="press_release", lang="en", publisher="brazil-presidency", author="lula-da-silva", author_name="Planalto - Presidency of the Republic of Brazil",
  title="President Lula receives the President of Romania, Klaus Iohannis",
  published_at="2023-04-18", tz=BSB, passages=[
      "President Luiz Inácio Lula da Silva received the President of Romania, Klaus Iohannis, this Tuesday, 18 April, at the Planalto Palace in Brasília, for talks on trade, investment and the war in Ukraine.",
      "In his statement to the press after the meeting, President Lula said: \"While my government condemns the violation of Ukraine's territorial integrity, we defend a negotiated political solution to the conflict.\"",
      "The President reiterated that Brazil is ready to join other countries in a group that can help bring Russia and Ukraine to the negotiating table.",
  ])

# =============================================================================================
# 2023-06-09 (Friday)    Petro and the ELN's commander Antonio García sign the bilateral, national
#                        and temporary ceasefire in Havana, closing the third round of talks, with
#                        Díaz-Canel present (180 days from 3 August; preparation from 6 July);
#                        Petro on X (22:15 in Bogotá, 03:15 UTC on the 10th)
# 2023-08-03 (Thursday)  (not in this set: the ceasefire takes full effect)
# =============================================================================================

D("d7_presidencia_co_20230609",
  url="https://petro.presidencia.gov.co/prensa/Paginas/Gobierno-y-ELN-firman-en-La-Habana-el-acuerdo-de-cese-al-fuego-bilateral-nacional-y-temporal-230609.aspx",
  kind="press_release", lang="es", publisher="colombia-presidency", author="colombia-presidency", author_name="Presidencia de la República de Colombia",
  title="Gobierno y ELN firman en La Habana el acuerdo de cese al fuego bilateral, nacional y temporal",
  published_at="2023-06-09", tz=BOG, passages=[
      "El presidente Gustavo Petro y el comandante del Ejército de Liberación Nacional (ELN), Antonio García, firmaron este viernes en La Habana el acuerdo de cese al fuego bilateral, nacional y temporal, en el acto de cierre del tercer ciclo de la Mesa de Diálogos de Paz, al que asistió el presidente de Cuba, Miguel Díaz-Canel.",
      "El cese al fuego entrará plenamente en vigor el 3 de agosto y tendrá una duración de 180 días. A partir del 6 de julio se iniciará una fase de alistamiento, durante la cual las partes suspenderán las operaciones ofensivas.",
      "En el acto intervinieron el jefe de la delegación del Gobierno, Otty Patiño, y el jefe de la delegación del ELN, Pablo Beltrán, en presencia de los representantes de los países garantes.",
  ])

X("d7_x_petro_20230609", handle="petrogustavo", author="gustavo-petro", author_name="Gustavo Petro",
  ts="2023-06-10T03:15:00+00:00", lang="es", tz=BOG, passages=[
      "Hemos firmado en La Habana el cese al fuego bilateral con el ELN. Serán 180 días en los que la sociedad colombiana debe ser la protagonista de la construcción de la paz.",
  ])

# =============================================================================================
# 2024-06-01 (Saturday)  Nayib Bukele sworn in for a second term before the Legislative Assembly
#                        at the Palacio Nacional, San Salvador; his speech from the balcony to the
#                        Plaza Gerardo Barrios ("medicina amarga"); King Felipe VI attends
# =============================================================================================

D("d7_presidencia_sv_20240601",
  url="https://www.presidencia.gob.sv/discurso-del-presidente-nayib-bukele-en-la-toma-de-posesion-del-periodo-2024-2029/",
  kind="transcript", lang="es", publisher="el-salvador-government", author="nayib-bukele", author_name="Presidencia de la República de El Salvador",
  title="Discurso del presidente Nayib Bukele en la toma de posesión del período presidencial 2024-2029, Palacio Nacional, San Salvador",
  published_at="2024-06-01", tz=SAL, verbatim=True, passages=[
      ("nayib-bukele", "Hace cinco años, El Salvador era la capital mundial de los homicidios. Hoy, cinco años después, somos el país más seguro del hemisferio occidental."),
      ("nayib-bukele", "Ahora vamos a concentrarnos en la economía. Somos como un paciente que ya se curó del cáncer y ahora debe atender lo demás; y para curar la economía quizás tengamos que tomar alguna medicina amarga."),
      ("nayib-bukele", "Les voy a pedir que hagamos un juramento. ¿Juran defender incondicionalmente nuestro proyecto de nación y no escuchar nunca a los enemigos del pueblo?"),
      ("participant", "¡Sí, juramos!"),
      ("nayib-bukele", "Ustedes hicieron el milagro en seguridad. Ahora vamos a hacer el milagro en la economía. Que Dios bendiga a El Salvador."),
  ])

D("d7_casareal_20240601",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=16231",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household", author_name="Casa de Su Majestad el Rey",
  title="Su Majestad el Rey asiste a la toma de posesión del presidente de la República de El Salvador",
  published_at="2024-06-01", tz=MAD, passages=[
      "Su Majestad el Rey asistió este sábado a la ceremonia de toma de posesión de Nayib Bukele como presidente de la República de El Salvador para un segundo mandato, el periodo 2024-2029, celebrada en el Palacio Nacional, en el centro histórico de la capital salvadoreña.",
      "Don Felipe encabezó la representación española en un acto al que asistieron jefes de Estado y de Gobierno y delegaciones de numerosos países.",
  ])
