"""Readings added in the twenty-fifth session on issue 16: a membership told by a moment
("hoort sinds maandag bij Y", "deelnemer in Y", "op de partnerlijst van Y", "mee van de
partij"), a moment before an English subject, names in lists that a clause, a closing "among
others", a pair of dashes or an English description follows, and persons by their initials.
Each test states a kind of sentence in words of its own (none is copied from a set)."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.items import line_name, list_names
from kg.ingest.names import is_person
from kg.ingest.partnered import now_partners
from tests.test_extract_session23 import _read  # members (current joiners too) and joiners

_HEAD = (
    "Assen, 4 december 2026\n\n"
    "Nieuws van Digitaal Vaardig Drentsche Aa\n\n"
    "Digitaal Vaardig Drentsche Aa is de coalitie die inwoners van Assen en Tynaarlo helpt om "
    "digitaal mee te doen.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds vorige week hoort Schaakclub De Loper Assen bij Digitaal Vaardig Drentsche Aa.",
        "Stichting Buurtbus Tynaarlo hoort sinds 1 december ook bij de coalitie.",
        "Vanaf vandaag is Zorgboerderij De Es deelnemer in Digitaal Vaardig Drentsche Aa.",
        "Sinds maandag staat Wijkvereniging Pittelo op de partnerlijst van de coalitie.",
    ],
)
def test_a_membership_from_a_moment_is_a_join(sentence: str) -> None:
    members, joiners = _read(_HEAD + sentence + "\n")
    assert len(joiners) == 1
    assert set(joiners) <= members


@pytest.mark.parametrize(
    "sentence",
    [
        "Sinds 1 januari hoort Taalhuis Tynaarlo bij Bibliotheek Assen.",  # its parent
        "Sinds maart hoort Stichting Leesmaatjes bij het netwerk van taalvrijwilligers.",
        "Vanaf vandaag hoort Bibliotheek Assen bij Digitaal Vaardig Drenthe.",  # another body
        "Stichting Buurtbus Tynaarlo hoort al jaren bij de coalitie.",
        "Vanaf volgende maand hoort Stichting Buurtbus Tynaarlo niet meer bij de coalitie.",
        "Sinds maandag staat Wijkvereniging Pittelo op de wachtlijst van de coalitie.",
        "Vanaf vandaag is Bibliotheek Assen deelnemer in het Platform Wonen Drenthe.",
        "Vanaf vandaag is Bibliotheek Assen onderdeel van het Netwerk Bibliotheken Drenthe.",
        "Vandaag is ook Computerclub Assen mee van de partij op de Digidag.",
    ],
)
def test_belonging_to_another_body_or_not_now_is_no_join(sentence: str) -> None:
    _, joiners = _read(_HEAD + sentence + "\n")
    assert joiners == {}


def test_a_membership_of_another_coalition_that_shares_the_first_words_is_not_ours() -> None:
    assert (
        now_partners(
            "Vanaf vandaag hoort Bibliotheek Assen bij Digitaal Vaardig Drenthe.",
            "Digitaal Vaardig Drentsche Aa",
        )
        == []
    )
    assert now_partners(
        "Vanaf vandaag hoort Bibliotheek Assen bij de Coalitie Digitaal Vaardig Drentsche Aa.",
        "Digitaal Vaardig Drentsche Aa",
    ) == ["Bibliotheek Assen"]


def test_an_english_moment_before_the_subject_is_not_part_of_the_name() -> None:
    text = (
        "Assen, 4 December 2026\n\nNews from the Digital Skills Network Drenthe\n\n"
        "Since 1 November 2026 the Assen Arrows Baseball Club have been the eighth member of "
        "the Digital Skills Network Drenthe.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Assen Arrows Baseball Club": 8}


def test_a_list_closed_by_among_others_keeps_its_last_and() -> None:
    assert list_names(
        "the library Bibliotheek Drentsche Aa, Welzijn Tynaarlo and Vakschool Assen, among others."
    ) == ["Bibliotheek Drentsche Aa", "Welzijn Tynaarlo", "Vakschool Assen"]
    assert list_names("Bibliotheek Assen, Welzijn Tynaarlo en Vakschool Assen, onder anderen.") == [
        "Bibliotheek Assen",
        "Welzijn Tynaarlo",
        "Vakschool Assen",
    ]


def test_two_dashes_around_names_in_a_list_are_its_commas() -> None:
    said = (
        "Bibliotheek Assen, two housing associations – Woonstichting Borg and Stichting Actium "
        "Wonen – the municipality of Tynaarlo and the care provider ZorgAa"
    )
    assert list_names(said) == [
        "Bibliotheek Assen",
        "Woonstichting Borg",
        "Stichting Actium Wonen",
        "Gemeente Tynaarlo",
        "ZorgAa",
    ]
    aside = (
        "het kerstconcert van Koor Assen en – misschien wel het grootste nieuws – onze toetreding"
    )
    assert "Koor Assen en, misschien wel het grootste nieuws" not in " ".join(list_names(aside))


def test_an_english_description_after_a_comma_is_not_the_name() -> None:
    assert line_name("Stichting Dorpshuis De Brink, the Vries community centre foundation") == (
        "Stichting Dorpshuis De Brink"
    )


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("J. ter Haar", True),
        ("mevr. B. Lubbers-Smit", True),
        ("dhr. K. de Boer", True),
        ("H.J. van der Veen", True),
        ("A. Smit Installatietechniek", False),
        ("Stichting J. ter Haar", False),
    ],
)
def test_initials_before_a_particle_or_after_a_title_are_a_person(name: str, person: bool) -> None:
    assert is_person(name, name) is person


def test_a_table_whose_names_stand_in_a_later_column_under_who_gives_that_column() -> None:
    text = _HEAD + (
        "Op de stands stonden de partners van de coalitie:\n\n"
        "Stand | Onderwerp                 | Bemand door\n"
        "------|---------------------------|------------------------\n"
        "A     | Wachtwoord maken          | Bibliotheek Assen\n"
        "B     | Foto versturen via de app | Welzijnsstichting Tynaarlo\n"
        "C     | Nepmail herkennen         | Woonstichting Het Esdal\n"
        "D     | Afspraak maken            | Huisartsengroep Assen-Oost\n"
    )
    members, _ = _read(text)
    assert members == {
        "Bibliotheek Assen",
        "Welzijnsstichting Tynaarlo",
        "Woonstichting Het Esdal",
        "Huisartsengroep Assen-Oost",
    }


def test_a_table_of_dates_and_venues_gives_no_members() -> None:
    text = _HEAD + (
        "De spreekuren van de coalitie:\n\n"
        "Datum     | Plaats                          | Onderwerp\n"
        "di 6 okt  | Sportcentrum De Veldkamp, Assen | Veilig online\n"
        "do 22 okt | Buurthuis De Kolk, Vries        | Bankieren met de app\n"
        "wo 4 nov  | Dorpshuis De Brink, Gieten      | DigiD aanvragen\n"
    )
    members, _ = _read(text)
    assert members == set()


@pytest.mark.parametrize(
    "opening",
    [
        "Tot de partners van Digitaal Vaardig Drentsche Aa behoren onder meer",
        "Achter Digitaal Vaardig Drentsche Aa staan",
    ],
)
def test_a_list_after_its_place_and_verb_starts_at_its_first_name(opening: str) -> None:
    said = f"{opening} Bibliotheek Assen, welzijnsorganisatie Tynaarlo Samen en Stichting Esdal."
    assert list_names(said) == ["Bibliotheek Assen", "Tynaarlo Samen", "Stichting Esdal"]


@pytest.mark.parametrize(
    "question",
    [
        "Met wie trekken wij samen op?",
        "Dienstregeling: met wie werken we nu samen?",
    ],
)
def test_a_question_of_who_takes_part_in_any_verb_opens_the_list(question: str) -> None:
    text = _HEAD + (
        f"{question}\n"
        "Spoor 1 – Bibliotheek Assen (digitaal inloopspreekuur op dinsdag en donderdag)\n"
        "Spoor 2 – Welzijnsstichting Tynaarlo (vrijwilligers aan huis in de dorpen)\n"
        "Spoor 3 – Woningbouwvereniging Het Esdal (hulp voor huurders met het portaal)\n"
    )
    members, _ = _read(text)
    assert members == {
        "Bibliotheek Assen",
        "Welzijnsstichting Tynaarlo",
        "Woningbouwvereniging Het Esdal",
    }


def test_a_numbered_label_before_a_lines_name_is_not_the_name() -> None:
    assert line_name("Tafel 3 – Stichting Esdal (koffie en uitleg)") == "Stichting Esdal"
    assert line_name("Tafel 3: Stichting Esdal") == "Stichting Esdal"


def test_an_opening_word_is_not_part_of_a_coalitions_name() -> None:
    text = (
        "Assen, 4 december 2026\n\n"
        "Ook Netwerk Digitale Dorpen Drenthe heeft interesse getoond in onze aanpak.\n"
    )
    assert extract_text(text, "x", Lexicon.builtin()).coalition.value == (
        "Netwerk Digitale Dorpen Drenthe"
    )


_EN = "Assen, 4 December 2026\n\nNews from the Digital Skills Network Drenthe\n\n"


def test_an_apposition_of_a_possessive_or_a_hyphenated_partnership_names_members() -> None:
    text = _EN + (
        "Our students help at the walk-in desk of Bibliotheek Assen, one of the network's "
        "founding partners. We also met Vakschool Drenthe and Stichting Welzijn Tynaarlo, both "
        "long-time partners, at the kick-off.\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek Assen", "Vakschool Drenthe", "Stichting Welzijn Tynaarlo"} <= members


def test_two_organisations_that_join_as_the_two_newest_partners_are_each_a_joiner() -> None:
    text = _EN + (
        "On Monday 30 November, Assen Owls Cricket Club and Stichting Desi Seniors Assen walked "
        "out together as the two newest partners of the Digital Skills Network Drenthe.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Assen Owls Cricket Club": None, "Stichting Desi Seniors Assen": None}


def test_a_bullets_description_after_a_dash_is_not_its_name() -> None:
    text = _EN + (
        "The network's partners are:\n\n"
        "  • Bibliotheek Assen – the public library (walk-in help on Thursdays!)\n"
        "  • Woonstichting Het Esdal – the housing corporation many of you rent from\n"
        "  • Stichting Taal Thuis – Dutch language cafés with a digital corner\n"
    )
    members, _ = _read(text)
    assert members == {"Bibliotheek Assen", "Woonstichting Het Esdal", "Stichting Taal Thuis"}


def test_a_plural_verb_before_the_moment_splits_a_subject_with_a_relative_clause() -> None:
    text = _HEAD + (
        "Stichting Thuis yn Assen, die in Assen boodschappen en klusjes doet voor ouderen, en "
        "Kaatsvereniging De Brink uit Vries springen vanaf nu met ons mee in Digitaal Vaardig "
        "Drentsche Aa.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {"Stichting Thuis yn Assen", "Kaatsvereniging De Brink"}


def test_a_counted_subject_with_its_list_after_a_colon_gives_each_listed_joiner() -> None:
    text = _HEAD + (
        "Drie organisaties die dagelijks bij mensen thuis komen, werken sinds zondag 1 november "
        "mee in Digitaal Vaardig Drentsche Aa: Thuiszorg De Drentse Hand U.A., Mantelzorgpunt "
        "Assen en Apotheek Het Brink B.V.\n"
    )
    _, joiners = _read(text)
    assert set(joiners) == {
        "Thuiszorg De Drentse Hand U.A.",
        "Mantelzorgpunt Assen",
        "Apotheek Het Brink B.V.",
    }
    counted_wrong = text.replace("Drie organisaties", "Vier organisaties")
    assert _read(counted_wrong)[1] == {}


def test_the_publishers_place_on_the_list_some_words_after_our_kind_is_its_join() -> None:
    text = (
        "Culturele Vereniging De Brug – Assen\n\nNieuwsbrief, 27 november 2026\n\n"
        "Sinds afgelopen vrijdag staat de naam van onze vereniging op de lijst van Digitaal "
        "Vaardig Drentsche Aa, als zevende. Digitaal Vaardig Drentsche Aa helpt inwoners van "
        "Assen op weg.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Culturele Vereniging De Brug": 7}


def test_our_association_speaks_for_a_circle_and_a_branch_does_not_speak_for_the_union() -> None:
    circle = (
        "Dorpshuizenkring Drenthe – nieuwsbrief, 24 november 2026\n\n"
        "Digitaal Vaardig Drentsche Aa helpt inwoners van Assen op weg. Deze maand gaven we de "
        "coalitie een eigen sleutel: onze vereniging staat nu zelf als partner naast de "
        "organisaties die de coalitie al droegen.\n"
    )
    assert set(_read(circle)[1]) == {"Dorpshuizenkring Drenthe"}
    branch = (
        "SAMEN STERKER – ledenblad van de Algemene Bond Werk & Zekerheid (ABWZ)\n\n"
        "Digitaal Vaardig Drentsche Aa helpt inwoners van Assen op weg. Daarom is onze "
        "regioafdeling per 1 mei 2026 als veertiende partner toegetreden tot Digitaal Vaardig "
        "Drentsche Aa.\n"
    )
    assert "Algemene Bond Werk & Zekerheid" not in _read(branch)[0]


@pytest.mark.parametrize(
    ("text", "not_members"),
    [
        (
            "Wie rijdt er mee?\nSpoor 1 – Jan Bos\nSpoor 2 – Ria Smit\nSpoor 3 – Kees Wit\n",
            {"Jan Bos", "Ria Smit", "Kees Wit"},
        ),
        (
            "Het programma:\nRonde 1 – Politie Drenthe\nRonde 2 – Rabobank Assen\n"
            "Ronde 3 – Bibliotheek Assen\n",
            {"Politie Drenthe", "Rabobank Assen"},
        ),
        (
            "Our students help Bibliotheek Assen, one of the library's partners, and Stichting "
            "Esdal, one of the prospective partners.\n",
            {"Bibliotheek Assen", "Stichting Esdal"},
        ),
        (
            "We met Woonstichting Het Esdal and Welzijn Tynaarlo, both long-time partners of the "
            "municipality.\n",
            {"Woonstichting Het Esdal", "Welzijn Tynaarlo"},
        ),
        (
            "Het geld voor de laptops:\n\nPost | Bedrag | Gefinancierd door\n"
            "1 | € 500 | Rabobank Fonds Assen\n2 | € 300 | Stichting Drents Fonds\n"
            "3 | € 200 | Provinciaal Fonds Drenthe\n",
            {"Rabobank Fonds Assen", "Stichting Drents Fonds"},
        ),
        (
            "Bibliotheek Assen – met steun van Provincie Drenthe en Gemeente Assen – begint "
            "vandaag met de cursus, samen met Welzijn Tynaarlo en Stichting Esdal.\n",
            {"Provincie Drenthe"},
        ),
        (
            "Digitaal Vaardig Drentsche Aa groeit.\n\nOp de wachtlijst staan:\n"
            "Woonstichting Het Esdal\nComputerclub Vries\nStichting Buurtbus Tynaarlo\n",
            {"Woonstichting Het Esdal", "Computerclub Vries"},
        ),
    ],
)
def test_look_alikes_of_this_sessions_readings_give_no_members(
    text: str, not_members: set[str]
) -> None:
    members, _ = _read(_HEAD + text)
    assert not members & not_members


def test_a_coalition_named_with_a_word_that_opens_sentences_elsewhere_keeps_it() -> None:
    text = (
        "Assen, 4 december 2026\n\n"
        "Voor Elkaar Netwerk Assen telt nu negen partners. Voor Elkaar Netwerk Assen helpt "
        "inwoners van Assen op weg.\n"
    )
    coalition = extract_text(text, "x", Lexicon.builtin()).coalition
    assert coalition is not None and coalition.value == "Voor Elkaar Netwerk Assen"


@pytest.mark.parametrize(
    "question", ["Wie vliegen er al mee in de coalitie?", "Wie zitten er nog meer aan die tafel?"]
)
def test_a_question_of_who_else_is_in_the_coalition_opens_its_list(question: str) -> None:
    text = _HEAD + (
        f"{question}\n- Bibliotheek De Brink, die de cursussen geeft\n"
        "- welzijnsstichting Tynaarlo Samen\n- woningcorporatie Het Esdal Wonen\n"
    )
    members, _ = _read(text)
    assert {"Bibliotheek De Brink", "Het Esdal Wonen"} <= members


def test_last_tuesday_before_the_subject_is_not_part_of_its_name() -> None:
    text = _EN + (
        "Last Tuesday the Assen Alumni Chapter became the seventeenth partner of the Digital "
        "Skills Network Drenthe.\n"
    )
    _, joiners = _read(text)
    assert joiners == {"Assen Alumni Chapter": 17}
