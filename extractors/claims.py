"""Attributed, checkable claims: quotes, reported statements, events and claims of absence.

The extractor reads one sentence at a time with everything found in a single pass over the
article (mentions, dates, quotes, vocabulary matches), so it costs a few regex scans per article
rather than work per token. Precision comes first: a sentence yields a claim only when an
attribution (a verb of saying with a speaker, "según X", an event trigger with named
participants) ties it to someone.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from claimcheck.extractors.dates import DateMention, find_dates
from claimcheck.extractors.entities import (BARE_PRONOUNS, EntityIndex, Mention, find_mentions, first_name_gender, gender_of,
                                            known_first_name, mention_scan)
from claimcheck.extractors.lexicon import Lexicon, _load, lexicon, stopwords
from claimcheck.extractors.normalize import NON_SPACE, fold, phrase_pattern, phrase_starts, trie_pattern
from claimcheck.extractors.quotes import Quote, find_quotes, is_question_line
from claimcheck.extractors.sentences import split_sentences
from claimcheck.models import Article, Claim

_RELATIVE_CLAUSE = {"es": (", quien ", ", quienes "), "en": (", who ",)}
_CLAUSE_BREAK = re.compile(r",\s+(?:en\s+la\s+que|en\s+el\s+que|donde|in\s+which|where|during\s+which)\b|;")
_RELATIVE_SUBJECT = re.compile(r"(?:,[^,;:]{0,30})?,\s*(que|quien|who)\s+")
_RELATIVE_ASIDE_ONLY = re.compile(r",\s*(?:which|who|que|quien|quienes)\s[^;:]{0,200},\s*")
# An aside set off by commas, no clause of its own: "Daniil Medvedev, the world No 2, had not commented".
_ASIDE_ONLY = re.compile(r",[^,;:.!?\n]{2,80},\s*")
_RELATIVE_VERB = re.compile(r",\s*((?:which|who|que|quien)\s+(?:[a-z]+\s+){0,2})$")
_JOINED_CLAUSE = re.compile(r",\s*(?:y|and)\s+(?!(?:el|la|los|las|the|su|sus|his|her|their)\s)(?=[^,;:]*$)")
_RELATIVE_ASIDE = re.compile(r"(?:\s+[a-z]+){0,2},\s*(?:que|quien|who)\s[^;:]{0,200},\s*")
# "fue aprobada en primera instancia el 16 de marzo por el juez", "was signed in Kigali in April
# 2022 by": a place and a date may stand between the participle and its agent.
_PASSIVE_AGENT = re.compile(r"\s+(?:[a-z0-9]+\s+){0,8}?(?:por|by)\s+(?:el\s+|la\s+|los\s+|las\s+|the\s+)?")
_IN_WHICH = re.compile(r"(?<![0-9a-z])(?:en\s+(?:el|la|los|las)\s+que|in\s+which)\s+(?:(?:he|she|it|they)\s+)?$")
_THAT = {"es": re.compile(r"(?<![0-9a-z])que(?![0-9a-z])"), "en": re.compile(r"(?<![0-9a-z])that(?![0-9a-z])")}
# English reports speech without "that": "Sheinbaum said the tariffs were unjustified."
# "said no one was hurt" reports a statement; "said no to the plan", "said yes." answers.
_EN_BARE_COMPLEMENT = re.compile(r"\s+(?!(?:in|on|at|during|after|before|to|by|with|of|for|from|so)\b)"
                                 r"(?!(?:yes|no)\b\s*(?:to\b|[,.;:!?]|$))[a-z0-9\"]")
_EN_ASKED_TO = re.compile(r"\s+(?:[a-z\-'’]+\s+){1,5}?(to\s+[a-z]{2,})")
_RELATIVE_BEFORE = re.compile(r"(?<![0-9a-z])(?:that|which|who)\s+$")
_EN_TOLD = re.compile(r"\s+(?:reporters|journalists|lawmakers|the\s+\w+|\w+)\s+(?:that\s+)?")
_CLAUSE_OPENER = re.compile(r"(?:[,;:\-]|(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["clause_openers"]) + r"))\s*$")
_NEGATED = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["negations"]) + r")\s+$")
_TERM_MARKER = {lang: re.compile(phrase_pattern(words).pattern + r"\s*$") for lang, words in _load("words.toml")["term_markers"].items()}
_SO_CALLED = {lang: re.compile(phrase_pattern(words).pattern + r"\s*$") for lang, words in _load("words.toml")["so_called_markers"].items()}


@dataclass
class _Match:
    start: int
    end: int
    phrase: str


@dataclass
class _Sentence:
    start: int
    end: int
    mentions: list[Mention]
    quotes: list[Quote]
    verbs: list[_Match]
    dates: list[DateMention]
    triggers: list[_Match]
    markers: list[_Match]
    absences: list[_Match]
    fragments: list[Quote] = field(default_factory=list)  # quoted words that may be a term


@dataclass
class _State:
    claims: list[Claim] = field(default_factory=list)
    last_event: Claim | None = None
    last_speaker: tuple[str, str] | None = None  # key, display
    last_person: tuple[str, str] | None = None  # the last speaker who is a person: quotes are said by people
    last_named: tuple[str, str] | None = None  # the last person named as a subject, speaking or not
    last_body: tuple[str, str, str] | None = None  # the last body or government named: key, name, kind
    last_court: tuple[str, str] | None = None  # the last court named: its ruling speaks for it
    named_at: int = 0  # where: a dropped subject stands for them within the same paragraph only
    person_at: int = -1  # where the last speaker who is a person was last given words
    named_plainly: bool = False  # the last person named is plainly one (registered, titled or with a first name)
    # Claims attributed in the present perfect ("has repeatedly said", "ha sostenido", "no han
    # explicado"): said over a stretch of time, so no day is inherited for them.
    undated: set[int] = field(default_factory=set)
    kinds: dict[str, str] = field(default_factory=dict)  # speaker key -> person | body | government
    interviewee: tuple[str, str] | None = None  # who answers an interview's questions, once told
    live: bool = False  # a live blog: entries under time headings tell what happens as it happens
    hodiernal: bool = False  # the lead tells the day's news in the present perfect ("ha aprobado este martes")
    interview_day: DateMention | None = None  # the day the introduction says they spoke, if it does
    framing: tuple[str, str, int] | None = None  # the person a sentence with no verb just named, and its end
    # Who issued each kind of document the story has named ("la Cepal presentó su informe"): the
    # document later speaks for them ("Según el informe, …"). Noun -> key, name, kind.
    issuers: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    last_issuer: tuple[str, str, str] | None = None  # who issued the document the story named last


# A wire story's dateline: "SANTO DOMINGO, 20 may (EFE).-", "WASHINGTON, Feb 3 (Reuters) -".
_DATELINE = re.compile(r"[ \t]*[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'’-]{2,40},[ \t]+[^\n]{1,30}?(?:\([A-Za-z .]{2,20}\))?[ \t]*(?:\.-|-|–|—)[ \t]")


# The lexicons every article is scanned for, with the mention lexicons, in one PhraseScan.
_SCANNED = ("verbs", "source_marker", "absence", "triggers")


def _accented(found: list[_Match], text: str, lex: Lexicon) -> list[_Match]:
    """ "El anuncio llegó…" is no "anunció": a verb written with a final accent needs it in the text."""
    return [m for m in found if m.phrase not in lex.accented or text[m.end - 1] in "áéíóúÁÉÍÓÚ"]


_PLURAL_NOUN_OPENERS = frozenset(_load("words.toml")["plural_noun_openers"]) | frozenset(_load("words.toml")["determiners"])
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")


def _verbal(found: list[_Match], folded: str, language: str) -> list[_Match]:
    """ "Russia, like a number of other states, does not recognise…": an English "-s" word after a
    determiner or a quantifier is a plural noun, not "states" the verb."""
    if language == "es":
        return found
    kept = []
    for m in found:
        before = _WORD_BEFORE.search(folded, max(0, m.start - 12), m.start) if m.phrase.endswith("s") and " " not in m.phrase else None
        if before is None or before.group(1) not in _PLURAL_NOUN_OPENERS:
            kept.append(m)
    return kept


def extract_claims(article: Article, index: EntityIndex) -> list[Claim]:
    """Every attributed claim in the article, in text order, each with its exact span."""
    text = article.text
    if not text.strip():
        return []
    folded = fold(text)
    lex = lexicon(article.language)
    found = mention_scan(index, lex.language, _SCANNED, [(getattr(lex, name), lex.phrases[name]) for name in _SCANNED]
                         ).find(folded)
    verbs, markers, absences, triggers = ([_Match(m.start(), m.end(), m.group()) for m in matches] for matches in found[:4])
    verbs = _verbal(_accented(verbs, text, lex), folded, article.language)
    triggers = _accented(triggers, text, lex)
    attribution = sorted([(v.start, v.end) for v in verbs + markers + absences + triggers])
    found_quotes = find_quotes(text)
    mentions = find_mentions(text, folded, lex.language, index, attribution,
                             [(q.inner_start, q.inner_end) for q in found_quotes], found[4:])
    quotes, fragments = [], []
    for q in found_quotes:
        words = text[q.inner_start:q.inner_end]
        if (_is_speech(words) or _INTRODUCED.search(text, max(0, q.start - 3), q.start)) and not _is_term(folded, q.start, lex.language):
            quotes.append(q)  # "Petro escribe en Twitter: “Revivió Pinochet”": a colon brings in words, not a name
        elif not _is_name(words) and not _SO_CALLED[lex.language].search(folded, max(0, q.start - 16), q.start):
            fragments.append(q)  # a quote only where it ends reported speech (_reported_fragment)
    dates = find_dates(folded, article.published_at)
    dateline = _DATELINE.match(text)
    if dateline:
        # "SANTO DOMINGO, 20 may (EFE).- … ganó este domingo": the day the story was filed is not
        # the day of anything it tells.
        dates = [d for d in dates if d.start >= dateline.end()]
        # "OTTAWA, Feb 14 (Reuters) - Prime Minister Justin Trudeau invoked…": where it was filed
        # names nobody who acts or speaks in it.
        mentions = [m for m in mentions if m.start >= dateline.end()]
    lead_end = _lead_end(text)
    # A live blog: entries under time headings ("12:27") or opening with a timestamp ("12:27 — …").
    state = _State(live=_TIME_HEADING.search(text) is not None
                   or _TIMESTAMP_LINE.search(text) is not None,
                   hodiernal=_HODIERNAL.search(fold(text[:lead_end])) is not None)
    # Phrases looked for in every sentence, found once in the whole text.
    cues = phrase_starts(_INTERVIEW_CUE, _load("words.toml")["interview_cues"], folded)
    documents = [(m.start(), m.group(1)) for m in _DOCUMENT_ANY.finditer(folded)]
    document_starts = [d for d, _ in documents]
    anonymous = phrase_starts(_ANONYMITY, _load("words.toml")["anonymity_markers"], folded)
    mi = qi = vi = di = ti = ki = ai = fi = 0
    for s_start, s_end in split_sentences(text):
        sentence = _Sentence(s_start, s_end, [], [], [], [], [], [], [])
        mi = _collect(mentions, mi, s_start, s_end, sentence.mentions)
        qi = _collect(quotes, qi, s_start, s_end, sentence.quotes)
        fi = _collect(fragments, fi, s_start, s_end, sentence.fragments)
        vi = _collect(verbs, vi, s_start, s_end, sentence.verbs)
        di = _collect(dates, di, s_start, s_end, sentence.dates)
        ti = _collect(triggers, ti, s_start, s_end, sentence.triggers)
        ki = _collect(markers, ki, s_start, s_end, sentence.markers)
        ai = _collect(absences, ai, s_start, s_end, sentence.absences)
        before = len(state.claims)
        _read_sentence(text, folded, sentence, lex, index, state, article.language)
        if text[s_start:s_end].rstrip(" \"'”»)").endswith("?"):
            # "¿Qué anunció Sánchez el miércoles?": a question asserts nothing; quoted words keep
            # their claim (someone asked it).
            state.claims[before:] = [c for c in state.claims[before:] if c.kind == "quote"]
        if _within(anonymous, s_start, s_end):
            # "Una enfermera del hospital Carlos Monge, que pidió no ser identificada, cuenta…",
            # "speaking on condition of anonymity": nobody the reader can check said it.
            del state.claims[before:]
        subjects = [m for m in sentence.mentions if m.role == "subject"]
        people = [m for m in subjects if m.kind == "person"]
        bodies = [m for m in sentence.mentions if m.kind in ("body", "government") and not m.quoted]
        if bodies:
            state.last_body = (bodies[-1].key, bodies[-1].name, bodies[-1].kind)
            courts = [b for b in bodies if set(fold(b.name).split()) & _COURT_WORDS]
            if courts:
                state.last_court = (courts[-1].key, courts[-1].name)
        if people:
            state.last_named, state.named_at = (people[-1].key, people[-1].name), people[-1].start
            state.named_plainly = (index.get(people[-1].key) is not None or people[-1].via in ("descriptor", "pronoun")
                                   or known_first_name(people[-1].name))
        if state.interviewee is None and _within(cues, s_start, s_end):
            # "La politóloga Lucía Echeverri … conversó con este diario", "Helen Marsh … spoke to
            # us", "La conversación tuvo lugar el jueves": whoever was just named answers the questions.
            state.interviewee = (people[0].key, people[0].name) if people else state.last_named
            # "conversó el jueves en Bogotá con este diario": the answers were spoken that day (README:
            # an interview is dated when the words were spoken, not when it was published).
            state.interview_day = next((d for d in sentence.dates if d.value and d.precision == "day"), None)
        if subjects and not any(c.span[0] >= s_start for c in state.claims[before:]):
            # "Petro sube al escenario…, de la mano de su fórmula vicepresidencial, Francia Márquez.":
            # the one who opens the sentence is its subject, whoever else it names after.
            opener = subjects[0] if not folded[s_start:subjects[0].start].strip() else subjects[-1]
            state.last_speaker = (opener.key, opener.name)
        elif len(state.claims) == before and (sender := _message_from(folded, sentence)) is not None:
            # "A short statement from Buckingham Palace, just in. ‘…’": the quote that follows is
            # the sender's.
            state.last_speaker = (sender.key, sender.name)
        state.framing = _framing(text, sentence) if all(c.kind == "event" for c in state.claims[before:]) else None
        if subjects and _within(document_starts, s_start, s_end):
            first = bisect.bisect_left(document_starts, s_start)
            for _, noun in documents[first:bisect.bisect_left(document_starts, s_end)]:
                state.issuers[noun] = state.last_issuer = (subjects[0].key, subjects[0].name, subjects[0].kind)
    _qualify_shared_bodies(state.claims, text, folded, index)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    claims = sorted(state.claims, key=lambda c: (c.span[0], c.span[1]))
    _inherit_dates(claims, state.undated, dates, quotes, text, folded, lead_end,
                   article.published_at.isoformat() if article.published_at else None, state.hodiernal)
    for claim in claims:
        key = f"{digest}:{claim.span[0]}:{claim.span[1]}:{claim.kind}:{claim.quote or ''}"
        claim.id = "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return claims


def _inherit_dates(claims: list[Claim], undated: set[int], dates: list[DateMention], quotes: list[Quote],
                   text: str, folded: str, lead_end: int, published: str | None, hodiernal: bool = False) -> None:
    """An undated claim happened on the day its paragraph names before it ("On Wednesday, ..."),
    else on the day of the live-blog heading above it, else on the story's own day: the day of the
    lead's first dated claim, else the lead's first day, else the publication date. Carrying the
    last stated day across paragraphs was measured and loses: later paragraphs mostly date
    background. Other dates in the lead are often deadlines or background ("exentos hasta el 2 de
    abril", "las elecciones del 28 de julio"), and later ones in other paragraphs usually are."""
    told = [d for d in dates if d.value and d.precision == "day"
            and not any(q.inner_start <= d.start < q.inner_end for q in quotes)]
    headings = _day_headings(text, told)
    counted_days = _counted_days(folded, told)
    time_headings = [m.start() for m in _TIME_HEADING.finditer(text)]
    in_lead = [d for d in told if d.start < lead_end]
    # A date in the lead far from publication is background or a schedule ("set sentencing for July
    # 11" in a May story), not the story's day.
    near = (lambda value: _days_apart(value, published) <= STORY_DAY_REACH) if published else (lambda value: True)
    lead = (next((c.date for c in claims if c.span[0] < lead_end and c.date and c.date_precision == "day" and near(c.date)
                  and not _dated_in_participle(c, told, folded)), None)
            # "el miércoles" tells the story's day; "las elecciones del 28 de julio" is background.
            or next((d.value for d in in_lead if not any(ch.isdigit() for ch in text[d.start:d.end]) and near(d.value)), None)
            or next((d.value for d in in_lead if near(d.value)), None) or published)
    if hodiernal:
        # "El Consejo de Ministros ha aprobado este martes…": a story that tells its day in the
        # present perfect (Spain's usage in releases and news of the day) tells the rest of that
        # day so too ("la ministra ha recordado", "no ha concretado").
        # "todavía no ha cuantificado" stays a stretch of time.
        undated -= {id(c) for c in claims if c.date is None and _PRESENT_PERFECT.search(fold(c.text))
                    and not _STILL.search(fold(c.text))}
    previous: Claim | None = None
    for claim in claims:
        para_start = text.rfind("\n", 0, claim.span[0]) + 1
        # A live blog's day heading ("Monday 18 November", "Domingo, 19 de octubre") dates the
        # entries under it.
        heading_above = next((value for start, value in reversed(headings) if start < para_start), None)
        # A live blog's entry ("12:27 — …") was written on the day it is posted; a bare time heading
        # above ("08.05") stamps its entries with the day of publication.
        timed = _TIMESTAMP.match(text, para_start) or (time_headings and time_headings[0] < para_start)
        entry_day = heading_above or (published if timed else None)
        if heading_above and claim.date_precision == "day" and any(
                claim.span[0] <= d.start < claim.span[1] and fold(text[d.start:d.end]) in _TODAY for d in told):
            # "ha votado esta mañana" under "Domingo, 09.10": the morning of the entry's day, not of
            # the day the live blog was last updated.
            claim.date = heading_above
        elif entry_day and claim.date is None and id(claim) in undated and _PRESENT_PERFECT.search(fold(claim.text)):
            # README dev4: in a live blog the entry's day anchors a present perfect ("ha dicho").
            claim.date, claim.date_precision = entry_day, "approximate"
            undated.discard(id(claim))
        counted = _counted_day(claim, text, told, counted_days) if counted_days else None
        if counted is not None:
            # Counted, not stated: "approximate" keeps it out of the date checks, as an inferred day is.
            claim.date, claim.date_precision = counted, "approximate"
            undated.discard(id(claim))
        if claim.date is None and id(claim) not in undated:
            occasion = _occasion(claim, text, told, previous)
            if occasion is not None:
                claim.date, claim.date_precision = occasion
        if claim.date is not None or id(claim) in undated:
            previous = claim if claim.date is not None else previous
            continue
        previous = claim
        same = [d for d in told if para_start <= d.start and d.end <= claim.span[0]]
        if counted_days:
            same = sorted(same + [d for d in counted_days if para_start <= d.start and d.end <= claim.span[0]], key=lambda d: d.start)
        value = same[-1].value if same else entry_day or lead
        if value:
            # Inferred, not stated: "approximate" keeps it out of date checks and the JSON's day field.
            claim.date, claim.date_precision = value, "approximate"


_PARTICIPLE_ASIDE = re.compile(r",\s*(?:[a-z]+ed|[a-z]+(?:ado|ada|ido|ida|ados|adas|idos|idas))\s[^,]*$")


def _dated_in_participle(claim: Claim, told: list[DateMention], folded: str) -> bool:
    """The claim's day is given in a participle set off by commas ("According to the provisional
    results, published in the early hours of this morning, turnout was…"): the day of the thing
    published, right for the claim, but no sign of the day the story tells."""
    d = next((d for d in told if claim.span[0] <= d.start < claim.span[1] and d.value == claim.date), None)
    return d is not None and _PARTICIPLE_ASIDE.search(folded, claim.span[0], d.start) is not None


STORY_DAY_REACH = 45  # days from publication within which a lead's date can be the story's day
_PRESENT_PERFECT = re.compile(r"(?<![0-9a-z])(?:ha|han|has|have|he|hemos)\s+(?:not\s+|no\s+|todavia\s+|yet\s+)?[a-z]+(?:ado|ido|ed|en|cho|to)(?![0-9a-z])")
_HODIERNAL = re.compile(r"(?<![0-9a-z])(?:ha|han)\s+[a-z]+(?:ado|ido|cho|to)\s+(?:este|esta|hoy)(?![0-9a-z])")
_STILL = phrase_pattern(_load("words.toml")["still_words"])
_STILL_BEFORE = re.compile(_STILL.pattern + r"\s+$")
_TODAY = frozenset(fold(k) for k, v in _load("dates.toml")["relative"].items() if v[0] == 0 and v[1] == "day")


def _days_apart(value: str, published: str) -> int:
    try:
        return abs((date.fromisoformat(value[:10]) - date.fromisoformat(published[:10])).days)
    except ValueError:
        return 0


_OCCASIONS = _load("dates.toml")["occasions"]
_SAME_DAY = phrase_pattern(_OCCASIONS["same_day"])
_SAME_OCCASION = phrase_pattern(_OCCASIONS["same_occasion"])
_DAY_OFFSETS = {fold(k): v for k, v in _OCCASIONS["day_offsets"].items()}
_COUNTED = _OCCASIONS["counted"]
_COUNT = {fold(k): v for k, v in _COUNTED["numbers"].items()}
_DAY_OFFSET = re.compile(
    rf"(?<![0-9a-z])(?:{trie_pattern(_DAY_OFFSETS)}|(?P<count>[1-9]|{trie_pattern(_COUNT)})\s+"
    + rf"(?:{trie_pattern(fold(d) for d in _COUNTED['days'])})\s+(?:{trie_pattern(fold(w) for w in _COUNTED['later'])}))(?![0-9a-z])")
# Every phrase names a day or the eve: looked for around these words only, not at every position.
_DAY_WORD = re.compile(r"(?<![0-9a-z])(?:dias?|days?|vispera|morning|manana)(?![0-9a-z])")
_THAN = re.compile(r"\s+(?:than|de lo|que lo)(?![0-9a-z])")


def _counted_days(folded: str, told: list[DateMention]) -> list[DateMention]:
    """ "Two days later", "al día siguiente", "Ocho días después": the last day named before the
    phrase, counted on; "approximate", as counted and not stated. "A day earlier than expected"
    counts nothing."""
    counted: list[DateMention] = []
    if not told:
        return counted  # nothing named to count from
    for word in _DAY_WORD.finditer(folded):
        found = _DAY_OFFSET.search(folded, max(0, word.start() - 24), word.end() + 16)
        if found is None or found.end() < word.end() or (counted and found.start() < counted[-1].end) \
                or _THAN.match(folded, found.end()):
            continue
        before = [d for d in told if d.end <= found.start()]
        if not before:
            continue
        count = found.group("count")
        # The pattern lets a run of spaces stand for one ("the  next  morning").
        days = _DAY_OFFSETS[" ".join(found.group().split())] if count is None else int(_COUNT.get(count, count))
        value = (date.fromisoformat(before[-1].value) + timedelta(days=days)).isoformat()
        counted.append(DateMention(found.start(), found.end(), value, "approximate"))
    return counted


def _sentence_opening(text: str, pos: int) -> int:
    """Where the sentence holding `pos` opens: after a line break or a full stop."""
    return max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1


def _counted_day(claim: Claim, text: str, told: list[DateMention], counted: list[DateMention]) -> str | None:
    """The day counted in the claim's sentence before any date of its own, which is then another
    day ("Two days later the assembly voted to push the election back to 15 December")."""
    opening = _sentence_opening(text, claim.span[0])
    own = next((d.start for d in told if claim.span[0] <= d.start < claim.span[1]), claim.span[1])
    return next((d.value for d in reversed(counted) if opening <= d.start and d.end <= own), None)


def _occasion(claim: Claim, text: str, told: list[DateMention], previous: Claim | None) -> tuple[str, str] | None:
    """A claim that points back to a day or an occasion already told: "Ese día, Sheinbaum advirtió"
    takes the last day named before it; "afirmó entonces", "dijo Sánchez en aquella comparecencia",
    "advirtió en ese discurso" take the date of the claim before (README: "En esa ocasión")."""
    words = claim.text.replace(claim.content or claim.quote or "\0", " ") if (claim.content or claim.quote) else claim.text
    # What opens the sentence before the claim counts too: "That same day, King Mohammed VI visited…".
    opening = _sentence_opening(text, claim.span[0])
    folded = fold(text[opening:claim.span[0]] + " " + words)
    if _SAME_DAY.search(folded):
        before = [d for d in told if d.end <= claim.span[0]]
        return (before[-1].value, "approximate") if before else None
    if _SAME_OCCASION.search(folded) and previous is not None and previous.date:
        return previous.date, "approximate"
    return None


def _is_heading(paragraph: str) -> bool:
    """A section heading or question heading ("What did the court decide?", "Lo que no se dijo"):
    it tells nothing, so it does not count as one of the lead's paragraphs."""
    line = paragraph.strip()
    return len(line) < 100 and (line.endswith("?") or not line.endswith((".", "”", "»", '"', "'", ":", "…")))


def _lead_end(text: str) -> int:
    """End of the lead: the first two paragraphs that are not headings."""
    start, count = 0, 0
    while start < len(text):
        end = _paragraph_end(text, start)
        if not _is_heading(text[start:end]):
            count += 1
            if count == 2:
                return end
        start = end + 1
    return len(text)


def _day_headings(text: str, told: list[DateMention]) -> list[tuple[int, str]]:
    """Paragraphs that are nothing but a day ("Monday 18 November"), with the day they name."""
    out = []
    for d in told:
        para_start = text.rfind("\n", 0, d.start) + 1
        para_end = _paragraph_end(text, d.start)
        rest = (text[para_start:d.start] + text[d.end:para_end]).strip(" ,.-:")
        if para_end - para_start < 40 and ((len(rest) <= 12 and " " not in rest) or _CLOCK.fullmatch(rest)):
            out.append((para_start, d.value))  # "Friday, 08.12 BST" too
    return out


# A clock time, with a time zone or an hour mark: a live blog's entry heading ("08.05", "13.15 h",
# "Saturday, 00.41 BST").
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:h|hrs?|[ap]\.?m\.?))?(?:\s*[A-Z]{2,4})?")  # "9.58am EDT", "4:05 p.m. ET"
_TIME_HEADING = re.compile(r"^[ \t]*" + _CLOCK.pattern + r"[ \t]*$", re.M)


_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*[\u2014\u2013-]\s")
_SPACES = re.compile(r"\s+")
# "con el titular de la SRE": a name governed by "de"/"of" modifies what precedes it (searched up to the name).
_GOVERNED_BY_OF = re.compile(r"(?<![0-9a-z])(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?$")
_ARTICLE_BEFORE = re.compile(r"(?<![0-9a-z])(?:a|an|the|un|una|el|la|los|las)\s+$")
_TIMESTAMP_LINE = re.compile(r"(?m)^[ \t]*" + _TIMESTAMP.pattern)  # a paragraph that opens with one
_AUXILIARIES = "|".join(_load("words.toml")["perfect_auxiliaries"])
_AUXILIARY_SET = frozenset(_load("words.toml")["perfect_auxiliaries"] + _load("words.toml")["past_perfect_auxiliaries"])
_PERFECT = re.compile(rf"(?<![0-9a-z])(?:{_AUXILIARIES})\s+(?:not\s+|yet\s+|[a-z]+ly\s+)?$")
_PERFECT_START = re.compile(rf"(?:no\s+(?:se\s+)?)?(?:{_AUXILIARIES})\s")
_BARE_COMPLEMENT_EN = frozenset(_load("words.toml")["bare_complement_verbs_en"])


_PERFECT_AFTER = re.compile(rf"([^,;:.]*?)(?<![0-9a-z])(?:{_AUXILIARIES})\s+(?:not\s+|yet\s+|[a-z]+ly\s+)?([a-z]+(?:ado|ido|ed|en|cho|to))(?![0-9a-z])")
_PENDING = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["pending_subordinators"]) + r")\s+$")
_SUBORDINATOR = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["subordinators"]) + r")(?![0-9a-z])")


def _perfect(folded: str, s: _Sentence, start: int, phrase: str) -> bool:
    """The attribution is in the present perfect: "ha sostenido", "has repeatedly said", "has not said"."""
    return _PERFECT_START.match(phrase) is not None \
        or " has not " in f" {phrase} " or " have not " in f" {phrase} " \
        or _PERFECT.search(folded, max(s.start, start - 24), start) is not None


def _mark_perfect(state: _State, claim: Claim, folded: str, s: _Sentence, start: int, phrase: str) -> None:
    if claim.date is None and _perfect(folded, s, start, phrase):
        state.undated.add(id(claim))


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


_INTRODUCED = re.compile(r":\s*$")


def _is_speech(words: str) -> bool:
    """Quoted words that can be someone's speech: two words or more, and not a Title Case name
    ("Clean Industrial Deal", «Plan Frontera Norte»)."""
    tokens = words.split()
    return len(tokens) >= 2 and not _is_name(words)


def _is_name(words: str) -> bool:
    tokens = words.split()
    return len(tokens) <= 6 and all(t[0].isupper() or t.lower() in _NAME_CONNECTORS for t in tokens)


_CLOSING = re.compile(r"[\s.,;:!?)\]]*")
_ADJUNCT_OPENERS = frozenset(_load("words.toml")["adjunct_openers"])
_CALLED = re.compile(r"(?<![0-9a-z])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _load("words.toml")["calling_words"]) + r")\s+(?:(?:un|una|a|an)\s+)?[\"'“‘«]?$")


_CALLED_WITH_OBJECT = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["calling_with_object"])
                                 + r")\s+(?:[a-z'’\-]+\s+){1,4}(?:(?:de|como|as)\s+)?[\"'“‘«]?$")


def _reported_fragment(text: str, folded: str, s: _Sentence, language: str) -> Quote | None:
    """Quoted words that end a sentence of reported speech are the speaker's, even one word or
    after an article ("calificó la tendencia de «irreversible»", "the text contained a "litany of
    loopholes""), and so are words the speaker calls something by; elsewhere such quotes name a
    thing (un 'plan B', the "blue" dollar)."""
    if not s.fragments:
        return None
    # In the middle of what was reported, right after a verb of calling or a copula ("calificó de
    # «traición» la conducta", "dijo que la votación fue «transparente» y que…", "era un «fraude»"):
    # the first such fragment ("ha calificado de “digno” el acto y ha descrito como “muy
    # respetuosa” la actitud…": the claim opens with the first).
    for q in s.fragments:
        if s.quotes and q.start > s.quotes[0].start:
            break  # only a fragment before the sentence's quotes is a claim of its own
        if any(v.end <= q.start for v in s.verbs) and (
                _CALLED.search(folded, max(s.start, q.start - 24), q.start)  # "el resultado era un «fraude»"
                or _CALLED_WITH_OBJECT.search(folded, max(s.start, q.start - 60), q.start)):  # "called the result “bitter”"
            return q
    if s.quotes:
        return None
    q = s.fragments[-1]
    if not any(v.end <= q.start for v in s.verbs):
        return None
    # A verb after the fragment ends it as what was said, unless it only goes on with the same
    # speaker ("advirtió que la región se acerca a un «punto de no retorno» y que…", "… y aseguró
    # que…": one claim, README dev9).
    if any(v.start >= q.end and not _goes_on(folded, s.start, v.start) for v in s.verbs):
        return None
    if _CLOSING.fullmatch(text, q.end, s.end) is not None:
        return q
    # Or an adjunct of the saying after it ("… de «irreversible» en una comparecencia"), unless
    # an article makes it a thing ("reconoce la existencia de un "conflicto armado interno" en el país").
    rest = fold(text[q.end:s.end]).split()
    if rest and rest[0] in _ADJUNCT_OPENERS and not _is_term(folded, q.start, language):
        return q
    # Or inside the clause that reports it ("told supporters that her party's hand remained
    # “outstretched” to form a government"): the README's fragment in the middle of reported speech.
    said = next((v for v in reversed(s.verbs) if v.end <= q.start), None)
    # After "un"/"a" two words name a thing (un 'plan B', a "fentanyl czar"); three or more are the
    # speaker's own ("se acerca a un «punto de no retorno»").
    said_words = len(text[q.inner_start:q.inner_end].split()) >= 3
    if said is not None and _COMPLEMENT_BETWEEN.search(folded, said.end, q.start) \
            and (said_words or not _is_term(folded, q.start, language)) \
            and not _DEFINITE_BEFORE.search(folded, max(s.start, q.start - 24), q.start):
        return q
    return None


_COMPLEMENT_BETWEEN = re.compile(r"(?<![0-9a-z])(?:que|that)\s")
_AND_BEFORE = re.compile(r"(?<![0-9a-z])(?:y|e|and)\s+(?:que\s+|that\s+)?(?:[a-z]+mente\s+|tambien\s+|also\s+)?$")
_THAT_AFTER = re.compile(r"\s+(?:que|that)(?![0-9a-z])")
_JOINED_BEFORE = re.compile(r",?\s+(?:y|e|and)\s+")


def _goes_on(folded: str, floor: int, pos: int) -> bool:
    """The verb at `pos` is joined by "y"/"and" to what came before, not after `floor`: the same
    speaker goes on ("… y aseguró que …"), so it neither ends nor attributes what was said."""
    return _AND_BEFORE.search(folded, max(floor, pos - 12), pos) is not None


# "the “blue” dollar", "el dólar «blue»": a word that names a thing right after its article.
_DEFINITE_BEFORE = re.compile(r"(?<![0-9a-z])(?:the|el|la|los|las)\s+(?:[a-z]+\s+)?$")


def _is_term(folded: str, quote_start: int, language: str) -> bool:
    """A quoted phrase after an indefinite article or "so-called" names a thing (a "fentanyl czar",
    un 'plan B'): nobody's words are being reported."""
    return _TERM_MARKER[language].search(folded, max(0, quote_start - 16), quote_start) is not None


def _collect(items: list, i: int, start: int, end: int, into: list) -> int:
    while i < len(items) and items[i].start < start:
        i += 1
    j = i
    while j < len(items) and items[j].start < end:
        if items[j].end <= end:
            into.append(items[j])
        j += 1
    return j


def _read_sentence(
    text: str, folded: str, s: _Sentence, lex: Lexicon, index: EntityIndex, state: _State, language: str
) -> None:
    if not s.quotes and _neither_nor(text, folded, s, state, language):
        return  # the sentence is what neither did
    used_verbs: set[int] = set()
    fragment = _reported_fragment(text, folded, s, language)
    if fragment is not None:
        s.quotes.append(fragment)
        s.quotes.sort(key=lambda q: q.start)
    for quote in s.quotes:
        _quote_claim(text, folded, s, quote, lex, state, language, used_verbs)
    # "confirmó la decisión", "rejected the appeal": a longer event phrase that starts with a verb
    # of saying tells what was done, not what was said.
    acts = {t.start for t in s.triggers if any(v.start == t.start and v.end < t.end for v in s.verbs)}
    acts |= _phone_call(text, folded, s, state, language)
    for verb in s.verbs:
        if verb.start not in used_verbs and verb.start not in acts:
            _statement_claim(text, folded, s, verb, lex, state, language)
    _source_marker_claims(text, folded, s, lex, state, language)
    before = len(state.claims)
    _event_claims(text, folded, s, lex, index, state, language)
    _absence_claims(text, folded, s, lex, state, language)
    if len(state.claims) == before and not any(c.span[0] >= s.start for c in state.claims[-3:]):
        _dated_action(text, folded, s, state, language)


_CALLING = frozenset(fold(v) for v in _load("events.toml")["calling_verbs"])
_CALL_PURPOSE = re.compile(r"\s*,?\s*(?:para|to|por telefono|by phone|by telephone|on the phone)(?![0-9a-z])")


def _phone_call(text: str, folded: str, s: _Sentence, state: _State, language: str) -> set[int]:
    """ "El presidente Iván Duque llamó a Petro para felicitarlo", "Biden called Lula to congratulate
    him": calling a person named, for a purpose or by phone, is a call between them, not a request
    ("llamó a la calma") or a name given ("called it a disgrace"). The verbs it takes, by start."""
    taken: set[int] = set()
    for verb in s.verbs:
        if verb.phrase not in _CALLING or any(v.start < verb.start for v in s.verbs):
            continue  # "He said he had called Albanese to…": the call is what was said
        callee = _mention_at(s, verb.end, folded)
        caller = _subject_before(s, verb.start, folded)
        if callee is None or caller is None or callee.kind != "person":
            continue
        when = _TIME_WORDS.match(folded, callee.end)  # "called Lula on Monday to congratulate him"
        if not _CALL_PURPOSE.match(folded, when.end() - 1 if when else callee.end):
            continue
        clause = _CLAUSE_BREAK.search(folded, callee.end, s.end)
        end = _trimmed(folded, callee.end, clause.start() if clause else s.end)
        start = caller.start if caller.via != "carried" else verb.start
        state.last_event = _add(state, text, "event", start, end, language, content=text[start:end], event_type="call",
                                participants=list(dict.fromkeys([caller.key, callee.key])), channel="phone_call",
                                date_mention=_date_in(s, s.start, end, folded=folded))
        taken.add(verb.start)
    return taken


# -- helpers over one sentence -------------------------------------------------------------


def _trimmed(folded: str, floor: int, end: int, chars: str = " .;:!?") -> int:
    """A claim's end moved back over the spaces and stops that close its sentence, never before `floor`."""
    while end > floor and folded[end - 1] in chars:
        end -= 1
    return end


# A comma that closes an apposition before the verb, perhaps with its auxiliary ("…, had called").
_APPOSITION_END = re.compile(r",\s*(?:(?:had|has|have|would|ha|han|habia|habian)\s+)?$")


def _apposed(folded: str, speaker: Mention, verb_start: int) -> bool:
    """Only an apposition stands between the speaker and the verb ("Lee Jae-myung, the Democratic
    Party leader and Yoon's narrowly defeated rival in the 2022 presidential election, had
    called"): the claim starts at the speaker however long it is."""
    gap = folded[speaker.end:verb_start]
    return gap.startswith(",") and len(gap) <= 170 and _APPOSITION_END.search(gap) is not None \
        and not any(c in gap for c in ";:\"")


_LED_BY = re.compile(r"\s*[a-z]+(?:ada|ado|adas|ados|ida|ido|idas|idos|ed|en)\s+(?:por|by)\s")


_ANONYMOUS_HEAD = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["anonymous_heads"])
                             + r")\s+(?:de|del|of|from|en|in)\s+(?:[a-z]+\s+){0,5}$")
_ANONYMOUS_TAIL = re.compile(r"\s+(?:" + trie_pattern(_load("words.toml")["informant_nouns"]) + r")(?![0-9a-z])")
_INDEFINITE_BEFORE = re.compile(r"(?<![0-9a-z])(?:a|an|one|un|una)\s+(?:[a-z]+\s+)?$")  # "A senior US Navy official"


def _anonymous(folded: str, s: _Sentence, m: Mention) -> bool:
    """The mention only says where an unnamed speaker is from: "Un vecino de Centro Habana dijo",
    "A US Navy official … told reporters"."""
    return bool(_ANONYMOUS_HEAD.search(folded, max(s.start, m.start - 60), m.start)) or (
        bool(_INDEFINITE_BEFORE.search(folded, max(s.start, m.start - 16), m.start)) and bool(_ANONYMOUS_TAIL.match(folded, m.end)))


_MESSAGE_FROM = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["message_nouns"]) + r")\s+(?:from|by|de|del)\s+(?:(?:the|el|la)\s+)?$")


def _message_from(folded: str, s: _Sentence) -> Mention | None:
    """Who sent the message a nominal sentence announces ("A short statement from Buckingham
    Palace, just in.", "Un comunicado de la Casa Blanca:")."""
    return next((m for m in s.mentions if _MESSAGE_FROM.search(folded, max(s.start, m.start - 40), m.start)), None)


_ADDRESSING = frozenset(fold(v) for v in _load("attribution.toml")["en"]["request_verbs"] + ["told", "tells", "has told", "had told"])


def _subject_before(s: _Sentence, pos: int, folded: str | None = None) -> Mention | None:
    found = _subject_before_any(s, pos, folded)
    return None if found is not None and folded is not None and _anonymous(folded, s, found) else found


def _subject_before_any(s: _Sentence, pos: int, folded: str | None = None) -> Mention | None:
    before = [m for m in s.mentions if m.end <= pos]
    if folded is not None and _APPOSITION_END.search(folded, max(s.start, pos - 12), pos):
        # "Jamie Raskin, the panel's top Democrat, said": the name before the apposition speaks,
        # not a body named inside it.
        comma = folded.rfind(",", s.start, pos)
        opening = folded.rfind(",", s.start, comma)
        head = next((m for m in reversed(before) if m.end <= opening and not folded[m.end:opening].strip(" )")), None) \
            if opening > s.start else None
        inner = folded[opening + 1:comma] if opening > 0 else ""
        named = next((m for m in before if opening < m.start
                      and all(w in _TITLED_GAP_WORDS for w in folded[opening + 1:m.start].split())), None)  # ", Sir Keir Starmer,"
        # A role word opening the apposition is no one else (", spokesperson for António Guterres,").
        # "El Centro Democrático, el partido del expresidente Álvaro Uribe, ha anunciado": a body
        # the apposition describes as itself speaks, not the person named inside it.
        if head is not None and (head.kind == "person" or (named is not None and named.key == head.key)) \
                and head.role == "subject" and 0 < len(inner) <= 140 \
                and '"' not in inner and (named is None or named.kind != "person" or named.key == head.key
                                          or named.via == "descriptor") \
                and not any(c in inner for c in ";:"):
            return head
        # "La misión de la OEA, encabezada por el excanciller Heraldo Muñoz, señaló": who leads it
        # is named inside the apposition; the body before it speaks.
        if head is not None and 0 < len(inner) <= 110 and _LED_BY.match(inner) and not any(c in inner for c in ';:"'):
            return head
    # "He urged Congress to write … and said that …": whom a verb addresses does not speak.
    addressed = {m.start for m in before for v in s.verbs if v.phrase in _ADDRESSING and v.end <= m.start
                 and folded is not None and not folded[v.end:m.start].strip()}
    subjects = [m for m in before if m.role == "subject" and m.start not in addressed]
    if folded is not None and len(subjects) > 1 and _POSSESSIVE_AT.match(folded, subjects[-1].end):
        # "Boris Johnson said he would not pretend to regret Mr Mugabe's downfall but called it…":
        # a name in the possessive qualifies a noun; the sentence's subject before it goes on.
        subjects.pop()
    if subjects:
        return subjects[-1]
    return before[-1] if before else None


_POSSESSIVE_AT = re.compile(r'"s(?![0-9a-z])')  # folding makes "’" a '"'


def _mention_at(s: _Sentence, pos: int, folded: str, reach: int = 4) -> Mention | None:
    for i, m in enumerate(s.mentions):
        if pos <= m.start <= pos + reach and not folded[pos:m.start].strip(" ,"):
            return _titled_person(s, i, folded) or m
        if pos < m.start <= pos + reach + 4 and _ARTICLE_GAP.fullmatch(folded, pos, m.start):
            return _titled_person(s, i, folded) or m  # "informó el INE", "said the Office for…"
    return None


def _titled_person(s: _Sentence, i: int, folded: str) -> Mention | None:
    """ "said FIFA President Gianni Infantino", "said Spain head coach Jorge Vilda": a body or a
    country that only qualifies the title of the person named after it."""
    m = s.mentions[i]
    if m.kind == "person" or i + 1 >= len(s.mentions):
        return None
    nxt = s.mentions[i + 1]
    gap = folded[m.end:nxt.start].split()
    if nxt.kind == "person" and 1 <= len(gap) <= 3 and all(w in _TITLED_GAP_WORDS for w in gap):
        return nxt
    return None


_TITLED_GAP_WORDS = frozenset(fold(w) for words in _load("coreference.toml")["roles"].values() for phrase in words for w in phrase.split()) \
    | frozenset(fold(w) for w in _load("coreference.toml")["names"]["titles"]) | frozenset(_load("words.toml")["title_modifiers"])
_TIME_WORDS = re.compile(r"\s*(?:(?:" + "|".join(_load("words.toml")["time_words"]) + r"|[a-z]+day)\s+){1,3}")


_ADVERBIAL = re.compile(r"[^,.;:\"]{1,40}")
_ARTICLES = tuple(_load("words.toml")["definite_articles"])
_NAME_CONNECTORS = frozenset(_load("words.toml")["name_connectors"])


def _mention_after_time(s: _Sentence, pos: int, folded: str) -> Mention | None:
    """ "sostuvo este viernes la presidenta", "informó por la tarde el comandante", "escribió en X a
    media tarde el entonces presidente": the speaker after a time or channel phrase."""
    m = _TIME_WORDS.match(folded, pos)
    found = _mention_at(s, m.end(), folded) if m else None
    if found is None:
        # The phrase in between holds no comma, and the speaker is introduced by an article: "ha
        # dicho en una entrevista en Canal Red la ministra…" passes over the channel's name.
        found = next((x for x in s.mentions if pos < x.start <= pos + 45 and x.role == "subject"
                      and _ADVERBIAL.fullmatch(gap := folded[pos:x.start])
                      and (gap.split()[-1] in _ARTICLES or folded[x.start:x.end].split()[0] in _ARTICLES)), None)
    return found


def _mention_ending_at(s: _Sentence, pos: int, folded: str) -> Mention | None:
    for m in reversed(s.mentions):
        if m.end <= pos and not folded[m.end:pos].strip(" ,"):
            return m
    return None


def _clause_end(folded: str, start: int, end: int, lex: Lexicon, language: str) -> tuple[int, int | None]:
    """End of the clause that starts at `start`, and where a relative clause takes over."""
    segment = folded[start:end]
    cut = len(segment)
    relative: int | None = None
    for marker in lex.concessive:
        i = segment.find(marker)
        if 0 <= i < cut:
            cut = i
    for marker in _RELATIVE_CLAUSE.get(language, ()):
        i = segment.find(marker)
        if 0 <= i < cut:
            cut, relative = i, start + i + 2
    nested = lex.source_marker.search(segment) if lex.source_marker else None
    if nested and nested.start() > 0:
        j = segment.rfind(" y que", 0, nested.start())
        j = j if j >= 0 and nested.start() - j < 12 else segment.rfind(",", 0, nested.start())
        if 0 < j < cut:
            cut = j
    while cut > 0 and segment[cut - 1] in " ,.;:":
        cut -= 1
    return start + cut, relative


def _channel(folded: str, start: int, end: int, lex: Lexicon) -> str | None:
    m = lex.channels.search(folded, start, end) if lex.channels else None
    return lex.channel_names[_SPACES.sub(" ", m.group())] if m else None


_WORDS_DATA = _load("words.toml")
_ASIDE_OPENER = re.compile(r"\s*(?:(?:" + "|".join(_WORDS_DATA["relative_pronouns"]) + r")(?![0-9a-z])"
                           r"|(?!(?:" + "|".join(_WORDS_DATA["not_gerunds"]) + r")(?![0-9a-z]))[a-z]{2,}(?:ing|ando|iendo)(?![0-9a-z]))")


_SINCE = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_WORDS_DATA["since"]) + r")(?![0-9a-z])[^,;:.]*$")


_RELATIVE_PRONOUNS = frozenset(_WORDS_DATA["relative_pronouns"])


def _in_aside(folded: str, start: int, pos: int, verbs: list[_Match]) -> bool:
    """The date sits in a relative or gerund clause set off by a comma after `start`: "afirmó Noboa,
    que asumió el poder a finales de noviembre", "Biden said, urging voters to … in November". A
    verb of saying after the clause's first word ends it: "In Washington, acting State Department
    spokesman Mark Toner said late on Thursday" tells when he said it."""
    cut = folded.rfind(",", start, pos)
    opener = _ASIDE_OPENER.match(folded, cut + 1) if cut > start else None
    if opener is None:
        return False
    # A relative clause holds its own verbs ("Kenyatta, who had been declared the winner on Aug. 11,
    # said…"): only a gerund's aside is ended by a verb of saying.
    gerund = opener.group().strip() not in _RELATIVE_PRONOUNS
    return not (gerund and any(opener.end() <= v.start and v.end <= pos for v in verbs))


def _date_in(s: _Sentence, start: int, end: int, exclude: tuple[int, int] | None = None,
             folded: str | None = None, asides: bool = True) -> DateMention | None:
    """The first date in the range; a week-level or vague one ("last week", "recently") only when
    nothing more precise is there. With the text, dates in a relative or gerund clause are
    someone else's story, not the claim's day, and a date after "since" is where a stretch began."""
    vague = None
    for d in s.dates:
        if folded is not None and ((asides and _in_aside(folded, start, d.start, s.verbs))
                                   or _SINCE.search(folded, max(s.start, d.start - 30), d.start)):
            continue
        if start <= d.start and d.end <= end and not (exclude and exclude[0] <= d.start < exclude[1]):
            if d.precision != "approximate":
                return d
            vague = vague or d
    return vague


def _add(state: _State, text: str, kind: str, start: int, end: int, language: str, **fields) -> Claim:
    date = fields.pop("date_mention", None)
    if date is None and kind == "quote" and state.interview_day is not None and state.interviewee is not None \
            and fields.get("speaker") == state.interviewee[0]:
        date = state.interview_day  # an answer in the interview, spoken on the day it took place
    vague = date is not None and date.precision == "approximate"
    if vague:
        date = None  # "said last week", "had spent the previous weeks": no day of its own (README: null)
    claim = Claim(
        id="",
        kind=kind,
        text=text[start:end],
        span=(start, end),
        language=language,
        date=date.value if date else None,
        date_precision=date.precision if date and date.value else None,
        **fields,
    )
    state.claims.append(claim)
    if vague:
        state.undated.add(id(claim))
    return claim


FRAMING_WORDS = 25


def _framing(text: str, s: _Sentence) -> tuple[str, str, int] | None:
    """A short sentence that reported nobody's words and names one person ("Turno de Gustavo Petro,
    en su puesto de votación del centro de Bogotá.", "Hernández reconoce la derrota en un video.",
    "Sheinbaum llegó a Palacio Nacional."): the person, and where the sentence ends."""
    if s.quotes or len(text[s.start:s.end].split()) > FRAMING_WORDS:
        return None
    people = {m.key: m for m in s.mentions if m.kind == "person"}
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    return person.key, person.name, s.end


def _framed(state: _State, text: str, s: _Sentence) -> Mention | None:
    """The quote right after a framing sentence, in its paragraph, is the framed person's
    ("… rodeado de cámaras y de simpatizantes. «Hoy Colombia puede escribir…», dijo a la prensa")."""
    if state.framing is None:
        return None
    key, name, end = state.framing
    if text[end:s.start].strip(" .") or "\n" in text[end:s.start]:
        return None
    return Mention(s.start, s.start, key, name, "person", "carried")


_IT = re.compile(r"(?<![0-9a-z])it\s+(?:had\s+|has\s+|also\s+)?$")


def _it_body(state: _State, folded: str, s: _Sentence, pos: int) -> Mention | None:
    """ "In a post on Twitter, it said…", "It urged residents…": "it" right before a verb of
    saying is the body named last."""
    it = _IT.search(folded, max(s.start, pos - 16), pos) if state.last_body is not None else None
    if it is None:
        return None
    key, name, kind = state.last_body
    return Mention(it.start(), it.start() + 2, key, name, kind, "pronoun")


NAMED_REACH = 300  # characters after a person is named within which they may be the first to speak


def _carried(state: _State, pos: int, person: bool = False) -> Mention | None:
    """Spanish drops the subject ("«…», añadió", "Aseguró que …"): the last speaker goes on speaking."""
    last = state.last_person if person else state.last_speaker
    if person and state.last_named is not None and state.named_plainly and state.named_at > state.person_at \
            and 0 <= pos - state.named_at <= NAMED_REACH:
        # Someone named since the last words given ("Costa se reunió con el jefe del Estado.\n«La
        # dignidad de las funciones…», afirmó"; "El jueves, el mismo magistrado Rothschuh había
        # comparecido… «A esta hora…», afirmó entonces") is who speaks next.
        last = state.last_named
    if last is None:
        return None
    key, name = last
    return Mention(pos, pos, key, name, "person", "carried")


_CONTINUING = frozenset(fold(v) for language in ("es", "en") for v in _load("attribution.toml")[language]["continuation"])


def _continuing(state: _State, folded: str, speaker: Mention | None, verb: _Match) -> Mention | None:
    """ "He said Kim had told him that… Sanctions, he added, would remain": a bare pronoun that goes
    on ("added", "añadió") is the one who was speaking, not the last person named in what was said."""
    if speaker is None or speaker.via != "pronoun" or verb.phrase not in _CONTINUING or state.last_person is None:
        return speaker
    key, name = state.last_person
    pronoun = folded[speaker.start:speaker.end].strip()
    wanted, known = gender_of([pronoun]), first_name_gender(name)
    if key == speaker.key or pronoun not in BARE_PRONOUNS or (wanted and known and wanted != known):
        return speaker
    return Mention(speaker.start, speaker.end, key, name, "person", "pronoun")


def _speaking(state: _State, speaker: Mention) -> None:
    state.last_speaker = (speaker.key, speaker.name)
    state.kinds.setdefault(speaker.key, speaker.kind)
    if speaker.kind == "person":
        state.last_person = (speaker.key, speaker.name)
        state.person_at = max(state.person_at, speaker.start)


_LEADING_WORDS = (frozenset(fold(w) for w in _load("words.toml")["not_name_start"]) | frozenset(_load("words.toml")["clitics_and_conjunctions"])
                  | frozenset(_load("words.toml")["leading_adjuncts"])) - frozenset(fold(w) for w in _load("words.toml")["vague_groups"])
_VAGUE_AFTER = re.compile(r"\s+(?:(?:" + "|".join(_load("words.toml")["determiners"]) + r")\s+)?(?:"
                          + "|".join(sorted({fold(w) for w in _load("words.toml")["vague_groups"]}, key=len, reverse=True))
                          + r")(?![0-9a-z])")
_ANONYMOUS_AFTER = {lang: re.compile(r"\s+(?:" + "|".join(words) + r")\s+(?!(?:vez|time)\b)")
                    for lang, words in _load("words.toml")["indefinite"].items()}


_TIME_WORD_SET = frozenset(_load("words.toml")["time_words"])
_CORRECTIVE = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["corrective"]) + r")(?![0-9a-z])")


def _dropped_subject(folded: str, s: _Sentence, pos: int) -> bool:
    """The event verb opens its sentence, with at most a time phrase before it ("Habló después con",
    "El domingo por la mañana había difundido"): its subject was dropped."""
    before = re.findall(r"[0-9a-z]+", folded[s.start:pos])
    return len(before) <= 6 and not [m for m in s.mentions if m.end <= pos] \
        and all(w in _LEADING_WORDS or w in _TIME_WORD_SET or w in _AUXILIARY_SET for w in before)


def _dropped(state: _State, text: str, folded: str, s: _Sentence, verb: _Match) -> Mention | None:
    """The speaker carried over to a verb whose subject is dropped ("Al día siguiente, durante su
    visita, reconoció que hubo «carencias»"), as a statement's is, or joined to a verb that opens
    the sentence so ("En su primer discurso, convocó a un gran acuerdo y aseguró que…")."""
    if _leads_sentence(folded, s, verb.start) or _joined_to_leading_verb(text, folded, s, verb.start):
        return _carried(state, verb.start)
    return None


def _joined_to_leading_verb(text: str, folded: str, s: _Sentence, pos: int) -> bool:
    """A Spanish preterite opens the sentence (after a preposed adjunct, if any), and the verb is
    joined to it by "y" in the same clause, with nobody named between."""
    if any(m.end <= pos for m in s.mentions):
        return False
    lead = _JOINED_LEAD.match(folded, s.start, pos)
    if lead is None:
        return False
    verb_end = lead.end("verb")
    return text[verb_end - 1] in "óÓ" or lead.group("verb").endswith(("aron", "ieron"))


def _leads_sentence(folded: str, s: _Sentence, pos: int) -> bool:
    """The verb opens its sentence with a dropped subject ("Aseguró que", "También prometió"):
    only connectives and clitics stand before it. "Analysts said" has a subject, just not a
    named one, so nobody's words are carried over to it."""
    if any(m.end <= pos for m in s.mentions):
        return False
    before = re.findall(r"[0-9a-z]+", folded[s.start:pos])
    # "En su primer discurso como presidente electo, convocó…", "En su intervención ante el plenario,
    # el lunes, advirtió…": a preposed adjunct set off by commas, then the verb.
    return (len(before) <= 3 and all(w in _LEADING_WORDS for w in before)) or _PREPOSED_ADJUNCT.match(folded, s.start, pos) is not None


_ADJUNCTS = _load("words.toml")["preposed_adjuncts"]
_PREPOSED_ADJUNCT = re.compile(rf"\s*(?:(?:{trie_pattern(_ADJUNCTS['openers_es'] + _ADJUNCTS['openers_en'])})"
                               rf"(?![0-9a-z])[^,;:.\"«»“”]{{0,80}},\s*)+(?:(?:{trie_pattern(_ADJUNCTS['adverbs'])})\s+)?$")
_JOINED_LEAD = re.compile(rf"\s*(?:(?:{trie_pattern(_ADJUNCTS['openers_es'])})(?![0-9a-z])[^,;:.\"«»“”]{{0,80}},\s*)*"
                          rf"(?:(?:{trie_pattern(_ADJUNCTS['joined_adverbs_es'])})\s+)?(?P<verb>[a-z]{{3,}})\s[^,;:.]{{0,120}}\s(?:y|e)\s+$")
_SHARED_BODY = re.compile(r"(?:" + "|".join(re.escape(w) for w in _load("words.toml")["shared_body_heads"]) + r")(?![0-9a-z])")
_COUNTRY_NAMES = phrase_pattern(_load("countries.toml")["names"])
_COUNTRY_SET = frozenset(_load("countries.toml")["names"])
_SIGNAL_COUNTRY = {fold(w): (es, data["en"]) for es, data in _load("countries.toml")["story_signals"].items()
                   for w in data["words"]}
_STORY_SIGNALS = phrase_pattern(list(_SIGNAL_COUNTRY))
_SUPRANATIONAL = phrase_pattern(_load("words.toml")["supranational_words"])
_BARE_GOVERNMENTS = frozenset(fold(w) for w in _load("words.toml")["bare_government_names"])


def _qualify_shared_bodies(claims: list[Claim], text: str, folded: str, index: EntityIndex) -> None:
    """ "El Ministerio del Interior no precisó…" in a story about Ecuador is Ecuador's ministry:
    an unregistered body whose name many countries share takes the country the article is plainly
    about (named at least twice, and half as often again as any other), as written in it. "El
    Gobierno", with no country, is the government of the country named most (at least twice)."""
    for c in claims:
        if c.speaker and c.speaker not in index.entities and c.speaker_name and fold(c.speaker_name) in _COUNTRY_SET:
            # "Honduras pidió…", "según el Gobierno" after "Chile": the country speaks through its
            # government, named as the README names metonyms ("Gobierno de Chile").
            c.speaker = c.speaker_name = (f"Gobierno de {c.speaker_name}" if c.language == "es"
                                          else f"Government of {c.speaker_name}")
    bare = [c for c in claims if c.speaker and c.speaker not in index.entities and c.speaker_name
            and fold(c.speaker_name).strip() in _BARE_GOVERNMENTS]
    shared = [c for c in claims if c.speaker and c.speaker not in index.entities and c.speaker_name
              and _SHARED_BODY.match(fold(c.speaker_name)) and "(" not in c.speaker_name] + bare
    # "la Presidencia de la República informó…" in a story about Portugal: a name many countries
    # give their bodies, registered for one of them, is not that one's where another country is
    # plainly the story's.
    generic = {id(c): alias for c in claims if (alias := _generic_alias(c, index)) is not None}
    if not (shared or generic) or _COUNTRY_NAMES is None:
        return
    counts: dict[str, int] = {}
    written: dict[str, str] = {}
    # The patterns let a run of spaces stand for one ("Buenos  Aires"); the names are looked up
    # with single spaces, as they are written in the data.
    for m in _COUNTRY_NAMES.finditer(folded):
        found = " ".join(m.group().split())
        counts[found] = counts.get(found, 0) + 1
        written.setdefault(found, text[m.start():m.end()])
    language = claims[0].language if claims else "es"
    for m in _STORY_SIGNALS.finditer(folded):
        # "ecuatorianos", "Quito": the country of the story, named as the article's language names it.
        name = _SIGNAL_COUNTRY[" ".join(m.group().split())][0 if language == "es" else 1]
        counts[fold(name)] = counts.get(fold(name), 0) + 1
        written.setdefault(fold(name), name)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
        return
    plainly = len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]
    country = ranked[0][0]
    for c in claims:
        entity = index.get(c.speaker)
        if plainly and id(c) in generic and entity is not None \
                and country not in fold(" ".join([entity.name, *entity.aliases, *entity.descriptors])):
            alias = generic[id(c)]
            c.speaker = c.speaker_name = f"{alias[:1].upper()}{alias[1:]} ({written[country]})"
    for c in shared:
        if not plainly and c not in bare:
            continue  # a ministry many countries have needs the country the story is plainly about
        if c in bare:
            # "El Gobierno Nacional informó…", "el Ejecutivo no ha explicado…": the government of it.
            c.speaker = c.speaker_name = (f"Gobierno de {written[country]}" if c.language == "es"
                                          else f"Government of {written[country]}")
        elif _COUNTRY_NAMES.search(fold(c.speaker_name)) is None and _SUPRANATIONAL.search(fold(c.speaker_name)) is None:
            c.speaker = c.speaker_name = f"{c.speaker_name} ({written[country]})"


def _generic_alias(claim: Claim, index: EntityIndex) -> str | None:
    """The generic name a registered speaker is named by in the claim ("Presidencia de la
    República", "la Cancillería"), as written, if it is one many countries use (words.toml)."""
    entity = index.get(claim.speaker)
    names = _generic_names(entity.aliases) if entity is not None else ()
    if not names:
        return None
    folded = fold(claim.text)
    for name in names:
        if (i := folded.find(name)) >= 0:
            return re.sub(r"^(?:el|la|los|las|the)\s+", "", claim.text[i:i + len(name)], flags=re.I)
    return None


@lru_cache(maxsize=None)
def _generic_names(aliases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name for name in (fold(a) for a in aliases) if name in _GENERIC_ALIASES)


_GENERIC_ALIASES = frozenset(fold(w) for w in _load("words.toml")["generic_aliases"])


def _within(starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _speaker_fields(m: Mention | None) -> dict:
    return {"speaker": m.key, "speaker_name": m.name} if m else {}


# -- claim kinds ---------------------------------------------------------------------------


def _quote_claim(
    text: str, folded: str, s: _Sentence, q: Quote, lex: Lexicon, state: _State, language: str, used: set[int]
) -> None:
    before = [v for v in s.verbs if v.end <= q.start]
    # "WikiLeaks confirmed it in a post on X: "…." McAleenan said the deal…": a colon gives the
    # quote its attribution; the verb after it belongs to the next sentence.
    colon = text[s.start:q.start].rstrip().endswith(":")
    introduced = bool(before) and colon
    # "…un «punto y aparte», y se comprometió a…": a verb coordinated after the quote goes on with
    # what was said; it does not attribute it.
    after = [] if introduced else [v for v in s.verbs if q.end <= v.start <= q.end + 70 and _attribution_gap(text, s, q.end, v.start)
                                   and not _goes_on(folded, q.end, v.start)]
    speaker: Mention | None = None
    verb: _Match | None = None
    if after and _ANONYMOUS_AFTER["es" if language == "es" else "en"].match(folded, after[0].end) \
            and not any(q.end <= m.start and m.end <= after[0].start for m in s.mentions):
        return  # "—Perdimos todo —dice una vecina que…": an unnamed speaker's words are no claim
    if after:
        verb = after[0]
        # "“…?” Vance asked the Ukrainian leader": a name between the quote and the verb is its
        # subject; what follows the verb is then its object.
        # With an apposition ("”, Alice Weidel, co-leader of the AfD, said") the first person named is.
        named = next((m for m in s.mentions if q.end <= m.start and m.end <= verb.start and m.kind == "person"), None) \
            or _mention_ending_at(s, verb.start, folded)
        named = named if named is not None and named.start >= q.end else None
        # "‘…,’ the statement said": the document speaks for whoever the story said issued it, not
        # for the body its generic phrase would stand for.
        named = _document_before(state, folded, q.end, verb.start) or named
        # "—Es una amenaza… tendrá que negociar —advierte—": an answer's own attribution names nobody;
        # the interviewee says it, not a person named inside the answer.
        answering = state.interviewee is not None and text[q.start:q.start + 1] in "—―" \
            and (q.start == 0 or text[q.start - 1] == "\n")
        speaker = (named or _mention_at(s, verb.end, folded) or _document_after(state, folded, verb.end)
                   or _mention_ending_at(s, verb.start, folded)
                   or _mention_after_time(s, verb.end, folded)
                   or (Mention(q.start, q.start, *state.interviewee, "person", "carried") if answering else None)
                   or _subject_before(s, q.start)
                   or _framed(state, text, s) or _it_body(state, folded, s, verb.start)
                   or _carried(state, verb.start, person=True))
        speaker = _continuing(state, folded, speaker, verb)
    elif before and q in s.fragments:
        # The fragment ends what the sentence's first attribution reports ("Cheatle told ABC News
        # that agents had not been posted … a “sloped roof”"), whatever verbs come between.
        verb = before[0]
        speaker = _subject_before(s, verb.start, folded) or _mention_at(s, verb.end, folded, reach=6) \
            or _dropped(state, text, folded, s, verb)
    elif before:
        verb = before[-1]
        # "He endorsed Kamala Harris in a post, calling his choice of her…": a participle goes on
        # with the subject of the saying before it ("…, he said in a statement, describing…"), or
        # with the main clause's, not with whom the clause before it names last.
        main = None
        if verb.phrase in lex.participles:
            saying = [v for v in before if v.phrase not in lex.participles]
            main = _subject_before(s, saying[-1].start, folded) if saying else \
                next((m for m in s.mentions if m.end <= verb.start and m.role == "subject"), None)
        if main is None and len(before) > 1 and _AND_BEFORE.search(folded, max(s.start, verb.start - 8), verb.start):
            # "González … agradeció que Rosselló escuchara los reclamos y pidió «paz y sosiego»": a
            # verb coordinated with no subject of its own goes on with the first verb's subject.
            main = _subject_before(s, before[0].start, folded)
        if main is None and len(before) > 1 and verb.phrase in lex.requests and before[0].phrase not in lex.requests \
                and _THAT_AFTER.match(folded, before[0].end):
            # "Ebrard anunció que Morales le había pedido asilo … y que México había decidido
            # concedérselo «por razones humanitarias»": a request told inside what the first verb
            # reports does not take the quote from the one reporting it.
            main = _subject_before(s, before[0].start, folded)
        speaker = main or _document_before(state, folded, s.start, verb.start) or _subject_before(s, verb.start, folded) \
            or _mention_at(s, verb.end, folded, reach=6) or _dropped(state, text, folded, s, verb)
    outer = text[s.start:s.end].strip(" .\"'“”«»—-")
    quoted = text[q.inner_start:q.inner_end].strip(" .\"'“”«»—-")
    answer = _interview_answer(text, q, state) if speaker is None and verb is None else None
    if answer is not None:
        # "—¿Por qué ahora?\n—Las vacunas no fallaron…": an answer with no attribution is the
        # interviewee's, whoever was named last.
        _speaking(state, answer)
        _add(state, text, "quote", q.start, q.end, language, quote=q.words(text), content=q.words(text),
             channel=_channel(folded, s.start, s.end, lex), date_mention=_date_in(s, s.start, s.end, (q.start, q.end)),
             **_speaker_fields(answer))
        return
    if speaker is None and verb is None and len(quoted) >= 0.6 * len(outer) and state.last_speaker:
        key, name = state.last_speaker  # a quote on its own, speaker named just before
        _add(state, text, "quote", q.start, q.end, language, speaker=key, speaker_name=name,
             quote=q.words(text), content=q.words(text), channel=_channel(folded, s.start, s.end, lex),
             date_mention=_date_in(s, s.start, s.end, (q.start, q.end)))
        return
    if speaker is None and verb is None and colon:
        # "Después arremetió contra el kirchnerismo: “Somos la verdadera oposición”", "the prime
        # minister put it plainly: “I'm human…”": a colon gives the quote to the sentence's subject,
        # whatever its verb.
        opening = next((m for m in s.mentions if m.start < q.start and m.role == "subject"
                        and (len(folded[s.start:m.start].split()) <= 3 or folded[s.start:m.start].rstrip().endswith(","))), None)
        subject = opening or (_carried(state, q.start, person=True) if language == "es" else None)
        if subject is not None and subject.kind == "person" and not subject.quoted:
            start = subject.start if subject.via != "carried" else s.start
            _speaking(state, subject)
            _add(state, text, "quote", start, q.end, language, quote=q.words(text), content=q.words(text),
                 channel=_channel(folded, s.start, s.end, lex), date_mention=_date_in(s, s.start, s.end, (q.start, q.end), folded),
                 **_speaker_fields(subject))
        return
    if speaker is None or verb is None:
        return
    used.add(verb.start)
    if verb.start >= q.end:
        start, end = q.start, max(verb.end, speaker.end if speaker.start >= verb.end else verb.end)
    else:
        start = speaker.start if 0 <= verb.start - speaker.end <= 60 or _apposed(folded, speaker, verb.start) else verb.start
        end = _quote_clause_end(folded, q.end, s.end, lex, language)
        # "… ha calificado de “digno” el acto y ha descrito como “muy respetuosa” la actitud…": a
        # verb of saying coordinated after the quote opens the next claim.
        end = next((_trimmed(folded, q.end, j.start()) for v in s.verbs if q.end < v.start < end
                    for j in [_AND_BEFORE.search(folded, max(q.end, v.start - 12), v.start)] if j), end)
    _speaking(state, speaker)
    channel = _channel(folded, verb.end, q.start, lex) if verb.end <= q.start else _channel(folded, q.end, s.end, lex)
    # "Elwell told reporters later in the day that “it became clear” that the jet behaved like the
    # plane lost in October": the day is the saying's, not one inside what was reported.
    reported = _complement_start(folded, verb, s.end, language, lex) if verb.end <= q.start else None
    date = _date_in(s, s.start, reported, folded=folded) if reported is not None and reported <= q.start \
        else _date_in(s, s.start, s.end, (q.start, q.end), folded)
    claim = _add(state, text, "quote", start, end, language, quote=q.words(text), content=q.words(text),
         channel=channel, date_mention=date, **_speaker_fields(speaker))
    _mark_perfect(state, claim, folded, s, verb.start, verb.phrase)


def _interview_answer(text: str, q: Quote, state: _State) -> Mention | None:
    """The interviewee, when the quote is a dialogue line that answers the question in the
    paragraph before it: the person the introduction says the outlet spoke with, else the person
    whose words the article has reported most (the lead names the interviewee and what they say),
    the earliest of them on a tie."""
    if text[q.start:q.start + 1] not in "—―" or (q.start > 0 and text[q.start - 1] != "\n"):
        return None
    line_end = text.find("\n", q.start)
    if state.interviewee is not None and not is_question_line(text, q.start, line_end if line_end >= 0 else len(text)):
        key, name = state.interviewee  # every answer of the interview, whatever the question looked like
        return Mention(q.start, q.start, key, name, "person", "carried")
    prev_end = q.start - 1
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    if prev_end <= 0 or not is_question_line(text, prev_start, prev_end):
        return None
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for claim in state.claims:
        if claim.speaker and state.kinds.get(claim.speaker) == "person":
            counts[claim.speaker] = counts.get(claim.speaker, 0) + 1
            names.setdefault(claim.speaker, claim.speaker_name or claim.speaker)
    if not counts:
        return None
    key = max(counts, key=lambda k: counts[k])  # dicts keep order: the earliest wins a tie
    return Mention(q.start, q.start, key, names[key], "person", "carried")


_TITLE_WORDS = "|".join(sorted((re.escape(w) for w in _load("coreference.toml")["names"]["titles"] if " " not in w), key=len, reverse=True))
# "”, U.N. climate chief Simon Stiell said", "”, the European Union's climate commissioner, Wopke
# Hoekstra, told": lower-case titles, and one word qualifying a title, belong to the speaker's name.
_TITLED_GAP = re.compile(r"[\s,.;:\-\u2014\u2013\"'”’»]*(?:(?:[A-ZÁÉÍÓÚÑ][\w.'’\-]*|of|the|de|del|la|el|and|y|['’]s"
                         rf"|(?:{_TITLE_WORDS})(?![\w-])|[a-z]+(?=\s+(?:{_TITLE_WORDS})(?![\w-])))\s*){{0,6}}"
                         # "”, Alice Weidel, co-leader of the far-right AfD, said": an apposition
                         r"(?:,[^,.;:“”«»\"]{1,80},\s*)?")


def _attribution_gap(text: str, s: _Sentence, quote_end: int, verb_start: int) -> bool:
    """Only punctuation, and perhaps the speaker with titles, between a quote and its verb:
    "”, dijo", "," López dijo", "," WHO Director-General Tedros said"."""
    gap = text[quote_end:verb_start]
    for m in s.mentions:
        if quote_end <= m.start and m.end <= verb_start:
            gap = gap.replace(text[m.start:m.end], "")
    # The comma, question or exclamation mark that closes the quoted words may sit inside the marks.
    closed = text[quote_end - 2:quote_end].rstrip("”»\"'’›")[-1:] in (",", "?", "!")
    return _TITLED_GAP.fullmatch(gap) is not None and (closed or re.search(r"[,\-\u2014]", gap) is not None or not gap.strip())


def _quote_clause_end(folded: str, quote_end: int, sentence_end: int, lex: Lexicon, language: str) -> int:
    """A quoted phrase inside a clause keeps the words that finish it ("… “atacar por tierra” a los cárteles");
    a quote whose own last sentence ends inside its marks ("… this morning."") ends the claim."""
    if folded[quote_end - 2:quote_end - 1] in (".", "!", "?"):
        return quote_end
    end, _ = _clause_end(folded, quote_end, sentence_end, lex, language)
    comma = folded.find(",", quote_end, end)
    return comma if comma >= 0 else end


def _statement_claim(
    text: str, folded: str, s: _Sentence, verb: _Match, lex: Lexicon, state: _State, language: str
) -> None:
    if any(c.span[0] < verb.start < c.span[1] for c in state.claims if c.span[0] >= s.start):
        return  # "X sostuvo que … y advirtió que …": one claim, from the first attribution to the end
    quoted = next((c for c in reversed(state.claims) if c.kind == "quote" and c.span[0] >= s.start
                   and 0 <= verb.start - c.span[1] <= 12), None)
    if quoted is not None and _goes_on(folded, s.start, verb.start):
        # "…sino un «punto y aparte», y se comprometió a encabezar…": the same speaker goes on; one
        # claim to the end of the sentence (README, dev9).
        end = _trimmed(folded, verb.end, s.end)
        quoted.span, quoted.text = (quoted.span[0], end), text[quoted.span[0]:end]
        return
    if _NEGATED.search(folded, max(s.start, verb.start - 8), verb.start) or (verb.phrase not in lex.participles and any(
            a.start <= verb.start and verb.start - a.end <= 60 for a in s.absences)):
        return  # "no dijo", "Ni la Presidencia ni la Casa Blanca precisaron": an absence, not a statement
    if _PASSIVE_BEFORE.search(folded, max(s.start, verb.start - 12), verb.start):
        return  # "the WHO was criticised for…": done to the subject, not said by it
    if _parenthetical(text, folded, s, verb, lex, state, language):
        return
    speaker = _mention_at(s, verb.end, folded) if _postposed(folded, s, verb) else None
    if speaker is not None or _postposed(folded, s, verb):
        # "El acuerdo no existe, dijo López." / "The tariffs are unfair, Sheinbaum said."
        speaker = speaker or _mention_ending_at(s, verb.start, folded)
        if speaker is None:
            return
        content_end = (speaker.start if speaker.end <= verb.start else verb.start)
        content_end = folded.rfind(",", s.start, content_end)
        if content_end <= s.start:
            return
        content_start = s.start
        if _quoted_within(state, s, content_start, content_end):
            return
        end = max(verb.end, speaker.end)
        claim = _add(state, text, "statement", content_start, end, language, content=text[content_start:content_end],
             date_mention=_date_in(s, s.start, s.end, folded=folded), channel=_channel(folded, s.start, s.end, lex),
             **_speaker_fields(speaker))
        _mark_perfect(state, claim, folded, s, verb.start, verb.phrase)
        _speaking(state, speaker)
        return
    speaker = _continuing(state, folded, _subject_before(s, verb.start, folded), verb) or _it_body(state, folded, s, verb.start)
    joined = _coordinated_subject(folded, s, speaker.end if speaker is not None else s.start, verb.start)
    if joined is not None:
        speaker = joined[1]
    speaker = speaker or _dropped(state, text, folded, s, verb)
    # "Biden felicitó a Sheinbaum en un comunicado en el que dijo que …": the main clause's subject
    # says it, and the claim runs from there.
    within = _IN_WHICH.search(folded, s.start, verb.start)
    main = next((m for m in s.mentions if m.role == "subject" and m.end <= within.start()), None) if within else None
    speaker = main or speaker
    if speaker is None:
        return
    content_start = _complement_start(folded, verb, s.end, language, lex)
    addressee = _mention_at(s, verb.end, folded) if verb.phrase in lex.requests else None
    if content_start is None and addressee is not None and folded.startswith(" to ", addressee.end):
        content_start = addressee.end + 1  # "called on Macron to dissolve …"
    asked = _EN_ASKED_TO.match(folded, verb.end) if content_start is None and language != "es" and verb.phrase in lex.requests \
        and not _RELATIVE_BEFORE.search(folded, max(s.start, verb.start - 8), verb.start) else None
    if asked is not None:
        content_start = asked.start(1)  # "urged residents (on Tuesday) to stock up on water": what they were asked
    if content_start is None:
        return
    content_end, relative = _clause_end(folded, content_start, s.end, lex, language)
    clause_end = content_end
    content_end = _own_clause(folded, s, content_start, content_end, speaker)
    if content_end - content_start < 12:
        return
    if _quoted_within(state, s, content_start, content_end):
        return  # the quote claim covers it
    start = speaker.start if (0 <= verb.start - speaker.end <= 80 or main or _apposed(folded, speaker, verb.start)) \
        and speaker.via != "carried" else verb.start
    if verb.phrase in lex.participles:
        start = verb.start  # "…,” Roberts wrote, adding that …": the quote claim holds the speaker
    aside = _RELATIVE_VERB.search(folded, max(s.start, speaker.end), verb.start) if speaker.via != "carried" else None
    if aside is not None and aside.end() == verb.start:
        # "Washington, which argued during the hearings that …, had not commented": the statement is
        # the relative clause; the main clause after its closing comma is a claim of its own.
        start = aside.start(1)
        for comma in (i for i in range(content_start, content_end) if folded[i] == ","):
            visible = NON_SPACE.search(folded, comma + 1)
            nxt = visible.start() if visible else len(folded)
            if any(m.start == nxt for m in s.verbs + s.absences + s.triggers):
                content_end = comma
                break
    channel = _channel(folded, verb.end, content_start, lex) or _channel(folded, s.start, verb.start, lex)
    # The statement's date is when it was made (the attribution's date), not a date inside what was said.
    # A clause joined before the verb tells its own day: "abdicó en junio de 2014, …, y en mayo de
    # 2019 anunció que…" was said in May 2019.
    joined_at = max((m.end() for m in _JOINED_BEFORE.finditer(folded, s.start, verb.start)), default=None)
    date = (_date_in(s, joined_at, content_start, folded=folded) if joined_at is not None else None) \
        or _date_in(s, s.start, content_start, folded=folded) or (
        _date_in(s, content_end, s.end, folded=folded) if aside is None and content_end == clause_end else None)
    claim = _add(state, text, "statement", start, content_end, language, content=text[content_start:content_end],
         channel=channel, date_mention=date, **_speaker_fields(speaker))
    _mark_perfect(state, claim, folded, s, verb.start, verb.phrase)
    _speaking(state, speaker)
    if relative is not None:
        rel_end, _ = _clause_end(folded, relative, s.end, lex, language)
        # "…siguiendo instrucciones de la presidenta Claudia Sheinbaum, quien días antes había
        # solicitado…": the relative clause is its antecedent's, the person named right before it.
        antecedent = next((m for m in reversed(s.mentions) if m.end <= relative and m.kind == "person"
                           and not folded[m.end:relative - 2].strip(" ,")), None)
        if rel_end - relative >= 12:
            _add(state, text, "statement", relative, rel_end, language, content=text[relative:rel_end],
                 channel=channel, date_mention=_date_in(s, relative, rel_end), **_speaker_fields(antecedent or speaker))


def _coordinated_subject(folded: str, s: _Sentence, start: int, pos: int) -> tuple[int, Mention] | None:
    """Where a coordinated clause whose subject stands right before `pos` begins, and that subject:
    "Brasília has promised 50 billion reais, and the finance minister, Fernando Haddad, announced…"
    (a mention after ", and" is marked an object, as in "met A and B")."""
    joins = list(_COORDINATED.finditer(folded, start, pos))
    if not joins:
        return None
    subject = _mention_ending_at(s, pos, folded)
    return (joins[-1].start(), subject) if subject is not None and subject.start >= joins[-1].end() \
        and subject.kind != "place" else None


def _own_clause(folded: str, s: _Sentence, start: int, end: int, speaker: Mention) -> int:
    """A coordinated clause in which someone else says something is another claim ("…, and he
    described relations as restored" goes on with the same speaker)."""
    for verb in s.verbs:
        if start < verb.start < end and (joined := _coordinated_subject(folded, s, start, verb.start)) is not None \
                and joined[1].key != speaker.key:
            return joined[0]
    return end


def _parenthetical(text: str, folded: str, s: _Sentence, verb: _Match, lex: Lexicon, state: _State, language: str) -> bool:
    """An attribution set off by commas inside the sentence: "The fund, she explained, is a separate
    pot of money", "La economía, dijo el ministro, crecerá": the whole sentence is the statement."""
    before = _mention_ending_at(s, verb.start, folded)
    if before is not None and language == "es" and "," in folded[before.end:verb.start] \
            and not folded[s.start:before.start].rstrip().endswith(","):
        # "El BCE, dijo, no toma posición": the body is what is said of, and the speaker is dropped;
        # "El ministro de Economía, Luis Caputo, anunció" names the speaker in apposition.
        before = None
    inverted = _mention_at(s, verb.end, folded) if before is None else None
    speaker = _continuing(state, folded, before or inverted, verb)
    dropped = speaker is None and language == "es" and folded[s.start:verb.start].rstrip().endswith(",")
    if dropped:
        # "No existen precedentes, argumentó, de que…": Spanish drops the subject of the attribution
        # set off by commas; the one who was speaking goes on.
        speaker = _carried(state, verb.start)
    if speaker is None:
        return False
    left, right = (speaker.start, verb.end) if before is not None else (verb.start, verb.end if dropped else speaker.end)
    opening = folded[s.start:left].rstrip()
    comma = folded.find(",", right, s.end)
    # "A few of them, she said later with a laugh, had voted…": a short adjunct of the saying may
    # follow it inside the commas.
    if not opening.endswith(",") or comma < 0 or len(folded[right:comma].split()) > 4 \
            or _THAT["es" if language == "es" else "en"].search(folded, right, comma):
        return False
    right = comma
    head = opening[:-1].strip()
    # One word is a head only when it is a plain noun ("Sanctions, he added, would remain in force"),
    # not a name, a greeting or an adverb ("Yes, she said, …").
    lone = len(head.split()) == 1 and (head in stopwords(language) or any(m.start < left for m in s.mentions))
    if not head or lone or "," in head or any(v.start < left for v in s.verbs) or s.quotes:
        return False  # a clause of its own before the attribution, or quoted words: not this construction
    end = _trimmed(folded, right, s.end, " .;:")
    if len(folded[right:end].strip(" ,").split()) < 3:
        return False
    content = text[s.start:left].rstrip(" ,") + " " + text[right:end].lstrip(" ,")
    claim = _add(state, text, "statement", s.start, end, language, content=content,
                 date_mention=_date_in(s, left, right), channel=_channel(folded, s.start, s.end, lex),
                 **_speaker_fields(speaker))
    _mark_perfect(state, claim, folded, s, verb.start, verb.phrase)
    _speaking(state, speaker)
    return True


_TAIL = re.compile(r"\s*(?:(?:on|in|at|during|after|before|to|este|esta|el|la|en|ante|a|al|los|las|the|hoy|ayer|today|yesterday|[a-z]+day|lunes|martes|miercoles|jueves|viernes|sabado|domingo|reporters|periodistas|medios|later|luego|tarde|manana|noche|morning|evening|night|afternoon)\b[\s,]*){0,6}[.!?]?[\"”»']?\s*")


_SETTING_TAIL = re.compile(r"\s*(?:en|in|at|during|durante|ante|desde|from|before|on)\s+[^,;:.!?\"]{1,80}[.!?]?[\"”»']?\s*")


_ARTICLE_GAP = re.compile(r"[ ,]*\b(?:the|el|la|los|las)\s+")
_ARTICLE_END = re.compile(r"\b(?:the|el|la|los|las)\s*$")


def _postposed(folded: str, s: _Sentence, verb: _Match) -> bool:
    """The attribution closes the sentence: "…, dijo López." or "…, López said on Monday."."""
    before = folded[s.start:verb.start].rstrip()
    after = folded[verb.end:s.end]
    inverted = _mention_at(s, verb.end, folded)
    if inverted is not None and before.endswith(","):
        rest = folded[inverted.end:s.end]
        # "…, dijo la presidenta este lunes.", "…, dijo la presidenta en su conferencia matutina en Palacio Nacional."
        return _TAIL.fullmatch(rest) is not None or (
            _SETTING_TAIL.fullmatch(rest) is not None and not _SUBORDINATOR.search(rest))
    if _TAIL.fullmatch(after) is None:
        return False
    if before.endswith(","):
        return True
    m = _mention_ending_at(s, verb.start, folded)
    # "…, the Office for National Statistics said.": the article is not part of the name.
    return m is not None and _ARTICLE_END.sub("", folded[s.start:m.start]).rstrip().endswith(",")


def _past_adjuncts(folded: str, pos: int, limit: int, lex: Lexicon) -> int:
    """Past what may stand between a verb of saying and what was said: when, how often, through
    what ("prometió también combatir", "había planteado durante la campaña revisar", "said on
    Tuesday it was preparing"). At most three, within the sentence."""
    for _ in range(3):
        m = lex.trigger_time.match(folded, pos) or _COMPLEMENT_ADJUNCT.match(folded, pos)
        if m is None or m.end() > limit:
            break
        pos = m.end()
    return pos


def _complement_start(folded: str, verb: _Match, sentence_end: int, language: str, lex: Lexicon) -> int | None:
    window = folded[verb.end:min(sentence_end, verb.end + 110)]
    that = _THAT["es" if language == "es" else "en"].search(window)
    if that and _complement_gap(window[: that.start()]):
        return verb.end + that.end() + (1 if window[that.end():that.end() + 1] == " " else 0)
    past = _past_adjuncts(folded, verb.end, sentence_end, lex)
    if lex.complement is not None and lex.complement.fullmatch(verb.phrase):
        # "anunció la retirada de ...", "pledged to build ...": the object is what was said.
        # "announced on Monday the deployment", "ha atribuido en los últimos días el retraso".
        # "anunció en enero su retirada", "confirmó el martes por la tarde la muerte": when and how
        # it was said, between verb and object, are looked past.
        shift = past - verb.end
        m = re.match(r"\s+(?:ademas\s+|also\s+|on\s+\w+day\s+"
                     r"|en\s+los\s+ultimos\s+dias\s+|in\s+recent\s+days\s+)?(?=[a-z0-9\"])", window[shift:])
        opening = lex.object_prepositions.get(verb.phrase.split()[-1])
        if m and (not re.match(r"(?:on|in|at|by|with|from|en|por|con|a|al|de|del|este|esta|that|que)\b", window[shift + m.end():])
                  or (opening is not None and window.startswith(opening + " ", shift + m.end()))) \
                and not re.search(r"(?<![0-9a-z])(?:lo|la)\s+$", folded[max(0, verb.start - 4):verb.start]):
            return verb.end + shift + m.end()  # "Trump lo anunció en Truth Social": the object is the clitic
    words = verb.phrase.split()
    if language == "es" and (words[-2] if len(words) > 1 and words[-1] in ("a", "con") else words[-1]) in _INFINITIVE_VERBS_ES:
        # "había prometido abrir relaciones", "se comprometió a cumplir el acuerdo", "denunció haber
        # recibido amenazas": what was promised or told is the infinitive.
        m = _INFINITIVE.match(folded, past)
        if m and m.end() <= sentence_end:
            return m.start(1)
    if language == "es" and verb.phrase in lex.requests and not folded.endswith("que ", 0, verb.start):
        # "pidió (además) a la población mantener la calma": what was asked is the infinitive
        # after the one asked. Not in a relative clause: "una proposición que insta al Gobierno a
        # reconocer…" tells what the text asks, inside an event.
        m = _ES_ASKED_TO.match(window)
        if m:
            return verb.end + m.end()
    if language != "es" and verb.phrase in _BARE_COMPLEMENT_EN:
        if verb.phrase == "told":
            m = _EN_TOLD.match(window)
            return verb.end + m.end() if m else None
        m = _EN_BARE_COMPLEMENT.match(folded, past)
        return past + 1 if m and past < sentence_end else None
    if window.lstrip().startswith(":") and '"' not in window[:4]:
        return verb.end + window.index(":") + 2
    return None


_ADVERBS = "|".join(_load("words.toml")["interrupting_adverbs"])
_COMPLEMENT_ADJUNCT = re.compile(r"\s+(?:" + trie_pattern(fold(w) for w in _load("words.toml")["complement_adjuncts"])
                                 + r"|[a-z]{4,}mente)(?=[\s,])")
_INFINITIVE_VERBS_ES = frozenset(fold(w) for w in _load("words.toml")["infinitive_complement_verbs_es"])
_INFINITIVE = re.compile(r"\s+(?:a\s+|con\s+)?((?:haber|[a-z]{2,}(?:ar|er|ir))(?:se|le|les|lo|la|los|las|nos)?)(?![0-9a-z])")
_COORDINATED = re.compile(r"(?:,\s+(?:y|e|and|but|pero)|;)\s+")
_INTERVIEW_CUE = phrase_pattern(_load("words.toml")["interview_cues"])
_ES_ASKED_TO = re.compile(r"\s+(?:[a-z]+mente\s+|ademas\s+|tambien\s+)?(?:a|al)\s+[^,.;:]{1,50}?\s+(?=[a-z]{2,}(?:ar|er|ir)(?:se|le|les|lo|la|los|las)?(?![0-9a-z]))")


_ABBREVIATION_DOT = re.compile(r"(?<![0-9a-z])(" + "|".join(re.escape(w) for w in sorted(_load("words.toml")["abbreviations"], key=len, reverse=True)) + r")\.")


_DAY_COMMA_YEAR = re.compile(r"(?<=\d),\s+(?=\d{4}(?![0-9]))")
_INITIALISM = re.compile(r"(?<![0-9a-z])(?:[a-z]\.){2,}")


def _complement_gap(gap: str) -> bool:
    """Between a verb and its "que"/"that": nothing, a short object, or one parenthetical."""
    gap = _INITIALISM.sub(lambda m: m.group().replace(".", ""), gap)  # "said late on Thursday, U.S. time, that"
    gap = _ABBREVIATION_DOT.sub(lambda m: m.group(1), gap)  # "announced on Aug. 11 that"
    gap = _DAY_COMMA_YEAR.sub(" ", gap)  # "promised on April 16, 2019, a day after the fire, that"
    if '"' in gap or re.search(r"[.;]", gap):
        return False
    if gap.count(",") == 2 and gap.strip().startswith(","):
        return True
    if gap.rstrip().endswith(",") and gap.count(",") <= 2 and len(gap.split()) <= 18:
        return True  # "informó en un comunicado, emitido junto con la SSPC, que"
    if gap.count(",") == 0 and re.match(r"\s*(?:in|at|on|during|after|repeatedly|again|also|en|durante|ante|tras|este|esta|el|la|a|al|de|"
                                        + _ADVERBS + r")\b", gap):
        return len(gap.split()) <= 12  # "said in a video message to the assembly on Tuesday that"
    return gap.count(",") == 0 and len(gap.split()) <= 4


_OWN_ACCOUNT = re.compile(r"\s+(?:su|sus|his|her|their)\s+(?:" + "|".join(_load("attribution.toml")["account_nouns"]) + r")(?![0-9a-z])")


def _quoted_within(state: _State, s: _Sentence, start: int, end: int) -> bool:
    """A quote claim of this sentence covers part of the content: the quote claim holds it. Quoted
    words that made no claim (the option «En contra», a title) do not."""
    return any(c.kind == "quote" and c.span[0] >= s.start and c.span[0] < end and c.span[1] > start
               for c in state.claims)


_ANONYMITY = phrase_pattern(_load("words.toml")["anonymity_markers"])
_SAME_SOURCE = re.compile(r"\s+(?:" + trie_pattern(_load("words.toml")["same_source"]) + r")(?![0-9a-z])")


def _last_source(state: _State) -> tuple[str, str] | None:
    """The speaker of the last claim that has one, else the last subject that spoke; None when
    the story has quoted nobody yet (an absence spoken by nobody does not count)."""
    last = next((c for c in reversed(state.claims) if c.speaker), None)
    return (last.speaker, last.speaker_name or last.speaker) if last else state.last_speaker


_DOCUMENT_NOUN = trie_pattern(fold(w) for w in _load("words.toml")["document_nouns"])
_DOCUMENT_AFTER = re.compile(r"\s+(?:el|la|los|las|un|una|the|this|este|esta|a|an)\s+(" + _DOCUMENT_NOUN + r")(?![0-9a-z])")
_DOCUMENT_ANY = re.compile(r"(?<![0-9a-z])(" + _DOCUMENT_NOUN + r")(?![0-9a-z])")
_RULINGS = frozenset(fold(w) for w in _load("words.toml")["ruling_nouns"])
# A text several parties adopted leaves things out on nobody's behalf (README, dev3: "The text did
# not name Russia" has no speaker); a report, a ruling or a decree speaks for whoever issued it.
_JOINT_DOCUMENTS = frozenset(fold(w) for w in _load("words.toml")["joint_document_nouns"])
_DOCUMENT_BEFORE = re.compile(r"(?<![0-9a-z])(?:el|la|the|this|este|esta)\s+(" + _DOCUMENT_NOUN + r")"
                              r"(?:\s+(?:oficial|official|final))?(?:\s+(?:de|del|of)\s+[^,.;]{1,40}?)?(?:,[^,]{1,30},)?\s+$")
# "pero no dio nombres", "y no precisó": a connective before an absence whose subject Spanish drops.
_COORDINATED_ABSENCE = re.compile(r",\s*(?:pero|y|e|but|and)\s+$")
_CONNECTIVE_ONLY = re.compile(r"[\s,]*(?:(?:pero|y|e|aunque|sin embargo|ademas)[\s,]+)?")
_COURT_WORDS = frozenset(fold(w) for w in _load("words.toml")["court_words"])


def _document_after(state: _State, folded: str, pos: int) -> Mention | None:
    """ "“…”, dice el texto": a document that speaks, for whoever the story said issued it (that
    kind of document, else the last one named)."""
    m = _DOCUMENT_AFTER.match(folded, pos)
    return _issuer_speaking(state, m.group(1), pos, m.end()) if m is not None else None


def _document_before(state: _State, folded: str, start: int, pos: int) -> Mention | None:
    """ "“…,” the statement said": a document named between the quote and the verb, for whoever the
    story said issued it ("Mnangagwa … said in a statement that…")."""
    m = _DOCUMENT_BEFORE.search(folded, start, pos)
    return _issuer_speaking(state, m.group(1), m.start(), pos) if m is not None else None


def _issuer_speaking(state: _State, noun: str, start: int, end: int) -> Mention | None:
    """Whoever the story said issued that kind of document, else the last document named."""
    issued = state.issuers.get(noun) or state.last_issuer
    return Mention(start, end, *issued, "carried") if issued is not None else None


def _named_issuer(folded: str, s: _Sentence, start: int, end: int) -> Mention | None:
    """Who a document's phrase names as its issuer: after "por"/"by" ("el reporte difundido por la
    SGR"), else the first named ("el boletín que la Junta Central Electoral difundió")."""
    named = [x for x in s.mentions if start <= x.start < end]
    return next((x for x in named if _BY_BEFORE.search(folded, max(s.start, x.start - 12), x.start)), None) \
        or next(iter(named), None)


_BY_BEFORE = re.compile(r"(?<![0-9a-z])(?:por|by)\s+(?:el\s+|la\s+|los\s+|las\s+|the\s+)?$")


DOCUMENT_REACH = 120  # characters between a source marker's document and the comma that closes its phrase


def _source_marker_claims(text: str, folded: str, s: _Sentence, lex: Lexicon, state: _State, language: str) -> None:
    for m in s.markers:
        document = None
        own = _OWN_ACCOUNT.match(folded, m.end)
        if own is not None and state.last_person is not None:
            # "Según su relato, …", "by his account, …": the account of the person just quoted.
            key, name = state.last_person
            speaker = Mention(m.end, own.end(), key, name, "person", "carried")
        elif (same := _SAME_SOURCE.match(folded, m.end)) is not None and (quoted := _last_source(state)) is not None:
            # "según la misma fuente": the source the story has been quoting.
            key, name = quoted
            speaker = Mention(m.end, same.end(), key, name, state.kinds.get(key, "body"), "carried")
        elif (document := _DOCUMENT_AFTER.match(folded, m.end)) is not None:
            # "Según el texto, …", "De acuerdo con el reporte difundido por la SGR, …": the document
            # speaks for whoever issued it, named after "por"/"by", else the source last quoted.
            comma = folded.find(",", document.end(), s.end)
            agent = _named_issuer(folded, s, document.end(), comma if comma >= 0 else s.end)
            # A court's ruling is the court's; a decree or a text is the one last quoted about it.
            ruled = document.group(1) in _RULINGS and state.last_court is not None
            issued = state.issuers.get(document.group(1)) if not ruled else None
            last = state.last_court if ruled else issued[:2] if issued else state.last_speaker
            kind = "body" if ruled else issued[2] if issued else state.kinds.get(last[0], "body") if last else "body"
            speaker = agent or (Mention(m.end, document.end(), last[0], last[1], kind, "carried") if last is not None else None)
        else:
            speaker = next((x for x in s.mentions if m.end <= x.start <= m.end + 40), None)
            said = lex.verbs.match(folded, m.end + 1) \
                if speaker is None and lex.verbs is not None and not folded[s.start:m.start].strip() else None
            if said is not None and folded.startswith(",", said.end()):
                # "Según explicó, la legación quedará…" opening the sentence: the verb's subject is
                # dropped; the one speaking goes on. ("…que, según dijo, responde a…" is inside a
                # statement of its own.)
                carried = _carried(state, m.start)
                speaker = Mention(m.start, said.end(), carried.key, carried.name, carried.kind, "carried") if carried else None
        if speaker is None or _VAGUE_AFTER.match(folded, m.end):
            continue  # "según fuentes de la coalición": anonymous sources are not attributions
        comma = folded.find(",", speaker.end, s.end)
        # "La participación, según la misma fuente, rondó…": the sentence's subject before it, and no
        # attribution of its own ("De acuerdo con … , organizaciones que, según Washington, …" is not).
        inside = (own is None and folded[s.start:m.start].rstrip().endswith(",") and 3 < m.start - s.start <= 80
                  and not any(x.start < m.start for x in s.markers + s.verbs if x is not m))
        # "según X, <content>"; a document may be told at length before the comma ("Según el comunicado
        # que difundió el BCE tras la reunión de ayer de su Consejo de Gobierno en Fráncfort, …").
        if comma >= 0 and comma - speaker.end <= (DOCUMENT_REACH if document is not None else 25):
            content_start = comma + 1
            while content_start < s.end and folded[content_start] == " ":
                content_start += 1
            content_end, _ = _clause_end(folded, content_start, s.end, lex, language)
            start = m.start
            if inside:
                # "La participación, según la misma fuente, rondó el 69 %": the attribution stands
                # inside what it attributes; the claim is the sentence, its content both halves.
                before = folded.rfind(",", s.start, m.start)
                if content_end - content_start >= 4 and not _quoted_within(state, s, s.start, content_end):
                    _add(state, text, "statement", s.start, content_end, language,
                         content=text[s.start:before] + " " + text[content_start:content_end],
                         channel=_channel(folded, m.start, speaker.end + 20, lex),
                         date_mention=_date_in(s, s.start, content_end), **_speaker_fields(speaker))
                continue
        else:  # "<content>, según X."
            content_start = s.start
            content_end = _trimmed(folded, content_start, m.start, " ,")
            start = content_start
        if content_end - content_start < 12:
            continue
        if _quoted_within(state, s, content_start, content_end):
            continue
        if any(content_start <= v.start < content_end and _mention_ending_at(s, v.start, folded) for v in s.verbs):
            continue  # "According to the ministry's readout, Xi said ...": Xi's statement, told by the ministry
        end = max(content_end, speaker.end)
        if any(c.span[0] <= start and c.span[1] >= content_end for c in state.claims):
            continue
        same = next((c for c in reversed(state.claims) if c.span[0] >= s.start and c.span[1] <= m.start
                     and c.speaker == speaker.key and c.kind == "statement"), None) if own is not None else None
        if same is not None:
            # "González aseguró que firmó bajo coacción, en un momento en que, según su relato, …": his
            # own account goes on with the statement he is making.
            old_end = same.span[1]
            same.span, same.text = (same.span[0], content_end), text[same.span[0]:content_end]
            same.content = (same.content or "") + text[old_end:content_end]
            continue
        # A document's content dates what it rules or counts ("actos cometidos entre el 1 de enero de
        # 2012 y …"), not when it was issued: the claim takes the day of the attribution, if any.
        _add(state, text, "statement", start, end, language, content=text[content_start:content_end],
             channel=_channel(folded, m.start, speaker.end + 20, lex),
             date_mention=_date_in(s, m.start, content_start) if document else _date_in(s, content_start, content_end),
             **_speaker_fields(speaker))


def _claimed_since(state: _State, start: int) -> list[tuple[int, int]]:
    """Spans of the claims that start at or after `start`: claims are added in text order, so
    reading back from the last one is enough (a scan of all of them made long articles slow)."""
    spans = []
    for claim in reversed(state.claims):
        if claim.span[0] < start:
            break
        spans.append(claim.span)
    return spans


_PAST_EN = re.compile(r"(?:had\s+)?([a-z]{3,}ed|" + "|".join(_load("events.toml")["en"]["irregular_past"]) + r")(?![0-9a-z])")
_IRREGULAR_ES = frozenset(fold(w) for w in _load("events.toml")["es"]["irregular_past"])
_PAST_ES = re.compile(r"(?:se\s+|le\s+|les\s+|lo\s+|la\s+)?((?:habia|habian)\s+[a-z]{3,}(?:ado|ido)|[a-z]{3,}(?:aron|ieron|yeron|ujo|o)|"
                      + "|".join(sorted(_IRREGULAR_ES)) + r")(?![0-9a-z])")
_LEAD_DETERMINERS = frozenset(_load("words.toml")["determiners"])
_NOT_PAST = frozenset(_load("events.toml")["en"]["not_past"])
_PREPOSED = re.compile(r"^[^,;:]{1,60},\s*$")
_APPOSITION_GAP = re.compile(r",[^,;:]{1,80},\s*")  # "La primera ministra francesa, Élisabeth Borne, recurrió"


_TITLE_QUALIFIER = re.compile(r"\s+[^,;:]{1,60},\s*")  # " de la FIFA, ", " francesa, "


def _named_in_apposition(folded: str, s: _Sentence, pos: int) -> int | None:
    """Where the verb may start after a title's qualifier and the person's name set off by commas
    ("La presidenta del Consejo Nacional Electoral (CNE), Diana Atamaint, instaló…"), or None."""
    qualifier = _TITLE_QUALIFIER.match(folded, pos)
    if qualifier is None:
        return None
    name = next((m for m in s.mentions if m.start == qualifier.end() and m.kind == "person"), None)
    if name is None or not folded.startswith(",", name.end):
        return None
    return name.end + 1


def _dated_action(text: str, folded: str, s: _Sentence, state: _State, language: str) -> None:
    """A named person or body that did something on a stated day or at a named place ("SAG-AFTRA
    went on strike on July 14", "El Senado aprobó el 20 de marzo la reforma", "Sturgeon made the
    announcement at Bute House"): an event, whatever the verb, when the sentence reports nobody's
    words. Spanish preterites are read by their accent ("aprobó"). A live blog's entries tell it in
    the present or the present perfect ("Messi abre el marcador", "Mauger has begun a press
    conference"), dated by the entry."""
    if s.quotes or s.verbs or s.absences or s.markers:
        return
    dated = [d for d in s.dates if d.value and d.precision in ("day", "month")]
    subject = next((m for m in s.mentions if m.role == "subject" and not m.quoted and m.via != "pronoun"), None)
    if subject is None:
        return
    filed = _DATELINE.match(text, s.start)
    lead = folded[filed.end() if filed is not None and filed.end() <= subject.start else s.start:subject.start]
    # "OTTAWA, Feb 14 (Reuters) - Prime Minister Justin Trudeau invoked…": the dateline opens nothing.
    # "Governor General Mary Simon granted…": titles before the name open the sentence with it.
    if lead.strip() and not _PREPOSED.match(lead) and lead.strip() not in _LEAD_DETERMINERS \
            and not all(w in _TITLED_GAP_WORDS or w in _LEAD_DETERMINERS for w in lead.split()):
        return
    pos = subject.end
    for x in s.mentions:  # "El presidente Mauricio Macri": the title, then the name
        if x.start >= pos and not folded[pos:x.start].strip():
            pos = x.end
    partner = None
    joint = _AND_SUBJECT.match(folded, pos)
    if joint is not None:
        # "Anthony Albanese and his partner, Jodie Haydon, have walked on stage": both do it.
        partner = next((x for x in s.mentions if joint.end() <= x.start <= joint.end() + 30 and x.kind == "person"), None)
        if partner is not None:
            pos = partner.end + (1 if folded.startswith(",", partner.end) else 0)
    gap = _RELATIVE_ASIDE_ONLY.match(folded, pos) or _APPOSITION_GAP.match(folded, pos)
    if gap:
        pos = gap.end()
    elif subject.via == "descriptor" and (named := _named_in_apposition(folded, s, pos)) is not None:
        pos = named  # "El presidente de la FIFA, Gianni Infantino, dirigió…": the title's qualifier, then the name
    # "The Federal Reserve also set up…", "the International Criminal Court today issued…".
    between = _BETWEEN_SUBJECT_AND_VERB.match(folded, pos)
    pos = between.end() - 1 if between else pos
    visible = NON_SPACE.search(folded, pos, s.end)  # not folded[pos:].lstrip(): the rest of the article
    at = visible.start() if visible else s.end
    m = (_PAST_ES if language == "es" else _PAST_EN).match(folded, at)
    if m is None and language == "es" and state.hodiernal:
        # "El Comité Noruego del Nobel ha concedido este viernes el premio…": a story told in the
        # present perfect of the day tells its events so.
        m = _PERFECT_ES.match(folded, at)
    # A live blog tells what happens as it happens: "Lionel Messi abre el marcador", "Zanin acompaña
    # el voto del relator", "la Primera Sala condena a Jair Bolsonaro", dated by the entry's heading.
    live = m is None and state.live and (
        (language == "es" and (m := _PRESENT_ES.match(folded, at)) is not None and m.group(1) not in _STOPWORDS_ES)
        or (language != "es" and (m := _PERFECT_EN.match(folded, at) or _progressive(folded, at)) is not None))
    if m is None:
        return
    verb = m.group(1)
    if not live and language == "es":
        word_end = m.end()
        if not (verb.endswith(("aron", "ieron", "yeron", "ujo", "ado", "ido")) or text[word_end - 1] in "óÓ" or verb in _IRREGULAR_ES):
            return
    elif not live and verb in _NOT_PAST:
        return
    clause = _CLAUSE_BREAK.search(folded, m.end(), s.end)
    end = _trimmed(folded, m.end(), clause.start() if clause else s.end)
    # "until March 24" is how long, not when: a deadline does not date the act.
    date = next((d for d in dated if s.start <= d.start < end and not _UNTIL.search(folded, max(s.start, d.start - 8), d.start)), None)
    # Undated, an action is an event where it names the place it happened ("Macron received Trump at
    # the Élysée Palace", "viajó esa misma tarde a San Antonio de los Baños"); "struck a calmer tone",
    # "had led the agency since 2022" are manner and background.
    if date is None and not live and (not _PLACED.search(text, m.end(), end) or _SINCE_ANY.search(folded, m.end(), end)):
        return
    start = s.start + len(folded[s.start:end]) - len(folded[s.start:end].lstrip())
    participants = list(dict.fromkeys([subject.key] + ([partner.key] if partner is not None else [])
                                      + [x.key for x in s.mentions if m.end() <= x.start and x.end <= end
                                         and x.kind in ("person", "body", "government")]))
    state.last_event = _add(state, text, "event", start, end, language, content=text[start:end], event_type=None,
                            participants=participants, channel=None, date_mention=date)
    if subject.kind == "person":
        state.last_speaker = (subject.key, subject.name)  # "Petro ganó… En su discurso, aseguró que…"


# The third person of the Spanish present, before what it acts on ("abre el marcador", "le ataja el
# penal", "vota por condenar", "comparece ante sus simpatizantes").
_PRESENT_ES = re.compile(r"(?:(?:le|les|lo|la|se)\s+)?([a-z]{3,}(?:a|e|an|en))\s+(?=(?:el|la|los|las|al|a|un|una|por|de|"
                         r"del|ante|con|en|su|sus|sobre)\s)")
_STOPWORDS_ES = stopwords("es")
# English live blogs tell it in the present perfect ("Albanese and his partner have walked on stage",
# "Rear Admiral John Mauger has begun a press conference in Boston").
_PERFECT_ES = re.compile(r"(?:ha|han)\s+([a-z]{3,}(?:ado|ido))(?![0-9a-z])")
_PERFECT_EN = re.compile(r"(?:has|have)\s+(?:just\s+|now\s+)?([a-z]{3,}ed|" + "|".join(_load("events.toml")["en"]["irregular_participles"])
                         + r")(?![0-9a-z])")
# "Gina Miller is speaking on the steps outside the court", "Johnson is holding a conference call":
# what a live blog's entry sees happen. Not what someone is minded to do ("is considering").
_PROGRESSIVE_EN = re.compile(r"(?:is|are)\s+(?:now\s+|still\s+)?([a-z]{3,}ing)(?![0-9a-z])")
_NOT_HAPPENING = frozenset(_load("events.toml")["en"]["not_happening"])


def _progressive(folded: str, at: int) -> re.Match[str] | None:
    m = _PROGRESSIVE_EN.match(folded, at)
    return m if m is not None and m.group(1) not in _NOT_HAPPENING else None


_OF_BETWEEN = re.compile(r"\s+(?:de|del|de la|of|of the)\s+")
_AND_SUBJECT = re.compile(r"\s+(?:and|y|e)\s+")
_BETWEEN_SUBJECT_AND_VERB = re.compile(r"\s+(?:(?:also|then|finally|tambien|ademas|finalmente|" + _ADVERBS + r")\s+){1,2}")
_UNTIL = re.compile(r"(?<![0-9a-z])(?:until|till|through|hasta(?:\s+el)?)\s+$")
_SINCE_ANY = re.compile(r"(?<![0-9a-z])(?:" + "|".join(_WORDS_DATA["since"]) + r")(?![0-9a-z])")
_PLACED = re.compile(r"(?<![\w])(?:at|in|to|into|outside|from|en|a|al|hasta|desde|ante)\s+(?:the\s+|el\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+")


_AND = re.compile(r"\s(?:y|e|and)\s+(?:also\s+|tambien\s+|ademas\s+)?")


def _congratulation_said(folded: str, s: _Sentence, start: int, end: int, lex: Lexicon) -> bool:
    """A verb of saying or a speech act coordinated after the congratulation, in its clause."""
    for m in _AND.finditer(folded, start, end):
        if any(v.start == m.end() for v in s.verbs) or (lex.speech_acts and lex.speech_acts.match(folded, m.end())):
            return True
    return False


def _event_claims(
    text: str, folded: str, s: _Sentence, lex: Lexicon, index: EntityIndex, state: _State, language: str
) -> None:
    taken = _claimed_since(state, s.start)
    for t in s.triggers:
        if any(a <= t.start < b for a, b in taken):
            continue  # inside a reported statement or quote: the statement is the claim
        subject = _subject_before(s, t.start)
        start: int | None = None
        aside: tuple[int, int] | None = None
        if subject is not None and subject.kind == "person":
            # "Noboa, de 36 años, que asumió el poder …": an event told in a relative clause starts at
            # its pronoun; "Boric, que había votado en Punta Arenas, …, se dirigió a la nación": the
            # main clause's event starts at its verb.
            gap = folded[subject.end:t.start]
            inner = _RELATIVE_SUBJECT.fullmatch(gap)
            if inner:
                start = subject.end + inner.start(1)
            elif _RELATIVE_ASIDE.fullmatch(gap):
                start = t.start
                aside = (subject.end, t.start)  # "que reclama haber ganado las elecciones del 28 de julio"
            else:
                # "El rey, en cambio, decidió quedarse, y durante varios minutos habló con": a second
                # clause of the same subject is the event.
                joined = _JOINED_CLAUSE.search(gap)
                if joined and len(gap) <= 80:
                    start = subject.end + joined.end()
        if subject is not None and start is None and not _close_subject(folded, subject, t.start):
            subject = None
        collective = _collective_subject(text, folded, s, t.start) if subject is None or subject.end <= s.start else None
        if collective is None and subject is None and language == "es":
            collective = _inverted_subjects(folded, s, t)
        if collective is not None:
            subject = None
        elif subject is None and language == "es" and _dropped_subject(folded, s, t.start):
            # "Habló después con los periodistas", "El domingo había difundido un mensaje": Spanish
            # drops the subject of a sentence that goes on about the person just named.
            last = state.last_named if "\n" not in folded[state.named_at:t.start] else None
            subject = Mention(t.start, t.start, last[0], last[1], "person", "carried") if last else None
            if subject is not None:
                start = s.start + len(folded[s.start:t.start]) - len(folded[s.start:t.start].lstrip())
        if subject is not None and subject.via == "pronoun" and " " not in folded[subject.start:subject.end].strip() \
                and folded[s.start:subject.start].strip() and not _CLAUSE_OPENER.search(folded, s.start, subject.start):
            continue  # "as he arrived", "the tariffs he had ordered": a pronoun inside a subordinate clause
        if language == "es" and not t.phrase.startswith("se ") and folded.endswith("se ", s.start, t.start):
            continue  # "se detuvo" (stopped) is not "detuvo" (arrested)
        if subject is not None and _PENDING.search(folded, max(s.start, subject.start - 14), subject.start) \
                and (_PERFECT_START.match(t.phrase) or _PERFECT.search(folded, max(s.start, t.start - 24), t.start)):
            continue  # "once Sunak has tendered his resignation": it has not happened yet
        if _NEGATED.search(folded, max(s.start, t.start - 8), t.start) \
                and not _CORRECTIVE.search(folded, t.end, s.end):
            continue  # "no asistió a la ceremonia" denies the event; "no lo hizo ante X, sino desde Y" tells it
        brk = _CLAUSE_BREAK.search(folded, t.end, s.end)
        clause_end = brk.start() if brk else s.end
        # "con el titular de la SRE de México": a name governed by "de"/"of" modifies, it does not take part.
        # "se dirigió a la nación desde el Palacio de La Moneda": a seat of government after a
        # preposition of place is where it happened, not who took part.
        after = [m for m in s.mentions if t.end <= m.start and m.end <= clause_end
                 and not _GOVERNED_BY_OF.search(folded, max(0, m.start - 12), m.start)
                 and not (m.kind != "person" and _LOCATIVE.search(folded, max(0, m.start - 12), m.start))]
        participants: list[Mention] = _coordinated(folded, s, subject, t.start) + after
        keys = list(dict.fromkeys(m.key for m in participants))
        phrase = _SPACES.sub(" ", lex.trigger_time.sub("", t.phrase))
        event_type = lex.trigger_types[phrase]
        # "met with", "se reunió con" take two parties; "presidió", "attended" or a committee that
        # met as a body take one.
        reciprocal = event_type in ("call", "meeting") and phrase not in lex.solo_triggers \
            and not (subject is not None and subject.kind == "body" and event_type == "meeting")
        if subject is not None and subject.via == "carried" and state.last_event is not None \
                and state.last_event.event_type == event_type and state.last_event.participants[:1] == [subject.key]:
            continue  # "El juez condenó al expresidente … Le impuso además …": the same decision, told on
        if phrase in lex.said_triggers and subject is not None and subject.kind != "group" \
                and _congratulation_said(folded, s, t.end, clause_end, lex):
            # "Pedro Sánchez felicitó al nuevo pontífice … y le deseó un pontificado fecundo": what
            # the congratulation said is the claim.
            start = subject.start if subject.via != "carried" else t.start
            said = next((c for c in state.claims if c.kind == "statement" and t.end <= c.span[0] <= clause_end), None)
            if said is not None:
                # "Sarina Wiegman congratulated Spain and said she was proud…": the statement of the
                # coordinated verb starts at the one who congratulated.
                said.span, said.text = (start, said.span[1]), text[start:said.span[1]]
                said.speaker, said.speaker_name = subject.key, subject.name  # not "Spain", whom she congratulated
                continue
            end = _trimmed(folded, t.end, clause_end)
            claim = _add(state, text, "statement", start, end, language, content=text[t.start:end],
                         channel=_channel(folded, s.start, s.end, lex), date_mention=_date_in(s, s.start, end, folded=folded),
                         **_speaker_fields(subject))
            taken.append(claim.span)
            _speaking(state, subject)
            continue
        if collective is not None:
            pass  # "The two leaders spoke", "G20 leaders have adopted": the group itself takes part
        elif len(keys) < (2 if reciprocal else 1):
            continue
        # Beyond calls and meetings an event needs someone doing it ("the policy, which was blocked"
        # names no actor), and a participle after an article is an adjective ("a declared emergency").
        auxiliary = None if _PASSIVE_AUXILIARY.match(t.phrase) else _PASSIVE_BEFORE.search(folded, max(s.start, t.start - 16), t.start)
        passive = _PASSIVE_AUXILIARY.match(t.phrase) or auxiliary
        agent = next((m for m in after if _by_agent(text, folded, t.end, m.start)), None) if passive else None
        if event_type not in ("call", "meeting") and subject is None and agent is None and collective is None:
            continue  # "fue recapturado por la Marina" names its actor after the verb
        if _ARTICLE_BEFORE.search(folded, max(s.start, t.start - 6), t.start):
            continue
        if start is None:
            start = collective[0] if collective else subject.start if subject and subject.via != "carried" \
                else auxiliary.start() if auxiliary else t.start
        end = max([t.end] + [m.end for m in after])
        if end == t.end:
            # "Claudia Sheinbaum no pronunció su discurso ante el Senado": with no one named after the
            # verb, the clause runs to its first comma.
            comma = folded.find(",", t.end, clause_end)
            end = _trimmed(folded, t.end, comma if comma >= 0 else clause_end)
        # "Las relaciones se restablecieron a finales de agosto, y el pasado 28 de agosto Benedetti
        # llegó…": the date of the event's own clause, before one earlier in the sentence.
        joined = max((m.end() for m in _COORDINATED.finditer(folded, s.start, start)), default=s.start)
        date = (_date_in(s, joined, clause_end, aside, folded, asides=False) if joined > s.start else None) \
            or _date_in(s, s.start, clause_end, aside, folded, asides=False)
        channel = "phone_call" if event_type == "call" else _channel(folded, s.start, s.end, lex)
        claim = _add(state, text, "event", start, end, language, content=text[start:end], event_type=event_type,
                     participants=keys, channel=channel, date_mention=date)
        state.last_event = claim
        taken.append(claim.span)
        if subject is not None and subject.kind == "person":
            # "Boric habló después con los periodistas. «Estamos enfrentando…»": a quote with no verb
            # after an event is said by the person who did it.
            state.last_speaker = (subject.key, subject.name)
    if state.last_event is None:
        return  # what follows refers back to an event told before
    for a in (lex.anaphors.finditer(folded, s.start, s.end) if lex.anaphors else ()):
        occurred = lex.occurred.search(folded, a.end(), min(s.end, a.end() + 20)) if lex.occurred else None
        if occurred is None or state.last_event is None:
            continue
        date = _date_in(s, occurred.end(), min(s.end, occurred.end() + 40))
        if date is None:
            continue
        event = state.last_event
        if event.date is None and date.value:
            event.date, event.date_precision = date.value, date.precision
        _add(state, text, "event", a.start(), date.end, language, content=text[a.start():date.end],
             event_type=event.event_type, participants=list(event.participants), channel=event.channel,
             date_mention=date)
    for p in (lex.passive_agent.finditer(folded, s.start, s.end) if lex.passive_agent else ()):
        body = next((m for m in s.mentions if p.end() <= m.start <= p.end() + 8), None)
        if body is None or state.last_event is None:
            continue
        event = state.last_event
        start = p.start()
        if folded[max(s.start, start - 2):start].strip() == "y":  # keep "y fue confirmada" readable
            start = folded.rfind("y", s.start, start)
        lineage = index.lineage(body.key)
        _add(state, text, "event", start, body.end, language, content=text[start:body.end],
             event_type=event.event_type, participants=list(event.participants), confirmed_by=lineage[0],
             channel="readout", date_mention=None)
        state.claims[-1].date, state.claims[-1].date_precision = event.date, event.date_precision


_COLLECTIVE = _load("events.toml")["collective"]
# Capitalised words that are not names ("Some leaders", "Many countries", "The"): no named group.
_NOT_NAMES = frozenset(fold(w) for w in _load("words.toml")["not_name_start"] + _load("words.toml")["vague_groups"])


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted((re.escape(fold(w)).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_COLLECTIVE_SUBJECT = re.compile(
    rf"(?<![0-9a-z])(?:(?P<det>{_alternatives(_COLLECTIVE['articles'])})\s+)?"
    rf"(?:(?P<q>{_alternatives(_COLLECTIVE['quantifiers'])})\s+)?"
    rf"(?:(?P<num>\d[\d,.]*|{_alternatives(_COLLECTIVE['numbers'])})\s+)?"
    rf"(?:(?P<mod>[a-z0-9][a-z0-9-]*)\s+)?"
    rf"(?:(?P<group>{_alternatives(_COLLECTIVE['groups'])})|(?P<body>{_alternatives(_COLLECTIVE['bodies'])}))"
    rf"(?:\s+(?P<post>[a-z]+))??\s+(?:(?:{_alternatives(_COLLECTIVE['between'])})\s+)?$")
_OPENS_CLAUSE = re.compile(r"(?:[,;:\-\u2013\u2014(]|(?<![0-9a-z])(?:" + "|".join(_load("words.toml")["clause_openers"]) + r"))\s*$")


_PLACE_OPENING = re.compile(r"(?:a|al|en|ante|durante)\s+(?:la|el|los|las|este|esta)?\s*[a-z]+(?:\s+(?:de|del)\s+[a-z]+)?\s+$")


def _inverted_subjects(folded: str, s: _Sentence, t: _Match) -> tuple[int, bool] | None:
    """ "A la ceremonia asistieron el rey Felipe VI y los presidentes de Chile, Gabriel Boric; …":
    Spanish puts the subjects after the verb when a place or an occasion opens the sentence; two
    people or more named right after a plural verb are who did it."""
    if not _PLACE_OPENING.fullmatch(folded, s.start, t.start) or not t.phrase.split()[0].endswith(("aron", "ieron")):
        return None
    people = [m for m in s.mentions if t.end <= m.start <= t.end + 120 and m.kind == "person"]
    return (s.start, True) if len(people) >= 2 else None


def _collective_subject(text: str, folded: str, s: _Sentence, trigger: int) -> tuple[int, bool] | None:
    """A group or a body named by a common noun right before the event verb, opening its clause:
    "EU leaders had nominated", "Nearly 200 countries agreed", "The two leaders spoke", "el pleno
    eligió". Returns where it starts and whether it is plural (several parties)."""
    # "En junio de 2019 ambos bloques alcanzaron": a date that opens the sentence leaves the group its subject.
    opening = next((d for d in s.dates if not folded[s.start:d.start].strip() and d.end < trigger), None)
    window = max(s.start, trigger - 80, opening.end if opening else 0)
    m = _COLLECTIVE_SUBJECT.search(folded, window, trigger)
    if m is None or m.end() != trigger:
        return None
    if folded[s.start:m.start()].strip() and not _OPENS_CLAUSE.search(folded, s.start, m.start()) \
            and not (opening and not folded[opening.end:m.start()].strip(" ,")):
        return None
    if m.group("body"):
        # "The outgoing parliament approved": a body needs its article.
        return (m.start(), False) if m.group("det") and not (m.group("q") or m.group("num")) else None
    if m.group("q") and not m.group("num"):
        return None  # "some leaders", "unos países": nobody in particular; "nearly 200 countries" counts them
    named = m.group("mod") and text[m.start("mod")].isupper() and m.group("mod") not in _NOT_NAMES
    if m.group("mod") and not named and not m.group("det"):
        return None  # "some angry leaders": an unnamed modifier needs an article
    if not (m.group("det") or m.group("q") or m.group("num") or named):
        return None  # bare "leaders agreed" names nobody
    return m.start(), True


def _by_agent(text: str, folded: str, verb_end: int, name_start: int) -> bool:
    """The name is the agent of the passive: "fue recapturado por la Marina", "was gavelled through
    by COP28 President Sultan Al Jaber" (titles and other capitalised words may come first)."""
    if _PASSIVE_AGENT.fullmatch(folded, verb_end, name_start):
        return True
    by = _PASSIVE_AGENT.match(folded, verb_end, name_start)
    rest = text[by.end():name_start].split() if by else []
    return 0 < len(rest) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in rest)


# A passive: "fue aprobada", "ha sido nombrado", "has been sworn in" as the trigger, or an English
# participle that is its own trigger after the auxiliary ("was brokered by Qatar").
_PASSIVE_AUXILIARY = re.compile(r"(?:(?:ha|han|habia|habian)\s+sido|fue|fueron|(?:has|have|had)\s+been|was|were)\s")
_PASSIVE_BEFORE = re.compile(r"(?<![0-9a-z])(?:(?:has|have|had|ha|han|habia|habian)\s+(?:been|sido)|fue|fueron|was|were)\s+$")


_LOCATIVE = re.compile(r"(?<![0-9a-z])(?:en|desde|in|from|at|inside|outside)\s+(?:la\s+|el\s+|the\s+)?$")


def _coordinated(folded: str, s: _Sentence, subject: Mention | None, trigger: int) -> list[Mention]:
    """The subject and those joined to it: "el mandatario y Sheinbaum habían sostenido una llamada"."""
    if subject is None:
        return []
    # "Biden and Xi met": "and" made Xi look like an object of the sentence.
    following = [m for m in s.mentions if subject.end <= m.start and m.end <= trigger and m.key != subject.key
                 and re.fullmatch(r"\s*,?\s*(?:y|e|and)\s*", folded[subject.end:m.start])][:1]
    chain = [subject]
    before = [m for m in s.mentions if m.end <= subject.start]
    for m in reversed(before):
        # "y"/"and" coordinates; a bare comma is apposition ("de Estados Unidos, Marco Rubio").
        if m.role == "subject" and m.key != chain[-1].key and re.fullmatch(r"\s*,?\s*(?:y|e|and)\s*", folded[m.end:chain[-1].start]):
            chain.append(m)
        else:
            break
    return list(reversed(chain)) + following


def _close_subject(folded: str, subject: Mention, trigger: int) -> bool:
    """The subject governs the trigger: near it, and no other verb of saying in between."""
    gap = folded[subject.end:trigger]
    # "Ursula von der Leyen and António Costa, the presidents of the European Commission and the
    # European Council, posted": an apposition before the verb does not put the subject out of reach.
    core = _TRAILING_APPOSITION.sub("", gap)
    return len(core) <= 80 and not re.search(r"[;:]|(?<![0-9a-z])(?:que|that|said|dijo)(?![0-9a-z])", gap)


_TRAILING_APPOSITION = re.compile(r",[^,;:\"]{1,110},\s*$")


_NEITHER = re.compile(r"\s*(?:ni|neither)\s[^.;:]{1,80}?\s(?:ni|nor)\s[^.;:]{1,80}?$")
_NEITHER_VERB = re.compile(r"\s(?:has|have|had|would|could|han|ha|habian|habia)\s+(?:not\s+)?[a-z]+")  # "nor Microsoft has put"
_NOR = re.compile(r"(?<![0-9a-z])(?:ni|nor)\s")


def _neither_nor(text: str, folded: str, s: _Sentence, state: _State, language: str) -> bool:
    """ "Ni la Generalitat ni la Delegación del Gobierno precisaron…", "Neither CrowdStrike nor
    Microsoft has put a figure on…", "Neither Haavisto nor Stoltenberg gave a timetable", "Ni Cálix
    ni Redondo han dado señales de ceder": what neither said or did is an absence, spoken by
    nobody; the whole sentence is the claim, whatever its verb."""
    if not folded.startswith(("ni ", "neither "), s.start) or folded.startswith("ni siquiera", s.start) \
            or any(c.span[0] >= s.start for c in state.claims):
        return False  # "Ni siquiera con el diputado de UPN alcanzaría…" is "not even"
    verb = next((v for v in s.verbs if _NEITHER.match(folded, s.start, v.start)), None)
    has = _NEITHER_VERB.search(folded, s.start, s.end)
    nor = _NOR.search(folded, s.start + 3, min(s.end, s.start + 160))
    if verb is None and nor is None:
        return False
    end = _trimmed(folded, s.start, s.end, " .;:,")
    claim = _add(state, text, "statement", s.start, end, language, content=text[s.start:end], absence=True, date_mention=None)
    if verb is not None:
        _mark_perfect(state, claim, folded, s, verb.start, verb.phrase)  # "ni … han explicado": no day
    elif has is not None and has.group().split()[0] in _AUXILIARY_SET:
        state.undated.add(id(claim))  # "nor Microsoft has put a figure on…"
    return True


def _absence_claims(text: str, folded: str, s: _Sentence, lex: Lexicon, state: _State, language: str) -> None:
    for m in s.absences:
        if any(c.span[0] <= m.start < c.span[1] for c in state.claims):
            continue  # inside a claim already: "Albares ha sostenido que España no participó …"
        end = s.end
        # "She did not say how …, telling reporters only that …": a claim that follows in the sentence ends it.
        end = min([end] + [c.span[0] for c in state.claims if m.end < c.span[0] < end])
        end = _trimmed(folded, m.start, end, " .;:,")
        # "La Casa Blanca no precisó ...": the body that kept silent is the claim's speaker; "still"
        # may stand between ("El INE todavía no ha anunciado…").
        still = _STILL_BEFORE.search(folded, s.start, m.start)
        speaker = _mention_ending_at(s, still.start() if still else m.start, folded)
        head = next((x for x in reversed(s.mentions) if speaker is not None and x.end <= speaker.start), None)
        if speaker is not None and head is not None and head.kind == "person" \
                and _OF_BETWEEN.fullmatch(folded, head.end, speaker.start):
            speaker = head  # "El líder del PSC no ha concretado": the party qualifies the leader, who kept silent
        start = speaker.start if speaker is not None else m.start
        if speaker is None:
            # "Washington, which argued …, had not commented": the subject before the relative aside.
            speaker = next((x for x in reversed(s.mentions) if x.end <= m.start
                            and _RELATIVE_ASIDE_ONLY.fullmatch(folded, x.end, m.start)), None)
        if speaker is None:
            # "Daniil Medvedev, the world No 2 and reigning US Open champion, had not commented", "El
            # mandatario, de 42 años, no explicó": the subject that opens the sentence, then what it is.
            speaker = next((x for x in s.mentions if x.end <= m.start and not x.quoted
                            and (x.role == "subject" or not folded[s.start:x.start].strip(" \"'“«‘"))
                            and _ASIDE_ONLY.fullmatch(folded, x.end, m.start)), None)
            start = speaker.start if speaker is not None else start
        if speaker is None and (document := _DOCUMENT_BEFORE.search(folded, max(s.start, m.start - 30), m.start)) \
                and document.group(1) not in _JOINT_DOCUMENTS:
            # "The report did not determine…", "El texto no fija…": the document speaks for its issuer.
            # The issuer named in the phrase ("El comunicado de la Cancillería"), else a ruling's
            # court; a body guessed from the story is too often another body.
            issuer = _named_issuer(folded, s, document.end(1) + 1, m.start)
            court = state.last_court if document.group(1) in _RULINGS else None
            speaker = issuer or (Mention(document.start(), m.start, court[0], court[1], "body", "carried") if court else None)
            start = document.start() if speaker is not None else start
        elif speaker is None and _COORDINATED_ABSENCE.search(folded, max(s.start, m.start - 10), m.start):
            # "Chaves prometió un gabinete «pequeño y técnico», pero no dio nombres": the sentence's subject.
            speaker = next((x for x in s.mentions if x.end <= m.start and x.role == "subject" and not x.quoted), None)
        elif speaker is None and language == "es" and _CONNECTIVE_ONLY.fullmatch(folded, s.start, m.start) and folded.startswith("no ", m.start):
            speaker = _carried(state, m.start)  # "No anunció, sin embargo, ninguna medida…": Spanish drops the subject
        if _SPACES.sub(" ", m.phrase) in lex.absence_acts:
            speaker = None  # "Giammattei no asistió": not done, and nobody is reported as saying so
        claim = _add(state, text, "statement", start, end, language, content=text[m.start:end], absence=True,
             date_mention=None, **_speaker_fields(speaker))
        _mark_perfect(state, claim, folded, s, m.start, m.phrase)
        later = _PERFECT_AFTER.match(folded, m.end, min(s.end, m.end + 80))
        if later and not _SUBORDINATOR.search(later.group(1)) and later.group(2) not in ("been", "sido"):
            # "Ninguna autoridad ha confirmado", "Ni el Departamento … ni la Casa Blanca han explicado":
            # the verb after the subject is in the present perfect too.
            state.undated.add(id(claim))
