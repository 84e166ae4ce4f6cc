"""Build dev2.json, the second development set, from docs_dev2.py and pairs_dev2.py.

    python3 tests/data/verdicts/build/build_dev2.py

Separate from build.py on purpose: build.py shuffles ids and splits train/dev/test, and adding
pairs to it would reshuffle those three files. This builder writes dev2.json only, with ids
d2-001... assigned after a seeded shuffle (so that they do not reveal the category) and
"split": "dev2" on every pair (doclib.write_held_out). Deterministic: the same sources always
give the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pairs_dev2  # noqa: E402
from docs_dev2 import DOCS  # noqa: E402
from doclib import write_held_out  # noqa: E402

SEED = 20250918


def main() -> None:
    write_held_out("dev2", "d2", pairs_dev2.PAIRS, DOCS, SEED)


if __name__ == "__main__":
    main()
