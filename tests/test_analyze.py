"""Network analyses on a small hand-made graph whose numbers are worked out by hand."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

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


def test_bridges_join_collaborations_that_would_otherwise_be_apart() -> None:
    bridges = measures.bridging_organisations(small_graph())
    # Gemeente alone ties Beta to the rest; Alfa and Bibliotheek together are Alpha–Gamma's tie
    assert [(b.label, b.joins, b.together_with, b.alone) for b in bridges] == [
        ("Gemeente Groningen", ("Alpha", "Beta"), (), True),
        ("Alfa College", ("Alpha", "Gamma"), ("Bibliotheek Noord",), False),
        ("Bibliotheek Noord", ("Alpha", "Gamma"), ("Alfa College",), False),
    ]
    # Digitaal BV (one collaboration) and Eenmanszaak (none) join nothing


def collaborations(groups: dict[str, list[str]], **extra: str) -> nx.MultiDiGraph:
    """A graph of collaborations and their members; `extra` links an organisation to a place."""
    G = nx.MultiDiGraph()
    for collab, members in groups.items():
        G.add_node(collab, kind="coalition", label=collab)
        for org in members:
            G.add_node(org, kind="organisation", label=org)
            G.add_edge(org, collab, kind="member-of")
    for org, place in extra.items():
        G.add_node(place, kind="region", label=place)
        G.add_edge(org, place, kind="located-in")
    return G


def names(G: nx.Graph) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(b.id, b.joins, b.alone) for b in measures.bridging_organisations(G)]


def test_one_collaboration_has_no_bridges() -> None:
    assert names(collaborations({"C": ["a", "b", "c"]})) == []


def test_a_ring_of_collaborations_has_no_bridges() -> None:
    # each shared member links two collaborations that the third links anyway
    ring = collaborations({"A": ["ab", "ca", "x"], "B": ["ab", "bc"], "C": ["bc", "ca"]})
    assert names(ring) == []
    # break the ring: the two that are left each tie two collaborations by themselves
    chain = collaborations({"A": ["ab", "x"], "B": ["ab", "bc"], "C": ["bc"]})
    assert names(chain) == [("ab", ("A", "B"), True), ("bc", ("B", "C"), True)]


def test_members_shared_by_three_collaborations() -> None:
    hub = collaborations({"A": ["h", "a"], "B": ["h", "b"], "C": ["h", "c"]})
    assert names(hub) == [("h", ("A", "B", "C"), True)]
    # two organisations in the same three: together they are every tie, neither alone
    pair = collaborations({"A": ["h", "k", "a"], "B": ["h", "k"], "C": ["h", "k", "c"]})
    assert names(pair) == [("h", ("A", "B", "C"), False), ("k", ("A", "B", "C"), False)]


def test_places_and_concepts_are_never_ranked() -> None:
    """A place every member is in is the best-connected node of the whole graph: still unranked."""
    everyone = {org: "Groningen" for org in ("a", "b", "c", "d")}
    G = collaborations({"A": ["a", "b"], "B": ["c", "d"]}, **everyone)
    G.add_node("s", kind="sector", label="education")
    G.add_edges_from([("a", "s"), ("c", "s")], kind="classified-as")
    assert measures.degree(G)["Groningen"] == 4  # the hub the old analysis ranked
    result = analysis.summarise(G)
    ranked = {row["kind"] for row in result.table_rows("nodes")}
    assert ranked == {"organisation", "coalition"}
    assert "Groningen" not in {m for c in result.communities for m in c}
    assert result.components == 2 and result.bridges == []  # the place joins nothing
    assert result.table_rows("nodes", sort_by="betweenness")[0]["kind"] == "coalition"


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
    # the bipartite network: five organisations, three collaborations, seven memberships; the
    # sector node and the second Alfa–Alpha source are not part of it
    assert (result.network, result.nodes, result.edges, result.components) == (
        "bipartite",
        8,
        7,
        2,
    )
    assert (result.organisations, result.coalitions, result.density) == (5, 3, 0.25)
    assert result.betweenness_sample is None

    rows = result.table_rows("nodes")
    assert [r["label"] for r in rows[:3]] == ["Alpha", "Alfa College", "Beta"]  # 3, then ties
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
        "co_members",
    ]
    by_id = {r["id"]: r for r in rows}
    # 21 pairs among the other 7: Alpha is on 9 of them and on half of Alfa–Bibliotheek's
    assert by_id["c1"]["betweenness"] == pytest.approx(9.5 / 21, abs=1e-6)
    assert by_id["c"]["betweenness"] == pytest.approx(8 / 21, abs=1e-6)  # {Beta, BV} x 4
    assert (by_id["c"]["co_members"], by_id["a"]["co_members"], by_id["c1"]["co_members"]) == (
        3,
        2,
        None,
    )
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
    assert json.loads(result.render("json", "bridges"))[0] == {
        "id": "c",
        "label": "Gemeente Groningen",
        "sector": "overheid",
        "alone": True,
        "joins": 2,
        "joined_names": "Alpha | Beta",
        "together_with": "",
        "coalition_names": "Alpha | Beta",
    }
    assert result.to_json() == analysis.summarise(small_graph()).to_json()  # deterministic
    for section in analysis.SECTIONS:
        for fmt in ("table", "csv", "json"):
            assert result.render(fmt, section)


def test_summarise_accepts_projections_and_empty_graphs() -> None:
    P = measures.organisation_projection(small_graph())
    result = analysis.summarise(P)
    assert result.network == "co-membership" and result.bridges == []
    assert result.nodes == 5 and result.coalitions == 0
    assert result.density == pytest.approx(4 / 10)
    empty = analysis.summarise(nx.MultiDiGraph())
    assert (empty.nodes, empty.density, empty.communities) == (0, 0.0, [])
    assert empty.render("csv", "nodes").startswith("id,label,kind")


def test_two_coalitions_are_joined_by_their_shared_members(two_coalitions_build: Path) -> None:
    """The built graph, whole view: the three members both coalitions name are the bridges, and
    none of its places, sectors, types, themes or goals is ranked."""
    import kg
    from kg.network.project import network

    G = network(two_coalitions_build, view_name="all")
    others = {kind for _, kind in G.nodes(data="kind")} - {"organisation", "coalition"}
    assert {"region", "sector", "goal"} <= others
    result = kg.analyze(two_coalitions_build)
    assert {row["kind"] for row in result.table_rows("nodes")} == {"organisation", "coalition"}
    both = {
        org
        for org in measures.nodes_of_kind(G, "organisation")
        if sum(1 for _, _, k in G.out_edges(org, data="kind") if k == "member-of") > 1
    }
    assert len(both) == 3
    assert {b.id for b in result.bridges} == both
    assert all(len(b.joins) == 2 and len(b.together_with) == 2 for b in result.bridges)
    shares = [row.share for row in result.sectors]
    assert sum(row.count for row in result.sectors) == 10 and shares[0] == 30.0  # percent


def test_shares_are_the_sector_mix_questions_percent(two_coalitions_build: Path) -> None:
    """Per coalition, the analysis and `kg query sector-mix` give the same shares, in percent."""
    import kg
    from kg.network.project import network

    G = network(two_coalitions_build, view_name="bipartite")
    for coalition in measures.nodes_of_kind(G, "coalition"):
        mix = measures.sector_mix(G, coalition=coalition)
        mine = {row.name: row.share for row in mix if row.name != measures.UNKNOWN}  # no row there
        rows = kg.query("sector-mix", kg=two_coalitions_build, coalition=str(coalition))
        asked = {str(r["label"]): float(r["share"]) for r in rows if str(r["level"]) == "sector"}
        assert mine == asked and max(asked.values()) > 1


def test_the_shipped_bridges_are_the_shared_members(seed_build: Path) -> None:
    """Issue 15: the organisations `shared-members` lists are the bridges `kg analyze` names."""
    import kg

    result = kg.analyze(seed_build)
    shared = {str(row["member"]) for row in kg.query("shared-members", kg=seed_build)}
    assert len(shared) >= 2
    assert {b.id for b in result.bridges} == shared
    for b in result.bridges:
        assert len(b.coalitions) >= 2 and set(b.joins) <= set(b.coalitions)
    assert {s["kind"] for s in result.table_rows("nodes")} == {"organisation", "coalition"}
