"""Claims, labels and notes of the fortieth development set (dev40.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev38), applied to the documents in docs_dev40.py alone,
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

P(T, C, "May's own statement in the Hansard of 12 Mar 2018 says 'the Government have concluded that it is highly likely that Russia was responsible for the act against Sergei and Yulia Skripal'.",
  Q("en", "Theresa May told MPs on March 12, 2018 that it was \"highly likely that Russia was responsible for the act against Sergei and Yulia Skripal.\"",
    "theresa-may", "highly likely that Russia was responsible for the act against Sergei and Yulia Skripal", "2018-03-12"),
  ["d40_hansard_may_20180312"])

P(T, C, "The Zimbabwe Defence Forces' statement of 15 Nov 2017, read by Major General Moyo, says 'we wish to make it abundantly clear that this is not a military takeover of government'.",
  Q("en", "\"This is not a military takeover of government,\" Major General Sibusiso Moyo said on state television on November 15, 2017, reading a statement from Zimbabwe's armed forces.",
    "sibusiso-moyo", "This is not a military takeover of government", "2017-11-15"),
  ["d40_zdf_20171115"])

P(T, C, "The Pope's own address at La Moneda of 16 Jan 2018 (the Holy See's Spanish text) says 'no puedo dejar de manifestar el dolor y la vergüenza, vergüenza que siento ante el daño irreparable causado a niños por parte de ministros de la Iglesia'.",
  Q("es", "Ante las autoridades chilenas, el papa Francisco expresó el 16 de enero de 2018 «el dolor y la vergüenza, vergüenza que siento ante el daño irreparable causado a niños por parte de ministros de la Iglesia».",
    "pope-francis", "el dolor y la vergüenza, vergüenza que siento ante el daño irreparable causado a niños por parte de ministros de la Iglesia", "2018-01-16"),
  ["d40_vatican_moneda_20180116"])

P(T, C, "Obama's own statement of 12 Jan 2017 says 'By taking this step, we are treating Cuban migrants the same way we treat migrants from other countries'.",
  Q("en", "\"We are treating Cuban migrants the same way we treat migrants from other countries,\" President Barack Obama said on January 12, 2017, as he ended the wet-foot/dry-foot policy.",
    "barack-obama", "We are treating Cuban migrants the same way we treat migrants from other countries", "2017-01-12"),
  ["d40_wh_obama_20170112"])

P(T, C, "Sánchez's own turn in the broadcaster's transcript of 29 Oct 2016 says 'He decidido renunciar a mi acta de diputado'.",
  Q("es", "«He decidido renunciar a mi acta de diputado», anunció Pedro Sánchez el 29 de octubre de 2016, horas antes de la investidura de Rajoy.",
    "pedro-sanchez", "He decidido renunciar a mi acta de diputado", "2016-10-29"),
  ["d40_rtve_sanchez_20161029"])

P(T, C, "O'Malley's own statement of 20 Jan 2018 says 'Pope Francis' statements in Chile this week were a source of great pain for survivors of sexual abuse'; the claim abridges it.",
  S("en", "Cardinal Seán O'Malley said on January 20, 2018 that the Pope's remarks in Chile had been a source of great pain for survivors of sexual abuse.",
    "sean-omalley", "the Pope's remarks in Chile had been a source of great pain for survivors of sexual abuse", "2018-01-20"),
  ["d40_omalley_20180120"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "May's own statement of 14 Mar 2018 says of the 23 Russian diplomats 'They have just one week to leave'; the Spanish quote is its translation.",
  Q("es", "«Tienen solo una semana para marcharse», dijo Theresa May el 14 de marzo de 2018 sobre los diplomáticos rusos expulsados.",
    "theresa-may", "Tienen solo una semana para marcharse", "2018-03-14"),
  ["d40_hansard_may_20180314"])

P(T, C, "The Russian foreign ministry's statement of 17 Mar 2018 declares 23 British diplomats persona non grata, to be expelled within a week, and withdraws its consent to the Consulate General in St Petersburg; a Spanish claim against the English statement.",
  S("es", "La Cancillería rusa anunció el 17 de marzo de 2018 la expulsión de 23 diplomáticos británicos y el cierre del consulado general del Reino Unido en San Petersburgo.",
    "russia-mfa", "Rusia expulsa a 23 diplomáticos británicos y cierra el consulado general del Reino Unido en San Petersburgo", "2018-03-17"),
  ["d40_mid_20180317"])

P(T, C, "Mugabe's letter, read into the record of the joint sitting of 21 Nov 2017, says 'My decision to resign is voluntary on my part'; the Spanish quote is its translation.",
  Q("es", "«Mi decisión de dimitir es voluntaria», escribió Robert Mugabe en la carta leída ante el Parlamento el 21 de noviembre de 2017.",
    "robert-mugabe", "Mi decisión de dimitir es voluntaria", "2017-11-21"),
  ["d40_parlzim_20171121"])

P(T, C, "The Pope's own address at La Moneda of 16 Jan 2018 says 'no puedo dejar de manifestar el dolor y la vergüenza, vergüenza que siento ante el daño irreparable causado a niños por parte de ministros de la Iglesia'; the English quote is its translation.",
  Q("en", "\"I cannot fail to express the pain and shame, shame I feel at the irreparable damage done to children by ministers of the Church,\" Pope Francis said in Santiago on January 16, 2018.",
    "pope-francis", "I cannot fail to express the pain and shame, shame I feel at the irreparable damage done to children by ministers of the Church", "2018-01-16"),
  ["d40_vatican_moneda_20180116"])

P(T, C, "The Cuban government's declaration of 12 Jan 2017 says 'El acuerdo constituye un importante paso en el avance de las relaciones bilaterales'; the English quote is its translation.",
  Q("en", "Cuba's government called the agreement \"an important step in the advancement of bilateral relations\" on January 12, 2017.",
    "cuba-government", "an important step in the advancement of bilateral relations", "2017-01-12"),
  ["d40_cuba_declaracion_20170112"])

P(T, C, "The Casa Real's note of 31 Oct 2016 says the King presided 'en el Salón de Audiencias del Palacio de La Zarzuela' over Rajoy's oath as prime minister; an English claim against the Spanish note.",
  E("en", "Mariano Rajoy was sworn in as prime minister before King Felipe VI at the Zarzuela Palace on October 31, 2016.",
    "Mariano Rajoy was sworn in as prime minister before King Felipe VI at the Zarzuela Palace", "2016-10-31",
    ["mariano-rajoy", "felipe-vi"]),
  ["d40_casareal_20161031"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Bachelet's post is stamped 00:40 UTC on 16 Jan 2018, which is 21:40 on the 15th in Santiago (UTC-3, summer time); it welcomes the Pope to Chile.",
  S("es", "Michelle Bachelet dio la bienvenida al papa Francisco en Twitter el 15 de enero de 2018, a su llegada a Chile.",
    "michelle-bachelet", "Bachelet dio la bienvenida al papa Francisco a Chile", "2018-01-15",
    channel="x", event_type="post"),
  ["d40_x_bachelet_20180115"])

P(T, C, "The Cuban foreign ministry's post is stamped 01:15 UTC on 13 Jan 2017, which is 20:15 on the 12th in Havana (UTC-5); it says the two countries signed 'hoy' a joint declaration ending 'pies secos-pies mojados'. An English claim against the Spanish post.",
  S("en", "Cuba's foreign ministry said on Twitter on January 12, 2017 that Cuba and the United States had signed a joint declaration in Havana ending the wet foot, dry foot policy.",
    "minrex-cuba", "Cuba and the United States signed a joint declaration in Havana ending the wet foot, dry foot policy", "2017-01-12",
    channel="x", event_type="post"),
  ["d40_x_minrex_20170112"])

P(T, C, "The White House's post is stamped 00:40 UTC on 13 Jan 2017, which is 19:40 on the 12th in Washington (EST); it quotes Obama's 'Effective immediately, Cuban nationals who attempt to enter the United States illegally ... will be subject to removal'. A Spanish claim against the English post.",
  Q("es", "«Con efecto inmediato, los cubanos que intenten entrar ilegalmente en Estados Unidos y no reúnan los requisitos para recibir ayuda humanitaria estarán sujetos a deportación», difundió la Casa Blanca el 12 de enero de 2017 con palabras de Obama.",
    "barack-obama", "Con efecto inmediato, los cubanos que intenten entrar ilegalmente en Estados Unidos y no reúnan los requisitos para recibir ayuda humanitaria estarán sujetos a deportación", "2017-01-12",
    channel="x", event_type="post", confirmed_by="white-house"),
  ["d40_x_wh_20170112"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Congress's note of 29 Oct 2016 gives '170 votos a favor, 111 en contra y 68 abstenciones' in the second vote; an English claim with the same figures.",
  E("en", "Spain's Congress confirmed Mariano Rajoy as prime minister on October 29, 2016, by 170 votes to 111, with 68 abstentions.",
    "Spain's Congress confirmed Mariano Rajoy as prime minister by 170 votes to 111, with 68 abstentions", "2016-10-29",
    ["congreso-diputados", "mariano-rajoy"]),
  ["d40_congreso_20161029"])

P(T, C, "May's own statement of 14 Mar 2018 says 'we will undertake the biggest single expulsion for over 30 years'; «más de treinta años» is the same figure in words.",
  S("es", "Theresa May anunció el 14 de marzo de 2018 la mayor expulsión de diplomáticos rusos en más de treinta años.",
    "theresa-may", "la mayor expulsión de diplomáticos rusos en más de treinta años", "2018-03-14"),
  ["d40_hansard_may_20180314"])

P(T, X, "Russia's expulsion of 23 British diplomats on 17 Mar 2018 is pinned by its figure and the consulate in St Petersburg; the foreign ministry's statement gives them 'within a week', not 72 hours.",
  S("es", "Rusia dio el 17 de marzo de 2018 un plazo de 72 horas a 23 diplomáticos británicos para abandonar el país.",
    "russia-mfa", "Rusia dio un plazo de 72 horas a 23 diplomáticos británicos para abandonar el país", "2018-03-17"),
  ["d40_mid_20180317"])

P(T, X, "altered quote: May's statement of 14 Mar 2018 is pinned; her own words are 'the United Kingdom will now expel 23 Russian diplomats', and the quote changes the figure.",
  Q("en", "\"Under the Vienna convention, the United Kingdom will now expel 32 Russian diplomats who have been identified as undeclared intelligence officers,\" Theresa May told the Commons on March 14, 2018.",
    "theresa-may", "Under the Vienna convention, the United Kingdom will now expel 32 Russian diplomats who have been identified as undeclared intelligence officers", "2018-03-14"),
  ["d40_hansard_may_20180314"])

P(T, U, "The press secretary's statement of 26 Mar 2018 speaks of 'dozens of Russian intelligence officers' and gives no number; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "The White House said on March 26, 2018 that the United States was expelling 60 Russian intelligence officers.",
    "white-house", "the United States was expelling 60 Russian intelligence officers", "2018-03-26"),
  ["d40_wh_sanders_20180326"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Mugabe's resignation is one act, pinned by the letter read to the joint sitting on the motion to remove him; Parliament's record dates that sitting on 21 Nov 2017, not the 22nd (the day of Mnangagwa's return, in no document of this pair).",
  E("en", "Zimbabwe's parliament speaker read out Robert Mugabe's resignation letter on November 22, 2017, halting the impeachment proceedings.",
    "Zimbabwe's parliament speaker read out Robert Mugabe's resignation letter", "2017-11-22",
    ["jacob-mudenda", "robert-mugabe"]),
  ["d40_parlzim_20171121"])

P(T, X, "Rajoy's investiture is one act, pinned by its second vote and its figures; the Congress's note dates it 'este sábado', 29 Oct 2016, not the 30th.",
  E("es", "El Congreso invistió a Mariano Rajoy presidente del Gobierno el 30 de octubre de 2016, en la segunda votación, con 170 votos a favor.",
    "el Congreso invistió a Mariano Rajoy presidente del Gobierno en la segunda votación", "2016-10-30",
    ["congreso-diputados", "mariano-rajoy"]),
  ["d40_congreso_20161029"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Mnangagwa's inauguration is one event, pinned by his oath before the Chief Justice at the National Sports Stadium; the transcript dates it 24 Nov 2017, not December.",
  E("es", "Emmerson Mnangagwa juró como presidente de Zimbabue en diciembre de 2017, en el Estadio Nacional de Deportes de Harare.",
    "Emmerson Mnangagwa juró como presidente de Zimbabue en el Estadio Nacional de Deportes de Harare", "2017-12",
    ["emmerson-mnangagwa"]),
  ["d40_mnangagwa_20171124"])

P(T, X, "Rajoy's oath before the King at the Zarzuela is one act; the Casa Real's note places it 'este lunes', 31 Oct 2016, in October, not November.",
  E("en", "In November 2016, Mariano Rajoy took his oath of office as prime minister before King Felipe VI at the Zarzuela Palace.",
    "Mariano Rajoy took his oath of office as prime minister before King Felipe VI at the Zarzuela Palace", "2016-11",
    ["mariano-rajoy", "felipe-vi"]),
  ["d40_casareal_20161031"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Mnangagwa's oath of 24 Nov 2017 is one event; the government's transcript places it at the National Sports Stadium in Harare, not at State House (where Mugabe spoke on the 19th, in a document not in this pair).",
  E("en", "Emmerson Mnangagwa was sworn in as Zimbabwe's president at State House in Harare on November 24, 2017.",
    "Emmerson Mnangagwa was sworn in as Zimbabwe's president at State House", "2017-11-24",
    ["emmerson-mnangagwa"]),
  ["d40_mnangagwa_20171124"])

P(T, X, "The joint declaration of 12 Jan 2017 is one act; the Cuban government's declaration says it 'se firmó en La Habana', not in Washington.",
  E("es", "Cuba y Estados Unidos firmaron en Washington el 12 de enero de 2017 la declaración conjunta que puso fin a la política de «pies secos, pies mojados».",
    "Cuba y Estados Unidos firmaron en Washington la declaración conjunta que puso fin a «pies secos, pies mojados»", "2017-01-12",
    ["cuba-government", "us-government"]),
  ["d40_cuba_declaracion_20170112"])

P(T, X, "The Pope's address of 16 Jan 2018 with 'el dolor y la vergüenza' is one event; the Holy See's text places it at the Palacio de La Moneda, not the cathedral (where the claim's event is the speaking, the text's venue decides).",
  E("en", "Speaking at Santiago's cathedral on January 16, 2018, Pope Francis expressed his pain and shame over the abuse of children by clergy.",
    "Pope Francis expressed at Santiago's cathedral his pain and shame over the abuse of children by clergy", "2018-01-16",
    ["pope-francis"]),
  ["d40_vatican_moneda_20180116"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "Rajoy's oath of 31 Oct 2016 at the Zarzuela is pinned; the Casa Real's note names King Felipe VI as presiding, not Juan Carlos I.",
  E("es", "Mariano Rajoy juró el 31 de octubre de 2016 su cargo de presidente del Gobierno ante el rey Juan Carlos en el Palacio de La Zarzuela.",
    "Rajoy juró su cargo de presidente del Gobierno ante el rey Juan Carlos", "2016-10-31",
    ["mariano-rajoy", "juan-carlos-i"]),
  ["d40_casareal_20161031"])

P(T, X, "The joint declaration signed in Havana on 12 Jan 2017 is pinned; the Cuban government names its signatories as Josefina Vidal Ferreiro and Jeffrey DeLaurentis, not Foreign Minister Bruno Rodríguez.",
  E("en", "Cuban Foreign Minister Bruno Rodríguez and U.S. chargé d'affaires Jeffrey DeLaurentis signed the migration agreement in Havana on January 12, 2017.",
    "Bruno Rodríguez and Jeffrey DeLaurentis signed the migration agreement in Havana", "2017-01-12",
    ["bruno-rodriguez", "jeffrey-delaurentis"]),
  ["d40_cuba_declaracion_20170112"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The Russian foreign ministry's statement of 17 Mar 2018 speaks of 'the groundless accusations against the Russian Federation over the incident in Salisbury': the opposite of the claim (a Spanish claim against the English statement).",
  S("es", "El Ministerio de Exteriores ruso admitió el 17 de marzo de 2018 la responsabilidad de Rusia en el envenenamiento de Salisbury.",
    "russia-mfa", "Rusia admitió su responsabilidad en el envenenamiento de Salisbury", "2018-03-17"),
  ["d40_mid_20180317"])

P(T, X, "The Cuban government's declaration of 12 Jan 2017 says 'La Ley de Ajuste Cubano, aprobada en 1966, sigue vigente': the opposite of the claim (an English claim against the Spanish declaration).",
  S("en", "Cuba's government said on January 12, 2017 that the agreement also repealed the Cuban Adjustment Act.",
    "cuba-government", "the agreement also repealed the Cuban Adjustment Act", "2017-01-12"),
  ["d40_cuba_declaracion_20170112"])

P(T, X, "wrong act: the record of the joint sitting of 21 Nov 2017 has Mugabe 'formally tender my resignation ... with immediate effect' and the Speaker suspend the proceedings on the motion to remove him; the same departure is told as a removal by Parliament (as dev28, dev31 and dev36 decided for a resignation told as a removal).",
  E("es", "El Parlamento de Zimbabue destituyó a Robert Mugabe el 21 de noviembre de 2017 al aprobar la moción de juicio político en su contra.",
    "el Parlamento de Zimbabue destituyó a Robert Mugabe al aprobar la moción de juicio político", "2017-11-21",
    ["parliament-zimbabwe", "robert-mugabe"]),
  ["d40_parlzim_20171121"])

P(T, X, "wrong act: Mugabe's own address of 19 Nov 2017 says 'The party congress is due in a few weeks, and I will preside over its processes'; the same address is told as his resignation (many expected one that night).",
  S("en", "Robert Mugabe announced his resignation as Zimbabwe's president in a televised address from State House on November 19, 2017.",
    "robert-mugabe", "Mugabe announced his resignation as Zimbabwe's president", "2017-11-19"),
  ["d40_mugabe_20171119"])

P(T, X, "wrong act: the Congress's note of 27 Oct 2016 says the Pleno 'no ha otorgado' its confidence to Rajoy, with 170 votes in favour and 180 against, short of the absolute majority; the same vote is told as an investiture (as dev27 and dev34 decided for a rejection told as an approval).",
  E("en", "Mariano Rajoy won Spain's investiture vote at the first attempt on October 27, 2016, with 170 deputies backing him.",
    "Mariano Rajoy won Spain's investiture vote at the first attempt", "2016-10-27",
    ["congreso-diputados", "mariano-rajoy"]),
  ["d40_congreso_20161027"])

P(T, X, "wrong act: O'Malley's own statement of 20 Jan 2018 says the Pope's words were 'a source of great pain for survivors' and that words of the kind 'abandon those who have suffered'; the same statement is told as backing the Pope's words (as dev19, dev28 and dev30 decided for a reaction told the other way round).",
  S("es", "El cardenal Seán O'Malley respaldó el 20 de enero de 2018 las palabras del papa Francisco en defensa del obispo Barros.",
    "sean-omalley", "O'Malley respaldó las palabras del papa en defensa del obispo Barros", "2018-01-20"),
  ["d40_omalley_20180120"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: May's statement of 12 Mar 2018 is pinned; her own words are 'it is highly likely that Russia was responsible', and the quote turns a likelihood into a certainty (as dev28 and dev31 decided for a dropped hedge).",
  Q("en", "\"The Government have concluded that it is certain that Russia was responsible for the act against Sergei and Yulia Skripal,\" Theresa May said on March 12, 2018.",
    "theresa-may", "The Government have concluded that it is certain that Russia was responsible for the act against Sergei and Yulia Skripal", "2018-03-12"),
  ["d40_hansard_may_20180312"])

P(T, X, "altered quote: Mugabe's letter of 21 Nov 2017 is pinned; its words are 'My decision to resign is voluntary on my part', and the quote adds a 'no'.",
  Q("es", "«Mi decisión de dimitir no es voluntaria», escribió Robert Mugabe en la carta que leyó el presidente del Parlamento el 21 de noviembre de 2017.",
    "robert-mugabe", "Mi decisión de dimitir no es voluntaria", "2017-11-21"),
  ["d40_parlzim_20171121"])

P(T, X, "altered quote: the Pope's address of 16 Jan 2018 is pinned; his own words are 'el daño irreparable causado a niños por parte de ministros de la Iglesia', and the quote puts lay people in the ministers' place (another object).",
  Q("es", "«No puedo dejar de manifestar el dolor y la vergüenza, vergüenza que siento ante el daño irreparable causado a niños por parte de laicos de la Iglesia», dijo el papa Francisco en La Moneda el 16 de enero de 2018.",
    "pope-francis", "No puedo dejar de manifestar el dolor y la vergüenza, vergüenza que siento ante el daño irreparable causado a niños por parte de laicos de la Iglesia", "2018-01-16"),
  ["d40_vatican_moneda_20180116"])

P(T, U, "The claimed BBC interview of 25 Nov 2017 is not among the sources, and Mnangagwa's inaugural address of the 24th, another occasion, does not contain the sentence.",
  Q("en", "\"Zimbabwe is open for business,\" Emmerson Mnangagwa told the BBC in an interview on November 25, 2017.",
    "emmerson-mnangagwa", "Zimbabwe is open for business", "2017-11-25", channel="interview", event_type="interview"),
  ["d40_mnangagwa_20171124"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Ana Pastor's turn in the Diario de Sesiones of 29 Oct 2016, as the Congress's president announcing the result, not Rajoy's.",
  Q("es", "«Queda otorgada la confianza de la Cámara a don Mariano Rajoy Brey», afirmó Mariano Rajoy en el Congreso el 29 de octubre de 2016, tras la segunda votación.",
    "mariano-rajoy", "Queda otorgada la confianza de la Cámara a don Mariano Rajoy Brey", "2016-10-29"),
  ["d40_dsc_20161029"])

P(T, U, "The words are Major General Moyo's, reading the Defence Forces' statement of 15 Nov 2017; no document gives them to the army's commander, Constantino Chiwenga, whom the record does not name.",
  Q("en", "\"We are only targeting criminals around him,\" General Constantino Chiwenga said on November 15, 2017, referring to President Mugabe.",
    "constantino-chiwenga", "We are only targeting criminals around him", "2017-11-15"),
  ["d40_zdf_20171115"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Holy See Press Office's statement of 16 Jan 2018 says in its own words that the Pope listened to the victims and prayed and wept with them, and quotes no words of his; it does not confirm the sentence quoted from him.",
  Q("es", "«Les pido perdón en nombre de toda la Iglesia», dijo el papa Francisco a las víctimas de abusos el 16 de enero de 2018, según la Oficina de Prensa de la Santa Sede.",
    "pope-francis", "Les pido perdón en nombre de toda la Iglesia", "2018-01-16",
    channel="press_release", confirmed_by="holy-see-press-office"),
  ["d40_holysee_burke_20180116"])

P(T, U, "The Cuban government's declaration of 12 Jan 2017 names Josefina Vidal as a signatory and quotes no words of hers; its own 'importante paso' is the government's voice, not a sentence of hers (as dev4, dev9 and dev28 to dev38 decided for a record without the words).",
  Q("es", "«Es un paso importante hacia una migración regular, segura y ordenada», afirmó Josefina Vidal el 12 de enero de 2017, según la declaración del Gobierno cubano.",
    "josefina-vidal", "Es un paso importante hacia una migración regular, segura y ordenada", "2017-01-12",
    channel="press_release", confirmed_by="cuba-government"),
  ["d40_cuba_declaracion_20170112"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Casa Real's note records Rajoy's oath before the King on Monday 31 Oct 2016; nothing records a meeting of the two at the Zarzuela on the 30th, and nothing in the claim pins it to the oath (as dev6 to dev38 decided for a meeting claimed on a day next to the recorded one).",
  E("es", "El rey Felipe VI recibió a Mariano Rajoy en el Palacio de La Zarzuela el 30 de octubre de 2016.",
    "el rey Felipe VI recibió a Mariano Rajoy en La Zarzuela", "2016-10-30",
    ["felipe-vi", "mariano-rajoy"], event_type="meeting"),
  ["d40_casareal_20161031"])

P(T, C, "May's own statement of 14 Mar 2018 says 'the Russian state was culpable for the attempted murder of Mr Skripal and his daughter'; her statement of the 12th, two days before, sits next to it without moving it.",
  S("en", "Theresa May told the House of Commons on March 14, 2018 that the Russian state was culpable for the attempted murder of Sergei Skripal and his daughter.",
    "theresa-may", "the Russian state was culpable for the attempted murder of Sergei Skripal and his daughter", "2018-03-14"),
  ["d40_hansard_may_20180312", "d40_hansard_may_20180314"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Hansard of 14 Mar 2018 records the Prime Minister's announcement; no source records the Foreign Secretary, Boris Johnson, announcing the expulsion, which the record of May's turns neither confirms nor excludes.",
  S("en", "Foreign Secretary Boris Johnson announced on March 14, 2018 that Britain would expel 23 Russian diplomats.",
    "boris-johnson", "Britain would expel 23 Russian diplomats", "2018-03-14"),
  ["d40_hansard_may_20180314"])

P(T, C, "Jeh Johnson's own statement of 12 Jan 2017 says 'The Department is also ending the Cuban Medical Professional Parole Program'; the President's statement of the same day sits next to it without moving it. A Spanish claim against the English statement.",
  S("es", "El secretario de Seguridad Nacional, Jeh Johnson, anunció el 12 de enero de 2017 el fin del programa de parole para profesionales médicos cubanos.",
    "jeh-johnson", "el fin del programa de parole para profesionales médicos cubanos", "2017-01-12"),
  ["d40_wh_obama_20170112", "d40_dhs_johnson_20170112"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Russian foreign ministry's statement of 17 Mar 2018 declares 23 British diplomats persona non grata; the United Kingdom's expulsion of 23 Russian diplomats on the 14th, a similar headline, sits next to it without moving it.",
  E("en", "Russia expelled 23 British diplomats on March 17, 2018, in retaliation for Britain's expulsions.",
    "Russia expelled 23 British diplomats", "2018-03-17",
    ["russia-mfa"]),
  ["d40_hansard_may_20180314", "d40_mid_20180317"])

P(T, U, "wrong act: May's statement of 14 Mar 2018 expels 23 diplomats and suspends 'all planned high-level bilateral contacts'; breaking diplomatic relations is another act, which the statement neither reports nor rules out (as dev19 decided for a break of relations against an ambassador recalled).",
  S("es", "Theresa May anunció el 14 de marzo de 2018 que el Reino Unido rompía relaciones diplomáticas con Rusia.",
    "theresa-may", "el Reino Unido rompía relaciones diplomáticas con Rusia", "2018-03-14"),
  ["d40_hansard_may_20180314"])

P(T, U, "wrong act: Sánchez's own turns of 29 Oct 2016 give up his seat as a deputy ('renunciar a mi acta de diputado') and say he will travel Spain to listen to the party's members; leaving the PSOE is another act, which the transcript neither reports nor rules out (as dev34 and dev36 decided for a seat or a party given up beyond what the source says).",
  S("en", "Pedro Sánchez quit the Socialist Party on October 29, 2016, hours before Mariano Rajoy's investiture.",
    "pedro-sanchez", "Pedro Sánchez quit the Socialist Party", "2016-10-29"),
  ["d40_rtve_sanchez_20161029"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Reuters, a media outlet, reports that Boris Johnson said it was 'overwhelmingly likely' that Putin ordered the attack; no primary or official source is among this pair's documents.",
  S("es", "Boris Johnson afirmó el 16 de marzo de 2018 que era «abrumadoramente probable» que Vladímir Putin hubiera ordenado el ataque con agente nervioso.",
    "boris-johnson", "era abrumadoramente probable que Putin hubiera ordenado el ataque con agente nervioso", "2018-03-16"),
  ["d40_reuters_20180316"])

P(T, U, "Only EFE, a media outlet, reports the Pope's words to reporters in Iquique on 18 Jan 2018; no primary or official source is among this pair's documents.",
  Q("en", "\"There is not a single piece of evidence against him. It is all slander,\" Pope Francis said of Bishop Juan Barros in Iquique on January 18, 2018.",
    "pope-francis", "There is not a single piece of evidence against him. It is all slander", "2018-01-18"),
  ["d40_efe_20180118"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "May's words are in the Hansard of her statement of 14 Mar 2018; no post of hers is among the sources, and the claim is about Twitter.",
  Q("en", "\"They have just one week to leave,\" Theresa May tweeted on March 14, 2018, about the Russian diplomats being expelled.",
    "theresa-may", "They have just one week to leave", "2018-03-14", channel="x", event_type="post"),
  ["d40_hansard_may_20180314"])

P(T, U, "Obama's words are in the White House's written statement of 12 Jan 2017; no post is among this pair's documents, and the claim is about Twitter.",
  Q("es", "«Estamos tratando a los migrantes cubanos de la misma manera que tratamos a los migrantes de otros países», escribió Barack Obama en Twitter el 12 de enero de 2017.",
    "barack-obama", "Estamos tratando a los migrantes cubanos de la misma manera que tratamos a los migrantes de otros países", "2017-01-12",
    channel="x", event_type="post"),
  ["d40_wh_obama_20170112"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here May in fact names the nerve agent's group, 'Novichok', which does not change the label).",
  S("en", "Theresa May did not name the nerve agent used in Salisbury in her statement to MPs on March 12, 2018.",
    "theresa-may", "May did not name the nerve agent used in Salisbury", "2018-03-12", absence=True),
  ["d40_hansard_may_20180312"])

P(T, U, "Absence claims are always unverified (here the Pope in fact speaks of the harm done to children by ministers of the Church, which does not change the label).",
  S("es", "El papa Francisco no hizo referencia a los abusos sexuales en la Iglesia en su discurso ante las autoridades en La Moneda el 16 de enero de 2018.",
    "pope-francis", "el papa no hizo referencia a los abusos sexuales en la Iglesia en su discurso en La Moneda", "2018-01-16", absence=True),
  ["d40_vatican_moneda_20180116"])
