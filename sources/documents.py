"""From an archived snapshot to a Document, by publisher: the adapter registry of sources/."""

from __future__ import annotations

import httpx

from claimcheck.extractors.article import ArticleError, article_from_bytes
from claimcheck.extractors.entities import EntityIndex
from claimcheck.models import Document, Passage, SourceRecord
from claimcheck.sources import gob_mx, state_dept, syndication, transcripts, wayback, x_posts


class UnreadableSource(ValueError):
    """The snapshot was fetched but holds nothing a check can use."""


def to_document(record: SourceRecord, index: EntityIndex) -> Document:
    if record.body is None:
        raise UnreadableSource(record.error or "nothing was fetched")
    entities = tuple(index.entities.values())
    if record.kind == "x_post":
        try:
            if syndication.is_syndication_url(record.final_url):  # the fallback when oEmbed failed
                return syndication.parse_syndication(record.body, record.url, entities)
            return x_posts.parse_oembed(record.body, record.url, entities)
        except x_posts.PostUnavailable as exc:
            raise UnreadableSource(f"post unavailable: {exc}") from None
    source_url = record.final_url or record.url
    replay = wayback.replay_parts(source_url)
    if replay:  # an archived capture is read as the page it preserves
        source_url = replay[1]
    host = (httpx.URL(source_url).host or "").lower()
    if host in state_dept.HOSTS:
        return state_dept.parse_release(record.body, source_url, entities)
    if host in gob_mx.HOSTS:
        return gob_mx.parse_gob_mx(record.body, source_url, index)
    if record.kind == "transcript" or b'class="turn"' in record.body or b"class=\"transcript" in record.body:
        return transcripts.parse_transcript(record.body, source_url, index)
    return _generic(record, index, host, source_url)


def _generic(record: SourceRecord, index: EntityIndex, host: str, source_url: str) -> Document:
    try:
        article = article_from_bytes(record.body or b"", record.content_type, source_url, name=record.url)
    except ArticleError as exc:
        raise UnreadableSource(str(exc)) from None
    owners = [e for e in index.entities.values() if host in e.sites]
    owner = owners[0].id if len(owners) == 1 else None
    return Document(
        url=source_url,
        kind="web_page",
        language=article.language,
        passages=[Passage(p) for p in article.text.split("\n")],
        title=article.title,
        publisher=owner,
        author=owner,
        author_name=article.outlet,
        published_at=article.published_at,
    )
