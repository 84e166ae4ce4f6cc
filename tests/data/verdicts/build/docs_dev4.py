"""Source documents for the fourth development set (dev4.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 nor
dev3 uses, so that dev4 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (White House, State Department and UN transcripts with speaker turns, readouts, fact
sheets and messages, Treasury and European Commission releases, the English notes of Brazil's
presidency, Uruguayan, Venezuelan, Cuban, Honduran and Guatemalan government releases, X and Truth
Social posts, media articles). Nothing here is a verbatim copy of a real document. It shares only
the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, SPOX, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

MVD = "America/Montevideo"
CCS = "America/Caracas"
TGU = "America/Tegucigalpa"
HAV = "America/Havana"
BSB = "America/Sao_Paulo"
GUA = "America/Guatemala"
BRU = "Europe/Brussels"


# =============================================================================================
# 2019-06-28 (Friday)    EU and Mercosur reach a political agreement on trade (Brussels)
# 2024-12-05 (Thursday)  Von der Leyen lands in Montevideo (her post: 01:10 UTC on the 6th)
# 2024-12-06 (Friday)    Mercosur summit in Montevideo: conclusion of the EU-Mercosur negotiations;
#                        Lacalle Pou hands the pro tempore presidency to Milei
# =============================================================================================

D("d4_ec_ip_20241206",
  url="https://ec.europa.eu/commission/presscorner/detail/en/ip_24_6244",
  kind="press_release", lang="en", publisher="european-commission", author="european-commission", author_name="European Commission",
  title="EU and Mercosur reach political agreement on groundbreaking partnership",
  published_at="2024-12-06", tz=BRU, passages=[
      "Montevideo, 6 December 2024. The European Union and the Mercosur countries, Argentina, Brazil, Paraguay and Uruguay, today concluded the negotiations on a new partnership agreement at the Mercosur summit in Montevideo.",
      "The agreement creates a market of more than 700 million people. EU companies exporting to Mercosur will save more than €4 billion in duties every year.",
      "President von der Leyen, who announced the conclusion of the negotiations together with the Mercosur leaders, called the agreement both an economic opportunity and a political necessity.",
      "The agreement does not change EU health and food safety standards: every product imported from Mercosur will have to meet them in full. It also includes a bilateral safeguard to protect sensitive agricultural sectors.",
  ])

D("d4_ec_statement_20241206",
  url="https://ec.europa.eu/commission/presscorner/detail/en/statement_24_6245",
  kind="transcript", lang="en", publisher="european-commission", author="ursula-von-der-leyen", author_name="European Commission",
  title="Statement by President von der Leyen at the joint press conference with the Mercosur leaders (Montevideo)",
  published_at="2024-12-06", tz=MVD, verbatim=True, passages=[
      ("moderator", "Good afternoon. The President of the European Commission will now address the press together with the Presidents of the Mercosur countries."),
      ("ursula-von-der-leyen", "Today marks a truly historic milestone. After more than 25 years of negotiations, we have concluded the partnership agreement between the European Union and Mercosur."),
      ("ursula-von-der-leyen", "This agreement is not only an economic opportunity. It is a political necessity. In a world of growing confrontation, we are showing that democracies can rely on each other."),
      ("ursula-von-der-leyen", "To our farmers, I say: we have listened to you. This agreement includes robust safeguards, and our EU health and food standards remain untouchable."),
  ])

X("d4_x_vdl_20241205", handle="vonderleyen", author="ursula-von-der-leyen", author_name="Ursula von der Leyen",
  ts="2024-12-06T01:10:00+00:00", lang="en", tz=MVD, passages=[
      "Landed in Montevideo. The finish line of the EU-Mercosur agreement is in sight. Let's work, let's cross it.",
  ])

D("d4_presidencia_uy_20241206",
  url="https://www.gub.uy/presidencia/comunicacion/noticias/mercosur-union-europea-concluyeron-negociacion-acuerdo-asociacion-cumbre-montevideo",
  kind="press_release", lang="es", publisher="uruguay-presidency", author="uruguay-presidency", author_name="Presidencia de la República Oriental del Uruguay",
  title="Mercosur y Unión Europea concluyeron la negociación del acuerdo de asociación en la cumbre de Montevideo",
  published_at="2024-12-06", tz=MVD, passages=[
      "El presidente de la República, Luis Lacalle Pou, y la presidenta de la Comisión Europea, Ursula von der Leyen, anunciaron este viernes 6, en la cumbre de presidentes del Mercosur celebrada en Montevideo, la conclusión de las negociaciones del acuerdo de asociación entre ambos bloques, tras más de 25 años de tratativas.",
      "Participaron de la cumbre los presidentes de Argentina, Javier Milei; de Brasil, Luiz Inácio Lula da Silva, y de Paraguay, Santiago Peña.",
      "Al cierre de la reunión, Lacalle Pou traspasó la presidencia pro tempore del bloque al presidente argentino, Javier Milei.",
  ])

D("d4_ec_ip_20190628",
  url="https://ec.europa.eu/commission/presscorner/detail/en/ip_19_3396",
  kind="press_release", lang="en", publisher="european-commission", author="european-commission", author_name="European Commission",
  title="EU and Mercosur reach agreement on trade",
  published_at="2019-06-28", tz=BRU, passages=[
      "Brussels, 28 June 2019. The European Union and Mercosur reached today a political agreement for an ambitious, balanced and comprehensive trade agreement.",
      "President Jean-Claude Juncker said: \"I measure my words carefully when I say that this is a historical moment.\"",
  ])

# =============================================================================================
# 2024-07-29 (Monday)     Venezuela withdraws its diplomats from seven Latin American countries
# 2024-09-07 (Saturday)   Delcy Rodríguez: González asked Spain for asylum (post: 03:40 UTC on the 8th)
# 2024-09-08 (Sunday)     González lands in Madrid
# 2024-09-12 (Thursday)   OFAC sanctions 16 Maduro-aligned officials
# =============================================================================================

D("d4_mppre_20240729",
  url="https://mppre.gob.ve/comunicado/venezuela-retira-personal-diplomatico-argentina-chile-costa-rica-peru-panama-republica-dominicana-uruguay/",
  kind="press_release", lang="es", publisher="cancilleria-venezuela", author="cancilleria-venezuela", author_name="Ministerio del Poder Popular para Relaciones Exteriores",
  title="Comunicado: Venezuela retira su personal diplomático de siete países de la región",
  published_at="2024-07-29", tz=CCS, passages=[
      "El Gobierno de la República Bolivariana de Venezuela rechaza con firmeza las acciones y declaraciones injerencistas de un grupo de gobiernos de derecha, subordinados a Washington, que desconocen los resultados de la elección presidencial del 28 de julio.",
      "En consecuencia, Venezuela decide retirar a todo su personal diplomático de las misiones en Argentina, Chile, Costa Rica, Perú, Panamá, República Dominicana y Uruguay, y exige a los gobiernos de esos países retirar de inmediato a sus representantes del territorio venezolano.",
  ])

X("d4_x_delcy_20240907", handle="delcyrodriguezv", author="delcy-rodriguez", author_name="Delcy Rodríguez",
  ts="2024-09-08T03:40:00+00:00", lang="es", tz=CCS, passages=[
      "Luego de haber permanecido voluntariamente varios días en la Embajada del Reino de España en Caracas, el ciudadano Edmundo González Urrutia solicitó a ese gobierno la protección del asilo político.",
      "En aras de la tranquilidad y la paz política del país, el Gobierno de Venezuela ha accedido a otorgarle el salvoconducto correspondiente para su salida del territorio nacional.",
  ])

MEDIA("d4_elpais_20240908",
      url="https://elpais.com/internacional/2024-09-08/edmundo-gonzalez-aterriza-en-madrid-tras-salir-de-venezuela.html",
      lang="es", outlet="El País", date="2024-09-08", tz="Europe/Madrid",
      title="Edmundo González aterriza en Madrid tras salir de Venezuela", passages=[
          "El líder opositor venezolano Edmundo González Urrutia aterrizó este domingo en la base aérea de Torrejón de Ardoz, cerca de Madrid, a bordo de un avión de la Fuerza Aérea española.",
          "El ministro de Asuntos Exteriores, José Manuel Albares, confirmó que González había pedido asilo a España y que el Gobierno se lo concederá.",
      ])

D("d4_treasury_20240912",
  url="https://home.treasury.gov/news/press-releases/jy2580",
  kind="press_release", lang="en", publisher="us-treasury", author="us-treasury", author_name="U.S. Department of the Treasury",
  title="Treasury Sanctions Maduro-Aligned Officials Who Obstructed Venezuela's Presidential Election",
  published_at="2024-09-12", tz=NY, passages=[
      "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned 16 officials aligned with Nicolás Maduro who obstructed a free and fair presidential election in Venezuela and fraudulently declared Maduro the winner.",
      "Those designated include members of the National Electoral Council (CNE) and of the Supreme Court of Justice (TSJ), which on August 22 ratified the CNE's announced results, as well as senior military and intelligence officials.",
  ])

# =============================================================================================
# 2025-02-10 (Monday)   Two Conviasa flights from El Paso land at Maiquetía with 190 Venezuelans
# =============================================================================================

D("d4_presidencia_ve_20250210",
  url="https://www.presidencia.gob.ve/Site/Web/Principal/paginas/classMostrarEvento3.php?id_evento=31342",
  kind="press_release", lang="es", publisher="venezuela-presidency", author="venezuela-presidency", author_name="Presidencia de la República Bolivariana de Venezuela",
  title="Retornan al país 190 venezolanos desde Estados Unidos en el marco del Plan Vuelta a la Patria",
  published_at="2025-02-10", tz=CCS, passages=[
      "La noche de este lunes 10 de febrero aterrizaron en el Aeropuerto Internacional Simón Bolívar de Maiquetía dos aeronaves de Conviasa procedentes de El Paso, Texas, con 190 connacionales repatriados desde los Estados Unidos, en el marco del Plan Vuelta a la Patria.",
      "Los compatriotas fueron recibidos en la terminal por el ministro del Poder Popular para Relaciones Interiores, Justicia y Paz, Diosdado Cabello.",
  ])

# =============================================================================================
# 2024-02-21 (Wednesday)  Blinken meets Lula in Brasília (before the G20 ministers' meeting in Rio)
# 2024-02-23 (Friday)     Blinken in Buenos Aires: Mondino at the Palacio San Martín, Milei at the
#                         Casa Rosada
# =============================================================================================

D("d4_state_readout_20240221",
  url="https://www.state.gov/secretary-blinkens-meeting-with-brazilian-president-lula-da-silva-3/",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Blinken's Meeting with Brazilian President Lula",
  published_at="2024-02-21", tz=NY, passages=[
      "The below is attributable to Spokesperson Matthew Miller:",
      "Secretary of State Antony J. Blinken met today with Brazilian President Luiz Inácio Lula da Silva in Brasília. The Secretary and President Lula discussed Brazil's G20 presidency, the U.S.-Brazil Partnership for Workers' Rights, and cooperation on the clean energy transition.",
      "They also discussed the situation in Haiti, the importance of free and fair elections in Venezuela, and efforts to secure the release of hostages and to increase humanitarian assistance in Gaza.",
  ])

D("d4_state_transcript_20240223",
  url="https://www.state.gov/secretary-antony-j-blinken-and-argentine-foreign-minister-diana-mondino-before-their-meeting/",
  kind="transcript", lang="en", publisher="us-state-department", author="antony-blinken", author_name="U.S. Department of State",
  title="Secretary Antony J. Blinken and Argentine Foreign Minister Diana Mondino Before Their Meeting (Palacio San Martín, Buenos Aires)",
  published_at="2024-02-23", tz="America/Argentina/Buenos_Aires", verbatim=True, passages=[
      ("diana-mondino", "(As interpreted.) Welcome, Secretary. It is a pleasure to receive you in Buenos Aires. Argentina is returning to its rightful place among the free nations of the world, and the United States is a natural partner on that path."),
      ("antony-blinken", "Thank you, Minister. It's wonderful to be in Buenos Aires. The United States wants to be a strong partner for Argentina as President Milei carries out his economic reforms."),
      ("antony-blinken", "We have a lot to work on together: trade, investment, critical minerals, and our shared commitment to democracy and human rights. I'm looking forward to our conversation."),
  ])

D("d4_state_readout_20240223",
  url="https://www.state.gov/secretary-blinkens-meeting-with-argentine-president-milei/",
  kind="readout", lang="en", publisher="us-state-department", author="us-state-department-spokesperson", author_name=SPOX,
  title="Secretary Blinken's Meeting with Argentine President Milei",
  published_at="2024-02-23", tz=NY, passages=[
      "The below is attributable to Spokesperson Matthew Miller:",
      "Secretary of State Antony J. Blinken met today with Argentine President Javier Milei at the Casa Rosada in Buenos Aires. The Secretary commended President Milei's efforts to stabilize Argentina's economy, and they discussed ways to expand trade and investment, including in critical minerals and clean energy.",
      "The Secretary and President Milei also discussed continued support for Ukraine and the importance of democracy and human rights in the hemisphere.",
  ])

# =============================================================================================
# 2024-08-28 (Wednesday)  Xiomara Castro orders the denunciation of the extradition treaty with the
#                         United States; the foreign ministry delivers the note the same day
# =============================================================================================

X("d4_x_xiomara_20240828", handle="XiomaraCastroZ", author="xiomara-castro", author_name="Xiomara Castro",
  ts="2024-08-28T22:10:00+00:00", lang="es", tz=TGU, passages=[
      "La injerencia y el intervencionismo de los Estados Unidos, así como su pretensión de dirigir la política de Honduras a través de su embajada y de otros representantes, son intolerables.",
      "Por ello he instruido a la Cancillería de la República denunciar el Tratado de Extradición con los Estados Unidos.",
  ])

D("d4_sre_hn_20240828",
  url="https://sre.gob.hn/comunicados/honduras-notifica-a-estados-unidos-la-denuncia-del-tratado-de-extradicion",
  kind="press_release", lang="es", publisher="cancilleria-honduras", author="cancilleria-honduras", author_name="Secretaría de Relaciones Exteriores y Cooperación Internacional de Honduras",
  title="Honduras notifica a los Estados Unidos la denuncia del Tratado de Extradición",
  published_at="2024-08-28", tz=TGU, passages=[
      "Por instrucciones de la presidenta Xiomara Castro, el canciller Enrique Reina entregó este miércoles 28 de agosto a la Embajada de los Estados Unidos en Tegucigalpa la nota mediante la cual la República de Honduras denuncia el Tratado de Extradición vigente entre ambos países.",
      "Conforme a lo establecido en el propio tratado, la denuncia surtirá efecto seis meses después de la fecha de notificación.",
  ])

MEDIA("d4_ap_20240829",
      url="https://apnews.com/article/honduras-extradition-treaty-united-states-xiomara-castro-laura-dogu-0b9d4e1c",
      lang="en", outlet="Associated Press", date="2024-08-29", tz=TGU,
      title="Honduras moves to end extradition treaty with US after ambassador's criticism", passages=[
          "Honduran President Xiomara Castro said Wednesday that she will end her country's extradition treaty with the United States, after the U.S. ambassador criticized a meeting between Honduran military leaders and Venezuela's defense minister.",
          "U.S. Ambassador Laura Dogu had said she was surprised to see Honduras' defense minister and the head of its armed forces sitting next to Venezuelan Defense Minister Vladimir Padrino López, who faces drug trafficking charges in the United States.",
      ])

# =============================================================================================
# 2024-03-25 (Monday)  Harris receives Arévalo at the White House; $170 million in new assistance
# =============================================================================================

D("d4_wh_readout_20240325",
  url="https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/03/25/readout-of-vice-president-kamala-harriss-meeting-with-president-bernardo-arevalo-of-guatemala/",
  kind="readout", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Readout of Vice President Kamala Harris's Meeting with President Bernardo Arévalo of Guatemala",
  published_at="2024-03-25", tz=NY, passages=[
      "Today, Vice President Kamala Harris met with President Bernardo Arévalo of Guatemala at the White House.",
      "The Vice President announced $170 million in additional U.S. assistance for Guatemala, subject to congressional notification, to address the root causes of migration, strengthen democratic institutions and expand economic opportunity.",
      "The Vice President and President Arévalo discussed their shared commitment to fighting corruption and to managing migration in the region.",
  ])

D("d4_prensa_gt_20240325",
  url="https://prensa.gob.gt/comunicado/presidente-arevalo-se-reune-con-la-vicepresidenta-kamala-harris-en-la-casa-blanca",
  kind="press_release", lang="es", publisher="guatemala-government", author="guatemala-government", author_name="Secretaría de Comunicación Social de la Presidencia",
  title="Presidente Arévalo se reúne con la vicepresidenta Kamala Harris en la Casa Blanca",
  published_at="2024-03-25", tz=GUA, passages=[
      "WASHINGTON, D.C. El presidente Bernardo Arévalo se reunió este lunes en la Casa Blanca con la vicepresidenta de los Estados Unidos, Kamala Harris, en el marco de su visita de trabajo a Washington.",
      "Durante el encuentro, la vicepresidenta anunció un apoyo adicional de 170 millones de dólares para Guatemala, destinado a atender las causas de la migración y a fortalecer las instituciones democráticas.",
      "El mandatario agradeció el respaldo de los Estados Unidos a la democracia guatemalteca.",
  ])

# =============================================================================================
# 2025-07-09 (Wednesday)  Trump's letter to Lula on Truth Social: 50% tariff from 1 August;
#                         Lula's note in reply (English version published by the Planalto)
# 2025-07-10 (Thursday)   (not in this set: Trump's 35% letter to Canada)
# 2025-07-30 (Wednesday)  Executive order: additional 40% tariff on Brazil (50% in all); Treasury
#                         sanctions Justice Alexandre de Moraes (Global Magnitsky)
# 2025-09-23 (Tuesday)    Trump at the UN General Assembly: "excellent chemistry" with Lula
# 2025-10-06 (Monday)     Trump-Lula video call (30 minutes); Trump names Rubio to negotiate
# 2025-10-26 (Sunday)     Trump and Lula meet in Kuala Lumpur on the sidelines of the ASEAN summit
# =============================================================================================

TRUTH("d4_truth_trump_20250709", ts="2025-07-09T21:05:00+00:00", passages=[
    "His Excellency Luiz Inácio Lula da Silva, President of the Federative Republic of Brazil. Dear Mr. President:",
    "I knew and dealt with Former President Jair Bolsonaro, and respected him greatly. The way that Brazil has treated him is an international disgrace. This trial should not be taking place. It is a Witch Hunt that should end IMMEDIATELY!",
    "Due in part to Brazil's insidious attacks on Free Elections and on the Fundamental Free Speech Rights of Americans, including SECRET and UNLAWFUL Censorship Orders issued by the Brazilian Supreme Court to U.S. Social Media platforms, starting on August 1, 2025, we will charge Brazil a Tariff of 50% on any and all Brazilian products sent into the United States, separate from all Sectoral Tariffs.",
])

D("d4_planalto_20250709",
  url="https://www.gov.br/planalto/en/latest-news/2025/07/note-from-president-luiz-inacio-lula-da-silva",
  kind="press_release", lang="en", publisher="brazil-presidency", author="lula-da-silva", author_name="Planalto - Presidency of the Republic of Brazil",
  title="Note from President Luiz Inácio Lula da Silva",
  published_at="2025-07-09", tz=BSB, passages=[
      "Brazil is a sovereign nation with independent institutions and will not accept being tutored by anyone.",
      "The judicial proceedings against those responsible for planning the coup d'état fall exclusively under the jurisdiction of the Brazilian Judiciary and are therefore not subject to any interference or threat that undermines the independence of national institutions.",
      "The claim of a U.S. trade deficit with Brazil is false. The U.S. government's own statistics show a surplus of 410 billion dollars in trade in goods and services with Brazil over the past 15 years.",
      "Any unilateral increase in tariffs will be answered in light of the Brazilian Law of Economic Reciprocity.",
  ])

D("d4_wh_factsheet_20250730",
  url="https://www.whitehouse.gov/fact-sheets/2025/07/fact-sheet-president-donald-j-trump-addresses-threats-to-the-united-states-from-the-government-of-brazil/",
  kind="press_release", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Fact Sheet: President Donald J. Trump Addresses Threats to the United States from the Government of Brazil",
  published_at="2025-07-30", tz=NY, passages=[
      "Today, President Donald J. Trump signed an Executive Order implementing an additional 40% ad valorem tariff on Brazil, bringing the total tariff rate to 50%, to address the policies, practices and actions of the Government of Brazil that threaten the national security, foreign policy and economy of the United States.",
      "The Order exempts certain products, including civil aircraft and their parts, energy products and orange juice. The additional duties take effect seven days after the date of the Order.",
  ])

D("d4_treasury_20250730",
  url="https://home.treasury.gov/news/press-releases/sb0211",
  kind="press_release", lang="en", publisher="us-treasury", author="us-treasury", author_name="U.S. Department of the Treasury",
  title="Treasury Sanctions Brazilian Supreme Court Justice Alexandre de Moraes",
  published_at="2025-07-30", tz=NY, passages=[
      "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned Brazilian Supreme Federal Court Justice Alexandre de Moraes pursuant to Executive Order 13818, which implements the Global Magnitsky Act.",
      ("scott-bessent", "\"Alexandre de Moraes has made himself judge and jury in an unlawful witch hunt against U.S. and Brazilian citizens and companies,\" said Secretary of the Treasury Scott Bessent."),
  ])

D("d4_wh_unga_20250923",
  url="https://www.whitehouse.gov/remarks/2025/09/remarks-by-president-trump-before-the-80th-session-of-the-united-nations-general-assembly/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Remarks by President Trump Before the 80th Session of the United Nations General Assembly (New York, NY)",
  published_at="2025-09-23", tz=NY, verbatim=True, passages=[
      ("donald-trump", "I was walking in, and the leader of Brazil was walking out. I saw him, he saw me, and we embraced. We actually agreed that we would meet next week."),
      ("donald-trump", "He seemed like a very nice man, actually. He liked me, I liked him, and I only do business with people I like. We had excellent chemistry, for at least 39 seconds. That's a good sign."),
      ("donald-trump", "Brazil is doing poorly and will continue to do poorly. They can only do well when they're working with us."),
  ])

TRUTH("d4_truth_trump_20251006", ts="2025-10-06T16:40:00+00:00", passages=[
    "This morning, I had a very good telephone call with President Lula of Brazil. We discussed many things, but it was mostly focused on the Economy, and Trade, between our two Countries.",
    "We will be having further discussions, and will get together in the not too distant future, both in Brazil and the United States. I enjoyed the call. Our Countries will do very well together!",
])

D("d4_planalto_20251006",
  url="https://www.gov.br/planalto/en/latest-news/2025/10/president-lula-holds-video-call-with-us-president-donald-trump",
  kind="readout", lang="en", publisher="brazil-presidency", author="brazil-presidency", author_name="Planalto - Presidency of the Republic of Brazil",
  title="President Lula holds video call with U.S. President Donald Trump",
  published_at="2025-10-06", tz=BSB, passages=[
      "President Luiz Inácio Lula da Silva held a video call this Monday, 6 October, with U.S. President Donald Trump. In a friendly tone, the two leaders spoke for 30 minutes.",
      "President Lula asked for the removal of the 40% surcharge imposed on Brazilian products and of the restrictive measures applied against Brazilian authorities.",
      "President Trump designated Secretary of State Marco Rubio to continue the negotiations with Vice President Geraldo Alckmin, Foreign Minister Mauro Vieira and Finance Minister Fernando Haddad. The two presidents agreed to meet in person soon and exchanged phone numbers.",
  ])

D("d4_wh_kl_20251026",
  url="https://www.whitehouse.gov/remarks/2025/10/remarks-by-president-trump-and-president-lula-da-silva-of-brazil-before-bilateral-meeting-kuala-lumpur-malaysia/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump", author_name="The White House",
  title="Remarks by President Trump and President Lula da Silva of Brazil Before Bilateral Meeting (Kuala Lumpur, Malaysia)",
  published_at="2025-10-26", tz="Asia/Kuala_Lumpur", verbatim=True, passages=[
      ("donald-trump", "It's a great honor to be with the President of Brazil. We've gotten to know each other a little bit, and I think we'll be able to make some pretty good deals for both countries."),
      ("lula-da-silva", "(As interpreted.) Thank you, President. I came to say that there is no reason for a dispute between Brazil and the United States. We are two great democracies, and we can solve our differences at the negotiating table."),
      ("reporter", "Mr. President, will you lift the tariffs on Brazil today?"),
      ("donald-trump", "No, not today. We're going to talk. We'll see what happens, but I think we'll have a good relationship."),
  ])

MEDIA("d4_efe_20251026",
      url="https://efe.com/mundo/2025-10-26/lula-trump-reunion-kuala-lumpur-aranceles/",
      lang="es", outlet="EFE", date="2025-10-26", tz="Asia/Kuala_Lumpur",
      title="Lula confía en resolver \"en pocos días\" la disputa arancelaria tras reunirse con Trump en Kuala Lumpur", passages=[
          "El presidente de Brasil, Luiz Inácio Lula da Silva, se reunió este domingo con su homólogo estadounidense, Donald Trump, al margen de la cumbre de la ASEAN en Kuala Lumpur.",
          "Tras el encuentro, Lula dijo a la prensa que confía en que los equipos de ambos países encuentren una solución a la disputa arancelaria \"en pocos días\".",
      ])

# =============================================================================================
# 2025-01-14 (Tuesday)  The US announces it will take Cuba off the list of state sponsors of terrorism;
#                       Cuba's foreign ministry replies and Cuba announces the gradual release of 553 people
# 2025-01-20 (Monday)   Trump reverses the decision; Díaz-Canel replies on X (02:15 UTC on the 21st)
# =============================================================================================

D("d4_minrex_20250114",
  url="https://cubaminrex.cu/es/declaracion-del-ministerio-de-relaciones-exteriores-14-enero-2025",
  kind="press_release", lang="es", publisher="minrex-cuba", author="minrex-cuba", author_name="Ministerio de Relaciones Exteriores de Cuba",
  title="Declaración del Ministerio de Relaciones Exteriores",
  published_at="2025-01-14", tz=HAV, passages=[
      "El Gobierno de los Estados Unidos anunció hoy su decisión de excluir a Cuba de la lista de Estados que supuestamente patrocinan el terrorismo, en la que nunca debió estar.",
      "Se trata de una decisión en la dirección correcta, aunque de alcance muy limitado. El bloqueo económico, comercial y financiero, principal obstáculo al desarrollo del país, se mantiene en vigor.",
  ])

D("d4_cuba_gob_20250114",
  url="https://www.presidencia.gob.cu/es/noticias/cuba-otorgara-la-libertad-de-manera-gradual-a-553-personas-sancionadas/",
  kind="press_release", lang="es", publisher="cuba-government", author="cuba-government", author_name="Presidencia de la República de Cuba",
  title="Cuba otorgará la libertad de manera gradual a 553 personas sancionadas por delitos diversos",
  published_at="2025-01-14", tz=HAV, passages=[
      "En el espíritu del Jubileo Ordinario de 2025 declarado por Su Santidad, el Gobierno de Cuba informó al papa Francisco de su decisión de otorgar la libertad, de manera gradual, a 553 personas sancionadas por delitos diversos.",
      "La decisión se adopta en el marco de las relaciones estrechas y fluidas con el Estado Vaticano, conforme a los procedimientos previstos en la legislación cubana.",
  ])

X("d4_x_diazcanel_20250120", handle="DiazCanelB", author="miguel-diaz-canel", author_name="Miguel Díaz-Canel Bermúdez",
  ts="2025-01-21T02:15:00+00:00", lang="es", tz=HAV, passages=[
      "Como acto de burla y abuso, el presidente de EE.UU. restablece hoy a Cuba en la espuria lista de Estados patrocinadores del terrorismo. No sorprende. Su propósito es seguir apretando el bloqueo contra nuestro pueblo.",
  ])
