"""Misreadings a reviewer reproduced on new text after the rules of blind97 to blind100, each
mended: a verb-last clause of another body, a signature "behalve X", "as well as" cut as an
aside, "vandaag (5/12)" a year early, a date of one listed joiner given to the next, a comment's
"Geplaatst door Piet op" taken as the release's date."""

from __future__ import annotations

from kg.ingest.dates import dateline
from kg.ingest.extract import Extraction
from tests.reading import reader

_read = reader("review97")
_OPENING = "Hoorn, 4 december 2026 – Alliantie Digitaal Westfriesland groeit. "


def _joins(found: Extraction) -> dict[str, str | None]:
    return {j.org.value: j.date.iso if j.date else None for j in found.joins if not j.future}


def test_a_verb_last_join_of_another_body_names_that_body() -> None:
    found = _read(
        _OPENING + "Bekend is dat Stichting Leerhuis Medemblik zich vorig jaar heeft aangesloten "
        "bij Coalitie Digitaal Noord-Holland."
    )
    assert found.coalition is not None
    assert found.coalition.value == "Coalitie Digitaal Noord-Holland"


def test_a_signature_of_all_but_one_is_no_join_of_that_one() -> None:
    found = _read(
        _OPENING + "Alle partners behalve Bibliotheek Hoorn hebben hun handtekening gezet."
    )
    assert "Bibliotheek Hoorn" not in _joins(found)


def test_as_well_as_between_two_joiners_is_no_aside() -> None:
    found = _read(
        "Hoorn, 4 December 2026 – Digital Together Hoorn grows. Joining today are Hoorn "
        "Library, as well as SeniorWeb Hoorn."
    )
    assert set(_joins(found)) == {"Hoorn Library", "SeniorWeb Hoorn"}


def test_a_day_in_brackets_after_today_is_read_near_the_release() -> None:
    def joined(words: str) -> dict[str, str | None]:
        found = _read(_OPENING + words)
        return {j.org.value: j.date.iso if j.date else None for j in found.joins}

    assert joined("Vandaag (5/12) sluit Bibliotheek Hoorn zich aan bij de alliantie.") == {
        "Bibliotheek Hoorn": "2026-12-05"
    }  # a day after the release (to come), not a year before it
    assert joined("Vanaf vandaag (31/2) doet Bibliotheek Hoorn mee.") == {
        "Bibliotheek Hoorn": "2026-12-04"
    }  # no such day: the release's own


def test_a_listed_joiner_without_a_date_does_not_take_the_one_before() -> None:
    found = _read(
        _OPENING + "Twee organisaties sloten zich aan: Bibliotheek Hoorn op 16 oktober en "
        "SeniorWeb Hoorn."
    )
    assert _joins(found) == {"Bibliotheek Hoorn": "2026-10-16", "SeniorWeb Hoorn": None}
    found = _read(_OPENING + "Op 1 oktober, Bibliotheek Hoorn en SeniorWeb Hoorn sloten zich aan.")
    assert _joins(found) == {"Bibliotheek Hoorn": "2026-10-01", "SeniorWeb Hoorn": "2026-10-01"}


def test_a_comment_by_a_person_does_not_date_the_release() -> None:
    assert dateline("Geplaatst door Piet op 5 januari 2027") is None
    found = _read(
        "Bibliotheek Hoorn sluit zich aan bij Alliantie Digitaal Westfriesland.\n\nReacties (2)\n"
        "Geplaatst door Piet op 5 januari 2027\nMooi nieuws!\n"
    )
    assert found.issued is None or found.issued.iso != "2027-01-05"
