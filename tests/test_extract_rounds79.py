"""Readings from the session that wrote blind79 to blind84, each in new words: a blog's "Gepost
op" line dates the page, and "Online" before a name themes a coalition as "Digitaal" does."""

from __future__ import annotations

from tests.reading import reader

_read = reader("round79")


def test_a_posted_or_appeared_line_dates_the_page() -> None:
    for lead in ("Gepost op", "Verschenen op"):
        text = (
            f"Blog van de bestuurder\n{lead} 14 maart 2026 · categorie: Wonen\n\n"
            "Stichting Buurtwerk Hengelo sluit zich aan bij Digitaal Samen Hengelo.\n"
        )
        found = _read(text)
        assert found.issued is not None and found.issued.iso == "2026-03-14", lead


def test_online_before_a_place_names_the_coalition_a_join_needs() -> None:
    text = (
        "Toen we in 2023 met Samen Online Rivierenland begonnen, zaten er vijf organisaties aan "
        "tafel.\n\nAfgelopen dinsdag tekende Zorgcentrum De Linge als nieuwste partner.\n"
    )
    found = _read(text)
    assert found.coalition is not None and found.coalition.value == "Samen Online Rivierenland"
    assert [join.org.value for join in found.joins] == ["Zorgcentrum De Linge"]


def test_a_site_called_online_is_no_coalition() -> None:
    text = (
        "WIJKNIEUWS ONLINE – jouw buurt\n\n"
        "De hulp komt van Samen Klikken Leiden, een club van organisaties.\n\n"
        "Wijknieuws Online is een vrijwilligersinitiatief.\n"
    )
    found = _read(text)
    assert found.coalition is None or "Online" not in found.coalition.value
