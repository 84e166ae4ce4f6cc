"""Claims, labels and notes of the second development set (dev2.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied"), applied to
the documents in docs_dev2.py alone. It shares only the claim helpers (doclib.py) with the first set.
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "The Dominican presidency's own release, published 6 Feb 2025 (a Thursday), says Abinader received Rubio 'este jueves' at the Palacio Nacional.",
  E("es", "El presidente Luis Abinader recibió al secretario de Estado Marco Rubio en el Palacio Nacional el jueves 6 de febrero de 2025.",
    "Abinader recibió a Rubio en el Palacio Nacional", "2025-02-06", ["luis-abinader", "marco-rubio"],
    event_type="meeting", confirmed_by="presidencia-republica-dominicana"),
  ["d2_presidencia_rd_20250206"])

P(T, C, "The State Department readout of 6 Feb 2025 says Rubio met Abinader 'today' in Santo Domingo.",
  E("en", "Secretary of State Marco Rubio met Dominican President Luis Abinader in Santo Domingo on February 6, 2025.",
    "Rubio met Abinader in Santo Domingo", "2025-02-06", ["marco-rubio", "luis-abinader"], event_type="meeting"),
  ["d2_state_readout_20250206"])

P(T, C, "Rubio's own turn in the verbatim transcript of the 6 Feb joint press availability in Santo Domingo contains the words.",
  Q("en", "\"There is no Dominican solution to Haiti,\" Rubio said in Santo Domingo on February 6, 2025.",
    "marco-rubio", "There is no Dominican solution to Haiti", "2025-02-06", channel="press_conference",
    event_type="press_conference"),
  ["d2_transcript_20250206"])

P(T, C, "The State Department readout of 26 Mar 2025 says Rubio met Holness 'today' in Kingston and lists Haiti and energy security among the topics.",
  E("en", "Rubio met Jamaican Prime Minister Andrew Holness in Kingston on March 26, 2025, and discussed Haiti and energy security.",
    "Rubio met Holness in Kingston and discussed Haiti and energy security", "2025-03-26",
    ["marco-rubio", "andrew-holness"], event_type="meeting"),
  ["d2_state_readout_20250326"])

P(T, C, "Rubio's own turn in the verbatim transcript of the 27 Mar 2025 press availability in Georgetown contains the sentence.",
  Q("en", "Asked about a Venezuelan attack on Guyana, Rubio said in Georgetown on March 27, 2025: \"It would be a very bad day, a very bad week for them.\"",
    "marco-rubio", "It would be a very bad day, a very bad week for them", "2025-03-27", channel="press_conference",
    event_type="press_conference"),
  ["d2_transcript_20250327_guyana"])

P(T, C, "The Mexican presidency's own release of 18 Sep 2025 says Sheinbaum received Carney 'hoy' at the Palacio Nacional and agreed the Asociación Estratégica Integral.",
  E("es", "Sheinbaum recibió al primer ministro canadiense Mark Carney en Palacio Nacional el 18 de septiembre de 2025 y acordaron elevar la relación a una Asociación Estratégica Integral.",
    "Sheinbaum recibió a Carney en Palacio Nacional y acordaron elevar la relación a una Asociación Estratégica Integral",
    "2025-09-18", ["claudia-sheinbaum", "mark-carney"], event_type="meeting"),
  ["d2_presidencia_20250918"])

P(T, C, "The only source is Sheinbaum's press conference of 19 Sep 2025, in which she says 'Ayer recibimos en Palacio Nacional al primer ministro de Canadá': yesterday is 18 Sep.",
  E("es", "Sheinbaum y Carney se reunieron en Palacio Nacional el 18 de septiembre de 2025.",
    "Sheinbaum y Carney se reunieron en Palacio Nacional", "2025-09-18", ["claudia-sheinbaum", "mark-carney"],
    event_type="meeting"),
  ["d2_mananera_20250919"])

P(T, C, "Trump's own turn in the White House transcript of 14 Oct 2025 (Cabinet Room) contains the sentence.",
  Q("en", "Trump said of Milei at the White House on October 14, 2025: \"If he wins, we're staying with him, and if he doesn't win, we're gone.\"",
    "donald-trump", "If he wins, we're staying with him, and if he doesn't win, we're gone", "2025-10-14",
    event_type="meeting"),
  ["d2_wh_transcript_20251014"])

P(T, C, "The Argentine presidency's release, published 5 Feb 2025, says Adorni announced 'hoy' that Milei instructed Werthein to withdraw Argentina from the WHO.",
  S("es", "El vocero Manuel Adorni anunció el 5 de febrero de 2025 que Milei instruyó al canciller Gerardo Werthein retirar a la Argentina de la Organización Mundial de la Salud.",
    "manuel-adorni", "Milei instruyó al canciller Werthein retirar a la Argentina de la OMS", "2025-02-05"),
  ["d2_arg_who_20250205"])

P(T, C, "The WHO's own statement of 21 Jan 2025 opens with these words.",
  Q("en", "The WHO said on January 21, 2025 that it \"regrets the announcement that the United States of America intends to withdraw from the Organization.\"",
    "who", "regrets the announcement that the United States of America intends to withdraw from the Organization",
    "2025-01-21", channel="press_release"),
  ["d2_who_20250121"])

P(T, C, "The Treasury's own release of 24 Oct 2025 names the four people sanctioned 'today'.",
  E("en", "On October 24, 2025, the Treasury sanctioned Colombian President Gustavo Petro, his wife, his son and Interior Minister Armando Benedetti.",
    "the Treasury sanctioned Petro, his wife, his son and Interior Minister Benedetti", "2025-10-24",
    ["us-treasury", "gustavo-petro"], confirmed_by="us-treasury"),
  ["d2_treasury_20251024"])

P(T, C, "The release of the Argentine presidency, published 15 Nov 2024, says Milei met president-elect Trump at Mar-a-Lago 'anoche', i.e. on 14 Nov.",
  E("es", "Milei se reunió con el presidente electo Donald Trump en Mar-a-Lago el 14 de noviembre de 2024.",
    "Milei se reunió con Trump en Mar-a-Lago", "2024-11-14", ["javier-milei", "donald-trump"], event_type="meeting",
    confirmed_by="argentina-presidency"),
  ["d2_opra_20241115"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The English State Department readout says Rubio met Holness 'today' (26 Mar 2025) in Kingston.",
  E("es", "Rubio se reunió con el primer ministro jamaiquino Andrew Holness en Kingston el 26 de marzo de 2025.",
    "Rubio se reunió con Holness en Kingston", "2025-03-26", ["marco-rubio", "andrew-holness"], event_type="meeting"),
  ["d2_state_readout_20250326"])

P(T, C, "'Sería un día muy malo, una semana muy mala para ellos' translates Rubio's own words in the English transcript of the 27 Mar Georgetown press availability.",
  Q("es", "Rubio advirtió en Georgetown el 27 de marzo de 2025 que un ataque venezolano contra Guyana «sería un día muy malo, una semana muy mala para ellos».",
    "marco-rubio", "sería un día muy malo, una semana muy mala para ellos", "2025-03-27", channel="press_conference"),
  ["d2_transcript_20250327_guyana"])

P(T, C, "The Spanish release of the Dominican presidency (6 Feb 2025, 'este jueves') says Abinader received Rubio at the Palacio Nacional.",
  E("en", "Dominican President Luis Abinader received Secretary of State Marco Rubio at the National Palace in Santo Domingo on February 6, 2025.",
    "Abinader received Rubio at the National Palace in Santo Domingo", "2025-02-06", ["luis-abinader", "marco-rubio"],
    event_type="meeting"),
  ["d2_presidencia_rd_20250206"])

P(T, C, "The Mexican presidency's Spanish release of 18 Sep 2025 says both leaders presented the Plan de Acción México-Canadá and agreed the Asociación Estratégica Integral.",
  S("en", "Mexico's presidency said on September 18, 2025 that Sheinbaum and Carney presented a Mexico-Canada Action Plan and agreed to elevate relations to a Comprehensive Strategic Partnership.",
    "presidencia-mexico", "Sheinbaum and Carney presented a Mexico-Canada Action Plan and agreed to elevate relations to a Comprehensive Strategic Partnership",
    "2025-09-18", channel="press_release"),
  ["d2_presidencia_20250918"])

P(T, C, "'Si gana, nos quedamos con él, y si no gana, nos vamos' translates Trump's own turn in the English transcript of 14 Oct 2025.",
  Q("es", "«Si gana, nos quedamos con él, y si no gana, nos vamos», dijo Trump sobre Milei en la Casa Blanca el 14 de octubre de 2025.",
    "donald-trump", "Si gana, nos quedamos con él, y si no gana, nos vamos", "2025-10-14", event_type="meeting"),
  ["d2_wh_transcript_20251014"])

P(T, C, "The Argentine presidency's Spanish release of 5 Feb 2025 announces the withdrawal from the WHO.",
  S("en", "Argentina's government announced on February 5, 2025 that the country would withdraw from the World Health Organization.",
    "argentina-presidency", "Argentina will withdraw from the World Health Organization", "2025-02-05",
    channel="press_release"),
  ["d2_arg_who_20250205"])

P(T, C, "The Treasury's English release of 24 Oct 2025 sanctions Petro, his wife, his son and Benedetti 'today'.",
  E("es", "El Departamento del Tesoro sancionó el 24 de octubre de 2025 al presidente Gustavo Petro, a su esposa, a su hijo y al ministro del Interior, Armando Benedetti.",
    "el Tesoro sancionó a Petro, a su esposa, a su hijo y al ministro del Interior Benedetti", "2025-10-24",
    ["us-treasury", "gustavo-petro"], confirmed_by="us-treasury"),
  ["d2_treasury_20251024"])

P(T, C, "The English joint statement says Biden welcomed Lula to the White House on 10 Feb 2023.",
  E("es", "Biden recibió a Lula da Silva en la Casa Blanca el 10 de febrero de 2023.",
    "Biden recibió a Lula en la Casa Blanca", "2023-02-10", ["joe-biden", "lula-da-silva"], event_type="meeting"),
  ["d2_wh_joint_20230210"])

P(T, C, "'lamenta el anuncio de que Estados Unidos de América tiene la intención de retirarse de la Organización' translates the WHO's own English statement of 21 Jan 2025.",
  Q("es", "La OMS afirmó el 21 de enero de 2025 que «lamenta el anuncio de que Estados Unidos de América tiene la intención de retirarse de la Organización».",
    "who", "lamenta el anuncio de que Estados Unidos de América tiene la intención de retirarse de la Organización",
    "2025-01-21", channel="press_release"),
  ["d2_who_20250121"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The State Department's post is stamped 01:32 UTC on 27 Sep, which is 21:32 on 26 Sep in Washington ('late Friday'); the quoted words are in it.",
  Q("en", "The State Department said on X on September 26, 2025 that it would revoke Petro's visa \"due to his reckless and incendiary actions.\"",
    "us-state-department", "due to his reckless and incendiary actions", "2025-09-26", channel="x", event_type="post"),
  ["d2_x_state_20250926"])

P(T, C, "The English post is stamped 01:32 UTC on 27 Sep, i.e. 21:32 on 26 Sep in Washington; the Spanish claim reports its content faithfully.",
  S("es", "El Departamento de Estado anunció en X el viernes 26 de septiembre de 2025 que revocará la visa del presidente colombiano Gustavo Petro.",
    "us-state-department", "revocará la visa del presidente colombiano Gustavo Petro", "2025-09-26",
    channel="x", event_type="post"),
  ["d2_x_state_20250926"])

P(T, C, "The Spanish post is stamped 02:10 UTC on 30 Mar, 21:10 on 29 Mar in Ecuador, and says 'Hoy me reuní con el presidente Trump en Mar-a-Lago'.",
  E("en", "Ecuador's President Daniel Noboa met Donald Trump at Mar-a-Lago on March 29, 2025.",
    "Noboa met Trump at Mar-a-Lago", "2025-03-29", ["daniel-noboa", "donald-trump"], event_type="meeting"),
  ["d2_x_noboa_20250329"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Bukele's own post of 18 Jul 2025 gives 252 Venezuelans handed over and 10 Americans released.",
  S("es", "Bukele informó el 18 de julio de 2025 que El Salvador entregó a 252 venezolanos a cambio de la liberación de 10 estadounidenses detenidos en Venezuela.",
    "nayib-bukele", "El Salvador entregó a 252 venezolanos a cambio de la liberación de 10 estadounidenses", "2025-07-18"),
  ["d2_x_bukele_20250718"])

P(T, X, "Rubio's own post of 18 Jul 2025 says 10 Americans, not 12.",
  S("en", "Rubio said on X on July 18, 2025 that 12 Americans detained in Venezuela were on their way to freedom.",
    "marco-rubio", "12 Americans detained in Venezuela are on their way to freedom", "2025-07-18",
    channel="x", event_type="post"),
  ["d2_x_rubio_20250718"])

P(T, C, "Bessent's own post of 9 Oct 2025 gives a $20 billion swap framework with the BCRA.",
  S("en", "Treasury Secretary Scott Bessent said on October 9, 2025 that Treasury had finalized a $20 billion currency swap framework with Argentina's central bank.",
    "scott-bessent", "Treasury finalized a $20 billion currency swap framework with Argentina's central bank", "2025-10-09"),
  ["d2_x_bessent_20251009"])

P(T, X, "Bessent's own post on the same announcement gives $20 billion, not $30 billion.",
  S("es", "Bessent anunció el 9 de octubre de 2025 un marco de intercambio de divisas de 30.000 millones de dólares con el Banco Central argentino.",
    "scott-bessent", "un marco de intercambio de divisas de 30.000 millones de dólares con el Banco Central argentino", "2025-10-09"),
  ["d2_x_bessent_20251009"])

P(T, U, "The release names the four sanctioned people but gives no amount of blocked assets; the figure cannot be checked.",
  S("en", "The Treasury said on October 24, 2025 that the sanctions froze $40 million in assets held by Petro and his family in the United States.",
    "us-treasury", "the sanctions froze $40 million in assets held by Petro and his family in the United States", "2025-10-24",
    channel="press_release"),
  ["d2_treasury_20251024"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The claim is about the joint statement itself; the document is dated 10 Feb 2023, not 9 Feb.",
  E("en", "The joint statement from the leaders of the United States and Brazil was issued on February 9, 2023.",
    "the joint statement from the leaders of the United States and Brazil was issued", "2023-02-09",
    ["joe-biden", "lula-da-silva"], event_type="signing"),
  ["d2_wh_joint_20230210"])

P(T, X, "The true quote is pinned to the lunch with Milei, whose White House transcript is dated 14 Oct 2025, not 15 Oct.",
  Q("es", "Trump dijo el 15 de octubre de 2025, durante su almuerzo con Milei en la Casa Blanca: «Si pierde, no vamos a ser generosos con Argentina».",
    "donald-trump", "Si pierde, no vamos a ser generosos con Argentina", "2025-10-15", event_type="meeting"),
  ["d2_wh_transcript_20251014"])

P(T, X, "The post is stamped 01:32 UTC on 27 Sep but was sent at 21:32 on 26 Sep in Washington; dates compare in local time, so 27 Sep is a different day for the same post.",
  S("en", "The State Department announced on X on September 27, 2025 that it would revoke Gustavo Petro's visa.",
    "us-state-department", "it will revoke Gustavo Petro's visa", "2025-09-27", channel="x", event_type="post"),
  ["d2_x_state_20250926"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The security memorandum was signed during Rubio's visit to Georgetown on 27 Mar 2025, not in April.",
  E("en", "In April 2025, during a visit by Secretary Rubio to Georgetown, the United States and Guyana signed a memorandum of understanding on security cooperation.",
    "the United States and Guyana signed a memorandum of understanding on security cooperation during Rubio's visit to Georgetown",
    "2025-04", ["marco-rubio", "irfaan-ali"], event_type="signing"),
  ["d2_state_readout_20250327_guyana"])

P(T, X, "The Treasury's release sanctioning Petro, his wife, his son and Benedetti is dated 24 Oct 2025, not November.",
  E("es", "En noviembre de 2025, el Departamento del Tesoro sancionó a Gustavo Petro, a su esposa, a su hijo y al ministro Armando Benedetti.",
    "el Tesoro sancionó a Petro, a su esposa, a su hijo y al ministro Benedetti", "2025-11",
    ["us-treasury", "gustavo-petro"]),
  ["d2_treasury_20251024"])

P(T, X, "The presidency's release announcing Argentina's withdrawal from the WHO is of 5 Feb 2025, not March.",
  S("es", "El gobierno argentino anunció en marzo de 2025 que la Argentina se retira de la Organización Mundial de la Salud.",
    "argentina-presidency", "la Argentina se retira de la Organización Mundial de la Salud", "2025-03", channel="press_release"),
  ["d2_arg_who_20250205"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The quote is Trump's own, but the transcript of 14 Oct 2025 is from the Cabinet Room at the White House, not Mar-a-Lago.",
  Q("en", "Trump said at Mar-a-Lago on October 14, 2025: \"If he loses, we're not going to be generous with Argentina.\"",
    "donald-trump", "If he loses, we're not going to be generous with Argentina", "2025-10-14"),
  ["d2_wh_transcript_20251014"])

P(T, X, "The joint statement says Biden welcomed Lula to the White House on 10 Feb 2023, not New York.",
  E("es", "Biden y Lula da Silva se reunieron en Nueva York el 10 de febrero de 2023.",
    "Biden y Lula se reunieron en Nueva York", "2023-02-10", ["joe-biden", "lula-da-silva"], event_type="meeting"),
  ["d2_wh_joint_20230210"])

P(T, X, "The presidency's release says the action plan was presented at the Palacio Nacional in Mexico City on 18 Sep, not in Ottawa.",
  E("es", "Sheinbaum y Carney presentaron el Plan de Acción México-Canadá en Ottawa el 18 de septiembre de 2025.",
    "Sheinbaum y Carney presentaron el Plan de Acción México-Canadá en Ottawa", "2025-09-18",
    ["claudia-sheinbaum", "mark-carney"], event_type="meeting"),
  ["d2_presidencia_20250918"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The transcript of the 27 Mar joint press availability in Georgetown, where the security memorandum was announced, is Rubio with Guyana's President Ali, not Suriname's Santokhi.",
  E("en", "At a joint press availability in Georgetown on March 27, 2025, Rubio and Surinamese President Chan Santokhi announced a memorandum of understanding on security cooperation.",
    "Rubio and Santokhi announced a security cooperation memorandum at a joint press availability in Georgetown", "2025-03-27",
    ["marco-rubio", "chan-santokhi"], event_type="press_conference"),
  ["d2_transcript_20250327_guyana"])

P(T, X, "The release says the leader Sheinbaum received on 18 Sep, with whom she agreed the Asociación Estratégica Integral, was Prime Minister Mark Carney, not Justin Trudeau.",
  E("es", "Sheinbaum y el primer ministro Justin Trudeau acordaron el 18 de septiembre de 2025 en Palacio Nacional elevar la relación a una Asociación Estratégica Integral.",
    "Sheinbaum y Trudeau acordaron en Palacio Nacional elevar la relación a una Asociación Estratégica Integral", "2025-09-18",
    ["claudia-sheinbaum", "justin-trudeau"], event_type="meeting"),
  ["d2_presidencia_20250918"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The Dominican presidency's own release says Abinader reiterated that there will be no refugee camps on Dominican territory.",
  S("es", "Abinader aceptó el 6 de febrero de 2025 instalar campamentos de refugiados haitianos en territorio dominicano tras reunirse con Rubio.",
    "luis-abinader", "aceptó instalar campamentos de refugiados haitianos en territorio dominicano", "2025-02-06"),
  ["d2_presidencia_rd_20250206"])

P(T, X, "In his own turn of the verbatim transcript Holness says 'The Cuban doctors in Jamaica are not forced labour'.",
  S("en", "Holness acknowledged on March 26, 2025 that the Cuban doctors working in Jamaica are forced labour.",
    "andrew-holness", "the Cuban doctors working in Jamaica are forced labour", "2025-03-26", channel="press_conference"),
  ["d2_transcript_20250326"])

P(T, X, "Asked whether it is a bailout, Trump answers in his own turn 'No, it's not a bailout': an explicit denial.",
  S("es", "Trump reconoció el 14 de octubre de 2025 que el apoyo de Estados Unidos a la Argentina es un rescate.",
    "donald-trump", "el apoyo de Estados Unidos a la Argentina es un rescate", "2025-10-14"),
  ["d2_wh_transcript_20251014"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The claim pins the occasion (Noboa's X post about the 29 Mar meeting); the post says 'en Mar-a-Lago', not 'en la Casa Blanca'.",
  Q("es", "Noboa escribió en X el 29 de marzo de 2025: «Hoy me reuní con el presidente Trump en la Casa Blanca».",
    "daniel-noboa", "Hoy me reuní con el presidente Trump en la Casa Blanca", "2025-03-29", channel="x", event_type="post"),
  ["d2_x_noboa_20250329"])

P(T, X, "Bessent's own post of 9 Oct says Treasury finalized 'a $20 billion currency swap framework' with the BCRA; the quote turns it into a loan to the government.",
  Q("en", "Bessent wrote on X on October 9, 2025 that Treasury had \"finalized a $20 billion loan to the Argentine government.\"",
    "scott-bessent", "finalized a $20 billion loan to the Argentine government", "2025-10-09", channel="x", event_type="post"),
  ["d2_x_bessent_20251009"])

P(T, U, "The claimed interview is not among the sources, and Holness's turns in the Kingston press availability do not contain the phrase.",
  Q("en", "In an interview with CNN, Holness said Jamaica \"will never abandon its Cuban doctors.\"",
    "andrew-holness", "will never abandon its Cuban doctors", channel="interview", event_type="interview"),
  ["d2_transcript_20250326"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "In the transcript these words are Rubio's (in English), not Abinader's.",
  Q("es", "Abinader afirmó el 6 de febrero de 2025 en Santo Domingo que «no hay una solución dominicana para Haití».",
    "luis-abinader", "no hay una solución dominicana para Haití", "2025-02-06", channel="press_conference"),
  ["d2_transcript_20250206"])

P(T, U, "'It would be a very bad day, a very bad week for them' is Rubio's turn in the Georgetown transcript, not Ali's.",
  Q("en", "Guyanese President Irfaan Ali warned Venezuela on March 27, 2025: \"It would be a very bad day, a very bad week for them.\"",
    "irfaan-ali", "It would be a very bad day, a very bad week for them", "2025-03-27", channel="press_conference"),
  ["d2_transcript_20250327_guyana"])

P(T, U, "The words are a reporter's question in the transcript; Holness's answer neither says them nor answers 'No'.",
  Q("en", "Holness said on March 26, 2025 that Jamaica would \"end the Cuban medical brigades to avoid U.S. visa restrictions.\"",
    "andrew-holness", "end the Cuban medical brigades to avoid U.S. visa restrictions", "2025-03-26",
    channel="press_conference"),
  ["d2_transcript_20250326"])

P(T, X, "In the verbatim transcript 'a bailout for Argentina paid by American taxpayers' is a reporter's question, and Trump answers 'No, it's not a bailout': the claimed speaker denied it.",
  Q("es", "Trump admitió el 14 de octubre de 2025 que la ayuda «es un rescate para Argentina pagado por los contribuyentes estadounidenses».",
    "donald-trump", "es un rescate para Argentina pagado por los contribuyentes estadounidenses", "2025-10-14"),
  ["d2_wh_transcript_20251014"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The readout summarises the meeting without the quoted phrase; a summary that lacks it does not contradict it.",
  Q("en", "Rubio told Abinader on February 6, 2025 that the Dominican Republic is \"our most important partner in the Caribbean.\"",
    "marco-rubio", "our most important partner in the Caribbean", "2025-02-06"),
  ["d2_state_readout_20250206"])

P(T, U, "The PMO readout lists the outcomes of the meeting but does not quote Carney.",
  Q("es", "Carney dijo a Sheinbaum el 18 de septiembre de 2025 que México es «un socio indispensable» para Canadá.",
    "mark-carney", "un socio indispensable", "2025-09-18"),
  ["d2_pmo_readout_20250918"])

P(T, U, "The Guyana readout summarises the meeting and does not contain the phrase.",
  Q("en", "Rubio told President Ali on March 27, 2025 that Guyana is \"a beacon of stability in the region.\"",
    "marco-rubio", "a beacon of stability in the region", "2025-03-27"),
  ["d2_state_readout_20250327_guyana"])

P(T, U, "The Suriname readout lists the topics without quoting Rubio.",
  Q("es", "Rubio dijo a Santokhi el 27 de marzo de 2025 que Surinam será «un socio clave en energía».",
    "marco-rubio", "un socio clave en energía", "2025-03-27"),
  ["d2_state_readout_20250327_suriname"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The readout documents the Kingston meeting of 26 Mar; a meeting on 27 Mar is neither shown nor contradicted by it.",
  E("es", "Rubio y el primer ministro Andrew Holness se reunieron en Kingston el 27 de marzo de 2025.",
    "Rubio y Holness se reunieron en Kingston", "2025-03-27", ["marco-rubio", "andrew-holness"], event_type="meeting"),
  ["d2_state_readout_20250326"])

P(T, U, "Noboa's post documents a meeting on 29 Mar (21:10 local); a meeting on 28 Mar is not evidenced, and one on another day does not contradict it.",
  E("en", "Noboa and Trump met on March 28, 2025.",
    "Noboa and Trump met", "2025-03-28", ["daniel-noboa", "donald-trump"], event_type="meeting"),
  ["d2_x_noboa_20250329"])

P(T, C, "The 27 Mar readout confirms the Georgetown meeting; the Kingston meeting of 26 Mar is another event and does not conflict.",
  E("en", "Rubio met Guyanese President Irfaan Ali in Georgetown on March 27, 2025.",
    "Rubio met Ali in Georgetown", "2025-03-27", ["marco-rubio", "irfaan-ali"], event_type="meeting"),
  ["d2_state_readout_20250326", "d2_state_readout_20250327_guyana"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The readout is about Secretary Rubio's meeting with Holness; it says nothing about the Treasury Secretary.",
  E("es", "El secretario del Tesoro, Scott Bessent, se reunió con el primer ministro Andrew Holness en Kingston el 26 de marzo de 2025.",
    "Bessent se reunió con Holness en Kingston", "2025-03-26", ["scott-bessent", "andrew-holness"], event_type="meeting"),
  ["d2_state_readout_20250326"])

P(T, U, "The readout is about Secretary Rubio's meeting with Ali, not Deputy Secretary Landau's; another official's meeting is no evidence either way.",
  E("en", "Deputy Secretary of State Christopher Landau met Guyanese President Irfaan Ali in Georgetown on March 27, 2025.",
    "Landau met Ali in Georgetown", "2025-03-27", ["christopher-landau", "irfaan-ali"], event_type="meeting"),
  ["d2_state_readout_20250327_guyana"])

P(T, C, "The Suriname readout of 27 Mar confirms the Paramaribo meeting; the Georgetown meeting with Ali the same day is another event and does not conflict.",
  E("en", "Rubio met Surinamese President Chan Santokhi in Paramaribo on March 27, 2025.",
    "Rubio met Santokhi in Paramaribo", "2025-03-27", ["marco-rubio", "chan-santokhi"], event_type="meeting"),
  ["d2_state_readout_20250327_guyana", "d2_state_readout_20250327_suriname"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The source is the September 2023 launch in New York; it says nothing about the February 2023 White House meeting.",
  E("es", "Biden y Lula lanzaron la Asociación por los Derechos de los Trabajadores durante su reunión en la Casa Blanca el 10 de febrero de 2023.",
    "Biden y Lula lanzaron la Asociación por los Derechos de los Trabajadores en la Casa Blanca", "2023-02-10",
    ["joe-biden", "lula-da-silva"], event_type="meeting"),
  ["d2_wh_factsheet_20230920"])

P(T, U, "The source is the July 2025 exchange (10 Americans freed); the release of six Americans on 31 Jan 2025 is a different event with other figures, which it cannot confirm or contradict.",
  E("es", "Seis estadounidenses detenidos en Venezuela fueron liberados el 31 de enero de 2025, tras la reunión del enviado especial Richard Grenell con Nicolás Maduro.",
    "seis estadounidenses detenidos en Venezuela fueron liberados tras la reunión de Grenell con Maduro", "2025-01-31",
    ["us-government"]),
  ["d2_x_rubio_20250718"])

P(T, C, "Trump's own order of 20 Jan 2025 confirms the US withdrawal; Argentina's withdrawal of 5 Feb is a different event and does not conflict.",
  S("en", "Trump signed an order on January 20, 2025 withdrawing the United States from the World Health Organization.",
    "donald-trump", "the United States withdraws from the World Health Organization", "2025-01-20"),
  ["d2_arg_who_20250205", "d2_wh_eo_20250120"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only an El Universo article; no primary or official source is given.",
  E("es", "Noboa se reunió con Trump en Mar-a-Lago el 29 de marzo de 2025, a dos semanas de la segunda vuelta.",
    "Noboa se reunió con Trump en Mar-a-Lago", "2025-03-29", ["daniel-noboa", "donald-trump"], event_type="meeting"),
  ["d2_eluniverso_20250330"])

P(T, U, "El Universo says Mar-a-Lago, but a media article alone can neither confirm nor contradict the claim.",
  E("en", "Noboa met Trump at the White House on March 29, 2025.",
    "Noboa met Trump at the White House", "2025-03-29", ["daniel-noboa", "donald-trump"], event_type="meeting"),
  ["d2_eluniverso_20250330"])

P(T, U, "Only a Clarín article (in Spanish); the White House transcript is not among the sources.",
  S("en", "Trump warned on October 14, 2025 that the United States would not be generous with Argentina if Milei's party lost the midterm elections.",
    "donald-trump", "the United States will not be generous with Argentina if Milei's party loses the midterm elections",
    "2025-10-14"),
  ["d2_clarin_20251014"])

P(T, U, "Only an El Tiempo article.",
  S("es", "El Departamento de Estado anunció el 26 de septiembre de 2025 que revocará la visa de Gustavo Petro tras su discurso en una calle de Nueva York.",
    "us-state-department", "revocará la visa de Gustavo Petro", "2025-09-26"),
  ["d2_eltiempo_20250927"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Rubio said it at the Georgetown press availability (verbatim transcript); no X post by Rubio is among the sources.",
  Q("en", "Rubio wrote on X on March 27, 2025 that a Venezuelan attack on Guyana \"would not end well for them.\"",
    "marco-rubio", "would not end well for them", "2025-03-27", channel="x", event_type="post"),
  ["d2_transcript_20250327_guyana"])

P(T, U, "The partnership is announced in a presidency release and a transcript; no X post by Sheinbaum is among the sources.",
  S("es", "Sheinbaum anunció en X el 18 de septiembre de 2025 que México y Canadá elevan su relación a una Asociación Estratégica Integral.",
    "claudia-sheinbaum", "México y Canadá elevan su relación a una Asociación Estratégica Integral", "2025-09-18",
    channel="x", event_type="post"),
  ["d2_presidencia_20250918", "d2_gob_transcript_20250918"])

P(T, U, "Trump said it in the Cabinet Room (White House transcript); no X post by Trump is among the sources.",
  Q("es", "Trump publicó en X el 14 de octubre de 2025: «Si pierde, no vamos a ser generosos con Argentina».",
    "donald-trump", "Si pierde, no vamos a ser generosos con Argentina", "2025-10-14", channel="x", event_type="post"),
  ["d2_wh_transcript_20251014"])

P(T, U, "The sanctions are in a Treasury press release; no X post by the Treasury is among the sources.",
  S("en", "The Treasury announced on X on October 24, 2025 sanctions against Gustavo Petro and his family.",
    "us-treasury", "sanctions against Gustavo Petro and his family", "2025-10-24", channel="x", event_type="post"),
  ["d2_treasury_20251024"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the readout indeed does not name ExxonMobil).",
  S("en", "The State Department readout of Rubio's March 27 meeting with Ali did not mention ExxonMobil.",
    "us-state-department", "the readout did not mention ExxonMobil", "2025-03-27", absence=True),
  ["d2_state_readout_20250327_guyana"])

P(T, U, "Absence claims are always unverified.",
  S("es", "El comunicado de la Presidencia sobre la visita de Carney no menciona a Estados Unidos.",
    "presidencia-mexico", "el comunicado no menciona a Estados Unidos", absence=True),
  ["d2_presidencia_20250918"])

P(T, U, "Absence claims are always unverified, even though Bukele's post does not name Rubio.",
  S("en", "Bukele's post on the July 18 exchange did not mention Marco Rubio.",
    "nayib-bukele", "the post did not mention Marco Rubio", "2025-07-18", absence=True),
  ["d2_x_bukele_20250718"])
