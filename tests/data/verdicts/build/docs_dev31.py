"""Source documents for the thirty-first development set (dev31.json).

Every document here is about an event of 2016 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev30 uses, so that dev31 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev32, written at the same time, keeps to events of 2000 to 2015; this set keeps to
2016 to 2025, and in the event to 2017, 2020, 2021, 2024 and 2025, on days on which no earlier set
has a document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the White House's transcript of remarks, the Cuban government's declaration, the
Venezuelan electoral council's transcript and posts, the US Treasury's press release, a company's
transcript of a press conference, the Peruvian Congress's notes and posts, the Peruvian
presidency's transcripts, a vice president's letter, a transition's transcript of remarks, the
Congressional Record, Factba.se's transcript of a video, the South Korean presidency's English
texts of addresses, the National Assembly's and the Constitutional Court's English releases, the
State Department's press statement, X posts, media articles). Nothing here is a verbatim copy of a
real document: short phrases that public reporting widely quotes are kept close to the original
where a pair depends on them. It shares only the way documents are written down (doclib.py) with
the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

HAV = "America/Havana"
CCS = "America/Caracas"
LON = "Europe/London"
LIM = "America/Lima"
SEL = "Asia/Seoul"


# =============================================================================================
# 2017-06-16 (Friday)     Trump announces his Cuba policy at the Manuel Artime Theater in Little
#                         Havana, Miami, and signs the presidential memorandum on stage; that evening
#                         the Cuban government's declaration is read on television and published;
#                         the foreign ministry's post (21:30 in Havana, UTC-4 in summer; 01:30 UTC
#                         on the 17th; the minute is ours)
# =============================================================================================

D("d31_wh_trump_cuba_20170616",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-policy-united-states-towards-cuba/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by President Trump on the Policy of the United States Towards Cuba (Manuel Artime Theater, Miami, Florida, June 16, 2017)",
  published_at="2017-06-16", tz=NY, verbatim=True, passages=[
      ("donald-trump", "Thank you. It's great to be back in Little Havana. I want to thank Senator Marco Rubio and Congressman Mario Diaz-Balart, who fought so hard for this day."),
      ("donald-trump", "Effective immediately, I am canceling the last administration's completely one-sided deal with Cuba."),
      ("donald-trump", "We will very strongly restrict American dollars flowing to the military, security and intelligence services that are the core of the Castro regime."),
      ("donald-trump", "We will not lift sanctions on the Cuban regime until all political prisoners are freed, freedoms of assembly and expression are respected, all political parties are legalized, and free and internationally supervised elections are scheduled."),
      ("donald-trump", "Our embassy remains open in the hope that our countries can forge a much stronger and better path."),
  ])

D("d31_cuba_declaracion_20170616",
  url="http://www.granma.cu/cuba/2017-06-16/declaracion-del-gobierno-revolucionario",
  kind="press_release", lang="es", publisher="cuba-government", author="cuba-government",
  author_name="Gobierno Revolucionario de la República de Cuba",
  title="Declaración del Gobierno Revolucionario (16 de junio de 2017)",
  published_at="2017-06-16", tz=HAV, passages=[
      "El 16 de junio de 2017, el presidente de los Estados Unidos, Donald Trump, anunció en Miami la política de su gobierno hacia Cuba, que revierte los avances alcanzados en los dos últimos años.",
      "El Gobierno de Cuba denuncia las nuevas medidas de endurecimiento del bloqueo, que están destinadas al fracaso, como se ha demostrado repetidamente en el pasado, y que no lograrán su propósito de debilitar a la Revolución.",
      "Cuba no hará concesiones inherentes a su soberanía e independencia, ni negociará sus principios ni aceptará condicionamientos de ningún tipo.",
      "El Gobierno de Cuba reitera su voluntad de continuar el diálogo respetuoso y la cooperación en temas de interés mutuo, así como la negociación de los asuntos bilaterales pendientes con el Gobierno de los Estados Unidos.",
      "Los cambios que sean necesarios en Cuba los seguirá decidiendo soberanamente el pueblo cubano.",
  ])

X("d31_x_minrex_20170616", handle="CubaMINREX", author="minrex-cuba", author_name="Cancillería de Cuba",
  ts="2017-06-17T01:30:00+00:00", lang="es", tz=HAV, passages=[
      "#DeclaraciónGobiernoRevolucionario: Cuba no hará concesiones inherentes a su soberanía e independencia, ni negociará sus principios ni aceptará condicionamientos de ningún tipo.",
  ])


# =============================================================================================
# 2017-07-30 (Sunday)     Venezuela's election of a National Constituent Assembly; shortly before
#                         midnight Tibisay Lucena announces 8,089,320 voters, 41.53% (Caracas on
#                         UTC-4; the CNE's post at 23:55, 03:55 UTC on the 31st; the minute is ours)
# 2017-07-31 (Monday)     OFAC designates Nicolás Maduro; Mnuchin's statement
# 2017-08-01 (Tuesday)    Leopoldo López and Antonio Ledezma taken from their homes before dawn by
#                         intelligence agents (media only)
# 2017-08-02 (Wednesday)  Smartmatic's chief executive, Antonio Mugica, in London: turnout
#                         "manipulated" by at least one million; Lucena rejects it
# =============================================================================================

D("d31_cne_lucena_20170730",
  url="http://www.cne.gob.ve/web/sala_prensa/noticia_detallada.php?id=3538",
  kind="transcript", lang="es", publisher="cne-venezuela", author="tibisay-lucena",
  author_name="Consejo Nacional Electoral - Sala de Prensa",
  title="Primer boletín de la elección de la Asamblea Nacional Constituyente: declaración de la presidenta del CNE, Tibisay Lucena (30 de julio de 2017)",
  published_at="2017-07-30", tz=CCS, verbatim=True, passages=[
      ("tibisay-lucena", "Buenas noches. El Consejo Nacional Electoral presenta el primer boletín de la elección de los integrantes de la Asamblea Nacional Constituyente, con tendencia irreversible."),
      ("tibisay-lucena", "En esta jornada participaron 8.089.320 electores y electoras, lo que representa el 41,53 % del registro electoral."),
      ("tibisay-lucena", "Felicitamos al pueblo venezolano, que en medio de las dificultades acudió a votar de manera pacífica."),
  ])

X("d31_x_cne_20170730", handle="CNEesla", author="cne-venezuela", author_name="CNE",
  ts="2017-07-31T03:55:00+00:00", lang="es", tz=CCS, passages=[
      "#ANC2017 Pdta. del CNE, Tibisay Lucena: en la elección de la Asamblea Nacional Constituyente participaron 8.089.320 electores, el 41,53 % del registro electoral.",
  ])

D("d31_treasury_20170731",
  url="https://www.treasury.gov/press-center/press-releases/Pages/sm0137.aspx",
  kind="press_release", lang="en", publisher="us-treasury", author="us-treasury",
  author_name="U.S. Department of the Treasury - Press Center",
  title="Treasury Sanctions the President of Venezuela",
  published_at="2017-07-31", tz=NY, passages=[
      "Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned the President of the Bolivarian Republic of Venezuela, Nicolas Maduro Moros, following the July 30, 2017 elections for a National Constituent Assembly.",
      ("steven-mnuchin", "Yesterday's illegitimate elections confirm that Maduro is a dictator who disregards the will of the Venezuelan people. By sanctioning Maduro, the United States makes clear our opposition to the policies of his regime and our support for the people of Venezuela who seek to return their country to a full and prosperous democracy."),
      "As a result of today's action, all assets of Maduro subject to U.S. jurisdiction are frozen, and U.S. persons are prohibited from dealing with him.",
  ])

MEDIA("d31_reuters_20170801",
      url="https://www.reuters.com/article/us-venezuela-politics-lopez-idUSKBN1AH3BZ",
      lang="en", outlet="Reuters", date="2017-08-01", tz=CCS,
      title="Venezuelan opposition leaders Lopez and Ledezma taken from homes by intelligence agents",
      passages=[
          "CARACAS (Reuters) - Venezuelan intelligence agents took opposition leaders Leopoldo Lopez and Antonio Ledezma from their homes in the early hours of Tuesday, their families said, two days after a vote for a new legislative superbody that the opposition boycotted.",
      ])

D("d31_smartmatic_20170802",
  url="https://www.smartmatic.com/media/article/smartmatic-statement-on-the-venezuelan-constituent-assembly-election/",
  kind="transcript", lang="en", publisher="smartmatic", author="antonio-mugica",
  author_name="Smartmatic - press conference transcript",
  title="Statement by Smartmatic CEO Antonio Mugica on the election for a National Constituent Assembly in Venezuela (London, August 2, 2017)",
  published_at="2017-08-02", tz=LON, verbatim=True, passages=[
      ("antonio-mugica", "It is with the deepest regret that we have to report that the turnout figures in the recent election for a National Constituent Assembly in Venezuela were manipulated."),
      ("antonio-mugica", "We know, without any doubt, that the turnout of the recent election for a National Constituent Assembly was manipulated. We estimate the difference between actual and announced participation by the authorities is at least one million votes."),
      ("antonio-mugica", "An audit would allow to know the exact number of participation. Smartmatic has provided the technology for elections in Venezuela since 2004."),
  ])

D("d31_cne_lucena_20170802",
  url="http://www.cne.gob.ve/web/sala_prensa/noticia_detallada.php?id=3540",
  kind="transcript", lang="es", publisher="cne-venezuela", author="tibisay-lucena",
  author_name="Consejo Nacional Electoral - Sala de Prensa",
  title="Declaración de la presidenta del CNE, Tibisay Lucena, sobre las afirmaciones de la empresa Smartmatic (2 de agosto de 2017)",
  published_at="2017-08-02", tz=CCS, verbatim=True, passages=[
      ("tibisay-lucena", "El Consejo Nacional Electoral rechaza la afirmación irresponsable de una empresa cuyo papel en este proceso se limitó al soporte técnico, y que no tiene acceso a los datos de participación."),
      ("tibisay-lucena", "Los resultados anunciados por este Consejo son los que reflejan las actas de escrutinio. La cifra de participación no ha sido alterada."),
  ])


# =============================================================================================
# 2020-11-09 (Monday)     Peru's Congress declares the presidency vacant for "permanente incapacidad
#                         moral", 105 votes to 19 with 4 abstentions (87 needed); its post (19:50 in
#                         Lima, UTC-5; 00:50 UTC on the 10th; the minute is ours); that night
#                         Vizcarra leaves the Palacio de Gobierno and speaks outside it
# 2020-11-10 (Tuesday)    Manuel Merino, president of Congress, sworn in as president of the Republic
# 2020-11-14 (Saturday)   Two young protesters, Inti Sotelo and Bryan Pintado, killed in Lima (the
#                         media piece is of the 15th)
# 2020-11-15 (Sunday)     Merino's message presenting his irrevocable resignation
# 2020-11-16 (Monday)     Congress elects Francisco Sagasti to head its board, and so to succeed as
#                         president of the Republic (his oath, on the 17th, is in no document)
# =============================================================================================

D("d31_congreso_pe_20201109",
  url="https://comunicaciones.congreso.gob.pe/noticias/pleno-aprueba-vacancia-de-la-presidencia-de-la-republica/",
  kind="press_release", lang="es", publisher="congreso-peru", author="congreso-peru",
  author_name="Congreso de la República - Oficina de Comunicaciones",
  title="Pleno aprueba la vacancia de la Presidencia de la República por permanente incapacidad moral",
  published_at="2020-11-09", tz=LIM, passages=[
      "El Pleno del Congreso de la República aprobó este lunes 9 de noviembre la resolución que declara la permanente incapacidad moral del presidente de la República, Martín Alberto Vizcarra Cornejo, y la vacancia de la Presidencia de la República, con 105 votos a favor, 19 en contra y 4 abstenciones.",
      "La moción requería 87 votos, los dos tercios del número legal de congresistas.",
      "Conforme al artículo 115 de la Constitución, asumirá la Presidencia de la República el presidente del Congreso, Manuel Merino de Lama, quien prestará juramento ante el Pleno mañana martes 10 de noviembre.",
  ])

X("d31_x_congreso_pe_20201109", handle="congresoperu", author="congreso-peru", author_name="Congreso del Perú",
  ts="2020-11-10T00:50:00+00:00", lang="es", tz=LIM, passages=[
      "#PlenoDelCongreso aprueba la vacancia de la Presidencia de la República por permanente incapacidad moral, con 105 votos a favor, 19 en contra y 4 abstenciones.",
  ])

D("d31_vizcarra_20201109",
  url="https://www.gob.pe/institucion/presidencia/noticias/mensaje-del-presidente-martin-vizcarra-9-de-noviembre-de-2020",
  kind="transcript", lang="es", publisher="peru-presidency", author="martin-vizcarra",
  author_name="Presidencia de la República del Perú",
  title="Palabras del presidente Martín Vizcarra a su salida de Palacio de Gobierno (9 de noviembre de 2020)",
  published_at="2020-11-09", tz=LIM, verbatim=True, passages=[
      ("martin-vizcarra", "Hoy salgo de Palacio de Gobierno como llegué hace dos años y ocho meses: con la frente en alto."),
      ("martin-vizcarra", "Acato la decisión del Congreso, aunque no la comparto. No voy a presentar ninguna acción legal."),
      ("martin-vizcarra", "Me voy a mi casa, tranquilo, y agradezco a todos los peruanos que nos acompañaron en este tiempo."),
  ])

D("d31_congreso_pe_20201110",
  url="https://comunicaciones.congreso.gob.pe/noticias/manuel-merino-de-lama-juramento-como-presidente-de-la-republica/",
  kind="press_release", lang="es", publisher="congreso-peru", author="congreso-peru",
  author_name="Congreso de la República - Oficina de Comunicaciones",
  title="Manuel Merino de Lama juró como presidente de la República",
  published_at="2020-11-10", tz=LIM, passages=[
      "El presidente del Congreso, Manuel Merino de Lama, juró este martes 10 de noviembre como presidente de la República ante el Pleno del Congreso, en el Palacio Legislativo, tras la declaración de vacancia aprobada el día anterior.",
      "Merino completará el mandato constitucional 2016-2021, que concluye el 28 de julio de 2021.",
      "En su mensaje, el nuevo mandatario llamó a la unidad de los peruanos y aseguró que se respetará el cronograma electoral, con las elecciones generales convocadas para el 11 de abril de 2021.",
  ])

MEDIA("d31_larepublica_20201115",
      url="https://larepublica.pe/sociedad/2020/11/15/inti-sotelo-y-bryan-pintado-jovenes-fallecidos-en-la-marcha-nacional",
      lang="es", outlet="La República", date="2020-11-15", tz=LIM,
      title="Inti Sotelo y Bryan Pintado, los jóvenes que murieron en la segunda marcha nacional",
      passages=[
          "Jordan Inti Sotelo Camargo, de 24 años, y Jack Bryan Pintado Sánchez, de 22, murieron la noche del sábado 14 de noviembre durante la represión policial de la segunda marcha nacional contra el gobierno de Manuel Merino, en el centro de Lima.",
      ])

D("d31_merino_20201115",
  url="https://www.gob.pe/institucion/presidencia/noticias/mensaje-a-la-nacion-del-presidente-manuel-merino-15-de-noviembre-de-2020",
  kind="transcript", lang="es", publisher="peru-presidency", author="manuel-merino",
  author_name="Presidencia de la República del Perú",
  title="Mensaje a la Nación del presidente Manuel Merino de Lama (15 de noviembre de 2020)",
  published_at="2020-11-15", tz=LIM, verbatim=True, passages=[
      ("manuel-merino", "Quiero hacer de conocimiento de todo el país que presento mi renuncia irrevocable a la Presidencia de la República."),
      ("manuel-merino", "Lamento profundamente la pérdida de vidas humanas y expreso mis condolencias a sus familias."),
      ("manuel-merino", "Pido a todos los peruanos paz y unidad, y al Congreso que actúe con responsabilidad."),
  ])

D("d31_congreso_pe_20201116",
  url="https://comunicaciones.congreso.gob.pe/noticias/francisco-sagasti-es-elegido-presidente-del-congreso/",
  kind="press_release", lang="es", publisher="congreso-peru", author="congreso-peru",
  author_name="Congreso de la República - Oficina de Comunicaciones",
  title="Francisco Sagasti Hochhausler es elegido presidente del Congreso",
  published_at="2020-11-16", tz=LIM, passages=[
      "El Pleno del Congreso eligió este lunes 16 de noviembre a la lista encabezada por Francisco Sagasti Hochhausler para conformar la nueva Mesa Directiva, con 97 votos a favor.",
      "Tras la renuncia de Manuel Merino de Lama a la Presidencia de la República, Sagasti, como presidente del Congreso, asumirá la Presidencia de la República y prestará juramento ante el Pleno.",
  ])


# =============================================================================================
# 2021-01-06 (Wednesday)  Before the joint session, Pence's letter to Congress; the Capitol is
#                         stormed during the count; Biden's remarks in Wilmington; Trump's video
#                         telling the crowd to go home; the Senate rejects the objection to
#                         Arizona's votes, 6 to 93
# 2021-01-07 (Thursday)   At about 3:40 a.m. Pence announces the count, Biden 306, Trump 232
# =============================================================================================

D("d31_pence_letter_20210106",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/letter-vice-president-mike-pence-members-congress/",
  kind="press_release", lang="en", publisher="white-house", author="mike-pence",
  author_name="Office of the Vice President",
  title="Letter from Vice President Mike Pence to Members of Congress (January 6, 2021)",
  published_at="2021-01-06", tz=NY, passages=[
      ("mike-pence", "Today it will be my duty to preside when the Congress convenes in Joint Session to count the votes of the Electoral College, and I will do so to the best of my ability."),
      ("mike-pence", "It is my considered judgment that my oath to support and defend the Constitution constrains me from claiming unilateral authority to determine which electoral votes should be counted and which should not."),
  ])

D("d31_biden_20210106",
  url="https://buildbackbetter.gov/speeches/president-elect-biden-remarks-on-the-violence-at-the-u-s-capitol/",
  kind="transcript", lang="en", publisher=None, author="joe-biden",
  author_name="Biden-Harris Transition",
  title="Remarks by President-elect Joe Biden on the violence at the U.S. Capitol (The Queen, Wilmington, Delaware, January 6, 2021)",
  published_at="2021-01-06", tz=NY, verbatim=True, passages=[
      ("joe-biden", "At this hour, our democracy is under unprecedented assault, unlike anything we've seen in modern times."),
      ("joe-biden", "Let me be very clear: the scenes of chaos at the Capitol do not reflect a true America, do not represent who we are. This is not dissent. It's disorder. It's chaos. It borders on sedition, and it must end. Now."),
      ("joe-biden", "I call on President Trump to go on national television now to fulfill his oath and defend the Constitution and demand an end to this siege."),
  ])

D("d31_factbase_trump_20210106",
  url="https://factba.se/transcript/donald-trump-video-message-capitol-january-6-2021",
  kind="transcript", lang="en", publisher=None, author="donald-trump",
  author_name="Factba.se - transcript",
  title="Speech: Donald Trump Video Message to Supporters at the Capitol - January 6, 2021",
  published_at="2021-01-06", tz=NY, verbatim=True, passages=[
      ("donald-trump", "I know your pain. I know you're hurt. We had an election that was stolen from us. But you have to go home now. We have to have peace. We have to have law and order."),
      ("donald-trump", "So go home. We love you. You're very special."),
  ])

D("d31_senate_record_20210106",
  url="https://www.congress.gov/congressional-record/volume-167/issue-4/senate-section/article/S13-1",
  kind="transcript", lang="en", publisher="us-congress", author="us-congress",
  author_name="Congressional Record - Senate",
  title="Congressional Record, Senate, January 6, 2021: Counting of Electoral Votes, objection to the votes of Arizona",
  published_at="2021-01-06", tz=NY, verbatim=True, passages=[
      ("mitch-mcconnell", "The voters, the courts, and the States have all spoken. They have all spoken. If we overrule them, it would damage our Republic forever."),
      ("mike-pence", "On this vote, the yeas are 6, the nays are 93. The objection is not agreed to."),
  ])

D("d31_joint_session_20210107",
  url="https://www.congress.gov/congressional-record/volume-167/issue-4/house-section/article/H115-1",
  kind="transcript", lang="en", publisher="us-congress", author="us-congress",
  author_name="Congressional Record - Joint Session",
  title="Congressional Record, Joint Session of Congress: Announcement of the Electoral Vote Count (early hours of January 7, 2021)",
  published_at="2021-01-07", tz=NY, verbatim=True, passages=[
      ("mike-pence", "The whole number of the electors appointed to vote for President of the United States is 538, within which a majority is 270."),
      ("mike-pence", "The votes for President of the United States are as follows: Joseph R. Biden, Jr., of the State of Delaware, has received 306 votes. Donald J. Trump, of the State of Florida, has received 232 votes."),
      ("mike-pence", "The announcement of the state of the vote by the President of the Senate shall be deemed a sufficient declaration of the persons elected President and Vice President of the United States, each for the term beginning on the 20th day of January, 2021."),
  ])

# =============================================================================================
# 2024-12-03 (Tuesday)    Late at night, Yoon Suk Yeol declares emergency martial law in a televised
#                         address (Seoul on UTC+9; the address was still the morning of the 3rd in
#                         Washington); the State Department's statement, issued in Washington on
#                         the 3rd after the lifting, welcomes the reversal
# 2024-12-04 (Wednesday)  At about 1 a.m. the National Assembly, 190 members present, demands the
#                         lifting; at about 4:30 a.m. Yoon announces he will lift it
# 2024-12-14 (Saturday)   The Assembly impeaches Yoon, 204 to 85 with 3 abstentions and 8 invalid
#                         votes; Prime Minister Han Duck-soo acting president (a first motion lapsed
#                         on the 7th)
# 2025-04-04 (Friday)     The Constitutional Court unanimously removes Yoon from office
# =============================================================================================

D("d31_kr_yoon_20241203",
  url="https://eng.president.go.kr/briefing/address-to-the-nation-20241203",
  kind="transcript", lang="en", publisher="korea-presidency", author="yoon-suk-yeol",
  author_name="Office of the President of the Republic of Korea",
  title="Address to the Nation by President Yoon Suk Yeol (December 3, 2024)",
  published_at="2024-12-03", tz=SEL, verbatim=True, passages=[
      ("yoon-suk-yeol", "Dear fellow citizens, I address you tonight with an urgent appeal."),
      ("yoon-suk-yeol", "The National Assembly, which should be the foundation of our free democracy, has become a den of criminals that paralyses the state's judicial and administrative systems through legislative dictatorship."),
      ("yoon-suk-yeol", "To protect the free Republic of Korea from the threat of North Korean communist forces and to eradicate the shameless pro-North Korean anti-state forces that plunder the freedom and happiness of our people, I hereby declare emergency martial law."),
      ("yoon-suk-yeol", "I will normalize the country as soon as possible by eliminating the anti-state forces."),
  ])

D("d31_kr_assembly_20241204",
  url="https://korea.assembly.go.kr/news/press-release-20241204",
  kind="press_release", lang="en", publisher="national-assembly-korea", author="national-assembly-korea",
  author_name="National Assembly of the Republic of Korea - Press Office",
  title="National Assembly passes resolution demanding the lifting of emergency martial law",
  published_at="2024-12-04", tz=SEL, passages=[
      "At about 1 a.m. on 4 December, in a plenary session convened shortly after midnight, the National Assembly passed a resolution demanding the lifting of the emergency martial law declared on the night of 3 December, with all 190 members present voting in favour.",
      ("woo-won-shik", "With the passage of this resolution, the declaration of emergency martial law is invalid. The National Assembly will protect democracy together with the people."),
      "Martial law troops who had entered the Assembly's grounds withdrew after the vote.",
  ])

D("d31_kr_yoon_20241204",
  url="https://eng.president.go.kr/briefing/address-to-the-nation-20241204",
  kind="transcript", lang="en", publisher="korea-presidency", author="yoon-suk-yeol",
  author_name="Office of the President of the Republic of Korea",
  title="Address to the Nation by President Yoon Suk Yeol (early hours of December 4, 2024)",
  published_at="2024-12-04", tz=SEL, verbatim=True, passages=[
      ("yoon-suk-yeol", "Just a moment ago, there was a demand from the National Assembly to lift the state of emergency, and we have withdrawn the troops deployed for martial law operations."),
      ("yoon-suk-yeol", "We will accept the National Assembly's demand and lift martial law through a Cabinet meeting."),
      ("yoon-suk-yeol", "However, I urge the National Assembly to immediately stop the reckless acts that paralyze the functions of the state, such as repeated impeachments, legislative manipulation and budget manipulation."),
  ])

D("d31_state_20241203",
  url="https://www.state.gov/welcoming-the-lifting-of-martial-law-in-the-republic-of-korea/",
  kind="press_release", lang="en", publisher="us-state-department", author="antony-blinken",
  author_name="Antony J. Blinken, Secretary of State",
  title="Press Statement: Welcoming the Lifting of Martial Law in the Republic of Korea (December 3, 2024)",
  published_at="2024-12-03", tz=NY, passages=[
      ("antony-blinken", "The United States welcomes President Yoon's decision to reverse his concerning martial law declaration and respect the ROK National Assembly's vote to end it."),
      ("antony-blinken", "We continue to expect political disagreements to be resolved peacefully and in accordance with the rule of law."),
  ])

MEDIA("d31_yonhap_20241204",
      url="https://en.yna.co.kr/view/AEN20241204000300315",
      lang="en", outlet="Yonhap News Agency", date="2024-12-04", tz=SEL,
      title="Troops arrive at National Assembly by helicopter as lawmakers move to block martial law",
      passages=[
          "SEOUL, Dec. 4 (Yonhap) -- Martial law troops arrived at the National Assembly by helicopter late Tuesday, and some soldiers entered the main building by breaking windows, as lawmakers and aides tried to block them with furniture and fire extinguishers.",
      ])

D("d31_kr_assembly_20241214",
  url="https://korea.assembly.go.kr/news/press-release-20241214",
  kind="press_release", lang="en", publisher="national-assembly-korea", author="national-assembly-korea",
  author_name="National Assembly of the Republic of Korea - Press Office",
  title="National Assembly passes motion to impeach President Yoon Suk Yeol",
  published_at="2024-12-14", tz=SEL, passages=[
      "The National Assembly passed the motion to impeach President Yoon Suk Yeol on Saturday 14 December, with 204 votes in favour, 85 against, 3 abstentions and 8 invalid ballots, out of 300 members voting. A first motion, put to a vote on 7 December, had lapsed for want of a quorum after most ruling-party members left the chamber.",
      "The President's powers and duties are suspended from the moment the resolution is delivered to him, and Prime Minister Han Duck-soo will act as president. The Constitutional Court has 180 days to decide whether to remove the President from office or reinstate him.",
  ])

D("d31_kr_court_20250404",
  url="https://english.ccourt.go.kr/site/eng/decision/2024heonna8.do",
  kind="press_release", lang="en", publisher="constitutional-court-korea", author="constitutional-court-korea",
  author_name="Constitutional Court of Korea",
  title="Press release: Impeachment of the President (Yoon Suk Yeol), Case 2024Hun-Na8 (April 4, 2025)",
  published_at="2025-04-04", tz=SEL, passages=[
      "The Constitutional Court today pronounced its decision, with the unanimous opinion of all eight Justices: Respondent President Yoon Suk Yeol is removed from office. The decision was read in the Grand Courtroom by Acting Chief Justice Moon Hyung-bae.",
      "The Court found that the declaration of emergency martial law and the deployment of troops and police to the National Assembly violated the Constitution and the law, and that the gravity of these violations outweighed the costs of removing the President from office.",
      "Under the Public Official Election Act, the election of a successor must be held within 60 days.",
  ])
