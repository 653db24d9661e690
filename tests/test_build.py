"""The coalition graph: what `kg build` makes of data/, its determinism, and its refusals."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import ORG, SKOS

from kg.assembly.build import build
from kg.cli import main
from kg.errors import InputError
from kg.rdf.namespace import DLKG
from kg.shacl.validate import validate_file
from tests.seed import SEED_MEMBERS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHAPE = "https://w3id.org/dlkg/def/shape#"
PREFIXES = """
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dlkg: <https://w3id.org/dlkg/def#>
PREFIX schema: <https://schema.org/>
"""


@pytest.fixture(scope="module")
def seed_graph(seed_build: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(seed_build / "kg.ttl")


def ask(graph: rdflib.Graph, query: str) -> list[tuple]:
    return [tuple(row) for row in graph.query(PREFIXES + query)]


def test_done_when_query_answers_18(seed_graph: rdflib.Graph) -> None:
    rows = ask(
        seed_graph,
        "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?m org:organization ?c ; "
        "org:member ?o . ?c a org:OrganizationalCollaboration ; "
        'skos:prefLabel "Digital Literacy Coalition Groningen" }',
    )
    assert int(rows[0][0]) == 18


def test_eighteen_memberships_with_the_exact_names(seed_graph: rdflib.Graph) -> None:
    rows = ask(
        seed_graph,
        """SELECT ?name WHERE {
        ?m a org:Membership ; org:member ?o ; org:organization ?c .
        ?c skos:prefLabel "Digital Literacy Coalition Groningen" .
        ?o skos:prefLabel ?name }""",
    )
    assert sorted(str(r[0]) for r in rows) == sorted(SEED_MEMBERS)
    assert len(rows) == 18


def test_samenwerking_noord_is_eighteenth_and_no_other_order_is_invented(
    seed_graph: rdflib.Graph,
) -> None:
    rows = ask(
        seed_graph,
        """SELECT ?name ?order WHERE {
        ?m org:member ?o ; dlkg:joinOrder ?order . ?o skos:prefLabel ?name }""",
    )
    assert [(str(name), int(order)) for name, order in rows] == [("Samenwerking Noord", 18)]


def test_goal_for_2025_with_both_regions(seed_graph: rdflib.Graph) -> None:
    rows = ask(
        seed_graph,
        """SELECT ?year ?region ?code WHERE {
        ?c org:purpose ?goal ; skos:prefLabel "Digital Literacy Coalition Groningen" .
        ?goal dlkg:targetYear ?year ; dlkg:targetRegion ?r .
        ?r skos:prefLabel ?region FILTER(LANG(?region) = "nl")
        OPTIONAL { ?r dlkg:cbsCode ?code } }""",
    )
    assert {(str(y), str(r), str(c) if c else None) for y, r, c in rows} == {
        ("2025", "Groningen", "GM0014"),
        ("2025", "Provincie Groningen", None),
    }
    aims = ask(
        seed_graph,
        """SELECT ?aim WHERE { ?c org:purpose ?g ;
        skos:prefLabel "Digital Literacy Coalition Groningen" . ?g schema:description ?aim
        FILTER(LANG(?aim) = "en") }""",
    )
    assert "most digitally literate city and province" in str(aims[0][0])


def test_four_sector_groups_cover_every_sector(seed_graph: rdflib.Graph) -> None:
    groups = ask(
        seed_graph,
        """SELECT ?label WHERE {
        ?g skos:inScheme <https://w3id.org/dlkg/def/sector-group> ; skos:prefLabel ?label
        FILTER(LANG(?label) = "nl") }""",
    )
    assert sorted(str(g[0]) for g in groups) == [
        "bedrijfsleven",
        "culturele veld",
        "educatieve sector",
        "overheden",
    ]
    orphans = ask(
        seed_graph,
        """SELECT ?s WHERE {
        ?s skos:inScheme <https://w3id.org/dlkg/def/sector>
        FILTER NOT EXISTS { ?s skos:broader ?g } }""",
    )
    assert orphans == []


def test_every_membership_leads_to_a_source_document(seed_graph: rdflib.Graph) -> None:
    every = ask(seed_graph, "SELECT ?m WHERE { ?m a org:Membership }")
    rows = ask(
        seed_graph,
        """SELECT ?m ?title WHERE { ?m a org:Membership ;
        <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc .
        ?doc <http://purl.org/dc/terms/title> ?title }""",
    )
    assert {m for m, _ in rows} == {m for (m,) in every}
    dlc = ask(
        seed_graph,
        """SELECT ?m ?title WHERE { ?m a org:Membership ; org:organization ?c ;
        <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc .
        ?c skos:prefLabel "Digital Literacy Coalition Groningen" .
        ?doc <http://purl.org/dc/terms/title> ?title }""",
    )
    assert len({m for m, _ in dlc}) == 18
    assert {str(t) for _, t in dlc} == {
        "Samenwerking Noord sluit zich aan bij de Digital Literacy Coalition"
    }


def test_one_named_graph_per_source(seed_build: Path) -> None:
    dataset = rdflib.Dataset()
    dataset.parse(seed_build / "kg.trig", format="trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    with (DATA / "sources.csv").open(encoding="utf-8") as handle:
        ids = {row["id"] for row in csv.DictReader(handle)}
    sources = {g.rsplit("/", 1)[1] for g in graphs if "/source/" in g}
    assert sources == ids
    umcg = rdflib.URIRef("https://w3id.org/dlkg/organisation/umcg")
    healthcare = rdflib.URIRef("https://w3id.org/dlkg/def/sector/healthcare")
    # the sector is the curators' classification: in their graph, in no page's
    curators = dataset.graph(rdflib.URIRef("https://w3id.org/dlkg/source/dlkg-curation"))
    assert (umcg, ORG.classification, healthcare) in curators
    assert [
        g.identifier for g in dataset.graphs() if (umcg, ORG.classification, healthcare) in g
    ] == [curators.identifier]


def test_store_keeps_the_source_graphs_and_the_union_as_default_graph(seed_build: Path) -> None:
    import json

    import pyoxigraph as ox

    store = ox.Store.read_only(str(seed_build / "store"))
    default = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = {q.triple for q in store if q.graph_name != ox.DefaultGraph()}
    manifest = json.loads((seed_build / "manifest.json").read_text())
    # The store reads xsd:nonNegativeInteger as xsd:integer (oxigraph/oxigraph#1413), so the
    # triples are compared with the store's own named graphs, and counted against kg.nt.
    assert default == named
    assert (
        len(default) == manifest["triples"] == len((seed_build / "kg.nt").read_bytes().splitlines())
    )
    assert len(list(store.named_graphs())) > 1
    assert manifest["store_default_graph"] == "union"


def test_iris_are_readable_and_there_are_no_blank_nodes(seed_graph: rdflib.Graph) -> None:
    assert not any(isinstance(t, rdflib.BNode) for triple in seed_graph for t in triple)
    organisations = set(seed_graph.subjects(rdflib.RDF.type, ORG.Organization))
    assert (
        rdflib.URIRef("https://w3id.org/dlkg/organisation/rijksuniversiteit-groningen")
        in organisations
    )
    assert (
        rdflib.URIRef("https://w3id.org/dlkg/organisation/goldmund-wyldebeast-wunderliebe")
        in organisations
    )


def test_seed_conforms_with_the_curation_queue_as_warnings(seed_build: Path) -> None:
    report = validate_file(seed_build / "kg.ttl")
    assert report.conforms, report.text()
    missing_wikidata = {f.focus for f in report.warnings if "Wikidata" in f.message}
    organisations = {
        str(o)
        for o in rdflib.Graph()
        .parse(seed_build / "kg.ttl")
        .subjects(rdflib.RDF.type, ORG.Organization)
    }
    assert missing_wikidata == organisations  # no Wikidata id is confirmed by a source yet


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    outputs = []
    for name in ("one", "two"):  # separate processes: no shared hash seeds or caches
        subprocess.run(
            [sys.executable, "-m", "kg", "build", "--out", str(tmp_path / name)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        outputs.append(
            {
                f: (tmp_path / name / f).read_bytes()
                for f in ("kg.ttl", "kg.trig", "kg.nt", "kg.jsonld", "manifest.json")
            }
        )
    assert outputs[0] == outputs[1]


def test_a_second_coalition_is_a_data_change(two_coalitions_build: Path) -> None:
    graph = rdflib.Graph().parse(two_coalitions_build / "kg.ttl")
    coalitions = set(graph.subjects(rdflib.RDF.type, ORG.OrganizationalCollaboration))
    assert len(coalitions) == 2
    for coalition in coalitions:
        assert graph.value(coalition, SKOS.prefLabel) is not None


# --- SHACL: one fixture per shape -------------------------------------------------------------

INVALID = sorted((ROOT / "tests" / "shapes" / "invalid").glob("*.ttl"))
VALID = sorted((ROOT / "tests" / "shapes" / "valid").glob("*.ttl"))


def test_every_shape_has_a_fixture() -> None:
    assert len(INVALID) == 11 and len(VALID) == 2
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    warned = {  # a warning's severity is its own, or its node shape's (a SPARQL constraint)
        c for s in shapes.subjects(sh.severity, None) for c in [s, *shapes.objects(s, sh.sparql)]
    }
    violations = {
        str(s).removeprefix(SHAPE)
        for s in shapes.subjects(rdflib.RDF.type, None)
        if s not in warned
        and str(s).startswith(SHAPE)
        and not str(s).endswith(("Shape", "prefixes"))
    }
    assert violations == {path.read_text().splitlines()[0].split(": ")[1] for path in INVALID}


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_fixture_fails_on_its_shape(path: Path) -> None:
    expected = path.read_text(encoding="utf-8").splitlines()[0].split(": ")[1]
    report = validate_file(path)
    assert not report.conforms
    assert {f.shape.removeprefix(SHAPE) for f in report.violations} == {expected}


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_fixture_conforms(path: Path) -> None:
    assert validate_file(path).conforms


def test_a_count_that_disagrees_with_its_own_list_names_both_numbers() -> None:
    path = ROOT / "tests" / "shapes" / "invalid" / "count-disagrees-with-its-list.ttl"
    report = validate_file(path)
    assert report.violations[0].message == "Persbericht states 18 partners and names 2."


def test_a_later_larger_count_is_a_question_not_a_violation() -> None:
    report = validate_file(ROOT / "tests" / "shapes" / "valid" / "two-partners.ttl")
    assert report.conforms
    assert [f.message for f in report.warnings] == [
        "Later page (known by 2021-06-01) states 3 partners; the sources known by then name 2."
    ]


def test_gaps_are_warnings_not_failures() -> None:
    report = validate_file(ROOT / "tests" / "shapes" / "valid" / "organisation-with-gaps.ttl")
    assert report.conforms
    assert sorted(f.message for f in report.warnings) == [
        "No Wikidata id known for this organisation.",
        "No city known for this organisation.",
        "No sector known for this organisation.",
        "No website known for this organisation.",
    ]


def test_namespace_is_in_step_with_the_ontology() -> None:
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "dlkg.ttl")
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(str(DLKG))}
    in_code = {str(DLKG[name]) for name in DLKG.__annotations__}
    assert declared == in_code
    for term in declared:
        labels = {
            label.language for label in ontology.objects(rdflib.URIRef(term), rdflib.RDFS.label)
        }
        definitions = {d.language for d in ontology.objects(rdflib.URIRef(term), SKOS.definition)}
        assert labels == definitions == {"nl", "en"}, term


# --- Bad input: named file and line, exit 2, nothing written ----------------------------------


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BAD_INPUT = {
    "malformed-row": (
        "organisations.csv",
        "UMCG,Universitair Medisch Centrum Groningen,,",
        "UMCG,Universitair Medisch Centrum Groningen,",
        "expected 9 cells",
    ),
    "unknown-sector": (
        "organisations.csv",
        "academic-hospital,healthcare,",
        "academic-hospital,hospitals,",
        "unknown sector 'hospitals'",
    ),
    "unknown-type": (
        "organisations.csv",
        "academic-hospital,healthcare,",
        "hospital,healthcare,",
        "unknown type 'hospital'",
    ),
    "unknown-member": (
        "memberships.csv",
        "Groningen,UMCG,",
        "Groningen,UMC Utrecht,",
        "member names an unknown organisation: 'UMC Utrecht'",
    ),
    "unknown-source": (
        "memberships.csv",
        "Groningen,UMCG,,,,UMCG,samenwerking-noord-persbericht",
        "Groningen,UMCG,,,,UMCG,persbericht-x",
        "'persbericht-x' is not an id",
    ),
    "bad-join-order": (
        "memberships.csv",
        "Groningen,UMCG,,",
        "Groningen,UMCG,first,",
        "join_order must be a whole number",
    ),
    "script-website": (
        "organisations.csv",
        ",https://www.sksg.nl/,",
        ",javascript:alert(1),",
        "website must be an http(s) URL, not 'javascript:alert(1)'",
    ),
    # Every typed cell is checked when read (issue 18, item 6): real calendar dates, years,
    # whole numbers, URLs with a host and a valid port, Wikidata ids.
    "impossible-joined": (
        "memberships.csv",
        "Groningen,UMCG,,,",
        "Groningen,UMCG,,2019-13-45,",
        "joined must be a real date (2019-13-45: month is not 01 to 12)",
    ),
    "impossible-issued": (
        "sources.csv",
        "Toukomst,nl,2020-03-23,",
        "Toukomst,nl,2020-02-31,",
        "issued must be a real date (2020-02-31: day is out of range for month)",
    ),
    "founded-not-a-date": (
        "coalitions.csv",
        "DLC,coalition,,2018,",
        "DLC,coalition,,2018-00,",
        "founded must be a real date (2018-00: month is not 01 to 12)",
    ),
    "target-year-of-five-digits": (
        "goals.csv",
        ",2025,Groningen",
        ",20250,Groningen",
        "target_year must be a year of four digits (2025), not '20250'",
    ),
    "join-order-zero": (
        "memberships.csv",
        "Groningen,UMCG,,",
        "Groningen,UMCG,0,",
        "join_order must be a whole number of at least 1, not '0'",
    ),
    "url-without-host": (
        "sources.csv",
        "https://www.digital-literacy.nl/nieuws/page/2/",
        "https:///nieuws/page/2/",
        "url must be an http(s) URL, not 'https:///nieuws/page/2/'",
    ),
    "website-bad-port": (
        "organisations.csv",
        ",https://www.sksg.nl/,",
        ",https://www.sksg.nl:99999/,",
        "website must be an http(s) URL, not 'https://www.sksg.nl:99999/'",
    ),
    "wikidata-not-an-id": (
        "organisations.csv",
        ",https://www.sksg.nl/,,sksg",
        ",https://www.sksg.nl/,Q-7,sksg",
        "wikidata must be an id like Q55, not 'Q-7'",
    ),
    "unknown-city": (
        "organisations.csv",
        ",Groningen,https://www.basicly.co/",
        ",Grunn,https://www.basicly.co/",
        "city names an unknown region: 'Grunn'",
    ),
}


@pytest.mark.parametrize("case", BAD_INPUT, ids=list(BAD_INPUT))
def test_bad_input_names_file_line_and_problem(
    case: str, data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file, old, new, problem = BAD_INPUT[case]
    out = tmp_path / "build"
    assert main(["build", "--data", str(data_copy), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    capsys.readouterr()
    _edit(data_copy / file, old, new)
    assert main(["build", "--data", str(data_copy), "--out", str(out)]) == 2
    error = capsys.readouterr().err
    line = next(
        n
        for n, text in enumerate((data_copy / file).read_text(encoding="utf-8").splitlines(), 1)
        if new in text
    )
    assert f"{data_copy / file}:{line}: " in error
    assert problem in error
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_broken_ontology_turtle_is_bad_input(tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology)
    _edit(ontology / "concepts.ttl", "skos:Concept ;", "skos:Concept ;;; <")
    with pytest.raises(InputError) as error:
        build(DATA, tmp_path / "out", ontology=ontology)
    assert "concepts.ttl" in str(error.value) and "broken Turtle" in str(error.value)
    assert not (tmp_path / "out").exists()


def test_violations_exit_1_and_still_write_the_graph(
    data_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(data_copy / "memberships.csv", "Groningen,UMCG,,", "Groningen,UMCG,18,")
    assert main(["build", "--data", str(data_copy), "--out", str(tmp_path / "b")]) == 1
    out = capsys.readouterr().out
    assert "Two memberships of this coalition have join order 18" in out
    assert (tmp_path / "b" / "kg.ttl").exists()


def test_validate_command_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(VALID[0])]) == 0
    assert main(["validate", str(INVALID[0])]) == 1
    assert main(["validate", "no/such/file.ttl"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_build_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--out", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    with (DATA / "memberships.csv").open(encoding="utf-8") as handle:
        pairs = {(row["coalition"], row["member"]) for row in csv.DictReader(handle)}
    coalitions, organisations = {c for c, _ in pairs}, {m for _, m in pairs}
    summary = f"{len(coalitions)} coalitions, {len(organisations)} organisations, {len(pairs)} "
    assert summary + "memberships, 10 sectors" in out
    assert "SHACL: conforms" in out
