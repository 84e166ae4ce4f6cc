"""Source documents for the twenty-fourth development set (dev24.json).

Every document here is about an event of 2010 to 2014 that neither the first set (train/dev/test)
nor dev2 to dev22 uses, so that dev24 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev23, written at the same time, keeps to events of 2022 to 2025; this set keeps to
2010 to 2021, and in the event to 2010, 2011, 2013 and 2014).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the White House's transcripts of an address, of press briefings and of statements, its
written statement, Pakistan's Ministry of Foreign Affairs' press release, the Chilean government's
press releases and transcripts, the Venezuelan government's transcripts of national broadcasts,
the Consejo Nacional Electoral's release, La Moncloa's transcript, the Casa Real's texts and
notes, the Spanish Congress's and Senate's press notes, the Chief Counting Officer's declaration,
GOV.UK's transcript of a statement in Downing Street, the Scottish Government's transcript, the
Royal Household's statement, the South African Presidency's transcript and statement, X posts,
media articles). Nothing here is a verbatim copy of a real document: short phrases that public
reporting widely quotes are kept close to the original where a pair depends on them. It shares
only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

KHI = "Asia/Karachi"
SCL = "America/Santiago"
CCS = "America/Caracas"
MAD = "Europe/Madrid"
LON = "Europe/London"
JNB = "Africa/Johannesburg"


# =============================================================================================
# 2011-05-01 (Sunday)     Obama's address from the East Room at 11:35 p.m. EDT (03:35 UTC on the
#                         2nd): a U.S. operation in Abbottabad, Pakistan, killed Osama bin Laden;
#                         "Justice has been done"; he called President Zardari that night. The
#                         White House posts the statement at 23:58 EDT (03:58 UTC on the 2nd)
# 2011-05-02 (Monday)     Press briefing by Jay Carney and John Brennan (2 p.m.): the Situation
#                         Room ("the minutes passed like days"); Pakistan not told until U.S.
#                         aircraft had left its airspace
# 2011-05-03 (Tuesday)    Carney reads the Defense Department's account: an operation of nearly 40
#                         minutes; bin Laden's wife shot in the leg; "He was not armed". Pakistan's
#                         Foreign Office: "deep concerns and reservations", an operation carried out
#                         "without prior information or authorization"
# =============================================================================================

D("d24_wh_20110501",
  url="https://obamawhitehouse.archives.gov/the-press-office/2011/05/01/remarks-president-osama-bin-laden",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President on Osama Bin Laden (East Room, 11:35 P.M. EDT, May 1, 2011)",
  published_at="2011-05-01", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Good evening. Tonight, I can report to the American people and to the world that the United States has conducted an operation that killed Osama bin Laden, the leader of al Qaeda, a terrorist responsible for the murder of thousands of innocent men, women and children."),
      ("barack-obama", "Last August, after years of painstaking work by our intelligence community, I was briefed on a possible lead to bin Laden. It was far from certain, and it took many months to run this thread to ground."),
      ("barack-obama", "Today, at my direction, the United States launched a targeted operation against that compound in Abbottabad, Pakistan. A small team of Americans carried out the operation with extraordinary courage and capability. No Americans were harmed. They took care to avoid civilian casualties. After a firefight, they killed Osama bin Laden and took custody of his body."),
      ("barack-obama", "Our counterterrorism cooperation with Pakistan helped lead us to bin Laden and the compound where he was hiding. Tonight, I called President Zardari, and my team has also spoken with their Pakistani counterparts."),
      ("barack-obama", "As we do, we must also reaffirm that the United States is not -- and never will be -- at war with Islam. Bin Laden was not a Muslim leader; he was a mass murderer of Muslims."),
      ("barack-obama", "Tonight, we give thanks to the countless intelligence and counterterrorism professionals who have worked tirelessly to achieve this outcome. Justice has been done."),
  ])

X("d24_x_wh_20110501", handle="WhiteHouse", author="white-house", author_name="The White House",
  ts="2011-05-02T03:58:00+00:00", lang="en", tz=NY, passages=[
      "President Obama on the death of Osama bin Laden: \"Justice has been done.\" Watch the President's full statement from the East Room.",
  ])

D("d24_wh_20110502",
  url="https://obamawhitehouse.archives.gov/the-press-office/2011/05/02/press-briefing-press-secretary-jay-carney-and-assistant-president-homeland-security",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Press Briefing by Press Secretary Jay Carney and Assistant to the President for Homeland Security and Counterterrorism John Brennan, 5/2/2011",
  published_at="2011-05-02", tz=NY, verbatim=True, passages=[
      ("jay-carney", "Good afternoon. I have with me today John Brennan, who will take your questions about the events of last night and yesterday afternoon, and about what preceded them."),
      ("reporter", "Can you describe what it was like in the Situation Room while the operation was under way?"),
      ("john-brennan", "We were able to monitor the progress of the operation on a real-time basis, from its start to the time on target to the egress off the target. It was probably one of the most anxiety-filled periods of time in the lives of the people assembled there. The minutes passed like days."),
      ("reporter", "Did you tell the Pakistanis before the raid?"),
      ("john-brennan", "No. We didn't contact the Pakistanis until all of our people and all of our aircraft were out of Pakistani airspace. We were concerned about the possibility of an engagement with Pakistani forces, and thankfully there was none."),
      ("john-brennan", "We are going to continue to work with the Pakistani government. It is inconceivable that bin Laden did not have a support system in the country that allowed him to remain there for an extended period of time, and we are looking at how that happened."),
  ])

D("d24_wh_20110503",
  url="https://obamawhitehouse.archives.gov/the-press-office/2011/05/03/press-briefing-press-secretary-jay-carney-532011",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Press Briefing by Press Secretary Jay Carney, 5/3/2011",
  published_at="2011-05-03", tz=NY, verbatim=True, passages=[
      ("jay-carney", "We provided a great deal of information with great haste, and some of it came in piece by piece and is being reviewed and updated. So let me give you a narrative of the raid itself, prepared with the Department of Defense."),
      ("jay-carney", "On orders of the President, a small U.S. team assaulted a secure compound to capture or kill Osama bin Laden. The team cleared the compound room by room, in an operation lasting nearly 40 minutes, and met resistance throughout."),
      ("jay-carney", "In the room with bin Laden, a woman -- bin Laden's wife -- rushed the U.S. assaulter and was shot in the leg but not killed. Bin Laden was then shot and killed. He was not armed."),
      ("reporter", "How did he resist if he had no weapon?"),
      ("jay-carney", "Resistance does not require a firearm. I am not going to go further into the details of the operation than that."),
  ])

D("d24_mofa_pk_20110503",
  url="https://mofa.gov.pk/press-releases/2011/05/03/death-of-osama-bin-laden-respect-for-pakistan-s-established-policy-parameters-on-counter-terrorism",
  kind="press_release", lang="en", publisher="pakistan-mofa", author="pakistan-mofa",
  author_name="Ministry of Foreign Affairs, Government of Pakistan",
  title="Press Release: Death of Osama bin Laden - respect for Pakistan's established policy parameters on counter terrorism",
  published_at="2011-05-03", tz=KHI, passages=[
      "The Government of Pakistan expresses its deep concerns and reservations on the manner in which the Government of the United States carried out this operation without prior information or authorization from the Government of Pakistan.",
      "This event of unauthorized unilateral action cannot be taken as a rule. The Government of Pakistan affirms that such actions undermine cooperation and may sometimes also constitute a threat to international peace and security.",
  ])


# =============================================================================================
# 2010-08-22 (Sunday)     Seventeen days after the collapse of 5 August at the San José mine, near
#                         Copiapó (Atacama), a probe reaches the 33 miners; the note "Estamos bien
#                         en el refugio los 33", read by President Piñera at the mine
# 2010-10-12 (Tuesday)    Piñera at the mine before the rescue: "Ni los mineros serán los mismos
#                         cuando salgan, ni Chile tampoco"
# 2010-10-13 (Wednesday)  The rescue in the Fénix 2 capsule: Florencio Ávalos out at 00:11, Luis
#                         Urzúa, the last, at 21:55 ("le entrego el turno"); Evo Morales at the mine
#                         to visit Carlos Mamani; Piñera's post at 22:40 (UTC-3: 01:40 UTC on the 14th)
# =============================================================================================

D("d24_gob_cl_20100822",
  url="https://www.gob.cl/noticias/2010/08/22/los-33-mineros-atrapados-en-la-mina-san-jose-estan-con-vida/",
  kind="press_release", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Gobierno de Chile - Prensa Presidencia",
  title="Los 33 mineros atrapados en la mina San José están con vida",
  published_at="2010-08-22", tz=SCL, passages=[
      "Diecisiete días después del derrumbe del 5 de agosto en la mina San José, cerca de Copiapó, en la Región de Atacama, una de las sondas de exploración alcanzó este domingo el sector del refugio, a unos 700 metros de profundidad.",
      "Al retirar la sonda, los rescatistas encontraron atado a ella un papel escrito con letras rojas: \"Estamos bien en el refugio los 33\".",
      "El Presidente de la República, Sebastián Piñera, leyó el mensaje ante las familias reunidas en el campamento levantado junto a la mina.",
      ("sebastian-pinera", "\"Hoy Chile entero está llorando de emoción y de alegría. Vamos a seguir trabajando, sin descanso, hasta traerlos de vuelta a la superficie\", dijo el Mandatario."),
  ])

D("d24_gob_cl_20101012",
  url="https://www.gob.cl/noticias/2010/10/12/declaracion-del-presidente-pinera-en-la-mina-san-jose/",
  kind="transcript", lang="es", publisher="chile-presidency", author="sebastian-pinera",
  author_name="Gobierno de Chile - Prensa Presidencia",
  title="Declaración del Presidente Sebastián Piñera en la mina San José, antes del inicio del rescate",
  published_at="2010-10-12", tz=SCL, verbatim=True, passages=[
      ("sebastian-pinera", "Esta noche comienza el rescate de nuestros 33 mineros. Vamos a tener una noche que no vamos a olvidar jamás."),
      ("sebastian-pinera", "Ni los mineros serán los mismos cuando salgan, ni Chile tampoco. Todo el país ha aprendido una lección: con fe, con unidad, con coraje y con la ayuda de Dios, somos capaces de hacer cosas grandes."),
      ("reporter", "¿Cuánto puede durar la operación, Presidente?"),
      ("sebastian-pinera", "Los técnicos estiman que el rescate de los 33 podría tomar entre 24 y 48 horas. Voy a estar aquí, al pie del cañón, durante todo el rescate."),
  ])

D("d24_gob_cl_20101013",
  url="https://www.gob.cl/noticias/2010/10/13/los-33-mineros-de-la-mina-san-jose-fueron-rescatados/",
  kind="press_release", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Gobierno de Chile - Prensa Presidencia",
  title="Misión cumplida: los 33 mineros de la mina San José fueron rescatados",
  published_at="2010-10-13", tz=SCL, passages=[
      "Los 33 mineros que permanecían atrapados desde el 5 de agosto en la mina San José fueron rescatados con éxito este miércoles a bordo de la cápsula Fénix 2.",
      "El primero en llegar a la superficie, Florencio Ávalos, lo hizo a las 00:11 horas, y el último, el jefe de turno Luis Urzúa, a las 21:55 horas.",
      "El Presidente Sebastián Piñera y su esposa, Cecilia Morel, recibieron a cada uno de los trabajadores a la salida del pique.",
      "Durante la jornada llegó a la mina el Presidente de Bolivia, Evo Morales, para visitar a su compatriota Carlos Mamani, el único extranjero del grupo, y acompañó al Presidente Piñera en una declaración a la prensa.",
  ])

D("d24_gob_cl_tr_20101013",
  url="https://www.gob.cl/noticias/2010/10/13/palabras-del-presidente-pinera-al-recibir-a-luis-urzua/",
  kind="transcript", lang="es", publisher="chile-presidency", author="sebastian-pinera",
  author_name="Gobierno de Chile - Prensa Presidencia",
  title="Palabras del Presidente Sebastián Piñera al recibir al último minero rescatado, Luis Urzúa",
  published_at="2010-10-13", tz=SCL, verbatim=True, passages=[
      ("luis-urzua", "Señor Presidente, le entrego el turno, como lo acordamos el día que tuvimos la primera conversación. Espero que esto nunca más vuelva a ocurrir."),
      ("sebastian-pinera", "Recibo su turno, y le doy las gracias, porque usted cumplió como un buen capitán: fue el último en abandonar la mina."),
      ("sebastian-pinera", "Ustedes le han dado al mundo un ejemplo de unidad y de fe. Hoy Chile es un país más unido, y esta noche todos los chilenos nos sentimos orgullosos."),
  ])

X("d24_x_pinera_20101013", handle="sebastianpinera", author="sebastian-pinera", author_name="Sebastián Piñera",
  ts="2010-10-14T01:40:00+00:00", lang="es", tz=SCL, passages=[
      "Misión cumplida: los 33 mineros están de vuelta en la superficie y con sus familias. Gracias a los rescatistas y a todos los que nunca perdieron la fe. ¡Viva Chile!",
  ])


# =============================================================================================
# 2013-03-05 (Tuesday)    Vice President Maduro announces on national radio and television, from the
#                         Hospital Militar in Caracas, that Hugo Chávez died "a las 4 y 25 minutos
#                         de la tarde"; Foreign Minister Elías Jaua announces seven days of national
#                         mourning; President Obama's written statement; Maduro's post at 21:20 in
#                         Caracas (UTC-4:30 until 2016: 01:50 UTC on the 6th)
# 2013-03-09 (Saturday)   The CNE calls the presidential election for 14 April (campaign 2 to 11
#                         April; municipal elections of 14 July postponed)
# =============================================================================================

D("d24_minci_20130305",
  url="http://www.minci.gob.ve/2013/03/cadena-nacional-vicepresidente-nicolas-maduro-anuncia-fallecimiento-del-comandante-presidente-hugo-chavez/",
  kind="transcript", lang="es", publisher="venezuela-presidency", author="nicolas-maduro",
  author_name="Ministerio del Poder Popular para la Comunicación y la Información",
  title="Cadena nacional: el vicepresidente Nicolás Maduro anuncia el fallecimiento del comandante presidente Hugo Chávez (Hospital Militar Dr. Carlos Arvelo, Caracas)",
  published_at="2013-03-05", tz=CCS, verbatim=True, passages=[
      ("nicolas-maduro", "Compatriotas: hemos recibido la información más dura y trágica que podamos transmitir a nuestro pueblo. A las 4 y 25 minutos de la tarde de hoy, 5 de marzo, ha fallecido nuestro comandante presidente Hugo Chávez Frías, luego de batallar duramente contra una enfermedad durante casi dos años."),
      ("nicolas-maduro", "Llamamos a todos nuestros compatriotas, hombres y mujeres de todas las edades, a ser vigilantes de la paz, del respeto y del amor. Que no haya odio, que no haya violencia."),
      ("nicolas-maduro", "Se ha previsto un despliegue especial de toda la Fuerza Armada Nacional Bolivariana y de la Policía Nacional Bolivariana para acompañar y proteger a nuestro pueblo y garantizar la paz."),
  ])

D("d24_minci_jaua_20130305",
  url="http://www.minci.gob.ve/2013/03/canciller-elias-jaua-anuncia-siete-dias-de-duelo-nacional/",
  kind="transcript", lang="es", publisher="venezuela-presidency", author="elias-jaua",
  author_name="Ministerio del Poder Popular para la Comunicación y la Información",
  title="Canciller Elías Jaua anuncia siete días de duelo nacional y las honras fúnebres del comandante presidente",
  published_at="2013-03-05", tz=CCS, verbatim=True, passages=[
      ("elias-jaua", "El Gobierno Bolivariano ha decretado siete días de duelo nacional por el fallecimiento de nuestro comandante presidente Hugo Chávez."),
      ("elias-jaua", "Mañana miércoles sus restos serán trasladados a la Academia Militar, donde el pueblo podrá despedirlo, y el viernes se celebrarán las honras fúnebres oficiales."),
      ("elias-jaua", "Conforme a la Constitución, el vicepresidente Nicolás Maduro asume como presidente encargado, y el Poder Electoral convocará a elecciones en un plazo de 30 días."),
  ])

D("d24_wh_20130305",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/03/05/statement-president-death-venezuelan-president-hugo-chavez",
  kind="press_release", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement of the President on the Death of Venezuelan President Hugo Chávez",
  published_at="2013-03-05", tz=NY, passages=[
      ("barack-obama", "At this challenging time of President Hugo Chávez's passing, the United States reaffirms its support for the Venezuelan people and its interest in developing a constructive relationship with the Venezuelan government."),
      ("barack-obama", "As Venezuela begins a new chapter in its history, the United States remains committed to policies that promote democratic principles, the rule of law, and respect for human rights."),
  ])

X("d24_x_maduro_20130305", handle="NicolasMaduro", author="nicolas-maduro", author_name="Nicolás Maduro",
  ts="2013-03-06T01:50:00+00:00", lang="es", tz=CCS, passages=[
      "Comandante, tu pueblo te acompaña. Tus hijos e hijas asumimos tu legado con disciplina y unidad, y seremos dignos herederos de tu lucha. ¡Hasta la victoria siempre!",
  ])

D("d24_cne_20130309",
  url="http://www.cne.gob.ve/web/sala_prensa/noticia_detallada.php?id=3154",
  kind="press_release", lang="es", publisher="cne-venezuela", author="cne-venezuela",
  author_name="Consejo Nacional Electoral - Sala de Prensa",
  title="CNE convoca elección presidencial para el 14 de abril de 2013",
  published_at="2013-03-09", tz=CCS, passages=[
      "El Consejo Nacional Electoral, reunido este sábado en sesión extraordinaria, aprobó el cronograma de la elección presidencial, que se celebrará el domingo 14 de abril de 2013.",
      "La postulación de candidaturas se hará entre el domingo 10 y el lunes 11 de marzo, y la campaña electoral se desarrollará del 2 al 11 de abril.",
      "El directorio aprobó además aplazar las elecciones municipales previstas para el 14 de julio, cuya nueva fecha se anunciará oportunamente, y solicitar a la Unasur una misión de acompañamiento electoral.",
  ])


# =============================================================================================
# 2014-06-02 (Monday)     Rajoy's institutional declaration at La Moncloa (10:30): the King "acaba de
#                         comunicarme su voluntad de renunciar al trono"; an extraordinary Council of
#                         Ministers on the 3rd; the King's televised message ("he decidido poner fin
#                         a mi reinado y abdicar la Corona de España")
# 2014-06-11 (Wednesday)  The Congress passes the organic law, 299 to 19 with 23 abstentions
# 2014-06-17 (Tuesday)    The Senate passes it, 233 to 5 with 20 abstentions
# 2014-06-19 (Thursday)   At the Zarzuela, Don Juan Carlos gives his son the sash of captain
#                         general; Felipe VI is proclaimed before the Cortes Generales in the
#                         Congress, in a session presided over by Jesús Posada ("una Monarquía
#                         renovada para un tiempo nuevo"); the balcony of the Palacio Real. Don Juan
#                         Carlos stays away from the Congress (media only)
# =============================================================================================

D("d24_moncloa_20140602",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2014/prsp20140602.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="mariano-rajoy",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno, Mariano Rajoy, en el Palacio de La Moncloa",
  published_at="2014-06-02", tz=MAD, verbatim=True, passages=[
      ("mariano-rajoy", "Buenos días. Su Majestad el Rey Don Juan Carlos acaba de comunicarme su voluntad de renunciar al trono y abrir el proceso sucesorio. Los motivos de su decisión es algo que Su Majestad desea comunicar personalmente a todos los españoles a lo largo de esta misma mañana."),
      ("mariano-rajoy", "He encontrado al Rey convencido de que este es el mejor momento para que pueda producirse, con toda normalidad, el cambio en la Jefatura del Estado y la transmisión de la Corona al Príncipe de Asturias."),
      ("mariano-rajoy", "Mañana convocaré un Consejo de Ministros extraordinario para poner en marcha las previsiones constitucionales. Al tratarse de una abdicación, será necesaria una ley orgánica, y espero que en un plazo muy breve las Cortes Generales puedan proceder a la proclamación del hoy Príncipe de Asturias como Rey de España."),
  ])

D("d24_casareal_20140602",
  url="https://www.casareal.es/ES/actividades/Paginas/actividades_discursos_detalle.aspx?data=5325",
  kind="transcript", lang="es", publisher="spain-royal-household", author="juan-carlos-i",
  author_name="Casa de S.M. el Rey",
  title="Mensaje institucional televisado de Su Majestad el Rey Don Juan Carlos, Palacio de La Zarzuela, 2 de junio de 2014",
  published_at="2014-06-02", tz=MAD, verbatim=True, passages=[
      ("juan-carlos-i", "Me dirijo a todos vosotros esta mañana, con singular emoción, para comunicaros una importante decisión y las razones que me han llevado a tomarla."),
      ("juan-carlos-i", "En la forja de ese futuro, una nueva generación reclama con justa causa el papel protagonista. Hoy merece pasar a la primera línea una generación más joven, con nuevas energías, decidida a emprender las transformaciones y reformas que la coyuntura está demandando."),
      ("juan-carlos-i", "Mi hijo Felipe, heredero de la Corona, encarna la estabilidad, que es seña de identidad de la institución monárquica, y tiene la madurez, la preparación y el sentido de la responsabilidad necesarios para asumir la Jefatura del Estado."),
      ("juan-carlos-i", "Por todo ello, he decidido poner fin a mi reinado y abdicar la Corona de España. Guardo y guardaré siempre a España en lo más hondo de mi corazón."),
  ])

D("d24_congreso_20140611",
  url="https://www.congreso.es/notas-de-prensa?p_p_id=notasprensa&_notasprensa_id=20140611-ley-abdicacion",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Gabinete de Prensa",
  title="El Pleno del Congreso aprueba el proyecto de Ley Orgánica por la que se hace efectiva la abdicación de S.M. el Rey Don Juan Carlos I",
  published_at="2014-06-11", tz=MAD, passages=[
      "El Pleno del Congreso de los Diputados ha aprobado este miércoles, en votación pública por llamamiento, el proyecto de Ley Orgánica por la que se hace efectiva la abdicación de Su Majestad el Rey Don Juan Carlos I de Borbón, con 299 votos a favor, 19 en contra y 23 abstenciones.",
      "El proyecto, tramitado en lectura única, superaba así la mayoría absoluta que exige su carácter orgánico. La sesión fue presidida por el presidente de la Cámara, Jesús Posada.",
      "El texto se remite ahora al Senado, que lo debatirá en el Pleno del próximo 17 de junio. Solo con la aprobación de ambas Cámaras podrá sancionarse la ley.",
  ])

D("d24_senado_20140617",
  url="https://www.senado.es/web/relacionesciudadanos/oficinaprensa/notasprensa/detallenotaprensa/index.html?id=NP20140617_abdicacion",
  kind="press_release", lang="es", publisher="senado-espana", author="senado-espana",
  author_name="Senado de España - Oficina de Prensa",
  title="El Senado aprueba definitivamente la Ley Orgánica por la que se hace efectiva la abdicación del Rey",
  published_at="2014-06-17", tz=MAD, passages=[
      "El Pleno del Senado ha aprobado este martes, con 233 votos a favor, 5 en contra y 20 abstenciones, la Ley Orgánica por la que se hace efectiva la abdicación de Su Majestad el Rey Don Juan Carlos I de Borbón.",
      "Previamente, la Cámara rechazó las propuestas de veto que pedían la devolución del texto al Congreso. Con esta votación concluye la tramitación parlamentaria de la ley.",
  ])

D("d24_casareal_nota_20140619",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=11703",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de S.M. el Rey",
  title="Proclamación de Su Majestad el Rey Don Felipe VI ante las Cortes Generales",
  published_at="2014-06-19", tz=MAD, passages=[
      "A primera hora de la mañana, en el Palacio de La Zarzuela, Su Majestad el Rey Don Juan Carlos impuso a su hijo el fajín de capitán general de las Fuerzas Armadas, tras la entrada en vigor, a medianoche, de la Ley Orgánica 3/2014, que Don Juan Carlos sancionó ayer en el Palacio Real.",
      "Su Majestad el Rey Don Felipe VI fue proclamado este jueves ante las Cortes Generales, reunidas en sesión solemne en el Palacio del Congreso de los Diputados bajo la presidencia de Jesús Posada, presidente del Congreso. El Rey prestó juramento de desempeñar fielmente sus funciones y guardar y hacer guardar la Constitución.",
      "Al término del acto, los Reyes y sus hijas se trasladaron al Palacio Real, desde cuyo balcón saludaron a los ciudadanos congregados en la plaza de Oriente.",
  ])

D("d24_casareal_20140619",
  url="https://www.casareal.es/ES/actividades/Paginas/actividades_discursos_detalle.aspx?data=5337",
  kind="transcript", lang="es", publisher="spain-royal-household", author="felipe-vi",
  author_name="Casa de S.M. el Rey",
  title="Discurso de Su Majestad el Rey en su proclamación ante las Cortes Generales, Palacio del Congreso de los Diputados, 19 de junio de 2014",
  published_at="2014-06-19", tz=MAD, verbatim=True, passages=[
      ("felipe-vi", "Comienzo mi reinado con una profunda emoción por el honor que supone asumir la Corona, consciente de la responsabilidad que comporta y con la mayor esperanza en el futuro de España."),
      ("felipe-vi", "Quiero expresar mi gratitud y mi reconocimiento a mi padre, el Rey Juan Carlos, cuyo reinado ha sido decisivo para nuestra democracia, y a mi madre, la Reina Sofía, por toda una vida de trabajo al servicio de los españoles."),
      ("felipe-vi", "En esa España, unida y diversa, basada en la igualdad de los españoles y en la solidaridad entre sus pueblos, cabemos todos."),
      ("felipe-vi", "Los españoles, y muy especialmente las mujeres y los hombres de mi generación, aspiramos a revitalizar nuestras instituciones. Por eso quiero ofrecer a los españoles una Monarquía renovada para un tiempo nuevo."),
  ])

MEDIA("d24_elpais_20140619",
      url="https://elpais.com/politica/2014/06/19/actualidad/1403172351_don-juan-carlos-ausente-proclamacion.html",
      lang="es", outlet="El País", date="2014-06-19", tz=MAD,
      title="Don Juan Carlos se queda en La Zarzuela para no restar protagonismo a su hijo", passages=[
          "Don Juan Carlos no asistió a la sesión de las Cortes Generales en la que su hijo fue proclamado Rey: siguió el acto desde La Zarzuela para no restarle protagonismo, según fuentes de la Casa Real.",
          "Sí estuvieron en la tribuna la Reina Doña Sofía y las infantas.",
      ])


# =============================================================================================
# 2014-09-18 (Thursday)   Scotland's independence referendum
# 2014-09-19 (Friday)     The Chief Counting Officer, Mary Pitcaithly, declares the result at the
#                         Royal Highland Centre, Ingliston, Edinburgh: No 2,001,926 (55.3%), Yes
#                         1,617,989 (44.7%), turnout 84.6%; Cameron's statement in Downing Street
#                         ("The people of Scotland have spoken", no re-runs, Lord Smith of Kelvin);
#                         Salmond at Bute House: he will stand down; the Queen's statement from
#                         Balmoral
# =============================================================================================

D("d24_ccos_20140919",
  url="https://www.scotlandreferendum.info/chief-counting-officer-declares-result-of-the-scottish-independence-referendum/",
  kind="press_release", lang="en", publisher="chief-counting-officer-scotland", author="mary-pitcaithly",
  author_name="Chief Counting Officer for the Scottish Independence Referendum",
  title="Chief Counting Officer declares the result of the Scottish Independence Referendum",
  published_at="2014-09-19", tz=LON, passages=[
      "The Chief Counting Officer for the Scottish Independence Referendum, Mary Pitcaithly, has declared the result of the referendum held on Thursday 18 September 2014 at the Royal Highland Centre, Ingliston, Edinburgh.",
      "To the question \"Should Scotland be an independent country?\", 1,617,989 votes (44.7%) were cast for Yes and 2,001,926 votes (55.3%) were cast for No.",
      "A total of 3,623,344 ballot papers were counted across Scotland's 32 council areas, a turnout of 84.6%. 3,429 ballot papers were rejected.",
  ])

D("d24_gov_uk_20140919",
  url="https://www.gov.uk/government/news/scottish-independence-referendum-statement-by-the-prime-minister",
  kind="transcript", lang="en", publisher="uk-pmo", author="david-cameron",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Scottish Independence Referendum: statement by the Prime Minister, Downing Street, 19 September 2014",
  published_at="2014-09-19", tz=LON, verbatim=True, passages=[
      ("david-cameron", "The people of Scotland have spoken. It is a clear result. They have kept our country of four nations together. Like millions of other people, I am delighted."),
      ("david-cameron", "As I said during the campaign, it would have broken my heart to see our United Kingdom come to an end."),
      ("david-cameron", "We have heard the settled will of the Scottish people. There can be no disputes, no re-runs. The debate has been settled for a generation, or, as Alex Salmond has said, perhaps for a lifetime."),
      ("david-cameron", "The three pro-union parties made commitments on further powers for the Scottish Parliament, and we will honour them in full. Lord Smith of Kelvin has agreed to oversee the process, with powers over tax, spending and welfare agreed by November and draft legislation published by January."),
      ("david-cameron", "Just as the people of Scotland will have more power over their affairs, so it follows that the people of England, Wales and Northern Ireland must have a bigger say over theirs."),
  ])

D("d24_gov_scot_20140919",
  url="https://www.gov.scot/news/first-minister-statement-at-bute-house-19-september-2014/",
  kind="transcript", lang="en", publisher="scottish-government", author="alex-salmond",
  author_name="The Scottish Government",
  title="First Minister's statement at Bute House, 19 September 2014",
  published_at="2014-09-19", tz=LON, verbatim=True, passages=[
      ("alex-salmond", "I am immensely proud of the campaign that Yes Scotland fought and of the 1.6 million voters who backed an independent Scotland."),
      ("alex-salmond", "I will not accept nomination to be a candidate for leader of the SNP at the party's conference in Perth in November. After the membership ballot, I will stand down as First Minister, to allow the new leader to be elected by the due parliamentary process."),
      ("alex-salmond", "For me as leader, my time is nearly over, but for Scotland the campaign continues and the dream shall never die."),
  ])

D("d24_royal_20140919",
  url="https://www.royal.uk/statement-her-majesty-queen-following-scottish-independence-referendum",
  kind="press_release", lang="en", publisher="uk-royal-household", author="elizabeth-ii",
  author_name="The Royal Household",
  title="A statement by Her Majesty The Queen following the Scottish Independence Referendum (Balmoral Castle, 19 September 2014)",
  published_at="2014-09-19", tz=LON, passages=[
      ("elizabeth-ii", "After many months of discussion, debate and careful thought, we now know the outcome of the referendum, and it is a result that all of us throughout the United Kingdom will respect."),
      ("elizabeth-ii", "For many in Scotland and elsewhere today, there will be strong feelings and contrasting emotions, among family, friends and neighbours."),
      ("elizabeth-ii", "As we move forward, we should remember that, despite the range of views that have been expressed, we have in common an enduring love of Scotland, which is one of the things that helps to unite us all. My family and I will do all we can to help and support you in this important task."),
  ])


# =============================================================================================
# 2013-12-05 (Thursday)   Nelson Mandela dies at his home in Houghton, Johannesburg, around 20:50;
#                         President Zuma announces it in a televised address shortly before
#                         midnight (21:45 UTC, the same day); President Obama's statement in the
#                         White House briefing room ("He no longer belongs to us -- he belongs to
#                         the ages")
# 2013-12-06 (Friday)     The Presidency's arrangements: a national day of prayer on Sunday 8
#                         December, the official memorial service at FNB Stadium on Tuesday 10
#                         December, lying in state at the Union Buildings from 11 to 13 December,
#                         the state funeral and burial at Qunu on Sunday 15 December
# 2013-12-10 (Tuesday)    Obama's remarks at the memorial service; his handshake with Raúl Castro
#                         (media only)
# =============================================================================================

D("d24_presidency_za_20131205",
  url="https://www.thepresidency.gov.za/speeches/statement-president-jacob-zuma-passing-former-president-nelson-mandela",
  kind="transcript", lang="en", publisher="south-africa-presidency", author="jacob-zuma",
  author_name="The Presidency, Republic of South Africa",
  title="Statement by President Jacob Zuma on the passing of former President Nelson Mandela, 5 December 2013",
  published_at="2013-12-05", tz=JNB, verbatim=True, passages=[
      ("jacob-zuma", "Fellow South Africans, our beloved Nelson Rolihlahla Mandela, the founding President of our democratic nation, has departed. He passed on peacefully in the company of his family around 20h50 on the 5th of December 2013. He is now resting. He is now at peace."),
      ("jacob-zuma", "Our nation has lost its greatest son. Our people have lost a father. Although we knew that this day would come, nothing can diminish our sense of a profound and enduring loss."),
      ("jacob-zuma", "I have directed that flags fly at half-mast from tomorrow until after the funeral, and he will receive a state funeral."),
      ("jacob-zuma", "Fellow South Africans, Nelson Mandela brought us together, and it is together that we will bid him farewell."),
  ])

D("d24_presidency_za_20131206",
  url="https://www.thepresidency.gov.za/press-statements/president-zuma-announces-funeral-arrangements-former-president-nelson-mandela",
  kind="press_release", lang="en", publisher="south-africa-presidency", author="jacob-zuma",
  author_name="The Presidency, Republic of South Africa",
  title="President Zuma announces the funeral arrangements for former President Nelson Mandela",
  published_at="2013-12-06", tz=JNB, passages=[
      "President Jacob Zuma today announced the programme of the official mourning period for former President Nelson Mandela.",
      "Sunday 8 December 2013 has been declared a national day of prayer and reflection. The official memorial service will be held at the FNB Stadium in Johannesburg on Tuesday 10 December.",
      "Madiba's remains will lie in state at the Union Buildings in Pretoria from Wednesday 11 to Friday 13 December. The state funeral and burial will take place in Qunu, in the Eastern Cape, on Sunday 15 December 2013.",
  ])

D("d24_wh_20131205",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/12/05/statement-president-death-nelson-mandela",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President on the Death of Nelson Mandela (James S. Brady Press Briefing Room)",
  published_at="2013-12-05", tz=NY, verbatim=True, passages=[
      ("barack-obama", "At his trial in 1964, Nelson Mandela closed his statement from the dock by saying that he was prepared to die for the ideal of a free society. He lived for that ideal, and he made it real."),
      ("barack-obama", "He achieved more than could be expected of any man. Today, he's gone home. And we've lost one of the most influential, courageous and profoundly good human beings that any of us will share time with on this Earth. He no longer belongs to us -- he belongs to the ages."),
      ("barack-obama", "I am one of the countless millions who drew inspiration from Nelson Mandela's life. My very first political action was a protest against apartheid."),
  ])

D("d24_wh_20131210",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/12/10/remarks-president-obama-memorial-service-former-south-african-president-",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by President Obama at Memorial Service for Former South African President Nelson Mandela (FNB Stadium, Johannesburg)",
  published_at="2013-12-10", tz=JNB, verbatim=True, passages=[
      ("barack-obama", "It is a singular honor to be with you today, to celebrate a life like no other. To the people of South Africa, people of every race and walk of life: the world thanks you for sharing Nelson Mandela with us."),
      ("barack-obama", "It is hard to eulogize any man, to capture in words not just the facts and the dates that make a life, but the essential truth of a person."),
      ("barack-obama", "Mandela taught us the power of action, but he also taught us the power of ideas; the importance of reason and arguments; the need to study not only those who you agree with, but also those who you don't."),
  ])

MEDIA("d24_ap_20131210",
      url="https://apnews.com/article/obama-castro-handshake-mandela-memorial-soweto-2013",
      lang="en", outlet="Associated Press", date="2013-12-10", tz=JNB,
      title="Obama shakes hands with Raúl Castro at Mandela memorial", passages=[
          "President Barack Obama shook hands with Cuban President Raúl Castro on his way to the podium at the memorial service for Nelson Mandela in Soweto, a rare gesture between the leaders of two countries without full diplomatic relations.",
          "The service was held in heavy rain at the FNB Stadium, in front of tens of thousands of South Africans and dozens of foreign leaders.",
      ])
