"""The quads a build is made of: kept as N-Triples strings, one named graph per source."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

import pyoxigraph as ox

from kg.rdf.namespace import DCTERMS, DLKG, OA, ORG, PROV, RDF, SDO, SKOS, TIME, XSD

__all__ = [
    "DCTERMS",
    "DLKG",
    "GRAPH_OF",
    "OA",
    "ORG",
    "PROV",
    "RDF",
    "SDO",
    "SKOS",
    "TIME",
    "XSD",
    "Graphs",
    "Key",
    "Quads",
    "Strings",
    "date_literal",
    "graph_first",
    "iri_node",
    "text_literal",
    "typed_literal",
]

Term = ox.NamedNode | ox.Literal


class Strings:
    """A namespace's terms as plain strings, looked up once: the rdflib namespaces build a new
    URIRef on every attribute access, and the build makes millions of them at national scale."""

    def __init__(self, namespace: object):
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)
        return value


DCTERMS, DLKG, OA, ORG, PROV, RDF, SDO, SKOS, TIME, XSD = (  # type: ignore[misc, assignment]
    Strings(ns) for ns in (DCTERMS, DLKG, OA, ORG, PROV, RDF, SDO, SKOS, TIME, XSD)
)


def iri_node(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def text_literal(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def typed_literal(value: object, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(datatype))


def date_literal(value: str) -> ox.Literal:
    """A year, year-month or date as the matching XSD type."""
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return typed_literal(value, kind)


Key = tuple[str, str, str, str]
"""A quad as (subject, predicate, object, graph), each term in N-Triples syntax (`str(term)`):
far smaller in memory than an `ox.Quad`, and what the output is sorted by."""


class Graphs:
    """Quads under construction, with the current named graph as a cursor.

    They are kept as `Key`s of shared strings; `quads` gives them as `ox.Quad`s.
    """

    def __init__(self, quads: Iterable[ox.Quad] = ()):
        self.keys: set[Key] = set()
        self._iris: dict[str, str] = {}  # IRI -> "<IRI>", one shared string per IRI
        self._terms: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal] = {}  # key -> term
        self.update(quads)

    def _node(self, iri: str) -> str:
        key = self._iris.get(iri)
        if key is None:
            key = self._iris[iri] = f"<{iri}>"
        return key

    def _key(
        self, term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph | ox.Triple
    ) -> str:
        if isinstance(term, ox.NamedNode):
            return self._node(term.value)
        key = str(term)
        self._terms.setdefault(key, term)  # type: ignore[arg-type]
        return key

    def add(self, graph: str, subject: str, predicate: str, obj: Term) -> None:
        self.keys.add(
            (self._node(subject), self._node(predicate), self._key(obj), self._node(graph))
        )

    def link(self, graph: str, subject: str, predicate: str, obj: str) -> None:
        self.keys.add(
            (self._node(subject), self._node(predicate), self._node(obj), self._node(graph))
        )

    def update(self, quads: Iterable[ox.Quad]) -> None:
        for q in quads:
            self.keys.add(
                (
                    self._key(q.subject),
                    self._key(q.predicate),
                    self._key(q.object),
                    self._key(q.graph_name),
                )
            )

    def terms(self) -> dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]:
        """Every term by its key."""
        for iri, key in self._iris.items():
            if key not in self._terms:
                self._terms[key] = ox.NamedNode(iri)
        return self._terms

    @property
    def quads(self) -> set[ox.Quad]:
        terms = self.terms()
        return {
            ox.Quad(terms[s], terms[p], terms[o], terms[g])  # type: ignore[arg-type]
            for s, p, o, g in self.keys
        }


class Quads(Sequence[ox.Quad]):
    """A build's quads in output order, made from their `Key`s when asked for.

    It behaves as the list it replaces, but a million `ox.Quad` objects would take half a
    gigabyte; iterating makes each when needed.
    """

    def __init__(self, keys: list[Key], terms: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]):
        self.keys = keys
        self.terms = terms

    @classmethod
    def of(cls, quads: Iterable[ox.Quad]) -> Quads:
        graphs = Graphs(quads)
        return cls(sorted(graphs.keys, key=graph_first), graphs.terms())

    def _quad(self, key: Key) -> ox.Quad:
        terms = self.terms
        return ox.Quad(terms[key[0]], terms[key[1]], terms[key[2]], terms[key[3]])  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[ox.Quad]:
        terms = self.terms
        for s, p, o, g in self.keys:
            yield ox.Quad(terms[s], terms[p], terms[o], terms[g])  # type: ignore[arg-type]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._quad(key) for key in self.keys[index]]
        return self._quad(self.keys[index])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Quads):
            return self.keys == other.keys
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"<Quads: {len(self)} quads>"


GRAPH_OF = itemgetter(3)


def graph_first(key: Key) -> tuple[str, str, str, str]:
    return (key[3], key[0], key[1], key[2])
