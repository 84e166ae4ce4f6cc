"""Claims, labels and notes of the fourteenth development set (dev14.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev13), applied to the documents in docs_dev14.py alone,
without reading checks/ or running the pipeline. It shares only the claim helpers (doclib.py) with
the other sets.
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Trudeau's own turn in the PMO's transcript of 6 Jan 2025 says 'I intend to resign as party leader, as prime minister, after the party selects its next leader'; the claim is a faithful paraphrase.",
  S("en", "Justin Trudeau said on January 6, 2025 that he would step down as Liberal leader and prime minister once his party had chosen a new leader.",
    "justin-trudeau", "he will step down as Liberal leader and prime minister once the party has chosen a new leader", "2025-01-06"),
  ["d14_pm_remarks_20250106"])

P(T, C, "Petro's own turn in the presidency's transcript of his inauguration speech of 7 Aug 2022 says 'Hoy empieza nuestra segunda oportunidad'.",
  Q("es", "«Hoy empieza nuestra segunda oportunidad», dijo Gustavo Petro en su discurso de posesión del 7 de agosto de 2022.",
    "gustavo-petro", "Hoy empieza nuestra segunda oportunidad", "2022-08-07"),
  ["d14_presidencia_co_speech_20220807"])

P(T, C, "The Holy See's English text of the address at Ur of 6 Mar 2021 has the Pope say 'Hostility, extremism and violence are not born of a religious heart'.",
  Q("en", "\"Hostility, extremism and violence are not born of a religious heart,\" Pope Francis said at the interreligious meeting on the Plain of Ur on March 6, 2021.",
    "pope-francis", "Hostility, extremism and violence are not born of a religious heart", "2021-03-06"),
  ["d14_vatican_ur_20210306"])

P(T, C, "Boric's own turn in the Chilean presidency's transcript of 18 Jul 2023 in Brussels says the war in Ukraine is 'una guerra de agresión imperial inaceptable'.",
  Q("es", "Gabriel Boric calificó el 18 de julio de 2023, en la cumbre UE-CELAC de Bruselas, la guerra en Ucrania de «una guerra de agresión imperial inaceptable».",
    "gabriel-boric", "una guerra de agresión imperial inaceptable", "2023-07-18"),
  ["d14_chile_20230718"])

P(T, C, "Carney's own turn in the Liberal Party's transcript of 9 Mar 2025 says 'Canada never, ever will be part of America in any way, shape or form'.",
  Q("en", "\"Canada never, ever will be part of America in any way, shape or form,\" Mark Carney said on March 9, 2025 after winning the Liberal leadership.",
    "mark-carney", "Canada never, ever will be part of America in any way, shape or form", "2025-03-09"),
  ["d14_liberal_speech_20250309"])

P(T, C, "Petro's own turn in the presidency's transcript of his UN speech of 20 Sep 2022 says 'La guerra contra las drogas ha fracasado'; the claim reports it in other words.",
  S("es", "Gustavo Petro afirmó ante la Asamblea General de la ONU el 20 de septiembre de 2022 que la guerra contra las drogas ha fracasado.",
    "gustavo-petro", "la guerra contra las drogas ha fracasado", "2022-09-20"),
  ["d14_presidencia_co_un_20220920"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The Holy See's English text of the Baghdad address of 5 Mar 2021 has the Pope say 'Let the clash of arms be silenced!'; «¡Que callen las armas!» is its Spanish rendering.",
  Q("es", "«¡Que callen las armas!», pidió el papa Francisco el 5 de marzo de 2021 en el Palacio Presidencial de Bagdad.",
    "pope-francis", "¡Que callen las armas!", "2021-03-05"),
  ["d14_vatican_baghdad_20210305"])

P(T, C, "Petro's own Spanish turn of 7 Aug 2022 says 'Es hora de una nueva convención internacional que acepte que la guerra contra las drogas ha fracasado rotundamente'; the English claim reports it.",
  S("en", "In his inauguration speech on August 7, 2022, Gustavo Petro called for a new international convention that accepts that the war on drugs has failed.",
    "gustavo-petro", "a new international convention that accepts that the war on drugs has failed", "2022-08-07"),
  ["d14_presidencia_co_speech_20220807"])

P(T, C, "Carney's own English turn of 9 Mar 2025 says 'In trade, as in hockey, Canada will win'; the Spanish quote is its translation.",
  Q("es", "«En el comercio, como en el hockey, Canadá ganará», dijo Mark Carney el 9 de marzo de 2025 tras ser elegido líder del Partido Liberal.",
    "mark-carney", "En el comercio, como en el hockey, Canadá ganará", "2025-03-09"),
  ["d14_liberal_speech_20250309"])

P(T, C, "Boric's own Spanish turn of 18 Jul 2023 says 'hoy es Ucrania, pero mañana podría ser cualquiera de nosotros'; the English quote is its translation.",
  Q("en", "\"Today it is Ukraine, but tomorrow it could be any of us,\" Chilean President Gabriel Boric said at the EU-CELAC summit in Brussels on July 18, 2023.",
    "gabriel-boric", "Today it is Ukraine, but tomorrow it could be any of us", "2023-07-18"),
  ["d14_chile_20230718"])

P(T, C, "Al-Kadhimi's own English post of 6 Mar 2021 (14:30 UTC, 17:30 in Baghdad) declares 'the 6th of March a National Day of Tolerance and Coexistence in Iraq'.",
  S("es", "El primer ministro iraquí, Mustafá al Kadhimi, declaró el 6 de marzo de 2021 esa fecha Día Nacional de la Tolerancia y la Convivencia en Irak, tras la reunión del papa con el gran ayatolá al Sistani.",
    "mustafa-al-kadhimi", "declara el 6 de marzo Día Nacional de la Tolerancia y la Convivencia en Irak", "2021-03-06"),
  ["d14_x_kadhimi_20210306"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Carney's post is stamped 01:40 UTC on 10 Mar 2025, which is 21:40 on the 9th in Ottawa (EDT, UTC-4, from that morning); 'I'm honoured to have been chosen to lead the Liberal Party' matches and the local date matches.",
  S("en", "Mark Carney wrote on X on March 9, 2025 that he was honoured to have been chosen to lead the Liberal Party.",
    "mark-carney", "he is honoured to have been chosen to lead the Liberal Party", "2025-03-09", channel="x", event_type="post"),
  ["d14_x_carney_20250309"])

P(T, C, "Carney's English post ('Thank you to every member and volunteer…') is stamped 01:40 UTC on 10 Mar 2025, 21:40 on the 9th in Ottawa, the day of his election as leader.",
  S("es", "Mark Carney agradeció en X el 9 de marzo de 2025 a los militantes y voluntarios liberales tras ser elegido líder del partido.",
    "mark-carney", "agradece a los militantes y voluntarios liberales tras ser elegido líder del partido", "2025-03-09", channel="x", event_type="post"),
  ["d14_x_carney_20250309"])

P(T, C, "Petro's post is stamped 02:10 UTC on 8 Aug 2022, which is 21:10 on the 7th in Bogotá (UTC-5); it thanks those who 'hoy nos acompañaron en la plaza de Bolívar'.",
  S("es", "Gustavo Petro agradeció en X el 7 de agosto de 2022 a quienes lo acompañaron en la plaza de Bolívar el día de su posesión.",
    "gustavo-petro", "agradece a quienes lo acompañaron en la plaza de Bolívar el día de su posesión", "2022-08-07", channel="x", event_type="post"),
  ["d14_x_petro_20220807"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Liberal Party's release of 9 Mar 2025 says Carney won with 131,674 votes, 85.9 per cent of the points.",
  E("en", "Mark Carney won the Liberal Party leadership on March 9, 2025 with 85.9% of the vote.",
    "Mark Carney won the Liberal Party leadership with 85.9% of the vote", "2025-03-09", ["mark-carney", "liberal-party-canada"]),
  ["d14_liberal_results_20250309"])

P(T, C, "The Commission's release of 17 Jul 2023 says von der Leyen announced an investment agenda 'worth more than €45 billion'; «más de 45.000 millones de euros» is the same figure.",
  S("es", "Ursula von der Leyen anunció el 17 de julio de 2023, en la cumbre UE-CELAC, una agenda de inversiones Global Gateway de más de 45.000 millones de euros para América Latina y el Caribe.",
    "ursula-von-der-leyen", "una agenda de inversiones Global Gateway de más de 45.000 millones de euros para América Latina y el Caribe", "2023-07-17"),
  ["d14_ec_20230717"])

P(T, X, "Petro's own turn of 7 Aug 2022 says the war on drugs 'ha dejado un millón de latinoamericanos asesinados', not 100,000.",
  S("en", "Gustavo Petro said in his inauguration speech on August 7, 2022 that the war on drugs had left 100,000 Latin Americans dead over the past 40 years.",
    "gustavo-petro", "the war on drugs has left 100,000 Latin Americans dead over the past 40 years", "2022-08-07"),
  ["d14_presidencia_co_speech_20220807"])

P(T, X, "La Moncloa's note of 18 Jul 2023 calls the EU-CELAC summit 'la primera en ocho años', not the first in five.",
  E("es", "La cumbre UE-CELAC que concluyó en Bruselas el 18 de julio de 2023 fue la primera en cinco años.",
    "la cumbre UE-CELAC de Bruselas fue la primera en cinco años", "2023-07-18", ["european-union", "celac"]),
  ["d14_moncloa_20230718"])

P(T, U, "The Holy See's text of the Pope's words at the end of the Mass in Erbil gives no attendance figure, so 'some 10,000 people … according to the Vatican' is neither confirmed nor contradicted.",
  E("en", "Some 10,000 people attended Pope Francis's Mass at the Franso Hariri stadium in Erbil on March 7, 2021, according to the Vatican.",
    "some 10,000 people attended the Pope's Mass in Erbil, according to the Vatican", "2021-03-07", ["pope-francis"]),
  ["d14_vatican_erbil_20210307"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Trudeau's announcement, with the House prorogued until March 24, is one statement, made in the PMO's transcript of Monday 6 Jan 2025, not on Sunday the 5th.",
  S("es", "Justin Trudeau anunció el 5 de enero de 2025 que dimitiría como primer ministro y que el Parlamento quedaba suspendido hasta el 24 de marzo.",
    "justin-trudeau", "dimitirá como primer ministro y el Parlamento queda suspendido hasta el 24 de marzo", "2025-01-05"),
  ["d14_pm_remarks_20250106"])

P(T, X, "The Pope's visit to the Grand Ayatollah in Najaf is one event; the Holy See Press Office dates it 'this morning' in its statement of Saturday 6 Mar 2021, not the 7th.",
  E("en", "Pope Francis met Grand Ayatollah Ali al-Sistani in Najaf on March 7, 2021.",
    "Pope Francis met Grand Ayatollah Ali al-Sistani in Najaf", "2021-03-07", ["pope-francis", "ali-al-sistani"], event_type="meeting"),
  ["d14_holysee_najaf_20210306"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Carney's swearing-in at Rideau Hall as the 24th Prime Minister is one event; the PMO's release dates it 14 Mar 2025, so 'febrero' is wrong.",
  E("es", "Mark Carney juró como 24.º primer ministro de Canadá en Rideau Hall en febrero de 2025.",
    "Mark Carney juró como 24.º primer ministro de Canadá en Rideau Hall", "2025-02", ["mark-carney"]),
  ["d14_pm_release_20250314"])

P(T, X, "The first EU-CELAC summit in eight years is pinned; the Council's page dates it 17-18 July 2023, not June.",
  E("en", "The first EU-CELAC summit in eight years was held in Brussels in June 2023.",
    "the first EU-CELAC summit in eight years was held in Brussels", "2023-06", ["european-union", "celac"]),
  ["d14_consilium_20230718"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Petro's swearing-in of 7 Aug 2022 is one event; the presidency's release places it in the Plaza de Bolívar, not at the Casa de Nariño, the presidential palace.",
  E("en", "Gustavo Petro was sworn in as president of Colombia at the Casa de Nariño presidential palace on August 7, 2022.",
    "Gustavo Petro was sworn in as president of Colombia at the Casa de Nariño", "2022-08-07", ["gustavo-petro"]),
  ["d14_presidencia_co_release_20220807"])

P(T, X, "The EU-CELAC summit of 17-18 Jul 2023 is one event; La Moncloa's own note places it in Brussels, not Madrid, although Spain held the Council presidency.",
  E("es", "La cumbre entre la Unión Europea y la CELAC, que concluyó el 18 de julio de 2023, se celebró en Madrid bajo la Presidencia española del Consejo de la UE.",
    "la cumbre UE-CELAC se celebró en Madrid bajo la Presidencia española del Consejo de la UE", "2023-07-18", ["european-union", "celac"]),
  ["d14_moncloa_20230718"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The summit of 17-18 Jul 2023 is pinned; the Council names its co-chairs as Charles Michel and Ralph Gonsalves, CELAC's pro tempore president, not Lula.",
  E("en", "The EU-CELAC summit that ended in Brussels on July 18, 2023 was co-chaired by European Council President Charles Michel and Brazil's President Luiz Inácio Lula da Silva.",
    "the EU-CELAC summit was co-chaired by Charles Michel and Lula da Silva", "2023-07-18", ["charles-michel", "lula-da-silva"]),
  ["d14_consilium_20230718"])

P(T, X, "The Pope's courtesy visit in Najaf on 6 Mar 2021 is pinned; the Holy See Press Office names the Grand Ayatollah al-Sistani as the person he visited, not Prime Minister al-Kadhimi.",
  E("es", "El papa Francisco se reunió en Nayaf el 6 de marzo de 2021 con el primer ministro iraquí, Mustafá al Kadhimi.",
    "el papa Francisco se reunió en Nayaf con el primer ministro Mustafá al Kadhimi", "2021-03-06", ["pope-francis", "mustafa-al-kadhimi"],
    event_type="meeting"),
  ["d14_holysee_najaf_20210306"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Carney's own turn of 9 Mar 2025 says 'My government will keep our tariffs on until the Americans show us respect': the opposite, in other words, of lifting them.",
  S("en", "Mark Carney said on March 9, 2025 that his government would lift Canada's retaliatory tariffs on U.S. goods.",
    "mark-carney", "his government will lift Canada's retaliatory tariffs on U.S. goods", "2025-03-09"),
  ["d14_liberal_speech_20250309"])

P(T, X, "Petro's own turn of 20 Sep 2022 says 'La guerra contra las drogas ha fracasado' and asks to end it: the opposite of calling it a success.",
  S("es", "Gustavo Petro defendió ante la ONU el 20 de septiembre de 2022 que la guerra contra las drogas ha sido un éxito y debe continuar.",
    "gustavo-petro", "la guerra contra las drogas ha sido un éxito y debe continuar", "2022-09-20"),
  ["d14_presidencia_co_un_20220920"])

P(T, X, "The Pope's own words at Ur on 6 Mar 2021, 'Hostility, extremism and violence are not born of a religious heart: they are betrayals of religion', say the opposite of violence justified by religion.",
  S("en", "Pope Francis said at Ur on March 6, 2021 that violence in the name of religion can sometimes be justified.",
    "pope-francis", "violence in the name of religion can sometimes be justified", "2021-03-06"),
  ["d14_vatican_ur_20210306"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The Pope's words at the end of the Mass in Erbil on 7 Mar 2021 are pinned; the Holy See's Spanish text says 'Irak permanecerá siempre conmigo, en mi corazón', not 'en mis oraciones'.",
  Q("es", "«Irak permanecerá siempre en mis oraciones», dijo el papa Francisco al final de la misa en Erbil el 7 de marzo de 2021.",
    "pope-francis", "Irak permanecerá siempre en mis oraciones", "2021-03-07"),
  ["d14_vatican_erbil_20210307"])

P(T, U, "The claimed Caracol Radio interview of 8 Aug 2022 is not among the sources, and the presidency's release of the 7th, another occasion, does not contain the words.",
  Q("es", "«Colombia será potencia mundial de la vida», afirmó Gustavo Petro en una entrevista con Caracol Radio el 8 de agosto de 2022.",
    "gustavo-petro", "Colombia será potencia mundial de la vida", "2022-08-08", channel="interview", event_type="interview"),
  ["d14_presidencia_co_release_20220807"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the PMO's transcript of 14 Mar 2025 ('Will Canada become the 51st state?'), and Carney answers 'No. Canada will never, ever … be part of the United States'.",
  Q("es", "«Canadá se convertirá en el estado 51», dijo Mark Carney el 14 de marzo de 2025.",
    "mark-carney", "Canadá se convertirá en el estado 51", "2025-03-14"),
  ["d14_pm_pc_20250314"])

P(T, U, "The words are a reporter's question in the PMO's transcript of 6 Jan 2025 ('did Chrystia Freeland's resignation force your hand?'), which Trudeau neither adopts nor denies (he answers that he is a fighter and reflected over the holidays).",
  Q("en", "\"Chrystia Freeland's resignation forced my hand,\" Justin Trudeau said on January 6, 2025.",
    "justin-trudeau", "Chrystia Freeland's resignation forced my hand", "2025-01-06"),
  ["d14_pm_remarks_20250106"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Holy See's text of the address at the Presidential Palace, after the courtesy visit to the President, is of Friday 5 Mar 2021; nothing records a meeting with Salih on Saturday the 6th, and nothing in the claim pins the 5th's visit.",
  E("en", "Pope Francis met Iraqi President Barham Salih on March 6, 2021.",
    "Pope Francis met Iraqi President Barham Salih", "2021-03-06", ["pope-francis", "barham-salih"], event_type="meeting"),
  ["d14_vatican_baghdad_20210305"])

P(T, C, "The PMO's release of 14 Mar 2025 says Carney was sworn in that day as Prime Minister at Rideau Hall; the Liberal Party's release of his election as leader on the 9th sits next to it without moving it.",
  E("es", "Mark Carney juró el cargo de primer ministro de Canadá el 14 de marzo de 2025.",
    "Mark Carney juró el cargo de primer ministro de Canadá", "2025-03-14", ["mark-carney"]),
  ["d14_liberal_results_20250309", "d14_pm_release_20250314"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The PMO's transcript of 6 Jan 2025 records Trudeau announcing the prorogation; no source records an announcement by Freeland, which it neither confirms nor excludes.",
  S("en", "Chrystia Freeland announced on January 6, 2025 that Parliament would be prorogued until March 24.",
    "chrystia-freeland", "Parliament will be prorogued until March 24", "2025-01-06"),
  ["d14_pm_remarks_20250106"])

P(T, C, "The presidency's release of 7 Aug 2022 says Francia Márquez 'se posesionó como vicepresidenta' in the same ceremony; Petro's speech that day, another official's, sits next to it without moving it.",
  E("es", "Francia Márquez se posesionó como vicepresidenta de Colombia el 7 de agosto de 2022, la primera mujer afrodescendiente en el cargo.",
    "Francia Márquez se posesionó como vicepresidenta de Colombia, la primera mujer afrodescendiente en el cargo", "2022-08-07",
    ["francia-marquez"]),
  ["d14_presidencia_co_speech_20220807", "d14_presidencia_co_release_20220807"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The Council's page on the EU-CELAC summit reports a declaration of EU and CELAC leaders; an EU-Chile signature is another step that no source here records.",
  E("es", "La Unión Europea y Chile firmaron el 18 de julio de 2023 en Bruselas, en la cumbre UE-CELAC, su Acuerdo Marco Avanzado.",
    "la Unión Europea y Chile firmaron su Acuerdo Marco Avanzado en la cumbre UE-CELAC", "2023-07-18",
    ["european-union", "gabriel-boric"], event_type="signing"),
  ["d14_consilium_20230718"])

P(T, C, "The UN's meetings coverage of 20 Sep 2022 says Petro 'said the war on drugs had failed'; his inauguration speech of 7 Aug, which says the same on another occasion, sits next to it without moving it.",
  S("en", "Gustavo Petro told the UN General Assembly on September 20, 2022 that the war on drugs had failed.",
    "gustavo-petro", "the war on drugs has failed", "2022-09-20"),
  ["d14_presidencia_co_speech_20220807", "d14_un_press_20220920"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "La Moncloa's note of 18 Jul 2023 summarises Sánchez in its own words ('una nueva etapa en la relación birregional') and quotes none of his.",
  Q("es", "«América Latina y el Caribe son socios imprescindibles para Europa», dijo Pedro Sánchez el 18 de julio de 2023 en la cumbre UE-CELAC.",
    "pedro-sanchez", "América Latina y el Caribe son socios imprescindibles para Europa", "2023-07-18"),
  ["d14_moncloa_20230718"])

P(T, U, "The UN's meetings coverage of 20 Sep 2022 paraphrases Petro ('Asking which was more poisonous for humanity, cocaine, coal or oil'); a summary's paraphrase does not confirm the quoted question.",
  Q("en", "\"What is more poisonous for humanity: cocaine, coal or oil?\" Gustavo Petro asked the UN General Assembly on September 20, 2022.",
    "gustavo-petro", "What is more poisonous for humanity: cocaine, coal or oil?", "2022-09-20"),
  ["d14_un_press_20220920"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El País, a media outlet, reports that Felipe VI stayed seated as the sword passed; the presidency's release is not among this pair's sources.",
  E("es", "El rey Felipe VI permaneció sentado al paso de la espada de Bolívar durante la posesión de Gustavo Petro el 7 de agosto de 2022.",
    "Felipe VI permaneció sentado al paso de la espada de Bolívar durante la posesión de Petro", "2022-08-07", ["felipe-vi"]),
  ["d14_elpais_20220807"])

P(T, U, "Only Reuters, a media outlet, reports the attendance at the Mass in Erbil.",
  E("en", "About 10,000 people attended Pope Francis's Mass in Erbil on March 7, 2021.",
    "about 10,000 people attended Pope Francis's Mass in Erbil", "2021-03-07", ["pope-francis"]),
  ["d14_reuters_20210307"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Trudeau's announcement is in the PMO's transcript of his remarks at Rideau Cottage; no post of his is among the sources, and the claim is about X.",
  S("en", "Justin Trudeau announced on X on January 6, 2025 that he would resign as prime minister once the Liberal Party had chosen a new leader.",
    "justin-trudeau", "he will resign as prime minister once the Liberal Party has chosen a new leader", "2025-01-06",
    channel="x", event_type="post"),
  ["d14_pm_remarks_20250106"])

P(T, U, "The Pope's words are in the Holy See's text of his address at Ur of 6 Mar 2021; no post of his is among the sources, and the claim is about X.",
  S("es", "El papa Francisco escribió en X el 6 de marzo de 2021 que la hostilidad, el extremismo y la violencia no nacen de un corazón religioso.",
    "pope-francis", "la hostilidad, el extremismo y la violencia no nacen de un corazón religioso", "2021-03-06",
    channel="x", event_type="post"),
  ["d14_vatican_ur_20210306"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the transcript in fact has Carney say that 'Donald Trump … has put unjustified tariffs' on Canada).",
  S("en", "Mark Carney did not mention Donald Trump in his Liberal leadership victory speech on March 9, 2025.",
    "mark-carney", "the victory speech did not mention Donald Trump", "2025-03-09", absence=True),
  ["d14_liberal_speech_20250309"])

P(T, U, "Absence claims are always unverified (here the Holy See's text in fact has the Pope say 'I think of the Yazidi community').",
  S("es", "El papa Francisco no mencionó a los yazidíes en su discurso en la llanura de Ur el 6 de marzo de 2021.",
    "pope-francis", "el discurso en Ur no mencionó a los yazidíes", "2021-03-06", absence=True),
  ["d14_vatican_ur_20210306"])
