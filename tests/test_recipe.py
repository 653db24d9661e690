"""README's "Add a collaboration" (curated rows), followed word for word: its CSV blocks appended
to a fresh copy of data/, its commands run, and the new collaboration in the answers."""

from __future__ import annotations

import csv
import io
import re
import shlex
import shutil
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("\n### Add a collaboration\n", 1)[1].split("\n#", 1)[0]
STEP_FILE = re.compile(r"\*\*`data/(\w+\.csv)`\*\*")
BLOCK = re.compile(r"^( *)```(\w+)\n(.*?)^\1```", re.MULTILINE | re.DOTALL)


def _steps() -> tuple[list[tuple[str, list[str], list[list[str]]]], list[str]]:
    """The recipe's CSV blocks (file, header, rows) in order, and its commands."""
    tables: list[tuple[str, list[str], list[list[str]]]] = []
    commands: list[str] = []
    end = 0
    for block in BLOCK.finditer(SECTION):
        indent, language, body = block.groups()
        lines = [line.removeprefix(indent) for line in body.splitlines()]
        if language == "csv":
            named = STEP_FILE.findall(SECTION[end : block.start()])
            assert named, f"no **`data/….csv`** step before the block at {block.start()}"
            header, *rows = list(csv.reader(io.StringIO("\n".join(lines) + "\n")))
            tables.append((named[-1], header, rows))
        elif language == "sh":
            commands += [line.strip() for line in lines if line.strip()]
        end = block.end()
    return tables, commands


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def _append(path: Path, rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    if text and not text.endswith("\n"):
        text += "\n"
    path.write_text(text + buffer.getvalue(), encoding="utf-8")


def _warnings(output: str) -> set[str]:
    return {line.strip() for line in output.splitlines() if line.strip().startswith("Warning")}


def test_the_recipe_is_parsed_as_steps() -> None:
    tables, commands = _steps()
    files = [name for name, _, _ in tables]
    assert files == [
        "sources.csv",
        "regions.csv",
        "coalitions.csv",
        "organisations.csv",
        "memberships.csv",
        "counts.csv",
    ]
    assert all(rows for _, _, rows in tables)
    assert [shlex.split(c)[:3] for c in commands] == [
        ["kg", "build"],
        ["kg", "query", "members"],
        ["kg", "query", "shared-members"],
    ]


def test_following_the_recipe_adds_a_collaboration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, out = tmp_path / "data", tmp_path / "build"
    shutil.copytree(ROOT / "data", data)
    assert main(["build", "--data", str(data), "--out", str(tmp_path / "before")]) == 0
    before = _warnings(capsys.readouterr().out)

    tables, commands = _steps()
    for name, header, rows in tables:
        # the block shows the header its rows go under: the file's own
        assert header == _header(data / name), name
        _append(data / name, rows)
    added = {name: rows for name, _, rows in tables}
    header_of = {name: header for name, header, _ in tables}
    collaboration = added["coalitions.csv"][0][0]
    new_members = {row[1] for row in added["memberships.csv"]}

    outputs = []
    for command in commands:  # as written; only where the data and the build are is added
        words = shlex.split(command)
        assert words[0] == "kg"
        where = (
            ["--data", str(data), "--out", str(out)] if words[1] == "build" else ["--kg", str(out)]
        )
        assert main([*words[1:], *where]) == 0, command
        outputs.append(capsys.readouterr().out)

    # the build: no count of the new page disagrees with the members it names (a warning about a
    # count names the page's title)
    title = added["sources.csv"][0][header_of["sources.csv"].index("title")]
    new = _warnings(outputs[0]) - before
    assert not [w for w in new if "partners" in w or title in w or collaboration in w], new

    # the members question answers the new collaboration's members, old ones found by alias
    assert f"({len(new_members)} rows)" in outputs[1]
    for name in ("Bibliotheek Westerkwartier", "Stichting Buurtkracht", "Noorderpoort"):
        assert name in outputs[1]
    assert "Rijksuniversiteit Groningen" in outputs[1]  # "RUG" in the row: one node, its name

    # the organisations it shares with other collaborations are among the shared members
    rows = [line for line in outputs[2].splitlines() if collaboration in line]
    assert sorted(rows) == sorted(
        line for line in rows if "Rijksuniversiteit Groningen" in line or "Noorderpoort" in line
    )
    assert any("Rijksuniversiteit Groningen" in line for line in rows)
    assert any("Noorderpoort" in line for line in rows)
    assert len(rows) == 2
