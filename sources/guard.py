"""The fetcher's security boundary: users paste URLs, so no URL may reach an internal address.

The check runs where the socket is opened, on the very addresses the connection uses: DNS is
resolved once, every answer must be a global address (after unwrapping IPv4-mapped, 6to4,
Teredo and NAT64 forms), and the connection goes to an address that was checked, so neither a
redirect nor a DNS answer that changes between check and use (rebinding) gets past it.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import unquote

import httpcore
import httpx

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
ALLOWED_PORTS = frozenset({80, 443})


class BlockedURL(Exception):
    """A URL or an address the policy does not let the fetcher reach."""


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip.sixtofour:
        return ip.sixtofour
    if ip.teredo:
        return ip.teredo[1]
    if ip in _NAT64 or ip in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses, looking inside IPv6 wrappers."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if ip.version == 6:
        inner = _embedded_ipv4(ip)
        if inner is not None:
            ip = inner
        elif ip.is_site_local:
            return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def normalise_host(host: str) -> str:
    """Lower case, no brackets, no trailing dot, and a percent-encoded IPv6 zone decoded."""
    return unquote(host.strip("[]")).rstrip(".").lower()


@dataclass(frozen=True)
class Policy:
    """Who may be reached. `allow_hosts` lifts the address check for named hosts (tests, mirrors)."""

    allow_hosts: frozenset[str] = field(default_factory=frozenset)

    def host_allowed(self, host: str) -> bool:
        return normalise_host(host) in self.allow_hosts

    def check_url(self, url: httpx.URL) -> None:
        """Scheme, port and form of a URL; addresses are checked at connect time."""
        if url.scheme not in ("http", "https"):
            raise BlockedURL(f"only http and https URLs can be fetched, not {url.scheme or 'a relative URL'}")
        if not url.host:
            raise BlockedURL("the URL has no host")
        if url.userinfo:
            raise BlockedURL("URLs with a user name or password are not fetched")
        port = url.port if url.port is not None else (443 if url.scheme == "https" else 80)
        if port not in ALLOWED_PORTS and not self.host_allowed(url.host):
            raise BlockedURL(f"port {port} is not allowed (only 80 and 443; use --allow-host to reach a host on another port)")
        host = normalise_host(url.host)
        try:
            literal = ipaddress.ip_address(host.split("%", 1)[0])
        except ValueError:
            literal = None
        if literal is not None and not self.host_allowed(host) and not is_public_address(host):
            raise BlockedURL(f"{host} is a private, loopback or link-local address; use --allow-host to reach it on purpose")

    def resolve(self, host: str, port: int) -> list[str]:
        """The addresses to connect to, all of them checked, or BlockedURL."""
        host = normalise_host(host)
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from None
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        if self.host_allowed(host):
            return addresses
        private = [a for a in addresses if not is_public_address(a)]
        if private or not addresses:
            raise BlockedURL(
                f"{host} resolves to a private, loopback or link-local address ({', '.join(private) or 'none'}); "
                "use --allow-host to reach it on purpose"
            )
        return addresses


_deadline = threading.local()


@contextmanager
def deadline(at: float) -> Iterator[None]:
    """Every socket operation this thread makes inside the block ends by `at` (time.monotonic).

    A read timeout alone lets a server that sends a byte now and then (a drip of headers, or of
    compressed blocks that inflate to nothing) hold a fetch forever; the deadline bounds it.
    """
    previous = getattr(_deadline, "at", None)
    _deadline.at = at
    try:
        yield
    finally:
        _deadline.at = previous


def _remaining(timeout: float | None) -> float | None:
    at = getattr(_deadline, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("overall deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):  # type: ignore[override]
        return _DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, _remaining(timeout)))

    def get_extra_info(self, info: str):  # type: ignore[override]
        return self.inner.get_extra_info(info)


class _GuardedBackend(httpcore.SyncBackend):
    def __init__(self, policy: Policy) -> None:
        self.policy = policy

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[override]
        last_error: Exception | None = None
        for address in self.policy.resolve(host, port):
            try:
                stream = super().connect_tcp(address, port, _remaining(timeout), local_address, socket_options)
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        raise last_error or httpcore.ConnectError(f"cannot connect to {host}")


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with the address check in its connection pool.

    TLS still verifies the certificate against the host name: httpcore passes the request's host
    as the server name, not the address we connected to.
    """

    def __init__(self, policy: Policy, **kwargs) -> None:
        super().__init__(**kwargs)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=20,
            max_keepalive_connections=10,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(policy),
        )
