"""What both verdict sets' builders share: how a document, a post and a pair are written down,
and how the JSON files are assembled. Each set keeps its own documents and pairs (docs.py and
pairs_*.py for train/dev/test, docs_dev2.py and pairs_dev2.py for dev2, docs_dev3.py and
pairs_dev3.py for dev3, docs_dev4.py and pairs_dev4.py for dev4, docs_dev5.py and pairs_dev5.py
for dev5, docs_dev6.py and pairs_dev6.py for dev6, docs_dev7.py and pairs_dev7.py for
dev7, docs_dev8.py and pairs_dev8.py for dev8, docs_dev9.py and pairs_dev9.py for dev9,
docs_dev10.py and pairs_dev10.py for dev10, docs_dev11.py and pairs_dev11.py for dev11,
docs_dev12.py and pairs_dev12.py for dev12, docs_dev13.py and pairs_dev13.py for dev13,
docs_dev14.py and pairs_dev14.py for dev14,
docs_dev15.py and pairs_dev15.py for dev15,
docs_dev16.py and pairs_dev16.py for dev16)."""

from __future__ import annotations

import copy
import hashlib
import json
import random
import tomllib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
DEFAULT_REGISTRY = OUT.parents[2] / "sources" / "data" / "registry.toml"
EXTRA_REGISTRY = OUT / "registry.toml"
DOC_FIELDS = ["url", "kind", "language", "title", "publisher", "author", "author_name", "published_at",
              "published_utc_date_only", "timezone", "verbatim", "passages"]

MX = "America/Mexico_City"
NY = "America/New_York"
SPOX = "Office of the Spokesperson"
_X_EPOCH_MS = 1288834974657


def _ms(ts: str) -> int:
    return int(datetime.fromisoformat(ts).timestamp() * 1000)


def _low(key: str, bits: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % (1 << bits)


def xid(key: str, ts: str) -> str:
    """A status id shaped like an X snowflake for the instant `ts` (so the id and time agree)."""
    return str(((_ms(ts) - _X_EPOCH_MS) << 22) + _low(key, 22))


def truth_id(key: str, ts: str) -> str:
    """A Truth Social (Mastodon-style) status id for the instant `ts`."""
    return str((_ms(ts) << 16) + _low(key, 16))


class Library:
    """One set's documents, by key."""

    def __init__(self) -> None:
        self.docs: dict[str, dict] = {}

    def D(self, key, *, url, kind, lang, title, published_at, tz, passages, publisher=None, author=None,
          author_name=None, verbatim=False, utc_only=False):
        assert key not in self.docs, key
        ps = [{"text": p[1], "speaker": p[0]} if isinstance(p, tuple) else {"text": p, "speaker": None} for p in passages]
        self.docs[key] = {
            "url": url, "kind": kind, "language": lang, "title": title, "publisher": publisher, "author": author,
            "author_name": author_name, "published_at": published_at, "published_utc_date_only": utc_only,
            "timezone": tz, "verbatim": verbatim, "passages": ps,
        }

    def X(self, key, *, handle, author, author_name, ts, lang, tz, passages, utc_only=False, title=None):
        """An X post. `ts` is a UTC instant, or a bare UTC date when utc_only (an oEmbed card)."""
        inst = ts if not utc_only else ts + "T12:00:00+00:00"
        if title is None:
            title = f"{author_name} (@{handle}) en X" if lang == "es" else f"{author_name} (@{handle}) on X"
        self.D(key, url=f"https://x.com/{handle}/status/{xid(key, inst)}", kind="x_post", lang=lang, title=title,
               published_at=ts, tz=tz, passages=passages, publisher=None, author=author, author_name=author_name,
               utc_only=utc_only)

    def TRUTH(self, key, *, ts, passages, title="Donald J. Trump (@realDonaldTrump) on Truth Social"):
        self.D(key, url=f"https://truthsocial.com/@realDonaldTrump/posts/{truth_id(key, ts)}", kind="web_page",
               lang="en", title=title, published_at=ts, tz="America/New_York", passages=passages,
               publisher=None, author="donald-trump", author_name="Donald J. Trump")

    def MEDIA(self, key, *, url, lang, title, outlet, date, tz, passages):
        self.D(key, url=url, kind="web_page", lang=lang, title=title, published_at=date, tz=tz,
               passages=passages, publisher=None, author=None, author_name=outlet)


def _claim(kind, lang, text, content, *, speaker=None, quote=None, date=None, prec=None,
           channel=None, event_type=None, participants=(), confirmed_by=None, absence=False):
    if date and prec is None:
        prec = "day" if len(date) == 10 else "month"
    return {
        "kind": kind, "language": lang, "text": text, "content": content, "speaker": speaker,
        "speaker_name": None,  # filled from the registries at build time
        "quote": quote, "date": date, "date_precision": prec if date else None, "channel": channel,
        "event_type": event_type, "participants": list(participants), "confirmed_by": confirmed_by,
        "absence": absence,
    }


def Q(lang, text, speaker, quote, date=None, **kw):
    """A quote claim: `quote` are the words inside the quotation marks."""
    return _claim("quote", lang, text, quote, speaker=speaker, quote=quote, date=date, **kw)


def S(lang, text, speaker, content, date=None, **kw):
    """A statement claim: reported speech without quotation marks."""
    return _claim("statement", lang, text, content, speaker=speaker, date=date, **kw)


def E(lang, text, content, date=None, participants=(), **kw):
    """An event claim (a call, meeting, transfer, signing...)."""
    return _claim("event", lang, text, content, date=date, participants=participants, **kw)


class PairSet:
    """One set's pairs, in the order written."""

    def __init__(self) -> None:
        self.pairs: list[dict] = []

    def P(self, category, label, note, claim, docs):
        self.pairs.append({"category": category, "label": label, "note": note, "claim": claim, "docs": list(docs)})


def names() -> dict[str, str]:
    out = {}
    for path in (DEFAULT_REGISTRY, EXTRA_REGISTRY):
        for e in tomllib.loads(path.read_text())["entity"]:
            out[e["id"]] = e["name"]
    return out


def assembled(pair_list: list[dict], docs: dict[str, dict]) -> list[dict]:
    """The pairs with speaker names filled in and their documents written out."""
    ents = names()
    pairs = [copy.deepcopy(p) for p in pair_list]
    for p in pairs:
        sp = p["claim"]["speaker"]
        p["claim"]["speaker_name"] = ents[sp] if sp else None
        p["documents"] = [{k: copy.deepcopy(docs[d])[k] for k in DOC_FIELDS} for d in p.pop("docs")]
    return pairs


def write_held_out(split: str, prefix: str, pair_list: list[dict], docs: dict[str, dict], seed: int) -> None:
    """Write `<split>.json`, a held-apart development set (dev2, dev3...): ids `<prefix>-001`...
    assigned after a seeded shuffle (so that they do not reveal the category) and `"split": split`
    on every pair. Deterministic: the same sources always give the same file."""
    used = {d for p in pair_list for d in p["docs"]}
    pairs = assembled(pair_list, docs)
    unused = sorted(set(docs) - used)
    if unused:
        print(f"note: documents not used by any pair: {unused}")

    order = list(range(len(pairs)))
    random.Random(seed).shuffle(order)
    for n, i in enumerate(order, 1):
        pairs[i]["id"] = f"{prefix}-{n:03d}"
        pairs[i]["split"] = split

    rows = sorted(pairs, key=lambda p: p["id"])
    rows = [{k: p[k] for k in ("id", "split", "label", "category", "note", "claim", "documents")} for p in rows]
    (OUT / f"{split}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    print(f"{split}: {len(rows)} pairs, {len(used)} documents")
