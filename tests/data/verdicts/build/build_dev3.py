"""Build dev3.json, the third development set, from docs_dev3.py and pairs_dev3.py.

    python3 tests/data/verdicts/build/build_dev3.py

Separate from build.py on purpose: build.py shuffles ids and splits train/dev/test, and adding
pairs to it would reshuffle those three files. This builder writes dev3.json only, with ids
d3-001... assigned after a seeded shuffle (so that they do not reveal the category) and
"split": "dev3" on every pair (doclib.write_held_out). Deterministic: the same sources always
give the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pairs_dev3  # noqa: E402
from docs_dev3 import DOCS  # noqa: E402
from doclib import write_held_out  # noqa: E402

SEED = 20251019


def main() -> None:
    write_held_out("dev3", "d3", pairs_dev3.PAIRS, DOCS, SEED)


if __name__ == "__main__":
    main()
