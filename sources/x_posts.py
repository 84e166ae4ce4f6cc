"""Posts on X, read through the public oEmbed endpoint.

The oEmbed card shows only a calendar date, in UTC. The status id is a snowflake that encodes
the instant the post was created, so where it decodes to a plausible time we keep the instant
(and the local date follows exactly); otherwise the date is kept as a UTC date only, and checks
allow the one-day difference that the author's time zone explains.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone
from urllib.parse import quote

import httpx
from bs4 import BeautifulSoup

from claimcheck.extractors.dates import parse_date
from claimcheck.extractors.language import detect_language
from claimcheck.models import Document, Entity, Passage

OEMBED_ENDPOINT = "https://publish.twitter.com/oembed"
_POST_HOSTS = frozenset({"twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com", "www.x.com"})
_STATUS = re.compile(r"^/(?P<handle>[A-Za-z0-9_]{1,15})/status(?:es)?/(?P<id>\d{5,25})")
_TWITTER_EPOCH_MS = 1288834974657


def post_parts(url: str) -> tuple[str, str] | None:
    """(handle, status id) of a post URL, or None for anything else."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return None
    if (parsed.host or "").lower() not in _POST_HOSTS:
        return None
    match = _STATUS.match(parsed.path)
    return (match.group("handle"), match.group("id")) if match else None


def oembed_url(post_url: str, endpoint: str = OEMBED_ENDPOINT) -> str:
    return f"{endpoint}?url={quote(post_url, safe='')}&omit_script=1&dnt=true"


def snowflake_time(status_id: str) -> datetime | None:
    """When a post was created, from its id; None for pre-snowflake or implausible ids."""
    offset_ms = int(status_id) >> 22
    # Ids from before November 2010 were sequential numbers: their high bits are not a time.
    if offset_ms < 86_400_000:
        return None
    when = datetime.fromtimestamp((offset_ms + _TWITTER_EPOCH_MS) / 1000, timezone.utc)
    if when > datetime.now(timezone.utc):
        return None
    return when


class PostUnavailable(ValueError):
    """The endpoint answered, but not with a post (tombstone, error object, empty body)."""


def parse_oembed(body: bytes, post_url: str, entities: list[Entity] | tuple[Entity, ...] = ()) -> Document:
    try:
        data = json.loads(body or b"")
    except ValueError:
        raise PostUnavailable("oEmbed answer is not JSON") from None
    if not isinstance(data, dict) or not data.get("html"):
        raise PostUnavailable(str(data.get("error", "no post in the oEmbed answer")) if isinstance(data, dict) else "empty oEmbed answer")
    soup = BeautifulSoup(data["html"], "html.parser")
    paragraph = soup.find("p")
    text = paragraph.get_text(" ", strip=True) if paragraph else ""
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    if not text:
        raise PostUnavailable("the post has no text")
    language = (paragraph.get("lang") if paragraph else None) or detect_language(text)
    anchors = soup.find_all("a")
    card_date = parse_date(anchors[-1].get_text(strip=True)) if anchors else None
    handle = (data.get("author_url") or "").rstrip("/").rsplit("/", 1)[-1]
    parts = post_parts(data.get("url") or post_url) or post_parts(post_url)
    published: datetime | date | None = snowflake_time(parts[1]) if parts else None
    utc_date_only = False
    if published is None and card_date and card_date.value:
        published, utc_date_only = date.fromisoformat(card_date.value), True
    return post_document(post_url, text, language, handle, f"{data.get('author_name', '')} (@{handle})",
                         published, entities, utc_date_only)


def post_document(post_url: str, text: str, language: str | None, handle: str, author_name: str | None,
                  published: datetime | date | None, entities: list[Entity] | tuple[Entity, ...],
                  utc_date_only: bool = False) -> Document:
    """A post as a Document, whichever endpoint it was read from: its author is the registry
    entity that owns the handle, so the post counts as that entity's own channel."""
    author = next((e for e in entities if handle and handle.lower() in (h.lower() for h in e.x_handles)), None)
    return Document(
        url=post_url,
        kind="x_post",
        language=language if language in ("es", "en") else detect_language(text),
        passages=[Passage(text=text, speaker=author.id if author else None)],
        title=None,
        publisher=author.id if author else None,
        author=author.id if author else None,
        author_name=author_name,
        published_at=published,
        published_utc_date_only=utc_date_only,
        timezone=author.timezone if author else None,
    )
