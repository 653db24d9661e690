"""The report page: goal and figures first, who connects the collaborations, how they grew, a
network figure whose every label is inside it, and each source footnoted once."""

from __future__ import annotations

import csv
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from html import escape
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from kg.network.report import render_report
from kg.sparql.engine import open_engine

ROOT = Path(__file__).resolve().parent.parent
TWO = ROOT / "tests" / "data" / "two-coalitions"
GROWTH = ROOT / "tests" / "data" / "growth" / "kg.trig"
FOUR = ROOT / "tests" / "data" / "four-releases"
SVG = "{http://www.w3.org/2000/svg}"
CHAR_EM = 0.62
"""The test's own bound of a character's width in em (the report's own bound is wider)."""
FONT = 12


def table(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def section(page: str, name: str) -> str:
    found = re.search(rf'<section[^>]* id="{name}">(.*?)</section>', page, re.S)
    assert found, f"no {name} section"
    return found.group(1)


def svgs(page: str) -> list[ET.Element]:
    """Every inline SVG of the page, parsed as XML (the drawings are well-formed)."""
    found = re.findall(r"<svg .*?</svg>", page, re.S)
    return [ET.fromstring(s.replace("<svg ", f'<svg xmlns="{SVG[1:-1]}" ', 1)) for s in found]


def text_box(text: ET.Element) -> tuple[float, float, float, float]:
    """A conservative box of an SVG text: x0, y0, x1, y1."""
    content = "".join(text.itertext())
    bold = "shared" in (text.get("class") or "") or text.get("font-weight") == "bold"
    width = len(content) * CHAR_EM * FONT * (1.1 if bold else 1.0)
    x, y = float(text.get("x", 0)), float(text.get("y", 0))
    anchor = text.get("text-anchor", "start")
    x0 = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return x0, y - FONT, x0 + width, y + FONT * 0.3


def outside(svg: ET.Element) -> list[str]:
    """The texts of a drawing that stick out of its viewBox."""
    _, _, width, height = (float(v) for v in svg.get("viewBox", "").split())
    return [
        "".join(t.itertext())
        for t in svg.iter(f"{SVG}text")
        if not (
            (box := text_box(t))[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
        )
    ]


@pytest.fixture(scope="module")
def two_page(two_coalitions_build: Path) -> str:
    return render_report(two_coalitions_build, "en", year=2026)


def test_who_connects_lists_shared_members_with_the_source_of_each_membership(
    two_page: str,
) -> None:
    memberships = table(TWO / "memberships.csv")
    sources = {row["id"]: row for row in table(TWO / "sources.csv")}
    groups: dict[str, list[dict[str, str]]] = {}
    for row in memberships:
        groups.setdefault(row["member"], []).append(row)
    shared = {name: rows for name, rows in groups.items() if len(rows) > 1}
    assert len(shared) == 3  # the fixture: two coalitions sharing three members

    connects = section(two_page, "connects")
    rows = re.findall(r"<tr><td>(.*?)</td></tr>", connects, re.S)
    assert len(rows) == len(shared)
    for html in rows:
        name = re.sub(r"<[^>]+>", "", html.split("</td>", 1)[0]).strip()
        assert name in shared, name
        items = re.findall(r"<li>(.*?)</li>", html, re.S)
        assert len(items) == len(shared[name])
        for row in shared[name]:
            source = sources[row["source"]]
            item = next(i for i in items if i.startswith(row["coalition"]))
            # the source: its title, linked to its page, and its date
            assert f'<a href="{source["url"]}" rel="noreferrer">{source["title"]}</a>' in item
            assert source["issued"] in item
            assert re.search(r'<a href="#source-(\d+)">', item)
        verdict = html.rsplit("<td>", 1)[1]
        # the three shared members tie the two coalitions together: none of them alone
        assert "together with" in verdict
        assert all(other in verdict for other in shared if other != name)


def test_one_collaboration_has_nobody_connecting() -> None:
    page = render_report(GROWTH, "en", year=2026)
    assert 'id="connects"' not in page
    # and its name is the page's title, once: no other heading repeats it
    assert len(re.findall(r"<h[1-6][^>]*>Coalitie Groei</h", page)) == 1
    assert "<h1>Coalitie Groei</h1>" in page


def test_goal_and_figures_first_title_once_sources_once(seed_build: Path) -> None:
    page = render_report(seed_build, "en", year=2026)
    visible = re.sub(r"<head>.*?</head>", "", page, flags=re.S)
    title = re.findall(r"<h1>(.*?)</h1>", visible)
    assert len(title) == 1 and visible.count(f">{title[0]}<") == 1
    summary = section(page, "summary")  # the goals and the figures, first
    assert 'class="goals"' in summary and "partners in the graph" in summary
    assert page.count('class="goals"') == summary.count('class="goals"')
    marks = ('id="summary"', 'id="connects"', 'id="network"', 'class="members"', 'id="sources"')
    order = [page.index(mark) for mark in marks]
    assert order == sorted(order)

    listed = re.findall(r'<li id="source-(\d+)" value="\1">(.*?)</li>', section(page, "sources"))
    numbers = [int(n) for n, _ in listed]
    assert numbers == list(range(1, len(numbers) + 1))
    engine = open_engine(seed_build)
    documents = engine.query(
        "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <http://www.w3.org/ns/prov#Entity> }"
    )
    assert len(numbers) == int(documents.rows[0][0])
    titles = [re.sub(r"<[^>]+>", "", text).rsplit(",", 1)[0] for _, text in listed]
    assert len(set(titles)) == len(titles)
    behind = engine.query(
        """PREFIX org: <http://www.w3.org/ns/org#> PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/> SELECT DISTINCT ?title WHERE {
        ?m a org:Membership ; prov:wasDerivedFrom/dcterms:title ?title }"""
    )
    assert behind.rows
    # each once, outside the table of who connects (which names each membership's source): the
    # members and the figures cite by number
    rest = visible.replace(section(page, "connects"), "")
    for (title,) in behind.rows:  # as the whole text of an element: its footnote alone
        assert rest.count(f">{escape(str(title), quote=False)}<") == 1, title
    cited = {int(n) for n in re.findall(r'<a href="#source-(\d+)">\[\1\]</a>', page)}
    assert cited and cited <= set(numbers)
    tables = re.findall(r'<table class="members">.*?<tbody>(.*?)</tbody>', page, re.S)
    rows = [row for body in tables for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]
    assert len(rows) >= 18
    assert all('href="#source-' in row for row in rows)  # every membership cites its source


@pytest.mark.parametrize("name", ["seed", "two", "growth"])
def test_every_label_is_inside_its_drawing(
    name: str, seed_build: Path, two_coalitions_build: Path
) -> None:
    kg = {"seed": seed_build, "two": two_coalitions_build, "growth": GROWTH}[name]
    page = render_report(kg, "en", year=2026)
    drawings = svgs(page)
    assert len(drawings) >= 2
    for svg in drawings:
        assert outside(svg) == []
    network = next(s for s in drawings if s.get("class") == "network")
    in_boxes = [
        t
        for g in network.iter(f"{SVG}g")
        if g.get("class") == "collaboration"
        for t in g.iter(f"{SVG}text")
    ]
    boxes = " ".join("".join(t.itertext()) for t in in_boxes)
    named = [t for t in network.iter(f"{SVG}text") if t not in in_boxes]
    engine = open_engine(kg)
    labels = engine.query(
        "PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
        " SELECT DISTINCT ?c ?label WHERE { ?c a org:OrganizationalCollaboration ;"
        " skos:prefLabel ?label }"
    )
    for _, label in labels.rows:  # every collaboration is labelled, in its box
        assert str(label) in boxes, label
    members = engine.query(
        "PREFIX org: <http://www.w3.org/ns/org#> PREFIX dlkg: <https://w3id.org/dlkg/def#>"
        " SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?m org:member ?o"
        " FILTER NOT EXISTS { ?m dlkg:endedBy ?ended } }"
    )
    assert len(named) == int(members.rows[0][0])  # every member now, once, by name


def test_the_drawing_grows_with_long_names(tmp_path: Path) -> None:
    """A name far longer than any real one still fits: the figure is sized from its texts."""
    long = "Stichting " + "Heel Erg Lange Naam " * 8
    trig = GROWTH.read_text(encoding="utf-8").replace("Cc College", long.strip())
    (tmp_path / "long.trig").write_text(trig, encoding="utf-8")
    page = render_report(tmp_path / "long.trig", "en", year=2026)
    for svg in svgs(page):
        assert outside(svg) == []
    assert long.strip() in page


def test_growth_chart_tells_the_dated_story() -> None:
    """Stated counts at their sources' dates; named partners as the contract's as-of rule gives
    them on each of those days; every point linked to the page of its source."""
    page = render_report(GROWTH, "en", year=2026)
    growth = section(page, "growth")
    rows = re.findall(
        r"<tr><td>([\d-]+)</td><td>(partners \w+ by the sources)</td><td>(\d+)</td>", growth
    )
    stated = [(d, int(n)) for d, s, n in rows if "stated" in s]
    named = [(d, int(n)) for d, s, n in rows if "named" in s]
    engine = open_engine(GROWTH)
    counts = engine.query(
        """PREFIX dlkg: <https://w3id.org/dlkg/def#> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?day ?n WHERE { ?x a dlkg:PartnerCount ; dlkg:partners ?n ;
        prov:wasDerivedFrom/dlkg:knownBy ?day } ORDER BY ?day"""
    )
    assert stated == [(str(d), int(n)) for d, n in counts.rows]
    # the contract's rule with ?asOf given (Oxigraph 0.5 folds BOUND(?asOf) to false when ?asOf
    # is in no pattern, substituted or not: so the "as of" branch alone)
    as_of = """PREFIX dlkg: <https://w3id.org/dlkg/def#> PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?asOf ?membership WHERE { ?membership a org:Membership .
        OPTIONAL { ?membership dlkg:knownSince ?since }
        OPTIONAL { ?membership dlkg:endedBy ?ended }
        FILTER(BOUND(?since) && ?since <= ?asOf && !(BOUND(?ended) && ?ended <= ?asOf)) }"""
    for day, n in named:
        answer = engine.query(as_of, {"asOf": Literal(day, datatype=XSD.date)})
        assert len(answer.rows) == n, day
    assert [n for _, n in named] == [1, 3, 4, 4]  # the fixture's own account of it
    assert "6 partners, stated by an undated source" in growth
    assert "Named only by undated sources, so without a date: 1." in growth

    chart = next(s for s in svgs(page) if s.get("class") == "growth")
    links = [(a.get("class"), a.get("href")) for a in chart.iter(f"{SVG}a")]
    assert len(links) == len(stated) + len(named)
    urls = {
        str(day): str(url)
        for day, url in engine.query(
            """PREFIX dlkg: <https://w3id.org/dlkg/def#> PREFIX schema: <https://schema.org/>
            SELECT ?day ?url WHERE { ?s dlkg:knownBy ?day ; schema:url ?url }"""
        ).rows
    }
    stated_links = [href for kind, href in links if kind == "stated"]
    assert stated_links == [urls[day] for day, _ in stated]
    assert "https://example.org/groei/2020?a=1&amp;b=2" in growth  # escaped, still the address
    # higher counts stand higher, later dates further right
    marks = [
        (float(c.get("cx", 0)), float(c.get("cy", 0)))
        for a in chart.iter(f"{SVG}a")
        if a.get("class") == "stated"
        for c in a.iter(f"{SVG}circle")
    ]
    assert [x for x, _ in marks] == sorted(x for x, _ in marks)
    assert marks[0][1] > marks[1][1] == marks[2][1]  # 3, then 5 and 5


def test_names_are_escaped_and_bytes_deterministic(tmp_path: Path) -> None:
    page = render_report(GROWTH, "en", year=2026)
    assert "Dd <Zorg>" not in page and "Dd &lt;Zorg&gt; &amp; Co" in page
    assert "<script" not in page
    copy = tmp_path / "kg.trig"
    copy.write_bytes(GROWTH.read_bytes())
    first = render_report(copy, "nl", year=2026)
    os.utime(copy, (0, 0))  # the file's time is no part of the page
    assert render_report(copy, "nl", year=2026) == first
    assert render_report(GROWTH, "nl", year=2026) == first


def test_colours_are_keyed_on_the_sector_not_its_label(seed_build: Path) -> None:
    fills = {}
    for lang in ("en", "nl"):
        network = next(
            s
            for s in svgs(render_report(seed_build, lang, year=2026))
            if s.get("class") == "network"
        )
        fills[lang] = {"".join(c.itertext()): c.get("fill") for c in network.iter(f"{SVG}circle")}
    common = fills["en"].keys() & fills["nl"].keys()
    assert len(common) >= 15
    assert {k: fills["en"][k] for k in common} == {k: fills["nl"][k] for k in common}
    page = render_report(seed_build, "en", year=2026)
    network = section(page, "network")
    legend = re.findall(r'style="background:(#[0-9a-f]{6})"></span>([^<]+)</li>', network)
    sectors = {name for _, name in legend}
    assert len(sectors) >= 10 and len(legend) == len(sectors)
    assert len({colour for colour, _ in legend}) == len(sectors)  # a colour per sector
    # the one palette: each organisation has its sector's colour of the network page
    from kg.network import style

    sectors_of = (
        open_engine(seed_build)
        .query(
            """PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label ?sector WHERE { ?o a org:Organization ; skos:prefLabel ?label ;
        org:classification ?sector . ?sector skos:inScheme <https://w3id.org/dlkg/def/sector> }"""
        )
        .rows
    )
    checked = [
        (fills["en"][str(label)], style.SECTOR_COLOURS[str(sector)])
        for label, sector in sectors_of
        if str(label) in fills["en"]
    ]
    assert len(checked) >= 15 and all(mine == page_colour for mine, page_colour in checked)


@pytest.mark.browser
@pytest.mark.parametrize("name", ["seed", "two", "growth"])
def test_labels_inside_and_apart_in_the_browser(
    name: str, seed_build: Path, two_coalitions_build: Path, tmp_path: Path, page
) -> None:  # type: ignore[no-untyped-def]
    kg = {"seed": seed_build, "two": two_coalitions_build, "growth": GROWTH}[name]
    out = tmp_path / "report.html"
    out.write_text(render_report(kg, "en", year=2026), encoding="utf-8")
    page.page.goto(out.as_uri())
    problems = page.page.evaluate(
        """() => {
          const found = [];
          for (const svg of document.querySelectorAll('svg')) {
            const vb = svg.viewBox.baseVal;
            const boxes = [];
            for (const t of svg.querySelectorAll('text')) {
              const b = t.getBBox();
              if (b.x < vb.x || b.y < vb.y || b.x + b.width > vb.x + vb.width
                  || b.y + b.height > vb.y + vb.height) found.push('outside: ' + t.textContent);
              for (const o of boxes) {
                if (b.x < o.x + o.width && o.x < b.x + b.width
                    && b.y < o.y + o.height && o.y < b.y + b.height)
                  found.push('overlap: ' + t.textContent + ' / ' + o.text);
              }
              boxes.push({x: b.x, y: b.y, width: b.width, height: b.height, text: t.textContent});
            }
          }
          return found;
        }"""
    )
    assert problems == []
    assert page.errors == [] and page.external_requests == []
    assert page.page.locator("h1").count() == 1


def test_a_member_that_left_connects_nothing(two_coalitions_build: Path, tmp_path: Path) -> None:
    """Drenthe College leaves the Friesland coalition: two members still connect the two."""
    membership = (
        "https://w3id.org/dlkg/membership/coalitie-digitale-inclusie-friesland/drenthe-college"
    )
    trig = (two_coalitions_build / "kg.trig").read_text(encoding="utf-8")
    trig += (
        f"\n<https://w3id.org/dlkg/source/test-leave> {{ <{membership}> "
        '<https://w3id.org/dlkg/def#endedBy> "2023-01-01"'
        "^^<http://www.w3.org/2001/XMLSchema#date> . }\n"
    )
    (tmp_path / "left.trig").write_text(trig, encoding="utf-8")
    page = render_report(tmp_path / "left.trig", "en", year=2026)
    connects = section(page, "connects")
    names = [
        re.sub(r"<[^>]+>", "", row).strip() for row in re.findall(r"<tr><td>(.*?)</td>", connects)
    ]
    assert names == ["Stichting Digisterker Noord", "Zorggroep Noorderzorg"]
    assert "Drenthe College" not in connects
    network = next(s for s in svgs(page) if s.get("class") == "network")
    shared = [t.text for t in network.iter(f"{SVG}text") if t.get("class") == "shared"]
    assert shared == ["Stichting Digisterker Noord", "Zorggroep Noorderzorg"]
    members = section(page, "members-coalitie-digitale-inclusie-friesland")
    assert "<td>2023-01-01</td>" in members  # still in its table, with the day it left


def test_the_seeds_growth_is_the_partner_counts_question(seed_build: Path) -> None:
    """Every count `kg query partner-counts` gives is in the report: dated ones on the chart (at
    their source's day, linked to its page), undated ones listed under it."""
    import kg

    page = render_report(seed_build, "en", year=2026)
    growth = section(page, "growth")
    asked = Counter(
        (int(r["stated"]), str(r["statedIn"]))
        for r in kg.query("partner-counts", kg=seed_build)
        if r["stated"] is not None
    )
    assert sum(asked.values()) >= 4
    engine = open_engine(seed_build)
    dates = dict(
        (str(s), (str(day), str(url)))
        for s, day, url in engine.query(
            """PREFIX dlkg: <https://w3id.org/dlkg/def#> PREFIX schema: <https://schema.org/>
            SELECT ?s ?day ?url WHERE { ?s dlkg:knownBy ?day ; schema:url ?url }"""
        ).rows
    )
    chart = next(s for s in svgs(page) if s.get("class") == "growth")
    drawn = Counter(
        (p.get("href"), "".join(p.itertext()).split(": ")[0])
        for p in chart.iter(f"{SVG}a")
        if p.get("class") == "stated"
    )
    dated = Counter({key: n for key, n in asked.items() if key[1] in dates})
    assert drawn == Counter(
        {(dates[source][1], dates[source][0]): n for (_, source), n in dated.items()}
    )
    undated = sum(n for key, n in asked.items() if key[1] not in dates)
    assert growth.count("stated by an undated source") == undated >= 1


def test_four_releases_grow_shrink_and_rename(tmp_path: Path) -> None:
    """The fictional coalition of four releases (tests/data/four-releases/README.md): four
    partners, a fifth, one leaves, one more joins as the coalition takes a new name."""
    from kg.assembly.build import build

    build(ROOT / "tests" / "data" / "four-releases", tmp_path / "build")
    page = render_report(tmp_path / "build", "en", year=2026)
    growth = section(page, "growth")
    named = re.findall(
        r"<tr><td>([\d-]+)</td><td>partners named by the sources</td><td>(\d+)", growth
    )
    releases = {row["issued"]: row for row in table(FOUR / "sources.csv")}
    assert [d for d, _ in named] == sorted(releases)  # a change on the day of each release
    assert [int(n) for _, n in named] == [4, 5, 4, 5]
    chart = next(s for s in svgs(page) if s.get("class") == "growth")
    hrefs = [a.get("href") for a in chart.iter(f"{SVG}a") if a.get("class") == "named"]
    assert hrefs == [releases[d]["url"] for d, _ in named]  # each change links to its release
    rename = table(FOUR / "coalitions.csv")[0]
    listed = dict(re.findall(r'<li id="source-(\d+)" value="\1"><a href="([^"]+)"', page))
    former = re.search(r'<p class="renames">(.*?)</p>', page, re.S)
    assert former and rename["former_name"] in former.group(1)
    assert f"until {rename['renamed']}" in former.group(1)
    n = re.search(r'href="#source-(\d+)"', former.group(1))
    assert n and listed[n.group(1)] == releases[rename["renamed"]]["url"]
    assert f"<h1>{rename['name']}</h1>" in page


def test_a_graph_without_collaborations_still_makes_a_page() -> None:
    page = render_report(ROOT / "tests" / "shapes" / "valid" / "organisation-with-gaps.ttl")
    assert page.startswith("<!DOCTYPE html>") and 'id="network"' not in page
    assert all(outside(svg) == [] for svg in svgs(page))


def test_a_chart_only_where_there_is_a_line_to_draw(seed_build: Path) -> None:
    """A collaboration dated on one day only gets its row in the table, not a one-point chart."""
    growth = section(render_report(seed_build, "en", year=2026), "growth")
    blocks = growth.split("<h3>")[1:]
    charted = {}
    for block in blocks:
        days = set(re.findall(r"<tr><td>(\d{4}-\d\d-\d\d)</td>", block))
        charted[block.split("</h3>")[0]] = ("<svg" in block, len(days) > 1)
    assert all(drawn == several for drawn, several in charted.values())
    assert {drawn for drawn, _ in charted.values()} == {True, False}  # both kinds shipped


def test_a_leave_without_a_day_ends_the_membership_now(
    two_coalitions_build: Path, tmp_path: Path
) -> None:
    during = (
        "https://w3id.org/dlkg/membership/coalitie-digitale-inclusie-friesland/drenthe-college/"
        "during"
    )
    trig = (two_coalitions_build / "kg.trig").read_text(encoding="utf-8")
    trig += (
        f"\n<https://w3id.org/dlkg/source/test-leave> {{ <{during}> "
        f"<http://www.w3.org/2006/time#hasEnd> <{during}-end> . }}\n"
    )
    (tmp_path / "left.trig").write_text(trig, encoding="utf-8")
    page = render_report(tmp_path / "left.trig", "en", year=2026)
    assert "Drenthe College" not in section(page, "connects")
    members = section(page, "members-coalitie-digitale-inclusie-friesland")
    row = re.search(r"<tr><td>Drenthe College</td>(.*?)</tr>", members, re.S)
    assert row and "<td>undated</td>" in row.group(1)  # it left, on a day no source gives
