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


def _table() -> dict[int, str]:
    """Every character of the Latin, punctuation and symbol blocks, folded, for str.translate."""
    table = {}
    for code in range(0x41, 0x2200):
        c = chr(code)
        folded = _fold_char(c)
        if folded != c and len(folded) == 1:
            table[code] = folded
    return table


_TABLE = _table()


def fold(text: str) -> str:
    """Lowercase, strip accents and unify quote marks, one character for one character.

    str.translate does it at C speed; characters beyond the table (CJK, emoji) are left as they
    are, which keeps the length and is all matching needs.
    """
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


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
