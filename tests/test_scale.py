"""At scale, the same answers: both engines on a generated national graph, the scalable SHACL
validation against pySHACL, and the shortcuts the build takes against the slow, plain ways.

These tests check correctness only; benchmarks/run.py measures time and memory.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import ORG, PROV, RDF, RDFS, SKOS, XSD

from benchmarks.generate import PROVINCES, generate
from benchmarks.params import SCOPES, all_params
from kg.assembly.build import Build, assemble, build, validate_build
from kg.assembly.curated import NAMING_STEPS, context
from kg.assembly.outputs import write_ntriples
from kg.assembly.quads import Quads
from kg.assembly.releases import NameIndex, lexicon, within_text
from kg.ingest.extract import extract_text
from kg.ingest.tables import read_text
from kg.rdf.namespace import DLKG
from kg.shacl.validate import load_graph, validate_file, validate_graph, validate_quads
from kg.sparql.catalogue import catalogue, run
from kg.sparql.engine import OxigraphEngine, RdflibEngine, Result

ROOT = Path(__file__).resolve().parent.parent
SHAPES = sorted((ROOT / "tests" / "shapes").glob("*/*.ttl"))
EX = rdflib.Namespace("https://example.org/mutant/")


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Build]:
    """A generated national data folder of about 12,000 triples, built: every province, and
    as much as plain rdflib, the reference, answers every question on in minutes."""
    folder = tmp_path_factory.mktemp("national")
    generate(12_000, folder / "data", seed=3)
    return folder, build(folder / "data", folder / "build")


# --- The generator ---------------------------------------------------------------------------


def test_generator_is_deterministic(tmp_path: Path) -> None:
    def files(folder: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }

    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        generate(8_000, tmp_path / name, seed=seed)
    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert files(tmp_path / "a") != files(tmp_path / "c")


def test_generated_folder_builds_clean_with_evidence(national: tuple[Path, Build]) -> None:
    folder, result = national
    assert result.warnings == []  # every press release read, every name known, no disagreement
    assert result.report is not None and result.report.conforms, result.report.text()
    summary = result.summary()
    assert 9_000 <= summary["triples"] <= 15_000
    graph = rdflib.Graph().parse(folder / "build" / "kg.nt")
    provinces = {
        str(label)
        for place in graph.subjects(RDF.type, rdflib.URIRef("https://schema.org/State"))
        for label in graph.objects(place, SKOS.prefLabel)
        if label.language == "nl"
    }
    assert provinces == {name for name, _ in PROVINCES}
    memberships: dict[Any, int] = {}
    for member in graph.objects(None, ORG.member):
        memberships[member] = memberships.get(member, 0) + 1
    counts = set(memberships.values())
    assert min(counts) == 1 and max(counts) <= 5 and len(counts) >= 3
    texts = sorted((folder / "data" / "sources").glob("*.txt"))
    assert texts
    evidenced = set(graph.subjects(DLKG.evidence, None))
    assert len(evidenced) > len(texts)  # each text gives evidence for several memberships


# --- Both engines, every catalogue query -------------------------------------------------------


def _plain(result: Result) -> object:
    """A result as comparable plain values, rows in their order: every catalogue ORDER BY breaks
    all ties, so the engines must agree on it. Oxigraph stores numbers canonically
    ("18"^^xsd:positiveInteger comes back as xsd:integer), so values are compared, not terms."""

    def value(term: Any) -> object:
        return (
            repr(term.toPython())
            if isinstance(term, rdflib.Literal)
            else (term.n3() if term is not None else None)
        )

    if result.kind == "ask":
        return result.boolean
    if result.kind == "graph":
        return sorted({tuple(value(t) for t in triple) for triple in result.triples})
    return result.variables, [repr(tuple(value(t) for t in row)) for row in result.rows]


@pytest.fixture(scope="module")
def engines(national: tuple[Path, Build]) -> tuple[OxigraphEngine, RdflibEngine, dict[str, Any]]:
    out = national[0] / "build"
    oxigraph = OxigraphEngine(out)
    return oxigraph, RdflibEngine(out), all_params(oxigraph)


SCOPED = sorted(
    name for name, query in catalogue().items() if any(p.name in SCOPES for p in query.params)
)


@pytest.mark.parametrize("name", SCOPED)
def test_engines_agree_on_one_coalition_or_province(
    engines: tuple[OxigraphEngine, RdflibEngine, dict[str, Any]], name: str
) -> None:
    """Narrowed as the benchmarks ask: a bound coalition (or province) reaches into the
    queries' subqueries the same way in both engines."""
    oxigraph, reference, _ = engines
    params = all_params(oxigraph, scoped=True)[name]
    fast = run(name, params, engine=oxigraph)
    slow = run(name, params, engine=reference)
    assert _plain(fast) == _plain(slow)
    if fast.kind == "select" and not fast.rows:  # then the whole country's answer lacks it too
        scope = next(k for k in params if SCOPES.get(k) == "coalition")
        everywhere = run(name, {k: v for k, v in params.items() if k != scope}, engine=oxigraph)
        column = everywhere.variables.index("coalition")
        assert everywhere.rows and all(
            str(row[column]) != params[scope] for row in everywhere.rows
        ), name


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_engines_agree_on_a_national_graph(
    engines: tuple[OxigraphEngine, RdflibEngine, dict[str, Any]], name: str
) -> None:
    oxigraph, reference, params = engines
    fast = run(name, params[name], engine=oxigraph)
    slow = run(name, params[name], engine=reference)
    assert fast.kind == slow.kind
    assert _plain(fast) == _plain(slow)
    if fast.kind == "select":
        assert fast.rows, f"{name} found nothing on the generated graph; pick better parameters"


# --- Scalable validation against pySHACL ------------------------------------------------------


@pytest.mark.parametrize("path", SHAPES, ids=[f"{p.parent.name}/{p.stem}" for p in SHAPES])
def test_validation_matches_pyshacl_on_fixtures(path: Path) -> None:
    reference = validate_graph(load_graph(path))
    assert validate_file(path).findings == reference.findings
    assert validate_quads(ox.parse(path=str(path))).findings == reference.findings


def test_validation_matches_pyshacl_on_the_seed(seed_build: Path) -> None:
    result = assemble(ROOT / "data")
    reference = validate_graph(result.rdflib_graph(), with_vocabulary=False)
    assert reference.warnings and reference.conforms
    assert (seed_build / "manifest.json").exists()
    assert validate_build(result).findings == reference.findings
    assert (
        validate_file(seed_build / "kg.ttl").findings
        == validate_graph(load_graph(seed_build / "kg.ttl")).findings
    )


def _mutant(graph: rdflib.Graph) -> rdflib.Graph:
    """The graph with one of every kind of violation the shapes know, and some traps."""
    g = rdflib.Graph()
    g += graph
    memberships = sorted(g.subjects(RDF.type, ORG.Membership))
    coalitions = sorted(g.subjects(RDF.type, ORG.OrganizationalCollaboration))
    organisations = sorted(set(g.subjects(RDF.type, ORG.Organization)) - set(coalitions))
    m = iter(memberships)
    g.remove((next(m), ORG.member, None))  # no member
    g.add((next(m), ORG.member, organisations[1]))  # two members
    g.set((next(m), ORG.member, EX.nobody))  # a member that is not an organisation
    g.set((next(m), ORG.member, rdflib.Literal("Organisatie als tekst")))  # a literal member
    g.set((next(m), ORG.organization, organisations[2]))  # coalition is not a coalition
    g.remove((next(m), PROV.wasDerivedFrom, None))  # no source
    g.set((next(m), PROV.wasDerivedFrom, EX.rumour))  # a source that is no prov:Entity
    goal = next(g.subjects(RDF.type, DLKG.Goal))
    g.set((next(m), PROV.wasDerivedFrom, goal))  # a goal is a prov:Entity by subclass: fine
    for lexical, datatype in (
        ("0", XSD.positiveInteger),
        ("abc", XSD.positiveInteger),
        # a number no generated coalition reaches: Oxigraph stores "5"^^xsd:positiveInteger as
        # "5"^^xsd:integer, so next to a member with join order 5 ours would also report the pair
        # that pySHACL, comparing terms, does not
        ("5005", XSD.integer),
        ("5005", None),
        ("7", XSD.positiveInteger),
    ):
        g.set((next(m), DLKG.joinOrder, rdflib.Literal(lexical, datatype=datatype)))
    two = next(m)
    g.add((two, DLKG.joinOrder, rdflib.Literal("1", datatype=XSD.positiveInteger)))
    g.add((two, DLKG.joinOrder, rdflib.Literal("2", datatype=XSD.positiveInteger)))
    crowded = coalitions[0]  # three memberships with the same join order
    for member in sorted(g.subjects(ORG.organization, crowded))[:3]:
        g.set((member, DLKG.joinOrder, rdflib.Literal("9", datatype=XSD.positiveInteger)))
    doc = next(
        iter(
            g.objects(next(iter(g.subjects(ORG.organization, coalitions[1]))), PROV.wasDerivedFrom)
        )
    )
    g.set((doc, DLKG.knownBy, rdflib.Literal("2020-01-01", datatype=XSD.date)))
    for name, coalition, partners, lists_all, source in (
        ("listed", coalitions[1], "99", True, doc),  # a list that disagrees with its own count
        ("later", coalitions[1], "98", False, doc),  # more than named by then: a warning
        ("sourceless", coalitions[1], "3", False, None),
        ("empty", EX.empty, "3", True, doc),  # stated, but no members
        ("words", coalitions[1], "drie", False, doc),
    ):
        count = EX["count-" + name]
        g.add((count, RDF.type, DLKG.PartnerCount))
        g.add((count, DLKG.countOf, coalition))
        g.add((count, DLKG.partners, rdflib.Literal(partners, datatype=XSD.nonNegativeInteger)))
        if lists_all:
            g.add((count, DLKG.listsAll, rdflib.Literal(True)))
        if source is not None:
            g.add((count, PROV.wasDerivedFrom, source))
    g.add((EX.empty, RDF.type, ORG.OrganizationalCollaboration))
    g.add((EX.empty, SKOS.prefLabel, rdflib.Literal("Lege coalitie")))
    g.remove((coalitions[2], SKOS.prefLabel, None))  # coalition without a name
    g.remove((organisations[3], SKOS.prefLabel, None))  # organisation without a name
    g.remove((organisations[4], ORG.classification, None))  # no sector, no type
    g.add((EX.Library, RDFS.subClassOf, ORG.Organization))  # a target through a subclass
    g.add((EX.library, RDF.type, EX.Library))
    g.add((EX.Branch, RDFS.subClassOf, EX.Library))  # and through two
    g.add((EX.branch, RDF.type, EX.Branch))
    g.add((EX.branch, SKOS.prefLabel, rdflib.Literal("Filiaal")))
    g.set((next(m), ORG.member, EX.branch))  # a member that is an organisation by subclass
    return g


def test_validation_matches_pyshacl_on_a_graph_full_of_violations(
    national: tuple[Path, Build],
) -> None:
    folder, _ = national
    # a part of the national graph is enough, and keeps pySHACL quick
    small = folder / "small"
    generate(4_000, small, seed=11)
    graph = _mutant(build(small, None, validate=False).rdflib_graph())
    reference = validate_graph(graph, with_vocabulary=False)
    data = graph.serialize(format="nt", encoding="utf-8")
    fast = validate_quads(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), with_vocabulary=False)
    assert fast.findings == reference.findings
    shapes = {f.shape.rsplit("#", 1)[-1] for f in reference.violations}
    assert shapes >= {
        "MembershipMember",
        "MembershipCoalition",
        "MembershipSource",
        "MembershipJoinOrder",
        "UniqueJoinOrder",
        "CountAgreesWithItsList",
        "CountSource",
        "CountPartners",
        "CoalitionLabel",
        "OrganisationLabel",
    }


def test_every_shape_is_checked_without_pyshacl() -> None:
    """A shape the indexed validator cannot read goes to pySHACL, which reparses the graph into
    rdflib and each SPARQL constraint once per focus node: a sh:severity on one constraint
    once made the 1M build take 384 s and 2.8 GB instead of about 40 s."""
    from kg.shacl.indexed import _plan, _Shapes

    assert _plan(_Shapes.load()).fallback == []


def test_each_constraint_of_the_shapes_runs_once_for_all_nodes() -> None:
    """Run once per focus node, the counts' subqueries read every count each time: 8,553 queries
    and 173 s of a 1M build. Where $this is projected and in no expression, one query with
    $this free gives the same rows (the findings equal pySHACL's: the tests above)."""
    from kg.shacl.constraints import joinable as _joinable
    from kg.shacl.indexed import _plan, _Shapes

    assert all(q.joinable for shape in _plan(_Shapes.load()).shapes for q in shape.sparqls)
    assert _joinable("SELECT $this ?x WHERE { $this a ?x } GROUP BY $this")
    assert not _joinable("SELECT $this WHERE { ?x ?p ?o FILTER (?x != $this) }")
    assert not _joinable("SELECT ?x WHERE { $this ?p ?x }")  # $this not projected
    assert not _joinable(  # $this inside an EXISTS inside a FILTER
        "SELECT $this ?x WHERE { ?x a ?c FILTER NOT EXISTS { ?x ?p $this } }"
    )
    assert not _joinable("SELECT $this WHERE { BIND ($this AS ?x) ?x ?p ?o }")
    assert not _joinable(  # a bracket in a string does not end the FILTER before $this
        'SELECT $this WHERE { ?x ?p ?o FILTER (REGEX(?o, ")") || ?x != $this) }'
    )


def test_the_build_validates_as_pyshacl_does(national: tuple[Path, Build]) -> None:
    folder, result = national
    reference = validate_graph(
        rdflib.Graph().parse(folder / "build" / "kg.nt"), with_vocabulary=False
    )
    assert result.report is not None and result.report.findings == reference.findings


# --- Shortcuts of the build, against the plain ways -------------------------------------------


def test_build_outputs_are_what_oxigraph_writes(national: tuple[Path, Build]) -> None:
    folder, result = national
    out = folder / "build"
    triples = sorted(
        {q.triple for q in result.quads},
        key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
    )
    assert (out / "kg.nt").read_bytes() == ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    quads = sorted(
        ox.parse(path=str(out / "kg.trig"), format=ox.RdfFormat.TRIG),
        key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)),
    )
    assert list(result.quads) == quads
    store = ox.Store.read_only(str(out / "store"))
    # the quads in their source graphs, and their union once more as the default graph
    default = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert default == len({q.triple for q in result.quads})
    assert len(store) == len(result.quads) + default


def test_ntriples_writer_escapes_as_oxigraph_does() -> None:
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    objects = [
        ox.Literal('aan- en "afmelden"\n\tregel\\twee\r'),
        ox.Literal("één’s", language="nl"),
        ox.Literal("\u0000\u0007\u007f\U0001f600"),
        ox.Literal("2019", datatype=ox.NamedNode(str(XSD.gYear))),
        ox.NamedNode("https://example.org/ö?q=1#x"),
    ]
    triples = [ox.Triple(s, p, o) for o in objects]
    handle = io.BytesIO()
    write_ntriples([(str(t.subject), str(t.predicate), str(t.object)) for t in triples], handle)
    assert handle.getvalue() == ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def test_quads_behave_as_the_list_they_replace() -> None:
    result = assemble(ROOT / "data")
    assert isinstance(result.quads, Quads)
    plain = list(result.quads)
    copy = Build(plain, result.base, [])
    assert len(plain) == len(result.quads) and plain[0] == result.quads[0]
    assert result.quads[-2:] == plain[-2:] and result.quads == plain
    assert copy.summary() == result.summary()
    assert copy.triples == result.triples
    assert len(result.rdflib_graph()) == result.summary()["triples"]


def test_cut_lexicon_extracts_the_same(national: tuple[Path, Build]) -> None:
    folder, _ = national
    texts = [
        *sorted((ROOT / "tests" / "press").glob("*.txt")),
        *sorted((ROOT / "data" / "sources").glob("*.txt")),
        *sorted((folder / "data" / "sources").glob("*.txt"))[:25],
    ]
    for data in (ROOT / "data", folder / "data"):
        ctx = context(data)
        for step in NAMING_STEPS:
            step(ctx)
        known = lexicon(ctx)
        # names that only case-insensitive matching finds: ſ and İ for s and i, K for k
        known.organisations.update(
            {"special idea": "Special Idea", "kelvin": "Kelvin", "één ding": "Eén Ding"}
        )
        names = NameIndex(known.organisations), NameIndex(known.coalitions)
        for path in texts:
            text = read_text(path) + " Ook ſPECIAL İDEA, \u212aELVIN en ÉÉN DING."
            assert extract_text(text, path.stem, known) == extract_text(
                text, path.stem, within_text(known, names, text)
            ), path


def test_generate_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate.py"),
            "--triples",
            "3000",
            "--out",
            str(tmp_path / "d"),
            "--seed",
            "2",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "wrote" in done.stdout and (tmp_path / "d" / "memberships.csv").exists()
