"""The X syndication, Wayback and gob.mx adapters on reconstructed fixtures.

Parsing tests read demo/web/fixtures-adapters/ directly. Fetch tests serve the same files
from a real HTTP server on 127.0.0.1 and go through the real Fetcher with mirrors, as the
pipeline does: canonical URL -> mirror -> SourceRecord -> Document. The server answers only
the exact paths (query strings included) that a correct canonical URL maps to, so a wrong
token or a wrongly built CDX query shows up as a 404.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import subprocess
import threading
from datetime import date, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimcheck.demo.server import WEB
from claimcheck.sources.fetch import Fetcher, FetchSettings, parse_mirrors
from claimcheck.sources.gob_mx import is_transcript, parse_gob_mx, speaker_for
from claimcheck.sources.syndication import (
    is_syndication_url, js_radix_string, parse_syndication, syndication_url, token,
)
from claimcheck.sources.wayback import Capture, best_capture, cdx_url, parse_cdx, replay_parts, replay_url
from claimcheck.sources.x_posts import PostUnavailable, oembed_url, parse_oembed

FIXTURES = WEB / "fixtures-adapters"
UTC = timezone.utc

SRE_POST_ID = "2010535859081868498"
SRE_POST_URL = f"https://twitter.com/SRE_mx/status/{SRE_POST_ID}"
EDITED_POST_ID = "2009649294734312657"
DELETED_POST_ID = "2010049540387959013"
TRANSCRIPT_URL = "https://www.gob.mx/presidencia/prensa/version-estenografica-conferencia-de-prensa-matutina-12-de-enero-de-2026"
SRE_RELEASE_URL = "https://www.gob.mx/sre/prensa/comunicado-de-ejemplo-sobre-la-atencion-en-oficinas-de-pasaportes"


def _post(status_id: str) -> bytes:
    return (FIXTURES / "syndication" / f"{status_id}.json").read_bytes()


def _cdx(name: str) -> bytes:
    """The CDX answer a fixture wraps (a JSON list has no room for the fixture's comment)."""
    envelope = json.loads((FIXTURES / "wayback" / f"cdx-{name}.json").read_text("utf-8"))
    return envelope["body_text"].encode() if "body_text" in envelope else json.dumps(envelope["body"]).encode()


def _transcript() -> bytes:
    return (FIXTURES / "www.gob.mx" / "presidencia" / "version-estenografica-conferencia-de-prensa-matutina-12-de-enero-de-2026.html").read_bytes()


def _sre_release() -> bytes:
    return (FIXTURES / "www.gob.mx" / "sre" / "comunicado-de-ejemplo-sobre-la-atencion-en-oficinas-de-pasaportes.html").read_bytes()


# --- a real HTTP server on 127.0.0.1 -------------------------------------------------------


class _Web:
    """Exact path+query -> (status, body, content type); every request path is recorded."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes, str]] = {}
        self.seen: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def do_GET(self) -> None:
                owner.seen.append(self.path)
                status, body, content_type = owner.routes.get(self.path, (404, b"not found", "text/plain"))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def fetcher(self) -> Fetcher:
        hosts = ("cdn.syndication.twimg.com", "publish.twitter.com", "web.archive.org", "www.gob.mx")
        mirrors = parse_mirrors([f"{host}={self.base}/{host}" for host in hosts])
        return Fetcher(FetchSettings(allow_hosts=frozenset({"127.0.0.1"}), mirrors=mirrors, respect_robots=False, retries=0))

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def web():
    server = _Web()
    yield server
    server.close()


JSON = "application/json; charset=utf-8"
HTML = "text/html; charset=UTF-8"


# --- JavaScript's Number.prototype.toString(36), as V8 prints it --------------------------


@pytest.mark.parametrize("value, expected", [
    (0.5, "0.i"),  # 0.5 * 36 = 18 exactly: one digit, nothing left
    (1 / 36, "0.1"),  # the double just below 1/36 times 36 rounds to 1.0
    (1 / 3, "0.c"),  # 12/36; the double's error is under half an ulp of 12
    (0.25, "0.9"),  # 9/36
    (35.0, "z"),
    (36.5, "10.i"),
    (1295.0, "zz"),  # 36**2 - 1
    (1296.0, "100"),  # 36**2
    (36**3 + 0.5, "1000.i"),
])
def test_radix_36_on_values_worked_out_by_hand(value, expected):
    assert js_radix_string(value) == expected


def test_other_radixes_by_hand():
    assert js_radix_string(0.5, 2) == "0.1"
    assert js_radix_string(255.0, 16) == "ff"
    assert js_radix_string(0.75, 2) == "0.11"
    with pytest.raises(ValueError):
        js_radix_string(1.5, 10)  # V8 prints radix 10 another way
    for bad in (0.0, -1.0, math.inf, math.nan):
        with pytest.raises(ValueError):
            js_radix_string(bad)


@pytest.mark.parametrize("value, v8", [
    # Printed by V8 (node v20: `Number(s).toString(36)`). These cover the precision cut-off,
    # rounding up, a carry that drops a trailing "z", and the zeros V8 fills in above 2**53.
    (0.1, "0.3lllllllllm"),
    (math.pi, "3.53i5ab8p5f"),
    (123.456, "3f.gez4w97ry"),
    (1e-7, "0.000061oezo085tl"),
    (0.9999999999999999, "0.zzzzzzzzzza"),
    (0.027777777777777762, "0.0zzzzzzzzzy"),  # last digit rounded up
    (0.08873456790123456, "0.37"),  # "…6z" rounded: the z is dropped, the 6 carried to 7
    (2.0**53 + 2, "2gosa7pa2gy"),
    (1e21, "5v1j4f4ds7c000"),  # integer / 36 >= 2**53: low digits written as zeros
])
def test_radix_36_matches_recorded_v8_output(value, v8):
    assert js_radix_string(value) == v8


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_radix_36_and_tokens_agree_with_node():
    """Differential check against the real V8, where node is available."""
    rng = random.Random(20260112)
    values = [rng.uniform(0, 5000) for _ in range(400)] + [rng.uniform(0, 1) * 10.0 ** rng.randint(-8, 20) for _ in range(400)]
    ids = [str(rng.randint(10**17, 2 * 10**19)) for _ in range(400)]
    script = (
        "const d=JSON.parse(require('fs').readFileSync(0,'utf8'));"
        "console.log(JSON.stringify([d.v.map(s=>Number(s).toString(36)),"
        "d.ids.map(id=>((Number(id)/1e15)*Math.PI).toString(6**2).replace(/(0+|\\.)/g,''))]))"
    )
    out = subprocess.run(["node", "-e", script], input=json.dumps({"v": [repr(v) for v in values], "ids": ids}),
                         capture_output=True, text=True, timeout=60, check=True)
    strings, tokens = json.loads(out.stdout)
    assert [js_radix_string(v) for v in values] == strings
    assert [token(i) for i in ids] == tokens


# --- the syndication token and URL ----------------------------------------------------------


def test_token_for_known_ids():
    # Each checked against the JavaScript one-liner in node.
    assert token(SRE_POST_ID) == "4vga8y8xdy3"  # 4vg.a8y8xdy3
    assert token(DELETED_POST_ID) == "4ver8wifcv"  # 4ve.r8wi0fcv: the inner zero goes too
    assert token(EDITED_POST_ID) == "4vdhzau2b85"
    assert token("1629307668568633344") == "3y6mctgwzxo"
    assert token("20") == "6dq1a2xwd93"
    for bad in ("", "0", "-5", "12a", "1e18"):
        with pytest.raises(ValueError):
            token(bad)


def test_syndication_url():
    assert syndication_url(SRE_POST_ID) == (
        "https://cdn.syndication.twimg.com/tweet-result?id=2010535859081868498&token=4vga8y8xdy3&lang=en")
    assert syndication_url("20", endpoint="https://example.test/tr") == "https://example.test/tr?id=20&token=6dq1a2xwd93&lang=en"
    assert is_syndication_url(syndication_url(SRE_POST_ID))
    assert not is_syndication_url(oembed_url(SRE_POST_URL))
    assert not is_syndication_url("https://cdn.syndication.twimg.com/widgets/timeline")
    assert not is_syndication_url(None) and not is_syndication_url("not a url at all::")


# --- parsing the syndication JSON ---------------------------------------------------------


def test_syndication_post_has_exact_instant_author_and_text(index):
    entities = tuple(index.entities.values())
    doc = parse_syndication(_post(SRE_POST_ID), SRE_POST_URL, entities)
    assert (doc.kind, doc.url, doc.language) == ("x_post", SRE_POST_URL, "es")
    assert doc.author == doc.publisher == "sre" and doc.passages[0].speaker == "sre"
    assert doc.author_name == "SRE México (@SRE_mx)"
    # created_at, to the second; the snowflake would say 02:14:37.412.
    assert doc.published_at == datetime(2026, 1, 12, 2, 14, 37, tzinfo=UTC)
    assert doc.published_at.utcoffset() == timedelta(0)
    assert doc.published_utc_date_only is False and doc.timezone == "America/Mexico_City"
    assert len(doc.passages) == 1 and doc.passages[0].text.endswith("colaboración sin subordinación. 🇲🇽🇺🇸")
    # The same post read through oEmbed gives the same text and author.
    oembed = parse_oembed((WEB / "publish.twitter.com" / "oembed" / f"{SRE_POST_ID}.json").read_bytes(), SRE_POST_URL, entities)
    assert oembed.passages[0].text == doc.passages[0].text and oembed.author == doc.author


def test_edited_post_is_marked_and_shown_as_read(index):
    doc = parse_syndication(_post(EDITED_POST_ID), f"https://twitter.com/claimcheck_test/status/{EDITED_POST_ID}",
                            tuple(index.entities.values()))
    assert doc.author_name == "Cuenta de ejemplo (@claimcheck_test) (edited)"
    assert doc.author is None and doc.publisher is None and doc.timezone is None  # not a registered account
    assert doc.published_at == datetime(2026, 1, 9, 15, 31, 44, tzinfo=UTC)
    assert doc.passages[0].text == ("Aviso de ejemplo (texto inventado para las pruebas de claimcheck): la reunión "
                                    "informativa cambia de sala & de horario. Detalles: example.org/aviso")
    # Edited is also read from edit_control alone, and a single-id edit_control is not an edit.
    lone = {"text": "hola", "user": {"screen_name": "a", "name": "A"}, "edit_control": {"edit_tweet_ids": ["1", "2"]}}
    assert parse_syndication(json.dumps(lone).encode(), "https://twitter.com/a/status/2").author_name == "A (@a) (edited)"
    lone["edit_control"] = {"edit_tweet_ids": ["2"]}
    assert parse_syndication(json.dumps(lone).encode(), "https://twitter.com/a/status/2").author_name == "A (@a)"


def test_unavailable_posts_raise_with_a_reason():
    with pytest.raises(PostUnavailable, match=r"^TweetTombstone: This Post was deleted by the Post author\.$"):
        parse_syndication(_post(DELETED_POST_ID), f"https://twitter.com/x/status/{DELETED_POST_ID}")
    for body, reason in [
        (b"", "not JSON"),
        (b"{}", "empty"),
        (b"[]", "empty"),
        (b"<html>rate limited</html>", "not JSON"),
        (b'{"__typename": "Tweet", "lang": "en"}', "no post text"),
        (b'{"__typename": "Tweet", "text": "   "}', "no post text"),
        (b'{"__typename": "TweetUnavailable", "reason": "Suspended"}', "TweetUnavailable: Suspended"),
        (b'{"__typename": "TweetTombstone"}', "TweetTombstone: no post"),
    ]:
        with pytest.raises(PostUnavailable, match=reason):
            parse_syndication(body, SRE_POST_URL)


def test_full_text_and_missing_created_at_fall_back():
    body = json.dumps({"full_text": "Texto &lt;de ejemplo&gt;", "lang": "es", "user": {"screen_name": "SRE_mx", "name": "SRE"}}).encode()
    doc = parse_syndication(body, SRE_POST_URL)
    assert doc.passages[0].text == "Texto <de ejemplo>"
    # No created_at: the snowflake id of the post URL gives the instant.
    assert doc.published_at == datetime(2026, 1, 12, 2, 14, 37, 412000, tzinfo=UTC)
    naive = json.dumps({"text": "x y z", "created_at": "2026-01-12T02:14:37", "id_str": SRE_POST_ID}).encode()
    assert parse_syndication(naive, SRE_POST_URL).published_at == datetime(2026, 1, 12, 2, 14, 37, 412000, tzinfo=UTC)


def test_syndication_fallback_through_the_fetcher(web, index):
    """oEmbed fails, the syndication URL (with its token) is fetched through the mirror."""
    web.routes[f"/cdn.syndication.twimg.com/tweet-result?id={SRE_POST_ID}&token=4vga8y8xdy3&lang=en"] = (200, _post(SRE_POST_ID), JSON)
    web.routes[f"/cdn.syndication.twimg.com/tweet-result?id={DELETED_POST_ID}&token=4ver8wifcv&lang=en"] = (200, _post(DELETED_POST_ID), JSON)
    with web.fetcher() as fetcher:
        first = fetcher.fetch(oembed_url(SRE_POST_URL), kind="x_post")
        assert first.error == "HTTP 404"  # the oEmbed endpoint has nothing for it here
        record = fetcher.fetch(syndication_url(SRE_POST_ID), kind="x_post")
        deleted = fetcher.fetch(syndication_url(DELETED_POST_ID), kind="x_post")
    assert record.error is None and record.status == 200
    assert record.final_url == syndication_url(SRE_POST_ID) and is_syndication_url(record.final_url)
    assert record.fetched_from == f"{web.base}/cdn.syndication.twimg.com/tweet-result?id={SRE_POST_ID}&token=4vga8y8xdy3&lang=en"
    doc = parse_syndication(record.body, SRE_POST_URL, tuple(index.entities.values()))
    assert doc.author == "sre" and doc.published_at == datetime(2026, 1, 12, 2, 14, 37, tzinfo=UTC)
    assert doc.url == SRE_POST_URL
    with pytest.raises(PostUnavailable, match="deleted by the Post author"):
        parse_syndication(deleted.body, f"https://twitter.com/x/status/{DELETED_POST_ID}")


# --- Wayback: CDX and replay ---------------------------------------------------------------


def test_cdx_url():
    assert cdx_url("https://www.gob.mx/sre/prensa/a?idiom=es") == (
        "https://web.archive.org/cdx/search/cdx?url=https%3A%2F%2Fwww.gob.mx%2Fsre%2Fprensa%2Fa%3Fidiom%3Des"
        "&output=json&limit=-5&filter=statuscode:200&fl=timestamp,original,statuscode,digest")
    assert cdx_url("https://a.example/", base="http://127.0.0.1:9/cdx").startswith("http://127.0.0.1:9/cdx?url=https%3A%2F%2Fa.example%2F&")


def test_parse_cdx_captures():
    captures = parse_cdx(_cdx("captures"))
    assert [c.timestamp for c in captures] == [
        datetime(2026, 1, 9, 18, 35, 12, tzinfo=UTC), datetime(2026, 1, 10, 2, 3, 44, tzinfo=UTC),
        datetime(2026, 1, 11, 15, 45, 1, tzinfo=UTC), datetime(2026, 1, 14, 9, 22, 10, tzinfo=UTC),
        datetime(2026, 1, 21, 23, 0, 5, tzinfo=UTC),
    ]
    assert all(c.status == 200 for c in captures)
    assert captures[1].original == "http://www.gob.mx/sre/prensa/comunicado-de-ejemplo-sobre-la-atencion-en-oficinas-de-pasaportes"
    assert captures[-1].original == SRE_RELEASE_URL + "?idiom=es"
    assert captures[0].digest == captures[1].digest == "5KQ2ZT3H7XJ4N6PLYV2WQ3RMA7CDUE4B"


def test_parse_cdx_never_raises():
    assert parse_cdx(_cdx("empty")) == []
    assert parse_cdx(_cdx("malformed")) == []
    for body in (b"", None, b"null", b"{}", b'"x"', b"[1, 2]", b'[["timestamp", "statuscode"], ["20260101000000", "200"]]',
                 b'[["timestamp", "original", "statuscode", "digest"]]', b"\xff\xfe"):
        assert parse_cdx(body) == []
    # Columns are read by name; bad rows are skipped, the good one is kept.
    body = json.dumps([
        ["original", "timestamp", "digest", "statuscode"],
        ["https://a.example/", "20260102030405", "D1", "200"],
        ["https://a.example/", "2026010203", "D2", "200"],  # short timestamp
        ["https://a.example/", "20261302030405", "D3", "200"],  # month 13
        ["https://a.example/", "20260102030405", "D4"],  # short row
        ["javascript:alert(1)", "20260102030405", "D5", "200"],
        ["https://a.example/", "20260103030405", "D6", "-"],  # a revisit: no status
    ]).encode()
    assert parse_cdx(body) == [
        Capture(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "https://a.example/", 200, "D1"),
        Capture(datetime(2026, 1, 3, 3, 4, 5, tzinfo=UTC), "https://a.example/", None, "D6"),
    ]


def test_best_capture():
    captures = parse_cdx(_cdx("captures"))
    assert best_capture(captures).timestamp == datetime(2026, 1, 21, 23, 0, 5, tzinfo=UTC)  # newest
    assert best_capture(captures, datetime(2026, 1, 11, tzinfo=UTC)).timestamp == datetime(2026, 1, 11, 15, 45, 1, tzinfo=UTC)
    near_10th = best_capture(captures, datetime(2026, 1, 10, 12, 0, tzinfo=UTC))
    assert near_10th.timestamp == datetime(2026, 1, 10, 2, 3, 44, tzinfo=UTC) and near_10th.original.startswith("http://")
    assert best_capture(captures, datetime(2026, 1, 11)).timestamp == datetime(2026, 1, 11, 15, 45, 1, tzinfo=UTC)  # naive: UTC
    mexico = timezone(timedelta(hours=-6))
    assert best_capture(captures, datetime(2026, 1, 14, 3, 0, tzinfo=mexico)).timestamp == datetime(2026, 1, 14, 9, 22, 10, tzinfo=UTC)
    # A tie goes to the later capture; only status 200 counts.
    a = Capture(datetime(2026, 1, 1, tzinfo=UTC), "https://a.example/", 200, "A")
    b = Capture(datetime(2026, 1, 3, tzinfo=UTC), "https://a.example/", 200, "B")
    assert best_capture([a, b], datetime(2026, 1, 2, tzinfo=UTC)) is b
    assert best_capture([b, a], datetime(2026, 1, 2, tzinfo=UTC)) is b
    revisit = Capture(datetime(2026, 1, 2, tzinfo=UTC), "https://a.example/", None, "C")
    assert best_capture([a, revisit], datetime(2026, 1, 2, tzinfo=UTC)) is a
    assert best_capture([]) is None and best_capture([revisit]) is None


def test_replay_url_and_back():
    newest = parse_cdx(_cdx("captures"))[-1]
    url = replay_url(newest)
    assert url == f"https://web.archive.org/web/20260121230005id_/{SRE_RELEASE_URL}?idiom=es"
    assert replay_parts(url) == (datetime(2026, 1, 21, 23, 0, 5, tzinfo=UTC), SRE_RELEASE_URL + "?idiom=es")
    assert replay_url(newest, base="http://127.0.0.1:9/").startswith("http://127.0.0.1:9/web/20260121230005id_/https://")
    assert replay_parts("https://web.archive.org/web/20260121230005/https://a.example/") == (datetime(2026, 1, 21, 23, 0, 5, tzinfo=UTC), "https://a.example/")
    assert replay_parts(SRE_RELEASE_URL) is None
    assert replay_parts("https://web.archive.org/web/2026/https://a.example/") is None
    assert replay_parts(None) is None


def test_wayback_fallback_through_the_fetcher(web, index):
    """The live page is gone: list captures, replay the newest, read it as the gob.mx page."""
    canonical_cdx = cdx_url(SRE_RELEASE_URL)
    web.routes["/web.archive.org" + canonical_cdx.removeprefix("https://web.archive.org")] = (200, _cdx("captures"), "application/json")
    web.routes[f"/web.archive.org/web/20260121230005id_/{SRE_RELEASE_URL}?idiom=es"] = (200, _sre_release(), HTML)
    gone = "https://www.gob.mx/presidencia/prensa/pagina-retirada"
    web.routes["/web.archive.org" + cdx_url(gone).removeprefix("https://web.archive.org")] = (200, _cdx("empty"), "application/json")
    with web.fetcher() as fetcher:
        live = fetcher.fetch(SRE_RELEASE_URL, kind="press_release")
        assert live.error == "HTTP 404"
        listing = fetcher.fetch(canonical_cdx, kind="cdx")
        capture = best_capture(parse_cdx(listing.body))
        assert capture is not None and capture.timestamp == datetime(2026, 1, 21, 23, 0, 5, tzinfo=UTC)
        record = fetcher.fetch(replay_url(capture), kind="press_release")
        nothing = fetcher.fetch(cdx_url(gone), kind="cdx")
    assert record.error is None and record.final_url == replay_url(capture)
    assert record.fetched_from == f"{web.base}/web.archive.org/web/20260121230005id_/{SRE_RELEASE_URL}?idiom=es"
    when, original = replay_parts(record.final_url)
    assert when == capture.timestamp and original == SRE_RELEASE_URL + "?idiom=es"
    doc = parse_gob_mx(record.body, original, index)
    assert (doc.kind, doc.publisher, doc.author, doc.published_at) == ("press_release", "sre", "sre", date(2026, 1, 9))
    assert doc.url == original
    assert best_capture(parse_cdx(nothing.body)) is None


# --- gob.mx --------------------------------------------------------------------------------


def test_transcript_turns_and_speakers(index):
    doc = parse_gob_mx(_transcript(), TRANSCRIPT_URL, index)
    assert (doc.kind, doc.language, doc.verbatim, doc.timezone) == ("transcript", "es", True, "America/Mexico_City")
    assert doc.published_at == date(2026, 1, 12) and not isinstance(doc.published_at, datetime)
    assert doc.title == ("Versión estenográfica de la conferencia de prensa matutina de la presidenta "
                         "Claudia Sheinbaum Pardo del 12 de enero de 2026")
    assert doc.publisher == "presidencia-mexico" and doc.author is None
    assert doc.author_name == "Presidencia de la República"
    sheinbaum, harfuch = "claudia-sheinbaum", "omar-garcia-harfuch"
    assert [(p.speaker, p.text) for p in doc.passages] == [
        (None, "Palacio Nacional, Ciudad de México."),
        (None, "(Texto de ejemplo: versión estenográfica genérica, redactada para las pruebas de claimcheck.)"),
        (sheinbaum, "Buenos días a todas y a todos."),
        (sheinbaum, "Hoy comenzamos con el informe de seguridad y después abrimos a preguntas."),
        (sheinbaum, "—Adelante—."),
        (harfuch, "Con su permiso, presidenta. Buenos días."),
        (harfuch, "Presento el informe de la semana; las cifras aparecen en las láminas que se proyectan."),
        (None, "(PROYECCIÓN DE LÁMINAS)"),  # a stage direction, not anybody's words
        (harfuch, "Es cuanto, presidenta."),  # still his turn after it
        (sheinbaum, "Gracias. Vamos a las preguntas."),
        ("INTERLOCUTORA", "Buenos días, presidenta. Tengo una pregunta sobre el informe."),
        (sheinbaum, "Sí, adelante."),
        ("PREGUNTA", "¿Cuándo se presentará el siguiente informe?"),
        (sheinbaum, "En una próxima conferencia; lo anunciaremos aquí."),
    ]


@pytest.mark.parametrize("label, expected", [
    ("PRESIDENTA CLAUDIA SHEINBAUM PARDO", "claudia-sheinbaum"),
    ("PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO", "claudia-sheinbaum"),
    ("SECRETARIO DE SEGURIDAD Y PROTECCIÓN CIUDADANA, OMAR GARCÍA HARFUCH", "omar-garcia-harfuch"),
    ("OMAR GARCÍA HARFUCH, SECRETARIO DE SEGURIDAD Y PROTECCIÓN CIUDADANA", "omar-garcia-harfuch"),
    ("SECRETARIO DE SEGURIDAD OMAR GARCÍA HARFUCH", "omar-garcia-harfuch"),  # no comma
    ("CANCILLER JUAN RAMÓN DE LA FUENTE RAMÍREZ", "juan-ramon-de-la-fuente"),  # second surname not in the registry
    ("SECRETARIO DE RELACIONES EXTERIORES, JUAN RAMÓN DE LA FUENTE", "juan-ramon-de-la-fuente"),  # the person, not the SRE
    ("SECRETARIA DE RELACIONES EXTERIORES", "sre"),  # only the body is named
    ("PRESIDENTE DONALD TRUMP (VIDEO)", "donald-trump"),
    ("INTERLOCUTORA", "INTERLOCUTORA"),
    ("PREGUNTA", "PREGUNTA"),
    ("SECRETARIA DE CULTURA, CLAUDIA CURIEL DE ICAZA", "SECRETARIA DE CULTURA, CLAUDIA CURIEL DE ICAZA"),
    ("JUAN PÉREZ RUBIO", "JUAN PÉREZ RUBIO"),  # ends in a registered surname, but it is not Marco Rubio
])
def test_speaker_labels(index, label, expected):
    assert speaker_for(label, index) == expected


def test_labels_need_upper_case_and_no_clock_time(index):
    html = ("<html><head><title>Versión estenográfica</title></head><body><h1>Versión estenográfica</h1>"
            "<div class='article-body'><p>PREGUNTA:¿Sí?</p><p>Nota: esto sigue la pregunta.</p>"
            "<p>A LAS 9:00 HORAS INICIA.</p><p>PRESIDENTA CLAUDIA SHEINBAUM PARDO:</p><p>Buenos días.</p></div></body></html>")
    doc = parse_gob_mx(html.encode(), "https://www.gob.mx/presidencia/prensa/otra", index)
    assert [(p.speaker, p.text) for p in doc.passages] == [
        ("PREGUNTA", "¿Sí?"),
        ("PREGUNTA", "Nota: esto sigue la pregunta."),
        ("PREGUNTA", "A LAS 9:00 HORAS INICIA."),
        ("claudia-sheinbaum", "Buenos días."),  # a label alone in its paragraph opens the turn
    ]
    assert doc.published_at is None


def test_sre_press_release(index):
    doc = parse_gob_mx(_sre_release(), SRE_RELEASE_URL, index)
    assert (doc.kind, doc.language, doc.timezone, doc.verbatim) == ("press_release", "es", "America/Mexico_City", False)
    assert doc.publisher == doc.author == "sre" and doc.author_name == "Secretaría de Relaciones Exteriores"
    assert doc.title == "Comunicado de ejemplo sobre la atención en oficinas de pasaportes"
    assert doc.published_at == date(2026, 1, 9)
    assert [p.text for p in doc.passages] == [
        "Texto de ejemplo, redactado para las pruebas de claimcheck.",
        "La atención en las oficinas de pasaportes se presta con cita previa.",
        "La Secretaría de Relaciones Exteriores informa que, en este ejemplo, las oficinas de pasaportes atienden "
        "con cita previa, solicitada por los canales oficiales de la dependencia.",
        "La Cancillería recuerda que el trámite es personal y que deben presentarse los documentos originales.",
        "Este comunicado es un texto de ejemplo y no reproduce ningún comunicado publicado por la SRE.",
    ]  # no navigation, share links, footer or end mark
    assert all(p.speaker is None for p in doc.passages)


def test_dispatch_and_dates(index):
    assert is_transcript(_transcript()) and is_transcript(_transcript().decode("utf-8"))
    assert not is_transcript(_sre_release())
    # The page's own title marks a transcript on any path; the path alone marks one too.
    assert parse_gob_mx(_transcript(), "https://www.gob.mx/presidencia/articulos/x", index).kind == "transcript"
    assert parse_gob_mx(b"<html><h1>Conferencia</h1></html>", "https://www.gob.mx/presidencia/prensa/version-estenografica-x", index).kind == "transcript"
    other = parse_gob_mx(_sre_release(), "https://www.gob.mx/semar/prensa/x", index)
    assert other.kind == "press_release" and other.publisher is None and other.author_name == "Secretaría de Relaciones Exteriores"
    # The date line beside the title wins over a date in the text; the title's date comes last.
    page = ("<html><body><h1>Comunicado del 3 de enero de 2026</h1><dl><dd>Secretaría de Relaciones Exteriores | "
            "9 de enero de 2026</dd></dl><div class='article-body'><p>El 2 de enero de 2026 hubo otra cosa.</p></div></body></html>")
    assert parse_gob_mx(page.encode(), SRE_RELEASE_URL, index).published_at == date(2026, 1, 9)
    no_line = page.replace("Secretaría de Relaciones Exteriores | 9 de enero de 2026", "Prensa")
    assert parse_gob_mx(no_line.encode(), SRE_RELEASE_URL, index).published_at == date(2026, 1, 3)


def test_gob_mx_transcript_through_the_fetcher(web, index):
    web.routes["/www.gob.mx" + TRANSCRIPT_URL.removeprefix("https://www.gob.mx")] = (200, _transcript(), HTML)
    with web.fetcher() as fetcher:
        record = fetcher.fetch(TRANSCRIPT_URL, kind="transcript")
    assert record.error is None and record.status == 200 and record.final_url == TRANSCRIPT_URL
    assert record.fetched_from == f"{web.base}/www.gob.mx" + TRANSCRIPT_URL.removeprefix("https://www.gob.mx")
    doc = parse_gob_mx(record.body, record.final_url, index)
    assert doc.url == TRANSCRIPT_URL and doc.published_at == date(2026, 1, 12)
    speakers = [p.speaker for p in doc.passages]
    assert speakers.count("claudia-sheinbaum") == 6 and speakers.count("omar-garcia-harfuch") == 3
    assert speakers.index("omar-garcia-harfuch") == 5 and speakers[10] == "INTERLOCUTORA"
