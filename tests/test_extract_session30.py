"""Readings added in the thirtieth session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = "Emmen, 3 december 2026\n\nNieuws van Digitaal Samen Zuidoost-Drenthe\n\n"


@pytest.mark.parametrize(
    ("said", "and_"),
    [
        ("De coördinator was te gast. Als partners noemt ze onder meer {list}.", "en"),
        ("De coördinator was te gast. Tot de leden rekent hij {list}.", "en"),
        ("The coordinator was our guest. As partners she names {list}.", "and"),
    ],
)
def test_partners_a_speaker_names_are_members(said: str, and_: str) -> None:
    names = f"Bibliotheek Emmen, Stichting Welzijn De Hondsrug {and_} Computerclub Bits en Bytes"
    members, joiners = _read(_HEAD + said.format(list=names) + "\n")
    assert members >= {
        "Bibliotheek Emmen",
        "Stichting Welzijn De Hondsrug",
        "Computerclub Bits en Bytes",
    }
    assert not joiners


@pytest.mark.parametrize(
    ("sentence", "order"),
    [
        ("Het negende lid is sinds vorige week aan boord: Buurtkamer De Es uit Emmen.", 9),
        ("Onze nieuwste partner is per 1 december toegetreden: Buurtkamer De Es.", None),
    ],
)
def test_a_newest_or_nth_partner_revealed_after_a_colon_joins(sentence: str, order: int) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert joiners == {"Buurtkamer De Es": order}


def test_an_nth_partner_after_a_colon_without_a_word_of_arriving_is_no_join() -> None:
    _, joiners = _read(_HEAD + "De eerste partner was vanzelfsprekend: Bibliotheek Emmen.\n")
    assert not joiners


@pytest.mark.parametrize(
    "sentence",
    [
        "Vorige week was het zover: onze winkel, Fietsenmaker Van Dijk, doet nu officieel mee met "
        "Digitaal Samen Zuidoost-Drenthe.",
        "Fietsenmaker Van Dijk is per 15 november aan boord gekomen.",
        "Fietsenmaker Van Dijk is deze maand erbij gekomen.",
    ],
)
def test_joins_told_with_taking_part_or_coming_on_board(sentence: str) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert list(joiners) == ["Fietsenmaker Van Dijk"]


def test_the_organisations_a_coalition_is_described_as_are_named_by_their_work() -> None:
    text = _HEAD + (
        "Wat is Digitaal Samen Zuidoost-Drenthe eigenlijk? Een groepje organisaties hier in de "
        "gemeente die mensen helpen met alles wat digitaal is. Bibliotheek Emmen geeft de "
        "cursussen. Stichting Sociaal Werk Emmen heeft vrijwilligers die thuis langskomen. "
        "Wij (Huurdersvereniging De Bron) zorgen voor de koffie.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Emmen", "Stichting Sociaal Werk Emmen"} <= members
    assert "Wij" not in members


def test_a_possessive_and_the_coalitions_own_short_name_are_not_members() -> None:
    text = (
        "Emmen, 3 December 2026\n\nThe Emmen Digital Alliance is a group of local organisations "
        "that help residents online. ClickMates Emmen runs the walk-in hours. The Alliance "
        "organises the courses. ClickMates's volunteers visit people at home.\n"
    )
    members, _ = _read(text)
    assert "ClickMates Emmen" in members
    assert not members & {"ClickMates's", "Alliance", "The Alliance"}


def test_partners_of_the_network_are_members_and_a_firms_own_partners_are_not() -> None:
    members, _ = _read(
        _HEAD + "Zij vertelde dat het netwerk in Emmen en Coevorden werkt, met partners als "
        "Bibliotheek Emmen, Stichting Welzijn De Hondsrug en het vrijwilligersinitiatief "
        "DigiMaatje Emmen.\n"
    )
    assert members >= {"Bibliotheek Emmen", "Stichting Welzijn De Hondsrug", "DigiMaatje Emmen"}
    members, _ = _read(
        _HEAD + "Kestrel IT employs 300 people and works with partners such as Microsoft and "
        "Cisco.\n"
    )
    assert not members & {"Microsoft", "Cisco"}


def test_a_publisher_that_weighs_whether_to_become_a_partner_is_none() -> None:
    text = (
        "DE KAST\nLedenblad van de Vereniging Boekhandels Zuidoost-Drenthe\n"
        "Nr. 12 – december 2026\n\nHet bestuur beraadt zich nog of onze vereniging zelf partner "
        "van Digitaal Samen Zuidoost-Drenthe moet worden. Partners zijn onder meer Bibliotheek "
        "Emmen en Stichting Welzijn De Hondsrug.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert "Vereniging Boekhandels Zuidoost-Drenthe" not in {f.value for f in result.partners}
    assert {"Bibliotheek Emmen", "Stichting Welzijn De Hondsrug"} <= {
        f.value for f in result.partners
    }


def test_the_partners_a_writer_has_met_are_members_and_the_writer_is_not() -> None:
    members, _ = _read(
        "Kerkrade, 3 December 2026\n\nThere is a network here called Digitaal Sterk Parkstad. "
        "The partners I have come across so far are Bibliotheek Parkstad-Zuid (they run the "
        "Tuesday help desk), Stichting Buurtwerk Kerkrade-West and MaatjesNetwerk Landgraaf.\n"
    )
    assert members >= {
        "Bibliotheek Parkstad-Zuid",
        "Stichting Buurtwerk Kerkrade-West",
        "MaatjesNetwerk Landgraaf",
    }
    assert "I" not in members


@pytest.mark.parametrize(
    "sentence",
    [
        'In 2026 the partners renamed it for a broader aim: "People asked about DigiD," she said.',
        "De coalitie brengt organisaties en partners bij elkaar die helpen: van DigiD en "
        "internetbankieren tot een videogesprek met de kleinkinderen.",
    ],
)
def test_a_quotation_or_a_range_of_topics_after_a_colon_is_no_list(sentence: str) -> None:
    members, _ = _read(_HEAD + sentence + "\n")
    assert not members


def test_a_range_of_organisations_after_a_colon_still_names_members() -> None:
    members, _ = _read(
        _HEAD + "Inmiddels doen er organisaties uit alle hoeken mee: van Woonvereniging De Es "
        "tot het Werkbedrijf Emmen en het Vakcollege Emmen.\n"
    )
    assert "Vakcollege Emmen" in members


def test_a_fellow_partner_is_named_without_the_word_and_a_licensed_supplier_is_no_member() -> None:
    text = _HEAD + (
        "Wie doet wat? Bibliotheek Emmen houdt de spreekuren. Medepartner Stichting Welzijn "
        "Emmen-Zuid (WEZ) stuurt vrijwilligers. De software komt van het bedrijf KlikKlaar B.V. "
        "uit Zwolle; wij betalen daarvoor een licentie.\n"
    )
    members, _ = _read(text)
    assert "Stichting Welzijn Emmen-Zuid" in members
    assert not {m for m in members if "Medepartner" in m or "KlikKlaar" in m}


@pytest.mark.parametrize(
    "sentence",
    [
        "EMMEN, the Netherlands, 3 December 2026 – Roerdomp Systems B.V., the Emmen-based maker "
        "of bicycle tours through the Hondsrug, the Veenkoloniën and the Drentse Aa, today "
        "signed up as the sixteenth partner of Digital Together Emmen.",
    ],
)
def test_a_joiner_described_after_its_name_is_that_name(sentence: str) -> None:
    _, joiners = _read("3 December 2026\n\n" + sentence + "\n")
    assert joiners == {"Roerdomp Systems B.V.": 16}


def test_a_member_said_to_be_based_somewhere_is_named_without_it() -> None:
    members, _ = _read(
        "3 December 2026\n\nDigital Together Emmen counts twelve partners. Among them are "
        "Bibliotheek Emmen, Stichting Welzijn Emmen and the Klazienaveen-based volunteer group "
        "Digitale Buurthulp 't Zand.\n"
    )
    assert "Digitale Buurthulp 't Zand" in members
    assert not {m for m in members if "based" in m}


def test_our_own_kind_is_no_name_and_those_partners_as_well_are_members() -> None:
    members, _ = _read(
        _HEAD + "Onze stichting is partner, net als Stichting Bibliotheken Hondsrug en Welzijn "
        "Emmen-Noord, die de vrijwilligers leveren.\n"
    )
    assert members >= {"Stichting Bibliotheken Hondsrug", "Welzijn Emmen-Noord"}
    assert not {m for m in members if m.lower().startswith("onze")}


def test_the_members_newcomers_join_among_others_are_members() -> None:
    members, joiners = _read(
        _HEAD + "Buurtkamer De Es trad vandaag toe. Zij voegt zich bij onder meer Bibliotheek "
        "Emmen, Stichting Welzijn Emmen (SWE) en Kerkelijk Buurtwerk Emmen.\n"
    )
    assert members >= {"Bibliotheek Emmen", "Stichting Welzijn Emmen", "Kerkelijk Buurtwerk Emmen"}
    assert list(joiners) == ["Buurtkamer De Es"]


def test_a_total_the_coalition_has_thereby_is_stated() -> None:
    result = extract_text(
        _HEAD + "Buurtkamer De Es trad vandaag toe. Het samenwerkingsverband heeft daarmee tien "
        "partners.\n",
        "x",
        Lexicon.builtin(),
    )
    assert result.stated_total is not None and int(result.stated_total.value) == 10


def test_one_that_becomes_a_partner_in_a_later_month_is_to_come() -> None:
    result = extract_text(
        _HEAD + "Verder zitten Bibliotheek Emmen en Stichting Welzijn Emmen aan tafel. Ook "
        "Stichting Ouderenadvies Emmen heeft zich gemeld: zij wordt in februari 2027 partner.\n",
        "x",
        Lexicon.builtin(),
    )
    assert "Stichting Ouderenadvies Emmen" not in {f.value for f in result.partners}
    assert all(j.future for j in result.joins if j.org.value == "Stichting Ouderenadvies Emmen")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds 1 november heeft ook collega Rijschool De Es V.O.F. uit Emmen haar naam onder de "
        "alliantie gezet.",
        "En vanaf deze week doet ook onze eigen Rijschool De Es V.O.F. mee!",
    ],
)
def test_a_name_put_under_the_alliance_or_our_own_taking_part_from_this_week_joins(
    sentence: str,
) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert list(joiners) == ["Rijschool De Es V.O.F."]


def test_a_join_dated_after_a_colon_is_read() -> None:
    _, joiners = _read(
        _HEAD + "Dat is onze nieuwste stap: as of 1 November, Roerdomp Wonen B.V. is an official "
        "partner of Digitaal Samen Zuidoost-Drenthe.\n"
    )
    assert list(joiners) == ["Roerdomp Wonen B.V."]


def test_the_offices_of_our_own_cooperative_are_no_joiner() -> None:
    _, joiners = _read(
        _HEAD + "Sinds 1 oktober is onze coöperatie, met kantoren in Emmen, Coevorden en "
        "Zierikzee, officieel partner van het netwerk.\n"
    )
    assert not {"Zierikzee", "Coevorden", "Emmen"} & set(joiners)


def test_a_person_of_an_organisation_called_a_founding_partner_makes_it_a_member() -> None:
    members, _ = _read(
        "3 December 2026\n\nMarloes de Boer of Openbare Bibliotheek Emmen-Coevorden (OBEC), a "
        "founding partner that also coordinates the coalition, presented Digital Together Emmen.\n"
    )
    assert "Openbare Bibliotheek Emmen-Coevorden" in members
    assert not {m for m in members if "Marloes" in m}


def test_a_joiner_with_a_clause_of_its_own_between_commas_is_read() -> None:
    _, joiners = _read(
        _HEAD + "Sinds 1 november is de Stichting Roerdomp Wonen, die zoals u weet veel van onze "
        "dorpshuizen beheert, als partner tot het netwerk toegetreden.\n"
    )
    assert list(joiners) == ["Stichting Roerdomp Wonen"]


def test_the_place_that_ends_a_headlines_coalition_name_is_no_member() -> None:
    members, _ = _read(
        "3 december 2026\n\nDigitaal Doen Noord-Groningen: wij doen mee!\n\nBibliotheek Winsum "
        "sluit zich aan bij Digitaal Doen Noord-Groningen.\n"
    )
    assert "Noord-Groningen" not in members


def test_a_joiner_known_for_something_and_named_short_later_is_that_joiner() -> None:
    members, joiners = _read(
        "PARK NEWS\nThe newsletter of Emmen Science Park\nIssue 3 | 27 November 2026\n\n"
        "Science park tenant Roerdomp Systems B.V., known for its laboratory data software, has "
        "become the sixteenth partner of Digitaal Vaardig Zuidoost-Drenthe (DVZD).\n\n"
        "With Roerdomp, the network counts sixteen partners. Among them are Bibliotheek Emmen and "
        "Stichting Welzijn Emmen.\n"
    )
    assert joiners == {"Roerdomp Systems B.V.": 16}
    assert members >= {"Bibliotheek Emmen", "Stichting Welzijn Emmen"}
