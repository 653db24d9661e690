"""SHACL at scale: the shapes of `ontology/shapes.ttl` run over an index of the triples.

The core constraints of its property shapes (`sh:minCount`, `sh:maxCount`, `sh:class`,
`sh:datatype`, `sh:qualifiedValueShape` with `sh:qualifiedMinCount`) are checked in Python over
an index of the triples they touch, for all focus nodes at once; each SPARQL constraint
(`sh:select`) runs as written on an Oxigraph store of the union graph, once per focus node with
`$this` pre-bound, as pySHACL does. A shape that uses anything else goes to pySHACL, so
shapes.ttl stays the single source of truth: a new kind of constraint is slower, never silently
skipped. tests/test_scale.py checks that both ways give the same findings.

One known difference, for input no build makes: Oxigraph stores numbers in canonical form
("018"^^xsd:positiveInteger is "18"^^xsd:integer to a SPARQL constraint), so a SPARQL constraint
that joins numbers written with different datatypes may see them as equal where rdflib does not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.assets import asset
from kg.rdf.terms import to_rdflib
from kg.shacl import reference
from kg.shacl.constraints import Sparql, Term, joinable, plain, sparql_findings
from kg.shacl.report import Finding, Report

__all__ = ["Terms", "validate_keys"]

# Terms are handled as strings in N-Triples syntax (`str(term)`: "<iri>", "\"text\"@nl", ...),
# the form `build` already keeps them in.

Triple = tuple[str, str, str]
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


class Terms:
    """Terms by their N-Triples string, for data given as `ox` terms."""

    def __init__(self, quads: Iterable[ox.Quad | ox.Triple]):
        self.literals = {str(q.object): q.object for q in quads if isinstance(q.object, ox.Literal)}

    def term(self, key: str) -> Term:
        if key.startswith("<"):
            return ox.NamedNode(key[1:-1])
        if key.startswith("_:"):
            return ox.BlankNode(key[2:])
        return self.literals[key]


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
class _NodeShape:
    classes: list[str]
    properties: list[_Property]
    sparqls: list[Sparql]


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
            Sparql(
                _iri(constraint),
                _severity(shapes, node),
                prefixes + select,
                message,
                bool(_THIS.search(select)),
                joinable(select),
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
    from rdflib import Literal

    literal = to_rdflib(term)
    assert isinstance(literal, Literal)
    kind = str(literal.datatype) if literal.datatype else None
    lang = literal.language
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
    value = literal.value
    return isinstance(value, python[datatype]) if datatype in python else True


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
            return Finding(prop.severity, plain(node), prop.path, prop.message, prop.shape)

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


def validate_keys(
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
            findings += sparql_findings(sparql, focus, store, term)  # type: ignore[arg-type]
    if plan.fallback:
        import rdflib

        data = _ntriples(triples)
        findings += reference.findings(rdflib.Graph().parse(data=data, format="nt"), plan.fallback)
    return Report(sorted(findings))


def _ntriples(triples: list[Triple]) -> bytes:
    return "".join([f"{s} {p} {o} .\n" for s, p, o in triples]).encode()
