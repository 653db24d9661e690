"""Misreadings two reviewers reproduced on new text after the rules of the session that wrote
blind91 to blind96, each mended (or guarded) with the words that showed it."""

from __future__ import annotations

import time

from kg.ingest.confidence import certain
from kg.ingest.extract import Extraction, Lexicon, extract_text


def _read(text: str) -> Extraction:
    return extract_text(text, "review91", Lexicon.builtin())


def _members(found: Extraction) -> set[str]:
    return {fact.value for fact in found.partners if certain(fact)}


def _joiners(found: Extraction) -> list[str]:
    return [j.org.value for j in found.joins]


def _took(text: str) -> float:
    start = time.perf_counter()
    _read(text)
    return time.perf_counter() - start


def test_a_long_list_of_names_with_articles_reads_in_linear_time() -> None:
    def names(n: int) -> str:
        return ", ".join(f"de Stichting Naam{i}" for i in range(n))

    for opening in ("Aan tafel zitten er nu ", "Behalve ", "In dat netwerk werken "):
        _took(f"Netwerk X helpt.\n\n{opening}{names(4)} en zij spreken af.")
        short = _took(f"Netwerk X helpt.\n\n{opening}{names(12)} en zij spreken af.")
        long = _took(f"Netwerk X helpt.\n\n{opening}{names(48)} en zij spreken af.")
        assert long < 20 * short + 0.05, opening


def test_an_organisation_before_a_role_and_a_person_is_the_member() -> None:
    found = _read(
        "Digitaal Vaardig Parkstad helpt.\n\nnamens de zeven partners van Digitaal Vaardig "
        "Parkstad,\n\nBibliotheek Parkstad, directeur Hanneke Peters\nGemeente Heerlen, wethouder "
        "Ruud Linden\nStichting Welzijn Kerkrade, coördinator Sandra Bouwens\n"
    )
    assert _members(found) == {
        "Bibliotheek Parkstad",
        "Gemeente Heerlen",
        "Stichting Welzijn Kerkrade",
    }


def test_the_coalitions_steering_group_or_a_digi_name_is_no_members_short_name() -> None:
    found = _read(
        "Samen Vaardig Venlo telt sinds deze maand twaalf partners. Woonwenz sluit zich aan. De "
        "stuurgroep Samen Vaardig Venlo heeft het nieuwe werkplan goedgekeurd."
    )
    assert found.coalition is not None and found.coalition.value == "Samen Vaardig Venlo"
    assert _joiners(found) == ["Woonwenz"]
    found = _read("Digihuis telt sinds deze maand twaalf partners. Woonwenz sluit zich aan.")
    assert found.coalition is not None and found.coalition.value == "Digihuis"


def test_besides_a_b_is_not_yet_a_partner_is_no_member() -> None:
    for said in (
        "Behalve Woonwenz is Wonen Limburg nog geen partner.",
        "Naast de gemeente is ook het Oranje Fonds financier, maar geen partner.",
        "Naast Woonwenz is ook Jan Smit lid van de stuurgroep.",
    ):
        found = _read("Samen Vaardig Venlo helpt. " + said)
        assert _members(found) <= {"Woonwenz"}, said
