"""The seed article end to end: the real CLI and flow, over real HTTP, into a real DuckDB file."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

from claimcheck.demo.server import ARTICLE_URL
from helpers import run_cli

# (fragment of the claim text, kind, speaker, verdict): the table in the seed issue.
EXPECTED = [
    ("sostuvo una llamada telefónica", "event", None, "confirmed"),
    ("se realizó el 11 de enero de 2026", "event", None, "confirmed"),
    ("confirmada por la Oficina del Portavoz", "event", None, "confirmed"),
    ("mano dura", "quote", "Marco Rubio", "unverified"),
    ("resultados tangibles", "quote", "Marco Rubio", "confirmed"),
    ("el diálogo se centró en reforzar la cooperación", "statement", "United States government", "confirmed"),
    ("colaboración sin subordinación", "statement", "Secretaría de Relaciones Exteriores", "confirmed"),
    ("siguiendo instrucciones de la presidenta Claudia Sheinbaum", "statement", "Secretaría de Relaciones Exteriores", "confirmed"),
    ("atacar por tierra", "quote", "Donald Trump", "confirmed"),
    ("no se mencionaron plazos", "statement", None, "unverified"),
]
TRANSLATED = ("resultados tangibles", "el diálogo se centró", "atacar por tierra")
MISSING_SOURCE = "https://www.state.gov/releases/office-of-the-spokesperson/2026/01/no-such-release"


@pytest.fixture(scope="module")
def run(demo_web, prefect_env, tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e")
    db = folder / "seed.duckdb"
    args = ["verify", ARTICLE_URL, "--json", "--db", str(db), "--allow-host", "127.0.0.1", "--source", MISSING_SOURCE]
    for mirror in demo_web.mirrors:
        args += ["--mirror", mirror]
    result = run_cli(args, env=prefect_env, cwd=folder)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), db


def _claim(doc, fragment):
    found = [c for c in doc["claims"] if fragment in c["text"]]
    assert found, f"no claim contains {fragment!r}"
    return found[0]


@pytest.mark.parametrize("fragment,kind,speaker,verdict", EXPECTED)
def test_seed_verdicts(run, fragment, kind, speaker, verdict):
    claim = _claim(run[0], fragment)
    assert (claim["kind"], claim["speaker"], claim["verdict"]) == (kind, speaker, verdict), claim["rationale"]
    if verdict == "confirmed":
        assert claim["evidence"] and claim["rationale"]


def test_nothing_is_contradicted_by_the_utc_dated_post(run):
    doc, _ = run
    assert [c["text"] for c in doc["claims"] if c["verdict"] == "contradicted"] == []
    date_claim = _claim(doc, "11 de enero de 2026")
    assert date_claim["date"] == "2026-01-11"
    assert any("twitter.com/SRE_mx" in e["url"] for e in date_claim["evidence"])


def test_translated_matches_are_capped_and_name_the_source_words(run):
    doc, _ = run
    for fragment, words in zip(TRANSLATED, ("tangible results", "dismantle", "hitting land")):
        claim = _claim(doc, fragment)
        assert claim["confidence"] <= 0.7
        assert words in claim["rationale"].lower()
    assert _claim(doc, "colaboración sin subordinación")["confidence"] > 0.7


def test_the_readout_was_found_through_the_registry_feed(run):
    doc, _ = run
    urls = {s["url"]: s for s in doc["sources"]}
    assert "https://www.state.gov/rss-feed/press-releases/feed/" in urls
    readout = [u for u in urls if "secretary-rubios-call-with-mexican-foreign-secretary" in u]
    assert readout and urls[readout[0]]["status"] == 200 and len(urls[readout[0]]["sha256"]) == 64
    assert not [u for u in urls if "demo-decoy" in u]


def test_a_missing_source_is_recorded_not_fatal(run):
    doc, db = run
    missing = [s for s in doc["sources"] if s["url"] == MISSING_SOURCE]
    assert missing and missing[0]["status"] == 404 and missing[0]["sha256"] is None


def test_the_warehouse_holds_the_run(run):
    doc, db = run
    con = duckdb.connect(str(db), read_only=True)
    try:
        latest = con.execute("SELECT count(*), count(DISTINCT claim_id) FROM latest_verdicts").fetchall()[0]
        assert latest == (len(doc["claims"]), len(doc["claims"]))
        errors = con.execute("SELECT source_url, status, error FROM snapshots WHERE error IS NOT NULL").fetchall()
        assert [(MISSING_SOURCE, 404, "HTTP 404")] == errors
        warc = con.execute("SELECT DISTINCT warc_file FROM snapshots WHERE warc_file IS NOT NULL").fetchall()
    finally:
        con.close()
    assert len(warc) == 1
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", warc[0][0]], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_local_address_is_refused_without_allow_host(demo_web, prefect_env, tmp_path):
    args = ["verify", ARTICLE_URL, "--json", "--db", str(tmp_path / "x.duckdb")]
    for mirror in demo_web.mirrors:
        args += ["--mirror", mirror]
    result = run_cli(args, env=prefect_env, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "blocked" in result.stderr and "--allow-host" in result.stderr
    assert result.stdout == "" and not (tmp_path / "x.duckdb").exists()


def test_offline_recheck_reproduces_the_verdicts_from_the_archive(run, prefect_env):
    doc, db = run
    # No mirrors, no allowed hosts: any network access would fail; the archive must answer.
    result = run_cli(["verify", ARTICLE_URL, "--json", "--db", str(db), "--offline"], env=prefect_env, cwd=db.parent)
    assert result.returncode == 0, result.stderr
    offline = json.loads(result.stdout)
    assert [(c["text"], c["verdict"]) for c in offline["claims"]] == [(c["text"], c["verdict"]) for c in doc["claims"]]
    con = duckdb.connect(str(db), read_only=True)
    try:
        runs = con.execute("SELECT count(*) FROM runs").fetchall()[0][0]
        history = con.execute("SELECT count(*) FROM verdicts").fetchall()[0][0]
    finally:
        con.close()
    assert runs == 2 and history == 2 * len(doc["claims"])
