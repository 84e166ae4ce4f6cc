"""Source documents for the twenty-first development set (dev21.json).

Every document here is about an event of 2023, 2024 or 2025 that neither the first set
(train/dev/test) nor dev2 to dev20 uses, so that dev21 checks whether the verdict rules generalise
to pairs nobody has tuned on (dev22, written at the same time, keeps to events of 2015 to 2022).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the U.S. Coast Guard's press release and the transcript of its press conference in
Boston, the Argentine Economy Ministry's transcript of a recorded message and its press note, the
IMF's statement, the White House's transcript of remarks, the Governor of Maryland's release and
the transcript of a press conference in Baltimore, the National Hurricane Center's tropical
cyclone updates, the PSOE's transcript of a press conference at its headquarters, X posts, media
articles). Nothing here is a verbatim copy of a real document. It shares only the way documents
are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

BUE = "America/Argentina/Buenos_Aires"
GUA = "America/Guatemala"
JAM = "America/Jamaica"
HAV = "America/Havana"
MAD = "Europe/Madrid"


# =============================================================================================
# 2023-06-18 (Sunday)     The Titan, OceanGate's 21-foot submersible, loses contact with its
#                         support ship, the Polar Prince, about 1 hour 45 minutes into a dive to the
#                         wreck of the Titanic with five people aboard
# 2023-06-19 (Monday)     The U.S. Coast Guard's First District (Boston) announces the search;
#                         Rear Adm. John Mauger estimates 70 to 96 hours of emergency oxygen
# 2023-06-21 (Wednesday)  A Canadian P-3 aircraft detects underwater noises in the search area
#                         (media only)
# 2023-06-22 (Thursday)   Mauger's press conference in Boston: an ROV from the Horizon Arctic found
#                         the tail cone about 1,600 feet from the Titanic's bow; the debris is
#                         "consistent with a catastrophic loss of the pressure chamber"; Paul
#                         Hankins (U.S. Navy) on the five major pieces of debris
# =============================================================================================

D("d21_uscg_20230619",
  url="https://www.news.uscg.mil/Press-Releases/Article/3432067/coast-guard-canadian-partners-searching-for-overdue-submersible-near-titanic-wreck-site/",
  kind="press_release", lang="en", publisher="us-coast-guard", author="us-coast-guard",
  author_name="U.S. Coast Guard - First District",
  title="Coast Guard, Canadian partners searching for overdue submersible near Titanic wreck site",
  published_at="2023-06-19", tz=NY, passages=[
      "BOSTON — The Coast Guard's First District is leading a search with Canadian partners for the Titan, a 21-foot submersible with five people aboard, which was reported overdue on a dive to the wreck of the Titanic about 900 miles east of Cape Cod.",
      "The submersible's support ship, the Canadian research vessel Polar Prince, lost contact with the Titan about 1 hour and 45 minutes after it began its dive on Sunday morning.",
      ("john-mauger", "\"This is a remote area, and that is a challenge in conducting a search,\" said Rear Adm. John Mauger, commander of the First Coast Guard District, who estimated that the submersible had between 70 and 96 hours of emergency oxygen available."),
      "Coast Guard and Royal Canadian Air Force aircraft are searching the surface, and the Coast Guard is working with the Navy and commercial partners to bring in equipment that can search beneath it.",
  ])

MEDIA("d21_elpais_20230621",
      url="https://elpais.com/internacional/2023-06-21/un-avion-canadiense-detecta-ruidos-submarinos-en-la-zona-de-busqueda-del-titan.html",
      lang="es", outlet="El País", date="2023-06-21", tz=MAD,
      title="Un avión canadiense detecta ruidos submarinos en la zona de búsqueda del sumergible Titan", passages=[
          "Un avión canadiense P-3 detectó ruidos submarinos en la zona en la que se busca el Titan, el sumergible desaparecido el domingo con cinco personas a bordo cuando descendía hacia los restos del Titanic, informó este miércoles la Guardia Costera de Estados Unidos en un mensaje en Twitter.",
          "Los equipos desplazaron a la zona vehículos submarinos no tripulados para rastrear el origen de los sonidos, de momento sin resultados.",
      ])

D("d21_uscg_tr_20230622",
  url="https://www.news.uscg.mil/Press-Releases/Article/3436251/transcript-coast-guard-press-conference-on-titan-submersible-search-june-22-2023/",
  kind="transcript", lang="en", publisher="us-coast-guard", author="john-mauger",
  author_name="U.S. Coast Guard - First District",
  title="Transcript: Coast Guard press conference on the Titan submersible search, June 22, 2023",
  published_at="2023-06-22", tz=NY, verbatim=True, passages=[
      ("john-mauger", "Good afternoon. This morning, a remotely operated vehicle from the vessel Horizon Arctic discovered the tail cone of the Titan submersible approximately 1,600 feet from the bow of the Titanic on the sea floor. The ROV then found additional debris."),
      ("john-mauger", "In consultation with experts from within the unified command, the debris is consistent with a catastrophic loss of the pressure chamber. Upon this determination, we immediately notified the families. On behalf of the United States Coast Guard and the entire unified command, I offer my deepest condolences to the families."),
      ("paul-hankins", "The ROV found five major pieces of debris. The first was the nose cone, which sits outside the pressure hull. In a larger debris field we then found the front end bell of the pressure hull, the first indication of a catastrophic event, and in a second, smaller field, the other end of the pressure hull."),
      ("reporter", "Is there any connection between the underwater noises picked up during the search and what you have found on the sea floor?"),
      ("john-mauger", "There doesn't appear to be any connection between those noises and the location of the debris on the sea floor. The debris field is consistent with a catastrophic implosion of the vessel. We've had sonar buoys in the water nearly continuously for the last 72 hours, and they have not picked up a catastrophic event."),
      ("reporter", "What are the prospects of recovering the five people who were aboard?"),
      ("john-mauger", "This is an incredibly unforgiving environment down there on the sea floor. We will continue to work and to search the area, but I don't have an answer for prospects at this time."),
  ])


# =============================================================================================
# 2023-12-12 (Tuesday)    Luis Caputo's recorded message, broadcast hours late: "no hay plata",
#                         hyperinflation ahead if nothing changes, ten emergency measures (ministries
#                         from 18 to 9 and secretariats from 106 to 54, the official rate to 800
#                         pesos per dollar, a provisional rise of the impuesto PAIS, the AUH doubled
#                         and the Tarjeta Alimentar up 50 %), "unos meses peor que antes"; the
#                         Economy Ministry's press note; the IMF's statement by Julie Kozack;
#                         Georgieva's post at 19:40 in Washington (00:40 UTC on the 13th)
# =============================================================================================

D("d21_economia_tr_20231212",
  url="https://www.argentina.gob.ar/noticias/mensaje-del-ministro-de-economia-luis-caputo-medidas-de-emergencia",
  kind="transcript", lang="es", publisher="ministerio-economia-argentina", author="luis-caputo",
  author_name="Ministerio de Economía de la Nación",
  title="Mensaje del ministro de Economía, Luis Caputo, sobre las medidas de emergencia",
  published_at="2023-12-12", tz=BUE, verbatim=True, passages=[
      ("luis-caputo", "Buenas tardes a todos. Recibimos la peor herencia de nuestra historia: un déficit fiscal que supera los 5,5 puntos del producto, un Banco Central con un balance deteriorado y una inflación que avanza a un ritmo cercano al 300 % anual."),
      ("luis-caputo", "La génesis de nuestros problemas siempre ha sido fiscal. Si seguimos como estamos, vamos inevitablemente camino a una hiperinflación, y nuestra misión es evitar esa catástrofe."),
      ("luis-caputo", "No hay plata. Por eso anunciamos un paquete de medidas de emergencia. Primero, no se renovarán los contratos laborales del Estado que tengan menos de un año de vigencia. Segundo, se suspende por un año la pauta publicitaria del Gobierno nacional."),
      ("luis-caputo", "Los ministerios se reducen de 18 a 9 y las secretarías, de 106 a 54. Vamos a reducir al mínimo las transferencias discrecionales a las provincias. El Estado no licitará más obra pública nueva y se cancelarán las licitaciones aprobadas cuya obra todavía no haya comenzado. Y reduciremos los subsidios a la energía y al transporte."),
      ("luis-caputo", "Vamos a sincerar el tipo de cambio oficial, que pasará a 800 pesos por dólar. Esto estará acompañado por un aumento provisorio del impuesto PAIS a las importaciones y de las retenciones a las exportaciones no agropecuarias. Además, reemplazaremos el sistema SIRA por un sistema estadístico que no requerirá la aprobación de licencias."),
      ("luis-caputo", "Para no abandonar a quienes más lo necesitan, vamos a duplicar la Asignación Universal por Hijo y a aumentar un 50 % la Tarjeta Alimentar, y mantendremos el Potenciar Trabajo en los valores presupuestados para este año."),
      ("luis-caputo", "No les vamos a mentir: vamos a estar unos meses peor que antes, en particular en términos de inflación. Pero este es el camino para que la Argentina vuelva a crecer."),
  ])

D("d21_economia_pr_20231212",
  url="https://www.argentina.gob.ar/noticias/el-ministerio-de-economia-anuncio-las-primeras-medidas-para-ordenar-las-cuentas-publicas",
  kind="press_release", lang="es", publisher="ministerio-economia-argentina", author="ministerio-economia-argentina",
  author_name="Ministerio de Economía de la Nación",
  title="El Ministerio de Economía anunció las primeras medidas para ordenar las cuentas públicas",
  published_at="2023-12-12", tz=BUE, passages=[
      "El ministro de Economía, Luis Caputo, presentó este martes 12 de diciembre un paquete de diez medidas de emergencia destinado a corregir el desequilibrio fiscal y estabilizar las variables de la economía.",
      "Entre ellas, el tipo de cambio oficial pasará a 800 pesos por dólar, se reducirá la cantidad de ministerios y secretarías, se suspenderá la licitación de obra pública nueva y se reducirán los subsidios a la energía y al transporte.",
      "Las medidas se completan con un refuerzo de la Asignación Universal por Hijo y de la Tarjeta Alimentar para proteger a los sectores más vulnerables durante la transición.",
  ])

D("d21_imf_20231212",
  url="https://www.imf.org/en/News/Articles/2023/12/12/pr23437-argentina-statement-by-imf-communications-director-julie-kozack",
  kind="press_release", lang="en", publisher="imf", author="julie-kozack",
  author_name="International Monetary Fund",
  title="Statement by IMF Communications Director Julie Kozack on Argentina",
  published_at="2023-12-12", tz=NY, passages=[
      ("julie-kozack", "IMF staff welcomes the measures announced today by Argentina's new Economy Minister, Luis Caputo. These bold initial actions aim to significantly improve public finances in a way that protects the most vulnerable in society, and to strengthen the exchange rate regime."),
      ("julie-kozack", "Their decisive implementation will help stabilize the economy and lay the foundations for more sustainable growth led by the private sector."),
      ("julie-kozack", "After the serious policy setbacks of recent months, this new package offers a good basis for further discussions to bring the current Fund-supported program back on track. IMF staff and the new authorities will work swiftly in the period ahead."),
  ])

X("d21_x_georgieva_20231212", handle="KGeorgieva", author="kristalina-georgieva", author_name="Kristalina Georgieva",
  ts="2023-12-13T00:40:00+00:00", lang="en", tz=NY, passages=[
      "I welcome the decisive measures announced today by President Javier Milei and his economic team to tackle Argentina's serious economic challenges. This is an important step to restore stability and to rebuild the country's economic potential.",
  ])


# =============================================================================================
# 2024-03-26 (Tuesday)    The container ship Dali strikes the Francis Scott Key Bridge in Baltimore
#                         at about 1:30 a.m. and brings it down; Governor Wes Moore declares a state of
#                         emergency; Biden's remarks at the White House ("move heaven and earth", the
#                         federal government to pay "the entire cost"); AP on the ship (media only);
#                         Guatemala's foreign ministry on two missing Guatemalans, its post at 21:30 in
#                         Guatemala City (03:30 UTC on the 27th)
# 2024-03-27 (Wednesday)  Maryland's press conference: divers recover two victims from a red pickup
#                         truck in about 25 feet of water; the operation moves to salvage; Moore to the
#                         families in Spanish
# =============================================================================================

D("d21_wh_20240326",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/26/remarks-by-president-biden-on-the-collapse-of-the-francis-scott-key-bridge/",
  kind="transcript", lang="en", publisher="white-house", author="joe-biden",
  author_name="The White House",
  title="Remarks by President Biden on the Collapse of the Francis Scott Key Bridge",
  published_at="2024-03-26", tz=NY, verbatim=True, passages=[
      ("joe-biden", "Good afternoon. Early this morning, a cargo ship struck the Francis Scott Key Bridge in Baltimore and caused it to collapse. I've been briefed here at the White House throughout the morning, and my team has been in constant contact with Governor Moore and with the mayor of Baltimore."),
      ("joe-biden", "The ship's crew was able to alert the Maryland Department of Transportation that they had lost control of the vessel. Because of that, local authorities were able to close the bridge to traffic before it collapsed, which undoubtedly saved lives."),
      ("joe-biden", "Everything so far indicates that this was a terrible accident. At this time, we have no other indication, no other reason to believe there was any intentional act here."),
      ("joe-biden", "I've directed my team to move heaven and earth to reopen the port and rebuild the bridge as soon as humanly possible. It's my intention that the federal government will pay for the entire cost of reconstructing that bridge, and I expect the Congress to support my effort."),
      ("reporter", "Mr. President, will you go to Baltimore?"),
      ("joe-biden", "Yes. I'm going to go as quickly as I can."),
  ])

D("d21_maryland_20240326",
  url="https://governor.maryland.gov/news/press/pages/governor-moore-declares-state-of-emergency-following-francis-scott-key-bridge-collapse.aspx",
  kind="press_release", lang="en", publisher="maryland-government", author="wes-moore",
  author_name="Office of Governor Wes Moore",
  title="Governor Moore Declares State of Emergency Following Francis Scott Key Bridge Collapse",
  published_at="2024-03-26", tz=NY, passages=[
      "ANNAPOLIS, MD — Governor Wes Moore today declared a State of Emergency following the collapse of the Francis Scott Key Bridge in Baltimore early this morning, after the bridge was struck by a container ship.",
      "The Governor is working with an interagency team and with federal partners to bring resources to bear quickly, and has been in contact with President Biden and Transportation Secretary Pete Buttigieg.",
      "The Governor thanked the first responders who reached the scene within minutes and the members of the ship's crew who warned of the loss of power before the impact.",
  ])

MEDIA("d21_ap_20240326",
      url="https://apnews.com/article/baltimore-key-bridge-collapse-ship-dali-container-4ed5fb1a2e5d2b6f9c1e3d7a8b0c2f41",
      lang="en", outlet="Associated Press", date="2024-03-26", tz=NY,
      title="Ship that hit Baltimore's Key Bridge was bound for Sri Lanka", passages=[
          "The Dali, a Singapore-flagged container ship, was leaving the port of Baltimore for Colombo, Sri Lanka, when it lost power and struck one of the supports of the Francis Scott Key Bridge early Tuesday.",
          "The vessel's 22 crew members were all accounted for and none were seriously hurt, the ship's management company said.",
      ])

X("d21_x_minex_gt_20240326", handle="MinexGt", author="minex-guatemala",
  author_name="Ministerio de Relaciones Exteriores de Guatemala",
  ts="2024-03-27T03:30:00+00:00", lang="es", tz=GUA, passages=[
      "#Comunicado | El Ministerio de Relaciones Exteriores informa que dos connacionales, de 26 y 35 años, se encuentran entre las personas desaparecidas tras el colapso del puente Francis Scott Key, en Baltimore, Maryland. El Consulado General de Guatemala en Silver Spring está en comunicación con las autoridades locales y con las familias.",
  ])

D("d21_maryland_tr_20240327",
  url="https://governor.maryland.gov/news/press/pages/transcript-key-bridge-unified-command-press-conference-march-27-2024.aspx",
  kind="transcript", lang="en", publisher="maryland-government", author="maryland-government",
  author_name="Office of Governor Wes Moore",
  title="Transcript: Key Bridge Response Press Conference, March 27, 2024",
  published_at="2024-03-27", tz=NY, verbatim=True, passages=[
      ("roland-butler", "Shortly before 10 a.m., divers located a red pickup truck submerged in approximately 25 feet of water in the area of the middle span of the bridge. Divers recovered two victims trapped within the vehicle: Alejandro Hernández Fuentes, 35 years old, of Baltimore, and Dorlian Ronial Castillo Cabrera, 26 years old, of Dundalk. Their families have been notified."),
      ("roland-butler", "Because of the superstructure around what we believe are the other vehicles, and the amount of concrete and debris, divers can no longer operate safely there. We are moving from a recovery operation to a salvage operation."),
      ("wes-moore", "Our state is grieving with these families, and we will stand by them. Estamos contigo, ahora y siempre."),
  ])


# =============================================================================================
# 2025-10-28 (Tuesday)    Hurricane Melissa makes landfall near New Hope, Jamaica, at about 1 p.m.
#                         EDT (noon in Kingston) as a Category 5 with 185 mph winds and 892 mb (the
#                         NHC's update); Holness declares Jamaica a disaster area (his post at 14:05 in
#                         Kingston) and posts again at 21:15 in Kingston (02:15 UTC on the 29th);
#                         Díaz-Canel's post at 21:20 in Havana (01:20 UTC on the 29th)
# 2025-10-29 (Wednesday)  Melissa makes landfall in eastern Cuba near Chivirico at about 3:10 a.m. EDT
#                         as a Category 3 with 120 mph winds (the NHC's update)
# =============================================================================================

D("d21_nhc_20251028",
  url="https://www.nhc.noaa.gov/archive/2025/al13/al132025.update.10281700.shtml",
  kind="press_release", lang="en", publisher="us-nhc", author="us-nhc",
  author_name="NWS National Hurricane Center Miami FL",
  title="Hurricane Melissa Tropical Cyclone Update: Melissa makes landfall near New Hope, Jamaica",
  published_at="2025-10-28", tz=NY, passages=[
      "...CATASTROPHIC CATEGORY 5 HURRICANE MELISSA MAKES LANDFALL NEAR NEW HOPE, JAMAICA...",
      "Data from Air Force Reserve Hurricane Hunter aircraft indicate that the center of Melissa made landfall along the southwestern coast of Jamaica near New Hope around 100 PM EDT (1700 UTC). Maximum sustained winds at landfall were estimated at 185 mph (295 km/h), and the estimated minimum central pressure was 892 mb (26.34 inches).",
      "Melissa is a category 5 hurricane on the Saffir-Simpson Hurricane Wind Scale. Catastrophic winds, life-threatening storm surge and flash flooding are occurring over Jamaica.",
  ])

D("d21_nhc_20251029",
  url="https://www.nhc.noaa.gov/archive/2025/al13/al132025.update.10290710.shtml",
  kind="press_release", lang="en", publisher="us-nhc", author="us-nhc",
  author_name="NWS National Hurricane Center Miami FL",
  title="Hurricane Melissa Tropical Cyclone Update: Melissa makes landfall in eastern Cuba",
  published_at="2025-10-29", tz=NY, passages=[
      "...MELISSA MAKES LANDFALL IN EASTERN CUBA...",
      "Satellite and radar data indicate that the center of Melissa made landfall along the southern coast of eastern Cuba near Chivirico, in Santiago de Cuba province, around 310 AM EDT (0710 UTC). Maximum sustained winds at landfall were near 120 mph (195 km/h).",
      "Melissa is a category 3 hurricane on the Saffir-Simpson Hurricane Wind Scale. Life-threatening flash flooding and numerous landslides are expected over eastern Cuba.",
  ])

X("d21_x_holness_decl_20251028", handle="AndrewHolnessJM", author="andrew-holness", author_name="Andrew Holness",
  ts="2025-10-28T19:05:00+00:00", lang="en", tz=JAM, passages=[
      "Acting on the advice of the Office of Disaster Preparedness and Emergency Management and of the Minister of Local Government and Community Development, Desmond McKenzie, Prime Minister Andrew Holness has declared Jamaica a disaster area under the Disaster Risk Management Act. The declaration takes effect today, October 28, 2025.",
  ])

X("d21_x_holness_night_20251028", handle="AndrewHolnessJM", author="andrew-holness", author_name="Andrew Holness",
  ts="2025-10-29T02:15:00+00:00", lang="en", tz=JAM, passages=[
      "Jamaica has been badly wounded by Hurricane Melissa tonight. But we will rebuild, and we will build back stronger than before. Stay in your shelters until the all-clear is given, and look out for one another.",
  ])

X("d21_x_diazcanel_20251028", handle="DiazCanelB", author="miguel-diaz-canel", author_name="Miguel Díaz-Canel Bermúdez",
  ts="2025-10-29T01:20:00+00:00", lang="es", tz=HAV, passages=[
      "Nos hemos preparado para el peor escenario. Más de 735 000 personas están protegidas en las provincias orientales. Será una noche muy difícil para Cuba, pero nos vamos a recuperar. #CubaPorLaVida",
  ])


# =============================================================================================
# 2025-06-12 (Thursday)   The UCO's report on Santos Cerdán made public; Cerdán resigns as the PSOE's
#                         secretario de Organización and says he will give up his seat (his post at
#                         16:55 in Madrid, 14:55 UTC); Sánchez's press conference at the party's
#                         headquarters in Ferraz: an apology to citizens, "Hasta esta misma mañana
#                         estaba convencido de la integridad de Santos Cerdán", an external audit of the
#                         party's accounts, a restructuring of its Federal Executive, "No" to an early
#                         election
# =============================================================================================

X("d21_x_cerdan_20250612", handle="santoscerdan", author="santos-cerdan", author_name="Santos Cerdán",
  ts="2025-06-12T14:55:00+00:00", lang="es", tz=MAD, passages=[
      "Hoy he presentado mi dimisión como secretario de Organización del PSOE y como miembro de su Comisión Ejecutiva Federal. Renunciaré también a mi acta de diputado, para dedicarme a mi defensa y colaborar con la Justicia en todo lo que me requiera.",
  ])

D("d21_psoe_tr_20250612",
  url="https://www.psoe.es/actualidad/noticias-actualidad/comparecencia-del-secretario-general-del-psoe-pedro-sanchez-en-ferraz-12-06-2025/",
  kind="transcript", lang="es", publisher="psoe", author="pedro-sanchez",
  author_name="PSOE - Partido Socialista Obrero Español",
  title="Comparecencia del secretario general del PSOE, Pedro Sánchez, en la sede federal de Ferraz",
  published_at="2025-06-12", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenas tardes. Comparezco aquí, en la sede federal del Partido Socialista, en la calle Ferraz, tras conocer el informe de la Unidad Central Operativa de la Guardia Civil. Quiero pedir perdón a la ciudadanía, y también a los militantes y simpatizantes del Partido Socialista."),
      ("pedro-sanchez", "Hasta esta misma mañana estaba convencido de la integridad de Santos Cerdán. Hoy han aparecido indicios graves, y por eso le he pedido que dimita como secretario de Organización y que renuncie a su acta de diputado. El Partido Socialista, y yo como secretario general, no debimos confiar en él."),
      ("pedro-sanchez", "Además, pondré en marcha una auditoría externa de las cuentas del Partido Socialista y propondré al Comité Federal una reestructuración de la Comisión Ejecutiva Federal. La decepción es grande, pero la respuesta será siempre contundente."),
      ("reporter", "¿Va a convocar elecciones anticipadas?"),
      ("pedro-sanchez", "No. La legislatura llegará hasta 2027, y entonces serán los ciudadanos quienes juzguen la obra de este Gobierno."),
  ])
