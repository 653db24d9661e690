"""`kg build`: a data folder into the dlkg graph, validated, one named graph per source."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.assembly.counts import add_counts
from kg.assembly.curated import TABLE_STEPS, context
from kg.assembly.outputs import write_outputs
from kg.assembly.quads import DLKG, GRAPH_OF, ORG, RDF, SKOS, Quads
from kg.assembly.releases import add_texts
from kg.assembly.review import close_review, merged_names, open_review
from kg.assembly.validation import validate_build
from kg.rdf.iri import DEFAULT_BASE
from kg.rdf.namespace import SCHEMES

if TYPE_CHECKING:
    from kg.ingest.decisions import Item
    from kg.shacl.report import Report

__all__ = ["Build", "Progress", "assemble", "build", "validate_build"]

Progress = Callable[[str], None]
"""Told the name of each stage of a build as it starts (`kg.assembly.progress` shows it)."""


def _quiet(stage: str) -> None:
    """The progress of a build nobody watches."""


@dataclass
class Build:
    """What `build` made: the sorted quads, the validation report, and what it noticed."""

    quads: Sequence[ox.Quad]
    base: str
    warnings: list[str]
    report: Report | None = None
    out: Path | None = None
    review: list[Item] = field(default_factory=list)  # the open questions (review.json)
    _triple_keys: list[tuple[str, str, str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def table(self) -> Quads:
        """The quads as `Quads` (keys and terms), converting a plain list once."""
        if not isinstance(self.quads, Quads):
            self.quads = Quads.of(self.quads)
        return self.quads

    def triple_keys(self) -> list[tuple[str, str, str]]:
        """The union graph's triples as N-Triples term strings, each once, sorted."""
        if self._triple_keys is None:
            self._triple_keys = sorted({(s, p, o) for s, p, o, _g in self.table().keys})
        return self._triple_keys

    @property
    def triples(self) -> list[ox.Triple]:
        """The union graph, each triple once, sorted."""
        return list(self.iter_triples())

    def iter_triples(self) -> Iterator[ox.Triple]:
        """The union graph, each triple once, sorted, made one at a time."""
        terms = self.table().terms
        for s, p, o in self.triple_keys():
            yield ox.Triple(terms[s], terms[p], terms[o])  # type: ignore[arg-type]

    def count(self, rdf_type: str) -> int:
        a, kind = f"<{RDF.type}>", f"<{rdf_type}>"
        return len({s for s, p, o in self.triple_keys() if p == a and o == kind})

    def summary(self) -> dict[str, int]:
        triples = self.triple_keys()
        a, in_scheme = f"<{RDF.type}>", f"<{SKOS.inScheme}>"
        typed: dict[str, set[str]] = defaultdict(set)
        sectors = set()
        sector = f"<{SCHEMES['sector']}>"
        for s, p, o in triples:
            if p == a:
                typed[o].add(s)
            elif p == in_scheme and o == sector:
                sectors.add(s)

        def count(kind: str) -> int:
            return len(typed.get(f"<{kind}>", ()))

        return {
            "triples": len(triples),
            "graphs": len({key[3] for key in self.table().keys}),
            "coalitions": count(ORG.OrganizationalCollaboration),
            "organisations": count(ORG.Organization),
            "memberships": count(ORG.Membership),
            "sectors": len(sectors),
            "goals": count(DLKG.Goal),
        }

    def rdflib_graph(self):  # -> rdflib.Graph, typed loosely to keep rdflib out of the import
        """The union graph as an rdflib Graph, for notebooks and pySHACL."""
        import rdflib

        data = ox.serialize(self.iter_triples(), format=ox.RdfFormat.N_TRIPLES)
        return rdflib.Graph().parse(data=data, format="nt")


def assemble(
    data: str | Path = "data",
    base: str = DEFAULT_BASE,
    ontology: Path | None = None,
    progress: Progress = _quiet,
) -> Build:
    """Read a data folder into sorted quads, checking every reference. Writes nothing."""
    progress("reading the tables")
    ctx = context(data, base, ontology)
    for step in (open_review, *TABLE_STEPS, add_counts, merged_names, add_texts, close_review):
        if step is add_texts:
            progress("reading the texts")
        step(ctx)
    ctx.periods.write(ctx.graphs)  # once every table and text has named, dated or ended members
    progress("sorting the quads")
    # One full sort by (subject, predicate, object, graph) gives the triples in order; a stable
    # sort by graph then gives the quads in (graph, subject, predicate, object) order.
    by_triple = sorted(ctx.graphs.keys)
    ctx.graphs.keys = set()
    triples, last = [], None
    for key in by_triple:
        triple = key[:3]
        if triple != last:
            triples.append(triple)
            last = triple
    by_triple.sort(key=GRAPH_OF)
    result = Build(Quads(by_triple, ctx.graphs.terms()), base, ctx.warnings)
    result.review = ctx.review.queue()
    result._triple_keys = triples
    return result


def build(
    data: str | Path = "data",
    out: str | Path | None = "build",
    base: str = DEFAULT_BASE,
    validate: bool = True,
    ontology: Path | None = None,
    progress: Progress = _quiet,
) -> Build:
    """Build, validate and (when `out` is given) write the graph and its store.

    Nothing in `out` changes unless the sources are good; a graph with SHACL violations is
    still written, so that it can be inspected, and `result.report.conforms` is False.
    `progress` is told each stage as it starts.
    """
    result = assemble(data, base, ontology, progress)
    if out is not None:
        result.out = write_outputs(result, Path(out), validate=validate, progress=progress)
    elif validate:
        progress("validating (SHACL)")
        result.report = validate_build(result)
    return result
