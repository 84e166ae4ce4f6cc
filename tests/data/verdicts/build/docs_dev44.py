"""Source documents for the forty-fourth development set (dev44.json).

Every document here is about an event of 2019 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev42 uses, so that dev44 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev43, written at the same time, keeps to events of 2013 to 2018; this set keeps to
2019 to 2025, and in the event to January and May 2019, September and December 2021 and December
2022, on days on which no earlier set has a document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Guatemalan foreign ministry's comunicado and post, the statement attributable to the
UN Secretary-General's spokesman, the Guatemalan Constitutional Court's comunicado, the Colombian
Attorney General's and presidency's transcripts and the presidency's post, the State Department's
press statement, 10 Downing Street's transcript on GOV.UK, the Labour Party's press release, FIFA's
match report, TyC Sports's transcript, the Argentine president's post, La Moncloa's reference of the
Council of Ministers, the Canarian government's and the Royal Household's notes, media articles).
Nothing here is a verbatim copy of a real document: short phrases that public reporting widely
quotes are kept close to the original where a pair depends on them. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

GUA = "America/Guatemala"
BOG = "America/Bogota"
LON = "Europe/London"
DOH = "Asia/Qatar"
BUE = "America/Argentina/Buenos_Aires"
MAD = "Europe/Madrid"
CAN = "Atlantic/Canary"


# =============================================================================================
# 2019-01-07 (Monday)     Guatemala notifies the United Nations that it terminates the agreement
#                         that set up the CICIG, and gives the commission's staff 24 hours to leave;
#                         Foreign Minister Sandra Jovel hands the letter to António Guterres at UN
#                         Headquarters in New York; the statement attributable to the Secretary-
#                         General's spokesman ("strongly rejects"; the agreement in force until 3
#                         September 2019); the foreign ministry's post at 20:10 in Guatemala City
#                         (UTC-6), 02:10 UTC on the 8th (the minute is ours)
# 2019-01-09 (Wednesday)  The Constitutional Court grants a provisional amparo that suspends the
#                         Executive's decision
# =============================================================================================

D("d44_minex_gt_20190107",
  url="https://www.minex.gob.gt/Noticias/Noticia.aspx?ID=21874",
  kind="press_release", lang="es", publisher="minex-guatemala", author="minex-guatemala",
  author_name="Ministerio de Relaciones Exteriores de Guatemala - Comunicado de prensa",
  title="Comunicado: Gobierno de Guatemala notifica a la ONU la terminación del Acuerdo relativo a la CICIG",
  published_at="2019-01-07", tz=GUA, passages=[
      "Guatemala, 7 de enero de 2019. El Gobierno de la República de Guatemala comunica que hoy, en la sede de las Naciones Unidas en Nueva York, la ministra de Relaciones Exteriores, Sandra Jovel, entregó al secretario general de la Organización, António Guterres, la notificación de la terminación del Acuerdo entre la Organización de las Naciones Unidas y el Gobierno de Guatemala relativo al establecimiento de una Comisión Internacional contra la Impunidad en Guatemala (CICIG).",
      "El Gobierno fundamenta su decisión en las graves violaciones a la legislación nacional y al propio Acuerdo en que, a su juicio, ha incurrido la CICIG, y que ponen en riesgo la seguridad, el orden público y la gobernabilidad del país.",
      "La terminación surte efectos desde su notificación. El Gobierno concede un plazo de 24 horas para que el personal de la CICIG abandone el territorio nacional.",
      "Guatemala reitera su compromiso con la lucha contra la corrupción y la impunidad, que seguirá a cargo de las instituciones nacionales.",
  ])

X("d44_x_minex_20190107", handle="MinexGt", author="minex-guatemala",
  author_name="Cancillería Guatemala", ts="2019-01-08T02:10:00+00:00", lang="es", tz=GUA, passages=[
      "#Comunicado | El Gobierno de Guatemala notificó hoy al secretario general de la ONU, António Guterres, la terminación del Acuerdo relativo al establecimiento de la CICIG. El personal de la Comisión dispone de 24 horas para salir del país.",
  ])

D("d44_un_sg_20190107",
  url="https://www.un.org/sg/en/content/sg/statement/2019-01-07/statement-attributable-the-spokesman-for-the-secretary-general-guatemala",
  kind="press_release", lang="en", publisher="united-nations", author="antonio-guterres",
  author_name="United Nations - Office of the Spokesperson for the Secretary-General",
  title="Statement attributable to the Spokesman for the Secretary-General on Guatemala (New York, 7 January 2019)",
  published_at="2019-01-07", tz=NY, passages=[
      "The Secretary-General received this afternoon at United Nations Headquarters the Minister for Foreign Affairs of Guatemala, Sandra Jovel, who handed him a letter informing him of her Government's decision to terminate the Agreement establishing the International Commission against Impunity in Guatemala (CICIG).",
      "The Secretary-General strongly rejects the content of the letter. He expects Guatemala to fully honour its legal obligations under the Agreement, which remains in force until its expiry on 3 September 2019.",
      "The Secretary-General calls on the Government of Guatemala to ensure the safety and security of the Commission's personnel, and is confident that the Commission will continue to carry out its mandate.",
  ])

D("d44_cc_gt_20190109",
  url="https://cc.gob.gt/2019/01/09/cc-otorga-amparo-provisional-en-relacion-con-la-cicig/",
  kind="press_release", lang="es", publisher="corte-constitucionalidad-guatemala",
  author="corte-constitucionalidad-guatemala",
  author_name="Corte de Constitucionalidad de Guatemala - Comunicado",
  title="La Corte de Constitucionalidad otorga amparo provisional en relación con la terminación del Acuerdo de la CICIG",
  published_at="2019-01-09", tz=GUA, passages=[
      "La Corte de Constitucionalidad, en sesión celebrada este miércoles 9 de enero de 2019, otorgó amparo provisional dentro de las acciones promovidas contra la decisión del Organismo Ejecutivo de dar por terminado el Acuerdo relativo al establecimiento de la CICIG.",
      "En consecuencia, queda en suspenso la decisión del Ejecutivo de dar por terminado el Acuerdo, en tanto se resuelve en definitiva. El amparo provisional no prejuzga sobre el fondo del asunto.",
  ])


# =============================================================================================
# 2019-01-17 (Thursday)   A car bomb explodes in the morning inside the General Santander police
#                         cadet school in the south of Bogotá; the Attorney General, Néstor Humberto
#                         Martínez, identifies the driver and the explosive (80 kilograms of
#                         pentolite in a 1993 Nissan Patrol); the State Department's press statement
# 2019-01-18 (Friday)     Duque's address: the ELN responsible, the suspension of the arrest warrants
#                         against the ten members of its delegation in Cuba lifted, the resolution
#                         that allows their stay there revoked; the presidency's post at 20:30 in
#                         Bogotá (UTC-5), 01:30 UTC on the 19th (the minute is ours)
# 2019-01-21 (Monday)     The ELN claims the attack in a communiqué (El Tiempo, media only)
# =============================================================================================

D("d44_fiscalia_20190117",
  url="https://www.fiscalia.gov.co/colombia/noticias/fiscal-general-identifica-al-autor-del-atentado-contra-la-escuela-general-santander/",
  kind="transcript", lang="es", publisher="fiscalia-colombia", author="nestor-humberto-martinez",
  author_name="Fiscalía General de la Nación - Colombia",
  title="Declaración del fiscal general de la Nación, Néstor Humberto Martínez, sobre el atentado contra la Escuela de Cadetes de Policía General Santander (Bogotá, 17 de enero de 2019)",
  published_at="2019-01-17", tz=BOG, verbatim=True, passages=[
      ("nestor-humberto-martinez", "Buenas tardes. La persona que conducía el vehículo cargado con explosivos que ingresó esta mañana a la Escuela de Cadetes de Policía General Santander, en el sur de Bogotá, ha sido plenamente identificada: se trata de José Aldemar Rojas Rodríguez."),
      ("nestor-humberto-martinez", "El vehículo, una camioneta Nissan Patrol modelo 1993, transportaba 80 kilogramos de pentolita."),
      ("nestor-humberto-martinez", "Este es un acto terrorista contra la Policía Nacional y contra todos los colombianos, y la Fiscalía dedicará todas sus capacidades a esclarecerlo."),
  ])

D("d44_state_20190117",
  url="https://2017-2021.state.gov/terrorist-attack-in-bogota-colombia/",
  kind="press_release", lang="en", publisher="us-state-department", author="us-state-department",
  author_name="U.S. Department of State - Office of the Spokesperson",
  title="Terrorist Attack in Bogota, Colombia - Press Statement (January 17, 2019)",
  published_at="2019-01-17", tz=NY, passages=[
      "The United States strongly condemns today's terrorist attack at the General Santander Police Academy in Bogota, which killed and wounded police cadets.",
      "We extend our deepest condolences to the families of those killed and wish a swift recovery to the injured. The United States stands with the Government and the people of Colombia in the fight against terrorism.",
  ])

D("d44_presidencia_duque_20190118",
  url="https://id.presidencia.gov.co/Paginas/prensa/2019/190118-Declaracion-del-Presidente-Ivan-Duque.aspx",
  kind="transcript", lang="es", publisher="colombia-presidency", author="ivan-duque",
  author_name="Presidencia de la República de Colombia",
  title="Declaración del presidente Iván Duque Márquez (Bogotá, 18 de enero de 2019)",
  published_at="2019-01-18", tz=BOG, verbatim=True, passages=[
      ("ivan-duque", "Colombianos: ayer, jueves 17 de enero, el país fue víctima de un miserable ataque terrorista contra la Escuela de Cadetes de Policía General Santander, en el que fueron asesinados jóvenes que habían elegido servir a la patria."),
      ("ivan-duque", "Las autoridades han establecido que este acto fue perpetrado por el ELN. Colombia entera sabe que el ELN no tiene una verdadera voluntad de paz."),
      ("ivan-duque", "Por eso, he ordenado levantar la suspensión de las órdenes de captura de los diez integrantes del ELN que conforman la delegación de esa organización en Cuba, y he revocado la resolución que crea las condiciones que permiten su permanencia en ese país."),
      ("ivan-duque", "Le pido al Gobierno de Cuba que capture a estos terroristas y los entregue a las autoridades colombianas."),
  ])

X("d44_x_presidencia_20190118", handle="infopresidencia", author="colombia-presidency",
  author_name="Presidencia Colombia", ts="2019-01-19T01:30:00+00:00", lang="es", tz=BOG, passages=[
      "El presidente @IvanDuque ordenó levantar la suspensión de las órdenes de captura de los diez integrantes de la delegación del ELN en Cuba, tras el atentado contra la Escuela General Santander.",
  ])

MEDIA("d44_eltiempo_20190121",
      url="https://www.eltiempo.com/justicia/conflicto-y-narcotrafico/eln-se-atribuye-atentado-contra-escuela-general-santander-319446",
      lang="es", title="El Eln se atribuyó el atentado contra la Escuela General Santander", outlet="El Tiempo",
      date="2019-01-21", tz=BOG, passages=[
          "En un comunicado difundido este lunes, el Ejército de Liberación Nacional (Eln) se atribuyó el atentado con carro bomba del jueves contra la Escuela de Cadetes de Policía General Santander, en el sur de Bogotá.",
          "La guerrilla presentó el ataque como una respuesta a los bombardeos del Ejército durante su cese el fuego unilateral de fin de año.",
      ])


# =============================================================================================
# 2019-05-24 (Friday)     Theresa May's statement outside 10 Downing Street (London, UTC+1): she
#                         will resign as leader of the Conservative and Unionist Party on Friday 7
#                         June so that a successor can be chosen; Jeremy Corbyn's statement calling
#                         for an immediate general election
# =============================================================================================

D("d44_gov_may_20190524",
  url="https://www.gov.uk/government/speeches/prime-ministers-statement-in-downing-street-24-may-2019",
  kind="transcript", lang="en", publisher="uk-pmo", author="theresa-may",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Prime Minister's statement in Downing Street: 24 May 2019 (outside 10 Downing Street, London)",
  published_at="2019-05-24", tz=LON, verbatim=True, passages=[
      ("theresa-may", "Ever since I first stepped through the door behind me as Prime Minister, I have striven to make the United Kingdom a country that works not just for a privileged few, but for everyone, and to honour the result of the EU referendum."),
      ("theresa-may", "I negotiated the terms of our exit and a new relationship with our closest neighbours. I have done everything I can to convince MPs to back that deal. Sadly, I have not been able to do so. I tried three times."),
      ("theresa-may", "I believe it was right to persevere, even when the odds against success seemed high. But it is now clear to me that it is in the best interests of the country for a new Prime Minister to lead that effort."),
      ("theresa-may", "So I am today announcing that I will resign as leader of the Conservative and Unionist Party on Friday 7 June so that a successor can be chosen. I have agreed with the Party Chairman and with the Chairman of the 1922 Committee that the process for electing a new leader should begin in the following week."),
      ("theresa-may", "I was reminded of the words of Sir Nicholas Winton, who saved the lives of hundreds of children by arranging their evacuation from Nazi-occupied Czechoslovakia: 'Never forget that compromise is not a dirty word. Life depends on compromise.'"),
      ("theresa-may", "It is, and will always remain, a matter of deep regret to me that I have not been able to deliver Brexit."),
      ("theresa-may", "I will shortly leave the job that it has been the honour of my life to hold, the second female Prime Minister but certainly not the last. I do so with no ill will, but with enormous and enduring gratitude to have had the opportunity to serve the country I love."),
  ])

D("d44_labour_corbyn_20190524",
  url="https://labour.org.uk/press/jeremy-corbyn-responding-to-the-prime-ministers-resignation/",
  kind="press_release", lang="en", publisher="labour-party-uk", author="jeremy-corbyn",
  author_name="The Labour Party - Press",
  title="Jeremy Corbyn responding to the Prime Minister's resignation statement (24 May 2019)",
  published_at="2019-05-24", tz=LON, passages=[
      ("jeremy-corbyn", "The Prime Minister has accepted what the country has known for months: she cannot govern, and nor can her divided and disintegrating party."),
      ("jeremy-corbyn", "Parliament is deadlocked and the Conservative Party offers no solution. Whoever becomes the new Tory leader must let the people decide our country's future, through an immediate general election."),
  ])


# =============================================================================================
# 2022-12-18 (Sunday)     The World Cup final at Lusail Stadium (UTC+3; kick-off at 18:00, noon in
#                         Buenos Aires): Argentina 3, France 3 after extra time, Argentina win 4-2
#                         on penalties; FIFA's report; Messi to TyC Sports ("No. No me voy a retirar
#                         de la Selección"); Alberto Fernández's post at 21:40 in Buenos Aires
#                         (UTC-3), 00:40 UTC on the 19th (the minute is ours); AP on Mbappé's
#                         hat-trick (media only)
# =============================================================================================

D("d44_fifa_20221218",
  url="https://www.fifa.com/fifaplus/en/articles/argentina-france-match-report-world-cup-qatar-2022-final",
  kind="press_release", lang="en", publisher="fifa", author="fifa",
  author_name="FIFA - Media Release",
  title="Argentina crowned world champions after epic final against France (Lusail, 18 December 2022)",
  published_at="2022-12-18", tz=DOH, passages=[
      "Argentina are world champions for the third time after beating France 4-2 on penalties in the final of the FIFA World Cup Qatar 2022 at Lusail Stadium, following a 3-3 draw after extra time.",
      "Lionel Messi scored twice, from the penalty spot in the 23rd minute and again in the 108th, and Ángel Di María added a second goal in the 36th. Kylian Mbappé scored three times for France, in the 80th, 81st and 118th minutes.",
      "In the shoot-out, goalkeeper Emiliano Martínez saved from Kingsley Coman, Aurélien Tchouaméni put his kick wide, and Gonzalo Montiel converted the decisive penalty.",
      "Messi received the adidas Golden Ball as the tournament's best player. Mbappé took the adidas Golden Boot with eight goals, Martínez the adidas Golden Glove, and Enzo Fernández the FIFA Young Player Award.",
      "Argentina, champions in 1978 and 1986, lifted the trophy for the first time in 36 years.",
  ])

D("d44_tyc_messi_20221218",
  url="https://www.tycsports.com/seleccion-argentina/messi-campeon-del-mundo-no-me-voy-a-retirar-de-la-seleccion-id475121.html",
  kind="transcript", lang="es", publisher=None, author="lionel-messi", author_name="TyC Sports",
  title="Messi, campeón del mundo: la entrevista tras la final en Lusail (18 de diciembre de 2022)",
  published_at="2022-12-18", tz=DOH, verbatim=True, passages=[
      ("reporter", "Leo, sos campeón del mundo. ¿Qué sentís en este momento?"),
      ("lionel-messi", "Es una locura. Lo busqué tanto... Sabía que Dios me lo iba a regalar, presentía que era esta."),
      ("reporter", "¿Te vas a retirar de la Selección?"),
      ("lionel-messi", "No. No me voy a retirar de la Selección. Quiero seguir viviendo algunos partidos más siendo campeón del mundo."),
  ])

X("d44_x_fernandez_20221218", handle="alferdez", author="alberto-fernandez",
  author_name="Alberto Fernández", ts="2022-12-19T00:40:00+00:00", lang="es", tz=BUE, passages=[
      "Hoy es un día de enorme felicidad para todo el pueblo argentino. Gracias, Selección, por devolvernos la alegría y por demostrar lo que se logra cuando se juega en equipo. ¡Campeones del mundo!",
  ])

MEDIA("d44_ap_20221218",
      url="https://apnews.com/article/world-cup-final-mbappe-hat-trick-france-argentina-2022",
      lang="en", title="Mbappé's hat trick not enough as France falls in World Cup final", outlet="Associated Press",
      date="2022-12-18", tz=DOH, passages=[
          "LUSAIL, Qatar (AP) — Kylian Mbappé became the first player since England's Geoff Hurst in 1966 to score a hat trick in a men's World Cup final, but it was not enough for France, who lost to Argentina on penalties.",
      ])


# =============================================================================================
# 2021-09-19 (Sunday)     An eruption begins on the Cumbre Vieja ridge, on La Palma (UTC+1 in
#                         summer); no document of that day is used
# 2021-09-23 (Thursday)   The King and Queen visit La Palma (the Royal Household's note)
# 2021-09-28 (Tuesday)    The Council of Ministers declares La Palma an area seriously affected by a
#                         civil protection emergency
# 2021-12-25 (Saturday)   The Canarian government's PEVOLCA declares the eruption over, after 85
#                         days and 8 hours of activity (UTC+0 in winter)
# =============================================================================================

D("d44_casareal_20210923",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=15936",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de Su Majestad el Rey - Actividades",
  title="Los Reyes se desplazan a la isla de La Palma tras la erupción volcánica (23 de septiembre de 2021)",
  published_at="2021-09-23", tz=CAN, passages=[
      "Sus Majestades los Reyes se han desplazado hoy a la isla de La Palma para conocer de primera mano la situación provocada por la erupción volcánica que comenzó el pasado domingo en la zona de Cumbre Vieja.",
      "Don Felipe y Doña Letizia mantuvieron un encuentro con los responsables del dispositivo de emergencia y con vecinos que han tenido que abandonar sus viviendas, a quienes trasladaron el apoyo, el cariño y la solidaridad de todos los españoles.",
  ])

D("d44_moncloa_cm_20210928",
  url="https://www.lamoncloa.gob.es/consejodeministros/referencias/Paginas/2021/refc20210928.aspx",
  kind="press_release", lang="es", publisher="spain-government", author="spain-government",
  author_name="La Moncloa - Referencia del Consejo de Ministros",
  title="Referencia del Consejo de Ministros (28 de septiembre de 2021)",
  published_at="2021-09-28", tz=MAD, passages=[
      "ACUERDO por el que se declara la isla de La Palma zona afectada gravemente por una emergencia de protección civil, como consecuencia de la erupción volcánica iniciada el 19 de septiembre de 2021 en la zona de Cumbre Vieja.",
      "La declaración permite activar las ayudas previstas para los daños personales y materiales, para las corporaciones locales y para la recuperación de las actividades económicas de la isla.",
  ])

D("d44_canarias_20211225",
  url="https://www3.gobiernodecanarias.org/noticias/el-pevolca-da-por-finalizada-la-erupcion-volcanica-de-cumbre-vieja/",
  kind="press_release", lang="es", publisher="gobierno-canarias", author="gobierno-canarias",
  author_name="Gobierno de Canarias - Noticias",
  title="El PEVOLCA da por finalizada la erupción volcánica de Cumbre Vieja (25 de diciembre de 2021)",
  published_at="2021-12-25", tz=CAN, passages=[
      "El comité director del Plan de Emergencias Volcánicas de Canarias (PEVOLCA) ha dado hoy por finalizada la erupción volcánica de Cumbre Vieja, en La Palma, tras comprobar el comité científico que los indicadores de actividad se mantienen en niveles bajos.",
      "La erupción, iniciada el 19 de septiembre, se prolongó durante 85 días y 8 horas. El portavoz del comité, Julio Pérez, subrayó que la declaración del final de la erupción no supone el final de la emergencia, y que los trabajos de reconstrucción continúan.",
  ])
