"""Quoted segments in every house style: “ ” « » " " ‘ ’ ' ' and em-dash dialogue.

A quotation left open at the end of a paragraph (the convention for quotes that run over several
paragraphs) ends with its paragraph, so each paragraph yields its own segment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quote:
    start: int  # outer span, with the marks
    end: int
    inner_start: int  # the quoted words alone
    inner_end: int

    def words(self, text: str) -> str:
        return text[self.inner_start:self.inner_end]


# (opening mark, pattern): a style is only scanned for when its opening mark occurs at all.
_PAIRS = (
    ("“", re.compile(r"“([^“”\n]+)(?:”|(?=\n)|$)")),
    ("«", re.compile(r"«([^«»\n]+)(?:»|(?=\n)|$)")),
    # A ’ between letters is an apostrophe ("the Queen’s doctors"), not the closing mark.
    ("‘", re.compile(r"(?:(?<=^)|(?<=[\s(\[—-]))‘((?:[^‘’\n]|(?<=[A-Za-z])’(?=[a-záéíóú]))+?)’(?![a-záéíóú])")),
    ('"', re.compile(r"(?:(?<=^)|(?<=[\s(\[—:-]))\"([^\"\n]+)\"")),
    ("'", re.compile(r"(?:(?<=^)|(?<=[\s(\[—:]))'((?:[^'\n]|(?<=[A-Za-z])'(?=[a-z]))+?)'(?![a-z])")),
)
# "—No vamos a ceder —dijo la ministra—. Es nuestra soberanía." at the start of a paragraph.
# A live blog's timestamp may come first: "21:27 – —Las cifras son claras —añadió el expresidente".
_DIALOGUE = re.compile(r"(?m)^(?:\d{1,2}[:.]\d{2}\s*[\u2013-]\s*)?[—―]\s*([^—―\n]+?)(?=\s[—―]|$)")
# "—Las vacunas no fallaron —dice Barbosa—. Lo que falló fue…": after the attribution closes with
# its dash and a full stop or comma, the rest of the paragraph is the speaker's words again.
_DIALOGUE_REST = re.compile(r"\s[—―][^—―\n]{1,80}[—―][.,;]\s+([^\s—―][^\n]*)")


def is_question_line(text: str, start: int, end: int) -> bool:
    """A dialogue line that asks and has no attribution: in a Q&A interview, the interviewer's
    question ("—¿Por qué ahora?"). Questions are not claims, though a claim reported inside one
    ("—Washington anunció en enero su retirada… ¿Cómo afecta eso?") still is."""
    line = text[start:end].rstrip()
    if not line or line[0] not in "—―":
        return False
    return line.rstrip("»”\"'").endswith("?") and re.search(r"\s[—―]", line) is None


def find_quotes(text: str) -> list[Quote]:
    found: list[Quote] = []
    for mark, pattern in _PAIRS:
        if mark not in text:
            continue
        for m in pattern.finditer(text):
            inner_start, inner_end = m.span(1)
            while inner_end > inner_start and text[inner_end - 1].isspace():
                inner_end -= 1
            found.append(Quote(m.start(), m.end(), inner_start, inner_end))
    for m in _DIALOGUE.finditer(text) if ("—" in text or "―" in text) else ():
        para_end = text.find("\n", m.start())
        para_end = len(text) if para_end < 0 else para_end
        dash = max(text.rfind("—", m.start(), m.start(1)), text.rfind("―", m.start(), m.start(1)))
        if is_question_line(text, dash, para_end):
            continue
        found.append(Quote(dash, m.end(), m.start(1), m.end(1)))
        rest = _DIALOGUE_REST.match(text, m.end(), para_end)
        if rest is not None:
            found.append(Quote(rest.start(1), rest.end(1), rest.start(1), rest.end(1)))
    found.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quote] = []
    for q in found:
        if kept and q.start < kept[-1].end:  # nested or overlapping: the outer one stands
            continue
        kept.append(q)
    return kept
