"""The fetcher's security boundary, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimcheck.sources.fetch import Fetcher, FetchSettings, parse_mirrors
from claimcheck.sources.guard import BlockedURL, Policy, is_public_address


class _Redirector(BaseHTTPRequestHandler):
    def log_message(self, *args):
        return

    def do_GET(self):
        port = self.server.server_address[1]
        if self.path.startswith("/to-localhost"):
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{port}/secret")
            self.end_headers()
        elif self.path.startswith("/relative"):
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
        else:
            body = b"<html><body><p>secret page</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Redirector)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.100.100.200", "0.0.0.0",
    "::1", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::7f00:1",
    "2002:7f00:1::", "2001:0:4136:e378:8000:63bf:80ff:fffe", "224.0.0.1",
])
def test_internal_addresses_are_not_public(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "64:ff9b::808:808"])
def test_global_addresses_are_public(address):
    assert is_public_address(address)


def test_loopback_names_are_refused_after_resolution():
    with pytest.raises(BlockedURL):
        Policy().resolve("localhost", 80)
    with pytest.raises(BlockedURL):
        Policy().resolve("localhost.", 80)


def test_a_url_resolving_to_loopback_is_refused_unless_allowed(server):
    mirror = parse_mirrors([f"www.state.gov={server}"])
    with Fetcher(FetchSettings(mirrors=mirror, respect_robots=False)) as fetcher:
        refused = fetcher.fetch("https://www.state.gov/page")
    assert refused.status is None and refused.error.startswith("blocked")
    with Fetcher(FetchSettings(allow_hosts=frozenset({"127.0.0.1"}), mirrors=mirror, respect_robots=False)) as fetcher:
        allowed = fetcher.fetch("https://www.state.gov/page")
    assert allowed.status == 200 and allowed.error is None
    assert allowed.url == "https://www.state.gov/page" and allowed.fetched_from == f"{server}/page"


def test_odd_ports_and_schemes_are_refused():
    with Fetcher(FetchSettings(respect_robots=False)) as fetcher:
        assert "port 8080" in fetcher.fetch("http://example.com:8080/").error
        assert "only http and https" in fetcher.fetch("file:///etc/passwd").error
        assert "only http and https" in fetcher.fetch("gopher://example.com/").error
        assert "user name" in fetcher.fetch("http://user:pw@example.com/").error


def test_a_redirect_to_an_internal_host_is_refused(server):
    with Fetcher(FetchSettings(allow_hosts=frozenset({"127.0.0.1"}), respect_robots=False)) as fetcher:
        record = fetcher.fetch(f"{server}/to-localhost")
    assert record.error and record.error.startswith("blocked")


def test_a_relative_redirect_stays_on_the_canonical_host(server):
    mirror = parse_mirrors([f"www.state.gov={server}"])
    with Fetcher(FetchSettings(allow_hosts=frozenset({"127.0.0.1"}), mirrors=mirror, respect_robots=False)) as fetcher:
        record = fetcher.fetch("https://www.state.gov/relative")
    assert record.status == 200 and record.final_url == "https://www.state.gov/page"


def test_a_proxy_in_the_environment_is_ignored(server, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    with Fetcher(FetchSettings(allow_hosts=frozenset({"127.0.0.1"}), respect_robots=False)) as fetcher:
        assert fetcher.fetch(f"{server}/page").status == 200
