"""Transcripts: each speaker turn becomes a passage that keeps who said it.

A quote is only matched inside its speaker's turns; a host's question that repeats the words
does not put them in the guest's mouth.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from bs4 import BeautifulSoup, Tag

from claimcheck.extractors.dates import parse_date
from claimcheck.extractors.entities import EntityIndex
from claimcheck.extractors.normalize import fold
from claimcheck.models import Document, Passage

# "THE PRESIDENT: ...", "Q ...", "PRESIDENTA CLAUDIA SHEINBAUM PARDO: ...", "Donald Trump: ..."
_TURN = re.compile(r"^\s*(?P<label>Q|[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ.'\- ]{1,60}?)\s*:\s+(?P<text>\S.*)$")


def _speaker_id(label: str, index: EntityIndex) -> str:
    folded = fold(label).strip()
    folded = re.sub(r"^(?:presidenta|presidente|secretario|secretaria|the)\s+(?=\w+\s+\w+)", "", folded)
    if folded in index.alias_to_id:
        return index.alias_to_id[folded]
    ids = index.descriptor_to_ids.get(fold(label).strip())
    if ids and len(ids) == 1:
        return ids[0]
    return label.strip()


def parse_transcript(body: bytes, url: str, index: EntityIndex, language: str = "en") -> Document:
    soup = BeautifulSoup(body, "html.parser")
    passages: list[Passage] = []
    turns = soup.select(".turn")
    if turns:
        for turn in turns:
            label = turn.select_one(".speaker")
            speaker = _speaker_id(label.get_text(strip=True), index) if isinstance(label, Tag) else None
            text = " ".join(p.get_text(" ", strip=True) for p in turn.find_all("p"))
            if text:
                passages.append(Passage(text, speaker))
    else:
        speaker: str | None = None
        for p in soup.find_all("p"):
            line = p.get_text(" ", strip=True)
            match = _TURN.match(line)
            if match and len(match.group("label").split()) <= 6:
                speaker = _speaker_id(match.group("label"), index)
                line = match.group("text")
            if line:
                passages.append(Passage(line, speaker))
    title = soup.find("h1")
    published: date | datetime | None = None
    date_el = soup.select_one(".transcript-date") or soup.find("time")
    if isinstance(date_el, Tag):
        found = parse_date(date_el.get("datetime") or date_el.get_text(" ", strip=True))
        published = date.fromisoformat(found.value) if found and found.value and found.precision == "day" else None
    return Document(
        url=url,
        kind="transcript",
        language=language,
        passages=passages,
        title=title.get_text(" ", strip=True) if title else None,
        published_at=published,
        verbatim=True,
    )
