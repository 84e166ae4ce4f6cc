"""Verdicts against the labelled claim-source pairs in tests/data/verdicts.

    python -m benchmarks.verdicts [--split train|dev|dev2|…|dev44|test|develop|all] [--repeat N] [--show]

Prints per-label precision and recall, macro-F1, the count of false "confirmed" (a pair labelled
contradicted or unverified that the checks confirm: the worst error this product can make), the
same by category, and the speed in claim-document pairs per second on one core (checks only;
documents are prepared once, as the pipeline does; the fastest of --repeat passes, each timed
apart, as timeit reports its minimum, with the mean of all passes printed beside it). Every pass
starts with the checks' text caches empty: what a claim's words are is worked out once per run,
not once per benchmark. Tuning uses train and dev; the test split
is reported apart and is not looked at while developing. dev2 to dev44 were each written after
the rules had been tuned on the splits before them, and measured untouched before they joined
development (see tests/data/verdicts/README.md).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

from claimcheck.checks.matching import PreparedDocument, prepare
from claimcheck.checks.text import forget_texts
from claimcheck.checks.verdicts import check_claim
from claimcheck.extractors.entities import EntityIndex, build_index
from claimcheck.models import Claim, Document, Passage
from claimcheck.sources.registry import load_registry

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "verdicts"
LABELS = ("confirmed", "contradicted", "unverified")
SPLITS = ("train", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "test")
DEVELOP = ("train", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44")


def _when(value: str | None) -> date | datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def claim_of(pair: dict) -> Claim:
    c = pair["claim"]
    return Claim(
        id=pair["id"], kind=c["kind"], text=c["text"], span=(0, len(c["text"])), language=c["language"],
        content=c.get("content") or c["text"], speaker=c.get("speaker"), speaker_name=c.get("speaker_name"),
        quote=c.get("quote"), date=c.get("date"), date_precision=c.get("date_precision"), channel=c.get("channel"),
        event_type=c.get("event_type"), participants=list(c.get("participants") or []),
        confirmed_by=c.get("confirmed_by"), absence=bool(c.get("absence")),
    )


def document_of(d: dict) -> Document:
    return Document(
        url=d["url"], kind=d["kind"], language=d["language"], title=d.get("title"),
        passages=[Passage(p["text"], p.get("speaker")) for p in d["passages"]],
        publisher=d.get("publisher"), author=d.get("author"), author_name=d.get("author_name"),
        published_at=_when(d.get("published_at")), published_utc_date_only=bool(d.get("published_utc_date_only")),
        timezone=d.get("timezone"), verbatim=bool(d.get("verbatim")),
    )


def load(split: str) -> list[dict]:
    names = {"develop": DEVELOP, "all": SPLITS}.get(split, (split,))
    pairs: list[dict] = []
    for name in names:
        path = DATA / f"{name}.json"
        if path.exists():
            pairs += [dict(p, split=name) for p in json.loads(path.read_text("utf-8"))]
    return pairs


def index_for() -> EntityIndex:
    extra = DATA / "registry.toml"
    return build_index(load_registry(extra if extra.exists() else None))


def report(rows: list[tuple[dict, str]], label: str) -> str:
    lines = [f"== {label}: {len(rows)} pairs"]
    f1s = []
    for name in LABELS:
        tp = sum(1 for p, v in rows if p["label"] == name and v == name)
        predicted = sum(1 for _, v in rows if v == name)
        gold = sum(1 for p, _ in rows if p["label"] == name)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        lines.append(f"{name:<13} precision={precision:.3f} recall={recall:.3f} f1={f1:.3f} (gold {gold}, predicted {predicted})")
    false_confirmed = sum(1 for p, v in rows if v == "confirmed" and p["label"] != "confirmed")
    lines.append(f"macro_f1={sum(f1s) / len(f1s):.3f} false_confirmed={false_confirmed}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="all", choices=(*SPLITS, "develop", "all"))
    parser.add_argument("--repeat", type=int, default=20, help="passes for the speed figure")
    parser.add_argument("--show", action="store_true", help="print every wrong verdict with its rationale")
    args = parser.parse_args()
    index = index_for()
    pairs = load(args.split)
    if not pairs:
        raise SystemExit(f"no labelled pairs in {DATA} for split {args.split}")
    prepared: list[tuple[Claim, list[PreparedDocument]]] = [
        (claim_of(p), [prepare(document_of(d), index) for d in p["documents"]]) for p in pairs
    ]
    rows: list[tuple[dict, str]] = []
    by_category: dict[str, Counter] = defaultdict(Counter)
    for pair, (claim, docs) in zip(pairs, prepared):
        verdict = check_claim(claim, docs, index)
        rows.append((pair, verdict.verdict))
        by_category[pair["category"]]["right" if verdict.verdict == pair["label"] else "wrong"] += 1
        if args.show and verdict.verdict != pair["label"]:
            print(f"{pair['id']} [{pair['split']}/{pair['category']}] gold={pair['label']} got={verdict.verdict}: "
                  f"{claim.text[:100]}\n    why: {verdict.rationale[:220]}\n    note: {pair.get('note', '')[:200]}")
    for split in dict.fromkeys(p["split"] for p in pairs):
        print(report([r for r in rows if r[0]["split"] == split], split))
    print(report(rows, "total"))
    print("by category: " + ", ".join(f"{c} {n['right']}/{n['right'] + n['wrong']}" for c, n in sorted(by_category.items())))
    documents = sum(len(docs) for _, docs in prepared)
    passes = []
    for _ in range(args.repeat):
        forget_texts()
        started = time.perf_counter()
        for claim, docs in prepared:
            check_claim(claim, docs, index)
        passes.append(time.perf_counter() - started)
    per_second = documents / min(passes)
    print(f"speed: {documents} claim-document pairs, {args.repeat} passes, one core: fastest pass {per_second:.0f} "
          f"pairs/s, mean of all passes {len(passes) * documents / sum(passes):.0f}")
    f1 = report(rows, "total").splitlines()[-1]
    macro = float(f1.split("macro_f1=")[1].split()[0])
    false_confirmed = int(f1.split("false_confirmed=")[1])
    print(f"verdicts: macro_f1={macro:.3f} false_confirmed={false_confirmed} pairs_per_s={per_second:.0f}")


if __name__ == "__main__":
    main()
