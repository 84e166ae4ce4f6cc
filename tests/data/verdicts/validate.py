"""Validate the claimcheck verdict test set and print its counts.

    python3 tests/data/verdicts/validate.py

Also validates the held-apart development sets dev2.json, dev3.json, dev4.json, dev5.json, dev6.json, dev7.json, dev8.json, dev9.json, dev10.json, dev11.json, dev12.json, dev13.json, dev14.json, dev15.json, dev16.json, dev17.json, dev18.json, dev19.json, dev20.json, dev21.json, dev22.json, dev23.json, dev24.json, dev25.json, dev26.json, dev27.json, dev28.json, dev29.json, dev30.json, dev31.json, dev32.json, dev33.json, dev34.json, dev35.json, dev36.json, dev37.json, dev38.json, dev39.json, dev40.json, dev41.json, dev42.json, dev43.json and dev44.json
(ids d2-001..., d3-001..., d4-001..., d5-001..., d6-001..., d7-001..., d8-001..., d9-001..., d10-001..., d11-001..., d12-001..., d13-001..., d14-001..., d15-001..., d16-001..., d17-001..., d18-001..., d19-001..., d20-001..., d21-001..., d22-001..., d23-001..., d24-001..., d25-001..., d26-001..., d27-001..., d28-001..., d29-001..., d30-001..., d31-001..., d32-001..., d33-001..., d34-001..., d35-001..., d36-001..., d37-001..., d38-001..., d39-001..., d40-001..., d41-001..., d42-001..., d43-001... and d44-001..., "split": "dev2"/.../"dev44"
on every pair), with the same per-pair checks, plus: every
category present, no document shared with train/dev/test or with an earlier held-apart set; their
counts are printed after those of the three splits.

Checks the shape of every pair, that ids are unique across splits, that labels, categories and
enumerated fields hold allowed values, that every entity id used is defined in the default
registry (sources/data/registry.toml) or in this directory's registry.toml, that no "_note" key
appears, and a few per-category invariants. Exits 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
DEFAULT_REGISTRIES = (REPO / "sources" / "data" / "registry.toml", REPO / "sources" / "data" / "bodies.toml")
EXTRA_REGISTRY = HERE / "registry.toml"
SPLITS = ("train", "dev", "test")
# Held-apart development sets, in the order they were added, with their id prefixes.
HELD_OUT = {"dev2": "d2", "dev3": "d3", "dev4": "d4", "dev5": "d5", "dev6": "d6", "dev7": "d7", "dev8": "d8", "dev9": "d9", "dev10": "d10", "dev11": "d11", "dev12": "d12", "dev13": "d13", "dev14": "d14", "dev15": "d15", "dev16": "d16", "dev17": "d17", "dev18": "d18", "dev19": "d19", "dev20": "d20", "dev21": "d21", "dev22": "d22", "dev23": "d23", "dev24": "d24", "dev25": "d25", "dev26": "d26", "dev27": "d27", "dev28": "d28", "dev29": "d29", "dev30": "d30", "dev31": "d31", "dev32": "d32", "dev33": "d33", "dev34": "d34", "dev35": "d35", "dev36": "d36", "dev37": "d37", "dev38": "d38", "dev39": "d39", "dev40": "d40", "dev41": "d41", "dev42": "d42", "dev43": "d43", "dev44": "d44"}

LABELS = {"confirmed", "contradicted", "unverified"}
CATEGORIES = {
    "true_claim", "true_translated", "wrong_date", "wrong_month", "wrong_place", "wrong_participants",
    "misattributed_quote", "fabricated_quote", "denial", "decoy_next_day", "decoy_other_minister",
    "decoy_similar_headline", "utc_date_shift", "summary_omits_phrase", "secondary_only", "wrong_channel",
    "numbers", "absence",
}
# Labels each category may carry (the design's rules).
CATEGORY_LABELS = {
    "true_claim": {"confirmed"}, "true_translated": {"confirmed"}, "utc_date_shift": {"confirmed"},
    "wrong_date": {"contradicted"}, "wrong_month": {"contradicted"}, "wrong_place": {"contradicted"},
    "wrong_participants": {"contradicted"}, "denial": {"contradicted"},
    "misattributed_quote": {"unverified", "contradicted"}, "fabricated_quote": {"contradicted", "unverified"},
    "decoy_next_day": {"unverified", "confirmed"}, "decoy_other_minister": {"unverified", "confirmed"},
    "decoy_similar_headline": {"unverified", "confirmed"}, "summary_omits_phrase": {"unverified"},
    "secondary_only": {"unverified"}, "wrong_channel": {"unverified"}, "absence": {"unverified"},
    "numbers": {"confirmed", "contradicted", "unverified"},
}
MIN_PER_CATEGORY = 8

CLAIM_KEYS = {"kind", "language", "text", "content", "speaker", "speaker_name", "quote", "date", "date_precision",
              "channel", "event_type", "participants", "confirmed_by", "absence"}
DOC_KEYS = {"url", "kind", "language", "title", "publisher", "author", "author_name", "published_at",
            "published_utc_date_only", "timezone", "verbatim", "passages"}
PAIR_KEYS = {"id", "label", "category", "note", "claim", "documents"}
CLAIM_KINDS = {"quote", "statement", "event"}
LANGS = {"es", "en"}
PRECISIONS = {"day", "month", "approximate", None}
CHANNELS = {"x", "readout", "press_release", "press_conference", "interview", "phone_call", None}
EVENT_TYPES = {"call", "meeting", "visit", "signing", "press_conference", "interview", "post", None}
DOC_KINDS = {"x_post", "readout", "press_release", "transcript", "web_page"}
# Transcript turns by people who are not registry entities.
SPEAKER_LABELS = {"reporter", "moderator", "interpreter", "participant"}

errors: list[str] = []


def err(pid: str, msg: str) -> None:
    errors.append(f"{pid}: {msg}")


def load_registry_ids() -> tuple[set[str], set[str]]:
    default = {e["id"] for path in DEFAULT_REGISTRIES for e in tomllib.loads(path.read_text())["entity"]}
    # The sets' own entities were written before bodies.toml shipped some of the same bodies; they
    # replace those, as a newsroom's registry would. Only registry.toml's ids must stay untouched.
    core = {e["id"] for e in tomllib.loads(DEFAULT_REGISTRIES[0].read_text())["entity"]}
    extra_entities = tomllib.loads(EXTRA_REGISTRY.read_text())["entity"]
    extra = [e["id"] for e in extra_entities]
    dup = [i for i, n in Counter(extra).items() if n > 1]
    if dup:
        errors.append(f"registry.toml: duplicate ids {dup}")
    clash = sorted(set(extra) & core)
    if clash:
        errors.append(f"registry.toml: ids clash with the default registry {clash}")
    ids = default | set(extra)
    for e in extra_entities:
        for k in ("id", "name", "kind"):
            if k not in e:
                errors.append(f"registry.toml: entity {e.get('id')} lacks {k}")
        if e.get("kind") not in {"person", "body", "government"}:
            errors.append(f"registry.toml: entity {e['id']} has kind {e.get('kind')!r}")
        if e.get("parent") and e["parent"] not in ids:
            errors.append(f"registry.toml: entity {e['id']} has unknown parent {e['parent']}")
    return ids, set(extra)


def find_notes(obj, pid, path="") -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "_note":
                err(pid, f"'_note' key at {path or '/'}")
            find_notes(v, pid, f"{path}/{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            find_notes(v, pid, f"{path}/{i}")


def check_pair(p: dict, ids: set[str], used: Counter, held: str | None = None) -> None:
    """`held`: the name of the held-apart set the pair belongs to (dev2, dev3...), or None."""
    pid = p.get("id", "?")
    keys = PAIR_KEYS | {"split"} if held else PAIR_KEYS
    if set(p) != keys:
        err(pid, f"pair keys {sorted(set(p) ^ keys)} differ")
        return
    if held:
        prefix = HELD_OUT[held]
        if not re.fullmatch(rf"{prefix}-\d{{3}}", pid):
            err(pid, f"id must look like {prefix}-001")
        if p["split"] != held:
            err(pid, f"split {p['split']!r} (must be {held!r})")
    elif not re.fullmatch(r"v-\d{3}", pid):
        err(pid, "id must look like v-001")
    if p["label"] not in LABELS:
        err(pid, f"label {p['label']!r}")
    if p["category"] not in CATEGORIES:
        err(pid, f"category {p['category']!r}")
    elif p["label"] not in CATEGORY_LABELS[p["category"]]:
        err(pid, f"label {p['label']} not allowed for category {p['category']}")
    if not isinstance(p["note"], str) or not p["note"].strip():
        err(pid, "empty note")
    find_notes(p, pid)

    c = p["claim"]
    if set(c) != CLAIM_KEYS:
        err(pid, f"claim keys {sorted(set(c) ^ CLAIM_KEYS)} differ")
        return
    if c["kind"] not in CLAIM_KINDS:
        err(pid, f"claim kind {c['kind']!r}")
    if c["language"] not in LANGS:
        err(pid, f"claim language {c['language']!r}")
    for k in ("text", "content"):
        if not isinstance(c[k], str) or not c[k].strip():
            err(pid, f"claim {k} empty")
    if c["kind"] == "quote":
        if not c["quote"]:
            err(pid, "quote claim without quote")
        elif c["quote"] != c["content"]:
            err(pid, "quote claim: content must be the quoted words")
    elif c["quote"] is not None:
        err(pid, "non-quote claim with quote")
    if c["kind"] in ("quote", "statement") and not c["speaker"]:
        err(pid, f"{c['kind']} claim without speaker")
    if c["kind"] == "event" and c["speaker"] is not None:
        err(pid, "event claim with a speaker")
    if c["date"] is None:
        if c["date_precision"] is not None:
            err(pid, "date_precision without date")
    else:
        if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", c["date"]):
            err(pid, f"claim date {c['date']!r}")
        else:
            try:
                (date.fromisoformat(c["date"]) if len(c["date"]) == 10 else date.fromisoformat(c["date"] + "-01"))
            except ValueError:
                err(pid, f"claim date {c['date']!r} invalid")
        if c["date_precision"] not in PRECISIONS or c["date_precision"] is None:
            err(pid, f"date_precision {c['date_precision']!r}")
        if c["date_precision"] == "day" and len(c["date"]) != 10:
            err(pid, "day precision needs YYYY-MM-DD")
        if c["date_precision"] == "month" and len(c["date"]) != 7:
            err(pid, "month precision needs YYYY-MM")
    if c["channel"] not in CHANNELS:
        err(pid, f"channel {c['channel']!r}")
    if c["event_type"] not in EVENT_TYPES:
        err(pid, f"event_type {c['event_type']!r}")
    if not isinstance(c["participants"], list):
        err(pid, "participants must be a list")
    if not isinstance(c["absence"], bool):
        err(pid, "absence must be a bool")
    if (p["category"] == "absence") != c["absence"]:
        err(pid, "absence flag must be set exactly on the absence category")
    for ent in [c["speaker"], c["confirmed_by"], *c["participants"]]:
        if ent is not None:
            used[ent] += 1
            if ent not in ids:
                err(pid, f"unknown entity id {ent!r} in claim")
    if c["speaker"] and not c["speaker_name"]:
        err(pid, "speaker without speaker_name")

    docs = p["documents"]
    if not docs:
        err(pid, "no documents")
    for d in docs:
        if set(d) != DOC_KEYS:
            err(pid, f"document keys {sorted(set(d) ^ DOC_KEYS)} differ")
            continue
        if not re.match(r"https?://", d["url"] or ""):
            err(pid, f"document url {d['url']!r}")
        if d["kind"] not in DOC_KINDS:
            err(pid, f"document kind {d['kind']!r}")
        if d["language"] not in LANGS:
            err(pid, f"document language {d['language']!r}")
        if not d["timezone"]:
            err(pid, "document without timezone")
        pa = d["published_at"]
        try:
            if d["published_utc_date_only"]:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pa):
                    raise ValueError
            elif len(pa) == 10:
                date.fromisoformat(pa)
            else:
                if datetime.fromisoformat(pa).utcoffset() is None:
                    raise ValueError
        except (TypeError, ValueError):
            err(pid, f"published_at {pa!r}")
        if d["verbatim"] and d["kind"] != "transcript":
            err(pid, "verbatim document that is not a transcript")
        for ent in (d["publisher"], d["author"]):
            if ent is not None:
                used[ent] += 1
                if ent not in ids:
                    err(pid, f"unknown entity id {ent!r} in document {d['url']}")
        if not d["passages"]:
            err(pid, f"document without passages {d['url']}")
        for ps in d["passages"]:
            if set(ps) != {"text", "speaker"} or not ps["text"].strip():
                err(pid, f"bad passage in {d['url']}")
                continue
            if d["kind"] == "transcript" and not ps["speaker"]:
                err(pid, f"transcript turn without speaker in {d['url']}")
            if ps["speaker"] is not None and ps["speaker"] not in SPEAKER_LABELS:
                used[ps["speaker"]] += 1
                if ps["speaker"] not in ids:
                    err(pid, f"unknown passage speaker {ps['speaker']!r}")
    if p["category"] == "secondary_only" and any(d["publisher"] or d["author"] or d["kind"] != "web_page" for d in docs):
        err(pid, "secondary_only pair must hold only media pages (no publisher/author entity)")
    if p["category"] == "utc_date_shift" and not any(
        d["published_utc_date_only"] or (len(d["published_at"]) > 10) for d in docs
    ):
        err(pid, "utc_date_shift pair without a UTC-stamped document")
    if p["category"] == "true_translated" and any(d["language"] == c["language"] for d in docs):
        err(pid, "true_translated pair must cross languages")


def crossing(p: dict) -> str:
    langs = {d["language"] for d in p["documents"]}
    if p["claim"]["language"] not in langs:
        return "cross"
    return "mixed" if len(langs) > 1 else "same"


def table(title: str, rows: dict, cols: list[str]) -> None:
    keys = sorted(rows)
    w = max([len(title)] + [len(k) for k in keys]) + 2
    print(f"\n{title:<{w}}" + "".join(f"{c:>14}" for c in cols) + f"{'total':>8}")
    for k in keys:
        print(f"{k:<{w}}" + "".join(f"{rows[k].get(c, 0):>14}" for c in cols) + f"{sum(rows[k].values()):>8}")
    tot = Counter()
    for k in keys:
        tot.update(rows[k])
    print(f"{'total':<{w}}" + "".join(f"{tot.get(c, 0):>14}" for c in cols) + f"{sum(tot.values()):>8}")


def print_held_out(name: str, dev2: list[dict], labels: list[str]) -> None:
    by_label, by_cat, by_lang, by_cross, by_cat_lang = (defaultdict(Counter) for _ in range(5))
    for p in dev2:
        lab, lang = p.get("label"), p.get("claim", {}).get("language")
        by_label[name][lab] += 1
        by_cat[p.get("category")][lab] += 1
        by_lang[lang][lab] += 1
        by_cross[crossing(p)][lab] += 1
        by_cat_lang[p.get("category")][lang] += 1
    n = len(dev2)
    print(f"\n=== {name}.json ===")
    print(f"pairs: {n}   documents: {sum(len(p['documents']) for p in dev2)}   "
          f"distinct documents: {len({d['url'] for p in dev2 for d in p['documents']})}")
    table("split", by_label, labels)
    table("claim language", by_lang, labels)
    table("language crossing", by_cross, labels)
    table("category", by_cat, labels)
    table("category x language", by_cat_lang, ["es", "en"])
    tot = Counter(p["label"] for p in dev2)
    print("\nlabel share: " + ", ".join(f"{l} {100 * tot[l] / n:.1f}%" for l in labels))
    print("cross-language (no document in the claim's language): "
          f"{sum(1 for p in dev2 if crossing(p) == 'cross')} of {n}")


def main() -> int:
    ids, extra = load_registry_ids()
    used: Counter = Counter()
    data = {}
    for s in SPLITS:
        path = HERE / f"{s}.json"
        rows = json.loads(path.read_text())
        if not isinstance(rows, list):
            errors.append(f"{path.name}: not a JSON list")
            rows = []
        data[s] = rows
    held: dict[str, list[dict]] = {}
    for name in HELD_OUT:
        path = HERE / f"{name}.json"
        rows = json.loads(path.read_text()) if path.exists() else []
        if not isinstance(rows, list):
            errors.append(f"{path.name}: not a JSON list")
            rows = []
        held[name] = rows
    all_ids = [p.get("id") for s in SPLITS for p in data[s]] + [p.get("id") for rows in held.values() for p in rows]
    for i, n in Counter(all_ids).items():
        if n > 1:
            errors.append(f"duplicate id {i} ({n} times)")
    for s in SPLITS:
        for p in data[s]:
            check_pair(p, ids, used)
    # Each held-apart set shares no document with train/dev/test nor with an earlier held-apart set.
    earlier_urls = {d.get("url") for s in SPLITS for p in data[s] for d in p.get("documents", [])}
    earlier_names = "train/dev/test"
    for name, rows in held.items():
        for p in rows:
            check_pair(p, ids, used, held=name)
        if not rows:
            continue
        cats_here = Counter(p.get("category") for p in rows)
        for cat in sorted(CATEGORIES - set(cats_here)):
            errors.append(f"{name}: category {cat} missing")
        urls = {d.get("url") for p in rows for d in p.get("documents", [])}
        shared = sorted(urls & earlier_urls)
        if shared:
            errors.append(f"{name}: documents shared with {earlier_names}: {shared}")
        earlier_urls |= urls
        earlier_names += f"/{name}"

    pairs = [(s, p) for s in SPLITS for p in data[s]]
    n = len(pairs)
    if n < 160:
        errors.append(f"only {n} pairs (need at least 160)")
    cats = Counter(p["category"] for _, p in pairs)
    for cat in CATEGORIES:
        if cats[cat] < MIN_PER_CATEGORY:
            errors.append(f"category {cat} has {cats[cat]} pairs (< {MIN_PER_CATEGORY})")
        for s in SPLITS:
            if not any(p["category"] == cat for p in data[s]):
                errors.append(f"category {cat} missing from split {s}")
    parents = {e["id"]: e.get("parent") for path in (*DEFAULT_REGISTRIES, EXTRA_REGISTRY)
               for e in tomllib.loads(path.read_text())["entity"]}
    reached = set(used)
    for ent in list(reached):
        while parents.get(ent):
            ent = parents[ent]
            reached.add(ent)
    unused = sorted(extra - reached)
    if unused:
        print(f"note: registry.toml entities not used by any pair: {unused}")

    by_split, by_cat, by_lang, by_cross, by_cat_lang = (defaultdict(Counter) for _ in range(5))
    for s, p in pairs:
        lab, lang = p["label"], p["claim"]["language"]
        by_split[s][lab] += 1
        by_cat[p["category"]][lab] += 1
        by_lang[lang][lab] += 1
        by_cross[crossing(p)][lab] += 1
        by_cat_lang[p["category"]][f"{lang}/{s}"] += 1
    labels = ["confirmed", "contradicted", "unverified"]
    print(f"pairs: {n}   documents: {sum(len(p['documents']) for _, p in pairs)}   "
          f"distinct documents: {len({d['url'] for _, p in pairs for d in p['documents']})}")
    table("split", by_split, labels)
    table("claim language", by_lang, labels)
    table("language crossing", by_cross, labels)
    table("category", by_cat, labels)
    table("category x language/split", by_cat_lang,
          [f"{l}/{s}" for l in ("es", "en") for s in SPLITS])
    tot = Counter(p["label"] for _, p in pairs)
    print("\nlabel share: " + ", ".join(f"{l} {100 * tot[l] / n:.1f}%" for l in labels))
    print("cross-language (no document in the claim's language): "
          f"{sum(1 for _, p in pairs if crossing(p) == 'cross')} of {n}")

    for name, rows in held.items():
        if rows:
            print_held_out(name, rows, labels)

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
