"""The quote facet: verbatim, near-verbatim, abridged or translated, in the speaker's own words.

Only passages that can carry the speaker's words count: the speaker's turns in a transcript,
the speaker's own posts, or an official record's sentences that name the speaker. A phrase
that no such passage contains stays unverified: a summary's silence is not a contradiction.
"""

from __future__ import annotations

from collections import Counter
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.checks.glossary import Unit, glossary
from claimcheck.checks.content import match_content, numeric
from claimcheck.checks.figures import number_words, numbers, quantity_words
from claimcheck.checks.matching import (PreparedDocument, PreparedPassage, UnitMatch, match_units, negated_positions, normalise,
                                        phrase_window, said_negated)
from claimcheck.checks.tense import modals_changed, tense_changed
from claimcheck.checks.text import content_span, content_tokens, key, negation_words, word_list
from claimcheck.extractors.lexicon import lexicon
from claimcheck.extractors.normalize import fold
from claimcheck.extractors.sentences import split_sentences

_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\))\s*")
NEAR_THRESHOLD = 92


@dataclass(frozen=True)
class QuoteMatch:
    passage: PreparedPassage
    how: str  # verbatim | abridged | near | translated
    score: float
    source_words: str


def speaker_passages(doc: PreparedDocument, speaker: str | None, primary: bool) -> list[PreparedPassage]:
    if doc.doc.verbatim:
        return [p for p in doc.passages if speaker and p.speaker == speaker]
    if primary:
        return doc.passages
    named = [p for p in doc.passages if speaker and speaker in p.mentions]
    # "Así lo anunció hoy el vocero presidencial, Manuel Adorni": a closing attribution that
    # points back gives him everything the release said before it.
    openers = tuple(f" {phrase} " for phrase in word_list("pointing_back"))
    back = next((p.index for p in named if normalise(p.text).startswith(openers)), None)
    if back is not None:
        return [p for p in doc.passages if p.index <= back]
    return named


def match_quote(quote: str, language: str, passages: list[PreparedPassage], doc_language: str,
                document: PreparedDocument | None = None, asked: bool = False) -> QuoteMatch | None:
    """`asked`: the passages are a question put to the quote's speaker, whose "you" the claim makes
    "I" ("Do you take responsibility…" / "I take responsibility…"): the person may change."""
    needle = normalise(quote)
    parts = [normalise(p) for p in _ELLIPSIS.split(quote) if p.strip()]
    best: QuoteMatch | None = None
    # Each unit with its value if it is a number, read once for all passages (translations only).
    valued = [(u, _number(u)) for u in glossary().units(quote)] if language != doc_language else []
    for passage in passages:
        at = passage.norm.find(needle)
        if at >= 0 and not _altered(needle, passage.norm, at, at + len(needle), asked):
            return QuoteMatch(passage, "verbatim", 1.0, quote)
        if len(parts) > 1 and _in_order(parts, passage.norm):
            best = best or QuoteMatch(passage, "abridged", 0.9, quote)
            continue
        if len(needle) >= 25:
            aligned = fuzz.partial_ratio_alignment(needle, passage.norm, score_cutoff=NEAR_THRESHOLD)
            # Nearly the same characters, but not with a word of substance changed ("will not
            # accept being threatened" for "being tutored"): that is a distortion, not a near match.
            if aligned is not None and (best is None or best.score < 0.85) \
                    and not _changed(needle, set(passage.norm[aligned.dest_start:aligned.dest_end].split())) \
                    and not _altered(needle, passage.norm, aligned.dest_start, aligned.dest_end, asked) \
                    and not modals_changed(needle.split(), passage.norm[aligned.dest_start:aligned.dest_end].split()):
                best = QuoteMatch(passage, "near", 0.85, passage.text)
                continue
        if language != doc_language and best is None:
            # A number is compared by its value ("two Argentinas" / "dos Argentinas"): one the
            # passage gives need not be found as a word.
            units = [u for u, value in valued if not value or not value <= passage.figures]
            window = phrase_window(units, passage)
            # Names are not words said: "Estados Unidos está con la Argentina" is not found in
            # "the support of the United States for Argentina" by its two names alone.
            # Across languages every word found is a translation, a cognate's too ("benefactores
            # sociales… héroes" for "social benefactors… heroes").
            if window is not None and _said_words(units, quote) and not _tense_changed(quote, language, passage, window, doc_language) \
                    and not _negation_changed(quote, passage, window):
                words = " ".join(window.source_words(passage))
                best = QuoteMatch(passage, "translated", 0.7, words)
    if best is None and language != doc_language and document is not None:
        best = _translated_sentence(quote, language, document, passages)
    return best


_PLAIN_NEGATION = re.compile(r"(?<![0-9a-z])(?:" + "|".join(sorted(word_list("plain_negation"))) + r"|[a-z]+n't)(?![0-9a-z])")


def _negation_changed(quote: str, passage: PreparedPassage, window: UnitMatch) -> bool:
    """A "no" added or dropped in translation ("Mi decisión de dimitir no es voluntaria" / "My
    decision to resign is voluntary"): the quote negates plainly (event_words.toml) and the
    passage has no word of negation at all, or the quote negates nothing and the passage negates
    the words found."""
    if _PLAIN_NEGATION.search(fold(quote).replace("’", "'")):
        return negation_words().isdisjoint(re.findall(r"[0-9a-z]+", fold(passage.text)))
    return not negated_positions(quote) and any(said_negated(passage, start, end) for _, start, end, _ in window.found)


_QUOTED = re.compile(r"[«“\"]([^«»“”\"]{3,})[»”\"]")
REPORTED_CLAUSE = 4  # source words found: a quote this long is a clause, not a phrase
_THAT_BEFORE = re.compile(r"(?<![0-9a-z])(?:que|that)(?![0-9a-z])[^.;:!?]*$")


def reported(passage: PreparedPassage, words: str, language: str) -> bool:
    """Whether the source words a translation was found by are told in reported speech, outside
    quotation marks: "Sánchez ha asegurado que el Gobierno llegará al fondo de lo ocurrido" gives
    what he meant in the release's words, not words of his that a quote could translate. A readout
    that states the words as said ("There are no winners in a tariff war") is not reported speech."""
    found = [w for w in re.split(r"[\s,]+", words) if w]
    if not found:
        return False
    inside = {w for m in _QUOTED.finditer(passage.text) for w in normalise(m.group(1)).split()}
    if all(w in inside for w in found):
        return False
    folded = fold(passage.text)
    # The last word found, not the first: "Maldonado pidió a los ministros que pongan sus cargos a
    # su disposición" reports "I ask all ministers to place their posts at my disposal", its own
    # verb of asking found first.
    first = last = None
    for i, word in enumerate(found):
        at = re.compile(rf"(?<![0-9a-z]){re.escape(word)}").search(folded, last.end() if last else 0)
        first = at if i == 0 else first
        last = at or last
    if last is None:
        return False
    if _THAT_BEFORE.search(folded, 0, last.start()) is not None:
        return True
    # "En su intervención, el canciller reiteró la voluntad de Cuba de avanzar hacia…": a verb of
    # saying before a clause's worth of words tells them in the release's words, "que" or not. A
    # phrase ("stressed the need for tangible results") is the phrase the quote gives.
    speech = lexicon(language).verbs
    if len(found) < REPORTED_CLAUSE or first is None or speech is None:
        return False
    opens = max(folded.rfind(stop, 0, first.start()) for stop in ".;:!?\n") + 1
    return speech.search(folded, opens, first.start()) is not None


def _tense_changed(quote: str, language: str, passage: PreparedPassage, window: UnitMatch, doc_language: str) -> bool:
    """The source words the translation was found by, from first to last, say in the future what
    the quote says in the past, or the reverse (checks/tense.py)."""
    first = min(s for _, s, _, _ in window.found)
    last = max(e for _, _, e, _ in window.found) - 1
    return tense_changed(quote, language, content_span(passage.text, first, last), doc_language)


def _number(unit: Unit) -> frozenset[float]:
    """The value of a unit that is a number ("two", "dos", "15"), else nothing."""
    return frozenset(numbers(unit.words)) if numeric(unit) else frozenset()


def _said_words(units: tuple, quote: str) -> bool:
    names = {key(fold(w)) for w in re.findall(r"\w+", quote) if w[:1].isupper()}
    return any(not all(k in names for k in u.own) for u in units)


TRANSLATED_SENTENCE_COVERAGE = 0.6


def _translated_sentence(quote: str, language: str, document: PreparedDocument,
                         passages: list[PreparedPassage]) -> QuoteMatch | None:
    """A whole sentence quoted in translation: word order and wording never line up, so the
    test is substance. Most of it (TRANSLATED_SENTENCE_COVERAGE) in one of the speaker's passages,
    every name and number, no negation the quote lacks. Scored below a short phrase's translation."""
    if len(glossary().units(quote)) < 5:
        return None
    found = match_content(quote, language, document, passages)
    if found is None or found.coverage < TRANSLATED_SENTENCE_COVERAGE or found.missing_required:
        return None
    if found.negation_flip or found.denied or found.matched < 4:
        return None
    if tense_changed(quote, language, _sentence_of(found.passage.text, found.source_words), document.doc.language):
        return None
    return QuoteMatch(found.passage, "translated", 0.65, ", ".join(found.source_words[:10]))


def _sentence_of(text: str, words: list[str]) -> str:
    """The sentence of the passage that holds most of the source words found: a speaker's turn
    goes on to other things in other tenses ("I've directed my team… It will take time")."""
    def held(sentence: str) -> int:
        told = f" {normalise(sentence)} "
        return sum(f" {w} " in told for w in words)
    return max((text[a:b] for a, b in split_sentences(text)), key=held, default=text)


def _in_order(parts: list[str], haystack: str) -> bool:
    pos = 0
    for part in parts:
        found = haystack.find(part, pos)
        if found < 0:
            return False
        pos = found + len(part)
    return True


DISTORTION_SHARE = 0.6
REWORDED_MIN_WORDS = 4
REWORDED_SCORE = 70
REWORDED_SHARE = 0.6
REWORDED_SPELLING = 80


def distorted_in(quote: str, language: str, passages: list[PreparedPassage]) -> PreparedPassage | None:
    """The passage where the speaker said a different version of the quoted sentence: at least
    half of its words (two or more) together, but not the words quoted. Only meaningful on the
    speaker's own record of the same occasion, which the caller checks."""
    units = glossary().units(quote)
    needle = normalise(quote)
    for passage in passages:
        if len(units) >= 2:
            found = match_units(units, passage)
            if len(found.found) >= 2 and len(found.found) / len(units) >= DISTORTION_SHARE and not found.translated:
                return passage
        if _reworded(needle, passage):
            return passage
    return None


def _reworded(needle: str, passage: PreparedPassage) -> bool:
    """The same sentence with a word of substance changed: "It was a very friendly conversation"
    quoted as "It was a very tough conversation"."""
    words = needle.split()
    if len(words) < REWORDED_MIN_WORDS:
        return False
    aligned = fuzz.partial_ratio_alignment(needle, passage.norm, score_cutoff=REWORDED_SCORE)
    if aligned is None:
        return False
    window = set(passage.norm[aligned.dest_start:aligned.dest_end].split())
    shared = sum(1 for w in words if w in window)
    return shared / len(words) >= REWORDED_SHARE and (
        bool(_changed(needle, window)) or _altered(needle, passage.norm, aligned.dest_start, aligned.dest_end))


FIGURE_REACH = 8  # characters either side of the matched words in which a figure may go on ("1,600" for "600")


def _altered(needle: str, norm: str, start: int, end: int, asked: bool = False) -> bool:
    """Words the source has around the quoted ones that say otherwise: a negation one side lacks
    ("No se trata de suspender el autogobierno" quoted without its "No", "We didn't discuss
    payment" as "We did discuss payment"), or a figure that is not the quote's ("approximately
    1,600 feet" quoted as "600 feet"). Character for character these are near, even verbatim,
    matches; what was said is the opposite or another figure."""
    negations = negation_words()
    before = norm[:start].split()[-1:]  # "no" right before the quoted words
    said = sum(1 for w in before + norm[start:end].split() if w in negations)
    if said != sum(1 for w in needle.split() if w in negations):
        return True
    quoted = numbers(needle)
    if quoted and not quoted <= numbers(norm[max(0, start - FIGURE_REACH):end + FIGURE_REACH]):
        return True
    # Someone else meant: a pronoun of a person the quote has more often than the words it matches
    # ("…that he will bless me" quoted as "…bless you"). Fewer is abridging, not changing.
    persons = word_list("person_pronouns")
    said_persons = Counter(w for w in norm[start:end].split() if w in persons)
    if not asked and any(n > said_persons[w] for w, n in Counter(w for w in needle.split() if w in persons).items()):
        return True
    # A part or a number the source has and the quote lacks: "durante media hora" quoted as
    # "durante una hora" ("once" for the quote's "11" is the same figure).
    words, ambiguous = set(needle.split()), number_words()[1]
    return any(w in quantity_words() and w not in words and w not in ambiguous
               and not ((value := numbers(w)) and value <= quoted) for w in before + norm[start:end].split())


def _changed(needle: str, window: set[str]) -> list[str]:
    """The quote's words of substance that the aligned source lacks. A misspelt word
    ("Sheimbaum") is the same word, not another one."""
    return [w for w in content_tokens(needle) if w not in window
            and not any(fuzz.ratio(w, other) >= REWORDED_SPELLING for other in window)]
