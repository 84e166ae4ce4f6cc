"""Build dev2.json, the second development set, from docs_dev2.py and pairs_dev2.py.

    python3 tests/data/verdicts/build/build_dev2.py

Separate from build.py on purpose: build.py shuffles ids and splits train/dev/test, and adding
pairs to it would reshuffle those three files. This builder writes dev2.json only, with ids
d2-001... assigned after a seeded shuffle (so that they do not reveal the category) and
"split": "dev2" on every pair. Deterministic: the same sources always give the same file.
"""

from __future__ import annotations

import copy
import json
import random
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import pairs_dev2  # noqa: E402
from docs_dev2 import DOCS  # noqa: E402

DEFAULT_REGISTRY = OUT.parents[2] / "sources" / "data" / "registry.toml"
EXTRA_REGISTRY = OUT / "registry.toml"

DOC_FIELDS = ["url", "kind", "language", "title", "publisher", "author", "author_name", "published_at",
              "published_utc_date_only", "timezone", "verbatim", "passages"]
SEED = 20250918


def names() -> dict[str, str]:
    out = {}
    for path in (DEFAULT_REGISTRY, EXTRA_REGISTRY):
        for e in tomllib.loads(path.read_text())["entity"]:
            out[e["id"]] = e["name"]
    return out


def main() -> None:
    ents = names()
    pairs = [copy.deepcopy(p) for p in pairs_dev2.PAIRS]
    used = set()
    for p in pairs:
        sp = p["claim"]["speaker"]
        p["claim"]["speaker_name"] = ents[sp] if sp else None
        used.update(p["docs"])
        p["documents"] = [{k: copy.deepcopy(DOCS[d])[k] for k in DOC_FIELDS} for d in p.pop("docs")]
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
