"""Claims, labels and notes of the forty-first development set (dev41.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev40), applied to the documents in docs_dev41.py alone,
without reading checks/ or running the pipeline. It shares only the claim helpers (doclib.py) with
the other sets. Notes that begin "wrong act:" mark claims whose act is not the source's while the
rest matches, and notes that begin "altered quote:" mark quotes changed in one or two words so
that they say something else (there is no category for either; each is filed under the closest
one).
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Romney's own floor speech of 5 Feb 2020 says 'Corrupting an election to keep oneself in office is perhaps the most abusive and destructive violation of one's oath of office that I can imagine'.",
  Q("en", "\"Corrupting an election to keep oneself in office is perhaps the most abusive and destructive violation of one's oath of office that I can imagine,\" Sen. Mitt Romney said on the Senate floor on Feb. 5, 2020, hours before the vote.",
    "mitt-romney", "Corrupting an election to keep oneself in office is perhaps the most abusive and destructive violation of one's oath of office that I can imagine", "2020-02-05"),
  ["d41_senate_romney_20200205"])

P(T, C, "Ellison's own turn in his office's transcript of 20 Apr 2021 says 'I would not call today's verdict justice, however, because justice implies true restoration. But it is accountability, which is the first step towards justice'; the claim abridges it without changing what it says.",
  Q("en", "Minnesota Attorney General Keith Ellison said on April 20, 2021 that he \"would not call today's verdict justice\" but that \"it is accountability, which is the first step towards justice.\"",
    "keith-ellison", "it is accountability, which is the first step towards justice", "2021-04-20"),
  ["d41_mnag_ellison_20210420"])

P(T, C, "Biden's own remarks in the East Room of 26 Aug 2021 say 'We will not forgive. We will not forget. We will hunt you down and make you pay'.",
  Q("en", "\"We will not forgive. We will not forget. We will hunt you down and make you pay,\" President Biden warned the attackers on August 26, 2021.",
    "joe-biden", "We will not forgive. We will not forget. We will hunt you down and make you pay", "2021-08-26"),
  ["d41_wh_biden_20210826"])

P(T, C, "Bukele's own turn in the presidency's transcript of 9 Feb 2020 says 'Ahora creo que está muy claro quién tiene el control de la situación'.",
  Q("es", "«Ahora creo que está muy claro quién tiene el control de la situación», dijo Nayib Bukele el 9 de febrero de 2020, en plena pulseada con la Asamblea Legislativa por el préstamo de seguridad.",
    "nayib-bukele", "Ahora creo que está muy claro quién tiene el control de la situación", "2020-02-09"),
  ["d41_presidencia_sv_20200209"])

P(T, C, "The presidency's comunicado of 6 Feb 2020 says the Council of Ministers agreed 'este jueves' to call the Assembly to an extraordinary session on Sunday 9 February to approve the $109 million loan for phase III of the Plan Control Territorial; the claim paraphrases it faithfully.",
  E("es", "El Consejo de Ministros de Bukele convocó el 6 de febrero de 2020 a los diputados a una sesión extraordinaria para el domingo 9, con un único punto: el préstamo para la tercera fase del Plan Control Territorial.",
    "el Consejo de Ministros convocó a la Asamblea a una sesión extraordinaria para aprobar el préstamo del Plan Control Territorial", "2020-02-06",
    ["el-salvador-government", "asamblea-legislativa-sv"]),
  ["d41_presidencia_sv_20200206"])

P(T, C, "The Senate's record of 5 Feb 2020 has the Chief Justice enter judgment that Trump 'be, and he is hereby, acquitted of the charges in said articles'.",
  E("en", "The Senate acquitted President Donald Trump on both articles of impeachment on February 5, 2020, at the close of his impeachment trial.",
    "the Senate acquitted Trump on both articles of impeachment", "2020-02-05",
    ["us-congress", "donald-trump"]),
  ["d41_senate_record_20200205"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Biden's own remarks of 26 Aug 2021 say 'We will not forgive. We will not forget. We will hunt you down and make you pay'; the Spanish quote is its translation.",
  Q("es", "«No perdonaremos. No olvidaremos. Los perseguiremos y les haremos pagar», advirtió Joe Biden el 26 de agosto de 2021 a los autores del atentado en el aeropuerto de Kabul.",
    "joe-biden", "No perdonaremos. No olvidaremos. Los perseguiremos y les haremos pagar", "2021-08-26"),
  ["d41_wh_biden_20210826"])

P(T, C, "Harris's own turn in the White House transcript of 20 Apr 2021 says 'It is not just a Black America problem or a people of color problem. It is a problem for every American'; the Spanish quote is its translation.",
  Q("es", "«No es solo un problema de la América negra o de las personas de color. Es un problema de todos los estadounidenses», afirmó la vicepresidenta Kamala Harris el 20 de abril de 2021 tras el veredicto contra Chauvin.",
    "kamala-harris", "No es solo un problema de la América negra o de las personas de color. Es un problema de todos los estadounidenses", "2021-04-20"),
  ["d41_wh_biden_20210420"])

P(T, C, "Bukele's own turn in the presidency's transcript of 9 Feb 2020 says 'Le pregunté a Dios y Dios me dijo: paciencia, paciencia, paciencia'; the English quote is its translation.",
  Q("en", "\"I asked God and God told me: patience, patience, patience,\" Nayib Bukele told supporters outside the Legislative Assembly on February 9, 2020.",
    "nayib-bukele", "I asked God and God told me: patience, patience, patience", "2020-02-09"),
  ["d41_presidencia_sv_20200209"])

P(T, C, "Biden's own statement of 3 Jun 2024 says 'I congratulate Dr. Claudia Sheinbaum on her historic election as the first woman President of Mexico'; the Spanish quote is its translation.",
  Q("es", "«Felicito a la doctora Claudia Sheinbaum por su histórica elección como la primera mujer presidenta de México», señaló Joe Biden en un comunicado el 3 de junio de 2024.",
    "joe-biden", "Felicito a la doctora Claudia Sheinbaum por su histórica elección como la primera mujer presidenta de México", "2024-06-03"),
  ["d41_wh_biden_20240603"])

P(T, C, "Taddei's own turn in the INE's comunicado of 2 Jun 2024 says 'Hoy las y los mexicanos votamos en paz y en libertad'; the English quote is its translation.",
  Q("en", "\"Today we Mexicans voted in peace and in freedom,\" the head of Mexico's electoral institute, Guadalupe Taddei, said on June 2, 2024 as she presented the quick count.",
    "guadalupe-taddei", "Today we Mexicans voted in peace and in freedom", "2024-06-02"),
  ["d41_ine_20240602"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The President's post is stamped 00:45 UTC on 21 Apr 2021, which is 20:45 on the 20th in Washington (EDT); it says 'No one should be above the law, and today's verdict sends that message'.",
  Q("en", "\"No one should be above the law, and today's verdict sends that message,\" President Biden wrote on Twitter on April 20, 2021.",
    "joe-biden", "No one should be above the law, and today's verdict sends that message", "2021-04-20",
    channel="x", event_type="post"),
  ["d41_x_potus_20210420"])

P(T, C, "The INE's post is stamped 05:55 UTC on 3 Jun 2024, which is 23:55 on the 2nd in Mexico City (UTC-6); it gives Sheinbaum between 58.3 % and 60.7 % in the quick count.",
  S("es", "El INE informó en X la noche del 2 de junio de 2024 que, según el conteo rápido, Claudia Sheinbaum obtendría entre el 58,3 % y el 60,7 % de los votos.",
    "ine-mexico", "según el conteo rápido, Claudia Sheinbaum obtendría entre el 58,3 % y el 60,7 % de los votos", "2024-06-02",
    channel="x", event_type="post"),
  ["d41_x_ine_20240602"])

P(T, C, "Bukele's post is stamped 01:40 UTC on 10 Feb 2020, which is 19:40 on the 9th in San Salvador (UTC-6); it says the people gave the Assembly a week to approve the funds and that God asked for patience.",
  S("es", "Bukele escribió en X el 9 de febrero de 2020 que el pueblo había dado una semana a la Asamblea para aprobar los fondos del Plan Control Territorial.",
    "nayib-bukele", "el pueblo había dado una semana a la Asamblea para aprobar los fondos del Plan Control Territorial", "2020-02-09",
    channel="x", event_type="post"),
  ["d41_x_bukele_20200209"])

P(T, C, "The White House's post is stamped 00:20 UTC on 27 Aug 2021, which is 20:20 on the 26th in Washington (EDT); it quotes Biden's 'We will not forgive. We will not forget'. A Spanish claim against the English post.",
  S("es", "La Casa Blanca difundió en Twitter el 26 de agosto de 2021 la advertencia de Biden a los autores del atentado: no perdonarán ni olvidarán.",
    "white-house", "Biden advirtió a los autores del atentado que no perdonarán ni olvidarán", "2021-08-26",
    channel="x", event_type="post"),
  ["d41_x_wh_20210826"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The House Clerk's record of 18 Dec 2019 gives Article I, Abuse of Power, 'Adopted. Yeas 230, Nays 197, Present 1'.",
  E("en", "The House impeached Donald Trump for abuse of power on December 18, 2019, by a vote of 230 to 197.",
    "the House impeached Trump for abuse of power by a vote of 230 to 197", "2019-12-18",
    ["us-congress", "donald-trump"]),
  ["d41_clerk_20191218_a1"])

P(T, C, "The INE's comunicado of 2 Jun 2024 gives Sheinbaum 'entre 58.3 % y 60.7 %' and Gálvez 'entre 26.6 % y 28.6 %'; the claim gives the same figures in Spanish notation.",
  S("es", "Según el conteo rápido que el INE dio a conocer el 2 de junio de 2024, Sheinbaum obtendría entre el 58,3 % y el 60,7 % de los votos y Xóchitl Gálvez entre el 26,6 % y el 28,6 %.",
    "ine-mexico", "Sheinbaum obtendría entre el 58,3 % y el 60,7 % de los votos y Xóchitl Gálvez entre el 26,6 % y el 28,6 %", "2024-06-02"),
  ["d41_ine_20240602"])

P(T, X, "The vote on the second article of 5 Feb 2020 is pinned by its charge; the Senate's record gives 'the yeas are 47, the nays are 53', not 49 to 51.",
  E("es", "El Senado absolvió a Trump del cargo de obstrucción al Congreso el 5 de febrero de 2020 por 51 votos contra 49.",
    "el Senado absolvió a Trump del cargo de obstrucción al Congreso por 51 votos contra 49", "2020-02-05",
    ["us-congress", "donald-trump"]),
  ["d41_senate_record_20200205"])

P(T, X, "altered quote: Biden's address of 31 Aug 2021 is pinned; his own words are 'with more than 120,000 people evacuated to safety', and the quote changes the figure.",
  Q("en", "\"We completed one of the biggest airlifts in history, with more than 200,000 people evacuated to safety,\" Biden said on August 31, 2021.",
    "joe-biden", "We completed one of the biggest airlifts in history, with more than 200,000 people evacuated to safety", "2021-08-31"),
  ["d41_wh_biden_20210831"])

P(T, X, "altered quote: Bukele's speech of 9 Feb 2020 is pinned; his own words are 'Vamos a darle una semana a la Asamblea', and the quote shortens the deadline to a day.",
  Q("es", "«Vamos a darle un día a la Asamblea para que apruebe el préstamo del Plan Control Territorial», advirtió Bukele el 9 de febrero de 2020 ante sus simpatizantes.",
    "nayib-bukele", "Vamos a darle un día a la Asamblea para que apruebe el préstamo del Plan Control Territorial", "2020-02-09"),
  ["d41_presidencia_sv_20200209"])

P(T, U, "Ellison's turns of 20 Apr 2021 give no length of the jury's deliberations; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "Attorney General Keith Ellison said on April 20, 2021 that the jury had reached its verdict after about ten hours of deliberation.",
    "keith-ellison", "the jury had reached its verdict after about ten hours of deliberation", "2021-04-20"),
  ["d41_mnag_ellison_20210420"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The acquittal is one act, pinned by its content (both articles, Chief Justice presiding); the Senate's record dates it on 5 Feb 2020, not the 6th (the 6th is the day of Trump's remarks, in a document not in this pair).",
  E("en", "The Senate acquitted Trump of abuse of power and obstruction of Congress on February 6, 2020, with Chief Justice John Roberts presiding.",
    "the Senate acquitted Trump of abuse of power and obstruction of Congress", "2020-02-06",
    ["us-congress", "donald-trump", "john-roberts"]),
  ["d41_senate_record_20200205"])

P(T, X, "The verdict is one act, pinned by its three counts; Ellison's transcript of 20 Apr 2021 reports it that day, not on the 21st (the 21st is only the UTC date of Biden's post, which is not in this pair).",
  E("es", "Un jurado de Minneapolis declaró el 21 de abril de 2021 a Derek Chauvin culpable de asesinato en segundo grado, asesinato en tercer grado y homicidio involuntario.",
    "un jurado declaró a Chauvin culpable de asesinato en segundo y tercer grado y de homicidio involuntario", "2021-04-21"),
  ["d41_mnag_ellison_20210420"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The vote is pinned by its content (Article I, abuse of power, 230 to 197); the House Clerk's record dates it on 18 Dec 2019, not in January 2020.",
  E("es", "En enero de 2020, la Cámara de Representantes aprobó el artículo de abuso de poder contra Trump por 230 votos a favor y 197 en contra.",
    "la Cámara de Representantes aprobó el artículo de abuso de poder contra Trump por 230 votos contra 197", "2020-01",
    ["us-congress", "donald-trump"]),
  ["d41_clerk_20191218_a1"])

P(T, X, "The departure of the last C-17 is pinned by its content (the completion of the withdrawal, 3:29 p.m. East Coast time); McKenzie's briefing dates it on 30 Aug 2021 ('this afternoon'), not in September.",
  E("en", "The last U.S. military plane left Kabul in September 2021, General Kenneth McKenzie announced, completing the withdrawal from Afghanistan.",
    "the last U.S. military plane left Kabul, completing the withdrawal from Afghanistan", "2021-09",
    ["us-dod", "kenneth-mckenzie"]),
  ["d41_dod_mckenzie_20210830"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Biden's remarks on the verdict of 20 Apr 2021 are one event; the White House transcript places them in the Cross Hall, not the Oval Office (where the claim's event is the speaking, the transcript's venue decides, as dev31, dev34 and dev38 decided).",
  E("en", "Speaking from the Oval Office on April 20, 2021, President Biden called George Floyd's death \"a murder in the full light of day.\"",
    "Biden spoke from the Oval Office about the Chauvin verdict", "2021-04-20",
    ["joe-biden"]),
  ["d41_wh_biden_20210420"])

P(T, X, "The attack of 26 Aug 2021 is one event; the Pentagon's briefing of 27 Aug says 'we do not believe that there was a second suicide bomber at or near the Baron Hotel. It was one suicide bomber, at the Abbey Gate'. A Spanish claim against the English transcript.",
  E("es", "El Pentágono confirmó el 27 de agosto de 2021 que el terrorista suicida se inmoló junto al hotel Baron, a las afueras del aeropuerto de Kabul.",
    "el Pentágono confirmó que el terrorista suicida se inmoló junto al hotel Baron", "2021-08-27",
    ["us-dod"]),
  ["d41_dod_taylor_20210827"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The acquittal of 5 Feb 2020 is pinned by its votes; the Senate's record gives the Chair's turns to Chief Justice Roberts, who presided over the trial, not to Vice President Pence.",
  E("en", "With Vice President Mike Pence presiding, the Senate voted on February 5, 2020 to acquit Trump on both articles of impeachment.",
    "with Pence presiding, the Senate voted to acquit Trump on both articles", "2020-02-05",
    ["us-congress", "mike-pence", "donald-trump"]),
  ["d41_senate_record_20200205"])

P(T, X, "The quick count of 2 Jun 2024 is pinned by its figures; the INE's comunicado names the consejera presidenta, Guadalupe Taddei, as the one who gave it, not Lorenzo Córdova (her predecessor, named in no document).",
  E("es", "El consejero presidente del INE, Lorenzo Córdova, anunció el 2 de junio de 2024 que Sheinbaum obtendría entre el 58,3 % y el 60,7 % de los votos.",
    "Lorenzo Córdova anunció el conteo rápido que da a Sheinbaum entre el 58,3 % y el 60,7 %", "2024-06-02",
    ["ine-mexico"]),
  ["d41_ine_20240602"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Romney's own floor speech of 5 Feb 2020 answers whether the President committed a high crime and misdemeanor 'Yes, he did': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Mitt Romney anunció el 5 de febrero de 2020 en el pleno del Senado que, a su juicio, Trump no había cometido ningún delito que justificara su destitución.",
    "mitt-romney", "Trump no había cometido ningún delito que justificara su destitución", "2020-02-05"),
  ["d41_senate_romney_20200205"])

P(T, X, "McKenzie's own turn of 26 Aug 2021 says 'ISIS will not deter us from accomplishing the mission. We will continue to evacuate American citizens and our Afghan partners': the opposite of the claim.",
  S("en", "Gen. Kenneth McKenzie said on August 26, 2021 that the airport attack would force the United States to halt the evacuation from Kabul.",
    "kenneth-mckenzie", "the airport attack would force the United States to halt the evacuation from Kabul", "2021-08-26"),
  ["d41_dod_mckenzie_20210826"])

P(T, X, "wrong act: the Senate's record of 5 Feb 2020 gives the first article 'the yeas are 48, the nays are 52' and the Senate 'adjudges that the respondent ... is not guilty'; the same vote is told as a conviction (as dev27 and dev34 decided for a rejection told as an approval).",
  E("en", "The Senate voted 52-48 on February 5, 2020 to convict President Trump of abuse of power.",
    "the Senate voted 52-48 to convict Trump of abuse of power", "2020-02-05",
    ["us-congress", "donald-trump"]),
  ["d41_senate_record_20200205"])

P(T, X, "wrong act: the Constitutional Chamber's comunicado of 10 Feb 2020 'suspende los efectos del acuerdo de convocatoria' and orders the President to refrain from using the Armed Forces; the same ruling on the same convocation is told as upholding it (an English claim against the Spanish comunicado).",
  E("en", "El Salvador's Constitutional Chamber upheld on February 10, 2020 the Council of Ministers' call for an extraordinary session of the Legislative Assembly.",
    "the Constitutional Chamber upheld the Council of Ministers' call for an extraordinary session", "2020-02-10",
    ["sala-constitucional-sv", "el-salvador-government"]),
  ["d41_csj_20200210"])

P(T, X, "wrong act: McKenzie's briefing of 30 Aug 2021 announces 'the completion of our withdrawal from Afghanistan and the end of the military mission to evacuate'; the same announcement is told as a suspension, which would leave the mission to resume (a Spanish claim against the English transcript).",
  S("es", "El general Kenneth McKenzie anunció el 30 de agosto de 2021 la suspensión temporal de la evacuación desde el aeropuerto de Kabul.",
    "kenneth-mckenzie", "la suspensión temporal de la evacuación desde el aeropuerto de Kabul", "2021-08-30"),
  ["d41_dod_mckenzie_20210830"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Ellison's remarks of 20 Apr 2021 are pinned; his own words are 'I would not call today's verdict justice', and the quote drops the 'not' (a verbatim substring without its negation, as dev21, dev34 and dev35 decided).",
  Q("en", "\"I would call today's verdict justice,\" Minnesota Attorney General Keith Ellison said after the Chauvin verdict on April 20, 2021.",
    "keith-ellison", "I would call today's verdict justice", "2021-04-20"),
  ["d41_mnag_ellison_20210420"])

P(T, X, "altered quote: Biden's remarks of 20 Apr 2021 are pinned; his own words are 'Systemic racism is a stain on our nation's soul', and the quote puts the stain on the nation's history (another object).",
  Q("es", "«El racismo sistémico es una mancha en la historia de nuestra nación», dijo Biden el 20 de abril de 2021 tras conocerse el veredicto.",
    "joe-biden", "El racismo sistémico es una mancha en la historia de nuestra nación", "2021-04-20"),
  ["d41_wh_biden_20210420"])

P(T, U, "The claimed Fox News interview of 6 Feb 2020 is not among the sources, and Romney's floor speech of the 5th, another occasion, does not contain the sentence.",
  Q("en", "\"I knew the price I would pay, and I would pay it again,\" Mitt Romney told Fox News in an interview on February 6, 2020.",
    "mitt-romney", "I knew the price I would pay, and I would pay it again", "2020-02-06", channel="interview", event_type="interview"),
  ["d41_senate_romney_20200205"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Harris's turn in the White House transcript of 20 Apr 2021, not Biden's; Biden's turns speak of a murder in the full light of day and systemic racism.",
  Q("en", "\"A measure of justice isn't the same as equal justice,\" President Biden said at the White House on April 20, 2021.",
    "joe-biden", "A measure of justice isn't the same as equal justice", "2021-04-20"),
  ["d41_wh_biden_20210420"])

P(T, U, "The words are Taylor's turn in the Pentagon's transcript of 27 Aug 2021, not Kirby's; Kirby's turn gives the toll.",
  Q("es", "«Fue un solo terrorista suicida, en la puerta Abbey», precisó el portavoz del Pentágono, John Kirby, el 27 de agosto de 2021.",
    "john-kirby", "Fue un solo terrorista suicida, en la puerta Abbey", "2021-08-27"),
  ["d41_dod_taylor_20210827"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The press secretary's statement of 5 Feb 2020 speaks in her own voice and quotes no words of Trump's; it does not confirm a sentence quoted from him.",
  Q("en", "\"This is a great day for our country,\" President Trump said on February 5, 2020, according to a White House statement.",
    "donald-trump", "This is a great day for our country", "2020-02-05",
    channel="press_release", confirmed_by="white-house"),
  ["d41_wh_grisham_20200205"])

P(T, U, "The Constitutional Chamber's comunicado of 10 Feb 2020 orders the President to refrain from using the Armed Forces 'en actividades contrarias a los fines constitucionalmente establecidos'; the quoted words 'para intimidar a los diputados' are not in it, and a paraphrase does not confirm a quotation.",
  Q("es", "«El presidente debe abstenerse de utilizar la Fuerza Armada para intimidar a los diputados», resolvió la Sala de lo Constitucional el 10 de febrero de 2020, según su comunicado.",
    "sala-constitucional-sv", "El presidente debe abstenerse de utilizar la Fuerza Armada para intimidar a los diputados", "2020-02-10",
    channel="press_release", confirmed_by="sala-constitucional-sv"),
  ["d41_csj_20200210"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Defense Department's transcript records McKenzie's briefing of 26 Aug 2021; nothing records one by him on the 27th, and nothing in the claim pins it to the one of the 26th (as dev6 to dev40 decided for a meeting or appearance claimed on the next day).",
  E("en", "Gen. Kenneth McKenzie briefed reporters on the Kabul airport bombing on August 27, 2021.",
    "McKenzie briefed reporters on the Kabul airport bombing", "2021-08-27",
    ["kenneth-mckenzie"], event_type="press_conference", channel="press_conference"),
  ["d41_dod_mckenzie_20210826"])

P(T, C, "Taylor's own turn at the Pentagon on 27 Aug 2021 says 'we do not believe that there was a second suicide bomber at or near the Baron Hotel. It was one suicide bomber, at the Abbey Gate'; McKenzie's briefing of the 26th sits next to it without moving it.",
  S("en", "The Pentagon said on August 27, 2021 that there had been only one suicide bomber, at the Abbey Gate, and no second blast at the Baron Hotel.",
    "us-dod", "there had been only one suicide bomber, at the Abbey Gate, and no second blast at the Baron Hotel", "2021-08-27"),
  ["d41_dod_mckenzie_20210826", "d41_dod_taylor_20210827"])

P(T, C, "Trump's own remarks in the East Room of 6 Feb 2020 say 'we went through hell, unfairly treated'; the Spanish quote is its translation, and the Senate's record of the acquittal of the 5th sits next to it without moving it.",
  Q("es", "«Pasamos por un infierno, tratados injustamente», dijo Donald Trump el 6 de febrero de 2020 en la Casa Blanca, un día después de ser absuelto por el Senado.",
    "donald-trump", "Pasamos por un infierno, tratados injustamente", "2020-02-06"),
  ["d41_senate_record_20200205", "d41_wh_trump_20200206"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Defense Department's transcript of 30 Aug 2021 records McKenzie's announcement; no source records Secretary Austin announcing it, which the record of McKenzie's turns neither confirms nor excludes.",
  S("es", "El secretario de Defensa, Lloyd Austin, anunció el 30 de agosto de 2021 que Estados Unidos había completado su retirada de Afganistán.",
    "lloyd-austin", "Estados Unidos había completado su retirada de Afganistán", "2021-08-30"),
  ["d41_dod_mckenzie_20210830"])

P(T, C, "Harris's own turn in the White House transcript of 20 Apr 2021 says 'It is not just a Black America problem or a people of color problem. It is a problem for every American'; Ellison's remarks of the same day sit next to it without moving it.",
  Q("en", "Vice President Kamala Harris said on April 20, 2021 that racial injustice \"is not just a Black America problem or a people of color problem. It is a problem for every American.\"",
    "kamala-harris", "It is not just a Black America problem or a people of color problem. It is a problem for every American", "2021-04-20"),
  ["d41_mnag_ellison_20210420", "d41_wh_biden_20210420"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The House Clerk's record of 18 Dec 2019 gives Article II, Obstruction of Congress, 'Adopted. Yeas 229, Nays 198, Present 1'; the record of Article I, a similar headline (230 to 197), sits next to it without moving it.",
  E("en", "The House also approved the second article of impeachment, obstruction of Congress, on December 18, 2019, by 229 votes to 198.",
    "the House approved the article of obstruction of Congress by 229 votes to 198", "2019-12-18",
    ["us-congress"]),
  ["d41_clerk_20191218_a1", "d41_clerk_20191218_a2"])

P(T, U, "wrong act: the INE's comunicado of 2 Jun 2024 gives the quick count's estimates and says 'los resultados oficiales se conocerán con los cómputos distritales que inician el miércoles 5 de junio'; declaring Sheinbaum president-elect is a later step, which the comunicado neither reports nor rules out (as dev29, dev33 and dev37 decided for an office taken against an election won).",
  E("es", "El INE declaró el 2 de junio de 2024 a Claudia Sheinbaum presidenta electa de México.",
    "el INE declaró a Claudia Sheinbaum presidenta electa", "2024-06-02",
    ["ine-mexico", "claudia-sheinbaum"]),
  ["d41_ine_20240602"])

P(T, U, "wrong act: Biden's remarks of 26 Aug 2021 say 'I have also instructed my commanders to develop operational plans to strike ISIS-K assets, leadership and facilities'; ordering strikes is another act, which the remarks neither report nor rule out (as dev4, dev19 and dev34 decided for a step announced told as taken).",
  S("en", "President Biden ordered airstrikes against ISIS-K on August 26, 2021, hours after the Kabul airport bombing.",
    "joe-biden", "Biden ordered airstrikes against ISIS-K", "2021-08-26"),
  ["d41_wh_biden_20210826"])

P(T, U, "wrong act: Bukele's speech of 9 Feb 2020 gives the Assembly a week to approve the loan; dissolving it is another act, which the speech neither reports nor rules out (as dev36 and dev40 decided for an act beyond what the source says).",
  E("es", "Nayib Bukele disolvió la Asamblea Legislativa el 9 de febrero de 2020, tras entrar al salón de sesiones escoltado por militares.",
    "Bukele disolvió la Asamblea Legislativa", "2020-02-09",
    ["nayib-bukele", "asamblea-legislativa-sv"]),
  ["d41_presidencia_sv_20200209"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports that Trump was at a rally in Battle Creek when the House voted on 18 Dec 2019; no primary or official source is among this pair's documents.",
  E("en", "Donald Trump was speaking at a rally in Battle Creek, Michigan, when the House voted to impeach him on December 18, 2019.",
    "Trump was speaking at a rally in Battle Creek when the House voted to impeach him", "2019-12-18",
    ["donald-trump"]),
  ["d41_ap_20191218"])

P(T, U, "Only the Associated Press, a media outlet, reports Chauvin's sentence of 22 and a half years on 25 Jun 2021; no primary or official source is among this pair's documents.",
  E("es", "El juez Peter Cahill condenó el 25 de junio de 2021 a Derek Chauvin a 22 años y medio de prisión por el asesinato de George Floyd.",
    "el juez Peter Cahill condenó a Derek Chauvin a 22 años y medio de prisión", "2021-06-25"),
  ["d41_ap_20210625"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Romney's words are in his office's transcript of his floor speech of 5 Feb 2020; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«Lo que hizo el presidente estuvo mal, gravemente mal», escribió Mitt Romney en Twitter el 5 de febrero de 2020.",
    "mitt-romney", "Lo que hizo el presidente estuvo mal, gravemente mal", "2020-02-05", channel="x", event_type="post"),
  ["d41_senate_romney_20200205"])

P(T, U, "Bukele's words are in the presidency's transcript of his speech of 9 Feb 2020; his post of that evening, which is not in this pair, says it in other words, and the claim is about Twitter.",
  Q("en", "\"I asked God and God told me: patience, patience, patience,\" Nayib Bukele wrote on Twitter on February 9, 2020.",
    "nayib-bukele", "I asked God and God told me: patience, patience, patience", "2020-02-09", channel="x", event_type="post"),
  ["d41_presidencia_sv_20200209"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Biden in fact names ISIS-K, which does not change the label).",
  S("en", "President Biden did not mention ISIS-K in his remarks on the Kabul airport attack on August 26, 2021.",
    "joe-biden", "Biden did not mention ISIS-K in his remarks on the Kabul airport attack", "2021-08-26", absence=True),
  ["d41_wh_biden_20210826"])

P(T, U, "Absence claims are always unverified (here Bukele in fact speaks of God, which does not change the label).",
  S("es", "Nayib Bukele no hizo ninguna referencia a Dios en su discurso ante la Asamblea Legislativa del 9 de febrero de 2020.",
    "nayib-bukele", "Bukele no hizo ninguna referencia a Dios en su discurso ante la Asamblea Legislativa", "2020-02-09", absence=True),
  ["d41_presidencia_sv_20200209"])
