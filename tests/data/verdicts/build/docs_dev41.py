"""Source documents for the forty-first development set (dev41.json).

Every document here is about an event of 2019 to 2025 that neither the first set (train/dev/test)
nor dev2 to dev40 uses, so that dev41 checks whether the verdict rules generalise to pairs nobody
has tuned on (dev42, written at the same time, keeps to events of 2000 to 2012; this set keeps to
2019 to 2025, and in the event to December 2019, February 2020, April, June and August 2021 and
June 2024, on days on which no earlier set has a document or a claimed day).

Reconstructed from public reporting of real events; the wording is ours, in the style of each
publisher (the House Clerk's roll-call records, the Senate's record of the impeachment trial, a
senator's floor speech, the White House's statements, transcripts and posts, the Minnesota
Attorney General's transcript, the Department of Defense's briefing transcripts, the INE's
comunicado, the Salvadoran presidency's comunicado and transcript, the Constitutional Chamber's
comunicado, media articles). Nothing here is a verbatim copy of a real document: short phrases
that public reporting widely quotes are kept close to the original where a pair depends on them.
It shares only the way documents are written down (doclib.py) with the other sets.
"""

from __future__ import annotations

from doclib import MX, NY, Library

_LIBRARY = Library()
DOCS = _LIBRARY.docs
D, X, TRUTH, MEDIA = _LIBRARY.D, _LIBRARY.X, _LIBRARY.TRUTH, _LIBRARY.MEDIA

CHI = "America/Chicago"
SV = "America/El_Salvador"


# =============================================================================================
# 2019-12-18 (Wednesday)  The House adopts two articles of impeachment against Donald Trump:
#                         abuse of power, 230 to 197, and obstruction of Congress, 229 to 198 (one
#                         member voting "present" on each); Trump is at a rally in Battle Creek,
#                         Michigan, during the vote (AP, media only)
# 2020-02-05 (Wednesday)  Senator Mitt Romney announces on the Senate floor that he will vote to
#                         convict on the first article; in the afternoon the Senate, with Chief
#                         Justice John Roberts presiding, acquits: abuse of power 48 guilty to 52
#                         not guilty, obstruction of Congress 47 to 53; the press secretary's
#                         statement
# 2020-02-06 (Thursday)   Trump's remarks in the East Room of the White House
# =============================================================================================

D("d41_clerk_20191218_a1",
  url="https://clerk.house.gov/evs/2019/roll695.xml",
  kind="press_release", lang="en", publisher="us-congress", author="us-congress",
  author_name="Office of the Clerk, U.S. House of Representatives",
  title="Final Vote Results: H.Res. 755, Article I (December 18, 2019)",
  published_at="2019-12-18", tz=NY, passages=[
      "Question: On Agreeing to Article I of the Resolution. Resolution: H.Res. 755, Impeaching Donald John Trump, President of the United States, for high crimes and misdemeanors. Article I: Abuse of Power. Date: 18-Dec-2019.",
      "Result: Adopted. Yeas 230, Nays 197, Present 1.",
  ])

D("d41_clerk_20191218_a2",
  url="https://clerk.house.gov/evs/2019/roll696.xml",
  kind="press_release", lang="en", publisher="us-congress", author="us-congress",
  author_name="Office of the Clerk, U.S. House of Representatives",
  title="Final Vote Results: H.Res. 755, Article II (December 18, 2019)",
  published_at="2019-12-18", tz=NY, passages=[
      "Question: On Agreeing to Article II of the Resolution. Resolution: H.Res. 755, Impeaching Donald John Trump, President of the United States, for high crimes and misdemeanors. Article II: Obstruction of Congress. Date: 18-Dec-2019.",
      "Result: Adopted. Yeas 229, Nays 198, Present 1.",
  ])

MEDIA("d41_ap_20191218",
      url="https://apnews.com/article/trump-battle-creek-rally-impeachment-vote-2019",
      lang="en", title="Trump rallies in Michigan as House votes to impeach him", outlet="Associated Press",
      date="2019-12-18", tz=NY, passages=[
          "BATTLE CREEK, Mich. (AP) — President Donald Trump was on stage before thousands of supporters in Battle Creek, Michigan, when the House voted Wednesday night to impeach him, becoming the third president in the nation's history to be impeached.",
          "\"It doesn't really feel like we're being impeached,\" Trump told the crowd, calling the vote a partisan exercise.",
      ])

D("d41_senate_romney_20200205",
  url="https://www.romney.senate.gov/romney-delivers-remarks-impeachment-vote/",
  kind="transcript", lang="en", publisher="us-congress", author="mitt-romney",
  author_name="Office of Senator Mitt Romney",
  title="Romney Delivers Remarks on Impeachment Vote (Senate floor, February 5, 2020)",
  published_at="2020-02-05", tz=NY, verbatim=True, passages=[
      ("mitt-romney", "The Constitution is at the foundation of our Republic's success, and we each strive not to lose sight of our promise to defend it. As a senator-juror, I swore an oath, before God, to exercise impartial justice."),
      ("mitt-romney", "The grave question the Constitution tasks senators to answer is whether the President committed an act so extreme and egregious that it rises to the level of a high crime and misdemeanor. Yes, he did."),
      ("mitt-romney", "Corrupting an election to keep oneself in office is perhaps the most abusive and destructive violation of one's oath of office that I can imagine."),
      ("mitt-romney", "I will only be one name among many, no more, no less, to future generations of Americans who look at the record of this trial. They will note merely that I was among the senators who determined that what the President did was wrong, grievously wrong."),
  ])

D("d41_senate_record_20200205",
  url="https://www.congress.gov/congressional-record/2020/2/5/senate-section/article/S937-1",
  kind="transcript", lang="en", publisher="us-congress", author="us-congress",
  author_name="Congressional Record - Senate",
  title="Trial of Donald John Trump, President of the United States: the votes on the articles of impeachment (February 5, 2020)",
  published_at="2020-02-05", tz=NY, verbatim=True, passages=[
      ("john-roberts", "On this question, the yeas are 48, the nays are 52. Two-thirds of the Senators present not having pronounced him guilty, the Senate adjudges that the respondent, Donald John Trump, President of the United States, is not guilty as charged in the first article of impeachment."),
      ("john-roberts", "On this question, the yeas are 47, the nays are 53. Two-thirds of the Senators present not having pronounced him guilty, the Senate adjudges that the respondent is not guilty as charged in the second article of impeachment."),
      ("john-roberts", "The Chair directs judgment to be entered in accordance with the judgment of the Senate as follows: The Senate, having tried Donald John Trump, President of the United States, upon two articles of impeachment exhibited against him by the House of Representatives, and two-thirds of the Senators present not having found him guilty of the charges contained therein, it is, therefore, ordered and adjudged that the said Donald John Trump be, and he is hereby, acquitted of the charges in said articles."),
  ])

D("d41_wh_grisham_20200205",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/statement-press-secretary-96/",
  kind="press_release", lang="en", publisher="white-house", author="stephanie-grisham",
  author_name="The White House - Office of the Press Secretary",
  title="Statement from the Press Secretary (February 5, 2020)",
  published_at="2020-02-05", tz=NY, passages=[
      ("stephanie-grisham", "Today, the sham impeachment attempt concocted by Democrats ended in the full vindication and exoneration of President Trump."),
      ("stephanie-grisham", "The President is pleased to move on with the business of the American people and continues to focus on keeping America safe, strong and prosperous."),
  ])


D("d41_wh_trump_20200206",
  url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-president-trump-acquittal/",
  kind="transcript", lang="en", publisher="white-house", author="donald-trump",
  author_name="The White House - Remarks",
  title="Remarks by President Trump to the Nation (East Room, February 6, 2020)",
  published_at="2020-02-06", tz=NY, verbatim=True, passages=[
      ("donald-trump", "We've all been through a lot together, and we went through hell, unfairly treated. And in the end, we did nothing wrong."),
      ("donald-trump", "It was evil. It was corrupt. It was dirty cops. It was leakers and liars. And this should never ever happen to another president, ever."),
      ("donald-trump", "This is what the final result is. Here, I'll show you: \"Trump acquitted.\""),
  ])


# =============================================================================================
# 2021-04-20 (Tuesday)    In Minneapolis (CDT, UTC-5) a Hennepin County jury finds Derek Chauvin
#                         guilty of second-degree unintentional murder, third-degree murder and
#                         second-degree manslaughter in the death of George Floyd; Attorney General
#                         Keith Ellison's press conference; President Biden and Vice President Harris
#                         speak from the Cross Hall of the White House in the evening; the President's
#                         post at 20:45 in Washington, 00:45 UTC on the 21st (the minute is ours)
# 2021-06-25 (Friday)     Judge Peter Cahill sentences Chauvin to 22 and a half years (AP, media
#                         only)
# =============================================================================================

D("d41_mnag_ellison_20210420",
  url="https://www.ag.state.mn.us/Office/Communications/2021/04/20_Chauvin.asp",
  kind="transcript", lang="en", publisher="minnesota-attorney-general", author="keith-ellison",
  author_name="Office of the Minnesota Attorney General",
  title="Attorney General Ellison's remarks after the verdict in State v. Chauvin (Minneapolis, April 20, 2021)",
  published_at="2021-04-20", tz=CHI, verbatim=True, passages=[
      ("keith-ellison", "A jury of Derek Chauvin's peers has found him guilty on all three counts: murder in the second degree, murder in the third degree and manslaughter in the second degree."),
      ("keith-ellison", "I would not call today's verdict justice, however, because justice implies true restoration. But it is accountability, which is the first step towards justice."),
      ("keith-ellison", "George Floyd mattered. He was loved by his family and his friends. But that isn't why he mattered. He mattered because he was a human being, and there is no way we can turn away from that."),
  ])

D("d41_wh_biden_20210420",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/04/20/remarks-by-president-biden-and-vice-president-harris-on-the-guilty-verdict-in-the-derek-chauvin-trial/",
  kind="transcript", lang="en", publisher="white-house", author="joe-biden",
  author_name="The White House - Speeches and Remarks",
  title="Remarks by President Biden and Vice President Harris on the Guilty Verdict in the Derek Chauvin Trial for the Death of George Floyd (Cross Hall, April 20, 2021)",
  published_at="2021-04-20", tz=NY, verbatim=True, passages=[
      ("kamala-harris", "Here's the truth about racial injustice: It is not just a Black America problem or a people of color problem. It is a problem for every American."),
      ("kamala-harris", "A measure of justice isn't the same as equal justice."),
      ("joe-biden", "It was a murder in the full light of day, and it ripped the blinders off for the whole world to see the systemic racism the Vice President just referred to."),
      ("joe-biden", "Systemic racism is a stain on our nation's soul."),
      ("joe-biden", "Such a verdict is also much too rare. For so many people, it seems like it took a unique and extraordinary convergence of factors."),
      ("joe-biden", "This can be a giant step forward in the march towards justice in America. But it's not enough. We can't stop here."),
  ])

X("d41_x_potus_20210420", handle="POTUS", author="joe-biden", author_name="President Biden",
  ts="2021-04-21T00:45:00+00:00", lang="en", tz=NY, passages=[
      "No one should be above the law, and today's verdict sends that message. But we can't stop here. In order to deliver real change and reform, we can and we must do more to reduce the likelihood that tragedies like this will ever happen again.",
  ])

MEDIA("d41_ap_20210625",
      url="https://apnews.com/article/derek-chauvin-sentencing-george-floyd-june-2021",
      lang="en", title="Chauvin sentenced to 22 1/2 years in George Floyd's death", outlet="Associated Press",
      date="2021-06-25", tz=CHI, passages=[
          "MINNEAPOLIS (AP) — Former Minneapolis police Officer Derek Chauvin was sentenced Friday to 22 1/2 years in prison for the murder of George Floyd.",
          "Judge Peter Cahill said the sentence was not based on emotion or sympathy. Prosecutors had asked for 30 years.",
      ])


# =============================================================================================
# 2021-08-26 (Thursday)   A suicide bomber strikes at the Abbey Gate of Hamid Karzai International
#                         Airport in Kabul (UTC+4:30); General McKenzie's briefing from Central
#                         Command with John Kirby at the Pentagon (12 service members killed and 15
#                         wounded at that hour); President Biden's remarks in the East Room in the
#                         evening; the White House's post at 20:20 in Washington, 00:20 UTC on the 27th
#                         (the minute is ours)
# 2021-08-27 (Friday)     Maj. Gen. Hank Taylor at the Pentagon: one suicide bomber, no second
#                         explosion at the Baron Hotel; 13 service members killed
# 2021-08-30 (Monday)     The last C-17 leaves Kabul at 3:29 p.m. in Washington (a minute before
#                         midnight in Kabul); McKenzie announces the completion of the withdrawal
# 2021-08-31 (Tuesday)    Biden's address from the State Dining Room ("this forever war")
# =============================================================================================

D("d41_dod_mckenzie_20210826",
  url="https://www.defense.gov/News/Transcripts/Transcript/Article/2754077/general-kenneth-f-mckenzie-jr-and-press-secretary-john-f-kirby-hold-a-press-briefing/",
  kind="transcript", lang="en", publisher="us-dod", author="us-dod",
  author_name="U.S. Department of Defense - Transcripts",
  title="General Kenneth F. McKenzie Jr. and Press Secretary John F. Kirby Hold a Press Briefing (August 26, 2021)",
  published_at="2021-08-26", tz=NY, verbatim=True, passages=[
      ("john-kirby", "General McKenzie will join us from Tampa to give you an update on what happened today at the airport in Kabul."),
      ("kenneth-mckenzie", "At this hour, I can confirm that 12 U.S. service members have been killed and 15 others wounded in the attack at the Abbey Gate."),
      ("kenneth-mckenzie", "ISIS will not deter us from accomplishing the mission. We will continue to evacuate American citizens and our Afghan partners."),
  ])

D("d41_wh_biden_20210826",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/08/26/remarks-by-president-biden-on-the-terror-attack-at-hamid-karzai-international-airport/",
  kind="transcript", lang="en", publisher="white-house", author="joe-biden",
  author_name="The White House - Speeches and Remarks",
  title="Remarks by President Biden on the Terror Attack at Hamid Karzai International Airport (East Room, August 26, 2021)",
  published_at="2021-08-26", tz=NY, verbatim=True, passages=[
      ("joe-biden", "The American service members who gave their lives today were heroes, heroes engaged in a dangerous, selfless mission to save the lives of others."),
      ("joe-biden", "To those who carried out this attack, as well as anyone who wishes America harm, know this: We will not forgive. We will not forget. We will hunt you down and make you pay."),
      ("joe-biden", "I have also instructed my commanders to develop operational plans to strike ISIS-K assets, leadership and facilities."),
      ("joe-biden", "We will not be deterred by terrorists. We will not let them stop our mission. We will continue the evacuation."),
  ])

X("d41_x_wh_20210826", handle="WhiteHouse", author="white-house", author_name="The White House",
  ts="2021-08-27T00:20:00+00:00", lang="en", tz=NY, passages=[
      "President Biden: \"To those who carried out this attack, as well as anyone who wishes America harm, know this: We will not forgive. We will not forget. We will hunt you down and make you pay.\"",
  ])

D("d41_dod_taylor_20210827",
  url="https://www.defense.gov/News/Transcripts/Transcript/Article/2755310/pentagon-press-secretary-john-f-kirby-and-army-maj-gen-hank-taylor-hold-a-press-briefing/",
  kind="transcript", lang="en", publisher="us-dod", author="us-dod",
  author_name="U.S. Department of Defense - Transcripts",
  title="Pentagon Press Secretary John F. Kirby and Army Maj. Gen. Hank Taylor Hold a Press Briefing (August 27, 2021)",
  published_at="2021-08-27", tz=NY, verbatim=True, passages=[
      ("hank-taylor", "I can confirm for you that we do not believe that there was a second suicide bomber at or near the Baron Hotel. It was one suicide bomber, at the Abbey Gate."),
      ("john-kirby", "Thirteen U.S. service members were killed yesterday, and 18 were wounded. Our thoughts and prayers are with their families."),
  ])

D("d41_dod_mckenzie_20210830",
  url="https://www.defense.gov/News/Transcripts/Transcript/Article/2759193/general-kenneth-f-mckenzie-jr-commander-of-us-central-command-holds-a-press-briefing/",
  kind="transcript", lang="en", publisher="us-dod", author="us-dod",
  author_name="U.S. Department of Defense - Transcripts",
  title="General Kenneth F. McKenzie Jr., Commander of U.S. Central Command, Holds a Press Briefing on the Completion of the Withdrawal from Afghanistan (August 30, 2021)",
  published_at="2021-08-30", tz=NY, verbatim=True, passages=[
      ("kenneth-mckenzie", "I'm here to announce the completion of our withdrawal from Afghanistan and the end of the military mission to evacuate American citizens, third-country nationals and vulnerable Afghans."),
      ("kenneth-mckenzie", "The last C-17 lifted off from Hamid Karzai International Airport on August 30th, this afternoon, at 3:29 p.m. East Coast time, and the last manned aircraft is now clearing the airspace above Afghanistan."),
      ("kenneth-mckenzie", "There's a lot of heartbreak associated with this departure. We did not get everybody out that we wanted to get out."),
  ])


D("d41_wh_biden_20210831",
  url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/08/31/remarks-by-president-biden-on-the-end-of-the-war-in-afghanistan/",
  kind="transcript", lang="en", publisher="white-house", author="joe-biden",
  author_name="The White House - Speeches and Remarks",
  title="Remarks by President Biden on the End of the War in Afghanistan (State Dining Room, August 31, 2021)",
  published_at="2021-08-31", tz=NY, verbatim=True, passages=[
      ("joe-biden", "Last night in Kabul, the United States ended 20 years of war in Afghanistan, the longest war in American history."),
      ("joe-biden", "We completed one of the biggest airlifts in history, with more than 120,000 people evacuated to safety."),
      ("joe-biden", "I was not going to extend this forever war, and I was not extending a forever exit."),
      ("joe-biden", "I take responsibility for the decision."),
  ])


# =============================================================================================
# 2024-06-02 (Sunday)     Mexico's general election; shortly before midnight in Mexico City (UTC-6)
#                         Guadalupe Taddei gives the INE's quick count: Claudia Sheinbaum between
#                         58.3 % and 60.7 %, Xóchitl Gálvez between 26.6 % and 28.6 %, Jorge Álvarez
#                         Máynez between 9.9 % and 10.8 %; the INE's post at 23:55, 05:55 UTC on the
#                         3rd (the minute is ours)
# 2024-06-03 (Monday)     President Biden's statement congratulating Sheinbaum
# =============================================================================================

D("d41_ine_20240602",
  url="https://centralelectoral.ine.mx/2024/06/02/da-a-conocer-ine-resultados-del-conteo-rapido-de-la-eleccion-presidencial-2024/",
  kind="press_release", lang="es", publisher="ine-mexico", author="guadalupe-taddei",
  author_name="Instituto Nacional Electoral - Central Electoral",
  title="Da a conocer INE resultados del Conteo Rápido de la elección presidencial 2024",
  published_at="2024-06-02", tz=MX, passages=[
      "Esta noche, la consejera presidenta del Instituto Nacional Electoral (INE), Guadalupe Taddei Zavala, dio a conocer en mensaje a la ciudadanía los resultados del Conteo Rápido de la elección para la Presidencia de la República.",
      "De acuerdo con las estimaciones del Comité Técnico Asesor del Conteo Rápido, con un nivel de confianza de 95 %, el porcentaje de votos a favor de Claudia Sheinbaum Pardo se encuentra entre 58.3 % y 60.7 %; el de Xóchitl Gálvez Ruiz, entre 26.6 % y 28.6 %, y el de Jorge Álvarez Máynez, entre 9.9 % y 10.8 %.",
      ("guadalupe-taddei", "Hoy las y los mexicanos votamos en paz y en libertad. Estas cifras son estimaciones; los resultados oficiales se conocerán con los cómputos distritales que inician el miércoles 5 de junio."),
  ])

X("d41_x_ine_20240602", handle="INEMexico", author="ine-mexico", author_name="INE México",
  ts="2024-06-03T05:55:00+00:00", lang="es", tz=MX, passages=[
      "#ConteoRápido2024 | Según las estimaciones del Conteo Rápido, Claudia Sheinbaum Pardo obtendría entre 58.3 % y 60.7 % de la votación para la Presidencia de la República.",
  ])

D("d41_wh_biden_20240603",
  url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/03/statement-from-president-joe-biden-congratulating-dr-claudia-sheinbaum-on-her-election-as-president-of-mexico/",
  kind="press_release", lang="en", publisher="white-house", author="joe-biden",
  author_name="The White House - Statements and Releases",
  title="Statement from President Joe Biden Congratulating Dr. Claudia Sheinbaum on her Election as President of Mexico (June 3, 2024)",
  published_at="2024-06-03", tz=NY, passages=[
      ("joe-biden", "I congratulate Dr. Claudia Sheinbaum on her historic election as the first woman President of Mexico."),
      ("joe-biden", "I look forward to working closely with President-elect Sheinbaum in the spirit of partnership and friendship that binds our two nations together."),
  ])



# =============================================================================================
# 2020-02-06 (Thursday)   The Council of Ministers, invoking article 167 of the Constitution, calls
#                         the Legislative Assembly to an extraordinary session on Sunday 9 February
#                         at 15:00 to approve a $109 million loan for phase III of the Plan Control
#                         Territorial (the presidency's comunicado)
# 2020-02-09 (Sunday)     Soldiers and police inside the Assembly; Bukele sits in the chair of its
#                         president and prays, then tells his supporters outside that he asked God
#                         and God told him "paciencia", and gives the deputies a week (the
#                         presidency's transcript); his post at 19:40 in San Salvador (UTC-6), 01:40
#                         UTC on the 10th (the minute is ours)
# 2020-02-10 (Monday)     The Constitutional Chamber orders precautionary measures: the President
#                         must refrain from using the Armed Forces in activities contrary to their
#                         constitutional purposes, and the effects of the convocation are suspended
# =============================================================================================

D("d41_presidencia_sv_20200206",
  url="https://www.presidencia.gob.sv/consejo-de-ministros-convoca-a-sesion-extraordinaria-de-la-asamblea-legislativa/",
  kind="press_release", lang="es", publisher="el-salvador-government", author="el-salvador-government",
  author_name="Presidencia de la República de El Salvador",
  title="Consejo de Ministros convoca a sesión extraordinaria de la Asamblea Legislativa",
  published_at="2020-02-06", tz=SV, passages=[
      "El Consejo de Ministros, con base en el artículo 167 de la Constitución de la República, acordó este jueves convocar a la Asamblea Legislativa a una sesión plenaria extraordinaria el domingo 9 de febrero, a las 15:00 horas.",
      "El único punto de la agenda es la aprobación del préstamo de 109 millones de dólares destinado a financiar la Fase III del Plan Control Territorial, para equipar a la Policía Nacional Civil y a la Fuerza Armada.",
  ])

D("d41_presidencia_sv_20200209",
  url="https://www.presidencia.gob.sv/discurso-del-presidente-nayib-bukele-frente-a-la-asamblea-legislativa/",
  kind="transcript", lang="es", publisher="el-salvador-government", author="nayib-bukele",
  author_name="Presidencia de la República de El Salvador",
  title="Discurso del presidente Nayib Bukele frente a la Asamblea Legislativa (San Salvador, 9 de febrero de 2020)",
  published_at="2020-02-09", tz=SV, verbatim=True, passages=[
      ("nayib-bukele", "Ahora creo que está muy claro quién tiene el control de la situación."),
      ("nayib-bukele", "Le pregunté a Dios y Dios me dijo: paciencia, paciencia, paciencia."),
      ("nayib-bukele", "Vamos a darle una semana a la Asamblea para que apruebe el préstamo del Plan Control Territorial."),
  ])

X("d41_x_bukele_20200209", handle="nayibbukele", author="nayib-bukele", author_name="Nayib Bukele",
  ts="2020-02-10T01:40:00+00:00", lang="es", tz=SV, passages=[
      "Hoy el pueblo salvadoreño le dio una semana a la Asamblea Legislativa para aprobar los fondos de la Fase III del Plan Control Territorial. Dios nos pidió paciencia. Y vamos a tener paciencia.",
  ])


D("d41_csj_20200210",
  url="https://www.csj.gob.sv/sala-de-lo-constitucional-ordena-medidas-cautelares-10-feb-2020/",
  kind="press_release", lang="es", publisher="sala-constitucional-sv", author="sala-constitucional-sv",
  author_name="Corte Suprema de Justicia de El Salvador - Comunicaciones",
  title="Sala de lo Constitucional ordena medidas cautelares al presidente de la República",
  published_at="2020-02-10", tz=SV, passages=[
      "La Sala de lo Constitucional de la Corte Suprema de Justicia admitió este lunes las demandas presentadas contra el acuerdo del Consejo de Ministros que convocó a la Asamblea Legislativa a sesión extraordinaria el domingo 9 de febrero.",
      "Como medida cautelar, la Sala ordena al presidente de la República abstenerse de hacer uso de la Fuerza Armada en actividades contrarias a los fines constitucionalmente establecidos, y suspende los efectos del acuerdo de convocatoria mientras se tramita el proceso.",
  ])
