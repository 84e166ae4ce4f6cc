"""Source documents for the thirteenth development set (dev13.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev12
uses, so that dev13 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (La Moncloa's transcripts and notes, the Casa Real's note, NATO's declaration and the
transcript of the Secretary General's press conference, the White House's transcript of a press
conference, the Azerbaijani presidency's English transcript of a speech, UN Climate Change's
release, the Mexican presidency's versión estenográfica and comunicado, X and Truth Social posts,
media articles). Nothing here is a verbatim copy of a real document. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

MAD = "Europe/Madrid"
AMS = "Europe/Amsterdam"
BAK = "Asia/Baku"
BUE = "America/Argentina/Buenos_Aires"


# =============================================================================================
# 2025-06-19 (Thursday)   Sánchez's letter to Rutte asking for flexibility on the 5% (media only)
# 2025-06-22 (Sunday)     Sánchez at La Moncloa: an agreement with NATO, Spain will spend 2.1% of
#                         GDP and will sign the declaration, with the flexibility of Rutte's letter
# 2025-06-24 (Tuesday)    Trump posts Rutte's message on Truth Social ("signed onto 5%")
# 2025-06-25 (Wednesday)  The Hague Summit Declaration (5% of GDP by 2035: 3.5% core, up to 1.5%);
#                         Rutte's closing press conference (Spain, 2.1% against 3.5%); Trump's
#                         press conference (Spain "terrible", "pay twice as much")
# =============================================================================================

MEDIA("d13_reuters_20250619",
      url="https://www.reuters.com/world/europe/spain-asks-nato-flexibility-5-defence-spending-target-2025-06-19/",
      lang="en", outlet="Reuters", date="2025-06-19", tz=MAD,
      title="Spain asks NATO for exemption from 5% defence spending target", passages=[
          "MADRID, June 19 (Reuters) - Spanish Prime Minister Pedro Sánchez has written to NATO Secretary General Mark Rutte asking for Spain to be allowed to opt out of a new target of spending 5% of economic output on defence, according to a letter seen by Reuters.",
          "Committing to the 5% goal \"would not only be unreasonable, but also counterproductive,\" Sánchez wrote, adding that it would move Spain away from optimal spending and hinder the EU's efforts to strengthen its security and defence ecosystem.",
      ])

D("d13_moncloa_20250622",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2025/20250622-comparecencia-acuerdo-otan.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Comparecencia del presidente del Gobierno, Pedro Sánchez, sobre el acuerdo con la OTAN ante la cumbre de La Haya",
  published_at="2025-06-22", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenas tardes. Quiero informarles de que España ha cerrado un acuerdo con la OTAN que nos permite no tener que elevar nuestro gasto en defensa hasta el 5 % del PIB."),
      ("pedro-sanchez", "España va a invertir el 2,1 % de su PIB en defensa. Es una cifra suficiente y realista, y con ella cumpliremos los objetivos de capacidades que nos pide la Alianza."),
      ("pedro-sanchez", "Respetamos la legítima aspiración de otros aliados de incrementar su inversión en defensa, pero nosotros no lo vamos a hacer a costa de nuestro Estado del bienestar."),
      ("reporter", "¿Firmará España la declaración de la cumbre de La Haya?"),
      ("pedro-sanchez", "Sí. España firmará la declaración de La Haya, con la flexibilidad que nos reconoce la carta que me ha remitido el secretario general, Mark Rutte."),
      ("reporter", "¿Está España dejando solos a sus aliados?"),
      ("pedro-sanchez", "No. España es un aliado fiable y comprometido con la OTAN, y lo va a seguir siendo."),
  ])

TRUTH("d13_truth_trump_20250624", ts="2025-06-24T13:20:00+00:00", passages=[
    "Mr. President, dear Donald, Congratulations and thank you for your decisive action in Iran, that was truly extraordinary, and something no one else dared to do. It makes us all safer.",
    "You are flying into another big success in The Hague this evening. It was not easy but we've got them all signed onto 5%! Mark Rutte",
])

D("d13_nato_declaration_20250625",
  url="https://www.nato.int/cps/en/natohq/official_texts_236705.htm",
  kind="press_release", lang="en", publisher="nato", author="nato",
  author_name="NATO - Official texts",
  title="The Hague Summit Declaration issued by the NATO Heads of State and Government participating in the meeting of the North Atlantic Council in The Hague, 25 June 2025",
  published_at="2025-06-25", tz=AMS, passages=[
      "We, the Heads of State and Government of the North Atlantic Alliance, have gathered in The Hague to reaffirm our commitment to NATO, the strongest Alliance in history, and to the transatlantic bond. We reaffirm our ironclad commitment to collective defence as enshrined in Article 5 of the Washington Treaty – that an attack on one is an attack on all.",
      "United in the face of profound security threats and challenges, in particular the long-term threat posed by Russia to Euro-Atlantic security and the persistent threat of terrorism, Allies commit to invest 5% of GDP annually on core defence requirements as well as defence- and security-related spending by 2035.",
      "Allies agree that this 5% commitment will comprise two essential categories: at least 3.5% of GDP annually on core defence requirements, and up to 1.5% of GDP annually to, inter alia, protect our critical infrastructure, defend our networks, ensure our civil preparedness and resilience, unleash innovation, and strengthen our defence industrial base.",
      "The trajectory and balance of spending under this plan will be reviewed in 2029. We thank the Kingdom of the Netherlands for its generous hospitality.",
  ])

D("d13_nato_pc_20250625",
  url="https://www.nato.int/cps/en/natohq/opinions_236707.htm",
  kind="transcript", lang="en", publisher="nato", author="mark-rutte",
  author_name="NATO - Newsroom",
  title="Press conference by NATO Secretary General Mark Rutte following the meeting of the North Atlantic Council at the level of Heads of State and Government in The Hague",
  published_at="2025-06-25", tz=AMS, verbatim=True, passages=[
      ("mark-rutte", "Good afternoon. Today, Allies have agreed to invest 5% of GDP annually in defence and security by 2035. This is a quantum leap for our collective defence."),
      ("reporter", "Secretary General, Spain says it will stay at 2.1%. Can it really meet its capability targets with that?"),
      ("mark-rutte", "Spain is convinced that it can reach the capability targets with 2.1%. NATO is absolutely convinced that Spain will have to spend 3.5% to get there. That will be reviewed, as for every Ally, on a regular basis."),
      ("reporter", "Is this summit a success for President Trump?"),
      ("mark-rutte", "It is a success for all of us. He has been pushing for this, and all Allies have now stepped up."),
  ])

D("d13_wh_pc_20250625",
  url="https://www.whitehouse.gov/remarks/2025/06/remarks-by-president-trump-in-press-conference-the-hague-netherlands/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump",
  author_name="The White House",
  title="Remarks by President Trump in Press Conference | The Hague, Netherlands",
  published_at="2025-06-25", tz=AMS, verbatim=True, passages=[
      ("donald-trump", "Thank you very much. We had a great summit. The NATO countries agreed to go to 5 percent, a number that nobody thought was possible."),
      ("reporter", "Spain says it can meet its targets with 2.1 percent. Is that enough, Mr. President?"),
      ("donald-trump", "Spain is terrible, what they've done. They're the only country that won't pay the full amount. We're negotiating with Spain on a trade deal, and we're going to make them pay twice as much. And I'm actually serious about that."),
      ("reporter", "Do you still stand by Article 5?"),
      ("donald-trump", "I stand with it. That's why I'm here. If I didn't stand with it, I wouldn't be here."),
  ])

# =============================================================================================
# 2024-10-30 (Wednesday)  After the floods of the 29th in Valencia: Sánchez's institutional
#                         declaration ("toda España llora con ustedes"); three days of official
#                         mourning from the 31st to the 2nd (La Moncloa's note)
# 2024-11-02 (Saturday)   Sánchez at La Moncloa: 5,000 more soldiers and 5,000 more police and civil
#                         guards; "Si necesitan más recursos, que los pidan"; the Generalitat keeps
#                         the direction of the emergency
# 2024-11-03 (Sunday)     The King and Queen, Sánchez and Mazón in Paiporta (the Casa Real's note);
#                         mud thrown at the delegation (media only)
# 2024-11-05 (Tuesday)    The Council of Ministers approves a first package of 10,600 million euros
#                         (Royal Decree-law 6/2024)
# =============================================================================================

D("d13_moncloa_20241030",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2024/20241030-declaracion-institucional-dana.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno, Pedro Sánchez, sobre los efectos de la DANA",
  published_at="2024-10-30", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenos días. Quiero dirigirme, en primer lugar, a las familias de las víctimas y a quienes siguen buscando a sus seres queridos. Hoy, toda España llora con ustedes."),
      ("pedro-sanchez", "No les vamos a dejar solos. El Gobierno de España va a poner todos los recursos que sean necesarios para el rescate, la reconstrucción y la recuperación."),
      ("pedro-sanchez", "Pido a la ciudadanía de las zonas afectadas que siga las indicaciones de los servicios de emergencia y que evite los desplazamientos."),
  ])

D("d13_moncloa_luto_20241030",
  url="https://www.lamoncloa.gob.es/serviciosdeprensa/notasprensa/presidencia/Paginas/2024/301024-luto-oficial-dana.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Gabinete de Prensa",
  title="El Gobierno declara tres días de luto oficial por las víctimas de la DANA",
  published_at="2024-10-30", tz=MAD, passages=[
      "El Gobierno ha declarado luto oficial en todo el territorio nacional desde las 00:00 horas del jueves 31 de octubre hasta las 24:00 horas del sábado 2 de noviembre, en señal de duelo por las víctimas de la DANA que ha afectado a la Comunitat Valenciana, Castilla-La Mancha y Andalucía.",
      "Durante estos tres días, la bandera nacional ondeará a media asta en todos los edificios públicos y en los buques de la Armada.",
  ])

D("d13_moncloa_20241102",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2024/20241102-comparecencia-comite-crisis-dana.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Comparecencia del presidente del Gobierno, Pedro Sánchez, tras la reunión del comité de crisis para el seguimiento de los efectos de la DANA",
  published_at="2024-11-02", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Sé que la respuesta no está siendo suficiente. Sé que hay problemas y carencias graves, municipios colapsados, y familias que siguen buscando a sus seres queridos."),
      ("pedro-sanchez", "He ordenado el despliegue de 5.000 militares más, que se suman a los 2.500 que ya están sobre el terreno, y de otros 5.000 agentes de la Policía Nacional y de la Guardia Civil, hasta llegar a 10.000. Es el mayor despliegue de las Fuerzas Armadas y de las fuerzas de seguridad del Estado en tiempos de paz."),
      ("reporter", "¿Va a asumir el Gobierno el mando de la emergencia?"),
      ("pedro-sanchez", "La dirección de la emergencia corresponde a la Generalitat Valenciana, y el Gobierno de España va a seguir respondiendo a todo lo que nos pida. Si necesitan más recursos, que los pidan."),
  ])

D("d13_casareal_20241103",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=17052",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de S.M. el Rey",
  title="Los Reyes visitan Paiporta, una de las localidades más afectadas por la DANA",
  published_at="2024-11-03", tz=MAD, passages=[
      "Sus Majestades los Reyes, acompañados por el presidente del Gobierno, Pedro Sánchez, y por el presidente de la Generalitat Valenciana, Carlos Mazón, han visitado este domingo la localidad de Paiporta (Valencia), una de las más castigadas por la DANA.",
      "Don Felipe y Doña Letizia han recorrido varias calles del municipio y han conversado con vecinos afectados, a los que han trasladado su cercanía y su apoyo.",
  ])

MEDIA("d13_reuters_20241103",
      url="https://www.reuters.com/world/europe/spains-king-pm-pelted-with-mud-flood-hit-town-paiporta-2024-11-03/",
      lang="en", outlet="Reuters", date="2024-11-03", tz=MAD,
      title="Angry flood victims pelt Spain's king and PM with mud in Paiporta", passages=[
          "PAIPORTA, Spain, Nov 3 (Reuters) - Angry crowds threw mud and shouted \"murderers\" at King Felipe, Prime Minister Pedro Sánchez and regional leader Carlos Mazón on Sunday as they visited Paiporta, one of the towns worst hit by last week's floods.",
          "Sánchez was escorted away by security staff, while the king and queen stayed on for some time to speak with residents.",
      ])

D("d13_moncloa_20241105",
  url="https://www.lamoncloa.gob.es/consejodeministros/resumenes/Paginas/2024/051124-rueda-de-prensa-ministros.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Referencia del Consejo de Ministros",
  title="El Gobierno aprueba un primer paquete de ayudas de 10.600 millones de euros para los afectados por la DANA",
  published_at="2024-11-05", tz=MAD, passages=[
      "El Consejo de Ministros ha aprobado este martes el Real Decreto-ley 6/2024, que recoge un primer paquete de medidas por valor de 10.600 millones de euros para responder a los daños causados por la DANA.",
      "El presidente del Gobierno, Pedro Sánchez, ha explicado en la rueda de prensa posterior que el paquete incluye ayudas directas a los hogares, a los trabajadores y a las empresas afectadas, así como a los ayuntamientos, y ha asegurado que es solo un primer paso.",
  ])

# =============================================================================================
# 2024-11-12 (Tuesday)    Aliyev at the World Leaders Climate Action Summit of COP29 in Baku: oil
#                         and gas "a gift of God" (the presidency's English transcript)
# 2024-11-13 (Wednesday)  Argentina withdraws its negotiators from COP29 (media only)
# 2024-11-24 (Sunday)     The new finance goal agreed in the early hours: at least USD 300 billion a
#                         year by 2035, USD 1.3 trillion sought; Stiell's statement (UN Climate
#                         Change's release)
# =============================================================================================

D("d13_president_az_20241112",
  url="https://president.az/en/articles/view/67482",
  kind="transcript", lang="en", publisher="azerbaijan-presidency", author="ilham-aliyev",
  author_name="President of the Republic of Azerbaijan",
  title="Speech by Ilham Aliyev at the opening of the World Leaders Climate Action Summit of COP29",
  published_at="2024-11-12", tz=BAK, verbatim=True, passages=[
      ("ilham-aliyev", "Dear heads of state and government, dear guests, welcome to Baku. It is a great honour for Azerbaijan to host COP29."),
      ("ilham-aliyev", "Oil, gas, wind, sun, gold, silver, copper: all of them are natural resources, and countries should not be blamed for having them, and should not be blamed for bringing these resources to the market, because the market needs them."),
      ("ilham-aliyev", "I said that it is a gift of God, and I want to repeat it today here, in front of this audience."),
      ("ilham-aliyev", "Western fake news media, charities and politicians have run a campaign of slander against our country. We will not accept these double standards."),
  ])

MEDIA("d13_reuters_20241113",
      url="https://www.reuters.com/business/environment/argentina-pulls-negotiators-cop29-climate-talks-2024-11-13/",
      lang="en", outlet="Reuters", date="2024-11-13", tz=BUE,
      title="Argentina pulls negotiators from COP29 climate talks", passages=[
          "BUENOS AIRES, Nov 13 (Reuters) - Argentina's foreign ministry instructed its delegation to withdraw from the COP29 climate summit in Baku on Wednesday, according to a government source, raising questions about the commitment of President Javier Milei's government to global climate efforts.",
          "Milei has called climate change a \"socialist lie\". The source did not say whether Argentina would withdraw from the Paris Agreement.",
      ])

D("d13_unfccc_20241124",
  url="https://unfccc.int/news/cop29-un-climate-conference-agrees-to-triple-finance-to-developing-countries-protecting-lives-and",
  kind="press_release", lang="en", publisher="unfccc", author="unfccc",
  author_name="UN Climate Change - News",
  title="COP29 UN Climate Conference Agrees to Triple Finance to Developing Countries, Protecting Lives and Livelihoods",
  published_at="2024-11-24", tz=BAK, passages=[
      "Baku, 24 November 2024 – The UN Climate Change Conference COP29 closed today with a new finance goal to help countries to protect their people and economies against climate disasters.",
      "The new goal will triple finance to developing countries, from the previous goal of USD 100 billion annually, to USD 300 billion annually by 2035, and secure efforts of all actors to work together to scale up finance to developing countries, from public and private sources, to the amount of USD 1.3 trillion per year by 2035.",
      "\"This new finance goal is an insurance policy for humanity, amid worsening climate impacts hitting every country,\" said UN Climate Change Executive Secretary Simon Stiell. \"No country got everything they wanted, and we leave Baku with a mountain of work to do. So this is no time for victory laps.\"",
  ])

# =============================================================================================
# 2024-10-01 (Tuesday)    Claudia Sheinbaum sworn in before the Congress of the Union at the
#                         Palacio Legislativo de San Lázaro ("no llego sola, llegamos todas"); 100
#                         commitments presented in the Zócalo (the presidency's comunicado); her post
#                         at 20:40 in Mexico City (02:40 UTC on the 2nd) and the SRE's at 21:15
#                         (03:15 UTC on the 2nd); El País on Spain's absence (media only)
# =============================================================================================

D("d13_gobmx_20241001",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-toma-de-protesta-de-la-presidenta-claudia-sheinbaum-pardo-ante-el-congreso-de-la-union",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="claudia-sheinbaum",
  author_name="Presidencia de la República",
  title="Versión estenográfica. Toma de protesta de la presidenta Claudia Sheinbaum Pardo ante el Congreso de la Unión, en el Palacio Legislativo de San Lázaro",
  published_at="2024-10-01", tz=MX, verbatim=True, passages=[
      ("moderator", "Se invita a la ciudadana Claudia Sheinbaum Pardo a rendir la protesta de ley como presidenta de los Estados Unidos Mexicanos."),
      ("claudia-sheinbaum", "Protesto guardar y hacer guardar la Constitución Política de los Estados Unidos Mexicanos y las leyes que de ella emanen, y desempeñar leal y patrióticamente el cargo de presidenta de la República que el pueblo me ha conferido."),
      ("claudia-sheinbaum", "Por primera vez en los 200 años de la República, llegamos las mujeres a conducir los destinos de nuestra hermosa nación. Y digo llegamos porque no llego sola: llegamos todas."),
      ("claudia-sheinbaum", "Quiero decirlo con toda claridad: las inversiones de nacionales y extranjeros en nuestro país estarán seguras. Es tiempo de mujeres y de transformación."),
  ])

D("d13_gobmx_zocalo_20241001",
  url="https://www.gob.mx/presidencia/prensa/presidenta-claudia-sheinbaum-presenta-100-compromisos-en-el-zocalo",
  kind="press_release", lang="es", publisher="presidencia-mexico", author="presidencia-mexico",
  author_name="Presidencia de la República - Comunicados",
  title="Presidenta Claudia Sheinbaum presenta 100 compromisos de gobierno ante el pueblo de México en el Zócalo",
  published_at="2024-10-01", tz=MX, passages=[
      "Tras rendir protesta ante el Congreso de la Unión, la presidenta Claudia Sheinbaum Pardo encabezó esta tarde un acto en el Zócalo capitalino, donde presentó 100 compromisos de gobierno.",
      "Entre ellos, la presidenta se comprometió a mantener y ampliar los programas de bienestar, a impulsar la construcción de vivienda y de trenes de pasajeros, y a garantizar la autonomía del Banco de México.",
  ])

X("d13_x_sheinbaum_20241001", handle="Claudiashein", author="claudia-sheinbaum", author_name="Claudia Sheinbaum Pardo",
  ts="2024-10-02T02:40:00+00:00", lang="es", tz=MX, passages=[
      "Gracias, pueblo de México. Hoy rendí protesta como presidenta de la República. Con humildad y con el corazón lleno de esperanza, a partir de hoy trabajaré para todas y todos los mexicanos. ¡Es tiempo de mujeres!",
  ])

X("d13_x_sre_20241001", handle="SRE_mx", author="sre", author_name="Relaciones Exteriores",
  ts="2024-10-02T03:15:00+00:00", lang="es", tz=MX, passages=[
      "La Cancillería agradece a las delegaciones de jefas y jefes de Estado y de Gobierno y a los representantes de organismos internacionales que acompañaron hoy la toma de protesta de la presidenta Claudia Sheinbaum Pardo.",
  ])

MEDIA("d13_elpais_20241001",
      url="https://elpais.com/mexico/2024-10-01/espana-la-gran-ausente-en-la-toma-de-posesion-de-claudia-sheinbaum.html",
      lang="es", outlet="El País", date="2024-10-01", tz=MX,
      title="España, la gran ausente en la toma de posesión de Claudia Sheinbaum", passages=[
          "Ningún representante del Gobierno español asistió este martes a la toma de posesión de Claudia Sheinbaum, después de que la presidenta no invitara al rey Felipe VI a la ceremonia.",
          "Entre los invitados estuvieron los presidentes Luiz Inácio Lula da Silva y Gustavo Petro, y la primera dama estadounidense, Jill Biden, que encabezó la delegación de Washington.",
      ])
