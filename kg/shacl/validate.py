"""`kg validate`: any RDF file, or quads, against the SHACL shapes of `ontology/shapes.ttl`.

Graphs up to `PYSHACL_LIMIT` triples are validated by pySHACL itself (`kg.shacl.reference`), the
reference; larger ones by `kg.shacl.indexed`, which gives the same findings in seconds where
pySHACL takes minutes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import InputError
from kg.rdf.vocabulary import load_vocabulary
from kg.shacl.indexed import Terms, validate_keys
from kg.shacl.reference import validate_graph
from kg.shacl.report import Finding, Report

if TYPE_CHECKING:
    import rdflib

__all__ = [
    "PYSHACL_LIMIT",
    "Finding",
    "Report",
    "load_graph",
    "validate_file",
    "validate_graph",
    "validate_quads",
]


PYSHACL_LIMIT = 20_000
"""Graphs up to this many triples are validated by pySHACL itself, the reference; larger ones by
the indexed engine below, which gives the same findings (tests/test_scale.py) in seconds where
pySHACL takes minutes."""


def validate_quads(quads: Iterable[ox.Quad | ox.Triple], with_vocabulary: bool = True) -> Report:
    """Validate quads or triples as one graph (graph names are ignored, repeats count once)."""
    quads = list(quads)
    if with_vocabulary:
        quads += load_vocabulary().quads
    triples = sorted({(str(q.subject), str(q.predicate), str(q.object)) for q in quads})
    return validate_keys(triples, Terms(quads).term)


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
