"""Claims, labels and notes of the thirty-eighth development set (dev38.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev36), applied to the documents in docs_dev38.py alone,
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

P(T, C, "Gore's own turn in the transcript of his address of 13 Dec 2000 says 'while I strongly disagree with the court's decision, I accept it'.",
  Q("en", "\"While I strongly disagree with the court's decision, I accept it,\" Al Gore said in his concession speech on December 13, 2000.",
    "al-gore", "While I strongly disagree with the court's decision, I accept it", "2000-12-13"),
  ["d38_ovp_gore_20001213"])

P(T, C, "Bush's own turn in the White House transcript of his address of 11 Sep 2001 says 'We will make no distinction between the terrorists who committed these acts and those who harbor them'.",
  Q("en", "\"We will make no distinction between the terrorists who committed these acts and those who harbor them,\" President Bush said in his address to the nation on September 11, 2001.",
    "george-w-bush", "We will make no distinction between the terrorists who committed these acts and those who harbor them", "2001-09-11"),
  ["d38_wh_bush_20010911"])

P(T, C, "Kirchner's own turn in the Congress's versión taquigráfica of 25 May 2003 says 'Vengo a proponerles un sueño: reconstruir nuestra propia identidad como pueblo y como Nación'.",
  Q("es", "«Vengo a proponerles un sueño: reconstruir nuestra propia identidad como pueblo y como Nación», dijo Néstor Kirchner ante la Asamblea Legislativa el 25 de mayo de 2003.",
    "nestor-kirchner", "Vengo a proponerles un sueño: reconstruir nuestra propia identidad como pueblo y como Nación", "2003-05-25"),
  ["d38_congreso_asamblea_20030525"])

P(T, C, "The Army's comunicado of 10 Dec 2006 reports Pinochet's death 'ocurrido hoy, domingo 10 de diciembre, a las 14:15 horas, en el Hospital Militar de Santiago'; the claim abridges it faithfully.",
  S("es", "El Ejército de Chile informó que Augusto Pinochet murió el 10 de diciembre de 2006, a las 14:15, en el Hospital Militar de Santiago.",
    "ejercito-chile", "Augusto Pinochet murió a las 14:15 en el Hospital Militar de Santiago", "2006-12-10",
    participants=["augusto-pinochet"]),
  ["d38_ejercito_20061210"])

P(T, C, "Rajoy's own turn in the Partido Popular's transcript of 9 Mar 2008 says 'He llamado al señor Rodríguez Zapatero para felicitarle y desearle suerte'.",
  Q("es", "«He llamado al señor Rodríguez Zapatero para felicitarle y desearle suerte», declaró Mariano Rajoy en la sede de Génova la noche del 9 de marzo de 2008.",
    "mariano-rajoy", "He llamado al señor Rodríguez Zapatero para felicitarle y desearle suerte", "2008-03-09"),
  ["d38_pp_rajoy_20080309"])

P(T, C, "The Supreme Court's per curiam opinion of 12 Dec 2000 says 'we reverse the judgment of the Supreme Court of Florida ordering a recount to proceed'; the claim abridges it faithfully.",
  E("en", "On December 12, 2000, the U.S. Supreme Court reversed the Florida Supreme Court's order for a recount to proceed, in Bush v. Gore.",
    "the U.S. Supreme Court reversed the Florida Supreme Court's order for a recount to proceed", "2000-12-12",
    ["us-supreme-court"]),
  ["d38_scotus_20001212"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Bush's own turn in Austin on 13 Dec 2000 says 'I was not elected to serve one party, but to serve one nation'; the Spanish quote is its translation, in the same tense.",
  Q("es", "«No fui elegido para servir a un partido, sino para servir a una nación», afirmó George W. Bush en Austin el 13 de diciembre de 2000.",
    "george-w-bush", "No fui elegido para servir a un partido, sino para servir a una nación", "2000-12-13"),
  ["d38_bush_austin_20001213"])

P(T, C, "Bush's own turn before Congress on 20 Sep 2001 says 'Either you are with us, or you are with the terrorists'; the Spanish quote is its translation.",
  Q("es", "«O están con nosotros o están con los terroristas», advirtió George W. Bush ante el Congreso el 20 de septiembre de 2001.",
    "george-w-bush", "O están con nosotros o están con los terroristas", "2001-09-20"),
  ["d38_wh_bush_20010920"])

P(T, C, "Kirchner's own turn of 25 May 2003 says 'No voy a dejar mis convicciones en la puerta de entrada de la Casa Rosada'; the English quote is its translation.",
  Q("en", "\"I am not going to leave my convictions at the entrance door of the Casa Rosada,\" Néstor Kirchner said as he took office on May 25, 2003.",
    "nestor-kirchner", "I am not going to leave my convictions at the entrance door of the Casa Rosada", "2003-05-25"),
  ["d38_congreso_asamblea_20030525"])

P(T, C, "The White House's statement of 10 Dec 2006 says 'Our thoughts today are with the victims of his reign and their families'; the Spanish quote is its translation, attributed to the White House, whose statement it is.",
  Q("es", "«Nuestros pensamientos están hoy con las víctimas de su régimen y sus familias», señaló la Casa Blanca el 10 de diciembre de 2006 tras la muerte de Pinochet.",
    "white-house", "Nuestros pensamientos están hoy con las víctimas de su régimen y sus familias", "2006-12-10"),
  ["d38_wh_20061210"])

P(T, C, "Zapatero's own turn in the PSOE's transcript of 9 Mar 2008 says 'Gobernaré pensando en todos, pero atendiendo primero a los que no tienen todo'; the English quote is its translation.",
  Q("en", "\"I will govern thinking of everyone, but attending first to those who do not have everything,\" José Luis Rodríguez Zapatero told supporters on March 9, 2008.",
    "jose-luis-rodriguez-zapatero", "I will govern thinking of everyone, but attending first to those who do not have everything", "2008-03-09"),
  ["d38_psoe_zapatero_20080309"])

P(T, C, "The OAS's Spanish release of 11 Sep 2001 says the General Assembly, 'reunida en Lima', 'aprobó hoy la Carta Democrática Interamericana'; the English claim reports it faithfully.",
  E("en", "The OAS General Assembly, meeting in Lima, adopted the Inter-American Democratic Charter on September 11, 2001.",
    "the OAS General Assembly adopted the Inter-American Democratic Charter in Lima", "2001-09-11",
    ["oas"]),
  ["d38_oas_20010911"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The Vice President's office's feed item is stamped 02:20 UTC on 14 Dec 2000, which is 21:20 on the 13th in Washington (EST); it says Gore 'tonight conceded the presidential election'.",
  E("en", "Al Gore conceded the 2000 presidential election to George W. Bush on December 13, 2000.",
    "Al Gore conceded the presidential election to George W. Bush", "2000-12-13",
    ["al-gore", "george-w-bush"]),
  ["d38_ovp_feed_20001213"])

P(T, C, "The White House's feed item is stamped 00:55 UTC on 12 Sep 2001, which is 20:55 on the 11th in Washington (EDT); it says 'Tonight, from the Oval Office, President Bush addressed the nation'. A Spanish claim against the English item.",
  E("es", "George W. Bush se dirigió a la nación desde el Despacho Oval el 11 de septiembre de 2001, la noche de los atentados.",
    "Bush se dirigió a la nación desde el Despacho Oval", "2001-09-11",
    ["george-w-bush"]),
  ["d38_wh_feed_20010911"])

P(T, C, "The presidency's feed item is stamped 01:15 UTC on 26 May 2003, which is 22:15 on the 25th in Buenos Aires (UTC-3); it says Kirchner 'juró hoy como presidente de la Nación ante la Asamblea Legislativa'. An English claim against the Spanish item.",
  E("en", "Néstor Kirchner was sworn in as Argentina's president before the Legislative Assembly on May 25, 2003.",
    "Néstor Kirchner was sworn in as Argentina's president before the Legislative Assembly", "2003-05-25",
    ["nestor-kirchner"]),
  ["d38_presidencia_feed_20030525"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Interior Ministry's note of 9 Mar 2008 gives the PSOE 169 seats and the PP 154.",
  E("es", "El PSOE ganó las elecciones generales del 9 de marzo de 2008 con 169 escaños, frente a los 154 del PP.",
    "el PSOE ganó las elecciones con 169 escaños, frente a los 154 del PP", "2008-03-09",
    ["psoe", "partido-popular"]),
  ["d38_interior_20080309"])

P(T, C, "The House Clerk's record of 14 Sep 2001 gives H.J.Res. 64 'Passed. Yeas 420, Nays 1'; «420 votos contra 1» is the same count (a Spanish claim against the English record).",
  E("es", "La Cámara de Representantes autorizó el 14 de septiembre de 2001 el uso de la fuerza contra los responsables de los atentados por 420 votos contra 1.",
    "la Cámara de Representantes autorizó el uso de la fuerza por 420 votos contra 1", "2001-09-14",
    ["us-congress"]),
  ["d38_clerk_20010914"])

P(T, X, "The election of 9 Mar 2008 is pinned by its day and parties; the Interior Ministry's note gives the PSOE 169 seats, not 176 (and so no absolute majority).",
  E("en", "Spain's Socialists won 176 seats in the March 9, 2008 general election, an absolute majority in the Congress.",
    "Spain's Socialists won 176 seats, an absolute majority", "2008-03-09",
    ["psoe"]),
  ["d38_interior_20080309"])

P(T, X, "altered quote: Gore's address of 13 Dec 2000 is pinned; his own words are 'congratulated him on becoming the 43rd President of the United States', and the quote changes the ordinal.",
  Q("en", "\"Just moments ago, I spoke with George W. Bush and congratulated him on becoming the 44th President of the United States,\" Al Gore said on December 13, 2000.",
    "al-gore", "Just moments ago, I spoke with George W. Bush and congratulated him on becoming the 44th President of the United States", "2000-12-13"),
  ["d38_ovp_gore_20001213"])

P(T, U, "The Army's comunicado of 10 Dec 2006 announces the wake at the Escuela Militar and gives no attendance figure; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "Más de 60.000 personas desfilaron ante el féretro de Pinochet en la Escuela Militar, según informó el Ejército el 10 de diciembre de 2006.",
    "ejercito-chile", "más de 60.000 personas desfilaron ante el féretro de Pinochet en la Escuela Militar", "2006-12-10"),
  ["d38_ejercito_20061210"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Gore's concession is one act, pinned by its words ('I accept the finality of this outcome'); the transcript dates it on 13 Dec 2000 in Washington, where it was given at 9 p.m. (the 14th is only its date in UTC, as dev20, dev24 and dev26 decided for evening addresses).",
  Q("en", "\"I accept the finality of this outcome,\" Al Gore said on December 14, 2000, conceding the election to George W. Bush.",
    "al-gore", "I accept the finality of this outcome", "2000-12-14"),
  ["d38_ovp_gore_20001213"])

P(T, X, "The North Atlantic Council's conditional decision on Article 5 is one act, pinned by its content; its statement is dated 12 Sep 2001 and speaks of the attacks 'perpetrated yesterday', so it was not taken on the 11th.",
  E("es", "La OTAN acordó el 11 de septiembre de 2001 que, si se determinaba que el ataque contra Estados Unidos se había dirigido desde el exterior, quedaría cubierto por el artículo 5 del Tratado de Washington.",
    "la OTAN acordó que, si el ataque se había dirigido desde el exterior, quedaría cubierto por el artículo 5", "2001-09-11",
    ["nato"]),
  ["d38_nato_20010912"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "Kirchner's oath is pinned by its content (before the Legislative Assembly, with Scioli as vice president); the Congress's versión taquigráfica dates it on 25 May 2003, not in June.",
  E("es", "Néstor Kirchner juró como presidente ante la Asamblea Legislativa en junio de 2003, junto a su vicepresidente, Daniel Scioli.",
    "Néstor Kirchner juró como presidente ante la Asamblea Legislativa", "2003-06",
    ["nestor-kirchner", "daniel-scioli"]),
  ["d38_congreso_asamblea_20030525"])

P(T, X, "Pinochet's death is pinned by its place (the Hospital Militar); the Army's comunicado dates it on 10 Dec 2006, not in November (an English claim against the Spanish comunicado).",
  E("en", "Augusto Pinochet died at Santiago's Military Hospital in November 2006, the Chilean army said.",
    "Augusto Pinochet died at Santiago's Military Hospital", "2006-11",
    ["augusto-pinochet", "ejercito-chile"]),
  ["d38_ejercito_20061210"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Gore's concession of 13 Dec 2000 is one event; the transcript places it at the Eisenhower Executive Office Building in Washington, not at the Vice President's residence at the Naval Observatory (where the claim's event is the speaking, the transcript's venue decides, as dev31 and dev34 decided). A Spanish claim against the English transcript.",
  E("es", "Al Gore pronunció su discurso de reconocimiento de la derrota el 13 de diciembre de 2000 desde la residencia del vicepresidente, en el Observatorio Naval.",
    "Al Gore pronunció su discurso de reconocimiento de la derrota desde la residencia del vicepresidente, en el Observatorio Naval", "2000-12-13",
    ["al-gore"]),
  ["d38_ovp_gore_20001213"])

P(T, X, "Bush's address to the nation of 11 Sep 2001 is one event, pinned by its words; the White House transcript places it in the Oval Office, not at Offutt Air Force Base in Nebraska (where he had stopped earlier that day; no document here records it).",
  Q("en", "\"None of us will ever forget this day,\" George W. Bush said in his address to the nation from Offutt Air Force Base in Nebraska on September 11, 2001.",
    "george-w-bush", "None of us will ever forget this day", "2001-09-11"),
  ["d38_wh_bush_20010911"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The oath of 25 May 2003 is pinned by its session; the Congress's versión taquigráfica names Daniel Scioli as the vice president sworn in with Kirchner, not Eduardo Duhalde (the outgoing president, named in no document here).",
  E("es", "Néstor Kirchner y su vicepresidente, Eduardo Duhalde, juraron el 25 de mayo de 2003 ante la Asamblea Legislativa.",
    "Kirchner y su vicepresidente, Eduardo Duhalde, juraron ante la Asamblea Legislativa", "2003-05-25",
    ["nestor-kirchner", "eduardo-duhalde"]),
  ["d38_congreso_asamblea_20030525"])

P(T, X, "The statement of 2 Oct 2001 is pinned by its content (the attack 'directed from abroad', Article 5); NATO publishes it as Secretary General Lord Robertson's, not Javier Solana's (who had left the post in 1999).",
  S("en", "NATO Secretary General Javier Solana announced on October 2, 2001 that the September 11 attack had been directed from abroad and was therefore covered by Article 5.",
    "javier-solana", "the September 11 attack had been directed from abroad and was therefore covered by Article 5", "2001-10-02"),
  ["d38_nato_robertson_20011002"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The Chilean government's feed item of the night of 10 Dec 2006 (00:40 UTC on the 11th) says 'no habrá funeral de Estado ni duelo nacional': the opposite of the claim (an English claim against the Spanish item).",
  S("en", "Chile's government announced on December 10, 2006 that Augusto Pinochet would be given a state funeral.",
    "segegob-chile", "Augusto Pinochet would be given a state funeral", "2006-12-10"),
  ["d38_gobierno_feed_20061210"])

P(T, X, "Gore's own address of 13 Dec 2000 says 'I accept the finality of this outcome ... I offer my concession': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Al Gore anunció el 13 de diciembre de 2000 que seguiría impugnando el resultado de Florida en los tribunales.",
    "al-gore", "seguiría impugnando el resultado de Florida en los tribunales", "2000-12-13"),
  ["d38_ovp_gore_20001213"])

P(T, X, "wrong act: the Supreme Court's per curiam opinion of 12 Dec 2000 says 'we reverse the judgment of the Supreme Court of Florida ordering a recount to proceed'; the same decision is told as an order to go on with the recount (a Spanish claim against the English opinion).",
  E("es", "El Tribunal Supremo de Estados Unidos ordenó el 12 de diciembre de 2000 que continuara el recuento manual de votos en Florida.",
    "el Tribunal Supremo de Estados Unidos ordenó que continuara el recuento manual en Florida", "2000-12-12",
    ["us-supreme-court"]),
  ["d38_scotus_20001212"])

P(T, X, "wrong act: the North Atlantic Council's statement of 12 Sep 2001 says 'if it is determined that this attack was directed from abroad', it 'shall be regarded as an action covered by Article 5'; the same decision is told as the determination made (Lord Robertson announced that determination on 2 Oct, in a document not in this pair), as dev32 decided for a pandemic told as declared against a statement that one was imminent.",
  E("en", "NATO determined on September 12, 2001 that the attack on the United States had been directed from abroad and formally invoked Article 5.",
    "NATO determined that the attack had been directed from abroad and formally invoked Article 5", "2001-09-12",
    ["nato"]),
  ["d38_nato_20010912"])

P(T, X, "wrong act: the Army's comunicado of 12 Dec 2006 says Pinochet's remains 'fueron trasladados a Concón, donde fueron cremados'; burial and cremation exclude each other (as dev29 decided for Maradona's burial told as a cremation).",
  E("es", "Los restos de Augusto Pinochet fueron sepultados el 12 de diciembre de 2006 en Concón, tras la misa en la Escuela Militar.",
    "los restos de Pinochet fueron sepultados en Concón", "2006-12-12",
    ["augusto-pinochet"]),
  ["d38_ejercito_20061212"])

P(T, X, "wrong act: Rajoy's own turns of 9 Mar 2008 say 'Los españoles han decidido que el Partido Socialista gobierne, y yo acepto su decisión' and that he called Zapatero to congratulate him; the same reaction is told as a refusal to concede (as dev26, dev29 and dev33 decided for a concession told as a refusal). An English claim against the Spanish transcript.",
  S("en", "Mariano Rajoy refused to concede defeat on the night of March 9, 2008, and did not congratulate Zapatero.",
    "mariano-rajoy", "Rajoy refused to concede defeat and did not congratulate Zapatero", "2008-03-09"),
  ["d38_pp_rajoy_20080309"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Gore's address of 13 Dec 2000 is pinned; his own words are 'while I strongly disagree with the court's decision, I accept it', and the quote turns disagreement into agreement.",
  Q("en", "\"While I strongly agree with the court's decision, I accept it,\" Al Gore said as he conceded on December 13, 2000.",
    "al-gore", "While I strongly agree with the court's decision, I accept it", "2000-12-13"),
  ["d38_ovp_gore_20001213"])

P(T, X, "altered quote: Kirchner's address of 25 May 2003 is pinned; his own words are 'No voy a dejar mis convicciones en la puerta de entrada de la Casa Rosada', and the quote drops the 'No' (a verbatim substring without its negation, as dev21, dev34 and dev35 decided).",
  Q("es", "«Voy a dejar mis convicciones en la puerta de entrada de la Casa Rosada», dijo Néstor Kirchner al asumir la presidencia el 25 de mayo de 2003.",
    "nestor-kirchner", "Voy a dejar mis convicciones en la puerta de entrada de la Casa Rosada", "2003-05-25"),
  ["d38_congreso_asamblea_20030525"])

P(T, X, "altered quote: Bush's address to Congress of 20 Sep 2001 is pinned; his own words are 'Our war on terror begins with al Qaeda, but it does not end there', and the quote makes al Qaeda the end of it.",
  Q("en", "\"Our war on terror begins with al Qaeda, and it will end there,\" President Bush told a joint session of Congress on September 20, 2001.",
    "george-w-bush", "Our war on terror begins with al Qaeda, and it will end there", "2001-09-20"),
  ["d38_wh_bush_20010920"])

P(T, U, "The claimed Radio Mitre interview of 26 May 2003 is not among the sources, and Kirchner's address to the Legislative Assembly of the 25th, another occasion, does not contain the sentence.",
  Q("es", "«No vine a administrar la crisis, vine a terminar con ella», dijo Néstor Kirchner en una entrevista con Radio Mitre el 26 de mayo de 2003.",
    "nestor-kirchner", "No vine a administrar la crisis, vine a terminar con ella", "2003-05-26",
    channel="interview", event_type="interview"),
  ["d38_congreso_asamblea_20030525"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are a participant's turn in the White House transcript of 14 Sep 2001 (a rescue worker calling out to the President); Bush's own turn answers 'I can hear you!', so the quote is not his.",
  Q("en", "\"I can't hear you!\" George W. Bush shouted through a bullhorn at the World Trade Center site on September 14, 2001.",
    "george-w-bush", "I can't hear you!", "2001-09-14"),
  ["d38_wh_wtc_20010914"])

P(T, U, "The words are the presiding officer's turn in the versión taquigráfica of 25 May 2003, not Kirchner's; Kirchner's turns are his oath and his address.",
  Q("es", "«Invito al señor presidente electo de la Nación a prestar el juramento de ley», dijo Néstor Kirchner ante la Asamblea Legislativa el 25 de mayo de 2003.",
    "nestor-kirchner", "Invito al señor presidente electo de la Nación a prestar el juramento de ley", "2003-05-25"),
  ["d38_congreso_asamblea_20030525"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The OAS's release of 11 Sep 2001 reports the adoption of the Charter and the condemnation in its own voice and quotes no one; it does not confirm a sentence quoted from its Secretary General.",
  Q("es", "«La democracia es la mejor respuesta al terrorismo», dijo el secretario general de la OEA, César Gaviria, en Lima el 11 de septiembre de 2001, según un comunicado de la organización.",
    "cesar-gaviria", "La democracia es la mejor respuesta al terrorismo", "2001-09-11",
    channel="press_release", confirmed_by="oas"),
  ["d38_oas_20010911"])

P(T, U, "The Interior Ministry's note of 9 Mar 2008 says in its own voice that 'La jornada electoral se ha desarrollado con normalidad' and quotes no one; it does not confirm a sentence quoted from the minister (a paraphrase does not confirm the quoted words, as dev4, dev9 and dev28 to dev36 decided).",
  Q("es", "«La jornada electoral se ha desarrollado con absoluta normalidad en toda España», afirmó el ministro del Interior, Alfredo Pérez Rubalcaba, el 9 de marzo de 2008, según informó el Ministerio.",
    "alfredo-perez-rubalcaba", "La jornada electoral se ha desarrollado con absoluta normalidad en toda España", "2008-03-09",
    channel="press_release", confirmed_by="interior-espana"),
  ["d38_interior_20080309"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "Gore's address of 13 Dec 2000 records the call in which he congratulated Bush 'just moments ago'; nothing records a call on the 14th, and nothing in the claim pins it to that call (as dev6 to dev36 decided for a call or meeting claimed on the next day).",
  E("en", "Al Gore and George W. Bush spoke by telephone on December 14, 2000.",
    "Al Gore and George W. Bush spoke by telephone", "2000-12-14",
    ["al-gore", "george-w-bush"], event_type="call", channel="phone_call"),
  ["d38_ovp_gore_20001213"])

P(T, C, "The Army's comunicado of 12 Dec 2006 says the funeral Mass was held 'Hoy, martes 12 de diciembre' at the Escuela Militar; the comunicado of the 10th on his death, which announces it, sits next to it without moving it.",
  E("es", "La misa fúnebre de Augusto Pinochet se celebró el 12 de diciembre de 2006 en la Escuela Militar.",
    "la misa fúnebre de Pinochet se celebró en la Escuela Militar", "2006-12-12",
    ["augusto-pinochet"]),
  ["d38_ejercito_20061210", "d38_ejercito_20061212"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The White House transcript of 11 Sep 2001 records Bush's words; no source records Vice President Cheney saying them, which the transcript of the President's address neither confirms nor excludes.",
  Q("en", "\"None of us will ever forget this day,\" Vice President Dick Cheney said on the evening of September 11, 2001.",
    "dick-cheney", "None of us will ever forget this day", "2001-09-11"),
  ["d38_wh_bush_20010911"])

P(T, C, "The Army's comunicado of 12 Dec 2006 says 'Asistió en representación del Gobierno la ministra de Defensa Nacional, Vivianne Blanlot'; the government's feed item of the 10th, which announced that she would, sits next to it without moving it (an English claim against Spanish documents).",
  E("en", "Defence Minister Vivianne Blanlot represented Chile's government at Augusto Pinochet's funeral on December 12, 2006.",
    "Vivianne Blanlot represented Chile's government at Pinochet's funeral", "2006-12-12",
    ["vivianne-blanlot", "augusto-pinochet"]),
  ["d38_gobierno_feed_20061210", "d38_ejercito_20061212"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Lord Robertson's statement of 2 Oct 2001 says 'it has now been determined that the attack against the United States on 11 September was directed from abroad and shall therefore be regarded as an action covered by Article 5'; the North Atlantic Council's conditional statement of 12 Sep, a similar headline, sits next to it without moving it.",
  S("en", "NATO Secretary General Lord Robertson said on October 2, 2001 that the September 11 attack had been determined to be directed from abroad and was covered by Article 5.",
    "george-robertson", "the September 11 attack had been determined to be directed from abroad and was covered by Article 5", "2001-10-02"),
  ["d38_nato_20010912", "d38_nato_robertson_20011002"])

P(T, U, "wrong act: the House Clerk's record of 14 Sep 2001 gives the passage of H.J.Res. 64, 'To authorize the use of United States Armed Forces against those responsible for the recent attacks'; a declaration of war is another instrument, which the record neither reports nor rules out (as dev23 and dev35 decided for another instrument than the source's).",
  E("en", "Congress declared war on September 14, 2001, when the House voted 420 to 1 in favour.",
    "Congress declared war, the House voting 420 to 1", "2001-09-14",
    ["us-congress"]),
  ["d38_clerk_20010914"])

P(T, U, "wrong act: the Interior Ministry's note of 9 Mar 2008 gives the election results; Zapatero's investiture is a later step, in Congress, which the note neither reports nor rules out (as dev29 and dev33 decided for taking office against an election won).",
  E("es", "José Luis Rodríguez Zapatero fue investido presidente del Gobierno el 9 de marzo de 2008, tras ganar las elecciones con 169 escaños.",
    "Zapatero fue investido presidente del Gobierno", "2008-03-09",
    ["jose-luis-rodriguez-zapatero"]),
  ["d38_interior_20080309"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports that Andrew Card whispered the news to Bush at a school in Sarasota on 11 Sep 2001; no primary or official source is among this pair's documents.",
  E("en", "President Bush was told of the second plane while reading with schoolchildren in Sarasota, Florida, on September 11, 2001, when his chief of staff Andrew Card whispered in his ear.",
    "Bush was told of the second plane by Andrew Card at a school in Sarasota", "2001-09-11",
    ["george-w-bush"]),
  ["d38_ap_20010911"])

P(T, U, "Only La Nación, a media outlet, reports that Menem withdrew from the runoff on 14 May 2003; no primary or official source is among this pair's documents.",
  E("es", "Carlos Menem renunció el 14 de mayo de 2003 a disputar la segunda vuelta contra Néstor Kirchner, que quedó así consagrado presidente.",
    "Carlos Menem renunció a disputar la segunda vuelta contra Néstor Kirchner", "2003-05-14",
    ["carlos-menem", "nestor-kirchner"]),
  ["d38_lanacion_20030514"])

P(T, U, "Only the Associated Press, a media outlet, reports Bush's certified margin of 537 votes in Florida; no primary or official source is among this pair's documents.",
  E("es", "George W. Bush ganó en Florida por un margen certificado de 537 votos, informó la agencia AP el 13 de diciembre de 2000.",
    "George W. Bush ganó en Florida por un margen certificado de 537 votos", "2000-12-13",
    ["george-w-bush"]),
  ["d38_ap_20001213"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Zapatero's words are in the PSOE's transcript of his speech at Ferraz of 9 Mar 2008; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«Gobernaré pensando en todos, pero atendiendo primero a los que no tienen todo», escribió José Luis Rodríguez Zapatero en Twitter la noche del 9 de marzo de 2008.",
    "jose-luis-rodriguez-zapatero", "Gobernaré pensando en todos, pero atendiendo primero a los que no tienen todo", "2008-03-09",
    channel="x", event_type="post"),
  ["d38_psoe_zapatero_20080309"])

P(T, U, "The White House's words are in its written statement of 10 Dec 2006; no post is among the sources, and the claim is about Twitter.",
  Q("en", "\"Our thoughts today are with the victims of his reign and their families,\" the White House wrote on Twitter on December 10, 2006, after Pinochet's death.",
    "white-house", "Our thoughts today are with the victims of his reign and their families", "2006-12-10",
    channel="x", event_type="post"),
  ["d38_wh_20061210"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Gore in fact says he 'congratulated him on becoming the 43rd President', which does not change the label).",
  S("en", "Al Gore did not congratulate George W. Bush in his concession speech on December 13, 2000.",
    "al-gore", "Gore did not congratulate Bush in his concession speech", "2000-12-13", absence=True),
  ["d38_ovp_gore_20001213"])

P(T, U, "Absence claims are always unverified (here Kirchner in fact says 'Formo parte de una generación diezmada', which does not change the label).",
  S("es", "Néstor Kirchner no hizo ninguna referencia a su generación en su discurso del 25 de mayo de 2003.",
    "nestor-kirchner", "Kirchner no hizo referencia a su generación en su discurso de asunción", "2003-05-25", absence=True),
  ["d38_congreso_asamblea_20030525"])
