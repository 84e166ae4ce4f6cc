"""False "confirmed" under verb swaps: the labelled true claims with their act made false.

    python -m benchmarks.perturbations [--split train|dev|…|develop|all] [--show]

Each claim labelled confirmed whose text holds one of the verbs in data/perturbations.toml
("anunció" → "descartó", "signed" → "rejected") is checked again with that one word swapped, in
its text and its content, against the same documents. Every name, date, place and figure is
still there, and the claim is now false: a verdict of "confirmed" is a false one, the error this
product must not make. The labelled sets hold few such pairs (their false claims change dates,
places, people and figures), so this measures what they cannot. Prints how many swapped claims
the checks confirm, contradict or leave unverified, its last line in the form
`perturbations: swapped=N false_confirmed=F contradicted=C`. The test split is left out of
"develop", as in the other benchmarks.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import tomllib
from collections import Counter
from pathlib import Path

from claimcheck.benchmarks.verdicts import SPLITS, claim_of, document_of, index_for, load
from claimcheck.checks.matching import prepare
from claimcheck.checks.verdicts import check_claim
from claimcheck.models import Claim

SWAPS = tomllib.loads((Path(__file__).resolve().parent / "data" / "perturbations.toml").read_text("utf-8"))


def swapped(claim: Claim) -> Claim | None:
    """The claim with its first swappable verb replaced in text and content, or None."""
    table = SWAPS.get(claim.language, {})
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(table, key=len, reverse=True))) + r")(?!\w)")
    found = pattern.search(claim.content or claim.text)
    if found is None:
        return None
    word = found.group(1)

    def swap(text: str) -> str:
        return re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", table[word], text, count=1)
    # The extractor types an event by its verb ("met" is a meeting); the swapped verb types nothing.
    return dataclasses.replace(claim, text=swap(claim.text), content=swap(claim.content) if claim.content else None,
                               event_type=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="develop", choices=(*SPLITS, "all", "develop"))
    parser.add_argument("--show", action="store_true", help="print every swapped claim the checks confirm")
    args = parser.parse_args()
    index = index_for()
    outcome: Counter[str] = Counter()
    for pair in load(args.split):
        if pair["label"] != "confirmed" or pair["claim"]["kind"] == "quote":
            continue  # a quote's words are the speaker's: swapping one is a fabricated quote, measured elsewhere
        claim = swapped(claim_of(pair))
        if claim is None:
            continue
        verdict = check_claim(claim, [prepare(document_of(d), index) for d in pair["documents"]], index)
        outcome[verdict.verdict] += 1
        if args.show and verdict.verdict == "confirmed":
            print(f"  {pair['id']} CONFIRMED: {claim.text[:150]}\n    why: {verdict.rationale[:200]}")
    total = sum(outcome.values())
    print(f"{args.split}: {total} swapped claims: confirmed {outcome['confirmed']}, contradicted {outcome['contradicted']}, "
          f"unverified {outcome['unverified']}")
    print(f"perturbations: swapped={total} false_confirmed={outcome['confirmed']} contradicted={outcome['contradicted']}")


if __name__ == "__main__":
    main()
