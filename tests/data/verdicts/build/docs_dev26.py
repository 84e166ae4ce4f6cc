"""Source documents for the twenty-sixth development set (dev26.json).

Every document here is about an event of 2005 to 2018 that neither the first set (train/dev/test)
nor dev2 to dev24 uses, so that dev26 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev25, written at the same time, keeps to events of 2019 to 2025; this set keeps to
2005 to 2018, and in the event to 2007, 2008, 2009 and 2018).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Honduran Congress's press note, a television channel's transcript of a press
conference, the State Department's statements and transcript of remarks, the White House's
statements and transcripts, the OAS's press release, the Colombian Defence Ministry's transcripts
and press release, the Chilean presidency's stenographic record of a summit session, the
campaigns' transcripts of election-night speeches, the House Clerk's record of a joint session,
the Mexican electoral institute's transcript, the candidates' own transcripts, X posts, media
articles). Nothing here is a verbatim copy of a real document: short phrases that public
reporting widely quotes are kept close to the original where a pair depends on them. It shares
only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

TGU = "America/Tegucigalpa"
SJO = "America/Costa_Rica"
BOG = "America/Bogota"
SCL = "America/Santiago"
CHI = "America/Chicago"
PHX = "America/Phoenix"


# =============================================================================================
# 2009-06-28 (Sunday)     Soldiers detain President Manuel Zelaya at dawn at his home in
#                         Tegucigalpa, on the day of his non-binding poll, and fly him to San José,
#                         Costa Rica, where he calls it a coup and denies having resigned. The
#                         National Congress reads a resignation letter dated 25 June, removes him
#                         and swears in its president, Roberto Micheletti, to finish the term that
#                         ends on 27 January 2010. Statements by Secretary Clinton and President
#                         Obama
# 2009-06-29 (Monday)     Obama with President Uribe of Colombia in the Oval Office: "the coup was
#                         not legal"
# 2009-07-04 (Saturday)   The OAS General Assembly, in special session in Washington, suspends
#                         Honduras under Article 21 of the Inter-American Democratic Charter (33
#                         votes); Insulza had been in Tegucigalpa on Friday the 3rd
# 2009-07-05 (Sunday)     Troops block the runway at Toncontín; Zelaya's plane cannot land and
#                         flies on to Managua; a protester is killed (media only)
# 2009-07-07 (Tuesday)    Clinton meets Zelaya at the State Department; Óscar Arias to mediate
# =============================================================================================

D("d26_congreso_hn_20090628",
  url="https://www.congresonacional.hn/noticias/2009/06/28/congreso-nacional-nombra-a-roberto-micheletti-bain-presidente-de-la-republica",
  kind="press_release", lang="es", publisher="congreso-nacional-honduras", author="congreso-nacional-honduras",
  author_name="Congreso Nacional de Honduras - Prensa",
  title="El Congreso Nacional separa del cargo a José Manuel Zelaya Rosales y nombra presidente a Roberto Micheletti Baín",
  published_at="2009-06-28", tz=TGU, passages=[
      "En sesión extraordinaria celebrada este domingo 28 de junio de 2009, el Congreso Nacional dio lectura a una carta de renuncia del ciudadano José Manuel Zelaya Rosales, fechada el 25 de junio, y conoció el informe de una comisión especial sobre su conducta.",
      "El pleno aprobó, por votación a mano alzada, improbar la conducta del Presidente de la República por sus reiteradas violaciones a la Constitución, a las leyes y a las resoluciones de los tribunales, separarlo del cargo y nombrar al presidente del Congreso Nacional, Roberto Micheletti Baín, para completar el período constitucional que concluye el 27 de enero de 2010.",
      "Micheletti prestó la promesa de ley ante el pleno esa misma tarde y aseguró que las elecciones generales del 29 de noviembre se celebrarán en la fecha prevista.",
  ])

D("d26_telesur_zelaya_20090628",
  url="https://www.telesurtv.net/news/2009/06/28/manuel-zelaya-desde-san-jose-transcripcion-de-su-conferencia-de-prensa",
  kind="transcript", lang="es", publisher=None, author="manuel-zelaya", author_name="teleSUR",
  title="Manuel Zelaya habla desde San José, Costa Rica, tras ser sacado de Honduras por militares (transcripción)",
  published_at="2009-06-28", tz=SJO, verbatim=True, passages=[
      ("manuel-zelaya", "Esta madrugada, un grupo de militares entró a mi casa en Tegucigalpa disparando, me sacaron en pijama, me llevaron a una base aérea y me subieron a un avión que me trajo a Costa Rica. Esto es un golpe de Estado. Es un secuestro."),
      ("reporter", "En el Congreso leyeron una carta con su renuncia, fechada el jueves. ¿Renunció usted?"),
      ("manuel-zelaya", "No. Yo no he renunciado ni he firmado ninguna carta. Esa carta es falsa. Sigo siendo el presidente constitucional de Honduras, electo por el pueblo."),
      ("reporter", "¿Va a pedir asilo en Costa Rica?"),
      ("manuel-zelaya", "No. Agradezco la hospitalidad del presidente Óscar Arias, pero no he venido a pedir asilo. Voy a regresar a Honduras a terminar mi mandato."),
  ])

D("d26_state_20090628",
  url="https://2009-2017.state.gov/secretary/20092013clinton/rm/2009a/06/125452.htm",
  kind="press_release", lang="en", publisher="us-state-department", author="hillary-clinton",
  author_name="Hillary Rodham Clinton, Secretary of State",
  title="Situation in Honduras (Press Statement, June 28, 2009)",
  published_at="2009-06-28", tz=NY, passages=[
      "The action taken against Honduran President Mel Zelaya violates the precepts of the Inter-American Democratic Charter and thus should be condemned by all.",
      "We call on all parties in Honduras to respect the constitutional order and the rule of law, to reaffirm their democratic vocation, and to commit themselves to resolve political disputes peacefully and through dialogue.",
      "Honduras must embrace the very principles of democracy we reaffirmed at the OAS meeting it hosted less than one month ago.",
  ])

D("d26_wh_20090628",
  url="https://obamawhitehouse.archives.gov/the-press-office/statement-president-situation-honduras",
  kind="press_release", lang="en", publisher="white-house", author="barack-obama",
  author_name="The White House - Office of the Press Secretary",
  title="Statement from the President on the situation in Honduras (June 28, 2009)",
  published_at="2009-06-28", tz=NY, passages=[
      ("barack-obama", "I am deeply concerned by reports coming out of Honduras regarding the detention and expulsion of President Mel Zelaya."),
      ("barack-obama", "As the Organization of American States did on Friday, I call on all political and social actors in Honduras to respect democratic norms, the rule of law and the tenets of the Inter-American Democratic Charter. Any tensions and disputes must be resolved peacefully, through dialogue free from any outside interference."),
  ])

D("d26_wh_20090629",
  url="https://obamawhitehouse.archives.gov/the-press-office/remarks-president-obama-and-president-uribe-colombia-joint-press-availability",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Remarks by President Obama and President Uribe of Colombia in Joint Press Availability (Oval Office, June 29, 2009)",
  published_at="2009-06-29", tz=NY, verbatim=True, passages=[
      ("barack-obama", "I want to welcome President Uribe back to the White House. We had a wide-ranging conversation about security, about trade and about the region."),
      ("barack-obama", "With respect to Honduras, we believe that the coup was not legal and that President Zelaya remains the President of Honduras, the democratically elected President there."),
      ("barack-obama", "It would be a terrible precedent if we start moving backwards into the era in which we are seeing military coups as a means of political transition rather than democratic elections."),
      ("alvaro-uribe", "(As interpreted.) I thank President Obama for his hospitality and for the support of the United States for the efforts of the Colombian people to achieve security."),
  ])

D("d26_oas_20090704",
  url="https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-219/09",
  kind="press_release", lang="en", publisher="oas", author="oas",
  author_name="Organization of American States - Department of Press and Communications",
  title="OAS suspends membership of Honduras",
  published_at="2009-07-04", tz=NY, passages=[
      "The General Assembly of the Organization of American States (OAS), meeting in a special session at its headquarters in Washington, D.C., decided tonight to suspend the State of Honduras from its right to participate in the Organization, by virtue of Article 21 of the Inter-American Democratic Charter.",
      "The resolution was adopted with the votes of the 33 member states present, none against, after the de facto authorities did not restore President José Manuel Zelaya Rosales to office within the 72 hours set by the Assembly on 1 July.",
      "Secretary General José Miguel Insulza, who travelled to Tegucigalpa on Friday, informed the Assembly that those who took power were not willing to reverse the breach of the constitutional order.",
      "The suspension takes effect immediately. The Assembly instructed the Secretary General to intensify all diplomatic initiatives to restore democracy and the rule of law in Honduras.",
  ])

MEDIA("d26_reuters_20090705",
      url="https://www.reuters.com/article/us-honduras-zelaya-plane-idUSTRE5640KZ20090705",
      lang="en", outlet="Reuters", date="2009-07-05", tz=TGU,
      title="Honduran troops block runway as Zelaya's plane tries to land", passages=[
          "Troops blocked the runway at Tegucigalpa's Toncontín airport on Sunday, stopping a plane carrying ousted President Manuel Zelaya from landing, and at least one protester was killed when soldiers clashed with his supporters outside the airport.",
          "After circling the capital, the plane flew on to Managua, Nicaragua.",
      ])

D("d26_state_20090707",
  url="https://2009-2017.state.gov/secretary/20092013clinton/rm/2009a/07/125741.htm",
  kind="transcript", lang="en", publisher="us-state-department", author="hillary-clinton",
  author_name="U.S. Department of State",
  title="Remarks After Meeting With Honduran President Jose Manuel Zelaya (Washington, DC, July 7, 2009)",
  published_at="2009-07-07", tz=NY, verbatim=True, passages=[
      ("hillary-clinton", "I have just concluded a productive meeting with President Zelaya. We discussed the way forward and our shared commitment to a peaceful resolution that restores the democratic and constitutional order in Honduras."),
      ("hillary-clinton", "President Óscar Arias of Costa Rica has agreed to serve as a mediator, and President Zelaya has accepted this proposal. We think this is a better path than another confrontation that could end in a loss of life."),
      ("hillary-clinton", "The United States continues to support the restoration of the democratic and constitutional order in Honduras."),
  ])


# =============================================================================================
# 2008-07-02 (Wednesday)  Operation Jaque: army intelligence, posing as a humanitarian mission,
#                         flies fifteen hostages out of the jungle of Guaviare (Íngrid Betancourt,
#                         the Americans Marc Gonsalves, Thomas Howes and Keith Stansell, and eleven
#                         members of the security forces); "César" and "Gafas" captured, no shot
#                         fired. Defence Minister Juan Manuel Santos announces it; Betancourt
#                         speaks at the Catam military airport in Bogotá; the State Department's
#                         statement
# 2008-07-04 (Friday)     The Defence Ministry denies a Swiss radio report of a US$20 million ransom
# =============================================================================================

D("d26_mindefensa_20080702",
  url="https://www.mindefensa.gov.co/noticias/2008/07/02/declaracion-del-ministro-de-defensa-juan-manuel-santos-operacion-jaque",
  kind="transcript", lang="es", publisher="mindefensa-colombia", author="juan-manuel-santos",
  author_name="Ministerio de Defensa Nacional de Colombia",
  title="Declaración del ministro de Defensa Nacional, Juan Manuel Santos, sobre la Operación Jaque (Bogotá, 2 de julio de 2008)",
  published_at="2008-07-02", tz=BOG, verbatim=True, passages=[
      ("juan-manuel-santos", "Hoy, en una operación sin precedentes de la inteligencia militar, a la que llamamos Operación Jaque, fueron rescatados sanos y salvos quince secuestrados que estaban en poder de las FARC: la excandidata presidencial Íngrid Betancourt, los ciudadanos estadounidenses Marc Gonsalves, Thomas Howes y Keith Stansell, y once miembros de la Fuerza Pública."),
      ("juan-manuel-santos", "Nuestros hombres de inteligencia lograron que los cabecillas de las FARC reunieran a los secuestrados en un solo punto, en las selvas del Guaviare, para trasladarlos en helicóptero, supuestamente en una misión humanitaria, ante su máximo jefe, alias Alfonso Cano. La misión la integraban en realidad miembros del Ejército."),
      ("juan-manuel-santos", "Los secuestrados y dos guerrilleros subieron a los helicópteros. Ya en el aire, los guerrilleros fueron reducidos: están capturados alias César, jefe del frente primero, y alias Gafas. No se disparó un solo tiro y nadie resultó herido."),
  ])

D("d26_mindefensa_catam_20080702",
  url="https://www.mindefensa.gov.co/noticias/2008/07/02/palabras-de-ingrid-betancourt-a-su-llegada-a-catam",
  kind="transcript", lang="es", publisher="mindefensa-colombia", author="ingrid-betancourt",
  author_name="Ministerio de Defensa Nacional de Colombia",
  title="Palabras de Íngrid Betancourt a su llegada al Comando Aéreo de Transporte Militar (Catam), Bogotá",
  published_at="2008-07-02", tz=BOG, verbatim=True, passages=[
      ("ingrid-betancourt", "Gracias, Dios mío. Gracias, Virgen María. Gracias a Colombia, que nunca nos olvidó."),
      ("ingrid-betancourt", "Quiero agradecer al Ejército de Colombia. Fue una operación perfecta, impecable. No hubo un solo herido."),
      ("ingrid-betancourt", "Cuando el helicóptero despegó, el jefe que durante tanto tiempo había sido tan cruel con nosotros estaba en el piso, con los ojos vendados. Y uno de los tripulantes nos dijo: «Somos el Ejército Nacional. Están en libertad»."),
      ("ingrid-betancourt", "Quiero dar las gracias al presidente Álvaro Uribe y al ministro Juan Manuel Santos, y pedirle a Colombia que no se olvide de los que siguen en la selva."),
  ])

D("d26_state_20080702",
  url="https://2001-2009.state.gov/secretary/rm/2008/07/106589.htm",
  kind="press_release", lang="en", publisher="us-state-department", author="condoleezza-rice",
  author_name="Condoleezza Rice, Secretary of State",
  title="Rescue of Hostages in Colombia (Press Statement, July 2, 2008)",
  published_at="2008-07-02", tz=NY, passages=[
      "The United States congratulates the Government of Colombia and the Colombian people on today's successful rescue of fifteen hostages held by the FARC, among them the American citizens Marc Gonsalves, Thomas Howes and Keith Stansell, held captive for more than five years, and former presidential candidate Ingrid Betancourt.",
      "The three Americans are on their way home to the United States, where they will be reunited with their families.",
      "We call on the FARC to release all remaining hostages immediately and unconditionally.",
  ])

D("d26_mindefensa_20080704",
  url="https://www.mindefensa.gov.co/noticias/2008/07/04/el-ministerio-de-defensa-desmiente-pago-por-la-liberacion-de-los-secuestrados",
  kind="press_release", lang="es", publisher="mindefensa-colombia", author="mindefensa-colombia",
  author_name="Ministerio de Defensa Nacional de Colombia",
  title="El Ministerio de Defensa desmiente que se haya pagado por la liberación de los secuestrados",
  published_at="2008-07-04", tz=BOG, passages=[
      "El Ministerio de Defensa Nacional rechaza categóricamente la información difundida este viernes por una emisora suiza, según la cual la liberación de Íngrid Betancourt y de otros catorce secuestrados habría sido producto del pago de 20 millones de dólares.",
      "Esa versión es absolutamente falsa. No se pagó un solo peso: los quince secuestrados fueron rescatados en la Operación Jaque, una operación de inteligencia militar, sin pago de ninguna clase.",
  ])


# =============================================================================================
# 2007-11-10 (Saturday)   Closing plenary of the XVII Ibero-American Summit in Santiago de Chile,
#                         chaired by President Bachelet: Chávez calls Aznar a fascist; Zapatero
#                         demands respect for a president elected by Spaniards; the King:
#                         "¿Por qué no te callas?"; Ortega attacks Unión Fenosa and the King
#                         leaves the room (media only). Chile kept summer time (UTC-3) from 14 Oct
# =============================================================================================

D("d26_cumbre_20071110",
  url="https://www.gob.cl/noticias/2007/11/10/version-estenografica-sesion-plenaria-de-clausura-xvii-cumbre-iberoamericana/",
  kind="transcript", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Gobierno de Chile - Prensa Presidencia",
  title="XVII Cumbre Iberoamericana: versión estenográfica de la sesión plenaria de clausura (Santiago de Chile, 10 de noviembre de 2007)",
  published_at="2007-11-10", tz=SCL, verbatim=True, passages=[
      ("hugo-chavez", "Yo lo he dicho y lo repito: el expresidente del Gobierno español José María Aznar es un fascista, y los fascistas no son humanos."),
      ("michelle-bachelet", "Tiene la palabra el presidente del Gobierno de España, José Luis Rodríguez Zapatero."),
      ("jose-luis-rodriguez-zapatero", "Presidente Chávez, estamos en una mesa donde hay gobiernos democráticos, que representan a sus ciudadanos. Se puede estar en las antípodas de una posición ideológica, y no seré yo quien esté cerca de las ideas de Aznar, pero el expresidente Aznar fue elegido por los españoles, y exijo, exijo ese respeto."),
      ("hugo-chavez", "(Interviene sin micrófono.)"),
      ("juan-carlos-i", "¿Por qué no te callas?"),
      ("michelle-bachelet", "Por favor, no hagamos diálogos. El presidente Rodríguez Zapatero puede terminar su intervención."),
      ("daniel-ortega", "La transnacional española Unión Fenosa tiene a mi pueblo sometido a un servicio de energía caro y deficiente, y eso también hay que decirlo en esta cumbre de Santiago."),
  ])

MEDIA("d26_elpais_20071110",
      url="https://elpais.com/internacional/2007/11/10/actualidad/1194649206_850215.html",
      lang="es", outlet="El País", date="2007-11-10", tz=SCL,
      title="El Rey a Chávez: «¿Por qué no te callas?»", passages=[
          "El Rey interrumpió este sábado al presidente venezolano, Hugo Chávez, con un «¿Por qué no te callas?» en la sesión de clausura de la Cumbre Iberoamericana de Santiago de Chile, cuando Chávez no dejaba hablar a José Luis Rodríguez Zapatero, que defendía a José María Aznar.",
          "Poco después, Don Juan Carlos abandonó la sala mientras el presidente de Nicaragua, Daniel Ortega, cargaba contra la empresa española Unión Fenosa.",
      ])


# =============================================================================================
# 2008-11-04 (Tuesday)    Election night. McCain concedes at the Arizona Biltmore in Phoenix (MST,
#                         UTC-7), having called Obama; Obama speaks in Grant Park, Chicago (CST,
#                         UTC-6; DST had ended on 2 Nov); his post at 23:26 in Chicago (05:26 UTC
#                         on the 5th)
# 2008-11-05 (Wednesday)  Bush in the Rose Garden: he called the President-elect last night
# 2009-01-08 (Thursday)   Joint session of Congress counts the electoral votes: 365 to 173
# =============================================================================================

D("d26_obama_20081104",
  url="https://www.barackobama.com/2008/11/04/remarks_of_presidentelect_bara.php",
  kind="transcript", lang="en", publisher=None, author="barack-obama", author_name="Obama for America",
  title="Remarks of President-Elect Barack Obama: Election Night (Grant Park, Chicago, Illinois, November 4, 2008)",
  published_at="2008-11-04", tz=CHI, verbatim=True, passages=[
      ("barack-obama", "Hello, Chicago. If there is anyone out there who still doubts that America is a place where all things are possible, tonight is your answer."),
      ("barack-obama", "It's been a long time coming, but tonight, because of what we did on this day in this election, change has come to America."),
      ("barack-obama", "A little bit earlier this evening, I received an extraordinarily gracious call from Senator McCain. He fought long and hard in this campaign, and he has fought even longer and harder for the country he loves."),
      ("barack-obama", "And to those Americans whose support I have yet to earn: I may not have won your vote tonight, but I hear your voices, I need your help, and I will be your president too."),
      ("barack-obama", "This election had many firsts. One story is on my mind tonight: a woman who cast her ballot in Atlanta, like millions of others who stood in line to be heard, except for one thing. Ann Nixon Cooper is 106 years old."),
      ("barack-obama", "Yes, we can."),
  ])

D("d26_mccain_20081104",
  url="https://www.johnmccain.com/informing/news/speeches/2008/11/04/remarks-arizona-biltmore",
  kind="transcript", lang="en", publisher=None, author="john-mccain", author_name="McCain-Palin 2008",
  title="Remarks by Senator John McCain on Election Night (Arizona Biltmore, Phoenix, Arizona, November 4, 2008)",
  published_at="2008-11-04", tz=PHX, verbatim=True, passages=[
      ("john-mccain", "My friends, we have come to the end of a long journey. The American people have spoken, and they have spoken clearly."),
      ("john-mccain", "A little while ago, I had the honor of calling Senator Barack Obama to congratulate him on being elected the next president of the country that we both love."),
      ("john-mccain", "Senator Obama has achieved a great thing for himself and for his country. I applaud him for it."),
      ("john-mccain", "Whatever our differences, we are fellow Americans, and I pledge to him tonight to do all in my power to help him lead us through the many challenges we face."),
  ])

X("d26_x_obama_20081104", handle="BarackObama", author="barack-obama", author_name="Barack Obama",
  ts="2008-11-05T05:26:00+00:00", lang="en", tz=CHI, passages=[
      "We just made history. All of this happened because you gave your time, talent and passion. All of this happened because of you. Thanks, Barack",
  ])

D("d26_wh_20081105",
  url="https://georgewbush-whitehouse.archives.gov/news/releases/2008/11/20081105-1.html",
  kind="transcript", lang="en", publisher="white-house", author="george-w-bush",
  author_name="The White House - Office of the Press Secretary",
  title="President Bush Discusses the Election (Rose Garden, November 5, 2008)",
  published_at="2008-11-05", tz=NY, verbatim=True, passages=[
      ("george-w-bush", "Good morning. Last night I called President-elect Obama to congratulate him, and I told him that he can count on the complete cooperation of my administration as he makes the transition to the White House."),
      ("george-w-bush", "I also spoke to Senator McCain, who ran a spirited campaign and has served our country well."),
      ("george-w-bush", "It will be a stirring sight to see President Obama, his wife Michelle and their beautiful girls step through the doors of the White House."),
  ])

D("d26_clerk_20090108",
  url="https://clerk.house.gov/floorsummary/floor.aspx?day=20090108",
  kind="press_release", lang="en", publisher="us-congress", author="us-congress",
  author_name="Office of the Clerk, U.S. House of Representatives",
  title="Joint Session of Congress to count the electoral votes (January 8, 2009)",
  published_at="2009-01-08", tz=NY, passages=[
      "The two Houses met in Joint Session in the Hall of the House to count the electoral votes for President and Vice President of the United States.",
      "The Vice President, Richard B. Cheney, announced that Barack Obama of Illinois had received 365 votes for President and John McCain of Arizona 173 votes, and that Joseph R. Biden Jr. of Delaware had received 365 votes for Vice President and Sarah Palin of Alaska 173 votes.",
  ])


# =============================================================================================
# 2018-07-01 (Sunday)     Mexico's general election. Meade concedes at the PRI's headquarters
#                         (about 20:00; Mexico City on CDT, UTC-5); Córdova gives the INE's quick
#                         count (AMLO 53.0-53.8 %) and the INE posts it (23:20, 04:20 UTC on the
#                         2nd); López Obrador speaks at the Hotel Hilton and in the Zócalo; Trump
#                         congratulates him on X (22:26 in Washington, 02:26 UTC on the 2nd)
# 2018-07-02 (Monday)     López Obrador posts on his half-hour call with Trump
# =============================================================================================

D("d26_meade_20180701",
  url="https://pri.org.mx/SomosPRI/Nuestro-Partido/Noticias/2018/07/01/mensaje-de-jose-antonio-meade-kuribrena",
  kind="transcript", lang="es", publisher=None, author="jose-antonio-meade",
  author_name="Partido Revolucionario Institucional",
  title="Mensaje de José Antonio Meade Kuribreña en la sede nacional del PRI (Ciudad de México, 1 de julio de 2018)",
  published_at="2018-07-01", tz=MX, verbatim=True, passages=[
      ("jose-antonio-meade", "Las tendencias no me favorecen. De acuerdo con la información de la que disponemos, Andrés Manuel López Obrador tendrá la mayoría."),
      ("jose-antonio-meade", "Reconozco su triunfo y le deseo el mayor de los éxitos, porque de su éxito depende, en buena medida, el éxito de México."),
  ])

D("d26_ine_20180701",
  url="https://centralelectoral.ine.mx/2018/07/01/mensaje-del-consejero-presidente-lorenzo-cordova-sobre-los-resultados-del-conteo-rapido/",
  kind="transcript", lang="es", publisher="ine-mexico", author="lorenzo-cordova",
  author_name="Instituto Nacional Electoral - Central Electoral",
  title="Mensaje del consejero presidente del INE, Lorenzo Córdova Vianello, sobre los resultados del Conteo Rápido de la elección presidencial",
  published_at="2018-07-01", tz=MX, verbatim=True, passages=[
      ("lorenzo-cordova", "Buenas noches. Informo a la ciudadanía los resultados del Conteo Rápido de la elección presidencial, elaborado por un comité técnico de especialistas a partir de una muestra de casillas seleccionada de manera aleatoria."),
      ("lorenzo-cordova", "Con un nivel de confianza del 95 por ciento, el Conteo Rápido estima que la votación se distribuye así: Andrés Manuel López Obrador, entre 53.0 y 53.8 por ciento; Ricardo Anaya Cortés, entre 22.1 y 22.8 por ciento; José Antonio Meade Kuribreña, entre 15.7 y 16.3 por ciento; Jaime Heliodoro Rodríguez Calderón, entre 5.3 y 5.5 por ciento."),
      ("lorenzo-cordova", "Se trata de estimaciones y no de resultados definitivos. Los cómputos distritales comenzarán el miércoles 4 de julio."),
  ])

X("d26_x_ine_20180701", handle="INEMexico", author="ine-mexico", author_name="INE México",
  ts="2018-07-02T04:20:00+00:00", lang="es", tz=MX, passages=[
      "#ConteoRápido | Con un nivel de confianza del 95 %, la votación para la Presidencia de la República se estima así: Andrés Manuel López Obrador, entre 53.0 % y 53.8 %; Ricardo Anaya Cortés, entre 22.1 % y 22.8 %; José Antonio Meade Kuribreña, entre 15.7 % y 16.3 %.",
  ])

D("d26_amlo_hilton_20180701",
  url="https://lopezobrador.org.mx/2018/07/01/mensaje-de-andres-manuel-lopez-obrador-en-el-hotel-hilton-tras-el-conteo-rapido/",
  kind="transcript", lang="es", publisher=None, author="andres-manuel-lopez-obrador",
  author_name="lopezobrador.org.mx",
  title="Mensaje de Andrés Manuel López Obrador en el Hotel Hilton de la Ciudad de México tras conocer el Conteo Rápido del INE",
  published_at="2018-07-01", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Agradezco a José Antonio Meade y a Ricardo Anaya que hayan reconocido el resultado de la elección."),
      ("andres-manuel-lopez-obrador", "Los cambios serán profundos, pero se darán con apego al orden legal establecido. Habrá libertad empresarial; libertad de expresión, de asociación y de creencias."),
      ("andres-manuel-lopez-obrador", "El nuevo proyecto de nación buscará establecer una auténtica democracia. No apostamos a construir una dictadura abierta ni encubierta."),
      ("andres-manuel-lopez-obrador", "Por el bien de todos, primero los pobres."),
  ])

D("d26_amlo_zocalo_20180701",
  url="https://lopezobrador.org.mx/2018/07/01/discurso-de-andres-manuel-lopez-obrador-en-el-zocalo-de-la-ciudad-de-mexico/",
  kind="transcript", lang="es", publisher=None, author="andres-manuel-lopez-obrador",
  author_name="lopezobrador.org.mx",
  title="Discurso de Andrés Manuel López Obrador en el Zócalo de la Ciudad de México, la noche de la elección",
  published_at="2018-07-01", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Gracias a todos ustedes, que hicieron posible este triunfo. Es un día histórico."),
      ("andres-manuel-lopez-obrador", "No les voy a fallar. No los voy a decepcionar. No voy a traicionar al pueblo de México."),
  ])

X("d26_x_trump_20180701", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2018-07-02T02:26:00+00:00", lang="en", tz=NY, passages=[
      "Congratulations to Andres Manuel Lopez Obrador on becoming the next President of Mexico. I look very much forward to working with him. Much can be done that will benefit both the United States and Mexico!",
  ])

X("d26_x_amlo_20180702", handle="lopezobrador_", author="andres-manuel-lopez-obrador",
  author_name="Andrés Manuel López Obrador",
  ts="2018-07-02T18:05:00+00:00", lang="es", tz=MX, passages=[
      "Hoy hablé por teléfono con el presidente Donald Trump durante media hora. Le propuse explorar un acuerdo amplio, con proyectos de desarrollo que generen empleos en México, para reducir la migración y mejorar la seguridad. Hubo respeto; nuestra relación será de amistad y cooperación.",
  ])
