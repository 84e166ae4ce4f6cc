"""What a facet found, kept as data until it is said in the claim's language.

A facet's finding ("the source dates it 2025-02-03") ends up in a rationale a fact-checker pastes
into a Spanish or an English piece, so it is rendered from data/rationale.toml in the article's
language, never written out in one language by the facet itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from claimcheck.checks.text import data_file


@lru_cache(maxsize=None)
def phrases(language: str) -> dict:
    data = data_file("rationale.toml")
    return data["es" if language == "es" else "en"]


@dataclass(frozen=True)
class Note:
    key: str  # a template in the [notes] table of rationale.toml; its first word names the facet
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, key: str, **values: object) -> "Note":
        return cls(key, tuple((k, str(v)) for k, v in values.items()))

    @property
    def facet(self) -> str:
        return self.key.split("_")[0]

    def render(self, language: str) -> str:
        return phrases(language)["notes"][self.key].format(**dict(self.values))

    def __str__(self) -> str:
        return self.render("en")


def listed(names: set[str] | list[str]) -> str:
    """Place names are kept folded ("mexico city"); said with capitals."""
    return ", ".join(sorted(" ".join(w.capitalize() for w in n.split()) if n.islower() else n for n in names))
