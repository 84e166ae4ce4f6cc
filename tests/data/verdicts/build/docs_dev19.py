"""Source documents for the nineteenth development set (dev19.json).

Every document here is about an event of 2024 or 2025 that neither the first set (train/dev/test)
nor dev2 to dev18 uses, so that dev19 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev20, written at the same time, keeps to events of 2019 to 2023).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Argentine Senate's press note and versión taquigráfica, the Oficina del
Presidente's posts on X, the Colombian Senate's notes, a Colombian minister's post, La Moncloa's
transcripts of an institutional declaration and of a press conference after the Council of
Ministers, the Spanish Foreign Ministry's comunicado, the Israeli foreign minister's post, GOV.UK's
transcripts of statements and press conferences in Downing Street and at Northwood, GOV.UK's news
releases, the White House's readout and statement, the State Department's press statement, media
articles). Nothing here is a verbatim copy of a real document. It shares only the way documents
are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

BUE = "America/Argentina/Buenos_Aires"
BOG = "America/Bogota"
MAD = "Europe/Madrid"
JER = "Asia/Jerusalem"
LON = "Europe/London"


# =============================================================================================
# 2024-06-12 (Wednesday)  The Argentine Senate debates the Ley Bases for more than twelve hours
#                         while protesters clash with the security forces outside the Congress; the
#                         Oficina del Presidente congratulates the security forces (its post at 17:40
#                         in Buenos Aires, 20:40 UTC); the vote in general ties 36 to 36 twice and
#                         Vice President Villarruel breaks the tie a little after 23:00 ("Hoy vimos
#                         dos Argentinas", "mi voto es afirmativo"); the bill, amended, goes back to
#                         the Chamber of Deputies; the Oficina del Presidente's post at 23:50 in
#                         Buenos Aires (02:50 UTC on the 13th); La Nación on the incidents (media only)
# =============================================================================================

D("d19_senado_ar_20240612",
  url="https://www.senado.gob.ar/prensa/22291/noticias",
  kind="press_release", lang="es", publisher="senado-argentina", author="senado-argentina",
  author_name="Senado de la Nación Argentina - Prensa",
  title="Con el desempate de la Presidencia, el Senado aprobó en general la Ley Bases",
  published_at="2024-06-12", tz=BUE, passages=[
      "El Senado de la Nación aprobó en general, pasadas las 23 horas de este miércoles 12 de junio, el proyecto de Ley de Bases y Puntos de Partida para la Libertad de los Argentinos, que había recibido media sanción de la Cámara de Diputados.",
      "La votación en general arrojó un empate de 36 votos afirmativos y 36 negativos. Repetida la votación, como dispone el reglamento, y ratificado el empate, la vicepresidenta de la Nación y presidenta del cuerpo, Victoria Villarruel, desempató con su voto afirmativo, conforme al artículo 57 de la Constitución Nacional.",
      "El miembro informante del dictamen de mayoría fue el presidente provisional del Senado, Bartolomé Abdala. La sesión se extendió durante más de doce horas, y tras la votación en general el cuerpo comenzó el tratamiento en particular, por títulos, incluido el Régimen de Incentivo para Grandes Inversiones (RIGI).",
      "Como el Senado introdujo modificaciones al texto, el proyecto todavía no es ley: vuelve a la Cámara de Diputados, cámara de origen, que deberá aceptar o rechazar los cambios antes de su sanción definitiva.",
  ])

D("d19_senado_ar_vt_20240612",
  url="https://www.senado.gob.ar/parlamentario/sesiones/12-06-2024/12/downloadTac",
  kind="transcript", lang="es", publisher="senado-argentina", author="victoria-villarruel",
  author_name="Senado de la Nación Argentina - Dirección General de Taquígrafos",
  title="Versión taquigráfica de la sesión especial del 12 de junio de 2024 (fragmento: votación en general de la Ley Bases)",
  published_at="2024-06-12", tz=BUE, verbatim=True, passages=[
      ("victoria-villarruel", "Se ratifica el empate: 36 votos afirmativos y 36 negativos. Habiendo empatado nuevamente la votación, corresponde que esta Presidencia desempate."),
      ("participant", "¡Presidenta, usted no puede fundar el voto!"),
      ("victoria-villarruel", "Hoy vimos dos Argentinas. Una Argentina violenta, que quema autos, que tira piedras y que discute el ejercicio de la democracia; y otra Argentina, la de los trabajadores, que espera con dolor y con sacrificio que se respete lo que votó en noviembre del año pasado, cuando eligió un cambio."),
      ("victoria-villarruel", "Por esos argentinos que sufren, que esperan, que no quieren ver a sus hijos irse del país, y que merecen volver a sentir orgullo de ser argentinos, mi voto es afirmativo."),
      ("victoria-villarruel", "Queda aprobado en general. Pasamos a la votación en particular."),
  ])

X("d19_x_opra_tarde_20240612", handle="OPRArgentina", author="oficina-presidente-argentina", author_name="Oficina del Presidente",
  ts="2024-06-12T20:40:00+00:00", lang="es", tz=BUE, passages=[
      "La Oficina del Presidente felicita a las Fuerzas de Seguridad por su excelente desempeño frente a los grupos terroristas que, con palos, piedras y hasta granadas, intentaron consumar un golpe de Estado atentando contra el normal funcionamiento del Congreso de la Nación.",
  ])

X("d19_x_opra_noche_20240612", handle="OPRArgentina", author="oficina-presidente-argentina", author_name="Oficina del Presidente",
  ts="2024-06-13T02:50:00+00:00", lang="es", tz=BUE, passages=[
      "Con apenas 38 diputados y 7 senadores propios, con grupos terroristas atacando el Congreso, con la casta política resistiendo hasta el último minuto y con el desempate de la Vicepresidente Victoria Villarruel, la aprobación en general de la Ley Bases en el Senado es un triunfo del pueblo argentino y el primer paso hacia la recuperación de nuestra grandeza.",
  ])

MEDIA("d19_lanacion_20240612",
      url="https://www.lanacion.com.ar/politica/incidentes-frente-al-congreso-durante-el-debate-de-la-ley-bases-nid12062024/",
      lang="es", outlet="La Nación", date="2024-06-12", tz=BUE,
      title="Incidentes frente al Congreso mientras el Senado debatía la Ley Bases", passages=[
          "Mientras el Senado debatía la Ley Bases, un grupo de manifestantes dio vuelta e incendió un auto de la radio cordobesa Cadena 3 en las inmediaciones del Congreso.",
          "Las fuerzas federales dispersaron a los manifestantes con camiones hidrantes, balas de goma y gas pimienta. Hubo decenas de detenidos y varios diputados opositores que se habían acercado a la plaza denunciaron haber sido alcanzados por los gases.",
      ])


# =============================================================================================
# 2025-05-14 (Wednesday)  The Colombian Senate's plenary first approves, 68 to 2, the appeal that
#                         revives the labour reform, then denies the favourable opinion on the
#                         Government's consulta popular (twelve questions): 49 NO, 47 SÍ, announced
#                         by the secretary general, Diego González; Benedetti's post at 19:55 in
#                         Bogotá (00:55 UTC on the 15th)
# 2025-06-04 (Wednesday)  Cepeda certifies the vote of 14 May to the Registrar
# =============================================================================================

D("d19_senado_co_20250514",
  url="https://www.senado.gov.co/index.php/el-senado/noticias/plenaria-del-senado-nego-concepto-favorable-a-la-consulta-popular",
  kind="press_release", lang="es", publisher="senado-colombia", author="senado-colombia",
  author_name="Senado de la República de Colombia - Prensa",
  title="Plenaria del Senado negó concepto favorable a la consulta popular",
  published_at="2025-05-14", tz=BOG, passages=[
      "La plenaria del Senado de la República, presidida por Efraín Cepeda Sarabia, negó este miércoles 14 de mayo el concepto favorable a la convocatoria de la consulta popular presentada por el Gobierno del presidente Gustavo Petro, que contenía doce preguntas sobre asuntos laborales.",
      "En votación nominal, la solicitud obtuvo 47 votos por el SÍ y 49 votos por el NO, según el resultado que anunció el secretario general de la corporación, Diego González. Sin el concepto favorable del Senado, requisito que exige la ley, el presidente de la República no puede convocar la consulta.",
      "Antes de esa votación, la plenaria había aprobado, con 68 votos a favor y 2 en contra, la apelación que revive el proyecto de reforma laboral archivado en comisión. El proyecto deberá surtir de nuevo su trámite en una comisión del Senado antes de volver a la plenaria.",
  ])

X("d19_x_benedetti_20250514", handle="AABenedetti", author="armando-benedetti", author_name="Armando Benedetti",
  ts="2025-05-15T00:55:00+00:00", lang="es", tz=BOG, passages=[
      "Lo de hoy en el Senado fue un fraude. Cerraron el registro cuando vieron que la consulta iba ganando y no dejaron votar a todos los senadores. Hundieron la consulta popular con trampa, y el pueblo lo sabe.",
  ])

D("d19_senado_co_20250604",
  url="https://www.senado.gov.co/index.php/el-senado/noticias/presidente-del-senado-certifica-a-la-registraduria-la-votacion-de-la-consulta-popular",
  kind="press_release", lang="es", publisher="senado-colombia", author="efrain-cepeda",
  author_name="Senado de la República de Colombia - Prensa",
  title="Presidente del Senado certifica ante la Registraduría el resultado de la votación de la consulta popular",
  published_at="2025-06-04", tz=BOG, passages=[
      "El presidente del Senado, Efraín Cepeda Sarabia, envió este miércoles al registrador nacional del estado civil, Hernán Penagos, la certificación del resultado de la votación sobre la consulta popular.",
      ("efrain-cepeda", "Informo a su despacho que la solicitud de concepto favorable del Senado sobre la convocatoria a una consulta popular de carácter nacional fue negada el 14 de mayo de 2025, en sesión plenaria, mediante votación nominal, con 49 votos por el NO y 47 por el SÍ, como consta en la certificación expedida por el secretario general."),
  ])


# =============================================================================================
# 2025-09-08 (Monday)     Sánchez's institutional declaration at La Moncloa, without questions: nine
#                         measures "para detener el genocidio en Gaza" (a royal decree-law on the arms
#                         embargo applied de facto since October 2023, ports, airspace, entry bans,
#                         settlement products, consular services, support for the Palestinians); Sa'ar's
#                         post (08:15 UTC, 11:15 in Jerusalem) barring Yolanda Díaz and Sira Rego from
#                         Israel; the Foreign Ministry's comunicado recalling the ambassador in Tel Aviv
#                         for consultations; elDiario.es on Díaz's reply (media only)
# 2025-09-09 (Tuesday)    The Council of Ministers approves the nine measures; Albares's press
#                         conference: Ben Gvir and Smotrich barred from Spain, no break of relations
# =============================================================================================

D("d19_moncloa_20250908",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2025/20250908-declaracion-institucional-gaza.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="pedro-sanchez",
  author_name="La Moncloa. Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno, Pedro Sánchez, sobre la situación en Gaza. Palacio de la Moncloa, 8 de septiembre de 2025",
  published_at="2025-09-08", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenos días. Lo que está haciendo el Gobierno de Israel en Gaza comenzó como una respuesta a los atroces atentados de Hamás del 7 de octubre de 2023. Pero lo que hoy vemos ya no es defenderse, ni siquiera es atacar: es exterminar a un pueblo indefenso y quebrantar todas las normas del derecho humanitario."),
      ("pedro-sanchez", "Una cosa es proteger a tu país y a tu sociedad, y otra muy distinta es bombardear hospitales y matar de hambre a niños y niñas inocentes."),
      ("pedro-sanchez", "Nosotros solos no podemos detener la ofensiva israelí. Pero eso no significa que vayamos a dejar de intentarlo, porque hay causas por las que merece la pena luchar aunque ganarlas no dependa solo de nosotros."),
      ("pedro-sanchez", "Por eso el Gobierno ha decidido dar un paso más y poner en marcha, de manera inmediata, nueve medidas adicionales para detener el genocidio en Gaza, perseguir a sus ejecutores y apoyar a la población palestina."),
      ("pedro-sanchez", "Primera: aprobaremos con carácter urgente un real decreto-ley que consolide jurídicamente el embargo de armas a Israel que venimos aplicando de facto desde octubre de 2023, con la prohibición legal y permanente de comprar y vender armamento, munición y equipamiento militar a Israel. Segunda: prohibiremos el tránsito por los puertos españoles de todos los buques que transporten combustible destinado a las fuerzas armadas israelíes. Tercera: denegaremos la entrada en el espacio aéreo español a las aeronaves de Estado que transporten material de defensa con destino a Israel."),
      ("pedro-sanchez", "Cuarta: prohibiremos el acceso al territorio español a todas las personas que participen directamente en el genocidio, en la violación de los derechos humanos y en los crímenes de guerra en la Franja de Gaza. Quinta: prohibiremos la importación de productos procedentes de los asentamientos ilegales en Gaza y en Cisjordania. Sexta: limitaremos los servicios consulares a los ciudadanos españoles que residan en esos asentamientos."),
      ("pedro-sanchez", "Las tres medidas restantes refuerzan nuestro compromiso con la población palestina: más apoyo a la Autoridad Nacional Palestina, una mayor contribución a la UNRWA y más ayuda humanitaria y de cooperación para Gaza."),
      ("pedro-sanchez", "Sabemos que estas medidas no bastarán para frenar la invasión ni los crímenes de guerra. Pero confiamos en que sumen presión sobre el primer ministro Netanyahu y su Gobierno, en que alivien parte del sufrimiento de la población palestina y en que la sociedad española sepa que, ante uno de los episodios más infames del siglo XXI, su país estuvo en el lado correcto de la historia. Muchas gracias."),
  ])

X("d19_x_saar_20250908", handle="gidonsaar", author="gideon-saar", author_name="Gideon Sa'ar",
  ts="2025-09-08T08:15:00+00:00", lang="en", tz=JER, passages=[
      "The Spanish government is pursuing a hostile anti-Israel line, with wild, hate-filled rhetoric. The corrupt Sánchez government's attempt to divert attention from serious corruption scandals through an ongoing anti-Israel and antisemitic campaign is transparent.",
      "It is no longer possible to avoid personal sanctions on members of the Spanish government who have crossed every red line. Deputy Prime Minister Yolanda Díaz and Minister Sira Rego will be barred from entering Israel, and Israel will have no contact with them. Further decisions will follow in consultation with the Prime Minister.",
  ])

D("d19_exteriores_20250908",
  url="https://www.exteriores.gob.es/es/Comunicacion/Comunicados/Paginas/2025_COMUNICADOS/20250908_COMU078.aspx",
  kind="press_release", lang="es", publisher="exteriores-espana", author="exteriores-espana",
  author_name="Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
  title="Comunicado del Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
  published_at="2025-09-08", tz=MAD, passages=[
      "El Gobierno de España rechaza las falsas y calumniosas acusaciones de antisemitismo formuladas hoy por el ministro de Asuntos Exteriores de Israel contra España y considera inaceptables las medidas anunciadas contra la vicepresidenta segunda del Gobierno, Yolanda Díaz, y la ministra de Juventud e Infancia, Sira Rego.",
      "Ante estos hechos, el ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, ha llamado a consultas a la embajadora de España en Israel, Ana María Salomón.",
      "España no se dejará intimidar en su defensa de la paz, del derecho internacional y de la solución de dos Estados.",
  ])

MEDIA("d19_eldiario_20250908",
      url="https://www.eldiario.es/politica/yolanda-diaz-responde-veto-israel-orgullo_1_12580034.html",
      lang="es", outlet="elDiario.es", date="2025-09-08", tz=MAD,
      title="Yolanda Díaz responde al veto de Israel: \"Es un orgullo\"", passages=[
          "La vicepresidenta segunda, Yolanda Díaz, respondió en redes sociales a la prohibición de entrada en Israel anunciada por el ministro de Exteriores israelí y dijo sentir orgullo de que un Estado que, a su juicio, comete un genocidio le vete la entrada.",
          "La ministra de Juventud e Infancia, Sira Rego, también afectada por la medida, la calificó de intento de amedrentar al Gobierno.",
      ])

D("d19_moncloa_20250909",
  url="https://www.lamoncloa.gob.es/consejodeministros/ruedas/Paginas/2025/090925-rueda-de-prensa-ministros.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="jose-manuel-albares",
  author_name="La Moncloa. Rueda de prensa posterior al Consejo de Ministros",
  title="Rueda de prensa posterior al Consejo de Ministros. Intervención del ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares. 9 de septiembre de 2025",
  published_at="2025-09-09", tz=MAD, verbatim=True, passages=[
      ("moderator", "Buenos días. Comparece hoy, tras la reunión del Consejo de Ministros, el ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares."),
      ("jose-manuel-albares", "Buenos días. El Consejo de Ministros ha aprobado hoy el conjunto de las nueve medidas que anunció ayer el presidente del Gobierno para detener el genocidio en Gaza. El real decreto-ley que consolida el embargo de armas se aprobará en un próximo Consejo de Ministros y se remitirá después al Congreso para su convalidación."),
      ("jose-manuel-albares", "En aplicación de la medida que prohíbe la entrada en España a quienes participan directamente en el genocidio, el ministro de Seguridad Nacional de Israel, Itamar Ben Gvir, y el ministro de Finanzas, Bezalel Smotrich, no podrán acceder a territorio español. Quedarán incluidos en nuestro listado de personas sancionadas y en el Sistema de Información de Schengen. Es un listado abierto."),
      ("reporter", "Ministro, ¿va a romper España relaciones diplomáticas con Israel?"),
      ("jose-manuel-albares", "No. Queremos mantener un canal de interlocución con Israel, porque lo que buscamos es la paz y la solución de dos Estados. Nuestra embajadora seguirá en Madrid, llamada a consultas, y no hay una fecha prevista para su regreso."),
  ])


# =============================================================================================
# 2024-07-04 (Thursday)   The United Kingdom's general election
# 2024-07-05 (Friday)     Sunak's statement in Downing Street before his resignation ("I am sorry",
#                         "not immediately"); Starmer's first speech as Prime Minister in Downing
#                         Street after Buckingham Palace ("country first, party second", "The work of
#                         change begins immediately"); the White House readout of Biden's call;
#                         the BBC on the result (media only)
# 2024-07-06 (Saturday)   Starmer's first Cabinet and his press conference in Downing Street ("The
#                         Rwanda scheme was dead and buried before it started")
# =============================================================================================

D("d19_gov_sunak_20240705",
  url="https://www.gov.uk/government/speeches/outgoing-prime-minister-rishi-sunaks-statement-5-july-2024",
  kind="transcript", lang="en", publisher="uk-pmo", author="rishi-sunak",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Outgoing Prime Minister Rishi Sunak's statement in Downing Street: 5 July 2024",
  published_at="2024-07-05", tz=LON, verbatim=True, passages=[
      ("rishi-sunak", "Good morning. In a short while I will go to see His Majesty The King to offer my resignation as Prime Minister."),
      ("rishi-sunak", "To the country, I would like to say, first and foremost, I am sorry. I gave this job everything I had, but you have sent a clear message that the government of the United Kingdom must change, and your verdict is the one that counts. I have heard your anger and your disappointment, and I take responsibility for this loss."),
      ("rishi-sunak", "Following this result, I will step down as leader of the party: not immediately, but once the formal arrangements for selecting my successor are in place. After 14 years in government, the Conservative Party must rebuild and take up its role in opposition seriously and well."),
      ("rishi-sunak", "He has been my political opponent, but Sir Keir Starmer will shortly be our Prime Minister. In this job, his successes will be all our successes, and I wish him and his family well."),
  ])

D("d19_gov_starmer_20240705",
  url="https://www.gov.uk/government/speeches/prime-minister-keir-starmers-statement-in-downing-street-5-july-2024",
  kind="transcript", lang="en", publisher="uk-pmo", author="keir-starmer",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Prime Minister Keir Starmer's statement in Downing Street: 5 July 2024",
  published_at="2024-07-05", tz=LON, verbatim=True, passages=[
      ("keir-starmer", "I have just come back from Buckingham Palace, where I accepted His Majesty The King's invitation to form the next government of this great nation."),
      ("keir-starmer", "I want to thank the outgoing Prime Minister, Rishi Sunak. His achievement as the first British Asian Prime Minister of our country should be underestimated by no one, and we recognise the dedication and hard work he brought to the role."),
      ("keir-starmer", "Our country has voted decisively for change, for national renewal and for politics to return to public service. Whether you voted Labour or not, and especially if you did not, I say to you directly: my government will serve you. Country first, party second."),
      ("keir-starmer", "We will rebuild Britain, brick by brick. The work of change begins immediately. Thank you."),
  ])

D("d19_wh_20240705",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/05/readout-of-president-joe-bidens-call-with-prime-minister-keir-starmer-of-the-united-kingdom/",
  kind="readout", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Readout of President Joe Biden's Call with Prime Minister Keir Starmer of the United Kingdom",
  published_at="2024-07-05", tz=NY, passages=[
      "Today, President Joseph R. Biden, Jr. called Prime Minister Keir Starmer of the United Kingdom to congratulate him on his election.",
      "The leaders reaffirmed the special relationship between their nations and the importance of working together in support of freedom and democracy around the world. President Biden said he looked forward to close cooperation on critical issues, including support for Ukraine against Russian aggression and the Good Friday Agreement.",
      "The President looks forward to welcoming the Prime Minister to Washington next week for the NATO Summit, which marks the Alliance's 75th anniversary.",
  ])

D("d19_gov_starmer_20240706",
  url="https://www.gov.uk/government/speeches/pm-press-conference-remarks-6-july-2024",
  kind="transcript", lang="en", publisher="uk-pmo", author="keir-starmer",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="PM remarks at press conference in Downing Street: 6 July 2024",
  published_at="2024-07-06", tz=LON, verbatim=True, passages=[
      ("keir-starmer", "This morning I chaired the first meeting of my Cabinet. I set out what I expect of them: high standards, delivery, and respect for the trust the country has placed in us. We will be judged by what we do, not by what we say."),
      ("reporter", "Prime Minister, is the Rwanda scheme dead? Will any flights take off?"),
      ("keir-starmer", "The Rwanda scheme was dead and buried before it started. It has never been a deterrent. Look at the numbers who have crossed in the first six months of this year: they are record numbers, and that is the problem we are inheriting. The chance of anyone actually being sent to Rwanda was less than one per cent, so it never deterred anyone. I am not prepared to carry on with gimmicks that do not work."),
  ])

MEDIA("d19_bbc_20240705",
      url="https://www.bbc.com/news/articles/general-election-2024-labour-landslide-results",
      lang="en", outlet="BBC News", date="2024-07-05", tz=LON,
      title="Labour wins landslide as Conservatives suffer worst result in their history", passages=[
          "Labour has won the general election by a landslide, taking 411 of the 650 seats in the House of Commons and a majority of 174.",
          "The Conservatives were reduced to 121 seats, the worst result in the party's history, while the Liberal Democrats won 72 and Reform UK five.",
      ])


# =============================================================================================
# 2024-10-03 (Thursday)   The joint statement of Starmer and Jugnauth on a political agreement on the
#                         Chagos Archipelago (a treaty still to be finalised; an initial 99 years for
#                         Diego Garcia); Biden's statement applauding it
# 2025-05-22 (Thursday)   The treaty is signed after a High Court injunction granted before dawn is
#                         lifted; Starmer's press conference at Northwood (£101 million a year on
#                         average, a net £3.4 billion over 99 years, "We will never gamble with
#                         national security"); the UK government's release with Healey's words;
#                         Rubio's press statement welcoming the agreement
# =============================================================================================

D("d19_gov_joint_20241003",
  url="https://www.gov.uk/government/news/joint-statement-by-prime-minister-starmer-and-prime-minister-jugnauth-3-october-2024",
  kind="press_release", lang="en", publisher="uk-pmo", author="uk-pmo",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Joint Statement by Prime Minister Keir Starmer and Prime Minister Pravind Jugnauth on the Chagos Archipelago: 3 October 2024",
  published_at="2024-10-03", tz=LON, passages=[
      "The Prime Minister of the United Kingdom, Keir Starmer, and the Prime Minister of the Republic of Mauritius, Pravind Jugnauth, today confirm that their governments have reached a historic political agreement on the exercise of sovereignty over the Chagos Archipelago, after two years of negotiation.",
      "This political agreement is subject to the finalisation of a treaty and its supporting legal instruments, which both sides have committed to complete as quickly as possible. Under the treaty, the United Kingdom will agree that Mauritius is sovereign over the Chagos Archipelago, including Diego Garcia.",
      "For an initial period of 99 years, the United Kingdom will be authorised to exercise, with respect to Diego Garcia, the sovereign rights of Mauritius needed to ensure the continued operation of the existing base, which plays a vital role in regional and global security.",
      "We have reached this agreement with the full support of our close partners, the United States of America and the Republic of India.",
  ])

D("d19_wh_20241003",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/10/03/statement-from-president-joe-biden-on-the-agreement-between-the-united-kingdom-and-mauritius-on-the-chagos-archipelago/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden", author_name="The White House",
  title="Statement from President Joe Biden on the Agreement between the United Kingdom and Mauritius on the Chagos Archipelago",
  published_at="2024-10-03", tz=NY, passages=[
      ("joe-biden", "I applaud the historic agreement reached today by the United Kingdom and Mauritius on the status of the Chagos Archipelago."),
      ("joe-biden", "It secures the effective operation of the joint U.S.-U.K. facility on Diego Garcia into the next century, a facility that plays a vital role in national, regional and global security."),
      ("joe-biden", "It is a clear demonstration that, through diplomacy and partnership, countries can overcome long-standing historical challenges and reach peaceful outcomes that benefit everyone."),
  ])

D("d19_gov_starmer_20250522",
  url="https://www.gov.uk/government/speeches/pm-remarks-on-the-diego-garcia-deal-22-may-2025",
  kind="transcript", lang="en", publisher="uk-pmo", author="keir-starmer",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="PM remarks at a press conference on the Diego Garcia deal, Northwood: 22 May 2025",
  published_at="2025-05-22", tz=LON, verbatim=True, passages=[
      ("keir-starmer", "I am speaking to you from Northwood, the headquarters from which our armed forces run operations around the world. Earlier today the United Kingdom signed a treaty with Mauritius that secures the future of the UK-US military base on Diego Garcia."),
      ("keir-starmer", "Without this deal we could not stop China, or any other country, from setting up bases on the outer islands or holding joint exercises close to our base. We will never gamble with national security."),
      ("keir-starmer", "The base is leased for 99 years. £101 million a year is the average cost, which means a net cost of £3.4 billion over those 99 years. A buffer zone of 24 nautical miles around the island means that nothing can be built or placed there without our consent."),
      ("reporter", "Prime Minister, your opponents call this a surrender of British territory that will cost ten billion pounds. What do you say to them?"),
      ("keir-starmer", "The figure I have given you is the net cost, and it is less than the annual cost of running one aircraft carrier. President Trump and our other allies welcome this agreement because they understand how important this base is."),
  ])

D("d19_gov_release_20250522",
  url="https://www.gov.uk/government/news/uk-secures-future-of-diego-garcia-military-base",
  kind="press_release", lang="en", publisher="uk-government", author="uk-government",
  author_name="Prime Minister's Office, Foreign, Commonwealth & Development Office and Ministry of Defence",
  title="UK secures future of vital Diego Garcia military base",
  published_at="2025-05-22", tz=LON, passages=[
      "The United Kingdom today signed a treaty with the Government of Mauritius, led by Prime Minister Navin Ramgoolam, that secures the strategically critical UK-US military base on Diego Garcia for at least the next 99 years.",
      "The UK will keep full operational control of Diego Garcia, and all Five Eyes partners, together with India, back the agreement.",
      ("john-healey", "As the world becomes more dangerous, our military base on Diego Garcia becomes more important. Today's treaty secures it for generations to come."),
  ])

D("d19_state_20250522",
  url="https://www.state.gov/releases/office-of-the-spokesperson/2025/05/the-united-states-welcomes-the-historic-agreement-between-the-united-kingdom-and-mauritius",
  kind="press_release", lang="en", publisher="us-state-department", author="marco-rubio",
  author_name="Office of the Spokesperson",
  title="The United States Welcomes the Historic Agreement between the United Kingdom and Mauritius. Press Statement, Marco Rubio, Secretary of State",
  published_at="2025-05-22", tz=NY, passages=[
      "Today the United States welcomes the historic agreement between the United Kingdom and the Republic of Mauritius on the future of the Chagos Archipelago. We commend both governments for their leadership and their commitment to keeping Diego Garcia fully operational for the life of this agreement.",
      "After a thorough interagency review, the Administration concluded that the agreement secures the long-term, stable and effective operation of the joint U.S.-UK military facility on Diego Garcia, a critical asset for regional and global security. President Trump expressed his support for this achievement when he met Prime Minister Starmer at the White House.",
      "Although the United States is not a party to the agreement, we remain responsible for operating the U.S. Naval Support Facility on Diego Garcia, and we stand ready to keep working with both partners for peace and security in the Indian Ocean.",
  ])
