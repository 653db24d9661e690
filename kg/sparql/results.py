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
        if isinstance(term, self.URIRef):
            for prefix, namespace in self.names:
                if term.startswith(namespace) and "/" not in term[len(namespace) :]:
                    return f"{prefix}:{term[len(namespace) :]}"
        return str(term).replace("\n", " ")


def _table(result: Result, names: dict[str, str], hide: Collection[str] = ()) -> str:
    def echo(i: int) -> bool:  # one value, or none, in every row: the parameter given back
        return len({row[i] for row in result.rows}) <= 1

    keep = [i for i, var in enumerate(result.variables) if var not in hide or not echo(i)]
    header = [result.variables[i] for i in keep]
    shorten = _Shortener(names)
    cells = [[shorten(row[i]) for i in keep] for row in result.rows]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(header)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


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
    raw: bool = False,
) -> str:
    """The text of a result in a format; ASK answers `true` or `false` in every format but json.

    `hide` names columns the table leaves out when they only echo a parameter back (one value,
    or none, in every row); a parameter left out is a column like any other, e.g. the coalition
    of each member when every coalition is asked for. The machine formats keep every column.
    csv and tsv are for people's spreadsheets: a cell that would run as a formula gets a leading
    apostrophe, unless `raw` (for machines). SPARQL JSON is never changed.
    """
    names = prefixes(base)
    if result.kind == "ask":
        return _json(result) if fmt == "json" else f"{str(result.boolean).lower()}\n"
    if result.kind == "graph":
        return _turtle(result, names)
    if fmt == "table":
        return _table(result, names, hide)
    if fmt in ("csv", "tsv"):
        return _delimited(result, fmt, raw)
    if fmt == "json":
        return _json(result)
    if fmt == "turtle":
        raise ValueError("turtle is for CONSTRUCT and DESCRIBE queries; this one is a SELECT")
    raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
