"""The network page as a viewer uses it (issues 14, 15, 17): the default view, labels that never
overlap, colours that do not change with the language, focus, the URL fragment, saved pictures,
and the time control. Browser tests open the page from file:// in headless Chromium."""

from __future__ import annotations

import json
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import kg
from kg.cli import main
from kg.network import DEFAULT_VIEW, VIEWS, style, viz
from kg.network.details import mark_name
from kg.network.project import member_as_of, network
from tests.browser import RecordedPage

TESTS = Path(__file__).resolve().parent
OVER_TIME = TESTS / "data" / "time" / "collaborations-over-time.trig"
"""A hand-written graph in the contract's time model: three collaborations of three kinds (one
without), five organisations, memberships known since 2020-03-23, 2021-12-31 and 2022-06-01, one
that ended on 2022-06-01, one from an undated page."""
ID = "https://w3id.org/dlkg/"
KINDS = style.COLLABORATION_KINDS + "/"
WIDE = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def pages(
    seed_build: Path, two_coalitions_build: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """The pages `kg viz` writes for the seed (nl and en) and the two coalitions, made once."""
    out = tmp_path_factory.mktemp("pages")
    return {
        "seed_build": kg.viz(seed_build, out / "seed-en.html"),
        "seed-nl": kg.viz(seed_build, out / "seed-nl.html", lang="nl"),
        "two_coalitions_build": kg.viz(two_coalitions_build, out / "two.html"),
    }


def _data(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    payload = text.split('<script type="application/json" id="dlkg-data">', 1)[1]
    return dict(json.loads(payload.split("</script>", 1)[0]))


def _shown(page: RecordedPage) -> set[str]:
    return set(page.page.evaluate("() => dlkg.nodes.getIds({filter: n => !n.hidden})"))


def _click_node(page: RecordedPage, node_id: str) -> None:
    box = page.page.locator("#network canvas").bounding_box()
    assert box is not None
    point = page.page.evaluate(
        "id => dlkg.network.canvasToDOM(dlkg.network.getPosition(id))", node_id
    )
    page.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


LABEL_BOXES = """() => {
    const net = dlkg.network;
    net.redraw();
    const canvas = document.querySelector("#network canvas").getBoundingClientRect();
    const box = (id, left, top, right, bottom) => {
        const a = net.canvasToDOM({x: left, y: top});
        const b = net.canvasToDOM({x: right, y: bottom});
        return {id, left: a.x, top: a.y, right: b.x, bottom: b.y};
    };
    const shown = dlkg.nodes.get({filter: n => !n.hidden});
    const labels = shown.map(n => {
        const label = net.body.nodes[n.id].labelModule;
        const s = label.size;
        return {...box(n.id, s.left, s.top, s.left + s.width, s.top + s.height),
                text: n.label, px: label.fontOptions.size * net.getScale()};
    });
    const shapes = shown.map(n => {
        const node = net.body.nodes[n.id];
        const r = node.options.size;
        return {...box(n.id, node.x - r, node.y - r, node.x + r, node.y + r), text: n.label};
    });
    return {labels, shapes, width: canvas.width, height: canvas.height};
}"""
"""Where vis-network drew each shown node's label and shape, in page pixels (from its own
measurements), the size of its labels on screen, and the canvas."""


# ---------------------------------------------------------------------------
# without a browser


def test_the_default_view_is_collaborations_and_their_members(tmp_path: Path) -> None:
    assert DEFAULT_VIEW == "bipartite" == VIEWS[0]
    out = kg.export(OVER_TIME, "json", tmp_path / "n.json")
    kinds = {n["kind"] for n in json.loads(out.read_text(encoding="utf-8"))["nodes"]}
    assert kinds == {"organisation", "coalition"}  # no sector, place or concept nodes
    cli = tmp_path / "cli.json"
    assert main(["export", "--kg", str(OVER_TIME), "--format", "json", "--out", str(cli)]) == 0
    assert cli.read_bytes() == out.read_bytes()
    data = _data(kg.viz(OVER_TIME, tmp_path / "n.html"))
    assert data["view"] == "bipartite" and data["focus"] is None
    focused = kg.viz(OVER_TIME, tmp_path / "f.html", focus=ID + "organisation/gemeente-a")
    assert _data(focused)["focus"] == ID + "organisation/gemeente-a"
    # every view is in the page, each with its own positions for the nodes it shows
    # (the same picture is offered once: here "all" is "sectors", and "themes" is "bipartite")
    assert data["views"] == ["bipartite", "all", "organisations"]
    shown = [
        n["kind"] for n, p in zip(data["nodes"], data["positions"]["bipartite"], strict=True) if p
    ]
    assert sorted(set(shown)) == ["coalition", "organisation"]
    assert all(p for p in data["positions"]["all"])
    # concepts are filters and a legend
    assert [row["key"] for row in data["facets"]["ckind"]] == [
        "",
        KINDS + "coalition",
        KINDS + "project",
    ]
    names = {row["key"]: row["name"] for row in data["facets"]["ckind"]}
    assert names[KINDS + "coalition"] == {"nl": "coalitie", "en": "coalition"}
    assert names[""]["en"] == "kind not stated"
    assert {row["key"] for row in data["facets"]["sector"]} == {
        style.DEF + "/sector/" + code for code in ("education", "government", "library")
    }


def test_a_collaboration_is_shaped_by_its_kind(tmp_path: Path) -> None:
    data = _data(kg.viz(OVER_TIME, tmp_path / "n.html"))
    shapes = {n["id"]: n["shape"] for n in data["nodes"]}
    assert shapes[ID + "coalition/noord"] == style.COLLABORATION_SHAPES[KINDS + "coalition"]
    assert shapes[ID + "coalition/brug"] == style.COLLABORATION_SHAPES[KINDS + "project"]
    assert shapes[ID + "coalition/oud"] == style.COLLABORATION_DEFAULT_SHAPE  # no kind stated
    assert len(set(style.COLLABORATION_SHAPES.values()) | {style.COLLABORATION_DEFAULT_SHAPE}) == 6


def test_colours_are_keyed_on_the_concept_and_colour_blind_safe() -> None:
    tol_muted = {"#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677"}
    tol_muted |= {"#882255", "#aa4499"}
    assert set(style.PALETTE) - tol_muted == {"#555555"}
    sectors = [style.DEF + "/sector/" + c for c in ("ict", "media", "culture", "government")]
    alone = style.sector_colours(sectors[:1])
    together = style.sector_colours(sectors)
    assert alone[sectors[0]] == together[sectors[0]]  # whatever else the picture shows
    assert len(set(together.values())) == 4
    assert len(set(style.SECTOR_COLOURS.values())) == len(style.SECTOR_COLOURS) == 10


def test_the_name_is_marked_in_its_evidence_sentence(seed_build: Path) -> None:
    assert mark_name("Alfa CollegeNoorderpoort, SKSG", ["Noorderpoort", "Alfa College"]) == [
        "",
        "Alfa College",
        "Noorderpoort, SKSG",
    ]
    assert mark_name("<b>x</b> & Aa", ["aa"]) == ["<b>x</b> & ", "Aa", ""]  # marked as text
    data = viz.page_data(network(seed_build, view_name="all"), lang="nl")
    marked = {}
    for node in data["nodes"]:
        for _, value, how in node["details"]["nl"]:
            if how == 2:
                marked[node["label"]["nl"]] = value[1]
    assert marked["Alfa College"] == "Alfa College"
    assert marked["Hanzehogeschool Groningen"] == "Hanzehogeschool Groningen"
    assert "Samenwerking Noord" not in marked  # its sentence does not name it


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (None, {"noord", "brug", "oud", "gemeente-a", "school-c", "gemeente-d", "bieb-e"}),
        ("2020-01-01", set()),
        ("2020-06-01", {"noord", "gemeente-a", "bieb-b"}),
        ("2022-01-01", {"noord", "gemeente-a", "bieb-b", "school-c"}),
        ("2022-06-01", {"noord", "brug", "gemeente-a", "school-c", "gemeente-d"}),
    ],
)
def test_the_network_as_of_a_date(as_of: str | None, expected: set[str]) -> None:
    G = network(OVER_TIME, view_name="bipartite", as_of=as_of)
    assert {str(n).rsplit("/", 1)[-1] for n in G} == expected
    assert member_as_of("2022-06-01", "2022-06-01", "2022-06-01") is False


def test_kg_viz_as_of_writes_a_snapshot(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "then.html"
    assert main(["viz", "--kg", str(OVER_TIME), "--out", str(out), "--as-of", "2022-01-01"]) == 0
    data = _data(out)
    assert data["asOf"] == "2022-01-01" and data["dates"] == [
        "2020-03-23",
        "2021-12-31",
        "2022-01-01",
    ]
    ids = {n["id"].rsplit("/", 1)[-1] for n in data["nodes"] if n["kind"] != "sector"}
    assert ids == {"noord", "gemeente-a", "bieb-b", "school-c"}
    same = kg.viz(OVER_TIME, tmp_path / "lib.html", as_of="2022-01-01")
    assert same.read_bytes() == out.read_bytes()  # the library and the CLI, byte for byte
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main(
            [
                "viz",
                "--kg",
                str(OVER_TIME),
                "--out",
                str(tmp_path / "x.html"),
                "--as-of",
                "2022-13-01",
            ]
        )
    assert done.value.code == 2
    assert "--as-of" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


# ---------------------------------------------------------------------------
# in the browser


@pytest.mark.browser
@pytest.mark.parametrize("build", ["seed_build", "two_coalitions_build"])
def test_no_two_labels_overlap(
    build: str, pages: dict[str, Path], tmp_path: Path, page: RecordedPage
) -> None:
    page.page.set_viewport_size(WIDE)
    page.open(pages[build])
    views = page.page.evaluate("() => dlkg.data.views")
    assert views[0] == "bipartite"
    for lang in ("en", "nl"):  # the layout makes room for the longer label of the two
        page.page.locator("#lang").select_option(lang)
        for view in views:
            page.page.locator("#view").select_option(view)
            found = page.page.evaluate(LABEL_BOXES)
            labels = found["labels"]
            assert len(labels) >= 10, view
            for label in labels:
                assert label["right"] - label["left"] > 0, (view, label)
                if view == "bipartite":  # the default view: every label inside, readable
                    assert label["px"] >= 9, (view, label)
                    assert label["left"] >= 0 and label["right"] <= found["width"], label
                    assert label["top"] >= 0 and label["bottom"] <= found["height"], label
            overlaps = [
                (a["text"], b["text"])
                for i, a in enumerate(labels)
                for b in labels[i + 1 :]
                if _overlap(a, b)
            ]
            assert overlaps == [], (lang, view)
            # nor does a label lie on another node (the region square on the coalition's name)
            covered = [
                (a["text"], b["text"])
                for a in labels
                for b in found["shapes"]
                if a["id"] != b["id"] and _overlap(a, b)
            ]
            assert covered == [], (lang, view)
    page.page.screenshot(path=str(tmp_path / f"{build}.png"))
    assert page.errors == [] and page.external_requests == []


@pytest.mark.browser
def test_same_colour_per_node_in_nl_and_en(pages: dict[str, Path], page: RecordedPage) -> None:
    colours = "() => Object.fromEntries(dlkg.nodes.get().map(n => [n.id, n.color]))"
    labels = "() => Object.fromEntries(dlkg.nodes.get().map(n => [n.id, n.label]))"
    page.open(pages["seed-nl"])
    nl, nl_labels = page.page.evaluate(colours), page.page.evaluate(labels)
    page.open(pages["seed_build"])
    en, en_labels = page.page.evaluate(colours), page.page.evaluate(labels)
    assert nl == en and len(nl) == page.page.evaluate("() => dlkg.data.nodes.length") > 60
    assert nl_labels != en_labels  # the labels did change
    # one colour per sector (keyed on its IRI), from the one palette; pale grey for none
    sector_of = page.page.evaluate(
        "() => Object.fromEntries(dlkg.data.nodes.map(n => [n.id, n.facets.sector]))"
    )
    by_sector = {sector_of[n]: c for n, c in en.items() if "/organisation/" in n}
    assert len(by_sector) >= 10 and len(set(by_sector.values())) == len(by_sector)
    assert set(by_sector.values()) <= {*style.PALETTE, style.NO_SECTOR_COLOUR}
    assert (
        by_sector[style.DEF + "/sector/government"]
        == style.SECTOR_COLOURS[style.DEF + "/sector/government"]
    )
    # the switch inside the page changes the words, not the colours
    page.page.locator("#lang").select_option("nl")
    assert page.page.evaluate(colours) == en and page.page.evaluate(labels) == nl_labels
    assert page.page.locator("html").get_attribute("lang") == "nl"
    assert page.page.locator("#view-label").text_content() == "Weergave"
    assert "lang=nl" in page.page.url
    assert page.errors == []


@pytest.mark.browser
def test_focus_dims_all_but_the_neighbourhood(
    pages: dict[str, Path], tmp_path: Path, page: RecordedPage
) -> None:
    page.page.set_viewport_size(WIDE)
    page.open(pages["two_coalitions_build"])
    college = ID + "organisation/drenthe-college"
    _click_node(page, college)
    opacity = page.page.evaluate(
        """() => Object.fromEntries(
            dlkg.nodes.get({filter: n => !n.hidden}).map(n => [n.id, n.opacity]))"""
    )
    near = {college, ID + "coalition/digitaal-vaardig-drenthe"}
    near.add(ID + "coalition/coalitie-digitale-inclusie-friesland")
    assert {n for n, o in opacity.items() if o == 1} == near
    assert len([o for o in opacity.values() if o < 0.5]) == len(opacity) - 3 > 5
    assert "focus=" + re.sub("/", "%2F", re.sub(":", "%3A", college)) in page.page.url
    # the details card is beside the picture, not on it, and not under the tooltip
    card = page.page.locator("#details-card").bounding_box()
    canvas = page.page.locator("#network canvas").bounding_box()
    assert card and canvas and card["x"] + card["width"] <= canvas["x"]
    assert page.page.locator("#details h3").text_content() == "Drenthe College"
    page.page.mouse.move(canvas["x"] + 5, canvas["y"] + 5)
    _click_node(page, college)
    tip = page.page.locator("div.vis-tooltip")
    tip.wait_for(state="visible")
    box = tip.bounding_box()
    assert box and box["x"] >= card["x"] + card["width"]
    # a click on an empty spot ends the focus
    page.page.mouse.click(canvas["x"] + 3, canvas["y"] + canvas["height"] - 3)
    assert set(page.page.evaluate("() => dlkg.nodes.get().map(n => n.opacity)")) == {1}
    assert "focus=" not in page.page.url

    # the source sentence marks the organisation's name (as text)
    page.open(pages["seed-nl"])
    _click_node(page, ID + "organisation/alfa-college")
    assert page.page.locator("#details mark").all_text_contents() == ["Alfa College"]
    hostile = viz.write_html(
        __import__("tests.test_viz", fromlist=["hostile_graph"]).hostile_graph(),
        tmp_path / "hostile.html",
    )
    page.open(hostile)
    name = "<b>vet</b> & <i>cursief</i> &amp; &lt;"
    _click_node(page, 'urn:x:org/3"<>')
    assert page.page.locator("#details mark").all_text_contents() == [name]
    assert page.page.locator("#details b, #details i").count() == 0
    assert page.errors == [] and page.external_requests == []


@pytest.mark.browser
def test_the_url_fragment_reopens_the_page(
    tmp_path: Path, browser: Any, page: RecordedPage
) -> None:
    out = kg.viz(OVER_TIME, tmp_path / "n.html")
    page.open(out)
    page.page.locator("#view").select_option("all")
    page.page.locator("#date").select_option("2021-12-31")
    page.page.locator(f'#sectors input[data-sector="{style.DEF}/sector/library"]').click()
    page.page.locator("#lang").select_option("nl")
    _click_node(page, ID + "organisation/gemeente-a")
    state = """() => [dlkg.state.view, dlkg.state.lang, dlkg.state.date, dlkg.state.focus,
                      [...dlkg.state.off.sector]]"""
    before = page.page.evaluate(state)
    assert before == [
        "all",
        "nl",
        "2021-12-31",
        ID + "organisation/gemeente-a",
        [style.DEF + "/sector/library"],
    ]
    shown, url = _shown(page), page.page.url
    assert "#" in url
    again = RecordedPage(browser.new_page())
    try:
        again.page.goto(url)
        again.page.wait_for_function("() => document.body.dataset.ready === '1'")
        assert again.page.evaluate(state) == before
        assert _shown(again) == shown
        assert again.page.locator("#view").input_value() == "all"
        assert again.page.locator("#details h3").text_content() == "Gemeente Aa"
        assert (
            again.page.locator(
                f'#sectors input[data-sector="{style.DEF}/sector/library"]'
            ).is_checked()
            is False
        )
        # a focus the default view does not show (a sector) opens the view that shows it
        sector = style.DEF + "/sector/library"
        again.page.goto(out.as_uri() + "#focus=" + sector)
        again.page.wait_for_function("() => document.body.dataset.ready === '1'")
        assert again.page.evaluate("() => [dlkg.state.view, dlkg.state.focus]") == ["all", sector]
    finally:
        again.page.close()


@pytest.mark.browser
def test_the_time_control_shows_the_network_as_of_each_date(
    tmp_path: Path, page: RecordedPage
) -> None:
    page.open(kg.viz(OVER_TIME, tmp_path / "n.html"))
    options = page.page.locator("#date option").evaluate_all("os => os.map(o => o.value)")
    assert options == ["", "2020-03-23", "2021-12-31", "2022-06-01"]  # now, and the known-by dates
    for date in options:
        page.page.locator("#date").select_option(date)
        expected = {str(n) for n in network(OVER_TIME, view_name="bipartite", as_of=date or None)}
        assert _shown(page) == expected, date
    # the organisations view links those in a collaboration together at that date
    page.page.locator("#view").select_option("organisations")
    links = """() => dlkg.edges.get({filter: e => !e.hidden}).map(
        e => [e.from, e.to].map(id => id.split("/").pop()).sort().join(" ")).sort()"""
    for date in options:
        page.page.locator("#date").select_option(date)
        G = network(OVER_TIME, view_name="organisations", as_of=date or None)
        expected = sorted(" ".join(sorted(str(n).rsplit("/", 1)[-1] for n in e)) for e in G.edges)
        assert page.page.evaluate(links) == expected, date
    assert page.page.evaluate(links) == ["gemeente-a school-c", "gemeente-d school-c"]  # 2022-06-01
    assert page.errors == []


@pytest.mark.browser
def test_png_and_svg_of_the_picture(tmp_path: Path, page: RecordedPage) -> None:
    page.open(kg.viz(OVER_TIME, tmp_path / "n.html"))
    with page.page.expect_download() as png:
        page.page.locator("#export-png").click()
    data = Path(png.value.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    canvas = page.page.evaluate(
        "() => ['width', 'height'].map(k => document.querySelector('#network canvas')[k])"
    )
    assert [width, height] == canvas
    with page.page.expect_download() as svg:
        page.page.locator("#export-svg").click()
    assert svg.value.suggested_filename == "network.svg"
    root = ET.fromstring(Path(svg.value.path()).read_text(encoding="utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    groups = root.findall(f"{ns}g")
    assert len(groups) == len(_shown(page)) == 7
    texts = {" ".join(t.itertext()) for t in root.iter(f"{ns}text")}
    assert {"Gemeente Aa", "Bridge Project", "Werkverband Oud"} <= texts
    assert len(root.findall(f"{ns}line")) == 5  # the memberships of now (one has ended)
    assert page.errors == []
