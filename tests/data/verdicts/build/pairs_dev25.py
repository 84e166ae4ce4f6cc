"""Claims, labels and notes of the twenty-fifth development set (dev25.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev24), applied to the documents in docs_dev25.py alone,
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

P(T, C, "Trump's own turn in the White House transcript of his remarks at Morristown on 18 Aug 2019 says 'Essentially, it's a large real estate deal.'",
  Q("en", "\"Essentially, it's a large real estate deal,\" Donald Trump told reporters in Morristown, New Jersey, on August 18, 2019, confirming that he was interested in buying Greenland.",
    "donald-trump", "Essentially, it's a large real estate deal", "2019-08-18"),
  ["d25_wh_20190818"])

P(T, C, "Bruni's statement of 31 Dec 2022 says 'the Pope Emeritus, Benedict XVI, passed away today at 9:34 in the Mater Ecclesiae Monastery in the Vatican'.",
  S("en", "Benedict XVI died at 9:34 a.m. on December 31, 2022 in the Mater Ecclesiae Monastery in the Vatican, the Holy See's spokesman, Matteo Bruni, announced.",
    "matteo-bruni", "Benedict XVI died at 9:34 a.m. in the Mater Ecclesiae Monastery in the Vatican", "2022-12-31"),
  ["d25_hspo_20221231_en"])

P(T, C, "López Obrador's own turn in the versión estenográfica of 16 Oct 2020 says 'Es un hecho muy lamentable que un exsecretario de la Defensa sea detenido y acusado de vínculos con el narcotráfico.'",
  Q("es", "«Es un hecho muy lamentable que un exsecretario de la Defensa sea detenido y acusado de vínculos con el narcotráfico», admitió López Obrador en su conferencia matutina del 16 de octubre de 2020.",
    "andres-manuel-lopez-obrador", "Es un hecho muy lamentable que un exsecretario de la Defensa sea detenido y acusado de vínculos con el narcotráfico",
    "2020-10-16", channel="press_conference", event_type="press_conference"),
  ["d25_presidencia_20201016"])

P(T, C, "Don Juan Carlos's letter, in the Casa Real's comunicado of 3 Aug 2020, says 'te comunico mi meditada decisión de trasladarme, en estos momentos, fuera de España'.",
  Q("es", "«Te comunico mi meditada decisión de trasladarme, en estos momentos, fuera de España», escribió Juan Carlos I a su hijo en la carta que la Casa Real difundió el 3 de agosto de 2020.",
    "juan-carlos-i", "Te comunico mi meditada decisión de trasladarme, en estos momentos, fuera de España", "2020-08-03"),
  ["d25_casareal_20200803"])

P(T, C, "Luis Díaz's own statement of 4 Nov 2023 says 'Pido al ELN la pronta liberación de mi papá'.",
  Q("es", "«Pido al ELN la pronta liberación de mi papá», escribió el futbolista del Liverpool Luis Díaz el 4 de noviembre de 2023 en un mensaje difundido en sus redes sociales.",
    "luis-diaz-marulanda", "Pido al ELN la pronta liberación de mi papá", "2023-11-04"),
  ["d25_ig_luisdiaz_20231104"])

P(T, C, "The peace delegation's comunicado of 9 Nov 2023 says Luis Manuel Díaz 'este jueves fue entregado por el ELN ... a la comisión humanitaria conformada por la Organización de las Naciones Unidas y la Iglesia católica'; the Episcopal Conference's post of the same day, whose two bishops 'integraron la comisión humanitaria', agrees.",
  E("es", "El ELN liberó el 9 de noviembre de 2023 a Luis Manuel Díaz, padre del futbolista Luis Díaz, y lo entregó a una comisión humanitaria de la ONU y la Iglesia católica.",
    "el ELN liberó a Luis Manuel Díaz y lo entregó a una comisión humanitaria de la ONU y la Iglesia católica", "2023-11-09",
    ["eln", "luis-manuel-diaz"]),
  ["d25_gob_co_20231109", "d25_x_cec_20231109"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Pope Francis's own English words at the General Audience of 28 Dec 2022 say of Benedict XVI 'Remember him: he is very ill'; the Spanish quote is their translation.",
  Q("es", "«Recuérdenlo: está muy enfermo», dijo el papa Francisco de Benedicto XVI el 28 de diciembre de 2022, al pedir al final de la audiencia general una oración especial por su predecesor.",
    "pope-francis", "Recuérdenlo: está muy enfermo", "2022-12-28"),
  ["d25_vatican_audience_20221228"])

P(T, C, "Don Juan Carlos's Spanish letter of 3 Aug 2020 says 'He sido Rey de España durante casi cuarenta años y, durante todos ellos, siempre he querido lo mejor para España y para la Corona'; the English quote is its translation.",
  Q("en", "\"I have been King of Spain for almost forty years and, throughout all of them, I have always wanted the best for Spain and for the Crown,\" Juan Carlos I wrote in the letter released by the Royal Household on August 3, 2020.",
    "juan-carlos-i", "I have been King of Spain for almost forty years and, throughout all of them, I have always wanted the best for Spain and for the Crown", "2020-08-03"),
  ["d25_casareal_20200803"])

P(T, C, "Frederiksen's own turn in the English translation of her remarks of 21 Aug 2019 opens 'I am disappointed and surprised'; the Spanish quote is its translation.",
  Q("es", "«Estoy decepcionada y sorprendida», dijo la primera ministra danesa, Mette Frederiksen, el 21 de agosto de 2019 en Copenhague, después de que Trump suspendiera su visita de Estado.",
    "mette-frederiksen", "Estoy decepcionada y sorprendida", "2019-08-21"),
  ["d25_stm_20190821"])

P(T, C, "The Justice Department's joint statement of 17 Nov 2020 says it 'has made the decision to seek dismissal of the U.S. criminal charges against former Secretary Cienfuegos, so that he may be investigated ... under Mexican law'; the Spanish claim reports it faithfully.",
  S("es", "El Departamento de Justicia de Estados Unidos decidió el 17 de noviembre de 2020 pedir que se retiraran los cargos contra el general Salvador Cienfuegos para que pudiera ser investigado en México.",
    "us-doj", "el Departamento de Justicia pedirá que se retiren los cargos contra Cienfuegos para que sea investigado en México", "2020-11-17"),
  ["d25_doj_20201117"])

P(T, C, "López Obrador's own Spanish turn of 15 Jan 2021 says the Fiscalía found that 'no procede la acusación que se le fabricó al general Cienfuegos por ... la DEA'; the English claim reports it faithfully.",
  S("en", "Andrés Manuel López Obrador said on January 15, 2021 that the U.S. Drug Enforcement Administration had fabricated the accusation against General Salvador Cienfuegos.",
    "andres-manuel-lopez-obrador", "the DEA fabricated the accusation against General Cienfuegos", "2021-01-15",
    channel="press_conference", event_type="press_conference"),
  ["d25_presidencia_20210115"])

P(T, C, "Antonio García's own Spanish statement of 4 Nov 2023 says 'La retención del padre de Luis Díaz, realizada por el Frente de Guerra Norte, fue un error'; the English quote is its translation.",
  Q("en", "\"The detention of Luis Díaz's father, carried out by the Northern War Front, was a mistake,\" the ELN's commander, Antonio García, said on November 4, 2023.",
    "antonio-garcia-eln", "The detention of Luis Díaz's father, carried out by the Northern War Front, was a mistake", "2023-11-04"),
  ["d25_tg_garcia_20231104"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Ebrard's post is stamped 02:05 UTC on 16 Oct 2020, which is 21:05 on the 15th in Mexico City (UTC-5, summer time until 25 Oct); it reports the arrest of Cienfuegos at Los Angeles airport.",
  S("es", "El canciller Marcelo Ebrard informó en Twitter la noche del 15 de octubre de 2020 que el exsecretario de la Defensa Salvador Cienfuegos había sido detenido en el aeropuerto de Los Ángeles.",
    "marcelo-ebrard", "el exsecretario de la Defensa Salvador Cienfuegos fue detenido en el aeropuerto de Los Ángeles", "2020-10-15",
    channel="x", event_type="post"),
  ["d25_x_ebrard_20201015"])

P(T, C, "Trump's post is stamped 00:51 UTC on 21 Aug 2019, which is 20:51 on the 20th in Washington (EDT); its 'I will be postponing our meeting scheduled in two weeks for another time' is the English of the Spanish quote.",
  Q("es", "«Pospondré nuestra reunión, prevista para dentro de dos semanas, para otro momento», escribió Donald Trump en Twitter el 20 de agosto de 2019, después de que Mette Frederiksen rechazara hablar de la venta de Groenlandia.",
    "donald-trump", "Pospondré nuestra reunión, prevista para dentro de dos semanas, para otro momento", "2019-08-20",
    channel="x", event_type="post"),
  ["d25_x_trump_20190820a"])

P(T, C, "Trump's second post is stamped 00:52 UTC on 21 Aug 2019, which is 20:52 on the 20th in Washington; it says that 'by being so direct, the Prime Minister was able to save a great deal of expense and effort for both the United States and Denmark'.",
  S("en", "Trump wrote on Twitter on August 20, 2019 that by being so direct, Danish Prime Minister Mette Frederiksen had saved both the United States and Denmark a great deal of expense and effort.",
    "donald-trump", "by being so direct, Frederiksen saved both countries a great deal of expense and effort", "2019-08-20",
    channel="x", event_type="post"),
  ["d25_x_trump_20190820b"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "Trump's own turn at Morristown on 18 Aug 2019 says Denmark is 'losing almost $700 million a year carrying it'; 'nearly $700 million a year' is the same figure.",
  S("en", "Donald Trump said on August 18, 2019 that Denmark was losing nearly $700 million a year by holding on to Greenland.",
    "donald-trump", "Denmark was losing nearly $700 million a year by holding on to Greenland", "2019-08-18"),
  ["d25_wh_20190818"])

P(T, C, "Trump's post of 21 Aug 2019 says 'Denmark is only at 1.35% of GDP for NATO spending ... and should be at 2%'; the Spanish claim has the same figures in its own notation.",
  S("es", "Trump escribió el 21 de agosto de 2019 que Dinamarca solo dedica el 1,35 % de su PIB a la OTAN, cuando debería llegar al 2 %.",
    "donald-trump", "Dinamarca solo dedica el 1,35 % de su PIB a la OTAN, cuando debería llegar al 2 %", "2019-08-21",
    channel="x", event_type="post"),
  ["d25_x_trump_20190821"])

P(T, X, "Trump's post of 21 Aug 2019 gives Denmark's NATO spending as '1.35% of GDP'; 1.5% is another figure for the same post.",
  S("en", "Denmark spends just 1.5% of its GDP on NATO, well short of the 2% target, Donald Trump wrote on Twitter on August 21, 2019.",
    "donald-trump", "Denmark spends just 1.5% of its GDP on NATO, short of the 2% target", "2019-08-21",
    channel="x", event_type="post"),
  ["d25_x_trump_20190821"])

P(T, X, "altered quote: the Press Office's Spanish statement of 31 Dec 2022 is pinned; it says 'ha fallecido hoy a las 9:34', and the quote gives 8:34 (the same minute in UTC, not the time the statement gives).",
  Q("es", "«Con dolor informo que el Papa Emérito, Benedicto XVI, ha fallecido hoy a las 8:34 en el Monasterio Mater Ecclesiae del Vaticano», anunció el portavoz vaticano, Matteo Bruni, el 31 de diciembre de 2022.",
    "matteo-bruni", "Con dolor informo que el Papa Emérito, Benedicto XVI, ha fallecido hoy a las 8:34 en el Monasterio Mater Ecclesiae del Vaticano", "2022-12-31"),
  ["d25_hspo_20221231_es"])

P(T, U, "The Press Office's bulletin of 2 Jan 2023 gives the opening hours of the Basilica and no number of visitors; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "Some 65,000 people filed past the body of Benedict XVI in St Peter's Basilica on January 2, 2023, the first day of the lying in state, the Holy See Press Office said.",
    "holy-see-press-office", "some 65,000 people filed past the body of Benedict XVI on the first day", "2023-01-02"),
  ["d25_hspo_20230102"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The arrest is one event; the joint statement of 17 Nov 2020 says Cienfuegos 'was arrested in Los Angeles' 'On October 15, 2020'. The 16th is only the UTC date of Ebrard's post and the day of the next press conference, neither of which is in this pair.",
  E("en", "Mexico's former defense secretary, General Salvador Cienfuegos, was arrested in Los Angeles on October 16, 2020 on U.S. drug trafficking and money laundering charges.",
    "General Salvador Cienfuegos was arrested in Los Angeles on U.S. drug trafficking and money laundering charges", "2020-10-16",
    ["salvador-cienfuegos-zepeda"]),
  ["d25_doj_20201117"])

P(T, X, "The death is one event; the Press Office's Spanish statement, dated 31 Dec 2022, says Benedict XVI 'ha fallecido hoy a las 9:34', not on the 30th.",
  E("es", "Benedicto XVI murió el 30 de diciembre de 2022 en el Monasterio Mater Ecclesiae del Vaticano, donde vivía desde su renuncia.",
    "Benedicto XVI murió en el Monasterio Mater Ecclesiae del Vaticano", "2022-12-30"),
  ["d25_hspo_20221231_es"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The decision not to prosecute is one decision, pinned by its content; the FGR's comunicado dates it 'a 14 de enero de 2021', not in December 2020.",
  S("en", "Mexico's Attorney General's Office decided in December 2020 not to prosecute General Salvador Cienfuegos, closing the investigation it had opened after his arrest in Los Angeles.",
    "fgr", "the Attorney General's Office decided not to prosecute General Cienfuegos", "2020-12"),
  ["d25_fgr_20210114"])

P(T, X, "The move is pinned by its destination; the Casa Real's comunicado of 17 Aug 2020 says Don Juan Carlos moved to the United Arab Emirates 'el pasado día 3 del presente mes de agosto', not in July.",
  E("es", "Juan Carlos I se trasladó a los Emiratos Árabes Unidos en julio de 2020, según confirmó después la Casa Real.",
    "Juan Carlos I se trasladó a los Emiratos Árabes Unidos", "2020-07", ["juan-carlos-i"]),
  ["d25_casareal_20200817"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The move of 3 Aug 2020 is one event; the Casa Real's comunicado of 17 Aug 2020 says he moved to 'los Emiratos Árabes Unidos', not to the Dominican Republic.",
  E("en", "Former King Juan Carlos I moved to the Dominican Republic on August 3, 2020, Spain's Royal Household confirmed two weeks later.",
    "Juan Carlos I moved to the Dominican Republic", "2020-08-03", ["juan-carlos-i"]),
  ["d25_casareal_20200817"])

P(T, X, "The death of 31 Dec 2022 is one event; the Press Office's statement places it 'in the Mater Ecclesiae Monastery in the Vatican', not in a hospital in Rome.",
  E("en", "Pope Emeritus Benedict XVI died at Rome's Gemelli hospital on December 31, 2022, aged 95.",
    "Benedict XVI died at Rome's Gemelli hospital", "2022-12-31"),
  ["d25_hspo_20221231_en"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The joint statement of 17 Nov 2020 is pinned; it is issued by William P. Barr and 'Fiscal General of Mexico Alejandro Gertz Manero', not by Mexico's foreign secretary.",
  E("en", "U.S. Attorney General William Barr and Mexican Foreign Secretary Marcelo Ebrard announced in a joint statement on November 17, 2020 that the Justice Department would seek to drop the charges against General Cienfuegos.",
    "Barr and Ebrard announced in a joint statement that the Justice Department would seek to drop the charges against Cienfuegos", "2020-11-17",
    ["william-barr", "marcelo-ebrard"]),
  ["d25_doj_20201117"])

P(T, X, "The funeral announced on 31 Dec 2022 is pinned; the Press Office's Spanish statement says it 'será presidido por el papa Francisco', not by the dean of the College of Cardinals.",
  E("es", "El Vaticano anunció el 31 de diciembre de 2022 que el funeral de Benedicto XVI en la plaza de San Pedro estaría presidido por el decano del Colegio Cardenalicio, Giovanni Battista Re.",
    "el funeral de Benedicto XVI estará presidido por Giovanni Battista Re", "2022-12-31", ["giovanni-battista-re"]),
  ["d25_hspo_20221231_es"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "The foreign ministry's post of 16 Aug 2019 says 'We're open for business, not for sale': the opposite, in another language, of a willingness to negotiate a sale.",
  S("es", "El Gobierno de Groenlandia se mostró el 16 de agosto de 2019 dispuesto a negociar la venta de la isla a Estados Unidos.",
    "greenland-mfa", "Groenlandia está dispuesta a negociar la venta de la isla a Estados Unidos", "2019-08-16"),
  ["d25_x_greenlandmfa_20190816"])

P(T, X, "The delegation's comunicado of 2 Nov 2023 says the kidnapping 'fue realizado por una unidad del Ejército de Liberación Nacional (ELN)': the opposite of ruling the ELN out.",
  S("es", "La delegación de paz del Gobierno colombiano descartó el 2 de noviembre de 2023 que el ELN estuviera detrás del secuestro del padre de Luis Díaz.",
    "delegacion-gobierno-dialogos-eln", "el ELN no estuvo detrás del secuestro del padre de Luis Díaz", "2023-11-02"),
  ["d25_gob_co_20231102"])

P(T, X, "wrong act: Trump's posts of the evening of 20 Aug 2019 say 'I will be postponing our meeting ... for another time' and 'look forward to rescheduling some time in the future'; the same decision is told as a definitive cancellation that rules out a new date.",
  S("es", "Donald Trump canceló definitivamente el 20 de agosto de 2019 su reunión con Mette Frederiksen y descartó volver a programarla.",
    "donald-trump", "Trump canceló definitivamente su reunión con Frederiksen y descartó volver a programarla", "2019-08-20",
    channel="x", event_type="post"),
  ["d25_x_trump_20190820a", "d25_x_trump_20190820b"])

P(T, X, "wrong act: the FGR's comunicado of 14 Jan 2021 says it 'determinó el no ejercicio de la acción penal' after finding no contact with the cartel; the same decision is told as charges brought.",
  S("en", "Mexico's Attorney General's Office charged General Salvador Cienfuegos on January 14, 2021 with protecting the H-2 drug cartel, after reviewing the evidence sent by U.S. prosecutors.",
    "fgr", "the Attorney General's Office charged General Cienfuegos with protecting the H-2 cartel", "2021-01-14"),
  ["d25_fgr_20210114"])

P(T, X, "wrong act: the Casa Real's comunicado of 3 Aug 2020 says Felipe VI 'ha transmitido a Su Majestad el Rey Don Juan Carlos su sentido respeto y agradecimiento ante su decisión'; the same reaction is told as criticism.",
  S("es", "Felipe VI criticó el 3 de agosto de 2020 la decisión de su padre, Juan Carlos I, de irse a vivir fuera de España.",
    "felipe-vi", "Felipe VI criticó la decisión de su padre de irse a vivir fuera de España", "2020-08-03"),
  ["d25_casareal_20200803"])

P(T, X, "wrong act: the delegation's comunicado of 9 Nov 2023 says Luis Manuel Díaz 'fue entregado por el ELN ... a la comisión humanitaria conformada por la Organización de las Naciones Unidas y la Iglesia católica'; the same release is told, in another language, as a military rescue.",
  E("en", "Colombian troops rescued Luis Manuel Díaz, the father of Liverpool forward Luis Díaz, in a military operation on November 9, 2023.",
    "Colombian troops rescued Luis Manuel Díaz in a military operation", "2023-11-09", ["luis-manuel-diaz"]),
  ["d25_gob_co_20231109"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the remarks at Morristown of 18 Aug 2019 are pinned; Trump's own turn says 'It's not number one on the burner, I can tell you that', and the quote drops the 'not'.",
  Q("en", "\"It's number one on the burner, I can tell you that,\" Donald Trump said of buying Greenland as he left Morristown, New Jersey, on August 18, 2019.",
    "donald-trump", "It's number one on the burner, I can tell you that", "2019-08-18"),
  ["d25_wh_20190818"])

P(T, X, "altered quote: the letter of 3 Aug 2020 is pinned; Don Juan Carlos writes 'trasladarme, en estos momentos, fuera de España', and «para siempre» makes a move 'for now' a permanent one.",
  Q("es", "«Te comunico mi meditada decisión de trasladarme, para siempre, fuera de España», escribió Juan Carlos I a Felipe VI en la carta que difundió la Casa Real el 3 de agosto de 2020.",
    "juan-carlos-i", "Te comunico mi meditada decisión de trasladarme, para siempre, fuera de España", "2020-08-03"),
  ["d25_casareal_20200803"])

P(T, X, "altered quote: the joint statement of 17 Nov 2020 is pinned; the FGR's Spanish text says 'para que sea investigado y, en su caso, procesado conforme a la legislación mexicana', and the quote drops 'en su caso', turning a possibility into a commitment to prosecute.",
  Q("es", "El fiscal Alejandro Gertz Manero y el fiscal general de EE. UU., William Barr, anunciaron el 17 de noviembre de 2020 que se retirarían los cargos contra Cienfuegos «para que sea investigado y procesado conforme a la legislación mexicana».",
    "alejandro-gertz-manero", "para que sea investigado y procesado conforme a la legislación mexicana", "2020-11-17"),
  ["d25_fgr_20201117"])

P(T, U, "The claimed ESPN interview of 6 Nov 2023 is not among the sources, and Díaz's statement of 4 Nov, another occasion, does not contain the sentence.",
  Q("en", "\"My dad is a warrior and he is coming home,\" Luis Díaz told ESPN in an interview on November 6, 2023.",
    "luis-diaz-marulanda", "My dad is a warrior and he is coming home", "2023-11-06", channel="interview", event_type="interview"),
  ["d25_ig_luisdiaz_20231104"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question ('¿Había en México alguna investigación abierta contra el general Cienfuegos?') put as López Obrador's own statement; he answers 'No. En México no había ninguna investigación abierta contra el general'.",
  Q("es", "«En México ya había una investigación abierta contra el general Cienfuegos», reconoció López Obrador en su conferencia matutina del 16 de octubre de 2020.",
    "andres-manuel-lopez-obrador", "En México ya había una investigación abierta contra el general Cienfuegos", "2020-10-16",
    channel="press_conference", event_type="press_conference"),
  ["d25_presidencia_20201016"])

P(T, U, "The words are the reporter's, relaying Frederiksen's reaction ('the Prime Minister of Denmark says she is disappointed and surprised'), in the White House transcript of 21 Aug 2019; Trump neither adopts nor denies them.",
  Q("es", "«Estoy decepcionado y sorprendido», dijo Donald Trump el 21 de agosto de 2019 en los jardines de la Casa Blanca, al ser preguntado por la visita a Dinamarca.",
    "donald-trump", "Estoy decepcionado y sorprendido", "2019-08-21"),
  ["d25_wh_20190821"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Press Office's statement of 28 Dec 2022 records Pope Francis's visit 'at the end of this morning's General Audience'; nothing records a visit on the 29th, and nothing in the claim pins the visit of the 28th.",
  E("es", "El papa Francisco visitó a Benedicto XVI en el Monasterio Mater Ecclesiae el 29 de diciembre de 2022.",
    "el papa Francisco visitó a Benedicto XVI en el Monasterio Mater Ecclesiae", "2022-12-29", ["pope-francis"], event_type="visit"),
  ["d25_hspo_20221228"])

P(T, C, "López Obrador's own turn of 15 Jan 2021 says the decision is one 'que el gobierno que represento secunda; es decir, avala, respalda'; the FGR's comunicado of the 14th, the day before, sits next to it without moving it.",
  S("en", "Mexican President Andrés Manuel López Obrador backed on January 15, 2021 his Attorney General's decision not to prosecute General Salvador Cienfuegos.",
    "andres-manuel-lopez-obrador", "López Obrador backed the Attorney General's decision not to prosecute Cienfuegos", "2021-01-15"),
  ["d25_fgr_20210114", "d25_presidencia_20210115"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The White House statement of 31 Dec 2022 records President Biden's words ('He will be remembered as a renowned theologian, with a lifetime of devotion to the Church'); no source records Vice President Harris saying them, which the statement neither confirms nor excludes.",
  Q("es", "«Será recordado como un teólogo de renombre, con toda una vida de entrega a la Iglesia», dijo de Benedicto XVI la vicepresidenta de Estados Unidos, Kamala Harris, el 31 de diciembre de 2022.",
    "kamala-harris", "Será recordado como un teólogo de renombre, con toda una vida de entrega a la Iglesia", "2022-12-31"),
  ["d25_wh_20221231"])

P(T, C, "Sunak's own post of 31 Dec 2022 says Benedict XVI 'was a great theologian'; Biden's statement of the same day, another leader's, sits next to it without moving it.",
  Q("en", "\"He was a great theologian,\" British Prime Minister Rishi Sunak wrote on Twitter on December 31, 2022, recalling Benedict XVI's visit to the UK in 2010.",
    "rishi-sunak", "He was a great theologian", "2022-12-31", channel="x", event_type="post"),
  ["d25_wh_20221231", "d25_x_sunak_20221231"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "The FGR's comunicado of 14 Jan 2021 says it 'determinó el no ejercicio de la acción penal'; the joint statement of 17 Nov 2020 on the dismissal of the U.S. charges, a similar headline, sits next to it without moving it.",
  S("es", "La Fiscalía General de la República anunció el 14 de enero de 2021 que no ejercerá acción penal contra el general Salvador Cienfuegos.",
    "fgr", "la FGR no ejercerá acción penal contra el general Salvador Cienfuegos", "2021-01-14"),
  ["d25_fgr_20201117", "d25_fgr_20210114"])

P(T, U, "The Casa Real's comunicado of 3 Aug 2020 is about Don Juan Carlos's move and says nothing of an inheritance; the King's renunciation of his father's inheritance is another, earlier announcement that no document here records.",
  S("en", "Spain's Royal Household announced on August 3, 2020 that King Felipe VI was renouncing his father's inheritance.",
    "spain-royal-household", "King Felipe VI was renouncing his father's inheritance", "2020-08-03"),
  ["d25_casareal_20200803"])

P(T, U, "wrong act: Trump's own turns at Morristown on 18 Aug 2019 say 'we'll talk to them a little bit' and 'It's not number one on the burner'; a formal offer is another step, which the transcript neither reports nor plainly rules out.",
  S("en", "Donald Trump said on August 18, 2019 that the United States had made Denmark a formal offer to buy Greenland.",
    "donald-trump", "the United States had made Denmark a formal offer to buy Greenland", "2019-08-18"),
  ["d25_wh_20190818"])

P(T, U, "wrong act: the Press Office's statement of 31 Dec 2022 announces a funeral presided over by Pope Francis 'in the sign of simplicity'; a state funeral is another kind of ceremony, which the statement neither reports nor rules out.",
  S("en", "The Vatican announced on December 31, 2022 that Benedict XVI would be given a state funeral.",
    "holy-see-press-office", "Benedict XVI would be given a state funeral", "2022-12-31"),
  ["d25_hspo_20221231_en"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Casa Real's comunicado of 17 Aug 2020 reports the move in the Household's voice and quotes no one; it does not confirm a sentence quoted from Don Juan Carlos.",
  Q("es", "«Me encuentro bien y volveré a España cuando sea oportuno», aseguró Juan Carlos I, según el comunicado que la Casa Real difundió el 17 de agosto de 2020.",
    "juan-carlos-i", "Me encuentro bien y volveré a España cuando sea oportuno", "2020-08-17", channel="press_release",
    confirmed_by="spain-royal-household"),
  ["d25_casareal_20200817"])

P(T, U, "The delegation's comunicado of 9 Nov 2023 reports the release in its own voice and quotes no one; it does not confirm a sentence quoted from Luis Manuel Díaz.",
  Q("en", "\"I'm fine, thank God,\" Luis Manuel Díaz said after his release on November 9, 2023, according to the Colombian government's peace delegation.",
    "luis-manuel-diaz", "I'm fine, thank God", "2023-11-09", channel="press_release",
    confirmed_by="delegacion-gobierno-dialogos-eln"),
  ["d25_gob_co_20231109"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only the Associated Press, a media outlet, reports Frederiksen's words to Sermitsiaq; no primary or official source is among this pair's documents.",
  Q("en", "\"Greenland is not for sale. Greenland is not Danish. Greenland belongs to Greenland,\" Danish Prime Minister Mette Frederiksen said on August 18, 2019.",
    "mette-frederiksen", "Greenland is not for sale. Greenland is not Danish. Greenland belongs to Greenland.", "2019-08-18"),
  ["d25_ap_20190818"])

P(T, U, "Only BBC Sport, a media outlet, reports the goal and the message on the T-shirt; no primary or official source is among this pair's documents.",
  E("es", "Luis Díaz marcó el 5 de noviembre de 2023 el empate del Liverpool en Luton y mostró una camiseta con el mensaje «Libertad para papá».",
    "Luis Díaz marcó en Luton y mostró una camiseta con el mensaje «Libertad para papá»", "2023-11-05", ["luis-diaz-marulanda"]),
  ["d25_bbc_20231105"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Pope Francis's words are in the Holy See's text of the General Audience of 28 Dec 2022; no post of his is among the sources, and the claim is about X.",
  Q("es", "«Recuérdenlo: está muy enfermo», escribió el papa Francisco en X el 28 de diciembre de 2022, al pedir oraciones por Benedicto XVI.",
    "pope-francis", "Recuérdenlo: está muy enfermo", "2022-12-28", channel="x", event_type="post"),
  ["d25_vatican_audience_20221228"])

P(T, U, "López Obrador's words are in the versión estenográfica of his press conference of 16 Oct 2020; no post of his is among the sources, and the claim is about X.",
  Q("en", "López Obrador wrote on Twitter on October 16, 2020 that the arrest of General Cienfuegos was \"an unequivocal sign of the decay of the regime.\"",
    "andres-manuel-lopez-obrador", "an unequivocal sign of the decay of the regime", "2020-10-16", channel="x", event_type="post"),
  ["d25_presidencia_20201016"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here the letter in fact says 'siempre he querido lo mejor para España y para la Corona', which does not change the label).",
  S("en", "In the letter released on August 3, 2020, Juan Carlos I did not mention the Crown.",
    "juan-carlos-i", "the letter did not mention the Crown", "2020-08-03", absence=True),
  ["d25_casareal_20200803"])

P(T, U, "Absence claims are always unverified (here Frederiksen's remarks in fact speak of 'a stronger strategic partnership with the United States in the Arctic', which does not change the label).",
  S("es", "Mette Frederiksen no mencionó el Ártico en su reacción del 21 de agosto de 2019 a la decisión de Trump de no viajar a Dinamarca.",
    "mette-frederiksen", "Frederiksen no mencionó el Ártico", "2019-08-21", absence=True),
  ["d25_stm_20190821"])
