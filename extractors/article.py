"""From a page or a text file to the article text that claims are anchored in.

The main text leaves out navigation, asides, captions, "most read" boxes and embedded posts: an
embedded post is the speaker's own words, so it becomes a link to a primary source rather than
part of what the journalist claims.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import httpx
from bs4 import BeautifulSoup, Tag

from claimcheck.extractors.dates import parse_date
from claimcheck.extractors.language import detect_language
from claimcheck.models import Article, Link

MAX_CHARS = 1_000_000
_DROP = "script, style, noscript, nav, aside, footer, header, form, figure, figcaption, iframe, svg, button"
_BOILERPLATE = re.compile(r"(?i)related|most-read|mas-leido|trending|newsletter|share|social|comments|advert|promo|recommend|byline|caption")
_EMBED_CLASSES = ("twitter-tweet", "x-post", "instagram-media", "tiktok-embed")
_BLOCKS = ("p", "h2", "h3", "h4", "li", "blockquote")


class ArticleError(ValueError):
    """The input is not an article we can read; the message is shown to the user as is."""


def article_from_bytes(body: bytes, content_type: str | None = None, url: str | None = None, name: str = "input") -> Article:
    if not body or not body.strip():
        raise ArticleError(f"{name} is empty")
    if b"\x00" in body[:4096]:
        raise ArticleError(f"{name} is a binary file, not an article")
    text = _decode(body, content_type)
    looks_html = (content_type or "").startswith(("text/html", "application/xhtml")) or re.match(
        r"\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", text[:500], re.I
    )
    return article_from_html(text, url, name) if looks_html else article_from_text(text, url, name)


def _decode(body: bytes, content_type: str | None) -> str:
    charset = None
    if content_type and "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip(" \"'")
    if charset is None:
        meta = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:2048], re.I)
        charset = meta.group(1).decode("ascii", "ignore") if meta else None
    for candidate in (charset, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            return body.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace")


def article_from_text(text: str, url: str | None = None, name: str = "input") -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ArticleError(f"{name} is empty")
    if len(text) > MAX_CHARS:
        raise ArticleError(f"{name} is {len(text):,} characters long; the limit for one article is {MAX_CHARS:,}")
    title, published = None, None
    lines = text.split("\n")
    # A title line and a date line near the top are metadata, not article text.
    head = 0
    for i, line in enumerate(lines[:3]):
        stripped = line.strip()
        found = parse_date(stripped) if len(stripped) < 60 else None
        if found and found.value and found.precision == "day" and len(stripped) - (found.end - found.start) < 25:
            published = date.fromisoformat(found.value)
            head = i + 1
        elif i == 0 and 0 < len(stripped) < 150 and not stripped.endswith((".", "”", '"')) and len(lines) > 2:
            title = stripped
            head = 1
    body = "\n".join(lines[head:]).strip() or text
    return _finish(body, url=url, title=title, published=published, name=name)


def _finish(text: str, *, url: str | None, title: str | None, published: date | None, name: str,
            outlet: str | None = None, links: list[Link] | None = None) -> Article:
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n+ *", "\n", text).strip()
    if len(text.split()) < 25:
        raise ArticleError(f"{name} has no article text (found {len(text.split())} words)")
    language = detect_language(text)
    if language == "und":
        raise ArticleError(f"{name} is not in a language claimcheck reads (Spanish or English)")
    return Article(text=text, language=language, url=url, title=title, outlet=outlet, published_at=published, links=links or [])


def article_from_html(html: str, url: str | None = None, name: str = "input") -> Article:
    if len(html) > 10 * MAX_CHARS:
        raise ArticleError(f"{name} is {len(html):,} characters of HTML; the limit is {10 * MAX_CHARS:,}")
    soup = BeautifulSoup(html, "html.parser")
    meta = _metadata(soup)
    base = meta.get("canonical") or url
    links: list[Link] = []
    for embed in soup.find_all(["blockquote", "div"], class_=lambda c: c and any(k in c for k in _EMBED_CLASSES)):
        anchors = [a for a in embed.find_all("a", href=True) if "/status/" in a["href"]] or embed.find_all("a", href=True)
        if anchors:
            links.append(Link(_absolute(base, anchors[-1]["href"]), embed.get_text(" ", strip=True)[:300], "embed"))
        embed.decompose()
    for tag in soup.select(_DROP):
        tag.decompose()
    for tag in soup.find_all(True, attrs={"class": _BOILERPLATE}):
        if tag.name not in ("html", "body", "article", "main"):
            tag.decompose()
    root = _main_container(soup)
    if root is None:
        raise ArticleError(f"{name} has no article text")
    blocks = [el for el in root.find_all(_BLOCKS) if not el.find_parent(_BLOCKS)] or [root]
    paragraphs = [re.sub(r"\s+", " ", el.get_text(" ", strip=True)) for el in blocks]
    paragraphs = [p for p in paragraphs if p]
    for a in root.find_all("a", href=True):
        href = a["href"]
        if href.startswith(("http", "/")) and not href.startswith("//#"):
            links.append(Link(_absolute(base, href), a.get_text(" ", strip=True)))
    published = None
    if meta.get("published"):
        found = _iso_or_words(meta["published"])
        published = found
    return _finish("\n".join(paragraphs), url=meta.get("canonical") or url, title=meta.get("title"),
                   published=published, name=name, outlet=meta.get("outlet"), links=links)


def _iso_or_words(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        found = parse_date(value)
        return date.fromisoformat(found.value) if found and found.value and found.precision == "day" else None


def _absolute(base: str | None, href: str) -> str:
    try:
        return str(httpx.URL(base).join(href)) if base else href
    except (httpx.InvalidURL, ValueError):
        return href


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    meta: dict[str, str] = {}

    def content(**attrs: str) -> str | None:
        tag = soup.find("meta", attrs=attrs)
        return tag.get("content") if isinstance(tag, Tag) and tag.get("content") else None

    meta_title = content(property="og:title") or (soup.title.get_text(strip=True) if soup.title else None)
    h1 = soup.find("h1")
    title = h1.get_text(" ", strip=True) if h1 else meta_title
    if title:
        meta["title"] = title
    outlet = content(property="og:site_name")
    if outlet:
        meta["outlet"] = outlet
    canonical = soup.find("link", rel="canonical")
    if isinstance(canonical, Tag) and canonical.get("href"):
        meta["canonical"] = canonical["href"]
    published = content(property="article:published_time") or content(name="date") or content(itemprop="datePublished")
    if not published:
        for script in soup.find_all("script", type="application/ld+json"):
            published = _jsonld_date(script.string or "")
            if published:
                break
    if not published:
        time_tag = soup.find("time")
        if isinstance(time_tag, Tag):
            published = time_tag.get("datetime") or time_tag.get_text(strip=True)
    if published:
        meta["published"] = published
    return meta


def _jsonld_date(raw: str) -> str | None:
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    for item in items:
        if isinstance(item, dict) and "datePublished" in item:
            return str(item["datePublished"])
    return None


def _main_container(soup: BeautifulSoup) -> Tag | None:
    for selector in ("[itemprop=articleBody]", "article", "main", "[role=main]"):
        found = soup.select_one(selector)
        if found and found.get_text(strip=True):
            return found
    candidates = soup.find_all(["div", "section"]) or ([soup.body] if soup.body else [])
    best = max(candidates, key=lambda t: sum(len(p.get_text()) for p in t.find_all("p", recursive=False)), default=None)
    if best is not None and best.find("p"):
        return best
    return soup.body
