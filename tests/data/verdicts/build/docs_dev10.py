"""Source documents for the tenth development set (dev10.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev9
uses, so that dev10 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Ecuadorian presidency's transcript of a national broadcast and its comunicados, La
Moncloa's notes and transcripts of institutional declarations, the Irish government's statement,
the Norwegian Nobel Committee's press release and announcement transcript, the European
Parliament's press release, the White House's transcript of an address to the nation, X posts,
media articles). Nothing here is a verbatim copy of a real document. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.MEDIA

UIO = "America/Guayaquil"
MAD = "Europe/Madrid"
DUB = "Europe/Dublin"
JRS = "Asia/Jerusalem"
OSL = "Europe/Oslo"
CCS = "America/Caracas"
SXB = "Europe/Paris"


# =============================================================================================
# 2023-05-17 (Wednesday)  Lasso dissolves the National Assembly by Executive Decree 741 under
#                         article 148 of the Constitution ("muerte cruzada"), a day after his
#                         impeachment trial began; national broadcast from Carondelet
# 2023-08-09 (Wednesday)  Fernando Villavicencio shot dead leaving a campaign rally in the north of
#                         Quito; Lasso's post at 21:10 in Quito (02:10 UTC on the 10th)
# 2023-08-10 (Thursday)   60-day state of exception nationwide, three days of national mourning,
#                         the elections of 20 August maintained, the FBI to help; six Colombians
#                         arrested (media)
# =============================================================================================

D("d10_presidencia_ec_20230517",
  url="https://www.presidencia.gob.ec/mensaje-a-la-nacion-del-presidente-guillermo-lasso-decreto-ejecutivo-741/",
  kind="transcript", lang="es", publisher="ecuador-presidency", author="ecuador-presidency",
  author_name="Presidencia de la República del Ecuador",
  title="Mensaje a la Nación del Presidente de la República, Guillermo Lasso Mendoza",
  published_at="2023-05-17", tz=UIO, verbatim=True, passages=[
      ("guillermo-lasso", "Ecuatorianas y ecuatorianos: he tomado una decisión. Esta mañana he firmado el Decreto Ejecutivo 741, mediante el cual, amparado en el artículo 148 de la Constitución de la República, disuelvo la Asamblea Nacional por grave crisis política y conmoción interna."),
      ("guillermo-lasso", "Es una decisión democrática, no solo porque es constitucional, sino porque devuelve al pueblo ecuatoriano el poder de decidir su futuro en las próximas elecciones."),
      ("guillermo-lasso", "Conforme a la Constitución, el Consejo Nacional Electoral deberá convocar, en un plazo máximo de siete días, a elecciones legislativas y presidenciales para el resto de los respectivos períodos."),
      ("guillermo-lasso", "Hasta la instalación de la nueva Asamblea, podré expedir decretos-leyes de urgencia económica, que requerirán el dictamen favorable de la Corte Constitucional. El Gobierno seguirá trabajando, con todas sus instituciones en funcionamiento."),
  ])

X("d10_x_lasso_20230809", handle="LassoGuillermo", author="guillermo-lasso", author_name="Guillermo Lasso",
  ts="2023-08-10T02:10:00+00:00", lang="es", tz=UIO, passages=[
      "Indignado y consternado por el asesinato del candidato presidencial Fernando Villavicencio. Mi solidaridad y mis condolencias a su esposa y a su familia. Por su memoria y por su lucha, les aseguro que este crimen no quedará en la impunidad. El crimen organizado ha llegado muy lejos, pero caerá sobre ellos todo el peso de la ley.",
  ])

D("d10_presidencia_ec_20230810",
  url="https://www.comunicacion.gob.ec/presidente-lasso-decreta-estado-de-excepcion-en-todo-el-territorio-nacional/",
  kind="press_release", lang="es", publisher="ecuador-presidency", author="ecuador-presidency",
  author_name="Secretaría General de Comunicación de la Presidencia",
  title="Presidente Lasso decreta estado de excepción en todo el territorio nacional",
  published_at="2023-08-10", tz=UIO, passages=[
      "El presidente de la República, Guillermo Lasso, decretó este jueves el estado de excepción en todo el territorio nacional por 60 días, tras el asesinato del candidato presidencial Fernando Villavicencio, ocurrido la tarde del miércoles 9 de agosto a la salida de un mitin en el norte de Quito.",
      "El Mandatario dispuso además tres días de duelo nacional.",
      "Luego de reunirse con el gabinete de seguridad, el Jefe de Estado aseguró que las elecciones anticipadas del domingo 20 de agosto se mantienen en la fecha prevista, y que las Fuerzas Armadas y la Policía Nacional garantizarán la seguridad de la jornada.",
      "Asimismo, informó que, a pedido del Gobierno, una delegación del FBI llegará al país para colaborar en la investigación del crimen.",
  ])

MEDIA("d10_ap_20230810",
      url="https://apnews.com/article/ecuador-villavicencio-killing-suspects-colombians-arrested-2023-08-10",
      lang="en", outlet="Associated Press", date="2023-08-10", tz=UIO,
      title="Six Colombians arrested in killing of Ecuadorian presidential candidate", passages=[
          "QUITO, Ecuador (AP) — Six Colombian men were arrested Thursday in connection with the killing of Ecuadorian presidential candidate Fernando Villavicencio, authorities said.",
          "A seventh suspect died of wounds suffered in an exchange of fire with security guards after the attack outside a school in Quito.",
      ])

# =============================================================================================
# 2024-04-24 (Wednesday)  Sánchez's "carta a la ciudadanía" on X (19:32 in Madrid, 17:32 UTC):
#                         he cancels his agenda to reflect and will announce on Monday the 29th
#                         whether he stays on
# 2024-04-29 (Monday)     Institutional declaration at La Moncloa: "He decidido seguir, con más
#                         fuerza si cabe"; he had told the King that morning
# =============================================================================================

X("d10_x_sanchez_20240424", handle="sanchezcastejon", author="pedro-sanchez", author_name="Pedro Sánchez",
  ts="2024-04-24T17:32:00+00:00", lang="es", tz=MAD, passages=[
      "Carta a la ciudadanía.",
      "Esta mañana he conocido que un juzgado de Madrid ha abierto diligencias previas contra mi mujer, Begoña Gómez, a raíz de una denuncia de una organización ultraderechista llamada Manos Limpias.",
      "Necesito parar y reflexionar. Me urge responderme a la pregunta de si merece la pena todo esto, si debo continuar al frente del Gobierno o renunciar a este alto honor.",
      "Por eso, cancelaré mi agenda pública durante unos días, y el próximo lunes, 29 de abril, compareceré ante los medios de comunicación para dar a conocer mi decisión.",
  ])

D("d10_moncloa_20240429",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2024/20240429-declaracion-institucional.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno, Pedro Sánchez",
  published_at="2024-04-29", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenos días. Esta mañana he trasladado a Su Majestad el Rey mi decisión, y ahora quiero comunicársela a ustedes."),
      ("pedro-sanchez", "He decidido seguir, con más fuerza si cabe, al frente de la Presidencia del Gobierno de España."),
      ("pedro-sanchez", "Quiero agradecer las muestras de solidaridad y empatía que he recibido de todos los rincones de España. Han pesado de forma decisiva en mi reflexión."),
      ("pedro-sanchez", "Mi mujer y yo sabemos que esta campaña de descrédito no va a parar. Pero esta decisión no supone un punto y seguido; es un punto y aparte. Se lo garantizo."),
  ])

# =============================================================================================
# 2024-05-22 (Wednesday)  Ireland, Norway and Spain announce that they will recognise the State of
#                         Palestine; Sánchez announces it in the Congress of Deputies (recognition
#                         approved by the Council of Ministers on the 28th); Katz recalls Israel's
#                         ambassadors from Dublin and Oslo and warns Spain (08:25 UTC)
# 2024-05-28 (Tuesday)    Sánchez's institutional declaration at La Moncloa: "Hoy España reconoce
#                         a Palestina como Estado"; Yolanda Díaz's video "desde el río hasta el
#                         mar" (media)
# =============================================================================================

D("d10_moncloa_20240522",
  url="https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2024/220524-sanchez-congreso-reconocimiento-palestina.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Sánchez anuncia que España reconocerá el Estado de Palestina el próximo 28 de mayo",
  published_at="2024-05-22", tz=MAD, passages=[
      "El presidente del Gobierno, Pedro Sánchez, ha anunciado este miércoles en el Congreso de los Diputados que el Consejo de Ministros aprobará el próximo martes, 28 de mayo, el reconocimiento del Estado de Palestina.",
      "Sánchez ha explicado que la decisión se ha coordinado con Irlanda y Noruega, que han hecho el mismo anuncio este miércoles, y que España trabajará para que otros países se sumen.",
      "El presidente ha subrayado que la comunidad internacional no puede ayudar al Estado palestino si no reconoce su existencia.",
  ])

D("d10_gov_ie_20240522",
  url="https://www.gov.ie/en/press-release/statement-by-the-taoiseach-on-the-recognition-of-the-state-of-palestine/",
  kind="press_release", lang="en", publisher="ireland-government", author="simon-harris",
  author_name="Department of the Taoiseach",
  title="Statement by the Taoiseach, Simon Harris, on the recognition of the State of Palestine",
  published_at="2024-05-22", tz=DUB, passages=[
      "Today, Ireland, Norway and Spain are announcing that we recognise the State of Palestine. Each of us will now undertake whatever national steps are necessary to give effect to that decision.",
      "It is an historic and important day for Ireland and for Palestine. Recognition will take effect on 28 May.",
      "Ireland is unequivocal in fully recognising Israel and its right to exist securely and in peace with its neighbours, and unequivocal in calling for the immediate release of all hostages held in Gaza.",
  ])

X("d10_x_katz_20240522", handle="Israel_katz", author="israel-katz", author_name="Israel Katz",
  ts="2024-05-22T08:25:00+00:00", lang="en", tz=JRS, passages=[
      "Today I am sending a sharp message to Ireland and Norway: Israel will not remain silent in the face of those who undermine its sovereignty and endanger its security. I have ordered the immediate return of Israel's ambassadors from Dublin and Oslo for further consultations.",
      "If Spain implements its declared intention to recognize a Palestinian state, a similar step will be taken against it.",
  ])

D("d10_moncloa_20240528",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2024/20240528-declaracion-institucional-reconocimiento-palestina.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno sobre el reconocimiento del Estado de Palestina",
  published_at="2024-05-28", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenos días. Hoy es un día histórico. Hoy España reconoce a Palestina como Estado."),
      ("pedro-sanchez", "Es una decisión histórica que tiene un único objetivo: ayudar a que israelíes y palestinos alcancen la paz."),
      ("pedro-sanchez", "No es una decisión contra nadie, y menos contra Israel, un pueblo amigo al que respetamos, al que apreciamos y con el que queremos tener la mejor relación posible."),
      ("pedro-sanchez", "Esta decisión refleja también nuestro rechazo frontal a Hamás, que está en contra de la solución de los dos Estados."),
      ("pedro-sanchez", "Conforme a las resoluciones de Naciones Unidas, España no reconocerá cambios en las líneas fronterizas de 1967 que no sean acordados por las partes. Defendemos un Estado palestino viable, con Cisjordania y Gaza conectadas por un corredor, con Jerusalén Este como capital y unificado bajo el gobierno legítimo de la Autoridad Nacional Palestina."),
  ])

MEDIA("d10_elpais_20240528",
      url="https://elpais.com/espana/2024-05-28/yolanda-diaz-palestina-sera-libre-desde-el-rio-hasta-el-mar.html",
      lang="es", outlet="El País", date="2024-05-28", tz=MAD,
      title="Yolanda Díaz cierra un vídeo sobre el reconocimiento con \"Palestina será libre desde el río hasta el mar\"", passages=[
          "La vicepresidenta segunda del Gobierno, Yolanda Díaz, cerró este martes un vídeo sobre el reconocimiento del Estado palestino con la frase \"Palestina será libre desde el río hasta el mar\", que el Gobierno de Israel calificó de llamamiento a la eliminación del Estado judío.",
          "Horas antes, el presidente Pedro Sánchez había leído en La Moncloa una declaración institucional, en español y en inglés, sobre la decisión.",
      ])

# =============================================================================================
# 2024-07-21 (Sunday)     Biden's letter on X ending his campaign for re-election (13:46 in
#                         Washington, 17:46 UTC), his endorsement of Harris (14:13, 18:13 UTC) and
#                         Harris's statement (15:40, 19:40 UTC)
# 2024-07-24 (Wednesday)  Biden's address to the nation from the Oval Office ("pass the torch to a
#                         new generation"); his post at 20:40 in Washington (00:40 UTC on the 25th)
# =============================================================================================

X("d10_x_biden_20240721", handle="JoeBiden", author="joe-biden", author_name="Joe Biden",
  ts="2024-07-21T17:46:00+00:00", lang="en", tz=NY, passages=[
      "My Fellow Americans, over the past three and a half years, we have made great progress as a Nation.",
      "It has been the greatest honor of my life to serve as your President. And while it has been my intention to seek reelection, I believe it is in the best interest of my party and the country for me to stand down and to focus solely on fulfilling my duties as President for the remainder of my term.",
      "I will speak to the Nation later this week in more detail about my decision.",
  ])

X("d10_x_biden_20240721b", handle="JoeBiden", author="joe-biden", author_name="Joe Biden",
  ts="2024-07-21T18:13:00+00:00", lang="en", tz=NY, passages=[
      "My fellow Democrats, I have decided not to accept the nomination and to focus all my energies on my duties as President for the remainder of my term. My very first decision as the party nominee in 2020 was to pick Kamala Harris as my Vice President. And it's been the best decision I've made. Today I want to offer my full support and endorsement for Kamala to be the nominee of our party this year.",
  ])

X("d10_x_harris_20240721", handle="KamalaHarris", author="kamala-harris", author_name="Kamala Harris",
  ts="2024-07-21T19:40:00+00:00", lang="en", tz=NY, passages=[
      "On behalf of the American people, I thank Joe Biden for his extraordinary leadership. I am honored to have the President's endorsement and my intention is to earn and win this nomination.",
  ])

D("d10_wh_20240724",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/07/24/remarks-by-president-biden-in-an-address-to-the-nation-3/",
  kind="transcript", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Remarks by President Biden in an Address to the Nation",
  published_at="2024-07-24", tz=NY, verbatim=True, passages=[
      ("joe-biden", "Oval Office. 8:02 P.M. EDT. My fellow Americans, I'm speaking to you tonight from behind the Resolute Desk in the Oval Office."),
      ("joe-biden", "I revere this office, but I love my country more."),
      ("joe-biden", "So I've decided the best way forward is to pass the torch to a new generation. That's the best way to unite our nation."),
      ("joe-biden", "The great thing about America is, here, kings and dictators do not rule. The people do. History is in your hands."),
      ("joe-biden", "Over the next six months, I'll be focused on doing my job as President. Vice President Harris is experienced. She's tough. She's capable."),
  ])

X("d10_x_biden_20240724", handle="JoeBiden", author="joe-biden", author_name="Joe Biden",
  ts="2024-07-25T00:40:00+00:00", lang="en", tz=NY, passages=[
      "Tonight I told the American people why I decided to step aside. Serving this nation has been the privilege of my life, and I will keep doing my job every day until my term ends.",
  ])

# =============================================================================================
# 2024-10-24 (Thursday)   The European Parliament awards the Sakharov Prize to Machado and Edmundo
#                         González Urrutia (look-alike)
# 2025-10-10 (Friday)     The Norwegian Nobel Committee awards the Nobel Peace Prize to María
#                         Corina Machado (announcement in Oslo, Frydnes answering questions);
#                         Cheung's post (14:40 UTC); Machado's dedication to "el pueblo sufrido de
#                         Venezuela" and to Trump (17:45 UTC) and her post at 21:40 in Caracas
#                         (01:40 UTC on the 11th); Trump on her call (media)
# =============================================================================================

D("d10_europarl_20241024",
  url="https://www.europarl.europa.eu/news/en/press-room/20241024IPR24937/sakharov-prize-2024-awarded-to-maria-corina-machado-and-edmundo-gonzalez-urrutia",
  kind="press_release", lang="en", publisher="european-parliament", author="european-parliament",
  author_name="European Parliament - Press Room",
  title="Sakharov Prize 2024 awarded to María Corina Machado and Edmundo González Urrutia",
  published_at="2024-10-24", tz=SXB, passages=[
      "The European Parliament's 2024 Sakharov Prize for Freedom of Thought goes to María Corina Machado, the leader of the democratic forces in Venezuela, and Edmundo González Urrutia, the president-elect according to the opposition, for their fight to restore freedom and democracy in Venezuela.",
      "The laureates were chosen on Thursday by the Conference of Presidents, and announced by President Roberta Metsola in the plenary chamber in Strasbourg.",
  ])

D("d10_nobel_20251010",
  url="https://www.nobelprize.org/prizes/peace/2025/press-release/",
  kind="press_release", lang="en", publisher="norwegian-nobel-committee", author="norwegian-nobel-committee",
  author_name="The Norwegian Nobel Committee",
  title="Announcement: The Nobel Peace Prize for 2025",
  published_at="2025-10-10", tz=OSL, passages=[
      "The Norwegian Nobel Committee has decided to award the Nobel Peace Prize for 2025 to María Corina Machado.",
      "She is receiving the Nobel Peace Prize for her tireless work promoting democratic rights for the people of Venezuela and for her struggle to achieve a just and peaceful transition from dictatorship to democracy.",
      "As the leader of the democracy movement in Venezuela, María Corina Machado is one of the most extraordinary examples of civilian courage in Latin America in recent times. During the past year, Ms Machado has been forced to live in hiding.",
      "Oslo, 10 October 2025",
  ])

D("d10_nobel_pc_20251010",
  url="https://www.nobelprize.org/prizes/peace/2025/announcement-press-conference/",
  kind="transcript", lang="en", publisher="norwegian-nobel-committee", author="norwegian-nobel-committee",
  author_name="The Norwegian Nobel Committee",
  title="Announcement of the Nobel Peace Prize 2025 at the Norwegian Nobel Institute",
  published_at="2025-10-10", tz=OSL, verbatim=True, passages=[
      ("moderator", "Good morning and welcome to the Norwegian Nobel Institute in Oslo. The chair of the Norwegian Nobel Committee, Jørgen Watne Frydnes, will now announce this year's laureate."),
      ("jorgen-watne-frydnes", "The Norwegian Nobel Committee has decided to award the Nobel Peace Prize for 2025 to María Corina Machado. When authoritarians seize power, it is crucial to recognise courageous defenders of freedom who rise and resist."),
      ("reporter", "Did President Trump's campaign for the prize influence the committee's decision?"),
      ("jorgen-watne-frydnes", "No. In the long history of the Nobel Peace Prize, this committee has seen every type of campaign and media attention. We base our decision only on the work and the will of Alfred Nobel."),
      ("reporter", "Is this prize a message to Nicolás Maduro?"),
      ("jorgen-watne-frydnes", "This prize is about María Corina Machado and the work she has done. Democracy depends on people who refuse to stay silent, who dare to step forward despite grave risk."),
  ])

X("d10_x_cheung_20251010", handle="StevenCheung47", author="steven-cheung", author_name="Steven Cheung",
  ts="2025-10-10T14:40:00+00:00", lang="en", tz=NY, passages=[
      "President Trump will continue making peace deals, ending wars, and saving lives. He has the heart of a humanitarian, and there will never be anyone like him who can move mountains with the sheer force of his will. The Nobel Committee proved they place politics over peace.",
  ])

X("d10_x_machado_20251010", handle="MariaCorinaYA", author="maria-corina-machado", author_name="María Corina Machado",
  ts="2025-10-10T17:45:00+00:00", lang="es", tz=CCS, passages=[
      "Este inmenso reconocimiento a la lucha de todos los venezolanos es un impulso para concluir nuestra tarea: conquistar la libertad.",
      "Hoy, más que nunca, contamos con el presidente Trump, el pueblo de los Estados Unidos, los pueblos de América Latina y las naciones democráticas del mundo como nuestros principales aliados. ¡Dedico este premio al pueblo sufrido de Venezuela y al presidente Trump por su apoyo decisivo a nuestra causa!",
  ])

X("d10_x_machado_20251010b", handle="MariaCorinaYA", author="maria-corina-machado", author_name="María Corina Machado",
  ts="2025-10-11T01:40:00+00:00", lang="es", tz=CCS, passages=[
      "Gracias, Venezuela. Hoy recibí mensajes desde cada rincón del país. Este reconocimiento no es mío: es de todo un pueblo que no se ha rendido. Seguimos hasta el final.",
  ])

MEDIA("d10_ap_20251010",
      url="https://apnews.com/article/trump-machado-nobel-peace-prize-call-2025-10-10",
      lang="en", outlet="Associated Press", date="2025-10-10", tz=NY,
      title="Trump says Nobel winner Machado called him and accepted the prize 'in honor of you'", passages=[
          "WASHINGTON (AP) — President Donald Trump said Friday that María Corina Machado, the Venezuelan opposition leader awarded the Nobel Peace Prize, had called him to say she was accepting the prize in his honor.",
          "\"The person who actually got the Nobel Prize called me today and said, 'I'm accepting this in honor of you because you really deserved it,'\" Trump told reporters at the White House.",
      ])
