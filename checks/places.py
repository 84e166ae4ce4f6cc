"""The place facet: where an event happened, when the claim says so.

A claim that names a place is confirmed only by a source that names the same place. A source
that reports the same event somewhere else contradicts it (Washington vs Mexico City); a
source that names no place leaves it unverified, never confirmed by default.
"""

from __future__ import annotations

import re

from claimcheck.extractors.lexicon import dates_data
from claimcheck.extractors.normalize import fold

_PLACE = re.compile(
    r"(?<![\w])(?:in|en|at|desde|from|to|a)\s+(?:the\s+|la\s+|el\s+)?"
    r"((?:[A-ZÁÉÍÓÚÑ][\w\-’']+)(?:\s+(?:de\s+|del\s+|of\s+)?[A-ZÁÉÍÓÚÑ][\w\-’']+){0,3})"
)


def _not_places() -> frozenset[str]:
    data = dates_data()
    words = [*data["months"]["es"], *data["months"]["en"], *data["weekdays"]["es"], *data["weekdays"]["en"]]
    return frozenset(fold(w) for w in words) | {"x", "truth social", "twitter", "facebook"}


_SKIP = _not_places()


def calendar_words() -> list[str]:
    data = dates_data()
    return [*data["months"]["es"], *data["months"]["en"], *data["weekdays"]["es"], *data["weekdays"]["en"]]


def places(text: str, exclude: set[str] = frozenset()) -> set[str]:
    """Capitalised place names after a locative preposition, folded; people and months left out."""
    found = set()
    for m in _PLACE.finditer(text):
        name = fold(m.group(1))
        if name in _SKIP or name in exclude or name.split()[0] in _SKIP:
            continue
        found.add(name)
    return found


def compare(claim_places: set[str], source_text: str, exclude: set[str] = frozenset()) -> tuple[str, str]:
    """("match" | "mismatch" | "missing", note) for the claim's places against a passage."""
    if not claim_places:
        return "match", ""
    folded = fold(source_text)
    if all(p in folded for p in claim_places):
        return "match", ", ".join(sorted(claim_places))
    other = places(source_text, exclude) - claim_places
    if other:
        return "mismatch", f"the source places it in {', '.join(sorted(other))}, not {', '.join(sorted(claim_places))}"
    return "missing", f"the source does not say where ({', '.join(sorted(claim_places))} is not in it)"
