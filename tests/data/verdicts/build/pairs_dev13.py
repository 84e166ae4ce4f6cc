"""Claims, labels and notes of the thirteenth development set (dev13.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev12), applied to the documents in docs_dev13.py alone,
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

P(T, C, "Sánchez's own turns in La Moncloa's transcript of 22 Jun 2025 say Spain will invest 2.1% of its GDP in defence, 'una cifra suficiente y realista'; the claim is a faithful paraphrase.",
  S("es", "Pedro Sánchez anunció el 22 de junio de 2025 que España invertirá el 2,1 % de su PIB en defensa, una cifra que calificó de suficiente y realista.",
    "pedro-sanchez", "España invertirá el 2,1 % de su PIB en defensa, una cifra suficiente y realista", "2025-06-22"),
  ["d13_moncloa_20250622"])

P(T, C, "NATO's Hague Summit Declaration of 25 Jun 2025 says 'Allies commit to invest 5% of GDP annually on core defence requirements as well as defence- and security-related spending by 2035'.",
  E("en", "On June 25, 2025, NATO allies meeting in The Hague committed to invest 5% of GDP a year on defence and security-related spending by 2035.",
    "NATO allies committed to invest 5% of GDP a year on defence and security-related spending by 2035", "2025-06-25", ["nato"]),
  ["d13_nato_declaration_20250625"])

P(T, C, "Aliyev's own turn in his presidency's English transcript of 12 Nov 2024 says countries 'should not be blamed for having them', of oil, gas and other natural resources.",
  Q("en", "\"Countries should not be blamed for having them,\" Ilham Aliyev said of oil and gas at the opening of the COP29 leaders' summit in Baku on November 12, 2024.",
    "ilham-aliyev", "Countries should not be blamed for having them", "2024-11-12"),
  ["d13_president_az_20241112"])

P(T, C, "Sheinbaum's own turn in the versión estenográfica of 1 Oct 2024 says 'no llego sola: llegamos todas'.",
  Q("es", "«No llego sola: llegamos todas», dijo Claudia Sheinbaum al rendir protesta como presidenta de México el 1 de octubre de 2024.",
    "claudia-sheinbaum", "No llego sola: llegamos todas", "2024-10-01"),
  ["d13_gobmx_20241001"])

P(T, C, "Sánchez's own turn of 2 Nov 2024 says 'Sé que la respuesta no está siendo suficiente. Sé que hay problemas y carencias graves'; the claim reports it in other words.",
  S("es", "Pedro Sánchez admitió el 2 de noviembre de 2024 que la respuesta a la dana no estaba siendo suficiente y que había carencias graves.",
    "pedro-sanchez", "la respuesta a la dana no está siendo suficiente y hay carencias graves", "2024-11-02"),
  ["d13_moncloa_20241102"])

P(T, C, "UN Climate Change's release of 24 Nov 2024 quotes Stiell: 'This new finance goal is an insurance policy for humanity'.",
  Q("en", "\"This new finance goal is an insurance policy for humanity,\" UN climate chief Simon Stiell said on November 24, 2024, after COP29 agreed its finance deal.",
    "simon-stiell", "This new finance goal is an insurance policy for humanity", "2024-11-24"),
  ["d13_unfccc_20241124"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Sánchez's own Spanish turn of 30 Oct 2024 says 'Hoy, toda España llora con ustedes'; the English quote is its translation.",
  Q("en", "\"Today, all of Spain weeps with you,\" Pedro Sánchez told the families of the flood victims on October 30, 2024.",
    "pedro-sanchez", "Today, all of Spain weeps with you", "2024-10-30"),
  ["d13_moncloa_20241030"])

P(T, C, "Rutte's own English turn of 25 Jun 2025 says 'Spain is convinced that it can reach the capability targets with 2.1%'; the Spanish quote renders it.",
  Q("es", "«España está convencida de que puede alcanzar los objetivos de capacidades con el 2,1 %», dijo el secretario general de la OTAN, Mark Rutte, el 25 de junio de 2025.",
    "mark-rutte", "España está convencida de que puede alcanzar los objetivos de capacidades con el 2,1 %", "2025-06-25"),
  ["d13_nato_pc_20250625"])

P(T, C, "Sheinbaum's own Spanish turn of 1 Oct 2024 says 'Por primera vez en los 200 años de la República, llegamos las mujeres a conducir los destinos de nuestra hermosa nación'; the English claim reports it.",
  S("en", "Claudia Sheinbaum said on October 1, 2024 that for the first time in the republic's 200 years, women had come to lead the nation.",
    "claudia-sheinbaum", "for the first time in the republic's 200 years, women have come to lead the nation", "2024-10-01"),
  ["d13_gobmx_20241001"])

P(T, C, "Aliyev's own English turn of 12 Nov 2024, after listing oil and gas among natural resources, says 'I said that it is a gift of God, and I want to repeat it today here'; «un regalo de Dios» is the translation.",
  Q("es", "Ilham Alíyev repitió el 12 de noviembre de 2024, ante los líderes reunidos en la COP29 de Bakú, que el petróleo y el gas son «un regalo de Dios».",
    "ilham-aliyev", "un regalo de Dios", "2024-11-12"),
  ["d13_president_az_20241112"])

P(T, C, "Trump's own Truth Social post of 24 Jun 2025 (13:20 UTC, 09:20 in Washington) reproduces a message signed by Mark Rutte that congratulates him on his 'decisive action in Iran'.",
  S("es", "Donald Trump publicó el 24 de junio de 2025 en Truth Social un mensaje de Mark Rutte en el que el secretario general de la OTAN le felicitaba por su acción en Irán.",
    "donald-trump", "publica un mensaje de Mark Rutte que le felicita por su acción en Irán", "2025-06-24", event_type="post"),
  ["d13_truth_trump_20250624"])

P(T, C, "La Moncloa's Spanish note of 30 Oct 2024 says the Government declared official mourning from 00:00 on Thursday 31 October to 24:00 on Saturday 2 November, three days, for the victims of the DANA.",
  E("en", "On October 30, 2024, Spain's government declared three days of official mourning, from October 31 to November 2, for the victims of the floods.",
    "Spain's government declared three days of official mourning, from October 31 to November 2, for the victims of the floods", "2024-10-30",
    ["spain-government"]),
  ["d13_moncloa_luto_20241030"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Sheinbaum's post is stamped 02:40 UTC on 2 Oct 2024, which is 20:40 on the 1st in Mexico City (UTC-6); 'a partir de hoy trabajaré para todas y todos los mexicanos' matches and the local date matches.",
  S("es", "Claudia Sheinbaum escribió en X el 1 de octubre de 2024 que a partir de ese día trabajaría para todas y todos los mexicanos.",
    "claudia-sheinbaum", "a partir de hoy trabajará para todas y todos los mexicanos", "2024-10-01", channel="x", event_type="post"),
  ["d13_x_sheinbaum_20241001"])

P(T, C, "Sheinbaum's Spanish post ('Gracias, pueblo de México. Hoy rendí protesta…') is stamped 02:40 UTC on 2 Oct 2024, 20:40 on the 1st in Mexico City, the day of her swearing-in.",
  S("en", "Claudia Sheinbaum thanked the people of Mexico in a post on X on October 1, 2024, the day she was sworn in as president.",
    "claudia-sheinbaum", "thanks the people of Mexico on the day she was sworn in as president", "2024-10-01", channel="x", event_type="post"),
  ["d13_x_sheinbaum_20241001"])

P(T, C, "The SRE's post is stamped 03:15 UTC on 2 Oct 2024, which is 21:15 on the 1st in Mexico City; it thanks the delegations that 'acompañaron hoy la toma de protesta'.",
  S("en", "Mexico's Foreign Ministry thanked the foreign delegations that attended Claudia Sheinbaum's swearing-in in a post on X on October 1, 2024.",
    "sre", "thanks the foreign delegations that attended Sheinbaum's swearing-in", "2024-10-01", channel="x", event_type="post"),
  ["d13_x_sre_20241001"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "La Moncloa's note of Tuesday 5 Nov 2024 says the Council of Ministers approved a first package of measures worth 10.600 millones de euros (Royal Decree-law 6/2024).",
  E("es", "El Consejo de Ministros aprobó el 5 de noviembre de 2024 un primer paquete de ayudas de 10.600 millones de euros para los afectados por la dana.",
    "el Consejo de Ministros aprobó un primer paquete de ayudas de 10.600 millones de euros para los afectados por la dana", "2024-11-05",
    ["spain-government"]),
  ["d13_moncloa_20241105"])

P(T, C, "UN Climate Change's release of 24 Nov 2024 gives a goal of USD 300 billion annually by 2035, tripling the previous USD 100 billion.",
  E("en", "The COP29 deal agreed on November 24, 2024 sets a goal of $300 billion a year in climate finance for developing countries by 2035, triple the previous $100 billion goal.",
    "the COP29 deal sets a goal of $300 billion a year for developing countries by 2035, triple the previous $100 billion goal", "2024-11-24",
    ["unfccc"]),
  ["d13_unfccc_20241124"])

P(T, C, "The release gives 'USD 1.3 trillion per year by 2035'; a Spanish billón is a million million, so '1,3 billones de dólares' is the same figure (as dev4 decided for 'cuatro mil millones').",
  E("es", "El acuerdo de la COP29 del 24 de noviembre de 2024 llama a movilizar 1,3 billones de dólares anuales para los países en desarrollo de aquí a 2035.",
    "el acuerdo de la COP29 llama a movilizar 1,3 billones de dólares anuales para los países en desarrollo de aquí a 2035", "2024-11-24",
    ["unfccc"]),
  ["d13_unfccc_20241124"])

P(T, X, "Sánchez's own turn of 2 Nov 2024 orders 5,000 more soldiers (on top of 2,500); 10,000 is the total of police and civil guards, not the soldiers added.",
  S("en", "Pedro Sánchez said on November 2, 2024 that he had ordered 10,000 more soldiers deployed to the areas hit by the floods.",
    "pedro-sanchez", "he has ordered 10,000 more soldiers deployed to the areas hit by the floods", "2024-11-02"),
  ["d13_moncloa_20241102"])

P(T, X, "The presidency's comunicado of 1 Oct 2024 says Sheinbaum presented 100 commitments in the Zócalo, not 50.",
  E("es", "Claudia Sheinbaum presentó 50 compromisos de gobierno en el Zócalo el 1 de octubre de 2024, tras rendir protesta.",
    "Sheinbaum presentó 50 compromisos de gobierno en el Zócalo", "2024-10-01", ["claudia-sheinbaum"]),
  ["d13_gobmx_zocalo_20241001"])

P(T, U, "La Moncloa's note of 5 Nov 2024 says the package includes direct aid to households and gives no number of households, so '30,000' is neither confirmed nor contradicted.",
  S("en", "Pedro Sánchez said on November 5, 2024 that the first flood-aid package would reach 30,000 households.",
    "pedro-sanchez", "the first flood-aid package will reach 30,000 households", "2024-11-05"),
  ["d13_moncloa_20241105"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The Hague Summit Declaration and its 5% commitment are one text; NATO dates it 25 Jun 2025 ('in The Hague, 25 June 2025'), not the 24th.",
  E("en", "NATO leaders adopted the Hague Summit Declaration on June 24, 2025, committing allies to spend 5% of GDP a year on defence and security by 2035.",
    "NATO leaders adopted the Hague Summit Declaration committing allies to spend 5% of GDP a year by 2035", "2025-06-24", ["nato"]),
  ["d13_nato_declaration_20250625"])

P(T, X, "The deployment of 5,000 more soldiers, 'el mayor despliegue … en tiempos de paz', is one announcement, made in La Moncloa's transcript of Saturday 2 Nov 2024, not on the 3rd.",
  S("es", "Pedro Sánchez anunció el 3 de noviembre de 2024 el despliegue de 5.000 militares más en Valencia, el mayor despliegue de las Fuerzas Armadas en tiempos de paz.",
    "pedro-sanchez", "anuncia el despliegue de 5.000 militares más, el mayor despliegue de las Fuerzas Armadas en tiempos de paz", "2024-11-03"),
  ["d13_moncloa_20241102"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Sheinbaum's oath before the Congress of the Union is one event; the versión estenográfica is of 1 Oct 2024, so 'septiembre' is wrong.",
  E("es", "Claudia Sheinbaum rindió protesta como presidenta de México ante el Congreso de la Unión en septiembre de 2024.",
    "Claudia Sheinbaum rindió protesta como presidenta de México ante el Congreso de la Unión", "2024-09", ["claudia-sheinbaum"]),
  ["d13_gobmx_20241001"])

P(T, X, "The USD 300 billion goal pins the COP29 finance deal, which UN Climate Change's release dates on 24 Nov 2024, not in December.",
  E("en", "Negotiators at COP29 in Baku agreed in December 2024 on a goal of $300 billion a year in climate finance for developing countries by 2035.",
    "COP29 negotiators agreed on a goal of $300 billion a year in climate finance for developing countries by 2035", "2024-12", ["unfccc"]),
  ["d13_unfccc_20241124"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The 5% commitment of 25 Jun 2025 is one decision; NATO's declaration says the leaders 'have gathered in The Hague', not Brussels.",
  E("en", "NATO leaders meeting in Brussels on June 25, 2025 agreed to spend 5% of GDP a year on defence and security by 2035.",
    "NATO leaders meeting in Brussels agreed to spend 5% of GDP a year on defence and security by 2035", "2025-06-25", ["nato"]),
  ["d13_nato_declaration_20250625"])

P(T, X, "Sheinbaum's oath of 1 Oct 2024 is one event; the presidency's versión estenográfica places it before the Congress of the Union in the Palacio Legislativo de San Lázaro, not the Palacio Nacional.",
  E("es", "Claudia Sheinbaum rindió protesta como presidenta de México el 1 de octubre de 2024 en el Palacio Nacional.",
    "Claudia Sheinbaum rindió protesta como presidenta de México en el Palacio Nacional", "2024-10-01", ["claudia-sheinbaum"]),
  ["d13_gobmx_20241001"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The agreement announced on 22 Jun 2025 is pinned; Sánchez's own turn names the Secretary General who wrote to him as Mark Rutte, not Stoltenberg.",
  E("es", "Pedro Sánchez anunció el 22 de junio de 2025 un acuerdo con el secretario general de la OTAN, Jens Stoltenberg, que permite a España no elevar su gasto en defensa al 5 %.",
    "Sánchez anunció un acuerdo con el secretario general de la OTAN, Jens Stoltenberg, que permite a España no elevar su gasto en defensa al 5 %",
    "2025-06-22", ["pedro-sanchez", "jens-stoltenberg"]),
  ["d13_moncloa_20250622"])

P(T, X, "The royal visit to Paiporta on 3 Nov 2024 is pinned; the Casa Real's note names the Prime Minister, Pedro Sánchez, and Carlos Mazón as the King and Queen's companions, not Feijóo.",
  E("en", "King Felipe VI and Queen Letizia visited Paiporta on November 3, 2024, accompanied by opposition leader Alberto Núñez Feijóo and regional president Carlos Mazón.",
    "the King and Queen visited Paiporta accompanied by Alberto Núñez Feijóo and Carlos Mazón", "2024-11-03",
    ["felipe-vi", "alberto-nunez-feijoo", "carlos-mazon"]),
  ["d13_casareal_20241103"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Sánchez's own turn of 22 Jun 2025 answers 'Sí. España firmará la declaración de La Haya': the opposite of refusing to sign it.",
  S("es", "Pedro Sánchez anunció el 22 de junio de 2025 que España no firmaría la declaración de la cumbre de la OTAN en La Haya.",
    "pedro-sanchez", "España no firmará la declaración de la cumbre de la OTAN en La Haya", "2025-06-22"),
  ["d13_moncloa_20250622"])

P(T, X, "Sánchez's own turn of 2 Nov 2024 says 'La dirección de la emergencia corresponde a la Generalitat Valenciana' and the Government will respond to what it asks: the opposite, in other words, of taking over the direction of the emergency.",
  S("en", "Pedro Sánchez said on November 2, 2024 that the central government would take over the direction of the flood emergency from the Valencian regional government.",
    "pedro-sanchez", "the central government will take over the direction of the flood emergency from the regional government", "2024-11-02"),
  ["d13_moncloa_20241102"])

P(T, X, "Aliyev's own turn of 12 Nov 2024 says countries 'should not be blamed for bringing these resources to the market, because the market needs them': the opposite of asking them to stop.",
  S("es", "Ilham Alíyev pidió el 12 de noviembre de 2024 en la COP29 que los países dejen de llevar su petróleo y su gas al mercado.",
    "ilham-aliyev", "los países deben dejar de llevar su petróleo y su gas al mercado", "2024-11-12"),
  ["d13_president_az_20241112"])

P(T, X, "UN Climate Change's release of 24 Nov 2024 quotes Stiell: 'No country got everything they wanted': the opposite of every country getting all it wanted.",
  S("en", "Simon Stiell said on November 24, 2024 that every country had got everything it wanted from the Baku climate finance deal.",
    "simon-stiell", "every country got everything it wanted from the Baku deal", "2024-11-24"),
  ["d13_unfccc_20241124"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "Trump's press conference of 25 Jun 2025 in The Hague is pinned; his own words on Spain are 'we're going to make them pay twice as much', not 'three times'.",
  Q("en", "\"We're going to make them pay three times as much,\" Donald Trump said of Spain at his press conference in The Hague on June 25, 2025.",
    "donald-trump", "We're going to make them pay three times as much", "2025-06-25"),
  ["d13_wh_pc_20250625"])

P(T, U, "The claimed RTVE interview of 4 Nov 2024 is not among the sources, and La Moncloa's note of the 5th, another occasion, does not contain the words.",
  Q("es", "«La reconstrucción será un proyecto de país», afirmó Pedro Sánchez en una entrevista en RTVE el 4 de noviembre de 2024.",
    "pedro-sanchez", "La reconstrucción será un proyecto de país", "2024-11-04", channel="interview", event_type="interview"),
  ["d13_moncloa_20241105"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in La Moncloa's transcript of 22 Jun 2025 ('¿Está España dejando solos a sus aliados?'), and Sánchez answers 'No. España es un aliado fiable y comprometido'.",
  Q("es", "«España está dejando solos a sus aliados», reconoció Pedro Sánchez el 22 de junio de 2025.",
    "pedro-sanchez", "España está dejando solos a sus aliados", "2025-06-22"),
  ["d13_moncloa_20250622"])

P(T, U, "The words are a reporter's question in the White House transcript of 25 Jun 2025 ('Spain says it can meet its targets with 2.1 percent'), which Trump neither adopts nor denies (he calls Spain 'terrible' and talks of trade).",
  Q("en", "\"Spain can meet its targets with 2.1 percent,\" Donald Trump said at his press conference in The Hague on June 25, 2025.",
    "donald-trump", "Spain can meet its targets with 2.1 percent", "2025-06-25"),
  ["d13_wh_pc_20250625"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "La Moncloa's transcript is of Sunday 22 Jun 2025; nothing in it records an appearance on Monday the 23rd, and nothing in the claim pins the 22nd's appearance.",
  E("es", "Pedro Sánchez compareció ante los medios en el Palacio de la Moncloa el 23 de junio de 2025.",
    "Sánchez compareció ante los medios en el Palacio de la Moncloa", "2025-06-23", ["pedro-sanchez"]),
  ["d13_moncloa_20250622"])

P(T, C, "La Moncloa's note of Tuesday 5 Nov 2024 says the Council of Ministers approved a first package of measures for the DANA; Sánchez's appearance of Saturday the 2nd sits next to it without moving it.",
  E("en", "On November 5, 2024, the Spanish cabinet approved a first package of aid for those affected by the floods.",
    "the Spanish cabinet approved a first package of aid for those affected by the floods", "2024-11-05", ["spain-government"]),
  ["d13_moncloa_20241102", "d13_moncloa_20241105"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "La Moncloa's transcript of 2 Nov 2024 records Sánchez ordering the deployment; no source records an announcement by Robles, which it neither confirms nor excludes.",
  S("en", "Defence Minister Margarita Robles announced on November 2, 2024 the deployment of 5,000 more soldiers to the areas hit by the floods.",
    "margarita-robles", "the deployment of 5,000 more soldiers to the areas hit by the floods", "2024-11-02"),
  ["d13_moncloa_20241102"])

P(T, C, "Rutte's own English turn of 25 Jun 2025 says 'NATO is absolutely convinced that Spain will have to spend 3.5% to get there'; Trump's remarks on Spain the same day, another official's, sit next to it without moving it.",
  S("es", "Mark Rutte afirmó el 25 de junio de 2025 que la OTAN está convencida de que España tendrá que gastar el 3,5 % para alcanzar los objetivos de capacidades.",
    "mark-rutte", "la OTAN está convencida de que España tendrá que gastar el 3,5 % para alcanzar los objetivos de capacidades", "2025-06-25"),
  ["d13_wh_pc_20250625", "d13_nato_pc_20250625"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "La Moncloa's note of 5 Nov 2024 reports a decree-law with a first aid package; a state of alarm is another measure that no source here records.",
  E("es", "El Consejo de Ministros declaró el 5 de noviembre de 2024 el estado de alarma en la Comunitat Valenciana por los efectos de la dana.",
    "el Consejo de Ministros declaró el estado de alarma en la Comunitat Valenciana por la dana", "2024-11-05", ["spain-government"]),
  ["d13_moncloa_20241105"])

P(T, C, "NATO's declaration of 25 Jun 2025 commits Allies to 5% of GDP by 2035; Sánchez's announcement of 22 Jun of Spain's own agreement with NATO, a look-alike headline, sits next to it without moving it.",
  E("es", "Los líderes de la OTAN aprobaron el 25 de junio de 2025 en La Haya una declaración que compromete a los aliados a invertir el 5 % del PIB en defensa y seguridad de aquí a 2035.",
    "los líderes de la OTAN aprobaron en La Haya una declaración que compromete a los aliados a invertir el 5 % del PIB en defensa y seguridad de aquí a 2035",
    "2025-06-25", ["nato"]),
  ["d13_moncloa_20250622", "d13_nato_declaration_20250625"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "La Moncloa's note of 5 Nov 2024 summarises Sánchez's explanation of the package in its own words and quotes none of his.",
  Q("en", "\"Nobody will be left behind,\" Pedro Sánchez said on November 5, 2024 as he presented the first flood-aid package.",
    "pedro-sanchez", "Nobody will be left behind", "2024-11-05"),
  ["d13_moncloa_20241105"])

P(T, U, "NATO's declaration of 25 Jun 2025 is the Allies' text and quotes nothing said by Rutte; the quoted words are not in it.",
  Q("es", "«Esta es una OTAN más fuerte, más justa y más letal», dijo Mark Rutte el 25 de junio de 2025 al cierre de la cumbre de La Haya.",
    "mark-rutte", "Esta es una OTAN más fuerte, más justa y más letal", "2025-06-25"),
  ["d13_nato_declaration_20250625"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Reuters, a media outlet, reports the letter and its words; no document of Sánchez's or La Moncloa's among the sources gives it.",
  Q("en", "Committing to the 5% target \"would not only be unreasonable, but also counterproductive,\" Pedro Sánchez wrote to Mark Rutte in a letter made public on June 19, 2025.",
    "pedro-sanchez", "would not only be unreasonable, but also counterproductive", "2025-06-19"),
  ["d13_reuters_20250619"])

P(T, U, "Only Reuters, a media outlet, reports Argentina's withdrawal, on a government source's word.",
  E("en", "Argentina withdrew its negotiators from the COP29 climate summit in Baku on November 13, 2024.",
    "Argentina withdrew its negotiators from the COP29 climate summit in Baku", "2024-11-13", ["argentina-presidency"]),
  ["d13_reuters_20241113"])

P(T, U, "Only Reuters, a media outlet, reports the mud thrown in Paiporta; the Casa Real's note is not among this pair's sources.",
  E("es", "Vecinos de Paiporta lanzaron barro contra los Reyes, Pedro Sánchez y Carlos Mazón durante su visita del 3 de noviembre de 2024.",
    "vecinos de Paiporta lanzaron barro contra los Reyes, Sánchez y Mazón durante su visita", "2024-11-03",
    ["felipe-vi", "pedro-sanchez", "carlos-mazon"]),
  ["d13_reuters_20241103"])

P(T, U, "Only El País, a media outlet, reports that no representative of the Spanish government attended the ceremony.",
  E("es", "Ningún representante del Gobierno de España asistió el 1 de octubre de 2024 a la toma de posesión de Claudia Sheinbaum.",
    "ningún representante del Gobierno de España asistió a la toma de posesión de Sheinbaum", "2024-10-01",
    ["spain-government", "claudia-sheinbaum"]),
  ["d13_elpais_20241001"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Rutte's message was shared in Trump's Truth Social post of 24 Jun 2025; a Truth Social post is not an X post, and no X post by Trump is among the sources.",
  S("en", "Donald Trump posted on X on June 24, 2025 a message from Mark Rutte congratulating him on his decisive action in Iran.",
    "donald-trump", "posts a message from Mark Rutte congratulating him on his decisive action in Iran", "2025-06-24",
    channel="x", event_type="post"),
  ["d13_truth_trump_20250624"])

P(T, U, "Aliyev's words are in his presidency's transcript of the speech of 12 Nov 2024; no post of his is among the sources, and the claim is about X.",
  S("es", "Ilham Alíyev escribió en X el 12 de noviembre de 2024 que el petróleo y el gas son un regalo de Dios.",
    "ilham-aliyev", "el petróleo y el gas son un regalo de Dios", "2024-11-12", channel="x", event_type="post"),
  ["d13_president_az_20241112"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the versión estenográfica in fact has Sheinbaum say that investments 'estarán seguras').",
  S("es", "Claudia Sheinbaum no mencionó las inversiones extranjeras en su discurso de toma de protesta del 1 de octubre de 2024.",
    "claudia-sheinbaum", "el discurso de toma de protesta no mencionó las inversiones extranjeras", "2024-10-01", absence=True),
  ["d13_gobmx_20241001"])

P(T, U, "Absence claims are always unverified (here the declaration in fact names 'the long-term threat posed by Russia').",
  S("en", "NATO's Hague Summit Declaration of June 25, 2025 did not mention Russia.",
    "nato", "the Hague Summit Declaration did not mention Russia", "2025-06-25", absence=True),
  ["d13_nato_declaration_20250625"])
