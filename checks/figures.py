"""Figures in a text, as values: "10 mil" = "10,000" = "10.000", "30.000 millones" = "$30 billion".

Claims and sources state figures in different words and languages; compared as values, a figure
either is in the source or is not, and another figure for the same thing is a contradiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.checks.text import key, data_file
from claimcheck.extractors.dates import find_dates
from claimcheck.extractors.normalize import fold

@lru_cache(maxsize=None)
def _scales() -> dict[str, float]:
    return {w: float(v) for w, v in _data()["scales"].items()}


@lru_cache(maxsize=None)
def _number_pattern() -> re.Pattern[str]:
    scales = "|".join(re.escape(w) for w in _scales())  # in file order: longest first
    return re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)\s*(%|por ciento|percent|" + scales + r")?(?![a-z])")


@dataclass(frozen=True)
class Figure:
    value: float
    start: int  # in the folded text
    end: int
    percent: bool


def numbers(text: str) -> set[float]:
    """Figures as values: "10 mil" = "10,000" = "10.000" = "diez mil", "cuatro mil millones" =
    "€4 billion"; percentages keep their number. The day of a date ("until April 2nd") is the
    date facet's, not a figure."""
    return {f.value for f in figures_in(text)}


@lru_cache(maxsize=4096)
def figures_in(text: str) -> tuple[Figure, ...]:
    """The figures of a text with where they are in its folded form (`fold` keeps offsets)."""
    found: list[Figure] = []
    text = fold(text)
    for d in reversed(find_dates(text, None)):
        text = text[: d.start] + " " * (d.end - d.start) + text[d.end:]
    scales = _scales()
    for m in _number_pattern().finditer(text):
        digits, unit = m.group(1), m.group(2) or ""
        if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", digits):
            value = float(re.sub(r"[.,\s]", "", digits))
        else:
            value = float(digits.replace(",", "."))
        if 1900 <= value <= 2100 and not unit:
            continue  # a year, compared by the date facet
        found.append(Figure(value * scales.get(unit, 1), m.start(), m.end(), unit in ("%", "por ciento", "percent")))
    words, ambiguous = number_words()
    tokens = list(re.finditer(r"[a-z]+", text))
    i = 0
    while i < len(tokens):
        token, i = tokens[i], i + 1
        if token.group() not in words:
            continue
        value = float(words[token.group()])
        scale = next((w for w in scales if [t.group() for t in tokens[i:i + len(w.split())]] == w.split()), None)
        if scale is not None:  # "cuatro mil millones", "two million"
            end = tokens[i + len(scale.split()) - 1].end()
            found.append(Figure(value * scales[scale], token.start(), end, False))
            i += len(scale.split())
        elif token.group() not in ambiguous:
            found.append(Figure(value, token.start(), token.end(), False))
    return tuple(found)


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
