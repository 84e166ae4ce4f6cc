"""The registry of speakers and their official channels: shipped defaults plus the user's file.

Loading is pure (a TOML file in, entities out); extractors use the aliases, discovery the
channels. A user entity with the id of a default one replaces it, so a newsroom can correct a
channel without forking the defaults.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from claimcheck.models import Entity, Feed


class RegistryError(ValueError):
    """The registry file cannot be used; the message names the file and the problem."""


def _entities(data: dict, origin: str) -> list[Entity]:
    out = []
    for i, raw in enumerate(data.get("entity", [])):
        try:
            out.append(
                Entity(
                    id=raw["id"],
                    name=raw["name"],
                    kind=raw.get("kind", "person"),
                    aliases=tuple(raw.get("aliases", ())),
                    descriptors=tuple(raw.get("descriptors", ())),
                    parent=raw.get("parent"),
                    x_handles=tuple(h.lstrip("@") for h in raw.get("x", ())),
                    sites=tuple(raw.get("sites", ())),
                    feeds=tuple(Feed(f["url"], f.get("kind", "press_release")) for f in raw.get("feeds", ())),
                    timezone=raw.get("timezone"),
                )
            )
        except (KeyError, TypeError) as exc:
            raise RegistryError(f"{origin}: entity #{i + 1} is missing or has a malformed field ({exc})") from None
    return out


# The shipped defaults: the speakers and channels of the beats covered, and the international and
# national bodies news quotes under names in both languages (no id is in both files).
DEFAULT_FILES = ("registry.toml", "bodies.toml")


def load_registry(extra: str | Path | None = None) -> list[Entity]:
    """Default entities, overridden and extended by the entities in `extra`."""
    entities: dict[str, Entity] = {}
    for name in DEFAULT_FILES:
        default = resources.files("claimcheck.sources").joinpath("data", name).read_text("utf-8")
        entities.update((e.id, e) for e in _entities(tomllib.loads(default), f"default registry ({name})"))
    if extra is not None:
        path = Path(extra)
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise RegistryError(f"registry file {path} does not exist") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise RegistryError(f"registry file {path} is not valid TOML: {exc}") from None
        for entity in _entities(data, str(path)):
            entities[entity.id] = entity
    return list(entities.values())
