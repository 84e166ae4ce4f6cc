"""Claims, labels and notes of the twenty-third development set (dev23.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev22), applied to the documents in docs_dev23.py alone,
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

P(T, C, "Stoltenberg's own turn in NATO's transcript of his pre-summit press conference of 27 Jun 2022 says 'we will transform the NATO Response Force and increase the number of our high readiness forces to well over 300,000'.",
  S("en", "NATO will increase the number of its high readiness forces to well over 300,000, Secretary General Jens Stoltenberg told a news conference in Brussels on June 27, 2022, ahead of the alliance's summit in Madrid.",
    "jens-stoltenberg", "NATO will increase the number of its high readiness forces to well over 300,000", "2022-06-27",
    channel="press_conference", event_type="press_conference"),
  ["d23_nato_tr_20220627"])

P(T, C, "Trump's own turn in Factba.se's transcript of his remarks after the verdict of 30 May 2024 says 'This was a rigged trial by a conflicted judge who was corrupt'.",
  Q("en", "\"This was a rigged trial by a conflicted judge who was corrupt,\" Donald Trump told reporters outside the Manhattan courtroom on May 30, 2024, minutes after the jury's verdict.",
    "donald-trump", "This was a rigged trial by a conflicted judge who was corrupt", "2024-05-30"),
  ["d23_factbase_20240530"])

P(T, C, "Trump's own turn in the White House transcript of the Oval Office meeting of 28 Feb 2025 says 'You're gambling with World War III'.",
  Q("en", "\"You're gambling with World War III,\" Donald Trump told Volodymyr Zelensky in the Oval Office on February 28, 2025, as their meeting descended into a shouting match.",
    "donald-trump", "You're gambling with World War III", "2025-02-28", participants=["volodymyr-zelensky"]),
  ["d23_wh_tr_20250228"])

P(T, C, "The Legislative Assembly's note of 27 Mar 2022 says that in a plenary concluded in the early hours of that Sunday it approved a régimen de excepción 'en todo el territorio nacional por un plazo de 30 días, a solicitud del presidente de la República, Nayib Bukele'.",
  E("es", "La Asamblea Legislativa de El Salvador aprobó en la madrugada del 27 de marzo de 2022 un régimen de excepción de 30 días en todo el país, a petición del presidente Nayib Bukele.",
    "la Asamblea Legislativa aprobó un régimen de excepción de 30 días en todo el país a petición de Bukele", "2022-03-27",
    ["asamblea-legislativa-sv", "nayib-bukele"]),
  ["d23_asamblea_sv_20220327"])

P(T, C, "The Labour Ministry's note of 3 Feb 2022 says the Congress validated the labour reform that day and that the reform 'elimina el contrato por obra o servicio determinado'.",
  S("es", "La reforma laboral que el Congreso convalidó el 3 de febrero de 2022 suprime el contrato por obra o servicio, según el Ministerio de Trabajo.",
    "spain-government", "la reforma laboral convalidada suprime el contrato por obra o servicio", "2022-02-03",
    confirmed_by="spain-government"),
  ["d23_trabajo_20220203"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "The Assembly's Spanish note of 27 Mar 2022 says the decree 'suspende temporalmente la libertad de asociación y de reunión'; the English claim reports it faithfully.",
  E("en", "El Salvador's Legislative Assembly suspended the freedom of association and assembly on March 27, 2022, as part of the state of exception requested by President Nayib Bukele.",
    "the Legislative Assembly suspended the freedom of association and assembly under the state of exception", "2022-03-27",
    ["asamblea-legislativa-sv"]),
  ["d23_asamblea_sv_20220327"])

P(T, C, "Biden's own English turn in the White House transcript of 28 Jun 2022 at La Moncloa says 'the United States intends to increase the number of U.S. destroyers stationed in Rota, Spain, from four to six'; the Spanish quote is its translation.",
  Q("es", "«Estados Unidos tiene la intención de aumentar de cuatro a seis el número de destructores estadounidenses estacionados en Rota», anunció Joe Biden el 28 de junio de 2022 en el Palacio de la Moncloa.",
    "joe-biden", "Estados Unidos tiene la intención de aumentar de cuatro a seis el número de destructores estadounidenses estacionados en Rota", "2022-06-28"),
  ["d23_wh_tr_20220628"])

P(T, C, "Bragg's own English turn in his office's transcript of 30 May 2024 says 'I did my job'; the Spanish quote is its translation.",
  Q("es", "«Hice mi trabajo», se limitó a decir el fiscal de distrito de Manhattan, Alvin Bragg, el 30 de mayo de 2024, tras el veredicto contra Donald Trump.",
    "alvin-bragg", "Hice mi trabajo", "2024-05-30", channel="press_conference", event_type="press_conference"),
  ["d23_manhattan_da_20240530"])

P(T, C, "Vance's own English turn in the White House transcript of 28 Feb 2025 asks 'Have you said thank you once this entire meeting?'; the Spanish quote is its translation.",
  Q("es", "«¿Ha dicho usted gracias una sola vez en toda esta reunión?», le reprochó el vicepresidente JD Vance a Volodímir Zelenski en el Despacho Oval el 28 de febrero de 2025.",
    "jd-vance", "¿Ha dicho usted gracias una sola vez en toda esta reunión?", "2025-02-28"),
  ["d23_wh_tr_20250228"])

P(T, C, "Trump's own Truth Social post of 28 Feb 2025 (13:40 in Washington) says of Zelensky 'He can come back when he is ready for Peace'; the Spanish quote is its translation.",
  Q("es", "«Puede volver cuando esté listo para la paz», escribió Donald Trump en Truth Social el 28 de febrero de 2025 sobre Zelenski, tras echarlo de la Casa Blanca.",
    "donald-trump", "Puede volver cuando esté listo para la paz", "2025-02-28", event_type="post"),
  ["d23_truth_trump_20250228"])

P(T, C, "The presidency's Spanish note of 30 Jun 2022 says the Acta por la Paz was signed 'en la sede de la Conferencia Episcopal, en Quito', for the Government by 'el ministro de Gobierno, Francisco Jiménez', and for the CONAIE by 'su presidente, Leonidas Iza'.",
  E("en", "Ecuador's Government Minister Francisco Jiménez and CONAIE president Leonidas Iza signed the agreement that ended the Indigenous protests at the Episcopal Conference's headquarters in Quito on June 30, 2022.",
    "Francisco Jiménez and Leonidas Iza signed the agreement that ended the protests at the Episcopal Conference in Quito", "2022-06-30",
    ["francisco-jimenez-ecuador", "leonidas-iza"], event_type="signing"),
  ["d23_presidencia_ec_20220630"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Bukele's post is stamped 02:50 UTC on 27 Mar 2022, which is 20:50 on the 26th in San Salvador (UTC-6); it asks the Assembly to 'convocar a una Plenaria Extraordinaria para decretar Régimen de Excepción'.",
  S("en", "Nayib Bukele asked El Salvador's Legislative Assembly on X on March 26, 2022 to hold an extraordinary session to declare a state of exception.",
    "nayib-bukele", "Bukele asked the Legislative Assembly to hold an extraordinary session to declare a state of exception", "2022-03-26",
    channel="x", event_type="post", participants=["asamblea-legislativa-sv"]),
  ["d23_x_bukele_20220326"])

P(T, C, "Lasso's post is stamped 01:40 UTC on 1 Jul 2022, which is 20:40 on 30 Jun in Quito (UTC-5); it says 'Con la firma del Acta por la Paz con las organizaciones indígenas, hoy hemos alcanzado el valor supremo al que aspira toda sociedad: la paz en nuestro país'.",
  S("es", "Guillermo Lasso celebró en X el 30 de junio de 2022 que el país había alcanzado la paz, tras la firma del acuerdo con las organizaciones indígenas.",
    "guillermo-lasso", "el país alcanzó la paz tras el acuerdo con las organizaciones indígenas", "2022-06-30",
    channel="x", event_type="post"),
  ["d23_x_lasso_20220630"])

P(T, C, "Biden's post is stamped 00:20 UTC on 31 May 2024, which is 20:20 on the 30th in Washington (UTC-4 in May); it says 'There's only one way to keep Donald Trump out of the Oval Office: at the ballot box'.",
  S("en", "Joe Biden wrote on X on May 30, 2024, hours after the verdict, that the only way to keep Donald Trump out of the Oval Office was at the ballot box.",
    "joe-biden", "the only way to keep Donald Trump out of the Oval Office is at the ballot box", "2024-05-30",
    channel="x", event_type="post"),
  ["d23_x_biden_20240530"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Congress's note of 3 Feb 2022 gives '175 votos a favor y 174 en contra' for the validation of Royal Decree-law 32/2021.",
  E("en", "Spain's Congress of Deputies validated the government's labour reform on February 3, 2022 by 175 votes to 174.",
    "the Congress validated the labour reform by 175 votes to 174", "2022-02-03", ["congreso-diputados"]),
  ["d23_congreso_20220203"])

P(T, C, "The Assembly's note of 27 Mar 2022 says the decree 'amplía de 72 horas a 15 días el plazo máximo de la detención administrativa'.",
  S("es", "El régimen de excepción aprobado el 27 de marzo de 2022 por la Asamblea Legislativa salvadoreña amplía de 72 horas a 15 días el plazo máximo de detención administrativa.",
    "asamblea-legislativa-sv", "el régimen de excepción amplía de 72 horas a 15 días el plazo máximo de detención administrativa", "2022-03-27"),
  ["d23_asamblea_sv_20220327"])

P(T, C, "The National Assembly's note of 28 Jun 2022 says the motion to remove Lasso 'obtuvo 80 votos afirmativos' and did not reach the '92 votos' the Constitution requires.",
  E("en", "Ecuador's President Guillermo Lasso survived a removal vote in the National Assembly on June 28, 2022: the motion got 80 votes, short of the 92 needed.",
    "the motion to remove Lasso got 80 votes, short of the 92 needed", "2022-06-28",
    ["asamblea-nacional-ecuador", "guillermo-lasso"]),
  ["d23_asamblea_ec_20220628"])

P(T, X, "The Assembly's note of 27 Mar 2022 sets the régimen de excepción 'por un plazo de 30 días', not 60.",
  E("es", "La Asamblea Legislativa salvadoreña aprobó el 27 de marzo de 2022 un régimen de excepción por 60 días en todo el territorio nacional.",
    "la Asamblea aprobó un régimen de excepción por 60 días en todo el territorio nacional", "2022-03-27",
    ["asamblea-legislativa-sv"]),
  ["d23_asamblea_sv_20220327"])

P(T, X, "altered quote: Biden's own turn at La Moncloa on 28 Jun 2022 says the United States intends to increase the destroyers stationed in Rota 'from four to six'; the quote gives another figure for the same words.",
  Q("es", "«Estados Unidos tiene la intención de aumentar de cuatro a ocho el número de destructores estadounidenses estacionados en Rota», dijo Joe Biden el 28 de junio de 2022 tras reunirse con Pedro Sánchez.",
    "joe-biden", "Estados Unidos tiene la intención de aumentar de cuatro a ocho el número de destructores estadounidenses estacionados en Rota", "2022-06-28"),
  ["d23_wh_tr_20220628"])

P(T, U, "The Assembly's note of 27 Mar 2022 speaks of a 'repunte de homicidios' over the weekend but gives no figure; the claimed 87 killings are absent from the source, which neither confirms nor contradicts them.",
  E("es", "La Asamblea Legislativa aprobó el 27 de marzo de 2022 el régimen de excepción tras una ola de violencia que, según el Legislativo, dejó 87 asesinatos entre el viernes y el domingo.",
    "una ola de violencia dejó 87 asesinatos entre el viernes y el domingo", "2022-03-27",
    ["asamblea-legislativa-sv"], confirmed_by="asamblea-legislativa-sv"),
  ["d23_asamblea_sv_20220327"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The verdict is one event, pinned by the 34 counts; Bragg's own turn in the transcript of Thursday 30 May 2024 says 'Today, a jury of twelve ordinary citizens found Donald J. Trump guilty of 34 felony counts', not on the 31st.",
  E("en", "A Manhattan jury found Donald Trump guilty on all 34 felony counts on May 31, 2024.",
    "a Manhattan jury found Trump guilty on all 34 felony counts", "2024-05-31", ["donald-trump"]),
  ["d23_manhattan_da_20240530"])

P(T, X, "The announcement is one event, pinned by La Moncloa and the rise from four to six destroyers at Rota; La Moncloa's note places Biden's visit and announcement 'este martes', 28 Jun 2022, the eve of the summit, not on the 29th.",
  S("es", "Joe Biden anunció el 29 de junio de 2022, durante su visita al Palacio de la Moncloa, que Estados Unidos elevará de cuatro a seis los destructores desplegados en Rota.",
    "joe-biden", "Estados Unidos elevará de cuatro a seis los destructores desplegados en Rota", "2022-06-29",
    participants=["pedro-sanchez"]),
  ["d23_moncloa_20220628"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The validation is one vote, pinned by its 175 to 174; the Congress's note dates it 'este jueves', 3 Feb 2022, in February, not March.",
  E("en", "In March 2022, Spain's Congress approved the labour reform by a single vote, 175 to 174.",
    "Spain's Congress approved the labour reform by 175 votes to 174", "2022-03", ["congreso-diputados"]),
  ["d23_congreso_20220203"])

P(T, X, "The removal vote is pinned by its 80 votes against the 92 required; the National Assembly's note dates it 'este martes 28 de junio', in June, not July.",
  E("es", "En julio de 2022, la Asamblea Nacional de Ecuador rechazó la destitución de Guillermo Lasso: la moción obtuvo 80 votos, lejos de los 92 necesarios.",
    "la moción de destitución de Lasso obtuvo 80 votos, lejos de los 92 necesarios", "2022-07",
    ["asamblea-nacional-ecuador", "guillermo-lasso"]),
  ["d23_asamblea_ec_20220628"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The Madrid Summit Declaration of 29 Jun 2022 is one text, pinned by the new Strategic Concept; it opens 'We, the Heads of State and Government of the North Atlantic Alliance, have met in Madrid', not Brussels.",
  E("en", "Meeting in Brussels on June 29, 2022, NATO leaders endorsed a new Strategic Concept that names Russia the most significant and direct threat to allied security.",
    "NATO leaders endorsed in Brussels a new Strategic Concept naming Russia the most significant and direct threat", "2022-06-29",
    ["nato"]),
  ["d23_nato_20220629"])

P(T, X, "The meeting of 28 Feb 2025 is one event, pinned by Vance's and Trump's words; the White House transcript is of remarks 'in the Oval Office', and Vance speaks of coming 'into the Oval Office', not Mar-a-Lago.",
  E("es", "Donald Trump y Volodímir Zelenski protagonizaron el 28 de febrero de 2025 un tenso encuentro en Mar-a-Lago, en el que el vicepresidente JD Vance acusó al ucraniano de faltarle el respeto.",
    "Trump y Zelenski protagonizaron un tenso encuentro en Mar-a-Lago", "2025-02-28",
    ["donald-trump", "volodymyr-zelensky", "jd-vance"], event_type="meeting"),
  ["d23_wh_tr_20250228"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The signing of 30 Jun 2022 is pinned by the Acta por la Paz, its day and its place; the presidency's note says that for the Government 'suscribió el acta el ministro de Gobierno, Francisco Jiménez', not President Lasso.",
  E("es", "El presidente Guillermo Lasso y el líder de la CONAIE, Leonidas Iza, firmaron el 30 de junio de 2022 en Quito el Acta por la Paz que puso fin al paro.",
    "Lasso e Iza firmaron en Quito el Acta por la Paz", "2022-06-30",
    ["guillermo-lasso", "leonidas-iza"], event_type="signing"),
  ["d23_presidencia_ec_20220630"])

P(T, X, "The meeting of 28 Jun 2022 at La Moncloa is pinned by its day, its place and the destroyers at Rota; La Moncloa's note says Sánchez received Joe Biden, who made the announcement, not NATO's Secretary General.",
  E("en", "NATO Secretary General Jens Stoltenberg and Pedro Sánchez announced at La Moncloa on June 28, 2022 that the number of U.S. destroyers based at Rota would rise from four to six.",
    "Stoltenberg and Sánchez announced at La Moncloa that the U.S. destroyers at Rota would rise from four to six", "2022-06-28",
    ["jens-stoltenberg", "pedro-sanchez"], event_type="meeting"),
  ["d23_moncloa_20220628"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Zelensky's own turn in the Fox News transcript of 28 Feb 2025, asked whether he owes Trump an apology, answers 'No. I respect the President ... I'm not sure that we did something bad': the same interview, in another language, tells the opposite of the claim.",
  S("es", "Volodímir Zelenski pidió disculpas a Donald Trump en una entrevista con Fox News la noche del 28 de febrero de 2025, tras su choque en la Casa Blanca.",
    "volodymyr-zelensky", "Zelenski pidió disculpas a Trump en una entrevista con Fox News", "2025-02-28",
    channel="interview", event_type="interview", participants=["donald-trump"]),
  ["d23_fox_tr_20250228"])

P(T, X, "Lasso's own turn in his message of 28 Jun 2022 says 'No volveremos a sentarnos a dialogar con Leonidas Iza': the opposite, in another language, of the claim.",
  S("en", "President Guillermo Lasso said on June 28, 2022 that his government would return to the negotiating table with CONAIE leader Leonidas Iza.",
    "guillermo-lasso", "the government will return to the negotiating table with Leonidas Iza", "2022-06-28",
    participants=["leonidas-iza"]),
  ["d23_presidencia_ec_20220628"])

P(T, X, "Trump's own turns of 30 May 2024 call it 'a rigged trial by a conflicted judge who was corrupt' and say 'The real verdict is going to be November 5th by the people': a paraphrased denial of the claim that he accepted the verdict.",
  S("es", "Donald Trump aceptó el 30 de mayo de 2024 el veredicto del jurado de Nueva York que lo declaró culpable.",
    "donald-trump", "Trump aceptó el veredicto del jurado", "2024-05-30"),
  ["d23_factbase_20240530"])

P(T, X, "wrong act: the Congress's note of 3 Feb 2022 says the Pleno 'ha convalidado' the labour reform 'con 175 votos a favor y 174 en contra'; the same one-vote result is told as the reform's defeat.",
  E("es", "El Congreso tumbó el 3 de febrero de 2022 la reforma laboral del Gobierno por un solo voto.",
    "el Congreso tumbó la reforma laboral por un solo voto", "2022-02-03", ["congreso-diputados"]),
  ["d23_congreso_20220203"])

P(T, X, "wrong act: the National Assembly's note of 28 Jun 2022 says the motion to remove Lasso got 80 votes, did not reach the 92 required 'por lo que fue archivada'; the same vote is told as his removal.",
  E("en", "Ecuador's National Assembly voted on June 28, 2022 to remove President Guillermo Lasso from office.",
    "the National Assembly voted to remove Lasso from office", "2022-06-28",
    ["asamblea-nacional-ecuador", "guillermo-lasso"]),
  ["d23_asamblea_ec_20220628"])

P(T, X, "wrong act: the presidency's note of 30 Jun 2022 says that under the Acta por la Paz 'el precio de los combustibles se reduce en 15 centavos por galón' (Extra and Ecopaís from 2.55 to 2.40 dollars, diesel from 1.90 to 1.75); the same agreement is told as a freeze, which leaves prices where they were.",
  E("en", "Ecuador's government and Indigenous organisations agreed on June 30, 2022 to freeze fuel prices, as part of the deal that ended the protests.",
    "the government and Indigenous organisations agreed to freeze fuel prices", "2022-06-30",
    ["ecuador-government", "conaie"]),
  ["d23_presidencia_ec_20220630"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Lasso's message of 28 Jun 2022 is pinned; his own turn says 'No volveremos a sentarnos a dialogar con Leonidas Iza', and the quote drops the 'No'.",
  Q("es", "«Volveremos a sentarnos a dialogar con Leonidas Iza», afirmó Guillermo Lasso el 28 de junio de 2022, tras el ataque a un convoy militar en Shushufindi.",
    "guillermo-lasso", "Volveremos a sentarnos a dialogar con Leonidas Iza", "2022-06-28"),
  ["d23_presidencia_ec_20220628"])

P(T, X, "altered quote: the Madrid Summit Declaration of 29 Jun 2022 is pinned; it says 'The Russian Federation is the most significant and direct threat to Allies' security', and of China only that its 'stated ambitions and coercive policies challenge our interests, security and values'; the quote puts China in Russia's place.",
  Q("en", "NATO leaders declared in Madrid on June 29, 2022 that \"the People's Republic of China is the most significant and direct threat to Allies' security.\"",
    "nato", "the People's Republic of China is the most significant and direct threat to Allies' security", "2022-06-29"),
  ["d23_nato_20220629"])

P(T, X, "altered quote: the Fox News interview of 28 Feb 2025 is pinned; Zelensky's own turn says 'I'm not sure that we did something bad', and the quote drops the 'not'.",
  Q("en", "\"I'm sure that we did something bad,\" Volodymyr Zelensky told Fox News on February 28, 2025, hours after his clash with Donald Trump.",
    "volodymyr-zelensky", "I'm sure that we did something bad", "2025-02-28", channel="interview", event_type="interview"),
  ["d23_fox_tr_20250228"])

P(T, U, "The claimed Telemundo interview of 27 Mar 2022 is not among the sources, and Bukele's post of the night before (stamped 27 Mar in UTC), another occasion, does not contain the words.",
  Q("es", "«Esta guerra contra las pandillas la vamos a ganar», aseguró Nayib Bukele en una entrevista con Telemundo el 27 de marzo de 2022.",
    "nayib-bukele", "Esta guerra contra las pandillas la vamos a ganar", "2022-03-27", channel="interview", event_type="interview"),
  ["d23_x_bukele_20220326"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's in the White House transcript of 28 Feb 2025 ('your critics say that you are aligned with Putin'), claimed in the first person as Trump's admission, and Trump answers 'I'm not aligned with Putin. I'm not aligned with anybody.'",
  Q("es", "«Estoy alineado con Putin», reconoció Donald Trump el 28 de febrero de 2025 en el Despacho Oval, ante Volodímir Zelenski.",
    "donald-trump", "Estoy alineado con Putin", "2025-02-28"),
  ["d23_wh_tr_20250228"])

P(T, U, "The words are Sánchez's, in his own interpreted turn of the White House transcript of 28 Jun 2022 ('Spain is a committed, loyal and reliable ally'), not Biden's.",
  Q("en", "\"Spain is a committed, loyal and reliable ally,\" Joe Biden said at La Moncloa on June 28, 2022.",
    "joe-biden", "Spain is a committed, loyal and reliable ally", "2022-06-28"),
  ["d23_wh_tr_20220628"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "Biden's own turn in the White House transcript of his press conference of 30 Jun 2022 says 'we intend to announce more than $800 million in new security assistance for Ukraine'; the summit declaration of the 29th sits next to it without moving it.",
  S("en", "At a news conference closing the NATO summit in Madrid on June 30, 2022, Joe Biden said the United States would announce more than $800 million in new security assistance for Ukraine.",
    "joe-biden", "the United States will announce more than $800 million in new security assistance for Ukraine", "2022-06-30",
    channel="press_conference", event_type="press_conference"),
  ["d23_nato_20220629", "d23_wh_tr_20220630"])

P(T, U, "The White House transcript records the Oval Office meeting of 28 Feb 2025, and Trump's post of that day says Zelensky 'can come back when he is ready for Peace'; nothing records a meeting on 1 March, and nothing in the claim pins the meeting of the 28th.",
  E("es", "Donald Trump y Volodímir Zelenski se reunieron en la Casa Blanca el 1 de marzo de 2025.",
    "Trump y Zelenski se reunieron en la Casa Blanca", "2025-03-01",
    ["donald-trump", "volodymyr-zelensky"], event_type="meeting"),
  ["d23_wh_tr_20250228", "d23_truth_trump_20250228"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The White House transcript of 28 Jun 2022 records Biden's announcement on the destroyers at Rota; no source records Defence Minister Margarita Robles announcing it, which the transcript neither confirms nor excludes.",
  S("es", "La ministra de Defensa, Margarita Robles, anunció el 28 de junio de 2022 que Estados Unidos aumentará de cuatro a seis los destructores desplegados en Rota.",
    "margarita-robles", "Estados Unidos aumentará de cuatro a seis los destructores desplegados en Rota", "2022-06-28"),
  ["d23_wh_tr_20220628"])

P(T, C, "Bragg's own turn in his office's transcript of 30 May 2024 says 'Our job is to follow the facts without fear or favor'; Trump's remarks of the same evening sit next to it without moving it.",
  Q("en", "\"Our job is to follow the facts without fear or favor,\" Manhattan District Attorney Alvin Bragg said on May 30, 2024, after the jury convicted Donald Trump.",
    "alvin-bragg", "Our job is to follow the facts without fear or favor", "2024-05-30",
    channel="press_conference", event_type="press_conference"),
  ["d23_factbase_20240530", "d23_manhattan_da_20240530"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Madrid Summit Declaration of 29 Jun 2022 says 'We have endorsed a new Strategic Concept. The Russian Federation is the most significant and direct threat to Allies' security'; Stoltenberg's pre-summit press conference of the 27th, which announces it, sits next to it without moving it.",
  E("es", "La OTAN aprobó el 29 de junio de 2022, en su cumbre de Madrid, un nuevo Concepto Estratégico que define a Rusia como la amenaza más significativa y directa para la seguridad de los aliados.",
    "la OTAN aprobó en Madrid un nuevo Concepto Estratégico que define a Rusia como la amenaza más significativa y directa", "2022-06-29",
    ["nato"]),
  ["d23_nato_tr_20220627", "d23_nato_20220629"])

P(T, U, "wrong act: Trump's post of 28 Feb 2025 says Zelensky 'can come back when he is ready for Peace' and says nothing of the minerals agreement; its signature is another act, which the post neither reports nor rules out.",
  E("en", "Donald Trump and Volodymyr Zelensky signed the minerals agreement at the White House on February 28, 2025, before their meeting broke down.",
    "Trump and Zelensky signed the minerals agreement at the White House", "2025-02-28",
    ["donald-trump", "volodymyr-zelensky"], event_type="signing"),
  ["d23_truth_trump_20250228"])

P(T, U, "wrong act: La Moncloa's note of 28 Jun 2022 says Sánchez and Biden signed 'una Declaración Conjunta'; a new defence agreement, the binding instrument, is another act, which the note neither reports nor rules out.",
  E("es", "Pedro Sánchez y Joe Biden firmaron el 28 de junio de 2022 en La Moncloa un nuevo convenio de defensa entre España y Estados Unidos.",
    "Sánchez y Biden firmaron un nuevo convenio de defensa entre España y Estados Unidos", "2022-06-28",
    ["pedro-sanchez", "joe-biden"], event_type="signing"),
  ["d23_moncloa_20220628"])

P(T, U, "wrong act: the Assembly's note of 27 Mar 2022 lists the guarantees the régimen de excepción suspends and the longer administrative detention; a curfew is another measure, which the note neither reports nor rules out.",
  E("es", "La Asamblea Legislativa de El Salvador decretó el 27 de marzo de 2022 un toque de queda en todo el país para frenar la ola de homicidios.",
    "la Asamblea Legislativa decretó un toque de queda en todo el país", "2022-03-27",
    ["asamblea-legislativa-sv"]),
  ["d23_asamblea_sv_20220327"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Assembly's note of 27 Mar 2022 reports the decree in its own voice and quotes no one; it does not confirm a sentence quoted from Bukele.",
  Q("en", "\"We will not back down in this war against the gangs,\" Nayib Bukele said, according to a statement by El Salvador's Legislative Assembly on March 27, 2022.",
    "nayib-bukele", "We will not back down in this war against the gangs", "2022-03-27",
    channel="press_release", confirmed_by="asamblea-legislativa-sv"),
  ["d23_asamblea_sv_20220327"])

P(T, U, "The presidency's note of 30 Jun 2022 reports the Acta por la Paz in its own voice and quotes no one; it does not confirm a sentence quoted from Iza.",
  Q("en", "\"This is a victory for the people who took to the streets,\" Leonidas Iza said after signing the agreement on June 30, 2022, according to Ecuador's presidency.",
    "leonidas-iza", "This is a victory for the people who took to the streets", "2022-06-30",
    channel="press_release", confirmed_by="ecuador-presidency"),
  ["d23_presidencia_ec_20220630"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El País, a media outlet, reports that Judge Merchan set the sentencing for 11 July; no primary or official source is among this pair's documents.",
  S("es", "El juez Juan Merchan fijó el 30 de mayo de 2024 para el 11 de julio la lectura de la sentencia contra Donald Trump.",
    "juan-merchan", "la lectura de la sentencia contra Trump será el 11 de julio", "2024-05-30"),
  ["d23_elpais_20240530"])

P(T, U, "Only Reuters, a media outlet, reports Casero's mistaken vote and his party's explanation; no primary or official source is among this pair's documents.",
  S("en", "Alberto Casero, a People's Party lawmaker, voted in favour of Spain's labour reform by mistake on February 3, 2022, his party said.",
    "alberto-casero", "Casero voted in favour of the labour reform by mistake", "2022-02-03"),
  ["d23_reuters_20220203"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Stoltenberg's words are in NATO's transcript of his press conference of 27 Jun 2022; no post of his is among the sources, and the claim is about X.",
  S("en", "Jens Stoltenberg wrote on X on June 27, 2022 that NATO would increase its high readiness forces to well over 300,000.",
    "jens-stoltenberg", "NATO will increase its high readiness forces to well over 300,000", "2022-06-27",
    channel="x", event_type="post"),
  ["d23_nato_tr_20220627"])

P(T, U, "Lasso's words are in the presidency's transcript of his message of 28 Jun 2022; no post of his is among the sources, and the claim is about X.",
  Q("es", "«No volveremos a sentarnos a dialogar con Leonidas Iza», escribió Guillermo Lasso en X el 28 de junio de 2022.",
    "guillermo-lasso", "No volveremos a sentarnos a dialogar con Leonidas Iza", "2022-06-28",
    channel="x", event_type="post"),
  ["d23_presidencia_ec_20220628"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the remarks in fact speak of 'a conflicted judge who was corrupt', without naming him).",
  S("es", "Donald Trump no se refirió al juez en sus declaraciones ante la prensa tras conocer el veredicto, el 30 de mayo de 2024.",
    "donald-trump", "Trump no se refirió al juez en sus declaraciones tras el veredicto", "2024-05-30", absence=True),
  ["d23_factbase_20240530"])

P(T, U, "Absence claims are always unverified (here the post in fact cites 'el Art. 29 de nuestra Constitución').",
  S("en", "Nayib Bukele did not cite any article of the Constitution when he asked lawmakers for a state of exception on March 26, 2022.",
    "nayib-bukele", "Bukele did not cite any article of the Constitution in his request", "2022-03-26", absence=True),
  ["d23_x_bukele_20220326"])
