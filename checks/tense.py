"""Past or future in quoted words found in translation, and acts told as done or only announced.

A translated quote is found by its words of substance, which carry no tense across languages
("estar"/"be", "nunca"/"never"): «Estados Unidos no está, y nunca ha estado, en guerra con el islam»
meets "the United States is not -- and never will be -- at war with Islam" word for word. What it
says of the future, the quote says of the past: a misquotation, not a translation. Likewise an act
a claim tells as done ("Blair dimitió") is not what a source that only announces it says ("On 27
June I will tender my resignation"): `completed` and `announced` read the act's own words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.checks.text import data_file, tokens
from claimcheck.extractors.normalize import fold

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _data(language: str) -> dict:
    return data_file("tense.toml")[language]


def times(text: str, language: str) -> frozenset[str]:
    """"past" and "future", where the text's verbs place what it says."""
    words = _WORD.findall(text.lower())
    folded = [fold(w) for w in words]
    found: set[str] = set()
    if language == "es":
        data = _data("es")
        for i, (word, plain) in enumerate(zip(words, folded)):
            after = folded[i + 1] if i + 1 < len(folded) else ""
            if word.endswith(tuple(data["future_endings"])) and len(word) > 3 \
                    or plain in data["future_auxiliaries"] and after == "a" and i + 2 < len(folded) \
                    and folded[i + 2].endswith(("ar", "er", "ir")):
                found.add("future")
            if plain in data["past_words"] or (word.endswith(tuple(data["past_endings"])) and len(word) > 3) \
                    or plain in data["past_auxiliaries"] and after.endswith(tuple(data["participle_endings"])):
                found.add("past")
        return frozenset(found)
    data = _data("en")
    for i, plain in enumerate(folded):
        after = folded[i + 1] if i + 1 < len(folded) else ""
        if plain in data["future"] or (plain in data["future_contracted"] and after == "t"):
            found.add("future")
        if plain in data["past"] or plain in data["past_auxiliaries"] and (
                (after.endswith(tuple(data["participle_endings"])) and len(after) > 3) or after in data["participles"]):
            found.add("past")
    return frozenset(found)


def tense_changed(quote: str, language: str, source: str, source_language: str) -> bool:
    """The quote tells in the past what the source says of the future, or the reverse: each has
    one of the two, and not the other's."""
    said, told = times(quote, language), times(source, source_language)
    return len(said) == 1 and len(told) == 1 and said != told


@lru_cache(maxsize=None)
def modal_words() -> frozenset[str]:
    """Folded modal words ("will", "may", "podría"), from tense.toml."""
    return frozenset(data_file("tense.toml")["modals"]["words"])


def modals_changed(quoted: list[str], source: list[str]) -> bool:
    """The modal words inside a quote and inside the source words it nearly matches differ ("may
    not be" / "will not be"). The first and last words are left out: an alignment may cut a
    neighbouring word at either edge."""
    modals = modal_words()
    said = sorted(w for w in quoted[1:-1] if w in modals)
    told = sorted(w for w in source[1:-1] if w in modals)
    return said != told


@lru_cache(maxsize=None)
def _announcing() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """What marks an act as only announced ([acts]): words before it, endings of its own word,
    and the auxiliaries of "va a" + infinitive."""
    acts = data_file("tense.toml")["acts"]
    return (frozenset(fold(w) for w in acts["intended"] + _data("en")["future"]),
            tuple(_data("es")["future_endings"] + acts["intended_endings"]), frozenset(_data("es")["future_auxiliaries"]))


def intention_markers() -> frozenset[str]:
    """The folded words that mark an act as only announced or intended ("would", "decision")."""
    return _announcing()[0]


def announced(text: str, start: int, end: int, reach: int = 3) -> bool:
    """The act written at text[start:end] is only announced or intended, not done: "On 27 June I
    will tender my resignation", "my decision to stand down", "dimitirá", "va a dimitir". Marked
    in the `reach` words before it."""
    markers, endings, auxiliaries = _announcing()
    before = tokens(text[:start])[-reach:]
    return (not markers.isdisjoint(before) or text[start:end].lower().endswith(endings)
            or (len(before) >= 2 and before[-2] in auxiliaries and before[-1] == "a"))


@lru_cache(maxsize=None)
def _past_auxiliaries() -> frozenset[str]:
    """The words before a participle that make it a completed act, in both languages."""
    es, en = _data("es"), _data("en")
    return frozenset({*es["past_words"], *es["past_auxiliaries"], "sido", *en["past"], *en["past_auxiliaries"]})


def completed(text: str, start: int, end: int) -> bool:
    """The act's first word, at text[start:end], is a past, or a participle after an auxiliary of
    the past ("dimitió", "ha dimitido", "fue suspendido", "resigned", "paid")."""
    es, en = _data("es"), _data("en")
    written = text[start:end].lower().split()[0]
    word = fold(written)
    before = tokens(text[:start])[-1:]
    return (written.endswith(tuple(es["past_endings"])) or word.endswith("ed") or word in en["participles"]
            or (bool(before) and before[0] in _past_auxiliaries() and word.endswith(tuple(es["participle_endings"]))))
