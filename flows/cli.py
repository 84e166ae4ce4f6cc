"""The `claimcheck` command. Its flags and its `--json` document are a contract (DESIGN.md).

Bad input ends with one line on stderr and a non-zero exit, never a traceback
(CLAIMCHECK_DEBUG=1 shows one). `extract`, `sql` and `report` never import Prefect.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any, Sequence

EXIT_BAD_INPUT = 2
EXIT_FAILURE = 1


class UserError(Exception):
    """Something the user can fix; printed as one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimcheck", description="Extract attributed claims from a news article, "
                                     "fetch and archive their primary sources, and score each claim.")
    sub = parser.add_subparsers(dest="command", required=True)

    def network_flags(p: argparse.ArgumentParser) -> None:
        p.add_argument("--registry", metavar="FILE", help="extra registry TOML (entities, aliases, channels)")
        p.add_argument("--allow-host", metavar="HOST", action="append", default=[], dest="allow_hosts",
                       help="let the fetcher reach HOST even if it resolves to a private or loopback address")
        p.add_argument("--mirror", metavar="HOST=BASE", action="append", default=[], dest="mirrors",
                       help="fetch https://HOST/path from BASE/path instead (the canonical URL is what is stored)")

    p = sub.add_parser("verify", help="check an article's claims against their primary sources")
    p.add_argument("target", metavar="TARGET", help="http(s) URL, .html file or .txt file")
    p.add_argument("--source", metavar="URL", action="append", default=[], dest="sources", help="a source URL to check against")
    p.add_argument("--db", metavar="PATH", default="claimcheck.duckdb", help="DuckDB warehouse file (default: %(default)s)")
    p.add_argument("--json", action="store_true", help="print the result as one JSON document")
    p.add_argument("--offline", action="store_true",
                   help="re-check from the archive beside --db alone, with no network access")
    network_flags(p)

    p = sub.add_parser("extract", help="preview the claims that would be checked (no sources, no database)")
    p.add_argument("target", metavar="TARGET", help="http(s) URL, .html file or .txt file")
    p.add_argument("--json", action="store_true", help="print the result as one JSON document")
    network_flags(p)

    p = sub.add_parser("demo", help="run verify on the bundled seed article against a local web of its sources")
    p.add_argument("--db", metavar="PATH", default="claimcheck-demo.duckdb", help="DuckDB warehouse file (default: %(default)s)")
    p.add_argument("--json", action="store_true", help="print the result as one JSON document")

    p = sub.add_parser("sql", help="run a read-only SQL query on the warehouse")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--db", metavar="PATH", default="claimcheck.duckdb")
    p.add_argument("--json", action="store_true", help="print rows as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"verify": _verify, "extract": _extract, "demo": _demo, "sql": _sql}[args.command](args)
    except UserError as exc:
        print(f"claimcheck: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line, not a traceback
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        print(f"claimcheck: error: {type(exc).__name__}: {exc} (set CLAIMCHECK_DEBUG=1 for details)", file=sys.stderr)
        return EXIT_FAILURE


def _network_options(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    from claimcheck.sources.fetch import hosts_from_env, mirrors_from_env, parse_mirrors

    hosts = list(args.allow_hosts) + hosts_from_env()
    mirrors = list(args.mirrors) + mirrors_from_env()
    try:
        parse_mirrors(mirrors)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return hosts, mirrors


def _check_registry(path: str | None) -> None:
    from claimcheck.sources.registry import RegistryError, load_registry

    try:
        load_registry(path)
    except RegistryError as exc:
        raise UserError(str(exc)) from None


def _extract(args: argparse.Namespace) -> int:
    from claimcheck.extractors.article import ArticleError
    from claimcheck.extractors.entities import build_index
    from claimcheck.flows import output, steps
    from claimcheck.sources.fetch import Fetcher, FetchSettings, parse_mirrors
    from claimcheck.sources.registry import load_registry

    hosts, mirrors = _network_options(args)
    _check_registry(args.registry)
    index = build_index(load_registry(args.registry))
    try:
        if steps.is_url(args.target):
            with Fetcher(FetchSettings(allow_hosts=frozenset(hosts), mirrors=parse_mirrors(mirrors))) as fetcher:
                article = steps.load_article(args.target, fetcher)
        else:
            article = steps.load_article(args.target, None)
    except ArticleError as exc:
        raise UserError(str(exc)) from None
    doc = output.document(article, steps.extract(article, index), None, [])
    _emit(doc, args.json)
    return 0


def _prefect_env() -> None:
    """Quiet, offline-friendly Prefect defaults for a command-line run (the user's settings win)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")


def run_verify(target: str, *, sources: list[str], registry: str | None, db: str, hosts: list[str],
               mirrors: list[str], offline: bool = False) -> Any:
    _prefect_env()
    from claimcheck.flows.verify import verify_article

    return verify_article(target=target, sources=sources, registry=registry, db=db, allow_hosts=hosts,
                          mirrors=mirrors, offline=offline)


def _verify(args: argparse.Namespace) -> int:
    from claimcheck.flows import steps

    hosts, mirrors = _network_options(args)
    _check_registry(args.registry)
    if not steps.is_url(args.target):
        from claimcheck.extractors.article import ArticleError

        try:  # a bad file is reported before Prefect starts
            steps.load_article(args.target, None)
        except ArticleError as exc:
            raise UserError(str(exc)) from None
    _check_db_path(args.db)
    result = run_verify(args.target, sources=args.sources, registry=args.registry, db=args.db, hosts=hosts,
                        mirrors=mirrors, offline=args.offline)
    return _finish(result, args.json, args.db)


def _check_db_path(db: str) -> None:
    from pathlib import Path

    path = Path(db)
    if path.is_dir():
        raise UserError(f"--db {db} is a folder; give a file path")
    if path.exists() and path.stat().st_size and path.read_bytes()[8:12] != b"DUCK":
        raise UserError(f"--db {db} exists and is not a DuckDB file")


def _finish(result: Any, as_json: bool, db: str) -> int:
    if result.document is None:
        raise UserError(result.failures[0] if result.failures else "the article could not be read")
    _emit(result.document, as_json)
    if not as_json:
        where = db if result.stored == "written" else f"{result.stored} (the warehouse was locked; merged on the next run)"
        print(f"\nResults: {where}  run {result.run_id}" + (f"  archive {result.warc}" if result.warc else ""))
    return 0


def _demo(args: argparse.Namespace) -> int:
    from claimcheck.demo.server import ARTICLE_URL, DemoWeb

    _check_db_path(args.db)
    started = time.perf_counter()
    with DemoWeb() as web:
        result = run_verify(ARTICLE_URL, sources=[], registry=None, db=args.db, hosts=["127.0.0.1"], mirrors=web.mirrors)
    code = _finish(result, args.json, args.db)
    if not args.json:
        print(f"demo finished in {time.perf_counter() - started:.1f} s")
    return code


def _sql(args: argparse.Namespace) -> int:
    from claimcheck.warehouse.store import WarehouseError, query

    try:
        names, rows = query(args.db, args.query)
    except WarehouseError as exc:
        raise UserError(str(exc)) from None
    if args.json:
        print(json.dumps([dict(zip(names, r)) for r in rows], default=str, ensure_ascii=False))
    else:
        print("\t".join(names))
        for r in rows:
            print("\t".join("" if v is None else str(v) for v in r))
    return 0


def _emit(doc: dict[str, Any], as_json: bool) -> None:
    if as_json:
        json.dump(doc, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        from claimcheck.flows.output import table

        print(table(doc))


if __name__ == "__main__":
    sys.exit(main())
