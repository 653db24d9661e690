"""The catalogue of coalition questions: `queries/*.rq` files with a header of metadata.

A header is the file's leading comment lines::

    # title: Members of a coalition
    # title@nl: Leden van een coalitie
    # description: Every partner of a coalition with its type, sector, city and join order.
    # param: coalition iri optional -- The coalition; all coalitions when left out.
    # param: lang string default=en -- The language of labels.
    # param: as_of date optional -- The day to answer for (YYYY-MM-DD); now when left out.
    # theme: members
    # example: kg query members --param coalition=coalition/digital-literacy-coalition-groningen

A parameter is a variable of the query (`?coalition`) that the engine binds to a checked value:
its text is never pasted into the query. A `date` is bound as an xsd:date. The theme groups the
catalogue in `kg queries` (one of `THEMES`). A query may also say `# rank: COLUMN by PARAM, one
row per KEY`: its rows are then the candidates, ranked in Python by how like the parameter's text
each row's COLUMN is (rapidfuzz, as `kg.sparql.resolve` matches names), the best row of each KEY
kept; `find` works so, as SPARQL has no similarity.
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kg.assets import asset
from kg.errors import InputError
from kg.rdf.iri import DEFAULT_BASE, prefixes
from kg.sparql.text import query_form

if TYPE_CHECKING:
    from rdflib.term import Identifier

    from kg.sparql.engine import Engine, Result

__all__ = [
    "PARAM_TYPES",
    "THEMES",
    "Param",
    "Query",
    "Rank",
    "bind",
    "catalogue",
    "find",
    "listing",
    "resolve_params",
    "run",
]

PARAM_TYPES = ("iri", "year", "date", "string", "integer")
THEMES = {
    "members": {"en": "Members and their mix", "nl": "Leden en hun mix"},
    "time": {"en": "Over time", "nl": "In de tijd"},
    "network": {"en": "The network: shared members", "nl": "Het netwerk: gedeelde leden"},
    "places": {"en": "Places and regions", "nl": "Plaatsen en regio's"},
    "sources/quality": {"en": "Sources, evidence and quality", "nl": "Bronnen, bewijs, kwaliteit"},
    "lookup": {"en": "Looking things up", "nl": "Opzoeken"},
}
"""The themes a `# theme:` line may name, in the order `kg queries` lists them."""
T = TypeVar("T")
_RANK = re.compile(r"^(?P<column>\w+) by (?P<param>\w+), one row per (?P<key>\w+)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)\s*"
    r"(?P<need>required|optional|default=(?P<default>\S+))?\s*(?:--|—)\s*(?P<text>.*)$"
)
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")
_RELATIVE = re.compile(r"^[A-Za-z0-9][^\s<>\"{}|\\^`:]*$")
_YEAR = re.compile(r"^\d{4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Param:
    """A declared parameter: its variable name, type, default and what it means."""

    name: str
    type: str
    description: str
    required: bool = False
    default: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "type": self.type,
            "required": self.required,
            "default": self.default,
            "description": self.description,
        }


@dataclass(frozen=True)
class Rank:
    """`# rank: COLUMN by PARAM, one row per KEY`: rows ranked by likeness to a parameter."""

    column: str
    param: str
    key: str


@dataclass(frozen=True)
class Query:
    """A catalogue query: its text and the metadata from its header."""

    name: str
    path: Path
    text: str
    title: str
    titles: dict[str, str] = field(default_factory=dict)
    description: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = ()
    theme: str = "lookup"
    rank: Rank | None = None

    @property
    def form(self) -> str:
        """SELECT, ASK, CONSTRUCT or DESCRIBE."""
        return query_form(self.text)

    def help(self, lang: str = "en") -> str:
        """What `kg queries NAME` prints: title, description, parameters and examples.

        >>> print(find("is-member").help().splitlines()[0])
        is-member: Is an organisation a member of a coalition?
        """
        lines = [f"{self.name}: {self.titles.get(lang, self.title)}", ""]
        if self.description:
            lines += [*textwrap.wrap(self.description, 80), ""]
        lines.append(f"A {self.form} query. Parameters (--param NAME=VALUE):")
        for p in self.params:
            need = (
                "required" if p.required else (f"default {p.default}" if p.default else "optional")
            )
            lines.append(f"  {p.name} ({p.type}, {need}): {p.description}")
        if not self.params:
            lines.append("  none")
        if self.examples:
            lines += ["", "Examples:", *(f"  {example}" for example in self.examples)]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "title": self.title,
            "titles": self.titles,
            "description": self.description,
            "form": self.form,
            "theme": self.theme,
            "parameters": [p.as_dict() for p in self.params],
            "examples": list(self.examples),
        }


def parse_query_file(path: Path) -> Query:
    """Read a .rq file and its header; a malformed header line is an error naming the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read query: {exc}", path) from None
    titles: dict[str, str] = {}
    description: list[str] = []
    params: list[Param] = []
    examples: list[str] = []
    theme = "lookup"
    rank: Rank | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            break
        key, _, value = line.lstrip("# ").partition(":")
        key, value = key.strip(), value.strip()
        if key == "title":
            titles["en"] = value
        elif key.startswith("title@"):
            titles[key[6:]] = value
        elif key == "description":
            description.append(value)
        elif key == "param":
            match = _PARAM.match(value)
            if not match or match["type"] not in PARAM_TYPES:
                raise InputError(
                    "a param line reads `# param: NAME TYPE [required|optional|"
                    f"default=VALUE] -- what it means` with TYPE one of "
                    f"{', '.join(PARAM_TYPES)}",
                    path,
                    number,
                )
            params.append(
                Param(
                    match["name"],
                    match["type"],
                    match["text"],
                    required=match["need"] == "required",
                    default=match["default"],
                )
            )
        elif key == "example":
            examples.append(value)
        elif key == "theme":
            if value not in THEMES:
                raise InputError(
                    f"unknown theme {value!r} (known: {', '.join(THEMES)})", path, number
                )
            theme = value
        elif key == "rank":
            ranked = _RANK.match(value)
            if not ranked:
                raise InputError(
                    "a rank line reads `# rank: COLUMN by PARAM, one row per KEY`", path, number
                )
            rank = Rank(ranked["column"], ranked["param"], ranked["key"])
    return Query(
        path.stem,
        path,
        text,
        titles.get("en", path.stem),
        titles,
        " ".join(description),
        tuple(params),
        tuple(examples),
        theme,
        rank,
    )


def catalogue(folder: Path | None = None) -> dict[str, Query]:
    """Every query of the catalogue by name, in name order."""
    folder = folder or asset("queries")
    return {path.stem: parse_query_file(path) for path in sorted(folder.glob("*.rq"))}


def listing(queries: dict[str, Query], lang: str = "en") -> str:
    """What `kg queries` prints: the catalogue grouped by theme, one line per query.

    >>> print(listing(catalogue()).splitlines()[0])
    Members and their mix
    """
    width = max((len(name) for name in queries), default=0)
    lines: list[str] = []
    for theme, headings in THEMES.items():
        heading = headings.get(lang, headings["en"])
        chosen = [q for q in queries.values() if q.theme == theme]
        if not chosen:
            continue
        lines += ["", heading] if lines else [heading]
        for query in chosen:
            params = " ".join(
                f"{p.name}={p.type}" + ("" if p.required else "?") for p in query.params
            )
            title = query.titles.get(lang, query.title)
            lines.append(
                f"  {query.name.ljust(width)}  {title}" + (f"  [{params}]" if params else "")
            )
    return "\n".join(lines) + "\n"


def find(name_or_file: str) -> Query:
    """A catalogue query by name, or any .rq file; an unknown name suggests the closest ones."""
    path = Path(name_or_file)
    if path.suffix == ".rq":
        if not path.is_file():
            raise InputError("no such query file", path)
        return parse_query_file(path)
    queries = catalogue()
    if name_or_file in queries:
        return queries[name_or_file]
    close = difflib.get_close_matches(name_or_file, list(queries), n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `kg queries` lists them"
    raise InputError(f"no query named {name_or_file!r} in the catalogue{hint}")


def _value(param: Param, raw: str, base: str) -> Identifier:
    """Check a raw parameter value against its declared type and make it an RDF term."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    if param.type == "iri":
        if _IRI.match(raw):
            return URIRef(raw)
        if _RELATIVE.match(raw):
            return URIRef(base + raw.lstrip("/"))
        raise InputError(
            f"parameter {param.name} must be an IRI, or a path under the base "
            f"such as organisation/umcg, not {raw!r}"
        )
    if param.type == "year":
        if not _YEAR.match(raw):
            raise InputError(f"parameter {param.name} must be a year like 2025, not {raw!r}")
        return Literal(int(raw), datatype=XSD.integer)
    if param.type == "date":
        try:
            day = datetime.date.fromisoformat(raw) if _DATE.match(raw) else None
        except ValueError:
            day = None
        if day is None:
            raise InputError(
                f"parameter {param.name} must be a date like 2020-06-01 (YYYY-MM-DD), not {raw!r}"
            )
        return Literal(day.isoformat(), datatype=XSD.date)
    if param.type == "integer":
        if not re.fullmatch(r"-?\d+", raw):
            raise InputError(f"parameter {param.name} must be a whole number, not {raw!r}")
        return Literal(int(raw), datatype=XSD.integer)
    return Literal(raw)


def _default(param: Param) -> str | None:
    if param.default == "today" and param.type == "year":
        return str(datetime.date.today().year)
    return param.default


def bind(query: Query, given: dict[str, str], base: str = DEFAULT_BASE) -> dict[str, Identifier]:
    """Checked bindings for a query: unknown and missing required parameters are errors."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise InputError(
            f"query {query.name} has no parameter {', '.join(unknown)} (its parameters: {known})"
        )
    bindings: dict[str, Identifier] = {}
    for param in query.params:
        raw = given.get(param.name, _default(param))
        if raw is None:
            if param.required:
                raise InputError(
                    f"query {query.name} needs the parameter {param.name} "
                    f"({param.type}: {param.description})"
                )
            continue
        bindings[param.name] = _value(param, raw, base)
    return bindings


def base_of(kg: str | Path) -> str:
    """The base IRI a build was made with (its manifest), else the default."""
    manifest = Path(kg) / "manifest.json"
    if manifest.is_file():
        return str(json.loads(manifest.read_text(encoding="utf-8")).get("base", DEFAULT_BASE))
    return DEFAULT_BASE


def run(
    name_or_file: str,
    params: dict[str, str] | None = None,
    *,
    engine: Engine,
    base: str = DEFAULT_BASE,
    lang: str | None = None,
) -> Result:
    """Run a catalogue query (or .rq file) on an engine with checked, bound parameters.

    IRI parameters are bound as given; `resolve_params` first turns names and prefixed names into
    IRIs that name something in the graph, as `kg query` does.
    """
    query = find(name_or_file)
    given = dict(params or {})
    if lang and any(p.name == "lang" for p in query.params):
        given.setdefault("lang", lang)
    bindings = bind(query, given, base)
    try:
        result = engine.query(query.text, bindings)
    except InputError as exc:
        if exc.file is None:
            raise InputError(exc.problem, query.path) from None
        raise
    if query.rank is not None and result.kind == "select":
        from rdflib import Literal

        text = str(bindings.get(query.rank.param, ""))
        result.variables, result.rows = ranked(
            query.rank, text, result.variables, result.rows, str, Literal
        )
    return result


def ranked(
    rank: Rank,
    text: str,
    variables: list[str],
    rows: Sequence[Sequence[T | None]],
    value: Callable[[T], str],
    score: Callable[[int], T],
) -> tuple[list[str], list[tuple[T | None, ...]]]:
    """The rows of a `# rank:` query that are like `text`: for each key the row whose column is
    most like it, best first (ties in the query's order), with a `score` column (0-100) added.
    `value` reads a cell's text and `score` makes a cell of a number, so that rdflib terms and
    SPARQL JSON bindings are ranked alike.
    """
    from kg.sparql.resolve import FIND, similar

    if rank.column not in variables or rank.key not in variables:
        raise InputError(f"the rank line names a column the query does not select: {rank}")
    column, key = variables.index(rank.column), variables.index(rank.key)
    labels = [
        (f"{value(row[key])}\x00{n:09d}", value(row[column]))  # type: ignore[arg-type]
        for n, row in enumerate(rows)
        if row[key] is not None and row[column] is not None
    ]
    best: dict[str, tuple[float, int]] = {}
    for points, label_key, _label in similar(text, labels, cutoff=FIND, containing=True):
        thing, _, n = label_key.rpartition("\x00")
        if points > best.get(thing, (-1.0, 0))[0]:
            best[thing] = (points, int(n))
    order = sorted(best.values(), key=lambda found: (-round(found[0]), found[1]))
    return [*variables, "score"], [(*rows[n], score(round(points))) for points, n in order]


def resolve_params(
    name_or_file: str,
    params: dict[str, str],
    *,
    engine: Engine,
    base: str = DEFAULT_BASE,
    notes: Callable[[str], None] | None = None,
) -> dict[str, str]:
    """The parameters with each IRI parameter resolved (`kg.sparql.resolve`): a name, a prefixed
    name or a path becomes the full IRI of a thing in the engine's graph; `notes` hears how a
    name was matched. A value that names nothing raises InputError with the closest candidates.
    """
    from rdflib import URIRef

    from kg.sparql.resolve import resolve_iri
    from kg.sparql.results import short

    names = prefixes(base)
    resolved = dict(params)
    for param in find(name_or_file).params:
        if param.type == "iri" and resolved.get(param.name):
            found = resolve_iri(
                param.name,
                resolved[param.name],
                engine,
                base,
                lambda iri: short(URIRef(iri), names),
            )
            resolved[param.name] = found.iri
            if found.note and notes is not None:
                notes(found.note)
    return resolved
