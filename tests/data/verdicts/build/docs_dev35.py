"""Source documents for the thirty-fifth development set (dev35.json).

Every document here is about an event of 2016 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev34 uses, so that dev35 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev36, written at the same time, keeps to events of 2000 to 2015; this set keeps to
2016 to 2025, and in the event to 2016, 2017, 2018 and 2019, on days on which no earlier set has a
document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Holy See Press Office's texts of a joint declaration and of an in-flight press
conference, a statement of its director, the Mexican presidency's comunicado, a campaign's written
statement, the White House's joint statement, transcripts and statement, the Venezuelan electoral
council's bulletin and post, a candidate's press conference, the Lima Group's declaration, the
Élysée's English text of an address and a joint statement of three leaders, the Peruvian
presidency's comunicado, post and message, a former president's video message, the Peruvian
judiciary's note, X posts, media articles). Nothing here is a verbatim copy of a real document:
short phrases that public reporting widely quotes are kept close to the original where a pair
depends on them. It shares only the way documents are written down (doclib.py) with the other
sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

ROME = "Europe/Rome"
SGP = "Asia/Singapore"
HAN = "Asia/Ho_Chi_Minh"
CCS = "America/Caracas"
LIM = "America/Lima"
PAR = "Europe/Paris"


# =============================================================================================
# 2016-02-12 (Friday)     Pope Francis and Patriarch Kirill of Moscow and All Russia meet at José
#                         Martí International Airport in Havana, in the presence of Raúl Castro,
#                         and sign a joint declaration of 30 points (the Holy See's Spanish text)
# 2016-02-13 (Saturday)   Peña Nieto receives the Pope at the Palacio Nacional (the Mexican
#                         presidency's comunicado)
# 2016-02-18 (Thursday)   The in-flight press conference on the way back from Ciudad Juárez (held
#                         on the evening of the 17th in Mexico, the early hours of the 18th in
#                         Rome; the Holy See's transcript is dated the 18th): a person who thinks
#                         only of building walls "no es cristiana"; on Zika, abortion "no es un mal
#                         menor" and avoiding pregnancy "no es un mal absoluto"; Trump's written
#                         statement that afternoon ("disgraceful")
# 2016-02-19 (Friday)     Father Federico Lombardi: "not a personal attack, nor an indication of
#                         how to vote"
# =============================================================================================

D("d35_hs_declaracion_20160212",
  url="https://press.vatican.va/content/salastampa/es/bollettino/pubblico/2016/02/12/declaracion-conjunta-papa-francisco-patriarca-cirilo.html",
  kind="press_release", lang="es", publisher="holy-see-press-office", author="holy-see-press-office",
  author_name="Sala de Prensa de la Santa Sede",
  title="Declaración conjunta del papa Francisco y del patriarca Cirilo de Moscú y de toda Rusia (La Habana, 12 de febrero de 2016)",
  published_at="2016-02-12", tz=ROME, passages=[
      "El papa Francisco y Su Santidad Cirilo, patriarca de Moscú y de toda Rusia, se han encontrado hoy, 12 de febrero de 2016, en el aeropuerto internacional José Martí de La Habana, en presencia del presidente de Cuba, Raúl Castro.",
      "Es el primer encuentro en la historia entre un obispo de Roma y un patriarca de la Iglesia ortodoxa rusa. Al término de una conversación privada de unas dos horas, ambos firmaron una declaración conjunta de 30 puntos.",
      "En la declaración, el Papa y el Patriarca piden a la comunidad internacional una acción urgente para proteger a los cristianos perseguidos en Oriente Medio y en el norte de África.",
  ])

D("d35_presidencia_mx_20160213",
  url="https://www.gob.mx/presidencia/prensa/el-presidente-enrique-pena-nieto-recibe-a-su-santidad-el-papa-francisco-en-palacio-nacional",
  kind="press_release", lang="es", publisher="presidencia-mexico", author="presidencia-mexico",
  author_name="Presidencia de la República - Comunicación Social",
  title="El Presidente Enrique Peña Nieto recibe a Su Santidad el Papa Francisco en Palacio Nacional",
  published_at="2016-02-13", tz=MX, passages=[
      "El Presidente de los Estados Unidos Mexicanos, Enrique Peña Nieto, recibió este sábado en Palacio Nacional a Su Santidad el Papa Francisco, en la primera visita de un pontífice a la sede del Poder Ejecutivo Federal.",
      "En el Patio de Honor, el Primer Mandatario dio la bienvenida al Santo Padre en nombre del pueblo de México y destacó los valores que comparten los mexicanos, entre ellos la solidaridad y el amor a la familia.",
      "Tras la ceremonia, el Presidente y el Papa sostuvieron un encuentro privado; posteriormente, Su Santidad se dirigió a las autoridades, a la sociedad civil y al cuerpo diplomático.",
  ])

D("d35_hs_vuelo_20160218",
  url="https://www.vatican.va/content/francesco/es/speeches/2016/february/documents/papa-francesco_20160217_messico-conferenza-stampa.html",
  kind="transcript", lang="es", publisher="holy-see", author="pope-francis",
  author_name="La Santa Sede",
  title="Conferencia de prensa del Santo Padre en el vuelo de regreso de Ciudad Juárez a Roma (18 de febrero de 2016)",
  published_at="2016-02-18", tz=ROME, verbatim=True, passages=[
      ("reporter", "Santidad, hoy ha hablado mucho de los migrantes. Del otro lado de la frontera hay una campaña electoral. Uno de los candidatos, Donald Trump, dijo que usted es un hombre político, y ha dicho que si es elegido construirá un muro a lo largo de la frontera. ¿Qué piensa usted? ¿Puede un católico votar a una persona así?"),
      ("pope-francis", "Gracias a Dios que ha dicho que soy un político, porque Aristóteles define a la persona humana como animal politicus: al menos soy una persona."),
      ("pope-francis", "Una persona que piensa solo en hacer muros, sea donde sea, y no en hacer puentes, no es cristiana. Esto no está en el Evangelio."),
      ("pope-francis", "Sobre lo que me decía, si aconsejaría votar o no votar: no me meto. Solo digo que este hombre no es cristiano si ha dicho esas cosas. Hay que ver si las ha dicho así, y en esto le doy el beneficio de la duda."),
      ("reporter", "Santo Padre, ante la epidemia del virus del Zika, algunas autoridades hablan del aborto o de evitar el embarazo. ¿El aborto puede considerarse un mal menor?"),
      ("pope-francis", "El aborto no es un mal menor. Es un crimen: es matar a uno para salvar a otro. Es un mal absoluto."),
      ("pope-francis", "En cambio, evitar el embarazo no es un mal absoluto, y en ciertos casos, como en este que he mencionado, es claro."),
  ])

D("d35_trump_20160218",
  url="https://www.donaldjtrump.com/press-releases/statement-in-response-to-the-pope",
  kind="press_release", lang="en", publisher=None, author="donald-trump",
  author_name="Donald J. Trump for President, Inc.",
  title="Statement from Donald J. Trump in response to the Pope (February 18, 2016)",
  published_at="2016-02-18", tz=NY, passages=[
      ("donald-trump", "For a religious leader to question a person's faith is disgraceful. I am proud to be a Christian, and as President I will not allow Christianity to be consistently attacked and weakened."),
      ("donald-trump", "The Mexican government and its leadership have made many disparaging remarks about me to the Pope, because they want to continue to rip off the United States."),
      ("donald-trump", "If and when the Vatican is attacked by ISIS, which as everyone knows is ISIS's ultimate trophy, I can promise you that the Pope would have only wished and prayed that Donald Trump would have been President."),
  ])

D("d35_lombardi_20160219",
  url="https://press.vatican.va/content/salastampa/es/bollettino/pubblico/2016/02/19/declaracion-del-director-de-la-sala-de-prensa.html",
  kind="press_release", lang="es", publisher="holy-see-press-office", author="federico-lombardi",
  author_name="Sala de Prensa de la Santa Sede",
  title="Declaración del director de la Sala de Prensa, P. Federico Lombardi, sobre las palabras del Santo Padre en el vuelo de regreso de México (19 de febrero de 2016)",
  published_at="2016-02-19", tz=ROME, passages=[
      ("federico-lombardi", "Lo que dijo el Papa no fue, de ninguna manera, un ataque personal ni una indicación de voto."),
      ("federico-lombardi", "El Santo Padre dejó claro que no quería intervenir en la campaña electoral de los Estados Unidos, y expresó su convicción de que hay que construir puentes y no muros, como ha hecho siempre."),
  ])


# =============================================================================================
# 2018-06-10 (Sunday)     Kim Jong Un arrives in Singapore on an Air China aircraft (Reuters,
#                         media only)
# 2018-06-12 (Tuesday)    The Singapore summit at the Capella Hotel on Sentosa Island: the joint
#                         statement (security guarantees, "complete denuclearization of the
#                         Korean Peninsula", a "lasting and stable peace regime", POW/MIA
#                         remains), the signing ("The world will see a major change") and Trump's
#                         press conference ("We will be stopping the war games"; troops "not part
#                         of the equation right now")
# 2019-02-28 (Thursday)   The Hanoi summit ends with no agreement (the press secretary's
#                         statement): the look-alike
# =============================================================================================

MEDIA("d35_reuters_20180610",
      url="https://www.reuters.com/article/us-northkorea-usa-kim-arrival/north-koreas-kim-arrives-in-singapore-for-summit-with-trump-idUSKBN1J60A7",
      lang="en", outlet="Reuters", date="2018-06-10", tz=SGP,
      title="North Korea's Kim arrives in Singapore for summit with Trump",
      passages=[
          "SINGAPORE (Reuters) - North Korean leader Kim Jong Un arrived in Singapore on Sunday aboard an Air China Boeing 747, two days before his summit with U.S. President Donald Trump, and was met by Singapore's foreign minister.",
      ])

D("d35_wh_joint_20180612",
  url="https://www.whitehouse.gov/briefings-statements/joint-statement-president-donald-j-trump-united-states-america-chairman-kim-jong-un-democratic-peoples-republic-korea-singapore-summit/",
  kind="press_release", lang="en", publisher="white-house", author="white-house",
  author_name="The White House",
  title="Joint Statement of President Donald J. Trump of the United States of America and Chairman Kim Jong Un of the Democratic People's Republic of Korea at the Singapore Summit",
  published_at="2018-06-12", tz=SGP, passages=[
      "President Donald J. Trump of the United States of America and Chairman Kim Jong Un of the State Affairs Commission of the Democratic People's Republic of Korea (DPRK) held a first, historic summit in Singapore on June 12, 2018.",
      "President Trump committed to provide security guarantees to the DPRK, and Chairman Kim Jong Un reaffirmed his firm and unwavering commitment to complete denuclearization of the Korean Peninsula.",
      "1. The United States and the DPRK commit to establish new U.S.-DPRK relations in accordance with the desire of the peoples of the two countries for peace and prosperity. 2. The United States and the DPRK will join their efforts to build a lasting and stable peace regime on the Korean Peninsula.",
      "3. Reaffirming the April 27, 2018 Panmunjom Declaration, the DPRK commits to work toward complete denuclearization of the Korean Peninsula. 4. The United States and the DPRK commit to recovering POW/MIA remains, including the immediate repatriation of those already identified.",
  ])

D("d35_wh_signing_20180612",
  url="https://www.whitehouse.gov/briefings-statements/remarks-president-trump-chairman-kim-jong-un-signing-joint-statement/",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House",
  title="Remarks by President Trump and Chairman Kim Jong Un at Signing of Joint Statement (Capella Hotel, Sentosa Island, Singapore, June 12, 2018)",
  published_at="2018-06-12", tz=SGP, verbatim=True, passages=[
      ("donald-trump", "We're signing a very important document, a pretty comprehensive document, and we've had a really great time together, a great relationship."),
      ("kim-jong-un", "(As interpreted.) We had a historic meeting and decided to leave the past behind, and we are about to sign the historic document. The world will see a major change."),
      ("donald-trump", "We're very proud of what took place today. I think our whole relationship with North Korea and the Korean Peninsula is going to be a very much different situation than it has been in the past."),
  ])

D("d35_wh_presser_20180612",
  url="https://www.whitehouse.gov/briefings-statements/press-conference-president-trump/",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House",
  title="Press Conference by President Trump (Capella Hotel, Singapore, June 12, 2018)",
  published_at="2018-06-12", tz=SGP, verbatim=True, passages=[
      ("donald-trump", "Chairman Kim reaffirmed his unwavering commitment to complete denuclearization of the Korean Peninsula. We also agreed to vigorous negotiations to implement the agreement as soon as possible."),
      ("donald-trump", "We will be stopping the war games, which will save us a tremendous amount of money, unless and until we see the future negotiation is not going along like it should. Plus, I think it's very provocative."),
      ("reporter", "Mr. President, did the two of you discuss the American troops in South Korea? Will they be coming home?"),
      ("donald-trump", "I want to get our soldiers out. I want to bring our soldiers back home. But that's not part of the equation right now. At some point I hope it will be, but not right now."),
      ("donald-trump", "The sanctions will remain in effect. We will be taking them off when we are sure that the nukes are no longer a factor."),
  ])

D("d35_wh_hanoi_20190228",
  url="https://www.whitehouse.gov/briefings-statements/statement-press-secretary-62/",
  kind="press_release", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Statement from the Press Secretary (Hanoi, February 28, 2019)",
  published_at="2019-02-28", tz=HAN, passages=[
      "President Donald J. Trump and Chairman Kim Jong Un of North Korea had a very good and constructive meeting in Hanoi, Vietnam.",
      "The leaders discussed various ways to advance denuclearization and economic driven concepts. No agreement was reached at this time, but their respective teams look forward to meeting in the future.",
  ])


# =============================================================================================
# 2018-05-20 (Sunday)     Venezuela's presidential election: Henri Falcón does not recognise the
#                         process; Tibisay Lucena's first bulletin (with 92.6 % of the tally
#                         sheets transmitted: Maduro 5,823,728 votes, 67.7 %; turnout 46.1 %) and
#                         the CNE's post (22:40 in Caracas, UTC-4; 02:40 UTC on the 21st; the
#                         minute is ours)
# 2018-05-21 (Monday)     The Lima Group's declaration: its fourteen governments do not recognise
#                         the legitimacy of the election and will call their ambassadors in
#                         Caracas for consultations
# =============================================================================================

D("d35_cne_20180520",
  url="http://www.cne.gob.ve/web/sala_prensa/noticia_detallada.php?id=3661",
  kind="transcript", lang="es", publisher="cne-venezuela", author="cne-venezuela",
  author_name="Consejo Nacional Electoral - Prensa",
  title="Primer boletín de la elección presidencial del 20 de mayo de 2018 leído por la presidenta del CNE, Tibisay Lucena",
  published_at="2018-05-20", tz=CCS, verbatim=True, passages=[
      ("tibisay-lucena", "Con el 92,6 % de las actas transmitidas, y una tendencia que se considera irreversible, el Consejo Nacional Electoral informa los siguientes resultados de la elección presidencial de este domingo 20 de mayo."),
      ("tibisay-lucena", "El candidato Nicolás Maduro Moros obtiene 5.823.728 votos, el 67,7 % de los votos válidos. Le sigue el candidato Henri Falcón."),
      ("tibisay-lucena", "La participación fue del 46,1 % del registro electoral. La jornada transcurrió en paz y con normalidad en todo el territorio nacional."),
  ])

X("d35_x_cne_20180520", handle="cne_siglo21", author="cne-venezuela", author_name="CNE",
  ts="2018-05-21T02:40:00+00:00", lang="es", tz=CCS, passages=[
      "#20May Primer boletín: con el 92,6 % de las actas transmitidas, Nicolás Maduro obtiene 5.823.728 votos y resulta electo presidente de la República para el período 2019-2025. Participación: 46,1 %.",
  ])

D("d35_falcon_20180520",
  url="https://avanzadaprogresista.org/prensa/declaracion-henri-falcon-20-de-mayo-2018",
  kind="transcript", lang="es", publisher=None, author="henri-falcon",
  author_name="Avanzada Progresista - Prensa",
  title="Declaración del candidato presidencial Henri Falcón en la noche electoral (Caracas, 20 de mayo de 2018)",
  published_at="2018-05-20", tz=CCS, verbatim=True, passages=[
      ("henri-falcon", "No reconocemos este proceso electoral como válido. Para nosotros no hubo elecciones; por lo tanto, tiene que haber nuevas elecciones en Venezuela."),
      ("henri-falcon", "Hemos registrado puntos rojos instalados junto a los centros de votación, en violación de las normas que firmó el propio Gobierno."),
      ("henri-falcon", "Nuestra lucha sigue, siempre por la vía pacífica y electoral."),
  ])

D("d35_grupolima_20180521",
  url="https://www.gob.pe/institucion/rree/noticias/declaracion-del-grupo-de-lima-21-de-mayo-de-2018",
  kind="press_release", lang="es", publisher="cancilleria-peru", author="grupo-de-lima",
  author_name="Ministerio de Relaciones Exteriores del Perú - Grupo de Lima",
  title="Declaración del Grupo de Lima sobre el proceso electoral del 20 de mayo en Venezuela",
  published_at="2018-05-21", tz=LIM, passages=[
      "Los Gobiernos de Argentina, Brasil, Canadá, Chile, Colombia, Costa Rica, Guatemala, Guyana, Honduras, México, Panamá, Paraguay, Perú y Santa Lucía no reconocen la legitimidad del proceso electoral desarrollado en la República Bolivariana de Venezuela que concluyó el 20 de mayo, por no cumplir con los estándares internacionales de un proceso democrático, libre, justo y transparente.",
      "Acuerdan reducir el nivel de sus relaciones diplomáticas con Venezuela, para lo cual llamarán a consultas a sus embajadores en Caracas y convocarán a los embajadores de Venezuela para expresar su protesta.",
  ])


# =============================================================================================
# 2017-05-31 (Wednesday)  Trump's post announcing his decision on the Paris accord for Thursday at
#                         3:00 P.M. in the Rose Garden (20:40 in Washington, 00:40 UTC on 1 Jun;
#                         the minute is ours)
# 2017-06-01 (Thursday)   Trump's statement in the Rose Garden (the United States "will withdraw",
#                         negotiations to reenter, "Pittsburgh, not Paris", 2.7 million jobs);
#                         Mayor Bill Peduto's post; the joint statement of Macron, Merkel and
#                         Gentiloni ("cannot be renegotiated"); Macron's address from the Élysée
#                         (the English part: "an actual mistake", "make our planet great again")
# =============================================================================================

X("d35_x_trump_20170531", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2017-06-01T00:40:00+00:00", lang="en", tz=NY, passages=[
      "I will be announcing my decision on Paris Accord, Thursday at 3:00 P.M. The White House Rose Garden. MAKE AMERICA GREAT AGAIN!",
  ])

D("d35_wh_rosegarden_20170601",
  url="https://www.whitehouse.gov/the-press-office/2017/06/01/statement-president-trump-paris-climate-accord",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Office of the Press Secretary",
  title="Statement by President Trump on the Paris Climate Accord (Rose Garden, June 1, 2017)",
  published_at="2017-06-01", tz=NY, verbatim=True, passages=[
      ("mike-pence", "It's my honor and privilege to introduce a President who is keeping his promises to the American people."),
      ("donald-trump", "Therefore, in order to fulfill my solemn duty to protect America and its citizens, the United States will withdraw from the Paris Climate Accord -- but begin negotiations to reenter either the Paris Accord or a really entirely new transaction on terms that are fair to the United States, its businesses, its workers, its people, its taxpayers."),
      ("donald-trump", "As of today, the United States will cease all implementation of the non-binding Paris Accord and the draconian financial and economic burdens the agreement imposes on our country. This includes ending the implementation of the nationally determined contribution and, very importantly, the Green Climate Fund."),
      ("donald-trump", "Compliance with the terms of the Paris Accord and the onerous energy restrictions it has placed on the United States could cost America as much as 2.7 million lost jobs by 2025, according to the National Economic Research Associates."),
      ("donald-trump", "China will be allowed to build hundreds of additional coal plants. So we can't build the plants, but they can, according to this agreement."),
      ("donald-trump", "I was elected to represent the citizens of Pittsburgh, not Paris."),
  ])

X("d35_x_peduto_20170601", handle="billpeduto", author="bill-peduto", author_name="Bill Peduto",
  ts="2017-06-01T20:13:00+00:00", lang="en", tz=NY, passages=[
      "As the Mayor of Pittsburgh, I can assure you that we will follow the guidelines of the Paris Agreement for our people, our economy & future.",
  ])

D("d35_joint_20170601",
  url="https://www.elysee.fr/en/emmanuel-macron/2017/06/01/joint-statement-from-france-germany-and-italy-on-the-united-states-withdrawal-from-the-paris-agreement",
  kind="press_release", lang="en", publisher="france-presidency", author="france-presidency",
  author_name="Élysée - Presidency of the French Republic",
  title="Joint statement by the President of the French Republic, the Chancellor of the Federal Republic of Germany and the President of the Council of Ministers of Italy (June 1, 2017)",
  published_at="2017-06-01", tz=PAR, passages=[
      "We, the Heads of State and Government of France, Germany and Italy, Emmanuel Macron, Angela Merkel and Paolo Gentiloni, take note with regret of the decision by the United States of America to withdraw from the universal agreement on climate change.",
      "We deem the momentum generated in Paris in December 2015 irreversible and we firmly believe that the Paris Agreement cannot be renegotiated, since it is a vital instrument for our planet, societies and economies.",
      "We are convinced that the implementation of the Paris Agreement offers substantial economic opportunities for prosperity and growth in our countries and on a global scale.",
  ])

D("d35_elysee_20170601",
  url="https://www.elysee.fr/en/emmanuel-macron/2017/06/01/address-by-the-president-of-the-republic-following-the-united-states-decision-on-the-paris-agreement",
  kind="transcript", lang="en", publisher="france-presidency", author="emmanuel-macron",
  author_name="Élysée - Presidency of the French Republic",
  title="Address by the President of the French Republic following the announcement by the United States on the Paris Agreement (Élysée Palace, June 1, 2017; English part)",
  published_at="2017-06-01", tz=PAR, verbatim=True, passages=[
      ("emmanuel-macron", "Tonight, the United States has announced its withdrawal from the Paris climate agreement. I do respect this decision, but I do think it is an actual mistake both for the US and for our planet."),
      ("emmanuel-macron", "To all scientists, engineers, entrepreneurs, responsible citizens who were disappointed by the decision of the President of the United States, I want to say that they will find in France a second homeland. I call on them: come and work here with us."),
      ("emmanuel-macron", "Wherever we live, whoever we are, we all share the same responsibility: make our planet great again."),
  ])


# =============================================================================================
# 2017-12-24 (Sunday)     President Kuczynski grants Alberto Fujimori a humanitarian pardon (the
#                         presidency's comunicado and its post, 19:45 in Lima, UTC-5; 00:45 UTC on
#                         the 25th; the minute is ours)
# 2017-12-25 (Monday)     Kuczynski's message to the nation ("la justicia no es venganza");
#                         marches in Lima against the pardon (La República, media only)
# 2017-12-26 (Tuesday)    Fujimori's video message from the clinic ("les pido perdón de todo
#                         corazón")
# 2018-10-03 (Wednesday)  Supreme Judge Hugo Núñez Julca declares the pardon without legal effect
#                         and orders Fujimori's return to prison (the judiciary's note)
# =============================================================================================

D("d35_presidencia_pe_20171224",
  url="https://www.gob.pe/institucion/presidencia/noticias/comunicado-indulto-humanitario-alberto-fujimori",
  kind="press_release", lang="es", publisher="peru-presidency", author="peru-presidency",
  author_name="Presidencia de la República del Perú",
  title="Comunicado: el presidente de la República concede indulto humanitario",
  published_at="2017-12-24", tz=LIM, passages=[
      "El presidente de la República, Pedro Pablo Kuczynski, ha decidido este domingo 24 de diciembre otorgar el indulto por razones humanitarias al señor Alberto Fujimori Fujimori.",
      "La decisión se adopta sobre la base del informe de la Junta Médica Penitenciaria, que determinó que el señor Fujimori padece una enfermedad progresiva, degenerativa e incurable, y que las condiciones de reclusión significan un grave riesgo para su vida, salud e integridad.",
      "La resolución suprema correspondiente será publicada en el diario oficial El Peruano.",
  ])

X("d35_x_presidencia_pe_20171224", handle="presidenciaperu", author="peru-presidency",
  author_name="Presidencia Perú", ts="2017-12-25T00:45:00+00:00", lang="es", tz=LIM, passages=[
      "COMUNICADO | El presidente Pedro Pablo Kuczynski otorgó hoy el indulto por razones humanitarias al señor Alberto Fujimori Fujimori, sobre la base del informe de la Junta Médica Penitenciaria.",
  ])

D("d35_ppk_20171225",
  url="https://www.gob.pe/institucion/presidencia/noticias/mensaje-a-la-nacion-del-presidente-pedro-pablo-kuczynski-25-de-diciembre-de-2017",
  kind="transcript", lang="es", publisher="peru-presidency", author="pedro-pablo-kuczynski",
  author_name="Presidencia de la República del Perú",
  title="Mensaje a la Nación del presidente de la República, Pedro Pablo Kuczynski (Lima, 25 de diciembre de 2017)",
  published_at="2017-12-25", tz=LIM, verbatim=True, passages=[
      ("pedro-pablo-kuczynski", "Compatriotas: quiero explicarles personalmente la decisión que he tomado y que sé que divide a los peruanos."),
      ("pedro-pablo-kuczynski", "Estoy convencido de que quienes nos sentimos demócratas no debemos permitir que Alberto Fujimori muera en prisión, porque la justicia no es venganza."),
      ("pedro-pablo-kuczynski", "A los jóvenes que hoy marchan les digo que los escucho, y les pido que juntos pasemos la página. Ha llegado la hora de la reconciliación."),
  ])

MEDIA("d35_larepublica_20171225",
      url="https://larepublica.pe/politica/1163031-miles-marchan-en-lima-contra-el-indulto-a-alberto-fujimori",
      lang="es", outlet="La República", date="2017-12-25", tz=LIM,
      title="Miles marchan en Lima contra el indulto a Alberto Fujimori",
      passages=[
          "Miles de personas marcharon este lunes por el centro de Lima para rechazar el indulto concedido por Pedro Pablo Kuczynski a Alberto Fujimori, con consignas contra lo que llamaron un pacto para salvar al presidente de la vacancia.",
      ])

D("d35_fujimori_20171226",
  url="https://www.facebook.com/AlbertoFujimoriFujimori/videos/mensaje-26-de-diciembre-de-2017",
  kind="transcript", lang="es", publisher=None, author="alberto-fujimori",
  author_name="Alberto Fujimori (Facebook)",
  title="Mensaje en video de Alberto Fujimori desde la clínica (26 de diciembre de 2017)",
  published_at="2017-12-26", tz=LIM, verbatim=True, passages=[
      ("alberto-fujimori", "Agradezco al presidente Pedro Pablo Kuczynski por el gesto que ha tenido conmigo."),
      ("alberto-fujimori", "Soy consciente de que los resultados de mi gobierno, por un lado, fueron bien recibidos, pero reconozco que también he defraudado a otros compatriotas. A ellos les pido perdón de todo corazón."),
      ("alberto-fujimori", "Mientras tenga vida, apoyaré decididamente el llamado a la reconciliación."),
  ])

D("d35_pj_20181003",
  url="https://www.pj.gob.pe/wps/wcm/connect/cortesuprema/s_cortes_suprema_home/as_inicio/as_enlaces_destacados/as_imagen_prensa/as_notas_noticias/2018/cs_n-juez-supremo-declara-sin-efecto-juridico-indulto-03102018",
  kind="press_release", lang="es", publisher="poder-judicial-peru", author="poder-judicial-peru",
  author_name="Poder Judicial del Perú - Imagen y Prensa",
  title="Juez supremo declara sin efectos jurídicos el indulto y ordena la captura de Alberto Fujimori",
  published_at="2018-10-03", tz=LIM, passages=[
      "El juez supremo de investigación preparatoria Hugo Núñez Julca declaró este miércoles que carece de efectos jurídicos la resolución que concedió el indulto por razones humanitarias a Alberto Fujimori Fujimori.",
      "En consecuencia, dispuso la ubicación y captura del sentenciado para su reingreso a un centro penitenciario, donde deberá seguir cumpliendo la condena de 25 años de prisión que le fue impuesta en 2009.",
  ])
