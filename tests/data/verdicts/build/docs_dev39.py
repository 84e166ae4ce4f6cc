"""Source documents for the thirty-ninth development set (dev39.json).

Every document here is about an event of 2009 to 2014 that neither the first set (train/dev/test)
nor dev2 to dev38 uses, so that dev39 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev40, written at the same time, keeps to events of 2015 to 2018; this set keeps to
2009 to 2014, and in the event to 2011, 2013 and 2014, on days on which no earlier set has a
document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (Egypt's State Information Service's English text of Omar Suleiman's statement, the
Supreme Council of the Armed Forces' statement, the White House's transcripts and statements, the
United Nations' press release and post, the Spanish Congress's note, the Guatemalan judiciary's
transcript of the reading of the sentence and its post, the Constitutional Court's comunicado, the
Brazilian presidency's English texts, the Colombian and Mexican presidencies' notes and posts,
media articles). Nothing here is a verbatim copy of a real document: short phrases that public
reporting widely quotes are kept close to the original where a pair depends on them. It shares
only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

CAI = "Africa/Cairo"
BSB = "America/Sao_Paulo"
MAD = "Europe/Madrid"
GUA = "America/Guatemala"
BOG = "America/Bogota"


# =============================================================================================
# 2011-02-11 (Friday)     At about 18:00 in Cairo (UTC+2) Vice President Omar Suleiman announces on
#                         state television that Hosni Mubarak has decided to step down and has
#                         tasked the Supreme Council of the Armed Forces with running the country;
#                         Obama's remarks in the Grand Foyer of the White House that afternoon
#                         (EST); Reuters on Mubarak's flight to Sharm el-Sheikh (media only)
# 2011-02-12 (Saturday)   The Supreme Council's statement: Egypt's treaties upheld, the government
#                         to stay on as a caretaker until a new one is formed
# =============================================================================================

D("d39_sis_suleiman_20110211",
  url="http://www.sis.gov.eg/En/Templates/Articles/tmpArticleNews.aspx?ArtID=53958",
  kind="transcript", lang="en", publisher="egypt-presidency", author="omar-suleiman",
  author_name="State Information Service - Arab Republic of Egypt",
  title="Statement by Vice President Omar Suleiman on President Mubarak stepping down (Cairo, 11 February 2011)",
  published_at="2011-02-11", tz=CAI, verbatim=True, passages=[
      ("omar-suleiman", "In the name of God the most merciful, the most compassionate. Citizens, in these difficult circumstances that the country is going through, President Mohamed Hosni Mubarak has decided to step down from the office of President of the Republic and has tasked the Supreme Council of the Armed Forces to manage the affairs of the country."),
      ("omar-suleiman", "May God help everybody."),
  ])

D("d39_wh_obama_egypt_20110211",
  url="https://obamawhitehouse.archives.gov/the-press-office/2011/02/11/remarks-president-egypt",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President on Egypt (Grand Foyer, February 11, 2011)",
  published_at="2011-02-11", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Good afternoon, everybody. There are very few moments in our lives where we have the privilege to witness history taking place. This is one of those moments. This is one of those times."),
      ("barack-obama", "The people of Egypt have spoken, their voices have been heard, and Egypt will never be the same."),
      ("barack-obama", "By stepping down, President Mubarak responded to the Egyptian people's hunger for change. But this is not the end of Egypt's transition. It's a beginning."),
      ("barack-obama", "The military has served patriotically and responsibly as a caretaker to the state, and will now have to ensure a transition that is credible in the eyes of the Egyptian people."),
      ("barack-obama", "Egyptians have inspired us, and they've done so by putting the lie to the idea that justice is best gained through violence. For in Egypt, it was the moral force of nonviolence that bent the arc of history toward justice once more."),
  ])

MEDIA("d39_reuters_20110211",
      url="https://www.reuters.com/article/us-egypt-mubarak-sharm-idUSTRE71A6V520110211",
      lang="en", title="Mubarak quits after 30 years, hands power to army", outlet="Reuters",
      date="2011-02-11", tz=CAI, passages=[
          "CAIRO (Reuters) - Hosni Mubarak stepped down as Egypt's president on Friday after 18 days of mass protests, handing power to the army after 30 years in office.",
          "Mubarak, 82, had flown with his family from Cairo to the Red Sea resort of Sharm el-Sheikh earlier in the day, officials said. Crowds in Tahrir Square erupted in celebration as the news spread.",
      ])

D("d39_scaf_20110212",
  url="http://www.sis.gov.eg/En/Templates/Articles/tmpArticleNews.aspx?ArtID=53981",
  kind="press_release", lang="en", publisher="scaf-egypt", author="scaf-egypt",
  author_name="Supreme Council of the Armed Forces - State Information Service",
  title="Statement No. 4 of the Supreme Council of the Armed Forces (Cairo, 12 February 2011)",
  published_at="2011-02-12", tz=CAI, passages=[
      "The Supreme Council of the Armed Forces affirms that the Arab Republic of Egypt is committed to all its regional and international obligations and treaties.",
      "The current government and the governors will continue to carry out their duties as a caretaker administration until a new government is formed.",
      "The Supreme Council aims to guarantee a peaceful transition of power within the framework of a free democratic system that allows an elected civilian authority to govern the country.",
  ])


# =============================================================================================
# 2011-03-17 (Thursday)   In the evening in New York (EDT since 13 March) the Security Council
#                         adopts resolution 1973 (2011), 10 in favour, none against, 5 abstentions;
#                         the United Nations' post at 20:40, 00:40 UTC on the 18th (the minute is ours)
# 2011-03-18 (Friday)     Obama's remarks in the East Room: no ground troops
# 2011-03-19 (Saturday)   In Brasília (UTC-3), on his Latin American trip, Obama announces that he
#                         has authorised a limited military action in Libya
# 2011-03-22 (Tuesday)    Spain's Congress authorises the participation of the Armed Forces, 336
#                         votes to 3 with 1 abstention (Madrid, UTC+1)
# =============================================================================================

D("d39_un_sc10200_20110317",
  url="https://www.un.org/press/en/2011/sc10200.doc.htm",
  kind="press_release", lang="en", publisher="united-nations", author="united-nations",
  author_name="United Nations - Meetings Coverage and Press Releases",
  title="Security Council Approves 'No-Fly Zone' over Libya, Authorizing 'All Necessary Measures' to Protect Civilians, by Vote of 10 in Favour with 5 Abstentions (SC/10200, 17 March 2011)",
  published_at="2011-03-17", tz=NY, passages=[
      "The Security Council this evening approved a 'no-fly zone' over Libya, authorizing all necessary measures -- excluding an occupation force -- to protect civilians under threat of attack in the country.",
      "Adopting resolution 1973 (2011) by a vote of 10 in favour to none against, with 5 abstentions (Brazil, China, Germany, India, Russian Federation), the Council authorized Member States to take all necessary measures to protect civilians and civilian populated areas under threat of attack in the Libyan Arab Jamahiriya, including Benghazi, while excluding a foreign occupation force of any form on any part of Libyan territory.",
      "The Council demanded an immediate ceasefire and a complete end to violence and all attacks against, and abuses of, civilians, and established a ban on all flights in the airspace of the Libyan Arab Jamahiriya in order to help protect civilians.",
  ])

X("d39_x_un_20110317", handle="UN", author="united-nations", author_name="United Nations",
  ts="2011-03-18T00:40:00+00:00", lang="en", tz=NY, passages=[
      "Security Council approves 'no-fly zone' over #Libya, authorizing 'all necessary measures' to protect civilians, by a vote of 10 in favour, with 5 abstentions.",
  ])

D("d39_wh_obama_libya_20110318",
  url="https://obamawhitehouse.archives.gov/the-press-office/2011/03/18/remarks-president-situation-libya",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President on the Situation in Libya (East Room, March 18, 2011)",
  published_at="2011-03-18", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Left unchecked, we have every reason to believe that Qaddafi would commit atrocities against his people."),
      ("barack-obama", "Let me be clear about what we will not be doing. The United States is not going to deploy ground troops into Libya. And we are not going to use force to go beyond a well-defined goal -- specifically, the protection of civilians in Libya."),
      ("barack-obama", "These terms are not negotiable. If Qaddafi does not comply with the resolution, the international community will impose consequences, and the resolution will be enforced through military action."),
  ])

D("d39_wh_obama_brasilia_20110319",
  url="https://obamawhitehouse.archives.gov/the-press-office/2011/03/19/remarks-president-libya",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President on Libya (Brasília, Brazil, March 19, 2011)",
  published_at="2011-03-19", tz=BSB, verbatim=True, passages=[
      ("barack-obama", "Today I authorized the Armed Forces of the United States to begin a limited military action in Libya in support of an international effort to protect Libyan civilians. That action has now begun."),
      ("barack-obama", "In this effort, the United States is acting with a broad coalition that is committed to enforcing United Nations Security Council Resolution 1973, which calls for the protection of the Libyan people."),
      ("barack-obama", "I want the American people to know that the use of force is not our first choice and it's not a choice that I make lightly. But we cannot stand idly by when a tyrant tells his people that there will be no mercy."),
      ("barack-obama", "As I said yesterday, we will not -- I repeat -- we will not deploy any U.S. troops on the ground."),
  ])

D("d39_congreso_libia_20110322",
  url="https://www.congreso.es/notas-de-prensa?p_p_id=notasprensa&_notasprensa_id=2011-03-22-libia",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Gabinete de Comunicación",
  title="El Pleno autoriza la participación de las Fuerzas Armadas en la operación internacional en Libia (22 de marzo de 2011)",
  published_at="2011-03-22", tz=MAD, passages=[
      "El Pleno del Congreso de los Diputados ha autorizado hoy, con 336 votos a favor, 3 en contra y 1 abstención, la participación de las Fuerzas Armadas españolas en la operación internacional para hacer cumplir la resolución 1973 del Consejo de Seguridad de las Naciones Unidas sobre Libia.",
      "La contribución española, expuesta por el presidente del Gobierno, José Luis Rodríguez Zapatero, en su comparecencia ante la Cámara, se limita a medios aéreos y navales: cuatro aviones F-18, un avión de reabastecimiento en vuelo, una fragata, un submarino y un avión de vigilancia marítima. No incluye el despliegue de tropas terrestres en territorio libio.",
      "El presidente del Gobierno subrayó que la misión tiene como objetivo la protección de la población civil, bajo mandato de las Naciones Unidas.",
  ])


# =============================================================================================
# 2013-05-10 (Friday)     In Guatemala City (UTC-6) the Tribunal Primero de Sentencia Penal de
#                         Mayor Riesgo A, presided over by Yassmín Barrios, convicts Efraín Ríos
#                         Montt of genocide and crimes against the duties of humanity (80 years)
#                         and acquits José Mauricio Rodríguez Sánchez; the judiciary's post at
#                         19:40, 01:40 UTC on the 11th (the minute is ours). Prensa Libre on Ríos
#                         Montt's statement to the court on Thursday the 9th (media only)
# 2013-05-20 (Monday)     The Constitutional Court, by three votes to two, leaves without effect
#                         everything done in the trial since 19 April
# =============================================================================================

MEDIA("d39_prensalibre_20130509",
      url="https://www.prensalibre.com/noticias/justicia/rios-montt-me-declaro-inocente_0_917308311.html",
      lang="es", title="Ríos Montt ante el tribunal: «Me declaro inocente»", outlet="Prensa Libre",
      date="2013-05-09", tz=GUA, passages=[
          "El general retirado Efraín Ríos Montt tomó la palabra este jueves ante el tribunal que lo juzga por genocidio y, durante cerca de una hora, negó haber dado órdenes contra la población ixil.",
          "«Me declaro inocente», dijo. «Nunca autoricé, nunca propuse, nunca ordené que se atentara contra una raza, una etnia o una religión».",
      ])

D("d39_oj_sentencia_20130510",
  url="http://www.oj.gob.gt/index.php/noticias/sentencia-caso-genocidio-ixil-10-mayo-2013",
  kind="transcript", lang="es", publisher="organismo-judicial-guatemala", author="yassmin-barrios",
  author_name="Organismo Judicial de Guatemala - Centro de Información, Desarrollo y Estadística Judicial",
  title="Lectura de la parte resolutiva de la sentencia en el proceso contra José Efraín Ríos Montt y José Mauricio Rodríguez Sánchez, Tribunal Primero de Sentencia Penal de Mayor Riesgo A, integrado por los jueces Yassmín Barrios (presidenta), Patricia Bustamante y Pablo Xitumul (Guatemala, 10 de mayo de 2013)",
  published_at="2013-05-10", tz=GUA, verbatim=True, passages=[
      ("yassmin-barrios", "El tribunal tiene por acreditada la muerte violenta de al menos 1.771 personas de la etnia maya ixil, así como desplazamientos forzados, violaciones sexuales y destrucción de aldeas, entre marzo de 1982 y agosto de 1983."),
      ("yassmin-barrios", "El acusado José Efraín Ríos Montt tuvo conocimiento de todo lo que estaba ocurriendo y no lo detuvo, a pesar de tener el poder para impedir su perpetración."),
      ("yassmin-barrios", "Por el delito de genocidio se le impone la pena de cincuenta años de prisión inconmutables, y por los delitos contra los deberes de humanidad, la pena de treinta años de prisión inconmutables."),
      ("yassmin-barrios", "Se absuelve al acusado José Mauricio Rodríguez Sánchez de los delitos de genocidio y contra los deberes de humanidad que se le imputaban."),
      ("yassmin-barrios", "Se revoca la medida sustitutiva de arresto domiciliario y se ordena el inmediato ingreso en prisión del señor Ríos Montt."),
  ])

X("d39_x_oj_20130510", handle="OJGuatemala", author="organismo-judicial-guatemala",
  author_name="Organismo Judicial de Guatemala", ts="2013-05-11T01:40:00+00:00", lang="es", tz=GUA, passages=[
      "Tribunal Primero de Sentencia Penal de Mayor Riesgo A condena a José Efraín Ríos Montt a 80 años de prisión por genocidio y delitos contra los deberes de humanidad en contra de la etnia maya ixil. José Mauricio Rodríguez Sánchez fue absuelto.",
  ])

D("d39_cc_20130520",
  url="http://www.cc.gob.gt/index.php/comunicados/2013-05-20-amparo-rios-montt",
  kind="press_release", lang="es", publisher="corte-constitucionalidad-guatemala", author="corte-constitucionalidad-guatemala",
  author_name="Corte de Constitucionalidad de la República de Guatemala",
  title="Comunicado de la Corte de Constitucionalidad sobre el amparo interpuesto por la defensa de José Efraín Ríos Montt (Guatemala, 20 de mayo de 2013)",
  published_at="2013-05-20", tz=GUA, passages=[
      "La Corte de Constitucionalidad, en sesión celebrada este lunes 20 de mayo de 2013, por mayoría de tres votos contra dos, otorgó el amparo solicitado por la defensa de José Efraín Ríos Montt.",
      "En consecuencia, quedan sin efecto todas las actuaciones realizadas en el debate oral y público a partir del 19 de abril de 2013, incluida la sentencia dictada el 10 de mayo, y el proceso deberá retrotraerse a la fase en que se encontraba en esa fecha.",
      "La resolución no se pronuncia sobre la culpabilidad o la inocencia del procesado.",
  ])


# =============================================================================================
# 2013-09-17 (Tuesday)    After a telephone call on the evening of Monday the 16th, the Brazilian
#                         presidency and the White House announce that Dilma Rousseff's State Visit
#                         to Washington, set for 23 October, is postponed (Brasília UTC-3, EDT)
# 2013-09-24 (Tuesday)    Rousseff opens the general debate of the 68th General Assembly in New
#                         York; Obama speaks after her
# =============================================================================================

D("d39_planalto_note_20130917",
  url="http://www2.planalto.gov.br/imprensa/notas-oficiais/note-to-the-press-2013-09-17",
  kind="press_release", lang="en", publisher="brazil-presidency", author="brazil-presidency",
  author_name="Presidency of the Republic of Brazil - Press Office",
  title="Note to the press (Brasília, September 17, 2013)",
  published_at="2013-09-17", tz=BSB, passages=[
      "The illegal practices of interception of the communications and data of citizens, companies and members of the Brazilian government are a serious matter, an affront to national sovereignty and to individual rights, and incompatible with democratic coexistence between friendly countries.",
      "In the absence of a timely investigation of what happened, with the corresponding explanations and the commitment to cease the interception activities, the conditions are not in place for the visit to take place on the date previously scheduled.",
      "For this reason, President Dilma Rousseff and President Barack Obama, who spoke by telephone on Monday, the 16th, decided to postpone the State Visit to Washington scheduled for October 23. The Brazilian government trusts that, once the matter is properly resolved, the State Visit will take place at the earliest opportunity.",
  ])

D("d39_wh_statement_20130917",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/09/17/statement-press-secretary-brazilian-state-visit",
  kind="press_release", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the Press Secretary on the Brazilian State Visit (September 17, 2013)",
  published_at="2013-09-17", tz=NY, passages=[
      "President Obama and President Rousseff have agreed to postpone President Rousseff's State Visit to Washington, which had been scheduled for October 23. The two leaders spoke by telephone on Monday.",
      "The President has said that he understands and regrets the concerns that disclosures of alleged U.S. intelligence activities have generated in Brazil, and made clear that he is committed to working together with President Rousseff and her government through diplomatic channels to move beyond this issue as a source of tension in our bilateral relationship.",
      "The President looks forward to welcoming President Rousseff to Washington for a State Visit at a mutually agreed date.",
  ])

D("d39_planalto_unga_20130924",
  url="http://www2.planalto.gov.br/acompanhe-o-planalto/discursos/statement-by-president-dilma-rousseff-68th-unga-2013-09-24",
  kind="transcript", lang="en", publisher="brazil-presidency", author="dilma-rousseff",
  author_name="Presidency of the Republic of Brazil",
  title="Statement by H.E. Dilma Rousseff, President of the Federative Republic of Brazil, at the opening of the general debate of the 68th session of the United Nations General Assembly (New York, September 24, 2013)",
  published_at="2013-09-24", tz=NY, verbatim=True, passages=[
      ("dilma-rousseff", "Recent revelations concerning the activities of a global network of electronic espionage have caused indignation and repudiation in public opinion around the world."),
      ("dilma-rousseff", "Meddling in such a manner in the lives and affairs of other countries is a breach of international law and an affront to the principles that must guide the relations among them, especially among friendly nations."),
      ("dilma-rousseff", "We have let the Government of the United States know of our protest, demanding explanations, apologies and guarantees that such procedures will never be repeated."),
      ("dilma-rousseff", "The right to safety of citizens of one country can never be guaranteed by violating fundamental human rights of citizens of another country."),
      ("dilma-rousseff", "In the absence of the right to privacy, there can be no true freedom of expression and opinion, and therefore no effective democracy."),
  ])

D("d39_wh_obama_unga_20130924",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/09/24/remarks-president-obama-address-united-nations-general-assembly",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by President Obama in Address to the United Nations General Assembly (United Nations Headquarters, New York, September 24, 2013)",
  published_at="2013-09-24", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Just as we reviewed how we deploy our extraordinary military capabilities in a way that lives up to our ideals, we've begun to review the way that we gather intelligence, so that we properly balance the legitimate security concerns of our citizens and allies with the privacy concerns that all people share."),
      ("barack-obama", "The United States is prepared to use all elements of our power, including military force, to secure our core interests in the region."),
  ])


# =============================================================================================
# 2014-04-17 (Thursday)   Gabriel García Márquez dies at his home in Mexico City (UTC-5, summer
#                         time) at 87; Santos's post (16:05 in Bogotá) and the Colombian
#                         presidency's note on three days of national mourning; Peña Nieto's post
#                         (16:40 in Mexico City); Obama's statement; El Tiempo (media only)
# 2014-04-21 (Monday)     National homage at the Palacio de Bellas Artes with Peña Nieto and
#                         Santos; Peña Nieto's post at 20:30, 01:30 UTC on the 22nd (the minutes of
#                         the posts are ours)
# =============================================================================================

X("d39_x_santos_20140417", handle="JuanManSantos", author="juan-manuel-santos",
  author_name="Juan Manuel Santos", ts="2014-04-17T21:05:00+00:00", lang="es", tz=BOG, passages=[
      "Mil años de soledad y tristeza por la muerte del más grande colombiano de todos los tiempos. Solidaridad y condolencias a la Gaba y a la familia.",
  ])

D("d39_presidencia_co_20140417",
  url="http://wp.presidencia.gov.co/Noticias/2014/Abril/Paginas/20140417_04-Presidente-Santos-decreta-tres-dias-de-duelo-nacional.aspx",
  kind="press_release", lang="es", publisher="colombia-presidency", author="colombia-presidency",
  author_name="Presidencia de la República de Colombia - Sistema Informativo del Gobierno",
  title="Presidente Santos decreta tres días de duelo nacional por la muerte de Gabriel García Márquez (Bogotá, 17 de abril de 2014)",
  published_at="2014-04-17", tz=BOG, passages=[
      "El Presidente de la República, Juan Manuel Santos, decretó este jueves tres días de duelo nacional por el fallecimiento del escritor Gabriel García Márquez, Premio Nobel de Literatura de 1982, ocurrido en Ciudad de México.",
      "Durante ese período la bandera de Colombia ondeará a media asta en todos los edificios públicos del país.",
      "El Jefe de Estado expresó la solidaridad del pueblo colombiano con su esposa, Mercedes Barcha, y con sus hijos, Rodrigo y Gonzalo.",
  ])

X("d39_x_epn_20140417", handle="EPN", author="enrique-pena-nieto", author_name="Enrique Peña Nieto",
  ts="2014-04-17T21:40:00+00:00", lang="es", tz=MX, passages=[
      "En nombre de México expreso mi pesar por el fallecimiento de uno de los más grandes escritores de nuestro tiempo: Gabriel García Márquez.",
  ])

D("d39_wh_obama_ggm_20140417",
  url="https://obamawhitehouse.archives.gov/the-press-office/2014/04/17/statement-president-passing-gabriel-garcia-marquez",
  kind="press_release", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President on the Passing of Gabriel García Márquez (April 17, 2014)",
  published_at="2014-04-17", tz=NY, passages=[
      ("barack-obama", "With the passing of Gabriel García Márquez, the world has lost one of its greatest visionary writers -- and one of my favorites from the time I was young."),
      ("barack-obama", "I had the chance to meet him once in Mexico, when he presented me with a treasured, inscribed copy that I keep to this day."),
      ("barack-obama", "I offer my thoughts to his family and friends."),
  ])

MEDIA("d39_eltiempo_20140417",
      url="https://www.eltiempo.com/archivo/documento/CMS-13845678",
      lang="es", title="Murió Gabriel García Márquez", outlet="El Tiempo",
      date="2014-04-17", tz=BOG, passages=[
          "Gabriel García Márquez murió este jueves en su casa de Ciudad de México, a los 87 años.",
          "El escritor había sido hospitalizado a comienzos de abril por una infección pulmonar y fue dado de alta días después para continuar su recuperación en casa.",
      ])

D("d39_presidencia_mx_20140421",
  url="https://www.gob.mx/presidencia/prensa/homenaje-nacional-a-gabriel-garcia-marquez-en-el-palacio-de-bellas-artes",
  kind="press_release", lang="es", publisher="presidencia-mexico", author="presidencia-mexico",
  author_name="Presidencia de la República - Comunicado",
  title="Encabezan los presidentes Enrique Peña Nieto y Juan Manuel Santos el homenaje a Gabriel García Márquez en el Palacio de Bellas Artes (Ciudad de México, 21 de abril de 2014)",
  published_at="2014-04-21", tz=MX, passages=[
      "El Presidente de los Estados Unidos Mexicanos, Enrique Peña Nieto, y el Presidente de la República de Colombia, Juan Manuel Santos, encabezaron hoy en el Palacio de Bellas Artes el homenaje nacional a Gabriel García Márquez.",
      "Acompañados por la señora Mercedes Barcha y por Rodrigo y Gonzalo García Barcha, los mandatarios montaron una guardia de honor junto a la urna con las cenizas del escritor.",
      "Miles de personas acudieron al recinto para despedir al autor de Cien años de soledad, quien vivió en México durante más de cinco décadas.",
  ])

X("d39_x_epn_20140421", handle="EPN", author="enrique-pena-nieto", author_name="Enrique Peña Nieto",
  ts="2014-04-22T01:30:00+00:00", lang="es", tz=MX, passages=[
      "Hoy, en el Palacio de Bellas Artes, junto al Presidente @JuanManSantos, México rindió homenaje a Gabriel García Márquez, colombiano universal que hizo de nuestro país su casa.",
  ])
