"""The Internet Archive's Wayback Machine: the fallback for a primary source that is gone.

Official pages move and get taken down, sometimes soon after a claim cites them. If the live
URL fails, its archived captures are listed through the CDX API, one capture is chosen (the
one closest to the claim when its date is known), and that capture is replayed in its
original bytes. The adapters then read it as they would the live page.

These are pure functions over URLs and bodies: the fetcher does the network work, so every
archive request is recorded and mirrored like any other request.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import quote

WAYBACK_BASE = "https://web.archive.org"
CDX_ENDPOINT = f"{WAYBACK_BASE}/cdx/search/cdx"
WAYBACK_HOSTS = frozenset({"web.archive.org"})
_FIELDS = ("timestamp", "original", "statuscode", "digest")
_REPLAY = re.compile(r"^/web/(?P<ts>\d{14})(?:[a-z]{2}_)?/(?P<original>https?://.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Capture:
    timestamp: datetime  # aware, UTC: CDX timestamps are UTC wall-clock digits
    original: str  # the URL as the crawler fetched it (scheme and host may differ from the query)
    status: int | None  # None for revisits and other rows whose status is "-"
    digest: str  # SHA-1 of the body in base 32: equal digests mean the same bytes


def cdx_url(url: str, base: str = CDX_ENDPOINT) -> str:
    """The CDX query for the newest five successful captures of a URL.

    `limit=-5` counts from the end, so old captures of a busy page are not listed.
    `filter=statuscode:200` skips captures of redirects and of error pages.
    """
    return (f"{base}?url={quote(url, safe='')}&output=json&limit=-5"
            f"&filter=statuscode:200&fl={','.join(_FIELDS)}")


def parse_cdx(body: bytes | str | None) -> list[Capture]:
    """Captures from a CDX JSON answer, oldest first. Never raises.

    The first row names the columns, and they are read by name. `[]` means no captures. A
    body that is not a table gives an empty list, and so does a header without a timestamp
    or original column. A bad row is skipped. The archive's answer is evidence about a
    source, and a broken answer means there is no capture to use; it does not end the run.
    """
    try:
        rows = json.loads(body or b"")
    except (ValueError, TypeError):
        return []
    if not isinstance(rows, list) or not rows or not isinstance(rows[0], list):
        return []
    header = [str(h) for h in rows[0]]
    if "timestamp" not in header or "original" not in header:
        return []
    column = {name: header.index(name) for name in _FIELDS if name in header}
    captures: list[Capture] = []
    for row in rows[1:]:
        if not isinstance(row, list) or len(row) != len(header):
            continue
        when = _cdx_time(row[column["timestamp"]])
        original = row[column["original"]]
        if when is None or not isinstance(original, str) or not original.startswith(("http://", "https://")):
            continue
        status = str(row[column["statuscode"]]) if "statuscode" in column else ""
        digest = row[column["digest"]] if "digest" in column else ""
        captures.append(Capture(when, original, int(status) if status.isdigit() else None, str(digest or "")))
    return sorted(captures, key=lambda c: c.timestamp)


def best_capture(captures: list[Capture], near: datetime | None = None) -> Capture | None:
    """The successful capture closest to `near` (a claim's instant), or else the newest.

    Only status 200 counts: a capture of a redirect or an error page has no content to check.
    A tie goes to the later capture. A naive `near` is taken as UTC.
    """
    usable = [c for c in captures if c.status == 200]
    if not usable:
        return None
    if near is None:
        return max(usable, key=lambda c: c.timestamp)
    if near.tzinfo is None:
        near = near.replace(tzinfo=timezone.utc)
    return min(usable, key=lambda c: (abs((c.timestamp - near).total_seconds()), -c.timestamp.timestamp()))


def replay_url(capture: Capture, base: str = WAYBACK_BASE) -> str:
    """The capture's body as archived: `/web/<timestamp>id_/<original>`.

    The `id_` flag asks for the original bytes, with no archive toolbar and no rewritten
    links. The adapters then parse the page that was published.
    """
    return f"{base.rstrip('/')}/web/{capture.timestamp:%Y%m%d%H%M%S}id_/{capture.original}"


def replay_parts(url: str | None) -> tuple[datetime, str] | None:
    """(capture time, original URL) of a replay URL, or None for anything else.

    After a replay fetch, the adapters need the original URL: its host and path say which
    adapter reads the page, and the Document should name the source, not the archive.
    """
    if not url:
        return None
    match = re.match(r"^https?://(?P<host>[^/]+)(?P<rest>/.*)$", url)
    if not match or match.group("host").lower() not in WAYBACK_HOSTS:
        return None
    replay = _REPLAY.match(match.group("rest"))
    if not replay:
        return None
    when = _cdx_time(replay.group("ts"))
    return (when, replay.group("original")) if when else None


def _cdx_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{14}", value):
        return None
    try:
        return datetime.strptime(value, "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
