"""Readings added in the thirty-sixth session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.selfnamed import self_named
from tests.reading import joiners, members, reader


def _sure(text: str) -> tuple[set[str], set[str]]:
    """The members the reader is sure of, and its current joiners."""
    found = reader("x")(text)
    return members(found) | joiners(found), joiners(found)


@pytest.mark.parametrize(
    "text",
    [
        "Om die reden hebben wij, Fysiotherapie De Brink, op 2 november onze handtekening gezet "
        "onder het convenant van Samen Digitaal Zuidwolde.",
        "Fysiotherapie De Brink – Nieuws\n\nOm die reden hebben wij op 2 november onze "
        "handtekening gezet onder het convenant van Samen Digitaal Zuidwolde.",
        "Last week we, Fysiotherapie De Brink, signed the agreement of the Samen Digitaal "
        "Zuidwolde network.",
    ],
)
def test_we_who_name_ourselves_and_sign_the_coalitions_agreement_join(text: str) -> None:
    members, joiners = _sure("Zuidwolde, 4 november 2026\n\n" + text)
    assert joiners == {"Fysiotherapie De Brink"} <= members


def test_who_we_are_is_a_name_set_off_by_commas_after_we() -> None:
    assert self_named("Daarom zijn wij, Stichting Buurtbus Kolderveen, er ook bij.") == (
        "Stichting Buurtbus Kolderveen"
    )
    assert self_named("Daarom zijn wij, Anna de Vries en Jan Bakker, er ook bij.") is None
    assert self_named("Zijn wij, als vereniging, er ook bij?") is None  # no name
    assert self_named("Wij, in Zuidwolde, doen mee.") is None  # a place


def test_we_who_name_ourselves_but_only_talk_of_signing_do_not_join() -> None:
    text = (
        "Zuidwolde, 4 november 2026\n\nMisschien zetten wij, Fysiotherapie De Brink, volgend "
        "jaar onze handtekening onder het convenant van Samen Digitaal Zuidwolde."
    )
    members, joiners = _sure(text)
    assert not joiners and "Fysiotherapie De Brink" not in members


@pytest.mark.parametrize(
    "sentence",
    [
        "Dus heb ik op 2 november namens Kapsalon Het Krulletje de samenwerkingsafspraak van "
        "Samen Digitaal Zuidwolde getekend.",
        "On 2 November I signed the agreement of Samen Digitaal Zuidwolde on behalf of Kapsalon "
        "Het Krulletje.",
    ],
)
def test_who_signs_on_behalf_of_an_organisation_makes_it_join(sentence: str) -> None:
    members, joiners = _sure("Zuidwolde, 4 november 2026\n\n" + sentence)
    assert joiners == {"Kapsalon Het Krulletje"} <= members


def test_an_organ_signed_for_is_not_the_one_that_joins() -> None:
    text = (
        "Zuidwolde, 4 November 2026\n\nKapsalon Het Krulletje has joined Samen Digitaal "
        "Zuidwolde. Its owner signed the agreement on behalf of the Executive Board on Monday."
    )
    members, joiners = _sure(text)
    assert joiners == {"Kapsalon Het Krulletje"} and "Executive Board" not in members


def test_a_list_goes_on_after_a_clause_with_plus() -> None:
    text = (
        "Meppel, 4 November 2026\n\nSamen Digitaal Zuidwolde helps people online. Today its "
        "members are Gemeente De Wolden, Gemeente Meppel and Bibliotheek Zuidwolde, which run "
        "the help desks together, plus Stichting Welzijn De Wolden and Thuiszorg Reestdal on the "
        "care side."
    )
    members, _ = _sure(text)
    assert {"Stichting Welzijn De Wolden", "Thuiszorg Reestdal", "Gemeente Meppel"} <= members


@pytest.mark.parametrize(
    ("intro", "work", "gone"),
    [
        (
            "De coalitie heeft vijf partners.",
            "Welzijn De Wolden draait de spreekuren, Stichting Taalhuis Meppel geeft de "
            "taalcursussen en Zorggroep Reestdal stuurt cliënten door.",
            "Stichting Buurtwerk Ruinen vertrok dit voorjaar.",
        ),
        (
            "The coordinator explained who else is in it.",
            "Welzijn De Wolden runs the help desks, Stichting Taalhuis Meppel does the language "
            "courses, and Zorggroep Reestdal refers its clients.",
            "Stichting Buurtwerk Ruinen will follow on 1 March 2027.",
        ),
    ],
)
def test_partners_by_their_work_after_a_count_or_who_else_is_in_it(
    intro: str, work: str, gone: str
) -> None:
    text = f"Meppel, 4 november 2026\n\nSamen Digitaal Zuidwolde groeit. {intro} {work} {gone}"
    members, _ = _sure(text)
    wanted = {"Welzijn De Wolden", "Stichting Taalhuis Meppel", "Zorggroep Reestdal"}
    assert wanted <= members and "Stichting Buurtwerk Ruinen" not in members


def test_the_people_of_a_member_in_a_list_name_it() -> None:
    text = (
        "Meppel, 4 november 2026\n\nSamen met onder anderen Gemeente De Wolden, Bibliotheek "
        "Zuidwolde en de trouwe vrijwilligers van Computerclub De Muis gaan we ervoor zorgen dat "
        "iedereen in De Wolden mee kan doen. Dat doen we als partners van Samen Digitaal "
        "Zuidwolde. Ook de twee dames van Stichting Welzijn Ruinen doen mee."
    )
    members, _ = _sure(text)
    assert {"Computerclub De Muis", "Gemeente De Wolden"} <= members
    assert not any(name.startswith(("de trouwe", "twee dames")) for name in members)


def test_a_list_in_a_quote_ends_before_the_closing_quote() -> None:
    text = (
        'Meppel, 4 november 2026\n\nOp de folder stond: "Samen Digitaal Zuidwolde is een '
        'samenwerking van Gemeente De Wolden, Bibliotheek Zuidwolde en Stichting Welzijn Ruinen."'
    )
    members, _ = _sure(text)
    assert "Stichting Welzijn Ruinen" in members
    assert not any(name.endswith(('"', ".")) for name in members)


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Ons eigen Ziekenhuis De Wolden is ook partner.", "Ziekenhuis De Wolden"),
        ("Onze Bibliotheek Zuidwolde is ook partner.", "Bibliotheek Zuidwolde"),
        ("Onze Lieve Vrouwe Gasthuis is ook partner.", "Onze Lieve Vrouwe Gasthuis"),  # its name
    ],
)
def test_a_possessive_before_a_members_kind_is_no_part_of_its_name(
    sentence: str, member: str
) -> None:
    members, _ = _sure(f"Meppel, 4 november 2026\n\nSamen Digitaal Zuidwolde groeit. {sentence}")
    assert member in members


def test_a_kind_word_before_a_place_is_part_of_the_name() -> None:
    text = (
        "Meppel, 4 november 2026\n\nSamen Digitaal Zuidwolde werd opgericht door de Gemeente "
        "De Wolden. Later sloten Bibliotheek Zuidwolde, ICT-coöperatie Drentsche Aa en "
        "EHBO-vereniging Hardenberg-Heemse zich aan."
    )
    members, _ = _sure(text)
    assert {"EHBO-vereniging Hardenberg-Heemse", "Drentsche Aa"} <= members  # a descriptor
    assert "Hardenberg-Heemse" not in members


def test_a_join_in_a_clause_after_a_colon_takes_that_clauses_date() -> None:
    text = (
        "Meppel, 20 november 2026\n\nOp de ledenavond van woensdag 28 oktober hebben we erover "
        "gepraat, en nu is het rond: op maandag 9 november heeft onze voorzitter namens Kapsalon "
        "Het Krulletje haar handtekening gezet onder de afspraken van Samen Digitaal Zuidwolde."
    )
    found = extract_text(text, "x", Lexicon.builtin())
    dates = {j.org.value: j.date.iso if j.date else None for j in found.joins}
    assert dates.get("Kapsalon Het Krulletje") == "2026-11-09"


def test_a_kind_of_business_of_two_words_before_a_subject_is_no_part_of_it() -> None:
    text = (
        "Meppel, 4 November 2026\n\nSamen Digitaal Zuidwolde grows. The coalition has three "
        "partners. Welzijn De Wolden runs the help desks. Local IT firm Dijkstra & Kok repairs "
        "the laptops, and Stichting Taalhuis Meppel gives the courses."
    )
    members, _ = _sure(text)
    assert "Dijkstra & Kok" in members and "Local IT" not in members
