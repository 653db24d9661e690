"""RDF to networkx: the projection tells the same truth as the graph, in every view and export."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from kg.assembly.build import build
from kg.cli import main
from kg.network.project import network, project, view
from kg.network.report import render_report
from kg.sparql.engine import open_engine
from tests.shipped import collaborations, memberships, organisations

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/dlkg/"
HOSTILE = "</script><img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def seed_network(seed_build: Path) -> nx.MultiDiGraph:
    return project(open_engine(seed_build), "en")


def kinds(G: nx.Graph) -> dict[str, int]:
    found: dict[str, int] = {}
    for _, data in G.nodes(data=True):
        found[data["kind"]] = found.get(data["kind"], 0) + 1
    return found


def test_projection_of_the_seed(seed_network: nx.MultiDiGraph) -> None:
    assert kinds(seed_network)["organisation"] == len(organisations())
    assert kinds(seed_network)["coalition"] == len(collaborations())
    assert kinds(seed_network)["sector-group"] == 4
    members = [(u, d) for u, v, d in seed_network.edges(data=True) if d["kind"] == "member-of"]
    assert len(members) == len(memberships())
    noord = seed_network.nodes[BASE + "organisation/samenwerking-noord"]
    assert noord["label"] == "Samenwerking Noord" and noord["sector"] == "ICT"
    edge = seed_network.edges[
        BASE + "organisation/samenwerking-noord",
        BASE + "coalition/digital-literacy-coalition-groningen",
        "member-of",
    ]
    assert edge["join_order"] == 18
    assert "achttiende" in edge["evidence"]
    assert edge["source"] == "Samenwerking Noord sluit zich aan bij de Digital Literacy Coalition"
    basicly = seed_network.nodes[BASE + "organisation/basicly"]
    assert (basicly["sector"], basicly["city"], basicly["website"]) == (
        "ICT",
        "Groningen",
        "https://www.basicly.co/",
    )


def test_goal_and_its_regions(seed_network: nx.MultiDiGraph) -> None:
    goal = BASE + "goal/digital-literacy-coalition-groningen/2025"
    assert seed_network.nodes[goal]["target_year"] == 2025
    regions = {
        seed_network.nodes[v]["label_nl"]
        for _, v, d in seed_network.out_edges(goal, data=True)
        if d["kind"] == "targets"
    }
    assert regions == {"Groningen", "Provincie Groningen"}


def test_labels_follow_the_language(seed_build: Path) -> None:
    nl = project(open_engine(seed_build), "nl")
    assert nl.nodes[BASE + "organisation/umcg"]["sector"] == "zorg"
    assert nl.nodes["https://w3id.org/dlkg/def/sector-group/business"]["label"] == "bedrijfsleven"


def test_views(seed_network: nx.MultiDiGraph) -> None:
    members = view(seed_network, "members")
    assert kinds(members) == {
        "coalition": len(collaborations()),
        "organisation": len(organisations()),
    }
    assert members.number_of_edges() == len(memberships())
    sectors = view(seed_network, "sectors")
    assert kinds(sectors)["sector"] == 10 and kinds(sectors)["sector-group"] == 4
    themes = view(seed_network, "themes")
    assert {d["label"] for _, d in themes.nodes(data=True) if d["kind"] == "theme"} == {
        "robotisation",
        "big data",
        "blockchain",
        "internet of things",
    }


def test_shared_members_project_across_coalitions(two_coalitions_build: Path) -> None:
    organisations = network(two_coalitions_build, view_name="organisations")
    bipartite = network(two_coalitions_build, view_name="bipartite")
    G = project(open_engine(two_coalitions_build))
    in_both = [
        n
        for n in G
        if G.nodes[n]["kind"] == "organisation"
        and sum(1 for _, _, d in G.out_edges(n, data=True) if d["kind"] == "member-of") == 2
    ]
    assert in_both, "the fixture must have shared members"
    assert set(in_both) <= set(organisations)
    assert bipartite.number_of_edges() == sum(
        1 for _, _, d in G.edges(data=True) if d["kind"] == "member-of"
    )


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_round_trips(fmt: str, seed_build: Path, tmp_path: Path) -> None:
    out = tmp_path / f"network.{fmt}"
    assert (
        main(
            [
                "export",
                "--kg",
                str(seed_build),
                "--format",
                fmt,
                "--out",
                str(out),
                "--view",
                "members",
            ]
        )
        == 0
    )
    if fmt == "graphml":
        G = nx.read_graphml(out)
    elif fmt == "gexf":
        G = nx.read_gexf(out)
    else:
        G = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="links")
    assert G.number_of_nodes() == len(collaborations()) + len(organisations())
    assert G.number_of_edges() == len(memberships())
    labels = {data["label"] for _, data in G.nodes(data=True)}
    assert "Goldmund, Wyldebeast & Wunderliebe" in labels


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf"])
def test_export_is_the_same_bytes_whatever_the_hash_seed(
    fmt: str, seed_build: Path, tmp_path: Path
) -> None:
    """Set order depends on PYTHONHASHSEED; the organisation projection must not."""
    outputs = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"organisations-{seed}.{fmt}"
        args = ["export", "--kg", str(seed_build), "--view", "organisations"]
        subprocess.run(
            [sys.executable, "-m", "kg", *args, "--format", fmt, "--out", str(out)],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_analyze_command(seed_build: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--kg", str(seed_build), "--view", "members"]) == 0
    table = capsys.readouterr().out
    found, coalitions = len(organisations()), len(collaborations())
    assert re.search(rf"^organisations\s+{found}$", table, re.MULTILINE)
    assert re.search(rf"^nodes\s+{found + coalitions}$", table, re.MULTILINE)
    assert main(["analyze", "--kg", str(seed_build), "--view", "members", "--format", "json"]) == 0
    analysis = json.loads(capsys.readouterr().out)
    assert (analysis["organisations"], analysis["coalitions"]) == (found, coalitions)
    top = max(analysis["scores"], key=lambda s: s["degree"])
    assert top["label"] == "Digital Literacy Coalition Groningen" and top["degree"] == 18


def test_report_tells_the_numbers_and_sources(seed_build: Path) -> None:
    page = render_report(seed_build, "en", year=2026)
    manifest = json.loads((seed_build / "manifest.json").read_text())
    assert manifest["sha256"] in page
    headlines = [s.split("</div>")[0] for s in page.split('<div class="headline"')[1:]]
    assert len(headlines) == len(collaborations())
    dlc = next(s for s in headlines if "<h2>Digital Literacy Coalition Groningen</h2>" in s)
    assert dlc.count("<tr>") == 1 + 1  # the goal, first
    assert "<strong>18</strong> partners in the graph" in dlc
    members = page.split('id="members-digital-literacy-coalition-groningen">')[1]
    members = members.split("</section>")[0]
    # members (18) and the gaps: no organisation has a confirmed Wikidata id yet
    assert members.count("<tr>") == (1 + 18) + (1 + 18)
    assert "de achttiende partij" in members
    # the latest dated source (hanze.nl, 2023-04-03) states twenty: two no source names
    assert "<strong>20</strong> partners stated by the sources" in dlc
    assert "<td>2025</td><td>Groningen, Province of Groningen</td><td>yes</td>" in dlc
    assert "<script" not in page and "src=" not in page
    assert "Samenwerking Noord sluit zich aan bij de Digital Literacy Coalition" in page
    nl = render_report(seed_build, "nl", year=2024)
    assert "<td>2025</td><td>Groningen, Provincie Groningen</td><td>nee</td>" in nl


def test_hostile_names_are_text_in_the_report(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("sources"))
    for table in ("organisations.csv", "memberships.csv"):
        path = data / table
        path.write_text(
            path.read_text(encoding="utf-8").replace("Basicly", f'"{HOSTILE}"').replace('""', '"'),
            encoding="utf-8",
        )
    sources = data / "sources.csv"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace("samenwerking-noord-persbericht.txt", ""),
        encoding="utf-8",
    )
    build(data, tmp_path / "build")
    page = render_report(tmp_path / "build")
    assert HOSTILE not in page
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page


def test_report_and_viz_commands_write_files(seed_build: Path, tmp_path: Path) -> None:
    assert main(["report", "--kg", str(seed_build), "--out", str(tmp_path / "r.html")]) == 0
    assert main(["viz", "--kg", str(seed_build), "--out", str(tmp_path / "n.html")]) == 0
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")
    assert (tmp_path / "n.html").read_text().startswith("<!DOCTYPE html>")


@pytest.mark.browser
def test_seed_network_in_the_browser(
    seed_build: Path, seed_network: nx.MultiDiGraph, tmp_path: Path, page
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "network.html"
    assert main(["viz", "--kg", str(seed_build), "--out", str(out)]) == 0
    page.open(out)
    from kg.network.measures import organisation_coalition_graph

    counts = page.page.evaluate(
        """() => [dlkg.nodes.length, dlkg.nodes.get({filter: n => !n.hidden}).length,
                  dlkg.edges.get({filter: e => !e.hidden}).length]"""
    )
    shown = organisation_coalition_graph(seed_network)  # the default view: who is in what
    assert counts == [
        seed_network.number_of_nodes(),
        shown.number_of_nodes(),
        shown.number_of_edges(),
    ]
    assert page.errors == [] and page.external_requests == []
    page.page.screenshot(path=str(tmp_path / "seed-network.png"))


@pytest.mark.browser
def test_report_in_the_browser(seed_build: Path, tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.html"
    assert main(["report", "--kg", str(seed_build), "--out", str(out)]) == 0
    page.page.goto(out.as_uri())
    assert page.page.locator("table.members tbody tr").count() == len(memberships())
    assert page.errors == [] and page.external_requests == []
    page.page.screenshot(path=str(tmp_path / "report.png"), full_page=True)


def test_analyze_shares_are_the_sector_mix_questions_percent(seed_build: Path) -> None:
    """One unit for one figure: kg analyze and kg query sector-mix say 22.2, not 0.2222 and 22.2.
    With more than one collaboration in the data, analyze's shares are of every organisation;
    the members question gives each organisation's sector, so the same shares in percent."""
    import kg

    shares = {row.name: row.share for row in kg.analyze(seed_build, view="members").sectors}
    sector = {str(r["member"]): r["sectorLabel"] for r in kg.query("members", kg=seed_build)}
    counts: dict[str, int] = {}
    for label in sector.values():
        name = str(label) if label is not None else "(unknown)"
        counts[name] = counts.get(name, 0) + 1
    asked = {name: round(1000 * n / len(sector)) / 10 for name, n in counts.items()}
    assert shares == asked and max(asked.values()) > 1
    # on one collaboration, the sector-mix question's own percentages
    mix = kg.query("sector-mix", kg=seed_build, coalition="DLC")
    dlc = {str(r["label"]): float(r["share"]) for r in mix if str(r["level"]) == "sector"}
    assert dlc["ICT"] == round(1000 * 4 / 18) / 10 == 22.2
