"""Confirmed, contradicted or unverified: the rules of DESIGN.md applied to facets.

confirmed: an authoritative source states it and every checkable facet matches, none conflicts.
contradicted: an authoritative source about the same event mismatches a checkable facet (another
date, a denial). unverified: everything else. A false "confirmed" is the worst error this
system can make, so every path to it needs a positive match from a primary or official source,
and translated matches are capped in confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from claimcheck.checks import content as content_facet
from claimcheck.checks import dates as date_facet
from claimcheck.checks import figures
from claimcheck.checks import places as place_facet
from claimcheck.checks.authority import authority, speaks_for
from claimcheck.checks.content import event_words
from claimcheck.checks.glossary import glossary
from claimcheck.checks.notes import Note, listed, phrases
from claimcheck.checks.matching import OCCASION, PreparedDocument, PreparedPassage, match_units, merged, normalise, words_passage
from claimcheck.checks.quotes import distorted_in, match_quote, reported, speaker_passages
from claimcheck.checks.text import key, keys, light_words, word_list
from claimcheck.extractors.entities import EntityIndex, find_mentions, known_first_name
from claimcheck.extractors.dates import find_dates
from claimcheck.extractors.lexicon import lexicon
from claimcheck.extractors.normalize import fold, phrase_pattern
from claimcheck.extractors.quotes import find_quotes
from claimcheck.models import Claim, Evidence, Facet, Verdict

TRANSLATED_CAP = 0.7
_AUTHORITATIVE = ("primary", "official")
_DATED_STATEMENTS = ("x_post", "press_release", "readout", "transcript")  # the document is the statement
_CHANNEL_KINDS = {
    "x": ("x_post",),
    "readout": ("readout", "press_release"),
    "press_release": ("press_release", "readout"),
    "press_conference": ("transcript",),
    "interview": ("transcript",),
}


def _excerpt(text: str, words: str, limit: int = 220) -> str:
    """The part of a long passage where the claim's words are, not its first lines."""
    folded = fold(text)
    starts = [folded.find(w) for w in (fold(t) for t in words.split() if len(t) > 3)]
    starts = [i for i in starts if i >= 0]
    if not starts or min(starts) < limit // 2:
        return _clip(text, limit)
    begin = text.rfind(" ", 0, max(0, min(starts) - 60)) + 1
    return "…" + _clip(text[begin:], limit)


def _clip(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


class _Say:
    def __init__(self, claim: Claim, index: EntityIndex) -> None:
        self.t = phrases(claim.language)
        self.claim = claim
        self.index = index

    def source(self, doc: PreparedDocument) -> str:
        kind = self.t["kind"].get(doc.doc.kind, doc.doc.kind)
        who = doc.doc.author_name or self.index.display(doc.doc.author) or self.index.display(doc.doc.publisher)
        return self.t["by"].format(kind=kind, who=who) if who else kind

    def note(self, note: Note | None) -> str:
        return note.render(self.claim.language) if note else ""

    def __call__(self, template: str, **values: object) -> str:
        values = {k: self.note(v) if isinstance(v, Note) else v for k, v in values.items()}
        values.setdefault("speaker", self.claim.speaker_name or self.index.display(self.claim.speaker) or "?")
        text = self.t[template].format(**values)
        return text[0].upper() + text[1:]


def check_claim(claim: Claim, docs: list[PreparedDocument], index: EntityIndex) -> Verdict:
    say = _Say(claim, index)
    if claim.absence:
        return Verdict(claim.id, "unverified", 0.5, say("absence"))
    if claim.kind == "quote" and claim.quote:
        return _check_quote(claim, docs, index, say)
    if claim.kind == "event":
        return _check_event(claim, docs, index, say)
    return _check_statement(claim, docs, index, say)


def _check_quote(claim: Claim, docs: list[PreparedDocument], index: EntityIndex, say: _Say) -> Verdict:
    consulted = 0
    elsewhere: tuple[PreparedDocument, str, PreparedPassage, Note | None, str] | None = None
    claim_places = _said_where(claim, index)
    for doc in sorted(docs, key=lambda d: (d.doc.language != claim.language, not d.doc.verbatim)):
        level = authority(doc, claim.speaker, index)
        if level not in _AUTHORITATIVE or not _channel_ok(claim, doc):
            continue
        passages = speaker_passages(doc, claim.speaker, level == "primary")
        consulted += bool(passages)
        found = match_quote(claim.quote or "", claim.language, passages, doc.doc.language, doc)
        if found is not None and found.how in ("translated", "near") and not doc.doc.verbatim and doc.doc.author != claim.speaker \
                and reported(found.passage, found.source_words if found.how == "translated" else normalise(claim.quote or ""),
                             doc.doc.language):
            # "Sánchez ha asegurado que el Gobierno llegará al fondo de lo ocurrido": a release that
            # tells in its own words what he said gives no words of his to have been translated, nor
            # nearly quoted ("manifestó … que acata y respeta la decisión" for «Acato y respeto…»).
            found = None
        if found is None:
            continue
        # The words are only half the claim: when and where it says they were said are facets too.
        result, note = _occasion_facets(claim, doc, found.passage, claim_places)
        if result != "match":
            elsewhere = elsewhere if elsewhere and elsewhere[4] == "mismatch" else (doc, level, found.passage, note, result)
            continue
        translated = found.how == "translated"
        confidence = found.score * (0.95 if level == "primary" else 0.9)
        confidence = min(confidence, TRANSLATED_CAP) if translated else confidence
        evidence = Evidence(doc.doc.url, _clip(found.passage.text), round(confidence, 3), "quote")
        template = f"quote_{found.how}"
        rationale = say(template, source=say.source(doc), authority=level, quote=claim.quote, words=found.source_words)
        facet = Facet("quote", "match", found.score, rationale, evidence, translated)
        return Verdict(claim.id, "confirmed", round(confidence, 3), rationale, [evidence], [facet])
    if elsewhere is not None:
        doc, level, passage, note, result = elsewhere
        evidence = Evidence(doc.doc.url, _clip(passage.text), 0.7 if result == "mismatch" else 0.5, "quote")
        return _off_occasion(claim, say, doc, level, evidence, (result, note), "quote_elsewhere", 0.7)
    distorted = _distorted_quote(claim, docs, index)
    if distorted is not None:
        doc, passage = distorted
        excerpt = _excerpt(passage.text, claim.quote or "")
        evidence = Evidence(doc.doc.url, excerpt, 0.7, "quote")
        rationale = say("quote_distorted", source=say.source(doc), quote=claim.quote, passage=excerpt)
        return Verdict(claim.id, "contradicted", 0.7, rationale, [evidence], [Facet("quote", "mismatch", 0.0, rationale, evidence)])
    rejected = _rejected_question(claim, docs, index)
    if rejected is not None:
        doc, asked, answer = rejected
        evidence = Evidence(doc.doc.url, _clip(answer.text), 0.7, "quote")
        rationale = say("quote_rejected", source=say.source(doc), quote=claim.quote, asker=_turn_name(asked, index),
                        answer=_clip(answer.text, 160))
        return Verdict(claim.id, "contradicted", 0.7, rationale, [evidence], [Facet("quote", "mismatch", 0.0, rationale, evidence)])
    template = "quote_missing" if consulted else "quote_no_sources"
    return Verdict(claim.id, "unverified", 0.5 if consulted else 0.3, say(template, quote=claim.quote),
                   facets=[Facet("quote", "missing", 0.0, "no authoritative passage has it")])


def _off_occasion(claim: Claim, say: _Say, doc: PreparedDocument, level: str, evidence: Evidence,
                  finding: tuple[str, Note | None], template: str, confidence: float) -> Verdict:
    """The words are the speaker's, but the record puts them on another day or somewhere else
    (contradicted), or cannot show the claimed day or place (unverified)."""
    result, note = finding
    assert note is not None
    if result == "mismatch":
        rationale = say(template, source=say.source(doc), authority=level, quote=claim.quote, note=note)
        return Verdict(claim.id, "contradicted", confidence, rationale, [evidence],
                       [Facet(note.facet, "mismatch", 0.0, say.note(note), evidence)])
    rationale = say("facet_missing", source=say.source(doc), note=note)
    return Verdict(claim.id, "unverified", 0.5, rationale, [evidence], [Facet(note.facet, "missing", 0.0, say.note(note), evidence)])


def _content_dates(claim: Claim) -> frozenset[str]:
    """Dates the claim mentions besides its own ("announced on July 12 a tariff starting August 1"):
    a source that gives them is stating the content, not dating the event."""
    if not claim.date:
        return frozenset()
    reference = date.fromisoformat(claim.date[:7] + "-01") if len(claim.date) >= 7 else None
    found = {d.value for d in find_dates(fold(claim.text), reference) if d.value}
    return frozenset(found - {claim.date, claim.date[:7]})


def _rejected_question(claim: Claim, docs: list[PreparedDocument], index: EntityIndex
                       ) -> tuple[PreparedDocument, PreparedPassage, PreparedPassage] | None:
    """The words are someone else's question in a transcript, and the claimed speaker's next turn
    answers "No": the speaker did not say them but rejected them."""
    for doc in docs:
        for asked, answer in _answers_to(doc, claim.speaker):
            if not _starts_with_no(answer.text):
                continue
            if match_quote(claim.quote or "", claim.language, [asked], doc.doc.language, doc, asked=True) is not None:
                return doc, asked, answer
    return None


def _answers_to(doc: PreparedDocument, speaker: str | None) -> Iterator[tuple[PreparedPassage, PreparedPassage]]:
    """A transcript's turns by someone else followed by the speaker's reply: where a question put
    to the speaker and the speaker's answer stand side by side."""
    if not doc.doc.verbatim or not speaker:
        return
    for asked, answer in zip(doc.passages, doc.passages[1:]):
        if asked.speaker != speaker and answer.speaker == speaker:
            yield asked, answer


def _denied_conjunct(claim: Claim, parts: list[str], doc: PreparedDocument, passages: list[PreparedPassage],
                     with_neighbours: bool) -> content_facet.ContentMatch | None:
    """One of the things the claim joins with "and" (its `parts`, content_facet.conjuncts) that the
    source denies ("ha sido un éxito y debe continuar" / "ha fracasado"): the claim asserts both,
    so it is denied."""
    for part in parts:
        matches = content_facet.content_matches(part, claim.language, doc, passages, with_neighbours)
        refusal = max(filter(content_facet.is_denial, matches), key=lambda m: m.coverage, default=None)
        if refusal is not None:
            return refusal
    return None


def _denied_answer(claim: Claim, doc: PreparedDocument) -> content_facet.ContentMatch | None:
    """A transcript's answer that refuses what the question before it put to the speaker: the
    question names the matter ("Trump firmó una orden para que las fuerzas armadas…"), the answer
    denies it ("no va a haber invasión. Eso está descartado"). The denial must be the answer's own;
    the question only lends the words that say what is denied."""
    text = claim.content or claim.text
    found = None
    for asked, answer in _answers_to(doc, claim.speaker):
        if "?" not in asked.text:
            continue
        own = content_facet.match_content(text, claim.language, doc, [answer])
        if own is None or not own.matched or not (own.denied or own.negation_flip or own.antonym_flip):
            continue
        together = content_facet.match_content(text, claim.language, doc, [merged(asked, answer)])
        if content_facet.is_denial(together) and (found is None or together.coverage > found.coverage):
            found = together
    return found


def _starts_with_no(text: str) -> bool:
    """An answer that is "No." or "No, …": "No tenemos todavía información" opens with the word
    but answers nothing."""
    first = re.match(r"\W*(\w+)\s*([.,;:!—–-]|$)", fold(text))
    return bool(first) and first.group(1) in word_list("answer_no")


def _turn_name(passage: PreparedPassage, index: EntityIndex) -> str:
    return index.display(passage.speaker) if index.get(passage.speaker) else (passage.speaker or "?")


def _distorted_quote(claim: Claim, docs: list[PreparedDocument], index: EntityIndex) -> tuple[PreparedDocument, PreparedPassage] | None:
    """The speaker's own verbatim record of the claimed occasion (a post, a transcript of that day)
    shows the sentence with other words: the quote is contradicted, not merely unfound."""
    if not claim.date or claim.date_precision != "day":
        return None
    for doc in docs:
        # A post is its author's own words; a page only when it is the speaker's own (Truth Social);
        # a release only when the speaker signs it ("Note from President Lula").
        own = doc.doc.verbatim or _is_post(doc, {claim.speaker}) or (claim.speaker is not None and doc.doc.author == claim.speaker)
        if doc.doc.language != claim.language or not own:
            continue
        if authority(doc, claim.speaker, index) != "primary" or not _channel_ok(claim, doc):
            continue
        occasion = date_facet.publication_date(doc.doc)
        if occasion is None or date_facet.compare(claim.date, "day", occasion)[0] != "match":
            continue
        passage = distorted_in(claim.quote or "", claim.language, speaker_passages(doc, claim.speaker, True))
        if passage is not None:
            return doc, passage
    return None


def _channel_ok(claim: Claim, doc: PreparedDocument) -> bool:
    kinds = _CHANNEL_KINDS.get(claim.channel or "")
    return kinds is None or doc.doc.kind in kinds


def _check_statement(claim: Claim, docs: list[PreparedDocument], index: EntityIndex, say: _Say) -> Verdict:
    best: tuple[PreparedDocument, str, content_facet.ContentMatch] | None = None
    denial: tuple[PreparedDocument, str, content_facet.ContentMatch] | None = None
    channel_blocked = False
    parts = content_facet.conjuncts(claim.content or claim.text)
    for doc in sorted(docs, key=lambda d: d.doc.language != claim.language):
        level = authority(doc, claim.speaker, index)
        if level not in _AUTHORITATIVE:
            continue
        # The speaker's own channel, all of it; an official record, only where it names the
        # speaker ("the Secretary made clear that ...").
        passages = speaker_passages(doc, claim.speaker, level == "primary")
        matches = content_facet.content_matches(claim.content or claim.text, claim.language, doc, passages,
                                                with_neighbours=level != "primary" and not doc.doc.verbatim)
        if not matches:
            continue
        found = content_facet.best(matches)
        if content_facet.is_match(found) and not _channel_ok(claim, doc):
            channel_blocked = True
            continue
        # The denial need not be where most of the claim's words are: the speaker tells the
        # proposal in one sentence and "nunca vamos a aceptar" it in the next.
        refusal = max(filter(content_facet.is_denial, matches), key=lambda m: m.coverage, default=None)
        if refusal is None and level == "primary":
            refusal = _denied_answer(claim, doc)
        if refusal is None and not content_facet.is_match(found):
            refusal = _denied_conjunct(claim, parts, doc, passages, level != "primary" and not doc.doc.verbatim)
        if refusal is not None and not content_facet.is_match(found):
            denial = denial or (doc, level, refusal)
        if best is None or found.coverage > best[2].coverage:
            best = (doc, level, found)
    # The speaker's own record denying it outranks a partial match elsewhere: a claim with a
    # conflicting authoritative source is never confirmed.
    if denial is not None and (best is None or not content_facet.is_match(best[2]) or content_facet.is_denial(best[2])
                               or denial[2].coverage >= 0.5):
        best = denial
    if best is None:
        template = "channel_missing" if channel_blocked else "content_no_sources"
        return Verdict(claim.id, "unverified", 0.3, say(template, channel=claim.channel))
    doc, level, found = best
    evidence = Evidence(doc.doc.url, _clip(found.passage.text), round(found.coverage, 3), "content")
    if content_facet.is_denial(found):
        if doc.doc.verbatim and found.passage.speaker != claim.speaker:  # an answer read with its question
            answer = doc.passages[found.passage.index + 1]
            evidence.passage = _clip(answer.text)
            rationale = say("content_denied_answer", source=say.source(doc), authority=level,
                            asked=_clip(doc.passages[found.passage.index].text, 160), answer=_clip(answer.text))
        else:
            rationale = say("content_denied", source=say.source(doc), authority=level, passage=_clip(found.passage.text))
        facet = Facet("content", "mismatch", found.coverage, rationale, evidence, found.translated)
        return Verdict(claim.id, "contradicted", round(min(0.9, 0.5 + 0.4 * found.coverage), 3), rationale, [evidence], [facet])
    date_result = _occasion_facets(claim, doc, found.passage, _said_where(claim, index))
    # Another figure in the same announcement contradicts; on another date it is another announcement.
    conflict = (content_facet.numbers_conflict(claim.content or claim.text, found)
                or content_facet.misplaced_figures(claim.content or claim.text, found))
    if conflict is not None and not _another_day(date_result):
        claimed, stated = conflict
        note = Note.of("numbers_other", stated=_figures(stated), claimed=_figures(claimed))
        rationale = say("numbers_mismatch", source=say.source(doc), authority=level, note=note, passage=_clip(found.passage.text))
        return Verdict(claim.id, "contradicted", 0.75, rationale, [evidence], [Facet("numbers", "mismatch", 0.0, say.note(note), evidence)])
    swap = _someone_else(claim, found, index) if not _another_day(date_result) else None
    if swap is not None:
        others, absent = swap
        rationale = say("people_mismatch", source=say.source(doc), authority=level, others=others, absent=absent,
                        passage=_clip(found.passage.text))
        return Verdict(claim.id, "contradicted", 0.75, rationale, [evidence],
                       [Facet("participants", "mismatch", 0.0, say.note(Note.of("people_other", others=others, absent=absent)), evidence)])
    if not content_facet.is_match(found):
        # What keeps it from matching: words it lacks, an outcome it does not state, a name or figure.
        lacking = list(dict.fromkeys([*found.missing, *found.acts_missing, *found.missing_required]))
        rationale = say("content_partial", source=say.source(doc), missing=", ".join(lacking[:6]) or "?")
        return Verdict(claim.id, "unverified", 0.5, rationale, [evidence],
                       [Facet("content", "missing", found.coverage, rationale, evidence, found.translated)])
    if date_result[0] != "match":
        # The speaker's own record of the same words puts them on another day or somewhere else.
        return _off_occasion(claim, say, doc, level, evidence, date_result, "event_date_mismatch", 0.75)
    confidence = 0.55 + 0.4 * found.coverage
    if found.translated:
        confidence = min(confidence, TRANSLATED_CAP)
        rationale = say("content_translated", source=say.source(doc), authority=level,
                        passage=_clip(found.passage.text), words=", ".join(found.source_words[:8]))
    else:
        rationale = say("content_match", source=say.source(doc), authority=level, passage=_clip(found.passage.text))
    evidence.score = round(confidence, 3)
    facets = [Facet("content", "match", found.coverage, rationale, evidence, found.translated)]
    if claim.channel:
        facets.append(Facet("channel", "match", 1.0, f"{doc.doc.kind} by {doc.doc.author}", evidence))
    return Verdict(claim.id, "confirmed", round(confidence, 3), rationale, [evidence], facets)


def _someone_else(claim: Claim, found: content_facet.ContentMatch, index: EntityIndex) -> tuple[str, str] | None:
    """The speaker's own words say the same of another person: everything of the claim is there
    but a person's name, and the passage names another person in its place ("after speaking with
    President Sheinbaum", claimed as "with Trudeau")."""
    if found.coverage < content_facet.MATCH_COVERAGE or found.negation_flip or found.denied:
        return None
    text = claim.content or claim.text
    named = {m.key for m in find_mentions(text, fold(text), claim.language, index) if _is_person(index, m.key)}
    missing_words = {fold(w) for w in found.missing_required}
    absent = {e for e in named - found.passage.mentions
              if any(fold(t) in missing_words for t in re.findall(r"\w+", index.display(e) or e))}
    if not absent or any(fold(w) not in _name_words(index, absent) for w in found.missing_required):
        return None  # something else is missing too: not the same statement with one name changed
    others = found.passage.people - named - {claim.speaker}
    if not others:
        return None
    return (", ".join(sorted(index.display(o) or o for o in others)), ", ".join(sorted(index.display(a) or a for a in absent)))


def _is_person(index: EntityIndex, key: str) -> bool:
    entity = index.get(key)
    return entity is not None and entity.kind == "person"


def _name_words(index: EntityIndex, entities: set[str]) -> set[str]:
    return {fold(t) for e in entities for name in _names(index, e) for t in re.findall(r"\w+", name)}


def _figures(values: set[float]) -> str:
    return ", ".join(figures.figure(v) for v in sorted(values)) or "?"


def _is_post(doc: PreparedDocument, authors: set[str | None]) -> bool:
    """A post: on X, or a page that is one of these people's own (a Truth Social post). Its words
    are its author's, and an undated report in it happened the day it went out or the day before."""
    return doc.doc.kind == "x_post" or (doc.doc.kind == "web_page" and doc.doc.author in authors - {None})


def _said_when(claim: Claim, doc: PreparedDocument, passage: PreparedPassage) -> date_facet.SourceDate | None:
    """When the words were said: a transcript or a post is dated by its publication ("on Monday"
    inside the words is what they say); a readout or a release by the day its passage gives, or
    by its own date."""
    if doc.doc.verbatim or _is_post(doc, {claim.speaker}):
        return date_facet.publication_date(doc.doc)
    found = date_facet.source_date(doc.doc, passage, _content_dates(claim), said=True)
    if found is None and doc.doc.kind in _DATED_STATEMENTS:
        found = date_facet.publication_date(doc.doc)
    return found


def _occasion_facets(claim: Claim, doc: PreparedDocument, passage: PreparedPassage,
                     claim_places: set[str]) -> tuple[str, Note | None]:
    """The claimed day and place of what was said, against the record that has it: ("match" |
    "mismatch" | "missing", note). A transcript is placed by its venue too."""
    if claim.date and claim.date_precision in ("day", "month"):
        found = _said_when(claim, doc, passage)
        if found is not None:
            result, note = date_facet.compare(claim.date, claim.date_precision, found)
            spoken = doc.doc.verbatim and not _is_post(doc, {claim.speaker})
            if result == "mismatch" and _months_apart(claim, found):
                # Half a year or more away: the Servel's result of 2022 is another plebiscite's, not
                # the 2023 one misdated; such records come back every year.
                return "missing", Note.of("date_other_day", dates=_days_listed(found))
            if result == "mismatch" and spoken and not (claim.channel or claim_places or claim.event_type
                                                        or _announced(claim)):
                # Words spoken on another day may have been spoken again: only a claim that names its
                # occasion (a press conference, an interview, a place) is contradicted by the date.
                # A release or a post is itself the statement, and has one date.
                return "missing", Note.of("date_said_again", dates=_days_listed(found))
            if result != "match":
                return result, note
    if claim_places:
        venue = place_facet.title_places(doc.doc.title) if doc.doc.verbatim else set()
        here = place_facet.here_places(p.text for p in doc.passages if p.speaker == claim.speaker) \
            if doc.doc.verbatim else set()
        if here and not any(place_facet.compare({c}, "", set(), here | venue, doc.doc.timezone)[0] == "match"
                            for c in claim_places):
            # Where speakers say they are ("I've been briefed here at the White House") is where it
            # was said, not a place the words are about ("the Francis Scott Key Bridge in Baltimore").
            result, note = place_facet.compare(claim_places, "", set(), here, doc.doc.timezone)
            if result == "mismatch":
                return result, note
        result, note = place_facet.compare(claim_places, passage.text, set(), venue, doc.doc.timezone)
        # A record names the place once ("met today ... in Quito") and the announcement after it.
        if result == "missing" and any(place_facet.compare(claim_places, p.text, home=doc.doc.timezone)[0] == "match"
                                       for p in doc.passages):
            return "match", Note.of("place_same", places=listed(claim_places))
        return result, note
    return "match", None


FAR_APART_DAYS = 180


def _days_listed(found: date_facet.SourceDate) -> str:
    return " / ".join(d.isoformat() for d in found.days or found.uncertain)


def _announced(claim: Claim) -> bool:
    """The claim reports an announcement ("Trudeau anunció el 5 de enero que dimitiría"): made once,
    on one occasion, unlike words a speaker may say again another day."""
    return bool(set(keys(_attribution(claim))) & event_words()["announcement"])


def _months_apart(claim: Claim, found: date_facet.SourceDate) -> bool:
    """Every day the source gives is half a year or more from the claimed one."""
    days = list(found.days or found.uncertain)
    if not claim.date or not days:
        return False
    claimed = date.fromisoformat(claim.date if len(claim.date) == 10 else claim.date + "-15")
    return all(abs((d - claimed).days) >= FAR_APART_DAYS for d in days)


def _another_day(result: tuple[str, Note | None]) -> bool:
    """The source has it on another day, for certain or possibly: then other figures or names are
    another announcement's, not a contradiction."""
    return result[0] != "match" and result[1] is not None and result[1].facet == "date"


def _attribution(claim: Claim) -> str:
    """The claim's text without what was said: who said it, when, where, how."""
    said = claim.text.replace(claim.quote, " ") if claim.quote else claim.text
    if claim.kind != "quote":
        # The attribution ends where what was said begins ("… said on March 16 that …").
        said = _ATTRIBUTION_END.split(said)[0]
        if claim.content and claim.content in said:
            said = said.replace(claim.content, " ")
    return said


def _said_where(claim: Claim, index: EntityIndex) -> set[str]:
    """Where the claim says the words were said, from its attribution, not from the words."""
    # "…, a day after the shooting in Butler": the place of another occasion that dates this one.
    # Not "before", which also places the words ("said before the General Assembly in New York").
    said = _OTHER_OCCASION.sub(" ", _attribution(claim))
    return place_facet.places(said, {fold(n) for n in _names(index, claim.speaker or "")}, strict=True)


_OTHER_OCCASION = re.compile(r"\b(?:after|following|tras|despu[eé]s\s+de(?:l)?|antes\s+de(?:l)?)\s+"
                             r"(?:the|el|la|los|las|a|an|un|una)\s+[^,.;:]*", re.I)
_ATTRIBUTION_END = re.compile(r"\b(?:que|that)\b|:", re.I)
_EVENT_KINDS = ("call", "meeting", "visit", "signing", "press_conference", "interview", "post")
# Kinds of event that are one occasion with a public record: the same kind on the same day at the
# same place with one of the claim's people is that occasion. Meetings and calls are not: a
# secretary has several a day, each with someone else.
_PUBLIC_OCCASIONS = ("press_conference", "interview", "signing")
_TYPED_EVENTS = ("call", "meeting")  # kinds whose words must agree: a call is not a meeting


def _reports_event(claim: Claim, doc: PreparedDocument, index: EntityIndex, happened: str
                   ) -> tuple[PreparedPassage, content_facet.ContentMatch | None] | None:
    """The passage where the document reports the same event: same participants (a body counts
    for itself and the government it belongs to), same kind; where the kind has no telling words,
    or the claim names no participants, enough of what the claim says happened."""
    own = _own(doc, index)
    if not set(claim.participants) <= (doc.mentions | own):
        return None
    if (document := _the_document(claim, doc, index, happened)) is not None:
        return document
    words = event_words().get(claim.event_type or "", frozenset()) if claim.event_type in _TYPED_EVENTS else frozenset()
    # A transcript's title names its occasion: "Remarks by President Trump and President Bukele
    # Before Bilateral Meeting (Oval Office)" is the meeting, wherever the turns mention it.
    for occasion in _occasions(doc):
        kind = event_words().get(claim.event_type or "", frozenset())
        if occasion.key_set & kind and claim.participants and set(claim.participants) <= occasion.mentions | own:
            return occasion, None
    needed = min(2, len(claim.participants))
    candidates = [p for p in doc.passages if len(set(claim.participants) & (p.mentions | own)) >= needed]
    if words:
        typed = next((p for p in candidates if p.key_set & words and _said_together(p, claim, own, words)), None)
        return (typed, None) if typed is not None else None
    if not candidates:
        return None
    # What happened may go on in the next paragraph ("Among them is Rafael Caro Quintero"), or be
    # told in the paragraph just before the one that names who took part ("Sweden's flag was raised
    # at NATO Headquarters…" / "Stoltenberg and Kristersson attended"): next to the participants.
    found = content_facet.match_content(happened, claim.language, doc, doc.passages)
    named = {p.index for p in candidates}
    if found is None or (found.passage.index not in named and found.passage.index + 1 not in named):
        return None
    if found.passage.index not in named and _names_another(claim, doc.passages[found.passage.index], index, own):
        # Told just before the paragraph that names the participants, the event must not name
        # someone else: "Lacalle Pou traspasó la presidencia pro tempore… al presidente argentino,
        # Javier Milei" before "Participaron… Lacalle Pou… Lula" is no handover to Lula.
        return None
    if _speaks_only(claim, found.passage, index):
        return None
    # The participants' names alone do not tell what happened: the capture of Ovidio Guzmán, which
    # names him and Mexico, is not his extradition; the King's note on Sánchez's promise of office
    # does not say Sánchez insulted the King. A visit's place is what happened ("Landed in
    # Montevideo" is the arrival there).
    told = claim.event_type == "visit" or not found.said <= _name_keys(index, claim.participants)
    return (found.passage, found) if found.coverage >= EVENT_CONTENT and not found.negation_flip and told else None


def _own(doc: PreparedDocument, index: EntityIndex) -> set[str]:
    """The bodies the document speaks for: its author's and publisher's lineage."""
    return set(index.lineage(doc.doc.author)) | set(index.lineage(doc.doc.publisher))


def _names_another(claim: Claim, passage: PreparedPassage, index: EntityIndex, own: set[str]) -> bool:
    """The passage names a person the claim does not: registered, or opening with a first name
    ("San José" and "Buenos Aires" are no one, whatever the extractor made of them)."""
    said = set(keys(claim.content or claim.text))
    return any((_is_person(index, p) or known_first_name(p)) and not _name_keys(index, [p]) & said
               for p in passage.people - set(claim.participants) - own)


def _speaks_only(claim: Claim, passage: PreparedPassage, index: EntityIndex) -> bool:
    """A participant the turn is spoken by but does not name, while it names someone else: "Un
    hombre le apuntó con un arma… Cristina sigue con vida", in Alberto Fernández's address, is no
    attack on Fernández. Present as the speaker, he is not the one it happened to."""
    speaker = passage.speaker
    if claim.participants != [speaker] or _FIRST_PERSON.search(passage.text) \
            or any(all(k in passage.key_set for k in keys(name)) for name in _names(index, speaker)):
        return False  # "I have agreed with Sir Graham Brady…": the speaker takes part in what the turn tells
    return bool(passage.people - {speaker})


_FIRST_PERSON = re.compile(r"(?<!\w)(?:I|me|we|us|yo|nosotros|nosotras|conmigo)(?!\w)")


def _name_keys(index: EntityIndex, participants: list[str]) -> frozenset[str]:
    return frozenset(k for p in participants for name in _names(index, p) for k in keys(name))


def _said_together(passage: PreparedPassage, claim: Claim, own: set[str], words: frozenset[str]) -> bool:
    """One sentence holds the event word and the claim's people: "Rubio met today with Arévalo.
    They discussed Bukele's offer" is not a meeting with Bukele."""
    wanted = set(claim.participants) - own
    return any(sentence_keys & words and wanted <= named for sentence_keys, named in passage.sentences)


def _the_document(claim: Claim, doc: PreparedDocument, index: EntityIndex, happened: str
                  ) -> tuple[PreparedPassage, content_facet.ContentMatch | None] | None:
    """A claim about the document itself ("the U.S.-Mexico joint declaration was issued on June
    10"): its title's own words are in the claim, so the document is the event, dated by its
    publication, and what the claim says it holds must be in it."""
    occasion = doc.occasion
    if occasion is None or doc.doc.verbatim or not _names_title(claim, occasion, index):
        return None
    found = content_facet.match_content(happened, claim.language, doc, doc.passages)
    if found is None or found.negation_flip:
        return None
    if found.coverage < EVENT_CONTENT:
        return occasion, found  # named, so its date can contradict; too little of it to confirm
    return merged(occasion, found.passage), found


def _names_title(claim: Claim, occasion: PreparedPassage, index: EntityIndex) -> bool:
    names = " ".join(n for m in occasion.mentions if index.get(m) for n in _names(index, m))  # not "Joint Statement"
    skip = frozenset(keys(names)) | light_words("en") | light_words("es")
    units = [u for u in glossary().units(occasion.text) if not all(k in skip for k in u.own)]
    wanted = sum(len(u.own) for u in units)
    found = match_units(units, words_passage(claim.text)).found
    words = sum(len(u.own) for u, _, _, _ in found)
    # The title must name a document ("Joint Declaration"), not tell an event like a headline.
    names_document = any(set(u.own) & event_words()["document"] for u, _, _, _ in found)
    return names_document and words >= 2 and words >= 2 * wanted / 3


def _what_happened(claim: Claim, people: set[str]) -> str:
    """The event without when and where: the date and place facets judge those. `people`,
    the participants' folded names, are kept: a name is not where it happened."""
    what = place_facet.without_places(_without_dates(claim.content or claim.text), people)
    return place_facet.without_named(what) if claim.event_type == "visit" else what


def _without_dates(text: str) -> str:
    """What happened, without when: the date facet judges the date, coverage the rest."""
    folded = fold(text)
    for d in reversed(find_dates(folded, None)):
        text = text[: d.start] + " " + text[d.end:]
    return re.sub(r"\b(?:19|20)\d\d\b", " ", text)


EVENT_CONTENT = 0.5


_AS_ROLE = re.compile(r"(?<![0-9a-z])(?:como|as)\s+((?:[a-z]+\s+)?[a-z]+)")  # "como presidente encargado"


AGENT_REACH = 60  # characters before the act in which the person named last is the one who did it


def _done_by_another(claim: Claim, passage: PreparedPassage, index: EntityIndex) -> bool:
    """The claim's first participant does the act ("Desmond McKenzie declared Jamaica a disaster
    area"); the source names another person right before the same verb ("… of the Minister, Desmond
    McKenzie, Prime Minister Andrew Holness has declared…"): someone else did it, on his advice.
    Read in the claim's language only, by the verb that follows the first participant's name."""
    agent = claim.participants[0] if claim.participants else None
    if agent is None or not _is_person(index, agent):
        return False
    said = fold(claim.content or claim.text)
    names = sorted((fold(n) for n in _names(index, agent)), key=len, reverse=True)
    verb = next((m.group(1) for n in names if (m := re.search(rf"(?<![0-9a-z]){re.escape(n)}\s+([a-z]{{4,}})", said))), None)
    if verb is None:
        return False
    text = fold(passage.text)
    others = {n: p for p in passage.mentions if p != agent and p not in claim.participants and _is_person(index, p)
              for n in map(fold, _names(index, p))}
    for act in (m for m in re.finditer(r"[a-z]+", text) if key(m.group()) == key(verb)):
        before = text[max(0, act.start() - AGENT_REACH):act.start()]
        last_other = max((before.rfind(n) for n in others), default=-1)
        last_agent = max((before.rfind(n) for n in names), default=-1)
        if last_other > last_agent:
            return True
    return False


def _role_elsewhere(claim: Claim, passage: PreparedPassage, index: EntityIndex) -> bool:
    """The claim gives a participant a role ("juramentó a Pedro Olaechea como presidente
    encargado"), and the source gives that role to another person it names, the one named last
    before it ("Mercedes Aráoz… juró como presidenta encargada ante… Pedro Olaechea")."""
    said = fold(claim.content or claim.text)
    people = [p for p in claim.participants if _is_person(index, p)]
    told = fold(passage.text)
    for role in _AS_ROLE.finditer(said):
        holder = _named_last(said, role.start(), people, index)
        wanted = set(keys(role.group(1)))
        if holder is None or not wanted & content_facet.event_words()["roles"]:
            continue  # "as part of", "como consecuencia": no office
        for other in _AS_ROLE.finditer(told):
            if not wanted <= set(keys(other.group(1))):
                continue
            named = _named_last(told, other.start(), sorted(passage.people), index)
            if named is not None and named != holder and _is_person(index, named):
                return True
    return False


def _named_last(folded: str, pos: int, people: list[str], index: EntityIndex) -> str | None:
    """Of these people, the one whose name is written last before `pos`, within its sentence."""
    start = max(folded.rfind(". ", 0, pos), 0)
    best, at = None, -1
    for person in people:
        for name in _names(index, person):
            found = folded.rfind(fold(name).split()[-1], start, pos)
            if found > at:
                best, at = person, found
    return best


def _names(index: EntityIndex, entity_id: str) -> list[str]:
    entity = index.get(entity_id)
    return [entity.name, *entity.aliases] if entity else [entity_id]


def _event_skip_keys(claim: Claim, people: set[str]) -> frozenset[str]:
    """Words that do not pin an event: its participants' names, event words, months and weekdays."""
    return frozenset(keys(" ".join(people))) | _event_and_calendar_keys()


@lru_cache(maxsize=None)
def _event_and_calendar_keys() -> frozenset[str]:
    words = set(keys(" ".join(place_facet.calendar_words())))
    for kind, values in content_facet.event_words().items():
        if kind in _EVENT_KINDS:
            words |= values
    return frozenset(words)


def _other_participants(claim: Claim, doc: PreparedDocument, index: EntityIndex, skip: frozenset[str],
                        claim_places: set[str], people: set[str]) -> tuple[PreparedPassage, Note] | None:
    """The same event with someone else in it: the source shares a participant, pins the event
    and names another person where the claim names one it does not ("Rubio with Arévalo, not
    with Bukele"). What pins it: what the claim says happened, or the occasion itself (the same
    kind of event on the same day at the same place), never the day alone."""
    own = _own(doc, index)
    wanted = set(claim.participants)
    people_wanted = {p for p in wanted if index.get(p) is None or index.get(p).kind == "person"}
    if not people_wanted - own or not (wanted & (doc.mentions | own)):
        return None
    for passage in [*doc.passages, *_occasions(doc)]:
        # The author of a transcript is in it too ("Remarks by President Trump and …"): only the
        # publishing bodies are left out.
        others = passage.people - wanted - {o for o in own if not _is_person(index, o)}
        if not others or not (wanted & (passage.mentions | own)):
            continue
        # A secretary takes several calls a day, each with someone else.
        # Where it happened does not pin it: another minister meets the same host at the same palace.
        # What happened may be told in the next paragraph ("President Bukele offered to accept…").
        told = [q for q in doc.passages if q.index in (passage.index, passage.index + 1)] or [passage]
        missing = people_wanted - own - frozenset().union(*(q.mentions for q in told))
        if not missing:
            continue
        # Words quoted in the claim's sentence pin it too ("… and Bukele called Pence "very nice
        # and cool"").
        said = {place_facet.without_places(t) for t in (claim.content or claim.text, *_quoted(claim.text))}
        if _elsewhen(claim, doc, passage) or _place(claim_places, doc, passage, people)[0] == "mismatch":
            continue  # on another day or somewhere else: another occasion, whoever was there
        if (max(content_facet.distinctive_overlap(what, q, skip) for q in told for what in said) >= 2
                or _same_occasion(claim, doc, passage, len(wanted & (passage.mentions | own)), claim_places, people)):
            names = ", ".join(sorted(index.display(o) or o for o in others))
            absent = ", ".join(sorted(index.display(m) or m for m in missing))
            return passage, Note.of("people_other", others=names, absent=absent)
    return None


def _elsewhen(claim: Claim, doc: PreparedDocument, passage: PreparedPassage) -> bool:
    """The source dates its occasion to another day than the claim's: the flag raised in Brussels
    on the 11th is not the accession ceremony in Washington on the 7th."""
    if not claim.date or claim.date_precision != "day":
        return False
    found = _passage_date(claim, doc, passage)
    return found is not None and date_facet.compare(claim.date, claim.date_precision, found)[0] == "mismatch"


def _quoted(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


def _untold(happened: str, language: str, doc: PreparedDocument, claim_places: set[str]) -> tuple[str, ...]:
    """What a document that records the event by its kind and its people ("su llamada telefónica",
    a transcript's title) does not tell of it: an outcome the claim gives it that no passage states
    ("acordaron que México pagaría el muro"), and names the claim gives that no passage or title
    has ("en los jardines del Palacio de Buckingham" against "the Rose Garden of 10 Downing
    Street"). Either way the document confirms only that the event took place. Figures and known
    places are left to their facets, which can contradict."""
    readings = content_facet.content_matches(happened, language, doc, _all_passages(doc))
    if not readings:
        return ()
    places = {w for place in claim_places for w in place.split()}
    names = set(content_facet.required_keys(happened).values())
    acts = [a.word for a in content_facet.outcome_acts(happened)]
    lacking = set.intersection(*(set(m.acts_missing) | set(m.missing_required) for m in readings))
    return tuple(a for a in acts if a in lacking) + tuple(sorted(n for n in lacking & names if fold(n) not in places))


def _all_passages(doc: PreparedDocument) -> list[PreparedPassage]:
    return [*doc.passages, doc.occasion] if doc.occasion is not None else doc.passages


def _occasions(doc: PreparedDocument) -> list[PreparedPassage]:
    """A transcript records one occasion, named by its title and dated by its publication."""
    return [doc.occasion] if doc.occasion is not None and doc.doc.verbatim else []


def _announces(claim: Claim) -> bool:
    return bool(set(keys(claim.content or claim.text)) & event_words()["announcement"])


def _passage_date(claim: Claim, doc: PreparedDocument, passage: PreparedPassage) -> date_facet.SourceDate | None:
    if claim.event_type == "post" and _is_post(doc, set(claim.participants) | {claim.speaker}):
        return date_facet.publication_date(doc.doc)  # the post is the event: "January 20" in it is what it says
    if _announces(claim) and not doc.doc.verbatim and {doc.doc.author, doc.doc.publisher} & set(claim.participants):
        # "Venezuela anunció el retiro…" against the foreign ministry's own comunicado: the
        # release is the announcement, made the day it was published.
        return date_facet.publication_date(doc.doc)
    found = date_facet.source_date(doc.doc, passage, _content_dates(claim))
    if found is None and (passage.index == OCCASION or (doc.doc.verbatim and date_facet.said_here(passage.norm))):
        found = date_facet.publication_date(doc.doc)
    if found is None and not doc.doc.verbatim and passage.index > 0 and date_facet.continues(passage.norm):
        found = date_facet.source_date(doc.doc, doc.passages[passage.index - 1], _content_dates(claim))
    if found is None and (doc.doc.kind == "readout" or _is_post(doc, set(claim.participants))):
        found = date_facet.posted_date(doc.doc)
    if found is None and doc.doc.kind == "press_release" and {doc.doc.author, doc.doc.publisher} & set(claim.participants):
        # "The Norwegian Nobel Committee has decided to award…": a participant's own release that
        # gives no other day tells what it does the day it publishes it.
        found = date_facet.publication_date(doc.doc)
    return found


def _same_occasion(claim: Claim, doc: PreparedDocument, passage: PreparedPassage, shared: int,
                   claim_places: set[str], people: set[str]) -> bool:
    """The same kind of event, on the claimed day, at the claimed place, with the claim's people:
    two of them, or one where the place is named too."""
    words = event_words().get(claim.event_type or "", frozenset())
    if not claim.date or claim.date_precision != "day" or not (passage.key_set & words):
        return False
    found = _passage_date(claim, doc, passage)
    if found is None or date_facet.compare(claim.date, "day", found)[0] != "match":
        return False
    if claim_places and _place(claim_places, doc, passage, people)[0] != "match":
        return False
    # One press conference a day at one venue; but a visitor meets several ministers at the same
    # palace on the same day, so a meeting's day and place (even a transcript's title) do not pin it.
    public = claim.event_type in _PUBLIC_OCCASIONS
    return shared >= 2 or (shared >= 1 and bool(claim_places) and public)


def _place(claim_places: set[str], doc: PreparedDocument, passage: PreparedPassage, people: set[str],
           spoken: bool = False) -> tuple[str, Note | None]:
    """Where the source puts the event. `spoken`: the claim's event is someone speaking."""
    venue = place_facet.title_places(doc.doc.title) if passage.index == OCCASION else set()
    if spoken and doc.doc.verbatim and passage.speaker and (where := place_facet.bracketed_venue(doc.doc.title)):
        # The claim's event is the speaking itself ("Biden habló desde Washington…"): where the
        # transcript was spoken is its title's venue; the places of the words are what they speak of
        # ("the scenes of chaos at the Capitol", spoken in Wilmington).
        return place_facet.compare(claim_places, "", people, where, doc.doc.timezone)
    result = place_facet.compare(claim_places, passage.text, people, venue, doc.doc.timezone)
    filed = place_facet.dateline(doc.passages[0].text) if doc.passages and not doc.doc.verbatim else None
    if result[0] == "missing" and filed and not place_facet.places(passage.text, people) | venue:
        # A release that says nothing of where, filed "Montevideo, 6 December 2024.": there.
        return place_facet.compare(claim_places, "", people, {filed})
    if result[0] == "missing" and not doc.doc.verbatim and not place_facet.places(passage.text, people) | venue:
        # A release that names one place, in another paragraph ("This morning, in the Vatican
        # Apostolic Palace, the Holy Father received…" / "The Vice President subsequently met…"):
        # all it tells happened around there, in what contains that place (Vatican City), though
        # not necessarily in the venue itself (the foreign ministry is not the National Palace).
        named = place_facet.outermost(set().union(*(place_facet.places(p.text, people) for p in doc.passages)))
        if len(named) == 1:
            return place_facet.compare(claim_places, "", people, place_facet.around(named.pop()))
    return result


_ONCE_ONLY = phrase_pattern(sorted(word_list("once_only")))


def _once_only(claim: Claim) -> bool:
    """What the claim says happened can happen to its participant only once: a death, a swearing-in."""
    return _ONCE_ONLY.search(fold(claim.content or claim.text)) is not None


def _once_dated(claim: Claim, once_only: bool, doc: PreparedDocument, passage: PreparedPassage
                ) -> tuple[str, Note | None] | None:
    """The date facet of an event that happens once, where the source reports it: the passage's
    own date, else the next passage's ("debo anunciar la muerte…" / "A las 7:35 de esta mañana…"),
    else, in a transcript, the day of the occasion it records. None for other events, or undated."""
    if not once_only or not claim.date or claim.date_precision not in ("day", "month"):
        return None
    found = _passage_date(claim, doc, passage)
    following = next((q for q in doc.passages if q.index == passage.index + 1), None)
    if found is None and following is not None:
        found = date_facet.source_date(doc.doc, following, _content_dates(claim))
    if found is None and doc.doc.verbatim:
        found = date_facet.publication_date(doc.doc)
    if found is None or _months_apart(claim, found):
        return None
    return date_facet.compare(claim.date, claim.date_precision, found)


def _phrase_broken(what: str, passage: PreparedPassage) -> bool:
    """A phrase of the claim the passage lacks though it has part of it: "juró bandera" against
    "juró … la Constitución" is another oath, not this one told in other words. In the claim's own
    language only: across languages a shared key is a cognate's chance ("justices" / "Justicia")."""
    units = [u for u in glossary().units(what) if len(u.own) > 1]
    missing = match_units(units, passage).missing if units else []
    return any(passage.key_set & set(u.own) for u in missing)


def _announced_for_the_day(claim: Claim, doc: PreparedDocument, passage: PreparedPassage,
                           found: date_facet.SourceDate) -> bool:
    """The passage, dated before the claimed day, names that day ("ha anunciado este miércoles
    que… aprobará el próximo martes, 28 de mayo"): announced ahead, the event is not put elsewhen.
    A report after the day that names it for another act ("the proceedings opened on Thursday 24
    August", in a release of the 26th) is no such thing."""
    days, _ = date_facet.local_publication_dates(doc.doc)
    if not claim.date or claim.date_precision != "day" or not days or not found.days:
        return False
    if max(found.days) >= date.fromisoformat(claim.date):
        return False
    # Relative days read against the publication's local day, as source_date reads them.
    return claim.date in {d.value for d in find_dates(fold(passage.text), days[-1]) if d.precision == "day"}


def _place_words_only(missing: list[str], claim_places: set[str]) -> bool:
    words = {w for place in claim_places for w in place.split()}
    return all(fold(m) in words for m in missing)


def _dated_otherwise(claim: Claim, doc: PreparedDocument, passage: PreparedPassage) -> bool:
    found = _passage_date(claim, doc, passage) if claim.date and claim.date_precision in ("day", "month") else None
    return found is not None and date_facet.compare(claim.date or "", claim.date_precision, found)[0] == "mismatch"


def _set_apart(claim: Claim, passage: PreparedPassage, found: content_facet.ContentMatch | None,
               index: EntityIndex) -> bool:
    """A differently dated report that may well be another event: it names someone the claim does
    not (the trilateral summit the day after the bilateral) or gives other figures. It yields to
    a source that reports the event on the claimed day; alone, it still contradicts."""
    others = {m for m in passage.mentions - set(claim.participants)
              if (entity := index.get(m)) is not None and entity.kind == "person"}
    if claim.participants and others:
        return True
    told = (found.passage if found else passage).text
    stated = figures.numbers(told)
    claimed = figures.claimed_values(_without_dates(claim.content or claim.text), stated, told)
    return bool(claimed and stated and not claimed & stated)


def _check_event(claim: Claim, docs: list[PreparedDocument], index: EntityIndex, say: _Say) -> Verdict:
    matches: list[tuple[PreparedDocument, str, PreparedPassage, Note | None]] = []
    mismatches: list[tuple[PreparedDocument, str, PreparedPassage, Note]] = []
    apart: list[tuple[PreparedDocument, str, PreparedPassage, Note]] = []  # otherwise dated and visibly another event
    people = {fold(n) for p in claim.participants for n in _names(index, p)}
    claim_places = place_facet.places(claim.content or claim.text, people)
    if claim.event_type == "visit":  # "Biden visitó Manaos": the visit's object is its place
        claim_places |= place_facet.named_in(claim.content or claim.text)
    unplaced = undated = 0
    # Found with the claim's people, on its day, but without the outcome it claims ("aprobó
    # definitivamente" / "se remite ahora al Senado"): what the rationale says it lacks.
    partial: tuple[PreparedDocument, str, PreparedPassage, tuple[str, ...]] | None = None
    skip = _event_skip_keys(claim, people)
    what_said = _without_dates(claim.content or claim.text)  # its figures are counts, not days
    claimed = figures.numbers(what_said)
    happened = _what_happened(claim, people)
    once_only = _once_only(claim)
    speech = lexicon(claim.language).verbs
    spoken = (speech is not None and speech.search(fold(claim.content or claim.text)) is not None) \
        or not event_words()["speech_nouns"].isdisjoint(keys(claim.content or claim.text))
    for doc in sorted(docs, key=lambda d: d.doc.language != claim.language):
        level = "primary" if any(speaks_for(doc, p, index) for p in claim.participants) else authority(doc, None, index)
        if level not in _AUTHORITATIVE:
            continue
        if claim.confirmed_by and not speaks_for(doc, claim.confirmed_by, index):
            continue
        reported = _reports_event(claim, doc, index, happened)
        if reported is None:
            swap = _other_participants(claim, doc, index, skip, claim_places, people)
            if swap is not None:
                mismatches.append((doc, level, swap[0], swap[1]))
            continue
        passage, found_content = reported
        if found_content is not None and passage.text not in {p.text for p in doc.passages}:
            # Read across two paragraphs, one may tell the event with someone else in it: "Participaron…
            # Lacalle Pou… Lula" then "Lacalle Pou traspasó la presidencia pro tempore… a Javier Milei".
            swap = _other_participants(claim, doc, index, skip, claim_places, people)
            if swap is not None and swap[0].index in (passage.index, passage.index + 1) \
                    and _names_another(claim, swap[0], index, _own(doc, index)):
                mismatches.append((doc, level, swap[0], swap[1]))
                continue
        if found_content is not None and found_content.antonym_flip:
            # "Carney lost the leadership with 85.9%" against "Carney won… with 85.9 per cent": the
            # same event, told as its opposite.
            mismatches.append((doc, level, passage, Note.of("act_opposite")))
            continue
        if found_content is not None:
            # What happened is judged like a statement: its figures and names must be there too.
            conflict = content_facet.numbers_conflict(what_said, found_content)
            if conflict is not None and _dated_otherwise(claim, doc, passage):
                continue  # other figures on another day: another transfer, not this one miscounted
            if conflict is not None:
                mismatches.append((doc, level, passage, Note.of("numbers_other", stated=_figures(conflict[1]), claimed=_figures(conflict[0]))))
                continue
            once = _once_dated(claim, once_only, doc, passage) if found_content.coverage >= EVENT_CONTENT else None
            if once is not None and once[0] == "mismatch":
                # A death or a swearing-in on another day is not another one: the names the source
                # does not repeat ("ante el Congreso de la Unión") do not set it apart.
                mismatches.append((doc, level, passage, once[1]))
                continue
            if found_content.missing_required and not (
                    _place_words_only(found_content.missing_required, claim_places)
                    and _place(claim_places, doc, passage, people)[0] == "mismatch"):
                # Names the source lacks keep it from stating the event, unless they are only
                # the claimed place's and the source puts the event elsewhere: the place facet
                # decides that ("llegaron a Costa Rica" / "They have arrived in Guatemala").
                continue
        where, where_note = _place(claim_places, doc, passage, people, spoken)
        if where == "mismatch" and claim.date and claim.date_precision in ("day", "month") \
                and (elsewhen := _passage_date(claim, doc, passage)) is not None and _months_apart(claim, elsewhen):
            continue  # "in Brussels on June 28, 2019" against the deal concluded in Montevideo in 2024: another event
        if where == "mismatch":
            mismatches.append((doc, level, passage, where_note))
            continue
        if where == "missing":
            unplaced += 1
            continue  # the source reports the event but not where: it cannot confirm the place
        note: Note | None = None
        if claim.date and claim.date_precision in ("day", "month"):
            found = _passage_date(claim, doc, passage)
            if found is None:
                if claim.confirmed_by is None:
                    undated += 1
                    continue  # the source reports the event but not when: it cannot decide the date
            else:
                result, note = date_facet.compare(claim.date, claim.date_precision, found)
                if result == "missing" and claim.confirmed_by is None:
                    undated += 1
                    continue
                if result == "mismatch" and _months_apart(claim, found):
                    continue  # half a year or more away: another year's plebiscite, not this one misdated
                if result == "mismatch" and _announced_for_the_day(claim, doc, passage, found):
                    continue  # "aprobará el próximo martes, 28 de mayo, el reconocimiento": announced for that day
                if result == "mismatch":
                    # Same people on another day is another meeting, not a contradiction, unless
                    # the source shares what makes the claimed event that event, and nothing
                    # else sets it apart (a third leader at the table, other figures).
                    # The place is no such thing: the same two meet in the same capital on two days;
                    # but a visit's place is what happened ("aterrizó en Montevideo").
                    what = claim.content or claim.text
                    what = what if claim.event_type == "visit" else place_facet.without_places(what)
                    if once_only or max(content_facet.distinctive_overlap(what, p, skip) for p in _all_passages(doc)) >= 2:
                        if _set_apart(claim, passage, found_content, index):
                            apart.append((doc, level, passage, note))
                        else:
                            mismatches.append((doc, level, passage, note))
                    continue
        if found_content is not None and (found_content.coverage < content_facet.MATCH_COVERAGE or found_content.acts_missing
                                          or (doc.doc.language == claim.language
                                              and _phrase_broken(happened, found_content.passage))):
            # Enough of what happened to know it is that event, so its date can contradict; to
            # confirm, as much of it as a statement needs, and no phrase of it said otherwise.
            if found_content.acts_missing and partial is None:
                partial = (doc, level, found_content.passage, found_content.acts_missing)
            continue
        # Its figures too, wherever the event was found ("a deal within 60 days" / "30 days").
        stated = frozenset().union(*(p.figures for p in doc.passages))
        claimed = figures.claimed_values(what_said, stated, doc.text, doc.figures) if claimed else claimed
        if claimed - stated:
            other = stated - claimed
            if other and content_facet.counts_the_same(what_said, claimed, doc.text, other, doc.figures):
                mismatches.append((doc, level, passage, Note.of("numbers_other", stated=_figures(other), claimed=_figures(claimed))))
            continue
        if _role_elsewhere(claim, passage, index):
            continue  # "juramentó a Olaechea como presidente encargado" / "Aráoz juró como presidenta encargada ante… Olaechea"
        if _done_by_another(claim, passage, index):
            continue  # "on the advice of… Desmond McKenzie, Prime Minister Andrew Holness has declared…"
        if found_content is None and (lacking := _untold(happened, claim.language, doc, claim_places)):
            # Its date, place and figures may still contradict it (above); it cannot confirm.
            if partial is None:
                partial = (doc, level, passage, lacking)
            continue
        matches.append((doc, level, passage, note))
    if not matches:
        mismatches += apart  # with nothing on the claimed day, the other report is all there is
    if mismatches and not matches:
        doc, level, passage, note = mismatches[0]
        evidence = Evidence(doc.doc.url, _clip(passage.text), 0.8, "date")
        rationale = say("event_date_mismatch", source=say.source(doc), authority=level, note=note)
        return Verdict(claim.id, "contradicted", 0.8, rationale, [evidence], [Facet(note.facet, "mismatch", 0.0, say.note(note), evidence)])
    if mismatches:
        return Verdict(claim.id, "unverified", 0.4, say("conflict"))
    if not matches and unplaced:
        return Verdict(claim.id, "unverified", 0.4, say("place_missing", place=listed(claim_places)))
    if not matches and undated:
        return Verdict(claim.id, "unverified", 0.4, say("date_missing"))
    if not matches and partial is not None:
        doc, level, passage, lacking = partial
        return Verdict(claim.id, "unverified", 0.4, say("event_partial", source=say.source(doc), authority=level,
                                                        missing=", ".join(lacking), passage=_clip(passage.text)))
    if not matches:
        template = "confirmation_missing" if claim.confirmed_by else "event_missing"
        return Verdict(claim.id, "unverified", 0.4, say(template, body=index.display(claim.confirmed_by)))
    doc, level, passage, note = matches[0]
    confidence = 0.95 if len({m[0].doc.url for m in matches}) > 1 else 0.9
    evidence = [Evidence(m[0].doc.url, _clip(m[2].text), confidence, "date" if m[3] else "participants") for m in matches]
    if claim.confirmed_by:
        rationale = say("confirmation_match", source=say.source(doc), body=index.display(claim.confirmed_by), passage=_clip(passage.text))
    else:
        suffix = say.t["date_suffix"].format(note=say.note(note)) if note else ""
        rationale = say("event_match", source=say.source(doc), authority=level, date=suffix, passage=_clip(passage.text))
    facets = [Facet("participants", "match", 1.0, ", ".join(claim.participants), evidence[0])]
    if note:
        facets.append(Facet(note.facet, "match", 1.0, say.note(note), evidence[0]))
    return Verdict(claim.id, "confirmed", confidence, rationale, evidence, facets)
