"""Polite, guarded fetching: every outcome, including failure, comes back as a SourceRecord.

A source that is down, moved or gone is a fact about the source, recorded for the fact-checker,
not an exception that ends the run; only a blocked URL (the SSRF guard) is reported as such.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
import urllib.robotparser
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httpx

from claimcheck.models import SourceRecord
from claimcheck.sources.archive import Archive
from claimcheck.sources.guard import BlockedURL, GuardedTransport, Policy, deadline, normalise_host

USER_AGENT = "claimcheck/0.1 (fact-checking; respects robots.txt)"
ALLOWED_TYPES = (
    "text/html", "application/xhtml+xml", "application/json", "application/rss+xml", "application/atom+xml",
    "application/xml", "text/xml", "text/plain",
)


def parse_mirrors(values: list[str] | tuple[str, ...]) -> dict[str, str]:
    """HOST=BASE pairs (flags or CLAIMCHECK_MIRRORS) into a host -> base map."""
    mirrors: dict[str, str] = {}
    for value in values:
        for item in value.split(","):
            if not item.strip():
                continue
            host, sep, base = item.partition("=")
            if not sep or not host.strip() or not base.strip().startswith(("http://", "https://")):
                raise ValueError(f"--mirror takes HOST=BASE with an http(s) BASE, not {item!r}")
            mirrors[normalise_host(host.strip())] = base.strip().rstrip("/")
    return mirrors


def hosts_from_env() -> list[str]:
    return [h for h in os.environ.get("CLAIMCHECK_ALLOW_HOSTS", "").split(",") if h.strip()]


def mirrors_from_env() -> list[str]:
    value = os.environ.get("CLAIMCHECK_MIRRORS", "")
    return [value] if value.strip() else []


@dataclass
class FetchSettings:
    allow_hosts: frozenset[str] = frozenset()
    mirrors: dict[str, str] = field(default_factory=dict)
    timeout: float = 10.0
    deadline: float = 30.0  # whole fetch, retries and redirects included: a slow drip cannot run forever
    max_bytes: int = 8 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    max_retry_after: float = 10.0
    per_host_interval: float = 0.0  # seconds between requests to one host
    per_host_concurrency: int = 2  # requests in flight to one host at a time
    respect_robots: bool = True


class Fetcher:
    def __init__(self, settings: FetchSettings, archive: Archive | None = None) -> None:
        self.settings = settings
        self.policy = Policy(frozenset(normalise_host(h) for h in settings.allow_hosts))
        self.archive = archive
        self.client = httpx.Client(
            transport=GuardedTransport(self.policy),
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would sidestep the address check
            timeout=httpx.Timeout(settings.timeout),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )
        self._robots: dict[str, tuple[float, urllib.robotparser.RobotFileParser | None, bool]] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._host_slots: dict[str, threading.BoundedSemaphore] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def physical_url(self, url: httpx.URL) -> httpx.URL:
        """Where a canonical URL is actually fetched from, after --mirror."""
        base = self.settings.mirrors.get(normalise_host(url.host))
        if not base:
            return url
        target = base + url.raw_path.decode("ascii")
        return httpx.URL(target)

    def fetch(self, url: str, kind: str = "page", etag: str | None = None, last_modified: str | None = None) -> SourceRecord:
        record = SourceRecord(url=url, kind=kind, fetched_at=datetime.now(timezone.utc))
        started = time.monotonic()
        try:
            canonical = httpx.URL(url)
            self.policy.check_url(canonical)
            with deadline(started + self.settings.deadline):
                if self.settings.respect_robots and not self._robots_allows(canonical, started):
                    record.error = "disallowed by robots.txt"
                    return record
                self._get(canonical, record, started, etag, last_modified)
        except BlockedURL as exc:
            _failed(record, f"blocked: {exc}", keep_headers=False)  # nothing from a refused hop is kept
        except _Failed as exc:
            _failed(record, str(exc))
        except (httpx.InvalidURL, ValueError) as exc:
            _failed(record, f"invalid URL: {exc}")
        except (_Deadline, httpx.TimeoutException) as exc:
            passed = isinstance(exc, _Deadline) or time.monotonic() - started >= self.settings.deadline
            _failed(record, f"gave up after {self.settings.deadline:.0f} s (overall deadline)" if passed else "timed out")
        except httpx.HTTPError as exc:
            _failed(record, f"network error: {exc}")
        if self.archive is not None and record.status is not None and record.error is None:
            self.archive.store(record)
        return record

    def _get(self, canonical: httpx.URL, record: SourceRecord, started: float, etag: str | None, last_modified: str | None) -> None:
        current = canonical
        chain: list[str] = []
        for _hop in range(self.settings.max_redirects + 1):
            physical = self._checked_physical(current)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            status, response_headers, body = self._request_with_retries(physical, headers, started)
            record.status = status
            record.headers = response_headers
            record.fetched_from = str(physical)
            record.final_url = str(current)
            target = self._next_hop(current, status, response_headers)
            if target is not None:
                chain.append(str(current))
                current = target
                continue
            record.headers["x-claimcheck-redirects"] = " ".join(chain)
            if status == 304:
                record.error = None
                record.body = None
                return
            content_type = response_headers.get("content-type", "").split(";")[0].strip().lower()
            record.content_type = response_headers.get("content-type")
            if status >= 400:
                record.error = f"HTTP {status}"
                return
            if body is not None and content_type and not content_type.startswith(ALLOWED_TYPES):
                record.error = f"unexpected content type {content_type}"
                return
            record.body = body
            record.sha256 = hashlib.sha256(body or b"").hexdigest()
            return
        record.error = f"more than {self.settings.max_redirects} redirects"

    def _request_with_retries(self, url: httpx.URL, headers: dict[str, str], started: float) -> tuple[int, dict[str, str], bytes | None]:
        attempt = 0
        while True:
            self._pace(url.host)
            try:
                status, response_headers, body = self._request_once(url, headers, started)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.RemoteProtocolError):
                if attempt >= self.settings.retries:
                    raise
                self._sleep(self._backoff(attempt), started)
                attempt += 1
                continue
            if status in (429, 500, 502, 503, 504) and attempt < self.settings.retries:
                self._sleep(self._retry_after(response_headers.get("retry-after"), attempt), started)
                attempt += 1
                continue
            return status, response_headers, body

    def _request_once(self, url: httpx.URL, headers: dict[str, str], started: float,
                      limit: int | None = None, truncate: bool = False) -> tuple[int, dict[str, str], bytes | None]:
        """One GET. The body is decoded here, not by httpx, so that the size cap holds on the
        inflated bytes as they come (a gzip bomb stops at the cap, not after a network read has
        inflated) and a compressed body cut off early is an error, not a short success."""
        limit = limit or self.settings.max_bytes
        with self._lock:
            slot = self._host_slots.setdefault(url.host, threading.BoundedSemaphore(self.settings.per_host_concurrency))
        with slot, self.client.stream("GET", url, headers=headers) as response:
            decoder = _Decoder(response.headers.get("content-encoding", ""), limit, truncate)
            declared = response.headers.get("content-length")
            if not truncate and declared and declared.isdigit() and int(declared) > limit:
                raise _Failed(f"body of {int(declared):,} bytes exceeds the {limit:,}-byte cap")
            for chunk in response.iter_raw():
                if decoder.feed(chunk):
                    break  # truncating reader (robots.txt) has what it needs
                if time.monotonic() - started > self.settings.deadline:
                    raise _Deadline()
            body = decoder.finish()
            return response.status_code, {k.lower(): v for k, v in response.headers.items()}, body

    def _backoff(self, attempt: int) -> float:
        return min(0.5 * (2**attempt), self.settings.max_retry_after)

    def _retry_after(self, value: str | None, attempt: int) -> float:
        if value:
            if value.strip().isdigit():
                return min(float(value), self.settings.max_retry_after)
            try:
                when = parsedate_to_datetime(value)
                return max(0.0, min((when - datetime.now(timezone.utc)).total_seconds(), self.settings.max_retry_after))
            except (TypeError, ValueError):
                pass
        return self._backoff(attempt)

    def _sleep(self, seconds: float, started: float) -> None:
        if time.monotonic() + seconds - started > self.settings.deadline:
            raise _Deadline()
        time.sleep(seconds)

    def _pace(self, host: str) -> None:
        if self.settings.per_host_interval <= 0:
            return
        with self._lock:
            lock = self._host_locks.setdefault(host, threading.Lock())
        with lock:
            wait = self._last_request.get(host, 0.0) + self.settings.per_host_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last_request[host] = time.monotonic()

    def _robots_allows(self, url: httpx.URL, started: float) -> bool:
        """RFC 9309: a 4xx robots.txt allows everything; 5xx or no answer disallows."""
        key = f"{url.scheme}://{url.host}:{url.port or ''}"
        cached = self._robots.get(key)
        if cached is None or time.monotonic() - cached[0] > 86400:
            robots_url = url.copy_with(path="/robots.txt", query=None, fragment=None)
            parser: urllib.robotparser.RobotFileParser | None = None
            allow_all = False
            failed = False
            try:
                status, body = self._robots_body(robots_url, started)
                if 400 <= status < 500:
                    allow_all = True
                elif status < 300 and body is not None:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(body.decode("utf-8", "replace").splitlines())
                else:
                    failed = True
            except (httpx.HTTPError, _Deadline, _Failed):
                failed = True  # a BlockedURL goes up: the host itself is refused, say so
            # An unreachable robots.txt disallows (RFC 9309), but only for a minute: one passing
            # error must not keep a host closed for the day a good answer is cached.
            cached = (time.monotonic() - (86400 - 60 if failed else 0), parser, allow_all)
            self._robots[key] = cached
        _, parser, allow_all = cached
        if allow_all:
            return True
        if parser is None:
            return False
        return parser.can_fetch(USER_AGENT, str(url))


    def _robots_body(self, robots_url: httpx.URL, started: float) -> tuple[int, bytes | None]:
        """robots.txt, following up to five redirects (RFC 9309 2.3.1.2), its first 500 KiB only."""
        current = robots_url
        for _ in range(6):
            status, headers, body = self._request_once(self._checked_physical(current), {}, started,
                                                       limit=ROBOTS_LIMIT, truncate=True)
            target = self._next_hop(current, status, headers)
            if target is None:
                return status, body
            current = target
        return 500, None

    def _checked_physical(self, url: httpx.URL) -> httpx.URL:
        """Where a canonical URL is read from (after --mirror), refused unless the policy allows it."""
        physical = self.physical_url(url)
        self.policy.check_url(physical)
        return physical

    def _next_hop(self, current: httpx.URL, status: int, headers: dict[str, str]) -> httpx.URL | None:
        """Where a redirect leads, checked against the policy before it is followed; None when the
        response is no redirect. A relative redirect from a mirror stays on the canonical host it
        stands for. Every hop of every fetch (pages and robots.txt alike) goes through here."""
        if status not in _REDIRECTS or "location" not in headers:
            return None
        location = httpx.URL(headers["location"])
        target = current.join(location) if not location.is_absolute_url else location
        self.policy.check_url(target)
        return target


ROBOTS_LIMIT = 500 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _failed(record: SourceRecord, message: str, keep_headers: bool = True) -> None:
    """Record why a fetch failed; no status, body or digest stands as if it were an answer."""
    record.error = message
    record.status, record.body, record.sha256 = None, None, None
    if not keep_headers:
        record.headers = {}


class _Deadline(Exception):
    pass


class _Failed(Exception):
    """The response cannot be used (too large, cut off, an encoding we do not decode)."""


class _Decoder:
    """Content-Encoding gzip or deflate, decoded under an output limit, end of stream checked."""

    def __init__(self, header: str, limit: int, truncate: bool) -> None:
        encodings = [e.strip().lower() for e in header.split(",") if e.strip() and e.strip().lower() != "identity"]
        if len(encodings) > 1:
            raise _Failed(f"stacked content encodings ({header}) are refused")
        self.encoding = encodings[0] if encodings else None
        if self.encoding not in (None, "gzip", "x-gzip", "deflate"):
            raise _Failed(f"unsupported content encoding {self.encoding}")
        self.limit, self.truncate = limit, truncate
        self.parts: list[bytes] = []
        self.size = 0
        self.inflater = self._new() if self.encoding else None
        self.raw_deflate_tried = False

    def _new(self):
        return zlib.decompressobj(16 + zlib.MAX_WBITS if self.encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> bool:
        """Take raw bytes; True when a truncating reader has reached its limit."""
        if self.inflater is None:
            return self._keep(data)
        while data:
            try:
                out = self.inflater.decompress(data, self.limit - self.size + 1)
            except zlib.error:
                if self.encoding == "deflate" and not self.raw_deflate_tried and not self.parts:
                    self.raw_deflate_tried = True  # servers send raw deflate under that name too
                    self.inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise _Failed("the compressed body is corrupt") from None
            if self._keep(out):
                return True
            if self.inflater.unconsumed_tail:
                data = self.inflater.unconsumed_tail
            elif self.inflater.eof and self.inflater.unused_data:
                data = self.inflater.unused_data  # another gzip member follows
                self.inflater = self._new()
            else:
                data = b""
        return False

    def _keep(self, data: bytes) -> bool:
        if self.size + len(data) > self.limit:
            if self.truncate:
                self.parts.append(data[: self.limit - self.size])
                self.size = self.limit
                return True
            raise _Failed(f"body exceeds the {self.limit:,}-byte cap")
        self.parts.append(data)
        self.size += len(data)
        return False

    def finish(self) -> bytes:
        if self.inflater is not None and not self.inflater.eof and not (self.truncate and self.size >= self.limit):
            raise _Failed("the compressed body was cut off before its end")
        return b"".join(self.parts)
