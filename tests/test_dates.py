"""Dates as written, resolved against the publication date; and the date facet's time zones."""

from __future__ import annotations

from datetime import date, datetime, timezone

from claimcheck.checks.dates import compare, local_publication_dates, source_date
from claimcheck.checks.matching import prepare
from claimcheck.extractors.dates import find_dates
from claimcheck.extractors.normalize import fold
from claimcheck.models import Document, Passage
from claimcheck.sources.x_posts import snowflake_time

PUBLISHED = date(2026, 1, 12)  # a Monday


def _values(text: str) -> list[tuple[str | None, str]]:
    return [(d.value, d.precision) for d in find_dates(fold(text), PUBLISHED)]


def test_absolute_dates_in_both_languages():
    assert _values("La conversación se realizó el 11 de enero de 2026.") == [("2026-01-11", "day")]
    assert _values("The call took place on January 11, 2026.") == [("2026-01-11", "day")]
    assert _values("It happened on 8 January 2026.") == [("2026-01-08", "day")]


def test_weekdays_and_relative_dates_resolve_backwards():
    assert _values("lo dijo el jueves") == [("2026-01-08", "day")]
    assert _values("Rubio spoke on Sunday") == [("2026-01-11", "day")]
    assert _values("ayer por la tarde") == [("2026-01-11", "day")]
    assert _values("días antes") == [("2026-01-09", "approximate")]


def test_month_only_dates():
    assert _values("en febrero de 2025 se firmó") == [("2025-02", "month")]
    assert _values("in December") == [("2025-12", "month")]  # a later month than January is last year's


def _post(published, utc_date_only: bool, text: str = "Hoy el canciller sostuvo una llamada.") -> Document:
    return Document(url="https://twitter.com/SRE_mx/status/1", kind="x_post", language="es",
                    passages=[Passage(text)], published_at=published, published_utc_date_only=utc_date_only,
                    timezone="America/Mexico_City")


def test_utc_date_of_a_mexico_city_post_does_not_contradict_the_local_date(index):
    doc = prepare(_post(date(2026, 1, 12), True), index)
    found = source_date(doc.doc, doc.passages[0])
    assert found is not None and found.how == "utc-date"
    assert compare("2026-01-11", "day", found)[0] == "match"
    assert compare("2026-01-12", "day", found)[0] == "match"
    # Mexico City is behind UTC: the local date can be the day before, never the day after.
    assert compare("2026-01-13", "day", found)[0] == "mismatch"
    assert compare("2026-01-10", "day", found)[0] == "mismatch"


def test_an_exact_instant_leaves_no_tolerance(index):
    instant = datetime(2026, 1, 12, 2, 14, tzinfo=timezone.utc)  # 20:14 on the 11th in Mexico City
    assert local_publication_dates(_post(instant, False)) == ((date(2026, 1, 11),), "local")
    doc = prepare(_post(instant, False), index)
    found = source_date(doc.doc, doc.passages[0])
    assert compare("2026-01-11", "day", found)[0] == "match"
    assert compare("2026-01-12", "day", found)[0] == "mismatch"


def test_snowflake_ids_give_the_posting_instant():
    assert snowflake_time("2010535859081868498") == datetime(2026, 1, 12, 2, 14, 37, 412000, tzinfo=timezone.utc)
    assert snowflake_time("20") is None  # a pre-2010 id carries no time


def test_a_weekday_before_a_full_date_names_that_date():
    published = date(2025, 4, 11)
    for text in ("A partir del lunes 14 de abril, el tipo de cambio flotará", "from Monday, April 14, the band applies",
                 "Monday 14 April 2025 at noon", "Lunes, 14 de abril"):
        found = find_dates(fold(text), published)
        assert [(d.value, d.precision) for d in found] == [("2025-04-14", "day")], text


def test_this_morning_and_this_afternoon_are_the_day_of_publication():
    from claimcheck.extractors.dates import find_dates
    found = find_dates("merz said this morning that he wanted a government by easter", date(2025, 2, 24))
    assert [(d.value, d.precision) for d in found] == [("2025-02-24", "day")]
    assert [d.value for d in find_dates("mazon defendio esta tarde que", date(2024, 10, 30))] == ["2024-10-30"]


def test_a_day_before_its_month_needs_no_year_but_may_stays_a_verb():
    def found(text: str) -> list[tuple[str | None, str]]:
        return [(d.value, d.precision) for d in find_dates(fold(text), date(2023, 3, 17))]
    assert found("The Office of the Prosecutor applied for both warrants on 22 February") == [("2023-02-22", "day")]
    assert found("launched from Sriharikota on 14 July") == [("2022-07-14", "day")]
    assert found("as many as 5 may lose their homes") == []


def _release_date(index, text: str, language: str, published: date, timezone: str = "UTC"):
    """The date a one-passage release gives what it tells."""
    doc = prepare(Document(url="https://example.org/release", kind="press_release", language=language,
                           published_at=published, timezone=timezone, passages=[Passage(text)]), index)
    return source_date(doc.doc, doc.passages[0])


def test_a_release_that_acts_today_since_a_dated_attack_is_dated_today(index):
    found = _release_date(index, "Following the statements made since the Hamas terrorist attack of 7 October, the Ministry "
                                 "of Foreign Affairs today summoned the Ambassador of Colombia for a reprimand.", "en",
                          date(2023, 10, 15), "Asia/Jerusalem")
    assert found is not None and compare("2023-10-15", "day", found)[0] == "match"
    # Without "today", the written day is the passage's.
    plain = _release_date(index, "The Ministry summoned the Ambassador on 7 October.", "en", date(2023, 10, 15))
    assert compare("2023-10-07", "day", plain)[0] == "match"


def test_a_day_that_dates_an_earlier_decision_leaves_today_to_the_act(index):
    found = _release_date(index, "En cumplimiento de la decisión anunciada ayer por el presidente de la República, el "
                                 "Ministerio de Relaciones Exteriores comunicó hoy, mediante nota verbal, la ruptura de las "
                                 "relaciones diplomáticas.", "es", date(2024, 5, 2), "America/Bogota")
    assert compare("2024-05-02", "day", found)[0] == "match"


def test_santo_domingo_is_a_city_not_a_sunday():
    """"Santo Domingo. El presidente Luis Abinader dispuso este miércoles…" (a release of Wednesday
    7 July 2021) happened that Wednesday: the city had read as the Sunday before, and the release
    contradicted a true date."""
    found = find_dates(fold("Santo Domingo. El presidente dispuso este miércoles el cierre de la frontera."), date(2021, 7, 7))
    assert [d.value for d in found] == ["2021-07-07"]
    assert [d.value for d in find_dates(fold("Votaron el domingo."), date(2021, 7, 7))] == ["2021-07-04"]
