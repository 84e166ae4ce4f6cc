"""Comparable text: token keys that survive inflection and, often, the language border.

A key is a folded token with a light suffix stemmer applied and cut to its first six letters,
so "resultados"/"results", "cooperación"/"cooperation" and "narcoterrorismo"/"narcoterrorism"
meet without a dictionary; the glossary covers the pairs that do not look alike.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from claimcheck.extractors.lexicon import stopwords
from claimcheck.extractors.normalize import fold

_TOKEN = re.compile(r"[0-9a-z]+")
PREFIX = 6


# One suffix is taken off (the longest that fits), then a final vowel: Spanish conjugations and
# genders and English inflections meet ("aceptó"/"aceptará", "tangible"/"tangibles").
_SUFFIXES = tuple(sorted(
    (("aciones", "acion"), ("iones", "ion"), ("ieron", ""), ("aron", ""), ("iendo", ""), ("ando", ""),
     ("arian", ""), ("aria", ""), ("aran", ""), ("eran", ""), ("ara", ""), ("era", ""), ("aba", ""),
     ("ados", ""), ("adas", ""), ("ado", ""), ("ada", ""), ("idos", ""), ("ido", ""), ("ida", ""),
     ("ar", ""), ("er", ""), ("ir", ""), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")),
    key=lambda pair: -len(pair[0])))


@lru_cache(maxsize=65536)
def key(token: str) -> str:
    """The comparison key of one folded token."""
    t = token
    if t in _whole_keys():
        return t[:PREFIX]  # "partido" is not "parte" (keys.toml)
    if len(t) > 4:
        for suffix, repl in _SUFFIXES:
            if t.endswith(suffix) and len(t) - len(suffix) >= 4:
                t = t[: len(t) - len(suffix)] + repl
                break
        if len(t) > 4 and t[-1] in "aeo":
            t = t[:-1]
        if len(t) > 3 and t[-1] == t[-2] and t[-1] not in "aeiou":  # hitting -> hitt -> hit
            t = t[:-1]
    elif len(t) > 3 and t.endswith("s"):
        t = t[:-1]
    return t[:PREFIX]


_F = TypeVar("_F", bound=Callable)
_TEXT_CACHES: list[Callable[[], None]] = []


def text_cache(maxsize: int = 4096) -> Callable[[_F], _F]:
    """An lru_cache for what is read from a whole claim or passage: a claim is read against many
    passages and documents, once. Registered so that `forget_texts` empties them all: a benchmark
    that checks the same claims pass after pass would otherwise time the cache, not the checks
    (it did: 1,950 pairs/s warm against 1,300 cold)."""
    def wrap(fn: _F) -> _F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _TEXT_CACHES.append(cached.cache_clear)
        return cached  # type: ignore[return-value]
    return wrap


def forget_texts() -> None:
    """Empty every text cache, as a new run starts with none."""
    for clear in _TEXT_CACHES:
        clear()


@lru_cache(maxsize=None)
def _whole_keys() -> frozenset[str]:
    return frozenset(data_file("keys.toml")["whole"])


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


@lru_cache(maxsize=None)
def data_file(name: str) -> dict:
    """A TOML file of checks/data, read once. Callers must not change what it returns."""
    return tomllib.loads(resources.files("claimcheck.checks").joinpath("data", name).read_text("utf-8"))


@lru_cache(maxsize=None)
def light_words(language: str) -> frozenset[str]:
    data = data_file("light_words.toml")
    return frozenset(key(w) for w in data.get(language, []))


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A list of event_words.toml as whole folded tokens, not keys: "no" is not "nos"."""
    return frozenset(data_file("event_words.toml")[name])


def negation_words() -> frozenset[str]:
    """Negation as whole folded tokens ("no", "nunca", "never")."""
    return word_list("negation")


@lru_cache(maxsize=None)
def _stop_keys() -> frozenset[str]:
    return frozenset(stopwords("es") | stopwords("en"))


def _is_content(token: str, stop: frozenset[str]) -> bool:
    return token not in stop and len(token) > 1


def is_content(token: str) -> bool:
    """A folded token that content_tokens keeps: no function word of either language."""
    return _is_content(token, _stop_keys())


def content_tokens(text: str) -> list[str]:
    """Folded tokens without function words of either language (checks cross languages)."""
    stop = _stop_keys()
    return [t for t in tokens(text) if _is_content(t, stop)]


def content_spans(text: str) -> list[tuple[int, int]]:
    """Where each of content_tokens(text) stands in the text (folding keeps offsets)."""
    stop = _stop_keys()
    return [m.span() for m in _TOKEN.finditer(fold(text)) if _is_content(m.group(), stop)]


def content_span(text: str, first: int, last: int) -> str:
    """The text from its content token `first` to its content token `last`, with what stands
    between them: the function words content_tokens leaves out ("never will be")."""
    spans = content_spans(text)
    if not spans:
        return ""
    first, last = max(0, min(first, len(spans) - 1)), max(0, min(last, len(spans) - 1))
    return text[spans[first][0]:spans[last][1]]


def keys(text: str) -> list[str]:
    return [key(t) for t in content_tokens(text)]
