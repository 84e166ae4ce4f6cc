"""Source documents for the twenty-third development set (dev23.json).

Every document here is about an event of 2022, 2024 or 2025 that neither the first set
(train/dev/test) nor dev2 to dev22 uses, so that dev23 checks whether the verdict rules generalise
to pairs nobody has tuned on (dev24, written at the same time, keeps to events of 2010 to 2021;
this set keeps to 2022 to 2025).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Spanish Congress's press note and the Labour Ministry's note, a Salvadoran
president's post and the Legislative Assembly's note, the Ecuadorian National Assembly's note and
the Ecuadorian presidency's transcript and note, NATO's transcript of a press conference and its
summit declaration, La Moncloa's note, the White House's transcripts of remarks and of a press
conference, Factba.se's transcript of remarks, the Manhattan District Attorney's transcript of a
press conference, a Fox News interview transcript, Truth Social and X posts, media articles).
Nothing here is a verbatim copy of a real document: short phrases that public reporting widely
quotes are kept close to the original where a pair depends on them. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

MAD = "Europe/Madrid"
BRU = "Europe/Brussels"
SSV = "America/El_Salvador"
GYE = "America/Guayaquil"


# =============================================================================================
# 2022-02-03 (Thursday)   The Congress of Deputies validates Royal Decree-law 32/2021, the labour
#                         reform agreed in the social dialogue, by 175 votes to 174; a PP deputy,
#                         Alberto Casero, votes yes by mistake (his party blames a computer error;
#                         media only), and UPN's two deputies vote no
# =============================================================================================

D("d23_congreso_20220203",
  url="https://www.congreso.es/es/notas-de-prensa?p_p_id=notasprensa&_notasprensa_mvcPath=detalle&_notasprensa_notaId=43018",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Gabinete de Prensa",
  title="El Pleno convalida el Real Decreto-ley de medidas urgentes para la reforma laboral",
  published_at="2022-02-03", tz=MAD, passages=[
      "El Pleno del Congreso de los Diputados ha convalidado este jueves el Real Decreto-ley 32/2021, de 28 de diciembre, de medidas urgentes para la reforma laboral, la garantía de la estabilidad en el empleo y la transformación del mercado de trabajo, con 175 votos a favor y 174 en contra.",
      "La votación, con diputados presentes en el hemiciclo y otros que votaron de forma telemática, se resolvió por un solo voto de diferencia. Conocido el resultado, la presidenta de la Cámara, Meritxell Batet, declaró convalidado el real decreto-ley.",
      "La norma, publicada en el Boletín Oficial del Estado el 30 de diciembre, es fruto del acuerdo alcanzado en la mesa de diálogo social entre el Gobierno, los sindicatos CCOO y UGT y las organizaciones empresariales CEOE y Cepyme.",
  ])

D("d23_trabajo_20220203",
  url="https://www.mites.gob.es/es/prensa/notas/2022/02/03/el-congreso-convalida-la-reforma-laboral.htm",
  kind="press_release", lang="es", publisher="spain-government", author="spain-government",
  author_name="Ministerio de Trabajo y Economía Social - Gabinete de Comunicación",
  title="El Congreso convalida la reforma laboral",
  published_at="2022-02-03", tz=MAD, passages=[
      "El Congreso de los Diputados ha convalidado este jueves la reforma laboral, que entró en vigor tras su publicación en el BOE y es fruto del acuerdo alcanzado en el diálogo social con sindicatos y empresarios.",
      "La reforma elimina el contrato por obra o servicio determinado, limita la contratación temporal a causas justificadas y convierte el contrato indefinido en la norma general.",
      "Además, recupera la ultraactividad de los convenios colectivos, da prioridad al convenio sectorial en materia salarial y crea el Mecanismo RED de flexibilidad y estabilización del empleo, inspirado en los ERTE de la pandemia.",
      "La vicepresidenta segunda y ministra de Trabajo y Economía Social, Yolanda Díaz, defendió en la tribuna que la norma devuelve derechos a los trabajadores y da estabilidad a las empresas.",
  ])

MEDIA("d23_reuters_20220203",
      url="https://www.reuters.com/world/europe/spanish-labour-reform-squeaks-through-parliament-after-lawmakers-mistake-2022-02-03/",
      lang="en", outlet="Reuters", date="2022-02-03", tz=MAD,
      title="Spanish labour reform squeaks through parliament after lawmaker's mistake", passages=[
          "MADRID, Feb 3 (Reuters) - Spain's parliament approved a landmark labour reform by a single vote on Thursday, after a lawmaker from the opposition People's Party, Alberto Casero, voted in favour by mistake, according to his party, which blamed a computer error.",
          "Two lawmakers from the small Navarrese party UPN voted against the reform despite their party's pledge to back it, and for a few moments opponents in the chamber celebrated what they thought was its defeat.",
      ])


# =============================================================================================
# 2022-03-26 (Saturday)   A surge of killings blamed on the gangs; Bukele's post asking the
#                         Legislative Assembly for an extraordinary plenary to decree a "régimen de
#                         excepción" under article 29 of the Constitution (20:50 in San Salvador,
#                         02:50 UTC on the 27th)
# 2022-03-27 (Sunday)     In the early hours, the Assembly approves the régimen de excepción for 30
#                         days nationwide: freedom of association and assembly, the right to be
#                         told the reasons for an arrest and to a lawyer, and the inviolability of
#                         correspondence and telecommunications suspended; administrative detention
#                         extended from 72 hours to 15 days
# =============================================================================================

X("d23_x_bukele_20220326", handle="nayibbukele", author="nayib-bukele", author_name="Nayib Bukele",
  ts="2022-03-27T02:50:00+00:00", lang="es", tz=SSV, passages=[
      "Solicito a la @AsambleaSV convocar a una Plenaria Extraordinaria para decretar Régimen de Excepción, según el Art. 29 de nuestra Constitución.",
  ])

D("d23_asamblea_sv_20220327",
  url="https://www.asamblea.gob.sv/noticias/asamblea-aprueba-regimen-de-excepcion-por-30-dias",
  kind="press_release", lang="es", publisher="asamblea-legislativa-sv", author="asamblea-legislativa-sv",
  author_name="Asamblea Legislativa de El Salvador - Comunicaciones",
  title="Asamblea Legislativa aprueba régimen de excepción por 30 días",
  published_at="2022-03-27", tz=SSV, passages=[
      "En una sesión plenaria extraordinaria convocada la noche del sábado y concluida en la madrugada de este domingo 27 de marzo, la Asamblea Legislativa aprobó, con el voto de la mayoría de los diputados, el decreto que establece un régimen de excepción en todo el territorio nacional por un plazo de 30 días, a solicitud del presidente de la República, Nayib Bukele.",
      "El decreto, amparado en el artículo 29 de la Constitución, suspende temporalmente la libertad de asociación y de reunión, el derecho a ser informado de las razones de la detención y a la asistencia de un defensor, y la inviolabilidad de la correspondencia y de las telecomunicaciones.",
      "Asimismo, amplía de 72 horas a 15 días el plazo máximo de la detención administrativa.",
      "La medida responde al repunte de homicidios atribuidos a las pandillas que se registró durante el fin de semana, y podrá prorrogarse si persisten las circunstancias que la motivaron.",
  ])


# =============================================================================================
# 2022-06-28 (Tuesday)    During the national strike called by the CONAIE (since 13 June): a
#                         soldier killed in an attack on a fuel convoy in Shushufindi; Lasso's
#                         message ("No volveremos a sentarnos a dialogar con Leonidas Iza"); the
#                         National Assembly's motion to remove him (art. 130.2) gets 80 votes,
#                         short of the 92 required
# 2022-06-30 (Thursday)   The Acta por la Paz signed at the Episcopal Conference's headquarters in
#                         Quito by Government Minister Francisco Jiménez and the CONAIE's Leonidas
#                         Iza (with FEINE and FENOCIN): fuel 15 cents a gallon cheaper (Extra and
#                         Ecopaís from $2.55 to $2.40, diesel from $1.90 to $1.75); Lasso's post
#                         at 20:40 in Quito (01:40 UTC on 1 July)
# =============================================================================================

D("d23_asamblea_ec_20220628",
  url="https://www.asambleanacional.gob.ec/es/noticia/81045-pleno-no-alcanza-los-votos-para-la-destitucion-del",
  kind="press_release", lang="es", publisher="asamblea-nacional-ecuador", author="asamblea-nacional-ecuador",
  author_name="Asamblea Nacional del Ecuador - Coordinación de Comunicación",
  title="Pleno no alcanza los votos para la destitución del presidente de la República",
  published_at="2022-06-28", tz=GYE, passages=[
      "El Pleno de la Asamblea Nacional votó este martes 28 de junio la moción de destitución del presidente de la República, Guillermo Lasso, por la causal de grave crisis política y conmoción interna prevista en el numeral 2 del artículo 130 de la Constitución.",
      "La moción obtuvo 80 votos afirmativos y no alcanzó las dos terceras partes de los integrantes de la Asamblea, 92 votos, que exige la Constitución, por lo que fue archivada.",
      "El debate se había instalado el fin de semana a pedido de asambleístas de la bancada de la Unión por la Esperanza (UNES), en medio del paro nacional convocado por las organizaciones indígenas.",
  ])

D("d23_presidencia_ec_20220628",
  url="https://www.presidencia.gob.ec/mensaje-del-presidente-guillermo-lasso-a-la-nacion-28-de-junio-de-2022/",
  kind="transcript", lang="es", publisher="ecuador-presidency", author="guillermo-lasso",
  author_name="Presidencia de la República del Ecuador",
  title="Mensaje del presidente Guillermo Lasso a la Nación, 28 de junio de 2022",
  published_at="2022-06-28", tz=GYE, verbatim=True, passages=[
      ("guillermo-lasso", "Ecuatorianos: esta madrugada, en Shushufindi, un grupo de violentos atacó a un convoy militar que escoltaba tanqueros de combustible. Un soldado perdió la vida y otros militares resultaron heridos."),
      ("guillermo-lasso", "No volveremos a sentarnos a dialogar con Leonidas Iza, quien solo defiende sus intereses políticos y no los de sus bases."),
      ("guillermo-lasso", "El Gobierno seguirá garantizando el abastecimiento de combustibles, alimentos y medicinas en todo el país, y la fuerza pública protegerá a quienes quieren trabajar."),
  ])

D("d23_presidencia_ec_20220630",
  url="https://www.presidencia.gob.ec/gobierno-nacional-y-organizaciones-indigenas-firman-el-acta-por-la-paz/",
  kind="press_release", lang="es", publisher="ecuador-presidency", author="ecuador-presidency",
  author_name="Presidencia de la República del Ecuador - Secretaría General de Comunicación",
  title="Gobierno Nacional y organizaciones indígenas firman el Acta por la Paz",
  published_at="2022-06-30", tz=GYE, passages=[
      "Con la mediación de la Conferencia Episcopal Ecuatoriana, el Gobierno Nacional y las organizaciones indígenas CONAIE, FEINE y FENOCIN firmaron este jueves 30 de junio, en la sede de la Conferencia Episcopal, en Quito, el Acta por la Paz, que pone fin a las movilizaciones.",
      "Por el Gobierno suscribió el acta el ministro de Gobierno, Francisco Jiménez, y por la CONAIE, su presidente, Leonidas Iza.",
      "El precio de los combustibles se reduce en 15 centavos por galón: la gasolina Extra y la Ecopaís pasan de 2,55 a 2,40 dólares, y el diésel, de 1,90 a 1,75 dólares.",
      "El Gobierno se compromete a derogar el Decreto Ejecutivo 95, sobre política hidrocarburífera, y a reformar el Decreto 151, sobre actividades mineras. Las partes instalarán mesas técnicas de diálogo durante 90 días para atender las demás demandas.",
  ])

X("d23_x_lasso_20220630", handle="LassoGuillermo", author="guillermo-lasso", author_name="Guillermo Lasso",
  ts="2022-07-01T01:40:00+00:00", lang="es", tz=GYE, passages=[
      "Con la firma del Acta por la Paz con las organizaciones indígenas, hoy hemos alcanzado el valor supremo al que aspira toda sociedad: la paz en nuestro país. Agradezco a la Conferencia Episcopal por su mediación. Ahora, todos juntos, a trabajar por el Ecuador.",
  ])


# =============================================================================================
# 2022-06-27 (Monday)     Stoltenberg's pre-summit press conference at NATO Headquarters in
#                         Brussels: the NATO Response Force transformed, high readiness forces to
#                         "well over 300,000"
# 2022-06-28 (Tuesday)    Sánchez receives Biden at the Palacio de la Moncloa; a joint declaration;
#                         Biden: U.S. destroyers at Rota to rise from four to six
# 2022-06-29 (Wednesday)  The Madrid Summit at IFEMA: the Madrid Summit Declaration and the new
#                         Strategic Concept (Russia "the most significant and direct threat")
# 2022-06-30 (Thursday)   Biden's closing press conference in Madrid: more than $800 million in new
#                         security assistance for Ukraine, "as long as it takes"
# =============================================================================================

D("d23_nato_tr_20220627",
  url="https://www.nato.int/cps/en/natohq/opinions_197080.htm",
  kind="transcript", lang="en", publisher="nato", author="jens-stoltenberg",
  author_name="NATO - Press conference",
  title="Pre-Summit press conference by NATO Secretary General Jens Stoltenberg (NATO Headquarters, Brussels)",
  published_at="2022-06-27", tz=BRU, verbatim=True, passages=[
      ("jens-stoltenberg", "The Summit in Madrid will be a transformative one. Allies will agree a new Strategic Concept for a more dangerous and unpredictable world, and they will state clearly that Russia poses a direct threat to our security, to our values and to the rules-based international order."),
      ("jens-stoltenberg", "At the Summit, we will transform the NATO Response Force and increase the number of our high readiness forces to well over 300,000."),
      ("jens-stoltenberg", "We will also strengthen our battlegroups in the eastern part of the Alliance up to brigade levels, with more pre-positioned equipment and more stockpiles of military supplies."),
  ])

D("d23_wh_tr_20220628",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/06/28/remarks-by-president-biden-and-prime-minister-pedro-sanchez-of-spain-before-bilateral-meeting/",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Briefing Room",
  title="Remarks by President Biden and Prime Minister Pedro Sánchez of Spain Before Bilateral Meeting (Palacio de la Moncloa, Madrid)",
  published_at="2022-06-28", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "(As interpreted.) Mr. President, welcome to Spain and welcome to La Moncloa. This summit comes at a decisive moment for Europe and for the bond between both sides of the Atlantic."),
      ("pedro-sanchez", "(As interpreted.) Spain is a committed, loyal and reliable ally, and we want our relationship to keep growing well beyond defense."),
      ("joe-biden", "Thank you, Mr. Prime Minister, and thank you for hosting this summit. Spain has been a stalwart ally, and our partnership has never been stronger."),
      ("joe-biden", "I'm pleased to announce that, in close consultation with Spain, the United States intends to increase the number of U.S. destroyers stationed in Rota, Spain, from four to six."),
  ])

D("d23_moncloa_20220628",
  url="https://www.lamoncloa.gob.es/presidente/actividades/Paginas/2022/280622-sanchez-biden-declaracion.aspx",
  kind="press_release", lang="es", publisher="spain-presidency", author="spain-presidency",
  author_name="La Moncloa - Presidencia del Gobierno",
  title="Sánchez y Biden firman una Declaración Conjunta que refuerza la relación entre España y Estados Unidos",
  published_at="2022-06-28", tz=MAD, passages=[
      "El presidente del Gobierno, Pedro Sánchez, ha recibido este martes en el Palacio de la Moncloa al presidente de los Estados Unidos, Joe Biden, en vísperas de la Cumbre de la OTAN que se celebra en Madrid.",
      "Ambos mandatarios han firmado una Declaración Conjunta que refuerza la relación bilateral en ámbitos que van de la seguridad y la defensa a la economía y la lucha contra el cambio climático.",
      "Durante el encuentro, Biden ha anunciado que Estados Unidos aumentará de cuatro a seis los destructores desplegados en la base naval de Rota, en Cádiz.",
  ])

D("d23_nato_20220629",
  url="https://www.nato.int/cps/en/natohq/official_texts_196951.htm",
  kind="press_release", lang="en", publisher="nato", author="nato",
  author_name="NATO - Official texts",
  title="Madrid Summit Declaration issued by NATO Heads of State and Government participating in the meeting of the North Atlantic Council in Madrid, 29 June 2022",
  published_at="2022-06-29", tz=MAD, passages=[
      "We, the Heads of State and Government of the North Atlantic Alliance, have met in Madrid at a critical time for our security and for international peace and stability.",
      "We have endorsed a new Strategic Concept. The Russian Federation is the most significant and direct threat to Allies' security and to peace and stability in the Euro-Atlantic area.",
      "The People's Republic of China's stated ambitions and coercive policies challenge our interests, security and values.",
      "We will significantly strengthen our deterrence and defence posture, including with more robust forward defences and a strengthened NATO force model.",
  ])

D("d23_wh_tr_20220630",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2022/06/30/remarks-by-president-biden-in-press-conference-madrid-spain/",
  kind="transcript", lang="en", publisher="white-house", author="joe-biden",
  author_name="The White House - Briefing Room",
  title="Remarks by President Biden in Press Conference (IFEMA Madrid, Madrid, Spain)",
  published_at="2022-06-30", tz=MAD, verbatim=True, passages=[
      ("joe-biden", "This summit was about strengthening our Alliance to meet the challenges of today and the challenges of tomorrow, and I think we did just that."),
      ("joe-biden", "In the coming days, we intend to announce more than $800 million in new security assistance for Ukraine, including a new advanced air defense system and more ammunition for artillery."),
      ("reporter", "Mr. President, how long should Americans expect to pay higher prices for gas because of this war?"),
      ("joe-biden", "As long as it takes, so Russia cannot, in fact, defeat Ukraine and move beyond Ukraine."),
  ])


# =============================================================================================
# 2024-05-30 (Thursday)   A Manhattan jury finds Donald Trump guilty on all 34 counts of falsifying
#                         business records in the first degree; Trump's remarks outside the
#                         courtroom; District Attorney Alvin Bragg's press conference; Biden's post
#                         (20:20 in Washington, 00:20 UTC on the 31st); sentencing set for 11 July
#                         (media only)
# =============================================================================================

D("d23_factbase_20240530",
  url="https://rollcall.com/factbase/trump/transcript/donald-trump-remarks-after-verdict-manhattan-criminal-court-may-30-2024/",
  kind="transcript", lang="en", publisher=None, author="donald-trump", author_name="Roll Call Factba.se",
  title="Remarks: Donald Trump Speaks to Reporters After the Verdict at Manhattan Criminal Court - May 30, 2024",
  published_at="2024-05-30", tz=NY, verbatim=True, passages=[
      ("donald-trump", "This was a disgrace. This was a rigged trial by a conflicted judge who was corrupt. It's a rigged trial, a disgrace."),
      ("donald-trump", "The real verdict is going to be November 5th by the people, and they know what happened here. Everybody knows what happened here."),
      ("donald-trump", "We didn't do a thing wrong. I'm a very innocent man. And it's OK, I'm fighting for our country, I'm fighting for our Constitution. We will fight till the end, and we'll win."),
  ])

D("d23_manhattan_da_20240530",
  url="https://www.manhattanda.org/transcript-d-a-bragg-remarks-following-verdict-in-people-v-donald-j-trump/",
  kind="transcript", lang="en", publisher="manhattan-da", author="alvin-bragg",
  author_name="Manhattan District Attorney's Office",
  title="Transcript: D.A. Bragg's remarks following the verdict in People v. Donald J. Trump",
  published_at="2024-05-30", tz=NY, verbatim=True, passages=[
      ("alvin-bragg", "Today, a jury of twelve ordinary citizens found Donald J. Trump guilty of 34 felony counts of falsifying business records in the first degree, in order to conceal a scheme to corrupt the 2016 election."),
      ("alvin-bragg", "While this defendant may be unlike any other in American history, we arrived at this trial and at this verdict the same way as every other case that comes through these doors: by following the facts and the law."),
      ("alvin-bragg", "I did my job. Our job is to follow the facts without fear or favor, and that is what we did here."),
  ])

X("d23_x_biden_20240530", handle="JoeBiden", author="joe-biden", author_name="Joe Biden",
  ts="2024-05-31T00:20:00+00:00", lang="en", tz=NY, passages=[
      "There's only one way to keep Donald Trump out of the Oval Office: at the ballot box. Convicted felon or not, Trump will be the Republican nominee for president.",
  ])

MEDIA("d23_elpais_20240530",
      url="https://elpais.com/internacional/elecciones-usa/2024-05-30/trump-declarado-culpable-de-los-34-cargos-en-el-juicio-por-los-pagos-a-stormy-daniels.html",
      lang="es", outlet="El País", date="2024-05-30", tz=NY,
      title="Trump, declarado culpable de los 34 cargos en el juicio por los pagos a Stormy Daniels", passages=[
          "Un jurado de Nueva York declaró este jueves a Donald Trump culpable de los 34 delitos de falsificación de registros contables de los que estaba acusado, lo que le convierte en el primer expresidente de Estados Unidos condenado penalmente.",
          "El juez Juan Merchan fijó para el 11 de julio, cuatro días antes de la convención republicana, la lectura de la sentencia.",
      ])


# =============================================================================================
# 2025-02-28 (Friday)     Trump and Vance receive Zelensky in the Oval Office; the exchange before
#                         the cameras ("You're gambling with World War III", Vance's "Have you said
#                         thank you once...?"); Trump's Truth Social post (13:40 in Washington,
#                         18:40 UTC: "He can come back when he is ready for Peace"); Zelensky's
#                         interview on Fox News that evening ("I'm not sure that we did something
#                         bad")
# =============================================================================================

D("d23_wh_tr_20250228",
  url="https://www.whitehouse.gov/remarks/2025/02/remarks-by-president-trump-vice-president-vance-and-president-zelenskyy-of-ukraine-in-the-oval-office/",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House - Remarks",
  title="Remarks by President Trump, Vice President Vance, and President Zelenskyy of Ukraine in the Oval Office",
  published_at="2025-02-28", tz=NY, verbatim=True, passages=[
      ("donald-trump", "It's an honor to have President Zelenskyy with us. We've been working on a deal on rare earths and other things, and I think it's a very fair deal."),
      ("reporter", "Mr. President, your critics say that you are aligned with Putin. What do you say to them?"),
      ("donald-trump", "I'm not aligned with Putin. I'm not aligned with anybody. I'm aligned with the United States of America, and for the good of the world."),
      ("jd-vance", "Mr. President, with respect, I think it's disrespectful for you to come into the Oval Office and try to litigate this in front of the American media."),
      ("volodymyr-zelensky", "During the war, everybody has problems, even you. But you have a nice ocean and don't feel it now. You will feel it in the future."),
      ("donald-trump", "You don't know that. Don't tell us what we're going to feel. You're not in a good position. You don't have the cards right now."),
      ("donald-trump", "You're gambling with the lives of millions of people. You're gambling with World War III."),
      ("jd-vance", "Have you said thank you once this entire meeting?"),
      ("donald-trump", "You're either going to make a deal or we're out. I think it's good for the American people to see what's going on. This is going to be great television, I will say that."),
  ])

TRUTH("d23_truth_trump_20250228", ts="2025-02-28T18:40:00+00:00", passages=[
    "We had a very meaningful meeting in the White House today, and much was learned that a conversation under such fire and pressure brings out.",
    "I have determined that President Zelenskyy is not ready for Peace if America is involved, because he feels our involvement gives him a big advantage in negotiations. I don't want advantage, I want PEACE. He disrespected the United States of America in its cherished Oval Office. He can come back when he is ready for Peace.",
])

D("d23_fox_tr_20250228",
  url="https://www.foxnews.com/politics/transcript-bret-baier-interview-ukrainian-president-volodymyr-zelenskyy",
  kind="transcript", lang="en", publisher=None, author="volodymyr-zelensky", author_name="Fox News - Special Report",
  title="Transcript: Bret Baier's interview with Ukrainian President Volodymyr Zelenskyy",
  published_at="2025-02-28", tz=NY, verbatim=True, passages=[
      ("reporter", "Mr. President, do you think you owe President Trump an apology?"),
      ("volodymyr-zelensky", "No. I respect the President and I respect the American people, and I think we have to be very open and very honest. I'm not sure that we did something bad."),
      ("reporter", "Can your relationship with President Trump be salvaged?"),
      ("volodymyr-zelensky", "Yes, of course. It is about relations more than between two presidents. It is about the historical, strong relations between our peoples."),
  ])
