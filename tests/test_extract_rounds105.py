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
