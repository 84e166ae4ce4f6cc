"""Source documents for the thirty-eighth development set (dev38.json).

Every document here is about an event of 2000 to 2008 that neither the first set (train/dev/test)
nor dev2 to dev36 uses, so that dev38 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev37, written at the same time, keeps to events of 2019 to 2025; this set keeps to
2000 to 2008, and in the event to 2000, 2001, 2003, 2006 and 2008, on days on which no earlier set
has a document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Supreme Court's opinion, the Vice President's and the White House's transcripts and
feed items, a campaign's transcript, the House Clerk's roll-call record, the North Atlantic
Council's statement and the NATO Secretary General's, the OAS's press release, the Argentine
Congress's versión taquigráfica and the presidency's feed item, the Chilean Army's comunicados and
the Chilean government's feed item, the Spanish Interior Ministry's note, the parties' transcripts,
media articles). Nothing here is a verbatim copy of a real document: short phrases that public
reporting widely quotes are kept close to the original where a pair depends on them. It shares
only the way documents are written down (doclib.py) with the other sets. In 2000 to 2008 none of
these speakers had an X (Twitter) account; the channels are those of the time.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

CHI = "America/Chicago"
LIM = "America/Lima"
BRU = "Europe/Brussels"
BUE = "America/Argentina/Buenos_Aires"
SCL = "America/Santiago"
MAD = "Europe/Madrid"


# =============================================================================================
# 2000-12-12 (Tuesday)    About 10 p.m. in Washington (EST), the Supreme Court issues its per curiam
#                         opinion in Bush v. Gore (No. 00-949): the Florida Supreme Court's order of
#                         a recount is reversed; Justice Stevens dissents, joined by Justices
#                         Ginsburg and Breyer
# 2000-12-13 (Wednesday)  At 9 p.m. (EST) Vice President Gore concedes in a televised address from
#                         the Eisenhower Executive Office Building; the Vice President's office's
#                         feed item at 21:20 in Washington, 02:20 UTC on the 14th (the minute is
#                         ours); an hour later Governor Bush speaks from the chamber of the Texas
#                         House of Representatives in Austin (CST); AP on the 537-vote margin (media)
# =============================================================================================

D("d38_scotus_20001212",
  url="http://www.supremecourtus.gov/opinions/00pdf/00-949.pdf",
  kind="web_page", lang="en", publisher="us-supreme-court", author="us-supreme-court",
  author_name="Supreme Court of the United States",
  title="Bush v. Gore, 531 U.S. 98 (2000), No. 00-949, decided December 12, 2000 - Per Curiam",
  published_at="2000-12-12", tz=NY, passages=[
      "On December 8, 2000, the Supreme Court of Florida ordered that the Circuit Court of Leon County tabulate by hand 9,000 ballots in Miami-Dade County and that manual recounts be held in all Florida counties where so-called undervotes had not been subject to manual tabulation.",
      "Upon due consideration of the difficulties identified to this point, it is obvious that the recount cannot be conducted in compliance with the requirements of equal protection and due process without substantial additional work.",
      "Because it is evident that any recount seeking to meet the December 12 date will be unconstitutional for the reasons we have discussed, we reverse the judgment of the Supreme Court of Florida ordering a recount to proceed.",
      "The judgment of the Supreme Court of Florida is reversed, and the case is remanded for further proceedings not inconsistent with this opinion.",
      ("john-paul-stevens", "Although we may never know with complete certainty the identity of the winner of this year's Presidential election, the identity of the loser is perfectly clear. It is the Nation's confidence in the judge as an impartial guardian of the rule of law. I respectfully dissent."),
  ])

D("d38_ovp_gore_20001213",
  url="https://clintonwhitehouse5.archives.gov/WH/EOP/OVP/speeches/20001213.html",
  kind="transcript", lang="en", publisher="white-house", author="al-gore",
  author_name="Office of the Vice President",
  title="Remarks by Vice President Al Gore (Eisenhower Executive Office Building, Washington, D.C., December 13, 2000)",
  published_at="2000-12-13", tz=NY, verbatim=True, passages=[
      ("al-gore", "Good evening. Just moments ago, I spoke with George W. Bush and congratulated him on becoming the 43rd President of the United States, and I promised him that I wouldn't call him back this time."),
      ("al-gore", "I offered to meet with him as soon as possible so that we can start to heal the divisions of the campaign and the contest through which we just passed."),
      ("al-gore", "Now the U.S. Supreme Court has spoken. Let there be no doubt, while I strongly disagree with the court's decision, I accept it. I accept the finality of this outcome, which will be ratified next Monday in the Electoral College. And tonight, for the sake of our unity as a people and the strength of our democracy, I offer my concession."),
      ("al-gore", "This is America, and we put country before party. We will stand together behind our new president."),
  ])

D("d38_ovp_feed_20001213",
  url="https://clintonwhitehouse5.archives.gov/WH/EOP/OVP/news/20001213-concession.html",
  kind="press_release", lang="en", publisher="white-house", author="al-gore",
  author_name="Office of the Vice President - News",
  title="Vice President Gore concedes the presidential election",
  published_at="2000-12-14T02:20:00+00:00", tz=NY, passages=[
      "Vice President Al Gore tonight conceded the presidential election in a televised address, saying that he had called Governor George W. Bush to congratulate him and that, while he strongly disagrees with the Supreme Court's decision, he accepts it.",
  ])

D("d38_bush_austin_20001213",
  url="http://www.georgewbush.com/News/Read.aspx?ID=1213",
  kind="transcript", lang="en", publisher=None, author="george-w-bush",
  author_name="Bush-Cheney 2000 - transcript",
  title="Governor George W. Bush addresses the nation (Chamber of the Texas House of Representatives, Austin, December 13, 2000)",
  published_at="2000-12-13", tz=CHI, verbatim=True, passages=[
      ("george-w-bush", "Good evening. I appreciate so very much the opportunity to speak with you tonight. Earlier this evening, I received a gracious call from the Vice President."),
      ("george-w-bush", "Here in a place where Democrats have the majority, Republicans and Democrats have worked together to do what is right for the people we represent."),
      ("george-w-bush", "I was not elected to serve one party, but to serve one nation. The President of the United States is the President of every single American, of every race and every background."),
      ("george-w-bush", "Our nation must rise above a house divided."),
  ])

MEDIA("d38_ap_20001213",
      url="https://apnews.com/article/2000/12/13/gore-concedes-bush-presidency",
      lang="en", title="Gore concedes, ending 36-day fight for the presidency", outlet="Associated Press",
      date="2000-12-13", tz=NY, passages=[
          "WASHINGTON (AP) — Al Gore conceded the presidency to George W. Bush on Wednesday night, 36 days after the election and a day after the U.S. Supreme Court halted the recounts in Florida.",
          "Bush carried Florida, and its 25 electoral votes, by a certified margin of 537 votes out of some 6 million cast.",
      ])


# =============================================================================================
# 2001-09-11 (Tuesday)    At 8:30 p.m. (EDT) Bush addresses the nation from the Oval Office; the
#                         White House's feed item at 20:55 in Washington, 00:55 UTC on the 12th (the
#                         minute is ours). In Lima (UTC-5) the OAS General Assembly, in special
#                         session, adopts the Inter-American Democratic Charter and condemns the
#                         attacks. AP on Bush at the Emma E. Booker Elementary School in Sarasota
#                         (media only)
# 2001-09-12 (Wednesday)  The North Atlantic Council's statement on Article 5, conditional on the
#                         attack being determined to have been directed from abroad (Brussels)
# 2001-09-14 (Friday)     The House passes H.J.Res. 64, the authorization for use of military force,
#                         420 to 1; Bush at the World Trade Center site with rescue workers
# 2001-09-20 (Thursday)   Bush's address to a joint session of Congress
# 2001-10-02 (Tuesday)    Lord Robertson: it has been determined that the attack was directed from
#                         abroad, and is therefore regarded as covered by Article 5
# =============================================================================================

D("d38_wh_bush_20010911",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2001/09/20010911-16.html",
  kind="transcript", lang="en", publisher="white-house", author="george-w-bush",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by the President in His Address to the Nation (The Oval Office, September 11, 2001, 8:30 P.M. EDT)",
  published_at="2001-09-11", tz=NY, verbatim=True, passages=[
      ("george-w-bush", "Good evening. Today, our fellow citizens, our way of life, our very freedom came under attack in a series of deliberate and deadly terrorist acts."),
      ("george-w-bush", "Thousands of lives were suddenly ended by evil, despicable acts of terror. These acts shattered steel, but they cannot dent the steel of American resolve."),
      ("george-w-bush", "The search is underway for those who are behind these evil acts. I've directed the full resources of our intelligence and law enforcement communities to find those responsible and to bring them to justice. We will make no distinction between the terrorists who committed these acts and those who harbor them."),
      ("george-w-bush", "None of us will ever forget this day. Yet, we go forward to defend freedom and all that is good and just in our world. Thank you. Good night, and God bless America."),
  ])

D("d38_wh_feed_20010911",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2001/09/20010911-feed.html",
  kind="press_release", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - News Releases",
  title="President Bush addresses the nation from the Oval Office",
  published_at="2001-09-12T00:55:00+00:00", tz=NY, passages=[
      "Tonight, from the Oval Office, President Bush addressed the nation on the terrorist attacks carried out today against the United States.",
      "The President said: \"We will make no distinction between the terrorists who committed these acts and those who harbor them.\"",
  ])

D("d38_oas_20010911",
  url="http://www.oas.org/OASpage/press/2001/sp/cp-lima-carta-democratica-11sep.htm",
  kind="press_release", lang="es", publisher="oas", author="oas",
  author_name="Organización de los Estados Americanos - Comunicado de prensa",
  title="La Asamblea General de la OEA aprueba en Lima la Carta Democrática Interamericana",
  published_at="2001-09-11", tz=LIM, passages=[
      "La Asamblea General de la Organización de los Estados Americanos, reunida en Lima en su vigésimo octavo período extraordinario de sesiones, aprobó hoy la Carta Democrática Interamericana.",
      "La Carta establece que los pueblos de América tienen derecho a la democracia y sus gobiernos la obligación de promoverla y defenderla.",
      "Los cancilleres del hemisferio expresaron su más enérgica condena a los ataques terroristas perpetrados hoy contra el pueblo y el Gobierno de los Estados Unidos, y su solidaridad con las víctimas y sus familias.",
  ])

D("d38_nato_20010912",
  url="https://www.nato.int/docu/pr/2001/p01-124e.htm",
  kind="press_release", lang="en", publisher="nato", author="nato",
  author_name="NATO - Press Release (2001)124",
  title="Statement by the North Atlantic Council (12 September 2001)",
  published_at="2001-09-12", tz=BRU, passages=[
      "On 12 September, the North Atlantic Council met again in response to the appalling attacks perpetrated yesterday against the United States.",
      "The Council agreed that if it is determined that this attack was directed from abroad against the United States, it shall be regarded as an action covered by Article 5 of the Washington Treaty, which states that an armed attack against one or more of the Allies in Europe or North America shall be considered an attack against them all.",
  ])

D("d38_nato_robertson_20011002",
  url="https://www.nato.int/docu/speech/2001/s011002a.htm",
  kind="press_release", lang="en", publisher="nato", author="george-robertson",
  author_name="NATO - Statement by the Secretary General",
  title="Statement by NATO Secretary General, Lord Robertson (NATO Headquarters, Brussels, 2 October 2001)",
  published_at="2001-10-02", tz=BRU, passages=[
      ("george-robertson", "This morning, United States officials briefed the North Atlantic Council on the results of the investigation into who was responsible for the horrific terrorist attacks which took place on 11 September."),
      ("george-robertson", "On the basis of this briefing, it has now been determined that the attack against the United States on 11 September was directed from abroad and shall therefore be regarded as an action covered by Article 5 of the Washington Treaty."),
  ])

D("d38_clerk_20010914",
  url="https://clerk.house.gov/evs/2001/roll342.xml",
  kind="press_release", lang="en", publisher="us-congress", author="us-congress",
  author_name="Office of the Clerk, U.S. House of Representatives",
  title="Final Vote Results: H.J.Res. 64, On Passage (September 14, 2001)",
  published_at="2001-09-14", tz=NY, passages=[
      "Question: On Passage. Bill: H.J.Res. 64, To authorize the use of United States Armed Forces against those responsible for the recent attacks launched against the United States. Date: 14-Sep-2001.",
      "Result: Passed. Yeas 420, Nays 1.",
  ])

D("d38_wh_wtc_20010914",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2001/09/20010914-9.html",
  kind="transcript", lang="en", publisher="white-house", author="george-w-bush",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by the President to Police, Firemen and Rescue Workers (World Trade Center site, New York, New York, September 14, 2001)",
  published_at="2001-09-14", tz=NY, verbatim=True, passages=[
      ("george-w-bush", "Thank you all. I want you all to know that America today is on bended knee, in prayer for the people whose lives were lost here, for the workers who work here, for the families who mourn."),
      ("participant", "I can't hear you!"),
      ("george-w-bush", "I can hear you! I can hear you! The rest of the world hears you! And the people who knocked these buildings down will hear all of us soon!"),
      ("george-w-bush", "The nation sends its love and compassion to everybody who is here. Thank you for your hard work. Thank you for making the nation proud. And may God bless America."),
  ])

D("d38_wh_bush_20010920",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2001/09/20010920-8.html",
  kind="transcript", lang="en", publisher="white-house", author="george-w-bush",
  author_name="The White House - Office of the Press Secretary",
  title="Address to a Joint Session of Congress and the American People (United States Capitol, Washington, D.C., September 20, 2001)",
  published_at="2001-09-20", tz=NY, verbatim=True, passages=[
      ("george-w-bush", "On September the 11th, enemies of freedom committed an act of war against our country."),
      ("george-w-bush", "I'm so honored the British Prime Minister has crossed an ocean to show his unity with America. Thank you for coming, friend."),
      ("george-w-bush", "Our war on terror begins with al Qaeda, but it does not end there. It will not end until every terrorist group of global reach has been found, stopped and defeated."),
      ("george-w-bush", "Every nation, in every region, now has a decision to make. Either you are with us, or you are with the terrorists."),
      ("george-w-bush", "Tonight I announce the creation of a Cabinet-level position reporting directly to me -- the Office of Homeland Security. And tonight I also announce a distinguished American to lead this effort: Pennsylvania's Tom Ridge."),
  ])

MEDIA("d38_ap_20010911",
      url="https://apnews.com/article/2001/09/11/bush-sarasota-school-attacks",
      lang="en", title="Bush learns of attacks at Florida school", outlet="Associated Press",
      date="2001-09-11", tz=NY, passages=[
          "SARASOTA, Fla. (AP) — President Bush was listening to second-graders read at Emma E. Booker Elementary School on Tuesday morning when his chief of staff, Andrew Card, leaned over and whispered in his ear that a second plane had hit the World Trade Center.",
      ])


# =============================================================================================
# 2003-05-14 (Wednesday)  Carlos Menem withdraws from the runoff set for 18 May, and Néstor Kirchner,
#                         second in the first round of 27 April, becomes president-elect (La Nación,
#                         media only)
# 2003-05-25 (Sunday)     Kirchner sworn in as President before the Legislative Assembly in the
#                         Congress, with Daniel Scioli as Vice President; his address; the
#                         presidency's feed item at 22:15 in Buenos Aires (UTC-3), 01:15 UTC on the
#                         26th (the minute is ours)
# =============================================================================================

MEDIA("d38_lanacion_20030514",
      url="https://www.lanacion.com.ar/politica/menem-renuncio-al-ballottage-nid496514/",
      lang="es", title="Menem renunció al ballottage y Kirchner será presidente", outlet="La Nación",
      date="2003-05-14", tz=BUE, passages=[
          "Carlos Menem anunció hoy que no competirá en la segunda vuelta prevista para el domingo 18 de mayo, con lo que Néstor Kirchner, que había quedado segundo en la primera vuelta del 27 de abril, se convertirá en presidente de la Nación.",
          "Las encuestas anticipaban una amplia derrota del expresidente en el ballottage.",
      ])

D("d38_congreso_asamblea_20030525",
  url="https://www.hcdn.gob.ar/sesiones/asamblea-legislativa/2003-05-25-version-taquigrafica.html",
  kind="transcript", lang="es", publisher="congreso-argentina", author="congreso-argentina",
  author_name="Congreso de la Nación - Versión taquigráfica",
  title="Asamblea Legislativa - Reunión especial del 25 de mayo de 2003: juramento del presidente y del vicepresidente de la Nación (versión taquigráfica)",
  published_at="2003-05-25", tz=BUE, verbatim=True, passages=[
      ("moderator", "Queda abierta la sesión de la Asamblea Legislativa convocada para recibir el juramento de ley del presidente y del vicepresidente electos de la Nación, doctor Néstor Carlos Kirchner y señor Daniel Osvaldo Scioli."),
      ("moderator", "Invito al señor presidente electo de la Nación a prestar el juramento de ley."),
      ("nestor-kirchner", "Yo, Néstor Carlos Kirchner, juro por Dios, la Patria y sobre estos Santos Evangelios desempeñar con lealtad y patriotismo el cargo de presidente de la Nación y observar y hacer observar fielmente la Constitución de la Nación Argentina. Si así no lo hiciere, Dios y la Patria me lo demanden."),
      ("nestor-kirchner", "Formo parte de una generación diezmada, castigada con dolorosas ausencias."),
      ("nestor-kirchner", "Vengo a proponerles un sueño: reconstruir nuestra propia identidad como pueblo y como Nación."),
      ("nestor-kirchner", "No voy a dejar mis convicciones en la puerta de entrada de la Casa Rosada."),
  ])

D("d38_presidencia_feed_20030525",
  url="https://www.casarosada.gob.ar/informacion/archivo/2003/05/kirchner-juro-como-presidente",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Presidencia de la Nación - Noticias",
  title="Néstor Kirchner juró como presidente de la Nación",
  published_at="2003-05-26T01:15:00+00:00", tz=BUE, passages=[
      "Néstor Kirchner juró hoy como presidente de la Nación ante la Asamblea Legislativa, reunida en el Palacio del Congreso, junto al vicepresidente Daniel Scioli.",
  ])


# =============================================================================================
# 2006-12-10 (Sunday)     Augusto Pinochet dies at 14:15 at the Hospital Militar in Santiago (UTC-3,
#                         summer time), aged 91 (the Army's comunicado); the government's feed item
#                         at 21:40, 00:40 UTC on the 11th (the minute is ours): no state funeral and
#                         no national mourning, the honours of a former Commander in Chief, the
#                         Defence Minister to represent the government; the White House's statement
# 2006-12-12 (Tuesday)    Funeral at the Escuela Militar, with Defence Minister Vivianne Blanlot; the
#                         body cremated at Concón (the Army's comunicado)
# =============================================================================================

D("d38_ejercito_20061210",
  url="http://www.ejercito.cl/prensa/comunicado-20061210.php",
  kind="press_release", lang="es", publisher="ejercito-chile", author="ejercito-chile",
  author_name="Ejército de Chile - Comunicado oficial",
  title="Comunicado oficial: fallecimiento de Augusto Pinochet Ugarte",
  published_at="2006-12-10", tz=SCL, passages=[
      "El Ejército de Chile informa, con profundo pesar, el fallecimiento de su ex comandante en jefe, Augusto Pinochet Ugarte, ocurrido hoy, domingo 10 de diciembre, a las 14:15 horas, en el Hospital Militar de Santiago, a la edad de 91 años.",
      "Sus restos serán velados a partir de mañana en la Escuela Militar, donde se oficiará la misa fúnebre el martes 12 de diciembre.",
  ])

D("d38_gobierno_feed_20061210",
  url="http://www.gobiernodechile.cl/noticias/20061210-gobierno-funerales-pinochet.asp",
  kind="press_release", lang="es", publisher="segegob-chile", author="segegob-chile",
  author_name="Gobierno de Chile - Noticias",
  title="Gobierno informa que no habrá funeral de Estado ni duelo nacional",
  published_at="2006-12-11T00:40:00+00:00", tz=SCL, passages=[
      "El Gobierno informó esta noche que no habrá funeral de Estado ni duelo nacional por el fallecimiento de Augusto Pinochet Ugarte.",
      "Recibirá los honores militares que corresponden a un ex comandante en jefe del Ejército. La ministra de Defensa Nacional, Vivianne Blanlot, representará al Gobierno en las exequias.",
  ])

D("d38_wh_20061210",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2006/12/20061210-1.html",
  kind="press_release", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by Deputy Press Secretary Tony Fratto on the Death of Augusto Pinochet",
  published_at="2006-12-10", tz=NY, passages=[
      "Augusto Pinochet's dictatorship in Chile represented one of the most difficult periods in that nation's history.",
      "Our thoughts today are with the victims of his reign and their families. We commend the people of Chile for building a society based on freedom, the rule of law and respect for human rights.",
  ])

D("d38_ejercito_20061212",
  url="http://www.ejercito.cl/prensa/comunicado-20061212.php",
  kind="press_release", lang="es", publisher="ejercito-chile", author="ejercito-chile",
  author_name="Ejército de Chile - Comunicado oficial",
  title="Comunicado oficial: exequias de Augusto Pinochet Ugarte",
  published_at="2006-12-12", tz=SCL, passages=[
      "Hoy, martes 12 de diciembre, se ofició en la Escuela Militar la misa fúnebre de Augusto Pinochet Ugarte, con los honores correspondientes a un ex comandante en jefe de la institución.",
      "Asistió en representación del Gobierno la ministra de Defensa Nacional, Vivianne Blanlot.",
      "Por expresa voluntad de la familia, sus restos fueron trasladados a Concón, donde fueron cremados en el Parque del Mar.",
  ])


# =============================================================================================
# 2008-03-09 (Sunday)     Spain's general election (Madrid at UTC+1): the Interior Ministry's
#                         results (PSOE 169 seats, PP 154); Zapatero's speech at the PSOE's
#                         headquarters in Ferraz and Rajoy's at the PP's in Génova, that night
# =============================================================================================

D("d38_interior_20080309",
  url="http://www.elecciones.mir.es/generales2008/resultados-congreso-total.html",
  kind="press_release", lang="es", publisher="interior-espana", author="interior-espana",
  author_name="Ministerio del Interior - Elecciones Generales 2008",
  title="Elecciones Generales 9 de marzo de 2008: resultados provisionales al Congreso de los Diputados",
  published_at="2008-03-09", tz=MAD, passages=[
      "Con prácticamente la totalidad de los votos escrutados, el Partido Socialista Obrero Español (PSOE) obtiene 169 escaños en el Congreso de los Diputados y el Partido Popular (PP), 154.",
      "Completan la Cámara CiU con 10 escaños, PNV con 6, ERC con 3, IU con 2, CC-PNC con 2, BNG con 2, UPyD con 1 y Na-Bai con 1.",
      "La jornada electoral se ha desarrollado con normalidad en todo el territorio nacional.",
  ])

D("d38_psoe_zapatero_20080309",
  url="https://www.psoe.es/actualidad/discursos/intervencion-de-jose-luis-rodriguez-zapatero-en-ferraz-9-de-marzo-de-2008/",
  kind="transcript", lang="es", publisher="psoe", author="jose-luis-rodriguez-zapatero",
  author_name="PSOE - transcripción",
  title="Intervención de José Luis Rodríguez Zapatero tras conocer los resultados de las elecciones generales (Ferraz, Madrid, 9 de marzo de 2008)",
  published_at="2008-03-09", tz=MAD, verbatim=True, passages=[
      ("jose-luis-rodriguez-zapatero", "Buenas noches. Los ciudadanos han hablado con claridad, y quiero darles las gracias por su confianza."),
      ("jose-luis-rodriguez-zapatero", "Gobernaré pensando en todos, pero atendiendo primero a los que no tienen todo."),
      ("jose-luis-rodriguez-zapatero", "Tenderé la mano a todas las fuerzas políticas para los grandes asuntos de Estado."),
  ])

D("d38_pp_rajoy_20080309",
  url="https://www.pp.es/actualidad-noticia/intervencion-mariano-rajoy-genova-9-marzo-2008",
  kind="transcript", lang="es", publisher="partido-popular", author="mariano-rajoy",
  author_name="Partido Popular - transcripción",
  title="Intervención de Mariano Rajoy tras las elecciones generales (Génova, Madrid, 9 de marzo de 2008)",
  published_at="2008-03-09", tz=MAD, verbatim=True, passages=[
      ("mariano-rajoy", "Buenas noches. Los españoles han decidido que el Partido Socialista gobierne, y yo acepto su decisión."),
      ("mariano-rajoy", "He llamado al señor Rodríguez Zapatero para felicitarle y desearle suerte, porque su suerte será la de todos los españoles."),
  ])
