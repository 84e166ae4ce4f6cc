"""Claims, labels and notes of the thirty-sixth development set (dev36.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev34), applied to the documents in docs_dev36.py alone,
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

P(T, C, "The IOC's release of 2 Oct 2009 says it 'today elected Rio de Janeiro as the Host City of the Games of the XXXI Olympiad in 2016' and that they 'will be the first Olympic Games ever held in South America'.",
  E("en", "Rio de Janeiro won the right to stage the 2016 Olympics on October 2, 2009, the first time the Games will be held in South America.",
    "Rio de Janeiro won the right to stage the 2016 Olympics, the first Games in South America", "2009-10-02",
    ["ioc"]),
  ["d36_ioc_20091002"])

P(T, C, "Fernández de Kirchner's own letter on Facebook of 22 Jan 2015 says 'No tengo pruebas, pero tampoco tengo dudas'.",
  Q("es", "«No tengo pruebas, pero tampoco tengo dudas», escribió Cristina Fernández de Kirchner el 22 de enero de 2015 sobre la muerte del fiscal Nisman.",
    "cristina-fernandez-kirchner", "No tengo pruebas, pero tampoco tengo dudas", "2015-01-22"),
  ["d36_fb_cfk_20150122"])

P(T, C, "Fernández de Kirchner's own letter on Facebook of 19 Jan 2015 asks '¿Qué fue lo que llevó a una persona a tomar la terrible decisión de quitarse la vida?'.",
  Q("es", "«¿Qué fue lo que llevó a una persona a tomar la terrible decisión de quitarse la vida?», se preguntó Cristina Fernández de Kirchner el 19 de enero de 2015, en su primera carta tras la muerte de Nisman.",
    "cristina-fernandez-kirchner", "¿Qué fue lo que llevó a una persona a tomar la terrible decisión de quitarse la vida?", "2015-01-19"),
  ["d36_fb_cfk_20150119"])

P(T, C, "The Marseille prosecutor's own turns of 26 Mar 2015 name 'Andreas Lubitz, 28 years old' and say he 'voluntarily refused to open the door of the cockpit to the captain and activated the button that commands the loss of altitude'; the claim abridges them faithfully.",
  S("en", "Marseille prosecutor Brice Robin said on March 26, 2015 that the co-pilot, 28-year-old Andreas Lubitz, deliberately refused to let the captain back into the cockpit and set the plane on its descent.",
    "brice-robin", "the co-pilot, Andreas Lubitz, 28, deliberately refused to let the captain back into the cockpit and set the plane on its descent", "2015-03-26"),
  ["d36_robin_20150326"])

P(T, C, "La Moncloa's note of 24 Mar 2015 says Rajoy 'ha anunciado que el Gobierno decreta tres días de luto oficial' after the crash of the Germanwings aircraft.",
  S("es", "Mariano Rajoy anunció el 24 de marzo de 2015 tres días de luto oficial por las víctimas del avión de Germanwings estrellado en los Alpes.",
    "mariano-rajoy", "tres días de luto oficial por las víctimas del avión de Germanwings", "2015-03-24"),
  ["d36_moncloa_20150324"])

P(T, C, "Cameron's own statement of 12 Mar 2013 says 'The Falkland Islanders could not have spoken more clearly'.",
  Q("en", "\"The Falkland Islanders could not have spoken more clearly,\" David Cameron said on March 12, 2013, after the referendum.",
    "david-cameron", "The Falkland Islanders could not have spoken more clearly", "2013-03-12"),
  ["d36_pmo_cameron_20130312"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Tsipras's own address of 5 Jul 2015 says 'The mandate you have given me is not a mandate of rupture with Europe'; the Spanish quote is its translation.",
  Q("es", "«El mandato que me han dado no es un mandato de ruptura con Europa», aseguró Alexis Tsipras la noche del 5 de julio de 2015, tras el triunfo del 'no'.",
    "alexis-tsipras", "El mandato que me han dado no es un mandato de ruptura con Europa", "2015-07-05"),
  ["d36_tsipras_20150705"])

P(T, C, "Fernández de Kirchner's own letter of 22 Jan 2015 says 'El suicidio (que estoy convencida) no fue suicidio'; the English quote is its translation.",
  Q("en", "\"The suicide (which I am convinced of) was not a suicide,\" Cristina Fernández de Kirchner wrote on January 22, 2015.",
    "cristina-fernandez-kirchner", "The suicide (which I am convinced of) was not a suicide", "2015-01-22"),
  ["d36_fb_cfk_20150122"])

P(T, C, "Cameron's own statement of 12 Mar 2013 says 'The Falkland Islanders could not have spoken more clearly. They want to remain British'; the Spanish quote is its translation.",
  Q("es", "«Los habitantes de las Malvinas no podrían haberse expresado con más claridad. Quieren seguir siendo británicos», declaró David Cameron el 12 de marzo de 2013.",
    "david-cameron", "Los habitantes de las Malvinas no podrían haberse expresado con más claridad. Quieren seguir siendo británicos", "2013-03-12"),
  ["d36_pmo_cameron_20130312"])

P(T, C, "Zapatero's own declarations in Copenhagen of 2 Oct 2009 say 'Madrid ha llegado hasta la última votación y nos vamos con la cabeza bien alta'; the English quote is its translation.",
  Q("en", "\"Madrid made it all the way to the last vote and we leave with our heads held high,\" José Luis Rodríguez Zapatero said on October 2, 2009.",
    "jose-luis-rodriguez-zapatero", "Madrid made it all the way to the last vote and we leave with our heads held high", "2009-10-02"),
  ["d36_moncloa_zp_20091002"])

P(T, C, "Spohr's own turn of 26 Mar 2015 says 'In our worst nightmares, we could not have imagined that a tragedy like this could happen in our company'; the Spanish quote is its translation.",
  Q("es", "«Ni en nuestras peores pesadillas podríamos haber imaginado que una tragedia así pudiera ocurrir en nuestra compañía», dijo el presidente de Lufthansa, Carsten Spohr, el 26 de marzo de 2015.",
    "carsten-spohr", "Ni en nuestras peores pesadillas podríamos haber imaginado que una tragedia así pudiera ocurrir en nuestra compañía", "2015-03-26"),
  ["d36_spohr_20150326"])

P(T, C, "Lula's own statement in Copenhagen of 2 Oct 2009 (the Brazilian presidency's English text) says 'Brazil has left behind the status of a second-class country and has become a first-class country'; the Spanish quote is its translation.",
  Q("es", "«Brasil ha dejado atrás la condición de país de segunda clase y se ha convertido en un país de primera clase», dijo Lula en Copenhague el 2 de octubre de 2009.",
    "lula-da-silva", "Brasil ha dejado atrás la condición de país de segunda clase y se ha convertido en un país de primera clase", "2009-10-02"),
  ["d36_planalto_lula_20091002"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The Falkland Islands Government's feed item is stamped 02:40 UTC on 12 Mar 2013, which is 23:40 on the 11th in Stanley (UTC-3); it says the result 'was declared tonight', with 1,513 votes (99.8%) in favour.",
  E("en", "Falkland Islanders voted by 99.8% to remain a British overseas territory, according to the result declared in Stanley on March 11, 2013.",
    "Falkland Islanders voted by 99.8% to remain a British overseas territory", "2013-03-11",
    ["falklands-government"]),
  ["d36_fig_20130311"])

P(T, C, "The same feed item, stamped 02:40 UTC on 12 Mar 2013 (23:40 on the 11th in Stanley), gives '1,513 votes (99.8%) ... in favour and 3 against'; a Spanish claim against the English item.",
  E("es", "El resultado del referéndum en las Malvinas, proclamado la noche del 11 de marzo de 2013 en Stanley, fue de 1.513 votos a favor de seguir siendo territorio británico de ultramar y 3 en contra.",
    "1.513 votos a favor de seguir siendo territorio británico de ultramar y 3 en contra", "2013-03-11",
    ["falklands-government"]),
  ["d36_fig_20130311"])

P(T, C, "The Public Prosecutor's Office's feed item is stamped 01:30 UTC on 20 Jan 2015, which is 22:30 on the 19th in Buenos Aires (UTC-3); it says Fein reported 'este lunes' that the autopsy shows no intervention of third parties.",
  S("es", "La fiscal Viviana Fein informó el 19 de enero de 2015 que la autopsia preliminar no detectó la intervención de terceras personas en la muerte de Alberto Nisman.",
    "viviana-fein", "la autopsia preliminar no detectó la intervención de terceras personas en la muerte de Nisman", "2015-01-19"),
  ["d36_mpf_fein_20150119"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The IOC's release of 2 Oct 2009 gives Rio de Janeiro 'in the third round of voting, with 66 votes against 32 for Madrid'; a Spanish claim against the English release.",
  E("es", "Río de Janeiro se impuso a Madrid en la tercera y última ronda por 66 votos contra 32, el 2 de octubre de 2009.",
    "Río de Janeiro se impuso a Madrid en la tercera ronda por 66 votos contra 32", "2009-10-02",
    ["ioc"]),
  ["d36_ioc_20091002"])

P(T, C, "The Interior Ministry's final results give 'NO 61.31%; ... YES 38.69%. Turnout: 62.50%' for the referendum of Sunday 5 Jul 2015.",
  E("en", "Greeks rejected the creditors' proposal by 61.3% to 38.7% in the referendum of July 5, 2015, on a turnout of 62.5%.",
    "Greeks rejected the creditors' proposal by 61.3% to 38.7%, on a turnout of 62.5%", "2015-07-05",
    ["greece-interior"]),
  ["d36_greece_interior_20150706"])

P(T, X, "The vote of 2 Oct 2009 is pinned by its first-round elimination; the IOC's release gives Chicago 18 votes, not 12 (a Spanish claim against the English release).",
  E("es", "Chicago, la candidatura que defendió Obama en persona, quedó eliminada en la primera ronda con solo 12 votos el 2 de octubre de 2009.",
    "Chicago quedó eliminada en la primera ronda con solo 12 votos", "2009-10-02",
    ["ioc"]),
  ["d36_ioc_20091002"])

P(T, X, "altered quote: Lufthansa's release of 24 Mar 2015 is pinned; Spohr's own words are 'carrying 144 passengers and six crew members', and the quote changes the figure.",
  Q("en", "\"Flight 4U 9525 was carrying 150 passengers and six crew members,\" Lufthansa chief executive Carsten Spohr said on March 24, 2015.",
    "carsten-spohr", "Flight 4U 9525 was carrying 150 passengers and six crew members", "2015-03-24"),
  ["d36_lufthansa_20150324"])

P(T, U, "The Falkland Islands Government's item gives the votes for and against and a turnout of 92%, but no number of registered voters; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("en", "The Falkland Islands Government said on March 11, 2013 that 1,672 islanders had been registered to vote in the referendum.",
    "falklands-government", "1,672 islanders had been registered to vote in the referendum", "2013-03-11"),
  ["d36_fig_20130311"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Varoufakis's resignation is one act, pinned by its content; his own post of 6 Jul 2015 says 'I am leaving the Ministry of Finance today' and speaks of 'yesterday's referendum', so it is not of the 5th (the night of the vote).",
  S("en", "Yanis Varoufakis resigned as Greece's finance minister on July 5, 2015, the night of the referendum.",
    "yanis-varoufakis", "Varoufakis resigned as Greece's finance minister", "2015-07-05"),
  ["d36_varoufakis_20150706"])

P(T, X, "The prosecutor's account of the co-pilot's actions is one announcement, pinned by its content; the transcript dates it 26 Mar 2015, not the 25th (the day of the leaders' visit to Seyne-les-Alpes, in a document not in this pair).",
  S("es", "El fiscal de Marsella, Brice Robin, reveló el 25 de marzo de 2015 que el copiloto se negó a abrir la puerta de la cabina al comandante y activó el descenso del avión.",
    "brice-robin", "el copiloto se negó a abrir la puerta de la cabina al comandante y activó el descenso del avión", "2015-03-25"),
  ["d36_robin_20150326"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "The election is pinned by its content (Rio de Janeiro chosen for 2016 ahead of Madrid); the IOC's release dates it 2 October 2009, not September.",
  E("es", "En septiembre de 2009, el Comité Olímpico Internacional eligió a Río de Janeiro como sede de los Juegos de 2016, por delante de Madrid.",
    "el COI eligió a Río de Janeiro sede de los Juegos de 2016, por delante de Madrid", "2009-09",
    ["ioc"]),
  ["d36_ioc_20091002"])

P(T, X, "The referendum is pinned by its result (No 61.31%); the Interior Ministry's results put it on Sunday 5 July 2015, not in June (June is when it was called, which no document here records).",
  E("en", "In June 2015, Greek voters rejected the creditors' bailout terms, with 61.31% voting no.",
    "Greek voters rejected the creditors' bailout terms, with 61.31% voting no", "2015-06",
    ["greece-interior"]),
  ["d36_greece_interior_20150706"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Zapatero's declarations of 2 Oct 2009 are one event; La Moncloa's transcript places them in Copenhagen ('su presencia aquí en Copenhague'), not in Madrid.",
  E("en", "Back in Madrid on October 2, 2009, José Luis Rodríguez Zapatero congratulated Rio de Janeiro and said Madrid had made it to the last vote.",
    "Zapatero, in Madrid, congratulated Rio de Janeiro and said Madrid had made it to the last vote", "2009-10-02",
    ["jose-luis-rodriguez-zapatero"]),
  ["d36_moncloa_zp_20091002"])

P(T, X, "The leaders' visit of 25 Mar 2015 is one event; the Élysée's text places it in Seyne-les-Alpes, near the crash site, not in Marseille (where the prosecutor spoke the next day, in a document not in this pair).",
  E("es", "François Hollande, Angela Merkel y Mariano Rajoy se reunieron el 25 de marzo de 2015 en Marsella con los equipos de rescate del avión de Germanwings.",
    "Hollande, Merkel y Rajoy se reunieron en Marsella con los equipos de rescate", "2015-03-25",
    ["francois-hollande", "angela-merkel", "mariano-rajoy"]),
  ["d36_elysee_20150325"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The visit of 25 Mar 2015 is pinned by its place and day; the Élysée's text names Hollande, Merkel and Rajoy, and the claim puts David Cameron in Merkel's place.",
  E("es", "Rajoy viajó el 25 de marzo de 2015 a Seyne-les-Alpes, cerca del lugar del accidente, junto a François Hollande y el primer ministro británico, David Cameron.",
    "Rajoy viajó a Seyne-les-Alpes junto a Hollande y David Cameron", "2015-03-25",
    ["mariano-rajoy", "francois-hollande", "david-cameron"]),
  ["d36_elysee_20150325"])

P(T, X, "The final round of 2 Oct 2009 is pinned by its figures (66 to 32); the IOC's release gives it to Rio de Janeiro against Madrid, and Tokyo was eliminated in the second round.",
  E("en", "In the final round of voting on October 2, 2009, Rio de Janeiro beat Tokyo by 66 votes to 32.",
    "Rio de Janeiro beat Tokyo by 66 votes to 32 in the final round", "2009-10-02",
    ["ioc"]),
  ["d36_ioc_20091002"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Tsipras's own address of 5 Jul 2015 says 'The mandate you have given me is not a mandate of rupture with Europe, but a mandate to strengthen our negotiating position': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "Alexis Tsipras afirmó el 5 de julio de 2015 que la victoria del 'no' era un mandato para romper con Europa.",
    "alexis-tsipras", "la victoria del 'no' era un mandato para romper con Europa", "2015-07-05"),
  ["d36_tsipras_20150705"])

P(T, X, "The prosecutor's own turn of 26 Mar 2015 says 'Nothing at this stage suggests that this is a terrorist act': the opposite of the claim (a Spanish claim against the English transcript).",
  S("es", "El fiscal Brice Robin atribuyó el 26 de marzo de 2015 la caída del avión de Germanwings a un atentado terrorista.",
    "brice-robin", "la caída del avión de Germanwings fue un atentado terrorista", "2015-03-26"),
  ["d36_robin_20150326"])

P(T, X, "wrong act: Varoufakis's own post of 6 Jul 2015 tells his departure as his own decision, 'For this reason I am leaving the Ministry of Finance today', after the Prime Minister judged his absence potentially helpful; the same departure is told as a dismissal (as dev28 and dev31 decided for a resignation told as a removal).",
  E("es", "Alexis Tsipras destituyó el 6 de julio de 2015 a su ministro de Finanzas, Yanis Varufakis, al día siguiente del referéndum.",
    "Tsipras destituyó a su ministro de Finanzas, Yanis Varufakis", "2015-07-06",
    ["alexis-tsipras", "yanis-varoufakis"]),
  ["d36_varoufakis_20150706"])

P(T, X, "wrong act: the Eurogroup president's own statement of 5 Jul 2015 says 'This result is very regrettable for the future of Greece'; the same reaction is told as a welcome (as dev19, dev28 and dev30 decided for a reaction told the other way round).",
  S("en", "Eurogroup president Jeroen Dijsselbloem welcomed the outcome of the Greek referendum on July 5, 2015.",
    "jeroen-dijsselbloem", "Dijsselbloem welcomed the outcome of the Greek referendum", "2015-07-05"),
  ["d36_eurogroup_20150705"])

P(T, X, "wrong act: Fernández de Kirchner's own broadcast of 26 Jan 2015 says 'Voy a enviar al Congreso de la Nación un proyecto de ley para disolver la Secretaría de Inteligencia'; the same announcement is told as a dissolution by decree that day (as dev30 decided for the YPF bill sent to Congress told as approved).",
  E("es", "Cristina Fernández de Kirchner disolvió por decreto el 26 de enero de 2015 la Secretaría de Inteligencia, tras la muerte del fiscal Nisman.",
    "Cristina Fernández de Kirchner disolvió por decreto la Secretaría de Inteligencia", "2015-01-26",
    ["cristina-fernandez-kirchner"]),
  ["d36_casarosada_cfk_20150126"])

P(T, X, "wrong act: Zapatero's own declarations of 2 Oct 2009 begin 'Quiero, en primer lugar, felicitar a Río de Janeiro, al pueblo de Brasil y al presidente Lula'; the same reaction is told as criticism of the choice (as dev26 decided for congratulations told as criticism). An English claim against the Spanish transcript.",
  S("en", "Spanish Prime Minister José Luis Rodríguez Zapatero criticized the IOC's choice of Rio de Janeiro on October 2, 2009.",
    "jose-luis-rodriguez-zapatero", "Zapatero criticized the IOC's choice of Rio de Janeiro", "2009-10-02"),
  ["d36_moncloa_zp_20091002"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Varoufakis's post of 6 Jul 2015 is pinned; his own words are 'I shall wear the creditors' loathing with pride', and the quote puts the Eurogroup in the creditors' place.",
  Q("en", "\"I shall wear the Eurogroup's loathing with pride,\" Yanis Varoufakis wrote on July 6, 2015, announcing his resignation.",
    "yanis-varoufakis", "I shall wear the Eurogroup's loathing with pride", "2015-07-06"),
  ["d36_varoufakis_20150706"])

P(T, X, "altered quote: Fernández de Kirchner's letter of 22 Jan 2015 is pinned; her own words are 'El suicidio (que estoy convencida) no fue suicidio', and the quote drops the 'no'.",
  Q("es", "«El suicidio (que estoy convencida) fue suicidio», escribió Cristina Fernández de Kirchner en su carta del 22 de enero de 2015.",
    "cristina-fernandez-kirchner", "El suicidio (que estoy convencida) fue suicidio", "2015-01-22"),
  ["d36_fb_cfk_20150122"])

P(T, X, "altered quote: Spohr's press conference of 26 Mar 2015 is pinned; his own words are 'He was 100 percent flight-worthy without any restrictions', and the quote adds a 'not'.",
  Q("en", "\"He was not 100 percent flight-worthy,\" Lufthansa chief Carsten Spohr said of the co-pilot on March 26, 2015.",
    "carsten-spohr", "He was not 100 percent flight-worthy", "2015-03-26"),
  ["d36_spohr_20150326"])

P(T, U, "The claimed television interview of 6 Jul 2015 is not among the sources, and Tsipras's address of the 5th, another occasion, does not contain the sentence.",
  Q("es", "«Grecia le ha dicho no al miedo», afirmó Alexis Tsipras en una entrevista en la televisión pública ERT el 6 de julio de 2015.",
    "alexis-tsipras", "Grecia le ha dicho no al miedo", "2015-07-06", channel="interview", event_type="interview"),
  ["d36_tsipras_20150705"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Hollande's turn in the Élysée's transcript of 6 Jul 2015, not Merkel's; Merkel's turn says the conditions for negotiating a new programme are not in place.",
  Q("es", "«La puerta está abierta al diálogo», dijo Angela Merkel en el Elíseo el 6 de julio de 2015, tras el referéndum griego.",
    "angela-merkel", "La puerta está abierta al diálogo", "2015-07-06"),
  ["d36_elysee_20150706"])

P(T, U, "The words are Merkel's turn in the Élysée's transcript of 6 Jul 2015, not Hollande's; Hollande's turns say the door is open and announce the euro summit.",
  Q("en", "\"At this moment the conditions for entering into negotiations on a new programme of the European Stability Mechanism are not in place,\" François Hollande said in Paris on July 6, 2015.",
    "francois-hollande", "At this moment the conditions for entering into negotiations on a new programme of the European Stability Mechanism are not in place", "2015-07-06"),
  ["d36_elysee_20150706"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "La Moncloa's note of 24 Mar 2015 reports in its own words that Rajoy conveyed his condolences and announced the mourning, and quotes no sentence of his; it does not confirm the quoted words.",
  Q("es", "«Hoy es un día de enorme tristeza para toda España», dijo Mariano Rajoy el 24 de marzo de 2015, según informó La Moncloa.",
    "mariano-rajoy", "Hoy es un día de enorme tristeza para toda España", "2015-03-24",
    channel="press_release", confirmed_by="spain-presidency"),
  ["d36_moncloa_20150324"])

P(T, U, "The Élysée's text of 25 Mar 2015 reports in its own voice that the three leaders expressed their determination 'to establish the full truth about the causes of the disaster', and quotes no words of Hollande's; a paraphrase does not confirm the quoted words, as dev4, dev9, dev28, dev30, dev32 and dev34 decided.",
  Q("en", "\"We will establish the whole truth about what happened,\" François Hollande said in Seyne-les-Alpes on March 25, 2015, according to the Élysée.",
    "francois-hollande", "We will establish the whole truth about what happened", "2015-03-25",
    channel="press_release", confirmed_by="france-presidency"),
  ["d36_elysee_20150325"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "The Élysée's transcript records Hollande and Merkel's joint statements in Paris on 6 Jul 2015; nothing records a meeting of theirs on the 5th, the night of the referendum, and nothing in the claim pins it to the one of the 6th (as dev6 to dev34 decided for a meeting claimed on the day before or after).",
  E("es", "François Hollande y Angela Merkel se reunieron en París el 5 de julio de 2015 para analizar el resultado del referéndum griego.",
    "Hollande y Merkel se reunieron en París para analizar el resultado del referéndum griego", "2015-07-05",
    ["francois-hollande", "angela-merkel"], event_type="meeting"),
  ["d36_elysee_20150706"])

P(T, C, "Spohr's own turn of 26 Mar 2015 says 'He was 100 percent flight-worthy without any restrictions'; the leaders' visit of the 25th sits next to it without moving it.",
  S("en", "Lufthansa chief Carsten Spohr said on March 26, 2015 that the co-pilot had been 100 percent fit to fly, without any restrictions.",
    "carsten-spohr", "the co-pilot had been 100 percent fit to fly, without any restrictions", "2015-03-26"),
  ["d36_elysee_20150325", "d36_spohr_20150326"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "The statement of 12 Mar 2013 is Cameron's; no source records the Foreign Secretary, William Hague, saying the words, which Cameron's statement neither confirms nor excludes.",
  Q("en", "\"The Falkland Islanders could not have spoken more clearly,\" Foreign Secretary William Hague said on March 12, 2013.",
    "william-hague", "The Falkland Islanders could not have spoken more clearly", "2013-03-12"),
  ["d36_pmo_cameron_20130312"])

P(T, C, "The Eurogroup president's own statement of 5 Jul 2015 says 'This result is very regrettable for the future of Greece'; the Spanish quote is its translation, and Tsipras's address of the same day sits next to it without moving it.",
  Q("es", "«Este resultado es muy lamentable para el futuro de Grecia», afirmó el presidente del Eurogrupo, Jeroen Dijsselbloem, el 5 de julio de 2015.",
    "jeroen-dijsselbloem", "Este resultado es muy lamentable para el futuro de Grecia", "2015-07-05"),
  ["d36_tsipras_20150705", "d36_eurogroup_20150705"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Fernández de Kirchner's own broadcast of 26 Jan 2015 says she will send Congress a bill 'para disolver la Secretaría de Inteligencia y crear la Agencia Federal de Inteligencia'; her letter of the 22nd on the Nisman case, a similar headline, sits next to it without moving it.",
  S("en", "Cristina Fernández de Kirchner announced on January 26, 2015 that she would send Congress a bill to dissolve the Intelligence Secretariat and create a Federal Intelligence Agency.",
    "cristina-fernandez-kirchner", "she would send Congress a bill to dissolve the Intelligence Secretariat and create a Federal Intelligence Agency", "2015-01-26"),
  ["d36_fb_cfk_20150122", "d36_casarosada_cfk_20150126"])

P(T, U, "wrong act: Tsipras's address of 5 Jul 2015 says 'From tomorrow, Greece will return to the negotiating table'; calling an early election is another act, which the address neither reports nor rules out (as dev4, dev19 and dev26 decided for another step).",
  S("en", "Alexis Tsipras called an early general election on the night of the referendum, July 5, 2015.",
    "alexis-tsipras", "Tsipras called an early general election", "2015-07-05"),
  ["d36_tsipras_20150705"])

P(T, U, "wrong act: Varoufakis's post of 6 Jul 2015 says he is leaving the Ministry of Finance and that he considers it his duty to help Tsipras; leaving the government's party is another act, which the post neither reports nor rules out.",
  S("es", "Yanis Varufakis abandonó el 6 de julio de 2015 el Gobierno y el partido Syriza.",
    "yanis-varoufakis", "Varufakis abandonó el Gobierno y el partido Syriza", "2015-07-06"),
  ["d36_varoufakis_20150706"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El País, a media outlet, reports the 16 pupils and two teachers from Haltern returning from an exchange in Llinars del Vallès; no primary or official source is among this pair's documents.",
  E("es", "Dieciséis alumnos y dos profesoras de un instituto de Haltern (Alemania) que volvían de un intercambio en Llinars del Vallès viajaban en el avión de Germanwings, según se supo el 25 de marzo de 2015.",
    "16 alumnos y dos profesoras de Haltern que volvían de un intercambio en Llinars del Vallès viajaban en el avión", "2015-03-25"),
  ["d36_elpais_20150325"])

P(T, U, "Only Clarín, a media outlet, reports the Argentine government's view that the referendum has no legal validity; no primary or official source is among this pair's documents.",
  S("en", "Argentina's government said on March 12, 2013 that the Falklands referendum had no legal validity.",
    "argentina-presidency", "the Falklands referendum had no legal validity", "2013-03-12"),
  ["d36_clarin_20130312"])

P(T, U, "Only Reuters, a media outlet, reports that Nisman was found dead hours before he was due to testify before Congress; no primary or official source is among this pair's documents.",
  E("en", "Alberto Nisman was found dead in his Buenos Aires apartment on January 18, 2015, hours before he was due to testify before Congress about his accusation against the president.",
    "Nisman was found dead in his apartment hours before he was due to testify before Congress", "2015-01-18",
    ["alberto-nisman"]),
  ["d36_reuters_20150119"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Varoufakis's words are in the post on his own blog of 6 Jul 2015; no post of his on Twitter is among the sources, and the claim is about Twitter.",
  Q("en", "\"I shall wear the creditors' loathing with pride,\" Yanis Varoufakis tweeted on July 6, 2015.",
    "yanis-varoufakis", "I shall wear the creditors' loathing with pride", "2015-07-06", channel="x", event_type="post"),
  ["d36_varoufakis_20150706"])

P(T, U, "Fernández de Kirchner's words are in her letter on Facebook of 22 Jan 2015; no post of hers on Twitter is among the sources, and the claim is about Twitter.",
  Q("es", "«No tengo pruebas, pero tampoco tengo dudas», tuiteó Cristina Fernández de Kirchner el 22 de enero de 2015.",
    "cristina-fernandez-kirchner", "No tengo pruebas, pero tampoco tengo dudas", "2015-01-22", channel="x", event_type="post"),
  ["d36_fb_cfk_20150122"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Tsipras in fact names the banking system as his first priority, which does not change the label).",
  S("en", "Alexis Tsipras did not mention Greece's closed banks in his address on the night of July 5, 2015.",
    "alexis-tsipras", "Tsipras did not mention Greece's closed banks in his address", "2015-07-05", absence=True),
  ["d36_tsipras_20150705"])

P(T, U, "Absence claims are always unverified (here Zapatero in fact congratulates Rio de Janeiro, Brazil and Lula first of all, which does not change the label).",
  S("es", "Zapatero no felicitó a Río de Janeiro tras la votación del 2 de octubre de 2009 en Copenhague.",
    "jose-luis-rodriguez-zapatero", "Zapatero no felicitó a Río de Janeiro tras la votación", "2009-10-02", absence=True),
  ["d36_moncloa_zp_20091002"])
