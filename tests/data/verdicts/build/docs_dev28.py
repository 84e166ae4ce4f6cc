"""Source documents for the twenty-eighth development set (dev28.json).

Every document here is about an event of 2000 to 2015 that neither the first set (train/dev/test)
nor dev2 to dev26 uses, so that dev28 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev27, written at the same time, keeps to events of 2016 to 2025; this set keeps to
2000 to 2015, and in the event to 2000, 2001, 2004, 2012 and 2015, years in which no earlier set
has a document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the House of Commons' Hansard, the Chilean foreign ministry's statement, the Spanish
Interior Ministry's transcripts of press conferences, the United Nations' meetings coverage, a
party's transcript of an election-night speech, La Moncloa's transcript of an institutional
declaration, the Argentine presidency's transcripts and notes, the Argentine Congress's notes and
transcript of a Legislative Assembly, the Paraguayan chambers' press notes, the Paraguayan
presidency's transcripts, Mercosur's communiqué, the Guatemalan Public Prosecutor's Office's
transcript of a joint press conference, the Guatemalan presidency's transcript, the Guatemalan
Congress's notes, campaigns' transcripts of election-night speeches, X posts, media articles).
Nothing here is a verbatim copy of a real document: short phrases that public reporting widely
quotes are kept close to the original where a pair depends on them. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

LON = "Europe/London"
SCL = "America/Santiago"
MAD = "Europe/Madrid"
BUE = "America/Argentina/Buenos_Aires"
MDZ = "America/Argentina/Mendoza"
ASU = "America/Asuncion"
GUA = "America/Guatemala"


# =============================================================================================
# 2000-03-02 (Thursday)   Home Secretary Jack Straw discharges Senator Pinochet from Spain's
#                         extradition request (unfit to stand trial) and issues no authority to
#                         proceed on the Belgian, French and Swiss requests; Pinochet, under arrest
#                         since 16 October 1998, is driven from Wentworth to RAF Waddington and
#                         leaves on a plane sent by the Chilean Government (about 13:10 GMT);
#                         Straw's statement to the Commons that afternoon. Chile's foreign
#                         minister, Juan Gabriel Valdés, welcomes the decision (Chile on summer
#                         time, UTC-3)
# 2000-03-03 (Friday)     Pinochet lands in Santiago, rises from his wheelchair and greets the army
#                         commander, General Ricardo Izurieta (media only)
# =============================================================================================

D("d28_hansard_20000302",
  url="https://publications.parliament.uk/pa/cm199900/cmhansrd/vo000302/debtext/00302-10.htm",
  kind="transcript", lang="en", publisher="house-of-commons-uk", author="jack-straw",
  author_name="House of Commons - Hansard",
  title="Senator Pinochet: statement by the Home Secretary, Jack Straw (House of Commons, 2 March 2000)",
  published_at="2000-03-02", tz=LON, verbatim=True, passages=[
      ("jack-straw", "Madam Speaker, with the leave of the House I will make a statement on the case of Senator Augusto Pinochet, the former head of state of Chile."),
      ("jack-straw", "This morning I told the House, in a written answer, that I have decided not to order the extradition of Senator Pinochet to Spain. The medical evidence shows that he is unfit to stand trial, and no significant improvement in his condition can be expected. Nor will I issue authorities to proceed on the extradition requests made by Belgium, France and Switzerland."),
      ("jack-straw", "Senator Pinochet left his bail address at Wentworth, in Surrey, this morning and was taken under police escort to RAF Waddington in Lincolnshire, where a plane provided by the Government of Chile took off with him shortly after one o'clock this afternoon. He is no longer within the jurisdiction of the United Kingdom."),
      ("jack-straw", "Every decision in this case has been mine alone, taken in a quasi-judicial capacity; none of them has been a decision of the Government as a whole."),
      ("jack-straw", "I am well aware that the consequence of my refusal to extradite Senator Pinochet is that he will probably not be tried anywhere. I understand the sense of injury that will be felt by those who suffered under the former regime in Chile."),
  ])

D("d28_minrel_20000302",
  url="https://www.minrel.gob.cl/prensa/2000/03/02/declaracion-del-canciller-juan-gabriel-valdes-sobre-la-decision-del-gobierno-britanico",
  kind="press_release", lang="es", publisher="minrel-chile", author="juan-gabriel-valdes",
  author_name="Ministerio de Relaciones Exteriores de Chile - Dirección de Prensa",
  title="Declaración del canciller Juan Gabriel Valdés sobre la decisión del ministro del Interior británico",
  published_at="2000-03-02", tz=SCL, passages=[
      ("juan-gabriel-valdes", "El Gobierno de Chile recibe con satisfacción la decisión adoptada hoy por el ministro del Interior del Reino Unido, Jack Straw, de no extraditar al senador Augusto Pinochet y de permitir su regreso al país por razones humanitarias."),
      ("juan-gabriel-valdes", "Desde el primer día hemos sostenido que son los tribunales chilenos los competentes para conocer de las acciones judiciales que existen en su contra. Ningún ciudadano chileno está por encima de la ley."),
      ("juan-gabriel-valdes", "Agradecemos la colaboración de las autoridades británicas y confiamos en que este paso contribuya a normalizar plenamente nuestras relaciones con España."),
  ])

MEDIA("d28_latercera_20000303",
      url="https://www.latercera.com/noticia/2000/03/03/pinochet-llega-a-santiago-tras-503-dias-detenido-en-londres/",
      lang="es", outlet="La Tercera", date="2000-03-03", tz=SCL,
      title="Pinochet llega a Santiago tras 503 días detenido en Londres", passages=[
          "El general (R) Augusto Pinochet llegó este viernes a Santiago a bordo del avión de la Fuerza Aérea que lo trajo desde Inglaterra, tras 503 días de detención en Londres.",
          "Bajado de la aeronave en una silla de ruedas, el senador vitalicio se levantó al llegar a la losa y caminó, apoyado en un bastón, para abrazar al comandante en jefe del Ejército, general Ricardo Izurieta.",
      ])


# =============================================================================================
# 2004-03-11 (Thursday)   Ten bombs explode on four commuter trains in Madrid between 07:37 and
#                         07:40 (Atocha, El Pozo, Santa Eugenia, calle Téllez). Interior Minister
#                         Ángel Acebes blames ETA at midday; the UN Security Council adopts
#                         resolution 1530 condemning the attacks "perpetrated by the terrorist
#                         group ETA"; after 20:00 Acebes announces the van found in Alcalá de
#                         Henares (seven detonators, a tape of Koranic verses) and says ETA remains
#                         the main line of inquiry, with no line ruled out (Madrid on UTC+1)
# 2004-03-13 (Saturday)   Acebes announces five arrests, three Moroccans and two of Indian origin
# 2004-03-14 (Sunday)     General election; Zapatero speaks at the PSOE's headquarters in Ferraz
# 2004-04-18 (Sunday)     A day after taking office, and hours after his ministers took theirs,
#                         Zapatero orders Defence Minister José Bono to bring the troops in Iraq
#                         home (institutional declaration at La Moncloa; Madrid on UTC+2)
# =============================================================================================

D("d28_interior_20040311a",
  url="https://www.interior.gob.es/prensa/noticias/2004/03/11/comparecencia-del-ministro-del-interior-tras-los-atentados-de-madrid-mediodia",
  kind="transcript", lang="es", publisher="interior-espana", author="angel-acebes",
  author_name="Ministerio del Interior - Gabinete de Prensa",
  title="Comparecencia del ministro del Interior, Ángel Acebes, tras los atentados en los trenes de Cercanías de Madrid (11 de marzo de 2004, mediodía)",
  published_at="2004-03-11", tz=MAD, verbatim=True, passages=[
      ("angel-acebes", "Esta mañana, entre las 7.37 y las 7.40 horas, han hecho explosión diez artefactos en cuatro trenes de Cercanías: en la estación de Atocha, en las de El Pozo del Tío Raimundo y Santa Eugenia y junto a la calle Téllez."),
      ("angel-acebes", "El Gobierno no tiene ninguna duda de que la responsable de estos atentados es la organización terrorista ETA. ETA buscaba un atentado de gran magnitud y, desgraciadamente, esta vez lo ha conseguido."),
      ("angel-acebes", "Me parece intolerable cualquier intoxicación de quienes, de forma miserable, pretenden desviar la atención sobre los responsables de esta tragedia."),
      ("angel-acebes", "Quiero expresar el dolor de todo el Gobierno por las víctimas y nuestra solidaridad con sus familias, y agradecer el trabajo de los servicios de emergencia y de los ciudadanos que han ayudado desde el primer momento."),
  ])

D("d28_un_20040311",
  url="https://press.un.org/en/2004/sc8022.doc.htm",
  kind="press_release", lang="en", publisher="united-nations", author="united-nations",
  author_name="United Nations - Meetings Coverage and Press Releases",
  title="Security Council condemns bomb attacks in Madrid, unanimously adopting resolution 1530 (2004)",
  published_at="2004-03-11", tz=NY, passages=[
      "Within hours of the bombings of commuter trains in Madrid, the Security Council today condemned in the strongest terms the bomb attacks in Madrid, Spain, perpetrated by the terrorist group ETA on 11 March 2004, in which many lives were claimed and people injured, and regarded the act, like any act of terrorism, as a threat to peace and security.",
      "Unanimously adopting resolution 1530 (2004), the Council expressed its deepest sympathy and condolences to the people and Government of Spain and to the victims and their families.",
      "It urged all States, in accordance with their obligations under resolution 1373 (2001), to cooperate actively in efforts to find the perpetrators, organizers and sponsors of the attacks and bring them to justice.",
  ])

D("d28_interior_20040311b",
  url="https://www.interior.gob.es/prensa/noticias/2004/03/11/comparecencia-del-ministro-del-interior-tras-los-atentados-de-madrid-noche",
  kind="transcript", lang="es", publisher="interior-espana", author="angel-acebes",
  author_name="Ministerio del Interior - Gabinete de Prensa",
  title="Segunda comparecencia del ministro del Interior, Ángel Acebes (11 de marzo de 2004, noche)",
  published_at="2004-03-11", tz=MAD, verbatim=True, passages=[
      ("angel-acebes", "En Alcalá de Henares, cerca de la estación de la que salieron los trenes, la Policía localizó esta mañana una furgoneta en la que se han encontrado siete detonadores y una cinta magnetofónica con versículos del Corán en árabe."),
      ("angel-acebes", "La principal línea de investigación sigue siendo ETA. Pero he dado instrucciones a las Fuerzas y Cuerpos de Seguridad del Estado para que no descarten ninguna."),
      ("reporter", "¿Descarta el Gobierno la pista del terrorismo islamista?"),
      ("angel-acebes", "No. No descartamos ninguna línea de investigación, y les iré informando de todo lo que sepamos en cuanto lo sepamos."),
  ])

D("d28_interior_20040313",
  url="https://www.interior.gob.es/prensa/noticias/2004/03/13/comparecencia-del-ministro-del-interior-detenciones",
  kind="transcript", lang="es", publisher="interior-espana", author="angel-acebes",
  author_name="Ministerio del Interior - Gabinete de Prensa",
  title="Comparecencia del ministro del Interior, Ángel Acebes, sobre las primeras detenciones (13 de marzo de 2004)",
  published_at="2004-03-13", tz=MAD, verbatim=True, passages=[
      ("angel-acebes", "Esta tarde han sido detenidas cinco personas, tres de nacionalidad marroquí y dos de origen indio, en relación con la venta y la manipulación del teléfono móvil y de la tarjeta hallados en la mochila que no llegó a estallar."),
      ("angel-acebes", "Son detenciones importantes, que abren una vía en la investigación. Seguimos sin descartar ninguna línea."),
  ])

D("d28_psoe_20040314",
  url="https://www.psoe.es/actualidad/2004/03/14/intervencion-de-jose-luis-rodriguez-zapatero-en-la-noche-electoral",
  kind="transcript", lang="es", publisher="psoe", author="jose-luis-rodriguez-zapatero",
  author_name="PSOE - Secretaría de Comunicación",
  title="Intervención de José Luis Rodríguez Zapatero en la sede federal del PSOE tras las elecciones generales (14 de marzo de 2004)",
  published_at="2004-03-14", tz=MAD, verbatim=True, passages=[
      ("jose-luis-rodriguez-zapatero", "Quiero que mis primeras palabras sean para las víctimas del atentado del jueves y para sus familias. No las olvidaremos nunca."),
      ("jose-luis-rodriguez-zapatero", "Mi prioridad más inmediata será combatir el terrorismo, y para ello buscaré el acuerdo de todas las fuerzas políticas."),
      ("jose-luis-rodriguez-zapatero", "Voy a gobernar para todos, para quienes me han votado y para quienes no lo han hecho. El poder no me va a cambiar."),
  ])

D("d28_moncloa_20040418",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/2004/04/18/declaracion-institucional-del-presidente-del-gobierno",
  kind="transcript", lang="es", publisher="spain-presidency", author="jose-luis-rodriguez-zapatero",
  author_name="La Moncloa - Secretaría de Estado de Comunicación",
  title="Declaración institucional del presidente del Gobierno, José Luis Rodríguez Zapatero (Palacio de La Moncloa, 18 de abril de 2004)",
  published_at="2004-04-18", tz=MAD, verbatim=True, passages=[
      ("jose-luis-rodriguez-zapatero", "Me comprometí ante los españoles a ordenar el regreso de nuestras tropas si el 30 de junio las Naciones Unidas no habían asumido el control político y militar de la situación en Irak."),
      ("jose-luis-rodriguez-zapatero", "Con la información de que disponemos, no es previsible que se adopte una resolución de Naciones Unidas que se ajuste a las condiciones a las que quedó sujeta nuestra presencia en Irak."),
      ("jose-luis-rodriguez-zapatero", "Por ello, esta mañana, una vez que ha tomado posesión de su cargo, he dado orden al ministro de Defensa, José Bono, para que disponga lo necesario a fin de que las tropas españolas destinadas en Irak regresen a casa en el menor tiempo y con la mayor seguridad posibles."),
      ("jose-luis-rodriguez-zapatero", "España seguirá apoyando la estabilidad, la democratización y la reconstrucción de Irak, desde el más estricto respeto a la legalidad internacional."),
  ])


# =============================================================================================
# 2001-12-19 (Wednesday)  After a day of looting, De la Rúa decrees a state of siege throughout
#                         the country for thirty days (Decree 1678) and announces it on national
#                         television after 22:30; the cacerolazo follows
# 2001-12-20 (Thursday)   After the Peronists reject his call for a government of national unity,
#                         De la Rúa signs his resignation (letter presented about 19:45) and leaves
#                         the Casa Rosada by helicopter
# 2001-12-21 (Friday)     The Legislative Assembly accepts the resignation; Ramón Puerta, the
#                         Senate's provisional president, takes charge of the executive
# 2001-12-23 (Sunday)     Adolfo Rodríguez Saá, sworn in before the Assembly, announces that the
#                         State will suspend payment of the foreign debt and promises a million jobs
# 2001-12-30 (Sunday)     Rodríguez Saá resigns in a message from San Luis
# =============================================================================================

D("d28_casarosada_20011219",
  url="https://www.casarosada.gob.ar/informacion/archivo/2001/12/19/mensaje-del-presidente-fernando-de-la-rua-por-cadena-nacional",
  kind="transcript", lang="es", publisher="argentina-presidency", author="fernando-de-la-rua",
  author_name="Presidencia de la Nación - Secretaría de Comunicación",
  title="Mensaje del presidente Fernando de la Rúa por cadena nacional (19 de diciembre de 2001)",
  published_at="2001-12-19", tz=BUE, verbatim=True, passages=[
      ("fernando-de-la-rua", "Ante los hechos de violencia de las últimas horas, he decretado el estado de sitio en todo el territorio nacional por el término de treinta días."),
      ("fernando-de-la-rua", "Sé distinguir entre los que tienen necesidades y los violentos. Grupos enemigos del orden y de la República buscan sembrar la discordia, y no lo vamos a permitir."),
      ("fernando-de-la-rua", "Con violencia no se sale de los problemas. Convoco a todos los sectores a la unidad nacional para afrontarlos."),
  ])

D("d28_casarosada_20011220",
  url="https://www.casarosada.gob.ar/informacion/archivo/2001/12/20/carta-de-renuncia-del-presidente-fernando-de-la-rua",
  kind="press_release", lang="es", publisher="argentina-presidency", author="fernando-de-la-rua",
  author_name="Presidencia de la Nación - Secretaría de Comunicación",
  title="Carta de renuncia del presidente Fernando de la Rúa al presidente provisional del Senado",
  published_at="2001-12-20", tz=BUE, passages=[
      ("fernando-de-la-rua", "Buenos Aires, 20 de diciembre de 2001. Al señor presidente provisional del Honorable Senado de la Nación, ingeniero Ramón Puerta."),
      ("fernando-de-la-rua", "Me dirijo a usted para presentar mi renuncia al cargo de Presidente de la Nación."),
      ("fernando-de-la-rua", "Mi mensaje de hoy para asegurar la gobernabilidad y constituir un gobierno de unidad fue rechazado por líderes parlamentarios."),
      ("fernando-de-la-rua", "Confío en que mi decisión contribuirá a la paz social y a la continuidad institucional de la República. Le ruego que haga llegar esta renuncia al Honorable Congreso."),
  ])

MEDIA("d28_clarin_20011220",
      url="https://www.clarin.com/politica/de-la-rua-renuncio-y-se-fue-de-la-casa-rosada-en-helicoptero_0_2001122001.html",
      lang="es", outlet="Clarín", date="2001-12-20", tz=BUE,
      title="De la Rúa renunció y dejó la Casa Rosada en helicóptero", passages=[
          "Fernando de la Rúa firmó su renuncia al caer la tarde y poco después dejó la Casa de Gobierno en el helicóptero presidencial, que despegó desde la terraza, mientras en la Plaza de Mayo la Policía seguía reprimiendo a los manifestantes.",
          "La jornada dejó muertos en la Capital y en varias provincias; el Gobierno no había difundido anoche una cifra oficial.",
      ])

D("d28_congreso_20011221",
  url="https://www.hcdn.gob.ar/prensa/2001/12/21/la-asamblea-legislativa-acepto-la-renuncia-del-presidente-de-la-rua",
  kind="press_release", lang="es", publisher="congreso-argentina", author="congreso-argentina",
  author_name="Congreso de la Nación Argentina - Prensa",
  title="La Asamblea Legislativa aceptó la renuncia del presidente Fernando de la Rúa",
  published_at="2001-12-21", tz=BUE, passages=[
      "La Asamblea Legislativa, reunida este viernes 21 de diciembre en el Palacio del Congreso, aceptó la renuncia presentada por el doctor Fernando de la Rúa al cargo de Presidente de la Nación.",
      "Conforme a la Ley de Acefalía, el presidente provisional del Senado, Ramón Puerta, ejerce el Poder Ejecutivo hasta que la Asamblea designe a quien haya de desempeñarlo.",
  ])

D("d28_congreso_20011223",
  url="https://www.hcdn.gob.ar/prensa/2001/12/23/mensaje-del-presidente-adolfo-rodriguez-saa-ante-la-asamblea-legislativa",
  kind="transcript", lang="es", publisher="congreso-argentina", author="adolfo-rodriguez-saa",
  author_name="Congreso de la Nación Argentina - Dirección de Taquígrafos",
  title="Mensaje del presidente Adolfo Rodríguez Saá ante la Asamblea Legislativa (23 de diciembre de 2001)",
  published_at="2001-12-23", tz=BUE, verbatim=True, passages=[
      ("adolfo-rodriguez-saa", "Vamos a tomar el toro por las astas. Anuncio que el Estado argentino suspenderá el pago de la deuda externa, y que esos fondos se destinarán a planes de creación de empleo y de progreso social."),
      ("adolfo-rodriguez-saa", "Esto no significa el repudio de la deuda externa. Significa que primero están los argentinos."),
      ("adolfo-rodriguez-saa", "Vamos a crear un millón de puestos de trabajo."),
      ("adolfo-rodriguez-saa", "Vamos a vender todos los automóviles oficiales del Poder Ejecutivo y también los aviones de la Presidencia."),
  ])

D("d28_casarosada_20011230",
  url="https://www.casarosada.gob.ar/informacion/archivo/2001/12/30/mensaje-del-presidente-adolfo-rodriguez-saa-desde-san-luis",
  kind="transcript", lang="es", publisher="argentina-presidency", author="adolfo-rodriguez-saa",
  author_name="Presidencia de la Nación - Secretaría de Comunicación",
  title="Mensaje del presidente Adolfo Rodríguez Saá desde San Luis (30 de diciembre de 2001)",
  published_at="2001-12-30", tz=BUE, verbatim=True, passages=[
      ("adolfo-rodriguez-saa", "Hace una semana asumí la Presidencia ante la Asamblea Legislativa con la esperanza de devolver la paz a los argentinos."),
      ("adolfo-rodriguez-saa", "No he contado con el apoyo de sectores de mi propio partido, y sin ese apoyo no puedo seguir. Por eso presento mi renuncia indeclinable al cargo de Presidente de la Nación."),
  ])


# =============================================================================================
# 2012-06-15 (Friday)     Seventeen people (eleven peasants and six police officers) die in an
#                         eviction at Curuguaty
# 2012-06-21 (Thursday)   The Chamber of Deputies accuses President Lugo of poor performance of his
#                         duties and sends the case to the Senate (the count is left out: reports
#                         give 73 or 76 votes to 1)
# 2012-06-22 (Friday)     The Senate, as a court, finds Lugo guilty by 39 votes to 4, with two
#                         absent (about 18:27, UTC-4); Vice President Federico Franco is sworn in
#                         before Congress; Lugo's message ("Me someto a la decisión del Congreso")
# 2012-06-29 (Friday)     Argentina, Brazil and Uruguay, at the Mercosur summit in Mendoza, suspend
#                         Paraguay until democratic order is restored, rule out economic sanctions
#                         and decide Venezuela's incorporation from 31 July
# =============================================================================================

D("d28_diputados_py_20120621",
  url="https://www.diputados.gov.py/index.php/noticias/2012/06/21/diputados-aprueba-acusacion-en-juicio-politico-contra-el-presidente-lugo",
  kind="press_release", lang="es", publisher="camara-diputados-paraguay", author="camara-diputados-paraguay",
  author_name="Honorable Cámara de Diputados del Paraguay - Prensa",
  title="Diputados aprueba la acusación contra el presidente Fernando Lugo en juicio político",
  published_at="2012-06-21", tz=ASU, passages=[
      "La Cámara de Diputados aprobó este jueves, por amplia mayoría, la acusación contra el presidente de la República, Fernando Lugo Méndez, por mal desempeño de sus funciones, y la remitió a la Cámara de Senadores para la sustanciación del juicio político.",
      "Entre los fundamentos del libelo acusatorio figuran los hechos ocurridos el viernes 15 de junio en Curuguaty, donde murieron diecisiete personas, seis policías y once campesinos, durante un procedimiento de desalojo.",
  ])

D("d28_senado_py_20120622",
  url="https://www.senado.gov.py/index.php/noticias/2012/06/22/el-senado-declara-culpable-al-presidente-fernando-lugo",
  kind="press_release", lang="es", publisher="senado-paraguay", author="senado-paraguay",
  author_name="Honorable Cámara de Senadores del Paraguay - Prensa",
  title="El Senado declara culpable al presidente Fernando Lugo y lo separa del cargo",
  published_at="2012-06-22", tz=ASU, passages=[
      "La Cámara de Senadores, constituida en tribunal, declaró este viernes culpable de mal desempeño de sus funciones al presidente Fernando Lugo Méndez, con 39 votos a favor de la condena, 4 en contra y 2 ausencias, y lo separó de pleno derecho del cargo.",
      "La defensa del presidente dispuso de dos horas para presentar sus alegatos.",
      "Horas después, el vicepresidente Federico Franco prestó juramento como presidente de la República ante el Congreso reunido en pleno, para completar el período que concluye el 15 de agosto de 2013.",
  ])

D("d28_lugo_20120622",
  url="https://www.presidencia.gov.py/2012/06/22/mensaje-del-presidente-fernando-lugo-tras-el-fallo-del-senado",
  kind="transcript", lang="es", publisher="presidencia-paraguay", author="fernando-lugo",
  author_name="Presidencia de la República del Paraguay - Secretaría de Información y Comunicación",
  title="Mensaje de Fernando Lugo tras el fallo del Senado (Palacio de López, 22 de junio de 2012)",
  published_at="2012-06-22", tz=ASU, verbatim=True, passages=[
      ("fernando-lugo", "Hoy no es Fernando Lugo el que recibe un golpe, hoy no es Fernando Lugo el destituido: es la historia paraguaya, es su democracia, la que ha sido herida profundamente."),
      ("fernando-lugo", "Me someto a la decisión del Congreso y estoy dispuesto a responder siempre por mis actos como exmandatario."),
      ("fernando-lugo", "Pido a quienes quieran expresar su rechazo que lo hagan en paz. Que la sangre de los justos no se derrame."),
  ])

D("d28_franco_20120622",
  url="https://www.presidencia.gov.py/2012/06/22/palabras-del-presidente-federico-franco-tras-prestar-juramento",
  kind="transcript", lang="es", publisher="presidencia-paraguay", author="federico-franco",
  author_name="Presidencia de la República del Paraguay - Secretaría de Información y Comunicación",
  title="Palabras del presidente Federico Franco tras prestar juramento ante el Congreso (22 de junio de 2012)",
  published_at="2012-06-22", tz=ASU, verbatim=True, passages=[
      ("federico-franco", "Asumo la Presidencia de la República con humildad y con plena conciencia de la responsabilidad que me toca en esta hora."),
      ("federico-franco", "Voy a gobernar hasta el 15 de agosto de 2013, y ese día entregaré el mando a quien el pueblo paraguayo elija en las elecciones de abril."),
  ])

D("d28_mercosur_20120629",
  url="https://www.mercosur.int/2012/06/29/comunicado-de-los-presidentes-de-los-estados-partes-sobre-la-suspension-del-paraguay",
  kind="press_release", lang="es", publisher="mercosur", author="mercosur",
  author_name="Mercosur - Presidencia Pro Tempore Argentina",
  title="Decisión de los presidentes de los Estados Partes del Mercosur sobre la suspensión del Paraguay (Mendoza, 29 de junio de 2012)",
  published_at="2012-06-29", tz=MDZ, passages=[
      "Los presidentes de la República Argentina, Cristina Fernández de Kirchner; de la República Federativa del Brasil, Dilma Rousseff, y de la República Oriental del Uruguay, José Mujica, reunidos hoy en Mendoza, decidieron suspender a la República del Paraguay del derecho a participar en los órganos del Mercosur y en sus deliberaciones, en aplicación del Protocolo de Ushuaia sobre Compromiso Democrático.",
      "La suspensión regirá hasta que se verifique el pleno restablecimiento del orden democrático en el Paraguay. No se aplicarán sanciones económicas al Paraguay, cuyo pueblo no debe pagar las consecuencias de la ruptura del orden democrático.",
      "Los presidentes decidieron asimismo la incorporación de la República Bolivariana de Venezuela como Estado Parte del Mercosur, que se hará efectiva el 31 de julio de 2012.",
  ])


# =============================================================================================
# 2015-08-21 (Friday)     The Public Prosecutor's Office (Attorney General Thelma Aldana) and the
#                         CICIG (Commissioner Iván Velásquez) say President Pérez Molina and former
#                         Vice President Baldetti led the customs fraud network "La Línea";
#                         Baldetti is arrested and a request to lift his immunity is filed
# 2015-08-23 (Sunday)     Pérez Molina's recorded message to the nation in the evening ("no
#                         renunciaré"); his government's post of it (20:35 in Guatemala City, UTC-6;
#                         02:35 UTC on the 24th; the minute is ours)
# 2015-09-01 (Tuesday)    Congress lifts his immunity with 132 votes (the count of votes against is
#                         left out: reports differ)
# 2015-09-03 (Thursday)   Congress accepts his resignation, presented overnight, and Vice President
#                         Alejandro Maldonado Aguirre is sworn in until 14 January 2016
# =============================================================================================

D("d28_mp_20150821",
  url="https://www.mp.gob.gt/noticias/2015/08/21/conferencia-de-prensa-conjunta-mp-cicig-caso-la-linea/",
  kind="transcript", lang="es", publisher="ministerio-publico-guatemala", author="ministerio-publico-guatemala",
  author_name="Ministerio Público de Guatemala - Secretaría de Comunicación Social",
  title="Conferencia de prensa conjunta del Ministerio Público y la CICIG sobre el caso La Línea (21 de agosto de 2015)",
  published_at="2015-08-21", tz=GUA, verbatim=True, passages=[
      ("thelma-aldana", "Como resultado de la investigación del caso La Línea, esta mañana fue capturada la exvicepresidenta Roxana Baldetti, y el Ministerio Público presentó ante la Corte Suprema de Justicia una solicitud de antejuicio contra el presidente de la República, Otto Pérez Molina."),
      ("ivan-velasquez", "La evidencia indica que el presidente y la exvicepresidenta estaban en la cúspide de la estructura: eran ellos quienes tomaban las decisiones."),
      ("thelma-aldana", "Nadie está por encima de la ley. El Ministerio Público seguirá actuando con objetividad y conforme a la Constitución."),
  ])

D("d28_presidencia_gt_20150823",
  url="https://www.guatemala.gob.gt/2015/08/23/mensaje-a-la-nacion-del-presidente-otto-perez-molina/",
  kind="transcript", lang="es", publisher="guatemala-government", author="otto-perez-molina",
  author_name="Secretaría de Comunicación Social de la Presidencia de Guatemala",
  title="Mensaje a la Nación del presidente Otto Pérez Molina (23 de agosto de 2015)",
  published_at="2015-08-23", tz=GUA, verbatim=True, passages=[
      ("otto-perez-molina", "Pueblo de Guatemala: les afirmo que no renunciaré, y que con toda firmeza me someteré a los procesos que correspondan."),
      ("otto-perez-molina", "Rechazo mi vinculación con esa estructura de defraudación aduanera. No he sido parte de ella, y mucho menos he recibido un solo centavo de esos fondos."),
      ("otto-perez-molina", "Lo que ocurrió en mi gobierno, con funcionarios cercanos, me obliga a pedir perdón a los guatemaltecos."),
  ])

X("d28_x_gobgt_20150823", handle="GuatemalaGob", author="guatemala-government", author_name="Gobierno de Guatemala",
  ts="2015-08-24T02:35:00+00:00", lang="es", tz=GUA, passages=[
      "#MensajeALaNación | Presidente Otto Pérez Molina: «No renunciaré. Con toda firmeza me someteré a los procesos que correspondan».",
  ])

D("d28_congreso_gt_20150901",
  url="https://www.congreso.gob.gt/noticias/2015/09/01/congreso-retira-la-inmunidad-al-presidente-otto-perez-molina",
  kind="press_release", lang="es", publisher="congreso-guatemala", author="congreso-guatemala",
  author_name="Congreso de la República de Guatemala - Comunicación Social",
  title="Congreso retira la inmunidad al presidente Otto Pérez Molina",
  published_at="2015-09-01", tz=GUA, passages=[
      "Con 132 votos a favor, el Pleno del Congreso de la República aprobó este martes el informe de la comisión pesquisidora, declaró con lugar el antejuicio promovido contra el presidente Otto Pérez Molina y le retiró la inmunidad.",
      "Es la primera vez en la historia del país que se retira la inmunidad a un presidente en funciones. La decisión no lo separa del cargo: permite que sea investigado y, en su caso, procesado por un juez como cualquier ciudadano.",
  ])

D("d28_congreso_gt_20150903",
  url="https://www.congreso.gob.gt/noticias/2015/09/03/congreso-acepta-renuncia-y-juramenta-a-alejandro-maldonado-aguirre",
  kind="press_release", lang="es", publisher="congreso-guatemala", author="congreso-guatemala",
  author_name="Congreso de la República de Guatemala - Comunicación Social",
  title="Congreso acepta la renuncia de Otto Pérez Molina y juramenta a Alejandro Maldonado Aguirre",
  published_at="2015-09-03", tz=GUA, passages=[
      "El Pleno del Congreso de la República conoció y aceptó este jueves la renuncia presentada por Otto Pérez Molina al cargo de presidente de la República.",
      "A continuación, el vicepresidente Alejandro Maldonado Aguirre prestó juramento como presidente de la República, cargo que ejercerá hasta el 14 de enero de 2016.",
      "En su primer mensaje ante el Pleno, el mandatario pidió a los ministros y altos funcionarios que pongan sus cargos a disposición y llamó a los jóvenes que se movilizaron a no dar por terminada su tarea.",
  ])


# =============================================================================================
# 2015-11-22 (Sunday)     Argentina's presidential runoff. Scioli concedes at the Luna Park; Macri
#                         speaks at Costa Salguero. Scioli's post (21:25 in Buenos Aires, UTC-3;
#                         00:25 UTC on the 23rd) and Macri's (23:40; 02:40 UTC on the 23rd); the
#                         minutes are ours
# 2015-12-10 (Thursday)   Macri sworn in before the Legislative Assembly in the Palace of the
#                         Congress; at the Casa Rosada he receives the sash and baton from Federico
#                         Pinedo, the Senate's provisional president, in charge of the executive
#                         since midnight by a court's ruling; his address to the Assembly
# =============================================================================================

D("d28_scioli_20151122",
  url="https://www.danielscioli.com.ar/2015/11/22/discurso-de-daniel-scioli-en-el-luna-park/",
  kind="transcript", lang="es", publisher=None, author="daniel-scioli", author_name="Frente para la Victoria",
  title="Discurso de Daniel Scioli en el Luna Park tras el balotaje (22 de noviembre de 2015)",
  published_at="2015-11-22", tz=BUE, verbatim=True, passages=[
      ("daniel-scioli", "Hace instantes me comuniqué con el ingeniero Mauricio Macri para felicitarlo y desearle lo mejor, por el bien de todos los argentinos."),
      ("daniel-scioli", "El pueblo se ha expresado y su voluntad es soberana. Esa es la fortaleza de la democracia."),
  ])

D("d28_macri_20151122",
  url="https://www.cambiemos.com.ar/2015/11/22/discurso-de-mauricio-macri-en-costa-salguero/",
  kind="transcript", lang="es", publisher=None, author="mauricio-macri", author_name="Cambiemos",
  title="Discurso de Mauricio Macri en Costa Salguero tras el balotaje (22 de noviembre de 2015)",
  published_at="2015-11-22", tz=BUE, verbatim=True, passages=[
      ("mauricio-macri", "Hoy es un día histórico. Es un cambio de época que nos tiene que llevar hacia el futuro."),
      ("mauricio-macri", "Quiero agradecerle a Daniel Scioli, que me llamó para felicitarme, y reconocer el esfuerzo que hizo en esta campaña."),
  ])

X("d28_x_scioli_20151122", handle="danielscioli", author="daniel-scioli", author_name="Daniel Scioli",
  ts="2015-11-23T00:25:00+00:00", lang="es", tz=BUE, passages=[
      "Felicito a Mauricio Macri y le deseo éxito en su gestión, por el bien de todos los argentinos. La voluntad popular es soberana.",
  ])

X("d28_x_macri_20151122", handle="mauriciomacri", author="mauricio-macri", author_name="Mauricio Macri",
  ts="2015-11-23T02:40:00+00:00", lang="es", tz=BUE, passages=[
      "Gracias a todos los que hicieron posible este cambio histórico. Hoy empieza una nueva etapa en la Argentina. Juntos podemos.",
  ])

D("d28_casarosada_20151210",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/9-noticias/29590-mauricio-macri-asumio-como-presidente-de-la-nacion",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Mauricio Macri asumió como presidente de la Nación",
  published_at="2015-12-10", tz=BUE, passages=[
      "Mauricio Macri juró este jueves como presidente de la Nación ante la Asamblea Legislativa, reunida en el Palacio del Congreso, junto a la vicepresidenta Gabriela Michetti.",
      "Luego, en el Salón Blanco de la Casa Rosada, recibió la banda y el bastón presidenciales de manos del presidente provisional del Senado, Federico Pinedo, que ejercía el Poder Ejecutivo desde la medianoche por disposición de la Justicia.",
  ])

D("d28_macri_20151210",
  url="https://www.casarosada.gob.ar/informacion/discursos/29591-discurso-del-presidente-mauricio-macri-ante-la-asamblea-legislativa",
  kind="transcript", lang="es", publisher="argentina-presidency", author="mauricio-macri",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Discurso del presidente Mauricio Macri ante la Asamblea Legislativa (10 de diciembre de 2015)",
  published_at="2015-12-10", tz=BUE, verbatim=True, passages=[
      ("mauricio-macri", "Durante la campaña me comprometí a trabajar sobre tres grandes ideas: pobreza cero, derrotar al narcotráfico y unir a los argentinos."),
      ("mauricio-macri", "Vengo a ser el presidente de todos los argentinos, de los que me votaron y de los que no."),
      ("mauricio-macri", "Vamos a tener una Justicia independiente. En nuestro gobierno no habrá jueces macristas."),
  ])
