"""Readings added in the thirty-fourth session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.stretches import cues_members
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = "Deventer, 3 december 2026\n\nNieuws van Digitaal Samen Salland\n\n"
_LEAD = "Stichting Boekenbus Raalte sluit zich aan bij Digitaal Samen Salland. "


def _members(text: str) -> set[str]:
    return _read(text)[0]


def _joiners(text: str) -> dict[str, int | None]:
    return _read(text)[1]


def _total(text: str) -> str | None:
    result = extract_text(_HEAD + text, "x", Lexicon.builtin())
    return result.stated_total.value if result.stated_total else None


def test_totals_said_as_the_number_of_partners_brought_to_n() -> None:
    assert _total(_LEAD + "That brings the number of partners to thirteen.") == "13"
    assert _total(_LEAD + "It brought the number of members back to eight.") == "8"
    assert _total(_LEAD + "Visitors brought the number to 300 people.") is None


def test_totals_said_with_a_long_aside_or_a_named_counter() -> None:
    aside = "De coalitie telt met de komst van de Boekenbus nu 23 organisaties."
    assert _total(_LEAD + aside) == "23"
    counter = "Met één erbij blijft de teller van Digitaal Samen Salland op elf partners staan."
    assert _total(_LEAD + counter) == "11"
    assert _total(_LEAD + "Achttien lijkt veel, maar het zijn er op dit moment zeventien.") == "17"
    assert _total(_LEAD + "We were joined by two others. That makes twelve partners in all.") == (
        "12"
    )


def test_a_count_of_partners_comes_before_a_clubs_count_of_members() -> None:
    text = (
        "Met 280 leden in 30 ploegen is dit ons grootste seizoen. " + _LEAD + "Met de Boekenbus "
        "erbij staan we op veertien partners."
    )
    assert _total(text) == "14"
    assert _total("We have 42 new members this autumn. " + _LEAD) is None


def test_a_covenant_signed_after_a_place_and_a_street() -> None:
    text = _HEAD + (
        "Stichting Gehoorhulp Salland heeft op woensdag 2 december in het dorpshuis aan de "
        "Kerkstraat in Olst het samenwerkingsconvenant van Digitaal Samen Salland ondertekend.\n"
    )
    assert set(_joiners(text)) == {"Stichting Gehoorhulp Salland"}


def test_a_list_of_acts_announced_by_we_is_no_member_list() -> None:
    assert not cues_members("We proudly present the first four speakers of the day (May 2027):")
    assert cues_members("Bij Digitaal Samen Salland zitten we vanaf nu aan tafel met:")
    text = _HEAD + (
        "We are proud to present the first three bands for the summer (4-6 June 2027):\n"
        "- Stonewall Creek Revue (US) – roots and gospel\n"
        "- The Kampen Harmonica Club (NL) – four mouth organs\n"
        "- Wessel Oosterhof – our own singer-songwriter\n"
        "More names soon.\n\n"
        "Stichting Zomerfeest Raalte joined Digitaal Samen Salland this week.\n"
    )
    members = _members(text)
    assert "Stichting Zomerfeest Raalte" in members
    assert not members & {"Stonewall Creek Revue", "Kampen Harmonica Club", "Wessel Oosterhof"}


def test_officially_part_of_it_since_a_recent_day_is_a_join() -> None:
    text = _HEAD + (
        "We looked for help and found Digitaal Samen Salland, a network of libraries and "
        "welfare groups. Since 1 December, Stichting Zomerfeest Raalte, the foundation behind "
        "the festival, is officially part of it: the fourteenth partner.\n"
    )
    assert "Stichting Zomerfeest Raalte" in _joiners(text)


def test_the_signature_set_by_a_firm_named_after_the_verb() -> None:
    text = _HEAD + (
        "Vorige week woensdag, 25 november, heeft Rijwielhandel Brink & Zn. uit Olst de "
        "handtekening gezet: ze zijn de negende partner van de coalitie.\n"
    )
    assert _joiners(text) == {"Rijwielhandel Brink & Zn.": 9}


def test_two_joins_in_one_sentence_at_the_table_and_by_a_signature() -> None:
    text = _HEAD + (
        "Stichting Buurtkracht Wijhe schoof in september aan tafel, en eind oktober zette het "
        "Ouderenplatform Olst & Omstreken zijn handtekening onder de afspraken van Digitaal "
        "Samen Salland.\n"
    )
    assert set(_joiners(text)) == {
        "Stichting Buurtkracht Wijhe",
        "Ouderenplatform Olst & Omstreken",
    }


def test_the_members_that_pull_the_cart_after_the_coalition_is_named() -> None:
    text = _HEAD + (
        "Ik ben vrijwilliger bij Digitaal Samen Salland, de coalitie die hier mensen op weg "
        "helpt. Bibliotheek Raalte-Heino en Stichting Welzijn Olst trekken de kar; PC-Hulp Wijhe "
        "en Seniorenvereniging De Zonnebloem Raalte draaien de spreekuren.\n"
    )
    assert {
        "Bibliotheek Raalte-Heino",
        "Stichting Welzijn Olst",
        "PC-Hulp Wijhe",
        "Seniorenvereniging De Zonnebloem Raalte",
    } <= _members(text)


def test_praise_for_an_initiative_names_no_founder() -> None:
    text = _HEAD + (
        "Stichting Boekenbus Raalte sluit zich aan bij Digitaal Samen Salland.\n\n"
        "3 reacties\n\nGerrit: Mooi initiatief van Brinkman. Ik kom kijken.\n"
    )
    assert "Brinkman" not in _members(text)
    founded = _HEAD + "De coalitie ontstond in 2023 op initiatief van Bibliotheek Salland-Oost."
    assert "Bibliotheek Salland-Oost" in _members(founded)


def test_a_name_with_a_capital_article_joins_under_that_name() -> None:
    text = (
        "Beste vrienden van Het Speelkwartier,\n\n"
        "Al jaren komen ouders met hun kinderen naar Het Speelkwartier. Sinds 1 november "
        "zitten we aan een nieuwe tafel: Het Speelkwartier is nu partner van Digitaal Samen "
        "Salland.\n"
    )
    assert {"Het Speelkwartier", "Speelkwartier"} & set(_joiners(text))


def test_the_short_name_after_its_kind_joins_under_its_full_name() -> None:
    text = _HEAD + (
        "Zaterdag zongen we in Wijkcentrum De Ploeg in Raalte. De reden: De Ploeg zette die "
        "middag zijn handtekening onder het convenant van Digitaal Samen Salland en is daarmee "
        "de tiende partner van dat netwerk.\n"
    )
    assert _joiners(text) == {"Wijkcentrum De Ploeg": 10}


def test_an_acronym_pointing_back_to_the_name_it_spells() -> None:
    text = (
        "Vereniging Plattelandsvrouwen Salland (VPS)\n\nNotulen van 2 december 2026\n\n"
        "Besluit: het VPS treedt met ingang van vandaag toe tot Digitaal Samen Salland.\n"
    )
    assert set(_joiners(text)) == {"Vereniging Plattelandsvrouwen Salland"}


def test_joins_told_by_deel_uitmaken_and_by_zich_voegen_verb_first() -> None:
    text = _HEAD + (
        "We zijn blij dat Vakschool De Dekker, de opleiding die het gilde samen met leerbedrijven "
        "draait, sinds dinsdag 1 december deel uitmaakt van Digitaal Samen Salland. Op dezelfde "
        "avond voegde ook Stichting Buurthuis Heino zich bij het netwerk.\n"
    )
    assert set(_joiners(text)) == {"Vakschool De Dekker", "Stichting Buurthuis Heino"}


def test_founders_listed_by_what_the_coalition_began_with() -> None:
    text = _HEAD + (
        "Stichting Boekenbus Raalte sluit zich aan bij Digitaal Samen Salland. De coördinator "
        "vertelde dat de coalitie drie jaar geleden begon met Bibliotheek Salland-Oost, "
        "Welzijnsstichting Raalte Samen en Digihulp Olst.\n"
    )
    assert {
        "Bibliotheek Salland-Oost",
        "Welzijnsstichting Raalte Samen",
        "Digihulp Olst",
    } <= _members(text)


def test_members_said_active_after_verder_in_a_clause_of_their_own() -> None:
    text = _HEAD + (
        "Stichting Boekenbus Raalte sluit zich aan bij Digitaal Samen Salland. Penvoerder is "
        "Bibliotheek Salland-Oost; verder zijn onder meer Welzijnsstichting De IJsseldijk en ROC "
        "Salland-West actief.\n"
    )
    assert {"Welzijnsstichting De IJsseldijk", "ROC Salland-West"} <= _members(text)


def test_what_the_last_name_of_a_list_is_ends_no_name() -> None:
    text = _HEAD + (
        "Stichting Boekenbus Raalte sluit zich aan bij Digitaal Samen Salland. Partners zijn "
        "onder meer Bibliotheek Salland-Oost, ROC Kop & Dal en BoerenHulp Salland, het "
        "hulpnetwerk van en voor boeren.\n"
    )
    members = _members(text)
    assert {"ROC Kop & Dal", "BoerenHulp Salland"} <= members
    assert not any(" en BoerenHulp" in name for name in members)


def test_no_join_now_in_a_membership_of_years_nor_in_a_contest() -> None:
    text = _HEAD + (
        "Stichting Boekenbus Raalte sluit zich aan bij Digitaal Samen Salland. Het Slotengilde "
        "is wel al jaren aangesloten bij het Netwerk Veilig Wonen Overijssel. Ons koor Zangkracht "
        "doet in maart voor de vierde keer mee aan het concours.\n"
    )
    assert set(_joiners(text)) == {"Stichting Boekenbus Raalte"}


def test_a_table_of_contents_is_no_member_list() -> None:
    text = (
        "Stichting Leeshulp Salland\n\nJAARVERSLAG 2025\n\nInhoud\n1. Voorwoord\n"
        "2. Vrijwilligers en deelnemers\n3. Samenwerking\n4. Financiën\n\n1. Voorwoord\n"
        "In oktober 2025 trad Stichting Leeshulp Salland toe tot Digitaal Samen Salland (DSS).\n"
    )
    members = _members(text)
    assert not members & {"Samenwerking", "Financiën", "DSS", "DSS)"}


def test_one_addressed_by_title_and_surname_is_a_person() -> None:
    text = _HEAD + (
        "Ms Brinkhuis explains that on 1 December the hospital became the twelfth partner of "
        "Digitaal Samen Salland.\n"
    )
    assert "Ms Brinkhuis" not in _joiners(text)


def test_a_signature_set_in_a_town_under_the_papers_of_the_coalition() -> None:
    text = _HEAD + (
        "Daarom heeft Stichting Spraakhulp Salland vanmiddag in Deventer haar handtekening gezet "
        "onder de samenwerkingsafspraken van Digitaal Samen Salland (DSS).\n"
    )
    assert set(_joiners(text)) == {"Stichting Spraakhulp Salland"}


def test_a_name_put_on_the_list_by_an_organisation_not_a_person() -> None:
    text = _HEAD + (
        "We spoke with Digitaal Samen Salland, the network that helps people in Raalte. And last "
        "Thursday, 3 December, Bibliotheek Salland-Oost put its name on the list as the "
        "network's eighth partner.\n"
    )
    assert set(_joiners(text)) == {"Bibliotheek Salland-Oost"}
    signed_for = _HEAD + (
        "Last Tuesday harbour master Jan Kuipers put his signature under the charter of "
        "Digitaal Samen Salland, on behalf of Haven Deventer.\n"
    )
    assert "Jan Kuipers" not in _joiners(signed_for)


def test_what_the_last_name_of_the_main_list_is_ends_no_name() -> None:
    text = _HEAD + (
        "Stichting Boekenbus Raalte sluit zich aan bij Digitaal Samen Salland.\n\n"
        "De partners: Bibliotheek Salland-Oost, ROC Kop & Dal en BoerenHulp Salland, het "
        "hulpnetwerk van en voor boeren.\n"
    )
    members = _members(text)
    assert {"ROC Kop & Dal", "BoerenHulp Salland"} <= members
    assert not any("Boeren" in name and name != "BoerenHulp Salland" for name in members)


def test_one_more_member_active_since_a_year_after_the_list() -> None:
    text = _HEAD + (
        "Stichting Boekenbus Raalte sluit zich aan bij Digitaal Samen Salland. Verder zijn "
        "onder meer Welzijnsstichting De IJsseldijk en ROC Salland-West actief, en sinds 2024 "
        "ook Vereniging Dorpsbelang Wijhe.\n"
    )
    assert "Vereniging Dorpsbelang Wijhe" in _members(text)


def test_a_venue_said_short_after_its_kind_is_one_member() -> None:
    text = _HEAD + (
        "Kaarten voor De Kapel bestel je voortaan online.\n\n"
        "De Kapel is een van de negen partners van Digitaal Samen Salland. De coalitie bestaat "
        "uit:\n- Podium De Kapel, Raalte\n- Bibliotheek Salland-Oost\n- Stichting Welzijn Olst\n"
    )
    members = _members(text)
    assert "Podium De Kapel" in members
    assert not members & {"Kapel", "De Kapel"}
