"""Claims, labels and notes of the twenty-eighth development set (dev28.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev26), applied to the documents in docs_dev28.py alone,
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

P(T, C, "Acebes's own turn in the Interior Ministry's transcript of midday on 11 Mar 2004 says 'El Gobierno no tiene ninguna duda de que la responsable de estos atentados es la organización terrorista ETA'.",
  S("es", "El ministro del Interior, Ángel Acebes, aseguró el 11 de marzo de 2004, horas después de las explosiones en los trenes de Cercanías, que el Gobierno no tenía «ninguna duda» de que ETA era la responsable de los atentados.",
    "angel-acebes", "el Gobierno no tenía ninguna duda de que ETA era la responsable de los atentados", "2004-03-11"),
  ["d28_interior_20040311a"])

P(T, C, "Straw's own turns in the Hansard of 2 Mar 2000 say he decided 'not to order the extradition of Senator Pinochet to Spain' because 'he is unfit to stand trial'.",
  S("en", "British Home Secretary Jack Straw decided on March 2, 2000 not to extradite Augusto Pinochet to Spain, concluding that the former Chilean ruler was unfit to stand trial.",
    "jack-straw", "Straw decided not to extradite Pinochet to Spain because he was unfit to stand trial", "2000-03-02"),
  ["d28_hansard_20000302"])

P(T, C, "The UN's release of 11 Mar 2004 says the Council, 'unanimously adopting resolution 1530 (2004)', condemned 'the bomb attacks in Madrid, Spain, perpetrated by the terrorist group ETA'.",
  E("en", "The U.N. Security Council unanimously condemned the Madrid train bombings on March 11, 2004, in a resolution that attributed them to ETA.",
    "the Security Council unanimously condemned the Madrid bombings in a resolution that attributed them to ETA", "2004-03-11",
    ["united-nations"]),
  ["d28_un_20040311"])

P(T, C, "De la Rúa's own turn in the presidency's transcript of his national broadcast of 19 Dec 2001 says 'he decretado el estado de sitio en todo el territorio nacional'.",
  S("es", "Fernando de la Rúa anunció por cadena nacional, la noche del 19 de diciembre de 2001, que había decretado el estado de sitio en todo el país.",
    "fernando-de-la-rua", "De la Rúa había decretado el estado de sitio en todo el país", "2001-12-19"),
  ["d28_casarosada_20011219"])

P(T, C, "The Guatemalan Congress's note of Thursday 3 Sep 2015 says it accepted Pérez Molina's resignation and that Vice President Alejandro Maldonado Aguirre 'prestó juramento como presidente de la República'.",
  E("es", "Alejandro Maldonado Aguirre juró el 3 de septiembre de 2015 como presidente de Guatemala ante el Congreso, que había aceptado la renuncia de Otto Pérez Molina.",
    "Alejandro Maldonado Aguirre juró como presidente de Guatemala ante el Congreso", "2015-09-03",
    ["alejandro-maldonado-aguirre", "congreso-guatemala", "otto-perez-molina"]),
  ["d28_congreso_gt_20150903"])

P(T, C, "The Casa Rosada's note of Thursday 10 Dec 2015 says Macri swore 'ante la Asamblea Legislativa' and then received the sash and the baton 'de manos del presidente provisional del Senado, Federico Pinedo'.",
  E("es", "Mauricio Macri juró el 10 de diciembre de 2015 ante la Asamblea Legislativa y recibió después, en la Casa Rosada, la banda y el bastón de manos de Federico Pinedo, presidente provisional del Senado.",
    "Macri juró ante la Asamblea Legislativa y recibió la banda y el bastón de manos de Federico Pinedo", "2015-12-10",
    ["mauricio-macri", "federico-pinedo"]),
  ["d28_casarosada_20151210"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Zapatero's own Spanish turn at La Moncloa on 18 Apr 2004 orders that the troops in Iraq 'regresen a casa en el menor tiempo y con la mayor seguridad posibles'; the English quote is its translation.",
  Q("en", "Spanish Prime Minister José Luis Rodríguez Zapatero said on April 18, 2004 that he had ordered Spain's troops in Iraq home \"in the shortest possible time and with the greatest possible security.\"",
    "jose-luis-rodriguez-zapatero", "in the shortest possible time and with the greatest possible security", "2004-04-18"),
  ["d28_moncloa_20040418"])

P(T, C, "The UN's English release of 11 Mar 2004 condemns 'in the strongest terms' the attacks 'perpetrated by the terrorist group ETA'; the Spanish claim reports the condemnation and the attribution faithfully.",
  S("es", "El Consejo de Seguridad de la ONU condenó «en los términos más enérgicos», el 11 de marzo de 2004, los atentados de Madrid, que atribuyó en su resolución al grupo terrorista ETA.",
    "united-nations", "el Consejo de Seguridad condenó los atentados de Madrid y los atribuyó al grupo terrorista ETA", "2004-03-11"),
  ["d28_un_20040311"])

P(T, C, "Straw's own English turns of 2 Mar 2000 decide 'not to order the extradition of Senator Pinochet to Spain', who 'is unfit to stand trial'; the Spanish claim reports the decision faithfully.",
  S("es", "El ministro del Interior británico, Jack Straw, rechazó el 2 de marzo de 2000 extraditar a Augusto Pinochet a España al concluir que no estaba en condiciones de ser juzgado.",
    "jack-straw", "Straw rechazó extraditar a Pinochet a España porque no estaba en condiciones de ser juzgado", "2000-03-02"),
  ["d28_hansard_20000302"])

P(T, C, "De la Rúa's own letter of 20 Dec 2001 says 'Mi mensaje de hoy para asegurar la gobernabilidad y constituir un gobierno de unidad fue rechazado por líderes parlamentarios'; the English quote is its translation.",
  Q("en", "\"My message today to ensure governability and to form a government of unity was rejected by parliamentary leaders,\" Fernando de la Rúa wrote in his resignation letter on December 20, 2001.",
    "fernando-de-la-rua", "My message today to ensure governability and to form a government of unity was rejected by parliamentary leaders", "2001-12-20"),
  ["d28_casarosada_20011220"])

P(T, C, "Lugo's own Spanish turn of 22 Jun 2012 says 'Me someto a la decisión del Congreso y estoy dispuesto a responder siempre por mis actos como exmandatario'; the English quote is its translation.",
  Q("en", "\"I submit to the decision of Congress and I am ready to always answer for my actions as a former president,\" Fernando Lugo said on June 22, 2012, hours after the Senate removed him.",
    "fernando-lugo", "I submit to the decision of Congress and I am ready to always answer for my actions as a former president", "2012-06-22"),
  ["d28_lugo_20120622"])

P(T, C, "Macri's own Spanish turn of 10 Dec 2015 names 'tres grandes ideas: pobreza cero, derrotar al narcotráfico y unir a los argentinos'; the English quote is its translation.",
  Q("en", "\"Zero poverty, defeating drug trafficking and uniting Argentines\": Mauricio Macri restated his three goals in his inaugural address to Congress on December 10, 2015.",
    "mauricio-macri", "Zero poverty, defeating drug trafficking and uniting Argentines", "2015-12-10"),
  ["d28_macri_20151210"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "Macri's post is stamped 02:40 UTC on 23 Nov 2015, which is 23:40 on the 22nd in Buenos Aires (UTC-3); it says 'Hoy empieza una nueva etapa en la Argentina.'",
  Q("es", "«Hoy empieza una nueva etapa en la Argentina», escribió Mauricio Macri en Twitter el 22 de noviembre de 2015, la noche en que ganó el balotaje.",
    "mauricio-macri", "Hoy empieza una nueva etapa en la Argentina", "2015-11-22", channel="x", event_type="post"),
  ["d28_x_macri_20151122"])

P(T, C, "Scioli's post is stamped 00:25 UTC on 23 Nov 2015, which is 21:25 on the 22nd in Buenos Aires; it opens 'Felicito a Mauricio Macri y le deseo éxito en su gestión'.",
  S("en", "Daniel Scioli congratulated Mauricio Macri on Twitter on November 22, 2015, hours after losing Argentina's presidential runoff.",
    "daniel-scioli", "Scioli congratulated Mauricio Macri", "2015-11-22", channel="x", event_type="post"),
  ["d28_x_scioli_20151122"])

P(T, C, "The Guatemalan government's post is stamped 02:35 UTC on 24 Aug 2015, which is 20:35 on the 23rd in Guatemala City (UTC-6); it quotes the president's message to the nation: «No renunciaré». The post of his own government is taken as his channel, as dev21 took Holness's post written in his office's voice.",
  Q("en", "\"I will not resign,\" Guatemalan President Otto Pérez Molina said in a message to the nation on August 23, 2015.",
    "otto-perez-molina", "I will not resign", "2015-08-23"),
  ["d28_x_gobgt_20150823"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Paraguayan Senate's note of 22 Jun 2012 gives '39 votos a favor de la condena, 4 en contra y 2 ausencias'.",
  E("es", "El Senado paraguayo destituyó al presidente Fernando Lugo el 22 de junio de 2012 por 39 votos a favor y 4 en contra.",
    "el Senado destituyó a Fernando Lugo por 39 votos a favor y 4 en contra", "2012-06-22",
    ["senado-paraguay", "fernando-lugo"]),
  ["d28_senado_py_20120622"])

P(T, C, "The Chamber of Deputies' note of 21 Jun 2012 counts 'diecisiete personas, seis policías y once campesinos' dead at Curuguaty on 15 June, among the grounds of the accusation; the figures in words match the claim's digits.",
  E("en", "The impeachment approved by Paraguay's lower house on June 21, 2012 cited the Curuguaty eviction, in which 17 people died, six police officers and 11 peasants.",
    "the accusation cited the Curuguaty eviction, in which 17 people died: six police officers and 11 peasants", "2012-06-21",
    ["camara-diputados-paraguay", "fernando-lugo"]),
  ["d28_diputados_py_20120621"])

P(T, C, "The Guatemalan Congress's note of Tuesday 1 Sep 2015 says 'Con 132 votos a favor, el Pleno ... le retiró la inmunidad'.",
  E("en", "Guatemala's Congress voted on September 1, 2015, with 132 votes in favor, to strip President Otto Pérez Molina of his immunity.",
    "Congress stripped Otto Pérez Molina of his immunity with 132 votes in favor", "2015-09-01",
    ["congreso-guatemala", "otto-perez-molina"]),
  ["d28_congreso_gt_20150901"])

P(T, X, "De la Rúa's own turn of 19 Dec 2001 gives the state of siege 'por el término de treinta días'; 60 days is another figure for the same decree.",
  S("en", "Argentine President Fernando de la Rúa declared a 60-day state of siege across the country on December 19, 2001.",
    "fernando-de-la-rua", "De la Rúa declared a 60-day state of siege across the country", "2001-12-19"),
  ["d28_casarosada_20011219"])

P(T, X, "altered quote: Rodríguez Saá's own turn before the Legislative Assembly on 23 Dec 2001 says 'Vamos a crear un millón de puestos de trabajo'; the quote doubles the figure.",
  Q("es", "«Vamos a crear dos millones de puestos de trabajo», prometió Adolfo Rodríguez Saá ante la Asamblea Legislativa al asumir la presidencia, el 23 de diciembre de 2001.",
    "adolfo-rodriguez-saa", "Vamos a crear dos millones de puestos de trabajo", "2001-12-23"),
  ["d28_congreso_20011223"])

P(T, U, "Acebes's midday transcript of 11 Mar 2004 expresses the Government's grief for the victims but gives no death toll; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "Ángel Acebes cifró el 11 de marzo de 2004 en 192 los muertos de los atentados contra los trenes de Cercanías de Madrid.",
    "angel-acebes", "Acebes cifró en 192 los muertos de los atentados", "2004-03-11"),
  ["d28_interior_20040311a"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "The order to bring the troops home is one announcement, pinned by its content; La Moncloa's transcript dates Zapatero's declaration on Sunday 18 Apr 2004 ('esta mañana, una vez que ha tomado posesión'), not the 19th.",
  S("en", "Spanish Prime Minister José Luis Rodríguez Zapatero announced on April 19, 2004 that he had ordered the Spanish troops in Iraq to return home.",
    "jose-luis-rodriguez-zapatero", "Zapatero announced that he had ordered the troops in Iraq to return home", "2004-04-19"),
  ["d28_moncloa_20040418"])

P(T, X, "Straw's decision is one act; his own Hansard turn of 2 Mar 2000 says he told the House 'this morning' that he had decided not to order the extradition and that Pinochet had already left. The 3rd is the day Pinochet landed in Santiago, in a document not in this pair.",
  S("es", "El ministro del Interior británico, Jack Straw, anunció el 3 de marzo de 2000 que no extraditaría a Augusto Pinochet a España por motivos de salud.",
    "jack-straw", "Straw anunció que no extraditaría a Pinochet a España por motivos de salud", "2000-03-03"),
  ["d28_hansard_20000302"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The announcement is pinned by its content (Rodríguez Saá before the Legislative Assembly, the suspension of payments on the foreign debt); the Assembly's transcript dates it on 23 Dec 2001, not in January 2002.",
  S("es", "En enero de 2002, el presidente Adolfo Rodríguez Saá anunció ante la Asamblea Legislativa la suspensión del pago de la deuda externa argentina.",
    "adolfo-rodriguez-saa", "Rodríguez Saá anunció ante la Asamblea Legislativa la suspensión del pago de la deuda externa", "2002-01"),
  ["d28_congreso_20011223"])

P(T, X, "The vote is pinned by its content (132 votes, the immunity of a sitting president lifted for the first time); the Congress's note dates it on Tuesday 1 Sep 2015, not in August (August is when the prosecutors asked for it, in a document not in this pair).",
  E("en", "In August 2015, Guatemala's Congress voted to lift President Otto Pérez Molina's immunity, the first time a sitting president in the country lost it.",
    "Guatemala's Congress voted to lift President Otto Pérez Molina's immunity", "2015-08",
    ["congreso-guatemala", "otto-perez-molina"]),
  ["d28_congreso_gt_20150901"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "The oath of 10 Dec 2015 is one event; the Casa Rosada's note says Macri swore 'ante la Asamblea Legislativa, reunida en el Palacio del Congreso'. The Casa Rosada, named in the same note, is where he then received the sash and baton, as dev7 decided for Milei's oath.",
  E("en", "Mauricio Macri was sworn in as Argentina's president at the Casa Rosada on December 10, 2015.",
    "Mauricio Macri was sworn in as president at the Casa Rosada", "2015-12-10", ["mauricio-macri"]),
  ["d28_casarosada_20151210"])

P(T, X, "The suspension of 29 Jun 2012 is one decision; Mercosur's communiqué says the three presidents decided it 'reunidos hoy en Mendoza', not in Córdoba.",
  E("es", "Los presidentes del Mercosur decidieron en Córdoba, el 29 de junio de 2012, suspender a Paraguay tras la destitución de Fernando Lugo.",
    "los presidentes del Mercosur decidieron en Córdoba suspender a Paraguay", "2012-06-29", ["mercosur"]),
  ["d28_mercosur_20120629"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The handover of 10 Dec 2015 is pinned by its venue and its objects (the sash and baton at the Casa Rosada); the note says Macri received them 'de manos del presidente provisional del Senado, Federico Pinedo', not from Cristina Fernández de Kirchner.",
  E("es", "Mauricio Macri recibió la banda y el bastón presidenciales de manos de Cristina Fernández de Kirchner el 10 de diciembre de 2015.",
    "Macri recibió la banda y el bastón de manos de Cristina Fernández de Kirchner", "2015-12-10",
    ["mauricio-macri", "cristina-fernandez-kirchner"]),
  ["d28_casarosada_20151210"])

P(T, X, "The decision of 29 Jun 2012 in Mendoza is pinned; Mercosur's communiqué names its three signatories as Cristina Fernández de Kirchner, Dilma Rousseff and José Mujica. Venezuela's incorporation, decided the same day, was to take effect on 31 July, and Chávez is not among them.",
  E("en", "Cristina Fernández de Kirchner, Dilma Rousseff and Hugo Chávez agreed in Mendoza on June 29, 2012 to suspend Paraguay from Mercosur.",
    "Cristina Fernández de Kirchner, Dilma Rousseff and Hugo Chávez agreed to suspend Paraguay from Mercosur", "2012-06-29",
    ["cristina-fernandez-kirchner", "dilma-rousseff", "hugo-chavez", "mercosur"]),
  ["d28_mercosur_20120629"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Acebes's own turn on the evening of 11 Mar 2004 says 'La principal línea de investigación sigue siendo ETA': the opposite of a claim that ETA had been ruled out (an English claim against the Spanish transcript).",
  S("en", "Spain's Interior Minister Ángel Acebes said on the night of March 11, 2004 that investigators had ruled out ETA and were now focusing on Islamist militants.",
    "angel-acebes", "investigators had ruled out ETA and were focusing on Islamist militants", "2004-03-11"),
  ["d28_interior_20040311b"])

P(T, X, "Pérez Molina's own turn in his message of 23 Aug 2015 says 'No he sido parte de ella, y mucho menos he recibido un solo centavo de esos fondos': the opposite of the claim.",
  S("es", "Otto Pérez Molina admitió el 23 de agosto de 2015, en un mensaje a la nación, haber recibido dinero de la red de defraudación aduanera La Línea.",
    "otto-perez-molina", "Pérez Molina admitió haber recibido dinero de La Línea", "2015-08-23"),
  ["d28_presidencia_gt_20150823"])

P(T, X, "Mercosur's communiqué of 29 Jun 2012 says 'No se aplicarán sanciones económicas al Paraguay': the opposite of the claim (an English claim against the Spanish communiqué).",
  E("en", "Mercosur leaders imposed economic sanctions on Paraguay on June 29, 2012, as they suspended it from the bloc over Fernando Lugo's removal.",
    "Mercosur imposed economic sanctions on Paraguay", "2012-06-29", ["mercosur"]),
  ["d28_mercosur_20120629"])

P(T, X, "wrong act: the Congress's note of 21 Dec 2001 says the Legislative Assembly 'aceptó la renuncia presentada por el doctor Fernando de la Rúa'; the same act, his departure from office that day, is told as a removal by Congress.",
  E("es", "El Congreso argentino destituyó a Fernando de la Rúa el 21 de diciembre de 2001, en plena crisis económica y social.",
    "el Congreso destituyó a Fernando de la Rúa", "2001-12-21", ["congreso-argentina", "fernando-de-la-rua"]),
  ["d28_congreso_20011221"])

P(T, X, "wrong act: Lugo's own turn of 22 Jun 2012, right after the Senate's verdict, says 'Me someto a la decisión del Congreso'; the same message is told as a refusal (he calls the verdict a blow to democracy in the same message, but submits to it).",
  S("en", "Fernando Lugo refused on June 22, 2012 to accept his removal by Paraguay's Senate.",
    "fernando-lugo", "Lugo refused to accept his removal by the Senate", "2012-06-22"),
  ["d28_lugo_20120622"])

P(T, X, "wrong act: the Chilean foreign minister's statement of 2 Mar 2000 says the Government 'recibe con satisfacción la decisión' of Straw; the same statement is told as criticism.",
  S("es", "La Cancillería chilena criticó el 2 de marzo de 2000 la decisión del ministro británico Jack Straw de no extraditar a Augusto Pinochet.",
    "minrel-chile", "la Cancillería chilena criticó la decisión de Straw de no extraditar a Pinochet", "2000-03-02"),
  ["d28_minrel_20000302"])

P(T, X, "wrong act: the Congress's note of 1 Sep 2015 says the vote lifted Pérez Molina's immunity and that 'La decisión no lo separa del cargo'; the same vote is told as a removal from office, as dev20 decided for Vizcarra's suspension.",
  E("en", "Guatemala's Congress removed President Otto Pérez Molina from office on September 1, 2015.",
    "Guatemala's Congress removed Otto Pérez Molina from office", "2015-09-01",
    ["congreso-guatemala", "otto-perez-molina"]),
  ["d28_congreso_gt_20150901"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: the declaration of 18 Apr 2004 is pinned; Zapatero's own turn says 'no es previsible que se adopte una resolución de Naciones Unidas que se ajuste a las condiciones', and the quote drops the 'no'.",
  Q("es", "«Con la información de que disponemos, es previsible que se adopte una resolución de Naciones Unidas que se ajuste a las condiciones», dijo Zapatero el 18 de abril de 2004 al anunciar el regreso de las tropas de Irak.",
    "jose-luis-rodriguez-zapatero", "Con la información de que disponemos, es previsible que se adopte una resolución de Naciones Unidas que se ajuste a las condiciones", "2004-04-18"),
  ["d28_moncloa_20040418"])

P(T, X, "altered quote: Straw's Commons statement of 2 Mar 2000 is pinned; his own turn says Pinochet 'will probably not be tried anywhere', and the quote drops 'probably', turning a likelihood into a certainty.",
  Q("en", "\"The consequence of my refusal to extradite Senator Pinochet is that he will not be tried anywhere,\" Jack Straw told the House of Commons on March 2, 2000.",
    "jack-straw", "The consequence of my refusal to extradite Senator Pinochet is that he will not be tried anywhere", "2000-03-02"),
  ["d28_hansard_20000302"])

P(T, X, "altered quote: the inaugural address of 10 Dec 2015 is pinned; Macri's own turn names 'pobreza cero, derrotar al narcotráfico y unir a los argentinos', and the quote puts inflation in the place of poverty.",
  Q("es", "«Inflación cero, derrotar al narcotráfico y unir a los argentinos»: esas son las tres ideas que Mauricio Macri planteó en su discurso ante la Asamblea Legislativa el 10 de diciembre de 2015.",
    "mauricio-macri", "Inflación cero, derrotar al narcotráfico y unir a los argentinos", "2015-12-10"),
  ["d28_macri_20151210"])

P(T, U, "The claimed CNN interview of 24 Nov 2015 is not among the sources, and Macri's speech of 22 Nov, another occasion, does not contain the sentence.",
  Q("en", "\"Argentina is going to return to the world,\" Mauricio Macri told CNN in an interview on November 24, 2015.",
    "mauricio-macri", "Argentina is going to return to the world", "2015-11-24", channel="interview", event_type="interview"),
  ["d28_macri_20151122"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, X, "The words are the reporter's question ('¿Descarta el Gobierno la pista del terrorismo islamista?') put in Acebes's mouth; Acebes answers 'No. No descartamos ninguna línea de investigación'.",
  Q("es", "«Descartamos la pista del terrorismo islamista», aseguró el ministro del Interior, Ángel Acebes, la noche del 11 de marzo de 2004.",
    "angel-acebes", "Descartamos la pista del terrorismo islamista", "2004-03-11",
    channel="press_conference", event_type="press_conference"),
  ["d28_interior_20040311b"])

P(T, U, "The words are Iván Velásquez's, in his own turn of the joint press conference of 21 Aug 2015, not the Attorney General's; Aldana's turns speak of the arrest and the request for an antejuicio.",
  Q("en", "\"The evidence indicates that the president and the former vice president were at the top of the structure,\" Attorney General Thelma Aldana said on August 21, 2015.",
    "thelma-aldana", "The evidence indicates that the president and the former vice president were at the top of the structure", "2015-08-21"),
  ["d28_mp_20150821"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "Mercosur's communiqué of 29 Jun 2012 states the decision in the presidents' collective voice and quotes no one; it does not confirm a sentence quoted from Cristina Fernández de Kirchner.",
  Q("es", "«Paraguay volverá al Mercosur cuando vuelva la democracia», afirmó Cristina Fernández de Kirchner el 29 de junio de 2012 en Mendoza, según el comunicado de la cumbre.",
    "cristina-fernandez-kirchner", "Paraguay volverá al Mercosur cuando vuelva la democracia", "2012-06-29",
    channel="press_release", confirmed_by="mercosur"),
  ["d28_mercosur_20120629"])

P(T, U, "The Congress's note of 3 Sep 2015 summarises Maldonado's first message in its own voice (ministers to put their posts at his disposal, the young to keep going) and quotes no one; it does not confirm the quoted sentence.",
  Q("en", "\"I ask all ministers and senior officials to place their posts at my disposal,\" Alejandro Maldonado said after taking the oath on September 3, 2015, according to Guatemala's Congress.",
    "alejandro-maldonado-aguirre", "I ask all ministers and senior officials to place their posts at my disposal", "2015-09-03",
    channel="press_release", confirmed_by="congreso-guatemala"),
  ["d28_congreso_gt_20150903"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "La Moncloa's transcript of 18 Apr 2004 records Zapatero's declaration after Bono took office that morning; nothing records a meeting of the two on the 19th, and nothing in the claim pins one.",
  E("es", "José Luis Rodríguez Zapatero y José Bono se reunieron en La Moncloa el 19 de abril de 2004.",
    "Zapatero y Bono se reunieron en La Moncloa", "2004-04-19",
    ["jose-luis-rodriguez-zapatero", "jose-bono"], event_type="meeting"),
  ["d28_moncloa_20040418"])

P(T, C, "The Senate's note of Friday 22 Jun 2012 says it found Lugo guilty and 'lo separó de pleno derecho del cargo'; the Chamber of Deputies' accusation of the 21st sits next to it and agrees with the claim's 'a day after'.",
  E("en", "Paraguay's Senate removed President Fernando Lugo from office on June 22, 2012, a day after the lower house voted to impeach him.",
    "the Senate removed Fernando Lugo from office, a day after the lower house voted to impeach him", "2012-06-22",
    ["senado-paraguay", "fernando-lugo"]),
  ["d28_diputados_py_20120621", "d28_senado_py_20120622"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The Interior Ministry's transcript of 13 Mar 2004 records Acebes announcing the five arrests; no source records Prime Minister Aznar announcing them, which the transcript neither confirms nor excludes.",
  S("en", "Spanish Prime Minister José María Aznar announced on March 13, 2004 the arrest of five suspects, three Moroccans and two of Indian origin, over the Madrid train bombings.",
    "jose-maria-aznar", "Aznar announced the arrest of five suspects over the Madrid bombings", "2004-03-13"),
  ["d28_interior_20040313"])

P(T, C, "Franco's own turn after his oath on 22 Jun 2012 says 'Voy a gobernar hasta el 15 de agosto de 2013'; Lugo's message of the same evening sits next to it without moving it.",
  Q("es", "«Voy a gobernar hasta el 15 de agosto de 2013», dijo Federico Franco el 22 de junio de 2012, tras jurar como presidente de Paraguay.",
    "federico-franco", "Voy a gobernar hasta el 15 de agosto de 2013", "2012-06-22"),
  ["d28_lugo_20120622", "d28_franco_20120622"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Rodríguez Saá's own message of 30 Dec 2001 says 'presento mi renuncia indeclinable' and 'Hace una semana asumí la Presidencia'; De la Rúa's resignation letter of the 20th, a similar headline, sits next to it without moving it.",
  S("en", "Adolfo Rodríguez Saá resigned as Argentina's president on December 30, 2001, a week after taking office.",
    "adolfo-rodriguez-saa", "Rodríguez Saá resigned as president a week after taking office", "2001-12-30"),
  ["d28_casarosada_20011220", "d28_casarosada_20011230"])

P(T, U, "wrong act: Zapatero's declaration of 18 Apr 2004 orders that the troops 'regresen a casa en el menor tiempo y con la mayor seguridad posibles'; a withdrawal completed that day is another step, an outcome the source would have to state, which it neither reports nor rules out.",
  E("en", "Spain pulled its troops out of Iraq on April 18, 2004, hours after Zapatero's ministers took office.",
    "Spain pulled its troops out of Iraq", "2004-04-18", ["spain-government"]),
  ["d28_moncloa_20040418"])

P(T, U, "wrong act: De la Rúa's broadcast of 19 Dec 2001 announces a state of siege; sending the army into the streets is another measure, which the broadcast neither announces nor rules out.",
  S("es", "Fernando de la Rúa ordenó la noche del 19 de diciembre de 2001 sacar al Ejército a las calles para contener los saqueos.",
    "fernando-de-la-rua", "De la Rúa ordenó sacar al Ejército a las calles", "2001-12-19"),
  ["d28_casarosada_20011219"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only Clarín, a media outlet, reports that De la Rúa left the Casa Rosada by helicopter from the roof; no primary or official source is among this pair's documents.",
  E("es", "Fernando de la Rúa abandonó la Casa Rosada en helicóptero el 20 de diciembre de 2001, tras firmar su renuncia.",
    "De la Rúa abandonó la Casa Rosada en helicóptero tras firmar su renuncia", "2001-12-20", ["fernando-de-la-rua"]),
  ["d28_clarin_20011220"])

P(T, U, "Only La Tercera, a media outlet, reports that Pinochet rose from his wheelchair on landing; no primary or official source is among this pair's documents.",
  E("en", "Augusto Pinochet rose from his wheelchair and walked to embrace the army commander on landing in Santiago on March 3, 2000.",
    "Pinochet rose from his wheelchair and walked to embrace the army commander on landing in Santiago", "2000-03-03",
    ["augusto-pinochet"]),
  ["d28_latercera_20000303"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Lugo's words are in the presidency's transcript of his message of 22 Jun 2012; no post of his is among the sources, and the claim is about Twitter.",
  Q("en", "\"I submit to the decision of Congress,\" Fernando Lugo tweeted on June 22, 2012.",
    "fernando-lugo", "I submit to the decision of Congress", "2012-06-22", channel="x", event_type="post"),
  ["d28_lugo_20120622"])

P(T, U, "Macri's three ideas are in the transcript of his address to the Legislative Assembly of 10 Dec 2015; no post of his with those words is among the sources, and the claim is about X.",
  Q("es", "Mauricio Macri escribió en Twitter el 10 de diciembre de 2015: «Pobreza cero, derrotar al narcotráfico y unir a los argentinos».",
    "mauricio-macri", "Pobreza cero, derrotar al narcotráfico y unir a los argentinos", "2015-12-10", channel="x", event_type="post"),
  ["d28_macri_20151210"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Zapatero's first words are in fact 'para las víctimas del atentado del jueves', which does not change the label).",
  S("es", "José Luis Rodríguez Zapatero no mencionó a las víctimas del 11 de marzo en su discurso de la noche electoral, el 14 de marzo de 2004.",
    "jose-luis-rodriguez-zapatero", "Zapatero no mencionó a las víctimas del 11 de marzo en su discurso de la noche electoral", "2004-03-14", absence=True),
  ["d28_psoe_20040314"])

P(T, U, "Absence claims are always unverified (here Scioli in fact says he called 'el ingeniero Mauricio Macri para felicitarlo', which does not change the label).",
  S("en", "Daniel Scioli did not mention Mauricio Macri in his concession speech on November 22, 2015.",
    "daniel-scioli", "Scioli did not mention Mauricio Macri in his concession speech", "2015-11-22", absence=True),
  ["d28_scioli_20151122"])
