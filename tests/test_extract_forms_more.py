"""Ways of writing a release that the seventh and eighth blind sets (tests/press/blind7, blind8)
showed the reader missing: each a general form, tested on text of its own."""

from __future__ import annotations

from kg.ingest.extract import Extraction
from kg.ingest.rules import read_count
from tests.reading import members, reader

_read = reader("forms")
_members = members


def _joins(found: Extraction) -> dict[str, str | None]:
    return {j.org.value: j.order.value if j.order else None for j in found.joins}


def test_a_footnote_after_the_count_holds_the_list() -> None:
    found = _read(
        "Netwerk Digitaal Sterk Berkelland bestaat inmiddels uit vier organisaties.² Het "
        "netwerk is actief in drie kernen.\n\n"
        "² Gemeente Berkelland; Bibliotheek Oost-Gelre; Stichting Welzijn Eibergen; ROC Eibergen."
    )
    assert _members(found) == {
        "Gemeente Berkelland",
        "Bibliotheek Oost-Gelre",
        "Stichting Welzijn Eibergen",
        "ROC Eibergen",
    }


def test_a_footnote_on_another_word_is_no_list() -> None:
    found = _read(
        "Netwerk Digitaal Sterk Berkelland helpt inwoners.² Het netwerk is actief.\n\n"
        "² Bron: Stichting Lezen en Schrijven; Gemeente Berkelland; Kadaster Oost."
    )
    assert _members(found) == set()


def test_emoji_bullets_under_a_partner_heading() -> None:
    found = _read(
        "Welkom bij Digitaal Samen Hoorn!\n\nOnze partners op een rij 👇\n"
        "📚 Bibliotheek Westfriesland\n🏛️ Gemeente Hoorn\n✔ Woonstichting De Kogge\n"
        "☕ Buurthuis De Kreek (nieuw!)\n\nTot snel!"
    )
    assert _members(found) == {
        "Bibliotheek Westfriesland",
        "Gemeente Hoorn",
        "Woonstichting De Kogge",
        "Buurthuis De Kreek",
    }


def test_a_table_whose_rows_open_with_a_bar() -> None:
    found = _read(
        "De partners van Netwerk Digitaal Texel\n\n"
        "| Partner | Rol |\n|---|---|\n| Gemeente Texel | beleid |\n"
        "| Bibliotheek Texel | spreekuren |\n| Woontij | huurders |\n"
    )
    assert _members(found) == {"Gemeente Texel", "Bibliotheek Texel", "Woontij"}


def test_a_subject_that_points_back_is_the_name_before_it() -> None:
    found = _read(
        "Welkom, Buurthuis De Linde! Vanaf vandaag is het buurthuis in Malburgen officieel "
        "partner van Digitaal Meedoen Arnhem. Partner nummer 7!"
    )
    assert _joins(found) == {"Buurthuis De Linde": "7"}


def test_founders_in_other_words() -> None:
    dutch = _read(
        "Stichting Wijkwerk sluit zich aan bij Digitaal Thuis Zutphen. De coalitie is twee jaar "
        "geleden begonnen door de Bibliotheek Zutphen, Stichting Perspectief en de Gemeente "
        "Zutphen."
    )
    assert {"Bibliotheek Zutphen", "Stichting Perspectief", "Gemeente Zutphen"} <= _members(dutch)
    english = _read(
        "Stichting Wijkwerk joins Digital Zutphen. The coalition was set up in 2023 by the "
        "Municipality of Zutphen and Bibliotheek Zutphen. It started as an initiative of "
        "Stichting Perspectief and Woonstichting De Hoven."
    )
    assert {
        "Municipality of Zutphen",
        "Bibliotheek Zutphen",
        "Stichting Perspectief",
        "Woonstichting De Hoven",
    } <= _members(english)


def test_ook_x_doet_mee_and_partner_x() -> None:
    found = _read(
        "Stichting Wijkwerk sluit zich aan bij Digitaal Thuis Zutphen. Hulp aan huis regelt "
        "partner DigiMaatjes Zutphen, een vrijwilligersorganisatie. Ook Computerwinkel De Muis "
        "doet mee."
    )
    assert {"DigiMaatjes Zutphen", "Computerwinkel De Muis"} <= _members(found)


def test_two_english_joiners_their_orders_and_the_coalition_from_its_count() -> None:
    found = _read(
        "Two business organisations have joined Digital Strong Achterhoek, the regional "
        "coalition. Ondernemerskring Doetinchem and Van Dam & Partners Accountants signed the "
        "partnership agreement on Wednesday. They are the coalition's 11th and 12th partners; "
        "Digital Strong Achterhoek now has twelve partners."
    )
    assert found.coalition is not None and found.coalition.value == "Digital Strong Achterhoek"
    assert _joins(found) == {
        "Ondernemerskring Doetinchem": "11",
        "Van Dam & Partners Accountants": "12",
    }
    assert found.stated_total is not None and found.stated_total.value == "12"


def test_the_newest_partner_in_apposition_and_a_relative_clause_is_no_join() -> None:
    found = _read(
        "Digital Together Breda started in 2024 as an initiative of the Municipality of Breda "
        "and Bibliotheek Breda. Anna explains how Woonstichting Laurentius and Computer Club "
        "Breda 50+ came on board, and why the newest partner, Stichting Nieuwkomers Breda "
        '(SNB), which joined in May, fills a gap: "International residents need help." It is '
        "a coalition of five very different organisations."
    )
    assert found.coalition is not None and found.coalition.value == "Digital Together Breda"
    assert _joins(found) == {"Stichting Nieuwkomers Breda": None}
    assert {
        "Municipality of Breda",
        "Bibliotheek Breda",
        "Woonstichting Laurentius",
        "Computer Club Breda 50+",
    } <= _members(found)
    assert found.stated_total is not None and found.stated_total.value == "5"


def test_english_cardinals_are_counts() -> None:
    assert (read_count("seven"), read_count("Twenty-one"), read_count("een")) == (7, 21, None)


def test_a_list_ends_where_its_sentence_goes_on() -> None:
    found = _read(
        "De coalitie, in 2022 opgezet door Woonbron Delft, Stichting Delft Digitaal en "
        "Bibliotheek Delft, is sinds kort een partner rijker. Op 5 maart zette DelftNet haar "
        "handtekening onder de samenwerkingsovereenkomst van Digitaal Delft."
    )
    assert {"Woonbron Delft", "Stichting Delft Digitaal", "Bibliotheek Delft"} <= _members(found)
    assert not any("partner rijker" in name or " en " in name for name in _members(found))


def test_two_columns_of_names_separated_by_tabs() -> None:
    found = _read(
        "Alle partners op een rij\n\nGemeente Huizen\tStichting Wijkwerk Huizen\n"
        "Gemeente Laren\tVrijwilligerscentrale Laren\nBibliotheek Gooi\n\nTot ziens."
    )
    assert _members(found) == {
        "Gemeente Huizen",
        "Stichting Wijkwerk Huizen",
        "Gemeente Laren",
        "Vrijwilligerscentrale Laren",
        "Bibliotheek Gooi",
    }


def test_a_promised_join_is_to_come_though_its_month_has_no_year() -> None:
    found = _read(
        "Hilversum, 19 november 2026 – Zorgcoöperatie Eemnes sluit zich aan bij Netwerk Gooi. "
        "Ook de Huisartsengroep Naarden heeft toegezegd mee te doen; de huisartsen sluiten aan "
        "zodra het nieuwe portaal in januari live gaat."
    )
    future = {j.org.value: j.future for j in found.joins}
    assert future == {"Zorgcoöperatie Eemnes": False, "Huisartsengroep Naarden": True}


def test_a_place_with_en_is_not_cut_and_a_colon_opens_the_joiners() -> None:
    found = _read(
        "VENLO - Het Netwerk Digitaal Venlo is per 1 februari 2026 uitgebreid met drie nieuwe "
        "partners: Stichting Wonen Venlo, Leerwerkbedrijf Venlo-Noord en Seniorenbond Peel en "
        "Maas."
    )
    assert [j.org.value for j in found.joins] == [
        "Stichting Wonen Venlo",
        "Leerwerkbedrijf Venlo-Noord",
        "Seniorenbond Peel en Maas",
    ]


def test_partner_nummer_n_van_a_hyphenated_network() -> None:
    found = _read(
        "Ik hoorde voor het eerst van het Taalhuis-netwerk Haarlem. Sinds 1 mei is Stichting "
        "Oma's Online officieel partner nummer 9 van het netwerk, en ik vertel waarom."
    )
    assert found.coalition is not None and found.coalition.value == "Taalhuis-netwerk Haarlem"
    assert _joins(found) == {"Stichting Oma's Online": "9"}


def test_en_de_before_a_capital_cuts_inside_a_running_list() -> None:
    found = _read(
        "Stichting Oma's Online sluit zich aan bij Netwerk Haarlem. In het netwerk zitten de "
        "Gemeente Haarlem, de Gemeente Heemstede en de Gemeente Zandvoort, Taalschool Spaarne "
        "en Wijkcentrum De Pool."
    )
    assert {"Gemeente Heemstede", "Gemeente Zandvoort", "Taalschool Spaarne"} <= _members(found)


def test_goals_in_other_words() -> None:
    years = {
        "Vóór 2028 wil het netwerk in alle Zeeuwse gemeenten een hulppunt hebben.": 2028,
        "De partners hebben afgesproken dat in 2030 elke inwoner hulp vindt.": 2030,
        "Our goal for 2031 stands: every resident should live near a help desk.": 2031,
        "We are 12 partners working towards one goal: by 2027, nobody is left behind.": 2027,
        "By the end of the project in 2029, at least 3,000 seniors will have taken part.": 2029,
    }
    for sentence, year in years.items():
        found = _read(f"Stichting Wijkwerk sluit zich aan bij Netwerk Digitaal Zeeland. {sentence}")
        assert found.goal is not None and found.goal.target_year == year, sentence


def test_aangeschoven_initiatiefnemer_and_a_year_in_a_name() -> None:
    found = _read(
        "Wie zitten er aan tafel? Bibliotheek Het Eiland was de initiatiefnemer, samen met de "
        "Gemeente Hoeksche Waard en Welzijn Hoeksche Waard. Daarna kwamen Computerclub Strijen "
        "'87 en Stichting Tablet-Maatjes erbij. In januari is Eilandzorg Thuiszorg "
        "aangeschoven bij Digitaal Meedoen Hoeksche Waard."
    )
    assert _joins(found) == {"Eilandzorg Thuiszorg": None}
    assert {
        "Bibliotheek Het Eiland",
        "Gemeente Hoeksche Waard",
        "Welzijn Hoeksche Waard",
        "Computerclub Strijen '87",
        "Stichting Tablet-Maatjes",
    } <= _members(found)


def test_a_kind_of_business_alone_is_no_joiner() -> None:
    found = _read("Zorgverzekeraar schuift aan bij Digitaal Vaardig Drechtsteden")
    assert _joins(found) == {}


def test_a_person_signing_is_no_joiner_and_a_role_names_the_organisation() -> None:
    found = _read(
        "Welzijn & Wonen Hof van Twente is maandag als 9e partner toegetreden tot het "
        "Bondgenootschap Digitaal Twente.\n\nFoto: Wethouder Annemiek Bos (links) en directeur "
        "Kees Brinkhuis van Welzijn & Wonen Hof van Twente ondertekenen de intentieverklaring."
    )
    assert _joins(found) == {"Welzijn & Wonen Hof van Twente": "9"}
    titled = _read(
        "Waddenpoort UAS becomes fourteenth partner of Digital Alliance Groningen\n\n"
        "Groningen, 22 January 2026 - Waddenpoort University of Applied Sciences (WUAS) has "
        "joined the Digital Alliance Groningen as its fourteenth partner. Dr. Pieter Zwart, "
        "professor of Digital Society, signed the partnership agreement on Tuesday."
    )
    assert _joins(titled) == {"Waddenpoort University of Applied Sciences": "14"}


def test_is_x_on_a_day_toegetreden_tot_y() -> None:
    found = _read(
        "Daarom is GGD Kop & West-Friesland op dinsdag 8 september toegetreden tot het Netwerk "
        "Gezond Digitaal West-Friesland."
    )
    assert _joins(found) == {"GGD Kop & West-Friesland": None}


def test_de_nieuwe_partners_zijn_with_firm_abbreviations() -> None:
    found = _read(
        "Deze week sloten drie nieuwe organisaties aan bij Zwolle Digitaal. De nieuwe partners "
        "zijn Bartels & Zn. Computerhulp, Huisartsen Zwolle e.o. en Stichting Nieuwkomers "
        "Overijssel (SNO)."
    )
    assert list(_joins(found)) == [
        "Bartels & Zn. Computerhulp",
        "Huisartsen Zwolle e.o.",
        "Stichting Nieuwkomers Overijssel",
    ]


def test_a_year_in_review_in_english() -> None:
    found = _read(
        "Groningen, 15 January 2026\n\nOn 3 February, Stichting Huis van de Taal became our "
        "tenth partner. On 1 April 2025, Digitaal Samen Groningen officially became Connected "
        "Groningen. Kennispoort MBO Groningen joined on 12 June. On 1 February 2026, Noordelijke "
        "Zorg Coöperatie will join the coalition."
    )
    assert found.coalition is not None and found.coalition.value == "Connected Groningen"
    assert [f.value for f in found.former_names] == ["Digitaal Samen Groningen"]
    future = {j.org.value: j.future for j in found.joins}
    assert future == {
        "Stichting Huis van de Taal": False,
        "Kennispoort MBO Groningen": False,
        "Noordelijke Zorg Coöperatie": True,
    }
    assert _joins(found)["Stichting Huis van de Taal"] == "10"


def test_heeft_er_een_partner_bij_and_zijn_aangesloten() -> None:
    found = _read(
        "MIDDELBURG – Het Zeeuws Digitaal Netwerk heeft er een dertiende partner bij: Zorgpunt "
        "Walcheren. In het afgelopen halfjaar zijn Zorgcoöperatie Westerveld en Vakschool "
        "Noord-Drenthe aangesloten."
    )
    assert _joins(found) == {
        "Zorgpunt Walcheren": "13",
        "Zorgcoöperatie Westerveld": None,
        "Vakschool Noord-Drenthe": None,
    }


def test_a_list_line_may_end_in_an_abbreviation_and_a_rename_past_a_relative_clause() -> None:
    found = _read(
        "Het Drents Netwerk, waarvan de provincie sinds 2023 deel uitmaakt, gaat sinds 1 juli "
        "2026 verder onder de naam Coalitie Digitaal Drenthe.\n\nBijlage – Partners\n"
        "1. Provincie Drenthe\n2. Huisartsenkring Emmen e.o.\n3. Ondernemershuis Drenthe\n"
    )
    assert [f.value for f in found.former_names] == ["Drents Netwerk"]
    assert {"Huisartsenkring Emmen e.o.", "Ondernemershuis Drenthe"} <= _members(found)


def test_a_coalition_named_by_a_hashtag() -> None:
    found = _read("Vanaf vandaag is Bibliotheek Texel officieel partner van #KopDigitaal!")
    assert found.coalition is not None and found.coalition.value == "KopDigitaal"
    assert _joins(found) == {"Bibliotheek Texel": None}


def test_a_heading_question_opens_a_list_and_zorgen_ervoor_dat_is_a_goal() -> None:
    found = _read(
        "Vanaf vandaag is Bibliotheek Texel officieel partner van #KopDigitaal!\n\n"
        "Wie doen er mee? 👇\n💻 Welzijn Kop (dat zijn wij! 👋)\n💻 Gemeente Den Helder\n"
        "💻 Zeewind Wonen\n\nSamen zorgen we ervoor dat in 2027 iedereen in de Kop mee kan doen."
    )
    assert {"Welzijn Kop", "Gemeente Den Helder", "Zeewind Wonen"} <= _members(found)
    assert found.goal is not None and found.goal.target_year == 2027


def test_more_join_forms_and_a_pronoun_is_no_joiner() -> None:
    forms = {
        "Op 2 februari zetten Thuiszorg Mijnstreek en Stichting Repaircafé Landgraaf hun "
        "handtekening in de bibliotheek van Coalitie Digitaal Parkstad.": [
            "Thuiszorg Mijnstreek",
            "Stichting Repaircafé Landgraaf",
        ],
        "Op 1 december tekende Buurtvereniging 't Rieteveld als zeventiende partner van "
        "Netwerk Digitaal Emmen.": ["Buurtvereniging 't Rieteveld"],
        "Ondernemersclub Eemland heeft zich aangemeld bij DigiVaardig Eemland.": [
            "Ondernemersclub Eemland"
        ],
        "Buurtcentrum 't Vliet en Kledingbank Friesland-Noord doen mee aan Digitaal Meedoen "
        "Leeuwarden.": ["Buurtcentrum 't Vliet", "Kledingbank Friesland-Noord"],
    }
    for text, joiners in forms.items():
        assert list(_joins(_read(text))) == joiners, text
    found = _read("We zijn aangesloten bij de landelijke Alliantie Digitaal Samenleven.")
    assert _joins(found) == {}


def test_an_apposition_after_the_joiner_and_a_place_is_no_coalition() -> None:
    found = _read(
        "Kestrel Systems joins Rotterdam coalition\n\nROTTERDAM, 3 June 2026 — Kestrel Systems "
        "Nederland B.V., the Dutch subsidiary of British IT group Kestrel Group plc, today "
        "became the 21st partner of the Coalitie Digitale Inclusie Rijnmond."
    )
    assert found.coalition is not None
    assert found.coalition.value == "Coalitie Digitale Inclusie Rijnmond"
    assert "Kestrel Systems Nederland B.V." in _joins(found)
    assert not any("partner of" in m or "subsidiary" in m for m in _members(found))


def test_a_participle_after_a_list_ends_it() -> None:
    found = _read(
        "Partners in Code B.V. today became the 7th partner in the Digital Coalition Brainport. "
        "It joins the Municipality of Helmond, Bibliotheek Eindhoven, Kempenland College, "
        "Brainport University and welfare organisation Samen Sterk Welzijn, bringing the "
        "coalition to seven partners."
    )
    assert {"Municipality of Helmond", "Kempenland College", "Samen Sterk Welzijn"} <= _members(
        found
    )


def test_neither_is_a_partner_and_a_welcoming_coalition_stays_the_coalition() -> None:
    found = _read(
        "Stichting X joins the Digital Coalition Delft. The coalition uses material from the "
        "national Digitaal Hulpplein programme. Neither is a partner in the coalition."
    )
    assert "Neither" not in _joins(found)
    welcome = _read(
        "Digitaal Fit Drechtsteden verwelkomt dertiende partner\n\nMet de komst van Woonkracht "
        "Zwijndrecht telt Digitaal Fit Drechtsteden nu dertien partners."
    )
    assert welcome.coalition is not None
    assert welcome.coalition.value == "Digitaal Fit Drechtsteden"
    assert list(_joins(welcome)) == ["Woonkracht Zwijndrecht"]


def test_a_year_report_names_partners_in_passing() -> None:
    found = _read(
        "Ook in 2025 was Bibliotheek Duin trekker van DigiWijzer Duinstreek, de regionale "
        "coalitie die inwoners helpt. Samen met Gemeente Lisse en Gemeente Teylingen vormen wij "
        "de kern van de coalitie. In de wijken werkten we intensief samen met Welzijnskwartier "
        "Bollenstreek en Stichting Kompas, die beide al sinds de start partner zijn. Ook de "
        "partners Computerclub Noordwijk e.o., Woonstichting Bollenhof en Seniorenbond Teylingen "
        "droegen volop bij: de vrijwilligers gaven 212 spreekuren. In september verwelkomden we "
        "Huisartsencoöperatie Bollenstreek als partner nummer 11."
    )
    assert found.coalition is not None and found.coalition.value == "DigiWijzer Duinstreek"
    assert _joins(found) == {"Huisartsencoöperatie Bollenstreek": "11"}
    assert {
        "Gemeente Lisse",
        "Gemeente Teylingen",
        "Welzijnskwartier Bollenstreek",
        "Stichting Kompas",
        "Computerclub Noordwijk e.o.",
        "Woonstichting Bollenhof",
        "Seniorenbond Teylingen",
    } <= _members(found)


def test_a_bullet_is_no_heading_and_a_number_is_no_joiner() -> None:
    found = _read(
        "TapTalk joins the Utrecht Digital Coalition.\n\nWhat TapTalk brings\n"
        "- 500 free licences for residents referred by coalition partners\n"
        "- A monthly training session for volunteers\n\nWe verwelkomden 212.000 bezoekers."
    )
    assert _members(found) == set()
    assert list(_joins(found)) == ["TapTalk"]


def test_a_semicolon_list_keeps_commas_and_en_inside_names() -> None:
    found = _read(
        "Werkgeversvereniging Brabant-Zuidoost (WBZ) is toegetreden tot de Coalitie Digitaal "
        "Brabant. WBZ is de negende partner. De coalitie bestaat verder uit Gemeente Eindhoven; "
        "Stichting Werk, Taal & Waarde; Helmondse Leerwerkbedrijven; en Taalhuis Kempen en Dommel."
    )
    assert {
        "Gemeente Eindhoven",
        "Stichting Werk, Taal & Waarde",
        "Helmondse Leerwerkbedrijven",
        "Taalhuis Kempen en Dommel",
    } <= _members(found)
    assert list(_joins(found)) == ["Werkgeversvereniging Brabant-Zuidoost"]


def test_doen_mee_net_als_and_a_relative_clause_after_the_last_name() -> None:
    found = _read(
        "Woonstichting De Marke sluit zich aan bij Netwerk Digitaal Twente. Gemeente Hengelo, "
        "Gemeente Borne en Gemeente Hof van Twente doen mee, net als ROC Twentse Poort en "
        "welzijnsorganisatie Stichting Wijkwerk. Twee partners zijn vrijwilligersclubs: "
        "Computerhulp Borne en Vrijwilligerscentrale 't Markveld, die de maatjes levert."
    )
    assert {
        "Gemeente Hengelo",
        "Gemeente Borne",
        "Gemeente Hof van Twente",
        "ROC Twentse Poort",
        "Stichting Wijkwerk",
        "Computerhulp Borne",
        "Vrijwilligerscentrale 't Markveld",
    } <= _members(found)


def test_working_together_besides_is_no_membership() -> None:
    found = _read(
        "Stichting Wijkwerk sluit zich aan bij Netwerk Digitaal Assen. Het netwerk werkt verder "
        "nauw samen met de landelijke Alliantie Digitaal Samenleven en het Digitaal Hulpplein. "
        "Het Taalhuis werkt daarnaast samen met het Informatiepunt Digitale Overheid."
    )
    assert _members(found) == set()
    members = _read(
        "Stichting Wijkwerk sluit zich aan bij Netwerk Digitaal Assen. Het netwerk werkt samen "
        "met Gemeente Assen, Bibliotheek Assen en Drenthe College."
    )
    assert _members(members) == {"Gemeente Assen", "Bibliotheek Assen", "Drenthe College"}


def test_a_newsletter_with_a_new_partner_a_reinforcement_and_an_expected_join() -> None:
    found = _read(
        "Sinds de start in 2022 is ons Vrijwilligerspunt partner van de Leidse Coalitie "
        "Digitaal. Dorpshuis 't Oude Raadhuis in Oegstgeest komt erbij: beheerder Wim Zandvliet "
        "ondertekende de samenwerkingsafspraken. Sinds oktober versterkt ook Mantelzorgcentrum "
        "Leiden e.o. de coalitie. Naar verwachting treedt in 2027 ook Hogeschool Leiden toe."
    )
    future = {j.org.value: j.future for j in found.joins}
    assert future == {
        "Dorpshuis 't Oude Raadhuis": False,
        "Mantelzorgcentrum Leiden e.o.": False,
        "Hogeschool Leiden": True,
    }


def test_samen_met_oa_a_and_b_gaan_we() -> None:
    found = _read(
        "Computerclub Klik Hoorn is partner van het Westfries Netwerk Digitaal. Samen met o.a. "
        "Bibliotheek Westfriesland, de Vrijwilligerscentrale Medemblik en Stichting Wijk-Wijzer "
        "gaan we ervoor zorgen dat mensen sneller hulp vinden."
    )
    assert {
        "Bibliotheek Westfriesland",
        "Vrijwilligerscentrale Medemblik",
        "Stichting Wijk-Wijzer",
    } <= _members(found)


def test_bullets_with_roles_lettered_items_and_a_longer_bestaat_uit() -> None:
    found = _read(
        "Per 1 september is de Regionale Zorgalliantie Oost tot de coalitie Digitaal Achterhoek "
        "toegetreden. De coalitie bestaat daarmee uit de volgende partners:\na. Gemeente "
        "Winterswijk;\nb. Bibliotheek West-Achterhoek;\nc. Regionale Zorgalliantie Oost.\n\n"
        "Digitaal Achterhoek bestaat op dit moment uit:\n– ThuisNet Overijssel: installatiehulp "
        "aan huis\n– Stichting Dalfser Ouderen (SDO): vrijwilligers die langskomen\n"
    )
    assert list(_joins(found)) == ["Regionale Zorgalliantie Oost"]
    assert {
        "Gemeente Winterswijk",
        "Bibliotheek West-Achterhoek",
        "ThuisNet Overijssel",
        "Stichting Dalfser Ouderen",
    } <= _members(found)


def test_a_thread_welcomes_new_partners_and_names_the_others() -> None:
    found = _read(
        "1/3 Vandaag tekenden vier nieuwe partners het convenant van de Haarlemse Coalitie "
        "Digitaal.\n\n2/3 Welkom aan Stichting Thuiszorg Kennemer, Buurtbib Schalkwijk en "
        "Taalpunt Haarlem-Oost! Daarmee telt de coalitie nu 17 partners.\n\n3/3 Zij sluiten aan "
        "bij onder anderen Gemeente Haarlem, Bibliotheek Spaarnelanden en ROC Kennemerstede, die "
        "er sinds de start bij zijn. In 2025 traden drie organisaties toe."
    )
    assert list(_joins(found)) == [
        "Stichting Thuiszorg Kennemer",
        "Buurtbib Schalkwijk",
        "Taalpunt Haarlem-Oost",
    ]
    assert {"Gemeente Haarlem", "Bibliotheek Spaarnelanden", "ROC Kennemerstede"} <= _members(found)


def test_a_line_of_names_cut_by_bars_under_a_sector_heading_and_zij_aan_zij_met() -> None:
    found = _read(
        "Onze partners\nDeze organisaties maken Digitaal Dichtbij Zeeland mogelijk:\n\n"
        "Gemeenten\nGemeente Middelburg | Gemeente Vlissingen | Gemeente Veere\n\n"
        "Wonen\nWoonstichting Zeeuwse Delta\n\nTot ziens.\n\n"
        "Vandaag is Stichting Buurtkracht officieel partner nummer 7 van Digitaal Fit Oldambt! "
        "Daarmee staan ze zij aan zij met Gemeente Oldambt, Woonzorg Reiderland en PC-Hulp 0597."
    )
    assert {
        "Gemeente Middelburg",
        "Gemeente Vlissingen",
        "Gemeente Veere",
        "Woonstichting Zeeuwse Delta",
        "Gemeente Oldambt",
        "Woonzorg Reiderland",
        "PC-Hulp 0597",
    } <= _members(found)
    whole = _read("De partners:\n- ZB | Planbureau en Bibliotheek van Zeeland\n- Gemeente Goes\n")
    assert "ZB" not in _members(whole)


def test_werken_ook_mee_and_organisations_including() -> None:
    found = _read(
        "Mergelland Zorg sluit zich aan bij Parkstad Digitaal. Inmiddels werken ook Bibliotheek "
        "Kerkrade (BK), welzijnsorganisatie Impuls & Co en Stichting Digi-Maatjes mee.\n\n"
        "The coalition now brings together eleven organisations, including Saxenburg College, "
        "Bibliotheek Twente-Midden and Stichting Digi-Buddies Twente."
    )
    assert {
        "Bibliotheek Kerkrade",
        "Impuls & Co",
        "Stichting Digi-Maatjes",
        "Saxenburg College",
        "Bibliotheek Twente-Midden",
        "Stichting Digi-Buddies Twente",
    } <= _members(found)


def test_a_short_form_of_the_joiner_in_a_list_is_the_joiner() -> None:
    found = _read(
        "Saxenburg University of Applied Sciences has joined the Twente Digital Coalition. The "
        "coalition brings together eleven organisations, including Saxenburg, Bibliotheek "
        "Twente-Midden and Stichting Digi-Buddies Twente."
    )
    assert list(_joins(found)) == ["Saxenburg University of Applied Sciences"]
    assert "Saxenburg" not in _members(found)
