"""The DuckDB warehouse: versioned schema, one short transaction per run, nothing half written.

DuckDB lets one process write a file. When a fact-checker has the file open (the DuckDB CLI
holds the lock), a run does not fail and loses nothing: its rows wait as JSON in a `pending`
folder beside the file, and the next run that gets the lock merges them first.

Files are written in the v1.5.0 storage format, which the DuckDB CLI packages (1.5.x) can open;
the newest Python package (2.0) writes a format they refuse.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

import duckdb

from claimcheck.warehouse.tables import TABLES, insert_sql

SCHEMA_VERSION = 1
MIGRATIONS = {1: "001_initial.sql"}
STORAGE_VERSION = "v1.5.0"
CREATE_SCHEMA_TABLE = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
SELECT_SCHEMA_VERSION = "SELECT coalesce(max(version), 0) FROM schema_version"
INSERT_SCHEMA_VERSION = "INSERT INTO schema_version VALUES (?, now())"

Rows = dict[str, list[dict[str, Any]]]


class WarehouseError(RuntimeError):
    """The warehouse file cannot be used; the message says why."""


class WarehouseLocked(WarehouseError):
    pass


def _sql(name: str) -> str:
    return resources.files("claimcheck.warehouse").joinpath("sql", name).read_text("utf-8")


def pending_dir(db_path: str | Path) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + ".pending")


@contextmanager
def connect(db_path: str | Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    path = Path(db_path)
    if read_only and not path.exists():
        raise WarehouseError(f"no warehouse at {path}; run `claimcheck verify` or `claimcheck demo` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(":memory:")
    try:
        mode = "READ_ONLY" if read_only else f"STORAGE_VERSION '{STORAGE_VERSION}'"
        try:
            con.execute(f"ATTACH '{_quote(path)}' AS warehouse ({mode})")
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise WarehouseLocked(f"{path} is locked by another process") from None
            raise WarehouseError(f"cannot open {path}: {exc}") from None
        except duckdb.Error as exc:
            raise WarehouseError(f"{path} is not a DuckDB warehouse: {exc}") from None
        con.execute("USE warehouse")
        if not read_only:
            _migrate(con)
        yield con
    finally:
        con.close()


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(CREATE_SCHEMA_TABLE)
    current = con.execute(SELECT_SCHEMA_VERSION).fetchall()[0][0]
    if current > SCHEMA_VERSION:
        raise WarehouseError(f"the warehouse has schema version {current}, newer than this claimcheck ({SCHEMA_VERSION})")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(_sql(MIGRATIONS[version]))
            con.execute(INSERT_SCHEMA_VERSION, [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    con.execute(_sql("views.sql"))


def _insert(con: duckdb.DuckDBPyConnection, rows: Rows) -> None:
    for table, spec in TABLES.items():
        batch = rows.get(table) or []
        if batch:
            con.executemany(insert_sql(table), [[row.get(c) for c in spec.columns] for row in batch])


def write_run(db_path: str | Path, rows: Rows) -> str:
    """Write one run's rows in a single transaction; if the file is locked, park them.

    Returns "written" or the path of the pending file.
    """
    try:
        with connect(db_path) as con:
            _merge_pending(con, db_path)
            _write(con, rows)
        return "written"
    except WarehouseLocked:
        folder = pending_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        run_id = rows["runs"][0]["run_id"] if rows.get("runs") else "run"
        target = folder / f"{run_id}.json"
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(rows, default=_json_default), "utf-8")
        os.replace(tmp, target)  # a reader never sees half a file
        return str(target)


def _write(con: duckdb.DuckDBPyConnection, rows: Rows) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        _insert(con, rows)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _merge_pending(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> None:
    folder = pending_dir(db_path)
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.json")):
        _write(con, json.loads(path.read_text("utf-8")))
        path.unlink()


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def query(db_path: str | Path, sql: str, params: list[Any] | None = None) -> tuple[list[str], list[tuple]]:
    """Run a read-only query (the `claimcheck sql` command and the report)."""
    with connect(db_path, read_only=True) as con:
        try:
            cursor = con.execute(sql, params or [])
            names = [d[0] for d in cursor.description or []]
            return names, cursor.fetchall()
        except duckdb.Error as exc:
            raise WarehouseError(str(exc).splitlines()[0]) from None


SELECT_RUN_IDS = "SELECT run_id FROM runs"


def known_runs(db_path: str | Path) -> set[str] | None:
    """Run ids the warehouse holds or has parked; None when the file is locked (decide nothing)."""
    runs = {p.stem for p in pending_dir(db_path).glob("*.json")} if pending_dir(db_path).is_dir() else set()
    if not Path(db_path).exists():
        return runs
    try:
        with connect(db_path, read_only=True) as con:
            return runs | {r[0] for r in con.execute(SELECT_RUN_IDS).fetchall()}
    except WarehouseLocked:
        return None
    except (WarehouseError, duckdb.Error):
        return runs
