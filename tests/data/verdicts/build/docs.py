"""Source documents for the verdict test set.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (State Department readouts, gob.mx comunicados and versiones estenográficas, X posts,
White House transcripts, media articles). Nothing here is a verbatim copy of a real document.
"""

from __future__ import annotations

from doclib import MX, NY, SPOX, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, MEDIA, TRUTH = _LIBRARY.D, _LIBRARY.X, _LIBRARY.MEDIA, _LIBRARY.TRUTH


# =============================================================================================
# 2025-02-01/03  Tariffs on Mexico and Canada; Sheinbaum-Trump call; Trudeau-Trump call
# =============================================================================================

D("wh_factsheet_20250201",
  url="https://www.whitehouse.gov/fact-sheets/2025/02/fact-sheet-president-donald-j-trump-imposes-tariffs-on-imports-from-canada-mexico-and-china/",
  kind="press_release", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Fact Sheet: President Donald J. Trump Imposes Tariffs on Imports from Canada, Mexico and China",
  published_at="2025-02-01", tz=NY, passages=[
      "Today, President Donald J. Trump is implementing a 25% additional tariff on imports from Canada and Mexico and a 10% additional tariff on imports from China. Energy resources from Canada will have a lower 10% tariff.",
      "The extraordinary threat posed by illegal aliens and drugs, including deadly fentanyl, constitutes a national emergency under the International Emergency Economic Powers Act (IEEPA).",
      "Mexican drug trafficking organizations are the world's foremost traffickers of fentanyl, methamphetamine, and other illicit drugs, and they have an intolerable alliance with the government of Mexico.",
  ])

X("x_sheinbaum_20250201", handle="Claudiashein", author="claudia-sheinbaum", author_name="Claudia Sheinbaum Pardo",
  ts="2025-02-02T02:14:00+00:00", lang="es", tz=MX, passages=[
      "Rechazamos categóricamente la calumnia que hace la Casa Blanca al Gobierno de México de tener alianzas con organizaciones criminales, así como cualquier intención injerencista en nuestro territorio.",
      "Si en algún lugar existe tal alianza es en las armerías de los Estados Unidos que venden armas de alto poder a estos grupos criminales.",
      "He instruido al secretario de Economía para que implemente el plan B que hemos venido trabajando, que incluye medidas arancelarias y no arancelarias en defensa de los intereses de México.",
  ])

X("x_trudeau_20250201", handle="JustinTrudeau", author="justin-trudeau", author_name="Justin Trudeau",
  ts="2025-02-02T01:05:00+00:00", lang="en", tz="America/Toronto", passages=[
      "Tonight, I'm announcing that Canada will be responding to the U.S. trade action with 25% tariffs against $155 billion worth of American goods.",
      "This will include immediate tariffs on $30 billion worth of goods as of Tuesday, followed by further tariffs on $125 billion of American products in 21 days' time, to allow Canadian companies and supply chains to seek alternatives.",
  ])

X("x_sheinbaum_20250203", handle="Claudiashein", author="claudia-sheinbaum", author_name="Claudia Sheinbaum Pardo",
  ts="2025-02-03T16:29:00+00:00", lang="es", tz=MX, passages=[
      "Tuvimos una buena conversación con el presidente Trump con mucho respeto a nuestra relación y la soberanía.",
      "Llegamos a una serie de acuerdos:",
      "1. México reforzará la frontera norte con 10 mil elementos de la Guardia Nacional de forma inmediata, para evitar el tráfico de drogas de México a Estados Unidos, en particular el fentanilo.",
      "2. Estados Unidos se compromete a trabajar para evitar el tráfico de armas de alto poder a México.",
      "3. Nuestros equipos empezarán a trabajar desde hoy en dos vertientes: seguridad y comercio.",
      "4. Se pausan los aranceles por un mes a partir de ahora.",
  ])

TRUTH("truth_trump_20250203", ts="2025-02-03T17:04:00+00:00", passages=[
    "I just spoke with President Claudia Sheinbaum of Mexico. It was a very friendly conversation wherein she agreed to immediately supply 10,000 Mexican Soldiers on the Border separating Mexico and the United States. These soldiers will be specifically designated to stop the flow of fentanyl, and illegal migrants into our Country.",
    "We further agreed to immediately pause the anticipated tariffs for a one month period during which we will have negotiations headed by Secretary of State Marco Rubio, Secretary of Treasury Scott Bessent, and Secretary of Commerce Howard Lutnick, and high-level Representatives of Mexico.",
    "I look forward to participating in those negotiations, with President Sheinbaum, as we try to achieve a \"deal\" between our two Countries.",
])

D("mananera_20250203",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-de-la-presidenta-claudia-sheinbaum-pardo-del-3-de-febrero-de-2025",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo del 3 de febrero de 2025",
  published_at="2025-02-03", tz=MX, verbatim=True, passages=[
      ("claudia-sheinbaum", "Buenos días. Les informo que esta mañana tuvimos una conversación con el presidente Donald Trump. Fue una buena conversación, con mucho respeto a nuestra relación y a la soberanía."),
      ("claudia-sheinbaum", "Acordamos que México va a reforzar la frontera norte con 10 mil elementos de la Guardia Nacional, de manera inmediata, para evitar el tráfico de fentanilo hacia Estados Unidos. Y Estados Unidos se compromete a trabajar para evitar el tráfico de armas de alto poder hacia México."),
      ("claudia-sheinbaum", "Se pausan los aranceles por un mes a partir de ahora. Nuestros equipos van a empezar a trabajar hoy mismo en dos mesas: seguridad y comercio."),
      ("reporter", "Presidenta, hay quien dice que México cedió ante la presión de Trump. ¿Qué les responde?"),
      ("claudia-sheinbaum", "No. Fue un acuerdo entre dos gobiernos, con respeto. Nosotros planteamos lo que México ya estaba haciendo y lo que vamos a reforzar, y también pedimos que ellos hagan su parte con las armas."),
  ])

MEDIA("reuters_20250203",
      url="https://www.reuters.com/world/americas/trump-pauses-tariffs-mexico-one-month-after-call-with-sheinbaum-2025-02-03/",
      lang="en", outlet="Reuters", date="2025-02-03", tz=NY,
      title="Trump pauses tariffs on Mexico for a month after call with Sheinbaum", passages=[
          "MEXICO CITY, Feb 3 (Reuters) - U.S. President Donald Trump agreed on Monday to pause planned tariffs on Mexico for one month after Mexican President Claudia Sheinbaum said she would send 10,000 National Guard troops to the border to curb drug trafficking.",
          "Sheinbaum said on X that the two leaders had a good conversation and that Washington committed to work to stop the flow of high-powered weapons into Mexico.",
      ])

MEDIA("efe_20250203",
      url="https://efe.com/mundo/2025-02-03/mexico-eeuu-pausa-aranceles-llamada-sheinbaum-trump/",
      lang="es", outlet="EFE", date="2025-02-03", tz=MX,
      title="México y EE.UU. pactan pausa de un mes en aranceles tras llamada Sheinbaum-Trump", passages=[
          "CIUDAD DE MÉXICO, 3 feb (EFE).- La presidenta de México, Claudia Sheinbaum, anunció este lunes que Estados Unidos pausará durante un mes los aranceles del 25 % a las importaciones mexicanas, tras una conversación telefónica con el mandatario estadounidense, Donald Trump.",
          "Según la mandataria, México reforzará de inmediato la frontera norte con 10.000 elementos de la Guardia Nacional.",
      ])

X("x_trudeau_20250203", handle="JustinTrudeau", author="justin-trudeau", author_name="Justin Trudeau",
  ts="2025-02-03T23:58:00+00:00", lang="en", tz="America/Toronto", passages=[
      "I just had a good call with President Trump. Canada is implementing our $1.3 billion border plan — reinforcing the border with new choppers, technology and personnel, enhanced coordination with our American partners, and increased resources to stop the flow of fentanyl.",
      "Nearly 10,000 frontline personnel are and will be working on protecting the border.",
      "Proposed tariffs will be paused for at least 30 days while we work together.",
  ])

# =============================================================================================
# 2025-03-06  USMCA exemption call
# =============================================================================================

TRUTH("truth_trump_20250306", ts="2025-03-06T17:37:00+00:00", passages=[
    "After speaking with President Claudia Sheinbaum of Mexico, I have agreed that Mexico will not be required to pay Tariffs on anything that falls under the USMCA Agreement. This agreement is until April 2nd.",
    "I did this as an accommodation, and out of respect for, President Sheinbaum. Our relationship has been a very good one, and we are working hard, together, on the Border, both in terms of stopping Illegal Aliens from entering the United States and, likewise, stopping Fentanyl.",
    "Thank you to President Sheinbaum for your hard work and cooperation!",
])

X("x_sheinbaum_20250306", handle="Claudiashein", author="claudia-sheinbaum", author_name="Claudia Sheinbaum Pardo",
  ts="2025-03-06T18:20:00+00:00", lang="es", tz=MX, passages=[
      "Tuvimos una excelente y respetuosa llamada con el presidente Trump, en la que acordamos que los productos que están dentro del Tratado de Libre Comercio (T-MEC) no tendrán aranceles hasta el 2 de abril.",
      "Continuaremos trabajando juntos, en particular en migración y seguridad, para reducir el cruce ilegal de fentanilo de México a Estados Unidos, así como de armas hacia México.",
      "Agradezco al presidente Trump su respeto a México.",
  ])

MEDIA("eluniversal_20250306",
      url="https://www.eluniversal.com.mx/nacion/trump-exenta-productos-del-t-mec-de-aranceles-hasta-el-2-de-abril-tras-llamada-con-sheinbaum/",
      lang="es", outlet="El Universal", date="2025-03-06", tz=MX,
      title="Trump exenta de aranceles a productos del T-MEC hasta el 2 de abril tras llamada con Sheinbaum", passages=[
          "El presidente de Estados Unidos, Donald Trump, anunció este jueves que los productos mexicanos que cumplen con el T-MEC no pagarán aranceles hasta el 2 de abril, luego de conversar por teléfono con la presidenta Claudia Sheinbaum.",
          "Trump dijo en su red Truth Social que la medida es una deferencia hacia la mandataria mexicana.",
      ])

# =============================================================================================
# 2025-07-12 / 07-31  30% letter; 90-day extension
# =============================================================================================

TRUTH("truth_trump_20250712", ts="2025-07-12T15:20:00+00:00",
      title="Donald J. Trump (@realDonaldTrump) on Truth Social: letter to President Claudia Sheinbaum Pardo", passages=[
          "Dear Madam President: Mexico has been helping me secure the border, BUT, what Mexico has done, is not enough.",
          "Starting August 1, 2025, we will charge Mexico a Tariff of 30% on Mexican products sent into the United States, separate from all Sectoral Tariffs.",
      ])

X("x_sheinbaum_20250731", handle="Claudiashein", author="claudia-sheinbaum", author_name="Claudia Sheinbaum Pardo",
  ts="2025-07-31T15:52:00+00:00", lang="es", tz=MX, passages=[
      "Esta mañana tuvimos una muy buena llamada con el presidente de Estados Unidos, Donald Trump. Evitamos el aumento de aranceles anunciado para mañana y logramos 90 días para construir un acuerdo de largo plazo a partir del diálogo.",
      "Me acompañaron Juan Ramón de la Fuente, secretario de Relaciones Exteriores; Marcelo Ebrard, secretario de Economía, y Roberto Velasco, subsecretario para América del Norte.",
  ])

TRUTH("truth_trump_20250731", ts="2025-07-31T16:40:00+00:00", passages=[
    "The Phone Call with the President of Mexico was a very successful one in that, more and more, we are getting to know and understand each other.",
    "The complexities of a Deal with Mexico are somewhat different than other Nations because of both the problems and assets of the Border.",
    "We have agreed to extend, for a 90 Day period, the exact same Deal as we had over the last short period of time, namely, that Mexico will continue to pay a 25% Fentanyl Tariff, 25% Tariff on Cars, and 50% Tariff on Steel, Aluminum, and Copper.",
    "Additionally, Mexico has agreed to immediately terminate its Non Tariff Trade Barriers, of which there were many. We will be talking to Mexico over the next 90 Days with the goal of signing a Trade Deal within the 90 Day period of time, or longer.",
])

MEDIA("ap_20250731",
      url="https://apnews.com/article/mexico-tariffs-trump-sheinbaum-90-days-extension",
      lang="en", outlet="The Associated Press", date="2025-07-31", tz=NY,
      title="Trump gives Mexico 90 more days to negotiate before raising tariffs", passages=[
          "MEXICO CITY (AP) — President Donald Trump said Thursday he would give Mexico 90 more days to negotiate a trade deal, after a phone call with Mexican President Claudia Sheinbaum a day before a 30% tariff was due to take effect.",
          "Sheinbaum said on social media that the call had been very good and that Mexico avoided the increase announced for Friday.",
      ])

# =============================================================================================
# 2024-11-27/28  Sheinbaum-Trump call on migration ("closing the border")
# =============================================================================================

X("x_sheinbaum_20241127a", handle="Claudiashein", author="claudia-sheinbaum", author_name="Claudia Sheinbaum Pardo",
  ts="2024-11-27T21:45:00+00:00", lang="es", tz=MX, passages=[
      "Tuve una excelente conversación con el presidente Donald Trump. Hablamos de la estrategia de México ante el fenómeno migratorio y le compartí que las caravanas no están llegando a la frontera norte porque están siendo atendidas en México.",
      "Conversamos también sobre reforzar la colaboración en temas de seguridad, en el marco de nuestra soberanía, y sobre la campaña que estamos haciendo en el país para prevenir el consumo de fentanilo.",
  ])

TRUTH("truth_trump_20241127", ts="2024-11-27T22:12:00+00:00", passages=[
    "Just had a wonderful conversation with the new President of Mexico, Claudia Sheinbaum Pardo. She has agreed to stop Migration through Mexico, and into the United States, effectively closing our Southern Border.",
    "We also talked about what can be done to stop the massive Drug inflow into the United States, and also, U.S. consumption of these drugs. It was a very productive conversation!",
])

X("x_sheinbaum_20241127b", handle="Claudiashein", author="claudia-sheinbaum", author_name="Claudia Sheinbaum Pardo",
  ts="2024-11-28", utc_only=True, lang="es", tz=MX, passages=[
      "En nuestra conversación con el presidente Trump, le expuse la estrategia integral que ha seguido México para atender el fenómeno migratorio, respetando los derechos humanos. Gracias a ello se atiende a las personas migrantes y a las caravanas antes de que lleguen a la frontera.",
      "Reiteramos que la postura de México no es cerrar fronteras sino tender puentes entre gobiernos y entre pueblos.",
  ])

D("mananera_20241128",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-de-la-presidenta-claudia-sheinbaum-pardo-del-28-de-noviembre-de-2024",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo del 28 de noviembre de 2024",
  published_at="2024-11-28", tz=MX, verbatim=True, passages=[
      ("reporter", "Presidenta, el presidente electo Trump escribió que usted aceptó cerrar la frontera. ¿Es así?"),
      ("claudia-sheinbaum", "No. En ningún momento planteamos cerrar la frontera. Lo que le expliqué es que México atiende a las personas migrantes y a las caravanas antes de que lleguen a la frontera norte. La posición de México no es cerrar fronteras, es tender puentes entre gobiernos y entre pueblos."),
      ("reporter", "¿Hablaron de los aranceles del 25 por ciento?"),
      ("claudia-sheinbaum", "No hablamos de aranceles. Fue una conversación muy cordial y quedamos en seguir dialogando."),
  ])

# =============================================================================================
# 2025-01-20  De la Fuente on "Quédate en México"; 2025-01-07/08 Gulf of America
# =============================================================================================

D("mananera_20250120",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-de-la-presidenta-claudia-sheinbaum-pardo-del-20-de-enero-de-2025",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo del 20 de enero de 2025",
  published_at="2025-01-20", tz=MX, verbatim=True, passages=[
      ("reporter", "Canciller, si se reinstala el programa Quédate en México, ¿México lo va a aceptar?"),
      ("juan-ramon-de-la-fuente", "El presidente López Obrador no estuvo de acuerdo, y si lo vuelven a instrumentar, la indicación que nos ha dado la presidenta es enfatizar que esta es una decisión unilateral que toman ellos. Sí lo pueden hacer, está en su derecho; nosotros no necesariamente lo compartimos, de hecho, no lo compartimos."),
      ("juan-ramon-de-la-fuente", "Tenemos un enfoque distinto, pero vamos encontrando los mecanismos de ajuste."),
      ("claudia-sheinbaum", "Y a las y los mexicanos que regresen los vamos a recibir con los brazos abiertos, con el programa México te abraza."),
  ])

D("factbase_20250107",
  url="https://rollcall.com/factbase/trump/transcript/donald-trump-press-conference-mar-a-lago-january-7-2025/",
  kind="transcript", lang="en", publisher=None, author="donald-trump", author_name="Roll Call Factba.se",
  title="Press Conference: Donald Trump Holds a Press Conference at Mar-a-Lago - January 7, 2025",
  published_at="2025-01-07", tz=NY, verbatim=True, passages=[
      ("donald-trump", "We're going to be changing the name of the Gulf of Mexico to the Gulf of America, which has a beautiful ring. That covers a lot of territory. The Gulf of America. What a beautiful name. And it's appropriate."),
      ("reporter", "Can you assure the world that as you try to get control of Greenland and the Panama Canal, you won't use military or economic coercion?"),
      ("donald-trump", "No, I can't assure you on either of those two. But I can say this: we need them for economic security."),
  ])

D("mananera_20250108",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-de-la-presidenta-claudia-sheinbaum-pardo-del-8-de-enero-de-2025",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo del 8 de enero de 2025",
  published_at="2025-01-08", tz=MX, verbatim=True, passages=[
      ("reporter", "Presidenta, ayer el presidente electo dijo que va a cambiar el nombre del golfo de México por golfo de América."),
      ("claudia-sheinbaum", "Les voy a mostrar un mapa de 1607. Aquí Norteamérica aparece como América Mexicana. ¿Por qué no le llamamos América Mexicana? Se oye bonito, ¿no?"),
      ("claudia-sheinbaum", "Para nosotros y para todo el mundo sigue siendo el golfo de México."),
  ])

# =============================================================================================
# 2025-02-27 and 2025-08-12  Transfers of prisoners to the United States
# =============================================================================================

D("gabinete_20250227",
  url="https://www.gob.mx/sspc/prensa/el-gabinete-de-seguridad-informa-el-envio-de-29-personas-privadas-de-la-libertad-a-estados-unidos",
  kind="press_release", lang="es", publisher="gabinete-seguridad-mx", author="gabinete-seguridad-mx", author_name="Gabinete de Seguridad",
  title="El Gabinete de Seguridad informa el envío de 29 personas privadas de la libertad a Estados Unidos",
  published_at="2025-02-27", tz=MX, passages=[
      "El Gobierno de México, a través de la Fiscalía General de la República y de la Secretaría de Seguridad y Protección Ciudadana, informa que este jueves fueron enviadas a los Estados Unidos de América 29 personas privadas de la libertad que se encontraban en diversos centros penitenciarios del país, vinculadas a organizaciones delictivas dedicadas al tráfico de drogas.",
      "La acción se realizó con fundamento en la Ley de Seguridad Nacional, en el marco de la cooperación bilateral y con pleno respeto a la soberanía.",
      "Entre las personas enviadas se encuentran Rafael Caro Quintero, Miguel Ángel Treviño Morales y Omar Treviño Morales.",
  ])

D("doj_20250227",
  url="https://www.justice.gov/opa/pr/mexico-transfers-29-defendants-united-states",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj", author_name="Office of Public Affairs, U.S. Department of Justice",
  title="29 Defendants, Including Rafael Caro Quintero, Transferred from Mexico to the United States",
  published_at="2025-02-27", tz=NY, passages=[
      "Today, 29 defendants facing charges in federal courts across the country were transferred from Mexico to the United States.",
      "Among them is Rafael Caro Quintero, a founder of the Guadalajara Cartel charged in connection with the 1985 kidnapping and murder of DEA Special Agent Enrique \"Kiki\" Camarena.",
      "The defendants also include Miguel Angel Treviño Morales and Omar Treviño Morales, former leaders of Los Zetas and the Cartel del Noreste.",
  ])

MEDIA("milenio_20250227",
      url="https://www.milenio.com/policia/mexico-envia-a-eu-a-29-narcotraficantes-entre-ellos-caro-quintero",
      lang="es", outlet="Milenio", date="2025-02-27", tz=MX,
      title="México envía a EU a 29 narcotraficantes, entre ellos Caro Quintero", passages=[
          "El gobierno de México envió este jueves a Estados Unidos a 29 personas ligadas al narcotráfico, entre ellas Rafael Caro Quintero, informaron la FGR y la SSPC.",
      ])

D("gabinete_20250812",
  url="https://www.gob.mx/sspc/prensa/el-gabinete-de-seguridad-informa-el-traslado-de-26-personas-a-estados-unidos",
  kind="press_release", lang="es", publisher="gabinete-seguridad-mx", author="gabinete-seguridad-mx", author_name="Gabinete de Seguridad",
  title="El Gabinete de Seguridad informa el traslado de 26 personas privadas de la libertad a Estados Unidos",
  published_at="2025-08-12", tz=MX, passages=[
      "La Fiscalía General de la República y la Secretaría de Seguridad y Protección Ciudadana informan que este martes fueron trasladadas a los Estados Unidos de América 26 personas privadas de la libertad, vinculadas a organizaciones criminales, que representaban un riesgo para la seguridad de México.",
      "El traslado se realizó a solicitud del Departamento de Justicia de los Estados Unidos, que se comprometió a no solicitar la pena de muerte para ninguna de ellas.",
  ])

X("x_harfuch_20250812", handle="OHarfuch", author="omar-garcia-harfuch", author_name="Omar García Harfuch",
  ts="2025-08-12T21:30:00+00:00", lang="es", tz=MX, passages=[
      "Hoy, el Gabinete de Seguridad, en coordinación bilateral y con pleno respeto a nuestra soberanía, trasladó a Estados Unidos a 26 personas vinculadas a organizaciones criminales que representaban un riesgo para la seguridad de México.",
      "La acción se realizó con estricto apego a la Ley de Seguridad Nacional y a solicitud del Departamento de Justicia, que se comprometió a no solicitar la pena de muerte.",
  ])

D("doj_20250812",
  url="https://www.justice.gov/opa/pr/26-defendants-transferred-mexico-united-states",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj", author_name="Office of Public Affairs, U.S. Department of Justice",
  title="26 Defendants Transferred from Mexico to the United States",
  published_at="2025-08-12", tz=NY, passages=[
      "Today, 26 defendants facing federal and state charges were transferred from Mexico to the United States, including alleged leaders and operatives of the Cártel de Jalisco Nueva Generación and the Cártel de Sinaloa.",
      "Those transferred include Abigael González Valencia, an alleged leader of Los Cuinis, and Roberto Salazar, who is charged in connection with the 2008 murder of a Los Angeles County Sheriff's deputy.",
      "\"These 26 men have all played a role in bringing violence and drugs to American shores,\" said Attorney General Pamela Bondi. \"We are grateful to Mexico's national security team for their collaboration.\"",
  ])

# =============================================================================================
# 2025-09-02 / 09-15  Strikes on boats; 2025-09-03 Rubio in Mexico City; 2025-09-04 Quito
# =============================================================================================

TRUTH("truth_trump_20250902", ts="2025-09-02T21:15:00+00:00", passages=[
    "Earlier this morning, on my Orders, U.S. Military Forces conducted a kinetic strike against positively identified Tren de Aragua Narcoterrorists in the SOUTHCOM area of responsibility. TDA is a designated Foreign Terrorist Organization, operating under the control of Nicolas Maduro.",
    "The strike occurred while the terrorists were at sea in International waters transporting illegal narcotics, heading to the United States. The strike resulted in 11 terrorists killed in action. No U.S. Forces were harmed in this strike.",
])

X("x_rubio_20250902", handle="SecRubio", author="marco-rubio", author_name="Secretary Marco Rubio",
  ts="2025-09-02T19:05:00+00:00", lang="en", tz=NY, passages=[
      "Today the U.S. military conducted a lethal strike in the southern Caribbean against a drug vessel which had departed from Venezuela and was being operated by a designated narco-terrorist organization.",
  ])

TRUTH("truth_trump_20250915", ts="2025-09-15T19:50:00+00:00", passages=[
    "This morning, on my Orders, U.S. Military Forces conducted a SECOND Kinetic Strike against positively identified, extraordinarily violent drug trafficking cartels and narcoterrorists in the SOUTHCOM area of responsibility.",
    "The Strike resulted in 3 male terrorists killed in action. No U.S. Forces were harmed in this Strike.",
])

D("state_readout_20250903",
  url="https://www.state.gov/releases/office-of-the-spokesperson/2025/09/secretary-rubios-meeting-with-mexican-president-sheinbaum",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Mexican President Sheinbaum",
  published_at="2025-09-03", tz=NY, passages=[
      "The following is attributable to Principal Deputy Spokesperson Tommy Pigott:",
      "Secretary of State Marco Rubio met today with Mexican President Claudia Sheinbaum at the National Palace in Mexico City.",
      "The Secretary and President Sheinbaum discussed shared priorities, including dismantling violent cartels, stopping the flow of fentanyl and illegal weapons across the border, and addressing illegal migration.",
      "Secretary Rubio welcomed the creation of a high-level Security Implementation Group to follow up on the commitments both governments have made, grounded in reciprocity, respect for sovereignty and territorial integrity, shared and differentiated responsibility, and mutual trust.",
      "The Secretary also thanked President Sheinbaum for Mexico's transfer of cartel leaders to face justice in the United States.",
  ])

D("sre_20250903",
  url="https://www.gob.mx/sre/prensa/mexico-y-estados-unidos-fortalecen-su-cooperacion-en-seguridad",
  kind="press_release", lang="es", publisher="sre", author="sre", author_name="Secretaría de Relaciones Exteriores",
  title="Comunicado conjunto: México y Estados Unidos fortalecen su cooperación en seguridad",
  published_at="2025-09-03", tz=MX, passages=[
      "La presidenta Claudia Sheinbaum Pardo recibió hoy en Palacio Nacional al secretario de Estado de los Estados Unidos, Marco Rubio.",
      "Posteriormente, el secretario de Relaciones Exteriores, Juan Ramón de la Fuente, y el secretario Rubio dieron a conocer que ambos gobiernos establecieron un Grupo de Implementación de Seguridad de alto nivel, que se reunirá periódicamente para dar seguimiento a los compromisos y acciones que cada país realiza en su territorio.",
      "Ambos gobiernos reconocieron que su cooperación se rige por los principios de reciprocidad, respeto a la soberanía e integridad territorial, responsabilidad compartida y diferenciada, y confianza mutua.",
  ])

D("transcript_20250903",
  url="https://www.state.gov/secretary-of-state-marco-rubio-and-mexican-foreign-secretary-juan-ramon-de-la-fuente-at-a-joint-press-availability",
  kind="transcript", lang="en", publisher="us-state-department", author="marco-rubio", author_name=SPOX,
  title="Secretary of State Marco Rubio and Mexican Foreign Secretary Juan Ramón de la Fuente at a Joint Press Availability (Secretaría de Relaciones Exteriores, Mexico City)",
  published_at="2025-09-03", tz=NY, verbatim=True, passages=[
      ("moderator", "Good afternoon. Foreign Secretary de la Fuente will begin by reading the joint statement."),
      ("juan-ramon-de-la-fuente", "(As interpreted.) Mexico and the United States have agreed to establish a high-level Security Implementation Group that will meet regularly. We can cooperate without subordination; this is the basis on which President Sheinbaum has built this relationship."),
      ("marco-rubio", "Thank you. I want to thank President Sheinbaum for the meeting we had this morning. We've always cooperated. There's always been law enforcement cooperation. What we're talking about is amplifying it, and we have already started to do it."),
      ("marco-rubio", "I would say this is the closest security cooperation we have ever had with Mexico, maybe with any country."),
      ("reporter", "Secretary, will the United States carry out unilateral military action against cartels on Mexican soil?"),
      ("marco-rubio", "That's not what this is about. Mexico is a sovereign country and we respect that. Mexico is going to act in Mexico, we're going to act in the United States, and we'll cooperate."),
  ])

MEDIA("ap_20250903",
      url="https://apnews.com/article/rubio-mexico-sheinbaum-security-cartels",
      lang="en", outlet="The Associated Press", date="2025-09-03", tz=NY,
      title="Rubio meets Sheinbaum in Mexico City; countries agree to new security group", passages=[
          "MEXICO CITY (AP) — U.S. Secretary of State Marco Rubio met with Mexican President Claudia Sheinbaum on Wednesday, and the two governments announced a high-level group to oversee security cooperation.",
      ])

MEDIA("jornada_20250903",
      url="https://www.jornada.com.mx/2025/09/04/politica/rubio-y-de-la-fuente-anuncian-grupo-de-implementacion-de-seguridad",
      lang="es", outlet="La Jornada", date="2025-09-04", tz=MX,
      title="Rubio y De la Fuente anuncian grupo de implementación en seguridad", passages=[
          "Tras reunirse con la presidenta Claudia Sheinbaum en Palacio Nacional, el secretario de Estado Marco Rubio y el canciller Juan Ramón de la Fuente anunciaron ayer un grupo de implementación de alto nivel en materia de seguridad.",
      ])

D("state_fto_20250904",
  url="https://www.state.gov/releases/office-of-the-spokesperson/2025/09/terrorist-designations-of-los-choneros-and-los-lobos",
  kind="press_release", lang="en", publisher="us-state-department", author="marco-rubio", author_name="Marco Rubio, Secretary of State",
  title="Terrorist Designations of Los Choneros and Los Lobos",
  published_at="2025-09-04", tz=NY, passages=[
      "Today, the Department of State is designating Los Choneros and Los Lobos as Foreign Terrorist Organizations and Specially Designated Global Terrorists.",
      "Los Choneros and Los Lobos have attacked and threatened public officials and their families, security personnel, judges, prosecutors, and journalists in Ecuador. Both groups are linked to the U.S.-designated Cártel de Sinaloa and Cártel de Jalisco Nueva Generación.",
      "In July, U.S. and Ecuadorian authorities cooperated to extradite the leader of Los Choneros, Adolfo \"Fito\" Macías.",
  ])

D("state_readout_20250904",
  url="https://www.state.gov/releases/office-of-the-spokesperson/2025/09/secretary-rubios-meeting-with-ecuadorian-president-noboa",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Ecuadorian President Noboa",
  published_at="2025-09-04", tz=NY, passages=[
      "The following is attributable to Principal Deputy Spokesperson Tommy Pigott:",
      "Secretary of State Marco Rubio met today with Ecuadorian President Daniel Noboa in Quito.",
      "The Secretary announced $13.5 million in U.S. security assistance for Ecuador and $6 million in unmanned aerial systems for the Ecuadorian Navy.",
      "The Secretary and President Noboa discussed joint efforts to confront narco-terrorist groups and stop the flow of drugs through Ecuador.",
  ])

# =============================================================================================
# 2025-01-26  Colombia deportation flights
# =============================================================================================

X("x_petro_20250126", handle="petrogustavo", author="gustavo-petro", author_name="Gustavo Petro",
  ts="2025-01-26T13:18:00+00:00", lang="es", tz="America/Bogota", passages=[
      "Estados Unidos no puede tratar como delincuentes a los migrantes colombianos. Desautorizo la entrada de aviones norteamericanos con migrantes colombianos a nuestro territorio.",
      "Un migrante no es un delincuente y debe ser tratado con la dignidad que un ser humano merece. Recibiremos a nuestros connacionales en aviones civiles, sin tratarlos como criminales.",
  ])

TRUTH("truth_trump_20250126", ts="2025-01-26T17:24:00+00:00", passages=[
    "I was just informed that two repatriation flights from Colombia, with a large number of Illegal Criminals, were not allowed to land in Colombia. This order was given by Colombia's Socialist President Gustavo Petro.",
    "I have directed my Administration to immediately take the following urgent and decisive retaliatory measures: Emergency 25% tariffs on all goods coming into the United States. In one week, the 25% tariffs will be raised to 50%.",
    "A Travel Ban and immediate Visa Revocations on the Colombian Government Officials, and all Allies and Supporters.",
])

D("wh_statement_20250126",
  url="https://www.whitehouse.gov/briefings-statements/2025/01/statement-from-the-press-secretary-colombia/",
  kind="press_release", lang="en", publisher="white-house", author="karoline-leavitt", author_name="Karoline Leavitt, White House Press Secretary",
  title="Statement from the Press Secretary",
  published_at="2025-01-27T03:05:00+00:00", tz=NY, passages=[
      "The Government of Colombia has agreed to all of President Trump's terms, including the unrestricted acceptance of all illegal aliens from Colombia returned from the United States, including on U.S. military aircraft, without limitation or delay.",
      "Based on this agreement, the fully drafted IEEPA tariffs and sanctions will be held in reserve, and not signed, unless Colombia fails to honor this agreement.",
      "The visa sanctions issued by the Department of State and enhanced Customs and Border Protection inspections will remain in effect until the first plane load of Colombian deportees is successfully returned.",
  ])

X("x_leavitt_20250126", handle="PressSec", author="karoline-leavitt", author_name="Karoline Leavitt",
  ts="2025-01-27T03:02:00+00:00", lang="en", tz=NY, passages=[
      "The Government of Colombia has agreed to all of President Trump's terms, including the unrestricted acceptance of all illegal aliens from Colombia returned from the United States, including on U.S. military aircraft, without limitation or delay.",
  ])

X("x_cancilleria_col_20250126", handle="CancilleriaCol", author="cancilleria-colombia", author_name="Cancillería de Colombia",
  ts="2025-01-27T03:48:00+00:00", lang="es", tz="America/Bogota", passages=[
      "Declaración del canciller Luis Gilberto Murillo: Hemos superado el impasse con el Gobierno de los Estados Unidos. Seguiremos recibiendo a los colombianos y a las colombianas que retornen en condición de deportados, garantizándoles condiciones dignas como ciudadanos sujetos de derechos.",
      "El Gobierno de Colombia, bajo la directriz del presidente Gustavo Petro, tiene dispuesto el avión presidencial para facilitar el retorno de los connacionales que iban a llegar hoy al país en horas de la mañana en vuelos de deportación.",
      "El canciller y el embajador Daniel García-Peña viajarán a Washington en los próximos días para sostener reuniones de alto nivel que den seguimiento a los acuerdos.",
  ])

MEDIA("ap_20250126",
      url="https://apnews.com/article/colombia-deportation-flights-tariffs-trump-petro",
      lang="en", outlet="The Associated Press", date="2025-01-26", tz=NY,
      title="Colombia agrees to accept deportees after Trump threatens tariffs", passages=[
          "BOGOTÁ, Colombia (AP) — The White House said late Sunday that Colombia had agreed to accept deportees on U.S. military aircraft, hours after President Donald Trump ordered tariffs and visa restrictions on the South American nation.",
      ])

MEDIA("semana_20250126",
      url="https://www.semana.com/politica/articulo/petro-desautoriza-aviones-militares-de-estados-unidos-con-deportados/",
      lang="es", outlet="Semana", date="2025-01-26", tz="America/Bogota",
      title="Petro desautoriza el aterrizaje de aviones militares de EE. UU. con deportados", passages=[
          "El presidente Gustavo Petro anunció este domingo que desautorizó la entrada de aviones militares estadounidenses con migrantes colombianos deportados, y exigió un protocolo de trato digno.",
      ])

# =============================================================================================
# 2025-02-02..06  Rubio's first trip: Panama, El Salvador, Costa Rica, Guatemala
# =============================================================================================

D("state_readout_20250202",
  url="https://www.state.gov/secretary-rubios-meeting-with-panamanian-president-mulino",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Panamanian President Mulino",
  published_at="2025-02-02", tz=NY, passages=[
      "The following is attributable to Spokesperson Tammy Bruce:",
      "Secretary of State Marco Rubio met today in Panama City with Panamanian President José Raúl Mulino and Foreign Minister Javier Martínez-Acha.",
      "Secretary Rubio informed President Mulino that President Trump has made a preliminary determination that the current position of influence and control of the Chinese Communist Party over the Panama Canal area is a threat to the Canal and a violation of the Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal.",
      "Secretary Rubio made clear that this status quo is unacceptable and that absent immediate changes, it would require the United States to take measures necessary to protect its rights under the Treaty.",
      "The Secretary thanked President Mulino for his support of the joint repatriation program, which has reduced illegal migration through the Darién.",
  ])

D("presidencia_panama_20250202",
  url="https://www.presidencia.gob.pa/publicaciones/presidente-mulino-recibe-al-secretario-de-estado-marco-rubio",
  kind="press_release", lang="es", publisher="presidencia-panama", author="presidencia-panama", author_name="Presidencia de la República de Panamá",
  title="Presidente Mulino recibe al secretario de Estado de Estados Unidos, Marco Rubio",
  published_at="2025-02-02", tz="America/Panama", passages=[
      "El presidente de la República, José Raúl Mulino, recibió este domingo en el Palacio de las Garzas al secretario de Estado de los Estados Unidos, Marco Rubio, en una reunión que calificó de respetuosa y cordial.",
      "El mandatario informó que Panamá no renovará el memorando de entendimiento sobre la iniciativa de la Franja y la Ruta suscrito con la República Popular China.",
      "\"No siento que haya una amenaza real contra el tratado y su vigencia\", afirmó el presidente Mulino, quien reiteró que la soberanía del Canal no está en discusión.",
  ])

X("x_state_20250205", handle="StateDept", author="us-state-department", author_name="Department of State",
  ts="2025-02-05T23:10:00+00:00", lang="en", tz=NY, passages=[
      "U.S. government vessels can now transit the Panama Canal without charge fees, saving the U.S. government millions of dollars a year.",
  ])

D("acp_20250205",
  url="https://pancanal.com/comunicado-de-la-autoridad-del-canal-de-panama-5-de-febrero-de-2025/",
  kind="press_release", lang="es", publisher="autoridad-canal-panama", author="autoridad-canal-panama", author_name="Autoridad del Canal de Panamá",
  title="Comunicado de la Autoridad del Canal de Panamá",
  published_at="2025-02-05", tz="America/Panama", passages=[
      "En atención a una publicación divulgada por el Departamento de Estado de los Estados Unidos, la Autoridad del Canal de Panamá, que está facultada para fijar los peajes y otros derechos por el tránsito por el Canal, informa que no ha realizado ningún ajuste a los mismos.",
      "Con total responsabilidad, la Autoridad del Canal de Panamá, tal como lo ha indicado, está dispuesta a establecer un diálogo con los funcionarios pertinentes de los Estados Unidos sobre el tránsito de buques de guerra de ese país.",
  ])

D("mulino_conf_20250206",
  url="https://www.presidencia.gob.pa/publicaciones/version-estenografica-conferencia-de-prensa-semanal-del-presidente-jose-raul-mulino-6-de-febrero-de-2025",
  kind="transcript", lang="es", publisher="presidencia-panama", author="jose-raul-mulino", author_name="Presidencia de la República de Panamá",
  title="Conferencia de prensa semanal del presidente José Raúl Mulino, 6 de febrero de 2025 (Palacio de las Garzas)",
  published_at="2025-02-06", tz="America/Panama", verbatim=True, passages=[
      ("jose-raul-mulino", "Me sorprendió muchísimo el comunicado del Departamento de Estado de ayer, porque están haciendo comunicados importantes en función de una falsedad, y eso es simple y sencillamente intolerable."),
      ("jose-raul-mulino", "Yo no tengo facultades para fijar ni para exonerar peajes del Canal; eso le corresponde a la Autoridad del Canal, y no voy a violar la Constitución."),
      ("reporter", "Presidente, ¿entonces no hubo ningún acuerdo de paso gratuito para los buques de guerra estadounidenses?"),
      ("jose-raul-mulino", "No, ninguno. Rechazo absolutamente que se maneje la relación con Estados Unidos sobre la base de mentiras y falsedades. Ya instruí a nuestro embajador en Washington para que lo desmienta."),
  ])

D("state_readout_20250203",
  url="https://www.state.gov/secretary-rubios-meeting-with-salvadoran-president-bukele",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Salvadoran President Bukele",
  published_at="2025-02-03", tz=NY, passages=[
      "The following is attributable to Spokesperson Tammy Bruce:",
      "Secretary of State Marco Rubio met today with Salvadoran President Nayib Bukele at the President's residence at Lake Coatepeque, El Salvador.",
      "President Bukele offered to accept for deportation illegal aliens of any nationality who are criminals, including members of MS-13 and Tren de Aragua, and to house them in Salvadoran prisons.",
      "The Secretary and President Bukele also discussed countering the influence of the Chinese Communist Party in the hemisphere and strengthening civil nuclear cooperation.",
  ])

D("rubio_remarks_20250203",
  url="https://www.state.gov/secretary-of-state-marco-rubio-remarks-to-press-san-salvador",
  kind="transcript", lang="en", publisher="us-state-department", author="marco-rubio", author_name=SPOX,
  title="Secretary of State Marco Rubio Remarks to Press (San Salvador, El Salvador)",
  published_at="2025-02-03", tz=NY, verbatim=True, passages=[
      ("marco-rubio", "President Bukele has agreed to the most unprecedented, extraordinary migratory agreement anywhere in the world. He has offered to accept for deportation any illegal alien in the United States who is a criminal, of any nationality, be they MS-13 or Tren de Aragua, and house them in his jails."),
      ("marco-rubio", "He's also offered to do the same for dangerous criminals currently in custody and serving their sentences in the United States, even though they're U.S. citizens or legal residents. No country has ever made an offer of friendship such as this."),
      ("reporter", "Mr. Secretary, can the United States legally send its own citizens to a prison abroad?"),
      ("marco-rubio", "Obviously there are legalities involved. We have a Constitution. But it's an extraordinary gesture, and I'll present it to the President."),
  ])

X("x_bukele_20250203", handle="nayibbukele", author="nayib-bukele", author_name="Nayib Bukele",
  ts="2025-02-04T03:30:00+00:00", lang="en", tz="America/El_Salvador", passages=[
      "We have offered the United States of America the opportunity to outsource part of its prison system.",
      "We are willing to take in only convicted criminals (including convicted U.S. citizens) into our mega-prison (CECOT) in exchange for a fee.",
      "The fee would be relatively low for the U.S. but significant for us, making our entire prison system sustainable.",
  ])

D("state_readout_20250204",
  url="https://www.state.gov/secretary-rubios-meeting-with-costa-rican-president-chaves",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Rubio's Meeting with Costa Rican President Chaves",
  published_at="2025-02-04", tz=NY, passages=[
      "The following is attributable to Spokesperson Tammy Bruce:",
      "Secretary of State Marco Rubio met today with Costa Rican President Rodrigo Chaves in San José.",
      "The Secretary commended Costa Rica for its leadership on 5G network security and discussed cooperation on migration and on the fight against transnational crime.",
  ])

D("transcript_20250205",
  url="https://www.state.gov/secretary-of-state-marco-rubio-and-guatemalan-president-bernardo-arevalo-at-a-joint-press-availability",
  kind="transcript", lang="en", publisher="us-state-department", author="marco-rubio", author_name=SPOX,
  title="Secretary of State Marco Rubio and Guatemalan President Bernardo Arévalo at a Joint Press Availability (Palacio Nacional de la Cultura, Guatemala City)",
  published_at="2025-02-05", tz=NY, verbatim=True, passages=[
      ("bernardo-arevalo", "(As interpreted.) We have agreed to increase by 40 percent the number of deportation flights, both of our own nationals and of deportees of other nationalities."),
      ("marco-rubio", "I want to thank President Arévalo. Guatemala is a partner on migration and security, and this is an important step."),
      ("reporter", "Mr. President, will the United States pay for returning migrants of other nationalities to their countries?"),
      ("bernardo-arevalo", "(As interpreted.) The United States will cover the cost of returning them to their countries of origin."),
  ])

D("guatemala_20250205",
  url="https://prensa.gob.gt/comunicado/presidente-arevalo-y-secretario-rubio-acuerdan-ampliar-cooperacion-migratoria",
  kind="press_release", lang="es", publisher="guatemala-government", author="guatemala-government", author_name="Secretaría de Comunicación Social de la Presidencia",
  title="Presidente Arévalo y secretario Rubio acuerdan ampliar la cooperación migratoria",
  published_at="2025-02-05", tz="America/Guatemala", passages=[
      "El presidente Bernardo Arévalo recibió este miércoles en el Palacio Nacional de la Cultura al secretario de Estado de los Estados Unidos, Marco Rubio.",
      "Ambos acordaron aumentar en 40 % los vuelos de retorno, tanto de guatemaltecos como de personas de otras nacionalidades, cuyo traslado a sus países de origen será cubierto por los Estados Unidos.",
  ])

# =============================================================================================
# 2025-03-16 CECOT; 2025-04-14 Oval Office
# =============================================================================================

X("x_bukele_20250316", handle="nayibbukele", author="nayib-bukele", author_name="Nayib Bukele",
  ts="2025-03-16T13:50:00+00:00", lang="en", tz="America/El_Salvador", passages=[
      "Today, the first 238 members of the Venezuelan criminal organization, Tren de Aragua, arrived in our country. They were immediately transferred to CECOT, the Terrorism Confinement Center, for a period of one year (renewable).",
      "The United States will pay a very low fee for them, but a high one for us.",
      "Additionally, 23 MS-13 members wanted by Salvadoran justice were also returned, including two ringleaders.",
  ])

X("x_rubio_20250316", handle="SecRubio", author="marco-rubio", author_name="Secretary Marco Rubio",
  ts="2025-03-16T15:40:00+00:00", lang="en", tz=NY, passages=[
      "We sent over 250 alien enemy members of Tren de Aragua which El Salvador has agreed to hold in their very good jails at a fair price that will also save our taxpayer dollars.",
      "Thank you to President @nayibbukele for your leadership and friendship.",
  ])

D("wh_transcript_20250414",
  url="https://www.whitehouse.gov/remarks/2025/04/remarks-by-president-trump-and-president-bukele-of-el-salvador-before-bilateral-meeting/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Remarks by President Trump and President Bukele of El Salvador Before Bilateral Meeting (Oval Office)",
  published_at="2025-04-14", tz=NY, verbatim=True, passages=[
      ("donald-trump", "Thank you very much. It's a great honor to have the President of El Salvador with us. He's done a fantastic job, and he's taking some of our very bad people."),
      ("donald-trump", "Homegrowns are next. The homegrowns. You've got to build about five more places. It's not big enough."),
      ("reporter", "President Bukele, do you plan to return Kilmar Abrego Garcia to the United States?"),
      ("nayib-bukele", "Well, I hope you're not suggesting that I smuggle a terrorist into the United States. How can I smuggle a terrorist into the United States? I don't have the power to return him to the United States."),
      ("reporter", "You could release him in El Salvador."),
      ("nayib-bukele", "Yeah, but I'm not going to release him. We're not very fond of releasing terrorists into our country."),
      ("marco-rubio", "The foreign policy of the United States is conducted by the President of the United States, not by a court."),
  ])

MEDIA("nyt_20250414",
      url="https://www.nytimes.com/2025/04/14/us/politics/bukele-trump-abrego-garcia.html",
      lang="en", outlet="The New York Times", date="2025-04-14", tz=NY,
      title="Bukele Says He Won't Return Wrongly Deported Man to U.S.", passages=[
          "WASHINGTON — President Nayib Bukele of El Salvador said on Monday that he did not have the power to return a Maryland man who was mistakenly deported, as he met with President Trump in the Oval Office.",
      ])

# =============================================================================================
# 2019  Tariff threat and Joint Declaration; LeBarón; Evo Morales; Guaidó
# =============================================================================================

X("x_trump_20190530", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2019-05-30T23:30:00+00:00", lang="en", tz=NY, passages=[
      "On June 10th, the United States will impose a 5% Tariff on all goods coming into our Country from Mexico, until such time as illegal migrants coming through Mexico, and into our Country, STOP.",
      "The Tariff will gradually increase until the Illegal Immigration problem is remedied, at which time the Tariffs will be removed. Details from the White House to follow.",
  ])

D("ebrard_remarks_20190606",
  url="https://www.gob.mx/sre/prensa/version-estenografica-mensaje-del-canciller-marcelo-ebrard-a-su-salida-del-departamento-de-estado",
  kind="transcript", lang="es", publisher="sre", author="marcelo-ebrard", author_name="Secretaría de Relaciones Exteriores",
  title="Versión estenográfica. Mensaje del canciller Marcelo Ebrard a su salida del Departamento de Estado (Washington, D.C.)",
  published_at="2019-06-06", tz=NY, verbatim=True, passages=[
      ("marcelo-ebrard", "Informamos al gobierno de Estados Unidos que se formó en México la Guardia Nacional, de manera constitucional y legal. Va a cubrir a todo el país, pero tiene también la encomienda de cubrir la frontera sur. Les hemos explicado que son 6 mil elementos y que van a estar ahí desplegados."),
      ("reporter", "Canciller, ¿ya hay acuerdo?"),
      ("marcelo-ebrard", "Todavía no tenemos un acuerdo. Vamos avanzando. Mañana vamos a trabajar en las últimas sesiones a fin de llegar a un acuerdo."),
  ])

D("joint_decl_20190607",
  url="https://2017-2021.state.gov/u-s-mexico-joint-declaration/",
  kind="press_release", lang="en", publisher="us-state-department", author="us-state-department", author_name=SPOX,
  title="U.S.-Mexico Joint Declaration",
  published_at="2019-06-07", tz=NY, passages=[
      "The United States and Mexico met this week to address the shared challenges of irregular migration, to include the entry of migrants into the United States in violation of U.S. law.",
      "Mexican Enforcement Surge: Mexico will take unprecedented steps to increase enforcement to curb irregular migration, to include the deployment of its National Guard throughout Mexico, giving priority to its southern border.",
      "Migrant Protection Protocols: The United States will immediately expand the implementation of the existing Migrant Protection Protocols across its entire Southern Border.",
      "Both parties also agree that, in the event the measures adopted do not have the expected results, they will take further actions, and will continue their discussions on the terms of additional understandings, to be completed and announced within 90 days, if necessary.",
  ])

X("x_trump_20190607", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2019-06-08T00:31:00+00:00", lang="en", tz=NY, passages=[
      "I am pleased to inform you that The United States of America has reached a signed agreement with Mexico. The Tariffs scheduled to be implemented by the U.S. on Monday, against Mexico, are hereby indefinitely suspended.",
      "Mexico, in turn, has agreed to take strong measures to stem the tide of Migration through Mexico, and to our Southern Border.",
  ])

X("x_ebrard_20190607", handle="m_ebrard", author="marcelo-ebrard", author_name="Marcelo Ebrard C.",
  ts="2019-06-08T01:52:00+00:00", lang="es", tz=MX, passages=[
      "Concluimos la negociación con Estados Unidos. Se logró un acuerdo justo: no habrá aranceles el lunes 10 de junio.",
      "Agradezco la confianza del presidente @lopezobrador_ y el respaldo de todo el equipo.",
  ])

D("ebrard_comparecencia_20190614",
  url="https://comunicacion.senado.gob.mx/index.php/informacion/versiones/version-estenografica-comparecencia-del-canciller-marcelo-ebrard-ante-la-comision-permanente",
  kind="transcript", lang="es", publisher=None, author="marcelo-ebrard", author_name="Senado de la República, Coordinación de Comunicación Social",
  title="Versión estenográfica de la comparecencia del canciller Marcelo Ebrard Casaubón ante la Comisión Permanente, 14 de junio de 2019",
  published_at="2019-06-14", tz=MX, verbatim=True, passages=[
      ("participant", "Canciller, ¿se comprometió México a ser tercer país seguro a cambio de evitar los aranceles?"),
      ("marcelo-ebrard", "México no aceptará iniciar, suscribir o pactar un acuerdo de tercer país seguro, y menos aún en estas condiciones, y esto quedó claramente establecido."),
      ("marcelo-ebrard", "¿Por qué razón? Porque es una decisión del Senado, y así se los dijimos."),
  ])

MEDIA("jornada_20190607",
      url="https://www.jornada.com.mx/2019/06/08/politica/002n1pol",
      lang="es", outlet="La Jornada", date="2019-06-08", tz=MX,
      title="Logran México y EU acuerdo; se suspenden los aranceles", passages=[
          "Washington. México y Estados Unidos alcanzaron anoche un acuerdo que suspende de manera indefinida el arancel de 5 por ciento que el gobierno de Donald Trump pretendía aplicar a partir del lunes 10 de junio.",
          "México se comprometió a desplegar la Guardia Nacional en todo el país, con prioridad en la frontera sur.",
      ])

X("x_trump_20191105", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2019-11-05T13:20:00+00:00", lang="en", tz=NY, passages=[
      "A wonderful family and friends from Utah got caught between two vicious drug cartels, who were shooting at each other, with the result being many great American people killed, including young children, and some missing.",
      "This is the time for Mexico, with the help of the United States, to wage WAR on the drug cartels and wipe them off the face of the earth. We merely await a call from your great new president!",
  ])

D("ebrard_conf_20191111",
  url="https://www.gob.mx/sre/prensa/version-estenografica-de-la-conferencia-de-prensa-del-canciller-marcelo-ebrard-11-de-noviembre-de-2019",
  kind="transcript", lang="es", publisher="sre", author="marcelo-ebrard", author_name="Secretaría de Relaciones Exteriores",
  title="Versión estenográfica de la conferencia de prensa del canciller Marcelo Ebrard, 11 de noviembre de 2019",
  published_at="2019-11-11", tz=MX, verbatim=True, passages=[
      ("marcelo-ebrard", "México ha decidido otorgar asilo político al señor Evo Morales, por razones humanitarias y en virtud de la situación de urgencia que enfrenta en Bolivia, donde su vida e integridad corren riesgo."),
      ("reporter", "¿Cuándo llegaría a México?"),
      ("marcelo-ebrard", "La Cancillería ya solicitó al gobierno de Bolivia el salvoconducto correspondiente, conforme a la Convención sobre Asilo Político."),
  ])

MEDIA("bbc_20191111",
      url="https://www.bbc.com/mundo/noticias-america-latina-50382425",
      lang="es", outlet="BBC News Mundo", date="2019-11-11", tz="Europe/London",
      title="Evo Morales: México le concede asilo político al expresidente de Bolivia", passages=[
          "El gobierno de México anunció este lunes que concedió asilo político a Evo Morales, quien renunció el domingo a la presidencia de Bolivia.",
      ])

D("wh_stmt_20190123",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/statement-president-donald-j-trump-recognizing-venezuelan-national-assembly-president-juan-guaido-interim-president-venezuela/",
  kind="press_release", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Statement from President Donald J. Trump Recognizing Venezuelan National Assembly President Juan Guaido as the Interim President of Venezuela",
  published_at="2019-01-23", tz=NY, passages=[
      "Today, I am officially recognizing the President of the Venezuelan National Assembly, Juan Guaido, as the Interim President of Venezuela.",
      "In its role as the only legitimate branch of government duly elected by the Venezuelan people, the National Assembly invoked the country's constitution to declare Nicolas Maduro illegitimate.",
  ])

D("ustr_20191210",
  url="https://ustr.gov/about-us/policy-offices/press-office/press-releases/2019/december/united-states-mexico-and-canada-sign-protocol-amendment-usmca",
  kind="press_release", lang="en", publisher="ustr", author="ustr", author_name="Office of the United States Trade Representative",
  title="United States, Mexico and Canada Sign Protocol of Amendment to the USMCA",
  published_at="2019-12-10", tz=NY, passages=[
      "United States Trade Representative Robert Lighthizer today signed the Protocol of Amendment to the United States-Mexico-Canada Agreement at a ceremony at the National Palace in Mexico City, together with Mexico's chief negotiator Jesús Seade and Canada's Deputy Prime Minister Chrystia Freeland.",
      "The Protocol includes changes to the labor, environment, pharmaceutical and enforcement provisions of the Agreement.",
  ])

# =============================================================================================
# 2020-07-08  López Obrador at the White House
# =============================================================================================

D("joint_decl_20200708",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/joint-declaration-president-united-states-america-president-united-mexican-states/",
  kind="press_release", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Joint Declaration of the President of the United States of America and the President of the United Mexican States",
  published_at="2020-07-08", tz=NY, passages=[
      "President Donald J. Trump welcomed President Andrés Manuel López Obrador to the White House on July 8, 2020, on the occasion of the entry into force of the United States-Mexico-Canada Agreement (USMCA) on July 1, 2020.",
      "The two Presidents celebrated the Agreement as a milestone for North American trade and reaffirmed their commitment to security and economic cooperation.",
  ])

D("wh_transcript_20200708",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-president-lopez-obrador-united-mexican-states-joint-statements/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Remarks by President Trump and President López Obrador of the United Mexican States in Joint Statements (Rose Garden)",
  published_at="2020-07-08", tz=NY, verbatim=True, passages=[
      ("donald-trump", "The relationship between the United States and Mexico has never been closer than it is right now."),
      ("andres-manuel-lopez-obrador", "(As interpreted.) Instead of offenses against my person and, what I value even more, against my country, we have received from you understanding and respect."),
      ("andres-manuel-lopez-obrador", "(As interpreted.) You have not tried to treat us as a colony; on the contrary, you have honored our condition as an independent nation."),
  ])

D("gob_transcript_20200708",
  url="https://www.gob.mx/presidencia/articulos/discurso-del-presidente-andres-manuel-lopez-obrador-en-la-casa-blanca",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador", author_name="Presidencia de la República",
  title="Versión estenográfica. Discurso del presidente Andrés Manuel López Obrador en la Casa Blanca, 8 de julio de 2020",
  published_at="2020-07-08", tz=NY, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "En vez de agravios hacia mi persona y, lo que estimo más importante, hacia mi país, hemos recibido de usted comprensión y respeto."),
      ("andres-manuel-lopez-obrador", "Usted no ha pretendido tratarnos como colonia, sino que, por el contrario, ha honrado nuestra condición de nación independiente."),
  ])

# =============================================================================================
# 2021  Harris in Guatemala and Mexico; High-Level Security Dialogue
# =============================================================================================

D("wh_transcript_20210607",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/06/07/remarks-by-vice-president-harris-and-president-giammattei-of-guatemala-in-joint-press-conference/",
  kind="transcript", lang="en", publisher="white-house", author="kamala-harris", author_name="The White House",
  title="Remarks by Vice President Harris and President Giammattei of Guatemala in Joint Press Conference (Palacio Nacional de la Cultura, Guatemala City)",
  published_at="2021-06-07", tz=NY, verbatim=True, passages=[
      ("alejandro-giammattei", "(As interpreted.) In our meeting today we have discussed the need to work on the root causes of migration and to create opportunities so that our young people can stay in Guatemala."),
      ("kamala-harris", "I want to be clear to folks in this region who are thinking about making that dangerous trek to the United States-Mexico border: Do not come. Do not come. The United States will continue to enforce our laws and secure our border."),
      ("kamala-harris", "I believe if you come to our border, you will be turned back."),
      ("reporter", "Madam Vice President, can President Giammattei be relied upon to fight corruption?"),
      ("kamala-harris", "We had a very frank and candid conversation about corruption. I will continue to be focused on that kind of work, which is about tangible results, as opposed to grand gestures."),
  ])

D("wh_readout_20210608",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/06/08/readout-of-vice-president-kamala-harriss-meeting-with-president-andres-manuel-lopez-obrador-of-mexico/",
  kind="readout", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Readout of Vice President Kamala Harris's Meeting with President Andrés Manuel López Obrador of Mexico",
  published_at="2021-06-08", tz=NY, passages=[
      "Vice President Kamala Harris met today with President Andrés Manuel López Obrador at the National Palace in Mexico City.",
      "The United States and Mexico signed a Memorandum of Understanding to cooperate on development programs that address the root causes of migration from Northern Central America.",
  ])

D("joint_stmt_20211008",
  url="https://www.state.gov/joint-statement-u-s-mexico-high-level-security-dialogue/",
  kind="press_release", lang="en", publisher="us-state-department", author="us-state-department", author_name=SPOX,
  title="Joint Statement: U.S.-Mexico High-Level Security Dialogue",
  published_at="2021-10-08", tz=NY, passages=[
      "On October 8, 2021, in Mexico City, Secretary of State Antony J. Blinken, Secretary of Homeland Security Alejandro N. Mayorkas, and Attorney General Merrick B. Garland met with Mexican Foreign Secretary Marcelo Ebrard and other members of the Mexican cabinet for the High-Level Security Dialogue.",
      "The delegations adopted the U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities, which will guide bilateral security cooperation in the coming years.",
  ])

D("sre_20211008",
  url="https://www.gob.mx/sre/prensa/mexico-y-estados-unidos-adoptan-el-entendimiento-bicentenario",
  kind="press_release", lang="es", publisher="sre", author="sre", author_name="Secretaría de Relaciones Exteriores",
  title="México y Estados Unidos adoptan el Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras",
  published_at="2021-10-08", tz=MX, passages=[
      "En el marco del Diálogo de Alto Nivel en Seguridad celebrado hoy en la Ciudad de México, los gobiernos de México y de los Estados Unidos adoptaron el Entendimiento Bicentenario sobre Seguridad, Salud Pública y Comunidades Seguras.",
      "El Entendimiento sustituye a la Iniciativa Mérida y pone el acento en atender las causas de la violencia y en proteger a las personas.",
  ])

# =============================================================================================
# 2023  North American Leaders' Summit; APEC; December migration talks
# =============================================================================================

D("wh_readout_20230109",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/01/09/readout-of-president-bidens-meeting-with-president-andres-manuel-lopez-obrador-of-mexico/",
  kind="readout", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Readout of President Biden's Meeting with President Andrés Manuel López Obrador of Mexico",
  published_at="2023-01-09", tz=NY, passages=[
      "President Joseph R. Biden, Jr. met today with President Andrés Manuel López Obrador of Mexico at the National Palace in Mexico City.",
      "The leaders discussed the unprecedented migration challenges in the hemisphere, efforts to counter the trafficking of fentanyl and firearms, and deepening economic integration.",
  ])

D("wh_transcript_20230109",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2023/01/09/remarks-by-president-biden-and-president-andres-manuel-lopez-obrador-of-mexico-before-bilateral-meeting/",
  kind="transcript", lang="en", publisher="white-house", author="joe-biden", author_name="The White House",
  title="Remarks by President Biden and President Andrés Manuel López Obrador of Mexico Before Bilateral Meeting (National Palace, Mexico City)",
  published_at="2023-01-09", tz=NY, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "(As interpreted.) This is the moment for us to do away with this abandonment, this disdain, this forgetfulness for Latin America and the Caribbean."),
      ("andres-manuel-lopez-obrador", "(As interpreted.) President Biden, you hold the key in your hand to open and substantially improve the relationship among all the countries of the American continent."),
      ("joe-biden", "Over the last 15 years, we've spent billions of dollars in the hemisphere — tens of billions of dollars. The United States provides more foreign aid than any other country in the world."),
      ("joe-biden", "Unfortunately, our responsibility just doesn't end in the Western Hemisphere. It's in Central Europe, it's in Asia, it's in the Middle East, it's in Africa."),
  ])

D("gob_transcript_20230109",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-reunion-bilateral-presidente-andres-manuel-lopez-obrador-y-presidente-joe-biden",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador", author_name="Presidencia de la República",
  title="Versión estenográfica. Reunión bilateral del presidente Andrés Manuel López Obrador con el presidente Joe Biden, 9 de enero de 2023",
  published_at="2023-01-09", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Sostengo que es el momento de terminar con ese olvido, ese abandono, ese desdén hacia América Latina y el Caribe, opuesto a la política de la buena vecindad de ese titán de la libertad que fue el presidente Franklin Delano Roosevelt."),
      ("andres-manuel-lopez-obrador", "Presidente Biden, usted tiene la llave en la mano para abrir y mejorar sustancialmente la relación entre todos los países de América."),
  ])

D("nals_decl_20230110",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/01/10/declaration-of-north-america-dna/",
  kind="press_release", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Declaration of North America (DNA)",
  published_at="2023-01-10", tz=NY, passages=[
      "The leaders of the United States, Mexico, and Canada — President Joseph R. Biden, Jr., President Andrés Manuel López Obrador, and Prime Minister Justin Trudeau — met today in Mexico City for the tenth North American Leaders' Summit.",
      "The three leaders committed to work together on diversity, equity and inclusion, climate change and the environment, competitiveness, migration and development, health, and regional security.",
  ])

D("pmo_readout_20230111",
  url="https://www.pm.gc.ca/en/news/readouts/2023/01/11/prime-minister-justin-trudeau-meets-president-mexico-andres-manuel-lopez",
  kind="readout", lang="en", publisher="canada-pmo", author="canada-pmo", author_name="Prime Minister's Office",
  title="Prime Minister Justin Trudeau meets with President of Mexico Andrés Manuel López Obrador",
  published_at="2023-01-11", tz="America/Toronto", passages=[
      "Today, Prime Minister Justin Trudeau met with the President of Mexico, Andrés Manuel López Obrador, at the National Palace in Mexico City.",
      "The leaders discussed trade and investment, labour mobility and the energy transition, and welcomed the outcomes of the North American Leaders' Summit.",
  ])

D("wh_readout_20231117",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/11/17/readout-of-president-joe-bidens-meeting-with-president-andres-manuel-lopez-obrador-of-mexico/",
  kind="readout", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Readout of President Joe Biden's Meeting with President Andrés Manuel López Obrador of Mexico",
  published_at="2023-11-17", tz=NY, passages=[
      "President Joseph R. Biden, Jr. met today with President Andrés Manuel López Obrador of Mexico in San Francisco, on the margins of the APEC Leaders' Meeting.",
      "The leaders discussed joint efforts to counter fentanyl and arms trafficking and to manage irregular migration.",
  ])

D("joint_communique_20231228",
  url="https://www.state.gov/mexico-u-s-joint-communique-mexico-and-the-united-states-reaffirm-their-shared-commitments-on-an-orderly-humane-and-regular-migration/",
  kind="press_release", lang="en", publisher="us-state-department", author="us-state-department", author_name=SPOX,
  title="Mexico-U.S. Joint Communiqué: Mexico and the United States Reaffirm Their Shared Commitments on an Orderly, Humane and Regular Migration",
  published_at="2023-12-28", tz=NY, passages=[
      "President of Mexico Andrés Manuel López Obrador received yesterday in Mexico City a delegation of senior officials from the United States led by Secretary of State Antony Blinken, Secretary of Homeland Security Alejandro Mayorkas, and White House Homeland Security Advisor Elizabeth Sherwood-Randall.",
      "The two countries reaffirmed their existing commitments on fostering an orderly, humane, and regular migration, including addressing its root causes and disrupting human smuggling and trafficking networks.",
      "Both delegations agreed to meet again in Washington, D.C., in January 2024.",
  ])

# =============================================================================================
# 2024  Ecuador embassy raid; Zambada arrest; Venezuela election; embassy "pause"
# =============================================================================================

X("x_amlo_20240405", handle="lopezobrador_", author="andres-manuel-lopez-obrador", author_name="Andrés Manuel López Obrador",
  ts="2024-04-06T03:12:00+00:00", lang="es", tz=MX, passages=[
      "Acaba de informarme nuestra canciller Alicia Bárcena que policías de Ecuador entraron por la fuerza a nuestra embajada y se llevaron detenido al exvicepresidente de ese país, quien se encontraba refugiado y tramitando asilo por la persecución y el acoso que enfrenta.",
      "Se trata de una violación flagrante al derecho internacional y a la soberanía de México, por lo cual le he instruido a nuestra canciller que emita un comunicado sobre este hecho autoritario, proceda de manera legal y de inmediato declare la suspensión de relaciones diplomáticas con el gobierno de Ecuador.",
  ])

X("x_barcena_20240405", handle="aliciabarcena", author="alicia-barcena", author_name="Alicia Bárcena",
  ts="2024-04-06", utc_only=True, lang="es", tz=MX, passages=[
      "En consultas con el presidente López Obrador, ante la flagrante violación de la Convención de Viena sobre Relaciones Diplomáticas y las lesiones sufridas por el personal diplomático mexicano en Ecuador, México anuncia el inmediato rompimiento de relaciones diplomáticas con Ecuador.",
  ])

D("sre_20240405",
  url="https://www.gob.mx/sre/prensa/mexico-rompe-relaciones-diplomaticas-con-ecuador",
  kind="press_release", lang="es", publisher="sre", author="sre", author_name="Secretaría de Relaciones Exteriores",
  title="México rompe relaciones diplomáticas con Ecuador tras la irrupción en su embajada en Quito",
  published_at="2024-04-05", tz=MX, passages=[
      "Ante la flagrante violación de la Convención de Viena sobre Relaciones Diplomáticas por la irrupción de la policía ecuatoriana en la Embajada de México en Quito, México anuncia el inmediato rompimiento de relaciones diplomáticas con Ecuador.",
      "El Gobierno de México recurrirá a la Corte Internacional de Justicia para denunciar la responsabilidad de Ecuador por violaciones al derecho internacional.",
      "El personal diplomático mexicano saldrá de inmediato de Ecuador.",
  ])

D("doj_20240725",
  url="https://www.justice.gov/opa/pr/two-leaders-sinaloa-cartel-arrested-el-paso-texas",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj", author_name="Office of Public Affairs, U.S. Department of Justice",
  title="Two Leaders of the Sinaloa Cartel Arrested in El Paso, Texas",
  published_at="2024-07-25", tz=NY, passages=[
      "Ismael Zambada García, also known as \"El Mayo,\" a co-founder of the Sinaloa Cartel, and Joaquín Guzmán López, a son of Joaquín \"El Chapo\" Guzmán, were taken into custody today in El Paso, Texas.",
      "Both men face multiple charges in the United States for their alleged roles in leading the cartel's drug trafficking operations.",
  ])

D("blinken_stmt_20240801",
  url="https://www.state.gov/presidential-elections-in-venezuela/",
  kind="press_release", lang="en", publisher="us-state-department", author="antony-blinken", author_name="Antony J. Blinken, Secretary of State",
  title="Presidential Elections in Venezuela",
  published_at="2024-08-01", tz=NY, passages=[
      "Given the overwhelming evidence, it is clear to the United States and, most importantly, to the Venezuelan people that Edmundo González Urrutia won the most votes in Venezuela's July 28 presidential election.",
      "Now is the time for the Venezuelan parties to begin discussions on a respectful, peaceful transition in accordance with Venezuelan electoral law and the wishes of the Venezuelan people.",
  ])

D("salazar_20240822",
  url="https://mx.usembassy.gov/statement-by-ambassador-ken-salazar-on-judicial-reform/",
  kind="press_release", lang="en", publisher="us-embassy-mexico", author="ken-salazar", author_name="U.S. Embassy & Consulates in Mexico",
  title="Statement by Ambassador Ken Salazar on Mexico's Proposed Judicial Reform",
  published_at="2024-08-22", tz=MX, passages=[
      "Based on my lifetime of experience supporting the rule of law, I believe popular direct election of judges represents a major risk to the functioning of Mexico's democracy.",
  ])

D("mananera_20240827",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-del-presidente-andres-manuel-lopez-obrador-del-27-de-agosto-de-2024",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador", author_name="Presidencia de la República",
  title="Versión estenográfica de la conferencia de prensa matutina del presidente Andrés Manuel López Obrador, 27 de agosto de 2024",
  published_at="2024-08-27", tz=MX, verbatim=True, passages=[
      ("reporter", "Presidente, ¿cómo queda la relación con el embajador Salazar después de sus declaraciones sobre la reforma judicial?"),
      ("andres-manuel-lopez-obrador", "Es una pausa. Va a haber pausa con la embajada de Estados Unidos y con la embajada de Canadá, hasta que ellos expresen que van a respetar la independencia de México."),
  ])

# =============================================================================================
# 2025  Venezuela rewards; cartel designations; Texcoco; August 8
# =============================================================================================

D("state_rfj_20250110",
  url="https://www.state.gov/rewards-for-justice-reward-offers-for-information-on-venezuelan-officials/",
  kind="press_release", lang="en", publisher="us-state-department", author="us-state-department", author_name=SPOX,
  title="Rewards for Justice: Increased Reward Offers for Information on Nicolás Maduro Moros and Diosdado Cabello Rondón",
  published_at="2025-01-10", tz=NY, passages=[
      "Today, as Nicolás Maduro Moros claims a third term in office, the Department of State is increasing its reward offers to up to $25 million each for information leading to the arrest and/or conviction of Nicolás Maduro Moros and Diosdado Cabello Rondón.",
      "The Department is also announcing a reward offer of up to $15 million for information leading to the arrest and/or conviction of Vladimir Padrino López.",
  ])

D("doj_20250807",
  url="https://www.justice.gov/opa/pr/attorney-general-bondi-announces-historic-50-million-reward-maduro",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj", author_name="Office of Public Affairs, U.S. Department of Justice",
  title="Attorney General Pamela Bondi Announces Historic Reward of Up to $50 Million for Nicolás Maduro",
  published_at="2025-08-07", tz=NY, passages=[
      "Attorney General Pamela Bondi announced today that the Department of Justice and the Department of State are offering a reward of up to $50 million for information leading to the arrest and/or conviction of Nicolás Maduro Moros.",
      "Maduro was charged in 2020 in the Southern District of New York with narco-terrorism and conspiracy to import cocaine.",
  ])

D("state_fto_20250220",
  url="https://www.state.gov/terrorist-designations-of-international-cartels/",
  kind="press_release", lang="en", publisher="us-state-department", author="marco-rubio", author_name="Marco Rubio, Secretary of State",
  title="Terrorist Designations of International Cartels",
  published_at="2025-02-20", tz=NY, passages=[
      "Today, the State Department is fulfilling one of President Trump's first promises since he took office. I'm pleased to announce the Department's designation of eight organizations as Foreign Terrorist Organizations and Specially Designated Global Terrorists.",
      "The State Department announces the designation of Tren de Aragua, Mara Salvatrucha (MS-13), Cártel de Sinaloa, Cártel de Jalisco Nueva Generación, Cártel del Noreste, La Nueva Familia Michoacana, Cártel del Golfo, and Cárteles Unidos.",
  ])

D("texcoco_20250503",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-inauguracion-de-la-sede-educativa-en-el-parque-ecologico-lago-de-texcoco",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Evento de la presidenta Claudia Sheinbaum Pardo en el Parque Ecológico Lago de Texcoco, Estado de México, 3 de mayo de 2025",
  published_at="2025-05-03", tz=MX, verbatim=True, passages=[
      ("claudia-sheinbaum", "Hace poco, en una llamada, el presidente Trump me decía: ¿cómo podemos ayudarles a combatir el narcotráfico? Le propongo que el Ejército de Estados Unidos entre a ayudarles."),
      ("claudia-sheinbaum", "¿Y saben qué le dije? No, presidente Trump. El territorio es inviolable, la soberanía es inviolable, la soberanía no se vende, la soberanía se ama y se defiende."),
      ("claudia-sheinbaum", "Podemos colaborar, podemos trabajar juntos, pero ustedes en su territorio y nosotros en el nuestro. Podemos compartir información, pero nunca vamos a aceptar la presencia del Ejército de Estados Unidos en nuestro territorio."),
  ])

D("mananera_20250808",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-de-la-presidenta-claudia-sheinbaum-pardo-del-8-de-agosto-de-2025",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum", author_name="Presidencia de la República",
  title="Versión estenográfica. Conferencia de prensa de la presidenta Claudia Sheinbaum Pardo del 8 de agosto de 2025",
  published_at="2025-08-08", tz=MX, verbatim=True, passages=[
      ("reporter", "Según The New York Times, el presidente Trump firmó una orden para que las fuerzas armadas puedan combatir a los cárteles. ¿Tiene información?"),
      ("claudia-sheinbaum", "Fuimos informados de que venía esta orden ejecutiva y que no tenía que ver con la participación de ningún militar o de ninguna institución en nuestro territorio."),
      ("claudia-sheinbaum", "Estados Unidos no va a venir a México con los militares. Cooperamos, colaboramos, pero no va a haber invasión. Eso está descartado, absolutamente descartado."),
      ("claudia-sheinbaum", "Cuando lo han llegado a plantear, siempre hemos dicho que no, que podemos colaborar de otra manera."),
  ])

# =============================================================================================
# 2022  Summit of the Americas
# =============================================================================================

D("mananera_20220606",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-del-presidente-andres-manuel-lopez-obrador-del-6-de-junio-de-2022",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador", author_name="Presidencia de la República",
  title="Versión estenográfica de la conferencia de prensa matutina del presidente Andrés Manuel López Obrador, 6 de junio de 2022",
  published_at="2022-06-06", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "No voy a la Cumbre porque no se invita a todos los países de América, y yo creo en la necesidad de cambiar la política que se ha venido imponiendo desde hace siglos: la exclusión."),
      ("andres-manuel-lopez-obrador", "Nos va a representar el canciller Marcelo Ebrard."),
  ])

D("la_decl_20220610",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/06/10/los-angeles-declaration-on-migration-and-protection/",
  kind="press_release", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Los Angeles Declaration on Migration and Protection",
  published_at="2022-06-10", tz="America/Los_Angeles", passages=[
      "We, the Heads of State and Government of the Americas, gathered in Los Angeles for the Ninth Summit of the Americas, reaffirm our commitment to strengthening national, regional, and hemispheric efforts to create the conditions for safe, orderly, humane, and regular migration.",
  ])
