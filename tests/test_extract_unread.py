"""Members in forms no rule reads are asked, not guessed (issue 16, kg/ingest/unread.py): a
sentence that speaks of membership makes each organisation it names that no rule read a
"member?" question of the review queue, never a member until a researcher accepts. Each text is
written for this file (none is copied from a set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.assembly.build import build
from kg.ingest.confidence import THRESHOLD
from kg.ingest.extract import Lexicon, extract_text
from kg.ingest.results import Extraction
from tests.test_review import data  # noqa: F401 (the fixture)

_COALITION = "Digitaal Vaardig Drenthe"
_HEAD = (
    f"Assen, 1 mei 2024 – Zwemvereniging De Hoven sluit zich aan bij de coalitie {_COALITION}.\n\n"
)


def _read(text: str) -> Extraction:
    return extract_text(_HEAD + text, "x", Lexicon.builtin())


def _asked(text: str) -> list[str]:
    """The members the reader asks about: below the threshold, with the unread reader's reason."""
    found = _read(text)
    sure = {f.value for f in found.partners if f.confidence >= THRESHOLD}
    asked = [f for f in found.partners if "in a form no rule reads" in f.reason]
    assert all(f.confidence < THRESHOLD for f in asked)
    assert not sure & {f.value for f in asked}
    return [f.value for f in asked]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (  # the members in a quote, after "we are now with"
            'De voorzitter zei het zo: "We zijn nu met de Gemeente Tynaarlo, Bibliotheek '
            'Eelde-Paterswolde en Welzijnsgroep Vries, en dat is een beweging."',
            ["Gemeente Tynaarlo", "Bibliotheek Eelde-Paterswolde", "Welzijnsgroep Vries"],
        ),
        (  # "is a member too, and so is"
            "Stichting Welzijn Roden is a member too, and so is Computerhuis Bakker B.V., the "
            "shop on the Brink.",
            ["Stichting Welzijn Roden", "Computerhuis Bakker B.V."],
        ),
        (  # "zitten er eveneens in", its subject the sentence before the semicolon
            "Velen kennen de vrijwilligers van Computerclub Bit & Byte uit Vries; die zitten er "
            "eveneens in.",
            ["Computerclub Bit & Byte"],
        ),
        (  # an English member named beside a word of the partnership
            "The gemeente Midden-Drenthe, also a member of the coalition, opened the meeting.",
            ["Gemeente Midden-Drenthe"],
        ),
    ],
)
def test_a_member_in_words_no_rule_reads_is_asked(text: str, asked: list[str]) -> None:
    assert sorted(_asked(text)) == sorted(asked)


@pytest.mark.parametrize(
    "text",
    [
        "Stichting Welzijn Eelde wordt per 1 januari 2025 partner van de coalitie.",  # to come
        "Woonstichting De Veste is geen partner, maar betaalt de koffie.",  # denied, a funder
        "Stichting Drents Fonds sponsort de laptops voor de partners.",  # a sponsor
        "Bibliotheek Roden was tot vorig jaar partner.",  # a past
        "Computerclub Peize overweegt om partner te worden.",  # a plan
        "De vereniging is aangesloten bij de koepelorganisatie Stichting Sport Drenthe.",  # a body
        "We met Woonstichting Norg and Welzijn Peize, both long-time partners of the "
        "municipality.",  # partners of another
        "Zorggroep Vries is, net als Stichting Welzijn Eelde, een vergelijkbaar netwerk.",
        "Stichting Samen Vries bestaat uit zestig vrijwilligers die partners helpen.",  # the whole
        "The Vries Wind Fund (Stichting Windfonds Vries) is a partner of the coalition.",
    ],
)
def test_what_is_no_member_now_is_not_asked(text: str) -> None:
    assert [name for name in _asked(text) if name != "Vries Wind Fund"] == []


def test_a_name_the_rules_read_is_not_asked_again_nor_a_part_of_it() -> None:
    text = (
        "De partners zijn Gemeente Assen, Stichting Welzijn Assen en Biblionet Drenthe. "
        "Stichting Welzijn doet ook mee aan de campagne van de partners."
    )
    found = _read(text)
    assert {"Gemeente Assen", "Stichting Welzijn Assen"} <= {
        f.value for f in found.partners if f.confidence >= THRESHOLD
    }
    assert _asked(text) == []


def test_the_build_asks_and_a_decision_makes_the_member(
    data: Path,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:
    text = (
        _HEAD + 'De voorzitter zei het zo: "We zijn nu met Bibliotheek Eelde-Paterswolde en '
        'Welzijnsgroep Vries, en dat is een beweging."\n'
    )
    (data / "sources" / "assen.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "build"
    result = build(data, out)
    questions = json.loads((out / "review.json").read_text(encoding="utf-8"))["questions"]
    question = next(q for q in questions if q["value"] == "Welzijnsgroep Vries")
    assert question["kind"] == "member?" and question["confidence"] < THRESHOLD
    assert question["coalition"] == _COALITION and "'We zijn nu met'" in question["reason"]
    membership = "membership/digitaal-vaardig-drenthe/welzijnsgroep-vries>"
    assert membership not in (out / "kg.nt").read_text(encoding="utf-8")
    assert any(question["id"] in warning for warning in result.warnings)
    kg.decide(str(question["id"]), "accept", who="A. Researcher", data=data, kg=out)
    build(data, out)
    nt = (out / "kg.nt").read_text(encoding="utf-8")
    assert membership in nt and "accept by A. Researcher" in nt
