"""Source documents for the thirtieth development set (dev30.json).

Every document here is about an event of 2000 to 2015 that neither the first set (train/dev/test)
nor dev2 to dev28 uses, so that dev30 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev29, written at the same time, keeps to events of 2016 to 2025; this set keeps to
2000 to 2015, and in the event to 2002, 2005, 2008, 2010 and 2012, on days on which no earlier set
has a document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (a Venezuelan state television transcript, a private channel's transcript of a swearing-in,
the White House's press briefing and readout, the Venezuelan National Assembly's note, the
Venezuelan presidency's transcripts, the Colombian Defence Ministry's comunicado, the Ecuadorian
presidency's news feed and foreign ministry's comunicado, the OAS's press release, the Rio Group's
declaration, the Spanish Congress's note and Diario de Sesiones, the Argentine presidency's
transcript and posts, the Spanish foreign ministry's transcript of a joint appearance, Repsol's
transcript of a press conference, 10 Downing Street's statements and transcript, X posts, media
articles). Nothing here is a verbatim copy of a real document: short phrases that public reporting
widely quotes are kept close to the original where a pair depends on them. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

CCS = "America/Caracas"
BOG = "America/Bogota"
UIO = "America/Guayaquil"
SDQ = "America/Santo_Domingo"
MAD = "Europe/Madrid"
BUE = "America/Argentina/Buenos_Aires"
LON = "Europe/London"


# =============================================================================================
# 2002-04-12 (Friday)     In the small hours, General Lucas Rincón Romero, Inspector General of the
#                         Armed Forces, announces on television that the high command asked
#                         President Chávez to resign, "la cual aceptó"; that afternoon Pedro
#                         Carmona, president of Fedecámaras, is sworn in at Miraflores (Salón
#                         Ayacucho) as president of a transitional government whose decree
#                         dissolves the National Assembly and removes the heads of the other powers;
#                         White House press briefing by Ari Fleischer (Caracas on UTC-4)
# 2002-04-13 (Saturday)   Late at night, Vice President Diosdado Cabello is sworn in at Miraflores
#                         as acting president before the National Assembly's president, William Lara
# 2002-04-14 (Sunday)     Chávez, flown back from La Orchila, returns to Miraflores before dawn and
#                         speaks to the country; the National Assembly's note on Cabello's oath
# =============================================================================================

D("d30_vtv_rincon_20020412",
  url="https://www.vtv.gob.ve/archivo/2002/04/12/mensaje-del-inspector-general-de-la-fuerza-armada-nacional",
  kind="transcript", lang="es", publisher=None, author="lucas-rincon",
  author_name="Venezolana de Televisión - transcripción",
  title="Mensaje del inspector general de la Fuerza Armada Nacional, general en jefe Lucas Rincón Romero (madrugada del 12 de abril de 2002)",
  published_at="2002-04-12", tz=CCS, verbatim=True, passages=[
      ("lucas-rincon", "Pueblo venezolano, muy buenos días."),
      ("lucas-rincon", "Los miembros del Alto Mando Militar de la Fuerza Armada Nacional de la República Bolivariana de Venezuela deploran los lamentables acontecimientos sucedidos en la ciudad capital en el día de ayer. Ante tales hechos, se le solicitó al señor presidente de la República la renuncia de su cargo, la cual aceptó."),
      ("lucas-rincon", "Los integrantes del Alto Mando ponemos a partir de este momento nuestros cargos a la orden, los cuales entregaremos a los oficiales que sean designados por las nuevas autoridades."),
  ])

D("d30_globovision_carmona_20020412",
  url="https://www.globovision.com/archivo/2002/04/12/acto-de-juramentacion-de-pedro-carmona-estanga-en-miraflores",
  kind="transcript", lang="es", publisher=None, author="pedro-carmona",
  author_name="Globovisión - transcripción",
  title="Acto de instalación del Gobierno de Transición y juramentación de Pedro Carmona Estanga (Palacio de Miraflores, 12 de abril de 2002)",
  published_at="2002-04-12", tz=CCS, verbatim=True, passages=[
      ("moderator", "Buenas tardes. Nos encontramos en el Salón Ayacucho del Palacio de Miraflores para el acto de constitución del Gobierno de Transición Democrática y Unidad Nacional. Se dará lectura al acta."),
      ("participant", "Primero: se designa al ciudadano Pedro Carmona Estanga presidente de la República de Venezuela. Se restablece el nombre de República de Venezuela."),
      ("participant", "Segundo: se disuelve la Asamblea Nacional. Tercero: se destituye de sus cargos a los magistrados del Tribunal Supremo de Justicia, al Fiscal General de la República, al Contralor General de la República, al Defensor del Pueblo y a los miembros del Consejo Nacional Electoral."),
      ("pedro-carmona", "Juro ante Dios y ante la patria cumplir con los deberes que hoy asumo y devolver a los venezolanos, en el menor tiempo posible, la normalidad democrática."),
      ("pedro-carmona", "Asumo esta responsabilidad con humildad y con carácter transitorio. Convocaremos elecciones para que sea el pueblo el que decida."),
  ])

D("d30_wh_briefing_20020412",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2002/04/20020412-1.html",
  kind="transcript", lang="en", publisher="white-house", author="ari-fleischer",
  author_name="The White House - Office of the Press Secretary",
  title="Press Briefing by Ari Fleischer (April 12, 2002)",
  published_at="2002-04-12", tz=NY, verbatim=True, passages=[
      ("ari-fleischer", "Let me give you a readout of what we know about the events in Venezuela. We know that the action encouraged by the Chavez government provoked this crisis. According to the best information available, the Chavez government suppressed peaceful demonstrations, and government supporters fired on unarmed, peaceful protesters."),
      ("ari-fleischer", "The Venezuelan military and police refused to fire on the peaceful demonstrators and refused to support the government's role in such human rights violations. The results of these events are now that President Chavez has resigned the presidency, and a transitional civilian government has been installed."),
      ("reporter", "Ari, wasn't this a military coup against an elected president?"),
      ("ari-fleischer", "The details are still unclear. What we know is that the Venezuelan people expressed their right to peaceful protest, and the transitional government has said it will hold early elections. We will continue to watch events closely."),
  ])

D("d30_an_ve_20020414",
  url="https://www.asambleanacional.gob.ve/noticias/2002/04/14/diosdado-cabello-juro-como-presidente-encargado",
  kind="press_release", lang="es", publisher="asamblea-nacional-venezuela", author="asamblea-nacional-venezuela",
  author_name="Asamblea Nacional de Venezuela - Dirección de Comunicación",
  title="Diosdado Cabello juró como presidente encargado ante el presidente de la Asamblea Nacional",
  published_at="2002-04-14", tz=CCS, passages=[
      "El vicepresidente ejecutivo de la República, Diosdado Cabello, prestó juramento en la noche de este sábado 13 de abril como presidente encargado de la República ante el presidente de la Asamblea Nacional, William Lara, en el Palacio de Miraflores.",
      "En sus palabras, el vicepresidente afirmó que ejercería el cargo solo hasta el regreso del presidente constitucional, Hugo Chávez Frías, y llamó a los venezolanos a mantener la calma.",
      "En la madrugada de este domingo, el presidente Chávez llegó al Palacio de Miraflores y reasumió sus funciones.",
  ])

D("d30_chavez_20020414",
  url="https://www.presidencia.gob.ve/discursos/2002/04/14/alocucion-del-presidente-hugo-chavez-a-su-regreso-a-miraflores",
  kind="transcript", lang="es", publisher="venezuela-presidency", author="hugo-chavez",
  author_name="Presidencia de la República Bolivariana de Venezuela - Oficina Central de Información",
  title="Alocución del presidente Hugo Chávez Frías a su regreso al Palacio de Miraflores (madrugada del 14 de abril de 2002)",
  published_at="2002-04-14", tz=CCS, verbatim=True, passages=[
      ("hugo-chavez", "A Dios lo que es de Dios, al César lo que es del César y al pueblo lo que es del pueblo."),
      ("hugo-chavez", "Allá en Turiamo escribí, de mi puño y letra, que no he renunciado al poder legítimo que el pueblo me dio. Yo no he renunciado, y ese papel que dicen que firmé nunca existió."),
      ("hugo-chavez", "No vengo con odio ni con rencor en el alma. Vengo a llamar a la reflexión, a la rectificación y a la unidad de todos los venezolanos."),
  ])


# =============================================================================================
# 2008-03-01 (Saturday)   Colombian forces bomb a FARC camp in Angostura, Sucumbíos, in Ecuador,
#                         about 1.8 km from the border, killing "Raúl Reyes" (Luis Édgar Devia
#                         Silva); Defence Minister Juan Manuel Santos announces it in Bogotá
# 2008-03-02 (Sunday)     Chávez on Aló Presidente orders ten battalions to the border and closes the
#                         embassy in Bogotá (Caracas on UTC-4:30 since Dec 2007); at night Correa,
#                         in a national broadcast, expels Colombia's ambassador and sends troops to
#                         the border (the presidency's feed, 21:40 in Quito, UTC-5; 02:40 UTC on the
#                         3rd; the minute is ours)
# 2008-03-03 (Monday)     Ecuador breaks diplomatic relations with Colombia
# 2008-03-04 (Tuesday)    El Comercio on the four Mexican students killed in the camp (media only)
# 2008-03-05 (Wednesday)  The OAS Permanent Council's resolution (no condemnation; a commission led
#                         by the Secretary General; a Meeting of Consultation on 17 March)
# 2008-03-07 (Friday)     The Rio Group summit in Santo Domingo: the declaration takes note of
#                         Uribe's full apology and his commitment that it will not happen again
# =============================================================================================

D("d30_mindefensa_co_20080301",
  url="https://www.mindefensa.gov.co/irj/portal/Mindefensa/contenido/2008/03/01/comunicado-muerte-raul-reyes",
  kind="press_release", lang="es", publisher="mindefensa-colombia", author="juan-manuel-santos",
  author_name="Ministerio de Defensa Nacional de Colombia - Oficina de Prensa",
  title="Comunicado: muere alias 'Raúl Reyes', integrante del Secretariado de las FARC",
  published_at="2008-03-01", tz=BOG, passages=[
      ("juan-manuel-santos", "En una operación conjunta de las Fuerzas Militares y la Policía Nacional, en la madrugada de este sábado fue dado de baja Luis Édgar Devia Silva, alias 'Raúl Reyes', integrante del Secretariado de las FARC. Es el golpe más contundente que se le ha dado a esa organización terrorista."),
      ("juan-manuel-santos", "El bombardeo se dirigió contra un campamento ubicado en territorio ecuatoriano, a 1.800 metros de la frontera, frente al departamento del Putumayo. Tropas colombianas recuperaron el cuerpo de alias 'Raúl Reyes'."),
  ])

D("d30_chavez_alo_20080302",
  url="https://www.presidencia.gob.ve/alo-presidente/2008/03/02/alo-presidente-programa-306",
  kind="transcript", lang="es", publisher="venezuela-presidency", author="hugo-chavez",
  author_name="Presidencia de la República Bolivariana de Venezuela - Aló Presidente",
  title="Aló Presidente: transcripción (2 de marzo de 2008)",
  published_at="2008-03-02", tz=CCS, verbatim=True, passages=[
      ("hugo-chavez", "Señor ministro de la Defensa, muévame diez batallones hacia la frontera con Colombia, de inmediato. Batallones de tanques, que se despliegue la aviación militar."),
      ("hugo-chavez", "He ordenado cerrar nuestra embajada en Bogotá y retirar a todo nuestro personal diplomático."),
      ("hugo-chavez", "Lo que ha hecho el Gobierno de Colombia en territorio del Ecuador no lo vamos a aceptar en Venezuela."),
  ])

D("d30_presidencia_ec_20080302",
  url="https://www.presidencia.gob.ec/noticias/2008/03/02/presidente-correa-expulsa-al-embajador-de-colombia",
  kind="press_release", lang="es", publisher="ecuador-presidency", author="ecuador-presidency",
  author_name="Presidencia de la República del Ecuador - Secretaría de Comunicación",
  title="Presidente Correa expulsa al embajador de Colombia y envía tropas a la frontera norte",
  published_at="2008-03-03T02:40:00+00:00", tz=UIO, passages=[
      "En cadena nacional, el presidente de la República, Rafael Correa, anunció esta noche la expulsión del embajador de Colombia en Quito y el retiro inmediato de la representación diplomática ecuatoriana en Bogotá.",
      "El Mandatario dispuso asimismo la movilización de tropas a la frontera norte y calificó el ataque del sábado en Angostura, provincia de Sucumbíos, como una agresión a la soberanía del Ecuador.",
      ("rafael-correa", "No vamos a permitir que este atropello quede en la impunidad. El Ecuador es un país de paz, pero no va a tolerar que se viole su territorio."),
  ])

D("d30_cancilleria_ec_20080303",
  url="https://www.cancilleria.gob.ec/2008/03/03/comunicado-oficial-ruptura-de-relaciones-diplomaticas-con-colombia/",
  kind="press_release", lang="es", publisher="cancilleria-ecuador", author="cancilleria-ecuador",
  author_name="Ministerio de Relaciones Exteriores, Comercio e Integración del Ecuador",
  title="Comunicado oficial: el Ecuador rompe relaciones diplomáticas con Colombia",
  published_at="2008-03-03", tz=UIO, passages=[
      "El Gobierno Nacional ha decidido romper relaciones diplomáticas con la República de Colombia, ante la violación de la soberanía y de la integridad territorial del Ecuador cometida por fuerzas militares colombianas el sábado 1 de marzo en la provincia de Sucumbíos.",
      "El Ecuador llevará este hecho a la Organización de los Estados Americanos y a los demás foros regionales, y exige el compromiso de que no volverá a repetirse.",
  ])

MEDIA("d30_elcomercio_20080304",
      url="https://www.elcomercio.com/actualidad/2008/03/04/estudiantes-mexicanos-campamento-angostura.html",
      lang="es", outlet="El Comercio (Quito)", date="2008-03-04", tz=UIO,
      title="Cuatro estudiantes mexicanos murieron en el campamento de Angostura",
      passages=[
          "Cuatro estudiantes mexicanos se encontraban entre los muertos del bombardeo colombiano al campamento de las FARC en Angostura, según confirmaron fuentes del Gobierno de México.",
          "Una quinta estudiante, Lucía Morett, sobrevivió con heridas y fue trasladada a un hospital de Quito.",
      ])

D("d30_oas_20080305",
  url="https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-070/08",
  kind="press_release", lang="en", publisher="oas", author="oas",
  author_name="Organization of American States - Department of Press and Communications",
  title="OAS Permanent Council approves resolution on the situation between Ecuador and Colombia",
  published_at="2008-03-05", tz=NY, passages=[
      "The Permanent Council of the Organization of American States approved by consensus a resolution on the situation between Ecuador and Colombia arising from the incursion of Colombian military forces and police personnel into the territory of Ecuador on March 1.",
      "In the resolution, the Council reaffirms the principle that the territory of a State is inviolable and may not be the object, even temporarily, of military occupation or of other measures of force taken by another State, directly or indirectly, on any grounds whatever.",
      "The Council also decided to constitute a commission, headed by the Secretary General, to visit both countries, and to convoke a Meeting of Consultation of Ministers of Foreign Affairs on March 17 to examine its report.",
  ])

D("d30_grupo_rio_20080307",
  url="https://www.presidencia.gob.do/noticias/2008/03/07/declaracion-de-los-jefes-de-estado-y-de-gobierno-del-grupo-de-rio",
  kind="press_release", lang="es", publisher="grupo-de-rio", author="grupo-de-rio",
  author_name="Grupo de Río - Secretaría Pro Tempore (República Dominicana)",
  title="Declaración de los Jefes de Estado y de Gobierno del Grupo de Río sobre los acontecimientos recientes entre Ecuador y Colombia (Santo Domingo, 7 de marzo de 2008)",
  published_at="2008-03-07", tz=SDQ, passages=[
      "Los Jefes de Estado y de Gobierno del Grupo de Río, reunidos en Santo Domingo, República Dominicana, el 7 de marzo de 2008, rechazamos la violación de la integridad territorial del Ecuador.",
      "Tomamos nota de las plenas disculpas que el presidente Álvaro Uribe ofreció al Gobierno y al pueblo del Ecuador por la violación del territorio y la soberanía de esa hermana nación, el 1 de marzo de 2008, por parte de fuerzas militares de Colombia.",
      "Registramos con satisfacción el compromiso del presidente Álvaro Uribe, en nombre de su país, de que estos hechos no se repetirán en el futuro bajo ninguna circunstancia.",
  ])


# =============================================================================================
# 2005-06-30 (Thursday)   Spain's Congress of Deputies lifts the Senate's veto and gives final
#                         approval to the reform of the Civil Code opening marriage to couples of
#                         the same sex, 187 votes to 147 with 4 abstentions; Zapatero speaks in the
#                         debate (Law 13/2005 is dated 1 July, published on the 2nd, in force on the
#                         3rd; no document here records those steps)
# =============================================================================================

D("d30_congreso_20050630",
  url="https://www.congreso.es/notas-de-prensa/2005/06/30/el-congreso-aprueba-definitivamente-la-reforma-del-codigo-civil-sobre-el-matrimonio",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Departamento de Prensa",
  title="El Congreso aprueba definitivamente la reforma del Código Civil en materia de derecho a contraer matrimonio",
  published_at="2005-06-30", tz=MAD, passages=[
      "El Pleno del Congreso de los Diputados ha levantado este jueves el veto del Senado y ha aprobado definitivamente el proyecto de ley por el que se modifica el Código Civil en materia de derecho a contraer matrimonio, con 187 votos a favor, 147 en contra y 4 abstenciones.",
      "La reforma permite que el matrimonio tenga los mismos requisitos y efectos cuando ambos contrayentes sean del mismo o de diferente sexo, incluida la posibilidad de adoptar.",
      "Intervino en el debate el presidente del Gobierno, José Luis Rodríguez Zapatero, que defendió la reforma como una ampliación de derechos de la ciudadanía.",
  ])

D("d30_dss_20050630",
  url="https://www.congreso.es/public_oficiales/L8/CONG/DS/PL/PL_103.PDF",
  kind="transcript", lang="es", publisher="congreso-diputados", author="jose-luis-rodriguez-zapatero",
  author_name="Diario de Sesiones del Congreso de los Diputados",
  title="Diario de Sesiones del Congreso de los Diputados, Pleno, sesión del 30 de junio de 2005: intervención del presidente del Gobierno",
  published_at="2005-06-30", tz=MAD, verbatim=True, passages=[
      ("jose-luis-rodriguez-zapatero", "No estamos legislando, señorías, para gentes remotas y extrañas. Estamos ampliando las oportunidades de felicidad para nuestros vecinos, para nuestros compañeros de trabajo, para nuestros amigos y para nuestros familiares."),
      ("jose-luis-rodriguez-zapatero", "Hoy la sociedad española da una respuesta a un grupo de personas que durante años han sido humilladas, cuyos derechos han sido ignorados y cuya dignidad ha sido ofendida."),
      ("jose-luis-rodriguez-zapatero", "No es una ley contra nadie. Una sociedad decente es aquella que no humilla a sus miembros."),
  ])


# =============================================================================================
# 2012-04-16 (Monday)     Cristina Fernández de Kirchner announces at the Casa Rosada the bill on
#                         hydrocarbon sovereignty declaring 51% of YPF's assets, Repsol's class D
#                         shares, of public utility and subject to expropriation (51% to the
#                         national State, 49% to the provinces) and the decree of intervention
#                         with Julio De Vido as intervenor and Axel Kicillof as deputy; her post
#                         (21:40 in Buenos Aires, UTC-3; 00:40 UTC on the 17th) and the Casa
#                         Rosada's (22:05; 01:05 UTC on the 17th), the minutes ours; that evening in
#                         Madrid (UTC+2), García-Margallo and Soria appear together; Reuters on the
#                         Spanish managers leaving YPF's tower (media only)
# 2012-04-17 (Tuesday)    Repsol's chairman Antonio Brufau's press conference in Madrid
# =============================================================================================

D("d30_casarosada_20120416",
  url="https://www.casarosada.gob.ar/informacion/discursos/25840-anuncio-del-proyecto-de-ley-de-soberania-hidrocarburifera",
  kind="transcript", lang="es", publisher="argentina-presidency", author="cristina-fernandez-kirchner",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Anuncio del proyecto de ley de soberanía hidrocarburífera: palabras de la Presidenta de la Nación (16 de abril de 2012)",
  published_at="2012-04-16", tz=BUE, verbatim=True, passages=[
      ("cristina-fernandez-kirchner", "Acabo de firmar el proyecto de ley que hoy enviamos al Congreso y que declara de utilidad pública y sujeto a expropiación el 51 % del patrimonio de YPF Sociedad Anónima, representado por igual porcentaje de las acciones clase D pertenecientes a Repsol YPF. Será el Congreso el que deba tratarlo."),
      ("cristina-fernandez-kirchner", "Las acciones expropiadas se distribuirán en un 51 % para el Estado nacional y en un 49 % para las provincias productoras de hidrocarburos."),
      ("cristina-fernandez-kirchner", "He firmado también el decreto de intervención de YPF, y he designado interventor al ministro de Planificación Federal, Julio De Vido. Lo acompañará como subinterventor el viceministro de Economía, Axel Kicillof."),
      ("cristina-fernandez-kirchner", "Este no es un modelo de estatización, que quede claro: es un modelo de recuperación de la soberanía y del control de un instrumento fundamental."),
      ("cristina-fernandez-kirchner", "No voy a contestar ninguna amenaza ni ninguna bravuconada. Soy una jefa de Estado y no una patotera."),
  ])

X("d30_x_cfk_20120416", handle="CFKArgentina", author="cristina-fernandez-kirchner", author_name="Cristina Kirchner",
  ts="2012-04-17T00:40:00+00:00", lang="es", tz=BUE, passages=[
      "Hoy firmé el proyecto de ley que envié al Congreso para recuperar el control de YPF. La soberanía hidrocarburífera es soberanía nacional.",
  ])

X("d30_x_casarosada_20120416", handle="CasaRosadaAR", author="argentina-presidency", author_name="Casa Rosada",
  ts="2012-04-17T01:05:00+00:00", lang="es", tz=BUE, passages=[
      "La Presidenta anunció el envío al Congreso del proyecto de ley que declara de utilidad pública y sujeto a expropiación el 51 % de las acciones de YPF.",
  ])

D("d30_exteriores_20120416",
  url="https://www.exteriores.gob.es/es/Comunicacion/Comunicados/Paginas/2012/20120416_comparecencia_conjunta_ypf.aspx",
  kind="transcript", lang="es", publisher="exteriores-espana", author="jose-manuel-garcia-margallo",
  author_name="Ministerio de Asuntos Exteriores y de Cooperación - Oficina de Información Diplomática",
  title="Comparecencia conjunta del ministro de Asuntos Exteriores y de Cooperación y del ministro de Industria, Energía y Turismo sobre la decisión del Gobierno argentino respecto de YPF (16 de abril de 2012)",
  published_at="2012-04-16", tz=MAD, verbatim=True, passages=[
      ("jose-manuel-garcia-margallo", "El Gobierno de España lamenta profundamente esta decisión, que rompe el clima de cordialidad y amistad que presidía las relaciones entre España y Argentina."),
      ("jose-manuel-soria", "Es un gesto de hostilidad contra Repsol y, por tanto, contra una empresa española y contra el Gobierno de España. El Gobierno adoptará todas las medidas que considere oportunas para defender los intereses de Repsol."),
      ("jose-manuel-garcia-margallo", "Hemos convocado al embajador de la República Argentina para transmitirle el profundo malestar del Gobierno español."),
  ])

MEDIA("d30_reuters_20120416",
      url="https://www.reuters.com/article/2012/04/16/argentina-ypf-repsol-executives-idUSL2E8FGJ8B20120416",
      lang="en", outlet="Reuters", date="2012-04-16", tz=BUE,
      title="Argentine officials take over YPF headquarters, Spanish executives asked to leave",
      passages=[
          "BUENOS AIRES, April 16 (Reuters) - Argentine government officials entered the Buenos Aires headquarters of oil company YPF on Monday shortly after President Cristina Fernandez announced its seizure, and Spanish executives were asked to leave the building, a company source said.",
      ])

D("d30_repsol_20120417",
  url="https://www.repsol.com/es/sala-prensa/notas-prensa/2012/20120417-rueda-de-prensa-antonio-brufau.cshtml",
  kind="transcript", lang="es", publisher="repsol", author="antonio-brufau",
  author_name="Repsol - Dirección de Comunicación",
  title="Rueda de prensa del presidente de Repsol, Antonio Brufau, sobre la expropiación de YPF (Madrid, 17 de abril de 2012)",
  published_at="2012-04-17", tz=MAD, verbatim=True, passages=[
      ("antonio-brufau", "La expropiación anunciada ayer por el Gobierno argentino es un acto manifiestamente ilícito y gravemente discriminatorio. Estos actos no quedarán impunes."),
      ("antonio-brufau", "Repsol emprenderá todas las acciones legales a su alcance para preservar el valor de sus activos y exigirá una compensación justa. Valoramos nuestra participación en 10.500 millones de dólares."),
  ])


# =============================================================================================
# 2010-05-11 (Tuesday)    After the hung parliament of the election of Thursday 6 May (no document
#                         here gives seat counts), Gordon Brown announces outside 10 Downing Street
#                         that he will tender his resignation to the Queen and resigns as Labour
#                         leader with immediate effect; that evening David Cameron, asked by the
#                         Queen to form a government, speaks outside Number 10; Obama calls him
#                         (the White House readout); London on UTC+1
# 2010-05-12 (Wednesday)  Cameron and Nick Clegg's press conference in the Rose Garden of 10 Downing
#                         Street
# =============================================================================================

D("d30_number10_brown_20100511",
  url="https://www.number10.gov.uk/news/statement-by-the-prime-minister-11-may-2010/",
  kind="transcript", lang="en", publisher="uk-pmo", author="gordon-brown",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Statement by Gordon Brown outside 10 Downing Street (11 May 2010)",
  published_at="2010-05-11", tz=LON, verbatim=True, passages=[
      ("gordon-brown", "My constitutional duty is to ensure that a government can be formed following last Thursday's general election. I have informed the Queen's private secretary that it is my intention to tender my resignation to the Queen."),
      ("gordon-brown", "In the event that the Queen accepts, I shall advise her to invite the leader of the opposition to seek to form a government. I wish the next prime minister well as he makes the important choices for the future. I will also resign as Leader of the Labour Party with immediate effect."),
      ("gordon-brown", "I loved the job not for its prestige, its titles and its ceremony, which I do not love at all. No, I loved the job for its potential to make this country I love fairer, more tolerant, more green, more democratic, more prosperous and more just."),
      ("gordon-brown", "Above all, I would like to thank my wife Sarah for her unswerving support, and my sons John and Fraser. Thank you and goodbye."),
  ])

D("d30_number10_cameron_20100511",
  url="https://www.number10.gov.uk/news/statement-by-the-new-prime-minister-david-cameron-11-may-2010/",
  kind="transcript", lang="en", publisher="uk-pmo", author="david-cameron",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Statement by the new Prime Minister, David Cameron, outside 10 Downing Street (11 May 2010)",
  published_at="2010-05-11", tz=LON, verbatim=True, passages=[
      ("david-cameron", "Her Majesty the Queen has asked me to form a new government and I have accepted."),
      ("david-cameron", "We have a hung parliament, where no party has an overall majority, and we have some deep and pressing problems. I aim to form a proper and full coalition between the Conservatives and the Liberal Democrats."),
      ("david-cameron", "Nick Clegg and I are both political leaders who want to put aside party differences and work hard for the common good and for the national interest."),
  ])

D("d30_wh_readout_20100511",
  url="https://obamawhitehouse.archives.gov/the-press-office/readout-presidents-call-with-prime-minister-david-cameron",
  kind="readout", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Readout of the President's Call with Prime Minister David Cameron of the United Kingdom",
  published_at="2010-05-11", tz=NY, passages=[
      "President Obama called Prime Minister David Cameron today to congratulate him on becoming Prime Minister of the United Kingdom.",
      "The President reaffirmed the special relationship between the United States and the United Kingdom and the two leaders discussed Afghanistan, the global economy and Iran. The President invited the Prime Minister to visit Washington in July.",
  ])

D("d30_number10_rosegarden_20100512",
  url="https://www.number10.gov.uk/news/press-conference-by-the-prime-minister-and-deputy-prime-minister-12-may-2010/",
  kind="transcript", lang="en", publisher="uk-pmo", author="uk-pmo",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Press conference by the Prime Minister and the Deputy Prime Minister in the Rose Garden of 10 Downing Street (12 May 2010)",
  published_at="2010-05-12", tz=LON, verbatim=True, passages=[
      ("david-cameron", "Welcome to the Rose Garden. Today we are not just announcing a new government and new ministers. We are announcing a new politics, in which the national interest is more important than party interest."),
      ("nick-clegg", "Until today, we have been rivals. Now we are colleagues. This is a new government and a new kind of government, one that will be strong and stable for five years."),
      ("reporter", "Mr Cameron, when you were once asked what your favourite joke was, you said 'Nick Clegg'. Do you regret that?"),
      ("david-cameron", "I'm afraid I did once say that."),
      ("nick-clegg", "Come on, I'm off!"),
  ])
