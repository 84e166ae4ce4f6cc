"""The `verify-article` flow: article in, sources discovered, fetched and archived, verdicts stored.

Tasks are per article and per source, not per claim: a Prefect task run has real overhead, and
checking a claim against prepared documents costs microseconds. Fetch tasks run concurrently on
the flow's thread pool; a failed source is a recorded outcome, so no task raises for it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, time, timezone
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from claimcheck.extractors.article import ArticleError
from claimcheck.extractors.entities import EntityIndex, build_index
from claimcheck.flows import output, steps
from claimcheck.models import Article, Claim, Document, SourceRecord, Verdict
from claimcheck.sources.archive import Archive, archive_dir_for, reconcile
from claimcheck.sources.discovery import Candidate, direct_candidates, feed_requests
from claimcheck.sources.fetch import Fetcher, FetchSettings, parse_mirrors
from claimcheck.sources.registry import load_registry
from claimcheck.sources.replay import ReplayFetcher
from claimcheck.warehouse.records import run_rows
from claimcheck.warehouse.store import known_runs, write_run


def _version() -> str:
    try:
        return version("claimcheck")
    except PackageNotFoundError:
        return "dev"


@dataclass
class VerifyResult:
    document: dict[str, Any] | None
    run_id: str
    stored: str  # "written", the pending file's path, or "nothing" when the article was unusable
    warc: str | None = None
    failures: list[str] = field(default_factory=list)


@task(name="load-article", cache_policy=NO_CACHE)
def load_article_task(target: str, fetcher: Fetcher) -> Article | str:
    """The article, or the one-line reason it cannot be read (bad input is an answer, not a crash)."""
    try:
        return steps.load_article(target, fetcher)
    except ArticleError as exc:
        return str(exc)


@task(name="extract-claims", cache_policy=NO_CACHE)
def extract_task(article: Article, index: EntityIndex) -> list[Claim]:
    return steps.extract(article, index)


@task(name="read-feed", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def read_feed_task(fetcher: Fetcher, request, index: EntityIndex):
    return steps.read_feed(fetcher, request, index)


@task(name="fetch-source", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def fetch_source_task(fetcher: Fetcher, candidate: Candidate, index: EntityIndex, near: datetime | None) -> steps.Fetched:
    return steps.fetch_source(fetcher, candidate, index, near)


@task(name="check-claims", cache_policy=NO_CACHE)
def check_task(claims: list[Claim], documents: list[Document], index: EntityIndex) -> list[Verdict]:
    return steps.check(claims, documents, index)


@task(name="write-warehouse", cache_policy=NO_CACHE)
def write_task(db: str, rows: dict) -> str:
    return write_run(db, rows)


@flow(name="verify-article", log_prints=False)
def verify_article(
    target: str,
    sources: list[str] | None = None,
    registry: str | None = None,
    db: str = "claimcheck.duckdb",
    allow_hosts: list[str] | None = None,
    mirrors: list[str] | None = None,
    offline: bool = False,
) -> VerifyResult:
    """Check every attributed claim in one article (a URL, or a path to an .html or .txt file).

    offline: answer every fetch from the run archive beside the warehouse, touching no network.
    """
    started = datetime.now(timezone.utc)
    run_id = f"run-{started:%Y%m%dT%H%M%S}-{(flow_run.get_id() or uuid.uuid4().hex)[:8]}"
    logger = get_run_logger()
    entities = load_registry(registry)
    index = build_index(entities)
    archive_dir = archive_dir_for(db)
    known = known_runs(db)
    if known is not None and archive_dir.is_dir():
        reconcile(archive_dir, known)
    archive = None if offline else Archive(archive_dir, run_id)
    settings = FetchSettings(allow_hosts=frozenset(allow_hosts or ()), mirrors=parse_mirrors(mirrors or []))
    with (ReplayFetcher(archive_dir) if offline else Fetcher(settings, archive)) as fetcher:
        article = load_article_task(target, fetcher)
        if isinstance(article, str):
            return VerifyResult(None, run_id, "nothing", None, [article])
        claims = extract_task(article, index)
        candidates = {c.url: c for c in direct_candidates(article, list(sources or []), index)}
        feed_futures = [read_feed_task.submit(fetcher, r, index) for r in feed_requests(claims, index, article.published_at)]
        feed_records: list[SourceRecord] = []
        for future in feed_futures:
            record, found = future.result()
            feed_records.append(record)
            for c in found:
                candidates.setdefault(c.url, c)
        near = datetime.combine(article.published_at, time(12), tzinfo=timezone.utc) if article.published_at else None
        futures = [fetch_source_task.submit(fetcher, c, index, near) for c in candidates.values()]
        fetched: list[steps.Fetched] = [f.result() for f in futures]
    documents = [f.document for f in fetched if f.document is not None]
    verdicts = check_task(claims, documents, index)
    failures = [f"{f.candidate.url}: {f.problem}" for f in fetched if f.problem]
    failures += [f"{r.url}: {r.error}" for r in feed_records if r.error]
    for failure in failures:
        logger.warning("source not used: %s", failure)
    source_rows = [(f.record, f.candidate.reason, f.document) for f in fetched] + [(r, "registry feed", None) for r in feed_records]
    rows = run_rows(run_id=run_id, flow="verify-article", target=target, started_at=started, version=_version(),
                    article=article, claims=claims, entities=entities, sources=source_rows, verdicts=verdicts)
    stored = write_task(db, rows)
    if archive is not None:
        archive.seal()  # the rows are safe (written or parked): the archive takes its final name
    result_doc = output.document(article, claims, verdicts, [f.record for f in fetched] + feed_records)
    _publish_artifact(result_doc, run_id)
    warc = str(archive.path) if archive is not None and archive.path.exists() else None
    return VerifyResult(result_doc, run_id, stored, warc, failures)


def _publish_artifact(doc: dict[str, Any], run_id: str) -> None:
    rows = ["| claim | speaker | verdict | confidence | evidence |", "|---|---|---|---|---|"]
    for c in doc["claims"]:
        evidence = c["evidence"][0]["url"] if c["evidence"] else ""
        text = c["text"].replace("|", "\\|")[:140]
        rows.append(f"| {text} | {c['speaker'] or '(event)'} | **{c['verdict']}** | {c['confidence']:.2f} | {evidence} |")
    create_markdown_artifact(markdown="\n".join([f"## Verdicts for {doc['article']['url'] or doc['article']['title'] or 'article'}", "", *rows]),
                             key="verdicts", description=f"claimcheck {run_id}")
