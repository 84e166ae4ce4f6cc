"""Claims, labels and notes of the eleventh development set (dev11.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev10), applied to the documents in docs_dev11.py alone,
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

P(T, C, "Arce's own post of 26 Jun 2024 (19:05 UTC, 15:05 in La Paz) denounces 'movilizaciones irregulares de algunas unidades del Ejército Boliviano'.",
  S("es", "El presidente boliviano, Luis Arce, denunció en X el 26 de junio de 2024 movilizaciones irregulares de unidades del Ejército y advirtió que la democracia debe respetarse.",
    "luis-arce", "denuncia movilizaciones irregulares de unidades del Ejército; la democracia debe respetarse", "2024-06-26", channel="x", event_type="post"),
  ["d11_x_arce_20240626"])

P(T, C, "The European Parliament's release of Thursday 18 Jul 2024 says it re-elected von der Leyen as Commission President for a second five-year term; her own post that day thanks the MEPs who voted for her for a second term.",
  E("en", "European lawmakers handed Ursula von der Leyen a second five-year term at the helm of the European Commission on July 18, 2024.",
    "the European Parliament re-elected Ursula von der Leyen as Commission President for a second five-year term", "2024-07-18",
    ["ursula-von-der-leyen", "european-parliament"]),
  ["d11_europarl_20240718", "d11_x_vdl_20240718"])

P(T, C, "The Congress's note of Wednesday 27 Sep 2023 says the plenary did not grant Feijóo its confidence in the first investiture vote.",
  E("es", "El Congreso de los Diputados tumbó el 27 de septiembre de 2023 la primera votación de investidura de Alberto Núñez Feijóo.",
    "el Congreso no otorgó su confianza a Feijóo en la primera votación de investidura", "2023-09-27",
    ["alberto-nunez-feijoo", "congreso-diputados"]),
  ["d11_congreso_20230927"])

P(T, C, "Biden's own turn in the White House transcript of his Oval Office address of Sunday 14 Jul 2024 has the quoted sentence exactly.",
  Q("en", "\"Politics must never be a literal battlefield and, God forbid, a killing field,\" Joe Biden told the nation from the Oval Office on July 14, 2024, a day after the shooting in Butler.",
    "joe-biden", "Politics must never be a literal battlefield and, God forbid, a killing field", "2024-07-14"),
  ["d11_wh_20240714"])

P(T, C, "Fernández's own turn in the Casa Rosada's transcript of his broadcast of 1 Sep 2022 says 'Se trata del hecho más grave desde que recuperamos la democracia'.",
  S("es", "Alberto Fernández calificó el 1 de septiembre de 2022, en cadena nacional, el ataque contra Cristina Kirchner como el hecho más grave desde el regreso de la democracia.",
    "alberto-fernandez", "el ataque contra Cristina Kirchner es el hecho más grave desde el regreso de la democracia", "2022-09-01"),
  ["d11_casarosada_20220901"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Arce's own Spanish turn of 26 Jun 2024 says 'No podemos permitir, una vez más, que intentos golpistas cobren vidas bolivianas'; the English quote is its translation.",
  Q("en", "\"We cannot allow coup attempts to once again cost Bolivian lives,\" President Luis Arce said on June 26, 2024 as he swore in a new military high command.",
    "luis-arce", "We cannot allow coup attempts to once again cost Bolivian lives", "2024-06-26"),
  ["d11_presidencia_bo_20240626"])

P(T, C, "Fernández's own Spanish turn of 1 Sep 2022 declares 'feriado nacional el día de mañana' so that the people can express themselves in defence of life and democracy; the English claim reports that.",
  S("en", "Argentine President Alberto Fernández declared a national holiday for the next day in a televised address on September 1, 2022, so that Argentines could rally in defense of life and democracy.",
    "alberto-fernandez", "he declared a national holiday for the next day so that Argentines could rally in defense of life and democracy", "2022-09-01"),
  ["d11_casarosada_20220901"])

P(T, C, "Von der Leyen's own English turn of 18 Jul 2024 says 'For the first time ever, I will appoint a Commissioner with direct responsibility for housing'; the Spanish quote renders it.",
  Q("es", "«Por primera vez, nombraré a un comisario con responsabilidad directa sobre la vivienda», prometió Ursula von der Leyen ante el Parlamento Europeo el 18 de julio de 2024.",
    "ursula-von-der-leyen", "Por primera vez, nombraré a un comisario con responsabilidad directa sobre la vivienda", "2024-07-18"),
  ["d11_ec_speech_20240718"])

P(T, C, "Trump's own Truth Social post says 'I was shot with a bullet that pierced the upper part of my right ear'; the Spanish claim, which gives no date, reports that.",
  S("es", "Donald Trump aseguró en Truth Social que una bala le atravesó la parte superior de la oreja derecha durante el mitin en Butler.",
    "donald-trump", "una bala le atravesó la parte superior de la oreja derecha", event_type="post"),
  ["d11_truth_trump_20240713"])

P(T, C, "Sánchez's own Spanish post of 16 Nov 2023 (13:05 UTC, 14:05 in Madrid) says 'Seré el presidente de todos los españoles, de los que me han votado y de los que no'; the English quote is its translation.",
  Q("en", "\"I will be the president of all Spaniards, those who voted for me and those who did not,\" Pedro Sánchez wrote on X on November 16, 2023 after winning the investiture vote.",
    "pedro-sanchez", "I will be the president of all Spaniards, those who voted for me and those who did not", "2023-11-16", channel="x", event_type="post"),
  ["d11_x_sanchez_20231116"])

P(T, C, "Biden's own English turn in Rehoboth Beach on 13 Jul 2024 says 'There's no place in America for this kind of violence'; the Spanish quote is its translation.",
  Q("es", "«No hay lugar en Estados Unidos para este tipo de violencia», declaró Joe Biden el 13 de julio de 2024, horas después de los disparos contra Trump.",
    "joe-biden", "No hay lugar en Estados Unidos para este tipo de violencia", "2024-07-13"),
  ["d11_wh_20240713"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Arce's post is stamped 03:10 UTC on 27 Jun 2024, which is 23:10 on the 26th in La Paz (UTC-4); the local date matches.",
  S("es", "Arce agradeció en X el 26 de junio de 2024 al pueblo boliviano que salió a las calles a defender la democracia.",
    "luis-arce", "agradece al pueblo boliviano que salió a las calles a defender la democracia", "2024-06-26", channel="x", event_type="post"),
  ["d11_x_arce_20240626b"])

P(T, C, "Trump's Truth Social post is stamped 00:42 UTC on 14 Jul 2024, which is 20:42 on the 13th in New York; the claim names Truth Social, not X, and the local date matches.",
  S("en", "Donald Trump said in a Truth Social post on July 13, 2024 that he had been shot with a bullet that pierced the upper part of his right ear.",
    "donald-trump", "he was shot with a bullet that pierced the upper part of his right ear", "2024-07-13", event_type="post"),
  ["d11_truth_trump_20240713"])

P(T, C, "Fernández's post is stamped 01:20 UTC on 2 Sep 2022, which is 22:20 on the 1st in Buenos Aires (UTC-3); 'Mi más absoluta solidaridad con Cristina' matches.",
  S("es", "Alberto Fernández expresó en X el 1 de septiembre de 2022 su absoluta solidaridad con Cristina Fernández de Kirchner tras el ataque.",
    "alberto-fernandez", "expresa su absoluta solidaridad con Cristina Fernández de Kirchner", "2022-09-01", channel="x", event_type="post"),
  ["d11_x_alberto_20220901"])

P(T, C, "Fernández's Spanish post is stamped 01:20 UTC on 2 Sep 2022, 22:20 on the 1st in Buenos Aires; 'Cuando se instala el odio y la violencia sobre el debate de ideas, se destruyen las sociedades' is what the English claim reports.",
  S("en", "Alberto Fernández warned on X on September 1, 2022 that societies are destroyed when hatred and violence replace the debate of ideas.",
    "alberto-fernandez", "societies are destroyed when hatred and violence replace the debate of ideas", "2022-09-01", channel="x", event_type="post"),
  ["d11_x_alberto_20220901"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Parliament's release of 18 Jul 2024 gives 401 votes in favour, 284 against and 15 abstentions.",
  E("en", "Von der Leyen secured 401 votes in the European Parliament on July 18, 2024, with 284 lawmakers voting against her and 15 abstaining.",
    "von der Leyen secured 401 votes, with 284 against and 15 abstentions", "2024-07-18",
    ["ursula-von-der-leyen", "european-parliament"]),
  ["d11_europarl_20240718"])

P(T, C, "The Congress's note of 16 Nov 2023 gives 179 votes in favour and 171 against.",
  E("es", "Pedro Sánchez fue investido presidente del Gobierno el 16 de noviembre de 2023 con 179 votos a favor y 171 en contra.",
    "Sánchez fue investido con 179 votos a favor y 171 en contra", "2023-11-16", ["pedro-sanchez", "congreso-diputados"]),
  ["d11_congreso_20231116"])

P(T, C, "Fernández's own turn of 1 Sep 2022 says 'el arma, que contaba con cinco balas, no se disparó'; 'five rounds' is that figure.",
  S("en", "Alberto Fernández said on September 1, 2022 that the gun pointed at Cristina Fernández de Kirchner was loaded with five rounds but did not fire.",
    "alberto-fernandez", "the gun pointed at Cristina Fernández de Kirchner was loaded with five rounds but did not fire", "2022-09-01"),
  ["d11_casarosada_20220901"])

P(T, X, "The Congress's note of 27 Sep 2023 gives 178 votes against Feijóo, not 180.",
  E("en", "Alberto Núñez Feijóo lost his investiture vote in Spain's Congress on September 27, 2023, winning 172 votes against 180.",
    "Feijóo lost his investiture vote, winning 172 votes against 180", "2023-09-27",
    ["alberto-nunez-feijoo", "congreso-diputados"]),
  ["d11_congreso_20230927"])

P(T, X, "The Parliament's release of 18 Jul 2024 gives 401 votes in favour; 383 is the figure of her first election in 2019, which no document here is about.",
  E("es", "Ursula von der Leyen fue reelegida presidenta de la Comisión Europea el 18 de julio de 2024 con 383 votos a favor.",
    "von der Leyen fue reelegida con 383 votos a favor", "2024-07-18", ["ursula-von-der-leyen", "european-parliament"]),
  ["d11_europarl_20240718"])

P(T, U, "The Secret Service's statement of 13 Jul 2024 says the shooter 'fired multiple shots' and gives no number, so 'eight shots' is neither confirmed nor contradicted.",
  S("en", "The Secret Service said on July 13, 2024 that the gunman in Butler fired eight shots toward the stage from an elevated position.",
    "us-secret-service", "the gunman fired eight shots toward the stage from an elevated position", "2024-07-13"),
  ["d11_usss_20240713"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The quoted words pin Feijóo's speech in the investiture debate, which the Diario de Sesiones dates on Tuesday 26 Sep 2023, not the 27th (the day of the vote).",
  Q("es", "«Tengo a mi alcance los votos para ser presidente del Gobierno, pero no acepto pagar el precio que me piden para serlo», afirmó Feijóo el 27 de septiembre de 2023.",
    "alberto-nunez-feijoo", "Tengo a mi alcance los votos para ser presidente del Gobierno, pero no acepto pagar el precio que me piden para serlo", "2023-09-27"),
  ["d11_congreso_ds_20230926"])

P(T, X, "The investiture vote with 179 in favour is one event; the Congress's note dates it on Thursday 16 Nov 2023, not the 15th (the day of his speech).",
  E("en", "Spain's Congress backed Pedro Sánchez for a new term as prime minister on November 15, 2023, by 179 votes to 171.",
    "Spain's Congress backed Pedro Sánchez for a new term as prime minister by 179 votes to 171", "2023-11-15",
    ["pedro-sanchez", "congreso-diputados"]),
  ["d11_congreso_20231116"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The occupation of the plaza Murillo by Zúñiga's troops is one event; the presidency's release of 26 Jun 2024 reports it 'este miércoles', so 'en julio' is wrong.",
  E("es", "En julio de 2024, militares al mando del general Juan José Zúñiga ocuparon la plaza Murillo de La Paz y una tanqueta embistió la puerta del Palacio Quemado.",
    "militares al mando de Zúñiga ocuparon la plaza Murillo y una tanqueta embistió la puerta del Palacio Quemado", "2024-07",
    ["juan-jose-zuniga"]),
  ["d11_comunicado_bo_20240626"])

P(T, X, "The attack on the vice president, pinned by the gun that did not fire, is reported in Fernández's broadcast of 1 Sep 2022 as happening 'esta noche', and in the Casa Rosada's note of 2 Sep as 'anoche'; not August.",
  E("en", "In August 2022, a man pointed a gun at Argentine Vice President Cristina Fernández de Kirchner outside her home, but the weapon failed to fire.",
    "a man pointed a gun at Cristina Fernández de Kirchner outside her home, but the weapon failed to fire", "2022-08",
    ["cristina-fernandez-kirchner"]),
  ["d11_casarosada_20220901", "d11_casarosada_20220902"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The re-election of 18 Jul 2024 is one vote; the Parliament's release places the secret ballot in Strasbourg, not Brussels.",
  E("en", "Meeting in Brussels on July 18, 2024, the European Parliament re-elected Ursula von der Leyen as president of the European Commission.",
    "the European Parliament, meeting in Brussels, re-elected von der Leyen as Commission President", "2024-07-18",
    ["ursula-von-der-leyen", "european-parliament"]),
  ["d11_europarl_20240718"])

P(T, X, "Sánchez's promise of office before the King on 17 Nov 2023 is one act; the Casa Real's note places it in the Palacio de La Zarzuela, not the Palacio Real.",
  E("es", "Pedro Sánchez prometió su cargo ante el rey Felipe VI el 17 de noviembre de 2023 en el Palacio Real de Madrid.",
    "Sánchez prometió su cargo ante Felipe VI en el Palacio Real", "2023-11-17", ["pedro-sanchez", "felipe-vi"]),
  ["d11_casareal_20231117"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The new high command sworn in on 26 Jun 2024 is pinned; the presidency's release names General José Wilson Sánchez at the head of the Army, while Zúñiga led the troops in the plaza and was arrested.",
  E("es", "Luis Arce posesionó el 26 de junio de 2024 al general Juan José Zúñiga como nuevo comandante del Ejército, tras el repliegue de las tropas de la plaza Murillo.",
    "Arce posesionó a Juan José Zúñiga como nuevo comandante del Ejército", "2024-06-26",
    ["luis-arce", "juan-jose-zuniga"]),
  ["d11_comunicado_bo_20240626"])

P(T, X, "The attack of 1 Sep 2022 is pinned by the five-bullet gun that did not fire; Fernández's own broadcast says it was aimed at the vice president, Cristina Fernández de Kirchner, not at him.",
  E("en", "A man pointed a loaded gun at Argentine President Alberto Fernández outside his home on September 1, 2022, but the weapon did not fire.",
    "a man pointed a loaded gun at President Alberto Fernández outside his home, but the weapon did not fire", "2022-09-01",
    ["alberto-fernandez"]),
  ["d11_casarosada_20220901"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The Ministry of the Presidency's release of 27 Jun 2024 says Arce 'nunca pidió, ordenó ni consintió' any action by the armed forces and that there was no self-coup: a denial by the government concerned.",
  E("en", "Bolivian President Luis Arce asked General Zúñiga to stage the June 26, 2024 troop mobilization in La Paz to boost his own popularity.",
    "Arce asked Zúñiga to stage the troop mobilization to boost his own popularity", "2024-06-26",
    ["luis-arce", "juan-jose-zuniga"]),
  ["d11_comunicado_bo_20240627"])

P(T, X, "Fernández's own turn of 1 Sep 2022 says the gun 'no se disparó pese a haber sido gatillada': in other words, no shot was fired, the opposite of a shot that missed.",
  S("es", "Alberto Fernández relató el 1 de septiembre de 2022 que el agresor llegó a disparar contra Cristina Kirchner, pero que la bala no la alcanzó.",
    "alberto-fernandez", "el agresor llegó a disparar contra Cristina Kirchner, pero la bala no la alcanzó", "2022-09-01"),
  ["d11_casarosada_20220901"])

P(T, X, "Feijóo's own turn of 26 Sep 2023 says 'La amnistía no cabe en la Constitución, y mi partido no la va a aceptar ni hoy ni mañana': the opposite of an openness to negotiate it.",
  S("es", "Núñez Feijóo se abrió el 26 de septiembre de 2023, en el debate de su investidura, a negociar una amnistía para los encausados del procés.",
    "alberto-nunez-feijoo", "se abre a negociar una amnistía para los encausados del procés", "2023-09-26"),
  ["d11_congreso_ds_20230926"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "Arce's post of the night of 26 Jun 2024 is pinned; his own words are 'la democracia que ganamos en las urnas', not 'en las calles'.",
  Q("es", "«Nadie puede quitarnos la democracia que ganamos en las calles», escribió Luis Arce en X la noche del 26 de junio de 2024.",
    "luis-arce", "Nadie puede quitarnos la democracia que ganamos en las calles", "2024-06-26", channel="x", event_type="post"),
  ["d11_x_arce_20240626b"])

P(T, U, "The claimed Telemundo interview of 15 Jul 2024 is not among the sources, and the Oval Office address of the 14th, another occasion, does not contain the words.",
  Q("en", "\"This violence will not divide us,\" Joe Biden said in an interview with Telemundo on July 15, 2024.",
    "joe-biden", "This violence will not divide us", "2024-07-15", channel="interview", event_type="interview"),
  ["d11_wh_20240714"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the Commission's transcript of 18 Jul 2024, and von der Leyen answers 'No. I have worked with the democratic, pro-European, pro-Ukraine and pro-rule-of-law groups…'.",
  Q("en", "\"I made a deal with Giorgia Meloni's group to secure their votes,\" Ursula von der Leyen said after her re-election on July 18, 2024.",
    "ursula-von-der-leyen", "I made a deal with Giorgia Meloni's group to secure their votes", "2024-07-18"),
  ["d11_ec_pc_20240718"])

P(T, U, "The words are a reporter's question in the transcript of 13 Jul 2024 ('Was this an assassination attempt, Mr. President?'), which Biden neither adopts nor denies ('I have an opinion, but I have no facts').",
  Q("es", "«Esto fue un intento de asesinato», dijo Joe Biden el 13 de julio de 2024 sobre los disparos en el mitin de Trump.",
    "joe-biden", "Esto fue un intento de asesinato", "2024-07-13"),
  ["d11_wh_20240713"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Casa Real's note is of Friday 17 Nov 2023; nothing in the claim pins a meeting on Saturday the 18th to the promise of office, and no source records one.",
  E("es", "El rey Felipe VI recibió a Pedro Sánchez en el Palacio de La Zarzuela el 18 de noviembre de 2023.",
    "Felipe VI recibió a Pedro Sánchez en La Zarzuela", "2023-11-18", ["felipe-vi", "pedro-sanchez"]),
  ["d11_casareal_20231117"])

P(T, C, "The Casa Real's note of Friday 17 Nov 2023 records Sánchez's promise of office before the King that morning; the Congress's note on the vote of the 16th sits next to it without moving it.",
  E("en", "Pedro Sánchez was sworn in before King Felipe VI at the Zarzuela Palace on November 17, 2023, the day after winning the investiture vote.",
    "Pedro Sánchez was sworn in before King Felipe VI at the Zarzuela Palace", "2023-11-17", ["pedro-sanchez", "felipe-vi"]),
  ["d11_congreso_20231116", "d11_casareal_20231117"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The White House transcript of 13 Jul 2024 records Biden's words in Rehoboth Beach; no source has the vice president saying anything that day.",
  S("en", "Vice President Kamala Harris said on July 13, 2024 that there is no place in America for this kind of violence.",
    "kamala-harris", "there is no place in America for this kind of violence", "2024-07-13"),
  ["d11_wh_20240713"])

P(T, C, "The FBI's statement of 14 Jul 2024 identifies Thomas Matthew Crooks, 20, of Bethel Park; the Secret Service's statement of the 13th, another agency's, sits next to it without moving it.",
  S("es", "El FBI identificó el 14 de julio de 2024 al autor de los disparos en Butler como Thomas Matthew Crooks, de 20 años y vecino de Bethel Park, Pensilvania.",
    "fbi", "el autor de los disparos en Butler es Thomas Matthew Crooks, de 20 años y vecino de Bethel Park", "2024-07-14"),
  ["d11_usss_20240713", "d11_fbi_20240714"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, U, "The only source is the Parliament's release on von der Leyen's first election of 16 Jul 2019; nothing documents the re-election of 2024.",
  E("es", "El Parlamento Europeo renovó el 18 de julio de 2024 a Ursula von der Leyen al frente de la Comisión Europea para un segundo mandato.",
    "el Parlamento Europeo renovó a von der Leyen al frente de la Comisión para un segundo mandato", "2024-07-18",
    ["ursula-von-der-leyen", "european-parliament"]),
  ["d11_europarl_20190716"])

P(T, C, "The Parliament's release of 16 Jul 2019 gives 383 votes in favour and calls her the first female Commission President; the release on the re-election of 2024 sits next to it without moving it.",
  E("en", "Ursula von der Leyen was elected as the first woman to lead the European Commission on July 16, 2019, with 383 votes in favour.",
    "von der Leyen was elected as the first woman to lead the European Commission, with 383 votes in favour", "2019-07-16",
    ["ursula-von-der-leyen", "european-parliament"]),
  ["d11_europarl_20240718", "d11_europarl_20190716"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The presidency's release of 26 Jun 2024 says Arce ordered Zúñiga to withdraw the troops, in its own words, and quotes none of his.",
  Q("es", "«Soy su capitán y le ordeno que retire a todos sus soldados», le dijo Luis Arce al general Zúñiga el 26 de junio de 2024 dentro del Palacio Quemado.",
    "luis-arce", "Soy su capitán y le ordeno que retire a todos sus soldados", "2024-06-26"),
  ["d11_comunicado_bo_20240626"])

P(T, U, "The Parliament's release of 18 Jul 2024 says von der Leyen presented her political guidelines before the vote and quotes none of her words.",
  Q("en", "\"The next five years will define Europe's place in the world for decades to come,\" Ursula von der Leyen told MEPs on July 18, 2024.",
    "ursula-von-der-leyen", "The next five years will define Europe's place in the world for decades to come", "2024-07-18"),
  ["d11_europarl_20240718"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Reuters, a media outlet, reports Zúñiga's words to reporters; no transcript or post of his is among the sources.",
  S("en", "General Juan José Zúñiga claimed on June 26, 2024, as he was arrested, that President Luis Arce had asked him to do something to boost his popularity.",
    "juan-jose-zuniga", "President Arce asked him to do something to boost his popularity", "2024-06-26"),
  ["d11_reuters_20240626"])

P(T, U, "Only La Nación, a media outlet, reports who the arrested man is.",
  E("es", "El detenido por el ataque a Cristina Kirchner el 1 de septiembre de 2022 es Fernando Sabag Montiel, un hombre de 35 años nacido en Brasil.",
    "el detenido por el ataque a Cristina Kirchner es Fernando Sabag Montiel, de 35 años y nacido en Brasil", "2022-09-01",
    ["cristina-fernandez-kirchner"]),
  ["d11_lanacion_20220902"])

P(T, U, "Only the Associated Press, a media outlet, reports the victim's name and Shapiro's account.",
  E("es", "Corey Comperatore, un exjefe de bomberos de 50 años, murió el 13 de julio de 2024 en el mitin de Trump en Butler mientras protegía a su familia.",
    "Corey Comperatore, exjefe de bomberos de 50 años, murió en el mitin de Butler protegiendo a su familia", "2024-07-13"),
  ["d11_ap_20240714"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Sánchez's defence of the amnesty is in the Diario de Sesiones of 15 Nov 2023; no post by him that day is among the sources, and the claim is about X.",
  S("en", "Pedro Sánchez said on X on November 15, 2023 that he was defending the amnesty in the name of Spain and in the interest of coexistence among Spaniards.",
    "pedro-sanchez", "he defends the amnesty in the name of Spain and in the interest of coexistence among Spaniards", "2023-11-15", channel="x", event_type="post"),
  ["d11_congreso_ds_20231115"])

P(T, U, "Biden's 'It's time to cool it down' is in the White House transcript of his address of 14 Jul 2024; no X post by him is among the sources.",
  S("es", "Joe Biden escribió en X el 14 de julio de 2024 que la retórica política se ha recalentado y que es hora de calmar los ánimos.",
    "joe-biden", "la retórica política se ha recalentado y es hora de calmar los ánimos", "2024-07-14", channel="x", event_type="post"),
  ["d11_wh_20240714"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the transcript of the broadcast indeed speaks of 'un hombre' and gives no name).",
  S("es", "Alberto Fernández no mencionó por su nombre al agresor de Cristina Kirchner en su cadena nacional del 1 de septiembre de 2022.",
    "alberto-fernandez", "la cadena nacional no mencionó por su nombre al agresor", "2022-09-01", absence=True),
  ["d11_casarosada_20220901"])

P(T, U, "Absence claims are always unverified (here the transcript of the statement indeed does not name Ukraine).",
  S("en", "Ursula von der Leyen did not mention Ukraine in her speech to the European Parliament before the vote on July 18, 2024.",
    "ursula-von-der-leyen", "the speech did not mention Ukraine", "2024-07-18", absence=True),
  ["d11_ec_speech_20240718"])
