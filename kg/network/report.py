"""`kg report`: one self-contained HTML page a policy maker can read, every fact with its source.

The page tells what the graph tells: it is drawn from the same projection as the network view.
It is stamped with the build's date and the SHA-256 of its graph, so a printed copy can be
traced to its data. The page is the Jinja2 template `report.html` with autoescape: every text is
escaped, charts are drawn by its macros from numbers and labels; the page loads nothing.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kg.files import atomic_write
from kg.network.pages import render
from kg.rdf.labels import safe_url
from kg.rdf.namespace import sparql_prefixes

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
BAR_WIDTH = 420
"""Pixels of the longest possible bar (all members in one sector)."""
STAR_SIZE, STAR_RADIUS = 640, 230
"""The network drawing: its square side and the radius of the circle the members sit on."""


class Link(NamedTuple):
    """A text to show, linked only when `href` is an http(s) URL (`kg.rdf.labels.safe_url`)."""

    href: str | None
    text: str


def _link(url: str | None, text: str | None = None) -> Link:
    """A link to `url` showing `text` (else the URL); without a URL, `text` alone.

    >>> _link("https://umcg.nl/"), _link("javascript:alert(1)", "UMCG"), _link(None, "UMCG")
    (Link(href='https://umcg.nl/', text='https://umcg.nl/'), Link(href=None, text='UMCG'), \
Link(href=None, text='UMCG'))
    """
    return Link(safe_url(url), text or url or "")


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


def _bars(members: list[Member], unknown: str) -> list[dict[str, Any]]:
    """The sector mix as bars: name, count, bar length, share and colour, largest first."""
    mix: dict[str, int] = {}
    for _, o, _m in members:
        mix[o.get("sector") or unknown] = mix.get(o.get("sector") or unknown, 0) + 1
    total = max(len(members), 1)
    return [
        {
            "name": name,
            "count": count,
            "length": max(2, round(BAR_WIDTH * count / total)),
            "share": f"{100 * count / total:.0f}%",
            "colour": PALETTE[i % len(PALETTE)],
        }
        for i, (name, count) in enumerate(sorted(mix.items(), key=lambda kv: (-kv[1], kv[0])))
    ]


def _star(members: list[Member]) -> dict[str, Any]:
    """The coalition in the middle, its members on a circle, coloured by sector."""
    sectors = sorted({m[1].get("sector", "?") for m in members})
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sectors)}
    centre = STAR_SIZE / 2
    points = []
    for i, (_node, attrs, _m) in enumerate(members):
        angle = 2 * math.pi * i / max(len(members), 1) - math.pi / 2
        points.append(
            {
                "x": centre + STAR_RADIUS * math.cos(angle),
                "y": centre + STAR_RADIUS * math.sin(angle),
                "label": attrs["label"],
                "colour": colour[attrs.get("sector", "?")],
            }
        )
    return {
        "size": STAR_SIZE,
        "centre": centre,
        "points": points,
        "legend": [(s, colour[s]) for s in sectors],
    }


def _goals(G: nx.MultiDiGraph, coalition: str, t: dict[str, str], year: int) -> list[list[Any]]:
    """Aim, target year, regions and whether the year has passed, for every goal."""
    rows = []
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
        rows.append([goal.get("aim") or goal["label"], target, ", ".join(regions), passed])
    return rows


def _coalition(G: nx.MultiDiGraph, coalition: str, t: dict[str, str], year: int) -> dict[str, Any]:
    """Everything the template shows of one coalition."""
    attrs = G.nodes[coalition]
    members = _members(G, coalition)
    stated = attrs.get("stated_partners")
    quotes: dict[str, int] = {}
    for _, _o, m in members:
        if m.get("evidence"):
            quotes.setdefault(m["evidence"], len(quotes) + 1)
    gaps = []
    for _, o, _m in members:
        missing = [t[key] for key in ("sector", "city", "website", "wikidata") if not o.get(key)]
        if missing:
            gaps.append([o["label"], ", ".join(missing)])
    return {
        "label": attrs["label"],
        "slug": coalition.rstrip("/").rsplit("/", 1)[-1],
        "listed": len(members),
        "stated": stated,
        "agree": stated == len(members),
        "sectors": len({m[1].get("sector") for m in members if m[1].get("sector")}),
        "groups": len({m[1].get("sector_group") for m in members if m[1].get("sector_group")}),
        "founded": attrs.get("founded"),
        "members": [
            {
                **{key: o.get(key) for key in ("label", "org_type", "sector", "city")},
                "join_order": m.get("join_order"),
                "joined": m.get("joined"),
                "website": _link(o.get("website")),
                "source": _link(m.get("source_url"), m.get("source")),
                "quote": quotes.get(m.get("evidence") or ""),
            }
            for _, o, m in members
        ],
        "quotes": [(n, text) for text, n in quotes.items()],
        "bars": _bars(members, t["unknown"]),
        "goals": _goals(G, coalition, t, year),
        "gaps": gaps,
        "star": _star(members),
    }


def _sources(engine: Engine) -> list[Link]:
    """Every source document, by title: linked when it has a web address."""
    result = engine.query(
        sparql_prefixes()
        + """SELECT ?doc ?title ?url WHERE { ?doc a prov:Entity ; dcterms:title ?title
        OPTIONAL { ?doc schema:url ?url } } ORDER BY ?title"""
    )
    return [_link(None if u is None else str(u), str(t)) for _d, t, u in result.rows]


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
    """The report page as a string.

    Args:
        kg: a build folder or an RDF file.
        lang: "en" or "nl": labels and page text.
        year: the year goals count as passed before; defaults to this year.

    Returns:
        The whole HTML page.
    """
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
    names = ", ".join(G.nodes[c]["label"] for c in coalitions) or "dlkg"
    return render(
        "report.html",
        lang=lang,
        t=t,
        title=f"{names}: {t['title']}",
        heading=names,
        coalitions=[_coalition(G, c, t, year) for c in coalitions],
        sources=_sources(engine),
        stamp=f"{t['built']}: {built} · {t['hash']}: {digest}",
        digest=digest,
    )


def write_report(kg: str | Path, out: Path, *, lang: str = "en") -> Path:
    """Write the report page atomically."""
    return atomic_write(out, render_report(kg, lang))
