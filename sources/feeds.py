"""RSS 2.0 and Atom feeds, read into items with timezone-aware publication times."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

_ATOM = "{http://www.w3.org/2005/Atom}"
_DC = "{http://purl.org/dc/elements/1.1/}"


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str
    published: datetime | None
    description: str
    author: str | None = None
    category: str | None = None


class FeedError(ValueError):
    pass


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _text(el: ET.Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def parse_feed(body: bytes) -> list[FeedItem]:
    """Items of an RSS or Atom feed; a body that is neither raises FeedError."""
    if b"<!ENTITY" in body[:4096]:
        raise FeedError("feed declares entities; refused")  # entity expansion is never needed in a feed
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise FeedError(f"not a feed: {exc}") from None
    items: list[FeedItem] = []
    for item in root.iter("item"):
        items.append(FeedItem(
            title=_text(item.find("title")),
            link=_text(item.find("link")),
            published=_when(_text(item.find("pubDate")) or _text(item.find(f"{_DC}date"))),
            description=_text(item.find("description")),
            author=_text(item.find(f"{_DC}creator")) or None,
            category=_text(item.find("category")) or None,
        ))
    for entry in root.iter(f"{_ATOM}entry"):
        link = entry.find(f"{_ATOM}link")
        items.append(FeedItem(
            title=_text(entry.find(f"{_ATOM}title")),
            link=link.get("href", "") if link is not None else "",
            published=_when(_text(entry.find(f"{_ATOM}published")) or _text(entry.find(f"{_ATOM}updated"))),
            description=_text(entry.find(f"{_ATOM}summary")),
            author=_text(entry.find(f"{_ATOM}author/{_ATOM}name")) or None,
        ))
    if not items and root.tag not in ("rss", f"{_ATOM}feed") and root.find("channel") is None:
        raise FeedError("not an RSS or Atom feed")
    return items
