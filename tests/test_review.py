"""The review queue (issue 16): what the reader is not sure of is a question, not a member; the
researcher's decisions in review.csv are applied by every later build."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import kg
from kg.assembly.build import build
from kg.cli import main
from kg.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
TWO = ROOT / "tests" / "data" / "two-coalitions"
RELEASE = (
    "Assen, 1 mei 2024 – Kunstbende Assen sluit zich aan bij Digitaal Vaardig Drenthe.\n\n"
    "De coalitie bestaat verder uit Gemeente Assen, Biblionet Drenthe, Stichting Present Assen "
    "en Assen Onderneemt en Drenthe College.\n"
)
DOUBTED = "Stichting Present Assen en Assen Onderneemt"


def _append(path: Path, cells: dict[str, str]) -> None:
    """A row under the table's own header (whatever its columns), the other cells empty."""
    with path.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    with path.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow([cells.get(c, "") for c in header])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """Two coalitions, a release with a list whose last part has two " en ", and two curated
    organisations whose names differ only by a legal form."""
    folder = tmp_path / "data"
    shutil.copytree(TWO, folder)
    (folder / "sources").mkdir()
    (folder / "sources" / "assen.txt").write_text(RELEASE, encoding="utf-8")
    source = {"type": "press-release", "title": "Test fixture: Assen", "language": "nl"}
    _append(folder / "sources.csv", {"id": "assen", "file": "assen.txt", **source})
    row = {"name": "Stichting Biblionet Drenthe", "source": "test-organisaties"}
    _append(folder / "organisations.csv", row)
    return folder


def _labels(out: Path) -> str:
    return (out / "kg.nt").read_text(encoding="utf-8")


def _question(out: Path, kind: str) -> dict[str, Any]:
    questions = json.loads((out / "review.json").read_text(encoding="utf-8"))["questions"]
    return next(q for q in questions if q["kind"] == kind)


def test_an_uncertain_split_is_a_question_not_a_member(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    result = build(data, out)
    question = _question(out, "split?")
    assert question["value"] == DOUBTED
    assert question["sentence"] == RELEASE.split("\n\n")[1].strip()
    assert question["candidates"] == ["Stichting Present Assen", "Assen Onderneemt"]
    assert question["source"] == "assen" and question["coalition"] == "Digitaal Vaardig Drenthe"
    assert question["confidence"] < 0.7
    assert f'"{DOUBTED}"' not in _labels(out)  # neither member nor organisation
    assert "Gemeente Assen" in _labels(out)  # what the reader is sure of goes in
    assert any(DOUBTED in w and "reviewed" in w for w in result.warnings)
    assert [q["id"] for q in kg.review(kg=out, data=data)].count(question["id"]) == 1


def test_accepting_puts_it_in_on_the_next_build_with_a_note(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build(data, out)
    question = _question(out, "split?")
    row = kg.decide(str(question["id"]), "accept", who="A. Researcher", data=data, kg=out)
    assert row["who"] == "A. Researcher" and row["when"]
    assert question["id"] not in [q["id"] for q in kg.review(kg=out, data=data)]
    build(data, out)
    nt = _labels(out)
    assert f'"{DOUBTED}"' in nt
    assert "accept by A. Researcher on" in nt and "skos/core#editorialNote" in nt
    assert question["id"] not in (out / "review.json").read_text(encoding="utf-8")


def test_rejecting_keeps_it_out(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build(data, out)
    question = _question(out, "split?")
    kg.decide(str(question["id"]), "reject", who="B", data=data, kg=out)
    result = build(data, out)
    assert f'"{DOUBTED}"' not in _labels(out)
    assert question["id"] not in (out / "review.json").read_text(encoding="utf-8")
    assert not any("applies to no question" in w for w in result.warnings)


def test_renaming_a_split_makes_the_names_given(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build(data, out)
    question = _question(out, "split?")
    value = "Stichting Present Assen|Assen Onderneemt"
    kg.decide(str(question["id"]), "rename", value=value, who="C", data=data, kg=out)
    build(data, out)
    nt = _labels(out)
    assert '"Stichting Present Assen"' in nt and '"Assen Onderneemt"' in nt
    assert f'"{DOUBTED}"' not in nt


def test_a_near_miss_is_asked_and_a_merge_makes_one_node(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    before = build(data, out).summary()["organisations"]
    question = _question(out, "same organisation?")
    assert question["candidates"] == ["Biblionet Drenthe", "Stichting Biblionet Drenthe"]
    kg.decide(str(question["id"]), "merge", value="Biblionet Drenthe", who="D", data=data, kg=out)
    with (data / "review.csv").open(encoding="utf-8") as handle:
        assert list(csv.DictReader(handle))[-1]["value"] == (
            "Biblionet Drenthe|Stichting Biblionet Drenthe"
        )
    result = build(data, out)
    assert result.summary()["organisations"] == before - 1
    nt = _labels(out)
    assert "organisation/stichting-biblionet-drenthe>" not in nt
    alias = '<http://www.w3.org/2004/02/skos/core#altLabel> "Stichting Biblionet Drenthe"'
    assert f"organisation/biblionet-drenthe> {alias}" in nt
    assert "same organisation?" not in (out / "review.json").read_text(encoding="utf-8")
    assert not any("applies to no question" in w for w in result.warnings)


def test_a_decision_for_a_question_that_is_gone_is_a_warning(data: Path) -> None:
    (data / "review.csv").write_text(
        "id,decision,value,who,when,note\n0123456789ab,accept,,E,2026-12-01,\n", encoding="utf-8"
    )
    result = build(data, None)
    assert any(
        "review.csv:2" in w and "0123456789ab" in w and "applies to no question" in w
        for w in result.warnings
    )


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("xyz,accept,,F,2026-12-01,", "id must be 12 hex digits"),
        ("0123456789ab,maybe,,F,2026-12-01,", "decision must be one of"),
        ("0123456789ab,rename,,F,2026-12-01,", "a rename needs the new name"),
        ("0123456789ab,merge,A,F,2026-12-01,", "a merge needs two names"),
        ("0123456789ab,accept,,,2026-12-01,", "the cell 'who' is empty"),
        ("0123456789ab,accept,,F,yesterday,", "when must be an ISO date"),
    ],
)
def test_a_bad_decision_row_names_file_and_line(data: Path, row: str, problem: str) -> None:
    (data / "review.csv").write_text(
        f"id,decision,value,who,when,note\n0123456789ab,reject,,F,2026-12-01,\n{row}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        build(data, None)
    assert str(caught.value).startswith(f"{data / 'review.csv'}:3: ")
    assert problem in str(caught.value)


def test_the_queue_is_the_same_bytes_every_build(data: Path, tmp_path: Path) -> None:
    build(data, tmp_path / "one")
    build(data, tmp_path / "two")
    first = (tmp_path / "one" / "review.json").read_bytes()
    assert first == (tmp_path / "two" / "review.json").read_bytes()
    assert len(json.loads(first)["questions"]) == 2


def test_the_command_lists_and_decides(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "build"
    build(data, out)
    question = _question(out, "split?")
    assert main(["review", "--kg", str(out), "--data", str(data)]) == 0
    listed = capsys.readouterr().out
    assert str(question["id"]) in listed and DOUBTED in listed and "2 open questions" in listed
    assert main(["review", "--kg", str(out), "--data", str(data), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    args = ["review", "decide", "000000000000", "accept", "--kg", str(out), "--data", str(data)]
    assert main(args) == 2
    assert "no open question has the id" in capsys.readouterr().err
    assert not (data / "review.csv").exists()  # nothing written for a bad id
    args[2] = str(question["id"])
    assert main([*args, "--who", "G"]) == 0
    assert main(["review", "--kg", str(out), "--data", str(data)]) == 0
    assert "1 open question;" in capsys.readouterr().out


def test_the_stated_count_settles_what_the_reader_doubts() -> None:
    """The seed release, read with no curated names: its glue cuts and its firm's name fit the
    stated seventeen partners and go in; with the count changed they are questions, and the
    count is named as the doubt of the reading whose other reading would meet it (the firm's
    name cut in two gives one more name; a glue cut made whole gives one fewer, so it stays a
    question for its own reason)."""
    from kg.ingest.confidence import THRESHOLD
    from kg.ingest.extract import extract_text, read_source

    text = read_source(ROOT / "data" / "sources" / "samenwerking-noord-persbericht.txt")
    partners = extract_text(text, "seed").partners
    firm = next(f for f in partners if f.value == "Goldmund, Wyldebeast & Wunderliebe")
    assert firm.confidence >= THRESHOLD and "the stated count agrees" in firm.reason
    assert all(f.confidence >= THRESHOLD and f.reason for f in partners)
    miscounted = text.replace("zeventien andere partners", "achttien andere partners")
    doubted = [f for f in extract_text(miscounted, "seed").partners if f.confidence < THRESHOLD]
    firm = next(f for f in doubted if f.value == "Goldmund, Wyldebeast & Wunderliebe")
    assert "not 18 as stated" in firm.reason
    assert all(f.candidates and f.reason for f in doubted)
    assert not any("not 18 as stated" in f.reason for f in doubted if "glue rule" in f.reason)
    assert len(doubted) < len(partners)  # names read plainly are not doubted


def test_a_place_named_as_a_member_is_a_question(data: Path, tmp_path: Path) -> None:
    """ "Assen" in a list is the town (regions.csv), not an organisation: asked, not a member."""
    text = (
        "Emmen, 2 mei 2024 – Sportbedrijf Emmen sluit zich aan bij Digitaal Vaardig Drenthe.\n\n"
        "De coalitie bestaat verder uit Gemeente Assen, Assen en Drenthe College.\n"
    )
    (data / "sources" / "assen.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "build"
    build(data, out)
    question = _question(out, "member?")
    assert question["value"] == "Assen" and "is a place in regions.csv" in question["reason"]
    membership = "membership/digitaal-vaardig-drenthe/assen>"
    assert membership not in _labels(out)
    assert "membership/digitaal-vaardig-drenthe/sportbedrijf-emmen>" in _labels(out)


def test_every_fact_the_reader_reads_says_how_sure_and_why() -> None:
    from kg.ingest.extract import extract_text, read_source

    seen = 0
    for path in sorted((ROOT / "tests" / "press" / "corpus").glob("*.txt")):
        found = extract_text(read_source(path), path.stem)
        facts = [
            found.coalition,
            found.joiner,
            found.join_order,
            found.stated_others,
            found.stated_total,
            *found.partners,
            *(j.org for j in found.joins),
            *(j.order for j in found.joins),
            *found.leavers,
            *found.former_names,
            *found.sector_groups,
            *found.themes,
            *found.activities,
        ]
        for fact in facts:
            if fact is not None:
                seen += 1
                assert 0 <= fact.confidence <= 1 and fact.reason, (path.name, fact)
    assert seen > 200


def test_near_misses_are_names_alike_but_not_names_that_tell_apart() -> None:
    from kg.assembly.review import near_misses

    alike = [
        ("NHL Stenden", "NHL/Stenden"),
        ("Hanze Hogeschool", "Hanzehogeschool"),
        ("Rijksuniversiteit Groningen", "Universiteit Groningen"),
        ("Biblionet Drenthe", "Stichting Biblionet Drenthe"),
        ("Bibliotheek Westerkwartier", "Bibliotheek Westerkwatier"),  # a typo
    ]
    apart = [
        ("Gemeente Venlo", "Gemeente Venray"),
        ("Bibliotheek Emmen Oost", "Bibliotheek Emmen West"),
        ("ROC A12", "ROC A13"),
        ("Gemeente Groningen", "Provincie Groningen"),
        ("Rijksuniversiteit Groningen", "University of Groningen"),  # an alias, not a near miss
    ]
    names = sorted({name for pair in alike + apart for name in pair})
    found = {(a, b) for a, b, _ in near_misses(names)}
    assert found == {tuple(sorted(pair)) for pair in alike}
