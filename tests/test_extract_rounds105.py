"""Leaves read in the sessions of blind105-111 (issue 16): a partner that stops is a leaver,
not a joiner; "no one is left behind" is nobody's leave."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text

_REST = "\n\nDe coalitie bestaat verder uit Gemeente Assen, Biblionet Drenthe en Drenthe College."


def _read(news: str) -> tuple[list[str], list[str]]:
    found = extract_text("Assen, 1 mei 2024 – " + news + _REST, "x", Lexicon.builtin())
    return [j.org.value for j in found.joins], [fact.value for fact in found.leavers]


@pytest.mark.parametrize(
    "news",
    [
        "Computerclub De Muis is deze week gestopt als partner van Digitaal Vaardig Drenthe.",
        "Computerclub De Muis stopped as a partner of Digitaal Vaardig Drenthe on 1 April.",
    ],
)
def test_a_partner_that_stops_is_a_leaver_not_a_joiner(news: str) -> None:
    assert _read(news) == ([], ["Computerclub De Muis"])


def test_no_one_left_behind_is_no_leave() -> None:
    news = (
        "Hogeschool Westland yesterday became the ninth partner of Digitaal Vaardig Drenthe, "
        "the coalition working to make sure that no resident of the region is left behind online."
    )
    assert _read(news) == (["Hogeschool Westland"], [])


def _members(text: str) -> tuple[list[str], list[str]]:
    from kg.ingest.confidence import certain

    found = extract_text(text, "x", Lexicon.builtin())
    return [j.org.value for j in found.joins], [p.value for p in found.partners if certain(p)]


def test_a_line_of_names_cut_by_dots_is_a_list() -> None:
    text = (
        "Assen, 1 mei 2024 – Zwemclub De Hoven sluit zich aan bij Digitaal Vaardig Drenthe. "
        "With the new signatory, the coalition now has four partners:\n\n"
        "Gemeente Assen · Biblionet Drenthe · Drenthe College · Zwemclub De Hoven\n"
    )
    assert _members(text) == (
        ["Zwemclub De Hoven"],
        ["Gemeente Assen", "Biblionet Drenthe", "Drenthe College"],
    )


def test_a_chair_who_signs_is_a_person_whose_surname_is_no_place() -> None:
    """ "van Boxtel" is Gerrit's surname, not the municipality Boxtel joining."""
    text = (
        "Oss, 4 november 2026 – Afgelopen donderdag heeft voorzitter Gerrit van Boxtel zijn "
        "handtekening gezet onder de samenwerkingsafspraken van Digitaal Meedoen Maasland."
    )
    assert _members(text)[0] == []
