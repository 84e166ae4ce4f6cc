"""From an archived snapshot to a Document, by publisher: the adapter registry of sources/."""

from __future__ import annotations

import httpx

from claimcheck.extractors.article import ArticleError, article_from_bytes
from claimcheck.extractors.entities import EntityIndex
from claimcheck.models import Document, Passage, SourceRecord
from claimcheck.sources import state_dept, transcripts, x_posts


class UnreadableSource(ValueError):
    """The snapshot was fetched but holds nothing a check can use."""


def to_document(record: SourceRecord, index: EntityIndex) -> Document:
    if record.body is None:
        raise UnreadableSource(record.error or "nothing was fetched")
    entities = tuple(index.entities.values())
    if record.kind == "x_post":
        try:
            return x_posts.parse_oembed(record.body, record.url, entities)
        except x_posts.PostUnavailable as exc:
            raise UnreadableSource(f"post unavailable: {exc}") from None
    host = (httpx.URL(record.final_url or record.url).host or "").lower()
    if host in state_dept.HOSTS:
        return state_dept.parse_release(record.body, record.final_url or record.url, entities)
    if record.kind == "transcript" or b'class="turn"' in record.body or b"class=\"transcript" in record.body:
        return transcripts.parse_transcript(record.body, record.final_url or record.url, index)
    return _generic(record, index, host)


def _generic(record: SourceRecord, index: EntityIndex, host: str) -> Document:
    try:
        article = article_from_bytes(record.body or b"", record.content_type, record.final_url or record.url, name=record.url)
    except ArticleError as exc:
        raise UnreadableSource(str(exc)) from None
    owners = [e for e in index.entities.values() if host in e.sites]
    owner = owners[0].id if len(owners) == 1 else None
    return Document(
        url=record.final_url or record.url,
        kind="web_page",
        language=article.language,
        passages=[Passage(p) for p in article.text.split("\n")],
        title=article.title,
        publisher=owner,
        author=owner,
        author_name=article.outlet,
        published_at=article.published_at,
    )
