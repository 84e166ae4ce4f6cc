"""Build dev2.json, the second development set, from docs_dev2.py and pairs_dev2.py.

    python3 tests/data/verdicts/build/build_dev2.py

Separate from build.py on purpose: build.py shuffles ids and splits train/dev/test, and adding
pairs to it would reshuffle those three files. This builder writes dev2.json only, with ids
d2-001... assigned after a seeded shuffle (so that they do not reveal the category) and
"split": "dev2" on every pair. Deterministic: the same sources always give the same file.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pairs_dev2  # noqa: E402
from docs_dev2 import DOCS  # noqa: E402
from doclib import OUT, assembled  # noqa: E402

SEED = 20250918


def main() -> None:
    used = {d for p in pairs_dev2.PAIRS for d in p["docs"]}
    pairs = assembled(pairs_dev2.PAIRS, DOCS)
    unused = sorted(set(DOCS) - used)
    if unused:
        print(f"note: documents not used by any pair: {unused}")

    order = list(range(len(pairs)))
    random.Random(SEED).shuffle(order)
    for n, i in enumerate(order, 1):
        pairs[i]["id"] = f"d2-{n:03d}"
        pairs[i]["split"] = "dev2"

    rows = sorted(pairs, key=lambda p: p["id"])
    rows = [{k: p[k] for k in ("id", "split", "label", "category", "note", "claim", "documents")} for p in rows]
    (OUT / "dev2.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    print(f"dev2: {len(rows)} pairs, {len(used)} documents")


if __name__ == "__main__":
    main()
