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
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is two ("İ"): the table keeps offsets
        return text.translate(_TABLE)
    # Lower case at C speed, then only the few characters outside ASCII looked up: four times
    # faster than translating every character of a Spanish article.
    return _NON_ASCII.sub(_fold_match, low)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# The next visible character: searched from a position, where slicing the rest of a long text and
# stripping it at every step made the scan quadratic.
NON_SPACE = re.compile(r"\S")
_LOWER_TABLE = {k: v for k, v in _TABLE.items() if k >= 128}


def _fold_match(m: re.Match[str]) -> str:
    c = m.group()
    return _LOWER_TABLE.get(ord(c), c)


_WORD = re.compile(r"[0-9a-z]+(?:[-'][0-9a-z]+)*")


def words(text: str) -> list[str]:
    """Folded word tokens, for comparing content rather than locating it."""
    return _WORD.findall(fold(text))


def phrase_pattern(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern over folded phrases, longest first, bounded by word edges."""
    folded = {fold(p).strip() for p in phrases if p.strip()}
    if not folded:
        return None
    return re.compile(rf"(?<![0-9a-z])(?:{trie_pattern(folded)})(?![0-9a-z])")


def phrase_starts(pattern: re.Pattern[str] | None, phrases, folded: str) -> list[int]:
    """Where the phrases occur in a folded text. Most texts have none of a short list's phrases
    (anonymity markers, interview cues): the longest word of each is looked for first with `in`,
    at C speed, and the pattern runs only when one is there."""
    if pattern is None or not any(word in folded for word in _anchor_words(tuple(phrases))):
        return []
    return [m.start() for m in pattern.finditer(folded)]


@lru_cache(maxsize=None)
def _anchor_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(max(fold(p).split(), key=len) for p in phrases if p.strip())


def trie_pattern(phrases) -> str:
    """The phrases as a prefix tree ("dijo|dijeron" -> "dij(?:o|eron)"): the regex engine tries one
    branch per character instead of every phrase at every position, which matters with the
    hundreds of aliases and verbs scanned over every article. A space matches any run of spaces.
    Longer phrases win: an optional continuation is tried before stopping, as the alternation of
    longest-first phrases did."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for c in re.sub(r"\s+", " ", phrase):
            node = node.setdefault(c, {})
        node[""] = {}
    return _trie_body(trie)


def _trie_body(node: dict) -> str:
    branches = [(r"\s+" if c == " " else re.escape(c)) + _trie_body(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here, or go on to a longer one
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body
