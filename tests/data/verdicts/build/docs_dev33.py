"""Source documents for the thirty-third development set (dev33.json).

Every document here is about an event of 2016 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev32 uses, so that dev33 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev34, written at the same time, keeps to events of 2000 to 2015; this set keeps to
2016 to 2025, and in the event to 2017, 2018 and 2019, on days on which no earlier set has a
document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (a prime minister's letter and a statement on GOV.UK, the summary of a judgment read in
court, the Speaker's statement, the Cuban National Assembly's note and the stenographic record of
its session, the Mexican foreign ministry's comunicado, the Justice Department's press releases, a
court reporter's transcript of a sentencing, the campaigns' transcripts of election-night
speeches, the Argentine central bank's and presidency's notes, the Spanish Interior Ministry's
note on the results, a party's transcript, X posts, media articles). Nothing here is a verbatim
copy of a real document: short phrases that public reporting widely quotes are kept close to the
original where a pair depends on them. It shares only the way documents are written down
(doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

LON = "Europe/London"
HAV = "America/Havana"
BUE = "America/Argentina/Buenos_Aires"
MAD = "Europe/Madrid"


# =============================================================================================
# 2017-01-19 (Thursday)   Mexico hands Joaquín "El Chapo" Guzmán Loera over in extradition to the
#                         United States; he is flown from Ciudad Juárez to Long Island; the
#                         foreign ministry's comunicado and its post (19:40 in Mexico City, UTC-6;
#                         01:40 UTC on the 20th; the minute is ours); AP on the landing (media only)
# 2019-02-12 (Tuesday)    A federal jury in Brooklyn convicts him on all 10 counts (the Justice
#                         Department's release)
# 2019-07-17 (Wednesday)  Judge Brian M. Cogan sentences him to life imprisonment plus 30 years and
#                         more than $12.6 billion in forfeiture (the release and the transcript of
#                         the hearing, with Guzmán's interpreted words)
# =============================================================================================

D("d33_sre_20170119",
  url="https://www.gob.mx/sre/prensa/entrega-en-extradicion-de-joaquin-guzman-loera-a-los-estados-unidos-de-america",
  kind="press_release", lang="es", publisher="sre", author="sre", author_name="Secretaría de Relaciones Exteriores",
  title="Comunicado: entrega en extradición de Joaquín Guzmán Loera a los Estados Unidos de América",
  published_at="2017-01-19", tz=MX, passages=[
      "El Gobierno de México entregó hoy en extradición a Joaquín Guzmán Loera a las autoridades de los Estados Unidos de América.",
      "La entrega se realizó en el aeropuerto de Ciudad Juárez, Chihuahua, una vez agotados los recursos legales promovidos por su defensa contra la extradición.",
      "El Gobierno de México reitera su compromiso con la cooperación internacional contra la delincuencia organizada, con pleno respeto al debido proceso.",
  ])

X("d33_x_sre_20170119", handle="SRE_mx", author="sre", author_name="SRE México",
  ts="2017-01-20T01:40:00+00:00", lang="es", tz=MX, passages=[
      "El Gobierno de México entregó hoy en extradición a Joaquín Guzmán Loera a las autoridades de los Estados Unidos de América.",
  ])

MEDIA("d33_ap_20170119",
      url="https://apnews.com/article/el-chapo-guzman-extradited-long-island-2017-01-19",
      lang="en", outlet="Associated Press", date="2017-01-19", tz=NY,
      title="Plane carrying Mexican drug lord 'El Chapo' Guzman lands on Long Island",
      passages=[
          "A plane carrying Joaquin \"El Chapo\" Guzman landed at Long Island MacArthur Airport on Thursday evening after Mexico extradited the drug lord to the United States, hours before the inauguration of Donald Trump.",
      ])

D("d33_doj_20190212",
  url="https://www.justice.gov/opa/pr/joaquin-el-chapo-guzman-sinaloa-cartel-leader-convicted-running-continuing-criminal-enterprise-and",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj",
  author_name="U.S. Department of Justice - Office of Public Affairs",
  title="Joaquin \"El Chapo\" Guzman, Sinaloa Cartel Leader, Convicted of Running a Continuing Criminal Enterprise and Other Drug-Related Charges",
  published_at="2019-02-12", tz=NY, passages=[
      "Today, a federal jury in Brooklyn, New York, convicted Joaquin Archivaldo Guzman Loera, also known as \"El Chapo,\" on all 10 counts of a superseding indictment, following a trial that began in November 2018.",
      "Guzman, a leader of the Sinaloa Cartel, was extradited from Mexico to the United States in January 2017.",
      "The case is before United States District Judge Brian M. Cogan. Guzman faces a mandatory sentence of life in prison; sentencing will take place at a later date.",
  ])

D("d33_doj_20190717",
  url="https://www.justice.gov/opa/pr/joaquin-el-chapo-guzman-sinaloa-cartel-leader-sentenced-life-prison-plus-30-years",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj",
  author_name="U.S. Department of Justice - Office of Public Affairs",
  title="Joaquin \"El Chapo\" Guzman, Sinaloa Cartel Leader, Sentenced to Life in Prison Plus 30 Years",
  published_at="2019-07-17", tz=NY, passages=[
      "Joaquin Archivaldo Guzman Loera, also known as \"El Chapo,\" was sentenced today by United States District Judge Brian M. Cogan in federal court in Brooklyn, New York, to life imprisonment plus 30 years.",
      "Guzman was also ordered to pay more than $12.6 billion in forfeiture. In February 2019, a federal jury convicted him on all 10 counts of the superseding indictment after a trial of nearly three months.",
  ])

D("d33_edny_20190717",
  url="https://www.nyed.uscourts.gov/transcripts/united-states-v-guzman-loera-09-cr-466-sentencing-2019-07-17",
  kind="transcript", lang="en", publisher="us-district-court-edny", author="us-district-court-edny",
  author_name="United States District Court, Eastern District of New York - official court reporter",
  title="United States v. Joaquin Archivaldo Guzman Loera, 09-CR-466 (BMC): transcript of sentencing (Brooklyn, July 17, 2019)",
  published_at="2019-07-17", tz=NY, verbatim=True, passages=[
      ("joaquin-guzman-loera", "(As interpreted.) Since the government will send me to a prison where my name will never be heard, I take advantage of this opportunity to say that there was no justice here."),
      ("joaquin-guzman-loera", "(As interpreted.) My case was stained, and you denied me a fair trial when the whole world was watching."),
      ("joaquin-guzman-loera", "(As interpreted.) In prison I have been kept in isolation. It has been psychological, emotional and mental torture twenty-four hours a day."),
      ("brian-cogan", "The Court sentences the defendant to life imprisonment, plus thirty years to run consecutively, and orders forfeiture in the amount of more than $12.6 billion."),
  ])


# =============================================================================================
# 2018-04-19 (Thursday)   In the constituent session of its IX Legislature, at the Palacio de
#                         Convenciones de La Habana, the National Assembly of People's Power
#                         names Miguel Díaz-Canel president of the Councils of State and of
#                         Ministers (603 votes of the 604 cast, 99.83 %); speeches of Díaz-Canel
#                         and Raúl Castro; the foreign ministry's post (20:40 in Havana, UTC-4 in
#                         summer; 00:40 UTC on the 20th; the minute is ours)
# 2018-04-20 (Friday)     Díaz-Canel turns 58 (EFE, media only)
# =============================================================================================

D("d33_anpp_nota_20180419",
  url="http://www.parlamentocubano.gob.cu/index.php/miguel-diaz-canel-bermudez-electo-presidente-de-los-consejos-de-estado-y-de-ministros/",
  kind="press_release", lang="es", publisher="asamblea-nacional-cuba", author="asamblea-nacional-cuba",
  author_name="Asamblea Nacional del Poder Popular - Prensa",
  title="Miguel Díaz-Canel Bermúdez, electo presidente de los Consejos de Estado y de Ministros",
  published_at="2018-04-19", tz=HAV, passages=[
      "La Asamblea Nacional del Poder Popular eligió este jueves 19 de abril, en la sesión constitutiva de su IX Legislatura, celebrada en el Palacio de Convenciones de La Habana, a Miguel Mario Díaz-Canel Bermúdez como presidente de los Consejos de Estado y de Ministros.",
      "Según informó la Comisión Electoral Nacional, Díaz-Canel obtuvo 603 votos de los 604 diputados que ejercieron el voto, para el 99,83 %.",
      "Salvador Valdés Mesa fue elegido primer vicepresidente de los Consejos de Estado y de Ministros.",
      "Díaz-Canel sucede al General de Ejército Raúl Castro Ruz, quien ocupaba la presidencia desde 2008 y continúa como primer secretario del Comité Central del Partido Comunista de Cuba.",
  ])

D("d33_anpp_sesion_20180419",
  url="http://www.cubadebate.cu/especiales/2018/04/19/version-taquigrafica-sesion-constitutiva-ix-legislatura/",
  kind="transcript", lang="es", publisher="asamblea-nacional-cuba", author="asamblea-nacional-cuba",
  author_name="Asamblea Nacional del Poder Popular - Versiones taquigráficas",
  title="Versión taquigráfica de las intervenciones de Miguel Díaz-Canel Bermúdez y del General de Ejército Raúl Castro Ruz en la sesión constitutiva de la IX Legislatura (Palacio de Convenciones, 19 de abril de 2018)",
  published_at="2018-04-19", tz=HAV, verbatim=True, passages=[
      ("miguel-diaz-canel", "El mandato dado por el pueblo a esta legislatura es el de dar continuidad a la Revolución cubana en un momento histórico crucial."),
      ("miguel-diaz-canel", "El compañero Raúl Castro, como primer secretario del Partido Comunista de Cuba, encabezará las decisiones de mayor trascendencia para el presente y el futuro de la nación."),
      ("miguel-diaz-canel", "En Cuba no hay espacio para quienes aspiren a una restauración capitalista."),
      ("raul-castro", "El compañero Díaz-Canel no es un improvisado ni un fruto del azar: fue preparado durante años para esta responsabilidad."),
      ("raul-castro", "Si cumple, como estoy seguro de que cumplirá, ejercerá dos mandatos de cinco años al frente del Estado y del Gobierno."),
      ("raul-castro", "Me mantendré como primer secretario del Partido hasta el congreso de 2021; a mi juicio, Díaz-Canel deberá asumir también esa responsabilidad cuando yo la deje."),
  ])

X("d33_x_minrex_20180419", handle="CubaMINREX", author="minrex-cuba", author_name="Cancillería de Cuba",
  ts="2018-04-20T00:40:00+00:00", lang="es", tz=HAV, passages=[
      "La Asamblea Nacional del Poder Popular eligió hoy a Miguel Díaz-Canel Bermúdez presidente de los Consejos de Estado y de Ministros de la República de #Cuba.",
  ])

MEDIA("d33_efe_20180420",
      url="https://www.efe.com/efe/america/politica/diaz-canel-cumple-58-anos-un-dia-despues-de-asumir-la-presidencia-cuba/20000035-3590417",
      lang="es", outlet="EFE", date="2018-04-20", tz=HAV,
      title="Díaz-Canel cumple 58 años un día después de asumir la presidencia de Cuba",
      passages=[
          "LA HABANA (EFE).- Miguel Díaz-Canel cumple este viernes 58 años, un día después de asumir la presidencia de Cuba. Nacido el 20 de abril de 1960, es el primer gobernante de la isla nacido después del triunfo de la Revolución de 1959.",
      ])


# =============================================================================================
# 2019-08-28 (Wednesday)  Boris Johnson's letter to MPs: the Queen asked to end the session in the
#                         second sitting week of September, a Queen's Speech on 14 October (the
#                         Privy Council met at Balmoral)
# 2019-09-24 (Tuesday)    The Supreme Court's unanimous judgment, read by Lady Hale: the advice to
#                         prorogue unlawful, the Order in Council "void and of no effect",
#                         Parliament not prorogued; Bercow's statement; Johnson's remarks in New
#                         York, where he was at the UN General Assembly
# =============================================================================================

D("d33_pm_letter_20190828",
  url="https://www.gov.uk/government/publications/pm-letter-to-mps-28-august-2019",
  kind="press_release", lang="en", publisher="uk-pmo", author="boris-johnson",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="PM letter to MPs: 28 August 2019",
  published_at="2019-08-28", tz=LON, passages=[
      ("boris-johnson", "This morning I spoke to Her Majesty The Queen to request an end to the current parliamentary session in the second sitting week of September, before commencing the second session of this Parliament with a Queen's Speech on Monday 14 October."),
      ("boris-johnson", "This will allow us to bring forward a bold and ambitious domestic legislative agenda for the renewal of our country after Brexit."),
      ("boris-johnson", "There will be ample time on both sides of the European Council for Parliament to debate our departure from the European Union."),
  ])

D("d33_uksc_20190924",
  url="https://www.supremecourt.uk/cases/docs/uksc-2019-0192-judgment-summary.pdf",
  kind="transcript", lang="en", publisher="uk-supreme-court", author="brenda-hale",
  author_name="The Supreme Court of the United Kingdom",
  title="R (on the application of Miller) v The Prime Minister; Cherry and others v Advocate General for Scotland [2019] UKSC 41: summary of the judgment read in court by Lady Hale, President of the Supreme Court (24 September 2019)",
  published_at="2019-09-24", tz=LON, verbatim=True, passages=[
      ("brenda-hale", "The decision to advise Her Majesty to prorogue Parliament was unlawful because it had the effect of frustrating or preventing the ability of Parliament to carry out its constitutional functions without reasonable justification."),
      ("brenda-hale", "This means that the Order in Council to which it led was also unlawful, void and of no effect and should be quashed. This means that when the Royal Commissioners walked into the House of Lords it was as if they walked in with a blank sheet of paper."),
      ("brenda-hale", "The prorogation was also void and of no effect. Parliament has not been prorogued. This is the unanimous judgment of all 11 Justices."),
      ("brenda-hale", "It is for Parliament, and in particular the Speaker and the Lord Speaker, to decide what to do next."),
  ])

D("d33_bercow_20190924",
  url="https://www.parliament.uk/business/news/2019/september/statement-from-the-speaker-on-the-supreme-court-judgment/",
  kind="press_release", lang="en", publisher="house-of-commons-uk", author="john-bercow",
  author_name="House of Commons - Speaker's Office",
  title="Statement from the Speaker, the Rt Hon John Bercow MP, on the Supreme Court's judgment (24 September 2019)",
  published_at="2019-09-24", tz=LON, passages=[
      ("john-bercow", "I welcome the Supreme Court's judgment that the prorogation was unlawful."),
      ("john-bercow", "In reaching their conclusion, the justices have vindicated the right and duty of Parliament to meet at this crucial time to scrutinise the executive and hold ministers to account."),
      ("john-bercow", "As the embodiment of our parliamentary democracy, the House of Commons must convene without delay. To this end, I will now consult the party leaders as a matter of urgency."),
  ])

D("d33_johnson_ny_20190924",
  url="https://www.gov.uk/government/speeches/pm-statement-on-the-supreme-court-judgment-24-september-2019",
  kind="transcript", lang="en", publisher="uk-pmo", author="boris-johnson",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="PM statement on the Supreme Court judgment: 24 September 2019 (New York)",
  published_at="2019-09-24", tz=NY, verbatim=True, passages=[
      ("boris-johnson", "Obviously this is a verdict that we will respect, and we respect the judicial process. I have to say that I strongly disagree with what the justices have found. I don't think that it was right, but we will go ahead and, of course, Parliament will come back."),
      ("boris-johnson", "Let's be absolutely clear: the most important thing is that we get on and deliver Brexit, and there are plenty of people who want to frustrate that."),
  ])

# =============================================================================================
# 2019-04-28 (Sunday)     Spain's general election: the PSOE first with 123 seats (the Interior
#                         Ministry's note); Sánchez's speech at the party's headquarters in Ferraz,
#                         with the crowd's "¡Con Rivera no!"
# =============================================================================================

D("d33_interior_20190428",
  url="http://www.interior.gob.es/prensa/noticias/-/asset_publisher/GHU8Ap6ztgsg/content/id/10241870",
  kind="press_release", lang="es", publisher="interior-espana", author="interior-espana",
  author_name="Ministerio del Interior - Oficina de Comunicación",
  title="Elecciones Generales 28-A: resultados provisionales al Congreso de los Diputados con el 100 % escrutado",
  published_at="2019-04-28", tz=MAD, passages=[
      "Con el 100 % de los votos escrutados, el Partido Socialista Obrero Español obtiene 123 escaños en el Congreso de los Diputados; el Partido Popular, 66; Ciudadanos, 57; Unidas Podemos, 42, y Vox, 24.",
      "Esquerra Republicana de Catalunya obtiene 15 escaños; el resto se reparte entre otras siete formaciones.",
      "La jornada electoral se ha desarrollado con total normalidad en todo el territorio nacional.",
  ])

D("d33_psoe_sanchez_20190428",
  url="https://www.psoe.es/actualidad/noticias-actualidad/intervencion-de-pedro-sanchez-en-ferraz-tras-las-elecciones-generales-28a/",
  kind="transcript", lang="es", publisher="psoe", author="pedro-sanchez",
  author_name="PSOE - Prensa",
  title="Intervención del secretario general del PSOE, Pedro Sánchez, ante la sede federal de Ferraz tras las elecciones generales (Madrid, 28 de abril de 2019)",
  published_at="2019-04-28", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Ha ganado el Partido Socialista, y con él ha ganado el futuro y ha perdido el pasado."),
      ("participant", "¡Con Rivera no! ¡Con Rivera no!"),
      ("pedro-sanchez", "Creo que ha quedado bastante claro."),
      ("pedro-sanchez", "Hemos enviado un mensaje a Europa y al mundo: se puede ganar a la reacción, al autoritarismo y a la involución."),
      ("pedro-sanchez", "Vamos a formar un Gobierno proeuropeo, y no vamos a establecer ningún cordón sanitario más allá del respeto a la Constitución."),
  ])


# =============================================================================================
# 2019-10-27 (Sunday)     Argentina's general election: Macri concedes and invites Alberto
#                         Fernández to breakfast at the Casa Rosada; Fernández's speech ("Lula
#                         libre" on Lula's birthday); Macri's post (22:10 in Buenos Aires, UTC-3;
#                         01:10 UTC on the 28th; the minute is ours); that night the central bank cuts the monthly
#                         limit for individuals' dollar purchases to US$200
# 2019-10-28 (Monday)     The breakfast at the Casa Rosada (the presidency's note); Clarín on
#                         Kicillof's victory in Buenos Aires province (media only)
# =============================================================================================

D("d33_macri_20191027",
  url="https://juntosporelcambio.com.ar/prensa/discurso-mauricio-macri-27-de-octubre-2019",
  kind="transcript", lang="es", publisher=None, author="mauricio-macri",
  author_name="Juntos por el Cambio - Prensa",
  title="Discurso de Mauricio Macri en el búnker de Juntos por el Cambio (Buenos Aires, 27 de octubre de 2019)",
  published_at="2019-10-27", tz=BUE, verbatim=True, passages=[
      ("mauricio-macri", "Quiero felicitar al presidente electo, Alberto Fernández, que ha tenido una gran elección."),
      ("mauricio-macri", "Acabo de hablar con él y lo invité a desayunar mañana en la Casa Rosada, porque tenemos que comenzar una transición ordenada que lleve tranquilidad a todos los argentinos."),
      ("mauricio-macri", "Vamos a ser una oposición sana, constructiva y responsable."),
  ])

X("d33_x_macri_20191027", handle="mauriciomacri", author="mauricio-macri", author_name="Mauricio Macri",
  ts="2019-10-28T01:10:00+00:00", lang="es", tz=BUE, passages=[
      "Felicité a Alberto Fernández por su triunfo y lo invité a desayunar mañana en la Casa Rosada para comenzar una transición ordenada.",
  ])

D("d33_fernandez_20191027",
  url="https://frentedetodos.org/prensa/discurso-alberto-fernandez-27-de-octubre-2019",
  kind="transcript", lang="es", publisher=None, author="alberto-fernandez",
  author_name="Frente de Todos - Prensa",
  title="Discurso del presidente electo Alberto Fernández en el búnker del Frente de Todos (Buenos Aires, 27 de octubre de 2019)",
  published_at="2019-10-27", tz=BUE, verbatim=True, passages=[
      ("alberto-fernandez", "Lo único que nos preocupa es que los argentinos dejen de sufrir."),
      ("alberto-fernandez", "El presidente Macri me llamó para felicitarme y me invitó a desayunar mañana en la Casa Rosada. Voy a ir, porque lo único que nos importa es empezar a resolver los problemas de la gente."),
      ("alberto-fernandez", "Hoy es el cumpleaños de Lula, un hombre injustamente preso. ¡Lula libre!"),
  ])

D("d33_bcra_20191027",
  url="http://www.bcra.gob.ar/Noticias/Comunicacion-A-6815-limite-compra-moneda-extranjera.asp",
  kind="press_release", lang="es", publisher="bcra", author="bcra",
  author_name="Banco Central de la República Argentina - Prensa",
  title="El BCRA reduce el límite de compra de moneda extranjera para personas humanas (Comunicación \"A\" 6815)",
  published_at="2019-10-27", tz=BUE, passages=[
      "El Directorio del Banco Central de la República Argentina resolvió esta noche reducir el límite para la compra de moneda extranjera por parte de personas humanas a US$200 por mes cuando la operación se realice con débito en cuenta, y a US$100 por mes cuando se realice en efectivo.",
      "Hasta ahora, el límite mensual era de US$10.000. La medida busca preservar el nivel de las reservas durante el período de transición.",
  ])

D("d33_casarosada_20191028",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/9-noticias/46440-el-presidente-macri-recibio-al-presidente-electo-alberto-fernandez",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="El presidente Macri recibió al presidente electo Alberto Fernández en la Casa Rosada",
  published_at="2019-10-28", tz=BUE, passages=[
      "El presidente Mauricio Macri recibió esta mañana en la Casa Rosada al presidente electo, Alberto Fernández, con quien compartió un desayuno de trabajo para dar inicio al proceso de transición.",
      "Durante el encuentro, ambos coincidieron en la importancia de llevar tranquilidad a los argentinos y acordaron que sus equipos trabajarán juntos en la transición hasta el traspaso del mando.",
  ])

MEDIA("d33_clarin_20191028",
      url="https://www.clarin.com/politica/elecciones-2019-axel-kicillof-gobernador-provincia-buenos-aires_0_Hk3vX9qLm.html",
      lang="es", outlet="Clarín", date="2019-10-28", tz=BUE,
      title="Axel Kicillof le ganó a María Eugenia Vidal y será gobernador de la provincia de Buenos Aires",
      passages=[
          "Axel Kicillof, candidato del Frente de Todos, se impuso con claridad a la gobernadora María Eugenia Vidal en la provincia de Buenos Aires y asumirá la gobernación del principal distrito electoral del país.",
      ])
