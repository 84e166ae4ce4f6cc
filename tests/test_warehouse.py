"""The DuckDB warehouse: history kept per run, a locked file loses nothing, bad files are refused."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime, timezone

import pytest

from claimcheck.models import Article, Claim, Verdict
from claimcheck.warehouse.records import run_rows
from claimcheck.warehouse.store import WarehouseError, connect, pending_dir, query, write_run

ARTICLE = Article(text="Rubio dijo algo. " * 10, language="es", url="https://noticias.example/a")
CLAIM = Claim(id="c-1", kind="statement", text="Rubio dijo algo", span=(0, 15), language="es", speaker="marco-rubio")


def _rows(run_id: str, verdict: str):
    return run_rows(run_id=run_id, flow="test", target="t", started_at=datetime.now(timezone.utc), version="t",
                    article=ARTICLE, claims=[CLAIM], entities=[], sources=[],
                    verdicts=[Verdict("c-1", verdict, 0.5, f"because {verdict}")])


def test_history_is_kept_and_changes_show(tmp_path):
    db = tmp_path / "w.duckdb"
    assert write_run(db, _rows("run-1", "unverified")) == "written"
    time.sleep(0.01)
    assert write_run(db, _rows("run-2", "confirmed")) == "written"
    _, rows = query(db, "SELECT run_id, verdict FROM verdicts ORDER BY checked_at")
    assert rows == [("run-1", "unverified"), ("run-2", "confirmed")]
    assert query(db, "SELECT verdict FROM latest_verdicts")[1] == [("confirmed",)]
    assert query(db, "SELECT previous_verdict, verdict FROM verdict_changes")[1] == [("unverified", "confirmed")]
    assert query(db, "SELECT count(*) FROM claims")[1] == [(1,)]


def test_a_locked_file_parks_the_run_and_the_next_run_merges_it(tmp_path):
    db = tmp_path / "w.duckdb"
    write_run(db, _rows("run-1", "unverified"))
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        parked = write_run(db, _rows("run-2", "confirmed"))
        assert parked.endswith("run-2.json") and (pending_dir(db) / "run-2.json").exists()
    finally:
        holder.kill()
        holder.wait()
    write_run(db, _rows("run-3", "confirmed"))
    assert [r[0] for r in query(db, "SELECT run_id FROM verdicts ORDER BY run_id")[1]] == ["run-1", "run-2", "run-3"]
    assert not list(pending_dir(db).glob("*.json"))


def test_a_failed_write_leaves_nothing_half_written(tmp_path):
    db = tmp_path / "w.duckdb"
    rows = _rows("run-1", "unverified")
    rows["verdicts"].append(dict(rows["verdicts"][0], claim_id="c-2", verdict=None))  # NOT NULL fails, after other tables
    with pytest.raises(Exception):
        write_run(db, rows)
    assert query(db, "SELECT count(*) FROM runs")[1] == [(0,)]
    assert query(db, "SELECT count(*) FROM claims")[1] == [(0,)]


def test_a_file_that_is_not_duckdb_is_refused(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("not a database")
    with pytest.raises(WarehouseError):
        with connect(bogus):
            pass


def test_the_schema_is_versioned(tmp_path):
    db = tmp_path / "w.duckdb"
    write_run(db, _rows("run-1", "unverified"))
    assert query(db, "SELECT max(version) FROM schema_version")[1] == [(1,)]
