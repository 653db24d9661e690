"""Validate a dlkg graph against the SHACL shapes in `ontology/shapes.ttl`, with pySHACL."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .assets import asset
from .errors import InputError

if TYPE_CHECKING:
    import rdflib

    from .build import Build

__all__ = ["Finding", "Report", "load_graph", "validate_build", "validate_file", "validate_graph"]


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
        lines = [f"SHACL: {'conforms' if self.conforms else 'does NOT conform'}: "
                 f"{len(self.violations)} violations, {len(self.warnings)} warnings"]
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
    import pyshacl
    from rdflib.namespace import SH

    if with_vocabulary:
        data = data + vocabulary_graph()  # a new graph: the caller's stays as it was
    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        allow_warnings=True,
    )
    findings = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        findings.append(Finding(
            severity=severity,
            focus=str(results.value(result, SH.focusNode)),
            path=str(results.value(result, SH.resultPath) or ""),
            message=str(results.value(result, SH.resultMessage) or ""),
            shape=str(results.value(result, SH.sourceConstraint)
                      or results.value(result, SH.sourceShape) or ""),
        ))
    return Report(sorted(findings))


def validate_build(result: Build) -> Report:
    """Validate what `build.assemble` made (it already holds the vocabulary)."""
    return validate_graph(result.rdflib_graph(), with_vocabulary=False)


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
    """Validate any RDF file against the shapes."""
    return validate_graph(load_graph(path))
