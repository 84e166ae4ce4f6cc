"""Source documents for the eighth development set (dev8.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev7
uses, so that dev8 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (NATO news releases, the Finnish presidency's statement, State Department remarks with
speaker turns and press statements, Costa Rican, Panamanian and Ecuadorian government comunicados
and transcripts, a CCSS comunicado, the Órgano Judicial's comunicado, Brazilian presidency notes in
their English versions, a Chinese foreign ministry release, the Vatican's Spanish and English texts
and in-flight press conference, X posts, media articles). Nothing here is a verbatim copy of a real
document. It shares only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.MEDIA

BRU = "Europe/Brussels"
HEL = "Europe/Helsinki"
IST = "Europe/Istanbul"
BUD = "Europe/Budapest"
CR = "America/Costa_Rica"
PTY = "America/Panama"
GYE = "America/Guayaquil"
SHA = "Asia/Shanghai"
BSB = "America/Sao_Paulo"
EDM = "America/Edmonton"
ROM = "Europe/Rome"
IQA = "America/Iqaluit"


# =============================================================================================
# 2023-03-30 (Thursday)  Turkey's parliament ratifies Finland's accession, 276 votes to none (media)
# 2023-04-04 (Tuesday)   Finland joins NATO as the 31st Ally: Haavisto hands the instrument of
#                        accession to Blinken (the treaty's depositary) at NATO Headquarters in
#                        Brussels; the Finnish flag is raised with President Niinistö present;
#                        Niinistö's statement ("The era of military non-alignment ... has come to
#                        an end")
# 2024-02-26 (Monday)    Hungary's parliament ratifies Sweden's accession, 188 to 6 (media)
# 2024-03-07 (Thursday)  Sweden joins NATO as the 32nd Ally: Kristersson hands the instrument to
#                        Blinken at the State Department in Washington ("Good things come to those
#                        who wait"); Kristersson on X in the evening (19:40 in Washington, 00:40
#                        UTC on the 8th)
# 2024-03-11 (Monday)    The Swedish flag raised at NATO Headquarters in Brussels
# =============================================================================================

MEDIA("d8_aa_20230330",
      url="https://www.aa.com.tr/en/turkiye/turkish-parliament-approves-finlands-nato-membership/2859214",
      lang="en", outlet="Anadolu Agency", date="2023-03-30", tz=IST,
      title="Turkish parliament approves Finland's NATO membership", passages=[
          "ANKARA — The Turkish parliament on Thursday approved Finland's bid to join NATO, removing the last hurdle to the Nordic country's membership of the alliance.",
          "All 276 lawmakers present in the General Assembly voted in favor of the bill. Sweden's application remains on hold.",
      ])

D("d8_nato_20230404",
  url="https://www.nato.int/cps/en/natohq/news_213448.htm",
  kind="press_release", lang="en", publisher="nato", author="nato", author_name="NATO",
  title="Finland joins NATO as 31st Ally",
  published_at="2023-04-04", tz=BRU, passages=[
      "Finland today (4 April 2023) became the 31st member of the North Atlantic Treaty Organization, as Foreign Minister Pekka Haavisto handed over Finland's instrument of accession to United States Secretary of State Antony J. Blinken at NATO Headquarters in Brussels. The United States is the depositary of the North Atlantic Treaty.",
      "The Finnish flag was then raised for the first time outside NATO Headquarters, in a ceremony attended by the President of Finland, Sauli Niinistö, and by NATO Foreign Ministers.",
      "Secretary General Jens Stoltenberg welcomed Finland as a full member of the Alliance, saying that its membership was good for Finland, good for Nordic security and good for NATO as a whole.",
  ])

D("d8_presidentti_20230404",
  url="https://www.presidentti.fi/en/news/statement-by-the-president-of-the-republic-of-finland-sauli-niinisto-on-finlands-membership-of-nato/",
  kind="press_release", lang="en", publisher="finland-presidency", author="sauli-niinisto",
  author_name="The President of the Republic of Finland",
  title="Statement by the President of the Republic of Finland Sauli Niinistö on Finland's membership of NATO",
  published_at="2023-04-04", tz=HEL, passages=[
      "Finland has today become a member of the North Atlantic Treaty Organization NATO. The era of military non-alignment in our history has come to an end. A new era begins.",
      "Each country maximises its own security. So does Finland. At the same time, NATO membership strengthens our international position and room for manoeuvre.",
      "Finland's membership is not directed against anyone. Finland will be a strong and capable Ally, committed to the Alliance's consensus and to the defence of every member.",
  ])

MEDIA("d8_reuters_20240226",
      url="https://www.reuters.com/world/europe/hungarian-parliament-ratifies-swedens-nato-membership-2024-02-26/",
      lang="en", outlet="Reuters", date="2024-02-26", tz=BUD,
      title="Hungary's parliament ratifies Sweden's NATO membership, clearing final hurdle", passages=[
          "BUDAPEST, Feb 26 (Reuters) - Hungary's parliament approved Sweden's accession to NATO on Monday, with 188 lawmakers voting in favour and six against, removing the last obstacle to the Nordic country joining the alliance.",
      ])

D("d8_state_20240307",
  url="https://www.state.gov/secretary-antony-j-blinken-and-swedish-prime-minister-ulf-kristersson-at-the-nato-accession-ceremony-for-sweden/",
  kind="transcript", lang="en", publisher="us-state-department", author="us-state-department", author_name="U.S. Department of State",
  title="Secretary Antony J. Blinken and Swedish Prime Minister Ulf Kristersson at the NATO Accession Ceremony for Sweden",
  published_at="2024-03-07", tz=NY, verbatim=True, passages=[
      ("antony-blinken", "Good morning, everyone, and welcome to the Department of State. Prime Minister, it is a great honor to have you here on this historic day."),
      ("antony-blinken", "Good things come to those who wait. In a few moments, I will receive Sweden's instrument of accession, and Sweden will become NATO's 32nd Ally."),
      ("antony-blinken", "Sweden brings a highly capable military, a strong defense industry and a deep commitment to democracy. Our Alliance is bigger, it is stronger, it is more united than ever."),
      ("ulf-kristersson", "Thank you, Secretary Blinken. Today Sweden becomes a member of NATO, after two hundred years of non-alignment. We are humble, but we are also proud."),
      ("ulf-kristersson", "Sweden will strive for unity, solidarity and burden-sharing, and we will fully adhere to the values of the Washington Treaty: freedom, democracy, individual liberty and the rule of law."),
      ("antony-blinken", "I now have the instrument of accession of the Kingdom of Sweden. Welcome to NATO."),
  ])

X("d8_x_kristersson_20240307", handle="SwedishPM", author="ulf-kristersson", author_name="Ulf Kristersson",
  ts="2024-03-08T00:40:00+00:00", lang="en", tz=NY, passages=[
      "Sweden is now a member of NATO. Today in Washington I handed over our instrument of accession. We will share burdens, responsibility and risks with our Allies. A historic day.",
  ])

D("d8_nato_20240311",
  url="https://www.nato.int/cps/en/natohq/news_223446.htm",
  kind="press_release", lang="en", publisher="nato", author="nato", author_name="NATO",
  title="Swedish flag raised at NATO Headquarters",
  published_at="2024-03-11", tz=BRU, passages=[
      "The flag of Sweden was raised at NATO Headquarters in Brussels on Monday (11 March 2024), in a ceremony marking the country's accession to the Alliance as its 32nd member.",
      "Secretary General Jens Stoltenberg was joined by Prime Minister Ulf Kristersson and Crown Princess Victoria of Sweden. Sweden formally joined the Alliance on 7 March, when it deposited its instrument of accession in Washington.",
  ])

# =============================================================================================
# 2022-05-06 (Friday)     The State Department offers rewards of up to $10 million and up to $5
#                         million over the Conti ransomware group
# 2022-05-08 (Sunday)     Rodrigo Chaves sworn in; signs Decreto Ejecutivo 43542-MP-MICITT declaring
#                         a national emergency over the cyberattacks on the public sector
# 2022-05-16 (Monday)     Chaves's press conference: "Estamos en guerra"; 27 institutions attacked,
#                         nine severely; no ransom
# 2022-05-31 (Tuesday)    The CCSS hit by a cyberattack in the early hours; systems shut down
# =============================================================================================

D("d8_state_20220506",
  url="https://www.state.gov/reward-offers-for-information-to-bring-conti-ransomware-as-a-service-group-members-to-justice/",
  kind="press_release", lang="en", publisher="us-state-department-spokesperson", author="ned-price",
  author_name="Ned Price, Department Spokesperson", title="Reward Offers for Information to Bring Conti Ransomware-as-a-Service Group Members to Justice",
  published_at="2022-05-06", tz=NY, passages=[
      "The United States is offering a reward of up to $10 million for information leading to the identification and/or location of any individual who holds a key leadership position in the Conti ransomware variant transnational organized crime group.",
      "In addition, the Department is offering a reward of up to $5 million for information leading to the arrest and/or conviction in any country of any individual conspiring to participate in or attempting to participate in a Conti variant ransomware incident.",
      "Press Statement, Ned Price, Department Spokesperson.",
  ])

D("d8_presidencia_cr_20220508",
  url="https://www.presidencia.go.cr/comunicados/2022/05/presidente-chaves-declara-emergencia-nacional-por-ciberataques/",
  kind="press_release", lang="es", publisher="presidencia-costa-rica", author="presidencia-costa-rica",
  author_name="Presidencia de la República de Costa Rica",
  title="Presidente Chaves declara emergencia nacional por ciberataques contra instituciones públicas",
  published_at="2022-05-08", tz=CR, passages=[
      "En su primer acto de gobierno, el presidente de la República, Rodrigo Chaves Robles, firmó este domingo el Decreto Ejecutivo N.° 43542-MP-MICITT, que declara emergencia nacional en todo el sector público a raíz de los ciberataques que sufren diversas instituciones desde mediados de abril.",
      "La declaratoria permite agilizar la coordinación de las instituciones afectadas y la contratación de los bienes y servicios necesarios para restablecer los sistemas, entre ellos los del Ministerio de Hacienda, cuyas plataformas de recaudación y aduanas se encuentran fuera de servicio.",
      "La coordinación de la respuesta estará a cargo del Ministerio de Ciencia, Innovación, Tecnología y Telecomunicaciones (MICITT).",
  ])

D("d8_presidencia_cr_20220516",
  url="https://www.presidencia.go.cr/comunicados/2022/05/transcripcion-conferencia-de-prensa-presidente-rodrigo-chaves-16-de-mayo-2022/",
  kind="transcript", lang="es", publisher="presidencia-costa-rica", author="rodrigo-chaves",
  author_name="Presidencia de la República de Costa Rica",
  title="Transcripción: conferencia de prensa del presidente Rodrigo Chaves, lunes 16 de mayo de 2022",
  published_at="2022-05-16", tz=CR, verbatim=True, passages=[
      ("rodrigo-chaves", "Estamos en guerra, y esto no es una exageración. Estamos en guerra contra un grupo terrorista internacional que tiene operadores dentro del país."),
      ("rodrigo-chaves", "Hasta hoy son 27 las instituciones atacadas, entre ellas ministerios y municipalidades, y de esas, nueve han sido muy afectadas."),
      ("reporter", "Presidente, ¿Costa Rica va a negociar con Conti?"),
      ("rodrigo-chaves", "No. El Estado costarricense no va a pagar ni un colón a estos delincuentes. Lo que estamos haciendo es reforzar los sistemas con ayuda de países amigos y de empresas especializadas."),
      ("reporter", "¿Cuándo se normalizará el cobro de impuestos?"),
      ("rodrigo-chaves", "Hacienda está trabajando día y noche; no les voy a dar una fecha que no pueda cumplir."),
  ])

MEDIA("d8_nacion_20220517",
      url="https://www.nacion.com/el-pais/politica/conti-eleva-a-20-millones-de-dolares-el-rescate/ABCD1234EF/story/",
      lang="es", outlet="La Nación (Costa Rica)", date="2022-05-17", tz=CR,
      title="Conti eleva a $20 millones el rescate que exige a Costa Rica", passages=[
          "El grupo de cibercriminales Conti elevó a $20 millones la suma que exige al Gobierno para entregar la llave que descifraría los sistemas del Ministerio de Hacienda, según un mensaje publicado en su sitio de la red oscura.",
          "El presidente Rodrigo Chaves había dicho el lunes que el país está «en guerra» con el grupo y que no pagará.",
      ])

D("d8_ccss_20220531",
  url="https://www.ccss.sa.cr/noticia?ccss-fue-objeto-de-ciberataque-en-la-madrugada-de-este-martes",
  kind="press_release", lang="es", publisher="ccss", author="ccss", author_name="Caja Costarricense de Seguro Social",
  title="CCSS fue objeto de un ciberataque en la madrugada de este martes",
  published_at="2022-05-31", tz=CR, passages=[
      "La Caja Costarricense de Seguro Social (CCSS) informa que en la madrugada de este martes 31 de mayo fue objeto de un ciberataque, por lo que, como medida preventiva, se apagaron todos los sistemas informáticos de la institución.",
      "Los servicios de salud se mantienen y los establecimientos aplicarán los protocolos de contingencia, con expedientes en papel, mientras se analiza el alcance del ataque. El Expediente Digital Único en Salud (EDUS) y el Sistema Centralizado de Recaudación (SICERE) no están disponibles.",
  ])

# =============================================================================================
# 2023-10-20 (Friday)     Cortizo sanctions Law 406, approving the contract with Minera Panamá
# 2023-11-03 (Friday)     Cortizo sanctions Law 407, a moratorium on metal mining concessions
# 2023-11-28 (Tuesday)    The Supreme Court's plenary unanimously declares Law 406 unconstitutional;
#                         Cortizo's address to the nation that evening and his post on X (20:30 in
#                         Panama, 01:30 UTC on the 29th)
# =============================================================================================

D("d8_presidencia_pa_20231020",
  url="https://www.presidencia.gob.pa/Noticias/Presidente-Cortizo-Cohen-sanciona-ley-que-aprueba-contrato-con-Minera-Panama",
  kind="press_release", lang="es", publisher="presidencia-panama", author="presidencia-panama",
  author_name="Presidencia de la República de Panamá",
  title="Presidente Cortizo Cohen sanciona ley que aprueba contrato con Minera Panamá",
  published_at="2023-10-20", tz=PTY, passages=[
      "El presidente de la República, Laurentino Cortizo Cohen, sancionó este viernes la Ley 406, que aprueba el contrato de concesión minera entre el Estado y la sociedad Minera Panamá, S.A., luego de su aprobación en tercer debate por la Asamblea Nacional.",
      "El contrato establece el pago de un mínimo de 375 millones de dólares anuales al Estado en regalías e impuestos, según informó el Ministerio de Comercio e Industrias.",
  ])

D("d8_presidencia_pa_20231103",
  url="https://www.presidencia.gob.pa/Noticias/Presidente-Cortizo-Cohen-sanciona-ley-de-moratoria-minera",
  kind="press_release", lang="es", publisher="presidencia-panama", author="presidencia-panama",
  author_name="Presidencia de la República de Panamá",
  title="Presidente Cortizo Cohen sanciona ley que declara moratoria minera",
  published_at="2023-11-03", tz=PTY, passages=[
      "El presidente Laurentino Cortizo Cohen sancionó este viernes la Ley 407, aprobada por la Asamblea Nacional, que declara una moratoria por tiempo indefinido en el otorgamiento, renovación y extensión de concesiones para la exploración, extracción, transporte y beneficio de minería metálica en todo el territorio nacional.",
      "La ley no afecta el contrato aprobado por la Ley 406, cuya constitucionalidad deberá decidir la Corte Suprema de Justicia.",
  ])

D("d8_organojudicial_20231128",
  url="https://www.organojudicial.gob.pa/noticias/pleno-de-la-corte-declara-inconstitucional-la-ley-406-de-20-de-octubre-de-2023",
  kind="press_release", lang="es", publisher="organo-judicial-panama", author="organo-judicial-panama",
  author_name="Órgano Judicial de la República de Panamá",
  title="Pleno de la Corte declara inconstitucional la Ley 406 de 20 de octubre de 2023",
  published_at="2023-11-28", tz=PTY, passages=[
      "El Pleno de la Corte Suprema de Justicia, tras cuatro días de sesiones permanentes, declaró este martes, de manera unánime, que es inconstitucional la Ley 406 de 20 de octubre de 2023, que aprueba el contrato de concesión minera celebrado entre el Estado y la sociedad Minera Panamá, S.A.",
      "La decisión de los nueve magistrados es final, definitiva y obligatoria, y será publicada en la Gaceta Oficial.",
  ])

D("d8_presidencia_pa_20231128",
  url="https://www.presidencia.gob.pa/Noticias/Mensaje-a-la-Nacion-del-presidente-Laurentino-Cortizo-Cohen-28-de-noviembre-de-2023",
  kind="transcript", lang="es", publisher="presidencia-panama", author="laurentino-cortizo",
  author_name="Presidencia de la República de Panamá",
  title="Mensaje a la Nación del presidente Laurentino Cortizo Cohen, 28 de noviembre de 2023",
  published_at="2023-11-28", tz=PTY, verbatim=True, passages=[
      ("laurentino-cortizo", "Panameñas y panameños: hoy la Corte Suprema de Justicia se ha pronunciado sobre el contrato minero. Como lo he dicho desde el primer día, el Gobierno Nacional respeta y acata el fallo, que es de obligatorio cumplimiento."),
      ("laurentino-cortizo", "Con esta decisión, el país entra en un proceso de transición para el cierre ordenado y seguro de la mina, que estará a cargo del Ministerio de Comercio e Industrias, con el acompañamiento de técnicos nacionales e internacionales."),
      ("laurentino-cortizo", "Pido a todos que levanten los cierres de vías y que retomemos la paz social. Panamá necesita volver a trabajar."),
  ])

X("d8_x_cortizo_20231128", handle="NitoCortizo", author="laurentino-cortizo", author_name="Laurentino Cortizo Cohen",
  ts="2023-11-29T01:30:00+00:00", lang="es", tz=PTY, passages=[
      "Acatamos el fallo de la Corte Suprema de Justicia. Iniciamos la transición para el cierre ordenado y seguro de la mina. Es hora de que Panamá recupere la paz social y vuelva a trabajar.",
  ])

MEDIA("d8_reuters_20231128",
      url="https://www.reuters.com/markets/commodities/panama-supreme-court-rules-first-quantum-copper-contract-unconstitutional-2023-11-28/",
      lang="en", outlet="Reuters", date="2023-11-28", tz=PTY,
      title="Panama's top court rules First Quantum copper contract unconstitutional", passages=[
          "PANAMA CITY, Nov 28 (Reuters) - Panama's Supreme Court on Tuesday declared unconstitutional the contract that allowed Canada's First Quantum Minerals to run its Cobre Panama mine, one of the world's largest new copper mines, after weeks of protests across the country.",
          "The mine accounts for about 5% of Panama's gross domestic product. First Quantum said it was reviewing the ruling.",
      ])

# =============================================================================================
# 2024-01-07 (Sunday)     A Los Choneros leader found missing from the Regional prison, Guayaquil
# 2024-01-08 (Monday)     Noboa's Decreto Ejecutivo 110: estado de excepción for 60 days, curfew
#                         23:00-05:00; his video on X (20:50 in Guayaquil, 01:50 UTC on the 9th)
# 2024-01-09 (Tuesday)    Gunmen storm TC Televisión in Guayaquil; Decreto Ejecutivo 111: internal
#                         armed conflict, 22 groups designated terrorist organisations
# =============================================================================================

D("d8_presidencia_ec_20240108",
  url="https://www.comunicacion.gob.ec/presidente-daniel-noboa-decreta-estado-de-excepcion-en-todo-el-territorio-nacional/",
  kind="press_release", lang="es", publisher="ecuador-presidency", author="ecuador-presidency",
  author_name="Secretaría General de Comunicación de la Presidencia",
  title="Presidente Daniel Noboa decreta estado de excepción en todo el territorio nacional",
  published_at="2024-01-08", tz=GYE, passages=[
      "El presidente de la República, Daniel Noboa Azín, firmó este lunes el Decreto Ejecutivo N.° 110, que declara el estado de excepción por grave conmoción interna en todo el territorio nacional, incluidos los centros de privación de libertad, por un plazo de 60 días.",
      "El decreto dispone un toque de queda entre las 23:00 y las 05:00, y la movilización de las Fuerzas Armadas y la Policía Nacional para el control de las cárceles y del espacio público.",
  ])

X("d8_x_noboa_20240108", handle="DanielNoboaOk", author="daniel-noboa", author_name="Daniel Noboa Azín",
  ts="2024-01-09T01:50:00+00:00", lang="es", tz=GYE, passages=[
      "Se acabaron los tiempos en que los condenados por narcotráfico, sicariato y crimen organizado le dictaban al Gobierno de turno qué hacer. He decretado el estado de excepción para que nuestras Fuerzas Armadas tengan el respaldo jurídico para actuar.",
  ])

D("d8_presidencia_ec_20240109",
  url="https://www.comunicacion.gob.ec/presidente-noboa-reconoce-la-existencia-de-un-conflicto-armado-interno/",
  kind="press_release", lang="es", publisher="ecuador-presidency", author="ecuador-presidency",
  author_name="Secretaría General de Comunicación de la Presidencia",
  title="Presidente Noboa reconoce la existencia de un conflicto armado interno",
  published_at="2024-01-09", tz=GYE, passages=[
      "El presidente Daniel Noboa Azín firmó este martes el Decreto Ejecutivo N.° 111, que reconoce la existencia de un conflicto armado interno en el Ecuador, tras la irrupción de un grupo armado en las instalaciones de un canal de televisión en Guayaquil.",
      "El decreto identifica a 22 grupos del crimen organizado transnacional como organizaciones terroristas y actores no estatales beligerantes, entre ellos Los Choneros, Los Lobos y Los Tiguerones.",
      "Asimismo, ordena a las Fuerzas Armadas ejecutar operaciones militares, bajo el derecho internacional humanitario, para neutralizar a estos grupos.",
  ])

MEDIA("d8_ap_20240109",
      url="https://apnews.com/article/ecuador-tc-television-gunmen-live-broadcast-guayaquil-noboa-8f2c1e5a",
      lang="en", outlet="Associated Press", date="2024-01-09", tz=GYE,
      title="Masked gunmen storm TV station in Ecuador during live broadcast", passages=[
          "GUAYAQUIL, Ecuador (AP) — Masked men carrying guns and explosives burst into the studio of the public television channel TC Televisión in Guayaquil on Tuesday during a live broadcast, before police regained control and arrested 13 people.",
      ])

# =============================================================================================
# 2023-04-13 (Thursday)   Lula in Shanghai: Dilma Rousseff's inauguration as president of the New
#                         Development Bank; his speech on trade in currencies other than the dollar;
#                         visit to Huawei's research centre (media)
# 2023-04-14 (Friday)     Xi receives Lula at the Great Hall of the People in Beijing; 15 agreements
# =============================================================================================

D("d8_planalto_20230413",
  url="https://www.gov.br/planalto/en/latest-news/2023/04/speech-by-president-lula-at-the-inauguration-of-dilma-rousseff-as-president-of-the-new-development-bank",
  kind="transcript", lang="en", publisher="brazil-presidency", author="lula-da-silva", author_name="Planalto - Presidency of the Republic of Brazil",
  title="Speech by President Lula at the inauguration of Dilma Rousseff as president of the New Development Bank, Shanghai",
  published_at="2023-04-13", tz=SHA, verbatim=True, passages=[
      ("lula-da-silva", "It is a great joy to be here in Shanghai for the inauguration of comrade Dilma Rousseff as president of the New Development Bank."),
      ("lula-da-silva", "Every night I ask myself why all countries are obliged to base their trade on the dollar. Why can't we trade in our own currencies?"),
      ("lula-da-silva", "Why can't a bank like the BRICS bank have a currency to finance trade relations between Brazil and China, between Brazil and other BRICS countries?"),
  ])

MEDIA("d8_efe_20230413",
      url="https://efe.com/mundo/2023-04-13/lula-visita-centro-investigacion-huawei-shanghai/",
      lang="es", outlet="EFE", date="2023-04-13", tz=SHA,
      title="Lula visita el centro de investigación de Huawei en Shanghái", passages=[
          "El presidente de Brasil, Luiz Inácio Lula da Silva, visitó este jueves el centro de investigación y desarrollo de Huawei en Shanghái, una escala que no figuraba en la agenda oficial difundida antes del viaje.",
      ])

D("d8_mfa_cn_20230414",
  url="https://www.mfa.gov.cn/eng/zxxx_662805/202304/t20230414_11059627.html",
  kind="press_release", lang="en", publisher="china-mfa", author="china-mfa",
  author_name="Ministry of Foreign Affairs of the People's Republic of China",
  title="Xi Jinping Holds Talks with Brazilian President Lula da Silva",
  published_at="2023-04-14", tz=SHA, passages=[
      "On the afternoon of April 14, 2023, President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva, who is on a state visit to China, at the Great Hall of the People in Beijing.",
      "Xi Jinping said that China and Brazil are the largest developing countries in the Eastern and Western Hemispheres, and that China always regards its relations with Brazil as a priority in its diplomacy.",
      "Lula said that Brazil is willing to work with China to strengthen cooperation in trade, investment, science and technology, and to promote world peace. After the talks, the two heads of state witnessed the signing of cooperation documents.",
  ])

D("d8_planalto_20230414",
  url="https://www.gov.br/planalto/en/latest-news/2023/04/lula-and-xi-jinping-sign-15-agreements-in-beijing",
  kind="press_release", lang="en", publisher="brazil-presidency", author="brazil-presidency", author_name="Planalto - Presidency of the Republic of Brazil",
  title="Lula and Xi Jinping sign 15 agreements in Beijing",
  published_at="2023-04-14", tz=SHA, passages=[
      "President Luiz Inácio Lula da Silva was received by President Xi Jinping this Friday, 14 April, at the Great Hall of the People in Beijing, where the two leaders witnessed the signing of 15 agreements in areas such as trade, science and technology, communications and the satellite programme.",
      "At the start of the meeting, President Lula said: \"Nobody will prohibit Brazil from improving its relationship with China.\"",
  ])

# =============================================================================================
# 2022-07-25 (Monday)     Pope Francis at Maskwacis, Alberta, near the former Ermineskin residential
#                         school: he asks forgiveness (the Vatican's Spanish and English texts)
# 2022-07-29 (Friday)     In-flight press conference from Iqaluit to Rome
# =============================================================================================

D("d8_vatican_es_20220725",
  url="https://www.vatican.va/content/francesco/es/speeches/2022/july/documents/20220725-popoli-indigeni-canada.html",
  kind="transcript", lang="es", publisher="holy-see", author="pope-francis", author_name="La Santa Sede",
  title="Viaje apostólico a Canadá. Encuentro con los pueblos indígenas First Nations, Métis e Inuit. Discurso del Santo Padre. Maskwacis, lunes, 25 de julio de 2022",
  published_at="2022-07-25", tz=EDM, verbatim=True, passages=[
      ("pope-francis", "Queridos hermanos y hermanas: he esperado mucho poder estar aquí con ustedes. Desde aquí, desde este lugar asociado a recuerdos dolorosos, quisiera comenzar lo que considero una peregrinación penitencial."),
      ("pope-francis", "Estoy dolido. Pido perdón, en particular, por el modo en el que muchos miembros de la Iglesia y de las comunidades religiosas cooperaron, también por medio de la indiferencia, en esos proyectos de destrucción cultural y asimilación forzada de los gobiernos de la época, que culminaron en el sistema de las escuelas residenciales."),
      ("pope-francis", "Ante este mal que indigna, la Iglesia se arrodilla ante Dios e implora su perdón por los pecados de sus hijos. Lo repito con vergüenza y claridad: pido perdón humildemente por el mal cometido por tantos cristianos contra los pueblos indígenas."),
  ])

D("d8_vatican_en_20220725",
  url="https://www.vatican.va/content/francesco/en/speeches/2022/july/documents/20220725-popoli-indigeni-canada.html",
  kind="transcript", lang="en", publisher="holy-see", author="pope-francis", author_name="The Holy See",
  title="Apostolic Journey to Canada. Meeting with First Nations, Métis and Inuit. Address of the Holy Father. Maskwacis, Monday, 25 July 2022",
  published_at="2022-07-25", tz=EDM, verbatim=True, passages=[
      ("pope-francis", "Dear brothers and sisters: I have been waiting to come here and be with you. It is here, in this place associated with painful memories, that I would like to begin what I consider a penitential pilgrimage."),
      ("pope-francis", "I am sorry. I ask forgiveness, in particular, for the ways in which many members of the Church and of religious communities cooperated, not least through their indifference, in projects of cultural destruction and forced assimilation promoted by the governments of that time, which culminated in the system of residential schools."),
      ("pope-francis", "In the face of this deplorable evil, the Church kneels before God and implores his forgiveness for the sins of her children. I myself wish to reaffirm this, with shame and unambiguously. I humbly beg forgiveness for the evil committed by so many Christians against the Indigenous Peoples."),
  ])

D("d8_vatican_flight_20220729",
  url="https://www.vatican.va/content/francesco/en/speeches/2022/july/documents/20220729-canada-voloritorno.html",
  kind="transcript", lang="en", publisher="holy-see", author="pope-francis", author_name="The Holy See",
  title="Apostolic Journey to Canada. Press conference on the return flight from Iqaluit to Rome, Friday, 29 July 2022",
  published_at="2022-07-29", tz=IQA, verbatim=True, passages=[
      ("moderator", "Holy Father, the first question comes from the Canadian group."),
      ("reporter", "Holy Father, you have often said that what happened in the residential schools was cultural destruction. Why did you not use the word genocide?"),
      ("pope-francis", "It is true, I did not use the word because it did not come to my mind, but I described genocide. I asked forgiveness for this work, which was genocide. Yes, genocide is a technical word, but I described it."),
      ("reporter", "With your knee pain, is your pontificate coming to an end?"),
      ("pope-francis", "I do not think I can keep the same rhythm of travel as before. At my age and with this limitation I must save myself a little in order to serve the Church. The door is open; it is one of the normal options. But up to now I have not knocked on that door."),
  ])
