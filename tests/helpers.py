"""Helpers the tests import (conftest.py holds the fixtures)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from claimcheck.checks.matching import prepare
from claimcheck.checks.verdicts import check_claim
from claimcheck.extractors.claims import extract_claims
from claimcheck.models import Article, Claim, Document, Verdict

SEED = Path(__file__).resolve().parents[1] / "demo" / "seed-article.txt"  # copy of ../shared/seed-article.txt


def run_cli(args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimcheck.flows.cli", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=timeout)


def extract(index, text: str, language: str, published: date = date(2025, 3, 7)) -> list[Claim]:
    """The claims of a short article: one construction, one assertion."""
    return extract_claims(Article(text=text, language=language, published_at=published), index)


def only(claims: list[Claim], fragment: str, kind: str | None = None) -> Claim:
    found = [c for c in claims if fragment in c.text and (kind is None or c.kind == kind)]
    assert len(found) == 1, f"{fragment!r}: {[(c.kind, c.text) for c in claims]}"
    return found[0]


def claim(**fields) -> Claim:
    """A claim as the extractor would hand it to the checks; its content is its quote, else its text."""
    base = dict(id="c", kind="statement", text="t", span=(0, 1), language="es")
    base.update(fields)
    base.setdefault("content", fields.get("quote") or base["text"])
    return Claim(**base)


def check(claim: Claim, *docs: Document, index) -> Verdict:
    return check_claim(claim, [prepare(d, index) for d in docs], index)
