"""Source documents for the forty-third development set (dev43.json).

Every document here is about an event of 2013 to 2018 that neither the first set (train/dev/test)
nor dev2 to dev42 uses, so that dev43 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev44, written at the same time, keeps to events of 2019 to 2025; this set keeps to
2013 to 2018, and in the event to 2013, 2014, 2015, 2016 and 2018, on days on which no earlier set
has a document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the White House's transcripts and posts, the Kremlin's transcript and release, the
United Nations' meetings coverage in English and UN News in Spanish, the EU's joint statement and
the Vienna press conference, the Israeli Prime Minister's Office, the joint statement of the
French, German and British leaders, Venezuela's CNE and presidency, the State Department's press
statement, Bolivia's Tribunal Supremo Electoral and presidency, media articles). Nothing here is a
verbatim copy of a real document: short phrases that public reporting widely quotes are kept close
to the original where a pair depends on them. It shares only the way documents are written down
(doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

MOW = "Europe/Moscow"
VIE = "Europe/Vienna"
JLM = "Asia/Jerusalem"
LON = "Europe/London"
CCS = "America/Caracas"
LPB = "America/La_Paz"


# =============================================================================================
# 2013-04-15 (Monday)     Two bombs explode near the finish line of the Boston Marathon on
#                         Boylston Street, shortly before 3 p.m. (EDT); Obama's statement in the
#                         Brady Press Briefing Room that evening; the White House's post at 20:30
#                         in Washington, 00:30 UTC on the 16th (the minute is ours)
# 2013-04-16 (Tuesday)    Obama's second statement ("a heinous and cowardly act", investigated as
#                         an act of terrorism); AP on the three dead, among them Martin Richard, 8
#                         (media only)
# 2013-04-18 (Thursday)   Obama at the interfaith service "Healing Our City" at the Cathedral of the
#                         Holy Cross in Boston ("Yes, we will find you", "We will finish the race")
# =============================================================================================

D("d43_wh_obama_20130415",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/04/15/statement-president",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President (James S. Brady Press Briefing Room, April 15, 2013)",
  published_at="2013-04-15", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Good evening, everybody. Earlier today, I was briefed by my homeland security team on the events in Boston. I've updated Governor Patrick and Mayor Menino, and I've directed the full resources of the federal government to help state and local authorities protect our people and investigate what happened."),
      ("barack-obama", "We still do not know who did this or why. And people shouldn't jump to conclusions before we have all the facts. But make no mistake: we will get to the bottom of this. And we will find out who did this; we'll find out why they did this. Any responsible individuals, any responsible groups will feel the full weight of justice."),
      ("barack-obama", "On days like this, there are no Republicans or Democrats -- we are Americans, united in concern for our fellow citizens."),
      ("barack-obama", "Boston is a tough and resilient town. So are its people. I'm supremely confident that Bostonians will pull together, take care of each other, and move forward as one proud city."),
  ])

X("d43_x_wh_20130416", handle="WhiteHouse", author="white-house", author_name="The White House",
  ts="2013-04-16T00:30:00+00:00", lang="en", tz=NY, passages=[
      "President Obama on the explosions in Boston: \"We will find out who did this; we'll find out why they did this. Any responsible individuals, any responsible groups will feel the full weight of justice.\"",
  ])

D("d43_wh_obama_20130416",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/04/16/statement-president",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President (James S. Brady Press Briefing Room, April 16, 2013)",
  published_at="2013-04-16", tz=NY, verbatim=True, passages=[
      ("barack-obama", "This was a heinous and cowardly act. And given what we now know about what took place, the FBI is investigating it as an act of terrorism. Anytime bombs are used to target innocent civilians, it is an act of terror."),
      ("barack-obama", "What we don't yet know, however, is who carried out this attack, or why; whether it was planned and executed by a terrorist organization, foreign or domestic, or was the act of a malevolent individual."),
      ("barack-obama", "If you want to know who we are, what America is, how we respond to evil, that's it: selflessly, compassionately, unafraid."),
  ])

MEDIA("d43_ap_20130416",
      url="https://apnews.com/article/2013/04/16/boston-marathon-bombing-victims-8-year-old",
      lang="en", title="8-year-old boy among 3 killed in Boston Marathon bombing", outlet="Associated Press",
      date="2013-04-16", tz=NY, passages=[
          "BOSTON (AP) — An 8-year-old boy from the city's Dorchester neighborhood, Martin Richard, was among the three people killed when two bombs exploded near the finish line of the Boston Marathon, relatives and neighbors said Tuesday.",
          "More than 170 people were wounded in the blasts, which went off seconds apart on Boylston Street.",
      ])

D("d43_wh_obama_20130418",
  url="https://obamawhitehouse.archives.gov/the-press-office/2013/04/18/remarks-president-interfaith-prayer-service",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President at Interfaith Prayer Service (Cathedral of the Holy Cross, Boston, Massachusetts, April 18, 2013)",
  published_at="2013-04-18", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Scripture tells us to run with endurance the race that is set before us."),
      ("barack-obama", "Yes, we will find you. And, yes, you will face justice. We will find you. We will hold you accountable."),
      ("barack-obama", "And this time next year, on the third Monday in April, the world will return to this great American city to run harder than ever, and to cheer even louder, for the 118th Boston Marathon. Bet on it."),
      ("barack-obama", "We may be momentarily knocked off our feet, but we'll pick ourselves up. We'll keep going. We will finish the race."),
  ])


# =============================================================================================
# 2014-03-15 (Saturday)   The Security Council fails to adopt a draft urging states not to recognise
#                         the planned referendum in Crimea: 13 in favour, Russia against, China
#                         abstaining
# 2014-03-17 (Monday)     Reuters on the referendum figures of Crimea's election commission (media
#                         only)
# 2014-03-18 (Tuesday)    Putin's address to the Federal Assembly in the Kremlin; the treaty on
#                         admitting Crimea and Sevastopol signed in the St George Hall with
#                         Konstantinov, Aksyonov and Chaly (Moscow at UTC+4)
# 2014-03-27 (Thursday)   The General Assembly adopts resolution 68/262, "Territorial integrity of
#                         Ukraine", 100 in favour, 11 against, 58 abstentions (UN meetings coverage
#                         in English and UN News in Spanish)
# =============================================================================================

D("d43_un_sc_20140315",
  url="https://press.un.org/en/2014/sc11319.doc.htm",
  kind="press_release", lang="en", publisher="united-nations", author="united-nations",
  author_name="United Nations, Meetings Coverage and Press Releases",
  title="Security Council Fails to Adopt Text Urging Member States Not to Recognize Planned 16 March Referendum in Ukraine's Crimea Region (SC/11319, 15 March 2014)",
  published_at="2014-03-15", tz=NY, passages=[
      "The Security Council this morning failed to adopt a draft resolution that would have urged all States not to recognize the results of the referendum planned for 16 March in Ukraine's Autonomous Republic of Crimea, owing to a negative vote by the Russian Federation, a permanent member.",
      "The draft received 13 votes in favour and 1 against (Russian Federation), with 1 abstention (China).",
  ])

MEDIA("d43_reuters_20140317",
      url="https://www.reuters.com/article/2014/03/17/us-ukraine-crisis-referendum-results",
      lang="en", title="Crimea's officials say 96.77 percent voted to join Russia", outlet="Reuters",
      date="2014-03-17", tz=MOW, passages=[
          "SIMFEROPOL (Reuters) - Crimea's election commission said on Monday that 96.77 percent of voters in Sunday's referendum had backed joining Russia, with a turnout of 83.1 percent. Ukraine and Western governments called the vote illegitimate.",
      ])

D("d43_kremlin_putin_20140318",
  url="http://en.kremlin.ru/events/president/news/20603",
  kind="transcript", lang="en", publisher="russia-government", author="vladimir-putin",
  author_name="President of Russia - The Kremlin",
  title="Address by President of the Russian Federation (The Kremlin, Moscow, March 18, 2014)",
  published_at="2014-03-18", tz=MOW, verbatim=True, passages=[
      ("vladimir-putin", "Federation Council members, State Duma deputies, good afternoon. Representatives of the Republic of Crimea and Sevastopol are here among us, citizens of Russia, residents of Crimea and Sevastopol!"),
      ("vladimir-putin", "A referendum was held in Crimea on March 16 in full compliance with democratic procedures and international norms. More than 82 percent of the electorate took part in the vote. Over 96 percent of them spoke out in favour of reuniting with Russia. These numbers speak for themselves."),
      ("vladimir-putin", "In people's hearts and minds, Crimea has always been an inseparable part of Russia. This firm conviction is based on truth and justice."),
      ("vladimir-putin", "Do not believe those who want you to fear Russia, shouting that other regions will follow after Crimea. We do not want to divide Ukraine; we do not need that."),
      ("vladimir-putin", "Today, in accordance with the people's will, I submit to the Federal Assembly a request to consider a Constitutional Law on the creation of two new constituent entities within the Russian Federation, the Republic of Crimea and the city of Sevastopol, and to ratify the treaty on admitting Crimea and Sevastopol to the Russian Federation, which is already ready for signing."),
  ])

D("d43_kremlin_treaty_20140318",
  url="http://en.kremlin.ru/events/president/news/20604",
  kind="press_release", lang="en", publisher="russia-government", author="russia-government",
  author_name="President of Russia - The Kremlin",
  title="Agreement on the accession of the Republic of Crimea to the Russian Federation signed (March 18, 2014)",
  published_at="2014-03-18", tz=MOW, passages=[
      "Vladimir Putin, Chairman of the State Council of the Republic of Crimea Vladimir Konstantinov, Chairman of the Council of Ministers of Crimea Sergei Aksyonov and Mayor of Sevastopol Alexei Chaly signed in the St George Hall of the Grand Kremlin Palace the Agreement on the accession of the Republic of Crimea to the Russian Federation.",
      "The signing followed the President's address to the members of the Federation Council and State Duma deputies, in which he spoke of Crimea's history and of the referendum of 16 March. The Agreement is to be submitted to the Constitutional Court and then for ratification.",
  ])

D("d43_un_ga_20140327",
  url="https://press.un.org/en/2014/ga11493.doc.htm",
  kind="press_release", lang="en", publisher="united-nations", author="united-nations",
  author_name="United Nations, Meetings Coverage and Press Releases",
  title="General Assembly Adopts Resolution Calling upon States Not to Recognize Changes in Status of Crimea Region (GA/11493, 27 March 2014)",
  published_at="2014-03-27", tz=NY, passages=[
      "Affirming its commitment to the sovereignty, political independence, unity and territorial integrity of Ukraine within its internationally recognized borders, the General Assembly today adopted a resolution calling upon States, international organizations and specialized agencies not to recognize any change in the status of the Autonomous Republic of Crimea and the city of Sevastopol.",
      "Adopted by a recorded vote of 100 in favour to 11 against, with 58 abstentions, the text underscored that the referendum held in those places on 16 March, having no validity, could not form the basis for any alteration of their status.",
      "Voting against were Armenia, Belarus, Bolivia, Cuba, Democratic People's Republic of Korea, Nicaragua, Russian Federation, Sudan, Syria, Venezuela and Zimbabwe.",
  ])

D("d43_un_es_20140327",
  url="https://news.un.org/es/story/2014/03/1296441",
  kind="press_release", lang="es", publisher="united-nations", author="united-nations",
  author_name="Noticias ONU",
  title="La Asamblea General reafirma la integridad territorial de Ucrania (27 de marzo de 2014)",
  published_at="2014-03-27", tz=NY, passages=[
      "La Asamblea General de la ONU aprobó hoy una resolución que afirma su compromiso con la soberanía, la independencia política, la unidad y la integridad territorial de Ucrania dentro de sus fronteras reconocidas internacionalmente.",
      "El texto recibió 100 votos a favor, 11 en contra y 58 abstenciones. Señala que el referendo celebrado el 16 de marzo en la República Autónoma de Crimea y en la ciudad de Sebastopol no tiene validez y exhorta a los Estados a no reconocer ninguna modificación del estatuto de esos territorios.",
  ])


# =============================================================================================
# 2015-07-14 (Tuesday)    The Joint Comprehensive Plan of Action concluded in Vienna (UTC+2): the
#                         joint statement of Mogherini and Zarif and their press conference at the
#                         Vienna International Centre; Obama's statement in the East Room at about
#                         7 a.m. (EDT); Netanyahu's statement in Jerusalem
# 2018-05-08 (Tuesday)    Trump announces the withdrawal from the deal in the Diplomatic Reception
#                         Room; the joint statement of May, Merkel and Macron; the White House's post
#                         at 20:30 in Washington, 00:30 UTC on the 9th (the minute is ours)
# =============================================================================================

D("d43_eu_joint_20150714",
  url="https://eeas.europa.eu/statements-eeas/2015/150714_01_en.htm",
  kind="press_release", lang="en", publisher="european-union", author="federica-mogherini",
  author_name="European External Action Service",
  title="Joint Statement by EU High Representative Federica Mogherini and Iranian Foreign Minister Javad Zarif (Vienna, 14 July 2015)",
  published_at="2015-07-14", tz=VIE, passages=[
      ("federica-mogherini", "Today is a historic day. It is an honour for us to announce that we have reached an agreement on the Iranian nuclear issue."),
      ("federica-mogherini", "The E3/EU+3 (China, France, Germany, the Russian Federation, the United Kingdom and the United States, with the High Representative of the European Union) and the Islamic Republic of Iran have agreed on a Joint Comprehensive Plan of Action."),
      ("federica-mogherini", "The Joint Comprehensive Plan of Action will be endorsed by the United Nations Security Council through a resolution."),
  ])

D("d43_vienna_presser_20150714",
  url="https://eeas.europa.eu/statements-eeas/2015/150714_02_en.htm",
  kind="transcript", lang="en", publisher="european-union", author="european-union",
  author_name="European External Action Service",
  title="Remarks by High Representative Federica Mogherini and Foreign Minister Javad Zarif at the joint press conference (Vienna International Centre, 14 July 2015)",
  published_at="2015-07-14", tz=VIE, verbatim=True, passages=[
      ("federica-mogherini", "This is a sign of hope for the entire world. And we all know this is very much needed in these times."),
      ("javad-zarif", "I believe this is a historic moment. We are reaching an agreement that is not perfect for anybody, but it is what we could accomplish."),
      ("javad-zarif", "Today could have been the end of hope on this issue, but now we are starting a new chapter of hope."),
  ])

D("d43_wh_obama_20150714",
  url="https://obamawhitehouse.archives.gov/the-press-office/2015/07/14/statement-president-iran",
  kind="transcript", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President on Iran (East Room, July 14, 2015)",
  published_at="2015-07-14", tz=NY, verbatim=True, passages=[
      ("barack-obama", "Today, after two years of negotiations, the United States, together with our international partners, has achieved something that decades of animosity has not: a comprehensive, long-term deal with Iran that will prevent it from obtaining a nuclear weapon."),
      ("barack-obama", "Because of this deal, Iran will remove two-thirds of its installed centrifuges. Iran will also get rid of 98 percent of its stockpile of enriched uranium."),
      ("barack-obama", "This deal is not built on trust; it is built on verification."),
      ("barack-obama", "I will veto any legislation that prevents the successful implementation of this deal."),
  ])

D("d43_pmo_netanyahu_20150714",
  url="https://www.pmo.gov.il/English/MediaCenter/Spokesman/Pages/spokeIran140715.aspx",
  kind="press_release", lang="en", publisher="israel-pmo", author="benjamin-netanyahu",
  author_name="Prime Minister's Office of Israel",
  title="Statement by PM Netanyahu on the agreement with Iran (Jerusalem, 14 July 2015)",
  published_at="2015-07-14", tz=JLM, passages=[
      ("benjamin-netanyahu", "The world is a much more dangerous place today than it was yesterday."),
      ("benjamin-netanyahu", "Far-reaching concessions have been made in all areas that were supposed to prevent Iran from getting the capability to arm itself with nuclear weapons. This is a bad mistake of historic proportions."),
      ("benjamin-netanyahu", "Israel is not bound by this agreement with Iran, because Iran continues to seek our destruction. We will always defend ourselves."),
  ])

D("d43_wh_trump_20180508",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-joint-comprehensive-plan-action/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump",
  author_name="The White House",
  title="Remarks by President Trump on the Joint Comprehensive Plan of Action (Diplomatic Reception Room, May 8, 2018)",
  published_at="2018-05-08", tz=NY, verbatim=True, passages=[
      ("donald-trump", "It is clear to me that we cannot prevent an Iranian nuclear bomb under the decaying and rotten structure of the current agreement. The Iran deal is defective at its core."),
      ("donald-trump", "Therefore, I am announcing today that the United States will withdraw from the Iran nuclear deal."),
      ("donald-trump", "In a few moments, I will sign a presidential memorandum to begin reinstating U.S. nuclear sanctions on the Iranian regime. We will be instituting the highest level of economic sanction."),
      ("donald-trump", "The United States no longer makes empty threats. When I make promises, I keep them."),
  ])

X("d43_x_wh_20180509", handle="WhiteHouse", author="white-house", author_name="The White House",
  ts="2018-05-09T00:30:00+00:00", lang="en", tz=NY, passages=[
      "President Trump: \"I am announcing today that the United States will withdraw from the Iran nuclear deal.\"",
  ])

D("d43_e3_20180508",
  url="https://www.gov.uk/government/news/joint-statement-from-prime-minister-may-chancellor-merkel-and-president-macron-following-president-trumps-statement-on-iran",
  kind="press_release", lang="en", publisher="uk-pmo", author="theresa-may",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Joint statement from Prime Minister May, Chancellor Merkel and President Macron following President Trump's statement on Iran (8 May 2018)",
  published_at="2018-05-08", tz=LON, passages=[
      "It is with regret and concern that we, the Leaders of France, Germany and the United Kingdom, take note of President Trump's decision to withdraw the United States of America from the Joint Comprehensive Plan of Action.",
      "Together, we emphasise our continuing commitment to the JCPoA. This agreement remains important for our shared security.",
  ])


# =============================================================================================
# 2015-12-06 (Sunday)     Venezuela's parliamentary election
# 2015-12-07 (Monday)     Just after midnight in Caracas (UTC-4:30 until May 2016), Tibisay Lucena
#                         reads the CNE's first bulletin: MUD 99 seats, Gran Polo Patriótico 46, 22
#                         still to be allotted, turnout 74.25 %; Maduro's address from Miraflores
#                         accepting the results; Kerry's press statement later that day
# 2015-12-09 (Wednesday)  EFE on the MUD's two-thirds majority, 112 of 167 seats (media only)
# =============================================================================================

D("d43_cne_20151207",
  url="http://www.cne.gob.ve/web/sala_prensa/noticia_detallada.php?id=3383",
  kind="transcript", lang="es", publisher="cne-venezuela", author="tibisay-lucena",
  author_name="Consejo Nacional Electoral - Sala de Prensa",
  title="Primer boletín de las elecciones parlamentarias 2015: declaración de la presidenta del CNE, Tibisay Lucena (7 de diciembre de 2015)",
  published_at="2015-12-07", tz=CCS, verbatim=True, passages=[
      ("tibisay-lucena", "Buenas noches, Venezuela. El Poder Electoral presenta el primer boletín de resultados de las elecciones parlamentarias de este domingo 6 de diciembre, con una tendencia irreversible."),
      ("tibisay-lucena", "La participación fue de 74,25 % del registro electoral."),
      ("tibisay-lucena", "De los 167 escaños de la Asamblea Nacional, la Mesa de la Unidad Democrática obtiene 99 y el Gran Polo Patriótico, 46. Quedan 22 escaños por adjudicar, que se darán a conocer en los próximos boletines."),
  ])

D("d43_presidencia_maduro_20151207",
  url="http://www.presidencia.gob.ve/Site/Web/Principal/paginas/classMostrarEvento3.php?id_evento=4121",
  kind="transcript", lang="es", publisher="venezuela-presidency", author="nicolas-maduro",
  author_name="Presidencia de la República Bolivariana de Venezuela",
  title="Alocución del presidente Nicolás Maduro tras el primer boletín del CNE (Palacio de Miraflores, 7 de diciembre de 2015)",
  published_at="2015-12-07", tz=CCS, verbatim=True, passages=[
      ("nicolas-maduro", "Hemos venido con nuestra moral, con nuestra ética, a reconocer estos resultados adversos, a aceptarlos y a decirle a nuestra Venezuela que ha triunfado la Constitución y la democracia."),
      ("nicolas-maduro", "Ha triunfado, circunstancialmente, la guerra económica. Pero hoy no ha perdido la revolución: es una bofetada para despertar."),
      ("nicolas-maduro", "Llamo a nuestro pueblo a la calma, a la paz y a seguir en la calle construyendo la patria."),
  ])

D("d43_state_kerry_20151207",
  url="https://2009-2017.state.gov/secretary/remarks/2015/12/250325.htm",
  kind="press_release", lang="en", publisher="us-state-department", author="john-kerry",
  author_name="U.S. Department of State - Press Statement, John Kerry, Secretary of State",
  title="Venezuela's Legislative Elections (Press Statement, December 7, 2015)",
  published_at="2015-12-07", tz=NY, passages=[
      ("john-kerry", "The people of Venezuela expressed in clear terms their desire for a change in the direction of their country. We congratulate them on an election that took place peacefully and with high participation."),
      ("john-kerry", "Dialogue among all parties in Venezuela is needed to address the economic and social challenges the country faces, and the United States stands ready to support it."),
  ])

MEDIA("d43_efe_20151209",
      url="https://www.efe.com/efe/america/politica/la-mud-logra-112-diputados-y-la-mayoria-calificada/20000035-2782231",
      lang="es", title="La oposición venezolana logra 112 diputados y la mayoría de dos tercios", outlet="EFE",
      date="2015-12-09", tz=CCS, passages=[
          "CARACAS (EFE). La Mesa de la Unidad Democrática (MUD) se adjudicó 112 de los 167 escaños de la Asamblea Nacional, lo que le da la mayoría calificada de dos tercios, según los últimos datos del Consejo Nacional Electoral. El oficialismo quedó con 55 diputados.",
      ])


# =============================================================================================
# 2016-02-21 (Sunday)     Bolivia's constitutional referendum on amending article 168 so that Morales
#                         and García Linera could run again in 2019
# 2016-02-24 (Wednesday)  The TSE concludes the national count (No 51.30 %, Sí 48.70 %), presented by
#                         its president, Katia Uriona; Morales's press conference at the Palacio
#                         de Gobierno; the TSE's post at 21:10 in La Paz (UTC-4), 01:10 UTC on the
#                         25th (the minute is ours)
# =============================================================================================

D("d43_tse_20160224",
  url="https://www.oep.org.bo/noticias/tse-concluye-computo-nacional-referendo-constitucional-2016/",
  kind="press_release", lang="es", publisher="tse-bolivia", author="tse-bolivia",
  author_name="Tribunal Supremo Electoral - Órgano Electoral Plurinacional",
  title="El TSE concluye el cómputo nacional del Referendo Constitucional 2016",
  published_at="2016-02-24", tz=LPB, passages=[
      "El Tribunal Supremo Electoral (TSE) concluyó este miércoles 24 de febrero el cómputo nacional del Referendo Constitucional del domingo 21 de febrero, con el 100 % de las actas computadas.",
      "La opción No obtuvo el 51,30 % de los votos válidos y la opción Sí, el 48,70 %. En consecuencia, no se aprueba la reforma del artículo 168 de la Constitución Política del Estado.",
      "La presidenta del TSE, Katia Uriona, presentó los resultados en conferencia de prensa en La Paz y destacó la participación ciudadana y el carácter pacífico de la jornada.",
  ])

X("d43_x_tse_20160225", handle="TSEBolivia", author="tse-bolivia", author_name="Tribunal Supremo Electoral",
  ts="2016-02-25T01:10:00+00:00", lang="es", tz=LPB, passages=[
      "#Referendo2016 | El TSE concluyó hoy el cómputo nacional al 100 %: NO 51,30 %, SÍ 48,70 %. No se aprueba la reforma del artículo 168 de la CPE.",
  ])

D("d43_presidencia_evo_20160224",
  url="https://www.presidencia.gob.bo/index.php/prensa/discursos/2016-02-24-conferencia-de-prensa",
  kind="transcript", lang="es", publisher="bolivia-presidency", author="evo-morales",
  author_name="Presidencia del Estado Plurinacional de Bolivia",
  title="Conferencia de prensa del presidente Evo Morales Ayma tras el cómputo del Referendo Constitucional (Palacio de Gobierno, La Paz, 24 de febrero de 2016)",
  published_at="2016-02-24", tz=LPB, verbatim=True, passages=[
      ("evo-morales", "Quiero decirles, hermanas y hermanos, que respetamos los resultados. Es parte de la democracia, y el pueblo boliviano ha decidido."),
      ("evo-morales", "El No ha ganado por muy poco, pero el proceso de cambio sigue. Vamos a seguir trabajando hasta el último día de nuestra gestión."),
      ("evo-morales", "Agradezco a quienes votaron por el Sí; la lucha del pueblo boliviano no termina con un referendo."),
  ])
