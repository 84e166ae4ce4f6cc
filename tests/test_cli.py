"""The command-line contract and bad input: one clear line, non-zero exit, nothing half written."""

from __future__ import annotations

import json

from helpers import SEED, run_cli


def test_extract_json_on_the_seed_text(tmp_path, prefect_env):
    result = run_cli(["extract", str(SEED), "--json"], env=prefect_env)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["sources"] == [] and doc["article"]["language"] == "es"
    text = doc["article"]["text"]
    assert len(doc["claims"]) >= 10
    for claim in doc["claims"]:
        assert text[claim["span"][0]:claim["span"][1]] == claim["text"]
        assert "verdict" not in claim and "evidence" not in claim


def test_extract_does_not_import_prefect(prefect_env):
    probe = ("import sys; from claimcheck.flows.cli import main; main(['extract', %r]); "
             "sys.exit(3 if 'prefect' in sys.modules else 0)" % str(SEED))
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=prefect_env)
    assert result.returncode == 0, result.stderr


def _assert_one_line_error(result, fragment: str) -> None:
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error:"), result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_files_get_one_clear_line(tmp_path, prefect_env):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    no_text = tmp_path / "nav.html"
    no_text.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    db = tmp_path / "w.duckdb"
    for path, fragment in ((empty, "is empty"), (binary, "binary"), (no_text, "no article text"),
                           (tmp_path / "missing.txt", "no such file")):
        _assert_one_line_error(run_cli(["verify", str(path), "--db", str(db), "--json"], env=prefect_env), fragment)
        _assert_one_line_error(run_cli(["extract", str(path)], env=prefect_env), fragment)
    assert not db.exists()


def test_bad_flags_get_one_clear_line(tmp_path, prefect_env):
    _assert_one_line_error(run_cli(["verify", str(SEED), "--mirror", "nonsense"], env=prefect_env), "HOST=BASE")
    _assert_one_line_error(run_cli(["verify", str(SEED), "--registry", str(tmp_path / "none.toml")], env=prefect_env),
                           "does not exist")


def test_help_offers_the_contract_flags(prefect_env):
    result = run_cli(["verify", "--help"], env=prefect_env)
    for flag in ("--json", "--db", "--source", "--registry", "--allow-host", "--mirror"):
        assert flag in result.stdout


def test_more_bad_input_is_an_answer_not_minutes_of_work(tmp_path, prefect_env):
    import time

    huge = tmp_path / "huge.txt"
    huge.write_text(("El canciller dijo que la reunión fue productiva. " * 110_000)[:5_000_000])
    bodiless = tmp_path / "head.html"
    bodiless.write_text("<html><head><title>Sin cuerpo</title></head></html>")
    started = time.monotonic()
    _assert_one_line_error(run_cli(["extract", str(huge)], env=prefect_env), "the limit for one article")
    _assert_one_line_error(run_cli(["extract", str(bodiless)], env=prefect_env), "no article text")
    assert time.monotonic() - started < 30
    mixed = tmp_path / "mixed.txt"
    mixed.write_text("La secretaria dijo que el acuerdo se firmará el lunes en la capital del país. " * 3
                     + "The minister said the agreement would be signed on Monday in the capital. " * 2)
    result = run_cli(["extract", str(mixed), "--json"], env=prefect_env)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["article"]["language"] == "es"  # the dominant language decides
    assert all(doc["article"]["text"][c["span"][0]:c["span"][1]] == c["text"] for c in doc["claims"])
