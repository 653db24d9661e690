"""Ways of writing a release that the blind set (tests/press/blind) showed the reader missing:
each a general form, tested on text of its own."""

from __future__ import annotations

from kg.ingest.extract import Lexicon, extract_text
from tests.reading import members, reader

_read = reader("forms")
_members = members


def test_two_joiners_with_sluiten_aan_als_and_two_ordinals() -> None:
    found = _read(
        "Lelystad, 1 juli 2025 – Vandaag sluiten de gemeente Dronten en Stichting Kunst en "
        "Cultuur Dronten aan als zevende en achtste partner van Digitaal Samen Flevoland. Met "
        "deze aansluiting komt het aantal deelnemers op acht."
    )
    joins = {j.org.value: j.order.value if j.order else None for j in found.joins}
    assert joins == {"Gemeente Dronten": "7", "Stichting Kunst en Cultuur Dronten": "8"}
    assert found.stated_total is not None and found.stated_total.value == "8"


def test_a_lowercase_kind_belongs_to_the_joiner_s_name() -> None:
    found = _read("Met ingang van vandaag heeft de gemeente Ermelo zich aangesloten bij Netwerk X.")
    assert [j.org.value for j in found.joins] == ["Gemeente Ermelo"]


def test_a_colon_after_werken_samen_opens_the_member_list() -> None:
    found = _read(
        "Isala sluit zich aan bij Digitaal Fit Zwolle. Naast Isala werken in de coalitie samen: "
        "de gemeente Zwolle, Bibliotheek Stadkamer, Deltion College en Taalhuis Zwolle."
    )
    members = _members(found)
    assert {"Gemeente Zwolle", "Bibliotheek Stadkamer", "Deltion College"} <= members
    assert "Taalhuis Zwolle" in members


def test_a_number_before_a_plural_is_no_member() -> None:
    found = _read(
        "Wonen Limburg sluit zich aan bij Alliantie Heuvelland. De alliantie werd opgericht door "
        "vier Heuvellandgemeenten."
    )
    assert not any("Heuvelland" in name for name in _members(found))


def test_a_lowercase_head_word_ends_a_listed_name() -> None:
    found = _read(
        "Bibliotheek Maaskant sluit zich aan bij Netwerk Oss. Het netwerk bestaat verder uit de "
        "gemeente Oss, ONS welzijn, Vista college en Mooiland."
    )
    assert {"Gemeente Oss", "ONS welzijn", "Vista college", "Mooiland"} <= _members(found)


def test_a_numbered_list() -> None:
    found = _read(
        "VieCuri sluit zich aan bij Alliantie Venlo. De partners zijn:\n\n"
        "1. Gemeente Venlo\n2. Bibliotheek Venlo\n3. Welzijnsorganisatie Synthese\n\n"
        "De alliantie wil in 2029 iedereen in Venlo bereiken."
    )
    assert {"Gemeente Venlo", "Bibliotheek Venlo", "Welzijnsorganisatie Synthese"} <= _members(
        found
    )
    assert not any(name[:1].isdigit() for name in _members(found))


def test_sector_lines_of_names_written_with_commas_only() -> None:
    found = _read(
        "Radboudumc sluit zich aan bij Taskforce Gelderland.\n\n"
        "De partners van de taskforce per sector:\n"
        "Overheid: Provincie Gelderland, gemeente Arnhem, gemeente Nijmegen\n"
        "Zorg en welzijn: Radboudumc, GGD Gelderland-Zuid, Stichting Zorg en Welzijn Vallei\n"
        "Bedrijfsleven: Rabobank Arnhem en Omstreken\n\n"
        "De taskforce wil in 2030 iedereen bereiken."
    )
    members = _members(found)
    assert {"Provincie Gelderland", "Gemeente Arnhem", "GGD Gelderland-Zuid"} <= members
    assert not {"Omstreken", "Rabobank Arnhem", "Stichting Zorg", "Overheid"} & members


def test_goal_forms_after_a_colon_in_a_quote_and_in_english() -> None:
    from kg.ingest.goal import read_goal

    cases = {
        "Het doel: in 2028 moet Deventer de meest digitaal vaardige gemeente zijn.": (
            2028,
            "Deventer",
        ),
        '"In 2028 moet Tilburg de eerste digitaal inclusieve stad van Brabant zijn."': (
            2028,
            "Tilburg",
        ),
        "De alliantie heeft een heldere ambitie: in 2029 moet het aantal in Venlo dalen.": (
            2029,
            "Venlo",
        ),
        '"By 2027 we want to halve that number in Emmen."': (2027, "Emmen"),
    }
    for sentence, (year, place) in cases.items():
        found = read_goal(sentence)
        assert found is not None, sentence
        assert found[1] == year and place in [name for name, _ in found[2]], (sentence, found)


def test_the_goal_with_a_year_wins_over_an_earlier_one_without() -> None:
    found = _read(
        "Firda sluit zich aan bij Netwerk Snits. Het netwerk wil inwoners beter helpen. "
        "Het doel: in 2028 moet Súdwest-Fryslân de meest digitaal vaardige gemeente zijn."
    )
    assert found.goal is not None and found.goal.target_year == 2028


def _joiners(text: str) -> dict[str, str | None]:
    return {j.org.value: (j.order.value if j.order else None) for j in _read(text).joins}


def test_a_negated_partner_statement_is_no_join() -> None:
    assert "Digitaal Hulpplein" not in _joiners(
        "ROC Aventus sluit zich aan bij Coalitie Deventer. Digitaal Hulpplein is zelf geen "
        "partner van de coalitie. Beide zijn geen lid van de coalitie."
    )


def test_join_forms_of_signing_toetrad_and_english() -> None:
    assert list(
        _joiners(
            "Snits, 20 november 2024 – In Sneek hebben het Antonius Ziekenhuis Sneek en "
            "mbo-school Firda vandaag hun handtekening gezet onder het Pact Súdwest-Fryslân."
        )
    ) == ["Antonius Ziekenhuis Sneek", "Firda"]
    assert list(
        _joiners(
            "De naam werd bekendgemaakt in de LocHal, waar ook Tilburg University officieel "
            "toetrad tot Coalitie Digitaal Tilburg."
        )
    ) == ["Tilburg University"]
    assert list(_joiners("As of today, Ziekenhuis St Jansdal is part of the Alliantie X.")) == [
        "Ziekenhuis St Jansdal"
    ]
    assert list(
        _joiners("Op 19 november tekende Landstede Groep het convenant van de Coalitie Veluwe.")
    ) == ["Landstede Groep"]


def test_a_firm_s_en_partners_is_not_cut_and_a_label_is_no_name() -> None:
    assert _joiners(
        "Middelburg – Scalda en Van der Maas en Partners Accountants sluiten zich vandaag als "
        "veertiende en vijftiende partner aan bij de Coalitie Zeeland."
    ) == {"Scalda": "14", "Van der Maas en Partners Accountants": "15"}
    assert list(_joiners("Onderwerp: VieCuri sluit aan bij Alliantie Venlo")) == ["VieCuri"]


def test_a_lowercase_descriptor_before_a_listed_name_is_left_out() -> None:
    found = _read(
        "ROC Aventus sluit zich aan bij Coalitie Deventer. De overige partners zijn de gemeente "
        "Deventer, woningcorporatie Ieder1, Bibliotheek Deventer en van Dijk ICT."
    )
    members = _members(found)
    assert {"Ieder1", "Gemeente Deventer", "Bibliotheek Deventer"} <= members
    assert "woningcorporatie Ieder1" not in members


def test_a_release_that_says_who_is_no_member() -> None:
    found = _read(
        "Radboudumc sluit zich aan bij Taskforce Gelderland. De taskforce werkt daarnaast samen "
        "met het landelijke programma Digitaal Hulpplein. Beide zijn geen partner van de "
        "taskforce. De coalitie werkt samen met Bibliotheek Arnhem en Rijnbrink; Rijnbrink is "
        "zelf geen lid van de taskforce."
    )
    members = _members(found)
    assert "Bibliotheek Arnhem" in members
    assert not {"Digitaal Hulpplein", "Rijnbrink"} & members


def test_english_and_founding_member_lists() -> None:
    members = _members(
        _read(
            "NHL Stenden has joined Coalitie Emmen. The other partners are Gemeente Emmen, "
            "welfare organisation Sedna and housing corporation Lefier. Het pact werd in 2022 "
            "gesloten door gemeente Emmen, Bibliotheek Emmen en deltaWonen."
        )
    )
    assert {"Gemeente Emmen", "Sedna", "Lefier", "Bibliotheek Emmen", "deltaWonen"} <= members


def test_joins_by_uitgebreid_met_and_met_de_komst_van() -> None:
    assert list(
        _joiners(
            "Arnhem, 1 juli 2025 – De Taskforce Gelderland is vandaag uitgebreid met het "
            "Radboudumc en de Hogeschool van Arnhem en Nijmegen (HAN). Met de komst van beide "
            "kennisinstellingen telt de taskforce nu 14 partners."
        )
    ) == ["Radboudumc", "Hogeschool van Arnhem en Nijmegen"]
    assert list(
        _joiners(
            "Emmeloord – Met de komst van welzijnsorganisatie Carrefour en Zorggroep Oude en "
            "Nieuwe Land telt het Netwerk Noordoostpolder nu 9 partners."
        )
    ) == ["Carrefour", "Zorggroep Oude en Nieuwe Land"]


def test_a_joiner_told_again_shorter_or_by_its_initials_is_one() -> None:
    assert list(
        _joiners(
            "Het Admiraal De Ruyter Ziekenhuis (Adrz) sluit zich aan bij Netwerk Goes. Met de "
            "komst van het Adrz telt het netwerk 15 partners. Met de komst van het Ziekenhuis "
            "groeit het netwerk."
        )
    ) == ["Admiraal De Ruyter Ziekenhuis"]


def test_a_list_of_organisations_in_a_sentence_about_the_coalition() -> None:
    members = _members(
        _read(
            "ByteBrug has become the 9th partner of the Digital Skills Alliance Twente. We're in "
            "great company: Gemeente Enschede, Saxion University of Applied Sciences, ROC van "
            "Twente and Zorggroep Noaberzorg. Naast de nieuwkomers zijn dat Gemeente Hilversum, "
            "Bibliotheek Gooi+Vecht, mboGooi en KlikWijs Computerhulp."
        )
    )
    assert {"Gemeente Enschede", "ROC van Twente", "Zorggroep Noaberzorg"} <= members
    assert {"Gemeente Hilversum", "mboGooi", "KlikWijs Computerhulp"} <= members


def test_lists_of_funders_contacts_and_the_coalition_itself_are_no_members() -> None:
    members = _members(
        _read(
            "Scalda sluit zich aan bij Coalitie Zeeland. Het werk wordt gefinancierd door het "
            "Oranje Fonds, Stichting Zeeuws Steunfonds en de Provincie Zeeland. Voor meer "
            "informatie: Pieter Dingemanse, coördinator Coalitie Zeeland, 0118 - 44 55 66. "
            "Aan tafel zitten Coalitie Zeeland, Gemeente Goes, Bibliotheek Goes en Scalda."
        )
    )
    assert "Gemeente Goes" in members and "Coalitie Zeeland" not in members
    assert not {"Oranje Fonds", "Pieter Dingemanse", "Stichting Zeeuws Steunfonds"} & members


def test_the_coalition_named_only_by_its_head_word() -> None:
    found = _read(
        "Wat een week voor de Coalitie Digitale Vaardigheden Gooi en Vechtstreek! Ziekenhuis "
        "Gooi-Vecht en Versterk Welzijn hebben zich bij ons aangesloten, als achtste en negende "
        "partner."
    )
    assert found.coalition is not None
    assert found.coalition.value == "Coalitie Digitale Vaardigheden Gooi en Vechtstreek"
    assert {j.org.value: j.order.value for j in found.joins if j.order} == {
        "Ziekenhuis Gooi-Vecht": "8",
        "Versterk Welzijn": "9",
    }


def test_joiners_in_brackets_and_signing_members() -> None:
    joins = _joiners(
        "Haarlem, 12 juni 2025 — DigiHulp Kennemerland, het regionale netwerk, heeft er per 1 "
        "juni vier partners bij (Hogeschool Inholland, Nova College, Elan Wonen en Thuiszorg "
        "'t Kennemerhuis). Met deze vier erbij zijn het er nu 17."
    )
    assert list(joins) == [
        "Hogeschool Inholland",
        "Nova College",
        "Elan Wonen",
        "Thuiszorg 't Kennemerhuis",
    ]
    assert list(
        _joiners(
            "Het Pact Digitale Inclusie Groningen is uitgegroeid tot 15 partners. Onlangs tekenden "
            "onder meer het Alfa-college, ggz-instelling Lentis en woningcorporatie Lefier."
        )
    ) == ["Alfa-college", "Lentis", "Lefier"]


def test_a_list_of_places_in_a_goal_is_no_member_list() -> None:
    found = _read(
        "Wonen Limburg sluit zich aan bij Alliantie Heuvelland. De Alliantie Heuvelland streeft "
        "ernaar dat in 2029 alle inwoners van Gulpen-Wittem, Vaals, Eijsden-Margraten en "
        "Valkenburg aan de Geul digitale hulp vinden."
    )
    assert not any(fact.value in ("Gulpen-Wittem", "Vaals") for fact in found.partners)


def test_a_heading_without_a_colon_over_a_numbered_appendix() -> None:
    members = _members(
        _read(
            "GGD Brabant-Midden trad toe tot Samen Digiwijs.\n\n"
            "Bijlage 2 – Partners Samen Digiwijs per 31 december 2023\n"
            "1. Gemeente Tilburg\n2. Bibliotheek Hart van Brabant\n3. Woonstichting Donge & Leij\n"
        )
    )
    assert {"Gemeente Tilburg", "Bibliotheek Hart van Brabant"} <= members
    assert "Woonstichting Donge & Leij" in members


def test_a_person_with_a_role_or_a_bare_kind_is_no_joiner() -> None:
    assert list(
        _joiners(
            "Woningcorporatie sluit aan bij Digitaal Sterk Twente-West\n\n"
            "Thuisbaas Wonen is vandaag toegetreden tot Digitaal Sterk Twente-West. "
            "Ingrid van Rijn, President of the Executive Board, signed the agreement."
        )
    ) == ["Thuisbaas Wonen"]
    assert list(
        _joiners(
            "Op 5 december tekende Scheldeland Hogeschool in Vlissingen de intentieverklaring "
            "van de Zeeuwse Alliantie Digitaal Meedoen."
        )
    ) == ["Scheldeland Hogeschool"]


def test_leave_forms() -> None:
    cases = {
        "Omroep Gelderland stopt met ingang van 1 juli als partner van Taskforce X.": "Omroep "
        "Gelderland",
        "Per 1 december 2023 heeft Thuiszorg Plus haar deelname aan Coalitie X beëindigd.": (
            "Thuiszorg Plus"
        ),
        "Energiecoöperatie Zon & Zee is per 1 november 2024 uit de alliantie gestapt.": (
            "Energiecoöperatie Zon & Zee"
        ),
        "Eerder deze maand nam de alliantie afscheid van Computerhulp Brunssum.": (
            "Computerhulp Brunssum"
        ),
        "Telecom provider NetStad left the pact on 31 December 2024.": "NetStad",
    }
    for sentence, leaver in cases.items():
        found = _read("Gilde sluit zich aan bij Alliantie Zuid. " + sentence)
        assert leaver in [fact.value for fact in found.leavers], sentence


def test_future_join_forms() -> None:
    dated = _read(
        "Regio Emmen | donderdag 19 september 2024\n\nHet netwerk Digitaal Emmen groeit. Per 1 "
        "januari 2025 komt daar Ziekenhuisgroep Zuidoost-Drenthe bij."
    )
    assert dated.issued is not None and dated.issued.iso == "2024-09-19"
    assert [(j.org.value, j.future) for j in dated.joins] == [
        ("Ziekenhuisgroep Zuidoost-Drenthe", True)
    ]
    will = _read("Looking ahead, Ziekenhuis Flevo-Zuid will join the Almere Digital Network.")
    assert [(j.org.value, j.future) for j in will.joins] == [("Ziekenhuis Flevo-Zuid", True)]


def test_a_memo_header_is_no_list_and_a_numbered_line_is_one_name() -> None:
    found = _read(
        "Aan: de leden van de gemeenteraad\nVan: het college van burgemeester en wethouders\n"
        "Onderwerp: uitbreiding Coalitie Digitaal Meedoen Groningen\n\n"
        "Gemeente Eemsdelta sluit zich aan bij Coalitie Digitaal Meedoen Groningen. De coalitie "
        "bestaat uit: 16 partners en vrijwilligers.\n\n"
        "Bijlage 1: Partners Coalitie Digitaal Meedoen Groningen\n"
        " 4. Bibliotheken Stad en Ommeland\n 5. Ziekenhuis Ommeland-Oost\n"
    )
    members = _members(found)
    assert {"Bibliotheken Stad en Ommeland", "Ziekenhuis Ommeland-Oost"} <= members
    assert not any(name.startswith(("Van", "Onderwerp")) or name == "16" for name in members)


def test_a_joiner_named_short_in_the_headline_takes_its_full_name() -> None:
    assert list(
        _joiners(
            "GGD sluit aan bij Alliantie IJssel-Vecht\n\nGGD IJssel-Vecht is toegetreden tot de "
            "Alliantie IJssel-Vecht, als negende deelnemer."
        )
    ) == ["GGD IJssel-Vecht"]


def test_one_line_of_names_under_a_heading_and_an_english_list() -> None:
    members = _members(
        _read(
            "Hogeschool Maasmond sluit zich aan bij Rijnmond Digitaal Inclusief.\n\n"
            "Partners van Rijnmond Digitaal Inclusief\n"
            "Gemeente Rotterdam - ROC Nieuwe Maas - Zuiderpark Ziekenhuis - Koers & Kabel B.V.\n\n"
            "Our partners\nMunicipality of Delft | Bibliotheek Duinrand | GGD Hofregio\n\n"
            "The coalition now consists of four partners: Gemeente Rijswijk, Bibliotheek Den "
            "Haag, Q&A Digital Solutions B.V. and Westland University of Applied Sciences."
        )
    )
    assert {"Gemeente Rotterdam", "Zuiderpark Ziekenhuis", "Koers & Kabel B.V."} <= members
    assert {"Municipality of Delft", "GGD Hofregio"} <= members
    assert {"Q&A Digital Solutions B.V.", "Westland University of Applied Sciences"} <= members


def test_quotes_missed_sentence_ends_kinds_and_brackets() -> None:
    found = _read(
        "ClearPath Digital B.V. joins Coalitie Digitaal Meedoen Rijnmond as its seventh partner. "
        '"One in five adults struggles with DigiD, banking and e-mail," said Natasha Verbeek, '
        "CEO of ClearPath Digital. The coalition brings together Gemeente Rotterdam, Gemeente "
        "Schiedam, Bibliotheek Maasmond and ClearPath Digital B.V. Its activities are co-financed "
        "by Stichting Havenfonds Rotterdam.\n\nVandaag sluiten accountantskantoor Jansen & Zn en "
        "ICT-dienstverlener BrabantNet Solutions B.V. zich aan bij Netwerk Meierij."
    )
    members = _members(found)
    assert {"Gemeente Rotterdam", "Gemeente Schiedam", "Bibliotheek Maasmond"} <= members
    assert not any(
        m.startswith(("DigiD", "Natasha", "CEO")) or "Its activities" in m for m in members
    )
    joiners = [j.org.value for j in found.joins]
    assert "BrabantNet Solutions B.V." in joiners and "ICT-dienstverlener" not in " ".join(joiners)


def test_a_known_name_keeps_its_kind_word() -> None:
    lexicon = Lexicon.builtin()
    lexicon.organisations["ict-bedrijf proefstad 16 noord"] = "ICT-bedrijf Proefstad 16 Noord"
    found = extract_text(
        "ICT-bedrijf Proefstad 16 Noord sluit zich aan bij Coalitie Digitale Inclusie Testdorp.",
        "known",
        lexicon,
    )
    assert [j.org.value for j in found.joins] == ["ICT-bedrijf Proefstad 16 Noord"]


def test_more_join_forms_with_the_verb_first() -> None:
    cases = {
        "Vandaag zetten Woonpartners Westland en Repair Café Naaldwijk hun handtekening onder "
        "de afspraken van Netwerk Westland.": ["Woonpartners Westland", "Repair Café Naaldwijk"],
        "Op 3 april 2025 ondertekenden Hogeschool Tubantia, Zorggroep Oost-Twente en Welzijn "
        "Hengelo onze samenwerkingsafspraken van DigiTwente.": [
            "Hogeschool Tubantia",
            "Zorggroep Oost-Twente",
            "Welzijn Hengelo",
        ],
        "Op 1 mei 2025 zijn Gemeente Het Hogeland en Gemeente Westerkwartier tot de Coalitie "
        "Digitaal Meedoen Groningen toegetreden.": [
            "Gemeente Het Hogeland",
            "Gemeente Westerkwartier",
        ],
        "Op 4 maart 2024 sloot Welzijn Heerenveen-Midden aan bij Netwerk Zuidoost-Fryslân.": [
            "Welzijn Heerenveen-Midden"
        ],
        "Op 15 juni 2023 volgde Woonstichting Donge & Leij als partner nummer 11 van de "
        "coalitie Samen Digiwijs.": ["Woonstichting Donge & Leij"],
        "Tegelijk verwelkomt de Coalitie Rijnmond vandaag twee nieuwe partners: Hogeschool "
        "Maasmond en Woonvast Rijnmond.": ["Hogeschool Maasmond", "Woonvast Rijnmond"],
    }
    for text, joiners in cases.items():
        assert list(_joiners(text)) == joiners, text
