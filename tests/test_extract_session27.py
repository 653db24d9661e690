"""Readings added in the twenty-seventh session on issue 16: list lines that give a name and
then a sentence of their own, newcomers counted before a colon, a composition told in the past
tense, names that read as a person's, places after a goal's year, a month before a subject, and
the paragraph that says who does what within the coalition. Each test states a kind of sentence
in words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.confidence import certain
from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.given import person_like
from kg.ingest.subjects import subject_names
from tests.reading import sure
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_COALITION = "Digitaal Mee Rivierenland"
_HEAD = (
    "Tiel, 3 december 2026\n\n"
    f"Nieuws over {_COALITION}\n\n"
    f"{_COALITION} helpt inwoners van Tiel, Culemborg en Buren om digitaal mee te doen.\n\n"
)


def test_lines_of_a_name_then_a_sentence_of_their_own_are_the_counted_list() -> None:
    text = _HEAD + (
        "De coalitie telt vier organisaties, en die vind je elke dinsdag in het wijkhuis:\n"
        "Bibliotheek Rivierenland – Gerda Smit brengt de tablets mee en legt DigiD uit.\n"
        "Zwanenhof, de welzijnsstichting – Koen Bos kent alle buurtbewoners bij naam.\n"
        "Stichting Klikhulp Buren – drie vrijwilligers die alles weten van telefoons.\n"
        "Leerwerkbedrijf De Waal – Leerlingen Karin en Sem lopen er hun stage.\n"
    )
    members, _ = _read(text)
    assert {
        "Bibliotheek Rivierenland",
        "Zwanenhof",
        "Stichting Klikhulp Buren",
        "Leerwerkbedrijf De Waal",
    } <= members


@pytest.mark.parametrize(
    "sentence",
    [
        "Op de jaarvergadering kwamen er twee nieuwelingen bij: onze eigen Volksdansgroep De "
        "Molen en de Vrouwenraad Culemborg.",
        "Last week the alliance gained two newcomers: Volksdansgroep De Molen and Vrouwenraad "
        "Culemborg.",
    ],
)
def test_newcomers_counted_before_a_colon_are_the_joiners(sentence: str) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert {"Volksdansgroep De Molen", "Vrouwenraad Culemborg"} <= set(joiners)


def test_a_composition_in_the_past_tense_names_the_members() -> None:
    text = _HEAD + (
        "Het gezelschap bestond al uit Bibliotheek Rivierenland, Stichting Zwanenhof en "
        "Computerclub De Muis.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Rivierenland", "Stichting Zwanenhof", "Computerclub De Muis"} <= members
    past = _HEAD + "De werkgroep bestond tot 2024 uit Stichting A-Team, Stichting B en Club C.\n"
    assert not _read(past)[0] & {"Stichting B", "Club C"}


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Sanne Verhoef", True),
        ("Gerrit van Wingerden", True),
        ("Noor el Amrani", True),
        ("Stichting Sanne Verhoef", False),
        ("Jeroen Bosch Ziekenhuis", False),
        ("Bibliotheek Rivierenland", False),
        ("Anna", False),
    ],
)
def test_a_given_name_and_a_surname_read_as_a_person(name: str, person: bool) -> None:
    assert person_like(name) is person


def test_a_list_of_persons_is_asked_not_written_as_members() -> None:
    text = _HEAD + (
        "Nieuwe leden: Sanne Verhoef (Tiel), Ilse Kortekaas (Buren), Fatima Azzouz "
        "(Culemborg).\n\n"
        "Partners van de coalitie zijn Bibliotheek Rivierenland, Stichting Zwanenhof en "
        "Computerclub De Muis.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    written = {fact.value for fact in result.partners if certain(fact)}
    asked = {fact.value for fact in result.partners if not certain(fact)}
    assert "Bibliotheek Rivierenland" in written
    assert not written & {"Sanne Verhoef", "Ilse Kortekaas", "Fatima Azzouz"}
    assert "Sanne Verhoef" in asked


@pytest.mark.parametrize(
    "goal",
    [
        "Our shared aim: by 2030 there is a help point in every district, in Tiel Oost, Tiel "
        "West, Tiel Noord, Tiel Centrum and Tiel Zuid.",
        "Ons doel samen is helder: in 2030 moet er een hulppunt zijn in Tiel Oost, Tiel West, "
        "Tiel Noord, Tiel Centrum en Tiel Zuid.",
    ],
)
def test_the_places_after_a_goals_year_are_no_members(goal: str) -> None:
    members, _ = _read(_HEAD + goal + "\n")
    assert not members & {"Tiel Oost", "Tiel West", "Tiel Noord", "Tiel Centrum"}


def test_a_founding_year_still_lets_its_sentence_name_members() -> None:
    text = _HEAD + (
        "Since its start in 2023 the coalition has been in great company: Bibliotheek "
        "Rivierenland, Stichting Zwanenhof, Computerclub De Muis and Woonstichting Betuwe.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Rivierenland", "Stichting Zwanenhof"} <= members


@pytest.mark.parametrize(
    "subject",
    ["And in January Huisartsengroep Waalkant", "On Monday Huisartsengroep Waalkant"],
)
def test_a_month_or_a_weekday_after_a_preposition_is_no_part_of_the_subject(
    subject: str,
) -> None:
    assert subject_names(subject, 1) == ["Huisartsengroep Waalkant"]


def test_who_does_what_within_the_coalition_names_its_members() -> None:
    text = _HEAD + (
        "Binnen de coalitie krijgt de vereniging een eigen rol. Bibliotheek Rivierenland geeft "
        "al klikcursussen voor beginners. Stichting Zwanenhof en Computerclub De Muis komen bij "
        "mensen thuis.\n\n"
        "De koffie werd betaald door Stichting Tielse Dorpsfondsen, dat zelf geen partner is.\n"
    )
    found = sure(text)
    assert {"Bibliotheek Rivierenland", "Stichting Zwanenhof", "Computerclub De Muis"} <= found
    assert "Stichting Tielse Dorpsfondsen" not in found


def test_a_place_or_a_guest_said_to_join_is_asked_not_written() -> None:
    text = _HEAD + (
        "In 2024 kwamen Buren en Culemborg erbij, en werden we een regionale coalitie.\n\n"
        f"Een bijzonder welkom aan Marloes Nijhuis van Digitaal Betuwe Verbindt.\n\n"
        f"Vandaag sluit Stichting Leeslamp zich aan bij {_COALITION}.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    written = {j.org.value for j in result.joins if certain(j.org)}
    asked = {j.org.value for j in result.joins if not certain(j.org)}
    assert "Stichting Leeslamp" in written
    assert not written & {"Buren", "Culemborg", "Marloes Nijhuis van Digitaal Betuwe Verbindt"}
    assert {"Buren", "Culemborg"} <= asked


def test_a_partner_more_before_a_colon_is_the_joiner() -> None:
    text = _HEAD + "Sinds 2 november heeft de coalitie er een partner bij: Fysiopraktijk Linge.\n"
    _, joiners = _read(text)
    assert "Fysiopraktijk Linge" in joiners


def test_compound_partners_before_a_colon_introduce_members() -> None:
    text = _HEAD + (
        "Andere netwerkpartners met wie we optrekken: Stichting Leeslamp, die voorleest, en "
        "Huiswerkinstituut De Brug, dat huiswerkbegeleiders traint.\n"
    )
    assert {"Stichting Leeslamp", "Huiswerkinstituut De Brug"} <= sure(text)


def test_a_partnership_of_organisations_then_what_each_does_names_members() -> None:
    text = _HEAD + (
        "Ik help als vrijwilliger van de coalitie. Dat is een samenwerking van organisaties die "
        "mensen helpen met hun telefoon. De Bibliotheek Rivierenland regelt de cursussen, "
        "Stichting Zwanenhof koppelt maatjes en Buurthuis De Linde in Tiel houdt elke vrijdag "
        "een digicafé. De eerste les was in boerderijwinkel De Kruidhof in Buren.\n"
    )
    found = sure(text)
    assert {"Bibliotheek Rivierenland", "Stichting Zwanenhof", "Buurthuis De Linde"} <= found
    assert not any("Kruidhof" in name for name in found)  # a venue


def test_a_join_told_in_a_that_clause_is_read() -> None:
    text = _HEAD + (
        f"Daarom ben ik blij dat Fietsenmaker Van Wijk vanaf vandaag officieel partner is van "
        f"{_COALITION}.\n"
    )
    assert "Fietsenmaker Van Wijk" in _read(text)[1]
    still = _HEAD + f"Ik weet dat Stichting Leeslamp al jaren partner is van {_COALITION}.\n"
    assert "Stichting Leeslamp" not in _read(still)[1]  # a state, no news


def test_a_post_headed_by_its_writer_speaks_for_the_firm_the_writer_runs() -> None:
    text = (
        "Petra van Lienden\n"
        "Eigenaar Kapsalon Knipwerk | Haar en zorg in Tiel\n"
        "Geplaatst op 3 december 2026\n\n"
        f"Vandaag een ander bericht. Sinds deze week zijn we partner van {_COALITION}. "
        "We zijn partner nummer 12.\n"
    )
    _, joiners = _read(text)
    assert "Petra van Lienden" not in joiners
    assert joiners.get("Kapsalon Knipwerk") == 12


def test_organisations_from_places_that_joined_name_no_joiner() -> None:
    assert subject_names("because organisations from Buren and Culemborg", 2) == []
    text = _HEAD + (
        "The coalition used to be called Digihulp Tiel. In March it was renamed, because "
        "organisations from Buren and Culemborg joined. Our fellow partners in the coalition "
        "include Bibliotheek Rivierenland, Stichting Zwanenhof and Computerclub De Muis from "
        "Buren.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    members, joiners = _read(text)
    assert not set(joiners) & {"Buren", "Culemborg"}
    assert "Computerclub De Muis" in members
    assert "Digihulp Tiel" not in members
    assert [fact.value for fact in result.former_names] == ["Digihulp Tiel"]


@pytest.mark.parametrize(
    ("sentence", "joiner"),
    [
        (
            "Loonbedrijf Van Ooijen & Zonen B.V. uit Ophemert heeft in juli als partner zijn "
            "handtekening gezet; hun planners helpen boeren met de mestapp.",
            "Loonbedrijf Van Ooijen & Zonen B.V.",
        ),
        (
            "Stichting Dorpshuis De Linde heeft vorige week de samenwerkingsovereenkomst met het "
            "netwerk getekend.",
            "Stichting Dorpshuis De Linde",
        ),
    ],
)
def test_a_signature_in_a_main_clause_tells_the_join(sentence: str, joiner: str) -> None:
    assert joiner in _read(_HEAD + sentence + "\n")[1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Loonbedrijf Van Ooijen heeft zijn handtekening gezet onder een huurcontract.",
        "Na lang onderhandelen over het shirt heeft Garage Van Ooijen zijn handtekening gezet.",
        "Alle partners behalve Bibliotheek Tiel hebben hun handtekening gezet.",
    ],
)
def test_a_signature_under_something_else_tells_no_join(sentence: str) -> None:
    assert _read(_HEAD + sentence + "\n")[1] == {}


def test_we_at_the_table_as_the_heads_initials_is_the_publishers_membership() -> None:
    text = (
        "DE TREKKER\n"
        "Nieuwsbrief van Plattelandsjongeren Betuwe-West (PJBW)\n"
        "Nr. 8 - 27 november 2026\n\n"
        f"Wij zitten als PJBW sinds de oprichting aan tafel bij {_COALITION}, samen met onder "
        "meer Bibliotheek Rivierenland en Stichting Zwanenhof.\n"
    )
    assert "Plattelandsjongeren Betuwe-West" in sure(text)


def test_a_coalition_counted_by_its_acronym_is_named_in_full() -> None:
    text = _HEAD.replace(_COALITION, "Alliantie Digitaal Betuwe West (ADBW)", 1) + (
        "Begin september is ook Stichting Leeslamp bij de alliantie gekomen. Daarmee telt de "
        "ADBW nu negen partners.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert result.coalition is not None
    assert result.coalition.value == "Alliantie Digitaal Betuwe West"


def test_the_first_item_of_a_list_keeps_its_name_before_its_place() -> None:
    text = _HEAD + (
        "De vaste bemanning van de coalitie was er ook: Bibliotheek De Kaap uit Tiel, "
        "Seniorenbond Buren, Computerhulp Culemborg en Stichting Taal voor Allen.\n"
    )
    members, _ = _read(text)
    assert "Bibliotheek De Kaap" in members
    assert "Tiel" not in members


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik ben blij dat Stichting Leeslamp vanaf vandaag partner is van het Jeugdfonds.",
        "De jury bestond uit Omroep Rivierenland, Stichting Zwanenhof en Vereniging Het Kompas.",
    ],
)
def test_the_new_shapes_need_the_coalition(sentence: str) -> None:
    members, joiners = _read(_HEAD + sentence + "\n")
    assert not joiners
    assert not members & {"Omroep Rivierenland", "Vereniging Het Kompas"}


@pytest.mark.parametrize(
    "name", ["Anne Frank Huis", "Johan Cruijff Foundation", "Piet Zwart Instituut"]
)
def test_an_organisation_named_after_a_person_is_no_person(name: str) -> None:
    assert not person_like(name)


def test_persons_said_to_join_are_asked() -> None:
    text = _HEAD + (
        f"Op de jaarvergadering kwamen er twee nieuwelingen bij {_COALITION}: Anouk de Graaf en "
        "Youssef Amrani.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert not [j.org.value for j in result.joins if certain(j.org)]


def test_the_publishers_seat_at_another_table_is_no_membership() -> None:
    text = (
        "DE TREKKER\n"
        "Nieuwsbrief van Plattelandsjongeren Betuwe-West (PJBW)\n"
        "Nr. 8 - 27 november 2026\n\n"
        "Wij zitten als PJBW sinds dit jaar aan tafel bij de provincie over mestregels.\n\n"
        f"Partners van {_COALITION} zijn Bibliotheek Rivierenland, Stichting Zwanenhof en "
        "Computerclub De Muis.\n"
    )
    assert "Plattelandsjongeren Betuwe-West" not in sure(text)
