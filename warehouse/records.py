"""A run's results as warehouse rows: plain dicts keyed by column, ready to insert or park."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from typing import Any

from claimcheck.models import Article, Claim, Document, Entity, SourceRecord, Verdict


def article_id(article: Article) -> str:
    basis = article.url or hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return "a-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def snapshot_id(run_id: str, url: str) -> str:
    return "s-" + hashlib.sha1(f"{run_id}|{url}".encode("utf-8")).hexdigest()[:16]


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def run_rows(
    *,
    run_id: str,
    flow: str,
    target: str,
    started_at: datetime,
    version: str,
    article: Article,
    claims: list[Claim],
    entities: list[Entity],
    sources: list[tuple[SourceRecord, str, Document | None]],  # record, reason, document
    verdicts: list[Verdict],
) -> dict[str, list[dict[str, Any]]]:
    aid = article_id(article)
    now = datetime.now(timezone.utc)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in (
        "runs", "entities", "articles", "claims", "sources", "article_sources", "snapshots", "documents", "passages",
        "verdicts", "evidence", "facets")}
    rows["runs"].append({"run_id": run_id, "flow": flow, "target": target, "started_at": started_at,
                         "finished_at": now, "status": "completed", "version": version})
    named = {c.speaker for c in claims} | {p for c in claims for p in c.participants} | {c.confirmed_by for c in claims}
    for entity in entities:
        if entity.id in named:
            rows["entities"].append({"entity_id": entity.id, "name": entity.name, "kind": entity.kind, "parent": entity.parent})
    rows["articles"].append({
        "article_id": aid, "url": article.url, "title": article.title, "outlet": article.outlet,
        "published_at": article.published_at, "language": article.language, "text": article.text,
        "text_sha256": hashlib.sha256(article.text.encode("utf-8")).hexdigest(), "first_run_id": run_id, "last_run_id": run_id,
    })
    for c in claims:
        rows["claims"].append({
            "claim_id": c.id, "article_id": aid, "kind": c.kind, "speaker": c.speaker, "speaker_name": c.speaker_name,
            "text": c.text, "span_start": c.span[0], "span_end": c.span[1], "quote": c.quote, "claimed_date": c.date,
            "date_precision": c.date_precision, "channel": c.channel, "event_type": c.event_type,
            "participants": list(c.participants), "confirmed_by": c.confirmed_by, "absence": c.absence, "content": c.content,
        })
    for record, reason, document in sources:
        sid = snapshot_id(run_id, record.url)
        rows["sources"].append({"source_url": record.url, "kind": record.kind, "first_run_id": run_id})
        rows["article_sources"].append({"article_id": aid, "source_url": record.url, "reason": reason})
        rows["snapshots"].append({
            "snapshot_id": sid, "run_id": run_id, "source_url": record.url, "fetched_from": record.fetched_from,
            "final_url": record.final_url, "status": record.status, "error": record.error,
            "content_type": record.content_type, "sha256": record.sha256, "etag": record.headers.get("etag"),
            "last_modified": record.headers.get("last-modified"),
            "redirects": record.headers.get("x-claimcheck-redirects") or None,
            "headers": json.dumps({k: v for k, v in record.headers.items() if not k.startswith("x-claimcheck")}),
            "fetched_at": record.fetched_at, "warc_file": record.warc_file, "warc_offset": record.warc_offset,
        })
        if document is not None:
            rows["documents"].append({
                "snapshot_id": sid, "source_url": record.url, "kind": document.kind, "publisher": document.publisher,
                "author": document.author, "author_name": document.author_name,
                "published_at": _iso(document.published_at), "language": document.language, "title": document.title,
            })
            for i, p in enumerate(document.passages):
                rows["passages"].append({"snapshot_id": sid, "idx": i, "speaker": p.speaker, "text": p.text})
    for v in verdicts:
        rows["verdicts"].append({"run_id": run_id, "claim_id": v.claim_id, "verdict": v.verdict,
                                 "confidence": v.confidence, "rationale": v.rationale, "checked_at": now})
        for e in v.evidence:
            rows["evidence"].append({"run_id": run_id, "claim_id": v.claim_id, "source_url": e.url,
                                     "passage": e.passage, "score": e.score, "facet": e.facet})
        for f in v.facets:
            rows["facets"].append({"run_id": run_id, "claim_id": v.claim_id, "facet": f.facet, "result": f.result,
                                   "score": f.score, "note": f.note, "translated": f.translated})
    return rows
