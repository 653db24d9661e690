"""Network analyses on a small hand-made graph whose numbers are worked out by hand."""

from __future__ import annotations

import csv
import io
import json
import math

import networkx as nx
import pytest

from kg.network import analysis, measures


def small_graph() -> nx.MultiDiGraph:
    """Three coalitions, five organisations (one without links), one sector node.

    Alpha: Alfa College (twice: two sources), Bibliotheek Noord, Gemeente Groningen
    Beta: Gemeente Groningen, Digitaal BV
    Gamma: Alfa College, Bibliotheek Noord
    """
    G = nx.MultiDiGraph()
    for node, label in [("c1", "Alpha"), ("c2", "Beta"), ("c3", "Gamma")]:
        G.add_node(node, kind="coalition", label=label)
    orgs = {
        "a": ("Alfa College", "onderwijs", "educatieve sector"),
        "b": ("Bibliotheek Noord", "onderwijs", "educatieve sector"),
        "c": ("Gemeente Groningen", "overheid", "overheden"),
        "d": ("Digitaal BV", "bedrijfsleven", "bedrijfsleven"),
    }
    for node, (label, sector, group) in orgs.items():
        G.add_node(node, kind="organisation", label=label, sector=sector, sector_group=group)
    G.add_node("e", kind="organisation", label="Eenmanszaak")
    G.add_node("s", kind="sector", label="onderwijs")
    G.add_edge("a", "c1", kind="member-of", join_order=1, source="persbericht")
    G.add_edge("a", "c1", kind="member-of", source="website")
    for org, coalition in [
        ("b", "c1"),
        ("c", "c1"),
        ("c", "c2"),
        ("d", "c2"),
        ("a", "c3"),
        ("b", "c3"),
    ]:
        G.add_edge(org, coalition, kind="member-of")
    G.add_edge("a", "s", kind="classified-as")
    G.add_edge("b", "s", kind="classified-as")
    return G


def test_undirected_simple_merges_parallel_edges() -> None:
    H = measures.undirected_simple(small_graph())
    assert (H.number_of_nodes(), H.number_of_edges()) == (9, 9)
    assert H["a"]["c1"]["weight"] == 2
    assert H.nodes["a"]["label"] == "Alfa College"


def test_degree_and_density() -> None:
    G = small_graph()
    assert measures.degree(G) == {
        "a": 3,
        "b": 3,
        "c": 2,
        "c1": 3,
        "c2": 2,
        "c3": 2,
        "d": 1,
        "e": 0,
        "s": 2,
    }
    assert measures.degree_centrality(G)["c1"] == pytest.approx(3 / 8)
    assert measures.density(G) == pytest.approx(2 * 9 / (9 * 8))  # 0.25
    assert measures.density(nx.MultiDiGraph()) == 0.0


def test_betweenness() -> None:
    btw = measures.betweenness_centrality(small_graph())
    # normalised by (n-1)(n-2)/2 = 28 pairs: Alpha lies on 12 1/3 shortest paths, Gemeente on 10
    assert btw["c1"] == pytest.approx(37 / 84)
    assert btw["c"] == pytest.approx(30 / 84)
    assert btw["d"] == btw["e"] == 0.0
    assert max(btw, key=lambda n: btw[n]) == "c1"
    sampled = measures.betweenness_centrality(small_graph(), k=4, seed=1)
    assert sampled == measures.betweenness_centrality(small_graph(), k=4, seed=1)


def test_eigenvector_handles_disconnected_and_tiny_graphs(monkeypatch: pytest.MonkeyPatch) -> None:
    eig = measures.eigenvector_centrality(small_graph())
    assert eig["e"] == 0.0  # isolated
    assert sum(v * v for v in eig.values()) == pytest.approx(8 / 9)  # component of 8 out of 9
    assert eig["a"] == pytest.approx(eig["b"])
    assert eig["a"] == max(eig.values())  # Alfa and Bibliotheek: in two coalitions and the sector

    assert measures.eigenvector_centrality(nx.MultiDiGraph()) == {}
    one = nx.Graph()
    one.add_node("x")
    assert measures.eigenvector_centrality(one) == {"x": 0.0}
    pair = nx.Graph([("x", "y")])
    assert measures.eigenvector_centrality(pair) == pytest.approx(
        {"x": math.sqrt(0.5), "y": math.sqrt(0.5)}
    )
    two = nx.Graph([("x", "y"), ("p", "q"), ("q", "r")])  # two components
    scores = measures.eigenvector_centrality(two)
    assert sum(scores[n] ** 2 for n in "xy") == pytest.approx(2 / 5)
    assert sum(scores[n] ** 2 for n in "pqr") == pytest.approx(3 / 5)

    def fail(*args: object, **kwargs: object) -> None:
        raise nx.PowerIterationFailedConvergence(1000)

    monkeypatch.setattr(nx, "eigenvector_centrality", fail)
    fallback = measures.eigenvector_centrality(nx.Graph([("hub", "x"), ("hub", "y")]))
    assert fallback == pytest.approx(
        {"hub": 2 / math.sqrt(6), "x": 1 / math.sqrt(6), "y": 1 / math.sqrt(6)}
    )


def test_communities_are_deterministic() -> None:
    first = measures.communities(small_graph())
    assert first == [["a", "c1", "b", "c3", "s"], ["c2", "d", "c"], ["e"]]
    for _ in range(3):
        assert measures.communities(small_graph()) == first
    assert measures.communities(nx.MultiDiGraph()) == []


def test_bipartite_graph_and_projection_weights() -> None:
    G = small_graph()
    B = measures.organisation_coalition_graph(G)
    assert nx.bipartite.is_bipartite(B)
    assert sorted(n for n, side in B.nodes(data="bipartite") if side == 0) == [
        "a",
        "b",
        "c",
        "d",
        "e",
    ]
    assert sorted(n for n, side in B.nodes(data="bipartite") if side == 1) == ["c1", "c2", "c3"]
    assert B.number_of_edges() == 7  # the double Alfa–Alpha membership counts once
    assert B["a"]["c1"]["join_order"] == 1
    P = measures.organisation_projection(G)
    weights = {tuple(sorted((u, v))): w for u, v, w in P.edges(data="weight")}
    assert weights == {("a", "b"): 2, ("a", "c"): 1, ("b", "c"): 1, ("c", "d"): 1}
    assert "e" in P and P.degree("e") == 0
    assert nx.utils.edges_equal(measures.organisation_projection(B).edges, P.edges)


def test_bridges() -> None:
    bridges = measures.bridging_organisations(small_graph())
    assert [(b.label, b.score) for b in bridges] == [
        ("Alfa College", 2),
        ("Bibliotheek Noord", 2),
        ("Gemeente Groningen", 2),
    ]
    gemeente = bridges[2]
    assert gemeente.coalitions == ("Alpha", "Beta")
    assert gemeente.neighbour_sectors == ("bedrijfsleven", "onderwijs")
    # Digitaal BV: one coalition, its only partner in one sector: no bridge; Eenmanszaak: no links


def test_sector_mix() -> None:
    G = small_graph()
    assert [(r.name, r.count, r.share) for r in measures.sector_mix(G)] == [
        ("onderwijs", 2, 40.0),
        (measures.UNKNOWN, 1, 20.0),
        ("bedrijfsleven", 1, 20.0),
        ("overheid", 1, 20.0),
    ]
    assert [(r.name, r.count) for r in measures.sector_group_mix(G)] == [
        ("educatieve sector", 2),
        (measures.UNKNOWN, 1),
        ("bedrijfsleven", 1),
        ("overheden", 1),
    ]
    assert [(r.name, r.count, r.share) for r in measures.sector_mix(G, coalition="c2")] == [
        ("bedrijfsleven", 1, 50.0),
        ("overheid", 1, 50.0),
    ]


def test_summarise_and_output() -> None:
    result = analysis.summarise(small_graph())
    assert (result.nodes, result.edges, result.components) == (9, 10, 2)
    assert (result.organisations, result.coalitions, result.density) == (5, 3, 0.25)
    assert result.betweenness_sample is None

    rows = result.table_rows("nodes")
    assert [r["label"] for r in rows[:3]] == [
        "Alfa College",
        "Alpha",
        "Bibliotheek Noord",
    ]  # 3, ties by label
    assert list(rows[0]) == [
        "id",
        "label",
        "kind",
        "sector",
        "degree",
        "degree_centrality",
        "betweenness",
        "eigenvector",
        "community",
    ]
    assert result.table_rows("nodes", sort_by="betweenness")[0]["label"] == "Alpha"
    with pytest.raises(ValueError):
        result.table_rows("nodes", sort_by="pagerank")
    with pytest.raises(ValueError):
        result.table_rows("nope")

    projection = list(csv.DictReader(io.StringIO(result.render("csv", "projection"))))
    assert projection[0] == {
        "a": "a",
        "b": "b",
        "label_a": "Alfa College",
        "label_b": "Bibliotheek Noord",
        "weight": "2",
    }
    assert len(projection) == 4

    table = result.render("table", "sectors").splitlines()
    assert table[0].split() == ["name", "count", "share"]
    assert table[2].split() == ["onderwijs", "2", "40.0"]  # percent, as sector-mix says it

    data = json.loads(result.to_json())
    assert data["density"] == 0.25
    assert data["communities"][2] == ["e"]
    assert json.loads(result.render("json", "bridges"))[0]["coalition_names"] == "Alpha | Gamma"
    assert result.to_json() == analysis.summarise(small_graph()).to_json()  # deterministic
    for section in analysis.SECTIONS:
        for fmt in ("table", "csv", "json"):
            assert result.render(fmt, section)


def test_summarise_accepts_projections_and_empty_graphs() -> None:
    P = measures.organisation_projection(small_graph())
    result = analysis.summarise(P)
    assert result.nodes == 5 and result.coalitions == 0
    assert result.density == pytest.approx(4 / 10)
    empty = analysis.summarise(nx.MultiDiGraph())
    assert (empty.nodes, empty.density, empty.communities) == (0, 0.0, [])
    assert empty.render("csv", "nodes").startswith("id,label,kind")
