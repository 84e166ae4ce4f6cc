"""Claims, labels and notes of the seventh development set (dev7.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev6), applied to the documents in docs_dev7.py alone,
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

P(T, C, "Petro's own turn in the presidency's transcript of the May Day march of 1 May 2024 in the plaza de Bolívar announces that 'mañana se rompen las relaciones diplomáticas con el Estado de Israel'; 'al día siguiente' is the same day.",
  S("es", "El presidente Gustavo Petro anunció el 1 de mayo de 2024, en la plaza de Bolívar de Bogotá, que Colombia rompería al día siguiente sus relaciones diplomáticas con Israel.",
    "gustavo-petro", "Colombia romperá al día siguiente sus relaciones diplomáticas con Israel", "2024-05-01"),
  ["d7_presidencia_co_20240501"])

P(T, C, "Milei's own turn in the Casa Rosada transcript of his address of 10 Dec 2023 in front of Congress says 'no hay alternativa al ajuste y no hay alternativa al shock'.",
  Q("es", "En su discurso de asunción del 10 de diciembre de 2023, frente al Congreso, Javier Milei advirtió: «No hay alternativa al ajuste y no hay alternativa al shock».",
    "javier-milei", "No hay alternativa al ajuste y no hay alternativa al shock", "2023-12-10"),
  ["d7_casarosada_discurso_20231210"])

P(T, C, "Kirby's own turn in the White House transcript of the briefing of 17 Apr 2023 has the quoted words exactly.",
  Q("en", "White House national security spokesman John Kirby said on April 17, 2023 that Brazil was \"parroting Russian and Chinese propaganda without at all looking at the facts.\"",
    "john-kirby", "parroting Russian and Chinese propaganda without at all looking at the facts", "2023-04-17",
    channel="press_conference", event_type="press_conference"),
  ["d7_wh_briefing_20230417"])

P(T, C, "The Casa Real's note of Saturday 1 Jun 2024 says the King attended Bukele's swearing-in at the Palacio Nacional 'en el centro histórico de la capital salvadoreña', that is San Salvador.",
  E("es", "El rey Felipe VI asistió el 1 de junio de 2024 en San Salvador a la toma de posesión de Nayib Bukele para su segundo mandato.",
    "Felipe VI asistió en San Salvador a la toma de posesión de Nayib Bukele", "2024-06-01",
    ["felipe-vi", "nayib-bukele"], event_type="visit"),
  ["d7_casareal_20240601"])

P(T, C, "The Colombian presidency's release of 9 Jun 2023 says Petro and the ELN's commander Antonio García signed the bilateral ceasefire 'este viernes en La Habana'.",
  E("es", "El presidente Gustavo Petro y el comandante del ELN, Antonio García, firmaron el 9 de junio de 2023 en La Habana un acuerdo de cese al fuego bilateral.",
    "Gustavo Petro y Antonio García firmaron en La Habana un acuerdo de cese al fuego bilateral", "2023-06-09",
    ["gustavo-petro", "antonio-garcia-eln"], event_type="signing"),
  ["d7_presidencia_co_20230609"])

P(T, C, "The Israeli foreign ministry's own statement of 15 Oct 2023 says it summoned Colombia's ambassador for a reprimand and told her Israel has decided to halt security exports to Colombia, after Petro's statements.",
  S("en", "Israel's foreign ministry said on October 15, 2023 that it was halting security exports to Colombia over President Gustavo Petro's remarks and had summoned the Colombian ambassador for a reprimand.",
    "israel-mfa", "Israel is halting security exports to Colombia over Petro's remarks and summoned the Colombian ambassador for a reprimand",
    "2023-10-15", channel="press_release"),
  ["d7_israel_mfa_20231015"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The Honduran foreign ministry's comunicado of 25 Mar 2023 says Honduras recognises that there is only one China and has told Taiwan of the break in diplomatic relations; the English claim says the same.",
  S("en", "Honduras's foreign ministry said on March 25, 2023 that it recognizes only one China and had informed Taiwan that it was breaking off diplomatic relations.",
    "cancilleria-honduras", "Honduras recognizes only one China and has informed Taiwan that it is breaking off diplomatic relations", "2023-03-25"),
  ["d7_sre_hn_20230325"])

P(T, C, "Milei's own turn in the Spanish transcript of 10 Dec 2023 says the adjustment 'recaerá casi totalmente sobre el Estado y no sobre el sector privado', which the English claim renders.",
  S("en", "Milei said in his inaugural address on December 10, 2023 that the fiscal adjustment would fall almost entirely on the state rather than on the private sector.",
    "javier-milei", "the fiscal adjustment will fall almost entirely on the state rather than on the private sector", "2023-12-10"),
  ["d7_casarosada_discurso_20231210"])

P(T, C, "'If Palestine dies, humanity dies' renders 'Si muere Palestina, muere la humanidad' in Petro's own turn at the May Day march of 1 May 2024 in Bogotá.",
  Q("en", "\"If Palestine dies, humanity dies,\" Colombian President Gustavo Petro told a May Day rally in Bogotá on May 1, 2024.",
    "gustavo-petro", "If Palestine dies, humanity dies", "2024-05-01"),
  ["d7_presidencia_co_20240501"])

P(T, C, "La Moncloa's release of 18 Mar 2022 says Spain considers Morocco's 2007 autonomy proposal 'la base más seria, realista y creíble' for resolving the dispute over Western Sahara; the English claim says the same.",
  S("en", "The Spanish government said on March 18, 2022 that it considers Morocco's 2007 autonomy proposal the most serious, realistic and credible basis for resolving the Western Sahara dispute.",
    "spain-government", "Spain considers Morocco's 2007 autonomy proposal the most serious, realistic and credible basis for resolving the Western Sahara dispute",
    "2022-03-18"),
  ["d7_moncloa_20220318"])

P(T, C, "'we may have to take some bitter medicine' renders 'quizás tengamos que tomar alguna medicina amarga' in Bukele's own turn of his inaugural speech of 1 Jun 2024, where he turns to the economy.",
  Q("en", "\"We may have to take some bitter medicine,\" Salvadoran President Nayib Bukele said in his inaugural speech on June 1, 2024, as he turned to the economy.",
    "nayib-bukele", "We may have to take some bitter medicine", "2024-06-01"),
  ["d7_presidencia_sv_20240601"])

P(T, C, "Kirby's own turn in the briefing of 17 Apr 2023 calls the suggestion that the United States and Europe are not interested in peace, or share responsibility for the war, 'simply misguided'; the Spanish claim reports that rejection in other words.",
  S("es", "El portavoz de Seguridad Nacional de la Casa Blanca, John Kirby, rechazó el 17 de abril de 2023 la idea de que Estados Unidos y Europa no estén interesados en la paz o compartan la responsabilidad de la guerra en Ucrania.",
    "john-kirby", "rechazó que Estados Unidos y Europa no estén interesados en la paz o compartan la responsabilidad de la guerra", "2023-04-17",
    channel="press_conference", event_type="press_conference"),
  ["d7_wh_briefing_20230417"])

P(T, C, "The Chinese foreign ministry's release of 26 Mar 2023 says Qin Gang and Reina signed the joint communiqué on the establishment of diplomatic relations in Beijing that day.",
  E("es", "El canciller chino, Qin Gang, y su homólogo hondureño, Eduardo Enrique Reina, firmaron el 26 de marzo de 2023 en Pekín el comunicado conjunto con el que ambos países establecieron relaciones diplomáticas.",
    "Qin Gang y Eduardo Enrique Reina firmaron en Pekín el comunicado conjunto de establecimiento de relaciones diplomáticas", "2023-03-26",
    ["qin-gang", "eduardo-enrique-reina"], event_type="signing"),
  ["d7_mfa_cn_20230326"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Castro's post is stamped 02:05 UTC on 15 Mar 2023, which is 20:05 on the 14th in Tegucigalpa; it says she has instructed Reina to seek the opening of official relations with the People's Republic of China.",
  S("es", "La presidenta Xiomara Castro anunció en X el 14 de marzo de 2023 que había encargado a su canciller, Eduardo Enrique Reina, gestionar el establecimiento de relaciones oficiales con China.",
    "xiomara-castro", "encargó al canciller Reina gestionar el establecimiento de relaciones oficiales con China", "2023-03-14",
    channel="x", event_type="post"),
  ["d7_x_castro_20230314"])

P(T, C, "Ebrard's post is stamped 02:10 UTC on 21 Dec 2022, which is 20:10 on the 20th in Mexico City; it says Mexico has granted asylum to Lilia Paredes and her children.",
  S("en", "Mexican Foreign Minister Marcelo Ebrard said on X on December 20, 2022 that Mexico had granted asylum to the wife and children of ousted Peruvian President Pedro Castillo.",
    "marcelo-ebrard", "Mexico has granted asylum to the wife and children of Pedro Castillo", "2022-12-20",
    channel="x", event_type="post"),
  ["d7_x_ebrard_20221220"])

P(T, C, "Petro's post is stamped 03:15 UTC on 10 Jun 2023, which is 22:15 on the 9th in Bogotá; 'Serán 180 días' is the duration the claim reports.",
  S("en", "Colombian President Gustavo Petro wrote on X on June 9, 2023 that the ceasefire signed with the ELN in Havana would last 180 days.",
    "gustavo-petro", "the ceasefire signed with the ELN in Havana will last 180 days", "2023-06-09",
    channel="x", event_type="post"),
  ["d7_x_petro_20230609"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Taiwan's foreign ministry release of 26 Mar 2023 says that after the termination of relations with Honduras it maintains relations with 13 countries; 'trece' written in words is the same figure.",
  S("es", "La Cancillería de Taiwán informó el 26 de marzo de 2023 que, tras la ruptura con Honduras, mantiene relaciones diplomáticas con trece países.",
    "taiwan-mofa", "tras la ruptura con Honduras, Taiwán mantiene relaciones diplomáticas con trece países", "2023-03-26"),
  ["d7_mofa_tw_20230326"])

P(T, C, "Milei's own turn in the transcript of 10 Dec 2023 says inflation could reach 'hasta el 15.000% anual'; 15,000% written with a comma is the same figure.",
  S("en", "Javier Milei warned on December 10, 2023 that without action Argentina was heading for hyperinflation of up to 15,000% a year.",
    "javier-milei", "without action Argentina is heading for hyperinflation of up to 15,000% a year", "2023-12-10"),
  ["d7_casarosada_discurso_20231210"])

P(T, C, "The presidency's release of 9 Jun 2023 gives the ceasefire a duration of 180 days; 'seis meses' is the usual way of saying that span and no other figure for it is given.",
  E("es", "El Gobierno de Colombia y el ELN pactaron el 9 de junio de 2023 en La Habana un cese al fuego bilateral de seis meses.",
    "el Gobierno de Colombia y el ELN pactaron un cese al fuego bilateral de seis meses", "2023-06-09",
    ["gustavo-petro", "antonio-garcia-eln"], event_type="signing"),
  ["d7_presidencia_co_20230609"])

P(T, X, "Milei's own turn in the transcript of 10 Dec 2023 announces a fiscal adjustment of 'cinco puntos del PBI', not 3.",
  S("es", "Milei anunció en su discurso de asunción del 10 de diciembre de 2023 un ajuste fiscal equivalente a 3 puntos del PBI.",
    "javier-milei", "un ajuste fiscal equivalente a 3 puntos del PBI", "2023-12-10"),
  ["d7_casarosada_discurso_20231210"])

P(T, X, "Peru's foreign ministry comunicado of 20 Dec 2022 gives Ambassador Monroy 72 hours to leave the country, not 48.",
  S("es", "La Cancillería peruana declaró el 20 de diciembre de 2022 persona non grata al embajador de México, Pablo Monroy, y le dio 48 horas para abandonar el país.",
    "cancilleria-peru", "declaró persona non grata al embajador de México, Pablo Monroy, y le dio 48 horas para abandonar el país", "2022-12-20"),
  ["d7_rree_pe_20221220"])

P(T, X, "La Moncloa's release of 7 Apr 2022, pinned by place, date and participants, says the joint declaration sets out a road map of 'dieciséis puntos', not 12.",
  E("en", "The joint declaration adopted by Pedro Sánchez and King Mohammed VI in Rabat on April 7, 2022 set out a 12-point road map for relations between Spain and Morocco.",
    "the joint declaration set out a 12-point road map for relations between Spain and Morocco", "2022-04-07",
    ["pedro-sanchez", "mohammed-vi"], event_type="meeting"),
  ["d7_moncloa_20220407"])

P(T, U, "Taiwan's release of 26 Mar 2023 reports Wu saying Honduras 'repeatedly demanded a high price in aid' but gives no figure; 2,500 million dollars can be neither confirmed nor contradicted from it.",
  S("es", "El canciller taiwanés, Joseph Wu, afirmó el 26 de marzo de 2023 que Honduras había pedido a Taiwán 2.500 millones de dólares en ayuda.",
    "joseph-wu", "Honduras pidió a Taiwán 2.500 millones de dólares en ayuda", "2023-03-26"),
  ["d7_mofa_tw_20230326"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The claim is about Castro's post itself, sent at 20:05 on 14 Mar 2023 in Tegucigalpa (02:05 UTC on the 15th); the local date of the post is the 14th, not the 15th.",
  S("es", "Xiomara Castro anunció en X el 15 de marzo de 2023 que había dado instrucciones a su canciller para abrir relaciones oficiales con China.",
    "xiomara-castro", "dio instrucciones a su canciller para abrir relaciones oficiales con China", "2023-03-15",
    channel="x", event_type="post"),
  ["d7_x_castro_20230314"])

P(T, X, "The May Day rally in Bogotá pins the announcement; Petro's transcript dates it 1 May 2024, and the foreign ministry's release of 2 May calls it the decision 'anunciada ayer'.",
  S("en", "At a Labor Day rally in Bogotá on May 2, 2024, Colombian President Gustavo Petro announced that his country would break off diplomatic relations with Israel.",
    "gustavo-petro", "Colombia will break off diplomatic relations with Israel", "2024-05-02"),
  ["d7_presidencia_co_20240501", "d7_cancilleria_co_20240502"])

P(T, X, "The reopening of the land borders after more than two years is one event; the Interior Ministry's release published on 17 May 2022 says it happened at 00:00 'de este martes', the 17th, not the 18th.",
  E("es", "Las fronteras terrestres de Ceuta y Melilla con Marruecos se reabrieron el 18 de mayo de 2022, tras más de dos años cerradas.",
    "las fronteras terrestres de Ceuta y Melilla con Marruecos se reabrieron tras más de dos años cerradas", "2022-05-18"),
  ["d7_interior_20220517"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Israel's halt of security exports to Colombia over Petro's statements is pinned by its content; the Israeli foreign ministry dates it 15 Oct 2023, not November.",
  E("es", "Israel suspendió en noviembre de 2023 las exportaciones de material de seguridad a Colombia, en respuesta a las declaraciones del presidente Gustavo Petro.",
    "Israel suspendió las exportaciones de material de seguridad a Colombia en respuesta a las declaraciones de Petro", "2023-11"),
  ["d7_israel_mfa_20231015"])

P(T, X, "Monroy's expulsion with 72 hours to leave is pinned by its content; Peru's comunicado dates it 20 Dec 2022, not January 2023.",
  S("en", "In January 2023, Peru declared Mexico's ambassador Pablo Monroy persona non grata and gave him 72 hours to leave the country.",
    "cancilleria-peru", "Peru declared Mexico's ambassador Pablo Monroy persona non grata and gave him 72 hours to leave the country", "2023-01"),
  ["d7_rree_pe_20221220"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The oath before the Legislative Assembly is one event; the Casa Rosada's release places it in the Palacio del Congreso de la Nación; the Casa Rosada is where he swore in his ministers that afternoon.",
  E("en", "Javier Milei was sworn in as Argentina's president before the Legislative Assembly at the Casa Rosada on December 10, 2023.",
    "Milei was sworn in before the Legislative Assembly at the Casa Rosada", "2023-12-10", ["javier-milei"], event_type=None),
  ["d7_casarosada_asuncion_20231210"])

P(T, X, "The meeting is pinned by date, participants and the iftar; La Moncloa's release places it at the Royal Palace in Rabat, not in Casablanca.",
  E("es", "Pedro Sánchez y el rey Mohamed VI se reunieron el 7 de abril de 2022 en Casablanca, donde compartieron un iftar y sellaron la nueva etapa de la relación bilateral.",
    "Pedro Sánchez y Mohamed VI se reunieron en Casablanca", "2022-04-07", ["pedro-sanchez", "mohammed-vi"], event_type="meeting"),
  ["d7_moncloa_20220407"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The signing of 26 Mar 2023 in Beijing is pinned by date, place, Reina and the joint communiqué; the Chinese foreign ministry says it was signed by Foreign Minister Qin Gang, not Wang Yi.",
  E("es", "El canciller hondureño, Eduardo Enrique Reina, y el jefe de la diplomacia china, Wang Yi, firmaron el 26 de marzo de 2023 en Pekín el comunicado conjunto por el que sus países establecieron relaciones diplomáticas.",
    "Eduardo Enrique Reina y Wang Yi firmaron en Pekín el comunicado conjunto de establecimiento de relaciones diplomáticas", "2023-03-26",
    ["eduardo-enrique-reina", "wang-yi"], event_type="signing"),
  ["d7_mfa_cn_20230326"])

P(T, X, "The US delegation to the inauguration of 10 Dec 2023 has one head; Granholm's own post that day says she was honored to lead it, not Blinken.",
  E("en", "Secretary of State Antony Blinken led the U.S. delegation to Javier Milei's inauguration in Buenos Aires on December 10, 2023.",
    "Blinken led the U.S. delegation to Milei's inauguration in Buenos Aires", "2023-12-10",
    ["antony-blinken", "javier-milei"], event_type="visit"),
  ["d7_x_granholm_20231210"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The Honduran comunicado of 25 Mar 2023 says Honduras 'se compromete a no mantener ninguna relación ni contacto oficial con Taiwán': the opposite of keeping official contacts.",
  S("en", "Honduras said on March 25, 2023 that it would maintain official contacts with Taiwan even as it recognized Beijing.",
    "cancilleria-honduras", "Honduras will maintain official contacts with Taiwan even as it recognizes Beijing", "2023-03-25"),
  ["d7_sre_hn_20230325"])

P(T, X, "Katz's own post of 1 May 2024 says 'Israel and Colombia have always had warm relations, and no antisemitic, hate-filled president is going to change that': a denial, in other words, that the good relationship is over.",
  S("es", "El canciller israelí, Israel Katz, aseguró el 1 de mayo de 2024 que la ruptura anunciada por Petro acababa con la buena relación entre Israel y Colombia.",
    "israel-katz", "la ruptura anunciada por Petro acaba con la buena relación entre Israel y Colombia", "2024-05-01"),
  ["d7_x_katz_20240501"])

P(T, X, "Peru's own comunicado of 20 Dec 2022 says it 'ha decidido otorgar el salvoconducto' to Lilia Paredes and her children so that they can leave the country: the opposite act.",
  S("en", "Peru said on December 20, 2022 that it would not allow the wife and children of ousted President Pedro Castillo to leave for Mexico.",
    "cancilleria-peru", "Peru will not allow Castillo's wife and children to leave for Mexico", "2022-12-20"),
  ["d7_rree_pe_20221220"])

P(T, X, "The Planalto's note of 18 Apr 2023 quotes Lula: 'my government condemns the violation of Ukraine's territorial integrity': the opposite of refusing to condemn it.",
  S("es", "Lula se negó el 18 de abril de 2023 a condenar la violación de la integridad territorial de Ucrania.",
    "lula-da-silva", "Lula se negó a condenar la violación de la integridad territorial de Ucrania", "2023-04-18"),
  ["d7_planalto_20230418"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The occasion is pinned (the inaugural speech of 1 Jun 2024); Bukele's own turn says 'el país más seguro del hemisferio occidental' (the Western Hemisphere), not Latin America.",
  Q("en", "Nayib Bukele said in his inaugural speech on June 1, 2024 that El Salvador had become \"the safest country in Latin America.\"",
    "nayib-bukele", "the safest country in Latin America", "2024-06-01"),
  ["d7_presidencia_sv_20240601"])

P(T, U, "The claimed radio interview of 11 Dec 2023 is not among the sources, and the speech of the 10th, another occasion, does not contain the words ('damos por terminada una larga y triste historia de decadencia' is not them).",
  Q("es", "En una entrevista radial el 11 de diciembre de 2023, Javier Milei afirmó que su asunción marcaba «el principio del fin de la decadencia».",
    "javier-milei", "el principio del fin de la decadencia", "2023-12-11", channel="interview", event_type="interview"),
  ["d7_casarosada_discurso_20231210"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "In the versión estenográfica of 21 Dec 2022 the words are a reporter's question ('¿México va a romper relaciones con el Perú?'), and López Obrador answers 'No. No vamos a romper relaciones': the claimed speaker denied it.",
  Q("es", "López Obrador declaró en su conferencia matutina del 21 de diciembre de 2022: «México va a romper relaciones con el Perú».",
    "andres-manuel-lopez-obrador", "México va a romper relaciones con el Perú", "2022-12-21",
    channel="press_conference", event_type="press_conference"),
  ["d7_presidencia_mx_20221221"])

P(T, U, "In the White House transcript 'Is Brazil now siding with Russia?' is a reporter's question, and Kirby neither says it nor denies it ('I'll let President Lula speak to his country's positions').",
  Q("en", "John Kirby said at the White House on April 17, 2023 that \"Brazil is now siding with Russia.\"",
    "john-kirby", "Brazil is now siding with Russia", "2023-04-17", channel="press_conference", event_type="press_conference"),
  ["d7_wh_briefing_20230417"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "Zelensky's post of 10 Dec 2023 summarises the meeting (thanks to Argentina for supporting Ukraine's sovereignty) without Milei's quoted words; a summary does not confirm a quote.",
  Q("en", "Javier Milei told Volodymyr Zelensky at their first meeting in Buenos Aires on December 10, 2023 that \"Argentina will always stand with Ukraine.\"",
    "javier-milei", "Argentina will always stand with Ukraine", "2023-12-10", event_type="meeting"),
  ["d7_x_zelensky_20231210"])

P(T, U, "La Moncloa's release of 7 Apr 2022 summarises Sánchez's words (a relationship 'basada en la confianza, la transparencia y el respeto mutuo') without the quoted phrase.",
  Q("es", "Pedro Sánchez afirmó en Rabat el 7 de abril de 2022 que era «un día histórico» para las relaciones entre España y Marruecos.",
    "pedro-sanchez", "un día histórico", "2022-04-07", event_type="meeting"),
  ["d7_moncloa_20220407"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "The foreign ministry's release of 2 May 2024 says it notified the Israeli embassy in Bogotá 'hoy' of the break; Petro's announcement of the day before ('mañana se rompen') sits next to it and does not move it.",
  S("en", "Colombia's foreign ministry said on May 2, 2024 that it had formally notified Israel's embassy in Bogotá of the break in diplomatic relations.",
    "cancilleria-colombia", "the foreign ministry formally notified Israel's embassy in Bogotá of the break in diplomatic relations", "2024-05-02"),
  ["d7_cancilleria_co_20240502", "d7_presidencia_co_20240501"])

P(T, U, "The Chinese foreign ministry records Qin Gang's talks with Reina on 26 Mar 2023; the claim names nothing that pins its talks of the 27th to those, so they are neither shown nor contradicted.",
  E("en", "Chinese Foreign Minister Qin Gang and Honduran Foreign Minister Eduardo Enrique Reina held talks in Beijing on March 27, 2023.",
    "Qin Gang and Eduardo Enrique Reina held talks in Beijing", "2023-03-27", ["qin-gang", "eduardo-enrique-reina"], event_type="meeting"),
  ["d7_mfa_cn_20230326"])

P(T, U, "La Moncloa records Sánchez's meeting with Mohammed VI in Rabat on 7 Apr 2022; nothing in the claim pins its meeting of the 8th to that one.",
  E("es", "Pedro Sánchez y el rey Mohamed VI se reunieron en Rabat el 8 de abril de 2022.",
    "Pedro Sánchez y Mohamed VI se reunieron en Rabat", "2022-04-08", ["pedro-sanchez", "mohammed-vi"], event_type="meeting"),
  ["d7_moncloa_20220407"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, C, "Zelensky's own post of 10 Dec 2023 says that in Buenos Aires he attended Milei's inauguration and they held their first meeting; Granholm's post of the same day about the US delegation is another official's and does not conflict.",
  E("es", "Volodímir Zelenski se reunió con Javier Milei el 10 de diciembre de 2023 en Buenos Aires, el día de su asunción.",
    "Zelenski se reunió con Javier Milei en Buenos Aires", "2023-12-10", ["volodymyr-zelensky", "javier-milei"], event_type="meeting"),
  ["d7_x_zelensky_20231210", "d7_x_granholm_20231210"])

P(T, U, "The Planalto's note of 18 Apr 2023 records Lula receiving Romania's President Iohannis at the Planalto Palace; it says nothing about Lavrov, so a Lula-Lavrov meeting that day is neither shown nor contradicted.",
  E("en", "Brazilian President Luiz Inácio Lula da Silva received Russian Foreign Minister Sergey Lavrov at the Planalto Palace on April 18, 2023.",
    "Lula received Sergey Lavrov at the Planalto Palace", "2023-04-18", ["lula-da-silva", "sergey-lavrov"], event_type="meeting"),
  ["d7_planalto_20230418"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Petro's own post, sent at 11:40 on 15 Oct 2023 in Bogotá, says 'Si hay que suspender relaciones exteriores con Israel, las suspendemos'; the break announced on 1 May 2024 is another event and does not conflict.",
  S("es", "Petro escribió en X el 15 de octubre de 2023 que Colombia suspendería sus relaciones con Israel si fuera necesario.",
    "gustavo-petro", "Colombia suspenderá sus relaciones con Israel si es necesario", "2023-10-15", channel="x", event_type="post"),
  ["d7_x_petro_20231015", "d7_presidencia_co_20240501"])

P(T, U, "The documents of 15 Oct 2023 record Petro's conditional threat and Israel's halt of security exports (with Colombia's ambassador still being summoned); they report no break in relations that month, and none contradicts one.",
  E("en", "Colombia broke off diplomatic relations with Israel in October 2023, after Israel halted its security exports to the country.",
    "Colombia broke off diplomatic relations with Israel after Israel halted its security exports", "2023-10"),
  ["d7_x_petro_20231015", "d7_israel_mfa_20231015"])

P(T, U, "Peru's comunicado of 20 Dec 2022 is about expelling Mexico's ambassador from Lima; the withdrawal of Peru's own ambassador from Mexico is a different act it neither reports nor rules out.",
  S("es", "El Gobierno del Perú retiró definitivamente el 20 de diciembre de 2022 a su embajador en México.",
    "cancilleria-peru", "el Perú retiró definitivamente a su embajador en México", "2022-12-20"),
  ["d7_rree_pe_20221220"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only an AP article, which agrees with the claim; no primary or official source records the conversation.",
  E("en", "Ukrainian President Volodymyr Zelensky and Hungarian Prime Minister Viktor Orbán had an animated conversation at Javier Milei's inauguration in Buenos Aires on December 10, 2023.",
    "Zelensky and Orbán had an animated conversation at Milei's inauguration", "2023-12-10",
    ["volodymyr-zelensky", "viktor-orban"], event_type="meeting"),
  ["d7_ap_20231210"])

P(T, U, "Only an EFE article, which agrees with the claim; a media report of Lula's words in Abu Dhabi cannot confirm the quote.",
  Q("es", "Lula afirmó el 16 de abril de 2023 en Abu Dabi que «la decisión de la guerra fue tomada por dos países».",
    "lula-da-silva", "la decisión de la guerra fue tomada por dos países", "2023-04-16"),
  ["d7_efe_20230416"])

P(T, U, "Only a Reuters article (in English), which agrees with the claim; Petro's own post is not among the sources.",
  S("es", "Gustavo Petro ordenó el 8 de junio de 2024 suspender las exportaciones de carbón a Israel.",
    "gustavo-petro", "ordenó suspender las exportaciones de carbón a Israel", "2024-06-08"),
  ["d7_reuters_20240608"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "The announcement is in the transcript of Petro's speech at the May Day march; no X post by him is among the sources.",
  S("en", "Petro announced on X on May 1, 2024 that Colombia would sever diplomatic ties with Israel the next day.",
    "gustavo-petro", "Colombia will sever diplomatic ties with Israel the next day", "2024-05-01", channel="x", event_type="post"),
  ["d7_presidencia_co_20240501"])

P(T, U, "The words are in the transcript of Bukele's inaugural speech; no X post by him is among the sources.",
  S("es", "Bukele aseguró en X el 1 de junio de 2024 que El Salvador pasó de ser la capital mundial de los homicidios a ser el país más seguro del hemisferio occidental.",
    "nayib-bukele", "El Salvador pasó de ser la capital mundial de los homicidios a ser el país más seguro del hemisferio occidental",
    "2024-06-01", channel="x", event_type="post"),
  ["d7_presidencia_sv_20240601"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the transcript indeed names neither Lula nor Brazil).",
  S("es", "Javier Milei no mencionó a Lula ni a Brasil en su discurso de asunción del 10 de diciembre de 2023.",
    "javier-milei", "el discurso no mencionó a Lula ni a Brasil", "2023-12-10", absence=True),
  ["d7_casarosada_discurso_20231210"])

P(T, U, "Absence claims are always unverified.",
  S("en", "Nayib Bukele did not mention the United States in his inaugural speech on June 1, 2024.",
    "nayib-bukele", "the speech did not mention the United States", "2024-06-01", absence=True),
  ["d7_presidencia_sv_20240601"])
