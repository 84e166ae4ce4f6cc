"""Source documents for the fourteenth development set (dev14.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev13
uses, so that dev14 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Prime Minister of Canada's transcripts and release, the Liberal Party's release and
transcript, the Council of the EU's and the Commission's releases, La Moncloa's note, the Chilean
presidency's transcript, the Holy See's texts and Press Office statement, the Colombian presidency's
transcripts and release, the UN's meetings coverage, X posts, media articles). Nothing here is a
verbatim copy of a real document. It shares only the way documents are written down (doclib.py)
with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

OTT = "America/Toronto"
BRU = "Europe/Brussels"
BAG = "Asia/Baghdad"
BOG = "America/Bogota"


# =============================================================================================
# 2025-01-06 (Monday)     Trudeau at Rideau Cottage: he will resign as Liberal leader and prime
#                         minister once the party has chosen its next leader; the House prorogued
#                         until 24 March
# 2025-03-09 (Sunday)     Carney elected Liberal leader with 85.9% (131,674 votes); his speech
#                         ("Canada never, ever will be part of America", "in trade, as in hockey");
#                         his post at 21:40 in Ottawa (EDT since that morning), 01:40 UTC on the 10th
# 2025-03-14 (Friday)     Carney sworn in at Rideau Hall as the 24th Prime Minister; the consumer
#                         carbon price set to zero from 1 April; his first press conference
# =============================================================================================

D("d14_pm_remarks_20250106",
  url="https://www.pm.gc.ca/en/news/speeches/2025/01/06/prime-minister-justin-trudeau-delivers-remarks-rideau-cottage",
  kind="transcript", lang="en", publisher="canada-pmo", author="justin-trudeau",
  author_name="Prime Minister of Canada",
  title="Prime Minister Justin Trudeau delivers remarks at Rideau Cottage",
  published_at="2025-01-06", tz=OTT, verbatim=True, passages=[
      ("justin-trudeau", "Last night, I asked the president of the Liberal Party to begin that process. I intend to resign as party leader, as prime minister, after the party selects its next leader through a robust, nationwide, competitive process."),
      ("justin-trudeau", "This morning, I advised the Governor General that we need a new session of Parliament. She has granted this request, and the House will now be prorogued until March 24."),
      ("justin-trudeau", "This country deserves a real choice in the next election, and it has become clear to me that if I'm having to fight internal battles, I cannot be the best option in that election."),
      ("reporter", "Prime Minister, did Chrystia Freeland's resignation force your hand?"),
      ("justin-trudeau", "I'm a fighter. Every bone in my body has always told me to fight, because I deeply care about Canadians. Over the holidays I had a chance to reflect, and to have long talks with my family about our future."),
      ("reporter", "Do you have any regrets?"),
      ("justin-trudeau", "If I have one regret, I do wish that we'd been able to change the way we elect our governments in this country, so that people could simply choose a second choice or a third choice on the same ballot."),
  ])

D("d14_liberal_results_20250309",
  url="https://liberal.ca/mark-carney-elected-leader-of-the-liberal-party-of-canada/",
  kind="press_release", lang="en", publisher="liberal-party-canada", author="liberal-party-canada",
  author_name="Liberal Party of Canada",
  title="Mark Carney elected Leader of the Liberal Party of Canada",
  published_at="2025-03-09", tz=OTT, passages=[
      "OTTAWA – Mark Carney has been elected Leader of the Liberal Party of Canada, the party announced today in Ottawa.",
      "Carney won on the first ballot with 131,674 votes, or 85.9 per cent of the points, ahead of Chrystia Freeland, Karina Gould and Frank Baylis.",
      "He will succeed Justin Trudeau, who announced in January that he would step down once a new leader had been chosen, and will be sworn in as Prime Minister in the coming days.",
  ])

D("d14_liberal_speech_20250309",
  url="https://liberal.ca/mark-carney-leadership-victory-speech/",
  kind="transcript", lang="en", publisher="liberal-party-canada", author="mark-carney",
  author_name="Liberal Party of Canada",
  title="Remarks by Mark Carney after his election as Leader of the Liberal Party of Canada",
  published_at="2025-03-09", tz=OTT, verbatim=True, passages=[
      ("mark-carney", "Donald Trump, as we know, has put unjustified tariffs on what we build, on what we sell and on how we make a living. He's attacking Canadian families, workers and businesses, and we cannot let him succeed."),
      ("mark-carney", "The Americans want our resources, our water, our land, our country. Think about it. If they succeeded, they would destroy our way of life. America is not Canada. And Canada never, ever will be part of America in any way, shape or form."),
      ("mark-carney", "We didn't ask for this fight, but Canadians are always ready when someone else drops the gloves. My government will keep our tariffs on until the Americans show us respect and make credible, reliable commitments to free and fair trade."),
      ("mark-carney", "In trade, as in hockey, Canada will win."),
  ])

X("d14_x_carney_20250309", handle="MarkJCarney", author="mark-carney", author_name="Mark Carney",
  ts="2025-03-10T01:40:00+00:00", lang="en", tz=OTT, passages=[
      "I'm honoured to have been chosen to lead the Liberal Party. Thank you to every member and volunteer who made this possible. Now we get to work, together, to build a stronger Canada.",
  ])

D("d14_pm_release_20250314",
  url="https://www.pm.gc.ca/en/news/news-releases/2025/03/14/prime-minister-carney-sworn-in-ends-consumer-carbon-tax",
  kind="press_release", lang="en", publisher="canada-pmo", author="canada-pmo",
  author_name="Prime Minister of Canada - News releases",
  title="Prime Minister Carney and his Cabinet sworn in; the consumer carbon tax ends",
  published_at="2025-03-14", tz=OTT, passages=[
      "Today, Mark Carney was sworn in as the 24th Prime Minister of Canada by Her Excellency the Right Honourable Mary Simon, Governor General of Canada, at Rideau Hall, along with the members of his Cabinet. François-Philippe Champagne becomes Minister of Finance.",
      "At the first meeting of the new Cabinet, the Prime Minister announced that the consumer carbon price will be set to zero as of April 1, 2025, putting an end to the consumer carbon tax.",
  ])

D("d14_pm_pc_20250314",
  url="https://www.pm.gc.ca/en/news/speeches/2025/03/14/prime-minister-carney-press-conference",
  kind="transcript", lang="en", publisher="canada-pmo", author="mark-carney",
  author_name="Prime Minister of Canada",
  title="Prime Minister Mark Carney's press conference after the swearing-in of his Cabinet",
  published_at="2025-03-14", tz=OTT, verbatim=True, passages=[
      ("mark-carney", "Today my government has taken its first decision: as of April 1, the consumer carbon tax is gone. It has been divisive, and we are removing it."),
      ("reporter", "Prime Minister, President Trump keeps calling Canada the 51st state. Will Canada become the 51st state?"),
      ("mark-carney", "No. Canada will never, ever, in any way, shape or form, be part of the United States."),
  ])

# =============================================================================================
# 2023-07-17 (Monday)     EU-CELAC summit opens in Brussels (the first in eight years); von der
#                         Leyen announces more than €45 billion under the Global Gateway
#                         Investment Agenda
# 2023-07-18 (Tuesday)    Declaration agreed by all but one country (Nicaragua); summit co-chaired
#                         by Michel and Gonsalves; La Moncloa's note; Boric's press conference
#                         ("una guerra de agresión imperial inaceptable")
# =============================================================================================

D("d14_consilium_20230718",
  url="https://www.consilium.europa.eu/en/meetings/international-summit/2023/07/17-18/",
  kind="press_release", lang="en", publisher="european-council", author="european-council",
  author_name="Council of the EU and European Council",
  title="EU-CELAC summit, Brussels, 17-18 July 2023: main results",
  published_at="2023-07-18", tz=BRU, passages=[
      "Leaders of the European Union and of the Community of Latin American and Caribbean States (CELAC) met in Brussels on 17 and 18 July 2023 for the first EU-CELAC summit in eight years.",
      "The summit was co-chaired by Charles Michel, President of the European Council, and Ralph Gonsalves, Prime Minister of Saint Vincent and the Grenadines, in his capacity as pro tempore president of CELAC.",
      "Leaders adopted a declaration, agreed by all countries but one, in which they expressed deep concern on the ongoing war against Ukraine, and agreed to hold EU-CELAC summits every two years.",
  ])

D("d14_ec_20230717",
  url="https://ec.europa.eu/commission/presscorner/detail/en/ip_23_3863",
  kind="press_release", lang="en", publisher="european-commission", author="european-commission",
  author_name="European Commission - Press corner",
  title="Global Gateway: EU and Latin America and the Caribbean launch an investment agenda of more than €45 billion",
  published_at="2023-07-17", tz=BRU, passages=[
      "Brussels, 17 July 2023. At the EU-CELAC summit, President Ursula von der Leyen today announced the EU-Latin America and Caribbean Global Gateway Investment Agenda, worth more than €45 billion of investment by 2027.",
      "The agenda covers projects for a fair green and digital transition, human development and resilient health systems, together with the countries of the region.",
  ])

D("d14_moncloa_20230718",
  url="https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2023/180723-sanchez-cumbre-ue-celac.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Sánchez destaca que la cumbre UE-CELAC abre una nueva etapa en la relación entre Europa y América Latina y el Caribe",
  published_at="2023-07-18", tz=BRU, passages=[
      "El presidente del Gobierno, Pedro Sánchez, ha participado en Bruselas en la cumbre entre la Unión Europea y la Comunidad de Estados Latinoamericanos y Caribeños (CELAC), la primera en ocho años, que España ha impulsado como una de las prioridades de su Presidencia del Consejo de la UE.",
      "Sánchez ha subrayado que la cumbre abre una nueva etapa en la relación birregional y ha defendido que ambas regiones comparten valores y una agenda común para la transición verde y digital.",
  ])

D("d14_chile_20230718",
  url="https://prensa.presidencia.cl/discurso.aspx?id=251870",
  kind="transcript", lang="es", publisher="chile-presidency", author="gabriel-boric",
  author_name="Prensa Presidencia de Chile",
  title="Punto de prensa del Presidente Gabriel Boric en la cumbre UE-CELAC, en Bruselas",
  published_at="2023-07-18", tz=BRU, verbatim=True, passages=[
      ("gabriel-boric", "Lo que está pasando en Ucrania es una guerra de agresión imperial inaceptable, que viola el derecho internacional."),
      ("gabriel-boric", "Y hay que decirlo con claridad, porque hoy es Ucrania, pero mañana podría ser cualquiera de nosotros."),
  ])

# =============================================================================================
# 2021-03-05 (Friday)     Pope Francis in Baghdad, received by President Barham Salih; address at
#                         the Presidential Palace ("Let the clash of arms be silenced!")
# 2021-03-06 (Saturday)   Courtesy visit to Grand Ayatollah al-Sistani in Najaf (about 45 minutes);
#                         interreligious meeting at Ur; al-Kadhimi declares 6 March a National
#                         Day of Tolerance and Coexistence
# 2021-03-07 (Sunday)     Mass at the Franso Hariri stadium in Erbil ("Iraq will always remain with
#                         me, in my heart"); Reuters on the crowd (media only)
# =============================================================================================

D("d14_vatican_baghdad_20210305",
  url="https://www.vatican.va/content/francesco/en/speeches/2021/march/documents/papa-francesco_20210305_iraq-autorita.html",
  kind="transcript", lang="en", publisher="holy-see", author="pope-francis", author_name="The Holy See",
  title="Apostolic Journey to Iraq. Courtesy visit to the President of the Republic and meeting with Authorities, Civil Society and the Diplomatic Corps. Address of the Holy Father. Presidential Palace, Baghdad, Friday, 5 March 2021",
  published_at="2021-03-05", tz=BAG, verbatim=True, passages=[
      ("pope-francis", "Mr President, Members of the Government and of the Diplomatic Corps, Distinguished Authorities, Representatives of Civil Society: I am grateful for the opportunity to make this long-awaited and desired Visit to the Republic of Iraq."),
      ("pope-francis", "Let the clash of arms be silenced! Let their spread be curbed, here and everywhere! Let partisan interests cease, those outside interests uninterested in the local population."),
      ("pope-francis", "Enough violence, extremism, factions and intolerance! Let room be made for all those citizens who seek to build up this country together."),
  ])

D("d14_holysee_najaf_20210306",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2021/03/06/210306a.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="holy-see-press-office",
  author_name="Holy See Press Office",
  title="Statement of the Director of the Holy See Press Office on the courtesy visit of the Holy Father to the Grand Ayatollah Sayyid Ali Al-Husayni Al-Sistani",
  published_at="2021-03-06", tz=BAG, passages=[
      "This morning, in Najaf, Pope Francis paid a courtesy visit to the Grand Ayatollah Sayyid Ali Al-Husayni Al-Sistani. During the meeting, which lasted about forty-five minutes, the Holy Father stressed the importance of cooperation and friendship between religious communities for the good of Iraq, the region and all humanity.",
      "The Pope thanked the Grand Ayatollah for having raised his voice, together with the Shiite community, in defence of the weakest and most persecuted during the violence and great hardships of recent years.",
  ])

D("d14_vatican_ur_20210306",
  url="https://www.vatican.va/content/francesco/en/speeches/2021/march/documents/papa-francesco_20210306_iraq-incontro-interreligioso.html",
  kind="transcript", lang="en", publisher="holy-see", author="pope-francis", author_name="The Holy See",
  title="Apostolic Journey to Iraq. Interreligious Meeting. Address of the Holy Father. Plain of Ur, Saturday, 6 March 2021",
  published_at="2021-03-06", tz=BAG, verbatim=True, passages=[
      ("pope-francis", "This blessed place brings us back to our origins, to the sources of God's work, to the birth of our religions. Here, where Abraham our father lived, we seem to have returned home."),
      ("pope-francis", "God is merciful, and the greatest blasphemy is to profane his name by hating our brothers and sisters. Hostility, extremism and violence are not born of a religious heart: they are betrayals of religion."),
      ("pope-francis", "I think of the Yazidi community, which has mourned the deaths of many men and witnessed thousands of women, girls and children kidnapped and sold as slaves."),
  ])

X("d14_x_kadhimi_20210306", handle="MAKadhimi", author="mustafa-al-kadhimi", author_name="Mustafa Al-Kadhimi",
  ts="2021-03-06T14:30:00+00:00", lang="en", tz=BAG, passages=[
      "In celebration of the historic meeting in Najaf between the Grand Ayatollah Ali al-Sistani and His Holiness Pope Francis, we declare the 6th of March a National Day of Tolerance and Coexistence in Iraq.",
  ])

D("d14_vatican_erbil_20210307",
  url="https://www.vatican.va/content/francesco/es/homilies/2021/documents/papa-francesco_20210307_omelia-iraq-erbil.html",
  kind="transcript", lang="es", publisher="holy-see", author="pope-francis", author_name="La Santa Sede",
  title="Viaje apostólico a Irak. Santa Misa en el estadio Franso Hariri. Saludo del Santo Padre al final de la celebración. Erbil, domingo, 7 de marzo de 2021",
  published_at="2021-03-07", tz=BAG, verbatim=True, passages=[
      ("pope-francis", "En estos días transcurridos entre ustedes, he escuchado voces de dolor y de angustia, pero también voces de esperanza y de consuelo."),
      ("pope-francis", "Ahora se acerca el momento de regresar a Roma. Pero Irak permanecerá siempre conmigo, en mi corazón. Pido a todos ustedes que trabajen juntos y unidos por un futuro de paz y prosperidad."),
  ])

MEDIA("d14_reuters_20210307",
      url="https://www.reuters.com/world/middle-east/pope-francis-celebrates-mass-erbil-stadium-2021-03-07/",
      lang="en", outlet="Reuters", date="2021-03-07", tz=BAG,
      title="Pope Francis celebrates Mass before thousands in Erbil stadium", passages=[
          "ERBIL, Iraq, March 7 (Reuters) - Pope Francis celebrated Mass before about 10,000 people at a stadium in Erbil on Sunday, the largest gathering of his trip to Iraq, with attendance limited by coronavirus restrictions.",
      ])

# =============================================================================================
# 2022-08-07 (Sunday)     Gustavo Petro sworn in in the Plaza de Bolívar before the president of
#                         Congress, Roy Barreras; Francia Márquez as vice president; his first order,
#                         to bring Bolívar's sword; his speech ("Hoy empieza nuestra segunda
#                         oportunidad", the war on drugs "ha fracasado rotundamente"); his post at
#                         21:10 in Bogotá (02:10 UTC on the 8th); El País on Felipe VI (media only)
# 2022-09-20 (Tuesday)    Petro at the 77th UN General Assembly ("¿Qué es más venenoso para la
#                         humanidad, la cocaína, el carbón o el petróleo?"); the UN's meetings coverage
# =============================================================================================

D("d14_presidencia_co_speech_20220807",
  url="https://petro.presidencia.gov.co/prensa/Paginas/Discurso-de-posesion-del-presidente-Gustavo-Petro-Urrego-220807.aspx",
  kind="transcript", lang="es", publisher="colombia-presidency", author="gustavo-petro",
  author_name="Presidencia de la República de Colombia",
  title="Discurso del presidente Gustavo Petro Urrego en su posesión, Plaza de Bolívar, 7 de agosto de 2022",
  published_at="2022-08-07", tz=BOG, verbatim=True, passages=[
      ("gustavo-petro", "Hoy empieza nuestra segunda oportunidad. Nos la hemos ganado; ustedes se la han ganado."),
      ("gustavo-petro", "Es hora de una nueva convención internacional que acepte que la guerra contra las drogas ha fracasado rotundamente, que ha dejado un millón de latinoamericanos asesinados durante estos 40 años."),
      ("gustavo-petro", "Para que haya paz en Colombia necesitamos diálogo, mucho diálogo. Convoco a todos los armados a dejar las armas."),
  ])

D("d14_presidencia_co_release_20220807",
  url="https://petro.presidencia.gov.co/prensa/Paginas/Gustavo-Petro-Urrego-se-posesiono-como-presidente-de-la-Republica-220807.aspx",
  kind="press_release", lang="es", publisher="colombia-presidency", author="colombia-presidency",
  author_name="Presidencia de la República de Colombia - Sala de prensa",
  title="Gustavo Petro Urrego se posesionó como presidente de la República de Colombia",
  published_at="2022-08-07", tz=BOG, passages=[
      "Gustavo Petro Urrego tomó posesión este domingo como presidente de la República para el periodo 2022-2026, en la Plaza de Bolívar de Bogotá, ante el presidente del Congreso, Roy Barreras.",
      "En la misma ceremonia se posesionó como vicepresidenta Francia Márquez Mina, la primera mujer afrodescendiente en ocupar el cargo.",
      "La primera orden del nuevo mandatario fue pedir a la Casa Militar que trajera a la tarima la espada del Libertador Simón Bolívar.",
  ])

X("d14_x_petro_20220807", handle="petrogustavo", author="gustavo-petro", author_name="Gustavo Petro",
  ts="2022-08-08T02:10:00+00:00", lang="es", tz=BOG, passages=[
      "Gracias a las miles de personas que hoy nos acompañaron en la plaza de Bolívar y en las plazas de todo el país. Hoy empieza el gobierno del cambio.",
  ])

MEDIA("d14_elpais_20220807",
      url="https://elpais.com/america-colombia/2022-08-07/el-rey-felipe-vi-permanece-sentado-al-paso-de-la-espada-de-bolivar.html",
      lang="es", outlet="El País", date="2022-08-07", tz=BOG,
      title="El rey Felipe VI permanece sentado al paso de la espada de Bolívar en la posesión de Petro", passages=[
          "El rey Felipe VI permaneció sentado este domingo cuando la espada de Simón Bolívar pasó frente a la tribuna de invitados durante la posesión de Gustavo Petro, mientras la mayoría de los asistentes se ponía en pie.",
          "El Gobierno de Iván Duque se había negado a que la espada saliera de la Casa de Nariño para la ceremonia.",
      ])

D("d14_presidencia_co_un_20220920",
  url="https://petro.presidencia.gov.co/prensa/Paginas/Discurso-del-presidente-Gustavo-Petro-ante-la-77-Asamblea-General-de-la-ONU-220920.aspx",
  kind="transcript", lang="es", publisher="colombia-presidency", author="gustavo-petro",
  author_name="Presidencia de la República de Colombia",
  title="Discurso del presidente Gustavo Petro Urrego ante la 77.ª Asamblea General de las Naciones Unidas",
  published_at="2022-09-20", tz=NY, verbatim=True, passages=[
      ("gustavo-petro", "Vengo de uno de los tres países más bellos de la tierra."),
      ("gustavo-petro", "¿Qué es más venenoso para la humanidad, la cocaína, el carbón o el petróleo?"),
      ("gustavo-petro", "La guerra contra las drogas ha fracasado. La lucha contra la crisis climática ha fracasado. Les pido desde aquí, desde mi Latinoamérica herida, acabar con la irracional guerra contra las drogas."),
  ])

D("d14_un_press_20220920",
  url="https://press.un.org/en/2022/ga12443.doc.htm",
  kind="press_release", lang="en", publisher="united-nations", author="united-nations",
  author_name="United Nations - Meetings Coverage and Press Releases",
  title="General Assembly, Seventy-seventh Session, 4th & 5th Meetings: World Leaders Open General Debate",
  published_at="2022-09-20", tz=NY, passages=[
      "GUSTAVO PETRO URREGO, President of Colombia, said he came from one of the three most beautiful countries on Earth, home to the Amazon rainforest, whose destruction he linked to the consumption of fossil fuels.",
      "Asking which was more poisonous for humanity, cocaine, coal or oil, he said the war on drugs had failed, as had the fight against the climate crisis, and called for an end to it.",
  ])
