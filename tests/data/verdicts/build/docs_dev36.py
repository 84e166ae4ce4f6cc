"""Source documents for the thirty-sixth development set (dev36.json).

Every document here is about an event of 2000 to 2015 that neither the first set (train/dev/test)
nor dev2 to dev34 uses, so that dev36 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev35, written at the same time, keeps to events of 2016 to 2025; this set keeps to
2000 to 2015, and in the event to 2009, 2013 and 2015, on days on which no earlier set has a
document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the International Olympic Committee's release, La Moncloa's transcripts and notes, the
Brazilian presidency's English text of Lula's statement, the Falkland Islands Government's feed
item, GOV.UK's statement, the Argentine Public Prosecutor's Office's feed item, Cristina Fernández
de Kirchner's letters on Facebook, the Casa Rosada's transcript, Lufthansa's release and press
conference, the Élysée's English texts, the Marseille prosecutor's press conference in English, the
Greek Interior Ministry's results, the Greek Prime Minister's address, Yanis Varoufakis's blog, the
Eurogroup president's statement, media articles). Nothing here is a verbatim copy of a real
document: short phrases that public reporting widely quotes are kept close to the original where a
pair depends on them. It shares only the way documents are written down (doclib.py) with the other
sets.
"""

from __future__ import annotations

from doclib import Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

CPH = "Europe/Copenhagen"
MAD = "Europe/Madrid"
SAO = "America/Sao_Paulo"
STANLEY = "Atlantic/Stanley"
LON = "Europe/London"
BA = "America/Argentina/Buenos_Aires"
PAR = "Europe/Paris"
BER = "Europe/Berlin"
ATH = "Europe/Athens"
BRU = "Europe/Brussels"


# =============================================================================================
# 2009-10-02 (Friday)     The 121st IOC Session, at the Bella Center in Copenhagen (UTC+2), elects
#                         Rio de Janeiro host of the 2016 Games: first round Madrid 28, Rio 26, Tokyo
#                         22, Chicago 18 (Chicago out); second round Rio 46, Madrid 29, Tokyo 20
#                         (Tokyo out); third round Rio 66, Madrid 32. Zapatero's declarations in
#                         Copenhagen; Lula's statement there (the Brazilian presidency's English text)
# =============================================================================================

D("d36_ioc_20091002",
  url="https://www.olympic.org/news/rio-de-janeiro-elected-as-host-city-of-the-games-of-the-xxxi-olympiad-2016",
  kind="press_release", lang="en", publisher="ioc", author="ioc",
  author_name="International Olympic Committee",
  title="Rio de Janeiro elected as Host City of the Games of the XXXI Olympiad in 2016 (Copenhagen, 2 October 2009)",
  published_at="2009-10-02", tz=CPH, passages=[
      "The International Olympic Committee (IOC) today elected Rio de Janeiro as the Host City of the Games of the XXXI Olympiad in 2016. The vote took place at the 121st IOC Session, held at the Bella Center in Copenhagen, after the final presentations of the four Candidate Cities.",
      "Rio de Janeiro was elected in the third round of voting, with 66 votes against 32 for Madrid.",
      "In the first round, Madrid received 28 votes, Rio de Janeiro 26, Tokyo 22 and Chicago 18, and Chicago was eliminated. In the second round, Rio de Janeiro received 46 votes, Madrid 29 and Tokyo 20, and Tokyo was eliminated.",
      "The 2016 Games will be the first Olympic Games ever held in South America.",
  ])

D("d36_moncloa_zp_20091002",
  url="http://www.lamoncloa.gob.es/Presidente/Intervenciones/Declaraciones/2009/prdc20091002.htm",
  kind="transcript", lang="es", publisher="spain-presidency", author="jose-luis-rodriguez-zapatero",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaraciones del presidente del Gobierno, José Luis Rodríguez Zapatero, tras la elección de la sede de los Juegos Olímpicos de 2016 (Copenhague, 2 de octubre de 2009)",
  published_at="2009-10-02", tz=CPH, verbatim=True, passages=[
      ("jose-luis-rodriguez-zapatero", "Quiero, en primer lugar, felicitar a Río de Janeiro, al pueblo de Brasil y al presidente Lula, porque por primera vez los Juegos irán a Sudamérica, y eso es una buena noticia para el olimpismo."),
      ("jose-luis-rodriguez-zapatero", "Madrid ha presentado una candidatura extraordinaria. Madrid ha llegado hasta la última votación y nos vamos con la cabeza bien alta."),
      ("jose-luis-rodriguez-zapatero", "Quiero agradecer a Su Majestad el Rey su apoyo y su presencia aquí en Copenhague, y a todos los madrileños y a todos los españoles que han creído en este proyecto."),
  ])

D("d36_planalto_lula_20091002",
  url="http://www.biblioteca.presidencia.gov.br/presidencia/ex-presidentes/luiz-inacio-lula-da-silva/discursos/2o-mandato/2009/statement-copenhagen-02-10-2009-en",
  kind="transcript", lang="en", publisher="brazil-presidency", author="lula-da-silva",
  author_name="Presidency of the Republic of Brazil (English version)",
  title="Statement by President Luiz Inácio Lula da Silva after the election of Rio de Janeiro as host of the 2016 Olympic Games (Copenhagen, October 2, 2009)",
  published_at="2009-10-02", tz=CPH, verbatim=True, passages=[
      ("lula-da-silva", "Today I felt more proud of being Brazilian than ever before."),
      ("lula-da-silva", "Brazil has left behind the status of a second-class country and has become a first-class country. Today we have earned our international citizenship."),
      ("lula-da-silva", "These will not be only Brazil's Games. They will be the Games of all of South America, a continent that had never hosted them."),
  ])



# =============================================================================================
# 2013-03-10/11 (Sunday-Monday)  Referendum in the Falkland Islands on keeping their status as an
#                         Overseas Territory of the United Kingdom; the result is declared in Stanley
#                         on the night of the 11th (UTC-3): 1,513 votes (99.8%) in favour, 3 against,
#                         turnout 92%; the Falkland Islands Government's feed item at 23:40 in Stanley,
#                         02:40 UTC on the 12th (the minute is ours)
# 2013-03-12 (Tuesday)    David Cameron's statement; Clarín on the Argentine government's rejection
#                         (media only)
# =============================================================================================

D("d36_fig_20130311",
  url="http://www.falklands.gov.fk/referendum-2013-result-declared/",
  kind="press_release", lang="en", publisher="falklands-government", author="falklands-government",
  author_name="Falkland Islands Government - News",
  title="Referendum 2013: result declared",
  published_at="2013-03-12T02:40:00+00:00", tz=STANLEY, passages=[
      "The result of the referendum on the political status of the Falkland Islands was declared tonight in Stanley, at the end of two days of polling on 10 and 11 March.",
      "Voters were asked: 'Do you wish the Falkland Islands to retain their current political status as an Overseas Territory of the United Kingdom?'",
      "1,513 votes (99.8%) were cast in favour and 3 against. Turnout was 92%.",
  ])

D("d36_pmo_cameron_20130312",
  url="https://www.gov.uk/government/news/prime-ministers-statement-on-the-falkland-islands-referendum",
  kind="press_release", lang="en", publisher="uk-pmo", author="david-cameron",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Prime Minister's statement on the Falkland Islands referendum (12 March 2013)",
  published_at="2013-03-12", tz=LON, passages=[
      ("david-cameron", "The Falkland Islanders could not have spoken more clearly. They want to remain British and that view should be respected by everybody, including Argentina."),
      ("david-cameron", "Britain will always be there for the Falkland Islanders, and we will always respect their right to decide their own future."),
  ])

MEDIA("d36_clarin_20130312",
      url="http://www.clarin.com/politica/Gobierno-referendum-Malvinas-validez_0_882511864.html",
      lang="es", title="Para el Gobierno, el referéndum en Malvinas no tiene validez", outlet="Clarín",
      date="2013-03-12", tz=BA, passages=[
          "El Gobierno argentino sostuvo que la consulta realizada en las islas Malvinas carece de validez legal y no modifica la disputa de soberanía.",
          "Desde la Cancillería reiteraron el llamado al Reino Unido para que retome las negociaciones, como reclaman las resoluciones de las Naciones Unidas.",
      ])


# =============================================================================================
# 2015-01-18 (Sunday)     Prosecutor Alberto Nisman, who on the 14th had accused President
#                         Fernández de Kirchner of covering up Iran's role in the AMIA bombing, is
#                         found dead on the night of the 18th in the bathroom of his apartment in the
#                         Le Parc tower, Puerto Madero, Buenos Aires (UTC-3); he was to appear before
#                         a committee of the Chamber of Deputies on the 19th
# 2015-01-19 (Monday)     Prosecutor Viviana Fein on the preliminary autopsy (the Public Prosecutor's
#                         Office's feed item at 22:30 in Buenos Aires, 01:30 UTC on the 20th; the
#                         minute is ours); Fernández de Kirchner's first letter on Facebook; Reuters
#                         (media only)
# 2015-01-22 (Thursday)   Fernández de Kirchner's second letter on Facebook ("El suicidio (que estoy
#                         convencida) no fue suicidio")
# 2015-01-26 (Monday)     Her national broadcast announcing a bill to dissolve the Secretaría de
#                         Inteligencia and create a Federal Intelligence Agency
# =============================================================================================

D("d36_mpf_fein_20150119",
  url="https://www.fiscales.gob.ar/fiscalias/la-fiscal-viviana-fein-informo-los-resultados-preliminares-de-la-autopsia-del-fiscal-alberto-nisman/",
  kind="press_release", lang="es", publisher="ministerio-publico-fiscal-argentina", author="viviana-fein",
  author_name="Ministerio Público Fiscal - Fiscales.gob.ar",
  title="La fiscal Viviana Fein informó los resultados preliminares de la autopsia del fiscal Alberto Nisman",
  published_at="2015-01-20T01:30:00+00:00", tz=BA, passages=[
      "La fiscal Viviana Fein informó este lunes que, según los resultados preliminares de la autopsia, la muerte del fiscal Alberto Nisman fue causada por un disparo en la sien derecha, efectuado con un arma calibre 22 que fue hallada junto al cuerpo.",
      "De acuerdo con la autopsia, no se advierte la intervención de terceras personas en la muerte.",
      "Nisman fue hallado sin vida la noche del domingo 18 en el baño de su departamento de la torre Le Parc, en el barrio de Puerto Madero. La causa continúa en trámite como muerte dudosa.",
  ])

D("d36_fb_cfk_20150119",
  url="https://www.facebook.com/CFKArgentina/posts/905710609473291",
  kind="web_page", lang="es", publisher=None, author="cristina-fernandez-kirchner",
  author_name="Cristina Fernández de Kirchner (Facebook)",
  title="AMIA. Otra vez: tragedia, confusión, mentira e interrogantes",
  published_at="2015-01-19", tz=BA, passages=[
      ("cristina-fernandez-kirchner", "AMIA. Otra vez: tragedia, confusión, mentira e interrogantes."),
      ("cristina-fernandez-kirchner", "¿Qué fue lo que llevó a una persona a tomar la terrible decisión de quitarse la vida?"),
      ("cristina-fernandez-kirchner", "La denuncia del fiscal no solo se derrumba: es una absoluta mentira. Y a veinte años del atentado, las víctimas siguen esperando la verdad."),
  ])

MEDIA("d36_reuters_20150119",
      url="http://www.reuters.com/article/2015/01/19/us-argentina-prosecutor-idUSKBN0KS0E420150119",
      lang="en", title="Argentine prosecutor who accused president found dead", outlet="Reuters",
      date="2015-01-19", tz=BA, passages=[
          "BUENOS AIRES (Reuters) - Alberto Nisman, the Argentine prosecutor who last week accused President Cristina Fernandez of covering up Iran's alleged role in the 1994 bombing of a Jewish community center, was found dead in his apartment late on Sunday, hours before he was due to testify before Congress.",
          "The bombing of the AMIA center in Buenos Aires killed 85 people.",
      ])

D("d36_fb_cfk_20150122",
  url="https://www.facebook.com/CFKArgentina/posts/907235695987449",
  kind="web_page", lang="es", publisher=None, author="cristina-fernandez-kirchner",
  author_name="Cristina Fernández de Kirchner (Facebook)",
  title="Nisman: el suicidio (que estoy convencida) no fue suicidio",
  published_at="2015-01-22", tz=BA, passages=[
      ("cristina-fernandez-kirchner", "El suicidio (que estoy convencida) no fue suicidio."),
      ("cristina-fernandez-kirchner", "La verdadera operación contra el Gobierno era la muerte del fiscal después de acusar a la Presidenta."),
      ("cristina-fernandez-kirchner", "No tengo pruebas, pero tampoco tengo dudas."),
  ])

D("d36_casarosada_cfk_20150126",
  url="http://www.casarosada.gob.ar/informacion/archivo/28254-cadena-nacional-de-la-presidenta-cristina-fernandez",
  kind="transcript", lang="es", publisher="argentina-presidency", author="cristina-fernandez-kirchner",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Cadena nacional de la Presidenta de la Nación, Cristina Fernández de Kirchner (26 de enero de 2015)",
  published_at="2015-01-26", tz=BA, verbatim=True, passages=[
      ("cristina-fernandez-kirchner", "Voy a enviar al Congreso de la Nación un proyecto de ley para disolver la Secretaría de Inteligencia y crear la Agencia Federal de Inteligencia."),
      ("cristina-fernandez-kirchner", "El director y el subdirector de la nueva agencia serán designados por el Poder Ejecutivo con acuerdo del Senado."),
      ("cristina-fernandez-kirchner", "Es una deuda de la democracia que tenemos que saldar."),
  ])


# =============================================================================================
# 2015-03-24 (Tuesday)    Germanwings flight 4U 9525 from Barcelona to Düsseldorf, an Airbus A320
#                         with 144 passengers and six crew members, crashes in the French Alps; La
#                         Moncloa's note (three days of official mourning); Lufthansa's release
#                         (Paris, Madrid and Berlin at UTC+1 before summer time began on the 29th)
# 2015-03-25 (Wednesday)  Hollande, Merkel and Rajoy at Seyne-les-Alpes (the Élysée's English
#                         text); El País on the pupils of Haltern (media only)
# 2015-03-26 (Thursday)   The Marseille prosecutor Brice Robin's press conference (the co-pilot,
#                         Andreas Lubitz, 28, refused to open the cockpit door and started the
#                         descent); Carsten Spohr's press conference for Lufthansa
# =============================================================================================

D("d36_moncloa_20150324",
  url="http://www.lamoncloa.gob.es/presidente/actividades/Paginas/2015/240315-accidenteaereo.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="El Gobierno decreta tres días de luto oficial por el accidente del avión de Germanwings (24 de marzo de 2015)",
  published_at="2015-03-24", tz=MAD, passages=[
      "El avión de Germanwings que cubría el vuelo entre Barcelona y Düsseldorf, un Airbus A320 con 144 pasajeros y seis tripulantes a bordo, se ha estrellado esta mañana en los Alpes franceses.",
      "El presidente del Gobierno, Mariano Rajoy, ha trasladado sus condolencias a las familias de las víctimas y ha anunciado que el Gobierno decreta tres días de luto oficial.",
      "Rajoy se desplazará mañana a la zona del accidente, donde estará con el presidente de la República Francesa, François Hollande, y con la canciller alemana, Angela Merkel.",
  ])

D("d36_lufthansa_20150324",
  url="https://newsroom.lufthansagroup.com/en/statement-germanwings-flight-4u-9525-24-march-2015/",
  kind="press_release", lang="en", publisher="lufthansa", author="lufthansa",
  author_name="Lufthansa Group - Newsroom",
  title="Statement on Germanwings flight 4U 9525 (24 March 2015)",
  published_at="2015-03-24", tz=BER, passages=[
      "Germanwings flight 4U 9525 from Barcelona to Düsseldorf, operated with an Airbus A320, crashed today in the French Alps.",
      ("carsten-spohr", "Flight 4U 9525 was carrying 144 passengers and six crew members. We do not yet know what has happened. My deepest sympathy goes to the families and friends of our passengers and crew."),
      "Lufthansa and Germanwings have set up a telephone hotline for the families of those on board.",
  ])

D("d36_elysee_20150325",
  url="http://www.elysee.fr/communiques-de-presse/article/seyne-les-alpes-25-march-2015-en/",
  kind="press_release", lang="en", publisher="france-presidency", author="france-presidency",
  author_name="Élysée - Présidence de la République (English version)",
  title="The President of the Republic in Seyne-les-Alpes with Chancellor Merkel and President Rajoy (25 March 2015)",
  published_at="2015-03-25", tz=PAR, passages=[
      "The President of the Republic, François Hollande, the Federal Chancellor of Germany, Angela Merkel, and the President of the Government of Spain, Mariano Rajoy, went today to Seyne-les-Alpes, near the site of the crash of the Germanwings aircraft.",
      "They met the rescue teams, the gendarmes and the mountain rescuers working on the site, and paid tribute to the 150 victims. The three leaders expressed the determination of their countries to establish the full truth about the causes of the disaster.",
  ])

MEDIA("d36_elpais_20150325",
      url="https://elpais.com/ccaa/2015/03/25/catalunya/1427301234_567890.html",
      lang="es", title="Los alumnos de Haltern volvían de un intercambio en Llinars del Vallès", outlet="El País",
      date="2015-03-25", tz=MAD, passages=[
          "Entre los pasajeros del vuelo de Germanwings viajaban 16 alumnos y dos profesoras del instituto Joseph-König de Haltern am See, en Alemania.",
          "Los estudiantes regresaban de una semana de intercambio con el Institut Giola de Llinars del Vallès (Barcelona).",
      ])

D("d36_robin_20150326",
  url="http://www.ca-aixenprovence.justice.fr/tgi-marseille/conference-de-presse-procureur-26-mars-2015-en",
  kind="transcript", lang="en", publisher="marseille-prosecutor", author="brice-robin",
  author_name="Procureur de la République de Marseille (English translation)",
  title="Press conference by the Marseille public prosecutor, Brice Robin, on the crash of flight 4U 9525 (Marseille, 26 March 2015)",
  published_at="2015-03-26", tz=PAR, verbatim=True, passages=[
      ("brice-robin", "(As interpreted.) The co-pilot was alone at the controls. He voluntarily refused to open the door of the cockpit to the captain and activated the button that commands the loss of altitude."),
      ("brice-robin", "(As interpreted.) The co-pilot is Andreas Lubitz, 28 years old, of German nationality. His breathing was normal until the impact. He did not say a single word."),
      ("brice-robin", "(As interpreted.) The most plausible interpretation is that he showed an intention to destroy this aircraft. The victims only realised at the very last moment."),
      ("brice-robin", "(As interpreted.) Nothing at this stage suggests that this is a terrorist act."),
  ])

D("d36_spohr_20150326",
  url="https://newsroom.lufthansagroup.com/en/press-conference-carsten-spohr-26-march-2015/",
  kind="transcript", lang="en", publisher="lufthansa", author="carsten-spohr",
  author_name="Lufthansa Group - Newsroom",
  title="Press conference with Carsten Spohr, Chairman and CEO of Deutsche Lufthansa AG, on flight 4U 9525 (26 March 2015)",
  published_at="2015-03-26", tz=BER, verbatim=True, passages=[
      ("carsten-spohr", "In our worst nightmares, we could not have imagined that a tragedy like this could happen in our company."),
      ("carsten-spohr", "He was 100 percent flight-worthy without any restrictions. He passed all the medical and flying tests."),
      ("carsten-spohr", "Six years ago, there was an interruption of several months in his training. After that, he resumed it and passed every test."),
  ])


# =============================================================================================
# 2015-07-05 (Sunday)     Greek referendum on the proposal of the European Commission, the ECB and
#                         the IMF at the Eurogroup of 25 June: No 61.31%, Yes 38.69%, turnout 62.50%
#                         (Athens at UTC+3); Tsipras's televised address; the Eurogroup president's
#                         statement (Brussels, UTC+2)
# 2015-07-06 (Monday)     Varoufakis's blog post "Minister No More!"; the Interior Ministry's final
#                         results; Hollande and Merkel at the Élysée (a euro summit called for
#                         Tuesday the 7th)
# =============================================================================================

D("d36_greece_interior_20150706",
  url="http://www.referendum2015gov.gr/en/results/",
  kind="press_release", lang="en", publisher="greece-interior", author="greece-interior",
  author_name="Hellenic Republic - Ministry of Interior",
  title="Referendum of 5 July 2015 - Final results",
  published_at="2015-07-06", tz=ATH, passages=[
      "Question put to the people in the referendum of Sunday 5 July 2015: should the draft agreement submitted by the European Commission, the European Central Bank and the International Monetary Fund at the Eurogroup of 25 June 2015 be accepted?",
      "Final results, all polling stations counted: NOT ACCEPTED / NO 61.31%; ACCEPTED / YES 38.69%. Turnout: 62.50%.",
  ])

D("d36_tsipras_20150705",
  url="http://www.primeminister.gov.gr/english/2015/07/05/address-by-prime-minister-alexis-tsipras-on-the-referendum-result/",
  kind="transcript", lang="en", publisher="greece-pmo", author="alexis-tsipras",
  author_name="Prime Minister of the Hellenic Republic (English version)",
  title="Address by Prime Minister Alexis Tsipras on the result of the referendum (Athens, 5 July 2015)",
  published_at="2015-07-05", tz=ATH, verbatim=True, passages=[
      ("alexis-tsipras", "Today you made a very brave choice. The mandate you have given me is not a mandate of rupture with Europe, but a mandate to strengthen our negotiating position in order to seek a viable solution."),
      ("alexis-tsipras", "From tomorrow, Greece will return to the negotiating table, and our first priority will be to restore the functioning of the banking system."),
      ("alexis-tsipras", "This time the debt will be on the table."),
  ])

D("d36_eurogroup_20150705",
  url="http://www.consilium.europa.eu/en/press/press-releases/2015/07/05-eurogroup-president-statement-greece/",
  kind="press_release", lang="en", publisher="eurogroup", author="jeroen-dijsselbloem",
  author_name="Eurogroup - Statement by the President",
  title="Statement by the Eurogroup President on the Greek referendum (Brussels, 5 July 2015)",
  published_at="2015-07-05", tz=BRU, passages=[
      ("jeroen-dijsselbloem", "I take note of the outcome of the Greek referendum. This result is very regrettable for the future of Greece."),
      ("jeroen-dijsselbloem", "For recovery of the Greek economy, difficult measures and reforms are inevitable. We will now wait for initiatives of the Greek authorities."),
  ])

D("d36_varoufakis_20150706",
  url="https://www.yanisvaroufakis.eu/2015/07/06/minister-no-more/",
  kind="web_page", lang="en", publisher=None, author="yanis-varoufakis",
  author_name="Yanis Varoufakis (blog)",
  title="Minister No More!",
  published_at="2015-07-06", tz=ATH, passages=[
      ("yanis-varoufakis", "Soon after the announcement of the referendum results, I was made aware of a certain preference by some Eurogroup participants, and assorted 'partners', for my 'absence' from its meetings; an idea that the Prime Minister judged to be potentially helpful to him in reaching an agreement. For this reason I am leaving the Ministry of Finance today."),
      ("yanis-varoufakis", "I consider it my duty to help Alexis Tsipras exploit, as he sees fit, the capital that the Greek people granted us through yesterday's referendum."),
      ("yanis-varoufakis", "And I shall wear the creditors' loathing with pride."),
  ])

D("d36_elysee_20150706",
  url="http://www.elysee.fr/declarations/article/declarations-conjointes-hollande-merkel-6-juillet-2015-en/",
  kind="transcript", lang="en", publisher="france-presidency", author="france-presidency",
  author_name="Élysée - Présidence de la République (English version)",
  title="Joint statements to the press by the President of the Republic and the Chancellor of Germany (Élysée Palace, Paris, 6 July 2015)",
  published_at="2015-07-06", tz=PAR, verbatim=True, passages=[
      ("francois-hollande", "(As interpreted.) The door is open to discussions. It is now up to the Greek government to make serious and credible proposals."),
      ("angela-merkel", "(As interpreted.) We respect the vote of the Greek people. But at this moment the conditions for entering into negotiations on a new programme of the European Stability Mechanism are not in place."),
      ("francois-hollande", "(As interpreted.) The euro summit will meet tomorrow, Tuesday, in Brussels."),
  ])

