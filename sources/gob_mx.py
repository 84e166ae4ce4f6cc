"""gob.mx pages: Presidencia's stenographic versions and SRE press releases.

A "versión estenográfica" is the official verbatim record of a press conference. Each turn
opens with an upper-case label and a colon ("PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO:",
"PREGUNTA:"), and later paragraphs of the same turn have no label. Every passage keeps who
said it, so a reporter's question is never taken as the President's words. A label is
resolved to a registered person where one is named in it. Anything else ("INTERLOCUTORA")
stays as written.

Every gob.mx office publishes on the same host, so the URL path says who published a page
(`/presidencia/...`, `/sre/...`). Dates are local to Mexico City, in the line beside the
title ("Presidencia de la República | 12 de enero de 2026").
"""

from __future__ import annotations

import re
from datetime import date

import httpx
from bs4 import BeautifulSoup, Tag

from claimcheck.extractors.dates import parse_date
from claimcheck.extractors.entities import EntityIndex
from claimcheck.extractors.normalize import fold
from claimcheck.models import Document, Passage

HOSTS = frozenset({"www.gob.mx", "gob.mx"})
TIMEZONE = "America/Mexico_City"
# The first path segment is the office that published the page.
_OFFICES = {"presidencia": "presidencia-mexico", "sre": "sre", "fgr": "fgr"}
# "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM PARDO: Buenos días." The label has no lower-case
# letter, which is how it differs from a sentence that happens to contain a colon.
_TURN = re.compile(r"^(?P<label>[A-ZÁÉÍÓÚÜÑ][A-ZÁÉÍÓÚÜÑ0-9 .,'’()\-–]{0,150}?)\s*:(?!\d)(?:\s*(?P<text>\S.*))?$", re.DOTALL)
# Titles and particles before a name in a label: "PRESIDENTA", "SECRETARIO DE", "LA".
_ROLE_WORDS = frozenset(
    "presidenta presidente secretario secretaria subsecretario subsecretaria canciller gobernador "
    "gobernadora jefa jefe director directora general titular coordinador coordinadora vocero vocera "
    "fiscal embajador embajadora senador senadora diputado diputada ministro ministra doctor doctora "
    "dr dra lic licenciado licenciada ingeniero ingeniera maestro maestra almirante vicealmirante "
    "comisionado comisionada procurador procuradora consejero consejera de del la el los las".split()
)
# "—000—", "---oo0oo---": the end-of-text mark of gob.mx releases and transcripts.
_END_MARK = re.compile(r"^[\s\-—–_*.]*[0oO]{2,}[\s\-—–_*.]*$")


def is_transcript(html: bytes | str) -> bool:
    """True when the page's title or heading calls it a versión estenográfica."""
    soup = BeautifulSoup(html, "html.parser")
    for el in (soup.find("title"), soup.find("h1")):
        if isinstance(el, Tag) and "version estenografica" in fold(el.get_text(" ", strip=True)):
            return True
    return False


def parse_gob_mx(body: bytes, url: str, index: EntityIndex) -> Document:
    """A gob.mx page as a Document: a transcript when it is one, otherwise a press release.

    `url` is the canonical page URL (a record's `final_url`, or a Wayback capture's original
    URL). Its path names the office and marks transcripts, and it is kept as the Document's URL.
    """
    path = _path(url)
    if "/prensa/version-estenografica" in path or is_transcript(body):
        return parse_transcript(body, url, index)
    return parse_press_release(body, url, index)


def parse_transcript(body: bytes, url: str, index: EntityIndex) -> Document:
    """A Presidencia versión estenográfica: one passage per paragraph, each with its speaker.

    A paragraph with no label continues the last speaker's turn. A paragraph that is wholly
    in parentheses, such as "(PROYECCIÓN DE VIDEO)", is a stage direction: it has no speaker
    and does not end the turn. The end mark is dropped.
    """
    soup = BeautifulSoup(body, "html.parser")
    passages: list[Passage] = []
    speaker: str | None = None
    for text in _paragraphs(_content(soup)):
        if text.startswith("(") and text.rstrip(".").endswith(")"):
            passages.append(Passage(text, None))
            continue
        match = _TURN.match(text)
        if match and sum(c.isalpha() for c in match.group("label")) >= 2:
            speaker = speaker_for(match.group("label"), index)
            text = (match.group("text") or "").strip()
        if text:
            passages.append(Passage(text, speaker))
    office, published = _office_and_date(soup)
    return Document(
        url=url,
        kind="transcript",
        language="es",
        passages=passages,
        title=_title(soup),
        publisher=_office_entity(url, index),
        author=None,  # many speakers: each passage says whose words it holds
        author_name=office,
        published_at=published,
        timezone=TIMEZONE,
        verbatim=True,
    )


def parse_press_release(body: bytes, url: str, index: EntityIndex) -> Document:
    """A gob.mx press release ("comunicado"): title, local date, the body's paragraphs.

    The office in the path is both publisher and author (`/sre/prensa/...` is the SRE), since
    a comunicado speaks for the office that issued it.
    """
    soup = BeautifulSoup(body, "html.parser")
    office, published = _office_and_date(soup)
    owner = _office_entity(url, index)
    entity = index.get(owner)
    return Document(
        url=url,
        kind="press_release",
        language="es",
        passages=[Passage(text) for text in _paragraphs(_content(soup))],
        title=_title(soup),
        publisher=owner,
        author=owner,
        author_name=office or (entity.name if entity else None),
        published_at=published,
        timezone=TIMEZONE,
    )


def speaker_for(label: str, index: EntityIndex) -> str:
    """The registered person a turn label names, or the label as written.

    Labels name a person next to a role, in either order and usually with a comma between
    them: "SECRETARIO DE SEGURIDAD Y PROTECCIÓN CIUDADANA, OMAR GARCÍA HARFUCH" or "MARIO
    DELGADO CARRILLO, SECRETARIO DE EDUCACIÓN PÚBLICA". Each comma-separated part is tried
    for a person. The whole label is tried as any alias only after that, because a role part
    such as "SECRETARIA DE RELACIONES EXTERIORES" is the SRE's alias but the speaker is a
    person.
    """
    written = " ".join(label.split())
    folded = fold(re.sub(r"\([^)]*\)", " ", written))
    folded = " ".join(folded.split()).strip(" .")
    for part in (p.strip(" .") for p in folded.split(",")):
        found = _person_in(part, index) if part else None
        if found:
            return found
    if folded in index.alias_to_id:
        return index.alias_to_id[folded]
    ids = index.descriptor_to_ids.get(folded)
    if ids and len(ids) == 1:
        return ids[0]
    return written


def _person_in(part: str, index: EntityIndex) -> str | None:
    """A person alias in one part of a label, after stripping its leading role words.

    First pass: the role words are dropped one at a time ("presidenta claudia sheinbaum
    pardo" -> "claudia sheinbaum pardo"). Each remainder is tried whole, and then without
    trailing words, since a registry alias may lack the second surname. Names of two or more
    words only, so "Rubio" at the end of someone else's name does not match.
    Second pass: a person alias of two or more words that ends the part, for a role written
    without a comma ("SECRETARIO DE SEGURIDAD OMAR GARCÍA HARFUCH").
    """
    words = part.split()
    for start in range(len(words)):
        if start and words[start - 1] not in _ROLE_WORDS:
            break
        rest = words[start:]
        for end in range(len(rest), 0, -1):
            if end < len(rest) and end < 2:
                break
            found = _person_alias(" ".join(rest[:end]), index)
            if found:
                return found
    for start in range(1, len(words) - 1):
        found = _person_alias(" ".join(words[start:]), index)
        if found:
            return found
    return None


def _person_alias(phrase: str, index: EntityIndex) -> str | None:
    key = index.alias_to_id.get(phrase)
    entity = index.get(key)
    return key if entity is not None and entity.kind == "person" else None


def _content(soup: BeautifulSoup) -> Tag:
    """The article body; the navigation, the share buttons and the footer are left out."""
    for selector in (".article-body", "article", "main"):
        found = soup.select_one(selector)
        if isinstance(found, Tag):
            return found
    return soup.body or soup


def _paragraphs(content: Tag) -> list[str]:
    """The body's paragraphs and list items, in order, whitespace collapsed, end marks dropped."""
    out = []
    for el in content.find_all(["p", "li"]):
        if el.name == "li" and el.find("p"):
            continue  # its paragraphs come on their own
        text = " ".join(el.get_text(" ", strip=True).split())
        text = re.sub(r"\s+([,.;:])", r"\1", text)
        if text and not _END_MARK.match(text):
            out.append(text)
    return out


def _title(soup: BeautifulSoup) -> str | None:
    h1 = soup.find("h1")
    return " ".join(h1.get_text(" ", strip=True).split()) if isinstance(h1, Tag) else None


def _office_and_date(soup: BeautifulSoup) -> tuple[str | None, date | None]:
    """The office and the publication date from the line beside the title.

    The line looks like "Presidencia de la República | 12 de enero de 2026". The first
    day-precision date among the strings between the h1 and the article body is taken.
    Failing that, a `<time>` element, then the title itself ("... del 12 de enero de 2026").
    Dates inside the body are not used: they are about what the text reports.
    """
    h1 = soup.find("h1")
    body = soup.select_one(".article-body")
    strings: list[str] = []
    if isinstance(h1, Tag):
        for s in h1.find_all_next(string=True):
            if h1 in s.parents:
                continue  # the title is the last resort, below
            if body is not None and body in s.parents:
                break  # the text itself: a date there is what the text is about
            text = " ".join(str(s).split())
            if text and s.parent is not None and s.parent.name not in ("script", "style"):
                strings.append(text)
            if len(strings) >= 12:
                break
    time_el = soup.find("time")
    if isinstance(time_el, Tag):
        strings.append(str(time_el.get("datetime") or time_el.get_text(" ", strip=True)))
    if isinstance(h1, Tag):
        strings.append(h1.get_text(" ", strip=True))
    for text in strings:
        found = parse_date(text)
        if found and found.value and found.precision == "day":
            office = text.split("|", 1)[0].strip() if "|" in text else None
            return office or None, date.fromisoformat(found.value)
    return None, None


def _path(url: str) -> str:
    try:
        return httpx.URL(url).path.lower()
    except httpx.InvalidURL:
        return ""


def _office_entity(url: str, index: EntityIndex) -> str | None:
    """The registered office behind a gob.mx URL path, if the registry has it."""
    segments = [s for s in _path(url).split("/") if s]
    key = _OFFICES.get(segments[0]) if segments else None
    return key if key and index.get(key) is not None else None
