"""README and command line agree: every command documented; the quick start is what CI runs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from kg.cli import parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, object]:
    action = next(a for a in parser()._actions if a.dest == "command")
    return dict(action.choices)  # type: ignore[arg-type]


def test_every_command_and_option_is_documented() -> None:
    commands = _commands()
    assert set(commands) == {
        "build",
        "validate",
        "extract",
        "review",
        "queries",
        "query",
        "analyze",
        "export",
        "viz",
        "report",
        "serve",
        "publish",
    }
    for name, sub in commands.items():
        assert f"`kg {name}" in README, name
        for action in sub._actions:  # type: ignore[attr-defined]
            for option in action.option_strings:
                if option.startswith("--") and option not in ("--help", "--verbose"):
                    assert option in README, f"kg {name} {option} is not in the README"


def test_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.MULTILINE)


def test_help_is_fast_and_light() -> None:
    code = (
        "import sys, kg.cli; kg.cli.parser().format_help(); "
        "print(','.join(m for m in ('rdflib', 'networkx', 'pyvis', 'pyshacl', 'starlette', "
        "'uvicorn', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""  # no heavy library is imported for --help
