"""Build train.json / dev.json / test.json from the pair definitions.

    python3 tests/data/verdicts/build/build.py

Deterministic: the same sources always give the same files. Ids are assigned after a seeded
shuffle so that they do not reveal the category; splits are stratified by category and label.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pairs_common  # noqa: E402
import pairs_confirmed  # noqa: E402,F401
import pairs_other  # noqa: E402,F401
from docs import DOCS  # noqa: E402
from doclib import OUT, assembled  # noqa: E402

PATTERN = ["train", "dev", "train", "test", "train"]
LABEL_ORDER = {"confirmed": 0, "contradicted": 1, "unverified": 2}


def main() -> None:
    pairs = assembled(pairs_common.PAIRS, DOCS)
    for i, p in enumerate(pairs):
        p["_idx"] = i

    order = list(range(len(pairs)))
    random.Random(20250203).shuffle(order)
    for n, i in enumerate(order, 1):
        pairs[i]["id"] = f"v-{n:03d}"

    by_cat = defaultdict(list)
    for p in pairs:
        by_cat[p["category"]].append(p)
    split_of = {}
    for cat, ps in by_cat.items():
        ps.sort(key=lambda p: (LABEL_ORDER[p["label"]], p["claim"]["language"], p["_idx"]))
        for j, p in enumerate(ps):
            split_of[p["id"]] = PATTERN[j % len(PATTERN)]

    for split in ("train", "dev", "test"):
        rows = sorted((p for p in pairs if split_of[p["id"]] == split), key=lambda p: p["id"])
        rows = [{k: p[k] for k in ("id", "label", "category", "note", "claim", "documents")} for p in rows]
        (OUT / f"{split}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        print(f"{split}: {len(rows)}")


if __name__ == "__main__":
    main()
