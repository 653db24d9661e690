"""Forms blind sets 35 and 36 showed the reader missing, each tested on text of its own: bullet
lines under a colon that speaks of the coalition ("zitten we vanaf nu aan tafel met:"), "gemeente
A en de gemeente B", "Daaronder zijn ... de gemeenten A en B en Stichting C", "zit ook X aan
tafel", "Het begon met A en de gemeente B", a line "Stichting X, Winschoten"; joins where the
signers stand somewhere ("zetten A en B in het gemeentehuis hun handtekening"), "X heeft
gisteren getekend", a time before the subject ("Last Thursday, X signed up"), and no person who
signs for a member ("tekende voorzitter Jan de Vries")."""

from __future__ import annotations

import pytest

from tests.reading import members, reader

_read = reader("round35")
_HEAD = "Assen, 2 oktober 2026 – Nieuws van de coalitie Digitaal Samen Drenthe.\n\n"


def _named(text: str) -> set[str]:
    found = _read(text)
    named = members(found) | {join.org.value for join in found.joins if not join.future}
    return {name.lower() for name in named}


def test_bullet_lines_under_a_colon_that_speaks_of_the_coalition() -> None:
    text = (
        _HEAD + "Bij Digitaal Samen Drenthe zitten we vanaf nu aan tafel met:\n"
        "👉 gemeente Assen\n👉 Bibliotheek Drentse Aa\n👉 Stichting Welzijn Assen-Oost\n"
        "👉 Woonstichting De Brink\n\nWat gaan wij doen?\n"
    )
    assert {
        "gemeente assen",
        "bibliotheek drentse aa",
        "stichting welzijn assen-oost",
        "woonstichting de brink",
    } <= _named(text)


def test_no_bullet_lines_under_a_colon_of_thanks() -> None:
    text = (
        _HEAD + "Dank aan iedereen die de coalitie dit jaar steunde:\n"
        "- Drukkerij Het Noorden\n- Bakkerij De Korenschoof\n- Stichting Fonds Assen\n"
    )
    assert not {"drukkerij het noorden", "stichting fonds assen"} & _named(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Naast de nieuwkomer bestaat de coalitie uit de gemeente Assen, de gemeente Aa en "
            "Hunze en de gemeente Tynaarlo, en Bibliotheek Drentse Aa.",
            {"Gemeente Assen", "Gemeente Aa en Hunze", "Gemeente Tynaarlo"},
        ),
        (
            "Daaronder zijn Bibliotheek Drentse Aa, de gemeenten Assen, Tynaarlo en Midden-Drenthe "
            "en Stichting Welzijn Assen-Oost.",
            {
                "Bibliotheek Drentse Aa",
                "Gemeente Assen",
                "Gemeente Midden-Drenthe",
                "Stichting Welzijn Assen-Oost",
            },
        ),
        (
            "Sinds vorig jaar zit ook de gemeente Tynaarlo aan tafel.",
            {"gemeente Tynaarlo"},
        ),
        (
            "Het begon met Bibliotheek Drentse Aa en de gemeente Assen.",
            {"Bibliotheek Drentse Aa", "gemeente Assen"},
        ),
        (
            "Afgelopen dinsdag zetten Dorpshuis De Es uit Rolde en woningcorporatie Drentse Erven "
            "in het gemeentehuis aan de Brink hun handtekening onder het convenant.",
            {"Dorpshuis De Es", "Drentse Erven"},
        ),
        (
            "Zorgcoöperatie Us Hûs uit Gieten heeft gisteren getekend en is daarmee de vijftiende "
            "partner.",
            {"Zorgcoöperatie Us Hûs"},
        ),
        (
            "Last Thursday, PixelVeld B.V. signed up as the 19th partner of Digitaal Samen "
            "Drenthe.",
            {"PixelVeld B.V."},
        ),
    ],
)
def test_members_and_joiners(sentence: str, expected: set[str]) -> None:
    named = _named(_HEAD + sentence + "\n")
    assert {name.lower() for name in expected} <= named
    assert not named & {"rolde", "brink", "gieten", "last thursday"}


def test_a_line_with_a_place_after_the_name() -> None:
    text = _HEAD + "De partners:\n\nStichting Grensland Digitaal, Emmen\nBibliotheek Drentse Aa\n"
    assert "stichting grensland digitaal" in _named(text)


def test_a_person_who_signs_for_a_member_is_no_joiner() -> None:
    text = (
        _HEAD + "Ondernemersclub Assen heeft zich aangemeld bij Digitaal Samen Drenthe. Als "
        "achttiende partner tekende voorzitter Jan de Vries op de netwerkbijeenkomst.\n"
    )
    joined = {join.org.value for join in _read(text).joins}
    assert joined == {"Ondernemersclub Assen"}


@pytest.mark.parametrize(
    "sentence",
    [
        "De partners zijn Bibliotheek Drentse Aa, Stichting Lees- en Leerhuis Assen en de "
        "gemeente Assen.",
        "Ook Kringloop- en Leerwerkbedrijf De Ruil en Bibliotheek Drentse Aa doen mee.",
    ],
)
def test_a_word_that_shares_its_end_is_not_cut_at_en(sentence: str) -> None:
    """Dutch writes "Lees- en Leerhuis" for "Leeshuis en Leerhuis": one name, not two."""
    named = _named(_HEAD + sentence + "\n")
    assert named & {"stichting lees- en leerhuis assen", "kringloop- en leerwerkbedrijf de ruil"}
    assert not {name for name in named if name.startswith(("leerhuis", "leerwerkbedrijf"))}


def test_courses_that_take_part_are_no_members() -> None:
    text = _HEAD + "Ook de opleidingen Zorg en Techniek doen mee aan het digicafé.\n"
    assert not _named(text) & {"zorg", "techniek"}
