"""Claims, labels and notes of the twenty-ninth development set (dev29.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev28), applied to the documents in docs_dev29.py alone,
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

P(T, C, "La Moncloa's note of Thursday 17 Aug 2017 says Rajoy travelled to Barcelona that afternoon after the attack on La Rambla and 'ha decretado tres días de luto oficial en toda España'.",
  S("es", "Mariano Rajoy viajó a Barcelona tras el atropello masivo de La Rambla y decretó el 17 de agosto de 2017 tres días de luto oficial en toda España.",
    "mariano-rajoy", "Rajoy viajó a Barcelona y decretó tres días de luto oficial en toda España", "2017-08-17"),
  ["d29_moncloa_20170817"])

P(T, C, "Trump's own post of 17 Aug 2017 (19:44 UTC, 15:44 in Washington) reads 'The United States condemns the terror attack in Barcelona, Spain, and will do whatever is necessary to help. Be tough & strong, we love you!'",
  Q("en", "\"The United States condemns the terror attack in Barcelona, Spain, and will do whatever is necessary to help,\" President Donald Trump tweeted on August 17, 2017.",
    "donald-trump", "The United States condemns the terror attack in Barcelona, Spain, and will do whatever is necessary to help", "2017-08-17",
    channel="x", event_type="post"),
  ["d29_x_trump_20170817"])

P(T, C, "The SSN's special report of 19 Sep 2017 gives a magnitude 7.1 earthquake at 13:14:40 with its epicentre on the Puebla-Morelos border, 12 km south-east of Axochiapan, Morelos.",
  E("es", "Un sismo de magnitud 7,1 con epicentro en el límite entre Puebla y Morelos, cerca de Axochiapan, sacudió el centro de México a las 13:14 horas del 19 de septiembre de 2017, según el Servicio Sismológico Nacional.",
    "un sismo de magnitud 7,1 con epicentro entre Puebla y Morelos, cerca de Axochiapan, sacudió el centro de México", "2017-09-19",
    confirmed_by="ssn-mexico"),
  ["d29_ssn_20170919"])

P(T, C, "Macron's own turn in the Élysée's English text of his remarks in front of the cathedral on 15 Apr 2019 says 'this cathedral, we will rebuild it, all together'.",
  Q("en", "\"This cathedral, we will rebuild it, all together,\" Emmanuel Macron vowed outside Notre-Dame on the night of April 15, 2019, as firefighters fought the blaze.",
    "emmanuel-macron", "This cathedral, we will rebuild it, all together", "2019-04-15"),
  ["d29_elysee_20190415"])

P(T, C, "Áñez's own post is stamped 04:20 UTC on 19 Oct 2020, which is 00:20 on the 19th in La Paz; it reads 'Felicito a los ganadores y les pido gobernar pensando en Bolivia y en la democracia', after naming Arce and Choquehuanca as the winners.",
  Q("es", "«Felicito a los ganadores y les pido gobernar pensando en Bolivia y en la democracia», escribió en Twitter la presidenta transitoria Jeanine Áñez en la madrugada del 19 de octubre de 2020, al reconocer el triunfo de Luis Arce.",
    "jeanine-anez", "Felicito a los ganadores y les pido gobernar pensando en Bolivia y en la democracia", "2020-10-19",
    channel="x", event_type="post"),
  ["d29_x_anez_20201019"])

P(T, C, "Fernández's own post of 25 Nov 2020 (17:35 UTC, 14:35 in Buenos Aires) reads 'Nos llevaste a lo más alto del mundo. Nos hiciste inmensamente felices. Fuiste el más grande de todos.'",
  Q("es", "«Nos llevaste a lo más alto del mundo. Nos hiciste inmensamente felices. Fuiste el más grande de todos», escribió en Twitter el presidente Alberto Fernández el 25 de noviembre de 2020, tras conocerse la muerte de Maradona.",
    "alberto-fernandez", "Nos llevaste a lo más alto del mundo. Nos hiciste inmensamente felices. Fuiste el más grande de todos", "2020-11-25",
    channel="x", event_type="post"),
  ["d29_x_alferdez_20201125"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Rajoy's own post of 17 Aug 2017 reads 'Los terroristas jamás derrotarán a un pueblo unido que ama la libertad frente a la barbarie'; the English quote is its translation.",
  Q("en", "\"Terrorists will never defeat a united people who love freedom in the face of barbarism,\" Spanish Prime Minister Mariano Rajoy wrote on Twitter on August 17, 2017.",
    "mariano-rajoy", "Terrorists will never defeat a united people who love freedom in the face of barbarism", "2017-08-17",
    channel="x", event_type="post"),
  ["d29_x_rajoy_20170817"])

P(T, C, "The Casa Real's post of 17 Aug 2017, signed 'Felipe R.', reads 'Son unos asesinos, simplemente unos criminales que no nos van a aterrorizar'; the English quote is its translation, and the King's signature makes the words his.",
  Q("en", "\"They are murderers, simply criminals who will not terrorize us,\" King Felipe VI wrote on the Royal Household's Twitter account on August 17, 2017.",
    "felipe-vi", "They are murderers, simply criminals who will not terrorize us", "2017-08-17",
    channel="x", event_type="post"),
  ["d29_x_casareal_20170817"])

P(T, C, "Trump's own English post of 15 Apr 2019 reads 'So horrible to watch the massive fire at Notre Dame Cathedral in Paris'; the Spanish quote is its translation.",
  Q("es", "«Es horrible ver el enorme incendio de la catedral de Notre Dame en París», tuiteó Donald Trump el 15 de abril de 2019.",
    "donald-trump", "Es horrible ver el enorme incendio de la catedral de Notre Dame en París", "2019-04-15",
    channel="x", event_type="post"),
  ["d29_x_trump_20190415"])

P(T, C, "Gallet's own turn in the Interior Ministry's English text of the press points of 15 Apr 2019 says 'We can now consider that the structure of Notre-Dame has been saved and preserved in its entirety'; the Spanish quote is its translation.",
  Q("es", "«Podemos considerar que la estructura de Notre Dame ha sido salvada y preservada en su totalidad», anunció el general Jean-Claude Gallet, jefe de los bomberos de París, la noche del 15 de abril de 2019.",
    "jean-claude-gallet", "Podemos considerar que la estructura de Notre Dame ha sido salvada y preservada en su totalidad", "2019-04-15"),
  ["d29_interieur_20190415"])

P(T, C, "Heitz's own turn in the Paris prosecutor's English text of 16 Apr 2019 says 'Nothing at this stage points to a deliberate act'; the Spanish quote is its translation.",
  Q("es", "«Nada apunta, por el momento, a un acto deliberado», declaró el fiscal de París, Rémy Heitz, el 16 de abril de 2019, al día siguiente del incendio de Notre Dame.",
    "remy-heitz", "Nada apunta, por el momento, a un acto deliberado", "2019-04-16"),
  ["d29_parquet_20190416"])

P(T, C, "Arce's own Spanish turn in the transcript of his press conference of the early hours of 19 Oct 2020 says 'Hemos recuperado la democracia y, sobre todo, hemos recuperado la esperanza'; the English quote is its translation.",
  Q("en", "\"We have recovered democracy and, above all, we have recovered hope,\" Luis Arce told reporters in the early hours of October 19, 2020.",
    "luis-arce", "We have recovered democracy and, above all, we have recovered hope", "2020-10-19"),
  ["d29_mas_20201019"])

P(T, C, "The Casa Rosada's Spanish note of Wednesday 25 Nov 2020 says Fernández 'decretó tres días de duelo nacional' for Maradona's death and that his remains would lie in state at the Casa Rosada at the family's request; the English claim reports both.",
  S("en", "Argentine President Alberto Fernández declared three days of national mourning on November 25, 2020 after Diego Maradona's death, and offered the Casa Rosada for his wake at the family's request.",
    "alberto-fernandez", "Fernández declared three days of national mourning and offered the Casa Rosada for Maradona's wake", "2020-11-25"),
  ["d29_casarosada_20201125"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Peña Nieto's post is stamped 03:30 UTC on 20 Sep 2017, which is 22:30 on the 19th in Mexico City (CDT, UTC-5); it reads 'La prioridad sigue siendo rescatar a quienes aún están atrapados y atender a los heridos'.",
  Q("es", "«La prioridad sigue siendo rescatar a quienes aún están atrapados y atender a los heridos», escribió Enrique Peña Nieto en Twitter el 19 de septiembre de 2017, la noche del sismo.",
    "enrique-pena-nieto", "La prioridad sigue siendo rescatar a quienes aún están atrapados y atender a los heridos", "2017-09-19",
    channel="x", event_type="post"),
  ["d29_x_epn_20170919"])

P(T, C, "Trump's post is stamped 00:10 UTC on 20 Sep 2017, which is 20:10 on the 19th in Washington (EDT) and 19:10 in Mexico City; it reads 'God bless the people of Mexico City. We are with you and will be there for you.'",
  Q("en", "\"God bless the people of Mexico City. We are with you and will be there for you,\" Donald Trump tweeted on September 19, 2017, hours after the earthquake.",
    "donald-trump", "God bless the people of Mexico City. We are with you and will be there for you", "2017-09-19",
    channel="x", event_type="post"),
  ["d29_x_trump_20170919"])

P(T, C, "The TSE's post is stamped 01:30 UTC on 24 Oct 2020, which is 21:30 on the 23rd in La Paz (UTC-4); it gives the final count, MAS-IPSP 55,10 %, and Arce's first-round win. The English claim is dated the 23rd.",
  S("en", "Bolivia's electoral tribunal announced on Twitter on October 23, 2020 that it had finished the count, with Luis Arce winning in the first round with 55.1% of the vote.",
    "tse-bolivia", "the tribunal finished the count, with Luis Arce winning in the first round with 55.1% of the vote", "2020-10-23",
    channel="x", event_type="post"),
  ["d29_x_tse_20201023"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Macron's own turn in the address of 16 Apr 2019 says 'I want it to be completed within five years'; «en cinco años» is the same figure.",
  S("es", "Emmanuel Macron se comprometió el 16 de abril de 2019, en un mensaje a la nación, a reconstruir Notre Dame «aún más bella» en cinco años.",
    "emmanuel-macron", "Macron se comprometió a reconstruir Notre Dame aún más bella en cinco años", "2019-04-16"),
  ["d29_elysee_20190416"])

P(T, C, "The TSE's Spanish note of Friday 23 Oct 2020 gives MAS-IPSP (Arce) '55,10 %', Carlos Mesa's Comunidad Ciudadana '28,83 %' and Luis Fernando Camacho's Creemos '14,00 %'; the English claim gives the same figures rounded.",
  E("en", "Bolivia's electoral tribunal completed the count on October 23, 2020: Luis Arce won 55.1% of the vote, against 28.8% for Carlos Mesa and 14% for Luis Fernando Camacho.",
    "the tribunal completed the count: Arce 55.1%, Mesa 28.8%, Camacho 14%", "2020-10-23",
    ["tse-bolivia", "luis-arce", "carlos-mesa"]),
  ["d29_tse_20201023"])

P(T, X, "The SSN's special report of 19 Sep 2017 gives 'magnitud 7.1', not 7.4, for the Puebla-Morelos earthquake pinned by its day, hour and epicentre.",
  E("en", "A magnitude 7.4 earthquake centred on the Puebla-Morelos border struck central Mexico on September 19, 2017, Mexico's National Seismological Service said.",
    "a magnitude 7.4 earthquake centred on the Puebla-Morelos border struck central Mexico", "2017-09-19",
    confirmed_by="ssn-mexico"),
  ["d29_ssn_20170919"])

P(T, X, "altered quote: the address of 16 Apr 2019 is pinned; Macron's own turn says 'I want it to be completed within five years', and the quote puts ten years in their place.",
  Q("en", "\"We will rebuild Notre-Dame cathedral even more beautifully, and I want it to be completed within ten years,\" Emmanuel Macron said in a televised address on April 16, 2019.",
    "emmanuel-macron", "We will rebuild Notre-Dame cathedral even more beautifully, and I want it to be completed within ten years", "2019-04-16"),
  ["d29_elysee_20190416"])

P(T, U, "Peña Nieto's message of 19 Sep 2017 gives no death toll; a figure put in his mouth is not in the source, which neither confirms nor contradicts it.",
  S("en", "Mexican President Enrique Peña Nieto said in a televised message on September 19, 2017 that at least 217 people had died in the earthquake.",
    "enrique-pena-nieto", "at least 217 people had died in the earthquake", "2017-09-19"),
  ["d29_presidencia_mx_20170919"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The five-year pledge is pinned by its words; the Élysée dates Macron's address to the nation on 16 Apr 2019. His remarks of the 15th, in a document not in this pair, say 'we will rebuild it' with no deadline.",
  S("en", "French President Emmanuel Macron pledged on April 15, 2019 to rebuild Notre-Dame within five years.",
    "emmanuel-macron", "Macron pledged to rebuild Notre-Dame within five years", "2019-04-15"),
  ["d29_elysee_20190416"])

P(T, X, "The conclusion of the national count is one act, pinned by its figures; the TSE's note says it concluded 'este viernes 23 de octubre', not on the 22nd.",
  E("es", "El Tribunal Supremo Electoral de Bolivia concluyó el 22 de octubre de 2020 el cómputo nacional, que dio a Luis Arce el 55,10 % de los votos.",
    "el TSE concluyó el cómputo nacional, que dio a Arce el 55,10 %", "2020-10-22", ["tse-bolivia", "luis-arce"]),
  ["d29_tse_20201023"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Maradona's death is one event, pinned by the three days of national mourning decreed for it; the Casa Rosada's note dates it on Wednesday 25 Nov 2020, not in December.",
  E("es", "Diego Armando Maradona murió en diciembre de 2020, a los 60 años, y el Gobierno argentino decretó tres días de duelo nacional.",
    "Maradona murió a los 60 años y el Gobierno decretó tres días de duelo nacional", "2020-12", ["diego-maradona"]),
  ["d29_casarosada_20201125"])

P(T, X, "The earthquake is pinned by its magnitude and its epicentre between Puebla and Morelos; the SSN's report dates it on 19 Sep 2017, not in October.",
  E("en", "In October 2017, a magnitude 7.1 earthquake with its epicentre between the states of Puebla and Morelos struck central Mexico.",
    "a magnitude 7.1 earthquake with its epicentre between Puebla and Morelos struck central Mexico", "2017-10",
    confirmed_by="ssn-mexico"),
  ["d29_ssn_20170919"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The minute of silence of 18 Aug 2017 is one event; the Casa Real's note says the King presided over it 'en la plaza de Cataluña de Barcelona', not in the plaza de Sant Jaume.",
  E("es", "El Rey Felipe VI presidió el 18 de agosto de 2017 en la plaza de Sant Jaume de Barcelona el minuto de silencio por las víctimas de los atentados.",
    "Felipe VI presidió en la plaza de Sant Jaume el minuto de silencio por las víctimas", "2017-08-18", ["felipe-vi"]),
  ["d29_casareal_20170818"])

P(T, X, "The wake is pinned by the three days of mourning and the family's request; the Casa Rosada's note of 25 Nov 2020 says Maradona's remains 'serán velados en la Casa Rosada', not at Boca Juniors' stadium.",
  E("en", "Diego Maradona's body will lie in state at La Bombonera, Boca Juniors' stadium, at his family's request, the Argentine government said on November 25, 2020 as it declared three days of national mourning.",
    "Maradona's body will lie in state at La Bombonera at his family's request", "2020-11-25",
    ["diego-maradona", "argentina-presidency"]),
  ["d29_casarosada_20201125"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The minute of silence of 18 Aug 2017 is pinned by its place and hour; the Casa Real's note says 'Su Majestad el Rey ha presidido' it, with Rajoy among those accompanying him. Rajoy is named in another role, as dev20 decided for swaps of that kind.",
  E("en", "Spanish Prime Minister Mariano Rajoy presided over the minute of silence in Barcelona's Plaça de Catalunya at noon on August 18, 2017.",
    "Rajoy presided over the minute of silence in the Plaça de Catalunya", "2017-08-18", ["mariano-rajoy"]),
  ["d29_casareal_20170818"])

P(T, X, "The mourning decree of 25 Nov 2020 is pinned by its occasion and its three days; the Casa Rosada's note says 'El presidente Alberto Fernández decretó' it, not the vice president.",
  S("es", "La vicepresidenta Cristina Fernández de Kirchner decretó el 25 de noviembre de 2020 tres días de duelo nacional por la muerte de Diego Armando Maradona.",
    "cristina-fernandez-kirchner", "Cristina Fernández de Kirchner decretó tres días de duelo nacional por la muerte de Maradona", "2020-11-25"),
  ["d29_casarosada_20201125"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Heitz's own turn of 16 Apr 2019 says 'Nothing at this stage points to a deliberate act': the opposite of a claim that the fire was set on purpose (a Spanish claim against the English text).",
  S("es", "La Fiscalía de París afirmó el 16 de abril de 2019 que el incendio de Notre Dame fue provocado de forma deliberada.",
    "remy-heitz", "el incendio de Notre Dame fue provocado de forma deliberada", "2019-04-16"),
  ["d29_parquet_20190416"])

P(T, X, "Macron's own turn of 15 Apr 2019 says 'The worst has been avoided, even if the battle is not yet fully won': the opposite of a claim that he said the cathedral was lost.",
  S("en", "Emmanuel Macron said outside Notre-Dame on the night of April 15, 2019 that the cathedral could not be saved.",
    "emmanuel-macron", "the cathedral could not be saved", "2019-04-15"),
  ["d29_elysee_20190415"])

P(T, X, "wrong act: Mesa's own turn of 19 Oct 2020 says 'nos corresponde reconocer que hay un ganador: el MAS ha ganado esta elección'; the same message is told as a refusal to concede (an English claim against the Spanish transcript).",
  S("en", "Carlos Mesa refused on October 19, 2020 to concede defeat to Luis Arce, saying he would wait for the official count.",
    "carlos-mesa", "Mesa refused to concede defeat to Arce", "2020-10-19"),
  ["d29_cc_20201019"])

P(T, X, "wrong act: Trump's own post of 15 Apr 2019 says 'Perhaps flying water tankers could be used to put it out'; the same post is told as advice against using them.",
  S("es", "Donald Trump pidió el 15 de abril de 2019 en Twitter que no se usaran aviones cisterna contra el incendio de Notre Dame.",
    "donald-trump", "Trump pidió que no se usaran aviones cisterna contra el incendio de Notre Dame", "2019-04-15",
    channel="x", event_type="post"),
  ["d29_x_trump_20190415"])

P(T, X, "wrong act: Heitz's own turn of 16 Apr 2019 says he opened 'an investigation for involuntary destruction by fire' and that nothing points to a deliberate act; the same act, the opening of the investigation, is told as a terrorism inquiry.",
  S("en", "The Paris prosecutor's office opened a terrorism investigation into the Notre-Dame fire, prosecutor Rémy Heitz said on April 16, 2019.",
    "remy-heitz", "the Paris prosecutor's office opened a terrorism investigation into the Notre-Dame fire", "2019-04-16"),
  ["d29_parquet_20190416"])

P(T, X, "wrong act: the Casa Rosada's note of 26 Nov 2020 says Maradona 'fue sepultado en una ceremonia íntima, junto a sus padres' at the Jardín de Bella Vista cemetery; the same act is told as a cremation (burial and cremation exclude each other).",
  E("es", "Los restos de Diego Armando Maradona fueron cremados el 26 de noviembre de 2020 en una ceremonia íntima, tras el velatorio en la Casa Rosada.",
    "los restos de Maradona fueron cremados en una ceremonia íntima tras el velatorio en la Casa Rosada", "2020-11-26", ["diego-maradona"]),
  ["d29_casarosada_20201126"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Trump's own post of 15 Apr 2019 says 'Perhaps flying water tankers could be used to put it out'; the quote turns the suggestion into an order ('must be used').",
  Q("en", "\"Flying water tankers must be used to put it out. Must act quickly!\" Donald Trump tweeted about the Notre-Dame fire on April 15, 2019.",
    "donald-trump", "Flying water tankers must be used to put it out. Must act quickly!", "2019-04-15",
    channel="x", event_type="post"),
  ["d29_x_trump_20190415"])

P(T, X, "altered quote: the press points of 15 Apr 2019 are pinned; Nuñez's own turn says 'We are not sure that we can stop the fire from spreading to the north belfry', and the quote drops the 'not'.",
  Q("es", "«Estamos seguros de que podemos impedir que el fuego se propague al campanario norte», dijo el secretario de Estado de Interior, Laurent Nuñez, la noche del 15 de abril de 2019.",
    "laurent-nunez", "Estamos seguros de que podemos impedir que el fuego se propague al campanario norte", "2019-04-15"),
  ["d29_interieur_20190415"])

P(T, X, "altered quote: the press conference of the early hours of 19 Oct 2020 is pinned; Arce's own turn says 'Hemos recuperado la democracia y, sobre todo, hemos recuperado la esperanza', and the quote puts power in the place of democracy.",
  Q("es", "«Hemos recuperado el poder y, sobre todo, hemos recuperado la esperanza», dijo Luis Arce en la madrugada del 19 de octubre de 2020.",
    "luis-arce", "Hemos recuperado el poder y, sobre todo, hemos recuperado la esperanza", "2020-10-19"),
  ["d29_mas_20201019"])

P(T, U, "The claimed radio interview of 26 Nov 2020 is not among the sources, and Fernández's post of the 25th, another occasion, does not contain the sentence.",
  Q("es", "«Diego es eterno y el pueblo lo va a despedir como se merece», dijo Alberto Fernández en una entrevista con Radio 10 el 26 de noviembre de 2020.",
    "alberto-fernandez", "Diego es eterno y el pueblo lo va a despedir como se merece", "2020-11-26",
    channel="interview", event_type="interview"),
  ["d29_x_alferdez_20201125"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question ('Do you suspect arson?') put in Heitz's mouth in the first person; Heitz answers 'No. Nothing at this stage points to a deliberate act'.",
  Q("en", "\"We suspect arson,\" Paris prosecutor Rémy Heitz told reporters on April 16, 2019, the day after the fire at Notre-Dame.",
    "remy-heitz", "We suspect arson", "2019-04-16", channel="press_conference", event_type="press_conference"),
  ["d29_parquet_20190416"])

P(T, U, "The words are General Gallet's, in his own turn of the press points of 15 Apr 2019, not Nuñez's; Nuñez's turn says the firefighters were not sure of stopping the spread.",
  Q("en", "\"We can now consider that the structure of Notre-Dame has been saved and preserved in its entirety,\" junior interior minister Laurent Nuñez said late on April 15, 2019.",
    "laurent-nunez", "We can now consider that the structure of Notre-Dame has been saved and preserved in its entirety", "2019-04-15"),
  ["d29_interieur_20190415"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Casa Real's note of 18 Aug 2017 records the minute of silence and the crowd's «No tinc por» and quotes no words of the King that day; it does not confirm the quoted sentence.",
  Q("es", "«Barcelona es y seguirá siendo una ciudad abierta al mundo», dijo el Rey tras el minuto de silencio en la plaza de Cataluña, el 18 de agosto de 2017, según la Casa Real.",
    "felipe-vi", "Barcelona es y seguirá siendo una ciudad abierta al mundo", "2017-08-18",
    channel="press_release", confirmed_by="spain-royal-household"),
  ["d29_casareal_20170818"])

P(T, U, "The Casa Rosada's note of 26 Nov 2020 says Fernández accompanied the family during the wake and quotes no words of his; it does not confirm the quoted sentence.",
  Q("en", "\"Diego gave us the greatest joys, and today the people have come to give him back their love,\" President Alberto Fernández said at the wake on November 26, 2020, according to the Casa Rosada.",
    "alberto-fernandez", "Diego gave us the greatest joys, and today the people have come to give him back their love", "2020-11-26",
    channel="press_release", confirmed_by="argentina-presidency"),
  ["d29_casarosada_20201126"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Casa Real's note of 18 Aug 2017 has Rajoy and Puigdemont at the minute of silence that day; nothing records a meeting of the two on the 19th, and nothing in the claim pins one.",
  E("es", "Mariano Rajoy y Carles Puigdemont se reunieron en Barcelona el 19 de agosto de 2017 para coordinar la respuesta a los atentados.",
    "Rajoy y Puigdemont se reunieron en Barcelona para coordinar la respuesta a los atentados", "2017-08-19",
    ["mariano-rajoy", "carles-puigdemont"], event_type="meeting"),
  ["d29_casareal_20170818"])

P(T, C, "The Casa Real's note of Friday 18 Aug 2017 says the King presided over the minute of silence in the plaza de Cataluña 'hoy, a las 12:00 horas'; La Moncloa's note of the 17th, which announces it for 'mañana viernes', sits next to it without moving it.",
  E("en", "King Felipe VI led a minute of silence in Barcelona's Plaça de Catalunya on August 18, 2017, the day after the van attack on Las Ramblas.",
    "Felipe VI led a minute of silence in the Plaça de Catalunya", "2017-08-18", ["felipe-vi"]),
  ["d29_moncloa_20170817", "d29_casareal_20170818"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Élysée's text of 16 Apr 2019 records Macron's five-year pledge; no source records Prime Minister Édouard Philippe announcing it, which the address neither confirms nor excludes.",
  S("es", "El primer ministro francés, Édouard Philippe, anunció el 16 de abril de 2019 que Notre Dame se reconstruirá en un plazo de cinco años.",
    "edouard-philippe", "Notre Dame se reconstruirá en un plazo de cinco años", "2019-04-16"),
  ["d29_elysee_20190416"])

P(T, C, "Gallet's own turn of 15 Apr 2019 says 'We can now consider that the structure of Notre-Dame has been saved and preserved in its entirety. The two towers have been preserved'; Macron's remarks of the same night sit next to it without moving it.",
  S("en", "The commander of the Paris Fire Brigade, General Jean-Claude Gallet, said late on April 15, 2019 that the structure of Notre-Dame had been saved, including its two towers.",
    "jean-claude-gallet", "the structure of Notre-Dame had been saved, including its two towers", "2019-04-15"),
  ["d29_interieur_20190415", "d29_elysee_20190415"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The SSN's report of 19 Sep 2017 gives a magnitude 7.1 earthquake that day between Puebla and Morelos, 32 years after the earthquake of 1985; its report on the magnitude 8.2 earthquake off Chiapas of 7 Sep, a similar headline, sits next to it without moving it.",
  E("es", "El 19 de septiembre de 2017, justo 32 años después del terremoto de 1985, un sismo de magnitud 7,1 con epicentro entre Puebla y Morelos sacudió el centro de México.",
    "un sismo de magnitud 7,1 con epicentro entre Puebla y Morelos sacudió el centro de México, 32 años después del de 1985", "2017-09-19",
    confirmed_by="ssn-mexico"),
  ["d29_ssn_20170907", "d29_ssn_20170919"])

P(T, U, "wrong act: Peña Nieto's message of 19 Sep 2017 says he ordered the activation of the Plan MX; a declaration of a national state of emergency is another act, which the message neither reports nor rules out.",
  S("en", "Mexican President Enrique Peña Nieto declared a national state of emergency on the night of September 19, 2017, after the earthquake.",
    "enrique-pena-nieto", "Peña Nieto declared a national state of emergency after the earthquake", "2017-09-19"),
  ["d29_presidencia_mx_20170919"])

P(T, U, "wrong act: the TSE's note of 23 Oct 2020 declares Arce and Choquehuanca elected in the first round and says credentials will be handed over later; taking office is another step, which the note neither reports nor rules out in terms (the swearing-in is not in any document here).",
  E("es", "Luis Arce asumió como presidente de Bolivia el 23 de octubre de 2020, tras el cómputo final del Tribunal Supremo Electoral.",
    "Luis Arce asumió como presidente de Bolivia tras el cómputo final del TSE", "2020-10-23", ["luis-arce"]),
  ["d29_tse_20201023"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Reuters, a media outlet, reports the Pinault family's pledge of 100 million euros; no primary or official source is among this pair's documents.",
  S("en", "The family of French billionaire François-Henri Pinault pledged 100 million euros on April 15, 2019 to help rebuild Notre-Dame.",
    "francois-henri-pinault", "the Pinault family pledged 100 million euros to help rebuild Notre-Dame", "2019-04-15"),
  ["d29_reuters_20190416"])

P(T, U, "Only El Universal, a media outlet, reports the collapse of the Colegio Enrique Rébsamen and the drill two hours before the earthquake; no primary or official source is among this pair's documents.",
  E("es", "Parte del Colegio Enrique Rébsamen, en Coapa, se derrumbó durante el sismo del 19 de septiembre de 2017, que ocurrió dos horas después del macrosimulacro nacional.",
    "parte del Colegio Enrique Rébsamen se derrumbó durante el sismo, dos horas después del macrosimulacro", "2017-09-19"),
  ["d29_eluniversal_20170920"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Macron's five-year pledge is in the Élysée's text of his televised address of 16 Apr 2019; no post of his is among the sources, and the claim is about Twitter.",
  Q("en", "\"We will rebuild Notre-Dame cathedral even more beautifully, and I want it to be completed within five years,\" Emmanuel Macron tweeted on April 16, 2019.",
    "emmanuel-macron", "We will rebuild Notre-Dame cathedral even more beautifully, and I want it to be completed within five years", "2019-04-16",
    channel="x", event_type="post"),
  ["d29_elysee_20190416"])

P(T, U, "Arce's words are in the transcript of his press conference of 19 Oct 2020; no post of his is among the sources, and the claim is about X.",
  Q("es", "«Vamos a gobernar para todos los bolivianos», escribió Luis Arce en su cuenta de Twitter el 19 de octubre de 2020.",
    "luis-arce", "Vamos a gobernar para todos los bolivianos", "2020-10-19", channel="x", event_type="post"),
  ["d29_mas_20201019"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Macron in fact thanks the firefighters for their 'extreme courage', which does not change the label).",
  S("en", "Emmanuel Macron did not mention the firefighters in his remarks outside Notre-Dame on April 15, 2019.",
    "emmanuel-macron", "Macron did not mention the firefighters in his remarks outside Notre-Dame", "2019-04-15", absence=True),
  ["d29_elysee_20190415"])

P(T, U, "Absence claims are always unverified (here Mesa names the MAS, not Arce, which does not change the label).",
  S("es", "Carlos Mesa no mencionó a Luis Arce en el mensaje en el que reconoció la derrota, el 19 de octubre de 2020.",
    "carlos-mesa", "Mesa no mencionó a Luis Arce en el mensaje en el que reconoció la derrota", "2020-10-19", absence=True),
  ["d29_cc_20201019"])
