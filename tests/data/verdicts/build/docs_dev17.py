"""Source documents for the seventeenth development set (dev17.json).

Every document here is about an event of 2021 or 2022 that neither the first set (train/dev/test)
nor dev2 to dev16 uses, so that dev17 checks whether the verdict rules generalise to pairs nobody
has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Colombian presidency's transcript of an alocución, the Colombian Finance Ministry's
comunicado, the transcript of a press conference of the Colombian armed forces and police, the
White House's statements, the English version of the Haitian Primature's communiqué, the
Dominican presidency's comunicado, the Peruvian Congress's and presidency's notes and the
transcript of a Mensaje a la Nación, the United Nations' meetings coverage, verbatim record and UN
News in Spanish, GOV.UK's transcript of the Prime Minister's statement, Nicaragua's Consejo Supremo
Electoral's report, X posts, media articles). Nothing here is a verbatim copy of a real document. It
shares only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

BOG = "America/Bogota"
PAP = "America/Port-au-Prince"
SDQ = "America/Santo_Domingo"
LIM = "America/Lima"
LON = "Europe/London"
MGA = "America/Managua"


# =============================================================================================
# 2021-05-02 (Sunday)     After four days of protests (from 28 April), Duque, in an alocución from
#                         the Casa de Nariño, asks Congress to withdraw the tax reform bill filed by
#                         the Finance Ministry ("La reforma no es un capricho, es una necesidad");
#                         on Friday 30 April he had announced a new text built on consensus
# 2021-05-03 (Monday)     Carrasquilla resigns as Finance Minister ("Mi continuidad en el Gobierno
#                         dificultaría..."); Duque accepts it; EFE on at least 19 dead (media only)
# =============================================================================================

D("d17_presidencia_co_20210502",
  url="https://idm.presidencia.gov.co/prensa/alocucion-del-presidente-ivan-duque-marquez-sobre-el-proyecto-de-ley-de-solidaridad-sostenible-210502",
  kind="transcript", lang="es", publisher="colombia-presidency", author="ivan-duque",
  author_name="Presidencia de la República de Colombia",
  title="Alocución del Presidente Iván Duque Márquez sobre el proyecto de Ley de Solidaridad Sostenible. Casa de Nariño, 2 de mayo de 2021",
  published_at="2021-05-02", tz=BOG, verbatim=True, passages=[
      ("ivan-duque", "Colombianos: el proyecto de Ley de Solidaridad Sostenible se presentó con un único propósito: dar estabilidad fiscal al país, proteger los programas sociales de los más vulnerables y crear condiciones para crecer después de los golpes de la pandemia."),
      ("ivan-duque", "El pasado viernes 30 de abril le comuniqué al país la decisión de construir una nueva iniciativa a partir de los consensos. Hoy doy un paso más: le solicito al Congreso de la República el retiro del proyecto radicado por el Ministerio de Hacienda y tramitar de manera urgente un nuevo proyecto fruto de los consensos, y así evitar incertidumbre financiera."),
      ("ivan-duque", "La reforma no es un capricho, es una necesidad. Retirarla o no, no era la discusión. La verdadera discusión es cómo garantizamos la continuidad de programas como el Ingreso Solidario, que hoy llega a más de 3,4 millones de hogares, la matrícula gratuita para los jóvenes de estratos 1, 2 y 3, el apoyo a la nómina y la devolución del IVA."),
      ("ivan-duque", "Quiero decirlo con claridad: no habrá IVA para bienes ni servicios, y nadie que hoy no pague impuesto de renta tendrá que pagarlo. Los consensos apuntan a una sobretasa temporal de renta a las empresas, a prorrogar de manera temporal el impuesto al patrimonio, a subir transitoriamente el impuesto a los dividendos y a una sobretasa de renta para las personas de mayores ingresos."),
      ("ivan-duque", "Este es un momento para construir y no para destruir. Invito a todos los colombianos a rodear este esfuerzo sin violencia."),
  ])

D("d17_minhacienda_20210503",
  url="https://www.minhacienda.gov.co/webcenter/portal/SalaDePrensa/pages_DetalleNoticia/renuncia-ministro-alberto-carrasquilla-210503",
  kind="press_release", lang="es", publisher="minhacienda-colombia", author="minhacienda-colombia",
  author_name="Ministerio de Hacienda y Crédito Público",
  title="Comunicado: el ministro Alberto Carrasquilla presenta su renuncia al Presidente de la República",
  published_at="2021-05-03", tz=BOG, passages=[
      "Bogotá, 3 de mayo de 2021. El ministro de Hacienda y Crédito Público, Alberto Carrasquilla Barrera, se reunió este lunes en la Casa de Nariño con el presidente Iván Duque Márquez, a quien presentó su renuncia al cargo. El Presidente la aceptó.",
      ("alberto-carrasquilla", "Mi continuidad en el Gobierno dificultaría la construcción rápida y eficiente de los consensos necesarios. El retiro del proyecto radicado en el Congreso es una oportunidad para iniciar un diálogo sereno y constructivo que lleve a los acuerdos que el país requiere con urgencia."),
      "El Ministerio reitera que es indispensable dar continuidad a los programas de protección social y económica que empezaron a expirar en marzo y que, sin una reforma gradual y ordenada de la tributación, la estabilidad macroeconómica del país se vería seriamente comprometida.",
  ])

X("d17_x_duque_20210503", handle="IvanDuque", author="ivan-duque", author_name="Iván Duque",
  ts="2021-05-03T16:20:00+00:00", lang="es", tz=BOG, passages=[
      "He aceptado la renuncia de Alberto Carrasquilla como ministro de Hacienda. Le agradezco su servicio y su aporte al frente del equipo económico, en especial el programa social con el que enfrentamos la pandemia.",
  ])

MEDIA("d17_efe_20210503",
      url="https://www.efe.com/efe/america/politica/renuncia-el-ministro-de-hacienda-colombia-en-medio-crisis-la-reforma/20000035-4527000",
      lang="es", outlet="EFE", date="2021-05-03", tz=BOG,
      title="Renuncia el ministro de Hacienda de Colombia en medio de la crisis por la reforma", passages=[
          "El ministro de Hacienda de Colombia, Alberto Carrasquilla, renunció este lunes, un día después de que el presidente Iván Duque pidiera retirar el proyecto de reforma tributaria que desató las protestas.",
          "En las movilizaciones, que comenzaron el 28 de abril, han muerto al menos 19 personas, según el balance conocido hasta ahora.",
      ])

# =============================================================================================
# 2021-07-07 (Wednesday)  President Jovenel Moïse killed at about 1 a.m. in his private residence;
#                         Acting Prime Minister Claude Joseph declares a state of siege; Biden's
#                         statement; Abinader orders the immediate closure of the border
# 2021-07-08 (Thursday)   Molano: Interpol's request, "ciudadanos colombianos, miembros retirados
#                         del Ejército" (his post at 20:50 in Bogotá, 01:50 UTC on the 9th);
#                         Reuters on the Haitian police's 26 Colombians and two Haitian Americans
#                         (media only)
# 2021-07-09 (Friday)     Press conference of the armed forces' commander and the police director
#                         at Interpol in Bogotá: 15 arrested and 2 dead, none on active service
# =============================================================================================

D("d17_wh_biden_20210707",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/07/07/statement-by-president-joseph-r-biden-jr-on-the-assassination-of-president-jovenel-moise-of-haiti/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden", author_name="The White House",
  title="Statement by President Joseph R. Biden, Jr. on the Assassination of President Jovenel Moïse of Haiti",
  published_at="2021-07-07", tz=NY, passages=[
      "We are shocked and saddened to hear of the horrific assassination of President Jovenel Moïse and the attack on First Lady Martine Moïse of Haiti.",
      "We condemn this heinous act, and I send my sincere wishes for the First Lady's recovery.",
      "The United States extends its condolences to the Haitian people. We are ready to help in any way we can as we keep working for a Haiti that is safe and secure.",
  ])

D("d17_primature_20210707",
  url="https://primature.gouv.ht/en/communique-of-the-acting-prime-minister-on-the-assassination-of-the-president-of-the-republic/",
  kind="press_release", lang="en", publisher="primature-haiti", author="claude-joseph",
  author_name="Office of the Prime Minister of Haiti",
  title="Communiqué of the Acting Prime Minister on the assassination of the President of the Republic (English version)",
  published_at="2021-07-07", tz=PAP, passages=[
      "At around 1 a.m. on Wednesday 7 July 2021, a group of unidentified individuals, some of them speaking Spanish, attacked the private residence of the President of the Republic, His Excellency Jovenel Moïse, and fatally wounded the Head of State. The First Lady was wounded and is receiving the necessary care.",
      "The Government condemns this hateful, inhuman and barbaric act. The security situation of the country is under the control of the Haitian National Police and the Armed Forces of Haiti. Democracy and the Republic will prevail.",
      "In application of article 149 of the Constitution, the Council of Ministers, meeting in extraordinary session, has declared a state of siege throughout the national territory for fifteen days.",
  ])

D("d17_presidencia_rd_20210707",
  url="https://presidencia.gob.do/noticias/presidente-abinader-dispone-cierre-de-la-frontera-tras-asesinato-del-presidente-de-haiti",
  kind="press_release", lang="es", publisher="presidencia-republica-dominicana", author="presidencia-republica-dominicana",
  author_name="Presidencia de la República Dominicana",
  title="Presidente Abinader dispone el cierre de la frontera tras el asesinato del presidente de Haití",
  published_at="2021-07-07", tz=SDQ, passages=[
      "Santo Domingo. El presidente Luis Abinader dispuso este miércoles el cierre inmediato de la frontera con Haití y el refuerzo de la vigilancia militar en toda la línea fronteriza, tras conocerse el asesinato del presidente haitiano, Jovenel Moïse, en su residencia de Puerto Príncipe.",
      "El mandatario convocó con carácter de urgencia a los mandos militares y de seguridad en el Palacio Nacional para evaluar la situación y las medidas que corresponde adoptar.",
      "El jefe de Estado condenó el magnicidio, que calificó de atentado contra el orden democrático, y expresó sus condolencias a la familia del presidente Moïse y al pueblo haitiano.",
  ])

X("d17_x_molano_20210708", handle="Diego_Molano", author="diego-molano", author_name="Diego Molano",
  ts="2021-07-09T01:50:00+00:00", lang="es", tz=BOG, passages=[
      "Hoy la Interpol pidió oficialmente al Gobierno y a nuestra Policía información sobre los presuntos responsables del asesinato del presidente de Haití. Según los primeros datos, se trata de ciudadanos colombianos, miembros retirados del Ejército Nacional. Hemos dado instrucciones para colaborar plenamente con las autoridades haitianas.",
  ])

MEDIA("d17_reuters_20210708",
      url="https://www.reuters.com/world/americas/haiti-police-say-26-colombians-two-haitian-americans-behind-moise-killing-2021-07-08/",
      lang="en", outlet="Reuters", date="2021-07-08", tz=PAP,
      title="Haiti police say 26 Colombians, two Haitian Americans behind Moise killing", passages=[
          "Haiti's police chief Leon Charles said on Thursday that a commando of 28 people, 26 Colombians and two Haitian Americans, carried out the assassination of President Jovenel Moise.",
          "Some of the suspects were killed in shootouts with police and others were arrested, while several remained at large, Charles told reporters in Port-au-Prince.",
      ])

D("d17_ffmm_pc_20210709",
  url="https://www.cgfm.mil.co/es/multimedia/noticias/rueda-de-prensa-comandante-fuerzas-militares-y-director-policia-caso-haiti",
  kind="transcript", lang="es", publisher="fuerzas-militares-colombia", author="fuerzas-militares-colombia",
  author_name="Comando General de las Fuerzas Militares de Colombia",
  title="Rueda de prensa del comandante de las Fuerzas Militares y del director de la Policía Nacional sobre el caso de Haití. Sede de Interpol, Bogotá, 9 de julio de 2021",
  published_at="2021-07-09", tz=BOG, verbatim=True, passages=[
      ("jorge-luis-vargas", "Las autoridades haitianas nos han pedido información sobre 17 personas de nacionalidad colombiana: 15 capturadas y dos que murieron en el procedimiento policial. Todas pasaron por el Ejército y se retiraron entre 2018 y 2020. Estamos verificando a cuatro empresas que habrían hecho el reclutamiento y organizado los viajes."),
      ("luis-fernando-navarro", "Expresamos nuestro rechazo total y absoluto a este magnicidio y nuestra plena disposición para apoyar a las autoridades de Haití con inteligencia y contrainteligencia. Lo que hemos podido verificar apunta a actividades mercenarias, movidas por intereses económicos."),
      ("reporter", "General, ¿hay militares activos entre los detenidos en Haití?"),
      ("luis-fernando-navarro", "No. Ninguno de los capturados está en servicio activo. Son personas que ya habían salido de la institución, y su conducta es responsabilidad individual."),
  ])

# =============================================================================================
# 2021-07-28 (Wednesday)  Bicentenary: Pedro Castillo sworn in before Congress, the oath and the sash
#                         from its president, María del Carmen Alva; his Mensaje a la Nación ("No
#                         gobernaré desde la Casa de Pizarro", 72 hours for foreign criminals)
# 2021-07-29 (Thursday)   Symbolic ceremony at the Pampa de la Quinua (Ayacucho), where Guido Bellido
#                         is sworn in as President of the Council of Ministers; ministers sworn in
#                         late at night at the Gran Teatro Nacional (the presidency's post at 23:50
#                         in Lima, 04:50 UTC on the 30th)
# =============================================================================================

D("d17_congreso_pe_20210728",
  url="https://comunicaciones.congreso.gob.pe/noticias/pedro-castillo-terrones-juro-como-presidente-de-la-republica-para-el-periodo-2021-2026/",
  kind="press_release", lang="es", publisher="congreso-peru", author="congreso-peru",
  author_name="Congreso de la República del Perú",
  title="Pedro Castillo Terrones juró como Presidente de la República para el periodo 2021-2026",
  published_at="2021-07-28", tz=LIM, passages=[
      "En sesión solemne del Congreso de la República, celebrada este miércoles 28 de julio en el hemiciclo del Palacio Legislativo, en el día del Bicentenario de la Independencia, Pedro Castillo Terrones juró como Presidente Constitucional de la República para el periodo 2021-2026.",
      "La presidenta del Congreso, María del Carmen Alva Prieto, le tomó juramento y le impuso la banda presidencial, en presencia de jefes de Estado y delegaciones extranjeras invitadas a la ceremonia.",
      "Tras la juramentación, el Jefe de Estado dirigió su primer mensaje a la Nación ante la Representación Nacional.",
  ])

D("d17_presidencia_pe_mensaje_20210728",
  url="https://www.gob.pe/institucion/presidencia/informes-publicaciones/2035711-mensaje-a-la-nacion-del-presidente-pedro-castillo-terrones-28-de-julio-de-2021",
  kind="transcript", lang="es", publisher="peru-presidency", author="pedro-castillo",
  author_name="Presidencia de la República del Perú",
  title="Mensaje a la Nación del Presidente de la República, Pedro Castillo Terrones, ante el Congreso de la República, 28 de julio de 2021",
  published_at="2021-07-28", tz=LIM, verbatim=True, passages=[
      ("pedro-castillo", "Me dirijo a ustedes en este día simbólico en el que se cumplen doscientos años de la independencia del Perú. Es la primera vez que nuestro país será gobernado por un campesino, por alguien que pertenece, como tantos peruanos, a los sectores postergados durante siglos."),
      ("pedro-castillo", "No gobernaré desde la Casa de Pizarro, porque creemos que hay que romper con los símbolos coloniales. Cederemos ese palacio al nuevo Ministerio de las Culturas, para que sea un museo que muestre nuestra historia desde sus orígenes hasta hoy."),
      ("pedro-castillo", "¿Quiere decir esto que el pueblo peruano está condenado a seguir prisionero de esa Constitución? Presentaremos al Congreso un proyecto de ley para reformarla, que esperamos sea debatido, aprobado y sometido a referéndum, siempre dentro del marco de la ley."),
      ("pedro-castillo", "Los delincuentes extranjeros tendrán 72 horas de plazo, a partir de la fecha, para salir del país. Y vamos a fortalecer las rondas, que no son otra cosa que la población organizada para dar seguridad."),
  ])

D("d17_presidencia_pe_20210729",
  url="https://www.gob.pe/institucion/presidencia/noticias/513204-presidente-pedro-castillo-juramenta-a-guido-bellido-como-presidente-del-consejo-de-ministros-en-la-pampa-de-la-quinua",
  kind="press_release", lang="es", publisher="peru-presidency", author="peru-presidency",
  author_name="Presidencia de la República del Perú",
  title="Presidente Pedro Castillo juramenta a Guido Bellido como presidente del Consejo de Ministros en la Pampa de la Quinua",
  published_at="2021-07-29", tz=LIM, passages=[
      "En una ceremonia simbólica celebrada este jueves en el Santuario Histórico de la Pampa de Ayacucho, en la Pampa de la Quinua, escenario de la batalla que selló la independencia en 1824, el presidente Pedro Castillo Terrones tomó juramento a Guido Bellido Ugarte como presidente del Consejo de Ministros.",
      ("guido-bellido", "Por los más de treinta millones de hermanos, por la lucha contra la corrupción, por el trabajo para el pueblo peruano, ¡sí, juro!"),
      "En su discurso ante miles de asistentes, el Jefe de Estado convocó a los peruanos a trabajar unidos por un país más justo, digno y humano. Acompañaron la ceremonia los presidentes de Argentina, Alberto Fernández; de Bolivia, Luis Arce, y de Chile, Sebastián Piñera.",
  ])

X("d17_x_presidencia_pe_20210729", handle="presidenciaperu", author="peru-presidency",
  author_name="Presidencia del Perú",
  ts="2021-07-30T04:50:00+00:00", lang="es", tz=LIM, passages=[
      "Esta noche, en el Gran Teatro Nacional, el presidente Pedro Castillo tomó juramento a los ministros de Estado que integran el Gabinete presidido por Guido Bellido. ¡A trabajar por el Perú!",
  ])

# =============================================================================================
# 2022-02-25 (Friday)     In the Security Council, Russia vetoes the draft resolution on its
#                         aggression against Ukraine (11 in favour, 1 against, 3 abstentions: China,
#                         India, the UAE); Thomas-Greenfield ("you cannot veto our voices"), Woodward
#                         ("Russia is isolated"); Thomas-Greenfield's post at 20:30 in New York
#                         (01:30 UTC on the 26th)
# 2022-03-02 (Wednesday)  The General Assembly's emergency special session adopts resolution
#                         ES-11/1, 141 to 5 with 35 abstentions
# =============================================================================================

D("d17_un_sc_20220225",
  url="https://press.un.org/en/2022/sc14808.doc.htm",
  kind="press_release", lang="en", publisher="united-nations", author="united-nations",
  author_name="United Nations, Meetings Coverage and Press Releases",
  title="Security Council Fails to Adopt Draft Resolution on Ending Ukraine Crisis, as Russian Federation Wields Veto (SC/14808, 25 February 2022)",
  published_at="2022-02-25", tz=NY, passages=[
      "The Security Council today failed to adopt a draft resolution that would have deplored the Russian Federation's aggression against Ukraine and demanded the immediate withdrawal of its forces, owing to a negative vote cast by a permanent member of the Council.",
      "The draft, tabled by Albania and the United States and co-sponsored by dozens of Member States, received 11 votes in favour to 1 against (Russian Federation), with 3 abstentions (China, India, United Arab Emirates).",
      "Many speakers said the text would now be taken to the General Assembly, where no Member has a veto.",
  ])

D("d17_un_spv_20220225",
  url="https://documents.un.org/doc/undoc/pro/n22/269/70/pdf/n2226970.pdf",
  kind="transcript", lang="en", publisher="united-nations", author="united-nations",
  author_name="United Nations Security Council",
  title="Security Council, 8979th meeting, Friday, 25 February 2022, New York: verbatim record (S/PV.8979)",
  published_at="2022-02-25", tz=NY, verbatim=True, passages=[
      ("linda-thomas-greenfield", "Russia has used its veto tonight to shield an unprovoked and unjustified war against its neighbour. So let me be clear. Russia, you can veto this resolution, but you cannot veto our voices, you cannot veto the truth, you cannot veto our principles, you cannot veto the Ukrainian people."),
      ("linda-thomas-greenfield", "We stand united behind Ukraine and its people, and we will take this matter to the General Assembly, where the world will make its voice heard."),
      ("barbara-woodward", "A large majority of this Council has voted to stop this war. The text failed only because of the veto of the permanent member that is waging it. Make no mistake, Russia is isolated. It has no support for the invasion of Ukraine."),
      ("participant", "(As interpreted.) The Russian Federation voted against this draft, which is nothing but another move on the Ukrainian chessboard. We thank the members of the Council who did not support it."),
  ])

X("d17_x_ltg_20220225", handle="USAmbUN", author="linda-thomas-greenfield",
  author_name="Ambassador Linda Thomas-Greenfield",
  ts="2022-02-26T01:30:00+00:00", lang="en", tz=NY, passages=[
      "Russia vetoed our resolution today. But Russia cannot veto the truth, and it cannot veto the Ukrainian people. Eleven members of the Security Council stood together tonight, and we are taking this to the General Assembly.",
  ])

D("d17_un_ga_20220302",
  url="https://press.un.org/en/2022/ga12407.doc.htm",
  kind="press_release", lang="en", publisher="united-nations", author="united-nations",
  author_name="United Nations, Meetings Coverage and Press Releases",
  title="General Assembly Overwhelmingly Adopts Resolution Demanding Russian Federation Immediately End Illegal Use of Force in Ukraine, Withdraw All Troops (GA/12407, 2 March 2022)",
  published_at="2022-03-02", tz=NY, passages=[
      "Meeting in its eleventh emergency special session, the General Assembly today adopted a resolution deploring in the strongest terms the Russian Federation's aggression against Ukraine.",
      "By a recorded vote of 141 in favour to 5 against (Belarus, Democratic People's Republic of Korea, Eritrea, Russian Federation, Syria), with 35 abstentions, the Assembly demanded that the Russian Federation immediately, completely and unconditionally withdraw all of its military forces from the territory of Ukraine within its internationally recognized borders.",
      "The Assembly also demanded that the Russian Federation immediately cease its use of force against Ukraine, and deplored the involvement of Belarus in that unlawful use of force.",
  ])

D("d17_un_news_es_20220302",
  url="https://news.un.org/es/story/2022/03/1504852",
  kind="press_release", lang="es", publisher="united-nations", author="united-nations",
  author_name="Noticias ONU",
  title="La Asamblea General exige a Rusia que retire sus tropas de Ucrania",
  published_at="2022-03-02", tz=NY, passages=[
      "La Asamblea General aprobó este miércoles, en su undécimo período extraordinario de sesiones de emergencia, una resolución que deplora en los términos más enérgicos la agresión de Rusia contra Ucrania.",
      "El texto, respaldado por 141 países, con 5 votos en contra y 35 abstenciones, exige que Rusia cese de inmediato el uso de la fuerza y retire sin condiciones todas sus tropas del territorio ucraniano.",
  ])

# =============================================================================================
# 2022-07-05 (Tuesday)    Sajid Javid (18:02 in London, 17:02 UTC) and Rishi Sunak (18:11, 17:11
#                         UTC) resign from the Cabinet, posting their letters on X
# 2022-07-07 (Thursday)   Boris Johnson, outside Downing Street, announces he will step down as
#                         Conservative leader once a successor is chosen ("when the herd moves, it
#                         moves"); BBC on the wave of resignations (media only)
# =============================================================================================

X("d17_x_javid_20220705", handle="sajidjavid", author="sajid-javid", author_name="Sajid Javid",
  ts="2022-07-05T17:02:00+00:00", lang="en", tz=LON, passages=[
      "I have told the Prime Minister that I am resigning as Health and Social Care Secretary. Serving in this post has been a great privilege, but I can no longer continue in good conscience. My letter is attached.",
  ])

X("d17_x_sunak_20220705", handle="RishiSunak", author="rishi-sunak", author_name="Rishi Sunak",
  ts="2022-07-05T17:11:00+00:00", lang="en", tz=LON, passages=[
      "The public rightly expect government to be conducted properly, competently and seriously. These standards are worth fighting for, even if this turns out to be my last job in government, and that is why I have resigned as Chancellor tonight. My letter to the Prime Minister is below.",
  ])

D("d17_gov_johnson_20220707",
  url="https://www.gov.uk/government/speeches/prime-minister-boris-johnsons-statement-in-downing-street-7-july-2022",
  kind="transcript", lang="en", publisher="uk-pmo", author="boris-johnson",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Prime Minister Boris Johnson's statement in Downing Street: 7 July 2022",
  published_at="2022-07-07", tz=LON, verbatim=True, passages=[
      ("boris-johnson", "It is now clearly the will of the parliamentary Conservative Party that the party should have a new leader, and the country therefore a new Prime Minister. I have agreed with Sir Graham Brady, who chairs our backbench MPs, that the contest to choose that leader should start now. Its timetable will be announced next week."),
      ("boris-johnson", "Today I have appointed a Cabinet that will serve, as I will, until a new leader is in place."),
      ("boris-johnson", "To the millions who voted for us in 2019, many of them for the first time: thank you for a remarkable mandate, the biggest Conservative majority since 1987 and our biggest share of the vote since 1979."),
      ("boris-johnson", "I am proud of this Government's record, from getting Brexit done to the fastest vaccine rollout in Europe, and, these last months, leading the West in standing up to Putin's aggression in Ukraine. To the Ukrainian people I say that Britain will keep backing your fight for freedom for as long as it takes."),
      ("boris-johnson", "Over the last few days I have tried to convince colleagues that changing governments while we deliver so much would be eccentric, and I regret that I did not succeed. But as we have seen at Westminster, the herd instinct is powerful, and when the herd moves, it moves. In politics, no one is remotely indispensable."),
      ("boris-johnson", "I want you to know how sad I am to be giving up the best job in the world. But them's the breaks."),
  ])

MEDIA("d17_bbc_20220707",
      url="https://www.bbc.co.uk/news/uk-politics-62070422",
      lang="en", outlet="BBC News", date="2022-07-07", tz=LON,
      title="Boris Johnson resigns: Five things that led to the PM's downfall", passages=[
          "Boris Johnson's resignation came after more than 50 members of his government and aides quit in less than three days, a wave that began with Sajid Javid and Rishi Sunak on Tuesday evening.",
          "The departures followed days of shifting explanations from Downing Street about what the prime minister had known of complaints against the former deputy chief whip, Chris Pincher.",
      ])

# =============================================================================================
# 2021-11-07 (Sunday)     Nicaragua votes with seven would-be opposition candidates in prison;
#                         Biden's statement ("a pantomime election")
# 2021-11-08 (Monday)     The Consejo Supremo Electoral's first provisional report, read in the
#                         early hours: FSLN 74.99 % with 49.25 % of the tally sheets, turnout 65.34 %
# =============================================================================================

D("d17_wh_biden_20211107",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/11/07/statement-by-president-joseph-r-biden-jr-on-nicaraguas-sham-elections/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden", author_name="The White House",
  title="Statement by President Joseph R. Biden, Jr. on Nicaragua's Sham Elections",
  published_at="2021-11-07", tz=NY, passages=[
      "What Nicaraguan President Daniel Ortega and his wife, Vice President Rosario Murillo, orchestrated today was a pantomime election that was neither free nor fair, and most certainly not democratic.",
      "By jailing close to 40 opposition figures since May, seven of them potential presidential candidates, and by keeping political parties off the ballot, the government had settled the result long before anyone voted.",
      "Long unpopular and now without a democratic mandate, the Ortega-Murillo family governs Nicaragua as autocrats. Together with our partners, the United States will use every diplomatic and economic tool it has to stand with the Nicaraguan people and to hold that government to account.",
  ])

D("d17_cse_20211108",
  url="https://www.cse.gob.ni/es/noticias/primer-informe-provisional-elecciones-generales-2021",
  kind="press_release", lang="es", publisher="cse-nicaragua", author="cse-nicaragua",
  author_name="Consejo Supremo Electoral de Nicaragua",
  title="Primer informe provisional de resultados de las Elecciones Generales 2021",
  published_at="2021-11-08", tz=MGA, passages=[
      "Managua, 8 de noviembre de 2021. La presidenta del Consejo Supremo Electoral, magistrada Brenda Rocha Chacón, dio a conocer en horas de la madrugada el primer informe provisional de resultados de las Elecciones Generales celebradas el domingo 7 de noviembre, con el 49,25 % de las juntas receptoras de votos escrutadas.",
      "En la elección de presidente y vicepresidente de la República, la alianza Frente Sandinista de Liberación Nacional, que postula a Daniel Ortega Saavedra y Rosario Murillo Zambrana, obtiene el 74,99 % de los votos válidos; el Partido Liberal Constitucionalista, el 14,40 %.",
      "La participación ciudadana se ubica en el 65,34 % de las personas aptas para votar.",
  ])
