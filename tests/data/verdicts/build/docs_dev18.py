"""Source documents for the eighteenth development set (dev18.json).

Every document here is about an event of 2023, 2024 or 2025 that neither the first set
(train/dev/test) nor dev2 to dev16 uses, so that dev18 checks whether the verdict rules generalise
to pairs nobody has tuned on (dev17, written at the same time, keeps to events of 2021 and 2022).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Mexican security cabinet's and the presidency's versiones estenográficas, the FGR's
comunicado, the Justice Department's and the White House's statements, the Department of Homeland
Security's and the White House's transcripts, the National Hurricane Center's forecast
discussions, the Argentine presidency's comunicado, a television channel's transcript of an
interview, the Colombian party's, hospital's and ministry's statements, the State Department's
press statement, X posts, media articles). Nothing here is a verbatim copy of a real document. It
shares only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

BUE = "America/Argentina/Buenos_Aires"
BOG = "America/Bogota"
MIA = "America/New_York"  # the National Hurricane Center, in Miami


# =============================================================================================
# 2023-01-05 (Thursday)   Ovidio Guzmán López detained before dawn near Culiacán (Jesús María);
#                         the security cabinet's press conference (Rosa Icela Rodríguez, Sandoval;
#                         no questions); an Aeroméxico plane hit by gunfire at Culiacán's airport
#                         (media only)
# 2023-01-06 (Friday)     Morning press conference: Sandoval's figures (29 dead: 10 soldiers and 19
#                         aggressors; 35 soldiers wounded; 21 arrested)
# 2023-09-15 (Friday)     The FGR hands him over in extradition from the Altiplano; Garland's and
#                         Sherwood-Randall's statements
# =============================================================================================

D("d18_sspc_20230105",
  url="https://www.gob.mx/sspc/prensa/conferencia-de-prensa-del-gabinete-de-seguridad-del-gobierno-de-mexico-5-de-enero-de-2023",
  kind="transcript", lang="es", publisher="sspc-mexico", author="sspc-mexico",
  author_name="Secretaría de Seguridad y Protección Ciudadana",
  title="Versión estenográfica. Conferencia de prensa del Gabinete de Seguridad del Gobierno de México, 5 de enero de 2023",
  published_at="2023-01-05", tz=MX, verbatim=True, passages=[
      ("rosa-icela-rodriguez", "Buenas tardes. El operativo que realizaron hoy las fuerzas federales en Sinaloa se ejecutó de manera estratégica, con inteligencia operativa y bajo la coordinación de la Secretaría de la Defensa Nacional, para evitar afectaciones a la población. Pedimos a los medios no difundir información sin sustento. Al término de la lectura no habrá preguntas."),
      ("luis-cresencio-sandoval", "La madrugada de este 5 de enero, personal del Ejército Mexicano y de la Guardia Nacional, en coordinación con el Centro Nacional de Inteligencia, la Fiscalía General de la República y la Secretaría de Seguridad Pública de Sinaloa, detuvo en Culiacán a Ovidio \"N\", presunto líder de la facción conocida como \"Los Menores\" del Cártel del Pacífico."),
      ("luis-cresencio-sandoval", "La detención es resultado de seis meses de trabajos de reconocimiento y vigilancia en el área de influencia de este grupo delictivo. Al momento de su captura se le aseguraron armas de uso exclusivo del Ejército y Fuerza Aérea."),
      ("luis-cresencio-sandoval", "El detenido fue trasladado en una aeronave de la Fuerza Aérea Mexicana a la Ciudad de México, donde quedó a disposición de la Fiscalía Especializada en Materia de Delincuencia Organizada. Como reacción, integrantes de la delincuencia organizada realizaron bloqueos y agresiones en distintos puntos de Culiacán, que las fuerzas federales están atendiendo."),
  ])

MEDIA("d18_eluniversal_20230105",
      url="https://www.eluniversal.com.mx/estados/avion-de-aeromexico-recibe-disparos-en-aeropuerto-de-culiacan/",
      lang="es", outlet="El Universal", date="2023-01-05", tz=MX,
      title="Avión de Aeroméxico recibe disparos en el aeropuerto de Culiacán", passages=[
          "Un avión de Aeroméxico que se preparaba para despegar hacia la Ciudad de México fue alcanzado por disparos este jueves en el aeropuerto de Culiacán, en medio de la violencia desatada tras la detención de Ovidio Guzmán.",
          "La aerolínea informó que ningún pasajero ni integrante de la tripulación resultó herido y que suspendió sus operaciones en la capital sinaloense.",
      ])

D("d18_mananera_20230106",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-del-presidente-andres-manuel-lopez-obrador-del-6-de-enero-de-2023",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador",
  author_name="Presidencia de la República",
  title="Versión estenográfica de la conferencia de prensa matutina del presidente Andrés Manuel López Obrador, 6 de enero de 2023",
  published_at="2023-01-06", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Buenos días. Le vamos a pedir al general secretario que informe sobre el operativo de ayer en Sinaloa, en el que se detuvo a Ovidio Guzmán."),
      ("luis-cresencio-sandoval", "La detención se realizó en la localidad de Jesús María, al norte de la ciudad de Culiacán, después de seis meses de vigilancia. Cuando el personal intentó establecer un cerco fue agredido por sujetos armados a bordo de vehículos, algunos de ellos blindados."),
      ("luis-cresencio-sandoval", "El saldo es de 29 personas fallecidas: 10 elementos militares y 19 agresores. Resultaron heridos 35 militares, y 21 presuntos delincuentes fueron detenidos."),
      ("andres-manuel-lopez-obrador", "Nos duele mucho la pérdida de los soldados que cumplieron con su deber; ya se habló con sus familias y se les va a apoyar en todo. Se actuó con responsabilidad, cuidando en todo momento a la población civil."),
  ])

D("d18_doj_20230915",
  url="https://www.justice.gov/opa/pr/statement-attorney-general-merrick-b-garland-extradition-ovidio-guzman-lopez",
  kind="press_release", lang="en", publisher="us-doj", author="merrick-garland",
  author_name="Office of Public Affairs, U.S. Department of Justice",
  title="Statement from Attorney General Merrick B. Garland on the Extradition of Ovidio Guzmán López",
  published_at="2023-09-15", tz=NY, passages=[
      ("merrick-garland", "Today, as a result of law enforcement cooperation between the United States and Mexico, Ovidio Guzmán López, a leader of the Sinaloa Cartel, was extradited to the United States."),
      ("merrick-garland", "This action is the latest step in the Justice Department's effort to attack every aspect of the cartel's operations. I am grateful to our Mexican counterparts for this extradition."),
      ("merrick-garland", "The Justice Department will continue to hold accountable those responsible for fueling the fentanyl epidemic that has devastated too many communities across our country."),
      "Guzmán López was detained by Mexican authorities in Sinaloa in January 2023. He faces drug trafficking charges in the United States.",
  ])

D("d18_wh_20230915",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/09/15/statement-from-homeland-security-advisor-dr-liz-sherwood-randall-on-the-extradition-of-ovidio-guzman-lopez/",
  kind="press_release", lang="en", publisher="white-house", author="elizabeth-sherwood-randall",
  author_name="The White House",
  title="Statement from Homeland Security Advisor Dr. Liz Sherwood-Randall on the Extradition of Ovidio Guzmán López",
  published_at="2023-09-15", tz=NY, passages=[
      ("elizabeth-sherwood-randall", "The extradition of Ovidio Guzmán López shows the strength of the ongoing cooperation between the governments of the United States and Mexico in the fight against drug trafficking and the other challenges we share."),
      ("elizabeth-sherwood-randall", "We thank our Mexican counterparts for their partnership in protecting our peoples from violent criminals, and we will keep going after the networks that bring fentanyl into our communities."),
  ])

D("d18_fgr_20230915",
  url="https://www.gob.mx/fgr/prensa/fgr-entrega-en-extradicion-a-ovidio-g-a-los-estados-unidos-de-america",
  kind="press_release", lang="es", publisher="fgr", author="fgr",
  author_name="Fiscalía General de la República",
  title="FGR entrega en extradición a Ovidio \"G\" a los Estados Unidos de América",
  published_at="2023-09-15", tz=MX, passages=[
      "La Fiscalía General de la República, a través de la Agencia de Investigación Criminal y de la Oficina Central Nacional INTERPOL-México, entregó en extradición este 15 de septiembre a Ovidio \"G\", requerido por el Gobierno de los Estados Unidos de América.",
      "El requerido fue trasladado desde el Centro Federal de Readaptación Social No. 1 \"Altiplano\", en Almoloya de Juárez, Estado de México, para su entrega a las autoridades de ese país, que lo reclaman por delitos contra la salud.",
      "Ovidio \"G\" fue detenido el 5 de enero de 2023 en Culiacán, Sinaloa, y desde entonces permanecía en prisión con fines de extradición.",
  ])


# =============================================================================================
# 2023-05-10 (Wednesday)  Mayorkas at CBP headquarters in Washington with Troy Miller and Ricardo
#                         Zúñiga: Title 42 ends at 11:59 p.m. ET on Thursday the 11th
# 2023-05-11 (Thursday)   White House briefing with Jean-Pierre ("swift and immediate", 24,000
#                         agents and officers, "Our borders are not open"); Mayorkas's post at 22:30
#                         in Washington (02:30 UTC on the 12th)
# 2023-05-12 (Friday)     El País on the first hours after Title 42 (media only)
# =============================================================================================

D("d18_dhs_20230510",
  url="https://www.dhs.gov/news/2023/05/10/secretary-mayorkas-remarks-media-availability-ahead-lifting-title-42-public-health-order",
  kind="transcript", lang="en", publisher="us-dhs", author="alejandro-mayorkas",
  author_name="U.S. Department of Homeland Security",
  title="Secretary Mayorkas Remarks at a Media Availability Ahead of the Lifting of the Title 42 Public Health Order",
  published_at="2023-05-10", tz=NY, verbatim=True, passages=[
      ("alejandro-mayorkas", "Good morning, and thank you for joining us here at U.S. Customs and Border Protection headquarters. With me are the Acting Commissioner of CBP, Troy Miller, and Ricardo Zúñiga of the Department of State."),
      ("alejandro-mayorkas", "Tomorrow, Thursday, May 11, at 11:59 p.m. Eastern Time, the Title 42 public health Order will come to an end. From that moment we will once again process people at our southern border under our immigration enforcement authorities in Title 8 of the United States Code."),
      ("alejandro-mayorkas", "Our approach is to build lawful pathways for people to come to the United States and to impose tougher consequences on those who choose not to use them. We do this within a broken immigration system that Congress has not fixed in more than two decades."),
      ("alejandro-mayorkas", "The approach works. More than 100,000 people from Cuba, Haiti, Nicaragua and Venezuela have already arrived through the parole processes we opened for those four countries."),
  ])

D("d18_wh_20230511",
  url="https://www.whitehouse.gov/briefing-room/press-briefings/2023/05/11/press-briefing-by-press-secretary-karine-jean-pierre-and-secretary-of-homeland-security-alejandro-mayorkas/",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House",
  title="Press Briefing by Press Secretary Karine Jean-Pierre and Secretary of Homeland Security Alejandro Mayorkas, May 11, 2023",
  published_at="2023-05-11", tz=NY, verbatim=True, passages=[
      ("karine-jean-pierre", "Good afternoon, everyone. Tonight the Title 42 public health order expires, and the Secretary of Homeland Security is here to walk you through how the administration has prepared."),
      ("alejandro-mayorkas", "The transition to Title 8 processing will be swift and immediate. We have surged 24,000 Border Patrol agents and officers to the border, together with thousands of troops and contractors and more than 1,000 asylum officers and immigration judges."),
      ("alejandro-mayorkas", "Let me be very clear: our borders are not open. People who cross our border unlawfully and without a legal basis to remain will be promptly processed and removed, and those who are removed face a bar of at least five years on reentry and potential criminal prosecution."),
      ("alejandro-mayorkas", "This is a challenge, and we are going to meet it. We expect large numbers of encounters in the first days, and we are already seeing high numbers in certain sectors."),
      ("karine-jean-pierre", "The President sent Congress a plan to fix our immigration system on his first day in office. Congressional Republicans have refused to act on it."),
  ])

X("d18_x_mayorkas_20230511", handle="SecMayorkas", author="alejandro-mayorkas", author_name="Secretary Alejandro Mayorkas",
  ts="2023-05-12T02:30:00+00:00", lang="en", tz=NY, passages=[
      "The border is not open. Starting tonight, people who arrive at our border without using a lawful pathway will be presumed ineligible for asylum, and those who are removed face a minimum five-year bar on reentry. Do not believe the lies of smugglers.",
  ])

MEDIA("d18_elpais_20230512",
      url="https://elpais.com/internacional/2023-05-12/fin-del-titulo-42-la-frontera-amanece-en-calma-tensa.html",
      lang="es", outlet="El País", date="2023-05-12", tz=NY,
      title="Fin del Título 42: la frontera amanece en una calma tensa", passages=[
          "El Título 42, la norma sanitaria que desde 2020 permitía expulsar de inmediato a los migrantes, expiró a las 23.59 del jueves, hora de Washington.",
          "En los días previos, la Patrulla Fronteriza llegó a registrar más de 10.000 detenciones diarias, según datos oficiales citados por la prensa estadounidense.",
      ])


# =============================================================================================
# 2023-10-24 (Tuesday)    NHC discussion at 10 p.m. CDT: Otis a Category 5, "a nightmare scenario"
# 2023-10-25 (Wednesday)  Landfall around 06:25 UTC (00:25 in Acapulco) as a Category 5 with winds
#                         of 145 kt (165 mph, 270 km/h); morning press conference ("Sí pegó muy
#                         fuerte", no data yet on deaths); López Obrador's trip by road (media)
# 2023-10-26 (Thursday)   Morning press conference: Governor Salgado's 27 dead and 4 missing, "tuvimos
#                         suerte"
# =============================================================================================

D("d18_nhc_20231024",
  url="https://www.nhc.noaa.gov/archive/2023/ep18/ep182023.discus.012.shtml",
  kind="press_release", lang="en", publisher="us-nhc", author="us-nhc",
  author_name="NWS National Hurricane Center, Miami FL",
  title="Hurricane Otis Discussion Number 12, 1000 PM CDT Tue Oct 24 2023",
  published_at="2023-10-24", tz=MIA, passages=[
      "A nightmare scenario is unfolding this evening for southern Mexico as Otis, still intensifying quickly, nears the coast. The initial intensity is set to 140 kt, which makes Otis a category 5 hurricane.",
      "Otis has strengthened by 95 kt in the last 24 hours, a rate exceeded in modern records only by Patricia in 2015. It is expected to stay at category 5 until it reaches the coast near Acapulco overnight or early Wednesday.",
      "This is an extremely serious situation for the Acapulco metropolitan area. No hurricane on record has come close to this intensity on this part of the Mexican coast.",
  ])

D("d18_nhc_20231025",
  url="https://www.nhc.noaa.gov/archive/2023/ep18/ep182023.discus.013.shtml",
  kind="press_release", lang="en", publisher="us-nhc", author="us-nhc",
  author_name="NWS National Hurricane Center, Miami FL",
  title="Hurricane Otis Discussion Number 13, 400 AM CDT Wed Oct 25 2023",
  published_at="2023-10-25", tz=MIA, passages=[
      "Otis kept strengthening until it reached the coast of southern Mexico. It is estimated to have made landfall around 0625 UTC as a category 5 hurricane, with maximum sustained winds of 145 kt (about 165 mph, 270 km/h). The core of the hurricane moved onshore over the greater Acapulco area.",
      "Now that the center is inland, weakening has begun and the initial intensity is lowered to 115 kt. Rapid weakening is expected over the rugged terrain of southern Mexico, and Otis should dissipate over the mountains tonight or on Thursday.",
      "Heavy rain and flash flooding will continue to spread inland over southwestern Mexico through Thursday.",
  ])

D("d18_mananera_20231025",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-del-presidente-andres-manuel-lopez-obrador-del-25-de-octubre-de-2023",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador",
  author_name="Presidencia de la República",
  title="Versión estenográfica de la conferencia de prensa matutina del presidente Andrés Manuel López Obrador, 25 de octubre de 2023",
  published_at="2023-10-25", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Sí pegó muy fuerte el huracán en Guerrero, en la Costa Grande, en Acapulco, en Tecpan. Otis tocó tierra pasadas las doce de la noche como categoría 5, y todavía está afectando."),
      ("andres-manuel-lopez-obrador", "Se han perdido las comunicaciones por completo. Hasta ahora no tenemos datos sobre pérdida de vidas humanas, pero no hay comunicación, no sabemos."),
      ("andres-manuel-lopez-obrador", "Ya van para allá los secretarios de la Defensa, de Marina, de Seguridad, de Comunicaciones y la coordinadora de Protección Civil."),
      ("reporter", "¿Usted va a viajar hoy a Guerrero, presidente?"),
      ("andres-manuel-lopez-obrador", "Mi visita dependerá de que existan las condiciones para hacerlo; por ahora no se puede volar, hay que esperar."),
  ])

MEDIA("d18_ap_20231026",
      url="https://apnews.com/article/mexico-hurricane-otis-acapulco-lopez-obrador-road-trip",
      lang="en", outlet="Associated Press", date="2023-10-26", tz=MX,
      title="Mexico's president struggles to reach storm-battered Acapulco by road", passages=[
          "President Andrés Manuel López Obrador set out for Acapulco by road on Wednesday. At one point the military vehicle carrying him became stuck in the mud, and he continued the trip in another vehicle.",
          "Otis grew from a tropical storm into a Category 5 hurricane in about 12 hours, leaving residents little time to prepare.",
      ])

D("d18_mananera_20231026",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-del-presidente-andres-manuel-lopez-obrador-del-26-de-octubre-de-2023",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador",
  author_name="Presidencia de la República",
  title="Versión estenográfica de la conferencia de prensa matutina del presidente Andrés Manuel López Obrador, 26 de octubre de 2023",
  published_at="2023-10-26", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Ayer fuimos por tierra a Acapulco. Había muchos socavones, inundaciones, ríos desbordados como el Papagayo; los daños no están solo en la costa, también en la zona rural. Le pido a la gobernadora que nos informe."),
      ("evelyn-salgado", "Buenos días, presidente. Hasta este momento tenemos el registro de 27 personas fallecidas y 4 desaparecidas. El comportamiento de Otis fue atípico: pasó de tormenta tropical a huracán categoría 5 en menos de 12 horas."),
      ("andres-manuel-lopez-obrador", "Una sola persona que pierda la vida es algo lamentable. Pero yo sí creo que tuvimos suerte: un huracán categoría 5 que no entró en despoblado, sino por la bahía, donde vive un millón de personas, y no estamos registrando muchas pérdidas de vidas humanas."),
  ])


# =============================================================================================
# 2025-02-14 (Friday)     Milei's post promoting $LIBRA at 19:01 in Buenos Aires, deleted hours later
#                         (not a document here; media only)
# 2025-02-15 (Saturday)   His post at 00:38 in Buenos Aires (03:38 UTC); the Oficina del Presidente's
#                         comunicado (the Anti-Corruption Office, a Unidad de Tareas de
#                         Investigación, the meetings of 19 Oct 2024 and 30 Jan 2025) and its post
#                         at 22:34 (01:34 UTC on the 16th)
# 2025-02-17 (Monday)     Interview on TN ("Yo no lo promocioné, lo difundí")
# =============================================================================================

MEDIA("d18_reuters_20250215",
      url="https://www.reuters.com/world/americas/argentinas-milei-faces-backlash-after-promoting-crypto-token-that-crashed-2025-02-15/",
      lang="en", outlet="Reuters", date="2025-02-15", tz=BUE,
      title="Argentina's Milei faces backlash after promoting crypto token that crashed", passages=[
          "Argentine President Javier Milei on Friday evening promoted a cryptocurrency called $LIBRA on his X account. Its price shot up to nearly $5 within minutes and then lost most of its value in a few hours.",
          "Milei deleted the post about five hours later. Losses for investors were put at about $87 million by local media.",
      ])

X("d18_x_milei_20250215", handle="JMilei", author="javier-milei", author_name="Javier Milei",
  ts="2025-02-15T03:38:00+00:00", lang="es", tz=BUE, passages=[
      "Hace unas horas publiqué un tweet, como tantas otras infinitas veces, apoyando un supuesto emprendimiento privado con el que obviamente no tengo vinculación alguna. No estaba interiorizado de los pormenores del proyecto y, luego de haberme interiorizado, decidí no seguir dándole difusión (por eso borré el tweet). A las ratas de la casta política que quieren aprovechar esta situación les digo que cada día confirman lo rastreros que son. VLLC!",
  ])

D("d18_opra_20250215",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/9-noticias/51240-comunicado-de-la-oficina-del-presidente",
  kind="press_release", lang="es", publisher="argentina-presidency", author="oficina-presidente-argentina",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Comunicado de la Oficina del Presidente",
  published_at="2025-02-15", tz=BUE, passages=[
      "La Oficina del Presidente informa que el pasado 19 de octubre el Presidente Javier Milei mantuvo un encuentro con representantes de KIP Protocol en la Argentina, quienes le comentaron la intención de la empresa de desarrollar un proyecto llamado \"Viva la Libertad\" para financiar emprendimientos argentinos mediante tecnología blockchain.",
      "En ese marco, el 30 de enero de 2025 el Presidente mantuvo una reunión en Casa Rosada con Hayden Mark Davis, quien, según lo expresado por los representantes de KIP Protocol, proveería la infraestructura tecnológica del proyecto. El Sr. Davis no tuvo ni tiene ninguna vinculación con el Gobierno argentino.",
      "En el día de ayer, el Presidente compartió en sus cuentas personales una publicación que comunicaba el lanzamiento del proyecto, como lo hace a diario con muchos emprendedores que quieren invertir en el país. No habiendo sido parte en ninguna instancia del desarrollo de la criptomoneda, y para evitar cualquier especulación, decidió eliminar la publicación.",
      "El Presidente ha decidido dar intervención de forma inmediata a la Oficina Anticorrupción para que determine si existió una conducta impropia por parte de algún miembro del Gobierno Nacional, incluido el propio Presidente. Asimismo, se conformará una Unidad de Tareas de Investigación que reunirá la información sobre las empresas y personas implicadas y la entregará a la Justicia.",
  ])

X("d18_x_opra_20250215", handle="OPRArgentina", author="oficina-presidente-argentina", author_name="Oficina del Presidente",
  ts="2025-02-16T01:34:00+00:00", lang="es", tz=BUE, passages=[
      "El Presidente Javier Milei ha decidido dar intervención de forma inmediata a la Oficina Anticorrupción para que determine si existió una conducta impropia por parte de algún miembro del Gobierno Nacional, incluido el propio Presidente. Se conformará además una Unidad de Tareas de Investigación sobre el proyecto de KIP Protocol.",
  ])

D("d18_tn_20250217",
  url="https://tn.com.ar/politica/2025/02/17/la-entrevista-completa-de-jonatan-viale-a-javier-milei/",
  kind="transcript", lang="es", publisher=None, author="javier-milei", author_name="TN - Todo Noticias",
  title="La entrevista completa de Jonatan Viale a Javier Milei",
  published_at="2025-02-17", tz=BUE, verbatim=True, passages=[
      ("reporter", "Vamos a $LIBRA. El viernes lo promocionaste como presidente."),
      ("javier-milei", "No. Yo no lo promocioné, lo difundí. Lo publiqué desde mi cuenta personal, como hago todos los días con emprendedores que quieren invertir en la Argentina, y actué de buena fe."),
      ("reporter", "La jueza que va a investigar es Servini. ¿Te vas a presentar?"),
      ("javier-milei", "Los temas jurídicos no son lo mío, y sería imprudente anticiparte algo. Quien entiende mejor el tema es nuestro ministro de Justicia, Mariano Cúneo Libarona."),
  ])


# =============================================================================================
# 2025-06-07 (Saturday)   Senator Miguel Uribe Turbay shot at a campaign event in the barrio Modelia
#                         (Fontibón, Bogotá) around 5 p.m.; the Centro Democrático's statement; the
#                         Defence Ministry's reward of up to 3,000 million pesos (its post at 18:30 in
#                         Bogotá); Rubio's press statement and his post at 21:49 in Washington
#                         (01:49 UTC on the 8th)
# 2025-06-08 (Sunday)     The Fundación Santa Fe's bulletin: critical condition, reserved prognosis
# 2025-08-11 (Monday)     Uribe Turbay dies at 1:56 a.m. (the Fundación Santa Fe's comunicado);
#                         Rubio's post
# =============================================================================================

D("d18_cd_20250607",
  url="https://www.centrodemocratico.com/comunicado-atentado-contra-miguel-uribe-turbay",
  kind="press_release", lang="es", publisher="centro-democratico", author="centro-democratico",
  author_name="Centro Democrático",
  title="Comunicado del Centro Democrático sobre el atentado contra nuestro senador Miguel Uribe Turbay",
  published_at="2025-06-07", tz=BOG, passages=[
      "El Centro Democrático rechaza con toda contundencia el atentado contra nuestro senador y precandidato presidencial Miguel Uribe Turbay.",
      "Hacia las 5:00 p. m. de hoy, mientras participaba en un evento de campaña en un parque del barrio Modelia, en la localidad de Fontibón, en Bogotá, hombres armados le dispararon por la espalda.",
      "Exigimos a las autoridades esclarecer los hechos y dar con los responsables, y pedimos a todos los colombianos que oren por la vida de Miguel.",
  ])

X("d18_x_mindefensa_20250607", handle="mindefensa", author="mindefensa-colombia", author_name="Ministerio de Defensa Nacional",
  ts="2025-06-07T23:30:00+00:00", lang="es", tz=BOG, passages=[
      "Ofrecemos hasta 3.000 millones de pesos de recompensa a quien entregue información que permita identificar y capturar a los responsables del atentado contra el senador Miguel Uribe Turbay. El ministro de Defensa, Pedro Arnulfo Sánchez, ordenó a las Fuerzas Militares, a la Policía y a los organismos de inteligencia desplegar todas sus capacidades para esclarecer los hechos.",
  ])

D("d18_state_20250607",
  url="https://www.state.gov/releases/office-of-the-spokesperson/2025/06/prayers-for-miguel-uribe",
  kind="press_release", lang="en", publisher="us-state-department", author="marco-rubio",
  author_name="Office of the Spokesperson",
  title="Prayers for Miguel Uribe. Press Statement, Marco Rubio, Secretary of State",
  published_at="2025-06-07", tz=NY, passages=[
      "The United States condemns in the strongest possible terms the attempted assassination of Senator Miguel Uribe. This is a direct threat to democracy and the result of the violent leftist rhetoric coming from the highest levels of the Colombian government.",
      "Having seen firsthand Colombia's progress in consolidating security and democracy over the past decades, the country cannot afford to return to the dark days of political violence. President Petro needs to dial back the inflammatory rhetoric and protect Colombian officials.",
      "We stand in prayer with Miguel's family, his loved ones and his supporters. Those responsible for this attack must face justice.",
  ])

X("d18_x_rubio_20250607", handle="SecRubio", author="marco-rubio", author_name="Secretary Marco Rubio",
  ts="2025-06-08T01:49:00+00:00", lang="en", tz=NY, passages=[
      "The United States condemns in the strongest possible terms the attempted assassination of Senator Miguel Uribe. This is a direct threat to democracy and the result of the violent leftist rhetoric coming from the highest levels of the Colombian government. Colombia cannot afford to go back to the dark days of political violence. President Petro needs to dial back the inflammatory rhetoric and protect Colombian officials. Those responsible for this attack must face justice.",
  ])

D("d18_fsfb_20250608",
  url="https://www.fsfb.org.co/wps/portal/fsfb/sala-de-prensa/comunicado-estado-de-salud-senador-miguel-uribe-turbay-8-de-junio",
  kind="press_release", lang="es", publisher="fundacion-santa-fe", author="fundacion-santa-fe",
  author_name="Fundación Santa Fe de Bogotá",
  title="Comunicado sobre el estado de salud del senador Miguel Uribe Turbay, 8 de junio de 2025",
  published_at="2025-06-08", tz=BOG, passages=[
      "El senador Miguel Uribe Turbay ingresó a la Fundación Santa Fe de Bogotá el 7 de junio, remitido de otra institución, con heridas de arma de fuego en la cabeza y en el muslo izquierdo.",
      "Fue sometido a procedimientos neuroquirúrgicos y de manejo vascular periférico, y permanece en la Unidad de Cuidado Intensivo.",
      "Su estado es crítico y su pronóstico, reservado. En las próximas horas es fundamental su respuesta al tratamiento.",
  ])

D("d18_fsfb_20250811",
  url="https://www.fsfb.org.co/wps/portal/fsfb/sala-de-prensa/comunicado-17-senador-miguel-uribe-turbay",
  kind="press_release", lang="es", publisher="fundacion-santa-fe", author="fundacion-santa-fe",
  author_name="Fundación Santa Fe de Bogotá",
  title="Comunicado número 17. Fallecimiento del senador Miguel Uribe Turbay",
  published_at="2025-08-11", tz=BOG, passages=[
      "La Fundación Santa Fe de Bogotá lamenta informar que el senador Miguel Uribe Turbay falleció hoy, lunes 11 de agosto, a la 1:56 a. m.",
      "El equipo a cargo de su cuidado, en todas las áreas de la institución, trabajó sin descanso durante estos más de dos meses, desde su ingreso gravemente herido. A pesar de todos los esfuerzos, es un triste desenlace.",
      "Nos solidarizamos con toda la familia Uribe Turbay en estos momentos de profundo dolor.",
  ])

X("d18_x_rubio_20250811", handle="SecRubio", author="marco-rubio", author_name="Secretary Marco Rubio",
  ts="2025-08-11T14:20:00+00:00", lang="en", tz=NY, passages=[
      "Deeply saddened to learn of Colombian Senator @MiguelUribeT's tragic death. The United States stands in solidarity with his family and the Colombian people, both in mourning and in demanding justice for those responsible.",
  ])
