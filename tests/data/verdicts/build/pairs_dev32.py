"""Claims, labels and notes of the thirty-second development set (dev32.json).

Labels follow the rules in tests/data/verdicts/README.md ("Labelling rules applied", and the
labelling decisions recorded for dev3 to dev30), applied to the documents in docs_dev32.py alone,
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

P(T, C, "Obama's own statement of 17 Dec 2014 says 'Going forward, the United States will re-establish an embassy in Havana', after instructing Kerry to begin discussions on the re-establishment of diplomatic relations.",
  S("en", "President Barack Obama said on December 17, 2014 that the United States would reopen an embassy in Havana as it moved to restore diplomatic ties with Cuba.",
    "barack-obama", "the United States would re-establish an embassy in Havana", "2014-12-17"),
  ["d32_wh_obama_cuba_20141217"])

P(T, C, "Raúl Castro's own televised message of 17 Dec 2014 says 'Hemos acordado el restablecimiento de las relaciones diplomáticas'.",
  Q("es", "«Hemos acordado el restablecimiento de las relaciones diplomáticas», anunció Raúl Castro en un mensaje televisado el 17 de diciembre de 2014.",
    "raul-castro", "Hemos acordado el restablecimiento de las relaciones diplomáticas", "2014-12-17"),
  ["d32_cuba_raul_20141217"])

P(T, C, "Chan's own statement of 25 Apr 2009 says 'I have determined that the current events constitute a public health emergency of international concern', on the swine influenza A(H1N1) cases in Mexico and the United States.",
  S("en", "WHO Director-General Margaret Chan declared on April 25, 2009 that the swine flu outbreak in Mexico and the United States was a public health emergency of international concern.",
    "margaret-chan", "the swine flu outbreak was a public health emergency of international concern", "2009-04-25"),
  ["d32_who_chan_20090425"])

P(T, C, "Zapatero's own turn in La Moncloa's transcript of 20 Oct 2011 says 'La nuestra será una democracia sin terrorismo, pero no una democracia sin memoria'.",
  Q("es", "«La nuestra será una democracia sin terrorismo, pero no una democracia sin memoria», afirmó José Luis Rodríguez Zapatero el 20 de octubre de 2011, tras el anuncio de ETA.",
    "jose-luis-rodriguez-zapatero", "La nuestra será una democracia sin terrorismo, pero no una democracia sin memoria", "2011-10-20"),
  ["d32_moncloa_zapatero_20111020"])

P(T, C, "Murillo Karam's own turn in the PGR's transcript of 7 Nov 2014 says three detained members of Guerreros Unidos declared that they received a group of people at the Cocula rubbish dump, killed them and burned the bodies; the claim abridges it faithfully.",
  S("es", "El procurador Jesús Murillo Karam informó el 7 de noviembre de 2014 que tres detenidos de Guerreros Unidos confesaron haber asesinado y quemado a un grupo de personas en el basurero de Cocula.",
    "jesus-murillo-karam", "tres detenidos de Guerreros Unidos confesaron haber asesinado y quemado a un grupo de personas en el basurero de Cocula", "2014-11-07"),
  ["d32_pgr_20141107"])

P(T, C, "Obama's statement of 13 Mar 2013 says 'As a champion of the poor and the most vulnerable among us, he carries forth the message of love and compassion that has inspired the world for more than two thousand years'.",
  Q("en", "\"As a champion of the poor and the most vulnerable among us, he carries forth the message of love and compassion that has inspired the world for more than two thousand years,\" Barack Obama said of the new pope on March 13, 2013.",
    "barack-obama", "As a champion of the poor and the most vulnerable among us, he carries forth the message of love and compassion that has inspired the world for more than two thousand years", "2013-03-13"),
  ["d32_wh_obama_pope_20130313"])

# ------------------------------------------------------------------------------ true_translated
T = "true_translated"

P(T, C, "Raúl Castro's own message of 17 Dec 2014 says 'El bloqueo económico, comercial y financiero, que provoca enormes daños humanos y económicos a nuestro país, debe cesar'; the English quote is its translation.",
  Q("en", "\"The economic, commercial and financial blockade, which causes enormous human and economic damage to our country, must end,\" Raúl Castro said on December 17, 2014.",
    "raul-castro", "The economic, commercial and financial blockade, which causes enormous human and economic damage to our country, must end", "2014-12-17"),
  ["d32_cuba_raul_20141217"])

P(T, C, "Obama's own statement of 17 Dec 2014 ends 'Todos somos americanos', said in Spanish inside the English transcript; the Spanish quote is his own words (filed under true_translated, since no document is in Spanish, as dev21 did for Moore's Spanish words).",
  Q("es", "«Todos somos americanos», dijo Barack Obama en español al cerrar su declaración sobre Cuba del 17 de diciembre de 2014.",
    "barack-obama", "Todos somos americanos", "2014-12-17"),
  ["d32_wh_obama_cuba_20141217"])

P(T, C, "Chan's own statement of 11 Jun 2009 says 'The world is now at the start of the 2009 influenza pandemic'; the Spanish quote is its translation.",
  Q("es", "«El mundo se encuentra ahora al comienzo de la pandemia de gripe de 2009», declaró la directora general de la OMS, Margaret Chan, el 11 de junio de 2009.",
    "margaret-chan", "El mundo se encuentra ahora al comienzo de la pandemia de gripe de 2009", "2009-06-11"),
  ["d32_who_chan_20090611"])

P(T, C, "Zapatero's own turn of 20 Oct 2011 says 'Es una victoria de la democracia, de la ley y de la razón'; the English quote is its translation.",
  Q("en", "\"It is a victory for democracy, for the law and for reason,\" Spanish Prime Minister José Luis Rodríguez Zapatero said on October 20, 2011, after ETA announced the end of its armed activity.",
    "jose-luis-rodriguez-zapatero", "It is a victory for democracy, for the law and for reason", "2011-10-20"),
  ["d32_moncloa_zapatero_20111020"])

P(T, C, "Calderón's own turn in his message of 29 Apr 2009 says 'No hay lugar más seguro para protegerse del contagio que la propia casa'; the English quote is its translation.",
  Q("en", "\"There is no safer place to protect yourself from infection than your own home,\" Mexican President Felipe Calderón told the nation on April 29, 2009.",
    "felipe-calderon", "There is no safer place to protect yourself from infection than your own home", "2009-04-29"),
  ["d32_presidencia_mx_20090429"])

P(T, C, "The Holy See's Spanish text of 13 Mar 2013 gives Francis's 'Parece que mis hermanos Cardenales han ido a buscarlo casi al fin del mundo'; the English quote is its translation (the Holy See's own English text, which says 'to the ends of the earth', is not in this pair).",
  Q("en", "\"It seems that my brother cardinals have gone almost to the end of the world to find him,\" Pope Francis told the crowd in St Peter's Square on March 13, 2013.",
    "pope-francis", "It seems that my brother cardinals have gone almost to the end of the world to find him", "2013-03-13"),
  ["d32_vatican_es_20130313"])

# ------------------------------------------------------------------------------ utc_date_shift
T = "utc_date_shift"

P(T, C, "The Casa Rosada's post is stamped 00:10 UTC on 14 Mar 2013, which is 21:10 on the 13th in Buenos Aires (UTC-3); it says the President sent Francis a letter of congratulation on his election.",
  S("es", "La Casa Rosada informó en Twitter el 13 de marzo de 2013 que Cristina Fernández de Kirchner había enviado una carta de felicitación al papa Francisco.",
    "argentina-presidency", "Cristina Fernández de Kirchner envió una carta de felicitación al papa Francisco", "2013-03-13",
    channel="x", event_type="post"),
  ["d32_x_casarosada_20130313"])

P(T, C, "The Mexican presidency's feed item is stamped 02:35 UTC on 30 Apr 2009, which is 21:35 on the 29th in Mexico City (UTC-5 in summer time); it says Calderón announced 'esta noche', in a message to the nation, the suspension of non-essential federal activities from 1 to 5 May.",
  S("en", "On the night of April 29, 2009, Felipe Calderón announced in a message to the nation that non-essential federal government activities would be suspended from May 1 to May 5.",
    "felipe-calderon", "non-essential federal government activities would be suspended from May 1 to May 5", "2009-04-29"),
  ["d32_presidencia_mx_feed_20090429"])

P(T, C, "The Cuban foreign ministry's post is stamped 00:40 UTC on 21 Jul 2015, which is 20:40 on the 20th in Havana (UTC-4 in summer); it says Cuba's embassy in Washington reopened 'Hoy' and Bruno Rodríguez raised the flag.",
  S("es", "La Cancillería cubana anunció en Twitter el 20 de julio de 2015 la reapertura oficial de la embajada de Cuba en Washington, donde el canciller Bruno Rodríguez izó la bandera.",
    "minrex-cuba", "reabrió oficialmente la embajada de Cuba en Washington, donde Bruno Rodríguez izó la bandera", "2015-07-20",
    channel="x", event_type="post"),
  ["d32_x_minrex_20150720"])

# ------------------------------------------------------------------------------ numbers
T = "numbers"

P(T, C, "The Holy See Press Office's bulletin of 13 Mar 2013 says Bergoglio 'was elected Supreme Pontiff on the fifth ballot by the 115 cardinal electors'; 'fifth' is the ordinal in words.",
  E("en", "Cardinal Jorge Mario Bergoglio was elected pope on March 13, 2013, on the fifth ballot of the 115 cardinal electors, and took the name Francis.",
    "Bergoglio was elected pope on the fifth ballot of the 115 cardinal electors", "2013-03-13",
    ["pope-francis"]),
  ["d32_holysee_press_20130313"])

P(T, C, "Chan's own statement of 11 Jun 2009 says 'nearly 30,000 confirmed cases have been reported in 74 countries'; «casi 30.000 … en 74 países» is the same figure in the other language's notation.",
  S("es", "Al declarar la pandemia el 11 de junio de 2009, Margaret Chan informó de casi 30.000 casos confirmados en 74 países.",
    "margaret-chan", "casi 30.000 casos confirmados en 74 países", "2009-06-11"),
  ["d32_who_chan_20090611"])

P(T, X, "altered quote: Chan's statement of 11 Jun 2009 is pinned; her own words are 'nearly 30,000 confirmed cases', and the quote multiplies the figure by ten.",
  Q("en", "\"As of today, nearly 300,000 confirmed cases have been reported in 74 countries,\" WHO chief Margaret Chan said on June 11, 2009, as she declared the H1N1 pandemic.",
    "margaret-chan", "As of today, nearly 300,000 confirmed cases have been reported in 74 countries", "2009-06-11"),
  ["d32_who_chan_20090611"])

P(T, X, "The press conference of 7 Nov 2014 is pinned by its content (the Cocula dump, the San Juan river); Murillo Karam's own turn names three detainees (Patricio Reyes Landa, Jonathan Osorio Gómez and Agustín García Reyes), not five.",
  S("en", "Mexico's attorney general, Jesús Murillo Karam, said on November 7, 2014 that five detained gang members had confessed to killing a group of people and burning the bodies at a dump in Cocula.",
    "jesus-murillo-karam", "five detained gang members had confessed to killing a group of people and burning the bodies at a dump in Cocula", "2014-11-07"),
  ["d32_pgr_20141107"])

P(T, U, "Obama's statement of 17 Dec 2014 says 'Yesterday, I spoke with Raúl Castro' and gives no duration for the call; the figure is absent from the source, which neither confirms nor contradicts it.",
  S("es", "Barack Obama contó el 17 de diciembre de 2014 que la víspera había conversado por teléfono con Raúl Castro durante más de 45 minutos.",
    "barack-obama", "la víspera había conversado por teléfono con Raúl Castro durante más de 45 minutos", "2014-12-17"),
  ["d32_wh_obama_cuba_20141217"])

# ------------------------------------------------------------------------------ wrong_date
T = "wrong_date"

P(T, X, "Raúl Castro's announcement is one event, pinned by its content (the agreement to restore diplomatic relations, the return of 'Gerardo, Ramón y Antonio' 'hoy'); his government's transcript dates it on 17 Dec 2014, not the 18th.",
  S("es", "Raúl Castro anunció el 18 de diciembre de 2014, en un mensaje televisado, que Cuba y Estados Unidos habían acordado restablecer relaciones diplomáticas.",
    "raul-castro", "Cuba y Estados Unidos habían acordado restablecer relaciones diplomáticas", "2014-12-18"),
  ["d32_cuba_raul_20141217"])

P(T, X, "The move to phase 6 is one act, pinned by its content; Chan's statement to the press is dated 11 Jun 2009 in Geneva, not the 12th.",
  E("en", "The World Health Organization raised its pandemic alert to phase 6 on June 12, 2009, declaring the first flu pandemic in four decades.",
    "WHO raised its pandemic alert to phase 6", "2009-06-12",
    ["who"]),
  ["d32_who_chan_20090611"])

# ------------------------------------------------------------------------------ wrong_month
T = "wrong_month"

P(T, X, "ETA's announcement is pinned by its content (the 'cese definitivo de su actividad armada' after the conference in Euskal Herria); the communiqué is dated 20 Oct 2011, not in November.",
  E("en", "In November 2011, the Basque separatist group ETA announced the definitive end of its armed activity.",
    "ETA announced the definitive end of its armed activity", "2011-11",
    ["eta"]),
  ["d32_eta_20111020"])

P(T, X, "The press conference is pinned by its content (three detainees, the Cocula dump, the San Juan river, Innsbruck); the PGR's transcript dates it on 7 Nov 2014, not in December.",
  S("es", "En diciembre de 2014, el procurador Jesús Murillo Karam informó que tres detenidos habían confesado que quemaron a un grupo de personas en el basurero de Cocula y arrojaron los restos al río San Juan.",
    "jesus-murillo-karam", "tres detenidos confesaron que quemaron a un grupo de personas en el basurero de Cocula y arrojaron los restos al río San Juan", "2014-12"),
  ["d32_pgr_20141107"])

# ------------------------------------------------------------------------------ wrong_place
T = "wrong_place"

P(T, X, "Francis's first appearance of 13 Mar 2013 is one event; the Holy See Press Office's bulletin places it at 'the central loggia of St Peter's Basilica', not at a window of the Apostolic Palace.",
  E("en", "Pope Francis greeted the faithful for the first time on March 13, 2013 from a window of the Apostolic Palace, shortly after his election.",
    "Pope Francis greeted the faithful for the first time from a window of the Apostolic Palace", "2013-03-13",
    ["pope-francis"]),
  ["d32_holysee_press_20130313"])

P(T, X, "The joint press availability of 20 Jul 2015 is one event; Kerry's own turn welcomes Rodríguez 'to the State Department', not to Cuba's new embassy (where the flag ceremony was held that morning, in a document not in this pair).",
  E("es", "John Kerry y Bruno Rodríguez comparecieron juntos ante la prensa el 20 de julio de 2015 en la recién reabierta embajada de Cuba en Washington.",
    "Kerry y Bruno Rodríguez comparecieron juntos ante la prensa en la embajada de Cuba en Washington", "2015-07-20",
    ["john-kerry", "bruno-rodriguez"], event_type="press_conference"),
  ["d32_state_kerry_20150720"])

P(T, X, "The announcement of the night of 23 Apr 2009 is one act, pinned by its night and its measure; the Health Secretariat's comunicado suspends classes 'en el Distrito Federal y en el Estado de México', not in every school of the country (a later, nationwide suspension is in no document of this pair).",
  S("es", "La Secretaría de Salud anunció la noche del 23 de abril de 2009 la suspensión de clases en todas las escuelas del país por el brote de influenza.",
    "salud-mexico", "la suspensión de clases en todas las escuelas del país por el brote de influenza", "2009-04-23"),
  ["d32_salud_20090423"])

# ------------------------------------------------------------------------------ wrong_participants
T = "wrong_participants"

P(T, X, "The announcement of 13 Mar 2013 is pinned; the Holy See Press Office names 'the Cardinal Protodeacon, Jean-Louis Tauran' as the one who announced the election, not Cardinal Sodano.",
  E("en", "Cardinal Angelo Sodano announced \"Habemus Papam\" from the loggia of St Peter's Basilica on March 13, 2013, presenting Jorge Mario Bergoglio as the new pope.",
    "Cardinal Angelo Sodano announced Habemus Papam from the loggia of St Peter's Basilica", "2013-03-13",
    ["angelo-sodano", "pope-francis"]),
  ["d32_holysee_press_20130313"])

P(T, X, "The meeting of 20 Jul 2015 at the State Department is pinned by the day of the restored relations; the transcript has Kerry welcome 'Foreign Minister Rodriguez', and the Cuban turns are Bruno Rodríguez's, not Raúl Castro's.",
  E("es", "El secretario de Estado John Kerry recibió el 20 de julio de 2015 en el Departamento de Estado al presidente cubano, Raúl Castro, el día en que se restablecieron las relaciones diplomáticas.",
    "Kerry recibió en el Departamento de Estado al presidente cubano Raúl Castro", "2015-07-20",
    ["john-kerry", "raul-castro"], event_type="meeting"),
  ["d32_state_kerry_20150720"])

# ------------------------------------------------------------------------------ denial
T = "denial"

P(T, X, "Rajoy's own turn of 20 Oct 2011 says 'Esta noticia se ha producido sin ningún tipo de concesión política': the opposite of the claim.",
  S("es", "Mariano Rajoy atribuyó el 20 de octubre de 2011 el anuncio de ETA a las concesiones políticas del Gobierno de Zapatero.",
    "mariano-rajoy", "el anuncio de ETA se debió a las concesiones políticas del Gobierno de Zapatero", "2011-10-20"),
  ["d32_pp_rajoy_20111020"])

P(T, X, "Chan's own statement of 11 Jun 2009 says 'the overwhelming majority of patients experience mild symptoms' and that the pandemic 'will be of moderate severity': the opposite of the claim (a Spanish claim against the English statement).",
  S("es", "Margaret Chan advirtió el 11 de junio de 2009, al declarar la pandemia, que el nuevo virus causaría una enfermedad de gravedad extrema en la mayoría de los pacientes.",
    "margaret-chan", "el nuevo virus causaría una enfermedad de gravedad extrema en la mayoría de los pacientes", "2009-06-11"),
  ["d32_who_chan_20090611"])

P(T, X, "wrong act: Murillo Karam's own turn of 7 Nov 2014 says 'Mientras no tengamos una identificación, los jóvenes seguirán siendo considerados legalmente como desaparecidos'; the same statement on the students' legal status is told as an official declaration of their deaths.",
  S("en", "Attorney General Jesús Murillo Karam officially declared the 43 Ayotzinapa students dead on November 7, 2014.",
    "jesus-murillo-karam", "Murillo Karam officially declared the 43 Ayotzinapa students dead", "2014-11-07"),
  ["d32_pgr_20141107"])

P(T, X, "wrong act: Chan's own statement of 29 Apr 2009 raises the alert 'from phase 4 to phase 5' and says 'Phase 5 is a strong signal that a pandemic is imminent'; the same decision of that day is told as the declaration of a pandemic, which the statement places still ahead (the declaration came with phase 6, on 11 June, in a document not in this pair).",
  E("en", "The World Health Organization declared a global flu pandemic on April 29, 2009.",
    "WHO declared a global flu pandemic", "2009-04-29",
    ["who"]),
  ["d32_who_chan_20090429"])

P(T, X, "wrong act: ETA's communiqué of 20 Oct 2011 says 'ETA ha decidido el cese definitivo de su actividad armada'; the same announcement is told as a truce, a temporary halt, which the communiqué's 'definitivo' tells otherwise.",
  E("es", "ETA anunció el 20 de octubre de 2011 una nueva tregua en su actividad armada.",
    "ETA anunció una nueva tregua en su actividad armada", "2011-10-20",
    ["eta"]),
  ["d32_eta_20111020"])

P(T, X, "wrong act: Rajoy's own turn of 20 Oct 2011 says 'El anuncio que ha hecho hoy ETA es una gran noticia para la democracia española'; the same reaction is told as criticism (as dev19, dev28 and dev30 decided for a welcome told as criticism).",
  S("en", "Spain's opposition leader, Mariano Rajoy, criticized ETA's announcement on October 20, 2011.",
    "mariano-rajoy", "Rajoy criticized ETA's announcement", "2011-10-20"),
  ["d32_pp_rajoy_20111020"])

# ------------------------------------------------------------------------------ fabricated_quote
T = "fabricated_quote"

P(T, X, "altered quote: Obama's statement of 17 Dec 2014 is pinned; his own words are 'changing its relationship with the people of Cuba', and the quote puts the government in the people's place.",
  Q("en", "\"Today, the United States of America is changing its relationship with the government of Cuba,\" Barack Obama said at the White House on December 17, 2014.",
    "barack-obama", "Today, the United States of America is changing its relationship with the government of Cuba", "2014-12-17"),
  ["d32_wh_obama_cuba_20141217"])

P(T, X, "altered quote: Raúl Castro's message of 17 Dec 2014 is pinned; his own words are 'Esto no quiere decir que lo principal se haya resuelto', and the quote drops the 'no'.",
  Q("es", "«Esto quiere decir que lo principal se ha resuelto», afirmó Raúl Castro el 17 de diciembre de 2014 al anunciar el acuerdo con Washington.",
    "raul-castro", "Esto quiere decir que lo principal se ha resuelto", "2014-12-17"),
  ["d32_cuba_raul_20141217"])

P(T, X, "altered quote: Francis's first greeting of 13 Mar 2013 is pinned; the Holy See's English text has 'I ask you to pray to the Lord that he will bless me', and the quote turns the blessing asked for himself into one for the crowd.",
  Q("en", "\"Before the Bishop blesses his people, I ask you to pray to the Lord that he will bless you,\" Pope Francis told the crowd on March 13, 2013.",
    "pope-francis", "Before the Bishop blesses his people, I ask you to pray to the Lord that he will bless you", "2013-03-13"),
  ["d32_vatican_en_20130313"])

P(T, U, "The claimed Televisa interview of 10 Nov 2014 is not among the sources, and the PGR's transcript of 7 Nov, another occasion, does not contain the sentence.",
  Q("es", "«No hay más que buscar», dijo el procurador Jesús Murillo Karam en una entrevista con Televisa el 10 de noviembre de 2014.",
    "jesus-murillo-karam", "No hay más que buscar", "2014-11-10", channel="interview", event_type="interview"),
  ["d32_pgr_20141107"])

# ------------------------------------------------------------------------------ misattributed_quote
T = "misattributed_quote"

P(T, U, "The words are Bruno Rodríguez's interpreted turn in the State Department's transcript of 20 Jul 2015, not Kerry's; Kerry's turns speak of a milestone that 'does not signify an end to the differences'.",
  Q("en", "\"The lifting of the blockade, the return of the illegally occupied territory of Guantanamo and full respect for Cuba's sovereignty will be crucial,\" John Kerry said on July 20, 2015.",
    "john-kerry", "The lifting of the blockade, the return of the illegally occupied territory of Guantanamo and full respect for Cuba's sovereignty will be crucial", "2015-07-20"),
  ["d32_state_kerry_20150720"])

P(T, X, "The words are the reporter's question ('will the United States return Guantanamo to Cuba?') put in Kerry's mouth as an announcement; his own answer, 'there is no discussion and no intention on our part to alter the existing lease treaty', denies it on the same occasion. It is not a bare 'No', but an explicit denial by the claimed speaker, so the misattribution is contradicted.",
  Q("es", "«Estados Unidos devolverá Guantánamo a Cuba», anunció John Kerry el 20 de julio de 2015 junto al canciller cubano.",
    "john-kerry", "Estados Unidos devolverá Guantánamo a Cuba", "2015-07-20",
    channel="press_conference", event_type="press_conference"),
  ["d32_state_kerry_20150720"])

# ------------------------------------------------------------------------------ summary_omits_phrase
T = "summary_omits_phrase"

P(T, U, "The Holy See Press Office's bulletin of 13 Mar 2013 summarises Francis's greeting (a prayer for Benedict XVI, a request to pray for him, the blessing) and quotes none of his words; it does not confirm the sentence quoted from him.",
  Q("es", "«Buenas noches y que descanséis», se despidió el papa Francisco de los fieles el 13 de marzo de 2013, según la Oficina de Prensa de la Santa Sede.",
    "pope-francis", "Buenas noches y que descanséis", "2013-03-13",
    channel="press_release", confirmed_by="holy-see-press-office"),
  ["d32_holysee_press_20130313"])

P(T, U, "The Cuban foreign ministry's note of 20 Jul 2015 says in its own words that Rodríguez 'reiteró la voluntad de Cuba de avanzar hacia la normalización de las relaciones sobre la base del respeto y la igualdad soberana' and quotes no one; a paraphrase does not confirm the quoted words, as dev4, dev9, dev28 and dev30 decided.",
  Q("en", "\"Cuba is ready to move toward normal relations on the basis of respect and sovereign equality,\" Foreign Minister Bruno Rodríguez said at the reopened embassy on July 20, 2015, according to Cuba's foreign ministry.",
    "bruno-rodriguez", "Cuba is ready to move toward normal relations on the basis of respect and sovereign equality", "2015-07-20",
    channel="press_release", confirmed_by="minrex-cuba"),
  ["d32_minrex_20150720"])

# ------------------------------------------------------------------------------ decoy_next_day
T = "decoy_next_day"

P(T, U, "Obama's statement of 17 Dec 2014 says 'Yesterday, I spoke with Raúl Castro'; nothing records a call on the 17th, and nothing in the claim pins it to the call of the 16th (as dev6 to dev30 decided for a call claimed on the next day).",
  E("en", "Barack Obama and Raúl Castro spoke by phone on December 17, 2014.",
    "Obama and Raúl Castro spoke by phone", "2014-12-17",
    ["barack-obama", "raul-castro"], event_type="call", channel="phone_call"),
  ["d32_wh_obama_cuba_20141217"])

P(T, C, "Fernández de Kirchner's own turn in Rome on 18 Mar 2013 says 'Acabo de almorzar con Su Santidad Francisco en la residencia de Santa Marta'; her letter of the 13th sits next to it without moving it.",
  E("es", "Cristina Fernández de Kirchner almorzó con el papa Francisco el 18 de marzo de 2013 en la residencia de Santa Marta, en el Vaticano.",
    "Cristina Fernández de Kirchner almorzó con el papa Francisco en la residencia de Santa Marta", "2013-03-18",
    ["cristina-fernandez-kirchner", "pope-francis"], event_type="meeting"),
  ["d32_casarosada_carta_20130313", "d32_casarosada_roma_20130318"])

# ------------------------------------------------------------------------------ decoy_other_minister
T = "decoy_other_minister"

P(T, U, "La Moncloa's transcript of 20 Oct 2011 records Zapatero saying 'una democracia sin terrorismo, pero no una democracia sin memoria'; no source records Rubalcaba saying it, which the record of Zapatero's turn neither confirms nor excludes.",
  S("es", "El candidato socialista, Alfredo Pérez Rubalcaba, afirmó el 20 de octubre de 2011 que la española sería «una democracia sin terrorismo, pero no una democracia sin memoria».",
    "alfredo-perez-rubalcaba", "la española sería una democracia sin terrorismo, pero no una democracia sin memoria", "2011-10-20"),
  ["d32_moncloa_zapatero_20111020"])

P(T, C, "Rajoy's own turn of 20 Oct 2011 says 'El anuncio que ha hecho hoy ETA es una gran noticia para la democracia española'; the English quote is its translation, and Zapatero's declaration of the same evening sits next to it without moving it.",
  Q("en", "\"The announcement ETA made today is great news for Spanish democracy,\" opposition leader Mariano Rajoy said on October 20, 2011.",
    "mariano-rajoy", "The announcement ETA made today is great news for Spanish democracy", "2011-10-20"),
  ["d32_moncloa_zapatero_20111020", "d32_pp_rajoy_20111020"])

# ------------------------------------------------------------------------------ decoy_similar_headline
T = "decoy_similar_headline"

P(T, C, "Murillo Karam's own turn of 27 Jan 2015 says 'Esta es la verdad histórica de los hechos'; his press conference of 7 Nov 2014 on the same case, a similar headline, sits next to it without moving it.",
  Q("es", "«Esta es la verdad histórica de los hechos», sostuvo el procurador Jesús Murillo Karam el 27 de enero de 2015 sobre el caso Ayotzinapa.",
    "jesus-murillo-karam", "Esta es la verdad histórica de los hechos", "2015-01-27"),
  ["d32_pgr_20141107", "d32_pgr_20150127"])

P(T, U, "wrong act: Obama's statement of 17 Dec 2014 says 'I have instructed Secretary Kerry to review Cuba's designation as a State Sponsor of Terrorism'; a removal from the list is another, later step, which the statement neither reports nor rules out (as dev4, dev19 and dev30 decided for another step).",
  S("en", "Barack Obama removed Cuba from the U.S. list of state sponsors of terrorism on December 17, 2014.",
    "barack-obama", "Obama removed Cuba from the list of state sponsors of terrorism", "2014-12-17"),
  ["d32_wh_obama_cuba_20141217"])

P(T, U, "wrong act: ETA's communiqué of 20 Oct 2011 announces the 'cese definitivo de su actividad armada' and calls for talks with Spain and France; the dissolution of the organisation is another act, which the communiqué neither reports nor rules out.",
  E("en", "ETA announced on October 20, 2011 that it was disbanding.",
    "ETA announced that it was disbanding", "2011-10-20",
    ["eta"]),
  ["d32_eta_20111020"])

# ------------------------------------------------------------------------------ secondary_only
T = "secondary_only"

P(T, U, "Only El Universal, a media outlet, reports that soldiers handed out face masks in the Metro on 24 Apr 2009; no primary or official source is among this pair's documents.",
  E("es", "Soldados del Ejército repartieron cubrebocas en estaciones del Metro de la Ciudad de México el 24 de abril de 2009, primer día sin clases por la influenza.",
    "soldados repartieron cubrebocas en estaciones del Metro de la Ciudad de México", "2009-04-24"),
  ["d32_eluniversal_20090424"])

P(T, U, "Only the Associated Press, a media outlet, reports that protesters set fire to a door of the National Palace on the night of 8 Nov 2014; no primary or official source is among this pair's documents.",
  E("en", "Protesters set fire to a door of Mexico's National Palace on November 8, 2014, in anger over the 43 missing students.",
    "protesters set fire to a door of Mexico's National Palace", "2014-11-08"),
  ["d32_ap_20141108"])

# ------------------------------------------------------------------------------ wrong_channel
T = "wrong_channel"

P(T, U, "Francis's words are in the Holy See's text of his first greeting from the loggia of 13 Mar 2013; no post of his is among the sources, and the claim is about Twitter.",
  Q("en", "\"I ask you to pray to the Lord that he will bless me,\" Pope Francis wrote on Twitter on March 13, 2013, hours after his election.",
    "pope-francis", "I ask you to pray to the Lord that he will bless me", "2013-03-13", channel="x", event_type="post"),
  ["d32_vatican_en_20130313"])

P(T, U, "Zapatero's words are in La Moncloa's transcript of his institutional declaration of 20 Oct 2011; no post of his is among the sources, and the claim is about Twitter.",
  Q("es", "«Es una victoria de la democracia, de la ley y de la razón», escribió José Luis Rodríguez Zapatero en Twitter el 20 de octubre de 2011.",
    "jose-luis-rodriguez-zapatero", "Es una victoria de la democracia, de la ley y de la razón", "2011-10-20", channel="x", event_type="post"),
  ["d32_moncloa_zapatero_20111020"])

# ------------------------------------------------------------------------------ absence
T = "absence"

P(T, U, "Absence claims are always unverified (here Obama in fact thanks 'His Holiness Pope Francis', which does not change the label).",
  S("en", "Barack Obama did not mention Pope Francis in his statement on Cuba of December 17, 2014.",
    "barack-obama", "Obama did not mention Pope Francis in his statement on Cuba", "2014-12-17", absence=True),
  ["d32_wh_obama_cuba_20141217"])

P(T, U, "Absence claims are always unverified (here Raúl Castro in fact says 'hoy también ha sido devuelto a su país el ciudadano norteamericano Alan Gross', which does not change the label).",
  S("es", "Raúl Castro no mencionó a Alan Gross en su mensaje del 17 de diciembre de 2014.",
    "raul-castro", "Raúl Castro no mencionó a Alan Gross en su mensaje", "2014-12-17", absence=True),
  ["d32_cuba_raul_20141217"])
