"""Source documents for the sixth development set (dev6.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2, dev3,
dev4 or dev5 uses, so that dev6 checks whether the verdict rules generalise to pairs nobody has
tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (Holy See Press Office bulletins and the Vatican's Spanish and English texts of a papal
address, an ICJ press release, Venezuelan, Guyanese, Spanish, Argentine, Nicaraguan, Guatemalan,
Ecuadorian and Chinese government releases, State Department and White House statements and a
transcript with speaker turns, a CARICOM statement, a versión estenográfica, X and Truth Social
posts, media articles). Nothing here is a verbatim copy of a real document. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

ROM = "Europe/Rome"
AMS = "Europe/Amsterdam"
MAD = "Europe/Madrid"
CCS = "America/Caracas"
GEO = "America/Guyana"
BUE = "America/Argentina/Buenos_Aires"
MGA = "America/Managua"
GUA = "America/Guatemala"
JAM = "America/Jamaica"
GYE = "America/Guayaquil"
PEK = "Asia/Shanghai"


# =============================================================================================
# 2025-05-07 (Wednesday)  The conclave opens
# 2025-05-08 (Thursday)   Cardinal Robert Francis Prevost elected on the second day (fourth ballot,
#                         133 electors) and takes the name Leo XIV; his first address and blessing
#                         from the central loggia of St Peter's (Vatican texts in Spanish and
#                         English; the greeting to Chiclayo was spoken in Spanish); Trump's
#                         congratulations on Truth Social (13:50 in Washington, 17:50 UTC)
# 2025-05-18 (Sunday)     (not in this set: the Mass for the beginning of the pontificate)
# 2025-05-19 (Monday)     Leo XIV receives Vance, with Rubio, in the Apostolic Palace; both then meet
#                         Cardinal Parolin; Vance hands over a letter from Trump (media)
# =============================================================================================

D("d6_holysee_20250508",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2025/05/08/250508f.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="holy-see-press-office", author_name="Holy See Press Office",
  title="Habemus Papam: the election of Pope Leo XIV",
  published_at="2025-05-08", tz=ROM, passages=[
      "This afternoon, Thursday 8 May 2025, on the second day of the Conclave, the Cardinal electors elected as Roman Pontiff His Eminence Cardinal Robert Francis Prevost, O.S.A., who has taken the name Leo XIV.",
      "White smoke rose from the chimney of the Sistine Chapel shortly after six in the evening, at the fourth ballot. One hundred and thirty-three Cardinal electors took part in the Conclave, which opened on the afternoon of Wednesday 7 May.",
      "The Cardinal Protodeacon, Dominique Mamberti, announced the election from the central loggia of Saint Peter's Basilica. The new Pope then addressed the faithful gathered in Saint Peter's Square and imparted the Apostolic Blessing Urbi et Orbi.",
      "Born in Chicago on 14 September 1955, Leo XIV served for many years as a missionary in Peru and was Bishop of Chiclayo from 2015 to 2023. He is the first Pope born in the United States of America.",
  ])

D("d6_va_urbi_20250508_es",
  url="https://www.vatican.va/content/leo-xiv/es/speeches/2025/may/documents/20250508-prima-benedizione-urbietorbi.html",
  kind="transcript", lang="es", publisher="holy-see", author="pope-leo-xiv", author_name="La Santa Sede",
  title="Primera bendición apostólica «Urbi et Orbi» del Santo Padre León XIV (Logia central de la Basílica de San Pedro, jueves 8 de mayo de 2025)",
  published_at="2025-05-08", tz=ROM, verbatim=True, passages=[
      ("pope-leo-xiv", "¡La paz esté con todos ustedes! Queridísimos hermanos y hermanas, este es el primer saludo de Cristo Resucitado, el buen pastor que ha dado la vida por el rebaño de Dios. Yo también quisiera que este saludo de paz entrara en sus corazones, llegara a sus familias, a todas las personas, dondequiera que estén, a todos los pueblos, a toda la tierra."),
      ("pope-leo-xiv", "Esta es la paz de Cristo Resucitado, una paz desarmada y una paz desarmante, humilde y perseverante. Proviene de Dios, Dios que nos ama a todos incondicionalmente."),
      ("pope-leo-xiv", "Conservamos todavía en nuestros oídos esa voz débil, pero siempre valiente, del papa Francisco que bendecía a Roma."),
      ("pope-leo-xiv", "Ayúdennos también ustedes, y ayúdense unos a otros, a construir puentes con el diálogo, con el encuentro, uniéndonos todos para ser un solo pueblo, siempre en paz."),
      ("pope-leo-xiv", "Soy un hijo de san Agustín, agustino, que dijo: «Con ustedes soy cristiano y para ustedes, obispo». En este sentido, todos podemos caminar juntos hacia esa patria que Dios nos ha preparado."),
      ("pope-leo-xiv", "Y si me permiten también una palabra, un saludo a todos, y en modo particular a mi querida diócesis de Chiclayo, en el Perú, donde un pueblo fiel ha acompañado a su obispo, ha compartido su fe y ha dado tanto, tanto, para seguir siendo Iglesia fiel de Jesucristo."),
      ("pope-leo-xiv", "Queremos ser una Iglesia sinodal, una Iglesia que camina, una Iglesia que busca siempre la paz, que busca siempre la caridad, que busca siempre estar cerca, especialmente de los que sufren."),
  ])

D("d6_va_urbi_20250508_en",
  url="https://www.vatican.va/content/leo-xiv/en/speeches/2025/may/documents/20250508-prima-benedizione-urbietorbi.html",
  kind="transcript", lang="en", publisher="holy-see", author="pope-leo-xiv", author_name="The Holy See",
  title="First \"Urbi et Orbi\" Blessing of the Holy Father Leo XIV (Central Loggia of Saint Peter's Basilica, Thursday, 8 May 2025)",
  published_at="2025-05-08", tz=ROM, verbatim=True, passages=[
      ("pope-leo-xiv", "Peace be with you all! Dearest brothers and sisters, this is the first greeting of the Risen Christ, the Good Shepherd who gave his life for God's flock. I too would like this greeting of peace to enter your hearts, to reach your families, all people, wherever they are, all peoples, the whole earth."),
      ("pope-leo-xiv", "This is the peace of the Risen Christ, a disarmed peace and a disarming peace, humble and persevering. It comes from God, God who loves us all unconditionally."),
      ("pope-leo-xiv", "We still hold in our ears that weak but always courageous voice of Pope Francis blessing Rome."),
      ("pope-leo-xiv", "Help us, too, and help one another to build bridges, through dialogue and encounter, joining together to be one people, always at peace."),
      ("pope-leo-xiv", "I am a son of Saint Augustine, an Augustinian, who said: \"With you I am a Christian, and for you a bishop.\" In this sense, we can all walk together toward the homeland that God has prepared for us."),
      ("pope-leo-xiv", "(In Spanish) And if I may also say a word, a greeting to everyone, and in particular to my beloved diocese of Chiclayo, in Peru, where a faithful people has accompanied its bishop, shared its faith and given so much, so much, to continue being the faithful Church of Jesus Christ."),
      ("pope-leo-xiv", "We want to be a synodal Church, a Church that walks, a Church that always seeks peace, that always seeks charity, that always seeks to be close, especially to those who suffer."),
  ])

TRUTH("d6_truth_trump_20250508", ts="2025-05-08T17:50:00+00:00", passages=[
    "Congratulations to Cardinal Robert Francis Prevost, who was just named Pope. It is such an honor to realize that he is the first American Pope. What excitement, and what a Great Honor for our Country. I look forward to meeting Pope Leo XIV. It will be a very meaningful moment!",
])

D("d6_holysee_20250519",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2025/05/19/250519c.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="holy-see-press-office", author_name="Holy See Press Office",
  title="Audience with the Vice President of the United States of America",
  published_at="2025-05-19", tz=ROM, passages=[
      "This morning, in the Vatican Apostolic Palace, the Holy Father Leo XIV received in audience the Honourable James David Vance, Vice President of the United States of America, accompanied by the Honourable Marco Rubio, Secretary of State.",
      "The Vice President and the Secretary of State subsequently met with His Eminence Cardinal Pietro Parolin, Secretary of State of His Holiness, accompanied by His Excellency Archbishop Paul Richard Gallagher, Secretary for Relations with States and International Organizations.",
      "During the cordial talks, appreciation was expressed for the good bilateral relations, and cooperation between Church and State was discussed, as well as some matters of particular relevance for ecclesial life and religious freedom.",
      "Finally, there was an exchange of views on some current international issues, calling for respect for humanitarian law and international law in areas of conflict, and for a negotiated solution between the parties involved.",
  ])

MEDIA("d6_efe_20250519",
      url="https://efe.com/mundo/2025-05-19/vance-entrega-papa-leon-xiv-carta-trump-invitacion-casa-blanca/",
      lang="es", outlet="EFE", date="2025-05-19", tz=ROM,
      title="Vance entrega al papa León XIV una carta de Trump con una invitación a la Casa Blanca", passages=[
          "El vicepresidente de Estados Unidos, JD Vance, entregó este lunes al papa León XIV una carta del presidente Donald Trump en la que lo invita a visitar la Casa Blanca, durante la audiencia que el pontífice le concedió en el Vaticano junto al secretario de Estado, Marco Rubio.",
          "El encuentro se produjo un día después de la misa de inicio del pontificado, a la que asistieron ambos.",
      ])

# =============================================================================================
# 2023-12-01 (Friday)    The ICJ orders Venezuela to refrain from altering the situation in the
#                        territory in dispute (unanimous)
# 2023-12-03 (Sunday)    Venezuela's consultative referendum on the Essequibo: the CNE counts
#                        10,554,320 votes
# 2023-12-05 (Tuesday)   Maduro orders a Zona de Defensa Integral for the Guayana Esequiba (media)
# 2023-12-14 (Thursday)  Maduro and Ali meet at Argyle International Airport, St Vincent and the
#                        Grenadines: the Joint Declaration of Argyle; Ali's post (21:20 in
#                        Georgetown, 01:20 UTC on the 15th)
# 2023-12-15 (Friday)    Maduro's post: "Ayer, en San Vicente y las Granadinas..." (09:30 in Caracas)
# =============================================================================================

D("d6_icj_20231201",
  url="https://www.icj-cij.org/sites/default/files/case-related/171/171-20231201-pre-01-00-en.pdf",
  kind="press_release", lang="en", publisher="icj", author="icj", author_name="International Court of Justice",
  title="Arbitral Award of 3 October 1899 (Guyana v. Venezuela): The Court indicates provisional measures",
  published_at="2023-12-01", tz=AMS, passages=[
      "THE HAGUE, 1 December 2023. The International Court of Justice, the principal judicial organ of the United Nations, today delivered its Order on the Request for the indication of provisional measures submitted by the Co-operative Republic of Guyana in the case concerning the Arbitral Award of 3 October 1899 (Guyana v. Venezuela).",
      "In its Order, the Court indicates, unanimously, that, pending a final decision in the case, the Bolivarian Republic of Venezuela shall refrain from taking any action which would modify the situation that currently prevails in the territory in dispute, whereby the Co-operative Republic of Guyana administers and exercises control over that area.",
      "The Court also indicates, unanimously, that both Parties shall refrain from any action which might aggravate or extend the dispute before the Court or make it more difficult to resolve.",
  ])

D("d6_cne_ve_20231203",
  url="http://www.cne.gob.ve/web/sala_prensa/noticia_detallada.php?id=4115",
  kind="press_release", lang="es", publisher="cne-venezuela", author="cne-venezuela", author_name="Consejo Nacional Electoral",
  title="CNE presenta el primer boletín del Referendo Consultivo 2023",
  published_at="2023-12-03", tz=CCS, passages=[
      "El presidente del Consejo Nacional Electoral (CNE), Elvis Amoroso, presentó en la noche de este domingo 3 de diciembre el primer boletín del Referendo Consultivo en defensa de la Guayana Esequiba.",
      "Amoroso informó que en la consulta se contabilizaron 10.554.320 votos, y que la opción «Sí» obtuvo una victoria contundente en cada una de las cinco preguntas sometidas a la consideración del pueblo venezolano.",
  ])

MEDIA("d6_efe_20231205",
      url="https://efe.com/mundo/2023-12-05/maduro-zona-defensa-integral-guayana-esequiba-nuevo-mapa/",
      lang="es", outlet="EFE", date="2023-12-05", tz=CCS,
      title="Maduro ordena crear una zona militar para el Esequibo y presenta un nuevo mapa de Venezuela", passages=[
          "El presidente de Venezuela, Nicolás Maduro, ordenó este martes crear una Zona de Defensa Integral para la Guayana Esequiba y designó a un general como autoridad única del territorio, que Guyana administra y Caracas reclama.",
          "Maduro presentó además un nuevo mapa de Venezuela que incluye la región y ordenó a la petrolera estatal PDVSA crear una división para otorgar licencias de explotación en la zona, dos días después del referendo consultivo.",
      ])

D("d6_argyle_20231214_en",
  url="https://minfor.gov.gy/joint-declaration-of-argyle-for-dialogue-and-peace-between-guyana-and-venezuela/",
  kind="press_release", lang="en", publisher="guyana-government", author="guyana-government", author_name="Ministry of Foreign Affairs and International Cooperation, Guyana",
  title="Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela",
  published_at="2023-12-14", tz=GEO, passages=[
      "Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela. Argyle, St. Vincent and the Grenadines, 14 December 2023.",
      "Following the meeting held today at Argyle International Airport, St. Vincent and the Grenadines, between President Dr. Mohamed Irfaan Ali of the Co-operative Republic of Guyana and President Nicolás Maduro Moros of the Bolivarian Republic of Venezuela, facilitated by Prime Minister Dr. Ralph Gonsalves of St. Vincent and the Grenadines, Pro Tempore President of CELAC, and Prime Minister Roosevelt Skerrit of the Commonwealth of Dominica, Chairman of CARICOM, in the presence of Celso Amorim, special adviser to President Luiz Inácio Lula da Silva of Brazil, the following was agreed:",
      "That Guyana and Venezuela, directly or indirectly, will not threaten or use force against one another in any circumstances, including those consequential to any existing controversies between the two States.",
      "That any controversies between the two States will be resolved in accordance with international law, including the Geneva Agreement dated February 17, 1966.",
      "Guyana asserted that it is committed to the process and procedures of the International Court of Justice for the resolution of the border controversy. Venezuela asserted its lack of consent and lack of recognition of the International Court of Justice and its jurisdiction in the border controversy.",
      "That a joint commission of the Foreign Ministers and technical personnel from the two States will be immediately established to address matters as mutually agreed. An update from this joint commission will be submitted to the Presidents of Guyana and Venezuela within three months.",
      "That both States agree to meet again in Brazil, within the next three months, or at another agreed time, to consider any matter with implications for the territory in dispute, including the above-mentioned update of the joint commission.",
  ])

D("d6_argyle_20231214_es",
  url="https://mppre.gob.ve/comunicado/declaracion-conjunta-de-argyle-por-el-dialogo-y-la-paz-entre-guyana-y-venezuela/",
  kind="press_release", lang="es", publisher="cancilleria-venezuela", author="cancilleria-venezuela", author_name="Ministerio del Poder Popular para Relaciones Exteriores",
  title="Declaración Conjunta de Argyle por el Diálogo y la Paz entre Guyana y Venezuela",
  published_at="2023-12-14", tz=CCS, passages=[
      "Declaración Conjunta de Argyle por el Diálogo y la Paz entre Guyana y Venezuela. Argyle, San Vicente y las Granadinas, 14 de diciembre de 2023.",
      "Tras la reunión celebrada hoy en el Aeropuerto Internacional de Argyle, San Vicente y las Granadinas, entre el presidente de la República Bolivariana de Venezuela, Nicolás Maduro Moros, y el presidente de la República Cooperativa de Guyana, Mohamed Irfaan Ali, facilitada por el primer ministro de San Vicente y las Granadinas, Ralph Gonsalves, presidente pro tempore de la CELAC, y por el primer ministro de Dominica, Roosevelt Skerrit, presidente de la CARICOM, en presencia de Celso Amorim, asesor especial del presidente de Brasil, Luiz Inácio Lula da Silva, se acordó lo siguiente:",
      "Que Guyana y Venezuela, directa o indirectamente, no se amenazarán ni usarán la fuerza mutuamente en ninguna circunstancia, incluidas las derivadas de cualquier controversia existente entre ambos Estados.",
      "Que cualquier controversia entre los dos Estados se resolverá de conformidad con el derecho internacional, incluido el Acuerdo de Ginebra del 17 de febrero de 1966.",
      "Guyana afirmó su compromiso con el proceso y los procedimientos de la Corte Internacional de Justicia para la resolución de la controversia limítrofe. Venezuela afirmó su falta de consentimiento y de reconocimiento de la Corte Internacional de Justicia y de su jurisdicción en la controversia limítrofe.",
      "Que se establecerá de inmediato una comisión conjunta de los cancilleres y personal técnico de ambos Estados para abordar los asuntos que se acuerden mutuamente. La comisión presentará una actualización a los presidentes de Guyana y Venezuela en un plazo de tres meses.",
      "Que ambos Estados acuerdan reunirse nuevamente en Brasil dentro de los próximos tres meses, o en otro momento que se acuerde, para considerar cualquier asunto con implicaciones para el territorio en disputa, incluida la actualización de la comisión conjunta.",
  ])

X("d6_x_ali_20231214", handle="presidentaligy", author="irfaan-ali", author_name="Irfaan Ali",
  ts="2023-12-15T01:20:00+00:00", lang="en", tz=GEO, passages=[
      "Today at Argyle, St. Vincent and the Grenadines, I told President Maduro plainly that Guyana's border is not up for discussion. The controversy is before the International Court of Justice, and that is where it will be settled.",
      "We agreed that neither country will threaten or use force against the other. Guyana wants peace, and Guyana will defend every inch of its territory.",
  ])

X("d6_x_maduro_20231215", handle="NicolasMaduro", author="nicolas-maduro", author_name="Nicolás Maduro",
  ts="2023-12-15T13:30:00+00:00", lang="es", tz=CCS, passages=[
      "Ayer, en San Vicente y las Granadinas, sostuvimos un encuentro franco y directo con el presidente de Guyana, Irfaan Ali. Acordamos que ninguno de los dos países recurrirá a la amenaza ni al uso de la fuerza, y que la controversia territorial se atenderá conforme al Acuerdo de Ginebra de 1966. ¡Ganó la paz, ganó el diálogo!",
  ])

# =============================================================================================
# 2023-12-20 (Wednesday)  The United States grants clemency to Alex Saab; ten Americans freed in
#                         Venezuela and Leonard Francis returned (Qatar mediating); Maduro receives
#                         Saab at Miraflores that night; his post (21:35 in Caracas, 01:35 UTC on
#                         the 21st)
# =============================================================================================

D("d6_wh_biden_20231220",
  url="https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/12/20/statement-from-president-joe-biden-on-the-release-of-americans-detained-in-venezuela/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden", author_name="The White House",
  title="Statement from President Joe Biden on the Release of Americans Detained in Venezuela",
  published_at="2023-12-20", tz=NY, passages=[
      "Today, ten Americans who were detained in Venezuela are free and on their way home to their loved ones.",
      "As part of this arrangement, Leonard Francis, a fugitive who fled justice in the United States, has been returned to face the charges against him, and the Maduro government has released Venezuelan political prisoners. In exchange, I granted clemency to Alex Saab, an associate of Nicolás Maduro who was awaiting trial in the United States.",
      "I want to thank the Government of Qatar for its help in facilitating this arrangement. We will continue to hold the Maduro regime to the commitments it has made to hold competitive elections in 2024.",
  ])

D("d6_presidencia_ve_20231220",
  url="https://www.presidencia.gob.ve/Site/Web/Principal/paginas/classMostrarEvento3.php?id_evento=29460",
  kind="press_release", lang="es", publisher="venezuela-presidency", author="venezuela-presidency", author_name="Presidencia de la República Bolivariana de Venezuela",
  title="Presidente Maduro recibe en Miraflores al diplomático Alex Saab tras su liberación",
  published_at="2023-12-20", tz=CCS, passages=[
      "El presidente de la República Bolivariana de Venezuela, Nicolás Maduro, recibió la noche de este miércoles en el Palacio de Miraflores al diplomático venezolano Alex Saab, quien regresó al país tras permanecer más de tres años secuestrado por el Gobierno de los Estados Unidos.",
      "Acompañado por la primera combatiente, Cilia Flores, el jefe de Estado dio la bienvenida a Saab y agradeció al Estado de Qatar su mediación en el proceso.",
  ])

X("d6_x_maduro_20231220", handle="NicolasMaduro", author="nicolas-maduro", author_name="Nicolás Maduro",
  ts="2023-12-21T01:35:00+00:00", lang="es", tz=CCS, passages=[
      "Alex Saab ya está en la Patria. Después de tres años y medio de secuestro ilegal, hoy triunfa la verdad. ¡Bienvenido a casa, Alex!",
  ])

MEDIA("d6_ap_20231220",
      url="https://apnews.com/article/venezuela-alex-saab-prisoner-swap-biden-maduro-qatar-9d3e7b21",
      lang="en", outlet="Associated Press", date="2023-12-20", tz=NY,
      title="US frees Maduro ally Alex Saab in exchange for 10 Americans jailed in Venezuela", passages=[
          "The Biden administration on Wednesday released a close ally of Venezuelan President Nicolás Maduro in exchange for the freedom of 10 Americans imprisoned in the South American country, as well as a fugitive defense contractor at the center of a massive Pentagon bribery scandal.",
          "The deal, mediated by Qatar, is the biggest release of American prisoners in Venezuela in years.",
      ])

# =============================================================================================
# 2024-05-19 (Sunday)   Milei at Vox's "Europa Viva 24" rally in Madrid (Palacio de Vistalegre);
#                       Albares demands a public apology
# 2024-05-20 (Monday)   Adorni's press conference at the Casa Rosada: no apology
# 2024-05-21 (Tuesday)  Albares announces the definitive withdrawal of Spain's ambassador
# =============================================================================================

D("d6_maec_20240519",
  url="https://www.exteriores.gob.es/es/Comunicacion/Noticias/Paginas/Noticias/20240519_MINISTERIO1.aspx",
  kind="transcript", lang="es", publisher="exteriores-espana", author="jose-manuel-albares", author_name="Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
  title="Declaración del ministro José Manuel Albares sobre las palabras del presidente de la República Argentina",
  published_at="2024-05-19", tz=MAD, verbatim=True, passages=[
      ("jose-manuel-albares", "Buenas tardes. Hoy, en un acto político celebrado en Madrid, el presidente de la República Argentina ha pronunciado unas palabras que insultan a las instituciones españolas y a la esposa del presidente del Gobierno. Nunca un jefe de Estado que visita otro país había hecho algo semejante."),
      ("jose-manuel-albares", "Exigimos al presidente Milei disculpas públicas. He convocado al embajador de Argentina en España para trasladarle esta exigencia."),
      ("jose-manuel-albares", "Si esas disculpas no se producen, el Gobierno de España adoptará todas las medidas que considere oportunas para defender la dignidad de nuestras instituciones."),
      ("reporter", "Ministro, ¿se plantea retirar a la embajadora de España en Buenos Aires?"),
      ("jose-manuel-albares", "Todas las opciones están sobre la mesa. Ahora lo que esperamos son esas disculpas."),
  ])

D("d6_maec_20240521",
  url="https://www.exteriores.gob.es/es/Comunicacion/Comunicados/Paginas/2024_COMUNICADOS/20240521_COMU041.aspx",
  kind="press_release", lang="es", publisher="exteriores-espana", author="exteriores-espana", author_name="Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
  title="El ministro Albares anuncia la retirada definitiva de la embajadora de España en Argentina",
  published_at="2024-05-21", tz=MAD, passages=[
      "El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, ha anunciado este martes la retirada definitiva de la embajadora de España en la República Argentina, María Jesús Alonso, ante la ausencia de disculpas públicas del presidente Javier Milei por sus palabras del pasado domingo.",
      "La embajadora no regresará a su puesto en Buenos Aires. Al frente de la Embajada quedará un encargado de negocios, y España mantendrá la atención consular y los lazos fraternales que la unen al pueblo argentino.",
  ])

D("d6_casarosada_20240520",
  url="https://www.casarosada.gob.ar/informacion/conferencias/50512-conferencia-de-prensa-del-vocero-presidencial-manuel-adorni-20-de-mayo-de-2024",
  kind="transcript", lang="es", publisher="argentina-presidency", author="manuel-adorni", author_name="Casa Rosada - Presidencia de la Nación",
  title="Conferencia de prensa del vocero presidencial, Manuel Adorni, 20 de mayo de 2024",
  published_at="2024-05-20", tz=BUE, verbatim=True, passages=[
      ("manuel-adorni", "Buenos días a todos. Antes de empezar con las preguntas, quiero recordar que fue un ministro del Gobierno español el primero en agraviar al presidente, hace ya unas semanas, sin que nadie en Madrid se disculpara."),
      ("reporter", "Manuel, ¿el presidente va a pedir disculpas al Gobierno español?"),
      ("manuel-adorni", "De ninguna manera. El presidente no va a retractarse de nada de lo que dijo en Madrid."),
      ("reporter", "¿La relación con España está rota?"),
      ("manuel-adorni", "Esa pregunta habría que hacérsela al Gobierno español. Nosotros no vamos a agregar nada más sobre este tema."),
  ])

# =============================================================================================
# 2023-02-09 (Thursday)  Nicaragua frees 222 political prisoners, flown to Washington Dulles; a
#                        Managua appeals court orders their deportation as "traidores a la patria"
# 2023-02-15 (Wednesday) (not in this set's documents: 94 more opponents stripped of nationality)
# 2024-09-05 (Thursday)  135 political prisoners freed and flown to Guatemala; Sullivan's statement;
#                        Arévalo's post (21:10 in Guatemala, 03:10 UTC on the 6th)
# =============================================================================================

D("d6_state_20230209",
  url="https://www.state.gov/release-of-political-prisoners-in-nicaragua/",
  kind="press_release", lang="en", publisher="us-state-department", author="antony-blinken", author_name="Antony J. Blinken, Secretary of State",
  title="Release of Political Prisoners in Nicaragua",
  published_at="2023-02-09", tz=NY, passages=[
      "Today, the Government of Nicaragua released 222 political prisoners, who traveled to the United States on a flight arranged by the Department of State and arrived at Washington Dulles International Airport.",
      "Those released include members of the political opposition, students, journalists, religious leaders and human rights defenders, some of whom had been held for nearly two years.",
      "The release of these individuals marks a constructive step toward addressing human rights abuses in the country and opens the door to further dialogue between the United States and Nicaragua.",
  ])

D("d6_pj_ni_20230209",
  url="https://www.poderjudicial.gob.ni/prensa/nota.asp?id_noticia=13021",
  kind="press_release", lang="es", publisher="poder-judicial-nicaragua", author="poder-judicial-nicaragua", author_name="Poder Judicial de la República de Nicaragua",
  title="Tribunal de Apelaciones de Managua ordena la deportación de 222 personas declaradas traidoras a la patria",
  published_at="2023-02-09", tz=MGA, passages=[
      "El magistrado Octavio Rothschuh, presidente de la Sala Penal Uno del Tribunal de Apelaciones de Managua, dio lectura este jueves a la resolución que ordena la deportación inmediata de 222 personas declaradas traidoras a la patria.",
      "La resolución establece que los deportados quedan suspendidos en sus derechos ciudadanos e inhabilitados de por vida para ejercer la función pública.",
  ])

D("d6_wh_sullivan_20240905",
  url="https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/09/05/statement-from-national-security-advisor-jake-sullivan-on-the-release-of-135-political-prisoners-in-nicaragua/",
  kind="press_release", lang="en", publisher="white-house", author="jake-sullivan", author_name="The White House",
  title="Statement from National Security Advisor Jake Sullivan on the Release of 135 Political Prisoners in Nicaragua",
  published_at="2024-09-05", tz=NY, passages=[
      "Today, the United States secured the release of 135 political prisoners who had been unjustly detained by the Ortega-Murillo regime in Nicaragua. They have arrived in Guatemala, from where they will be able to seek to rebuild their lives in the United States or in other countries.",
      "Among those released are 13 members of the Texas-based Mountain Gateway ministry, as well as lay Catholics, students and others who were imprisoned simply for exercising their fundamental freedoms.",
      "We are grateful to President Bernardo Arévalo and the Government of Guatemala for their partnership in receiving these individuals on humanitarian grounds.",
  ])

X("d6_x_arevalo_20240905", handle="BArevalodeLeon", author="bernardo-arevalo", author_name="Bernardo Arévalo",
  ts="2024-09-06T03:10:00+00:00", lang="es", tz=GUA, passages=[
      "Por razones humanitarias y a solicitud del Gobierno de los Estados Unidos, Guatemala recibió hoy a 135 ciudadanos nicaragüenses liberados por el régimen de Nicaragua. Guatemala es y seguirá siendo un país solidario con quienes sufren persecución.",
  ])

# =============================================================================================
# 2024-03-11 (Monday)  CARICOM's high-level meeting on Haiti in Kingston: Blinken commits $100
#                      million more for the security mission and $33 million in humanitarian aid;
#                      the Chair, Ali, announces Henry's resignation upon the establishment of a
#                      Transitional Presidential Council (seven voting members, two observers)
# =============================================================================================

D("d6_state_kingston_20240311",
  url="https://www.state.gov/secretary-antony-j-blinken-remarks-to-the-press-kingston-jamaica/",
  kind="transcript", lang="en", publisher="us-state-department", author="antony-blinken", author_name="U.S. Department of State",
  title="Secretary Antony J. Blinken Remarks to the Press (Kingston, Jamaica)",
  published_at="2024-03-11", tz=JAM, verbatim=True, passages=[
      ("moderator", "Good evening. The Secretary will make brief remarks and then take a few questions."),
      ("antony-blinken", "Today, together with our CARICOM partners, we met to help chart a path for Haiti toward a political transition, toward security, and toward free and fair elections. Haitian stakeholders have agreed on a framework for a transitional governing arrangement."),
      ("antony-blinken", "To support the deployment of the Multinational Security Support mission, the United States is committing an additional $100 million. We are also providing an additional $33 million in humanitarian assistance for the people of Haiti."),
      ("reporter", "Mr. Secretary, is the United States going to send troops to Haiti as part of the mission?"),
      ("antony-blinken", "No. American personnel will not be part of the force on the ground. What we are providing is funding, equipment and logistical support for a mission that Kenya has offered to lead."),
      ("reporter", "Did the United States ask Prime Minister Henry to step down?"),
      ("antony-blinken", "Decisions about Haiti's future belong to Haitians. What we have done is support the process that CARICOM has led with Haitian stakeholders."),
  ])

D("d6_caricom_20240311",
  url="https://caricom.org/statement-following-the-high-level-meeting-on-haiti-kingston-jamaica-11-march-2024/",
  kind="press_release", lang="en", publisher="caricom", author="caricom", author_name="CARICOM Secretariat",
  title="Statement following the High-Level Meeting on Haiti, Kingston, Jamaica, 11 March 2024",
  published_at="2024-03-11", tz=GEO, passages=[
      "Heads of Government of the Caribbean Community, together with partners including the United States, Canada, France, Mexico, Brazil and the United Nations, met today in Kingston, Jamaica, at the invitation of the Chair of CARICOM, President Dr. Mohamed Irfaan Ali, and of the Prime Minister of Jamaica, the Most Honourable Andrew Holness, to address the situation in Haiti.",
      "The Chair announced that the meeting acknowledged the resignation of Prime Minister Ariel Henry upon the establishment of a Transitional Presidential Council and the naming of an interim Prime Minister.",
      "The Council will have seven voting members, drawn from Haiti's political coalitions and its private sector, and two non-voting observers from civil society and the interfaith community.",
      "The Chair stressed that the situation in Haiti demands urgent action and that the Community will continue to accompany the Haitian people.",
  ])

# =============================================================================================
# 2025-04-11 (Friday)  Sánchez's third official visit to China since 2023: Xi receives him at the
#                      Great Hall of the People ("no winners in a tariff war")
# =============================================================================================

D("d6_moncloa_20250411",
  url="https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2025/110425-sanchez-xi-jinping-pekin.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency", author_name="La Moncloa",
  title="Pedro Sánchez se reúne con Xi Jinping en Pekín",
  published_at="2025-04-11", tz=MAD, passages=[
      "Pekín (China), viernes 11 de abril de 2025. El presidente del Gobierno, Pedro Sánchez, se ha reunido hoy con el presidente de la República Popular China, Xi Jinping, en el marco de su tercera visita oficial al país desde 2023.",
      "Sánchez ha defendido una relación comercial más equilibrada entre la Unión Europea y China, y ha trasladado a Xi la preocupación de España por el déficit comercial con el gigante asiático.",
      "El presidente del Gobierno ha subrayado que España apuesta por el diálogo y por un orden comercial basado en reglas, en un momento de creciente incertidumbre por la escalada arancelaria.",
  ])

D("d6_mfa_cn_20250411",
  url="https://www.mfa.gov.cn/eng/xw/zyxw/202504/t20250411_11592731.html",
  kind="press_release", lang="en", publisher="china-mfa", author="china-mfa", author_name="Ministry of Foreign Affairs of the People's Republic of China",
  title="Xi Jinping Meets with Spanish Prime Minister Pedro Sánchez",
  published_at="2025-04-11", tz=PEK, passages=[
      "On the afternoon of April 11, 2025, President Xi Jinping met at the Great Hall of the People with Spanish Prime Minister Pedro Sánchez, who is on an official visit to China.",
      "Xi Jinping pointed out that China and Spain should deepen their comprehensive strategic partnership, and that China is ready to import more quality products from Spain.",
      "Xi Jinping stressed that for more than 70 years China's development has relied on self-reliance and hard work, never on handouts from others, and that China is not afraid of any unjustified suppression. There are no winners in a tariff war, and going against the world will only lead to self-isolation.",
      "China and Europe should fulfill their international responsibilities, jointly safeguard the trend of economic globalization and the international trade environment, and jointly resist unilateral bullying practices.",
      "Pedro Sánchez said that Spain is committed to developing its relations with China, and that the European Union and China should strengthen dialogue and cooperation.",
  ])

# =============================================================================================
# 2024-04-21 (Sunday)  Ecuador's referendum and consulta popular: "Sí" in 9 of the 11 questions;
#                      Noboa's post (22:40 in Guayaquil, 03:40 UTC on the 22nd)
# =============================================================================================

D("d6_cne_ec_20240421",
  url="https://www.cne.gob.ec/cne-presenta-resultados-del-referendum-y-consulta-popular-2024/",
  kind="press_release", lang="es", publisher="cne-ecuador", author="cne-ecuador", author_name="Consejo Nacional Electoral",
  title="CNE presenta los resultados del Referéndum y Consulta Popular 2024",
  published_at="2024-04-21", tz=GYE, passages=[
      "La presidenta del Consejo Nacional Electoral (CNE), Diana Atamaint, presentó la noche de este domingo 21 de abril los resultados del Referéndum y Consulta Popular 2024, con el avance del escrutinio.",
      "De acuerdo con los resultados, la opción «Sí» se impuso en 9 de las 11 preguntas planteadas por el Ejecutivo. El «No» prevaleció en las preguntas sobre el reconocimiento del arbitraje internacional para resolver controversias en materia de inversiones y sobre el contrato de trabajo a plazo fijo y por horas.",
  ])

X("d6_x_noboa_20240421", handle="DanielNoboaOk", author="daniel-noboa", author_name="Daniel Noboa Azín",
  ts="2024-04-22T03:40:00+00:00", lang="es", tz=GYE, passages=[
      "Ganó el Ecuador. Gracias a cada ciudadano que salió a votar: hoy tenemos más herramientas para combatir la delincuencia y devolverle la paz a las familias ecuatorianas. ¡Seguimos!",
  ])
