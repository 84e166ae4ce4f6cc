"""Documents prepared once for every claim they are compared with, and the unit matcher.

Preparation (folding, token keys, entity mentions) happens once per document, so checking a
claim against it is a few set look-ups and short scans rather than re-reading text.
"""

from __future__ import annotations

import re
from functools import lru_cache, reduce
from dataclasses import dataclass, field, replace

from claimcheck.checks.figures import Figure, figures_in, numbers
from claimcheck.checks.glossary import Unit
from claimcheck.checks.text import content_tokens, key, negation_words, word_list
from claimcheck.extractors.entities import EntityIndex, Mention, find_mentions
from claimcheck.extractors.normalize import fold
from claimcheck.extractors.sentences import split_sentences
from claimcheck.models import Document

OCCASION = -1  # the index of the passage made of a document's title
_PUNCT = re.compile(r"[^0-9a-z]+")
_TOKEN_RE = re.compile(r"[0-9a-z]+")
_CLAUSE_TOKEN = re.compile(r"[0-9a-z]+|[,.;:]")


def normalise(text: str) -> str:
    """For verbatim comparison: folded, punctuation and quote marks gone, spaces collapsed."""
    return " " + _PUNCT.sub(" ", fold(text)).strip() + " "


@dataclass
class PreparedPassage:
    index: int
    text: str
    speaker: str | None
    tokens: list[str]
    keys: list[str]
    key_set: frozenset[str]
    norm: str
    mentions: frozenset[str]
    negated: frozenset[int] = frozenset()  # content-token positions within three words after a negation
    # Each sentence's token keys and the entities it names (its speaker's turn names its speaker).
    sentences: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    figures: frozenset[float] = frozenset()  # its figures as values
    people: frozenset[str] = frozenset()  # the mentions that are people, registered or not
    # Content-token positions in a clause someone asked for or proposed, not stated: "nos
    # plantearon que México recibiera…", "Trump asked that…".
    wished: frozenset[int] = frozenset()
    # Keys of the names of the registered entities it mentions: "Cristina" names Cristina Fernández
    # de Kirchner, so a claim's "Kirchner" is not a name the passage lacks.
    named_keys: frozenset[str] = frozenset()


NEGATION_REACH = 3  # content words after a negation that it covers


@lru_cache(maxsize=None)
def _contrasts() -> dict[str, list[tuple[str, ...]]]:
    """The contrast and refusal phrases, by their first word: looked up for every token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in word_list("contrastive_negations") | word_list("refusal_negations"):
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    return out


def negated_positions(text: str) -> frozenset[int]:
    """Which content tokens fall under a negation, counted in content-token positions. The reach
    is counted in content words, so that articles do not shorten it in one language and not the
    other ("No voy a la Cumbre" / "not attend the Summit")."""
    stop_free = set(content_tokens(text))
    neg, contractions = negation_words(), word_list("contracted_negations")
    positions, content_index, negated_from = set(), 0, None
    # A clause ends a negation's reach: a stop or comma, or "que"/"that" ("no es X y que Trump…").
    raw = _CLAUSE_TOKEN.findall(fold(text))
    boundaries, coordinated = word_list("clause_boundaries"), word_list("coordinated_clauses")
    weaker, copulas = word_list("negation_before_copula"), word_list("copulas")
    lacking, of = word_list("negation_nouns"), word_list("negation_noun_links")
    contrasts = _contrasts()
    reach = NEGATION_REACH
    asides = _negative_asides()
    kept = -1  # a comma that closes a negative aside: the negation goes on past it
    for i, token in enumerate(raw):
        if token == "," and (i == kept or (aside := _aside_length(raw, i + 1, asides))):
            # "no fue, de ninguna manera, un ataque personal": the aside does not close the clause.
            kept = -1 if i == kept else i + 1 + aside
            continue
        # "y que" / "and that" opens a clause; "más cercana que ahora" / "closer than" does not.
        if token in ",.;:" or token in boundaries or (token in coordinated and i and raw[i - 1] in ("y", "e", "and")):
            negated_from = None
            continue
        is_content = token in stop_free and len(token) > 1
        contracted = token in contractions and i + 1 < len(raw) and raw[i + 1] == "t"
        # "como no soy empresario, menos soy narcotraficante": "menos" before a copula negates.
        emphatic = token in weaker and i + 1 < len(raw) and raw[i + 1] in copulas
        # "afirmó su falta de consentimiento y de reconocimiento de la Corte…": a lack negates the
        # whole phrase it governs, to the end of the clause.
        nominal = token in lacking and i + 1 < len(raw) and raw[i + 1] in of
        # "on the State rather than on the private sector" = "sobre el Estado y no sobre el sector
        # privado"; "se negó a condenar" = "no condenó".
        contrast = token in contrasts and any(tuple(raw[i:i + len(c)]) == c for c in contrasts[token])
        if (token in neg and token not in contractions) or contracted or emphatic or nominal or contrast:  # "won't" yes, "won the vote" no
            negated_from = content_index + (1 if is_content else 0)
            reach = len(raw) if nominal else NEGATION_REACH
        elif is_content and negated_from is not None and content_index - negated_from < reach:
            positions.add(content_index)
        if is_content:  # "ningún" is a content token too: positions must count it
            content_index += 1
    return frozenset(positions)


def _aside_length(raw: list[str], start: int, asides: tuple[tuple[str, ...], ...]) -> int:
    """The length of a negative aside that opens at `start` and is closed by a comma, or 0."""
    return next((len(a) for a in asides
                 if tuple(raw[start:start + len(a)]) == a and raw[start + len(a):start + len(a) + 1] == [","]), 0)


@lru_cache(maxsize=None)
def _negative_asides() -> tuple[tuple[str, ...], ...]:
    """Negations set off by commas ("de ninguna manera", "in no way"), as folded tokens."""
    return tuple(tuple(_CLAUSE_TOKEN.findall(a)) for a in sorted(word_list("negative_asides")))


def wished_positions(text: str) -> frozenset[int]:
    """Content tokens of a clause opened by "que"/"that" after a word of asking or proposing, to the
    end of the sentence, and of a condition's clause ("if it is determined that this attack was
    directed from abroad, …"), to its comma: what is asked for or supposed, not stated. In
    content-token positions (as `negated_positions`)."""
    stop_free = set(content_tokens(text))
    wishes, complementizers, conditions = word_list("wishes"), word_list("complementizers"), word_list("conditions")
    positions, content_index, state = set(), 0, "out"  # out -> asked -> inside; out -> supposed
    for m in _CLAUSE_TOKEN.finditer(fold(text)):
        token = m.group()
        if token in ".;:" or (token == "," and state == "supposed"):
            state = "out"
            continue
        is_content = token in stop_free and len(token) > 1
        if token in wishes:
            state = "asked" if state == "out" else state
        elif token in complementizers and state == "asked":
            state = "inside"
        elif token in conditions and state == "out" and text[m.start():m.end()].lower() == token:
            state = "supposed"
        elif is_content and state in ("inside", "supposed"):
            positions.add(content_index)
        if is_content:
            content_index += 1
    return frozenset(positions)


@dataclass
class PreparedDocument:
    doc: Document
    passages: list[PreparedPassage]
    mentions: frozenset[str]  # entities named anywhere in it, and its author
    # Names a source need not spell out because they are its own: the SRE's post says
    # "la soberanía" and means Mexico's. Keys of the names of its author's and publisher's bodies.
    implied_keys: frozenset[str] = frozenset()
    # The occasion the document records, from its title ("Remarks by ... Before Bilateral Meeting
    # (Oval Office)"): who, what kind and where, dated by the document itself. Everyone who speaks
    # in a transcript took part in it.
    occasion: PreparedPassage | None = None
    # Each passage read with the next (by the first one's index), and a whole short document read
    # as one message: the same for every claim read against the document, so merged once.
    pairs: dict[int, PreparedPassage] = field(default_factory=dict)
    whole: PreparedPassage | None = None
    text: str = ""  # its passages' texts, joined by a space
    figures: tuple[Figure, ...] = ()  # the figures of that text (figures_in)


ONE_MESSAGE = 1200  # characters: a whole document this short is read as one message too


def merged(a: PreparedPassage, b: PreparedPassage) -> PreparedPassage:
    shift = len(a.tokens)
    return PreparedPassage(a.index, a.text + " " + b.text, a.speaker, a.tokens + b.tokens, a.keys + b.keys,
                           a.key_set | b.key_set, a.norm + b.norm, a.mentions | b.mentions,
                           a.negated | frozenset(p + shift for p in b.negated), a.sentences + b.sentences,
                           a.figures | b.figures, a.people | b.people,
                           a.wished | frozenset(p + shift for p in b.wished), a.named_keys | b.named_keys)


def joined(doc: PreparedDocument, a: PreparedPassage, b: PreparedPassage) -> PreparedPassage:
    """a read with the next passage b: merged when the document was prepared, where both are its own."""
    pair = doc.pairs.get(a.index)
    if pair is not None and b.index == a.index + 1 and doc.passages[a.index] is a and doc.passages[b.index] is b:
        return pair
    return merged(a, b)


def prepare_passage(i: int, text: str, speaker: str | None, language: str, index: EntityIndex,
             present: frozenset[str] = frozenset(), found: list[Mention] | None = None) -> PreparedPassage:
    """`found`: the passage's mentions when they were resolved in the document's context, with
    offsets relative to the passage."""
    if found is None:
        found = find_mentions(text, fold(text), language, index)
    mentions = frozenset(m.key for m in found) | present
    toks = content_tokens(text)
    ks = [key(t) for t in toks]
    sentences = tuple(
        (frozenset(key(t) for t in content_tokens(text[start:end])),
         frozenset(m.key for m in found if start <= m.start < end) | present)
        for start, end in split_sentences(text)
    )
    named = frozenset(key(t) for entity in filter(None, map(index.get, mentions))
                      for name in (entity.name, *entity.aliases) for t in content_tokens(name))
    return PreparedPassage(i, text, speaker, toks, ks, frozenset(ks), normalise(text), mentions,
                           negated_positions(text), sentences, frozenset(numbers(text)),
                           frozenset(m.key for m in found if m.kind == "person") | present, wished_positions(text), named)


def words_passage(text: str) -> PreparedPassage:
    """A text as its words and their negation only, to look for units in: a claim read against a
    document's title needs no mentions, sentences or figures, and finding them cost a tenth of
    all the checks' time."""
    toks = content_tokens(text)
    ks = [key(t) for t in toks]
    return PreparedPassage(0, text, None, toks, ks, frozenset(ks), "", frozenset(), negated_positions(text))


def _in_context(doc: Document, index: EntityIndex) -> list[list[Mention]] | None:
    """Each passage's mentions, resolved across the whole document: a release names the president
    once and then says "El mandatario reiteró…" two paragraphs on. Not for transcripts, whose
    turns are different voices ("él" in one turn is not the last speaker named in another)."""
    if doc.verbatim:
        return None
    text = "\n".join(p.text for p in doc.passages)
    found = find_mentions(text, fold(text), doc.language, index)
    per_passage: list[list[Mention]] = []
    start = 0
    for p in doc.passages:
        end = start + len(p.text)
        per_passage.append([replace(m, start=m.start - start, end=m.end - start) for m in found if start <= m.start < end])
        start = end + 1
    return per_passage


def prepare(doc: Document, index: EntityIndex) -> PreparedDocument:
    passages = []
    all_mentions: set[str] = set()
    speakers: set[str] = set()
    in_context = _in_context(doc, index)
    for i, p in enumerate(doc.passages):
        # Whoever speaks a turn is present in it ("In our meeting today", says Giammattei).
        speaker = frozenset({p.speaker}) if index.get(p.speaker) else frozenset()
        passages.append(prepare_passage(i, p.text, p.speaker, doc.language, index, speaker,
                                        in_context[i] if in_context is not None else None))
        all_mentions |= passages[-1].mentions
        speakers |= speaker
    implied: set[str] = set()
    for owner in (doc.author, doc.publisher):
        if owner:
            all_mentions.add(owner)
        for entity in filter(None, map(index.get, index.lineage(owner))):
            implied.update(key(t) for name in (entity.name, *entity.aliases) for t in content_tokens(name))
    occasion = prepare_passage(OCCASION, doc.title, None, doc.language, index, frozenset(speakers)) if doc.title else None
    pairs = {a.index: merged(a, b) for a, b in zip(passages, passages[1:])}
    # A post or a short release is one message whose lines a claim may sum up together ("una pausa
    # de un mes … tras hablar con Trump": the first line and the last).
    whole = reduce(merged, passages) if len(passages) > 2 and sum(len(p.text) for p in passages) <= ONE_MESSAGE else None
    text = " ".join(p.text for p in doc.passages)
    return PreparedDocument(doc, passages, frozenset(all_mentions), frozenset(implied), occasion, pairs, whole,
                            text, figures_in(text))


@dataclass
class UnitMatch:
    found: list[tuple[Unit, int, int, bool]]  # unit, start, end (token positions), translated
    missing: list[Unit]

    @property
    def translated(self) -> bool:
        return any(t for _, _, _, t in self.found)

    def source_words(self, passage: PreparedPassage) -> list[str]:
        return [" ".join(passage.tokens[s:e]) for _, s, e, _ in sorted(self.found, key=lambda f: f[1])]

    def positions(self, passage: PreparedPassage, leaving: tuple[Unit, ...] = ()) -> set[int]:
        """The passage's token positions the found units cover, but those of `leaving`."""
        return {p for u, s, e, _ in self.found if u not in leaving for p in range(s, min(e, len(passage.keys)))}


def _occurrences(seq: tuple[str, ...], keys: list[str], key_set: frozenset[str]) -> list[int]:
    first = seq[0]
    if first not in key_set:
        return []
    n, found, i = len(seq), [], -1
    while True:
        try:
            i = keys.index(first, i + 1)  # the scan in C: this runs for every unit of every passage
        except ValueError:
            return found
        if n == 1 or tuple(keys[i:i + n]) == seq:
            found.append(i)


def said_negated(passage: PreparedPassage, start: int, end: int) -> bool:
    """Whether the passage says the words at start:end under a negation: any of them, since a
    phrase ("justice has not been done") may hold it on a word after its first."""
    return bool(passage.negated) and not passage.negated.isdisjoint(range(start, end if end > start else start + 1))


def match_units(units: list[Unit], passage: PreparedPassage, negated: frozenset[int] = frozenset()) -> UnitMatch:
    """Where each unit occurs in the passage, by its own words first, then by a translation; of
    several occurrences, one whose negation agrees with the claim's ("y no arancelarias")."""
    found: list[tuple[Unit, int, int, bool]] = []
    missing: list[Unit] = []
    for unit in units:
        if unit.firsts.isdisjoint(passage.key_set):
            missing.append(unit)
            continue
        hit = None
        wanted = unit.start in negated
        # Its own words first, then the longest translation; of equals, the one said with the
        # claim's polarity.
        for alt in unit.ordered:
            positions = _occurrences(alt, passage.keys, passage.key_set)
            if not positions:
                continue
            if passage.negated:
                agreeing = next((p for p in positions if said_negated(passage, p, p + len(alt)) == wanted), None)
            else:
                agreeing = None if wanted else positions[0]
            if hit is None:
                pos = agreeing if agreeing is not None else positions[0]
                hit = (unit, pos, pos + len(alt), alt != unit.own)
            elif agreeing is not None:
                hit = (unit, agreeing, agreeing + len(alt), alt != unit.own)
            if agreeing is not None or alt == unit.own:
                break
        if hit and said_negated(passage, hit[1], hit[2]) != wanted and hit[2] - hit[1] == 1:
            # "llegamos las mujeres … porque no llego sola": the same verb in another person
            # ("llegamos", key "llegam") with the claim's polarity is the one the claim reports.
            stem = passage.keys[hit[1]]
            other = next((p for p, k in enumerate(passage.keys) if len(stem) >= 4 and k != stem and k.startswith(stem)
                          and (p in passage.negated) == wanted), None)
            if other is not None:
                hit = (unit, other, other + 1, hit[3])
        if hit:
            found.append(hit)
        else:
            missing.append(unit)
    return UnitMatch(found, missing)


def phrase_window(units: list[Unit], passage: PreparedPassage, slack: int = 2) -> UnitMatch | None:
    """All units close together (a quoted phrase, possibly reordered by translation), or None."""
    if not units:
        return None
    spots: list[list[tuple[int, int, bool]]] = []
    for unit in units:
        if unit.firsts.isdisjoint(passage.key_set):
            return None
        options = []
        # In the order match_units tries them: of two at one place ("united states" and "united
        # states america") the nearest-occurrence choice below keeps the first, which a set's
        # iteration order had made vary from run to run (the rationale's words did).
        for alt in unit.ordered:
            for pos in _occurrences(alt, passage.keys, passage.key_set):
                options.append((pos, pos + len(alt), alt != unit.own))
        if not options:
            return None
        spots.append(options)
    width = sum(min(e - s for s, e, _ in opts) for opts in spots) + slack
    # Anchor on each occurrence of the rarest unit and take every other unit's nearest occurrence.
    order = sorted(range(len(units)), key=lambda i: len(spots[i]))
    for anchor in spots[order[0]]:
        chosen = {order[0]: anchor}
        for i in order[1:]:
            chosen[i] = min(spots[i], key=lambda o: abs(o[0] - anchor[0]))
        lo = min(s for s, _, _ in chosen.values())
        hi = max(e for _, e, _ in chosen.values())
        if hi - lo <= width:
            return UnitMatch([(units[i], *chosen[i]) for i in range(len(units))], [])
    return None
