"""Readings added in the thirty-first session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.gazetteer import each_place, homes
from tests.reading import sure
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = "Zierikzee, 4 december 2026\n\nNieuws van Samen Digitaal Oosterschelde\n\n"


@pytest.mark.parametrize(
    "intro",
    [
        "Met een flink aantal van onze twaalf medepartners zijn we al aan de slag.",
        "We join a good group.",
        "Met onze elf mede-partners werken we nauw samen.",
    ],
)
def test_the_fellow_partners_a_text_announces_are_named_by_their_work(intro: str) -> None:
    text = _HEAD + (
        f"{intro} Bibliotheek Oosterschelde geeft de cursussen. De Vrijwilligerscentrale Goes "
        "en Omstreken zoekt digimaatjes, en Welzijn Schouwen (WS) doet de huisbezoeken.\n"
    )
    members, _ = _read(text)
    assert {
        "Bibliotheek Oosterschelde",
        "Vrijwilligerscentrale Goes en Omstreken",
        "Welzijn Schouwen",
    } <= members


def test_without_an_announcement_the_work_of_others_names_no_member() -> None:
    text = _HEAD + (
        "Het was een druk jaar. Bibliotheek Oosterschelde geeft de cursussen. Welzijn Schouwen "
        "doet de huisbezoeken.\n"
    )
    members, _ = _read(text)
    assert not members & {"Bibliotheek Oosterschelde", "Welzijn Schouwen"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("De vereniging telt 9.000 leden in de gemeenten Goes, Kapelle en Borsele.", True),
        ("Het fonds helpt inwoners van de gemeenten Goes en Kapelle.", True),
        ("Residents of the municipalities of Goes and Kapelle can come.", True),
        ("Het netwerk bestaat uit de gemeenten Goes en Kapelle.", False),
        ("Het is een samenwerking van de gemeenten Goes en Kapelle.", False),
    ],
)
def test_municipalities_where_people_live_are_places_not_members(text: str, places: bool) -> None:
    assert bool(homes(text)) is places
    assert ("Gemeente Goes" in each_place(text) or "Municipality of Goes" in each_place(text)) is (
        not places
    )


def test_a_member_list_ends_before_where_its_members_help() -> None:
    text = _HEAD + (
        "Het netwerk, waarin onder meer de bibliotheekorganisatie Leeshuis Oosterschelde, "
        "zorgcentrum Het Anker in Kapelle, welzijnsorganisatie Zorgwijzer en Stichting "
        "Computerhulp Kapelle samenwerken, helpt "
        "inwoners van de gemeenten Goes, Kapelle en Borsele om digitaal mee te doen.\n"
    )
    found = sure(text)
    assert {"Zorgwijzer", "Stichting Computerhulp Kapelle"} <= found
    assert not {"Gemeente Goes", "Gemeente Kapelle", "Gemeente Borsele"} & found


def test_members_counted_in_municipalities_are_no_list_of_municipalities() -> None:
    text = _HEAD + (
        "Uitvaartvereniging De Laatste Groet werd in 1931 opgericht door inwoners van Goes en telt "
        "nu 20.000 leden in de gemeenten Goes, Kapelle en Borsele.\n"
        "De Laatste Groet is sinds 1 december partner van Samen Digitaal Oosterschelde.\n"
    )
    members, joiners = _read(text)
    assert not {"Gemeente Goes", "Gemeente Kapelle", "Gemeente Borsele"} & members
    assert "Uitvaartvereniging De Laatste Groet" in joiners


@pytest.mark.parametrize(
    ("said", "joiner"),
    [
        ("Naar verwachting sluit Kapelle in 2027 als gemeente aan.", "Kapelle"),
        ("Ook Gemeente Kapelle denkt mee. Kapelle sluit vandaag aan.", "Gemeente Kapelle"),
    ],
)
def test_a_place_said_short_is_never_an_organisation_named_after_it(said: str, joiner: str) -> None:
    text = _HEAD + f"Partner is onder meer Welzijnsstichting Kapelle. {said}\n"
    _, joiners = _read(text)
    assert joiner in joiners
    assert "Welzijnsstichting Kapelle" not in joiners


def test_an_organisation_on_an_island_is_named_without_the_island() -> None:
    text = _HEAD + (
        "Our interviews ended in August. In October, Zeevaartschool De Kaap on Texel put its "
        "name to the covenant as the coalition's tenth partner.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Zeevaartschool De Kaap": 10}


@pytest.mark.parametrize("label", ["Partners: 4", "Leden: 4", "Members: 4"])
def test_a_fact_box_count_over_bullets_lists_the_members(label: str) -> None:
    text = _HEAD + (
        "Kerngegevens (december 2026)\n"
        f"{label}\n"
        "- Bibliotheek Oosterschelde\n"
        "- Welzijnsstichting De Schakel\n"
        "- Taalhuis Zierikzee\n"
        "- Computerclub Bytes & Bits\n"
        "Vrijwilligers: 40\n"
    )
    members, _ = _read(text)
    assert {
        "Bibliotheek Oosterschelde",
        "Welzijnsstichting De Schakel",
        "Taalhuis Zierikzee",
        "Computerclub Bytes & Bits",
    } <= members


def test_a_count_among_figures_lists_no_member() -> None:
    text = _HEAD + (
        "In cijfers\n• Opgericht: 2024\n• Partners: 23\n• Getrainde vrijwilligers: 140\n"
        "• Doeljaar: 2030\n"
    )
    members, _ = _read(text)
    assert not members


@pytest.mark.parametrize(
    "intro",
    [
        "We zitten daar in goed gezelschap: {work}",
        "De andere partners van het netwerk verdelen het werk: {work}",
        "Onder die naam werken in onze gemeente organisaties samen die mensen helpen. {work}",
        "Sinds een paar jaar werken een stel organisaties op het eiland samen. {work}",
    ],
)
def test_a_division_of_work_after_a_colon_or_working_together_names_members(intro: str) -> None:
    work = (
        "Bibliotheek Oosterschelde houdt spreekuren, Stichting Welzijn Goes & Omstreken (SWG) "
        "komt bij mensen thuis, de vrijwilligers van Senioren Online Kapelle geven les aan de "
        "keukentafel en Computerclub Bytes Zierikzee helpt met wachtwoorden."
    )
    members, _ = _read(_HEAD + intro.format(work=work) + "\n")
    assert {
        "Bibliotheek Oosterschelde",
        "Senioren Online Kapelle",
        "Computerclub Bytes Zierikzee",
    } <= members
    assert any(m.startswith("Stichting Welzijn Goes & Omstreken") for m in members)


def test_an_and_inside_a_name_is_not_cut_as_a_clause() -> None:
    text = _HEAD + (
        "Ieder heeft een eigen rol. Stichting Welzijn en Zorg Kapelle helpt mensen thuis, en "
        "Bibliotheek Oosterschelde geeft les.\n"
    )
    members, _ = _read(text)
    assert "Stichting Welzijn en Zorg Kapelle" in members
    assert "Zorg Kapelle" not in members


def test_a_range_of_topics_after_a_colon_is_not_a_division_of_work() -> None:
    text = _HEAD + (
        "Samen met de andere partners werken we aan het doel: in 2027 is er in elke kern van "
        "Goes, Kapelle en Borsele een plek waar inwoners terechtkunnen, van internetbankieren en "
        "DigiD tot het aanvragen van toeslagen.\n"
    )
    members, _ = _read(text)
    assert not members


def test_a_list_all_of_which_are_partners_names_members() -> None:
    text = _HEAD + (
        "Ook Bibliotheek Oosterschelde, het Zeeuws Senioren Platform (ZSP) en Computerhuis Goes "
        "v.o.f., alle drie partner van de coalitie, helpen met uitleg op hun eigen locaties.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Oosterschelde", "Zeeuws Senioren Platform"} <= members
    assert any(m.startswith("Computerhuis Goes") for m in members)


def test_a_question_a_short_lead_and_emoji_lines_list_the_members() -> None:
    text = _HEAD + (
        "Wie zitten er nog meer in het netwerk? Een paar van onze nieuwe buren aan tafel 👇\n"
        "📚 Bibliotheek Oosterschelde - elke woensdag spreekuur\n"
        "🤝 Stichting Leerhuis Kapelle - cursussen voor beginners\n"
        "☕ Stichting Digicafé Goes - koffie + laptop = opgelost\n"
    )
    members, _ = _read(text)
    assert {
        "Bibliotheek Oosterschelde",
        "Stichting Leerhuis Kapelle",
        "Stichting Digicafé Goes",
    } <= members


def test_the_places_a_reader_can_walk_in_are_no_members() -> None:
    text = _HEAD + (
        "Partners van het netwerk helpen je graag. Loop gewoon binnen in Goes-Centrum, "
        "Goes-Oost, Kapelle-Noord, Zierikzee of Kapelle.\n"
    )
    members, _ = _read(text)
    assert not members


@pytest.mark.parametrize(
    "head",
    ["BOND VAN SCHUTTERIJEN ZEEUWS-VLAANDEREN (BSZ)", "FEDERATIE SCHUTTERIJEN ZEEUWS-VLAANDEREN"],
)
def test_a_publisher_in_capitals_only_is_named_as_names_are_written(head: str) -> None:
    text = (
        f"{head}\nNieuwsbrief · 4 december 2026\n\n"
        "Daarom hebben we op 11 november onze handtekening gezet onder de samenwerking met Samen "
        "Digitaal Zeeuws-Vlaanderen. Daarmee zijn wij de elfde partner.\n"
    )
    _, joiners = _read(text)
    name = head.split(" (")[0].title().replace(" Van ", " van ")
    assert joiners == {name: 11}


def test_the_club_in_a_federations_newsletter_is_the_member_club_named_before() -> None:
    text = (
        "SCHAAKBOND ZEEUWS-VLAANDEREN\nNieuwsbrief – december 2026\n\n"
        "Schaakbond Zeeuws-Vlaanderen\n\n"
        "Schaakclub De Witte Dame uit Hulst heeft haar zet gedaan. In oktober ondertekende de club "
        "de samenwerkingsafspraken van Samen Digitaal Zeeuws-Vlaanderen.\n"
    )
    _, joiners = _read(text)
    assert "Schaakbond Zeeuws-Vlaanderen" not in joiners


def test_a_conjunction_that_opens_a_sentence_is_no_part_of_a_name() -> None:
    text = _HEAD + (
        "De partners zijn Bibliotheek Oosterschelde en Welzijn Schouwen. En Stichting Schuldhulp "
        "Goes 'Op Koers', ook partner, stuurt mensen door.\n"
        "Omdat Stichting Computerhulp Kapelle per 1 november is gestopt, telt het netwerk nu "
        "negen partners.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    members = {f.value for f in result.partners}
    assert "Stichting Schuldhulp Goes Op Koers" in members
    assert not any(m.startswith("En ") for m in members)
    assert {f.value for f in result.leavers} == {"Stichting Computerhulp Kapelle"}


def test_a_place_and_its_surroundings_after_a_name_are_no_part_of_it() -> None:
    text = _HEAD + (
        "Andere partners zijn Welzijnsstichting De Schakel, Vereniging Dorpsbelang Burgh en "
        "Zorgcoöperatie It Hûs U.A. uit Wierum en omgeving.\n"
    )
    members, _ = _read(text)
    assert "Zorgcoöperatie It Hûs U.A." in members


@pytest.mark.parametrize(
    "said",
    [
        '"Tien partners nu, van Bibliotheek De Schelde en Stichting Welzijn Goes tot Zorgcentrum '
        "'t Hoekje en het Mantelzorgnetwerk Kapelle, en nu ook een stoomtram.\"",
        "Ten partners now, from Bibliotheek De Schelde and Stichting Welzijn Goes to Zorgcentrum "
        "'t Hoekje and the Mantelzorgnetwerk Kapelle.",
    ],
)
def test_a_range_of_partners_names_both_ends_as_members(said: str) -> None:
    members, _ = _read(_HEAD + said + "\n")
    assert {
        "Bibliotheek De Schelde",
        "Stichting Welzijn Goes",
        "Zorgcentrum 't Hoekje",
        "Mantelzorgnetwerk Kapelle",
    } <= members


def test_a_range_of_places_or_a_trip_to_a_place_is_no_list() -> None:
    text = _HEAD + (
        "Zo telt het netwerk negen partners, van Goes tot Kapelle. In deze aflevering rijdt "
        "presentator Noor Smit naar Goes to talk to the partners of Samen Digitaal Oosterschelde.\n"
    )
    members, _ = _read(text)
    assert not members


def test_membership_told_as_sitting_in_it_cues_the_list_after_it() -> None:
    text = _HEAD + (
        "Mijn oude apotheek zit erin, nu onder leiding van mijn opvolger, en verder onder meer "
        "Bibliotheekpunt Kapelle, Zorgcoöperatie Zuidhoek en Welzijnsstichting Goes & Kapelle.\n"
    )
    members, _ = _read(text)
    assert {
        "Bibliotheekpunt Kapelle",
        "Zorgcoöperatie Zuidhoek",
        "Welzijnsstichting Goes & Kapelle",
    } <= members


def test_a_role_before_a_person_names_the_persons_organisation_or_none() -> None:
    text = _HEAD + (
        "Ieder heeft een eigen rol. Coördinator Ilse Bos van Bibliotheek Kapelle, een van de "
        "oprichters, geeft de cursussen. Wijkagent Marloes Dijk legt uit hoe oplichters werken.\n"
        "Oma Dinie is lid van die club, dus ze kon meteen aanschuiven.\n"
    )
    members, joiners = _read(text)
    assert "Bibliotheek Kapelle" in members
    assert not {m for m in members | set(joiners) if "Ilse" in m or "Dijk" in m or "Dinie" in m}


def test_the_municipalities_a_joiner_works_for_do_not_join() -> None:
    text = _HEAD + (
        "Geldzaken Oosterschelde, de gezamenlijke schuldhulp van de gemeenten Goes, Kapelle en "
        "Borsele, is sinds 1 november partner van Samen Digitaal Oosterschelde. Het is de twaalfde "
        "partner.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Geldzaken Oosterschelde": 12}


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Rolstoel Zeeland heeft gisteren de samenwerkingsovereenkomst van Samen Digitaal "
        "Oosterschelde ondertekend.",
        "Stichting Rolstoel Zeeland heeft gisteren, aan de vooravond van de Dag van de Mantelzorg, "
        "het convenant van Samen Digitaal Oosterschelde ondertekend.",
    ],
)
def test_signing_the_coalitions_agreement_by_its_name_is_a_join(sentence: str) -> None:
    _, joiners = _read(_HEAD + sentence + " Zij wordt daarmee de twaalfde partner.\n")
    assert joiners == {"Stichting Rolstoel Zeeland": 12}
