"""Adapters and discovery on the demo's reconstructed sources (pure parsing, no network)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from claimcheck.demo.server import WEB
from claimcheck.models import Claim
from claimcheck.sources.discovery import FeedRequest, candidate_for, feed_requests, rank_feed_items
from claimcheck.sources.feeds import FeedError, parse_feed
from claimcheck.sources.state_dept import parse_release
from claimcheck.sources.transcripts import parse_transcript
from claimcheck.sources.x_posts import oembed_url, parse_oembed, post_parts

import pytest


def test_oembed_post_has_author_text_and_instant(index):
    body = (WEB / "publish.twitter.com" / "oembed" / "2010535859081868498.json").read_bytes()
    doc = parse_oembed(body, "https://twitter.com/SRE_mx/status/2010535859081868498", tuple(index.entities.values()))
    assert doc.author == "sre" and doc.language == "es" and doc.kind == "x_post"
    assert "colaboración sin subordinación" in doc.passages[0].text
    assert doc.published_at == datetime(2026, 1, 12, 2, 14, 37, 412000, tzinfo=timezone.utc)


def test_post_urls_go_through_oembed():
    assert post_parts("https://x.com/SRE_mx/status/123456789") == ("SRE_mx", "123456789")
    assert post_parts("https://example.com/SRE_mx/status/1") is None
    c = candidate_for("https://x.com/SRE_mx/status/123456789", "test")
    assert c.kind == "x_post" and c.fetch_url == oembed_url("https://twitter.com/SRE_mx/status/123456789")
    assert c.fetch_url.startswith("https://publish.twitter.com/oembed?url=https%3A%2F%2Ftwitter.com")


def test_state_department_release(index):
    body = (WEB / "www.state.gov" / "releases" / "secretary-rubios-call-with-mexican-foreign-secretary-de-la-fuente.html").read_bytes()
    doc = parse_release(body, "https://www.state.gov/x", tuple(index.entities.values()))
    assert doc.kind == "readout" and doc.author == "us-state-department-spokesperson"
    assert doc.publisher == "us-state-department" and doc.published_at == date(2026, 1, 11)
    assert any("tangible results" in p.text for p in doc.passages)


def test_transcript_turns_keep_their_speakers(index):
    body = (WEB / "rollcall.com" / "factbase" / "interview-sean-hannity-2026-01-08.html").read_bytes()
    doc = parse_transcript(body, "https://rollcall.com/t", index)
    speakers = [p.speaker for p in doc.passages]
    assert "donald-trump" in speakers and "Sean Hannity" in speakers and doc.verbatim
    assert doc.published_at == date(2026, 1, 8)


def test_feed_ranking_keeps_the_readout_and_drops_decoys(index):
    items = parse_feed((WEB / "www.state.gov" / "rss-feed" / "press-releases.xml").read_bytes())
    assert len(items) == 3 and items[0].published == datetime(2026, 1, 12, 3, 38, tzinfo=timezone.utc)
    request = FeedRequest("f", "press_release", date(2026, 1, 8), date(2026, 1, 14),
                          [frozenset({"marco-rubio", "juan-ramon-de-la-fuente"})], "America/New_York")
    ranked = rank_feed_items(items, request, index)
    assert [i.title for i in ranked] == ["Secretary Rubio’s Call with Mexican Foreign Secretary de la Fuente"]
    late = FeedRequest("f", "press_release", date(2026, 1, 1), date(2026, 1, 10), request.groups, "America/New_York")
    assert rank_feed_items(items, late, index) == []  # outside the window, in Washington's local time


def test_feed_requests_follow_the_registry(index):
    claim = Claim(id="c", kind="event", text="t", span=(0, 1), language="es", participants=["marco-rubio"],
                  date="2026-01-11", date_precision="day")
    requests = feed_requests([claim], index, date(2026, 1, 12))
    assert [r.url for r in requests] == ["https://www.state.gov/rss-feed/press-releases/feed/"]
    assert (requests[0].start, requests[0].end) == (date(2026, 1, 8), date(2026, 1, 14))


def test_feeds_refuse_entity_declarations():
    with pytest.raises(FeedError):
        parse_feed(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel>&a;</channel></rss>')
    with pytest.raises(FeedError):
        parse_feed(b"<html><body>not a feed</body></html>")
