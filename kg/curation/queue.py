"""`kg review`: the open questions of a build, and a researcher's decision appended to review.csv.

The build writes its open questions to `review.json` (`kg.assembly.review`); `open_questions`
reads them and leaves out those decided since in `review.csv`, so that the list is right
before the next build. `decide` checks the id against the build's questions (an unknown id is
bad input, exit 2) and appends one row to `review.csv` atomically; the next build applies it.
"""

from __future__ import annotations

import csv
import datetime
import getpass
import io
import json
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.files import atomic_write
from kg.ingest.decisions import DECISIONS, read_decisions
from kg.ingest.tables import TABLES, read_table, read_text

__all__ = ["decide", "open_questions", "table"]

_COLUMNS = TABLES["review"][0]


def _decisions_path(data: str | Path) -> Path:
    return Path(data) / "review.csv"


def _questions(kg: str | Path) -> list[dict[str, Any]]:
    """The questions in a build folder's review.json (or in a review.json given itself)."""
    path = Path(kg)
    if path.is_dir():
        path = path / "review.json"
    if not path.is_file():
        raise InputError("no review.json here: run `kg build` first", path)
    try:
        found = json.loads(read_text(path))
        questions = found["questions"]
        assert isinstance(questions, list)
    except (ValueError, KeyError, TypeError, AssertionError):
        raise InputError("not a review queue written by `kg build`", path) from None
    return questions


def _decided(data: str | Path) -> set[str]:
    path = _decisions_path(data)
    if not path.is_file():
        return set()
    return set(read_decisions(read_table(path, _COLUMNS, TABLES["review"][1])))


def open_questions(kg: str | Path = "build", data: str | Path = "data") -> list[dict[str, Any]]:
    """The build's open questions that review.csv in `data` does not decide yet.

    Raises:
        InputError: If the build has no review.json, or review.csv has a bad row (file:line).
    """
    decided = _decided(data)
    return [q for q in _questions(kg) if q.get("id") not in decided]


def table(questions: list[dict[str, Any]]) -> str:
    """The questions as text for a terminal: id, kind, value, why, the sentence, the choices."""
    if not questions:
        return "no open questions\n"
    lines = []
    for q in questions:
        where = [f"{q['confidence']:.2f}", *(q[k] for k in ("source", "coalition") if q.get(k))]
        lines.append(f"{q['id']}  {q['kind']}  {q['value']!r}  ({'; '.join(where)})")
        lines.append(f"    why: {q['reason']}")
        if q.get("sentence"):
            lines.append(f"    said: {q['sentence']!r}")
        if q.get("candidates"):
            lines.append("    or: " + " | ".join(repr(c) for c in q["candidates"]))
    count = len(questions)
    lines.append(
        f"{count} open question{'s' if count != 1 else ''}; decide with "
        "`kg review decide ID accept|reject|rename|merge [--value V]`"
    )
    return "\n".join(lines) + "\n"


def decide(
    question: str,
    decision: str,
    value: str | None = None,
    who: str | None = None,
    note: str = "",
    data: str | Path = "data",
    kg: str | Path = "build",
) -> dict[str, str]:
    """Append a decision on one of the build's questions to review.csv, atomically.

    A rename needs `value` (several names separated by `|`); a merge keeps `value` (or the
    first candidate) and makes the other candidate its alias. `who` defaults to the login name;
    the date is today's (UTC).

    Returns:
        The row written, by column.

    Raises:
        InputError: For an id the build did not ask, an unknown decision, a rename without a
            value, or a review.csv that is not well formed.
    """
    if decision not in DECISIONS:
        raise InputError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    asked = {q.get("id"): q for q in _questions(kg)}
    if question not in asked:
        raise InputError(f"no open question has the id {question!r}: see `kg review`")
    candidates = [str(c) for c in asked[question].get("candidates", [])]
    if decision == "rename" and not value:
        raise InputError("a rename needs --value (several names separated by |)")
    if decision == "merge":
        if len(candidates) < 2 and not (value and "|" in value):
            raise InputError("a merge needs two names: --value 'KEPT|OTHER'")
        keep = value or candidates[0]
        value = "|".join([keep, *(c for c in candidates if c != keep)]) if "|" not in keep else keep
    row = {
        "id": question,
        "decision": decision,
        "value": value or "",
        "who": who or getpass.getuser(),
        "when": datetime.datetime.now(datetime.UTC).date().isoformat(),
        "note": note,
    }
    if not Path(data).is_dir():
        raise InputError("no such data folder", data)
    path = _decisions_path(data)
    old = read_text(path) if path.is_file() else ""
    if old:
        read_decisions(read_table(path, _COLUMNS, TABLES["review"][1]))  # a bad file stays
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if not old:
        writer.writerow(_COLUMNS)
    elif not old.endswith("\n"):
        buffer.write("\n")
    writer.writerow([row[column] for column in _COLUMNS])
    atomic_write(path, old + buffer.getvalue())
    return row
