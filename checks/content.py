"""The content facet: how much of a reported statement a source states, and whether it denies it.

Coverage weighs each unit of the claim (a glossary phrase or a word) by how much substance it
carries: framing words ("el diálogo se centró en") count a quarter. A statement is matched only
when nearly all of its substance is in one place in the source (a passage, or two adjacent).
"""

from __future__ import annotations

from collections.abc import Callable
import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.checks.figures import Figure, claimed_values, figure, figure_keys, figures_in, number_words, numbers
from claimcheck.checks.glossary import Unit, glossary
from claimcheck.checks.matching import (PreparedDocument, PreparedPassage, UnitMatch, joined, match_units,
                                        negated_positions, said_negated)
from claimcheck.checks.tense import announced, completed, intention_markers
from claimcheck.checks.text import (content_spans, content_tokens, data_file, is_content, key, keys, light_words,
                                    negation_words, text_cache, tokens, word_list)
from claimcheck.extractors.normalize import fold, phrase_pattern
from claimcheck.extractors.sentences import split_sentences

MATCH_COVERAGE = 0.65
MIN_UNITS = 3
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=None)
def event_words() -> dict[str, frozenset[str]]:
    data = data_file("event_words.toml")
    return {kind: frozenset(key(w) for w in values) for kind, values in data.items()}


@dataclass(frozen=True)
class OutcomeAct:
    """A word (or phrase) of the claim that tells an outcome, and what in a passage states the same
    act: a word with one of the keys of its group, said with the claim's polarity ("is not
    breaking off relations" is not stated by "la ruptura de las relaciones"), or one of its phrases."""
    word: str
    keys: frozenset[str]
    phrases: tuple[str, ...]
    negated: bool = False
    # Told plainly as done ("Blair dimitió"): then a passage that only announces it ("On 27 June I
    # will tender my resignation") does not state it. An act the claim reports, announces or puts
    # ahead ("anunció que dimitiría", "said it would withdraw") may be stated either way.
    done: bool = False

    def stated_in(self, passage: PreparedPassage) -> bool:
        _, unlike, proposed = _outcome_data()
        # "la moción de destitución … fue archivada": an act named after what only proposed or
        # sought it is not stated as done.
        if not self.keys.isdisjoint(passage.key_set):
            spans = None
            for i, k in enumerate(passage.keys):
                if k in self.keys and passage.tokens[i] not in unlike and (i in passage.negated) == self.negated \
                        and not (i > 0 and passage.tokens[i - 1] in proposed):
                    if not self.done:
                        return True
                    spans = spans or content_spans(passage.text)
                    if not announced(passage.text, *spans[i]):
                        return True
        if not self.phrases:
            return False
        told = fold(passage.text)
        return any(_states_phrase(passage.text, told, p, self.negated, self.done) for p in self.phrases)


@lru_cache(maxsize=None)
def _phrase(phrase: str) -> re.Pattern[str]:
    """A phrase of outcome_acts.toml; "*" stands for one to four words ("removed * from office")."""
    gap = r"\s+(?:\S+\s+){0,3}\S+\s+"
    return re.compile(r"(?<!\w)" + gap.join(re.escape(part.strip()) for part in phrase.split("*")) + r"(?!\w)")


_WORD_BEFORE = re.compile(r"([a-z]+)\W*$")


def _states_phrase(text: str, told: str, phrase: str, negated: bool, done: bool) -> bool:
    """The phrase with the claim's polarity: right after a negation only for a negated act.
    "determinó el no ejercicio de la acción penal" is the decision not to bring charges. For an act
    told as done, not one only announced."""
    if phrase.split(maxsplit=1)[0] not in told:
        return False  # most passages have no word of most phrases: skip the pattern
    for m in _phrase(phrase).finditer(told):
        before = _WORD_BEFORE.search(told, max(0, m.start() - 12), m.start())
        if (before is not None and before.group(1) in negation_words()) == negated \
                and not (done and announced(text, m.start(), m.end())):
            return True
    return False


def _told_done(text: str, start: int, end: int) -> bool:
    """The claim tells the act at text[start:end] plainly as done: in a completed form ("dimitió",
    "ha dimitido", "fue suspendido", "resigned", "was removed", "paid"), with nothing before it in
    the claim that reports it ("anunció que", "said that") or puts it ahead ("would", "planned"),
    and not a word of intention itself ("pledged", "la decisión"). Present and imperfect forms
    ("cancela su agenda", "quedaba suspendido") tell nothing completed."""
    return (completed(text, start, end) and not announced(text, start, end, reach=len(text))
            and fold(text[start:end]) not in intention_markers()
            and word_list("complementizers").isdisjoint(tokens(text[:start])))


@lru_cache(maxsize=None)
def _outcome_data() -> tuple[dict[str, tuple[frozenset[str], tuple[str, ...]]], frozenset[str], frozenset[str]]:
    """Each key of a single word of outcome_acts.toml, and each of its phrases, with the keys and
    phrases of every group it stands in (and the keys of the words that state the group's act
    without marking it, [stated_by]); the words that share a key with an act but tell none; and
    the words after which an act is only proposed or sought, or undone."""
    data = dict(data_file("outcome_acts.toml"))
    data.pop("instruments")
    stated_by = data.pop("stated_by")
    unlike = frozenset(data.pop("unlike"))
    proposed = frozenset(data.pop("proposed")) | frozenset(data.pop("undone"))
    found: dict[str, tuple[set[str], set[str]]] = {}
    for group, forms in data.items():
        keys_ = {key(f) for f in forms if " " not in f}
        stating = keys_ | {key(f) for f in stated_by.get(group, ())}
        phrases = {f for f in forms if " " in f}
        for mark in keys_ | phrases:
            ks, ph = found.setdefault(mark, (set(), set()))
            ks |= stating
            ph |= phrases
    return {m: (frozenset(ks), tuple(sorted(ph))) for m, (ks, ph) in found.items()}, unlike, proposed


@lru_cache(maxsize=None)
def _phrases_by_first() -> dict[str, list[tuple[int, str]]]:
    """The phrases of outcome_acts.toml by their first word, each with its place in the file's
    order (the order acts are reported in): a claim is not read against every phrase."""
    found: dict[str, list[tuple[int, str]]] = {}
    for i, phrase in enumerate(m for m in _outcome_data()[0] if " " in m):
        found.setdefault(phrase.split()[0], []).append((i, phrase))
    return found


@text_cache()
def outcome_acts(text: str) -> tuple[OutcomeAct, ...]:
    """The claim's words and phrases that tell an outcome (outcome_acts.toml): each must be stated.
    A claim is read against many passages and documents: it is read once."""
    groups, unlike, proposed = _outcome_data()
    told, words, negated = fold(text), content_tokens(text), negated_positions(text)
    spans = content_spans(text) if any(key(t) in groups for t in words) else []
    # "the motion to remove Lasso": an act the claim itself names as only proposed or sought is not
    # one it says was done.
    acts = {key(t): OutcomeAct(t, *groups[key(t)], negated=i in negated, done=_told_done(text, *spans[i]))
            for i, t in enumerate(words) if key(t) in groups and t not in unlike and not (i and words[i - 1] in proposed)}
    by_first = _phrases_by_first()
    candidates = sorted(p for t in set(tokens(text)) & by_first.keys() for p in by_first[t])
    for _, phrase in candidates:
        found = _phrase(phrase).search(told)
        if found is None:
            continue
        first = next((i for i, t in enumerate(words) if t == phrase.split()[0]), None)
        acts.pop(key(phrase.split()[0]), None)  # "removed … from office" is the act, not "removed" alone
        acts[phrase] = OutcomeAct(text[found.start():found.end()], *groups[phrase], negated=first in negated,
                                  done=_told_done(text, found.start(), found.end()))
    return tuple(acts.values())


@lru_cache(maxsize=None)
def _instrument_groups() -> dict[str, frozenset[str]]:
    """Each key of an instrument word (outcome_acts.toml, [instruments]) with the keys of its group."""
    groups = {}
    for forms in data_file("outcome_acts.toml")["instruments"].values():
        keys_ = frozenset(key(f) for f in forms)
        groups.update((k, keys_) for k in keys_)
    return groups


@text_cache()
def instruments(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The claim's words that name a binding instrument ("convenio", "treaty"), with the keys that state it."""
    groups = _instrument_groups()
    return tuple({key(t): (t, groups[key(t)]) for t in content_tokens(text) if key(t) in groups}.values())


def _other_instrument(word_keys: frozenset[str], passage: PreparedPassage) -> bool:
    """The passage names a document, and none of the claim word's kind: "han firmado una
    Declaración Conjunta" for "firmaron un convenio"."""
    documents = event_words()["document"]
    return word_keys.isdisjoint(passage.key_set) and not documents.isdisjoint(passage.key_set)


@dataclass(frozen=True)
class ContentMatch:
    passage: PreparedPassage
    coverage: float
    wording: float  # coverage of the words alone, figures aside: what says it is the same announcement
    matched: int
    translated: bool
    source_words: list[str]
    missing: list[str]
    denied: bool
    missing_required: list[str]  # names, numbers and refusals of the claim that the passage lacks
    negation_flip: bool = False  # the source says it under a negation the claim lacks, or the reverse
    # The source has what follows "que"/"that" but not the predicate before it: the claim's ("she
    # accepted the proposal that…") or the source's own ("nos plantearon que…").
    frame_missing: bool = False
    # A word of the claim missing, or found only apart from the rest of it, and its opposite in its
    # place ("negaba" / "otorgarle").
    antonym_flip: bool = False
    said: frozenset[str] = frozenset()  # the keys of the claim's words of substance the passage has
    # The claim's words of outcome ("suspendió", "cancelled") the passage does not state: it may
    # tell the same event, but not that this came of it.
    acts_missing: tuple[str, ...] = ()


def _weight(unit: Unit, light: frozenset[str]) -> float:
    return 0.25 if all(k in light for k in unit.own) else 1.0


def required_keys(text: str) -> dict[str, str]:
    """Names and numbers: a source that lacks any of them does not state the claim. Of a name,
    the last word: "Petro" is Gustavo Petro, and sources often drop the first name."""
    required: dict[str, str] = {}
    words = [m for m in _WORD.finditer(text) if not any(ch.isdigit() for ch in m.group())]  # figures: by value
    for i, m in enumerate(words):
        word = m.group()
        if len(word) < 2 or not content_tokens(word):
            continue  # one letter ("plan B") or a function word ("Los Lobos") never reaches the content tokens
        following = words[i + 1] if i + 1 < len(words) else None
        within_name = (following is not None and following.group()[:1].isupper()
                       and not text[m.end():following.start()].strip())
        if i > 0 and word[0].isupper() and not within_name:
            required.setdefault(key(fold(word)), word)
    return required


def frame_end(text: str) -> int:
    """Content-token position where the claim's own predicate ends and the clause it reports
    begins: "she accepted the U.S. proposal | that Mexico receive asylum seekers". 0 when there is
    no such clause, or nothing but saying verbs before it ("confirmó que…")."""
    stop_free = set(content_tokens(text))
    complementizers, saying = word_list("complementizers"), word_list("saying")
    count, predicate = 0, False
    for token in tokens(text):
        if token in complementizers:
            return count if predicate else 0
        if token in stop_free and len(token) > 1:
            count += 1
            predicate = predicate or token not in saying
    return 0


@lru_cache(maxsize=None)
def _wish_keys() -> frozenset[str]:
    return frozenset(key(w) for w in word_list("wishes") | word_list("conditions"))


def _only_wished(result: UnitMatch, passage: PreparedPassage, claim_keys: set[str]) -> bool:
    """All the claim's words are in what someone asked for, proposed or supposed in the source, and
    the claim does not say it was asked or supposed: "they proposed that Mexico receive them" is not
    "Mexico will", nor "si el Congreso lo aprueba, México recibirá…"."""
    if not result.found or claim_keys & _wish_keys():
        return False
    return all(pos in passage.wished for _, pos, _, _ in result.found)


def _denies(passage: PreparedPassage, result: UnitMatch, denial: frozenset[str]) -> bool:
    """A word of denial in a sentence that also holds the claim's words ("niega haber recibido
    sobornos"), not anywhere in the passage: "La ciudadanía ha rechazado la propuesta" does not
    deny that millions went to vote, told in the sentence before."""
    if not passage.key_set & denial or _condemns_only(passage, denial):
        return False
    at = result.positions(passage)
    if all(i in at for i, k in enumerate(passage.keys) if k in denial):
        return False  # the claim's own act, translated ("turned down the referendum" / "negó la consulta")
    if not passage.sentences:
        return True
    matched = {passage.keys[p] for p in at}
    return any(keys & denial and len(keys & matched) >= 2 for keys, _ in passage.sentences)


def _condemns_only(passage: PreparedPassage, denial: frozenset[str]) -> bool:
    """Every word of denial in the passage rejects an act of violence a few words on: a
    condemnation ("rechaza con toda contundencia el atentado"), not a denial."""
    words = event_words()
    rejection, acts = words["rejection"] & denial, words["condemned_acts"]
    at = [i for i, k in enumerate(passage.keys) if k in denial]
    return all(passage.keys[i] in rejection and acts & set(passage.keys[i + 1:i + 7]) for i in at)


def numeric(unit: Unit) -> bool:
    """A unit that is a number ("15", "dos", "million"): compared by value, not as a word."""
    return all(k.isdigit() or k in figure_keys() for k in unit.own)


def match_content(text: str, language: str, doc: PreparedDocument, passages: list[PreparedPassage],
                  with_neighbours: bool = False) -> ContentMatch | None:
    """The passage (or two adjacent ones) that states most of the text."""
    return best(content_matches(text, language, doc, passages, with_neighbours))


def best(matches: list[ContentMatch]) -> ContentMatch | None:
    """The match with the most coverage; of equals, one that states the claim's outcome too (a
    passage and the same passage read with the next, which says "la ruptura", cover alike)."""
    return max(matches, key=lambda m: (m.coverage, not m.acts_missing), default=None)


@dataclass(frozen=True)
class _ClaimReading:
    """What content_matches reads from a claim's text, whatever passage it is read against."""
    units: tuple[Unit, ...]
    figures: frozenset[float]
    total: float  # the weight of all the units and figures: coverage is a share of it
    weight: dict[int, float]  # each unit's weight (_weight), by its start
    required: tuple[tuple[str, str], ...]  # key, word (required_keys)
    negated: frozenset[int]
    keys: frozenset[str]
    frame: frozenset[int]  # the units of the claim's own predicate (frame_end)
    acts: tuple[OutcomeAct, ...]
    instruments: tuple[tuple[str, frozenset[str]], ...]
    passive: frozenset[int]  # the units of acts told in the passive (passive_acts), by their start


@text_cache()
def _read_claim(text: str, language: str) -> _ClaimReading | None:
    # Figures are compared as values ("30.000 millones de dólares" = "$30 billion"), not as words:
    # they leave coverage to the words, and a figure the passage lacks is a required one missing.
    units = tuple(u for u in glossary().units(text) if not numeric(u))
    if not units:
        return None
    light = light_words(language) | light_words("en") | light_words("es")
    figures = frozenset(numbers(text))
    negated = negated_positions(text)
    # A phrase of the glossary is negated where any of its words is: "Justice has not been done" is
    # the unit "justice (is) done" under a negation, though the negation falls on its second word.
    negated |= {u.start for u in units if any(u.start + i in negated for i in range(1, len(u.own)))}
    predicate_end = frame_end(text)
    return _ClaimReading(
        units, figures, sum(_weight(u, light) for u in units) + len(figures), {u.start: _weight(u, light) for u in units},
        tuple(required_keys(text).items()),
        frozenset(negated), frozenset(k for u in units for k in u.own),
        frozenset(u.start for u in units if u.start < predicate_end and _weight(u, light) == 1.0),
        outcome_acts(text), instruments(text), passive_acts(text))


def passive_acts(text: str) -> frozenset[int]:
    """Content-token positions of participles right after a passive auxiliary ("fueron cremados",
    "was vetoed", "ha sido detenido"): the act the claim tells, found by its form where no list of
    outcomes names it."""
    auxiliaries, irregular = word_list("passive_auxiliaries"), word_list("irregular_participles")
    endings = (*sorted(word_list("passive_participle_endings")), "ed")
    positions, content_index, after = set(), 0, False
    for token in tokens(text):
        if is_content(token):
            if after and ((len(token) > 4 and token.endswith(endings)) or token in irregular):
                positions.add(content_index)
            content_index += 1
        after = token in auxiliaries
    return frozenset(positions)


def content_matches(text: str, language: str, doc: PreparedDocument, passages: list[PreparedPassage],
                    with_neighbours: bool = False) -> list[ContentMatch]:
    """How much of the text each passage (or two adjacent ones) states. With neighbours, each
    passage is also read with the one before and after it in the document: an official record
    names the speaker once ("Así lo anunció hoy el vocero") beside what was said."""
    claim = _read_claim(text, language)
    if claim is None:
        return []
    units, figures, total, weight, required = claim.units, claim.figures, claim.total, claim.weight, claim.required
    claim_negated, claim_keys, frame = claim.negated, claim.keys, claim.frame
    denial, stance = event_words()["denial"], event_words()["stance"]
    pairs = [(a, b) for a, b in zip(passages, passages[1:]) if b.index == a.index + 1]
    candidates = list(passages) + [joined(doc, a, b) for a, b in pairs]
    # Where a merged candidate's second passage starts, in tokens: a negation wholly on one side of
    # it, with everything else found on the other, is about something else (see _flip_apart).
    boundary = {id(c): len(a.tokens) for c, (a, _) in zip(candidates[len(passages):], pairs)}
    if doc.whole is not None and passages == doc.passages:
        candidates.append(doc.whole)
    if with_neighbours:
        chosen = {p.index for p in passages}
        by_index = {p.index: p for p in doc.passages}
        for i in chosen:
            if i - 1 in by_index and i - 1 not in chosen:
                candidates.append(joined(doc, by_index[i - 1], by_index[i]))
                boundary[id(candidates[-1])] = len(by_index[i - 1].tokens)
            if i + 1 in by_index and i + 1 not in chosen:
                candidates.append(joined(doc, by_index[i], by_index[i + 1]))
                boundary[id(candidates[-1])] = len(by_index[i].tokens)
    matches: list[ContentMatch] = []
    for passage in candidates:
        result = match_units(units, passage, claim_negated)
        opposite = _opposite_in_core(result, claim_negated, passage, claim_keys)
        # A source need not name its own country or body: those units count as said.
        # Nor need it write a person's name it gives otherwise ("la presidenta" for Claudia Sheinbaum).
        implied = [u for u in result.missing if u.own and all(k in doc.implied_keys or k in passage.named_keys for k in u.own)]
        stated = passage.figures
        claimed = claimed_values(text, stated, passage.text) if figures else figures
        covered = (sum(weight[u.start] for u, *_ in result.found) + sum(weight[u.start] for u in implied)
                   + len(claimed & stated))
        coverage = covered / total if total else 0.0
        substantive = sum(len(u.own) for u, *_ in result.found if weight[u.start] == 1.0) + len(claimed & stated)
        wording = (covered - len(claimed & stated)) / (total - len(figures)) if total > len(figures) else 0.0
        matches.append(ContentMatch(
            passage=passage,
            coverage=coverage,
            wording=wording,
            matched=substantive,
            translated=result.translated and language != doc.doc.language,
            source_words=result.source_words(passage),
            missing=[u.words for u in result.missing],
            denied=_denies(passage, result, denial) and not (claim_keys & denial),
            said=frozenset(k for u, *_ in result.found if weight[u.start] == 1.0 for k in u.own),
            acts_missing=tuple(a.word for a in claim.acts if not a.stated_in(passage)) + opposite[1]
            + tuple(u.words for u in result.missing if u.start in claim.passive and u not in implied)
            + tuple(w for w, ks in claim.instruments if _other_instrument(ks, passage)),
            missing_required=[w for k, w in required
                              if not any(k in u.own for u, *_ in result.found)
                              and k not in passage.key_set and k not in doc.implied_keys and k not in passage.named_keys]
            + [figure(v) for v in sorted(claimed - stated)]
            # A refusal or a stance the claim reports ("negaba el salvoconducto", "against Israel")
            # must be in the source too.
            + [u.words for u in result.missing if set(u.own) & (denial | stance)],
            # A claim that reports a refusal in a word ("rechaza la propuesta") says what the
            # source's negation says ("no aceptamos la propuesta"); one read as a negation ("se
            # negó a condenar") is compared as a negation.
            negation_flip=_flipped(result, claim_negated, passage) and (bool(claim_negated) or not claim_keys & denial)
            and not _flip_apart(result, claim_negated, passage, boundary.get(id(passage))),
            frame_missing=(bool(frame) and not frame & {u.start for u, *_ in result.found})
            or _only_wished(result, passage, claim_keys),
            antonym_flip=_antonym_flip(result.missing, claim_negated, passage, claim_keys) or opposite[0],
        ))
    return matches


@lru_cache(maxsize=None)
def _opposites() -> dict[str, frozenset[str]]:
    """Each key of a word of the antonym pairs, and the keys of the other side."""
    opposites: dict[str, set[str]] = {}
    for one, other in data_file("antonyms.toml")["antonyms"]:
        one_keys, other_keys = {key(w) for w in one}, {key(w) for w in other}
        for k in one_keys:
            opposites.setdefault(k, set()).update(other_keys - one_keys)
        for k in other_keys:
            opposites.setdefault(k, set()).update(one_keys - other_keys)
    return {k: frozenset(v) for k, v in opposites.items()}


def _antonym_flip(missing: list[Unit], claim_negated: frozenset[int], passage: PreparedPassage,
                  claim_keys: frozenset[str] = frozenset()) -> bool:
    """A word the claim asserts, missing, and its opposite asserted in its place: "ha fracasado"
    denies "ha sido un éxito" but says what "no ha sido un éxito" says, and "no aceptamos" says
    what "rechazó" says. Two negations ("no ha sido un éxito" / "no ha fracasado") may both be
    true: neither decides. Nor does an opposite the claim says itself: "la liberación de diez
    estadounidenses detenidos" is not denied by a source that has them "released"."""
    opposites = _opposites()
    for unit in missing:
        if unit.start in claim_negated:
            continue
        for k in unit.own:
            other = opposites.get(k)
            if not other or passage.key_set.isdisjoint(other) or not claim_keys.isdisjoint(other):
                continue
            negated = [i in passage.negated for i, pk in enumerate(passage.keys) if pk in other]
            # "NOT ACCEPTED / NO 61.31%; ACCEPTED / YES 38.69%": the opposite negated states the
            # claim's word too, and the passage tells both sides.
            if negated and not any(negated):
                return True
    return False


def _opposite_in_core(result: UnitMatch, claim_negated: frozenset[int], passage: PreparedPassage,
                      claim_keys: frozenset[str] = frozenset()) -> tuple[bool, tuple[str, ...]]:
    """The claim's act found, but only in another sentence, and its opposite in the sentence that
    holds the rest of the claim: "rechazó en general la Ley Bases" against a release whose sentence
    on the Ley Bases says "aprobó en general" and whose next one tells of a "rechazo" elsewhere.
    Returns whether the claim is so told as its opposite, and the acts left in doubt: where a
    sentence with the act holds something else of the claim too ("…, rejected an amendment. Later
    it approved the budget."), the source may say both, and neither confirms nor denies it. An act
    whose opposite the claim says too ("la liberación de … detenidos") is neither."""
    if len(passage.sentences) < 2:
        return False, ()
    opposites = _opposites()
    acts = [u for u, *_ in result.found if u.start not in claim_negated
            and any(k in opposites and claim_keys.isdisjoint(opposites[k]) for k in u.own)]
    if not acts:
        return False, ()
    found = {passage.keys[p] for p in result.positions(passage, tuple(acts))}
    core = max((keys for keys, _ in passage.sentences), key=lambda keys: len(keys & found))
    flipped, doubtful = False, []
    for u in acts:
        if set(u.own) & core or not any(core & opposites[k] for k in u.own if k in opposites):
            continue
        if any(keys & found for keys, _ in passage.sentences if set(u.own) & keys):
            doubtful.append(u.words)
        else:
            flipped = True
    return flipped, tuple(doubtful)


def _flip_apart(result: UnitMatch, claim_negated: frozenset[int], passage: PreparedPassage, boundary: int | None) -> bool:
    """In two passages read together, the words the source negates all in one and everything else
    found in the other: "The scope of these measures will be time-limited…" and then "We are not using the
    Emergencies Act to call in the military" do not deny that the act's measures are time-limited."""
    if boundary is None:
        return False
    if any(unit.start in claim_negated and not said_negated(passage, pos, end) for unit, pos, end, _ in result.found):
        # The claim negates what the source states plainly ("is not halting security exports" /
        # "has decided to halt security exports"): which paragraph states it does not matter.
        return False
    flipped = [pos for unit, pos, end, _ in result.found if said_negated(passage, pos, end) and unit.start not in claim_negated]
    kept = [pos for unit, pos, end, _ in result.found if (unit.start in claim_negated) == said_negated(passage, pos, end)]
    if not flipped or not kept:
        return False
    return (min(flipped) >= boundary and max(kept) < boundary) or (max(flipped) < boundary and min(kept) >= boundary)


def _flipped(result: UnitMatch, claim_negated: frozenset[int], passage: PreparedPassage) -> bool:
    """Units said under a negation in one and not in the other, and none negated in both. Where
    both negate something the negation is shared and only its reach differs with word order
    ("would not renew its Belt and Road memorandum" / "no renovará el memorando … de la Franja y
    la Ruta"), or the source uses one of the words again elsewhere."""
    flips = agreements = 0
    # "de quienes votaron por nosotros y de quienes no lo hicieron": the negation stands for the verb
    # it points back to, so "those who did not vote for him" is said too.
    elliptical: bool | None = None  # looked for only where it matters: most passages never need it
    for unit, pos, end, _ in result.found:
        claimed, stated = unit.start in claim_negated, said_negated(passage, pos, end)
        if claimed and not stated:
            if elliptical is None:
                elliptical = _ELLIPTICAL_NEGATION.search(fold(passage.text)) is not None
            if elliptical:
                agreements += 1
                continue
        flips += claimed != stated
        agreements += claimed and stated
    return flips > 0 and agreements == 0


_ELLIPTICAL_NEGATION = re.compile(phrase_pattern(sorted(word_list("elliptical_negations"))).pattern + r"\s*(?:[.,;:!?]|$)")


DENIAL_COVERAGE = 0.4
# How much of a claim's wording a passage must state for another figure in it, counting the same
# thing, to contradict the claim's: less than a match needs, since a statement retold with a wrong
# figure is often paraphrased too ("10,000 more soldiers deployed to the areas hit by the floods"),
# more than a denial needs, since a figure is easier to find about something else.
NUMBERS_WORDING = 0.5


def is_denial(found: ContentMatch | None) -> bool:
    """The speaker's own words take up the claim and negate it ("no lo compartimos", "never
    accept the US Army", "a falsehood"): enough of the claim to be about it, and a negation or a
    word of denial on it. Denials rephrase, so less coverage is needed than for a match."""
    return (found is not None and found.coverage >= DENIAL_COVERAGE
            and (found.matched >= 2 or (found.coverage >= 0.99 and found.negation_flip))
            and (found.denied or found.negation_flip or found.antonym_flip))


CONJUNCT_WORDS = 3  # substantive words a conjunct needs before it is judged on its own


def conjuncts(text: str) -> list[str]:
    """The parts of a claim joined by "y"/"and", when it negates nothing: "la guerra contra las
    drogas ha sido un éxito y debe continuar" asserts both, and a source that denies the first
    ("ha fracasado") denies the claim. A negation may reach across the conjunction ("no aceptará
    tropas y agentes armados"), so a claim with one is left whole. Parts too short to say
    anything on their own ("y debe continuar") are left out."""
    if negated_positions(text):
        return []
    words = word_list("conjunctions")
    pieces = [p.strip(" ,;") for p in re.split(r"\b(?:%s)\b" % "|".join(sorted(words)), text, flags=re.IGNORECASE)]
    light = light_words("es") | light_words("en")
    parts = [p for p in pieces if sum(len(u.own) for u in glossary().units(p) if _weight(u, light) == 1.0) >= CONJUNCT_WORDS]
    return parts if len(pieces) > 1 else []


def distinctive_overlap(text: str, passage: PreparedPassage, skip: frozenset[str]) -> int:
    """How many of the claim's substantive words, beyond names, event and date words, the passage
    shares: what pins a source to the same event as the claim (the 90-day pause, the 10,000 troops).
    A glossary phrase counts its words: "Security Implementation Group" pins more than "group"."""
    light = light_words("es") | light_words("en")
    units = [u for u in glossary().units(text) if not all(k in light or k in skip for k in u.own)]
    return sum(len(unit.own) for unit, _, _, _ in match_units(units, passage).found)


FIGURE_CONTEXT = 40  # characters either side of a claim's figure that say what it counts


def counts_the_same(claim: str, claimed: set[float], source: str, stated: set[float],
                    source_figures: tuple[Figure, ...] | None = None) -> bool:
    """One of the claim's figures and one of the source's count the same thing: both percentages
    or neither, and a word around the claim's in the source's sentence ("500 millones de dólares
    al Fondo Amazonía" / "$50 million for the Amazon Fund"), figure words and framing aside.
    "Nearly 700 Brazilian products exempted" is not contradicted by "seven days after the date of
    the Order" or "a 40% tariff" in the same release."""
    return bool(counting_alike(claim, claimed, source, stated, source_figures))


def counting_alike(claim: str, claimed: set[float], source: str, stated: set[float],
                   source_figures: tuple[Figure, ...] | None = None) -> set[float]:
    """The source's figures among `stated` that count what one of the claim's `claimed` counts (see
    counts_the_same): the ones a rationale should name, not the clock's "12:33" beside them.
    `source_figures`: the source's, where they were found before (a whole document's)."""
    near = _sentence_keys(source)
    alike: set[float] = set()
    in_source = figures_in(source) if source_figures is None else source_figures
    for c in (f for f in figures_in(claim) if f.value in claimed):
        units = _context_units(claim, c)
        for s in (f for f in in_source if f.value in stated and f.counts_like(c)):
            if _shared(units, near(s.start)):
                alike.add(s.value)
    return alike


def _sentence_keys(source: str) -> Callable[[int], frozenset[str]]:
    """The keys of the source's sentence that holds a position: where a figure stands, the words
    that say what it counts. Each sentence is read once."""
    sentences = [(start, end, frozenset(keys(source[start:end]))) for start, end in split_sentences(source)]
    return lambda at: frozenset().union(*(ks for start, end, ks in sentences if start <= at < end))


def _shared(units: list[Unit], near: frozenset[str]) -> int:
    """How many of the units can stand among those keys (by the first key of any of their ways)."""
    return sum(1 for u in units if not u.firsts.isdisjoint(near))


def _context_units(claim: str, c: Figure) -> list[Unit]:
    """The claim's words around one of its figures, figure words and framing aside."""
    light = light_words("es") | light_words("en") | figure_keys()
    folded = fold(claim)
    around = folded[max(0, c.start - FIGURE_CONTEXT):c.start] + " " + folded[c.end:c.end + FIGURE_CONTEXT]
    return [u for u in glossary().units(around) if not all(k in light for k in u.own)]


def misplaced_figures(text: str, found: ContentMatch | None) -> tuple[set[float], set[float]] | None:
    """The claim's figure is in the source, but counting something else, while another figure of
    the source sits among the claim's words around it: "$33 million for the mission" against "an
    additional $100 million to support the mission … an additional $33 million in humanitarian
    assistance". Returns (claimed, stated) as numbers_conflict does."""
    if found is None or found.negation_flip:
        return None
    source = found.passage.text
    in_source = figures_in(source)
    near = _sentence_keys(source)

    claimed = figures_in(text)
    own = {f.value for f in claimed}
    for c in claimed:
        units = _context_units(text, c)
        same = [f for f in in_source if f.value == c.value and f.counts_like(c)]
        # A rival the claim gives too counts what the claim counts with it: "quince rehenes, entre
        # ellos tres estadounidenses" against "fifteen hostages… The three Americans".
        others = [f for f in in_source if f.value != c.value and f.value not in own and f.counts_like(c)]
        if not same or not others or len(units) < 2:
            continue
        best_same = max(_shared(units, near(f.start)) for f in same)
        rival = max(others, key=lambda f: _shared(units, near(f.start)))
        if _shared(units, near(rival.start)) >= best_same + 2:
            return {c.value}, {rival.value}
    return None


def numbers_conflict(text: str, found: ContentMatch | None) -> tuple[set[float], set[float]] | None:
    """The claim's figures against the passage that otherwise states it: (claimed, stated) when
    they differ and everything else matches, the same announcement with another number."""
    if found is None or not found.missing_required:
        return None
    stated = set(found.passage.figures)
    claimed = claimed_values(text, stated, found.passage.text)
    if not claimed or not stated or claimed <= stated or not (stated - claimed):
        return None  # a figure the source does not give is unsupported, not contradicted
    alike = counting_alike(text, claimed - stated, found.passage.text, stated - claimed)
    if not alike:
        return None  # "nearly 700 products" against "seven days" and "a 40% tariff": other things
    others = [w for w in found.missing_required if not any(ch.isdigit() for ch in w) and fold(w) not in number_words()[0]]
    if others or found.wording < NUMBERS_WORDING or found.negation_flip:
        return None
    return claimed - stated, alike


def is_match(found: ContentMatch | None) -> bool:
    return (found is not None and found.coverage >= MATCH_COVERAGE and found.matched >= MIN_UNITS
            and not found.missing_required and not found.frame_missing and not found.acts_missing)
