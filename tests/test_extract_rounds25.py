"""Forms blind sets 25 to 27 showed the reader missing (a municipal bulletin board, a blog, a
newsletter for newcomers): a list after "werkt voortaan samen met:" or "brings together:", a
line "A | B | C" under an introduction that names only kinds, a partner list that an aside
opens, "We zijn nu met 13!", a joiner described between commas, a join in the perfect with
the subject after the verb, and a coalition named only as the subject of "groeit". Each form
is tested on text of its own."""

from __future__ import annotations

import pytest

from tests.reading import members, reader

_OPENING = "Deventer, 2 maart 2026 – Digitaal Thuis Deventer verwelkomt een nieuwe partner.\n\n"
_JOIN = "Vandaag sluit Stichting Kruispunt zich aan bij Digitaal Thuis Deventer.\n\n"


_read = reader("round25")
_members = members


@pytest.mark.parametrize(
    "introduction",
    ["Stichting Kruispunt werkt voortaan samen met:", "The coalition brings together:"],
)
def test_a_bullet_list_after_a_colon_that_ends_the_introduction(introduction: str) -> None:
    found = _read(
        _JOIN + introduction + "\n- Bibliotheek Deventer\n- gemeente Deventer\n"
        "- Woonstichting De IJsselhoeve\n- and now us!\n"
    )
    assert _members(found) == {
        "Bibliotheek Deventer",
        "Gemeente Deventer",
        "Woonstichting De IJsselhoeve",
    }


def test_a_line_of_names_under_an_introduction_that_names_kinds() -> None:
    found = _read(
        _JOIN + "Onze coalitie bestaat inmiddels uit bibliotheken, gemeenten en zorg:\n\n"
        "Bibliotheek Deventer | gemeente Olst-Wijhe | Zorgcentrum De Worp | Stichting Kruispunt\n"
    )
    assert _members(found) == {"Bibliotheek Deventer", "Gemeente Olst-Wijhe", "Zorgcentrum De Worp"}


def test_kinds_without_a_colon_are_no_list() -> None:
    found = _read(_JOIN + "De coalitie bestaat uit bibliotheken, gemeenten en zorg.\n")
    assert _members(found) == set()


def test_a_list_that_an_aside_opens_keeps_its_first_name() -> None:
    found = _read(
        _JOIN + "Wie doen er mee?\nNaast de gemeente zelf zijn onder andere Bibliotheek Deventer "
        "aan de IJssel, welzijnsorganisatie Samen Sterk, woningcorporatie Thuis aan de Worp en "
        "het Saxion College partner.\n"
    )
    assert {"Bibliotheek Deventer aan de IJssel", "Thuis aan de Worp"} <= _members(found)


@pytest.mark.parametrize(
    ("sentence", "total"),
    [("We zijn nu dus met 13!", 13), ("Wij zijn inmiddels met 9 partners.", 9)],
)
def test_we_are_now_n(sentence: str, total: int) -> None:
    found = _read(_JOIN + sentence + "\n")
    assert found.stated_total is not None and found.stated_total.value == str(total)


def test_we_are_with_volunteers_is_no_total() -> None:
    found = _read(_JOIN + "We zijn inmiddels met 40 vrijwilligers aan de slag.\n")
    assert found.stated_total is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 11 juni tekende NetVerbinders, het glasvezel- en ICT-bedrijf uit Hengelo, als "
        "dertiende partner de intentieverklaring van Digitaal Thuis Deventer.",
        "Deze maand is NetVerbinders, een ICT-bedrijf uit de Voorst, aangesloten bij Digitaal "
        "Thuis Deventer.",
    ],
)
def test_a_joiner_described_between_commas_is_one_joiner(sentence: str) -> None:
    found = _read(_OPENING + sentence + "\n")
    assert [join.org.value for join in found.joins] == ["NetVerbinders"]


def test_two_joiners_in_the_perfect_after_the_verb() -> None:
    found = _read(
        "Digitaal Thuis Deventer groeit. Deze maand zijn Stichting Kerk & Buurt en ByteWise, "
        "een ICT-bedrijf uit de Voorst, aangesloten bij het netwerk dat inwoners helpt.\n"
    )
    assert found.coalition is not None and found.coalition.value == "Digitaal Thuis Deventer"
    assert [join.org.value for join in found.joins] == ["Stichting Kerk & Buurt", "ByteWise"]


def test_for_joins_the_words_of_a_name() -> None:
    found = _read("Stichting Kruispunt joined Deventer Digital for All on 1 October 2026.\n")
    assert found.coalition is not None and found.coalition.value == "Deventer Digital for All"


# Blind sets 26 and 27: "Naast A en B zijn dat:" over a bullet list, "Samen met onder anderen",
# "staat de teller op N partners", the writer's own organisation ("wij als X trekker zijn"), and
# a name that lists its fields ("Stichting Welzijn, Wonen en Zorg X") as sure as any other.


def test_the_names_before_a_colon_that_opens_the_list_are_members_too() -> None:
    found = _read(
        _JOIN + "Naast Van Gelder & Zonen en Bibliotheek aan de IJssel zijn dat:\n"
        "- Gemeente Deventer\n- Zorggroep De Worp\n- Vakschool Salland\n"
    )
    assert _members(found) == {
        "Van Gelder & Zonen",
        "Bibliotheek aan de IJssel",
        "Gemeente Deventer",
        "Zorggroep De Worp",
        "Vakschool Salland",
    }


def test_together_with_among_others() -> None:
    found = _read(
        _JOIN + "Samen met onder anderen Bibliotheek aan de IJssel, de gemeente Deventer en "
        "woningcorporatie Thuis in Olst werken we toe naar één doel.\n"
    )
    assert {"Bibliotheek aan de IJssel", "Gemeente Deventer"} <= _members(found)


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Daarmee staat de teller op veertien partners.", 14),
        ("De teller staat nu op 930.", None),  # people helped, not partners
    ],
)
def test_the_counter_stands_at_n_partners(sentence: str, total: int | None) -> None:
    found = _read(_JOIN + sentence + "\n")
    stated = found.stated_total
    assert (int(stated.value) if stated else None) == total


def test_we_as_an_organisation_name_the_writer_a_member() -> None:
    found = _read(
        _JOIN + "Goed nieuws uit de coalitie waarvan wij als Stichting Welzijn, Wonen en Zorg "
        "Salland (WWZS) sinds de start in 2024 trekker zijn.\n"
    )
    assert "Stichting Welzijn, Wonen en Zorg Salland" in _members(found)


def test_a_name_that_lists_its_fields_is_one_sure_name() -> None:
    found = _read(
        _JOIN + "De partners zijn:\n- Stichting Welzijn, Wonen en Zorg Salland\n"
        "- Bibliotheek Deventer\n- Gemeente Deventer\n"
    )
    assert "Stichting Welzijn, Wonen en Zorg Salland" in _members(found)


# Blind sets 26 and 27 again: joins told as "zijn er twee partners bijgekomen: A en B" and as
# signatures of a list of firms each with its town, "Met z'n negenen", "dit is X:" over the
# list, a new name after "Wat begon als ...", an "Akkoord" as a coalition, and two persons who
# are no members ("aldus partner Els Dekker", "Collegevoorzitter dr. Ingrid Schipper").


def test_partners_that_came_in_named_after_a_colon_are_joiners() -> None:
    found = _read(
        _OPENING + "Deze maand zijn er twee nieuwe partners bijgekomen, en daar zijn we trots "
        "op: Huisartsenpraktijk 't Zand en Stichting Welzijn De Worp.\n"
    )
    assert [join.org.value for join in found.joins] == [
        "Huisartsenpraktijk 't Zand",
        "Stichting Welzijn De Worp",
    ]


def test_firms_each_with_its_town_sign_an_agreement() -> None:
    found = _read(
        "Drie bedrijven tekenen Sallands Digitaal Akkoord\n\nHet Sallands Digitaal Akkoord krijgt "
        "er drie ondertekenaars bij. ICT-dienstverlener NetZee B.V. uit Deventer, drukkerij Van "
        "der Hooft & Zonen uit Raalte en installatiebedrijf 't Sallandse Licht uit Olst zetten op "
        "14 juli hun handtekening onder het akkoord.\n"
    )
    assert found.coalition is not None and found.coalition.value == "Sallands Digitaal Akkoord"
    assert [join.org.value for join in found.joins] == [
        "NetZee B.V.",
        "Van der Hooft & Zonen",
        "'t Sallandse Licht",
    ]


def test_houses_in_towns_are_no_joiners() -> None:
    found = _read(
        _OPENING + "Thuisvast, de woningcorporatie met ruim 9.000 huurwoningen in Deventer en "
        "Raalte, zette vanmiddag haar handtekening onder het convenant van Digitaal Thuis "
        "Deventer.\n"
    )
    assert [join.org.value for join in found.joins] == ["Thuisvast"]


def test_a_list_under_this_is_x_with_nine_of_us() -> None:
    found = _read(
        "Wat begon als het 'Digicafé-overleg Deventer' heet sinds vorig najaar DigiDeventer.\n\n"
        "Met z'n vieren zijn we nu. Voor wie het wil weten, dit is DigiDeventer:\n"
        "- Bieb aan de IJssel (dat zijn wij!)\n- Gemeente Deventer\n- Woonbedrijf De Worp\n"
        "- de Sallandse Computerhelpers\n"
    )
    assert found.coalition is not None and found.coalition.value == "DigiDeventer"
    assert found.stated_total is not None and found.stated_total.value == "4"
    assert _members(found) == {
        "Bieb aan de IJssel",
        "Gemeente Deventer",
        "Woonbedrijf De Worp",
        "Sallandse Computerhelpers",
    }


def test_persons_with_a_role_or_title_are_no_members() -> None:
    found = _read(
        _OPENING + "Hogeschool Saxion is de 14e partner van Digitaal Thuis Deventer. "
        "Collegevoorzitter dr. Ingrid Schipper zette op 25 november haar handtekening onder het "
        'convenant.\n\n"Wij zijn adviseur, geen partij," aldus partner Els Dekker.\n'
    )
    assert [join.org.value for join in found.joins] == ["Hogeschool Saxion"]
    assert "Els Dekker" not in _members(found)
