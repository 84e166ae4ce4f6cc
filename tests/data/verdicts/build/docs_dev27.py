"""Source documents for the twenty-seventh development set (dev27.json).

Every document here is about an event of 2016 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev26 uses, so that dev27 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev28, written at the same time, keeps to events of 2000 to 2015; this set keeps to
2016 to 2025, and in the event to 2018, 2019 and 2020).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Spanish Congress's press note and its Diario de Sesiones, the Casa Real's note, the
White House's transcripts of remarks, the Office of the Director of National Intelligence's
statement, the Venezuelan Communication Ministry's transcripts of broadcasts, a television
channel's transcript of an interview, the Ecuadorian presidency's transcript of a video message
and its foreign ministry's comunicado, the Metropolitan Police's statement, the U.S. Department of
Justice's press release, Hansard, the Argentine Senate's and Chamber of Deputies' press notes, the
Biden-Harris transition's transcript of a speech, a campaign's written statement, X posts, media
articles). Nothing here is a verbatim copy of a real document: short phrases that public reporting
widely quotes are kept close to the original where a pair depends on them. It shares only the way
documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

MAD = "Europe/Madrid"
HEL = "Europe/Helsinki"
CCS = "America/Caracas"
BOG = "America/Bogota"
UIO = "America/Guayaquil"
LON = "Europe/London"
BUE = "America/Argentina/Buenos_Aires"


# =============================================================================================
# 2018-05-31 (Thursday)   Debate of the motion of censure filed by the Socialist group after the
#                         Gürtel ruling, with Pedro Sánchez as candidate: he asks Rajoy to resign
#                         and pledges to keep the 2018 budget
# 2018-06-01 (Friday)     Rajoy speaks before the vote; the motion is carried by 180 votes to 169
#                         with 1 abstention (absolute majority: 176), the first since 1978; the
#                         King signs the decree appointing Sánchez
# 2018-06-02 (Saturday)   Sánchez promises the office before the King at the Zarzuela, with Ana
#                         Pastor, Rafael Catalá (notario mayor del Reino) and Rajoy present
# =============================================================================================

D("d27_congreso_20180601",
  url="https://www.congreso.es/notas-de-prensa/2018/06/01/el-pleno-aprueba-la-mocion-de-censura-presentada-por-el-grupo-socialista",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Comunicación",
  title="El Pleno aprueba la moción de censura y otorga su confianza al candidato, Pedro Sánchez Pérez-Castejón",
  published_at="2018-06-01", tz=MAD, passages=[
      "El Pleno del Congreso de los Diputados ha aprobado este viernes, 1 de junio, la moción de censura presentada por el Grupo Parlamentario Socialista contra el Gobierno presidido por Mariano Rajoy Brey, que incluía como candidato a la Presidencia del Gobierno a Pedro Sánchez Pérez-Castejón.",
      "En votación pública por llamamiento, la moción ha obtenido 180 votos a favor, 169 en contra y 1 abstención, por encima de la mayoría absoluta de 176 diputados que exige el artículo 113 de la Constitución.",
      "Conforme al artículo 114.2 de la Constitución, el candidato incluido en la moción se entiende investido de la confianza de la Cámara. La presidenta del Congreso, Ana Pastor, ha comunicado el acuerdo a Su Majestad el Rey a los efectos del nombramiento.",
      "Es la primera moción de censura que prospera desde la aprobación de la Constitución de 1978. El debate comenzó el jueves 31 de mayo y ha concluido este viernes con la votación.",
  ])

D("d27_dscd_20180601",
  url="https://www.congreso.es/public_oficiales/L12/CONG/DS/PL/DSCD-12-PL-127.PDF",
  kind="transcript", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Diario de Sesiones del Congreso de los Diputados",
  title="Diario de Sesiones del Congreso de los Diputados, Pleno, núm. 127: sesión del viernes 1 de junio de 2018 (moción de censura, continuación)",
  published_at="2018-06-01", tz=MAD, verbatim=True, passages=[
      ("mariano-rajoy", "Señorías, quiero empezar felicitando al señor Sánchez, que será el próximo presidente del Gobierno, y deseándole suerte, porque de ella dependerá en buena medida el bien de España."),
      ("mariano-rajoy", "Ha sido un honor, y no hay honor más alto, ser presidente del Gobierno de España. Ha sido un honor dejar una España mejor que la que encontré. Ojalá mi sustituto pueda decir lo mismo en su día; se lo deseo por el bien de España."),
      ("mariano-rajoy", "Si alguien en esta Cámara o fuera de ella se ha sentido ofendido o perjudicado, le pido perdón. Muchas gracias a todos, y muy especialmente a mi partido."),
      ("ana-pastor", "Votos emitidos, 350; a favor, 180; en contra, 169; abstenciones, 1. Queda, por tanto, aprobada la moción de censura y, de conformidad con el artículo 114.2 de la Constitución, se entiende otorgada la confianza de la Cámara al candidato, don Pedro Sánchez Pérez-Castejón."),
  ])

D("d27_dscd_20180531",
  url="https://www.congreso.es/public_oficiales/L12/CONG/DS/PL/DSCD-12-PL-126.PDF",
  kind="transcript", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Diario de Sesiones del Congreso de los Diputados",
  title="Diario de Sesiones del Congreso de los Diputados, Pleno, núm. 126: sesión del jueves 31 de mayo de 2018 (moción de censura)",
  published_at="2018-05-31", tz=MAD, verbatim=True, passages=[
      ("pedro-sanchez", "Señor Rajoy, ¿está usted dispuesto a dimitir hoy, aquí y ahora? Dimita, y esta moción habrá terminado. Su tiempo se acabó."),
      ("pedro-sanchez", "Mantendré los Presupuestos Generales del Estado aprobados por esta Cámara, en aras de la estabilidad y de la gobernabilidad de nuestro país, aunque no sean nuestros presupuestos."),
      ("pedro-sanchez", "Acordaremos con los grupos de esta Cámara una hoja de ruta para atender las urgencias del país y, después, convocar elecciones."),
      ("mariano-rajoy", "Usted no presenta esta moción contra mí, señor Sánchez: la presenta contra los españoles, porque no le hicieron caso en las urnas."),
  ])

D("d27_casareal_20180602",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=14380",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de Su Majestad el Rey",
  title="Su Majestad el Rey preside el acto de promesa del cargo de presidente del Gobierno de don Pedro Sánchez Pérez-Castejón",
  published_at="2018-06-02", tz=MAD, passages=[
      "Su Majestad el Rey ha presidido hoy, en el Salón de Audiencias del Palacio de La Zarzuela, el acto en el que don Pedro Sánchez Pérez-Castejón ha prometido el cargo de presidente del Gobierno, tras su nombramiento por real decreto de 1 de junio, publicado hoy en el Boletín Oficial del Estado.",
      "El presidente del Gobierno prometió por su conciencia y honor cumplir fielmente las obligaciones del cargo con lealtad al Rey, guardar y hacer guardar la Constitución como norma fundamental del Estado y mantener el secreto de las deliberaciones del Consejo de Ministros.",
      "Asistieron al acto la presidenta del Congreso de los Diputados, doña Ana Pastor; el ministro de Justicia, don Rafael Catalá, en su condición de notario mayor del Reino, y el presidente del Gobierno saliente, don Mariano Rajoy.",
  ])


# =============================================================================================
# 2018-07-16 (Monday)     Trump and Putin meet at the Presidential Palace in Helsinki (one-on-one
#                         with interpreters for about two hours, then a working lunch) and hold a
#                         joint news conference: Putin's "the Russian state has never interfered",
#                         his "Yes, I did" to whether he wanted Trump to win, Trump's "I don't see
#                         any reason why it would be", the World Cup ball. Coats's statement
# 2018-07-17 (Tuesday)    Trump at the White House before meeting members of Congress: he said
#                         "would" instead of "wouldn't"
# =============================================================================================

D("d27_wh_20180716",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-president-putin-russian-federation-joint-press-conference/",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House",
  title="Remarks by President Trump and President Putin of the Russian Federation in Joint Press Conference (Presidential Palace, Helsinki, Finland, July 16, 2018)",
  published_at="2018-07-16", tz=HEL, verbatim=True, passages=[
      ("vladimir-putin", "(As interpreted.) The talks with the President of the United States were held in a frank and businesslike atmosphere, and I think we can call them a success. As major nuclear powers, we bear special responsibility for international security, and we proposed to keep working together on strategic stability and on the disarmament agenda."),
      ("vladimir-putin", "(As interpreted.) I had to repeat what I have said several times, including in our personal contacts: the Russian state has never interfered and is not going to interfere in internal American affairs, including the election process."),
      ("donald-trump", "Our relationship has never been worse than it is now. However, that changed as of about four hours ago. I really believe that."),
      ("donald-trump", "I would rather take a political risk in pursuit of peace than to risk peace in pursuit of politics."),
      ("reporter", "President Putin, did you want President Trump to win the election?"),
      ("vladimir-putin", "(As interpreted.) Yes, I did. Yes, I did. Because he talked about bringing the U.S.-Russia relationship back to normal."),
      ("reporter", "Just now, President Putin denied having anything to do with the election interference in 2016. Every U.S. intelligence agency has concluded that Russia did. Who do you believe?"),
      ("donald-trump", "My people came to me, Dan Coats came to me and some others, they said they think it's Russia. I have President Putin; he just said it's not Russia. I will say this: I don't see any reason why it would be."),
      ("donald-trump", "So I have great confidence in my intelligence people, but I will tell you that President Putin was extremely strong and powerful in his denial today. And he offered to have the people working on the case come and work with their investigators with respect to the 12 people. I think that's an incredible offer."),
      ("vladimir-putin", "(As interpreted.) Speaking of the ball, Mr. President, I will give this ball to you, and now the ball is in your court."),
  ])

D("d27_odni_20180716",
  url="https://www.dni.gov/index.php/newsroom/press-releases/item/1886-dni-coats-statement-on-the-intelligence-community-s-assessment-of-russian-activities",
  kind="press_release", lang="en", publisher="odni", author="dan-coats",
  author_name="Office of the Director of National Intelligence",
  title="DNI Coats Statement on the Intelligence Community's Assessment of Russian Activities and Intentions (July 16, 2018)",
  published_at="2018-07-16", tz=NY, passages=[
      "The role of the Intelligence Community is to give the President and policymakers the best information and the most fact-based assessments it can.",
      "We have been clear in our assessments of Russian meddling in the 2016 election and of their ongoing, pervasive efforts to undermine our democracy, and we will go on providing unvarnished and objective intelligence in support of our national security.",
  ])

D("d27_wh_20180717",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-meeting-members-congress-071718/",
  kind="transcript", lang="en", publisher="white-house", author="white-house",
  author_name="The White House",
  title="Remarks by President Trump Before Meeting with Members of Congress (Cabinet Room, July 17, 2018)",
  published_at="2018-07-17", tz=NY, verbatim=True, passages=[
      ("donald-trump", "I thought that I made myself very clear, but having just reviewed the transcript, I realized that there is a need for some clarification."),
      ("donald-trump", "In a key sentence in my remarks, I said the word \"would\" instead of \"wouldn't.\" The sentence should have been: \"I don't see any reason why it wouldn't be Russia.\" Sort of a double negative."),
      ("donald-trump", "I accept our intelligence community's conclusion that Russia's meddling in the 2016 election took place. Could be other people also; there are a lot of people out there."),
  ])


# =============================================================================================
# 2018-08-04 (Saturday)   At a ceremony for the 81st anniversary of the Guardia Nacional Bolivariana
#                         on the avenida Bolívar in Caracas, drones loaded with explosives detonate
#                         near Maduro's stand; seven Guard soldiers wounded (Communication Minister
#                         Jorge Rodríguez). Maduro's national broadcast from Miraflores about three
#                         hours later blames Santos and financiers in Florida; the presidency posts
#                         his words (21:30 in Caracas, UTC-4 since 2016; 01:30 UTC on the 5th). A
#                         source in the Colombian presidency dismisses it (media only)
# 2018-08-05 (Sunday)     Bolton on Fox News Sunday: no U.S. government involvement
# 2018-08-06 (Monday)     Santos on X: he was baptising his granddaughter Celeste
# =============================================================================================

D("d27_minci_rodriguez_20180804",
  url="http://www.minci.gob.ve/2018/08/ministro-jorge-rodriguez-informa-sobre-atentado-contra-el-presidente-nicolas-maduro/",
  kind="transcript", lang="es", publisher="venezuela-presidency", author="jorge-rodriguez",
  author_name="Ministerio del Poder Popular para la Comunicación y la Información",
  title="Ministro Jorge Rodríguez informa sobre el atentado contra el presidente Nicolás Maduro en la avenida Bolívar (Caracas, 4 de agosto de 2018)",
  published_at="2018-08-04", tz=CCS, verbatim=True, passages=[
      ("jorge-rodriguez", "Hoy, pasadas las cinco y media de la tarde, durante el acto de celebración del 81 aniversario de la Guardia Nacional Bolivariana en la avenida Bolívar de Caracas, se escucharon varias detonaciones."),
      ("jorge-rodriguez", "Se trató de artefactos voladores de tipo dron que contenían una carga explosiva y que detonaron en las cercanías de la tarima presidencial y en el área del desfile."),
      ("jorge-rodriguez", "Resultaron heridos siete efectivos de la Guardia Nacional Bolivariana, que están siendo atendidos. El presidente Nicolás Maduro se encuentra bien y en pleno ejercicio de sus funciones."),
  ])

D("d27_minci_maduro_20180804",
  url="http://www.minci.gob.ve/2018/08/cadena-nacional-presidente-maduro-desde-miraflores-tras-atentado-en-la-avenida-bolivar/",
  kind="transcript", lang="es", publisher="venezuela-presidency", author="nicolas-maduro",
  author_name="Ministerio del Poder Popular para la Comunicación y la Información",
  title="Cadena nacional: el presidente Nicolás Maduro habla desde el Palacio de Miraflores tras el atentado en la avenida Bolívar",
  published_at="2018-08-04", tz=CCS, verbatim=True, passages=[
      ("nicolas-maduro", "Un objeto volador explotó cerca de mí, una gran explosión. Se ha intentado asesinarme el día de hoy."),
      ("nicolas-maduro", "No tengo dudas de que todo apunta a la derecha, a la ultraderecha venezolana en alianza con la ultraderecha colombiana, y de que el nombre de Juan Manuel Santos está detrás de este atentado. No tengo dudas."),
      ("nicolas-maduro", "Las primeras investigaciones indican que varios de los financistas de este atentado viven en Estados Unidos, en el estado de Florida. Espero que el Gobierno del presidente Donald Trump esté dispuesto a combatir a estos grupos terroristas."),
      ("nicolas-maduro", "Ya han sido capturados algunos de los autores materiales, y las investigaciones continúan."),
  ])

X("d27_x_presidencia_ve_20180804", handle="PresidencialVen", author="venezuela-presidency",
  author_name="Prensa Presidencial Venezuela",
  ts="2018-08-05T01:30:00+00:00", lang="es", tz=CCS, passages=[
      "#EnVivo | Presidente @NicolasMaduro desde Miraflores: «Se ha intentado asesinarme el día de hoy. No tengo dudas de que el nombre de Juan Manuel Santos está detrás de este atentado».",
  ])

D("d27_fox_20180805",
  url="https://www.foxnews.com/transcript/bolton-no-us-involvement-in-venezuela-drone-incident-trump-putin-meeting",
  kind="transcript", lang="en", publisher=None, author="john-bolton", author_name="Fox News Sunday",
  title="Transcript: National Security Adviser John Bolton on 'Fox News Sunday' (August 5, 2018)",
  published_at="2018-08-05", tz=NY, verbatim=True, passages=[
      ("moderator", "Venezuelan President Nicolás Maduro says he was the target of an assassination attempt with drones yesterday, and he blames Colombia and people in Florida. Was the U.S. government involved in this attack?"),
      ("john-bolton", "I can say unequivocally there was no U.S. government involvement in this at all."),
      ("john-bolton", "It could be a lot of things, from a pretext set up by the Maduro regime itself to something else. If the government of Venezuela has hard information that they want to present to us that would show a potential violation of U.S. criminal law, we'll take a serious look at it."),
  ])

X("d27_x_santos_20180806", handle="JuanManSantos", author="juan-manuel-santos", author_name="Juan Manuel Santos",
  ts="2018-08-06T20:10:00+00:00", lang="es", tz=BOG, passages=[
      "Al presidente @NicolasMaduro: no se preocupe. El sábado estaba en cosas más importantes, bautizando a mi nieta Celeste.",
  ])

MEDIA("d27_eltiempo_20180804",
      url="https://www.eltiempo.com/politica/gobierno/presidencia-de-colombia-responde-a-maduro-por-supuesto-atentado-en-caracas-252114",
      lang="es", outlet="El Tiempo (con EFE)", date="2018-08-04", tz=BOG,
      title="Presidencia de Colombia dice que la acusación de Maduro sobre el atentado «no tiene base»", passages=[
          "Una fuente de la Presidencia de Colombia aseguró este sábado a periodistas que la acusación de Nicolás Maduro contra el presidente Juan Manuel Santos «no tiene base».",
          "Según esa fuente, el mandatario colombiano, que entrega el poder el martes, estaba dedicado al bautizo de su nieta Celeste «y no a tumbar gobiernos extranjeros».",
      ])


# =============================================================================================
# 2019-04-11 (Thursday)   Ecuador ends Julian Assange's asylum (Moreno's video and post, the
#                         Cancillería's comunicado); Met Police officers, invited in by the
#                         Ambassador, arrest him at the embassy in Hans Crescent on the warrant of
#                         29 June 2012, then on a U.S. extradition request; the Justice Department
#                         unseals the conspiracy charge (up to five years); Javid's post; May in the
#                         Commons; found guilty of failing to surrender that afternoon (media only)
# =============================================================================================

X("d27_x_moreno_20190411", handle="Lenin", author="lenin-moreno", author_name="Lenín Moreno",
  ts="2019-04-11T10:10:00+00:00", lang="es", tz=UIO, passages=[
      "Ecuador decidió soberanamente retirar el asilo diplomático a Julian Assange por violar reiteradamente convenciones internacionales y protocolo de convivencia. #EcuadorSoberano",
  ])

D("d27_presidencia_ec_20190411",
  url="https://www.presidencia.gob.ec/mensaje-del-presidente-lenin-moreno-sobre-la-terminacion-del-asilo-de-julian-assange/",
  kind="transcript", lang="es", publisher="ecuador-presidency", author="lenin-moreno",
  author_name="Presidencia de la República del Ecuador",
  title="Mensaje del presidente de la República, Lenín Moreno, sobre la terminación del asilo diplomático del señor Julian Assange",
  published_at="2019-04-11", tz=UIO, verbatim=True, passages=[
      ("lenin-moreno", "Conceder o retirar el asilo es facultad soberana del Estado ecuatoriano. Hoy anuncio que la conducta irrespetuosa y agresiva del señor Julian Assange y la transgresión de los convenios internacionales han llevado la situación a un punto en que su asilo es insostenible e inviable."),
      ("lenin-moreno", "Por seis años y diez meses, el pueblo ecuatoriano ha garantizado los derechos humanos del señor Assange y ha cubierto sus necesidades cotidianas en las instalaciones de nuestra embajada en Londres."),
      ("lenin-moreno", "Se le pidió en varias ocasiones que respetara esas normas, y violó en particular la de no intervenir en asuntos internos de otros Estados. La paciencia del Ecuador ha llegado a su límite."),
      ("lenin-moreno", "He solicitado a Gran Bretaña la garantía de que el señor Assange no será extraditado a un país donde pueda sufrir tortura o pena de muerte. El Gobierno británico lo ha confirmado por escrito."),
  ])

D("d27_cancilleria_ec_20190411",
  url="https://www.cancilleria.gob.ec/2019/04/11/comunicado-oficial-terminacion-del-asilo-diplomatico-de-julian-assange/",
  kind="press_release", lang="es", publisher="cancilleria-ecuador", author="cancilleria-ecuador",
  author_name="Ministerio de Relaciones Exteriores y Movilidad Humana del Ecuador",
  title="Comunicado oficial: terminación del asilo diplomático concedido al señor Julian Assange",
  published_at="2019-04-11", tz=UIO, passages=[
      "La Cancillería del Ecuador informa que el presidente de la República, Lenín Moreno Garcés, dispuso el día de hoy la terminación del asilo diplomático concedido en 2012 al señor Julian Assange.",
      "La decisión responde a la reiterada violación, por parte del señor Assange, de las convenciones interamericanas sobre asilo diplomático de La Habana (1928) y de Caracas (1954) y a los incumplimientos del Protocolo Especial de Convivencia de la Embajada, y se adoptó tras contar con garantías del Reino Unido de que no existen riesgos para su vida e integridad.",
      "El embajador del Ecuador en Londres notificó formalmente al señor Assange la terminación del asilo. El señor Assange deberá comparecer ante los tribunales británicos; el Estado ecuatoriano no tiene conocimiento, al presente, de ningún pedido de extradición en su contra.",
      "A pedido del Ecuador, el Reino Unido ofreció garantías de que, si llegara a presentarse una solicitud de extradición, el señor Assange no sería entregado a un país donde pudiera imponérsele la pena de muerte o ser sometido a tortura o malos tratos.",
  ])

D("d27_met_20190411",
  url="https://news.met.police.uk/news/update-julian-assange-arrested-366581",
  kind="press_release", lang="en", publisher="metropolitan-police", author="metropolitan-police",
  author_name="Metropolitan Police Service",
  title="UPDATE: Julian Assange arrested",
  published_at="2019-04-11", tz=LON, passages=[
      "Julian Assange, 47, was arrested today, Thursday 11 April, by officers from the Metropolitan Police Service (MPS) at the Embassy of Ecuador in Hans Crescent, SW1. He was held on a warrant issued by Westminster Magistrates' Court on 29 June 2012 for failing to surrender to the court.",
      "He has been taken into custody at a central London police station and will be brought before Westminster Magistrates' Court as soon as possible.",
      "The MPS had a duty to execute the warrant on behalf of the court and was invited into the embassy by the Ambassador, following the Ecuadorian government's withdrawal of asylum.",
      "Update: after his arrival at the police station, Julian Assange was further arrested on behalf of the United States authorities, on an extradition warrant under section 73 of the Extradition Act.",
  ])

D("d27_doj_20190411",
  url="https://www.justice.gov/opa/pr/wikileaks-founder-charged-computer-hacking-conspiracy",
  kind="press_release", lang="en", publisher="us-doj", author="us-doj",
  author_name="U.S. Department of Justice - Office of Public Affairs",
  title="WikiLeaks Founder Charged in Computer Hacking Conspiracy",
  published_at="2019-04-11", tz=NY, passages=[
      "Julian Paul Assange, 47, the founder of WikiLeaks, was arrested today in the United Kingdom under the extradition treaty between the United States and the United Kingdom, on a federal charge of conspiracy to commit computer intrusion: he is accused of agreeing to crack a password to a classified U.S. government computer.",
      "The indictment, returned under seal by a federal grand jury in the Eastern District of Virginia, alleges that in March 2010 Assange agreed to help Chelsea Manning, then an intelligence analyst in the U.S. Army, break a password stored on Department of Defense computers connected to a classified network.",
      "If convicted of conspiracy to commit computer intrusion, Assange faces a maximum penalty of five years in prison. An indictment is only an allegation, and every defendant is presumed innocent until proven guilty in a court of law.",
  ])

X("d27_x_javid_20190411", handle="sajidjavid", author="sajid-javid", author_name="Sajid Javid",
  ts="2019-04-11T11:20:00+00:00", lang="en", tz=LON, passages=[
      "Almost seven years after he walked into the Ecuadorean Embassy, I can confirm that Julian Assange is in police custody and facing justice in the UK. My thanks to Ecuador for its cooperation and to @metpoliceuk for their professionalism. No one is above the law.",
  ])

D("d27_hansard_20190411",
  url="https://hansard.parliament.uk/commons/2019-04-11/debates/4A6B1C2E-9D3F-4E1A-8B7C-2F5D6E8A9B10/EuropeanCouncil",
  kind="transcript", lang="en", publisher="uk-house-of-commons", author="uk-house-of-commons",
  author_name="Hansard - House of Commons",
  title="European Council: Prime Minister's statement, House of Commons, Volume 658, 11 April 2019",
  published_at="2019-04-11", tz=LON, verbatim=True, passages=[
      ("theresa-may", "Before I turn to the European Council, I am sure the whole House will wish to know that this morning Julian Assange was arrested by the Metropolitan Police for breach of bail, following the withdrawal of his asylum by the Government of Ecuador, and that he is now in custody. This goes to show that in the United Kingdom, no one is above the law."),
      ("theresa-may", "I thank President Moreno's Government for their co-operation with the Foreign Office in bringing this matter to a resolution."),
      ("theresa-may", "Turning to the European Council, the 27 member states agreed to a further extension of the Article 50 period until 31 October at the latest."),
  ])

MEDIA("d27_guardian_20190411",
      url="https://www.theguardian.com/uk-news/2019/apr/11/julian-assange-found-guilty-of-skipping-bail-westminster-magistrates",
      lang="en", outlet="The Guardian", date="2019-04-11", tz=LON,
      title="Julian Assange found guilty of skipping bail after arrest at Ecuadorian embassy", passages=[
          "Julian Assange was found guilty on Thursday afternoon of failing to surrender to the court, hours after police carried him out of the Ecuadorian embassy in Knightsbridge.",
          "District Judge Michael Snow told Westminster magistrates' court that Assange's behaviour was that of \"a narcissist who cannot get beyond his own selfish interest\", and sent the case to the crown court for sentencing.",
      ])


# =============================================================================================
# 2018-08-09 (Thursday)   After a session of more than sixteen hours presided over by Vice
#                         President Gabriela Michetti, the Argentine Senate rejects the bill on the
#                         voluntary interruption of pregnancy: 38 against, 31 in favour, 2
#                         abstentions
# 2020-12-11 (Friday)     The Chamber of Deputies, presided over by Sergio Massa, approves the
#                         Executive's bill after more than 20 hours: 131 to 117, 6 abstentions
# 2020-12-30 (Wednesday)  The Senate, presided over by Vice President Cristina Fernández de
#                         Kirchner, passes it into law a little after 4 a.m. (session from 16:00 on
#                         Tuesday the 29th): 38 in favour, 29 against, 1 abstention; up to the 14th
#                         week inclusive. Alberto Fernández's post (04:25, 07:25 UTC)
# =============================================================================================

D("d27_senado_ar_20201230",
  url="https://www.senado.gob.ar/prensa/19174/noticias",
  kind="press_release", lang="es", publisher="senado-argentina", author="senado-argentina",
  author_name="Senado de la Nación Argentina - Prensa",
  title="El Senado convirtió en ley la interrupción voluntaria del embarazo",
  published_at="2020-12-30", tz=BUE, passages=[
      "En una sesión especial que se inició el martes a las 16 y se extendió por más de doce horas, el Senado de la Nación sancionó en la madrugada de este miércoles 30 de diciembre la ley de regulación del acceso a la interrupción voluntaria del embarazo y a la atención postaborto, con 38 votos afirmativos, 29 negativos y una abstención.",
      "La norma, que había obtenido media sanción de la Cámara de Diputados el 11 de diciembre, reconoce el derecho a interrumpir el embarazo hasta la semana catorce, inclusive, del proceso gestacional.",
      "La sesión fue presidida por la presidenta del cuerpo y vicepresidenta de la Nación, Cristina Fernández de Kirchner.",
      "En la misma sesión, el Senado aprobó por unanimidad el proyecto de atención y cuidado integral de la salud durante el embarazo y la primera infancia, conocido como Plan de los 1000 días.",
  ])

X("d27_x_alferdez_20201230", handle="alferdez", author="alberto-fernandez", author_name="Alberto Fernández",
  ts="2020-12-30T07:25:00+00:00", lang="es", tz=BUE, passages=[
      "El aborto seguro, legal y gratuito es ley. Me comprometí a ello en los días de la campaña electoral. Hoy somos una sociedad mejor, que amplía los derechos de las mujeres y garantiza la salud pública. La palabra empeñada vuelve a tener valor.",
  ])

D("d27_diputados_ar_20201211",
  url="https://www.hcdn.gob.ar/prensa/noticias/2020/noticias_1391.html",
  kind="press_release", lang="es", publisher="camara-diputados-argentina", author="camara-diputados-argentina",
  author_name="Honorable Cámara de Diputados de la Nación - Prensa",
  title="Diputados aprobó el proyecto de interrupción voluntaria del embarazo y lo giró al Senado",
  published_at="2020-12-11", tz=BUE, passages=[
      "Tras una sesión de más de veinte horas presidida por Sergio Massa, la Cámara de Diputados aprobó en la mañana de este viernes el proyecto del Poder Ejecutivo de regulación del acceso a la interrupción voluntaria del embarazo, con 131 votos afirmativos, 117 negativos y 6 abstenciones.",
      "Con la media sanción, el proyecto fue girado al Senado de la Nación.",
  ])

D("d27_senado_ar_20180809",
  url="https://www.senado.gob.ar/prensa/16482/noticias",
  kind="press_release", lang="es", publisher="senado-argentina", author="senado-argentina",
  author_name="Senado de la Nación Argentina - Prensa",
  title="El Senado rechazó el proyecto de interrupción voluntaria del embarazo",
  published_at="2018-08-09", tz=BUE, passages=[
      "En una sesión que se extendió por más de dieciséis horas, presidida por la vicepresidenta de la Nación, Gabriela Michetti, el Senado rechazó en la madrugada de este jueves 9 de agosto el proyecto de interrupción voluntaria del embarazo que contaba con media sanción de la Cámara de Diputados, con 38 votos negativos, 31 afirmativos y 2 abstenciones.",
      "De acuerdo con el artículo 81 de la Constitución Nacional, el proyecto rechazado no podrá repetirse en las sesiones de este año.",
  ])


# =============================================================================================
# 2020-11-07 (Saturday)   The race is called for Joe Biden late in the morning after Pennsylvania.
#                         Trump's campaign statement: "this election is far from over". At night
#                         Harris and Biden speak at the Chase Center in Wilmington, Delaware; Biden
#                         posts at 21:15 in Washington (02:15 UTC on the 8th)
# =============================================================================================

D("d27_transition_20201107",
  url="https://buildbackbetter.gov/speeches/remarks-of-president-elect-joe-biden-and-vice-president-elect-kamala-harris-wilmington-delaware/",
  kind="transcript", lang="en", publisher=None, author="joe-biden", author_name="Biden-Harris Transition",
  title="Remarks by President-elect Joe Biden and Vice President-elect Kamala Harris (Chase Center, Wilmington, Delaware, November 7, 2020)",
  published_at="2020-11-07", tz=NY, verbatim=True, passages=[
      ("kamala-harris", "You chose hope and unity, decency, science and, yes, truth. You chose Joe Biden as the next President of the United States of America."),
      ("kamala-harris", "But while I may be the first woman in this office, I will not be the last, because every little girl watching tonight sees that this is a country of possibilities."),
      ("joe-biden", "Hello, my fellow Americans, and the people who brought me to the dance, Delawareans."),
      ("joe-biden", "The people of this nation have spoken. They have delivered us a clear victory, a convincing victory, a victory for \"We the People.\" We have won with the most votes ever cast for a presidential ticket in the history of this nation: 74 million."),
      ("joe-biden", "I pledge to be a President who seeks not to divide, but to unify; who doesn't see red states and blue states, only sees the United States."),
      ("joe-biden", "For all those of you who voted for President Trump, I understand the disappointment tonight. I've lost a couple of times myself. But now, let's give each other a chance. It's time to put away the harsh rhetoric, lower the temperature, see each other again, listen to each other again."),
      ("joe-biden", "On Monday, I will name a group of leading scientists and experts as transition advisers to help take the Biden-Harris COVID plan and turn it into a blueprint for action."),
      ("joe-biden", "Tonight, the whole world is watching America, and I believe at our best America is a beacon for the globe. We will lead not only by the example of our power, but by the power of our example."),
  ])

X("d27_x_biden_20201107", handle="JoeBiden", author="joe-biden", author_name="Joe Biden",
  ts="2020-11-08T02:15:00+00:00", lang="en", tz=NY, passages=[
      "We may be opponents — but we are not enemies.\n\nWe are Americans.",
  ])

D("d27_trump_campaign_20201107",
  url="https://www.donaldjtrump.com/media/statement-from-president-donald-j-trump-november-7-2020",
  kind="press_release", lang="en", publisher=None, author="donald-trump",
  author_name="Donald J. Trump for President, Inc.",
  title="Statement from President Donald J. Trump (November 7, 2020)",
  published_at="2020-11-07", tz=NY, passages=[
      "Joe Biden is rushing to pose falsely as the winner, and his media allies are doing all they can to help him, because they do not want the truth to come out.",
      "The simple fact is this election is far from over. Joe Biden has not been certified as the winner of any state, much less of the highly contested states that face mandatory recounts or where our campaign has valid and legitimate legal challenges that could decide the ultimate victor.",
      "Starting Monday, our campaign will begin prosecuting our case in court to make sure that election laws are fully upheld and that the rightful winner is seated.",
  ])
