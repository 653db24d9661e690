"""Forms the seen blind sets showed the reader missing, each tested on text of its own: a
coalition named by no head word but by its theme ("Uit dat overleg ontstond Digi-Buren
Maasvallei"), a join the coalition is not named in ("is het X de negende partner", "became the
alliance's fifteenth partner", "is X erbij gekomen"), an acronym the text spells out, a month to
come after the verb ("schuift in februari X aan"), a join the next sentence dates ahead, a noun
that opens a headline ("Corporatie schuift aan"), a description as a subject ("De zorgorganisatie,
met locaties in A, B en C, is de twaalfde partner"), a total that says what it counts before one
that does not, a list said to be partial, and " en " before a word that describes a name."""

from __future__ import annotations

import pytest

from kg.ingest.confidence import certain
from tests.reading import members, reader

_read = reader("round41")
_HEAD = (
    "Venlo, 12 november 2026 – De coalitie Digitaal Samen Maasvallei telt nu twaalf partners.\n\n"
)


def _now(text: str) -> dict[str, int | None]:
    found = _read(text)
    return {
        j.org.value: int(j.order.value) if j.order else None
        for j in found.joins
        if not j.future and certain(j.org)
    }


def _future(text: str) -> set[str]:
    return {j.org.value for j in _read(text).joins if j.future}


def test_a_coalition_named_by_its_theme_only() -> None:
    text = (
        "BLOG | Bibliotheek De Maasoever\n\nGeschreven op 14 januari 2027\n\n"
        "Twee jaar geleden zaten we met een paar organisaties aan de koffie. Uit dat overleg "
        "ontstond Digi-Buren Maasvallei.\n\n"
        "En nu het nieuws: op vrijdag 8 januari heeft Stichting Klikmaatjes Beesel zich bij ons "
        "aangesloten!\n"
    )
    found = _read(text)
    assert found.coalition is not None and found.coalition.value == "Digi-Buren Maasvallei"
    assert "Stichting Klikmaatjes Beesel" in _now(text)


def test_no_coalition_from_a_national_programme_or_digid() -> None:
    text = (
        "Het Taalpunt werkt samen met het landelijke Digitaal Hulpplein. Inwoners krijgen hulp "
        "bij hun DigiD.\n\nStichting Taalpunt Venray heeft zich bij ons aangesloten.\n"
    )
    assert _read(text).coalition is None


@pytest.mark.parametrize(
    ("sentence", "name", "order"),
    [
        ("Sinds half oktober is het Buurtpunt Tegelen de negende partner.", "Buurtpunt Tegelen", 9),
        ("Zorggroep Maasduin is daarmee de dertiende partner.", "Zorggroep Maasduin", 13),
        (
            "In May, Hogeschool Peelland itself became the alliance's fifteenth partner.",
            "Hogeschool Peelland",
            15,
        ),
        (
            "CodeWerf Venlo, a social enterprise that trains young testers, becomes the "
            "alliance's 24th member.",
            "CodeWerf Venlo",
            24,
        ),
        (
            "On 3 March, Stichting Taalhuis Horst became a partner.",
            "Stichting Taalhuis Horst",
            None,
        ),
        (
            "Sinds 1 oktober is Welzijn Beesel-Reuver (WBR) erbij gekomen, als elfde partner.",
            "Welzijn Beesel-Reuver",
            11,
        ),
    ],
)
def test_joins_that_do_not_name_the_coalition(sentence: str, name: str, order: int | None) -> None:
    assert _now(_HEAD + sentence + "\n").get(name, "missing") == order


def test_an_acronym_joiner_is_the_name_the_text_spells_out() -> None:
    text = (
        _HEAD + "Ondernemersvereniging Horst-Sevenum & America (OHSA) vertegenwoordigt 300 "
        "bedrijven.\n\nOHSA is daarmee als twaalfde partner aangesloten.\n"
    )
    assert _now(text) == {"Ondernemersvereniging Horst-Sevenum & America": 12}


def test_a_month_after_the_verb_is_a_join_to_come() -> None:
    text = _HEAD + "Gelukkig schuift in februari Kringloopwinkel De Tweede Kans aan.\n"
    assert _future(text) == {"Kringloopwinkel De Tweede Kans"}
    assert not _now(text)


def test_a_join_the_next_sentence_dates_ahead() -> None:
    text = (
        _HEAD + "Ook de gemeente Peel en Maas sluit aan. De gemeenteraad stemde woensdag in met "
        "toetreding per volgend jaar.\n"
    )
    assert _future(text) == {"Gemeente Peel en Maas"}


def test_no_join_ahead_from_a_leave_after_a_join_told_in_the_past() -> None:
    text = (
        _HEAD + "Dit jaar zijn Zorgcoöperatie Venray en Vakschool Maasland aangesloten. Stichting "
        "Computerhulp Horst heeft haar deelname per 1 december 2026 beëindigd.\n"
    )
    assert {"Zorgcoöperatie Venray", "Vakschool Maasland"} <= set(_now(text))


def test_a_noun_that_opens_a_headline_is_no_joiner() -> None:
    text = (
        "Corporatie schuift aan bij aanpak digitale achterstand\n\n" + _HEAD + "Een corporatie "
        "komt achter de voordeur, zegt de wethouder.\n"
    )
    assert "Corporatie" not in _now(text)


def test_a_description_as_subject_gives_no_places_and_no_second_joiner() -> None:
    text = (
        _HEAD + "Zorggroep De Peelhorst heeft gisteren de samenwerkingsovereenkomst ondertekend. "
        "De zorgorganisatie, met locaties in Venray, Horst en Deurne, is daarmee de twaalfde "
        "partner.\n\nHet bedrijf achter de app TaalTik is de dertiende partner.\n"
    )
    joiners = _now(text)
    assert not {"Venray", "Horst", "Deurne", "TaalTik"} & set(joiners)


def test_a_total_that_says_what_it_counts_comes_before_one_that_does_not() -> None:
    text = (
        _HEAD.replace(" telt nu twaalf partners", " krijgt er een partner bij")
        + '"We zijn met z\'n zevenen over," zegt de voorzitter van de computerclub.\n\n'
        "Daarmee telt de coalitie vanaf april negen partners.\n"
    )
    total = _read(text).stated_total
    assert total is not None and total.value == "9"


def test_a_list_said_to_be_partial_keeps_a_name_with_en_certain() -> None:
    text = (
        _HEAD
        + "Naast de nieuwkomers zijn dat onder meer de gemeente Venlo, ROC Venlo, Bibliotheek "
        "Maasoever en Seniorenvereniging Venlo en Omstreken.\n"
    )
    assert "Seniorenvereniging Venlo en Omstreken" in members(_read(text))


def test_en_before_a_word_that_describes_the_next_name_goes_to_review() -> None:
    text = (
        _HEAD + "Trekker is de bibliotheek; verder doen onder meer de gemeenten Horst en Venray en "
        "welzijnsorganisatie Stichting Sociaal Werk Peel mee.\n"
    )
    assert not any(" en welzijnsorganisatie" in name for name in members(_read(text)))


def _members(text: str) -> set[str]:
    return {name.lower() for name in members(_read(text))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Wij als bibliotheek deden vanaf het begin mee, samen met Stichting Welzijn Beesel en "
            "de gemeente Horst aan de Maas.",
            {"stichting welzijn beesel", "gemeente horst aan de maas"},
        ),
        (
            "Later haakten de gemeente Venray en Huisartsengroep Peel en Maas aan.",
            {"gemeente venray"},
        ),
        (
            "De gemeente Venlo richtte het netwerk in 2023 op, samen met Bibliotheek Vier "
            "Kwartieren en Stichting Samen Sterk Venlo.",
            {"bibliotheek vier kwartieren", "stichting samen sterk venlo"},
        ),
        (
            "In het netwerk werken wij als Bibliotheek Maasoever samen met o.a. de gemeente "
            "Beesel en Welzijn Maasland.",
            {"gemeente beesel", "welzijn maasland"},
        ),
        (
            "Met trekkers als Bibliotheek Maasland en de gemeente Venlo, en partners als BuurtWerk "
            "Venlo en woningcorporatie Maaswonen, heb ik alle vertrouwen.",
            {"bibliotheek maasland", "gemeente venlo", "buurtwerk venlo", "maaswonen"},
        ),
        (
            "Ze sluiten aan bij de gemeente Venlo, Stichting Seniorenwijzer Venlo en de Openbare "
            "Bibliotheek Maasoever.",
            {"gemeente venlo", "stichting seniorenwijzer venlo", "openbare bibliotheek maasoever"},
        ),
        (
            "The municipality of Venlo is one of its founding partners, together with the public "
            "library Bibliotheek Maasoever and the welfare foundation Stichting Welzijn, Wonen en "
            "Zorg Venlo-Noord.",
            {"bibliotheek maasoever", "stichting welzijn, wonen en zorg venlo-noord"},
        ),
        (
            "Fieldwork starts in Blerick, where Stichting Wijkwerk Blerick and housing "
            "corporation Maaswonen, both coalition members, already run a help desk.",
            {"stichting wijkwerk blerick", "maaswonen"},
        ),
        ("Zorggroep Maasduin, another member, will help recruit.", {"zorggroep maasduin"}),
        (
            "Onze beide bibliotheken zijn partner, net als de gemeente Venlo en Welzijnskwartier "
            "Venlo.",
            {"gemeente venlo", "welzijnskwartier venlo"},
        ),
        ("De gemeente Venlo doet vanaf het begin mee.", {"gemeente venlo"}),
        (
            "Met de nieuwkomers telt de coalitie nu twaalf partners. Naast de gemeente Venlo zijn "
            "dat Bibliotheek Maasoever, ROC Venlo, Zorggroep Maasduin en het accountantskantoor "
            "Van Leeuwen, Smit & Co.",
            {"bibliotheek maasoever", "zorggroep maasduin", "van leeuwen, smit & co."},
        ),
    ],
)
def test_members_named_in_running_prose(sentence: str, expected: set[str]) -> None:
    assert expected <= _members(_HEAD + sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "not_expected"),
    [
        (
            "Zorggroep Het Maasduin, een van de oprichters, stapte dit jaar uit de coalitie.",
            "zorggroep het maasduin",
        ),
        (
            "Kestrel Systems works with partners such as Microsoft and Cisco.",
            "microsoft",
        ),
        ("Later haakten de gemeente Venray en Huisartsengroep Peel en Maas aan.", "peel"),
        ("Behalve wij zijn dat de gemeente Venlo, ROC Venlo en Zorggroep Maasduin.", "behalve"),
    ],
)
def test_no_members_from_prose_that_names_none(sentence: str, not_expected: str) -> None:
    assert not_expected not in _members(_HEAD + sentence + "\n")


def test_an_acronym_or_a_name_after_its_kind_is_read_as_the_full_name() -> None:
    text = (
        _HEAD + "Huisartsencoöperatie Maasland (HCM) is nieuw. Daarnaast doen HCM, Bibliotheek "
        "Maasoever, ROC Venlo en De Wissel mee.\n\nBuurthuis De Wissel · open ma-vr\n"
    )
    assert {"huisartsencoöperatie maasland", "buurthuis de wissel"} <= _members(text)
