"""Network measures of a projected graph: centralities, communities, density, bridges, sector mix.

Every function takes the graph `kg.network.project` produces: a `networkx.MultiDiGraph` whose
node ids are IRIs, with a `kind` and a `label` on every node and a `kind` on every edge. Plain
`nx.Graph` projections work too.

Structural measures (degree, betweenness, eigenvector centrality, density, communities) are
computed on the *undirected simple* version of the graph: edge directions are dropped, parallel
edges are merged into one edge whose `weight` is their number, and self-loops are ignored. All
results are deterministic: fixed seeds, and every list is sorted by score (descending), then
label, then id.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

__all__ = [
    "BETWEENNESS_EXACT_LIMIT",
    "BETWEENNESS_SAMPLE",
    "DIGITS",
    "SEED",
    "UNKNOWN",
    "Bridge",
    "MixRow",
    "betweenness_centrality",
    "bridging_organisations",
    "communities",
    "degree",
    "degree_centrality",
    "density",
    "eigenvector_centrality",
    "label_of",
    "label_order",
    "memberships",
    "nodes_of_kind",
    "organisation_coalition_graph",
    "organisation_network",
    "organisation_projection",
    "sector_group_mix",
    "sector_mix",
    "undirected_simple",
]

UNKNOWN = "(unknown)"
"""Placeholder for an organisation without a sector (or sector group)."""
BETWEENNESS_EXACT_LIMIT = 1000
"""Graphs above this many nodes get a betweenness estimated from `BETWEENNESS_SAMPLE` pivots."""
BETWEENNESS_SAMPLE = 200
"""Number of pivot nodes for sampled betweenness."""
SEED = 42
"""The seed of every random choice (Louvain, betweenness pivots, vis-network layout)."""
DIGITS = 6
"""Digits that shares and scores are rounded to."""

# ---------------------------------------------------------------------------
# helpers


def label_of(G: nx.Graph, node: Hashable, lang: str | None = None) -> str:
    """The label of `node`: `label_<lang>` if given and present, else `label`, else its id."""
    data = G.nodes[node]
    if lang:
        text = data.get(f"label_{lang}")
        if text:
            return str(text)
    text = data.get("label")
    return str(text) if text else str(node)


def nodes_of_kind(G: nx.Graph, kind: str) -> list[Hashable]:
    """Ids of the nodes whose `kind` is `kind`, sorted by id."""
    return sorted((n for n, k in G.nodes(data="kind") if k == kind), key=str)


def label_order(G: nx.Graph, node: Hashable) -> tuple[str, str]:
    """The sort key of a node: its label (case-folded), then its id."""
    return (label_of(G, node).casefold(), str(node))


def undirected_simple(G: nx.Graph) -> nx.Graph:
    """The undirected simple graph under `G`, built in sorted order.

    Keeps every node with its attributes; one edge per linked pair whose
    `weight` is the sum of the merged edges' numeric `weight` (1 for an
    edge without one), i.e. the number of edges between the pair in either
    direction for the projection's graphs. Self-loops are dropped. Nodes and
    edges are added sorted by id, so the result (and every measure computed
    on it) does not depend on the order the input was built in.
    """
    weights: dict[tuple[Hashable, Hashable], float] = {}
    for u, v, w in G.edges(data="weight"):
        if u == v:
            continue
        key = (u, v) if str(u) <= str(v) else (v, u)
        step = w if isinstance(w, int | float) and not isinstance(w, bool) else 1
        weights[key] = weights.get(key, 0) + step
    H = nx.Graph(_dlkg_simple=True)  # marks it so the measures below don't rebuild it
    H.add_nodes_from(sorted(G.nodes(data=True), key=lambda item: str(item[0])))
    H.add_edges_from(
        (u, v, {"weight": w})
        for (u, v), w in sorted(weights.items(), key=lambda i: (str(i[0][0]), str(i[0][1])))
    )
    return H


def _simple(G: nx.Graph) -> nx.Graph:
    return G if G.graph.get("_dlkg_simple") else undirected_simple(G)


# ---------------------------------------------------------------------------
# centrality


def degree(G: nx.Graph) -> dict[Hashable, int]:
    """Number of distinct neighbours of every node (directions and parallel edges ignored)."""
    H = _simple(G)
    return {n: int(d) for n, d in H.degree()}


def degree_centrality(G: nx.Graph) -> dict[Hashable, float]:
    """Degree divided by `n - 1` (networkx's degree centrality on the simple graph)."""
    H = _simple(G)
    if H.number_of_nodes() <= 1:
        return {n: 0.0 for n in H}
    return dict(nx.degree_centrality(H))


def betweenness_centrality(
    G: nx.Graph, *, k: int | None = None, seed: int = SEED
) -> dict[Hashable, float]:
    """Normalised betweenness centrality on the simple graph.

    With `k` the value is estimated from `k` pivot nodes drawn with
    `seed` (deterministic); without it the exact value, which costs
    O(nodes x edges).
    """
    H = _simple(G)
    if k is not None and k >= H.number_of_nodes():
        k = None
    return dict(nx.betweenness_centrality(H, k=k, seed=seed if k else None))


def eigenvector_centrality(G: nx.Graph) -> dict[Hashable, float]:
    """Eigenvector centrality that also works on disconnected and tiny graphs.

    Computed per connected component by power iteration (networkx's
    `eigenvector_centrality`); each component's vector has unit length and
    is then scaled by `sqrt(component size / nodes)`, so the whole vector
    has unit length and larger components weigh more. Isolated nodes score
    0. If power iteration does not converge (even with a looser tolerance)
    the component falls back to degree share (degree / sqrt(sum of squared
    degrees)), the first step of the same iteration.
    """
    H = _simple(G)
    n = H.number_of_nodes()
    result: dict[Hashable, float] = {node: 0.0 for node in H}
    for comp in nx.connected_components(H):
        if len(comp) < 2:
            continue
        sub = H.subgraph(comp)
        scores: dict[Hashable, float]
        try:
            scores = nx.eigenvector_centrality(sub, max_iter=1000, tol=1e-8)
        except nx.PowerIterationFailedConvergence:
            try:
                scores = nx.eigenvector_centrality(sub, max_iter=5000, tol=1e-4)
            except nx.PowerIterationFailedConvergence:
                deg = dict(sub.degree())
                norm = math.sqrt(sum(d * d for d in deg.values())) or 1.0
                scores = {node: d / norm for node, d in deg.items()}
        norm = math.sqrt(sum(s * s for s in scores.values())) or 1.0
        weight = math.sqrt(len(comp) / n)
        for node, s in scores.items():
            result[node] = s / norm * weight
    return result


def density(G: nx.Graph) -> float:
    """Density of the undirected simple graph: `2m / (n (n - 1))`; 0 below two nodes.

    >>> density(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])), density(nx.Graph())
    (0.6666666666666666, 0.0)
    """
    H = _simple(G)
    if H.number_of_nodes() < 2:
        return 0.0
    return float(nx.density(H))


def communities(G: nx.Graph, *, seed: int = SEED, resolution: float = 1.0) -> list[list[Hashable]]:
    """Louvain communities of the simple graph (edge weight = parallel-edge count).

    Deterministic for a given `seed`. Each community is a list of node ids
    sorted by label then id; communities are sorted by size (largest
    first), then by their first member.
    """
    H = _simple(G)
    if H.number_of_nodes() == 0:
        return []
    if H.number_of_edges() == 0:
        found: Iterable[set[Hashable]] = ({n} for n in H)
    else:
        found = nx.community.louvain_communities(
            H, weight="weight", resolution=resolution, seed=seed
        )
    ordered = [sorted(c, key=lambda n: label_order(H, n)) for c in found]
    ordered.sort(key=lambda c: (-len(c), label_order(H, c[0])))
    return ordered


# ---------------------------------------------------------------------------
# organisations and coalitions


def _is_membership(G: nx.Graph, u: Hashable, v: Hashable, data: Mapping[str, Any]) -> bool:
    kind = data.get("kind")
    if kind is not None:
        return bool(kind == "member-of")
    kinds = {G.nodes[u].get("kind"), G.nodes[v].get("kind")}
    return kinds == {"organisation", "coalition"}


def memberships(G: nx.Graph) -> list[tuple[Hashable, Hashable, dict[str, Any]]]:
    """`(organisation, coalition, edge data)` for every membership edge, sorted.

    A membership is an edge of kind `member-of` between an organisation and
    a coalition (either direction), or, on graphs without edge kinds, any
    edge between an organisation and a coalition.
    """
    kinds = G.nodes(data="kind")
    found: list[tuple[Hashable, Hashable, dict[str, Any]]] = []
    for u, v, data in G.edges(data=True):
        if not _is_membership(G, u, v, data):
            continue
        if kinds[u] == "organisation" and kinds[v] == "coalition":
            found.append((u, v, dict(data)))
        elif kinds[v] == "organisation" and kinds[u] == "coalition":
            found.append((v, u, dict(data)))
    found.sort(key=lambda t: (str(t[0]), str(t[1]), json.dumps(t[2], sort_keys=True, default=str)))
    return found


def organisation_coalition_graph(G: nx.Graph) -> nx.Graph:
    """The bipartite organisation–coalition graph.

    Every organisation (`bipartite=0`) and coalition (`bipartite=1`) of
    `G` with its attributes; one edge per organisation–coalition pair with
    a membership, carrying the attributes of its first membership edge.
    """
    B = nx.Graph()
    for node in nodes_of_kind(G, "organisation"):
        B.add_node(node, **{**G.nodes[node], "bipartite": 0})
    for node in nodes_of_kind(G, "coalition"):
        B.add_node(node, **{**G.nodes[node], "bipartite": 1})
    for org, coalition, data in memberships(G):
        if not B.has_edge(org, coalition):
            B.add_edge(org, coalition, **data)
    return B


def organisation_network(G: nx.Graph) -> nx.Graph:
    """The network the analyses run on: organisations and collaborations, nothing else.

    With collaborations in `G`: the bipartite graph of `organisation_coalition_graph`. Without
    (an organisation projection): its organisations and the weighted links among them. Places,
    sectors, types, themes and goals are never part of it, so they are never ranked as central.
    """
    if nodes_of_kind(G, "coalition"):
        return organisation_coalition_graph(G)
    return undirected_simple(G.subgraph(nodes_of_kind(G, "organisation")))


def organisation_projection(G: nx.Graph) -> nx.Graph:
    """Organisations linked by the number of coalitions they share (edge `weight`).

    `G` may be the full graph or the bipartite graph of `organisation_coalition_graph`. Nodes
    and edges are added in sorted order, so the projection (and every export of it) is the same
    whatever the hash seed.

    >>> G = nx.MultiDiGraph([("b", "c1"), ("a", "c1"), ("a", "c2"), ("b", "c2")])
    >>> G.add_nodes_from(["b", "a"], kind="organisation")
    >>> G.add_nodes_from(["c1", "c2"], kind="coalition")
    >>> list(organisation_projection(G).edges(data="weight"))
    [('a', 'b', 2)]
    """
    sides = {d.get("bipartite") for _, d in G.nodes(data=True)}
    if sides == {0, 1} and not G.is_multigraph() and not G.is_directed():
        B = G
    else:
        B = organisation_coalition_graph(G)
    # Not networkx's bipartite projection: it walks sets, so its edge order follows the hash seed.
    P = nx.Graph()
    P.graph.update(B.graph)
    P.add_nodes_from(
        (n, B.nodes[n])
        for n in sorted((n for n, s in B.nodes(data="bipartite") if s == 0), key=str)
    )
    shared: Counter[tuple[Hashable, Hashable]] = Counter()
    for group in sorted((n for n in B if n not in P), key=str):
        members = sorted((m for m in B[group] if m in P), key=str)
        shared.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    P.add_edges_from(
        (a, b, {"weight": w})
        for (a, b), w in sorted(shared.items(), key=lambda i: (str(i[0][0]), str(i[0][1])))
    )
    return P


@dataclass(frozen=True)
class Bridge:
    """An organisation that joins collaborations that would otherwise be apart.

    Two collaborations that share members are *apart without them* when, once the organisations
    they share are taken out of the bipartite organisation–collaboration graph, no other chain of
    memberships links them. The organisations they share are then the bridges between them:
    `joins` names the collaborations an organisation ties together this way, `together_with` the
    organisations that share those ties with it, and `alone` says whether it holds collaborations
    together by itself (an articulation point of the bipartite graph: taking it out alone splits
    collaborations apart). An organisation in one collaboration, or in collaborations that other
    memberships also link, is no bridge; with one collaboration there are none.
    """

    id: str
    label: str
    sector: str
    coalitions: tuple[str, ...]
    joins: tuple[str, ...]
    together_with: tuple[str, ...]
    alone: bool


def _pairs_apart(B: nx.Graph) -> dict[tuple[Hashable, Hashable], set[Hashable]]:
    """The pairs of collaborations that share members and are apart without them, with those
    members (`Bridge`).

    Works on the collaboration graph (collaborations linked when they share a member): a pair
    whose link is a bridge of that graph is apart; a pair whose shared members are in no third
    collaboration is not (every other link survives); only the rest is searched.
    """
    shared: dict[tuple[Hashable, Hashable], set[Hashable]] = {}
    for org in sorted((n for n, s in B.nodes(data="bipartite") if s == 0), key=str):
        groups = sorted(B[org], key=str)
        for i, a in enumerate(groups):
            for b in groups[i + 1 :]:
                shared.setdefault((a, b), set()).add(org)
    K = nx.Graph()
    K.add_edges_from(sorted(shared, key=lambda p: (str(p[0]), str(p[1]))))
    cut = {tuple(sorted(e, key=str)) for e in nx.bridges(K)}
    apart = {}
    for pair, orgs in shared.items():
        if pair in cut or (
            any(B.degree(o) > 2 for o in orgs) and not _linked_without(K, shared, pair, orgs)
        ):
            apart[pair] = orgs
    return apart


def _linked_without(
    K: nx.Graph,
    shared: Mapping[tuple[Hashable, Hashable], set[Hashable]],
    pair: tuple[Hashable, Hashable],
    gone: set[Hashable],
) -> bool:
    """Whether `pair`'s collaborations stay linked when the organisations `gone` leave."""
    start, goal = pair
    seen, todo = {start}, [start]
    while todo:
        here = todo.pop()
        for there in K[here]:
            key = (here, there) if str(here) <= str(there) else (there, here)
            if there in seen or not shared[key] - gone:
                continue
            if there == goal:
                return True
            seen.add(there)
            todo.append(there)
    return False


def bridging_organisations(G: nx.Graph) -> list[Bridge]:
    """The organisations that join collaborations otherwise apart (see `Bridge`).

    Those that do it alone come first, then by the number of collaborations joined, then label.

    >>> G = nx.Graph([("a", "c1"), ("a", "c2"), ("b", "c2"), ("b", "c3"), ("x", "c3")])
    >>> G.add_nodes_from(["a", "b", "x"], kind="organisation")
    >>> G.add_nodes_from(["c1", "c2", "c3"], kind="coalition")
    >>> [(b.id, b.joins, b.alone) for b in bridging_organisations(G)]
    [('a', ('c1', 'c2'), True), ('b', ('c2', 'c3'), True)]
    """
    B = organisation_coalition_graph(G)
    found: dict[Hashable, tuple[set[Hashable], set[Hashable]]] = {}
    for (a, b), orgs in _pairs_apart(B).items():
        for org in orgs:
            joins, others = found.setdefault(org, (set(), set()))
            joins.update((a, b))
            others.update(orgs - {org})
    alone = set(nx.articulation_points(B)) if found else set()
    bridges = [
        Bridge(
            id=str(org),
            label=label_of(G, org),
            sector=str(G.nodes[org].get("sector") or UNKNOWN),
            coalitions=tuple(sorted(label_of(G, c) for c in B[org])),
            joins=tuple(sorted(label_of(G, c) for c in joins)),
            together_with=tuple(sorted(label_of(G, o) for o in others)),
            alone=org in alone,
        )
        for org, (joins, others) in found.items()
    ]
    bridges.sort(key=lambda b: (not b.alone, -len(b.joins), b.label.casefold(), b.id))
    return bridges


@dataclass(frozen=True)
class MixRow:
    """One sector (or sector group): its number of organisations and their share of all, in
    percent with one decimal, as the `sector-mix` question gives it."""

    name: str
    count: int
    share: float


def _mix(values: list[str]) -> list[MixRow]:
    total = len(values)
    counts = Counter(values)
    rows = [MixRow(name, count, percent(count, total)) for name, count in counts.items()]
    rows.sort(key=lambda r: (-r.count, r.name.casefold(), r.name))
    return rows


def percent(part: int, total: int) -> float:
    """`part` of `total` in percent, one decimal, halves rounded up as SPARQL's ROUND does.

    >>> percent(2, 9), percent(1, 8)
    (22.2, 12.5)
    """
    return math.floor(1000 * part / total + 0.5) / 10


def _organisations_in(G: nx.Graph, coalition: str | None) -> list[Hashable]:
    if coalition is None:
        return nodes_of_kind(G, "organisation")
    return sorted({org for org, c, _ in memberships(G) if c == coalition}, key=str)


def sector_mix(G: nx.Graph, coalition: str | None = None) -> list[MixRow]:
    """Organisations per sector (`sector` attribute; `UNKNOWN` if absent), with share.

    With `coalition` (a node id) only that coalition's members count.
    """
    orgs = _organisations_in(G, coalition)
    return _mix([str(G.nodes[o].get("sector") or UNKNOWN) for o in orgs])


def sector_group_mix(G: nx.Graph, coalition: str | None = None) -> list[MixRow]:
    """Organisations per sector group (`sector_group` attribute), with share."""
    orgs = _organisations_in(G, coalition)
    return _mix([str(G.nodes[o].get("sector_group") or UNKNOWN) for o in orgs])
