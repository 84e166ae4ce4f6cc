"""Claims, labels and notes of the thirty-ninth development set (dev39.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev38), applied to the documents in docs_dev39.py alone,
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

P(T, C, "Suleiman's own statement of 11 Feb 2011, in the State Information Service's English text, says 'President Mohamed Hosni Mubarak has decided to step down from the office of President of the Republic and has tasked the Supreme Council of the Armed Forces to manage the affairs of the country'; the claim abridges it faithfully.",
  S("en", "Egypt's vice president, Omar Suleiman, announced on February 11, 2011 that Hosni Mubarak had stepped down and left the Supreme Council of the Armed Forces in charge of the country.",
    "omar-suleiman", "Hosni Mubarak had stepped down and left the Supreme Council of the Armed Forces in charge of the country", "2011-02-11"),
  ["d39_sis_suleiman_20110211"])

P(T, C, "Obama's own remarks in the East Room of 18 Mar 2011 say 'The United States is not going to deploy ground troops into Libya'.",
  Q("en", "\"The United States is not going to deploy ground troops into Libya,\" President Barack Obama said at the White House on March 18, 2011, a day after the U.N. vote.",
    "barack-obama", "The United States is not going to deploy ground troops into Libya", "2011-03-18"),
  ["d39_wh_obama_libya_20110318"])

P(T, C, "Judge Barrios's own turn in the judiciary's transcript of the reading of the sentence of 10 May 2013 says 'El acusado José Efraín Ríos Montt tuvo conocimiento de todo lo que estaba ocurriendo y no lo detuvo'.",
  Q("es", "Ríos Montt «tuvo conocimiento de todo lo que estaba ocurriendo y no lo detuvo», afirmó la jueza Yassmín Barrios al leer la sentencia el 10 de mayo de 2013.",
    "yassmin-barrios", "tuvo conocimiento de todo lo que estaba ocurriendo y no lo detuvo", "2013-05-10"),
  ["d39_oj_sentencia_20130510"])

P(T, C, "The White House's statement of 17 Sep 2013 says 'President Obama and President Rousseff have agreed to postpone President Rousseff's State Visit to Washington, which had been scheduled for October 23'.",
  S("en", "The White House said on September 17, 2013 that Obama and Rousseff had agreed to put off her state visit to Washington, which had been planned for October 23.",
    "white-house", "Obama and Rousseff had agreed to put off her state visit to Washington, planned for October 23", "2013-09-17"),
  ["d39_wh_statement_20130917"])

P(T, C, "Santos's own post of 17 Apr 2014 (16:05 in Bogotá, the same day in UTC) says 'Mil años de soledad y tristeza por la muerte del más grande colombiano de todos los tiempos'.",
  Q("es", "«Mil años de soledad y tristeza por la muerte del más grande colombiano de todos los tiempos», escribió el presidente Juan Manuel Santos en Twitter el 17 de abril de 2014.",
    "juan-manuel-santos", "Mil años de soledad y tristeza por la muerte del más grande colombiano de todos los tiempos", "2014-04-17",
    channel="x", event_type="post"),
  ["d39_x_santos_20140417"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Obama's own remarks of 11 Feb 2011 say 'The people of Egypt have spoken, their voices have been heard, and Egypt will never be the same'; the Spanish quote is its translation.",
  Q("es", "«El pueblo de Egipto ha hablado, sus voces han sido escuchadas y Egipto nunca volverá a ser el mismo», dijo Barack Obama el 11 de febrero de 2011, horas después de la renuncia de Mubarak.",
    "barack-obama", "El pueblo de Egipto ha hablado, sus voces han sido escuchadas y Egipto nunca volverá a ser el mismo", "2011-02-11"),
  ["d39_wh_obama_egypt_20110211"])

P(T, C, "Obama's own remarks in Brasília of 19 Mar 2011 say 'Today I authorized the Armed Forces of the United States to begin a limited military action in Libya'; the Spanish quote is its translation.",
  Q("es", "«Hoy he autorizado a las Fuerzas Armadas de Estados Unidos a iniciar una acción militar limitada en Libia», declaró Obama en Brasilia el 19 de marzo de 2011.",
    "barack-obama", "Hoy he autorizado a las Fuerzas Armadas de Estados Unidos a iniciar una acción militar limitada en Libia", "2011-03-19"),
  ["d39_wh_obama_brasilia_20110319"])

P(T, C, "Rousseff's own statement at the General Assembly of 24 Sep 2013, in the Brazilian presidency's English text, says 'The right to safety of citizens of one country can never be guaranteed by violating fundamental human rights of citizens of another country'; the Spanish quote is its translation.",
  Q("es", "«El derecho a la seguridad de los ciudadanos de un país nunca puede garantizarse mediante la violación de los derechos humanos fundamentales de los ciudadanos de otro país», dijo Dilma Rousseff ante la Asamblea General de la ONU el 24 de septiembre de 2013.",
    "dilma-rousseff", "El derecho a la seguridad de los ciudadanos de un país nunca puede garantizarse mediante la violación de los derechos humanos fundamentales de los ciudadanos de otro país", "2013-09-24"),
  ["d39_planalto_unga_20130924"])

P(T, C, "The Colombian presidency's note of 17 Apr 2014 says 'El Presidente de la República, Juan Manuel Santos, decretó este jueves tres días de duelo nacional por el fallecimiento del escritor Gabriel García Márquez'; the English claim reports it faithfully (an English claim against the Spanish note).",
  S("en", "Colombian President Juan Manuel Santos declared three days of national mourning on April 17, 2014 after the death of Gabriel García Márquez.",
    "juan-manuel-santos", "Santos declared three days of national mourning after the death of Gabriel García Márquez", "2014-04-17"),
  ["d39_presidencia_co_20140417"])

P(T, C, "Obama's own statement of 17 Apr 2014 says 'the world has lost one of its greatest visionary writers -- and one of my favorites from the time I was young'; the Spanish quote is its translation.",
  Q("es", "Con la muerte de García Márquez, «el mundo ha perdido a uno de sus más grandes escritores visionarios, y a uno de mis favoritos desde que era joven», afirmó Barack Obama el 17 de abril de 2014.",
    "barack-obama", "el mundo ha perdido a uno de sus más grandes escritores visionarios, y a uno de mis favoritos desde que era joven", "2014-04-17"),
  ["d39_wh_obama_ggm_20140417"])

P(T, C, "Judge Barrios's own turn of 10 May 2013 says that Ríos Montt 'tuvo conocimiento de todo lo que estaba ocurriendo y no lo detuvo'; the English quote is its translation.",
  Q("en", "Ríos Montt \"knew about everything that was happening and did not stop it,\" Judge Yassmín Barrios said as she read the verdict in Guatemala City on May 10, 2013.",
    "yassmin-barrios", "knew about everything that was happening and did not stop it", "2013-05-10"),
  ["d39_oj_sentencia_20130510"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The United Nations' post is stamped 00:40 UTC on 18 Mar 2011, which is 20:40 on the 17th in New York (EDT); it says the Security Council 'approves no-fly zone over #Libya'. A Spanish claim against the English post.",
  E("es", "El Consejo de Seguridad de la ONU aprobó el 17 de marzo de 2011 una zona de exclusión aérea sobre Libia.",
    "el Consejo de Seguridad aprobó una zona de exclusión aérea sobre Libia", "2011-03-17",
    ["united-nations"]),
  ["d39_x_un_20110317"])

P(T, C, "The judiciary's post is stamped 01:40 UTC on 11 May 2013, which is 19:40 on the 10th in Guatemala City (UTC-6); it says the tribunal 'condena a José Efraín Ríos Montt a 80 años de prisión por genocidio'. An English claim against the Spanish post.",
  E("en", "A Guatemalan court sentenced former dictator Efraín Ríos Montt to 80 years in prison for genocide on May 10, 2013.",
    "a Guatemalan court sentenced Efraín Ríos Montt to 80 years in prison for genocide", "2013-05-10",
    ["organismo-judicial-guatemala", "efrain-rios-montt"]),
  ["d39_x_oj_20130510"])

P(T, C, "Peña Nieto's post is stamped 01:30 UTC on 22 Apr 2014, which is 20:30 on the 21st in Mexico City (UTC-5, summer time); it says 'Hoy, en el Palacio de Bellas Artes, junto al Presidente @JuanManSantos, México rindió homenaje a Gabriel García Márquez'.",
  E("es", "Enrique Peña Nieto y Juan Manuel Santos rindieron homenaje a Gabriel García Márquez en el Palacio de Bellas Artes el 21 de abril de 2014.",
    "Peña Nieto y Santos rindieron homenaje a García Márquez en el Palacio de Bellas Artes", "2014-04-21",
    ["enrique-pena-nieto", "juan-manuel-santos"]),
  ["d39_x_epn_20140421"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The United Nations' release of 17 Mar 2011 gives resolution 1973 'a vote of 10 in favour to none against, with 5 abstentions'; the claim gives the same figures in words, in Spanish.",
  E("es", "La resolución 1973 salió adelante el 17 de marzo de 2011 con diez votos a favor, ninguno en contra y cinco abstenciones.",
    "la resolución 1973 salió adelante con diez votos a favor, ninguno en contra y cinco abstenciones", "2011-03-17",
    ["united-nations"]),
  ["d39_un_sc10200_20110317"])

P(T, C, "The Congress's note of 22 Mar 2011 gives '336 votos a favor, 3 en contra y 1 abstención'; the English claim gives the same figures (an English claim against the Spanish note).",
  E("en", "Spain's Congress authorised the armed forces to join the Libya operation on March 22, 2011 by 336 votes to 3, with one abstention.",
    "Spain's Congress authorised the armed forces to join the Libya operation by 336 votes to 3, with one abstention", "2011-03-22",
    ["congreso-diputados"]),
  ["d39_congreso_libia_20110322"])

P(T, X, "The mourning of 17 Apr 2014 is pinned by its occasion; the Colombian presidency's note gives 'tres días de duelo nacional', not seven (an English claim against the Spanish note).",
  S("en", "Juan Manuel Santos decreed seven days of national mourning for Gabriel García Márquez on April 17, 2014.",
    "juan-manuel-santos", "Santos decreed seven days of national mourning for Gabriel García Márquez", "2014-04-17"),
  ["d39_presidencia_co_20140417"])

P(T, X, "altered quote: the reading of the sentence of 10 May 2013 is pinned; Judge Barrios's own words are 'la pena de treinta años de prisión inconmutables' for the crimes against the duties of humanity, and the quote changes the figure to twenty.",
  Q("es", "«Por el delito de genocidio se le impone la pena de cincuenta años de prisión inconmutables, y por los delitos contra los deberes de humanidad, la pena de veinte años de prisión inconmutables», leyó la jueza Yassmín Barrios el 10 de mayo de 2013.",
    "yassmin-barrios", "Por el delito de genocidio se le impone la pena de cincuenta años de prisión inconmutables, y por los delitos contra los deberes de humanidad, la pena de veinte años de prisión inconmutables", "2013-05-10"),
  ["d39_oj_sentencia_20130510"])

P(T, U, "The Congress's note of 22 Mar 2011 lists the aircraft and ships of the Spanish contribution and gives no number of military personnel; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "El Congreso autorizó el 22 de marzo de 2011 el envío de unos 500 militares españoles a la operación internacional en Libia.",
    "congreso-diputados", "el envío de unos 500 militares españoles a la operación en Libia", "2011-03-22"),
  ["d39_congreso_libia_20110322"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The Constitutional Court's ruling is one act, pinned by its content (the amparo for Ríos Montt's defence, everything since 19 April without effect); its comunicado dates the session 'este lunes 20 de mayo de 2013', not the 21st.",
  E("en", "Guatemala's Constitutional Court threw out Efraín Ríos Montt's genocide conviction on May 21, 2013.",
    "Guatemala's Constitutional Court threw out Ríos Montt's genocide conviction", "2013-05-21",
    ["corte-constitucionalidad-guatemala", "efrain-rios-montt"]),
  ["d39_cc_20130520"])

P(T, X, "The postponement was announced in the Brazilian presidency's note of 17 Sep 2013; the 16th, named in the same note, is the day of the two presidents' telephone call, another step (as dev6, dev16 and dev24 decided for days a source names for another step). A Spanish claim against the English note.",
  E("es", "Brasil anunció el 16 de septiembre de 2013 el aplazamiento de la visita de Estado de Dilma Rousseff a Washington.",
    "Brasil anunció el aplazamiento de la visita de Estado de Dilma Rousseff a Washington", "2013-09-16",
    ["brazil-presidency", "dilma-rousseff"]),
  ["d39_planalto_note_20130917"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The authorisation is pinned by its content (336 votes to 3, the air and naval contribution to enforce resolution 1973); the Congress's note dates it 22 March 2011, not April.",
  E("en", "In April 2011, Spain's Congress voted 336 to 3 to send fighter jets and warships to enforce the no-fly zone over Libya.",
    "Spain's Congress voted 336 to 3 to send fighter jets and warships to enforce the no-fly zone over Libya", "2011-04",
    ["congreso-diputados"]),
  ["d39_congreso_libia_20110322"])

P(T, X, "The conviction is pinned by its content (80 years, genocide, Ríos Montt); the judiciary's transcript dates the reading of the sentence 10 May 2013, not April (19 April, named in the Constitutional Court's comunicado, is in no document of this pair).",
  E("es", "En abril de 2013, un tribunal de Guatemala condenó a Efraín Ríos Montt a 80 años de prisión por genocidio.",
    "un tribunal de Guatemala condenó a Ríos Montt a 80 años de prisión por genocidio", "2013-04",
    ["organismo-judicial-guatemala", "efrain-rios-montt"]),
  ["d39_oj_sentencia_20130510"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Obama's announcement of 19 Mar 2011 is one event, pinned by 'Today I authorized ... a limited military action in Libya'; the White House transcript places it in Brasília, Brazil, not the Oval Office (where the claim's event is the speaking, the transcript's venue decides, as dev31, dev34 and dev38 decided).",
  E("en", "Speaking from the Oval Office on March 19, 2011, Barack Obama announced that he had authorized limited military action in Libya.",
    "Obama announced from the Oval Office that he had authorized limited military action in Libya", "2011-03-19",
    ["barack-obama"]),
  ["d39_wh_obama_brasilia_20110319"])

P(T, X, "The homage of 21 Apr 2014 is one event, pinned by its two presidents and its day; the Mexican presidency's comunicado places it in the Palacio de Bellas Artes, not the Palacio Nacional.",
  E("es", "Enrique Peña Nieto y Juan Manuel Santos encabezaron el 21 de abril de 2014 en el Palacio Nacional el homenaje a Gabriel García Márquez.",
    "Peña Nieto y Santos encabezaron en el Palacio Nacional el homenaje a García Márquez", "2014-04-21",
    ["enrique-pena-nieto", "juan-manuel-santos"]),
  ["d39_presidencia_mx_20140421"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The handover of 11 Feb 2011 is pinned by Mubarak's stepping down; Suleiman's statement says Mubarak 'has tasked the Supreme Council of the Armed Forces to manage the affairs of the country'. Suleiman is named in the same document in another role, as the one announcing it (as dev20 decided for a person named in another role).",
  E("en", "Hosni Mubarak handed power to his vice president, Omar Suleiman, when he stepped down on February 11, 2011.",
    "Mubarak handed power to his vice president, Omar Suleiman", "2011-02-11",
    ["hosni-mubarak", "omar-suleiman"]),
  ["d39_sis_suleiman_20110211"])

P(T, X, "The vote on resolution 1973 of 17 Mar 2011 is pinned; the United Nations' release names the five abstentions as 'Brazil, China, Germany, India, Russian Federation', and the claim puts South Africa in Russia's place (as dev17 decided for a list of abstentions with one country swapped).",
  E("es", "Brasil, China, Alemania, la India y Sudáfrica se abstuvieron el 17 de marzo de 2011 en la votación de la resolución 1973 sobre Libia.",
    "Brasil, China, Alemania, la India y Sudáfrica se abstuvieron en la votación de la resolución 1973", "2011-03-17",
    ["united-nations"]),
  ["d39_un_sc10200_20110317"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Obama's own remarks of 18 Mar 2011 say 'The United States is not going to deploy ground troops into Libya': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Barack Obama anunció el 18 de marzo de 2011 que Estados Unidos enviaría tropas terrestres a Libia.",
    "barack-obama", "Estados Unidos enviaría tropas terrestres a Libia", "2011-03-18"),
  ["d39_wh_obama_libya_20110318"])

P(T, X, "Judge Barrios's own turn of 10 May 2013 says 'Se absuelve al acusado José Mauricio Rodríguez Sánchez de los delitos de genocidio y contra los deberes de humanidad': the opposite of the claim (an English claim against the Spanish transcript).",
  E("en", "The court also convicted Ríos Montt's former intelligence chief, José Mauricio Rodríguez Sánchez, on May 10, 2013.",
    "the court convicted José Mauricio Rodríguez Sánchez", "2013-05-10",
    ["organismo-judicial-guatemala", "jose-mauricio-rodriguez-sanchez"]),
  ["d39_oj_sentencia_20130510"])

P(T, X, "wrong act: the Supreme Council's statement of 12 Feb 2011 says 'The current government and the governors will continue to carry out their duties as a caretaker administration until a new government is formed'; the same decision on the government is told as its dismissal (a Spanish claim against the English statement).",
  E("es", "El Consejo Supremo de las Fuerzas Armadas de Egipto destituyó el 12 de febrero de 2011 al Gobierno nombrado por Mubarak.",
    "el Consejo Supremo de las Fuerzas Armadas destituyó al Gobierno nombrado por Mubarak", "2011-02-12",
    ["scaf-egypt"]),
  ["d39_scaf_20110212"])

P(T, X, "wrong act: the Congress's note of 22 Mar 2011 says the Spanish contribution 'se limita a medios aéreos y navales' and 'No incluye el despliegue de tropas terrestres en territorio libio'; the same authorisation is told as one for ground troops (an English claim against the Spanish note).",
  E("en", "Spain's Congress approved on March 22, 2011 the deployment of Spanish ground troops to Libya.",
    "Spain's Congress approved the deployment of Spanish ground troops to Libya", "2011-03-22",
    ["congreso-diputados"]),
  ["d39_congreso_libia_20110322"])

P(T, X, "wrong act: the Constitutional Court's comunicado of 20 May 2013 leaves without effect everything done since 19 April, says the trial 'deberá retrotraerse a la fase en que se encontraba en esa fecha' and that the ruling 'no se pronuncia sobre la culpabilidad o la inocencia del procesado'; the same ruling is told as an acquittal.",
  E("es", "La Corte de Constitucionalidad de Guatemala absolvió el 20 de mayo de 2013 a Efraín Ríos Montt del delito de genocidio.",
    "la Corte de Constitucionalidad absolvió a Ríos Montt del delito de genocidio", "2013-05-20",
    ["corte-constitucionalidad-guatemala", "efrain-rios-montt"]),
  ["d39_cc_20130520"])

P(T, X, "wrong act: the White House's statement of 17 Sep 2013 says the two presidents 'have agreed to postpone' the State Visit and that Obama 'looks forward to welcoming President Rousseff to Washington for a State Visit at a mutually agreed date'; the same decision is told as a cancellation (as dev20 and dev37 decided for an event moved or rescheduled told as called off). A Spanish claim against the English statement.",
  E("es", "Dilma Rousseff canceló el 17 de septiembre de 2013 su visita de Estado a Washington por el espionaje estadounidense.",
    "Dilma Rousseff canceló su visita de Estado a Washington", "2013-09-17",
    ["dilma-rousseff", "barack-obama"]),
  ["d39_wh_statement_20130917"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Obama's remarks of 11 Feb 2011 are pinned; his own words are 'But this is not the end of Egypt's transition. It's a beginning', and the quote drops the 'not'.",
  Q("en", "\"By stepping down, President Mubarak responded to the Egyptian people's hunger for change. But this is the end of Egypt's transition,\" Obama said on February 11, 2011.",
    "barack-obama", "By stepping down, President Mubarak responded to the Egyptian people's hunger for change. But this is the end of Egypt's transition", "2011-02-11"),
  ["d39_wh_obama_egypt_20110211"])

P(T, X, "altered quote: Obama's remarks in Brasília of 19 Mar 2011 are pinned; his own words are 'the use of force is not our first choice', and the Spanish quote drops the negation (the verbatim record shows other words, even allowing for translation, as dev24 decided).",
  Q("es", "«Quiero que el pueblo estadounidense sepa que el uso de la fuerza es nuestra primera opción», dijo Obama en Brasilia el 19 de marzo de 2011.",
    "barack-obama", "Quiero que el pueblo estadounidense sepa que el uso de la fuerza es nuestra primera opción", "2011-03-19"),
  ["d39_wh_obama_brasilia_20110319"])

P(T, X, "altered quote: Rousseff's statement of 24 Sep 2013 is pinned; her own words are 'there can be no true freedom of expression and opinion', and the quote drops the 'no'.",
  Q("en", "\"In the absence of the right to privacy, there can be true freedom of expression and opinion,\" Dilma Rousseff told the U.N. General Assembly on September 24, 2013.",
    "dilma-rousseff", "In the absence of the right to privacy, there can be true freedom of expression and opinion", "2013-09-24"),
  ["d39_planalto_unga_20130924"])

P(T, U, "The claimed radio interview of 13 May 2013 is not among the sources, and the reading of the sentence of the 10th, another occasion, has no turn of Ríos Montt's.",
  Q("es", "«Este juicio es un show político internacional», dijo Efraín Ríos Montt en una entrevista radiofónica el 13 de mayo de 2013.",
    "efrain-rios-montt", "Este juicio es un show político internacional", "2013-05-13", channel="interview", event_type="interview"),
  ["d39_oj_sentencia_20130510"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Obama's, in the White House transcript of his address of the same morning; Rousseff's statement, also given, speaks of espionage in other words and does not contain them.",
  Q("en", "\"We've begun to review the way that we gather intelligence,\" Dilma Rousseff told the U.N. General Assembly on September 24, 2013.",
    "dilma-rousseff", "We've begun to review the way that we gather intelligence", "2013-09-24"),
  ["d39_planalto_unga_20130924", "d39_wh_obama_unga_20130924"])

P(T, U, "The words are Santos's, in his own post of 17 Apr 2014; Peña Nieto's post of the same afternoon, also given, expresses his sorrow in other words and does not contain them.",
  Q("es", "«Mil años de soledad y tristeza por la muerte del más grande colombiano de todos los tiempos», escribió Enrique Peña Nieto el 17 de abril de 2014.",
    "enrique-pena-nieto", "Mil años de soledad y tristeza por la muerte del más grande colombiano de todos los tiempos", "2014-04-17",
    channel="x", event_type="post"),
  ["d39_x_santos_20140417", "d39_x_epn_20140417"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The judiciary's post of the night of 10 May 2013 reports the sentence in its own words and quotes no one; it does not confirm the sentence quoted from Judge Barrios (her transcript, which would, is not in this pair).",
  Q("en", "Ríos Montt \"knew about everything that was happening and did not stop it,\" Judge Yassmín Barrios said on May 10, 2013, according to Guatemala's judiciary.",
    "yassmin-barrios", "knew about everything that was happening and did not stop it", "2013-05-10",
    confirmed_by="organismo-judicial-guatemala"),
  ["d39_x_oj_20130510"])

P(T, U, "The Congress's note of 22 Mar 2011 says in its own words that Zapatero 'subrayó que la misión tiene como objetivo la protección de la población civil' and quotes no one; a paraphrase does not confirm the quoted words, as dev4, dev9 and dev28 to dev38 decided.",
  Q("es", "«España no puede quedarse al margen cuando la comunidad internacional actúa para proteger a la población civil», dijo Zapatero ante el Congreso el 22 de marzo de 2011, según informó la Cámara.",
    "jose-luis-rodriguez-zapatero", "España no puede quedarse al margen cuando la comunidad internacional actúa para proteger a la población civil", "2011-03-22",
    channel="press_release", confirmed_by="congreso-diputados"),
  ["d39_congreso_libia_20110322"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The White House transcript records Obama's remarks on Egypt of Friday 11 Feb 2011; nothing records remarks of his on the 12th, and nothing in the claim pins it to those of the 11th (as dev6 to dev38 decided for a meeting or appearance claimed on the next day).",
  E("en", "Barack Obama spoke about Egypt's transition at the White House on February 12, 2011.",
    "Obama spoke about Egypt's transition at the White House", "2011-02-12",
    ["barack-obama"]),
  ["d39_wh_obama_egypt_20110211"])

P(T, C, "The Supreme Council's statement of 12 Feb 2011 says 'the Arab Republic of Egypt is committed to all its regional and international obligations and treaties'; Suleiman's statement of the 11th sits next to it without moving it.",
  S("en", "Egypt's ruling military council pledged on February 12, 2011 that the country would honor all its regional and international treaties.",
    "scaf-egypt", "Egypt would honor all its regional and international treaties", "2011-02-12"),
  ["d39_sis_suleiman_20110211", "d39_scaf_20110212"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The White House transcript of 19 Mar 2011 records Obama's announcement in Brasília; no source records Secretary of State Clinton announcing it, which the record of his turns neither confirms nor excludes.",
  S("en", "Secretary of State Hillary Clinton announced on March 19, 2011 that U.S. forces had begun a limited military action in Libya.",
    "hillary-clinton", "U.S. forces had begun a limited military action in Libya", "2011-03-19"),
  ["d39_wh_obama_brasilia_20110319"])

P(T, C, "Obama's own address of 24 Sep 2013 says 'we've begun to review the way that we gather intelligence'; the Spanish quote is its translation, and Rousseff's statement of the same morning sits next to it without moving it.",
  Q("es", "«Hemos comenzado a revisar la forma en que recopilamos inteligencia», dijo Barack Obama ante la Asamblea General de la ONU el 24 de septiembre de 2013.",
    "barack-obama", "Hemos comenzado a revisar la forma en que recopilamos inteligencia", "2013-09-24"),
  ["d39_planalto_unga_20130924", "d39_wh_obama_unga_20130924"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The Constitutional Court's comunicado of 20 May 2013 says that, 'por mayoría de tres votos contra dos', the actions since 19 April are without effect, 'incluida la sentencia dictada el 10 de mayo'; the transcript of that sentence, a similar headline, sits next to it without moving it.",
  E("es", "La Corte de Constitucionalidad anuló el 20 de mayo de 2013, por tres votos contra dos, la sentencia que condenaba a Ríos Montt por genocidio.",
    "la Corte de Constitucionalidad anuló, por tres votos contra dos, la sentencia contra Ríos Montt", "2013-05-20",
    ["corte-constitucionalidad-guatemala", "efrain-rios-montt"]),
  ["d39_oj_sentencia_20130510", "d39_cc_20130520"])

P(T, U, "wrong act: the White House's statement of 17 Sep 2013 says Obama 'understands and regrets the concerns that disclosures of alleged U.S. intelligence activities have generated in Brazil'; an apology is another act, which the statement neither reports nor rules out (Rousseff's demand for apologies, in her speech of the 24th, is not in this pair).",
  S("en", "The White House said on September 17, 2013 that Obama had apologized to Dilma Rousseff over the U.S. spying on Brazil.",
    "white-house", "Obama had apologized to Dilma Rousseff over the U.S. spying on Brazil", "2013-09-17"),
  ["d39_wh_statement_20130917"])

P(T, U, "wrong act: Suleiman's statement of 11 Feb 2011 reports that Mubarak 'has decided to step down' and handed the running of the country to the Supreme Council; fleeing the country is another act, which the statement neither reports nor rules out.",
  S("es", "Omar Suleiman anunció el 11 de febrero de 2011 que Hosni Mubarak había huido de Egipto.",
    "omar-suleiman", "Hosni Mubarak había huido de Egipto", "2011-02-11"),
  ["d39_sis_suleiman_20110211"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Reuters, a media outlet, reports that Mubarak flew with his family to Sharm el-Sheikh on 11 Feb 2011; no primary or official source is among this pair's documents.",
  E("en", "Hosni Mubarak flew with his family from Cairo to the Red Sea resort of Sharm el-Sheikh on February 11, 2011.",
    "Mubarak flew with his family from Cairo to Sharm el-Sheikh", "2011-02-11",
    ["hosni-mubarak"]),
  ["d39_reuters_20110211"])

P(T, U, "Only Prensa Libre, a media outlet, reports Ríos Montt's words to the court of 9 May 2013; no record of the hearing is among this pair's documents.",
  Q("es", "«Me declaro inocente», dijo Efraín Ríos Montt ante el tribunal que lo juzgaba por genocidio el 9 de mayo de 2013.",
    "efrain-rios-montt", "Me declaro inocente", "2013-05-09"),
  ["d39_prensalibre_20130509"])

P(T, U, "Only El Tiempo, a media outlet, reports that García Márquez died at his home in Mexico City at 87; no primary or official source is among this pair's documents.",
  E("es", "Gabriel García Márquez murió el 17 de abril de 2014 en su casa de Ciudad de México, a los 87 años.",
    "García Márquez murió en su casa de Ciudad de México, a los 87 años", "2014-04-17",
    ["gabriel-garcia-marquez"]),
  ["d39_eltiempo_20140417"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Obama's words are in the White House transcript of his remarks in Brasília of 19 Mar 2011; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«El uso de la fuerza no es nuestra primera opción», escribió Barack Obama en Twitter el 19 de marzo de 2011.",
    "barack-obama", "El uso de la fuerza no es nuestra primera opción", "2011-03-19", channel="x", event_type="post"),
  ["d39_wh_obama_brasilia_20110319"])

P(T, U, "Obama's words are in the White House's written statement of 17 Apr 2014; no post of his is among the sources, and the claim is about Twitter.",
  Q("en", "\"The world has lost one of its greatest visionary writers,\" Barack Obama wrote on Twitter on April 17, 2014.",
    "barack-obama", "The world has lost one of its greatest visionary writers", "2014-04-17", channel="x", event_type="post"),
  ["d39_wh_obama_ggm_20140417"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Obama in fact says 'The military has served patriotically and responsibly as a caretaker to the state', which does not change the label).",
  S("en", "Barack Obama did not mention Egypt's military in his remarks on Mubarak's resignation on February 11, 2011.",
    "barack-obama", "Obama did not mention Egypt's military in his remarks on Mubarak's resignation", "2011-02-11", absence=True),
  ["d39_wh_obama_egypt_20110211"])

P(T, U, "Absence claims are always unverified (here Rousseff in fact says 'We have let the Government of the United States know of our protest', which does not change the label).",
  S("es", "Dilma Rousseff no mencionó a Estados Unidos en su discurso ante la Asamblea General de la ONU del 24 de septiembre de 2013.",
    "dilma-rousseff", "Rousseff no mencionó a Estados Unidos en su discurso ante la ONU", "2013-09-24", absence=True),
  ["d39_planalto_unga_20130924"])
