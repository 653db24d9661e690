"""The `Analysis` of a network view: every measure gathered, rendered as a table, CSV or JSON.

Whatever the view, the measures are taken on the organisation networks only
(`kg.network.measures.organisation_network`): the bipartite organisation–collaboration graph,
and the organisations' co-membership projection. Places, sectors, themes and goals are filters
and colours, never nodes that could rank as central.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import networkx as nx

from kg.network.measures import (
    BETWEENNESS_EXACT_LIMIT,
    BETWEENNESS_SAMPLE,
    DIGITS,
    SEED,
    Bridge,
    MixRow,
    betweenness_centrality,
    bridging_organisations,
    communities,
    degree,
    degree_centrality,
    density,
    eigenvector_centrality,
    label_of,
    label_order,
    nodes_of_kind,
    organisation_network,
    organisation_projection,
    sector_group_mix,
    sector_mix,
    undirected_simple,
)

__all__ = ["SECTIONS", "Analysis", "Format", "NodeScore", "ProjectionEdge", "summarise"]

SECTIONS = ("summary", "nodes", "bridges", "sectors", "sector-groups", "communities", "projection")
"""Sections of an `Analysis` that `Analysis.table_rows` can render."""

# ---------------------------------------------------------------------------
# summary


@dataclass(frozen=True)
class NodeScore:
    """The measures of one node."""

    id: str
    label: str
    kind: str
    sector: str
    degree: int
    degree_centrality: float
    betweenness: float
    eigenvector: float
    community: int
    co_members: int | None
    """Organisations it shares a collaboration with (its degree in the projection); None for a
    collaboration."""


@dataclass(frozen=True)
class ProjectionEdge:
    """Two organisations and the number of coalitions they share."""

    a: str
    b: str
    label_a: str
    label_b: str
    weight: int


Format = Literal["table", "csv", "json"]


@dataclass
class Analysis:
    """Everything `summarise` computes, ready for table, CSV or JSON output."""

    network: str
    """What the measures were taken on: "bipartite" (organisations and collaborations) or
    "co-membership" (organisations linked by the collaborations they share)."""
    nodes: int
    edges: int
    density: float
    components: int
    organisations: int
    coalitions: int
    betweenness_sample: int | None
    scores: list[NodeScore] = field(default_factory=list)
    bridges: list[Bridge] = field(default_factory=list)
    sectors: list[MixRow] = field(default_factory=list)
    sector_groups: list[MixRow] = field(default_factory=list)
    communities: list[list[str]] = field(default_factory=list)
    projection: list[ProjectionEdge] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (floats rounded to 6 digits)."""
        return _rounded(asdict(self))

    def to_json(self, section: str | None = None, *, indent: int | None = 2) -> str:
        """The whole analysis (or one section's rows) as JSON, deterministic."""
        payload: Any = self.to_dict() if section is None else self.table_rows(section)
        return json.dumps(payload, ensure_ascii=False, indent=indent)

    def table_rows(
        self, section: str = "nodes", *, sort_by: str = "degree"
    ) -> list[dict[str, Any]]:
        """Rows of one section (see `SECTIONS`) as dicts with the same keys in the same order.

        `nodes` rows are sorted by `sort_by` (`degree`, `betweenness`
        or `eigenvector`) descending, then label, then id; the other sections
        keep their own order (score or count descending, then label).
        """
        if section == "summary":
            return [
                {"measure": key, "value": value}
                for key, value in (
                    ("network", self.network),
                    ("nodes", self.nodes),
                    ("edges", self.edges),
                    ("density", round(self.density, DIGITS)),
                    ("components", self.components),
                    ("organisations", self.organisations),
                    ("coalitions", self.coalitions),
                    ("communities", len(self.communities)),
                    ("bridges", len(self.bridges)),
                    ("betweenness_sample", self.betweenness_sample),
                )
            ]
        if section == "nodes":
            keys = {
                "degree": lambda s: (-s.degree, -s.degree_centrality),
                "betweenness": lambda s: (-s.betweenness,),
                "eigenvector": lambda s: (-s.eigenvector,),
            }
            if sort_by not in keys:
                raise ValueError(f"sort_by must be one of {sorted(keys)}, not {sort_by!r}")
            primary = keys[sort_by]
            ordered = sorted(self.scores, key=lambda s: (*primary(s), s.label.casefold(), s.id))
            return [_rounded(asdict(s)) for s in ordered]
        if section == "bridges":
            return [
                {
                    "id": b.id,
                    "label": b.label,
                    "sector": b.sector,
                    "alone": b.alone,
                    "joins": len(b.joins),
                    "joined_names": " | ".join(b.joins),
                    "together_with": " | ".join(b.together_with),
                    "coalition_names": " | ".join(b.coalitions),
                }
                for b in self.bridges
            ]
        if section in ("sectors", "sector-groups"):
            rows = self.sectors if section == "sectors" else self.sector_groups
            return [_rounded(asdict(r)) for r in rows]
        if section == "communities":
            labels = {s.id: s.label for s in self.scores}
            return [
                {
                    "community": i,
                    "size": len(members),
                    "members": " | ".join(labels.get(m, m) for m in members),
                }
                for i, members in enumerate(self.communities)
            ]
        if section == "projection":
            return [asdict(e) for e in self.projection]
        raise ValueError(f"section must be one of {SECTIONS}, not {section!r}")

    def render(
        self, fmt: Format = "table", section: str = "nodes", *, sort_by: str = "degree"
    ) -> str:
        """One section as an aligned text table, CSV, or JSON (`fmt`)."""
        rows = self.table_rows(section, sort_by=sort_by)
        if fmt == "json":
            return json.dumps(rows, ensure_ascii=False, indent=2)
        headers = list(rows[0]) if rows else _headers(section)
        if fmt == "csv":
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=headers, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            return buf.getvalue()
        if fmt == "table":
            cells = [headers] + [[_cell(r[h], h) for h in headers] for r in rows]
            widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
            lines = [
                "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                for row in cells
            ]
            lines.insert(1, "  ".join("-" * w for w in widths))
            return "\n".join(lines) + "\n"
        raise ValueError(f"fmt must be table, csv or json, not {fmt!r}")


def _headers(section: str) -> list[str]:
    by_section = {
        "summary": ["measure", "value"],
        "nodes": [f for f in NodeScore.__dataclass_fields__],
        "bridges": [
            "id",
            "label",
            "sector",
            "alone",
            "joins",
            "joined_names",
            "together_with",
            "coalition_names",
        ],
        "sectors": [f for f in MixRow.__dataclass_fields__],
        "sector-groups": [f for f in MixRow.__dataclass_fields__],
        "communities": ["community", "size", "members"],
        "projection": [f for f in ProjectionEdge.__dataclass_fields__],
    }
    return by_section[section]


def _cell(value: Any, column: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}" if column == "share" else f"{value:.4f}"  # share: percent
    return str(value)


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, DIGITS)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def summarise(G: nx.Graph, *, seed: int = SEED) -> Analysis:
    """Run every analysis on the organisation networks of `G` and gather them in an `Analysis`.

    Centralities and communities are taken on `organisation_network(G)`; `co_members` on the
    projection. Betweenness is exact up to `BETWEENNESS_EXACT_LIMIT` nodes and estimated from
    `BETWEENNESS_SAMPLE` pivots above that.
    """
    N = organisation_network(G)
    bipartite = bool(nodes_of_kind(G, "coalition"))
    H = undirected_simple(N)
    n = H.number_of_nodes()
    sample = BETWEENNESS_SAMPLE if n > BETWEENNESS_EXACT_LIMIT else None
    deg = degree(H)
    deg_c = degree_centrality(H)
    btw = betweenness_centrality(H, k=sample, seed=seed)
    eig = eigenvector_centrality(H)
    comms = communities(H, seed=seed)
    community_of = {node: i for i, members in enumerate(comms) for node in members}
    P = organisation_projection(N) if bipartite else H
    scores = [
        NodeScore(
            id=str(node),
            label=label_of(G, node),
            kind=str(G.nodes[node].get("kind", "")),
            sector=str(G.nodes[node].get("sector", "")),
            degree=deg[node],
            degree_centrality=deg_c[node],
            betweenness=btw[node],
            eigenvector=eig[node],
            community=community_of.get(node, -1),
            co_members=P.degree(node) if node in P else None,
        )
        for node in sorted(H, key=str)
    ]
    projection = []
    for a, b, w in P.edges(data="weight"):
        if label_order(G, b) < label_order(G, a):
            a, b = b, a
        projection.append(ProjectionEdge(str(a), str(b), label_of(G, a), label_of(G, b), int(w)))
    projection.sort(key=lambda e: (-e.weight, e.label_a.casefold(), e.label_b.casefold(), e.a, e.b))
    return Analysis(
        network="bipartite" if bipartite else "co-membership",
        nodes=n,
        edges=H.number_of_edges(),
        density=density(H),
        components=nx.number_connected_components(H) if n else 0,
        organisations=len(nodes_of_kind(G, "organisation")),
        coalitions=len(nodes_of_kind(G, "coalition")),
        betweenness_sample=sample,
        scores=scores,
        bridges=bridging_organisations(G) if bipartite else [],
        sectors=sector_mix(G),
        sector_groups=sector_group_mix(G),
        communities=[[str(m) for m in c] for c in comms],
        projection=projection,
    )
