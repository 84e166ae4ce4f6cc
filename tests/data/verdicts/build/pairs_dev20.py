"""Claims, labels and notes of the twentieth development set (dev20.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev18), applied to the documents in docs_dev20.py alone,
without reading checks/ or running the pipeline. It shares only the claim helpers (doclib.py) with
the other sets. Notes that begin "wrong act:" mark claims whose act is not the source's while the
rest matches (there is no category for them; each is filed under the closest one).
"""

from __future__ import annotations

from doclib import E, PairSet, Q, S

_SET = PairSet()
PAIRS = _SET.pairs
P = _SET.P
C, X, U = "confirmed", "contradicted", "unverified"


# ------------------------------------------------------------------------------ true_claim
T = "true_claim"

P(T, C, "Vizcarra's own turn in the presidency's transcript of his Mensaje a la Nación of 30 Sep 2019 says 'he decidido disolver constitucionalmente el Congreso y convocar a elecciones de congresistas'.",
  Q("es", "«He decidido disolver constitucionalmente el Congreso», anunció el presidente Martín Vizcarra en un mensaje a la Nación el 30 de septiembre de 2019, tras acusar al Parlamento de negar de hecho la confianza a su gabinete.",
    "martin-vizcarra", "He decidido disolver constitucionalmente el Congreso", "2019-09-30"),
  ["d20_presidencia_pe_20190930"])

P(T, C, "Piñera's own turn in the transcript of his national broadcast of 22 Oct 2019 says 'Reconozco esta falta de visión y les pido perdón a mis compatriotas'.",
  Q("es", "«Reconozco esta falta de visión y les pido perdón a mis compatriotas», dijo el presidente Sebastián Piñera en cadena nacional el 22 de octubre de 2019, al presentar su Agenda Social.",
    "sebastian-pinera", "Reconozco esta falta de visión y les pido perdón a mis compatriotas", "2019-10-22"),
  ["d20_gob_cl_20191022"])

P(T, C, "Piñera's own turn in the transcript of 30 Oct 2019 says 'Esta ha sido una decisión muy difícil', right after announcing that Chile will hold neither the APEC summit nor COP25.",
  Q("es", "«Esta ha sido una decisión muy difícil», admitió Piñera el 30 de octubre de 2019 al anunciar que Chile renunciaba a organizar la cumbre de APEC y la COP25.",
    "sebastian-pinera", "Esta ha sido una decisión muy difícil", "2019-10-30"),
  ["d20_gob_cl_20191030"])

P(T, C, "Trump's own turn in the White House transcript of his address of 11 Mar 2020 says 'This is the most aggressive and comprehensive effort to confront a foreign virus in modern history'.",
  Q("en", "In an Oval Office address on March 11, 2020, President Donald Trump called his administration's response \"the most aggressive and comprehensive effort to confront a foreign virus in modern history.\"",
    "donald-trump", "the most aggressive and comprehensive effort to confront a foreign virus in modern history", "2020-03-11"),
  ["d20_wh_20200311"])

P(T, C, "The White House readout of 21 Jun 2022 says Biden 'spoke today with Colombian President-elect Gustavo Petro to congratulate him on his election'.",
  E("en", "President Joe Biden called Colombia's president-elect, Gustavo Petro, on June 21, 2022 to congratulate him on his election victory, the White House said.",
    "Biden called Petro to congratulate him on his election", "2022-06-21", ["joe-biden", "gustavo-petro"],
    channel="readout", event_type="call", confirmed_by="white-house"),
  ["d20_wh_20220621"])

P(T, C, "The Royal Household's account of 6 May 2023 says Their Majesties 'were crowned today at Westminster Abbey, in a service conducted by The Archbishop of Canterbury', who 'placed St Edward's Crown on His Majesty's head'.",
  E("en", "Charles III was crowned at Westminster Abbey on May 6, 2023, with the Archbishop of Canterbury, Justin Welby, placing St Edward's Crown on his head.",
    "Charles III was crowned at Westminster Abbey by the Archbishop of Canterbury", "2023-05-06", ["charles-iii", "justin-welby"]),
  ["d20_royal_20230506"])

P(T, C, "Sánchez's own turn in La Moncloa's transcript of Saturday 14 Mar 2020 says 'El Consejo de Ministros ha aprobado el real decreto por el que se declara el estado de alarma en todo el territorio nacional durante los próximos 15 días'.",
  S("es", "Pedro Sánchez anunció el 14 de marzo de 2020 que el Consejo de Ministros había aprobado el estado de alarma en todo el país durante quince días.",
    "pedro-sanchez", "el Consejo de Ministros aprobó el estado de alarma en todo el país durante quince días", "2020-03-14"),
  ["d20_moncloa_20200314"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Piñera's own Spanish turn of 20 Oct 2019 says 'Estamos en guerra contra un enemigo poderoso, implacable'; the English quote is its translation.",
  Q("en", "\"We are at war against a powerful, relentless enemy,\" Chilean President Sebastián Piñera said on October 20, 2019, calling on Chileans to unite against violence and crime.",
    "sebastian-pinera", "We are at war against a powerful, relentless enemy", "2019-10-20"),
  ["d20_gob_cl_20191020"])

P(T, C, "Bachelet's own words in the OHCHR's release of 24 Oct 2019 are 'I have decided to send a verification mission to examine the allegations of human rights violations there' (in Chile); the Spanish quote is their translation.",
  Q("es", "«He decidido enviar una misión de verificación para examinar las denuncias de violaciones de derechos humanos», anunció la alta comisionada de la ONU, Michelle Bachelet, sobre Chile el 24 de octubre de 2019.",
    "michelle-bachelet", "He decidido enviar una misión de verificación para examinar las denuncias de violaciones de derechos humanos", "2019-10-24"),
  ["d20_ohchr_20191024"])

P(T, C, "UN Climate Change's English statement of 1 Nov 2019 says the COP Bureau agreed 'to hold COP25 in Madrid, Spain, from 2 to 13 December 2019, with the Government of Chile holding the Presidency'.",
  S("es", "ONU Cambio Climático confirmó el 1 de noviembre de 2019 que la COP25 se celebrará en Madrid del 2 al 13 de diciembre, con Chile a cargo de la presidencia.",
    "unfccc", "la COP25 se celebrará en Madrid del 2 al 13 de diciembre, con Chile en la presidencia", "2019-11-01",
    channel="press_release"),
  ["d20_unfccc_20191101"])

P(T, C, "Tedros's own English turn of 11 Mar 2020 says 'We have therefore made the assessment that COVID-19 can be characterized as a pandemic'; the Spanish quote is its translation.",
  Q("es", "«La COVID-19 puede caracterizarse como una pandemia», declaró el director general de la OMS, Tedros Adhanom Ghebreyesus, el 11 de marzo de 2020.",
    "tedros-adhanom", "La COVID-19 puede caracterizarse como una pandemia", "2020-03-11", channel="press_conference", event_type="press_conference"),
  ["d20_who_20200311"])

P(T, C, "Petro's own Spanish turn in El Tiempo's transcript of his speech of 19 Jun 2022 says 'Vamos a desarrollar el capitalismo en Colombia'; the English quote is its translation.",
  Q("en", "\"We are going to develop capitalism in Colombia,\" Gustavo Petro told his supporters on June 19, 2022, the night he was elected president.",
    "gustavo-petro", "We are going to develop capitalism in Colombia", "2022-06-19"),
  ["d20_eltiempo_20220619"])

P(T, C, "The Royal Household's English account of 6 May 2023 gives The King's words at the start of the service, 'I come not to be served but to serve'; the Spanish quote is their translation.",
  Q("es", "«No vengo a ser servido, sino a servir», dijo Carlos III al comienzo de la ceremonia de su coronación en la abadía de Westminster, el 6 de mayo de 2023.",
    "charles-iii", "No vengo a ser servido, sino a servir", "2023-05-06"),
  ["d20_royal_20230506"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The Peruvian presidency's post is stamped 04:10 UTC on 1 Oct 2019, which is 23:10 on 30 Sep in Lima (UTC-5); it says Vizcarra enacted Decreto Supremo 165-2019-PCM, which dissolves Congress and calls elections for 26 January 2020.",
  S("en", "Peru's presidency said on X on September 30, 2019 that Vizcarra had enacted a decree dissolving Congress and calling legislative elections for January 26, 2020.",
    "peru-presidency", "Vizcarra enacted a decree dissolving Congress and calling legislative elections for January 26, 2020", "2019-09-30",
    channel="x", event_type="post"),
  ["d20_x_presidencia_pe_20190930"])

P(T, C, "Aráoz's post is stamped 02:05 UTC on 2 Oct 2019, which is 21:05 on 1 Oct in Lima (UTC-5); it says 'He decidido renunciar de manera irrevocable al cargo de vicepresidenta constitucional de la República' because 'se ha roto el orden constitucional en el Perú'.",
  S("es", "Mercedes Aráoz anunció en X el 1 de octubre de 2019 su renuncia irrevocable a la vicepresidencia del Perú, alegando que se había roto el orden constitucional.",
    "mercedes-araoz", "Aráoz renuncia de manera irrevocable a la vicepresidencia", "2019-10-01",
    channel="x", event_type="post"),
  ["d20_x_araoz_20191001"])

P(T, C, "Piñera's post is stamped 01:40 UTC on 23 Oct 2019, which is 22:40 on the 22nd in Santiago (UTC-3 in October 2019); it says 'Hoy anuncié una Agenda Social para mejorar las pensiones, los salarios, la salud y las tarifas eléctricas'.",
  S("en", "Sebastián Piñera wrote on X on October 22, 2019 that he had announced a social agenda to improve pensions, wages, health care and electricity rates.",
    "sebastian-pinera", "Piñera announced a social agenda to improve pensions, wages, health care and electricity rates", "2019-10-22",
    channel="x", event_type="post"),
  ["d20_x_pinera_20191022"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Tedros's own turn of 11 Mar 2020 says 'We now count more than 118,000 cases in 114 countries'; «más de 118.000 casos en 114 países» is the same figure in Spanish notation.",
  S("es", "Tedros Adhanom Ghebreyesus informó el 11 de marzo de 2020 que había más de 118.000 casos de COVID-19 en 114 países.",
    "tedros-adhanom", "había más de 118.000 casos de COVID-19 en 114 países", "2020-03-11"),
  ["d20_who_20200311"])

P(T, C, "The Registrar's bulletin of 19 Jun 2022 gives the Petro-Márquez ticket 'el 50,44 % de los votos' with all polling stations reported; 50.44% is the same figure in English notation.",
  S("en", "Gustavo Petro won Colombia's presidential runoff on June 19, 2022 with 50.44% of the vote, according to the National Registrar's Office.",
    "registraduria-colombia", "Petro won the runoff with 50.44% of the vote", "2022-06-19"),
  ["d20_registraduria_20220619"])

P(T, X, "Trump's own turn of 11 Mar 2020 says 'we will be suspending all travel from Europe to the United States for the next 30 days', not 60.",
  S("en", "Trump announced on March 11, 2020 that he was suspending all travel from Europe to the United States for 60 days.",
    "donald-trump", "all travel from Europe to the United States is suspended for 60 days", "2020-03-11"),
  ["d20_wh_20200311"])

P(T, X, "Piñera's own turn of 22 Oct 2019 announces 'un aumento inmediato de un 20 % de la Pensión Básica Solidaria', not 10 %.",
  S("es", "Piñera anunció el 22 de octubre de 2019 un aumento del 10 % de la Pensión Básica Solidaria.",
    "sebastian-pinera", "un aumento del 10 % de la Pensión Básica Solidaria", "2019-10-22"),
  ["d20_gob_cl_20191022"])

P(T, U, "Sánchez's turns of 14 Mar 2020 give no number of cases; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "Pedro Sánchez said on March 14, 2020 that Spain had more than 6,000 confirmed coronavirus cases as he declared the state of alarm.",
    "pedro-sanchez", "Spain has more than 6,000 confirmed coronavirus cases", "2020-03-14"),
  ["d20_moncloa_20200314"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The dissolution is one event; Vizcarra announced it in his message of Monday 30 Sep 2019, and the presidency's note of the same day says the decree was published 'esta noche', not on 1 Oct.",
  E("es", "Martín Vizcarra disolvió el Congreso del Perú el 1 de octubre de 2019.",
    "Vizcarra disolvió el Congreso del Perú", "2019-10-01", ["martin-vizcarra", "congreso-peru"]),
  ["d20_presidencia_pe_20190930", "d20_presidencia_pe_decreto_20190930"])

P(T, X, "Trump's Oval Office address suspending travel from Europe for 30 days is one event, given on the evening of Wednesday 11 Mar 2020 in Washington (the transcript's date); 12 March is only its date in UTC and in Europe.",
  E("en", "In an Oval Office address on March 12, 2020, Donald Trump suspended travel from Europe to the United States for 30 days.",
    "Trump suspended travel from Europe to the United States for 30 days in an Oval Office address", "2020-03-12", ["donald-trump"]),
  ["d20_wh_20200311"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The quoted words pin Piñera's declaration of Sunday 20 Oct 2019, not one in November.",
  Q("es", "«Estamos en guerra contra un enemigo poderoso», afirmó Sebastián Piñera en noviembre de 2019, en plena ola de protestas en Chile.",
    "sebastian-pinera", "Estamos en guerra contra un enemigo poderoso", "2019-11"),
  ["d20_gob_cl_20191020"])

P(T, X, "Petro's election with 50.44 % is one event; the Registrar's bulletin dates the runoff 'este domingo 19 de junio', not July.",
  E("en", "Gustavo Petro was elected president of Colombia in July 2022, winning 50.44% of the vote.",
    "Petro was elected president of Colombia with 50.44% of the vote", "2022-07", ["gustavo-petro"]),
  ["d20_registraduria_20220619"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Spain's offer of 31 Oct 2019 is one event; La Moncloa's note offers 'acoger en Madrid' the COP25, not Barcelona.",
  S("en", "Spain's government offered on October 31, 2019 to host the COP25 climate summit in Barcelona after Chile pulled out.",
    "spain-government", "Spain offered to host COP25 in Barcelona", "2019-10-31"),
  ["d20_moncloa_20191031"])

P(T, X, "The coronation of 6 May 2023 is one event; the Royal Household says The King and The Queen 'were crowned today at Westminster Abbey', not at St Paul's Cathedral.",
  E("en", "King Charles III was crowned at St Paul's Cathedral in London on May 6, 2023.",
    "Charles III was crowned at St Paul's Cathedral", "2023-05-06", ["charles-iii"]),
  ["d20_royal_20230506"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The swearing-in of the night of 30 Sep 2019 is pinned by the suspension of Vizcarra; the Congress's note says Vice President Mercedes Aráoz swore as 'presidenta encargada' before Pedro Olaechea, who took the oath and was not sworn in.",
  E("es", "Tras suspender a Vizcarra, el Congreso peruano juramentó el 30 de septiembre de 2019 a su presidente, Pedro Olaechea, como presidente encargado de la República.",
    "el Congreso juramentó a Pedro Olaechea como presidente encargado", "2019-09-30", ["congreso-peru", "pedro-olaechea"]),
  ["d20_congreso_20190930"])

P(T, X, "The crowning of 6 May 2023 is pinned; the Royal Household says The Archbishop of Canterbury placed St Edward's Crown on The King's head, and that the Prince of Wales then knelt and paid homage.",
  E("en", "Prince William placed St Edward's Crown on his father's head at the coronation at Westminster Abbey on May 6, 2023.",
    "Prince William placed St Edward's Crown on Charles III's head", "2023-05-06", ["prince-william", "charles-iii"]),
  ["d20_royal_20230506"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Tedros's own turn of 11 Mar 2020 says 'Describing the situation as a pandemic does not change WHO's assessment of the threat posed by this virus': the opposite, in another language, of the claim.",
  S("es", "Tedros Adhanom Ghebreyesus afirmó el 11 de marzo de 2020 que calificar el brote de pandemia cambiaba la evaluación de la OMS sobre la amenaza del virus.",
    "tedros-adhanom", "calificar el brote de pandemia cambia la evaluación de la OMS sobre la amenaza del virus", "2020-03-11"),
  ["d20_who_20200311"])

P(T, X, "Petro's own turn in El Tiempo's transcript of 19 Jun 2022 says 'Vamos a desarrollar el capitalismo en Colombia': the opposite, in other words and another language, of the claim.",
  S("en", "In his victory speech on June 19, 2022, Gustavo Petro vowed to do away with capitalism in Colombia.",
    "gustavo-petro", "Petro vowed to do away with capitalism in Colombia", "2022-06-19"),
  ["d20_eltiempo_20220619"])

P(T, X, "wrong act: the Congress's note of 30 Sep 2019 says the Pleno declared Vizcarra's temporary incapacity and 'lo suspende en el ejercicio del cargo por un plazo de doce meses', the same vote told as a twelve-month suspension, not a removal from office.",
  E("en", "Peru's Congress voted on September 30, 2019 to remove President Martín Vizcarra from office and swore in Vice President Mercedes Aráoz in his place.",
    "Peru's Congress removed Vizcarra from office and swore in Mercedes Aráoz", "2019-09-30",
    ["congreso-peru", "martin-vizcarra", "mercedes-araoz"]),
  ["d20_congreso_20190930"])

P(T, X, "wrong act: UN Climate Change's statement of 1 Nov 2019 says the COP Bureau agreed 'to hold COP25 in Madrid, Spain, from 2 to 13 December 2019'; the conference was moved, not cancelled.",
  E("es", "Naciones Unidas canceló el 1 de noviembre de 2019 la cumbre del clima COP25, después de que Chile renunciara a organizarla.",
    "Naciones Unidas canceló la COP25", "2019-11-01", ["unfccc"]),
  ["d20_unfccc_20191101"])

P(T, X, "wrong act: Hernández's own post of the evening of 19 Jun 2022 says 'Acepto los resultados, como debe ser': he accepted the result the claim has him reject.",
  S("en", "Rodolfo Hernández refused on June 19, 2022 to accept the results of Colombia's presidential runoff.",
    "rodolfo-hernandez", "Hernández refused to accept the results of the runoff", "2022-06-19"),
  ["d20_x_hernandez_20220619"])

P(T, X, "wrong act: Sánchez's own turn of 14 Mar 2020 says the Council of Ministers approved the decree 'por el que se declara el estado de alarma en todo el territorio nacional durante los próximos 15 días'; the same declaration (day, scope, fifteen days) is told as a state of alarm, a different state from the 'estado de excepción' of the claim.",
  E("es", "El Gobierno de Pedro Sánchez decretó el 14 de marzo de 2020 el estado de excepción en toda España durante quince días por el coronavirus.",
    "el Gobierno decretó el estado de excepción en toda España durante quince días", "2020-03-14", ["spain-government"]),
  ["d20_moncloa_20200314"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "The opening of the coronation service of 6 May 2023 is pinned; the Royal Household gives The King's words as 'I come not to be served but to serve', not 'not to reign'.",
  Q("en", "\"I come not to reign but to serve,\" King Charles III said at the start of his coronation service on May 6, 2023.",
    "charles-iii", "I come not to reign but to serve", "2023-05-06"),
  ["d20_royal_20230506"])

P(T, U, "The claimed RPP interview of 1 Oct 2019 is not among the sources, and Vizcarra's message of 30 Sep, another occasion, does not contain the words.",
  Q("es", "«Nadie está por encima de la Constitución», dijo Martín Vizcarra en una entrevista con RPP el 1 de octubre de 2019.",
    "martin-vizcarra", "Nadie está por encima de la Constitución", "2019-10-01", channel="interview", event_type="interview"),
  ["d20_presidencia_pe_20190930"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question in the White House transcript of 13 Mar 2020 ('Do you take responsibility for the lag in testing?'), and Trump answers 'No, I don't take responsibility at all'.",
  Q("en", "\"I take responsibility for the lag in testing,\" Trump said at a Rose Garden press conference on March 13, 2020.",
    "donald-trump", "I take responsibility for the lag in testing", "2020-03-13", channel="press_conference", event_type="press_conference"),
  ["d20_wh_20200313"])

P(T, U, "The words are Francia Márquez's, in her own turn of El Tiempo's transcript of 19 Jun 2022, not Petro's.",
  Q("es", "«Después de 214 años logramos un gobierno del pueblo», dijo Gustavo Petro en su discurso de victoria el 19 de junio de 2022.",
    "gustavo-petro", "Después de 214 años logramos un gobierno del pueblo", "2022-06-19"),
  ["d20_eltiempo_20220619"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The White House readout records a call between Biden and Petro on 21 Jun 2022; nothing records one on the 22nd, and nothing in the claim pins the call of the 21st.",
  E("es", "Joe Biden y Gustavo Petro conversaron por teléfono el 22 de junio de 2022.",
    "Biden y Petro conversaron por teléfono", "2022-06-22", ["joe-biden", "gustavo-petro"], event_type="call"),
  ["d20_wh_20220621"])

P(T, C, "Sánchez's own turn of Friday 13 Mar 2020 says the Council of Ministers will meet 'mañana, sábado' to decree the state of alarm; the transcript of the 14th, with the decree approved, sits next to it without moving it.",
  S("en", "Pedro Sánchez announced on March 13, 2020 that his cabinet would meet the following day to declare a state of alarm across Spain.",
    "pedro-sanchez", "the cabinet will meet the following day to declare a state of alarm across Spain", "2020-03-13"),
  ["d20_moncloa_20200313", "d20_moncloa_20200314"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The transcript of 14 Mar 2020 records Sánchez saying the police forces come under the Interior Minister's orders; no source records Grande-Marlaska announcing it, which the transcript neither confirms nor excludes.",
  S("es", "El ministro del Interior, Fernando Grande-Marlaska, anunció el 14 de marzo de 2020 que todas las policías, incluidas las autonómicas, quedaban bajo sus órdenes directas.",
    "fernando-grande-marlaska", "todas las policías, incluidas las autonómicas, quedan bajo las órdenes directas del ministro del Interior", "2020-03-14"),
  ["d20_moncloa_20200314"])

P(T, C, "Hernández's own post of the evening of 19 Jun 2022 says 'Acepto los resultados, como debe ser'; the transcript of the winners' speeches of the same night sits next to it without moving it.",
  Q("en", "\"I accept the results, as it should be,\" defeated candidate Rodolfo Hernández said on June 19, 2022.",
    "rodolfo-hernandez", "I accept the results, as it should be", "2022-06-19"),
  ["d20_eltiempo_20220619", "d20_x_hernandez_20220619"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Trump's own turn in the transcript of 13 Mar 2020 says 'today I am officially declaring a national emergency'; his address of the 11th on travel from Europe, a similar headline, sits next to it without moving it.",
  S("en", "Donald Trump declared a national emergency over the coronavirus on March 13, 2020.",
    "donald-trump", "Trump declared a national emergency over the coronavirus", "2020-03-13"),
  ["d20_wh_20200311", "d20_wh_20200313"])

P(T, U, "wrong act: the OAS General Secretariat 'takes note' of the dissolution and says it is for the Constitutional Court 'to rule on the legality and legitimacy' of the decisions; it neither backs nor condemns it, and so does not say what the claim says.",
  S("es", "La OEA respaldó el 1 de octubre de 2019 la decisión de Martín Vizcarra de disolver el Congreso peruano.",
    "oas", "la OEA respaldó la disolución del Congreso peruano", "2019-10-01"),
  ["d20_oas_20191001"])

P(T, U, "wrong act: Piñera's turn of 22 Oct 2019 announces 'un ingreso mínimo garantizado de 350.000 pesos mensuales', with the State topping up wages below that figure; a rise in the legal minimum wage is another measure, which the transcript neither announces nor rules out.",
  S("en", "Piñera announced on October 22, 2019 that Chile's minimum wage would rise to 350,000 pesos a month.",
    "sebastian-pinera", "Chile's minimum wage will rise to 350,000 pesos a month", "2019-10-22"),
  ["d20_gob_cl_20191022"])

P(T, U, "wrong act: the White House readout of 21 Jun 2022 has Biden congratulate Petro and discuss their partnership; it records no invitation to the White House, which it neither reports nor rules out.",
  E("es", "Joe Biden invitó a Gustavo Petro a la Casa Blanca durante la llamada que mantuvieron el 21 de junio de 2022.",
    "Biden invitó a Petro a la Casa Blanca durante su llamada", "2022-06-21", ["joe-biden", "gustavo-petro"], event_type="call"),
  ["d20_wh_20220621"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "La Moncloa's note of 31 Oct 2019 reports the Government's offer in its own voice ('España está en condiciones de organizar una cita de esta dimensión') and quotes no one; it does not confirm a sentence quoted from Sánchez.",
  Q("es", "«España está preparada para acoger la cumbre y lo hará con los brazos abiertos», dijo Pedro Sánchez el 31 de octubre de 2019 sobre la COP25.",
    "pedro-sanchez", "España está preparada para acoger la cumbre y lo hará con los brazos abiertos", "2019-10-31"),
  ["d20_moncloa_20191031"])

P(T, U, "The White House readout of 21 Jun 2022 summarises the call and quotes none of Biden's words; it does not confirm the sentence.",
  Q("en", "\"The people of Colombia have spoken, and they have chosen democracy,\" Biden told Petro in their call on June 21, 2022, according to the White House.",
    "joe-biden", "The people of Colombia have spoken, and they have chosen democracy", "2022-06-21", channel="readout"),
  ["d20_wh_20220621"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only La Tercera, a media outlet, reports Iturriaga's words; no primary or official source is among this pair's documents.",
  Q("es", "«No estoy en guerra con nadie», afirmó el 21 de octubre de 2019 el general Javier Iturriaga, jefe de la Defensa Nacional en Santiago, un día después de las palabras de Piñera.",
    "javier-iturriaga", "No estoy en guerra con nadie", "2019-10-21"),
  ["d20_latercera_20191021"])

P(T, U, "Only Reuters, a media outlet, reports the armed forces' and police chiefs' backing; no primary or official source is among this pair's documents.",
  E("en", "The heads of Peru's armed forces and police backed Martín Vizcarra as president on September 30, 2019, hours after he dissolved Congress.",
    "the heads of Peru's armed forces and police backed Vizcarra as president", "2019-09-30", ["martin-vizcarra"]),
  ["d20_reuters_20191001"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Tedros's words are in the WHO's transcript of his remarks at the media briefing of 11 Mar 2020; no post of his is among the sources, and the claim is about X.",
  Q("en", "\"We have therefore made the assessment that COVID-19 can be characterized as a pandemic,\" WHO chief Tedros Adhanom Ghebreyesus wrote on X on March 11, 2020.",
    "tedros-adhanom", "We have therefore made the assessment that COVID-19 can be characterized as a pandemic", "2020-03-11",
    channel="x", event_type="post"),
  ["d20_who_20200311"])

P(T, U, "Piñera's words on democracy's right and duty to defend itself are in the transcript of his declaration of 20 Oct 2019; no post of his is among the sources, and the claim is about X.",
  S("es", "Sebastián Piñera escribió en X el 20 de octubre de 2019 que la democracia tiene el derecho y la obligación de defenderse.",
    "sebastian-pinera", "la democracia tiene el derecho y la obligación de defenderse", "2019-10-20",
    channel="x", event_type="post"),
  ["d20_gob_cl_20191020"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the address in fact says the restrictions 'will not apply to the United Kingdom').",
  S("en", "Donald Trump did not mention the United Kingdom in his Oval Office address on March 11, 2020.",
    "donald-trump", "the address did not mention the United Kingdom", "2020-03-11", absence=True),
  ["d20_wh_20200311"])

P(T, U, "Absence claims are always unverified (here the message in fact invokes 'el artículo 134 de la Constitución Política del Perú').",
  S("es", "Martín Vizcarra no citó la Constitución en su mensaje a la Nación del 30 de septiembre de 2019.",
    "martin-vizcarra", "el mensaje no citó la Constitución", "2019-09-30", absence=True),
  ["d20_presidencia_pe_20190930"])
