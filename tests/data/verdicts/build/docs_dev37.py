"""Source documents for the thirty-seventh development set (dev37.json).

Every document here is about an event of 2019 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev36 uses, so that dev37 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev38, written at the same time, keeps to events of 2000 to 2008; this set keeps to
2019 to 2025, and in the event to 2020, 2022, 2023 and 2024, on days on which no earlier set has a
document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the IOC's joint statement and release, the Prime Minister's Office of Japan's
English transcripts, the White House's statement, the German Federal Government's and the Federal
President's English texts, the Bundestag's English news item, Paraguay's electoral tribunal's feed
item, the Paraguayan presidency's releases, the Colorado Party's transcript, X posts, the Xunta de
Galicia's results note, the Partido Popular's transcript, media articles). Nothing here is a
verbatim copy of a real document: short phrases that public reporting widely quotes are kept close
to the original where a pair depends on them. It shares only the way documents are written down
(doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

TYO = "Asia/Tokyo"
ZRH = "Europe/Zurich"
MAD = "Europe/Madrid"
BER = "Europe/Berlin"
ASU = "America/Asuncion"


# =============================================================================================
# 2020-03-24 (Tuesday)    Abe and IOC President Thomas Bach, in a telephone conference with Mori,
#                         Hashimoto and Koike, agree to postpone the Tokyo Games to a date beyond
#                         2020 but not later than summer 2021; the IOC and Tokyo 2020's joint
#                         statement; Abe's remarks to reporters at the Prime Minister's Office; the
#                         El País (media only)
# 2020-03-30 (Monday)     New dates: Olympic Games 23 July to 8 August 2021, Paralympic Games 24
#                         August to 5 September 2021
# =============================================================================================

D("d37_ioc_joint_20200324",
  url="https://www.olympic.org/news/joint-statement-from-the-international-olympic-committee-and-the-tokyo-2020-organising-committee",
  kind="press_release", lang="en", publisher="ioc", author="ioc",
  author_name="International Olympic Committee",
  title="Joint Statement from the International Olympic Committee and the Tokyo 2020 Organising Committee (24 March 2020)",
  published_at="2020-03-24", tz=ZRH, passages=[
      "The President of the International Olympic Committee (IOC), Thomas Bach, and the Prime Minister of Japan, Abe Shinzo, held a conference call this morning to discuss the constantly changing environment with regard to COVID-19 and the Olympic Games Tokyo 2020. They were joined by the President of the Tokyo 2020 Organising Committee, Mori Yoshiro; the Olympic Minister, Hashimoto Seiko; and the Governor of Tokyo, Koike Yuriko.",
      "In the present circumstances and based on the information provided by the WHO today, the IOC President and the Prime Minister of Japan have concluded that the Games of the XXXII Olympiad in Tokyo must be rescheduled to a date beyond 2020 but not later than summer 2021, to safeguard the health of the athletes, everybody involved in the Olympic Games and the international community.",
      "The leaders agreed that the Olympic Games in Tokyo could stand as a beacon of hope to the world during these troubled times and that the Olympic flame could become the light at the end of the tunnel in which the world finds itself at present. Therefore, it was agreed that the Olympic flame will stay in Japan.",
      "It was also agreed that the Games will keep the name Olympic and Paralympic Games Tokyo 2020.",
  ])

D("d37_kantei_abe_20200324",
  url="https://japan.kantei.go.jp/98_abe/statement/202003/_00024.html",
  kind="transcript", lang="en", publisher="kantei-japan", author="shinzo-abe",
  author_name="Prime Minister's Office of Japan",
  title="Remarks by the Prime Minister to the press following his teleconference with IOC President Bach (March 24, 2020)",
  published_at="2020-03-24", tz=TYO, verbatim=True, passages=[
      ("shinzo-abe", "(As interpreted.) A short while ago I held a teleconference with President Bach of the IOC. I proposed that the Games be postponed by about one year, so that the athletes can compete in the best condition and the Games can be a safe and secure event for spectators, and President Bach said he agreed 100 percent."),
      ("shinzo-abe", "(As interpreted.) We agreed that the Games will be held by the summer of 2021 at the latest. We also confirmed that there will be no cancellation."),
      ("shinzo-abe", "(As interpreted.) As the host country, I want to hold the Games in a complete form, as proof that humanity has defeated the novel coronavirus."),
      ("reporter", "Prime Minister, will the Olympic torch relay, which was to start on Thursday in Fukushima, still go ahead?"),
      ("shinzo-abe", "(As interpreted.) The details will be discussed by the Organising Committee and the IOC from now on."),
  ])

MEDIA("d37_elpais_20200324",
      url="https://elpais.com/deportes/2020-03-24/los-juegos-de-tokio-se-aplazan-hasta-2021.html",
      lang="es", title="Los Juegos de Tokio se aplazan hasta 2021", outlet="El País",
      date="2020-03-24", tz=MAD, passages=[
          "Los Juegos Olímpicos de Tokio no se celebrarán este verano. El COI y el Gobierno japonés acordaron este martes aplazarlos, como muy tarde, al verano de 2021, algo que nunca había ocurrido en tiempos de paz.",
          "La presión había crecido en los últimos días: Canadá y Australia habían anunciado que no enviarían a sus deportistas si los Juegos se mantenían en 2020.",
      ])

D("d37_ioc_dates_20200330",
  url="https://www.olympic.org/news/ioc-ipc-tokyo-2020-organising-committee-and-tokyo-metropolitan-government-announce-new-dates",
  kind="press_release", lang="en", publisher="ioc", author="ioc",
  author_name="International Olympic Committee",
  title="IOC, IPC, Tokyo 2020 Organising Committee and Tokyo Metropolitan Government announce new dates for the Olympic and Paralympic Games Tokyo 2020 (30 March 2020)",
  published_at="2020-03-30", tz=ZRH, passages=[
      "The International Olympic Committee, the International Paralympic Committee, the Tokyo 2020 Organising Committee, the Tokyo Metropolitan Government and the Government of Japan have agreed new dates for the Olympic and Paralympic Games Tokyo 2020.",
      "The Olympic Games will be held from 23 July to 8 August 2021, and the Paralympic Games from 24 August to 5 September 2021.",
  ])


# =============================================================================================
# 2022-07-08 (Friday)     Former Prime Minister Abe Shinzo is shot at about 11:30 while making a
#                         campaign speech in Nara City, two days before the House of Councillors
#                         election; Kishida's remarks in the early afternoon and, after Abe's death
#                         at 17:03 at Nara Medical University Hospital, in the evening; Biden's
#                         statement (morning in Washington); Reuters on the suspect (media only)
# =============================================================================================

D("d37_kantei_kishida_20220708a",
  url="https://japan.kantei.go.jp/101_kishida/statement/202207/_00012.html",
  kind="transcript", lang="en", publisher="kantei-japan", author="fumio-kishida",
  author_name="Prime Minister's Office of Japan",
  title="Remarks by Prime Minister Kishida on the shooting of former Prime Minister Abe (July 8, 2022, afternoon)",
  published_at="2022-07-08", tz=TYO, verbatim=True, passages=[
      ("fumio-kishida", "(As interpreted.) Former Prime Minister Abe was shot this morning while giving a speech in Nara City and is in a very serious condition. Everything possible is being done to save his life, and I am praying from the bottom of my heart."),
      ("fumio-kishida", "(As interpreted.) This is a barbaric act committed during an election campaign, which is the very foundation of democracy, and it is absolutely unforgivable. I condemn it in the strongest possible terms."),
      ("reporter", "Prime Minister, is this an attack on democracy itself? Will the campaign be suspended?"),
      ("fumio-kishida", "(As interpreted.) We must defend free and fair elections. The election on Sunday will be carried out as scheduled, and I will return to the campaign trail tomorrow."),
  ])

D("d37_kantei_kishida_20220708b",
  url="https://japan.kantei.go.jp/101_kishida/statement/202207/_00013.html",
  kind="transcript", lang="en", publisher="kantei-japan", author="fumio-kishida",
  author_name="Prime Minister's Office of Japan",
  title="Remarks by Prime Minister Kishida on the passing of former Prime Minister Abe (July 8, 2022, evening)",
  published_at="2022-07-08", tz=TYO, verbatim=True, passages=[
      ("fumio-kishida", "(As interpreted.) Former Prime Minister Abe Shinzo passed away today. I am truly at a loss for words."),
      ("fumio-kishida", "(As interpreted.) He led this country as prime minister for the longest time in our constitutional history, and he left great achievements at home and abroad. I offer my most sincere condolences."),
      ("fumio-kishida", "(As interpreted.) We will never give in to violence. We will firmly protect free and fair elections, the foundation of our democracy."),
  ])

D("d37_wh_biden_20220708",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/07/08/statement-from-president-biden-on-the-death-of-former-prime-minister-abe-shinzo-of-japan/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden",
  author_name="The White House",
  title="Statement from President Biden on the Death of Former Prime Minister Abe Shinzo of Japan (July 8, 2022)",
  published_at="2022-07-08", tz=NY, passages=[
      ("joe-biden", "I am stunned, outraged, and deeply saddened by the news that my friend Abe Shinzo, former Prime Minister of Japan, was shot and killed while campaigning."),
      ("joe-biden", "He was a champion of the friendship between our people. The alliance between Japan and the United States, and the Quad, owe a great deal to his vision."),
      ("joe-biden", "While there are many details that we do not yet know, we know that violent attacks are never acceptable and that gun violence always leaves a deep scar on the communities that are affected by it."),
  ])

MEDIA("d37_reuters_20220708",
      url="https://www.reuters.com/world/asia-pacific/japans-former-pm-abe-shot-dead-2022-07-08/",
      lang="en", title="Japan's former PM Abe shot dead while campaigning", outlet="Reuters",
      date="2022-07-08", tz=TYO, passages=[
          "NARA, Japan (Reuters) - Former Japanese Prime Minister Shinzo Abe, the country's longest-serving leader, died on Friday after being shot during a campaign speech, in an attack that stunned a nation where gun violence is rare.",
          "Police arrested a 41-year-old man, Tetsuya Yamagami, at the scene and seized what appeared to be a homemade gun. Doctors at Nara Medical University Hospital said Abe had suffered two wounds and died of massive blood loss.",
      ])


# =============================================================================================
# 2024-11-06 (Wednesday)  Scholz, at the Federal Chancellery in the evening, announces that he has
#                         asked the Federal President to dismiss Finance Minister Christian Lindner
#                         and that he will seek a vote of confidence on 15 January
# 2024-11-07 (Thursday)   Steinmeier hands Lindner his certificate of dismissal at Schloss Bellevue
#                         and appoints Jörg Kukies Finance Minister
# 2024-12-16 (Monday)     The Bundestag denies Scholz its confidence: 207 yes, 394 no, 116
#                         abstentions of 717 votes cast (367 needed); he proposes the dissolution
# 2024-12-27 (Friday)     Steinmeier dissolves the 20th Bundestag and sets the election for 23
#                         February 2025
# =============================================================================================

D("d37_breg_scholz_20241106",
  url="https://www.bundesregierung.de/breg-en/news/statement-chancellor-scholz-2318140",
  kind="transcript", lang="en", publisher="bundesregierung", author="olaf-scholz",
  author_name="The Federal Government of Germany",
  title="Statement by Federal Chancellor Olaf Scholz at the Federal Chancellery (Berlin, 6 November 2024)",
  published_at="2024-11-06", tz=BER, verbatim=True, passages=[
      ("olaf-scholz", "(As interpreted.) Good evening. I have just asked the Federal President to dismiss the Federal Minister of Finance from office. I am taking this step in order to avert damage to our country."),
      ("olaf-scholz", "(As interpreted.) Too often, he has broken my trust. Too often, legislation has been blocked for reasons of petty party tactics. There is no basis of trust for further cooperation."),
      ("olaf-scholz", "(As interpreted.) Today I once again offered a package to strengthen our economy and to keep our support for Ukraine reliable. The Federal Minister of Finance showed no willingness to implement this offer in the interest of our country."),
      ("olaf-scholz", "(As interpreted.) I will ask the German Bundestag for a vote of confidence in the first sitting week of the new year, on 15 January, so that the members of the Bundestag can decide whether to clear the way for early elections. These could then be held by the end of March at the latest."),
  ])

D("d37_bpra_20241107",
  url="https://www.bundespraesident.de/SharedDocs/Pressemitteilungen/EN/2024/11/241107-Entlassung-Ernennung-Bundesminister.html",
  kind="press_release", lang="en", publisher="bundespraesident", author="frank-walter-steinmeier",
  author_name="The Federal President - Press releases",
  title="Federal President dismisses and appoints Federal Ministers (Berlin, 7 November 2024)",
  published_at="2024-11-07", tz=BER, passages=[
      "Federal President Frank-Walter Steinmeier today handed Christian Lindner his certificate of dismissal as Federal Minister of Finance at Schloss Bellevue. At the proposal of the Federal Chancellor, he appointed Jörg Kukies as the new Federal Minister of Finance.",
      "Marco Buschmann and Bettina Stark-Watzinger were also dismissed at their own request. Volker Wissing takes over the Federal Ministry of Justice and Cem Özdemir the Federal Ministry of Education and Research, in addition to their present portfolios.",
      ("frank-walter-steinmeier", "The Federal President said: \"This is not the time for tactics and skirmishes. It is the time for reason and responsibility.\""),
  ])

D("d37_bundestag_20241216",
  url="https://www.bundestag.de/en/news/kw51-de-vertrauensfrage-1033626",
  kind="press_release", lang="en", publisher="bundestag", author="bundestag",
  author_name="German Bundestag - Text archive",
  title="Chancellor Scholz loses vote of confidence in the Bundestag (16 December 2024)",
  published_at="2024-12-16", tz=BER, passages=[
      "The German Bundestag today refused to express its confidence in Federal Chancellor Olaf Scholz. In the vote on his motion under Article 68 of the Basic Law, 207 members voted yes, 394 voted no and 116 abstained; 717 votes were cast.",
      "Scholz would have needed the votes of a majority of the 733 members of the Bundestag, that is 367 votes. Following the vote, the Chancellor proposed to Federal President Frank-Walter Steinmeier that the Bundestag be dissolved. The Federal President has 21 days to decide.",
  ])

D("d37_bpra_20241227",
  url="https://www.bundespraesident.de/SharedDocs/Pressemitteilungen/EN/2024/12/241227-Aufloesung-Bundestag.html",
  kind="press_release", lang="en", publisher="bundespraesident", author="frank-walter-steinmeier",
  author_name="The Federal President - Press releases",
  title="Federal President dissolves the 20th German Bundestag (Berlin, 27 December 2024)",
  published_at="2024-12-27", tz=BER, passages=[
      "Federal President Frank-Walter Steinmeier today dissolved the 20th German Bundestag and set 23 February 2025 as the date of the election to the 21st German Bundestag.",
      ("frank-walter-steinmeier", "The Federal President said: \"Especially in difficult times like these, stability needs a government that is able to act and a reliable majority in parliament.\""),
  ])


# =============================================================================================
# 2023-04-30 (Sunday)     Paraguay's general election: the TSJE's preliminary count (TREP) gives
#                         Santiago Peña (ANR) 42,74 %, Efraín Alegre (Concertación) 27,48 % and
#                         Paraguayo Cubas (Cruzada Nacional) 22,91 %; the TSJE's feed item (21:50 in
#                         Asunción, 01:50 UTC on 1 May); Peña's speech at the Colorado Party's
#                         headquarters and his post (21:20, 01:20 UTC on 1 May); Abdo Benítez's
#                         post (22:05, 02:05 UTC on 1 May) and the presidency's note
#                         Paraguay was at UTC-4 (winter time) in April 2023.
# 2023-08-15 (Tuesday)    Peña takes office for the 2023-2028 term
# =============================================================================================

D("d37_tsje_20230430",
  url="https://www.tsje.gov.py/noticias/leer/10841-resultados-preliminares-trep-elecciones-generales-2023.html",
  kind="press_release", lang="es", publisher="tsje-paraguay", author="tsje-paraguay",
  author_name="Tribunal Superior de Justicia Electoral - Noticias",
  title="TREP: resultados preliminares de las Elecciones Generales 2023",
  published_at="2023-05-01T01:50:00+00:00", tz=ASU, passages=[
      "Con el 99,9 % de las mesas transmitidas, la Transmisión de Resultados Electorales Preliminares (TREP) de las Elecciones Generales celebradas hoy otorga a la fórmula Santiago Peña - Pedro Alliana, de la Asociación Nacional Republicana, el 42,74 % de los votos válidos para presidente y vicepresidente de la República.",
      "Le siguen la fórmula de la Concertación, encabezada por Efraín Alegre, con el 27,48 %, y la del Partido Cruzada Nacional, encabezada por Paraguayo Cubas, con el 22,91 %. Los resultados oficiales se conocerán tras el juzgamiento de actas.",
  ])

D("d37_anr_pena_20230430",
  url="https://www.anr.org.py/discurso-santiago-pena-noche-electoral-2023",
  kind="transcript", lang="es", publisher="anr-paraguay", author="santiago-pena",
  author_name="Asociación Nacional Republicana - Partido Colorado",
  title="Discurso de Santiago Peña, presidente electo, en la sede de la ANR (Asunción, 30 de abril de 2023)",
  published_at="2023-04-30", tz=ASU, verbatim=True, passages=[
      ("santiago-pena", "Queridos compatriotas: hoy el pueblo paraguayo ha hablado en paz y en libertad, y ha elegido el camino de la unidad."),
      ("santiago-pena", "Hoy no celebramos un triunfo personal ni solo de un partido. Celebramos el triunfo de un Paraguay que quiere seguir creciendo."),
      ("santiago-pena", "Voy a ser el presidente de todos los paraguayos, de los que me votaron y de los que no me votaron. Tiendo la mano a todos los sectores para construir juntos."),
      ("participant", "¡Santi, presidente! ¡Santi, presidente!"),
  ])

X("d37_x_pena_20230430", handle="SantiPenap", author="santiago-pena", author_name="Santiago Peña",
  ts="2023-05-01T01:20:00+00:00", lang="es", tz=ASU, passages=[
      "Gracias, Paraguay. Hoy el pueblo eligió el camino de la unidad. Seré el presidente de todos los paraguayos. ¡Vamos a construir juntos el Paraguay que soñamos!",
  ])

X("d37_x_abdo_20230430", handle="MaritoAbdo", author="mario-abdo-benitez", author_name="Mario Abdo Benítez",
  ts="2023-05-01T02:05:00+00:00", lang="es", tz=ASU, passages=[
      "Felicito a Santiago Peña, presidente electo de la República, y al pueblo paraguayo por una jornada cívica ejemplar. Garantizaremos una transición ordenada y transparente.",
  ])

D("d37_presidencia_20230430",
  url="https://www.presidencia.gov.py/noticia/62110-presidente-abdo-felicito-a-santiago-pena.html",
  kind="press_release", lang="es", publisher="presidencia-paraguay", author="presidencia-paraguay",
  author_name="Presidencia de la República del Paraguay",
  title="El presidente Abdo Benítez felicitó a Santiago Peña y garantizó una transición ordenada",
  published_at="2023-04-30", tz=ASU, passages=[
      "El presidente de la República, Mario Abdo Benítez, felicitó esta noche al candidato de la Asociación Nacional Republicana, Santiago Peña, por su victoria en las elecciones generales celebradas hoy.",
      "El mandatario destacó el desarrollo pacífico de la jornada y se comprometió a garantizar una transición ordenada hasta el 15 de agosto, fecha del traspaso de mando.",
  ])

D("d37_presidencia_20230815",
  url="https://www.presidencia.gov.py/noticia/64020-santiago-pena-asumio-como-presidente-de-la-republica.html",
  kind="press_release", lang="es", publisher="presidencia-paraguay", author="presidencia-paraguay",
  author_name="Presidencia de la República del Paraguay",
  title="Santiago Peña asumió como presidente de la República para el periodo 2023-2028",
  published_at="2023-08-15", tz=ASU, passages=[
      "Santiago Peña Palacios asumió hoy como presidente de la República del Paraguay para el periodo 2023-2028, tras prestar juramento ante el Congreso Nacional, junto al vicepresidente Pedro Alliana.",
  ])


# =============================================================================================
# 2024-02-18 (Sunday)     Galician election: the PPdeG of Alfonso Rueda keeps its absolute majority
#                         with 40 of the 75 seats, BNG 25, PSdeG-PSOE 9, Democracia Ourensana 1 (the
#                         Xunta's results note); Rueda's speech at the PPdeG's headquarters in
#                         Santiago de Compostela with Feijóo; Rueda's post (23:10 in Madrid time,
#                         22:10 UTC)
# 2024-02-19 (Monday)     El País on Sumar, Podemos and Vox left without seats (media only)
# =============================================================================================

D("d37_xunta_20240218",
  url="https://www.xunta.gal/resultados-eleccions-parlamento-galicia-2024",
  kind="press_release", lang="es", publisher="xunta-galicia", author="xunta-galicia",
  author_name="Xunta de Galicia - Resultados electorales",
  title="Elecciones al Parlamento de Galicia 2024: resultados con el 100 % escrutado",
  published_at="2024-02-18", tz=MAD, passages=[
      "Con el 100 % de las mesas escrutadas en las elecciones al Parlamento de Galicia celebradas hoy, el Partido Popular de Galicia obtiene 40 de los 75 escaños, por encima de la mayoría absoluta, fijada en 38.",
      "El Bloque Nacionalista Galego obtiene 25 escaños; el PSdeG-PSOE, 9, y Democracia Ourensana, 1.",
  ])

D("d37_pp_rueda_20240218",
  url="https://www.ppdegalicia.com/noticias/intervencion-alfonso-rueda-noche-electoral-18f",
  kind="transcript", lang="es", publisher="partido-popular", author="alfonso-rueda",
  author_name="Partido Popular de Galicia",
  title="Intervención de Alfonso Rueda y Alberto Núñez Feijóo en la noche electoral (Santiago de Compostela, 18 de febrero de 2024)",
  published_at="2024-02-18", tz=MAD, verbatim=True, passages=[
      ("alberto-nunez-feijoo", "Galicia ha hablado alto y claro, y hoy tiene un presidente que ha ganado con la cabeza alta. Enhorabuena, Alfonso."),
      ("alfonso-rueda", "Muchas gracias, Galicia. Es la quinta mayoría absoluta consecutiva del Partido Popular, y la primera que llevo yo como candidato. Gracias, Alberto, por haber abierto este camino."),
      ("alfonso-rueda", "Galicia ha vuelto a elegir estabilidad frente a la incertidumbre. Y esta mayoría no es para presumir: es para trabajar desde mañana mismo."),
      ("alfonso-rueda", "Voy a gobernar para todos los gallegos, también para los que no nos han votado."),
  ])

X("d37_x_rueda_20240218", handle="alfonsorueda", author="alfonso-rueda", author_name="Alfonso Rueda",
  ts="2024-02-18T22:10:00+00:00", lang="es", tz=MAD, passages=[
      "Gracias, Galicia. Hoy los gallegos habéis vuelto a elegir estabilidad. Gobernaré para todos, también para quienes no nos votaron.",
  ])

MEDIA("d37_elpais_20240219",
      url="https://elpais.com/espana/elecciones-gallegas/2024-02-19/sumar-podemos-y-vox-se-quedan-fuera-del-parlamento-gallego.html",
      lang="es", title="Sumar, Podemos y Vox se quedan fuera del Parlamento gallego", outlet="El País",
      date="2024-02-19", tz=MAD, passages=[
          "Ni Sumar, ni Podemos, ni Vox lograron representación en las elecciones gallegas del domingo, en las que el PP revalidó su mayoría absoluta y el BNG logró el mejor resultado de su historia.",
          "El PSdeG, con nueve escaños, firmó el peor resultado de los socialistas gallegos en unas autonómicas.",
      ])
