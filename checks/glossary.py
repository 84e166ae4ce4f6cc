"""The bilingual glossary (data/glossary.tsv, then data/glossary_general.tsv) as alternatives for a phrase's words.

A claim's phrase is cut into units: a glossary phrase where one matches ("atacar por tierra"),
otherwise a single word. Each unit carries the ways a source in either language may say it, as
sequences of token keys: the word's own key (cognates), and every glossary translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from claimcheck.checks.text import content_tokens, key, text_cache, tokens

Seq = tuple[str, ...]


@dataclass(frozen=True)
class Unit:
    words: str  # the claim's words, as folded text
    alternatives: frozenset[Seq]  # each a sequence of keys that expresses the unit
    own: Seq  # the unit in its own language
    start: int = 0  # position of its first word among the text's content tokens

    # The alternatives in the order they are tried: its own words first, then the longest
    # translation. Sorted in full, so that the choice does not depend on the order a set happens to
    # iterate in (it did: a claim's verdict changed from one run to the next); once per glossary
    # phrase, not once per passage a unit is looked for in.
    ordered: tuple[Seq, ...] = field(default=(), compare=False, repr=False)
    # The first keys of its alternatives: a passage with none of them cannot hold it.
    firsts: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.ordered:
            ordered = tuple(sorted(self.alternatives, key=lambda a: (a != self.own, -len(a), a)))
            object.__setattr__(self, "ordered", ordered)
            object.__setattr__(self, "firsts", frozenset(a[0] for a in ordered))


@dataclass(frozen=True, eq=False)  # one glossary, hashed by identity: its units are cached by it
class Glossary:
    reach: dict[str, int]  # first key of a phrase -> the most keys a phrase it opens has
    # Each phrase (a key sequence in one language) as a unit's alternatives: itself and its
    # translations, in the order they are tried, with their first keys (see Unit); worked out once,
    # when the glossary is read.
    entries: dict[Seq, tuple[frozenset[Seq], tuple[Seq, ...], frozenset[str]]]

    def units(self, text: str) -> tuple[Unit, ...]:
        """The text as glossary phrases and single words, in order."""
        return _units(self, text)

    def _split(self, text: str) -> tuple[Unit, ...]:
        toks = content_tokens(text)
        ks = [key(t) for t in toks]
        units: list[Unit] = []
        i = 0
        while i < len(ks):
            for n in range(min(self.reach.get(ks[i], 1), len(ks) - i), 0, -1):
                seq = tuple(ks[i:i + n])
                entry = self.entries.get(seq)
                if entry is not None:
                    units.append(Unit(" ".join(toks[i:i + n]), entry[0], seq, i, entry[1], entry[2]))
                elif n == 1:
                    units.append(Unit(toks[i], frozenset((seq,)), seq, i, (seq,), frozenset(seq)))
                else:
                    continue
                i += n
                break
        return tuple(units)



def _seq(phrase: str) -> Seq:
    return tuple(key(t) for t in content_tokens(phrase))


FILES = ("glossary.tsv", "glossary_general.tsv")  # domain terms, then general vocabulary


def _read(name: str, phrases: dict[Seq, set[Seq]]) -> None:
    """Add one glossary file's lines to phrases, in both directions."""
    path = resources.files("claimcheck.checks").joinpath("data", name)
    if not path.is_file():
        return
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        spanish = [s for s in (_seq(v) for v in fields[0].split("|")) if s]
        english = [s for s in (_seq(v) for v in fields[1].split("|")) if s]
        for es in spanish:
            phrases.setdefault(es, set()).update(english)
        for en in english:
            phrases.setdefault(en, set()).update(spanish)
        for side in (fields[0], fields[1]):
            _link_acronyms(side.split("|"), phrases)


def _link_acronyms(variants: list[str], phrases: dict[Seq, set[Seq]]) -> None:
    """On one side of a line, an acronym and the name it stands for are the same unit: "EU" and
    "European Union", "OTAN" and "Organización del Tratado del Atlántico Norte"."""
    for short in variants:
        acronym = tokens(short)
        if len(acronym) != 1 or not 2 <= len(acronym[0]) <= 6:
            continue
        for full in variants:
            words = content_tokens(full)
            if len(words) >= 2 and "".join(w[0] for w in words) == acronym[0] and _seq(short) and _seq(full):
                phrases.setdefault(_seq(short), set()).add(_seq(full))
                phrases.setdefault(_seq(full), set()).add(_seq(short))


@text_cache(maxsize=8192)
def _units(glossary: Glossary, text: str) -> tuple[Unit, ...]:
    return glossary._split(text)


@lru_cache(maxsize=None)
def glossary() -> Glossary:
    phrases: dict[Seq, set[Seq]] = {}
    for name in FILES:
        _read(name, phrases)
    frozen = {k: frozenset(v) for k, v in phrases.items()}
    reach: dict[str, int] = {}
    for k in frozen:
        reach[k[0]] = max(reach.get(k[0], 1), len(k))
    entries = {}
    for seq, translations in frozen.items():
        unit = Unit("", translations | {seq}, seq)
        entries[seq] = (unit.alternatives, unit.ordered, unit.firsts)
    return Glossary(reach, entries)
