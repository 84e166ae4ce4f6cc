"""Sentence boundaries that respect quotations and abbreviations.

A multi-sentence quotation stays inside one sentence, so the attribution after it ("…”, dijo
López.") is found with its quote; a paragraph break always ends a sentence.
"""

from __future__ import annotations

import re

from claimcheck.extractors.lexicon import _load
from claimcheck.extractors.normalize import NON_SPACE
from claimcheck.extractors.quotes import is_question_line

_ABBREVIATIONS = frozenset(_load("words.toml")["abbreviations"])
_OPEN = "“«‹"
_CLOSE = "”»›"
_END = re.compile(r"[.!?…]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of sentences, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        _split_paragraph(text, para.start(), para.end(), spans)
    return spans


# Only quote marks and sentence stops matter to the splitter: a regex finds them, and Python
# looks at a few dozen events a paragraph instead of every character.
_EVENTS = re.compile(r"[“«‹”»›\"'‘’—―]|[.!?…]+")


def _split_paragraph(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    depth = 0
    straight_open = False
    single_open = False
    sent_start = start
    # "—Hay que entender… Hay que dar esperanza —dijo Felipe VI.": a dialogue line opens with a dash
    # and its words run, sentences and all, to the dash that brings in the speaker.
    # An interviewer's question is no one's quoted words: its sentences split as plain text, so
    # that a claim reported inside it stands alone.
    dialogue = text[start] in "—―" and not is_question_line(text, start, end)
    for m in _EVENTS.finditer(text, start, end):
        c = m.group()
        i = m.start()
        closed = False
        if c in "—―":
            if dialogue and i > start and text[i - 1] == " ":
                dialogue = False
        elif dialogue:
            continue
        elif c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
            closed = depth == 0
        elif c == '"':
            straight_open = not straight_open
            closed = not straight_open
        elif c in "'‘’":
            # ‘British’ quotes as straight single ones: a ’ between letters is an apostrophe.
            if c != "’" and (i == start or text[i - 1] in " (—") and i + 1 < end and text[i + 1].isalpha():
                single_open = True  # an opening single quote; apostrophes sit inside words
            elif single_open and (i + 1 >= end or text[i + 1] in " ,.;:!?)\"" + _CLOSE):
                # "…: ‘Te guiarás por la Constitución’”": a single quote nested in a double one
                # closes with it.
                single_open = False
                closed = True
        elif depth == 0 and not straight_open and not single_open and i >= sent_start:
            j = m.end()
            while j < end and text[j] in _CLOSE + "\"')":
                j += 1
            if _is_boundary(text, sent_start, i, j, end):
                _push(text, sent_start, j, spans)
                sent_start = j
        if closed and depth == 0 and not straight_open and not single_open and i > sent_start \
                and text[i - 1] in ".!?…" and _is_boundary(text, sent_start, i - 1, i + 1, end) \
                and not _SHORT_SENTENCE.match(text, i + 1, end):
            # ‘It is over.’ The talks…: a quote that ends its own sentence ends the one around it
            # too, unless what follows is short enough to be its attribution ("” Vance asked the
            # Ukrainian leader.").
            _push(text, sent_start, i + 1, spans)
            sent_start = i + 1
    _push(text, sent_start, end, spans)


_SHORT_SENTENCE = re.compile(r"\s+(?:[^\s.!?…]+\s+){0,7}[^\s.!?…]+[.!?…]")


def _is_boundary(text: str, sent_start: int, dot: int, after: int, end: int) -> bool:
    if after >= end:
        return True
    if not text[after].isspace():
        return False
    # Only the next visible character and the word before the stop are read: slicing the rest of
    # the paragraph at every full stop made long paragraphs quadratic.
    nxt = NON_SPACE.search(text, after, end)
    if nxt is None:
        return True
    first = nxt.group()
    if not (first.isupper() or first.isdigit() or first in "“«\"'‘—-¿¡("):
        return False
    if text[dot] == ".":
        w_start = dot
        while w_start > sent_start and (text[w_start - 1].isalnum() or text[w_start - 1] in "._"):
            w_start -= 1
        if w_start < dot:
            w = text[w_start:dot].lower()
            if w in _ABBREVIATIONS:
                return False
            # An initial ("John F. Kennedy", "Trump's lawyer, D. John Sauer"), not a one-letter
            # word right after a lowercase one ("a post on X. The Commission…").
            if len(w) == 1 and w.isalpha():
                before = text[sent_start:dot - 1].split()
                after_word = bool(before) and before[-1][:1].islower() and before[-1][-1:].isalpha()
                if not after_word:
                    return False
    return True


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
