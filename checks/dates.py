"""The date facet, compared in the event's local time.

A source dated in UTC can fall a day after the local date it reports ("hoy" in a post sent at
20:00 in Mexico City is already tomorrow in UTC). A one-day difference is accepted only where
the publisher's time zone explains it; any other difference is a mismatch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from claimcheck.checks.matching import PreparedPassage
from claimcheck.checks.notes import Note
from claimcheck.checks.text import data_file
from claimcheck.extractors.dates import find_dates
from claimcheck.extractors.normalize import fold
from claimcheck.extractors.sentences import split_sentences
from claimcheck.models import Document



@dataclass(frozen=True)
class SourceDate:
    days: tuple[date, ...]  # the local dates the source can mean (two where only a UTC date is known)
    how: str  # "explicit" (a date in the text), "today" (publication date), "utc-date" (tz-explained), "posted"
    phrase: str
    # Days it may also mean but cannot confirm: a post that says "we spoke" without a date was
    # written that day or the morning after.
    uncertain: tuple[date, ...] = ()


def local_publication_dates(doc: Document) -> tuple[tuple[date, ...], str]:
    published = doc.published_at
    if published is None:
        return (), ""
    zone = _zone(doc.timezone)
    if isinstance(published, datetime):
        if published.tzinfo is None or zone is None:
            return (published.date(),), "local"
        return (published.astimezone(zone).date(),), "local"
    if doc.published_utc_date_only:
        if zone is None:
            return (published - timedelta(days=1), published, published + timedelta(days=1)), "utc-date"
        offset = datetime.combine(published, datetime.min.time(), zone).utcoffset() or timedelta(0)
        other = published - timedelta(days=1) if offset < timedelta(0) else published + timedelta(days=1)
        return tuple(sorted({published, other})), "utc-date"
    return (published,), "local"


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def source_date(doc: Document, passage: PreparedPassage, ignore: frozenset[str] = frozenset(),
                said: bool = False) -> SourceDate | None:
    """The date a passage gives its event: written out, or "today" meaning its publication day.
    Dates in `ignore` are the claim's content (the day a tariff starts), not the event's. `said`:
    the event is the passage's own saying, which a day of something else it names never dates
    ("no reconocen … el proceso electoral desarrollado en Venezuela que concluyó el pasado 20 de
    mayo")."""
    days, how = local_publication_dates(doc)
    reference = days[-1] if days else None
    text = fold(passage.text)
    folded = " " + " ".join(re.findall(r"[a-z]+", text)) + " "
    today, this_week = _relative_phrases()
    said_today = bool(days) and any(f" {p} " in folded for p in today)
    for found in find_dates(text, reference):
        if found.value in ignore:
            continue
        if said_today and _BACKGROUND_DATE.search(text, max(0, found.start - 45), found.start):
            continue  # "since the attack of 7 October, the Ministry today summoned…": today is the event's day
        if said and _OTHER_EVENT_DATE.search(text, max(0, found.start - 45), found.start):
            continue  # "no reconocen … el proceso electoral … que concluyó el 20 de mayo": the election's day
        if said and not _says(passage.text, found.start) and not _DATELINE.match(passage.text[:found.start]):
            continue  # "… have agreed to postpone the visit. The two leaders spoke by telephone on Monday.": the call's day
        if found.value and found.precision == "day" and found.end - found.start > 3:
            return SourceDate((date.fromisoformat(found.value),), "explicit", passage.text[found.start:found.end])
    if said_today:
        return SourceDate(days, "today" if how == "local" else how, "today")
    if days and any(f" {p} " in folded for p in this_week):
        last = days[-1]
        week = tuple(last - timedelta(days=n) for n in range(last.weekday(), -1, -1))
        return SourceDate((), "week", "this week", week)
    return None


_DATELINE = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][\w .'’-]{0,40},\s*$")  # "Managua, " before "8 de noviembre de 2021."


def _says(text: str, at: int) -> bool:
    """The sentence around `at` tells a saying (a verb of saying or announcing), or is the
    passage's only sentence: a day in another sentence of a release dates what that sentence
    tells, not the release's words."""
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return True
    start, end = next(((a, b) for a, b in reversed(sentences) if a <= at), sentences[0])
    # Whole words: "State Visit" shares its key with "stated".
    return not _saying_words().isdisjoint(re.findall(r"[a-z]+", fold(text[start:end])))


@lru_cache(maxsize=None)
def _saying_words() -> frozenset[str]:
    words = data_file("event_words.toml")
    return frozenset(words["saying"]) - frozenset(words["saying_fragments"])


# Before a day a passage that acts "today" also names: a day of something else ("since the attack of
# 7 October", "la decisión anunciada ayer por el presidente", "la decisión anunciada en el Congreso
# el miércoles 22 de mayo"): a participle may stand a few words before it, within the clause.
_BACKGROUND_DATE = re.compile(r"(?<![0-9a-z])(?:(?:since|desde|of|del|de)\s+(?:the\s+|el\s+)?"
                              r"|[a-z]{3,}(?:ada|ado|adas|ados|ida|ido|idas|idos|ed)(?:\s+[^\s,;.:]+){0,5}\s+)$")
# Before a day a release gives something it speaks of, not its own saying: "since 7 October", "el
# proceso electoral … que concluyó el 20 de mayo". Not a participle, as above ("ha anunciado este
# martes" is the saying itself), nor "of"/"de" ("informó en la noche del sábado").
_OTHER_EVENT_DATE = re.compile(r"(?<![0-9a-z])(?:(?:since|desde)\s+(?:the\s+|el\s+)?"
                               r"|(?:que|which|that)\s+[a-z]{3,}\s+(?:(?:el|on|the)\s+)?(?:(?:pasado|past)\s+)?)$")


def continues(norm: str) -> bool:
    """The passage goes on with the occasion the one before it told (see source_dates.toml)."""
    return any(f" {w} " in norm for w in _source_words("continuing"))


def said_here(norm: str) -> bool:
    """The passage says it is happening "here" or "now", at the occasion (see source_dates.toml)."""
    return any(f" {w} " in norm for w in _source_words("here"))


@lru_cache(maxsize=None)
def _source_words(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in data_file("source_dates.toml")[name])

@lru_cache(maxsize=None)
def _relative_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = data_file("source_dates.toml")
    return tuple(fold(p) for p in data["today"]), tuple(fold(p) for p in data["this_week"])


def publication_date(doc: Document) -> SourceDate | None:
    """When a dated statement was made: a post or a release is itself the statement."""
    days, how = local_publication_dates(doc)
    return SourceDate(days, "published" if how == "local" else how, "published") if days else None


def posted_date(doc: Document) -> SourceDate | None:
    """An undated report in a post or a readout: the day it went out, or the day before."""
    found = publication_date(doc)
    if found is None:
        return None
    return SourceDate(found.days, "posted", "posted", tuple(d - timedelta(days=1) for d in found.days))


def compare(claimed: str, precision: str | None, source: SourceDate) -> tuple[str, Note]:
    """("match" | "mismatch" | "missing", note) for a claimed ISO date against what a source says;
    "missing" where the source allows the date but cannot confirm it."""
    if precision == "month":
        months = {d.isoformat()[:7] for d in source.days}
        maybe = {d.isoformat()[:7] for d in source.uncertain}
        if claimed[:7] in months or (not months and maybe == {claimed[:7]}):
            return "match", Note.of("date_same_month", month=claimed[:7])
        if claimed[:7] in maybe:
            return "missing", Note.of("date_month_undecided", month=claimed[:7])
        return "mismatch", Note.of("date_other_month", month=sorted(months or maybe)[0])
    if precision not in (None, "day"):
        return "match", Note.of("date_approximate")
    want = date.fromisoformat(claimed)
    if want in source.uncertain and want not in source.days:
        published = (source.days or source.uncertain)[-1].isoformat()
        return "missing", Note.of("date_undecided", published=published, date=claimed)
    if want in source.days:
        if source.how == "utc-date" and len(source.days) > 1:
            return "match", Note.of("date_utc", date=want.isoformat())
        return "match", Note.of("date_same_day", date=want.isoformat())
    if not source.days:
        return "mismatch", Note.of("date_other_week", first=source.uncertain[0].isoformat(), last=source.uncertain[-1].isoformat())
    return "mismatch", Note.of("date_other_day", dates=" / ".join(d.isoformat() for d in source.days))
