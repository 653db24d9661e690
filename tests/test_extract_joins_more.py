"""Joins, future joins and the news of taking part written in ways the blind sets 9 to 14
showed the reader missing: separable verbs in any word order, perfect tenses, "partner
geworden", announced joins, English futures. Each form is tested on text of its own."""

from __future__ import annotations

import pytest

from kg.ingest.extract import Extraction, Lexicon, extract_text

_OPENING = "Lochem, 4 maart 2026 – De coalitie Digitaal Doen Lochem wil in 2029 iedereen bereiken. "


_DECEMBER = (
    "Lochem, 4 december 2026 – De coalitie Digitaal Doen Lochem wil in 2029 iedereen helpen. "
)


def _read(sentence: str, opening: str = _OPENING) -> Extraction:
    return extract_text(opening + sentence, "joins", Lexicon.builtin())


def _now(found: Extraction) -> dict[str, str | None]:
    return {j.org.value: j.order.value if j.order else None for j in found.joins if not j.future}


def _later(found: Extraction) -> set[str]:
    return {j.org.value for j in found.joins if j.future}


@pytest.mark.parametrize(
    ("sentence", "joiners"),
    [
        ("Thuiszorg De Linde sluit aan als 9e partner.", {"Thuiszorg De Linde": "9"}),
        (
            "Voor het spreekuur sloten in februari Gemeente Lochem en Woonstichting Berkelzicht "
            "bij de coalitie aan.",
            {"Gemeente Lochem": None, "Woonstichting Berkelzicht": None},
        ),
        (
            "In januari kwam Stichting Buurtkracht Lochem erbij.",
            {"Stichting Buurtkracht Lochem": None},
        ),
        (
            "In februari kwam daar ook het Steunpunt Mantelzorg en Vrijwilligers Lochem bij.",
            {"Steunpunt Mantelzorg en Vrijwilligers Lochem": None},
        ),
        ("Op 2 maart 2026 is Bibliotheek Lochem aangesloten.", {"Bibliotheek Lochem": None}),
        (
            "Op 2 maart 2026 is Huiskamer Het Anker onze 9e partner geworden.",
            {"Huiskamer Het Anker": "9"},
        ),
        (
            "Daarom zijn Scholengroep Berkelland en kinderopvang Kindkracht Lochem per 1 februari "
            "2026 partner geworden van de coalitie.",
            {"Scholengroep Berkelland": None, "Kindkracht Lochem": None},
        ),
        (
            "Sinds dinsdag 3 maart 2026 doen ook Thuiszorg De Berkel en Computerclub Lochem mee.",
            {"Thuiszorg De Berkel": None, "Computerclub Lochem": None},
        ),
        (
            "De bibliotheek werkt al lang met ons samen, en sinds kort doet ook Zorggroep "
            "Sallandse Heuvels mee.",
            {"Zorggroep Sallandse Heuvels": None},
        ),
        (
            "Taalhuis Lochem is de negende organisatie die zich aansluit bij de coalitie.",
            {"Taalhuis Lochem": "9"},
        ),
        (
            "In februari verwelkomden we Huisartsenkring Lochem als partner nummer 9: de "
            "praktijkondersteuners verwijzen patiënten door.",
            {"Huisartsenkring Lochem": "9"},
        ),
        (
            "Tegelijk verwelkomt de coalitie partner nummer 9: Zorgcoöperatie Barchem.",
            {"Zorgcoöperatie Barchem": "9"},
        ),
        ("Ook Taalpunt De Brug uit Zutphen sluit aan.", {"Taalpunt De Brug": None}),
    ],
)
def test_a_join_in_other_words(sentence: str, joiners: dict[str, str | None]) -> None:
    assert _now(_read(sentence)) == joiners


def test_a_join_told_in_english_before_a_list_of_the_joiners() -> None:
    found = _read(
        "On 2 March 2026 three new partners joined the alliance: the Municipality of Lochem, the "
        "employers' platform Ondernemend Lochem and IT company ByteBerkel B.V.",
        "Lochem, 4 March 2026 – The Digital Lochem Alliance wants to reach everyone by 2029. ",
    )
    assert _now(found) == {
        "Municipality of Lochem": None,
        "Ondernemend Lochem": None,
        "ByteBerkel B.V.": None,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Gemeente Zutphen sluit naar verwachting in het voorjaar aan.",
        "Gemeente Zutphen heeft laten weten na de zomer toe te treden.",
        "Gemeente Zutphen heeft laten weten in de loop van 2026 te willen aansluiten.",
        "Binnenkort sluit ook Gemeente Zutphen aan; zodra het convenant is getekend, lees je het.",
        "Volgende maand schuift ook Gemeente Zutphen aan, zo liet de wethouder weten.",
        "Na de zomer volgt naar verwachting Gemeente Zutphen.",
    ],
)
def test_a_join_to_come_is_no_join_now(sentence: str) -> None:
    found = _read(sentence)
    assert _later(found) == {"Gemeente Zutphen"}
    assert _now(found) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Stichting Zorgpunt Zutphen is expected to join the alliance after the summer.",
        "In May, the Stichting Zorgpunt Zutphen will also join the alliance.",
        "Stichting Zorgpunt Zutphen has signed a letter of intent and will join in May.",
        "There is more to come: Stichting Zorgpunt Zutphen has confirmed it will join in 2027.",
    ],
)
def test_an_english_join_to_come(sentence: str) -> None:
    found = _read(sentence, "Lochem, 4 March 2026 – The Digital Lochem Alliance helps everyone. ")
    assert _later(found) == {"Stichting Zorgpunt Zutphen"}
    assert _now(found) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Wie doen er mee?",
        "Inmiddels doen ook Bibliotheek Lochem en Stichting Welzijn Lochem mee.",
        "Gemeente Lochem en Gemeente Zutphen doen mee, net als ROC Berkelland.",
        "In deze aflevering schuiven Anna de Vries (coördinator bij Bibliotheek Lochem) en "
        "wethouder Piet Jansen aan bij presentator Kees Bos.",
        "Daar sloten twee nieuwe partners zich aan bij de coalitie.",
    ],
)
def test_taking_part_a_question_or_a_person_is_no_join(sentence: str) -> None:
    assert _now(_read(sentence)) == {}


def test_an_emoji_closes_a_sentence_so_a_later_future_is_not_the_joins() -> None:
    found = _read(
        "Stichting Buurtkracht Eefde is officieel partner nummer 9 van de coalitie! 💪 Hun "
        "buurtkamers worden vanaf volgende maand vaste plekken."
    )
    assert _now(found) == {"Stichting Buurtkracht Eefde": "9"}


def test_a_month_without_a_year_in_the_past_tense_is_no_future() -> None:
    found = _read(
        "Op 4 juni 2025 sloot Computerhuis Gorssel aan. In oktober kwam Kindcentrum De Zonnewijzer "
        "erbij.",
        "Lochem, 2 februari 2026 – Terugblik: de coalitie Digitaal Doen Lochem in 2025. ",
    )
    assert _later(found) == set()
    assert "Kindcentrum De Zonnewijzer" in _now(found)


def test_an_observer_at_the_table_is_no_partner() -> None:
    assert (
        _now(_read("Ook de gemeente Zutphen schuift sinds kort aan, voorlopig als toehoorder."))
        == {}
    )


@pytest.mark.parametrize(
    ("sentence", "joiner"),
    [
        (
            "Per 1 maart 2026 is het Lochemse ICT-bedrijf ByteBerkel toegetreden.",
            "ByteBerkel",
        ),
        (
            "Op 2 maart 2026 is Huisartsenpraktijk De Zwaluw in Barchem aangesloten.",
            "Huisartsenpraktijk De Zwaluw",
        ),
    ],
)
def test_a_kind_and_a_village_are_no_part_of_the_name(sentence: str, joiner: str) -> None:
    assert _now(_read(sentence)) == {joiner: None}


@pytest.mark.parametrize(
    "sentence",
    [
        "Op 3 maart heeft Thuiszorg De Linde de samenwerkingsovereenkomst getekend.",
        "Thuiszorg De Linde heeft vandaag het convenant ondertekend.",
    ],
)
def test_a_signature_in_the_perfect_is_a_join(sentence: str) -> None:
    assert _now(_read(sentence)) == {"Thuiszorg De Linde": None}


@pytest.mark.parametrize(
    ("sentence", "joiners"),
    [
        (
            "Daarom heeft het Regionaal Archief Lochem en de Achterhoek (RALA) zich aangesloten "
            "bij de coalitie.",
            {"Regionaal Archief Lochem en de Achterhoek": None},
        ),
        (
            "De coalitie is vandaag uitgebreid met het Gelre Ziekenhuis en de Hogeschool van "
            "Lochem en Zutphen (HLZ).",
            {"Gelre Ziekenhuis": None, "Hogeschool van Lochem en Zutphen": None},
        ),
        (
            "Met de komst van busvervoerder Berkellijn en softwarebedrijf ByteBerkel B.V. groeit "
            "de coalitie.",
            {"Berkellijn": None, "ByteBerkel B.V.": None},
        ),
        ("Als tiende partner treedt de gemeente Zutphen toe.", {"Gemeente Zutphen": "10"}),
        (
            "Het nieuws is dat Stichting De Linde per 1 maart 2026 aansluit.",
            {"Stichting De Linde": None},
        ),
    ],
)
def test_names_a_join_gives_in_more_shapes(sentence: str, joiners: dict[str, str | None]) -> None:
    assert _now(_read(sentence)) == joiners


def test_the_bullets_below_a_join_with_a_colon_are_its_joiners() -> None:
    found = _read(
        "Dit jaar traden toe:\n"
        "• in januari: Zorgboerderij De Vrije Vore in Barchem;\n"
        "• in februari, op dezelfde dag: Woonstichting Wold & Wierden en Stichting Dorpshuizen "
        "Lochem (SDL);\n"
        "• in maart, als twaalfde partner: Loonbedrijf Smit & Zonen uit Laren, dat zijn "
        "chauffeurs helpt.\n\nDe coalitie helpt iedereen."
    )
    assert _now(found) == {
        "Zorgboerderij De Vrije Vore": None,
        "Woonstichting Wold & Wierden": None,
        "Stichting Dorpshuizen Lochem": None,
        "Loonbedrijf Smit & Zonen": "12",
    }


@pytest.mark.parametrize(
    ("sentence", "later"),
    [
        (
            "De gemeenten Zutphen en Brummen hebben laten weten in de loop van 2027 toe te treden.",
            {"Gemeente Zutphen", "Gemeente Brummen"},
        ),
        (
            "Verder heeft Stichting De Linde schriftelijk laten weten per 1 januari 2027 toe te "
            "zullen treden.",
            {"Stichting De Linde"},
        ),
        (
            "Gemeente Zutphen heeft schriftelijk toegezegd per 1 januari 2027 aan te sluiten.",
            {"Gemeente Zutphen"},
        ),
    ],
)
def test_more_joins_to_come(sentence: str, later: set[str]) -> None:
    found = _read(sentence)
    assert _later(found) == later and _now(found) == {}


def test_in_january_they_will_be_joined_by() -> None:
    found = _read(
        "In January they will be joined by Expat Parents Lochem, whose volunteers help parents.",
        "Lochem, 4 March 2026 – The Digital Lochem Alliance helps everyone. ",
    )
    assert _later(found) == {"Expat Parents Lochem"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thuisvast, de corporatie met woningen in Lochem en Zutphen, zette vanmiddag haar "
        "handtekening onder het convenant en is daarmee de twaalfde organisatie die zich bij de "
        "coalitie aansluit.",
        "Toen in 2022 ook de gemeenten Lochem en Zutphen aanschoven, kreeg de coalitie haar naam.",
        "Huisarts Jan de Wit legt uit waarom het gezondheidscentrum aansluit.",
    ],
)
def test_places_history_and_a_clause_are_no_joiners(sentence: str) -> None:
    assert not {"Lochem en Zutphen", "Gemeente Lochem", "Jan de Wit", "Huisarts Jan de Wit"} & set(
        _now(_read(sentence))
    )


def test_a_legal_form_in_capitals_ends_a_sentence() -> None:
    from kg.ingest.sentences import read_sentences

    texts = [s.text for s in read_sentences("Partner is ByteBerkel BV. He noted that it helps.")]
    assert texts == ["Partner is ByteBerkel BV.", "He noted that it helps."]


def test_a_month_before_the_release_in_a_present_join_is_next_year() -> None:
    found = _read(
        "In februari sluit Zorggroep Oosterveld aan, dat is al rond.",
        "Lochem, 22 september 2026 – De coalitie Digitaal Doen Lochem wil in 2029 iedereen "
        "bereiken. ",
    )
    assert _later(found) == {"Zorggroep Oosterveld"}


@pytest.mark.parametrize(
    ("sentence", "joiners"),
    [
        (
            "Vorige maand hebben we Doarpshûs De Mienskip en zorgorganisatie Kearn Soarch "
            "binnengehaald.",
            {"Doarpshûs De Mienskip", "Kearn Soarch"},
        ),
        (
            "Het convenant werd maandag getekend door Zorgcoöperatie Berkel en het "
            "installatiebedrijf Van Dijke & Zn.",
            {"Zorgcoöperatie Berkel", "Van Dijke & Zn"},  # the period ends the sentence too
        ),
        (
            "Sinds 1 september zijn Stichting Tandem Lochem en de ICT-coöperatie BerkelNet "
            "partner.",
            {"Stichting Tandem Lochem", "BerkelNet"},
        ),
        (
            "Sinds half oktober zit er een nieuwe organisatie aan tafel: Woonstichting Maasoever.",
            {"Woonstichting Maasoever"},
        ),
        (
            "1 november 2025 | Toetreding van Zorggroep Op de Kamp (zevende partner)",
            {"Zorggroep Op de Kamp"},
        ),
    ],
)
def test_news_of_joins_in_more_words(sentence: str, joiners: set[str]) -> None:
    assert set(_now(_read(sentence, _DECEMBER))) == joiners


def test_lines_below_new_partners_and_a_colon_are_joiners() -> None:
    found = _read(
        "Daarna was het de beurt aan de nieuwe partners, die welkom werden geheten:\n"
        "• Vakschool Lochem\n• Pixelpoort, een webbureau uit Barchem\n\nDe coalitie groeit.",
        _DECEMBER,
    )
    assert set(_now(found)) == {"Vakschool Lochem", "Pixelpoort"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Met de nieuwe partner zijn deze drie organisaties bij de coalitie aangesloten: "
        "Bibliotheek Lochem, Stichting Welzijn Lochem en Taalhuis Lochem.",
    ],
)
def test_a_list_of_all_members_after_a_colon_is_no_news(sentence: str) -> None:
    assert _now(_read(sentence)) == {}


def test_a_venue_before_a_verb_in_second_place_is_no_joiner() -> None:
    found = _read(
        "In een volle foyer van Theater De Schouwburg ondertekenden donderdag elf organisaties "
        "het vernieuwde convenant van de coalitie.",
        _DECEMBER,
    )
    assert "Theater De Schouwburg" not in _now(found)


def test_an_order_told_once_for_two_joiners() -> None:
    from kg.ingest.ordinals import ordinals as _ordinals

    assert _ordinals("X is de dertiende partner, Y de veertiende.") == [13, 14]
    assert _ordinals("X wordt onze veertiende partner, Y de vijftiende en Z de zestiende.") == [
        14,
        15,
        16,
    ]
    assert _ordinals("Het gaat om de bibliotheek en de gemeente.") == []


@pytest.mark.parametrize(
    ("sentence", "joiners"),
    [
        (
            "Lochem Digitaal, the town's coalition, has been joined by housing corporation Berkel "
            "Wonen and welfare organisation Welzijn Lochem-Oost.",
            {"Berkel Wonen", "Welzijn Lochem-Oost"},
        ),
        (
            "In gesprek met Ilse de Vries, bestuurder van Zorggroep Berkelland. Sinds 1 september "
            "is de zorggroep als veertiende partner aangesloten bij onze coalitie.",
            {"Zorggroep Berkelland"},
        ),
        (
            "Stichting Buurtkracht Lochem is onze achtste partner.",
            {"Stichting Buurtkracht Lochem"},
        ),
        (
            "Maandag 23 november ondertekende de Lochemse Zorgcoöperatie Berkelzorg het convenant.",
            {"Lochemse Zorgcoöperatie Berkelzorg"},
        ),
        (
            "Sinds 1 december doen ook woningcorporatie Wonen aan de Berkel en het Lochems "
            "Zorgcollectief mee.",
            {"Wonen aan de Berkel", "Lochems Zorgcollectief"},
        ),
    ],
)
def test_news_of_joins_in_still_more_words(sentence: str, joiners: set[str]) -> None:
    assert set(_now(_read(sentence, _DECEMBER))) == joiners


def test_the_bullets_after_signed_up_are_joiners() -> None:
    found = _read(
        "NEW MEMBERS\nSince our last issue, three organisations have signed up:\n"
        "• Stichting Buurtwerk Lochem (joined 3 September)\n"
        "• Wooncorporatie 't Berkelhuis, which works in Lochem and Zutphen\n\nSee you!",
        "Lochem, 4 December 2026 – The Lochem Digital Alliance helps everyone. ",
    )
    assert set(_now(found)) == {"Stichting Buurtwerk Lochem", "Wooncorporatie 't Berkelhuis"}


def test_an_ordinal_after_a_description_is_no_join() -> None:
    found = _read("Het bedrijf achter de app TaalLochem is de zevende partner.", _DECEMBER)
    assert "TaalLochem" not in _now(found)


def test_numbered_joiners_after_a_join_told_by_its_count() -> None:
    found = _read(
        "Per 1 november zijn er maar liefst drie organisaties bij de coalitie gekomen. In volgorde "
        "van aanmelding:\n1. Wijkzorg Lochem (partner nr. 12) – wijkverpleegkundigen;\n"
        "2. Woonzorg Het Berkelhof (nr. 13) – seniorenflats;\n3. BuurtBits (nr. 14) – laptops.\n\n"
        "De coalitie telt nu veertien partners.",
        _DECEMBER,
    )
    assert _now(found) == {
        "Wijkzorg Lochem": "12",
        "Woonzorg Het Berkelhof": "13",
        "BuurtBits": "14",
    }


@pytest.mark.parametrize(
    ("sentence", "joiners"),
    [
        (
            "Stichting Welzijn Kruispunt Lochem is per 1 oktober 2026 als twaalfde partner "
            "opgenomen in de coalitie.",
            {"Stichting Welzijn Kruispunt Lochem": "12"},
        ),
        (
            "Op 1 maart zetten drie nieuwe partners hun handtekening onder het convenant: "
            "Stichting De Linde, Zorggroep 't Zandhuys en Basisschool De Wielewaal.",
            {
                "Stichting De Linde": None,
                "Zorggroep 't Zandhuys": None,
                "Basisschool De Wielewaal": None,
            },
        ),
        (
            "Deze maand verwelkomden we als zestiende partner Zorgboerderij 't Olde Goed uit "
            "Barchem en als zeventiende TechnoBorg Lochem BV, een installatiebedrijf.",
            {"Zorgboerderij 't Olde Goed": "16", "TechnoBorg Lochem BV": "17"},
        ),
    ],
)
def test_joins_told_in_yet_more_words(sentence: str, joiners: dict[str, str | None]) -> None:
    assert _now(_read(sentence, _DECEMBER)) == joiners


@pytest.mark.parametrize(
    "sentence",
    [
        "Sarah Okonkwo joined the board in October.",
        "Since 1 November, we've joined a coalition!",
    ],
)
def test_no_join_of_the_coalition(sentence: str) -> None:
    found = _read(
        sentence, "Lochem, 4 December 2026 – The Lochem Digital Alliance helps everyone. "
    )
    assert not {"Sarah Okonkwo", "Since 1 November", "We've"} & set(_now(found))


def test_the_rows_of_a_table_below_new_partners_and_a_welcome_with_a_colon() -> None:
    found = _read(
        "This autumn the coalition welcomed three new partners:\n\n"
        "  Organisation          | Type          | Joined\n"
        "  ----------------------|---------------|----------\n"
        "  Thuiszorg Berkel      | home care     | 2 September 2026\n"
        "  Brede School Lochem   | school        | 16 September 2026\n\n"
        "Een dikke welkom aan:\n\n👉 Stichting Buurtkracht Lochem\n👉 NetBerkel Solutions\n\n"
        "Tot snel!",
        "Lochem, 4 December 2026 – The Lochem Digital Alliance helps everyone. ",
    )
    assert set(_now(found)) == {
        "Thuiszorg Berkel",
        "Brede School Lochem",
        "Stichting Buurtkracht Lochem",
        "NetBerkel Solutions",
    }


@pytest.mark.parametrize(
    ("sentence", "joiner"),
    [
        ("Een dag later volgde HOK-lid CodeSmid B.V. als tiende.", "CodeSmid B.V."),
        (
            "In het Provinciehuis hebben Wooncorporatie Berkel en Stichting Hunebed Online dinsdag "
            "het convenant van de coalitie ondertekend.",
            "Stichting Hunebed Online",
        ),
    ],
)
def test_a_join_by_following_or_signing_in_the_perfect(sentence: str, joiner: str) -> None:
    assert joiner in _now(_read(sentence, _DECEMBER))


@pytest.mark.parametrize(
    "sentence",
    [
        "Let op: onze leverancier MediLochem, die de koppeling bouwt, is géén partner in het "
        "netwerk.",
        "Zorginstelling Sint-Berkel, which runs homes in Lochem and Zutphen, joined on 14 March.",
    ],
)
def test_a_stressed_denial_and_an_inserted_clause(sentence: str) -> None:
    found = _now(_read(sentence, _DECEMBER))
    assert not {"MediLochem", "Lochem", "Zutphen"} & set(found)


def test_the_coalition_after_an_article_and_describing_words() -> None:
    found = _read(
        "The regional digital inclusion coalition DigiKracht Lochem has grown to eleven partners. "
        "Housing association Polderwoning became the tenth partner on 3 August 2026.",
        "Lochem, 4 December 2026. ",
    )
    assert found.coalition is not None and found.coalition.written == "DigiKracht Lochem"
