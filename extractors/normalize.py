"""Text folding that keeps character offsets.

Matching must ignore case and accents, but every claim keeps its exact span in the article, so
folding maps each character to exactly one character and offsets in the folded text are offsets
in the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTE_CHARS = "“”„‟«»‹›\"'‘’‚‛`´"


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    base = unicodedata.normalize("NFD", c)[0].lower()
    if c in _QUOTE_CHARS:
        return '"'
    if c in "\u2013\u2014\u2015":
        return "-"
    if c in "\u00a0\u2009\u202f":
        return " "
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """Lowercase, strip accents and unify quote marks, one character for one character."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


_WORD = re.compile(r"[0-9a-z]+(?:[-'][0-9a-z]+)*")


def words(text: str) -> list[str]:
    """Folded word tokens, for comparing content rather than locating it."""
    return _WORD.findall(fold(text))


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation over folded phrases, longest first, bounded by word edges."""
    folded = sorted({fold(p).strip() for p in phrases if p.strip()}, key=len, reverse=True)
    if not folded:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in folded)
    return re.compile(rf"(?<![0-9a-z])(?:{body})(?![0-9a-z])")
