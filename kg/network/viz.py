"""The offline interactive network page: the data its script draws, and the one HTML file.

`write_html` turns a dlkg networkx graph (see `kg.network.measures` for the contract) into ONE
self-contained HTML file: vis-network (from the installed pyvis package) and our own script and
styles are inlined, the graph goes in as JSON data, and the page fetches nothing. It opens from
`file://`.

Safety: the page is a Jinja2 template with autoescape. All graph text reaches the page only
inside a `<script type="application/json">` block with `<`, `>`, `&`, U+2028 and U+2029 escaped;
the page script reads it with `JSON.parse` and puts it on screen with `textContent` (tooltips are
DOM elements, never HTML strings). A Content-Security-Policy allows only the page's own inline
scripts (by hash) and no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import networkx as nx
from markupsafe import Markup

from kg.assets import asset
from kg.files import atomic_write
from kg.network import DEFAULT_VIEW, VIEW_KINDS, VIEWS, measures, style
from kg.network.details import LANGS, edge_details, membership_rows, node_details, text
from kg.network.facets import Facets, co_members
from kg.network.layout import label_layout, layout_positions, node_box, wrap_label
from kg.network.pages import render

__all__ = [
    "LABEL_LAYOUT_LIMIT",
    "SIZE_BY",
    "page_data",
    "render_html",
    "write_html",
]

LABEL_LAYOUT_LIMIT = 150
"""Views of up to this many nodes get positions in which no two labels overlap; bigger ones a
cheap layout (their labels show as one zooms in)."""

SIZE_BY = ("degree", "betweenness", "eigenvector", "none")
"""Centrality measures `size_by` accepts ("none" gives every node one size)."""


# ---------------------------------------------------------------------------
# page data


def _scores(G: nx.Graph, size_by: str) -> dict[Hashable, float]:
    if size_by == "degree":
        return {n: float(d) for n, d in measures.degree(G).items()}
    if size_by == "betweenness":
        big = G.number_of_nodes() > measures.BETWEENNESS_EXACT_LIMIT
        k = measures.BETWEENNESS_SAMPLE if big else None
        return measures.betweenness_centrality(G, k=k)
    if size_by == "eigenvector":
        return measures.eigenvector_centrality(G)
    if size_by == "none":
        return {n: 1.0 for n in G}
    raise ValueError(f"size_by must be one of {SIZE_BY}, not {size_by!r}")


def _names(G: nx.Graph, lang: str) -> dict[str, dict[str, str]]:
    """Default label -> label in `lang`, per field, for the concepts organisations refer to."""
    wanted = {"sector": "sector", "sector-group": "sector_group", "type": "org_type"}
    wanted["region"] = "city"
    found: dict[str, dict[str, str]] = {field: {} for field in wanted.values()}
    for node, kind in sorted(G.nodes(data="kind"), key=lambda item: str(item[0])):
        field = wanted.get(kind)
        label = G.nodes[node].get("label")
        if field is not None and label and label not in found[field]:
            found[field][str(label)] = measures.label_of(G, node, lang)
    return found


def _is_membership(G: nx.Graph, u: Hashable, v: Hashable, data: dict[str, Any]) -> bool:
    kinds = {G.nodes[u].get("kind"), G.nodes[v].get("kind")}
    return data.get("kind") == "member-of" or (
        not data.get("kind") and kinds == {"organisation", "coalition"}
    )


def _shape(data: dict[str, Any]) -> str:
    kind = data.get("kind")
    if kind == "coalition":
        ckind = data.get("collaboration_kind")
        return style.COLLABORATION_SHAPES.get(str(ckind or ""), style.COLLABORATION_DEFAULT_SHAPE)
    return style.KIND_SHAPES.get(str(kind), style.DEFAULT_SHAPE)


def page_data(
    G: nx.Graph,
    *,
    lang: str = "nl",
    title: str | None = None,
    size_by: str = "degree",
    view: str = DEFAULT_VIEW,
    as_of: str | None = None,
    focus: str | None = None,
) -> dict[str, Any]:
    """Everything the page script needs, as JSON-ready data (deterministic order).

    The page holds the whole graph in both languages and draws one view of it at a time
    (`kg.network.VIEW_KINDS`), each with its own positions; `view`, `as_of` (a date in the
    graph's `known_dates`, or None for now) and `focus` (a node id) are where it opens.
    """
    if lang not in style.UI:
        raise ValueError(f"lang must be one of {sorted(style.UI)}, not {lang!r}")
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r} (known: {', '.join(VIEWS)})")
    scores = _scores(G, size_by)
    top = max(scores.values(), default=0.0) or 1.0
    names = {code: _names(G, code) for code in LANGS}
    facets = Facets(G)
    colours = facets.colours()
    order = sorted(G.nodes, key=str)
    index = {node: i for i, node in enumerate(order)}

    memberships: dict[Hashable, dict[str, list[list[Any]]]] = {}
    edges_out: list[dict[str, Any]] = []
    edge_items = []
    for u, v, data in G.edges(data=True):
        if not G.is_directed() and str(v) < str(u):
            u, v = v, u
        edge_items.append(
            (str(u), str(v), json.dumps(data, sort_keys=True, default=str), u, v, data)
        )
    edge_items.sort(key=lambda item: item[:3])
    member_edges: dict[tuple[str, str], str] = {}
    co_colour = style.EDGE_COLOURS["co-member"]
    for i, (_, _, _, u, v, data) in enumerate(edge_items):
        kind = text(data.get("kind", ""))
        item: dict[str, Any] = {
            "id": f"e{i}",
            "from": str(u),
            "to": str(v),
            "kind": kind,
            "color": style.EDGE_COLOURS.get(kind, style.EDGE_DEFAULT),
            "details": {code: edge_details(G, u, v, data, code) for code in LANGS},
        }
        if _is_membership(G, u, v, data):
            org, coalition = (u, v) if G.nodes[u].get("kind") == "organisation" else (v, u)
            member_edges.setdefault((str(org), str(coalition)), item["id"])
            item["member"] = 1
            for field, key in (("known_since", "since"), ("ended_by", "ended")):
                if data.get(field):
                    item[key] = text(data[field])
            for code in LANGS:
                rows = membership_rows(G, org, coalition, data, code)
                memberships.setdefault(org, {}).setdefault(code, []).extend(rows)
        edges_out.append(item)
    for i, link in enumerate(co_members(G, member_edges)):
        # the page words these links itself (there may be many): kind, ends, shared count
        edges_out.append({"id": f"c{i}", "kind": "co-member", "color": co_colour, **link})
        edges_out[-1]["width"] = min(1 + len(link["via"]), 6)

    nodes_out: list[dict[str, Any]] = []
    kind_counts: dict[str, int] = {}
    for node in order:
        data = G.nodes[node]
        kind = text(data.get("kind", ""))
        kind_counts[kind] = kind_counts.get(kind, 0) + 1
        facet = facets.of(node)
        if "sector" in facet:
            colour = colours[facet["sector"]]
        else:
            colour = style.KIND_COLOURS.get(kind, style.DEFAULT_COLOUR)
        share = math.sqrt(scores.get(node, 0.0) / top)  # area grows with the score
        score = None
        if size_by != "none":
            value = scores.get(node, 0.0)
            score = str(int(value)) if size_by == "degree" else f"{value:.3f}"
        labels = {code: measures.label_of(G, node, code) for code in LANGS}
        item = {
            "id": str(node),
            "kind": kind,
            "label": labels,
            "text": {code: wrap_label(labels[code]) for code in LANGS},
            "facets": facet,
            "shape": _shape(data),
            "color": colour,
            "size": round(style.MIN_SIZE + (style.MAX_SIZE - style.MIN_SIZE) * share, 1),
            "font": round(style.MIN_FONT + (style.MAX_FONT - style.MIN_FONT) * share),
            "details": {
                code: node_details(
                    G,
                    node,
                    code,
                    names=names[code],
                    memberships=memberships.get(node, {}).get(code, []),
                    score=score,
                    measure=size_by,
                )
                for code in LANGS
            },
        }
        if kind == "region":
            item["dashes"] = True
        nodes_out.append(item)

    shapes_of: dict[str, set[str]] = {}
    for n in nodes_out:
        shapes_of.setdefault(n["kind"], set()).add(n["shape"])
    # the legend draws a kind with its nodes' shape, or a dot when they differ (kinds of
    # collaboration have their own legend)
    kind_shapes = {k: min(v) if len(v) == 1 else "dot" for k, v in shapes_of.items()}
    views, positions = _views(G, nodes_out, edges_out, index)
    start = view if view in views else ("bipartite" if view == "members" else "all")
    dates = sorted(set(G.graph.get("known_dates", "").split()))
    return {
        "lang": lang,
        "title": {code: title or style.UI[code]["title"] for code in LANGS},
        "ui": {code: _ui(code, size_by) for code in LANGS},
        "view": start if start in views else views[0],
        "views": views,
        "viewKinds": {
            name: [sorted(VIEW_KINDS[name][0]), sorted(VIEW_KINDS[name][1])]
            for name in views
            if name in VIEW_KINDS
        },
        "positions": positions,
        "dates": dates,
        "asOf": as_of if as_of in dates else None,
        "focus": focus if focus is not None and focus in G else None,
        "directed": G.is_directed(),
        "options": _vis_options(directed=G.is_directed()),
        "kinds": [
            {
                "kind": k,
                "name": {code: style.UI[code]["kind"].get(k, k) or "?" for code in LANGS},
                "shape": kind_shapes.get(k) or style.KIND_SHAPES.get(k, style.DEFAULT_SHAPE),
                "color": style.KIND_COLOURS.get(k, style.DEFAULT_COLOUR),
                "count": kind_counts[k],
            }
            for k in sorted(
                kind_counts,
                key=lambda k: (style.KIND_ORDER.index(k) if k in style.KIND_ORDER else 99, k),
            )
        ],
        "facets": {facet: facets.legend(facet) for facet in ("sector", "ckind", "place", "type")},
        "nodes": nodes_out,
        "edges": edges_out,
    }


def _ui(lang: str, size_by: str) -> dict[str, Any]:
    ui = style.UI[lang]
    words: dict[str, Any] = {k: v for k, v in ui.items() if isinstance(v, str)}
    words["views"] = ui["views"]
    words["coMember"] = [ui["field"][f] for f in ("kind", "from", "to", "weight")]
    words["coMember"].append(ui["edge"]["co-member"])
    words["sizeNote"] = ui["size"].format(measure=ui["field"][size_by]) if size_by != "none" else ""
    return words


def _in_view(name: str, kind: str, edge_kind: str | None = None) -> bool:
    if name == "all":
        return edge_kind != "co-member"
    node_kinds, edge_kinds = VIEW_KINDS[name]
    if edge_kind is None:
        return kind in node_kinds
    return (edge_kind or "") in edge_kinds or (not edge_kind and name != "organisations")


def _views(
    G: nx.Graph,
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    index: dict[Hashable, int],
) -> tuple[list[str], dict[str, list[list[float] | None]]]:
    """The views worth offering (a view of nodes no other view shows, or of another set of
    links), and each one's positions: label-aware for small views, cheap for big ones."""
    offered: list[str] = []
    positions: dict[str, list[list[float] | None]] = {}
    seen: dict[tuple[frozenset[int], frozenset[str]], str] = {}
    # the same picture twice is offered once: the broad views win over sectors and themes
    for name in ("bipartite", "all", "organisations", "sectors", "themes"):
        shown = frozenset(i for i, n in enumerate(nodes) if _in_view(name, n["kind"]))
        links = frozenset(
            e["id"]
            for e in edges
            if _in_view(name, "", e["kind"])
            and index.get(e["from"], -1) in shown
            and index.get(e["to"], -1) in shown
        )
        if not shown or (name == "organisations" and not links):
            continue
        if (shown, links) in seen:
            continue
        offered.append(name)
        seen[(shown, links)] = name
        H = nx.Graph()
        H.add_nodes_from(nodes[i]["id"] for i in sorted(shown))
        H.add_edges_from((e["from"], e["to"]) for e in edges if e["id"] in links)
        if len(shown) <= LABEL_LAYOUT_LIMIT:
            boxes = {
                n["id"]: node_box(list(n["text"].values()), n["font"], n["size"])
                for n in (nodes[i] for i in shown)
            }
            placed = label_layout(H, boxes)
        else:
            placed = layout_positions(H)
        positions[name] = [
            list(placed[n["id"]]) if i in shown else None for i, n in enumerate(nodes)
        ]
    if not offered:
        offered, positions["all"] = ["all"], [None] * len(nodes)
    return [v for v in VIEWS if v in offered], positions


def _vis_options(*, directed: bool) -> dict[str, Any]:
    """vis-network options, started from pyvis's option object: straight edges, no physics (the
    positions come from Python, so the picture is the same on every screen and every load)."""
    from pyvis.network import Network  # slow import (IPython): only when a page is written

    net = Network(directed=directed, cdn_resources="in_line")
    net.options.edges.smooth.enabled = False  # no hidden physics node per edge
    net.toggle_physics(False)
    options: dict[str, Any] = json.loads(net.options.to_json())
    options["edges"] = {
        "smooth": False,
        "width": 1,
        "selectionWidth": 2,
        "arrows": {"to": {"enabled": False, "scaleFactor": 0.5}},
        "color": {"inherit": False, "opacity": 0.8},
    }
    options["nodes"] = {
        "borderWidth": 1,
        "font": {
            "size": style.MIN_FONT,
            "face": "system-ui, sans-serif",
            "strokeWidth": 3,
            "strokeColor": "#ffffff",
        },
        "scaling": {"label": {"drawThreshold": 5}},  # hide labels too small to read
    }
    options["interaction"] = {
        "hover": True,
        "tooltipDelay": 120,
        "hideEdgesOnDrag": False,
        "hideEdgesOnZoom": False,
        "multiselect": False,
        "navigationButtons": False,
        "keyboard": False,
    }
    options["layout"] = {"randomSeed": measures.SEED, "improvedLayout": False}
    options["physics"] = {"enabled": False, "stabilization": {"enabled": False}}
    return options


# ---------------------------------------------------------------------------
# rendering


def _json_for_html(data: Any) -> str:
    r"""Compact JSON that is safe inside a `<script>` element: no `<`, `>`, `&`, U+2028, U+2029.

    >>> print(_json_for_html({"name": "</script>&\u2028"}))
    {"name":"\u003c/script\u003e\u0026\u2028"}
    """
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


def _inline(code: str, element: str) -> str:
    """`code` made safe to inline in a `<script>` or `<style>` element: its end tag is broken.

    >>> print(_inline("a = '</SCRIPT>'", "script"))
    a = '<\\/SCRIPT>'
    """
    return re.sub(rf"</({element})", r"<\\/\1", code, flags=re.IGNORECASE)


def _csp_hash(code: str) -> str:
    """The base64 SHA-256 of an inline script, for the page's Content-Security-Policy."""
    return base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")


def _vis_lib() -> tuple[str, str]:
    """vis-network's script and styles from the newest copy the installed pyvis carries."""
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
    """The page for `page_data`'s output, as a string."""
    vis_js, vis_css = _vis_lib()
    vis_js = _inline(vis_js, "script")
    app_js = _inline(asset("templates", "network.js").read_text(encoding="utf-8"), "script")
    app_css = _inline(asset("templates", "network.css").read_text(encoding="utf-8"), "style")
    # Markup, deliberately and only here: code inlined verbatim (its end tags broken above) and
    # JSON whose <, >, & and line separators are escaped. Everything else the template escapes.
    return render(
        "network.html",
        lang=str(data["lang"]),
        title=str(data["title"][data["lang"]]),
        script_hashes=[_csp_hash(vis_js), _csp_hash(app_js)],
        vis_css=Markup(_inline(vis_css, "style")),
        app_css=Markup(app_css),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
        data=Markup(_json_for_html(data)),
    )


def write_html(
    G: nx.Graph,
    out: Path,
    *,
    lang: str = "nl",
    title: str | None = None,
    size_by: str = "degree",
    view: str = DEFAULT_VIEW,
    as_of: str | None = None,
    focus: str | None = None,
) -> Path:
    """Write the interactive network view of `G` to `out` (one offline HTML file).

    The file is written atomically (temp file + rename) and is byte-identical for the same graph
    and arguments. Node colour is the organisation's sector, shape the node kind (for a
    collaboration, its kind), size the centrality; positions are computed here.

    Args:
        G: the graph (the whole projection: the page offers its views).
        out: the HTML file to write.
        lang: "nl" or "en": the language it opens in (it carries both).
        title: the page title; defaults to a title in each language.
        size_by: one of `SIZE_BY`.
        view: the view it opens on, one of `kg.network.VIEWS`.
        as_of: the date it opens on (one of the graph's `known_dates`), or None for now.
        focus: a node it opens focused on.

    Returns:
        `out`.
    """
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {SIZE_BY}, not {size_by!r}")
    out = Path(out)
    data = page_data(
        G, lang=lang, title=title, size_by=size_by, view=view, as_of=as_of, focus=focus
    )
    atomic_write(out, render_html(data))
    return out
