"""Forms blind set 44 and the older English sets showed the reader missing, each tested on text
of its own: joiners in bullets under "we welcomed three new organisations into X, ...:", each
bullet a paragraph with a description of more than one sentence, dated by the sentence that
opens the list; a place inside a name its acronym spells ("Stichting Thuis in Dalfsen (STiD)");
English dates ("on Tuesday 1 December 2026", "since March 3, 2025"), a day without a year in
the past tense that would otherwise fall after the release, and an English join to come."""

from __future__ import annotations

import pytest

from kg.ingest.dates import change_date
from tests.reading import reader

_read = reader("round44")

_WELCOMED = (
    "Jolien Kamphuis\nCoordinator Rijndal Digitaal | Digital inclusion\n\n"
    "On Tuesday 1 December 2026 we welcomed three new organisations into Rijndal Digitaal, our "
    "coalition for digital skills in the Rhine valley:\n\n"
    "👉 KlikTeam Rhenen - retired volunteers who run tablet afternoons. Not anymore under the "
    "radar!\n\n"
    "👉 Stichting Wonen in Wijk (SWiW) - they support people living at home.\n\n"
    "👉 Buurtnetwerk Elst-Oost - the neighbourhood network that knows everyone.\n\n"
    "That brings us to 14 partners.\n"
)


def _joins(text: str) -> dict[str, str | None]:
    return {j.org.value: j.date.iso if j.date else None for j in _read(text).joins}


def test_bulleted_joiners_after_a_sentence_that_names_the_coalition() -> None:
    assert _joins(_WELCOMED) == {
        "KlikTeam Rhenen": "2026-12-01",
        "Stichting Wonen in Wijk": "2026-12-01",
        "Buurtnetwerk Elst-Oost": "2026-12-01",
    }


def test_a_list_of_joiners_ends_where_the_bullets_change() -> None:
    text = (
        "Subject: Partner Update #7 — November 2026\n"
        "From: Secretariat, Digital Skills Alliance Kop\nSent: 27 November 2026\n\n"
        "1. Welcome to our newest partners\nTwo organisations joined this month:\n"
        "- Vakschool Helder signed on 2 November 2026. Its students staff the help point.\n"
        "- Stichting Kop Zorgt joined on 16 November 2026.\n\n"
        "2. Goodbye\nCafé Bits left the alliance on 31 October 2026.\n\n"
        "3. Coming up\nThe Municipality of Schagen will join in February 2027.\n"
    )
    now = {j.org.value for j in _read(text).joins if not j.future}
    assert now == {"Vakschool Helder", "Stichting Kop Zorgt"}


def test_a_sentence_about_new_partners_that_tells_no_join_opens_no_list() -> None:
    text = (
        "Lisse, 3 september 2026 – Sinds 1 september zijn Stichting Tandem en BollenNet partner "
        "van Digivaardig Bollenstreek.\n\n"
        "Met de nieuwe partners kun je op meer plekken terecht:\n"
        "• In 't Bollenhof kunnen bewoners elke donderdag binnenlopen.\n"
        "• BollenNet leent tablets uit.\n"
    )
    assert not any("Bollenhof" in name for name in _joins(text))


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("On Tuesday 1 December 2026 we welcomed X.", "2026-12-01"),
        ("Since March 3, 2025, X has been a partner.", "2025-03-03"),
        ("X joined on the 3rd of June 2024.", "2024-06-03"),
        ("In September, X joined the network.", "2026-09"),
        ("In May, X withdrew with effect from 31 May 2026.", "2026-05-31"),
        ("Per 1 maart 2021 treedt X toe.", "2021-03-01"),
    ],
)
def test_english_dates(sentence: str, iso: str) -> None:
    found = change_date(sentence, 2026)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("sentence", ["May we welcome X?", "X may join.", "The March was long."])
def test_an_english_month_alone_is_no_date(sentence: str) -> None:
    assert change_date(sentence, 2026) is None


def test_a_day_without_a_year_in_a_review_of_the_year_before() -> None:
    text = (
        "Connected Delfland – Year in Review 2025\n\nDelft, 15 January 2026\n\n"
        "2025 was the year our coalition grew. Connected Delfland now counts eleven partners.\n\n"
        "On 3 February, Stichting Taalhuis Delfland became our tenth partner.\n"
    )
    assert _joins(text) == {"Stichting Taalhuis Delfland": "2025-02-03"}


def test_an_english_join_to_come_in_a_month_is_no_member() -> None:
    text = (
        "Hengelo, 12 November 2026 – Twente Digital now counts twelve partners, among them "
        "Bibliotheek Hengelo and Stichting Wijkracht.\n\n"
        "Care provider CareNet Hengelo has signed a letter of intent and will join in January.\n"
    )
    found = _read(text)
    joins = {j.org.value: j.future for j in found.joins}
    assert joins.get("CareNet Hengelo") is True
    assert "CareNet Hengelo" not in {fact.value for fact in found.partners}
