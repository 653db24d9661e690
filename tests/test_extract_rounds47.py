"""Readings learnt from blind47 and blind48 after their blind reads, each in new words: a
member's own news that "we" joined, in the inverted word order of a Dutch main clause; the
date of a join in the sentence beside it that tells the signing; a name with an apposition
before "is partner" or "doet mee"; the answer to "Wie zitten daarin?"; "heeft nu N partners"."""

from __future__ import annotations

import pytest

from kg.ingest.ordinals import ordinal_after
from kg.ingest.subjects import without_kind
from kg.ingest.words import WHERE
from tests.reading import members, reader

_read = reader("round47")

_HOUSING = (
    "BEWONERSVERENIGING HET KLOKHUIS\n"
    "Nieuwsflits voor alle bewoners – maart 2027\n\n"
    "Daarom heeft ons bestuur besloten om mee te doen met Digitaal Sterk Lingewaard. Op 3 "
    "februari 2027 zijn wij er officieel bij gekomen, als negende partner. De andere partners "
    "zijn gemeente Lingewaard, Bibliotheek Huissen en Stichting Welzijn Bemmel.\n\n"
    "Bewonersvereniging Het Klokhuis – voor en door bewoners\n"
)


def test_a_publisher_that_tells_in_inverted_order_that_we_joined_is_the_joiner() -> None:
    found = _read(_HOUSING)
    (join,) = found.joins
    assert join.org.value == "Bewonersvereniging Het Klokhuis"
    assert join.order is not None and join.order.value == "9"
    assert join.date is not None and join.date.iso == "2027-02-03"
    assert not join.future


_PRACTICE = (
    "Fysiotherapie De Berkel – Nieuws\n"
    "Geplaatst op 9 maart 2027\n\n"
    "Wij sluiten aan bij het Netwerk Digitale Inclusie 's-Heerenberg\n\n"
    "Steeds meer zorg gaat digitaal. Daarom hebben wij op 1 maart de intentieverklaring van "
    "het Netwerk Digitale Inclusie 's-Heerenberg ondertekend. Als zesde organisatie sluiten "
    "we aan bij dit netwerk.\n"
)


def test_the_date_of_an_own_join_is_in_the_sentence_before_that_tells_the_signing() -> None:
    found = _read(_PRACTICE)
    (join,) = found.joins
    assert join.org.value == "Fysiotherapie De Berkel"
    assert join.org.evidence.sentence.startswith("Als zesde organisatie")  # not the heading
    assert join.date is not None and join.date.iso == "2027-03-01"
    assert join.order is not None and join.order.value == "6"


def test_an_apostrophe_inside_a_name_is_no_quotation_of_someone_elses_we() -> None:
    text = _PRACTICE.replace("Als zesde organisatie sluiten we aan bij dit netwerk.", "")
    found = _read(text)
    assert [j.org.value for j in found.joins] == ["Fysiotherapie De Berkel"]


@pytest.mark.parametrize(
    "later",
    [
        "In de loop van volgend jaar sluiten wij ons aan bij Digitaal Sterk Lingewaard.",
        "„Op 3 februari zijn wij er officieel bij gekomen,” zegt de voorzitter van de coalitie.",
        "Op 3 februari zijn wij er niet bij gekomen, want Digitaal Sterk Lingewaard is vol.",
    ],
)
def test_no_own_join_that_is_to_come_quoted_or_denied(later: str) -> None:
    text = (
        "BEWONERSVERENIGING HET KLOKHUIS\nNieuwsflits\n\n"
        f"{later} Digitaal Sterk Lingewaard telt negen partners: gemeente Lingewaard, "
        "Bibliotheek Huissen en Stichting Welzijn Bemmel.\n\n"
        "Bewonersvereniging Het Klokhuis – voor en door bewoners\n"
    )
    found = _read(text)
    assert "Bewonersvereniging Het Klokhuis" not in {j.org.value for j in found.joins}
    assert "Bewonersvereniging Het Klokhuis" not in members(found)


def test_a_publisher_whose_name_holds_en_is_one_organisation() -> None:
    text = (
        "Woonstichting Dal en Heuvel – Nieuws\n\n"
        "Daarom hebben wij ons op 4 november 2026 aangesloten bij Digitaal Sterk Zuid-Limburg. "
        "De andere partners zijn gemeente Heerlen en Bibliotheek Parkstad.\n"
    )
    found = _read(text)
    assert [j.org.value for j in found.joins] == ["Woonstichting Dal en Heuvel"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ook Stichting Samen & Dichtbij, een welzijnsorganisatie met buurtwerkers in elke "
            "wijk, is vanaf het begin partner.",
            "Stichting Samen & Dichtbij",
        ),
        (
            "Apotheek De Vijzel, waar veel van onze patiënten hun medicijnen halen, doet "
            "eveneens mee.",
            "Apotheek De Vijzel",
        ),
    ],
)
def test_a_name_with_an_apposition_before_is_partner_or_doet_mee(sentence: str, name: str) -> None:
    text = (
        "Bibliotheek Oost sluit zich aan bij Netwerk Digitaal Hoorn. Het netwerk is opgezet "
        f"door de gemeente Hoorn en Welzijn Hoorn. {sentence}\n"
    )
    assert name in members(_read(text))


def test_someone_with_an_apposition_who_is_glad_with_a_partner_is_none() -> None:
    text = (
        "Bibliotheek Oost sluit zich aan bij Netwerk Digitaal Hoorn. Coördinator Sanne "
        "Wolters, die namens de bibliotheek het netwerk aanstuurt, is blij met de nieuwe "
        "partner.\n"
    )
    assert not any("Wolters" in name for name in members(_read(text)))


def test_the_prose_that_answers_wie_zitten_daarin_names_members() -> None:
    text = (
        "Daarom ben ik blij dat er de Coalitie Digitale Vaardigheden Venlo bestaat. Wie zitten "
        "daarin? De gemeente Venlo en de gemeente Beesel zijn de trekkers. Bibliotheek Venlo "
        "organiseert de cursussen. Leerwerkbedrijf Maas & Co trad op 28 oktober toe als "
        "dertiende partner.\n"
    )
    found = _read(text)
    assert {"Bibliotheek Venlo"} <= members(found)
    assert any("Venlo" in name and "gemeente" in name.lower() for name in members(found))


@pytest.mark.parametrize("words", ["heeft nu 13 partners", "heeft inmiddels 13 partners"])
def test_heeft_nu_n_partners_is_a_total(words: str) -> None:
    text = f"Leerwerkbedrijf Maas & Co trad toe tot Digitaal Venlo. De coalitie {words}.\n"
    found = _read(text)
    assert found.stated_total is not None and found.stated_total.value == "13"


# From blind49 to blind52, after their blind reads.


@pytest.mark.parametrize(
    "name",
    [
        "Seniorenvereniging Hengelo en omstreken",
        "Stichting Sociaal Werk Emmen en Omstreken",
        "Zorgcoöperatie Oostwold en omgeving",
    ],
)
def test_en_omstreken_ends_a_name_and_is_no_second_member(name: str) -> None:
    text = (
        "Buurthuis De Es sluit zich aan bij Digitaal Sterk Twente. De andere partners zijn "
        f"gemeente Hengelo, Bibliotheek Hengelo en {name}.\n"
    )
    found = members(_read(text))
    assert name in found
    assert not any(member.lower().startswith(("omstreken", "omgeving")) for member in found)


def test_a_place_and_en_omstreken_cut_off_by_a_comma_goes_to_review() -> None:
    text = (
        "Buurthuis De Es sluit zich aan bij Digitaal Sterk Twente. De andere partners zijn "
        "gemeente Hengelo, Stichting Welzijn Borne, Hengelo en Omstreken.\n"
    )
    assert "Hengelo en Omstreken" not in members(_read(text))


def test_a_date_written_after_a_joiner_in_a_list_is_not_its_name() -> None:
    text = (
        "The Flevoland Digital Inclusion Alliance grew this year. Two organisations joined the "
        "alliance: Wijkteams Collectief Lelystad in March 2026 and the ICT cooperative FlevoFix "
        "U.A. in June 2026.\n"
    )
    joins = {j.org.value: j.date.iso if j.date else None for j in _read(text).joins}
    assert joins == {"Wijkteams Collectief Lelystad": "2026-03", "FlevoFix U.A.": "2026-06"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023 groeit het netwerk met de komst van Woonstichting Ommeland & Wad en Vakschool "
        "Eemsdelta naar tien partners.",
        "Nieuw erbij komen Woonstichting Ommeland & Wad en Vakschool Eemsdelta.",
    ],
)
def test_the_arrival_of_members_names_them(sentence: str) -> None:
    text = f"Bibliotheek Wierde sluit zich aan bij Digitaal Sterk Noord. {sentence}\n"
    found = members(_read(text))
    assert {"Woonstichting Ommeland & Wad", "Vakschool Eemsdelta"} <= found


def test_the_arrival_of_one_before_a_count_is_not_glued_to_the_number() -> None:
    text = (
        "Energiecoöperatie Zon treedt toe tot Digitaal Sterk Súdwest. De coalitie telt met de "
        "komst van Zon 15 partners.\n"
    )
    assert not any("15" in name for name in members(_read(text)))


def test_the_rest_of_the_team_lists_members_by_their_handles_names() -> None:
    text = (
        "Digitaal Sterk Westerkwartier @DigiSterkWK · 4 dec. 2026\n\n"
        "Ook Buurthuis De Es sloot zich aan bij Digitaal Sterk Westerkwartier. De rest van het "
        "team: @gem_wk (gemeente Westerkwartier), @BiebWK (Bieb Westerkwartier), Stichting "
        "Welzijn Leek & Marum en Taalpunt Westerkwartier. Samen sterk!\n"
    )
    found = _read(text)
    assert {"Bieb Westerkwartier", "Stichting Welzijn Leek & Marum", "Taalpunt Westerkwartier"} <= (
        members(found)
    )
    assert not any("@" in name for name in members(found))
    assert found.issued is not None and found.issued.iso == "2026-12-04"  # "dec." ends no sentence


def test_en_ook_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Buurthuis De Es sluit zich aan bij Digitaal Sterk Marum. En ook DorpsNet Marum is "
        "partner: de vrijwilligers daar zijn onmisbaar.\n"
    )
    found = members(_read(text))
    assert "DorpsNet Marum" in found
    assert not any(name.lower().startswith("en ") for name in found)


def test_a_member_that_is_partner_of_the_coalition_in_a_relative_clause() -> None:
    text = (
        "KBO Dommelvallei sluit zich aan bij Coalitie Digitaal Meierij. Riet begon bij "
        "Computerclub De Muis, die ook partner van de coalitie is.\n"
    )
    assert "Computerclub De Muis" in members(_read(text))


def test_a_date_alone_before_the_verb_is_no_joiner() -> None:
    text = (
        "Just before the keynote, on the morning of 8 October, the Utrecht Digital Alliance "
        "signed up Houten social enterprise FixLab & Friends as its nineteenth partner.\n"
    )
    joins = {j.org.value: j.order.value if j.order else None for j in _read(text).joins}
    assert joins == {"FixLab & Friends": "19"}


def test_a_speaker_who_may_welcome_a_partner_tells_a_join() -> None:
    text = (
        "Digitaal Sterk Drechtsteden bestaat vijf jaar. Ik ben trots dat ik vanavond Stichting "
        "'t Spinnewiel mag verwelkomen als vijftiende partner.\n"
    )
    joins = {j.org.value: j.order.value if j.order else None for j in _read(text).joins}
    assert joins == {"Stichting 't Spinnewiel": "15"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Volgens Ans zijn dat onder andere de gemeente Heerlen, Bibliotheek Carboon en "
            "Stichting Parkstad Verbindt.",
            {"Bibliotheek Carboon", "Stichting Parkstad Verbindt"},
        ),
        (
            "Naast de bibliotheek waren dat Stichting Thuiszorg Merwede, Computerhulp "
            "Zwijndrecht en Stichting Nieuwkomers Drechtoevers.",
            {"Stichting Thuiszorg Merwede", "Stichting Nieuwkomers Drechtoevers"},
        ),
        (
            "Het aantal partners blijft op zes staan. Naast WelKom Westland zijn dat onder meer "
            "Bibliotheek Het Groene Glas, de gemeente Westland, Computerclub Naaldwijk en "
            "Wooncorporatie Vaste Grond.",
            {"Bibliotheek Het Groene Glas", "Computerclub Naaldwijk", "Wooncorporatie Vaste Grond"},
        ),
        (
            "De gemeente Eindhoven en de gemeente Best zijn erbij, net als Stichting Buurtkracht & "
            "Welzijn Zuidoost en Zorgcentrum De Akkerwinde.",  # a long run of names, not cut off
            {"Stichting Buurtkracht & Welzijn Zuidoost", "Zorgcentrum De Akkerwinde"},
        ),
    ],
)
def test_members_named_after_zijn_dat_and_at_the_table(sentence: str, expected: set[str]) -> None:
    text = f"Bibliotheek Oost sluit zich aan bij Digitaal Sterk Parkstad. {sentence}\n"
    assert expected <= members(_read(text))


def test_municipalities_that_sit_at_the_table_from_the_start_are_members() -> None:
    text = (
        "Bibliotheek Oost sluit zich aan bij Digitaal Sterk Meierij. De gemeente Vught en de "
        "gemeente Meierijstad zitten vanaf het begin aan tafel.\n"
    )
    found = {name.lower() for name in members(_read(text))}
    assert {"gemeente vught", "gemeente meierijstad"} <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De Rijnlandse Bibliotheek (RB) en Stichting Morsch & Meer zijn er vanaf het begin "
            "bij, net als Vrijwilligersbank Leiden-Noord.",
            {"Rijnlandse Bibliotheek", "Stichting Morsch & Meer", "Vrijwilligersbank Leiden-Noord"},
        ),
        (
            "Ook de gemeente Noordwijk, de gemeente Katwijk en Welzijnskompas Teylingen zijn al "
            "langer bij het netwerk betrokken.",
            {"Welzijnskompas Teylingen"},
        ),
    ],
)
def test_members_that_have_been_there_from_the_start(sentence: str, expected: set[str]) -> None:
    text = f"Bibliotheek Oost sluit zich aan bij Digitaal Sterk Leiden. {sentence}\n"
    found = members(_read(text))
    assert expected <= found
    assert not any(" zijn " in name or "net als" in name for name in found)


def test_those_who_are_there_is_no_list_of_pronouns() -> None:
    text = (
        "Bibliotheek Oost sluit zich aan bij Digitaal Sterk Leiden. Zij zijn er vanaf het begin "
        "bij, net als de gemeente Leiden.\n"
    )
    assert not any(name in ("Zij", "zij") for name in members(_read(text)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In de coalitie zitten verder onder meer Gemeente Kampen, Bibliotheek Kampen en "
            "Stichting Welzijn Kampen (SWK).",
            {"Bibliotheek Kampen", "Stichting Welzijn Kampen"},
        ),
        (
            "In de alliantie zitten onder andere Leeshuis Achterhoek, dat op veel plekken "
            "cursussen geeft, en het Ouderpunt Achterhoek (OPA), dat opvoedvragen beantwoordt.",
            {"Leeshuis Achterhoek", "Ouderpunt Achterhoek"},
        ),
        (
            "De coalitiepartners, onder wie Bibliotheek Groningen-Stad, Stichting Gezellig Ouder "
            "en Thuiszorg Noorderzorg, verzorgden vier workshops.",
            {"Bibliotheek Groningen-Stad"},
        ),
    ],
)
def test_who_sits_in_the_coalition_and_the_coalition_partners_among_whom(
    sentence: str, expected: set[str]
) -> None:
    text = f"Bibliotheek Oost sluit zich aan bij Digitaal Sterk Kampen. {sentence}\n"
    assert expected <= members(_read(text))


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("glasvezelaanbieder TwenteGlas B.V.", "TwenteGlas B.V."),
        ("social enterprise Tech4All Gelre", "Tech4All Gelre"),
        ("the volunteer group Dronter Digitaal Café", "Dronter Digitaal Café"),
        ("Group Twente", "Group Twente"),  # a capital: the name's own word
    ],
)
def test_a_lowercase_word_for_the_kind_of_organisation_is_not_its_name(
    written: str, name: str
) -> None:
    assert without_kind(written) == name


def test_a_provider_that_joins_is_named_without_its_kind() -> None:
    text = (
        "Hengelo, 30 november 2026 – Glasvezelaanbieder TwenteGlas B.V. is toegetreden tot "
        "Digitaal Sterk Twente, de regionale coalitie voor digitale inclusie.\n"
    )
    assert [j.org.value for j in _read(text).joins] == ["TwenteGlas B.V."]


def test_orders_written_after_each_joiner_go_to_each() -> None:
    text = (
        "In 2026 sloten twee nieuwe partners aan bij Digitaal Sterk Alkmaar: Woonstichting "
        "Kaasstad als tiende en Computerclub SeniorenByte als elfde partner.\n"
    )
    joins = {j.org.value: j.order.value if j.order else None for j in _read(text).joins}
    assert joins == {"Woonstichting Kaasstad": "10", "Computerclub SeniorenByte": "11"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Woonstichting Kaasstad als tiende", ("Woonstichting Kaasstad", 10)),
        ("Computerclub SeniorenByte als elfde partner", ("Computerclub SeniorenByte", 11)),
        ("Samen als Buren", ("Samen als Buren", None)),  # no ordinal: the name's own "als"
    ],
)
def test_ordinal_after(name: str, expected: tuple[str, int | None]) -> None:
    assert ordinal_after(name) == expected


def test_werd_de_ninth_partner_van_y_is_a_join() -> None:
    text = (
        "Op dinsdag 3 maart werd Stichting Studenten voor Senioren (SvS) officieel de 9e partner "
        "van de Coalitie Digitale Vaardigheden Stad en Ommeland.\n"
    )
    joins = {j.org.value: j.order.value if j.order else None for j in _read(text).joins}
    assert joins == {"Stichting Studenten voor Senioren": "9"}


def test_a_name_after_a_year_and_with_in_de_inside_is_whole() -> None:
    text = (
        "Als twaalfde partner sloot in september 2025 Stichting Thuis in de Wijk Zwijndrecht aan "
        "bij Digitaal Sterk Drechtsteden.\n"
    )
    joins = {j.org.value: j.order.value if j.order else None for j in _read(text).joins}
    assert joins == {"Stichting Thuis in de Wijk Zwijndrecht": "12"}


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Zorgcentrum 't Hooghe Huys in de Bossche wijk De Muntel", "Zorgcentrum 't Hooghe Huys"),
        ("Thuiszorg De Eemhoeve in het Wijkcentrum De Kruiskamp", "Thuiszorg De Eemhoeve"),
        ("Stichting Thuis in de Wijk Zwijndrecht", "Stichting Thuis in de Wijk Zwijndrecht"),
        ("A en B in het gemeentehuis", "A en B"),
    ],
)
def test_where_a_name_stands_is_cut_off_but_not_a_name_with_in_de(text: str, cut: str) -> None:
    assert WHERE.split(text, maxsplit=1)[0] == cut
