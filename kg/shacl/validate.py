"""Validate a dlkg graph against the SHACL shapes in `ontology/shapes.ttl`.

Two ways, with the same findings:

- `validate_graph`: pySHACL on an rdflib graph. The reference, and slow: seconds for ten
  thousand triples, minutes for a million.
- `validate_build` and `validate_quads` (what `kg build` and `kg validate` use): the shapes file,
  read and run at scale. The core constraints of its property shapes (`sh:minCount`,
  `sh:maxCount`, `sh:class`, `sh:datatype`, `sh:qualifiedValueShape` with
  `sh:qualifiedMinCount`) are checked in Python over an index of the triples they touch, for all
  focus nodes at once; each SPARQL constraint (`sh:select`) runs as written on an Oxigraph store of
  the union graph, once per focus node with `$this` pre-bound, as pySHACL does. A shape that uses
  anything else goes to pySHACL, so shapes.ttl stays the single source of truth: a new kind of
  constraint is slower, never silently skipped. tests/test_scale.py checks that both ways give the
  same findings, on the seed, on every fixture and on generated graphs with violations.

  One known difference, for input no build makes: Oxigraph stores numbers in canonical form
  ("018"^^xsd:positiveInteger is "18"^^xsd:integer to a SPARQL constraint), so a SPARQL
  constraint that joins numbers written with different datatypes may see them as equal where
  rdflib does not.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.assets import asset
from kg.errors import InputError

if TYPE_CHECKING:
    import rdflib

    from kg.assembly.build import Build

__all__ = [
    "Finding",
    "Report",
    "load_graph",
    "validate_build",
    "validate_file",
    "validate_graph",
    "validate_quads",
]


@dataclass(frozen=True, order=True)
class Finding:
    """One SHACL result: how bad, about what, and why."""

    severity: str  # "Violation" | "Warning" | "Info"
    focus: str
    path: str
    message: str
    shape: str  # the shape or, for SPARQL constraints, the constraint that failed


@dataclass
class Report:
    """The outcome of a validation: it conforms when there is no violation."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self, verbose: bool = False) -> str:
        """Every violation on a line; warnings counted by message unless `verbose`."""
        lines = [
            f"SHACL: {'conforms' if self.conforms else 'does NOT conform'}: "
            f"{len(self.violations)} violations, {len(self.warnings)} warnings"
        ]
        lines += [f"  Violation  {_short(f.focus)}: {f.message}" for f in self.violations]
        if verbose:
            lines += [f"  {f.severity:<10} {_short(f.focus)}: {f.message}" for f in self.warnings]
        else:
            for message, n in sorted(Counter(f.message for f in self.warnings).items()):
                lines.append(f"  Warning    {n} x {message}")
        return "\n".join(lines)


def _short(iri: str) -> str:
    return iri.rsplit("/", 2)[-2] + "/" + iri.rsplit("/", 1)[-1] if iri.count("/") > 3 else iri


def shapes_graph() -> rdflib.Graph:
    import rdflib

    return rdflib.Graph().parse(asset("ontology", "shapes.ttl"), format="turtle")


def vocabulary_graph() -> rdflib.Graph:
    import rdflib

    graph = rdflib.Graph()
    for name in ("dlkg.ttl", "concepts.ttl"):
        graph.parse(asset("ontology", name), format="turtle")
    return graph


def validate_graph(data: rdflib.Graph, with_vocabulary: bool = True) -> Report:
    """Run pySHACL on an rdflib graph; the concept schemes are added unless already there."""
    if with_vocabulary:
        data = data + vocabulary_graph()  # a new graph: the caller's stays as it was
    return Report(sorted(_findings(data)))


def _findings(data: rdflib.Graph, use_shapes: list[str] | None = None) -> list[Finding]:
    import pyshacl
    from rdflib.namespace import SH

    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        allow_warnings=True,
        use_shapes=use_shapes,
    )
    findings = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        findings.append(
            Finding(
                severity=severity,
                focus=str(results.value(result, SH.focusNode)),
                path=str(results.value(result, SH.resultPath) or ""),
                message=str(results.value(result, SH.resultMessage) or ""),
                shape=str(
                    results.value(result, SH.sourceConstraint)
                    or results.value(result, SH.sourceShape)
                    or ""
                ),
            )
        )
    return findings


PYSHACL_LIMIT = 20_000
"""Graphs up to this many triples are validated by pySHACL itself, the reference; larger ones by
the indexed engine below, which gives the same findings (tests/test_scale.py) in seconds where
pySHACL takes minutes."""


def validate_build(result: Build, ntriples: Path | None = None) -> Report:
    """Validate what `build.assemble` made (it already holds the vocabulary).

    `ntriples`, if given, is the build's union graph as an N-Triples file (kg.nt), which the
    SPARQL constraints' store then loads directly.
    """
    triples = result.triple_keys()
    if len(triples) <= PYSHACL_LIMIT:
        return validate_graph(result.rdflib_graph(), with_vocabulary=False)
    return _validate(triples, result.table().terms.__getitem__, ntriples)


def validate_quads(quads: Iterable[ox.Quad | ox.Triple], with_vocabulary: bool = True) -> Report:
    """Validate quads or triples as one graph (graph names are ignored, repeats count once)."""
    quads = list(quads)
    if with_vocabulary:
        from kg.assembly.build import load_vocabulary

        quads += load_vocabulary().quads
    triples = sorted({(str(q.subject), str(q.predicate), str(q.object)) for q in quads})
    return _validate(triples, _Terms(quads).term)


def load_graph(path: str | Path) -> rdflib.Graph:
    """Read any RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) as one graph."""
    import rdflib
    from rdflib.util import guess_format

    path = Path(path)
    fmt = guess_format(str(path)) or "turtle"
    if not path.is_file():
        raise InputError("no such file", path)
    try:
        if fmt in ("trig", "nquads", "json-ld"):
            dataset = rdflib.Dataset()
            dataset.parse(path, format=fmt)
            graph = rdflib.Graph()
            for s, p, o, _g in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        return rdflib.Graph().parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"cannot parse as {fmt}: {exc}", path) from None


def validate_file(path: str | Path) -> Report:
    """Validate any RDF file against the shapes.

    Oxigraph reads the file when it can (fast, at any size); a file it cannot read, or one with
    blank nodes (whose ids differ between parsers), goes through rdflib and pySHACL, which also
    names any parse error.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) or ox.RdfFormat.TURTLE
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except (SyntaxError, ValueError, OSError):
        return validate_graph(load_graph(path))
    if len(quads) <= PYSHACL_LIMIT or any(
        isinstance(term, ox.BlankNode) for q in quads for term in (q.subject, q.object)
    ):
        return validate_graph(load_graph(path))
    return validate_quads(quads)


# --- SHACL at scale -------------------------------------------------------------------------------
# Terms are handled as strings in N-Triples syntax (`str(term)`: "<iri>", "\"text\"@nl", ...),
# the form `build` already keeps them in.

Triple = tuple[str, str, str]
Term = ox.NamedNode | ox.BlankNode | ox.Literal
SH = "http://www.w3.org/ns/shacl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE, _SUBCLASS = f"<{_RDF}type>", f"<{_RDFS}subClassOf>"
_TARGETS = {
    SH + name
    for name in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "target")
}
_ANNOTATIONS = {
    _RDFS + "label",
    _RDFS + "comment",
    SH + "name",
    SH + "description",
    SH + "order",
    SH + "group",
}
_NODE_KEYS = {
    _RDF + "type",
    SH + "targetClass",
    SH + "property",
    SH + "sparql",
    SH + "severity",
    SH + "deactivated",
    *_ANNOTATIONS,
}
_PROPERTY_KEYS = {
    _RDF + "type",
    SH + "path",
    SH + "minCount",
    SH + "maxCount",
    SH + "class",
    SH + "datatype",
    SH + "qualifiedValueShape",
    SH + "qualifiedMinCount",
    SH + "message",
    SH + "severity",
    SH + "deactivated",
    *_ANNOTATIONS,
}
_SPARQL_KEYS = {
    _RDF + "type",
    SH + "select",
    SH + "message",
    SH + "prefixes",
    SH + "deactivated",
    *_ANNOTATIONS,
}
_THIS = re.compile(r"([\s{}()])[\$\?]this", flags=re.M)  # how pySHACL decides to pre-bind $this


class _Unsupported(Exception):
    """A shape uses something this module does not translate; pySHACL validates it."""


class _Terms:
    """Terms by their N-Triples string, for data given as `ox` terms."""

    def __init__(self, quads: Iterable[ox.Quad | ox.Triple]):
        self.literals = {str(q.object): q.object for q in quads if isinstance(q.object, ox.Literal)}

    def term(self, key: str) -> Term:
        if key.startswith("<"):
            return ox.NamedNode(key[1:-1])
        if key.startswith("_:"):
            return ox.BlankNode(key[2:])
        return self.literals[key]


def _plain(key: str) -> str:
    """What `str()` of the rdflib term gives: the IRI, the blank node id or the lexical form."""
    if key.startswith("<"):
        return key[1:-1]
    return key[2:] if key.startswith("_:") else key


@dataclass
class _Shapes:
    """The shapes graph as subject -> predicate -> objects."""

    graph: dict[object, dict[str, list[object]]]

    @classmethod
    def load(cls, path: Path | None = None) -> _Shapes:
        graph: dict[object, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
        for t in ox.parse(
            path=str(path or asset("ontology", "shapes.ttl")), format=ox.RdfFormat.TURTLE
        ):
            graph[t.subject][t.predicate.value].append(t.object)
        return cls(graph)

    def get(self, node: object, predicate: str) -> list[object]:
        return self.graph.get(node, {}).get(predicate, [])

    def one(self, node: object, predicate: str, required: bool = False) -> object | None:
        values = self.get(node, predicate)
        if len(values) > 1 or (required and not values):
            raise _Unsupported(f"{node}: {len(values)} values of {predicate}")
        return values[0] if values else None

    def only(self, node: object, allowed: set[str]) -> None:
        extra = set(self.graph.get(node, {})) - allowed
        if extra:
            raise _Unsupported(f"{node}: {', '.join(sorted(extra))}")

    def types(self, node: object, allowed: set[str]) -> None:
        if {_iri(t) for t in self.get(node, _RDF + "type")} - allowed:
            raise _Unsupported(f"{node}: a shape of another type (a class, say)")

    def deactivated(self, node: object) -> bool:
        value = self.one(node, SH + "deactivated")
        return isinstance(value, ox.Literal) and value.value == "true"


def _iri(node: object) -> str:
    if not isinstance(node, ox.NamedNode):
        raise _Unsupported(f"{node} is not an IRI")
    return node.value


def _int(node: object) -> int:
    if not isinstance(node, ox.Literal) or not node.value.isdigit():
        raise _Unsupported(f"{node} is not a whole number")
    return int(node.value)


def _text(node: object) -> str:
    if not isinstance(node, ox.Literal):
        raise _Unsupported(f"{node} is not a literal")
    return node.value


@dataclass
class _Property:
    """A property shape: its core constraints on the values of one predicate."""

    shape: str
    path: str  # the predicate IRI
    severity: str
    message: str
    min_count: int | None = None
    max_count: int | None = None
    cls: str | None = None
    datatype: str | None = None
    qualified: tuple[str, str, int] | None = None  # (path, sh:hasValue, sh:qualifiedMinCount)


@dataclass
class _Sparql:
    """A SPARQL constraint: its query, run once per focus node."""

    constraint: str
    severity: str
    query: str
    message: str
    bind_this: bool


@dataclass
class _NodeShape:
    classes: list[str]
    properties: list[_Property]
    sparqls: list[_Sparql]


@dataclass
class _Plan:
    shapes: list[_NodeShape]
    fallback: list[str]  # node shapes left to pySHACL

    @property
    def predicates(self) -> set[str]:
        """Every predicate the core constraints read, as keys."""
        found = set()
        for shape in self.shapes:
            for prop in shape.properties:
                found.add(f"<{prop.path}>")
                if prop.qualified:
                    found.add(f"<{prop.qualified[0]}>")
        return found


def _severity(shapes: _Shapes, node: object) -> str:
    value = shapes.one(node, SH + "severity")
    return _iri(value).rsplit("#", 1)[-1] if value is not None else "Violation"


def _node_shape(shapes: _Shapes, node: object) -> _NodeShape:
    shapes.only(node, _NODE_KEYS)
    shapes.types(node, {SH + "NodeShape"})
    classes = [_iri(c) for c in shapes.get(node, SH + "targetClass")]
    properties = [
        _property(shapes, prop)
        for prop in shapes.get(node, SH + "property")
        if not shapes.deactivated(prop)
    ]
    sparqls = []
    for constraint in shapes.get(node, SH + "sparql"):
        shapes.only(constraint, _SPARQL_KEYS)
        shapes.types(constraint, {SH + "SPARQLConstraint"})
        if shapes.deactivated(constraint):
            continue
        select = _text(shapes.one(constraint, SH + "select", required=True))
        if re.search(r"[$?](PATH|value|currentShape|shapesGraph|failure)\b", select):
            raise _Unsupported(f"{constraint}: a pre-bound variable other than $this")
        prefixes = ""
        for declared in shapes.get(constraint, SH + "prefixes"):
            for declaration in shapes.get(declared, SH + "declare"):
                prefix = _text(shapes.one(declaration, SH + "prefix", required=True))
                namespace = _text(shapes.one(declaration, SH + "namespace", required=True))
                prefixes += f"PREFIX {prefix}: <{namespace}>\n"
        message = _text(shapes.one(constraint, SH + "message", required=True))
        sparqls.append(
            _Sparql(
                _iri(constraint),
                _severity(shapes, node),
                prefixes + select,
                message,
                bool(_THIS.search(select)),
            )
        )
    return _NodeShape(classes, properties, sparqls)


def _property(shapes: _Shapes, node: object) -> _Property:
    shapes.only(node, _PROPERTY_KEYS)
    shapes.types(node, {SH + "PropertyShape"})
    path = _iri(shapes.one(node, SH + "path", required=True))
    message = _text(shapes.one(node, SH + "message", required=True))
    prop = _Property(_iri(node), path, _severity(shapes, node), message)
    if (value := shapes.one(node, SH + "minCount")) is not None:
        prop.min_count = _int(value)
    if (value := shapes.one(node, SH + "maxCount")) is not None:
        prop.max_count = _int(value)
    if (value := shapes.one(node, SH + "class")) is not None:
        prop.cls = _iri(value)
    if (value := shapes.one(node, SH + "datatype")) is not None:
        prop.datatype = _iri(value)
    qualified = shapes.one(node, SH + "qualifiedValueShape")
    least = shapes.one(node, SH + "qualifiedMinCount")
    if (qualified is None) != (least is None):
        raise _Unsupported(f"{node}: sh:qualifiedValueShape needs sh:qualifiedMinCount")
    if qualified is not None:
        shapes.only(qualified, {SH + "path", SH + "hasValue"})
        prop.qualified = (
            _iri(shapes.one(qualified, SH + "path", required=True)),
            _iri(shapes.one(qualified, SH + "hasValue", required=True)),
            _int(least),
        )
    return prop


def _plan(shapes: _Shapes) -> _Plan:
    plan = _Plan([], [])
    roots = [node for node, predicates in shapes.graph.items() if set(predicates) & _TARGETS]
    for node in sorted(roots, key=str):
        if shapes.deactivated(node):
            continue
        try:
            plan.shapes.append(_node_shape(shapes, node))
        except _Unsupported:
            plan.fallback.append(_iri(node))
    return plan


class _Index:
    """The triples the core constraints read: types, subclasses and the values of each path."""

    def __init__(self, triples: Iterable[Triple], predicates: set[str]):
        self.values: dict[str, dict[str, set[str]]] = {p: defaultdict(set) for p in predicates}
        self.types: dict[str, set[str]] = defaultdict(set)
        self.instances_of: dict[str, set[str]] = defaultdict(set)
        self.subclasses_of: dict[str, set[str]] = defaultdict(set)
        for s, p, o in triples:
            if p == _TYPE:
                self.types[s].add(o)
                self.instances_of[o].add(s)
            elif p == _SUBCLASS:
                self.subclasses_of[o].add(s)
            if p in self.values:
                self.values[p][s].add(o)
        self._closure: dict[str, set[str]] = {}

    def classes(self, cls: str) -> set[str]:
        """The class and all its subclasses: the types whose instances are SHACL instances."""
        if cls not in self._closure:
            found, todo = {cls}, [cls]
            while todo:
                for sub in self.subclasses_of.get(todo.pop(), ()):
                    if sub not in found:
                        found.add(sub)
                        todo.append(sub)
            self._closure[cls] = found
        return self._closure[cls]

    def instances(self, cls: str) -> set[str]:
        found: set[str] = set()
        for kind in self.classes(cls):
            found |= self.instances_of.get(kind, set())
        return found

    def is_instance(self, node: str, cls: str) -> bool:
        types = self.types.get(node)
        return bool(types) and not types.isdisjoint(self.classes(cls))  # type: ignore[union-attr]


def _datatype_ok(term: Term, datatype: str) -> bool:
    """pySHACL's sh:datatype test of one value, on the rdflib term it would have."""
    import datetime
    from decimal import Decimal

    if not isinstance(term, ox.Literal):
        return False
    literal = _rdflib_term(term)
    kind = str(literal.datatype) if literal.datatype else None  # type: ignore[attr-defined]
    lang = literal.language  # type: ignore[attr-defined]
    if kind == datatype:
        if getattr(literal, "ill_typed", None) is True:
            return False
    elif datatype == _RDFS + "Literal" or (datatype == _RDFS + "Datatype" and kind):
        return True
    elif not (
        (kind is None and lang is None and datatype == _XSD + "string")
        or (datatype == _RDF + "langString" and lang)
    ):
        return False
    python: dict[str, type | tuple[type, ...]] = {
        _XSD + "string": (str, bytes),
        _RDF + "langString": (str, bytes),
        _XSD + "integer": int,
        _XSD + "float": float,
        _XSD + "decimal": Decimal,
        _XSD + "boolean": bool,
        _XSD + "date": datetime.date,
        _XSD + "time": datetime.time,
        _XSD + "dateTime": datetime.datetime,
    }
    value = literal.value  # type: ignore[attr-defined]
    return isinstance(value, python[datatype]) if datatype in python else True


def _rdflib_term(term: Term) -> rdflib.term.Identifier:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD + "string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _core(
    shape: _NodeShape, focus: set[str], index: _Index, term: Callable[[str], Term]
) -> list[Finding]:
    findings = []
    datatype_ok: dict[tuple[str, str], bool] = {}
    for prop in shape.properties:
        values = index.values[f"<{prop.path}>"]
        cls = f"<{prop.cls}>" if prop.cls else None
        qualified = (
            (index.values[f"<{prop.qualified[0]}>"], f"<{prop.qualified[1]}>", prop.qualified[2])
            if prop.qualified
            else None
        )

        def finding(node: str, prop: _Property = prop) -> Finding:
            return Finding(prop.severity, _plain(node), prop.path, prop.message, prop.shape)

        for node in focus:
            found = values.get(node, set())
            if prop.min_count is not None and len(found) < prop.min_count:
                findings.append(finding(node))
            if prop.max_count is not None and len(found) > prop.max_count:
                findings.append(finding(node))
            if cls is not None:
                findings.extend(finding(node) for v in found if not index.is_instance(v, cls))
            if prop.datatype is not None:
                for v in found:
                    if (v, prop.datatype) not in datatype_ok:
                        datatype_ok[v, prop.datatype] = _datatype_ok(term(v), prop.datatype)
                    if not datatype_ok[v, prop.datatype]:
                        findings.append(finding(node))
            if qualified is not None:
                inner, wanted, least = qualified
                if sum(wanted in inner.get(v, ()) for v in found) < least:
                    findings.append(finding(node))
    return findings


def _message(template: str, bindings: dict[str, Term]) -> str:
    """A SPARQL constraint's message with {?var} filled in, as pySHACL does it."""
    for name, value in bindings.items():
        template = re.sub(f"{{[?$]{name}}}", str(_rdflib_term(value)), template)
    return template


def _sparql(
    sparql: _Sparql, focus: set[str], store: ox.Store, term: Callable[[str], Term]
) -> list[Finding]:
    findings = []
    this = ox.Variable("this")
    for node in focus:
        answer = store.query(
            sparql.query, substitutions={this: term(node)} if sparql.bind_this else None
        )
        seen: list[dict[str, object]] = []
        for solution in answer:  # type: ignore[union-attr]
            bound = {
                v.value: solution[v]
                for v in answer.variables  # type: ignore[union-attr]
                if solution[v] is not None
            }
            if not {"this", "path", "value"} & set(bound) or bound in seen:
                continue  # pySHACL skips such rows, and repeats
            seen.append(bound)
            findings.append(
                Finding(
                    sparql.severity,
                    bound["this"].value if "this" in bound else _plain(node),
                    bound["path"].value if "path" in bound else "",
                    _message(sparql.message, bound),
                    sparql.constraint,
                )
            )
    return findings


def _validate(
    triples: list[Triple], term: Callable[[str], Term], ntriples: Path | None = None
) -> Report:
    """Validate a graph given as distinct triples of N-Triples term strings (and, if at hand, as
    an N-Triples file)."""
    plan = _plan(_Shapes.load())
    index = _Index(triples, plan.predicates)
    findings: list[Finding] = []
    store = None
    for shape in plan.shapes:
        focus = set().union(*(index.instances(f"<{cls}>") for cls in shape.classes))
        findings += _core(shape, focus, index, term)
        if shape.sparqls and store is None:
            store = ox.Store()  # in memory, the union graph in the default graph, each triple once
            if ntriples is not None:
                store.bulk_load(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
            else:  # the keys are N-Triples terms: let Oxigraph parse them
                store.bulk_load(input=_ntriples(triples), format=ox.RdfFormat.N_TRIPLES)
        for sparql in shape.sparqls:
            findings += _sparql(sparql, focus, store, term)  # type: ignore[arg-type]
    if plan.fallback:
        import rdflib

        data = _ntriples(triples)
        findings += _findings(rdflib.Graph().parse(data=data, format="nt"), plan.fallback)
    return Report(sorted(findings))


def _ntriples(triples: list[Triple]) -> bytes:
    return "".join([f"{s} {p} {o} .\n" for s, p, o in triples]).encode()
