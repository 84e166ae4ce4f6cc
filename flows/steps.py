"""The pipeline's steps as plain functions; `flows.verify` runs them as Prefect tasks.

Keeping the steps free of Prefect lets `claimcheck extract` start without importing it (close to
a second) and lets tests call a step directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx

from claimcheck.checks.matching import PreparedDocument, prepare
from claimcheck.checks.verdicts import check_claim
from claimcheck.extractors.article import ArticleError, article_from_bytes
from claimcheck.extractors.claims import extract_claims
from claimcheck.extractors.entities import EntityIndex
from claimcheck.models import Article, Claim, Document, SourceRecord, Verdict
from claimcheck.sources.discovery import Candidate, FeedRequest, candidate_for, rank_feed_items
from claimcheck.sources.documents import UnreadableSource, to_document
from claimcheck.sources.feeds import FeedError, parse_feed
from claimcheck.sources import syndication, wayback, x_posts
from claimcheck.sources.fetch import Fetcher

MAX_INPUT_BYTES = 20 * 1024 * 1024


@dataclass
class Fetched:
    candidate: Candidate
    record: SourceRecord
    document: Document | None
    problem: str | None  # why no document: fetch error, unreadable body


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def load_article(target: str, fetcher: Fetcher | None) -> Article:
    """The article behind TARGET (URL, .html or .txt file), or ArticleError with one clear line."""
    if is_url(target):
        if fetcher is None:
            raise ArticleError("a URL target needs the fetcher")
        record = fetcher.fetch(target, kind="article")
        if record.error or record.body is None:
            raise ArticleError(f"cannot fetch {target}: {record.error or 'empty response'}")
        return article_from_bytes(record.body, record.content_type, url=record.final_url or target, name=target)
    path = Path(target)
    if not path.exists():
        raise ArticleError(f"{target}: no such file, and not an http(s) URL")
    if path.is_dir():
        raise ArticleError(f"{target} is a folder, not an article file")
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise ArticleError(f"{target} is {path.stat().st_size:,} bytes; the limit is {MAX_INPUT_BYTES:,}")
    body = path.read_bytes()
    content_type = "text/html" if path.suffix.lower() in (".html", ".htm") else "text/plain" if path.suffix.lower() == ".txt" else None
    return article_from_bytes(body, content_type, url=None, name=target)


def extract(article: Article, index: EntityIndex) -> list[Claim]:
    return extract_claims(article, index)


def read_feed(fetcher: Fetcher, request: FeedRequest, index: EntityIndex) -> tuple[SourceRecord, list[Candidate]]:
    record = fetcher.fetch(request.url, kind="feed")
    if record.error or record.body is None:
        return record, []
    try:
        items = parse_feed(record.body)
    except FeedError as exc:
        record.error = f"unreadable feed: {exc}"
        return record, []
    return record, [
        candidate_for(item.link, f"feed {request.url} item {item.title[:80]!r}", request.kind)
        for item in rank_feed_items(items, request, index)
    ]


_NO_FALLBACK = ("blocked:", "invalid URL", "disallowed by robots")


def fetch_source(fetcher: Fetcher, candidate: Candidate, index: EntityIndex, near: datetime | None = None) -> Fetched:
    """Fetch and read one source. A post that oEmbed cannot show is tried through the syndication
    JSON; a page that is gone (404, 410, 5xx, no answer) through its newest web-archive capture
    (nearest to `near`). The live failure stays on the record that replaces it."""
    first = _read(candidate, fetcher.fetch(candidate.fetch_url, kind=candidate.kind), index)
    if first.document is not None:
        return first
    fallback: Fetched | None = None
    if candidate.kind == "x_post":
        parts = x_posts.post_parts(candidate.url)
        if parts:
            fallback = _read(candidate, fetcher.fetch(syndication.syndication_url(parts[1]), kind="x_post"), index)
    elif not (first.problem or "").startswith(_NO_FALLBACK):
        listing = fetcher.fetch(wayback.cdx_url(candidate.url), kind="cdx")
        capture = wayback.best_capture(wayback.parse_cdx(listing.body), near) if listing.body else None
        if capture is not None:
            fallback = _read(candidate, fetcher.fetch(wayback.replay_url(capture), kind=candidate.kind), index)
    if fallback is not None and fallback.document is not None:
        fallback.record.headers["x-claimcheck-fallback-from"] = first.problem or ""
        return fallback
    if fallback is not None:
        first.problem = f"{first.problem}; fallback: {fallback.problem}"
    return first


def _read(candidate: Candidate, record: SourceRecord, index: EntityIndex) -> Fetched:
    # The canonical URL is what is stored and shown; where it was read from is kept beside it.
    record.url = candidate.url
    if record.error or record.body is None:
        return Fetched(candidate, record, None, record.error or "empty response")
    try:
        return Fetched(candidate, record, to_document(record, index), None)
    except UnreadableSource as exc:
        return Fetched(candidate, record, None, str(exc))


def check(claims: list[Claim], documents: list[Document], index: EntityIndex) -> list[Verdict]:
    prepared: list[PreparedDocument] = [prepare(d, index) for d in documents]
    return [check_claim(c, prepared, index) for c in claims]


def host_of(url: str) -> str:
    try:
        return httpx.URL(url).host or ""
    except httpx.InvalidURL:
        return ""
