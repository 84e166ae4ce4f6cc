"""Claims, labels and notes of the twenty-fourth development set (dev24.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev22), applied to the documents in docs_dev24.py alone,
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

P(T, C, "Obama's own turn in the White House transcript of his address of 11:35 p.m. EDT on 1 May 2011 ends 'Justice has been done.'",
  Q("en", "\"Justice has been done,\" Barack Obama said in a late-night address from the White House on May 1, 2011, announcing that U.S. forces had killed Osama bin Laden.",
    "barack-obama", "Justice has been done", "2011-05-01"),
  ["d24_wh_20110501"])

P(T, C, "Rajoy's own turn in La Moncloa's transcript of 2 Jun 2014 says 'Su Majestad el Rey Don Juan Carlos acaba de comunicarme su voluntad de renunciar al trono y abrir el proceso sucesorio'.",
  Q("es", "«Su Majestad el Rey Don Juan Carlos acaba de comunicarme su voluntad de renunciar al trono y abrir el proceso sucesorio», anunció por sorpresa Mariano Rajoy en La Moncloa la mañana del 2 de junio de 2014.",
    "mariano-rajoy", "Su Majestad el Rey Don Juan Carlos acaba de comunicarme su voluntad de renunciar al trono y abrir el proceso sucesorio", "2014-06-02"),
  ["d24_moncloa_20140602"])

P(T, C, "Cameron's own turn in GOV.UK's transcript of his statement of 19 Sep 2014 opens 'The people of Scotland have spoken. It is a clear result.'",
  Q("en", "\"The people of Scotland have spoken. It is a clear result,\" David Cameron said outside Downing Street on September 19, 2014, hours after Scots voted to stay in the United Kingdom.",
    "david-cameron", "The people of Scotland have spoken. It is a clear result.", "2014-09-19"),
  ["d24_gov_uk_20140919"])

P(T, C, "Maduro's own turn in the transcript of his national broadcast of 5 Mar 2013 says that 'a las 4 y 25 minutos de la tarde de hoy, 5 de marzo, ha fallecido nuestro comandante presidente Hugo Chávez Frías'; 16:25 is the same time.",
  S("es", "El vicepresidente Nicolás Maduro anunció en cadena nacional que Hugo Chávez murió a las 16:25 del 5 de marzo de 2013, tras casi dos años de enfermedad.",
    "nicolas-maduro", "Hugo Chávez murió a las 16:25 del 5 de marzo de 2013", "2013-03-05"),
  ["d24_minci_20130305"])

P(T, C, "Zuma's own turn in the Presidency's transcript of 5 Dec 2013 says 'Our nation has lost its greatest son.'",
  Q("en", "\"Our nation has lost its greatest son,\" South African President Jacob Zuma said in a televised address late on December 5, 2013, announcing the death of Nelson Mandela.",
    "jacob-zuma", "Our nation has lost its greatest son", "2013-12-05"),
  ["d24_presidency_za_20131205"])

P(T, C, "The Chilean government's release of 22 Aug 2010 says the probe brought back the note 'Estamos bien en el refugio los 33' and that President Piñera read it to the families at the camp, seventeen days after the collapse of 5 August.",
  E("es", "«Estamos bien en el refugio los 33»: el presidente Sebastián Piñera leyó el 22 de agosto de 2010 ante las familias el mensaje que los mineros atrapados en la mina San José enviaron a la superficie, 17 días después del derrumbe.",
    "Piñera leyó ante las familias el mensaje de los mineros: «Estamos bien en el refugio los 33»", "2010-08-22",
    ["sebastian-pinera"]),
  ["d24_gob_cl_20100822"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Obama's own English turn of 5 Dec 2013 says of Mandela 'He achieved more than could be expected of any man'; the Spanish quote is its translation.",
  Q("es", "«Logró más de lo que se podría esperar de cualquier hombre», dijo Barack Obama de Nelson Mandela el 5 de diciembre de 2013, horas después de conocerse su muerte.",
    "barack-obama", "Logró más de lo que se podría esperar de cualquier hombre", "2013-12-05"),
  ["d24_wh_20131205"])

P(T, C, "Don Juan Carlos's own Spanish turn of 2 Jun 2014 says 'he decidido poner fin a mi reinado y abdicar la Corona de España'; the English quote is its translation.",
  Q("en", "\"I have decided to end my reign and abdicate the Crown of Spain,\" King Juan Carlos told Spaniards in a televised message on June 2, 2014.",
    "juan-carlos-i", "I have decided to end my reign and abdicate the Crown of Spain", "2014-06-02"),
  ["d24_casareal_20140602"])

P(T, C, "Salmond's own English turn of 19 Sep 2014 at Bute House says 'for Scotland the campaign continues and the dream shall never die'; the Spanish quote is its translation.",
  Q("es", "«Para Escocia, la campaña continúa y el sueño nunca morirá», afirmó Alex Salmond el 19 de septiembre de 2014 al anunciar que dejaría el cargo tras la derrota del sí.",
    "alex-salmond", "Para Escocia, la campaña continúa y el sueño nunca morirá", "2014-09-19"),
  ["d24_gov_scot_20140919"])

P(T, C, "Piñera's own Spanish turn at the mine on 12 Oct 2010 says 'Ni los mineros serán los mismos cuando salgan, ni Chile tampoco'; the English quote is its translation.",
  Q("en", "\"Neither the miners will be the same when they come out, nor will Chile,\" President Sebastián Piñera said at the San José mine on October 12, 2010, hours before the rescue began.",
    "sebastian-pinera", "Neither the miners will be the same when they come out, nor will Chile", "2010-10-12"),
  ["d24_gob_cl_20101012"])

P(T, C, "Brennan's own English turn at the White House briefing of 2 May 2011 says of the Situation Room 'The minutes passed like days'; the Spanish quote is its translation.",
  Q("es", "«Los minutos pasaban como días», contó el 2 de mayo de 2011 John Brennan, asesor antiterrorista de Obama, sobre la espera en la Sala de Situaciones durante la operación contra Bin Laden.",
    "john-brennan", "Los minutos pasaban como días", "2011-05-02", channel="press_conference", event_type="press_conference"),
  ["d24_wh_20110502"])

P(T, C, "The CNE's Spanish release of 9 Mar 2013 says the presidential election 'se celebrará el domingo 14 de abril de 2013' and the campaign runs 'del 2 al 11 de abril'; the English claim reports it faithfully.",
  S("en", "Venezuela's National Electoral Council announced on March 9, 2013 that the election to succeed Hugo Chávez would be held on April 14, with the campaign running from April 2 to 11.",
    "cne-venezuela", "the presidential election will be held on April 14, with the campaign running from April 2 to 11", "2013-03-09"),
  ["d24_cne_20130309"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The White House's post is stamped 03:58 UTC on 2 May 2011, which is 23:58 on 1 May in Washington (EDT, UTC-4); it quotes Obama's 'Justice has been done.'",
  S("en", "The White House posted on Twitter on May 1, 2011 President Obama's words on the death of Osama bin Laden: \"Justice has been done.\"",
    "white-house", "President Obama on the death of Osama bin Laden: Justice has been done", "2011-05-01",
    channel="x", event_type="post"),
  ["d24_x_wh_20110501"])

P(T, C, "Piñera's post is stamped 01:40 UTC on 14 Oct 2010, which is 22:40 on the 13th in Santiago (UTC-3 since Chile's summer time began on 10 Oct); it says 'Misión cumplida: los 33 mineros están de vuelta en la superficie'.",
  S("es", "«Misión cumplida», escribió Sebastián Piñera en Twitter el 13 de octubre de 2010, cuando los 33 mineros de la mina San José ya estaban de vuelta en la superficie.",
    "sebastian-pinera", "Misión cumplida: los 33 mineros están de vuelta en la superficie", "2010-10-13",
    channel="x", event_type="post"),
  ["d24_x_pinera_20101013"])

P(T, C, "Maduro's post is stamped 01:50 UTC on 6 Mar 2013, which is 21:20 on the 5th in Caracas (UTC-4:30 until 2016); its 'Tus hijos e hijas asumimos tu legado con disciplina y unidad' is faithfully reported in English.",
  S("en", "Nicolás Maduro wrote on Twitter on March 5, 2013 that Hugo Chávez's followers would take up his legacy with discipline and unity.",
    "nicolas-maduro", "Chávez's followers would take up his legacy with discipline and unity", "2013-03-05",
    channel="x", event_type="post"),
  ["d24_x_maduro_20130305"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Congress's note of 11 Jun 2014 gives '299 votos a favor, 19 en contra y 23 abstenciones' for the organic law of abdication.",
  S("es", "El Congreso de los Diputados aprobó el 11 de junio de 2014 la ley orgánica de abdicación de Juan Carlos I por 299 votos a favor, 19 en contra y 23 abstenciones.",
    "congreso-diputados", "el Congreso aprobó la ley orgánica de abdicación por 299 votos a favor, 19 en contra y 23 abstenciones", "2014-06-11"),
  ["d24_congreso_20140611"])

P(T, C, "The Senate's Spanish note of 17 Jun 2014 gives '233 votos a favor, 5 en contra y 20 abstenciones'; the English claim has the same figures.",
  S("en", "Spain's Senate gave final approval to the law on King Juan Carlos's abdication on June 17, 2014, by 233 votes to 5, with 20 abstentions.",
    "senado-espana", "the Senate approved the abdication law by 233 votes to 5, with 20 abstentions", "2014-06-17"),
  ["d24_senado_20140617"])

P(T, C, "The Chief Counting Officer's declaration of 19 Sep 2014 gives No '2,001,926 votes (55.3%)', Yes '1,617,989 votes (44.7%)' and 'a turnout of 84.6%'; the Spanish claim has the same figures in its own notation.",
  S("es", "El no a la independencia de Escocia ganó con el 55,3 % de los votos (2.001.926) frente al 44,7 % del sí, con una participación del 84,6 %, según anunció el 19 de septiembre de 2014 la responsable del recuento.",
    "chief-counting-officer-scotland", "el no ganó con el 55,3 % (2.001.926 votos) frente al 44,7 % del sí, con una participación del 84,6 %", "2014-09-19"),
  ["d24_ccos_20140919"])

P(T, X, "Carney's own turn at the briefing of 3 May 2011 describes 'an operation lasting nearly 40 minutes'; about an hour and a half is another figure for the same raid.",
  S("en", "The raid on Osama bin Laden's compound in Pakistan lasted about an hour and a half, White House press secretary Jay Carney said on May 3, 2011.",
    "jay-carney", "the raid on bin Laden's compound lasted about an hour and a half", "2011-05-03",
    channel="press_conference", event_type="press_conference"),
  ["d24_wh_20110503"])

P(T, X, "altered quote: Maduro's own turn in the transcript of 5 Mar 2013 says 'A las 4 y 25 minutos de la tarde de hoy, 5 de marzo, ha fallecido nuestro comandante presidente Hugo Chávez Frías'; the quote changes the hour.",
  Q("es", "«A las 5 y 25 minutos de la tarde de hoy, 5 de marzo, ha fallecido nuestro comandante presidente Hugo Chávez Frías», anunció entre lágrimas Nicolás Maduro.",
    "nicolas-maduro", "A las 5 y 25 minutos de la tarde de hoy, 5 de marzo, ha fallecido nuestro comandante presidente Hugo Chávez Frías", "2013-03-05"),
  ["d24_minci_20130305"])

P(T, U, "The Presidency's statement of 6 Dec 2013 gives the programme of the mourning period and no number of foreign leaders; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "Jacob Zuma said on December 6, 2013 that more than 90 heads of state and government would attend the memorial service for Nelson Mandela.",
    "jacob-zuma", "more than 90 heads of state and government would attend the memorial service", "2013-12-06"),
  ["d24_presidency_za_20131206"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The address is one event, pinned by its content; the White House transcript dates it at 11:35 p.m. EDT on Sunday 1 May 2011 in Washington. The 2nd is only its date in UTC (and the day of the next briefing); the claim is about the address, as dev20 decided for Trump's address of 11 Mar 2020.",
  E("en", "Barack Obama announced the death of Osama bin Laden in a televised address from the White House on May 2, 2011.",
    "Obama announced the death of Osama bin Laden in a televised address from the White House", "2011-05-02",
    ["barack-obama", "osama-bin-laden"]),
  ["d24_wh_20110501"])

P(T, X, "The proclamation is one event; the Casa Real's note of 19 Jun 2014 says Felipe VI 'fue proclamado este jueves', the 19th. The 18th is named in the same note only as the day Don Juan Carlos sanctioned the law ('sancionó ayer'), another step, as dev6 and dev16 decided.",
  E("es", "Felipe VI fue proclamado rey de España ante las Cortes Generales el 18 de junio de 2014.",
    "Felipe VI fue proclamado rey ante las Cortes Generales", "2014-06-18", ["felipe-vi"]),
  ["d24_casareal_nota_20140619"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The end of the rescue is pinned by its content (the 33 miners, Luis Urzúa the last out); the government's release dates it on Wednesday 13 Oct 2010 ('a las 21:55 horas'), not in September.",
  E("es", "El rescate de los 33 mineros de la mina San José terminó en septiembre de 2010, con la salida del jefe de turno, Luis Urzúa.",
    "el rescate de los 33 mineros terminó con la salida de Luis Urzúa", "2010-09", ["luis-urzua"]),
  ["d24_gob_cl_20101013"])

P(T, X, "The referendum is pinned by its result; the Chief Counting Officer's declaration of 19 Sep 2014 gives No 55.3% and Yes 44.7% for the referendum 'held on Thursday 18 September 2014', not one in October.",
  E("en", "Scotland rejected independence by 55.3% to 44.7% in a referendum held in October 2014.",
    "Scotland rejected independence by 55.3% to 44.7% in a referendum", "2014-10"),
  ["d24_ccos_20140919"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The address of 1 May 2011 is one event; the White House transcript places it in the 'East Room', not the Oval Office.",
  E("en", "Barack Obama announced the death of Osama bin Laden on May 1, 2011 in an address to the nation from the Oval Office.",
    "Obama announced the death of Osama bin Laden in an address from the Oval Office", "2011-05-01",
    ["barack-obama", "osama-bin-laden"]),
  ["d24_wh_20110501"])

P(T, X, "The proclamation of 19 Jun 2014 is one event; the Casa Real's note places it 'en el Palacio del Congreso de los Diputados', not the Palacio Real (named in the same note as the place of the balcony appearance and of the sanction of the law the day before).",
  E("es", "Felipe VI fue proclamado rey el 19 de junio de 2014 en una ceremonia en el Palacio Real de Madrid.",
    "Felipe VI fue proclamado rey en el Palacio Real", "2014-06-19", ["felipe-vi"]),
  ["d24_casareal_nota_20140619"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The declaration of the result is pinned by its figures and place; the release names the Chief Counting Officer, Mary Pitcaithly, as the one who declared it, not the Electoral Commission's chair.",
  E("en", "Electoral Commission chair Jenny Watson declared the result of Scotland's independence referendum in Edinburgh on September 19, 2014, with No on 55.3%.",
    "Jenny Watson of the Electoral Commission declared the result of the referendum, No on 55.3%", "2014-09-19",
    ["electoral-commission-uk"]),
  ["d24_ccos_20140919"])

P(T, X, "The solemn session of 19 Jun 2014 is pinned; the Casa Real's note says it was held 'bajo la presidencia de Jesús Posada, presidente del Congreso', not the president of the Senate.",
  E("es", "La sesión solemne de las Cortes Generales en la que Felipe VI fue proclamado rey, el 19 de junio de 2014, estuvo presidida por el presidente del Senado, Pío García-Escudero.",
    "la sesión de proclamación de Felipe VI estuvo presidida por Pío García-Escudero", "2014-06-19",
    ["felipe-vi", "pio-garcia-escudero"]),
  ["d24_casareal_nota_20140619"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Pakistan's Foreign Office release of 3 May 2011 says the United States carried out the operation 'without prior information or authorization from the Government of Pakistan': the opposite of the claim.",
  S("en", "Pakistan's Foreign Office said on May 3, 2011 that the U.S. operation that killed Osama bin Laden in Abbottabad had been carried out with its authorization.",
    "pakistan-mofa", "the U.S. operation in Abbottabad had been carried out with Pakistan's authorization", "2011-05-03"),
  ["d24_mofa_pk_20110503"])

P(T, X, "Cameron's own turn of 19 Sep 2014 says 'There can be no disputes, no re-runs. The debate has been settled for a generation': the opposite, in another language, of the claim.",
  S("es", "David Cameron dejó abierta el 19 de septiembre de 2014 la posibilidad de repetir el referéndum de independencia de Escocia en los próximos años.",
    "david-cameron", "Cameron dejó abierta la posibilidad de repetir el referéndum de independencia de Escocia", "2014-09-19"),
  ["d24_gov_uk_20140919"])

P(T, X, "wrong act: the Congress's note of 11 Jun 2014 says the bill 'se remite ahora al Senado' and that 'solo con la aprobación de ambas Cámaras podrá sancionarse la ley'; the same vote is told as the law's final approval.",
  E("es", "El Congreso aprobó definitivamente el 11 de junio de 2014 la ley de abdicación, que quedó lista para la sanción del Rey.",
    "el Congreso aprobó definitivamente la ley de abdicación, lista para la sanción del Rey", "2014-06-11",
    ["congreso-diputados"]),
  ["d24_congreso_20140611"])

P(T, X, "wrong act: Salmond's own turn of 19 Sep 2014 says 'After the membership ballot, I will stand down as First Minister'; the same announcement is told as a resignation with immediate effect.",
  E("en", "Alex Salmond resigned as Scotland's First Minister with immediate effect on September 19, 2014, after voters rejected independence.",
    "Alex Salmond resigned as First Minister with immediate effect", "2014-09-19", ["alex-salmond"]),
  ["d24_gov_scot_20140919"])

P(T, X, "wrong act: the CNE's release of 9 Mar 2013 says the Council agreed to 'aplazar las elecciones municipales previstas para el 14 de julio, cuya nueva fecha se anunciará oportunamente'; the same decision is told as a cancellation.",
  E("en", "When it set Venezuela's presidential election for April 14, 2013, the National Electoral Council canceled the municipal elections that had been scheduled for July 14.",
    "the National Electoral Council canceled the municipal elections scheduled for July 14", "2013-03-09",
    ["cne-venezuela"]),
  ["d24_cne_20130309"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the briefing of 3 May 2011 is pinned; Carney's own turn says 'Bin Laden was then shot and killed. He was not armed.', and the quote drops the 'not'.",
  Q("en", "\"Bin Laden was then shot and killed. He was armed,\" White House press secretary Jay Carney told reporters on May 3, 2011, reading the Pentagon's account of the raid.",
    "jay-carney", "Bin Laden was then shot and killed. He was armed.", "2011-05-03",
    channel="press_conference", event_type="press_conference"),
  ["d24_wh_20110503"])

P(T, X, "altered quote: the address of 1 May 2011 is pinned; Obama's own turn says the United States 'is not -- and never will be -- at war with Islam', and «nunca ha estado» puts into the past what he said of the future.",
  Q("es", "«Estados Unidos no está, y nunca ha estado, en guerra con el islam», afirmó Barack Obama el 1 de mayo de 2011 al anunciar la muerte de Bin Laden.",
    "barack-obama", "Estados Unidos no está, y nunca ha estado, en guerra con el islam", "2011-05-01"),
  ["d24_wh_20110501"])

P(T, X, "altered quote: the proclamation speech of 19 Jun 2014 is pinned; Felipe VI's own turn says 'En esa España, unida y diversa, ... cabemos todos', and 'uniforme' says the opposite of 'diversa'.",
  Q("es", "«En esa España, unida y uniforme, cabemos todos», proclamó Felipe VI en su discurso ante las Cortes Generales el 19 de junio de 2014.",
    "felipe-vi", "En esa España, unida y uniforme, cabemos todos", "2014-06-19"),
  ["d24_casareal_20140619"])

P(T, U, "The claimed TVN interview of 14 Oct 2010 is not among the sources, and Piñera's words on receiving Urzúa on the 13th, another occasion, do not contain the sentence.",
  Q("es", "«Chile le ha dado una lección al mundo», aseguró Sebastián Piñera en una entrevista con TVN el 14 de octubre de 2010, al día siguiente del rescate.",
    "sebastian-pinera", "Chile le ha dado una lección al mundo", "2010-10-14", channel="interview", event_type="interview"),
  ["d24_gob_cl_tr_20101013"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Luis Urzúa's, in his own turn of the transcript of 13 Oct 2010 ('Espero que esto nunca más vuelva a ocurrir'), not Piñera's; Piñera's turns say something else.",
  Q("en", "\"I hope this never happens again,\" President Sebastián Piñera said on October 13, 2010 as he greeted Luis Urzúa, the last of the 33 miners to be brought up.",
    "sebastian-pinera", "I hope this never happens again", "2010-10-13"),
  ["d24_gob_cl_tr_20101013"])

P(T, X, "The words are the reporter's question ('Did you tell the Pakistanis before the raid?') put as Brennan's own statement; Brennan answers 'No. We didn't contact the Pakistanis until all of our people and all of our aircraft were out of Pakistani airspace.'",
  Q("en", "\"We told the Pakistanis before the raid,\" White House counterterrorism adviser John Brennan said at a briefing on May 2, 2011.",
    "john-brennan", "We told the Pakistanis before the raid", "2011-05-02", channel="press_conference", event_type="press_conference"),
  ["d24_wh_20110502"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "Obama's address of the night of 1 May 2011 says 'Tonight, I called President Zardari'; nothing records a call on the 2nd, and nothing in the claim pins the call of the 1st (whose 'tonight' in Washington was already the morning of the 2nd in Islamabad, so the claimed day does not exclude it either).",
  E("es", "Barack Obama habló por teléfono con el presidente de Pakistán, Asif Ali Zardari, el 2 de mayo de 2011.",
    "Obama habló por teléfono con Asif Ali Zardari", "2011-05-02", ["barack-obama", "asif-ali-zardari"], event_type="call"),
  ["d24_wh_20110501"])

P(T, C, "The Presidency's statement of 6 Dec 2013 says Zuma 'today announced' the programme, with 'the state funeral and burial ... in Qunu ... on Sunday 15 December 2013'; his address of the 5th, the day before, sits next to it without moving it.",
  S("en", "Jacob Zuma announced on December 6, 2013 that Nelson Mandela would be buried in Qunu on December 15.",
    "jacob-zuma", "Nelson Mandela would be buried in Qunu on December 15", "2013-12-06"),
  ["d24_presidency_za_20131205", "d24_presidency_za_20131206"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Scottish Government's transcript of 19 Sep 2014 records Salmond saying 'for Scotland the campaign continues and the dream shall never die'; no source records Nicola Sturgeon saying it, which the transcript neither confirms nor excludes.",
  Q("en", "\"For Scotland the campaign continues and the dream shall never die,\" Deputy First Minister Nicola Sturgeon said on September 19, 2014.",
    "nicola-sturgeon", "For Scotland the campaign continues and the dream shall never die", "2014-09-19"),
  ["d24_gov_scot_20140919"])

P(T, C, "Jaua's own turn of 5 Mar 2013 says 'El Gobierno Bolivariano ha decretado siete días de duelo nacional'; Maduro's announcement of the death the same day sits next to it without moving it.",
  S("es", "El canciller Elías Jaua anunció el 5 de marzo de 2013 siete días de duelo nacional por la muerte de Hugo Chávez.",
    "elias-jaua", "el Gobierno decretó siete días de duelo nacional por la muerte de Hugo Chávez", "2013-03-05"),
  ["d24_minci_20130305", "d24_minci_jaua_20130305"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The White House transcript of 10 Dec 2013 records Obama's remarks at the memorial service at the 'FNB Stadium, Johannesburg'; his statement of 5 Dec on Mandela's death, a similar headline, sits next to it without moving it.",
  E("en", "Barack Obama spoke at the memorial service for Nelson Mandela at the FNB Stadium in Johannesburg on December 10, 2013.",
    "Obama spoke at the memorial service for Nelson Mandela at the FNB Stadium", "2013-12-10", ["barack-obama"]),
  ["d24_wh_20131205", "d24_wh_20131210"])

P(T, U, "wrong act: Obama's statement of 5 Mar 2013 'reaffirms its support for the Venezuelan people and its interest in developing a constructive relationship'; condolences are another act, which the statement neither offers nor rules out.",
  S("es", "Barack Obama transmitió el 5 de marzo de 2013 sus condolencias al pueblo venezolano por la muerte de Hugo Chávez.",
    "barack-obama", "Obama transmitió sus condolencias al pueblo venezolano por la muerte de Chávez", "2013-03-05"),
  ["d24_wh_20130305"])

P(T, U, "wrong act: Cameron's own turn of 19 Sep 2014 promises powers 'agreed by November and draft legislation published by January'; a law passed by January is another step, which the statement neither announces nor rules out.",
  S("en", "David Cameron said on September 19, 2014 that the new powers for the Scottish Parliament would be passed into law by January.",
    "david-cameron", "the new powers for the Scottish Parliament would be passed into law by January", "2014-09-19"),
  ["d24_gov_uk_20140919"])

P(T, U, "wrong act: the Casa Real's note of 19 Jun 2014 says Don Juan Carlos 'impuso a su hijo el fajín de capitán general' at the Zarzuela; a crowning is another act, which the note neither reports nor rules out.",
  E("es", "Don Juan Carlos coronó a su hijo en el Palacio de La Zarzuela la mañana del 19 de junio de 2014, antes de la proclamación.",
    "Don Juan Carlos coronó a su hijo en La Zarzuela", "2014-06-19", ["juan-carlos-i", "felipe-vi"]),
  ["d24_casareal_nota_20140619"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Congress's note of 11 Jun 2014 reports the vote in its own voice and quotes no one; it does not confirm a sentence quoted from Rajoy.",
  Q("es", "«La Monarquía es una garantía de estabilidad», defendió Mariano Rajoy en el debate de la ley de abdicación el 11 de junio de 2014, según el Congreso de los Diputados.",
    "mariano-rajoy", "La Monarquía es una garantía de estabilidad", "2014-06-11", confirmed_by="congreso-diputados"),
  ["d24_congreso_20140611"])

P(T, U, "The CNE's release of 9 Mar 2013 speaks in the Council's voice and quotes no one; it does not confirm a sentence quoted from Tibisay Lucena.",
  Q("en", "\"The presidential election of April 14 is guaranteed,\" Tibisay Lucena said on March 9, 2013, according to Venezuela's National Electoral Council.",
    "tibisay-lucena", "The presidential election of April 14 is guaranteed", "2013-03-09", channel="press_release",
    confirmed_by="cne-venezuela"),
  ["d24_cne_20130309"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports the handshake; no primary or official source is among this pair's documents.",
  E("es", "Barack Obama y Raúl Castro se estrecharon la mano el 10 de diciembre de 2013 en el homenaje a Nelson Mandela en Soweto.",
    "Obama y Raúl Castro se estrecharon la mano en el homenaje a Mandela", "2013-12-10", ["barack-obama", "raul-castro"]),
  ["d24_ap_20131210"])

P(T, U, "Only El País, a media outlet, reports that Don Juan Carlos stayed away from the session of the Cortes; no primary or official source is among this pair's documents.",
  E("es", "Don Juan Carlos no asistió a la proclamación de su hijo ante las Cortes el 19 de junio de 2014: siguió el acto desde La Zarzuela para no restarle protagonismo.",
    "Don Juan Carlos no asistió a la proclamación de Felipe VI ante las Cortes", "2014-06-19", ["juan-carlos-i"]),
  ["d24_elpais_20140619"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "The Queen's words are in the Royal Household's written statement of 19 Sep 2014; no post of hers is among the sources, and the claim is about X.",
  Q("en", "Queen Elizabeth II wrote on Twitter on September 19, 2014 that \"we have in common an enduring love of Scotland, which is one of the things that helps to unite us all.\"",
    "elizabeth-ii", "we have in common an enduring love of Scotland, which is one of the things that helps to unite us all", "2014-09-19",
    channel="x", event_type="post"),
  ["d24_royal_20140919"])

P(T, U, "Zuma's words are in the Presidency's transcript of his televised address of 5 Dec 2013; no post of his is among the sources, and the claim is about X.",
  Q("es", "«Nuestra nación ha perdido a su hijo más grande», escribió Jacob Zuma en Twitter el 5 de diciembre de 2013 al anunciar la muerte de Nelson Mandela.",
    "jacob-zuma", "Nuestra nación ha perdido a su hijo más grande", "2013-12-05", channel="x", event_type="post"),
  ["d24_presidency_za_20131205"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the speech in fact thanks 'mi padre, el Rey Juan Carlos', which does not change the label).",
  S("es", "Felipe VI no mencionó a su padre en su discurso de proclamación ante las Cortes Generales el 19 de junio de 2014.",
    "felipe-vi", "el discurso de proclamación no mencionó a Juan Carlos I", "2014-06-19", absence=True),
  ["d24_casareal_20140619"])

P(T, U, "Absence claims are always unverified (here Brennan's turns in fact speak of Pakistan several times, which does not change the label).",
  S("en", "John Brennan did not mention Pakistan at the White House briefing on the bin Laden raid on May 2, 2011.",
    "john-brennan", "the briefing did not mention Pakistan", "2011-05-02", absence=True),
  ["d24_wh_20110502"])
