"""Build the held-apart development sets (dev2.json, dev3.json, dev4.json, dev5.json, dev6.json, dev7.json, dev8.json, dev9.json, dev10.json, dev11.json, dev12.json, dev13.json, dev14.json, dev15.json, dev16.json, dev17.json, dev18.json, dev19.json, dev20.json, dev21.json, dev22.json, dev23.json, dev24.json, dev25.json, dev26.json, dev27.json, dev28.json, dev29.json, dev30.json, dev31.json, dev32.json, dev33.json, dev34.json, dev35.json, dev36.json, dev37.json, dev38.json, dev39.json, dev40.json, dev41.json, dev42.json, dev43.json, dev44.json) from their docs_*.py and pairs_*.py.

    python3 tests/data/verdicts/build/build_held_out.py [dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|dev13|dev14|dev15|dev16|dev17|dev18|dev19|dev20|dev21|dev22|dev23|dev24|dev25|dev26|dev27|dev28|dev29|dev30|dev31|dev32|dev33|dev34|dev35|dev36|dev37|dev38|dev39|dev40|dev41|dev42|dev43|dev44 ...]

Separate from build.py on purpose: build.py shuffles ids and splits train/dev/test, and adding
pairs to it would reshuffle those three files. Each set is written to its own file, with ids
(d2-001…, d3-001…, d4-001…, d5-001…, d6-001…, d7-001…, d8-001…, d9-001…, d10-001…, d11-001…, d12-001…, d13-001…, d14-001…, d15-001…, d16-001…) assigned after a seeded shuffle, so that they do not reveal the category, and
its name as "split" on every pair (doclib.write_held_out). Deterministic: the same sources always
give the same files.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from doclib import write_held_out  # noqa: E402

SETS = {"dev2": ("d2", 20250918), "dev3": ("d3", 20251019), "dev4": ("d4", 20240827),
        "dev5": ("d5", 20250629), "dev6": ("d6", 20231214),
        "dev7": ("d7", 20230609), "dev8": ("d8", 20240109),
        "dev9": ("d9", 20231217), "dev10": ("d10", 20230517),
        "dev11": ("d11", 20240626),
        "dev12": ("d12", 20250428),
        "dev13": ("d13", 20250622),
        "dev14": ("d14", 20210306),
        "dev15": ("d15", 20220811),
        "dev16": ("d16", 20230331),
        "dev17": ("d17", 20240915),
        "dev18": ("d18", 20211102),
        "dev19": ("d19", 20251126),
        "dev20": ("d20", 20220417),
        "dev21": ("d21", 20261126),
        "dev22": ("d22", 20180605),
        "dev23": ("d23", 20261127),
        "dev24": ("d24", 20190314),
        "dev25": ("d25", 20261128),
        "dev26": ("d26", 20150722),
        "dev27": ("d27", 20261129),
        "dev28": ("d28", 20120310),
        "dev29": ("d29", 20261129),
        "dev30": ("d30", 20080923),
        "dev31": ("d31", 20261130),
        "dev32": ("d32", 20110617),
        "dev33": ("d33", 20261126),
        "dev34": ("d34", 20080704),
        "dev35": ("d35", 20261127),
        "dev36": ("d36", 20050412),
        "dev37": ("d37", 20261128),
        "dev38": ("d38", 20030309),
        "dev39": ("d39", 20261129),
        "dev40": ("d40", 20160623),
        "dev41": ("d41", 20261130),
        "dev42": ("d42", 20100411),
        "dev43": ("d43", 20261201),
        "dev44": ("d44", 20130917)}  # name: (id prefix, shuffle seed)


def main(names: list[str]) -> None:
    for name in names or list(SETS):
        prefix, seed = SETS[name]
        pairs = importlib.import_module(f"pairs_{name}")
        docs = importlib.import_module(f"docs_{name}")
        write_held_out(name, prefix, pairs.PAIRS, docs.DOCS, seed)


if __name__ == "__main__":
    main(sys.argv[1:])
