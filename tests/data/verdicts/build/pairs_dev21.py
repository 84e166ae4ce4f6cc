"""Claims, labels and notes of the twenty-first development set (dev21.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev20), applied to the documents in docs_dev21.py alone,
without reading checks/ or running the pipeline. It shares only the claim helpers (doclib.py) with
the other sets. Notes that begin "wrong act:" mark claims whose act is not the source's while the
rest matches, and notes that begin "altered quote:" mark quotes changed in one or two words (there
is no category for either; each is filed under the closest one).
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Mauger's own turn in the Coast Guard's transcript of 22 Jun 2023 says 'the debris is consistent with a catastrophic loss of the pressure chamber', after the ROV found the Titan's tail cone near the Titanic's bow.",
  Q("en", "\"The debris is consistent with a catastrophic loss of the pressure chamber,\" Rear Adm. John Mauger of the U.S. Coast Guard told reporters on June 22, 2023, after the Titan's tail cone was found on the sea floor near the Titanic.",
    "john-mauger", "The debris is consistent with a catastrophic loss of the pressure chamber", "2023-06-22",
    channel="press_conference", event_type="press_conference"),
  ["d21_uscg_tr_20230622"])

P(T, C, "Caputo's own turn in the Economy Ministry's transcript of 12 Dec 2023 says 'Vamos a sincerar el tipo de cambio oficial, que pasará a 800 pesos por dólar'.",
  S("es", "El ministro de Economía, Luis Caputo, anunció el 12 de diciembre de 2023 que el dólar oficial pasaría a cotizar 800 pesos, en el marco de un paquete de medidas de emergencia.",
    "luis-caputo", "el dólar oficial pasará a cotizar 800 pesos", "2023-12-12"),
  ["d21_economia_tr_20231212"])

P(T, C, "Biden's own turn in the White House transcript of 26 Mar 2024 says 'It's my intention that the federal government will pay for the entire cost of reconstructing that bridge'.",
  S("en", "President Joe Biden said on March 26, 2024 that he intended for the federal government to cover the full cost of rebuilding Baltimore's Francis Scott Key Bridge.",
    "joe-biden", "the federal government will cover the full cost of rebuilding the Francis Scott Key Bridge", "2024-03-26"),
  ["d21_wh_20240326"])

P(T, C, "The NHC's update of 28 Oct 2025 says the center of Melissa 'made landfall along the southwestern coast of Jamaica near New Hope' and that 'Melissa is a category 5 hurricane'.",
  E("en", "Hurricane Melissa slammed into southwestern Jamaica near New Hope on October 28, 2025 as a Category 5 storm, the U.S. National Hurricane Center said.",
    "Melissa made landfall near New Hope, Jamaica, as a Category 5 hurricane", "2025-10-28", [],
    confirmed_by="us-nhc"),
  ["d21_nhc_20251028"])

P(T, C, "Sánchez's own turn in the PSOE's transcript of his press conference of 12 Jun 2025 says 'Quiero pedir perdón a la ciudadanía'.",
  Q("es", "«Quiero pedir perdón a la ciudadanía», dijo Pedro Sánchez el 12 de junio de 2025 en la sede del PSOE, horas después de la dimisión de Santos Cerdán.",
    "pedro-sanchez", "Quiero pedir perdón a la ciudadanía", "2025-06-12", channel="press_conference", event_type="press_conference"),
  ["d21_psoe_tr_20250612"])

P(T, C, "Cerdán's own post of 12 Jun 2025 (16:55 in Madrid) says he has resigned as the PSOE's secretario de Organización and will give up his seat ('Renunciaré también a mi acta de diputado').",
  S("es", "Santos Cerdán dimitió el 12 de junio de 2025 como secretario de Organización del PSOE y anunció que dejará su escaño en el Congreso.",
    "santos-cerdan", "Cerdán dimite como secretario de Organización del PSOE y dejará su escaño", "2025-06-12"),
  ["d21_x_cerdan_20250612"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Mauger's own English turn of 22 Jun 2023 says 'the debris is consistent with a catastrophic loss of the pressure chamber'; the Spanish quote is its translation.",
  Q("es", "«Los restos son compatibles con una pérdida catastrófica de la cámara de presión», afirmó el 22 de junio de 2023 el contralmirante John Mauger, de la Guardia Costera de Estados Unidos.",
    "john-mauger", "Los restos son compatibles con una pérdida catastrófica de la cámara de presión", "2023-06-22"),
  ["d21_uscg_tr_20230622"])

P(T, C, "Caputo's own Spanish turn of 12 Dec 2023 says 'Si seguimos como estamos, vamos inevitablemente camino a una hiperinflación'; the English quote is its translation.",
  Q("en", "\"If we carry on as we are, we are inevitably headed for hyperinflation,\" Argentina's economy minister, Luis Caputo, warned on December 12, 2023.",
    "luis-caputo", "If we carry on as we are, we are inevitably headed for hyperinflation", "2023-12-12"),
  ["d21_economia_tr_20231212"])

P(T, C, "Biden's own English turn of 26 Mar 2024 says 'I've directed my team to move heaven and earth to reopen the port and rebuild the bridge as soon as humanly possible'; the Spanish quote is its translation.",
  Q("es", "«He ordenado a mi equipo mover cielo y tierra para reabrir el puerto y reconstruir el puente lo antes humanamente posible», dijo Joe Biden el 26 de marzo de 2024 tras el derrumbe del puente de Baltimore.",
    "joe-biden", "He ordenado a mi equipo mover cielo y tierra para reabrir el puerto y reconstruir el puente lo antes humanamente posible", "2024-03-26"),
  ["d21_wh_20240326"])

P(T, C, "Moore's own turn in the English transcript of the press conference of 27 Mar 2024 ends in Spanish, 'Estamos contigo, ahora y siempre'; the only document is in English, and the quoted words are in it as spoken.",
  Q("es", "«Estamos contigo, ahora y siempre», dijo en español el gobernador de Maryland, Wes Moore, a las familias de los trabajadores muertos en el derrumbe del puente, el 27 de marzo de 2024.",
    "wes-moore", "Estamos contigo, ahora y siempre", "2024-03-27", channel="press_conference", event_type="press_conference"),
  ["d21_maryland_tr_20240327"])

P(T, C, "Sánchez's own Spanish turn of 12 Jun 2025 says 'Hasta esta misma mañana estaba convencido de la integridad de Santos Cerdán'; the English quote is its translation.",
  Q("en", "\"Until this very morning I was convinced of Santos Cerdán's integrity,\" Spanish Prime Minister Pedro Sánchez said on June 12, 2025.",
    "pedro-sanchez", "Until this very morning I was convinced of Santos Cerdán's integrity", "2025-06-12"),
  ["d21_psoe_tr_20250612"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The foreign ministry's post is stamped 03:30 UTC on 27 Mar 2024, which is 21:30 on the 26th in Guatemala City (UTC-6); it says 'dos connacionales, de 26 y 35 años, se encuentran entre las personas desaparecidas tras el colapso del puente Francis Scott Key'.",
  S("es", "La Cancillería de Guatemala informó en X el 26 de marzo de 2024 que dos guatemaltecos, de 26 y 35 años, figuraban entre los desaparecidos tras el derrumbe del puente de Baltimore.",
    "minex-guatemala", "dos guatemaltecos de 26 y 35 años figuran entre los desaparecidos tras el derrumbe del puente de Baltimore", "2024-03-26",
    channel="x", event_type="post"),
  ["d21_x_minex_gt_20240326"])

P(T, C, "Holness's post is stamped 02:15 UTC on 29 Oct 2025, which is 21:15 on the 28th in Kingston (UTC-5); it says 'we will rebuild, and we will build back stronger than before'.",
  S("en", "Jamaican Prime Minister Andrew Holness wrote on X on October 28, 2025, as Melissa battered the island, that Jamaica would rebuild and come back stronger than before.",
    "andrew-holness", "Jamaica will rebuild and come back stronger than before", "2025-10-28", channel="x", event_type="post"),
  ["d21_x_holness_night_20251028"])

P(T, C, "Díaz-Canel's post is stamped 01:20 UTC on 29 Oct 2025, which is 21:20 on the 28th in Havana (Cuba kept summer time, UTC-4, until 2 Nov); it says 'Nos hemos preparado para el peor escenario', which the English quote translates.",
  Q("en", "\"We have prepared for the worst-case scenario,\" Cuban President Miguel Díaz-Canel wrote on X on October 28, 2025, hours before Melissa reached the island.",
    "miguel-diaz-canel", "We have prepared for the worst-case scenario", "2025-10-28", channel="x", event_type="post"),
  ["d21_x_diazcanel_20251028"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Caputo's own turn of 12 Dec 2023 says 'Los ministerios se reducen de 18 a 9 y las secretarías, de 106 a 54'.",
  S("es", "Caputo anunció el 12 de diciembre de 2023 que el Gobierno reducirá los ministerios de 18 a 9 y las secretarías de 106 a 54.",
    "luis-caputo", "los ministerios se reducen de 18 a 9 y las secretarías de 106 a 54", "2023-12-12"),
  ["d21_economia_tr_20231212"])

P(T, C, "The NHC's update of 28 Oct 2025 gives maximum sustained winds at landfall of '185 mph (295 km/h)'; the claim gives the same figure in km/h.",
  E("es", "Melissa tocó tierra en Jamaica el 28 de octubre de 2025 con vientos máximos sostenidos de 295 kilómetros por hora, según el Centro Nacional de Huracanes de Estados Unidos.",
    "Melissa tocó tierra en Jamaica con vientos máximos sostenidos de 295 km/h", "2025-10-28", [],
    confirmed_by="us-nhc"),
  ["d21_nhc_20251028"])

P(T, X, "The Coast Guard's release of 19 Jun 2023 says the Polar Prince lost contact with the Titan 'about 1 hour and 45 minutes after it began its dive on Sunday morning', not about 45 minutes into it.",
  E("en", "The Titan lost contact with its support ship about 45 minutes into its dive on June 18, 2023, according to the U.S. Coast Guard.",
    "the Titan lost contact with its support ship about 45 minutes into its dive", "2023-06-18", ["us-coast-guard"],
    confirmed_by="us-coast-guard"),
  ["d21_uscg_20230619"])

P(T, X, "Caputo's own turn of 12 Dec 2023 doubles the Asignación Universal por Hijo and raises the Tarjeta Alimentar 'un 50 %'; a doubled Tarjeta Alimentar is another figure.",
  S("en", "Caputo said on December 12, 2023 that the government would double the Tarjeta Alimentar food card to protect the poorest.",
    "luis-caputo", "the government will double the Tarjeta Alimentar food card", "2023-12-12"),
  ["d21_economia_tr_20231212"])

P(T, U, "Caputo's turns of 12 Dec 2023 say that state contracts of less than a year will not be renewed but give no number of contracts; the figure is absent from the source.",
  S("es", "Caputo anunció el 12 de diciembre de 2023 que unos 7.000 contratos laborales del Estado no serán renovados.",
    "luis-caputo", "unos 7.000 contratos laborales del Estado no serán renovados", "2023-12-12"),
  ["d21_economia_tr_20231212"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The finding of the debris was announced at the Coast Guard's press conference of Thursday 22 Jun 2023 ('This morning, a remotely operated vehicle ... discovered the tail cone'), one event, not on the 23rd.",
  E("en", "The U.S. Coast Guard announced on June 23, 2023 that debris from the Titan submersible had been found near the wreck of the Titanic.",
    "the Coast Guard announced that debris from the Titan had been found near the Titanic", "2023-06-23", ["us-coast-guard"]),
  ["d21_uscg_tr_20230622"])

P(T, X, "The devaluation to 800 pesos was announced in Caputo's message, which the ministry's note dates 'este martes 12 de diciembre'; one announcement, not on the 13th.",
  S("es", "El ministro Luis Caputo anunció el 13 de diciembre de 2023 que el tipo de cambio oficial pasaría a 800 pesos por dólar.",
    "luis-caputo", "el tipo de cambio oficial pasará a 800 pesos por dólar", "2023-12-13"),
  ["d21_economia_tr_20231212", "d21_economia_pr_20231212"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The collapse of the Francis Scott Key Bridge is one event; Biden's transcript of 26 Mar 2024 says the ship struck it 'Early this morning', in March, not April.",
  E("es", "En abril de 2024, un buque de carga chocó contra el puente Francis Scott Key de Baltimore y lo derribó.",
    "un buque de carga chocó contra el puente Francis Scott Key y lo derribó", "2024-04", []),
  ["d21_wh_20240326"])

P(T, X, "Cerdán's resignation is one act, announced in his post of 12 Jun 2025 ('Hoy he presentado mi dimisión'), in June, not May.",
  S("en", "Santos Cerdán stepped down as the Spanish Socialist Party's organisation secretary in May 2025.",
    "santos-cerdan", "Cerdán stepped down as the Socialist Party's organisation secretary", "2025-05"),
  ["d21_x_cerdan_20250612"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Biden's remarks of 26 Mar 2024 are pinned by the pledge on the cost; he says he was briefed 'here at the White House' and, asked whether he will go to Baltimore, 'I'm going to go as quickly as I can': he did not speak in Baltimore.",
  S("en", "Speaking in Baltimore on March 26, 2024, Joe Biden pledged that the federal government would pay the entire cost of rebuilding the collapsed bridge.",
    "joe-biden", "the federal government will pay the entire cost of rebuilding the bridge", "2024-03-26"),
  ["d21_wh_20240326"])

P(T, X, "Melissa's Cuban landfall of 29 Oct 2025 is one event; the NHC's update places it 'near Chivirico, in Santiago de Cuba province', not near Baracoa in Guantánamo.",
  E("es", "El huracán Melissa tocó tierra el 29 de octubre de 2025 en el oriente de Cuba, cerca de Baracoa, en la provincia de Guantánamo.",
    "Melissa tocó tierra en Cuba cerca de Baracoa, en Guantánamo", "2025-10-29", []),
  ["d21_nhc_20251029"])

P(T, X, "Sánchez's apology of 12 Jun 2025 is one event, pinned by Cerdán's resignation; his own transcript places it 'en la sede federal del Partido Socialista, en la calle Ferraz', not at La Moncloa.",
  S("es", "Pedro Sánchez pidió perdón a la ciudadanía por el caso Cerdán el 12 de junio de 2025 en una comparecencia en el Palacio de La Moncloa.",
    "pedro-sanchez", "Sánchez pidió perdón a la ciudadanía por el caso Cerdán", "2025-06-12",
    channel="press_conference", event_type="press_conference"),
  ["d21_psoe_tr_20250612"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The recovery of 27 Mar 2024 is pinned by the red pickup truck; Butler names the two victims recovered from it as Alejandro Hernández Fuentes and Dorlian Ronial Castillo Cabrera, not Maynor Suazo Sandoval.",
  E("en", "Divers recovered the bodies of Alejandro Hernández Fuentes and Maynor Suazo Sandoval from a red pickup truck submerged beneath the Key Bridge wreckage on March 27, 2024, Maryland State Police said.",
    "divers recovered the bodies of Alejandro Hernández Fuentes and Maynor Suazo Sandoval from a red pickup truck", "2024-03-27",
    ["maryland-state-police"], confirmed_by="maryland-state-police"),
  ["d21_maryland_tr_20240327"])

P(T, X, "The declaration of 28 Oct 2025 is pinned; Holness's post says Prime Minister Andrew Holness declared Jamaica a disaster area acting on the advice of Desmond McKenzie, who is named in the same post in another role.",
  E("en", "Jamaica's local government minister, Desmond McKenzie, declared the island a disaster area on October 28, 2025 as Hurricane Melissa struck.",
    "Desmond McKenzie declared Jamaica a disaster area", "2025-10-28", ["desmond-mckenzie"]),
  ["d21_x_holness_decl_20251028"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Mauger's own turn of 22 Jun 2023 says 'There doesn't appear to be any connection between those noises and the location of the debris on the sea floor': a denial, in another language, of the claim.",
  S("es", "La Guardia Costera de Estados Unidos afirmó el 22 de junio de 2023 que los ruidos submarinos detectados durante la búsqueda procedían de los restos del Titan.",
    "us-coast-guard", "los ruidos submarinos detectados durante la búsqueda procedían de los restos del Titan", "2023-06-22"),
  ["d21_uscg_tr_20230622"])

P(T, X, "Biden's own turn of 26 Mar 2024 says 'Everything so far indicates that this was a terrible accident ... no other reason to believe there was any intentional act here': the opposite, in another language, of the claim.",
  S("es", "Joe Biden afirmó el 26 de marzo de 2024 que todo indicaba que el choque del buque contra el puente de Baltimore había sido intencionado.",
    "joe-biden", "todo indica que el choque contra el puente fue intencionado", "2024-03-26"),
  ["d21_wh_20240326"])

P(T, X, "wrong act: Mauger's own turn of 22 Jun 2023 says 'The debris field is consistent with a catastrophic implosion of the vessel'; the same loss is told by the Coast Guard as an implosion, the opposite of the explosion of the claim.",
  E("es", "La Guardia Costera de Estados Unidos informó el 22 de junio de 2023 de que el sumergible Titan había explotado cerca de los restos del Titanic.",
    "el sumergible Titan explotó cerca de los restos del Titanic", "2023-06-22", ["us-coast-guard"]),
  ["d21_uscg_tr_20230622"])

P(T, X, "wrong act: Caputo's own turn of 12 Dec 2023 announces 'un aumento provisorio del impuesto PAIS a las importaciones'; the same measure is told as a rise, not the scrapping of the claim.",
  S("en", "Argentina's economy minister, Luis Caputo, announced on December 12, 2023 that the PAIS tax on imports would be scrapped.",
    "luis-caputo", "the PAIS tax on imports will be scrapped", "2023-12-12"),
  ["d21_economia_tr_20231212"])

P(T, X, "wrong act: Sánchez's own turn of 12 Jun 2025 says of Cerdán 'le he pedido que dimita como secretario de Organización y que renuncie a su acta de diputado'; he asked for the resignation the claim has him refuse to seek.",
  S("en", "Pedro Sánchez stood by Santos Cerdán on June 12, 2025 and refused to ask for his resignation.",
    "pedro-sanchez", "Sánchez stood by Cerdán and refused to ask for his resignation", "2025-06-12"),
  ["d21_psoe_tr_20250612"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Mauger's own turn of 22 Jun 2023 says the ROV 'discovered the tail cone of the Titan submersible approximately 1,600 feet from the bow of the Titanic'; the quoted 600 feet is another figure in his words on that occasion.",
  Q("en", "A remotely operated vehicle found \"the tail cone of the Titan submersible approximately 600 feet from the bow of the Titanic,\" Rear Adm. John Mauger said on June 22, 2023.",
    "john-mauger", "the tail cone of the Titan submersible approximately 600 feet from the bow of the Titanic", "2023-06-22"),
  ["d21_uscg_tr_20230622"])

P(T, X, "altered quote: Caputo's own turn of 12 Dec 2023 says 'vamos a estar unos meses peor que antes, en particular en términos de inflación'; 'mejor' reverses what he said on that occasion.",
  Q("es", "«Vamos a estar unos meses mejor que antes», prometió Luis Caputo el 12 de diciembre de 2023 al presentar sus medidas de emergencia.",
    "luis-caputo", "Vamos a estar unos meses mejor que antes", "2023-12-12"),
  ["d21_economia_tr_20231212"])

P(T, X, "altered quote: Biden's own turn of 26 Mar 2024 says the federal government 'will pay for the entire cost of reconstructing that bridge', not half of it.",
  Q("en", "\"It's my intention that the federal government will pay for half the cost of reconstructing that bridge,\" Biden said on March 26, 2024.",
    "joe-biden", "It's my intention that the federal government will pay for half the cost of reconstructing that bridge", "2024-03-26"),
  ["d21_wh_20240326"])

P(T, X, "altered quote: Sánchez's own turn of 12 Jun 2025 says 'Hasta esta misma mañana estaba convencido de la integridad de Santos Cerdán'; the added 'no' reverses what he said on that occasion.",
  Q("es", "«Hasta esta misma mañana no estaba convencido de la integridad de Santos Cerdán», reconoció Pedro Sánchez el 12 de junio de 2025.",
    "pedro-sanchez", "Hasta esta misma mañana no estaba convencido de la integridad de Santos Cerdán", "2025-06-12"),
  ["d21_psoe_tr_20250612"])

P(T, U, "The claimed CNN interview of 28 Oct 2025 is not among the sources, and Holness's post of that day, another occasion, does not contain the words.",
  Q("en", "\"This is the strongest storm our country has ever faced,\" Jamaican Prime Minister Andrew Holness told CNN on October 28, 2025.",
    "andrew-holness", "This is the strongest storm our country has ever faced", "2025-10-28", channel="interview", event_type="interview"),
  ["d21_x_holness_decl_20251028"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the PSOE's transcript of 12 Jun 2025 ('¿Va a convocar elecciones anticipadas?'), claimed in the first person as Sánchez's announcement, and Sánchez answers 'No. La legislatura llegará hasta 2027'.",
  Q("es", "«Voy a convocar elecciones anticipadas», anunció Pedro Sánchez el 12 de junio de 2025 en su comparecencia en Ferraz.",
    "pedro-sanchez", "Voy a convocar elecciones anticipadas", "2025-06-12", channel="press_conference", event_type="press_conference"),
  ["d21_psoe_tr_20250612"])

P(T, U, "The words are Paul Hankins's, in his own turn of the Coast Guard's transcript of 22 Jun 2023, not Mauger's.",
  Q("en", "\"The ROV found five major pieces of debris,\" Rear Adm. John Mauger said on June 22, 2023.",
    "john-mauger", "The ROV found five major pieces of debris", "2023-06-22", channel="press_conference", event_type="press_conference"),
  ["d21_uscg_tr_20230622"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The White House transcript records Biden's remarks on the collapse on 26 Mar 2024; nothing records remarks on the 27th, and nothing in the claim pins those of the 26th.",
  S("es", "Joe Biden habló el 27 de marzo de 2024 en la Casa Blanca sobre el derrumbe del puente de Baltimore.",
    "joe-biden", "Biden habló en la Casa Blanca sobre el derrumbe del puente de Baltimore", "2024-03-27"),
  ["d21_wh_20240326"])

P(T, C, "The NHC's update of 29 Oct 2025 says Melissa made landfall in eastern Cuba near Chivirico and 'is a category 3 hurricane'; the update of the 28th on the Jamaican landfall sits next to it without moving it.",
  E("es", "Melissa tocó tierra en el oriente de Cuba el 29 de octubre de 2025 como huracán de categoría 3.",
    "Melissa tocó tierra en el oriente de Cuba como huracán de categoría 3", "2025-10-29", []),
  ["d21_nhc_20251028", "d21_nhc_20251029"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The transcript of 26 Mar 2024 records Biden's pledge to pay for the bridge; no source records Buttigieg saying it, which the transcript neither confirms nor excludes.",
  S("en", "Transportation Secretary Pete Buttigieg said on March 26, 2024 that the federal government would pay for the entire cost of rebuilding the Key Bridge.",
    "pete-buttigieg", "the federal government will pay for the entire cost of rebuilding the Key Bridge", "2024-03-26"),
  ["d21_wh_20240326"])

P(T, C, "Kozack's own statement of 12 Dec 2023 says the package 'offers a good basis for further discussions to bring the current Fund-supported program back on track'; Georgieva's post of the same evening sits next to it without moving it.",
  S("en", "IMF spokeswoman Julie Kozack said on December 12, 2023 that Argentina's new measures were a good basis for further talks to put its IMF program back on track.",
    "julie-kozack", "Argentina's new measures are a good basis for further talks to put its IMF program back on track", "2023-12-12"),
  ["d21_x_georgieva_20231212", "d21_imf_20231212"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Coast Guard's release of 19 Jun 2023 says the Titan has 'five people aboard'; the transcript of the 22nd on the debris, a similar headline, sits next to it without moving it.",
  S("en", "The U.S. Coast Guard said on June 19, 2023 that the missing Titanic-bound submersible had five people aboard.",
    "us-coast-guard", "the missing submersible had five people aboard", "2023-06-19"),
  ["d21_uscg_20230619", "d21_uscg_tr_20230622"])

P(T, U, "wrong act: Caputo's message of 12 Dec 2023 sets the official rate at 800 pesos and replaces the SIRA import system, but says nothing of lifting exchange controls (the 'cepo'), another measure, which it neither announces nor rules out.",
  S("es", "Luis Caputo anunció el 12 de diciembre de 2023 el fin del cepo cambiario.",
    "luis-caputo", "Caputo anunció el fin del cepo cambiario", "2023-12-12"),
  ["d21_economia_tr_20231212"])

P(T, U, "wrong act: Sánchez's turn of 12 Jun 2025 announces a restructuring of the PSOE's Comisión Ejecutiva Federal, a party body; a reshuffle of the Government is another step, which the transcript neither announces nor rules out.",
  S("es", "Pedro Sánchez anunció el 12 de junio de 2025 una remodelación de su Gobierno tras la dimisión de Santos Cerdán.",
    "pedro-sanchez", "Sánchez anunció una remodelación del Gobierno", "2025-06-12"),
  ["d21_psoe_tr_20250612"])

P(T, U, "wrong act: Holness's post of 28 Oct 2025 declares Jamaica 'a disaster area under the Disaster Risk Management Act'; a state of emergency is another legal instrument, which may sit beside it, and the post neither reports nor rules one out.",
  E("es", "El Gobierno de Jamaica decretó el 28 de octubre de 2025 el estado de emergencia en todo el país por el huracán Melissa.",
    "Jamaica decretó el estado de emergencia en todo el país", "2025-10-28", ["jamaica-government"]),
  ["d21_x_holness_decl_20251028"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Economy Ministry's note of 12 Dec 2023 summarises the measures in its own voice and quotes no one; it does not confirm words quoted from Caputo.",
  Q("es", "«No hay plata», repitió el ministro de Economía, Luis Caputo, al presentar el 12 de diciembre de 2023 las primeras medidas del Gobierno de Milei.",
    "luis-caputo", "No hay plata", "2023-12-12"),
  ["d21_economia_pr_20231212"])

P(T, U, "The Governor's release of 26 Mar 2024 thanks the crew in its own voice and quotes none of Moore's words; it does not confirm the sentence.",
  Q("en", "\"These people are heroes. They saved lives last night,\" Maryland Governor Wes Moore said of the Dali's crew on March 26, 2024.",
    "wes-moore", "These people are heroes. They saved lives last night", "2024-03-26"),
  ["d21_maryland_20240326"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El País, a media outlet, reports the noises detected by the Canadian aircraft; no primary or official source is among this pair's documents.",
  E("es", "Un avión canadiense P-3 detectó ruidos submarinos en la zona de búsqueda del sumergible Titan, informó la Guardia Costera de Estados Unidos el 21 de junio de 2023.",
    "un avión canadiense detectó ruidos submarinos en la zona de búsqueda del Titan", "2023-06-21", ["us-coast-guard"]),
  ["d21_elpais_20230621"])

P(T, U, "Only the Associated Press, a media outlet, reports the Dali's destination; no primary or official source is among this pair's documents.",
  E("en", "The Singapore-flagged container ship Dali was bound for Colombo, Sri Lanka, when it struck the Francis Scott Key Bridge on March 26, 2024.",
    "the Dali was bound for Colombo, Sri Lanka, when it struck the Key Bridge", "2024-03-26", []),
  ["d21_ap_20240326"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Biden's words are in the White House transcript of his remarks of 26 Mar 2024; no post of his is among the sources, and the claim is about X.",
  Q("en", "\"I've directed my team to move heaven and earth to reopen the port and rebuild the bridge as soon as humanly possible,\" Biden wrote on X on March 26, 2024.",
    "joe-biden", "I've directed my team to move heaven and earth to reopen the port and rebuild the bridge as soon as humanly possible", "2024-03-26",
    channel="x", event_type="post"),
  ["d21_wh_20240326"])

P(T, U, "Sánchez's words are in the PSOE's transcript of his press conference of 12 Jun 2025; no post of his is among the sources, and the claim is about X.",
  Q("es", "«Quiero pedir perdón a la ciudadanía», escribió Pedro Sánchez en X el 12 de junio de 2025.",
    "pedro-sanchez", "Quiero pedir perdón a la ciudadanía", "2025-06-12", channel="x", event_type="post"),
  ["d21_psoe_tr_20250612"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the remarks in fact say 'The ship's crew was able to alert the Maryland Department of Transportation').",
  S("en", "Joe Biden did not mention the ship's crew in his remarks on the Baltimore bridge collapse on March 26, 2024.",
    "joe-biden", "the remarks did not mention the ship's crew", "2024-03-26", absence=True),
  ["d21_wh_20240326"])

P(T, U, "Absence claims are always unverified (here Sánchez in fact names him: 'estaba convencido de la integridad de Santos Cerdán').",
  S("es", "Pedro Sánchez no mencionó a Santos Cerdán por su nombre en su comparecencia del 12 de junio de 2025.",
    "pedro-sanchez", "Sánchez no mencionó a Santos Cerdán por su nombre", "2025-06-12", absence=True),
  ["d21_psoe_tr_20250612"])
