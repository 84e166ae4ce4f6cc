#!/usr/bin/env python3
"""Validate the claimcheck Spanish<->English glossaries (glossary.tsv, glossary_general.tsv).

Each file is checked on its own; then head terms are compared across the files (the loader reads
them into one table, so a head in both would be a second line for the same term).

Errors (exit status 1):
  * file is not valid UTF-8
  * a data line does not have exactly 3 TAB-separated fields
  * an empty field or an empty variant (e.g. "a||b", trailing "|")
  * a variant with leading/trailing whitespace
  * duplicate Spanish head term (first Spanish variant), compared after
    lowercasing and accent folding, i.e. the way the matcher sees it
  * exact duplicate data lines
  * unknown category

Warnings (reported, exit 0 unless --strict):
  * the same variant repeated inside one side of one entry (after folding)
  * a Spanish variant that appears in more than one entry (after folding)

Usage:
  python3 validate_glossary.py [path/to/file.tsv ...] [--strict] [--verbose]

Without paths, both files beside this script are validated, with the cross-file head check.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

CATEGORIES = {
    "roles", "institutions", "diplomacy", "security", "migration", "trade",
    "justice", "elections", "health", "military", "geography", "time",
    "verbs", "nouns", "adjectives", "idiom", "negation",
}


def fold(text: str) -> str:
    """Lowercase and strip accents (same normalisation the matcher applies)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


DEFAULT_FILES = ("glossary.tsv", "glossary_general.tsv")


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    strict = "--strict" in argv
    verbose = "--verbose" in argv
    paths = [Path(a) for a in args] or [Path(__file__).with_name(n) for n in DEFAULT_FILES]

    status = 0
    heads_by_file: list[tuple[Path, dict[str, int]]] = []
    for path in paths:
        code, heads = validate(path, strict, verbose)
        status = max(status, code)
        heads_by_file.append((path, heads))
        print()

    cross: list[str] = []
    for i, (path_a, heads_a) in enumerate(heads_by_file):
        for path_b, heads_b in heads_by_file[i + 1:]:
            for head in sorted(set(heads_a) & set(heads_b)):
                cross.append(
                    f"head term {head!r} in {path_a.name} line {heads_a[head]} and {path_b.name} line {heads_b[head]}"
                )
    if len(paths) > 1:
        print(f"across files: errors: {len(cross)}")
        for e in cross:
            print("ERROR:", e)
    if cross:
        status = 1
    return status


def validate(path: Path, strict: bool, verbose: bool) -> tuple[int, dict[str, int]]:
    """Check one file; return its exit status and its folded head terms (with line numbers)."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"ERROR: {path} is not valid UTF-8: {exc}")
        return 1, {}

    errors: list[str] = []
    warnings: list[str] = []
    heads: dict[str, int] = {}
    seen_lines: dict[str, int] = {}
    es_variant_owner: dict[str, list[int]] = defaultdict(list)
    per_category: Counter[str] = Counter()
    n_entries = 0
    n_es_variants = 0
    n_en_variants = 0

    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            errors.append(f"line {lineno}: expected 3 tab-separated fields, got {len(fields)}")
            continue
        es, en, cat = fields
        if cat != cat.strip() or cat not in CATEGORIES:
            errors.append(f"line {lineno}: unknown category {cat!r}")
        n_entries += 1
        per_category[cat.strip()] += 1

        if line in seen_lines:
            errors.append(f"line {lineno}: exact duplicate of line {seen_lines[line]}")
        else:
            seen_lines[line] = lineno

        sides = {"spanish": es, "english": en}
        variants_by_side: dict[str, list[str]] = {}
        for side, value in sides.items():
            if not value.strip():
                errors.append(f"line {lineno}: empty {side} field")
                variants_by_side[side] = []
                continue
            variants = value.split("|")
            for v in variants:
                if not v.strip():
                    errors.append(f"line {lineno}: empty {side} variant in {value!r}")
                elif v != v.strip():
                    errors.append(f"line {lineno}: {side} variant {v!r} has surrounding whitespace")
            folded = [fold(v) for v in variants if v.strip()]
            dupes = [v for v, c in Counter(folded).items() if c > 1]
            if dupes:
                warnings.append(f"line {lineno}: repeated {side} variant(s) {dupes}")
            variants_by_side[side] = folded

        es_folded = variants_by_side["spanish"]
        n_es_variants += len(es_folded)
        n_en_variants += len(variants_by_side["english"])
        if es_folded:
            head = es_folded[0]
            if head in heads:
                errors.append(
                    f"line {lineno}: duplicate Spanish head term {head!r} (first at line {heads[head]})"
                )
            else:
                heads[head] = lineno
            for v in set(es_folded):
                es_variant_owner[v].append(lineno)

    for variant, owners in sorted(es_variant_owner.items()):
        if len(owners) > 1:
            warnings.append(f"Spanish variant {variant!r} appears in entries at lines {owners}")

    print(f"file: {path}")
    print(f"entries: {n_entries}")
    print(f"spanish variants: {n_es_variants}   english variants: {n_en_variants}")
    print("entries per category:")
    for cat, count in sorted(per_category.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {cat:<13} {count:>5}")
    missing = sorted(CATEGORIES - set(per_category))
    if missing:
        warnings.append(f"categories with no entries: {missing}")

    print(f"errors: {len(errors)}   warnings: {len(warnings)}")
    for e in errors:
        print("ERROR:", e)
    if verbose or strict:
        for w in warnings:
            print("WARNING:", w)
    elif warnings:
        print("(run with --verbose to list warnings)")

    if errors or (strict and warnings):
        return 1, heads
    return 0, heads


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
