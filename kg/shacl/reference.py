"""pySHACL on an rdflib graph: the reference validator, and the one used on small graphs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.assets import asset
from kg.rdf.vocabulary import ONTOLOGY_FILES
from kg.shacl.report import Finding, Report

if TYPE_CHECKING:
    import rdflib

__all__ = ["findings", "shapes_graph", "validate_graph", "vocabulary_graph"]


def shapes_graph() -> rdflib.Graph:
    import rdflib

    return rdflib.Graph().parse(asset("ontology", "shapes.ttl"), format="turtle")


def vocabulary_graph() -> rdflib.Graph:
    import rdflib

    graph = rdflib.Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(asset("ontology", name), format="turtle")
    return graph


def validate_graph(data: rdflib.Graph, with_vocabulary: bool = True) -> Report:
    """Run pySHACL on an rdflib graph; the concept schemes are added unless already there."""
    if with_vocabulary:
        data = data + vocabulary_graph()  # a new graph: the caller's stays as it was
    return Report(sorted(findings(data)))


def findings(data: rdflib.Graph, use_shapes: list[str] | None = None) -> list[Finding]:
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
