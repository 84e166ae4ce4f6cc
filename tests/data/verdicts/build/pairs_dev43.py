"""Claims, labels and notes of the forty-third development set (dev43.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev42), applied to the documents in docs_dev43.py alone,
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

P(T, C, "Obama's own statement of the evening of 15 Apr 2013 says 'we will find out who did this; we'll find out why they did this'.",
  Q("en", "\"We will find out who did this; we'll find out why they did this,\" President Obama said from the White House on the evening of April 15, 2013, hours after the blasts in Boston.",
    "barack-obama", "We will find out who did this; we'll find out why they did this", "2013-04-15"),
  ["d43_wh_obama_20130415"])

P(T, C, "Putin's own address of 18 Mar 2014 says 'In people's hearts and minds, Crimea has always been an inseparable part of Russia'.",
  Q("en", "\"In people's hearts and minds, Crimea has always been an inseparable part of Russia,\" Vladimir Putin told lawmakers in the Kremlin on March 18, 2014.",
    "vladimir-putin", "In people's hearts and minds, Crimea has always been an inseparable part of Russia", "2014-03-18"),
  ["d43_kremlin_putin_20140318"])

P(T, C, "Obama's own statement on Iran of 14 Jul 2015 says 'This deal is not built on trust; it is built on verification'.",
  Q("en", "Defending the agreement on July 14, 2015, Obama insisted: \"This deal is not built on trust; it is built on verification.\"",
    "barack-obama", "This deal is not built on trust; it is built on verification", "2015-07-14"),
  ["d43_wh_obama_20150714"])

P(T, C, "Lucena's own turn in the CNE's first bulletin of 7 Dec 2015 gives the MUD 99 seats and the Gran Polo Patriótico 46, with 22 still to be allotted; the claim abridges it faithfully.",
  S("es", "La presidenta del CNE, Tibisay Lucena, anunció el 7 de diciembre de 2015 que la MUD había obtenido 99 escaños y el Gran Polo Patriótico 46, con 22 aún por adjudicar.",
    "tibisay-lucena", "la MUD había obtenido 99 escaños y el Gran Polo Patriótico 46, con 22 aún por adjudicar", "2015-12-07"),
  ["d43_cne_20151207"])

P(T, C, "Morales's own turn at his press conference of 24 Feb 2016 says 'respetamos los resultados. Es parte de la democracia'.",
  Q("es", "«Respetamos los resultados. Es parte de la democracia», admitió Evo Morales el 24 de febrero de 2016, al conocerse el cómputo final del referendo.",
    "evo-morales", "Respetamos los resultados. Es parte de la democracia", "2016-02-24"),
  ["d43_presidencia_evo_20160224"])

P(T, C, "Trump's own remarks of 8 May 2018 say 'The Iran deal is defective at its core'.",
  Q("en", "\"The Iran deal is defective at its core,\" Donald Trump declared at the White House on May 8, 2018.",
    "donald-trump", "The Iran deal is defective at its core", "2018-05-08"),
  ["d43_wh_trump_20180508"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Obama's own remarks at the interfaith service of 18 Apr 2013 say 'the world will return to this great American city to run harder than ever, and to cheer even louder, for the 118th Boston Marathon'; the Spanish quote is its translation.",
  Q("es", "«El mundo volverá a esta gran ciudad estadounidense para correr con más fuerza que nunca y animar aún más alto», prometió Obama en Boston el 18 de abril de 2013.",
    "barack-obama", "El mundo volverá a esta gran ciudad estadounidense para correr con más fuerza que nunca y animar aún más alto", "2013-04-18"),
  ["d43_wh_obama_20130418"])

P(T, C, "Obama's own statement of 14 Jul 2015 says 'I will veto any legislation that prevents the successful implementation of this deal'; the Spanish quote is its translation.",
  Q("es", "«Vetaré cualquier ley que impida la aplicación exitosa de este acuerdo», advirtió Barack Obama al Congreso el 14 de julio de 2015.",
    "barack-obama", "Vetaré cualquier ley que impida la aplicación exitosa de este acuerdo", "2015-07-14"),
  ["d43_wh_obama_20150714"])

P(T, C, "Putin's own address of 18 Mar 2014 says 'We do not want to divide Ukraine; we do not need that'; the Spanish quote is its translation.",
  Q("es", "«No queremos dividir Ucrania, no lo necesitamos», aseguró Vladímir Putin en su discurso del 18 de marzo de 2014.",
    "vladimir-putin", "No queremos dividir Ucrania, no lo necesitamos", "2014-03-18"),
  ["d43_kremlin_putin_20140318"])

P(T, C, "Maduro's own address of 7 Dec 2015 says 'Hemos venido con nuestra moral, con nuestra ética, a reconocer estos resultados adversos'; the English quote is its translation.",
  Q("en", "\"We have come with our morals, with our ethics, to recognize these adverse results,\" Nicolás Maduro said early on December 7, 2015.",
    "nicolas-maduro", "We have come with our morals, with our ethics, to recognize these adverse results", "2015-12-07"),
  ["d43_presidencia_maduro_20151207"])

P(T, C, "UN News's Spanish report of 27 Mar 2014 says the General Assembly adopted the resolution on Ukraine's territorial integrity with '100 votos a favor, 11 en contra y 58 abstenciones'; an English claim against the Spanish record alone.",
  E("en", "The UN General Assembly adopted a resolution affirming Ukraine's territorial integrity on March 27, 2014, by 100 votes to 11, with 58 abstentions.",
    "the UN General Assembly adopted a resolution affirming Ukraine's territorial integrity by 100 votes to 11, with 58 abstentions", "2014-03-27",
    ["united-nations"]),
  ["d43_un_es_20140327"])

P(T, C, "Netanyahu's own statement of 14 Jul 2015 says 'This is a bad mistake of historic proportions'; the Spanish quote is its translation.",
  Q("es", "Benjamin Netanyahu calificó el pacto nuclear, el 14 de julio de 2015, de «un grave error de proporciones históricas».",
    "benjamin-netanyahu", "un grave error de proporciones históricas", "2015-07-14"),
  ["d43_pmo_netanyahu_20150714"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The White House's post is stamped 00:30 UTC on 16 Apr 2013, which is 20:30 on the 15th in Washington (EDT); it quotes Obama's 'We will find out who did this'. A Spanish claim against the English post.",
  S("es", "La Casa Blanca difundió en Twitter el 15 de abril de 2013 la promesa de Obama de averiguar quién estaba detrás de las explosiones de Boston y por qué.",
    "white-house", "Obama prometió averiguar quién estaba detrás de las explosiones de Boston y por qué", "2013-04-15",
    channel="x", event_type="post"),
  ["d43_x_wh_20130416"])

P(T, C, "The TSE's post is stamped 01:10 UTC on 25 Feb 2016, which is 21:10 on the 24th in La Paz (UTC-4); it says the TSE 'concluyó hoy' the national count, NO 51,30 % and SÍ 48,70 %. An English claim against the Spanish post.",
  S("en", "Bolivia's electoral tribunal said on Twitter on February 24, 2016 that it had finished the national count, with the No at 51.3 percent.",
    "tse-bolivia", "the electoral tribunal had finished the national count, with the No at 51.3 percent", "2016-02-24",
    channel="x", event_type="post"),
  ["d43_x_tse_20160225"])

P(T, C, "The White House's post is stamped 00:30 UTC on 9 May 2018, which is 20:30 on the 8th in Washington (EDT); it quotes Trump's 'the United States will withdraw from the Iran nuclear deal'. A Spanish claim.",
  S("es", "La Casa Blanca publicó en Twitter el 8 de mayo de 2018 el anuncio de Trump: Estados Unidos se retira del acuerdo nuclear con Irán.",
    "white-house", "Estados Unidos se retira del acuerdo nuclear con Irán", "2018-05-08",
    channel="x", event_type="post"),
  ["d43_x_wh_20180509"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Putin's own address of 18 Mar 2014 says 'More than 82 percent of the electorate took part in the vote. Over 96 percent of them spoke out in favour of reuniting with Russia'.",
  S("en", "Putin said on March 18, 2014 that more than 82% of Crimea's voters had taken part in the referendum and over 96% of them had backed joining Russia.",
    "vladimir-putin", "more than 82% of Crimea's voters had taken part and over 96% had backed joining Russia", "2014-03-18"),
  ["d43_kremlin_putin_20140318"])

P(T, C, "Obama's own statement of 14 Jul 2015 says Iran 'will remove two-thirds of its installed centrifuges' and 'get rid of 98 percent of its stockpile of enriched uranium'; a Spanish claim against the English transcript.",
  S("es", "Según Obama, el 14 de julio de 2015, Irán retirará dos tercios de sus centrifugadoras instaladas y se deshará del 98 % de sus reservas de uranio enriquecido.",
    "barack-obama", "Irán retirará dos tercios de sus centrifugadoras instaladas y se deshará del 98 % de sus reservas de uranio enriquecido", "2015-07-14"),
  ["d43_wh_obama_20150714"])

P(T, X, "The count is pinned by its day and its subject; the TSE's release of 24 Feb 2016 gives the No 51,30 %, not 52,3 %.",
  S("es", "El Tribunal Supremo Electoral informó el 24 de febrero de 2016 que el No ganó el referendo con el 52,3 % de los votos válidos.",
    "tse-bolivia", "el No ganó el referendo con el 52,3 % de los votos válidos", "2016-02-24"),
  ["d43_tse_20160224"])

P(T, X, "altered quote: Putin's address of 18 Mar 2014 is pinned; his own words are 'More than 82 percent of the electorate took part in the vote', and the quote changes the figure.",
  Q("en", "\"More than 92 percent of the electorate took part in the vote,\" Putin said of the Crimean referendum in his Kremlin address on March 18, 2014.",
    "vladimir-putin", "More than 92 percent of the electorate took part in the vote", "2014-03-18"),
  ["d43_kremlin_putin_20140318"])

P(T, U, "Kerry's press statement of 7 Dec 2015 gives no seat count; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "Secretary of State John Kerry said on December 7, 2015 that Venezuela's opposition had won 112 of the 167 seats in the National Assembly.",
    "john-kerry", "Venezuela's opposition had won 112 of the 167 seats in the National Assembly", "2015-12-07"),
  ["d43_state_kerry_20151207"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The signing is one act, pinned by its signatories (Putin, Konstantinov, Aksyonov, Chaly) and its venue; the Kremlin's release dates it on 18 Mar 2014, not the 19th.",
  E("en", "Vladimir Putin signed the treaty absorbing Crimea into Russia with Crimean leaders Sergei Aksyonov and Vladimir Konstantinov on March 19, 2014.",
    "Putin signed the treaty absorbing Crimea into Russia with Sergei Aksyonov and Vladimir Konstantinov", "2014-03-19",
    ["vladimir-putin", "sergei-aksyonov"], event_type="signing"),
  ["d43_kremlin_treaty_20140318"])

P(T, X, "The interfaith service is one event, pinned by its venue (the Cathedral of the Holy Cross) and the quoted words; the White House's transcript dates it on 18 Apr 2013, not the 17th.",
  Q("es", "«Sí, los encontraremos. Y sí, se enfrentarán a la justicia», dijo Obama el 17 de abril de 2013 en el servicio interreligioso de la catedral de la Santa Cruz de Boston.",
    "barack-obama", "Sí, los encontraremos. Y sí, se enfrentarán a la justicia", "2013-04-17"),
  ["d43_wh_obama_20130418"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The agreement is pinned by its content (the Joint Comprehensive Plan of Action, announced in Vienna by Mogherini and Zarif); their joint statement is dated 14 July 2015, not June.",
  E("es", "En junio de 2015, Irán y las grandes potencias cerraron en Viena el Plan de Acción Integral Conjunto sobre el programa nuclear iraní.",
    "Irán y las grandes potencias cerraron en Viena el Plan de Acción Integral Conjunto", "2015-06",
    ["javad-zarif", "federica-mogherini"]),
  ["d43_eu_joint_20150714"])

P(T, X, "The count is pinned by its content (the referendum on article 168, the No's 51,30 %); the TSE's release concludes it on Wednesday 24 February 2016, not in March. An English claim against the Spanish release.",
  E("en", "In March 2016, Bolivia's electoral tribunal completed the count of the referendum on Evo Morales's re-election, with the No at 51.3 percent.",
    "Bolivia's electoral tribunal completed the count of the referendum, with the No at 51.3 percent", "2016-03",
    ["tse-bolivia"]),
  ["d43_tse_20160224"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The interfaith service of 18 Apr 2013 is one event; the White House's transcript places Obama's remarks at the Cathedral of the Holy Cross, not Old South Church (where the claim's event is the speaking, the transcript's venue decides).",
  E("en", "Speaking at Boston's Old South Church on April 18, 2013, Obama told the bombers: \"we will find you.\"",
    "Obama spoke at Boston's Old South Church and told the bombers he would find them", "2013-04-18",
    ["barack-obama"]),
  ["d43_wh_obama_20130418"])

P(T, X, "The announcement of 14 Jul 2015 is one event; the EU's joint statement is dated Vienna, not Geneva (a Spanish claim against the English statement).",
  E("es", "Federica Mogherini y Javad Zarif anunciaron en Ginebra, el 14 de julio de 2015, el acuerdo sobre el programa nuclear iraní.",
    "Mogherini y Zarif anunciaron en Ginebra el acuerdo sobre el programa nuclear iraní", "2015-07-14",
    ["federica-mogherini", "javad-zarif"]),
  ["d43_eu_joint_20150714"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The joint statement of 14 Jul 2015 is pinned by its content and place; the EU's record names Foreign Minister Zarif beside Mogherini, not President Rouhani.",
  E("es", "La jefa de la diplomacia europea, Federica Mogherini, y el presidente iraní, Hasán Rohaní, leyeron juntos en Viena el 14 de julio de 2015 la declaración que anunciaba el acuerdo nuclear.",
    "Mogherini y Rohaní leyeron juntos en Viena la declaración que anunciaba el acuerdo nuclear", "2015-07-14",
    ["federica-mogherini", "hassan-rouhani"]),
  ["d43_eu_joint_20150714"])

P(T, X, "The presentation of the count on 24 Feb 2016 is pinned by its content; the TSE's release names its president, Katia Uriona, as the one who presented the results, not Vice President García Linera (an English claim against the Spanish release).",
  E("en", "Vice President Álvaro García Linera presented the official referendum results at a news conference in La Paz on February 24, 2016.",
    "García Linera presented the official referendum results at a news conference in La Paz", "2016-02-24",
    ["alvaro-garcia-linera"], event_type="press_conference"),
  ["d43_tse_20160224"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Putin's own address of 18 Mar 2014 says 'We do not want to divide Ukraine; we do not need that': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Putin admitió el 18 de marzo de 2014 que Rusia aspira a dividir Ucrania más allá de Crimea.",
    "vladimir-putin", "Rusia aspira a dividir Ucrania más allá de Crimea", "2014-03-18"),
  ["d43_kremlin_putin_20140318"])

P(T, X, "Netanyahu's own statement of 14 Jul 2015 says 'Israel is not bound by this agreement with Iran': the opposite of the claim.",
  S("en", "Benjamin Netanyahu said on July 14, 2015 that Israel would consider itself bound by the nuclear agreement with Iran.",
    "benjamin-netanyahu", "Israel would consider itself bound by the nuclear agreement with Iran", "2015-07-14"),
  ["d43_pmo_netanyahu_20150714"])

P(T, X, "wrong act: Maduro's own address of 7 Dec 2015 says he came 'a reconocer estos resultados adversos, a aceptarlos'; the same reaction is told as a refusal (an English claim against the Spanish transcript).",
  S("en", "Nicolás Maduro refused to recognize the opposition's victory in a televised address in the early hours of December 7, 2015.",
    "nicolas-maduro", "Maduro refused to recognize the opposition's victory", "2015-12-07"),
  ["d43_presidencia_maduro_20151207"])

P(T, X, "wrong act: the joint statement of 8 May 2018 says the three leaders 'take note' of Trump's decision 'with regret and concern' and restate their commitment to the deal; the same reaction is told as a welcome (a Spanish claim against the English statement).",
  S("es", "Theresa May, Angela Merkel y Emmanuel Macron celebraron el 8 de mayo de 2018 en un comunicado conjunto la decisión de Trump de abandonar el acuerdo nuclear con Irán.",
    "theresa-may", "May, Merkel y Macron celebraron la decisión de Trump de abandonar el acuerdo nuclear con Irán", "2018-05-08"),
  ["d43_e3_20180508"])

P(T, X, "wrong act: the UN's record of 27 Mar 2014 says the resolution underscores that the referendum, 'having no validity', cannot alter Crimea's status; the same resolution is told as endorsing it.",
  E("en", "The UN General Assembly on March 27, 2014 endorsed the results of the referendum in Crimea, by 100 votes to 11.",
    "the UN General Assembly endorsed the results of the referendum in Crimea", "2014-03-27",
    ["united-nations"]),
  ["d43_un_ga_20140327"])

P(T, X, "wrong act: the UN's record of 15 Mar 2014 says the Security Council 'failed to adopt' the draft, owing to Russia's negative vote (13 in favour, 1 against, 1 abstention); the same vote is told as an adopted condemnation (a Spanish claim against the English record).",
  E("es", "El Consejo de Seguridad de la ONU aprobó el 15 de marzo de 2014, con 13 votos a favor, una resolución que declara ilegítimo el referendo de Crimea.",
    "el Consejo de Seguridad aprobó una resolución que declara ilegítimo el referendo de Crimea", "2014-03-15",
    ["united-nations"]),
  ["d43_un_sc_20140315"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Obama's remarks at the interfaith service of 18 Apr 2013 are pinned; his own words are 'And, yes, you will face justice', and the quote makes it 'may'.",
  Q("en", "\"Yes, we will find you. And, yes, you may face justice,\" Obama told the Boston bombers at the interfaith service on April 18, 2013.",
    "barack-obama", "Yes, we will find you. And, yes, you may face justice", "2013-04-18"),
  ["d43_wh_obama_20130418"])

P(T, X, "altered quote: Obama's statement of 15 Apr 2013 is pinned; his own words are 'there are no Republicans or Democrats -- we are Americans', and the Spanish quote gives another object ('bostonianos').",
  Q("es", "«En días como este no hay republicanos ni demócratas: somos bostonianos», dijo Obama la noche del 15 de abril de 2013.",
    "barack-obama", "En días como este no hay republicanos ni demócratas: somos bostonianos", "2013-04-15"),
  ["d43_wh_obama_20130415"])

P(T, X, "altered quote: Maduro's address of 7 Dec 2015 is pinned; his own words are 'a reconocer estos resultados adversos, a aceptarlos', and the quote adds 'pero no' before accepting them.",
  Q("es", "«Hemos venido con nuestra moral, con nuestra ética, a reconocer estos resultados adversos, pero no a aceptarlos», dijo Nicolás Maduro en la madrugada del 7 de diciembre de 2015.",
    "nicolas-maduro", "Hemos venido con nuestra moral, con nuestra ética, a reconocer estos resultados adversos, pero no a aceptarlos", "2015-12-07"),
  ["d43_presidencia_maduro_20151207"])

P(T, U, "The claimed Telesur interview of 25 Feb 2016 is not among the sources, and Morales's press conference of the 24th, another occasion, does not contain the sentence.",
  Q("es", "«Volveremos a consultar al pueblo», dijo Evo Morales en una entrevista con Telesur el 25 de febrero de 2016.",
    "evo-morales", "Volveremos a consultar al pueblo", "2016-02-25", channel="interview", event_type="interview"),
  ["d43_presidencia_evo_20160224"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Zarif's turn at the Vienna press conference of 14 Jul 2015, not Mogherini's; her turn speaks of 'a sign of hope for the entire world'.",
  Q("en", "\"We are reaching an agreement that is not perfect for anybody, but it is what we could accomplish,\" EU foreign policy chief Federica Mogherini said in Vienna on July 14, 2015.",
    "federica-mogherini", "We are reaching an agreement that is not perfect for anybody, but it is what we could accomplish", "2015-07-14"),
  ["d43_vienna_presser_20150714"])

P(T, U, "The words are Mogherini's turn at the Vienna press conference of 14 Jul 2015, not Zarif's; his turns speak of a historic moment and a new chapter of hope.",
  Q("es", "«Es una señal de esperanza para el mundo entero», afirmó el canciller iraní, Javad Zarif, en Viena el 14 de julio de 2015.",
    "javad-zarif", "Es una señal de esperanza para el mundo entero", "2015-07-14"),
  ["d43_vienna_presser_20150714"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Kremlin's release on the signing of 18 Mar 2014 says in its own voice that Putin 'spoke of Crimea's history' and quotes no one; a paraphrase or a record without the words does not confirm the quoted words, as dev4, dev9 and dev28 to dev42 decided.",
  Q("en", "\"Crimea has always been an inseparable part of Russia,\" Putin said on March 18, 2014, according to a Kremlin statement on the signing of the accession treaty.",
    "vladimir-putin", "Crimea has always been an inseparable part of Russia", "2014-03-18",
    channel="press_release", confirmed_by="russia-government"),
  ["d43_kremlin_treaty_20140318"])

P(T, U, "The TSE's release of 24 Feb 2016 says in its own voice that Uriona 'destacó la participación ciudadana y el carácter pacífico de la jornada' and quotes no one; it does not confirm the sentence quoted from her.",
  Q("es", "«El pueblo boliviano ha dado una lección de democracia», dijo la presidenta del TSE, Katia Uriona, el 24 de febrero de 2016, según un comunicado del tribunal.",
    "katia-uriona", "El pueblo boliviano ha dado una lección de democracia", "2016-02-24",
    channel="press_release", confirmed_by="tse-bolivia"),
  ["d43_tse_20160224"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The White House's transcripts record Obama's statements of 15 and 16 Apr 2013; nothing records one on the 17th, and nothing in the claim pins it to either (as dev6 to dev42 decided for an appearance claimed on the next day).",
  E("es", "Obama compareció el 17 de abril de 2013 en la sala de prensa de la Casa Blanca para informar sobre la investigación del atentado de Boston.",
    "Obama compareció en la sala de prensa de la Casa Blanca para informar sobre la investigación del atentado de Boston", "2013-04-17",
    ["barack-obama"], event_type="press_conference", channel="press_conference"),
  ["d43_wh_obama_20130416"])

P(T, C, "Obama's own statement of 16 Apr 2013 says 'This was a heinous and cowardly act'; the Spanish quote is its translation, and his statement of the 15th sits next to it without moving it.",
  Q("es", "«Fue un acto atroz y cobarde», dijo Obama el 16 de abril de 2013, un día después de las explosiones en el maratón de Boston.",
    "barack-obama", "Fue un acto atroz y cobarde", "2013-04-16"),
  ["d43_wh_obama_20130415", "d43_wh_obama_20130416"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "Obama's statement of 14 Jul 2015 gives the figures in his own words; no source records Secretary Kerry announcing them, which the record of Obama's statement neither confirms nor excludes.",
  S("en", "Secretary of State John Kerry announced in Vienna on July 14, 2015 that Iran would remove two-thirds of its installed centrifuges.",
    "john-kerry", "Iran would remove two-thirds of its installed centrifuges", "2015-07-14"),
  ["d43_wh_obama_20150714"])

P(T, C, "Netanyahu's own statement of 14 Jul 2015 says 'Israel is not bound by this agreement with Iran'; the Spanish quote is its translation, and Obama's statement of the same day sits next to it without moving it.",
  Q("es", "«Israel no está obligado por este acuerdo con Irán», advirtió Benjamin Netanyahu el 14 de julio de 2015.",
    "benjamin-netanyahu", "Israel no está obligado por este acuerdo con Irán", "2015-07-14"),
  ["d43_wh_obama_20150714", "d43_pmo_netanyahu_20150714"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The UN's record of 27 Mar 2014 gives the General Assembly's resolution 'by a recorded vote of 100 in favour to 11 against, with 58 abstentions'; the Security Council's failed draft of 15 March, a similar headline, sits next to it without moving it.",
  E("en", "On March 27, 2014, the UN General Assembly called on states not to recognize any change in Crimea's status, by a vote of 100 to 11 with 58 abstentions.",
    "the UN General Assembly called on states not to recognize any change in Crimea's status, by 100 to 11 with 58 abstentions", "2014-03-27",
    ["united-nations"]),
  ["d43_un_sc_20140315", "d43_un_ga_20140327"])

P(T, U, "wrong act: Putin's address of 18 Mar 2014 submits to the Federal Assembly a request to consider the Constitutional Law and ratify the treaty, and the Kremlin's release says the treaty signed that day goes to the Constitutional Court and then for ratification; signing the law into force is a later step, which neither document reports or rules out (as dev4, dev19, dev26, dev34 and dev41 decided for a step announced told as taken). A Spanish claim.",
  S("es", "Vladímir Putin promulgó el 18 de marzo de 2014 la ley que incorpora Crimea y Sebastopol a la Federación de Rusia.",
    "vladimir-putin", "Putin promulgó la ley que incorpora Crimea y Sebastopol a la Federación de Rusia", "2014-03-18"),
  ["d43_kremlin_putin_20140318", "d43_kremlin_treaty_20140318"])

P(T, U, "wrong act: Obama's statement of 14 Jul 2015 says 'I will veto any legislation that prevents the successful implementation of this deal'; a veto cast is another act, which the statement neither reports nor rules out (a threat told as done).",
  S("en", "President Obama vetoed a congressional bid to block the Iran nuclear deal on July 14, 2015.",
    "barack-obama", "Obama vetoed a congressional bid to block the Iran nuclear deal", "2015-07-14"),
  ["d43_wh_obama_20150714"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports that Martin Richard, 8, was among the three people killed; no primary or official source is among this pair's documents.",
  E("es", "Un niño de 8 años, Martin Richard, figuraba entre los tres muertos del atentado del maratón de Boston, según se supo el 16 de abril de 2013.",
    "Martin Richard, de 8 años, figuraba entre los tres muertos del atentado del maratón de Boston", "2013-04-16"),
  ["d43_ap_20130416"])

P(T, U, "Only EFE, a media outlet, reports the MUD's 112 seats and two-thirds majority; no primary or official source is among this pair's documents.",
  E("en", "Venezuela's opposition coalition won 112 of the National Assembly's 167 seats, a two-thirds majority, according to results reported on December 9, 2015.",
    "Venezuela's opposition coalition won 112 of 167 seats, a two-thirds majority", "2015-12-09",
    ["mud-venezuela"]),
  ["d43_efe_20151209"])

P(T, U, "Only Reuters, a media outlet, reports the Crimean commission's 96.77 percent and 83.1 percent turnout; no primary or official source is among this pair's documents.",
  E("es", "El 96,77 % de los votantes de Crimea respaldó la adhesión a Rusia, con una participación del 83,1 %, según los resultados anunciados el 17 de marzo de 2014.",
    "el 96,77 % de los votantes de Crimea respaldó la adhesión a Rusia, con una participación del 83,1 %", "2014-03-17"),
  ["d43_reuters_20140317"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Obama's words are in the White House's transcript of his statement of 14 Jul 2015; no post of his is among the sources, and the claim is about Twitter.",
  Q("en", "\"This deal is not built on trust; it is built on verification,\" Obama wrote on Twitter on July 14, 2015.",
    "barack-obama", "This deal is not built on trust; it is built on verification", "2015-07-14", channel="x", event_type="post"),
  ["d43_wh_obama_20150714"])

P(T, U, "Morales's words are in his office's transcript of the press conference of 24 Feb 2016; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«Respetamos los resultados. Es parte de la democracia», escribió Evo Morales en Twitter el 24 de febrero de 2016.",
    "evo-morales", "Respetamos los resultados. Es parte de la democracia", "2016-02-24", channel="x", event_type="post"),
  ["d43_presidencia_evo_20160224"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Obama's statement of 15 Apr 2013 indeed does not use the word, which does not change the label).",
  S("en", "Barack Obama did not use the word \"terrorism\" in his statement on the Boston bombings on April 15, 2013.",
    "barack-obama", "Obama did not use the word terrorism in his statement on the Boston bombings", "2013-04-15", absence=True),
  ["d43_wh_obama_20130415"])

P(T, U, "Absence claims are always unverified (here Putin in fact names Sevastopol, which does not change the label).",
  S("es", "Putin no mencionó Sebastopol en su discurso ante la Asamblea Federal del 18 de marzo de 2014.",
    "vladimir-putin", "Putin no mencionó Sebastopol en su discurso ante la Asamblea Federal", "2014-03-18", absence=True),
  ["d43_kremlin_putin_20140318"])
