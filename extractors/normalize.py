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


_RUN = re.compile(r"[0-9a-z]+")
_LEFT_EDGE = "(?<![0-9a-z])"


def first_word(phrase: str) -> str:
    """Where a phrase can begin in a folded text: its first run of letters and digits, or its first
    character and the run after it ("@sre_mx" begins at "@sre")."""
    folded = fold(phrase).strip()
    run = _RUN.match(folded, 1 if folded[:1] and not _RUN.match(folded) else 0)
    return folded[:run.end()] if run else folded[:1]


class PhraseScan:
    """Phrase patterns found together, in one pass over the text.

    Each lexicon an article is read with (verbs of saying, source markers, aliases, pronouns…) was
    a prefix-tree pattern run over the whole text: seven scans, each trying its tree at every word,
    a sixth of extraction's time. Here one scan finds the words any phrase of any lexicon begins
    with, and only there is each lexicon that has a phrase beginning with that word tried. The
    matches are those of each pattern's own `finditer`: leftmost, longest as the pattern prefers,
    not overlapping one another. Every pattern must open with the word edge `phrase_pattern` uses
    and match only phrases from its list.
    """

    def __init__(self, lexicons: list[tuple[re.Pattern[str] | None, object]]) -> None:
        by_word: dict[str, set[int]] = {}
        for i, (pattern, phrases) in enumerate(lexicons):
            if pattern is None:
                continue
            if not pattern.pattern.startswith(_LEFT_EDGE):
                raise ValueError(f"pattern {i} does not open with the word edge {_LEFT_EDGE}")
            for phrase in phrases:
                if phrase.strip():
                    by_word.setdefault(first_word(phrase), set()).add(i)
        self._patterns = [pattern for pattern, _ in lexicons]
        self._by_word = {word: tuple(sorted(found)) for word, found in by_word.items()}
        # Looked ahead, not consumed: "@" + a handle and the handle alone may both begin phrases.
        self._starts = re.compile(rf"{_LEFT_EDGE}(?=({trie_pattern(by_word)})(?![0-9a-z]))") if by_word else None

    def find(self, folded: str) -> list[list[re.Match[str]]]:
        """Each lexicon's matches in the folded text, in the order the lexicons were given."""
        found: list[list[re.Match[str]]] = [[] for _ in self._patterns]
        if self._starts is None:
            return found
        ends = [0] * len(self._patterns)
        patterns, by_word = self._patterns, self._by_word
        for start in self._starts.finditer(folded):
            at = start.start()
            for i in by_word[start.group(1)]:
                if at >= ends[i] and (m := patterns[i].match(folded, at)) is not None:
                    found[i].append(m)
                    ends[i] = m.end()
        return found
