"""Readings from the session that wrote blind85 to blind88, each in new words: a partners page
that names its members in sector blocks of one line each ("Gemeenten" over "Gemeente A ·
Gemeente B")."""

from __future__ import annotations

import pytest

from tests.reading import members, reader

_read = reader("round85")


def test_sector_blocks_under_a_partners_heading_name_members() -> None:
    text = (
        "Digitaal Fit Walcheren is een netwerk van organisaties.\n\nOnze partners\n\n"
        "Gemeenten\nGemeente Middelburg · Gemeente Veere\n\n"
        "Wonen\nWoonstichting Walcherse Erven\n\n"
        "Bedrijven\nBakker & De Visser Administratiekantoor V.O.F. · DeltaNet Systemen B.V.\n\n"
        "Wie betaalt dit?\nDe Provincie Zeeland en het Fonds Walcherse Gemeenschap.\n"
    )
    assert members(_read(text)) == {
        "Gemeente Middelburg",
        "Gemeente Veere",
        "Woonstichting Walcherse Erven",
        "Bakker & De Visser Administratiekantoor V.O.F.",
        "DeltaNet Systemen B.V.",
    }


def test_a_sector_heading_over_a_sentence_is_no_block() -> None:
    text = (
        "Digitaal Fit Walcheren is een netwerk van organisaties.\n\nOnze partners\n\n"
        "Wonen\nWe zoeken nog een woningcorporatie die wil meedoen.\n"
    )
    assert members(_read(text)) == set()


def test_a_question_who_takes_part_cues_the_list_two_sentences_on() -> None:
    text = (
        "Our company joined Samen Digitaal Eemland last month.\n\n"
        "Who else is in it? You'll be working alongside some great people. To name a few:\n"
        "- Bibliotheek Vathorst en Hoogland, which runs weekly walk-in help desks\n"
        "- Soester Seniorenhulp, a volunteer group for older residents\n"
        "- Woonstichting Eemvallei, one of the big housing associations in the area\n"
    )
    assert members(_read(text)) >= {
        "Bibliotheek Vathorst en Hoogland",
        "Soester Seniorenhulp",
        "Woonstichting Eemvallei",
    }


def test_a_colon_without_a_cue_over_names_reads_no_members() -> None:
    text = (
        "Our company joined Samen Digitaal Eemland last month.\n\n"
        "Lunch is on Fridays. You'll be eating with some great people. To name a few:\n"
        "- Bibliotheek Vathorst en Hoogland\n- Soester Seniorenhulp\n- Woonstichting Eemvallei\n"
    )
    assert "Soester Seniorenhulp" not in members(_read(text))


def test_members_listed_among_others_are_no_joiners_now() -> None:
    text = (
        "Digitaal Vaardig Achterhoek is een coalitie van organisaties.\n\n"
        "Verder zijn onder meer Welzijnswerk Groenlo, Woonbedrijf Achterhoekse Erven en "
        "thuiszorgorganisatie Zorg in de Kern aangesloten.\n"
    )
    found = _read(text)
    assert found.joins == []
    assert members(found) == {
        "Welzijnswerk Groenlo",
        "Woonbedrijf Achterhoekse Erven",
        "Zorg in de Kern",
    }


def test_a_dated_join_of_several_is_still_a_join() -> None:
    text = (
        "Digitaal Vaardig Achterhoek is een coalitie van organisaties.\n\n"
        "Sinds maandag zijn Welzijnswerk Groenlo en Woonbedrijf Achterhoekse Erven aangesloten.\n"
    )
    joined = {join.org.value for join in _read(text).joins}
    assert joined == {"Welzijnswerk Groenlo", "Woonbedrijf Achterhoekse Erven"}


def _joined(text: str) -> list[str]:
    return [join.org.value for join in _read(text).joins if not join.future]


def test_a_firms_kind_before_its_partners_names_keeps_the_firm_whole() -> None:
    text = (
        "Bosch Digitaal Samen is een coalitie van organisaties.\n\n"
        "Daarom is Notariskantoor Van Gils, Verhoeven & Meulenbroek per 1 april aangesloten "
        "bij Bosch Digitaal Samen.\n"
    )
    assert _joined(text) == ["Notariskantoor Van Gils, Verhoeven & Meulenbroek"]


def test_we_welcome_our_eleventh_partner_is_a_join_and_its_order() -> None:
    text = (
        "Samen Digitaal Heuvelrug is a coalition of organisations.\n\n"
        "🎉 Today we welcome our eleventh partner: Stichting Thuis op de Heuvelrug "
        "(@thuisopdeheuvelrug).\n"
    )
    found = _read(text)
    assert [(j.org.value, j.order and int(j.order.value)) for j in found.joins] == [
        ("Stichting Thuis op de Heuvelrug", 11)
    ]


def test_welcome_as_a_noun_or_to_a_person_is_no_join() -> None:
    for line in (
        "You signed up at a City of Utrecht welcome event.",
        "Please welcome Ayesha Raman as our new treasurer!",
    ):
        text = f"Utrecht Digitaal Wijs is a coalition of organisations.\n\n{line}\n"
        assert _joined(text) == [], line


def test_standing_on_the_partner_list_since_a_day_is_a_join() -> None:
    text = (
        "Walcheren Digitaal is een coalitie van organisaties.\n\n"
        "Sinds 16 november staat ook Tandartsenpraktijk Hoogstraten & Minderhoud op de "
        "partnerlijst, als eerste mondzorgpraktijk.\n"
    )
    assert _joined(text) == ["Tandartsenpraktijk Hoogstraten & Minderhoud"]


def test_a_dated_clause_van_de_partij_after_earlier_joiners_is_a_join() -> None:
    text = (
        "Sneek Digitaal is een coalitie van organisaties. Daarna schoven Zorggroep De Iepen, "
        "Praktijkschool It Skipsleat en Vrijwilligerspunt "
        "De Brêge aan, en sinds 1 "
        "september is ook Wooncoöperatie Sneek & Omstreken van de partij.\n"
    )
    found = _read(text)
    assert _joined(text) == ["Wooncoöperatie Sneek & Omstreken"]
    assert {"Zorggroep De Iepen", "Vrijwilligerspunt De Brêge"} <= members(found)


def test_the_publisher_that_says_we_take_part_from_now_on_joins() -> None:
    text = (
        "Autorijschool Stap-voor-Stap | Blog\n\n"
        "Lang verhaal kort: we doen voortaan officieel mee met Westfries Digitaal. Best gaaf.\n"
    )
    assert _joined(text) == ["Autorijschool Stap-voor-Stap"]


def test_a_headline_without_a_verb_names_the_joiner() -> None:
    text = (
        "Nieuws | Maatschappelijk ondernemen\nDinsdag 3 maart 2026\n\n"
        "Hendriks, Coumans & Partners Accountants partner van Digitaal Sterk Parkstad\n\n"
        "Daarom stellen wij als kantoor voortaan kennis en uren beschikbaar.\n"
    )
    assert _joined(text) == ["Hendriks, Coumans & Partners Accountants"]


def test_a_headline_of_two_or_with_an_order_is_not_read_as_one_name() -> None:
    for headline in (
        "GlasLink Maasland B.V. en Hendrix & Verheggen V.O.F. partner van Digitaal Vaardig",
        "Computerclub De Slinge 9e partner van Digitaal Achterhoek Verbindt",
    ):
        text = f"Nieuws\n\n{headline}\n\nDe coalitie telt nu 15 partners.\n"
        assert not any(" en " in n or "9e" in n for n in _joined(text)), headline


def test_a_join_the_headline_tells_takes_its_date_from_the_body() -> None:
    text = (
        "Welzijn Walcheren Verbindt\nNieuws | 10-12-2024\n\n"
        "Scheldeland Hogeschool sluit aan bij Zeeuwse Alliantie Digitaal Meedoen\n\n"
        "De Zeeuwse Alliantie Digitaal Meedoen heeft er een partner bij. Op 5 december 2024 "
        "tekende Scheldeland Hogeschool in Vlissingen de intentieverklaring.\n"
    )
    joins = _read(text).joins
    assert [(j.org.value, j.date and j.date.iso) for j in joins] == [
        ("Scheldeland Hogeschool", "2024-12-05")
    ]


def test_an_investor_update_that_says_we_became_the_eleventh_partner() -> None:
    text = (
        "Subject: BuurtByte – Q3 2026 investor update\n\nHighlights\n"
        "- Joined Ommeland Digitaal as its eleventh partner\n- Revenue up 12%\n\n"
        "On 1 September we became the eleventh partner of Ommeland Digitaal, the coalition "
        "for the north of Groningen.\n"
    )
    found = _read(text)
    assert found.coalition is not None and found.coalition.value == "Ommeland Digitaal"
    assert [(j.org.value, j.order and int(j.order.value)) for j in found.joins] == [
        ("BuurtByte", 11)
    ]


def test_a_clause_before_a_semicolon_is_not_the_subject_of_a_join() -> None:
    text = (
        "Samen Digitaal Hoeksche Waard is een netwerk van organisaties.\n\n"
        "De digicafés in Oud-Beijerland, 's-Gravendeel en Strijen blijven gewoon open; in het "
        "najaar komen er inlooppunten bij in Puttershoek.\n"
    )
    assert _joined(text) == []


def test_a_clause_after_a_semicolon_that_says_it_keeps_the_subject_before() -> None:
    text = (
        "Samen Digitaal Drenthe is a network of organisations.\n\n"
        "TaalTuin Emmen, which helps adults read and write, is our newest partner; it joined "
        "on 6 October 2026.\n"
    )
    assert _joined(text) == ["TaalTuin Emmen"]


def test_the_parties_an_agreement_is_entered_into_by_are_members() -> None:
    text = (
        "SAMENWERKINGSOVEREENKOMST SAMEN DIGITAAL HOEKSCHE WAARD\n\nArtikel 1 – Partijen\n\n"
        "1.1 Deze overeenkomst wordt aangegaan door:\n"
        "a. Stichting Bibliotheek aan de Kil, statutair gevestigd te Oud-Beijerland;\n"
        "b. Stichting Welzijn Coevorden en Dalen, gevestigd te Coevorden;\n"
        "c. de gemeente Hoeksche Waard;\n"
        "d. Computerclub 's-Gravendeel en Omstreken, een vereniging met volledige "
        "rechtsbevoegdheid, gevestigd te 's-Gravendeel.\n"
    )
    assert members(_read(text)) == {
        "Stichting Bibliotheek aan de Kil",
        "Stichting Welzijn Coevorden en Dalen",
        "Gemeente Hoeksche Waard",
        "Computerclub 's-Gravendeel en Omstreken",
    }


def test_among_them_in_a_new_paragraph_lists_the_partners_counted_before() -> None:
    text = (
        "Met de bond erbij telt Digitaal Mee Parkstad nu 15 partners.\n\n"
        "Daaronder zijn, naast de bibliotheek, het Centrum voor Werk en Inkomen Parkstad "
        "(CWIP), Stichting Huis van de Wijk Heerlerheide en Zorgcombinatie Parkstad-Oost.\n"
    )
    assert members(_read(text)) >= {
        "Stichting Huis van de Wijk Heerlerheide",
        "Zorgcombinatie Parkstad-Oost",
    }


def test_to_name_a_few_after_who_takes_part_lists_members() -> None:
    text = (
        "Het netwerk is inmiddels met z'n twintigen. Er doen bibliotheken, zorgaanbieders en "
        "gemeenten mee; om er een paar te noemen: Bibliotheken Achterhoek-Oost, Zorggroep Den "
        "Ieselhof, Thuiszorg Slinge & Berkel en natuurlijk Computerhulp 55+ Achterhoek en de "
        "welzijnsstichting van Ineke.\n"
    )
    assert members(_read(text)) == {
        "Bibliotheken Achterhoek-Oost",
        "Zorggroep Den Ieselhof",
        "Thuiszorg Slinge & Berkel",
        "Computerhulp 55+ Achterhoek",
    }


def test_a_scouting_groups_newsletter_that_says_we_are_a_partner_now() -> None:
    text = (
        "DE KAMPVUURKRANT\nNieuwsbrief van Scouting De Lemster Aken – februari 2026\n\n"
        "We zijn benaderd door Digiwiis De Fryske Marren, het netwerk van organisaties.\n\n"
        "Sinds 1 februari zijn wij daar officieel partner van!\n"
    )
    assert _joined(text) == ["Scouting De Lemster Aken"]


def test_where_a_firm_is_after_its_legal_form_is_no_part_of_its_name() -> None:
    text = (
        "Samen Digitaal Heuvelrug is a coalition.\n\nOur partners include Welzijnskring "
        "Heuvelrug, Computermaatjes Maarn, Fietsen Hoekstra V.O.F. uit Balk and TechTuin B.V. "
        "in Driebergen.\n"
    )
    assert members(_read(text)) == {
        "Welzijnskring Heuvelrug",
        "Computermaatjes Maarn",
        "Fietsen Hoekstra V.O.F.",
        "TechTuin B.V.",
    }


def test_as_did_names_a_second_joiner() -> None:
    text = (
        "Flevo Digitaal is a coalition of organisations.\n\nIn May, Polderhof Zorg, which runs "
        "home care in Lelystad and Dronten, joined the coalition, as did CleverCare Tech B.V., "
        "an Almere social enterprise.\n"
    )
    assert _joined(text) == ["Polderhof Zorg", "CleverCare Tech B.V."]


def test_the_organisation_that_coordinates_the_network_is_a_member() -> None:
    for line in (
        "Het netwerk wordt gecoördineerd door Welzijn Hengelo Vooruit (WHV).",
        "De dagelijkse coördinatie ligt bij Welzijn Hengelo Vooruit.",
    ):
        text = f"Digitaal Hengelo is een netwerk van organisaties. {line}\n"
        assert members(_read(text)) == {"Welzijn Hengelo Vooruit"}, line


def test_since_a_day_later_in_the_year_than_a_january_issue_is_last_year() -> None:
    text = (
        "TANDARTSENPRAKTIJK HOOGSTRATEN & MINDERHOUD\nPatiëntennieuws · januari 2027\n\n"
        "Walcheren Digitaal Vaardig is een netwerk van organisaties. Sinds 16 november staat "
        "ook Tandartsenpraktijk Hoogstraten & Minderhoud op de partnerlijst.\n"
    )
    joins = _read(text).joins
    assert [(j.org.value, j.future, j.date and j.date.iso) for j in joins] == [
        ("Tandartsenpraktijk Hoogstraten & Minderhoud", False, "2026-11-16")
    ]


def test_a_capitalised_mei_inside_a_frisian_name_is_no_month() -> None:
    text = (
        "Digitaal Mei Elkoar werd in 2024 opgezet door Bibliotheek Súdwest. Daarna schoven "
        "Zorggroep De Iepen, Praktijkschool It Skipsleat en Vrijwilligerspunt De Brêge aan.\n"
    )
    found = _read(text)
    assert found.coalition is not None and found.coalition.value == "Digitaal Mei Elkoar"
    assert members(found) >= {
        "Zorggroep De Iepen",
        "Praktijkschool It Skipsleat",
        "Vrijwilligerspunt De Brêge",
    }


def test_continued_under_the_name_renames_the_coalition() -> None:
    for line in (
        "De samenwerking wordt met ingang van die datum voortgezet onder de naam Digitaal "
        "Vaardig Zuidoost-Drenthe.",
        "The network continues under the name Digitaal Vaardig Zuidoost-Drenthe.",
    ):
        text = f"Netwerk Digitaal Emmen is een netwerk van organisaties sinds 2024. {line}\n"
        found = _read(text)
        assert found.coalition is not None, line
        assert found.coalition.value == "Digitaal Vaardig Zuidoost-Drenthe", line
        assert "Digitaal Vaardig Zuidoost-Drenthe" not in [f.value for f in found.former_names]


def test_names_after_doen_mee_with_net_als_or_a_last_en_are_members_too() -> None:
    lead = "Digitaal Salland is een coalitie van organisaties. "
    text = (
        f"{lead}Inmiddels doen ook onder meer de gemeenten Raalte en Olst-Wijhe mee, en "
        "woningcorporatie Sallandse Kamp.\n"
    )
    assert members(_read(text)) == {"Gemeente Raalte", "Gemeente Olst-Wijhe", "Sallandse Kamp"}
    text = (
        f"{lead}Naast SSW doen onder anderen de gemeenten Heerlen en Kerkrade mee, net als "
        "Bibliotheek De Mijnlamp en de vrijwilligers van KlikKlaar Kerkrade.\n"
    )
    assert members(_read(text)) >= {"Bibliotheek De Mijnlamp", "KlikKlaar Kerkrade"}


def test_a_clause_after_doen_mee_en_is_no_member() -> None:
    text = (
        "Digitaal Salland is een coalitie van organisaties. Inmiddels doen ook Bibliotheek "
        "Raalte en Welzijn Salland mee, en Fonds Salland betaalt de koffie.\n"
    )
    assert members(_read(text)) == {"Bibliotheek Raalte", "Welzijn Salland"}


def test_a_relative_clause_inside_a_list_before_a_described_name() -> None:
    text = (
        "By the end of the year Digitaal Eemland was a network of 11 organisations. Among them "
        "are the Municipality of Amersfoort, Bibliotheek Eemland & Vallei, which hosts the help "
        "desks in all three towns, housing association Woonstichting De Koppelpoort and the "
        "volunteers of Leusden Digitaal Café.\n"
    )
    assert members(_read(text)) >= {"Woonstichting De Koppelpoort", "Leusden Digitaal Café"}


def test_a_markdown_page_bold_names_and_a_bold_denial() -> None:
    text = (
        "# Samen Digitaal Flevoland\n\nSamen Digitaal Flevoland is a coalition.\n\n"
        "Our partners:\n- **Bibliotheek Flevoland** – help desks\n"
        "- **Welzijn Lelystad** – home visits\n- **Woonstichting Polder** – tenants\n\n"
        "Some organisations support this project but are **not** members of the coalition. "
        "We list them here because people keep asking:\n\n"
        "- **Fonds Digitale Polder** – paid for the first year\n"
        "- **Polderhost B.V.** – hosts the server\n- **Studio Kwelder** – designed the icons\n"
    )
    assert members(_read(text)) == {
        "Bibliotheek Flevoland",
        "Welzijn Lelystad",
        "Woonstichting Polder",
    }


def test_a_firm_of_partners_with_te_in_a_name_stays_whole() -> None:
    text = (
        "Digitaal Achterhoek is een coalitie van organisaties. We werken samen met Bibliotheek "
        "De Boekenbrug, Zorggroep Het Markehuus en Wissink, Te Brake & Partners B.V.\n"
    )
    assert "Wissink, Te Brake & Partners B.V." in members(_read(text))


def test_tasks_listed_after_what_participants_learn_are_no_members() -> None:
    text = (
        "Het WOZL sluit aan bij Digitaal Sterk Parkstad.\n\n"
        "Deelnemers leren onder meer:\n- een e-mailadres en DigiD aanmaken en veilig gebruiken;\n"
        "- een cv opstellen en online versturen;\n- deelnemen aan een videogesprek.\n"
    )
    assert members(_read(text)) == set()


def test_our_cooperative_takes_part_since_october_is_the_publishers_join() -> None:
    text = (
        "WINKELNIEUWS\nNieuwsbrief van Coöperatie Dorpswinkel De Tasman U.A. – Lutjegast\n"
        "November 2026\n\nBeste leden,\n\nSinds oktober doet onze coöperatie mee met Samen "
        "Klikken Westerkwartier, een netwerk van organisaties.\n"
    )
    joins = _read(text).joins
    assert [(j.org.value, j.date and j.date.iso) for j in joins] == [
        ("Coöperatie Dorpswinkel De Tasman U.A.", "2026-10")
    ]


def test_a_sites_menu_names_no_publisher() -> None:
    text = (
        "OSG Veldzicht – Emmen\nHome | Onze school | Ouders | Leerlingen | Nieuws\n\n"
        "Sinds oktober doet onze school mee met Digitaal Emmen, het netwerk van organisaties. "
        "Als Openbare Scholengemeenschap Veldzicht vinden we dat belangrijk.\n"
    )
    found = _read(text)
    assert _joined(text) == ["Openbare Scholengemeenschap Veldzicht"]
    assert members(found) == set()  # not "OSG Veldzicht" beside it


def test_ons_before_a_joiners_name_is_no_part_of_it() -> None:
    text = (
        "Netwerk DigiSterk Twente is een netwerk van organisaties. Ons ROC Twentevaart is sinds "
        "vanmiddag officieel partner van Netwerk DigiSterk Twente.\n"
    )
    assert _joined(text) == ["ROC Twentevaart"]


def test_and_so_are_names_more_partners() -> None:
    text = (
        "Samen Digitaal Eemland is a coalition. The Municipality of Amersfoort and the "
        "Municipality of Leusden are partners, and so are the housing corporation Woonstichting "
        "Eemvast and the care organisation Zorggroep Heuvelrug & Eem.\n"
    )
    assert members(_read(text)) >= {"Woonstichting Eemvast", "Zorggroep Heuvelrug & Eem"}


def test_today_follows_x_as_the_tenth_after_a_semicolon_is_a_second_join() -> None:
    text = (
        "Westfries Hart is een coalitie van organisaties. Op 1 oktober trad Woningstichting Het "
        "Westfriese Huis toe als de 9e partner; vandaag volgt Zorgcentrum De Dijkhoek in "
        "Enkhuizen als de 10e.\n"
    )
    joins = _read(text).joins
    assert [(j.org.value, j.order and int(j.order.value)) for j in joins] == [
        ("Woningstichting Het Westfriese Huis", 9),
        ("Zorgcentrum De Dijkhoek", 10),
    ]


@pytest.mark.parametrize(
    ("line", "member"),
    [
        (
            '"Precies wat we zochten," zegt Jan-Harm Tuinstra van Welzijnsgroep Fivelboezem, die '
            "de coalitie coördineert.",
            "Welzijnsgroep Fivelboezem",
        ),
        (
            "→ Priya Ramdin at Bibliotheek Drechtoevers, who chairs the coalition and sent me "
            "the best e-mail of the year.",
            "Bibliotheek Drechtoevers",
        ),
        (
            "👉 Jolanda Kuipers van Welzijn Twentekanaal, de trekker van het netwerk, belde.",
            "Welzijn Twentekanaal",
        ),
        (
            "Ineke de Boer van Bibliotheek Slinge en Berkel, die de coalitie voorzit, is blij.",
            "Bibliotheek Slinge en Berkel",
        ),
    ],
)
def test_the_organisation_of_whoever_leads_the_coalition_is_a_member(
    line: str, member: str
) -> None:
    found = _read(f"Digitaal Drechtsteden is een coalitie van organisaties.\n\n{line}\n")
    assert members(found) == {member}


def test_a_surname_with_van_before_who_coordinates_is_no_member() -> None:
    text = (
        "Digitaal Leiden is a coalition of organisations.\n\nJoost van Wijngaarden, who "
        "coordinates the coalition on behalf of the library, is enthusiastic.\n"
    )
    assert members(_read(text)) == set()


def test_joined_bringing_the_coalition_to_n_partners_names_the_joiners() -> None:
    text = (
        "Samen Digitaal Eemsdelta is a coalition. Most recently, in September 2026, "
        "Zorgcoöperatie 't Ommeland and Dorpshuis Coöperatie Warffum U.A. joined, bringing the "
        "coalition to 17 partners.\n"
    )
    assert _joined(text) == ["Zorgcoöperatie 't Ommeland", "Dorpshuis Coöperatie Warffum U.A."]


def test_anyone_can_join_names_no_joiner() -> None:
    assert _joined("Samen Digitaal Eemsdelta is a coalition. Anyone can join.\n") == []


def test_each_clause_gives_its_order_to_its_own_joiner() -> None:
    text = (
        "Samen Digitaal Heuvelrug is een coalitie van organisaties in de Heuvelrug. Bibliotheek "
        "Zeist sloot in januari aan; vandaag volgt Welzijn Doorn als de 10e partner.\n"
    )
    joins = _read(text).joins
    assert [(j.org.value, j.order and int(j.order.value)) for j in joins] == [
        ("Bibliotheek Zeist", None),
        ("Welzijn Doorn", 10),
    ]
