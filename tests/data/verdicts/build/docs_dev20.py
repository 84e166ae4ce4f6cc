"""Source documents for the twentieth development set (dev20.json).

Every document here is about an event of 2019, 2020, 2022 or 2023 that neither the first set
(train/dev/test) nor dev2 to dev18 uses, so that dev20 checks whether the verdict rules generalise
to pairs nobody has tuned on (dev19, written at the same time, keeps to events of 2024 and 2025).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Peruvian presidency's transcript of a Mensaje a la Nación and its note on a decree,
the Peruvian Congress's note, the OAS General Secretariat's statement, the Chilean presidency's
transcripts, the OHCHR's press release, La Moncloa's transcripts and note, UN Climate Change's
statement, the WHO Director-General's remarks, the White House's transcripts and readout, the
Colombian Registrar's bulletin, a newspaper's transcript of a victory speech, the Royal
Household's account of the coronation, X posts, media articles). Nothing here is a verbatim copy of
a real document. It shares only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

LIM = "America/Lima"
SCL = "America/Santiago"
MAD = "Europe/Madrid"
GVA = "Europe/Zurich"  # Geneva
BON = "Europe/Berlin"  # UN Climate Change, in Bonn
BOG = "America/Bogota"
LON = "Europe/London"


# =============================================================================================
# 2019-09-30 (Monday)     Vizcarra's Mensaje a la Nación: after the Congress elects a Constitutional
#                         Court magistrate instead of taking up the question of confidence, he
#                         dissolves it under article 134; Decreto Supremo 165-2019-PCM (elections on
#                         26 Jan 2020) and the presidency's post at 23:10 in Lima (04:10 UTC on
#                         1 Oct); the Congress suspends him for twelve months for temporary
#                         incapacity and swears in Vice President Mercedes Aráoz before its
#                         president, Pedro Olaechea; the armed forces' and police chiefs with
#                         Vizcarra (media only)
# 2019-10-01 (Tuesday)    The OAS General Secretariat's statement; Aráoz resigns on X at 21:05 in
#                         Lima (02:05 UTC on the 2nd)
# =============================================================================================

D("d20_presidencia_pe_20190930",
  url="https://www.gob.pe/institucion/presidencia/noticias/52318-mensaje-a-la-nacion-del-presidente-de-la-republica-martin-vizcarra-cornejo",
  kind="transcript", lang="es", publisher="peru-presidency", author="martin-vizcarra",
  author_name="Presidencia de la República del Perú",
  title="Mensaje a la Nación del presidente de la República, Martín Vizcarra Cornejo, 30 de septiembre de 2019",
  published_at="2019-09-30", tz=LIM, verbatim=True, passages=[
      ("martin-vizcarra", "Buenas tardes, compatriotas. Esta mañana el presidente del Consejo de Ministros, Salvador del Solar, acudió al Congreso para plantear una cuestión de confianza sobre el procedimiento de elección de los magistrados del Tribunal Constitucional. El Congreso, sin embargo, prefirió seguir adelante con esa elección y designó a un magistrado antes de debatir la confianza que se le pedía."),
      ("martin-vizcarra", "Para el Poder Ejecutivo, esa decisión constituye una denegación fáctica de la confianza. Es la segunda vez que este Congreso niega la confianza a un Consejo de Ministros."),
      ("martin-vizcarra", "Por ello, en el marco del artículo 134 de la Constitución Política del Perú, he decidido disolver constitucionalmente el Congreso y convocar a elecciones de congresistas."),
      ("martin-vizcarra", "Es una medida excepcional, prevista en nuestra Carta Magna. Les pido a todos los peruanos calma: las instituciones siguen funcionando y será el pueblo, con su voto, el que decida."),
  ])

D("d20_presidencia_pe_decreto_20190930",
  url="https://www.gob.pe/institucion/presidencia/noticias/52321-gobierno-publica-decreto-supremo-que-disuelve-el-congreso-y-convoca-a-elecciones",
  kind="press_release", lang="es", publisher="peru-presidency", author="peru-presidency",
  author_name="Presidencia de la República del Perú",
  title="Gobierno publica decreto supremo que disuelve el Congreso y convoca a elecciones congresales para el 26 de enero de 2020",
  published_at="2019-09-30", tz=LIM, passages=[
      "El Poder Ejecutivo publicó esta noche, en edición extraordinaria del diario oficial El Peruano, el Decreto Supremo N.° 165-2019-PCM, que disuelve el Congreso de la República y convoca a elecciones de un nuevo Congreso para el domingo 26 de enero de 2020.",
      "De acuerdo con el artículo 134 de la Constitución, la Comisión Permanente se mantiene en funciones. Los congresistas que resulten elegidos completarán el periodo constitucional del Congreso disuelto, que concluye en 2021.",
  ])

X("d20_x_presidencia_pe_20190930", handle="presidenciaperu", author="peru-presidency",
  author_name="Presidencia Perú", ts="2019-10-01T04:10:00+00:00", lang="es", tz=LIM, passages=[
      "El presidente Martín Vizcarra promulgó el Decreto Supremo N.° 165-2019-PCM, que disuelve el Congreso de la República y convoca a elecciones de congresistas para el 26 de enero de 2020.",
  ])

D("d20_congreso_20190930",
  url="https://comunicaciones.congreso.gob.pe/noticias/pleno-aprueba-suspension-del-presidente-de-la-republica-y-juramenta-vicepresidenta-mercedes-araoz/",
  kind="press_release", lang="es", publisher="congreso-peru", author="congreso-peru",
  author_name="Congreso de la República del Perú",
  title="Pleno aprueba suspensión del presidente de la República y juramenta la vicepresidenta Mercedes Aráoz",
  published_at="2019-09-30", tz=LIM, passages=[
      "El Pleno del Congreso de la República aprobó esta noche la resolución legislativa que declara la incapacidad temporal del presidente de la República, Martín Vizcarra Cornejo, y lo suspende en el ejercicio del cargo por un plazo de doce meses.",
      "Acto seguido, la vicepresidenta de la República, Mercedes Aráoz Fernández, juró como presidenta encargada de la República ante el presidente del Congreso, Pedro Olaechea Álvarez-Calderón.",
      "La Mesa Directiva sostuvo que el Congreso no ha sido disuelto, puesto que el Pleno votó esta misma tarde a favor de la cuestión de confianza planteada por el presidente del Consejo de Ministros.",
  ])

D("d20_oas_20191001",
  url="https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-076/19",
  kind="press_release", lang="en", publisher="oas", author="oas",
  author_name="Organization of American States - Press Department",
  title="Statement of the OAS General Secretariat on the Situation in Peru",
  published_at="2019-10-01", tz=NY, passages=[
      "The General Secretariat of the Organization of American States takes note of the decision of President Martín Vizcarra to dissolve the Congress of the Republic of Peru, and of the decision of the Congress to declare the temporary incapacity of the President.",
      "The General Secretariat considers that it is for the Constitutional Court of Peru to rule on the legality and legitimacy of the institutional decisions that have been adopted.",
      "We call on all political and social actors to settle their differences through dialogue and within the institutional framework, and to refrain from any act of violence.",
  ])

X("d20_x_araoz_20191001", handle="MecheAF", author="mercedes-araoz", author_name="Mercedes Aráoz",
  ts="2019-10-02T02:05:00+00:00", lang="es", tz=LIM, passages=[
      "He decidido renunciar de manera irrevocable al cargo de vicepresidenta constitucional de la República. Lo hago porque se ha roto el orden constitucional en el Perú. Espero que mi renuncia conduzca a la convocatoria de elecciones generales en el más breve plazo, por el bien del país.",
  ])

MEDIA("d20_reuters_20191001",
      url="https://www.reuters.com/article/us-peru-politics-military/perus-armed-forces-police-back-vizcarra-after-congress-dissolved-idUSKBN1WG3XK",
      lang="en", outlet="Reuters", date="2019-10-01", tz=LIM,
      title="Peru's armed forces, police back Vizcarra after he dissolves Congress", passages=[
          "The heads of Peru's armed forces and national police met President Martín Vizcarra at the presidential palace late on Monday and said they recognised him as constitutional president and supreme chief of the armed forces, hours after he dissolved Congress.",
          "Lawmakers had voted that evening to suspend Vizcarra and swore in Vice President Mercedes Aráoz, a move the government said had no legal effect.",
      ])


# =============================================================================================
# 2019-10-20 (Sunday)     Piñera's declaration: "Estamos en guerra contra un enemigo poderoso,
#                         implacable"; democracy's right and duty to defend itself
# 2019-10-21 (Monday)     General Javier Iturriaga: "Yo soy un hombre feliz, no estoy en guerra con
#                         nadie" (media only)
# 2019-10-22 (Tuesday)    Piñera's national broadcast: "les pido perdón", the Agenda Social (20 %
#                         more for the Pensión Básica Solidaria, a guaranteed minimum income of
#                         350,000 pesos topped up by the State, the 9.2 % rise in electricity rates
#                         annulled); his post at 22:40 in Santiago (01:40 UTC on the 23rd)
# 2019-10-24 (Thursday)   Bachelet announces a UN human rights mission to Chile
# =============================================================================================

D("d20_gob_cl_20191020",
  url="https://prensa.presidencia.cl/discurso.aspx?id=129840",
  kind="transcript", lang="es", publisher="chile-presidency", author="sebastian-pinera",
  author_name="Prensa Presidencia - Gobierno de Chile",
  title="Declaración del Presidente de la República, Sebastián Piñera, 20 de octubre de 2019",
  published_at="2019-10-20", tz=SCL, verbatim=True, passages=[
      ("sebastian-pinera", "Buenas noches. Estamos en guerra contra un enemigo poderoso, implacable, que no respeta nada ni a nadie y que está dispuesto a recurrir a la violencia y a la delincuencia sin límite alguno."),
      ("sebastian-pinera", "La democracia no solo tiene el derecho, sino también la obligación de defenderse, usando todos los instrumentos que le entregan la Constitución y las leyes."),
      ("sebastian-pinera", "Pido a todos mis compatriotas que nos unamos en esta batalla contra la violencia y la delincuencia, y que colaboremos con las autoridades para recuperar la paz en nuestras ciudades."),
  ])

MEDIA("d20_latercera_20191021",
      url="https://www.latercera.com/nacional/noticia/general-iturriaga-no-estoy-en-guerra-con-nadie/870310/",
      lang="es", outlet="La Tercera", date="2019-10-21", tz=SCL,
      title="General Iturriaga: \"Yo soy un hombre feliz, no estoy en guerra con nadie\"", passages=[
          "\"Yo soy un hombre feliz, no estoy en guerra con nadie\", dijo este lunes el general Javier Iturriaga, jefe de la Defensa Nacional para la Región Metropolitana, al ser consultado por las palabras del Presidente la noche del domingo.",
          "El general informó además que el toque de queda en la capital regiría nuevamente durante la noche.",
      ])

D("d20_gob_cl_20191022",
  url="https://prensa.presidencia.cl/discurso.aspx?id=129861",
  kind="transcript", lang="es", publisher="chile-presidency", author="sebastian-pinera",
  author_name="Prensa Presidencia - Gobierno de Chile",
  title="Mensaje del Presidente de la República, Sebastián Piñera, en cadena nacional: Agenda Social",
  published_at="2019-10-22", tz=SCL, verbatim=True, passages=[
      ("sebastian-pinera", "Los problemas se acumulaban desde hacía décadas, y ni los gobiernos anteriores ni el nuestro supimos ver la situación en toda su magnitud. Reconozco esta falta de visión y les pido perdón a mis compatriotas."),
      ("sebastian-pinera", "Por eso anuncio una Agenda Social, que empieza por un aumento inmediato de un 20 % de la Pensión Básica Solidaria y del Aporte Previsional Solidario."),
      ("sebastian-pinera", "Crearemos además un ingreso mínimo garantizado de 350.000 pesos mensuales para los trabajadores de jornada completa: cuando el sueldo no alcance esa cifra, el Estado complementará la diferencia."),
      ("sebastian-pinera", "Y propondremos un mecanismo de estabilización de las tarifas eléctricas que permitirá anular el alza reciente de un 9,2 %."),
  ])

X("d20_x_pinera_20191022", handle="sebastianpinera", author="sebastian-pinera", author_name="Sebastián Piñera",
  ts="2019-10-23T01:40:00+00:00", lang="es", tz=SCL, passages=[
      "Hemos escuchado con humildad la voz de los chilenos. Hoy anuncié una Agenda Social para mejorar las pensiones, los salarios, la salud y las tarifas eléctricas. Necesitamos la unidad de todos para sacarla adelante con urgencia.",
  ])

D("d20_ohchr_20191024",
  url="https://www.ohchr.org/en/press-releases/2019/10/bachelet-send-un-human-rights-mission-chile",
  kind="press_release", lang="en", publisher="ohchr", author="michelle-bachelet",
  author_name="Office of the United Nations High Commissioner for Human Rights",
  title="Bachelet to send UN human rights mission to Chile",
  published_at="2019-10-24", tz=GVA, passages=[
      ("michelle-bachelet", "We have followed the crisis in Chile from its first days, and I have decided to send a verification mission to examine the allegations of human rights violations there."),
      "The UN High Commissioner for Human Rights, Michelle Bachelet, said the team would meet authorities, civil society and victims, and urged that all acts of violence be investigated independently.",
  ])


# =============================================================================================
# 2019-10-30 (Wednesday)  Piñera: Chile will not host the APEC summit in November nor COP25 in
#                         December ("una decisión muy difícil")
# 2019-10-31 (Thursday)   La Moncloa: Spain offers Madrid for COP25 on the planned dates
# 2019-11-01 (Friday)     UN Climate Change: the COP Bureau agrees that COP25 takes place in Madrid,
#                         2 to 13 December, under Chile's presidency
# =============================================================================================

D("d20_gob_cl_20191030",
  url="https://prensa.presidencia.cl/discurso.aspx?id=129987",
  kind="transcript", lang="es", publisher="chile-presidency", author="sebastian-pinera",
  author_name="Prensa Presidencia - Gobierno de Chile",
  title="Declaración del Presidente de la República, Sebastián Piñera, sobre la Cumbre APEC y la COP25",
  published_at="2019-10-30", tz=SCL, verbatim=True, passages=[
      ("sebastian-pinera", "Nuestro país ha vivido semanas muy difíciles. Por eso hemos decidido no realizar la Cumbre de Líderes de APEC, prevista para el mes de noviembre, ni la Conferencia de las Naciones Unidas sobre el Cambio Climático, la COP25, prevista para el mes de diciembre."),
      ("sebastian-pinera", "Esta ha sido una decisión muy difícil, una decisión que nos causa mucho dolor, porque entendemos perfectamente la importancia que tienen APEC y la COP25 para Chile y para el mundo."),
      ("sebastian-pinera", "Pero un presidente tiene que poner siempre por delante los problemas y los intereses de sus compatriotas: restablecer el orden público, la seguridad y la paz social, y sacar adelante la Agenda Social."),
  ])

D("d20_moncloa_20191031",
  url="https://www.lamoncloa.gob.es/serviciosdeprensa/notasprensa/transicion-ecologica/Paginas/2019/311019-cop25.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Gabinete de Prensa",
  title="El Gobierno ofrece Madrid para acoger la Cumbre del Clima COP25",
  published_at="2019-10-31", tz=MAD, passages=[
      "El Gobierno de España ha trasladado a Chile y a Naciones Unidas su disposición a acoger en Madrid la XXV Conferencia de las Partes de la Convención Marco de Naciones Unidas sobre el Cambio Climático (COP25), en las mismas fechas previstas, del 2 al 13 de diciembre.",
      "La presidencia de la conferencia seguiría correspondiendo a Chile. La decisión corresponde ahora a la Mesa de la COP, que se reunirá en los próximos días.",
      "El Gobierno considera que la lucha contra el cambio climático no puede esperar y que España está en condiciones de organizar una cita de esta dimensión en un plazo tan breve.",
  ])

D("d20_unfccc_20191101",
  url="https://unfccc.int/news/new-venue-for-cop25-madrid-spain",
  kind="press_release", lang="en", publisher="unfccc", author="unfccc",
  author_name="UN Climate Change",
  title="New Venue for COP25: Madrid, Spain",
  published_at="2019-11-01", tz=BON, passages=[
      ("patricia-espinosa", "I can confirm that the COP Bureau has agreed to hold COP25 in Madrid, Spain, from 2 to 13 December 2019, with the Government of Chile holding the Presidency."),
      ("patricia-espinosa", "Our thanks go to Spain for offering to host the conference at such short notice, and to Chile, which will go on leading the negotiations as President of COP25."),
  ])


# =============================================================================================
# 2020-03-11 (Wednesday)  Tedros at the WHO's media briefing in Geneva: COVID-19 "can be
#                         characterized as a pandemic"; Trump's address to the nation from the Oval
#                         Office at 9 p.m. in Washington (01:00 UTC on the 12th): travel from Europe
#                         suspended for 30 days, not from the United Kingdom
# 2020-03-13 (Friday)     Trump declares a national emergency in the Rose Garden ("No, I don't take
#                         responsibility at all"); Sánchez announces that the Council of Ministers
#                         will decree the state of alarm the next day
# 2020-03-14 (Saturday)   Real Decreto 463/2020: state of alarm for 15 days in all of Spain;
#                         Sánchez's appearance after the extraordinary Council of Ministers
# =============================================================================================

D("d20_who_20200311",
  url="https://www.who.int/director-general/speeches/detail/who-director-general-s-opening-remarks-at-the-media-briefing-on-covid-19---11-march-2020",
  kind="transcript", lang="en", publisher="who", author="tedros-adhanom",
  author_name="World Health Organization",
  title="WHO Director-General's opening remarks at the media briefing on COVID-19 - 11 March 2020",
  published_at="2020-03-11", tz=GVA, verbatim=True, passages=[
      ("tedros-adhanom", "Good afternoon. Over the last two weeks, outside China, the number of COVID-19 cases has grown thirteen times over and the number of countries affected has tripled. We now count more than 118,000 cases in 114 countries, and 4,291 people have died."),
      ("tedros-adhanom", "We have followed this outbreak day and night, and we are deeply worried both by how fast and how severely it is spreading and by how little some are doing about it. We have therefore made the assessment that COVID-19 can be characterized as a pandemic."),
      ("tedros-adhanom", "Pandemic is not a word to use lightly or carelessly. Used wrongly, it can spread needless fear, or the false belief that the fight is already lost."),
      ("tedros-adhanom", "Describing the situation as a pandemic does not change WHO's assessment of the threat posed by this virus. What WHO is doing stays the same, and so does what countries should do."),
      ("tedros-adhanom", "This is the first pandemic we have seen caused by a coronavirus, and it is also one that can still be controlled."),
  ])

D("d20_wh_20200311",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-address-nation/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump",
  author_name="The White House",
  title="Remarks by President Trump in Address to the Nation",
  published_at="2020-03-11", tz=NY, verbatim=True, passages=[
      ("donald-trump", "My fellow Americans, tonight I am speaking to you about the unprecedented steps our nation is taking against the coronavirus, which began in China and is now spreading around the world."),
      ("donald-trump", "This is the most aggressive and comprehensive effort to confront a foreign virus in modern history, and by keeping up these tough measures we will greatly reduce the danger to our citizens."),
      ("donald-trump", "To stop new cases from reaching our shores, we will be suspending all travel from Europe to the United States for the next 30 days. The new rules take effect Friday at midnight, and we will adjust them as conditions on the ground change."),
      ("donald-trump", "Americans who have been properly screened will be exempted, and the restrictions will not apply to the United Kingdom."),
  ])

D("d20_wh_20200313",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-vice-president-pence-members-coronavirus-task-force-press-conference-3/",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House",
  title="Remarks by President Trump, Vice President Pence, and Members of the Coronavirus Task Force in Press Conference",
  published_at="2020-03-13", tz=NY, verbatim=True, passages=[
      ("donald-trump", "To unleash the full power of the federal government in this effort, today I am officially declaring a national emergency. Two very big words."),
      ("donald-trump", "With this step, up to $50 billion will be available to states, territories and localities in the fight against this disease."),
      ("reporter", "Do you take responsibility for the lag in testing?"),
      ("donald-trump", "No, I don't take responsibility at all. We were handed a set of circumstances, and rules and specifications from a different time."),
  ])

D("d20_moncloa_20200313",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2020/20200313declaracion.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno, Pedro Sánchez, sobre el coronavirus COVID-19",
  published_at="2020-03-13", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenas tardes. Comparezco para anunciarles que mañana, sábado, el Consejo de Ministros celebrará una reunión extraordinaria para decretar el estado de alarma en todo el territorio nacional."),
      ("pedro-sanchez", "Con esta medida, el Gobierno podrá movilizar todos los recursos del Estado para proteger mejor la salud de todos los ciudadanos, contener el avance de la enfermedad y reforzar nuestro sistema sanitario."),
      ("pedro-sanchez", "Vamos a superar esta emergencia, y lo haremos con la responsabilidad, la disciplina social y la unidad de todos."),
  ])

D("d20_moncloa_20200314",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2020/20200314comparecencia.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Comparecencia del presidente del Gobierno, Pedro Sánchez, tras el Consejo de Ministros extraordinario",
  published_at="2020-03-14", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenas noches. El Consejo de Ministros ha aprobado el real decreto por el que se declara el estado de alarma en todo el territorio nacional durante los próximos 15 días."),
      ("pedro-sanchez", "Serán autoridades competentes delegadas, bajo mi superior dirección, la ministra de Defensa, el ministro del Interior, el ministro de Transportes, Movilidad y Agenda Urbana y el ministro de Sanidad."),
      ("pedro-sanchez", "Todas las Fuerzas y Cuerpos de Seguridad del Estado, los cuerpos de policía de las comunidades autónomas y las policías locales quedan bajo las órdenes directas del ministro del Interior."),
      ("pedro-sanchez", "A partir de ahora, los ciudadanos solo podrán circular por las vías de uso público para adquirir alimentos y medicamentos, acudir a centros sanitarios, ir a su lugar de trabajo o atender a mayores, menores y personas dependientes."),
  ])


# =============================================================================================
# 2022-06-19 (Sunday)     Colombia's runoff: Petro and Márquez elected with 50.44 %, Hernández
#                         47.31 %, blank vote 2.24 % (the Registrar's pre-count); Hernández accepts
#                         the result on X (18:05 in Bogotá); Márquez's and Petro's speeches at the
#                         Movistar Arena (a newspaper's transcript)
# 2022-06-21 (Tuesday)    Biden's call with President-elect Petro (the White House readout)
# =============================================================================================

D("d20_registraduria_20220619",
  url="https://www.registraduria.gov.co/Gustavo-Petro-y-Francia-Marquez-elegidos-presidente-y-vicepresidenta-de-Colombia-para-el-periodo-2022-2026.html",
  kind="press_release", lang="es", publisher="registraduria-colombia", author="registraduria-colombia",
  author_name="Registraduría Nacional del Estado Civil",
  title="Gustavo Petro y Francia Márquez, elegidos presidente y vicepresidenta de Colombia para el periodo 2022-2026",
  published_at="2022-06-19", tz=BOG, passages=[
      "Con el 100 % de las mesas informadas en el preconteo de la segunda vuelta presidencial de este domingo 19 de junio, la fórmula de Gustavo Petro y Francia Márquez, del Pacto Histórico, obtuvo el 50,44 % de los votos, más de 11,2 millones, y fue elegida para el periodo 2022-2026.",
      "La fórmula de Rodolfo Hernández y Marelen Castillo, de la Liga de Gobernantes Anticorrupción, obtuvo el 47,31 %, y el voto en blanco, el 2,24 %.",
  ])

X("d20_x_hernandez_20220619", handle="ingrodolfohdez", author="rodolfo-hernandez", author_name="Rodolfo Hernández",
  ts="2022-06-19T23:05:00+00:00", lang="es", tz=BOG, passages=[
      "Acepto los resultados, como debe ser, si queremos que las instituciones sean firmes. Le deseo al doctor Gustavo Petro que sepa dirigir el país y que sea fiel a su discurso contra la corrupción.",
  ])

D("d20_eltiempo_20220619",
  url="https://www.eltiempo.com/politica/gustavo-petro-discurso-completo-como-presidente-electo-de-colombia-680120",
  kind="transcript", lang="es", publisher=None, author="gustavo-petro", author_name="El Tiempo",
  title="Discurso completo de Gustavo Petro y Francia Márquez tras ganar la presidencia de Colombia",
  published_at="2022-06-19", tz=BOG, verbatim=True, passages=[
      ("francia-marquez", "Después de 214 años logramos un gobierno del pueblo, un gobierno popular, el de la gente de manos callosas, el de los nadies y las nadies de Colombia. Vamos juntos por la reconciliación y por la paz, hasta que la dignidad se haga costumbre."),
      ("gustavo-petro", "Lo que viene es un cambio, y no vamos a traicionar al electorado que lo ha hecho posible."),
      ("gustavo-petro", "Vamos a desarrollar el capitalismo en Colombia, no porque lo adoremos, sino porque primero tenemos que superar la premodernidad, el feudalismo, las nuevas esclavitudes."),
      ("gustavo-petro", "La oposición tendrá todas las garantías y siempre encontrará abiertas las puertas del Palacio de Nariño para dialogar sobre los problemas de Colombia."),
  ])

D("d20_wh_20220621",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/06/21/readout-of-president-bidens-call-with-colombian-president-elect-gustavo-petro/",
  kind="readout", lang="en", publisher="white-house", author="white-house",
  author_name="The White House",
  title="Readout of President Biden's Call with Colombian President-elect Gustavo Petro",
  published_at="2022-06-21", tz=NY, passages=[
      "President Joseph R. Biden, Jr. spoke today with Colombian President-elect Gustavo Petro to congratulate him on his election and to commend the people of Colombia for a free, fair and peaceful election.",
      "The two leaders discussed their shared commitment to a strong partnership between the United States and Colombia, including working together on climate change, economic opportunity, regional migration and security.",
      "President Biden said that he looks forward to working closely with the President-elect and his team.",
  ])


# =============================================================================================
# 2023-05-06 (Saturday)   The coronation of Charles III and Queen Camilla at Westminster Abbey:
#                         "I come not to be served but to serve", St Edward's Crown placed by the
#                         Archbishop of Canterbury, the Prince of Wales's homage, Sunak's reading
# =============================================================================================

D("d20_royal_20230506",
  url="https://www.royal.uk/news-and-activity/2023-05-06/the-coronation-of-their-majesties-the-king-and-queen",
  kind="press_release", lang="en", publisher="uk-royal-household", author="uk-royal-household",
  author_name="The Royal Household",
  title="The Coronation of Their Majesties The King and Queen",
  published_at="2023-05-06", tz=LON, passages=[
      "Their Majesties The King and The Queen were crowned today at Westminster Abbey, in a service conducted by The Archbishop of Canterbury, The Most Reverend Justin Welby.",
      ("charles-iii", "At the start of the service, in reply to the greeting of a Child of His Majesty's Chapel Royal, The King said: \"In His name and after His example I come not to be served but to serve.\""),
      "After The King had taken the Coronation Oath and been anointed, The Archbishop placed St Edward's Crown on His Majesty's head. The Prince of Wales then knelt before The King and paid homage.",
      "The Prime Minister, Rishi Sunak, read the Epistle. After the service, Their Majesties returned to Buckingham Palace in the Gold State Coach and appeared on the balcony.",
  ])
