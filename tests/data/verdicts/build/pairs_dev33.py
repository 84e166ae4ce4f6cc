"""Claims, labels and notes of the thirty-third development set (dev33.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev32), applied to the documents in docs_dev33.py alone,
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

P(T, C, "Lady Hale's own summary of 24 Sep 2019 says 'The decision to advise Her Majesty to prorogue Parliament was unlawful' and 'This is the unanimous judgment of all 11 Justices'; the claim reports it faithfully.",
  E("en", "Britain's Supreme Court ruled unanimously on September 24, 2019 that the government's advice to the Queen to prorogue Parliament was unlawful.",
    "the Supreme Court ruled unanimously that the advice to the Queen to prorogue Parliament was unlawful", "2019-09-24",
    ["uk-supreme-court"]),
  ["d33_uksc_20190924"])

P(T, C, "Johnson's own letter of 28 Aug 2019 says he asked the Queen to end the session 'in the second sitting week of September' before 'a Queen's Speech on Monday 14 October'.",
  S("en", "In a letter to MPs on August 28, 2019, Boris Johnson said he had asked the Queen to bring the parliamentary session to an end in the second sitting week of September, ahead of a Queen's Speech on October 14.",
    "boris-johnson", "Johnson asked the Queen to end the parliamentary session in the second sitting week of September, ahead of a Queen's Speech on October 14", "2019-08-28",
    channel="press_release"),
  ["d33_pm_letter_20190828"])

P(T, C, "The National Assembly's note of Thursday 19 Apr 2018 says it elected 'a Miguel Mario Díaz-Canel Bermúdez como presidente de los Consejos de Estado y de Ministros'.",
  E("es", "La Asamblea Nacional del Poder Popular eligió el 19 de abril de 2018 a Miguel Díaz-Canel presidente de los Consejos de Estado y de Ministros de Cuba, en relevo de Raúl Castro.",
    "la Asamblea Nacional eligió a Miguel Díaz-Canel presidente de los Consejos de Estado y de Ministros", "2018-04-19",
    ["asamblea-nacional-cuba", "miguel-diaz-canel"]),
  ["d33_anpp_nota_20180419"])

P(T, C, "Macri's own turn in his election-night speech of 27 Oct 2019 says 'lo invité a desayunar mañana en la Casa Rosada, porque tenemos que comenzar una transición ordenada'.",
  Q("es", "«Lo invité a desayunar mañana en la Casa Rosada, porque tenemos que comenzar una transición ordenada», dijo Mauricio Macri la noche del 27 de octubre de 2019, al reconocer el triunfo de Alberto Fernández.",
    "mauricio-macri", "Lo invité a desayunar mañana en la Casa Rosada, porque tenemos que comenzar una transición ordenada", "2019-10-27"),
  ["d33_macri_20191027"])

P(T, C, "The Justice Department's release of 17 Jul 2019 says Guzmán 'was sentenced today by United States District Judge Brian M. Cogan ... to life imprisonment plus 30 years'.",
  E("en", "A federal judge in Brooklyn sentenced Joaquín \"El Chapo\" Guzmán to life in prison plus 30 years on July 17, 2019.",
    "a federal judge in Brooklyn sentenced Guzmán to life in prison plus 30 years", "2019-07-17",
    ["brian-cogan", "joaquin-guzman-loera"]),
  ["d33_doj_20190717"])

P(T, C, "Sánchez's own turn in the PSOE's transcript of 28 Apr 2019 says 'con él ha ganado el futuro y ha perdido el pasado'.",
  Q("es", "«Ha ganado el futuro y ha perdido el pasado», proclamó Pedro Sánchez ante la sede socialista de Ferraz la noche electoral del 28 de abril de 2019.",
    "pedro-sanchez", "Ha ganado el futuro y ha perdido el pasado", "2019-04-28"),
  ["d33_psoe_sanchez_20190428"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Lady Hale's own words of 24 Sep 2019 are 'The decision to advise Her Majesty to prorogue Parliament was unlawful'; the Spanish quote is their translation, in the same tense.",
  Q("es", "«La decisión de aconsejar a Su Majestad que suspendiera el Parlamento fue ilegal», leyó la presidenta del Tribunal Supremo británico, Lady Hale, el 24 de septiembre de 2019.",
    "brenda-hale", "La decisión de aconsejar a Su Majestad que suspendiera el Parlamento fue ilegal", "2019-09-24"),
  ["d33_uksc_20190924"])

P(T, C, "Díaz-Canel's own turn in the session's record of 19 Apr 2018 says 'El mandato dado por el pueblo a esta legislatura es el de dar continuidad a la Revolución cubana'; the English quote is its translation.",
  Q("en", "\"The mandate given by the people to this legislature is to give continuity to the Cuban Revolution,\" Miguel Díaz-Canel told the National Assembly on April 19, 2018, after being named president.",
    "miguel-diaz-canel", "The mandate given by the people to this legislature is to give continuity to the Cuban Revolution", "2018-04-19"),
  ["d33_anpp_sesion_20180419"])

P(T, C, "Guzmán's own interpreted turn at his sentencing of 17 Jul 2019 says 'I take advantage of this opportunity to say that there was no justice here'; the Spanish quote is its translation.",
  Q("es", "«Aprovecho esta oportunidad para decir que aquí no hubo justicia», dijo Joaquín «El Chapo» Guzmán ante el juez Brian Cogan el 17 de julio de 2019.",
    "joaquin-guzman-loera", "Aprovecho esta oportunidad para decir que aquí no hubo justicia", "2019-07-17"),
  ["d33_edny_20190717"])

P(T, C, "Fernández's own turn in his speech of 27 Oct 2019 says 'Lo único que nos preocupa es que los argentinos dejen de sufrir'; the English quote is its translation.",
  Q("en", "\"The only thing that worries us is that Argentines stop suffering,\" President-elect Alberto Fernández told supporters on October 27, 2019.",
    "alberto-fernandez", "The only thing that worries us is that Argentines stop suffering", "2019-10-27"),
  ["d33_fernandez_20191027"])

P(T, C, "Raúl Castro's own turn in the session's record of 19 Apr 2018 says that if Díaz-Canel delivers he 'ejercerá dos mandatos de cinco años al frente del Estado y del Gobierno'; the English claim reports it faithfully.",
  S("en", "Raúl Castro said on April 19, 2018 that Miguel Díaz-Canel, if he lived up to the task, would serve two five-year terms at the head of the state and the government.",
    "raul-castro", "Díaz-Canel, if he lived up to the task, would serve two five-year terms at the head of the state and the government", "2018-04-19"),
  ["d33_anpp_sesion_20180419"])

P(T, C, "Bercow's own statement of 24 Sep 2019 says 'the House of Commons must convene without delay'; the Spanish quote is its translation.",
  Q("es", "«La Cámara de los Comunes debe reunirse sin demora», afirmó su presidente, John Bercow, el 24 de septiembre de 2019, tras conocer el fallo del Supremo.",
    "john-bercow", "La Cámara de los Comunes debe reunirse sin demora", "2019-09-24"),
  ["d33_bercow_20190924"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The foreign ministry's post is stamped 01:40 UTC on 20 Jan 2017, which is 19:40 on the 19th in Mexico City (UTC-6); it says Mexico handed Guzmán Loera over in extradition 'hoy' (an English claim against the Spanish post).",
  S("en", "Mexico's foreign ministry announced on Twitter on January 19, 2017 that the government had extradited Joaquín Guzmán Loera to the United States.",
    "sre", "the Mexican government had extradited Joaquín Guzmán Loera to the United States", "2017-01-19",
    channel="x", event_type="post"),
  ["d33_x_sre_20170119"])

P(T, C, "Macri's post is stamped 01:10 UTC on 28 Oct 2019, which is 22:10 on the 27th in Buenos Aires (UTC-3); it says he invited Fernández to breakfast at the Casa Rosada.",
  S("es", "Mauricio Macri escribió en Twitter la noche del 27 de octubre de 2019 que había invitado a Alberto Fernández a desayunar en la Casa Rosada para comenzar una transición ordenada.",
    "mauricio-macri", "Macri invitó a Alberto Fernández a desayunar en la Casa Rosada para comenzar una transición ordenada", "2019-10-27",
    channel="x", event_type="post"),
  ["d33_x_macri_20191027"])

P(T, C, "The Cuban foreign ministry's post is stamped 00:40 UTC on 20 Apr 2018, which is 20:40 on the 19th in Havana (UTC-4 in summer); it says the Assembly elected Díaz-Canel 'hoy' (an English claim against the Spanish post).",
  S("en", "Cuba's foreign ministry said on Twitter on April 19, 2018 that the National Assembly had elected Miguel Díaz-Canel president of the Councils of State and of Ministers.",
    "minrex-cuba", "the National Assembly had elected Miguel Díaz-Canel president of the Councils of State and of Ministers", "2018-04-19",
    channel="x", event_type="post"),
  ["d33_x_minrex_20180419"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Assembly's note gives '603 votos de los 604 diputados que ejercieron el voto, para el 99,83 %'; the English claim gives the same figures in the other notation.",
  E("en", "Miguel Díaz-Canel was elected Cuba's president on April 19, 2018 with 603 of the 604 votes cast, or 99.83%.",
    "Díaz-Canel was elected with 603 of the 604 votes cast, or 99.83%", "2018-04-19",
    ["asamblea-nacional-cuba", "miguel-diaz-canel"]),
  ["d33_anpp_nota_20180419"])

P(T, C, "The Interior Ministry's note of 28 Apr 2019 gives the PSOE 123 seats, the PP 66, Ciudadanos 57, Unidas Podemos 42 and Vox 24.",
  E("en", "Spain's Socialists won 123 seats in the general election of April 28, 2019, ahead of the Popular Party with 66, Ciudadanos with 57, Unidas Podemos with 42 and Vox with 24.",
    "the Socialists won 123 seats, the Popular Party 66, Ciudadanos 57, Unidas Podemos 42 and Vox 24", "2019-04-28",
    ["psoe", "partido-popular"]),
  ["d33_interior_20190428"])

P(T, X, "The central bank's note of 27 Oct 2019 cuts the monthly limit for individuals to 'US$200 por mes' through an account (US$100 in cash); $500 is another figure for the same measure.",
  S("en", "Argentina's central bank cut the monthly limit on individuals' dollar purchases to $500 on the night of October 27, 2019.",
    "bcra", "the central bank cut the monthly limit on individuals' dollar purchases to $500", "2019-10-27"),
  ["d33_bcra_20191027"])

P(T, X, "altered quote: the sentencing of 17 Jul 2019 is pinned; Judge Cogan's own turn says 'life imprisonment, plus thirty years to run consecutively', and the quote makes it twenty.",
  Q("en", "\"The Court sentences the defendant to life imprisonment, plus twenty years to run consecutively,\" Judge Brian Cogan said in Brooklyn on July 17, 2019.",
    "brian-cogan", "The Court sentences the defendant to life imprisonment, plus twenty years to run consecutively", "2019-07-17"),
  ["d33_edny_20190717"])

P(T, U, "The Casa Rosada's note of 28 Oct 2019 reports the working breakfast and gives no length for it; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "El desayuno entre Mauricio Macri y Alberto Fernández en la Casa Rosada duró casi dos horas, según informó la Presidencia el 28 de octubre de 2019.",
    "argentina-presidency", "el desayuno entre Macri y Fernández duró casi dos horas", "2019-10-28"),
  ["d33_casarosada_20191028"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The judgment is one act, pinned by its content (unanimous, the prorogation void and of no effect); Lady Hale read it on 24 Sep 2019, not on the 23rd.",
  E("en", "The UK Supreme Court ruled unanimously on September 23, 2019 that the prorogation of Parliament was void and of no effect.",
    "the Supreme Court ruled unanimously that the prorogation of Parliament was void and of no effect", "2019-09-23",
    ["uk-supreme-court"]),
  ["d33_uksc_20190924"])

P(T, X, "The extradition is one act; the foreign ministry's comunicado of 19 Jan 2017 says Mexico handed Guzmán Loera over 'hoy', not on the 20th (the 20th is only the UTC date of its post, which is not in this pair, and the day of Trump's inauguration).",
  E("es", "México extraditó a Joaquín «El Chapo» Guzmán a Estados Unidos el 20 de enero de 2017, el mismo día en que Donald Trump asumió la presidencia.",
    "México extraditó a Joaquín Guzmán a Estados Unidos", "2017-01-20",
    ["joaquin-guzman-loera", "sre"]),
  ["d33_sre_20170119"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The election is pinned by its count (603 votes of 604); the Assembly's note dates it on 19 Apr 2018, not in May.",
  E("es", "En mayo de 2018, la Asamblea Nacional cubana eligió a Miguel Díaz-Canel presidente con 603 votos de 604.",
    "la Asamblea Nacional eligió a Díaz-Canel presidente con 603 votos de 604", "2018-05",
    ["asamblea-nacional-cuba", "miguel-diaz-canel"]),
  ["d33_anpp_nota_20180419"])

P(T, X, "The letter is pinned by its content (the session to end in September, a Queen's Speech on 14 October); it is dated 28 Aug 2019, not September.",
  S("en", "In September 2019, Boris Johnson wrote to MPs that he had asked the Queen to end the parliamentary session, with a Queen's Speech to follow on October 14.",
    "boris-johnson", "Johnson had asked the Queen to end the parliamentary session, with a Queen's Speech on October 14", "2019-09",
    channel="press_release"),
  ["d33_pm_letter_20190828"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Johnson's remarks on the judgment of 24 Sep 2019 are one event; the transcript places them in New York, where he was for the UN General Assembly, not in Downing Street (whose office publishes it).",
  S("en", "Speaking in Downing Street on September 24, 2019, Boris Johnson said he strongly disagreed with the Supreme Court's ruling but would respect it.",
    "boris-johnson", "Johnson strongly disagreed with the Supreme Court's ruling but would respect it", "2019-09-24"),
  ["d33_johnson_ny_20190924"])

P(T, X, "The session of 19 Apr 2018 is one event; the Assembly's note places it 'en el Palacio de Convenciones de La Habana', not at the Palacio de la Revolución.",
  E("es", "Miguel Díaz-Canel fue elegido presidente de Cuba el 19 de abril de 2018 en una sesión de la Asamblea Nacional celebrada en el Palacio de la Revolución.",
    "Díaz-Canel fue elegido presidente en una sesión de la Asamblea Nacional celebrada en el Palacio de la Revolución", "2018-04-19",
    ["asamblea-nacional-cuba", "miguel-diaz-canel"]),
  ["d33_anpp_nota_20180419"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The reading of the judgment of 24 Sep 2019 is pinned; the Court's document is the summary 'read in court by Lady Hale, President of the Supreme Court', and every turn is hers, not Lord Reed's.",
  S("en", "Reading the Supreme Court's unanimous judgment on September 24, 2019, Lord Reed declared that Parliament had not been prorogued.",
    "robert-reed", "Parliament had not been prorogued", "2019-09-24"),
  ["d33_uksc_20190924"])

P(T, X, "The breakfast of 28 Oct 2019 is pinned by its day, place and purpose; the Casa Rosada's note says Macri received 'al presidente electo, Alberto Fernández', not Cristina Fernández de Kirchner.",
  E("es", "Mauricio Macri recibió el 28 de octubre de 2019 a Cristina Fernández de Kirchner en la Casa Rosada para un desayuno de trabajo sobre la transición.",
    "Macri recibió a Cristina Fernández de Kirchner en la Casa Rosada para un desayuno de trabajo sobre la transición", "2019-10-28",
    ["mauricio-macri", "cristina-fernandez-kirchner"]),
  ["d33_casarosada_20191028"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Johnson's own remarks of 24 Sep 2019 say 'I strongly disagree with what the justices have found': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Boris Johnson aseguró el 24 de septiembre de 2019 que estaba de acuerdo con la decisión del Tribunal Supremo sobre la suspensión del Parlamento.",
    "boris-johnson", "Johnson estaba de acuerdo con la decisión del Tribunal Supremo", "2019-09-24"),
  ["d33_johnson_ny_20190924"])

P(T, X, "Díaz-Canel's own turn of 19 Apr 2018 says 'En Cuba no hay espacio para quienes aspiren a una restauración capitalista': the opposite of the claim (an English claim against the Spanish record).",
  S("en", "In his first speech as president on April 19, 2018, Miguel Díaz-Canel opened the door to a restoration of capitalism in Cuba.",
    "miguel-diaz-canel", "Díaz-Canel opened the door to a restoration of capitalism in Cuba", "2018-04-19"),
  ["d33_anpp_sesion_20180419"])

P(T, X, "wrong act: Macri's own speech of 27 Oct 2019 says 'Quiero felicitar al presidente electo, Alberto Fernández' and invites him to start the transition; the same response to the result is told as a refusal to concede (as dev26 decided for Meade).",
  S("es", "Mauricio Macri se negó a reconocer su derrota en la noche electoral del 27 de octubre de 2019.",
    "mauricio-macri", "Macri se negó a reconocer su derrota", "2019-10-27"),
  ["d33_macri_20191027"])

P(T, X, "wrong act: the central bank's note of the night of 27 Oct 2019 cuts the limit on individuals' dollar purchases from US$10,000 to US$200 a month; the same measure is told as controls lifted (a tightening and a lifting exclude each other; an English claim against the Spanish note).",
  S("en", "Argentina's central bank lifted its currency controls on the night of October 27, 2019, hours after the presidential election.",
    "bcra", "the central bank lifted its currency controls", "2019-10-27"),
  ["d33_bcra_20191027"])

P(T, X, "wrong act: the Assembly's note of 19 Apr 2018 says Raúl Castro 'continúa como primer secretario del Comité Central del Partido Comunista de Cuba'; the claim has him leave that post the same day.",
  E("es", "Raúl Castro dejó también la jefatura del Partido Comunista de Cuba el 19 de abril de 2018, al ceder la presidencia a Miguel Díaz-Canel.",
    "Raúl Castro dejó la jefatura del Partido Comunista de Cuba", "2018-04-19",
    ["raul-castro", "miguel-diaz-canel"]),
  ["d33_anpp_nota_20180419"])

P(T, X, "wrong act: the Justice Department's release of 12 Feb 2019 reports the jury's verdict and says 'sentencing will take place at a later date'; the claim tells the same day's act as a sentence passed by the judge, which the source rules out (a Spanish claim against the English release).",
  E("es", "Un juez federal de Brooklyn condenó el 12 de febrero de 2019 a cadena perpetua a Joaquín «El Chapo» Guzmán.",
    "un juez federal de Brooklyn condenó a cadena perpetua a Joaquín Guzmán", "2019-02-12",
    ["brian-cogan", "joaquin-guzman-loera"]),
  ["d33_doj_20190212"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Lady Hale's summary of 24 Sep 2019 is pinned; her words are 'This is the unanimous judgment of all 11 Justices', and the quote makes it a majority one.",
  Q("en", "\"Parliament has not been prorogued. This is the majority judgment of the 11 Justices,\" Lady Hale said on September 24, 2019.",
    "brenda-hale", "Parliament has not been prorogued. This is the majority judgment of the 11 Justices", "2019-09-24"),
  ["d33_uksc_20190924"])

P(T, X, "altered quote: Guzmán's interpreted words at his sentencing of 17 Jul 2019 are pinned; he said his name 'will never be heard', and the quote makes it 'may never be heard' (a certainty made a possibility, as dev22 decided for 'may' against 'can').",
  Q("en", "\"Since the government will send me to a prison where my name may never be heard, I take advantage of this opportunity to say that there was no justice here,\" Joaquín Guzmán told the court on July 17, 2019.",
    "joaquin-guzman-loera", "Since the government will send me to a prison where my name may never be heard, I take advantage of this opportunity to say that there was no justice here", "2019-07-17"),
  ["d33_edny_20190717"])

P(T, X, "altered quote: Fernández's speech of 27 Oct 2019 is pinned; his words are 'que los argentinos dejen de sufrir', and the quote puts the markets in the Argentines' place.",
  Q("es", "«Lo único que nos preocupa es que los mercados dejen de sufrir», dijo Alberto Fernández la noche del 27 de octubre de 2019.",
    "alberto-fernandez", "Lo único que nos preocupa es que los mercados dejen de sufrir", "2019-10-27"),
  ["d33_fernandez_20191027"])

P(T, U, "The claimed Cadena SER interview of 29 Apr 2019 is not among the sources, and Sánchez's speech of the 28th, another occasion, does not contain the sentence.",
  Q("es", "«No habrá un Gobierno con Ciudadanos», aseguró Pedro Sánchez en una entrevista en la Cadena SER el 29 de abril de 2019.",
    "pedro-sanchez", "No habrá un Gobierno con Ciudadanos", "2019-04-29",
    channel="interview", event_type="interview"),
  ["d33_psoe_sanchez_20190428"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are the crowd's ('participant') in the PSOE's transcript of 28 Apr 2019, not Sánchez's; his own next turn only says 'Creo que ha quedado bastante claro'.",
  Q("es", "«¡Con Rivera no!», gritó Pedro Sánchez ante sus simpatizantes en Ferraz la noche del 28 de abril de 2019.",
    "pedro-sanchez", "¡Con Rivera no!", "2019-04-28"),
  ["d33_psoe_sanchez_20190428"])

P(T, U, "The words are Díaz-Canel's, in his own turn of the session's record of 19 Apr 2018, not Raúl Castro's, whose turns speak of his successor's preparation and terms (an English claim against the Spanish record).",
  Q("en", "\"In Cuba there is no room for those who aspire to a capitalist restoration,\" Raúl Castro told the National Assembly on April 19, 2018.",
    "raul-castro", "In Cuba there is no room for those who aspire to a capitalist restoration", "2018-04-19"),
  ["d33_anpp_sesion_20180419"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Casa Rosada's note of 28 Oct 2019 tells the breakfast in its own voice and quotes no one; it does not confirm a sentence quoted from Fernández.",
  Q("es", "«Fue un encuentro muy cordial y muy productivo», dijo Alberto Fernández tras el desayuno del 28 de octubre de 2019, según informó la Casa Rosada.",
    "alberto-fernandez", "Fue un encuentro muy cordial y muy productivo", "2019-10-28",
    channel="press_release", confirmed_by="argentina-presidency"),
  ["d33_casarosada_20191028"])

P(T, U, "The Interior Ministry's note of 28 Apr 2019 says in its own voice that the day 'se ha desarrollado con total normalidad' and quotes no one; a paraphrase does not confirm a sentence quoted from the minister, as dev4, dev9, dev28, dev30 and dev32 decided.",
  Q("es", "«La jornada ha transcurrido con total normalidad y con una participación histórica», afirmó el ministro del Interior, Fernando Grande-Marlaska, el 28 de abril de 2019, según informó su departamento.",
    "fernando-grande-marlaska", "La jornada ha transcurrido con total normalidad y con una participación histórica", "2019-04-28",
    channel="press_release", confirmed_by="interior-espana"),
  ["d33_interior_20190428"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "The Casa Rosada's note of Monday 28 Oct 2019 says Macri received Fernández 'esta mañana' for a working breakfast to begin the transition; Macri's speech of the 27th, which announces it for 'mañana', sits next to it without moving it.",
  E("es", "Mauricio Macri y Alberto Fernández compartieron el 28 de octubre de 2019 un desayuno de trabajo en la Casa Rosada para iniciar la transición.",
    "Macri y Fernández compartieron un desayuno de trabajo en la Casa Rosada para iniciar la transición", "2019-10-28",
    ["mauricio-macri", "alberto-fernandez"]),
  ["d33_macri_20191027", "d33_casarosada_20191028"])

P(T, U, "The Casa Rosada's note records the breakfast of the 28th; nothing records a meeting on 29 Oct 2019, and nothing in the claim pins it to the breakfast.",
  E("en", "Mauricio Macri and Alberto Fernández met at the Casa Rosada on October 29, 2019.",
    "Macri and Fernández met at the Casa Rosada", "2019-10-29",
    ["mauricio-macri", "alberto-fernandez"]),
  ["d33_casarosada_20191028"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The letter of 28 Aug 2019 is Johnson's; no source records Jacob Rees-Mogg announcing the suspension, which the letter neither confirms nor excludes.",
  S("en", "Commons Leader Jacob Rees-Mogg announced on August 28, 2019 that Parliament would be suspended ahead of a Queen's Speech on October 14.",
    "jacob-rees-mogg", "Parliament would be suspended ahead of a Queen's Speech on October 14", "2019-08-28"),
  ["d33_pm_letter_20190828"])

P(T, C, "Bercow's own statement of 24 Sep 2019 says 'the House of Commons must convene without delay'; Johnson's remarks in New York of the same day sit next to it without moving it.",
  S("en", "Commons Speaker John Bercow said on September 24, 2019 that the House of Commons must convene without delay after the Supreme Court's ruling.",
    "john-bercow", "the House of Commons must convene without delay", "2019-09-24"),
  ["d33_johnson_ny_20190924", "d33_bercow_20190924"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Justice Department's release of 12 Feb 2019 says a federal jury in Brooklyn convicted Guzmán Loera 'on all 10 counts'; the release on his sentencing of July, a similar headline, sits next to it without moving it.",
  E("en", "A federal jury in Brooklyn convicted Joaquín \"El Chapo\" Guzmán on all 10 counts on February 12, 2019.",
    "a federal jury in Brooklyn convicted Guzmán on all 10 counts", "2019-02-12",
    ["joaquin-guzman-loera"]),
  ["d33_doj_20190212", "d33_doj_20190717"])

P(T, U, "wrong act: the Casa Rosada's note of 28 Oct 2019 says the two 'acordaron que sus equipos trabajarán juntos en la transición'; a signed transition agreement is another act, which it neither reports nor rules out (as dev4 and dev19 decided for a signature against an agreement reached).",
  E("es", "Mauricio Macri y Alberto Fernández firmaron el 28 de octubre de 2019 un acuerdo de transición en la Casa Rosada.",
    "Macri y Fernández firmaron un acuerdo de transición en la Casa Rosada", "2019-10-28",
    ["mauricio-macri", "alberto-fernandez"]),
  ["d33_casarosada_20191028"])

P(T, U, "wrong act: the Interior Ministry's note of 28 Apr 2019 gives the election results, with the PSOE first; being sworn in is another step, which the note neither reports nor rules out (as dev29 decided for taking office against an election won).",
  E("en", "Pedro Sánchez was sworn in as Spain's prime minister on April 28, 2019, after his Socialists won the general election.",
    "Sánchez was sworn in as prime minister after his Socialists won the general election", "2019-04-28",
    ["pedro-sanchez", "psoe"]),
  ["d33_interior_20190428"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only AP, a news agency, reports the landing at Long Island MacArthur Airport; no primary or official source is among this pair's documents.",
  E("en", "The plane carrying Joaquín \"El Chapo\" Guzmán landed at Long Island MacArthur Airport on the evening of January 19, 2017.",
    "the plane carrying Guzmán landed at Long Island MacArthur Airport", "2017-01-19",
    ["joaquin-guzman-loera"]),
  ["d33_ap_20170119"])

P(T, U, "Only EFE, a news agency, reports Díaz-Canel's birthday and that he is the first ruler born after 1959; no primary or official source is among this pair's documents.",
  S("es", "Miguel Díaz-Canel cumplió 58 años el 20 de abril de 2018, un día después de asumir la presidencia, y es el primer gobernante cubano nacido después de la Revolución.",
    "miguel-diaz-canel", "Díaz-Canel cumplió 58 años un día después de asumir la presidencia", "2018-04-20"),
  ["d33_efe_20180420"])

P(T, U, "Only Clarín, a newspaper, reports Kicillof's victory over Vidal; no primary or official source is among this pair's documents.",
  E("es", "Axel Kicillof derrotó a María Eugenia Vidal el 27 de octubre de 2019 y será gobernador de la provincia de Buenos Aires.",
    "Kicillof derrotó a María Eugenia Vidal y será gobernador de la provincia de Buenos Aires", "2019-10-27",
    ["axel-kicillof"]),
  ["d33_clarin_20191028"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Lady Hale's words are in the Court's summary read in court on 24 Sep 2019; no post of hers or of the Court is among the sources, and the claim is about Twitter.",
  Q("en", "\"Parliament has not been prorogued,\" Lady Hale wrote on Twitter on September 24, 2019.",
    "brenda-hale", "Parliament has not been prorogued", "2019-09-24",
    channel="x", event_type="post"),
  ["d33_uksc_20190924"])

P(T, U, "Díaz-Canel's words are in the stenographic record of the session of 19 Apr 2018; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«El mandato dado por el pueblo a esta legislatura es el de dar continuidad a la Revolución cubana», escribió Miguel Díaz-Canel en Twitter el 19 de abril de 2018.",
    "miguel-diaz-canel", "El mandato dado por el pueblo a esta legislatura es el de dar continuidad a la Revolución cubana", "2018-04-19",
    channel="x", event_type="post"),
  ["d33_anpp_sesion_20180419"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Johnson in fact speaks of delivering Brexit, which does not change the label).",
  S("en", "Boris Johnson did not mention Brexit in his response to the Supreme Court's ruling on September 24, 2019.",
    "boris-johnson", "Johnson did not mention Brexit in his response to the Supreme Court's ruling", "2019-09-24", absence=True),
  ["d33_johnson_ny_20190924"])

P(T, U, "Absence claims are always unverified (here Sánchez in fact speaks of a message to Europe and of a pro-European government, which does not change the label).",
  S("es", "Pedro Sánchez no mencionó a Europa en su discurso de la noche electoral del 28 de abril de 2019.",
    "pedro-sanchez", "Sánchez no mencionó a Europa en su discurso de la noche electoral", "2019-04-28", absence=True),
  ["d33_psoe_sanchez_20190428"])
