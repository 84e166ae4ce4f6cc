"""A small local web that stands in for the seed case's publishers, on 127.0.0.1.

It answers `/HOST/PATH?QUERY` from the files listed in `web/routes.toml`, with ETag and
Last-Modified so that re-checks exercise conditional requests, and the X oEmbed endpoint from
`web/publish.twitter.com/oembed/<status id>.json`. The demo and the end-to-end tests point
`--mirror HOST=http://127.0.0.1:PORT/HOST` at it; nothing in the pipeline knows it is local.
"""

from __future__ import annotations

import hashlib
import re
import threading
import tomllib
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

WEB = Path(str(resources.files("claimcheck.demo").joinpath("web")))
# Every host the seed's sources and their fallbacks live on, so the demo never leaves 127.0.0.1.
HOSTS = ("noticias.example", "www.state.gov", "publish.twitter.com", "rollcall.com", "www.whitehouse.gov",
         "cdn.syndication.twimg.com", "web.archive.org")
ARTICLE_URL = "https://noticias.example/internacional/2026/01/12/rubio-pide-mano-dura-a-mexico"
_LAST_MODIFIED = formatdate(1768200000, usegmt=True)  # fixed: the files stand for January 2026 pages


def _routes(web: Path) -> dict[str, tuple[Path, str]]:
    data = tomllib.loads((web / "routes.toml").read_text("utf-8"))
    return {key: (web / value["file"], value["type"]) for key, value in data["routes"].items()}


class _Handler(BaseHTTPRequestHandler):
    server_version = "claimcheck-demo/1"
    web: Path = WEB
    routes: dict[str, tuple[Path, str]] = {}

    def log_message(self, format: str, *args: object) -> None:  # quiet: the demo prints its own table
        return

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        key = parts.path.lstrip("/")
        if key.startswith("publish.twitter.com/oembed"):
            self._oembed(parse_qs(parts.query).get("url", [""])[0])
            return
        found = self.routes.get(key)
        if found is None or not found[0].is_file():
            self._send(404, b"not found", "text/plain")
            return
        self._send(200, found[0].read_bytes(), found[1])

    def _oembed(self, post_url: str) -> None:
        match = re.search(r"/status(?:es)?/(\d+)", post_url)
        path = self.web / "publish.twitter.com" / "oembed" / f"{match.group(1)}.json" if match else None
        if path is None or not path.is_file():
            self._send(404, b'{"error": "not found"}', "application/json")
            return
        self._send(200, path.read_bytes(), "application/json; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if status == 200:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", _LAST_MODIFIED)
        self.end_headers()
        self.wfile.write(body)


class DemoWeb:
    """The local web, started on a free port: `with DemoWeb() as web: web.mirrors`."""

    def __init__(self, web: Path = WEB) -> None:
        handler = type("Handler", (_Handler,), {"web": web, "routes": _routes(web)})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def mirrors(self) -> list[str]:
        return [f"{host}={self.base}/{host}" for host in HOSTS]

    def __enter__(self) -> DemoWeb:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
