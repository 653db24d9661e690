"""How the network page looks and speaks: node shapes, colours and sizes, its words in nl and en."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.rdf.namespace import DEF

__all__ = [
    "COLLABORATION_DEFAULT_SHAPE",
    "COLLABORATION_KINDS",
    "COLLABORATION_SHAPES",
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
    "NO_SECTOR_COLOUR",
    "PALETTE",
    "SECTOR_COLOURS",
    "SECTOR_PALETTE",
    "UI",
    "URL_FIELDS",
    "sector_colours",
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
"""The vis-network shape of each node kind (a collaboration's comes from its kind, below)."""
COLLABORATION_KINDS = DEF + "/collaboration-kind"
"""The concept scheme of collaboration kinds: coalition, alliance, project, working group, ..."""
COLLABORATION_SHAPES: dict[str, str] = {
    COLLABORATION_KINDS + "/coalition": "star",
    COLLABORATION_KINDS + "/alliance": "hexagon",
    COLLABORATION_KINDS + "/project": "triangle",
    COLLABORATION_KINDS + "/working-group": "triangleDown",
    COLLABORATION_KINDS + "/programme": "square",
}
"""The shape of a collaboration by its kind (the concept's IRI)."""
COLLABORATION_DEFAULT_SHAPE = "diamond"
"""The shape of a collaboration whose kind no source states (or one not listed above)."""
KIND_COLOURS: dict[str, str] = {
    "coalition": "#1b1b3a",
    "organisation": "#dddddd",
    "sector": "#dddddd",
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
MIN_SIZE, MAX_SIZE = 6.0, 24.0
MIN_FONT, MAX_FONT = 14, 22
DEFAULT_SHAPE = "dot"
DEFAULT_COLOUR = "#9aa3ab"
"""Shape and colour of a node of an unknown kind."""
PALETTE = (
    "#332288",
    "#88ccee",
    "#44aa99",
    "#117733",
    "#999933",
    "#ddcc77",
    "#cc6677",
    "#882255",
    "#aa4499",
    "#555555",
)
"""The one colour palette of dlkg's pictures (page, report, site): Paul Tol's colour-blind-safe
"muted" scheme, and a dark grey as a tenth colour (apart from all nine by lightness)."""
NO_SECTOR_COLOUR = "#dddddd"
"""The colour of an organisation without a sector (Tol's pale grey for missing data)."""
SECTOR_PALETTE = PALETTE
"""Sector colours (the palette; kept for older callers)."""
SECTOR_COLOURS: dict[str, str] = {
    DEF + "/sector/" + code: PALETTE[i]
    for i, code in enumerate(
        (
            "government",
            "education",
            "research",
            "business",
            "ict",
            "childcare",
            "healthcare",
            "library",
            "culture",
            "media",
        )
    )
}
"""The colour of each sector of the ontology, by the concept's IRI: the same in every language
and every picture, whatever other sectors a picture shows."""


def sector_colours(keys: Iterable[str | None]) -> dict[str, str]:
    """The colour of each sector, keyed on its concept IRI (or, for data without IRIs, its name).

    The ontology's sectors keep their colour in every picture and every language. Other keys
    take the colours the picture's ontology sectors leave free, in order of the key (so the same
    keys get the same colours, whatever their labels); only when more keys than colours come
    together do two share one. A missing sector ('' or None) is pale grey.

    >>> sector_colours(["https://w3id.org/dlkg/def/sector/government", ""])
    {'': '#dddddd', 'https://w3id.org/dlkg/def/sector/government': '#332288'}
    >>> sector_colours(["x:b", "x:a"])
    {'x:a': '#332288', 'x:b': '#88ccee'}
    """
    wanted = sorted({key or "" for key in keys})
    colours = {key: SECTOR_COLOURS[key] for key in wanted if key in SECTOR_COLOURS}
    free = [c for c in PALETTE if c not in colours.values()] or list(PALETTE)
    others = [key for key in wanted if key and key not in colours]
    for i, key in enumerate(others):
        colours[key] = free[i % len(free)] if i < len(free) else PALETTE[i % len(PALETTE)]
    if "" in wanted:
        colours[""] = NO_SECTOR_COLOUR
    return dict(sorted(colours.items()))


EDGE_COLOURS: dict[str, str] = {"member-of": "#5b6770", "co-member": "#5b6770"}
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
        "view": "Weergave",
        "views": {
            "bipartite": "samenwerkingen en leden",
            "members": "leden (gericht)",
            "sectors": "met sectoren",
            "themes": "met thema's",
            "all": "alles",
            "organisations": "organisaties (gedeelde samenwerkingen)",
        },
        "language": "Taal",
        "date": "Stand op",
        "now": "nu",
        "export": "Afbeelding opslaan",
        "collab_kinds": "Soort samenwerking",
        "kind_unknown": "soort niet vermeld",
        "places": "Plaats",
        "types": "Organisatietype",
        "no_place": "geen plaats",
        "no_type": "geen type",
        "focus_hint": "Klik op een lege plek om de focus op te heffen.",
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
            "co-member": "deelt samenwerkingen met",
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
            "collaboration_kind": "soort samenwerking",
            "known_since": "bekend sinds",
            "ended_by": "beëindigd op",
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
        "view": "View",
        "views": {
            "bipartite": "collaborations and members",
            "members": "members (directed)",
            "sectors": "with sectors",
            "themes": "with themes",
            "all": "everything",
            "organisations": "organisations (shared collaborations)",
        },
        "language": "Language",
        "date": "As of",
        "now": "now",
        "export": "Save picture",
        "collab_kinds": "Kind of collaboration",
        "kind_unknown": "kind not stated",
        "places": "Place",
        "types": "Organisation type",
        "no_place": "no place",
        "no_type": "no type",
        "focus_hint": "Click an empty spot to leave the focus.",
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
            "co-member": "shares collaborations with",
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
            "collaboration_kind": "kind of collaboration",
            "known_since": "known since",
            "ended_by": "ended by",
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
EDGE_FIELDS = (
    "join_order",
    "joined",
    "known_since",
    "ended_by",
    "evidence",
    "source",
    "source_url",
    "weight",
)
"""Edge attributes shown in a link's details, in this order."""
