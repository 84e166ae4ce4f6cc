"""Source documents for the eleventh development set (dev11.json).

Every document here is about an event that neither the first set (train/dev/test) nor dev2 to dev10
uses, so that dev11 checks whether the verdict rules generalise to pairs nobody has tuned on.

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the Bolivian presidency's transcript and comunicados, the Casa Rosada's transcript of a
national broadcast and its note, the Congreso de los Diputados' notes and Diario de Sesiones, the
Casa Real's note, the European Parliament's press releases, the European Commission's transcripts
of a speech and a press conference, the Secret Service's and the FBI's statements, the White
House's transcripts, X and Truth Social posts, media articles). Nothing here is a verbatim copy of
a real document. It shares only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

LPB = "America/La_Paz"
BUE = "America/Argentina/Buenos_Aires"
MAD = "Europe/Madrid"
SXB = "Europe/Paris"


# =============================================================================================
# 2024-06-26 (Wednesday)  Attempted coup in La Paz: troops and armoured vehicles led by General
#                         Juan José Zúñiga occupy the plaza Murillo and an armoured vehicle rams
#                         the door of the Palacio Quemado; Arce's post at 15:05 in La Paz (19:05
#                         UTC); Arce swears in a new high command, José Wilson Sánchez orders the
#                         troops back to their units; Zúñiga arrested; Arce's post at 23:10 in La
#                         Paz (03:10 UTC on the 27th); Zúñiga's claim that Arce asked him for it
#                         (media only)
# 2024-06-27 (Thursday)   The Ministry of the Presidency rejects the "autogolpe" claim
# =============================================================================================

X("d11_x_arce_20240626", handle="LuchoXBolivia", author="luis-arce", author_name="Luis Arce Catacora",
  ts="2024-06-26T19:05:00+00:00", lang="es", tz=LPB, passages=[
      "Denunciamos movilizaciones irregulares de algunas unidades del Ejército Boliviano. La democracia debe respetarse.",
  ])

D("d11_presidencia_bo_20240626",
  url="https://www.presidencia.gob.bo/index.php/prensa/discursos/mensaje-del-presidente-luis-arce-posesion-del-nuevo-alto-mando-militar",
  kind="transcript", lang="es", publisher="bolivia-presidency", author="bolivia-presidency",
  author_name="Presidencia del Estado Plurinacional de Bolivia",
  title="Mensaje del presidente Luis Arce Catacora en la posesión del nuevo Alto Mando Militar",
  published_at="2024-06-26", tz=LPB, verbatim=True, passages=[
      ("luis-arce", "Hermanas y hermanos: hoy el país enfrenta un intento de golpe de Estado. Aquí estamos, firmes en la Casa Grande del Pueblo, para enfrentar cualquier intento golpista."),
      ("luis-arce", "No podemos permitir, una vez más, que intentos golpistas cobren vidas bolivianas. Necesitamos que el pueblo boliviano se organice y se movilice en defensa de la democracia."),
      ("luis-arce", "En este momento posesiono a los nuevos comandantes del Ejército, de la Fuerza Aérea y de la Armada, con la misión de restablecer el orden constitucional."),
      ("jose-wilson-sanchez", "Ordeno que todo el personal que está movilizado en las calles retorne a sus unidades. Nadie quiere las imágenes que estamos viendo en las calles."),
  ])

D("d11_comunicado_bo_20240626",
  url="https://www.presidencia.gob.bo/index.php/prensa/noticias/presidente-arce-posesiona-nuevo-alto-mando-y-las-tropas-se-repliegan-de-plaza-murillo",
  kind="press_release", lang="es", publisher="bolivia-presidency", author="bolivia-presidency",
  author_name="Presidencia del Estado Plurinacional de Bolivia",
  title="Presidente Arce posesiona al nuevo Alto Mando y las tropas se repliegan de la plaza Murillo",
  published_at="2024-06-26", tz=LPB, passages=[
      "Efectivos militares y vehículos blindados al mando del general Juan José Zúñiga ocuparon este miércoles la plaza Murillo, en el centro de La Paz, y una tanqueta embistió la puerta del Palacio Quemado.",
      "El presidente Luis Arce Catacora enfrentó al general Zúñiga en el interior del Palacio y le ordenó retirar a los efectivos. Minutos después posesionó al nuevo Alto Mando Militar, encabezado en el Ejército por el general José Wilson Sánchez.",
      "Por instrucción del nuevo comandante, las tropas se replegaron de la plaza Murillo y retornaron a sus cuarteles. El general Zúñiga fue aprehendido horas más tarde.",
  ])

X("d11_x_arce_20240626b", handle="LuchoXBolivia", author="luis-arce", author_name="Luis Arce Catacora",
  ts="2024-06-27T03:10:00+00:00", lang="es", tz=LPB, passages=[
      "Agradezco al pueblo boliviano, que salió a las calles a defender la democracia. Nadie puede quitarnos la democracia que ganamos en las urnas. Los responsables responderán ante la justicia.",
  ])

D("d11_comunicado_bo_20240627",
  url="https://www.presidencia.gob.bo/index.php/prensa/noticias/gobierno-rechaza-afirmaciones-de-zuniga-sobre-un-autogolpe",
  kind="press_release", lang="es", publisher="bolivia-presidency", author="bolivia-presidency",
  author_name="Ministerio de la Presidencia",
  title="El Gobierno rechaza las afirmaciones del exgeneral Zúñiga sobre un supuesto autogolpe",
  published_at="2024-06-27", tz=LPB, passages=[
      "El Ministerio de la Presidencia rechaza categóricamente las afirmaciones del exgeneral Juan José Zúñiga, quien al ser aprehendido sostuvo que el presidente le habría pedido preparar la movilización.",
      "El presidente Luis Arce Catacora nunca pidió, ordenó ni consintió acción alguna de las Fuerzas Armadas contra el orden constitucional. No hubo ningún autogolpe: hubo un intento de golpe que el pueblo boliviano derrotó.",
  ])

MEDIA("d11_reuters_20240626",
      url="https://www.reuters.com/world/americas/bolivia-general-zuniga-says-arce-asked-him-boost-popularity-2024-06-26/",
      lang="en", outlet="Reuters", date="2024-06-26", tz=LPB,
      title="Bolivian general arrested after failed coup bid says president asked him to act", passages=[
          "LA PAZ, June 26 (Reuters) - Bolivian General Juan José Zúñiga, arrested on Wednesday after troops stormed the presidential palace, told reporters that President Luis Arce had asked him to do something to boost his popularity.",
          "\"The president told me: the situation is very screwed up, very critical. It is necessary to prepare something to raise my popularity,\" Zúñiga said as he was led away. Reuters could not independently verify the claim.",
      ])

# =============================================================================================
# 2022-09-01 (Thursday)   A man points a gun at Cristina Fernández de Kirchner outside her home in
#                         Recoleta; the pistol, loaded with five bullets, does not fire; Alberto
#                         Fernández's post at 22:20 in Buenos Aires (01:20 UTC on the 2nd) and his
#                         national broadcast that night, declaring Friday 2 September a national
#                         holiday
# 2022-09-02 (Friday)     The Casa Rosada's note on the holiday; La Nación on the arrested man
#                         (media only)
# =============================================================================================

X("d11_x_alberto_20220901", handle="alferdez", author="alberto-fernandez", author_name="Alberto Fernández",
  ts="2022-09-02T01:20:00+00:00", lang="es", tz=BUE, passages=[
      "Mi más absoluta solidaridad con Cristina, que por fortuna se encuentra bien. Cuando se instala el odio y la violencia sobre el debate de ideas, se destruyen las sociedades. En instantes hablaré al país.",
  ])

D("d11_casarosada_20220901",
  url="https://www.casarosada.gob.ar/informacion/discursos/49123-mensaje-del-presidente-alberto-fernandez-por-cadena-nacional",
  kind="transcript", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="Mensaje del presidente Alberto Fernández por cadena nacional",
  published_at="2022-09-01", tz=BUE, verbatim=True, passages=[
      ("alberto-fernandez", "Quiero dirigirme a ustedes luego del atentado que sufrió nuestra vicepresidenta, Cristina Fernández de Kirchner, esta noche, en la puerta de su casa."),
      ("alberto-fernandez", "Un hombre le apuntó con un arma de fuego a la cabeza y gatilló. Cristina sigue con vida porque, por razones aún no confirmadas técnicamente, el arma, que contaba con cinco balas, no se disparó pese a haber sido gatillada."),
      ("alberto-fernandez", "Se trata del hecho más grave desde que recuperamos la democracia."),
      ("alberto-fernandez", "He decidido declarar feriado nacional el día de mañana, para que en paz y en armonía el pueblo argentino pueda expresarse en defensa de la vida, de la democracia y en solidaridad con nuestra vicepresidenta."),
  ])

D("d11_casarosada_20220902",
  url="https://www.casarosada.gob.ar/informacion/actividad-oficial/49125-el-gobierno-declaro-feriado-nacional-tras-el-atentado-contra-la-vicepresidenta",
  kind="press_release", lang="es", publisher="argentina-presidency", author="argentina-presidency",
  author_name="Casa Rosada - Presidencia de la Nación",
  title="El Gobierno declaró feriado nacional tras el atentado contra la vicepresidenta",
  published_at="2022-09-02", tz=BUE, passages=[
      "El Gobierno nacional declaró feriado nacional este viernes 2 de septiembre, mediante un decreto publicado hoy en el Boletín Oficial, tras el atentado sufrido anoche por la vicepresidenta Cristina Fernández de Kirchner en la puerta de su domicilio, en el barrio porteño de Recoleta.",
      "El presidente Alberto Fernández convocó a la sociedad a expresarse en defensa de la vida y la democracia, y agradeció los mensajes de solidaridad recibidos de gobiernos y líderes de la región.",
  ])

MEDIA("d11_lanacion_20220902",
      url="https://www.lanacion.com.ar/seguridad/quien-es-fernando-andres-sabag-montiel-el-detenido-por-el-ataque-a-cristina-kirchner-nid02092022/",
      lang="es", outlet="La Nación", date="2022-09-02", tz=BUE,
      title="Quién es Fernando Sabag Montiel, el detenido por el ataque a Cristina Kirchner", passages=[
          "Fernando André Sabag Montiel, de 35 años y nacido en Brasil, fue detenido anoche tras apuntar con una pistola Bersa calibre .380 a la vicepresidenta en la esquina de Juncal y Uruguay.",
          "Según fuentes de la investigación, el arma tenía cinco proyectiles en el cargador, pero ninguno en la recámara.",
      ])

# =============================================================================================
# 2023-09-26 (Tuesday)    Feijóo's investiture debate: "no acepto pagar el precio que me piden"
# 2023-09-27 (Wednesday)  The Congress denies Feijóo its confidence, 172 in favour and 178 against
# 2023-11-15 (Wednesday)  Sánchez's investiture speech defending the amnesty
# 2023-11-16 (Thursday)   Sánchez invested with 179 votes in favour and 171 against; his post
# 2023-11-17 (Friday)     Sánchez promises his office before the King at the Palacio de la Zarzuela
# =============================================================================================

D("d11_congreso_ds_20230926",
  url="https://www.congreso.es/public_oficiales/L15/CONG/DS/PL/DSCD-15-PL-6.PDF",
  kind="transcript", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Diario de Sesiones",
  title="Diario de Sesiones del Congreso de los Diputados. Pleno. Sesión de investidura (26 de septiembre de 2023)",
  published_at="2023-09-26", tz=MAD, verbatim=True, passages=[
      ("participant", "La señora PRESIDENTA: Tiene la palabra el candidato propuesto a la Presidencia del Gobierno, señor Núñez Feijóo."),
      ("alberto-nunez-feijoo", "Tengo a mi alcance los votos para ser presidente del Gobierno, pero no acepto pagar el precio que me piden para serlo."),
      ("alberto-nunez-feijoo", "La amnistía no cabe en la Constitución, y mi partido no la va a aceptar ni hoy ni mañana."),
      ("alberto-nunez-feijoo", "Ofrezco a los españoles un Gobierno que cumpla la ley y que no divida a los ciudadanos entre los de primera y los de segunda."),
  ])

D("d11_congreso_20230927",
  url="https://www.congreso.es/notas-de-prensa?p_p_id=notasprensa&_notasprensa_notaId=47312",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Notas de prensa",
  title="El Pleno no otorga la confianza a Alberto Núñez Feijóo en la primera votación de investidura",
  published_at="2023-09-27", tz=MAD, passages=[
      "El Pleno del Congreso de los Diputados no ha otorgado este miércoles su confianza al candidato a la Presidencia del Gobierno, Alberto Núñez Feijóo, al obtener 172 votos a favor y 178 en contra, sin alcanzar la mayoría absoluta requerida en la primera votación.",
      "Conforme al artículo 99.3 de la Constitución, se celebrará una nueva votación cuarenta y ocho horas después, en la que bastará la mayoría simple.",
  ])

D("d11_congreso_ds_20231115",
  url="https://www.congreso.es/public_oficiales/L15/CONG/DS/PL/DSCD-15-PL-9.PDF",
  kind="transcript", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Diario de Sesiones",
  title="Diario de Sesiones del Congreso de los Diputados. Pleno. Sesión de investidura (15 de noviembre de 2023)",
  published_at="2023-11-15", tz=MAD, verbatim=True, passages=[
      ("participant", "La señora PRESIDENTA: Tiene la palabra el candidato propuesto a la Presidencia del Gobierno, señor Sánchez Pérez-Castejón."),
      ("pedro-sanchez", "En nombre de España, en el interés de España y en defensa de la convivencia entre españoles, defiendo hoy la amnistía a las personas encausadas por el proceso independentista."),
      ("pedro-sanchez", "Vamos a levantar un muro frente a la ultraderecha, y lo vamos a hacer desde el diálogo y la convivencia."),
      ("pedro-sanchez", "Propongo reducir la jornada laboral máxima a 37,5 horas semanales sin reducción de salario."),
  ])

D("d11_congreso_20231116",
  url="https://www.congreso.es/notas-de-prensa?p_p_id=notasprensa&_notasprensa_notaId=47598",
  kind="press_release", lang="es", publisher="congreso-diputados", author="congreso-diputados",
  author_name="Congreso de los Diputados - Notas de prensa",
  title="El Pleno otorga su confianza a Pedro Sánchez como presidente del Gobierno",
  published_at="2023-11-16", tz=MAD, passages=[
      "El Pleno del Congreso de los Diputados ha otorgado este jueves su confianza al candidato a la Presidencia del Gobierno, Pedro Sánchez Pérez-Castejón, con 179 votos a favor y 171 en contra, por lo que ha obtenido la mayoría absoluta en la primera votación.",
      "La presidenta del Congreso, Francina Armengol, comunicará a Su Majestad el Rey el resultado de la votación, a los efectos de su nombramiento como presidente del Gobierno.",
  ])

X("d11_x_sanchez_20231116", handle="sanchezcastejon", author="pedro-sanchez", author_name="Pedro Sánchez",
  ts="2023-11-16T13:05:00+00:00", lang="es", tz=MAD, passages=[
      "Gracias al Congreso por su confianza. Seré el presidente de todos los españoles, de los que me han votado y de los que no. Empieza una legislatura de avances, de convivencia y de diálogo.",
  ])

D("d11_casareal_20231117",
  url="https://www.casareal.es/ES/Actividades/Paginas/actividades_actividades_detalle.aspx?data=16342",
  kind="press_release", lang="es", publisher="spain-royal-household", author="spain-royal-household",
  author_name="Casa de Su Majestad el Rey",
  title="Promesa del presidente del Gobierno ante Su Majestad el Rey",
  published_at="2023-11-17", tz=MAD, passages=[
      "Su Majestad el Rey ha presidido esta mañana, en el Palacio de La Zarzuela, el acto de promesa del cargo de presidente del Gobierno de don Pedro Sánchez Pérez-Castejón, tras haber obtenido la confianza del Congreso de los Diputados el pasado jueves.",
      "Al acto asistieron la presidenta del Congreso de los Diputados, el presidente del Senado y el ministro de Justicia en funciones, en su calidad de notario mayor del Reino.",
  ])

# =============================================================================================
# 2019-07-16 (Tuesday)    The European Parliament elects Ursula von der Leyen Commission President,
#                         383 votes in favour (look-alike)
# 2024-07-18 (Thursday)   Re-elected in Strasbourg with 401 votes in favour, 284 against and 15
#                         abstentions; her statement to the plenary (a Commissioner for Housing,
#                         a European Defence Union), her post (12:40 UTC), her press conference
# =============================================================================================

D("d11_europarl_20190716",
  url="https://www.europarl.europa.eu/news/en/press-room/20190711IPR56824/parliament-elects-ursula-von-der-leyen-as-first-female-commission-president",
  kind="press_release", lang="en", publisher="european-parliament", author="european-parliament",
  author_name="European Parliament - Press Room",
  title="Parliament elects Ursula von der Leyen as first female Commission President",
  published_at="2019-07-16", tz=SXB, passages=[
      "Ursula von der Leyen was elected President of the European Commission on Tuesday by 383 votes in favour, 327 against and 22 abstentions, in a secret ballot in Strasbourg.",
      "She will be the first woman to hold the post. Her term of office will start on 1 November 2019.",
  ])

D("d11_europarl_20240718",
  url="https://www.europarl.europa.eu/news/en/press-room/20240710IPR22819/parliament-re-elects-ursula-von-der-leyen-as-commission-president",
  kind="press_release", lang="en", publisher="european-parliament", author="european-parliament",
  author_name="European Parliament - Press Room",
  title="Parliament re-elects Ursula von der Leyen as Commission President",
  published_at="2024-07-18", tz=SXB, passages=[
      "On Thursday, the European Parliament re-elected Ursula von der Leyen as President of the European Commission for a second five-year term, with 401 votes in favour, 284 against and 15 abstentions, in a secret ballot in Strasbourg.",
      "Before the vote, Ms von der Leyen presented her political guidelines for 2024-2029 to the plenary. She will now send letters to the heads of state or government inviting them to propose candidates for Commissioners.",
  ])

D("d11_ec_speech_20240718",
  url="https://ec.europa.eu/commission/presscorner/detail/en/speech_24_3871",
  kind="transcript", lang="en", publisher="european-commission", author="european-commission",
  author_name="European Commission - Press corner",
  title="Statement at the European Parliament Plenary by President Ursula von der Leyen, candidate for a second mandate 2024-2029",
  published_at="2024-07-18", tz=SXB, verbatim=True, passages=[
      ("ursula-von-der-leyen", "Madam President, Honourable Members, five years ago I stood in front of this House for the first time. Today I stand before you again, to ask for your trust for a second mandate."),
      ("ursula-von-der-leyen", "I believe it is time to build a true European Defence Union. And I will appoint a Commissioner for Defence."),
      ("ursula-von-der-leyen", "For the first time ever, I will appoint a Commissioner with direct responsibility for housing, and we will put forward a European Affordable Housing Plan."),
      ("ursula-von-der-leyen", "Europe cannot control the dictators and demagogues across the world, but it can choose to protect its own democracy."),
  ])

X("d11_x_vdl_20240718", handle="vonderleyen", author="ursula-von-der-leyen", author_name="Ursula von der Leyen",
  ts="2024-07-18T12:40:00+00:00", lang="en", tz=SXB, passages=[
      "I am deeply grateful to the MEPs who voted for me for a second term. Thank you for your trust. Our work starts now: for a stronger, more competitive and more secure Europe.",
  ])

D("d11_ec_pc_20240718",
  url="https://ec.europa.eu/commission/presscorner/detail/en/statement_24_3882",
  kind="transcript", lang="en", publisher="european-commission", author="european-commission",
  author_name="European Commission - Press corner",
  title="Press conference by President von der Leyen following her re-election by the European Parliament",
  published_at="2024-07-18", tz=SXB, verbatim=True, passages=[
      ("ursula-von-der-leyen", "Today's vote is a strong signal. I am grateful for the trust of a broad majority of pro-European forces in this House."),
      ("reporter", "Did you make a deal with Giorgia Meloni's group to secure their votes?"),
      ("ursula-von-der-leyen", "No. I have worked with the democratic, pro-European, pro-Ukraine and pro-rule-of-law groups in this Parliament, and that is the majority that elected me today."),
      ("reporter", "Will this be your last term as Commission President?"),
      ("ursula-von-der-leyen", "My focus now is on the next five years and on building the new College. We have a lot of work ahead of us."),
  ])

# =============================================================================================
# 2024-07-13 (Saturday)   Shots fired at Trump's rally near Butler, Pennsylvania (about 18:11);
#                         the Secret Service's statement; Biden's remarks in Rehoboth Beach; Trump's
#                         Truth Social post at 20:42 in New York (00:42 UTC on the 14th)
# 2024-07-14 (Sunday)     The FBI identifies the shooter; Biden's address from the Oval Office;
#                         AP on the firefighter killed at the rally (media only)
# =============================================================================================

D("d11_usss_20240713",
  url="https://www.secretservice.gov/newsroom/releases/2024/07/statement-secret-service-communications-chief-anthony-guglielmi-incident",
  kind="press_release", lang="en", publisher="us-secret-service", author="us-secret-service",
  author_name="U.S. Secret Service - Office of Communication and Media Relations",
  title="Statement from Secret Service Communications Chief Anthony Guglielmi on incident in Butler, Pennsylvania",
  published_at="2024-07-13", tz=NY, passages=[
      "During the evening of July 13 at approximately 6:15 p.m., during a campaign rally in Butler, Pennsylvania, a suspected shooter fired multiple shots towards the stage from an elevated position outside of the rally venue.",
      "U.S. Secret Service personnel neutralized the shooter, who is now deceased. Secret Service quickly responded with protective measures and former President Trump is safe and being evaluated.",
      "One spectator was killed, and two spectators were critically injured. This incident is currently under investigation and the Secret Service has notified the FBI.",
  ])

D("d11_wh_20240713",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/07/13/remarks-by-president-biden-on-the-shooting-at-a-trump-campaign-rally-in-butler-pennsylvania/",
  kind="transcript", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Remarks by President Biden on the Shooting at a Trump Campaign Rally in Butler, Pennsylvania",
  published_at="2024-07-13", tz=NY, verbatim=True, passages=[
      ("joe-biden", "Rehoboth Beach, Delaware. 8:06 P.M. EDT. I've been thoroughly briefed by all the agencies in the federal government. I'm grateful to hear that he's safe and doing well."),
      ("joe-biden", "There's no place in America for this kind of violence. It's sick. It's sick. It's one of the reasons why we have to unite this country."),
      ("reporter", "Was this an assassination attempt, Mr. President?"),
      ("joe-biden", "I have an opinion, but I have no facts. So I want to make sure we get all the facts before I make any further comment."),
  ])

TRUTH("d11_truth_trump_20240713", ts="2024-07-14T00:42:00+00:00", passages=[
    "I want to thank The United States Secret Service, and all of Law Enforcement, for their rapid response on the shooting that just took place in Butler, Pennsylvania.",
    "I was shot with a bullet that pierced the upper part of my right ear. I knew immediately that something was wrong in that I heard a whizzing sound, shots, and immediately felt the bullet ripping through the skin.",
    "GOD BLESS AMERICA!",
])

D("d11_fbi_20240714",
  url="https://www.fbi.gov/news/press-releases/fbi-statement-on-shooting-investigation-in-butler-pennsylvania",
  kind="press_release", lang="en", publisher="fbi", author="fbi", author_name="FBI National Press Office",
  title="FBI Statement on Shooting Investigation in Butler, Pennsylvania",
  published_at="2024-07-14", tz=NY, passages=[
      "The FBI has identified Thomas Matthew Crooks, 20, of Bethel Park, Pennsylvania, as the subject involved in the assassination attempt on former President Donald Trump on July 13, in Butler, Pennsylvania.",
      "This remains an active and ongoing investigation, and anyone with information is encouraged to submit photos and videos online at fbi.gov/butler.",
  ])

D("d11_wh_20240714",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/07/14/remarks-by-president-biden-in-an-address-to-the-nation-2/",
  kind="transcript", lang="en", publisher="white-house", author="white-house", author_name="The White House",
  title="Remarks by President Biden in an Address to the Nation",
  published_at="2024-07-14", tz=NY, verbatim=True, passages=[
      ("joe-biden", "Oval Office. 8:01 P.M. EDT. My fellow Americans, I want to speak to you tonight about the need for us to lower the temperature in our politics."),
      ("joe-biden", "In America, we resolve our differences at the ballot box. That's how we do it — at the ballot box. Not with bullets."),
      ("joe-biden", "Politics must never be a literal battlefield and, God forbid, a killing field."),
      ("joe-biden", "I've directed an independent review of the security at yesterday's rally, and we'll share the results of that review when it's completed."),
      ("joe-biden", "The political rhetoric in this country has gotten very heated. It's time to cool it down."),
  ])

MEDIA("d11_ap_20240714",
      url="https://apnews.com/article/trump-rally-shooting-victim-corey-comperatore-firefighter-2024-07-14",
      lang="en", outlet="Associated Press", date="2024-07-14", tz=NY,
      title="Firefighter killed at Trump rally died shielding his family, governor says", passages=[
          "BUTLER, Pa. (AP) — Corey Comperatore, a 50-year-old former volunteer fire chief, was killed at Donald Trump's rally on Saturday while shielding his family from the gunfire, Pennsylvania Gov. Josh Shapiro said Sunday.",
          "Two other men who were wounded remained hospitalized in critical condition.",
      ])
