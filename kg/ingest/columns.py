"""The columns of a text's table or list: the one of names, and the numbers before them.

A release's table of partners mostly names them in its first column ("Partner | Sector |
Sinds"). Some put them further right, under a header that says who ("Post | Opdracht | Bemand
door"): then that column is the list, and the first ("S/F", "3") is no name. A numbered list
may number its lines without a dot ("9  Stichting Y", "10 Z"): the number is no part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.ingest.sentences import Sentence

__all__ = [
    "TABLE_HEADS",
    "cells_of",
    "denied",
    "first_cell",
    "name_column",
    "numbered_row",
    "table_header",
]

_NAME_HEADS = frozenset(
    {"name", "naam", "organisatie", "organisation", "organization", "wie"}
)  # the
# whole header: not "Naam locatie"
_WHO_HEAD = re.compile(
    r"\b(?:partners?|coalitiepartners?|deelnemers?|participants?|leden|lid|members?"
    r"|(?:bemand|staffed|manned) (?:door|by))\b"
)  # a header that says who takes part: not "Gefinancierd door", "Naam locatie", "Organisatie"


def cells_of(row: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row cut by "|", without its spaces.

    >>> cells_of("| 3 | Bibliotheek X |")
    [(2, 3), (6, 19)]
    """
    cells = []
    for match in re.finditer(r"[^|]+", row):
        lead = len(match.group()) - len(match.group().lstrip())
        cells.append((match.start() + lead, match.start() + lead + len(match.group().strip())))
    return cells


def name_column(rows: list[str], named: Callable[[str], bool]) -> int | None:
    """The one column of a "|" table (its header row first) whose header says who takes part
    ("Bemand door", "Partner", "Deelnemer") and whose cells are `named` (organisations),
    where that is not its first column ("3 | QR-code scannen | Bibliotheek X"); else None: not
    "Datum | Plaats", "Gefinancierd door", not a grid of names by sector, whose every column
    names.

    >>> rows = ["Post | Opdracht | Bemand door", "1 | Inloggen | Bibliotheek X"]
    >>> name_column(rows + ["2 | Mailen | Stichting Y"], lambda cell: " " in cell)
    2
    """
    if len(rows) < 3:
        return None
    heads = [rows[0][a:b].strip(" *").lower() for a, b in cells_of(rows[0])]
    count = [0] * len(heads)
    for row in rows[1:]:
        for index, (start, end) in enumerate(cells_of(row)[: len(heads)]):
            count[index] += named(row[start:end].strip(" *"))
    full = [index for index, n in enumerate(count) if n * 2 >= len(rows) - 1]
    head = heads[full[0]] if full else ""
    who = len(full) == 1 and full[0] > 0 and (_WHO_HEAD.search(head) or head in _NAME_HEADS)
    return full[0] if who else None


def denied(header: str, row: str) -> bool:
    """Whether a "|" table's row says no under a header that asks whether it takes part ("TDI
    member?", "Lid?", "Partner van X?"): "no", "nee", "no, but considering it".

    >>> header = "Organisation | Role | Member?"
    >>> denied(header, "Fonds X | pays | no"), denied(header, "Bibliotheek Y | trains | yes")
    (True, False)
    """
    if "|" not in header or "|" not in row:
        return False
    asks = [i for i, (a, b) in enumerate(cells_of(header)) if _ASKS_IN.search(header[a:b])]
    cells = [row[a:b] for a, b in cells_of(row)]
    return any(i < len(cells) and _NO.match(cells[i]) for i in asks)


_ASKS_IN = re.compile(
    r"(?i)\b(?:members?|lid|leden|partners?|deelnemers?|aangesloten|in (?:the|de|het) \w+)"
    r"\b[^|]*\?"
)
_NO = re.compile(r"(?i)(?:no|nee|niet|geen|not)\b")


def first_cell(text: str) -> tuple[int, int] | None:
    """(start, end) of a table row's first cell: up to its first "|" or wide gap."""
    cell = re.match(r"\s*\|?\s*([^|\t]+?)(?:\s*\||\t| {3,})", text)
    return cell.span(1) if cell else None


_BARE_NUMBER = re.compile(r"[ \t]*(\d{1,2})[ \t]+(?=[^\W\d_])")


def numbered_row(sentences: Sequence[Sentence], index: int) -> int:
    """The length of the bare number a line of a numbered run opens with ("10 Vakcollege X"
    between "9 Stichting Y" and "11 Z"), else 0: not a date's day ("12 November 2026")."""
    here = _BARE_NUMBER.match(sentences[index].text)
    if not here:
        return 0
    for step in (-1, 1):
        near = sentences[index + step] if 0 <= index + step < len(sentences) else None
        there = _BARE_NUMBER.match(near.text) if near else None
        if there and int(there[1]) == int(here[1]) + step:
            return here.end()
    return 0


TABLE_HEADS = frozenset({"partner", "partners", "naam", "organisatie", "partij", "deelnemer"})
_NUMBER_HEADS = frozenset({"nr", "nr.", "no.", "#"})
TABLE_HEADS |= {"name", "organisation", "organization", "member"} | _NUMBER_HEADS
"""The words that head a table's column of names, or of numbers before them."""


def table_header(sentence: Sentence) -> bool:
    """A table's header row: "Partner | Sector | Deelnemer sinds"."""
    text = sentence.text
    cells = [c for c in re.split(r"\||\s{2,}" if "|" not in text else r"\|", text) if c.strip()]
    columns = "|" in text or len(cells) >= 2  # "| Partner | Sector |" or "Partner   Soort   Sinds"
    heads = [cell.strip(" *").lower() for cell in cells[:2]]
    if heads and heads[0] in _NUMBER_HEADS:  # "| Nr | Organisatie |", not "| Nr | Actie | Wie |"
        return columns and len(heads) == 2 and heads[1] in TABLE_HEADS - _NUMBER_HEADS
    return columns and bool(heads) and heads[0] in TABLE_HEADS
