"""The offline HTML network view, opened in headless Chromium from file://."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.network import layout, style, viz
from tests.browser import RecordedPage

SOURCE = "Samenwerking Noord sluit zich aan bij de Digital Literacy Coalition (persbericht)"
SOURCE_URL = "https://example.org/nieuws/samenwerking-noord"
BASE = "https://w3id.org/dlkg/id/"

SECTORS = {
    # code: (label nl, label en, group code)
    "government": ("overheid", "government", "government"),
    "education": ("onderwijs", "education", "education-research"),
    "research": ("wetenschap", "research", "education-research"),
    "childcare": ("kinderopvang", "childcare", "civil-society-culture"),
    "healthcare": ("zorg", "healthcare", "civil-society-culture"),
    "library": ("bibliotheek", "library", "civil-society-culture"),
    "culture": ("cultuur", "culture", "civil-society-culture"),
    "business": ("bedrijfsleven", "business", "business"),
    "ict": ("ICT", "ICT", "business"),
    "media": ("media", "media", "business"),
}
GROUPS = {
    "government": ("overheden", "government"),
    "education-research": ("educatieve sector", "education and research"),
    "business": ("bedrijfsleven", "business"),
    "civil-society-culture": ("culturele veld", "civil society and culture"),
}
PARTNERS = [
    ("Rijksuniversiteit Groningen", "University of Groningen", "research"),
    ("Hanzehogeschool Groningen", "Hanze University of Applied Sciences", "education"),
    ("Gemeente Groningen", "Municipality of Groningen", "government"),
    ("Provincie Groningen", "Province of Groningen", "government"),
    ("UMCG", "University Medical Center Groningen", "healthcare"),
    ("Alfa College", "Alfa College", "education"),
    ("Noorderpoort", "Noorderpoort", "education"),
    ("SKSG", "SKSG", "childcare"),
    ("O2G2", "O2G2", "education"),
    ("MKB Noord", "MKB Noord", "business"),
    ("Noordhoff Uitgevers", "Noordhoff Publishers", "media"),
    ("NDC Mediagroep", "NDC Media Group", "media"),
    ("Goldmund, Wyldebeast & Wunderliebe", "Goldmund, Wyldebeast & Wunderliebe", "ict"),
    ("Basicly", "Basicly", "ict"),
    ("Bossers & Cnossen", "Bossers & Cnossen", "ict"),
    ("Biblionet Groningen", "Biblionet Groningen", "library"),
    ("Groninger Forum", "Groninger Forum", "culture"),
    ("Samenwerking Noord", "Samenwerking Noord", "ict"),
]
EVIDENCE = (
    "De overkoepelende samenwerkings- en netwerkorganisatie voor de noordelijke ICT-sector is de "
    "achttiende partij binnen de coalitie."
)
HOSTILE = [
    "</script><img src=x onerror=window.__pwned=1>",
    '"><svg onload="window.__pwned=2">',
    "' onmouseover='window.__pwned=3' x='",
    "<b>vet</b> & <i>cursief</i> &amp; &lt;",
    "{{data}} {{vis_js}} <!-- </style>",
    "javascript:window.__pwned=4",
    "line\u2028separator\u2029paragraph",
]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def coalition_graph() -> nx.MultiDiGraph:
    """The Digital Literacy Coalition Groningen: 18 partners in 10 sectors, with sources."""
    G = nx.MultiDiGraph()
    src = {"source": SOURCE, "source_url": SOURCE_URL}
    dlc = BASE + "coalition/dlc-groningen"
    G.add_node(
        dlc,
        kind="coalition",
        label="Digital Literacy Coalition",
        label_nl="Digital Literacy Coalition",
        label_en="Digital Literacy Coalition",
        website="https://example.org/dlc",
        **src,
    )
    for code, (nl, en) in GROUPS.items():
        G.add_node(
            BASE + "sector-group/" + code, kind="sector-group", label=nl, label_nl=nl, label_en=en
        )
    for code, (nl, en, group) in SECTORS.items():
        G.add_node(BASE + "sector/" + code, kind="sector", label=nl, label_nl=nl, label_en=en)
        G.add_edge(BASE + "sector/" + code, BASE + "sector-group/" + group, kind="broader")
    city, province = BASE + "region/groningen", BASE + "region/provincie-groningen"
    G.add_node(city, kind="region", label="Groningen", label_nl="Groningen", label_en="Groningen")
    G.add_node(
        province,
        kind="region",
        label="provincie Groningen",
        label_nl="provincie Groningen",
        label_en="Province of Groningen",
    )
    G.add_edge(city, province, kind="located-in")
    goal = BASE + "goal/dlc-2025"
    G.add_node(
        goal,
        kind="goal",
        label="Meest digitaal geletterde stad en provincie",
        label_en="Most digitally literate city and province",
        target_year=2025,
        aim="Groningen in 2025 de meest digitaal geletterde stad en provincie van Nederland",
        **src,
    )
    G.add_edge(dlc, goal, kind="aims-at", **src)
    G.add_edge(goal, city, kind="targets")
    G.add_edge(goal, province, kind="targets")
    theme = BASE + "theme/digitale-geletterdheid"
    G.add_node(theme, kind="theme", label="digitale geletterdheid", label_en="digital literacy")
    G.add_edge(dlc, theme, kind="works-on")
    for order, (nl, en, sector) in enumerate(PARTNERS, start=1):
        org = BASE + "organisation/" + _slug(nl)
        s_nl, _, group = SECTORS[sector]
        G.add_node(
            org,
            kind="organisation",
            label=nl,
            label_nl=nl,
            label_en=en,
            sector=s_nl,
            sector_iri=BASE + "sector/" + sector,
            sector_group=GROUPS[group][0],
            city="Groningen",
            website=f"https://{_slug(nl)}.example.org/",
            **src,
        )
        G.add_edge(
            org,
            dlc,
            kind="member-of",
            join_order=order,
            evidence=EVIDENCE if order == 18 else f"{nl} is partner van de coalitie.",
            **src,
        )
        G.add_edge(org, BASE + "sector/" + sector, kind="classified-as")
        G.add_edge(org, city, kind="located-in")
    return G


def hostile_graph() -> nx.MultiDiGraph:
    """Every string an attacker could choose, in labels, sectors, sentences, URLs and the title."""
    G = nx.MultiDiGraph()
    coalition = "urn:x:coalition"
    G.add_node(
        coalition,
        kind="coalition",
        label="<script>window.__pwned=5</script>",
        website="javascript:window.__pwned=6",
        collaboration_kind='javascript:window.__pwned=10"<x>',
        collaboration_kind_nl="<img src=k onerror=window.__pwned=11>",
        collaboration_kind_en="<img src=k onerror=window.__pwned=12>",
    )
    for i, name in enumerate(HOSTILE):
        org = f'urn:x:org/{i}"<>'
        G.add_node(
            org,
            kind="organisation",
            label=name,
            label_en=name,
            sector=HOSTILE[i % 3],
            city="<img src=c onerror=window.__pwned=7>",
            website="javascript:window.__pwned=8",
            source="<a href='https://evil.example/'>bron</a>",
            source_url='https://evil.example/"><img src=y>',
        )
        G.add_edge(
            org,
            coalition,
            kind="member-of",
            join_order=i + 1,
            evidence=f'He said "{name}" <a href=x>link</a> \u2028 end',
            joined="2020-01-01",
        )
    return G


def generated_graph(n_orgs: int, n_coalitions: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A synthetic graph: 4 groups, 10 sectors, coalitions, organisations in 1-2 coalitions."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    for code, (nl, en) in GROUPS.items():
        G.add_node(f"g:{code}", kind="sector-group", label=nl, label_en=en)
    codes = list(SECTORS)
    for code, (nl, en, group) in SECTORS.items():
        G.add_node(f"s:{code}", kind="sector", label=nl, label_en=en)
        G.add_edge(f"s:{code}", f"g:{group}", kind="broader")
    for c in range(n_coalitions):
        G.add_node(f"c:{c}", kind="coalition", label=f"Coalitie {c}", label_en=f"Coalition {c}")
    for o in range(n_orgs):
        code = codes[rnd.randrange(len(codes))]
        nl, _, group = SECTORS[code]
        G.add_node(
            f"o:{o}",
            kind="organisation",
            label=f"Organisatie {o}",
            label_en=f"Organisation {o}",
            sector=nl,
            sector_group=GROUPS[group][0],
        )
        G.add_edge(f"o:{o}", f"s:{code}", kind="classified-as")
        G.add_edge(
            f"o:{o}",
            f"c:{o % n_coalitions}",
            kind="member-of",
            join_order=o // n_coalitions + 1,
            evidence=f"Organisatie {o} doet mee.",
        )
        if rnd.random() < 0.08:
            G.add_edge(f"o:{o}", f"c:{rnd.randrange(n_coalitions)}", kind="member-of")
    return G


def _counts(page: RecordedPage) -> dict[str, int]:
    return dict(
        page.page.evaluate(
            """() => ({
            nodes: dlkg.nodes.length,
            edges: dlkg.data.edges.filter(e => e.kind !== "co-member").length,
            shownNodes: dlkg.nodes.get({filter: n => !n.hidden}).length,
            shownEdges: dlkg.edges.get({filter: e => !e.hidden}).length,
        })"""
        )
    )


def _assert_clean(page: RecordedPage) -> None:
    assert page.errors == []
    assert page.external_requests == []


def _dom_point(page: RecordedPage, node_id: str) -> tuple[float, float]:
    box = page.page.locator("#network canvas").bounding_box()
    assert box is not None
    point: dict[str, float] = page.page.evaluate(
        "id => dlkg.network.canvasToDOM(dlkg.network.getPosition(id))", node_id
    )
    return box["x"] + point["x"], box["y"] + point["y"]


# ---------------------------------------------------------------------------
# the file


def test_file_is_self_contained_and_deterministic(tmp_path: Path) -> None:
    G = coalition_graph()
    a = viz.write_html(G, tmp_path / "a.html")
    b = viz.write_html(coalition_graph(), tmp_path / "b.html")
    assert a.read_bytes() == b.read_bytes()
    text = a.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", text, re.IGNORECASE)
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", text, re.IGNORECASE)
    assert "@import" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a.html",
        "b.html",
    ]  # no lib/, no temp file
    assert len(re.findall(r"^<script\b", text, re.MULTILINE)) == 3  # data, vis-network, page script


def test_hostile_text_is_escaped_in_the_file(tmp_path: Path) -> None:
    out = viz.write_html(
        hostile_graph(), tmp_path / "h.html", title="</title><script>window.__pwned=9</script>"
    )
    text = out.read_text(encoding="utf-8")
    head, _, rest = text.partition('<script type="application/json" id="dlkg-data">')
    payload, _, _ = rest.partition("</script>")
    assert "<" not in payload and ">" not in payload and "&" not in payload
    assert "\u2028" not in payload and "\u2029" not in payload
    data = json.loads(payload)
    assert {n["label"]["nl"] for n in data["nodes"]} >= set(HOSTILE)
    assert "window.__pwned" not in head.replace("&lt;/title&gt;&lt;script&gt;window.__pwned=9", "")


def test_page_data_colours_shapes_and_sizes() -> None:
    G = coalition_graph()
    data = viz.page_data(G, lang="en")
    by_label = {n["label"]["en"]: n for n in data["nodes"]}
    dlc = by_label["Digital Literacy Coalition"]
    assert dlc["shape"] == style.COLLABORATION_DEFAULT_SHAPE  # no source states its kind
    assert dlc["size"] == style.MAX_SIZE  # the best-connected node
    assert dlc["font"] == style.MAX_FONT
    assert by_label["Basicly"]["shape"] == "dot"
    # colours are keyed on the sector's IRI: organisation and sector node share theirs
    assert by_label["Basicly"]["color"] == by_label["ICT"]["color"]
    assert by_label["Basicly"]["color"] != by_label["University of Groningen"]["color"]
    assert {n["color"] for n in data["nodes"] if n["kind"] == "organisation"} <= set(style.PALETTE)
    sectors = data["facets"]["sector"]
    assert len({s["color"] for s in sectors}) == len(sectors) == 10  # one colour per sector
    assert sum(s["count"] for s in sectors) == 18  # organisations per sector
    assert {k["kind"]: k["count"] for k in data["kinds"]} == {
        "coalition": 1,
        "organisation": 18,
        "sector": 10,
        "sector-group": 4,
        "theme": 1,
        "goal": 1,
        "region": 2,
    }
    # a collaboration's shape follows its kind (org:classification in the kind scheme)
    G.nodes[BASE + "coalition/dlc-groningen"]["collaboration_kind"] = (
        style.COLLABORATION_KINDS + "/project"
    )
    again = viz.page_data(G, lang="en")
    shapes = {n["label"]["en"]: n["shape"] for n in again["nodes"]}
    assert shapes["Digital Literacy Coalition"] == "triangle"
    assert [k["key"] for k in again["facets"]["ckind"]] == [style.COLLABORATION_KINDS + "/project"]
    with pytest.raises(ValueError):
        viz.page_data(coalition_graph(), lang="de")
    with pytest.raises(ValueError):
        viz.page_data(coalition_graph(), view="nope")
    with pytest.raises(ValueError):
        viz.write_html(coalition_graph(), Path("unused.html"), size_by="pagerank")


def test_layout_is_deterministic_and_covers_every_node() -> None:
    G = generated_graph(300, 12)
    first = layout.layout_positions(G)
    assert first == layout.layout_positions(generated_graph(300, 12))
    assert set(first) == set(G.nodes)
    assert len(set(first.values())) == G.number_of_nodes()  # no two nodes on one spot
    assert layout.layout_positions(nx.MultiDiGraph()) == {}


def test_output_does_not_depend_on_insertion_order() -> None:
    G = coalition_graph()
    shuffled = nx.MultiDiGraph()
    nodes, edges = list(G.nodes(data=True)), list(G.edges(data=True))
    random.Random(1).shuffle(nodes)
    random.Random(2).shuffle(edges)
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(edges)
    assert viz.render_html(viz.page_data(shuffled)) == viz.render_html(viz.page_data(G))


# ---------------------------------------------------------------------------
# in the browser


@pytest.mark.browser
def test_coalition_view(tmp_path: Path, page: RecordedPage) -> None:
    G = coalition_graph()
    out = viz.write_html(G, tmp_path / "dlc.html", lang="nl", view="all")
    page.open(out)
    assert (G.number_of_nodes(), G.number_of_edges()) == (37, 69)
    assert _counts(page) == {"nodes": 37, "edges": 69, "shownNodes": 37, "shownEdges": 69}
    assert page.page.title() == "Coalities voor digitale geletterdheid"
    assert page.page.locator("#counts").text_content() == "37 knopen, 69 verbindingen"
    page.page.screenshot(path=str(tmp_path / "dlc.png"))

    # click the node of Samenwerking Noord: the panel shows what its membership rests on
    org = BASE + "organisation/samenwerking-noord"
    page.page.evaluate("id => dlkg.network.focus(id, {scale: 1.5})", org)
    x, y = _dom_point(page, org)
    page.page.mouse.click(x, y)
    details = page.page.locator("#details")
    assert details.locator("h3").text_content() == "Samenwerking Noord"
    text = details.text_content() or ""
    for expected in (
        "organisatie",
        "ICT",
        "Groningen",
        "https://samenwerking-noord.example.org/",
        "volgorde van aansluiting 18",
        EVIDENCE,
        SOURCE,
    ):
        assert expected in text
    assert (
        details.locator("a").first.get_attribute("href")
        == "https://samenwerking-noord.example.org/"
    )

    # hover shows a vis tooltip built from DOM nodes
    page.page.mouse.move(x + 1, y + 1)
    page.page.mouse.move(x, y)
    tooltip = page.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert "Samenwerking Noord" in (tooltip.text_content() or "")
    assert EVIDENCE in (tooltip.text_content() or "")
    page.page.screenshot(path=str(tmp_path / "dlc-details.png"))
    _assert_clean(page)


@pytest.mark.browser
def test_search_finds_a_node(tmp_path: Path, page: RecordedPage) -> None:
    out = viz.write_html(coalition_graph(), tmp_path / "dlc.html", view="all")
    page.open(out)
    page.page.locator("#search").click()
    page.page.keyboard.type("hanze")
    page.page.locator("#search-count").filter(has_text="1 treffers").wait_for()
    hanze = BASE + "organisation/hanzehogeschool-groningen"
    assert page.page.evaluate("() => dlkg.network.getSelectedNodes()") == [hanze]
    assert page.page.locator("#details h3").text_content() == "Hanzehogeschool Groningen"

    page.page.locator("#search").fill("")
    page.page.keyboard.type("groningen")  # accent- and case-insensitive substring match
    page.page.locator("#search-count").filter(has_text="7 treffers").wait_for()
    selected = page.page.evaluate("() => dlkg.network.getSelectedNodes().length")
    assert selected == 7  # RUG, Hanze, Gemeente, Provincie, Biblionet, 2 regions
    page.page.locator("#search-results button", has_text="Biblionet Groningen").click()
    assert page.page.locator("#details h3").text_content() == "Biblionet Groningen"
    page.page.screenshot(path=str(tmp_path / "search.png"))
    _assert_clean(page)


@pytest.mark.browser
def test_sector_and_kind_filters_hide_nodes(tmp_path: Path, page: RecordedPage) -> None:
    out = viz.write_html(coalition_graph(), tmp_path / "dlc.html", view="all")
    page.open(out)
    for sector in ("government", "education", "ict"):
        page.page.locator(f'#sectors input[data-sector="{BASE}sector/{sector}"]').click()
    shown = page.page.evaluate(
        "() => dlkg.nodes.get({filter: n => !n.hidden}).map(n => n.label.replaceAll('\\n', ' '))"
    )
    hidden_orgs = {
        "Gemeente Groningen",
        "Provincie Groningen",
        "Hanzehogeschool Groningen",
        "Alfa College",
        "Noorderpoort",
        "O2G2",
        "Basicly",
        "Bossers & Cnossen",
        "Samenwerking Noord",
        "Goldmund, Wyldebeast & Wunderliebe",
        "overheid",
        "onderwijs",
        "ICT",
    }
    assert len(shown) == 37 - len(hidden_orgs)
    assert not hidden_orgs & set(shown)
    assert "UMCG" in shown and "Digital Literacy Coalition" in shown
    # no edge is left dangling: every shown edge has both ends shown
    dangling = page.page.evaluate(
        """() => dlkg.edges.get({filter: e => !e.hidden}).filter(
            e => dlkg.nodes.get(e.from).hidden || dlkg.nodes.get(e.to).hidden).length"""
    )
    assert dangling == 0
    assert (
        _counts(page)["shownEdges"] == 69 - 3 * 10 - 3
    )  # 3 edges per hidden org, and the hidden sectors' broader
    page.page.screenshot(path=str(tmp_path / "filtered.png"))

    page.page.locator('#kinds input[data-kind="organisation"]').click()
    assert _counts(page)["shownNodes"] == 37 - 18 - 3
    page.page.locator("#reset").click()
    assert _counts(page) == {"nodes": 37, "edges": 69, "shownNodes": 37, "shownEdges": 69}
    _assert_clean(page)


@pytest.mark.browser
def test_language_switches_labels(tmp_path: Path, page: RecordedPage) -> None:
    out = viz.write_html(coalition_graph(), tmp_path / "en.html", lang="en", view="all")
    page.open(out)
    labels = set(
        page.page.evaluate("() => dlkg.nodes.get().map(n => n.label.replaceAll('\\n', ' '))")
    )
    assert {
        "University of Groningen",
        "Province of Groningen",
        "digital literacy",
        "government",
    } <= labels
    assert "Rijksuniversiteit Groningen" not in labels
    assert page.page.locator("html").get_attribute("lang") == "en"
    assert page.page.locator("#search").get_attribute("placeholder") == "Search a name…"
    sectors = page.page.locator("#sectors .name").all_text_contents()
    assert "healthcare" in sectors and "zorg" not in sectors
    org = BASE + "organisation/umcg"
    page.page.evaluate("id => dlkg.network.focus(id, {scale: 1.5})", org)
    page.page.mouse.click(*_dom_point(page, org))
    text = page.page.locator("#details").text_content() or ""
    assert (
        "University Medical Center Groningen" in text
        and "healthcare" in text
        and "join order 5" in text
    )
    page.page.screenshot(path=str(tmp_path / "en.png"))
    _assert_clean(page)


@pytest.mark.browser
def test_hostile_labels_stay_text(tmp_path: Path, page: RecordedPage) -> None:
    G = hostile_graph()
    out = viz.write_html(
        G, tmp_path / "hostile.html", title="</title><script>window.__pwned=9</script>"
    )
    page.open(out)
    assert page.page.title() == "</title><script>window.__pwned=9</script>"
    assert _counts(page)["nodes"] == G.number_of_nodes()
    seen: set[str] = set()
    for node_id in sorted(G.nodes):
        page.page.evaluate("id => dlkg.network.focus(id, {scale: 2})", node_id)
        x, y = _dom_point(page, node_id)
        page.page.mouse.move(x + 1, y + 1)
        page.page.mouse.move(x, y)
        page.page.wait_for_timeout(250)  # tooltip delay
        page.page.mouse.click(x, y)
        selected = page.page.evaluate("() => dlkg.network.getSelectedNodes()")
        assert selected, node_id
        heading = page.page.locator("#details h3").text_content()
        assert heading == G.nodes[selected[0]]["label"]
        seen.add(heading or "")
        # a link only ever for an http(s) URL: javascript: stays text
        assert (
            page.page.locator('#details a:not([href^="http://"]):not([href^="https://"])').count()
            == 0
        )
        assert page.page.evaluate("() => window.__pwned") is None
    assert set(HOSTILE) <= seen
    page.page.evaluate("() => dlkg.network.fit({animation: false})")
    edges_shown = 0
    for edge_id in page.page.evaluate("() => dlkg.edges.getIds({filter: e => !e.hidden})"):
        ends = page.page.evaluate("id => dlkg.network.getConnectedNodes(id)", edge_id)
        (x1, y1), (x2, y2) = (_dom_point(page, end) for end in ends)
        x, y = (x1 + x2) / 2, (y1 + y2) / 2
        page.page.mouse.move(x + 1, y + 1)
        page.page.mouse.move(x, y)
        page.page.wait_for_timeout(200)
        page.page.mouse.click(x, y)
        if page.page.evaluate("() => dlkg.network.getSelectedEdges()") == [edge_id]:
            text = page.page.locator("#details").text_content() or ""
            assert 'He said "' in text and "<a href=x>link</a>" in text
            edges_shown += 1
        assert page.page.evaluate("() => window.__pwned") is None
    assert edges_shown >= 3
    assert page.page.locator("img, iframe, [onerror], [onload], [onmouseover]").count() == 0

    sectors = page.page.locator("#sectors .name").all_text_contents()
    assert sorted(sectors) == sorted(HOSTILE[:3])
    kinds = page.page.locator("#ckinds .name").all_text_contents()
    assert kinds == ["<img src=k onerror=window.__pwned=11>"]  # the page opens in Dutch
    places = page.page.locator("#places .name").all_text_contents()
    assert places == ["<img src=c onerror=window.__pwned=7>"]
    page.page.screenshot(path=str(tmp_path / "hostile.png"))
    _assert_clean(page)


@pytest.mark.browser
def test_generated_thousand_nodes(tmp_path: Path, page: RecordedPage) -> None:
    G = generated_graph(956, 30)
    assert G.number_of_nodes() == 1000
    out = viz.write_html(G, tmp_path / "big.html", size_by="degree")
    assert (
        out.read_bytes()
        == viz.write_html(generated_graph(956, 30), tmp_path / "big2.html").read_bytes()
    )
    page.open(out, timeout_ms=60_000)
    counts = _counts(page)
    assert counts["nodes"] == 1000 and counts["edges"] == G.number_of_edges()
    assert page.page.evaluate("() => dlkg.network.physics.options.enabled") is False
    page.page.locator("#search").fill("Organisatie 42")
    page.page.keyboard.press("Enter")
    assert page.page.locator("#details h3").text_content() == "Organisatie 42"
    page.page.screenshot(path=str(tmp_path / "big.png"))
    _assert_clean(page)


@pytest.mark.browser
def test_empty_graph(tmp_path: Path, page: RecordedPage) -> None:
    out = viz.write_html(nx.MultiDiGraph(), tmp_path / "empty.html", lang="en")
    page.open(out)
    assert _counts(page) == {"nodes": 0, "edges": 0, "shownNodes": 0, "shownEdges": 0}
    _assert_clean(page)


@pytest.mark.browser
def test_undirected_graph(tmp_path: Path, page: RecordedPage) -> None:
    G: Any = nx.Graph()
    G.add_node("a", kind="organisation", label="A", sector="x")
    G.add_node("b", kind="organisation", label="B", sector="y")
    G.add_node("c", kind="coalition", label="C")
    G.add_edge("c", "a")
    G.add_edge("b", "c", weight=2)
    weights = [
        d
        for e in viz.page_data(G)["edges"]
        if e["kind"] != "co-member"
        for d in e["details"]["nl"]
        if d[0] == "gewicht"
    ]
    assert weights == [["gewicht", "2", 0]]
    out = viz.write_html(G, tmp_path / "u.html", size_by="eigenvector")
    page.open(out)
    assert _counts(page)["edges"] == 2
    _assert_clean(page)


def test_kg_viz_says_when_it_replaces_a_page(
    seed_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    out = tmp_path / "network.html"
    assert main(["viz", "--kg", str(seed_build), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}\n"
    assert main(["viz", "--kg", str(seed_build), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"replaced {out}\n"
