"""The fallbacks wired into fetch_source, over real HTTP on 127.0.0.1: a page that is gone is read
from its web-archive capture, a post oEmbed cannot show is read from the syndication JSON."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from claimcheck.demo.server import WEB
from claimcheck.flows.steps import fetch_source
from claimcheck.sources.discovery import candidate_for
from claimcheck.sources.fetch import Fetcher, FetchSettings, parse_mirrors

GONE = "https://www.state.gov/releases/office-of-the-spokesperson/2026/01/gone-readout"
README = (WEB / "www.state.gov" / "releases" / "secretary-rubios-call-with-mexican-foreign-secretary-de-la-fuente.html").read_bytes()
POST = "https://twitter.com/SRE_mx/status/2010535859081868498"


class _Web(BaseHTTPRequestHandler):
    seen: list[str] = []

    def log_message(self, *args):
        return

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.seen.append(self.path)
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        if parts.path == "/web.archive.org/cdx/search/cdx" and query.get("url") == [GONE]:
            rows = [["timestamp", "original", "statuscode", "digest"], ["20260112040000", GONE, "200", "ABC"]]
            self._send(200, json.dumps(rows).encode(), "application/json")
        elif parts.path == f"/web.archive.org/web/20260112040000id_/{GONE}":
            self._send(200, README, "text/html; charset=utf-8")
        elif parts.path == "/cdn.syndication.twimg.com/tweet-result" and query.get("id") == ["2010535859081868498"]:
            body = {"__typename": "Tweet", "id_str": "2010535859081868498", "lang": "es",
                    "text": "Hoy el canciller sostuvo una llamada con el secretario de Estado Marco Rubio.",
                    "created_at": "2026-01-12T02:14:37.000Z", "user": {"screen_name": "SRE_mx", "name": "SRE México"}}
            self._send(200, json.dumps(body).encode(), "application/json")
        else:
            self._send(404, b"not found", "text/plain")


@pytest.fixture(scope="module")
def base():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Web)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _fetcher(base: str) -> Fetcher:
    hosts = ("www.state.gov", "web.archive.org", "publish.twitter.com", "cdn.syndication.twimg.com")
    return Fetcher(FetchSettings(allow_hosts=frozenset({"127.0.0.1"}), respect_robots=False,
                                 mirrors=parse_mirrors([f"{h}={base}/{h}" for h in hosts])))


def test_a_gone_page_is_read_from_its_archived_capture(base, index):
    with _fetcher(base) as fetcher:
        fetched = fetch_source(fetcher, candidate_for(GONE, "test"), index, datetime(2026, 1, 12, tzinfo=timezone.utc))
    assert fetched.document is not None and fetched.problem is None
    assert fetched.record.url == GONE and fetched.document.url == GONE  # the canonical page, not the archive's URL
    assert fetched.record.headers["x-claimcheck-fallback-from"] == "HTTP 404"
    assert any("tangible results" in p.text for p in fetched.document.passages)


def test_a_post_oembed_cannot_show_is_read_from_the_syndication_json(base, index):
    with _fetcher(base) as fetcher:
        fetched = fetch_source(fetcher, candidate_for(POST, "test"), index)
    assert fetched.document is not None and fetched.document.author == "sre"
    assert fetched.document.published_at == datetime(2026, 1, 12, 2, 14, 37, tzinfo=timezone.utc)
    assert fetched.record.headers["x-claimcheck-fallback-from"] == "HTTP 404"


def test_a_blocked_source_gets_no_fallback(base, index):
    _Web.seen.clear()
    with Fetcher(FetchSettings(respect_robots=False, mirrors=parse_mirrors([f"www.state.gov={base}/www.state.gov"]))) as fetcher:
        fetched = fetch_source(fetcher, candidate_for(GONE, "test"), index)
    assert fetched.document is None and fetched.problem.startswith("blocked")
    assert _Web.seen == []  # neither the page nor any archive was asked
