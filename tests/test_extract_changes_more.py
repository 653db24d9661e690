"""Partners that leave and coalitions' former names written in ways the blind sets 12 to 16
showed the reader missing. Each form is tested on text of its own."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Extraction, Lexicon, extract_text

_OPENING = "Lochem, 4 maart 2026 – De coalitie Digitaal Doen Lochem telt nu negen partners. "


def _read(sentence: str, opening: str = _OPENING) -> Extraction:
    return extract_text(opening + sentence, "changes", Lexicon.builtin())


def _leavers(found: Extraction) -> set[str]:
    return {fact.value for fact in found.leavers}


def _formers(found: Extraction) -> set[str]:
    return {fact.value for fact in found.former_names}


@pytest.mark.parametrize(
    ("sentence", "leaver"),
    [
        (
            "Computerzaak Bytelochem uit Barchem, in het begin een van de aanjagers, haakte dit "
            "voorjaar af.",
            "Computerzaak Bytelochem",
        ),
        (
            "Uitzendbureau WerkLochem, dat vorig jaar nog meedeed, heeft zich in het voorjaar "
            "teruggetrokken.",
            "WerkLochem",
        ),
        (
            "Taalschool De Letter, vanaf het begin betrokken, is opgegaan in een grotere "
            "organisatie in Zutphen en heeft de coalitie in de zomer verlaten.",
            "Taalschool De Letter",
        ),
        (
            "Stichting Hulp Lochem is per 1 juli opgeheven en is geen partner meer.",
            "Stichting Hulp Lochem",
        ),
        ("In april stapte thuiszorgorganisatie Zonnedauw uit het netwerk.", "Zonnedauw"),
        ("Stichting Hulp Lochem was tot 2025 partner.", "Stichting Hulp Lochem"),
        (
            "4/6 Afscheid nemen we van CodeClub Lochem (@CodeClubLochem): de club stopt.",
            "CodeClub Lochem",
        ),
    ],
)
def test_a_leave_in_other_words(sentence: str, leaver: str) -> None:
    assert _leavers(_read(sentence)) == {leaver}


def test_a_leave_in_english() -> None:
    found = _read(
        "Gemeente Zutphen, one of the founding partners, left at the end of 2025. Stichting "
        "Lochem Online has stepped back from the alliance.",
        "Lochem, 4 March 2026 – The Lochem Digital Alliance now has nine partners. ",
    )
    assert _leavers(found) == {"Gemeente Zutphen", "Stichting Lochem Online"}


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        (
            "De coalitie, die tot februari 2025 'Lochem Doet Mee' heette, helpt iedereen.",
            "Lochem Doet Mee",
        ),
        ("Het netwerk heette tot voor kort Digitaal Meedoen Lochem.", "Digitaal Meedoen Lochem"),
        ("Veel van jullie kennen het nog onder de oude naam, Lochemse Klik.", "Lochemse Klik"),
        ("We noemden onszelf toen nog de Berkel Digi-Alliantie.", "Berkel Digi-Alliantie"),
        (
            "Digitaal Doen Lochem (tot 1 januari 2026 Alliantie Digitaal Lochem e.o.) helpt "
            "iedereen.",
            "Alliantie Digitaal Lochem e.o.",
        ),
        (
            "De coalitie, tot dan toe bekend als 'Digitaal Berkel', gaat verder als Digitaal Doen "
            "Lochem.",
            "Digitaal Berkel",
        ),
    ],
)
def test_a_former_name_told_alone(sentence: str, former: str) -> None:
    assert _formers(_read(sentence)) == {former}


@pytest.mark.parametrize(
    "sentence",
    [
        "The coalition, previously known as the Lochem Help Alliance, helps everyone.",
        "Until last spring it was called Lochem Help Alliance.",
        "The coalition was set up in 2021 under the name Lochem Help Alliance and took its name "
        "in 2024.",
    ],
)
def test_a_former_name_in_english(sentence: str) -> None:
    found = _read(
        sentence, "Lochem, 4 March 2026 – The Lochem Digital Alliance now has nine partners. "
    )
    assert _formers(found) == {"Lochem Help Alliance"}


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Eersel, the Netherlands, 12 March 2026 – The coalition", "2026-03-12"),
        ("Published: 25 August 2026", "2026-08-25"),
        ("Issue 14 | Published 14 November 2026", "2026-11-14"),
        ("Geplaatst op 27 augustus 2026 door Redactie | Leestijd 3 minuten", "2026-08-27"),
        ("LOCHEMS DAGBLAD | Regio | woensdag 10 juni 2026", "2026-06-10"),
        ("12 mei 2026 · door Evelien ter Horst", "2026-05-12"),
    ],
)
def test_a_dateline_in_more_shapes(line: str, iso: str) -> None:
    from kg.ingest.dates import dateline

    found = dateline(line)
    assert found is not None and found.iso == iso


def test_a_change_with_a_date_is_no_dateline() -> None:
    from kg.ingest.dates import dateline

    assert dateline("Op 3 maart 2026 sloot Stichting X aan bij de coalitie.") is None
