"""Figures in a text, as values: "10 mil" = "10,000" = "10.000", "30.000 millones" = "$30 billion".

Claims and sources state figures in different words and languages; compared as values, a figure
either is in the source or is not, and another figure for the same thing is a contradiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from claimcheck.checks.text import data_file, key, text_cache
from claimcheck.extractors.dates import find_dates
from claimcheck.extractors.normalize import fold

@lru_cache(maxsize=None)
def _scales() -> dict[str, float]:
    return {w: float(v) for w, v in _data()["scales"].items()}


@lru_cache(maxsize=None)
def _number_pattern() -> re.Pattern[str]:
    scales = "|".join(re.escape(w) for w in _scales())  # in file order: longest first
    # A figure is read whole ("31st" is 31, not 3 before a letter) and an ordinal is its number;
    # the number of a name ("COVID-19", "G-20", "F-16") is no figure.
    return re.compile(r"(?<![\w.,])(?<![a-z]-)(\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)(?![\d])(?:st|nd|rd|th)?\s*(%|por ciento|percent|"
                      + scales + r")?(?![a-z])")


# The hour of a time of day after noon: "11:59 p.m.", "6 pm" (the hour is followed by its minutes).
_AFTERNOON = re.compile(r":\d{2}\s*(?:p\.\s?m\.?|pm)(?![a-z])")
_SPOKEN_TIME = re.compile(r"(?<![0-9a-z])las\s+(\d{1,2})(?:\s+y\s+(\d{1,2}))?(?:\s+horas)?\s+de\s+la\s+(?:noche|tarde)(?![a-z])")


@dataclass(frozen=True)
class Figure:
    value: float
    start: int  # in the folded text
    end: int
    percent: bool
    bound: str = ""  # at_least | at_most | about, from the words before it ("más de", "nearly", "unos")
    clock: bool = False  # part of a time of day ("6:11 p.m.", "23:00"): compared only with times
    age: bool = False  # someone's age ("de 36 años de edad", "aged 28"): compared only with ages

    def counts_like(self, other: "Figure") -> bool:
        """Both percentages, both times of day, both ages, or both plain counts: only those can
        disagree ("dos fallecidos" is not contradicted by "un ciudadano de 36 años de edad")."""
        return self.percent == other.percent and self.clock == other.clock and self.age == other.age

    def allows(self, value: float) -> bool:
        """Whether a source's figure is what this one says: the same value, or one the bound or
        estimate admits ("más de 10,5 millones" and 10,554,320; "nearly 700" and 690)."""
        if value == self.value:
            return True
        if self.bound == "at_least":
            return self.value < value <= self.value * 1.5
        if self.bound == "at_most":
            return self.value * 0.8 <= value < self.value
        if self.bound == "about":
            return abs(value - self.value) <= 0.1 * self.value
        return False


def numbers(text: str) -> set[float]:
    """Figures as values: "10 mil" = "10,000" = "10.000" = "diez mil", "cuatro mil millones" =
    "€4 billion"; percentages keep their number. The day of a date ("until April 2nd") is the
    date facet's, not a figure."""
    return {f.value for f in figures_in(text)}


@text_cache()
def figures_in(text: str) -> tuple[Figure, ...]:
    """The figures of a text with where they are in its folded form (`fold` keeps offsets)."""
    found: list[Figure] = []
    text = fold(text)
    for d in reversed(find_dates(text, None)):
        text = text[: d.start] + " " * (d.end - d.start) + text[d.end:]
    scales = _scales()
    # "a las 10 y 29 horas de la noche", "a las 6 de la tarde": a time of day, its hour after noon.
    spoken = {t.start(g): (float(t.group(g)) + (12 if g == 1 and int(t.group(1)) < 12 else 0))
              for t in _SPOKEN_TIME.finditer(text) for g in (1, 2) if t.group(g)}
    for m in _number_pattern().finditer(text):
        digits, unit = m.group(1), m.group(2) or ""
        if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", digits):
            value = float(re.sub(r"[.,\s]", "", digits))
        else:
            value = float(digits.replace(",", "."))
        if 1900 <= value <= 2100 and not unit:
            continue  # a year, compared by the date facet
        value, end = _half(text, value * scales.get(unit, 1), scales.get(unit, 0), m.end())
        clock = text[m.start() - 1:m.start()] == ":" or text[m.end(1):m.end(1) + 1] == ":"
        if clock and value < 12 and _AFTERNOON.match(text, m.end(1)):
            value += 12  # "11:59 p.m." is the 23:59 of a 24-hour clock
        if m.start() in spoken:
            value, clock = spoken[m.start()], True
        found.append(Figure(value, m.start(), end, unit in ("%", "por ciento", "percent"), _bound(text, m.start()), clock))
    words, ambiguous = number_words()
    tokens = list(re.finditer(r"[a-z]+", text))
    i = 0
    while i < len(tokens):
        token, i = tokens[i], i + 1
        if token.group() not in words:
            continue
        value = float(words[token.group()])
        first = i
        value, i = _compound(text, tokens, i, value, words)
        scale = next((w for w in scales if w.split()[0] == tokens[i].group()
                      and [t.group() for t in tokens[i:i + len(w.split())]] == w.split()), None) if i < len(tokens) else None
        if scale is not None:  # "cuatro mil millones", "two million"
            end = tokens[i + len(scale.split()) - 1].end()
            value, end = _half(text, value * scales[scale], scales[scale], end)
            i += len(scale.split())
            if scales[scale] == 100 and i < len(tokens):
                # "one hundred and thirty-three", "two hundred five"
                j = i + 1 if tokens[i].group() == "and" and text[tokens[i - 1].end():tokens[i].start()] == " " else i
                if j < len(tokens) and tokens[j].group() in words and words[tokens[j].group()] < 100 \
                        and text[tokens[j - 1].end():tokens[j].start()] == " ":
                    rest, k = _compound(text, tokens, j + 1, float(words[tokens[j].group()]), words)
                    value, end, i = value + rest, tokens[k - 1].end(), k
            found.append(Figure(value, token.start(), end, False, _bound(text, token.start())))
        elif token.group() not in ambiguous or i > first \
                or (token.group() in _counted_before_durations() and i < len(tokens) and tokens[i].group() in _durations()):
            # "ciento veinte"; "valid for one year"
            found.append(Figure(value, token.start(), tokens[i - 1].end(), False, _bound(text, token.start())))
    return tuple(replace(f, age=True) if _is_age(text, f) else f for f in _hours_and_minutes(text, found))


def _is_age(text: str, f: Figure) -> bool:
    return bool(_AGE_AFTER.match(text, f.end) or _AGE_BEFORE.search(text, max(0, f.start - 8), f.start))


_AGE_AFTER = re.compile(r"\s*(?:anos\s+de\s+edad|-?years?[\s-]+old)(?![a-z])")
_AGE_BEFORE = re.compile(r"(?<![a-z])(?:aged|edad\s+de)\s+$")


# "1 hour and 45 minutes", "an hour and 45 minutes", "dos horas y diez minutos": one span of time.
_HOURS_AND = re.compile(r"(?:(\d+|[a-z]+)\s+)?(?:hours?|horas?)\s+(?:and|y)\s+$")
_MINUTES_AFTER = re.compile(r"\s+(?:minutes?|minutos?)(?![a-z])")
_ONE = frozenset({"an", "a", "one", "una", "un"})


def _hours_and_minutes(text: str, found: list[Figure]) -> tuple[Figure, ...]:
    """A span given in hours and minutes is one figure, in minutes: "about 45 minutes into its
    dive" is not what "about 1 hour and 45 minutes after it began" says, though both hold a 45."""
    out: list[Figure] = []
    for f in sorted(found, key=lambda f: f.start):
        hours = _HOURS_AND.search(text, max(0, f.start - 30), f.start) if _MINUTES_AFTER.match(text, f.end) else None
        if hours is None:
            out.append(f)
            continue
        count = hours.group(1)
        previous = out[-1] if out and count and out[-1].start == hours.start(1) else None
        if previous is not None:
            out.pop()
            value, start, bound = previous.value, previous.start, previous.bound
        elif count in _ONE:
            value, start, bound = 1.0, hours.start(1), _bound(text, hours.start(1))
        else:
            out.append(f)
            continue
        out.append(Figure(value * 60 + f.value, start, f.end, False, bound))
    return tuple(out)


def _compound(text: str, tokens: list, i: int, value: float, words: dict[str, int]) -> tuple[float, int]:
    """ "twenty-two" = 22, "treinta y dos" = 32, "doscientos veintidós" = 222: the number words
    after a hundred or a ten that add to it; returns the value and the index of the next token."""
    if value % 100 == 0 and 100 <= value <= 900 and i < len(tokens) and tokens[i].group() in words \
            and words[tokens[i].group()] < 100 and text[tokens[i - 1].end():tokens[i].start()] == " ":
        value += words[tokens[i].group()]
        i += 1
    if value % 10 == 0 and 20 <= value % 100 <= 90 and i < len(tokens):
        gap = text[tokens[i - 1].end():tokens[i].start()]
        if gap == "-" and tokens[i].group() in words and words[tokens[i].group()] < 10:
            return value + words[tokens[i].group()], i + 1
        if gap == " " and tokens[i].group() == "y" and i + 1 < len(tokens) and tokens[i + 1].group() in words \
                and words[tokens[i + 1].group()] < 10 and text[tokens[i].end():tokens[i + 1].start()] == " ":
            return value + words[tokens[i + 1].group()], i + 2
    return value, i


@lru_cache(maxsize=None)
def _qualifiers() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    data = _data()["qualifiers"]
    kinds = {w: kind for kind in ("at_least", "at_most", "about") for w in data[kind]}
    words = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    before = re.compile(rf"(?<![a-z])({words})\s+(?:de\s+|of\s+)?(?:(?:us|usd|mxn)?\s*[$€£]\s*)?$")
    halves = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in data["halves"]) + r")(?![a-z])")
    return before, kinds, halves


def _bound(text: str, start: int) -> str:
    before, kinds, _ = _qualifiers()
    m = before.search(text, max(0, start - 30), start)
    return kinds[m.group(1)] if m else ""


def _half(text: str, value: float, scale: float, end: int) -> tuple[float, int]:
    """ "diez millones y medio": half the scale more."""
    m = _qualifiers()[2].match(text, end) if scale > 1 else None
    return (value + scale / 2, m.end()) if m else (value, end)


@lru_cache(maxsize=None)
def _counted_before_durations() -> frozenset[str]:
    return frozenset(_data()["ambiguous"]["before_durations"])


def _days(text: str, f: Figure) -> tuple[float, int] | None:
    """The figure as a span of days when a unit of time follows it ("seis meses", "180 days"),
    with the unit's length in days."""
    m = _UNIT_AFTER.match(text, f.end)
    unit = _durations().get(m.group(1)) if m else None
    return (f.value * unit, unit) if unit else None


_UNIT_AFTER = re.compile(r"\s+([a-z]+)")


@lru_cache(maxsize=None)
def _durations() -> dict[str, int]:
    return dict(_data()["durations"])


def claimed_values(text: str, stated: frozenset[float] | set[float], source: str | None = None,
                   source_figures: tuple[Figure, ...] | None = None) -> set[float]:
    """The claim's figures as values, each bound or estimate read as the source's figure it
    admits, if there is one: compared as sets, "más de diez millones y medio" then meets
    10,554,320 instead of missing it. With the source's text, a span of time is read in days:
    "seis meses" meets "180 días". `source_figures`: the source's, where they were found before."""
    out = set()
    spans = None
    claimed = figures_in(text)
    exact = {f.value for f in claimed}
    folded_text = fold(text) if source is not None else ""
    for f in claimed:
        if f.value in stated:
            out.add(f.value)
            continue
        span = _days(folded_text, f) if source is not None else None
        if span is not None:
            days, unit = span
            if spans is None:
                folded = fold(source)
                spans = [(g.value, *d) for g in (figures_in(source) if source_figures is None else source_figures)
                         if (d := _days(folded, g)) is not None]
            # Only across units ("six months" and "180 days" are months of unequal length): in the
            # same unit the figure is the figure, and 107 years are not 106.
            same = next((v for v, d, u in spans if u != unit and abs(d - days) <= 0.03 * days), None)
            if same is not None:
                out.add(same)
                continue
        if f.bound:
            # Never a figure the claim gives for something else: "more than 100 of the 133 electors"
            # is not met by the 133.
            out.add(min((v for v in stated if f.allows(v) and v not in exact), key=lambda v: abs(v - f.value), default=f.value))
        elif f.percent and (rounded := _rounded_to(f.value, stated, exact)) is not None:
            out.add(rounded)  # "44.1%" for the count's 44.13 %: a percentage is given rounded
        else:
            out.add(f.value)
    return out


def _rounded_to(value: float, stated: frozenset[float] | set[float], exact: set[float]) -> float | None:
    """The source's figure that the claim's percentage rounds: to its own decimals, half a unit
    of the last one either way ("44.1" for 44.13; "44" for 44.13)."""
    decimals = next((d for d in range(3) if round(value, d) == value), None)
    if decimals is None:
        return None
    half = 0.5 / 10 ** decimals
    near = [v for v in stated if v not in exact and abs(v - value) < half and round(v, decimals) == value]
    return min(near, key=lambda v: abs(v - value)) if near else None


@lru_cache(maxsize=None)
def _data() -> dict:
    return data_file("numbers.toml")


@lru_cache(maxsize=None)
def number_words() -> tuple[dict[str, int], frozenset[str]]:
    data = _data()
    return {w: v for language in ("es", "en") for w, v in data[language].items()}, frozenset(data["ambiguous"]["words"])


@lru_cache(maxsize=None)
def quantity_words() -> frozenset[str]:
    """Number words, parts and multiples ("dos", "media", "half", "double"), folded."""
    data = _data()
    return frozenset(number_words()[0]) | frozenset(data["fractions"]["words"])


@lru_cache(maxsize=None)
def figure_keys() -> frozenset[str]:
    """Keys of the words that make up a figure: number words, scales and currencies."""
    data = _data()
    return frozenset(key(fold(w)) for w in (*data["es"], *data["en"], *data["figure_words"]["words"]))


def figure(value: float) -> str:
    """A value as a fact-checker writes it: 30,000,000,000 or 2.5."""
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"
