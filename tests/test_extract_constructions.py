"""Constructions the extractor handles, one short article each: what is a claim, whose, and when."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from helpers import extract as _extract
from helpers import only as _only

CORPUS = Path(__file__).parent / "data" / "extraction"


def test_a_quoted_term_after_an_indefinite_article_is_not_a_quote(index):
    es = _extract(index, "Sheinbaum anunció que pondrá en marcha un 'plan B' con medidas arancelarias.", "es")
    en = _extract(index, 'Trump said Canada would appoint a "fentanyl czar" and list cartels as terrorists.', "en")
    assert not [c for c in es + en if c.kind == "quote"]
    assert _only(es, "plan B", "statement").speaker == "claudia-sheinbaum"
    assert _only(en, "fentanyl czar", "statement").speaker == "donald-trump"
    # Spanish "a" is a preposition, not an article: the fragment is a quote.
    fragment = _extract(index, "Trump afirmó que su gobierno comenzaría a “atacar por tierra” a los cárteles.", "es")
    assert _only(fragment, "atacar por tierra", "quote").speaker == "donald-trump"


def test_events_with_a_descriptor_subject_and_one_party(index):
    found = _extract(index, "La presidenta Claudia Sheinbaum llegó a Palacio Nacional. "
                            "Horas después, la mandataria presidió una reunión del gabinete de seguridad.", "es")
    event = _only(found, "presidió", "event")
    assert event.text.startswith("la mandataria") and event.participants == ["claudia-sheinbaum"]


def test_denied_reflexive_and_subordinate_events_are_not_events(index):
    es = _extract(index, "Marco Rubio no asistió a la ceremonia. Trump se detuvo ante la prensa.", "es")
    en = _extract(index, "Marco Rubio was in Panama. The talks had ended as he arrived in Mexico on Monday.", "en")
    assert not [c for c in es + en if c.kind == "event"]


def test_quote_attributions_after_a_question_mark_or_an_adverbial(index):
    en = _extract(index, "Donald Trump met Marco Rubio on Friday. “Have you said thank you once?” Rubio asked the president.", "en")
    assert _only(en, "Have you said", "quote").speaker == "marco-rubio"
    es = _extract(index, "«Fue una decisión soberana», informó por la tarde el titular de la SSPC, Omar García Harfuch.\n"
                         "«Están intentando dañar la democracia», escribió en X a media tarde la presidenta Claudia Sheinbaum.", "es")
    assert _only(es, "decisión soberana", "quote").speaker == "omar-garcia-harfuch"
    assert _only(es, "dañar la democracia", "quote").speaker == "claudia-sheinbaum"


def test_a_title_does_not_take_the_name_that_opens_the_next_sentence(index):
    found = _extract(index, "Trump habló por teléfono. «La relación es buena», aseguró además el republicano.\n"
                            "Sheinbaum respondió en X con un agradecimiento.", "es")
    assert _only(found, "La relación es buena", "quote").speaker == "donald-trump"


def test_absences_of_doing_have_no_speaker_and_absences_inside_statements_are_not_claims(index):
    found = _extract(index, "Marco Rubio no asistió a la ceremonia.\n"
                            "Claudia Sheinbaum ha sostenido que el Gobierno de México no participó en la negociación.", "es")
    assert _only(found, "no asistió", "statement").speaker is None
    statement = _only(found, "no participó", "statement")
    assert statement.speaker == "claudia-sheinbaum" and not statement.absence


def test_story_day_comes_from_the_leads_first_dated_claim_and_the_present_perfect_has_none(index):
    found = _extract(index, "Los productos quedarán exentos de aranceles al menos hasta el 2 de abril.\n"
                            "Trump anunció el jueves en Truth Social que México no pagará aranceles.\n"
                            "La Casa Blanca no precisó si la exención se prolongará.\n"
                            "Claudia Sheinbaum ha sostenido que no habrá represalias contra Estados Unidos.", "es",
                     published=date(2025, 3, 7))
    assert _only(found, "no precisó").date == "2025-03-06"
    assert _only(found, "ha sostenido").date is None


def test_a_second_verb_of_saying_stays_inside_the_first_statement(index):
    found = _extract(index, "Claudia Sheinbaum calificó la elección de exitosa y afirmó que millones de personas votaron.", "es")
    statements = [c for c in found if c.kind == "statement"]
    assert len(statements) == 1 and statements[0].speaker == "claudia-sheinbaum"
    assert statements[0].text.endswith("millones de personas votaron")


def test_a_negated_verb_of_saying_is_an_absence_with_no_speaker_for_two_bodies(index):
    es = _extract(index, "Ni la Presidencia de México ni la Casa Blanca precisaron qué ocurrirá después.", "es")
    en = _extract(index, "The White House has not said how many officers would be needed.", "en")
    absences = [c for c in es + en if c.kind == "statement"]
    assert len(absences) == 2 and all(c.absence for c in absences)
    assert absences[0].speaker is None and absences[1].speaker == "white-house"


def test_coordinated_subjects_take_part_in_the_call(index):
    found = _extract(index, "Minutos antes, el mandatario Donald Trump y Sheinbaum habían sostenido una llamada telefónica.", "es")
    assert _only(found, "llamada", "event").participants == ["donald-trump", "claudia-sheinbaum"]


def test_a_time_adverbial_inside_an_event_trigger(index):
    found = _extract(index, "El Gobierno de México declaró el martes el estado de emergencia en la frontera norte.", "es",
                     published=date(2024, 1, 10))
    event = _only(found, "estado de emergencia", "event")
    assert event.event_type == "decision" and event.date == "2024-01-09"


def test_a_statement_in_a_relative_clause_belongs_to_the_main_subject(index):
    found = _extract(index, "El presidente de Estados Unidos, Donald Trump, felicitó este lunes a Sheinbaum en un "
                            "comunicado en el que dijo que espera trabajar estrechamente con ella.", "es")
    statement = _only(found, "espera trabajar", "statement")
    assert statement.speaker == "donald-trump" and statement.text.startswith("El presidente de Estados Unidos")
    assert not [c for c in found if c.kind == "event"]


def test_a_quote_attributed_across_an_apposition(index):
    found = _extract(index, "“Merz should step aside immediately,” Alice Weidel, co-leader of the far-right "
                            "Alternative for Germany, said after the vote.", "en")
    assert _only(found, "step aside", "quote").speaker_name == "Alice Weidel"


def test_events_in_relative_clauses_and_passives_with_a_named_agent(index):
    found = _extract(index, "«Estamos en guerra», afirmó Claudia Sheinbaum, que asumió el poder en octubre de 2024.\n"
                            "La reforma fue aprobada por el Gobierno de México en septiembre de 2024.", "es")
    assert _only(found, "asumió", "event").text.startswith("que asumió")
    assert _only(found, "fue aprobada", "event").participants == ["mexican-government"]


def test_complements_after_a_time_phrase_a_clitic_and_a_request_to_someone(index):
    en = _extract(index, "Gov. Greg Abbott announced on Monday the deployment of a new border force.\n"
                         "Earlier, Marco Rubio had called on Donald Trump to lift the tariffs on Mexico.", "en")
    assert _only(en, "the deployment", "statement").speaker_name == "Greg Abbott"
    assert _only(en, "lift the tariffs", "statement").speaker == "marco-rubio"
    es = _extract(index, "Trump lo anunció el jueves por la mañana en Truth Social.", "es")
    assert [c.kind for c in es] == ["event"]


def test_a_title_makes_a_single_word_a_name(index):
    found = _extract(index, "Allied leaders attended a dinner on Tuesday hosted by King Willem-Alexander and Queen Máxima.", "en")
    assert _only(found, "hosted by", "event").participants == ["Willem-Alexander", "Máxima"]


def test_phrase_patterns_as_prefix_trees_still_prefer_the_longest_phrase():
    from claimcheck.extractors.normalize import phrase_pattern

    pattern = phrase_pattern(["dijo", "dijeron", "ha dicho", "al", "al exigir", "a"])
    found = [m.group() for m in pattern.finditer("dijo al exigir y ha  dicho que dijeron al a dijoo")]
    assert found == ["dijo", "al exigir", "ha  dicho", "dijeron", "al", "a"]



def test_one_phrase_scan_finds_what_each_pattern_finds_on_its_own():
    """Overlapping phrases of one lexicon, phrases shared by two, a handle that begins with "@" and
    a name inside it: the scan must give each pattern's own finditer, match for match."""
    from claimcheck.extractors.normalize import PhraseScan, fold, phrase_pattern

    lexicons = [["el presidente", "presidente", "presidente del gobierno"], ["@sre_mx", "sre", "la sre"],
                ["dijo", "dijo que", "que"], ["presidente"]]
    patterns = [(phrase_pattern(phrases), phrases) for phrases in lexicons]
    text = fold("El presidente dijo que la SRE y @SRE_mx, presidente del  gobierno, dijo: que presidentes sre.")
    found = PhraseScan(patterns).find(text)
    expected = [[(m.start(), m.group()) for m in pattern.finditer(text)] for pattern, _ in patterns]
    assert [[(m.start(), m.group()) for m in matches] for matches in found] == expected
    assert expected[0] == [(0, "el presidente"), (41, "presidente del  gobierno")]
    assert [g for _, g in expected[1]] == ["la sre", "@sre_mx", "sre"] and expected[3][0][1] == "presidente"
    with pytest.raises(ValueError):
        PhraseScan([(re.compile("dijo"), ["dijo"])])


def test_the_article_scan_finds_what_each_lexicon_finds_on_its_own(index):
    """The real lexicons over real articles of the corpus, in both languages."""
    from claimcheck.extractors.entities import mention_lexicons
    from claimcheck.extractors.lexicon import lexicon
    from claimcheck.extractors.normalize import PhraseScan, fold

    totals = [0] * 7
    for name in ("es-01", "en-01", "es-61", "en-61"):
        article = json.loads((CORPUS / f"{name}.json").read_text("utf-8"))
        lex = lexicon(article["language"])
        lexicons = [(getattr(lex, f), lex.phrases[f]) for f in ("verbs", "source_marker", "absence", "triggers")]
        lexicons += mention_lexicons(lex.language, index)
        folded = fold(article["text"])
        found = PhraseScan(lexicons).find(folded)
        expected = [[m.span() for m in pattern.finditer(folded)] for pattern, _ in lexicons]
        assert [[m.span() for m in matches] for matches in found] == expected
        totals = [n + len(e) for n, e in zip(totals, expected)]
    assert all(totals)  # every lexicon has something to find in these articles

def test_speakers_a_surname_that_is_a_title_a_possessive_and_an_adverb_before_the_name(index):
    es = _extract(index, "El ministro de Defensa, Vladimir Padrino López, viajó a Caracas. El canciller Enrique Reina "
                         "confirmó que la nota fue entregada.\n«Voy a gobernar para todos», prometió también Sheinbaum.", "es")
    assert _only(es, "nota fue entregada", "statement").speaker_name == "Enrique Reina"
    assert _only(es, "gobernar", "quote").speaker == "claudia-sheinbaum"
    en = _extract(index, "Volodymyr Zelensky met Trump. “You're gambling with World War III,” Trump said. "
                         "Zelensky's response was more measured. "
                         "“Thank you America,” he wrote on X.", "en")
    assert _only(en, "Thank you America", "quote").speaker_name == "Volodymyr Zelensky"


def test_live_blog_entries_are_dated_on_the_day_they_are_posted(index):
    found = _extract(index, "08:10 — Un repaso: este domingo se eligieron los jueces de la Suprema Corte.\n"
                            "09:15 — «Fue todo un éxito la elección», dijo Claudia Sheinbaum.", "es",
                     published=date(2025, 6, 2))
    assert _only(found, "todo un éxito", "quote").date == "2025-06-02"


def test_the_lead_weekday_is_the_story_day_rather_than_a_background_date(index):
    found = _extract(index, "El candidato, que reclama haber ganado las elecciones del 28 de julio, habló el miércoles "
                            "en Madrid.\nClaudia Sheinbaum aseguró que firmó el documento bajo coacción.", "es",
                     published=date(2024, 9, 19))
    assert _only(found, "bajo coacción", "statement").date == "2024-09-18"


def test_a_capitalised_pronoun_or_a_vague_group_is_not_a_name(index):
    found = _extract(index, "Deanne Criswell, the agency's administrator, spoke on Monday. Hurricane Milton strengthened "
                            "over the Gulf. “We have people in place,” she said. Analysts said the storm would weaken.", "en")
    assert _only(found, "We have people", "quote").speaker == "Deanne Criswell"
    assert not [c for c in found if "Analysts" in c.text]


def test_a_name_before_its_apposition_is_the_speaker(index):
    found = _extract(index, "Jamie Raskin, the panel's top Democrat, said the director had not answered the committee.", "en")
    assert _only(found, "had not answered", "statement").speaker == "Jamie Raskin"


def test_the_court_and_its_ruling_refer_back_to_the_court(index):
    en = _extract(index, "The International Court of Justice delivered its advisory opinion on Wednesday. Students from "
                         "the University of the South Pacific attended. According to the opinion, the 1.5C limit has "
                         "become the primary goal.", "en")
    assert _only(en, "1.5C limit", "statement").speaker == "icj"  # registered in sources/data/bodies.toml
    assert _only(en, "delivered", "event").participants == ["icj"]
    es = _extract(index, "El juez José Manuel Fernández-Prieto condenó al acusado. La Real Federación Española de Fútbol "
                         "no se pronunció. El magistrado consideró que el testimonio de la jugadora era creíble.", "es")
    assert _only(es, "consideró que", "statement").speaker == "José Manuel Fernández-Prieto"


def test_reporting_verbs_beyond_the_common_ones(index):
    es = _extract(index, "La gobernadora, Victoria Rodríguez Ceja, había adelantado en enero que la Junta podría valorar "
                         "recortes. Claudia Sheinbaum recalcó que no habrá aumentos.", "es")
    assert _only(es, "podría valorar", "statement").speaker == "Victoria Rodríguez Ceja"
    assert _only(es, "no habrá aumentos", "statement").speaker == "claudia-sheinbaum"
    en = _extract(index, "Marco Rubio cautioned that the talks could collapse.", "en")
    assert _only(en, "could collapse", "statement").speaker == "marco-rubio"


def test_institutions_as_the_subject_of_an_event(index):
    found = _extract(index, "The Federal Reserve lowered its benchmark interest rate by half a point on Wednesday. "
                            "The Supreme Court ruled 6-3 on Monday that former presidents have immunity.", "en",
                     published=date(2024, 9, 19))
    fed = _only(found, "lowered", "event")
    assert fed.participants == ["federal-reserve"] and fed.date == "2024-09-18"
    assert _only(found, "Supreme Court ruled", "event").date == "2024-09-16"


def test_broader_absences_and_non_attendance(index):
    en = _extract(index, "The text does not mention Russia by name. Vladimir Putin is not here.", "en")
    assert _only(en, "does not mention", "statement").absence
    putin = _only(en, "is not here", "statement")
    assert putin.absence and putin.speaker is None
    es = _extract(index, "La Real Federación Española de Fútbol no había valorado el fallo hasta la tarde.", "es")
    assert _only(es, "no había valorado", "statement").speaker == "Real Federación Española de Fútbol"


def test_qa_interview_questions_are_not_quotes_and_answers_are_the_interviewees(index):
    text = ("La directora de la OMS, Ana Pérez, advierte que el brote no ha terminado.\n"
            "—¿Qué está pasando con el brote?\n"
            "—Estamos viendo casos en comunidades con poca cobertura. Hay que vacunar más.\n"
            "—Washington anunció en enero su retirada de la OMS. ¿Cómo les afecta?\n"
            "—Las vacunas no fallaron —dice Pérez—. Lo que falló fue la llegada a las comunidades.")
    found = _extract(index, text, "es")
    quotes = [c for c in found if c.kind == "quote"]
    assert not [c for c in quotes if "?" in c.text]
    assert _only(found, "Estamos viendo casos", "quote").speaker_name == "Ana Pérez"
    assert _only(found, "Lo que falló", "quote").speaker_name == "Ana Pérez"
    statement = _only(found, "Washington anunció", "statement")
    assert statement.speaker == "us-government" and statement.date == "2025-01"


def test_names_keep_middle_initials_and_generational_suffixes(index):
    found = _extract(index, "El secretario de Salud, Robert F. Kennedy Jr., escribió que la vacuna es eficaz.", "es")
    assert _only(found, "la vacuna es eficaz", "statement").speaker_name == "Robert F. Kennedy Jr."
    en = _extract(index, "Trump's lawyer, D. John Sauer, told the justices that the president was immune.", "en")
    assert _only(en, "was immune", "statement").speaker_name == "D. John Sauer"


def test_month_level_relative_dates(index):
    es = _extract(index, "La ministra Ana Pérez escribió a principios de este mes que la vacuna es eficaz.", "es",
                  published=date(2025, 4, 26))
    en = _extract(index, "Director Kimberly Cheatle said last month that the agency had failed.", "en",
                  published=date(2025, 1, 10))
    assert _only(es, "la vacuna es eficaz", "statement").date == "2025-04"
    assert _only(en, "had failed", "statement").date == "2024-12"


def test_seats_of_government_are_their_presidencies_and_a_place_not_a_party(index):
    found = _extract(index, "La Moneda informó el lunes de que el Ministerio de Vivienda comenzó un catastro.\n"
                            "El Planalto aseguró que 81 países ya se habían sumado a la alianza.\n"
                            "El presidente Gabriel Boric se dirigió a la nación desde el Palacio de La Moneda.", "es")
    assert _only(found, "La Moneda informó", "statement").speaker_name == "Presidencia de Chile"
    assert _only(found, "81 países", "statement").speaker_name == "Presidency of Brazil"
    event = _only(found, "se dirigió", "event")
    assert event.participants == ["Gabriel Boric"]


def test_unnamed_and_quantified_speakers_are_not_claims(index):
    found = _extract(index, "El presidente Gabriel Boric recorrió la zona el domingo.\n"
                            "—Perdimos todo, hasta los papeles de la casa —dice una vecina que carga bidones.\n"
                            "Muchos cuentan que los mensajes de evacuación llegaron tarde.", "es")
    assert not [c for c in found if "Perdimos" in c.text or "evacuación" in c.text]


def test_a_two_letter_surname_next_to_a_verb_is_a_name(index):
    found = _extract(index, "Xi said Taiwan remained the most important issue. Le Monde reported the talks.", "en")
    assert _only(found, "Taiwan remained", "statement").speaker_name == "Xi"


def test_question_headings_are_not_the_lead_and_day_headings_date_live_blog_entries(index):
    explainer = ("The ruling is one of the most consequential on presidential power.\n"
                 "What did the court decide?\n"
                 "The Supreme Court ruled 6-3 on Monday that former presidents have immunity.\n"
                 "Justice Amy Coney Barrett wrote separately that prosecutors should be allowed to tell jurors.")
    found = _extract(index, explainer, "en", published=date(2024, 7, 2))
    assert _only(found, "prosecutors should", "statement").date == "2024-07-01"
    blog = ("Live coverage of the summit in Rio.\n"
            "Monday 18 November\n"
            "09:40 - Leaders are arriving.\n"
            "11:02 - Keir Starmer said that the talks with Xi Jinping were constructive.\n"
            "Tuesday 19 November\n"
            "08:15 - Keir Starmer said that he would travel home.")
    found = _extract(index, blog, "en", published=date(2024, 11, 19))
    assert _only(found, "were constructive", "statement").date == "2024-11-18"
    assert _only(found, "travel home", "statement").date == "2024-11-19"
    # Bare time headings stamp the entries under them with the day of publication, not the lead's
    # "el martes"; a day heading with a clock time ("Saturday, 00.41 BST") names its day.
    blog = ("La DANA que descargó el martes lluvias torrenciales ha dejado decenas de muertos.\n"
            "08.05\n"
            "La ministra de Defensa, Margarita Robles, informó de que más de un millar de militares trabajan en la zona.")
    found = _extract(index, blog, "es", published=date(2024, 10, 30))
    assert _only(found, "millar de militares", "statement").date == "2024-10-30"
    blog = ("Welcome to our live coverage of the opening ceremony.\n"
            "Friday, 20.10 BST\n"
            "Keir Starmer said that the ceremony was a triumph.\n"
            "Saturday, 00.41 BST\n"
            "Emmanuel Macron said that the rain had not stopped the show.")
    found = _extract(index, blog, "en", published=date(2024, 7, 27))
    assert _only(found, "triumph", "statement").date == "2024-07-26"
    assert _only(found, "rain had not", "statement").date == "2024-07-27"


def test_anonymous_sources_make_no_claim_but_a_bodys_document_does(index):
    en = _extract(index, 'The European Union welcomed the deal. A European diplomat, speaking on condition of anonymity, '
                         'said the pledge was "the easy part" of the summit.\n'
                         "According to a State Department readout of the meeting, the two sides agreed to keep talking.", "en")
    assert not [c for c in en if "easy part" in c.text]
    assert _only(en, "keep talking", "statement").speaker == "us-state-department"
    es = _extract(index, "Una reunión entre ambos quedaría fijada para esta semana, según fuentes de la coalición.", "es")
    assert not es


def test_spanish_a_before_a_name_marks_an_object(index):
    found = _extract(index, "El secretario de Estado de Estados Unidos, Marco Rubio, felicitó a Rodrigo Paz y dijo que "
                            "Washington está listo para trabajar con el nuevo gobierno.", "es")
    statement = _only(found, "listo para trabajar", "statement")
    assert statement.speaker == "marco-rubio"
    assert not [c for c in found if c.kind == "event"]


def test_qualified_offices_resolve_to_the_person_who_fits(index):
    found = _extract(index, "José Raúl Mulino juró como presidente. Iba a ser compañero de Ricardo Martinelli, pero la "
                            "inhabilitación del expresidente lo cambió todo. Martinelli sigue en una embajada.\n"
                            '"El Darién es nuestra frontera", dijo el mandatario.', "es")
    assert _only(found, "El Darién", "quote").speaker_name == "José Raúl Mulino"
    elect = _extract(index, "El presidente del Tribunal Supremo Electoral, Óscar Hassenteufel, informó que el conteo terminó. "
                            "Rodrigo Paz ganó la segunda vuelta.\n"
                            "«Hoy Bolivia empieza a abrirse al mundo», dijo el presidente electo.", "es")
    assert _only(elect, "Hoy Bolivia", "quote").speaker_name == "Rodrigo Paz"


def test_named_groups_and_bodies_can_be_the_subject_of_an_event(index):
    en = _extract(index, "Officials met in the capital overnight. After a long night, OAS foreign ministers have adopted a "
                         "resolution on the crisis. Later, the two leaders spoke by telephone for an hour. "
                         "Some leaders agreed that the weather was bad.", "en")
    assert _only(en, "OAS foreign ministers have adopted", "event").text.startswith("OAS foreign ministers")
    assert _only(en, "the two leaders spoke by telephone", "event").event_type == "call"
    assert not [c for c in en if "weather" in c.text]
    es = _extract(index, "Tras una larga sesión, el pleno eligió a Ana Torres como presidenta de la cámara.", "es")
    assert _only(es, "el pleno eligió", "event").participants == ["Ana Torres"]


def test_a_spanish_event_with_a_dropped_subject_belongs_to_the_last_person(index):
    found = _extract(index, "«Vamos bien», dijo la presidenta Claudia Sheinbaum en la ceremonia. "
                            "El domingo por la mañana había difundido un mensaje en redes sociales.", "es")
    event = _only(found, "había difundido un mensaje", "event")
    assert event.participants == ["claudia-sheinbaum"] and event.text.startswith("El domingo")


def test_a_corrected_denial_an_apposition_and_a_time_adverb_leave_the_event(index):
    es = _extract(index, "Claudia Sheinbaum no pronunció su discurso en el Senado, sino desde el balcón de Palacio Nacional. "
                         "Marcelo Ebrard, en cambio, decidió quedarse, y durante una hora habló con los productores.", "es")
    assert _only(es, "no pronunció", "event").participants == ["claudia-sheinbaum"]
    assert _only(es, "habló con", "event").text.startswith("durante una hora")
    en = _extract(index, "Donald Trump and Claudia Sheinbaum, the presidents of the United States and of Mexico, "
                         "signed a border agreement on Friday.", "en")
    assert _only(en, "of Mexico, signed", "event").text.startswith("Donald Trump")


def test_an_event_after_a_relative_aside_takes_its_own_date(index):
    found = _extract(index, "Edmundo González Urrutia dejó Venezuela. El candidato opositor, que reclama haber ganado las elecciones del 28 de julio, "
                            "rompió el miércoles su silencio en un video.", "es", published=date(2024, 9, 20))
    event = _only(found, "rompió el miércoles su silencio", "event")
    assert event.date == "2024-09-18"


def test_a_pair_of_surnames_before_the_verb_and_a_titled_passive_agent(index):
    found = _extract(index, "Okafor and Lindqvist met for two hours in Geneva. The text was approved by Summit "
                            "President Amina Okafor after midnight.", "en")
    assert set(_only(found, "Lindqvist met", "event").participants) >= {"Okafor", "Lindqvist"}
    assert _only(found, "was approved by", "event").text.startswith("was approved")


def test_a_decision_told_on_with_a_dropped_subject_is_the_same_event(index):
    found = _extract(index, "El juez Pablo Llarena condenó ayer a Ana Torres a una multa. "
                            "Le impuso además la prohibición de salir del país.", "es")
    assert [c.kind for c in found] == ["event"]


def test_week_level_and_perfect_attributions_take_no_date_from_the_lead(index):
    en = _extract(index, "Donald Trump met Claudia Sheinbaum on Monday at the White House.\n"
                         "The talks ran late.\nMarco Rubio said last week that the deal was close.", "en")
    assert _only(en, "said last week", "statement").date is None
    es = _extract(index, "Claudia Sheinbaum se reunió el lunes con Marco Rubio en Palacio Nacional.\n"
                         "La reunión duró dos horas.\nNinguna autoridad ha confirmado oficialmente esa versión.", "es")
    assert _only(es, "Ninguna autoridad", "statement").date is None


def test_statements_that_go_on_after_a_quote_or_sit_between_commas(index):
    en = _extract(index, "“The border is open,” Claudia Sheinbaum said, adding that trade would continue as usual. "
                         "The new fund, she explained, is separate from the disaster budget approved by Congress. "
                         "Marco Rubio did acknowledge that the talks had stalled. "
                         "The State Department has said 2025 is set to be a record year for visas.", "en")
    adding = _only(en, "adding that trade", "statement")
    assert adding.text.startswith("adding") and adding.speaker == "claudia-sheinbaum"
    aside = _only(en, "she explained", "statement")
    assert aside.text.startswith("The new fund") and aside.speaker == "claudia-sheinbaum"
    assert _only(en, "did acknowledge", "statement").speaker == "marco-rubio"
    assert _only(en, "has said 2025", "statement").date is None
    es = _extract(index, "La presidenta Claudia Sheinbaum llegó temprano a Palacio Nacional. "
                         "Los equipos comenzarán a trabajar desde hoy en dos mesas, dijo la presidenta "
                         "en su conferencia matutina en Palacio Nacional. La misión de la Unión Europea, encabezada por "
                         "la eurodiputada Ana Torres, señaló ayer en su informe que la jornada transcurrió en calma.", "es")
    assert _only(es, "dijo la presidenta", "statement").speaker == "claudia-sheinbaum"
    assert _only(es, "señaló ayer", "statement").speaker != "Ana Torres"


def test_quotes_with_lowercase_titles_timestamps_and_after_an_event(index):
    en = _extract(index, '"This outcome is the beginning of the end," U.N. climate chief Simon Stiell said in a speech.', "en")
    assert _only(en, "beginning of the end", "quote").speaker_name == "Simon Stiell"
    es = _extract(index, "21:27 – —Las cifras son claras y hay que respetarlas —añadió Claudia Sheinbaum.", "es")
    assert _only(es, "Las cifras son claras", "quote").text.startswith("—Las cifras")
    after = _extract(index, "Claudia Sheinbaum visitó Acapulco el lunes. «Estamos ante la tragedia más grande en años».", "es")
    assert _only(after, "la tragedia más grande", "quote").speaker == "claudia-sheinbaum"


def test_a_date_in_a_relative_or_gerund_aside_is_not_the_claims_date(index):
    es = _extract(index, "«No vamos a ceder», afirmó Claudia Sheinbaum, que asumió el poder a finales de octubre.", "es",
                  published=date(2025, 3, 7))
    assert _only(es, "No vamos a ceder", "quote").date != "2024-10"
    en = _extract(index, "“There are no kings here,” Marco Rubio said, urging voters to decide in November.", "en")
    assert _only(en, "no kings here", "quote").date != "2024-11"


def test_a_claim_that_points_back_to_an_occasion_takes_its_date(index):
    found = _extract(index, "Los aranceles entraron en vigor el martes. Ese día, Claudia Sheinbaum advirtió que México "
                            "respondería con medidas propias el domingo.\n«No hay justificación para esta decisión», "
                            "afirmó entonces la presidenta.", "es", published=date(2025, 3, 7))
    assert _only(found, "advirtió que", "statement").date == "2025-03-04"
    assert _only(found, "No hay justificación", "quote").date == "2025-03-04"


def test_a_relative_statement_and_a_participle_after_an_absence_are_claims_of_their_own(index):
    en = _extract(index, "Marco Rubio, who argued during the talks that the old treaties should prevail, had not commented "
                         "on the ruling by Thursday morning. Claudia Sheinbaum did not say how she would respond, "
                         "telling reporters only that she would take time to listen.", "en")
    aside = _only(en, "who argued", "statement")
    assert aside.text.startswith("who argued") and aside.text.endswith("should prevail")
    absent = _only(en, "had not commented", "statement")
    assert absent.absence and absent.speaker == "marco-rubio"
    assert _only(en, "did not say", "statement").text.endswith("she would respond")
    telling = _only(en, "telling reporters", "statement")
    assert telling.text.startswith("telling") and telling.speaker == "claudia-sheinbaum"


def test_an_event_with_no_one_named_after_its_verb_runs_to_the_end_of_its_clause(index):
    found = _extract(index, "Claudia Sheinbaum inauguró la nueva refinería de Dos Bocas, en Tabasco.", "es")
    assert _only(found, "inauguró", "event").text == "Claudia Sheinbaum inauguró la nueva refinería de Dos Bocas"


def test_according_to_the_speakers_own_account(index):
    found = _extract(index, "«Firmé bajo presión», dijo Claudia Sheinbaum.\nSegún su relato, el documento le fue presentado "
                            "en la embajada por dos funcionarios.\nSheinbaum aseguró que firmó el texto, en un momento "
                            "en que, según su versión, no tenía otra salida.", "es")
    account = _only(found, "Según su relato", "statement")
    assert account.speaker == "claudia-sheinbaum"
    went_on = _only(found, "aseguró que firmó", "statement")
    assert went_on.text.endswith("no tenía otra salida") and went_on.speaker == "claudia-sheinbaum"


def test_a_date_after_since_does_not_date_the_event(index):
    found = _extract(index, "Donald Trump met Claudia Sheinbaum for an hour, their first meeting since the summit in April.", "en",
                     published=date(2025, 6, 25))
    assert _only(found, "Trump met", "event").date != "2025-04"


def test_a_quoted_fragment_that_ends_reported_speech_is_the_speakers(index):
    en = _extract(index, "Mia Mottley, Barbados' prime minister, told the summit that the fund had been approved while "
                         'small islands were still negotiating, and that the text was a "death sentence".', "en")
    quote = _only(en, "death sentence", "quote")
    assert quote.quote == "death sentence" and quote.text.startswith("Mia Mottley")
    assert quote.speaker_name == "Mia Mottley" and not [c for c in en if c.kind == "statement"]
    # One word, after a verb of calling, with the occasion after it.
    es = _extract(index, "La presidenta del tribunal, Ana Gómez, calificó el resultado de «inapelable» en una rueda de prensa.", "es")
    assert _only(es, "inapelable", "quote").speaker_name == "Ana Gómez"
    # The same words mid-sentence, or a term after an article followed by more, stay terms.
    terms = _extract(index, 'Gómez dijo que el dólar "blue" subirá. Petro firmó un decreto que reconoce un "estado de '
                            'excepción" en el país.', "es")
    assert not [c for c in terms if c.kind == "quote"]


def test_quoted_names_of_options_do_not_swallow_the_statement(index):
    found = _extract(index, "Según el Servel, con el 99 % de las mesas escrutadas, la opción «En contra» obtuvo el "
                            "55,8 % de los votos.", "es")
    statement = _only(found, "obtuvo el 55,8 %", "statement")
    assert statement.speaker == "servel" and not [c for c in found if c.kind == "quote"]


def test_a_passive_agent_after_a_place_and_a_date(index):
    es = _extract(index, "La extradición fue aprobada en primera instancia el 16 de marzo por el juez Edwin Ortez.", "es",
                  published=date(2022, 4, 21))
    assert _only(es, "fue aprobada", "event").participants == ["Edwin Ortez"]
    en = _extract(index, "The agreement was signed in Kigali in April 2022 by the home secretary, Priti Patel.", "en")
    assert _only(en, "was signed", "event").participants == ["Priti Patel"]


def test_a_passive_in_the_perfect_or_with_a_participle_trigger_takes_its_agent(index):
    es = _extract(index, "La reforma ha sido aprobada por la presidenta Claudia Sheinbaum.", "es")
    assert _only(es, "ha sido aprobada", "event").participants == ["claudia-sheinbaum"]
    en = _extract(index, "The truce was brokered by Marco Rubio after two days of talks.", "en")
    event = _only(en, "was brokered by", "event")
    assert event.participants == ["marco-rubio"] and event.event_type == "agreement"


def test_a_court_act_that_opens_with_a_verb_of_saying_is_an_event(index):
    es = _extract(index, "El juez Edwin Ortez confirmó la decisión el 28 de marzo. "
                         "Washington anunció en enero su retirada de la Organización Mundial de la Salud.", "es")
    assert _only(es, "confirmó la decisión", "event").event_type == "decision"
    assert not [c for c in es if "confirmó" in c.text and c.kind == "statement"]
    assert _only(es, "anunció en enero su retirada", "statement").speaker == "us-government"
    en = _extract(index, "Judge Ramona Manglona dismissed the case on Wednesday.", "en")
    assert [c.kind for c in en] == ["event"]


def test_a_perfect_after_once_or_if_has_not_happened_yet(index):
    en = _extract(index, "Keir Starmer will go to the palace once Rishi Sunak has tendered his resignation to the King. "
                         "Rishi Sunak tendered his resignation to the King on Friday.", "en", published=date(2024, 7, 6))
    assert [c.text for c in en if c.kind == "event"] == ["Rishi Sunak tendered his resignation to the King"]
    es = _extract(index, "Si Gustavo Petro ha firmado el decreto, entrará en vigor mañana.", "es")
    assert not [c for c in es if c.kind == "event"]


def test_spanish_acts_of_public_life_beyond_meetings_and_calls(index):
    found = _extract(index, "Gustavo Petro y Nicolás Maduro reabrieron ayer la frontera al transporte de carga. "
                            "Al día siguiente, Argelia llamó a consultas a su embajador en España. "
                            "El presidente uruguayo Luis Lacalle Pou traspasó a Javier Milei la presidencia pro tempore. "
                            "Ayer por la tarde, la Corte Constitucional despenalizó el aborto. "
                            "El Comité de Operaciones de Emergencia sesionó de forma extraordinaria el sábado. "
                            "Del lado venezolano acudieron el ministro Ramón Velásquez y el gobernador Freddy Bernal.", "es",
                     published=date(2022, 3, 19))
    kinds = {fragment: _only(found, fragment, "event").event_type for fragment in
             ("reabrieron", "llamó a consultas", "traspasó", "despenalizó", "sesionó", "acudieron")}
    assert kinds == {"reabrieron": "decision", "llamó a consultas": "decision", "traspasó": "handover",
                     "despenalizó": "decision", "sesionó": "meeting", "acudieron": "meeting"}


def test_spanish_perfects_and_passives_of_public_acts(index):
    found = _extract(index, "El Congreso de Perú ha destituido a Dina Boluarte. "
                            "Nicolás Maduro había reabierto la frontera en 2021. "
                            "Juan Orlando Hernández fue deportado a Honduras. "
                            "Ovidio Guzmán se declaró culpable ante un juez de Chicago. "
                            "El Gobierno de México ha ganado tiempo con la prórroga.", "es")
    assert _only(found, "ha destituido a", "event").event_type == "decision"
    assert _only(found, "había reabierto", "event").event_type == "decision"
    assert _only(found, "fue deportado", "event").event_type == "handover"
    assert _only(found, "se declaró culpable", "event").event_type == "hearing"
    assert not [c for c in found if "ganado tiempo" in c.text]


def test_english_acts_of_public_life_beyond_meetings_and_calls(index):
    found = _extract(index, "The African Union became a permanent member of the group at the opening session. "
                            "Comoros President Azali Assoumani took his seat at the leaders' table. "
                            "The WTO authorized the United States to impose tariffs in October 2019. "
                            "On Tuesday, President Emmanuel Macron went further, posting a video on X. "
                            "The European Commission sued AstraZeneca in April. "
                            "Julian Assange pleaded guilty to a single charge. "
                            "Mexico passed China as the largest trading partner of the United States.", "en")
    kinds = {fragment: _only(found, fragment, "event").event_type for fragment in
             ("became a permanent member", "took his seat", "authorized", "posting a video", "sued", "pleaded guilty")}
    assert kinds == {"became a permanent member": "decision", "took his seat": "meeting", "authorized": "decision",
                     "posting a video": "post", "sued": "hearing", "pleaded guilty": "hearing"}
    assert not [c for c in found if "passed China" in c.text]


def test_english_perfects_and_passives_of_public_acts(index):
    found = _extract(index, "Justin Trudeau has stepped down as leader of the Liberal Party. "
                            "Dina Boluarte was ousted by Congress in October. "
                            "Kamala Harris and Tim Walz were sworn in before a crowd. "
                            "Donald Trump had withdrawn from the agreement before the talks.", "en")
    assert _only(found, "has stepped down", "event").event_type == "decision"
    assert _only(found, "was ousted", "event").event_type == "decision"
    assert _only(found, "were sworn in", "event").event_type == "appointment"
    assert _only(found, "had withdrawn", "event").event_type == "decision"


def test_a_court_the_police_and_the_two_sides_as_the_subject_of_an_event(index):
    en = _extract(index, "The supreme court ruled unanimously on Wednesday that the plan is unlawful. "
                         "The two sides first suspended the tariffs for four months in March.", "en", published=date(2023, 11, 16))
    assert _only(en, "The supreme court ruled", "event").date == "2023-11-15"
    assert _only(en, "The two sides first suspended", "event").event_type == "decision"
    es = _extract(index, "Juan Orlando Hernández fue extraditado a Estados Unidos. La policía lo detuvo el 15 de febrero en "
                         "su residencia de Tegucigalpa.", "es", published=date(2022, 4, 21))
    assert _only(es, "La policía lo detuvo", "event").event_type == "arrest"


def test_a_part_of_the_day_between_an_event_verb_and_its_complement(index):
    en = _extract(index, "Julian Assange appeared this morning before Chief US District Judge Ramona Manglona.", "en")
    assert _only(en, "appeared this morning before", "event").event_type == "hearing"
    es = _extract(index, "Gustavo Petro llamó esta mañana a consultas a su embajador en Caracas.", "es")
    assert _only(es, "llamó esta mañana a consultas", "event").event_type == "decision"


def test_a_group_subject_after_a_date_that_opens_the_sentence(index):
    es = _extract(index, "Las negociaciones arrancaron en 1999. En junio de 2019 ambos bloques alcanzaron un acuerdo político.", "es")
    assert _only(es, "ambos bloques alcanzaron", "event").date == "2019-06"
    en = _extract(index, "On Monday the two sides reached a ceasefire in Doha.", "en", published=date(2025, 3, 7))
    assert _only(en, "the two sides reached a ceasefire", "event").date == "2025-03-03"


def test_a_word_the_speaker_calls_something_by_is_a_quote_even_mid_sentence(index):
    called = _extract(index, "Marko Cortés calificó de «traición» la conducta de ambos y anunció que pedirá su expulsión.", "es")
    assert _only(called, "traición", "quote").quote == "traición"
    copula = _extract(index, "Cepeda dijo que la votación fue «transparente» y que el Gobierno debe respetarla.", "es")
    assert _only(copula, "transparente", "quote").speaker_name == "Cepeda"
    fraud = _extract(index, "Petro escribió en X que el resultado era un «fraude» y que no lo aceptaría.", "es")
    assert _only(fraud, "fraude", "quote").quote == "fraude"
    # The name of a thing in a reported sentence stays a term.
    term = _extract(index, "Romero denunció además la circulación de «acordeones», guías con los nombres de candidatos.", "es")
    assert not [c for c in term if c.kind == "quote"]


def test_acts_told_with_a_verb_and_its_usual_object(index):
    en = _extract(index, "President Yoon Suk Yeol lifted martial law early on Wednesday. Douglas Ross lost his bid "
                         "for the seat.", "en")
    assert {c.event_type for c in en if c.kind == "event"} == {"decision", "election"}
    es = _extract(index, "El Senado de Colombia hundió la consulta popular el miércoles. La vicepresidenta Victoria "
                         "Villarruel desempató con un voto afirmativo.", "es")
    assert [c.event_type for c in es if c.kind == "event"] == ["vote", "vote"]


def test_unnamed_people_described_by_a_place_are_not_speakers(index):
    es = _extract(index, "Hubo saqueos. Una residente del municipio de Centro Habana dijo a este medio que llevaba desde el "
                         "mediodía sin luz. Comerciantes del centro y de la avenida Costera denunciaron saqueos en supermercados.", "es")
    en = _extract(index, "The search continued. A senior US Navy official, speaking on condition of anonymity, told reporters "
                         "that the Navy had picked up an acoustic signal.", "en")
    assert not es and not en
    # A body's spokesperson speaks for the body.
    found = _extract(index, "El portavoz de la Casa Blanca dijo que la reunión fue cordial.", "es")
    assert _only(found, "cordial", "statement").speaker == "white-house"


def test_ruling_something_out_is_a_statement(index):
    found = _extract(index, "Alice Weidel offered talks. Friedrich Merz ruled it out again within minutes, on live television.", "en")
    assert _only(found, "ruled it out").kind == "statement"


def test_reported_and_a_position_held_in_the_imperfect_are_statements(index):
    en = _extract(index, "The Copernicus Climate Change Service had reported on Tuesday that 2023 was 1.48C warmer than "
                         "the pre-industrial average.", "en", published=date(2024, 1, 12))
    assert _only(en, "1.48C", "statement").speaker_name == "Copernicus Climate Change Service"
    es = _extract(index, "Laurentino Cortizo firmó el contrato. El presidente defendía que el nuevo contrato garantizaba al "
                         "Estado al menos 375 millones de dólares anuales.", "es")
    assert _only(es, "375 millones", "statement").speaker_name == "Laurentino Cortizo"


def test_british_single_quotes_with_apostrophes_and_the_message_that_announces_them(index):
    text = ("Senior members of the royal family are travelling.\n"
            "12.32pm\n"
            "A short statement from Buckingham Palace, just in. ‘Following further evaluation this morning, the Queen’s "
            "doctors are concerned for Her Majesty’s health. The Queen remains comfortable and at Balmoral.’ The Duke of "
            "Cambridge is travelling to Balmoral with his uncle and several other members of the family.")
    found = _extract(index, text, "en", published=date(2022, 9, 8))
    quote = _only(found, "Following further", "quote")
    assert quote.quote.endswith("at Balmoral.") and quote.speaker_name == "Buckingham Palace"
    assert "Duke" not in quote.text  # the quote's sentence ends with the quote


def test_a_title_with_of_is_the_whole_name(index):
    found = _extract(index, "The Archbishop of Canterbury said the nation was grieving.", "en")
    assert _only(found, "grieving", "statement").speaker_name == "Archbishop of Canterbury"
    found = _extract(index, "The Archbishop of Canterbury, Justin Welby, said the nation was grieving. The Archbishop of "
                            "Canterbury said prayers would be held.", "en")
    assert {c.speaker_name for c in found} == {"Justin Welby"}


def test_an_abbreviated_month_does_not_end_the_sentence_or_the_attribution(index):
    found = _extract(index, "Hawaii's attorney general, Anne Lopez, announced on Aug. 11 that her department would conduct "
                            "a comprehensive review.", "en", published=date(2023, 8, 18))
    assert _only(found, "comprehensive review", "statement").speaker_name == "Anne Lopez"


def test_segun_inside_the_sentence_and_the_same_source(index):
    found = _extract(index, "Según el escrutinio de la Dirección Nacional Electoral, Milei obtuvo el 30 %. La participación, "
                            "según la misma fuente, rondó el 69 %. La inflación, según el Indec, llegó al 6 % en julio.", "es",
                     published=date(2023, 8, 14))
    turnout = _only(found, "69 %", "statement")
    assert turnout.speaker_name == "Dirección Nacional Electoral" and turnout.text.startswith("La participación")
    assert _only(found, "6 %", "statement").speaker == "indec"
    # With nobody quoted before it (an absence speaks for nobody), "la misma fuente" names no one.
    found = _extract(index, "Ni la Generalitat ni la Delegación precisaron cuántas personas siguen desaparecidas. El total, "
                            "según la misma fuente, rondó el 69 %.", "es")
    assert [(c.kind, c.absence) for c in found] == [("statement", True)]


def test_swearing_in_calls_and_matches_are_events(index):
    es = _extract(index, "El Congreso de los Diputados invistió ayer a Pedro Sánchez presidente del Gobierno. Sánchez prometió "
                         "esta mañana su cargo ante el rey Felipe VI en el palacio de la Zarzuela.", "es", published=date(2023, 11, 17))
    assert [c.kind for c in es] == ["event", "event"]
    en = _extract(index, "Lula and Joe Biden spoke by phone on Monday. Olga Carmona scored the only goal in the 29th minute.", "en")
    assert [c.kind for c in en] == ["event", "event"]


def test_handing_over_ratifying_and_putting_a_figure(index):
    en = _extract(index, "Prime Minister Ulf Kristersson handed Sweden's instrument of accession to Antony Blinken on "
                         "Thursday. Hungary's parliament ratified Sweden's membership on Monday, by 188 votes to 6.", "en")
    assert [c.kind for c in en] == ["event", "event"]
    es = _extract(index, "Esa misma noche, la Defensoría del Pueblo elevó a 17 los civiles muertos en los enfrentamientos.", "es")
    assert _only(es, "17 los civiles", "statement").speaker_name.startswith("Defensoría del Pueblo")


def test_what_was_said_after_an_adjunct_or_as_an_infinitive(index):
    es = _extract(index, "Xiomara Castro prometió también combatir la corrupción con el apoyo de Naciones Unidas.\n"
                         "Durante la campaña, Gabriel Boric había planteado revisar el tratado comercial con China.\n"
                         "Gustavo Petro se comprometió a cumplir el acuerdo de paz firmado en 2016.", "es")
    assert _only(es, "combatir la corrupción", "statement").speaker_name == "Xiomara Castro"
    assert _only(es, "revisar el tratado", "statement").content.startswith("revisar")
    assert _only(es, "cumplir el acuerdo", "statement").content.startswith("cumplir")
    en = _extract(index, "John Kirby said on Tuesday it was preparing to send food to the island.\n"
                         "Jake Sullivan said no abnormalities had been detected at the plant.\n"
                         "The committee said no to the plan.", "en")
    assert _only(en, "preparing to send food", "statement").content.startswith("it was preparing")
    assert _only(en, "no abnormalities", "statement").speaker_name == "Jake Sullivan"
    assert not [c for c in en if "to the plan" in c.text]


def test_a_parenthetical_attribution_with_an_adjunct_holds_the_whole_sentence(index):
    found = _extract(index, "Kirsty Coventry stayed behind in the hall. "
                            "A few of them, she said later with a laugh, had voted for somebody else.", "en")
    claim = _only(found, "voted for somebody else", "statement")
    assert claim.text.startswith("A few of them") and claim.speaker_name == "Kirsty Coventry"


def test_a_named_subject_that_did_something_on_a_stated_day_is_an_event(index):
    es = _extract(index, "El presidente Mauricio Macri reintrodujo los controles cambiarios en septiembre de 2019.\n"
                         "La Corte Suprema de Justicia de Panamá prohibió el martes por unanimidad la minería a cielo abierto.", "es",
                  published=date(2023, 11, 30))
    assert _only(es, "reintrodujo", "event").participants == ["Mauricio Macri"]
    assert _only(es, "prohibió", "event").date == "2023-11-28"
    # Nobody named, no stated day, or a verb of the present: no event.
    none = _extract(index, "Los mercados reaccionaron con calma el lunes.\nEl presidente Mauricio Macri gobierna con decretos.\n"
                           "Mauricio Macri visita con frecuencia la provincia de Buenos Aires.", "es",
                    published=date(2023, 11, 30))
    assert not [c for c in none if c.kind == "event"]


def test_a_congratulation_with_a_speech_act_after_it_is_a_statement(index):
    es = _extract(index, "Pedro Sánchez felicitó al nuevo pontífice en un mensaje en la red social X y le deseó un "
                         "pontificado fecundo al servicio de la paz.\nOlaf Scholz felicitó a Merz en un mensaje en X.", "es")
    assert _only(es, "pontificado fecundo", "statement").speaker_name == "Pedro Sánchez"
    assert _only(es, "Olaf Scholz", "event").participants[0] == "Olaf Scholz"
    en = _extract(index, "The Writers Guild of America congratulated the actors' union on social media and thanked its "
                         "members for their solidarity.", "en")
    assert _only(en, "thanked its members", "statement").speaker_name == "Writers Guild of America"


def test_a_wire_datelines_day_dates_nothing_the_story_tells(index):
    found = _extract(index, "SANTO DOMINGO, 20 may (EFE).- El presidente de República Dominicana, Luis Abinader, ganó este "
                            "domingo las elecciones generales en primera vuelta.", "es", published=date(2024, 5, 20))
    assert _only(found, "ganó este domingo", "event").date == "2024-05-19"


def test_what_neither_did_is_an_absence_spoken_by_nobody_whatever_the_verb(index):
    en = _extract(index, "Neither Kristersson nor Stoltenberg said when Swedish troops would join the forward land forces.\n"
                         "Neither Haavisto nor Stoltenberg gave a timetable for Sweden's accession.", "en")
    for fragment in ("Swedish troops", "gave a timetable"):
        claim = _only(en, fragment)
        assert claim.absence and claim.speaker is None and claim.text.startswith("Neither")
    es = _extract(index, "Ni Cálix ni Redondo han dado señales de ceder.\nNi siquiera con los diputados de UPN alcanzaría la mayoría.", "es")
    assert _only(es, "señales de ceder").absence and not [c for c in es if "UPN" in c.text]


def test_more_absences_and_who_kept_silent(index):
    en = _extract(index, "SAG-AFTRA said its members would vote on the deal. SAG-AFTRA did not publish the full text of the agreement.\n"
                         "The communiqué was adopted by all 27 members. The text did not name Russia.", "en")
    published = _only(en, "did not publish")
    assert published.absence and published.speaker_name == "SAG-AFTRA"
    assert _only(en, "did not name Russia").speaker is None  # a text several parties adopted speaks for nobody
    es = _extract(index, "Pedro Sánchez compareció en la Moncloa y dijo que seguirá al frente del Gobierno.\n"
                         "No anunció, sin embargo, ninguna medida concreta contra la corrupción.", "es")
    assert _only(es, "ninguna medida concreta").speaker_name == "Pedro Sánchez"


def test_a_colon_gives_the_quote_to_the_sentences_subject_and_a_long_fragment_is_said(index):
    es = _extract(index, "Javier Milei dijo que el resultado era histórico para el país.\n"
                         "Después arremetió contra el kirchnerismo y contra Juntos por el Cambio: “Somos la verdadera oposición”.\n"
                         "La líder de Sumar, Yolanda Díaz, ironizó sobre los sondeos: «Hoy ha ganado la democracia».\n"
                         "Pedro Sánchez sostuvo que su continuidad no es un punto y seguido, sino un «punto y aparte», y se "
                         "comprometió a encabezar la regeneración.", "es")
    assert _only(es, "verdadera oposición", "quote").speaker_name == "Javier Milei"
    assert _only(es, "ganado la democracia", "quote").speaker_name == "Yolanda Díaz"
    assert _only(es, "punto y aparte", "quote").speaker_name == "Pedro Sánchez"
    # Two words after "un" still name a thing.
    plan = _extract(index, "Sheinbaum anunció que pondrá en marcha un 'plan B' con medidas arancelarias.", "es")
    assert not [c for c in plan if c.kind == "quote"]


def test_people_named_after_a_plural_verb_that_an_occasion_opens_are_its_subjects(index):
    es = _extract(index, "A la ceremonia asistieron el rey Felipe VI y los presidentes de Chile, Gabriel Boric, y de "
                         "Argentina, Alberto Fernández.\nAl acto acudieron cientos de simpatizantes.", "es")
    event = _only(es, "asistieron", "event")
    assert event.text.startswith("A la ceremonia") and {"Felipe VI", "Gabriel Boric"} <= set(event.participants)
    assert not [c for c in es if "simpatizantes" in c.text]


def test_a_verb_written_with_a_final_accent_needs_it_in_the_text(index):
    es = _extract(index, "Javier Milei asumió el domingo.\nEl anuncio llegó dos días después de que Milei asumiera el cargo.\n"
                         "Milei anunció que reducirá los ministerios a nueve.", "es")
    assert not [c for c in es if "anuncio llegó" in c.text]
    assert _only(es, "reducirá los ministerios", "statement").speaker_name == "Javier Milei"


def test_a_question_asserts_nothing_but_a_quoted_question_is_said(index):
    es = _extract(index, "Pedro Sánchez anunció el lunes que seguirá al frente del Gobierno.\n¿Qué anunció Sánchez el miércoles?\n"
                         "«¿Merece la pena todo esto?», se preguntó Sánchez en su carta.", "es")
    assert not [c for c in es if c.text.endswith("miércoles?")]
    assert _only(es, "Merece la pena", "quote").speaker_name == "Pedro Sánchez"


def test_a_live_blogs_day_heading_anchors_this_morning_and_the_present_perfect(index):
    text = ("Domingo, 09.10\nEl candidato socialista, Salvador Illa, ha votado esta mañana en La Roca del Vallès.\n"
            "Domingo, 11.40\n“Pido a todo el mundo que vaya a votar”, ha dicho Carles Puigdemont a los periodistas.\n"
            "Lunes, 10.40\nPere Aragonès anunció que deja la primera línea política.")
    es = _extract(index, text, "es", published=date(2024, 5, 13))
    assert _only(es, "ha votado esta mañana").date == "2024-05-12"
    assert _only(es, "Pido a todo el mundo", "quote").date == "2024-05-12"


def test_a_date_in_the_lead_far_from_publication_is_not_the_storys_day(index):
    text = ("NEW YORK, May 30 (Reuters) - Justice Juan Merchan set sentencing for July 11 after the verdict.\n"
            "Manhattan District Attorney Alvin Bragg told a news conference that the jury had done its job.")
    en = _extract(index, text, "en", published=date(2024, 5, 30))
    assert _only(en, "told a news conference").date == "2024-05-30"


def test_what_was_asked_for_defended_or_dismissed_is_the_object_of_the_verb(index):
    es = _extract(index, "La alta comisionada de la ONU, Michelle Bachelet, pidió el martes la liberación de los detenidos.", "es",
                  published=date(2021, 7, 15))
    asked = _only(es, "liberación", "statement")
    assert asked.speaker_name == "Michelle Bachelet" and asked.date == "2021-07-13"
    en = _extract(index, "Pierre Poilievre has dismissed the whole exercise as swapping one Liberal for another. "
                         "Herman Andaya defended the decision at a news conference.", "en")
    assert _only(en, "whole exercise", "statement").speaker_name == "Pierre Poilievre"
    assert _only(en, "defended the decision", "statement").speaker_name == "Herman Andaya"


def test_a_coordinated_clause_with_its_own_speaker_is_its_own_claim(index):
    en = _extract(index, "Brasília has promised more than 50 billion reais in credit lines, and the finance minister, "
                         "Fernando Haddad, announced on Monday that the state's debt payments would be suspended.", "en",
                  published=date(2024, 5, 15))
    promised = _only(en, "50 billion", "statement")
    assert "Haddad" not in promised.text and promised.date is None
    announced = _only(en, "debt payments", "statement")
    assert announced.speaker_name == "Fernando Haddad" and announced.date == "2024-05-13"
    # The same speaker going on ("…, and he described…") stays one claim.
    same = _extract(index, "Viktor Orbán said that Hungary would buy four more jets, and he described relations as restored.", "en")
    assert _only(same, "four more jets", "statement").text.endswith("as restored")


def test_a_dated_day_with_its_year_between_the_verb_and_that(index):
    en = _extract(index, "Emmanuel Macron had promised on April 16, 2019, a day after the fire, that the cathedral "
                         "would be rebuilt within five years.", "en", published=date(2024, 12, 8))
    assert _only(en, "rebuilt", "statement").date == "2019-04-16"


def test_when_and_how_it_was_said_stand_between_a_verb_and_its_object(index):
    es = _extract(index, "La ministra del Interior, Carolina Tohá, confirmó el martes por la tarde la muerte del "
                         "expresidente ante los periodistas.", "es", published=date(2024, 2, 7))
    confirmed = _only(es, "la muerte del", "statement")
    assert confirmed.speaker_name == "Carolina Tohá" and confirmed.text.startswith("La ministra")


def test_an_undated_action_is_an_event_where_it_names_its_place(index):
    en = _extract(index, "Nicola Sturgeon made the announcement at Bute House, her official residence. "
                         "Jerome Powell struck a cautious note about what would come next. "
                         "Kimberly Cheatle had led the agency in Washington since 2022.", "en")
    assert _only(en, "Bute House", "event").participants[0] == "Nicola Sturgeon"
    assert not [c for c in en if c.kind == "event" and ("cautious" in c.text or "Cheatle" in c.text)]
    es = _extract(index, "El presidente, Miguel Díaz-Canel, viajó esa misma tarde a San Antonio de los Baños.", "es")
    assert _only(es, "San Antonio", "event").participants == ["Miguel Díaz-Canel"]


def test_a_live_blogs_present_tense_attributes_and_an_adjective_is_no_verb(index):
    es = _extract(index, "Desde Washington, el secretario de Estado, Marco Rubio, escribe en X que Estados Unidos "
                         "«responderá en consecuencia» a la condena.\n"
                         "El gobernador Ibaneis Rocha había destituido el domingo a su secretario de Seguridad Pública.", "es")
    assert _only(es, "responderá", "quote").speaker == "marco-rubio"
    assert not [c for c in es if "Seguridad Pública" in c.text and c.kind != "event"]


def test_figures_put_on_something_news_told_of_and_claims_of_victory_are_statements(index):
    es = _extract(index, "El ministro del Interior, Gérald Darmanin, elevó este viernes a 310 el número de detenidos. "
                         "El Ministerio del Interior informó el martes de la muerte de un hombre de 36 años. "
                         "Nayib Bukele se proclamó este domingo ganador de las elecciones generales. "
                         "Rodolfo Hernández reconoce la derrota en un video difundido en sus redes sociales.", "es",
                  published=date(2024, 2, 5))
    assert _only(es, "310", "statement").speaker_name == "Gérald Darmanin"
    assert _only(es, "de la muerte", "statement").speaker_name == "Ministerio del Interior"
    assert _only(es, "ganador", "statement").speaker_name == "Nayib Bukele"
    assert _only(es, "la derrota", "statement").speaker_name == "Rodolfo Hernández"
    # A rule's or a prospect's present is nobody's saying.
    none = _extract(index, "La política exterior común exige la unanimidad de los Veintisiete. "
                           "La relación con el Ministerio Público promete ser conflictiva.", "es")
    assert not none


def test_what_a_court_found_and_what_someone_had_written_are_statements(index):
    en = _extract(index, "The International Criminal Court issued two warrants on Friday. The judges found reasonable grounds "
                         "to believe that Ms Lvova-Belova bears individual criminal responsibility. Earlier that day Lord "
                         "McDonald had written that Boris Johnson was not telling the truth.", "en")
    assert _only(en, "individual criminal", "statement").speaker_name == "International Criminal Court"
    assert "McDonald" in _only(en, "not telling the truth", "statement").speaker_name


def test_an_adverb_may_stand_between_a_dated_actions_subject_and_verb_and_a_deadline_dates_nothing(index):
    en = _extract(index, "Pre-Trial Chamber II of the International Criminal Court today issued warrants of arrest for "
                         "Vladimir Putin. The Federal Reserve also set up a new lending facility on Sunday. "
                         "Governor General Mary Simon granted his request to prorogue Parliament until March 24.", "en",
                  published=date(2023, 3, 17))
    assert _only(en, "issued warrants", "event").date == "2023-03-17"
    assert _only(en, "lending facility", "event").date == "2023-03-12"
    assert not [c for c in en if "Mary Simon" in c.text and c.date == "2023-03-24"]


def test_calling_a_person_for_a_purpose_is_a_call_not_a_request_or_a_name(index):
    es = _extract(index, "El presidente Iván Duque llamó a Petro para felicitarlo como presidente electo. "
                         "Sheinbaum llamó a la calma a los ciudadanos.", "es", published=date(2022, 6, 20))
    call = _only(es, "felicitarlo", "event")
    assert call.event_type == "call" and call.participants == ["Iván Duque", "Petro"]
    en = _extract(index, "Joe Biden called Lula on Monday to congratulate him on his victory. Trump called Zelensky a "
                         "dictator. Peter Dutton said he had called Anthony Albanese to congratulate him.", "en",
                  published=date(2022, 11, 2))
    assert _only(en, "Lula", "event").date == "2022-10-31"
    assert [c.kind for c in en if "Albanese" in c.text] == ["statement"]
    assert not [c for c in es + en if c.kind == "event" and ("calma" in c.text or "dictator" in c.text)]


def test_a_preposed_adjunct_may_stand_before_a_verb_whose_subject_is_dropped(index):
    es = _extract(index, "Recep Tayyip Erdogan visitó el lunes la provincia de Kahramanmaras.\n"
                         "Al día siguiente, durante su primera visita a la zona, reconoció que hubo \"carencias\" en las "
                         "primeras horas de la respuesta.", "es", published=date(2023, 2, 9))
    assert _only(es, "carencias", "quote").speaker_name == "Recep Tayyip Erdogan"
    lula = _extract(index, "Luiz Inácio Lula da Silva habló ante los líderes europeos.\nEn su intervención ante el plenario, "
                           "el lunes, advirtió de que la asociación entre ambos bloques no puede construirse sobre "
                           "«amenazas ni sanciones».", "es", published=date(2023, 7, 19))
    assert _only(lula, "amenazas ni sanciones", "quote").speaker_name == "Luiz Inácio Lula da Silva"


def test_a_live_blog_tells_what_happens_in_the_present(index):
    blog = _extract(index, "Domingo, 18 de diciembre\n15.23\nLionel Messi abre el marcador de penal, a los 23 minutos.\n"
                           "17.40\nEmiliano Martínez le ataja el penal a Kingsley Coman.", "es", published=date(2022, 12, 18))
    assert _only(blog, "abre el marcador", "event").date == "2022-12-18"
    assert _only(blog, "ataja el penal", "event").participants[0] == "Emiliano Martínez"
    # Outside a live blog the present of a feature is not read as an event.
    feature = _extract(index, "Lionel Messi abre el marcador de penal en cada final que juega.", "es")
    assert not [c for c in feature if c.kind == "event"]


def test_an_english_live_blog_tells_it_in_the_present_perfect_and_both_of_a_pair_take_part(index):
    blog = _extract(index, "6.02pm\nAnthony Albanese and his partner, Jodie Haydon, have walked on stage at the "
                           "Canterbury-Hurlstone Park RSL Club in Sydney.\n6.30pm\nRear Admiral John Mauger has begun a "
                           "press conference in Boston.", "en", published=date(2025, 5, 3))
    walked = _only(blog, "walked on stage", "event")
    assert walked.participants[:2] == ["Anthony Albanese", "Jodie Haydon"] and walked.date == "2025-05-03"
    assert _only(blog, "press conference", "event").participants == ["John Mauger"]


def test_more_ways_to_say_nothing_are_absences(index):
    en = _extract(index, "Asked repeatedly about September, Andrew Bailey declined to give any guidance on the timing of "
                         "the next move. Rishi Sunak did not take questions from reporters.", "en")
    assert _only(en, "guidance", "statement").absence and _only(en, "questions from reporters", "statement").absence
    es = _extract(index, "Guillermo Lasso disolvió la Asamblea. No adelantó, sin embargo, una fecha para la votación. "
                         "La ministra Yolanda Díaz evitó valorar ante los periodistas el voto del diputado.", "es")
    assert _only(es, "una fecha", "statement").absence and _only(es, "evitó valorar", "statement").absence


def test_an_attribution_closing_the_sentence_may_name_its_speaker_with_an_article(index):
    """"…, the Office for National Statistics said." / "…, informó el INE.": the article before a
    name is not part of it, and must not hide that the attribution closes the sentence."""
    en = _extract(index, "Inflation rose to 3.2% in March, the Office for National Statistics said.", "en")
    assert _only(en, "Inflation rose", "statement").speaker_name == "Office for National Statistics"
    es = _extract(index, "La inflación subió al 3,2 % en marzo, informó el INE.", "es")
    assert _only(es, "La inflación subió", "statement").speaker_name == "INE"


def test_a_title_with_its_qualifier_and_the_name_in_apposition_opens_a_dated_action(index):
    """"El presidente de la FIFA, Gianni Infantino, dirigió…": the title's qualifier and the name
    between commas stand between the subject and the verb."""
    found = _extract(index, "El presidente de la FIFA, Gianni Infantino, dirigió el miércoles la sesión desde la sede "
                            "del organismo en Zúrich.", "es")
    event = _only(found, "dirigió", "event")
    assert "Gianni Infantino" in event.participants and event.date is not None


def test_a_live_blogs_time_headings_may_carry_am_pm_and_a_time_zone(index):
    """"9.58am EDT" heads an entry: the entries are the publication day's, not the day of the lead's
    "last night"."""
    found = _extract(index, "9.58am EDT\nMatt Gaetz filed a motion to vacate the chair on the House floor last night.\n"
                            "4:05 p.m. ET\nThe White House press secretary, Karine Jean-Pierre, said President Joe Biden "
                            "hoped the House would quickly elect a new speaker.", "en", date(2023, 10, 3))
    assert _only(found, "quickly elect", "statement").date == "2023-10-03"


def test_a_story_that_tells_its_day_in_the_present_perfect_tells_the_rest_of_it_so(index):
    """"ha aprobado este martes" in the lead: "la portavoz no ha concretado" is that day's too, but
    "todavía no han cuantificado" is a stretch of time."""
    found = _extract(index, "El Consejo de Ministros ha aprobado este martes la declaración de La Palma como zona "
                            "afectada gravemente por una emergencia.\nLa portavoz del Gobierno, Isabel Rodríguez, no ha "
                            "concretado en la rueda de prensa la cuantía global de las ayudas. Ni el Gobierno central ni "
                            "el canario han cuantificado todavía el coste total de los daños.", "es", date(2021, 9, 28))
    assert _only(found, "cuantía global").date == "2021-09-28"
    assert _only(found, "coste total").date is None


def test_a_dateline_opens_no_action_and_a_name_after_a_past_verb_is_what_it_acts_on(index):
    """"OTTAWA, Feb 14 (Reuters) - Prime Minister Justin Trudeau invoked…": the dateline names
    nobody; "protests that have paralysed Ottawa … and blocked crossings" are not Ottawa's acts."""
    found = _extract(index, "OTTAWA, Feb 14 (Reuters) - Prime Minister Justin Trudeau invoked the Emergencies Act on Monday "
                            "to end protests that have paralysed Ottawa for more than two weeks and blocked crossings on "
                            "the U.S. border.", "en", date(2022, 2, 14))
    event = _only(found, "invoked the Emergencies Act", "event")
    assert "Justin Trudeau" in event.participants and event.date == "2022-02-14"
    assert not [c for c in found if c.text.startswith("Ottawa")]


def test_a_name_after_a_word_for_part_of_a_place_is_where_not_who(index):
    """"protests that have choked downtown Ottawa … and blocked crossings": downtown Ottawa is a
    place, and what follows it is not its act (that false event also hid Trudeau's)."""
    found = _extract(index, "OTTAWA, Feb 14 (Reuters) - Prime Minister Justin Trudeau invoked the Emergencies Act on Monday "
                            "to end the trucker-led protests that have choked downtown Ottawa for more than two weeks and "
                            "blocked crossings on the U.S. border.", "en", date(2022, 2, 14))
    event = _only(found, "invoked the Emergencies Act", "event")
    assert "Justin Trudeau" in event.participants and event.date == "2022-02-14"
    assert not [c for c in found if c.text.startswith("Ottawa")]


def test_what_a_court_held_is_its_statement_but_held_talks_are_not_words(index):
    found = _extract(index, "The Supreme Court struck down the scheme on Thursday. The court held that anonymous bonds "
                            "violate the voter's right to information. The leaders held talks on Monday.", "en",
                     date(2024, 2, 16))
    assert _only(found, "anonymous bonds", "statement").speaker_name == "Supreme Court"
    assert not [c for c in found if c.kind == "statement" and "talks" in c.text]


def test_a_source_marker_may_tell_its_document_at_length_or_with_an_indefinite_article(index):
    found = _extract(index, "Según el comunicado que difundió el BCE tras la reunión de ayer de su Consejo de Gobierno en "
                            "Fráncfort, el tipo de las operaciones principales sube al 0,50 %. Según un recuento difundido "
                            "este viernes por el Mecanismo para el Reconocimiento de Personas Presas Políticas, al menos 35 "
                            "presos siguen en las cárceles.", "es", date(2022, 7, 22))
    assert _only(found, "operaciones principales", "statement").speaker_name == "BCE"
    assert _only(found, "35 presos", "statement").speaker_name == "Mecanismo para el Reconocimiento de Personas Presas Políticas"


def test_a_story_told_in_the_present_perfect_of_the_day_tells_its_events_so(index):
    found = _extract(index, "El Comité Noruego del Nobel ha concedido este viernes el Premio Nobel de la Paz a María Corina "
                            "Machado. El secretario del comité, Kristian Berg Harpviken, ha telefoneado a Machado poco antes "
                            "del anuncio en Oslo.", "es", date(2025, 10, 10))
    event = _only(found, "ha telefoneado", "event")
    assert "Kristian Berg Harpviken" in event.participants


def test_an_attribution_set_off_by_commas_may_drop_its_subject(index):
    """"El BCE, dijo, no toma posición": the speaker is dropped, so the one speaking goes on, and the
    body before the commas is what is said of; "El ministro de Economía, Luis Caputo, anunció…"
    still names its speaker in apposition."""
    found = _extract(index, "Christine Lagarde habló en Fráncfort. El BCE, dijo, no toma posición sobre cuestiones "
                            "políticas. No existen precedentes, argumentó, de una subida así.\nEl ministro de Economía, "
                            "Luis Caputo, anunció el viernes, en una conferencia de prensa, el fin del cepo.", "es",
                     date(2022, 7, 22))
    assert _only(found, "no toma posición", "statement").speaker_name == "Christine Lagarde"
    assert _only(found, "No existen precedentes", "statement").speaker_name == "Christine Lagarde"
    assert _only(found, "el fin del cepo", "statement").speaker_name == "Luis Caputo"


def test_segun_with_a_verb_that_drops_its_subject_opens_a_statement_of_the_one_speaking(index):
    found = _extract(index, "José Manuel Albares compareció en Madrid. Según explicó, la legación quedará a partir de ahora "
                            "en manos de un encargado de negocios.", "es", date(2024, 5, 22))
    assert _only(found, "la legación quedará", "statement").speaker_name == "José Manuel Albares"


def test_a_speaker_who_goes_on_after_a_pause_in_the_quote(index):
    """"“…,” Sheinbaum continued, “…”", "«…», prosiguió la presidenta": going on is saying."""
    en = _extract(index, "Claudia Sheinbaum spoke at the National Palace. “Cooperation, yes,” Sheinbaum continued, "
                         "“subordination, no.” The talks continued on Tuesday.", "en")
    assert _only(en, "Cooperation, yes", "quote").speaker == "claudia-sheinbaum"
    assert not [c for c in en if "talks continued" in c.text]
    es = _extract(index, "Claudia Sheinbaum habló en Palacio Nacional. «La soberanía no se negocia», prosiguió la presidenta. "
                         "«Cooperamos sin subordinarnos», continuó.", "es")
    assert _only(es, "no se negocia", "quote").speaker == "claudia-sheinbaum"
    assert _only(es, "sin subordinarnos", "quote").speaker == "claudia-sheinbaum"


def test_a_live_blog_under_bare_time_headings_tells_its_present_perfect_on_its_day(index):
    """"11.55" above "Feijóo ha resumido así las ausencias: “…”": the entry was written the day the
    live blog was published, as entries told in other tenses already were."""
    found = _extract(index, "11.25\nLa presidenta Claudia Sheinbaum ha llegado a Palacio Nacional.\n"
                            "11.55\nEl canciller Juan Ramón de la Fuente ha resumido así la reunión: “Fue un buen encuentro”.",
                     "es", published=date(2025, 3, 7))
    quote = _only(found, "buen encuentro", "quote")
    assert (quote.date, quote.date_precision) == ("2025-03-07", "approximate")
    # Without the time headings, an undated present perfect stays undated.
    plain = _extract(index, "El canciller Juan Ramón de la Fuente ha resumido así la reunión: “Fue un buen encuentro”.", "es")
    assert _only(plain, "buen encuentro", "quote").date is None


def test_a_single_quote_nested_in_a_double_one_closes_with_it(index):
    """"“…: ‘Te guiarás permanentemente por la Constitución’”, ha continuado. Ha cerrado con una
    petición: “…”": the nested quote closes with the outer one, so the sentence ends there and
    the next quote is not read as part of it."""
    found = _extract(index, "Claudia Sheinbaum habló en Palacio Nacional. “Recuerdo lo que me dijo mi madre: ‘Nunca te rindas’”, "
                            "ha continuado. Ha cerrado con una petición: “Les pido que confíen en mí”.", "es")
    assert _only(found, "Nunca te rindas", "quote").speaker == "claudia-sheinbaum"
    last = _only(found, "confíen en mí", "quote")
    assert last.speaker == "claudia-sheinbaum" and "Recuerdo" not in last.text


def test_a_participle_of_saying_may_drop_that(index):
    """"Sheinbaum thanked Rubio for the visit, saying it had helped to ease tensions": "saying"
    brings in what was said without "that", as "said" does."""
    found = _extract(index, "Claudia Sheinbaum thanked Marco Rubio for the visit, saying it had helped to ease tensions.", "en")
    assert _only(found, "ease tensions", "statement").speaker == "claudia-sheinbaum"


def test_an_absence_keeps_its_speaker_past_still(index):
    """"El Instituto Nacional Electoral todavía no ha anunciado un resultado": the body that has not
    said it yet is the speaker, "todavía" between them; and "has not yet said" is an absence."""
    es = _extract(index, "El Instituto Nacional Electoral todavía no ha anunciado un resultado.", "es")
    assert _only(es, "no ha anunciado", "statement").speaker == "ine-mexico"
    en = _extract(index, "The White House has not yet said whether the tariffs will apply to Mexico.", "en")
    claim = _only(en, "not yet said", "statement")
    assert claim.absence and claim.speaker == "white-house"


def test_a_live_blog_entry_in_the_progressive_is_an_event_unless_it_is_a_state_of_mind(index):
    """"Gina Miller is speaking on the steps outside the court": a live blog tells what happens as it
    happens; "Johnson is considering his options" tells no event (events.toml not_happening)."""
    found = _extract(index, "Supreme Court ruling: live\n10.45\nGina Miller is speaking on the steps outside the court.\n"
                            "11.02\nBoris Johnson is considering his options in New York.\n11.20\nBoris Johnson is holding "
                            "a conference call with his cabinet from New York.", "en", published=date(2019, 9, 24))
    events = [c.text for c in found if c.kind == "event"]
    assert any(t.startswith("Gina Miller is speaking") for t in events)
    assert any(t.startswith("Boris Johnson is holding") for t in events)
    assert not any("considering" in t for t in events)


def test_a_term_of_calling_before_another_quote_is_a_claim_of_its_own(index):
    """"ha calificado de “digno” el acto y ha descrito como “muy respetuosa” la actitud de la
    ministra": the one-word fragment after a verb of calling is quoted speech too, and the verb
    coordinated after it opens the next claim."""
    found = _extract(index, "A la salida del cementerio, Francis Franco, el mayor de los nietos varones, ha calificado de "
                            "“digno” el acto y ha descrito como “muy respetuosa” la actitud de la ministra.", "es")
    quotes = [c for c in found if c.kind == "quote"]
    assert [c.quote for c in quotes] == ["digno", "muy respetuosa"]
    assert quotes[0].text.endswith("el acto") and quotes[0].speaker_name == "Francis Franco"


def test_a_quote_followed_by_and_that_goes_on_to_the_end_of_the_sentence(index):
    """"… es “una violación flagrante” y que ha pedido a la canciller…": the same speaker goes on, so
    one claim runs to the end (README dev9), while "… el acto y ha descrito como “…”" opens another."""
    found = _extract(index, "López Obrador ha escrito en X que lo ocurrido es “una violación flagrante al derecho "
                            "internacional y a la soberanía de México” y que ha pedido a la canciller, Alicia Bárcena, que "
                            "declare la suspensión de las relaciones.", "es")
    assert _only(found, "violación flagrante", "quote").text.endswith("suspensión de las relaciones")


def test_runs_of_spaces_in_a_story_signal_are_one_space(index):
    """Text pasted with doubled spaces: "Buenos  Aires" is the signal "buenos aires" (the pattern
    took the run of spaces, the lookup did not, and the extractor crashed)."""
    claims = _extract(index, "El  Gobierno  informó  que  la  cumbre  será  en  Buenos  Aires.  Los  argentinos  votaron  "
                            "en  Buenos  Aires  y  en  Córdoba.", "es", date(2024, 5, 1))
    assert any(c.speaker_name and "Argentina" in c.speaker_name for c in claims)


def test_a_chamber_that_rejects_or_half_passes_a_bill_votes_and_a_session_opened_in_the_perfect(index):
    """dev22's Argentine Senate: "rechazó un proyecto … por 38 votos contra 31" is a vote, not a
    statement of rejection; "dio media sanción" passes a bill in one chamber; "ha abierto la sesión"."""
    found = _extract(index, "En agosto de 2018, el Senado rechazó un proyecto similar por 38 votos contra 31.\n"
                            "La Cámara de Diputados dio media sanción al texto el 11 de diciembre por 131 votos.\n"
                            "La vicepresidenta, Cristina Fernández de Kirchner, ha abierto la sesión especial.", "es")
    assert [c.kind for c in found] == ["event", "event", "event"]
