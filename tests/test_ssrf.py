"""The SSRF guard from the outside: URLs a user might paste, or a server might redirect to.

Without allow_hosts nothing internal may be reached, however the address is spelled. A trap
server on 127.0.0.1:80 (when the port can be bound) records anything that gets through, and the
resolver is replaced by a fake one that answers IP literals and localhost as the system does,
serves made-up names from a table, and never sends a query off the machine.
"""

from __future__ import annotations

import socket

import pytest

from claimcheck.sources.fetch import Fetcher, FetchSettings
from fault_server import HTML, FaultServer, respond

_real_getaddrinfo = socket.getaddrinfo

FAKE_DNS: dict[str, list[str]] = {
    "mixed.example": ["93.184.216.34", "10.0.0.5"],
    "mixed-reversed.example": ["10.0.0.5", "93.184.216.34"],
    "metadata.example": ["93.184.216.34", "169.254.169.254"],
    "mixed6.example": ["2606:4700:4700::1111", "::1"],
    "mapped.example": ["93.184.216.34", "::ffff:127.0.0.1"],
    "cgnat.example": ["8.8.8.8", "100.100.100.200"],
    "loopback.example": ["127.0.0.1"],
}


class FakeResolver:
    def __init__(self) -> None:
        self.lookups: list[str] = []

    def __call__(self, host, port, family=0, type=0, proto=0, flags=0):
        name = host.decode() if isinstance(host, bytes) else host
        self.lookups.append(name)
        if name in FAKE_DNS:
            return [
                (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "",
                 (a, port, 0, 0) if ":" in a else (a, port))
                for a in FAKE_DNS[name]
            ]
        try:  # IP literals in any spelling the C library accepts, resolved as the system would
            return _real_getaddrinfo(host, port, family, type, proto, flags | socket.AI_NUMERICHOST)
        except socket.gaierror:
            pass
        if name.lower().rstrip(".") == "localhost":
            return _real_getaddrinfo(host, port, family, type, proto, flags)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


@pytest.fixture(autouse=True)
def resolver(monkeypatch):
    fake = FakeResolver()
    monkeypatch.setattr(socket, "getaddrinfo", fake)
    return fake


class _TrapView:
    """The trap's requests since the current test began."""

    def __init__(self, server: FaultServer) -> None:
        self.server = server
        self.before = len(server.seen())

    def seen(self):
        return self.server.seen()[self.before:]

    def hits(self) -> int:
        return len(self.seen())


@pytest.fixture(scope="module")
def _trap_server():
    try:
        server = FaultServer(port=80)
    except OSError:
        yield None
        return
    with server:
        yield server


@pytest.fixture
def trap(_trap_server):
    """Whatever listens where a leaked http://127.0.0.1/ would land; None if port 80 cannot be bound."""
    return None if _trap_server is None else _TrapView(_trap_server)


@pytest.fixture
def server():
    with FaultServer() as srv:
        yield srv


def fetch(url: str, **overrides):
    values = dict(timeout=0.5, deadline=3.0, retries=0)
    values.update(overrides)
    with Fetcher(FetchSettings(**values)) as fetcher:
        return fetcher.fetch(url)


def assert_refused(record, trap, prefixes=("blocked", "invalid URL")):
    assert record.status is None, record
    assert record.error and record.error.startswith(prefixes), record.error
    assert record.body is None and record.sha256 is None
    if trap is not None:
        assert trap.hits() == 0, [s.path for s in trap.seen()]


# Literal addresses, however spelled ----------------------------------------------------------

LITERALS = [
    "http://2130706433/",  # decimal
    "http://0x7f000001/",  # hex
    "http://017700000001/",  # octal
    "http://127.1/",  # short form
    "http://0/",  # 0.0.0.0
    "http://[::ffff:127.0.0.1]/",  # IPv4-mapped
    "http://[::ffff:7f00:1]/",  # IPv4-mapped, hex
    "http://[::127.0.0.1]/",  # IPv4-compatible (deprecated)
    "http://[64:ff9b::7f00:1]/",  # NAT64
    "http://[2002:7f00:1::]/",  # 6to4
    "http://[::]/",
    "http://localhost./",
    "http://LOCALHOST/",
    "http://LocalHost.:80/",
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",  # the same, mapped
    "http://100.100.100.200/",  # Alibaba metadata (shared address space)
    "http://[fd00:ec2::254]/",  # AWS metadata over IPv6 (unique local)
    "http://[fe80::1%eth0]/",  # link-local with a zone, as httpx spells it
    "http://[fe80::1%1]/",  # link-local with a numeric zone
    "https://127.0.0.1/",
    "HTTP://127.0.0.1/",
    "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/",  # enclosed alphanumerics (invalid IDNA)
    "http://１２７.０.０.１/",  # full-width digits (invalid IDNA)
]


@pytest.mark.parametrize("respect_robots", [True, False], ids=["robots", "no-robots"])
@pytest.mark.parametrize("url", LITERALS)
def test_internal_literals_are_refused(url, respect_robots, trap):
    assert_refused(fetch(url, respect_robots=respect_robots), trap)


def test_a_zone_id_literal_reaches_nothing(trap):
    """RFC 6874 spelling: httpx keeps `%25eth0` in the host, so the resolver refuses it first."""
    record = fetch("http://[fe80::1%25eth0]/", respect_robots=False)
    assert record.status is None and record.body is None and record.error
    if trap is not None:
        assert trap.hits() == 0


def test_a_zone_id_literal_is_refused_by_the_policy(trap):
    assert_refused(fetch("http://[fe80::1%25eth0]/", respect_robots=False), trap)


# User names, fragments and schemes ------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "http://example.com\\@127.0.0.1/",
    "http://example.com@127.0.0.1/",
    "http://example.com:80@127.0.0.1/",
    "http://:@127.0.0.1/",
])
def test_userinfo_tricks_are_refused(url, trap, resolver):
    assert_refused(fetch(url), trap)
    assert resolver.lookups == []  # refused on its form, before any lookup


def test_a_fragment_does_not_hide_the_host(trap, resolver):
    record = fetch("http://127.0.0.1#@example.com/")
    assert_refused(record, trap)
    assert "127.0.0.1" in record.error and "example.com" not in resolver.lookups


@pytest.mark.parametrize("url", [
    "file://localhost/etc/passwd",
    "FILE:///etc/passwd",
    "gopher://127.0.0.1:6379/_INFO%0d%0a",
    "ftp://127.0.0.1/",
    "ftp://anonymous@example.com/pub/",
    "data:text/html,<h1>hi</h1>",
    "dict://127.0.0.1:11211/stats",
    "//127.0.0.1/",
    "/etc/passwd",
])
def test_other_schemes_are_refused(url, trap, resolver):
    assert_refused(fetch(url), trap)
    assert resolver.lookups == []


# Ports ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "http://example.com:22/",
    "http://example.com:6379/",
    "https://example.com:25/",
    "http://example.com:8443/",
    "http://127.0.0.1:22/",
    "http://[::1]:6379/",
])
def test_odd_ports_are_refused_before_any_lookup(url, trap, resolver):
    record = fetch(url)
    assert_refused(record, trap, prefixes=("blocked: port",))
    assert resolver.lookups == []


def test_port_zero_on_loopback_is_refused(trap):
    assert_refused(fetch("http://127.0.0.1:0/"), trap)


def test_port_zero_is_refused_as_a_port(trap, resolver):
    record = fetch("http://example.com:0/", respect_robots=False)
    assert_refused(record, trap, prefixes=("blocked: port",))
    assert resolver.lookups == []


# DNS answers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["mixed.example", "mixed-reversed.example", "metadata.example", "mixed6.example",
                                  "mapped.example", "cgnat.example", "loopback.example"])
@pytest.mark.parametrize("respect_robots", [True, False], ids=["robots", "no-robots"])
def test_a_name_with_any_internal_answer_is_refused(name, respect_robots, trap, resolver):
    record = fetch(f"http://{name}/page", respect_robots=respect_robots)
    assert_refused(record, trap)
    internal = [a for a in FAKE_DNS[name] if a not in ("93.184.216.34", "2606:4700:4700::1111", "8.8.8.8")]
    assert all(a in record.error for a in internal), record.error
    assert resolver.lookups == [name]  # one lookup, and the request never went out


def test_allowing_127_0_0_1_does_not_allow_names_that_resolve_to_it(trap, resolver):
    record = fetch("http://loopback.example/", allow_hosts=frozenset({"127.0.0.1"}))
    assert_refused(record, trap)


def test_the_fake_resolver_does_reach_an_allowed_name(server, resolver):
    """Control for the cases above: the same name, allowed on purpose, reaches the real server."""
    server.route("/page", respond(200, HTML))
    record = fetch(f"http://loopback.example:{server.port}/page", allow_hosts=frozenset({"loopback.example"}), respect_robots=False)
    assert record.status == 200 and record.body == HTML
    assert server.hits("/page") == 1 and "loopback.example" in resolver.lookups


# Redirects from an allowed server -------------------------------------------------------------

REDIRECTS = [
    "http://localhost:{port}/target",
    "//localhost:{port}/x",  # scheme-relative
    "http://[::1]:{port}/target",
    "http://localhost/target",  # port 80: refused on the address, not the port
    "//localhost/x",
    "http://[::1]/target",
    "http://2130706433/target",
    "http://[::ffff:127.0.0.1]/target",
    "http://169.254.169.254/latest/meta-data/",
    "http://user@127.0.0.1:{port}/target",  # the allowed host, with a user name
    "http://mixed.example/target",
    "file:///etc/passwd",
    "gopher://127.0.0.1:{port}/_x",
]


def _redirecting(server, location: str, status: int = 302) -> str:
    server.route("/target", respond(200, b"<p>internal</p>"))
    server.route("/x", respond(200, b"<p>internal</p>"))
    return server.route("/go", respond(status, b"", headers={"Location": location.format(port=server.port)}))


@pytest.mark.parametrize("location", REDIRECTS)
def test_a_redirect_to_an_internal_target_is_refused(server, trap, location):
    url = _redirecting(server, location)
    record = fetch(url, allow_hosts=frozenset({"127.0.0.1"}), respect_robots=False)
    assert record.error and record.error.startswith("blocked"), record.error
    assert record.body is None and record.sha256 is None
    assert server.hits("/go") == 1 and server.hits("/target") == 0 and server.hits("/x") == 0
    if trap is not None:
        assert trap.hits() == 0


@pytest.mark.parametrize("status", [301, 307, 308])
def test_every_redirect_status_is_checked(server, trap, status):
    url = _redirecting(server, "http://localhost:{port}/target", status)
    record = fetch(url, allow_hosts=frozenset({"127.0.0.1"}), respect_robots=False)
    assert record.error and record.error.startswith("blocked")
    assert server.hits("/target") == 0


def test_a_redirect_within_the_allowed_host_is_followed(server):
    """Control: the same server, redirecting to itself by its allowed name, is followed."""
    url = _redirecting(server, "http://127.0.0.1:{port}/target")
    record = fetch(url, allow_hosts=frozenset({"127.0.0.1"}), respect_robots=False)
    assert record.status == 200 and record.body == b"<p>internal</p>"
    assert server.hits("/target") == 1


def test_a_refused_redirect_leaves_no_status(server):
    url = _redirecting(server, "http://localhost:{port}/target")
    record = fetch(url, allow_hosts=frozenset({"127.0.0.1"}), respect_robots=False)
    assert record.error.startswith("blocked")
    assert record.status is None
