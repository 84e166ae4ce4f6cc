"""Claims, labels and notes of the sixth development set (dev6.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3, dev4 and dev5), applied to the documents in docs_dev6.py
alone, without reading checks/ or running the pipeline. It shares only the claim helpers
(doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Leo XIV's own address of 8 May 2025, in the Vatican's Spanish text, greets 'mi querida diócesis de Chiclayo, en el Perú' (words he spoke in Spanish).",
  Q("es", "En su primer saludo desde el balcón central de la basílica de San Pedro, el 8 de mayo de 2025, León XIV dedicó unas palabras en español a «mi querida diócesis de Chiclayo, en el Perú».",
    "pope-leo-xiv", "mi querida diócesis de Chiclayo, en el Perú", "2025-05-08"),
  ["d6_va_urbi_20250508_es"])

P(T, C, "The ICJ's own press release of 1 Dec 2023 says the Court unanimously ordered Venezuela to refrain from any action modifying the situation in the territory in dispute, which Guyana administers.",
  S("en", "The International Court of Justice on December 1, 2023 unanimously ordered Venezuela to refrain from any action that would modify the situation in the disputed territory, which Guyana administers and controls.",
    "icj", "Venezuela must refrain from any action that would modify the situation in the disputed territory, which Guyana administers and controls",
    "2023-12-01"),
  ["d6_icj_20231201"])

P(T, C, "Albares's own declaration of Sunday 19 May 2024 ('Hoy...') says 'Exigimos al presidente Milei disculpas públicas' over words insulting the wife of the head of government.",
  Q("es", "El ministro de Exteriores, José Manuel Albares, exigió el 19 de mayo de 2024 al presidente argentino, Javier Milei, «disculpas públicas» por sus palabras sobre la esposa de Pedro Sánchez.",
    "jose-manuel-albares", "disculpas públicas", "2024-05-19"),
  ["d6_maec_20240519"])

P(T, C, "Blinken's own turn in the State Department transcript of his Kingston remarks of 11 Mar 2024 commits an additional $100 million to support the deployment of the Multinational Security Support mission.",
  S("en", "Secretary of State Antony Blinken announced in Kingston, Jamaica, on March 11, 2024 an additional $100 million to support the deployment of the multinational security mission in Haiti.",
    "antony-blinken", "the United States commits an additional $100 million to support the deployment of the multinational security mission in Haiti",
    "2024-03-11"),
  ["d6_state_kingston_20240311"])

P(T, C, "La Moncloa's release of 11 Apr 2025 says Sánchez defended 'una relación comercial más equilibrada entre la Unión Europea y China' before Xi; the claim says the same in other words (a statement, not a quote).",
  S("es", "Sánchez abogó ante Xi Jinping el 11 de abril de 2025 por un mayor equilibrio en los intercambios comerciales entre la Unión Europea y China.",
    "pedro-sanchez", "abogó por un mayor equilibrio en los intercambios comerciales entre la Unión Europea y China", "2025-04-11"),
  ["d6_moncloa_20250411"])

P(T, C, "Biden's own statement of 20 Dec 2023 says ten Americans detained in Venezuela are free and that Leonard Francis has been returned to face charges.",
  S("en", "President Biden said on December 20, 2023 that ten Americans detained in Venezuela had been freed and that fugitive contractor Leonard Francis had been returned to the United States.",
    "joe-biden", "ten Americans detained in Venezuela have been freed and Leonard Francis has been returned to the United States", "2023-12-20"),
  ["d6_wh_biden_20231220"])

P(T, C, "Maduro's own post of Friday 15 Dec 2023 says 'Ayer, en San Vicente y las Granadinas' he met Ali: the meeting was on the 14th.",
  E("es", "Maduro y el presidente de Guyana, Irfaan Ali, se reunieron el 14 de diciembre de 2023 en San Vicente y las Granadinas.",
    "Maduro y Irfaan Ali se reunieron en San Vicente y las Granadinas", "2023-12-14",
    ["nicolas-maduro", "irfaan-ali"], event_type="meeting"),
  ["d6_x_maduro_20231215"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The English quote renders Leo XIV's 'ayúdense unos a otros, a construir puentes con el diálogo, con el encuentro' in the Vatican's Spanish text of his address of 8 May 2025.",
  Q("en", "\"Help one another to build bridges, through dialogue and encounter,\" Pope Leo XIV urged the crowd in St. Peter's Square on May 8, 2025, in his first address as pontiff.",
    "pope-leo-xiv", "Help one another to build bridges, through dialogue and encounter", "2025-05-08"),
  ["d6_va_urbi_20250508_es"])

P(T, C, "'una paz desarmada y una paz desarmante' renders 'a disarmed peace and a disarming peace' in the Vatican's English text of Leo XIV's address of 8 May 2025.",
  Q("es", "León XIV habló el 8 de mayo de 2025, en su primera aparición como papa, de «una paz desarmada y una paz desarmante».",
    "pope-leo-xiv", "una paz desarmada y una paz desarmante", "2025-05-08"),
  ["d6_va_urbi_20250508_en"])

P(T, C, "The Joint Declaration of Argyle (Guyana's English text) says the two states 'will not threaten or use force against one another in any circumstances', after the meeting held 'today', 14 Dec 2023, at Argyle, St Vincent and the Grenadines.",
  E("es", "Guyana y Venezuela se comprometieron el 14 de diciembre de 2023, en una reunión en San Vicente y las Granadinas, a no amenazarse ni usar la fuerza la una contra la otra en ninguna circunstancia.",
    "Guyana y Venezuela se comprometieron a no amenazarse ni usar la fuerza la una contra la otra en ninguna circunstancia",
    "2023-12-14", ["irfaan-ali", "nicolas-maduro"], event_type="meeting"),
  ["d6_argyle_20231214_en"])

P(T, C, "The Spanish foreign ministry's release of Tuesday 21 May 2024 says Albares announced 'la retirada definitiva' of the ambassador for want of a public apology from Milei; the English claim says the same.",
  S("en", "Spanish Foreign Minister José Manuel Albares announced on May 21, 2024 that Spain was permanently withdrawing its ambassador to Argentina because President Javier Milei had not publicly apologized.",
    "jose-manuel-albares", "Spain is permanently withdrawing its ambassador to Argentina because Milei has not publicly apologized", "2024-05-21"),
  ["d6_maec_20240521"])

P(T, C, "'en una guerra arancelaria no hay ganadores' renders Xi's 'There are no winners in a tariff war' in the Chinese foreign ministry's release on his meeting with Sánchez on 11 Apr 2025.",
  Q("es", "Xi Jinping le advirtió a Pedro Sánchez en Pekín el 11 de abril de 2025 que «en una guerra arancelaria no hay ganadores».",
    "xi-jinping", "en una guerra arancelaria no hay ganadores", "2025-04-11", event_type="meeting"),
  ["d6_mfa_cn_20250411"])

P(T, C, "The Venezuelan presidency's release of Wednesday 20 Dec 2023 says Maduro received Saab 'la noche de este miércoles en el Palacio de Miraflores', the presidential palace in Caracas.",
  E("en", "Maduro welcomed Alex Saab at the presidential palace in Caracas on the night of December 20, 2023, after his release by the United States.",
    "Maduro welcomed Alex Saab at the presidential palace in Caracas", "2023-12-20", ["nicolas-maduro"], event_type="meeting"),
  ["d6_presidencia_ve_20231220"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Ali's post is stamped 01:20 UTC on 15 Dec 2023, which is 21:20 on the 14th in Georgetown (and at Argyle); it says he told Maduro that Guyana's border is not up for discussion.",
  S("en", "Guyanese President Irfaan Ali wrote on X on December 14, 2023 that he had told Maduro that Guyana's border was not up for discussion.",
    "irfaan-ali", "he told Maduro that Guyana's border is not up for discussion", "2023-12-14", channel="x", event_type="post"),
  ["d6_x_ali_20231214"])

P(T, C, "Maduro's post is stamped 01:35 UTC on 21 Dec 2023, 21:35 on the 20th in Caracas; it celebrates Saab's return ('Alex Saab ya está en la Patria').",
  S("es", "Maduro celebró en X el 20 de diciembre de 2023 el regreso de Alex Saab a Venezuela.",
    "nicolas-maduro", "celebró el regreso de Alex Saab a Venezuela", "2023-12-20", channel="x", event_type="post"),
  ["d6_x_maduro_20231220"])

P(T, C, "Noboa's post is stamped 03:40 UTC on 22 Apr 2024, 22:40 on the 21st in Guayaquil; 'hoy tenemos más herramientas para combatir la delincuencia' is what the English claim reports.",
  S("en", "Ecuador's President Daniel Noboa wrote on X on April 21, 2024 that the referendum had given the country more tools to fight crime.",
    "daniel-noboa", "the referendum gave the country more tools to fight crime", "2024-04-21", channel="x", event_type="post"),
  ["d6_x_noboa_20240421"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The CNE's own release of 3 Dec 2023 counts 10.554.320 votes; 'más de diez millones y medio' written in words is the same figure.",
  S("es", "El Consejo Nacional Electoral venezolano informó el 3 de diciembre de 2023 que en el referendo consultivo sobre el Esequibo se contabilizaron más de diez millones y medio de votos.",
    "cne-venezuela", "en el referendo consultivo sobre el Esequibo se contabilizaron más de diez millones y medio de votos", "2023-12-03"),
  ["d6_cne_ve_20231203"])

P(T, C, "Blinken's own statement of 9 Feb 2023 gives 222 political prisoners who travelled to the United States; 'doscientos veintidós' in words is the same figure.",
  S("es", "El secretario de Estado, Antony Blinken, informó el 9 de febrero de 2023 que Nicaragua había excarcelado a doscientos veintidós presos políticos, que viajaron a Estados Unidos.",
    "antony-blinken", "Nicaragua excarceló a doscientos veintidós presos políticos, que viajaron a Estados Unidos", "2023-02-09",
    channel="press_release"),
  ["d6_state_20230209"])

P(T, C, "The CNE's release of 21 Apr 2024 says 'Sí' won in 9 of the 11 questions; 'nine of the eleven' is the same figure.",
  S("en", "Ecuadorians approved nine of the eleven questions in the April 21, 2024 referendum, Ecuador's National Electoral Council said.",
    "cne-ecuador", "Ecuadorians approved nine of the eleven questions in the referendum", "2024-04-21"),
  ["d6_cne_ec_20240421"])

P(T, X, "Sullivan's own statement of 5 Sep 2024 (and its title) gives 135 political prisoners, not 153.",
  S("en", "National Security Adviser Jake Sullivan said on September 5, 2024 that the United States had secured the release of 153 political prisoners from Nicaragua, who were flown to Guatemala.",
    "jake-sullivan", "the United States secured the release of 153 political prisoners from Nicaragua", "2024-09-05"),
  ["d6_wh_sullivan_20240905"])

P(T, X, "The Joint Declaration of Argyle, pinned by date, place and participants, says the two states will meet again in Brazil within the next three months, not six.",
  E("es", "Maduro y Ali acordaron el 14 de diciembre de 2023 en Argyle volver a reunirse en Brasil en un plazo de seis meses.",
    "Maduro y Ali acordaron volver a reunirse en Brasil en un plazo de seis meses", "2023-12-14",
    ["nicolas-maduro", "irfaan-ali"], event_type="meeting"),
  ["d6_argyle_20231214_es"])

P(T, X, "Blinken's own turn in the Kingston transcript gives $100 million for the deployment of the security mission; the $33 million is humanitarian assistance, so the figure for the mission is incompatible.",
  S("es", "Blinken anunció en Kingston el 11 de marzo de 2024 33 millones de dólares adicionales para apoyar el despliegue de la misión multinacional de seguridad en Haití.",
    "antony-blinken", "Estados Unidos aporta 33 millones de dólares adicionales para apoyar el despliegue de la misión multinacional de seguridad en Haití",
    "2024-03-11"),
  ["d6_state_kingston_20240311"])

P(T, U, "The Holy See's bulletin gives the 133 electors (in words) and the fourth ballot, but no vote count; 'more than 100' votes cannot be checked against it.",
  S("en", "The Holy See said Leo XIV was elected on May 8, 2025 with more than 100 of the 133 cardinal electors' votes.",
    "holy-see-press-office", "Leo XIV was elected with more than 100 of the 133 cardinal electors' votes", "2025-05-08"),
  ["d6_holysee_20250508"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "A pope's election is one event; the Holy See's bulletin says Prevost was elected on the afternoon of Thursday 8 May 2025, the second day of the conclave that opened on the 7th.",
  E("es", "El cónclave eligió el 7 de mayo de 2025 al cardenal estadounidense Robert Francis Prevost, que adoptó el nombre de León XIV.",
    "El cónclave eligió al cardenal Robert Francis Prevost, que adoptó el nombre de León XIV", "2025-05-07",
    ["pope-leo-xiv"], event_type=None),
  ["d6_holysee_20250508"])

P(T, X, "The definitive withdrawal of the ambassador is one announcement; the ministry's release published on 21 May 2024 says Albares made it 'este martes', the 21st, not the 20th.",
  S("en", "Albares announced on May 20, 2024 that Spain was permanently withdrawing its ambassador from Buenos Aires after Milei refused to apologize.",
    "jose-manuel-albares", "Spain is permanently withdrawing its ambassador from Buenos Aires", "2024-05-20"),
  ["d6_maec_20240521"])

P(T, X, "The exchange of Saab for the ten Americans is pinned by its content; Biden's own statement announcing it is dated 20 Dec 2023 ('Today'), not the 19th.",
  S("es", "Biden anunció el 19 de diciembre de 2023 la liberación de diez estadounidenses detenidos en Venezuela, a cambio de un indulto a Alex Saab.",
    "joe-biden", "la liberación de diez estadounidenses detenidos en Venezuela, a cambio de un indulto a Alex Saab", "2023-12-19"),
  ["d6_wh_biden_20231220"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The release of 222 prisoners flown to Washington is pinned by its figure; the State Department and the Managua court date it 9 Feb 2023, not March.",
  E("en", "In March 2023, Nicaragua freed 222 political prisoners and flew them to Washington.",
    "Nicaragua freed 222 political prisoners and flew them to Washington", "2023-03", event_type=None),
  ["d6_state_20230209", "d6_pj_ni_20230209"])

P(T, X, "Xi's words to Sánchez on a tariff war are pinned by speaker, counterpart and words; the Chinese foreign ministry dates the meeting 11 Apr 2025, not May.",
  Q("es", "En mayo de 2025, durante una visita de Pedro Sánchez a Pekín, Xi Jinping afirmó que «no hay ganadores en una guerra arancelaria».",
    "xi-jinping", "no hay ganadores en una guerra arancelaria", "2025-05", event_type="meeting"),
  ["d6_mfa_cn_20250411"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The audience is pinned by date and participants; the Holy See's bulletin places it in the Vatican Apostolic Palace, not at Castel Gandolfo.",
  E("en", "Pope Leo XIV received U.S. Vice President JD Vance and Secretary of State Marco Rubio at Castel Gandolfo on May 19, 2025.",
    "Leo XIV received Vance and Rubio at Castel Gandolfo", "2025-05-19",
    ["pope-leo-xiv", "jd-vance", "marco-rubio"], event_type="meeting"),
  ["d6_holysee_20250519"])

P(T, X, "The arrival of the 135 is pinned by date and figure; Arévalo's own post (21:10 on 5 Sep in Guatemala) and Sullivan's statement say they arrived in Guatemala, not Costa Rica.",
  E("es", "Los 135 presos políticos excarcelados por Nicaragua llegaron el 5 de septiembre de 2024 a Costa Rica, con el apoyo de Estados Unidos.",
    "Los 135 presos políticos excarcelados por Nicaragua llegaron a Costa Rica", "2024-09-05", event_type=None),
  ["d6_x_arevalo_20240905", "d6_wh_sullivan_20240905"])

P(T, X, "The meeting is pinned by date and participants; the Chinese foreign ministry places it at the Great Hall of the People, which is in Beijing, not Shanghai.",
  E("en", "Chinese President Xi Jinping received Spanish Prime Minister Pedro Sánchez in Shanghai on April 11, 2025.",
    "Xi received Sánchez in Shanghai", "2025-04-11", ["xi-jinping", "pedro-sanchez"], event_type="meeting"),
  ["d6_mfa_cn_20250411"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The Kingston meeting of 11 Mar 2024 is pinned by date, venue and the $100 million pledge; the transcript has Secretary Blinken making it, not Vice President Harris.",
  E("en", "Vice President Kamala Harris represented the United States at the CARICOM meeting on Haiti in Kingston on March 11, 2024, pledging an additional $100 million for the multinational mission.",
    "Harris represented the United States at the CARICOM meeting on Haiti in Kingston and pledged an additional $100 million",
    "2024-03-11", ["kamala-harris"], event_type="meeting"),
  ["d6_state_kingston_20240311"])

P(T, X, "The audience of 19 May 2025 is pinned by date, venue, the Pope and Vance; the Holy See's bulletin says Vance was accompanied by Secretary of State Rubio, not by Hegseth.",
  E("es", "El papa León XIV recibió el 19 de mayo de 2025 en el Palacio Apostólico al vicepresidente de Estados Unidos, JD Vance, acompañado por el secretario de Defensa, Pete Hegseth.",
    "León XIV recibió en el Palacio Apostólico a JD Vance, acompañado por Pete Hegseth", "2025-05-19",
    ["pope-leo-xiv", "jd-vance", "pete-hegseth"], event_type="meeting"),
  ["d6_holysee_20250519"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Venezuela's own text of the Argyle declaration says it 'afirmó su falta de consentimiento y de reconocimiento de la Corte Internacional de Justicia y de su jurisdicción': the opposite of accepting it.",
  S("en", "In the Argyle declaration of December 14, 2023, Maduro's government accepted the jurisdiction of the International Court of Justice over its border controversy with Guyana.",
    "venezuela-presidency", "Venezuela accepted the jurisdiction of the International Court of Justice over the border controversy with Guyana",
    "2023-12-14"),
  ["d6_argyle_20231214_es"])

P(T, X, "Ali's own post of that evening says Guyana's border 'is not up for discussion' and that the controversy will be settled at the ICJ, and the declaration records Guyana's commitment to the ICJ process: the opposite of negotiating outside it.",
  S("es", "El presidente guyanés, Irfaan Ali, aceptó el 14 de diciembre de 2023 en Argyle negociar directamente con Venezuela la frontera, al margen de la Corte Internacional de Justicia.",
    "irfaan-ali", "aceptó negociar directamente con Venezuela la frontera, al margen de la Corte Internacional de Justicia", "2023-12-14"),
  ["d6_x_ali_20231214", "d6_argyle_20231214_en"])

P(T, X, "Adorni's own turn in the versión estenográfica of 20 May 2024 answers the question on an apology 'De ninguna manera. El presidente no va a retractarse de nada': a denial in other words.",
  S("en", "Argentina's presidential spokesman Manuel Adorni said on May 20, 2024 that Milei was willing to apologize to the Spanish government.",
    "manuel-adorni", "Milei is willing to apologize to the Spanish government", "2024-05-20",
    channel="press_conference", event_type="press_conference"),
  ["d6_casarosada_20240520"])

P(T, X, "The ministry's own release of 21 May 2024 says the withdrawal is definitive and 'La embajadora no regresará a su puesto en Buenos Aires': the opposite of a return.",
  S("es", "Albares anunció el 21 de mayo de 2024 que la embajadora de España volvería a Buenos Aires en los próximos días.",
    "jose-manuel-albares", "la embajadora de España volverá a Buenos Aires en los próximos días", "2024-05-21"),
  ["d6_maec_20240521"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The occasion is pinned (the first address of 8 May 2025); its own text has 'I am a son of Saint Augustine, an Augustinian', not Saint Francis.",
  Q("en", "\"I am a son of Saint Francis,\" Pope Leo XIV told the faithful in St. Peter's Square on May 8, 2025.",
    "pope-leo-xiv", "I am a son of Saint Francis", "2025-05-08"),
  ["d6_va_urbi_20250508_en"])

P(T, U, "The claimed Xinhua interview is not among the sources, and La Moncloa's release of the visit does not contain the words; nothing records them either way.",
  Q("es", "En una entrevista con la agencia Xinhua, Sánchez afirmó que China es «un socio, no un rival» para Europa.",
    "pedro-sanchez", "un socio, no un rival", channel="interview", event_type="interview"),
  ["d6_moncloa_20250411"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "In the Kingston transcript the words are a reporter's question ('is the United States going to send troops to Haiti as part of the mission?'), and Blinken answers 'No': the claimed speaker denied it.",
  Q("es", "Blinken dijo en rueda de prensa en Kingston el 11 de marzo de 2024: «Estados Unidos va a enviar tropas a Haití como parte de la misión».",
    "antony-blinken", "Estados Unidos va a enviar tropas a Haití como parte de la misión", "2024-03-11",
    channel="press_conference", event_type="press_conference"),
  ["d6_state_kingston_20240311"])

P(T, U, "In the versión estenográfica '¿La relación con España está rota?' is a reporter's question, and Adorni neither says it nor denies it ('habría que hacérsela al Gobierno español').",
  Q("en", "Argentina's presidential spokesman Manuel Adorni acknowledged at his press conference on May 20, 2024 that \"the relationship with Spain is broken.\"",
    "manuel-adorni", "the relationship with Spain is broken", "2024-05-20",
    channel="press_conference", event_type="press_conference"),
  ["d6_casarosada_20240520"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Holy See's bulletin of 19 May 2025 summarises the talks ('a negotiated solution between the parties involved') without quoting the Pope; a paraphrase does not confirm the quoted words.",
  Q("en", "Pope Leo XIV told Vance at their meeting on May 19, 2025 that \"peace must be negotiated, not imposed.\"",
    "pope-leo-xiv", "peace must be negotiated, not imposed", "2025-05-19", event_type="meeting"),
  ["d6_holysee_20250519"])

P(T, U, "The CARICOM statement of 11 Mar 2024 summarises the Chair's words ('demands urgent action') without the quoted phrase.",
  Q("es", "El presidente de Guyana y de la CARICOM, Irfaan Ali, afirmó en Kingston el 11 de marzo de 2024: «Haití no puede esperar más».",
    "irfaan-ali", "Haití no puede esperar más", "2024-03-11", event_type="meeting"),
  ["d6_caricom_20240311"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "Maduro's own post is dated 15 Dec 2023 (09:30 in Caracas) and says the agreement was reached 'Ayer'; the Argyle declaration of the 14th is the day before and does not conflict.",
  S("es", "Maduro escribió en X el 15 de diciembre de 2023 que el día anterior había acordado con Ali que ninguno de los dos países recurriría a la amenaza ni al uso de la fuerza.",
    "nicolas-maduro", "el día anterior acordó con Ali que ninguno de los dos países recurrirá a la amenaza ni al uso de la fuerza",
    "2023-12-15", channel="x", event_type="post"),
  ["d6_x_maduro_20231215", "d6_argyle_20231214_es"])

P(T, U, "The documents record a Maduro-Ali meeting on 14 Dec 2023 (Maduro's post of the 15th calls it 'Ayer'); the claim names nothing that pins its talks of the 15th to that meeting, so talks on the 15th are neither shown nor contradicted.",
  E("en", "Venezuelan President Nicolás Maduro and Guyanese President Irfaan Ali held talks on December 15, 2023.",
    "Maduro and Ali held talks", "2023-12-15", ["nicolas-maduro", "irfaan-ali"], event_type="meeting"),
  ["d6_x_maduro_20231215", "d6_argyle_20231214_en"])

P(T, U, "La Moncloa and the Chinese foreign ministry record a Sánchez-Xi meeting on 11 Apr 2025; nothing in the claim pins its meeting of the 10th to that one.",
  E("es", "Pedro Sánchez y Xi Jinping se reunieron en Pekín el 10 de abril de 2025.",
    "Pedro Sánchez y Xi Jinping se reunieron en Pekín", "2025-04-10", ["pedro-sanchez", "xi-jinping"], event_type="meeting"),
  ["d6_moncloa_20250411", "d6_mfa_cn_20250411"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, C, "The Holy See's bulletin of 19 May 2025 says the Vice President and the Secretary of State subsequently met Cardinal Parolin; the papal audience the same morning is another meeting and does not conflict.",
  E("es", "El vicepresidente estadounidense JD Vance se reunió el 19 de mayo de 2025 en el Vaticano con el secretario de Estado de la Santa Sede, el cardenal Pietro Parolin.",
    "JD Vance se reunió en el Vaticano con el cardenal Pietro Parolin", "2025-05-19",
    ["jd-vance", "pietro-parolin"], event_type="meeting"),
  ["d6_holysee_20250519"])

P(T, U, "The documents of 11 Apr 2025 record Sánchez's meeting with Xi; they say nothing about a meeting of Foreign Minister Albares with Wang Yi.",
  E("en", "Spanish Foreign Minister José Manuel Albares met Chinese Foreign Minister Wang Yi in Beijing on April 11, 2025.",
    "Albares met Wang Yi in Beijing", "2025-04-11", ["jose-manuel-albares"], event_type="meeting"),
  ["d6_moncloa_20250411", "d6_mfa_cn_20250411"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Sullivan's statement of 5 Sep 2024 confirms 135 political prisoners freed and arrived in Guatemala; the release of 222 flown to Washington in Feb 2023 is another event and does not conflict.",
  S("en", "National Security Adviser Jake Sullivan said on September 5, 2024 that 135 political prisoners freed by Nicaragua had arrived in Guatemala.",
    "jake-sullivan", "135 political prisoners freed by Nicaragua have arrived in Guatemala", "2024-09-05"),
  ["d6_wh_sullivan_20240905", "d6_state_20230209"])

P(T, U, "The documents of 9 Feb 2023 are about the deportation of 222 prisoners; stripping 94 other opponents of their nationality on 15 Feb is a different measure that they neither report nor rule out.",
  E("es", "Nicaragua despojó de la nacionalidad el 15 de febrero de 2023 a 94 opositores, entre ellos los escritores Sergio Ramírez y Gioconda Belli.",
    "Nicaragua despojó de la nacionalidad a 94 opositores", "2023-02-15", event_type=None),
  ["d6_state_20230209", "d6_pj_ni_20230209"])

P(T, U, "The documents are about Sánchez's visit of 11 Apr 2025 ('su tercera visita oficial al país desde 2023'); they do not date his earlier meetings with Xi, so one on 31 Mar 2023 is neither shown nor contradicted.",
  E("en", "Spanish Prime Minister Pedro Sánchez met Chinese President Xi Jinping in Beijing on March 31, 2023.",
    "Sánchez met Xi in Beijing", "2023-03-31", ["pedro-sanchez", "xi-jinping"], event_type="meeting"),
  ["d6_moncloa_20250411", "d6_mfa_cn_20250411"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only an EFE article, which agrees with the claim; the Holy See's bulletin is not among the sources (and does not mention the letter).",
  E("es", "JD Vance entregó el 19 de mayo de 2025 al papa León XIV una carta de Trump con una invitación a visitar la Casa Blanca.",
    "JD Vance entregó al papa León XIV una carta de Trump con una invitación a visitar la Casa Blanca", "2025-05-19",
    ["jd-vance", "pope-leo-xiv"], event_type="meeting"),
  ["d6_efe_20250519"])

P(T, U, "Only an EFE article, which agrees with the claim; a media article alone cannot confirm it.",
  S("es", "Maduro ordenó el 5 de diciembre de 2023 crear una Zona de Defensa Integral para la Guayana Esequiba y nombró una autoridad única para el territorio.",
    "nicolas-maduro", "ordenó crear una Zona de Defensa Integral para la Guayana Esequiba y nombró una autoridad única para el territorio",
    "2023-12-05"),
  ["d6_efe_20231205"])

P(T, U, "Only an AP article, which agrees with the claim; Biden's statement thanking Qatar is not among the sources.",
  E("en", "The exchange of Alex Saab for ten Americans held in Venezuela, announced on December 20, 2023, was mediated by Qatar.",
    "the exchange of Alex Saab for ten Americans held in Venezuela was mediated by Qatar", "2023-12-20", event_type=None),
  ["d6_ap_20231220"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Trump's congratulations are in a Truth Social post (Truth Social is not X); no X post by him is among the sources.",
  S("es", "Trump felicitó en X el 8 de mayo de 2025 al nuevo papa León XIV y calificó su elección de «un gran honor» para Estados Unidos.",
    "donald-trump", "la elección de León XIV es un gran honor para Estados Unidos", "2025-05-08", channel="x", event_type="post"),
  ["d6_truth_trump_20250508"])

P(T, U, "The words are in a White House statement; no X post by Biden is among the sources.",
  S("en", "Biden wrote on X on December 20, 2023 that ten Americans detained in Venezuela were free and on their way home.",
    "joe-biden", "ten Americans detained in Venezuela are free and on their way home", "2023-12-20", channel="x", event_type="post"),
  ["d6_wh_biden_20231220"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the post indeed names neither rejected question).",
  S("es", "El mensaje de Noboa en X del 21 de abril de 2024 sobre la consulta popular no menciona las dos preguntas que los ecuatorianos rechazaron.",
    "daniel-noboa", "el mensaje no menciona las dos preguntas rechazadas", "2024-04-21", absence=True),
  ["d6_x_noboa_20240421"])

P(T, U, "Absence claims are always unverified.",
  S("en", "Leo XIV did not mention the United States in his first address from the loggia of St. Peter's Basilica on May 8, 2025.",
    "pope-leo-xiv", "the address did not mention the United States", "2025-05-08", absence=True),
  ["d6_va_urbi_20250508_en"])
