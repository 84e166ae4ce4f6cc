"""Figures in a text, as values: "10 mil" = "10,000" = "10.000", "30.000 millones" = "$30 billion".

Claims and sources state figures in different words and languages; compared as values, a figure
either is in the source or is not, and another figure for the same thing is a contradiction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.checks.text import key, data_file
from claimcheck.extractors.dates import find_dates
from claimcheck.extractors.normalize import fold

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)\s*(%|por ciento|percent|mil millones|millones|million|billion|thousand|mil)?(?![a-z])", re.I)
_SCALE = {"mil": 1e3, "thousand": 1e3, "millones": 1e6, "million": 1e6, "billion": 1e9, "mil millones": 1e9}


def numbers(text: str) -> set[float]:
    """Figures as values: "10 mil" = "10,000" = "10.000"; percentages keep their number. The day
    of a date ("until April 2nd") is the date facet's, not a figure."""
    found = set()
    for d in reversed(find_dates(fold(text), None)):
        text = text[: d.start] + " " * (d.end - d.start) + text[d.end:]
    for m in _NUMBER.finditer(text):
        digits, unit = m.group(1), (m.group(2) or "").lower()
        if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", digits):
            value = float(re.sub(r"[.,\s]", "", digits))
        else:
            value = float(digits.replace(",", "."))
        if 1900 <= value <= 2100 and not unit:
            continue  # a year, compared by the date facet
        found.add(value * _SCALE.get(unit, 1))
    words, ambiguous = number_words()
    for token in re.findall(r"[a-z]+", fold(text)):
        if token in words and token not in ambiguous:
            found.add(float(words[token]))
    return found


@lru_cache(maxsize=None)
def _data() -> dict:
    return data_file("numbers.toml")


@lru_cache(maxsize=None)
def number_words() -> tuple[dict[str, int], frozenset[str]]:
    data = _data()
    return {w: v for language in ("es", "en") for w, v in data[language].items()}, frozenset(data["ambiguous"]["words"])


@lru_cache(maxsize=None)
def figure_keys() -> frozenset[str]:
    """Keys of the words that make up a figure: number words, scales and currencies."""
    data = _data()
    return frozenset(key(fold(w)) for w in (*data["es"], *data["en"], *data["figure_words"]["words"]))


def figure(value: float) -> str:
    """A value as a fact-checker writes it: 30,000,000,000 or 2.5."""
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"
