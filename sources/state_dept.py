"""US State Department releases: readouts, media notes, press statements.

The release page names its office ("Office of the Spokesperson") and its local publication
date; the feed's pubDate is UTC and may fall on the next day, so the page's own date wins.
"""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup

from claimcheck.extractors.dates import parse_date
from claimcheck.models import Document, Entity, Passage

HOSTS = frozenset({"www.state.gov", "state.gov"})
_KINDS = {"readout": "readout", "media note": "press_release", "press statement": "press_release"}


def parse_release(body: bytes, url: str, entities: list[Entity] | tuple[Entity, ...] = ()) -> Document:
    soup = BeautifulSoup(body, "html.parser")
    category = soup.select_one(".featured-content__category")
    kind = _KINDS.get(category.get_text(strip=True).lower(), "press_release") if category else "press_release"
    title_el = soup.find("h1")
    bureau_el = soup.select_one(".article-meta__author-bureau")
    bureau = bureau_el.get_text(" ", strip=True) if bureau_el else None
    date_el = soup.select_one(".article-meta__publish-date")
    found = parse_date(date_el.get_text(" ", strip=True)) if date_el else None
    published = date.fromisoformat(found.value) if found and found.value and found.precision == "day" else None
    content = soup.select_one(".entry-content") or soup.find("article") or soup
    passages = [Passage(p.get_text(" ", strip=True)) for p in content.find_all("p") if p.get_text(strip=True)]
    office = _entity_named(bureau, entities) if bureau else None
    department = _entity_named("Department of State", entities)
    return Document(
        url=url,
        kind=kind,
        language="en",
        passages=passages,
        title=title_el.get_text(" ", strip=True) if title_el else None,
        publisher=department.id if department else None,
        author=office.id if office else (department.id if department else None),
        author_name=bureau,
        published_at=published,
        timezone="America/New_York",
    )


def _entity_named(name: str, entities: list[Entity] | tuple[Entity, ...]) -> Entity | None:
    wanted = name.strip().lower()
    for entity in entities:
        if wanted in (a.lower() for a in (entity.name, *entity.aliases)):
            return entity
    return None
