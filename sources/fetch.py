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
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import httpx

from claimcheck.models import SourceRecord
from claimcheck.sources.archive import Archive
from claimcheck.sources.guard import BlockedURL, GuardedTransport, Policy, normalise_host

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
            if self.settings.respect_robots and not self._robots_allows(canonical, started):
                record.error = "disallowed by robots.txt"
                return record
            self._get(canonical, record, started, etag, last_modified)
        except BlockedURL as exc:
            record.error = f"blocked: {exc}"
        except (httpx.InvalidURL, ValueError) as exc:
            record.error = f"invalid URL: {exc}"
        except _Deadline:
            record.error = f"gave up after {self.settings.deadline:.0f} s (overall deadline)"
        except httpx.TimeoutException:
            record.error = "timed out"
        except httpx.HTTPError as exc:
            record.error = f"network error: {exc}"
        if self.archive is not None and record.status is not None and record.error is None:
            self.archive.store(record)
        return record

    def _get(self, canonical: httpx.URL, record: SourceRecord, started: float, etag: str | None, last_modified: str | None) -> None:
        current = canonical
        chain: list[str] = []
        for _hop in range(self.settings.max_redirects + 1):
            physical = self.physical_url(current)
            self.policy.check_url(physical)
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
            if status in (301, 302, 303, 307, 308) and "location" in response_headers:
                chain.append(str(current))
                location = httpx.URL(response_headers["location"])
                # A relative redirect from a mirror stays on the canonical host it stands for.
                current = current.join(location) if not location.is_absolute_url else location
                self.policy.check_url(current)
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

    def _request_once(self, url: httpx.URL, headers: dict[str, str], started: float) -> tuple[int, dict[str, str], bytes | None]:
        with self._lock:
            slot = self._host_slots.setdefault(url.host, threading.BoundedSemaphore(self.settings.per_host_concurrency))
        with slot, self.client.stream("GET", url, headers=headers) as response:
            chunks: list[bytes] = []
            size = 0
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                raise httpx.HTTPError(f"body of {int(declared):,} bytes exceeds the {self.settings.max_bytes:,}-byte cap")
            # Decoded bytes are counted, so a small gzip bomb hits the cap as soon as it inflates.
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.settings.max_bytes:
                    raise httpx.HTTPError(f"body exceeds the {self.settings.max_bytes:,}-byte cap")
                if time.monotonic() - started > self.settings.deadline:
                    raise _Deadline()
                chunks.append(chunk)
            return response.status_code, {k.lower(): v for k, v in response.headers.items()}, b"".join(chunks)

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
            try:
                status, _, body = self._request_once(self.physical_url(robots_url), {}, started)
                if 400 <= status < 500:
                    allow_all = True
                elif status < 300 and body is not None:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(body[:500_000].decode("utf-8", "replace").splitlines())
            except (httpx.HTTPError, _Deadline):
                pass
            cached = (time.monotonic(), parser, allow_all)
            self._robots[key] = cached
        _, parser, allow_all = cached
        if allow_all:
            return True
        if parser is None:
            return False
        return parser.can_fetch(USER_AGENT, str(url))


class _Deadline(Exception):
    pass
