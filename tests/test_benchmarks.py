"""The perturbation benchmark's swap: one verb, in text and content, and no event type left."""

from __future__ import annotations

from claimcheck.benchmarks.perturbations import swapped
from helpers import claim


def test_a_swap_changes_the_act_and_nothing_else():
    said = claim(kind="event", language="en", event_type="meeting", participants=["donald-trump"],
                 text="Trump received Sheinbaum and signed the deal on May 2", content="Trump received Sheinbaum and signed the deal")
    swap = swapped(said)
    assert swap.text == "Trump snubbed Sheinbaum and signed the deal on May 2"
    assert swap.content == "Trump snubbed Sheinbaum and signed the deal"
    assert swap.event_type is None and swap.participants == said.participants and swap.date == said.date
    assert swapped(claim(text="Sheinbaum dijo que no", language="es")) is None  # nothing to swap


def test_a_people_swap_puts_someone_absent_in_a_participants_place(index):
    from claimcheck.benchmarks.perturbations import people_swapped
    said = claim(kind="event", language="en", participants=["marco-rubio", "claudia-sheinbaum"],
                 text="Marco Rubio met Claudia Sheinbaum in Mexico City", content="Marco Rubio met Claudia Sheinbaum in Mexico City")
    swap = people_swapped(said, index, mentioned={"marco-rubio", "claudia-sheinbaum", "kristi-noem"})
    assert swap.text == "Pete Hegseth met Claudia Sheinbaum in Mexico City"
    assert swap.participants == ["pete-hegseth", "claudia-sheinbaum"]
    assert people_swapped(claim(text="Mexico said no", participants=["mexican-government"]), index, set()) is None


def test_a_negation_swap_negates_a_claim_that_negated_nothing():
    from claimcheck.benchmarks.perturbations import negated
    said = claim(language="en", text="Rubio said Mexico will accept the deal", content="Mexico will accept the deal")
    assert negated(said).content == "Mexico will not accept the deal"
    assert negated(claim(language="en", text="t", content="Mexico will not accept the deal")) is None
    assert negated(claim(language="es", text="t", content="México va a aceptar el acuerdo")).content == "México no va a aceptar el acuerdo"
