#!/usr/bin/env python3
"""Validate the claimcheck extraction corpus in this folder.

Usage:
    python tests/data/extraction/validate.py [--lint]

Checks every ``es-NN.json`` / ``en-NN.json`` file for:
  * JSON shape (required keys, types, id/language/split consistency);
  * every claim ``text`` occurring exactly once in the article ``text``
    (so character offsets can be computed with ``text.find``);
  * ``quote`` being a substring of the claim ``text`` (quote claims);
  * ``date`` / ``published_at`` being ISO (YYYY-MM-DD, or YYYY-MM for dates);
  * per-kind invariants (events have no speaker, only statements carry
    ``absence: true``, non-quote claims have ``quote: null``).

Then prints counts per language / split / kind and word-count statistics.
With ``--lint`` it also lists sentences that contain an attribution verb but
no annotated claim (a heuristic aid for annotators; hits are not errors).

Exit status is 1 if any hard check fails.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ["_note", "id", "split", "language", "style", "title", "published_at", "text", "claims"]
CLAIM_KEYS = {"kind", "text", "speaker", "quote", "date", "absence"}
KINDS = {"quote", "statement", "event"}
STYLES = {"wire", "newspaper", "feature", "blog", "liveblog", "interview", "explainer", "press-release"}
DAY = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
ID = re.compile(r"^(es|en)-(\d{2,3})$")
DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ /'.-]+, [^\n]{1,40}\((EFE|Reuters|AP|AFP)\)\s?[-.–]")

LINT_VERBS = re.compile(
    r"\b(dijo|afirm[óo]|asegur[óo]|precis[óo]|subray[óo]|señal[óo]|añadi[óo]|calific[óo]|inform[óo]|"
    r"sostuvo|advirti[óo]|reconoci[óo]|declar[óo]|indic[óo]|explic[óo]|expres[óo]|denunci[óo]|insisti[óo]|"
    r"neg[óo]|anunci[óo]|según|de acuerdo con|said|says|told|added|stated|warned|noted|argued|insisted|"
    r"denied|acknowledged|wrote|posted|according to|announced|called on|urged)\b",
    re.IGNORECASE,
)


SPLITS = ("train", "dev", "test", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27")
LAST = 54  # es-01 … es-54, en-01 … en-54 (all required)
# dev7 is es-55 … es-60 and en-55 … en-60; the ones written so far are required too.
DEV7 = [f"es-{n}" for n in range(55, 61)] + ["en-55", "en-56"]
# dev8 starts at 61 (en-57 … en-60 of dev7 stay unused); the ones written so far are required.
DEV8 = [f"es-{n}" for n in range(61, 65)] + [f"en-{n}" for n in range(61, 65)]
# dev9 is es-65 … es-70 and en-65 … en-70.
DEV9 = [f"{l}-{n}" for l in ("es", "en") for n in range(65, 71)]
# dev10 is es-71 … es-76 and en-71 … en-76.
DEV10 = [f"{l}-{n}" for l in ("es", "en") for n in range(71, 77)]
# dev11 is es-77 … es-80 and en-77 … en-80.
DEV11 = [f"{l}-{n}" for l in ("es", "en") for n in range(77, 81)]
# dev12 is es-81 … es-84 and en-81 … en-84.
DEV12 = [f"{l}-{n}" for l in ("es", "en") for n in range(81, 85)]
# dev13 is es-85 … es-88 and en-85 … en-88.
DEV13 = [f"{l}-{n}" for l in ("es", "en") for n in range(85, 89)]
# dev14 is es-89 … es-92 and en-89 … en-92; the ones written so far are required.
DEV14 = [f"{l}-{n}" for l in ("es", "en") for n in range(89, 93)]
# dev15 is es-93 … es-96 and en-93 … en-96; the ones written so far are required.
DEV15 = [f"{l}-{n}" for l in ("es", "en") for n in range(93, 97)]
# dev16 is es-97 … es-100 and en-97 … en-100; the ones written so far are required.
DEV16 = [f"{l}-{n}" for l in ("es", "en") for n in range(97, 101)]
# dev17 is es-101 … es-104 and en-101 … en-104; the ones written so far are required.
DEV17 = [f"{l}-{n}" for l in ("es", "en") for n in range(101, 105)]
# dev18 is es-105 … es-108 and en-105 … en-108; the ones written so far are required.
DEV18 = [f"{l}-{n}" for l in ("es", "en") for n in range(105, 109)]
# dev19 is es-109 … es-112 and en-109 … en-112; the ones written so far are required.
DEV19 = [f"{l}-{n}" for l in ("es", "en") for n in range(109, 113)]
# dev20 is es-113 … es-116 and en-113 … en-116; the ones written so far are required.
DEV20 = [f"{l}-{n}" for l in ("es", "en") for n in range(113, 117)]
# dev21 is es-117 … es-120 and en-117 … en-120; the ones written so far are required.
DEV21 = [f"{l}-{n}" for l in ("es", "en") for n in range(117, 121)]
# dev22 is es-121 … es-124 and en-121 … en-124; the ones written so far are required.
DEV22 = [f"{l}-{n}" for l in ("es", "en") for n in range(121, 125)]
# dev23 is es-125 … es-128 and en-125 … en-128; the ones written so far are required.
DEV23 = [f"{l}-{n}" for l in ("es", "en") for n in range(125, 129)]
# dev24 is es-129 … es-132 and en-129 … en-132; the ones written so far are required.
DEV24 = [f"{l}-{n}" for l in ("es", "en") for n in range(129, 133)]
# dev25 is es-133 … es-136 and en-133 … en-136; the ones written so far are required.
DEV25 = [f"{l}-{n}" for l in ("es", "en") for n in range(133, 137)]
# dev26 is es-137 … es-140 and en-137 … en-140; the ones written so far are required.
DEV26 = [f"{l}-{n}" for l in ("es", "en") for n in range(137, 141)]
# dev27 is es-141 … es-144 and en-141 … en-144; the ones written so far are required.
DEV27 = [f"{l}-{n}" for l in ("es", "en") for n in range(141, 145)]


def split_for(n: int) -> str:
    if n <= 12:
        return "train"
    if n <= 16:
        return "dev"
    if n <= 20:
        return "test"
    if n <= 28:
        return "dev2"
    if n <= 36:
        return "dev3"
    if n <= 42:
        return "dev4"
    if n <= 48:
        return "dev5"
    if n <= 54:
        return "dev6"
    if n <= 60:
        return "dev7"
    if n <= 64:
        return "dev8"
    if n <= 70:
        return "dev9"
    if n <= 76:
        return "dev10"
    if n <= 80:
        return "dev11"
    if n <= 84:
        return "dev12"
    if n <= 88:
        return "dev13"
    if n <= 92:
        return "dev14"
    if n <= 96:
        return "dev15"
    if n <= 100:
        return "dev16"
    if n <= 104:
        return "dev17"
    if n <= 108:
        return "dev18"
    if n <= 112:
        return "dev19"
    if n <= 116:
        return "dev20"
    if n <= 120:
        return "dev21"
    if n <= 124:
        return "dev22"
    if n <= 128:
        return "dev23"
    if n <= 132:
        return "dev24"
    if n <= 136:
        return "dev25"
    return "dev26" if n <= 140 else "dev27"


def sentences(text):
    """Yield (start, end) spans of rough sentences (paragraph-bounded)."""
    pos = 0
    for para in text.split("\n"):
        for m in re.finditer(r"[^.!?]+(?:[.!?]+[”»\"']?|$)", para):
            if m.group().strip():
                yield pos + m.start(), pos + m.end()
        pos += len(para) + 1


def check_file(path, errors, lint_out):
    rel = path.name
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{rel}: invalid JSON ({exc})")
        return None

    def err(msg):
        errors.append(f"{rel}: {msg}")

    if list(doc.keys()) != KEYS:
        err(f"keys must be exactly {KEYS} in that order, got {list(doc.keys())}")
    m = ID.match(str(doc.get("id", "")))
    if not m or f"{doc.get('id')}.json" != rel:
        err(f"id {doc.get('id')!r} does not match file name")
        return None
    lang, num = m.group(1), int(m.group(2))
    if doc.get("language") != lang:
        err(f"language {doc.get('language')!r} != {lang!r}")
    if doc.get("split") != split_for(num):
        err(f"split {doc.get('split')!r} should be {split_for(num)!r}")
    if doc.get("style") not in STYLES:
        err(f"unknown style {doc.get('style')!r}")
    for k in ("_note", "title", "text"):
        if not isinstance(doc.get(k), str) or not doc.get(k).strip():
            err(f"{k} must be a non-empty string")
    if not str(doc.get("_note", "")).startswith("Written for the claimcheck test corpus"):
        err("_note must start with 'Written for the claimcheck test corpus'")
    if not DAY.match(str(doc.get("published_at", ""))):
        err(f"published_at {doc.get('published_at')!r} is not YYYY-MM-DD")

    text = doc.get("text", "")
    if "\n\n" in text or text != text.strip():
        err("paragraphs must be separated by a single \\n with no leading/trailing whitespace")
    words = len(text.split())
    if not 500 <= words <= 900:
        err(f"word count {words} outside 500-900")

    claims = doc.get("claims")
    if not isinstance(claims, list) or not claims:
        err("claims must be a non-empty list")
        return None
    spans = []
    for i, c in enumerate(claims):
        where = f"claim[{i}]"
        if not isinstance(c, dict) or set(c.keys()) != CLAIM_KEYS:
            err(f"{where}: keys must be {sorted(CLAIM_KEYS)}")
            continue
        kind, ctext, quote = c["kind"], c["text"], c["quote"]
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(ctext, str) or not ctext:
            err(f"{where}: empty text")
            continue
        n = text.count(ctext)
        if n != 1:
            err(f"{where}: text occurs {n} times: {ctext[:60]!r}")
        else:
            start = text.find(ctext)
            spans.append((start, start + len(ctext), i))
        if "\n" in ctext:
            err(f"{where}: claim text crosses a paragraph boundary")
        if not isinstance(c["absence"], bool):
            err(f"{where}: absence must be a boolean")
        if kind == "quote":
            if not isinstance(quote, str) or not quote:
                err(f"{where}: quote claim needs a non-empty quote")
            elif quote not in ctext:
                err(f"{where}: quote not a substring of claim text: {quote[:60]!r}")
            if not c["speaker"]:
                err(f"{where}: quote claim needs a speaker")
        elif quote is not None:
            err(f"{where}: non-quote claim must have quote null")
        if kind == "event" and c["speaker"] is not None:
            err(f"{where}: event claims must have speaker null")
        if kind == "statement" and not c["absence"] and not c["speaker"]:
            err(f"{where}: non-absence statement needs a speaker")
        if c["absence"] and kind != "statement":
            err(f"{where}: only statements can have absence true")
        if c["speaker"] is not None and (not isinstance(c["speaker"], str) or not c["speaker"].strip()):
            err(f"{where}: speaker must be null or a non-empty string")
        d = c["date"]
        if d is not None and not (isinstance(d, str) and (DAY.match(d) or MONTH.match(d))):
            err(f"{where}: date {d!r} is not YYYY-MM-DD / YYYY-MM / null")
        if isinstance(d, str) and d[:7] > doc.get("published_at", "9999")[:7]:
            err(f"{where}: date {d} is after publication")

    spans.sort()
    for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
        if s2 < e1:
            err(f"claims {i1} and {i2} overlap")

    if lint_out is not None:
        for s, e in sentences(text):
            sent = text[s:e]
            if LINT_VERBS.search(sent) and not any(a < e and s < b for a, b, _ in spans):
                lint_out.append(f"{rel}: {sent.strip()[:110]}")

    doc["_words"] = words
    doc["_dateline"] = bool(DATELINE.match(text))
    return doc


def main(argv):
    lint = "--lint" in argv
    errors, lint_out = [], ([] if lint else None)
    files = sorted(HERE.glob("e[sn]-[0-9][0-9]*.json"))
    docs = [d for d in (check_file(p, errors, lint_out) for p in files) if d]

    expected = {f"{l}-{n:02d}" for l in ("es", "en") for n in range(1, LAST + 1)} | set(DEV7) | set(DEV8) | set(DEV9) | set(DEV10) | set(DEV11) | set(DEV12) | set(DEV13) | set(DEV14) | set(DEV15) | set(DEV16) | set(DEV17) | set(DEV18) | set(DEV19) | set(DEV20) | set(DEV21) | set(DEV22) | set(DEV23) | set(DEV24) | set(DEV25) | set(DEV26) | set(DEV27)
    found = {d["id"] for d in docs}
    for missing in sorted(expected - found):
        errors.append(f"missing article {missing}")

    by_lang_split = Counter((d["language"], d["split"]) for d in docs)
    kinds = Counter()
    kinds_lang = Counter()
    absence = Counter()
    n_claims = []
    for d in docs:
        n_claims.append(len(d["claims"]))
        for c in d["claims"]:
            kinds[c["kind"]] += 1
            kinds_lang[(d["language"], c["kind"])] += 1
            absence[d["language"]] += c["absence"]
    words = [d["_words"] for d in docs]
    total = sum(kinds.values()) or 1

    print(f"articles: {len(docs)}")
    for lang in ("es", "en"):
        row = ", ".join(f"{s}={by_lang_split[(lang, s)]}" for s in SPLITS)
        print(f"  {lang}: {row}")
    print(f"claims: {sum(kinds.values())} (per article min={min(n_claims, default=0)} "
          f"max={max(n_claims, default=0)} avg={sum(n_claims) / max(len(n_claims), 1):.1f})")
    for k in ("quote", "statement", "event"):
        print(f"  {k:9s} {kinds[k]:4d} ({100 * kinds[k] / total:.0f}%)  "
              f"es={kinds_lang[('es', k)]} en={kinds_lang[('en', k)]}")
    print(f"  absence claims: es={absence['es']} en={absence['en']}")
    split_kinds = Counter((d["split"], c["kind"]) for d in docs for c in d["claims"])
    for s in SPLITS:
        print(f"  {s:5s}: " + ", ".join(f"{k}={split_kinds[(s, k)]}" for k in ("quote", "statement", "event")))
    if words:
        print(f"words: avg={sum(words) / len(words):.0f} min={min(words)} max={max(words)} "
              f">=800: {sum(w >= 800 for w in words)}")
        for lang in ("es", "en"):
            lw = [d["_words"] for d in docs if d["language"] == lang]
            print(f"  {lang}: avg={sum(lw) / max(len(lw), 1):.0f}")
    print("datelines: " + ", ".join(d["id"] for d in docs if d["_dateline"]))
    print("styles: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(d["style"] for d in docs).items())))

    if lint_out:
        print(f"\nlint: {len(lint_out)} sentence(s) with an attribution verb but no claim (review manually):")
        for line in lint_out:
            print("  " + line)

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
