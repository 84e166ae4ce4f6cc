"""Plain data passed between the pipeline's steps.

Every step takes and returns these dataclasses and nothing else, so extractors and checks stay
pure functions that can be tested (and benchmarked) without a network, a database or Prefect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

ClaimKind = Literal["quote", "statement", "event"]
VerdictLabel = Literal["confirmed", "contradicted", "unverified"]
FacetResult = Literal["match", "mismatch", "missing"]
Authority = Literal["primary", "official", "secondary"]
DatePrecision = Literal["day", "month", "approximate"]


@dataclass(frozen=True)
class Feed:
    url: str
    kind: str  # what its items are: "readout", "press_release", "transcript", ...


@dataclass(frozen=True)
class Entity:
    """A speaker or body that claims are attributed to, with the channels that speak for it.

    `aliases` name the entity outright ("Marco Rubio", "el secretario de Estado"); `descriptors`
    are generic phrases ("la dependencia", "the secretary") that only resolve to the entity when
    it is the most recently mentioned one that lists them.
    """

    id: str
    name: str
    kind: str  # person | body | government
    aliases: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()
    parent: str | None = None  # the body this person or office belongs to
    x_handles: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    feeds: tuple[Feed, ...] = ()
    timezone: str | None = None


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    kind: str = "link"  # "link" (anchor in the body) or "embed" (an embedded post)


@dataclass
class Article:
    text: str
    language: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published_at: date | None = None
    links: list[Link] = field(default_factory=list)


@dataclass
class Claim:
    """One attributed, checkable claim, anchored to its span in `Article.text`.

    `content` is the proposition itself without the attribution ("que el intercambio se dio
    bajo ..."), which is what checks compare with a source; `text` is the whole span.
    """

    id: str
    kind: ClaimKind
    text: str
    span: tuple[int, int]
    language: str
    content: str = ""
    speaker: str | None = None  # entity id, or the name as written when no entity matches
    speaker_name: str | None = None
    quote: str | None = None
    date: str | None = None  # ISO day ("2026-01-11") or month ("2026-01")
    date_precision: DatePrecision | None = None
    channel: str | None = None  # "x", "readout", "phone_call", "interview", ...
    event_type: str | None = None  # "call", "meeting", "post", ...
    participants: list[str] = field(default_factory=list)  # entity ids
    confirmed_by: str | None = None  # entity id of a body said to have confirmed the event
    absence: bool = False  # "no se mencionaron plazos": a claim that something was not said


@dataclass
class Passage:
    text: str
    speaker: str | None = None  # for transcripts: who said this turn (entity id or label)


@dataclass
class Document:
    """A primary or secondary source as an adapter read it from an archived snapshot."""

    url: str
    kind: str  # "x_post", "readout", "press_release", "transcript", "web_page"
    language: str
    passages: list[Passage]
    title: str | None = None
    publisher: str | None = None  # entity id of the body that published it
    author: str | None = None  # entity id of the account or office it speaks for
    author_name: str | None = None
    published_at: datetime | date | None = None
    # Where the publication instant is known only as a UTC calendar date (an X oEmbed card),
    # the local date of the publisher is that date or the day next to it: checks need to know.
    published_utc_date_only: bool = False
    timezone: str | None = None  # the publisher's local time zone, for "today" and dates
    verbatim: bool = False  # a transcript of the speakers' own words

    @property
    def full_text(self) -> str:
        return "\n".join(p.text for p in self.passages)


@dataclass
class Evidence:
    url: str
    passage: str
    score: float
    facet: str


@dataclass
class Facet:
    facet: str  # quote | date | participants | channel | numbers | content | author
    result: FacetResult
    score: float
    note: str
    evidence: Evidence | None = None
    translated: bool = False


@dataclass
class Verdict:
    claim_id: str
    verdict: VerdictLabel
    confidence: float
    rationale: str
    evidence: list[Evidence] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)


@dataclass
class SourceRecord:
    """What happened when one source URL was fetched: recorded even when it failed."""

    url: str
    kind: str
    status: int | None = None
    sha256: str | None = None
    error: str | None = None
    fetched_from: str | None = None
    final_url: str | None = None
    content_type: str | None = None
    fetched_at: datetime | None = None
    body: bytes | None = field(default=None, repr=False)
    headers: dict[str, str] = field(default_factory=dict)
    warc_file: str | None = None
    warc_offset: int | None = None
