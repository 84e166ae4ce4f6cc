"""Claims, labels and notes of the thirtieth development set (dev30.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev28), applied to the documents in docs_dev30.py alone,
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

P(T, C, "Fleischer's own turn in the White House briefing of 12 Apr 2002 says 'We know that the action encouraged by the Chavez government provoked this crisis'.",
  S("en", "White House spokesman Ari Fleischer said on April 12, 2002 that actions encouraged by Hugo Chávez's government had provoked the crisis in Venezuela.",
    "ari-fleischer", "actions encouraged by Chávez's government had provoked the crisis", "2002-04-12"),
  ["d30_wh_briefing_20020412"])

P(T, C, "The Colombian Defence Ministry's comunicado of Saturday 1 Mar 2008, in Santos's voice, says 'Raúl Reyes', a member of the FARC's Secretariat, was killed in a bombing of a camp 'ubicado en territorio ecuatoriano'.",
  S("es", "El ministro de Defensa colombiano, Juan Manuel Santos, informó el 1 de marzo de 2008 de la muerte de alias 'Raúl Reyes', miembro del Secretariado de las FARC, en un bombardeo contra un campamento situado en territorio ecuatoriano.",
    "juan-manuel-santos", "alias Raúl Reyes, miembro del Secretariado de las FARC, murió en un bombardeo contra un campamento en territorio ecuatoriano", "2008-03-01"),
  ["d30_mindefensa_co_20080301"])

P(T, C, "Chávez's own turn in the Aló Presidente transcript of 2 Mar 2008 says 'Señor ministro de la Defensa, muévame diez batallones hacia la frontera con Colombia, de inmediato'.",
  Q("es", "«Señor ministro de la Defensa, muévame diez batallones hacia la frontera con Colombia, de inmediato», ordenó Hugo Chávez el 2 de marzo de 2008 en su programa dominical.",
    "hugo-chavez", "Señor ministro de la Defensa, muévame diez batallones hacia la frontera con Colombia, de inmediato", "2008-03-02"),
  ["d30_chavez_alo_20080302"])

P(T, C, "The Congress's note of Thursday 30 Jun 2005 says the plenary 'ha levantado este jueves el veto del Senado y ha aprobado definitivamente' the reform, under which marriage has the same requirements and effects whether the spouses are of the same or of different sex.",
  E("es", "El Congreso de los Diputados levantó el 30 de junio de 2005 el veto del Senado y aprobó definitivamente la reforma del Código Civil que permite casarse a las parejas del mismo sexo.",
    "el Congreso levantó el veto del Senado y aprobó definitivamente la reforma que permite casarse a las parejas del mismo sexo", "2005-06-30",
    ["congreso-diputados"]),
  ["d30_congreso_20050630"])

P(T, C, "Cameron's own statement outside Number 10 on 11 May 2010 says 'I aim to form a proper and full coalition between the Conservatives and the Liberal Democrats', after 'Her Majesty the Queen has asked me to form a new government'.",
  Q("en", "\"I aim to form a proper and full coalition between the Conservatives and the Liberal Democrats,\" David Cameron said outside Downing Street on May 11, 2010, after the Queen asked him to form a government.",
    "david-cameron", "I aim to form a proper and full coalition between the Conservatives and the Liberal Democrats", "2010-05-11"),
  ["d30_number10_cameron_20100511"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Rincón's own turn in the state television's transcript of the small hours of 12 Apr 2002 says 'se le solicitó al señor presidente de la República la renuncia de su cargo, la cual aceptó'; the English quote is its translation.",
  Q("en", "\"The President of the Republic was asked to resign his post, which he accepted,\" General Lucas Rincón, the armed forces' inspector general, told Venezuelans on television in the early hours of April 12, 2002.",
    "lucas-rincon", "The President of the Republic was asked to resign his post, which he accepted", "2002-04-12"),
  ["d30_vtv_rincon_20020412"])

P(T, C, "The Ecuadorian foreign ministry's comunicado of 3 Mar 2008 says 'El Gobierno Nacional ha decidido romper relaciones diplomáticas con la República de Colombia' over the incursion of 1 March in Sucumbíos; the English claim reports it faithfully.",
  E("en", "Ecuador broke off diplomatic relations with Colombia on March 3, 2008, over the Colombian military raid on a FARC camp inside its territory.",
    "Ecuador broke off diplomatic relations with Colombia", "2008-03-03",
    ["ecuador-government", "colombia-government"]),
  ["d30_cancilleria_ec_20080303"])

P(T, C, "Zapatero's own turn in the Diario de Sesiones of 30 Jun 2005 says 'No estamos legislando, señorías, para gentes remotas y extrañas. Estamos ampliando las oportunidades de felicidad para nuestros vecinos, para nuestros compañeros de trabajo, para nuestros amigos y para nuestros familiares'; the English quote is its translation.",
  Q("en", "\"We are not legislating for remote and strange people. We are expanding the opportunities for happiness of our neighbours, our co-workers, our friends and our families,\" Prime Minister José Luis Rodríguez Zapatero told Spain's Congress on June 30, 2005.",
    "jose-luis-rodriguez-zapatero", "We are not legislating for remote and strange people. We are expanding the opportunities for happiness of our neighbours, our co-workers, our friends and our families", "2005-06-30"),
  ["d30_dss_20050630"])

P(T, C, "Fernández de Kirchner's own turn in the Casa Rosada's transcript of 16 Apr 2012 says 'Soy una jefa de Estado y no una patotera'; 'thug' is a fair rendering of 'patotera', and the English quote is its translation.",
  Q("en", "\"I am a head of state, not a thug,\" Cristina Fernández de Kirchner said on April 16, 2012, as she announced the expropriation of YPF.",
    "cristina-fernandez-kirchner", "I am a head of state, not a thug", "2012-04-16"),
  ["d30_casarosada_20120416"])

P(T, C, "Clegg's own turn in Number 10's transcript of the Rose Garden press conference of 12 May 2010 says 'Until today, we have been rivals. Now we are colleagues.'; the Spanish quote is its translation.",
  Q("es", "«Hasta hoy hemos sido rivales. Ahora somos colegas», dijo Nick Clegg el 12 de mayo de 2010 en la rueda de prensa que dio junto a David Cameron en el jardín de Downing Street.",
    "nick-clegg", "Hasta hoy hemos sido rivales. Ahora somos colegas", "2010-05-12"),
  ["d30_number10_rosegarden_20100512"])

P(T, C, "Brown's own statement of 11 May 2010 says it is his 'intention to tender my resignation to the Queen' and 'I will also resign as Leader of the Labour Party with immediate effect'; the Spanish claim reports both faithfully.",
  S("es", "Gordon Brown anunció el 11 de mayo de 2010 ante Downing Street que presentaría su dimisión a la reina y que dejaba el liderazgo del Partido Laborista con efecto inmediato.",
    "gordon-brown", "Brown presentaría su dimisión a la reina y dejaba el liderazgo del Partido Laborista con efecto inmediato", "2010-05-11"),
  ["d30_number10_brown_20100511"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Fernández de Kirchner's post is stamped 00:40 UTC on 17 Apr 2012, which is 21:40 on the 16th in Buenos Aires (UTC-3); it says 'La soberanía hidrocarburífera es soberanía nacional.'",
  Q("es", "«La soberanía hidrocarburífera es soberanía nacional», escribió Cristina Fernández de Kirchner en Twitter el 16 de abril de 2012, el día en que anunció la expropiación de YPF.",
    "cristina-fernandez-kirchner", "La soberanía hidrocarburífera es soberanía nacional", "2012-04-16", channel="x", event_type="post"),
  ["d30_x_cfk_20120416"])

P(T, C, "The Casa Rosada's post is stamped 01:05 UTC on 17 Apr 2012, which is 22:05 on the 16th in Buenos Aires; it says the President announced sending Congress the bill that declares 51% of YPF's shares subject to expropriation.",
  S("en", "Argentina's presidency said on Twitter on April 16, 2012 that the president had announced a bill, sent to Congress, declaring 51% of YPF's shares subject to expropriation.",
    "argentina-presidency", "the president announced a bill, sent to Congress, declaring 51% of YPF's shares subject to expropriation", "2012-04-16",
    channel="x", event_type="post"),
  ["d30_x_casarosada_20120416"])

P(T, C, "The Ecuadorian presidency's feed item is stamped 02:40 UTC on 3 Mar 2008, which is 21:40 on Sunday the 2nd in Quito (UTC-5); it says Correa announced 'esta noche', in a national broadcast, the expulsion of Colombia's ambassador.",
  S("es", "Rafael Correa anunció en cadena nacional, la noche del 2 de marzo de 2008, la expulsión del embajador de Colombia en Quito.",
    "rafael-correa", "Correa anunció en cadena nacional la expulsión del embajador de Colombia en Quito", "2008-03-02"),
  ["d30_presidencia_ec_20080302"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Chávez's own turn of 2 Mar 2008 says 'muévame diez batallones hacia la frontera con Colombia'; 'ten' is the figure in words.",
  S("en", "Hugo Chávez ordered ten battalions to Venezuela's border with Colombia on March 2, 2008, during his Sunday television show.",
    "hugo-chavez", "Chávez ordered ten battalions to the border with Colombia", "2008-03-02"),
  ["d30_chavez_alo_20080302"])

P(T, C, "The Congress's note of 30 Jun 2005 gives '187 votos a favor, 147 en contra y 4 abstenciones'; 'four' is the figure in words.",
  E("en", "Spain's Congress gave final approval to same-sex marriage on June 30, 2005, by 187 votes to 147, with four abstentions.",
    "Congress gave final approval to same-sex marriage by 187 votes to 147, with four abstentions", "2005-06-30",
    ["congreso-diputados"]),
  ["d30_congreso_20050630"])

P(T, X, "Fernández de Kirchner's own turn of 16 Apr 2012 declares '51 % del patrimonio de YPF' subject to expropriation; 49% is the provinces' share of the expropriated shares in the same transcript, another figure for the bill's object.",
  S("en", "Cristina Fernández de Kirchner announced on April 16, 2012 a bill to expropriate 49% of YPF's shares from Repsol.",
    "cristina-fernandez-kirchner", "a bill to expropriate 49% of YPF's shares from Repsol", "2012-04-16"),
  ["d30_casarosada_20120416"])

P(T, X, "altered quote: the Aló Presidente of 2 Mar 2008 is pinned; Chávez's own turn says 'muévame diez batallones', and the quote doubles the figure.",
  Q("es", "«Señor ministro de la Defensa, muévame veinte batallones hacia la frontera con Colombia», ordenó Hugo Chávez el 2 de marzo de 2008.",
    "hugo-chavez", "Señor ministro de la Defensa, muévame veinte batallones hacia la frontera con Colombia", "2008-03-02"),
  ["d30_chavez_alo_20080302"])

P(T, U, "The Ecuadorian presidency's item on Correa's broadcast of 2 Mar 2008 gives no death toll for the Angostura camp; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "Rafael Correa afirmó la noche del 2 de marzo de 2008 que 22 personas murieron en el ataque colombiano contra el campamento de Angostura.",
    "rafael-correa", "Correa afirmó que 22 personas murieron en el ataque contra el campamento de Angostura", "2008-03-02"),
  ["d30_presidencia_ec_20080302"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Carmona's swearing-in at Miraflores is one event, pinned by its place and content; the transcript of the act dates it on 12 Apr 2002, not the 13th (the 13th is the night of Cabello's oath, in a document not in this pair).",
  E("es", "Pedro Carmona juró como presidente de Venezuela el 13 de abril de 2002 en el Palacio de Miraflores, tras la salida de Hugo Chávez.",
    "Pedro Carmona juró como presidente de Venezuela en el Palacio de Miraflores", "2002-04-13",
    ["pedro-carmona"]),
  ["d30_globovision_carmona_20020412"])

P(T, X, "Cameron's appointment is one event; his own statement of 11 May 2010 says 'Her Majesty the Queen has asked me to form a new government and I have accepted'. The 12th is the day of the Rose Garden press conference, in a document not in this pair.",
  E("en", "David Cameron became Britain's prime minister on May 12, 2010, when the Queen asked him to form a government.",
    "David Cameron became prime minister when the Queen asked him to form a government", "2010-05-12",
    ["david-cameron", "elizabeth-ii"]),
  ["d30_number10_cameron_20100511"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The announcement is pinned by its content (51% of YPF declared subject to expropriation, the bill sent to Congress); the Casa Rosada's transcript dates it on 16 Apr 2012, not in May.",
  S("en", "In May 2012, Cristina Fernández de Kirchner announced a bill declaring 51% of YPF subject to expropriation.",
    "cristina-fernandez-kirchner", "Fernández de Kirchner announced a bill declaring 51% of YPF subject to expropriation", "2012-05"),
  ["d30_casarosada_20120416"])

P(T, X, "The final vote is pinned by its count (187 to 147); the Congress's note dates it on Thursday 30 Jun 2005, not in July (the law's date, its publication and its entry into force, in July, are in no document of this pair).",
  E("es", "En julio de 2005, el Congreso de los Diputados aprobó definitivamente, por 187 votos a favor y 147 en contra, la reforma que abrió el matrimonio a las parejas del mismo sexo.",
    "el Congreso aprobó definitivamente, por 187 votos a favor y 147 en contra, la reforma del matrimonio", "2005-07",
    ["congreso-diputados"]),
  ["d30_congreso_20050630"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Carmona's swearing-in of 12 Apr 2002 is one event; the transcript opens 'Nos encontramos en el Salón Ayacucho del Palacio de Miraflores', not at Fuerte Tiuna.",
  E("en", "Pedro Carmona was sworn in as Venezuela's interim president at the Fuerte Tiuna military base on April 12, 2002.",
    "Pedro Carmona was sworn in as interim president at the Fuerte Tiuna military base", "2002-04-12",
    ["pedro-carmona"]),
  ["d30_globovision_carmona_20020412"])

P(T, X, "The bombing of 1 Mar 2008 is one event; Santos's comunicado places the camp 'en territorio ecuatoriano, a 1.800 metros de la frontera, frente al departamento del Putumayo'. Putumayo, named in the same sentence, is the Colombian side facing it.",
  E("es", "Alias 'Raúl Reyes' murió el 1 de marzo de 2008 en un bombardeo contra un campamento de las FARC en el departamento del Putumayo, en el sur de Colombia.",
    "Raúl Reyes murió en un bombardeo contra un campamento de las FARC en el departamento del Putumayo, en Colombia", "2008-03-01",
    ["farc-ep"]),
  ["d30_mindefensa_co_20080301"])

P(T, X, "The joint press conference of 12 May 2010 is one event; Number 10's transcript places it in 'the Rose Garden of 10 Downing Street' and Cameron opens with 'Welcome to the Rose Garden', not at Buckingham Palace.",
  E("es", "David Cameron y Nick Clegg comparecieron juntos el 12 de mayo de 2010 en los jardines del Palacio de Buckingham para presentar el nuevo Gobierno de coalición.",
    "Cameron y Clegg comparecieron juntos en los jardines del Palacio de Buckingham", "2010-05-12",
    ["david-cameron", "nick-clegg"], event_type="press_conference"),
  ["d30_number10_rosegarden_20100512"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The intervention of 16 Apr 2012 is pinned; Fernández de Kirchner's own turn says 'he designado interventor al ministro de Planificación Federal, Julio De Vido', with Axel Kicillof as 'subinterventor', another role.",
  E("en", "Cristina Fernández de Kirchner appointed Axel Kicillof as YPF's intervenor on April 16, 2012.",
    "Fernández de Kirchner appointed Axel Kicillof as YPF's intervenor", "2012-04-16",
    ["cristina-fernandez-kirchner", "axel-kicillof"]),
  ["d30_casarosada_20120416"])

P(T, X, "The call of 11 May 2010 is pinned by its content (congratulations on becoming Prime Minister); the White House readout says Obama called 'Prime Minister David Cameron', not Nick Clegg.",
  E("es", "Barack Obama telefoneó el 11 de mayo de 2010 al nuevo primer ministro británico, Nick Clegg, para felicitarlo.",
    "Obama telefoneó al nuevo primer ministro británico, Nick Clegg, para felicitarlo", "2010-05-11",
    ["barack-obama", "nick-clegg"], event_type="call", channel="phone_call"),
  ["d30_wh_readout_20100511"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Chávez's own turn on his return of 14 Apr 2002 says 'Yo no he renunciado, y ese papel que dicen que firmé nunca existió': the opposite of the claim (an English claim against the Spanish transcript).",
  S("en", "Hugo Chávez acknowledged on his return to Miraflores on April 14, 2002 that he had signed a letter of resignation.",
    "hugo-chavez", "Chávez acknowledged that he had signed a letter of resignation", "2002-04-14"),
  ["d30_chavez_20020414"])

P(T, X, "The Rio Group's declaration of 7 Mar 2008 records 'el compromiso del presidente Álvaro Uribe ... de que estos hechos no se repetirán en el futuro bajo ninguna circunstancia': the opposite of the claim (an English claim against the Spanish declaration).",
  S("en", "At the Rio Group summit in Santo Domingo on March 7, 2008, Álvaro Uribe reserved the right to strike FARC camps in neighbouring countries again.",
    "alvaro-uribe", "Uribe reserved the right to strike FARC camps in neighbouring countries again", "2008-03-07"),
  ["d30_grupo_rio_20080307"])

P(T, X, "García-Margallo's own turn of 16 Apr 2012 says the decision 'rompe el clima de cordialidad y amistad que presidía las relaciones entre España y Argentina': the opposite of the claim.",
  S("es", "El ministro de Asuntos Exteriores, José Manuel García-Margallo, aseguró el 16 de abril de 2012 que la decisión argentina sobre YPF no afectaría a las relaciones entre España y Argentina.",
    "jose-manuel-garcia-margallo", "la decisión argentina sobre YPF no afectaría a las relaciones entre España y Argentina", "2012-04-16"),
  ["d30_exteriores_20120416"])

P(T, X, "wrong act: the White House's reaction of 12 Apr 2002 is Fleischer's briefing, which says 'the action encouraged by the Chavez government provoked this crisis' and that 'a transitional civilian government has been installed'; the same reaction is told as a condemnation of Chávez's ouster (as dev19 and dev28 decided for a welcome told as criticism).",
  S("es", "La Casa Blanca condenó el 12 de abril de 2002 el derrocamiento del presidente venezolano Hugo Chávez.",
    "white-house", "la Casa Blanca condenó el derrocamiento de Hugo Chávez", "2002-04-12"),
  ["d30_wh_briefing_20020412"])

P(T, X, "wrong act: Brufau's own turns of 17 Apr 2012 call the transfer 'La expropiación ... un acto manifiestamente ilícito' and announce legal action and a demand for compensation; the same transfer of Repsol's shares is told as a sale Repsol agreed to.",
  E("en", "Repsol agreed on April 17, 2012 to sell its controlling stake in YPF to the Argentine state.",
    "Repsol agreed to sell its controlling stake in YPF to the Argentine state", "2012-04-17",
    ["repsol"]),
  ["d30_repsol_20120417"])

P(T, X, "wrong act: Fernández de Kirchner's own turn of 16 Apr 2012 speaks of 'el proyecto de ley que hoy enviamos al Congreso' and says 'Será el Congreso el que deba tratarlo'; an approval by Congress that day is told otherwise by the source, which has the bill still to be dealt with (as dev24 decided for a bill sent on to the Senate).",
  E("es", "El Congreso argentino aprobó el 16 de abril de 2012 la expropiación del 51 % de las acciones de YPF.",
    "el Congreso argentino aprobó la expropiación del 51 % de YPF", "2012-04-16",
    ["congreso-argentina"]),
  ["d30_casarosada_20120416"])

P(T, X, "wrong act: the Rio Group's declaration of 7 Mar 2008 'toma nota de las plenas disculpas que el presidente Álvaro Uribe ofreció al Gobierno y al pueblo del Ecuador'; the same act at the same summit is told as a refusal to apologise.",
  S("en", "Álvaro Uribe refused to apologise to Ecuador at the Rio Group summit in Santo Domingo on March 7, 2008.",
    "alvaro-uribe", "Uribe refused to apologise to Ecuador at the Rio Group summit", "2008-03-07"),
  ["d30_grupo_rio_20080307"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the announcement of 12 Apr 2002 is pinned; Rincón's own turn says 'la renuncia de su cargo, la cual aceptó', and the quote turns the acceptance into a refusal.",
  Q("es", "«Se le solicitó al señor presidente de la República la renuncia de su cargo, la cual rechazó», anunció el general Lucas Rincón en la madrugada del 12 de abril de 2002.",
    "lucas-rincon", "Se le solicitó al señor presidente de la República la renuncia de su cargo, la cual rechazó", "2002-04-12"),
  ["d30_vtv_rincon_20020412"])

P(T, X, "altered quote: Brown's statement of 11 May 2010 is pinned; his own words are 'I loved the job not for its prestige, its titles and its ceremony', and the quote drops the 'not'.",
  Q("en", "\"I loved the job for its prestige, its titles and its ceremony,\" Gordon Brown said as he announced his resignation outside Downing Street on May 11, 2010.",
    "gordon-brown", "I loved the job for its prestige, its titles and its ceremony", "2010-05-11"),
  ["d30_number10_brown_20100511"])

P(T, X, "altered quote: the announcement of 16 Apr 2012 is pinned; Fernández de Kirchner's own turn says 'Este no es un modelo de estatización, que quede claro', and the quote drops the 'no'.",
  Q("es", "«Este es un modelo de estatización, que quede claro», afirmó Cristina Fernández de Kirchner el 16 de abril de 2012 al anunciar la expropiación de YPF.",
    "cristina-fernandez-kirchner", "Este es un modelo de estatización, que quede claro", "2012-04-16"),
  ["d30_casarosada_20120416"])

P(T, U, "The claimed Telesur interview of 4 Mar 2008 is not among the sources, and the Ecuadorian presidency's item on the broadcast of 2 March, another occasion, does not contain the sentence.",
  Q("en", "\"Colombia has lied to the whole world,\" Rafael Correa told Telesur in an interview on March 4, 2008.",
    "rafael-correa", "Colombia has lied to the whole world", "2008-03-04", channel="interview", event_type="interview"),
  ["d30_presidencia_ec_20080302"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Clegg's, in his own turn of the Rose Garden press conference of 12 May 2010, not Cameron's; Cameron's turns speak of 'a new politics'.",
  Q("en", "\"Until today, we have been rivals. Now we are colleagues,\" David Cameron said in the Rose Garden of Downing Street on May 12, 2010.",
    "david-cameron", "Until today, we have been rivals. Now we are colleagues", "2010-05-12"),
  ["d30_number10_rosegarden_20100512"])

P(T, U, "The words are the reporter's question ('wasn't this a military coup against an elected president?') put in Fleischer's mouth as a statement; he answers 'The details are still unclear', which neither adopts nor denies it.",
  Q("es", "«Esto fue un golpe militar contra un presidente electo», admitió el portavoz de la Casa Blanca, Ari Fleischer, el 12 de abril de 2002.",
    "ari-fleischer", "Esto fue un golpe militar contra un presidente electo", "2002-04-12",
    channel="press_conference", event_type="press_conference"),
  ["d30_wh_briefing_20020412"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Rio Group's declaration of 7 Mar 2008 speaks in the leaders' collective voice and quotes no one; it does not confirm a sentence quoted from Correa.",
  Q("es", "«Con las disculpas de Uribe podemos dar por superado este gravísimo incidente», afirmó Rafael Correa el 7 de marzo de 2008 en Santo Domingo, según la declaración del Grupo de Río.",
    "rafael-correa", "Con las disculpas de Uribe podemos dar por superado este gravísimo incidente", "2008-03-07",
    channel="press_release", confirmed_by="grupo-de-rio"),
  ["d30_grupo_rio_20080307"])

P(T, U, "The National Assembly's note of 14 Apr 2002 reports in its own words that Cabello 'afirmó que ejercería el cargo solo hasta el regreso del presidente constitucional' and quotes no one; a paraphrase does not confirm the quoted words, as dev4, dev9 and dev28 decided.",
  Q("en", "\"I will hold this office only until the constitutional president returns,\" Diosdado Cabello said on the night of April 13, 2002, according to Venezuela's National Assembly.",
    "diosdado-cabello", "I will hold this office only until the constitutional president returns", "2002-04-13",
    channel="press_release", confirmed_by="asamblea-nacional-venezuela"),
  ["d30_an_ve_20020414"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, C, "Brufau's own turn at Repsol's press conference of 17 Apr 2012 says 'Estos actos no quedarán impunes'; the English quote is its translation, and Fernández de Kirchner's announcement of the 16th sits next to it and agrees with the claim's 'a day after'.",
  Q("en", "\"These acts will not go unpunished,\" Repsol chairman Antonio Brufau said in Madrid on April 17, 2012, a day after Argentina announced the seizure of YPF.",
    "antonio-brufau", "These acts will not go unpunished", "2012-04-17"),
  ["d30_casarosada_20120416", "d30_repsol_20120417"])

P(T, U, "The White House readout of 11 May 2010 records Obama's congratulatory call on the 11th; nothing records a call on the 12th, and nothing in the claim pins it to the call of the 11th.",
  E("en", "Barack Obama and David Cameron spoke by phone on May 12, 2010.",
    "Obama and Cameron spoke by phone", "2010-05-12",
    ["barack-obama", "david-cameron"], event_type="call", channel="phone_call"),
  ["d30_wh_readout_20100511"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Diario de Sesiones of 30 Jun 2005 records Zapatero saying 'No estamos legislando ... para gentes remotas y extrañas'; no source records Justice Minister López Aguilar saying it, which the record of Zapatero's turn neither confirms nor excludes.",
  S("es", "El ministro de Justicia, Juan Fernando López Aguilar, defendió el 30 de junio de 2005 en el Congreso que con la reforma del matrimonio no se estaba legislando «para gentes remotas y extrañas».",
    "juan-fernando-lopez-aguilar", "con la reforma no se estaba legislando para gentes remotas y extrañas", "2005-06-30"),
  ["d30_dss_20050630"])

P(T, C, "Soria's own turn in the joint appearance of 16 Apr 2012 says 'Es un gesto de hostilidad contra Repsol y, por tanto, contra una empresa española y contra el Gobierno de España'; García-Margallo's turns in the same transcript and Fernández de Kirchner's announcement of the same day sit next to it without moving it.",
  Q("es", "«Es un gesto de hostilidad contra Repsol y, por tanto, contra una empresa española y contra el Gobierno de España», dijo el ministro de Industria, José Manuel Soria, el 16 de abril de 2012.",
    "jose-manuel-soria", "Es un gesto de hostilidad contra Repsol y, por tanto, contra una empresa española y contra el Gobierno de España", "2012-04-16"),
  ["d30_casarosada_20120416", "d30_exteriores_20120416"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The National Assembly's note of 14 Apr 2002 says Cabello 'prestó juramento en la noche de este sábado 13 de abril como presidente encargado ... ante el presidente de la Asamblea Nacional, William Lara'; Carmona's swearing-in of the 12th, a similar headline, sits next to it without moving it.",
  E("es", "Diosdado Cabello juró la noche del 13 de abril de 2002 como presidente encargado de Venezuela ante el presidente de la Asamblea Nacional, William Lara.",
    "Diosdado Cabello juró como presidente encargado ante el presidente de la Asamblea Nacional, William Lara", "2002-04-13",
    ["diosdado-cabello", "william-lara"]),
  ["d30_globovision_carmona_20020412", "d30_an_ve_20020414"])

P(T, U, "wrong act: the OAS's release of 5 Mar 2008 says the Permanent Council 'reaffirms the principle that the territory of a State is inviolable', set up a commission and convoked a Meeting of Consultation; a condemnation of Colombia is another act, which the release neither reports nor rules out.",
  E("en", "The OAS Permanent Council condemned Colombia on March 5, 2008 for its military raid into Ecuadorian territory.",
    "the OAS Permanent Council condemned Colombia for its raid into Ecuador", "2008-03-05",
    ["oas", "colombia-government"]),
  ["d30_oas_20080305"])

P(T, U, "wrong act: the Congress's note of 30 Jun 2005 reports the final approval; the King's sanction of the law is another, later step, which the note neither reports nor rules out (as dev27 decided for a promulgation against a Senate's sanction).",
  E("en", "King Juan Carlos signed Spain's same-sex marriage law on June 30, 2005, the day Congress gave it final approval.",
    "King Juan Carlos signed the same-sex marriage law", "2005-06-30",
    ["juan-carlos-i"], event_type="signing"),
  ["d30_congreso_20050630"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El Comercio, a media outlet, reports that four Mexican students died in the camp; no primary or official source is among this pair's documents.",
  E("es", "Cuatro estudiantes mexicanos murieron en el bombardeo colombiano contra el campamento de Angostura, el 1 de marzo de 2008.",
    "cuatro estudiantes mexicanos murieron en el bombardeo contra el campamento de Angostura", "2008-03-01"),
  ["d30_elcomercio_20080304"])

P(T, U, "Only Reuters, a media outlet citing a company source, reports that officials entered YPF's headquarters and Spanish executives were asked to leave; no primary or official source is among this pair's documents.",
  E("en", "Argentine officials took over YPF's Buenos Aires headquarters on April 16, 2012 and asked its Spanish executives to leave.",
    "Argentine officials took over YPF's headquarters and asked its Spanish executives to leave", "2012-04-16"),
  ["d30_reuters_20120416"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Fernández de Kirchner's words are in the Casa Rosada's transcript of her announcement of 16 Apr 2012; no post of hers with those words is among the sources, and the claim is about Twitter.",
  Q("es", "«Soy una jefa de Estado y no una patotera», escribió Cristina Fernández de Kirchner en Twitter el 16 de abril de 2012.",
    "cristina-fernandez-kirchner", "Soy una jefa de Estado y no una patotera", "2012-04-16", channel="x", event_type="post"),
  ["d30_casarosada_20120416"])

P(T, U, "Brown's words are in Number 10's transcript of his statement of 11 May 2010; no post with those words is among the sources, and the claim is about Twitter.",
  Q("en", "\"I loved the job for its potential to make this country I love fairer, more tolerant, more green, more democratic, more prosperous and more just,\" Gordon Brown tweeted on May 11, 2010.",
    "gordon-brown", "I loved the job for its potential to make this country I love fairer, more tolerant, more green, more democratic, more prosperous and more just", "2010-05-11",
    channel="x", event_type="post"),
  ["d30_number10_brown_20100511"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Zapatero in fact speaks of people 'cuya dignidad ha sido ofendida', which does not change the label).",
  S("en", "José Luis Rodríguez Zapatero did not speak of dignity in his address to Spain's Congress on June 30, 2005.",
    "jose-luis-rodriguez-zapatero", "Zapatero did not speak of dignity in his address to Congress", "2005-06-30", absence=True),
  ["d30_dss_20050630"])

P(T, U, "Absence claims are always unverified (here Brown in fact thanks 'my wife Sarah' and 'my sons John and Fraser', which does not change the label).",
  S("es", "Gordon Brown no mencionó a su familia en su declaración de despedida ante Downing Street, el 11 de mayo de 2010.",
    "gordon-brown", "Brown no mencionó a su familia en su declaración de despedida", "2010-05-11", absence=True),
  ["d30_number10_brown_20100511"])
