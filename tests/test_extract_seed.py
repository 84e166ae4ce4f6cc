"""Extraction on the seed article: the claims the product must get right first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.extractors.article import article_from_text
from claimcheck.extractors.claims import extract_claims
from helpers import SEED


@pytest.fixture(scope="module")
def claims(index):
    article = article_from_text(SEED.read_text("utf-8"))
    article.published_at = date(2026, 1, 12)
    return article, extract_claims(article, index)


def _find(claims, fragment: str, kind: str | None = None):
    found = [c for c in claims if fragment in c.text and (kind is None or c.kind == kind)]
    assert found, f"no claim with {fragment!r}"
    return found[0]


def test_seed_copy_matches_shared():
    shared = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SEED.read_text("utf-8").strip() == shared.read_text("utf-8").strip()


def test_every_span_is_exact(claims):
    article, found = claims
    assert len(found) >= 10
    for c in found:
        assert article.text[c.span[0]:c.span[1]] == c.text


def test_quotes_have_their_speakers(claims):
    _, found = claims
    assert _find(found, "mano dura", "quote").speaker == "marco-rubio"
    assert _find(found, "resultados tangibles", "quote").speaker == "marco-rubio"
    trump = _find(found, "atacar por tierra", "quote")
    assert trump.speaker == "donald-trump" and trump.quote == "atacar por tierra"


def test_call_event_has_participants_and_date(claims):
    _, found = claims
    call = _find(found, "sostuvo una llamada telefónica", "event")
    assert call.participants == ["marco-rubio", "juan-ramon-de-la-fuente"]
    assert call.date == "2026-01-11" and call.date_precision == "day"
    assert _find(found, "11 de enero de 2026", "event").date == "2026-01-11"
    confirmation = _find(found, "Oficina del Portavoz", "event")
    assert confirmation.confirmed_by == "us-state-department-spokesperson"


def test_statements_resolve_descriptors_and_metonyms(claims):
    _, found = claims
    assert _find(found, "el diálogo se centró", "statement").speaker == "us-government"
    washington = _find(found, "según Washington", "statement")
    assert washington.speaker == "us-government" and washington.text.startswith("según Washington")
    # "…instrucciones de la presidenta Claudia Sheinbaum, quien días antes había solicitado…": hers.
    assert _find(found, "quien días antes", "statement").speaker == "claudia-sheinbaum"
    sre_post = _find(found, "a través de un mensaje en X", "statement")
    assert sre_post.speaker == "sre" and sre_post.channel == "x"
    assert _find(found, "La dependencia subrayó", "statement").speaker == "sre"
    instruction = _find(found, "siguiendo instrucciones", "statement")
    assert instruction.speaker == "sre" and "quien días antes" not in instruction.text


def test_absence_claims_are_marked(claims):
    _, found = claims
    assert _find(found, "no se mencionaron plazos").absence
    assert _find(found, "ninguna de las dos partes").absence


def test_unattributed_analysis_is_not_a_claim(claims):
    _, found = claims
    assert not [c for c in found if "seguirá siendo uno de los principales puntos" in c.text]
    assert not [c for c in found if "incremento sostenido de muertes" in c.text]
