"""Source documents for the twelfth development set (dev12.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev11
uses, so that dev12 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (La Moncloa's transcripts and note, Red Eléctrica's transcript of a press conference,
the Holy See's announcement in English and Spanish and its bulletin, the Chilean government's
transcripts, the Justice Department's release, the Honduran Supreme Court's and Security
Ministry's notes, the Élysée's English version of an address, X and Truth Social posts, media
articles). Nothing here is a verbatim copy of a real document. It shares only the way documents
are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

MAD = "Europe/Madrid"
ROM = "Europe/Rome"
BUE = "America/Argentina/Buenos_Aires"
SCL = "America/Santiago"
TGU = "America/Tegucigalpa"
PAR = "Europe/Paris"


# =============================================================================================
# 2025-04-28 (Monday)     The Iberian blackout (12:33 in Madrid): Sánchez's declaration at La
#                         Moncloa after the National Security Council (15 GW lost in five seconds,
#                         about 60% of demand; no hypothesis ruled out)
# 2025-04-29 (Tuesday)    Red Eléctrica's press conference (no intrusion in its control systems);
#                         Sánchez's second appearance and La Moncloa's note ("o mienten o
#                         demuestran su ignorancia"); Reuters on the evacuated trains (media only)
# =============================================================================================

D("d12_moncloa_20250428",
  url="https://www.lamoncloa.gob.es/presidente/intervenciones/Paginas/2025/20250428-declaracion-institucional-incidencia-sistema-electrico.aspx",
  kind="transcript", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Declaración institucional del presidente del Gobierno, Pedro Sánchez, tras la reunión del Consejo de Seguridad Nacional",
  published_at="2025-04-28", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Buenas tardes. Hoy, a las 12:33 horas, se han perdido súbitamente 15 gigavatios de generación eléctrica del sistema en apenas cinco segundos. Eso equivale aproximadamente al 60 % de la demanda del país en ese momento. Esto no había ocurrido nunca antes."),
      ("pedro-sanchez", "Los operadores están trabajando para restablecer el suministro de manera progresiva, y lo están haciendo en coordinación con Francia, con Marruecos y con el Gobierno de Portugal."),
      ("pedro-sanchez", "Pido a la ciudadanía que limite sus desplazamientos, que haga un uso responsable del teléfono móvil y que se informe solo por los canales oficiales."),
      ("reporter", "¿Se trata de un ciberataque, presidente?"),
      ("pedro-sanchez", "No tenemos todavía información concluyente sobre las causas. No descartamos ninguna hipótesis, y no vamos a especular."),
  ])

D("d12_ree_pc_20250429",
  url="https://www.ree.es/es/sala-de-prensa/actualidad/nota-de-prensa/2025/04/rueda-de-prensa-red-electrica-incidente-28-abril",
  kind="transcript", lang="es", publisher="red-electrica", author="red-electrica",
  author_name="Red Eléctrica - Sala de prensa",
  title="Rueda de prensa de Red Eléctrica sobre el incidente del 28 de abril en el sistema eléctrico peninsular",
  published_at="2025-04-29", tz=MAD, verbatim=True, passages=[
      ("eduardo-prieto", "Buenos días. Ayer, a las 12:33 horas, se produjo un cero de tensión en el sistema eléctrico peninsular. A esta hora, el suministro está restablecido en la práctica totalidad de la península."),
      ("reporter", "¿Ha habido un ciberataque contra Red Eléctrica?"),
      ("eduardo-prieto", "No. En las instalaciones de Red Eléctrica podemos concluir que no ha habido ningún tipo de intrusión en los sistemas de control que haya podido ocasionar la incidencia."),
      ("reporter", "¿Puede repetirse un apagón así?"),
      ("eduardo-prieto", "Estamos analizando todos los datos. Hasta que concluya el análisis no vamos a adelantar conclusiones."),
  ])

D("d12_moncloa_20250429",
  url="https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2025/290425-sanchez-consejo-seguridad-nacional.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Sánchez anuncia una comisión para analizar las causas de la crisis eléctrica",
  published_at="2025-04-29", tz=MAD, passages=[
      "El presidente del Gobierno, Pedro Sánchez, ha comparecido este martes tras presidir una nueva reunión del Consejo de Seguridad Nacional y ha anunciado la creación de una comisión para analizar las causas del apagón del lunes.",
      "Sánchez ha asegurado que el Gobierno llegará al fondo de lo ocurrido y exigirá a los operadores privados todas las responsabilidades que correspondan.",
      "El presidente ha señalado que «quienes vinculan este incidente con la falta de nucleares, o mienten o demuestran su ignorancia», y ha recordado que las centrales nucleares tuvieron que desconectarse durante el incidente.",
  ])

MEDIA("d12_reuters_20250429",
      url="https://www.reuters.com/world/europe/spain-portugal-power-restored-after-blackout-trains-stranded-2025-04-29/",
      lang="en", outlet="Reuters", date="2025-04-29", tz=MAD,
      title="Spain and Portugal restore power after massive blackout; stranded train passengers evacuated", passages=[
          "MADRID, April 29 (Reuters) - Power was back across almost all of Spain and Portugal on Tuesday, a day after one of Europe's worst blackouts left people trapped in lifts and trains stranded between stations.",
          "Transport Minister Oscar Puente said on Tuesday morning that all passengers stranded on trains overnight had been evacuated.",
      ])

# =============================================================================================
# 2025-04-21 (Monday)     Pope Francis dies at 7:35; Cardinal Farrell's announcement (English and
#                         Spanish); Trump's Truth Social post; Milei decrees seven days of national
#                         mourning (his office's post); AP on the cause of death (media only)
# 2025-04-26 (Saturday)   The funeral in St Peter's Square presided over by Cardinal Re, burial at
#                         Santa Maria Maggiore; Trump and Zelensky meet in St Peter's Basilica
# =============================================================================================

D("d12_vatican_en_20250421",
  url="https://www.vatican.va/content/vatican/en/special/notizia-morte-santo-padre-francesco.html",
  kind="transcript", lang="en", publisher="holy-see", author="holy-see",
  author_name="The Holy See",
  title="Announcement of the death of the Holy Father Francis by Cardinal Kevin Farrell, Camerlengo",
  published_at="2025-04-21", tz=ROM, verbatim=True, passages=[
      ("kevin-farrell", "Dearest brothers and sisters, with deep sorrow I must announce the death of our Holy Father Francis."),
      ("kevin-farrell", "At 7:35 this morning, the Bishop of Rome, Francis, returned to the house of the Father. His entire life was dedicated to the service of the Lord and of His Church."),
      ("kevin-farrell", "He taught us to live the values of the Gospel with fidelity, courage and universal love, especially in favour of the poorest and most marginalised."),
  ])

D("d12_vatican_es_20250421",
  url="https://www.vatican.va/content/vatican/es/special/notizia-morte-santo-padre-francesco.html",
  kind="transcript", lang="es", publisher="holy-see", author="holy-see",
  author_name="La Santa Sede",
  title="Anuncio de la muerte del Santo Padre Francisco por el cardenal Kevin Farrell, camarlengo",
  published_at="2025-04-21", tz=ROM, verbatim=True, passages=[
      ("kevin-farrell", "Queridísimos hermanos y hermanas, con profundo dolor debo anunciar la muerte de nuestro Santo Padre Francisco."),
      ("kevin-farrell", "A las 7:35 de esta mañana, el Obispo de Roma, Francisco, ha vuelto a la casa del Padre. Toda su vida estuvo dedicada al servicio del Señor y de su Iglesia."),
      ("kevin-farrell", "Nos enseñó a vivir los valores del Evangelio con fidelidad, valentía y amor universal, especialmente en favor de los más pobres y marginados."),
  ])

TRUTH("d12_truth_trump_20250421", ts="2025-04-21T14:20:00+00:00", passages=[
    "Rest in Peace Pope Francis! May God Bless him and all who loved him!",
])

X("d12_x_opra_20250421", handle="OPRArgentina", author="oficina-presidente-argentina",
  author_name="Oficina del Presidente", ts="2025-04-21T12:10:00+00:00", lang="es", tz=BUE, passages=[
      "El Presidente Javier G. Milei decretó siete días de duelo nacional por el fallecimiento de Su Santidad el Papa Francisco, el primer Papa argentino de la historia.",
  ])

MEDIA("d12_ap_20250421",
      url="https://apnews.com/article/vatican-pope-francis-cause-of-death-stroke-2025-04-21",
      lang="en", outlet="Associated Press", date="2025-04-21", tz=ROM,
      title="Pope Francis died of a stroke and heart failure, Vatican says", passages=[
          "VATICAN CITY (AP) — Pope Francis died of a stroke followed by a coma and irreversible cardiocirculatory collapse, according to a death certificate released by the Vatican on Monday evening.",
          "The 88-year-old pontiff had been recovering at the Vatican after more than five weeks in hospital with double pneumonia.",
      ])

D("d12_bulletin_20250426",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2025/04/26/250426a.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="holy-see-press-office",
  author_name="Holy See Press Office",
  title="Funeral Mass of the Supreme Pontiff Francis in St Peter's Square",
  published_at="2025-04-26", tz=ROM, passages=[
      "This morning, Saturday 26 April 2025, the Funeral Mass of the Supreme Pontiff Francis was celebrated in St Peter's Square, presided over by His Eminence Cardinal Giovanni Battista Re, Dean of the College of Cardinals.",
      "In his homily, the Cardinal Dean recalled the Holy Father's closeness to migrants and to the poor and his tireless appeals for peace.",
      "At the end of the celebration, the coffin was carried to the Papal Basilica of Santa Maria Maggiore, where the burial took place in a private rite, in accordance with the wishes of the late Pontiff.",
  ])

X("d12_x_zelensky_20250426", handle="ZelenskyyUa", author="volodymyr-zelensky",
  author_name="Volodymyr Zelenskyy / Володимир Зеленський", ts="2025-04-26T10:40:00+00:00", lang="en", tz=ROM, passages=[
      "Good meeting with @POTUS in St. Peter's Basilica this morning, before the funeral of Pope Francis. We discussed a lot one on one. Hoping for results on everything we covered: protecting lives of our people, a full and unconditional ceasefire, a reliable and lasting peace.",
  ])

X("d12_x_cheung_20250426", handle="StevenCheung47", author="steven-cheung", author_name="Steven Cheung",
  ts="2025-04-26T10:15:00+00:00", lang="en", tz=ROM, passages=[
      "President Trump and President Zelenskyy met very privately today and had a very productive discussion. More details on the meeting to follow.",
  ])

# =============================================================================================
# 2024-02-06 (Tuesday)    Sebastián Piñera dies when the helicopter he was piloting falls into Lago
#                         Ranco (Los Ríos); Tohá's statement; Boric's declaration (three days of
#                         national mourning, a state funeral) and his post at 21:45 in Santiago
#                         (00:45 UTC on the 7th)
# =============================================================================================

D("d12_interior_cl_20240206",
  url="https://www.interior.gob.cl/noticias/2024/02/06/ministra-toha-confirma-fallecimiento-del-expresidente-sebastian-pinera/",
  kind="transcript", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Ministerio del Interior y Seguridad Pública de Chile",
  title="Declaración de la ministra del Interior, Carolina Tohá, sobre el accidente en el Lago Ranco",
  published_at="2024-02-06", tz=SCL, verbatim=True, passages=[
      ("carolina-toha", "Con mucho pesar, debemos confirmar el fallecimiento del expresidente de la República, Sebastián Piñera Echenique, en el accidente del helicóptero que cayó esta tarde al Lago Ranco, en la Región de Los Ríos."),
      ("carolina-toha", "Las otras tres personas que viajaban en la aeronave se encuentran con vida. El cuerpo del expresidente fue recuperado por buzos de la Armada."),
      ("carolina-toha", "El Gobierno pone a disposición de la familia todo el apoyo del Estado."),
  ])

D("d12_moneda_20240206",
  url="https://www.gob.cl/noticias/presidente-boric-decreta-duelo-nacional-y-funeral-de-estado-para-el-expresidente-sebastian-pinera/",
  kind="transcript", lang="es", publisher="chile-presidency", author="chile-presidency",
  author_name="Gobierno de Chile - Prensa Presidencia",
  title="Declaración del presidente Gabriel Boric tras el fallecimiento del expresidente Sebastián Piñera",
  published_at="2024-02-06", tz=SCL, verbatim=True, passages=[
      ("gabriel-boric", "Hoy Chile despide a un expresidente de la República. Quiero expresar, en nombre del pueblo de Chile, mis más sinceras condolencias a Cecilia Morel, a sus hijos y a toda su familia."),
      ("gabriel-boric", "Fue un demócrata desde la primera hora, y buscó con convicción lo que él creía mejor para el país."),
      ("gabriel-boric", "He decretado duelo nacional de tres días y he dispuesto que se le rinda un funeral de Estado, con todos los honores que corresponden a quien fue dos veces presidente de Chile."),
  ])

X("d12_x_boric_20240206", handle="GabrielBoric", author="gabriel-boric", author_name="Gabriel Boric Font",
  ts="2024-02-07T00:45:00+00:00", lang="es", tz=SCL, passages=[
      "Mi abrazo a Cecilia Morel y a la familia del expresidente Sebastián Piñera. Chile pierde a un demócrata que sirvió dos veces al país desde la Presidencia. Las diferencias que tuvimos nunca fueron obstáculo para el respeto mutuo.",
  ])

# =============================================================================================
# 2022-03-28 (Monday)     The Honduran Supreme Court's plenary confirms Juan Orlando Hernández's
#                         extradition, unanimously
# 2022-04-21 (Thursday)   Hernández extradited on a DEA aircraft from the Hernán Acosta Mejía air
#                         base; the Justice Department's release (Garland: a "narco-state"); the
#                         Security Ministry's post at 20:05 in Tegucigalpa (02:05 UTC on the 22nd)
# =============================================================================================

D("d12_pj_hn_20220328",
  url="https://www.poderjudicial.gob.hn/Paginas/pleno-csj-confirma-extradicion-expresidente-hernandez.aspx",
  kind="press_release", lang="es", publisher="poder-judicial-honduras", author="poder-judicial-honduras",
  author_name="Poder Judicial de Honduras - Comunicaciones",
  title="Pleno de la Corte Suprema de Justicia confirma la extradición del expresidente Juan Orlando Hernández",
  published_at="2022-03-28", tz=TGU, passages=[
      "El Pleno de la Corte Suprema de Justicia, integrado por sus quince magistrados, resolvió este lunes por unanimidad declarar sin lugar el recurso de apelación interpuesto por la defensa y confirmar la resolución del juez de extradición que concedió la entrega del expresidente Juan Orlando Hernández Alvarado a los Estados Unidos de América.",
      "La resolución es firme y se comunicará al Poder Ejecutivo para que proceda a la entrega.",
  ])

D("d12_doj_20220421",
  url="https://www.justice.gov/opa/pr/former-president-honduras-extradited-united-states-drug-trafficking-and-firearms-charges",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj",
  author_name="U.S. Department of Justice - Office of Public Affairs",
  title="Former President of Honduras Extradited to the United States on Drug-Trafficking and Firearms Charges",
  published_at="2022-04-21", tz=NY, passages=[
      "Juan Orlando Hernández, the former President of Honduras, was extradited today from Honduras to the United States to face charges of conspiring to import cocaine into the United States and related firearms offenses in the Southern District of New York.",
      "\"As alleged, Hernández abused his position as President of Honduras to operate the country as a narco-state,\" said Attorney General Merrick B. Garland. \"The Justice Department is committed to dismantling the drug trafficking networks that harm the American people.\"",
      "Hernández is expected to be presented before a U.S. magistrate judge in the Southern District of New York. The charges are merely accusations, and the defendant is presumed innocent unless and until proven guilty.",
  ])

D("d12_seguridad_hn_20220421",
  url="https://www.seguridad.gob.hn/2022/04/21/expresidente-juan-orlando-hernandez-es-extraditado-a-estados-unidos/",
  kind="press_release", lang="es", publisher="seguridad-honduras", author="seguridad-honduras",
  author_name="Secretaría de Seguridad de Honduras",
  title="Expresidente Juan Orlando Hernández es extraditado a los Estados Unidos",
  published_at="2022-04-21", tz=TGU, passages=[
      "Este jueves, el expresidente Juan Orlando Hernández Alvarado fue entregado a agentes de la Administración para el Control de Drogas (DEA) de los Estados Unidos en la Base Aérea Hernán Acosta Mejía, en Tegucigalpa, en cumplimiento de la resolución de la Corte Suprema de Justicia.",
      "El exmandatario fue trasladado en una aeronave de la DEA con destino a Nueva York, donde enfrentará a la justicia estadounidense.",
  ])

X("d12_x_seguridad_20220421", handle="SEGURIDAD_HN", author="seguridad-honduras",
  author_name="Secretaría de Seguridad Honduras", ts="2022-04-22T02:05:00+00:00", lang="es", tz=TGU, passages=[
      "#Comunicado | La Secretaría de Seguridad informa que el expresidente Juan Orlando Hernández Alvarado fue entregado hoy a las autoridades de los Estados Unidos, en cumplimiento de la orden de extradición confirmada por la Corte Suprema de Justicia.",
  ])

# =============================================================================================
# 2024-06-09 (Sunday)     After the European elections, Macron's address from the Élysée: he
#                         dissolves the National Assembly; legislative elections on 30 June and
#                         7 July (the Élysée's English version)
# =============================================================================================

D("d12_elysee_20240609",
  url="https://www.elysee.fr/en/emmanuel-macron/2024/06/09/address-to-the-french-people",
  kind="transcript", lang="en", publisher="france-presidency", author="france-presidency",
  author_name="Élysée - Presidency of the French Republic",
  title="Address by the President of the Republic to the French people",
  published_at="2024-06-09", tz=PAR, verbatim=True, passages=[
      ("emmanuel-macron", "My fellow citizens, the European elections have ended, and the results are not good for the parties that defend Europe, including the majority."),
      ("emmanuel-macron", "The rise of nationalists and demagogues is a danger for our nation, but also for our Europe and for France's place in Europe and in the world."),
      ("emmanuel-macron", "That is why, after the consultations provided for in Article 12 of our Constitution, I have decided to give you back the choice of our parliamentary future through the vote. I am therefore dissolving the National Assembly this evening."),
      ("emmanuel-macron", "I will sign the decree calling legislative elections, which will be held on 30 June for the first round and on 7 July for the second."),
  ])
