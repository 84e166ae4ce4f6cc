"""Which columns each table takes and how a run's rows land in it (insert, or upsert by key).

The statements are built from this constant only (never from data), and every value goes in
as a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    key: tuple[str, ...] = ()  # upsert on this key; empty: append-only
    keep: tuple[str, ...] = ()  # columns an upsert leaves as first written


TABLES: dict[str, Table] = {
    "runs": Table(("run_id", "flow", "target", "started_at", "finished_at", "status", "version"), ("run_id",)),
    "entities": Table(("entity_id", "name", "kind", "parent"), ("entity_id",)),
    "articles": Table(
        ("article_id", "url", "title", "outlet", "published_at", "language", "text", "text_sha256", "first_run_id", "last_run_id"),
        ("article_id",), ("first_run_id",),
    ),
    "claims": Table(
        ("claim_id", "article_id", "kind", "speaker", "speaker_name", "text", "span_start", "span_end", "quote",
         "claimed_date", "date_precision", "channel", "event_type", "participants", "confirmed_by", "absence", "content"),
        ("claim_id",),
    ),
    "sources": Table(("source_url", "kind", "first_run_id"), ("source_url",), ("first_run_id",)),
    "article_sources": Table(("article_id", "source_url", "reason"), ("article_id", "source_url")),
    "snapshots": Table(
        ("snapshot_id", "run_id", "source_url", "fetched_from", "final_url", "status", "error", "content_type", "sha256",
         "etag", "last_modified", "redirects", "headers", "fetched_at", "warc_file", "warc_offset"),
        ("snapshot_id",),
    ),
    "documents": Table(
        ("snapshot_id", "source_url", "kind", "publisher", "author", "author_name", "published_at", "language", "title"),
        ("snapshot_id",),
    ),
    "passages": Table(("snapshot_id", "idx", "speaker", "text"), ("snapshot_id", "idx")),
    "verdicts": Table(("run_id", "claim_id", "verdict", "confidence", "rationale", "checked_at"), ("run_id", "claim_id")),
    "evidence": Table(("run_id", "claim_id", "source_url", "passage", "score", "facet")),
    "facets": Table(("run_id", "claim_id", "facet", "result", "score", "note", "translated")),
}


def insert_sql(table: str) -> str:
    spec = TABLES[table]
    columns = ", ".join(spec.columns)
    marks = ", ".join("?" for _ in spec.columns)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    if spec.key:
        updates = [c for c in spec.columns if c not in spec.key and c not in spec.keep]
        action = "DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates) if updates else "DO NOTHING"
        sql += f" ON CONFLICT ({', '.join(spec.key)}) {action}"
    return sql
