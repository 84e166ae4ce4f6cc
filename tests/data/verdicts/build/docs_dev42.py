"""Source documents for the forty-second development set (dev42.json).

Every document here is about an event of 2000 to 2012 that neither the first set (train/dev/test)
nor dev2 to dev40 uses, so that dev42 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev41, written at the same time, keeps to events of 2019 to 2025; this set keeps to
2000 to 2012, and in the event to 2003 and 2010, on days on which no earlier set has a document or a
claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (NASA's release, the White House's transcripts and post, the Columbia Accident
Investigation Board's release, BP's release, the Swedish Academy's announcement, the Instituto
Cervantes's transcript, the Peruvian presidency's feed item, the Nobel Foundation's text of the
Nobel lecture, the Colombian Constitutional Court's comunicado, the Colombian presidency's feed item,
media articles). Nothing here is a verbatim copy of a real document: short phrases that public
reporting widely quotes are kept close to the original where a pair depends on them. It shares only
the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

HOU = "America/Chicago"
STO = "Europe/Stockholm"
LIM = "America/Lima"
BOG = "America/Bogota"
MAD = "Europe/Madrid"


# =============================================================================================
# 2003-02-01 (Saturday)   NASA loses contact with the Space Shuttle Columbia (STS-107) at about
#                         9:00 a.m. EST over Texas, some 16 minutes before its scheduled landing at
#                         the Kennedy Space Center; NASA's release with Sean O'Keefe's words; Bush's
#                         address to the nation from the Cabinet Room at 2:04 p.m. EST ("The
#                         Columbia is lost; there are no survivors", "Our journey into space will go
#                         on")
# 2003-02-04 (Tuesday)    Bush at the memorial service at the Lyndon B. Johnson Space Center in
#                         Houston (CST)
# 2003-08-26 (Tuesday)    The Columbia Accident Investigation Board, chaired by retired Admiral
#                         Harold W. Gehman Jr., releases its report in Washington (the foam strike
#                         81.7 seconds after launch; the organisational causes)
# =============================================================================================

D("d42_nasa_20030201",
  url="https://www.nasa.gov/home/hqnews/2003/feb/HQ_03032_Columbia_contact_lost.html",
  kind="press_release", lang="en", publisher="nasa", author="nasa",
  author_name="NASA Headquarters - News Release",
  title="Space Shuttle Columbia and its crew lost during entry (February 1, 2003)",
  published_at="2003-02-01", tz=NY, passages=[
      "NASA lost communication with the Space Shuttle Columbia and its crew of seven at about 9 a.m. EST today, as the orbiter was flying over Texas some 16 minutes before its scheduled landing at the Kennedy Space Center in Florida.",
      "The crew of mission STS-107 were Commander Rick Husband, Pilot William McCool, Payload Commander Michael Anderson, Mission Specialists Kalpana Chawla, David Brown and Laurel Clark, and Payload Specialist Ilan Ramon, the first Israeli astronaut.",
      ("sean-okeefe", "This is indeed a tragic day for the NASA family, for the families of the astronauts who flew on STS-107, and likewise is tragic for the nation."),
      "Search and recovery teams are working with local and state authorities in Texas. Members of the public who find debris are asked not to touch it, as it may be hazardous, and to report it to local authorities.",
  ])

D("d42_wh_bush_20030201",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2003/02/20030201-2.html",
  kind="transcript", lang="en", publisher="white-house", author="george-w-bush",
  author_name="The White House - Office of the Press Secretary",
  title="President Addresses Nation on Space Shuttle Columbia Tragedy (The Cabinet Room, February 1, 2003, 2:04 P.M. EST)",
  published_at="2003-02-01", tz=NY, verbatim=True, passages=[
      ("george-w-bush", "My fellow Americans, this day has brought terrible news and great sadness to our country. At 9:00 a.m. this morning, Mission Control in Houston lost contact with our Space Shuttle Columbia. A short time later, debris was seen falling from the skies above Texas. The Columbia is lost; there are no survivors."),
      ("george-w-bush", "On board was a crew of seven: Colonel Rick Husband; Lt. Colonel Michael Anderson; Commander Laurel Clark; Captain David Brown; Commander William McCool; Dr. Kalpana Chawla; and Ilan Ramon, a Colonel in the Israeli Air Force. These men and women assumed great risk in the service to all humanity."),
      ("george-w-bush", "The cause in which they died will continue. Mankind is led into the darkness beyond our world by the inspiration of discovery and the longing to understand. Our journey into space will go on."),
      ("george-w-bush", "The same Creator who names the stars also knows the names of the seven souls we mourn today. The crew of the shuttle Columbia did not return safely to Earth; yet we can pray that all are safely home."),
  ])

D("d42_wh_bush_houston_20030204",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2003/02/20030204-1.html",
  kind="transcript", lang="en", publisher="white-house", author="george-w-bush",
  author_name="The White House - Office of the Press Secretary",
  title="President Bush Honors Columbia Astronauts at Memorial Service (Lyndon B. Johnson Space Center, Houston, Texas, February 4, 2003)",
  published_at="2003-02-04", tz=HOU, verbatim=True, passages=[
      ("george-w-bush", "We come together in sorrow, to honor seven lives that were lost to us on Saturday morning. Their mission was almost complete, and we lost them so close to home."),
      ("george-w-bush", "This cause of exploration and discovery is not an option we choose; it is a desire written in the human heart."),
      ("george-w-bush", "To the families of the astronauts: your loved ones were proud of their work, and this nation shares your grief."),
  ])

D("d42_caib_20030826",
  url="http://caib.nasa.gov/news/press_releases/pr030826.html",
  kind="press_release", lang="en", publisher="caib", author="caib",
  author_name="Columbia Accident Investigation Board",
  title="Columbia Accident Investigation Board releases its report (Washington, August 26, 2003)",
  published_at="2003-08-26", tz=NY, passages=[
      "The Columbia Accident Investigation Board, chaired by retired Admiral Harold W. Gehman Jr., today released Volume I of its report on the loss of the Space Shuttle Columbia and its crew on February 1, 2003.",
      "The physical cause of the loss of Columbia and its crew was a breach in the Thermal Protection System on the leading edge of the left wing. The breach was initiated by a piece of insulating foam that separated from the left bipod ramp section of the External Tank at 81.7 seconds after launch and struck the wing.",
      "In the Board's view, NASA's organizational culture and structure had as much to do with this accident as the External Tank foam.",
  ])


# =============================================================================================
# 2010-06-15 (Tuesday)    Obama's address to the nation on the BP oil spill from the Oval Office at
#                         8:01 p.m. EDT; the White House's post at 20:40 EDT, 00:40 UTC on the 16th
#                         (the minute is ours)
# 2010-06-16 (Wednesday)  Obama meets BP's chairman, Carl-Henric Svanberg, and other executives at
#                         the White House and speaks in the State Dining Room: $20 billion set aside
#                         for claims, "this is not a cap", an independent administrator (Kenneth
#                         Feinberg), $100 million for rig workers idled by the moratorium; BP's
#                         release (no dividends for the first three quarters of 2010); AP on
#                         Svanberg's "small people" (media only)
# =============================================================================================

D("d42_wh_obama_20100615",
  url="https://obamawhitehouse.archives.gov/the-press-office/remarks-president-nation-bp-oil-spill",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President to the Nation on the BP Oil Spill (Oval Office, June 15, 2010, 8:01 P.M. EDT)",
  published_at="2010-06-15", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Good evening. As we speak, our nation faces a multitude of challenges. Tonight I've returned from a trip to the Gulf Coast to speak with you about the battle we're waging against an oil spill that is assaulting our shores and our citizens."),
      ("barack-obama", "Already, this oil spill is the worst environmental disaster America has ever faced. And unlike an earthquake or a hurricane, it's not a single event that does its damage in a matter of minutes or days."),
      ("barack-obama", "But make no mistake: We will fight this spill with everything we've got for as long as it takes. We will make BP pay for the damage their company has caused."),
      ("barack-obama", "Tomorrow, I will meet with the chairman of BP and inform him that he is to set aside whatever resources are required to compensate the workers and business owners who have been harmed as a result of his company's recklessness. And this fund will not be controlled by BP. In order to ensure that all legitimate claims are paid out in a fair and timely manner, the account must and will be administered by an independent third party."),
  ])

X("d42_x_wh_20100615", handle="whitehouse", author="white-house", author_name="The White House",
  ts="2010-06-16T00:40:00+00:00", lang="en", tz=NY, passages=[
      "President Obama in his first address from the Oval Office: \"We will make BP pay for the damage their company has caused.\"",
  ])

D("d42_wh_obama_20100616",
  url="https://obamawhitehouse.archives.gov/the-press-office/remarks-president-after-meeting-with-bp-executives",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President after Meeting with BP Executives (State Dining Room, June 16, 2010)",
  published_at="2010-06-16", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Good afternoon, everybody. I just concluded a constructive meeting with the chairman of BP, Carl-Henric Svanberg, and other senior executives of the company."),
      ("barack-obama", "BP has agreed to set aside $20 billion to pay claims for damages resulting from this spill. This $20 billion will provide substantial assurance that the claims people and businesses have will be honored. It's also important to emphasize this is not a cap."),
      ("barack-obama", "The fund will not be controlled by either BP or by the government. It will be put in an escrow account, administered by an impartial, independent third party, Ken Feinberg."),
      ("barack-obama", "BP has also agreed to set up a $100 million fund to compensate unemployed oil rig workers who have been laid off because of the moratorium on deepwater drilling."),
  ])

D("d42_bp_20100616",
  url="https://www.bp.com/en/global/corporate/news-and-insights/press-releases/bp-establishes-20-billion-claims-fund-for-deepwater-horizon-spill.html",
  kind="press_release", lang="en", publisher="bp", author="bp",
  author_name="BP p.l.c. - Press release",
  title="BP establishes $20 billion claims fund for Deepwater Horizon spill and outlines dividend decisions (16 June 2010)",
  published_at="2010-06-16", tz=NY, passages=[
      "BP today announced that, following a meeting with President Obama at the White House, it has agreed to establish a $20 billion claims fund to meet obligations arising from the Deepwater Horizon oil spill in the Gulf of Mexico.",
      "The fund will be administered by an independent claims administrator. It will be used to pay legitimate claims, including natural resource damages and state and local response costs.",
      "In the light of these commitments, the BP board has decided that the company will not pay dividends in respect of the first, second and third quarters of 2010.",
  ])

MEDIA("d42_ap_svanberg_20100616",
      url="https://apnews.com/article/2010/06/16/bp-chairman-svanberg-small-people",
      lang="en", title="BP chairman: 'We care about the small people'", outlet="Associated Press",
      date="2010-06-16", tz=NY, passages=[
          "WASHINGTON (AP) — Speaking to reporters outside the White House after meeting President Barack Obama, BP chairman Carl-Henric Svanberg said the company would meet its obligations in the Gulf. \"We care about the small people,\" he said.",
          "Svanberg, a Swede, later apologized for the remark, saying he had spoken clumsily.",
      ])


# =============================================================================================
# 2010-02-26 (Friday)     Colombia's Constitutional Court, by seven votes to two, declares Law 1354
#                         of 2009, which called a referendum on a second re-election, unenforceable
#                         ("inexequible") in its entirety (rapporteur Humberto Antonio Sierra Porto;
#                         the Court's president, Mauricio González Cuervo, announces it); Uribe's
#                         reaction in the presidency's feed item at 21:10 in Bogotá, 02:10 UTC on the
#                         27th (the minute is ours); El Tiempo (media only)
# =============================================================================================

D("d42_cc_20100226",
  url="https://www.corteconstitucional.gov.co/comunicados/comunicado-26-de-febrero-de-2010-referendo.php",
  kind="press_release", lang="es", publisher="corte-constitucional-colombia", author="corte-constitucional-colombia",
  author_name="Corte Constitucional de Colombia - Comunicado",
  title="Comunicado de la Sala Plena: decisión sobre la Ley 1354 de 2009 (Bogotá, 26 de febrero de 2010)",
  published_at="2010-02-26", tz=BOG, passages=[
      "La Sala Plena de la Corte Constitucional, por siete votos contra dos, declaró INEXEQUIBLE en su totalidad la Ley 1354 de 2009, «por medio de la cual se convoca a un referendo constitucional y se somete a consideración del pueblo un proyecto de reforma constitucional».",
      "El proyecto de reforma sometido a referendo habría permitido que quien hubiese sido elegido a la Presidencia de la República por dos períodos constitucionales, como el actual Presidente, Álvaro Uribe Vélez, pudiera ser elegido para un tercer período.",
      "La Corte encontró que en el proceso de formación de la ley se presentaron irregularidades que no constituyen meros vicios de procedimiento sino violaciones sustanciales al principio democrático, entre ellas la superación de los topes de financiación fijados para la campaña de recolección de firmas.",
      "Fue magistrado ponente Humberto Antonio Sierra Porto. El presidente de la Corporación, Mauricio González Cuervo, dio a conocer la decisión en rueda de prensa.",
  ])

D("d42_presidencia_co_20100226",
  url="http://historico.presidencia.gov.co/sp/2010/febrero/26/presidente-uribe-acata-decision-corte.html",
  kind="press_release", lang="es", publisher="colombia-presidency", author="colombia-presidency",
  author_name="Presidencia de la República de Colombia - Secretaría de Prensa",
  title="Presidente Uribe acata y respeta la decisión de la Corte Constitucional",
  published_at="2010-02-27T02:10:00+00:00", tz=BOG, passages=[
      "El presidente Álvaro Uribe Vélez manifestó esta noche, en una breve declaración desde la Casa de Nariño, que acata y respeta la decisión de la Corte Constitucional, que declaró inexequible la ley del referendo.",
      "El Mandatario pidió a los colombianos seguir apoyando la política de seguridad democrática y aseguró que, desde cualquier lugar, seguirá sirviendo a Colombia.",
  ])

MEDIA("d42_eltiempo_20100227",
      url="https://www.eltiempo.com/archivo/documento/CMS-7312586",
      lang="es", title="Corte hunde el referendo: Uribe no podrá aspirar a un tercer periodo", outlet="El Tiempo",
      date="2010-02-27", tz=BOG, passages=[
          "Con la decisión de la Corte Constitucional, el presidente Álvaro Uribe no podrá ser candidato en las elecciones presidenciales del 30 de mayo.",
          "Los promotores del referendo, que habían reunido millones de firmas, lamentaron el fallo, mientras la oposición lo celebró como un triunfo de la independencia judicial.",
      ])


# =============================================================================================
# 2010-10-07 (Thursday)   At 13:00 in Stockholm the Swedish Academy announces the Nobel Prize in
#                         Literature for 2010 to Mario Vargas Llosa; his press conference at the
#                         Instituto Cervantes in New York, where he was teaching a course at
#                         Princeton that semester (EDT); EFE (media only); the Peruvian presidency's
#                         feed item at 20:30 in Lima, 01:30 UTC on the 8th (the minute is ours)
# 2010-12-07 (Tuesday)    His Nobel lecture, "Elogio de la lectura y la ficción", at the Swedish
#                         Academy in Stockholm (UTC+1)
# =============================================================================================

D("d42_academy_20101007",
  url="https://www.nobelprize.org/prizes/literature/2010/press-release/",
  kind="press_release", lang="en", publisher="swedish-academy", author="swedish-academy",
  author_name="The Swedish Academy - The Permanent Secretary",
  title="The Nobel Prize in Literature 2010 - Press release (Stockholm, 7 October 2010)",
  published_at="2010-10-07", tz=STO, passages=[
      "The Nobel Prize in Literature for 2010 is awarded to the Peruvian writer Mario Vargas Llosa \"for his cartography of structures of power and his trenchant images of the individual's resistance, revolt, and defeat\".",
      "Mario Vargas Llosa was born on 28 March 1936 in Arequipa, Peru.",
      "Stockholm, 7 October 2010. The Swedish Academy.",
  ])

D("d42_cervantes_20101007",
  url="https://nuevayork.cervantes.es/es/prensa/rueda_prensa_mario_vargas_llosa_7_octubre_2010.htm",
  kind="transcript", lang="es", publisher="instituto-cervantes", author="mario-vargas-llosa",
  author_name="Instituto Cervantes de Nueva York - transcripción",
  title="Rueda de prensa de Mario Vargas Llosa, Premio Nobel de Literatura 2010 (Instituto Cervantes, Nueva York, 7 de octubre de 2010)",
  published_at="2010-10-07", tz=NY, verbatim=True, passages=[
      ("moderator", "Buenos días. Gracias a todos por acompañarnos en el Instituto Cervantes de Nueva York en un día tan feliz para las letras en español."),
      ("mario-vargas-llosa", "Ha sido una sorpresa absoluta. Me llamaron muy temprano, cuando todavía estaba oscuro, y por un momento pensé que era una broma."),
      ("mario-vargas-llosa", "Creo que es un reconocimiento a la literatura latinoamericana y a la literatura en lengua española, y eso me alegra muchísimo."),
      ("reporter", "¿Cree usted que le han dado el premio por sus posiciones políticas?"),
      ("mario-vargas-llosa", "Espero que me lo hayan dado más por mi obra literaria que por mis opiniones políticas."),
      ("mario-vargas-llosa", "Voy a seguir escribiendo mientras tenga fuerzas. Me gustaría que la muerte me encontrara escribiendo."),
  ])

D("d42_presidencia_pe_20101007",
  url="https://www.presidencia.gob.pe/noticias/2010/10/07/gobierno-saluda-premio-nobel-de-literatura-a-mario-vargas-llosa",
  kind="press_release", lang="es", publisher="peru-presidency", author="peru-presidency",
  author_name="Presidencia de la República del Perú - Noticias",
  title="Gobierno saluda Premio Nobel de Literatura a Mario Vargas Llosa",
  published_at="2010-10-08T01:30:00+00:00", tz=LIM, passages=[
      "El Gobierno del Perú saluda con inmenso orgullo la concesión del Premio Nobel de Literatura 2010 al escritor Mario Vargas Llosa, el primer peruano en recibir este galardón.",
      "El presidente de la República, Alan García Pérez, expresó hoy en nombre de la Nación su felicitación al escritor, cuya obra honra al Perú y a la lengua castellana.",
  ])

MEDIA("d42_efe_20101007",
      url="https://www.efe.com/efe/america/cultura/vargas-llosa-gana-el-nobel-de-literatura-2010/20101007",
      lang="es", title="Vargas Llosa gana el Nobel de Literatura 2010", outlet="Agencia EFE",
      date="2010-10-07", tz=MAD, passages=[
          "El escritor peruano-español Mario Vargas Llosa ganó hoy el Premio Nobel de Literatura, el primero para un autor en lengua española desde que lo obtuvo el mexicano Octavio Paz en 1990.",
          "Vargas Llosa, que imparte este semestre un curso en la Universidad de Princeton, se encontraba en Nueva York cuando recibió la noticia.",
      ])

D("d42_nobel_lecture_20101207",
  url="https://www.nobelprize.org/prizes/literature/2010/vargas_llosa/lecture-es/",
  kind="transcript", lang="es", publisher="nobel-foundation", author="mario-vargas-llosa",
  author_name="The Nobel Foundation - Nobel Lecture",
  title="Elogio de la lectura y la ficción. Discurso Nobel de Mario Vargas Llosa (Academia Sueca, Estocolmo, 7 de diciembre de 2010)",
  published_at="2010-12-07", tz=STO, verbatim=True, passages=[
      ("mario-vargas-llosa", "Aprendí a leer a los cinco años, en la clase del hermano Justiniano, en el Colegio de la Salle, en Cochabamba (Bolivia). Es la cosa más importante que me ha pasado en la vida."),
      ("mario-vargas-llosa", "Inventamos las ficciones para poder vivir de alguna manera las muchas vidas que quisiéramos tener cuando apenas disponemos de una sola."),
      ("mario-vargas-llosa", "Al Perú yo lo llevo en las entrañas porque en él nací, crecí, me formé y viví aquellas experiencias de niñez y juventud que modelaron mi personalidad."),
  ])
