"""How the network page looks and speaks: node shapes, colours and sizes, its words in nl and en."""

from __future__ import annotations

from typing import Any

__all__ = [
    "DEFAULT_COLOUR",
    "DEFAULT_SHAPE",
    "EDGE_COLOURS",
    "EDGE_DEFAULT",
    "EDGE_FIELDS",
    "KIND_COLOURS",
    "KIND_ORDER",
    "KIND_SHAPES",
    "MAX_FONT",
    "MAX_SIZE",
    "MIN_FONT",
    "MIN_SIZE",
    "NODE_FIELDS",
    "SECTOR_PALETTE",
    "UI",
    "URL_FIELDS",
]

KIND_SHAPES: dict[str, str] = {
    "coalition": "star",
    "organisation": "dot",
    "sector": "diamond",
    "sector-group": "diamond",
    "type": "square",
    "theme": "triangle",
    "activity": "triangleDown",
    "goal": "hexagon",
    "region": "square",
}
"""The vis-network shape of each node kind."""
KIND_COLOURS: dict[str, str] = {
    "coalition": "#1b1b3a",
    "organisation": "#b8bec6",
    "sector": "#b8bec6",
    "sector-group": "#5d6d7e",
    "type": "#34495e",
    "theme": "#8e44ad",
    "activity": "#16a085",
    "goal": "#c9a000",
    "region": "#a0a7ad",
}
"""The colour of each node kind (organisations and sectors take their sector's colour)."""
# Node size and label size run from min (score 0) to max (the top score). Sizes are
# computed here rather than by vis's value scaling, which re-scales every node on
# each DataSet update (slow filters on big graphs).
MIN_SIZE, MAX_SIZE = 7.0, 32.0
MIN_FONT, MAX_FONT = 12, 22
DEFAULT_SHAPE = "dot"
DEFAULT_COLOUR = "#9aa3ab"
"""Shape and colour of a node of an unknown kind."""
SECTOR_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#1f77b4",
    "#2ca02c",
    "#d62728",
    "#17becf",
    "#bcbd22",
    "#8c564b",
    "#e377c2",
)
"""Sector colours, in order of sorted sector label (Tableau 10 and friends)."""
EDGE_COLOURS: dict[str, str] = {"member-of": "#5b6770"}
EDGE_DEFAULT = "#c9ced3"
KIND_ORDER = list(KIND_SHAPES)
"""The order of kinds in the legend."""

UI: dict[str, dict[str, Any]] = {
    "nl": {
        "title": "Coalities voor digitale geletterdheid",
        "search": "Zoek een naam…",
        "matches": "treffers",
        "kinds": "Soort",
        "sectors": "Sector",
        "details": "Details",
        "hint": "Wijs een knoop of verbinding aan of klik erop voor details.",
        "all": "Alles tonen",
        "nodes": "knopen",
        "edges": "verbindingen",
        "none": "geen sector",
        "size": "Grootte van een knoop: {measure}.",
        "kind": {
            "coalition": "coalitie",
            "organisation": "organisatie",
            "sector": "sector",
            "sector-group": "sectorgroep",
            "theme": "thema",
            "activity": "activiteit",
            "goal": "doel",
            "region": "regio",
            "type": "organisatietype",
        },
        "edge": {
            "member-of": "lid van",
            "classified-as": "ingedeeld als",
            "broader": "valt onder",
            "works-on": "werkt aan",
            "aims-at": "streeft naar",
            "targets": "richt zich op",
            "located-in": "gelegen in",
        },
        "field": {
            "kind": "soort",
            "sector": "sector",
            "sector_group": "sectorgroep",
            "org_type": "organisatietype",
            "city": "plaats",
            "website": "website",
            "wikidata": "Wikidata",
            "target_year": "doeljaar",
            "aim": "doel",
            "source": "bron",
            "source_url": "bron (link)",
            "iri": "IRI",
            "member_of": "lid van",
            "join_order": "volgorde van aansluiting",
            "joined": "aangesloten op",
            "evidence": "bronzin",
            "from": "van",
            "to": "naar",
            "degree": "aantal verbindingen",
            "betweenness": "tussenpositie (betweenness)",
            "eigenvector": "invloed (eigenvector)",
            "weight": "gewicht",
        },
    },
    "en": {
        "title": "Digital literacy coalitions",
        "search": "Search a name…",
        "matches": "matches",
        "kinds": "Kind",
        "sectors": "Sector",
        "details": "Details",
        "hint": "Hover over or click a node or link for details.",
        "all": "Show all",
        "nodes": "nodes",
        "edges": "links",
        "none": "no sector",
        "size": "Node size: {measure}.",
        "kind": {
            "coalition": "coalition",
            "organisation": "organisation",
            "sector": "sector",
            "sector-group": "sector group",
            "theme": "theme",
            "activity": "activity",
            "goal": "goal",
            "region": "region",
            "type": "organisation type",
        },
        "edge": {
            "member-of": "member of",
            "classified-as": "classified as",
            "broader": "falls under",
            "works-on": "works on",
            "aims-at": "aims at",
            "targets": "targets",
            "located-in": "located in",
        },
        "field": {
            "kind": "kind",
            "sector": "sector",
            "sector_group": "sector group",
            "org_type": "organisation type",
            "city": "city",
            "website": "website",
            "wikidata": "Wikidata",
            "target_year": "target year",
            "aim": "aim",
            "source": "source",
            "source_url": "source (link)",
            "iri": "IRI",
            "member_of": "member of",
            "join_order": "join order",
            "joined": "joined",
            "evidence": "source sentence",
            "from": "from",
            "to": "to",
            "degree": "number of links",
            "betweenness": "betweenness",
            "eigenvector": "eigenvector centrality",
            "weight": "weight",
        },
    },
}
"""The words of the page in Dutch and English: its text, kinds, link kinds and fields."""

NODE_FIELDS = (
    "sector",
    "sector_group",
    "org_type",
    "city",
    "website",
    "wikidata",
    "target_year",
    "aim",
    "source",
    "source_url",
)
"""Node attributes shown in a node's details, in this order."""
URL_FIELDS = {"website", "wikidata", "source_url"}
"""Fields whose value the page shows as a link (when it is an http(s) URL)."""
EDGE_FIELDS = ("join_order", "joined", "evidence", "source", "source_url", "weight")
"""Edge attributes shown in a link's details, in this order."""
