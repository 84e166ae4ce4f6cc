"""Source documents for the fortieth development set (dev40.json).

Every document here is about an event of 2015 to 2018 that neither the first set (train/dev/test)
nor dev2 to dev38 uses, so that dev40 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev39, written at the same time, keeps to events of 2009 to 2014; this set keeps to
2015 to 2018, and in the event to 2016, 2017 and 2018, on days on which no earlier set has a
document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the House of Commons' Hansard, the Russian foreign ministry's English statement, the
White House's statements and post, the Zimbabwe Defence Forces' statement as read on television,
the Zimbabwean government's transcripts, the Parliament of Zimbabwe's record of the joint sitting,
the Holy See's Spanish text and its Press Office's statement, the Archdiocese of Boston's release,
the Department of Homeland Security's statement, the Cuban government's declaration and its
foreign ministry's post, the Congress of Deputies' notes and Diario de Sesiones, the Casa Real's
note, a broadcaster's transcript, X posts, media articles). Nothing here is a verbatim copy of a
real document: short phrases that public reporting widely quotes are kept close to the original
where a pair depends on them. It shares only the way documents are written down (doclib.py) with
the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

LON = "Europe/London"
MOW = "Europe/Moscow"
HRE = "Africa/Harare"
SCL = "America/Santiago"
ROM = "Europe/Rome"
HAV = "America/Havana"
MAD = "Europe/Madrid"


# =============================================================================================
# 2018-03-12 (Monday)     Theresa May's statement to the Commons: a military-grade nerve agent of a
#                         type developed by Russia, of the Novichok group; "highly likely that Russia
#                         was responsible"; a response asked of Russia by the end of Tuesday
# 2018-03-14 (Wednesday)  May's second statement: 23 Russian diplomats identified as undeclared
#                         intelligence officers expelled, one week to leave, the biggest single
#                         expulsion for over 30 years; high-level contacts suspended
# 2018-03-16 (Friday)     Boris Johnson, Foreign Secretary, on Putin's part (Reuters, media only)
# 2018-03-17 (Saturday)   Russia's foreign ministry: 23 British diplomats declared persona non grata,
#                         consent to the Consulate General in St Petersburg withdrawn, the British
#                         Council closed (Moscow, UTC+3)
# 2018-03-26 (Monday)     The White House: dozens of Russian intelligence officers expelled and the
#                         Russian consulate in Seattle closed, with NATO allies and partners
# London was at UTC+0 until 25 March 2018; Washington on EDT.
# =============================================================================================

D("d40_hansard_may_20180312",
  url="https://hansard.parliament.uk/Commons/2018-03-12/debates/salisbury-incident",
  kind="transcript", lang="en", publisher="house-of-commons-uk", author="house-of-commons-uk",
  author_name="House of Commons Hansard",
  title="House of Commons Hansard, Salisbury Incident (12 March 2018)",
  published_at="2018-03-12", tz=LON, verbatim=True, passages=[
      ("theresa-may", "With permission, Mr Speaker, I would like to update the House on the incident in Salisbury. On Sunday 4 March, Sergei Skripal and his daughter, Yulia, were found unconscious on a bench in Salisbury city centre. They remain in a critical but stable condition in hospital."),
      ("theresa-may", "It is now clear that Mr Skripal and his daughter were poisoned with a military-grade nerve agent of a type developed by Russia. This is part of a group of nerve agents known as Novichok."),
      ("theresa-may", "Based on the positive identification of this chemical agent by world-leading experts at Porton Down, and on our knowledge that Russia has previously produced this agent and would still be capable of doing so, the Government have concluded that it is highly likely that Russia was responsible for the act against Sergei and Yulia Skripal."),
      ("theresa-may", "There are therefore only two plausible explanations: either this was a direct act by the Russian state against our country, or the Russian Government lost control of their potentially catastrophically damaging nerve agent and allowed it to get into the hands of others."),
      ("theresa-may", "This afternoon my right honourable friend the Foreign Secretary summoned the Russian ambassador to the Foreign and Commonwealth Office and asked him to explain which of these two possibilities it is. We have asked for the Russian Government's response by the end of tomorrow."),
  ])

D("d40_hansard_may_20180314",
  url="https://hansard.parliament.uk/Commons/2018-03-14/debates/salisbury-incident-response",
  kind="transcript", lang="en", publisher="house-of-commons-uk", author="house-of-commons-uk",
  author_name="House of Commons Hansard",
  title="House of Commons Hansard, Salisbury Incident: Response (14 March 2018)",
  published_at="2018-03-14", tz=LON, verbatim=True, passages=[
      ("theresa-may", "On Monday I set out that Mr Skripal and his daughter were poisoned with a military-grade nerve agent of a type developed by Russia. The Russian Government have provided no credible explanation; instead they have treated the use of a military-grade nerve agent in Europe with sarcasm, contempt and defiance."),
      ("theresa-may", "There is no alternative conclusion other than that the Russian state was culpable for the attempted murder of Mr Skripal and his daughter, and for threatening the lives of other British citizens in Salisbury, including Detective Sergeant Nick Bailey."),
      ("theresa-may", "First, we will undertake the biggest single expulsion for over 30 years. Under the Vienna convention, the United Kingdom will now expel 23 Russian diplomats who have been identified as undeclared intelligence officers. They have just one week to leave."),
      ("theresa-may", "We will suspend all planned high-level bilateral contacts between the United Kingdom and the Russian Federation, including revoking the invitation to Foreign Minister Lavrov, and there will be no attendance by Ministers, or indeed members of the royal family, at this summer's World Cup in Russia."),
      ("theresa-may", "Our response is not directed at the Russian people, with whom we have no quarrel."),
  ])

MEDIA("d40_reuters_20180316",
      url="https://www.reuters.com/article/uk-britain-russia-johnson/johnson-says-overwhelmingly-likely-putin-ordered-nerve-attack-idUSKCN1GS1XK",
      lang="en", title="Johnson says 'overwhelmingly likely' Putin ordered nerve attack in Britain",
      outlet="Reuters", date="2018-03-16", tz=LON, passages=[
          "LONDON (Reuters) - British Foreign Secretary Boris Johnson said on Friday it was overwhelmingly likely that President Vladimir Putin had personally ordered the use of a nerve agent against a former Russian spy in the English city of Salisbury.",
          "The Kremlin called the accusation shocking and unforgivable.",
      ])

D("d40_mid_20180317",
  url="http://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/3128234",
  kind="press_release", lang="en", publisher="russia-mfa", author="russia-mfa",
  author_name="Ministry of Foreign Affairs of the Russian Federation",
  title="Foreign Ministry statement on the summoning of the British Ambassador (17 March 2018)",
  published_at="2018-03-17", tz=MOW, passages=[
      "On 17 March, British Ambassador to Russia Laurie Bristow was summoned to the Russian Foreign Ministry, where he was handed a note stating that, in response to the provocative actions of the British side and the groundless accusations against the Russian Federation over the incident in Salisbury on 4 March 2018, the Russian side has taken the following decisions.",
      "23 diplomatic staff of the British Embassy in Moscow are declared persona non grata and are to be expelled within a week.",
      "In view of the disparity in the number of consulates of the two countries, the Russian side withdraws its consent to the opening and operation of the Consulate General of the United Kingdom in St Petersburg. Due to its irregular status, the activities of the British Council in the Russian Federation are terminated.",
      "The British side is warned that should further unfriendly actions be taken against Russia, the Russian side reserves the right to take other retaliatory measures.",
  ])

D("d40_wh_sanders_20180326",
  url="https://www.whitehouse.gov/briefings-statements/statement-press-secretary-expulsion-russian-intelligence-officers/",
  kind="press_release", lang="en", publisher="white-house", author="sarah-sanders",
  author_name="The White House - Statement from the Press Secretary",
  title="Statement from the Press Secretary on the Expulsion of Russian Intelligence Officers (March 26, 2018)",
  published_at="2018-03-26", tz=NY, passages=[
      ("sarah-sanders", "Today the United States is ordering the expulsion of dozens of Russian intelligence officers and the closure of the Russian consulate in Seattle, due to its proximity to one of our submarine bases and Boeing."),
      ("sarah-sanders", "The United States takes this action in conjunction with our NATO allies and partners around the world in response to Russia's use of a military-grade chemical weapon on the soil of the United Kingdom, the latest in its ongoing pattern of destabilizing activities around the world."),
      ("sarah-sanders", "With these steps, the United States and our NATO allies and partners make clear to Russia that its actions have consequences."),
  ])


# =============================================================================================
# 2017-11-15 (Wednesday)  In the small hours, Major General Sibusiso Moyo reads the Zimbabwe Defence
#                         Forces' statement on state television: "this is not a military takeover
#                         of government", Mugabe and his family "safe and sound" (Harare, UTC+2)
# 2017-11-19 (Sunday)     Mugabe's televised address from State House, with the service chiefs
#                         beside him: no resignation; he will preside over the party congress
# 2017-11-21 (Tuesday)    At the joint sitting on the motion to impeach him, the Speaker, Jacob
#                         Mudenda, reads Mugabe's letter of resignation "with immediate effect"
# 2017-11-24 (Friday)     Mnangagwa sworn in by Chief Justice Luke Malaba at the National Sports
#                         Stadium in Harare; his inaugural address
# =============================================================================================

D("d40_zdf_20171115",
  url="https://www.zbc.co.zw/statement-by-the-zimbabwe-defence-forces-15-november-2017/",
  kind="transcript", lang="en", publisher="zimbabwe-defence-forces", author="sibusiso-moyo",
  author_name="Zimbabwe Defence Forces - statement read on ZBC-TV",
  title="Statement by the Zimbabwe Defence Forces, read by Major General S.B. Moyo (Harare, 15 November 2017)",
  published_at="2017-11-15", tz=HRE, verbatim=True, passages=[
      ("sibusiso-moyo", "Fellow Zimbabweans, we wish to make it abundantly clear that this is not a military takeover of government."),
      ("sibusiso-moyo", "We wish to assure the nation that His Excellency the President of the Republic of Zimbabwe and Commander-in-Chief of the Zimbabwe Defence Forces, Comrade R.G. Mugabe, and his family are safe and sound and their security is guaranteed."),
      ("sibusiso-moyo", "We are only targeting criminals around him who are committing crimes that are causing social and economic suffering in the country, in order to bring them to justice. As soon as we have accomplished our mission, we expect that the situation will return to normalcy."),
  ])

D("d40_mugabe_20171119",
  url="http://www.zimbabwe.gov.zw/index.php/news/address-by-his-excellency-the-president-19-november-2017",
  kind="transcript", lang="en", publisher="zimbabwe-government", author="robert-mugabe",
  author_name="Government of Zimbabwe - transcript",
  title="Address to the nation by His Excellency the President, Cde R.G. Mugabe (State House, Harare, 19 November 2017)",
  published_at="2017-11-19", tz=HRE, verbatim=True, passages=[
      ("robert-mugabe", "Fellow Zimbabweans, good evening. I address you tonight from State House, with the commanders of our defence forces beside me."),
      ("robert-mugabe", "Whatever the pros and cons of the way they went about registering those concerns, I, as Commander-in-Chief, do acknowledge the issues they have drawn my attention to."),
      ("robert-mugabe", "The party congress is due in a few weeks, and I will preside over its processes, which must not be prejudiced by any event or actions that seek to undermine the party."),
      ("robert-mugabe", "I thank you, and good night."),
  ])

D("d40_parlzim_20171121",
  url="https://www.parlzim.gov.zw/hansard/joint-sitting-21-november-2017/",
  kind="transcript", lang="en", publisher="parliament-zimbabwe", author="parliament-zimbabwe",
  author_name="Parliament of Zimbabwe - Hansard of the joint sitting",
  title="Parliament of Zimbabwe, Joint Sitting of the Senate and the National Assembly: Motion for the removal of the President (21 November 2017)",
  published_at="2017-11-21", tz=HRE, verbatim=True, passages=[
      ("jacob-mudenda", "Honourable Members, I have received a letter from His Excellency the President, Robert Gabriel Mugabe, which reads as follows."),
      ("robert-mugabe", "I, Robert Gabriel Mugabe, in terms of section 96 (1) of the Constitution of Zimbabwe, hereby formally tender my resignation as the President of the Republic of Zimbabwe with immediate effect."),
      ("robert-mugabe", "My decision to resign is voluntary on my part and arises from my concern for the welfare of the people of Zimbabwe and my desire to ensure a smooth, peaceful and non-violent transfer of power that underpins national security, peace and stability. Kindly give public notice of my decision as soon as possible."),
      ("jacob-mudenda", "In view of the resignation, the proceedings on the motion for the removal of the President are hereby suspended."),
  ])

D("d40_mnangagwa_20171124",
  url="http://www.zimbabwe.gov.zw/index.php/news/inaugural-address-by-his-excellency-the-president-e-d-mnangagwa",
  kind="transcript", lang="en", publisher="zimbabwe-government", author="emmerson-mnangagwa",
  author_name="Government of Zimbabwe - transcript",
  title="Inauguration of His Excellency the President, Cde E.D. Mnangagwa (National Sports Stadium, Harare, 24 November 2017)",
  published_at="2017-11-24", tz=HRE, verbatim=True, passages=[
      ("moderator", "The Chief Justice, the Honourable Luke Malaba, will now administer the oath of office to the President."),
      ("emmerson-mnangagwa", "I, Emmerson Dambudzo Mnangagwa, swear that as President of the Republic of Zimbabwe I will be faithful to Zimbabwe and obey, uphold and defend the Constitution and all other laws of Zimbabwe. So help me God."),
      ("emmerson-mnangagwa", "Comrade Robert Gabriel Mugabe led us in the struggle for national independence, and he remains, to me personally, a father, mentor, comrade-in-arms and my leader."),
      ("emmerson-mnangagwa", "I humbly appeal to all our people that we desist from any acts of vengeful retribution. Harmonised elections will be held, as scheduled, in 2018."),
      ("emmerson-mnangagwa", "My Government is committed to compensating those farmers from whom land was taken, in terms of the laws of the land."),
  ])


# =============================================================================================
# 2018-01-15 (Monday)     Pope Francis arrives in Santiago in the evening; Bachelet's post at 21:40 in
#                         Santiago (UTC-3, summer time), 00:40 UTC on the 16th (the minute is ours)
# 2018-01-16 (Tuesday)    His address to the authorities at the Palacio de La Moneda ("el dolor y la
#                         vergüenza"); in the afternoon he meets a small group of victims of abuse at
#                         the Apostolic Nunciature (the Holy See Press Office's statement)
# 2018-01-20 (Saturday)   Cardinal O'Malley's statement on the Pope's words about Bishop Barros, said
#                         to reporters in Iquique on 18 January (EFE, media only)
# =============================================================================================

X("d40_x_bachelet_20180115", handle="mbachelet", author="michelle-bachelet", author_name="Michelle Bachelet",
  ts="2018-01-16T00:40:00+00:00", lang="es", tz=SCL, passages=[
      "Bienvenido a Chile, papa Francisco. Hoy lo recibimos con alegría y con la esperanza de que su mensaje de paz, de encuentro y de inclusión nos inspire a todas y todos.",
  ])

D("d40_vatican_moneda_20180116",
  url="http://w2.vatican.va/content/francesco/es/speeches/2018/january/documents/papa-francesco_20180116_cile-santiago-autorita.html",
  kind="transcript", lang="es", publisher="holy-see", author="pope-francis",
  author_name="La Santa Sede - Discursos del Santo Padre",
  title="Viaje apostólico a Chile y Perú: Encuentro con las autoridades, la sociedad civil y el cuerpo diplomático, Discurso del Santo Padre (Palacio de La Moneda, Santiago de Chile, martes 16 de enero de 2018)",
  published_at="2018-01-16", tz=SCL, verbatim=True, passages=[
      ("pope-francis", "Señora Presidenta de la República, miembros del Gobierno y del Cuerpo Diplomático, autoridades, señoras y señores: es una alegría para mí poder estar nuevamente en tierra latinoamericana y comenzar esta visita por esta querida tierra chilena."),
      ("pope-francis", "Chile se ha destacado en las últimas décadas por el desarrollo de una democracia que le ha permitido un sostenido progreso. Es necesario escuchar a los parados, a los pueblos originarios, a los migrantes, a los jóvenes y a los ancianos."),
      ("pope-francis", "Y aquí no puedo dejar de manifestar el dolor y la vergüenza, vergüenza que siento ante el daño irreparable causado a niños por parte de ministros de la Iglesia."),
      ("pope-francis", "Me quiero unir a mis hermanos en el episcopado, ya que es justo pedir perdón y apoyar con todas las fuerzas a las víctimas, al mismo tiempo que hemos de empeñarnos para que no se vuelva a repetir."),
  ])

D("d40_holysee_burke_20180116",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2018/01/16/180116e.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="greg-burke",
  author_name="Holy See Press Office",
  title="Declaration of the Director of the Holy See Press Office, Greg Burke (Santiago de Chile, 16 January 2018)",
  published_at="2018-01-16", tz=SCL, passages=[
      ("greg-burke", "This afternoon, after lunch at the Apostolic Nunciature in Santiago, the Holy Father met with a small group of victims of sexual abuse by priests."),
      ("greg-burke", "The meeting took place in a strictly private form; no one else was present, only the Pope and the victims. This was so that they could tell of their suffering to Pope Francis, who listened to them and prayed and wept with them."),
  ])

MEDIA("d40_efe_20180118",
      url="https://www.efe.com/efe/america/sociedad/el-papa-defiende-al-obispo-barros-todo-es-calumnia/20000013-3495001",
      lang="es", title="El papa defiende al obispo Barros: \"No hay una sola prueba en contra. Todo es calumnia\"",
      outlet="EFE", date="2018-01-18", tz=SCL, passages=[
          "Iquique (Chile), 18 ene (EFE).- El papa Francisco defendió este jueves al obispo de Osorno, Juan Barros, acusado de haber encubierto los abusos del sacerdote Fernando Karadima.",
          "\"El día que me traigan una prueba contra el obispo Barros, ahí voy a hablar. No hay una sola prueba en contra. Todo es calumnia. ¿Está claro?\", dijo el pontífice a periodistas chilenos antes de la misa en la playa Lobito.",
      ])

D("d40_omalley_20180120",
  url="https://www.bostoncatholic.org/news/statement-cardinal-sean-omalley-20-january-2018",
  kind="press_release", lang="en", publisher="archdiocese-boston", author="sean-omalley",
  author_name="Archdiocese of Boston - Office of the Cardinal",
  title="Statement of Cardinal Seán O'Malley, OFM Cap. (Boston, January 20, 2018)",
  published_at="2018-01-20", tz=NY, passages=[
      ("sean-omalley", "It is understandable that Pope Francis' statements in Chile this week were a source of great pain for survivors of sexual abuse by clergy or any other perpetrator."),
      ("sean-omalley", "Words that convey the message 'if you cannot prove your claims then you will not be believed' abandon those who have suffered reprehensible criminal violations of their human dignity and relegate survivors to discredited exile."),
      ("sean-omalley", "Not being in the position to know the particulars of the cases under consideration, I cannot address why the Holy Father chose the particular words he used at that time."),
  ])


# =============================================================================================
# 2017-01-12 (Thursday)   The end of the "wet-foot/dry-foot" policy: the President's statement and
#                         Secretary Jeh Johnson's (the Cuban Medical Professional Parole Program also
#                         ended); the joint statement signed in Havana by Josefina Vidal and Jeffrey
#                         DeLaurentis; the Cuban government's declaration; the Cuban foreign
#                         ministry's post at 20:15 in Havana (UTC-5), 01:15 UTC on the 13th, and the
#                         White House's at 19:40 in Washington (EST), 00:40 UTC on the 13th (the
#                         minutes are ours)
# =============================================================================================

D("d40_wh_obama_20170112",
  url="https://obamawhitehouse.archives.gov/the-press-office/2017/01/12/statement-president-continued-normalization-our-relationship-cuba",
  kind="press_release", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President on Cuban Immigration Policy (January 12, 2017)",
  published_at="2017-01-12", tz=NY, passages=[
      ("barack-obama", "Today, the United States is taking important steps forward to normalize relations with Cuba and to bring greater consistency to our immigration policy. The Department of Homeland Security is ending the so-called \"wet-foot/dry-foot\" policy, which was put in place more than twenty years ago and was designed for a different era."),
      ("barack-obama", "Effective immediately, Cuban nationals who attempt to enter the United States illegally and do not qualify for humanitarian relief will be subject to removal, consistent with U.S. law and enforcement priorities. By taking this step, we are treating Cuban migrants the same way we treat migrants from other countries."),
      ("barack-obama", "The Cuban government has agreed to accept the return of Cuban nationals who have been ordered removed, just as it has been accepting the return of migrants interdicted at sea."),
  ])

D("d40_dhs_johnson_20170112",
  url="https://www.dhs.gov/news/2017/01/12/statement-secretary-johnson-continued-normalization-our-migration-relationship-cuba",
  kind="press_release", lang="en", publisher="us-dhs", author="jeh-johnson",
  author_name="U.S. Department of Homeland Security",
  title="Statement by Secretary Jeh C. Johnson on the Continued Normalization of our Migration Relationship with Cuba (January 12, 2017)",
  published_at="2017-01-12", tz=NY, passages=[
      ("jeh-johnson", "Today the Department of Homeland Security is ending the special parole policy for Cuban migrants arriving at the border, known as the \"wet-foot/dry-foot\" policy."),
      ("jeh-johnson", "The Department is also ending the Cuban Medical Professional Parole Program. The continued existence of the program risks harming the Cuban people."),
  ])

D("d40_cuba_declaracion_20170112",
  url="http://www.minrex.gob.cu/es/declaracion-del-gobierno-revolucionario-12-de-enero-de-2017",
  kind="press_release", lang="es", publisher="cuba-government", author="cuba-government",
  author_name="Gobierno Revolucionario de la República de Cuba",
  title="Declaración del Gobierno Revolucionario (La Habana, 12 de enero de 2017)",
  published_at="2017-01-12", tz=HAV, passages=[
      "Este 12 de enero de 2017 se firmó en La Habana una Declaración Conjunta entre los gobiernos de la República de Cuba y de los Estados Unidos de América, suscrita por Josefina Vidal Ferreiro, directora general de Estados Unidos del Ministerio de Relaciones Exteriores, y Jeffrey DeLaurentis, encargado de negocios de la Embajada de los Estados Unidos.",
      "Mediante esta Declaración se eliminan, a partir de hoy, la política conocida como «pies secos-pies mojados» y el Programa de Parole para Profesionales Médicos Cubanos.",
      "El acuerdo constituye un importante paso en el avance de las relaciones bilaterales, con el fin de garantizar una migración regular, segura y ordenada.",
      "La Ley de Ajuste Cubano, aprobada en 1966, sigue vigente. Su derogación continúa siendo una demanda de Cuba para que las relaciones migratorias sean plenamente normales.",
  ])

X("d40_x_minrex_20170112", handle="CubaMINREX", author="minrex-cuba", author_name="Cancillería de Cuba",
  ts="2017-01-13T01:15:00+00:00", lang="es", tz=HAV, passages=[
      "Cuba y EE.UU. firmaron hoy en La Habana una Declaración Conjunta que elimina la política «pies secos-pies mojados» y el Programa de Parole para Profesionales Médicos Cubanos. Un importante paso en las relaciones bilaterales.",
  ])

X("d40_x_wh_20170112", handle="WhiteHouse", author="white-house", author_name="The White House",
  ts="2017-01-13T00:40:00+00:00", lang="en", tz=NY, passages=[
      "President Obama: \"Effective immediately, Cuban nationals who attempt to enter the United States illegally and do not qualify for humanitarian relief will be subject to removal.\"",
  ])



# =============================================================================================
# 2016-10-27 (Thursday)   First investiture vote: Rajoy gets 170 votes in favour and 180 against,
#                         short of the absolute majority of 176 (the Congress's note)
# 2016-10-29 (Saturday)   Pedro Sánchez gives up his seat in the morning (a broadcaster's
#                         transcript); in the second vote, 170 in favour, 111 against and 68
#                         abstentions, Rajoy is invested (the Congress's note and the Diario de
#                         Sesiones, with Ana Pastor announcing the result) (Madrid, UTC+2)
# 2016-10-31 (Monday)     Rajoy swears his office before the King at the Palacio de La Zarzuela (the
#                         Casa Real's note) (Madrid, UTC+1 since the 30th)
# =============================================================================================

D("d40_congreso_20161027",
  url="http://www.congreso.es/portal/page/portal/Congreso/Congreso/SalaPrensa/NotPre?_piref73_7706063_73_1337373_1337373.next_page=/wc/detalleNotaSalaPrensa&idNotaSalaPrensa=19281",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Sala de Prensa",
  title="El Pleno no otorga la confianza a Mariano Rajoy en la primera votación de investidura",
  published_at="2016-10-27", tz=MAD, passages=[
      "El Pleno del Congreso no ha otorgado este jueves su confianza al candidato a la Presidencia del Gobierno, Mariano Rajoy, que ha obtenido 170 votos a favor y 180 en contra, sin alcanzar la mayoría absoluta de 176 diputados que se exigía en la primera votación.",
      "La segunda votación se celebrará el sábado 29 de octubre, y en ella bastará la mayoría simple.",
  ])

D("d40_rtve_sanchez_20161029",
  url="https://www.rtve.es/noticias/20161029/pedro-sanchez-renuncia-acta-diputado-transcripcion/1432011.shtml",
  kind="transcript", lang="es", publisher=None, author="pedro-sanchez",
  author_name="RTVE - transcripción de la comparecencia de Pedro Sánchez",
  title="Comparecencia de Pedro Sánchez en el Congreso de los Diputados (29 de octubre de 2016)",
  published_at="2016-10-29", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenos días. He decidido renunciar a mi acta de diputado."),
      ("pedro-sanchez", "Discrepo profundamente de la decisión del Comité Federal de abstenerse en la investidura de Mariano Rajoy, y no quiero romper la disciplina de voto de mi grupo. Por eso dejo el escaño."),
      ("pedro-sanchez", "A partir de ahora voy a coger mi coche y recorrer todos los rincones de España para escuchar a los militantes y a los votantes socialistas."),
  ])

D("d40_congreso_20161029",
  url="http://www.congreso.es/portal/page/portal/Congreso/Congreso/SalaPrensa/NotPre?_piref73_7706063_73_1337373_1337373.next_page=/wc/detalleNotaSalaPrensa&idNotaSalaPrensa=19290",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Sala de Prensa",
  title="El Congreso otorga su confianza a Mariano Rajoy como presidente del Gobierno",
  published_at="2016-10-29", tz=MAD, passages=[
      "El Pleno del Congreso de los Diputados ha otorgado este sábado su confianza a Mariano Rajoy como presidente del Gobierno, en la segunda votación de la sesión de investidura, con 170 votos a favor, 111 en contra y 68 abstenciones.",
      "En la segunda votación bastaba la mayoría simple. La presidenta del Congreso, Ana Pastor, comunicará al Rey el resultado de la votación.",
  ])

D("d40_dsc_20161029",
  url="http://www.congreso.es/public_oficiales/L12/CONG/DS/PL/DSCD-12-PL-9.PDF",
  kind="transcript", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Diario de Sesiones del Congreso de los Diputados",
  title="Diario de Sesiones del Congreso de los Diputados, Pleno: Debate de investidura, segunda votación (29 de octubre de 2016)",
  published_at="2016-10-29", tz=MAD, verbatim=True, passages=[
      ("ana-pastor", "Comienza la votación. Votos emitidos, 349; a favor, 170; en contra, 111; abstenciones, 68."),
      ("ana-pastor", "Habiendo obtenido la mayoría simple de la Cámara, queda otorgada la confianza de la Cámara a don Mariano Rajoy Brey. Esta Presidencia lo comunicará a Su Majestad el Rey a los efectos de su nombramiento como presidente del Gobierno."),
  ])

D("d40_casareal_20161031",
  url="http://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=12750",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de S.M. el Rey - Actividades",
  title="Mariano Rajoy jura su cargo de presidente del Gobierno ante Su Majestad el Rey",
  published_at="2016-10-31", tz=MAD, passages=[
      "Su Majestad el Rey Felipe VI ha presidido este lunes, en el Salón de Audiencias del Palacio de La Zarzuela, el acto de juramento de Mariano Rajoy como presidente del Gobierno, en presencia del ministro de Justicia en funciones, Rafael Catalá, como notario mayor del Reino, y de la presidenta del Congreso de los Diputados, Ana Pastor.",
      "Rajoy pronunció la fórmula: «Juro cumplir fielmente las obligaciones del cargo de presidente del Gobierno con lealtad al Rey, guardar y hacer guardar la Constitución como norma fundamental del Estado, así como mantener el secreto de las deliberaciones del Consejo de Ministros».",
  ])
