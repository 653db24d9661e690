"""The ontology and its concept schemes (`ontology/*.ttl`) as quads, codes and labels."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.assets import asset
from kg.errors import InputError
from kg.rdf.namespace import DEF, SCHEMES, SKOS

__all__ = ["ONTOLOGY_FILES", "Vocabulary", "load_vocabulary"]

ONTOLOGY_FILES = ("dlkg.ttl", "concepts.ttl")


@dataclass
class Vocabulary:
    """The ontology and concept schemes: their quads, and the codes a table may use."""

    quads: list[ox.Quad]
    codes: dict[str, dict[str, str]]  # scheme name -> code -> concept IRI
    labels: dict[str, list[str]]  # concept IRI -> its labels (all languages)


def load_vocabulary(folder: Path | None = None) -> Vocabulary:
    """Parse the ontology files into the ontology graph, naming the file of any syntax error."""
    folder = folder or asset("ontology")
    graph = ox.NamedNode(DEF)
    quads: list[ox.Quad] = []
    for name in ONTOLOGY_FILES:
        path = folder / name
        try:
            triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        except SyntaxError as exc:
            raise InputError(f"broken Turtle: {exc}", path) from None
    codes: dict[str, dict[str, str]] = {scheme: {} for scheme in SCHEMES}
    labels: dict[str, list[str]] = defaultdict(list)
    schemes = {str(iri): name for name, iri in SCHEMES.items()}
    for quad in quads:
        subject, obj = quad.subject, quad.object
        if isinstance(subject, ox.Triple) or isinstance(obj, ox.Triple):
            continue  # RDF-star: no concept is described that way
        predicate = quad.predicate.value
        if predicate == str(SKOS.inScheme) and obj.value in schemes:
            concept = subject.value
            codes[schemes[obj.value]][concept.rsplit("/", 1)[1]] = concept
        elif predicate in (str(SKOS.prefLabel), str(SKOS.altLabel)):
            labels[subject.value].append(obj.value)
    return Vocabulary(quads, codes, dict(labels))
