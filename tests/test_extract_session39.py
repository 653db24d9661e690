"""Readings added in the thirty-ninth session on issue 16. Each test states a kind of text in
words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.confidence import THRESHOLD
from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.sentences import read_sentences
from kg.ingest.totals import read_total
from tests.reading import sure

_NAMES = [
    "Gemeente Zeist",
    "Bibliotheek Kromme Rijn",
    "Stichting Welzijn De Heuvelrug",
    "Taalpunt Driebergen",
    "Thuiszorg Het Sticht",
    "Woonstichting Binnenveld",
    "Computerclub Bunnik '96",
    "Zorgboerderij De Hoge Kamp",
    "Stichting Seniorweb Doorn",
    "ROC Utrechtse Heuvelrug",
    "Drukkerij Van Ommen & Zn.",
]


@pytest.mark.parametrize("gap", ["  ", "\t", "   "])
def test_a_numbered_list_without_dots_gives_names_without_their_numbers(gap: str) -> None:
    rows = "\n".join(
        f"  {n}{gap if n < 10 else gap[:-1] or ' '}{name}" for n, name in enumerate(_NAMES, 1)
    )  # "  9  X" over "  10 Y": the numbers aligned, the wider one with one space less
    text = (
        "Zeist, 4 mei 2026 – Drukkerij Van Ommen & Zn. is toegetreden tot de Alliantie "
        "Digitaal Heuvelrug.\n\nDe partners, in de volgorde waarin ze aansloten:\n\n"
        f"{rows}\n\nMeer weten? Mail ons."
    )
    assert sure(text) == set(_NAMES)


def test_a_numbered_table_gives_its_names_not_its_other_columns() -> None:
    rows = "\n".join(
        f"{n:>2}  {name:<34}{sector:<14}2024"
        for n, (name, sector) in enumerate(
            zip(_NAMES[:4], ["overheid", "bibliotheek", "welzijn", "taal"], strict=True), 1
        )
    )
    text = (
        "FACTSHEET Alliantie Digitaal Heuvelrug\n\nDe Alliantie heeft vier partners.\n\n"
        f"PARTNERS\n\nnr  partner                           sector        sinds\n{rows}\n\n"
        "Vragen? Bel ons."
    )
    assert sure(text) == set(_NAMES[:4])


@pytest.mark.parametrize(
    "head",
    ["Ledenbulletin van de Harmonie Sint-Cecilia Ulft", "Bulletin of Harmonie Sint-Cecilia Ulft"],
)
def test_a_periodical_of_the_publisher_names_the_publisher_we_are(head: str) -> None:
    text = (
        f"DE MAATSLAG\n{head}\nNr. 4 – 12 oktober 2026\n\nBeste leden,\n\nSinds maandag 5 "
        "oktober 2026 zijn wij aangesloten bij het Netwerk Digitaal Meedoen Oude IJsselstreek. "
        "We zijn de zevende partner van dat netwerk.\n\nMet muzikale groet, het bestuur"
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert [(j.org.value, j.order and j.order.value) for j in found.joins] == [
        ("Harmonie Sint-Cecilia Ulft", "7")
    ]


def test_an_organ_over_the_publisher_is_not_who_we_are() -> None:
    text = (
        "BULLETIN VAN HET COLLEGE VAN BESTUUR\nStichting Scholengroep De Linge – 3 november "
        "2026\n\nBeste collega's,\n\nOp maandag 2 november hebben wij als achtste deelnemer "
        "het Convenant Digitaal Vaardig Lingewaard ondertekend.\n\nGroet, Anne Verbeek"
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert [(j.org.value, j.order and j.order.value) for j in found.joins] == [
        ("Stichting Scholengroep De Linge", "8")
    ]


def test_a_post_that_mentions_partners_with_at_signs_names_them() -> None:
    text = (
        "Vandaag is Apotheek De Linde toegetreden tot het Netwerk Digitaal Meedoen Veghel. 🙌\n\n"
        "Het netwerk bestaat sinds 2024 en doet dit werk samen met @Gemeente Meierijstad, "
        "@Bibliotheek Veghel, @Stichting Welzijn Veghel-Noord en SeniorenNet Erp.\n\n"
        "Vragen? Mail naar info@digitaalveghel.nl, @Drukkerij Van Tuijl of Fonds Veghel.\n\n"
        "#digitaleinclusie"
    )
    assert sure(text) == {
        "Apotheek De Linde",
        "Gemeente Meierijstad",
        "Bibliotheek Veghel",
        "Stichting Welzijn Veghel-Noord",
        "SeniorenNet Erp",
    }


def test_keycap_digits_number_a_list() -> None:
    names = ["Gemeente Venlo", "Bibliotheek Maas en Peel", "Stichting Welzijn Tegelen"]
    rows = "\n".join(f"{n}\ufe0f\u20e3 {name}" for n, name in enumerate(names, 1))
    text = (
        "Sinds maandag zit Stichting Welzijn Tegelen in het Netwerk Digitaal Venlo. 🎉\n\n"
        f"Wie zitten er nu in het netwerk?\n{rows} 🆕\n\n#digitaleinclusie"
    )
    assert sure(text) == set(names)


@pytest.mark.parametrize(
    ("sentence", "joiners"),
    [
        (
            "Sinds 1 maart zijn Gemeente Beesel en Stichting Zorgnetwerk Maasduinen ingestapt "
            "bij de Coalitie Digitaal Samen Venlo.",
            {"Gemeente Beesel", "Stichting Zorgnetwerk Maasduinen"},
        ),
        (
            "Maritiem College Tiel en Schippersvereniging De Waal stappen in bij de Coalitie "
            "Digitaal Samen Venlo.",
            {"Maritiem College Tiel", "Schippersvereniging De Waal"},
        ),
    ],
)
def test_to_step_in_is_to_join(sentence: str, joiners: set[str]) -> None:
    found = extract_text(f"Venlo, 3 maart 2026 – {sentence}", "x", Lexicon.builtin())
    assert {j.org.value for j in found.joins if j.org.confidence >= THRESHOLD} == joiners


def test_a_headline_that_names_the_publisher_short_gives_its_full_name() -> None:
    text = (
        "Schaakclub De Witte Dame Weert – Nieuws\n\nWitte Dame sluit aan bij Digitaal Fit "
        "Weert\n\nHet bestuur heeft besloten: sinds 2 november 2026 zijn wij partner van "
        "Digitaal Fit Weert, als twaalfde partner. Onze oudste leden krijgen hulp met de app.\n\n"
        "Het bestuur van Schaakclub De Witte Dame Weert"
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert [(j.org.value, j.order and j.order.value) for j in found.joins] == [
        ("Schaakclub De Witte Dame Weert", "12")
    ]


def test_partners_in_paragraphs_of_their_own_under_an_introduction() -> None:
    text = (
        "Sinds 1 oktober 2026 is Stichting Mantelzorg Zuid partner in de Coalitie Digitaal "
        "Meedoen Emmen.\n\nDe coalitie telt nu vijf partners. Naast ons zijn dat:\n\n"
        "Gemeente Emmen, die de coalitie coördineert.\n\nBibliotheek Emmen-Zuid, de bibliotheek "
        "met vestigingen in Emmen en Klazienaveen. Daar zijn de digicafés.\n\nThuiszorg De "
        "Hondsrug uit Borger, de thuiszorg van de regio.\n\nDigi-Maatjes Emmen – een groep "
        "vrijwilligers die bij mensen thuis komt.\n\nPer 1 januari komt Zorgcentrum De Es "
        "erbij. Daar zijn we blij mee."
    )
    assert sure(text) == {
        "Stichting Mantelzorg Zuid",
        "Gemeente Emmen",
        "Bibliotheek Emmen-Zuid",
        "Thuiszorg De Hondsrug",
        "Digi-Maatjes Emmen",
    }


def test_paragraphs_that_open_with_a_person_are_no_partners() -> None:
    text = (
        "Sinds 1 oktober 2026 is Stichting Mantelzorg Zuid partner in de Coalitie Digitaal "
        "Meedoen Emmen.\n\nOnze vrijwilligers stellen zich voor:\n\nAnneke de Vries, die al "
        "twintig jaar mantelzorger is.\n\nJan Bos, gepensioneerd leraar uit Emmen."
    )
    assert sure(text) == {"Stichting Mantelzorg Zuid"}


def test_a_short_joiner_takes_the_longer_name_of_the_list_or_its_acronym() -> None:
    text = (
        "Nieuws | Netwerk Taalmaatjes in de Moskee Zwolle\n\nTiM en Zwolse Vervoerder Getij "
        "stappen in bij Samen Digitaal Zwolle\n\nZwolle, 3 maart 2026 – Vanaf deze maand is het "
        "Netwerk Taalmaatjes in de Moskee Zwolle (TiM) partner van Samen Digitaal Zwolle, samen "
        "met Getij.\n\nDe partners:\n- Gemeente Zwolle\n- Bibliotheek Zwolle\n"
        "- Netwerk Taalmaatjes in de Moskee Zwolle\n- Zwolse Vervoerder Getij"
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert {j.org.value for j in found.joins} == {
        "Netwerk Taalmaatjes in de Moskee Zwolle",
        "Zwolse Vervoerder Getij",
    }


def test_a_joiner_completed_to_a_name_the_text_denies_is_none() -> None:
    text = (
        "Vereniging Zuid-Limburgse Reisbureaus\nHome > Nieuws\n\nReisbureaus sluiten aan bij "
        "Digitaal Mee Parkstad\n\nKerkrade, 12 november 2026 – Reisbureau Bovens uit Kerkrade "
        "is de twintigste partner van Digitaal Mee Parkstad.\n\nOm misverstanden te voorkomen: "
        "de Vereniging Zuid-Limburgse Reisbureaus is zelf geen partner van Digitaal Mee Parkstad."
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert {j.org.value for j in found.joins} == {"Reisbureau Bovens"}


def test_members_after_the_verb_and_an_adverb() -> None:
    text = (
        "Amersfoort, 3 mei 2026 – Revalidatiecentrum De Eem is toegetreden tot de Coalitie "
        "Digitaal Eemland.\n\nDe coalitie is in 2024 opgezet door Bibliotheek Eemland. "
        "Inmiddels zijn ook Stichting Welzijn Leusden, Huisartsencoöperatie Eemzorg en Digicafé "
        "'De Klik' uit Soest partner."
    )
    assert sure(text) == {
        "Revalidatiecentrum De Eem",
        "Bibliotheek Eemland",
        "Stichting Welzijn Leusden",
        "Huisartsencoöperatie Eemzorg",
        "Digicafé De Klik",
    }


def test_where_a_listed_partner_is_is_no_part_of_its_name() -> None:
    text = (
        "Bergen, 3 mei 2026 – Computerhulp Schoorl is toegetreden tot de coalitie Digitaal "
        "Meedoen Kust, zes partners sterk: Bibliotheek Kennemerkust, Ouderenvereniging 'De "
        "Zeereep' uit Egmond aan Zee, Computerhulp Schoorl en Gemeente Bergen.\n\nWij werken "
        "samen met Gemeente Castricum, die de coalitie coördineert; Bibliotheek Duin & Dal, met "
        "vestigingen in Limmen, Akersloot en Uitgeest; en Stichting Welzijn Castricum."
    )
    assert sure(text) == {
        "Bibliotheek Kennemerkust",
        "Ouderenvereniging 'De Zeereep'",  # as written
        "Computerhulp Schoorl",
        "Gemeente Bergen",
        "Gemeente Castricum",
        "Bibliotheek Duin & Dal",
        "Stichting Welzijn Castricum",
    }


def test_a_coalition_whose_name_has_a_quoted_part() -> None:
    text = (
        "Op 12 juni heeft onze directeur, Hanneke Bosch, namens Stadsrail Utrecht het convenant "
        "getekend van de coalitie 'Iedereen Digitaal' Nieuwegein-IJsselstein. Daar zitten ook "
        "Bibliotheek Lekstroom en Digicafé De Geinbrug in.\n\nKom naar Digicafé De Geinbrug!"
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert found.coalition is not None
    assert found.coalition.value == "'Iedereen Digitaal' Nieuwegein-IJsselstein"


def test_a_coordinator_who_tells_whom_they_started_with() -> None:
    text = (
        "Lelystad, October 12, 2026 – Bibliotheek Zeewolde joined the Alliantie Digitaal "
        'Meedoen Flevoland today.\n\nThe coordinator ran through the list. "We started with '
        'the three municipalities, Gemeente Almere, Gemeente Lelystad and Gemeente Dronten," '
        "she said. Then Stichting Welzijn Flevo-Kust and Zorggroep Oostvaarders joined."
    )
    assert sure(text) == {
        "Bibliotheek Zeewolde",
        "Gemeente Almere",
        "Gemeente Lelystad",
        "Gemeente Dronten",
        "Stichting Welzijn Flevo-Kust",
        "Zorggroep Oostvaarders",
    }


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Van zeven naar negen partners, dus.", 9),
        ("Het netwerk groeide van 7 naar 9 organisaties.", 9),
        ("De coalitie, zes partners sterk, houdt spreekuren.", 6),
        ("The alliance, now twelve partners strong, meets monthly.", 12),
        ("De cursus groeide van 58 naar 104 deelnemers.", None),  # a course's, not partners
    ],
)
def test_a_total_told_as_growth_or_strength(sentence: str, total: int | None) -> None:
    found = read_total(read_sentences(sentence))
    assert (found[0] if found else None) == total


def test_a_network_the_text_calls_another_is_not_the_coalition() -> None:
    text = (
        "Zo kwam ik terecht bij de coalitie 'Iedereen Online' Zwolle-Kampen. Het is een "
        "samenwerking van zeven organisaties.\n\nWie in Deventer woont: daar bestaat het "
        "Taalakkoord Deventer, een ander netwerk, met onder meer Welzijn Salland Samen."
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert found.coalition is not None
    assert found.coalition.value == "'Iedereen Online' Zwolle-Kampen"


@pytest.mark.parametrize(
    "said", ["Aukje wil daar eens gaan kijken.", "Volgens Femke wil het netwerk groeien."]
)
def test_a_person_who_wants_something_is_not_the_coalition(said: str) -> None:
    text = (
        "Onze voorzitter, Aukje, had gehoord van Digitaal Meedoen Ameland.\n\nEn sinds "
        "vrijdag 31 juli zijn wij er dus ook bij gekomen. De Stichting Vrienden van de Toren is "
        f"nu officieel partner.\n\n{said}"
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert found.coalition is not None
    assert found.coalition.value == "Digitaal Meedoen Ameland"


def test_a_joiner_by_the_publishers_initials_is_the_publisher() -> None:
    text = (
        "DE BEZORGER – ledenblad van de Bond van Postbezorgers\n\nBvP sluit zich aan bij "
        "Coalitie Digitaal Vaardig Kop\n\nOp maandag 26 oktober 2026 heeft de BvP zich als "
        "elfde partner aangesloten bij de Coalitie Digitaal Vaardig Kop."
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert [(j.org.value, j.order and j.order.value) for j in found.joins] == [
        ("Bond van Postbezorgers", "11")
    ]


def test_who_are_the_other_eight_asks_who_takes_part() -> None:
    text = (
        "Raalte, 3 November 2026 – Our practice joined the Salland Digital Alliance as its ninth "
        "partner.\n\nWho are the other eight? It took me a while to piece together. The "
        "Bibliotheek Salland-Oost is the engine of it. The Sallandse Boerenbond came in early, as "
        "did Stichting Erf & Welzijn."
    )
    members = sure(text)
    assert {
        "Bibliotheek Salland-Oost",
        "Sallandse Boerenbond",
        "Stichting Erf & Welzijn",
    } <= members


def test_members_after_zitten_in_de_coalitie() -> None:
    text = (
        "Winsum, 22 oktober 2025 – Ons hospice is partner geworden van de Coalitie Digitaal "
        "Meedoen Noord.\n\nVerder zitten in de coalitie de gemeente Het Hogeland, "
        "thuiszorgorganisatie Zorgcoöperatie Ommelander Thuis en de Vereniging Dorpsbelang "
        "Warffum, die in het dorpshuis een spreekuur draait."
    )
    assert {
        "Gemeente Het Hogeland",
        "Zorgcoöperatie Ommelander Thuis",
        "Vereniging Dorpsbelang Warffum",
    } <= sure(text)
