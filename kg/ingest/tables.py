"""Read the source folder: curated CSV tables and press releases, each row with file and line."""

from __future__ import annotations

import csv
import datetime
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError

__all__ = [
    "CELL_TYPES",
    "TABLES",
    "URL_COLUMNS",
    "Row",
    "Sources",
    "load",
    "read_table",
    "read_text",
]

TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # file: (columns, required columns)
    "sources": (
        (
            "id",
            "type",
            "title",
            "publisher",
            "language",
            "issued",
            "not_before",
            "not_after",
            "date_note",
            "url",
            "file",
        ),
        ("id", "type", "title", "language"),
    ),
    "coalitions": (
        (
            "name",
            "aliases",
            "kind",
            "region",
            "founded",
            "website",
            "former_name",
            "renamed",
            "source",
        ),
        ("name", "source"),
    ),
    "organisations": (
        (
            "name",
            "official_name",
            "aliases",
            "type",
            "sector",
            "city",
            "website",
            "wikidata",
            "source",
        ),
        ("name", "source"),
    ),
    "memberships": (
        ("coalition", "member", "join_order", "joined", "left", "quote", "source"),
        ("coalition", "member", "source"),
    ),
    "counts": (
        ("coalition", "partners", "lists_all", "quote", "source"),
        ("coalition", "partners", "source"),
    ),
    "goals": (
        ("coalition", "aim_nl", "aim_en", "target_year", "regions", "source"),
        ("coalition", "target_year", "source"),
    ),
    "regions": (
        ("name", "name_en", "type", "part_of", "cbs_code", "wikidata", "source"),
        ("name", "type", "source"),
    ),
    "themes": (("name_nl", "name_en", "kind", "aliases"), ("name_nl", "kind")),
    "review": (
        ("id", "decision", "value", "who", "when", "note"),
        ("id", "decision", "who", "when"),
    ),
}
"""Every table of the data folder: its columns and the cells a row cannot leave empty. A file's
header names its columns in any order; a column it leaves out is empty in every row, unless the
column is required."""

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[^\s/?#@:\[\]]+)(:\d{1,5})?$")
URL_COLUMNS = ("website", "url")
"""Cells that become links: only http(s) URLs are accepted."""
CELL_TYPES = {
    "issued": "date",
    "not_before": "date",
    "not_after": "date",
    "founded": "date",
    "joined": "date",
    "left": "date",
    "renamed": "date",
    "when": "date",
    "join_order": "integer",
    "partners": "count",
    "lists_all": "boolean",
    "target_year": "year",
    "website": "url",
    "url": "url",
    "wikidata": "wikidata",
}
"""Every typed column, checked when its table is read: a bad cell stops the build at file:line."""


@dataclass(frozen=True)
class Row:
    """One row of a table, with where it stands so that every error can point at it."""

    file: Path
    line: int
    cells: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.cells.get(column, "")

    def list(self, column: str) -> list[str]:
        """The `|`-separated values of a cell, without empties."""
        return [value.strip() for value in self[column].split("|") if value.strip()]

    def error(self, problem: str) -> InputError:
        return InputError(problem, self.file, self.line)

    def integer(self, column: str, minimum: int = 1) -> int | None:
        """A whole-number cell, or None when empty."""
        value = self[column]
        if not value:
            return None
        if not value.isdigit() or int(value) < minimum:
            raise self.error(
                f"{column} must be a whole number of at least {minimum}, not {value!r}"
            )
        return int(value)

    def date(self, column: str) -> str | None:
        """An ISO date or year cell (2019, 2019-06, 2019-06-01) of the real calendar, or None.

        >>> Row(Path("t.csv"), 3, {"on": "2019-13-45"}).date("on")
        Traceback (most recent call last):
        ...
        kg.errors.InputError: t.csv:3: on must be a real date (2019-13-45: month is not 01 to 12)
        """
        value = self[column]
        if value and not _DATE.match(value):
            raise self.error(
                f"{column} must be an ISO date or year (2019-06-01, 2019), not {value!r}"
            )
        if value:
            year, month, day = [*value.split("-"), "01", "01"][:3]
            try:
                datetime.date(int(year), int(month), int(day))
            except ValueError as exc:
                problem = str(exc).replace("must be in 1..12", "is not 01 to 12")
                raise self.error(f"{column} must be a real date ({value}: {problem})") from None
            if int(year) < 1000:
                raise self.error(f"{column} must be a year of four digits, not {value!r}")
        return value or None

    def year(self, column: str) -> int | None:
        """A year cell of four digits (1000 to 9999), or None when empty."""
        value = self[column]
        if value and not (len(value) == 4 and value.isdigit() and value[0] != "0"):
            raise self.error(f"{column} must be a year of four digits (2025), not {value!r}")
        return int(value) if value else None

    def url(self, column: str) -> str | None:
        """An http(s) URL with a host (and a valid port when one is given), or None when empty."""
        value = self[column]
        if not value:
            return None
        host = value.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
        port = host.rsplit(":", 1)[1] if ":" in host and not host.endswith("]") else ""
        if (
            not _URL.match(value)
            or not _HOST.match(host)
            or (port and not (port.isdigit() and 0 < int(port) < 65536))
        ):
            raise self.error(f"{column} must be an http(s) URL, not {value!r}")
        return value

    def wikidata(self, column: str) -> str | None:
        """A Wikidata item id (Q55), or None when empty."""
        value = self[column]
        if value and not (value[:1] == "Q" and value[1:].isdigit() and value[1:2] != "0"):
            raise self.error(f"{column} must be an id like Q55, not {value!r}")
        return value or None

    def count(self, column: str) -> int | None:
        """A whole number of at least 0, or None when empty."""
        return self.integer(column, minimum=0)

    def boolean(self, column: str) -> bool:
        """A yes/no cell (`yes`, `no` or empty for no)."""
        value = self[column].lower()
        if value not in ("", "yes", "no"):
            raise self.error(f"{column} must be yes or no, not {self[column]!r}")
        return value == "yes"

    def check(self, column: str) -> None:
        """Check a typed cell (see CELL_TYPES) for form; raise an InputError at file:line."""
        kind = CELL_TYPES.get(column)
        if kind == "integer":
            self.integer(column)
        elif kind is not None:
            getattr(self, kind)(column)


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, or raise an InputError naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start} cannot be decoded)", path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None


def read_table(path: Path, columns: tuple[str, ...], required: tuple[str, ...] = ()) -> list[Row]:
    """Read a CSV table whose header names some of `columns` (all the `required` ones)."""
    rows: list[Row] = []
    reader = csv.reader(read_text(path).splitlines(keepends=True), strict=True)
    try:
        header = [cell.strip() for cell in next(reader, [])]
        _check_header(path, header, columns, required)
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                raise InputError(
                    f"expected {len(header)} cells, found {len(cells)} "
                    "(a comma inside a cell needs quotes)",
                    path,
                    line,
                )
            row = Row(path, line, {c: v.strip() for c, v in zip(header, cells, strict=True)})
            for column in required:
                if not row[column]:
                    raise row.error(f"the cell {column!r} is empty")
            for column in header:
                row.check(column)
            rows.append(row)
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", path, reader.line_num) from None
    return rows


def _check_header(
    path: Path, header: list[str], columns: tuple[str, ...], required: tuple[str, ...]
) -> None:
    """A header names known columns, each once, and every required one."""
    problem = ""
    if unknown := [c for c in header if c not in columns]:
        problem = f"unknown column {', '.join(map(repr, unknown))}"
    elif twice := sorted({c for c in header if header.count(c) > 1}):
        problem = f"column {', '.join(map(repr, twice))} appears twice"
    elif missing := [c for c in required if c not in header]:
        problem = f"missing column {', '.join(map(repr, missing))}"
    if problem:
        raise InputError(f"{problem} (the columns are {','.join(columns)})", path, 1)


@dataclass
class Sources:
    """Everything in a data folder, read and checked for form (not yet for meaning)."""

    folder: Path
    tables: dict[str, list[Row]] = field(default_factory=dict)
    texts: list[Path] = field(default_factory=list)
    _files: dict[str, Row] | None = field(default=None, init=False, repr=False, compare=False)

    def rows(self, table: str) -> Iterator[Row]:
        yield from self.tables.get(table, [])

    def source_of(self, file: str) -> Row | None:
        """The first sources.csv row of a text file (by an index made on first use)."""
        if self._files is None:
            self._files = {}
            for row in self.rows("sources"):
                self._files.setdefault(row["file"], row)
        return self._files.get(file)


def load(folder: str | Path) -> Sources:
    """Read every table of a data folder (missing tables are empty) and list its texts.

    A folder that cannot be read (permissions, a file where a folder belongs) is bad input: an
    InputError names it and the reason.
    """
    folder = Path(folder)
    present = _listing(folder, "the data folder")
    if present is None:
        raise InputError("no such data folder", folder)
    sources = Sources(folder)
    for name, (columns, required) in TABLES.items():
        path = folder / f"{name}.csv"
        sources.tables[name] = read_table(path, columns, required) if path.name in present else []
    text_folder = folder / "sources"
    texts = _listing(text_folder, "the folder of texts") if "sources" in present else None
    sources.texts = sorted(text_folder / name for name in texts or () if name.endswith(".txt"))
    return sources


def _listing(folder: Path, what: str) -> set[str] | None:
    """The names in a folder, None when it does not exist, or an InputError saying why not."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name for entry in entries}
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise InputError(f"cannot read {what}: it is a file, not a folder", folder) from None
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror}", folder) from None
