"""Who is mentioned where: aliases, descriptors, pronouns and unregistered names.

Each mention is resolved to a canonical entity so that "la dependencia" two sentences after
"la Secretaría de Relaciones Exteriores" becomes the SRE, and "López" after "Ana López" stays
Ana López. Resolution runs once, in text order, over the whole article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from claimcheck.extractors.lexicon import _load, lexicon, stopwords
from claimcheck.extractors.normalize import PhraseScan, fold, phrase_pattern, trie_pattern
from claimcheck.models import Entity

# Two or more capitalised words, allowing Spanish particles: "Juan Ramón de la Fuente".
_PARTICLES = "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in _load("words.toml")["name_links"]) + ")"
# A middle initial and a generational suffix belong to the name: "Robert F. Kennedy Jr.", "Juan
# Antonio Samaranch Jr.", "D. John Sauer".
# Words of a name stand on one line: a heading ("20.10 BST") is not part of the name under it.
_NAME_BODY = rf"(?=[A-ZÁÉÍÓÚÑ])\b(?:(?<![\w.])[A-ZÁÉÍÓÚÑ]\.[^\S\n]+(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+[^\S\n]+[A-ZÁÉÍÓÚÑ]))?[A-ZÁÉÍÓÚÑ][\w'’\-.]*[\w'’](?:[^\S\n]+(?:{_PARTICLES}[^\S\n]+)?(?:[A-ZÁÉÍÓÚÑ]\.(?=[^\S\n]+[A-ZÁÉÍÓÚÑ])|(?:[A-Z]\.){{2,}}(?=[^\S\n]+[A-ZÁÉÍÓÚÑ])|[A-ZÁÉÍÓÚÑ][\w'’\-]+))+(?:(?<=\bJr)\.|(?<=\bSr)\.)?"
# A one-letter regnal number ends a name: "Juan Carlos I", "Fernando V". In English only before a
# stop or a comma: "told Obama I would" is the pronoun.
_NAME = {"es": re.compile(_NAME_BODY + r"(?:[^\S\n]+[IVX](?![\w'’]))?"),
         "en": re.compile(_NAME_BODY + r"(?:[^\S\n]+[IVX](?=[,.;:)»”\"]|'s|’s|$))?")}
# One capitalised word ("Bessent", "Tedros") or an acronym ("WHO"): a speaker only next to a verb
# of saying, or when it repeats the last word of a name already seen.
# Two letters are enough for a surname already seen in full ("Xi" after "Xi Jinping"). Two or three
# initials belong to the surname after them ("T. S. Tirumurti").
# Both name patterns open with a lookahead for their first letter: the engine then skips to the
# next capital at C speed instead of trying the whole pattern at every word (twice as fast).
# A word ends at a letter, and where the word ends: "Man’yōshū" is no name "Man’".
_SINGLE = re.compile(r"(?=[vA-ZÁÉÍÓÚÑ])\b(?:(?<![\w.])(?:[A-Z]\.[^\S\n]+){2,3}(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}))?(?:(?:von der|van der|van den|von|van)\s+)?(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’]+(?:[A-Z][a-záéíóúñü'’]+)*(?:-[A-ZÁÉÍÓÚÑa-záéíóúñü][a-záéíóúñü'’]+)*|[A-Z]{2,6}(?:-[A-Z]{2,6})*)\b(?<!['’])(?!\w|['’](?!s\b)\w)")
_PARTICLE_WORDS = frozenset(_load("words.toml")["name_particles"])
_NON_SPACE_RUN = re.compile(r"\S+")
_STOP_MARK = re.compile(r"[,.;]")
_SHORT_WORDS = frozenset(w for lang in ("es", "en") for w in stopwords(lang) if len(w) < 3)
_ORG_TAIL = re.compile(r"(?:,?[^\S\n]+(?:(?:y|e|and|para|for|on|de|del|of|the|el|la|los|las)[^\S\n]+){0,2}"
                       r"[A-ZÁÉÍÓÚÑ][\w'’\-]+){1,6}(?=[^\S\n]*\([A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{1,8}\))")
# "(SNAI)", "(MINEM)", "(Inocar)", "(Cepal)": a short name in brackets right after a name.
_ORG_ON = re.compile(r"[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’\-]+(?:[^\S\n]+(?:(?:and|of|the)[^\S\n]+)?[A-Z][\w'’\-]+){0,3}")
_AFTER_PAST = re.compile(r"(?<![\w-])[a-z]{3,}ed[ \t]+(?:(?:the|a|an)[ \t]+)?$")  # "paralysed Ottawa", not "opposition-controlled parliament"
_PROGRAMMES = frozenset(_load("coreference.toml")["names"]["speaking_things"])
_POST_NOMINALS = frozenset(w.lower() for w in _load("words.toml")["post_nominals"])
_ORG_HEAD_BEFORE = re.compile(r"(?<![\w'’\-])([A-ZÁÉÍÓÚÑ][\w'’\-]+)[^\S\n]+para[^\S\n]+(?:(?:el|la|los|las)[^\S\n]+)?$")
_ON_HEADS = frozenset(_load("coreference.toml")["names"]["named_on"])
_CALENDAR = frozenset(w for group in ("months", "weekdays") for w in _load("dates.toml")[group]["en"])
_MONTHS = frozenset(w for language in ("en", "es") for w in _load("dates.toml")["months"][language])
# "On 15 March Najib said", "in May Najib said": a month after a day or a preposition of time is
# the date, not a first name ("June Sarpong", "Theresa May" keep theirs).
_DATED_BEFORE = re.compile(r"(?:\b\d{1,2}|\b(?:in|on|since|until|by|early|late|mid|en|de|desde|hasta))[^\S\n]+$")
# "Carrie Lam, Hong Kong's chief executive": a name owning an office is where it is held.
_OFFICE_OWNED = re.compile(r"['’\"]s[^\S\n]+([a-z]+)")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÁÉÍÓÚÑ](?:[A-ZÁÉÍÓÚÑ]{1,7}|[a-záéíóúñ]{3,7}))\)")
_POSSESSIVE = re.compile(r"['’\"]s$")
# Words that open a place named after a saint or a feature ("San José", "Santa Marta", "Puerto
# Rico"): the name after them is the place's, not a person's.
_PLACE_PREFIXES = frozenset(fold(w) for w in _load("words.toml")["place_prefixes"])
# Capitalised words that open sentences or name things rather than people.
_WORDS = _load("words.toml")
_NOT_NAME_START = frozenset(fold(w) for w in _WORDS["not_name_start"] + _WORDS["vague_groups"])
_NAME_FINAL_SYLLABLES = frozenset(fold(w) for w in _WORDS["name_final_syllables"])
_ONE_LETTER_REGNAL = frozenset(("i", "v", "x"))  # regnal numbers that _NAME lets end a name
_NOT_NAME_START_WRITTEN = frozenset(w.lower() for w in _WORDS["not_name_start"] + _WORDS["vague_groups"])


@dataclass
class Mention:
    start: int
    end: int
    key: str  # entity id, or the name as written for an unregistered name
    name: str  # display name
    kind: str  # person | body | government
    via: str  # alias | descriptor | pronoun | name
    role: str = "subject"  # subject | object (governed by a preposition, or in apposition to one)
    quoted: bool = False  # inside quoted words: someone the speaker talks about


@dataclass(frozen=True)
class EntityIndex:
    entities: dict[str, Entity]
    alias_pattern: re.Pattern[str] | None
    alias_to_id: dict[str, str]
    descriptor_pattern: re.Pattern[str] | None
    descriptor_to_ids: dict[str, tuple[str, ...]]
    # Aliases the registry always writes as names: a match in lower case is a common word ("la
    # pena" is no "Peña", "firmar la paz" no "La Paz", "la presidencia pro tempore" no presidency).
    capitalised: frozenset[str] = frozenset()
    # One PhraseScan per language and set of lexicons, built on first use (see mention_scan).
    scans: dict[tuple[str, ...], PhraseScan] = field(default_factory=dict, compare=False, repr=False)

    def get(self, key: str | None) -> Entity | None:
        return self.entities.get(key) if key else None

    def display(self, key: str | None) -> str | None:
        entity = self.get(key)
        return entity.name if entity else key

    def lineage(self, key: str | None) -> list[str]:
        """The entity and the bodies it belongs to, nearest first."""
        chain: list[str] = []
        while key and key not in chain:
            chain.append(key)
            entity = self.entities.get(key)
            key = entity.parent if entity else None
        return chain


_CONNECTORS = frozenset(_load("words.toml")["alias_connectors"])


def _proper_name(alias: str) -> bool:
    """Written as a name, each word but the connectors capitalised ("Peña", "La Paz", "la
    Presidencia"), not as a description that happens to open with a capital ("Cancillería
    brasileña", which an article writes in lower case)."""
    words = [w for w in re.findall(r"[^\W\d_]+", alias) if w not in _CONNECTORS]
    return bool(words) and all(w[0].isupper() for w in words)


def build_index(entities: list[Entity] | tuple[Entity, ...]) -> EntityIndex:
    alias_to_id: dict[str, str] = {}
    descriptor_to_ids: dict[str, list[str]] = {}
    uncased: set[str] = set()
    for entity in entities:
        # An X handle names its owner too: "Hoy me reuní con el presidente @realDonaldTrump".
        for alias in (entity.name, *entity.aliases, *entity.x_handles):
            alias_to_id.setdefault(fold(alias), entity.id)
            if alias in entity.x_handles or not _proper_name(alias):
                uncased.add(fold(alias))
        for descriptor in entity.descriptors:
            descriptor_to_ids.setdefault(fold(descriptor), []).append(entity.id)
    return EntityIndex(
        entities={e.id: e for e in entities},
        alias_pattern=phrase_pattern(list(alias_to_id)),
        alias_to_id=alias_to_id,
        descriptor_pattern=phrase_pattern(list(descriptor_to_ids)),
        descriptor_to_ids={k: tuple(v) for k, v in descriptor_to_ids.items()},
        capitalised=frozenset(alias_to_id) - uncased,
    )


@lru_cache(maxsize=None)
def _coreference(language: str) -> tuple[re.Pattern[str], dict[str, str], frozenset[str], frozenset[str]]:
    data = _load("coreference.toml")[language if language in ("es", "en") else "en"]
    # "El colombiano advirtió", "el socialista anunció": a nationality or a party, made a noun by its
    # article, is the person last named.
    adjectival_people = [f"{article} {word}" for word in data.get("person_adjectives", []) + (
        sorted(_demonyms()) if language == "es" else []) for article in ("el", "la")]
    kinds = {fold(p): "person" for p in data["person"] + adjectival_people} | {fold(p): "body" for p in data["body"]}
    # Matched on the folded text (fast, no IGNORECASE); "él" alone needs its accent, since folded
    # it would be every "el", so it is left to _PRONOUN_EL on the original text.
    phrases = sorted({fold(p) for p in data["person"] + adjectival_people + data["body"]} - {"el"}, key=len, reverse=True)
    body = trie_pattern(phrases)  # a prefix tree: hundreds of phrases tried one character at a time
    # "the Panamanian leader", "the new prime minister": a determiner, one adjective, a role.
    roles = sorted({fold(w) for words in _load("coreference.toml")["roles"].values() for w in words}, key=len, reverse=True)
    role_body = trie_pattern(roles)
    adjectival = rf"(?:the|el|la)\s+(?:[a-z\-]+\s+){{1,2}}(?:{role_body})"
    pattern = re.compile(rf"(?<![0-9a-z])(?:{body}|{adjectival})(?![0-9a-z])")
    for phrase in roles:
        kinds.setdefault(phrase, "person")
    kinds["el"] = "person"
    return pattern, kinds, frozenset(fold(w) for w in data["object_markers"]), frozenset(fold(w) for w in data["places"])


def mention_lexicons(language: str, index: EntityIndex) -> list[tuple[re.Pattern[str] | None, Iterable[str]]]:
    """The phrase patterns mentions are found with, and their phrases, for a PhraseScan: registered
    names, descriptors, and pronouns and descriptions (whose adjectival form opens with an article)."""
    pattern, kinds, _, _ = _coreference(language)
    return [(index.alias_pattern, index.alias_to_id), (index.descriptor_pattern, index.descriptor_to_ids),
            (pattern, [*kinds, "the", "el", "la"])]


def mention_scan(index: EntityIndex, language: str, before: tuple[str, ...] = (),
                 lexicons: list[tuple[re.Pattern[str] | None, Iterable[str]]] | None = None) -> PhraseScan:
    """The scan for mentions, after the caller's own lexicons (`lexicons`, named by `before`),
    built once per index and language."""
    key = (language, *before)
    scan = index.scans.get(key)
    if scan is None:
        scan = index.scans[key] = PhraseScan((lexicons or []) + mention_lexicons(language, index))
    return scan


# The accented letter first, the word edge checked behind it: a pattern that opens with a
# lookbehind is tried at every position of the text (three times slower).
_PRONOUN_EL = re.compile(r"[Éé](?<!\w[Éé])l(?!\w)")


_DETERMINERS = frozenset(_WORDS["determiners"])


_ALNUM = re.compile(r"[0-9a-z]+")


def _particles_before(folded: str, start: int, name: str, phrase: str) -> int | None:
    """Where a surname written without its first name begins when its particles stand before it:
    "De la Calle" for Humberto de la Calle, "De Vido" for Julio De Vido (the capitalised particle
    had been read as the preposition, and the surname as the object it governs)."""
    words = fold(name).split()[:-len(phrase.split())]
    particles = list(itertools.takewhile(lambda w: w in _PARTICLE_WORDS, reversed(words)))[::-1][-2:]
    if not particles or len(particles) == len(words):
        return None
    m = re.search(r"(?<![0-9a-z])" + r"\s+".join(map(re.escape, particles)) + r"\s+$", folded[max(0, start - 12):start])
    return start - len(m.group()) if m else None


def _previous_word(folded: str, start: int, language: str = "en", skip: frozenset[str] = frozenset()) -> str:
    """The word governing a mention, looking past an article and the words in `skip` (titles:
    "recibió al embajador Ronald Johnson" -> "al"): "sobre el Gobierno" -> "sobre". Spanish "a"
    is a preposition ("felicitó a Paz"), not an article."""
    for word in reversed(_ALNUM.findall(folded, max(0, start - 40), start)[-3:]):
        if (word not in _DETERMINERS and word not in skip) or (word == "a" and language == "es"):
            return word
    return ""


_SENTENCE_END = re.compile(r"[.!?]\s")
_PERSON_AFTER_OF = re.compile(r"\s(?:de|of)\s+([a-z]+)\s+[a-z]")

_INDEFINITE = {"es": re.compile(r"(?<![0-9a-z])(?:un|una|unos|unas)\s+$"),
               "en": re.compile(r"(?<![0-9a-z])(?:a|an)\s+$")}


@lru_cache(maxsize=None)
def _name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = _load("coreference.toml")["names"]
    return (frozenset(fold(w) for w in data["titles"]), frozenset(fold(w) for w in data["organisations"]),
            frozenset(fold(w) for w in data["things"]))


@lru_cache(maxsize=None)
def _place_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in _load("coreference.toml")["names"]["place_nouns"])


@lru_cache(maxsize=None)
def _person_nouns() -> frozenset[str]:
    """Nouns for a person by office or role, from the coreference lists ("the diplomat" ->
    "diplomat"), and the words for an unnamed informant."""
    data = _load("coreference.toml")
    words = {fold(p).split()[-1] for lang in ("es", "en") for p in data[lang]["person"]}
    words |= {fold(w) for group in data["roles"].values() for w in group if " " not in w}
    return frozenset(words | {fold(w) for w in _load("words.toml")["informant_nouns"]})


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_ROLE_OF = re.compile(r"(?<![0-9a-z])([a-z]+)\s+(?:of|of the|de|del|de la)\s+$")
_PART_OF = re.compile(r"\s(?:of|of the|de|de la|del)\s+$")
_ROLE_AS_ADJECTIVE = frozenset(fold(w) for w in _load("coreference.toml")["names"]["role_as_adjective"])


_GIVEN_THINGS = frozenset(_load("coreference.toml")["names"]["given_things"])
_CAPITALISED_HEAD = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+$")
_SURNAME_END = re.compile(r"(?:ez|az|oz|iz)$")  # "Fernández de Kirchner": a patronymic before the particle


def _opening_participle(word: str) -> bool:
    """ "Entering Twitter HQ…", "Speaking Tuesday…": an English participle capitalised because it
    opens the sentence is no part of a name ("Fleming", "Manning" are surnames, not first words)."""
    return word.endswith("ing") and len(word) > 5 and not _first_name_gender(word)


def _function_word(text: str, folded: str, pos: int, word: str) -> bool:
    """A word that opens no name ("Una", "Del", "The"), as written: "Úna Breathnach-Kelly" folds to
    the article "una", but the article is never written with an accent the list does not give it,
    nor without one it gives ("Artur Mas" is no "Más")."""
    if word not in _NOT_NAME_START:
        return False
    return text[pos:pos + len(word)].lower() in _NOT_NAME_START_WRITTEN


def _strip_titles(text: str, folded: str, start: int, end: int, titles: frozenset[str]) -> tuple[int | None, int]:
    """The name without the titles before it: "Ontario Premier Doug Ford" -> "Doug Ford"; nor the
    letters after it: "Karim A. A. Khan KC" -> "Karim A. A. Khan"."""
    words = list(_NON_SPACE_RUN.finditer(folded[start:end]))
    if len(words) > 1 and _POSSESSIVE.search(words[-1].group()):
        # "could end Imran Khan's three years": a possessive at the end closes the name; it is
        # not one that stands before a name, as in "Ontario's Premier Doug Ford".
        end -= 2
        words = list(_NON_SPACE_RUN.finditer(folded[start:end]))
    if len(words) > 2 and words[-1].group().strip(".,") in _POST_NOMINALS:
        end = start + words[-2].end()
        words.pop()
    keep = len(words)
    last = len(words) - 1
    if last > 0 and words[0].group() in _MONTHS and _DATED_BEFORE.search(folded, max(0, start - 12), start):
        words = words[1:]  # "On 15 March Najib said"
        keep, last = keep - 1, last - 1
    if last > 0 and words[last].group().strip(".,") in titles and words[last - 1].group().strip(".,") not in titles:
        last -= 1  # titles come before a name: "Enrique Reina" ends with a surname, not a queen
        keep = len(words) - 1
    particle, particle_words, skip = None, 1, -1
    for i in range(last, -1, -1):
        if i == skip:
            continue
        raw = words[i].group()
        if raw in _PARTICLE_WORDS and 0 < i < last and keep == i + 1 and words[i - 1].group().strip(".,") not in titles \
                and words[i - 1].group() not in _NOT_NAME_START:
            particle = i  # "Cristina Fernández de Kirchner", "Julio De Vido": a particle inside the name
            continue
        if raw in _PARTICLE_WORDS and 1 < i < last and keep == i + 1 and words[i - 1].group() in _PARTICLE_WORDS \
                and words[i - 2].group().strip(".,") not in titles and words[i - 2].group() not in _NOT_NAME_START \
                and words[i - 2].group() not in _PARTICLE_WORDS and _first_name_gender(words[0].group()):
            particle, particle_words, skip = i - 1, 2, i - 1  # "Humberto de la Calle": a particle of two words
            keep = i - 1
            continue
        if _POSSESSIVE.search(raw) or raw.strip(".,") in titles \
                or (raw in _NOT_NAME_START and _function_word(text, folded, start + words[i].start(), raw)
                    and not (i == last >= 2 and raw in _NAME_FINAL_SYLLABLES)  # "Kim Jong Un": not an article
                    and not (i == last >= 1 and raw in _ONE_LETTER_REGNAL and text[start + words[i].start()].isupper())):  # "Juan Carlos I"
            break
        keep = i
    if keep < len(words) - 1 and _opening_participle(words[keep].group()):
        keep += 1  # "Representing Mexico, Marcelo Ebrard…": a participle opening the sentence
    if particle is not None and keep < particle and not _first_name_gender(words[keep].group()) \
            and not _SURNAME_END.search(words[particle - 1].group()) \
            and not text[start + words[particle].start():start + words[particle].end()].istitle():
        # "Rio de Janeiro", "Estadio Centenario de Montevideo": no person's name. A particle written
        # with a capital belongs to a surname ("Jean-Yves Le Drian", "Ángel Di María"); one in
        # capitals is a headline's ("ARGENTINA CAMPEÓN DEL MUNDO").
        keep = particle + particle_words
    if keep >= len(words):
        return None, end
    if keep > 0 and words[keep].group() in ("of", "de", "del"):
        return start + words[keep - 1].start(), end  # "Duke of Cambridge", "Archbishop of Canterbury": the title is the name
    return start + words[keep].start(), end


def _attribution_spans(folded: str, language: str) -> list[tuple[int, int]]:
    lex = lexicon(language)
    spans = []
    for pattern in (lex.verbs, lex.source_marker, lex.absence):
        if pattern is not None:
            spans += [m.span() for m in pattern.finditer(folded)]
    return sorted(spans)


class _Spans:
    """Attribution spans sorted by start, so that the ones near a word are found by bisection:
    scanning them all for every word made long articles quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def near(self, start: int, end: int, before: int) -> list[tuple[int, int]]:
        lo = bisect.bisect_left(self.starts, start - before - self.longest)
        hi = bisect.bisect_right(self.starts, end + 2)
        return self.spans[lo:hi]


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][\"”»’']?\s*)(?:(?:the|el|la|los|las)\s+)?$")
_ASIDE_AFTER = re.compile(r",[^,;:.!?\n]{2,80},\s*(?:(?:has|have|had|ha|han|habia)\s+)?")
_PAIRED = re.compile(r"\s+(?:and|y|e)\s+[a-z'’\-]{2,20}(?:\s+[a-z'’\-]{2,20})?\s+")  # "Lula and Joe Biden spoke"


def _next_to(spans: _Spans, start: int, end: int, folded: str, markers: re.Pattern[str] | None) -> bool:
    """A verb of saying right after the word ("Bessent said") or right before it ("dijo López"),
    or after an aside set off by commas ("Rengo, the largest union federation, reported…")."""
    aside = _ASIDE_AFTER.match(folded, end) if _OPENS_SENTENCE.search(folded, max(0, start - 12), start) else None
    if aside is not None and any(a == aside.end() for a, _ in spans.near(aside.end(), aside.end() + 1, 0)):
        return True  # the subject that opens its sentence, then what it is, then the verb
    for a, b in spans.near(start, end + 24, 40):
        if 0 <= a - end <= 2 or (0 <= start - b <= 6 and folded[b:start].strip() in ("", "the", "el", "la")):
            return True
        if 0 <= a - end <= 24 and _PAIRED.fullmatch(folded, end, a):
            return True  # "Biden and Xi met": the first of a pair whose second stands at the verb
        if (0 <= start - b <= 40 and not _STOP_MARK.search(folded[b:start])
                and markers is not None and markers.fullmatch(folded, a, b)):
            return True  # "según la misma estimación del INE"
    return False



def _apposition(gap: str) -> bool:
    """ "el titular de la SRE de México, Juan Ramón de la Fuente": same entity, a comma apart."""
    return not gap.strip() or (len(gap) <= 40 and gap.rstrip().endswith(",") and "." not in gap)


def find_mentions(text: str, folded: str, language: str, index: EntityIndex,
                  attribution: list[tuple[int, int]] | None = None,
                  quoted: list[tuple[int, int]] | None = None,
                  found: list[list[re.Match[str]]] | None = None) -> list[Mention]:
    """All mentions in text order, each resolved to an entity id or a written name. Mentions
    inside `quoted` spans are marked: "he" after “…thank Mr Putin for,” is not Putin. `found` is
    what mention_scan found in `folded`, when the caller has scanned it already."""
    quoted = sorted(quoted or [])
    quote_starts = [a for a, _ in quoted]
    generic_pattern, generic_kinds, object_markers, places = _coreference(language)
    candidates: list[tuple[int, int, str, str]] = []  # start, end, via, folded phrase
    # The patterns let any run of spaces, line breaks included, stand for one space ("la  OMS",
    # "la\nOMS"); the phrase is looked up with single spaces, as the registry keys are written.
    aliases, descriptors, generic = found if found is not None else mention_scan(index, language).find(folded)
    candidates += [(m.start(), m.end(), "alias", phrase) for m in aliases
                   if (phrase := " ".join(m.group().split())) not in index.capitalised or not text[m.start():m.end()].islower()]
    candidates += [(m.start(), m.end(), "descriptor", " ".join(m.group().split())) for m in descriptors]
    candidates += [(m.start(), m.end(), "pronoun", " ".join(m.group().split())) for m in generic
                   if not ((after := _NEXT_WORD.match(folded, m.end())) and after.group(1) in _ROLE_AS_ADJECTIVE)]
    candidates += [(m.start(), m.end(), "pronoun", "el") for m in _PRONOUN_EL.finditer(text)]
    candidates += _qualified_candidates(text, folded, language)
    titles, organisations, things = _name_words()
    titles_before: dict[int, list[str]] = {}  # name start -> title words stripped off it
    for m in _NAME["es" if language == "es" else "en"].finditer(text):
        name_words = set(folded[m.start():m.end()].replace("-", " ").split())
        first, *rest = folded[m.start():m.end()].split()
        if first in _GIVEN_THINGS and rest and rest[0] not in ("of", "de"):
            name_words = name_words - {first}  # "Bill Nelson" is a man; "the Finance Bill", "Bill of Rights" are not
        if _demonym(folded[m.start():m.end()].split()) or (name_words & things and not name_words & organisations):
            # "other West African states": adjectives of nationality and region name no one.
            # "Hurricane Milton", "Paris Agreement": held as a candidate so that no shorter name
            # inside it is taken, and dropped below: it neither speaks nor takes part.
            candidates.append((m.start(), m.end(), "thing", folded[m.start():m.end()]))
            continue
        head = _ORG_HEAD_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
            if folded.endswith(_PARA_ENDINGS, 0, m.start()) else None
        if head is not None and fold(head.group(1)) in organisations:
            # "el Mecanismo para el Reconocimiento de Personas Presas Políticas": one body's name.
            candidates.append((head.start(1), m.end(), "name", folded[head.start(1):m.end()]))
            continue
        person = _PERSON_AFTER_OF.search(folded, m.start(), m.end())
        if name_words & organisations and person and _first_name_gender(person.group(1)):
            # "el Gobierno de Gabriel Boric": the person is named, the body is only described.
            candidates.append((person.start(1), m.end(), "name", folded[person.start(1):m.end()]))
            continue
        titled, name_end = _strip_titles(text, folded, m.start(), m.end(), titles)
        if name_words & organisations and titled is not None and titled > m.start() \
                and folded[m.start():titled].split()[-1].strip(".,") in titles \
                and not set(folded[titled:name_end].split()) & organisations:
            # "European Commission President Ursula von der Leyen": the body qualifies the title of
            # the person named after it; both are named.
            before = folded[m.start():titled].split()
            while before and before[-1].strip(".,") in titles:
                before.pop()
            titles_before[titled] = folded[m.start():titled].split()[len(before):]
            if before:
                org_end = m.start() + len(" ".join(before))
                candidates.append((m.start(), org_end, "name" if len(before) > 1 else "single", folded[m.start():org_end]))
            kind = "name" if " " in folded[titled:name_end].strip() else "single"
            candidates.append((titled, name_end, kind, folded[titled:name_end]))
            continue
        if name_words & organisations:
            words = folded[m.start():m.end()].split()
            lead = 0
            while lead < len(words) - 1 and (words[lead] in _NOT_NAME_START or _opening_participle(words[lead])
                                             or (_POSSESSIVE.search(words[lead]) and words[lead][:-2] in _CALENDAR)):
                lead += 1  # "Thursday's Supreme Court order": the day is not part of the court's name
            org_start = m.start() + folded[m.start():m.end()].index(words[lead]) if lead else m.start()
            # "Ministerio de Energía y Minas (MINEM)", "Comisión Económica para América Latina y el
            # Caribe (Cepal)": the bracketed short name shows where a name with "y" or "para" ends.
            tail = _ORG_TAIL.match(text, m.end())
            if tail is None and words[-1] in _ON_HEADS:
                # "Kenya National Commission on Human Rights", "Committee on Foreign Affairs": what
                # the body is on is part of its name; "the Council on Monday" is when it met.
                tail = _ORG_ON.match(text, m.end())
                if tail is not None and set(fold(tail.group()).split()) & _CALENDAR:
                    tail = None
            org_end = tail.end() if tail else m.end()
            if len(words) - lead > 1:
                candidates.append((org_start, org_end, "name", folded[org_start:org_end]))
            continue
        start, end = titled, name_end
        of = folded.find(" of ", start, end)
        if of > 0 and (start is None or folded[start:of].split()[-1].strip(".,") not in titles):
            # "of" joins organisations' names, not people's: "Claudia Sheinbaum of Mexico"; a title
            # is named by its place ("the Archbishop of Canterbury").
            end = of
        if start is not None and start > m.start():
            titles_before[start] = folded[m.start():start].split()
            lead = list(itertools.takewhile(lambda w: w.strip(".,") not in titles, titles_before[start])) \
                if titles_before[start][0] not in titles else []
            if len(lead) > 1 and " ".join(lead) in _countries():
                # "United States Trade Representative Katherine Tai": the country that qualifies the
                # title is named whole, not read as a person called "United".
                candidates.append((m.start(), m.start() + len(" ".join(lead)), "name", " ".join(lead)))
        if start is None:
            continue
        words = folded[start:end].split()
        place_words = 2 if words[:1] and words[0] in _PLACE_PREFIXES else 1  # "San José Juan Pérez"
        if len(words) >= place_words + 2 and folded.endswith((" de ", " of ", " de la ", " del ", " of the "), 0, start) \
                and not _first_name_gender(words[0]) and _first_name_gender(words[place_words]):
            # "el exalcalde de Bucaramanga Rodolfo Hernández": the place of the title, then the name.
            start = folded.index(words[place_words], start + len(" ".join(words[:place_words])))
        if " " not in text[start:end].strip():
            candidates.append((start, end, "single", folded[start:end]))
        else:
            candidates.append((start, end, "name", folded[start:end]))
    # A single word inside a name already held loses to it below: skipped here, it is neither
    # stored nor sorted (most capitalised words are inside names).
    held = sorted((c[0], c[1]) for c in candidates if c[2] in ("name", "thing"))
    h = 0
    for m in _SINGLE.finditer(text):
        while h < len(held) and held[h][1] < m.end():
            h += 1
        if h < len(held) and held[h][0] < m.start() and m.end() <= held[h][1]:
            continue
        word = folded[m.start():m.end()]
        if word not in _NOT_NAME_START and word not in titles and word not in _POST_NOMINALS and word not in _DEMONYM_WORDS:
            # "Zelensky's response": the possessive names Zelensky.
            end = m.end() - 2 if _POSSESSIVE.search(m.group()) else m.end()
            candidates.append((m.start(), end, "single", folded[m.start():end]))
    # Longest first at each position, then drop anything overlapping an earlier pick; an alias
    # or descriptor beats a bare capitalised name of the same reach.
    rank = {"alias": 0, "descriptor": 1, "qualified": 1, "name": 2, "thing": 2, "single": 3, "pronoun": 4}
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), rank[c[2]]))
    chosen: list[tuple[int, int, str, str]] = []
    for cand in candidates:
        if chosen and cand[0] < chosen[-1][1]:
            # "el Gobierno de México": the alias reaching further beats the generic "el gobierno".
            # A registered alias inside a capitalised run ("Mexican Foreign Secretary Juan Ramón de
            # la Fuente") is the entity: a bare name is the weakest evidence of who is meant.
            # A descriptor ("the ministry") does not beat the name it opens ("The Ministry of Health of
            # Morocco"): that name says which ministry.
            # "Pre-Trial Chamber II of the International Criminal Court": a body of the registered
            # one, named whole, is not the registered body itself.
            part_of = cand[2] == "alias" and _PART_OF.search(folded, chosen[-1][0], cand[0]) is not None \
                and bool(set(chosen[-1][3].split()) & organisations)
            inside_name = (chosen[-1][2] in ("name", "single", "thing") and cand[2] == "alias" and not part_of) or (
                chosen[-1][2] in ("single", "thing") and cand[2] == "descriptor")
            opened = (chosen[-1][2] == "descriptor" and cand[2] == "name" and cand[1] > chosen[-1][1]
                      and folded[chosen[-1][0]:cand[0]].strip() in _DETERMINERS)
            if inside_name or opened or (rank[cand[2]] < rank[chosen[-1][2]] and cand[1] > chosen[-1][1]):
                chosen[-1] = cand
            continue
        chosen.append(cand)

    mentions: list[Mention] = []
    names_seen: dict[str, tuple[str, str]] = {}  # folded surname or full name -> (key, display)
    spans = _Spans(_attribution_spans(folded, language) if attribution is None else attribution)
    roles = _Roles()
    bracket_end = 0
    speaking_things: set[int] = set()
    for i, (start, end, via, phrase) in enumerate(chosen):
        if via == "thing" and start >= bracket_end and set(phrase.split()) & _PROGRAMMES \
                and any(0 <= a - end <= 2 for a, _ in spans.near(start, end + 4, 0)):
            # "The World Food Programme said…": a programme that speaks is the agency that runs it
            # (an agreement or a law that "says" is a text, not a speaker).
            lead = re.match(r"(?:the|el|la)\s+", phrase)
            if lead:
                start, phrase = start + lead.end(), phrase[lead.end():]
            via = "name"
            speaking_things.add(start)
        if via == "thing" or start < bracket_end:
            continue
        unseen_word = via == "single" and phrase not in names_seen
        if via == "single":
            # "Queen Máxima", "Pope Francis": a title makes a single word a person's name.
            titled = any(w.strip(".,") in titles for w in titles_before.get(start, ()))
            # A two-letter word next to a verb is a name ("Xi said") unless it is a function word
            # of either language ("Le impuso", "Se reunió").
            if phrase not in names_seen and not titled and (
                    (len(phrase) < 3 and phrase in _SHORT_WORDS)
                    or not _next_to(spans, start, end, folded, lexicon(language).source_marker)):
                continue
            via = "name"
        if via == "name" and mentions and mentions[-1].kind == "person" and mentions[-1].via in ("name", "alias") \
                and phrase not in index.alias_to_id and _office_after(folded, mentions[-1].end, start, phrase, titles):
            # "Zhang Jun, Permanent Representative of China, said…": the office set off by a comma
            # after a name is that person's, not someone else known by it, whom "he" would then be.
            k = bisect.bisect_right(quote_starts, start) - 1
            mentions.append(Mention(start, end, mentions[-1].key, mentions[-1].name, "person", "descriptor",
                                    mentions[-1].role, k >= 0 and start < quoted[k][1]))
            continue
        k = bisect.bisect_right(quote_starts, start) - 1
        inside = k >= 0 and start < quoted[k][1]
        mention = _resolve(text, start, end, via, phrase, index, mentions, names_seen, generic_kinds, chosen[i + 1:i + 5], roles,
                           inside)  # the next few: a copy of the rest made long texts quadratic
        if mention is None and via == "pronoun" and generic_kinds.get(phrase) in ("body", "government"):
            # "El Gobierno anunció…" with no government named before: the capitalised word names the
            # institution itself, which the claims later qualify by the article's country.
            capital = _CAPITALISED_HEAD.search(text, start, end)
            if capital is not None and capital.start() > start:
                word = capital.group()
                mention = Mention(start, end, word, word, "body", "name")
            elif (adjective := _NEXT_WORD.match(folded, end)) is not None and adjective.group(1) in _demonyms():
                # "En una nota, la cancillería brasileña afirma…": its nation says whose (below).
                mention = Mention(start, end, phrase, phrase, "body", "pronoun")
        if mention is None:
            continue
        mention = _other_nation(text, folded, mention, index)
        mention.quoted = inside
        if mention.via == "name":
            roles.note(mention.key, titles_before.get(start, ()))
        elif mention.via in ("descriptor", "pronoun") and not _in_question_heading(text, start):
            # "¿Qué ha decidido el juez?" asks before it tells who the judge is: the heading does
            # not make whoever was named last a judge.
            roles.note(mention.key, phrase.split())
        if mention.kind == "person" and mention.via not in ("descriptor", "pronoun"):
            roles.note_first_name(mention.key, mention.name)
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym and mention.via in ("name", "alias"):
            # "el Servicio Nacional … (SNAI)": the acronym is its alias, and the bracket is part of
            # the mention, so that "El Ministerio de Energía y Minas (MINEM) informó" is the
            # ministry speaking, not its acronym. A country in brackets says whose body it is.
            if fold(acronym.group(1)) not in _countries():
                names_seen.setdefault(fold(acronym.group(1)), (mention.key, mention.name))
            mention.end = acronym.end()
            bracket_end = acronym.end()
        if mention.via in ("name", "single") and mention.key not in index.entities:
            if set(fold(mention.name).replace("-", " ").split()) & organisations or mention.name.isupper() \
                    or start in speaking_things:
                mention.kind = "body"
            elif fold(mention.name) in _countries():
                mention.kind = "government"  # "Honduras pidió…": its government, never a person
            elif fold(mention.name).split()[0] in _party_openers():
                mention.kind = "body"  # "Chile Seguro", "Perú Libre", "Colombia Humana": a party or a pact
            elif unseen_word and (office := _ROLE_OF.search(folded, max(0, start - 40), start)) is not None \
                    and office.group(1) in _person_nouns() and any(0 <= a - end <= 2 for a, _ in spans.near(start, end + 4, 0)):
                # "el candidato de Libre dijo": a word never seen as a name, after a role and before
                # the verb, names whose role it is; the one who speaks is the one holding it.
                mention.kind = "body"
        if mention.kind == "person" and mention.via in ("name", "single") and mention.key not in index.entities:
            lead = _particles_before(folded, start, mention.name, phrase)
            if lead is not None:
                start = mention.start = lead  # "De la Calle se presentó": the surname with its particles
        previous = _previous_word(folded, start, language, titles)
        if via in ("name", "single", "alias") and _INDEFINITE.get(language, _INDEFINITE["en"]).search(folded, max(0, start - 6), start) \
                and (following_word := _NEXT_WORD.match(folded, end)) is not None and following_word.group(1) in _person_nouns():
            # "A European diplomat said", "a White House official": someone unnamed, described by
            # where they come from ("a State Department readout" is still the department's).
            continue
        next_word = _NEXT_WORD.match(folded, end)
        placed = previous in places or (next_word is not None and next_word.group(1) in _place_nouns()) \
            or (bool(set(phrase.split()) & _place_nouns()) and not known_first_name(phrase)
                and not known_first_name(mention.name)) \
            or (previous in _OF_WORDS and _office_of(folded, start, titles))  # "António Costa", and "Costa" after him, is a man; "governor of Lagos" a place
        if previous in _MEDIA_NOUNS and mention.via in ("name", "single") and mention.key not in index.entities:
            mention.kind = "body"  # "el semanario Búsqueda": an outlet, not a person who goes on speaking
        owner = _OFFICE_OWNED.match(folded, end)
        placed = placed or ((owner is not None and owner.group(1) in titles or phrase.split()[0] in _PLACE_PREFIXES)
                            and not known_first_name(mention.name))  # "…, Providencia y Santa Catalina"
        if placed and mention.via == "name" and mention.key not in index.entities and mention.kind == "person":
            # "landfall in the Big Bend region", "votó en Punta Arenas": a place, which neither
            # speaks nor is what "she" or "el mandatario" refers back to.
            mention.kind, mention.role = "place", "object"
        elif previous in object_markers or (language == "en" and previous.endswith("ed") and previous not in titles
                                             and _AFTER_PAST.search(folded, max(0, start - 40), start)):
            mention.role = "object"  # "protests that have paralysed Ottawa": what a verb acts on
        elif previous in places and not (mentions and folded[mentions[-1].end:start].split() == [previous]):
            # "defendió ayer en La Moneda la vigencia…": where the speaker was, not who spoke; but
            # "la Delegación del Gobierno en Madrid" goes on naming the body.
            mention.role = "object"
        else:
            # Apposition: "el titular de la SRE de México, Juan Ramón de la Fuente" takes the role of
            # the title it names, even with another name ("México") in between.
            same = next((m for m in reversed(mentions[-3:]) if m.key == mention.key), None)
            if same is not None and _apposition(folded[same.end:start]):
                mention.role = same.role
        mentions.append(mention)
    return _canonical_names(mentions, index)


_TITLE_MODIFIERS = frozenset(_load("words.toml")["title_modifiers"])


def _office_after(folded: str, end: int, start: int, phrase: str, titles: frozenset[str]) -> bool:
    """After a name, a comma, then an office named by its title, its modifiers first ("Zhang Jun,
    Permanent Representative of China"; the modifier may stand outside the mention), not a person's
    name."""
    gap = folded[end:start].strip()
    if not gap.startswith(",") or not all(w in _TITLE_MODIFIERS for w in gap[1:].split()):
        return False
    words = gap[1:].split() + phrase.split()
    while len(words) > 1 and words[0] in _TITLE_MODIFIERS:
        words = words[1:]
    return words[0].strip(".,") in titles


def _canonical_names(mentions: list[Mention], index: EntityIndex) -> list[Mention]:
    """ "Tedros" before "Tedros Adhanom Ghebreyesus" is the same person: one key, the full name."""
    # Any word of the full name: Spanish speakers are cited by their first surname ("González"
    # for Edmundo González Urrutia); a word two full names share decides nothing.
    by_word: dict[str, dict[str, Mention]] = {}
    for f in mentions:
        if f.key not in index.entities and " " in f.key:
            for word in fold(f.key).split():
                by_word.setdefault(word, {}).setdefault(f.key, f)
    for m in mentions:
        if m.key in index.entities or " " in m.key:
            continue
        longer = by_word.get(fold(m.key), {})
        if len(longer) == 1:
            only = next(iter(longer.values()))
            m.key, m.name = only.key, only.name
    return mentions


# "el expresidente y senador Álvaro Uribe", "the former president and senator": a second title
# joined to the first, then the name they both belong to.
_COORDINATED_TITLE = re.compile(r"\s+(?:y|e|and)(?:\s+[a-z]+){1,2}\s+")


def _joined_titles(gap: str) -> bool:
    return _COORDINATED_TITLE.fullmatch(gap) is not None and all(w in _name_words()[0] for w in gap.split()[1:])


BARE_PRONOUNS = frozenset({"he", "she", "el", "ella"})  # pronouns that name no role, only a gender
_APPOSED = re.compile(r"[^\S\n]*,[^\S\n]*")


def _resolve(
    text: str,
    start: int,
    end: int,
    via: str,
    phrase: str,
    index: EntityIndex,
    earlier: list[Mention],
    names_seen: dict[str, tuple[str, str]],
    generic_kinds: dict[str, str],
    later: list[tuple[int, int, str, str]],
    roles: "_Roles",
    quoted: bool = False,
) -> Mention | None:
    if via == "qualified":
        return _resolve_qualified(text, start, end, phrase, earlier)
    if via == "alias":
        entity = index.entities[index.alias_to_id[phrase]]
        return Mention(start, end, entity.id, entity.name, entity.kind, via)
    # A title runs into the name right after it, never across a full stop ("…el republicano. Sheinbaum").
    if via in ("descriptor", "pronoun") and earlier and phrase.split()[0] in _DETERMINERS:
        # "Lee Jae-myung, the Democratic Party leader and Yoon's rival, had called": a descriptor in
        # apposition to the name just before it is that person, whoever else leads a party.
        prev = earlier[-1]
        wanted = "person" if via == "descriptor" else generic_kinds.get(phrase, "person")
        if prev.via in ("name", "alias") and _APPOSED.fullmatch(text, prev.end, start) \
                and (prev.kind == "person") == (wanted == "person"):
            return Mention(start, end, prev.key, prev.name, prev.kind, "descriptor")
    following = None
    if later and later[0][2] in ("alias", "name"):
        gap = text[end:later[0][0]]
        if (later[0][0] - end <= 2 and not gap.strip()) or (via in ("descriptor", "pronoun") and _joined_titles(fold(gap))):
            following = later[0]
    if following is None and via in ("descriptor", "pronoun"):
        following = _appositive(text, end, later)
    if following is not None and via == "pronoun" and generic_kinds.get(phrase) == "body" and not (
            following[2] == "alias" and index.entities[index.alias_to_id[following[3]]].kind != "person"):
        following = None  # "la coalición opositora, Xóchitl Gálvez": a body's name is not a person's
    if via in ("descriptor", "pronoun") and following:
        # A title right before a name is that name's: "la presidenta Claudia Sheinbaum".
        return _named_after(text, start, end, following, index, names_seen)
    if via == "descriptor":
        ids = index.descriptor_to_ids[phrase]
        for m in _recent(earlier):
            if m.key in ids:
                return Mention(start, end, m.key, m.name, m.kind, via)
        # Apposition ahead: "El secretario de Estado de Estados Unidos, Marco Rubio, ..."
        for cand in later[:4]:
            if cand[2] == "alias" and index.alias_to_id.get(cand[3]) in ids:
                entity = index.entities[index.alias_to_id[cand[3]]]
                return Mention(start, end, entity.id, entity.name, entity.kind, via)
        if len(ids) == 1 and not earlier:
            entity = index.entities[ids[0]]
            return Mention(start, end, entity.id, entity.name, entity.kind, via)
        kind = "person" if index.entities[ids[0]].kind == "person" else "body"
        return _resolve_generic(start, end, kind, earlier, later, text, roles.wanted(phrase), roles)
    if via == "pronoun":
        if phrase in BARE_PRONOUNS or not quoted:
            # "“…thank Mr Putin for,” he quipped", "«… es el señor gobernador», advirtió el líder
            # cameral": whom a quote names is not who says it (inside the quote, a title may well
            # refer to a name the quote gives: "Boric… es el presidente electo").
            earlier = [m for m in earlier[-LOOKBACK:] if not m.quoted]
        found = _resolve_generic(start, end, generic_kinds.get(phrase, "person"), earlier, later, text, roles.wanted(phrase), roles)
        if found is not None:
            found.via = "pronoun"
        return found
    if " of " in phrase and phrase.split()[0] in _name_words()[0] and later and later[0][2] in ("name", "alias") \
            and _APPOSED.fullmatch(text, end, later[0][0]):
        # "The Archbishop of Canterbury, Justin Welby, wrote": the person named in apposition.
        named = _named_after(text, start, end, later[0], index, names_seen)
        names_seen.setdefault(phrase, (named.key, named.name))  # the title alone later means the same person
        return named
    government = _capital_governments().get(phrase)
    if government is not None and not _PLACE_BEFORE.search(fold(text[max(0, start - 12):start])):
        # "Canberra said in a statement…": the government; "llegó a Caracas", "in Paris": the place.
        return Mention(start, end, government, government, "government", via)
    # An unregistered name: a later surname-only mention refers back to the full name.
    written = text[start:end]
    seen = _seen(names_seen, phrase)
    if seen:
        key, display = seen
    else:
        key = display = written
        tokens = phrase.split()
        # The first word too: Chinese, Korean and Vietnamese names put the surname first ("Xi").
        first = tokens[0] if (len(tokens[0]) > 3 or (len(tokens[0]) >= 2 and len(tokens) == 2)) \
            and tokens[0] not in _NOT_NAME_START and tokens[0] not in _PARTICLE_WORDS else phrase
        for token in {phrase, tokens[-1], " ".join(tokens[-2:]), first}:
            names_seen.setdefault(token, (key, display))
        if len(tokens) > 1 and _REGNAL.search(written):
            # "Don Juan Carlos" after "Juan Carlos I": a sovereign is named without the number too.
            names_seen.setdefault(" ".join(tokens[:-1]), (key, display))
    # "el BCE" after "El Banco Central Europeo (BCE)": an acronym seen for a registered body is that body.
    kind = index.entities[key].kind if key in index.entities else "person"
    return Mention(start, end, key, display, kind, via)


LOOKBACK = 300  # mentions a descriptor or pronoun may reach back over; a long article's full scan was quadratic


@lru_cache(maxsize=None)
def _qualified_bodies(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """ "Morocco's interior ministry", "the state rail operator": a body's kind with the words that
    say which one. English only: Spanish puts the qualifier after the noun, where names are read.
    Three patterns, each opening with a literal the regex engine can look for ("the", "'s"), and
    the owner's country checked behind a possessive: one pattern opening with a choice of every
    country was scanned at every position of the text."""
    if language != "en":
        return None
    data = _load("coreference.toml")["qualified_bodies"]
    heads = trie_pattern(fold(h) for h in data["en_heads"])
    stop = "|".join(sorted(re.escape(w) for w in data["en_not_qualifiers"]))
    word = rf"(?!(?:{stop})\s)[a-z\-]+\s+"
    after_the = re.compile(rf"the(?<![0-9a-z]the)\s+(?P<mods>(?:{word}){{1,3}}?)(?:{heads})(?![0-9a-z])")
    after_owner = re.compile(rf"['’]s\s+(?P<mods>(?:{word}){{0,3}}?)(?:{heads})(?![0-9a-z])")
    owner = re.compile(rf"(?<![0-9a-z])(?:{trie_pattern(_countries())})$")
    return after_the, after_owner, owner


def _qualified_candidates(text: str, folded: str, language: str) -> list[tuple[int, int, str, str]]:
    patterns = _qualified_bodies(language)
    if patterns is None:
        return []
    after_the, after_owner, owner = patterns
    found = []
    for m in after_the.finditer(folded):
        # The kind lowercase as written: "the Interior Ministry" is a name, read as one elsewhere;
        # "the Japanese foreign ministry" is described by its country.
        if text[m.end("mods"):m.end()].islower() and text[m.start("mods"):m.end("mods")].split()[-1].islower():
            found.append((m.start(), m.end(), "qualified", m.group()))
    for m in after_owner.finditer(folded):
        o = owner.search(folded, max(0, m.start() - 40), m.start())
        if o is not None and text[m.start("mods"):m.end()].islower():
            found.append((o.start(), m.end(), "qualified", folded[o.start():m.end()]))
    return found


def _resolve_qualified(text: str, start: int, end: int, phrase: str, earlier: list[Mention]) -> Mention:
    """The body named before whose name holds the qualifier ("the interior ministry" after
    "Morocco's Ministry of Interior"), else the body as the article describes it: a speaker the
    fact-checker can read, rather than the last body named whatever it was."""
    words = [w for w in re.findall(r"[a-z]+", phrase) if w not in ("s", "the") and fold(w) not in _countries()]
    for m in _recent(earlier):
        name = fold(m.name)
        if m.kind in ("body", "government") and words and all(w in name for w in words):
            return Mention(start, end, m.key, m.name, m.kind, "descriptor")
    written = re.sub(r"^(?:the|The)\s+", "", text[start:end])
    return Mention(start, end, written, written, "body", "descriptor")


def _named_after(text: str, start: int, end: int, following: tuple[int, int, str, str], index: EntityIndex,
                 names_seen: dict[str, tuple[str, str]]) -> Mention:
    """The phrase at start:end stands for the name that follows it."""
    if following[2] == "alias":
        entity = index.entities[index.alias_to_id[following[3]]]
        return Mention(start, end, entity.id, entity.name, entity.kind, "descriptor")
    written = text[following[0]:following[1]]
    key, display = _seen(names_seen, following[3]) or (written, written)
    return Mention(start, end, key, display, "person", "descriptor")


_MEDIA_NOUNS = frozenset(_WORDS["media_nouns"])
_OF_WORDS = frozenset({"of", "de", "del"})
_PARA_ENDINGS = ("para ", "para el ", "para la ", "para los ", "para las ")
_OFFICE_OF = re.compile(r"(?<![0-9a-z])([a-z]+)\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?$")


def _office_of(folded: str, start: int, titles: frozenset[str]) -> bool:
    """The name follows an office and "of" ("the former governor of Lagos", "el alcalde de Lisboa"):
    the place the office is of, not a person."""
    m = _OFFICE_OF.search(folded, max(0, start - 30), start)
    return m is not None and m.group(1) in titles


def _in_question_heading(text: str, pos: int) -> bool:
    """The position is in a line of its own that asks a question: a section heading."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) < 100 and line.endswith("?")


def _recent(earlier: list[Mention]) -> Iterator[Mention]:
    return itertools.islice(reversed(earlier), LOOKBACK)


def _seen(names_seen: dict[str, tuple[str, str]], phrase: str) -> tuple[str, str] | None:
    """Who a name written before stands for. A longer name meets it by its end only where that
    end is the person's surname ("San Luis" is not Luis Abinader, whose first name is also kept,
    for names written surname first) and no other name comes before it ("Nelson Cruz" is not
    Nelsy Cruz, nor "Hunter Biden" Joe Biden)."""
    tokens = phrase.split()
    for probe in (phrase, " ".join(tokens[-2:]), tokens[-1]):
        found = names_seen.get(probe)
        if found is None:
            continue
        if probe != phrase:
            named = fold(found[1]).split()
            rest = tokens[:len(tokens) - len(probe.split())]
            if (named and named[-1] != tokens[-1]) or (len(named) > 1 and rest[-1] not in named):
                continue
        return found
    return None


_PRETERITE = re.compile(r"\w[óÓ](?!\w)")  # "recibió": a clause, not a title
_ARTICLE_WORD = re.compile(r"(?<![0-9a-z])(?:el|la|los|las|al|un|una|the|a|an)(?![0-9a-z])")


@lru_cache(maxsize=None)
def _title_gap() -> frozenset[str]:
    """Words a title set off after a comma is made of, before the name: an article, titles and
    their modifiers ("el general retirado", "the former deputy minister")."""
    return _name_words()[0] | _DETERMINERS | frozenset(_TITLE_MODIFIERS)


def _appositive(text: str, end: int, later: list[tuple[int, int, str, str]]) -> tuple[int, int, str, str] | None:
    """ "el vocero presidencial, Manuel Adorni," / "the president of the Commission, Ursula von der Leyen,".
    A longer title reaches further only while it names no one else with an article and holds no
    verb ("la ministra de Derechos Sociales en funciones y secretaria general de Podemos, Ione
    Belarra"; not "el mandatario recorrió los sectores… junto a la alcaldesa, Macarena Ripamonti",
    nor "La presidenta de México recibió hoy… al secretario de Estado…, Marco Rubio")."""
    comma = text.find(",", end, end + 90)
    if comma < 0 or "." in text[end:comma] or (comma - end > 60 and (_ARTICLE_WORD.search(fold(text[end:comma]))
                                                                     or _PRETERITE.search(text, end, comma))):
        return None
    for cand in later[:4]:
        if cand[2] not in ("alias", "name"):
            continue
        if 0 <= cand[0] - comma <= 2:
            return cand
        gap = fold(text[comma + 1:cand[0]]).split()
        # "El director del COE, el general retirado Juan Manuel Méndez,": a person's name after a
        # title of its own ("la candidata de Morena, el Partido del Trabajo…" names a party).
        if 0 < cand[0] - comma <= 40 and len(gap) <= 4 and all(w in _title_gap() for w in gap) \
                and cand[2] == "name" and not set(cand[3].split()) & _name_words()[1]:
            return cand
    return None


@lru_cache(maxsize=None)
def _role_groups() -> dict[str, str]:
    groups = _load("coreference.toml")["roles"]
    return {fold(word): name for name, words in groups.items() for word in words}


@lru_cache(maxsize=None)
def _body_group_words() -> dict[str, frozenset[str]]:
    groups = _load("coreference.toml")["body_groups"]
    out: dict[str, set[str]] = {}
    for name, words in groups.items():
        for w in words:
            out.setdefault(fold(w), set()).add(name)
    return {w: frozenset(g) for w, g in out.items()}


def _body_groups_of(words) -> frozenset[str]:
    table = _body_group_words()
    return frozenset(g for w in words for g in table.get(w, ()))


@lru_cache(maxsize=4096)
def _name_groups(name: str) -> frozenset[str]:
    """The kinds of body a name says it is ("Corte Suprema" -> court), once per name."""
    return _body_groups_of(fold(name).replace("-", " ").split())


@lru_cache(maxsize=None)
def _genders() -> tuple[frozenset[str], frozenset[str]]:
    data = _load("coreference.toml")["gender"]
    return frozenset(data["feminine"]), frozenset(data["masculine"])


def _other_nation(text: str, folded: str, mention: Mention, index: EntityIndex) -> Mention:
    """ "la cancillería brasileña" begins with Mexico's alias "la Cancillería" but is Brazil's: a
    registered body followed by an adjective of nationality that none of its names carries is
    another body, named as written. So is a generic noun ("la cancillería") with one."""
    if mention.via not in ("alias", "descriptor", "pronoun") or mention.kind == "person":
        return mention
    adjective = _NEXT_WORD.match(folded, mention.end)
    entity = index.entities.get(mention.key)
    if entity is None and mention.via != "pronoun":
        return mention
    names = (entity.name, *entity.aliases, *entity.descriptors) if entity is not None else (mention.name,)
    if adjective is None or adjective.group(1) not in _demonyms() or any(adjective.group(1) in fold(name).split() for name in names):
        return mention
    name = re.sub(r"^(?:el|la|los|las|the)\s+", "", text[mention.start:adjective.end(1)], flags=re.I)
    known = index.get(index.alias_to_id.get(fold(name)))  # "Cancillería brasileña", an alias of Brazil's ministry
    if known is not None:
        return Mention(mention.start, adjective.end(1), key=known.id, name=known.name, kind=known.kind, via="alias", role=mention.role)
    return Mention(mention.start, adjective.end(1), key=name, name=name, kind="body", via="name", role=mention.role)


@lru_cache(maxsize=None)
def _party_openers() -> frozenset[str]:
    """Countries that open a party's or a pact's name, never a person's (see countries.toml)."""
    return _countries() - frozenset(_load("countries.toml")["also_first_names"])


@lru_cache(maxsize=None)
def _demonyms() -> frozenset[str]:
    return frozenset(_load("countries.toml")["demonyms_es"])


@lru_cache(maxsize=None)
def _countries() -> frozenset[str]:
    return frozenset(_load("countries.toml")["names"])


_PLACE_BEFORE = re.compile(r"(?<![0-9a-z])(?:a|al|en|in|to|at|from|de|del|desde|hacia|near|into)\s+$")


@lru_cache(maxsize=None)
def _capital_governments() -> dict[str, str]:
    return {fold(k): v for k, v in _load("countries.toml")["capital_governments"].items()}


# The single words, and the phrases ("costa rican": "Costa" alone is a name); read for every
# capitalised word, so held in sets, not behind a function call.
_DEMONYM_WORDS = frozenset(w for w in _load("countries.toml")["demonyms_en"] if " " not in w)
_DEMONYM_PHRASES = frozenset(w for w in _load("countries.toml")["demonyms_en"] if " " in w)


def _demonym(words: list[str]) -> bool:
    return all(w in _DEMONYM_WORDS for w in words) or (len(words) > 1 and " ".join(words) in _DEMONYM_PHRASES)


@lru_cache(maxsize=None)
def _first_names() -> tuple[frozenset[str], frozenset[str]]:
    data = _load("first_names.toml")
    return frozenset(data["feminine"]), frozenset(data["masculine"])


def _first_name_gender(word: str) -> str | None:
    """ "f" or "m" for a folded first name the data knows, else None."""
    feminine, masculine = _first_names()
    return "f" if word in feminine else "m" if word in masculine else None


def known_first_name(name: str) -> bool:
    """The name opens with a first name the data knows: plainly a person's ("Octavio Rothschuh
    Andino"), not a text's or a party's ("Carta Magna", "Nuevas Ideas")."""
    return first_name_gender(name) is not None


def first_name_gender(name: str) -> str | None:
    """ "f" or "m" by the first name a name opens with, when the data knows it."""
    words = fold(name).split()
    return _first_name_gender(words[0]) if words else None


def gender_of(words) -> str | None:
    """ "f" or "m" from an article, a pronoun or a gendered title; None when nothing says."""
    return _gender_of(tuple(words))


@lru_cache(maxsize=8192)
def _gender_of(words: tuple[str, ...]) -> str | None:
    feminine, masculine = _genders()
    folded = {fold(w) for w in words} | set(words)
    f, m = bool(folded & feminine), bool(folded & masculine)
    return "f" if f and not m else "m" if m and not f else None


_QUALIFIED = frozenset({"former_president", "president_elect", "outgoing_president"})
# Offices one holds, not roles one plays: someone known by one of them is not another.
_OFFICES = frozenset({"president", "prime_minister", "prosecutor", "judge", "mayor", "governor", "senator", "ambassador",
                      "monarch", "pope"})
_SOVEREIGNS = frozenset({"monarch", "pope"})
_REGNAL = re.compile(r"\s(?:[IVX]{1,5})$")  # "Charles III", "Felipe VI", "León XIV"


@lru_cache(maxsize=8192)
def _role_groups_of(words: tuple[str, ...], whole_only: bool = False) -> frozenset[str]:
    """The offices words name ("ministro de Defensa" -> minister), one, two or three words at a
    time ("el jefe del Ejecutivo" is a head of government as well as a "jefe"); `whole_only`, those
    of two or three words alone. Cached, since the same titles come back in every article."""
    groups = _role_groups()
    parts = [part for w in words for part in fold(w).split("-")]
    found = {groups[" ".join(parts[i:i + 3])] for i in range(len(parts) - 2) if " ".join(parts[i:i + 3]) in groups}
    pairs = [i for i in range(len(parts) - 1) if " ".join(parts[i:i + 2]) in groups]
    found |= {groups[" ".join(parts[i:i + 2])] for i in pairs}
    if whole_only:
        return frozenset(found)  # the offices named by two or three words only
    # "director general" is a director, not a general: a word read in a pair is not read alone.
    inside = {i + 1 for i in pairs if parts[i] in groups}
    found |= {groups[w] for i, w in enumerate(parts) if w in groups and i not in inside}
    return frozenset(found)


class _Roles:
    """Which titles each person was introduced with, so "el ministro" finds the minister."""

    def __init__(self) -> None:
        self.by_key: dict[str, set[str]] = {}
        self.gender: dict[str, str] = {}

    def _groups_of(self, words) -> frozenset[str]:
        return _role_groups_of(tuple(words))

    def note(self, key: str, words) -> None:
        words = tuple(words)
        groups = self._groups_of(words)
        if groups:
            self.by_key.setdefault(key, set()).update(groups)
        gender = gender_of(words)
        if gender and key not in self.gender:
            self.gender[key] = gender

    def note_first_name(self, key: str, name: str) -> None:
        """ "Stella Assange" is a woman, "John Shipton" a man: "she said" is not his. A regnal
        number makes a sovereign: "Charles III" is "the King" (or a pope), never "the prime minister"."""
        if name[-1:] in "IVX" and _REGNAL.search(name):
            self.by_key.setdefault(key, set()).update(_SOVEREIGNS)
        gender = _first_name_gender(fold(name.split()[0])) if name.split() else None
        if gender and key not in self.gender:
            self.gender[key] = gender

    def compatible(self, key: str, phrase: str) -> bool:
        """Whether a generic phrase can refer to this person: "la mandataria" is not a man
        introduced as "el presidente". Unknown on either side is compatible."""
        wanted = gender_of(phrase.split())
        known = self.gender.get(key)
        return wanted is None or known is None or wanted == known

    def clashes(self, key: str, wanted: set[str]) -> bool:
        """Whether a qualified office keeps this person out: "el mandatario" is not someone known
        only as the former president, and "el presidente electo" is neither the president of a
        court nor an outgoing president."""
        known = self.by_key.get(key, set())
        if wanted & _SOVEREIGNS and not known & wanted:
            return True  # "the King invited him": not the prime minister named just before
        if not known:
            return False
        known_q, wanted_q = known & _QUALIFIED, wanted & _QUALIFIED
        if wanted_q:
            return not known_q & wanted_q
        if known_q:
            return not (known - _QUALIFIED) & wanted
        # "La nueva presidenta" is not a woman introduced only as the prosecutor.
        return bool(wanted & _OFFICES) and not known & wanted

    def wanted(self, phrase: str) -> set[str]:
        return self._groups_of(phrase.split())


def _resolve_generic(
    start: int, end: int, kind: str, earlier: list[Mention], later: list[tuple[int, int, str, str]], text: str,
    roles_wanted: set[str] | None = None, roles: "_Roles | None" = None,
) -> Mention | None:
    wanted = ("person",) if kind == "person" else ("body", "government")
    phrase = text[start:end]
    fits = (lambda m: roles.compatible(m.key, phrase)) if roles is not None else (lambda m: True)
    groups = _body_groups_of(fold(phrase).split()) if kind != "person" else set()
    if groups:
        for m in _recent(earlier):  # "the court": the last court named
            if m.kind in wanted and _name_groups(m.name) & groups:
                return Mention(start, end, m.key, m.name, m.kind, "descriptor")
    clash = (lambda m: roles.clashes(m.key, roles_wanted)) if roles is not None and roles_wanted else (lambda m: False)
    if roles_wanted and roles is not None:
        # "el presidente del Gobierno": the last head of government before the last president of
        # anything (Torra, "presidente de la Generalitat", named since Sánchez).
        specific = _role_groups_of(tuple(fold(phrase).split()), whole_only=True) & roles_wanted
        for wanted_now in ((specific, roles_wanted) if specific and specific != roles_wanted else (roles_wanted,)):
            for m in _recent(earlier):  # "afirmó el ministro": the last person introduced as a minister
                if m.kind == "person" and roles.by_key.get(m.key, set()) & wanted_now and fits(m) and not clash(m):
                    return Mention(start, end, m.key, m.name, m.kind, "descriptor")
    if kind != "person" and "government" in groups:
        # "El Gobierno ha expresado su respeto": a government, not whichever prosecutor or court
        # was named last; with none named, the institution itself (find_mentions).
        wanted = ("government",)
    fitting = (m for m in _recent(earlier) if m.kind in wanted and (m.kind != "person" or (fits(m) and not clash(m))))
    m = next(fitting, None)
    if m is not None:
        if m.role == "object":
            # "Harfuch recibió al embajador Johnson. … El funcionario subrayó": the one who acted
            # in that sentence, not the one it was done to.
            for other in fitting:
                if other.end >= m.start or _SENTENCE_END.search(text, other.end, m.start):
                    break
                if other.role == "subject":
                    m = other
                    break
        return Mention(start, end, m.key, m.name, m.kind, "descriptor")
    # "El ministro de Exteriores, José Albares, dijo": the name follows its title.
    for cand in later[:2]:
        if cand[2] == "name" and kind == "person" and cand[0] - end < 60:
            written = text[cand[0]:cand[1]]
            return Mention(start, end, written, written, "person", "descriptor")
    return None
