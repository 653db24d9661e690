"""The network page's filters (sector, place, organisation type, collaboration kind) and the
links of its organisations view.

Facet values are keyed on the concept's IRI, so a filter, a colour and a link in the URL mean the
same thing in every language; data without IRIs (hand-made graphs) falls back to the name.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, ClassVar

import networkx as nx

from kg.network import measures, style
from kg.network.details import LANGS, text

__all__ = ["CO_MEMBER_LIMIT", "Facets", "co_members"]

CO_MEMBER_LIMIT = 5_000
"""The organisations view is offered when it has at most this many links."""


class Facets:
    """The filters of the page: each node's sector, place, organisation type and collaboration
    kind, keyed on the concept's IRI (or, in data without IRIs, its name)."""

    FIELDS: ClassVar[dict[str, str]] = {"sector": "sector", "place": "city", "type": "org_type"}
    CONCEPT_KINDS: ClassVar[dict[str, str]] = {
        "sector": "sector",
        "place": "region",
        "type": "type",
    }

    def __init__(self, G: nx.Graph) -> None:
        self.G = G
        self.keys: dict[str, dict[Hashable, str]] = {f: {} for f in ("sector", "place", "type")}
        self.keys["ckind"] = {}
        for node, data in sorted(G.nodes(data=True), key=lambda item: str(item[0])):
            if data.get("kind") == "organisation":
                for facet, field in self.FIELDS.items():
                    iri = data.get(f"{field}_iri")
                    self.keys[facet][node] = text(iri or data.get(field) or "")
            elif data.get("kind") == "coalition":
                self.keys["ckind"][node] = text(data.get("collaboration_kind") or "")
        # a sector node filters with its organisations: keyed on its IRI, or on its label
        used = set(self.keys["sector"].values())
        self.concept: dict[Hashable, tuple[str, str]] = {}
        for node, data in G.nodes(data=True):
            if data.get("kind") == "sector":
                key = str(node) if str(node) in used else text(data.get("label", node))
                self.concept[node] = ("sector", key)

    def of(self, node: Hashable) -> dict[str, str]:
        found = {f: keys[node] for f, keys in self.keys.items() if node in keys}
        if node in self.concept:
            facet, key = self.concept[node]
            found[facet] = key
        return found

    def names(self, facet: str, key: str) -> dict[str, str]:
        """The name of a facet value in each language."""
        G = self.G
        if facet == "ckind":
            if not key:
                return {lang: style.UI[lang]["kind_unknown"] for lang in LANGS}
            for _, data in G.nodes(data=True):
                if data.get("collaboration_kind") == key:
                    return {
                        lang: text(data.get(f"collaboration_kind_{lang}") or key.rsplit("/")[-1])
                        for lang in LANGS
                    }
        if not key:
            word = {"sector": "none", "place": "no_place", "type": "no_type"}[facet]
            return {lang: style.UI[lang][word] for lang in LANGS}
        if key in G:
            return {lang: measures.label_of(G, key, lang) for lang in LANGS}
        for node, kind in G.nodes(data="kind"):
            if kind == self.CONCEPT_KINDS.get(facet) and text(G.nodes[node].get("label")) == key:
                return {lang: measures.label_of(G, node, lang) for lang in LANGS}
        return {lang: key for lang in LANGS}

    def colours(self) -> dict[str, str]:
        """The colour of every sector key of the picture (`style.sector_colours`)."""
        keys = set(self.keys["sector"].values()) | {k for _, k in self.concept.values()}
        return style.sector_colours(keys)

    def legend(self, facet: str) -> list[dict[str, Any]]:
        counts: dict[str, int] = {}
        for key in self.keys[facet].values():
            counts[key] = counts.get(key, 0) + 1
        rows = []
        colours = self.colours()
        for key in sorted(counts):
            row: dict[str, Any] = {"key": key, "name": self.names(facet, key), "count": counts[key]}
            if facet == "sector":
                row["color"] = colours[key]
            if facet == "ckind":
                row["shape"] = style.COLLABORATION_SHAPES.get(
                    key, style.COLLABORATION_DEFAULT_SHAPE
                )
            rows.append(row)
        return rows


def co_members(G: nx.Graph, edge_ids: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """Links between organisations that share a collaboration, each naming the membership
    pairs it rests on (so the page shows it only while both memberships count)."""
    members: dict[str, list[str]] = {}
    for (org, coalition), _ in sorted(edge_ids.items()):
        members.setdefault(coalition, []).append(org)
    pairs: dict[tuple[str, str], list[list[str]]] = {}
    for coalition, orgs in sorted(members.items()):
        for i, a in enumerate(orgs):
            for b in orgs[i + 1 :]:
                pairs.setdefault((a, b), []).append(
                    [edge_ids[(a, coalition)], edge_ids[(b, coalition)]]
                )
                if len(pairs) > CO_MEMBER_LIMIT:
                    return []
    return [{"from": a, "to": b, "via": via} for (a, b), via in sorted(pairs.items())]
