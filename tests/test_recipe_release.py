"""The README's "Add a coalition from a press release", followed word for word on a fresh copy of
data/: the commands and the CSV row are read from the README itself."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import textwrap
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
RELEASE = ROOT / "tests" / "press" / "corpus" / "19-stapt-uit.txt"  # fictional, with answer key


def recipe() -> list[tuple[str, str]]:
    """The recipe's code blocks, in order, as (language, text)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Add a coalition from a press release", 1)[1].split("\n#", 1)[0]
    return [
        (lang, textwrap.dedent(body).strip())
        for lang, body in re.findall(r"```(\w+)\n(.*?)```", section, re.S)
    ]


def test_the_recipe_adds_the_coalition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copy(RELEASE, tmp_path / "persbericht.txt")  # the file the reader downloaded
    monkeypatch.chdir(tmp_path)
    steps = recipe()
    assert [lang for lang, _ in steps] == ["sh", "csv", "sh", "sh", "sh"]
    outputs = []
    for lang, text in steps:
        if lang == "csv":
            with open("data/sources.csv", "a", encoding="utf-8") as table:
                table.write(text + "\n")
            continue
        argv = shlex.split(text)
        if argv[0] == "cp":
            shutil.copy(argv[1], argv[2])
            continue
        assert argv[0] == "kg"
        assert main(argv[1:]) == 0, text
        out, err = capsys.readouterr()
        outputs.append((text, out, err))
    (_, extracted, _), (_, built, warnings), (_, answer, _) = outputs
    assert "Zeeland Digitaal Vaardig" in extracted and "stapt uit" in extracted
    assert "does NOT conform" not in built and "disagreement" not in warnings
    key = json.loads(RELEASE.with_suffix(".json").read_text(encoding="utf-8"))
    for member in key["members"]:
        assert member in answer
    for leaver in key["leavers"]:
        assert leaver not in answer  # it left: not a member now
