"""Claims, labels and notes of the thirty-fourth development set (dev34.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev32), applied to the documents in docs_dev34.py alone,
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

P(T, C, "Blair's own statement at Trimdon of 10 May 2007 says 'Today I announce my decision to stand down from the leadership of the Labour Party' and 'On 27 June I will tender my resignation from the office of Prime Minister to the Queen'; the claim abridges it faithfully.",
  S("en", "Tony Blair announced on May 10, 2007 that he would step down as Labour leader and hand his resignation as prime minister to the Queen on June 27.",
    "tony-blair", "he would step down as Labour leader and hand his resignation as prime minister to the Queen on June 27", "2007-05-10"),
  ["d34_pmo_blair_20070510"])

P(T, C, "Fidel Castro's own message, published by Granma on 19 Feb 2008, says 'No me despido de ustedes. Deseo solo combatir como un soldado de las ideas'.",
  Q("es", "«No me despido de ustedes. Deseo solo combatir como un soldado de las ideas», escribió Fidel Castro en el mensaje que Granma publicó el 19 de febrero de 2008.",
    "fidel-castro", "No me despido de ustedes. Deseo solo combatir como un soldado de las ideas", "2008-02-19"),
  ["d34_granma_fidel_20080219"])

P(T, C, "Obama's own remarks in the Rose Garden of 9 Oct 2009 say 'I do not view it as a recognition of my own accomplishments, but rather as an affirmation of American leadership on behalf of aspirations held by people in all nations'.",
  Q("en", "\"I do not view it as a recognition of my own accomplishments, but rather as an affirmation of American leadership on behalf of aspirations held by people in all nations,\" Barack Obama said of the Nobel Peace Prize on October 9, 2009.",
    "barack-obama", "I do not view it as a recognition of my own accomplishments, but rather as an affirmation of American leadership on behalf of aspirations held by people in all nations", "2009-10-09"),
  ["d34_wh_obama_20091009"])

P(T, C, "The House Clerk's record of 3 Oct 2008 gives H.R. 1424, the Emergency Economic Stabilization Act of 2008, 'Passed. Yeas 263, Nays 171'; Bush's Rose Garden remarks of the same day ('A few minutes ago, the House of Representatives passed a bill...') agree.",
  E("en", "On its second attempt, the House passed the Emergency Economic Stabilization Act on October 3, 2008, by 263 votes to 171.",
    "the House passed the Emergency Economic Stabilization Act by 263 votes to 171", "2008-10-03",
    ["us-congress"]),
  ["d34_clerk_20081003", "d34_wh_bush_20081003"])

P(T, C, "Guindos's own turn in the ministry's transcript of 9 Jun 2012 says 'El Gobierno de España ha decidido solicitar financiación europea para la recapitalización de aquellas entidades del sistema bancario que lo necesiten'; the claim paraphrases it faithfully.",
  S("es", "El ministro de Economía, Luis de Guindos, anunció el 9 de junio de 2012 que el Gobierno pedirá financiación europea para recapitalizar los bancos que la necesiten.",
    "luis-de-guindos", "el Gobierno pedirá financiación europea para recapitalizar los bancos que la necesiten", "2012-06-09"),
  ["d34_mineco_guindos_20120609"])

P(T, C, "Raúl Castro's own speech to the National Assembly of 24 Feb 2008 says 'Fidel es Fidel, todos lo sabemos bien. Fidel es insustituible'.",
  Q("es", "«Fidel es Fidel, todos lo sabemos bien. Fidel es insustituible», dijo Raúl Castro ante la Asamblea Nacional el 24 de febrero de 2008, tras ser elegido.",
    "raul-castro", "Fidel es Fidel, todos lo sabemos bien. Fidel es insustituible", "2008-02-24"),
  ["d34_cuba_raul_20080224"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Blair's own statement of 10 May 2007 says 'Hand on heart, I did what I thought was right'; the Spanish quote is its translation.",
  Q("es", "«Con la mano en el corazón, hice lo que creí que era correcto», dijo Tony Blair el 10 de mayo de 2007 al anunciar su marcha.",
    "tony-blair", "Con la mano en el corazón, hice lo que creí que era correcto", "2007-05-10"),
  ["d34_pmo_blair_20070510"])

P(T, C, "Obama's own remarks of 9 Oct 2009 say 'I will accept this award as a call to action -- a call for all nations to confront the common challenges of the 21st century'; the Spanish quote is its translation.",
  Q("es", "«Aceptaré este premio como un llamado a la acción, un llamado a todas las naciones a enfrentar los desafíos comunes del siglo XXI», afirmó Barack Obama el 9 de octubre de 2009.",
    "barack-obama", "Aceptaré este premio como un llamado a la acción, un llamado a todas las naciones a enfrentar los desafíos comunes del siglo XXI", "2009-10-09"),
  ["d34_wh_obama_20091009"])

P(T, C, "Fidel Castro's own message of 19 Feb 2008 says 'no aspiraré ni aceptaré —repito— no aspiraré ni aceptaré el cargo de Presidente del Consejo de Estado y Comandante en Jefe'; the English quote is its translation.",
  Q("en", "\"I will not aspire to nor accept -- I repeat -- I will not aspire to nor accept the post of President of the Council of State and Commander in Chief,\" Fidel Castro wrote in a message published on February 19, 2008.",
    "fidel-castro", "I will not aspire to nor accept -- I repeat -- I will not aspire to nor accept the post of President of the Council of State and Commander in Chief", "2008-02-19"),
  ["d34_granma_fidel_20080219"])

P(T, C, "Guindos's own turn of 9 Jun 2012 says 'Este apoyo financiero no tiene nada que ver con un rescate'; the English quote is its translation.",
  Q("en", "\"This financial support has nothing to do with a bailout,\" Spanish Economy Minister Luis de Guindos told reporters in Madrid on June 9, 2012.",
    "luis-de-guindos", "This financial support has nothing to do with a bailout", "2012-06-09"),
  ["d34_mineco_guindos_20120609"])

P(T, C, "Bush's own turn in Kigali on 19 Feb 2008 says 'Eventually, this transition ought to lead to free and fair elections'; the Spanish quote is its translation.",
  Q("es", "«Con el tiempo, esta transición debería conducir a elecciones libres y justas», dijo George W. Bush en Ruanda el 19 de febrero de 2008, tras conocerse la renuncia de Fidel Castro.",
    "george-w-bush", "Con el tiempo, esta transición debería conducir a elecciones libres y justas", "2008-02-19"),
  ["d34_wh_bush_kigali_20080219"])

P(T, C, "Brown's own statement outside 10 Downing Street of 27 Jun 2007 says 'This will be a new government with new priorities'; the Spanish quote is its translation.",
  Q("es", "«Este será un nuevo Gobierno con nuevas prioridades», prometió Gordon Brown el 27 de junio de 2007 a las puertas del número 10 de Downing Street.",
    "gordon-brown", "Este será un nuevo Gobierno con nuevas prioridades", "2007-06-27"),
  ["d34_pmo_brown_20070627"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The National Assembly's feed item is stamped 03:30 UTC on 25 Feb 2008, which is 22:30 on the 24th in Havana (UTC-5, standard time); it says the Assembly 'reunida hoy' elected Raúl Castro President of the Council of State and of the Council of Ministers.",
  E("es", "La Asamblea Nacional del Poder Popular eligió el 24 de febrero de 2008 a Raúl Castro presidente de los Consejos de Estado y de Ministros.",
    "la Asamblea Nacional eligió a Raúl Castro presidente de los Consejos de Estado y de Ministros", "2008-02-24",
    ["asamblea-nacional-cuba", "raul-castro"]),
  ["d34_anpp_feed_20080224"])

P(T, C, "The Senate's feed item is stamped 01:45 UTC on 2 Oct 2008, which is 21:45 on 1 Oct in Washington (EDT); it says 'Tonight the Senate passed H.R. 1424 ... by a vote of 74 yeas to 25 nays'.",
  E("en", "The Senate approved the financial rescue bill on the night of October 1, 2008, by a vote of 74 to 25.",
    "the Senate approved the financial rescue bill by a vote of 74 to 25", "2008-10-01",
    ["us-congress"]),
  ["d34_senate_feed_20081001"])

P(T, C, "The White House's post is stamped 00:30 UTC on 10 Oct 2009, which is 20:30 on the 9th in Washington (EDT); it quotes Obama's 'I will accept this award as a call to action'. A Spanish claim against the English post.",
  S("es", "La Casa Blanca difundió en Twitter el 9 de octubre de 2009 las palabras de Obama sobre el Nobel: aceptaría el premio como un llamado a la acción.",
    "white-house", "Obama aceptaría el Nobel como un llamado a la acción", "2009-10-09",
    channel="x", event_type="post"),
  ["d34_x_wh_20091009"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Eurogroup's statement of 9 Jun 2012 gives a loan 'estimated as summing up to EUR 100 billion in total'; «hasta 100.000 millones de euros» is the same figure in the other language's notation.",
  S("es", "El Eurogrupo se mostró dispuesto el 9 de junio de 2012 a prestar a España hasta 100.000 millones de euros para recapitalizar sus bancos.",
    "eurogroup", "prestar a España hasta 100.000 millones de euros para recapitalizar sus bancos", "2012-06-09"),
  ["d34_eurogroup_20120609"])

P(T, C, "The House Clerk's record of 29 Sep 2008 gives 'Yeas 205, Nays 228' and, by party, 'Republican, 65 yeas and 133 nays'.",
  E("en", "The House voted down the rescue plan 228-205 on September 29, 2008, with 133 Republicans opposed.",
    "the House voted down the rescue plan 228-205, with 133 Republicans opposed", "2008-09-29",
    ["us-congress"]),
  ["d34_clerk_20080929"])

P(T, X, "The vote of 3 Oct 2008 is pinned by its bill and its 263 yeas; the House Clerk's record gives 171 nays, not 161.",
  E("es", "La Cámara de Representantes aprobó el 3 de octubre de 2008 el plan de rescate financiero por 263 votos a favor y 161 en contra.",
    "la Cámara aprobó el plan de rescate por 263 votos a favor y 161 en contra", "2008-10-03",
    ["us-congress"]),
  ["d34_clerk_20081003"])

P(T, X, "altered quote: Obama's Nobel lecture of 10 Dec 2009 is pinned; his own words are 'a nation in the midst of two wars', and the quote changes the figure.",
  Q("en", "\"I am the Commander-in-Chief of the military of a nation in the midst of three wars,\" Barack Obama said as he accepted the Nobel Peace Prize in Oslo on December 10, 2009.",
    "barack-obama", "I am the Commander-in-Chief of the military of a nation in the midst of three wars", "2009-12-10"),
  ["d34_wh_obama_oslo_20091210"])

P(T, U, "The Norwegian Nobel Committee's announcement of 9 Oct 2009 gives no prize money; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "The Norwegian Nobel Committee said on October 9, 2009 that the prize awarded to Obama was worth 10 million Swedish kronor.",
    "norwegian-nobel-committee", "the prize awarded to Obama was worth 10 million Swedish kronor", "2009-10-09"),
  ["d34_nobel_20091009"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Fidel Castro's message is one act, pinned by its content (he will not aspire to or accept the presidency of the Council of State); Granma published it on 19 Feb 2008, and it is signed on the 18th, neither of them the 20th.",
  S("en", "Fidel Castro announced on February 20, 2008 that he would not accept another term as president of Cuba's Council of State.",
    "fidel-castro", "he would not accept another term as president of Cuba's Council of State", "2008-02-20"),
  ["d34_granma_fidel_20080219"])

P(T, X, "Brown's arrival in office is one event, pinned by 'I have just accepted the invitation of Her Majesty the Queen to form a government'; 10 Downing Street's transcript dates it on 27 Jun 2007, not the 28th.",
  E("es", "Gordon Brown aceptó el 28 de junio de 2007 el encargo de la reina de formar Gobierno y se convirtió en primer ministro británico.",
    "Gordon Brown aceptó el encargo de la reina de formar Gobierno", "2007-06-28",
    ["gordon-brown"]),
  ["d34_pmo_brown_20070627"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The award is pinned by its content (Obama, 'his extraordinary efforts to strengthen international diplomacy'); the Committee's announcement is dated 'Oslo, 9 October 2009', not November.",
  E("es", "En noviembre de 2009, el Comité Noruego del Nobel concedió a Barack Obama el Nobel de la Paz por sus esfuerzos extraordinarios para fortalecer la diplomacia internacional.",
    "el Comité Noruego del Nobel concedió a Obama el Nobel de la Paz", "2009-11",
    ["norwegian-nobel-committee", "barack-obama"]),
  ["d34_nobel_20091009"])

P(T, X, "Raúl Castro's election is pinned by its content (the constituent session of the seventh legislature, Machado Ventura as First Vice President); the Assembly's feed item of the night of 24 Feb 2008 (03:30 UTC on the 25th) puts it in February, not March.",
  E("en", "In March 2008, Cuba's National Assembly elected Raúl Castro president of the Council of State, with José Ramón Machado Ventura as first vice president.",
    "Cuba's National Assembly elected Raúl Castro president of the Council of State", "2008-03",
    ["asamblea-nacional-cuba", "raul-castro", "jose-ramon-machado-ventura"]),
  ["d34_anpp_feed_20080224"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Blair's announcement of 10 May 2007 is one event; 10 Downing Street's transcript places it at the Trimdon Labour Club in Sedgefield ('I have come back here, to Sedgefield'), not in Downing Street.",
  E("en", "Speaking in Downing Street on May 10, 2007, Tony Blair announced that he would stand down as Labour leader.",
    "Tony Blair announced in Downing Street that he would stand down as Labour leader", "2007-05-10",
    ["tony-blair"]),
  ["d34_pmo_blair_20070510"])

P(T, X, "Obama's remarks on the prize of 9 Oct 2009 are one event; the White House transcript places them in the Rose Garden, not the Oval Office (where the claim's event is the speaking, the transcript's venue decides).",
  E("es", "Barack Obama reaccionó al Nobel de la Paz el 9 de octubre de 2009 con una declaración desde el Despacho Oval.",
    "Obama reaccionó al Nobel de la Paz con una declaración desde el Despacho Oval", "2009-10-09",
    ["barack-obama"]),
  ["d34_wh_obama_20091009"])

P(T, X, "Guindos's press conference of 9 Jun 2012 is one event, pinned by its content; the ministry's transcript places it in Madrid, not in Brussels (Brussels is where the Eurogroup's statement was issued, in a document not in this pair). An English claim against the Spanish transcript.",
  E("en", "Luis de Guindos told a news conference in Brussels on June 9, 2012 that Spain would ask for European money to recapitalize its banks.",
    "Guindos told a news conference in Brussels that Spain would ask for European money to recapitalize its banks", "2012-06-09",
    ["luis-de-guindos"]),
  ["d34_mineco_guindos_20120609"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The election of 24 Feb 2008 is pinned by its session; the Assembly's feed item names Raúl Castro President and José Ramón Machado Ventura First Vice President, and the claim swaps their posts.",
  E("es", "La Asamblea Nacional cubana eligió el 24 de febrero de 2008 a José Ramón Machado Ventura presidente del Consejo de Estado, con Raúl Castro como primer vicepresidente.",
    "la Asamblea Nacional eligió a Machado Ventura presidente del Consejo de Estado, con Raúl Castro como primer vicepresidente", "2008-02-24",
    ["asamblea-nacional-cuba", "jose-ramon-machado-ventura", "raul-castro"]),
  ["d34_anpp_feed_20080224"])

P(T, X, "Bush's answer on Castro of 19 Feb 2008 is pinned by its words; the White House transcript places it at a joint press availability with President Kagame of Rwanda in Kigali, not beside Tanzania's Kikwete (whom Bush had visited in the days before; no document here records it).",
  E("en", "Standing beside Tanzanian President Jakaya Kikwete on February 19, 2008, George W. Bush said Castro's exit should begin a democratic transition in Cuba.",
    "Bush, beside Jakaya Kikwete, said Castro's exit should begin a democratic transition in Cuba", "2008-02-19",
    ["george-w-bush", "jakaya-kikwete"], event_type="press_conference"),
  ["d34_wh_bush_kigali_20080219"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Guindos's own turn of 9 Jun 2012 says 'Las condiciones se impondrán a las entidades financieras que reciban ayudas, no a la sociedad española. No habrá condiciones macroeconómicas adicionales': the opposite of the claim.",
  S("es", "Luis de Guindos admitió el 9 de junio de 2012 que el préstamo europeo traería condiciones macroeconómicas para el conjunto de la economía española.",
    "luis-de-guindos", "el préstamo europeo traería condiciones macroeconómicas para el conjunto de la economía española", "2012-06-09"),
  ["d34_mineco_guindos_20120609"])

P(T, X, "Fidel Castro's own message of 19 Feb 2008 says 'no aspiraré ni aceptaré ... el cargo de Presidente del Consejo de Estado y Comandante en Jefe': the opposite of the claim (an English claim against the Spanish message).",
  S("en", "Fidel Castro said on February 19, 2008 that he would seek to remain president of Cuba's Council of State.",
    "fidel-castro", "he would seek to remain president of Cuba's Council of State", "2008-02-19"),
  ["d34_granma_fidel_20080219"])

P(T, X, "wrong act: the House Clerk's record of 29 Sep 2008 gives the vote on H.R. 3997 as 'Failed. Yeas 205, Nays 228'; the same vote, with the same figures, is told as an approval (as dev27 decided for the Argentine Senate's rejection told as an approval).",
  E("en", "The House of Representatives narrowly approved the Wall Street rescue plan on September 29, 2008, by 228 votes to 205.",
    "the House narrowly approved the Wall Street rescue by 228 votes to 205", "2008-09-29",
    ["us-congress"]),
  ["d34_clerk_20080929"])

P(T, X, "wrong act: Blair's own statement of 10 May 2007 says 'On 27 June I will tender my resignation from the office of Prime Minister to the Queen'; the same announcement is told as a resignation that day (as dev24 decided for Salmond's resignation announced for later). A Spanish claim against the English transcript.",
  S("es", "Tony Blair dimitió como primer ministro británico el 10 de mayo de 2007, tras diez años en Downing Street.",
    "tony-blair", "Tony Blair dimitió como primer ministro británico", "2007-05-10"),
  ["d34_pmo_blair_20070510"])

P(T, X, "wrong act: Obama's own remarks of 9 Oct 2009 say 'I will accept this award as a call to action'; the same reaction is told as a refusal of the prize (his 'I do not feel that I deserve to be in the company...' in the same remarks does not make it one).",
  S("es", "Barack Obama anunció el 9 de octubre de 2009 que no aceptaría el Nobel de la Paz porque no sentía que lo mereciera.",
    "barack-obama", "Obama no aceptaría el Nobel de la Paz", "2009-10-09"),
  ["d34_wh_obama_20091009"])

P(T, X, "wrong act: Raúl Castro's own speech of 24 Feb 2008 asks the Assembly that he may 'consultar al Comandante en Jefe las decisiones de especial trascendencia para el futuro de la nación'; the same proposal is told as ruling that out (an English claim against the Spanish transcript).",
  S("en", "Raúl Castro ruled out consulting his brother Fidel on major decisions as he took over Cuba's presidency on February 24, 2008.",
    "raul-castro", "he ruled out consulting Fidel on major decisions", "2008-02-24"),
  ["d34_cuba_raul_20080224"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Brown's statement of 27 Jun 2007 is pinned; his own words are 'a new government with new priorities', and the quote makes the priorities the same.",
  Q("en", "\"This will be a new government with the same priorities,\" Gordon Brown said outside 10 Downing Street on June 27, 2007.",
    "gordon-brown", "This will be a new government with the same priorities", "2007-06-27"),
  ["d34_pmo_brown_20070627"])

P(T, X, "altered quote: Obama's remarks of 9 Oct 2009 are pinned; his own words are 'I do not view it as a recognition of my own accomplishments', and the quote drops the 'do not'.",
  Q("en", "\"I view it as a recognition of my own accomplishments,\" Barack Obama said in the Rose Garden on October 9, 2009, hours after winning the Nobel Peace Prize.",
    "barack-obama", "I view it as a recognition of my own accomplishments", "2009-10-09"),
  ["d34_wh_obama_20091009"])

P(T, X, "altered quote: Guindos's press conference of 9 Jun 2012 is pinned; his own words are 'a las entidades financieras que reciban ayudas, no a la sociedad española', and the quote turns the 'no' into an 'y'.",
  Q("es", "«Las condiciones se impondrán a las entidades financieras que reciban ayudas y a la sociedad española», advirtió Luis de Guindos el 9 de junio de 2012.",
    "luis-de-guindos", "Las condiciones se impondrán a las entidades financieras que reciban ayudas y a la sociedad española", "2012-06-09"),
  ["d34_mineco_guindos_20120609"])

P(T, U, "The claimed BBC interview of 11 May 2007 is not among the sources, and Blair's statement at Trimdon of the 10th, another occasion, does not contain the sentence.",
  Q("en", "\"I have no regrets about the decisions I took,\" Tony Blair told the BBC in an interview on May 11, 2007.",
    "tony-blair", "I have no regrets about the decisions I took", "2007-05-11", channel="interview", event_type="interview"),
  ["d34_pmo_blair_20070510"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Kagame's turn in the White House transcript of 19 Feb 2008, not Bush's; Bush's turns speak of Cuba's transition.",
  Q("en", "\"The partnership between our two countries has brought real results for our people,\" George W. Bush said in Kigali on February 19, 2008.",
    "george-w-bush", "The partnership between our two countries has brought real results for our people", "2008-02-19"),
  ["d34_wh_bush_kigali_20080219"])

P(T, U, "The words are Blair's turn in the Hansard of 27 Jun 2007, not Cameron's; Cameron's turn wishes the Prime Minister and his family well.",
  Q("es", "«Deseo lo mejor a todos, amigos o enemigos. Y eso es todo. Fin», dijo David Cameron en la Cámara de los Comunes el 27 de junio de 2007.",
    "david-cameron", "Deseo lo mejor a todos, amigos o enemigos. Y eso es todo. Fin", "2007-06-27"),
  ["d34_hansard_pmqs_20070627"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The National Assembly's feed item says in its own words that Raúl Castro 'calificó a Fidel de insustituible' and quotes no one; a paraphrase does not confirm the quoted words, as dev4, dev9, dev28, dev30 and dev32 decided.",
  Q("es", "«Fidel es insustituible y el pueblo continuará su obra», dijo Raúl Castro el 24 de febrero de 2008, según informó la Asamblea Nacional del Poder Popular.",
    "raul-castro", "Fidel es insustituible y el pueblo continuará su obra", "2008-02-24",
    channel="press_release", confirmed_by="asamblea-nacional-cuba"),
  ["d34_anpp_feed_20080224"])

P(T, U, "The White House's release of 3 Oct 2008 reports the signing and the Act's terms in its own voice and quotes no words of Bush's; it does not confirm the sentence quoted from him.",
  Q("en", "\"We have acted boldly to help prevent the crisis on Wall Street from becoming a crisis in communities across our country,\" President Bush said on October 3, 2008, according to a White House statement.",
    "george-w-bush", "We have acted boldly to help prevent the crisis on Wall Street from becoming a crisis in communities across our country", "2008-10-03",
    channel="press_release", confirmed_by="white-house"),
  ["d34_wh_signing_20081003"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The ministry's transcript records Guindos's press conference of Saturday 9 Jun 2012; nothing records one on the 10th, and nothing in the claim pins it to the one of the 9th (as dev6 to dev32 decided for a meeting or appearance claimed on the next day).",
  E("es", "Luis de Guindos compareció ante la prensa el 10 de junio de 2012 para explicar el préstamo europeo a la banca.",
    "Guindos compareció ante la prensa para explicar el préstamo europeo a la banca", "2012-06-10",
    ["luis-de-guindos"], event_type="press_conference", channel="press_conference"),
  ["d34_mineco_guindos_20120609"])

P(T, C, "Rajoy's own turn at La Moncloa on 10 Jun 2012 says 'Ayer ganó la credibilidad del euro, ganó el futuro del euro y ganó la Unión Europea'; the English quote is its translation, and Guindos's press conference of the 9th sits next to it without moving it.",
  Q("en", "\"Yesterday the credibility of the euro won, the future of the euro won and the European Union won,\" Mariano Rajoy said on June 10, 2012.",
    "mariano-rajoy", "Yesterday the credibility of the euro won, the future of the euro won and the European Union won", "2012-06-10"),
  ["d34_mineco_guindos_20120609", "d34_moncloa_rajoy_20120610"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The ministry's transcript of 9 Jun 2012 records Guindos's announcement; no source records the finance minister, Cristóbal Montoro, announcing it, which the record of Guindos's turns neither confirms nor excludes.",
  S("es", "El ministro de Hacienda, Cristóbal Montoro, anunció el 9 de junio de 2012 que España solicitará hasta 100.000 millones de euros para sanear su banca.",
    "cristobal-montoro", "España solicitará hasta 100.000 millones de euros para sanear su banca", "2012-06-09"),
  ["d34_mineco_guindos_20120609"])

P(T, C, "The Norwegian Nobel Committee's announcement of 9 Oct 2009 says 'Only very rarely has a person to the same extent as Obama captured the world's attention and given its people hope for a better future'; Obama's remarks of the same day sit next to it without moving it.",
  Q("en", "\"Only very rarely has a person to the same extent as Obama captured the world's attention and given its people hope for a better future,\" the Norwegian Nobel Committee said on October 9, 2009.",
    "norwegian-nobel-committee", "Only very rarely has a person to the same extent as Obama captured the world's attention and given its people hope for a better future", "2009-10-09"),
  ["d34_nobel_20091009", "d34_wh_obama_20091009"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Obama's own Nobel lecture at Oslo City Hall of 10 Dec 2009 says 'I receive this honor with deep gratitude and great humility'; the Committee's announcement of 9 Oct, a similar headline, sits next to it without moving it.",
  Q("es", "«Recibo este honor con profunda gratitud y gran humildad», dijo Barack Obama al recoger el Nobel de la Paz en Oslo el 10 de diciembre de 2009.",
    "barack-obama", "Recibo este honor con profunda gratitud y gran humildad", "2009-12-10"),
  ["d34_nobel_20091009", "d34_wh_obama_oslo_20091210"])

P(T, U, "wrong act: Fidel Castro's message of 19 Feb 2008 renounces the posts of President of the Council of State and Commander in Chief and recalls that he was recently elected 'miembro del Parlamento'; giving up his seat as a deputy is another act, which the message neither reports nor rules out.",
  S("es", "Fidel Castro renunció el 19 de febrero de 2008 a su escaño de diputado en la Asamblea Nacional.",
    "fidel-castro", "Fidel Castro renunció a su escaño de diputado en la Asamblea Nacional", "2008-02-19"),
  ["d34_granma_fidel_20080219"])

P(T, U, "wrong act: the Eurogroup's statement of 9 Jun 2012 says Spain 'will present a formal request shortly' and that the Eurogroup 'is willing to respond favourably to such a request'; approving the loan is a later step, which the statement neither reports nor rules out (as dev4, dev19 and dev26 decided for a step announced or proposed told as taken).",
  E("en", "Euro zone finance ministers approved a loan of up to 100 billion euros for Spain's banks on June 9, 2012.",
    "euro zone finance ministers approved a loan of up to 100 billion euros for Spain's banks", "2012-06-09",
    ["eurogroup"]),
  ["d34_eurogroup_20120609"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports the Dow's fall of 777.68 points on 29 Sep 2008; no primary or official source is among this pair's documents.",
  E("en", "The Dow Jones industrial average fell 777.68 points on September 29, 2008, after the House rejected the bailout.",
    "the Dow Jones industrial average fell 777.68 points", "2008-09-29"),
  ["d34_ap_20080929"])

P(T, U, "Only BBC News, a media outlet, reports that Harriet Harman was elected Labour's deputy leader on 24 Jun 2007; no primary or official source is among this pair's documents.",
  E("es", "Harriet Harman fue elegida número dos del Partido Laborista el 24 de junio de 2007, el mismo día en que Gordon Brown asumió el liderazgo.",
    "Harriet Harman fue elegida número dos del Partido Laborista", "2007-06-24"),
  ["d34_bbc_20070624"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Brown's words are in 10 Downing Street's transcript of his statement of 27 Jun 2007; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«Me esforzaré al máximo», escribió Gordon Brown en Twitter el 27 de junio de 2007, al llegar a Downing Street.",
    "gordon-brown", "Me esforzaré al máximo", "2007-06-27", channel="x", event_type="post"),
  ["d34_pmo_brown_20070627"])

P(T, U, "Guindos's words are in the ministry's transcript of his press conference of 9 Jun 2012; no post of his is among the sources, and the claim is about Twitter.",
  Q("en", "\"This financial support has nothing to do with a bailout,\" Luis de Guindos wrote on Twitter on June 9, 2012.",
    "luis-de-guindos", "This financial support has nothing to do with a bailout", "2012-06-09", channel="x", event_type="post"),
  ["d34_mineco_guindos_20120609"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Obama in fact tells of Malia and Sasha, which does not change the label).",
  S("en", "Barack Obama did not mention his daughters in his remarks on the Nobel Peace Prize on October 9, 2009.",
    "barack-obama", "Obama did not mention his daughters in his remarks on the Nobel Peace Prize", "2009-10-09", absence=True),
  ["d34_wh_obama_20091009"])

P(T, U, "Absence claims are always unverified (here Fidel Castro in fact says he is not 'en condiciones físicas' to offer the total dedication the post requires, which does not change the label).",
  S("es", "Fidel Castro no hizo referencia a su estado de salud en el mensaje publicado el 19 de febrero de 2008.",
    "fidel-castro", "Fidel Castro no hizo referencia a su estado de salud en su mensaje", "2008-02-19", absence=True),
  ["d34_granma_fidel_20080219"])
