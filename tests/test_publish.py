"""`kg publish` and the remote engine: against a real Oxigraph server, and against small stdlib
HTTP servers that demand basic or digest credentials or answer errors."""

from __future__ import annotations

import base64
import hashlib
import http.server
import io
import json
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from kg.cli import main
from kg.errors import InputError
from kg.rdf.terms import to_ntriples as nt_term
from kg.rdf.terms import to_oxigraph as _to_oxigraph
from kg.rdf.terms import to_rdflib as _to_rdflib
from kg.sparql.catalogue import Param, Query, catalogue, run
from kg.sparql.engine import OxigraphEngine, Result
from kg.sparql.http import RemoteError
from kg.sparql.remote import RemoteEngine
from kg.sparql.text import inline_iris, insert_values, query_form
from kg.triplestore.publish import (
    ProgressBar,
    PublishError,
    batches,
    endpoints,
    load_payload,
    publish,
)
from kg.triplestore.upload import TEMPORARY

pytestmark = pytest.mark.server

GRAPH = "https://example.org/dlkg/published"
OXIGRAPH = Path(sys.executable).with_name("oxigraph")
BASE = "https://w3id.org/dlkg/"
XSD = "http://www.w3.org/2001/XMLSchema#"  # a string: rdflib's XSD warns when pytest probes it
PRESS_RELEASE = BASE + "source/samenwerking-noord-persbericht"  # the largest source graph


def _seed_counts() -> tuple[int, int, int]:
    """What a store must hold after publishing data/: counted from the assembled quads, not by
    the publisher (the union graph's triples, the source graphs, the press release's triples)."""
    from kg.assembly.build import assemble

    quads = assemble(Path(__file__).resolve().parents[1] / "data").table().keys
    source = f"<{BASE}source/"
    graphs = {g for _s, _p, _o, g in quads if g.startswith(source)}
    press = sum(1 for key in quads if key[3] == f"<{PRESS_RELEASE}>")
    return len({key[:3] for key in quads}), len(graphs), press


SEED_TRIPLES, SEED_SOURCES, PRESS_RELEASE_TRIPLES = _seed_counts()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- A real Oxigraph server -----------------------------------------------------------------------


class OxigraphServer:
    """`oxigraph serve` (read-write) on a loopback port; can be killed and started again."""

    def __init__(self, location: Path):
        self.location = location
        self.port = free_port()
        self.log = location.parent / "oxigraph.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def store(self) -> str:
        return f"{self.url}/store"

    @property
    def query(self) -> str:
        return f"{self.url}/query"

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    str(OXIGRAPH),
                    "serve",
                    "--location",
                    str(self.location),
                    "--bind",
                    f"127.0.0.1:{self.port}",
                ],
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"oxigraph serve stopped: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.query, params={"query": "ASK {}"}, timeout=1).is_success:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        pytest.fail("oxigraph serve did not start in 20 s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def graphs(self) -> dict[str, int]:
        """Every named graph with triples, and how many it holds."""
        response = httpx.post(
            self.query,
            content=("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"),
            headers={
                "Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json",
            },
            timeout=30,
        )
        response.raise_for_status()
        return {
            b["g"]["value"]: int(b["n"]["value"]) for b in response.json()["results"]["bindings"]
        }

    def count(self, graph: str) -> int:
        return self.graphs().get(graph, 0)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    if not OXIGRAPH.exists():
        pytest.fail(
            f"no oxigraph binary beside {sys.executable}: run the README's test command "
            "(it installs the `oxigraph` package)",
            pytrace=False,
        )
    oxigraph = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "db")
    oxigraph.start()
    try:
        yield oxigraph
    finally:
        oxigraph.kill()


def source_graphs(build: Path) -> dict[str, int]:
    """The build's named graphs that are source documents, and how many triples each holds,
    sorted by IRI (the order `kg publish` uploads them in)."""
    store = ox.Store()
    store.load(path=str(build / "kg.trig"), format=ox.RdfFormat.TRIG)
    return {
        str(s["g"].value): int(s["n"].value)
        for s in store.query(  # type: ignore[union-attr]
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            "?g a <http://www.w3.org/ns/prov#Entity> } GROUP BY ?g ORDER BY STR(?g)",
            use_default_graph_as_union=True,
        )
    }


@pytest.fixture(scope="module")
def published(server: OxigraphServer, seed_build: Path) -> str:
    """The seed graph published to GRAPH; returns the graph IRI."""
    report = publish(seed_build, server.store, GRAPH)
    assert report.verified and report.triples == SEED_TRIPLES
    assert report.sources == SEED_SOURCES and report.dropped == []
    return GRAPH


def test_seed_payload_is_the_union_graph_and_the_source_graphs(seed_build: Path) -> None:
    payload = load_payload(seed_build)
    nt_lines = (seed_build / "kg.nt").read_text(encoding="utf-8").splitlines()
    assert payload.count == len(set(nt_lines)) == SEED_TRIPLES
    from_trig = load_payload(seed_build / "kg.trig")
    assert from_trig.lines == payload.lines  # graphs merged
    assert from_trig.graphs == payload.graphs
    sources = source_graphs(seed_build)
    assert {g: len(lines) for g, lines in payload.graphs.items()} == sources
    assert len(sources) == SEED_SOURCES and sources[PRESS_RELEASE] == PRESS_RELEASE_TRIPLES
    assert "https://w3id.org/dlkg/def" not in payload.graphs  # the ontology is no source
    assert load_payload(seed_build / "kg.nt").graphs == {}  # N-Triples: no named graphs


def test_publish_swaps_in_a_verified_copy(
    server: OxigraphServer, published: str, seed_build: Path
) -> None:
    graphs = server.graphs()
    assert graphs[published] == SEED_TRIPLES
    for source, n in source_graphs(seed_build).items():
        assert graphs[source] == n, source
    assert "https://w3id.org/dlkg/def" not in graphs
    assert not [g for g in graphs if "dlkg-upload" in g], "a temporary graph was left behind"


def test_publishing_twice_leaves_one_copy(
    server: OxigraphServer, published: str, seed_build: Path
) -> None:
    before = server.graphs()
    report = publish(seed_build, server.store, published)
    assert report.verified and report.dropped == []
    assert any("MOVE" in step for step in report.steps)
    assert server.graphs() == before  # the same triples in every graph: union and sources


# --- Every catalogue query, remotely and locally --------------------------------------------------

QUERIES = catalogue()
KNOWN_IRIS = {
    "org": "organisation/umcg",
    "coalition": "coalition/digital-literacy-coalition-groningen",
    "with": "coalition/digital-literacy-coalition-groningen",
    "region": "region/provincie-groningen",
    "resource": "organisation/umcg",
}


def _value(param: Param) -> str:
    if param.type == "iri":
        return KNOWN_IRIS.get(param.name, "organisation/umcg")
    if param.type == "year":
        return "2026"
    if param.type == "integer":
        return param.default or "2"
    if param.type == "date":  # days between the seed's dated sources, so that time filters bite
        return {"from": "2019-01-01"}.get(param.name, "2020-06-01")
    return "nl" if param.name == "lang" else (param.default or "x")


def param_sets(query: Query) -> list[dict[str, str]]:
    """The required parameters only (declared defaults for the rest), and every parameter."""
    required = {p.name: _value(p) for p in query.params if p.required}
    every = {p.name: _value(p) for p in query.params}
    return [required] if every == required else [required, every]


def _plain(term: Any) -> str | None:
    if term is None:
        return None
    if isinstance(term, BNode):
        return "_:"
    return str(term.n3())


def answer(result: Result) -> object:
    """A result as comparable plain values: sorted rows (or triples), blank nodes unnamed."""
    if result.kind == "ask":
        return result.boolean
    if result.kind == "select":
        rows = sorted((tuple(_plain(t) for t in row) for row in result.rows), key=repr)
        return result.variables, rows
    return sorted(tuple(_plain(t) for t in triple) for triple in result.triples)


class PublishedCopyEngine:
    """Locally what the published copy holds: the union graph as the default graph, and the
    source graphs as the named graphs."""

    name = "published-copy"

    def __init__(self, build: Path):
        self.store = ox.Store()
        self.graph = ox.NamedNode(GRAPH)
        self.store.load(
            path=str(build / "kg.nt"), format=ox.RdfFormat.N_TRIPLES, to_graph=self.graph
        )
        self.sources = [ox.NamedNode(name) for name in source_graphs(build)]
        for quad in ox.parse(path=str(build / "kg.trig"), format=ox.RdfFormat.TRIG):
            if quad.graph_name in self.sources:
                self.store.add(quad)

    def query(self, sparql: str, bindings: Any = None) -> Result:
        substitutions: dict[ox.Variable, Any] = {
            ox.Variable(k): _to_oxigraph(v) for k, v in (bindings or {}).items()
        }
        answer = self.store.query(
            sparql,
            default_graph=self.graph,
            named_graphs=self.sources,  # type: ignore[arg-type]
            substitutions=substitutions,
        )
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            return Result(
                "select", variables, [tuple(_to_rdflib(s[v]) for v in variables) for s in answer]
            )
        return Result(
            "graph",
            triples=[
                (_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object))
                for t in answer
            ],
        )  # type: ignore[misc]


def test_the_catalogue_has_queries() -> None:
    assert len(QUERIES) >= 1


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_catalogue_query_answers_the_same_remotely(
    name: str, server: OxigraphServer, published: str, seed_build: Path
) -> None:
    query = QUERIES[name]
    local = OxigraphEngine(seed_build)
    remote = RemoteEngine(server.query, graph=published)
    copy = PublishedCopyEngine(seed_build)
    assert len(remote.sources()) == SEED_SOURCES  # sent as named-graph-uri
    for params in param_sets(query):
        there = answer(run(name, params, engine=remote, base=BASE))
        # The remote engine answers exactly what the published copy holds...
        assert there == answer(run(name, params, engine=copy, base=BASE)), params
        # ...which is what the build answers, per-source graphs (GRAPH ?source) included.
        assert there == answer(run(name, params, engine=local, base=BASE)), params


def test_the_queries_that_read_source_graphs_find_them_remotely(
    server: OxigraphServer, published: str, seed_build: Path
) -> None:
    remote = RemoteEngine(server.query, graph=published)
    sources = run("sources", {}, engine=remote, base=BASE)
    statements = {str(r["source"]): r["statements"] for r in sources.records()}
    assert len(statements) == SEED_SOURCES
    assert statements[PRESS_RELEASE] == PRESS_RELEASE_TRIPLES
    counts = run("partner-counts", {}, engine=remote, base=BASE).records()
    assert PRESS_RELEASE in {str(r["statedIn"]) for r in counts if r["stated"] is not None}
    assert (
        counts == run("partner-counts", {}, engine=OxigraphEngine(seed_build), base=BASE).records()
    )
    profile = run("profile", {"org": "organisation/umcg"}, engine=remote, base=BASE).records()
    assert profile and all(r["source"] is not None for r in profile)
    bare = RemoteEngine(server.query)  # no --graph: the store's own dataset, no parameters
    assert bare.sources() == []
    assert (
        int(
            str(
                bare.query(
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + published + "> { ?s ?p ?o } }"
                ).rows[0][0]
            )
        )
        == SEED_TRIPLES
    )


def test_remote_query_on_the_command_line_prints_what_a_local_one_prints(
    server: OxigraphServer, published: str, seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("csv", "json", "table"):
        assert main(["query", "members", "--kg", str(seed_build), "--format", fmt]) == 0
        local = capsys.readouterr().out
        assert (
            main(
                [
                    "query",
                    "members",
                    "--endpoint",
                    server.query,
                    "--graph",
                    published,
                    "--format",
                    fmt,
                ]
            )
            == 0
        )
        assert capsys.readouterr().out == local
    args = [
        "query",
        "is-member",
        "--param",
        "org=organisation/umcg",
        "--param",
        "coalition=coalition/digital-literacy-coalition-groningen",
    ]
    assert main([*args, "--endpoint", server.query, "--graph", published]) == 0
    assert capsys.readouterr().out == "true\n"


def test_pictures_can_be_drawn_from_the_published_copy(
    server: OxigraphServer,
    published: str,
    seed_build: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kg.network.project import network

    local = network(seed_build)
    remote = network(seed_build, endpoint=server.query, graph=published)
    assert sorted(remote.nodes(data=True)) == sorted(local.nodes(data=True))
    assert sorted(remote.edges(keys=True, data=True)) == sorted(local.edges(keys=True, data=True))
    assert main(["analyze", "--kg", str(seed_build), "--format", "json"]) == 0
    here = capsys.readouterr().out
    assert (
        main(["analyze", "--endpoint", server.query, "--graph", published, "--format", "json"]) == 0
    )
    assert capsys.readouterr().out == here
    out = tmp_path / "remote.html"
    assert main(["viz", "--endpoint", server.query, "--graph", published, "--out", str(out)]) == 0
    assert "Samenwerking Noord" in out.read_text(encoding="utf-8")


def test_a_bound_parameter_is_a_value_not_query_text(
    server: OxigraphServer, published: str, seed_build: Path, tmp_path: Path
) -> None:
    rq = tmp_path / "by-label.rq"
    rq.write_text(
        "# title: Things by label\n"
        "# param: label string required -- a label\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?thing ?label WHERE { ?thing skos:prefLabel ?label }\n",
        encoding="utf-8",
    )
    remote = RemoteEngine(server.query, graph=published)
    found = run(str(rq), {"label": "UMCG"}, engine=remote)
    assert found.rows == [(URIRef(BASE + "organisation/umcg"), Literal("UMCG"))]
    for evil in [
        'UMCG" } UNION { ?thing ?p ?o } #',
        "UMCG' } UNION { ?thing ?p ?o } #",
        'x""" ) } } ; DROP ALL ; SELECT * { ?thing ?p ?o #',
        "}\n} UNION {\n?thing ?p ?o",
        '\\" } UNION { ?thing ?p ?o } #',
    ]:
        assert run(str(rq), {"label": evil}, engine=remote).rows == []
        assert run(str(rq), {"label": evil}, engine=OxigraphEngine(seed_build)).rows == []
    assert server.count(published) == SEED_TRIPLES
    with pytest.raises(InputError):
        run("co-members", {"org": "organisation/umcg> } UNION { ?s ?p ?o"}, engine=remote)
    with pytest.raises(InputError, match="absolute IRI"):
        remote.query("SELECT * WHERE { ?s ?p ?o }", {"s": URIRef("http://x/> } UNION {")})


def test_publishing_with_sparql_update_when_there_is_no_graph_store(
    server: OxigraphServer, published: str, seed_build: Path
) -> None:
    graph = "https://example.org/dlkg/by-update"
    report = publish(
        seed_build,
        f"{server.url}/no-graph-store-here",
        graph,
        update_url=f"{server.url}/update",
        query_url=server.query,
        batch_size=100,
    )
    assert report.verified
    requests = -(-SEED_TRIPLES // 100)  # the union graph in batches of 100 (no blank nodes)
    assert f"{requests} SPARQL Update requests" in " ".join(report.steps)
    assert server.count(graph) == SEED_TRIPLES
    members = [
        answer(run("members", {}, engine=RemoteEngine(server.query, graph=g)))
        for g in (graph, published)
    ]
    assert members[0] == members[1]


def test_blank_nodes_survive_batched_updates(server: OxigraphServer, tmp_path: Path) -> None:
    lines = ["<http://example.org/list> <http://example.org/first> _:n0 .\n"]
    for i in range(40):
        lines.append(f'_:n{i} <http://example.org/value> "{i}" .\n')
        lines.append(f"_:n{i} <http://example.org/next> _:n{i + 1} .\n")
        lines.append(f'<http://example.org/plain{i}> <http://example.org/value> "{i}" .\n')
    nt = tmp_path / "chain.nt"
    nt.write_text("".join(lines), encoding="utf-8")
    graph = "https://example.org/dlkg/chain"
    publish(
        nt,
        f"{server.url}/no-graph-store-here",
        graph,
        update_url=f"{server.url}/update",
        query_url=server.query,
        batch_size=7,
    )
    chain = RemoteEngine(server.query, graph=graph).query(
        "SELECT (COUNT(?n) AS ?length) WHERE { <http://example.org/list> "
        "<http://example.org/first>/<http://example.org/next>* ?n }"
    )
    assert int(str(chain.rows[0][0])) == 41  # one chain, not 41 pieces


def test_batches_keep_blank_node_neighbours_together() -> None:
    lines = [
        b"<a> <p> _:x .\n",
        b"<b> <p> <c> .\n",
        b"_:x <p> _:y .\n",
        b"<d> <p> <e> .\n",
        b'_:y <p> "_:z <q> _:x" .\n',
        b"_:z <p> <f> .\n",
    ]
    groups = batches(lines, size=2)
    assert sorted(line for group in groups for line in group) == sorted(lines)
    together = next(g for g in groups if b"_:x <p> _:y .\n" in g)
    assert {b"<a> <p> _:x .\n", b'_:y <p> "_:z <q> _:x" .\n'} <= set(together)
    assert b"_:z <p> <f> .\n" not in together  # "_:z" inside a literal links nothing


# --- Failing safely -------------------------------------------------------------------------------


def test_unreachable_server(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nowhere = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(PublishError, match=r"cannot reach .*Nothing was changed"):
        publish(seed_build, f"{nowhere}/store", GRAPH)
    assert (
        main(
            [
                "publish",
                "--kg",
                str(seed_build),
                "--store-url",
                f"{nowhere}/store",
                "--graph",
                GRAPH,
            ]
        )
        == 3
    )
    err = capsys.readouterr().err
    assert err.startswith("kg publish: error: connecting to the store: cannot reach")
    with pytest.raises(RemoteError, match="cannot reach"):
        RemoteEngine(f"{nowhere}/query").query("ASK {}")
    assert main(["query", "members", "--endpoint", f"{nowhere}/query"]) == 3
    assert "cannot reach" in capsys.readouterr().err


def test_bad_input_exits_2(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "publish",
                "--kg",
                str(seed_build),
                "--store-url",
                "http://127.0.0.1:9/store",
                "--graph",
                "not an iri",
            ]
        )
        == 2
    )
    assert "absolute IRI" in capsys.readouterr().err
    assert (
        main(
            [
                "publish",
                "--kg",
                str(seed_build),
                "--store-url",
                "ftp://example.org/store",
                "--graph",
                GRAPH,
            ]
        )
        == 2
    )
    assert "http(s) URL" in capsys.readouterr().err


def test_a_server_killed_mid_upload_leaves_the_previous_graph(
    server: OxigraphServer, published: str, seed_build: Path, tmp_path: Path
) -> None:
    # A new build: every source graph changed, and a union graph far larger than before. The
    # source graphs go first and are complete in their temporary graphs when the server dies.
    big = tmp_path / "big.trig"
    with big.open("w", encoding="utf-8") as out:
        out.write((seed_build / "kg.trig").read_text(encoding="utf-8"))
        for doc in source_graphs(seed_build):
            out.write(f'\n<{doc}> {{ <{doc}> <http://example.org/changed> "yes" . }}\n')
        out.write("{\n")
        for i in range(300_000):
            out.write(f'<http://example.org/thing/{i}> <http://example.org/value> "value {i}" .\n')
        out.write("}\n")
    before = server.graphs()
    assert before[published] == SEED_TRIPLES and before[PRESS_RELEASE] == PRESS_RELEASE_TRIPLES
    killed: list[int] = []

    def kill_at_40_percent(done: int, total: int) -> None:
        if not killed and done >= 0.4 * total:
            killed.append(done)
            server.kill()

    try:
        with pytest.raises(PublishError) as failure:
            publish(big, server.store, published, progress=kill_at_40_percent)
    finally:
        server.start()
    assert killed, "the upload finished before the server could be killed"
    message = str(failure.value)
    assert "the upload failed (the union graph" in message
    assert f"The previous version of <{published}> and its source graphs is intact" in message
    assert "could not be removed" in message  # the server was gone; say so
    after = server.graphs()
    left = [g for g in after if "dlkg-upload" in g]
    assert len(left) >= SEED_SOURCES  # the source graphs' uploads were complete
    assert {g: n for g, n in after.items() if g not in left} == before  # every graph intact
    cleanup = re.search(r"remove with `([^`]+)`", message)
    assert cleanup, message
    httpx.post(
        f"{server.url}/update",
        content=cleanup.group(1),
        headers={"Content-Type": "application/sparql-update"},
    ).raise_for_status()
    assert server.graphs() == before


class Killed(BaseException):
    """Stands for the process being killed: nothing of dlkg's own clean-up runs."""


def _settled(listing: Callable[[], list[str]], tries: int = 50) -> list[str]:
    """The listing once two in a row agree: the server may still be storing the request a
    killed publication was sending when it died."""
    before = listing()
    for _ in range(tries):
        time.sleep(0.1)
        now = listing()
        if now == before:
            return now
        before = now
    return before


def test_the_next_publish_removes_what_failed_ones_left(
    server: OxigraphServer, seed_build: Path
) -> None:
    """Issue 18, item 11: temporary graphs of killed publications do not pile up."""
    graph = "https://example.org/dlkg/left-behind"

    def die_half_way(done: int, total: int) -> None:
        if done >= total / 2:
            raise Killed

    # Graphs that only look alike are not ours: another --graph's, or not our pattern.
    decoys = [
        f"{graph}-dlkg-upload-mine",
        f"{graph}-dlkg-upload-0123456789ab-x",
        f"{graph}-other-dlkg-upload-0123456789ab",
        f"{GRAPH}-dlkg-upload-0123456789ab",
    ]
    try:
        for _ in range(2):  # two publications killed during their upload
            with pytest.raises(Killed):
                publish(seed_build, server.store, graph, progress=die_half_way)
        left = _settled(
            lambda: [g for g in server.graphs() if g.startswith(f"{graph}-dlkg-upload-")]
        )
        assert len(left) >= SEED_SOURCES // 2
        # the second run removed what the first left: only one run's graphs are there
        assert len({g[len(graph) : len(graph) + 25] for g in left}) == 1  # -dlkg-upload-<12 hex>
        assert all(TEMPORARY.fullmatch(g[len(graph) :]) for g in left)
        for decoy in decoys:
            httpx.put(
                server.store,
                params={"graph": decoy},
                content=b"<urn:a> <urn:b> <urn:c> .\n",
                headers={"Content-Type": "application/n-triples"},
            ).raise_for_status()
        report = publish(seed_build, server.store, graph)
        assert report.verified
        assert any(
            f"removed {len(left)} temporary graphs" in step and "failed publications" in step
            for step in report.steps
        ), report.steps
        after = server.graphs()
        assert not [g for g in after if TEMPORARY.fullmatch(g[len(graph) :])]
        assert all(after.get(decoy) == 1 for decoy in decoys)
        assert after[graph] == SEED_TRIPLES
    finally:  # whatever happened, leave the shared server as it was
        names = " ".join(f"<{g}>" for g in [graph, *decoys])
        httpx.post(
            f"{server.url}/update",
            content="DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(?g IN ({names.replace(" ", ", ")}) || STRSTARTS(STR(?g), "{graph}-")) }}',
            headers={"Content-Type": "application/sparql-update"},
        ).raise_for_status()


SOURCES_GRAPH = "https://example.org/dlkg/many-sources"


def source_iri(i: int) -> str:
    return f"https://example.org/dlkg-test/source/{i:03d}-a-source-document-with-a-long-name"


def sources_build(folder: Path, numbers: range) -> Path:
    """A build folder (kg.trig only) with one small source graph for every number."""
    folder.mkdir()
    with (folder / "kg.trig").open("w", encoding="utf-8") as out:
        out.write(
            "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
            "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
            "<https://example.org/dlkg-test/def> { <https://example.org/dlkg-test/def> "
            'dcterms:title "not a source" . }\n'
        )
        for i in numbers:
            out.write(
                f"<{source_iri(i)}> {{ <{source_iri(i)}> a prov:Entity ; dcterms:title "
                f'"Source {i}" . <https://example.org/dlkg-test/thing/{i}> '
                f"<https://example.org/dlkg-test/value> {i} . }}\n"
            )
    return folder


def test_hundreds_of_source_graphs_and_a_source_dropped(
    server: OxigraphServer, tmp_path: Path
) -> None:
    full = sources_build(tmp_path / "full", range(300))
    fewer = sources_build(tmp_path / "fewer", range(1, 300))
    report = publish(full, server.store, SOURCES_GRAPH)
    assert report.verified and report.sources == 300 and report.dropped == []
    graphs = server.graphs()
    assert graphs[SOURCES_GRAPH] == 300 * 3 + 1 and graphs[source_iri(0)] == 3
    assert "https://example.org/dlkg-test/def" not in graphs
    remote = RemoteEngine(server.query, graph=SOURCES_GRAPH)  # 300 named-graph-uri, ~25 kB
    assert remote.sources() == [source_iri(i) for i in range(300)]
    assert answer(run("sources", {}, engine=remote)) == answer(
        run("sources", {}, engine=OxigraphEngine(full))
    )

    report = publish(fewer, server.store, SOURCES_GRAPH)
    assert report.verified and report.dropped == [source_iri(0)]
    assert any("dropped 1 source graph" in step for step in report.steps)
    graphs = server.graphs()
    assert source_iri(0) not in graphs
    assert graphs[SOURCES_GRAPH] == 299 * 3 + 1 and graphs[source_iri(1)] == 3
    remote = RemoteEngine(server.query, graph=SOURCES_GRAPH)
    assert remote.sources() == [source_iri(i) for i in range(1, 300)]
    found = run("sources", {}, engine=remote)
    assert answer(found) == answer(run("sources", {}, engine=OxigraphEngine(fewer)))
    assert len(found.rows) == 299

    # the same source dropped without a GSP: INSERT DATA uploads, one swap request
    publish(full, server.store, SOURCES_GRAPH)
    assert server.count(source_iri(0)) == 3
    report = publish(
        fewer,
        f"{server.url}/no-graph-store-here",
        SOURCES_GRAPH,
        update_url=f"{server.url}/update",
        query_url=server.query,
        batch_size=500,
    )
    assert report.verified and report.dropped == [source_iri(0)]
    assert "with 2 SPARQL Update requests, and the 299 source graphs with 2 more" in " ".join(
        report.steps
    )
    assert source_iri(0) not in server.graphs()
    assert not [g for g in server.graphs() if "dlkg-upload" in g]


def test_a_source_graph_cannot_be_the_published_graph(seed_build: Path) -> None:
    with pytest.raises(InputError, match="is the name of a source graph"):
        publish(seed_build, "http://127.0.0.1:9/store", PRESS_RELEASE)


# --- Credentials and HTTP errors, with a small stdlib server --------------------------------------

REALM, USER, SECRET, NONCE = "dlkg-test", "alice", "s3cret", "dcd98b7102dd2f0e8b11d0f600bfb0c093"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class FakeStore:
    """A Graph Store Protocol lookalike on loopback that checks basic or digest credentials.

    Paths ending in /update take SPARQL Update, /query answers a COUNT, anything else is the
    graph store, which keeps what is PUT and gives it back to a GET (so that the triples can be
    counted without a query endpoint). `fail` maps a request kind (PUT, update, query) to
    (status, content type, body). `liar` answers every request 200 with an HTML page.
    """

    def __init__(self, scheme: str | None = "basic", path: str = "/gsp"):
        self.scheme = scheme
        self.path = path
        self.requests: list[tuple[str, str, bool, bytes]] = []
        self.fail: dict[str, tuple[int, str, str]] = {}
        self.count: int | None = None
        self.graphs: dict[str, bytes] = {}
        self.liar = False
        store = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _reply(
                self,
                status: int,
                body: str = "",
                kind: str = "text/plain",
                headers: dict[str, str] | None = None,
            ) -> None:
                data = body.encode()
                self.send_response(status)
                for key, value in {
                    **(headers or {}),
                    "Content-Type": kind,
                    "Content-Length": str(len(data)),
                }.items():
                    self.send_header(key, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            def _handle(self) -> None:
                body = self._body()
                ok = store.authorized(self.command, self.path, self.headers.get("Authorization"))
                store.requests.append((self.command, self.path, ok, body))
                if not ok:
                    challenge = (
                        f'Digest realm="{REALM}", qop="auth", nonce="{NONCE}", '
                        'opaque="5ccc069c403ebaf9f0171e9517f40e41", algorithm=MD5'
                        if store.scheme == "digest"
                        else f'Basic realm="{REALM}"'
                    )
                    self._reply(
                        401, "wrong user name or password", headers={"WWW-Authenticate": challenge}
                    )
                    return
                if store.liar:
                    self._reply(200, "<html><body><h1>Welcome!</h1></body></html>", "text/html")
                    return
                route = self.path.split("?")[0]
                graph = httpx.URL(self.path).params.get("graph", "")
                kind = (
                    "update"
                    if route.endswith("/update")
                    else "query"
                    if route.endswith("/query")
                    else self.command
                )
                if kind in store.fail:
                    status, content_type, text = store.fail[kind]
                    self._reply(status, text, content_type)
                elif kind == "query" and store.count is not None:
                    # every graph listed in `VALUES ?g { ... }` holds `count` triples
                    text = body  # a direct POST, or a form (as dlkg sends queries)
                    if "form-urlencoded" in self.headers.get("Content-Type", ""):
                        form = urllib.parse.parse_qs(body.decode())
                        text = form.get("query", [""])[0].encode()
                    listed = re.search(rb"VALUES \?g \{([^}]*)\}", text)
                    graphs = re.findall(rb"<([^>]*)>", listed.group(1)) if listed else []
                    self._reply(
                        200,
                        json.dumps(
                            {
                                "head": {"vars": ["g", "n"]},
                                "results": {
                                    "bindings": [
                                        {
                                            "g": {"type": "uri", "value": g.decode()},
                                            "n": {"type": "literal", "value": str(store.count)},
                                        }
                                        for g in graphs
                                    ]
                                },
                            }
                        ),
                        "application/sparql-results+json",
                    )
                elif kind == "query" or self.command == "HEAD":
                    self._reply(404, "no such graph")
                elif kind == "GET":
                    if graph in store.graphs:
                        self._reply(200, store.graphs[graph].decode(), "application/n-triples")
                    else:
                        self._reply(404, "no such graph")
                elif kind == "PUT":
                    store.graphs[graph] = body
                    self._reply(204)
                elif kind == "DELETE":
                    store.graphs.pop(graph, None)
                    self._reply(204)
                else:
                    self._reply(204)

            do_HEAD = do_PUT = do_POST = do_DELETE = do_GET = _handle

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{self.path}"

    def authorized(self, method: str, uri: str, header: str | None) -> bool:
        if self.scheme is None:
            return True
        if not header:
            return False
        if self.scheme == "basic":
            return header == "Basic " + base64.b64encode(f"{USER}:{SECRET}".encode()).decode()
        if not header.startswith("Digest "):
            return False
        fields = {k: a or b for k, a, b in re.findall(r'(\w+)=(?:"([^"]*)"|([^\s,]*))', header)}
        ha1 = _md5(f"{USER}:{REALM}:{SECRET}")
        ha2 = _md5(f"{method}:{fields.get('uri')}")
        expected = _md5(
            f"{ha1}:{NONCE}:{fields.get('nc')}:{fields.get('cnonce')}:{fields.get('qop')}:{ha2}"
        )
        return (
            fields.get("username") == USER
            and fields.get("nonce") == NONCE
            and fields.get("uri") == uri
            and fields.get("response") == expected
        )

    def puts(self) -> list[bytes]:
        """The bodies of the authorized PUTs that carried data."""
        return [body for method, _, ok, body in self.requests if method == "PUT" and ok and body]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake() -> Iterator[Any]:
    stores: list[FakeStore] = []

    def make(scheme: str | None = "basic", path: str = "/gsp") -> FakeStore:
        stores.append(FakeStore(scheme, path))
        return stores[-1]

    yield make
    for store in stores:
        store.close()


@pytest.mark.parametrize("scheme", ["basic", "digest"])
def test_credentials_accepted(scheme: str, fake: Any, seed_build: Path) -> None:
    store = fake(scheme)
    auth = httpx.BasicAuth(USER, SECRET) if scheme == "basic" else httpx.DigestAuth(USER, SECRET)
    report = publish(seed_build, store.url, GRAPH, auth=auth, user=USER)
    sent = [len(body.splitlines()) for body in store.puts()]  # each graph sent once
    assert sent == [*source_graphs(seed_build).values(), SEED_TRIPLES]  # the union last
    put_to = [
        httpx.URL(p).params["graph"] for m, p, ok, b in store.requests if m == "PUT" and ok and b
    ]
    assert put_to == [*source_graphs(seed_build), GRAPH]  # straight in: no update endpoint
    assert any(
        "replaced with one PUT each" in note and "not in one transaction" in note
        for note in report.notes
    )


@pytest.mark.parametrize("scheme", ["basic", "digest"])
def test_credentials_refused(
    scheme: str,
    fake: Any,
    seed_build: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = fake(scheme)
    monkeypatch.setenv("DLKG_PASSWORD", "wrong")
    assert (
        main(
            [
                "publish",
                "--kg",
                str(seed_build),
                "--store-url",
                store.url,
                "--graph",
                GRAPH,
                "--user",
                USER,
                "--auth",
                scheme,
            ]
        )
        == 3
    )
    err = capsys.readouterr().err
    assert f"refused the credentials of user '{USER}'" in err
    assert "wrong user name or password" in err  # the server's own words
    assert "Nothing was changed" in err
    assert store.puts() == []
    monkeypatch.setenv("DLKG_PASSWORD", SECRET)
    assert (
        main(
            [
                "publish",
                "--kg",
                str(seed_build),
                "--store-url",
                store.url,
                "--graph",
                GRAPH,
                "--user",
                USER,
                "--auth",
                scheme,
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.startswith(f"published {SEED_TRIPLES} triples to <{GRAPH}>")


def test_credentials_missing(
    fake: Any, seed_build: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = fake("basic")
    with pytest.raises(
        PublishError, match=r"asks for a user name and password.*--user NAME.*Nothing was"
    ):
        publish(seed_build, store.url, GRAPH)
    monkeypatch.delenv("DLKG_PASSWORD", raising=False)
    assert (
        main(
            [
                "publish",
                "--kg",
                str(seed_build),
                "--store-url",
                store.url,
                "--graph",
                GRAPH,
                "--user",
                USER,
            ]
        )
        == 2
    )  # no password: standard input is no terminal here
    assert "set DLKG_PASSWORD" in capsys.readouterr().err


def test_http_errors_carry_the_servers_message(fake: Any, seed_build: Path) -> None:
    store = fake(None)
    store.fail["PUT"] = (500, "text/plain", "storage full: cannot write 809 triples")
    with pytest.raises(PublishError) as failure:
        publish(seed_build, store.url, GRAPH)
    assert "HTTP 500 Internal Server Error" in str(failure.value)
    assert "storage full: cannot write 809 triples" in str(failure.value)
    store.fail["PUT"] = (
        503,
        "text/html",
        "<html><head><style>p {}</style></head><body>"
        "<h1>Busy</h1><p>Try again &amp; wait</p></body></html>",
    )
    with pytest.raises(PublishError, match=r"HTTP 503 Service Unavailable.*Busy Try again & wait"):
        publish(seed_build, store.url, GRAPH)
    store.fail["query"] = (400, "text/plain", "Parse error: unexpected '}'")
    with pytest.raises(RemoteError, match=r"HTTP 400 .*Parse error: unexpected '}'"):
        RemoteEngine(store.url.replace("/gsp", "/query")).query("ASK {}")


def test_a_failed_swap_leaves_the_previous_graph(fake: Any, seed_build: Path) -> None:
    store = fake(None, path="/ds/data")  # Fuseki's layout: /ds/update and /ds/query derived
    store.fail["update"] = (500, "text/plain", "MOVE refused: graph is locked")
    with pytest.raises(PublishError) as failure:
        publish(seed_build, store.url, GRAPH)
    message = str(failure.value)
    assert "the swap (MOVE) failed" in message and "graph is locked" in message
    assert "intact" in message and "was removed" in message
    assert [len(b.splitlines()) for b in store.puts()] == [
        *source_graphs(seed_build).values(),
        SEED_TRIPLES,
    ]
    put_to = [p for m, p, _, b in store.requests if m == "PUT" and b]
    deleted = [p for m, p, _, _ in store.requests if m == "DELETE"]
    assert sorted(deleted) == sorted(put_to)
    assert all("dlkg-upload" in httpx.URL(p).params["graph"] for p in put_to)
    swap = next(b for m, p, _, b in store.requests if p.endswith("/update")).decode()
    assert swap.count("MOVE GRAPH") == SEED_SOURCES + 1 and swap.rstrip().endswith(f"<{GRAPH}>")


def test_a_wrong_count_stops_before_the_swap(fake: Any, seed_build: Path) -> None:
    store = fake(None, path="/ds/data")
    store.count = 5
    with pytest.raises(
        PublishError,
        match=rf"union graph .* holds 5 triples, not {SEED_TRIPLES} \(and "
        rf"{SEED_SOURCES} graphs more\).*intact",
    ):
        publish(seed_build, store.url, GRAPH)
    assert not [b for m, p, _, b in store.requests if p.endswith("/update") and b"MOVE" in b]


def test_a_store_that_answers_200_html_to_everything_is_refused(
    fake: Any, seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18, item 10: every request "succeeded", yet nothing can show the triples."""
    for path in ("/store", "/gsp"):  # with derived update and query endpoints, and without
        store = fake(None, path=path)
        store.liar = True
        code = main(
            ["publish", "--kg", str(seed_build), "--store-url", store.url, "--graph", GRAPH]
        )
        captured = capsys.readouterr()
        assert code == 3, captured
        assert "published" not in captured.out
        assert "cannot be verified" in captured.err and "Nothing was changed" in captured.err
        assert not [b for m, p, _, b in store.requests if b"MOVE" in b]  # no swap was tried


def test_an_update_endpoint_that_does_nothing_is_not_reported_as_published(
    server: OxigraphServer, fake: Any, seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real store, and an --update-url that answers 200 to the swap and does nothing."""
    graph = "https://example.org/dlkg-lied-to"
    liar = fake(None, path="/update")
    liar.liar = True
    code = main(
        [
            "publish",
            "--kg",
            str(seed_build),
            "--store-url",
            server.store,
            "--update-url",
            liar.url,
            "--graph",
            graph,
        ]
    )
    captured = capsys.readouterr()
    assert code == 3
    assert "published" not in captured.out
    assert "NOT published" in captured.err and "did not run it" in captured.err
    assert "every temporary graph" in captured.err and "was removed" in captured.err
    assert not [g for g in server.graphs() if g.startswith(graph)]  # no trace left


def test_endpoint_conventions() -> None:
    oxigraph = endpoints("http://localhost:7878/store")
    assert (oxigraph.update, oxigraph.query) == (
        "http://localhost:7878/update",
        "http://localhost:7878/query",
    )
    fuseki = endpoints("http://h:3030/dlkg/data")
    assert (fuseki.update, fuseki.query) == (
        "http://h:3030/dlkg/update",
        "http://h:3030/dlkg/query",
    )
    graphdb = endpoints("http://h:7200/repositories/dlkg/rdf-graphs/service")
    assert (graphdb.update, graphdb.query) == (
        "http://h:7200/repositories/dlkg/statements",
        "http://h:7200/repositories/dlkg",
    )
    virtuoso = endpoints("http://h:8890/sparql-graph-crud-auth")
    assert virtuoso.update == virtuoso.query == "http://h:8890/sparql-auth"
    other = endpoints("http://h/gsp", update_url="http://h/up")
    assert (other.update, other.query, other.update_given) == ("http://h/up", None, True)


def test_progress_bar() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    quiet = io.StringIO()
    bar = ProgressBar(quiet)
    for done in range(0, 1001, 100):
        bar(done, 1000)
    assert quiet.getvalue() == ""  # small, and not a terminal
    log = io.StringIO()
    bar = ProgressBar(log, large=1000)
    for done in range(0, 1001, 50):
        bar(done, 1000)
    assert log.getvalue().count("\n") == 11 and "100% of" in log.getvalue()
    terminal = Terminal()
    bar = ProgressBar(terminal)
    bar(1000, 1000)
    bar.close()
    assert terminal.getvalue().startswith("\ruploading [") and "100%" in terminal.getvalue()
    assert terminal.getvalue().endswith("\n")


# --- The VALUES insertion, without a server -------------------------------------------------------

EX = "http://example.org/"
PREFIX = f"PREFIX ex: <{EX}>\n"


@pytest.fixture(scope="module")
def small() -> ox.Store:
    store = ox.Store()
    store.load(
        input=(
            f'<{EX}a> <{EX}p> 1, 2 ; <{EX}label> "A"@en, "say \\"hi\\" {{WHERE}} \\\\ \\n", '
            f'"""multi\nline""" .\n<{EX}b> <{EX}p> 3 ; <{EX}label> "B"@en .\n'
            f"<{EX}c> <{EX}q> <{EX}a> .\n"
        ).encode(),
        format=ox.RdfFormat.TURTLE,
    )
    return store


def _run(store: ox.Store, sparql: str, substitutions: dict[str, Any] | None = None) -> object:
    subs: dict[ox.Variable, Any] = {
        ox.Variable(k): _to_oxigraph(v) for k, v in (substitutions or {}).items()
    }
    result = store.query(sparql, substitutions=subs)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return sorted(repr([s[n] for n in names]) for s in result)
    return sorted(str(t) for t in result)


VALUES_CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "comments",
        "# WHERE { ?not ?this ?one }\n"
        + PREFIX
        + "SELECT ?s ?o # WHERE {\nWHERE # {\n{ ?s ex:p ?o }",
        {"s": URIRef(EX + "a")},
    ),
    (
        "strings with braces and WHERE",
        PREFIX + 'SELECT ?s (CONCAT("{ WHERE }", \'{\', """a "{" \nWHERE""", \'\'\'}\'\'\') AS ?x)'
        " WHERE { ?s ex:p ?o }",
        {"s": URIRef(EX + "b")},
    ),
    (
        "IRIs and names that look like keywords",
        "PREFIX where: <http://example.org/WHERE#>\n"
        + PREFIX
        + "SELECT ?where ?o WHERE { ?where ex:p ?o FILTER(?where != where:select) }",
        {"o": Literal(3)},
    ),
    (
        "a subquery with GROUP BY",
        PREFIX + "SELECT ?s ?n WHERE { { SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ex:p ?o } "
        "GROUP BY ?s } }",
        {"s": URIRef(EX + "a")},
    ),
    (
        "aggregation after the group",
        PREFIX + "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ex:p ?o } GROUP BY ?s ORDER BY ?s LIMIT 1",
        {"s": URIRef(EX + "b")},
    ),
    (
        "EXISTS in the projection",
        PREFIX + "SELECT ?s (EXISTS { ?s ex:label ?l } AS ?labelled) (?o<3 AS ?small) ?o "
        "WHERE { ?s ex:p ?o }",
        {"o": Literal(2)},
    ),
    ("no WHERE keyword", PREFIX + "SELECT * { ?s ex:p ?o }", {"o": Literal(1)}),
    ("ASK", PREFIX + "ASK { ?s ex:p ?o }", {"s": URIRef(EX + "c")}),
    (
        "a string value with quotes, braces and newlines",
        PREFIX + "SELECT ?s ?label WHERE { ?s ex:label ?label }",
        {"label": Literal('say "hi" {WHERE} \\ \n')},
    ),
    (
        "a multi-line value",
        PREFIX + "SELECT ?s ?label WHERE { ?s ex:label ?label }",
        {"label": Literal("multi\nline")},
    ),
    (
        "several values, a language tag",
        PREFIX + "SELECT ?s ?label ?o WHERE { ?s ex:label ?label ; ex:p ?o }",
        {"label": Literal("A", lang="en"), "o": Literal("2", datatype=URIRef(XSD + "integer"))},
    ),
    (
        "a CONSTRUCT template",
        PREFIX + 'CONSTRUCT { ?s ex:copy ?o . ?s ex:brace "{" } WHERE { ?s ex:p ?o }',
        {"s": URIRef(EX + "a")},
    ),
    (
        "CONSTRUCT without the WHERE keyword",
        PREFIX + "CONSTRUCT { ?s ex:copy ?o } { ?s ex:p ?o }",
        {"o": Literal(3)},
    ),
    (
        "the short CONSTRUCT WHERE form",
        PREFIX + "CONSTRUCT WHERE { ?s ex:p ?o } LIMIT 5",
        {"s": URIRef(EX + "a")},
    ),
    ("DESCRIBE with a group", PREFIX + "DESCRIBE ?s WHERE { ?s ex:p ?o }", {"s": URIRef(EX + "b")}),
    (
        "a filter in an OPTIONAL inside a UNION branch",
        PREFIX + "SELECT ?s ?l ?lang WHERE { { ?s ex:p ?o OPTIONAL { ?s ex:label ?l "
        "FILTER(LANGMATCHES(LANG(?l), ?lang)) } } UNION { ?s ex:q ?o } }",
        {"lang": Literal("en")},
    ),
    (
        "a subquery that projects the variable",
        PREFIX
        + "SELECT ?s ?n ?least WHERE { { SELECT ?s ?least (COUNT(*) AS ?n) WHERE { ?s ex:p ?o "
        "FILTER(?o >= ?least) } GROUP BY ?s ?least } }",
        {"least": Literal(2)},
    ),
    (
        "a subquery with a private variable of the same name",
        PREFIX + "SELECT ?s ?least WHERE { ?s ex:p ?o FILTER(?o >= ?least) "
        "{ SELECT ?s WHERE { ?s ex:p ?x FILTER(!BOUND(?least)) } } }",
        {"least": Literal(3)},
    ),
    (
        "inline data in the query",
        PREFIX + "SELECT ?s ?o WHERE { VALUES ?s { ex:a ex:b } ?s ex:p ?o "
        "FILTER NOT EXISTS { VALUES ?o { 1 } } }",
        {"o": Literal(3)},
    ),
]


@pytest.mark.parametrize(
    ("case", "sparql", "bindings"), VALUES_CASES, ids=[c[0] for c in VALUES_CASES]
)
def test_values_block_answers_as_a_substitution(
    case: str, sparql: str, bindings: dict[str, Any], small: ox.Store
) -> None:
    bound = insert_values(sparql, bindings)
    assert _run(small, bound) == _run(small, sparql, bindings)
    assert _run(small, bound) != _run(small, sparql), "the binding should matter"


INLINE_CASES = [
    *VALUES_CASES,
    (
        "an IRI in a MINUS group, which shares variables by name",
        PREFIX + "SELECT ?s ?c WHERE { ?s ex:p ?o MINUS { ?c ex:q ?s } }",
        {"c": URIRef(EX + "c")},
    ),
    (
        "an IRI a subquery projects, and one it keeps private",
        PREFIX + "SELECT * WHERE { { SELECT ?s WHERE { ?s ex:p ?o } } "
        "{ SELECT ?t WHERE { ?t ex:p ?s } } }",
        {"s": URIRef(EX + "a")},
    ),
    (
        "an IRI in an EXISTS group",
        PREFIX + "SELECT ?s ?c WHERE { ?s ex:p ?o FILTER EXISTS { ?c ex:q ?s } }",
        {"c": URIRef(EX + "c")},
    ),
    (
        "an IRI compared in an expression and projected",
        PREFIX + "SELECT ?c ?s WHERE { ?c ex:q ?s FILTER(?c != ?s) BIND(STR(?c) AS ?name) }",
        {"c": URIRef(EX + "c")},
    ),
    (
        "an ASK whose only mention of the variable is a pattern",
        PREFIX + "ASK { ?c ex:q ex:a }",
        {"c": URIRef(EX + "b")},
    ),
]


@pytest.mark.parametrize(
    ("case", "sparql", "bindings"), INLINE_CASES, ids=[c[0] for c in INLINE_CASES]
)
def test_iris_written_into_patterns_answer_as_a_substitution(
    case: str, sparql: str, bindings: dict[str, Any], small: ox.Store
) -> None:
    text, rest = inline_iris(sparql, bindings)
    assert _run(small, text, rest) == _run(small, sparql, bindings)
    assert set(rest) <= set(bindings)


def test_iris_go_into_triple_patterns_only() -> None:
    iri = URIRef(EX + "c")
    text, rest = inline_iris(
        "SELECT ?c (COUNT(?m) AS ?n) WHERE { ?m a ex:M ; ex:org ?c . "
        "OPTIONAL { ?c ex:label ?l FILTER(?c != ?l) } MINUS { ?c ex:gone true } "
        "{ SELECT ?c WHERE { ?c ex:p ?x } GROUP BY ?c } VALUES ?c { ex:d } } "
        "GROUP BY ?c",
        {"c": iri, "day": Literal("2020-01-01")},
    )
    assert text == (
        f"SELECT ?c (COUNT(?m) AS ?n) WHERE {{ ?m a ex:M ; ex:org <{iri}> . "
        f"OPTIONAL {{ <{iri}> ex:label ?l FILTER(?c != ?l) }} MINUS {{ ?c ex:gone true }} "
        f"{{ SELECT ?c WHERE {{ <{iri}> ex:p ?x }} GROUP BY ?c }} VALUES ?c {{ ex:d }} }} "
        "GROUP BY ?c"
    )
    assert rest == {"c": iri}  # ?day is nowhere in the query
    assert inline_iris("ASK { ?c ?p ?o }", {"c": iri}) == (f"ASK {{ <{iri}> ?p ?o }}", {})
    blank = BNode()
    assert inline_iris("ASK { ?c ?p ?o }", {"c": blank}) == ("ASK { ?c ?p ?o }", {"c": blank})
    assert inline_iris("DESCRIBE ?c", {"c": iri}) == ("DESCRIBE ?c", {"c": iri})
    attack = URIRef("http://x/a> } ; INSERT DATA { <a> <b> <c> } #")
    with pytest.raises(InputError, match="absolute IRI"):  # never written into the text
        inline_iris("SELECT ?c WHERE { ?c ?p ?o }", {"c": attack})


def test_values_block_lands_in_the_outermost_where_group() -> None:
    value = {"s": URIRef(EX + "a")}
    block = f"VALUES (?s) {{ (<{EX}a>) }}"

    def where(sparql: str) -> str:
        bound = insert_values(sparql, value)
        return bound[: bound.index("VALUES")]

    assert where("# WHERE {\nSELECT ?o WHERE { ?s ?p ?o }").endswith("SELECT ?o WHERE { ")
    assert where('SELECT ("}" AS ?x) WHERE { ?s ?p ?o }').endswith("WHERE { ")
    assert where("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }").endswith("WHERE { ")
    assert where("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").endswith(
        "CONSTRUCT { ?s ?p ?o } WHERE { "
    )
    assert insert_values("CONSTRUCT WHERE { ?s ?p ?o }", value) == (
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {block}  ?s ?p ?o }}"
    )
    assert insert_values("DESCRIBE ?s", value) == f"DESCRIBE ?s\n{block}\n"
    nested = insert_values(
        "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } } OPTIONAL { ?s ?q ?r "
        "FILTER EXISTS { ?r ?x ?y } } MINUS { VALUES ?s { <http://a> } } }",
        value,
    )
    assert nested.count(block) == 5  # outer, subquery, OPTIONAL, EXISTS, MINUS; not the data
    assert "{ SELECT ?s WHERE { " + block in nested
    assert insert_values("SELECT * { ?s ?p ?o }", {}) == "SELECT * { ?s ?p ?o }"


def test_values_block_refuses_what_it_cannot_write_safely() -> None:
    with pytest.raises(InputError, match="absolute IRI"):
        insert_values("SELECT * { ?s ?p ?o }", {"s": URIRef("http://x/a b")})
    with pytest.raises(InputError, match="blank node"):
        insert_values("SELECT * { ?s ?p ?o }", {"s": BNode()})
    with pytest.raises(InputError, match="variable name"):
        insert_values("SELECT * { ?s ?p ?o }", {"s) {} #": URIRef("http://x/")})
    with pytest.raises(InputError, match="do not balance"):
        insert_values("CONSTRUCT { ?s ?p ?o WHERE { ?s ?p ?o }", {"s": URIRef("http://x/")})
    with pytest.raises(InputError, match="not a SPARQL query"):
        insert_values("# SELECT\nPREFIX x: <http://x/>", {"s": URIRef("http://x/")})
    assert nt_term(Literal('a"b\\c\nd')) == '"a\\"b\\\\c\\nd"'
    assert nt_term(Literal("2026", datatype=URIRef(XSD + "integer"))) == f'"2026"^^<{XSD}integer>'
    assert nt_term(Literal("x", datatype=URIRef(XSD + "string"))) == '"x"'


def test_query_form_skips_comments_and_strings() -> None:
    assert (
        query_form("# SELECT\nPREFIX ex: <http://example.org/ASK>\nCONSTRUCT { } WHERE { }")
        == "CONSTRUCT"
    )
    assert query_form('PREFIX select: <http://x/>\nASK { ?s ?p "SELECT" }') == "ASK"
    for name, query in QUERIES.items():
        assert query_form(query.text) == query.form, name


@pytest.mark.parametrize("scheme", ["basic", "digest"])
def test_query_an_endpoint_that_asks_for_credentials(
    scheme: str, fake: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    endpoint = fake(scheme, path="/dlkg/query")
    endpoint.fail["query"] = (
        200,
        "application/sparql-results+json",
        json.dumps({"head": {}, "boolean": True}),
    )
    command = [
        "query",
        "is-member",
        "--endpoint",
        endpoint.url,
        "--auth",
        scheme,
        "--param",
        "org=organisation/umcg",
        "--param",
        "coalition=coalition/digital-literacy-coalition-groningen",
    ]
    assert main(command) == 3  # the endpoint refuses: a service failed
    assert "asks for a user name and password (HTTP 401" in (err := capsys.readouterr().err)
    assert "give --user NAME" in err
    monkeypatch.setenv("DLKG_PASSWORD", "wrong")
    assert main([*command, "--user", USER]) == 3
    capsys.readouterr()
    monkeypatch.setenv("DLKG_PASSWORD", SECRET)
    assert main([*command, "--user", USER]) == 0
    assert capsys.readouterr().out == "true\n"
    asked = [ok for method, path, ok, body in endpoint.requests if b"ASK" in body or "ASK" in path]
    # with credentials: two ASKs that the parameters name something, then the question
    assert asked[-3:] == [True, True, True] and not any(asked[:-3])


def test_credentials_are_for_endpoints_only(
    seed_build: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "members", "--kg", str(seed_build), "--user", USER]) == 2
    assert "--user is for --endpoint" in capsys.readouterr().err
