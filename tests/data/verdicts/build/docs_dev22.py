"""Source documents for the twenty-second development set (dev22.json).

Every document here is about an event of 2016 or 2017 that neither the first set (train/dev/test)
nor dev2 to dev20 uses, so that dev22 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev21, written at the same time, keeps to events of 2023 to 2025; this set keeps to
2015 to 2022, and in the event to 2016 and 2017).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (a Factba.se transcript of a joint press statement, the Mexican presidency's comunicado,
the Cuban foreign ministry's note and the Council of State's declaration, the White House's
transcripts and statement, a President-elect's written statement, the Colombian presidency's
transcripts and notes, the Registrar's bulletin, the Norwegian Nobel Committee's announcement, the
UK Electoral Commission's declaration, GOV.UK's transcripts of a statement in Downing Street and of
a Commons statement, the European Council's statement and its President's remarks, La Moncloa's
transcripts, the Casa Real's text of the King's message, the Spanish Senate's press note, X posts,
media articles). Nothing here is a verbatim copy of a real document: short phrases that public
reporting widely quotes are kept close to the original where a pair depends on them. It shares
only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

HAV = "America/Havana"
BOG = "America/Bogota"
LON = "Europe/London"
BRU = "Europe/Brussels"
OSL = "Europe/Oslo"
MAD = "Europe/Madrid"


# =============================================================================================
# 2016-08-31 (Wednesday)  Candidate Donald Trump meets President Enrique Peña Nieto at Los Pinos,
#                         Mexico City; joint press statements ("We did discuss the wall. We didn't
#                         discuss payment of the wall"); Peña Nieto's post that evening (18:05 in
#                         Mexico City, 23:05 UTC): he made clear that Mexico will not pay
# 2017-01-25 (Wednesday)  After Trump's executive order on the wall, Peña Nieto's video message
#                         ("México no cree en los muros", "México no pagará ningún muro"), posted
#                         at 21:05 in Mexico City (03:05 UTC on the 26th)
# 2017-01-26 (Thursday)   Trump's post (08:55 in Washington): a "60 billion dollar trade deficit",
#                         better to cancel the meeting; Peña Nieto's post (11:20 in Mexico City):
#                         he will not attend the working meeting set for Tuesday the 31st
# 2017-01-27 (Friday)     The presidency's comunicado on a one-hour phone call; the two presidents
#                         acknowledge their differences on paying for the wall and agree, for now,
#                         not to speak of it in public
# =============================================================================================

D("d22_factbase_20160831",
  url="https://rollcall.com/factbase/trump/transcript/donald-trump-press-conference-enrique-pena-nieto-mexico-city-august-31-2016/",
  kind="transcript", lang="en", publisher=None, author="donald-trump", author_name="Roll Call Factba.se",
  title="Press Conference: Donald Trump and Enrique Peña Nieto at Los Pinos, Mexico City - August 31, 2016",
  published_at="2016-08-31", tz=MX, verbatim=True, passages=[
      ("enrique-pena-nieto", "(As interpreted.) I told Mr. Trump very frankly that many Mexicans have felt hurt and aggrieved by some of his statements. Mexicans deserve the respect of everyone."),
      ("enrique-pena-nieto", "(As interpreted.) The free trade agreement has been good for both our countries, though it can be modernized and improved. And just as people and drugs move illegally to the north, weapons and cash move illegally to the south, and that flow must stop too."),
      ("donald-trump", "Thank you, Mr. President. It is a great honor to be invited. We had a very substantive, direct and constructive exchange of ideas over quite a period of time."),
      ("donald-trump", "A strong, prosperous and vibrant Mexico is in the best interest of the United States. But having a secure border is a sovereign right, and we recognize and respect the right of either country to build a physical barrier or wall on its border to stop the illegal movement of people, drugs and weapons."),
      ("reporter", "Mr. Trump, who is going to pay for the wall?"),
      ("donald-trump", "We did discuss the wall. We didn't discuss payment of the wall. That'll be for a later date. This was a very preliminary meeting."),
  ])

X("d22_x_epn_20160831", handle="EPN", author="enrique-pena-nieto", author_name="Enrique Peña Nieto",
  ts="2016-08-31T23:05:00+00:00", lang="es", tz=MX, passages=[
      "Al inicio de la conversación con Donald Trump le dejé claro que México no pagará por el muro.",
      "A partir de ahí, la conversación abordó otros temas y se desarrolló de manera respetuosa.",
  ])

X("d22_x_epn_20170125", handle="EPN", author="enrique-pena-nieto", author_name="Enrique Peña Nieto",
  ts="2017-01-26T03:05:00+00:00", lang="es", tz=MX, passages=[
      "Un mensaje para todos los mexicanos: lamento y repruebo la decisión de Estados Unidos de continuar la construcción de un muro que, lejos de unirnos, nos divide. México no cree en los muros. Lo he dicho una y otra vez: México no pagará ningún muro.",
  ])

X("d22_x_trump_20170126", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2017-01-26T13:55:00+00:00", lang="en", tz=NY, passages=[
      "The U.S. has a 60 billion dollar trade deficit with Mexico. It has been a one-sided deal from the beginning of NAFTA, with massive numbers of jobs and companies lost.",
      "If Mexico is unwilling to pay for the badly needed wall, then it would be better to cancel the upcoming meeting.",
  ])

X("d22_x_epn_20170126", handle="EPN", author="enrique-pena-nieto", author_name="Enrique Peña Nieto",
  ts="2017-01-26T17:20:00+00:00", lang="es", tz=MX, passages=[
      "Esta mañana hemos informado a la Casa Blanca que no asistiré a la reunión de trabajo programada para el próximo martes con el @POTUS.",
      "México reitera su voluntad de trabajar con los Estados Unidos para lograr acuerdos en favor de ambas naciones.",
  ])

D("d22_presidencia_mx_20170127",
  url="https://www.gob.mx/presidencia/prensa/conversacion-telefonica-entre-el-presidente-enrique-pena-nieto-y-el-presidente-de-los-estados-unidos-donald-trump",
  kind="press_release", lang="es", publisher="presidencia-mexico", author="presidencia-mexico",
  author_name="Presidencia de la República - Comunicado",
  title="Conversación telefónica entre el Presidente Enrique Peña Nieto y el Presidente de los Estados Unidos de América, Donald J. Trump",
  published_at="2017-01-27", tz=MX, passages=[
      "Esta mañana, el Presidente de los Estados Unidos Mexicanos, Enrique Peña Nieto, y el Presidente de los Estados Unidos de América, Donald J. Trump, sostuvieron una conversación telefónica de una hora.",
      "Los Presidentes tuvieron una conversación constructiva y productiva sobre la relación bilateral, que incluyó el déficit comercial de los Estados Unidos con México, la importancia de la amistad entre ambas naciones y la necesidad de trabajar juntos para detener el tráfico de drogas y el flujo ilegal de armas.",
      "Con respecto al pago del muro, ambos Presidentes reconocieron sus claras y muy públicas diferencias de posición en este tema tan sensible, y acordaron resolverlas como parte de una discusión integral sobre todos los aspectos de la relación bilateral.",
      "Los Presidentes también convinieron, por ahora, no hablar públicamente de este controvertido tema, e instruyeron a sus equipos a continuar el diálogo.",
  ])


# =============================================================================================
# 2016-03-20 (Sunday)     Obama lands at José Martí International Airport (16:20 in Havana, UTC-4
#                         in March 2016), received by Foreign Minister Bruno Rodríguez Parrilla
# 2016-03-21 (Monday)     Official talks with Raúl Castro at the Palacio de la Revolución and a joint
#                         press conference ("What political prisoners? Give me a name or names",
#                         Cuba complying with 47 of 61 instruments, "the embargo is going to end")
# 2016-03-22 (Tuesday)    Obama's address to the Cuban people at the Gran Teatro de La Habana Alicia
#                         Alonso; the Rays beat Cuba's national team 4-1 at the Estadio
#                         Latinoamericano (media only)
# =============================================================================================

D("d22_minrex_20160320",
  url="http://www.minrex.gob.cu/es/arribo-la-habana-el-presidente-de-los-estados-unidos-barack-obama",
  kind="press_release", lang="es", publisher="minrex-cuba", author="minrex-cuba",
  author_name="Ministerio de Relaciones Exteriores de Cuba",
  title="Arribó a La Habana el Presidente de los Estados Unidos, Barack Obama",
  published_at="2016-03-20", tz=HAV, passages=[
      "En la tarde de este domingo 20 de marzo arribó al Aeropuerto Internacional José Martí, en visita oficial a Cuba, el Presidente de los Estados Unidos de América, Barack Obama, acompañado de su esposa y de sus hijas.",
      "A su llegada fue recibido por el ministro de Relaciones Exteriores, Bruno Rodríguez Parrilla, y por la directora general de Estados Unidos de la Cancillería, Josefina Vidal.",
      "El Presidente de los Consejos de Estado y de Ministros, General de Ejército Raúl Castro Ruz, recibirá al visitante mañana lunes en el Palacio de la Revolución, donde sostendrán conversaciones oficiales.",
  ])

D("d22_wh_20160321",
  url="https://obamawhitehouse.archives.gov/the-press-office/2016/03/21/remarks-president-obama-and-president-raul-castro-cuba-joint-press",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by President Obama and President Raúl Castro of Cuba in Joint Press Conference (Palace of the Revolution, Havana)",
  published_at="2016-03-21", tz=HAV, verbatim=True, passages=[
      ("raul-castro", "(As interpreted.) The blockade remains the most important obstacle to our economic development and to the well-being of the Cuban people. The return of the territory occupied by the Guantánamo naval base is another matter that must be resolved."),
      ("barack-obama", "This is a new day, es un nuevo día, between our two countries. We continue, as President Castro indicated, to have some very serious differences, including on democracy and human rights."),
      ("barack-obama", "Cuba's destiny will not be decided by the United States or any other nation. The future of Cuba will be decided by Cubans, not by anybody else."),
      ("reporter", "President Castro, why do you have Cuban political prisoners, and why don't you release them?"),
      ("raul-castro", "(As interpreted.) What political prisoners? Give me a name or names. Give me the list of political prisoners after this meeting, and if there are such prisoners, they will be released before tonight ends."),
      ("raul-castro", "(As interpreted.) There are 61 internationally recognized instruments on human rights. How many countries comply with all of them? None. Cuba complies with 47. Human rights should not be politicized."),
      ("barack-obama", "The embargo is going to end. When, I can't be entirely sure, but I believe it will end, and the path we are on will continue beyond my administration."),
  ])

D("d22_wh_20160322",
  url="https://obamawhitehouse.archives.gov/the-press-office/2016/03/22/remarks-president-obama-people-cuba",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by President Obama to the People of Cuba (Gran Teatro de La Habana Alicia Alonso, Havana)",
  published_at="2016-03-22", tz=HAV, verbatim=True, passages=[
      ("barack-obama", "Thank you. Muchas gracias. President Castro, people of Cuba, thank you for your warm welcome."),
      ("barack-obama", "I have come here to bury the last remnant of the Cold War in the Americas. I have come here to extend the hand of friendship to the Cuban people."),
      ("barack-obama", "I've asked Congress to lift the embargo. It is an outdated burden on the Cuban people. It's a burden on the Americans who want to work and do business or invest here in Cuba."),
      ("barack-obama", "But even if we lifted the embargo tomorrow, Cubans would not realize their potential without continued change here in Cuba. I believe citizens should be free to speak their minds without fear."),
  ])

MEDIA("d22_ap_20160322",
      url="https://apnews.com/article/rays-beat-cuba-exhibition-obama-castro-havana-2016",
      lang="en", outlet="Associated Press", date="2016-03-22", tz=HAV,
      title="Rays beat Cuba 4-1 as Obama and Castro watch together in Havana", passages=[
          "The Tampa Bay Rays beat Cuba's national team 4-1 on Tuesday at the Estadio Latinoamericano, with President Barack Obama and President Raúl Castro watching side by side from the stands.",
          "Obama left for Argentina after the game, ending the first visit to Cuba by a sitting U.S. president since Calvin Coolidge in 1928.",
      ])


# =============================================================================================
# 2016-11-25 (Friday)     Raúl Castro announces on television that Fidel Castro died at 22:29 that
#                         evening and will be cremated
# 2016-11-26 (Saturday)   The Council of State decrees nine days of national mourning (from 06:00
#                         on the 26th to 12:00 on 4 December; burial at Santa Ifigenia, Santiago de
#                         Cuba); President-elect Trump's statement ("a brutal dictator"); President
#                         Obama's statement ("History will record and judge")
# =============================================================================================

D("d22_minrex_20161125",
  url="http://www.minrex.gob.cu/es/mensaje-del-presidente-raul-castro-ruz-al-pueblo-de-cuba-25-de-noviembre-de-2016",
  kind="transcript", lang="es", publisher="minrex-cuba", author="raul-castro",
  author_name="Ministerio de Relaciones Exteriores de Cuba",
  title="Mensaje del Presidente de los Consejos de Estado y de Ministros, Raúl Castro Ruz, al pueblo de Cuba (declaración televisada)",
  published_at="2016-11-25", tz=HAV, verbatim=True, passages=[
      ("raul-castro", "Querido pueblo de Cuba: con profundo dolor comparezco para informar a nuestro pueblo, a los amigos de nuestra América y del mundo, que hoy, 25 de noviembre del 2016, a las 10 y 29 horas de la noche, falleció el Comandante en Jefe de la Revolución Cubana, Fidel Castro Ruz."),
      ("raul-castro", "En cumplimiento de su voluntad expresa, sus restos serán cremados. En las primeras horas de mañana, sábado 26, la comisión organizadora de los funerales dará a conocer los detalles del homenaje póstumo al fundador de la Revolución Cubana. ¡Hasta la victoria siempre!"),
  ])

D("d22_cuba_gob_20161126",
  url="http://www.cubagob.cu/declaracion-del-consejo-de-estado-duelo-nacional-26-de-noviembre-de-2016",
  kind="press_release", lang="es", publisher="cuba-government", author="cuba-government",
  author_name="Consejo de Estado de la República de Cuba",
  title="Declaración del Consejo de Estado: duelo nacional por el fallecimiento del Comandante en Jefe Fidel Castro Ruz",
  published_at="2016-11-26", tz=HAV, passages=[
      "El Consejo de Estado de la República de Cuba decreta duelo nacional por nueve días, desde las 06:00 horas del 26 de noviembre hasta las 12:00 horas del 4 de diciembre de 2016.",
      "Durante el duelo nacional cesarán las actividades y espectáculos públicos, la bandera nacional ondeará a media asta en los edificios públicos y en los establecimientos militares, y la radio y la televisión mantendrán una programación informativa, patriótica e histórica.",
      "La comisión organizadora de las honras fúnebres informó que las cenizas recorrerán el país desde La Habana hasta Santiago de Cuba, rememorando la Caravana de la Libertad de enero de 1959, y serán inhumadas el 4 de diciembre en el cementerio de Santa Ifigenia.",
  ])

D("d22_trump_20161126",
  url="https://greatagain.gov/news/statement-president-elect-donald-j-trump-on-the-passing-of-fidel-castro",
  kind="press_release", lang="en", publisher=None, author="donald-trump",
  author_name="Donald J. Trump Presidential Transition",
  title="Statement by President-elect Donald J. Trump on the Passing of Fidel Castro",
  published_at="2016-11-26", tz=NY, passages=[
      ("donald-trump", "Today, the world marks the passing of a brutal dictator who oppressed his own people for nearly six decades. Fidel Castro's legacy is one of firing squads, theft, unimaginable suffering, poverty and the denial of fundamental human rights."),
      ("donald-trump", "Cuba remains a totalitarian island, but it is my hope that today marks a turn away from horrors endured for far too long, toward a future in which the Cuban people at last live in the freedom they deserve."),
  ])

D("d22_wh_20161126",
  url="https://obamawhitehouse.archives.gov/the-press-office/2016/11/26/statement-president-passing-fidel-castro",
  kind="press_release", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President on the Passing of Fidel Castro",
  published_at="2016-11-26", tz=NY, passages=[
      ("barack-obama", "As Fidel Castro passes, we extend a hand of friendship to the Cuban people, and we know that this moment stirs powerful emotions among Cubans, on the island and in the United States."),
      ("barack-obama", "History will record and judge the enormous impact of this singular figure on the people and world around him."),
      ("barack-obama", "For almost six decades, discord and deep political disagreement marked relations between our two countries, and during my presidency we have worked hard to leave that past behind. Today we offer our condolences to Fidel Castro's family."),
  ])


# =============================================================================================
# 2016-09-26 (Monday)     Santos and the FARC's leader, Rodrigo Londoño ("Timochenko"), sign the
#                         Final Agreement in Cartagena; the presidency's post at 20:20 in Bogotá
#                         (01:20 UTC on the 27th); Londoño asks the victims' forgiveness (media only)
# 2016-10-02 (Sunday)     The plebiscite: "No" 50,21 %, "Sí" 49,78 % (Registrar's bulletin); Santos's
#                         address from the Casa de Nariño (ceasefire "sigue vigente", dialogue with
#                         all political forces, negotiators to Havana, "No me rendiré") and his post
#                         at 20:15 in Bogotá (01:15 UTC on the 3rd)
# 2016-10-07 (Friday)     The Norwegian Nobel Committee awards the Peace Prize to Santos
# 2016-11-24 (Thursday)   The new Final Agreement signed at the Teatro Colón in Bogotá; endorsement
#                         to go through Congress
# =============================================================================================

D("d22_presidencia_co_20160926",
  url="http://es.presidencia.gov.co/discursos/160926-Palabras-del-Presidente-Juan-Manuel-Santos-en-la-ceremonia-de-firma-del-Acuerdo-Final",
  kind="transcript", lang="es", publisher="colombia-presidency", author="juan-manuel-santos",
  author_name="Presidencia de la República de Colombia",
  title="Palabras del Presidente Juan Manuel Santos en la ceremonia de firma del Acuerdo Final para la terminación del conflicto (Cartagena)",
  published_at="2016-09-26", tz=BOG, verbatim=True, passages=[
      ("juan-manuel-santos", "Hoy, aquí en Cartagena, ante Colombia y ante el mundo, firmamos con las FARC el Acuerdo Final para la terminación del conflicto y la construcción de una paz estable y duradera."),
      ("juan-manuel-santos", "Como dice nuestro himno: ¡cesó la horrible noche! Se acaba más de medio siglo de guerra con las FARC, y empieza el trabajo de construir la paz en los territorios."),
      ("juan-manuel-santos", "El próximo domingo 2 de octubre los colombianos tendrán la última palabra. Yo los invito a votar por el Sí."),
  ])

X("d22_x_presidencia_co_20160926", handle="infopresidencia", author="colombia-presidency",
  author_name="Presidencia Colombia", ts="2016-09-27T01:20:00+00:00", lang="es", tz=BOG, passages=[
      "El presidente @JuanManSantos y el máximo líder de las FARC, Rodrigo Londoño, firmaron hoy en Cartagena el Acuerdo Final para la terminación del conflicto, ante jefes de Estado de la región y el secretario general de la ONU.",
  ])

MEDIA("d22_eltiempo_20160926",
      url="https://www.eltiempo.com/politica/proceso-de-paz/timochenko-pide-perdon-a-las-victimas-en-cartagena-50211",
      lang="es", outlet="El Tiempo", date="2016-09-26", tz=BOG,
      title="'Timochenko' pide perdón a las víctimas en la firma de la paz", passages=[
          "En su discurso en la ceremonia de Cartagena, el máximo jefe de las FARC, Rodrigo Londoño, alias Timochenko, pidió perdón a todas las víctimas del conflicto por el dolor que su organización haya causado.",
          "El paso de unos aviones de combate sobre el lugar interrumpió por unos instantes su intervención.",
      ])

D("d22_registraduria_20161002",
  url="https://www.registraduria.gov.co/Resultados-del-plebiscito-del-2-de-octubre-de-2016.html",
  kind="press_release", lang="es", publisher="registraduria-colombia", author="registraduria-colombia",
  author_name="Registraduría Nacional del Estado Civil",
  title="Boletín: resultados del plebiscito para la refrendación del Acuerdo Final",
  published_at="2016-10-02", tz=BOG, passages=[
      "Con el 99,98 % de las mesas informadas en el preconteo del plebiscito de este domingo 2 de octubre, la opción No obtuvo 6.431.376 votos, el 50,21 % de los votos válidos, y la opción Sí, 6.377.482 votos, el 49,78 %.",
  ])

D("d22_presidencia_co_20161002",
  url="http://es.presidencia.gov.co/discursos/161002-Declaracion-del-Presidente-Juan-Manuel-Santos-tras-conocer-los-resultados-del-plebiscito",
  kind="transcript", lang="es", publisher="colombia-presidency", author="juan-manuel-santos",
  author_name="Presidencia de la República de Colombia",
  title="Declaración del Presidente Juan Manuel Santos tras conocer los resultados del plebiscito",
  published_at="2016-10-02", tz=BOG, verbatim=True, passages=[
      ("juan-manuel-santos", "Me dirijo a todos los colombianos, a los que votaron por el Sí y a los que votaron por el No. La mayoría, así sea por un estrecho margen, ha dicho No, y soy el primero en reconocer este resultado."),
      ("juan-manuel-santos", "Como jefe de Estado soy el garante de la estabilidad de la Nación, y conservo intactas mis facultades y mi obligación de mantener el orden público y de buscar la paz. El cese al fuego y de hostilidades bilateral y definitivo sigue vigente y seguirá vigente."),
      ("juan-manuel-santos", "Mañana mismo convocaré a todas las fuerzas políticas, y en particular a las que se manifestaron por el No, para escucharlas, abrir espacios de diálogo y determinar el camino a seguir. He pedido al jefe negociador, Humberto de la Calle, y al alto comisionado para la Paz, Sergio Jaramillo, que viajen mañana a La Habana para informar a los negociadores de las FARC."),
      ("juan-manuel-santos", "No me rendiré. Seguiré buscando la paz hasta el último minuto de mi mandato."),
  ])

X("d22_x_santos_20161002", handle="JuanManSantos", author="juan-manuel-santos", author_name="Juan Manuel Santos",
  ts="2016-10-03T01:15:00+00:00", lang="es", tz=BOG, passages=[
      "No me rendiré: seguiré buscando la paz hasta el último minuto de mi mandato, porque ese es el camino para dejarles un mejor país a nuestros hijos.",
  ])

D("d22_nobel_20161007",
  url="https://www.nobelprize.org/prizes/peace/2016/press-release/",
  kind="press_release", lang="en", publisher="norwegian-nobel-committee", author="norwegian-nobel-committee",
  author_name="The Norwegian Nobel Committee",
  title="The Nobel Peace Prize for 2016",
  published_at="2016-10-07", tz=OSL, passages=[
      "The Norwegian Nobel Committee has decided to award the Nobel Peace Prize for 2016 to Colombian President Juan Manuel Santos for his resolute efforts to bring the country's more than 50-year-long civil war to an end, a war that has cost the lives of at least 220 000 Colombians and displaced close to six million people.",
      "That a majority of voters rejected the peace accord does not necessarily mean that the peace process is dead: the referendum was not a vote for or against peace itself.",
      "The prize is also a tribute to the Colombian people, who through great hardship and abuse have not given up hope of a just peace, and to all the parties that have contributed to the peace process.",
  ])

D("d22_presidencia_co_20161124",
  url="http://es.presidencia.gov.co/noticia/161124-En-el-Teatro-Colon-Gobierno-y-FARC-firmaron-el-nuevo-Acuerdo-Final",
  kind="press_release", lang="es", publisher="colombia-presidency", author="colombia-presidency",
  author_name="Presidencia de la República de Colombia",
  title="En el Teatro Colón, Gobierno y FARC firmaron el nuevo Acuerdo Final para la terminación del conflicto",
  published_at="2016-11-24", tz=BOG, passages=[
      "En una ceremonia sobria en el Teatro Colón de Bogotá, el Presidente Juan Manuel Santos y el máximo líder de las FARC, Rodrigo Londoño, firmaron este jueves el nuevo Acuerdo Final para la terminación del conflicto y la construcción de una paz estable y duradera.",
      "El nuevo texto recoge buena parte de las propuestas presentadas por los promotores del No tras el plebiscito del 2 de octubre.",
      "La refrendación del nuevo Acuerdo se hará a través del Congreso de la República, que comenzará a debatirlo la próxima semana.",
  ])


# =============================================================================================
# 2016-06-24 (Friday)     The Electoral Commission declares the result in Manchester (Leave 51.9 %,
#                         Remain 48.1 %, turnout 72.2 %); Cameron's statement outside 10 Downing
#                         Street: a new Prime Minister by the Conservative conference in October
# 2017-03-29 (Wednesday)  Sir Tim Barrow hands May's Article 50 letter to Donald Tusk in Brussels;
#                         May's statement to the Commons; the European Council's statement; Tusk's
#                         remarks ("We already miss you. Thank you and goodbye.")
# =============================================================================================

D("d22_electoral_commission_20160624",
  url="https://www.electoralcommission.org.uk/media-centre/official-result-eu-referendum-declared-electoral-commission-manchester",
  kind="press_release", lang="en", publisher="electoral-commission-uk", author="electoral-commission-uk",
  author_name="The Electoral Commission",
  title="Official result of the EU Referendum is declared by the Electoral Commission in Manchester",
  published_at="2016-06-24", tz=LON, passages=[
      "The Chief Counting Officer for the referendum on the UK's membership of the European Union, Jenny Watson, has declared the official result at Manchester Town Hall.",
      "51.9% of votes (17,410,742) were cast in favour of leaving the European Union and 48.1% (16,141,241) in favour of remaining. The United Kingdom has therefore voted to leave the European Union.",
      "The national turnout was 72.2%. In all, 33,577,342 ballot papers were counted across the 382 counting areas.",
  ])

D("d22_gov_uk_20160624",
  url="https://www.gov.uk/government/speeches/eu-referendum-outcome-pm-statement-24-june-2016",
  kind="transcript", lang="en", publisher="uk-pmo", author="david-cameron",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="EU referendum outcome: PM statement in Downing Street, 24 June 2016",
  published_at="2016-06-24", tz=LON, verbatim=True, passages=[
      ("david-cameron", "The country has just taken part in a giant democratic exercise. The British people have voted to leave the European Union and their will must be respected. The will of the British people is an instruction that must be delivered."),
      ("david-cameron", "I campaigned the only way I know, saying directly and with passion what I believe. But the British people have clearly chosen a different path, and I think the country now needs fresh leadership to take it in that direction."),
      ("david-cameron", "I will do everything I can as Prime Minister to steady the ship over the coming weeks and months, but I do not think it would be right for me to try to be the captain that steers our country to its next destination."),
      ("david-cameron", "There is no need for a precise timetable today, but in my view we should aim to have a new Prime Minister in place by the start of the Conservative Party conference in October. A negotiation with the European Union will need to begin under a new Prime Minister, and I think it is right that this new Prime Minister takes the decision about when to trigger Article 50."),
  ])

D("d22_gov_uk_20170329",
  url="https://www.gov.uk/government/speeches/prime-ministers-commons-statement-on-triggering-article-50",
  kind="transcript", lang="en", publisher="uk-pmo", author="theresa-may",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Prime Minister's Commons statement on triggering Article 50, 29 March 2017",
  published_at="2017-03-29", tz=LON, verbatim=True, passages=[
      ("theresa-may", "Today the Government acts on the democratic will of the British people. A few minutes ago in Brussels, the United Kingdom's Permanent Representative to the EU handed a letter to the President of the European Council on my behalf, confirming the Government's decision to invoke Article 50 of the Treaty on European Union."),
      ("theresa-may", "The Article 50 process is now under way, and in accordance with the wishes of the British people, the United Kingdom is leaving the European Union. This is an historic moment from which there can be no turning back."),
      ("theresa-may", "We are leaving the European Union, but we are not leaving Europe, and we want to remain committed partners and allies to our friends across the continent."),
  ])

D("d22_consilium_20170329",
  url="https://www.consilium.europa.eu/en/press/press-releases/2017/03/29/euco-50-statement-uk-notification/",
  kind="press_release", lang="en", publisher="european-council", author="european-council",
  author_name="European Council - Press office",
  title="Statement by the European Council (Art. 50) on the UK notification",
  published_at="2017-03-29", tz=BRU, passages=[
      "Today, the European Council received a letter from the British Prime Minister, Theresa May, notifying the United Kingdom's intention to leave the European Union. This notification follows the referendum of 23 June 2016 and starts the withdrawal process under Article 50 of the Treaty.",
      "We regret that the United Kingdom will leave the European Union, but we are ready for the process that we now will have to follow.",
      "For the European Union, the first step will now be the adoption of guidelines for the negotiations by the European Council. In these negotiations the Union will act as one and preserve its interests, starting with the key arrangements for an orderly withdrawal.",
  ])

D("d22_consilium_tusk_20170329",
  url="https://www.consilium.europa.eu/en/press/press-releases/2017/03/29/tusk-remarks-uk-notification/",
  kind="transcript", lang="en", publisher="european-council", author="donald-tusk",
  author_name="European Council - Press office",
  title="Remarks by President Donald Tusk following the UK notification",
  published_at="2017-03-29", tz=BRU, verbatim=True, passages=[
      ("donald-tusk", "So here it is. Six pages. The notification from Prime Minister Theresa May, triggering Article 50 and formally starting the negotiations on the UK's withdrawal from the European Union."),
      ("donald-tusk", "There is no reason to pretend that this is a happy day, neither in Brussels nor in London. There is nothing to win in this process, and I am talking about both sides. In essence, this is about damage control."),
      ("donald-tusk", "Paradoxically, there is also something positive in Brexit: it has made us, the community of 27, more determined and more united than before."),
      ("donald-tusk", "What can I add to this? We already miss you. Thank you and goodbye."),
  ])


# =============================================================================================
# 2017-10-01 (Sunday)     Rajoy's declaration at La Moncloa after the polling stations closed: "hoy no
#                         ha habido un referéndum de autodeterminación en Cataluña"; he will ask to
#                         appear in the Congress and call the parliamentary parties together
# 2017-10-03 (Tuesday)    Felipe VI's message at 21:00 from the Zarzuela ("deslealtad inadmisible",
#                         "asegurar el orden constitucional", "no estáis solos, ni lo estaréis")
# 2017-10-27 (Friday)     The Senate approves the measures under article 155 (214 to 47, one
#                         abstention); after an extraordinary Council of Ministers, Rajoy announces
#                         the dismissal of the Govern, the dissolution of the Parlament and elections
#                         on 21 December
# =============================================================================================

D("d22_moncloa_20171001",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2017/prsp20171001.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="mariano-rajoy",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno, Mariano Rajoy, en el Palacio de La Moncloa, sobre la jornada del 1 de octubre en Cataluña",
  published_at="2017-10-01", tz=MAD, verbatim=True, passages=[
      ("mariano-rajoy", "Buenas noches. A esta hora puedo decirles con toda rotundidad que hoy no ha habido un referéndum de autodeterminación en Cataluña. Hemos asistido a una mera escenificación, a un episodio más de una estrategia contra la legalidad y la convivencia democrática."),
      ("mariano-rajoy", "Nuestro Estado de derecho mantiene su fortaleza y su vigencia, y ha actuado con firmeza y con serenidad. Los únicos responsables de lo ocurrido son quienes han promovido la ruptura de la legalidad y de la convivencia."),
      ("mariano-rajoy", "Mañana pediré comparecer en el Congreso de los Diputados, y voy a convocar a todos los partidos con representación parlamentaria para reflexionar juntos sobre el futuro que tenemos que afrontar."),
  ])

D("d22_casareal_20171003",
  url="https://www.casareal.es/ES/actividades/Paginas/actividades_discursos_detalle.aspx?data=5687",
  kind="transcript", lang="es", publisher="spain-royal-household", author="felipe-vi",
  author_name="Casa de S.M. el Rey",
  title="Mensaje de Su Majestad el Rey, Palacio de La Zarzuela, 3 de octubre de 2017",
  published_at="2017-10-03", tz=MAD, verbatim=True, passages=[
      ("felipe-vi", "Estamos viviendo momentos muy graves para nuestra vida democrática, y en estas circunstancias quiero dirigirme directamente a todos los españoles."),
      ("felipe-vi", "Desde hace ya tiempo, determinadas autoridades de Cataluña, de una manera reiterada, consciente y deliberada, han venido incumpliendo la Constitución y su Estatuto de Autonomía. Con sus decisiones han vulnerado de manera sistemática las normas aprobadas legal y legítimamente, demostrando una deslealtad inadmisible hacia los poderes del Estado."),
      ("felipe-vi", "Ante esta situación de extrema gravedad, es responsabilidad de los legítimos poderes del Estado asegurar el orden constitucional y el normal funcionamiento de las instituciones, la vigencia del Estado de Derecho y el autogobierno de Cataluña, basado en la Constitución y en su Estatuto de Autonomía."),
      ("felipe-vi", "Y a los muchos catalanes que viven estos momentos con inquietud quiero decirles que no están solos, ni lo estarán: tienen todo el apoyo y la solidaridad del resto de los españoles."),
  ])

D("d22_senado_20171027",
  url="https://www.senado.es/web/relacionesciudadanos/oficinaprensa/notasprensa/detallenotaprensa/index.html?id=NP20171027_155",
  kind="press_release", lang="es", publisher="senado-espana", author="senado-espana",
  author_name="Senado de España - Oficina de Prensa",
  title="El Pleno del Senado autoriza las medidas del Gobierno al amparo del artículo 155 de la Constitución",
  published_at="2017-10-27", tz=MAD, passages=[
      "El Pleno del Senado ha aprobado este viernes, con 214 votos a favor, 47 en contra y 1 abstención, las medidas propuestas por el Gobierno al amparo del artículo 155 de la Constitución en relación con la Generalitat de Cataluña.",
      "Es la primera vez que se aplica este artículo desde la aprobación de la Constitución de 1978. Las medidas entrarán en vigor con su publicación en el Boletín Oficial del Estado.",
  ])

D("d22_moncloa_20171027",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2017/prsp20171027.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="mariano-rajoy",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración del presidente del Gobierno, Mariano Rajoy, tras el Consejo de Ministros extraordinario",
  published_at="2017-10-27", tz=MAD, verbatim=True, passages=[
      ("mariano-rajoy", "El Consejo de Ministros ha acordado el cese del presidente de la Generalitat de Cataluña, del vicepresidente y de todos los consejeros que integran el Consejo de Gobierno de la Generalitat."),
      ("mariano-rajoy", "No se trata de suspender el autogobierno, sino de devolverlo a la normalidad y a la legalidad cuanto antes."),
      ("mariano-rajoy", "Creo que es urgente devolver la voz a los ciudadanos de Cataluña. Por eso he decidido disolver el Parlamento de Cataluña y convocar elecciones autonómicas el próximo 21 de diciembre."),
  ])
