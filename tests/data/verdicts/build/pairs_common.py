"""Helpers to write claims and pairs compactly."""

from __future__ import annotations

PAIRS: list[dict] = []


def _claim(kind, lang, text, content, *, speaker=None, quote=None, date=None, prec=None,
           channel=None, event_type=None, participants=(), confirmed_by=None, absence=False):
    if date and prec is None:
        prec = "day" if len(date) == 10 else "month"
    return {
        "kind": kind,
        "language": lang,
        "text": text,
        "content": content,
        "speaker": speaker,
        "speaker_name": None,  # filled from the registries at build time
        "quote": quote,
        "date": date,
        "date_precision": prec if date else None,
        "channel": channel,
        "event_type": event_type,
        "participants": list(participants),
        "confirmed_by": confirmed_by,
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


def P(category, label, note, claim, docs):
    PAIRS.append({"category": category, "label": label, "note": note, "claim": claim, "docs": list(docs)})
