"""Claims, labels and notes of the twenty-seventh development set (dev27.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev26), applied to the documents in docs_dev27.py alone,
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

P(T, C, "The Congress's note of Friday 1 Jun 2018 says the Pleno approved the Socialist group's motion of censure against Rajoy's Government with Pedro Sánchez as candidate, and that it is 'la primera moción de censura que prospera desde la aprobación de la Constitución de 1978'.",
  E("es", "El Congreso de los Diputados aprobó el 1 de junio de 2018 la moción de censura contra el Gobierno de Mariano Rajoy, que llevó a la Presidencia al socialista Pedro Sánchez: la primera que prospera desde la Constitución de 1978.",
    "el Congreso aprobó la moción de censura contra Rajoy, con Pedro Sánchez como candidato, la primera que prospera desde 1978", "2018-06-01",
    ["congreso-diputados", "mariano-rajoy", "pedro-sanchez"]),
  ["d27_congreso_20180601"])

P(T, C, "Trump's own turn in the White House transcript of the joint news conference in Helsinki, 16 Jul 2018, says 'So I have great confidence in my intelligence people, but I will tell you that President Putin was extremely strong and powerful in his denial today.'",
  Q("en", "\"I have great confidence in my intelligence people, but I will tell you that President Putin was extremely strong and powerful in his denial today,\" Donald Trump said at his news conference with Vladimir Putin in Helsinki on July 16, 2018.",
    "donald-trump", "I have great confidence in my intelligence people, but I will tell you that President Putin was extremely strong and powerful in his denial today", "2018-07-16"),
  ["d27_wh_20180716"])

P(T, C, "Moreno's own post of 11 Apr 2019 (10:10 UTC, 05:10 in Quito) reads 'Ecuador decidió soberanamente retirar el asilo diplomático a Julian Assange por violar reiteradamente convenciones internacionales y protocolo de convivencia.'",
  Q("es", "«Ecuador decidió soberanamente retirar el asilo diplomático a Julian Assange por violar reiteradamente convenciones internacionales y protocolo de convivencia», escribió en Twitter el presidente Lenín Moreno el 11 de abril de 2019.",
    "lenin-moreno", "Ecuador decidió soberanamente retirar el asilo diplomático a Julian Assange por violar reiteradamente convenciones internacionales y protocolo de convivencia", "2019-04-11",
    channel="x", event_type="post"),
  ["d27_x_moreno_20190411"])

P(T, C, "The Senate's note of Wednesday 30 Dec 2020 says it passed into law, 'en la madrugada de este miércoles 30 de diciembre', the bill that recognises the right to end a pregnancy 'hasta la semana catorce, inclusive'.",
  E("es", "El Senado argentino convirtió en ley, en la madrugada del 30 de diciembre de 2020, la interrupción voluntaria del embarazo hasta la semana 14 de gestación.",
    "el Senado convirtió en ley la interrupción voluntaria del embarazo hasta la semana 14", "2020-12-30", ["senado-argentina"]),
  ["d27_senado_ar_20201230"])

P(T, C, "Harris's own turn in the transition's transcript of 7 Nov 2020 (Wilmington) says 'while I may be the first woman in this office, I will not be the last'.",
  Q("en", "\"While I may be the first woman in this office, I will not be the last,\" Kamala Harris told supporters in Wilmington, Delaware, on November 7, 2020, hours after she and Joe Biden were declared the winners.",
    "kamala-harris", "While I may be the first woman in this office, I will not be the last", "2020-11-07"),
  ["d27_transition_20201107"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Rajoy's own Spanish turn in the Diario de Sesiones of 1 Jun 2018 says 'Ha sido un honor dejar una España mejor que la que encontré'; the English quote is its translation.",
  Q("en", "\"It has been an honour to leave a better Spain than the one I found,\" Mariano Rajoy told lawmakers on June 1, 2018, minutes before the vote that ousted him.",
    "mariano-rajoy", "It has been an honour to leave a better Spain than the one I found", "2018-06-01"),
  ["d27_dscd_20180601"])

P(T, C, "Trump's own English turn in Helsinki on 16 Jul 2018 says 'I would rather take a political risk in pursuit of peace than to risk peace in pursuit of politics'; the Spanish quote is its translation.",
  Q("es", "«Prefiero asumir un riesgo político en busca de la paz que poner en riesgo la paz en busca de la política», afirmó Donald Trump junto a Vladimir Putin en Helsinki el 16 de julio de 2018.",
    "donald-trump", "Prefiero asumir un riesgo político en busca de la paz que poner en riesgo la paz en busca de la política", "2018-07-16"),
  ["d27_wh_20180716"])

P(T, C, "Santos's own post, stamped 20:10 UTC on 6 Aug 2018 (15:10 in Bogotá), reads 'no se preocupe. El sábado estaba en cosas más importantes, bautizando a mi nieta Celeste'; the English quote is its translation.",
  Q("en", "\"Don't worry. On Saturday I was busy with more important things, baptizing my granddaughter Celeste,\" Colombian President Juan Manuel Santos wrote to Nicolás Maduro on Twitter on August 6, 2018.",
    "juan-manuel-santos", "Don't worry. On Saturday I was busy with more important things, baptizing my granddaughter Celeste", "2018-08-06",
    channel="x", event_type="post"),
  ["d27_x_santos_20180806"])

P(T, C, "Moreno's own Spanish turn in his video message of 11 Apr 2019 says 'Por seis años y diez meses, el pueblo ecuatoriano ha garantizado los derechos humanos del señor Assange'; the English quote is its translation.",
  Q("en", "\"For six years and ten months, the Ecuadorian people have guaranteed the human rights of Mr. Assange,\" President Lenín Moreno said in a video message on April 11, 2019.",
    "lenin-moreno", "For six years and ten months, the Ecuadorian people have guaranteed the human rights of Mr. Assange", "2019-04-11"),
  ["d27_presidencia_ec_20190411"])

P(T, C, "Fernández's own post, stamped 07:25 UTC on 30 Dec 2020 (04:25 in Buenos Aires), opens 'El aborto seguro, legal y gratuito es ley'; the English quote is its translation.",
  Q("en", "\"Safe, legal and free abortion is law,\" Argentine President Alberto Fernández wrote on Twitter on December 30, 2020, shortly after the Senate vote.",
    "alberto-fernandez", "Safe, legal and free abortion is law", "2020-12-30", channel="x", event_type="post"),
  ["d27_x_alferdez_20201230"])

P(T, C, "Biden's own English turn in Wilmington on 7 Nov 2020 says 'I pledge to be a President who seeks not to divide, but to unify'; the Spanish quote is its translation.",
  Q("es", "«Me comprometo a ser un presidente que no busque dividir, sino unir», prometió Joe Biden en su discurso de la victoria en Wilmington, el 7 de noviembre de 2020.",
    "joe-biden", "Me comprometo a ser un presidente que no busque dividir, sino unir", "2020-11-07"),
  ["d27_transition_20201107"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The Venezuelan presidency's post is stamped 01:30 UTC on 5 Aug 2018, which is 21:30 on the 4th in Caracas (UTC-4 since 2016); it quotes Maduro: 'Se ha intentado asesinarme el día de hoy.'",
  Q("es", "«Se ha intentado asesinarme el día de hoy», dijo Nicolás Maduro en un mensaje que la Presidencia venezolana difundió en Twitter el 4 de agosto de 2018.",
    "nicolas-maduro", "Se ha intentado asesinarme el día de hoy", "2018-08-04", channel="x", event_type="post"),
  ["d27_x_presidencia_ve_20180804"])

P(T, C, "The same post (01:30 UTC on 5 Aug 2018, 21:30 on the 4th in Caracas) quotes Maduro's 'No tengo dudas de que el nombre de Juan Manuel Santos está detrás de este atentado'; the English claim reports it faithfully.",
  S("en", "Venezuela's presidency posted on Twitter on August 4, 2018 that Nicolás Maduro had \"no doubt\" that Colombian President Juan Manuel Santos was behind the attack.",
    "venezuela-presidency", "Maduro had no doubt that Juan Manuel Santos was behind the attack", "2018-08-04",
    channel="x", event_type="post"),
  ["d27_x_presidencia_ve_20180804"])

P(T, C, "Biden's post is stamped 02:15 UTC on 8 Nov 2020, which is 21:15 on the 7th in Washington and Wilmington (EST); it reads 'We may be opponents — but we are not enemies. We are Americans.'",
  Q("en", "\"We may be opponents — but we are not enemies. We are Americans,\" Joe Biden wrote on Twitter on November 7, 2020, the night he addressed the nation as president-elect.",
    "joe-biden", "We may be opponents — but we are not enemies. We are Americans", "2020-11-07", channel="x", event_type="post"),
  ["d27_x_biden_20201107"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Congress's Spanish note of 1 Jun 2018 gives '180 votos a favor, 169 en contra y 1 abstención'; the English claim has the same figures.",
  E("en", "Spain's Congress of Deputies ousted Mariano Rajoy on June 1, 2018, approving the no-confidence motion by 180 votes to 169, with one abstention.",
    "the Congress of Deputies approved the no-confidence motion against Rajoy by 180 votes to 169, with one abstention", "2018-06-01",
    ["congreso-diputados", "mariano-rajoy"]),
  ["d27_congreso_20180601"])

P(T, C, "The Justice Department's English release of 11 Apr 2019 says Assange 'faces a maximum penalty of five years in prison' on the charge of conspiracy to commit computer intrusion; the Spanish claim has the same figure.",
  S("es", "Julian Assange se enfrenta a una pena máxima de cinco años de prisión por conspirar para cometer una intrusión informática, informó el Departamento de Justicia de Estados Unidos el 11 de abril de 2019.",
    "us-doj", "Assange se enfrenta a una pena máxima de cinco años de prisión por conspiración para cometer una intrusión informática", "2019-04-11"),
  ["d27_doj_20190411"])

P(T, C, "The Chamber of Deputies' Spanish note of Friday 11 Dec 2020 gives '131 votos afirmativos, 117 negativos y 6 abstenciones'; the English claim has the same figures.",
  E("en", "Argentina's Chamber of Deputies approved the bill to legalize abortion on December 11, 2020 by 131 votes to 117, with six abstentions, sending it to the Senate.",
    "the Chamber of Deputies approved the abortion bill by 131 votes to 117, with six abstentions", "2020-12-11",
    ["camara-diputados-argentina"]),
  ["d27_diputados_ar_20201211"])

P(T, X, "The Senate's note of 30 Dec 2020 gives '38 votos afirmativos, 29 negativos y una abstención'; 31 votes against is another figure for the same vote (31 is the 'yes' count of the vote of 2018, which is not in this pair).",
  E("es", "El Senado aprobó la legalización del aborto el 30 de diciembre de 2020 por 38 votos a favor y 31 en contra.",
    "el Senado aprobó la legalización del aborto por 38 votos a favor y 31 en contra", "2020-12-30", ["senado-argentina"]),
  ["d27_senado_ar_20201230"])

P(T, X, "altered quote: Moreno's own turn in his video message of 11 Apr 2019 says 'Por seis años y diez meses, el pueblo ecuatoriano ha garantizado los derechos humanos del señor Assange'; the quote adds a year to the figure he gave.",
  Q("es", "«Por siete años y diez meses, el pueblo ecuatoriano ha garantizado los derechos humanos del señor Assange», dijo Lenín Moreno en su mensaje del 11 de abril de 2019.",
    "lenin-moreno", "Por siete años y diez meses, el pueblo ecuatoriano ha garantizado los derechos humanos del señor Assange", "2019-04-11"),
  ["d27_presidencia_ec_20190411"])

P(T, U, "The Cancillería's comunicado of 11 Apr 2019 gives the reasons and guarantees behind the decision and no cost of Assange's stay; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "La estancia de Julian Assange en la embajada en Londres costó al Ecuador más de seis millones de dólares, según informó la Cancillería ecuatoriana el 11 de abril de 2019.",
    "cancilleria-ecuador", "la estancia de Assange en la embajada costó al Ecuador más de seis millones de dólares", "2019-04-11"),
  ["d27_cancilleria_ec_20190411"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The promise is one act; the Casa Real's note of Saturday 2 Jun 2018 says the King presided over it 'hoy' at the Zarzuela. The 1st is the date of the appointing decree named in the same note (another step), as dev6, dev16, dev17 and dev24 decided for days a source names for another step.",
  E("es", "Pedro Sánchez prometió el cargo de presidente del Gobierno ante el rey Felipe VI el 1 de junio de 2018, el mismo día en que prosperó la moción de censura.",
    "Pedro Sánchez prometió el cargo de presidente del Gobierno ante el Rey", "2018-06-01",
    ["pedro-sanchez", "felipe-vi"]),
  ["d27_casareal_20180602"])

P(T, X, "The clarification is one statement, pinned by its content ('would' instead of 'wouldn't'); the White House transcript dates it on 17 Jul 2018 in the Cabinet Room ('having just reviewed the transcript'), not on the 16th, the day of the Helsinki remarks it corrects.",
  S("en", "On July 16, 2018, Donald Trump said he had misspoken in Helsinki and had meant to say \"wouldn't\" rather than \"would\" about Russia's election meddling.",
    "donald-trump", "Trump said he had misspoken and meant to say wouldn't rather than would about Russia's meddling", "2018-07-16"),
  ["d27_wh_20180717"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The arrest is pinned by its content (at the Ecuadorian embassy, after the withdrawal of asylum); the Met's statement dates it 'today, Thursday 11 April' 2019, not in May.",
  E("es", "La Policía británica detuvo a Julian Assange en la embajada de Ecuador en Londres en mayo de 2019, después de que el Gobierno de Lenín Moreno le retirara el asilo.",
    "la Policía británica detuvo a Julian Assange en la embajada de Ecuador en Londres tras la retirada del asilo", "2019-05",
    ["metropolitan-police", "julian-assange"]),
  ["d27_met_20190411"])

P(T, X, "The vote is pinned by its content (38 to 29, up to the 14th week); the Senate's note dates it 'en la madrugada de este miércoles 30 de diciembre' 2020, not in January 2021.",
  E("en", "Argentina's Senate legalized abortion in January 2021, voting 38 to 29 to allow the procedure up to the 14th week of pregnancy.",
    "the Senate legalized abortion by 38 votes to 29, up to the 14th week of pregnancy", "2021-01", ["senado-argentina"]),
  ["d27_senado_ar_20201230"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The attack of 4 Aug 2018 is pinned by the Guard's 81st anniversary and the drones; Rodríguez's own turn places it 'en la avenida Bolívar de Caracas', not at Fuerte Tiuna.",
  E("es", "Los drones cargados de explosivos estallaron el 4 de agosto de 2018 durante un acto militar en el Fuerte Tiuna, en Caracas, mientras Nicolás Maduro pronunciaba un discurso por el aniversario de la Guardia Nacional Bolivariana.",
    "los drones estallaron durante un acto militar en el Fuerte Tiuna mientras Maduro pronunciaba un discurso", "2018-08-04",
    ["nicolas-maduro"]),
  ["d27_minci_rodriguez_20180804"])

P(T, X, "The victory speech of 7 Nov 2020 is pinned; the transition's transcript is of remarks at the Chase Center in Wilmington, Delaware, opening with a greeting to 'Delawareans', not in Philadelphia.",
  E("en", "Joe Biden delivered his victory speech in Philadelphia on the night of November 7, 2020, after the race was called in his favor.",
    "Joe Biden delivered his victory speech in Philadelphia", "2020-11-07", ["joe-biden"]),
  ["d27_transition_20201107"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The entry of the police into the embassy on 11 Apr 2019 is pinned by the arrest; the Met's statement says it 'was invited into the embassy by the Ambassador', not by the foreign minister.",
  E("en", "Metropolitan Police officers entered Ecuador's embassy in London on April 11, 2019 at the invitation of Ecuadorian Foreign Minister José Valencia and arrested Julian Assange.",
    "Met Police officers entered the embassy at the invitation of Foreign Minister José Valencia and arrested Assange", "2019-04-11",
    ["metropolitan-police", "jose-valencia", "julian-assange"]),
  ["d27_met_20190411"])

P(T, X, "The Senate session that ended on 30 Dec 2020 is pinned by the vote; the note says it 'fue presidida por la presidenta del cuerpo y vicepresidenta de la Nación, Cristina Fernández de Kirchner', not by Sergio Massa (who presided over the Chamber of Deputies' session of 11 Dec, in a document not in this pair).",
  E("es", "La sesión del Senado que legalizó el aborto, presidida por Sergio Massa, terminó en la madrugada del 30 de diciembre de 2020 con 38 votos a favor.",
    "la sesión del Senado que legalizó el aborto fue presidida por Sergio Massa", "2020-12-30",
    ["senado-argentina", "sergio-massa"]),
  ["d27_senado_ar_20201230"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Putin's own interpreted turn in Helsinki on 16 Jul 2018 says 'the Russian state has never interfered and is not going to interfere in internal American affairs, including the election process': the opposite of the claim.",
  S("es", "Vladimir Putin admitió en Helsinki, el 16 de julio de 2018, que el Estado ruso interfirió en las elecciones presidenciales estadounidenses de 2016.",
    "vladimir-putin", "Putin admitió que el Estado ruso interfirió en las elecciones estadounidenses de 2016", "2018-07-16"),
  ["d27_wh_20180716"])

P(T, X, "Asked 'did you want President Trump to win the election?', Putin's own interpreted turn of 16 Jul 2018 answers 'Yes, I did. Yes, I did.': the same answer is told as a denial.",
  S("en", "At their joint news conference in Helsinki on July 16, 2018, Vladimir Putin denied that he had wanted Donald Trump to win the 2016 election.",
    "vladimir-putin", "Putin denied that he had wanted Trump to win the 2016 election", "2018-07-16"),
  ["d27_wh_20180716"])

P(T, X, "Bolton's own English turn on Fox News Sunday, 5 Aug 2018, says 'I can say unequivocally there was no U.S. government involvement in this at all': the claim that he did not rule it out says the opposite.",
  S("es", "John Bolton, asesor de Seguridad Nacional de la Casa Blanca, no descartó el 5 de agosto de 2018 que el Gobierno de Estados Unidos hubiera participado en el ataque con drones contra Nicolás Maduro.",
    "john-bolton", "Bolton no descartó que el Gobierno de Estados Unidos hubiera participado en el ataque con drones contra Maduro", "2018-08-05",
    channel="interview", event_type="interview"),
  ["d27_fox_20180805"])

P(T, X, "wrong act: the Cancillería's comunicado of 11 Apr 2019 tells Ecuador's act that day as the termination of asylum, adds that Assange 'deberá comparecer ante los tribunales británicos' and that Ecuador knows of no extradition request: the same decision is told as an extradition to the United States.",
  E("es", "Ecuador entregó el 11 de abril de 2019 a Julian Assange en extradición a Estados Unidos, tras casi siete años de asilo en su embajada en Londres.",
    "Ecuador entregó a Julian Assange en extradición a Estados Unidos", "2019-04-11",
    ["ecuador-government", "julian-assange", "us-government"]),
  ["d27_cancilleria_ec_20190411"])

P(T, X, "wrong act: the Senate's note of 9 Aug 2018 says it 'rechazó' the bill 'con 38 votos negativos, 31 afirmativos y 2 abstenciones'; the same vote, with the same two figures, is told as an approval.",
  E("es", "El Senado argentino aprobó la legalización del aborto el 9 de agosto de 2018, por 38 votos contra 31.",
    "el Senado aprobó la legalización del aborto por 38 votos contra 31", "2018-08-09", ["senado-argentina"]),
  ["d27_senado_ar_20180809"])

P(T, X, "wrong act: Trump's written statement of 7 Nov 2020 says 'The simple fact is this election is far from over' and announces court cases from Monday; the same statement is told as a concession.",
  S("en", "Donald Trump conceded the election to Joe Biden in a statement on November 7, 2020, hours after the race was called.",
    "donald-trump", "Trump conceded the election to Joe Biden", "2020-11-07", channel="press_release"),
  ["d27_trump_campaign_20201107"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the Helsinki news conference of 16 Jul 2018 is pinned; Trump's own turn says 'I don't see any reason why it would be', and 'wouldn't' turns round what he said there (the sentence he said the next day it 'should have been' is in another document, not in this pair).",
  Q("en", "\"I don't see any reason why it wouldn't be,\" Donald Trump said of Russia's role in the 2016 election at his news conference with Vladimir Putin in Helsinki on July 16, 2018.",
    "donald-trump", "I don't see any reason why it wouldn't be", "2018-07-16"),
  ["d27_wh_20180716"])

P(T, X, "altered quote: the debate of 31 May 2018 is pinned; Sánchez's own turn in the Diario de Sesiones says 'Mantendré los Presupuestos Generales del Estado aprobados por esta Cámara', and the added 'No' makes it the opposite pledge.",
  Q("es", "«No mantendré los Presupuestos Generales del Estado aprobados por esta Cámara», advirtió Pedro Sánchez el 31 de mayo de 2018 en el debate de la moción de censura.",
    "pedro-sanchez", "No mantendré los Presupuestos Generales del Estado aprobados por esta Cámara", "2018-05-31"),
  ["d27_dscd_20180531"])

P(T, X, "altered quote: the speech of 7 Nov 2020 is pinned; Harris's own turn says 'I will not be the last', and 'may not be' turns a certainty into a possibility.",
  Q("en", "\"While I may be the first woman in this office, I may not be the last,\" Kamala Harris said in Wilmington, Delaware, on November 7, 2020.",
    "kamala-harris", "While I may be the first woman in this office, I may not be the last", "2020-11-07"),
  ["d27_transition_20201107"])

P(T, U, "The claimed Teleamazonas interview of 12 Apr 2019 is not among the sources, and Moreno's video message of the 11th, another occasion, does not contain the sentence (it says 'La paciencia del Ecuador ha llegado a su límite').",
  Q("es", "«Nuestra paciencia se agotó hace meses», dijo Lenín Moreno en una entrevista con Teleamazonas el 12 de abril de 2019, al día siguiente de la detención de Assange.",
    "lenin-moreno", "Nuestra paciencia se agotó hace meses", "2019-04-12", channel="interview", event_type="interview"),
  ["d27_presidencia_ec_20190411"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Putin's, in his own interpreted turn of 16 Jul 2018 as he hands Trump the World Cup ball, not Trump's.",
  Q("en", "\"Now the ball is in your court,\" Donald Trump told Vladimir Putin in Helsinki on July 16, 2018.",
    "donald-trump", "Now the ball is in your court", "2018-07-16"),
  ["d27_wh_20180716"])

P(T, X, "The words are the moderator's question ('Was the U.S. government involved in this attack?') put in the first person as Bolton's statement; Bolton's answer opens 'I can say unequivocally there was no U.S. government involvement in this at all', an explicit denial in its first words, as dev23 decided.",
  Q("en", "\"The U.S. government was involved in this attack,\" National Security Adviser John Bolton said on Fox News Sunday on August 5, 2018.",
    "john-bolton", "The U.S. government was involved in this attack", "2018-08-05", channel="interview", event_type="interview"),
  ["d27_fox_20180805"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Casa Real's note of 2 Jun 2018 records the promise at the Zarzuela 'hoy'; nothing records the King receiving Sánchez on the 1st, and nothing in the claim pins the ceremony of the 2nd.",
  E("es", "El rey Felipe VI recibió a Pedro Sánchez en el Palacio de la Zarzuela el 1 de junio de 2018.",
    "Felipe VI recibió a Pedro Sánchez en el Palacio de la Zarzuela", "2018-06-01",
    ["felipe-vi", "pedro-sanchez"], event_type="meeting"),
  ["d27_casareal_20180602"])

P(T, C, "Trump's own turn in the White House transcript of 17 Jul 2018 says 'I said the word \"would\" instead of \"wouldn't\"'; the Helsinki transcript of the 16th sits next to it without moving it.",
  S("en", "Back at the White House on July 17, 2018, Donald Trump said he had used the word \"would\" when he meant \"wouldn't\" in Helsinki, when asked about Russia's election meddling.",
    "donald-trump", "Trump said he had used the word would when he meant wouldn't about Russia's meddling", "2018-07-17"),
  ["d27_wh_20180716", "d27_wh_20180717"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The words are in the statement of Director of National Intelligence Dan Coats of 16 Jul 2018; no source records Secretary of State Pompeo saying them, which the statement neither confirms nor excludes.",
  Q("en", "\"We have been clear in our assessments of Russian meddling in the 2016 election,\" Secretary of State Mike Pompeo said on July 16, 2018, after the Helsinki summit.",
    "mike-pompeo", "We have been clear in our assessments of Russian meddling in the 2016 election", "2018-07-16"),
  ["d27_odni_20180716"])

P(T, C, "May's own turn in Hansard of 11 Apr 2019 says 'This goes to show that in the United Kingdom, no one is above the law'; Javid's post of the same day, which also says 'No one is above the law', sits next to it without moving it.",
  Q("es", "«Esto demuestra que en el Reino Unido nadie está por encima de la ley», dijo Theresa May en la Cámara de los Comunes el 11 de abril de 2019, tras la detención de Julian Assange.",
    "theresa-may", "Esto demuestra que en el Reino Unido nadie está por encima de la ley", "2019-04-11"),
  ["d27_x_javid_20190411", "d27_hansard_20190411"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Senate's note of 9 Aug 2018 says it 'rechazó' the bill 'con 38 votos negativos, 31 afirmativos y 2 abstenciones'; the note on the vote of 30 Dec 2020, a similar headline, sits next to it without moving it.",
  E("es", "El Senado argentino rechazó el 9 de agosto de 2018 el proyecto de legalización del aborto, por 38 votos en contra, 31 a favor y dos abstenciones.",
    "el Senado rechazó el proyecto de legalización del aborto por 38 votos en contra, 31 a favor y dos abstenciones", "2018-08-09",
    ["senado-argentina"]),
  ["d27_senado_ar_20201230", "d27_senado_ar_20180809"])

P(T, U, "wrong act: Rajoy's own turns of 1 Jun 2018 congratulate Sánchez, wish him luck and ask forgiveness; a demand that he call elections is another act, which the record neither reports nor rules out.",
  S("es", "Mariano Rajoy exigió a Pedro Sánchez que convocara elecciones generales al reconocer su derrota en el Congreso, el 1 de junio de 2018.",
    "mariano-rajoy", "Rajoy exigió a Sánchez que convocara elecciones generales", "2018-06-01"),
  ["d27_dscd_20180601"])

P(T, U, "wrong act: Maduro's own turn of 4 Aug 2018 says the financiers live in Florida and 'Espero que el Gobierno del presidente Donald Trump esté dispuesto a combatir a estos grupos terroristas'; an extradition request is another act, which the broadcast neither reports nor rules out.",
  S("en", "Nicolás Maduro asked Donald Trump's government on August 4, 2018 to extradite the Florida-based financiers of the attack against him.",
    "nicolas-maduro", "Maduro asked Trump's government to extradite the Florida-based financiers of the attack", "2018-08-04"),
  ["d27_minci_maduro_20180804"])

P(T, U, "wrong act: the Senate's note of 30 Dec 2020 says the Senate 'sancionó' the law, and Fernández's post says the abortion 'es ley'; promulgation is the Executive's later step, which neither document reports nor rules out.",
  E("es", "Alberto Fernández promulgó el 30 de diciembre de 2020 la ley de interrupción voluntaria del embarazo, horas después de la votación en el Senado.",
    "Alberto Fernández promulgó la ley de interrupción voluntaria del embarazo", "2020-12-30",
    ["alberto-fernandez"]),
  ["d27_senado_ar_20201230", "d27_x_alferdez_20201230"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Congress's note of 1 Jun 2018 gives the result and says Ana Pastor communicated it to the King, but quotes no one; it does not confirm a sentence quoted from her.",
  Q("en", "\"The motion of censure is therefore approved,\" Congress speaker Ana Pastor announced on June 1, 2018, according to Spain's Congress of Deputies.",
    "ana-pastor", "The motion of censure is therefore approved", "2018-06-01",
    channel="press_release", confirmed_by="congreso-diputados"),
  ["d27_congreso_20180601"])

P(T, U, "The Cancillería's comunicado of 11 Apr 2019 reports Moreno's decision in its own voice and quotes no one; it does not confirm a sentence quoted from him.",
  Q("es", "«La paciencia del Ecuador ha llegado a su límite», afirmó Lenín Moreno el 11 de abril de 2019, según la Cancillería ecuatoriana.",
    "lenin-moreno", "La paciencia del Ecuador ha llegado a su límite", "2019-04-11",
    channel="press_release", confirmed_by="cancilleria-ecuador"),
  ["d27_cancilleria_ec_20190411"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El Tiempo (with EFE), a media outlet, reports the unnamed Colombian presidency source; no primary or official source is among this pair's documents.",
  S("es", "La Presidencia de Colombia respondió el 4 de agosto de 2018 que la acusación de Maduro «no tiene base» y que Santos estaba dedicado al bautizo de su nieta.",
    "colombia-presidency", "la acusación de Maduro no tiene base y Santos estaba dedicado al bautizo de su nieta", "2018-08-04"),
  ["d27_eltiempo_20180804"])

P(T, U, "Only The Guardian, a media outlet, reports the judge's words; no primary or official source is among this pair's documents.",
  E("en", "Julian Assange was found guilty of skipping bail at Westminster Magistrates' Court on April 11, 2019, and the judge called him \"a narcissist who cannot get beyond his own selfish interest\".",
    "Assange was found guilty of skipping bail and the judge called him a narcissist who cannot get beyond his own selfish interest", "2019-04-11",
    ["julian-assange"]),
  ["d27_guardian_20190411"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Rajoy's words are in the Diario de Sesiones of 1 Jun 2018; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«Ha sido un honor dejar una España mejor que la que encontré», escribió Mariano Rajoy en Twitter el 1 de junio de 2018.",
    "mariano-rajoy", "Ha sido un honor dejar una España mejor que la que encontré", "2018-06-01", channel="x", event_type="post"),
  ["d27_dscd_20180601"])

P(T, U, "Biden's words are in the transition's transcript of his speech of 7 Nov 2020; no post of his with those words is among the sources, and the claim is about Twitter.",
  Q("en", "\"I pledge to be a President who seeks not to divide, but to unify,\" Joe Biden wrote on Twitter on November 7, 2020.",
    "joe-biden", "I pledge to be a President who seeks not to divide, but to unify", "2020-11-07", channel="x", event_type="post"),
  ["d27_transition_20201107"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the message in fact names no country, asking only that Assange not be extradited 'a un país donde pueda sufrir tortura o pena de muerte', which does not change the label).",
  S("es", "Lenín Moreno no mencionó a Estados Unidos en su mensaje del 11 de abril de 2019 sobre el fin del asilo de Julian Assange.",
    "lenin-moreno", "Moreno no mencionó a Estados Unidos en su mensaje sobre el fin del asilo de Assange", "2019-04-11", absence=True),
  ["d27_presidencia_ec_20190411"])

P(T, U, "Absence claims are always unverified (here Biden in fact addresses 'those of you who voted for President Trump', which does not change the label).",
  S("en", "Joe Biden did not mention Donald Trump in his victory speech in Wilmington on November 7, 2020.",
    "joe-biden", "the victory speech did not mention Donald Trump", "2020-11-07", absence=True),
  ["d27_transition_20201107"])
