"""Source documents for the thirty-fourth development set (dev34.json).

Every document here is about an event of 2000 to 2015 that neither the first set (train/dev/test)
nor dev2 to dev32 uses, so that dev34 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev33, written at the same time, keeps to events of 2016 to 2025; this set keeps to
2000 to 2015, and in the event to 2007, 2008, 2009 and 2012, on days on which no earlier set has a
document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (10 Downing Street's transcripts, the House of Commons' Hansard, Granma's text of Fidel
Castro's message, the Cuban government's text of Raúl Castro's speech, the National Assembly's
feed item, the White House's transcripts, statement and post, the House Clerk's roll-call records,
the Senate's feed item, the Norwegian Nobel Committee's announcement, the Spanish Economy Ministry's
transcript, the Eurogroup's statement, La Moncloa's transcript, media articles). Nothing here is a
verbatim copy of a real document: short phrases that public reporting widely quotes are kept close
to the original where a pair depends on them. It shares only the way documents are written down
(doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

LON = "Europe/London"
HAV = "America/Havana"
KGL = "Africa/Kigali"
OSL = "Europe/Oslo"
MAD = "Europe/Madrid"
BRU = "Europe/Brussels"


# =============================================================================================
# 2007-05-10 (Thursday)   Tony Blair, at the Trimdon Labour Club in his Sedgefield constituency,
#                         announces that he will stand down as Labour leader and tender his
#                         resignation as Prime Minister to the Queen on 27 June
# 2007-06-24 (Sunday)     Gordon Brown, the only candidate, becomes Labour leader at a special
#                         conference in Manchester; Harriet Harman elected deputy leader (BBC,
#                         media only)
# 2007-06-27 (Wednesday)  Blair's last Prime Minister's Questions ("that is that. The end."); Blair
#                         resigns at Buckingham Palace; Brown accepts the Queen's invitation to form
#                         a government and speaks in Downing Street ("I will try my utmost")
# =============================================================================================

D("d34_pmo_blair_20070510",
  url="http://www.number10.gov.uk/output/Page11642.asp",
  kind="transcript", lang="en", publisher="uk-pmo", author="tony-blair",
  author_name="Prime Minister's Office - 10 Downing Street",
  title="Prime Minister's statement at the Trimdon Labour Club, Sedgefield (10 May 2007)",
  published_at="2007-05-10", tz=LON, verbatim=True, passages=[
      ("tony-blair", "I have come back here, to Sedgefield, to my constituency, where my political journey began and where it is fitting that it should end."),
      ("tony-blair", "Today I announce my decision to stand down from the leadership of the Labour Party. The party will now select a new leader. On 27 June I will tender my resignation from the office of Prime Minister to the Queen."),
      ("tony-blair", "I have been Prime Minister of this country for just over 10 years. In this job, in the world today, that is long enough, for me but more especially for the country."),
      ("tony-blair", "Hand on heart, I did what I thought was right. I may have been wrong. That's your call. But believe one thing if nothing else: I did what I thought was right for our country."),
      ("tony-blair", "This country is a blessed nation. The British are special. The world knows it. In our innermost thoughts, we know it. This is the greatest nation on earth."),
      ("tony-blair", "It has been an honour to serve it. I give my thanks to you, the British people, for the times I have succeeded, and my apologies to you for the times I have fallen short. Good luck."),
  ])

MEDIA("d34_bbc_20070624",
      url="http://news.bbc.co.uk/1/hi/uk_politics/6233466.stm",
      lang="en", title="Brown takes over as Labour leader", outlet="BBC News",
      date="2007-06-24", tz=LON, passages=[
          "Gordon Brown has formally become leader of the Labour Party at a special conference in Manchester, after no other candidate secured enough nominations to challenge him.",
          "Harriet Harman was elected deputy leader, beating five other candidates after several rounds of counting. Mr Brown will become Prime Minister on Wednesday, when Tony Blair steps down.",
      ])

D("d34_hansard_pmqs_20070627",
  url="https://publications.parliament.uk/pa/cm200607/cmhansrd/cm070627/debtext/70627-0002.htm",
  kind="transcript", lang="en", publisher="house-of-commons-uk", author="house-of-commons-uk",
  author_name="House of Commons Hansard",
  title="House of Commons Hansard, Oral Answers to Questions: Prime Minister (27 June 2007)",
  published_at="2007-06-27", tz=LON, verbatim=True, passages=[
      ("david-cameron", "On this, his last Prime Minister's questions, I would like to wish the Prime Minister, his wife and his family every success and happiness for the future."),
      ("tony-blair", "I have never pretended to be a great House of Commons man, but I pay the House the greatest compliment I can by saying that, from first to last, I never stopped fearing it."),
      ("tony-blair", "Some may belong on the Opposition Benches and some on my own, but I wish everyone, friend or foe, well. And that is that. The end."),
  ])

D("d34_pmo_brown_20070627",
  url="http://www.number10.gov.uk/output/Page12209.asp",
  kind="transcript", lang="en", publisher="uk-pmo", author="gordon-brown",
  author_name="Prime Minister's Office - 10 Downing Street",
  title="Statement by the Prime Minister, Gordon Brown, outside 10 Downing Street (27 June 2007)",
  published_at="2007-06-27", tz=LON, verbatim=True, passages=[
      ("gordon-brown", "I have just accepted the invitation of Her Majesty the Queen to form a government."),
      ("gordon-brown", "This will be a new government with new priorities, and I have been privileged to have been granted the great opportunity to serve my country."),
      ("gordon-brown", "I have heard the need for change: change in our NHS, change in our schools, change with affordable housing, change to build trust in government, change to protect and extend the British way of life."),
      ("gordon-brown", "On this day I remember words that have stayed with me since my childhood and which matter a great deal today: my school motto, 'I will try my utmost'. This is my promise to all of the people of Britain. And now let the work of change begin."),
  ])


# =============================================================================================
# 2008-02-19 (Tuesday)    Granma publishes in its digital edition, in the small hours in Havana
#                         (UTC-5), Fidel Castro's message dated 18 February at 5:30 p.m.: he will not
#                         aspire to or accept the posts of President of the Council of State and
#                         Commander in Chief. George W. Bush, on his Africa tour, answers a question
#                         on it at a joint press availability with Paul Kagame in Kigali (UTC+2)
# 2008-02-24 (Sunday)     The National Assembly of People's Power, in the constituent session of its
#                         seventh legislature, elects Raúl Castro President of the Council of State
#                         and of the Council of Ministers, with José Ramón Machado Ventura as First
#                         Vice President; Raúl Castro's speech; the Assembly's feed item at 22:30 in
#                         Havana, 03:30 UTC on the 25th (the minute is ours)
# =============================================================================================

D("d34_granma_fidel_20080219",
  url="http://www.granma.cu/espanol/2008/febrero/mar19/mensaje-del-comandante-en-jefe.html",
  kind="press_release", lang="es", publisher="cuba-government", author="fidel-castro",
  author_name="Granma - Mensaje del Comandante en Jefe",
  title="Mensaje del Comandante en Jefe",
  published_at="2008-02-19", tz=HAV, passages=[
      ("fidel-castro", "Queridos compatriotas: Les prometí el pasado viernes 15 de febrero que en la próxima reflexión abordaría un tema de interés para muchos compatriotas. La misma adquiere esta vez forma de mensaje."),
      ("fidel-castro", "Traicionaría por tanto mi conciencia ocupar una responsabilidad que requiere movilidad y entrega total, que no estoy en condiciones físicas de ofrecer. Lo explico sin dramatismo."),
      ("fidel-castro", "A mis entrañables compatriotas, que me hicieron el inmenso honor de elegirme en días recientes como miembro del Parlamento, les comunico que no aspiraré ni aceptaré —repito— no aspiraré ni aceptaré el cargo de Presidente del Consejo de Estado y Comandante en Jefe."),
      ("fidel-castro", "No me despido de ustedes. Deseo solo combatir como un soldado de las ideas. Seguiré escribiendo bajo el título «Reflexiones del compañero Fidel»."),
      ("fidel-castro", "Gracias. Fidel Castro Ruz. 18 de febrero de 2008. 5 y 30 p.m."),
  ])

D("d34_wh_bush_kigali_20080219",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2008/02/20080219-2.html",
  kind="transcript", lang="en", publisher="white-house", author="george-w-bush",
  author_name="The White House - Office of the Press Secretary",
  title="President Bush and President Kagame of Rwanda Participate in Joint Press Availability (Kigali, Rwanda, February 19, 2008)",
  published_at="2008-02-19", tz=KGL, verbatim=True, passages=[
      ("paul-kagame", "We thank President Bush and the American people for standing with Rwanda. The partnership between our two countries has brought real results for our people, in health, in education and in trade."),
      ("reporter", "Mr. President, Fidel Castro announced today that he is stepping down. What is your reaction, and what does it mean for U.S. policy toward Cuba?"),
      ("george-w-bush", "I view this as a period of transition, and it should be the beginning of the democratic transition for the people in Cuba."),
      ("george-w-bush", "The international community should work with the Cuban people to begin to build institutions that are necessary for democracy. Eventually, this transition ought to lead to free and fair elections -- and I mean free, and I mean fair -- not these kind of staged elections that the Castro brothers try to foist off as being true democracy."),
      ("george-w-bush", "The United States will help the people of Cuba realize the blessings of liberty."),
  ])

D("d34_cuba_raul_20080224",
  url="http://www.cuba.cu/gobierno/rauldiscursos/2008/esp/r240208e.html",
  kind="transcript", lang="es", publisher="cuba-government", author="raul-castro",
  author_name="Gobierno de la República de Cuba",
  title="Discurso pronunciado por el General de Ejército Raúl Castro Ruz, Presidente de los Consejos de Estado y de Ministros, en la sesión constitutiva de la VII Legislatura de la Asamblea Nacional del Poder Popular (Palacio de las Convenciones, La Habana, 24 de febrero de 2008)",
  published_at="2008-02-24", tz=HAV, verbatim=True, passages=[
      ("raul-castro", "Compañeras y compañeros diputados: Asumo la responsabilidad que se me encomienda con la convicción de que, como he afirmado muchas veces, el Comandante en Jefe de la Revolución Cubana es uno solo."),
      ("raul-castro", "Fidel es Fidel, todos lo sabemos bien. Fidel es insustituible y el pueblo continuará su obra cuando ya no esté físicamente."),
      ("raul-castro", "Por eso someto a la consideración de esta Asamblea que, como Presidente del Consejo de Estado, pueda consultar al Comandante en Jefe las decisiones de especial trascendencia para el futuro de la nación, sobre todo las vinculadas a la defensa, la política exterior y el desarrollo socioeconómico del país."),
  ])

D("d34_anpp_feed_20080224",
  url="http://www.parlamentocubano.cu/index.php/elegido-raul-castro-ruz-presidente-de-los-consejos-de-estado-y-de-ministros/",
  kind="press_release", lang="es", publisher="asamblea-nacional-cuba", author="asamblea-nacional-cuba",
  author_name="Asamblea Nacional del Poder Popular - Noticias",
  title="Elegido Raúl Castro Ruz Presidente de los Consejos de Estado y de Ministros",
  published_at="2008-02-25T03:30:00+00:00", tz=HAV, passages=[
      "La Asamblea Nacional del Poder Popular, reunida hoy en la sesión constitutiva de su VII Legislatura en el Palacio de las Convenciones, eligió al General de Ejército Raúl Castro Ruz como Presidente del Consejo de Estado y del Consejo de Ministros, y a José Ramón Machado Ventura como Primer Vicepresidente.",
      "Los diputados aprobaron la propuesta del Presidente de consultar al Comandante en Jefe las decisiones de especial trascendencia para el futuro de la nación, y él calificó a Fidel de insustituible.",
  ])


# =============================================================================================
# 2008-09-29 (Monday)     The House rejects the first rescue package (H.R. 3997), 205 yeas to 228
#                         nays; the Dow falls 777.68 points (AP, media only)
# 2008-10-01 (Wednesday)  At night the Senate passes H.R. 1424, amended to carry the Emergency
#                         Economic Stabilization Act of 2008, 74 to 25; the Senate's feed item at
#                         21:45 in Washington (EDT), 01:45 UTC on 2 Oct (the minute is ours)
# 2008-10-03 (Friday)     The House concurs, 263 to 171; Bush speaks in the Rose Garden and signs
#                         the Act into law the same day ($700 billion: $250 billion at once, $100
#                         billion more on certification, $350 billion subject to Congress)
# =============================================================================================

D("d34_clerk_20080929",
  url="https://clerk.house.gov/evs/2008/roll674.xml",
  kind="press_release", lang="en", publisher="us-congress", author="us-congress",
  author_name="Office of the Clerk, U.S. House of Representatives",
  title="Final Vote Results: H.R. 3997, On Concurring in Senate Amendment with an Amendment (September 29, 2008)",
  published_at="2008-09-29", tz=NY, passages=[
      "Question: On Concurring in Senate Amendment with an Amendment. Bill: H.R. 3997, to provide authority for the Federal Government to purchase and insure certain types of troubled assets (Emergency Economic Stabilization Act of 2008). Date: 29-Sep-2008.",
      "Result: Failed. Yeas 205, Nays 228.",
      "By party: Democratic, 140 yeas and 95 nays; Republican, 65 yeas and 133 nays.",
  ])

MEDIA("d34_ap_20080929",
      url="https://apnews.com/article/2008/09/29/stocks-plunge-house-rejects-bailout",
      lang="en", title="Dow plunges nearly 778 points after House rejects bailout", outlet="Associated Press",
      date="2008-09-29", tz=NY, passages=[
          "NEW YORK (AP) — Stocks plunged Monday after the House rejected the $700 billion rescue plan for the financial industry. The Dow Jones industrial average lost 777.68 points, its largest one-day point drop ever.",
      ])

D("d34_senate_feed_20081001",
  url="https://www.senate.gov/legislative/LIS/roll_call_votes/vote1102/vote_110_2_00213.htm",
  kind="press_release", lang="en", publisher="us-congress", author="us-congress",
  author_name="United States Senate - Roll Call Votes",
  title="Senate passes H.R. 1424, as amended (Emergency Economic Stabilization Act of 2008), 74-25",
  published_at="2008-10-02T01:45:00+00:00", tz=NY, passages=[
      "Tonight the Senate passed H.R. 1424, as amended to carry the Emergency Economic Stabilization Act of 2008, by a vote of 74 yeas to 25 nays. The bill now goes to the House of Representatives.",
  ])

D("d34_clerk_20081003",
  url="https://clerk.house.gov/evs/2008/roll681.xml",
  kind="press_release", lang="en", publisher="us-congress", author="us-congress",
  author_name="Office of the Clerk, U.S. House of Representatives",
  title="Final Vote Results: H.R. 1424, On Motion to Concur in Senate Amendments (October 3, 2008)",
  published_at="2008-10-03", tz=NY, passages=[
      "Question: On Motion to Concur in Senate Amendments. Bill: H.R. 1424, Emergency Economic Stabilization Act of 2008. Date: 3-Oct-2008.",
      "Result: Passed. Yeas 263, Nays 171.",
      "By party: Democratic, 172 yeas and 63 nays; Republican, 91 yeas and 108 nays.",
  ])

D("d34_wh_bush_20081003",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2008/10/20081003-11.html",
  kind="transcript", lang="en", publisher="white-house", author="george-w-bush",
  author_name="The White House - Office of the Press Secretary",
  title="President Bush Discusses the Emergency Economic Stabilization Act of 2008 (Rose Garden, October 3, 2008)",
  published_at="2008-10-03", tz=NY, verbatim=True, passages=[
      ("george-w-bush", "A few minutes ago, the House of Representatives passed a bill that is essential to helping America's economy weather the financial crisis."),
      ("george-w-bush", "By coming together on this legislation, we have acted boldly to help prevent the crisis on Wall Street from becoming a crisis in communities across our country."),
      ("george-w-bush", "Our economy continues to face serious challenges, and it will take some time for this legislation to have its full impact. I will sign this bill into law shortly."),
  ])

D("d34_wh_signing_20081003",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2008/10/20081003-17.html",
  kind="press_release", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="President Bush Signs H.R. 1424 Into Law (October 3, 2008)",
  published_at="2008-10-03", tz=NY, passages=[
      "Today, President Bush signed into law H.R. 1424, the Emergency Economic Stabilization Act of 2008.",
      "The Act authorizes the Secretary of the Treasury to purchase up to $700 billion in troubled assets: $250 billion is available immediately, $100 billion more upon a certification by the President, and the remaining $350 billion subject to review by Congress.",
  ])


# =============================================================================================
# 2009-10-09 (Friday)     At 11:00 in Oslo (UTC+2) the Norwegian Nobel Committee announces the
#                         Peace Prize for 2009 to Barack Obama; Obama's remarks in the Rose Garden
#                         that morning in Washington (EDT); the White House's post at 20:30 in
#                         Washington, 00:30 UTC on the 10th (the minute is ours)
# 2009-12-10 (Thursday)   Obama's Nobel lecture at Oslo City Hall
# =============================================================================================

D("d34_nobel_20091009",
  url="https://www.nobelprize.org/prizes/peace/2009/press-release/",
  kind="press_release", lang="en", publisher="norwegian-nobel-committee", author="norwegian-nobel-committee",
  author_name="The Norwegian Nobel Committee",
  title="The Nobel Peace Prize for 2009 - Press release (Oslo, 9 October 2009)",
  published_at="2009-10-09", tz=OSL, passages=[
      "The Norwegian Nobel Committee has decided that the Nobel Peace Prize for 2009 is to be awarded to President Barack Obama for his extraordinary efforts to strengthen international diplomacy and cooperation between peoples. The Committee has attached special importance to Obama's vision of and work for a world without nuclear weapons.",
      "Only very rarely has a person to the same extent as Obama captured the world's attention and given its people hope for a better future.",
      "Oslo, 9 October 2009",
  ])

D("d34_wh_obama_20091009",
  url="https://obamawhitehouse.archives.gov/the-press-office/remarks-president-winning-nobel-peace-prize",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President on Winning the Nobel Peace Prize (Rose Garden, October 9, 2009)",
  published_at="2009-10-09", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Well, this is not how I expected to wake up this morning. After I received the news, Malia walked in and said, 'Daddy, you won the Nobel Peace Prize, and it is Bo's birthday!' And then Sasha added, 'Plus, we have a three-day weekend coming up.'"),
      ("barack-obama", "Let me be clear: I do not view it as a recognition of my own accomplishments, but rather as an affirmation of American leadership on behalf of aspirations held by people in all nations."),
      ("barack-obama", "To be honest, I do not feel that I deserve to be in the company of so many of the transformative figures who've been honored by this prize."),
      ("barack-obama", "And that is why I will accept this award as a call to action -- a call for all nations to confront the common challenges of the 21st century."),
  ])

X("d34_x_wh_20091009", handle="whitehouse", author="white-house", author_name="The White House",
  ts="2009-10-10T00:30:00+00:00", lang="en", tz=NY, passages=[
      "President Obama on the Nobel Peace Prize: \"I will accept this award as a call to action -- a call for all nations to confront the common challenges of the 21st century.\"",
  ])

D("d34_wh_obama_oslo_20091210",
  url="https://obamawhitehouse.archives.gov/the-press-office/remarks-president-acceptance-nobel-peace-prize",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President at the Acceptance of the Nobel Peace Prize (Oslo City Hall, Oslo, Norway, December 10, 2009)",
  published_at="2009-12-10", tz=OSL, verbatim=True, passages=[
      ("barack-obama", "I receive this honor with deep gratitude and great humility."),
      ("barack-obama", "But perhaps the most profound issue surrounding my receipt of this prize is the fact that I am the Commander-in-Chief of the military of a nation in the midst of two wars."),
      ("barack-obama", "I do not bring with me today a definitive solution to the problems of war."),
  ])


# =============================================================================================
# 2012-06-09 (Saturday)   After a conference call of the Eurogroup, its statement on Spain (a formal
#                         request to be presented shortly; a loan of up to EUR 100 billion for the
#                         recapitalisation of banks, channelled through the FROB) and Luis de
#                         Guindos's press conference at the Economy Ministry in Madrid (UTC+2)
# 2012-06-10 (Sunday)     Rajoy's press conference at La Moncloa
# =============================================================================================

D("d34_mineco_guindos_20120609",
  url="http://www.mineco.gob.es/portal/site/mineco/menuitem.32ac44f94b634f76faf2b910026041a0/?vgnextoid=rueda-prensa-9-junio-2012",
  kind="transcript", lang="es", publisher="mineco-espana", author="luis-de-guindos",
  author_name="Ministerio de Economía y Competitividad - transcripción",
  title="Rueda de prensa del ministro de Economía y Competitividad, Luis de Guindos, tras la reunión del Eurogrupo (Madrid, 9 de junio de 2012)",
  published_at="2012-06-09", tz=MAD, verbatim=True, passages=[
      ("luis-de-guindos", "Buenas tardes. El Gobierno de España ha decidido solicitar financiación europea para la recapitalización de aquellas entidades del sistema bancario que lo necesiten."),
      ("luis-de-guindos", "El Eurogrupo ha expresado su apoyo y ha señalado que el importe del préstamo podrá alcanzar hasta 100.000 millones de euros, una cifra que cubre las necesidades de capital estimadas con un margen adicional de seguridad."),
      ("luis-de-guindos", "Los fondos se canalizarán a través del FROB, que los inyectará en las entidades que los necesiten. La cifra exacta se conocerá cuando concluyan las evaluaciones independientes en curso."),
      ("luis-de-guindos", "Las condiciones se impondrán a las entidades financieras que reciban ayudas, no a la sociedad española. No habrá condiciones macroeconómicas adicionales."),
      ("luis-de-guindos", "Este apoyo financiero no tiene nada que ver con un rescate. Es un préstamo en condiciones muy favorables."),
  ])

D("d34_eurogroup_20120609",
  url="https://www.consilium.europa.eu/uedocs/cms_data/docs/pressdata/en/ecofin/131141.pdf",
  kind="press_release", lang="en", publisher="eurogroup", author="eurogroup",
  author_name="Eurogroup",
  title="Eurogroup Statement on Spain (Brussels, 9 June 2012)",
  published_at="2012-06-09", tz=BRU, passages=[
      "The Eurogroup has been informed that the Spanish authorities will present a formal request shortly and is willing to respond favourably to such a request.",
      "The financial assistance would be provided by the EFSF/ESM for recapitalisation of financial institutions. The loan amount must cover estimated capital requirements with an additional safety margin, estimated as summing up to EUR 100 billion in total.",
      "The Eurogroup considers that the FROB, acting as an agent of the Spanish government, could receive the funds and channel them to the financial institutions concerned. The Spanish government will retain the full responsibility of the financial assistance.",
  ])

D("d34_moncloa_rajoy_20120610",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2012/prrp20120610.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="mariano-rajoy",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Rueda de prensa del presidente del Gobierno, Mariano Rajoy (Palacio de La Moncloa, 10 de junio de 2012)",
  published_at="2012-06-10", tz=MAD, verbatim=True, passages=[
      ("mariano-rajoy", "Buenos días. Ayer ganó la credibilidad del euro, ganó el futuro del euro y ganó la Unión Europea."),
      ("mariano-rajoy", "Lo que se ha acordado es una línea de crédito para sanear las entidades financieras que lo necesiten."),
      ("mariano-rajoy", "Aquí nadie me ha presionado a mí. El que ha presionado para que hubiera esta línea de crédito he sido yo."),
  ])
