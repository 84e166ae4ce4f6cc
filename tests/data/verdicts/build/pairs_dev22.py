"""Claims, labels and notes of the twenty-second development set (dev22.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev20), applied to the documents in docs_dev22.py alone,
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

P(T, C, "Trump's own turn in Factba.se's transcript of the joint statements at Los Pinos on 31 Aug 2016 answers the question on paying for the wall with 'We did discuss the wall. We didn't discuss payment of the wall.'",
  Q("en", "Asked who would pay for the border wall, Donald Trump said after meeting Mexican President Enrique Peña Nieto in Mexico City on August 31, 2016: \"We did discuss the wall. We didn't discuss payment of the wall.\"",
    "donald-trump", "We did discuss the wall. We didn't discuss payment of the wall.", "2016-08-31",
    channel="press_conference", event_type="press_conference"),
  ["d22_factbase_20160831"])

P(T, C, "Obama's own turn in the White House transcript of his address to the Cuban people of 22 Mar 2016 says 'I have come here to bury the last remnant of the Cold War in the Americas'.",
  Q("en", "\"I have come here to bury the last remnant of the Cold War in the Americas,\" Barack Obama told Cubans in a speech in Havana on March 22, 2016.",
    "barack-obama", "I have come here to bury the last remnant of the Cold War in the Americas", "2016-03-22"),
  ["d22_wh_20160322"])

P(T, C, "Santos's own turn in the presidency's transcript of his address of 2 Oct 2016, after the plebiscite, ends 'No me rendiré. Seguiré buscando la paz hasta el último minuto de mi mandato.'",
  Q("es", "«No me rendiré. Seguiré buscando la paz hasta el último minuto de mi mandato», dijo el presidente Juan Manuel Santos el 2 de octubre de 2016, tras la victoria del No en el plebiscito.",
    "juan-manuel-santos", "No me rendiré. Seguiré buscando la paz hasta el último minuto de mi mandato", "2016-10-02"),
  ["d22_presidencia_co_20161002"])

P(T, C, "Cameron's own turn in GOV.UK's transcript of his statement of 24 Jun 2016 says 'I do not think it would be right for me to try to be the captain that steers our country to its next destination'.",
  Q("en", "\"I do not think it would be right for me to try to be the captain that steers our country to its next destination,\" David Cameron said outside Downing Street on June 24, 2016, the morning after Britain voted to leave the EU.",
    "david-cameron", "I do not think it would be right for me to try to be the captain that steers our country to its next destination", "2016-06-24"),
  ["d22_gov_uk_20160624"])

P(T, C, "Rajoy's own turn in La Moncloa's transcript of the night of 1 Oct 2017 says 'hoy no ha habido un referéndum de autodeterminación en Cataluña'.",
  Q("es", "«Hoy no ha habido un referéndum de autodeterminación en Cataluña», proclamó Mariano Rajoy desde La Moncloa al cierre de la jornada del 1 de octubre de 2017.",
    "mariano-rajoy", "Hoy no ha habido un referéndum de autodeterminación en Cataluña", "2017-10-01"),
  ["d22_moncloa_20171001"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Obama's own English turn of 22 Mar 2016 says of the embargo 'It is an outdated burden on the Cuban people'; the Spanish quote is its translation.",
  Q("es", "«Es una carga obsoleta para el pueblo cubano», dijo Barack Obama sobre el embargo en su discurso del 22 de marzo de 2016 en el Gran Teatro de La Habana.",
    "barack-obama", "Es una carga obsoleta para el pueblo cubano", "2016-03-22"),
  ["d22_wh_20160322"])

P(T, C, "Raúl Castro's own Spanish turn, read on television, says that 'hoy, 25 de noviembre del 2016, a las 10 y 29 horas de la noche, falleció' Fidel Castro; the English claim reports it faithfully.",
  S("en", "Fidel Castro died at 10:29 p.m. on November 25, 2016, his brother, Cuban President Raúl Castro, announced on state television.",
    "raul-castro", "Fidel Castro died at 10:29 p.m. on November 25, 2016", "2016-11-25"),
  ["d22_minrex_20161125"])

P(T, C, "Santos's own Spanish turn of 2 Oct 2016 says 'soy el primero en reconocer este resultado'; the English quote is its translation.",
  Q("en", "\"I am the first to recognize this result,\" Colombian President Juan Manuel Santos said on October 2, 2016, after voters narrowly rejected the peace deal with the FARC.",
    "juan-manuel-santos", "I am the first to recognize this result", "2016-10-02"),
  ["d22_presidencia_co_20161002"])

P(T, C, "Cameron's own English turn of 24 Jun 2016 says 'The will of the British people is an instruction that must be delivered'; the Spanish quote is its translation.",
  Q("es", "«La voluntad del pueblo británico es una instrucción que debe cumplirse», declaró David Cameron el 24 de junio de 2016 ante el número 10 de Downing Street.",
    "david-cameron", "La voluntad del pueblo británico es una instrucción que debe cumplirse", "2016-06-24"),
  ["d22_gov_uk_20160624"])

P(T, C, "Tusk's own English turn in the European Council's transcript of his remarks of 29 Mar 2017 says 'We already miss you. Thank you and goodbye.'; the Spanish quote is its translation.",
  Q("es", "«Ya os echamos de menos. Gracias y adiós», dijo Donald Tusk el 29 de marzo de 2017, tras recibir la carta con la que Londres activó el artículo 50.",
    "donald-tusk", "Ya os echamos de menos. Gracias y adiós", "2017-03-29"),
  ["d22_consilium_tusk_20170329"])

P(T, C, "Felipe VI's own Spanish turn of 3 Oct 2017 says the Catalan authorities have shown 'una deslealtad inadmisible hacia los poderes del Estado'; the English quote is its translation.",
  Q("en", "In a televised address on October 3, 2017, King Felipe VI accused Catalonia's leaders of \"an unacceptable disloyalty towards the powers of the State.\"",
    "felipe-vi", "an unacceptable disloyalty towards the powers of the State", "2017-10-03"),
  ["d22_casareal_20171003"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Peña Nieto's post is stamped 03:05 UTC on 26 Jan 2017, which is 21:05 on the 25th in Mexico City (UTC-6 in January); it says 'México no pagará ningún muro'.",
  S("es", "Enrique Peña Nieto escribió en X el 25 de enero de 2017 que México no pagará ningún muro, horas después de que Washington decidiera seguir construyéndolo.",
    "enrique-pena-nieto", "México no pagará ningún muro", "2017-01-25", channel="x", event_type="post"),
  ["d22_x_epn_20170125"])

P(T, C, "Santos's post is stamped 01:15 UTC on 3 Oct 2016, which is 20:15 on the 2nd in Bogotá (UTC-5); it says 'No me rendiré: seguiré buscando la paz hasta el último minuto de mi mandato'.",
  S("en", "Juan Manuel Santos wrote on X on October 2, 2016 that he would not give up and would keep seeking peace until the last minute of his term.",
    "juan-manuel-santos", "Santos would not give up and would keep seeking peace until the last minute of his term", "2016-10-02",
    channel="x", event_type="post"),
  ["d22_x_santos_20161002"])

P(T, C, "The presidency's post is stamped 01:20 UTC on 27 Sep 2016, which is 20:20 on the 26th in Bogotá (UTC-5); it says Santos and Rodrigo Londoño 'firmaron hoy en Cartagena el Acuerdo Final'.",
  S("es", "La Presidencia de Colombia informó en X el 26 de septiembre de 2016 que Juan Manuel Santos y el líder de las FARC, Rodrigo Londoño, firmaron en Cartagena el Acuerdo Final.",
    "colombia-presidency", "Santos y Rodrigo Londoño firmaron en Cartagena el Acuerdo Final", "2016-09-26",
    channel="x", event_type="post"),
  ["d22_x_presidencia_co_20160926"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Raúl Castro's interpreted turn in the White House transcript of 21 Mar 2016 speaks of '61 internationally recognized instruments' and says 'Cuba complies with 47'.",
  S("es", "Raúl Castro sostuvo el 21 de marzo de 2016, en la rueda de prensa con Obama, que Cuba cumple 47 de los 61 instrumentos internacionales de derechos humanos.",
    "raul-castro", "Cuba cumple 47 de los 61 instrumentos internacionales de derechos humanos", "2016-03-21",
    channel="press_conference", event_type="press_conference"),
  ["d22_wh_20160321"])

P(T, C, "The Electoral Commission's declaration of 24 Jun 2016 gives Leave '51.9% of votes (17,410,742)' and a national turnout of '72.2%'; «17,4 millones» rounds the first figure and the percentages are the same in Spanish notation.",
  S("es", "El Leave ganó el referéndum británico con el 51,9 % de los votos, unos 17,4 millones, con una participación del 72,2 %, según la Comisión Electoral.",
    "electoral-commission-uk", "el Leave ganó con el 51,9 % de los votos, unos 17,4 millones, con una participación del 72,2 %", "2016-06-24"),
  ["d22_electoral_commission_20160624"])

P(T, C, "The Spanish Senate's note of 27 Oct 2017 gives '214 votos a favor, 47 en contra y 1 abstención' for the measures under article 155.",
  S("en", "Spain's Senate approved the government's measures under Article 155 on October 27, 2017 by 214 votes to 47, with one abstention.",
    "senado-espana", "the Senate approved the measures under Article 155 by 214 votes to 47, with one abstention", "2017-10-27"),
  ["d22_senado_20171027"])

P(T, X, "altered quote: Trump's own post of 26 Jan 2017 says 'The U.S. has a 60 billion dollar trade deficit with Mexico'; the quote changes the figure.",
  Q("en", "\"The U.S. has a 70 billion dollar trade deficit with Mexico,\" Donald Trump wrote on Twitter on January 26, 2017, before suggesting the meeting with Peña Nieto be canceled.",
    "donald-trump", "The U.S. has a 70 billion dollar trade deficit with Mexico", "2017-01-26", channel="x", event_type="post"),
  ["d22_x_trump_20170126"])

P(T, X, "The Council of State's declaration of 26 Nov 2016 decrees 'duelo nacional por nueve días', not three.",
  S("es", "El Consejo de Estado de Cuba decretó el 26 de noviembre de 2016 tres días de duelo nacional por la muerte de Fidel Castro.",
    "cuba-government", "tres días de duelo nacional por la muerte de Fidel Castro", "2016-11-26"),
  ["d22_cuba_gob_20161126"])

P(T, U, "The Nobel Committee's announcement of 7 Oct 2016 gives no number of nominees; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "Announcing the 2016 peace prize for Juan Manuel Santos on October 7, the Norwegian Nobel Committee said a record 376 candidates had been nominated.",
    "norwegian-nobel-committee", "a record 376 candidates had been nominated", "2016-10-07"),
  ["d22_nobel_20161007"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The cancellation is one act, pinned by the meeting set for Tuesday 31 Jan; Peña Nieto's own post announcing it ('Esta mañana hemos informado a la Casa Blanca que no asistiré...') was sent at 11:20 on Thursday 26 Jan in Mexico City, not on the 27th (the day of the phone call, which is not in this pair).",
  E("es", "Enrique Peña Nieto canceló el 27 de enero de 2017 la reunión con Donald Trump prevista en Washington para el martes 31.",
    "Peña Nieto canceló la reunión con Trump prevista en Washington para el martes 31", "2017-01-27",
    ["enrique-pena-nieto", "donald-trump"]),
  ["d22_x_epn_20170126"])

P(T, X, "Raúl Castro's announcement dates the death itself: 'hoy, 25 de noviembre del 2016, a las 10 y 29 horas de la noche'; the 26th is only the day the mourning and the reactions came.",
  E("en", "Fidel Castro died on November 26, 2016, his brother Raúl announced on Cuban television.",
    "Fidel Castro died", "2016-11-26", ["fidel-castro"]),
  ["d22_minrex_20161125"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The plebiscite is pinned by its result; the Registrar's bulletin gives the No's 50,21 % for the vote 'de este domingo 2 de octubre', not one in September (the Cartagena signing, not in this pair, was in September).",
  E("es", "El No se impuso con el 50,21 % de los votos en el plebiscito sobre el acuerdo de paz celebrado en Colombia en septiembre de 2016.",
    "el No se impuso con el 50,21 % en el plebiscito sobre el acuerdo de paz", "2016-09"),
  ["d22_registraduria_20161002"])

P(T, X, "The triggering of Article 50 is one act; May's own Commons statement of 29 Mar 2017 says the letter was handed over 'a few minutes ago in Brussels', not in April.",
  E("en", "Theresa May triggered Article 50 in April 2017, formally starting Britain's exit from the European Union.",
    "May triggered Article 50", "2017-04", ["theresa-may"]),
  ["d22_gov_uk_20170329"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The address to the Cuban people of 22 Mar 2016 is one event; the White House transcript places it at the 'Gran Teatro de La Habana Alicia Alonso', not the Palace of the Revolution (where the press conference of the 21st was held, in a document not in this pair).",
  E("en", "Barack Obama delivered his address to the Cuban people from the Palace of the Revolution in Havana on March 22, 2016.",
    "Obama delivered his address to the Cuban people from the Palace of the Revolution", "2016-03-22", ["barack-obama"]),
  ["d22_wh_20160322"])

P(T, X, "The signing of the new agreement of 24 Nov 2016 is one event; the presidency's note places it 'en el Teatro Colón de Bogotá', not in Cartagena (where the first agreement was signed on 26 Sep).",
  E("es", "Juan Manuel Santos y Timochenko firmaron en Cartagena, el 24 de noviembre de 2016, el nuevo acuerdo de paz.",
    "Santos y Timochenko firmaron en Cartagena el nuevo acuerdo de paz", "2016-11-24",
    ["juan-manuel-santos", "rodrigo-londono"]),
  ["d22_presidencia_co_20161124"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "Obama's arrival of 20 Mar 2016 is pinned; the Cuban foreign ministry says he was received at José Martí airport by Foreign Minister Bruno Rodríguez Parrilla, and that Raúl Castro would receive him the next day at the Palacio de la Revolución.",
  E("es", "Raúl Castro recibió a Barack Obama al pie del avión en el aeropuerto José Martí de La Habana el 20 de marzo de 2016.",
    "Raúl Castro recibió a Obama en el aeropuerto José Martí", "2016-03-20", ["raul-castro", "barack-obama"]),
  ["d22_minrex_20160320"])

P(T, X, "The Cartagena signing of 26 Sep 2016 is pinned by place and day; the presidency's post names 'el máximo líder de las FARC, Rodrigo Londoño' as the one who signed with Santos, not the chief negotiator Iván Márquez.",
  E("en", "Juan Manuel Santos signed the peace agreement with FARC chief negotiator Iván Márquez in Cartagena on September 26, 2016.",
    "Santos signed the peace agreement with Iván Márquez in Cartagena", "2016-09-26",
    ["juan-manuel-santos", "ivan-marquez"], event_type="signing"),
  ["d22_x_presidencia_co_20160926"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Peña Nieto's own post of the evening of 31 Aug 2016 says 'Al inicio de la conversación con Donald Trump le dejé claro que México no pagará por el muro': the opposite, in another language, of the claim.",
  S("en", "Enrique Peña Nieto told Donald Trump during their meeting in Mexico City on August 31, 2016 that Mexico would help pay for the border wall.",
    "enrique-pena-nieto", "Peña Nieto told Trump that Mexico would help pay for the border wall", "2016-08-31"),
  ["d22_x_epn_20160831"])

P(T, X, "Santos's own turn of 2 Oct 2016 says 'El cese al fuego y de hostilidades bilateral y definitivo sigue vigente y seguirá vigente': the opposite, in another language, of the claim.",
  S("en", "After losing the plebiscite on October 2, 2016, Juan Manuel Santos ordered an end to the bilateral ceasefire with the FARC.",
    "juan-manuel-santos", "Santos ordered an end to the bilateral ceasefire with the FARC", "2016-10-02"),
  ["d22_presidencia_co_20161002"])

P(T, X, "wrong act: the presidency's comunicado of 27 Jan 2017 says that on the payment for the wall the two presidents 'reconocieron sus claras y muy públicas diferencias de posición' and agreed to resolve them later and not to speak of it in public; the same call is told as an agreement that Mexico would pay.",
  E("es", "En su llamada telefónica del 27 de enero de 2017, Peña Nieto y Trump acordaron que México pagaría el muro fronterizo.",
    "Peña Nieto y Trump acordaron que México pagaría el muro", "2017-01-27", ["enrique-pena-nieto", "donald-trump"],
    event_type="call"),
  ["d22_presidencia_mx_20170127"])

P(T, X, "wrong act: Trump's own statement of 26 Nov 2016 calls Castro 'a brutal dictator' and says his 'legacy is one of firing squads, theft, unimaginable suffering, poverty and the denial of fundamental human rights'; the same statement is told as praise of that legacy.",
  S("es", "Donald Trump elogió el 26 de noviembre de 2016 el legado de Fidel Castro, tras conocerse su muerte.",
    "donald-trump", "Trump elogió el legado de Fidel Castro", "2016-11-26"),
  ["d22_trump_20161126"])

P(T, X, "wrong act: the European Council's statement of 29 Mar 2017 says the letter notified 'the United Kingdom's intention to leave' and 'starts the withdrawal process', and regrets that the UK 'will leave'; the same notification is told as the departure itself.",
  E("en", "The United Kingdom formally left the European Union on March 29, 2017, when its ambassador handed Theresa May's letter to Donald Tusk.",
    "the United Kingdom formally left the European Union", "2017-03-29", ["uk-government", "european-union"]),
  ["d22_consilium_20170329"])

P(T, X, "wrong act: the presidency's note of 24 Nov 2016 says 'La refrendación del nuevo Acuerdo se hará a través del Congreso de la República'; the same endorsement is told as a second plebiscite.",
  S("es", "El nuevo acuerdo de paz firmado el 24 de noviembre de 2016 en el Teatro Colón será sometido a un segundo plebiscito, informó la Presidencia de Colombia.",
    "colombia-presidency", "el nuevo acuerdo de paz será sometido a un segundo plebiscito", "2016-11-24", channel="press_release"),
  ["d22_presidencia_co_20161124"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the joint statements of 31 Aug 2016 are pinned; Trump's own turn in the transcript says 'We didn't discuss payment of the wall', not 'did'.",
  Q("en", "\"We did discuss the wall. We did discuss payment of the wall,\" Donald Trump told reporters after meeting Enrique Peña Nieto in Mexico City on August 31, 2016.",
    "donald-trump", "We did discuss the wall. We did discuss payment of the wall", "2016-08-31",
    channel="press_conference", event_type="press_conference"),
  ["d22_factbase_20160831"])

P(T, X, "altered quote: May's Commons statement of 29 Mar 2017 is pinned; her own turn says 'an historic moment from which there can be no turning back', and 'may' makes a certainty a possibility.",
  Q("en", "\"This is an historic moment from which there may be no turning back,\" Theresa May told MPs on March 29, 2017, as Article 50 was triggered.",
    "theresa-may", "This is an historic moment from which there may be no turning back", "2017-03-29"),
  ["d22_gov_uk_20170329"])

P(T, X, "altered quote: Rajoy's declaration of 27 Oct 2017 is pinned by the dismissal of the Govern; his own turn says 'No se trata de suspender el autogobierno', and the quote drops the 'No'.",
  Q("es", "«Se trata de suspender el autogobierno», admitió Mariano Rajoy el 27 de octubre de 2017 al anunciar el cese del Govern de Carles Puigdemont.",
    "mariano-rajoy", "Se trata de suspender el autogobierno", "2017-10-27"),
  ["d22_moncloa_20171027"])

P(T, U, "The claimed Caracol Radio interview of 3 Oct 2016 is not among the sources, and Santos's address of the 2nd, another occasion, does not contain the words.",
  Q("es", "«La paz no tiene reversa», aseguró Juan Manuel Santos en una entrevista con Caracol Radio el 3 de octubre de 2016.",
    "juan-manuel-santos", "La paz no tiene reversa", "2016-10-03", channel="interview", event_type="interview"),
  ["d22_presidencia_co_20161002"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Peña Nieto's, in his own interpreted turn of Factba.se's transcript of 31 Aug 2016 ('Mexicans deserve the respect of everyone'), not Trump's.",
  Q("es", "«Los mexicanos merecen el respeto de todos», dijo Donald Trump en Los Pinos el 31 de agosto de 2016.",
    "donald-trump", "Los mexicanos merecen el respeto de todos", "2016-08-31"),
  ["d22_factbase_20160831"])

P(T, U, "The words are Raúl Castro's, in his own interpreted turn of the White House transcript of 21 Mar 2016, answering a reporter's question on political prisoners, not Obama's.",
  Q("en", "\"What political prisoners? Give me a name or names,\" Barack Obama said at the joint press conference in Havana on March 21, 2016.",
    "barack-obama", "What political prisoners? Give me a name or names", "2016-03-21",
    channel="press_conference", event_type="press_conference"),
  ["d22_wh_20160321"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The presidency's comunicado records a one-hour phone call on the morning of 27 Jan 2017, and Peña Nieto's post of the 26th records no call; nothing records a call on the 26th, and nothing in the claim pins the call of the 27th.",
  E("es", "Enrique Peña Nieto y Donald Trump conversaron por teléfono el 26 de enero de 2017.",
    "Peña Nieto y Trump conversaron por teléfono", "2017-01-26", ["enrique-pena-nieto", "donald-trump"], event_type="call"),
  ["d22_x_epn_20170126", "d22_presidencia_mx_20170127"])

P(T, C, "The presidency's comunicado of 27 Jan 2017 says the two presidents held 'una conversación telefónica de una hora' that morning, and Peña Nieto's post of the 26th says he will not attend the meeting; the post of the day before sits next to the call without moving it.",
  E("en", "Donald Trump and Enrique Peña Nieto spoke by phone for an hour on January 27, 2017, a day after the Mexican president called off his visit to Washington.",
    "Trump and Peña Nieto spoke by phone for an hour", "2017-01-27", ["donald-trump", "enrique-pena-nieto"], event_type="call"),
  ["d22_x_epn_20170126", "d22_presidencia_mx_20170127"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "GOV.UK's transcript of 24 Jun 2016 records Cameron saying 'The will of the British people is an instruction that must be delivered'; no source records Boris Johnson saying it, which the transcript neither confirms nor excludes.",
  Q("en", "\"The will of the British people is an instruction that must be delivered,\" Boris Johnson, a leader of the Leave campaign, said on June 24, 2016.",
    "boris-johnson", "The will of the British people is an instruction that must be delivered", "2016-06-24"),
  ["d22_gov_uk_20160624"])

P(T, C, "Obama's own statement of 26 Nov 2016 says 'History will record and judge the enormous impact of this singular figure on the people and world around him'; the Spanish quote is its translation, and Trump's statement of the same day sits next to it without moving it.",
  Q("es", "«La historia registrará y juzgará el enorme impacto de esta figura singular», afirmó Barack Obama el 26 de noviembre de 2016 tras la muerte de Fidel Castro.",
    "barack-obama", "La historia registrará y juzgará el enorme impacto de esta figura singular", "2016-11-26"),
  ["d22_trump_20161126", "d22_wh_20161126"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The presidency's note of 24 Nov 2016 says Santos and Rodrigo Londoño signed the new Final Agreement 'en el Teatro Colón de Bogotá' that Thursday; Santos's speech at the Cartagena signing of 26 Sep, a similar headline, sits next to it without moving it.",
  E("en", "Juan Manuel Santos and FARC leader Rodrigo Londoño signed a revised peace agreement at the Teatro Colón in Bogotá on November 24, 2016.",
    "Santos and Rodrigo Londoño signed a revised peace agreement at the Teatro Colón in Bogotá", "2016-11-24",
    ["juan-manuel-santos", "rodrigo-londono"], event_type="signing"),
  ["d22_presidencia_co_20160926", "d22_presidencia_co_20161124"])

P(T, U, "wrong act: Peña Nieto's own post of 26 Jan 2017 says he 'no asistirá' to the working meeting set for Tuesday; a postponement (the meeting moved to a later date) is another act, which the post neither reports nor rules out.",
  E("es", "Enrique Peña Nieto aplazó el 26 de enero de 2017 la reunión de trabajo con Donald Trump que tenía prevista en Washington para el martes 31.",
    "Peña Nieto aplazó la reunión de trabajo con Trump prevista para el martes 31", "2017-01-26",
    ["enrique-pena-nieto", "donald-trump"]),
  ["d22_x_epn_20170126"])

P(T, U, "wrong act: Rajoy's own turn of 1 Oct 2017 says he will 'convocar a todos los partidos con representación parlamentaria para reflexionar juntos'; calling elections in Catalonia is another act, which the declaration neither announces nor rules out.",
  S("en", "Mariano Rajoy announced on the night of October 1, 2017 that he would call elections in Catalonia.",
    "mariano-rajoy", "Rajoy would call elections in Catalonia", "2017-10-01"),
  ["d22_moncloa_20171001"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The presidency's comunicado of 27 Jan 2017 summarises the call and quotes neither president; it does not confirm a sentence quoted from Trump.",
  Q("es", "«Tenemos una relación muy buena», le dijo Donald Trump a Enrique Peña Nieto en su llamada del 27 de enero de 2017, según la Presidencia de México.",
    "donald-trump", "Tenemos una relación muy buena", "2017-01-27", channel="phone_call", event_type="call",
    confirmed_by="presidencia-mexico"),
  ["d22_presidencia_mx_20170127"])

P(T, U, "The European Council's statement of 29 Mar 2017 speaks in the Council's voice and quotes no one; it does not confirm a sentence quoted from Tusk (his remarks, which would, are not in this pair).",
  Q("en", "\"There is no reason to pretend that this is a happy day,\" Donald Tusk said on March 29, 2017, according to the European Council's statement on the UK notification.",
    "donald-tusk", "There is no reason to pretend that this is a happy day", "2017-03-29", channel="press_release",
    confirmed_by="european-council"),
  ["d22_consilium_20170329"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports the score and the two presidents at the game; no primary or official source is among this pair's documents.",
  E("en", "The Tampa Bay Rays beat Cuba's national team 4-1 in Havana on March 22, 2016, with Barack Obama and Raúl Castro watching together.",
    "the Rays beat Cuba's national team 4-1 with Obama and Raúl Castro watching", "2016-03-22",
    ["barack-obama", "raul-castro"]),
  ["d22_ap_20160322"])

P(T, U, "Only El Tiempo, a media outlet, reports Londoño's request for forgiveness; no primary or official source is among this pair's documents.",
  S("es", "Rodrigo Londoño, Timochenko, pidió perdón a todas las víctimas del conflicto durante la ceremonia de firma de la paz en Cartagena el 26 de septiembre de 2016.",
    "rodrigo-londono", "Timochenko pidió perdón a todas las víctimas del conflicto", "2016-09-26"),
  ["d22_eltiempo_20160926"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Obama's words are in the White House transcript of his address in Havana on 22 Mar 2016; no post of his is among the sources, and the claim is about X.",
  Q("en", "Barack Obama wrote on X on March 22, 2016: \"I have come here to bury the last remnant of the Cold War in the Americas.\"",
    "barack-obama", "I have come here to bury the last remnant of the Cold War in the Americas", "2016-03-22",
    channel="x", event_type="post"),
  ["d22_wh_20160322"])

P(T, U, "Trump's words are in his written statement of 26 Nov 2016, published by his transition; no post of his is among the sources, and the claim is about X.",
  S("es", "Donald Trump escribió en X el 26 de noviembre de 2016 que Fidel Castro fue un dictador brutal que oprimió a su pueblo durante casi seis décadas.",
    "donald-trump", "Fidel Castro fue un dictador brutal que oprimió a su pueblo durante casi seis décadas", "2016-11-26",
    channel="x", event_type="post"),
  ["d22_trump_20161126"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the address in fact asks Congress to lift the embargo, 'an outdated burden on the Cuban people').",
  S("en", "Barack Obama did not mention the U.S. embargo in his address to the Cuban people on March 22, 2016.",
    "barack-obama", "the address did not mention the embargo", "2016-03-22", absence=True),
  ["d22_wh_20160322"])

P(T, U, "Absence claims are always unverified (here the King's message indeed never uses the word 'diálogo', which does not change the label).",
  S("es", "Felipe VI no hizo ninguna mención al diálogo en su mensaje del 3 de octubre de 2017 sobre Cataluña.",
    "felipe-vi", "el mensaje no mencionó el diálogo", "2017-10-03", absence=True),
  ["d22_casareal_20171003"])
