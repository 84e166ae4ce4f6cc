"""Claims, labels and notes of the twenty-sixth development set (dev26.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev24), applied to the documents in docs_dev26.py alone,
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

P(T, C, "The Honduran Congress's note of Sunday 28 Jun 2009 says the plenary named its president, Roberto Micheletti Baín, 'para completar el período constitucional que concluye el 27 de enero de 2010'.",
  E("es", "El Congreso Nacional de Honduras nombró el 28 de junio de 2009 a su presidente, Roberto Micheletti, para completar el mandato de Manuel Zelaya, que concluye el 27 de enero de 2010.",
    "el Congreso Nacional nombró a Roberto Micheletti para completar el período constitucional que concluye el 27 de enero de 2010", "2009-06-28",
    ["congreso-nacional-honduras", "roberto-micheletti", "manuel-zelaya"]),
  ["d26_congreso_hn_20090628"])

P(T, C, "Zapatero's own turn in the stenographic record of the closing session of 10 Nov 2007 says 'el expresidente Aznar fue elegido por los españoles, y exijo, exijo ese respeto'.",
  Q("es", "«El expresidente Aznar fue elegido por los españoles, y exijo, exijo ese respeto», replicó José Luis Rodríguez Zapatero a Hugo Chávez en la sesión de clausura de la Cumbre Iberoamericana de Santiago de Chile, el 10 de noviembre de 2007.",
    "jose-luis-rodriguez-zapatero", "El expresidente Aznar fue elegido por los españoles, y exijo, exijo ese respeto", "2007-11-10"),
  ["d26_cumbre_20071110"])

P(T, C, "McCain's own turn in his campaign's transcript of 4 Nov 2008 (Arizona Biltmore, Phoenix) says 'The American people have spoken, and they have spoken clearly.'",
  Q("en", "\"The American people have spoken, and they have spoken clearly,\" John McCain told supporters in Phoenix on November 4, 2008, conceding the presidential race.",
    "john-mccain", "The American people have spoken, and they have spoken clearly", "2008-11-04"),
  ["d26_mccain_20081104"])

P(T, C, "Clinton's own turn in the State Department's transcript of 7 Jul 2009 says 'President Óscar Arias of Costa Rica has agreed to serve as a mediator, and President Zelaya has accepted this proposal', after her meeting with Zelaya.",
  S("en", "After meeting ousted Honduran president Manuel Zelaya on July 7, 2009, Secretary of State Hillary Clinton said Costa Rican President Óscar Arias had agreed to mediate, and that Zelaya had accepted.",
    "hillary-clinton", "Óscar Arias had agreed to mediate, and Zelaya had accepted", "2009-07-07"),
  ["d26_state_20090707"])

P(T, C, "López Obrador's own turn in his transcript of the speech in the Zócalo on election night, 1 Jul 2018, says 'No les voy a fallar.'",
  Q("es", "«No les voy a fallar», prometió Andrés Manuel López Obrador a la multitud reunida en el Zócalo la noche del 1 de julio de 2018, tras ganar la elección presidencial.",
    "andres-manuel-lopez-obrador", "No les voy a fallar", "2018-07-01"),
  ["d26_amlo_zocalo_20180701"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Obama's own English turn of 29 Jun 2009 says 'we believe that the coup was not legal and that President Zelaya remains the President of Honduras'; the Spanish quote is its translation.",
  Q("es", "«Creemos que el golpe no fue legal y que el presidente Zelaya sigue siendo el presidente de Honduras», dijo Barack Obama el 29 de junio de 2009, junto al presidente colombiano Álvaro Uribe.",
    "barack-obama", "Creemos que el golpe no fue legal y que el presidente Zelaya sigue siendo el presidente de Honduras", "2009-06-29"),
  ["d26_wh_20090629"])

P(T, C, "The King's own Spanish turn in the record of 10 Nov 2007 is '¿Por qué no te callas?'; the English quote is its usual translation.",
  Q("en", "\"Why don't you shut up?\" King Juan Carlos of Spain snapped at Venezuela's Hugo Chávez at the Ibero-American summit in Santiago, Chile, on November 10, 2007.",
    "juan-carlos-i", "Why don't you shut up?", "2007-11-10"),
  ["d26_cumbre_20071110"])

P(T, C, "Obama's own English turn of 4 Nov 2008 in Grant Park says 'change has come to America'; the Spanish quote is its translation.",
  Q("es", "«El cambio ha llegado a Estados Unidos», proclamó Barack Obama ante sus seguidores en Chicago la noche del 4 de noviembre de 2008.",
    "barack-obama", "El cambio ha llegado a Estados Unidos", "2008-11-04"),
  ["d26_obama_20081104"])

P(T, C, "Betancourt's own Spanish turn at Catam on 2 Jul 2008 says 'Fue una operación perfecta, impecable'; the English quote is its translation.",
  Q("en", "\"It was a perfect operation, flawless,\" Ingrid Betancourt said of the army's rescue on July 2, 2008, shortly after landing at a military airport in Bogotá.",
    "ingrid-betancourt", "It was a perfect operation, flawless", "2008-07-02"),
  ["d26_mindefensa_catam_20080702"])

P(T, C, "López Obrador's own Spanish turn at the Hotel Hilton on 1 Jul 2018 says 'Los cambios serán profundos, pero se darán con apego al orden legal establecido'; the English quote is its translation.",
  Q("en", "\"The changes will be profound, but they will be made in accordance with the established legal order,\" Andrés Manuel López Obrador said in his victory speech on July 1, 2018.",
    "andres-manuel-lopez-obrador", "The changes will be profound, but they will be made in accordance with the established legal order", "2018-07-01"),
  ["d26_amlo_hilton_20180701"])

P(T, C, "Zelaya's own Spanish turn in San José on 28 Jun 2009 says 'Esto es un golpe de Estado. Es un secuestro.'; the English quote is its translation.",
  Q("en", "\"This is a coup d'état. It is a kidnapping,\" Manuel Zelaya told reporters in San José, Costa Rica, on June 28, 2009, hours after soldiers flew him out of Honduras.",
    "manuel-zelaya", "This is a coup d'état. It is a kidnapping.", "2009-06-28"),
  ["d26_telesur_zelaya_20090628"])

P(T, C, "The State Department's English statement of 2 Jul 2008 congratulates the Government of Colombia on 'today's successful rescue of fifteen hostages', among them three Americans 'held captive for more than five years'; the Spanish claim reports it faithfully.",
  S("es", "El Departamento de Estado felicitó el 2 de julio de 2008 al Gobierno colombiano por el rescate de quince rehenes de las FARC, entre ellos tres estadounidenses secuestrados durante más de cinco años.",
    "us-state-department", "Estados Unidos felicitó al Gobierno colombiano por el rescate de quince rehenes, entre ellos tres estadounidenses secuestrados durante más de cinco años", "2008-07-02"),
  ["d26_state_20080702"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Obama's post is stamped 05:26 UTC on 5 Nov 2008, which is 23:26 on the 4th in Chicago (CST, UTC-6, since 2 Nov); it begins 'We just made history.'",
  Q("en", "\"We just made history,\" Barack Obama wrote on Twitter on November 4, 2008, thanking his supporters on the night he won the presidency.",
    "barack-obama", "We just made history", "2008-11-04", channel="x", event_type="post"),
  ["d26_x_obama_20081104"])

P(T, C, "Trump's post is stamped 02:26 UTC on 2 Jul 2018, which is 22:26 on 1 Jul in Washington (EDT) and 21:26 in Mexico City (CDT); it opens 'Congratulations to Andres Manuel Lopez Obrador on becoming the next President of Mexico.'",
  S("es", "Donald Trump felicitó en Twitter el 1 de julio de 2018 a Andrés Manuel López Obrador por convertirse en el próximo presidente de México.",
    "donald-trump", "Trump felicitó a López Obrador por convertirse en el próximo presidente de México", "2018-07-01",
    channel="x", event_type="post"),
  ["d26_x_trump_20180701"])

P(T, C, "The INE's post is stamped 04:20 UTC on 2 Jul 2018, which is 23:20 on 1 Jul in Mexico City (CDT, UTC-5); it gives López Obrador 'entre 53.0 % y 53.8 %'.",
  S("en", "Mexico's National Electoral Institute posted its quick count on July 1, 2018, estimating Andrés Manuel López Obrador's share of the vote at between 53% and 53.8%.",
    "ine-mexico", "the quick count estimated López Obrador's share at between 53% and 53.8%", "2018-07-01",
    channel="x", event_type="post"),
  ["d26_x_ine_20180701"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The OAS's English release of 4 Jul 2009 says the suspension 'was adopted with the votes of the 33 member states present, none against'; the Spanish claim has the same figures.",
  S("es", "La Asamblea General de la OEA suspendió a Honduras el 4 de julio de 2009 con los votos de los 33 Estados miembros presentes y ninguno en contra.",
    "oas", "la OEA suspendió a Honduras con los votos de los 33 Estados miembros presentes y ninguno en contra", "2009-07-04"),
  ["d26_oas_20090704"])

P(T, C, "Santos's own Spanish turn of 2 Jul 2008 gives 'quince secuestrados': Betancourt, three named Americans and 'once miembros de la Fuerza Pública'; the figures in words match the claim's digits.",
  S("en", "Colombian Defense Minister Juan Manuel Santos said on July 2, 2008 that 15 hostages had been rescued: Ingrid Betancourt, three Americans and 11 members of the security forces.",
    "juan-manuel-santos", "15 hostages were rescued: Ingrid Betancourt, three Americans and 11 members of the security forces", "2008-07-02"),
  ["d26_mindefensa_20080702"])

P(T, C, "Córdova's own turn in the INE's transcript of 1 Jul 2018 gives López Obrador 'entre 53.0 y 53.8 por ciento' and Anaya 'entre 22.1 y 22.8 por ciento'; the English claim has the same figures.",
  S("en", "Electoral chief Lorenzo Córdova said on the night of July 1, 2018 that the quick count put López Obrador at between 53.0% and 53.8% of the vote, and Ricardo Anaya at between 22.1% and 22.8%.",
    "lorenzo-cordova", "the quick count put López Obrador at between 53.0% and 53.8% and Anaya at between 22.1% and 22.8%", "2018-07-01"),
  ["d26_ine_20180701"])

P(T, X, "Obama's own turn of 4 Nov 2008 says 'Ann Nixon Cooper is 106 years old'; 107 is another figure for the same person in the same speech.",
  S("en", "In his victory speech in Chicago on November 4, 2008, Barack Obama told the story of Ann Nixon Cooper, a 107-year-old voter from Atlanta.",
    "barack-obama", "Ann Nixon Cooper, a voter from Atlanta, is 107 years old", "2008-11-04"),
  ["d26_obama_20081104"])

P(T, X, "altered quote: López Obrador's own post of 2 Jul 2018 says 'Hoy hablé por teléfono con el presidente Donald Trump durante media hora'; the quote turns the half hour into an hour.",
  Q("es", "«Hoy hablé por teléfono con el presidente Donald Trump durante una hora», escribió Andrés Manuel López Obrador el 2 de julio de 2018, al día siguiente de su victoria.",
    "andres-manuel-lopez-obrador", "Hoy hablé por teléfono con el presidente Donald Trump durante una hora", "2018-07-02",
    channel="x", event_type="post"),
  ["d26_x_amlo_20180702"])

P(T, U, "The Congress's note of 28 Jun 2009 says the plenary voted 'por votación a mano alzada' and gives no count; the figures are absent from the source, which neither confirms nor contradicts them.",
  E("es", "El Congreso Nacional separó del cargo a Manuel Zelaya el 28 de junio de 2009 con el voto de 124 de sus 128 diputados.",
    "el Congreso separó del cargo a Zelaya con el voto de 124 de sus 128 diputados", "2009-06-28",
    ["congreso-nacional-honduras", "manuel-zelaya"]),
  ["d26_congreso_hn_20090628"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Micheletti's oath is one act; the Congress's note says the session was held 'este domingo 28 de junio de 2009' and that he took the oath 'esa misma tarde', not on the 29th.",
  E("es", "Roberto Micheletti juró como presidente de Honduras ante el Congreso Nacional el 29 de junio de 2009, un día después de la expulsión de Zelaya.",
    "Roberto Micheletti juró como presidente ante el Congreso Nacional", "2009-06-29",
    ["roberto-micheletti", "congreso-nacional-honduras"]),
  ["d26_congreso_hn_20090628"])

P(T, X, "The concession speech is one event, pinned by its content (McCain called Obama and conceded); his campaign's transcript dates it on 4 Nov 2008 at the Arizona Biltmore in Phoenix. The 5th is only its UTC date; the claim is about the speech, as dev20 and dev24 decided for the addresses of Trump and Obama.",
  E("en", "John McCain conceded the presidential election to Barack Obama in a speech to supporters in Phoenix on November 5, 2008.",
    "John McCain conceded the presidential election to Barack Obama in a speech in Phoenix", "2008-11-05",
    ["john-mccain", "barack-obama"]),
  ["d26_mccain_20081104"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The operation is pinned by its content (Operación Jaque, Betancourt and fourteen others); the Defence Ministry's transcript dates it on 2 Jul 2008 ('Hoy'), not in August.",
  E("es", "La Operación Jaque, en la que el Ejército colombiano rescató a Íngrid Betancourt y a otros catorce secuestrados de las FARC, se llevó a cabo en agosto de 2008.",
    "la Operación Jaque rescató a Íngrid Betancourt y a otros catorce secuestrados", "2008-08",
    ["ingrid-betancourt", "farc-ep"]),
  ["d26_mindefensa_20080702"])

P(T, X, "The suspension is pinned by its content (the OAS suspending Honduras under Article 21 of the Democratic Charter); the OAS's release dates the vote on 4 Jul 2009 ('decided tonight'), not in June (the month of the coup, which is another event).",
  E("en", "The Organization of American States suspended Honduras under Article 21 of the Inter-American Democratic Charter in June 2009.",
    "the OAS suspended Honduras under Article 21 of the Inter-American Democratic Charter", "2009-06", ["oas"]),
  ["d26_oas_20090704"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The rescue of 2 Jul 2008 is one event; Santos's own turn places the gathering of the hostages and the helicopter pick-up 'en las selvas del Guaviare', not in Caquetá.",
  E("es", "El Ejército colombiano rescató a Íngrid Betancourt y a otros catorce secuestrados en las selvas del Caquetá el 2 de julio de 2008.",
    "el Ejército rescató a Íngrid Betancourt y a otros catorce secuestrados en las selvas del Caquetá", "2008-07-02",
    ["ingrid-betancourt"]),
  ["d26_mindefensa_20080702"])

P(T, X, "The exchange is pinned by the King's words; the stenographic record of 10 Nov 2007 is of the summit's closing session in 'Santiago de Chile', not Buenos Aires.",
  E("en", "King Juan Carlos of Spain told Venezuela's Hugo Chávez to shut up at the Ibero-American summit in Buenos Aires on November 10, 2007.",
    "King Juan Carlos told Hugo Chávez to shut up at the Ibero-American summit in Buenos Aires", "2007-11-10",
    ["juan-carlos-i", "hugo-chavez"]),
  ["d26_cumbre_20071110"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The meeting of 7 Jul 2009 is pinned by the mediation it produced; Clinton's own turn says she met 'President Zelaya', who accepted Arias as mediator, not Micheletti.",
  E("en", "Hillary Clinton met Roberto Micheletti at the State Department on July 7, 2009 and announced afterwards that Costa Rican President Óscar Arias would mediate in Honduras.",
    "Hillary Clinton met Roberto Micheletti and announced that Óscar Arias would mediate", "2009-07-07",
    ["hillary-clinton", "roberto-micheletti", "oscar-arias"]),
  ["d26_state_20090707"])

P(T, X, "Obama's own words in the Grant Park speech of 4 Nov 2008 say he received 'an extraordinarily gracious call from Senator McCain'; the same sentence of the same speech given with President Bush as the caller is a swap.",
  S("es", "En su discurso de la victoria en Chicago, el 4 de noviembre de 2008, Barack Obama dijo que había recibido una llamada «extraordinariamente amable» del presidente George W. Bush.",
    "barack-obama", "Obama dijo que había recibido una llamada extraordinariamente amable del presidente George W. Bush", "2008-11-04",
    participants=["barack-obama", "george-w-bush"]),
  ["d26_obama_20081104"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Zelaya's own Spanish turn of 28 Jun 2009, asked whether he resigned, says 'No. Yo no he renunciado ni he firmado ninguna carta. Esa carta es falsa.': the opposite of the claim.",
  S("en", "Ousted Honduran President Manuel Zelaya acknowledged on June 28, 2009 that he had signed the resignation letter read out in Congress.",
    "manuel-zelaya", "Zelaya acknowledged that he had signed the resignation letter read out in Congress", "2009-06-28"),
  ["d26_telesur_zelaya_20090628"])

P(T, X, "The Defence Ministry's release of 4 Jul 2008 calls the report of a US$20 million payment 'absolutamente falsa' and says 'No se pagó un solo peso': the opposite of the claim.",
  S("es", "El Gobierno colombiano admitió el 4 de julio de 2008 que pagó 20 millones de dólares por la liberación de Íngrid Betancourt y de los otros catorce secuestrados.",
    "mindefensa-colombia", "el Gobierno pagó 20 millones de dólares por la liberación de los secuestrados", "2008-07-04"),
  ["d26_mindefensa_20080704"])

P(T, X, "wrong act: the OAS's release of 4 Jul 2009 says the Assembly decided 'to suspend the State of Honduras from its right to participate in the Organization'; the same vote is told as an expulsion.",
  E("en", "The OAS General Assembly voted on July 4, 2009 to expel Honduras from the organization after the de facto government refused to reinstate Manuel Zelaya.",
    "the OAS General Assembly voted to expel Honduras from the organization", "2009-07-04", ["oas"]),
  ["d26_oas_20090704"])

P(T, X, "wrong act: Meade's own turn on election night, 1 Jul 2018, says 'Reconozco su triunfo y le deseo el mayor de los éxitos'; the same message is told as a refusal to concede.",
  S("es", "José Antonio Meade se negó la noche del 1 de julio de 2018 a reconocer el triunfo de Andrés Manuel López Obrador.",
    "jose-antonio-meade", "Meade se negó a reconocer el triunfo de López Obrador", "2018-07-01"),
  ["d26_meade_20180701"])

P(T, X, "wrong act: Trump's post (22:26 on 1 Jul 2018 in Washington, 02:26 UTC on the 2nd) says 'Congratulations to Andres Manuel Lopez Obrador ... I look very much forward to working with him'; the same post is told as criticism.",
  S("en", "Donald Trump criticized Andrés Manuel López Obrador's victory in Mexico's presidential election in a post on Twitter on July 1, 2018.",
    "donald-trump", "Trump criticized López Obrador's victory", "2018-07-01", channel="x", event_type="post"),
  ["d26_x_trump_20180701"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the Grant Park speech of 4 Nov 2008 is pinned; Obama's own turn says 'tonight, because of what we did on this day in this election, change has come to America', and 'will come' puts into the future what he said had happened.",
  Q("en", "\"Tonight, because of what we did on this day in this election, change will come to America,\" Barack Obama told a vast crowd in Chicago's Grant Park on November 4, 2008.",
    "barack-obama", "Tonight, because of what we did on this day in this election, change will come to America", "2008-11-04"),
  ["d26_obama_20081104"])

P(T, X, "altered quote: the concession speech of 4 Nov 2008 is pinned; McCain's own turn says 'Senator Obama has achieved a great thing for himself and for his country', and the quote has 'his party' for 'his country'.",
  Q("en", "\"Senator Obama has achieved a great thing for himself and for his party,\" John McCain said in his concession speech in Phoenix on November 4, 2008.",
    "john-mccain", "Senator Obama has achieved a great thing for himself and for his party", "2008-11-04"),
  ["d26_mccain_20081104"])

P(T, X, "altered quote: Betancourt's words at Catam on 2 Jul 2008 are pinned; her own turn reports the crew's words as 'Somos el Ejército Nacional. Están en libertad', and the quote puts the Red Cross in the Army's place.",
  Q("es", "«Somos la Cruz Roja. Están en libertad»: así contó Íngrid Betancourt, el 2 de julio de 2008, que les anunciaron el rescate una vez en el aire.",
    "ingrid-betancourt", "Somos la Cruz Roja. Están en libertad", "2008-07-02"),
  ["d26_mindefensa_catam_20080702"])

P(T, U, "The claimed CNN en Español interview of 1 Jul 2009 is not among the sources, and Zelaya's press conference of 28 Jun, another occasion, does not contain the sentence (he says he will return 'a terminar mi mandato').",
  Q("es", "«Volveré a Honduras aunque me cueste la vida», aseguró Manuel Zelaya en una entrevista con CNN en Español el 1 de julio de 2009.",
    "manuel-zelaya", "Volveré a Honduras aunque me cueste la vida", "2009-07-01", channel="interview", event_type="interview"),
  ["d26_telesur_zelaya_20090628"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Zapatero's, in his own turn of the record of 10 Nov 2007, not the King's; the King's only turn is '¿Por qué no te callas?'.",
  Q("es", "«El expresidente Aznar fue elegido por los españoles, y exijo, exijo ese respeto», le dijo el rey Juan Carlos a Hugo Chávez en la cumbre de Santiago de Chile el 10 de noviembre de 2007.",
    "juan-carlos-i", "El expresidente Aznar fue elegido por los españoles, y exijo, exijo ese respeto", "2007-11-10"),
  ["d26_cumbre_20071110"])

P(T, X, "The words are the reporter's question ('¿Va a pedir asilo en Costa Rica?') put in English as Zelaya's own statement; Zelaya answers 'No. ... no he venido a pedir asilo. Voy a regresar a Honduras'.",
  Q("en", "\"I am going to ask for asylum in Costa Rica,\" Manuel Zelaya told reporters in San José on June 28, 2009.",
    "manuel-zelaya", "I am going to ask for asylum in Costa Rica", "2009-06-28", channel="press_conference", event_type="press_conference"),
  ["d26_telesur_zelaya_20090628"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "Bush's remarks of 5 Nov 2008 say 'Last night I called President-elect Obama'; nothing records a call on the 5th, and nothing in the claim pins the call of the night before.",
  E("es", "George W. Bush y Barack Obama hablaron por teléfono el 5 de noviembre de 2008.",
    "George W. Bush y Barack Obama hablaron por teléfono", "2008-11-05", ["george-w-bush", "barack-obama"], event_type="call"),
  ["d26_wh_20081105"])

P(T, C, "López Obrador's post of 2 Jul 2018 (13:05 in Mexico City) says 'Hoy hablé por teléfono con el presidente Donald Trump durante media hora'; Trump's congratulations posted the evening before sit next to it without moving it.",
  E("en", "Donald Trump and Andrés Manuel López Obrador spoke by phone for half an hour on July 2, 2018, the day after the Mexican election.",
    "Trump and López Obrador spoke by phone for half an hour", "2018-07-02",
    ["donald-trump", "andres-manuel-lopez-obrador"], event_type="call"),
  ["d26_x_trump_20180701", "d26_x_amlo_20180702"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Defence Ministry's transcript of 2 Jul 2008 records Defence Minister Santos announcing the rescue; no source records President Uribe announcing it, which the transcript neither confirms nor excludes.",
  S("es", "El presidente Álvaro Uribe anunció el 2 de julio de 2008 el rescate de Íngrid Betancourt y de otros catorce secuestrados en la Operación Jaque.",
    "alvaro-uribe", "Uribe anunció el rescate de Íngrid Betancourt y de otros catorce secuestrados en la Operación Jaque", "2008-07-02"),
  ["d26_mindefensa_20080702"])

P(T, C, "Clinton's own statement of 28 Jun 2009 says the action against Zelaya 'violates the precepts of the Inter-American Democratic Charter and thus should be condemned by all'; Obama's statement of the same day sits next to it without moving it.",
  S("en", "Secretary of State Hillary Clinton said on June 28, 2009 that the action taken against Honduran President Manuel Zelaya should be condemned by all.",
    "hillary-clinton", "the action taken against Zelaya should be condemned by all", "2009-06-28"),
  ["d26_wh_20090628", "d26_state_20090628"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The House Clerk's record of 8 Jan 2009 says the Vice President announced 365 votes for Obama and 173 for McCain; the election-night speech of 4 Nov 2008, a similar headline, sits next to it without moving it.",
  E("en", "Congress formally counted the electoral votes on January 8, 2009, with Barack Obama receiving 365 votes to John McCain's 173.",
    "Congress counted the electoral votes: 365 for Barack Obama and 173 for John McCain", "2009-01-08",
    ["us-congress", "barack-obama", "john-mccain"]),
  ["d26_obama_20081104", "d26_clerk_20090108"])

P(T, U, "wrong act: Clinton's statement of 28 Jun 2009 says the action against Zelaya 'should be condemned by all' and calls for dialogue; a suspension of aid is another act, which the statement neither announces nor rules out.",
  S("en", "Hillary Clinton suspended U.S. aid to Honduras on June 28, 2009, after the military ousted President Manuel Zelaya.",
    "hillary-clinton", "Clinton suspended U.S. aid to Honduras", "2009-06-28"),
  ["d26_state_20090628"])

P(T, U, "wrong act: López Obrador's post of 2 Jul 2018 says 'Le propuse explorar un acuerdo amplio'; an agreement reached is another step, which the post neither reports nor rules out.",
  E("es", "Andrés Manuel López Obrador y Donald Trump acordaron el 2 de julio de 2018, en una llamada telefónica, un acuerdo amplio con proyectos de desarrollo para reducir la migración y mejorar la seguridad.",
    "López Obrador y Trump acordaron un acuerdo amplio con proyectos de desarrollo", "2018-07-02",
    ["andres-manuel-lopez-obrador", "donald-trump"]),
  ["d26_x_amlo_20180702"])

P(T, U, "wrong act: Zapatero's own turn of 10 Nov 2007 demands respect ('exijo, exijo ese respeto') for a president elected by Spaniards; an apology is another demand, which the record neither reports nor rules out.",
  S("es", "José Luis Rodríguez Zapatero exigió a Hugo Chávez que pidiera disculpas a José María Aznar durante la cumbre de Santiago de Chile, el 10 de noviembre de 2007.",
    "jose-luis-rodriguez-zapatero", "Zapatero exigió a Chávez que pidiera disculpas a Aznar", "2007-11-10"),
  ["d26_cumbre_20071110"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The OAS's release of 4 Jul 2009 reports Insulza's account in its own voice and quotes no one; it does not confirm a sentence quoted from him.",
  Q("en", "\"Honduras will not return to the OAS until President Zelaya is restored,\" Secretary General José Miguel Insulza said on July 4, 2009, according to the Organization of American States.",
    "jose-miguel-insulza", "Honduras will not return to the OAS until President Zelaya is restored", "2009-07-04",
    channel="press_release", confirmed_by="oas"),
  ["d26_oas_20090704"])

P(T, U, "The Congress's note of 28 Jun 2009 summarises what Micheletti said after his oath (the elections of 29 November kept) and quotes no one; it does not confirm a sentence quoted from him.",
  Q("es", "«Llegué a este cargo por un proceso de sucesión constitucional, no por un golpe de Estado», afirmó Roberto Micheletti tras jurar el 28 de junio de 2009, según el Congreso Nacional.",
    "roberto-micheletti", "Llegué a este cargo por un proceso de sucesión constitucional, no por un golpe de Estado", "2009-06-28",
    confirmed_by="congreso-nacional-honduras"),
  ["d26_congreso_hn_20090628"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El País, a media outlet, reports that the King left the room during Ortega's speech; no primary or official source is among this pair's documents.",
  E("es", "El rey Juan Carlos abandonó la sala durante la intervención de Daniel Ortega en la cumbre de Santiago de Chile, el 10 de noviembre de 2007.",
    "el rey Juan Carlos abandonó la sala durante la intervención de Daniel Ortega", "2007-11-10",
    ["juan-carlos-i", "daniel-ortega"]),
  ["d26_elpais_20071110"])

P(T, U, "Only Reuters, a media outlet, reports the blocked runway and the failed landing; no primary or official source is among this pair's documents.",
  E("en", "Troops blocked the runway at Tegucigalpa's Toncontín airport on July 5, 2009, and the plane carrying Manuel Zelaya could not land.",
    "troops blocked the runway at Toncontín and Zelaya's plane could not land", "2009-07-05", ["manuel-zelaya"]),
  ["d26_reuters_20090705"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Obama's words are in the White House transcript of his joint press availability of 29 Jun 2009; no post of his is among the sources, and the claim is about X.",
  Q("es", "Barack Obama escribió en Twitter el 29 de junio de 2009 que el golpe en Honduras «no fue legal».",
    "barack-obama", "no fue legal", "2009-06-29", channel="x", event_type="post"),
  ["d26_wh_20090629"])

P(T, U, "López Obrador's 'No les voy a fallar' is in his transcript of the speech in the Zócalo; no post of his with those words is among the sources, and the claim is about X.",
  Q("en", "\"I will not fail you,\" Andrés Manuel López Obrador wrote on Twitter on July 1, 2018, after winning Mexico's presidential election.",
    "andres-manuel-lopez-obrador", "I will not fail you", "2018-07-01", channel="x", event_type="post"),
  ["d26_amlo_zocalo_20180701"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the speech in fact thanks Senator McCain for 'an extraordinarily gracious call', which does not change the label).",
  S("en", "Barack Obama did not mention John McCain in his victory speech in Chicago on November 4, 2008.",
    "barack-obama", "the victory speech did not mention John McCain", "2008-11-04", absence=True),
  ["d26_obama_20081104"])

P(T, U, "Absence claims are always unverified (here Betancourt in fact thanks 'el presidente Álvaro Uribe', which does not change the label).",
  S("es", "Íngrid Betancourt no mencionó al presidente Álvaro Uribe en sus primeras palabras tras el rescate, el 2 de julio de 2008.",
    "ingrid-betancourt", "Betancourt no mencionó a Álvaro Uribe en sus primeras palabras tras el rescate", "2008-07-02", absence=True),
  ["d26_mindefensa_catam_20080702"])
