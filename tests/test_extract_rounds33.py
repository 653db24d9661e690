"""Forms blind sets 33 and 34 showed the reader missing, each tested on text of its own: a name
the sentence calls a partner after a comma ("X, die ook partner is", "X, eveneens partner,",
"X, also a partner,"), "Ook A en B zijn partner", "Kartrekkers zijn A, B en C", "Naast
initiatiefnemer X", "members A and B", "Later volgden onder anderen A en B", "maken A en B er
deel van uit", "werken A en B samen (met C)"; joins told in clauses of one sentence ("In maart
trad A toe, in juni volgde B en in september sloot C zich aan"), by a count and a colon ("zijn
drie leden toegetreden tot Y: A uit Ede en B"), stressed ("niet één maar twéé nieuwe
partners"), "sloten aan tijdens", a place after the joiner ("is X uit Ermelo partner"), and
one firm's name with a comma ("Jansen, Peeters & Partners")."""

from __future__ import annotations

import pytest

from tests.reading import members, reader

_read = reader("round33")
_HEAD = "Ermelo, 2 september 2026 – Nieuws van de coalitie Digitaal Samen Veluwe.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De gemeente Ermelo, die ook partner is, betaalt de koffie.",
            {"gemeente Ermelo"},
        ),
        (
            "Stichting Buurtwerk Putten, eveneens partner, leidt de vrijwilligers op.",
            {"Stichting Buurtwerk Putten"},
        ),
        (
            "The municipality of Nunspeet, also a partner, found a larger room.",
            {"municipality of Nunspeet"},
        ),
        (
            "Woonstichting Het Veluwse Erf, dat al sinds de start partner is, leent tablets uit.",
            {"Woonstichting Het Veluwse Erf"},
        ),
        (
            "Ook Bibliotheek Noord-Veluwe en Zorggroep De Haere zijn partner.",
            {"Bibliotheek Noord-Veluwe", "Zorggroep De Haere"},
        ),
        (
            "Kartrekkers zijn de gemeente Harderwijk, Bibliotheek Noord-Veluwe en Welzijn Putten.",
            {"Gemeente Harderwijk", "Bibliotheek Noord-Veluwe", "Welzijn Putten"},
        ),
        (
            "Naast initiatiefnemer Bibliotheek Noord-Veluwe zitten vrijwilligers aan tafel.",
            {"Bibliotheek Noord-Veluwe"},
        ),
        (
            "On the agenda is a workshop by members Bibliotheek Noord-Veluwe and Welzijn Putten.",
            {"Bibliotheek Noord-Veluwe", "Welzijn Putten"},
        ),
        (
            "Later volgden onder anderen de gemeente Elburg, Woonstichting Oldebroek en "
            "Zorggroep De Haere.",
            {"Gemeente Elburg", "Woonstichting Oldebroek", "Zorggroep De Haere"},
        ),
        (
            "Sinds 1 november maken Stichting Wijkwerk Putten en Zorggroep De Haere er deel van "
            "uit.",
            {"Stichting Wijkwerk Putten", "Zorggroep De Haere"},
        ),
        (
            "In de regio werken de gemeenten Ermelo en Putten samen met Bibliotheek Noord-Veluwe "
            "en Welzijn Putten.",
            {"Gemeente Ermelo", "Gemeente Putten", "Bibliotheek Noord-Veluwe", "Welzijn Putten"},
        ),
    ],
)
def test_a_name_the_sentence_calls_a_partner(sentence: str, expected: set[str]) -> None:
    found = _read(_HEAD + sentence + "\n")
    assert expected <= members(found) | {join.org.value for join in found.joins}


@pytest.mark.parametrize(
    "sentence",
    [
        "Het landelijke programma Digitaal Op Pad, dat evenmin partner is, levert lesmateriaal.",
        "Wij zijn partner van Digitaal Samen Veluwe.",
    ],
)
def test_no_partner_where_the_sentence_says_it_is_none_or_speaks_of_us(sentence: str) -> None:
    assert members(_read(_HEAD + sentence + "\n")) == set()


def test_joins_told_in_clauses_of_one_sentence() -> None:
    text = (
        _HEAD + "In maart trad de Ouderenbond Ermelo toe, in juni volgde Kringloopbedrijf De "
        "Ruil en in september sloot het burgerinitiatief Putten Verbindt zich aan.\n"
    )
    found = _read(text)
    joined = {join.org.value for join in found.joins}
    assert joined == {"Ouderenbond Ermelo", "Kringloopbedrijf De Ruil", "Putten Verbindt"}
    quotes = [join.org.evidence for join in found.joins]  # each its own clause, as written
    assert all(text[e.start : e.end] == e.sentence for e in quotes)
    assert [e.sentence.split()[:2] for e in quotes] == [
        ["In", "maart"],
        ["in", "juni"],
        ["in", "september"],
    ]


def test_a_join_followed_a_week_later() -> None:
    found = _read(
        _HEAD + "Op 2 november tekende Bibliotheek Ermelo het convenant. Een week later, op 9 "
        "november, volgde Vrijwilligerscentrale Putten als dertiende.\n"
    )
    assert {join.org.value for join in found.joins} == {
        "Bibliotheek Ermelo",
        "Vrijwilligerscentrale Putten",
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Per 1 oktober zijn drie ondernemers toegetreden tot Digitaal Samen Veluwe: "
            "ByteVeld B.V. uit Ermelo, drukkerij Van Dam uit Putten en Adviesbureau Kern.",
            {"ByteVeld B.V.", "Van Dam", "Adviesbureau Kern"},
        ),
        (
            "Vandaag mochten we niet één maar twéé nieuwe partners verwelkomen bij Digitaal Samen "
            "Veluwe: Zorgcentrum De Linde en Wooncorporatie Veluwehuis.",
            {"Zorgcentrum De Linde", "Wooncorporatie Veluwehuis"},
        ),
        (
            "Logistiek Bos & Zn., DataVeld B.V. en Verpakkingen Van Gorp sloten aan tijdens de "
            "netwerkbijeenkomst.",
            {"Logistiek Bos & Zn.", "DataVeld B.V.", "Verpakkingen Van Gorp"},
        ),
        (
            "Sinds 1 juli 2026 is Kringloopwinkel 't Hergebruik uit Ermelo partner.",
            {"Kringloopwinkel 't Hergebruik"},
        ),
        (
            "Als 11de partner tekende vorige week Jansen, Peeters & Partners uit Ermelo.",
            {"Jansen, Peeters & Partners"},
        ),
    ],
)
def test_who_joins(sentence: str, expected: set[str]) -> None:
    found = _read(_HEAD + sentence + "\n")
    assert {join.org.value for join in found.joins if not join.future} == expected


_NEWSLETTER = (
    "Woonstichting De Linde › Nieuws › Huurders\n\n"
    "Digitale hulp in de wijk\n\n"
    "Wij zijn sinds 1 maart partner van Digitaal Samen Veluwe, de coalitie van Ermelo en "
    "Putten.\n"
)


def test_a_newsletters_publisher_is_a_member_where_it_says_we_are_a_partner() -> None:
    found = _read(_NEWSLETTER.replace("sinds 1 maart", "al jaren"))  # since a day: a join
    assert "Woonstichting De Linde" in members(found)
    fact = next(f for f in found.partners if f.value == "Woonstichting De Linde")
    assert fact.evidence.sentence.startswith("Wij zijn al jaren partner")
    assert "publisher" in fact.reason


@pytest.mark.parametrize(
    "text",
    [
        _NEWSLETTER.replace("Wij zijn sinds 1 maart partner", "Wij zijn geen partner"),
        _NEWSLETTER.replace("Wij zijn sinds", "„Wij zijn sinds"),  # a quotation: the speaker's
        "PERSBERICHT\n\nDigitaal Samen Veluwe telt tien partners. We zijn aangesloten bij de "
        "landelijke alliantie.\n",
    ],
)
def test_no_publisher_where_it_does_not_say_so_in_its_own_voice(text: str) -> None:
    assert "Woonstichting De Linde" not in members(_read(text))
