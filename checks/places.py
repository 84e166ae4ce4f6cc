"""The place facet: where an event happened, when the claim says so.

A claim that names a place is confirmed only by a source that names the same place, or a place
inside it (the Oval Office is in Washington). A source that reports the same event somewhere
else contradicts it (Washington vs Mexico City, Mar-a-Lago vs the Oval Office); a source that
names no place, or only a wider one, leaves it unverified, never confirmed by default. What
contains what, and the other names of a place, come from data/places.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.checks.notes import Note, listed
from claimcheck.checks.text import data_file
from claimcheck.extractors.lexicon import dates_data
from claimcheck.extractors.normalize import fold, phrase_pattern

_PARTS = "|".join(data_file("places.toml")["parts_of_places"])
_PLACE = re.compile(
    r"(?<![\w])(?:[Ii]n|[Ee]n|[Aa]t|[Dd]esde|to|a)\s+(?:the\s+|la\s+|el\s+|las\s+)?"
    rf"(?:(?:{_PARTS})\s+(?:de\s+|del\s+|of\s+(?:the\s+)?))?"
    r"((?:[A-ZÁÉÍÓÚÑ][a-z]{0,2}\.(?=\s+[A-ZÁÉÍÓÚÑ])|[A-ZÁÉÍÓÚÑ][\w\-’']+)(?:\s+(?:de\s+(?:la|las|los)\s+|de\s+|del\s+|of\s+(?:the\s+)?)?[A-ZÁÉÍÓÚÑ][\w\-’'.]+){0,4})"
)
# Where something was said: "dijo en Guatemala", not "pidió a Biden" or "aranceles a Colombia".
_AT = re.compile(r"^(?:in|en|at|desde)\s", re.I)
_TRAILING_PARENS = re.compile(r"\(([^()]+)\)\s*$")
_SPENT = re.compile(rf"(?<![0-9a-z])(?:{'|'.join(data_file('places.toml')['spent_time'])})\s+$")


def calendar_words() -> list[str]:
    data = dates_data()
    return [*data["months"]["es"], *data["months"]["en"], *data["weekdays"]["es"], *data["weekdays"]["en"]]


@lru_cache(maxsize=None)
def _skip() -> frozenset[str]:
    return frozenset(fold(w) for w in calendar_words()) | frozenset(_gazetteer()[2])


@lru_cache(maxsize=None)
def _gazetteer() -> tuple[dict[str, str], dict[str, str], list[str]]:
    data = data_file("places.toml")
    return dict(data["aliases"]), dict(data["within"]), list(data["not_places"])


@lru_cache(maxsize=None)
def _known_names() -> re.Pattern[str]:
    aliases, within, _ = _gazetteer()
    names = {*aliases, *within, *within.values()}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def canonical(name: str) -> str:
    name = re.sub(r"['’]s$", "", fold(name).strip(" .,"))  # "the Dominican Republic's election"
    aliases, within, _ = _gazetteer()
    if name not in aliases and name not in within:
        name = re.sub(r"^(?:the|la|el)\s+", "", name)  # "the Oval Office", not "El Salvador"
    return aliases.get(name, name)


def _known(place: str) -> bool:
    aliases, within, _ = _gazetteer()
    return place in within or place in _containers() or place in aliases


@lru_cache(maxsize=None)
def _containers() -> frozenset[str]:
    return frozenset(_gazetteer()[1].values())


def _chain(place: str) -> list[str]:
    """The place and everything that contains it, nearest first."""
    within = _gazetteer()[1]
    chain = [place]
    while chain[-1] in within and within[chain[-1]] not in chain:
        chain.append(within[chain[-1]])
    return chain


_NAMED_AFTER = re.compile(r"^(\S+)\s.*?\s(?:de|del|of)\s+(?:the\s+|la\s+|el\s+)?(.+)$")


def _city_of(place: str) -> str | None:
    """The known city an unknown venue is named after ("teatro colon de bogota", "palace of
    westminster"), where it stands: a city the gazetteer places in something, not a country (the
    "Embajada de Cuba" is in Washington) nor the venue's head a foreign mission (places.toml)."""
    if _known(place) or (m := _NAMED_AFTER.match(place)) is None:
        return None
    head, city = m.group(1), canonical(m.group(2))
    within = _gazetteer()[1]
    return city if city in within and head not in data_file("places.toml")["foreign_missions"] else None


def places(text: str, exclude: set[str] = frozenset(), strict: bool = False) -> set[str]:
    """Capitalised place names after a locative preposition, canonical; people and months left out.
    Strict: only where something happened, not where it went ("viajó a Panamá")."""
    found = set()
    for m in _PLACE.finditer(text):
        if _spent_there(text, m.start()):
            continue
        locative = _AT.match(m.group()) is not None
        if strict and not locative:
            continue
        name = fold(m.group(1))
        place = canonical(name)
        # "firmaron en Washington": a capital that names a government taking part is still where
        # it happened when a locative preposition puts it there.
        placed = locative and name in exclude and _known(place)
        if name in _skip() or (name in exclude and not placed) or name.split()[0] in _skip():
            continue
        if not placed and any(len(person) > 3 and f" {person}" in f" {name}" for person in exclude):
            continue  # "aimed at Argentine President Alberto Fernández": a person, not a place
        if locative or _known(place):  # "viajó a Panamá", but not "advirtió a Trump"
            found.add(place)
    return found


def _spent_there(text: str, start: int) -> bool:
    """ "tras diez años en Downing Street": the place someone spent years in, not where it happened."""
    return _SPENT.search(fold(text[max(0, start - 12):start])) is not None


def without_places(text: str, exclude: set[str] = frozenset()) -> str:
    """The text with the names of where it happened blanked: what happened, judged apart from
    where. Destinations stay ("sent to the United States" is what happened)."""
    for m in reversed(list(_PLACE.finditer(text))):
        name = fold(m.group(1))
        if not _AT.match(m.group()) or _spent_there(text, m.start()):
            continue
        if name not in _skip() and name not in exclude and name.split()[0] not in _skip():
            text = text[: m.start(1)] + " " + text[m.end(1):]
    return text


_HERE = re.compile(r"(?<![0-9a-z])(?:here\s+(?:at|in)|aqui\s+en)\s+(?:the\s+|el\s+|la\s+)?")


def here_places(turns) -> set[str]:
    """Where speakers say they are in their own turns ("I've been briefed here at the White House",
    "aquí en Palacio Nacional"): known places only."""
    found = set()
    for text in turns:
        for m in _HERE.finditer(fold(text)):
            found |= {p for p in places(text[m.start():m.end() + 40]) if _known(p)}
    return found


def bracketed_venue(title: str | None) -> set[str]:
    """The venue a transcript's title gives in brackets at its end ("… (The Queen, Wilmington,
    Delaware, January 6, 2021)"), without the rest of the title, which tells what it was about."""
    m = _TRAILING_PARENS.search(title or "")
    return {canonical(part) for part in m.group(1).split(",") if part.strip()[:1].isupper()} if m else set()


def title_places(title: str | None) -> set[str]:
    """Transcripts put the venue at the end of the title: "… Joint Press Availability
    (Palacio Nacional de la Cultura, Guatemala City)"; the title may name the occasion's place
    itself ("… Before the 80th Session of the United Nations General Assembly")."""
    venue = bracketed_venue(title)
    # A known place standing alone between commas is where it was said ("…, plaza de Bolívar,
    # Bogotá, 1 de mayo de 2024").
    venue |= {place for part in (title or "").split(",")[1:] if part.strip()[:1].isupper()
              and _known(place := canonical(part.strip()))}
    # "… Address of the Holy Father. Maskwacis, Monday, 25 July 2022": the title's last sentence
    # opens with where it was said, known to the gazetteer or not.
    last = (title or "").rsplit(". ", 1)[-1].split(",")[0].strip() if ". " in (title or "") else ""
    if last[:1].isupper() and len(last.split()) <= 4 and not any(ch.isdigit() for ch in last) \
            and fold(last).split()[0] not in calendar_words() and "," in (title or "").rsplit(". ", 1)[-1]:
        venue.add(canonical(last))
    # Only a venue, which contains nothing: "President Sheinbaum of Mexico" names her country.
    return venue | (named_in(title or "") - _containers())


@lru_cache(maxsize=None)
def _dateline_pattern() -> re.Pattern[str]:
    months = "|".join(sorted({re.escape(fold(m))[:3] for m in calendar_words()[:24]}, key=len, reverse=True))
    # "Montevideo, 6 December 2024.", "WASHINGTON, Feb 3 (Reuters) -", "CIUDAD DE MÉXICO, 3 feb (EFE).-"
    return re.compile(rf"^\s*([a-z][a-z .'’-]{{1,40}}?),\s+(?:\d{{1,2}}\s+(?:de\s+)?(?:{months})|(?:{months})[a-z]*\.?\s+\d{{1,2}})")


def dateline(text: str) -> str | None:
    """Where a release or wire story was filed, from its dateline; a known place only."""
    m = _dateline_pattern().match(fold(text))
    if m is None:
        return None
    place = canonical(m.group(1))
    return place if _known(place) else None


def without_named(text: str) -> str:
    """The text with the known places it names blanked (a visit's destination is its place)."""
    folded = fold(text)
    for m in reversed(list(_known_names().finditer(folded))):
        if text[m.start()].isupper():
            text = text[: m.start()] + " " + text[m.end():]
            folded = folded[: m.start()] + " " + folded[m.end():]
    return text


def named_in(text: str) -> set[str]:
    """Known places named anywhere in the text, as names: capitalised ("El Paso", not "el paso");
    and capitals named by their country ("la capital salvadoreña" is San Salvador)."""
    folded = fold(text)
    found = {canonical(m.group()) for m in _known_names().finditer(folded) if text[m.start()].isupper()}
    pattern, capital_of = _capital_phrases()
    return found | {capital_of[" ".join(m.group().split())] for m in pattern.finditer(folded)}


@lru_cache(maxsize=None)
def _capital_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every way of naming a capital by its country, folded, with the capital it names. A
    determiner is required: "Mexican capital" alone may be money."""
    capital_of = {}
    for capital, names in data_file("places.toml")["capitals"].items():
        for adjective in names["adjectives"]:
            capital_of[f"la capital {adjective}"] = capital_of[f"the {adjective} capital"] = capital
        for country in names["countries"]:
            for phrase in ("la capital de", "la capital del", "the capital of"):
                capital_of[f"{phrase} {country}"] = capital
    return phrase_pattern(list(capital_of)), capital_of


def outermost(named: set[str]) -> set[str]:
    """The places not inside another of them: {"apostolic palace", "vatican city"} is one place."""
    return {p for p in named if not any(o != p and o in _chain(p) for o in named)}


def around(place: str) -> set[str]:
    """What contains the place (the city of a venue, the country of a city); a place the gazetteer
    puts in nothing, itself."""
    return set(_chain(place)[1:]) or {place}


def _elsewhere(place: str, home: str | None) -> bool:
    """A venue many countries name alike, in a source published in another time zone than the
    venue the gazetteer knows: it may be another country's."""
    zone = data_file("places.toml")["generic_venues"].get(place)
    return zone is not None and home is not None and home != zone


def compare(claim_places: set[str], source_text: str, exclude: set[str] = frozenset(),
            source_places: set[str] = frozenset(), home: str | None = None) -> tuple[str, Note | None]:
    """("match" | "mismatch" | "missing", note) for the claim's places against a passage; the
    source's own places (a transcript's venue) count with those written in the passage."""
    if not claim_places:
        return "match", None
    named = places(source_text, exclude) | set(source_places)
    present = named | named_in(source_text)
    # A venue many countries name alike may match by its name, but never says it was elsewhere.
    doubtful = {p for p in present if _elsewhere(p, home)}
    # A place the gazetteer does not know matches where the source writes its name ("aterrizaron
    # en el aeropuerto de Maiquetía").
    written = f" {' '.join(re.findall(r'[0-9a-z]+', fold(source_text)))} "
    unmatched = {c for c in claim_places if not any(c in _chain(s) for s in present)
                 and not (not _known(c) and f" {c} " in written)}
    if not unmatched:
        return "match", Note.of("place_same", places=listed(claim_places))
    wider = {s for s in named for c in unmatched if s in _chain(c)}
    # Apart only when both places are known, so that neither can be inside the other: the Cabinet
    # Room, if the gazetteer did not list it, may well be in the White House.
    other = {s for s in named - wider - doubtful if _known(s) and not any(c in _chain(s) for c in claim_places)}
    # A venue the gazetteer does not know, named after its city ("el Teatro Colón de Bogotá"), is
    # apart from a claimed place that city is apart from; nothing is said of venues in it.
    other |= {s for s in named - wider - doubtful if (city := _city_of(s)) is not None
              and not any(c in _chain(city) or city in _chain(c) for c in claim_places)}
    if other and all(_known(c) for c in unmatched):
        return "mismatch", Note.of("place_other", other=listed(other), claimed=listed(unmatched))
    return "missing", Note.of("place_unsaid", claimed=listed(unmatched))
