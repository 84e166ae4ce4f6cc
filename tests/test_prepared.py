"""What the checks work out once: a document's passages read in pairs and whole when it is
prepared, a claim's reading once per run, a glossary phrase's alternatives once per glossary."""

from __future__ import annotations

from datetime import date

from claimcheck.checks.glossary import glossary
from claimcheck.checks.matching import ONE_MESSAGE, joined, merged, prepare, prepare_passage
from claimcheck.checks.text import forget_texts, text_cache
from claimcheck.models import Document, Passage

# Reconstructed from public reporting of Mexico's foreign ministry posts of 3 February 2025 on the
# one-month pause of U.S. tariffs; our wording.
_LINES = ["Hoy sostuvimos una conversación con el gobierno de Estados Unidos.",
          "Acordamos una pausa de un mes en los aranceles anunciados.",
          "Los equipos seguirán trabajando a partir de hoy."]


def _post(lines: list[str]):
    return Document(url="https://x.com/SRE_mx/status/1886500000000000000", kind="x_post", language="es",
                    author="sre-mexico", published_at=date(2025, 2, 3), timezone="America/Mexico_City",
                    passages=[Passage(line) for line in lines])


def test_a_text_cache_is_emptied_by_forget_texts():
    calls: list[str] = []

    @text_cache()
    def read(text: str) -> int:
        calls.append(text)
        return len(text)

    assert read("una pausa") == read("una pausa") == 9
    assert calls == ["una pausa"]
    forget_texts()
    read("una pausa")
    assert calls == ["una pausa", "una pausa"]


def test_a_document_is_read_in_pairs_and_whole_when_prepared(index):
    doc = prepare(_post(_LINES), index)
    first, second, third = doc.passages
    assert doc.pairs[0].text == f"{_LINES[0]} {_LINES[1]}" and doc.pairs[1].text == f"{_LINES[1]} {_LINES[2]}"
    assert joined(doc, first, second) is doc.pairs[0]
    assert doc.whole is not None and doc.whole.text == " ".join(_LINES)
    assert doc.whole.keys == first.keys + second.keys + third.keys
    # Passages that are not the document's own are merged as they come.
    other = prepare_passage(0, _LINES[0], None, "es", index)
    fresh = joined(doc, other, second)
    assert fresh is not doc.pairs[0] and fresh.text == merged(other, second).text == doc.pairs[0].text
    assert doc.text == " ".join(_LINES) and {f.value for f in doc.figures} == set()


def test_a_long_document_is_not_read_as_one_message(index):
    long_lines = [line + " " + "Así lo informó la cancillería en su comunicado de este lunes." * 8 for line in _LINES]
    assert sum(len(line) for line in long_lines) > ONE_MESSAGE
    assert prepare(_post(long_lines), index).whole is None


def test_a_units_alternatives_are_tried_its_own_first_then_the_longest():
    unit = next(u for u in glossary().units("El canciller viajó") if u.words == "canciller")
    assert unit.ordered[0] == unit.own and set(unit.ordered) == unit.alternatives
    lengths = [len(a) for a in unit.ordered[1:]]
    assert len(lengths) >= 2 and lengths == sorted(lengths, reverse=True)
    assert unit.firsts == {a[0] for a in unit.alternatives}
    # The order is the same however the unit was made.
    again = type(unit)(unit.words, unit.alternatives, unit.own, unit.start)
    assert again.ordered == unit.ordered and again == unit
