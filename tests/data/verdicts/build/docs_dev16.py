"""Source documents for the sixteenth development set (dev16.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev15
uses, so that dev16 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (Buckingham Palace's announcements and the King's statement, GOV.UK's transcript of the
Prime Minister's statement, the White House's statement, the Casa Real's note, the RFEF's transcript
of its president's speech, FUTPRO's release of a player's statement, FIFA's media release, the House
of Commons' Hansard, India's Ministry of External Affairs' press releases, the Venezuelan foreign
ministry's comunicado, the State Department's press statement and briefing transcript, the Argentine
Supreme Court's Centro de Información Judicial, X posts, media articles). Nothing here is a verbatim
copy of a real document. It shares only the way documents are written down (doclib.py) with the
other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

LON = "Europe/London"
MAD = "Europe/Madrid"
ZUR = "Europe/Zurich"
OTT = "America/Toronto"
DEL = "Asia/Kolkata"
CCS = "America/Caracas"
BUE = "America/Argentina/Buenos_Aires"


# =============================================================================================
# 2022-09-08 (Thursday)   Queen Elizabeth II dies at Balmoral (Buckingham Palace's announcement at
#                         18:30 in London); the King's statement; Truss outside Downing Street
#                         ("the rock on which modern Britain was built"); Biden's statement
# 2022-09-19 (Monday)     State funeral at Westminster Abbey; the King and Queen of Spain attend,
#                         with Don Juan Carlos and Doña Sofía (the Casa Real's note)
# =============================================================================================

D("d16_royal_announcement_20220908",
  url="https://www.royal.uk/news-and-activity/2022-09-08/a-statement-from-buckingham-palace",
  kind="press_release", lang="en", publisher="uk-royal-household", author="uk-royal-household",
  author_name="The Royal Family",
  title="A statement from Buckingham Palace",
  published_at="2022-09-08", tz=LON, passages=[
      "The Queen died peacefully at Balmoral this afternoon.",
      "His Majesty The King and Her Majesty The Queen Consort are remaining at Balmoral tonight and will travel to London tomorrow.",
      "Further announcements about the arrangements for the period of Royal Mourning will be made in due course.",
  ])

D("d16_royal_king_20220908",
  url="https://www.royal.uk/news-and-activity/2022-09-08/a-statement-from-his-majesty-the-king",
  kind="press_release", lang="en", publisher="uk-royal-household", author="charles-iii",
  author_name="The Royal Family",
  title="A statement from His Majesty The King",
  published_at="2022-09-08", tz=LON, passages=[
      ("charles-iii", "The death of my beloved Mother, Her Majesty The Queen, is a moment of the greatest sadness for me and all members of my family."),
      ("charles-iii", "We mourn deeply a cherished Sovereign and a much-loved Mother. Her loss will be felt across the country, the Realms and the Commonwealth, and by countless people around the world."),
      ("charles-iii", "In the days of mourning and change ahead, my family and I will draw comfort from knowing how widely The Queen was respected and loved."),
  ])

D("d16_gov_truss_20220908",
  url="https://www.gov.uk/government/speeches/prime-ministers-statement-on-the-death-of-her-majesty-the-queen-8-september-2022",
  kind="transcript", lang="en", publisher="uk-pmo", author="liz-truss",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Prime Minister's statement on the death of Her Majesty Queen Elizabeth II: 8 September 2022",
  published_at="2022-09-08", tz=LON, verbatim=True, passages=[
      ("liz-truss", "We are all devastated by the news we have just heard from Balmoral. The death of Her Majesty the Queen is a huge shock to the nation and to the world."),
      ("liz-truss", "Queen Elizabeth II was the rock on which modern Britain was built. Our country has grown and flourished under her reign."),
      ("liz-truss", "She came to the throne just after the Second World War, and she championed the Commonwealth as it grew from a small group of seven countries into a family of 56 nations on every continent."),
      ("liz-truss", "Today the Crown passes, as it has for more than a thousand years, to our new monarch, His Majesty King Charles III. God save the King."),
  ])

D("d16_wh_biden_20220908",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/09/08/statement-of-president-joe-biden-and-first-lady-jill-biden-on-the-death-of-queen-elizabeth-ii/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden", author_name="The White House",
  title="Statement of President Joe Biden and First Lady Jill Biden on the Death of Queen Elizabeth II",
  published_at="2022-09-08", tz=NY, passages=[
      "Queen Elizabeth II was more than a monarch. She defined an era.",
      "Through decades of upheaval she was a constant presence, a source of comfort and pride for generations of Britons, many of whom had never known their country without her.",
      "Jill and I send our deepest condolences to King Charles III and to the Royal Family, and we stand with the people of the United Kingdom and the Commonwealth in their grief.",
  ])

D("d16_casareal_20220919",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=15231",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de Su Majestad el Rey",
  title="Los Reyes asisten en Londres al funeral de Estado por Su Majestad la Reina Isabel II",
  published_at="2022-09-19", tz=MAD, passages=[
      "Sus Majestades los Reyes asistieron este lunes, 19 de septiembre, en la Abadía de Westminster, en Londres, al funeral de Estado por Su Majestad la Reina Isabel II del Reino Unido, fallecida el pasado 8 de septiembre.",
      "Al funeral asistieron también Sus Majestades los Reyes Don Juan Carlos y Doña Sofía. Tras la ceremonia, los restos de la Reina fueron trasladados al Castillo de Windsor para el servicio de sepultura en la Capilla de San Jorge.",
      "La víspera, Don Felipe y Doña Letizia acudieron al Palacio de Buckingham a la recepción ofrecida por Su Majestad el Rey Carlos III a los jefes de Estado y dignatarios extranjeros llegados para las exequias. El Rey trasladó al nuevo monarca el pésame y el afecto del pueblo español, y recordó la estrecha vinculación de la Reina Isabel II con España.",
  ])

# =============================================================================================
# 2023-08-20 (Sunday)     Spain beats England 1-0 in the Women's World Cup final in Sydney; Rubiales
#                         kisses Jenni Hermoso at the medal ceremony (media only)
# 2023-08-25 (Friday)     Rubiales before the RFEF's extraordinary General Assembly in Las Rozas:
#                         "No voy a dimitir"; Hermoso's statement through FUTPRO that evening
# 2023-08-26 (Saturday)   FIFA: the chairman of its Disciplinary Committee suspends Rubiales
#                         provisionally for 90 days (proceedings opened on Thursday 24 August)
# =============================================================================================

MEDIA("d16_elpais_20230820",
      url="https://elpais.com/deportes/mundial-femenino-futbol/2023-08-20/espana-campeona-del-mundo-y-el-beso-de-rubiales-a-hermoso.html",
      lang="es", outlet="El País", date="2023-08-20", tz=MAD,
      title="España, campeona del mundo, y un beso que empaña la fiesta", passages=[
          "La selección española ganó este domingo en Sídney su primer Mundial femenino tras vencer 1-0 a Inglaterra con un gol de Olga Carmona.",
          "Durante la entrega de medallas, el presidente de la Federación, Luis Rubiales, sujetó con las dos manos la cabeza de Jenni Hermoso y la besó en los labios, una imagen que dio la vuelta al mundo en pocos minutos.",
      ])

D("d16_rfef_asamblea_20230825",
  url="https://rfef.es/es/noticias/intervencion-del-presidente-luis-rubiales-en-la-asamblea-general-extraordinaria",
  kind="transcript", lang="es", publisher="rfef", author="luis-rubiales",
  author_name="Real Federación Española de Fútbol",
  title="Intervención íntegra del presidente de la RFEF, Luis Rubiales, en la Asamblea General Extraordinaria",
  published_at="2023-08-25", tz=MAD, verbatim=True, passages=[
      ("luis-rubiales", "Quiero empezar pidiendo perdón, sin paliativos, a Su Majestad la Reina por el gesto que hice en el palco. No estuvo a la altura del momento."),
      ("luis-rubiales", "Sobre el beso. Cuando apareció Jenni, me levantó del suelo, nos abrazamos, le dije que se olvidara del penalti y le pregunté si un piquito, y me dijo que vale. Fue un beso espontáneo, mutuo, eufórico y consentido."),
      ("luis-rubiales", "El falso feminismo es una gran lacra en este país. No busca la justicia ni la verdad. Se está intentando un asesinato social contra mí."),
      ("luis-rubiales", "Se ha dicho que hoy iba a dimitir. No voy a dimitir. No voy a dimitir. No voy a dimitir. No voy a dimitir. No voy a dimitir."),
      ("luis-rubiales", "A quienes me han acusado les digo que me voy a defender en los juzgados, como cualquier ciudadano, y que vamos a llegar hasta el final."),
  ])

D("d16_futpro_hermoso_20230825",
  url="https://futpro.es/comunicado-de-jennifer-hermoso/",
  kind="press_release", lang="es", publisher="futpro", author="jenni-hermoso",
  author_name="FUTPRO",
  title="Comunicado de Jennifer Hermoso",
  published_at="2023-08-25", tz=MAD, passages=[
      ("jenni-hermoso", "Quiero aclarar que, como se vio en las imágenes, en ningún momento consentí el beso que me dio y en ningún caso busqué levantar al presidente. No tolero que se ponga en duda mi palabra, y menos aún que se me atribuyan palabras que no he dicho."),
      ("jenni-hermoso", "Me sentí vulnerable y víctima de una agresión: un acto impulsivo y machista, fuera de lugar y sin ningún consentimiento por mi parte. Sencillamente, no fui respetada."),
      ("jenni-hermoso", "Durante toda la semana he estado sometida a presiones para hacer alguna declaración que justificara su actuación."),
  ])

D("d16_fifa_20230826",
  url="https://inside.fifa.com/legal/media-releases/fifa-disciplinary-committee-chairman-provisionally-suspends-luis-rubiales",
  kind="press_release", lang="en", publisher="fifa", author="fifa", author_name="FIFA",
  title="FIFA Disciplinary Committee chairman provisionally suspends Luis Rubiales",
  published_at="2023-08-26", tz=ZUR, passages=[
      "The Chairman of the FIFA Disciplinary Committee, Jorge Ivan Palacio (Colombia), has today decided, under article 51 of the FIFA Disciplinary Code, to provisionally suspend Luis Rubiales, President of the Royal Spanish Football Federation, from all football-related activities at national and international level.",
      "The suspension takes effect immediately and applies for an initial period of 90 days, pending the disciplinary proceedings that the Committee opened against Mr Rubiales on Thursday 24 August 2023.",
      "Mr Rubiales is also ordered to refrain, personally or through third parties, from contacting or trying to contact the Spanish player Jennifer Hermoso or those close to her.",
      "FIFA will make no further comment on these proceedings until a final decision has been taken.",
  ])

# =============================================================================================
# 2023-09-18 (Monday)     Trudeau tells the House of Commons of "credible allegations" linking agents
#                         of India's government to the killing of Hardeep Singh Nijjar; Poilievre
#                         replies; Joly expels a key Indian diplomat (her post at 20:15 in Ottawa,
#                         00:15 UTC on the 19th); CBC names him (media only)
# 2023-09-19 (Tuesday)    India's MEA rejects the allegations as "absurd and motivated" and expels a
#                         senior Canadian diplomat, with five days to leave
# =============================================================================================

D("d16_hansard_20230918",
  url="https://www.ourcommons.ca/DocumentViewer/en/44-1/house/sitting-216/hansard",
  kind="transcript", lang="en", publisher="house-of-commons-canada", author="house-of-commons-canada",
  author_name="House of Commons of Canada",
  title="House of Commons Debates, Monday, September 18, 2023: Statement by the Prime Minister on the killing of Hardeep Singh Nijjar",
  published_at="2023-09-18", tz=OTT, verbatim=True, passages=[
      ("justin-trudeau", "Mr. Speaker, I rise today to inform the House of an extremely serious matter."),
      ("justin-trudeau", "Over the past number of weeks, Canadian security agencies have been actively pursuing credible allegations of a potential link between agents of the Government of India and the killing of a Canadian citizen, Hardeep Singh Nijjar."),
      ("justin-trudeau", "Canada is a country governed by the rule of law. Any involvement of a foreign government in the killing of a Canadian citizen on Canadian soil is an unacceptable violation of our sovereignty."),
      ("justin-trudeau", "Last week at the G20, I raised these concerns personally and directly with Prime Minister Modi, in no uncertain terms. I continue to urge the Government of India to co-operate with Canada to get to the bottom of this matter."),
      ("pierre-poilievre", "Mr. Speaker, if these allegations are true, they represent an outrageous affront to our sovereignty. Canadians must be safe on their own soil, and we call on the Government of India to act with the utmost transparency."),
  ])

X("d16_x_joly_20230918", handle="melaniejoly", author="melanie-joly", author_name="Mélanie Joly",
  ts="2023-09-19T00:15:00+00:00", lang="en", tz=OTT, passages=[
      "Allegations that a representative of a foreign government may have been involved in the killing of a Canadian citizen here in Canada are completely unacceptable. Today we expelled a key Indian diplomat. We will get to the bottom of this.",
  ])

MEDIA("d16_cbc_20230918",
      url="https://www.cbc.ca/news/politics/canada-expels-indian-diplomat-nijjar-killing-1.6971035",
      lang="en", outlet="CBC News", date="2023-09-18", tz=OTT,
      title="Canada expels top Indian diplomat over alleged link to killing of Sikh leader", passages=[
          "Foreign Affairs Minister Mélanie Joly said the expelled diplomat was the head of India's foreign intelligence agency in Canada. Her office identified him as Pavan Kumar Rai.",
          "Hardeep Singh Nijjar was shot dead on June 18 outside a gurdwara in Surrey, B.C.",
      ])

D("d16_mea_statement_20230919",
  url="https://www.mea.gov.in/press-releases.htm?dtl/37121/India_rejects_allegations_by_Canada",
  kind="press_release", lang="en", publisher="india-mea", author="india-mea",
  author_name="Ministry of External Affairs, Government of India",
  title="India rejects allegations by Canada",
  published_at="2023-09-19", tz=DEL, passages=[
      "We have seen the statement made by the Prime Minister of Canada in their Parliament, as well as that of their Foreign Minister, and we reject them.",
      "Allegations of the Government of India's involvement in any act of violence in Canada are absurd and motivated. Similar allegations were made by the Canadian Prime Minister to our Prime Minister, and were completely rejected.",
      "Such unsubstantiated allegations seek to shift attention away from Khalistani terrorists and extremists who have been given shelter in Canada. We urge the Government of Canada to take prompt and effective legal action against all anti-India elements operating from its soil.",
  ])

D("d16_mea_expulsion_20230919",
  url="https://www.mea.gov.in/press-releases.htm?dtl/37122/Expulsion_of_a_Canadian_diplomat",
  kind="press_release", lang="en", publisher="india-mea", author="india-mea",
  author_name="Ministry of External Affairs, Government of India",
  title="Expulsion of a Canadian diplomat",
  published_at="2023-09-19", tz=DEL, passages=[
      "The High Commissioner of Canada in India was summoned today and informed of the decision of the Government of India to expel a senior Canadian diplomat based in India.",
      "The diplomat concerned has been asked to leave India within the next five days.",
      "The decision reflects the Government of India's growing concern at the interference of Canadian diplomats in our internal matters and their involvement in anti-India activities.",
  ])

# =============================================================================================
# 2023-10-17 (Tuesday)    In Bridgetown, Barbados, the Venezuelan government and the Plataforma
#                         Unitaria sign two partial agreements (presidential election in the second
#                         half of 2024), Jorge Rodríguez and Gerardo Blyde, Norway facilitating;
#                         Blyde's post at 21:30 in Caracas (01:30 UTC on the 18th)
# 2023-10-18 (Wednesday)  Blinken: Treasury's general license for oil and gas, valid for six months
# 2024-04-17 (Wednesday)  General License 44 not renewed (it expires on the 18th); 45-day wind-down
# =============================================================================================

D("d16_mppre_20231017",
  url="https://mppre.gob.ve/comunicado/gobierno-bolivariano-plataforma-unitaria-firman-acuerdos-parciales-barbados/",
  kind="press_release", lang="es", publisher="cancilleria-venezuela", author="cancilleria-venezuela",
  author_name="Ministerio del Poder Popular para Relaciones Exteriores",
  title="Gobierno Bolivariano y Plataforma Unitaria firman en Barbados dos acuerdos parciales",
  published_at="2023-10-17", tz=CCS, passages=[
      "En Bridgetown, Barbados, el Gobierno de la República Bolivariana de Venezuela y la Plataforma Unitaria Democrática firmaron este martes 17 de octubre dos acuerdos parciales, en el marco del proceso de diálogo y negociación facilitado por el Reino de Noruega.",
      "Los documentos fueron suscritos por el presidente de la Asamblea Nacional, Jorge Rodríguez, jefe de la delegación del Gobierno, y por Gerardo Blyde, jefe de la delegación de la Plataforma Unitaria.",
      "El acuerdo parcial sobre la promoción de derechos políticos y garantías electorales para todos establece que la elección presidencial se celebrará en el segundo semestre de 2024, con misiones técnicas de observación de la Unión Europea, del Panel de Expertos de las Naciones Unidas y del Centro Carter, entre otras, y reconoce el derecho de cada actor político a escoger a su candidato conforme a sus mecanismos internos.",
      "El segundo acuerdo recoge el compromiso de ambas partes con la defensa de los intereses vitales de la Nación.",
  ])

X("d16_x_blyde_20231017", handle="GerardoBlyde", author="gerardo-blyde", author_name="Gerardo Blyde",
  ts="2023-10-18T01:30:00+00:00", lang="es", tz=CCS, passages=[
      "Hoy firmamos en Barbados un acuerdo que fija la elección presidencial para el segundo semestre de 2024 y abre una ruta para que los inhabilitados y los partidos recuperen sus derechos. Es un paso firme para recuperar la confianza en el voto. Seguimos.",
  ])

D("d16_state_blinken_20231018",
  url="https://www.state.gov/venezuela-sanctions-relief-in-support-of-the-electoral-roadmap/",
  kind="press_release", lang="en", publisher="us-state-department", author="antony-blinken",
  author_name="U.S. Department of State",
  title="Venezuela: Sanctions Relief in Support of the Electoral Roadmap. Press Statement, Antony J. Blinken, Secretary of State",
  published_at="2023-10-18", tz=NY, passages=[
      "The United States welcomes the signing of an electoral roadmap agreement between the Unitary Platform and the representatives of Nicolás Maduro, a concrete step toward resolving Venezuela's political, economic and humanitarian crisis.",
      "In response, the Department of the Treasury has issued a general license temporarily authorizing transactions involving the oil and gas sector in Venezuela. The license is valid for six months and will be renewed only if Maduro's representatives meet their commitments under the electoral roadmap and regarding those who are wrongfully detained.",
      "Treasury has also removed the ban on secondary trading of certain Venezuelan sovereign bonds.",
      "We expect Maduro's representatives to define, by the end of November, a specific timeline and process for the expedited reinstatement of all candidates. Everyone who wants to run for president should be allowed the opportunity.",
  ])

D("d16_state_briefing_20240417",
  url="https://www.state.gov/briefings/department-press-briefing-april-17-2024/",
  kind="transcript", lang="en", publisher="us-state-department", author="matthew-miller",
  author_name="U.S. Department of State",
  title="Department Press Briefing - April 17, 2024. Matthew Miller, Spokesperson",
  published_at="2024-04-17", tz=NY, verbatim=True, passages=[
      ("matthew-miller", "After a careful review, we have determined that Nicolás Maduro and his representatives have not fully met the commitments they made under the electoral roadmap signed in Barbados last October. General License 44, which authorizes transactions related to oil and gas sector operations in Venezuela, will therefore expire at 12:01 a.m. tomorrow, April 18th, and will not be renewed."),
      ("matthew-miller", "Some commitments were delivered, but we are concerned that the democratic opposition was prevented from registering the candidate of its choice, and that political opponents continue to be harassed, intimidated and detained."),
      ("reporter", "So as of tomorrow, all of the oil sanctions are back in full force?"),
      ("matthew-miller", "No. Treasury is issuing a 45-day wind-down license so that companies can close out their operations in an orderly way, and it will consider requests for specific licenses on a case-by-case basis."),
  ])

# =============================================================================================
# 2025-06-10 (Tuesday)    Argentina's Supreme Court (Rosatti, Rosenkrantz, Lorenzetti) rejects
#                         Cristina Fernández de Kirchner's appeal: six years and a lifetime ban,
#                         "Vialidad" case, final; her post at 21:40 in Buenos Aires (00:40 UTC on
#                         the 11th); Reuters on her supporters (media only)
# 2025-06-17 (Tuesday)    The Tribunal Oral Federal N.º 2 grants house arrest at San José 1111, with
#                         an electronic ankle monitor
# =============================================================================================

D("d16_cij_csjn_20250610",
  url="https://www.cij.gov.ar/nota-41876-La-Corte-Suprema-dej--firme-la-condena-a-Cristina-Fern-ndez-de-Kirchner-en-la-causa-Vialidad.html",
  kind="press_release", lang="es", publisher="corte-suprema-argentina", author="corte-suprema-argentina",
  author_name="Centro de Información Judicial - Corte Suprema de Justicia de la Nación",
  title="La Corte Suprema dejó firme la condena a Cristina Fernández de Kirchner en la causa Vialidad",
  published_at="2025-06-10", tz=BUE, passages=[
      "La Corte Suprema de Justicia de la Nación, con la firma de los jueces Horacio Rosatti, Carlos Rosenkrantz y Ricardo Lorenzetti, rechazó este martes por unanimidad el recurso de queja presentado por la defensa de Cristina Elisabet Fernández de Kirchner y dejó firme la sentencia dictada en la causa conocida como \"Vialidad\".",
      "La expresidenta fue condenada a seis años de prisión e inhabilitación especial perpetua para ejercer cargos públicos, como autora del delito de administración fraudulenta en perjuicio de la administración pública, por la adjudicación de obra pública vial en la provincia de Santa Cruz.",
      "El tribunal sostuvo que las sentencias anteriores se apoyaron en abundante prueba y que el debido proceso fue respetado. Declaró además inadmisible el recurso de la fiscalía, con lo que quedó firme la absolución por asociación ilícita.",
  ])

X("d16_x_cfk_20250610", handle="CFKArgentina", author="cristina-fernandez-kirchner",
  author_name="Cristina Fernández de Kirchner",
  ts="2025-06-11T00:40:00+00:00", lang="es", tz=BUE, passages=[
      "Gracias a cada uno y a cada una de los que hoy, después del fallo de la Corte, vinieron a la sede del PJ y a San José 1111. Pueden proscribirme, pero no van a poder callar al pueblo. Nos vemos en las calles.",
  ])

MEDIA("d16_reuters_20250610",
      url="https://www.reuters.com/world/americas/argentina-supreme-court-upholds-kirchner-corruption-conviction-2025-06-10/",
      lang="en", outlet="Reuters", date="2025-06-10", tz=BUE,
      title="Argentina's top court upholds Kirchner corruption conviction, barring her from office", passages=[
          "Argentina's Supreme Court on Tuesday upheld a corruption conviction against former President Cristina Fernández de Kirchner, leaving in place a six-year prison sentence and a lifetime ban from public office.",
          "Hundreds of supporters gathered outside the Peronist party's headquarters in Buenos Aires, and later outside her apartment, chanting her name into the night.",
      ])

D("d16_cij_tof2_20250617",
  url="https://www.cij.gov.ar/nota-41912-El-Tribunal-Oral-Federal-2-concedi--la-prisi-n-domiciliaria-a-Cristina-Fern-ndez-de-Kirchner.html",
  kind="press_release", lang="es", publisher="corte-suprema-argentina", author="tof2-argentina",
  author_name="Centro de Información Judicial - Corte Suprema de Justicia de la Nación",
  title="El Tribunal Oral Federal N.º 2 concedió la prisión domiciliaria a Cristina Fernández de Kirchner",
  published_at="2025-06-17", tz=BUE, passages=[
      "El Tribunal Oral en lo Criminal Federal N.º 2, integrado por los jueces Jorge Gorini, Rodrigo Giménez Uriburu y Andrés Basso, dispuso este martes la detención de Cristina Fernández de Kirchner bajo la modalidad de prisión domiciliaria, para el cumplimiento de la condena que quedó firme el 10 de junio.",
      "La pena se cumplirá en su vivienda de la calle San José 1111 de la Ciudad de Buenos Aires, con un dispositivo electrónico de control (tobillera), y la condenada no podrá salir del domicilio sin autorización previa del tribunal.",
      "El tribunal se apartó así del dictamen de los fiscales Diego Luciani y Sergio Mola, que se habían opuesto al beneficio.",
  ])
