"""true_claim, true_translated and utc_date_shift pairs (all confirmed)."""

from pairs_common import E, P, Q, S

C = "confirmed"

# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Sheinbaum's own X post of 3 Feb 2025 (10:29 Mexico City) contains the quoted sentence word for word.",
  Q("es", "«Tuvimos una buena conversación con el presidente Trump con mucho respeto a nuestra relación y la soberanía», escribió Sheinbaum en su cuenta de X el 3 de febrero.",
    "claudia-sheinbaum", "Tuvimos una buena conversación con el presidente Trump con mucho respeto a nuestra relación y la soberanía",
    "2025-02-03", channel="x", event_type="post"),
  ["x_sheinbaum_20250203"])

P(T, C, "Sheinbaum's own post and her same-day press conference both state the one-month tariff pause after the call; the EFE article only adds context.",
  S("es", "La presidenta Claudia Sheinbaum anunció el 3 de febrero que los aranceles estadounidenses se pausan por un mes tras su conversación con Donald Trump.",
    "claudia-sheinbaum", "los aranceles se pausan por un mes tras su conversación con Trump", "2025-02-03"),
  ["x_sheinbaum_20250203", "efe_20250203"])

P(T, C, "Trump's own Truth Social post of 3 Feb 2025 contains 'It was a very friendly conversation'.",
  Q("en", "Trump described the call as \"a very friendly conversation\" in a post on Feb. 3.",
    "donald-trump", "a very friendly conversation", "2025-02-03", event_type="post"),
  ["truth_trump_20250203"])

P(T, C, "Trump's own post of 3 Feb 2025 reports the call with Sheinbaum and the one-month pause; participants, date and content match.",
  E("en", "Trump and Sheinbaum spoke by phone on February 3, 2025, and agreed to pause the planned tariffs for one month.",
    "Trump and Sheinbaum spoke by phone and agreed to pause the planned tariffs for one month", "2025-02-03",
    ["donald-trump", "claudia-sheinbaum"], event_type="call", channel="phone_call"),
  ["truth_trump_20250203"])

P(T, C, "The verbatim transcript of the 3 Feb press conference has Sheinbaum saying exactly these words in her own turn.",
  Q("es", "En su conferencia matutina del 3 de febrero, Sheinbaum dijo: «Se pausan los aranceles por un mes a partir de ahora».",
    "claudia-sheinbaum", "Se pausan los aranceles por un mes a partir de ahora", "2025-02-03", channel="press_conference",
    event_type="press_conference"),
  ["mananera_20250203"])

P(T, C, "The White House fact sheet of 1 Feb 2025 states both rates; it is the White House's own release.",
  S("en", "The White House said on February 1 that Trump was imposing an additional 25% tariff on imports from Mexico and Canada and 10% on imports from China.",
    "white-house", "Trump is imposing an additional 25% tariff on imports from Mexico and Canada and 10% on imports from China",
    "2025-02-01", channel="press_release"),
  ["wh_factsheet_20250201"])

P(T, C, "Sheinbaum's own X post of 6 Mar 2025 opens with these words.",
  Q("es", "«Tuvimos una excelente y respetuosa llamada con el presidente Trump», publicó Sheinbaum en X el 6 de marzo.",
    "claudia-sheinbaum", "Tuvimos una excelente y respetuosa llamada con el presidente Trump", "2025-03-06",
    channel="x", event_type="post"),
  ["x_sheinbaum_20250306"])

P(T, C, "Trump's own post of 6 Mar 2025 contains the quoted words and the April 2 limit.",
  Q("en", "Trump wrote on March 6 that \"Mexico will not be required to pay Tariffs on anything that falls under the USMCA Agreement,\" an exemption he said runs until April 2.",
    "donald-trump", "Mexico will not be required to pay Tariffs on anything that falls under the USMCA Agreement",
    "2025-03-06", event_type="post"),
  ["truth_trump_20250306"])

P(T, C, "Sheinbaum's X post of 31 Jul 2025 (09:52 Mexico City) states both the avoided increase and the 90 days.",
  S("es", "Sheinbaum informó el 31 de julio que México evitó el aumento de aranceles previsto para el 1 de agosto y obtuvo 90 días para negociar un acuerdo de largo plazo.",
    "claudia-sheinbaum", "México evitó el aumento de aranceles previsto para el día siguiente y obtuvo 90 días para construir un acuerdo de largo plazo",
    "2025-07-31"),
  ["x_sheinbaum_20250731"])

P(T, C, "The Justice Department's own release of 27 Feb 2025 reports the transfer of 29 defendants including Caro Quintero.",
  E("en", "Mexico transferred 29 cartel figures to the United States on February 27, 2025, including Rafael Caro Quintero, the Justice Department said.",
    "Mexico transferred 29 cartel figures, including Rafael Caro Quintero, to the United States", "2025-02-27",
    ["mexican-government", "us-government"], confirmed_by="us-doj"),
  ["doj_20250227"])

P(T, C, "The Security Cabinet's own comunicado of 12 Aug 2025 reports 26 people sent to the US that day.",
  E("es", "El Gabinete de Seguridad informó que el 12 de agosto fueron trasladadas a Estados Unidos 26 personas vinculadas a organizaciones criminales.",
    "fueron trasladadas a Estados Unidos 26 personas vinculadas a organizaciones criminales", "2025-08-12",
    ["mexican-government", "us-government"], confirmed_by="gabinete-seguridad-mx"),
  ["gabinete_20250812"])

P(T, C, "García Harfuch's own X post of 12 Aug 2025 (15:30 Mexico City) contains the quoted phrase.",
  Q("es", "García Harfuch escribió en X el 12 de agosto que el traslado se hizo «en coordinación bilateral y con pleno respeto a nuestra soberanía».",
    "omar-garcia-harfuch", "en coordinación bilateral y con pleno respeto a nuestra soberanía", "2025-08-12",
    channel="x", event_type="post"),
  ["x_harfuch_20250812"])

P(T, C, "The State Department readout of 3 Sep 2025 records the meeting at the National Palace that day.",
  E("en", "Secretary of State Marco Rubio met Mexican President Claudia Sheinbaum at the National Palace in Mexico City on September 3, 2025.",
    "Rubio met Sheinbaum at the National Palace in Mexico City", "2025-09-03",
    ["marco-rubio", "claudia-sheinbaum"], event_type="meeting"),
  ["state_readout_20250903"])

P(T, C, "The State Department's verbatim transcript has Rubio saying these words in his own turn at the 3 Sep press availability.",
  Q("en", "\"This is the closest security cooperation we have ever had with Mexico,\" Rubio told reporters in Mexico City on Sept. 3.",
    "marco-rubio", "this is the closest security cooperation we have ever had with Mexico", "2025-09-03",
    channel="press_conference", event_type="press_conference"),
  ["transcript_20250903"])

P(T, C, "The SRE's own joint communiqué of 3 Sep 2025 announces the high-level Security Implementation Group.",
  S("es", "La Cancillería informó el 3 de septiembre que México y Estados Unidos establecieron un Grupo de Implementación de Seguridad de alto nivel.",
    "sre", "México y Estados Unidos establecieron un Grupo de Implementación de Seguridad de alto nivel", "2025-09-03",
    channel="press_release"),
  ["sre_20250903"])

P(T, C, "The State Department readout of 4 Sep 2025 records the meeting with Noboa in Quito.",
  E("en", "Rubio met Ecuadorian President Daniel Noboa in Quito on September 4.",
    "Rubio met Noboa in Quito", "2025-09-04", ["marco-rubio", "daniel-noboa"], event_type="meeting"),
  ["state_readout_20250904"])

P(T, C, "Rubio's own X post of 2 Sep 2025 contains the quoted words.",
  Q("en", "Rubio posted on X on Sept. 2 that the military had conducted \"a lethal strike in the southern Caribbean against a drug vessel which had departed from Venezuela.\"",
    "marco-rubio", "a lethal strike in the southern Caribbean against a drug vessel which had departed from Venezuela",
    "2025-09-02", channel="x", event_type="post"),
  ["x_rubio_20250902"])

P(T, C, "Petro's own X post of 26 Jan 2025 (08:18 Bogotá) contains the sentence.",
  Q("es", "«Un migrante no es un delincuente y debe ser tratado con la dignidad que un ser humano merece», escribió Petro en X el 26 de enero.",
    "gustavo-petro", "Un migrante no es un delincuente y debe ser tratado con la dignidad que un ser humano merece",
    "2025-01-26", channel="x", event_type="post"),
  ["x_petro_20250126"])

P(T, C, "Trump's own post of 26 Jan 2025 announces the 25% emergency tariffs rising to 50% in a week.",
  S("en", "Trump announced on January 26 emergency 25% tariffs on all Colombian goods, to be raised to 50% in one week.",
    "donald-trump", "emergency 25% tariffs on all goods from Colombia, raised to 50% in one week", "2025-01-26"),
  ["truth_trump_20250126"])

P(T, C, "The State Department readout (Rubio's own department) records that he made clear the status quo is unacceptable; a statement, not a quote.",
  S("en", "Rubio told Panama's president on February 2 that the status quo at the canal was unacceptable and that, absent immediate changes, the United States would take measures to protect its rights under the treaty.",
    "marco-rubio", "the status quo is unacceptable and absent immediate changes the United States would take measures to protect its rights under the treaty",
    "2025-02-02"),
  ["state_readout_20250202"])

P(T, C, "The verbatim transcript of Mulino's 6 Feb press conference contains the quoted words in his turn.",
  Q("es", "Mulino afirmó el 6 de febrero que Washington está «haciendo comunicados importantes en función de una falsedad, y eso es simple y sencillamente intolerable».",
    "jose-raul-mulino", "haciendo comunicados importantes en función de una falsedad, y eso es simple y sencillamente intolerable",
    "2025-02-06", channel="press_conference", event_type="press_conference"),
  ["mulino_conf_20250206"])

P(T, C, "Bukele's own X post of 16 Mar 2025 (07:50 San Salvador) contains the sentence.",
  Q("en", "\"The United States will pay a very low fee for them, but a high one for us,\" Bukele wrote on X on March 16.",
    "nayib-bukele", "The United States will pay a very low fee for them, but a high one for us", "2025-03-16",
    channel="x", event_type="post"),
  ["x_bukele_20250316"])

P(T, C, "The White House verbatim transcript has Bukele saying this in his own turn in the Oval Office on 14 Apr 2025.",
  Q("en", "\"I don't have the power to return him to the United States,\" Bukele said in the Oval Office on April 14.",
    "nayib-bukele", "I don't have the power to return him to the United States", "2025-04-14", event_type="meeting"),
  ["wh_transcript_20250414"])

P(T, C, "The White House transcript of 14 Apr 2025 has Rubio saying this sentence in his own turn.",
  Q("en", "Rubio said on April 14 that \"the foreign policy of the United States is conducted by the President of the United States, not by a court.\"",
    "marco-rubio", "the foreign policy of the United States is conducted by the President of the United States, not by a court",
    "2025-04-14"),
  ["wh_transcript_20250414"])

P(T, C, "Trump's own tweet of 30 May 2019 (19:30 Washington) states the 5% tariff from June 10.",
  Q("en", "Trump tweeted on May 30, 2019: \"On June 10th, the United States will impose a 5% Tariff on all goods coming into our Country from Mexico.\"",
    "donald-trump", "On June 10th, the United States will impose a 5% Tariff on all goods coming into our Country from Mexico",
    "2019-05-30", channel="x", event_type="post"),
  ["x_trump_20190530"])

P(T, C, "The joint declaration of 7 Jun 2019 states Mexico's commitment to deploy the National Guard with priority on the southern border.",
  E("en", "Under the June 7, 2019 joint declaration, Mexico committed to deploy its National Guard throughout the country, giving priority to its southern border.",
    "Mexico committed to deploy its National Guard throughout the country, giving priority to its southern border",
    "2019-06-07", ["mexican-government", "us-government"], event_type="signing"),
  ["joint_decl_20190607"])

P(T, C, "Trump's own tweet of 5 Nov 2019 contains the quoted sentence.",
  Q("en", "After the LeBarón killings, Trump tweeted on November 5, 2019: \"This is the time for Mexico, with the help of the United States, to wage WAR on the drug cartels and wipe them off the face of the earth.\"",
    "donald-trump", "This is the time for Mexico, with the help of the United States, to wage WAR on the drug cartels and wipe them off the face of the earth",
    "2019-11-05", channel="x", event_type="post"),
  ["x_trump_20191105"])

P(T, C, "The White House verbatim transcript of 7 Jun 2021 has Harris saying 'Do not come. Do not come.'",
  Q("en", "Harris told would-be migrants in Guatemala City on June 7, 2021: \"Do not come. Do not come.\"",
    "kamala-harris", "Do not come. Do not come.", "2021-06-07", channel="press_conference", event_type="press_conference"),
  ["wh_transcript_20210607"])

P(T, C, "The joint statement names the three US cabinet members, Ebrard, Mexico City and 8 Oct 2021.",
  E("en", "Blinken, Mayorkas and Garland met Mexican Foreign Secretary Marcelo Ebrard in Mexico City on October 8, 2021, for the High-Level Security Dialogue.",
    "Blinken, Mayorkas and Garland met Ebrard in Mexico City for the High-Level Security Dialogue", "2021-10-08",
    ["antony-blinken", "alejandro-mayorkas", "merrick-garland", "marcelo-ebrard"], event_type="meeting"),
  ["joint_stmt_20211008"])

P(T, C, "The Mexican presidency's verbatim transcript of 9 Jan 2023 contains the phrase in López Obrador's turn.",
  Q("es", "López Obrador pidió a Biden el 9 de enero de 2023 que «es el momento de terminar con ese olvido, ese abandono, ese desdén hacia América Latina y el Caribe».",
    "andres-manuel-lopez-obrador", "es el momento de terminar con ese olvido, ese abandono, ese desdén hacia América Latina y el Caribe",
    "2023-01-09", event_type="meeting"),
  ["gob_transcript_20230109"])

P(T, C, "The joint communiqué published 28 Dec 2023 says the president received the delegation 'yesterday', i.e. 27 Dec, and names its three leaders.",
  E("en", "López Obrador received Blinken, Mayorkas and Sherwood-Randall in Mexico City on December 27, 2023.",
    "López Obrador received Blinken, Mayorkas and Sherwood-Randall in Mexico City", "2023-12-27",
    ["andres-manuel-lopez-obrador", "antony-blinken", "alejandro-mayorkas", "elizabeth-sherwood-randall"], event_type="meeting"),
  ["joint_communique_20231228"])

P(T, C, "The Justice Department release of 25 Jul 2024 reports both arrests in El Paso that day.",
  E("en", "Ismael \"El Mayo\" Zambada and Joaquín Guzmán López were taken into custody in El Paso, Texas, on July 25, 2024, the Justice Department said.",
    "Zambada and Guzmán López were taken into custody in El Paso, Texas", "2024-07-25", confirmed_by="us-doj"),
  ["doj_20240725"])

P(T, C, "Blinken's own press statement of 1 Aug 2024 contains the quoted words.",
  Q("en", "Blinken said on August 1, 2024 that \"Edmundo González Urrutia won the most votes in Venezuela's July 28 presidential election.\"",
    "antony-blinken", "Edmundo González Urrutia won the most votes in Venezuela's July 28 presidential election",
    "2024-08-01", channel="press_release"),
  ["blinken_stmt_20240801"])

P(T, C, "Trump's own White House statement of 23 Jan 2019 opens with this sentence.",
  Q("en", "\"Today, I am officially recognizing the President of the Venezuelan National Assembly, Juan Guaido, as the Interim President of Venezuela,\" Trump said on January 23, 2019.",
    "donald-trump", "Today, I am officially recognizing the President of the Venezuelan National Assembly, Juan Guaido, as the Interim President of Venezuela",
    "2019-01-23", channel="press_release"),
  ["wh_stmt_20190123"])

P(T, C, "The SRE verbatim transcript of 11 Nov 2019 has Ebrard saying these words in his own turn.",
  Q("es", "Ebrard anunció el 11 de noviembre de 2019: «México ha decidido otorgar asilo político al señor Evo Morales, por razones humanitarias».",
    "marcelo-ebrard", "México ha decidido otorgar asilo político al señor Evo Morales, por razones humanitarias",
    "2019-11-11", channel="press_conference", event_type="press_conference"),
  ["ebrard_conf_20191111"])

P(T, C, "The verbatim transcript of the 6 Jun 2022 press conference contains the words in López Obrador's turn.",
  Q("es", "«No voy a la Cumbre porque no se invita a todos los países de América», dijo López Obrador el 6 de junio de 2022.",
    "andres-manuel-lopez-obrador", "No voy a la Cumbre porque no se invita a todos los países de América", "2022-06-06",
    channel="press_conference", event_type="press_conference"),
  ["mananera_20220606"])

P(T, C, "The verbatim transcript of the 8 Aug 2025 press conference contains the sentence in Sheinbaum's turn.",
  Q("es", "«Estados Unidos no va a venir a México con los militares», aseguró Sheinbaum el 8 de agosto en su conferencia matutina.",
    "claudia-sheinbaum", "Estados Unidos no va a venir a México con los militares", "2025-08-08",
    channel="press_conference", event_type="press_conference"),
  ["mananera_20250808"])

P(T, C, "The verbatim transcript of the Texcoco event of 3 May 2025 contains the phrase in Sheinbaum's turn.",
  Q("es", "Sheinbaum relató el 3 de mayo que respondió a Trump que «la soberanía no se vende, la soberanía se ama y se defiende».",
    "claudia-sheinbaum", "la soberanía no se vende, la soberanía se ama y se defiende", "2025-05-03"),
  ["texcoco_20250503"])

P(T, C, "Factba.se's verbatim transcript of the 7 Jan 2025 Mar-a-Lago press conference has Trump saying this.",
  Q("en", "\"We're going to be changing the name of the Gulf of Mexico to the Gulf of America, which has a beautiful ring,\" Trump said on January 7.",
    "donald-trump", "We're going to be changing the name of the Gulf of Mexico to the Gulf of America, which has a beautiful ring",
    "2025-01-07", channel="press_conference", event_type="press_conference"),
  ["factbase_20250107"])

P(T, C, "The verbatim transcript of the 8 Jan 2025 press conference has Sheinbaum saying these words.",
  Q("es", "«¿Por qué no le llamamos América Mexicana? Se oye bonito», ironizó Sheinbaum el 8 de enero.",
    "claudia-sheinbaum", "¿Por qué no le llamamos América Mexicana? Se oye bonito", "2025-01-08",
    channel="press_conference", event_type="press_conference"),
  ["mananera_20250108"])

P(T, C, "The verbatim transcript of 20 Jan 2025 has De la Fuente calling it a unilateral decision that Mexico does not share.",
  S("es", "El canciller De la Fuente dijo el 20 de enero que reinstaurar Quédate en México sería una decisión unilateral de Estados Unidos que México no comparte.",
    "juan-ramon-de-la-fuente", "reinstaurar Quédate en México es una decisión unilateral de Estados Unidos que México no comparte",
    "2025-01-20", channel="press_conference"),
  ["mananera_20250120"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Sheinbaum's Spanish X post says the same words ('reforzará la frontera norte con 10 mil elementos de la Guardia Nacional de forma inmediata').",
  Q("en", "Sheinbaum wrote on X on Feb. 3 that \"Mexico will reinforce the northern border with 10,000 National Guard troops immediately.\"",
    "claudia-sheinbaum", "Mexico will reinforce the northern border with 10,000 National Guard troops immediately",
    "2025-02-03", channel="x", event_type="post"),
  ["x_sheinbaum_20250203"])

P(T, C, "Sheinbaum's Spanish post of 31 Jul 2025 says these words ('Evitamos el aumento de aranceles anunciado para mañana y logramos 90 días...').",
  Q("en", "\"We avoided the tariff increase announced for tomorrow and secured 90 days to build a long-term agreement through dialogue,\" Sheinbaum wrote on July 31.",
    "claudia-sheinbaum", "We avoided the tariff increase announced for tomorrow and secured 90 days to build a long-term agreement through dialogue",
    "2025-07-31", event_type="post"),
  ["x_sheinbaum_20250731"])

P(T, C, "Trump's English post of 31 Jul 2025 states the three rates; the Spanish claim reports them faithfully.",
  S("es", "Trump aseguró el 31 de julio que México seguirá pagando un arancel de 25 % por el fentanilo, de 25 % a los automóviles y de 50 % al acero, el aluminio y el cobre.",
    "donald-trump", "México seguirá pagando un arancel de 25 % por el fentanilo, 25 % a los automóviles y 50 % al acero, aluminio y cobre",
    "2025-07-31"),
  ["truth_trump_20250731"])

P(T, C, "'la cooperación en seguridad más estrecha que hemos tenido jamás con México' translates Rubio's own words in the verbatim transcript.",
  Q("es", "Rubio afirmó el 3 de septiembre en la Ciudad de México que esta es «la cooperación en seguridad más estrecha que hemos tenido jamás con México».",
    "marco-rubio", "la cooperación en seguridad más estrecha que hemos tenido jamás con México", "2025-09-03",
    channel="press_conference"),
  ["transcript_20250903"])

P(T, C, "The SRE's Spanish communiqué lists exactly these four principles.",
  S("en", "Mexico's Foreign Ministry said on September 3 that security cooperation with the United States is guided by reciprocity, respect for sovereignty and territorial integrity, shared and differentiated responsibility, and mutual trust.",
    "sre", "security cooperation is guided by reciprocity, respect for sovereignty and territorial integrity, shared and differentiated responsibility, and mutual trust",
    "2025-09-03", channel="press_release"),
  ["sre_20250903"])

P(T, C, "The State Department's English readout records the meeting at the National Palace on 3 Sep 2025.",
  E("es", "Rubio se reunió con la presidenta Sheinbaum en Palacio Nacional el 3 de septiembre de 2025.",
    "Rubio se reunió con Sheinbaum en Palacio Nacional", "2025-09-03", ["marco-rubio", "claudia-sheinbaum"],
    event_type="meeting"),
  ["state_readout_20250903"])

P(T, C, "The English press statement of 4 Sep 2025 makes the two designations.",
  S("es", "El Departamento de Estado designó el 4 de septiembre a Los Choneros y Los Lobos como organizaciones terroristas extranjeras.",
    "us-state-department", "Los Choneros y Los Lobos son designados organizaciones terroristas extranjeras", "2025-09-04",
    channel="press_release"),
  ["state_fto_20250904"])

P(T, C, "Petro's Spanish post says 'Un migrante no es un delincuente y debe ser tratado con la dignidad que un ser humano merece'.",
  Q("en", "\"A migrant is not a criminal and must be treated with the dignity a human being deserves,\" Petro wrote on X on January 26.",
    "gustavo-petro", "A migrant is not a criminal and must be treated with the dignity a human being deserves",
    "2025-01-26", channel="x", event_type="post"),
  ["x_petro_20250126"])

P(T, C, "Trump's own post says 'Emergency 25% tariffs on all goods coming into the United States'.",
  Q("es", "Trump ordenó el 26 de enero «aranceles de emergencia del 25 % a todos los bienes que entren a Estados Unidos» desde Colombia.",
    "donald-trump", "aranceles de emergencia del 25 % a todos los bienes que entren a Estados Unidos", "2025-01-26"),
  ["truth_trump_20250126"])

P(T, C, "The Colombian Foreign Ministry's Spanish statement (Murillo's declaration) says the presidential plane is available; the claim has no date.",
  S("en", "Colombian Foreign Minister Luis Gilberto Murillo said the government had made the presidential plane available to bring deportees home.",
    "luis-gilberto-murillo", "the government made the presidential plane available to bring deportees home"),
  ["x_cancilleria_col_20250126"])

P(T, C, "Panama's Spanish presidency release reports Mulino's announcement on the Belt and Road memorandum.",
  S("en", "Panama's President José Raúl Mulino said on February 2 that Panama would not renew its Belt and Road memorandum with China.",
    "jose-raul-mulino", "Panama will not renew its Belt and Road memorandum of understanding with China", "2025-02-02"),
  ["presidencia_panama_20250202"])

P(T, C, "The Canal Authority's Spanish statement of 5 Feb 2025 says it has made no adjustment to tolls.",
  S("en", "The Panama Canal Authority said on February 5 that it had not made any adjustment to tolls.",
    "autoridad-canal-panama", "it has not made any adjustment to tolls and other transit fees", "2025-02-05",
    channel="press_release"),
  ["acp_20250205"])

P(T, C, "The English quote renders Mulino's own words in the verbatim transcript ('están haciendo comunicados importantes en función de una falsedad, y eso es simple y sencillamente intolerable').",
  Q("en", "Mulino said on February 6 that Washington was \"making important statements based on a falsehood, and that is simply and plainly intolerable.\"",
    "jose-raul-mulino", "making important statements based on a falsehood, and that is simply and plainly intolerable",
    "2025-02-06", channel="press_conference"),
  ["mulino_conf_20250206"])

P(T, C, "Bukele's English post says 'We have offered the United States of America the opportunity to outsource part of its prison system'; the claim carries no date.",
  Q("es", "Bukele escribió: «Le hemos ofrecido a los Estados Unidos de América la oportunidad de tercerizar parte de su sistema penitenciario».",
    "nayib-bukele", "Le hemos ofrecido a los Estados Unidos de América la oportunidad de tercerizar parte de su sistema penitenciario",
    channel="x", event_type="post"),
  ["x_bukele_20250203"])

P(T, C, "Translation of Bukele's own words in the Oval Office transcript ('How can I smuggle a terrorist into the United States?').",
  Q("es", "«¿Cómo puedo introducir de contrabando a un terrorista en Estados Unidos?», respondió Bukele el 14 de abril en el Despacho Oval.",
    "nayib-bukele", "¿Cómo puedo introducir de contrabando a un terrorista en Estados Unidos?", "2025-04-14",
    event_type="meeting"),
  ["wh_transcript_20250414"])

P(T, C, "Arévalo's words in the joint press availability (as interpreted) state the 40% increase for nationals and other nationalities.",
  S("es", "Arévalo anunció el 5 de febrero que Guatemala aumentará en 40 % los vuelos de deportación, de guatemaltecos y de personas de otras nacionalidades.",
    "bernardo-arevalo", "Guatemala aumentará en 40 % los vuelos de deportación de guatemaltecos y de otras nacionalidades",
    "2025-02-05", channel="press_conference"),
  ["transcript_20250205"])

P(T, C, "'you have not tried to treat us as a colony' translates López Obrador's own words in the Spanish transcript.",
  Q("en", "López Obrador told Trump at the White House on July 8, 2020 that \"you have not tried to treat us as a colony.\"",
    "andres-manuel-lopez-obrador", "you have not tried to treat us as a colony", "2020-07-08"),
  ["gob_transcript_20200708"])

P(T, C, "Translation of Trump's own words in the White House transcript of 8 Jul 2020.",
  Q("es", "Trump dijo el 8 de julio de 2020 que «la relación entre Estados Unidos y México nunca ha sido más cercana que ahora».",
    "donald-trump", "la relación entre Estados Unidos y México nunca ha sido más cercana que ahora", "2020-07-08"),
  ["wh_transcript_20200708"])

P(T, C, "'No vengan. No vengan.' translates Harris's own 'Do not come. Do not come.' in the verbatim transcript.",
  Q("es", "«No vengan. No vengan», advirtió la vicepresidenta Harris en Guatemala el 7 de junio de 2021.",
    "kamala-harris", "No vengan. No vengan.", "2021-06-07", channel="press_conference"),
  ["wh_transcript_20210607"])

P(T, C, "'resultados tangibles' translates 'tangible results' in Harris's own turn of the transcript.",
  Q("es", "Harris dijo en Guatemala el 7 de junio de 2021 que su trabajo busca «resultados tangibles» y no grandes gestos.",
    "kamala-harris", "resultados tangibles", "2021-06-07"),
  ["wh_transcript_20210607"])

P(T, C, "The SRE's Spanish release states that the Understanding replaces the Mérida Initiative.",
  S("en", "Mexico's Foreign Ministry said on October 8, 2021 that the new Bicentennial Understanding replaces the Mérida Initiative.",
    "sre", "the Bicentennial Understanding replaces the Mérida Initiative", "2021-10-08", channel="press_release"),
  ["sre_20211008"])

P(T, C, "Translation of López Obrador's own words in the Spanish transcript of 9 Jan 2023.",
  Q("en", "López Obrador told Biden on January 9, 2023 that \"it is time to end this oblivion, this abandonment, this disdain toward Latin America and the Caribbean.\"",
    "andres-manuel-lopez-obrador", "it is time to end this oblivion, this abandonment, this disdain toward Latin America and the Caribbean",
    "2023-01-09"),
  ["gob_transcript_20230109"])

P(T, C, "Translation of Biden's own words in the verbatim transcript of 9 Jan 2023.",
  Q("es", "Biden respondió el 9 de enero de 2023: «Desafortunadamente, nuestra responsabilidad no termina en el hemisferio occidental».",
    "joe-biden", "Desafortunadamente, nuestra responsabilidad no termina en el hemisferio occidental", "2023-01-09"),
  ["wh_transcript_20230109"])

P(T, C, "The Canadian PMO's English readout records the meeting at the National Palace on 11 Jan 2023.",
  E("es", "Trudeau se reunió con López Obrador en Palacio Nacional el 11 de enero de 2023.",
    "Trudeau se reunió con López Obrador en Palacio Nacional", "2023-01-11",
    ["justin-trudeau", "andres-manuel-lopez-obrador"], event_type="meeting"),
  ["pmo_readout_20230111"])

P(T, C, "The SRE's Spanish release says Mexico will go to the International Court of Justice.",
  S("en", "Mexico's Foreign Ministry said on April 5, 2024 that it would take Ecuador to the International Court of Justice.",
    "sre", "Mexico will take Ecuador to the International Court of Justice", "2024-04-05", channel="press_release"),
  ["sre_20240405"])

P(T, C, "Translation of Blinken's own press statement of 1 Aug 2024.",
  Q("es", "Blinken afirmó el 1 de agosto de 2024 que «Edmundo González Urrutia obtuvo la mayoría de los votos en la elección presidencial del 28 de julio en Venezuela».",
    "antony-blinken", "Edmundo González Urrutia obtuvo la mayoría de los votos en la elección presidencial del 28 de julio en Venezuela",
    "2024-08-01", channel="press_release"),
  ["blinken_stmt_20240801"])

P(T, C, "The English Rewards for Justice release of 10 Jan 2025 raises the offer for Maduro to up to $25 million.",
  S("es", "El Departamento de Estado elevó el 10 de enero de 2025 a 25 millones de dólares la recompensa por información que lleve al arresto de Nicolás Maduro.",
    "us-state-department", "la recompensa por información que lleve al arresto de Maduro se eleva a 25 millones de dólares",
    "2025-01-10", channel="press_release"),
  ["state_rfj_20250110"])

P(T, C, "Translation of Sheinbaum's own sentence in the verbatim transcript of 8 Aug 2025.",
  Q("en", "\"The United States is not going to come to Mexico with its military,\" Sheinbaum said on August 8.",
    "claudia-sheinbaum", "The United States is not going to come to Mexico with its military", "2025-08-08",
    channel="press_conference"),
  ["mananera_20250808"])

P(T, C, "Translation of Sheinbaum's own words at the Texcoco event.",
  Q("en", "Sheinbaum said on May 3 that she told Trump that \"sovereignty is not for sale; sovereignty is loved and defended.\"",
    "claudia-sheinbaum", "sovereignty is not for sale; sovereignty is loved and defended", "2025-05-03"),
  ["texcoco_20250503"])

P(T, C, "Translation of Trump's own words in the verbatim Mar-a-Lago transcript.",
  Q("es", "Trump anunció el 7 de enero: «Vamos a cambiar el nombre del golfo de México a golfo de América».",
    "donald-trump", "Vamos a cambiar el nombre del golfo de México a golfo de América", "2025-01-07",
    channel="press_conference"),
  ["factbase_20250107"])

P(T, C, "Translation of Ebrard's own words in the SRE verbatim transcript of 11 Nov 2019.",
  Q("en", "\"Mexico has decided to grant political asylum to Mr. Evo Morales for humanitarian reasons,\" Ebrard said on November 11, 2019.",
    "marcelo-ebrard", "Mexico has decided to grant political asylum to Mr. Evo Morales for humanitarian reasons",
    "2019-11-11", channel="press_conference"),
  ["ebrard_conf_20191111"])

P(T, C, "López Obrador's own words in the Spanish transcript of 6 Jun 2022 give both the reason and Ebrard's role.",
  S("en", "López Obrador said on June 6, 2022 that he would skip the Summit of the Americas because not every country in the Americas was invited, and that Foreign Secretary Marcelo Ebrard would represent Mexico.",
    "andres-manuel-lopez-obrador", "he would not attend the Summit because not all countries of the Americas were invited, and Ebrard would represent Mexico",
    "2022-06-06", channel="press_conference"),
  ["mananera_20220606"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Sheinbaum's post is stamped 02:14 UTC on 2 Feb, which is 20:14 on 1 Feb in Mexico City: the one-day UTC difference is explained by the time zone.",
  S("es", "La noche del 1 de febrero, Sheinbaum anunció en X que instruyó al secretario de Economía implementar el plan B, con medidas arancelarias y no arancelarias.",
    "claudia-sheinbaum", "instruyó al secretario de Economía implementar el plan B, que incluye medidas arancelarias y no arancelarias",
    "2025-02-01", channel="x", event_type="post"),
  ["x_sheinbaum_20250201"])

P(T, C, "Trudeau's post is stamped 01:05 UTC on 2 Feb, i.e. 20:05 on 1 Feb in Ottawa ('Tonight'); the date matches in local time.",
  S("en", "Trudeau announced on X on February 1 that Canada would respond with 25% tariffs on $155 billion worth of American goods.",
    "justin-trudeau", "Canada will respond with 25% tariffs against $155 billion worth of American goods", "2025-02-01",
    channel="x", event_type="post"),
  ["x_trudeau_20250201"])

P(T, C, "AMLO's post is stamped 03:12 UTC on 6 Apr 2024, which is 21:12 on 5 Apr in Mexico City; words and author match.",
  Q("es", "López Obrador pidió en X el 5 de abril que la canciller «de inmediato declare la suspensión de relaciones diplomáticas con el gobierno de Ecuador».",
    "andres-manuel-lopez-obrador", "de inmediato declare la suspensión de relaciones diplomáticas con el gobierno de Ecuador",
    "2024-04-05", channel="x", event_type="post"),
  ["x_amlo_20240405"])

P(T, C, "Bárcena's post is known only by its UTC date (6 Apr); a Mexico City evening post on 5 Apr has that UTC date, so the one-day difference is explained.",
  S("es", "La canciller Alicia Bárcena anunció en X el 5 de abril de 2024 el inmediato rompimiento de relaciones diplomáticas con Ecuador.",
    "alicia-barcena", "México anuncia el inmediato rompimiento de relaciones diplomáticas con Ecuador", "2024-04-05",
    channel="x", event_type="post"),
  ["x_barcena_20240405"])

P(T, C, "Trump's tweet is stamped 00:31 UTC on 8 Jun 2019, i.e. 20:31 on 7 Jun in Washington; the quoted sentence is in it.",
  Q("en", "Trump announced on Twitter on June 7, 2019: \"The Tariffs scheduled to be implemented by the U.S. on Monday, against Mexico, are hereby indefinitely suspended.\"",
    "donald-trump", "The Tariffs scheduled to be implemented by the U.S. on Monday, against Mexico, are hereby indefinitely suspended",
    "2019-06-07", channel="x", event_type="post"),
  ["x_trump_20190607"])

P(T, C, "Ebrard's tweet is stamped 01:52 UTC on 8 Jun 2019, i.e. 20:52 on 7 Jun in Mexico City (CDT); content matches.",
  S("es", "Ebrard informó en Twitter el 7 de junio de 2019 que concluyó la negociación con Estados Unidos y que no habrá aranceles el lunes 10 de junio.",
    "marcelo-ebrard", "concluyó la negociación con Estados Unidos y no habrá aranceles el lunes 10 de junio", "2019-06-07",
    channel="x", event_type="post"),
  ["x_ebrard_20190607"])

P(T, C, "The White House feed stamps the statement 03:05 UTC on 27 Jan, which is 22:05 on 26 Jan in Washington; content matches.",
  S("en", "The White House said on January 26 that Colombia had agreed to all of President Trump's terms, including accepting deportees on U.S. military aircraft.",
    "white-house", "Colombia agreed to all of President Trump's terms, including accepting deportees on U.S. military aircraft",
    "2025-01-26", channel="press_release"),
  ["wh_statement_20250126"])

P(T, C, "The Foreign Ministry post carrying Murillo's declaration is stamped 03:48 UTC on 27 Jan, i.e. 22:48 on 26 Jan in Bogotá.",
  Q("es", "«Hemos superado el impasse con el Gobierno de los Estados Unidos», declaró el canciller Luis Gilberto Murillo la noche del 26 de enero.",
    "luis-gilberto-murillo", "Hemos superado el impasse con el Gobierno de los Estados Unidos", "2025-01-26"),
  ["x_cancilleria_col_20250126"])

P(T, C, "Bukele's post is stamped 03:30 UTC on 4 Feb, which is 21:30 on 3 Feb in San Salvador (the night of Rubio's visit).",
  Q("en", "On the night of February 3, Bukele wrote on X: \"We have offered the United States of America the opportunity to outsource part of its prison system.\"",
    "nayib-bukele", "We have offered the United States of America the opportunity to outsource part of its prison system",
    "2025-02-03", channel="x", event_type="post"),
  ["x_bukele_20250203"])

P(T, C, "Sheinbaum's second post is dated 28 Nov only in UTC (oEmbed card); a Mexico City evening post on 27 Nov carries that UTC date.",
  Q("es", "Sheinbaum replicó en X el 27 de noviembre que «la postura de México no es cerrar fronteras sino tender puentes entre gobiernos y entre pueblos».",
    "claudia-sheinbaum", "la postura de México no es cerrar fronteras sino tender puentes entre gobiernos y entre pueblos",
    "2024-11-27", channel="x", event_type="post"),
  ["x_sheinbaum_20241127b"])

P(T, C, "Leavitt's post is stamped 03:02 UTC on 27 Jan, i.e. 22:02 on 26 Jan in Washington; wording matches.",
  Q("en", "Press Secretary Karoline Leavitt posted on X on January 26 that \"the Government of Colombia has agreed to all of President Trump's terms.\"",
    "karoline-leavitt", "the Government of Colombia has agreed to all of President Trump's terms", "2025-01-26",
    channel="x", event_type="post"),
  ["x_leavitt_20250126"])
