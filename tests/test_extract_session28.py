"""Readings added in the twenty-eighth session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_MEMBERS = {"Bibliotheek Rivierenland", "Stichting Klikhulp Buren", "Welzijn Tiel"}


def test_a_newsletters_table_of_contents_is_no_list_of_members() -> None:
    text = (
        "THE BELL TOWER\n"
        "Newsletter of the Rivierenland Bell-Ringers' Guild, sent to members on 12 November 2026"
        "\n\nIn this issue\n"
        "1. Looking back on the autumn concert\n"
        "2. Coffee and the Christmas market\n"
        "3. Learning online, together\n"
        "4. Dates for the diary\n\n"
        "3. LEARNING ONLINE, TOGETHER\n"
        "Digitaal Mee Rivierenland helps residents of Tiel and Buren with their phones. Its "
        "members include Bibliotheek Rivierenland, Stichting Klikhulp Buren and Welzijn Tiel.\n"
    )
    members, _ = _read(text)
    assert members == _MEMBERS


def test_the_publisher_called_by_its_kind_is_no_joiner_named_by_that_word() -> None:
    text = (
        "Tiel, 12 November 2026\n\n"
        "News from the Rivierenland Bell-Ringers' Guild\n\n"
        "Since this spring the Guild has been a partner of Digitaal Mee Rivierenland. Its "
        "members include Bibliotheek Rivierenland, Stichting Klikhulp Buren and Welzijn Tiel.\n"
    )
    members, joiners = _read(text)
    assert "Guild" not in members | set(joiners)
    assert members >= _MEMBERS


def test_a_given_name_of_an_organisation_in_a_caption_is_the_organisation() -> None:
    text = (
        "Tiel, 3 december 2026\n\n"
        "Digitaal Mee Rivierenland helpt inwoners van Tiel en Buren.\n\n"
        "Partneroverleg in de bieb. Op de foto v.l.n.r.: Karin van Welzijn Tiel, Bram van "
        "Kringloop De Derde Hand, Sem van Computerclub De Muis Buren en onze eigen Ineke.\n"
    )
    members, _ = _read(text)
    assert members == {"Welzijn Tiel", "Kringloop De Derde Hand", "Computerclub De Muis Buren"}


def test_an_organisation_asked_whether_it_would_take_part_is_no_member() -> None:
    text = (
        "Tiel, 3 december 2026\n\n"
        "Wie doen er mee aan Digitaal Mee Rivierenland? Onder andere Bibliotheek Rivierenland, "
        "Stichting Klikhulp Buren en Welzijn Tiel. Ik had ook mijn buurman Joost van "
        "Fietsenhuis Van Dam in Geldermalsen gevraagd of hij een spreekuur wilde houden, "
        "maar dat zag hij niet zitten.\n"
    )
    members, _ = _read(text)
    assert members == _MEMBERS


@pytest.mark.parametrize(
    ("said", "publisher"),
    [
        ("Wij dragen bij, wij zijn trots op elke stap, maar partner zijn we bewust niet.", set()),
        ("Wij dragen bij, wij zijn trots op elke stap, en we zijn partner.", {"Gemeente Buren"}),
    ],
)
def test_a_publisher_that_says_it_is_no_partner_is_none(said: str, publisher: set[str]) -> None:
    text = (
        "Nieuwjaarstoespraak van de burgemeester, Gemeente Buren\n\n"
        "Buren, 8 januari 2026\n\n"
        "Digitaal Mee Rivierenland helpt inwoners van Tiel en Buren met hun telefoon. De partners "
        f"zijn Bibliotheek Rivierenland, Stichting Klikhulp Buren en Welzijn Tiel. {said}\n"
    )
    members, _ = _read(text)
    assert members == _MEMBERS | publisher


def test_a_list_after_a_colon_that_does_take_part_is_read_from_the_colon() -> None:
    text = (
        "Tiel, 3 december 2026\n\n"
        "Met ons erbij zijn er nu twaalf organisaties aangesloten bij Digitaal Mee Rivierenland. "
        "We zitten in goed gezelschap: Bibliotheek Rivierenland, Stichting Klikhulp Buren en "
        "Welzijn Tiel doen ook mee.\n"
    )
    members, _ = _read(text)
    assert members == _MEMBERS  # not "We", who sit "in goed gezelschap"


def test_organisations_counted_then_named_after_a_colon_are_the_joiners() -> None:
    text = (
        "Tiel, 3 December 2026\n\n"
        "Digitaal Mee Rivierenland helps residents of Tiel and Buren. Its coordinator gave an "
        "update. In November, two organisations joined: Welzijn Tiel and Stichting Klikhulp "
        "Buren, a volunteer group that now also repairs laptops. Bibliotheek Rivierenland hosts "
        "the help desks.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Welzijn Tiel": None, "Stichting Klikhulp Buren": None}


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional business club welcomes the decision of Stichting Klikhulp Buren, a "
        "volunteer group based in Buren, to become the twelfth partner of Digitaal Mee "
        "Rivierenland.",
        "Wij zijn blij met het besluit van Stichting Klikhulp Buren om als twaalfde partner aan "
        "te sluiten bij Digitaal Mee Rivierenland.",
    ],
)
def test_the_decision_of_an_organisation_to_become_a_partner_is_its_join(sentence: str) -> None:
    _, joiners = _read("Tiel, 3 december 2026\n\n" + sentence + "\n")
    assert joiners == {"Stichting Klikhulp Buren": 12}


def test_an_organisation_that_sits_in_the_network_is_a_member() -> None:
    text = (
        "Tiel, 3 december 2026\n\n"
        "Digitaal Mee Rivierenland helpt inwoners van Tiel en Buren. De partners zijn Bibliotheek "
        "Rivierenland en Stichting Klikhulp Buren. Ook Welzijn Tiel zit in het netwerk en is een "
        "goede vraagbaak.\n"
    )
    members, _ = _read(text)
    assert members == _MEMBERS


def test_a_short_name_in_brackets_after_the_full_one_is_the_full_one() -> None:
    text = (
        "Bezoekerscentrum Rivierenland (BC Rivierenland)\n\n"
        "Tiel, 3 december 2026\n\n"
        "Sinds maandag is BC Rivierenland de twaalfde partner van Digitaal Mee Rivierenland.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Bezoekerscentrum Rivierenland": 12}


def test_a_sentence_opened_by_and_names_its_joiner_without_it() -> None:
    text = (
        "Tiel, 3 December 2026\n\n"
        "Two organisations came on board of Digitaal Mee Rivierenland this month. Welzijn Tiel "
        "brings its volunteers. And Stichting Klikhulp Buren, a group of students, signed the "
        "agreement on Monday.\n"
    )
    _, joiners = _read(text)
    assert "Stichting Klikhulp Buren" in joiners and not any(j.startswith("And") for j in joiners)


def test_an_acronym_after_an_article_points_back_and_is_no_member_of_its_own() -> None:
    text = (
        "Tiel, 3 december 2026\n\n"
        "Studenten van ROC Rivierenland helpen vanaf januari bij Digitaal Mee Rivierenland. "
        "Bibliotheek Rivierenland, Stichting Klikhulp Buren en Welzijn Tiel doen al mee. Met de "
        "komst van het ROC telt de coalitie nu vier partners.\n"
    )
    members, _ = _read(text)
    assert "ROC" not in members and members >= _MEMBERS


def test_a_list_of_who_does_what_in_dutch_names_the_organisations_without_their_tasks() -> None:
    text = (
        "Tiel, 3 december 2026\n\n"
        "Sinds 1 november is Welzijn Tiel partner van Digitaal Mee Rivierenland. De andere "
        "partners van het netwerk verdelen het werk: de Stichting Bibliotheek Rivierenland levert "
        "het lesmateriaal, en Stichting Klikhulp Buren geeft de cursussen.\n"
    )
    members, _ = _read(text)
    assert members == {
        "Welzijn Tiel",
        "Stichting Bibliotheek Rivierenland",
        "Stichting Klikhulp Buren",
    }


def test_the_volunteers_of_an_organisation_opening_a_list_item_are_the_organisation() -> None:
    text = (
        "Tiel, 3 december 2026\n\n"
        "Digitaal Mee Rivierenland helpt inwoners van Tiel en Buren. Vrijwilligers van "
        "Stichting Klikhulp Buren, een van de andere partners, komen in januari langs.\n"
    )
    members, _ = _read(text)
    assert members == {"Stichting Klikhulp Buren"}
