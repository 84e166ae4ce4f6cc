"""The `--json` document of DESIGN.md's command-line contract, and the human-readable table.

Outside tools parse this document: its keys and types are a contract, not a convenience.
"""

from __future__ import annotations

from typing import Any

from claimcheck.models import Article, Claim, SourceRecord, Verdict


def document(article: Article, claims: list[Claim], verdicts: list[Verdict] | None,
             sources: list[SourceRecord]) -> dict[str, Any]:
    by_claim = {v.claim_id: v for v in verdicts or []}
    out_claims = []
    for c in claims:
        item: dict[str, Any] = {
            "id": c.id,
            "kind": c.kind,
            "speaker": c.speaker_name,
            "text": c.text,
            "span": [c.span[0], c.span[1]],
            "quote": c.quote,
            "date": c.date if c.date and c.date_precision == "day" else None,
            "channel": c.channel,
        }
        if verdicts is not None:
            v = by_claim[c.id]
            item["verdict"] = v.verdict
            item["confidence"] = round(float(v.confidence), 3)
            item["rationale"] = v.rationale
            item["evidence"] = [
                {"url": e.url, "passage": e.passage, "score": round(float(e.score), 3), "facet": e.facet} for e in v.evidence
            ]
        out_claims.append(item)
    return {
        "article": {
            "url": article.url,
            "title": article.title,
            "published_at": article.published_at.isoformat() if article.published_at else None,
            "language": article.language,
            "text": article.text,
        },
        "claims": out_claims,
        "sources": [{"url": s.url, "status": s.status, "kind": s.kind, "sha256": s.sha256} for s in sources],
    }


def _cell(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def table(doc: dict[str, Any]) -> str:
    """A plain-text table: claim, speaker, verdict, evidence source."""
    widths = (56, 24, 17, 44)
    head = ("claim", "speaker", "verdict", "evidence source")
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)), "  ".join("-" * w for w in widths)]
    for c in doc["claims"]:
        label = c.get("verdict", "-")
        if "confidence" in c:
            label = f"{label} {c['confidence']:.2f}"
        source = c["evidence"][0]["url"] if c.get("evidence") else ""
        source = source.split("://", 1)[-1]
        cells = (_cell(c["text"], widths[0]), _cell(c["speaker"] or "(event)" if c["kind"] == "event" else c["speaker"] or "-", widths[1]),
                 _cell(label, widths[2]), _cell(source, widths[3]))
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(cells, widths)))
    lines.append("")
    lines.append(f"{len(doc['claims'])} claims; sources: " + ", ".join(
        f"{s['url'].split('://', 1)[-1][:60]} [{s['status'] if s['status'] is not None else 'failed'}]" for s in doc["sources"]))
    return "\n".join(lines)
