"""Where a claim's primary sources may be: article links, user URLs, registry feeds near the date.

Discovery is split so that the network stays in one place: `direct_candidates` and
`feed_requests` read only the article and the registry, `rank_feed_items` reads a fetched feed,
and the flow fetches what they name. Feed items are kept only inside a window around the
claimed date and only when their title or summary names the claim's people: another
minister's call on the same day does not rank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import httpx

from claimcheck.extractors.entities import EntityIndex, find_mentions
from claimcheck.extractors.normalize import fold
from claimcheck.models import Article, Claim
from claimcheck.sources import x_posts
from claimcheck.sources.feeds import FeedItem

WINDOW_DAYS = 3
UNDATED_LOOKBACK_DAYS = 14
MAX_ITEMS_PER_FEED = 3
MAX_ARTICLE_LINKS = 8


@dataclass(frozen=True)
class Candidate:
    url: str  # canonical URL of the source (for X: the post URL)
    fetch_url: str  # what is fetched (for X: the oEmbed endpoint)
    kind: str  # x_post | page | transcript | press_release
    reason: str


@dataclass
class FeedRequest:
    url: str
    kind: str
    start: date
    end: date
    groups: list[frozenset[str]] = field(default_factory=list)  # each claim's people, ranked apart
    timezone: str | None = None


def candidate_for(url: str, reason: str, kind: str = "page") -> Candidate:
    parts = x_posts.post_parts(url)
    if parts:
        canonical = f"https://twitter.com/{parts[0]}/status/{parts[1]}"
        return Candidate(canonical, x_posts.oembed_url(canonical), "x_post", reason)
    return Candidate(url, url, kind, reason)


def direct_candidates(article: Article, user_sources: list[str], index: EntityIndex) -> list[Candidate]:
    """Embedded posts, links to registered official sites, other outbound links, user URLs."""
    found: dict[str, Candidate] = {}
    for url in user_sources:
        c = candidate_for(url, "given by the user")
        found.setdefault(c.url, c)
    official_hosts = {s for e in index.entities.values() for s in e.sites}
    own_host = _host(article.url)
    others = 0
    for link in article.links:
        host = _host(link.url)
        if not host or host == own_host:
            continue
        if link.kind == "embed" or x_posts.post_parts(link.url):
            c = candidate_for(link.url, "embedded in the article")
        elif host in official_hosts:
            c = candidate_for(link.url, f"linked from the article ({link.text[:60]})")
        elif others < MAX_ARTICLE_LINKS and len(link.text.split()) >= 2:
            others += 1
            c = candidate_for(link.url, f"linked from the article ({link.text[:60]})")
        else:
            continue
        found.setdefault(c.url, c)
    return list(found.values())


def _host(url: str | None) -> str:
    try:
        return (httpx.URL(url).host or "").lower() if url else ""
    except httpx.InvalidURL:
        return ""


def claim_entities(claim: Claim) -> list[str]:
    return [e for e in dict.fromkeys([claim.speaker, *claim.participants, claim.confirmed_by]) if e]


def feed_requests(claims: list[Claim], index: EntityIndex, published: date | None) -> list[FeedRequest]:
    """The registry's feeds for every entity a claim names, with the date window to read."""
    requests: dict[str, FeedRequest] = {}
    today = published or date.today()
    for claim in claims:
        if claim.absence:
            continue
        if claim.date and claim.date_precision == "day":
            day = date.fromisoformat(claim.date)
            start, end = day - timedelta(days=WINDOW_DAYS), day + timedelta(days=WINDOW_DAYS)
        else:
            start, end = today - timedelta(days=UNDATED_LOOKBACK_DAYS), today + timedelta(days=1)
        people = claim_entities(claim)
        for entity_id in people:
            for owner in index.lineage(entity_id)[:2]:  # the entity, and the body it belongs to
                entity = index.get(owner)
                for feed in entity.feeds if entity else ():
                    request = requests.get(feed.url)
                    if request is None:
                        request = requests[feed.url] = FeedRequest(feed.url, feed.kind, start, end, timezone=entity.timezone)
                    request.start, request.end = min(request.start, start), max(request.end, end)
                    if frozenset(people) not in request.groups:
                        request.groups.append(frozenset(people))
    return list(requests.values())


def rank_feed_items(items: list[FeedItem], request: FeedRequest, index: EntityIndex) -> list[FeedItem]:
    """Items inside the window (in the publisher's local time) that name the claim's people."""
    zone = ZoneInfo(request.timezone) if request.timezone else None
    in_window: list[tuple[FeedItem, set[str]]] = []
    for item in items:
        if item.published is None or not item.link:
            continue
        local = item.published.astimezone(zone).date() if zone else item.published.date()
        if not (request.start <= local <= request.end):
            continue
        text = f"{item.title}. {item.description}"
        in_window.append((item, {m.key for m in find_mentions(text, fold(text), "en", index)}))
    chosen: dict[str, FeedItem] = {}
    for group in request.groups:
        scored = [(len(named & group), item) for item, named in in_window if named & group]
        if not scored:
            continue
        top = max(score for score, _ in scored)
        best = [item for score, item in scored if score == top]
        for item in best[:MAX_ITEMS_PER_FEED]:  # the items naming most of this claim's people
            chosen.setdefault(item.link, item)
    return list(chosen.values())
