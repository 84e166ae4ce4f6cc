"""Language resources, loaded once from the data files beside this module."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from claimcheck.extractors.normalize import fold, phrase_pattern, trie_pattern


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    """A TOML file of extractors/data, read once (it was parsed again at each of ~40 call sites).
    Callers must not change what it returns."""
    return tomllib.loads(resources.files("claimcheck.extractors").joinpath("data", name).read_text("utf-8"))


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns for one language."""

    language: str
    verbs: re.Pattern[str]  # verbs of saying and of asking, in one pattern: one scan of the text
    requests: frozenset[str]  # verbs of asking: "called on X to …"
    participles: frozenset[str]  # "adding that …", "añadiendo que …": an attribution that goes on
    source_marker: re.Pattern[str]
    passive_agent: re.Pattern[str]
    complement: re.Pattern[str]
    triggers: re.Pattern[str]
    trigger_types: dict[str, str]
    trigger_time: re.Pattern[str]  # the time adverbial inside a matched trigger, to look its type up
    solo_triggers: frozenset[str]  # calls and meetings that one named party is enough for
    said_triggers: frozenset[str]  # congratulations: statements when a speech act is coordinated after them
    speech_acts: re.Pattern[str]  # "le deseó", "thanked": acts of speech that follow a congratulation
    anaphors: re.Pattern[str]
    occurred: re.Pattern[str]
    absence: re.Pattern[str]
    absence_acts: frozenset[str]  # absences of doing, not of saying: they have no speaker
    concessive: tuple[str, ...]
    channels: re.Pattern[str]
    channel_names: dict[str, str]
    # Phrases whose last letter is accented ("anunció", "publicó"): folded, they are also nouns and
    # adjectives ("el anuncio", "el acto público"), so the text must carry the accent.
    accented: frozenset[str] = frozenset()
    # The preposition a verb's object may open with ("elevó a 310 el número", "cifró en 80.000 la
    # asistencia", "informó de la muerte"), by the verb's last word, folded.
    object_prepositions: dict[str, str] = field(default_factory=dict)
    # The phrases of the patterns every article is scanned for, by field name: a PhraseScan finds
    # them all in one pass.
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _time_adverbial() -> str:
    """ "el martes", "en junio", "on Monday", "ayer": what news copy puts between a verb and its object."""
    data = _load("dates.toml")
    names = [fold(w) for key in ("es", "en") for w in data["weekdays"][key] + data["months"][key]]
    adverbs = "|".join(sorted({re.escape(fold(w)) for w in _load("words.toml")["interrupting_adverbs"]}, key=len, reverse=True))
    return (rf"(?:(?:el|este|esta|en|on|last|this|in)\s+(?:pasado\s+)?(?:{'|'.join(sorted(set(names), key=len, reverse=True))})"
            rf"|{adverbs})")


def _interruptible(phrases: list[str], time: str) -> re.Pattern[str]:
    """Like phrase_pattern, but a time adverbial may follow a phrase's first word: "declaró el
    martes el estado de emergencia", "rompió el miércoles su silencio"."""
    groups: dict[str, set[str]] = {}
    for phrase in {fold(p).strip() for p in phrases}:
        first, _, rest = phrase.partition(" ")
        groups.setdefault(first, set()).add(rest.strip())
    tails = {}
    for first, rests in groups.items():
        longer = {r for r in rests if r}
        tail = rf"(?:\s+{time})?\s+{trie_pattern(longer)}" if longer else ""
        tails[first] = f"(?:{tail})?" if "" in rests and tail else tail
    # The first words as a prefix tree, each ending in its own tail: a flat alternation of a few
    # hundred verbs was tried word by word at every position of the text.
    trie: dict = {}
    for first, tail in tails.items():
        node = trie
        for c in first:
            node = node.setdefault(c, {})
        node[""] = tail
    return re.compile(rf"(?<![0-9a-z])(?:{_tail_trie(trie)})(?![0-9a-z])")


def _tail_trie(node: dict) -> str:
    branches = [(r"\s+" if c == " " else re.escape(c)) + _tail_trie(child) for c, child in sorted(node.items()) if c]
    if "" in node:
        branches.append(node[""])  # a first word ends here: longer words are tried before it
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _perfect_absences(lang: str, attribution: dict) -> list[str]:
    """ "no había informado", "no ha precisado", "has not explained", "had not commented": the
    negated perfect of every verb of saying whose perfect the attribution list gives."""
    words = _load("words.toml")
    auxiliaries = [a for a in words["perfect_auxiliaries"] + words["past_perfect_auxiliaries"]
                   if (a in ("ha", "han", "habia", "habian")) == (lang == "es")]
    participles = {v.split(" ", 1)[1] for v in attribution["speech_verbs"] + attribution["request_verbs"]
                   if fold(v.split(" ", 1)[0]) in auxiliaries and " " in v}
    if lang == "es":
        return [f"no {aux} {p}" for aux in ("ha", "han", "había", "habían") for p in participles]
    # "did not immediately comment", "has not yet said": an adverb inside the negation.
    told = [p for p in _load("events.toml")["en"]["absence"] if p.startswith("did not ")]
    return [f"{aux} not {p}" for aux in ("has", "have", "had") for p in participles] + \
           [f"{aux} not yet {p}" for aux in ("has", "have", "had") for p in participles] + \
           [f"{aux}n't {p}" for aux in ("has", "have", "had") for p in participles] + \
           [f"did not {adverb} {p[len('did not '):]}" for adverb in ("immediately", "publicly") for p in told]


def _refusals(events: dict) -> list[str]:
    """ "declined to describe", "refused to identify", "se negó a revelar": each way of refusing
    with each thing not told, so that a new pairing needs no line of its own."""
    return [f"{refusal} {act}" for refusal in events.get("refusals", []) for act in events.get("refused_acts", [])]


def _with_perfects(language: str, verbs: list[str]) -> list[str]:
    """An English past of saying is also its participle ("has dismissed the plan", "had promised to
    build"): the perfect takes its object as the past does. Spanish participles differ from the
    preterite and are listed as written."""
    if language != "en":
        return verbs
    return verbs + [f"{aux} {v}" for aux in ("has", "have", "had") for v in verbs if v.split()[0].endswith("ed")]


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    lang = language if language in ("es", "en") else "en"
    attribution = _load("attribution.toml")[lang]
    events = _load("events.toml")[lang]
    triggers = {fold(t["phrase"]): t["type"] for t in events["triggers"]}
    time = _time_adverbial()
    channels = {fold(k): v for k, v in events["channels"].items()}
    verbs = attribution["speech_verbs"] + attribution["request_verbs"]
    # "declined on Friday to comment", "se negó el lunes a confirmar": a time adverbial may follow
    # an absence's first word, as a trigger's.
    absence = (events["absence"] + events.get("absence_acts", []) + _perfect_absences(lang, attribution)
               + _refusals(events))
    return Lexicon(
        language=lang,
        verbs=phrase_pattern(verbs),
        requests=frozenset(fold(v) for v in attribution["request_verbs"]),
        participles=frozenset(fold(v) for v in attribution.get("participles", [])),
        source_marker=phrase_pattern(attribution["source_markers"]),
        passive_agent=phrase_pattern(attribution["passive_agents"]),
        complement=phrase_pattern(_with_perfects(lang, attribution.get("complement_verbs", []))),
        triggers=_interruptible(list(triggers), time),
        trigger_time=re.compile(rf"\s+{time}(?=\s)"),
        trigger_types=triggers,
        solo_triggers=frozenset(fold(t["phrase"]) for t in events["triggers"] if t.get("solo")),
        said_triggers=frozenset(fold(t["phrase"]) for t in events["triggers"] if t.get("said")),
        speech_acts=phrase_pattern(events["speech_acts"]),
        anaphors=phrase_pattern(events["anaphors"]),
        occurred=phrase_pattern(events["occurred"]),
        absence=_interruptible(absence, time),
        absence_acts=frozenset(fold(p) for p in events.get("absence_acts", [])),
        concessive=tuple(fold(c) for c in events["concessive"]),
        channels=phrase_pattern(list(channels)),
        channel_names=channels,
        object_prepositions={fold(k): v for k, v in attribution.get("object_prepositions", {}).items()},
        accented=frozenset(fold(p) for p in attribution["speech_verbs"] + attribution["request_verbs"]
                           + [t["phrase"] for t in events["triggers"]] if p.strip()[-1:] in "áéíóú"),
        phrases={"verbs": tuple(verbs), "source_marker": tuple(attribution["source_markers"]),
                 "absence": tuple(absence), "triggers": tuple(triggers)},
    )


@lru_cache(maxsize=None)
def dates_data() -> dict:
    return _load("dates.toml")


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    data = _load("stopwords.toml")
    return frozenset(fold(w) for w in data.get(language, data["en"]))
