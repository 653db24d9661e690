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
from kg.network import measures, style
from kg.network.layout import layout_positions
from kg.network.pages import render

__all__ = ["LAYOUT_THRESHOLD", "SIZE_BY", "page_data", "render_html", "write_html"]

LAYOUT_THRESHOLD = 500
"""At or above this many nodes positions are computed in Python and physics is off."""
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


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _translations(G: nx.Graph, lang: str) -> dict[str, dict[str, str]]:
    """Default label -> label in `lang`, per kind, for the names organisations refer to."""
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
            found[field][str(label)] = measures.label_of(G, node, lang)
    return found


def page_data(
    G: nx.Graph, *, lang: str = "nl", title: str | None = None, size_by: str = "degree"
) -> dict[str, Any]:
    """Everything the page script needs, as JSON-ready data (deterministic order)."""
    if lang not in style.UI:
        raise ValueError(f"lang must be one of {sorted(style.UI)}, not {lang!r}")
    ui = style.UI[lang]
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
    sector_colour = {
        s: style.SECTOR_PALETTE[i % len(style.SECTOR_PALETTE)] for i, s in enumerate(sector_names)
    }

    def node_sector(node: Hashable) -> str | None:
        data = G.nodes[node]
        if data.get("kind") == "organisation" and data.get("sector"):
            return str(data["sector"])
        if data.get("kind") == "sector" and str(data.get("label", "")) in sector_colour:
            return str(data["label"])
        return None

    def node_label(node: Hashable) -> str:
        return measures.label_of(G, node, lang)

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
        for field in style.EDGE_FIELDS:
            if data.get(field) not in (None, ""):
                details.append(
                    [ui["field"][field], _text(data[field]), 1 if field in style.URL_FIELDS else 0]
                )
        edges_out.append(
            {
                "id": f"e{i}",
                "from": str(u),
                "to": str(v),
                "kind": kind,
                "color": style.EDGE_COLOURS.get(kind, style.EDGE_DEFAULT),
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
            sector_colour[sector]
            if sector is not None
            else style.KIND_COLOURS.get(kind, style.DEFAULT_COLOUR)
        )
        details = [[ui["field"]["kind"], ui["kind"].get(kind, kind), 0]]
        for field in style.NODE_FIELDS:
            value = data.get(field)
            if value in (None, ""):
                continue
            text = _text(value)
            text = translate.get(field, {}).get(text, text)
            details.append([ui["field"][field], text, 1 if field in style.URL_FIELDS else 0])
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
            "shape": style.KIND_SHAPES.get(kind, style.DEFAULT_SHAPE),
            "color": colour,
            "size": round(style.MIN_SIZE + (style.MAX_SIZE - style.MIN_SIZE) * share, 1),
            "details": details,
        }
        font = round(style.MIN_FONT + (style.MAX_FONT - style.MIN_FONT) * share)
        if font != style.MIN_FONT:
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
            "shape": style.KIND_SHAPES.get(k, style.DEFAULT_SHAPE),
            "color": style.KIND_COLOURS.get(k, style.DEFAULT_COLOUR),
            "count": kind_counts[k],
        }
        for k in sorted(
            kind_counts,
            key=lambda k: (style.KIND_ORDER.index(k) if k in style.KIND_ORDER else 99, k),
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
            "size": style.MIN_FONT,
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
    options["layout"] = {"randomSeed": measures.SEED, "improvedLayout": False}
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
        title=str(data["title"]),
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
) -> Path:
    """Write the interactive network view of `G` to `out` (one offline HTML file).

    The file is written atomically (temp file + rename) and is byte-identical for the same graph
    and arguments. Node colour is the organisation's sector (or the node kind), shape the node
    kind, size the centrality.

    Args:
        G: the graph or view to draw.
        out: the HTML file to write.
        lang: "nl" or "en": picks labels and page text.
        title: the page title; defaults to a title in `lang`.
        size_by: one of `SIZE_BY`.

    Returns:
        `out`.
    """
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {SIZE_BY}, not {size_by!r}")
    out = Path(out)
    page = render_html(page_data(G, lang=lang, title=title, size_by=size_by))
    atomic_write(out, page)
    return out
