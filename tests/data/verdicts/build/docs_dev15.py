"""Source documents for the fifteenth development set (dev15.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev14
uses, so that dev15 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (GOV.UK's transcripts of the Prime Minister's statements, the Conservative Party's
statements from the chairman of the 1922 Committee, the White House's readout and statement, the
Prime Minister of Canada's transcripts, the Casa Real's note, the Cortes Generales' Diario de
Sesiones, Servel's release, the Chilean presidency's releases and transcript, the Cuban presidency's
transcripts, the Cuban Interior Ministry's note, X posts, media articles). Nothing here is a verbatim
copy of a real document. It shares only the way documents are written down (doclib.py) with the
other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

LON = "Europe/London"
OTT = "America/Toronto"
MAD = "Europe/Madrid"
SCL = "America/Santiago"
HAV = "America/Havana"


# =============================================================================================
# 2022-10-20 (Thursday)   Liz Truss, outside 10 Downing Street, resigns as Conservative leader
#                         ("I cannot deliver the mandate on which I was elected"), after 45 days
#                         (media only); Sir Graham Brady sets the rules: 100 nominations, closing
#                         at 2pm on Monday 24 October
# 2022-10-24 (Monday)     One valid nomination: Rishi Sunak elected Conservative leader
# 2022-10-25 (Tuesday)    Sunak invited by the King to form a government; his first statement in
#                         Downing Street ("not with words, but with action"); Biden's call
# =============================================================================================

D("d15_gov_truss_20221020",
  url="https://www.gov.uk/government/speeches/prime-ministers-statement-in-downing-street-20-october-2022",
  kind="transcript", lang="en", publisher="uk-pmo", author="liz-truss",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Prime Minister's statement in Downing Street: 20 October 2022",
  published_at="2022-10-20", tz=LON, verbatim=True, passages=[
      ("liz-truss", "I took office at a moment of great economic and international instability. Families and businesses were worried about paying their bills, and Putin's illegal war in Ukraine threatened the security of our whole continent."),
      ("liz-truss", "I recognise though, given the situation, I cannot deliver the mandate on which I was elected by the Conservative Party. I have therefore spoken to His Majesty the King to notify him that I am resigning as leader of the Conservative Party."),
      ("liz-truss", "This morning I met the chairman of the 1922 Committee, Sir Graham Brady. We have agreed that there will be a leadership election, to be completed within the next week."),
      ("liz-truss", "I will remain as Prime Minister until a successor has been chosen. Thank you."),
  ])

D("d15_tories_brady_20221020",
  url="https://www.conservatives.com/news/2022/statement-from-sir-graham-brady-on-the-leadership-election",
  kind="press_release", lang="en", publisher="conservative-party-uk", author="graham-brady",
  author_name="Conservatives - News",
  title="Statement from Sir Graham Brady, Chairman of the 1922 Committee, on the election of the next Leader",
  published_at="2022-10-20", tz=LON, passages=[
      "Following the Prime Minister's resignation as Leader of the Conservative Party, nominations for the leadership open today and will close at 2pm on Monday 24 October.",
      "Each candidate will need the nominations of at least 100 Conservative Members of Parliament. If only one candidate reaches that threshold, he or she will be declared Leader on Monday.",
      "If two candidates go forward, members of the Party will vote online, and the result will be announced no later than Friday 28 October.",
  ])

MEDIA("d15_bbc_20221020",
      url="https://www.bbc.co.uk/news/uk-politics-63331349",
      lang="en", outlet="BBC News", date="2022-10-20", tz=LON,
      title="Liz Truss resigns as prime minister after 45 days", passages=[
          "Liz Truss has resigned as prime minister after just 45 days in office, making her the shortest-serving prime minister in UK history.",
          "She made the announcement outside Downing Street after meeting Sir Graham Brady, who runs leadership contests for the Conservative Party.",
      ])

D("d15_tories_brady_20221024",
  url="https://www.conservatives.com/news/2022/rishi-sunak-elected-leader-of-the-conservative-party",
  kind="press_release", lang="en", publisher="conservative-party-uk", author="graham-brady",
  author_name="Conservatives - News",
  title="Rishi Sunak elected Leader of the Conservative and Unionist Party",
  published_at="2022-10-24", tz=LON, passages=[
      "Nominations for the leadership of the Conservative and Unionist Party closed at 2pm today. Sir Graham Brady, Chairman of the 1922 Committee, announced that one valid nomination had been received, and that Rishi Sunak is therefore elected Leader of the Party.",
      "He will become Prime Minister once His Majesty The King has invited him to form a government.",
  ])

D("d15_gov_sunak_20221025",
  url="https://www.gov.uk/government/speeches/prime-minister-rishi-sunaks-statement-25-october-2022",
  kind="transcript", lang="en", publisher="uk-pmo", author="rishi-sunak",
  author_name="Prime Minister's Office, 10 Downing Street",
  title="Prime Minister Rishi Sunak's statement in Downing Street: 25 October 2022",
  published_at="2022-10-25", tz=LON, verbatim=True, passages=[
      ("rishi-sunak", "Good morning. I have just been to Buckingham Palace and accepted His Majesty The King's invitation to form a government in his name."),
      ("rishi-sunak", "Right now our country is facing a profound economic crisis. The aftermath of Covid still lingers, and Putin's war in Ukraine has destabilised energy markets and supply chains the world over."),
      ("rishi-sunak", "I want to pay tribute to my predecessor, Liz Truss. She was not wrong to want to improve growth in this country: it is a noble aim. But some mistakes were made. Not born of ill will or bad intentions, quite the opposite, but mistakes nonetheless. And I have been elected as leader of my party, and your Prime Minister, in part to fix them."),
      ("rishi-sunak", "This government will have integrity, professionalism and accountability at every level. Trust is earned, and I will earn yours."),
      ("rishi-sunak", "I will unite our country, not with words, but with action. I will work day in and day out to deliver for you."),
  ])

D("d15_wh_readout_20221025",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/10/25/readout-of-president-joe-bidens-call-with-prime-minister-rishi-sunak-of-the-united-kingdom/",
  kind="readout", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Readout of President Joe Biden's Call with Prime Minister Rishi Sunak of the United Kingdom",
  published_at="2022-10-25", tz=NY, passages=[
      "President Joseph R. Biden, Jr. spoke today with Prime Minister Rishi Sunak of the United Kingdom to congratulate him on becoming Prime Minister.",
      "The leaders reaffirmed the special relationship between the United States and the United Kingdom, and agreed on the importance of working together to support Ukraine and hold Russia accountable for its aggression, to address the challenges posed by China, and to secure sustainable and affordable energy resources.",
      "They also discussed their shared commitment to protecting the gains of the Belfast/Good Friday Agreement.",
  ])

# =============================================================================================
# 2022-02-14 (Monday)     Trudeau invokes the Emergencies Act for the first time, against the
#                         blockades and the occupation of Ottawa; Freeland's financial measures
#                         (accounts frozen without a court order); his post at 20:05 in Ottawa,
#                         01:05 UTC on the 15th
# 2022-02-21 (Monday)     The House of Commons confirms the declaration (recalled on the 23rd,
#                         with no figures)
# 2022-02-23 (Wednesday)  Trudeau ends the use of the Act: "no longer an emergency"
# =============================================================================================

D("d15_pmo_pc_20220214",
  url="https://pm.gc.ca/en/news/speeches/2022/02/14/prime-minister-trudeau-announces-invocation-emergencies-act",
  kind="transcript", lang="en", publisher="canada-pmo", author="justin-trudeau",
  author_name="Prime Minister of Canada",
  title="Prime Minister Justin Trudeau's remarks on the invocation of the Emergencies Act, with the Deputy Prime Minister",
  published_at="2022-02-14", tz=OTT, verbatim=True, passages=[
      ("justin-trudeau", "After consulting Cabinet and caucus, the premiers of the provinces and territories and the leaders of the opposition parties, the federal government has invoked the Emergencies Act to supplement provincial and territorial capacity to address the blockades and occupations."),
      ("justin-trudeau", "This is the first time the Emergencies Act has been used in Canada. It has become clear that there are serious challenges to law enforcement's ability to enforce the law effectively."),
      ("justin-trudeau", "The scope of these measures will be time-limited, geographically targeted, and reasonable and proportionate to the threats they are meant to address."),
      ("justin-trudeau", "We are not using the Emergencies Act to call in the military. We are not suspending fundamental rights or overriding the Charter of Rights and Freedoms. We are not limiting freedom of speech, nor freedom of peaceful assembly."),
      ("chrystia-freeland", "We are broadening the scope of Canada's anti-money laundering and terrorist financing rules so that they cover crowdfunding platforms and the payment service providers they use, including cryptocurrency."),
      ("chrystia-freeland", "As of today, a bank or other financial service provider will be able to immediately freeze or suspend an account without a court order."),
      ("chrystia-freeland", "If your truck is being used in these illegal blockades, your corporate accounts will be frozen. The insurance on your vehicle will be suspended."),
  ])

X("d15_x_trudeau_20220214", handle="JustinTrudeau", author="justin-trudeau", author_name="Justin Trudeau",
  ts="2022-02-15T01:05:00+00:00", lang="en", tz=OTT, passages=[
      "Today, for the first time, our government invoked the Emergencies Act to support law enforcement and bring the illegal blockades and occupations to an end. The measures are time-limited and targeted, and they are about keeping Canadians safe and protecting their jobs.",
  ])

D("d15_pmo_pc_20220223",
  url="https://pm.gc.ca/en/news/speeches/2022/02/23/prime-minister-trudeau-announces-end-use-emergencies-act",
  kind="transcript", lang="en", publisher="canada-pmo", author="justin-trudeau",
  author_name="Prime Minister of Canada",
  title="Prime Minister Justin Trudeau's remarks on ending the use of the Emergencies Act",
  published_at="2022-02-23", tz=OTT, verbatim=True, passages=[
      ("justin-trudeau", "Today, after careful consideration, we are ready to confirm that the situation is no longer an emergency. Therefore, the federal government will be ending the use of the Emergencies Act."),
      ("justin-trudeau", "On Monday night, the House of Commons voted to confirm the declaration. We are now confident that existing laws and bylaws are sufficient to keep people safe."),
      ("reporter", "Prime Minister, will the government keep the emergency powers in place in case the convoys come back?"),
      ("justin-trudeau", "No. The emergency powers end today. We will stay vigilant, and police will continue to have the tools they need under existing laws."),
  ])

# =============================================================================================
# 2023-10-31 (Tuesday)    Princess Leonor, on her eighteenth birthday, swears the Constitution
#                         before the Cortes Generales in the Congress (session presided over by
#                         Francina Armengol); the King then gives her the Collar of the Order of
#                         Charles III at the Royal Palace; absent parties (media only)
# =============================================================================================

D("d15_cortes_ds_20231031",
  url="https://www.congreso.es/public_oficiales/L15/CORT/DS/PL/DSCG-15-PL-2.PDF",
  kind="transcript", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Cortes Generales - Diario de Sesiones",
  title="Diario de Sesiones de las Cortes Generales. Sesión conjunta del Congreso de los Diputados y del Senado, celebrada el martes 31 de octubre de 2023. Juramento de S.A.R. la Princesa de Asturias",
  published_at="2023-10-31", tz=MAD, verbatim=True, passages=[
      ("francina-armengol", "Se abre la sesión. Las Cortes Generales se reúnen en sesión conjunta para recibir el juramento que, de acuerdo con el artículo 61.2 de la Constitución, debe prestar la heredera de la Corona al alcanzar la mayoría de edad."),
      ("leonor-de-borbon", "Juro desempeñar fielmente mis funciones, guardar y hacer guardar la Constitución y las leyes y respetar los derechos de los ciudadanos y de las comunidades autónomas, y fidelidad al Rey."),
      ("francina-armengol", "Alteza, desde hoy su compromiso con la Constitución queda ligado para siempre a esta Cámara, que representa la soberanía del pueblo español. Se levanta la sesión."),
  ])

D("d15_casareal_20231031",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=16789",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de Su Majestad el Rey",
  title="La Princesa de Asturias jura la Constitución ante las Cortes Generales",
  published_at="2023-10-31", tz=MAD, passages=[
      "Su Alteza Real la Princesa de Asturias juró este martes, 31 de octubre, día en que cumple 18 años, la Constitución ante las Cortes Generales, reunidas en sesión solemne conjunta en el Palacio del Congreso de los Diputados, tal como dispone el artículo 61.2 de la Constitución.",
      "La sesión fue presidida por la presidenta del Congreso de los Diputados, Francina Armengol, y a ella asistieron Sus Majestades los Reyes y Su Alteza Real la Infanta doña Sofía.",
      "A continuación, en el Palacio Real, Su Majestad el Rey impuso a la Princesa de Asturias el Collar de la Real y Distinguida Orden de Carlos III, en presencia del presidente del Gobierno en funciones, Pedro Sánchez. En sus palabras, la Princesa agradeció el cariño recibido y expresó su compromiso de servir a España.",
  ])

MEDIA("d15_elpais_20231031",
      url="https://elpais.com/espana/2023-10-31/la-princesa-leonor-jura-la-constitucion-ante-las-cortes.html",
      lang="es", outlet="El País", date="2023-10-31", tz=MAD,
      title="La princesa Leonor jura la Constitución ante unas Cortes con ausencias", passages=[
          "La princesa Leonor juró este martes la Constitución en el Congreso, el día en que cumple 18 años, ante un hemiciclo en el que faltaban los diputados y senadores de ERC, Junts, EH Bildu, PNV y BNG, que declinaron asistir.",
      ])

# =============================================================================================
# 2021-12-19 (Sunday)     Chile's presidential runoff: Boric 55,87 %, Kast 44,13 % (Servel); Kast
#                         concedes on X (19:40 in Santiago); Piñera's videoconference with the
#                         president-elect; Boric's post at 23:10 in Santiago (02:10 UTC on the 20th)
# 2022-03-11 (Friday)     Boric takes office before the Congreso Pleno in Valparaíso, the sash from
#                         the Senate's president Álvaro Elizalde; his speech from La Moneda
# =============================================================================================

D("d15_servel_20211219",
  url="https://www.servel.cl/2021/12/19/resultados-segunda-votacion-presidencial-2021/",
  kind="press_release", lang="es", publisher="servel", author="servel", author_name="Servicio Electoral de Chile",
  title="Servel informa resultados de la Segunda Votación Presidencial 2021",
  published_at="2021-12-19", tz=SCL, passages=[
      "Con el 99,99 % de las mesas escrutadas, el candidato Gabriel Boric Font obtiene el 55,87 % de los votos válidamente emitidos en la Segunda Votación Presidencial, celebrada este domingo 19 de diciembre, y el candidato José Antonio Kast Rist, el 44,13 %.",
      "El Servicio Electoral agradece el trabajo de los vocales de mesa y de los funcionarios que hicieron posible la jornada.",
  ])

X("d15_x_kast_20211219", handle="joseantoniokast", author="jose-antonio-kast", author_name="José Antonio Kast Rist",
  ts="2021-12-19T22:40:00+00:00", lang="es", tz=SCL, passages=[
      "Acabo de conversar con @gabrielboric para felicitarlo por su gran triunfo. Desde hoy es el presidente electo de Chile y merece todo nuestro respeto y nuestra colaboración constructiva. Chile está siempre primero.",
  ])

D("d15_presidencia_cl_20211219",
  url="https://prensa.presidencia.cl/comunicado.aspx?id=186512",
  kind="press_release", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Prensa Presidencia de Chile",
  title="Presidente Piñera sostiene videoconferencia con el Presidente electo Gabriel Boric",
  published_at="2021-12-19", tz=SCL, passages=[
      "El Presidente Sebastián Piñera sostuvo esta noche, desde el Palacio de La Moneda, una videoconferencia con el Presidente electo, Gabriel Boric, a quien felicitó por su triunfo en la segunda vuelta presidencial.",
      "El Mandatario le ofreció toda la colaboración de su gobierno para una transición ordenada hasta el 11 de marzo de 2022, fecha en que Boric asumirá el cargo.",
  ])

X("d15_x_boric_20211219", handle="GabrielBoric", author="gabriel-boric", author_name="Gabriel Boric Font",
  ts="2021-12-20T02:10:00+00:00", lang="es", tz=SCL, passages=[
      "Gracias, Chile. Recibo este mandato con humildad y con una enorme responsabilidad. Seré el presidente de todas y todos los chilenos, de quienes votaron por nosotros y de quienes no lo hicieron.",
  ])

D("d15_presidencia_cl_20220311",
  url="https://prensa.presidencia.cl/comunicado.aspx?id=188020",
  kind="press_release", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Prensa Presidencia de Chile",
  title="Gabriel Boric asume como Presidente de la República",
  published_at="2022-03-11", tz=SCL, passages=[
      "Gabriel Boric Font asumió este viernes como Presidente de la República para el período 2022-2026, en la ceremonia del Congreso Pleno celebrada en el Salón de Honor del Congreso Nacional, en Valparaíso.",
      "El nuevo Mandatario prometió el cargo ante el presidente del Senado, Álvaro Elizalde, de quien recibió la banda presidencial.",
      "Luego se trasladó a Santiago, donde se dirigió a la ciudadanía desde el Palacio de La Moneda.",
  ])

D("d15_presidencia_cl_speech_20220311",
  url="https://prensa.presidencia.cl/discurso.aspx?id=188031",
  kind="transcript", lang="es", publisher="chile-presidency", author="gabriel-boric",
  author_name="Prensa Presidencia de Chile",
  title="Discurso del Presidente Gabriel Boric Font desde el Palacio de La Moneda, tras asumir el mando",
  published_at="2022-03-11", tz=SCL, verbatim=True, passages=[
      ("gabriel-boric", "Pueblo de Chile: hoy asumimos este mandato con humildad, sabiendo que no venimos a ocupar un cargo sino a servir."),
      ("gabriel-boric", "Como pronosticó hace casi cincuenta años Salvador Allende, estamos de nuevo, compatriotas, abriendo las grandes alamedas por donde pase el hombre libre, el hombre y la mujer libres, para construir una sociedad mejor."),
      ("gabriel-boric", "No vamos a hacerlo solos. Vamos a avanzar paso a paso, escuchando a quienes piensan distinto, porque Chile es de todos."),
  ])

# =============================================================================================
# 2021-07-11 (Sunday)     Protests from San Antonio de los Baños across Cuba; Díaz-Canel on
#                         television ("La orden de combate está dada"); his post at 22:10 in Havana
#                         (02:10 UTC on the 12th); El País on the protests (media only)
# 2021-07-12 (Monday)     Díaz-Canel with his ministers on the Mesa Redonda; Biden's statement
# 2021-07-13 (Tuesday)    The Interior Ministry reports one death in La Güinera on the 12th
# =============================================================================================

D("d15_presidencia_cu_20210711",
  url="https://www.presidencia.gob.cu/es/noticias/comparecencia-del-presidente-diaz-canel-en-la-television-cubana-11-de-julio-de-2021/",
  kind="transcript", lang="es", publisher="cuba-government", author="miguel-diaz-canel",
  author_name="Presidencia de la República de Cuba",
  title="Comparecencia del Primer Secretario y Presidente Miguel Díaz-Canel Bermúdez en la televisión cubana, 11 de julio de 2021",
  published_at="2021-07-11", tz=HAV, verbatim=True, passages=[
      ("miguel-diaz-canel", "Vengo de San Antonio de los Baños, donde un grupo de personas salió hoy a la calle, aprovechando las carencias que estamos viviendo."),
      ("miguel-diaz-canel", "Detrás de todo esto está la política de asfixia económica que el Gobierno de Estados Unidos ha recrudecido contra Cuba para provocar un estallido social."),
      ("miguel-diaz-canel", "Convocamos a todos los revolucionarios del país, a todos los comunistas, a salir a las calles allí donde se intenten producir estas provocaciones. La orden de combate está dada: a la calle los revolucionarios."),
  ])

X("d15_x_diazcanel_20210711", handle="DiazCanelB", author="miguel-diaz-canel", author_name="Miguel Díaz-Canel Bermúdez",
  ts="2021-07-12T02:10:00+00:00", lang="es", tz=HAV, passages=[
      "Hoy el pueblo revolucionario salió a las calles de Cuba a defender la Revolución. Las calles son de los revolucionarios. #CubaVive",
  ])

MEDIA("d15_elpais_20210711",
      url="https://elpais.com/internacional/2021-07-11/miles-de-cubanos-salen-a-la-calle-contra-el-gobierno.html",
      lang="es", outlet="El País", date="2021-07-11", tz=HAV,
      title="Miles de cubanos salen a la calle en las mayores protestas contra el Gobierno en décadas", passages=[
          "Miles de cubanos salieron este domingo a las calles de San Antonio de los Baños, La Habana y otras ciudades de la isla al grito de «libertad», en las mayores protestas contra el Gobierno en décadas.",
          "Las manifestaciones, convocadas en buena parte a través de las redes sociales, se produjeron en medio de la peor crisis económica en años y de un repunte de contagios de covid-19.",
      ])

D("d15_presidencia_cu_20210712",
  url="https://www.presidencia.gob.cu/es/noticias/diaz-canel-y-ministros-en-la-mesa-redonda-12-de-julio-de-2021/",
  kind="transcript", lang="es", publisher="cuba-government", author="miguel-diaz-canel",
  author_name="Presidencia de la República de Cuba",
  title="El Presidente Díaz-Canel y ministros del Gobierno comparecen en la Mesa Redonda, 12 de julio de 2021",
  published_at="2021-07-12", tz=HAV, verbatim=True, passages=[
      ("moderator", "Presidente, ¿qué ocurrió ayer en el país?"),
      ("miguel-diaz-canel", "Lo de ayer se fue preparando durante semanas con una campaña en las redes sociales financiada desde Estados Unidos, que se aprovechó de las carencias que provoca el bloqueo."),
      ("miguel-diaz-canel", "El bloqueo es la causa principal de las dificultades que vive nuestro pueblo, y el Gobierno de Estados Unidos lo ha reforzado en plena pandemia."),
      ("miguel-diaz-canel", "Llamamos a la calma, a la unidad y al respeto. Cuba no quiere violencia en sus calles."),
  ])

D("d15_wh_statement_20210712",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2021/07/12/statement-by-president-joseph-r-biden-jr-on-protests-in-cuba/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden", author_name="The White House",
  title="Statement by President Joseph R. Biden, Jr. on Protests in Cuba",
  published_at="2021-07-12", tz=NY, passages=[
      "We stand with the Cuban people and their clarion call for freedom and relief from the tragic grip of the pandemic and from the decades of repression and economic suffering to which they have been subjected by Cuba's authoritarian regime.",
      "The Cuban people are bravely asserting fundamental and universal rights, including the right of peaceful protest and the right to freely determine their own future.",
      "The United States calls on the Cuban regime to hear its people and serve their needs at this vital moment, rather than enriching itself.",
  ])

D("d15_minint_20210713",
  url="https://www.minint.gob.cu/nota-informativa-del-ministerio-del-interior-13-de-julio-de-2021/",
  kind="press_release", lang="es", publisher="minint-cuba", author="minint-cuba",
  author_name="Ministerio del Interior de Cuba",
  title="Nota informativa del Ministerio del Interior",
  published_at="2021-07-13", tz=HAV, passages=[
      "En los disturbios ocurridos en la tarde del lunes 12 de julio en el reparto La Güinera, municipio de Arroyo Naranjo, en La Habana, resultó fallecido un ciudadano, Diubis Laurencio Tejeda, de 36 años de edad.",
      "En los hechos resultaron lesionados otros ciudadanos y agentes del orden. El Ministerio del Interior lamenta el fallecimiento y continúa las investigaciones.",
  ])
