"""Source documents for the twenty-ninth development set (dev29.json).

Every document here is about an event of 2016 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev28 uses, so that dev29 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev30, written at the same time, keeps to events of 2000 to 2015; this set keeps to
2016 to 2025, and in the event to 2017, 2019 and 2020).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (La Moncloa's press note, the Casa Real's note, the Mexican National Seismological
Service's special reports, the Mexican presidency's transcript of a message, the Élysée's English
texts of the French president's remarks and address, the French Interior Ministry's and the Paris
prosecutor's English texts of press statements, the Bolivian electoral tribunal's comunicado, the
campaigns' transcripts of statements, the Argentine presidency's notes, X posts, media articles).
Nothing here is a verbatim copy of a real document: short phrases that public reporting widely
quotes are kept close to the original where a pair depends on them. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

MAD = "Europe/Madrid"
PAR = "Europe/Paris"
LPB = "America/La_Paz"
BUE = "America/Argentina/Buenos_Aires"


# =============================================================================================
# 2017-08-17 (Thursday)   A van drives into pedestrians on La Rambla in Barcelona in the afternoon.
#                         Rajoy travels to Barcelona and decrees three days of official mourning;
#                         his post; the Casa Real's post signed by the King; Trump's post
# 2017-08-18 (Friday)     After the attack in Cambrils in the early hours, the King presides at
#                         noon over a minute of silence in the plaza de Cataluña with Rajoy,
#                         Puigdemont and Colau ("No tinc por")
# =============================================================================================

D("d29_moncloa_20170817",
  url="https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2017/170817-rajoybarcelona.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Rajoy se traslada a Barcelona y decreta tres días de luto oficial por las víctimas del atentado",
  published_at="2017-08-17", tz=MAD, passages=[
      "El presidente del Gobierno, Mariano Rajoy, se ha trasladado esta tarde a Barcelona tras el atentado terrorista perpetrado en La Rambla, donde una furgoneta ha arrollado a decenas de personas.",
      "El presidente del Gobierno ha decretado tres días de luto oficial en toda España en memoria de las víctimas, y ha presidido en la Delegación del Gobierno en Cataluña una reunión de coordinación con los responsables de las fuerzas de seguridad.",
      "Mariano Rajoy ha trasladado el pésame de todo el Gobierno a las familias de las víctimas y ha expresado la solidaridad de España con los heridos y con la ciudad de Barcelona. Mañana viernes, a las 12:00 horas, se guardará un minuto de silencio en la plaza de Cataluña.",
  ])

X("d29_x_rajoy_20170817", handle="marianorajoy", author="mariano-rajoy", author_name="Mariano Rajoy Brey",
  ts="2017-08-17T17:40:00+00:00", lang="es", tz=MAD, passages=[
      "Los terroristas jamás derrotarán a un pueblo unido que ama la libertad frente a la barbarie. Toda España está con las víctimas y sus familias.",
  ])

X("d29_x_casareal_20170817", handle="CasaReal", author="spain-royal-household", author_name="Casa de S.M. el Rey",
  ts="2017-08-17T20:30:00+00:00", lang="es", tz=MAD, passages=[
      "Son unos asesinos, simplemente unos criminales que no nos van a aterrorizar. Toda España es Barcelona. Las Ramblas volverán a ser de todos. Felipe R.",
  ])

X("d29_x_trump_20170817", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2017-08-17T19:44:00+00:00", lang="en", tz=NY, passages=[
      "The United States condemns the terror attack in Barcelona, Spain, and will do whatever is necessary to help. Be tough & strong, we love you!",
  ])

D("d29_casareal_20170818",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=13877",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de Su Majestad el Rey",
  title="Su Majestad el Rey preside en Barcelona el minuto de silencio en memoria de las víctimas de los atentados",
  published_at="2017-08-18", tz=MAD, passages=[
      "Su Majestad el Rey ha presidido hoy, a las 12:00 horas, en la plaza de Cataluña de Barcelona, el minuto de silencio en memoria de las víctimas de los atentados terroristas de Barcelona y Cambrils.",
      "Acompañaron a Don Felipe el presidente del Gobierno, Mariano Rajoy; el presidente de la Generalitat de Cataluña, Carles Puigdemont, y la alcaldesa de Barcelona, Ada Colau, junto a miembros del Gobierno y del Govern y a miles de ciudadanos.",
      "Al término del minuto de silencio, los asistentes corearon «No tinc por» («No tengo miedo»). Su Majestad el Rey había trasladado ayer su pésame a las familias de las víctimas y su apoyo a los heridos.",
  ])

# =============================================================================================
# 2017-09-07 (Thursday)   At 23:49 a magnitude 8.2 earthquake off the coast of Chiapas, in the Gulf
#                         of Tehuantepec (the SSN's special report; the look-alike)
# 2017-09-19 (Tuesday)    At 13:14:40 a magnitude 7.1 earthquake on the border of Puebla and
#                         Morelos, 12 km south-east of Axochiapan, depth 57 km, 32 years to the day
#                         after the 1985 earthquake and two hours after a national drill. Peña
#                         Nieto's message (Plan MX) and his post (22:30 in Mexico City, 03:30 UTC on
#                         the 20th); Trump's post (20:10 in Washington, 00:10 UTC on the 20th)
# 2017-09-20 (Wednesday)  El Universal on the collapse of the Colegio Enrique Rébsamen (media only)
# =============================================================================================

D("d29_ssn_20170907",
  url="http://www.ssn.unam.mx/sismicidad/reportes-especiales/2017/SSNMX_rep_esp_20170907_Tehuantepec_M82.pdf",
  kind="press_release", lang="es", publisher="ssn-mexico", author="ssn-mexico",
  author_name="Servicio Sismológico Nacional (UNAM)",
  title="Reporte especial: Sismo de Tehuantepec (M 8.2), 7 de septiembre de 2017",
  published_at="2017-09-08", tz=MX, passages=[
      "El Servicio Sismológico Nacional reportó un sismo ocurrido el día 7 de septiembre de 2017 a las 23:49:17 horas (tiempo del centro de México), con magnitud 8.2.",
      "El epicentro se localizó en el Golfo de Tehuantepec, frente a las costas de Chiapas. El sismo fue sentido en el sur y el centro del país.",
  ])

D("d29_ssn_20170919",
  url="http://www.ssn.unam.mx/sismicidad/reportes-especiales/2017/SSNMX_rep_esp_20170919_Puebla-Morelos_M71.pdf",
  kind="press_release", lang="es", publisher="ssn-mexico", author="ssn-mexico",
  author_name="Servicio Sismológico Nacional (UNAM)",
  title="Reporte especial: Sismo del día 19 de septiembre de 2017, Puebla-Morelos (M 7.1)",
  published_at="2017-09-19", tz=MX, passages=[
      "El Servicio Sismológico Nacional reportó un sismo con magnitud 7.1 ocurrido hoy, 19 de septiembre de 2017, a las 13:14:40 horas (tiempo del centro de México).",
      "El epicentro se localizó en el límite estatal entre los estados de Puebla y Morelos, a 12 km al sureste de Axochiapan, Morelos, con una profundidad de 57 km. El sismo fue fuertemente sentido en la Ciudad de México, Puebla, Morelos y el Estado de México.",
      "Este sismo ocurrió 32 años después del sismo del 19 de septiembre de 1985, de magnitud 8.1, cuyo epicentro se localizó frente a las costas de Michoacán. No se trata de una réplica del sismo del 7 de septiembre, cuyo epicentro está a más de 600 km.",
  ])

D("d29_presidencia_mx_20170919",
  url="https://www.gob.mx/presidencia/prensa/mensaje-del-presidente-enrique-pena-nieto-con-motivo-del-sismo-del-19-de-septiembre",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="presidencia-mexico",
  author_name="Presidencia de la República - Versión estenográfica",
  title="Mensaje del Presidente Enrique Peña Nieto con motivo del sismo ocurrido este martes 19 de septiembre",
  published_at="2017-09-19", tz=MX, verbatim=True, passages=[
      ("enrique-pena-nieto", "Quiero expresar mi más sentido pésame y mi solidaridad a las familias que han perdido a un ser querido en el sismo de esta tarde."),
      ("enrique-pena-nieto", "He dado instrucciones para que se active el Plan MX, que coordina a las dependencias del Gobierno de la República, a las Fuerzas Armadas y a los gobiernos estatales en la atención de la emergencia."),
      ("enrique-pena-nieto", "La prioridad, en este momento, es seguir rescatando a las personas que aún pueden estar atrapadas entre los escombros y brindar atención médica a los heridos. Todos los hospitales públicos y privados están atendiendo a quienes lo necesiten."),
      ("enrique-pena-nieto", "Pido a la población mantener la calma, no acercarse a los inmuebles dañados y seguir en todo momento las indicaciones de Protección Civil."),
  ])

X("d29_x_epn_20170919", handle="EPN", author="enrique-pena-nieto", author_name="Enrique Peña Nieto",
  ts="2017-09-20T03:30:00+00:00", lang="es", tz=MX, passages=[
      "Mi solidaridad con las familias de quienes perdieron la vida. La prioridad sigue siendo rescatar a quienes aún están atrapados y atender a los heridos. Gracias a los voluntarios y a los rescatistas que trabajan sin descanso.",
  ])

X("d29_x_trump_20170919", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2017-09-20T00:10:00+00:00", lang="en", tz=NY, passages=[
      "God bless the people of Mexico City. We are with you and will be there for you.",
  ])

MEDIA("d29_eluniversal_20170920",
      url="https://www.eluniversal.com.mx/metropoli/cdmx/colapsa-el-colegio-enrique-rebsamen-en-coapa-tras-el-sismo",
      lang="es", outlet="El Universal", date="2017-09-20", tz=MX,
      title="Colapsa el Colegio Enrique Rébsamen en Coapa; rescatistas buscan a alumnos entre los escombros", passages=[
          "Una parte del Colegio Enrique Rébsamen, en la colonia Villa Coapa, en la alcaldía de Tlalpan, se derrumbó durante el sismo del martes, cuando había alumnos y maestros en el edificio.",
          "Marinos, soldados y voluntarios trabajaron toda la noche entre los escombros. El sismo ocurrió dos horas después del macrosimulacro nacional de las 11:00 horas, convocado como cada año en el aniversario del terremoto de 1985.",
      ])


# =============================================================================================
# 2019-04-15 (Monday)     Fire at Notre-Dame de Paris, reported in the early evening; the spire
#                         falls. Trump's post (17:20 UTC). The Interior Ministry's press points:
#                         Laurent Nuñez ("not sure we can stop the spread"), General Gallet of the
#                         Paris Fire Brigade (the structure saved, some 400 firefighters). Macron's
#                         remarks in front of the cathedral late that night ("we will rebuild it")
# 2019-04-16 (Tuesday)    The Paris prosecutor, Rémy Heitz: an investigation for involuntary
#                         destruction by fire, nothing pointing to a deliberate act. Macron's
#                         address to the nation ("within five years"). Reuters on the pledges of the
#                         Pinault and Arnault families (media only)
# =============================================================================================

X("d29_x_trump_20190415", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2019-04-15T17:20:00+00:00", lang="en", tz=NY, passages=[
      "So horrible to watch the massive fire at Notre Dame Cathedral in Paris. Perhaps flying water tankers could be used to put it out. Must act quickly!",
  ])

D("d29_interieur_20190415",
  url="https://www.interieur.gouv.fr/en/Actualites/2019/04/notre-dame-de-paris-fire-press-points-of-15-april",
  kind="transcript", lang="en", publisher="france-interior", author="france-interior",
  author_name="Ministry of the Interior (France)",
  title="Fire at Notre-Dame de Paris: press points in front of the cathedral, evening of 15 April 2019 (English text)",
  published_at="2019-04-15", tz=PAR, verbatim=True, passages=[
      ("laurent-nunez", "(As interpreted.) The firefighters are doing everything they can. We are not sure that we can stop the fire from spreading to the north belfry. If it spreads, you can imagine the consequences."),
      ("reporter", "General, can the cathedral still be saved?"),
      ("jean-claude-gallet", "(As interpreted.) We can now consider that the structure of Notre-Dame has been saved and preserved in its entirety. The two towers have been preserved."),
      ("jean-claude-gallet", "(As interpreted.) Some 400 firefighters have been engaged tonight. One of our firefighters was seriously injured. We will keep teams on site all night to watch the remaining hot spots."),
  ])

D("d29_elysee_20190415",
  url="https://www.elysee.fr/en/emmanuel-macron/2019/04/15/fire-at-notre-dame-de-paris-statement-by-the-president-of-the-republic",
  kind="transcript", lang="en", publisher="france-presidency", author="emmanuel-macron",
  author_name="Élysée - Présidence de la République",
  title="Fire at Notre-Dame de Paris: statement by the President of the Republic in front of the cathedral (15 April 2019)",
  published_at="2019-04-15", tz=PAR, verbatim=True, passages=[
      ("emmanuel-macron", "Notre-Dame de Paris is our history, our literature, our imagination. It is the place where we have lived all our great moments, our epidemics, our wars, our liberations. It is the epicentre of our life."),
      ("emmanuel-macron", "The worst has been avoided, even if the battle is not yet fully won. I want to thank the firefighters, who have shown extreme courage and great professionalism tonight."),
      ("emmanuel-macron", "So I tell you very solemnly tonight: this cathedral, we will rebuild it, all together. From tomorrow, a national fundraising campaign will be launched."),
  ])

D("d29_parquet_20190416",
  url="https://www.tribunal-de-paris.justice.fr/75/en/notre-dame-press-statement-paris-public-prosecutor-16-april-2019",
  kind="transcript", lang="en", publisher="paris-prosecutor", author="paris-prosecutor",
  author_name="Paris Public Prosecutor's Office",
  title="Fire at Notre-Dame de Paris: press statement by the Paris Public Prosecutor, Rémy Heitz (16 April 2019, English text)",
  published_at="2019-04-16", tz=PAR, verbatim=True, passages=[
      ("remy-heitz", "(As interpreted.) Yesterday evening I opened an investigation for involuntary destruction by fire. It has been entrusted to the Judicial Police of Paris, and some fifty investigators are working on it."),
      ("remy-heitz", "(As interpreted.) Nothing at this stage points to a deliberate act. The investigation will be long and complex; we will begin by hearing the workers of the companies that were working on the roof."),
      ("reporter", "Do you suspect arson?"),
      ("remy-heitz", "(As interpreted.) No. Nothing at this stage points to a deliberate act. We are not ruling anything out, but that is not the path we are favouring."),
  ])

D("d29_elysee_20190416",
  url="https://www.elysee.fr/en/emmanuel-macron/2019/04/16/address-to-the-nation-by-the-president-of-the-republic-following-the-fire-at-notre-dame",
  kind="transcript", lang="en", publisher="france-presidency", author="emmanuel-macron",
  author_name="Élysée - Présidence de la République",
  title="Address to the Nation by the President of the Republic following the fire at Notre-Dame de Paris (16 April 2019)",
  published_at="2019-04-16", tz=PAR, verbatim=True, passages=[
      ("emmanuel-macron", "Last night in Paris we saw our ability to mobilise and to come together. I want to thank once again the firefighters, the police, the medical services and all those who fought the fire."),
      ("emmanuel-macron", "We will rebuild Notre-Dame cathedral even more beautifully, and I want it to be completed within five years. We can do it."),
      ("emmanuel-macron", "It is up to us to turn this disaster into an opportunity to come together, having reflected deeply on what we have been and what we have to be, and to become better than we are."),
  ])

MEDIA("d29_reuters_20190416",
      url="https://www.reuters.com/article/us-france-notredame-donations/frances-richest-families-pledge-hundreds-of-millions-to-rebuild-notre-dame-idUSKCN1RS0ZU",
      lang="en", outlet="Reuters", date="2019-04-16", tz=PAR,
      title="France's richest families pledge hundreds of millions to rebuild Notre-Dame", passages=[
          "The family of billionaire François-Henri Pinault pledged 100 million euros on Monday night to help rebuild Notre-Dame, and the Arnault family and its LVMH group followed on Tuesday with 200 million euros.",
          "France's civil security agency, responding to a suggestion by U.S. President Donald Trump, said that dropping water from the air could cause the whole structure of the cathedral to collapse.",
      ])


# =============================================================================================
# 2020-10-18 (Sunday)     Bolivia's general election, without a preliminary count
# 2020-10-19 (Monday)     After midnight, Arce's press conference ("Hemos recuperado la
#                         democracia") and Áñez's post (00:20 in La Paz, 04:20 UTC); in the
#                         afternoon Carlos Mesa concedes
# 2020-10-23 (Friday)     The TSE concludes the national count: Arce 55,10 %, Mesa 28,83 %,
#                         Camacho 14,00 %; its post (21:30 in La Paz, 01:30 UTC on the 24th)
# =============================================================================================

D("d29_mas_20201019",
  url="https://www.mas-ipsp.bo/2020/10/19/conferencia-de-prensa-de-luis-arce-catacora/",
  kind="transcript", lang="es", publisher=None, author="luis-arce", author_name="MAS-IPSP",
  title="Conferencia de prensa de Luis Arce Catacora en la madrugada del lunes 19 de octubre de 2020",
  published_at="2020-10-19", tz=LPB, verbatim=True, passages=[
      ("luis-arce", "Hemos recuperado la democracia y, sobre todo, hemos recuperado la esperanza."),
      ("luis-arce", "Vamos a gobernar para todos los bolivianos. Vamos a construir un gobierno de unidad nacional, y vamos a reencauzar nuestro proceso de cambio sin odio, aprendiendo de nuestros errores."),
  ])

X("d29_x_anez_20201019", handle="JeanineAnez", author="jeanine-anez", author_name="Jeanine Áñez Chávez",
  ts="2020-10-19T04:20:00+00:00", lang="es", tz=LPB, passages=[
      "Aún no tenemos cómputo oficial, pero por los datos con que contamos, el Sr. Arce y el Sr. Choquehuanca han ganado la elección. Felicito a los ganadores y les pido gobernar pensando en Bolivia y en la democracia.",
  ])

D("d29_cc_20201019",
  url="https://www.comunidadciudadana.bo/2020/10/19/mensaje-de-carlos-mesa-tras-las-elecciones/",
  kind="transcript", lang="es", publisher=None, author="carlos-mesa", author_name="Comunidad Ciudadana",
  title="Mensaje de Carlos Mesa tras las elecciones generales (19 de octubre de 2020)",
  published_at="2020-10-19", tz=LPB, verbatim=True, passages=[
      ("carlos-mesa", "Los resultados del conteo rápido son contundentes y marcan una diferencia muy amplia entre el primero y el segundo. Como demócratas, nos corresponde reconocer que hay un ganador: el MAS ha ganado esta elección."),
      ("carlos-mesa", "Comunidad Ciudadana será la cabeza de la oposición. Lo haremos con firmeza, en defensa de la democracia y de las libertades, y esperaremos el cómputo oficial con respeto."),
  ])

D("d29_tse_20201023",
  url="https://www.oep.org.bo/noticias/el-tse-concluye-el-computo-nacional-de-las-elecciones-generales-2020/",
  kind="press_release", lang="es", publisher="tse-bolivia", author="tse-bolivia",
  author_name="Tribunal Supremo Electoral - Órgano Electoral Plurinacional",
  title="El TSE concluye el cómputo nacional de las Elecciones Generales 2020",
  published_at="2020-10-23", tz=LPB, passages=[
      "El Tribunal Supremo Electoral (TSE) concluyó este viernes 23 de octubre el cómputo nacional de las Elecciones Generales del domingo 18 de octubre, con el 100 % de las actas computadas.",
      "El Movimiento al Socialismo (MAS-IPSP) obtuvo el 55,10 % de los votos válidos; Comunidad Ciudadana (CC), de Carlos Mesa Gisbert, el 28,83 %, y Creemos, de Luis Fernando Camacho, el 14,00 %. Al haber superado el 50 % de los votos válidos, el binomio del MAS-IPSP, Luis Arce Catacora y David Choquehuanca Céspedes, resulta electo en primera vuelta como presidente y vicepresidente del Estado.",
      "El TSE entregará las credenciales a las autoridades electas en un acto que se anunciará oportunamente.",
  ])

X("d29_x_tse_20201023", handle="TSEBolivia", author="tse-bolivia", author_name="Tribunal Supremo Electoral",
  ts="2020-10-24T01:30:00+00:00", lang="es", tz=LPB, passages=[
      "#EG2020 | El TSE concluyó el cómputo nacional al 100 %: MAS-IPSP 55,10 %, CC 28,83 %, CREEMOS 14,00 %. El binomio Luis Arce Catacora - David Choquehuanca Céspedes gana en primera vuelta.",
  ])


# =============================================================================================
# 2020-11-25 (Wednesday)  Diego Armando Maradona dies at 60. Fernández decrees three days of
#                         national mourning and offers the Casa Rosada for the wake at the family's
#                         request; his post (14:35 in Buenos Aires, 17:35 UTC)
# 2020-11-26 (Thursday)   The wake at the Casa Rosada; the cortege to the Jardín de Bella Vista
#                         cemetery, where he is buried next to his parents
# =============================================================================================

D("d29_casarosada_20201125",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/9-noticias/47512-el-presidente-decreto-tres-dias-de-duelo-nacional-por-el-fallecimiento-de-diego-armando-maradona",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="El Presidente decretó tres días de duelo nacional por el fallecimiento de Diego Armando Maradona",
  published_at="2020-11-25", tz=BUE, passages=[
      "El presidente Alberto Fernández decretó tres días de duelo nacional a partir de hoy por el fallecimiento de Diego Armando Maradona, ocurrido este miércoles a los 60 años.",
      "A pedido de su familia, los restos de Diego Armando Maradona serán velados en la Casa Rosada a partir de mañana jueves, para que el pueblo argentino pueda despedirlo.",
  ])

X("d29_x_alferdez_20201125", handle="alferdez", author="alberto-fernandez", author_name="Alberto Fernández",
  ts="2020-11-25T17:35:00+00:00", lang="es", tz=BUE, passages=[
      "Nos llevaste a lo más alto del mundo. Nos hiciste inmensamente felices. Fuiste el más grande de todos. Gracias por haber existido, Diego. Te vamos a extrañar toda la vida.",
  ])

D("d29_casarosada_20201126",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/9-noticias/47520-el-pueblo-argentino-despidio-a-diego-armando-maradona-en-la-casa-rosada",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="El pueblo argentino despidió a Diego Armando Maradona en la Casa Rosada",
  published_at="2020-11-26", tz=BUE, passages=[
      "Miles de personas despidieron hoy en la Casa Rosada a Diego Armando Maradona, cuyos restos fueron velados desde las primeras horas de la mañana, tras una despedida íntima de su familia.",
      "El presidente Alberto Fernández acompañó a la familia durante el velatorio. Por la tarde, el cortejo fúnebre partió hacia el cementerio Jardín de Bella Vista, donde Maradona fue sepultado en una ceremonia íntima, junto a sus padres.",
  ])
