"""Misreadings a second review found in the fixes of the first (issue 16); each test failed on
the reviewed commit (55f8525)."""

from __future__ import annotations

import pytest

from kg.ingest.dates import dateline
from kg.ingest.extract import Extraction, Lexicon, extract_text

_HEAD = "Nieuws van Digitaal Drenthe\n\nAssen, 9 april 2025 – "
_TAIL = (
    "\n\nOver Digitaal Drenthe\nDigitaal Drenthe is een netwerk van organisaties die werken aan "
    "digitale vaardigheden.\n"
)


def _read(news: str) -> Extraction:
    return extract_text(_HEAD + news + _TAIL, "x", Lexicon.builtin())


@pytest.mark.parametrize(
    ("news", "joins", "leavers"),
    [
        (
            "Stichting Welzijn Oost, one of the founders, stopped as a partner in March.",
            [],
            ["Stichting Welzijn Oost"],
        ),
        (
            "Stichting Welzijn Oost, die in 2019 aansloot, is per 1 maart gestopt als partner.",
            [],
            ["Stichting Welzijn Oost"],
        ),
        (
            "Stichting Welzijn Oost is aangesloten bij Digitaal Zwolle, terwijl Bibliotheek Zwolle "
            "per 1 maart is gestopt als partner.",
            ["Stichting Welzijn Oost"],
            ["Bibliotheek Zwolle"],
        ),
        (
            "Sinds vandaag is Stichting Welzijn Oost aangesloten bij Digitaal Zwolle, nadat "
            "Bibliotheek Zwolle vorig jaar is gestopt als partner.",
            ["Stichting Welzijn Oost"],
            None,
        ),
        (
            "Stichting Welzijn Oost, die vorig jaar stopte als partner, is nu weer aangesloten bij "
            "Digitaal Zwolle.",
            ["Stichting Welzijn Oost"],
            [],
        ),
        (
            "Stichting Welzijn Oost, which signed the covenant in 2019, has left the coalition.",
            [],
            ["Stichting Welzijn Oost"],
        ),
        (
            "Two organisations joined this spring and Stichting Welzijn Oost left the coalition.",
            None,
            ["Stichting Welzijn Oost"],
        ),
        (
            "Per 1 maart zijn Stichting Welzijn Oost en Stichting Zwolle Digitaal gestopt als "
            "partner.",
            [],
            ["Stichting Welzijn Oost", "Stichting Zwolle Digitaal"],
        ),
        (
            "Gemeente Zwolle en Bibliotheek Zwolle zijn gestopt als partner.",
            [],
            ["Gemeente Zwolle", "Bibliotheek Zwolle"],
        ),
    ],
)
def test_leaves_in_asides_clauses_and_plurals(
    news: str, joins: list[str] | None, leavers: list[str] | None
) -> None:
    found = _read(news)
    if joins is not None:
        assert [j.org.value for j in found.joins] == joins
    if leavers is not None:
        assert [fact.value for fact in found.leavers] == leavers


@pytest.mark.parametrize(
    "news",
    [
        "Ook Humanitas heeft vandaag het convenant getekend, aldus de voorzitter van Humanitas.",
        "Ook Ede heeft vandaag het convenant getekend, in aanwezigheid van wethouder Jan van Ede.",
    ],
)
def test_a_name_written_outside_a_signer_s_name_still_joins(news: str) -> None:
    assert len(_read(news).joins) == 1


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Gemeente Assen · Stichting 50+ Netwerk · Bibliotheek Assen",
            ["Gemeente Assen", "Stichting 50+ Netwerk", "Bibliotheek Assen"],
        ),
        (
            "Humanitas · Vluchtelingenwerk · Gemeente Assen",
            ["Humanitas", "Vluchtelingenwerk", "Gemeente Assen"],
        ),
        (
            "gemeente Assen · gemeente Tynaarlo · Bibliotheek Assen",
            ["Gemeente Assen", "Gemeente Tynaarlo", "Bibliotheek Assen"],
        ),
        ("Gemeente Assen · Humanitas", ["Gemeente Assen", "Humanitas"]),
    ],
)
def test_a_dotted_line_of_names_with_digits_single_words_or_kinds_is_read(
    line: str, names: list[str]
) -> None:
    text = (
        "Nieuwe partners voor Digitaal Drenthe\n\nAssen, 9 april 2025 – Vandaag hebben de "
        "volgende organisaties het convenant van Digitaal Drenthe ondertekend:\n" + line + "\n"
    )
    found = extract_text(text, "x", Lexicon.builtin())
    assert sorted(
        [fact.value for fact in found.partners] + [j.org.value for j in found.joins]
    ) == sorted(names)


@pytest.mark.parametrize("line", ["Eersel , 5 mei 2025 – X treedt toe.", "Zwolle , 9 april 2025"])
def test_a_space_before_the_dateline_s_comma(line: str) -> None:
    found = dateline(line)
    assert found is not None and found.iso in ("2025-05-05", "2025-04-09")


@pytest.mark.parametrize(
    ("news", "asked"),
    [
        (
            "A warm welcome to Hengelo Hackers Foundation, who signed our pledge for Digitaal "
            "Drenthe this week – we couldn't be happier!",
            ["Hengelo Hackers Foundation"],
        ),
        (
            "Welkom aan Zeilschool De Drentse Aa, die drie dagen geleden het convenant van "
            "Digitaal Drenthe ondertekende.",
            ["Zeilschool De Drentse Aa"],
        ),
        (
            "Welkom aan Welzijn Nu Assen, die deze week het convenant van Digitaal Drenthe "
            "ondertekende!",
            ["Welzijn Nu Assen"],
        ),
        (
            "Met trots melden we dat Bibliotheek Hoogeveen deze week het convenant van Digitaal "
            "Drenthe tot 2028 heeft ondertekend.",
            ["Bibliotheek Hoogeveen"],
        ),
    ],
)
def test_plainly_recent_joins_are_asked(news: str, asked: list[str]) -> None:
    assert [j.org.value for j in _read(news).asked] == asked


@pytest.mark.parametrize(
    "news",
    [
        "Vandaag tekende Stichting Buurtkracht het convenant in Het Drentse Huis.",
        "Vandaag tekende Stichting Buurtkracht het convenant bij Bibliotheek Assen.",
        "Vandaag tekende Stichting Buurtkracht in Wijkcentrum De Bron het convenant.",
    ],
)
def test_who_signs_is_the_joiner_not_where_it_was_signed(news: str) -> None:
    """Older, seen by the second review: the venue after "het convenant in" was the joiner."""
    assert [j.org.value for j in _read(news).joins] == ["Stichting Buurtkracht"]


def test_a_welcome_is_not_part_of_the_joiner_s_name() -> None:
    news = "Welkom aan Zeilschool De Drentse Aa, die deze week het convenant heeft ondertekend."
    assert [j.org.value for j in _read(news).joins] == ["Zeilschool De Drentse Aa"]


@pytest.mark.parametrize(
    ("news", "joins"),
    [
        (
            "Deze maand verwelkomen we Computerclub Emmen en Stichting SeniorWeb Assen in ons "
            "netwerk.",
            ["Computerclub Emmen", "Stichting SeniorWeb Assen"],
        ),
        (  # one name with " en " in it stays one
            "Digitaal Drenthe verwelkomt Stichting Welzijn en Zorg Assen als nieuwe partner.",
            ["Stichting Welzijn en Zorg Assen"],
        ),
    ],
)
def test_two_welcomed_are_two(news: str, joins: list[str]) -> None:
    """Older, seen by the second review: "verwelkomen we A en Stichting B" was one name."""
    assert [j.org.value for j in _read(news).joins] == joins
