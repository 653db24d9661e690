"""A query's answer (`Result`) and its formats: an aligned table, CSV, TSV, SPARQL JSON, Turtle."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.rdf.iri import DEFAULT_BASE, prefixes
from kg.rdf.terms import to_json

if TYPE_CHECKING:
    from rdflib.term import Identifier


__all__ = ["FORMATS", "FORMULA_STARTS", "Result", "format_result", "neutralise", "short"]

FORMATS = ("table", "csv", "tsv", "json", "turtle")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection)."""
_NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def neutralise(cell: str) -> str:
    """A csv/tsv cell that a spreadsheet would run as a formula, with a leading apostrophe.

    A literal in TSV's N-Triples syntax is looked at inside its quotes too; a plain number
    (-5, +3.2) is not a formula and stays as it is.

    >>> neutralise("=1+2"), neutralise("-5"), neutralise("-x")
    ("'=1+2", '-5', "'-x")
    >>> print(neutralise('"@SUM(A1)"@en'))
    '"@SUM(A1)"@en
    """
    text = cell[1:] if cell.startswith('"') else cell
    if text.startswith(FORMULA_STARTS):
        value = text.split('"', 1)[0] if cell.startswith('"') else text
        if not _NUMBER.match(value):
            return "'" + cell
    return cell


@dataclass
class Result:
    """A query's answer: rows of rdflib terms (SELECT), a boolean (ASK) or triples (graph)."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Identifier, Identifier, Identifier]] = field(default_factory=list)

    def records(self) -> list[dict[str, object]]:
        """SELECT rows as dictionaries of plain Python values (str, int, date, ...)."""
        return [
            {
                var: (term.toPython() if term is not None else None)  # type: ignore[attr-defined]
                for var, term in zip(self.variables, row, strict=True)
            }
            for row in self.rows
        ]


def short(term: Identifier | None, names: dict[str, str]) -> str:
    """A term as a person reads it: a prefixed name for IRIs, the text for literals."""
    return _Shortener(names)(term)


class _Shortener:
    """`short`, with the namespaces sorted once (longest first) and each distinct term done once."""

    def __init__(self, names: dict[str, str]):
        from rdflib import URIRef

        self.URIRef = URIRef
        self.names = sorted(names.items(), key=lambda kv: -len(kv[1]))
        self.done: dict[Identifier, str] = {}

    def __call__(self, term: Identifier | None) -> str:
        if term is None:
            return ""
        text = self.done.get(term)
        if text is None:
            text = self.done[term] = self._shorten(term)
        return text

    def _shorten(self, term: Identifier) -> str:
        text = str(term)  # str's own methods: rdflib's startswith is slower by far
        if isinstance(term, self.URIRef):
            for prefix, namespace in self.names:
                if text.startswith(namespace) and "/" not in text[len(namespace) :]:
                    return f"{prefix}:{text[len(namespace) :]}"
        return text.replace("\n", " ")


def _table(
    result: Result,
    names: dict[str, str],
    hide: Collection[str] = (),
    *,
    iri: bool = False,
    width: int | None = None,
) -> str:
    """An aligned table for people: prefixed names for IRIs, an IRI column left out where a
    label column names the same things (`?type` beside `?typeLabel`; kept with `iri`), columns
    that only echo a parameter left out, and long cells wrapped to fit `width` (rich)."""

    def echo(i: int) -> bool:  # one value, or none, in every row: the parameter given back
        return len({row[i] for row in result.rows}) <= 1

    variables = result.variables
    echoed = {var for i, var in enumerate(variables) if var in hide and echo(i)}
    echoed |= {f"{var}{end}" for var in echoed for end in ("Label", "Name")}  # and its name
    labelled = {v for v in variables if not iri and {f"{v}Label", f"{v}Name"} & set(variables)}
    keep = [i for i, var in enumerate(variables) if var not in echoed | labelled]
    shorten = _Shortener(names)
    cells = [[shorten(row[i]) for i in keep] for row in result.rows]
    header = [variables[i] for i in keep]
    if width and sum(min(len(name), 8) + 4 for name in header) > width:
        return _records(header, cells, width)
    sizes = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(header)]
    fits = not width or sum(sizes) + 3 * (len(sizes) - 1) <= width
    if fits and all(map(_narrow, header)) and all(_narrow(c) for row in cells for c in row):
        lines = _aligned(header, cells, sizes)  # rich takes ~1 ms a row and 0.1 s to import
    else:
        lines = _rich_lines(header, cells, width)
    wrapped = len(lines) > len(cells) + 2
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    if wrapped:
        lines.append(f"(long cells wrapped to fit {width} columns; --format csv keeps them whole)")
    if labelled - echoed:
        labelled -= echoed
        lines.append(
            f"(IRIs of {', '.join(sorted(labelled))} shown by their labels; --iri shows them)"
        )
    return "\n".join(lines) + "\n"


def _narrow(text: str) -> bool:
    """Whether every character of the text takes one column of a terminal, as `len` counts:
    no wide East Asian character, no combining mark, no control character."""
    if text.isascii():
        return text.isprintable()
    import unicodedata

    return (
        all(
            unicodedata.east_asian_width(c) not in "WF" and not unicodedata.combining(c)
            for c in text
        )
        and text.isprintable()
    )


def _aligned(header: list[str], cells: list[list[str]], sizes: list[int]) -> list[str]:
    """The lines `_rich_lines` gives where no cell wraps and every character is one column
    wide: each cell padded to its column's width and by a space inside the table's edges, the
    columns parted by a space, a rule of "-" under the header."""
    last = len(sizes) - 1
    pads = [(" " if i else "", " " if i < last else "") for i in range(len(sizes))]

    def line(values: list[str]) -> str:
        padded = [
            (left + value.ljust(size) + right)
            for value, size, (left, right) in zip(values, sizes, pads, strict=True)
        ]
        return " ".join(padded).rstrip()

    rule = " ".join(
        "-" * (size + len(left) + len(right))
        for size, (left, right) in zip(sizes, pads, strict=True)
    )
    return [line(header), rule, *(line(row) for row in cells)]


def _rich_lines(header: list[str], cells: list[list[str]], width: int | None) -> list[str]:
    """The table laid out by rich: long cells folded to fit `width`."""
    from rich.box import Box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    rule = Box(
        "    \n    \n -  \n    \n    \n    \n    \n    \n", ascii=True
    )  # "-" under the header
    table = Table(box=rule, show_edge=False, pad_edge=False, header_style="")
    for name in header:
        table.add_column(Text(name), overflow="fold", min_width=min(len(name), 8))
    for row in cells:
        table.add_row(*(Text(cell) for cell in row))  # Text: a cell is never read as markup
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or 100_000,  # no limit: lines are stripped
        no_color=True,
        highlight=False,
        markup=False,
        emoji=False,
        force_terminal=False,
    )
    console.print(table)
    return [line.rstrip() for line in buffer.getvalue().splitlines()]


def _records(header: list[str], cells: list[list[str]], width: int) -> str:
    """Rows too wide for any table of `width` columns: one block of `column  value` lines per
    row, long values wrapped, so that nothing is cut off."""
    import textwrap

    pad = max(len(name) for name in header) + 2
    lines: list[str] = []
    for number, row in enumerate(cells, start=1):
        lines.append(f"-- row {number} " + "-" * max(0, width - len(str(number)) - 8))
        for name, cell in zip(header, row, strict=True):
            wrapped = textwrap.wrap(cell, max(width - pad, 10)) or [""]
            lines.append(name.ljust(pad) + wrapped[0])
            lines += [" " * pad + more for more in wrapped[1:]]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''}, a block each)")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _delimited(result: Result, dialect: str, raw: bool = False) -> str:
    """SPARQL 1.1 CSV (plain values) or TSV (terms in N-Triples syntax) results; unless `raw`,
    with the cells a spreadsheet would run as formulas neutralised (see `neutralise`)."""
    safe = (lambda cell: cell) if raw else neutralise
    buffer = io.StringIO()
    if dialect == "csv":
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows([["" if t is None else safe(str(t)) for t in row] for row in result.rows])
        return buffer.getvalue()
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join("" if t is None else safe(t.n3()) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json(result: Result) -> str:
    if result.kind == "ask":
        document: dict[str, object] = {"head": {}, "boolean": result.boolean}
    else:
        document = {
            "head": {"vars": result.variables},
            "results": {
                "bindings": [
                    {
                        v: to_json(t)
                        for v, t in zip(result.variables, row, strict=True)
                        if t is not None
                    }
                    for row in result.rows
                ]
            },
        }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _turtle(result: Result, names: dict[str, str]) -> str:
    import rdflib

    graph = rdflib.Graph()
    for prefix, namespace in names.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    for triple in result.triples:
        graph.add(triple)
    return graph.serialize(format="turtle")


def format_result(
    result: Result,
    fmt: str = "table",
    base: str = DEFAULT_BASE,
    hide: Collection[str] = (),
    *,
    iri: bool = False,
    width: int | None = None,
    raw: bool = False,
) -> str:
    """The text of a result in a format; ASK answers `true` or `false` in every format but json;
    a graph (CONSTRUCT, DESCRIBE) is Turtle, or in csv, tsv and json a table of its statements.

    `hide` names columns the table leaves out when they only echo a parameter back (one value,
    or none, in every row); a parameter left out is a column like any other, e.g. the coalition
    of each member when every coalition is asked for. The table also shows labels instead of the
    IRIs they name unless `iri`, and wraps long cells to fit `width` (no limit when None). The
    machine formats keep every column whole.
    csv and tsv are for people's spreadsheets: a cell that would run as a formula gets a leading
    apostrophe, unless `raw` (for machines). SPARQL JSON is never changed.
    """
    names = prefixes(base)
    if result.kind == "ask":
        return _json(result) if fmt == "json" else f"{str(result.boolean).lower()}\n"
    if result.kind == "graph":
        if fmt in ("csv", "tsv", "json"):  # a table of statements, for spreadsheets and scripts
            rows: list[tuple[Identifier | None, ...]] = [tuple(t) for t in result.triples]
            result = Result("select", ["subject", "predicate", "object"], rows)
        else:
            return _turtle(result, names)
    if fmt == "table":
        return _table(result, names, hide, iri=iri, width=width)
    if fmt in ("csv", "tsv"):
        return _delimited(result, fmt, raw)
    if fmt == "json":
        return _json(result)
    if fmt == "turtle":
        raise ValueError("turtle is for CONSTRUCT and DESCRIBE queries; this one is a SELECT")
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
