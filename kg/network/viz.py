"""The offline interactive HTML network view.

:func:`write_html` turns a dlkg networkx graph (see :mod:`kg.analyze` for the
contract) into ONE self-contained HTML file: vis-network (from the installed
pyvis package) and our own script and styles are inlined, the graph goes in
as JSON data, and the page fetches nothing. It opens from ``file://``.

Safety: all graph text reaches the page only inside a
``<script type="application/json">`` block with ``<``, ``>``, ``&``,
U+2028 and U+2029 escaped; the page script reads it with ``JSON.parse`` and
puts it on screen with ``textContent`` (tooltips are DOM elements, never
HTML strings). A Content-Security-Policy allows only the page's own inline
scripts (by hash) and no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.assets import asset
from kg.files import atomic_write
from kg.network import analyze

__all__ = [
    "KIND_COLOURS",
    "KIND_SHAPES",
    "LAYOUT_THRESHOLD",
    "SECTOR_PALETTE",
    "SIZE_BY",
    "layout_positions",
    "page_data",
    "render_html",
    "write_html",
]

#: At or above this many nodes positions are computed in Python and physics is off.
LAYOUT_THRESHOLD = 500
#: Centrality measures ``size_by`` accepts ("none" gives every node one size).
SIZE_BY = ("degree", "betweenness", "eigenvector", "none")
#: Betweenness above this many nodes is estimated from a fixed sample of pivots.
_BETWEENNESS_EXACT = 1000

TEMPLATES = asset("templates")

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
# Node size and label size run from min (score 0) to max (the top score). Sizes are
# computed here rather than by vis's value scaling, which re-scales every node on
# each DataSet update (slow filters on big graphs).
_MIN_SIZE, _MAX_SIZE = 7.0, 32.0
_MIN_FONT, _MAX_FONT = 12, 22
_DEFAULT_SHAPE = "dot"
_DEFAULT_COLOUR = "#9aa3ab"
#: Sector colours, in order of sorted sector label (Tableau 10 and friends).
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
_EDGE_COLOURS: dict[str, str] = {"member-of": "#5b6770"}
_EDGE_DEFAULT = "#c9ced3"
_KIND_ORDER = list(KIND_SHAPES)

_UI: dict[str, dict[str, Any]] = {
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

_NODE_FIELDS = (
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
_URL_FIELDS = {"website", "wikidata", "source_url"}
_EDGE_FIELDS = ("join_order", "joined", "evidence", "source", "source_url", "weight")


# ---------------------------------------------------------------------------
# layout


Box = tuple[
    float, float, list[tuple[Hashable, float, float]]
]  # width, height, (node, x, y) around the centre


def _sunflower(nodes: list[Hashable], spacing: float) -> Box:
    """Nodes on a Vogel sunflower, the first in the middle; a square box around it."""
    golden = math.pi * (3.0 - math.sqrt(5.0))
    placed = []
    for i, node in enumerate(nodes):
        r = spacing * math.sqrt(i) if i else 0.0
        placed.append((node, r * math.cos(i * golden), r * math.sin(i * golden)))
    side = 2 * spacing * math.sqrt(len(nodes)) + spacing
    return side, side, placed


def _shelf(boxes: list[Box], gap: float) -> Box:
    """Boxes packed in rows (in the given order), centred; one box holding them all."""
    if len(boxes) == 1:
        return boxes[0]
    area = sum((w + gap) * (h + gap) for w, h, _ in boxes)
    row_width = max(math.sqrt(area) * 1.15, max(w for w, _, _ in boxes))
    rows: list[list[Box]] = [[]]
    used = 0.0
    for box in boxes:
        if rows[-1] and used + box[0] > row_width:
            rows.append([])
            used = 0.0
        rows[-1].append(box)
        used += box[0] + gap
    width = max(sum(b[0] for b in row) + gap * (len(row) - 1) for row in rows)
    height = sum(max(b[1] for b in row) for row in rows) + gap * (len(rows) - 1)
    placed: list[tuple[Hashable, float, float]] = []
    y = -height / 2
    for row in rows:
        row_height = max(b[1] for b in row)
        x = -(sum(b[0] for b in row) + gap * (len(row) - 1)) / 2
        for w, _, members in row:
            cx, cy = x + w / 2, y + row_height / 2
            placed.extend((node, cx + dx, cy + dy) for node, dx, dy in members)
            x += w + gap
        y += row_height + gap
    return width, height, placed


def layout_positions(
    G: nx.Graph, *, spacing: float = 36.0, seed: int = analyze.SEED
) -> dict[Hashable, tuple[float, float]]:
    """Cheap deterministic positions for big graphs (no numpy, no physics).

    1. Louvain communities (fixed seed) of the undirected simple graph.
    2. Inside a community every node hangs from an *anchor*: its highest
       ranked neighbour in the community, where coalitions rank above
       everything else and then degree counts (so an organisation hangs from
       its coalition, not from its sector); anchors are followed to the top.
    3. Each anchor and its nodes form a Vogel sunflower, anchor in the
       middle, best-connected nodes nearest; sunflowers are packed in rows
       into a community box, community boxes in rows into the picture
       (largest first); nodes without links share one last box.

    O(n log n + m) after the community detection: about 0.3 s for 5,000 nodes.
    """
    H = analyze.undirected_simple(G)
    if H.number_of_nodes() == 0:
        return {}
    deg = dict(H.degree())
    label = {n: analyze.label_of(H, n).casefold() for n in H}

    def rank(n: Hashable) -> tuple[bool, int, str, str]:
        # higher is stronger; ties broken by label then id, reversed so "a" beats "b"
        return (H.nodes[n].get("kind") == "coalition", deg[n], _invert(label[n]), _invert(str(n)))

    def order(n: Hashable) -> tuple[int, str, str]:
        return (-deg[n], label[n], str(n))

    groups = [c for c in analyze.communities(H, seed=seed) if len(c) > 1]
    isolated = sorted((n for n in H if deg[n] == 0), key=order)
    boxes: list[Box] = []
    for members in groups:
        inside = set(members)
        anchor: dict[Hashable, Hashable] = {}
        for n in members:
            best = max((m for m in H[n] if m in inside), key=rank, default=n)
            anchor[n] = best if rank(best) > rank(n) else n
        flowers: dict[Hashable, list[Hashable]] = {}
        for n in members:
            top = n
            while anchor[top] != top:
                top = anchor[top]
            flowers.setdefault(top, []).append(n)
        parts = [
            [top, *sorted((n for n in nodes if n != top), key=order)]
            for top, nodes in flowers.items()
        ]
        parts.sort(key=lambda nodes: (-len(nodes), *order(nodes[0])))
        boxes.append(_shelf([_sunflower(nodes, spacing) for nodes in parts], gap=spacing))
    if isolated:
        boxes.append(_sunflower(isolated, spacing))
    _, _, placed = _shelf(boxes, gap=spacing * 3)
    return {node: (round(x, 1), round(y, 1)) for node, x, y in placed}


def _invert(text: str) -> str:
    """A key that sorts ``text`` in reverse order (for max() with label tie-breaks)."""
    return "".join(chr(0x10FFFF - ord(c)) for c in text) + "\U0010ffff"


# ---------------------------------------------------------------------------
# page data


def _scores(G: nx.Graph, size_by: str) -> dict[Hashable, float]:
    if size_by == "degree":
        return {n: float(d) for n, d in analyze.degree(G).items()}
    if size_by == "betweenness":
        k = 200 if G.number_of_nodes() > _BETWEENNESS_EXACT else None
        return analyze.betweenness_centrality(G, k=k)
    if size_by == "eigenvector":
        return analyze.eigenvector_centrality(G)
    if size_by == "none":
        return {n: 1.0 for n in G}
    raise ValueError(f"size_by must be one of {SIZE_BY}, not {size_by!r}")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _translations(G: nx.Graph, lang: str) -> dict[str, dict[str, str]]:
    """Default label -> label in ``lang``, per kind, for the names organisations refer to."""
    wanted = {
        "sector": "sector",
        "sector-group": "sector_group",
        "type": "org_type",
        "region": "city",
    }
    found: dict[str, dict[str, str]] = {field: {} for field in wanted.values()}
    for node, kind in sorted(G.nodes(data="kind"), key=lambda item: str(item[0])):
        field = wanted.get(kind)
        if field is None:
            continue
        label = G.nodes[node].get("label")
        if label and label not in found[field]:
            found[field][str(label)] = analyze.label_of(G, node, lang)
    return found


def page_data(
    G: nx.Graph, *, lang: str = "nl", title: str | None = None, size_by: str = "degree"
) -> dict[str, Any]:
    """Everything the page script needs, as JSON-ready data (deterministic order)."""
    if lang not in _UI:
        raise ValueError(f"lang must be one of {sorted(_UI)}, not {lang!r}")
    ui = _UI[lang]
    n_nodes = G.number_of_nodes()
    big = n_nodes >= LAYOUT_THRESHOLD
    scores = _scores(G, size_by)
    top = max(scores.values(), default=0.0) or 1.0
    positions = layout_positions(G)
    translate = _translations(G, lang)
    kinds = G.nodes(data="kind")

    sector_names = sorted(
        {
            str(d["sector"])
            for _, d in G.nodes(data=True)
            if d.get("kind") == "organisation" and d.get("sector")
        },
        key=lambda s: (s.casefold(), s),
    )
    sector_colour = {s: SECTOR_PALETTE[i % len(SECTOR_PALETTE)] for i, s in enumerate(sector_names)}

    def node_sector(node: Hashable) -> str | None:
        data = G.nodes[node]
        if data.get("kind") == "organisation" and data.get("sector"):
            return str(data["sector"])
        if data.get("kind") == "sector" and str(data.get("label", "")) in sector_colour:
            return str(data["label"])
        return None

    def node_label(node: Hashable) -> str:
        return analyze.label_of(G, node, lang)

    memberships: dict[Hashable, list[list[Any]]] = {}
    edges_out: list[dict[str, Any]] = []
    edge_items = []
    for u, v, data in G.edges(data=True):
        if not G.is_directed() and str(v) < str(u):
            u, v = v, u
        edge_items.append(
            (str(u), str(v), json.dumps(data, sort_keys=True, default=str), u, v, data)
        )
    edge_items.sort(key=lambda item: item[:3])
    for i, (_, _, _, u, v, data) in enumerate(edge_items):
        kind = _text(data.get("kind", ""))
        details: list[list[Any]] = [[ui["field"]["kind"], ui["edge"].get(kind, kind), 0]]
        details.append([ui["field"]["from"], node_label(u), 0])
        details.append([ui["field"]["to"], node_label(v), 0])
        for field in _EDGE_FIELDS:
            if data.get(field) not in (None, ""):
                details.append(
                    [ui["field"][field], _text(data[field]), 1 if field in _URL_FIELDS else 0]
                )
        edges_out.append(
            {
                "id": f"e{i}",
                "from": str(u),
                "to": str(v),
                "kind": kind,
                "color": _EDGE_COLOURS.get(kind, _EDGE_DEFAULT),
                "details": details,
            }
        )
        if kind == "member-of" or (
            not kind and {kinds[u], kinds[v]} == {"organisation", "coalition"}
        ):
            org, coalition = (u, v) if kinds[u] == "organisation" else (v, u)
            note = node_label(coalition)
            extra = [
                _text(data[f]) for f in ("join_order", "joined") if data.get(f) not in (None, "")
            ]
            if data.get("join_order") not in (None, ""):
                extra[0] = f"{ui['field']['join_order']} {extra[0]}"
            if extra:
                note += " (" + ", ".join(extra) + ")"
            memberships.setdefault(org, []).append([ui["field"]["member_of"], note, 0])
            if data.get("evidence"):
                quote = "“" + _text(data["evidence"]) + "”"
                if data.get("source"):
                    quote += " (" + _text(data["source"]) + ")"
                memberships[org].append([ui["field"]["evidence"], quote, 0])

    nodes_out: list[dict[str, Any]] = []
    kind_counts: dict[str, int] = {}
    sector_counts: dict[str, int] = {}
    for node in sorted(G.nodes, key=str):
        data = G.nodes[node]
        kind = _text(data.get("kind", ""))
        kind_counts[kind] = kind_counts.get(kind, 0) + 1
        sector = node_sector(node)
        if sector is not None and kind == "organisation":
            sector_counts[sector] = sector_counts.get(sector, 0) + 1
        colour = (
            sector_colour[sector] if sector is not None else KIND_COLOURS.get(kind, _DEFAULT_COLOUR)
        )
        details = [[ui["field"]["kind"], ui["kind"].get(kind, kind), 0]]
        for field in _NODE_FIELDS:
            value = data.get(field)
            if value in (None, ""):
                continue
            text = _text(value)
            text = translate.get(field, {}).get(text, text)
            details.append([ui["field"][field], text, 1 if field in _URL_FIELDS else 0])
        details.extend(memberships.get(node, []))
        if size_by != "none":
            score = scores.get(node, 0.0)
            shown = str(int(score)) if size_by == "degree" else f"{score:.3f}"
            details.append([ui["field"][size_by], shown, 0])
        details.append([ui["field"]["iri"], str(node), 0])
        share = math.sqrt(scores.get(node, 0.0) / top)  # area grows with the score
        item: dict[str, Any] = {
            "id": str(node),
            "label": node_label(node),
            "kind": kind,
            "sector": sector,
            "shape": KIND_SHAPES.get(kind, _DEFAULT_SHAPE),
            "color": colour,
            "size": round(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * share, 1),
            "details": details,
        }
        font = round(_MIN_FONT + (_MAX_FONT - _MIN_FONT) * share)
        if font != _MIN_FONT:
            item["font"] = font
        if kind == "region":
            item["dashes"] = True
        if node in positions:
            item["x"], item["y"] = positions[node]
        nodes_out.append(item)

    kinds_legend = [
        {
            "kind": k,
            "name": ui["kind"].get(k, k) or "?",
            "shape": KIND_SHAPES.get(k, _DEFAULT_SHAPE),
            "color": KIND_COLOURS.get(k, _DEFAULT_COLOUR),
            "count": kind_counts[k],
        }
        for k in sorted(
            kind_counts, key=lambda k: (_KIND_ORDER.index(k) if k in _KIND_ORDER else 99, k)
        )
    ]
    shown_sector = {s: translate["sector"].get(s, s) for s in sector_names}
    sectors_legend = [
        {
            "sector": s,
            "name": shown_sector[s],
            "color": sector_colour[s],
            "count": sector_counts.get(s, 0),
        }
        for s in sorted(
            sector_names, key=lambda s: (shown_sector[s].casefold(), shown_sector[s], s)
        )
    ]
    return {
        "lang": lang,
        "title": title or ui["title"],
        "ui": {k: v for k, v in ui.items() if isinstance(v, str)},
        "sizeNote": ui["size"].format(measure=ui["field"][size_by]) if size_by != "none" else "",
        "physics": not big,
        "directed": G.is_directed(),
        "options": _vis_options(big=big, directed=G.is_directed()),
        "kinds": kinds_legend,
        "sectors": sectors_legend,
        "nodes": nodes_out,
        "edges": edges_out,
    }


def _vis_options(*, big: bool, directed: bool) -> dict[str, Any]:
    """vis-network options, started from pyvis's option object (straight edges, bounded physics)."""
    from pyvis.network import Network  # slow import (IPython): only when a page is written

    net = Network(directed=directed, cdn_resources="in_line")
    net.options.edges.smooth.enabled = False  # no hidden physics node per edge
    if big:
        net.toggle_physics(False)
    else:
        # forceAtlas2: repulsion grows with degree, so hubs sharing members (a
        # coalition and its city) push apart instead of piling up in the middle.
        net.force_atlas_2based(
            gravity=-90,
            central_gravity=0.01,
            spring_length=120,
            spring_strength=0.05,
            damping=0.5,
            overlap=0.8,
        )
    options: dict[str, Any] = json.loads(net.options.to_json())
    options["edges"] = {
        "smooth": False,
        "width": 1,
        "selectionWidth": 2,
        "arrows": {"to": {"enabled": directed and not big, "scaleFactor": 0.5}},
        "color": {"inherit": False, "opacity": 0.8},
    }
    options["nodes"] = {
        "borderWidth": 1,
        "font": {
            "size": _MIN_FONT,
            "face": "system-ui, sans-serif",
            "strokeWidth": 3,
            "strokeColor": "#ffffff",
        },
        "scaling": {"label": {"drawThreshold": 7}},  # hide labels too small to read
    }
    options["interaction"] = {
        "hover": True,
        "tooltipDelay": 120,
        "hideEdgesOnDrag": big,
        "hideEdgesOnZoom": big,
        "multiselect": False,
        "navigationButtons": False,
        "keyboard": False,
    }
    options["layout"] = {"randomSeed": analyze.SEED, "improvedLayout": False}
    physics = options["physics"]
    physics["minVelocity"] = 1
    physics["stabilization"] = {
        "enabled": not big,
        "iterations": 200,
        "updateInterval": 50,
        "fit": True,
    }
    return options


# ---------------------------------------------------------------------------
# rendering


def _json_for_html(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


def _inline_script(code: str) -> str:
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _inline_style(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def _csp_hash(code: str) -> str:
    return (
        "'sha256-"
        + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
        + "'"
    )


def _vis_lib() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib"
    folders = sorted(
        lib.glob("vis-*/vis-network.min.js"),
        key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)],
    )
    if not folders:
        raise FileNotFoundError(f"vis-network.min.js not found under {lib}")
    folder = folders[-1].parent
    return (folder / "vis-network.min.js").read_text(encoding="utf-8"), (
        folder / "vis-network.css"
    ).read_text(encoding="utf-8")


def render_html(data: dict[str, Any]) -> str:
    """The page for :func:`page_data`'s output, as a string."""
    vis_js, vis_css = _vis_lib()
    vis_js = _inline_script(vis_js)
    app_js = _inline_script((TEMPLATES / "network.js").read_text(encoding="utf-8"))
    app_css = _inline_style((TEMPLATES / "network.css").read_text(encoding="utf-8"))
    template = (TEMPLATES / "network.html").read_text(encoding="utf-8")
    values = {
        "lang": html.escape(str(data["lang"]), quote=True),
        "title": html.escape(str(data["title"]), quote=True),
        "csp_scripts": " ".join([_csp_hash(vis_js), _csp_hash(app_js)]),
        "vis_css": _inline_style(vis_css),
        "app_css": app_css,
        "vis_js": vis_js,
        "app_js": app_js,
        "data": _json_for_html(data),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], template)


def write_html(
    G: nx.Graph,
    out: Path,
    *,
    lang: str = "nl",
    title: str | None = None,
    size_by: str = "degree",
) -> Path:
    """Write the interactive network view of ``G`` to ``out`` (one offline HTML file).

    ``lang`` ("nl" or "en") picks labels and page text; ``title`` defaults to a
    title in that language; ``size_by`` is one of :data:`SIZE_BY`. Node colour
    is the organisation's sector (or the node kind), shape the node kind, size
    the centrality. The file is written atomically (temp file + rename) and
    is byte-identical for the same graph and arguments. Returns ``out``.
    """
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {SIZE_BY}, not {size_by!r}")
    out = Path(out)
    page = render_html(page_data(G, lang=lang, title=title, size_by=size_by))
    atomic_write(out, page)
    return out
