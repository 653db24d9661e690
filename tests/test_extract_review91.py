"""Misreadings two reviewers reproduced on new text after the rules of the session that wrote
blind91 to blind96, each mended (or guarded) with the words that showed it."""

from __future__ import annotations

import time

from kg.ingest.confidence import certain
from kg.ingest.dates import dateline
from kg.ingest.extract import Extraction, Lexicon, extract_text


def _read(text: str) -> Extraction:
    return extract_text(text, "review91", Lexicon.builtin())


def _members(found: Extraction) -> set[str]:
    return {fact.value for fact in found.partners if certain(fact)}


def _joiners(found: Extraction) -> list[str]:
    return [j.org.value for j in found.joins]


def _took(text: str) -> float:
    start = time.perf_counter()
    _read(text)
    return time.perf_counter() - start


def test_a_long_list_of_names_with_articles_reads_in_linear_time() -> None:
    def names(n: int) -> str:
        return ", ".join(f"de Stichting Naam{i}" for i in range(n))

    for opening in ("Aan tafel zitten er nu ", "Behalve ", "In dat netwerk werken "):
        _took(f"Netwerk X helpt.\n\n{opening}{names(4)} en zij spreken af.")
        short = _took(f"Netwerk X helpt.\n\n{opening}{names(12)} en zij spreken af.")
        long = _took(f"Netwerk X helpt.\n\n{opening}{names(48)} en zij spreken af.")
        assert long < 20 * short + 0.05, opening


def test_an_organisation_before_a_role_and_a_person_is_the_member() -> None:
    found = _read(
        "Digitaal Vaardig Parkstad helpt.\n\nnamens de zeven partners van Digitaal Vaardig "
        "Parkstad,\n\nBibliotheek Parkstad, directeur Hanneke Peters\nGemeente Heerlen, wethouder "
        "Ruud Linden\nStichting Welzijn Kerkrade, coördinator Sandra Bouwens\n"
    )
    assert _members(found) == {
        "Bibliotheek Parkstad",
        "Gemeente Heerlen",
        "Stichting Welzijn Kerkrade",
    }


def test_the_coalitions_steering_group_or_a_digi_name_is_no_members_short_name() -> None:
    found = _read(
        "Samen Vaardig Venlo telt sinds deze maand twaalf partners. Woonwenz sluit zich aan. De "
        "stuurgroep Samen Vaardig Venlo heeft het nieuwe werkplan goedgekeurd."
    )
    assert found.coalition is not None and found.coalition.value == "Samen Vaardig Venlo"
    assert _joiners(found) == ["Woonwenz"]
    found = _read("Digihuis telt sinds deze maand twaalf partners. Woonwenz sluit zich aan.")
    assert found.coalition is not None and found.coalition.value == "Digihuis"


def test_besides_a_b_is_not_yet_a_partner_is_no_member() -> None:
    for said in (
        "Behalve Woonwenz is Wonen Limburg nog geen partner.",
        "Naast de gemeente is ook het Oranje Fonds financier, maar geen partner.",
        "Naast Woonwenz is ook Jan Smit lid van de stuurgroep.",
    ):
        found = _read("Samen Vaardig Venlo helpt. " + said)
        assert _members(found) <= {"Woonwenz"}, said


def test_an_event_date_after_a_relative_time_word_is_no_dateline() -> None:
    assert dateline("Vorig jaar, 3 maart 2025, tekende Bibliotheek Meppel als eerste.") is None
    assert dateline("Gisteren, maandag 2 maart 2026, tekende Humanitas Meppel.") is None
    said = dateline("Last updated 26 November 2026")
    assert said is not None and said.iso == "2026-11-26"


def test_a_quarter_of_the_releases_own_year_leaves_a_join_to_come() -> None:
    found = _read(
        "Meppel, 10 March 2026 – Welzijn Meppel will join Digital Meppel in the fourth quarter "
        "of 2026."
    )
    assert [(j.org.value, j.future) for j in found.joins] == [("Welzijn Meppel", True)]


def test_we_are_the_third_organisation_with_a_label_is_no_join() -> None:
    for said in (
        "Wij zijn de vaste partner van de gemeente voor schuldhulp.",
        "Wij zijn de derde organisatie in Meppel die het keurmerk Digitaal Toegankelijk krijgt.",
        "We were the first organisation in Drenthe to offer a digital café.",
    ):
        found = _read("Humanitas Meppel\nNieuwsbrief\n\nDigitaal Meppel helpt. " + said)
        assert found.joins == [], said


def test_a_full_name_inside_the_publishers_name_is_its_own() -> None:
    found = _read(
        "Cliëntenraad Zorggroep Noorderboog\nNieuwsbrief december\n\nZorggroep Noorderboog sluit "
        "zich aan bij Digitaal Meppel als tiende partner.\n"
    )
    assert _joiners(found) == ["Zorggroep Noorderboog"]


def test_a_heading_new_members_or_partners_wanted_names_no_joiners() -> None:
    for heading in ("Nieuwe leden", "Nieuwe partners gezocht", "New partners we are talking to"):
        found = _read(
            f"Digitaal Meppel helpt.\n\n{heading}\n- Stichting Welzijn Meppel\n- Humanitas Meppel\n"
        )
        assert found.joins == [], heading


def test_becoming_the_first_of_a_board_or_a_funder_or_after_a_time_word_is_no_join() -> None:
    for said in (
        "Afgelopen maand kwam Humanitas Meppel aan tafel, en werd zo de twaalfde partner.",
        "Last year, Marieke Jansen joined the board of Travers, becoming its fourth member.",
        "Het Oranje Fonds kende een subsidie toe, en werd daarmee de eerste organisatie die het "
        "netwerk financiert.",
    ):
        found = _read("Digitaal Meppel helpt. " + said)
        assert not {"Afgelopen", "Marieke Jansen", "Oranje Fonds"} & set(_joiners(found)), said


def test_that_makes_x_the_first_with_a_consultation_hour_is_no_join() -> None:
    for said in (
        "Dat maakt Humanitas de eerste organisatie met een spreekuur in Isala Meppel.",
        "That makes Sarah the newest member of our team.",
    ):
        assert _read("Digitaal Meppel helpt. " + said).joins == [], said


def test_a_chair_for_a_guest_or_a_long_held_seat_is_no_join() -> None:
    for said in (
        "Op het feest zette de bibliotheek een extra stoel bij voor Sinterklaas.",
        "Bibliotheek Meppel heeft al jaren een vaste plek aan tafel bij Digitaal Meppel.",
    ):
        assert _read("Digitaal Meppel helpt. " + said).joins == [], said


def test_belonging_to_the_network_of_volunteers_or_a_course_list_is_no_join() -> None:
    for said in (
        "Bibliotheek Meppel hoort ook bij het netwerk en geeft al jaren cursussen.",
        "Stichting Taalmaatjes hoort sinds maart bij het netwerk van taalvrijwilligers.",
        "Mevrouw Bakker zette haar naam op de lijst voor de cursus Klik & Tik.",
        "Humanitas Meppel doet voortaan mee met de Week van het Geld.",
        "Anja Smit tekende als nummer 1 de presentielijst.",
    ):
        assert _read("Digitaal Meppel helpt. " + said).joins == [], said


def test_the_first_name_on_the_list_of_old_gives_no_order_to_todays_joiner() -> None:
    found = _read(
        "Digitaal Meppel helpt. Stichting Present Meppel sloot vandaag aan; de eerste naam op de "
        "lijst was destijds Bibliotheek Meppel."
    )
    assert [(j.org.value, j.order) for j in found.joins] == [("Stichting Present Meppel", None)]


def test_the_publishers_join_takes_its_day_and_its_order_from_two_claims() -> None:
    found = _read(
        "Buurthuis De Wielewaal\n12 november 2026 om 10:14\n\nVanaf vandaag zijn wij officieel "
        "partner van Digitaal Samen Schiedam!! We zijn de 8e partner die meedoet 🙌\n"
    )
    assert [
        (j.org.value, j.order.value if j.order else None, j.date.iso if j.date else None)
        for j in found.joins
    ] == [("Buurthuis De Wielewaal", "8", "2026-11-12")]


def test_an_ordinal_word_and_not_its_shape_makes_the_publishers_order() -> None:
    for said in ("Wij zijn de vaste partner van het netwerk.", "We zijn de beste partner."):
        found = _read("Buurthuis De Wielewaal\nNieuws\n\nDigitaal Samen Schiedam helpt. " + said)
        assert found.joins == [], said
