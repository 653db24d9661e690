"""Misreadings a reviewer reproduced on new text after the rules of blind97 to blind100, each
mended: a verb-last clause of another body, a signature "behalve X", "as well as" cut as an
aside, "vandaag (5/12)" a year early, a date of one listed joiner given to the next, a comment's
"Geplaatst door Piet op" taken as the release's date."""

from __future__ import annotations

from kg.ingest.dates import dateline
from kg.ingest.extract import Extraction
from kg.ingest.names import is_person
from kg.ingest.sentences import split_sentences
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


def test_marks_of_new_only_in_a_list_of_partners_and_only_on_organisations() -> None:
    for said in (
        "Op het programma:\n- Workshop Veilig Internetten (nieuw)\n- Inloop DigiHulp (nieuw)",
        "Financiers zijn het Oranje Fonds, het VSBfonds en, sinds kort, het Fonds 1818.",
        "De alliantie telt Bibliotheek Hoorn en – sinds kort – de Rabobank, die ons sponsort.",
        "Sprekers zijn Jan de Vries, Petra Smit en, sinds kort, Maud Jongen.",
        "Het Digicafé is open op maandag, dinsdag en, sinds afgelopen week, Woensdag.",
    ):
        assert _joins(_read(_OPENING + "\n\n" + said)) == {}, said
    found = _read(
        _OPENING + "\n\nDe partners:\n\nOverheid\n- Gemeente Hoorn\n- Zorggroep West (nieuw)\n"
    )
    assert set(_joins(found)) == {"Zorggroep West"}


def test_an_order_with_another_verb_or_hedged_is_no_join() -> None:
    for said in (
        "Stichting Wonen Hoorn won de prijs als de tiende organisatie van Nederland.",
        "Zorggroep West zou zich graag melden als dertiende partner van de alliantie.",
        "Zorggroep West eindigde als tweede deelnemer van de hackathon in Hoorn.",
    ):
        assert _joins(_read(_OPENING + said)) == {}, said


def test_initials_make_a_person_only_where_the_text_says_so() -> None:
    found = _read(_OPENING + "A.S. Watson sluit zich aan bij de Alliantie Digitaal Westfriesland.")
    assert set(_joins(found)) == {"A.S. Watson"}
    deed = (
        "Het bestuur bestaat uit:\n- mevrouw E.M. van Rijswijk, voorzitter;\n- de heer K. Doğan;\n"
    )
    assert is_person("E.M. van Rijswijk", deed) and is_person("K. Doğan", deed)
    assert not is_person("A.S. Watson", "A.S. Watson sluit zich aan bij Y.")


def test_support_or_sponsors_or_a_petition_are_read_for_what_they_are() -> None:
    found = _read(
        _OPENING + "\n\nDe alliantie, gesteund door de provincie, telt nu:\n- Bibliotheek Hoorn\n"
        "- Zorggroep West\n- Stichting Wonen Hoorn\n"
    )
    assert {f.value for f in found.partners} == {
        "Bibliotheek Hoorn",
        "Zorggroep West",
        "Stichting Wonen Hoorn",
    }
    found = _read(_OPENING + "Sponsors, dat zijn de Rabobank, Stichting Oranje Fonds en VSBfonds.")
    assert not found.partners
    found = _read(
        _OPENING + "Bibliotheek Hoorn en Zorggroep West zetten hun naam onder een petitie tegen "
        "de bezuinigingen."
    )
    assert _joins(found) == {}


def test_old_or_event_participation_and_an_order_told_twice_are_no_new_reading() -> None:
    for said in (
        "Zorggroep West neemt vanaf 2019 deel aan de Alliantie Digitaal Westfriesland.",
        "Zorggroep West staat sinds 2019 in ons partnerrijtje.",
    ):
        assert _joins(_read(_OPENING + said)) == {}, said
    found = _read(
        _OPENING + "Zorggroep West neemt per 1 januari deel aan de Week van de Digitale Inclusie."
    )
    assert [j for j in found.joins if not j.future] == []
    found = _read(
        _OPENING + "\n\nNummer dertien is binnen.\nZorggroep West sloot zich vandaag aan.\n"
        "Stichting Wonen Hoorn sloot zich gisteren aan als dertiende partner.\n"
    )
    assert {j.org.value: j.order.value if j.order else None for j in found.joins} == {
        "Zorggroep West": None,
        "Stichting Wonen Hoorn": "13",
    }


def test_no_at_the_start_of_an_answer_ends_a_sentence() -> None:
    said = "Did the alliance grow? No. 3 partners left and none joined."
    assert [said[a:b] for a, b in split_sentences(said)][-1] == "3 partners left and none joined."


def test_a_colon_after_a_word_that_is_no_order_tells_no_join() -> None:
    found = _read(_OPENING + "Het programma is het volgende: Workshop Veilig Online.")
    assert _joins(found) == {}
    found = _read(_OPENING + "En daar is de veertiende: Stichting Wonen Hoorn.")
    assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
        ("Stichting Wonen Hoorn", "14")
    ]
