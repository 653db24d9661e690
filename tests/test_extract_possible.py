"""Joins in words no phrase row reads are asked, not guessed (issue 16, kg/ingest/possible.py):
a sentence's words of joining, of the partnership and of a recent time make each organisation
it names a "joins?" question of the review queue, never a member until a researcher accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.assembly.build import build
from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.possible import possible_joins
from kg.ingest.sentences import read_sentences
from tests.test_review import _append, data  # noqa: F401 (the fixture)

_BASE = "https://w3id.org/dlkg/"
_TIME = "http://www.w3.org/2006/time#"
_COALITION = "Digitaal Vaardig Drenthe"
_REST = f"\n\n{_COALITION} bestaat verder uit Gemeente Assen, Biblionet Drenthe en Drenthe College."


def _asked(news: str, dateline: str = "Assen, 1 mei 2024 – ") -> dict[str, str | None]:
    found = extract_text(dateline + news + _REST, "x", Lexicon.builtin())
    assert not [j.org.value for j in found.joins if j.org.value in news]  # no row reads it
    return {j.org.value: j.date.iso if j.date else None for j in found.asked}


@pytest.mark.parametrize(
    ("news", "asked"),
    [
        (
            f"Een warm welkom voor Zwemvereniging De Hoven, die deze week het convenant van "
            f"{_COALITION} ondertekende.",
            {"Zwemvereniging De Hoven": None},
        ),
        (
            f"Sinds 29 april zit Stichting Roeivereniging De Drentse Aa mee aan tafel bij "
            f"{_COALITION}.",
            {"Stichting Roeivereniging De Drentse Aa": "2024-04-29"},
        ),
        (
            "A warm welcome to Visserijschool Noord and Stichting Zeilkamp Assen, who both took "
            "up the pen for our partnership charter this month!",
            {"Visserijschool Noord": None, "Stichting Zeilkamp Assen": None},
        ),
        (
            "Sinds 28 april heeft ook Imkersvereniging De Zoemer een plek aan de netwerktafel.",
            {"Imkersvereniging De Zoemer": "2024-04-28"},
        ),
        (  # a clause about the organisation is no venue
            "Energiecoöperatie Zonnig Assen, waar veel van onze coaches lid van zijn, zit sinds "
            "28 april mee aan tafel.",
            {"Energiecoöperatie Zonnig Assen": "2024-04-28"},
        ),
        (
            "Vlak voor de deadline kwamen er nog twee handtekeningen binnen: van Buurtvereniging "
            "Oosterpark en van Stichting Fietsmaatjes Assen.",
            {"Buurtvereniging Oosterpark": None, "Stichting Fietsmaatjes Assen": None},
        ),
    ],
)
def test_a_join_in_words_no_row_reads_is_asked(news: str, asked: dict[str, str | None]) -> None:
    assert _asked(news) == asked


@pytest.mark.parametrize(
    "news",
    [
        # a hedge, a talk, a question, a join to come
        f"Stichting Zwemclub De Hoven is in gesprek over toetreding tot {_COALITION}.",
        f"Ondertekent Stichting Zwemclub De Hoven deze maand het convenant van {_COALITION}?",
        f"Per 1 september 2024 zit ook Stichting Zwemclub De Hoven aan tafel bij {_COALITION}.",
        # history: a year before the release's, or a founder
        f"In 2021 schoof Stichting Zwemclub De Hoven voor het eerst aan tafel bij {_COALITION}.",
        f"Stichting Zwemclub De Hoven zit sinds de start aan tafel bij {_COALITION}.",
        # a venue, a welcomer, a person, a funder
        "De nieuwe partner ondertekende deze week het convenant in Wijkcentrum De Hoven.",
        f"Voorzitter Jan Bos van Stichting Zwemclub De Hoven verwelkomde deze week de nieuwe "
        f"partner van {_COALITION}.",
        f"Het convenant van {_COALITION} wordt sinds deze week gesteund door Fonds Drenthe.",
        f"Het Drents Fonds kent {_COALITION} deze week 20.000 euro toe; Anna Bos tekende.",
        # a leave, a correction, a plan
        "We onderzoeken met de partners of het netwerk deze week een eigen plek in Assen krijgt.",
        f"Computerclub De Muis is deze week gestopt als partner van {_COALITION}.",
        f"In een eerdere versie stond dat Stichting Zeilkamp Assen vandaag bij {_COALITION} "
        "tekende.",
        # a list of partners of before, a table that is furniture
        "Het hospice is de vierde partner, na Gemeente Assen, Biblionet Drenthe en Alfa College.",
        f"Sinds kort zit Jan aan de leestafel van Bibliotheek Assen-Noord voor {_COALITION}.",
        f"Met de nieuwe partner telt {_COALITION} nu partners als Stichting A, Stichting B, "
        "Stichting C en Stichting D.",
    ],
)
def test_what_is_no_join_now_is_not_asked(news: str) -> None:
    assert _asked(news) == {}


def test_an_undated_text_does_not_ask_of_a_dated_join() -> None:
    """ "Per 1 maart doet ook X mee" in a text of no date: now, or still to come? Not asked."""
    assert _asked(f"Per 1 maart zit ook Stichting X Assen aan tafel bij {_COALITION}.", "") == {}


def test_one_name_is_asked_once() -> None:
    text = (
        "Welkom aan Stichting Zwemclub De Hoven, die deze week tekende!\n\n"
        "Stichting Zwemclub De Hoven ondertekende vandaag ook ons convenant."
    )
    names = [name for name, _, _ in possible_joins(read_sentences(text), set(), "2024-05-01")]
    assert names == ["Stichting Zwemclub De Hoven"]


def test_the_build_asks_and_a_decision_makes_the_member_with_its_date(
    data: Path,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:
    text = (
        "Assen, 1 mei 2024 – Een warm welkom voor Zwemvereniging De Hoven, die op 29 april het "
        f"convenant van {_COALITION} ondertekende." + _REST + "\n"
    )
    (data / "sources" / "assen.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "build"
    result = build(data, out)
    questions = json.loads((out / "review.json").read_text(encoding="utf-8"))["questions"]
    question = next(q for q in questions if q["kind"] == "joins?")
    assert question["value"] == "Zwemvereniging De Hoven"
    assert question["sentence"] == text.split("\n")[0]
    assert question["coalition"] == _COALITION and question["confidence"] < 0.7
    assert "'welkom', 'ondertekende', 'convenant'" in question["reason"]
    membership = "membership/digitaal-vaardig-drenthe/zwemvereniging-de-hoven>"
    nt = (out / "kg.nt").read_text(encoding="utf-8")
    assert membership not in nt
    assert any(question["id"] in warning for warning in result.warnings)
    kg.decide(str(question["id"]), "accept", who="A. Researcher", data=data, kg=out)
    build(data, out)
    nt = (out / "kg.nt").read_text(encoding="utf-8")
    assert membership in nt and "accept by A. Researcher" in nt
    start = f"<{_BASE}{membership[:-1]}/during/start>"
    assert f"<{_BASE}{membership[:-1]}/during> <{_TIME}hasBeginning> {start} ." in nt
    assert f'{start} <{_TIME}inXSDDate> "2024-04-29"^^' in nt


_OWN = (
    "Assen, 1 mei 2024 – {news}\n\n"
    f"{_COALITION} bestaat verder uit Gemeente Assen, Biblionet Drenthe en Drenthe College."
)


@pytest.mark.parametrize(
    ("head", "news", "asked"),
    [
        (  # the publisher's own voice, in words no row reads
            "Zwemvereniging De Hoven › Nieuws",
            f"Wij zitten sinds deze week aan de overlegtafel van {_COALITION}.",
            ["Zwemvereniging De Hoven"],
        ),
        (  # the author's "we" is her coalition's or team's, not a member's
            "Anna de Vries\nCoördinator Zwemvereniging De Hoven",
            f"Wij zitten sinds deze week aan de overlegtafel van {_COALITION}.",
            [],
        ),
        (  # "onze leden" are others
            "Zwemvereniging De Hoven › Nieuws",
            f"Deze week tekenden drie van onze leden het convenant van {_COALITION}.",
            [],
        ),
    ],
)
def test_the_publisher_is_asked_where_its_own_voice_joins(
    head: str, news: str, asked: list[str]
) -> None:
    found = extract_text(f"{head}\n\n" + _OWN.format(news=news), "x", Lexicon.builtin())
    assert not found.joins
    assert [j.org.value for j in found.asked] == asked


def test_a_head_without_a_word_of_its_kind_still_names_who_we_are() -> None:
    """ "Sinfonia Dinkel | News" over "Onze club zit sinds deze week aan de overlegtafel ...":
    the head's first organisation-like name, where `publisher` finds none; not a post's date."""
    news = f"Wij zitten sinds deze week aan de overlegtafel van {_COALITION}."
    found = extract_text("Sinfonia Hoven | Nieuws\n\n" + _OWN.format(news=news), "x")
    assert [j.org.value for j in found.asked] == ["Sinfonia Hoven"]
    found = extract_text("Posted Monday 30 April\n\n" + _OWN.format(news=news), "x")
    assert found.asked == []
