"""One small interface for running SPARQL: an embedded Oxigraph store, plain rdflib, or a remote
endpoint. The catalogue and the command line talk only to `Engine`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kg.errors import InputError
from kg.rdf.terms import RdflibTerms, to_oxigraph
from kg.sparql.results import Result
from kg.sparql.text import inline_iris, syntax_error

if TYPE_CHECKING:
    import httpx
    import pyoxigraph as ox
    from rdflib.term import Identifier

__all__ = ["ENGINES", "Engine", "Result", "open_engine", "resolve_kg", "union_in_default"]

RDF_SUFFIXES = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".n3": "n3",
}


class Engine(Protocol):
    """Anything that answers SPARQL 1.1 queries with variables bound to values."""

    name: str

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a query; `bindings` fix variables to values without touching the text."""
        ...


def resolve_kg(kg: str | Path) -> Path:
    """A build folder or an RDF file, checked to exist."""
    path = Path(kg)
    if path.is_dir():
        if not (path / "kg.trig").exists() and not (path / "store").is_dir():
            raise InputError("not a dlkg build folder (no kg.trig or store); run `kg build`", path)
        return path
    if path.is_file():
        if path.suffix not in RDF_SUFFIXES:
            raise InputError(
                f"unknown RDF file type {path.suffix!r} (known: {', '.join(RDF_SUFFIXES)})", path
            )
        return path
    raise InputError("no such build folder or RDF file (run `kg build` first?)", path)


def union_in_default(build: Path) -> bool:
    """Whether a build's store holds the union of its graphs in its default graph, as `kg build`
    writes it; a store without it is queried with Oxigraph's union of the named graphs."""
    manifest = build / "manifest.json"
    if not manifest.is_file():
        return False
    return bool(
        json.loads(manifest.read_text(encoding="utf-8")).get("store_default_graph") == "union"
    )


# --- Oxigraph -----------------------------------------------------------------------------------


class OxigraphEngine:
    """The default engine: the build's Oxigraph store, or an RDF file loaded into memory."""

    name = "oxigraph"

    def __init__(self, kg: str | Path = "build"):
        import pyoxigraph as ox

        path = resolve_kg(kg)
        self.union = True  # ask for the union of the named graphs, unless the store holds it
        if path.is_dir() and (path / "store").is_dir():
            self.store = ox.Store.read_only(str(path / "store"))
            self.union = not union_in_default(path)
        else:
            file = path / "kg.trig" if path.is_dir() else path
            self.store = ox.Store()
            fmt = ox.RdfFormat.from_extension(file.suffix.lstrip("."))
            try:
                self.store.bulk_load(path=str(file), format=fmt)
            except SyntaxError as exc:
                raise InputError(f"cannot parse: {exc}", file) from None

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        import pyoxigraph as ox

        sparql, rest = inline_iris(sparql, bindings or {})  # the planner sees the IRIs
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(name): to_oxigraph(value) for name, value in rest.items()
        }
        try:
            answer = self.store.query(
                sparql, use_default_graph_as_union=self.union, substitutions=substitutions
            )
        except SyntaxError as exc:
            raise InputError(syntax_error(sparql, str(exc))) from None
        except RuntimeError as exc:  # e.g. a bound variable the SELECT clause does not list
            raise InputError(f"cannot run the query: {exc}") from None
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        convert = RdflibTerms()
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [tuple(map(convert, solution)) for solution in answer]
            return Result("select", variables, rows)
        triples = [(convert(t.subject), convert(t.predicate), convert(t.object)) for t in answer]
        return Result("graph", triples=triples)  # type: ignore[arg-type]


# --- rdflib ----------------------------------------------------------------------------------


class RdflibEngine:
    """Plain rdflib: slow on large graphs, but the reference the other engines are checked by."""

    name = "rdflib"

    def __init__(self, kg: str | Path = "build"):
        import rdflib

        path = resolve_kg(kg)
        file = path / "kg.trig" if path.is_dir() else path
        self.dataset = rdflib.Dataset(default_union=True)
        try:
            self.dataset.parse(file, format=RDF_SUFFIXES[file.suffix])
        except Exception as exc:  # rdflib raises parser-specific types
            raise InputError(f"cannot parse: {exc}", file) from None

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        from pyparsing import ParseException

        try:
            answer = self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except ParseException as exc:
            raise InputError(
                f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: {exc.msg}"
            ) from None
        if answer.type == "ASK":
            return Result("ask", boolean=bool(answer.askAnswer))
        if answer.type == "SELECT":
            variables = [str(v) for v in answer.vars or []]
            rows = [tuple(row) for row in answer]  # type: ignore[arg-type]
            return Result("select", variables, rows)  # type: ignore[arg-type]
        return Result("graph", triples=list(answer))  # type: ignore[arg-type]


ENGINES: dict[str, type[OxigraphEngine] | type[RdflibEngine]] = {
    "oxigraph": OxigraphEngine,
    "rdflib": RdflibEngine,
}


def open_engine(
    kg: str | Path = "build",
    engine: str = "oxigraph",
    endpoint: str | None = None,
    graph: str | None = None,
    auth: httpx.Auth | None = None,
) -> Engine:
    """The engine for a build folder or RDF file, or for a remote SPARQL endpoint (with `auth`,
    HTTP basic or digest credentials for it)."""
    if endpoint:
        from kg.sparql.remote import RemoteEngine

        return RemoteEngine(endpoint, graph=graph, auth=auth)
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    chosen: Engine = ENGINES[engine](kg)
    return chosen
