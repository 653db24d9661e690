"""Readings from the session that wrote blind91 to blind96, each in new words: a sentence that
ends in an emoji ("JongerenPunt Almere is vanaf vandaag de 9e partner 💪")."""

from __future__ import annotations

from kg.ingest.sentences import split_sentences
from tests.reading import members, reader

_read = reader("round91")


def test_an_emoji_after_a_sentence_is_no_part_of_it() -> None:
    text = "Wij doen mee! 💪\nJongerenPunt Almere is vanaf vandaag de 9e partner 🙌🙌"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Wij doen mee!",
        "JongerenPunt Almere is vanaf vandaag de 9e partner",
    ]


def test_a_join_whose_sentence_ends_in_an_emoji_is_read() -> None:
    found = _read("Digi Samen Almere helpt. JongerenPunt Almere is vanaf vandaag de 9e partner 💪")
    assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
        ("JongerenPunt Almere", "9")
    ]


def test_a_month_with_a_join_in_the_present_is_to_come_in_an_undated_post() -> None:
    found = _read(
        "Trots! Vandaag verwelkomen we Wooncorporatie Saenwoon als nieuwe partner van DigiZaan.\n\n"
        "En het mooiste nieuws bewaar ik voor het laatst: in mei schuift ook Huisartsengroep "
        "Wormerveer aan 🙌\n"
    )
    assert {j.org.value: j.future for j in found.joins} == {
        "Wooncorporatie Saenwoon": False,
        "Huisartsengroep Wormerveer": True,
    }
    assert "Huisartsengroep Wormerveer" not in members(found) | {
        j.org.value for j in found.joins if not j.future
    }


def test_that_makes_x_the_eleventh_partner_is_a_join_with_its_order() -> None:
    for said in (
        "Last Friday I signed the agreement with Digitaal Vangnet Drechtsteden. That makes "
        "Beekhuis Bank the eleventh partner in the coalition - and the first bank to join.",
        "Vrijdag tekende ik namens ons de overeenkomst met Digitaal Vangnet Drechtsteden. Dat "
        "maakt Beekhuis Bank de elfde partner van de coalitie.",
    ):
        found = _read(said)
        assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
            ("Beekhuis Bank", "11")
        ]


def test_that_makes_x_the_first_of_another_kind_is_no_join() -> None:
    found = _read(
        "Digitaal Vangnet Drechtsteden groeit. Dat maakt Dordrecht de eerste gemeente met een "
        "digitaal spreekuur in elke wijk. That makes Beekhuis Bank the first bank to open one."
    )
    assert found.joins == []


def test_a_weekday_or_a_time_before_i_is_no_signatory() -> None:
    for said in (
        "Last Friday I signed the agreement with Digitaal Vangnet Drechtsteden.",
        "Vrijdag tekende ik namens ons de overeenkomst met Digitaal Vangnet Drechtsteden.",
    ):
        assert _read(said).joins == [], said


def test_signed_as_the_seventh_then_elided_orders_for_the_next_two() -> None:
    found = _read(
        "Het convenant van Parkstad Digitaal Inclusief is vandaag ondertekend. Zorggroep Kompas "
        "Zuid tekende als zevende partner, WerkPunt Parkstad B.V. als achtste en "
        "Huisartsencoöperatie Oostelijke Mijnstreek U.A. als negende."
    )
    assert [(j.org.value, j.order.value if j.order else None) for j in found.joins] == [
        ("Zorggroep Kompas Zuid", "7"),
        ("WerkPunt Parkstad B.V.", "8"),
        ("Huisartsencoöperatie Oostelijke Mijnstreek U.A.", "9"),
    ]


def test_an_elided_order_after_a_name_in_a_second_clause_is_no_name() -> None:
    found = _read(
        "Het netwerk groeit. Stichting De Piushaven sloot aan als twaalfde partner, direct gevolgd "
        "door de Hogeschool Midden-Brabant, Academie voor Sociaal Werk als dertiende."
    )
    assert "Academie voor Sociaal Werk" not in {j.org.value for j in found.joins}
