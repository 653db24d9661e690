"""Readings added in the twenty-ninth session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = "Meppel, 2 december 2026\n\nNieuws van Digitaal Samen Zuidwest-Drenthe\n\n"


def test_members_said_to_have_hooked_on_since_then_are_members_not_joiners() -> None:
    text = _HEAD + (
        "Het netwerk werd in 2023 opgericht door Bibliotheek Meppel en Welzijn De Wolden. "
        "Sindsdien zijn onder meer Stichting Klikmaatje, Computerclub De Muis Staphorst en "
        "Thuiszorg Reestdal aangehaakt.\n"
    )
    members, joiners = _read(text)
    assert members >= {
        "Stichting Klikmaatje",
        "Computerclub De Muis Staphorst",
        "Thuiszorg Reestdal",
    }
    assert not joiners


def test_a_partner_named_before_the_verb_of_a_fronted_sentence_ends_at_that_verb() -> None:
    text = _HEAD + (
        "Samen met coalitiepartner Bibliotheek Meppel ontwikkelt de huurdersvereniging een "
        "korte cursus 'Mijn portaal' in eenvoudige taal.\n"
    )
    members, _ = _read(text)
    assert members == {"Bibliotheek Meppel"}


@pytest.mark.parametrize("role", ["hosting", "hardware", "media"])
def test_a_supplier_called_a_kind_of_partner_is_no_member(role: str) -> None:
    text = (
        "Meppel, 2 December 2026\n\nDigitaal Samen Zuidwest-Drenthe helps residents with their "
        "phones. Its members include Bibliotheek Meppel and Welzijn De Wolden.\n\n"
        f"Thanks to our {role} partner ByteWorks Drenthe for the fast laptops.\n"
    )
    members, _ = _read(text)
    assert members == {"Bibliotheek Meppel", "Welzijn De Wolden"}


def test_the_partners_named_as_a_subject_are_members() -> None:
    text = _HEAD + (
        "Wat gaat er gebeuren?\n"
        "1. De nieuwe partner geeft spreekuren in de wijk.\n"
        "2. De partners Digicafé Nijeveen en Stichting Welzijn Westerveld (SWW) bieden elke "
        "maand een inloop aan in de buurthuizen.\n"
    )
    members, _ = _read(text)
    assert {"Digicafé Nijeveen", "Stichting Welzijn Westerveld"} <= members


def test_a_partner_since_a_year_long_past_is_no_joiner() -> None:
    text = _HEAD + (
        "Woonstichting Reestland, de grootste corporatie in Meppel, is al sinds 2024 partner "
        "van Digitaal Samen Zuidwest-Drenthe.\n"
    )
    members, joiners = _read(text)
    assert "Woonstichting Reestland" in members
    assert "Woonstichting Reestland" not in joiners


@pytest.mark.parametrize(
    "when", ["op dinsdag, 24 november,", "maandag, 30 november 2026,", "vorige week woensdag,"]
)
def test_a_weekday_and_date_between_commas_do_not_break_a_join(when: str) -> None:
    text = _HEAD + f"Zorgboerderij De Vlinder is {when} toegetreden tot het netwerk.\n"
    _, joiners = _read(text)
    assert joiners == {"Zorgboerderij De Vlinder": None}


@pytest.mark.parametrize(
    "sentence",
    [
        "Deze week is ook Zeilvereniging De Beulaeke aan boord gestapt.",
        "Vorige maand kwam Zeilvereniging De Beulaeke aan boord.",
        "We zijn blij dat Zeilvereniging De Beulaeke deze week aan boord stapt.",
    ],
)
def test_stepping_aboard_is_a_join(sentence: str) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert list(joiners) == ["Zeilvereniging De Beulaeke"]


def test_a_coalition_the_network_works_with_is_no_member() -> None:
    text = _HEAD + (
        "Het netwerk werkt samen met de coalitie Klik Westerkwartier in Groningen, die hetzelfde "
        "doet voor de dorpen daar. Die coalitie is geen partner van Digitaal Samen "
        "Zuidwest-Drenthe.\n"
        "Partners zijn Bibliotheek Meppel en Welzijn De Wolden.\n"
    )
    members, _ = _read(text)
    assert members == {"Bibliotheek Meppel", "Welzijn De Wolden"}
