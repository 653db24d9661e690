"""Misreadings a third review found in the session's last list readers (issue 16); each case
read wrong on the reviewed commit (a744e4c): organisations of panel guests or officials read as
members through a list of who came, two columns of organisations taken for persons and their
organisations, and compositions or "the others" of something other than the coalition."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text

_NL = (
    "Zwolle, 3 november 2026 – Stichting Leerkracht Dalfsen sluit zich vandaag aan bij Digitaal "
    "Sterk Salland.\n\n"
)


def _members(text: str) -> set[str]:
    return {fact.value for fact in extract_text(_NL + text, "x", Lexicon.builtin()).partners}


@pytest.mark.parametrize(
    ("text", "not_members"),
    [
        (
            "Deelnemers aan het panel:\n\nArjen Boon (hoogleraar)     Universiteit Twente\nEva de "
            "Wit     Hogeschool Windesheim\nKarin Smit     Gemeente Zwolle\n",
            {"Universiteit Twente", "Hogeschool Windesheim", "Gemeente Zwolle"},
        ),
        (
            "Het convenant werd getekend door de partners. Namens de gemeenten en de provincie "
            "waren aanwezig:\n\nArjen Boon (wethouder)     Gemeente Zwolle\nEva de Wit "
            "(gedeputeerde)     Provincie Overijssel\nKarin Smit (wethouder)     Gemeente Raalte\n",
            {"Gemeente Zwolle", "Provincie Overijssel", "Gemeente Raalte"},
        ),
        (
            "Ook de prijs voor het beste digi-initiatief wordt uitgereikt. De samenstelling van "
            "de jury:\n\n- Hogeschool Windesheim\n- Universiteit Twente\n- Stichting Lezen & "
            "Schrijven\n",
            {"Hogeschool Windesheim", "Universiteit Twente"},
        ),
        (
            "De overige sprekers waren Universiteit Twente en Hogeschool Windesheim.",
            {"Universiteit Twente", "Hogeschool Windesheim"},
        ),
    ],
    ids=["panel", "officials", "jury", "speakers"],
)
def test_these_are_no_members(text: str, not_members: set[str]) -> None:
    assert not _members(text) & not_members


def test_two_columns_of_partners_without_a_role_keep_both() -> None:
    members = _members(
        "Aanwezig namens de partners:\n\nKadans Zwolle     Bibliotheek Salland\nHumanitas "
        "Deventer     Welzijn Raalte\nKompaan Olst     Stichting Buurtwerk Heino\n"
    )
    assert {"Kadans Zwolle", "Humanitas Deventer", "Kompaan Olst"} <= members
