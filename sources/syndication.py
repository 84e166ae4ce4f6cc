"""Posts on X, read through the syndication JSON that embedded-post widgets use.

This is the fallback for when oEmbed fails. The answer has the exact creation instant
(`created_at`), the language X detected, and whether the post was edited: a claim may quote
the text from before or after an edit, and checks need to know the text was edited.

The endpoint wants a `token` worked out from the status id. Public client libraries all use
the same JavaScript one-liner for it, and the endpoint only accepts the exact string that
JavaScript gives. That string depends on how V8 prints a float in base 36, so the printing is
ported below digit for digit.
"""

from __future__ import annotations

import html
import json
import math
import re
from datetime import datetime, timezone

import httpx

from claimcheck.models import Document, Entity
from claimcheck.sources.x_posts import PostUnavailable, post_document, post_parts, snowflake_time

SYNDICATION_ENDPOINT = "https://cdn.syndication.twimg.com/tweet-result"
SYNDICATION_HOST = "cdn.syndication.twimg.com"
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
_TWO_53 = float(2**53)
_STATUS_ID = re.compile(r"^[1-9]\d{0,24}$")
_LEARN_MORE = re.compile(r"\s*Learn more\.?$")


def syndication_url(status_id: str, endpoint: str = SYNDICATION_ENDPOINT) -> str:
    """The syndication URL for a status id. This is the canonical URL that gets archived;
    a mirror changes only where it is fetched from."""
    return f"{endpoint}?id={status_id}&token={token(status_id)}&lang=en"


def is_syndication_url(url: str | None, endpoint: str = SYNDICATION_ENDPOINT) -> bool:
    """True when the URL points at the syndication endpoint.

    Use it on `SourceRecord.final_url`, which keeps the canonical URL even when the body came
    from a mirror. That tells a syndication body apart from an oEmbed one for the same post.
    """
    if not url:
        return False
    try:
        parsed, wanted = httpx.URL(url), httpx.URL(endpoint)
    except httpx.InvalidURL:
        return False
    return (parsed.host or "").lower() == (wanted.host or "").lower() and parsed.path == wanted.path


def token(status_id: str) -> str:
    """The token for a status id: `((Number(id) / 1e15) * Math.PI).toString(36).replace(/(0+|\\.)/g, '')`.

    `float(str)` rounds to the nearest double, as `Number(str)` does. Python floats are IEEE
    doubles, so the division and the product give the same bits as in JavaScript. After that,
    only the base-36 printing could differ.
    """
    status_id = str(status_id).strip()
    if not _STATUS_ID.match(status_id):
        raise ValueError(f"a status id is a positive decimal number, not {status_id!r}")
    value = float(status_id) / 1e15 * math.pi
    return re.sub(r"(0+|\.)", "", js_radix_string(value, 36))


def js_radix_string(value: float, radix: int = 36) -> str:
    """JavaScript's `value.toString(radix)` for a positive finite double, as V8 prints it.

    This is a port of V8's DoubleToRadixCString (src/numbers/conversions.cc). ECMAScript leaves
    the digits of non-decimal radixes up to each engine, so the token has to match V8's:

    * Fraction digits: `delta` starts as half the gap between `value` and the next larger
      double, with the smallest denormal as a floor. That is how far apart two inputs must be
      for V8 to print them differently. Each step multiplies both the fraction and `delta` by
      the radix, writes the integer part as a digit, and keeps the rest. Digits stop once the
      rest is below `delta`, because any further digits would come from rounding error.
    * Rounding: if the rest is more than half a digit (exactly half with an odd last digit:
      round half to even), and the rest plus `delta` passes 1, the last digit is rounded up.
      A carry drops each trailing `radix - 1` digit and can reach the integer part.
    * Integer digits: the integer part is a double. While `integer / radix` is at least
      2**53, V8 divides it by the radix and writes a "0", because those low digits cannot be
      represented. The other digits come from `fmod` and exact division, written right to
      left.

    Radix 10 takes V8's shortest-decimal path instead, which this does not port.
    """
    if not 2 <= radix <= 36 or radix == 10:
        raise ValueError(f"radix must be 2..36 and not 10, not {radix}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"a positive finite number is required, not {value!r}")
    integer = float(math.floor(value))
    fraction = value - integer
    delta = max(math.nextafter(0.0, 1.0), 0.5 * (math.nextafter(value, math.inf) - value))
    fraction_digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            fraction_digits.append(digit)
            fraction -= digit
            if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
                while True:  # round up, carrying leftwards
                    if not fraction_digits:
                        integer += 1
                        break
                    last = fraction_digits.pop()
                    if last + 1 < radix:
                        fraction_digits.append(last + 1)
                        break
                break
            if fraction < delta:
                break
    integer_digits: list[str] = []
    while integer / radix >= _TWO_53:  # Double(integer / radix).Exponent() > 0
        integer /= radix
        integer_digits.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        integer_digits.append(_DIGITS[int(remainder)])
        integer = (integer - remainder) / radix
        if integer <= 0:
            break
    head = "".join(reversed(integer_digits))
    return head + ("." + "".join(_DIGITS[d] for d in fraction_digits) if fraction_digits else "")


def parse_syndication(body: bytes, post_url: str, entities: list[Entity] | tuple[Entity, ...] = ()) -> Document:
    """A syndication answer as a Document with the exact creation instant.

    `post_url` is the canonical post URL (the candidate's). It is kept as the Document's URL,
    so evidence points to the post and not to the endpoint.
    """
    try:
        data = json.loads(body or b"")
    except ValueError:
        raise PostUnavailable("syndication answer is not JSON") from None
    if not isinstance(data, dict) or not data:
        raise PostUnavailable("empty syndication answer")
    typename = data.get("__typename")
    if typename and typename != "Tweet":
        raise PostUnavailable(_unavailable_reason(data, typename))
    raw_text = data.get("text") or data.get("full_text")
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise PostUnavailable("the syndication answer has no post text")
    text = _display_text(raw_text, data.get("entities"))
    user = data.get("user") if isinstance(data.get("user"), dict) else {}
    handle = str(user.get("screen_name") or "")
    if not handle:
        parts = post_parts(post_url)
        handle = parts[0] if parts else ""
    language = data.get("lang")
    status_id = str(data.get("id_str") or "") or (post_parts(post_url) or ("", ""))[1]
    published = _instant(data.get("created_at"))
    if published is None and status_id.isdigit():
        published = snowflake_time(status_id)
    author_name = f"{user.get('name') or handle} (@{handle})" if handle else (user.get("name") or None)
    if author_name and _edited(data):
        author_name += " (edited)"
    return post_document(post_url, text, language, handle, author_name, published, entities)


def _unavailable_reason(data: dict, typename: str) -> str:
    """What X says in place of the post: the tombstone's own words where it has them."""
    tombstone = data.get("tombstone")
    if isinstance(tombstone, dict):
        text = tombstone.get("text")
        text = text.get("text") if isinstance(text, dict) else text
        if isinstance(text, str) and text.strip():
            # "... by the Post author. Learn more": the last words are a link to X's help page.
            return f"{typename}: {_LEARN_MORE.sub('', text.strip())}"
    if data.get("reason"):
        return f"{typename}: {data['reason']}"
    return f"{typename}: no post"


def _display_text(raw: str, entities: object) -> str:
    """The post as a reader sees it: entities unescaped, links shown by their display form.

    The JSON escapes `&`, `<` and `>` as the v1.1 API did. Links are `t.co` addresses: a
    media link is dropped, since the card shows the picture and not a link, and any other
    link is replaced by its `display_url`, which is what the oEmbed card shows too.
    """
    text = raw
    if isinstance(entities, dict):
        for media in entities.get("media") or ():
            if isinstance(media, dict) and media.get("url"):
                text = text.replace(media["url"], "")
        for link in entities.get("urls") or ():
            if isinstance(link, dict) and link.get("url"):
                text = text.replace(link["url"], link.get("display_url") or link.get("expanded_url") or link["url"])
    return re.sub(r"[ \t]+", " ", html.unescape(text)).strip()


def _instant(value: object) -> datetime | None:
    """`created_at` as an aware UTC datetime ("2026-01-12T02:14:37.000Z"), or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None  # an instant without an offset is not an instant
    return when.astimezone(timezone.utc)


def _edited(data: dict) -> bool:
    if data.get("isEdited") is True:
        return True
    control = data.get("edit_control")
    if isinstance(control, dict):
        ids = control.get("edit_tweet_ids")
        if isinstance(ids, list) and len(ids) > 1:
            return True
        initial = control.get("initial_tweet_id")
        if initial and str(initial) != str(data.get("id_str") or initial):
            return True
    return False
