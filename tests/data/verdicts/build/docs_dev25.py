"""Source documents for the twenty-fifth development set (dev25.json).

Every document here is about an event of 2019 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev24 uses, so that dev25 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev26, written at the same time, keeps to events of 2005 to 2018; this set keeps to
2019 to 2025, and in the event to 2019, 2020, 2021, 2022 and 2023).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the White House's transcripts of remarks and its written statement, the Danish Prime
Minister's Office's English translation of her remarks, the Government of Greenland's post, the
Mexican presidency's versiones estenográficas, the U.S. Department of Justice's joint statement
and the Fiscalía General de la República's Spanish version and comunicado, the Casa Real's
comunicados, the Holy See's text of a General Audience and its Press Office's statements and
bulletins in English and Spanish, the Colombian government's peace delegation's comunicados, a
guerrilla commander's statement, a footballer's statement, X posts, media articles). Nothing here is
a verbatim copy of a real document: short phrases that public reporting widely quotes are kept
close to the original where a pair depends on them. It shares only the way documents are written
down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

NUUK = "America/Nuuk"
CPH = "Europe/Copenhagen"
MAD = "Europe/Madrid"
ROME = "Europe/Rome"
LON = "Europe/London"
BOG = "America/Bogota"


# =============================================================================================
# 2019-08-16 (Friday)     After press reports that President Trump has asked about buying
#                         Greenland, the Government of Greenland's foreign ministry posts "We're
#                         open for business, not for sale" (13:10 UTC, 11:10 in Nuuk)
# 2019-08-18 (Sunday)     Prime Minister Mette Frederiksen, visiting Greenland, calls it "an absurd
#                         discussion" (to Sermitsiaq; media only). Trump, before boarding Air
#                         Force One at Morristown, New Jersey: "Essentially, it's a large real
#                         estate deal", Denmark "losing almost $700 million a year carrying it",
#                         "not number one on the burner"
# 2019-08-20 (Tuesday)    Trump's two posts in the evening (20:51 and 20:52 EDT; 00:51 and 00:52
#                         UTC on the 21st): he "will be postponing our meeting scheduled in two
#                         weeks" (the state visit of 2 and 3 September) and "look[s] forward to
#                         rescheduling"
# 2019-08-21 (Wednesday)  Frederiksen in Copenhagen: "disappointed and surprised"; the invitation to
#                         a stronger partnership in the Arctic stands. Trump on the South Lawn:
#                         the "absurd" statement was "nasty"; his post on Denmark's 1.35% of GDP for
#                         NATO (17:10 EDT, 21:10 UTC)
# =============================================================================================

X("d25_x_greenlandmfa_20190816", handle="GreenlandMFA", author="greenland-mfa",
  author_name="Greenland Ministry of Foreign Affairs",
  ts="2019-08-16T13:10:00+00:00", lang="en", tz=NUUK, passages=[
      "Greenland holds valuable resources, from minerals, fish and seafood to the purest water and ice and renewable energy, and it is a new destination for adventure travel. We're open for business, not for sale.",
  ])

MEDIA("d25_ap_20190818",
      url="https://apnews.com/article/denmark-greenland-frederiksen-absurd-discussion-trump-purchase-2019",
      lang="en", outlet="Associated Press", date="2019-08-18", tz=CPH,
      title="Danish leader says talk of selling Greenland to US is 'an absurd discussion'", passages=[
          "Denmark's prime minister, Mette Frederiksen, on Sunday dismissed the idea of the United States buying Greenland as \"an absurd discussion\", speaking to the Greenlandic newspaper Sermitsiaq during a visit to the island.",
          "\"Greenland is not for sale. Greenland is not Danish. Greenland belongs to Greenland. I strongly hope that this is not meant seriously,\" the paper quoted her as saying.",
          "President Donald Trump is due in Denmark on Sept. 2 and 3 at the invitation of Queen Margrethe II.",
      ])

D("d25_wh_20190818",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-air-force-one-departure-morristown-nj-2019-08-18/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump",
  author_name="The White House",
  title="Remarks by President Trump Before Air Force One Departure | Morristown, NJ (Morristown Municipal Airport, August 18, 2019)",
  published_at="2019-08-18", tz=NY, verbatim=True, passages=[
      ("reporter", "Mr. President, are you looking at buying Greenland?"),
      ("donald-trump", "Well, it's something we've talked about. Denmark basically owns it, and we're very good allies with Denmark; we protect Denmark, like we protect a lot of the world. So the concept came up, and strategically it's interesting, and we'd be interested. But we'll talk to them a little bit. It's not number one on the burner, I can tell you that."),
      ("donald-trump", "Essentially, it's a large real estate deal. A lot of things can be done. It's hurting Denmark very badly, because they're losing almost $700 million a year carrying it. So they carry it at a great loss, and strategically, for the United States, it would be nice."),
      ("reporter", "Will you still go to Denmark next month?"),
      ("donald-trump", "I'm thinking about going. I'm not definitely going, but I may be. We're going to Poland, and then maybe we go to Denmark -- not for this reason at all."),
  ])

X("d25_x_trump_20190820a", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2019-08-21T00:51:00+00:00", lang="en", tz=NY, passages=[
      "Denmark is a very special country with incredible people, but given Prime Minister Mette Frederiksen's comments that she would have no interest in discussing the purchase of Greenland, I will be postponing our meeting scheduled in two weeks for another time....",
  ])

X("d25_x_trump_20190820b", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2019-08-21T00:52:00+00:00", lang="en", tz=NY, passages=[
      "....By being so direct, the Prime Minister was able to save a great deal of expense and effort for both the United States and Denmark. I thank her for that and look forward to rescheduling some time in the future!",
  ])

D("d25_stm_20190821",
  url="https://www.stm.dk/presse/pressemoeder/statsministerens-bemaerkninger-til-pressen-21-august-2019-english/",
  kind="transcript", lang="en", publisher="dk-statsministeriet", author="mette-frederiksen",
  author_name="Statsministeriet - The Prime Minister's Office of Denmark",
  title="Prime Minister Mette Frederiksen's remarks to the press on the US President's decision not to come to Denmark, Copenhagen, 21 August 2019 (English translation)",
  published_at="2019-08-21", tz=CPH, verbatim=True, passages=[
      ("mette-frederiksen", "I am disappointed and surprised. The preparations for the state visit were well under way, and here in Denmark we were looking forward to it."),
      ("mette-frederiksen", "The United States is one of our closest allies. That was true yesterday, it is true today, and a change of plans does not alter our good relations."),
      ("mette-frederiksen", "I had hoped the visit would give us the chance to discuss a stronger strategic partnership with the United States in the Arctic. That invitation still stands."),
  ])

D("d25_wh_20190821",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-marine-one-departure-2019-08-21/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump",
  author_name="The White House",
  title="Remarks by President Trump Before Marine One Departure (South Lawn, August 21, 2019)",
  published_at="2019-08-21", tz=NY, verbatim=True, passages=[
      ("reporter", "Mr. President, the Prime Minister of Denmark says she is disappointed and surprised that you called off the trip."),
      ("donald-trump", "I thought that the Prime Minister's statement that it was absurd -- that it was an absurd idea -- was nasty. I thought it was an inappropriate statement. All she had to do is say, 'No, we wouldn't be interested.'"),
      ("donald-trump", "She's not talking to me; she's talking to the United States of America. You don't talk to the United States that way, at least under me."),
  ])

X("d25_x_trump_20190821", handle="realDonaldTrump", author="donald-trump", author_name="Donald J. Trump",
  ts="2019-08-21T21:10:00+00:00", lang="en", tz=NY, passages=[
      "For the record, Denmark is only at 1.35% of GDP for NATO spending. They are a wealthy country and should be at 2%. We protect Europe, and yet only 8 of the 28 NATO countries are at the 2% mark.",
  ])


# =============================================================================================
# 2020-10-15 (Thursday)   General Salvador Cienfuegos Zepeda, defence secretary from 2012 to 2018,
#                         is arrested at Los Angeles airport at the DEA's request; Foreign
#                         Secretary Ebrard's post at 21:05 in Mexico City (UTC-5, summer time until
#                         25 Oct; 02:05 UTC on the 16th)
# 2020-10-16 (Friday)     López Obrador's morning press conference: "muy lamentable", "muestra
#                         inequívoca de la descomposición del régimen", no investigation open in
#                         Mexico
# 2020-11-17 (Tuesday)    Joint statement of Attorney General Barr and Fiscal General Gertz Manero:
#                         the Justice Department will seek dismissal of the charges "so that he may
#                         be investigated and, if appropriate, charged, under Mexican law" (the
#                         FGR's Spanish version)
# 2021-01-14 (Thursday)   The FGR's comunicado: no evidence of contacts with the cartel, no
#                         irregularity in his assets; "no ejercicio de la acción penal"
# 2021-01-15 (Friday)     López Obrador: the accusation "se le fabricó ... por la DEA"; the
#                         government backs the decision; the file to be published
# =============================================================================================

X("d25_x_ebrard_20201015", handle="m_ebrard", author="marcelo-ebrard", author_name="Marcelo Ebrard C.",
  ts="2020-10-16T02:05:00+00:00", lang="es", tz=MX, passages=[
      "El Embajador de los Estados Unidos, Christopher Landau, me ha informado que el ex Secretario de la Defensa Nacional, Gral. Salvador Cienfuegos Zepeda, fue detenido en el aeropuerto de Los Ángeles, California. Nuestro Consulado me informará en las próximas horas de los cargos y le brindará la asistencia consular a la que tiene derecho.",
  ])

D("d25_presidencia_20201016",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-del-presidente-andres-manuel-lopez-obrador-16-de-octubre-de-2020",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador",
  author_name="Presidencia de la República - Versión estenográfica",
  title="Versión estenográfica de la conferencia de prensa matutina del presidente Andrés Manuel López Obrador, 16 de octubre de 2020 (Palacio Nacional)",
  published_at="2020-10-16", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Anoche, un poco antes de las nueve, me informó el canciller de la detención en Los Ángeles del general Salvador Cienfuegos, que fue secretario de la Defensa Nacional en el gobierno anterior."),
      ("andres-manuel-lopez-obrador", "Es un hecho muy lamentable que un exsecretario de la Defensa sea detenido y acusado de vínculos con el narcotráfico. Desde luego, todo esto tiene que probarse; no podemos adelantar vísperas ni hacer juicios sumarios."),
      ("andres-manuel-lopez-obrador", "Es una muestra inequívoca de la descomposición del régimen, de cómo se fue degradando la función pública en los gobiernos anteriores."),
      ("reporter", "¿Había en México alguna investigación abierta contra el general Cienfuegos?"),
      ("andres-manuel-lopez-obrador", "No. En México no había ninguna investigación abierta contra el general; nos enteramos por la información de Estados Unidos."),
      ("reporter", "¿No es esto un golpe a la credibilidad del Ejército, presidente?"),
      ("andres-manuel-lopez-obrador", "Hay que distinguir entre las personas y la institución. El Ejército es una institución fundamental para el país, y si hay servidores públicos en funciones que estén involucrados, serán separados de sus cargos y puestos a disposición de las autoridades."),
  ])

D("d25_doj_20201117",
  url="https://www.justice.gov/opa/pr/joint-statement-attorney-general-united-states-william-p-barr-and-fiscal-general-mexico-alejandro",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj",
  author_name="U.S. Department of Justice - Office of Public Affairs",
  title="Joint Statement by Attorney General of the United States William P. Barr and Fiscal General of Mexico Alejandro Gertz Manero",
  published_at="2020-11-17", tz=NY, passages=[
      "Attorney General of the United States William P. Barr and Fiscal General of Mexico Alejandro Gertz Manero issued the following joint statement today.",
      "On October 15, 2020, former Mexican Secretary of National Defense General Salvador Cienfuegos Zepeda was arrested in Los Angeles, California, on U.S. charges of conspiracy to manufacture, import and distribute narcotics into the United States and of money laundering. On learning of the arrest and of the U.S. charges, Mexico's Fiscalía General de la República opened its own investigation.",
      "In recognition of the strong law enforcement partnership between Mexico and the United States, and in the interests of demonstrating our united front against all forms of criminality, the U.S. Department of Justice has made the decision to seek dismissal of the U.S. criminal charges against former Secretary Cienfuegos, so that he may be investigated and, if appropriate, charged, under Mexican law.",
      "At the request of the Fiscalía General de la República, and under the treaty that governs the sharing of evidence, the Department of Justice has provided Mexico with the evidence in this case, and it commits to continued cooperation in support of the investigation by the Mexican authorities.",
  ])

D("d25_fgr_20201117",
  url="https://www.gob.mx/fgr/prensa/comunicado-conjunto-del-fiscal-general-de-los-estados-unidos-william-p-barr-y-del-fiscal-general-de-la-republica-alejandro-gertz-manero",
  kind="press_release", lang="es", publisher="fgr", author="fgr",
  author_name="Fiscalía General de la República - Prensa",
  title="Comunicado conjunto del Fiscal General de los Estados Unidos, William P. Barr, y del Fiscal General de la República, Alejandro Gertz Manero",
  published_at="2020-11-17", tz=MX, passages=[
      "El Fiscal General de los Estados Unidos, William P. Barr, y el Fiscal General de la República, Alejandro Gertz Manero, emitieron hoy el siguiente comunicado conjunto.",
      "El 15 de octubre de 2020, el exsecretario de la Defensa Nacional, general Salvador Cienfuegos Zepeda, fue detenido en Los Ángeles, California, por cargos estadounidenses de asociación delictuosa para fabricar, importar y distribuir narcóticos en los Estados Unidos y de lavado de dinero. Al conocer la detención y los cargos, la Fiscalía General de la República abrió su propia investigación.",
      "En reconocimiento de la sólida colaboración entre México y los Estados Unidos en la procuración de justicia, y con el interés de demostrar nuestro frente unido contra toda forma de criminalidad, el Departamento de Justicia de los Estados Unidos ha decidido solicitar el desistimiento de los cargos penales estadounidenses contra el exsecretario Cienfuegos, para que sea investigado y, en su caso, procesado conforme a la legislación mexicana.",
      "A solicitud de la Fiscalía General de la República, y en el marco del tratado que rige el intercambio de pruebas, el Departamento de Justicia ha entregado a México las pruebas de este caso y se compromete a seguir cooperando con la investigación de las autoridades mexicanas.",
  ])

D("d25_fgr_20210114",
  url="https://www.gob.mx/fgr/prensa/comunicado-fgr-017-21-la-fgr-determina-el-no-ejercicio-de-la-accion-penal-en-la-investigacion-relativa-al-general-salvador-cienfuegos-zepeda",
  kind="press_release", lang="es", publisher="fgr", author="fgr",
  author_name="Fiscalía General de la República - Prensa",
  title="Comunicado FGR 017/21. La FGR determina el no ejercicio de la acción penal en la investigación relativa al general Salvador Cienfuegos Zepeda",
  published_at="2021-01-14", tz=MX, passages=[
      "Ciudad de México, a 14 de enero de 2021. La Fiscalía General de la República (FGR) informa que concluyó la investigación que inició tras la detención del general Salvador Cienfuegos Zepeda, exsecretario de la Defensa Nacional, el 15 de octubre de 2020 en Los Ángeles, California.",
      "Del análisis de los elementos de prueba que remitió el Departamento de Justicia de los Estados Unidos, recabados por la Administración de Control de Drogas (DEA), se concluye que el general Cienfuegos nunca tuvo encuentro alguno con los integrantes de la organización delictiva conocida como \"H-2\", investigada por las agencias estadounidenses, ni sostuvo comunicación con ellos, ni realizó acción alguna para protegerlos o ayudarlos.",
      "Tampoco se detectó irregularidad alguna en su patrimonio ni ingresos de procedencia ilícita.",
      "Por lo anterior, la Fiscalía General de la República determinó el no ejercicio de la acción penal, resolución que ya fue notificada al general Cienfuegos.",
  ])

D("d25_presidencia_20210115",
  url="https://www.gob.mx/presidencia/articulos/version-estenografica-de-la-conferencia-de-prensa-matutina-del-presidente-andres-manuel-lopez-obrador-15-de-enero-de-2021",
  kind="transcript", lang="es", publisher="presidencia-mexico", author="andres-manuel-lopez-obrador",
  author_name="Presidencia de la República - Versión estenográfica",
  title="Versión estenográfica de la conferencia de prensa matutina del presidente Andrés Manuel López Obrador, 15 de enero de 2021 (Palacio Nacional)",
  published_at="2021-01-15", tz=MX, verbatim=True, passages=[
      ("andres-manuel-lopez-obrador", "Ayer resolvió la Fiscalía que no procede la acusación que se le fabricó al general Cienfuegos por la agencia estadounidense encargada del combate a las drogas, por la DEA."),
      ("andres-manuel-lopez-obrador", "Es una decisión que toma la Fiscalía, pero que el gobierno que represento secunda; es decir, avala, respalda. Sostenemos que debe terminarse la impunidad, pero también que no puede haber represalias ni venganzas, y que no se pueden inventar delitos."),
      ("andres-manuel-lopez-obrador", "He pedido a la Secretaría de Relaciones Exteriores que dé a conocer, lo más pronto posible, todo el expediente que nos envió el gobierno de los Estados Unidos, para que no haya ninguna duda."),
  ])


# =============================================================================================
# 2020-08-03 (Monday)     The Casa Real publishes Don Juan Carlos's letter to his son: his "meditada
#                         decisión de trasladarme, en estos momentos, fuera de España"; Felipe VI's
#                         "sentido respeto y agradecimiento ante su decisión"
# 2020-08-17 (Monday)     The Casa Real: on 3 August he moved to the United Arab Emirates, where he
#                         remains
# =============================================================================================

D("d25_casareal_20200803",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=14590",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de S.M. el Rey",
  title="Comunicado de la Casa de Su Majestad el Rey (3 de agosto de 2020)",
  published_at="2020-08-03", tz=MAD, passages=[
      "Su Majestad el Rey Don Juan Carlos ha dirigido a Su Majestad el Rey una carta, que se transcribe a continuación en sus párrafos principales.",
      ("juan-carlos-i", "\"Majestad, querido Felipe: ante la repercusión pública que están generando ciertos acontecimientos pasados de mi vida privada, y con el afán de servicio a España que inspiró mi reinado, quiero facilitar el ejercicio de tus funciones con la tranquilidad que requiere tu alta responsabilidad."),
      ("juan-carlos-i", "Guiado por el convencimiento de prestar el mejor servicio a los españoles, a sus instituciones y a ti como Rey, te comunico mi meditada decisión de trasladarme, en estos momentos, fuera de España. Una decisión que tomo con profundo sentimiento, pero con gran serenidad."),
      ("juan-carlos-i", "He sido Rey de España durante casi cuarenta años y, durante todos ellos, siempre he querido lo mejor para España y para la Corona. Con el cariño de siempre, tu padre.\""),
      "Su Majestad el Rey ha transmitido a Su Majestad el Rey Don Juan Carlos su sentido respeto y agradecimiento ante su decisión.",
      "El Rey desea remarcar la importancia histórica del reinado de su padre, como legado y obra política e institucional de servicio a España y a la democracia, y reafirmar al mismo tiempo los principios y valores en que esta se asienta, en el marco de la Constitución y del resto del ordenamiento jurídico. Palacio de La Zarzuela, 3 de agosto de 2020.",
  ])

D("d25_casareal_20200817",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=14603",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de S.M. el Rey",
  title="Comunicado de la Casa de Su Majestad el Rey (17 de agosto de 2020)",
  published_at="2020-08-17", tz=MAD, passages=[
      "Su Majestad el Rey Don Juan Carlos ha indicado a la Casa de Su Majestad el Rey que comunique que el pasado día 3 del presente mes de agosto se trasladó a los Emiratos Árabes Unidos, donde permanece en la actualidad.",
      "Palacio de La Zarzuela, 17 de agosto de 2020.",
  ])


# =============================================================================================
# 2022-12-28 (Wednesday)  At the end of the General Audience, Pope Francis asks for a special prayer
#                         for Benedict XVI, "very ill"; the Press Office: a worsening due to his
#                         age, and Francis's visit to the Mater Ecclesiae Monastery
# 2022-12-31 (Saturday)   Bruni: Benedict XVI "passed away today at 9:34 in the Mater Ecclesiae
#                         Monastery"; the funeral, presided over by Pope Francis in St Peter's
#                         Square, on Thursday 5 January 2023 at 9:30, in the sign of simplicity;
#                         the body in St Peter's Basilica from Monday 2 January; the Anointing of
#                         the Sick received on the 28th. Biden's statement; Sunak's post (11:20 in
#                         London, UTC)
# 2023-01-02 (Monday)     The body in St Peter's Basilica; the faithful admitted from 9:00
#                         (no attendance figure)
# =============================================================================================

D("d25_vatican_audience_20221228",
  url="https://www.vatican.va/content/francesco/en/audiences/2022/documents/20221228-udienza-generale.html",
  kind="transcript", lang="en", publisher="holy-see", author="pope-francis",
  author_name="The Holy See",
  title="General Audience, Paul VI Audience Hall, Wednesday, 28 December 2022: Appeal for Pope Emeritus Benedict XVI",
  published_at="2022-12-28", tz=ROME, verbatim=True, passages=[
      ("pope-francis", "Before concluding, I would like to ask all of you for a special prayer for Pope Emeritus Benedict, who in silence is sustaining the Church."),
      ("pope-francis", "Remember him: he is very ill. Let us ask the Lord to console him and to sustain him in this witness of love for the Church, until the end."),
  ])

D("d25_hspo_20221228",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2022/12/28/221228c.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="matteo-bruni",
  author_name="Holy See Press Office",
  title="Statement of the Director of the Holy See Press Office, Matteo Bruni, on the health of Pope Emeritus Benedict XVI",
  published_at="2022-12-28", tz=ROME, passages=[
      "Regarding the health of Pope Emeritus Benedict XVI, I can confirm that in the last few hours there has been a worsening due to his advanced age. The situation remains under control and is constantly followed by his doctors.",
      "At the end of this morning's General Audience, Pope Francis went to the Mater Ecclesiae Monastery to visit Benedict XVI.",
      "We join the Holy Father in his invitation to pray for the Pope Emeritus.",
  ])

D("d25_hspo_20221231_en",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2022/12/31/221231a.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="matteo-bruni",
  author_name="Holy See Press Office",
  title="Statement of the Director of the Holy See Press Office, Matteo Bruni, on the death of Pope Emeritus Benedict XVI",
  published_at="2022-12-31", tz=ROME, passages=[
      "With sorrow I inform you that the Pope Emeritus, Benedict XVI, passed away today at 9:34 in the Mater Ecclesiae Monastery in the Vatican. Further information will be provided as soon as possible.",
      "Update, midday. The funeral of the Pope Emeritus will be held on Thursday 5 January 2023 at 9:30 in St Peter's Square, and will be presided over by Pope Francis. In accordance with the wishes of the Pope Emeritus, it will be celebrated in the sign of simplicity.",
      "From the morning of Monday 2 January, the body of the Pope Emeritus will lie in St Peter's Basilica, so that the faithful may pray and bid him farewell.",
      "On the afternoon of Wednesday 28 December, at the end of the Mass celebrated in the Monastery, the Pope Emeritus received the Anointing of the Sick.",
  ])

D("d25_hspo_20221231_es",
  url="https://press.vatican.va/content/salastampa/es/bollettino/pubblico/2022/12/31/221231a.html",
  kind="press_release", lang="es", publisher="holy-see-press-office", author="matteo-bruni",
  author_name="Oficina de Prensa de la Santa Sede",
  title="Declaración del Director de la Oficina de Prensa de la Santa Sede, Matteo Bruni, sobre el fallecimiento del Papa Emérito Benedicto XVI",
  published_at="2022-12-31", tz=ROME, passages=[
      "Con dolor informo que el Papa Emérito, Benedicto XVI, ha fallecido hoy a las 9:34 en el Monasterio Mater Ecclesiae del Vaticano. Se facilitará más información lo antes posible.",
      "Actualización, mediodía. El funeral del Papa Emérito se celebrará el jueves 5 de enero de 2023 a las 9:30 en la plaza de San Pedro y será presidido por el papa Francisco. Conforme al deseo del Papa Emérito, se celebrará bajo el signo de la sencillez.",
      "Desde la mañana del lunes 2 de enero, el cuerpo del Papa Emérito estará en la Basílica de San Pedro para que los fieles puedan rezar y despedirse de él.",
  ])

D("d25_wh_20221231",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/12/31/statement-from-president-joe-biden-on-the-passing-of-pope-emeritus-benedict-xvi/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden",
  author_name="The White House",
  title="Statement from President Joe Biden on the Passing of Pope Emeritus Benedict XVI",
  published_at="2022-12-31", tz=NY, passages=[
      ("joe-biden", "Jill and I join Catholics around the world, and so many others, in mourning the passing of Pope Emeritus Benedict XVI."),
      ("joe-biden", "I had the privilege of spending time with Pope Benedict at the Vatican in 2011, and I will always remember his generosity and his welcome, as well as our meaningful conversation."),
      ("joe-biden", "He will be remembered as a renowned theologian, with a lifetime of devotion to the Church, guided by his principles and faith. May his focus on the ministry of charity continue to be an inspiration to us all."),
  ])

X("d25_x_sunak_20221231", handle="RishiSunak", author="rishi-sunak", author_name="Rishi Sunak",
  ts="2022-12-31T11:20:00+00:00", lang="en", tz=LON, passages=[
      "I am saddened to learn of the death of Pope Emeritus Benedict XVI. He was a great theologian whose visit to the UK in 2010 was a historic moment for Catholics and non-Catholics alike across our country. My thoughts are with Catholics in the UK and around the world today.",
  ])

D("d25_hspo_20230102",
  url="https://press.vatican.va/content/salastampa/en/bollettino/pubblico/2023/01/02/230102a.html",
  kind="press_release", lang="en", publisher="holy-see-press-office", author="holy-see-press-office",
  author_name="Holy See Press Office",
  title="Lying in state of Pope Emeritus Benedict XVI in St Peter's Basilica",
  published_at="2023-01-02", tz=ROME, passages=[
      "Early this morning, in private, the body of Pope Emeritus Benedict XVI was brought from the Mater Ecclesiae Monastery to St Peter's Basilica.",
      "From 9:00 this morning the faithful have been able to pay their respects. The Basilica remains open for this purpose until 19:00 today, and from 7:00 to 19:00 on Tuesday 3 and Wednesday 4 January.",
      "The funeral will be celebrated on Thursday 5 January at 9:30 in St Peter's Square, presided over by Pope Francis.",
  ])


# =============================================================================================
# 2023-10-28 (Saturday)   Luis Manuel Díaz, the father of the footballer Luis Díaz, and his wife,
#                         Cilenis Marulanda, are seized in Barrancas, La Guajira; she is freed
#                         hours later (no document of this day)
# 2023-11-02 (Thursday)   The government's peace delegation: an ELN unit carried out the
#                         kidnapping; it demands his immediate release
# 2023-11-04 (Saturday)   The ELN's commander Antonio García: "fue un error"; Luis Díaz's statement
#                         ("Pido al ELN la pronta liberación de mi papá")
# 2023-11-05 (Sunday)     Díaz scores at Luton in stoppage time and shows "Libertad para papá"
#                         (media only)
# 2023-11-09 (Thursday)   Released by the ELN to a humanitarian commission of the United Nations and
#                         the Catholic Church in the Serranía del Perijá; the Episcopal Conference's
#                         post (12:15 in Bogotá, 17:15 UTC)
# =============================================================================================

D("d25_gob_co_20231102",
  url="https://www.altocomisionadoparalapaz.gov.co/Prensa/Paginas/2023/comunicado-delegacion-de-paz-del-gobierno-secuestro-luis-manuel-diaz.aspx",
  kind="press_release", lang="es", publisher="colombia-government", author="delegacion-gobierno-dialogos-eln",
  author_name="Delegación de Paz del Gobierno de Colombia en la Mesa de Diálogos con el ELN",
  title="Comunicado de la Delegación de Paz del Gobierno sobre el secuestro del señor Luis Manuel Díaz",
  published_at="2023-11-02", tz=BOG, passages=[
      "La Delegación de Paz del Gobierno de Colombia informa a la opinión pública que, según la información recibida, el secuestro del señor Luis Manuel Díaz, ocurrido el sábado 28 de octubre en Barrancas, La Guajira, fue realizado por una unidad del Ejército de Liberación Nacional (ELN). Su esposa, Cilenis Marulanda, que viajaba con él, quedó en libertad horas después.",
      "Exigimos al ELN la liberación inmediata del señor Díaz. El secuestro atenta contra la dignidad humana y es contrario al espíritu de los compromisos adquiridos en la Mesa de Diálogos.",
      "La Delegación ha activado los protocolos previstos para facilitar su pronto regreso con su familia.",
  ])

D("d25_tg_garcia_20231104",
  url="https://t.me/s/ELN_Voces/2023-11-04-antonio-garcia-retencion-padre-luis-diaz",
  kind="web_page", lang="es", publisher="eln", author="antonio-garcia-eln",
  author_name="Antonio García (canal del ELN en Telegram)",
  title="Antonio García: sobre la retención del padre de Luis Díaz",
  published_at="2023-11-04", tz=BOG, passages=[
      ("antonio-garcia-eln", "La retención del padre de Luis Díaz, realizada por el Frente de Guerra Norte, fue un error. Lucho es un símbolo de Colombia, y así lo sentimos en el ELN."),
      ("antonio-garcia-eln", "El Comando Central orientó su liberación. Esperamos que las situaciones operativas en el terreno se resuelvan; esa es la orientación que tienen los mandos, para que la liberación se haga cuanto antes."),
  ])

D("d25_ig_luisdiaz_20231104",
  url="https://www.instagram.com/p/CzLuisDiazComunicado20231104/",
  kind="web_page", lang="es", publisher=None, author="luis-diaz-marulanda",
  author_name="Luis Díaz (Instagram)",
  title="Luis Díaz en Instagram: comunicado sobre el secuestro de su padre",
  published_at="2023-11-04", tz=BOG, passages=[
      ("luis-diaz-marulanda", "Hoy no les habla el futbolista, les habla Luis Díaz, el hijo de Luis Manuel Díaz. Mi papá es un trabajador incansable, el pilar de nuestra familia, y fue secuestrado."),
      ("luis-diaz-marulanda", "Cada segundo, cada minuto, nuestra angustia crece. Mi mamá, mis hermanos y yo estamos desesperados y sin palabras para describir lo que sentimos."),
      ("luis-diaz-marulanda", "Pido al ELN la pronta liberación de mi papá, y a los organismos internacionales les solicito que intercedan por su libertad. Este sufrimiento solo terminará cuando lo tengamos de vuelta en casa."),
  ])

MEDIA("d25_bbc_20231105",
      url="https://www.bbc.com/sport/football/luton-town-liverpool-luis-diaz-father-message-2023-11-05",
      lang="en", outlet="BBC Sport", date="2023-11-05", tz=LON,
      title="Luis Díaz scores late equaliser at Luton and sends message to kidnapped father", passages=[
          "Luis Díaz came off the bench to score a 95th-minute equaliser for Liverpool in a 1-1 draw at Luton, then lifted his shirt to reveal a T-shirt reading \"Libertad para papá\" (\"Freedom for dad\").",
          "It was the Colombian's first appearance since his father was kidnapped in their home town of Barrancas on 28 October.",
      ])

D("d25_gob_co_20231109",
  url="https://www.altocomisionadoparalapaz.gov.co/Prensa/Paginas/2023/comunicado-delegacion-de-paz-del-gobierno-liberacion-luis-manuel-diaz.aspx",
  kind="press_release", lang="es", publisher="colombia-government", author="delegacion-gobierno-dialogos-eln",
  author_name="Delegación de Paz del Gobierno de Colombia en la Mesa de Diálogos con el ELN",
  title="Comunicado de la Delegación de Paz del Gobierno sobre la liberación de don Luis Manuel Díaz",
  published_at="2023-11-09", tz=BOG, passages=[
      "La Delegación de Paz del Gobierno de Colombia anuncia con alegría la liberación de don Luis Manuel Díaz, quien este jueves fue entregado por el ELN, en la Serranía del Perijá, a la comisión humanitaria conformada por la Organización de las Naciones Unidas y la Iglesia católica.",
      "Esperamos que pronto recobre la tranquilidad que le arrebató un hecho que nunca debió ocurrir.",
      "En el próximo ciclo de la Mesa de Diálogos, la Delegación exigirá al ELN que todas las personas que mantiene secuestradas sean puestas en libertad de manera inmediata, en condiciones de seguridad y dignidad.",
  ])

X("d25_x_cec_20231109", handle="episcopadocol", author="episcopado-colombia",
  author_name="Conferencia Episcopal de Colombia",
  ts="2023-11-09T17:15:00+00:00", lang="es", tz=BOG, passages=[
      "¡Damos gracias a Dios por la liberación del señor Luis Manuel Díaz! Lo acompañan monseñor Francisco Ceballos, obispo de Riohacha, y monseñor Héctor Henao, delegado para las relaciones Iglesia-Estado, quienes integraron la comisión humanitaria que facilitó su liberación.",
  ])
