"""Comparable text: token keys that survive inflection and, often, the language border.

A key is a folded token with a light suffix stemmer applied and cut to its first six letters,
so "resultados"/"results", "cooperación"/"cooperation" and "narcoterrorismo"/"narcoterrorism"
meet without a dictionary; the glossary covers the pairs that do not look alike.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from claimcheck.extractors.lexicon import stopwords
from claimcheck.extractors.normalize import fold

_TOKEN = re.compile(r"[0-9a-z]+")
PREFIX = 6


@lru_cache(maxsize=65536)
def key(token: str) -> str:
    """The comparison key of one folded token."""
    t = token
    if len(t) > 4:
        for suffix, repl in (("iones", "ion"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
            if t.endswith(suffix) and len(t) - len(suffix) >= 3:
                t = t[: len(t) - len(suffix)] + repl
                break
        if len(t) > 3 and t[-1] == t[-2] and t[-1] not in "aeiou":  # hitting -> hitt -> hit
            t = t[:-1]
    elif len(t) > 3 and t.endswith("s"):
        t = t[:-1]
    return t[:PREFIX]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


@lru_cache(maxsize=None)
def light_words(language: str) -> frozenset[str]:
    data = tomllib.loads(resources.files("claimcheck.checks").joinpath("data", "light_words.toml").read_text("utf-8"))
    return frozenset(key(w) for w in data.get(language, []))


@lru_cache(maxsize=None)
def _stop_keys() -> frozenset[str]:
    return frozenset(stopwords("es") | stopwords("en"))


def content_tokens(text: str) -> list[str]:
    """Folded tokens without function words of either language (checks cross languages)."""
    stop = _stop_keys()
    return [t for t in tokens(text) if t not in stop and len(t) > 1]


def keys(text: str) -> list[str]:
    return [key(t) for t in content_tokens(text)]
