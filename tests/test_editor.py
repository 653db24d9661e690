"""`/editor`: YASGUI served from the package, run against `kg serve` on the seed build, offline.

Every browser test logs every request the page makes and asserts that each went to the server
(or was data:/blob:); anything else is aborted as well as recorded, so a test that passes here
passes with no network at all.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest

from kg.sparql.catalogue import run
from kg.sparql.engine import OxigraphEngine
from kg.web.static import VENDOR, YASGUI_VERSION
from tests.test_serve import Server, start_server, stop_server

pytestmark = pytest.mark.server
ORG = "https://w3id.org/dlkg/organisation/"
LOCAL = ("data:", "blob:")
ROWS = ".tabPanel.active .yasr table.dataTable tbody tr"
PANEL = ".tabPanel.active "  # the tab on show: YASGUI keeps one editor and result view per tab


@pytest.fixture(scope="module")
def server(seed_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(seed_build, tmp_path_factory.mktemp("editor") / "stderr.log")
    yield running
    stop_server(running)


@pytest.fixture(scope="module")
def answers(seed_build: Path) -> dict[str, list[dict[str, str]]]:
    """What the catalogue's examples answer on the seed build, asked without the browser."""
    engine = OxigraphEngine(seed_build)
    out = {}
    for name in ("members", "timeline"):
        result = run(name, {}, engine=engine)
        out[name] = [
            {v: str(value) for v, value in zip(result.variables, row, strict=True) if value}
            for row in result.rows
        ]
    return out


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as session:
        yield session


class Recorded:
    """A page with its request log and its console errors."""

    def __init__(self, page: Any, origin: str):
        self.page, self.origin = page, origin
        self.requests: list[str] = []
        self.errors: list[str] = []

    def outside(self) -> list[str]:
        """Every logged request that did not go to the server (nor data:/blob:)."""
        return [u for u in self.requests if not u.startswith((self.origin, *LOCAL))]

    def open(self, path: str) -> None:
        self.page.goto(self.origin + path, wait_until="load")
        self.page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=15_000)

    def rows(self, count: int | None = None) -> Any:
        """The result table's rows, once it has `count` of them (or any)."""
        locator = self.page.locator(ROWS)
        if count is None:
            locator.first.wait_for(timeout=20_000)
        else:
            self.page.wait_for_function(
                "([rows, n]) => document.querySelectorAll(rows).length === n",
                arg=[ROWS, count],
                timeout=20_000,
            )
        return locator


@pytest.fixture
def editor(browser: Any, server: Server) -> Iterator[Recorded]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, service_workers="block")
    recorded = Recorded(context.new_page(), server.url.rstrip("/"))
    recorded.page.on("request", lambda request: recorded.requests.append(request.url))
    recorded.page.on(
        "console", lambda m: recorded.errors.append(m.text) if m.type == "error" else None
    )
    recorded.page.on("pageerror", lambda exc: recorded.errors.append(str(exc)))

    def only_the_server(route: Any) -> None:
        if route.request.url.startswith((recorded.origin, *LOCAL)):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", only_the_server)
    try:
        yield recorded
    finally:
        context.close()


def _cells(recorded: Recorded, column: str) -> list[str]:
    """The texts of one column of the result table, by its variable name."""
    return list(
        recorded.page.evaluate(
            """name => {
                const table = document.querySelector('.tabPanel.active .yasr table.dataTable');
                const heads = [...table.querySelectorAll('thead th')]
                    .map(th => th.textContent.trim());
                const at = heads.indexOf(name);
                return [...table.querySelectorAll('tbody tr')].map(
                    tr => tr.children[at].textContent.trim());
            }""",
            column,
        )
    )


# --- The vendored library and the page, over HTTP ------------------------------------------------


def test_yasgui_is_served_from_the_package_with_its_licence(client: httpx.Client) -> None:
    for name, kind in (("yasgui.min.js", "text/javascript"), ("yasgui.min.css", "text/css")):
        answer = client.get(f"/static/yasgui/{name}")
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith(kind)
        assert answer.content == (VENDOR / "yasgui" / name).read_bytes()
        again = client.get(
            f"/static/yasgui/{name}", headers={"If-None-Match": answer.headers["etag"]}
        )
        assert again.status_code == 304
    licence = client.get("/static/yasgui/LICENSE")
    assert licence.status_code == 200 and "MIT License" in licence.text
    readme = (VENDOR / "yasgui" / "README.md").read_text(encoding="utf-8")
    assert f"@zazuko/yasgui` {YASGUI_VERSION}" in readme
    for name in ("yasgui.min.js", "yasgui.min.css"):  # unchanged since vendored, as it says
        digest = hashlib.sha256((VENDOR / "yasgui" / name).read_bytes()).hexdigest()
        assert f"| `{name}` | `{digest}` |" in readme


@pytest.mark.parametrize(
    "path",
    ["/static/../app.py", "/static/yasgui/../../sparql.py", "/static/yasgui/", "/static/x.js"],
)
def test_static_serves_only_its_table(client: httpx.Client, path: str) -> None:
    assert client.get(path).status_code == 404


def test_the_editor_page_and_its_policy(client: httpx.Client, server: Server) -> None:
    answer = client.get("/editor")
    assert answer.status_code == 200
    policy = dict(
        part.strip().split(" ", 1) for part in answer.headers["content-security-policy"].split(";")
    )
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'"  # no inline script, no eval
    assert policy["connect-src"] == "'self'"  # the page talks to this server only
    styles = policy["style-src"].split()  # this site's sheets and YASGUI's own <style>, by hash
    assert styles[0] == "'self'" and styles[1:]
    assert all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", s) for s in styles[1:])
    assert "unsafe" not in answer.headers["content-security-policy"]
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", answer.text, re.S)
    for attributes, body in scripts:  # every script is a file of the site or a JSON data block
        if "src=" in attributes:
            assert re.search(r'src="/static/[^"]+"', attributes) and not body.strip()
        else:
            assert 'type="application/json"' in attributes
    block = re.search(
        r'<script type="application/json" id="editor-data">(.*?)</script>', answer.text, re.S
    )
    assert block
    config = json.loads(block.group(1))
    assert config["endpoint"] == "/sparql"
    assert config["prefixes"]["organisation"] == ORG
    assert {e["name"] for e in config["examples"]} >= {"members", "coalitions", "sector-mix"}
    assert all(e["text"].strip() for e in config["examples"])
    for link in re.findall(r'(?:href|src)="([^"]+)"', answer.text):
        assert link.startswith(("/", "#", "data:")), link


def test_the_editor_stays_read_only(client: httpx.Client) -> None:
    """What YASGUI sends for an update (the form field `update`) is refused and changes nothing."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = client.post("/sparql", data={"query": count}, headers={"Accept": "text/csv"}).text
    refused = client.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert refused.status_code == 403 and "read-only" in refused.text
    after = client.post("/sparql", data={"query": count}, headers={"Accept": "text/csv"}).text
    assert before == after


# --- In the browser ------------------------------------------------------------------------------


@pytest.mark.browser
def test_an_example_runs_offline_with_short_names(
    editor: Recorded, answers: dict[str, list[dict[str, str]]]
) -> None:
    editor.open("/editor")
    loaded = list(editor.requests)
    assert any(u.endswith("/static/yasgui/yasgui.min.js") for u in loaded)
    editor.page.select_option("#examples", "members")
    members = answers["members"]
    rows = editor.rows(len(members))
    assert rows.count() == len(members)
    assert sorted(_cells(editor, "name")) == sorted(row["name"] for row in members)
    members = _cells(editor, "member")
    assert all(m.startswith("organisation:") for m in members), members[:3]
    assert ORG not in editor.page.inner_text(PANEL + ".yasr table.dataTable")
    # fifteen columns scroll inside the results box; the page itself never scrolls sideways
    assert editor.page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    # A member's link opens this site's page of it, not the w3id IRI.
    href = editor.page.locator(PANEL + ".yasr table.dataTable tbody a.iri").first.get_attribute(
        "href"
    )
    assert href and href.startswith(editor.origin + "/"), href
    # The tab is the example's, and the address bar became its permalink.
    assert (
        editor.page.locator(".tabsList .tab.active")
        .inner_text()
        .strip()
        .startswith("Members of a coalition")
    )
    state = parse_qs(urlsplit(editor.page.url).fragment)
    assert "SELECT DISTINCT ?coalition" in state["query"][0]
    assert any(u.startswith(editor.origin + "/sparql") for u in editor.requests)
    assert editor.outside() == []
    assert editor.errors == []


@pytest.mark.browser
def test_every_question_of_the_catalogue_runs_from_the_picker(
    editor: Recorded, client: httpx.Client
) -> None:
    """Each example opens in its own tab, runs, and shows as many results as /sparql gives."""
    editor.open("/editor")
    examples = editor.page.evaluate(
        "() => JSON.parse(document.getElementById('editor-data').textContent).examples"
    )
    assert len(examples) >= 20
    for example in examples:
        editor.page.evaluate("() => { document.getElementById('editor').dataset.state = ''; }")
        editor.page.select_option("#examples", example["name"])
        editor.page.wait_for_function(
            "() => document.getElementById('editor').dataset.state === 'done'", timeout=20_000
        )
        active = editor.page.locator(".tabsList .tab.active").inner_text().strip()
        assert active.startswith(example["title"])
        panel = editor.page.locator(".tabPanel.active .yasr")
        assert panel.locator(".errorResult").count() == 0, example["name"]
        chip = panel.locator(".yasr_response_chip").inner_text()
        answer = client.post(
            "/sparql",
            data={"query": example["text"]},
            headers={"Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
        )
        assert answer.status_code == 200, example["name"]
        if answer.headers["content-type"].startswith("application/sparql-results+json"):
            body = answer.json()
            if "boolean" in body:
                assert panel.locator(".booleanResult, .boolean").count() >= 1 or "Response" in chip
            else:
                n = len(body["results"]["bindings"])
                assert chip.startswith(f"{n} result"), (example["name"], chip, n)
        else:
            n = len([line for line in answer.text.splitlines() if line.strip()])
            assert chip.startswith(f"{n} result"), (example["name"], chip, n)
        editor.page.click(".tabsList .tab.active .closeTab")  # one tab at a time stays light
    assert editor.outside() == []
    assert editor.errors == []


@pytest.mark.browser
def test_the_permalink_reopens_and_reruns_the_query(editor: Recorded, browser: Any) -> None:
    editor.open("/editor")
    editor.page.select_option("#examples", "sector-mix")
    first = editor.rows()
    shown = first.all_inner_texts()
    link = editor.page.url
    assert "#" in link and "query=" in link
    editor.page.click(PANEL + ".yasqe_share")  # YASGUI's own share link is the same address
    assert editor.page.input_value(PANEL + ".yasqe_sharePopup input") == link
    editor.page.goto("about:blank")
    editor.page.goto(link, wait_until="load")
    editor.page.wait_for_function("() => document.body.dataset.ready === '1'")
    again = editor.rows(len(shown))
    assert again.all_inner_texts() == shown
    text = editor.page.evaluate(
        "() => document.querySelector('.tabPanel.active .CodeMirror').CodeMirror.getValue()"
    )
    assert "title: Sector mix" in text
    assert editor.outside() == []
    assert editor.errors == []


@pytest.mark.browser
def test_a_link_to_an_example_opens_and_runs_it(
    editor: Recorded, answers: dict[str, list[dict[str, str]]]
) -> None:
    editor.open("/editor?example=timeline")
    rows = editor.rows(len(answers["timeline"]))
    assert rows.count() == len(answers["timeline"])
    assert editor.page.locator(".tabsList .tab.active").inner_text().strip()
    assert editor.outside() == [] and editor.errors == []


@pytest.mark.browser
def test_a_link_naming_another_endpoint_still_asks_this_server(editor: Recorded) -> None:
    editor.open("/editor#query=ASK%20%7B%7D&endpoint=https%3A%2F%2Fexample.org%2Fsparql")
    editor.page.wait_for_function(
        "() => document.getElementById('editor').dataset.state === 'done'"
    )
    assert editor.outside() == []
    assert any(u.startswith(editor.origin + "/sparql") for u in editor.requests)


@pytest.mark.browser
def test_sparql_opened_in_a_browser_runs_in_the_editor(editor: Recorded) -> None:
    query = (
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT ?l WHERE { ?x skos:prefLabel ?l } LIMIT 3"
    )
    editor.page.goto(editor.origin + "/sparql?query=" + quote(query))
    editor.page.wait_for_function("() => document.body.dataset.ready === '1'")
    assert editor.rows(3).count() == 3
    assert editor.outside() == []


@pytest.mark.browser
def test_counts_draw_as_a_bar_chart(editor: Recorded) -> None:
    editor.open("/editor")
    editor.page.select_option("#examples", "sector-mix")
    editor.rows()
    counts = [int(c) for c in _cells(editor, "members")]
    editor.page.click(PANEL + ".yasr .select_chart")
    bars = editor.page.locator("svg.dlkg-chart rect")
    bars.first.wait_for()
    widths = [float(bars.nth(i).get_attribute("width") or 0) for i in range(bars.count())]
    assert len(widths) == len(counts)
    biggest = max(counts)
    for width, count in zip(widths, counts, strict=True):  # the length of a bar is its count
        assert abs(width / max(widths) - count / biggest) < 0.01
    names = editor.page.locator("svg.dlkg-chart text[text-anchor=end]").all_text_contents()
    assert len(set(names)) == len(counts)  # each bar named by what tells its row apart
    assert any("ICT" in name for name in names)
    assert editor.outside() == [] and editor.errors == []


@pytest.mark.browser
def test_pairs_draw_as_a_network(
    editor: Recorded, answers: dict[str, list[dict[str, str]]]
) -> None:
    editor.open("/editor")
    editor.page.select_option("#examples", "members")
    members = answers["members"]
    editor.rows(len(members))
    editor.page.click(PANEL + ".yasr .select_network")
    box = editor.page.locator("div.dlkg-network")
    box.locator("canvas").wait_for()
    # an edge per row, from the first IRI column (the coalition) to the second (the member)
    assert box.get_attribute("data-edges") == str(len(members))
    ends = {row["coalition"] for row in members} | {row["member"] for row in members}
    assert box.get_attribute("data-nodes") == str(len(ends))
    assert editor.outside() == [] and editor.errors == []


@pytest.mark.browser
def test_completion_asks_this_server_not_lov(editor: Recorded) -> None:
    editor.open("/editor")
    editor.page.evaluate(
        """() => { const cm = document.querySelector('.tabPanel.active .CodeMirror').CodeMirror;
                   cm.setValue('PREFIX org: <http://www.w3.org/ns/org#>\\n' +
                               'SELECT * WHERE { ?s a org:');
                   cm.focus(); cm.setCursor(cm.lineCount(), 0); }"""
    )
    editor.page.keyboard.press("Control+Space")
    hints = editor.page.locator(".CodeMirror-hints li")
    hints.first.wait_for(timeout=10_000)
    texts = hints.all_inner_texts()
    assert "org:Membership" in texts, texts
    assert editor.outside() == []


@pytest.mark.browser
def test_hostile_text_in_a_query_stays_text(editor: Recorded) -> None:
    evil = "<img src=x onerror=alert(1)>"
    query = f'SELECT ?x WHERE {{ BIND("{evil}" AS ?x) }}'
    editor.open("/editor#query=" + quote(query))
    editor.rows(1)
    assert _cells(editor, "x") == [evil]
    assert editor.page.locator(".yasr img").count() == 0
    assert html.escape(evil) not in editor.page.inner_text(PANEL + ".yasr table.dataTable")
