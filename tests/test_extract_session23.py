"""Readings added in the twenty-third session on issue 16: each test states a kind of sentence
or list that a release may use, in words of its own (none is copied from a blind set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text


def _read(text: str) -> tuple[set[str], dict[str, int | None]]:
    result = extract_text(text, "x", Lexicon.builtin())
    members = {fact.value for fact in result.partners}
    members |= {join.org.value for join in result.joins if not join.future}
    joiners = {j.org.value: int(j.order.value) if j.order else None for j in result.joins}
    return members, joiners


_HEAD = "Kampen, 4 november 2026\n\nNieuws van Digitaal Thuis IJsseldelta\n\n"


def test_a_numbered_item_with_a_long_aside_in_brackets_is_still_a_name() -> None:
    text = _HEAD + (
        "Alle partners op een rij\n"
        "1. Bibliotheek Kampen aan de IJssel\n"
        "2. Stichting Buurtteams Kampen (daar hoort ons eigen buurtteam ook bij)\n"
        "3. Woonstichting De Delta\n"
        "4. Computerclub Het Toetsenbord\n"
    )
    members, _ = _read(text)
    assert {"Stichting Buurtteams Kampen", "Woonstichting De Delta"} <= members


def test_a_dash_before_the_aside_still_cuts_the_person_off() -> None:
    text = _HEAD + (
        "Onze partners\n"
        "1. Bibliotheek Kampen aan de IJssel – Els Visser (coördinatie en contact voor de pers)\n"
        "2. Woonstichting De Delta – Henk Mulder\n"
        "3. Computerclub Het Toetsenbord – Ria Bos\n"
    )
    members, _ = _read(text)
    assert "Bibliotheek Kampen aan de IJssel" in members
    assert not any("Visser" in name for name in members)


def test_a_question_heading_over_a_colon_line_opens_the_list_below() -> None:
    text = (
        "Riverside Residents' Newsletter, 2 November 2026\n\n"
        "Since 1 October our residence is one of the partners of Digitaal Thuis IJsseldelta.\n\n"
        "WHO ELSE IS IN IT?\n\n"
        "You will find them at the Monday walk-in:\n"
        "Bibliotheek Kampen aan de IJssel – runs the walk-in and the courses.\n"
        "Woonstichting De Delta – helps tenants with the online portal.\n"
        "Stichting Welzijn Zwartewater – visits people at home.\n"
    )
    members, _ = _read(text)
    assert {"Woonstichting De Delta", "Stichting Welzijn Zwartewater"} <= members


def test_a_heading_that_is_no_question_does_not_cue_a_colon_line() -> None:
    text = (
        "Riverside Residents' Newsletter, 2 November 2026\n\n"
        "OUR KITCHEN\n\n"
        "You will find these suppliers in the kitchen:\n"
        "Bakkerij De Korenschoof – bread and cakes.\n"
        "Slagerij Van Dam – meat on Fridays.\n"
        "Groentehandel Het Veld – fruit and vegetables.\n"
    )
    members, _ = _read(text)
    assert not members


def test_as_of_a_date_a_subject_that_is_now_one_of_the_partners_joins() -> None:
    text = (
        "Kampen, 4 November 2026\n\n"
        "As of 1 November, that has changed: Stichting Huiskamer Kampen is now one of the "
        "partners of Digitaal Thuis IJsseldelta.\n"
    )
    members, joiners = _read(text)
    assert "Stichting Huiskamer Kampen" in joiners
    assert "Stichting Huiskamer Kampen" in members


def test_names_that_belong_there_too_are_members_but_a_pronoun_is_not() -> None:
    text = _HEAD + (
        "Sinds deze maand doen er negen organisaties mee aan Digitaal Thuis IJsseldelta. Ook "
        "Bibliotheek Kampen aan de IJssel, Stichting Welzijn Zwartewater en Woonstichting De "
        "Delta horen erbij.\n\nDe ouderen in onze dorpen vragen vaak hulp. Zij horen er ook bij.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Kampen aan de IJssel", "Woonstichting De Delta"} <= members
    assert not {"Zij", "Ouderen"} & members


def test_a_sentence_that_ends_in_a_period_announces_the_bullets_below() -> None:
    text = _HEAD + (
        "Voor wie het graag op een rij ziet: dit zijn de vier partners.\n\n"
        "- Bibliotheek Kampen aan de IJssel\n- PC-club De Toetsenridders\n"
        "- Woonstichting De Delta\n- Stichting Welzijn Zwartewater\n"
    )
    members, _ = _read(text)
    assert {"PC-club De Toetsenridders", "Woonstichting De Delta"} <= members


def test_a_sentence_in_a_period_over_bullets_of_something_else_is_no_list() -> None:
    text = _HEAD + (
        "Dit zijn de plannen voor volgend jaar.\n\n"
        "- Inloopspreekuur in Bibliotheek Kampen aan de IJssel\n- Cursus met Woonstichting De "
        "Delta\n- Huisbezoeken van Stichting Welzijn Zwartewater\n"
    )
    members, _ = _read(text)
    assert not members


def test_a_club_or_a_help_desk_keeps_its_acronym_word_but_a_firm_does_not() -> None:
    text = _HEAD + (
        "De partners zijn Bibliotheek Kampen aan de IJssel, PC-club De Toetsenridders, ICT-hulp "
        "Van Dijk en ICT-bedrijf Delta Netwerken.\n"
    )
    members, _ = _read(text)
    assert {"PC-club De Toetsenridders", "ICT-hulp Van Dijk", "Delta Netwerken"} <= members


def test_since_a_named_sunday_a_congregation_runs_along_as_a_partner() -> None:
    text = (
        "Kampen, 2 december 2026\n\n"
        "Sinds de eerste adventszondag, 29 november, draait de Diaconie van de Hervormde Gemeente "
        "De Bovenkerk als partner mee in Digitaal Thuis IJsseldelta. Op diezelfde zondag werd ook "
        "Stichting Kerk in de Wijk partner; met die stichting werken we al jaren samen.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {
        "Diaconie van de Hervormde Gemeente De Bovenkerk",
        "Stichting Kerk in de Wijk",
    }


def test_we_became_the_twelfth_partner_is_not_an_inverted_join_of_the_words_after() -> None:
    text = _HEAD + (
        "Daarom zijn wij op 12 mei toegetreden tot Digitaal Thuis IJsseldelta e.o. Wij werden de "
        "twaalfde partner; Kinderopvang De Kikker werd de dertiende.\n"
    )
    _, joiners = _read(text)
    assert not any("IJsseldelta" in name or "twaalfde" in name for name in joiners)


def test_a_table_under_an_introduction_keeps_its_header_out_and_its_years_beside() -> None:
    text = _HEAD + (
        "Het Buurtpunt Kampen is partner van het netwerk.\n\n"
        "Eind 2026 telt het netwerk vier partners:\n\n"
        "Partner                                   Sinds\n"
        "Het Buurtpunt Kampen                      2023\n"
        "Bibliotheek Kampen aan de IJssel          2023\n"
        "Woonstichting De Delta                    2025\n"
        "Stichting Welzijn Zwartewater             2026\n"
    )
    members, _ = _read(text)
    assert {name.removeprefix("Het ") for name in members} == {
        "Buurtpunt Kampen",
        "Bibliotheek Kampen aan de IJssel",
        "Woonstichting De Delta",
        "Stichting Welzijn Zwartewater",
    }


def test_a_row_whose_second_cell_holds_a_colon_still_gives_its_first_cell() -> None:
    text = _HEAD + (
        "De partners van Digitaal Thuis IJsseldelta:\n\n"
        "| Partner                     | Wat zij doen                                |\n"
        "|-----------------------------|---------------------------------------------|\n"
        "| Bibliotheek Kampen          | Spreekuren in de bibliotheek                |\n"
        "| Woonstichting De Delta      | Hulp voor huurders via de huismeester       |\n"
        "| VV Kampen Boys              | Proefclub: spreekuur in de kantine          |\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Kampen", "Woonstichting De Delta", "VV Kampen Boys"} <= members
    assert not any("|" in name for name in members)


def test_a_one_word_name_that_opens_a_listed_name_is_that_member_said_short() -> None:
    text = _HEAD + (
        "Het Klikhuis is partner van het netwerk.\n\n"
        "De partners van Digitaal Thuis IJsseldelta:\n"
        "- Het Klikhuis Kampen\n- Bibliotheek Kampen aan de IJssel\n- Woonstichting De Delta\n"
    )
    members, _ = _read(text)
    assert "Klikhuis" not in members
    assert "Het Klikhuis Kampen" in members or "Klikhuis Kampen" in members


def test_a_counted_welcome_into_the_coalition_names_its_joiners_after_the_colon() -> None:
    text = (
        "Kampen, 1 December 2026\n\n"
        "Between two songs, two organisations were welcomed into Digitaal Thuis IJsseldelta: the "
        "expat support desk Newcomers Point Kampen and the Zwolle housing cooperative Woonkring "
        "De Singel.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {"Newcomers Point Kampen", "Woonkring De Singel"}


def test_who_else_is_at_the_table_opens_the_list_under_its_colon_line() -> None:
    text = (
        "Blog, posted 30 April 2026\n\n"
        "On Monday we became a partner of Digitaal Thuis IJsseldelta.\n\n"
        "Who else is at the table?\n"
        "Here they are, in the order I met them:\n\n"
        "* Bibliotheek Kampen - where our first evening class happened\n"
        "* De Deltawoning - the housing corporation, whose portal we complained about\n"
        "* Stichting Welzijn Zwartewater - the social workers who send us students\n"
        "* Leerpunt Kampen - adult education and Dutch lessons\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Kampen", "Stichting Welzijn Zwartewater", "Leerpunt Kampen"} <= members


def test_who_sits_at_the_table_as_a_title_asks_for_no_list() -> None:
    text = (
        "Who sits at the table? Thirty months of a regional coalition in Twente, the "
        "Netherlands\n\nA. Jansen, Hogeschool Twente\n"
    )
    members, _ = _read(text)
    assert "Netherlands" not in members and "the Netherlands" not in members


def test_the_names_seated_behind_the_coalition_by_its_name_are_members() -> None:
    text = _HEAD + (
        "Digitaal Thuis IJsseldelta helpt inwoners met hun telefoon.\n\n"
        "Achter Digitaal Thuis IJsseldelta zitten Bibliotheek Kampen, Stichting Welzijn "
        "Zwartewater, woningstichting De Delta en het Leerpunt Kampen.\n\n"
        "In Zwolle zitten Bakkerij De Korenschoof en Slagerij Van Dam.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Kampen", "Stichting Welzijn Zwartewater", "Leerpunt Kampen"} <= members
    assert not {"Bakkerij De Korenschoof", "Slagerij Van Dam"} & members


def test_one_of_the_partners_after_a_name_and_its_town_is_the_name() -> None:
    text = _HEAD + (
        "Twee vrijwilligers komen van Computerclub De Muis uit Genemuiden, een van de partners "
        "van Digitaal Thuis IJsseldelta.\n"
    )
    members, _ = _read(text)
    assert "Computerclub De Muis" in members
    assert "Genemuiden" not in members


def test_signing_as_new_partners_after_an_hour_of_the_day_names_the_joiners() -> None:
    text = (
        "KAMPEN, 4 december 2026 – Vanmiddag tekenden zorgboerderij De Kamperhoeve uit "
        "IJsselmuiden, Stichting Dorpshuis 't Schip uit Wilsum en Apotheek De Oude Vest uit "
        "Kampen als nieuwe partners van Digitaal Thuis IJsseldelta.\n"
    )
    _, joiners = _read(text)
    assert {"Stichting Dorpshuis 't Schip", "Apotheek De Oude Vest"} <= set(joiners)
    assert any("Kamperhoeve" in name for name in joiners)


def test_counted_signatures_name_their_organisations_and_initials_name_the_publisher() -> None:
    text = (
        "CAK – Coöperatie Apothekers Kampen U.A.\n\nNieuws, 20 november 2026\n\n"
        "Afgelopen dinsdag kwamen er onder de samenwerkingsovereenkomst van het netwerk "
        "Digitaal Thuis IJsseldelta in één keer drie handtekeningen bij: die van de CAK, die van "
        "thuiszorgorganisatie Zorgkring De Zande en die van Stichting Vrijwilligerscentrale "
        "Kampen.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {
        "Coöperatie Apothekers Kampen U.A.",
        "Zorgkring De Zande",
        "Stichting Vrijwilligerscentrale Kampen",
    }


def test_a_join_told_for_the_spring_is_to_come_and_a_seat_there_since_the_last_evening_is_now() -> (
    None
):
    text = (
        "DE GROENE DRAAD\nNieuwsbrief van Buurttuinen Kampen – winternummer, 1 december 2026\n\n"
        "Ons verhaal kwam terecht bij Digitaal Thuis IJsseldelta. Sinds de laatste partneravond "
        "heeft Buurttuinen Kampen daar een eigen stoel aan tafel: we zijn nu partner. In het "
        "voorjaar schuift ook Stadsboerderij De Hooiberg uit IJsselmuiden aan.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    now = {j.org.value for j in result.joins if not j.future}
    later = {j.org.value for j in result.joins if j.future}
    assert now == {"Buurttuinen Kampen"}
    assert later == {"Stadsboerderij De Hooiberg"}


def test_a_village_council_that_joins_under_its_village_name_is_the_publisher() -> None:
    text = (
        "Dorpsraad Wilsum\nHome › Nieuws\n\nWilsum schuift aan bij Digitaal Thuis IJsseldelta\n"
        "Geplaatst op 28 november 2026\n\n"
        "Na een korte stemming hoort onze dorpsraad sinds die avond bij Digitaal Thuis "
        "IJsseldelta.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {"Dorpsraad Wilsum"}


def test_our_circle_since_a_date_partner_is_the_publishers_join() -> None:
    text = (
        "KRINGBERICHT\nHuisartsenkring IJssel en Vecht\nNr. 11 - 27 november 2026\n\n"
        "Collega's, het bestuur heeft goed nieuws. Sinds 15 november is onze kring officieel "
        "partner van Digitaal Thuis IJsseldelta.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {"Huisartsenkring IJssel en Vecht"}


def test_the_centre_that_falls_under_a_partner_is_not_the_one_that_joins() -> None:
    text = (
        "DE KLAPROOS\nNieuwsbrief van Ontmoetingscentrum De Klaproos, Kampen-Oost\n"
        "December 2026\n\n"
        "Stichting Ouderenwerk Kampen, waar ons ontmoetingscentrum onder valt, is sinds 1 "
        "november partner van Digitaal Thuis IJsseldelta.\n"
    )
    members, joiners = _read(text)
    assert "Ontmoetingscentrum De Klaproos" not in members | set(joiners)


def test_both_signed_the_networks_partnership_agreement_names_two_joiners() -> None:
    text = (
        "Kampen, 1 December 2026\n\nDigitaal Thuis IJsseldelta welcomes its newcomers. "
        "Newcomers Point Kampen, the foundation that helps newcomers settle in the region, and "
        "language school Taalbrug Kampen both signed the network's partnership agreement.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {"Newcomers Point Kampen", "Taalbrug Kampen"}


def test_a_partner_that_already_joined_in_spring_is_a_member_and_not_the_news() -> None:
    text = (
        "PERSBERICHT\nKampen, 9 juni 2026\n\n"
        "Vanaf vandaag doet Schippersvereniging De Kade mee in Digitaal Thuis IJsseldelta. De "
        "vereniging meert als veertiende partner aan. Onder de partners zijn Bibliotheek Kampen "
        "en Woonstichting De Delta. In maart sloot Stichting Kerk aan de Haven zich al aan.\n"
    )
    members, joiners = _read(text)
    assert "Stichting Kerk aan de Haven" not in joiners
    assert "Stichting Kerk aan de Haven" in members


def test_from_today_a_guild_sails_along_in_the_coalitions_convoy() -> None:
    text = (
        "PERSBERICHT\nSchippersgilde De Kade\n\nKampen, 9 juni 2026\n\n"
        "Vanaf vandaag vaart Schippersgilde De Kade mee in het konvooi van Digitaal Thuis "
        "IJsseldelta.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {"Schippersgilde De Kade"}


def test_in_good_company_at_the_table_opens_the_partners_named_by_their_work() -> None:
    text = _HEAD + (
        "Sinds 26 november zijn wij partner van Digitaal Thuis IJsseldelta.\n\n"
        "Aan de coalitietafel zitten we in goed gezelschap. Bibliotheek Kampen organiseert de "
        "digicafés, Woonstichting De Delta houdt haar huurders op de hoogte, welzijnsorganisatie "
        "Kompaskracht zet vrijwilligers in en thuiszorgorganisatie Hartewerk Kampen signaleert "
        "achter de voordeur.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Kampen", "Woonstichting De Delta", "Hartewerk Kampen"} <= members


_NEWS = "Kampen, 3 december 2026\n\nNieuws van de coalitie Digitaal Thuis IJsseldelta.\n\n"


def test_joins_told_as_newest_partners_places_among_them_seats_and_sign_ups() -> None:
    cases = {
        "The Kampen Centre for Data Skills and the Zwolle Makers Foundation are the newest "
        "partners of Digitaal Thuis IJsseldelta.": {
            "Kampen Centre for Data Skills",
            "Zwolle Makers Foundation",
        },
        "In October the Kampen Expat Desk and Stichting Vrijwilligershuis Kampen both took their "
        "place among the partners.": {"Kampen Expat Desk", "Stichting Vrijwilligershuis Kampen"},
        "Dinsdagochtend heeft Zorgcentrum De Hoge Brink een eigen stoel gekregen aan de grote "
        "tafel van Digitaal Thuis IJsseldelta.": {"Zorgcentrum De Hoge Brink"},
        "Dierenartsenpraktijk De IJsselhoeve heeft zich als partner gemeld.": {
            "Dierenartsenpraktijk De IJsselhoeve"
        },
        "Nieuw aan tafel sinds deze maand zijn Kringloopwinkel De Ronde uit Kampen, die "
        "laptops opknapt, en Stichting Webwinkel Wijs, die ondernemers helpt.": {
            "Kringloopwinkel De Ronde",
            "Stichting Webwinkel Wijs",
        },
    }
    for news, joiners in cases.items():
        assert set(_read(_NEWS + news + "\n")[1]) == joiners, news


_JOINED = "Leek, 3 maart 2026 – Stichting Hulp Dichtbij sluit zich aan bij Digitaal Samen Leek.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Het werkgebied is groot. Ook Tolbert, Zuidhorn en Grootegast horen erbij.",
        "Het koor zingt in drie zorgcentra. Ook Zorgcentrum De Linde en Huize Avondrood horen "
        "erbij.",
        "Dit zijn de partners van de Digidag.\n- Rabobank Leek\n- Bakkerij Smit\n- Jumbo Leek",
        "Sommige organisaties zijn gestopt. Dit zijn de vorige partners.\n- Humanitas Leek\n"
        "- Zonnebloem Leek\n- Rode Kruis Leek",
        "In Digitaal Samen Leek zitten Humanitas Leek en Zonnebloem Leek niet.",
        "Bij Digitaal Samen Leek werken Anneke de Vries en Piet Bakker als coördinator.",
        "Who takes part in the pub quiz? Here are the teams:\n- The Brainy Seniors\n"
        "- Leek Library Team\n- Tolbert Quiz Club",
        "Deze partners stopten eerder:\n\nPartner      Tot\nHumanitas Leek      2024\n"
        "Zonnebloem Leek      2025",
        "De partners zijn:\n1. Bibliotheek Leek\n2. Welzijn Leek\n3. Humanitas Thuisadministratie "
        "Leek afdeling Tolbert en Zuidhorn (vanaf 1 januari 2027 partner)",
    ],
    ids=[
        "places-belong",
        "choir-belongs",
        "digidag-partners",
        "former-partners",
        "seated-not",
        "seated-as-role",
        "quiz",
        "leavers-table",
        "aside-future",
    ],
)
def test_lookalikes_of_this_sessions_readings_name_no_new_members(text: str) -> None:
    members, joiners = _read(_JOINED + text + "\n")
    assert members | set(joiners) <= {"Stichting Hulp Dichtbij", "Bibliotheek Leek", "Welzijn Leek"}


@pytest.mark.parametrize(
    "news",
    [
        "In 2019 werd Welzijn Leek partner.",
        "Als de gemeente meebetaalt, wordt Humanitas Leek ook partner.",
        "Vanochtend tekenden Anneke de Vries en Piet Bakker als nieuwe leden van de raad van "
        "toezicht.",
        "Sinds 1 maart draait VV Leek mee in de eerste klasse.",
        "De gemeente heeft een klankbordgroep. Sinds de laatste bestuursvergadering heeft de "
        "Voedselbank Leek daar een vaste plek aan tafel.",
        "Ook hoort Humanitas Leek sinds 1 februari bij het Netwerk Mantelzorg.",
        "Op de bijeenkomst kwamen ook twee organisaties die nog twijfelen even kijken bij de "
        "stand: Stichting Welzijn Tolbert en Humanitas Tolbert.",
    ],
)
def test_lookalike_joins_of_this_sessions_rows_are_no_joins(news: str) -> None:
    _, joiners = _read(_JOINED + news + "\n")
    assert set(joiners) == {"Stichting Hulp Dichtbij"}


def test_a_join_today_with_a_course_next_spring_is_now() -> None:
    text = (
        "Diever, 3 maart 2026 – Bibliotheek Diever sluit zich vandaag aan bij Digitaal Samen "
        "Drenthe en start komend voorjaar met een cursus.\n"
    )
    result = extract_text(text, "x", Lexicon.builtin())
    assert [(j.org.value, j.future) for j in result.joins] == [("Bibliotheek Diever", False)]


def test_a_fanfare_does_not_take_its_villages_join_nor_the_coalition_its_own() -> None:
    _, joiners = _read("Fanfare Diever\n\nDiever sluit zich aan bij Digitaal Samen Drenthe.\n")
    assert "Fanfare Diever" not in joiners
    text = (
        "Digitaal Samen Leek\n\nLeek, 3 oktober 2026\n\nWij, Digitaal Samen, sluiten ons "
        "vandaag aan bij Digitaal Samen Leek e.o.\n"
    )
    assert "Digitaal Samen" not in _read(text)[1]


@pytest.mark.parametrize(
    "news",
    [
        "Stichting Leerhuis Leek and the Zwolle Library are the newest partners of the Leek Repair "
        "Café network.",
        "Dinsdag heeft Voetbalvereniging Leek een vaste plek gekregen in de Eerste Klasse.",
        "In 2019 heeft Welzijn Leek een eigen stoel gekregen aan de tafel van Digitaal Samen Leek.",
        "In maart sloot VV Leek zich al aan bij de KNVB.",
        "Bibliotheek Leek heeft zich als partner gemeld voor de Boekenweek.",
        "Nieuw aan de leestafel zijn De Volkskrant en NRC Handelsblad.",
        "In October VV Leek and the Leek Rowing Club took their place among the partners of the "
        "Leek Sports Festival.",
        "In 2019 the Leek Library took its place among the partners.",
        "Sinds 1 mei vaart de Willem Barentsz mee met de Bruine Vloot.",
        "Jumbo Leek and Lidl Leek both signed the network's agreement with the municipality.",
        "Aan de vergadertafel schoven twee organisaties bij aan: VV Leek en Harmonie Leek.",
    ],
)
def test_lookalikes_of_the_later_rows_join_no_one(news: str) -> None:
    _, joiners = _read(_JOINED + "\n" + news + "\n")
    assert set(joiners) == {"Stichting Hulp Dichtbij"}, news


@pytest.mark.parametrize(
    "news",
    [
        "Komend voorjaar sluit Bibliotheek Leek zich aan bij Digitaal Samen Leek.",
        "Bibliotheek Leek sluit zich komend najaar aan bij Digitaal Samen Leek.",
        "In het najaar treedt de gemeente Leek toe tot Digitaal Samen Leek.",
    ],
)
def test_a_join_told_for_a_season_to_come_is_future(news: str) -> None:
    result = extract_text("Leek, 3 oktober 2026\n\n" + news + "\n", "x", Lexicon.builtin())
    assert result.joins and all(join.future for join in result.joins)


def test_a_history_sentence_lends_no_date_to_the_news() -> None:
    text = _JOINED + "In maart sloot Humanitas Leek zich al aan.\n"
    result = extract_text(text, "x", Lexicon.builtin())
    dates = {j.org.value: j.date for j in result.joins}
    assert "2026-03" not in str(dates["Stichting Hulp Dichtbij"])
