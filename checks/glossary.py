"""The bilingual glossary (data/glossary.tsv, then data/glossary_general.tsv) as alternatives for a phrase's words.

A claim's phrase is cut into units: a glossary phrase where one matches ("atacar por tierra"),
otherwise a single word. Each unit carries the ways a source in either language may say it, as
sequences of token keys: the word's own key (cognates), and every glossary translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from claimcheck.checks.text import content_tokens, key, tokens

Seq = tuple[str, ...]


@dataclass(frozen=True)
class Unit:
    words: str  # the claim's words, as folded text
    alternatives: frozenset[Seq]  # each a sequence of keys that expresses the unit
    own: Seq  # the unit in its own language
    start: int = 0  # position of its first word among the text's content tokens


@dataclass(frozen=True)
class Glossary:
    phrases: dict[Seq, frozenset[Seq]]  # key sequence in one language -> its translations
    longest: int

    _found: dict[str, tuple[Unit, ...]] = field(default_factory=dict, compare=False, repr=False)

    def units(self, text: str) -> tuple[Unit, ...]:
        """The text as glossary phrases and single words, in order. A claim is read against many
        passages and documents: its units are found once."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) > 8192:
                self._found.clear()
            found = self._found[text] = self._split(text)
        return found

    def _split(self, text: str) -> tuple[Unit, ...]:
        toks = content_tokens(text)
        ks = [key(t) for t in toks]
        units: list[Unit] = []
        i = 0
        while i < len(ks):
            for n in range(min(self.longest, len(ks) - i), 0, -1):
                seq = tuple(ks[i:i + n])
                if seq in self.phrases or n == 1:
                    alts = set(self.phrases.get(seq, ()))
                    alts.add(seq)
                    units.append(Unit(" ".join(toks[i:i + n]), frozenset(alts), seq, i))
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


@lru_cache(maxsize=None)
def glossary() -> Glossary:
    phrases: dict[Seq, set[Seq]] = {}
    for name in FILES:
        _read(name, phrases)
    frozen = {k: frozenset(v) for k, v in phrases.items()}
    return Glossary(frozen, max((len(k) for k in frozen), default=1))
