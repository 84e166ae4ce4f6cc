"""A misbehaving web server on 127.0.0.1 for the fetcher's fault and SSRF tests.

Each route is a function that gets the request handler and writes whatever it likes to the
socket, well-formed or not; every request the server sees is recorded, so tests can assert on
what actually reached it (how many times, with which headers). Anything that stalls or drips
waits on `stop`, which the fixture sets on teardown, and every loop is bounded.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

Route = Callable[["_Handler"], None]

HTML = b"<!doctype html><html><head><title>Readout</title></head><body><p>The Secretary spoke with the Minister.</p></body></html>"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, *args):  # keep pytest output clean
        return

    def do_GET(self):
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        with owner.lock:
            owner.requests.append(Seen("GET", path, {k.lower(): v for k, v in self.headers.items()}))
        route = owner.routes.get(path)
        self.close_connection = True
        try:
            if route is None:
                send(self, 404, b"not found", content_type="text/plain")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, socket.timeout, OSError):
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    owner: "FaultServer"

    def handle_error(self, request, client_address):  # a client hanging up is not a test failure
        return


class FaultServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self._httpd = _Server((host, port), _Handler)
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def route(self, path: str, handler: Route) -> str:
        self.routes[path] = handler
        return self.url(path)

    def seen(self, path: str | None = None) -> list[Seen]:
        with self.lock:
            return [r for r in self.requests if path is None or r.path == path]

    def hits(self, path: str | None = None) -> int:
        return len(self.seen(path))


# Building blocks for routes -------------------------------------------------------------------


def send(h: _Handler, status: int, body: bytes = b"", content_type: str | None = "text/html; charset=utf-8",
         headers: dict[str, str] | None = None, content_length: int | None = None) -> None:
    """A well-formed response (Content-Length defaults to the body's real length)."""
    h.send_response(status)
    if content_type:
        h.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(body) if content_length is None else content_length))
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(body)
    h.wfile.flush()


def respond(status: int = 200, body: bytes = HTML, content_type: str | None = "text/html; charset=utf-8",
            headers: dict[str, str] | None = None) -> Route:
    return lambda h: send(h, status, body, content_type, headers)


def sequence(*routes: Route) -> Route:
    """The n-th request gets the n-th route; the last one repeats."""
    count = {"n": 0}
    lock = threading.Lock()

    def route(h: _Handler) -> None:
        with lock:
            index = min(count["n"], len(routes) - 1)
            count["n"] += 1
        routes[index](h)

    return route


def raw(data: bytes) -> Route:
    """Exactly these bytes, then close."""
    def route(h: _Handler) -> None:
        h.wfile.write(data)
        h.wfile.flush()
    return route


def head(status: int = 200, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} Status"] + [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def stall(h: _Handler, seconds: float) -> None:
    h.server.owner.stop.wait(seconds)


def drip(prefix: bytes, unit: bytes, every: float = 0.2, limit: float = 20.0) -> Route:
    """Send `prefix`, then `unit` every `every` seconds until the client goes or `limit` passes."""
    def route(h: _Handler) -> None:
        h.wfile.write(prefix)
        h.wfile.flush()
        ends = time.monotonic() + limit
        while time.monotonic() < ends and not h.server.owner.stop.wait(every):
            h.wfile.write(unit)
            h.wfile.flush()
    return route


# Sockets that never get as far as HTTP ---------------------------------------------------------


def unused_port() -> int:
    """A port nothing listens on (bound, then released): connecting to it is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Unaccepting:
    """A listening socket whose accept queue is full: further connects time out (SYNs are dropped)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(0)
        self.port = self.sock.getsockname()[1]
        self.fillers: list[socket.socket] = []
        self.saturated = False  # a probe connect timed out: the next one will too
        for _ in range(8):
            filler = socket.socket()
            filler.settimeout(0.2)
            try:
                filler.connect(("127.0.0.1", self.port))
            except OSError:
                filler.close()
                self.saturated = True
                break
            self.fillers.append(filler)

    def __enter__(self) -> Unaccepting:
        return self

    def __exit__(self, *exc: object) -> None:
        for filler in self.fillers:
            filler.close()
        self.sock.close()
