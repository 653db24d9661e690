"""`kg serve`: the real server in a subprocess, spoken to over HTTP on loopback only."""

from __future__ import annotations

import html
import importlib
import importlib.util
import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/dlkg/"
DLC = BASE + "coalition/digital-literacy-coalition-groningen"
NOORD = BASE + "organisation/samenwerking-noord"
ORG = "http://www.w3.org/ns/org#"
PREFIXES = (
    "PREFIX org: <http://www.w3.org/ns/org#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
)
# the DLC's memberships: the seed's eighteen, whatever other collaborations data/ holds
COUNT_MEMBERS = (
    PREFIXES
    + f"SELECT (COUNT(?m) AS ?n) WHERE {{ ?m a org:Membership ; org:organization <{DLC}> }}"
)
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
NOORD_GRAPH = PREFIXES + f"CONSTRUCT {{ <{NOORD}> ?p ?o }} WHERE {{ <{NOORD}> ?p ?o }}"
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }"

pytestmark = pytest.mark.server


# --- Starting and stopping real servers ----------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[str]
    port: int
    startup: float
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def children(self) -> list[int]:
        """The pids of the processes the server started (read from /proc)."""
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == self.process.pid:
                found.append(int(stat.parent.name))
        return found


def start_server(kg: Path, log: Path, *extra: str, prefix: str = "") -> Server:
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "kg",
        "serve",
        "--kg",
        str(kg),
        "--port",
        str(port),
        "--base",
        f"http://127.0.0.1:{port}/{prefix}",
        *extra,
    ]
    started = time.monotonic()
    with log.open("w") as errors:
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=errors, text=True, bufsize=1
        )
    assert process.stdout is not None
    line = ""
    deadline = started + 15
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], deadline - time.monotonic())
        if not ready:
            break
        line = process.stdout.readline()
        if not line or line.startswith("dlkg serving"):
            break
    startup = time.monotonic() - started
    if not line.startswith("dlkg serving"):
        process.kill()
        pytest.fail(f"kg serve did not start in 15 s: {line!r} {log.read_text()}")
    assert line.strip() == f"dlkg serving http://127.0.0.1:{port}/ (SPARQL at /sparql)"
    # Keep reading what it prints, so that a full pipe never blocks it.
    threading.Thread(target=lambda: process.stdout and process.stdout.read(), daemon=True).start()
    return Server(process, port, startup, log)


def stop_server(server: Server) -> int:
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGINT)
        try:
            server.process.wait(10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
    return int(server.process.returncode)


def _gone(pids: list[int], within: float = 5.0) -> list[int]:
    """The pids still alive after waiting up to `within` seconds (zombies count as gone)."""
    deadline = time.monotonic() + within
    alive = pids
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive:
            return []
        time.sleep(0.05)
    return alive


@pytest.fixture(scope="module")
def server(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(seed_build, tmp_path_factory.mktemp("serve") / "stderr.log")
    print(f"\nkg serve started in {running.startup:.2f} s (the aim is under 2 s)")
    yield running
    stop_server(running)


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as session:
        yield session


@pytest.fixture(scope="module")
def slow_server(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(
        seed_build, tmp_path_factory.mktemp("slow") / "stderr.log", "--timeout", "1"
    )
    yield running
    stop_server(running)


def sparql(
    client: httpx.Client, query: str, accept: str | None = None, method: str = "GET"
) -> httpx.Response:
    headers = {"Accept": accept} if accept else {}
    if method == "GET":
        return client.get("/sparql", params={"query": query}, headers=headers)
    if method == "FORM":
        return client.post("/sparql", data={"query": query}, headers=headers)
    return client.post(
        "/sparql",
        content=query.encode(),
        headers={**headers, "Content-Type": "application/sparql-query"},
    )


# --- The SPARQL protocol -------------------------------------------------------------------------


def test_starts_quickly_and_reports_its_address(server: Server) -> None:
    assert server.startup < 15  # a sanity bound; the measured time is printed by the fixture
    assert server.process.poll() is None


@pytest.mark.parametrize("method", ["GET", "FORM", "DIRECT"])
def test_every_method_counts_the_members(client: httpx.Client, method: str) -> None:
    answer = sparql(client, COUNT_MEMBERS, "text/csv", method)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    assert answer.text == "n\r\n18\r\n"


def test_result_formats(client: httpx.Client) -> None:
    document = sparql(client, COUNT_MEMBERS, "application/sparql-results+json").json()
    assert document["head"]["vars"] == ["n"]
    assert document["results"]["bindings"][0]["n"]["value"] == "18"

    answer = sparql(client, COUNT_MEMBERS, "application/sparql-results+xml")
    assert answer.headers["content-type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    literal = ET.fromstring(answer.content).find(".//r:binding[@name='n']/r:literal", ns)
    assert literal is not None and literal.text == "18"

    answer = sparql(client, COUNT_MEMBERS, "text/tab-separated-values")
    assert answer.headers["content-type"].startswith("text/tab-separated-values")
    assert answer.text.splitlines() == ["?n", "18"]

    answer = sparql(
        client,
        "ASK { ?m a <http://www.w3.org/ns/org#Membership> }",
        "application/sparql-results+json",
    )
    assert answer.json() == {"head": {}, "boolean": True}


def test_graph_formats(client: httpx.Client) -> None:
    import rdflib

    expected = rdflib.Graph()
    for accept, fmt in (
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
    ):
        answer = sparql(client, NOORD_GRAPH, accept)
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"].startswith(accept)
        graph = rdflib.Graph().parse(data=answer.text, format=fmt)
        assert (rdflib.URIRef(NOORD), rdflib.RDF.type, rdflib.URIRef(ORG + "Organization")) in graph
        if not expected:
            expected = graph
        assert len(graph) == len(expected) > 5
    described = sparql(client, f"DESCRIBE <{NOORD}>", "text/turtle")
    assert "Samenwerking Noord" in described.text


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (
            "text/csv;q=0.5, application/sparql-results+json;q=0.9",
            "application/sparql-results+json",
        ),
        ("*/*;q=0.1, text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+json;q=0, text/csv;q=0.2", "text/csv"),
        ("application/sparql-results+xml;q=0.8, text/*;q=0.9", "text/csv"),
        ("text/*;q=0.3, text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        (None, "application/sparql-results+json"),
    ],
)
def test_accept_with_q_values(client: httpx.Client, accept: str | None, expected: str) -> None:
    answer = sparql(client, COUNT_MEMBERS, accept, "FORM")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith(expected)
    assert "18" in answer.text


def test_accept_for_graphs_and_nothing_acceptable(client: httpx.Client) -> None:
    answer = sparql(client, NOORD_GRAPH, "text/turtle;q=0.5, application/ld+json")
    assert answer.headers["content-type"].startswith("application/ld+json")
    assert sparql(client, NOORD_GRAPH, "text/csv").status_code == 406
    refused = sparql(client, COUNT_MEMBERS, "image/png", "FORM")
    assert refused.status_code == 406
    assert "application/sparql-results+json" in refused.text


def test_updates_are_refused_and_change_nothing(client: httpx.Client) -> None:
    before = sparql(client, COUNT_ALL, "text/csv").text
    update = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
    for answer in (
        client.get("/sparql", params={"update": update}),
        client.post("/sparql", data={"update": update}),
        client.post(
            "/sparql", content=update, headers={"Content-Type": "application/sparql-update"}
        ),
        client.post(
            "/sparql", content=update, headers={"Content-Type": "application/sparql-query"}
        ),
    ):
        assert 400 <= answer.status_code < 500, answer.text
        assert answer.text.strip()
    assert client.post("/update", data={"update": update}).status_code in (404, 405)
    assert client.put("/sparql", content=b"").status_code == 405
    after = sparql(client, COUNT_ALL, "text/csv").text
    assert before == after
    assert int(after.split()[1]) > 500


def test_a_malformed_query_gets_400_with_the_parsers_message(client: httpx.Client) -> None:
    answer = sparql(client, "SELEC ?x WHERE { ?x ?y ?z }", "application/sparql-results+json")
    assert answer.status_code == 400
    assert "1:1" in answer.text or "expected" in answer.text, answer.text
    answer = sparql(client, "SELECT * WHERE { ?s ?p }", method="FORM")
    assert answer.status_code == 400 and answer.text.strip()


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("GET", "/sparql", {}, 400),  # no query
        ("POST", "/sparql", {"content": b"query=x"}, 415),  # no content type
        ("POST", "/sparql", {"data": {"nothing": "here"}}, 400),
        (
            "POST",
            "/sparql",
            {"content": b"\xff\xfe", "headers": {"Content-Type": "application/sparql-query"}},
            400,
        ),
        ("GET", "/sparql?query=ASK{}&query=ASK{}", {}, 400),
        (
            "POST",
            "/sparql",
            {
                "content": b"#" * (2 * 2**20),
                "headers": {"Content-Type": "application/sparql-query"},
            },
            413,
        ),
        ("GET", "/queries/no-such-question", {}, 404),
        ("GET", "/organisation/%3Cscript%3E", {}, 404),
        ("GET", "/..%2F..%2Fetc%2Fpasswd", {}, 404),
        ("GET", "/static/..%2Fserve.py", {}, 404),
        ("GET", "/graph?view=nope", {}, 400),
    ],
)
def test_malformed_requests_get_a_4xx_with_a_reason(
    client: httpx.Client, method: str, path: str, kwargs: dict[str, Any], status: int
) -> None:
    answer = client.request(method, path, **kwargs)
    assert answer.status_code == status, answer.text
    assert answer.text.strip()
    assert sparql(client, COUNT_MEMBERS, "text/csv").status_code == 200  # still serving


def test_browsers_asking_sparql_for_html_get_the_editor(client: httpx.Client) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    answer = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": browser})
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/editor?query=ASK")
    assert client.get("/sparql", headers={"Accept": browser}).status_code == 303


def test_a_broken_http_request_gets_400(server: Server, client: httpx.Client) -> None:
    for garbage in (
        b"GARBAGE\r\n\r\n",
        b"GET /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n",
    ):
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
            raw.sendall(garbage)
            assert raw.recv(100).startswith(b"HTTP/1.1 400")
    assert sparql(client, COUNT_MEMBERS, "text/csv").status_code == 200


def test_federated_queries_are_refused(client: httpx.Client) -> None:
    answer = sparql(client, "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert answer.status_code == 403
    assert "SERVICE" in answer.text
    harmless = sparql(client, 'SELECT ("SERVICE" AS ?word) {} # SERVICE', "text/csv")
    assert harmless.status_code == 200


def test_a_runaway_query_is_stopped_while_others_are_served(slow_server: Server) -> None:
    outcome: dict[str, Any] = {}

    def runaway(accept: str) -> None:
        with httpx.Client(base_url=slow_server.url, timeout=60) as session:
            started = time.monotonic()
            answer = sparql(session, RUNAWAY, accept)
            outcome[accept] = (answer.status_code, answer.text, time.monotonic() - started)

    threads = [
        threading.Thread(target=runaway, args=(accept,))
        for accept in ("text/csv", "application/sparql-results+json")
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    with httpx.Client(base_url=slow_server.url, timeout=30) as session:
        started = time.monotonic()
        answer = sparql(session, COUNT_MEMBERS, "text/csv")
        meanwhile = time.monotonic() - started
        assert answer.status_code == 200 and answer.text == "n\r\n18\r\n"
        assert session.get("/queries/members", headers={"Accept": "text/csv"}).status_code == 200
    for thread in threads:
        thread.join(30)
    assert meanwhile < 1.0, "a simple query waited for the runaway one"
    for accept, (status, text, seconds) in outcome.items():
        assert status in (503, 504), (accept, status, text[:200])
        assert "stopped" in text
        assert seconds < 10
    with httpx.Client(base_url=slow_server.url, timeout=30) as session:  # replacements serve
        for _ in range(5):
            assert sparql(session, COUNT_MEMBERS, "text/csv").text == "n\r\n18\r\n"


# --- The catalogue -------------------------------------------------------------------------------


def test_the_catalogue_is_listed(client: httpx.Client, server: Server) -> None:
    from kg.sparql.catalogue import catalogue

    listed = client.get("/queries").json()
    names = [entry["name"] for entry in listed]
    assert names == list(catalogue())
    assert "members" in names
    members = listed[names.index("members")]
    assert members["url"] == server.url + "queries/members"
    assert {p["name"] for p in members["parameters"]} >= {"coalition"}
    page = client.get("/queries", headers={"Accept": "text/html"})
    assert page.headers["content-type"].startswith("text/html")
    assert members["title"] in page.text


@pytest.mark.parametrize(
    "coalition",
    [
        "coalition/digital-literacy-coalition-groningen",
        DLC,
        "PUBLIC/coalition/digital-literacy-coalition-groningen",
    ],
)
def test_members_of_a_coalition_in_json_and_csv(
    client: httpx.Client, server: Server, coalition: str
) -> None:
    coalition = coalition.replace("PUBLIC/", server.url)
    answer = client.get(
        "/queries/members",
        params={"coalition": coalition},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert answer.status_code == 200, answer.text
    bindings = answer.json()["results"]["bindings"]
    assert len(bindings) == 18
    assert {b["coalition"]["value"] for b in bindings} == {DLC}
    csv_answer = client.get("/queries/members", params={"coalition": coalition, "_format": "csv"})
    assert csv_answer.headers["content-type"].startswith("text/csv")
    assert len(csv_answer.text.strip().splitlines()) == 19
    tsv_answer = client.get(
        "/queries/members",
        params={"coalition": coalition},
        headers={"Accept": "text/csv;q=0.1, text/tab-separated-values"},
    )
    assert tsv_answer.headers["content-type"].startswith("text/tab-separated-values")


def test_catalogue_parameters_are_checked(client: httpx.Client) -> None:
    unknown = client.get("/queries/members", params={"nope": "1"})
    assert unknown.status_code == 400 and "nope" in unknown.text
    not_an_iri = client.get("/queries/members", params={"coalition": "x> } ; DROP ALL ; { <y"})
    assert not_an_iri.status_code == 400 and "IRI" in not_an_iri.text
    twice = client.get("/queries/members?coalition=a&coalition=b")
    assert twice.status_code == 400
    missing = client.get("/queries/profile")
    assert missing.status_code == 400 and "org" in missing.text
    typo = client.get("/queries/membres")
    assert typo.status_code == 404 and "members" in typo.text


def test_parameter_values_are_bound_never_pasted(client: httpx.Client) -> None:
    hostile = 'en") } UNION { ?s ?p ?o } #'
    answer = client.get(
        "/queries/members",
        params={"lang": hostile, "coalition": DLC},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert answer.status_code == 200, answer.text
    bindings = answer.json()["results"]["bindings"]
    assert len(bindings) == 18
    assert {b["lang"]["value"] for b in bindings} == {hostile}
    counted = sparql(client, COUNT_ALL, "text/csv").text
    assert int(counted.split()[1]) > 500


def test_a_graph_query_of_the_catalogue(client: httpx.Client) -> None:
    import rdflib

    answer = client.get(
        "/queries/describe",
        params={"resource": "organisation/umcg"},
        headers={"Accept": "application/ld+json"},
    )
    assert answer.status_code == 200, answer.text
    graph = rdflib.Graph().parse(data=answer.text, format="json-ld")
    assert (rdflib.URIRef(BASE + "organisation/umcg"), None, None) in graph


# --- Linked data ---------------------------------------------------------------------------------


def test_a_resource_page_for_browsers(client: httpx.Client, server: Server) -> None:
    evidence = sparql(
        client,
        PREFIXES
        + f"""
        PREFIX dlkg: <https://w3id.org/dlkg/def#> PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?exact WHERE {{ ?m org:member <{NOORD}> ; dlkg:evidence ?e .
                              ?e oa:hasSelector ?s . ?s oa:exact ?exact }}""",
        "application/sparql-results+json",
    ).json()["results"]["bindings"]
    page = client.get("/organisation/samenwerking-noord", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "Content-Security-Policy" in page.headers
    assert "<h1>Samenwerking Noord</h1>" in page.text
    text = html.unescape(page.text)
    for row in evidence:
        assert row["exact"]["value"] in text
    assert evidence, "the seed graph has evidence for samenwerking-noord"
    # Links to related resources under the public base, the network view and the sources.
    assert f'href="{server.url}coalition/digital-literacy-coalition-groningen"' in page.text
    assert f'href="{server.url}source/samenwerking-noord-persbericht"' in page.text
    assert 'href="/graph"' in page.text or "/graph" in page.text
    # the network view opens focused on this organisation
    assert f'graph#focus={quote(NOORD, safe="")}">Network view' in page.text
    assert "https://www.digital-literacy.nl/nieuws/page/2/" in text
    assert "ICT" in text  # the sector


def test_a_resource_in_turtle_and_json_ld(client: httpx.Client) -> None:
    import rdflib

    label = (
        rdflib.URIRef(NOORD),
        rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"),
        rdflib.Literal("Samenwerking Noord"),
    )
    for accept, fmt in (
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/n-triples", "nt"),
    ):
        answer = client.get("/organisation/samenwerking-noord", headers={"Accept": accept})
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith(accept)
        graph = rdflib.Graph().parse(data=answer.text, format=fmt)
        assert label in graph
        assert (None, rdflib.URIRef(ORG + "member"), rdflib.URIRef(NOORD)) in graph
    default = client.get("/organisation/samenwerking-noord")  # */* : data first
    assert default.headers["content-type"].startswith("text/turtle")
    forced = client.get("/organisation/samenwerking-noord?_format=jsonld")
    assert forced.headers["content-type"].startswith("application/ld+json")


def test_unknown_resources_are_404(client: httpx.Client) -> None:
    for accept in ("text/html", "text/turtle", "application/ld+json"):
        answer = client.get("/organisation/no-such-organisation", headers={"Accept": accept})
        assert answer.status_code == 404
        assert "no-such-organisation" in answer.text


def test_every_minted_kind_resolves(client: httpx.Client) -> None:
    from kg.rdf.iri import KINDS

    found = sparql(
        client,
        "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }",
        "application/sparql-results+json",
    ).json()["results"]["bindings"]
    iris = [b["s"]["value"] for b in found if b["s"]["value"].startswith(BASE)]
    for kind in KINDS:
        mine = [iri for iri in iris if iri.startswith(f"{BASE}{kind}/") and "#" not in iri]
        if not mine:
            continue
        path = "/" + mine[0][len(BASE) :]
        assert client.get(path, headers={"Accept": "text/html"}).status_code == 200, path
        assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 200, path
    listing = client.get("/organisation/", headers={"Accept": "text/html"})
    assert listing.status_code == 200 and listing.text.count('href="http://127.0.0.1') >= 18


def test_graph_and_report_pages(client: httpx.Client) -> None:
    for path, module, function, command in (
        ("/graph", "kg.network.project", "viz", "kg viz"),
        ("/report", "kg.network.report", "write_report", "kg report"),
    ):
        available = importlib.util.find_spec(module) is not None and hasattr(
            importlib.import_module(module), function
        )
        answer = client.get(path, headers={"Accept": "text/html"}, timeout=120)
        if available:
            assert answer.status_code == 200, answer.text[:500]
            assert answer.headers["content-type"].startswith("text/html")
            assert "<html" in answer.text.lower()
        else:
            assert answer.status_code == 503
            assert command in answer.text


def test_a_public_base_with_a_path(seed_build: Path, tmp_path: Path) -> None:
    """Behind a proxy at http://host/dlkg/: links go under it, both path forms are served."""
    running = start_server(seed_build, tmp_path / "stderr.log", prefix="dlkg/")
    try:
        with httpx.Client(
            base_url=running.url, timeout=30, headers={"Accept": "text/html"}
        ) as session:
            for path in ("/dlkg/organisation/basicly", "/organisation/basicly"):
                page = session.get(path)
                assert page.status_code == 200, path
                assert f'href="{running.url}dlkg/region/groningen"' in page.text
                assert 'href="/dlkg/static/site.css"' in page.text
            assert session.get("/dlkg/static/site.css").status_code == 200
            editor = session.get("/dlkg/editor").text
            assert 'src="/dlkg/static/yasgui/yasgui.min.js"' in editor
            assert '"endpoint": "/dlkg/sparql"' in editor
            assert session.get("/dlkg/static/yasgui/yasgui.min.js").status_code == 200
            turtle = session.get("/dlkg/organisation/umcg", headers={"Accept": "text/turtle"})
            assert f"<{BASE}organisation/umcg>" in turtle.text or "organisation:umcg" in turtle.text
    finally:
        assert stop_server(running) == 0


# --- Escaping ------------------------------------------------------------------------------------

HOSTILE_ORG = "<script>alert(1)</script>"
HOSTILE_COALITION = "Coalition </script><script>alert(3)</script>"


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    from kg.assembly.build import build

    data = tmp_path_factory.mktemp("hostile-data")
    files = {
        "sources.csv": "id,type,title,publisher,language,issued,url,file\n"
        'evil,web-page,"<img src=x onerror=alert(2)> ""title""",tests,en,2024,'
        "https://example.org/evil,\n",
        "coalitions.csv": "name,aliases,region,founded,website,source\n"
        f"{HOSTILE_COALITION},,Nowhere,2020,,evil\n",
        "organisations.csv": "name,official_name,aliases,type,sector,city,website,wikidata,"
        f'source\n{HOSTILE_ORG},"Evil & Co ""<b>bold</b>""",,'
        "municipality,government,Nowhere,,,evil\n",
        "memberships.csv": "coalition,member,join_order,joined,source\n"
        f"{HOSTILE_COALITION},{HOSTILE_ORG},1,,evil\n",
        "regions.csv": "name,name_en,type,part_of,cbs_code,wikidata,source\n"
        "Nowhere,Nowhere,municipality,,,,evil\n",
        "goals.csv": "coalition,aim_nl,aim_en,target_year,regions,source\n",
        "themes.csv": "name_nl,name_en,kind,aliases\n",
    }
    for name, text in files.items():
        (data / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile") / "build"
    build(data, out)
    # `kg build` refuses a javascript: website; a graph from elsewhere may still carry one.
    import pyoxigraph as ox

    store = ox.Store(str(out / "store"))
    triple = (
        ox.NamedNode("https://w3id.org/dlkg/organisation/script-alert-1-script"),
        ox.NamedNode("https://schema.org/url"),
        ox.NamedNode("javascript:alert(4)"),
    )
    store.add(ox.Quad(*triple, ox.NamedNode("https://w3id.org/dlkg/source/evil")))
    store.add(ox.Quad(*triple))  # the store's default graph is the union of its graphs
    store.flush()
    del store
    running = start_server(out, out.parent / "stderr.log")
    yield running
    stop_server(running)


def test_hostile_text_is_escaped(hostile_server: Server) -> None:
    with httpx.Client(
        base_url=hostile_server.url, timeout=30, headers={"Accept": "text/html"}
    ) as session:
        pages = [
            session.get("/"),
            session.get("/organisation/script-alert-1-script"),
            session.get("/coalition/coalition-script-script-alert-3-script"),
            session.get("/source/evil"),
            session.get("/queries/members"),
            session.get("/organisation/"),
        ]
    for page in pages:
        assert page.status_code == 200, page.url
        assert "<script>alert" not in page.text, page.url
        assert "<img src=x" not in page.text and "<b>bold" not in page.text, page.url
        assert 'href="javascript:' not in page.text, page.url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[1].text
    assert "&lt;/script&gt;&lt;script&gt;alert(3)" in pages[2].text
    assert "&lt;img src=x onerror=alert(2)&gt;" in pages[3].text
    assert "&lt;b&gt;bold&lt;/b&gt;" in pages[1].text
    assert "javascript:alert(4)" in pages[1].text  # shown as text, not as a link


# --- Load, and stopping --------------------------------------------------------------------------


def test_twenty_concurrent_clients_get_no_errors(server: Server) -> None:
    seconds, clients = 5.0, 20
    errors: list[str] = []
    counts = [0] * clients
    requests = [
        (
            "/queries/members",
            {"coalition": "coalition/digital-literacy-coalition-groningen"},
            "application/sparql-results+json",
        ),
        ("/queries/members", {}, "text/csv"),
        ("/sparql", {"query": COUNT_MEMBERS}, "text/csv"),
        ("/organisation/umcg", {}, "text/turtle"),
        ("/organisation/umcg", {}, "text/html"),
    ]

    def hammer(index: int) -> None:
        deadline = time.monotonic() + seconds
        with httpx.Client(base_url=server.url, timeout=30) as session:
            while time.monotonic() < deadline:
                path, params, accept = requests[(index + counts[index]) % len(requests)]
                try:
                    answer = session.get(path, params=params, headers={"Accept": accept})
                    if answer.status_code != 200 or not answer.content:
                        errors.append(f"{path} {answer.status_code} {answer.text[:200]}")
                except httpx.HTTPError as exc:
                    errors.append(f"{path} {type(exc).__name__}: {exc}")
                counts[index] += 1

    threads = [threading.Thread(target=hammer, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    print(
        f"\n{clients} clients, {seconds:g} s: {sum(counts)} requests "
        f"({sum(counts) / seconds:.0f}/s), {len(errors)} errors"
    )
    assert not errors, errors[:5]
    assert min(counts) > 0


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_stopping_the_server_stops_what_it_started(
    seed_build: Path, tmp_path: Path, how: signal.Signals
) -> None:
    running = start_server(seed_build, tmp_path / "stderr.log")
    children = running.children()
    assert len(children) >= 2, "the server runs oxigraph and query workers"
    running.process.send_signal(how)
    running.process.wait(15)
    if how != signal.SIGKILL:
        assert running.process.returncode == 0, running.log.read_text()
    assert _gone(children) == [], "children outlived the server"
    assert os.path.exists(running.log)


# --- In a browser --------------------------------------------------------------------------------


@pytest.fixture
def site_page(browser: Any, server: Server) -> Iterator[Any]:
    """A page that may fetch from the server only; everything else is recorded and aborted."""
    from tests.browser import RecordedPage

    context = browser.new_context(viewport={"width": 1280, "height": 800}, service_workers="block")
    recorded = RecordedPage(context.new_page())
    allowed = (server.url, "data:", "blob:", "about:")

    def on_console(message: Any) -> None:
        if message.type == "error":
            recorded.console_errors.append(message.text)

    def on_route(route: Any) -> None:
        if route.request.url.startswith(allowed):
            route.continue_()
        else:
            recorded.external_requests.append(route.request.url)
            route.abort()

    recorded.page.on("console", on_console)
    recorded.page.on("pageerror", lambda exc: recorded.page_errors.append(str(exc)))
    context.route("**/*", on_route)
    try:
        yield recorded
    finally:
        context.close()


@pytest.mark.browser
def test_pages_in_a_browser_stay_on_the_site(site_page: Any, server: Server) -> None:
    page = site_page.page
    page.goto(server.url, wait_until="load")
    assert page.locator("h1").first.inner_text()
    page.click("a:text-is('Samenwerking Noord')")
    page.wait_for_load_state("load")
    assert page.url == server.url + "organisation/samenwerking-noord"
    assert page.locator("h1").inner_text() == "Samenwerking Noord"
    assert page.locator("blockquote").count() >= 1
    assert site_page.errors == []
    assert site_page.external_requests == []
