"""`kg report`: one self-contained HTML page a policy maker can read, every fact with its source.

The page tells what the graph tells: it is drawn from the same projection as the network view.
It is stamped with the build's date and the SHA-256 of its graph, so a printed copy can be
traced to its data. Every text is escaped; the page loads nothing from anywhere.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from collections.abc import Iterable
from html import escape
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

from kg.assets import asset

if TYPE_CHECKING:
    import networkx as nx

    from kg.sparql.engine import Engine

__all__ = ["render_report", "write_report"]

TEXT = {
    "en": {
        "title": "Report",
        "numbers": "In numbers",
        "members": "Members",
        "mix": "Sector mix",
        "goals": "Goals",
        "timeline": "Join timeline",
        "gaps": "Data-quality gaps",
        "network": "Network",
        "sources": "Sources",
        "partners": "partners in the graph",
        "stated": "partners stated by the sources",
        "sectors": "sectors",
        "groups": "sector groups",
        "founded": "founded",
        "name": "Organisation",
        "type": "Type",
        "sector": "Sector",
        "city": "City",
        "website": "Website",
        "order": "Join order",
        "source": "Source",
        "evidence": "Source sentence",
        "aim": "Aim",
        "year": "Target year",
        "regions": "Regions",
        "passed": "Passed",
        "yes": "yes",
        "no": "no",
        "joined": "Joined",
        "missing": "Missing",
        "none": "No gaps.",
        "unknown": "not stated",
        "built": "Built",
        "hash": "Graph SHA-256",
        "agree": "The stated and listed counts agree.",
        "disagree": "The stated and listed counts differ.",
        "wikidata": "Wikidata id",
        "view": "Open the interactive network",
    },
    "nl": {
        "title": "Rapport",
        "numbers": "In cijfers",
        "members": "Leden",
        "mix": "Sectormix",
        "goals": "Doelen",
        "timeline": "Tijdlijn van toetreden",
        "gaps": "Gaten in de gegevens",
        "network": "Netwerk",
        "sources": "Bronnen",
        "partners": "partners in de graaf",
        "stated": "partners volgens de bronnen",
        "sectors": "sectoren",
        "groups": "sectorgroepen",
        "founded": "opgericht",
        "name": "Organisatie",
        "type": "Type",
        "sector": "Sector",
        "city": "Plaats",
        "website": "Website",
        "order": "Volgorde",
        "source": "Bron",
        "evidence": "Bronzin",
        "aim": "Doel",
        "year": "Doeljaar",
        "regions": "Regio's",
        "passed": "Verstreken",
        "yes": "ja",
        "no": "nee",
        "joined": "Toegetreden",
        "missing": "Ontbreekt",
        "none": "Geen gaten.",
        "unknown": "niet vermeld",
        "built": "Gebouwd",
        "hash": "SHA-256 van de graaf",
        "agree": "Genoemd en geteld aantal komen overeen.",
        "disagree": "Genoemd en geteld aantal verschillen.",
        "wikidata": "Wikidata-id",
        "view": "Open het interactieve netwerk",
    },
}
TEMPLATE = asset("templates", "report.html")
PALETTE = (
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#e7298a",
    "#66a61e",
    "#e6ab02",
    "#a6761d",
    "#666666",
    "#1f78b4",
    "#b2df8a",
    "#fb9a99",
    "#cab2d6",
)


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _link(url: str | None, text: str | None = None) -> str:
    """A link only for http(s) URLs; anything else stays text."""
    if not url:
        return ""
    if not url.startswith(("https://", "http://")):
        return _e(text or url)
    return f'<a href="{_e(url)}" rel="noreferrer">{_e(text or url)}</a>'


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], css: str = "") -> str:
    """An HTML table; cells must already be escaped."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


Member = tuple[str, dict[str, Any], dict[str, Any]]


def _members(G: nx.MultiDiGraph, coalition: str) -> list[Member]:
    """(organisation, its attributes, the membership's attributes), by join order then name."""
    found = [
        (u, G.nodes[u], d)
        for u, v, d in G.in_edges(coalition, data=True)
        if d.get("kind") == "member-of"
    ]
    return sorted(
        found, key=lambda m: (m[2].get("join_order") or math.inf, m[1]["label"].casefold())
    )


def _bars(rows: list[tuple[str, int]], total: int) -> str:
    """A horizontal bar chart as inline SVG."""
    height, width = 22, 420
    parts = [
        f'<svg class="bars" role="img" viewBox="0 0 {width + 260} {height * len(rows) + 4}" '
        f'width="{width + 260}" height="{height * len(rows) + 4}">'
    ]
    for i, (name, count) in enumerate(rows):
        y = i * height + 2
        bar = max(2, round(width * count / max(total, 1)))
        share = f"{100 * count / max(total, 1):.0f}%"
        parts.append(
            f'<text x="0" y="{y + 15}" class="label">{_e(name)}</text>'
            f'<rect x="170" y="{y + 3}" width="{bar}" height="{height - 6}" '
            f'fill="{PALETTE[i % len(PALETTE)]}"></rect>'
            f'<text x="{176 + bar}" y="{y + 15}">{count} ({share})</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _network_svg(G: nx.MultiDiGraph, coalition: str) -> str:
    """The coalition and its members as a static, printable star drawing, coloured by sector."""
    members = _members(G, coalition)
    sectors = sorted({m[1].get("sector", "?") for m in members})
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sectors)}
    size, radius = 640, 230
    centre = size / 2
    parts = [
        f'<svg class="network" role="img" viewBox="0 0 {size} {size}" width="{size}" '
        f'height="{size}" aria-label="{_e(G.nodes[coalition]["label"])}">'
    ]
    points = []
    for i, (_node, attrs, _m) in enumerate(members):
        angle = 2 * math.pi * i / max(len(members), 1) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        points.append((x, y, attrs))
        parts.append(f'<line x1="{centre:.1f}" y1="{centre:.1f}" x2="{x:.1f}" y2="{y:.1f}"></line>')
    parts.append(f'<circle cx="{centre}" cy="{centre}" r="16" class="coalition"></circle>')
    for x, y, attrs in points:
        anchor = "start" if x >= centre else "end"
        dx = 12 if x >= centre else -12
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="8" '
            f'fill="{colour[attrs.get("sector", "?")]}"><title>{_e(attrs["label"])}'
            f'</title></circle><text x="{x + dx:.1f}" y="{y + 4:.1f}" '
            f'text-anchor="{anchor}">{_e(attrs["label"])}</text>'
        )
    parts.append("</svg>")
    legend = "".join(
        f'<li><span class="swatch" style="background:{colour[s]}"></span>{_e(s)}</li>'
        for s in sectors
    )
    return "".join(parts) + f'<ul class="legend">{legend}</ul>'


def _coalition_section(G: nx.MultiDiGraph, coalition: str, t: dict[str, str], year: int) -> str:
    attrs = G.nodes[coalition]
    slug = coalition.rstrip("/").rsplit("/", 1)[-1]
    members = _members(G, coalition)
    listed = len(members)
    stated = attrs.get("stated_partners")
    sectors = {m[1].get("sector") for m in members if m[1].get("sector")}
    groups = {m[1].get("sector_group") for m in members if m[1].get("sector_group")}
    numbers = [f"<li><strong>{listed}</strong> {_e(t['partners'])}</li>"]
    if stated is not None:
        verdict = t["agree"] if stated == listed else t["disagree"]
        numbers.append(f"<li><strong>{stated}</strong> {_e(t['stated'])}: {_e(verdict)}</li>")
    numbers.append(
        f"<li><strong>{len(sectors)}</strong> {_e(t['sectors'])}, "
        f"<strong>{len(groups)}</strong> {_e(t['groups'])}</li>"
    )
    if attrs.get("founded"):
        numbers.append(f"<li>{_e(t['founded'])}: <strong>{_e(attrs['founded'])}</strong></li>")

    quotes: dict[str, int] = {}
    for _, _o, m in members:
        if m.get("evidence"):
            quotes.setdefault(m["evidence"], len(quotes) + 1)
    member_rows = [
        [
            _e(o["label"]),
            _e(o.get("org_type")),
            _e(o.get("sector")),
            _e(o.get("city")),
            _link(o.get("website")),
            _e(m.get("join_order")),
            _link(m.get("source_url"), m.get("source")) or _e(m.get("source")),
            f'<a href="#q-{slug}-{quotes[m["evidence"]]}">[{quotes[m["evidence"]]}]</a>'
            if m.get("evidence")
            else "",
        ]
        for _, o, m in members
    ]
    quoted = "".join(
        f'<li id="q-{slug}-{n}" value="{n}"><q>{_e(text)}</q></li>' for text, n in quotes.items()
    )
    mix: dict[str, int] = {}
    for _, o, _m in members:
        mix[o.get("sector") or t["unknown"]] = mix.get(o.get("sector") or t["unknown"], 0) + 1
    mix_rows = sorted(mix.items(), key=lambda kv: (-kv[1], kv[0]))

    goal_rows = []
    for goal_id, goal in sorted(
        (
            (v, G.nodes[v])
            for _, v, d in G.out_edges(coalition, data=True)
            if d.get("kind") == "aims-at"
        ),
        key=lambda g: g[0],
    ):
        regions = sorted(
            G.nodes[r]["label"]
            for _, r, d in G.out_edges(goal_id, data=True)
            if d.get("kind") == "targets"
        )
        target = goal.get("target_year")
        passed = t["yes"] if target is not None and target < year else t["no"]
        goal_rows.append(
            [_e(goal.get("aim") or goal["label"]), _e(target), _e(", ".join(regions)), _e(passed)]
        )
    timeline = "".join(
        f"<li><strong>{_e(m.get('join_order') or t['unknown'])}</strong> "
        f"{_e(o['label'])}"
        + (f" ({_e(t['joined'])} {_e(m['joined'])})" if m.get("joined") else "")
        + "</li>"
        for _, o, m in members
    )
    gap_rows = []
    for _, o, _m in members:
        missing = [
            t[key]
            for key, attr in (
                ("sector", "sector"),
                ("city", "city"),
                ("website", "website"),
                ("wikidata", "wikidata"),
            )
            if not o.get(attr)
        ]
        if missing:
            gap_rows.append([_e(o["label"]), _e(", ".join(missing))])
    return f"""
<section class="coalition">
<h2>{_e(attrs["label"])}</h2>
<h3>{_e(t["numbers"])}</h3><ul class="numbers">{"".join(numbers)}</ul>
<h3>{_e(t["members"])}</h3>
{
        _table(
            [
                t[k]
                for k in (
                    "name",
                    "type",
                    "sector",
                    "city",
                    "website",
                    "order",
                    "source",
                    "evidence",
                )
            ],
            member_rows,
            "members",
        )
    }
<ol class="quotes">{quoted}</ol>
<h3>{_e(t["mix"])}</h3>{_bars(mix_rows, listed)}
<h3>{_e(t["goals"])}</h3>
{_table([t["aim"], t["year"], t["regions"], t["passed"]], goal_rows, "goals")}
<h3>{_e(t["timeline"])}</h3><ul class="timeline">{timeline}</ul>
<h3>{_e(t["gaps"])}</h3>
{_table([t["name"], t["missing"]], gap_rows, "gaps") if gap_rows else f"<p>{_e(t['none'])}</p>"}
<h3>{_e(t["network"])}</h3>{_network_svg(G, coalition)}
</section>"""


def _sources(engine: Engine) -> list[tuple[str, str, str | None]]:
    result = engine.query("""PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?doc ?title ?url WHERE { ?doc a prov:Entity ; dcterms:title ?title
        OPTIONAL { ?doc schema:url ?url } } ORDER BY ?title""")
    return [(str(d), str(t), None if u is None else str(u)) for d, t, u in result.rows]


def _stamp(kg: str | Path) -> tuple[str, str]:
    """The build's date (UTC, from its graph file) and the SHA-256 of that file."""
    path = Path(kg)
    file = path / "kg.nt" if path.is_dir() else path
    if not file.is_file():
        file = path / "kg.trig"
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    built = datetime.datetime.fromtimestamp(file.stat().st_mtime, tz=datetime.UTC)
    return built.strftime("%Y-%m-%d %H:%M UTC"), digest


def render_report(kg: str | Path = "build", lang: str = "en", year: int | None = None) -> str:
    """The report page as a string."""
    from kg.network.project import project
    from kg.sparql.engine import open_engine

    t = TEXT[lang]
    engine = open_engine(kg)
    G = project(engine, lang)
    year = year or datetime.date.today().year
    coalitions = sorted(
        (n for n, d in G.nodes(data=True) if d["kind"] == "coalition"),
        key=lambda n: G.nodes[n]["label"].casefold(),
    )
    built, digest = _stamp(kg)
    sections = "".join(_coalition_section(G, c, t, year) for c in coalitions)
    sources = "".join(
        f"<li>{_link(url, title) or _e(title)}</li>" for _, title, url in _sources(engine)
    )
    names = ", ".join(G.nodes[c]["label"] for c in coalitions) or "dlkg"
    page = Template(TEMPLATE.read_text(encoding="utf-8"))
    return page.substitute(
        lang=_e(lang),
        title=_e(f"{names}: {t['title']}"),
        heading=_e(names),
        sections=sections,
        sources_heading=_e(t["sources"]),
        sources=sources,
        stamp=_e(f"{t['built']}: {built} · {t['hash']}: {digest}"),
        digest=_e(digest),
    )


def write_report(kg: str | Path, out: Path, *, lang: str = "en") -> Path:
    """Write the report page atomically."""
    from kg.files import atomic_write

    return atomic_write(out, render_report(kg, lang))
