"""False "confirmed" under verb swaps: the labelled true claims with their act made false.

    python -m benchmarks.perturbations [--split train|dev|…|develop|all] [--show]

Each claim labelled confirmed whose text holds one of the verbs in data/perturbations.toml
("anunció" → "descartó", "signed" → "rejected") is checked again with that one word swapped, in
its text and its content, against the same documents; and each whose text names a registered
participant is checked again with that person replaced by someone the documents do not mention;
and each that negates nothing is checked again with a negation put in ("will" → "will not").
Everything else is still there, and the claim is now false: a verdict of "confirmed" is a false
one, the error this product must not make. The labelled sets hold few such pairs (their false claims change dates,
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


def negated(claim: Claim) -> Claim | None:
    """The claim, if it negates nothing, with its first negatable word negated in text and
    content ("will" → "will not"), or None."""
    data = SWAPS["negation"]
    content = claim.content or claim.text
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", content, re.I) for w in data["negators"]):
        return None
    for word, negation in data.get(claim.language, []):
        pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
        if re.search(pattern, content):
            return dataclasses.replace(claim, text=re.sub(pattern, negation, claim.text, count=1),
                                       content=re.sub(pattern, negation, content, count=1))
    return None


def people_swapped(claim: Claim, index, mentioned: set[str]) -> Claim | None:
    """The claim with its first registered participant, written in its text, replaced by a stand-in
    the documents do not mention, in text, content and participants; or None."""
    stand_in = next((index.get(p) for p in SWAPS["people"]["stand_ins"] if p not in mentioned and p not in claim.participants), None)
    for key in claim.participants:
        entity = index.get(key)
        if entity is None or entity.kind != "person" or stand_in is None:
            continue
        written = next((n for n in sorted({entity.name, *entity.aliases}, key=len, reverse=True)
                        if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", claim.text)), None)
        if written is None:
            continue

        def swap(text: str) -> str:
            return re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", stand_in.name, text)
        return dataclasses.replace(claim, text=swap(claim.text), content=swap(claim.content) if claim.content else None,
                                   participants=[stand_in.id if p == key else p for p in claim.participants])
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="develop", choices=(*SPLITS, "all", "develop"))
    parser.add_argument("--show", action="store_true", help="print every swapped claim the checks confirm")
    args = parser.parse_args()
    index = index_for()
    outcome: dict[str, Counter[str]] = {"verb": Counter(), "people": Counter(), "negation": Counter()}
    for pair in load(args.split):
        if pair["label"] != "confirmed" or pair["claim"]["kind"] == "quote":
            continue  # a quote's words are the speaker's: swapping one is a fabricated quote, measured elsewhere
        docs = [prepare(document_of(d), index) for d in pair["documents"]]
        original = claim_of(pair)
        mentioned = set().union(*(d.mentions for d in docs))
        for kind, claim in (("verb", swapped(original)), ("people", people_swapped(original, index, mentioned)),
                            ("negation", negated(original))):
            if claim is None:
                continue
            verdict = check_claim(claim, docs, index)
            outcome[kind][verdict.verdict] += 1
            if args.show and verdict.verdict == "confirmed":
                print(f"  {pair['id']} CONFIRMED ({kind} swap): {claim.text[:150]}\n    why: {verdict.rationale[:200]}")
    for kind, counts in outcome.items():
        print(f"{args.split}: {sum(counts.values())} {kind} swaps: confirmed {counts['confirmed']}, "
              f"contradicted {counts['contradicted']}, unverified {counts['unverified']}")
    total = outcome["verb"] + outcome["people"] + outcome["negation"]
    print(f"perturbations: swapped={sum(total.values())} false_confirmed={total['confirmed']} contradicted={total['contradicted']}")


if __name__ == "__main__":
    main()
