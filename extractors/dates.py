"""Dates as written in news copy, resolved against the article's publication date.

One compiled pattern per language finds every date expression in a single pass; per-token
parsing (dateparser and the like) is far too slow for hundreds of articles a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from claimcheck.extractors.lexicon import dates_data
from claimcheck.extractors.normalize import fold, trie_pattern


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None  # ISO day or month; None when it cannot be resolved (no publication date)
    precision: str  # day | month | approximate


@dataclass(frozen=True)
class _Tables:
    pattern: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str]]


@lru_cache(maxsize=None)
def _tables() -> _Tables:
    data = dates_data()
    months: dict[str, int] = {}
    for key in ("es", "en", "en_abbr"):
        for i, name in enumerate(data["months"][key], start=1):
            months[fold(name)] = i
    months.update({fold(k): v for k, v in data["months"].get("es_alt", {}).items()})
    weekdays = {}
    for key in ("es", "en"):
        for i, name in enumerate(data["weekdays"][key]):
            weekdays[fold(name)] = i
    relative = {fold(k): (v[0], v[1]) for k, v in data["relative"].items()}
    # Prefix trees, not flat alternations: the pattern is tried at every position of every article.
    month_re = trie_pattern(months)
    weekday_re = trie_pattern(weekdays)
    relative_re = trie_pattern(relative)
    pattern = re.compile(
        rf"""(?<![0-9a-z])(?:
        (?P<d1>\d{{1,2}})\s+de\s+(?P<m1>{month_re})(?:\s+(?:de(?:l)?\s+)?(?P<y1>\d{{4}}))?      # 11 de enero de 2026
      | (?P<m2>{month_re})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?(?![0-9])  # January 11, 2026
      | (?P<d3>\d{{1,2}})\s+(?P<m3>{month_re})\.?,?\s+(?P<y3>\d{{4}})                         # 11 January 2026
      | (?P<d6>\d{{1,2}})\s+(?P<m6>{month_re})\.?(?![0-9a-z])(?<!may)(?<!may\.)                 # 22 February (not "5 may")
      | (?:en\s+|in\s+|de\s+)(?P<m4>{month_re})(?:\s+(?:de(?:l)?\s+)?(?P<y4>\d{{4}}))?(?![0-9a-z])  # en febrero (de 2025)
      | (?P<m5>{month_re})\s+(?:de(?:l)?\s+)?(?P<y5>\d{{4}})                                   # enero de 2026
      | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})
      | (?<!santo\s)(?:el\s+(?:pasado\s+)?|este\s+|on\s+|last\s+|this\s+(?:past\s+)?)?(?P<wd>{weekday_re})  # not Santo Domingo
        (?:,?\s+(?P<wdd3>\d{{1,2}})\s+(?:de\s+)?(?P<wdm3>{month_re})\.?(?:,?\s+(?:de(?:l)?\s+)?(?P<wdy3>\d{{4}}))?  # el lunes 14 de abril, Domingo, 19 de octubre
          |\s+(?P<wdd>\d{{1,2}})  # el jueves 8
          |,?\s+(?P<wdm2>{month_re})\.?\s+(?P<wdd2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<wdy2>\d{{4}}))?(?![0-9])  # Monday, April 14
        )?
      | (?P<rel>{relative_re})
        )(?![0-9a-z])""",
        re.VERBOSE,
    )
    return _Tables(pattern, months, weekdays, relative)


def _year_for(month: int, published: date | None) -> int | None:
    if published is None:
        return None
    # News reports the recent past: a month after the publication month is last year's.
    return published.year - 1 if month > published.month + 1 else published.year


def find_dates(folded: str, published: date | None) -> list[DateMention]:
    """Every date expression in the folded text, resolved where the publication date allows."""
    t = _tables()
    found: list[DateMention] = []
    for m in t.pattern.finditer(folded):
        g = m.groupdict()
        start, end = m.span()
        try:
            found.append(DateMention(start, end, *_resolve(g, t, published)))
        except ValueError:  # "31 de febrero": not a date
            continue
    return found


def _resolve(g: dict[str, str | None], t: _Tables, published: date | None) -> tuple[str | None, str]:
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d6", "m6", None)):
        if g[mo] is not None and g[d] is not None:
            month = t.months[g[mo]]
            year = int(g[y]) if y and g[y] else _year_for(month, published)
            if year is None:
                return None, "day"
            return date(year, month, int(g[d])).isoformat(), "day"
    for mo, y in (("m4", "y4"), ("m5", "y5")):
        if g[mo] is not None:
            month = t.months[g[mo]]
            year = int(g[y]) if g[y] else _year_for(month, published)
            return (f"{year:04d}-{month:02d}" if year else None), "month"
    if g["iso"]:
        return date.fromisoformat(g["iso"]).isoformat(), "day"
    if g["wd"] is not None:
        # "el lunes 14 de abril", "Monday, April 14": the weekday only names the date given.
        for d, mo, y in (("wdd3", "wdm3", "wdy3"), ("wdd2", "wdm2", "wdy2")):
            if g[mo] is not None:
                month = t.months[g[mo]]
                year = int(g[y]) if g[y] else _year_for(month, published)
                return (date(year, month, int(g[d])).isoformat() if year else None), "day"
        if published is None:
            return None, "day"
        if g["wdd"]:  # "el jueves 8": the day of the month settles it
            day = int(g["wdd"])
            candidate = published.replace(day=day) if day <= published.day else None
            if candidate is None:
                first = published.replace(day=1) - timedelta(days=1)
                candidate = first.replace(day=min(day, first.day))
            return candidate.isoformat(), "day"
        back = (published.weekday() - t.weekdays[g["wd"]]) % 7
        return (published - timedelta(days=back)).isoformat(), "day"
    offset, precision = t.relative[" ".join(g["rel"].split())]
    if published is None:
        return None, precision
    if precision == "month":  # "earlier this month", "el mes pasado": the offset counts months
        index = published.year * 12 + published.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return (published + timedelta(days=offset)).isoformat(), precision


def parse_date(text: str, published: date | None = None) -> DateMention | None:
    """The first date in a short string (a byline, a dateline, a feed's pubDate in words)."""
    found = find_dates(fold(text), published)
    return found[0] if found else None
