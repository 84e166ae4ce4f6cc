"""Source documents for the thirty-second development set (dev32.json).

Every document here is about an event of 2000 to 2015 that neither the first set (train/dev/test)
nor dev2 to dev30 uses, so that dev32 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev31, written at the same time, keeps to events of 2016 to 2025; this set keeps to
2000 to 2015, and in the event to 2009, 2011, 2013, 2014 and 2015, on days on which no earlier set
has a document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the White House's transcript and statements, the Cuban government's text of a televised
message, the Cuban foreign ministry's note and post, the State Department's transcript of a joint
press availability, the Holy See's Spanish and English texts and its Press Office's bulletin, the
Argentine presidency's statement, transcript and post, ETA's communiqué as carried by the Basque
press, La Moncloa's transcript, the Partido Popular's transcript, Mexico's Health Secretariat's
comunicado, the Mexican presidency's transcript and feed item, the WHO Director-General's
statements, the PGR's versiones estenográficas, media articles). Nothing here is a verbatim copy of
a real document: short phrases that public reporting widely quotes are kept close to the original
where a pair depends on them. It shares only the way documents are written down (doclib.py) with
the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

HAV = "America/Havana"
ROM = "Europe/Rome"
BUE = "America/Argentina/Buenos_Aires"
MAD = "Europe/Madrid"
GVA = "Europe/Zurich"


# =============================================================================================
# 2014-12-16 (Tuesday)    Obama and Raúl Castro speak by phone (no document of that day here)
# 2014-12-17 (Wednesday)  At noon, simultaneously: Obama's statement in the Cabinet Room of the
#                         White House (12:01 p.m. EST) and Raúl Castro's televised message in
#                         Havana (both cities on UTC-5): Alan Gross released on humanitarian
#                         grounds, an intelligence agent exchanged for the three remaining Cuban
#                         agents (Gerardo Hernández, Ramón Labañino, Antonio Guerrero), talks to
#                         re-establish diplomatic relations, an embassy in Havana, a review of
#                         Cuba's designation as a State Sponsor of Terrorism; thanks to Pope
#                         Francis and Canada
# 2015-07-20 (Monday)     Relations restored from 00:01; Foreign Minister Bruno Rodríguez presides
#                         over the reopening of Cuba's embassy in Washington, then meets Kerry at
#                         the State Department and holds a joint press availability; the Cuban
#                         foreign ministry's post at 20:40 in Havana (UTC-4 in summer), 00:40 UTC
#                         on the 21st (the minute is ours)
# =============================================================================================

D("d32_wh_obama_cuba_20141217",
  url="https://obamawhitehouse.archives.gov/the-press-office/2014/12/17/statement-president-cuba-policy-changes",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President on Cuba Policy Changes (Cabinet Room, 12:01 P.M. EST, December 17, 2014)",
  published_at="2014-12-17", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Good afternoon. Today, the United States of America is changing its relationship with the people of Cuba."),
      ("barack-obama", "In the most significant changes in our policy in more than fifty years, we will end an outdated approach that, for decades, has failed to advance our interests, and instead we will begin to normalize relations between our two countries."),
      ("barack-obama", "This morning, Alan Gross was released by the Cuban government on humanitarian grounds, and he is on his way home to his family. In a separate exchange, Cuba has also released one of the most important intelligence agents the United States has ever had in Cuba, who has been imprisoned for nearly two decades. In exchange, the United States has released three Cuban agents."),
      ("barack-obama", "Yesterday, I spoke with Raúl Castro to finalize Alan Gross's release and the exchange of prisoners, and to describe how we will move forward."),
      ("barack-obama", "First, I have instructed Secretary Kerry to immediately begin discussions with Cuba on the re-establishment of diplomatic relations that have been severed since January of 1961. Going forward, the United States will re-establish an embassy in Havana."),
      ("barack-obama", "Second, I have instructed Secretary Kerry to review Cuba's designation as a State Sponsor of Terrorism. That review will be guided by the facts and the law."),
      ("barack-obama", "The embargo is codified in legislation. I look forward to engaging Congress in an honest and serious debate about lifting it."),
      ("barack-obama", "I want to thank His Holiness Pope Francis, whose moral example shows us the importance of pursuing the world as it should be, and the government of Canada, which hosted our discussions with the Cuban government."),
      ("barack-obama", "To the Cuban people, America extends a hand of friendship. Todos somos americanos. Thank you."),
  ])

D("d32_cuba_raul_20141217",
  url="http://www.cuba.cu/gobierno/rauldiscursos/2014/esp/r171214e.html",
  kind="transcript", lang="es", publisher="cuba-government", author="raul-castro",
  author_name="Gobierno de la República de Cuba",
  title="Alocución del Presidente cubano Raúl Castro Ruz, 17 de diciembre de 2014",
  published_at="2014-12-17", tz=HAV, verbatim=True, passages=[
      ("raul-castro", "Compatriotas: Desde mi elección como Presidente de los Consejos de Estado y de Ministros he reiterado en múltiples ocasiones nuestra disposición a sostener con el Gobierno de los Estados Unidos un diálogo respetuoso, basado en la igualdad soberana, sin menoscabo de nuestra independencia."),
      ("raul-castro", "Como resultado de un diálogo al más alto nivel, que incluyó una conversación telefónica que sostuve ayer con el Presidente Obama, se ha podido avanzar en la solución de algunos temas de interés para ambas naciones."),
      ("raul-castro", "Como prometió Fidel en junio de 2001, cuando dijo «¡Volverán!», arribaron hoy a nuestra Patria Gerardo, Ramón y Antonio."),
      ("raul-castro", "Por nuestra parte, decidimos excarcelar y enviar a los Estados Unidos a un espía de origen cubano que estuvo al servicio de esa nación. Por otra parte, basados en razones humanitarias, hoy también ha sido devuelto a su país el ciudadano norteamericano Alan Gross."),
      ("raul-castro", "Hemos acordado el restablecimiento de las relaciones diplomáticas."),
      ("raul-castro", "Esto no quiere decir que lo principal se haya resuelto. El bloqueo económico, comercial y financiero, que provoca enormes daños humanos y económicos a nuestro país, debe cesar."),
      ("raul-castro", "Deseo agradecer y reconocer el apoyo del Vaticano, y en especial del Papa Francisco, al mejoramiento de las relaciones entre Cuba y los Estados Unidos. Igualmente, agradecemos al Gobierno de Canadá por las facilidades creadas para el diálogo de alto nivel entre los dos países."),
  ])

D("d32_minrex_20150720",
  url="http://www.minrex.gob.cu/es/restablecidas-las-relaciones-diplomaticas-entre-cuba-y-estados-unidos",
  kind="press_release", lang="es", publisher="minrex-cuba", author="minrex-cuba",
  author_name="Ministerio de Relaciones Exteriores de Cuba",
  title="Quedan restablecidas las relaciones diplomáticas entre Cuba y los Estados Unidos",
  published_at="2015-07-20", tz=HAV, passages=[
      "A las 00:01 horas de este lunes 20 de julio quedaron restablecidas las relaciones diplomáticas entre la República de Cuba y los Estados Unidos de América, y las Secciones de Intereses de ambos países en La Habana y Washington pasaron a ser embajadas.",
      "El ministro de Relaciones Exteriores, Bruno Rodríguez Parrilla, encabezó en la mañana la ceremonia oficial de reapertura de la Embajada de Cuba en Washington, donde fue izada la bandera cubana, y pronunció unas palabras ante invitados de ambos países.",
      "En su intervención, el canciller reiteró la voluntad de Cuba de avanzar hacia la normalización de las relaciones sobre la base del respeto y la igualdad soberana. Posteriormente sostuvo un encuentro oficial con el secretario de Estado, John Kerry, en el Departamento de Estado.",
  ])

X("d32_x_minrex_20150720", handle="CubaMINREX", author="minrex-cuba", author_name="Cancillería de Cuba",
  ts="2015-07-21T00:40:00+00:00", lang="es", tz=HAV, passages=[
      "Hoy reabrió oficialmente la Embajada de #Cuba en Washington. El canciller Bruno Rodríguez izó la bandera cubana en la sede diplomática. #CubaEEUU",
  ])

D("d32_state_kerry_20150720",
  url="https://2009-2017.state.gov/secretary/remarks/2015/07/245102.htm",
  kind="transcript", lang="en", publisher="us-state-department", author="john-kerry",
  author_name="U.S. Department of State - Office of the Spokesperson",
  title="Remarks With Cuban Foreign Minister Bruno Rodriguez Parrilla (Washington, DC, July 20, 2015)",
  published_at="2015-07-20", tz=NY, verbatim=True, passages=[
      ("john-kerry", "Good afternoon, everybody. It is a genuine pleasure to welcome Foreign Minister Rodriguez to the State Department on this day on which our two countries restore diplomatic relations."),
      ("john-kerry", "This milestone does not signify an end to the differences that still separate our governments, but it does reflect the reality that the Cold War ended long ago."),
      ("bruno-rodriguez", "(As interpreted.) The lifting of the blockade, the return of the illegally occupied territory of Guantanamo and full respect for Cuba's sovereignty will be crucial to move forward toward the normalization of relations."),
      ("reporter", "Mr. Secretary, will the United States return Guantanamo to Cuba?"),
      ("john-kerry", "At this moment there is no discussion and no intention on our part to alter the existing lease treaty or the other arrangements with respect to the naval station. We understand that Cuba has strong feelings about it, but it is not on the table today."),
  ])


# =============================================================================================
# 2013-03-13 (Wednesday)  Second day of the conclave: white smoke at 19:06 in Rome (UTC+1);
#                         Cardinal Protodeacon Jean-Louis Tauran announces from the central loggia
#                         of St Peter's Basilica the election of Cardinal Jorge Mario Bergoglio, who
#                         takes the name Francis and greets the crowd; Obama's statement; the
#                         Argentine presidency publishes Cristina Fernández de Kirchner's letter and
#                         posts about it at 21:10 in Buenos Aires (UTC-3), 00:10 UTC on the 14th
#                         (the minute is ours)
# 2013-03-18 (Monday)     Francis receives Fernández de Kirchner at the Casa Santa Marta for lunch;
#                         she speaks to the press in Rome
# =============================================================================================

D("d32_vatican_es_20130313",
  url="https://www.vatican.va/content/francesco/es/speeches/2013/march/documents/papa-francesco_20130313_benedizione-urbi-et-orbi.html",
  kind="transcript", lang="es", publisher="holy-see", author="pope-francis",
  author_name="Santa Sede",
  title="Primer saludo del Santo Padre Francisco. Bendición apostólica «Urbi et Orbi». Balcón central de la Basílica Vaticana, miércoles 13 de marzo de 2013",
  published_at="2013-03-13", tz=ROM, verbatim=True, passages=[
      ("pope-francis", "Hermanos y hermanas, buenas tardes. Sabéis que el deber del Cónclave era dar un Obispo a Roma. Parece que mis hermanos Cardenales han ido a buscarlo casi al fin del mundo… pero aquí estamos. Os agradezco la acogida."),
      ("pope-francis", "Antes de nada, quisiera rezar por nuestro Obispo emérito, Benedicto XVI. Oremos todos juntos por él, para que el Señor lo bendiga y la Virgen lo proteja."),
      ("pope-francis", "Y ahora comenzamos este camino: Obispo y pueblo. Un camino de fraternidad, de amor, de confianza entre nosotros."),
      ("pope-francis", "Y ahora quisiera dar la bendición, pero antes os pido un favor: antes de que el Obispo bendiga al pueblo, os pido que vosotros recéis al Señor para que me bendiga a mí: la oración del pueblo, pidiendo la bendición para su Obispo."),
      ("pope-francis", "Mañana quiero ir a rezar a la Virgen, para que proteja a toda Roma. Buenas noches y que descanséis."),
  ])

D("d32_vatican_en_20130313",
  url="https://www.vatican.va/content/francesco/en/speeches/2013/march/documents/papa-francesco_20130313_benedizione-urbi-et-orbi.html",
  kind="transcript", lang="en", publisher="holy-see", author="pope-francis",
  author_name="Holy See",
  title="First greeting of the Holy Father Pope Francis. Apostolic Blessing \"Urbi et Orbi\". Central loggia of St Peter's Basilica, Wednesday, 13 March 2013",
  published_at="2013-03-13", tz=ROM, verbatim=True, passages=[
      ("pope-francis", "Brothers and sisters, good evening! You know that it was the duty of the Conclave to give Rome a Bishop. It seems that my brother Cardinals have gone to the ends of the earth to get one… but here we are. I thank you for your welcome."),
      ("pope-francis", "First of all, I would like to offer a prayer for our Bishop Emeritus, Benedict XVI. Let us pray together for him, that the Lord may bless him and that Our Lady may keep him."),
      ("pope-francis", "And now, we take up this journey: Bishop and People. A journey of fraternity, of love, of trust among us."),
      ("pope-francis", "And now I would like to give the blessing, but first, I ask a favour of you: before the Bishop blesses his people, I ask you to pray to the Lord that he will bless me: the prayer of the people asking the blessing for their Bishop."),
      ("pope-francis", "Tomorrow, I want to go and pray to the Madonna, that she may protect Rome. Good night and sleep well!"),
  ])

D("d32_holysee_press_20130313",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2013/03/13/election-of-pope-francis.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="holy-see-press-office",
  author_name="Holy See Press Office",
  title="Election of the Supreme Pontiff: Cardinal Jorge Mario Bergoglio takes the name Francis",
  published_at="2013-03-13", tz=ROM, passages=[
      "White smoke rose from the chimney of the Sistine Chapel at 19:06 this evening, on the second day of the conclave. Cardinal Jorge Mario Bergoglio, S.J., Archbishop of Buenos Aires, was elected Supreme Pontiff on the fifth ballot by the 115 cardinal electors, and has taken the name Francis.",
      "From the central loggia of St Peter's Basilica, the Cardinal Protodeacon, Jean-Louis Tauran, announced the election to the faithful gathered in St Peter's Square with the words \"Habemus Papam\".",
      "The Holy Father then appeared at the loggia, greeted the crowd, led the faithful in prayer for his predecessor, Benedict XVI, asked them to pray for him, and imparted the Apostolic Blessing \"Urbi et Orbi\". He is the first Pope from the Americas and the first Jesuit to be elected.",
  ])

D("d32_wh_obama_pope_20130313",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/03/13/statement-president-selection-pope-francis",
  kind="press_release", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President on the Selection of Pope Francis",
  published_at="2013-03-13", tz=NY, passages=[
      ("barack-obama", "On behalf of the American people, Michelle and I offer our warm wishes to His Holiness Pope Francis as he ascends to the Chair of Saint Peter and begins his papacy."),
      ("barack-obama", "As a champion of the poor and the most vulnerable among us, he carries forth the message of love and compassion that has inspired the world for more than two thousand years."),
      ("barack-obama", "As the first pope from the Americas, his selection also speaks to the strength and vitality of a region that is increasingly shaping our world, and alongside millions of Hispanic Americans, those of us in the United States share the joy of this historic day."),
  ])

D("d32_casarosada_carta_20130313",
  url="https://www.casarosada.gob.ar/informacion/archivo/26351-carta-de-la-presidenta-al-papa-francisco",
  kind="press_release", lang="es", publisher="argentina-presidency", author="cristina-fernandez-kirchner",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Carta de la Presidenta de la Nación, Cristina Fernández de Kirchner, a Su Santidad Francisco",
  published_at="2013-03-13", tz=BUE, passages=[
      "La presidenta de la Nación, Cristina Fernández de Kirchner, envió esta tarde una carta a Su Santidad Francisco, el cardenal Jorge Mario Bergoglio, con motivo de su elección como Sumo Pontífice.",
      ("cristina-fernandez-kirchner", "En mi nombre, en el del Gobierno Argentino y en representación del pueblo de nuestro país, quiero saludarlo y expresarle mis felicitaciones."),
      ("cristina-fernandez-kirchner", "Es nuestro deseo que tenga, al asumir la conducción y guía de la Iglesia, una fructífera tarea pastoral desempeñando tan grandes responsabilidades en pos de la justicia, la igualdad, la fraternidad y la paz de la humanidad."),
  ])

X("d32_x_casarosada_20130313", handle="CasaRosada", author="argentina-presidency", author_name="Casa Rosada",
  ts="2013-03-14T00:10:00+00:00", lang="es", tz=BUE, passages=[
      "La Presidenta Cristina Fernández envió una carta de felicitación a Su Santidad Francisco por su elección como Sumo Pontífice.",
  ])

D("d32_casarosada_roma_20130318",
  url="https://www.casarosada.gob.ar/informacion/discursos/26390-conferencia-de-prensa-de-la-presidenta-en-roma",
  kind="transcript", lang="es", publisher="argentina-presidency", author="cristina-fernandez-kirchner",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Conferencia de prensa de la Presidenta de la Nación, Cristina Fernández, tras su encuentro con el papa Francisco (Roma, 18 de marzo de 2013)",
  published_at="2013-03-18", tz=ROM, verbatim=True, passages=[
      ("cristina-fernandez-kirchner", "Buenas tardes. Acabo de almorzar con Su Santidad Francisco en la residencia de Santa Marta. Fue un encuentro muy cálido, muy afectuoso. Nunca en mi vida me besó un papa."),
      ("cristina-fernandez-kirchner", "Le llevé un equipo de mate, un termo y un poco de yerba, y hablamos de la Patria Grande, de los pobres y de los jóvenes."),
      ("cristina-fernandez-kirchner", "Le pedí su intervención para que se pueda abrir un diálogo sobre la cuestión Malvinas, como lo reclaman las Naciones Unidas."),
  ])


# =============================================================================================
# 2011-10-20 (Thursday)   About 19:00 in Madrid (UTC+2), ETA announces through Gara and Berria the
#                         "cese definitivo de su actividad armada", three days after the Aiete
#                         conference in San Sebastián; Zapatero's institutional declaration at La
#                         Moncloa; Rajoy's declaration at the Partido Popular's headquarters in
#                         Génova
# =============================================================================================

D("d32_eta_20111020",
  url="https://www.gara.net/azkenak/10/302000/es/Comunicado-integro-ETA-cese-definitivo-actividad-armada",
  kind="press_release", lang="es", publisher=None, author="eta",
  author_name="ETA (comunicado difundido por Gara y Berria)",
  title="Comunicado íntegro de ETA: cese definitivo de su actividad armada",
  published_at="2011-10-20", tz=MAD, passages=[
      ("eta", "ETA considera que la Conferencia Internacional celebrada recientemente en Euskal Herria es una iniciativa de gran trascendencia política."),
      ("eta", "Por todo ello, ETA ha decidido el cese definitivo de su actividad armada."),
      ("eta", "ETA hace un llamamiento a los gobiernos de España y Francia para abrir un proceso de diálogo directo que tenga por objetivo la resolución de las consecuencias del conflicto."),
  ])

D("d32_moncloa_zapatero_20111020",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2011/prot20111020.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="jose-luis-rodriguez-zapatero",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno, José Luis Rodríguez Zapatero, tras el comunicado de ETA (Palacio de La Moncloa, 20 de octubre de 2011)",
  published_at="2011-10-20", tz=MAD, verbatim=True, passages=[
      ("jose-luis-rodriguez-zapatero", "Buenas noches. ETA ha anunciado hoy el cese definitivo de su actividad armada. Es una victoria de la democracia, de la ley y de la razón."),
      ("jose-luis-rodriguez-zapatero", "Este logro se debe, ante todo, a la firmeza del Estado de Derecho, a la eficacia de las Fuerzas y Cuerpos de Seguridad, a la cooperación de Francia y a la entereza de la sociedad española."),
      ("jose-luis-rodriguez-zapatero", "Mi recuerdo más emocionado es hoy para las víctimas y para sus familias. La nuestra será una democracia sin terrorismo, pero no una democracia sin memoria."),
  ])

D("d32_pp_rajoy_20111020",
  url="https://www.pp.es/actualidad-noticia/declaracion-mariano-rajoy-comunicado-eta-20-octubre-2011",
  kind="transcript", lang="es", publisher="partido-popular", author="mariano-rajoy",
  author_name="Partido Popular - transcripción",
  title="Declaración de Mariano Rajoy en la sede nacional del Partido Popular tras el comunicado de ETA (Génova, 20 de octubre de 2011)",
  published_at="2011-10-20", tz=MAD, verbatim=True, passages=[
      ("mariano-rajoy", "Buenas noches. El anuncio que ha hecho hoy ETA es una gran noticia para la democracia española."),
      ("mariano-rajoy", "Esta noticia se ha producido sin ningún tipo de concesión política. Se debe al trabajo de las Fuerzas y Cuerpos de Seguridad, de los jueces, de la cooperación internacional y al sacrificio de las víctimas."),
      ("mariano-rajoy", "Seguiremos trabajando para que la disolución de ETA sea completa e irreversible. Mi recuerdo es hoy, sobre todo, para las víctimas."),
  ])

# =============================================================================================
# 2009-04-23 (Thursday)   Late at night, Health Secretary José Ángel Córdova Villalobos announces the
#                         suspension of classes at every level in the Federal District and the State
#                         of Mexico from Friday the 24th over an influenza outbreak (Mexico City on
#                         summer time, UTC-5)
# 2009-04-24 (Friday)     Soldiers hand out face masks in the Metro (El Universal, media only)
# 2009-04-25 (Saturday)   WHO's Director-General declares a public health emergency of international
#                         concern (Geneva, UTC+2)
# 2009-04-29 (Wednesday)  WHO raises the alert to phase 5; in the evening Calderón's message to the
#                         nation suspends non-essential activities from 1 to 5 May (the presidency's
#                         feed item at 21:35 in Mexico City, 02:35 UTC on the 30th; the minute is ours)
# 2009-06-11 (Thursday)   WHO raises the alert to phase 6: "The world is now at the start of the 2009
#                         influenza pandemic", nearly 30,000 confirmed cases in 74 countries
# =============================================================================================

D("d32_salud_20090423",
  url="https://www.salud.gob.mx/ssa_app/noticias/datos/2009-04-23_3965.html",
  kind="press_release", lang="es", publisher="salud-mexico", author="salud-mexico",
  author_name="Secretaría de Salud - Comunicado de prensa",
  title="Suspenden clases en el Distrito Federal y el Estado de México por el brote de influenza",
  published_at="2009-04-23", tz=MX, passages=[
      "El secretario de Salud, José Ángel Córdova Villalobos, informó esta noche que, ante el brote de influenza registrado en el país y como medida preventiva, se suspenden las clases en todos los niveles educativos, públicos y privados, en el Distrito Federal y en el Estado de México a partir de mañana viernes 24 de abril.",
      "El titular de Salud pidió a la población evitar los lugares concurridos, lavarse las manos con frecuencia y acudir de inmediato al médico en caso de fiebre alta, tos y dolor de cabeza, y no automedicarse.",
  ])

MEDIA("d32_eluniversal_20090424",
      url="https://archivo.eluniversal.com.mx/notas/593211.html",
      lang="es", title="Reparten cubrebocas en el Metro; capitalinos acuden con miedo a sus trabajos",
      outlet="El Universal", date="2009-04-24", tz=MX, passages=[
          "Elementos del Ejército repartieron este viernes cubrebocas a los usuarios de varias estaciones del Metro de la Ciudad de México, en el primer día sin clases por el brote de influenza.",
          "En farmacias del centro de la capital los encargados dijeron que los cubrebocas se agotaron desde temprano.",
      ])

D("d32_who_chan_20090425",
  url="https://www.who.int/mediacentre/news/statements/2009/h1n1_20090425/en/",
  kind="press_release", lang="en", publisher="who", author="margaret-chan",
  author_name="World Health Organization - Media centre",
  title="Swine influenza: Statement by WHO Director-General, Dr Margaret Chan (25 April 2009)",
  published_at="2009-04-25", tz=GVA, passages=[
      ("margaret-chan", "Cases of human infection with swine influenza A(H1N1) have been confirmed in Mexico and the United States, and suspected cases are being investigated elsewhere."),
      ("margaret-chan", "On the advice of the Emergency Committee, I have determined that the current events constitute a public health emergency of international concern."),
  ])

D("d32_who_chan_20090429",
  url="https://www.who.int/mediacentre/news/statements/2009/h1n1_20090429/en/",
  kind="transcript", lang="en", publisher="who", author="margaret-chan",
  author_name="World Health Organization - Media centre",
  title="Influenza A(H1N1): Statement by WHO Director-General, Dr Margaret Chan (29 April 2009)",
  published_at="2009-04-29", tz=GVA, verbatim=True, passages=[
      ("margaret-chan", "Based on assessment of all available information, and following several expert consultations, I have decided to raise the current level of influenza pandemic alert from phase 4 to phase 5."),
      ("margaret-chan", "Phase 5 is a strong signal that a pandemic is imminent and that the time to finalize the organization, communication and implementation of the planned mitigation measures is short."),
      ("margaret-chan", "It really is all of humanity that is under threat during a pandemic."),
  ])

D("d32_presidencia_mx_20090429",
  url="https://calderon.presidencia.gob.mx/2009/04/mensaje-a-la-nacion-del-presidente-calderon-sobre-la-influenza/",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="felipe-calderon",
  author_name="Presidencia de la República - versión estenográfica",
  title="Mensaje a la Nación del Presidente Felipe Calderón Hinojosa sobre la epidemia de influenza (29 de abril de 2009)",
  published_at="2009-04-29", tz=MX, verbatim=True, passages=[
      ("felipe-calderon", "Buenas noches. Me dirijo a ustedes para informarles de nuevas medidas para proteger la salud de las familias mexicanas frente a la epidemia de influenza."),
      ("felipe-calderon", "He decidido que del 1 al 5 de mayo se suspendan todas las actividades no esenciales de la Administración Pública Federal, y pido al sector privado que haga lo mismo con las actividades que no sean indispensables."),
      ("felipe-calderon", "No hay lugar más seguro para protegerse del contagio que la propia casa. Por eso les pido que, en estos días, permanezcan en casa con su familia."),
  ])

D("d32_presidencia_mx_feed_20090429",
  url="https://calderon.presidencia.gob.mx/2009/04/suspension-de-actividades-no-esenciales-del-1-al-5-de-mayo/",
  kind="press_release", lang="es", publisher="presidencia-mexico", author="presidencia-mexico",
  author_name="Presidencia de la República - Sala de prensa",
  title="Anuncia el Presidente Calderón la suspensión de actividades no esenciales del 1 al 5 de mayo",
  published_at="2009-04-30T02:35:00+00:00", tz=MX, passages=[
      "En mensaje a la Nación, el Presidente Felipe Calderón Hinojosa anunció esta noche la suspensión de las actividades no esenciales de la Administración Pública Federal del 1 al 5 de mayo, y pidió al sector privado sumarse a la medida para frenar la propagación del virus de la influenza.",
  ])

D("d32_who_chan_20090611",
  url="https://www.who.int/mediacentre/news/statements/2009/h1n1_pandemic_phase6_20090611/en/",
  kind="transcript", lang="en", publisher="who", author="margaret-chan",
  author_name="World Health Organization - Media centre",
  title="World now at the start of 2009 influenza pandemic: Statement to the press by WHO Director-General Dr Margaret Chan (11 June 2009)",
  published_at="2009-06-11", tz=GVA, verbatim=True, passages=[
      ("margaret-chan", "Ladies and gentlemen, in late April, WHO announced the emergence of a novel influenza A virus. This particular H1N1 strain has not circulated previously in humans."),
      ("margaret-chan", "The virus is contagious, spreading easily from one person to another and from one country to another. As of today, nearly 30,000 confirmed cases have been reported in 74 countries."),
      ("margaret-chan", "On the basis of available evidence, and these expert assessments of the evidence, the scientific criteria for an influenza pandemic have been met. I have therefore decided to raise the level of influenza pandemic alert from phase 5 to phase 6. The world is now at the start of the 2009 influenza pandemic."),
      ("margaret-chan", "On present evidence, the overwhelming majority of patients experience mild symptoms and make a rapid and full recovery. Globally, we have good reason to believe that this pandemic, at least in its early days, will be of moderate severity."),
  ])


# =============================================================================================
# 2014-11-07 (Friday)     Attorney General Jesús Murillo Karam's press conference at the PGR on the
#                         43 students of the Escuela Normal Rural de Ayotzinapa who disappeared in
#                         Iguala on 26-27 Sep: three detained members of Guerreros Unidos say they
#                         killed and burned a group of people at the Cocula rubbish dump and threw
#                         the remains into the San Juan river; remains to the University of
#                         Innsbruck; "Ya me cansé" (Mexico City on UTC-6)
# 2014-11-08 (Saturday)   At night, protesters set fire to a door of the Palacio Nacional (AP, media
#                         only)
# 2015-01-27 (Tuesday)    Murillo Karam's press conference: "la verdad histórica de los hechos"
# =============================================================================================

D("d32_pgr_20141107",
  url="https://www.pgr.gob.mx/prensa/2007/docs08/estenograficas/2014/noviembre/ve071114.pdf",
  kind="transcript", lang="es", publisher="pgr-mexico", author="jesus-murillo-karam",
  author_name="Procuraduría General de la República - versión estenográfica",
  title="Versión estenográfica de la conferencia de prensa del Procurador General de la República, Jesús Murillo Karam (7 de noviembre de 2014)",
  published_at="2014-11-07", tz=MX, verbatim=True, passages=[
      ("jesus-murillo-karam", "Buenas tardes. Vengo a informarles de los avances en la investigación sobre la desaparición de los 43 estudiantes de la Escuela Normal Rural Raúl Isidro Burgos, de Ayotzinapa, ocurrida en Iguala la noche del 26 de septiembre."),
      ("jesus-murillo-karam", "Fueron detenidos tres integrantes de la organización criminal Guerreros Unidos: Patricio Reyes Landa, Jonathan Osorio Gómez y Agustín García Reyes. Los tres declararon que recibieron a un grupo de personas en el basurero de Cocula, donde les privaron de la vida y quemaron los cuerpos."),
      ("jesus-murillo-karam", "Según sus declaraciones, los restos fueron triturados, guardados en bolsas de plástico y arrojados al río San Juan. Los restos encontrados serán enviados a la Universidad de Innsbruck, en Austria, para intentar su identificación."),
      ("jesus-murillo-karam", "Mientras no tengamos una identificación, los jóvenes seguirán siendo considerados legalmente como desaparecidos."),
      ("reporter", "Procurador, una pregunta más..."),
      ("jesus-murillo-karam", "Ya me cansé."),
  ])

MEDIA("d32_ap_20141108",
      url="https://apnews.com/article/2014/11/08/mexico-protesters-set-fire-palace-door",
      lang="en", title="Protesters set fire to door of Mexico's National Palace", outlet="Associated Press",
      date="2014-11-08", tz=MX, passages=[
          "MEXICO CITY (AP) — Protesters angry over the apparent massacre of 43 college students set fire to a wooden door of the National Palace in Mexico City's main square on Saturday night.",
          "Riot police pushed the crowd back and the fire was put out within minutes, witnesses said.",
      ])

D("d32_pgr_20150127",
  url="https://www.pgr.gob.mx/prensa/2007/docs08/estenograficas/2015/enero/ve270115.pdf",
  kind="transcript", lang="es", publisher="pgr-mexico", author="jesus-murillo-karam",
  author_name="Procuraduría General de la República - versión estenográfica",
  title="Versión estenográfica de la conferencia de prensa del Procurador General de la República, Jesús Murillo Karam (27 de enero de 2015)",
  published_at="2015-01-27", tz=MX, verbatim=True, passages=[
      ("jesus-murillo-karam", "Buenas tardes. Con base en las pruebas periciales y las declaraciones recabadas, podemos establecer que los estudiantes normalistas fueron privados de la libertad, privados de la vida, incinerados y arrojados al río San Juan. En ese orden."),
      ("jesus-murillo-karam", "Esta es la verdad histórica de los hechos, basada en las pruebas aportadas por la ciencia."),
  ])
