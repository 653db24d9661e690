"""`kg report`: one self-contained HTML page a policy maker can read, every fact with its source.

The page tells what the graph tells: it is drawn from the same projection as the network view,
and from the dated facts of `kg.network.dated`. It opens with the goals and the headline
figures, then who connects the collaborations, how they grew, the network figure, the members,
and the sources as numbered footnotes, each listed once. It carries the SHA-256 of its graph, so
a printed copy can be traced to its data; the same graph gives the same bytes. The page is the
Jinja2 template `report.html` with autoescape: every text is escaped, the drawings are inline
SVG from the numbers of `kg.network.figures`; the page loads nothing.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kg.files import atomic_write
from kg.network.dated import Dated, Growth, Point, Source, growth, read_dated
from kg.network.figures import NO_CONCEPT, bars, concept_colours, growth_chart, network_figure
from kg.network.measures import bridging_organisations
from kg.network.pages import render
from kg.network.wording import TEXT
from kg.rdf.labels import safe_url

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["TEXT", "Footnotes", "render_report", "write_report"]


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


class Footnotes:
    """Sources numbered in the order the page first cites them; each listed once at the end."""

    def __init__(self, sources: dict[str, Source], t: dict[str, str]):
        self.sources, self.t = sources, t
        self.numbers: dict[str, int] = {}

    def cite(self, iri: str) -> int | None:
        """The number of source `iri` (given at its first citation); None for an unknown one."""
        if iri not in self.sources:
            return None
        return self.numbers.setdefault(iri, len(self.numbers) + 1)

    def cite_all(self, iris: set[str]) -> list[int]:
        """The numbers of several sources, oldest source first."""
        known = sorted((self.sources[i] for i in iris if i in self.sources), key=lambda s: s.order)
        return sorted(n for s in known if (n := self.cite(s.iri)) is not None)

    def date(self, iri: str) -> str:
        """When a source was issued, as precisely as it says; 'undated' when nobody knows."""
        s = self.sources[iri]
        if s.issued:
            return s.issued
        if s.not_after:
            return self.t["not_after"].format(date=s.not_after)
        return self.t["undated"]

    def listing(self) -> list[dict[str, Any]]:
        """Every source, numbered: the cited ones in citation order, then the others."""
        for s in sorted(self.sources.values(), key=lambda s: s.order):
            self.cite(s.iri)
        return [
            {
                "n": n,
                "link": _link(self.sources[i].url, self.sources[i].title),
                "date": self.date(i),
            }
            for i, n in sorted(self.numbers.items(), key=lambda item: item[1])
        ]


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


def _sector_iris(G: nx.MultiDiGraph) -> dict[str, str]:
    """Organisation -> the IRI of its sector (the concept its colour is keyed on)."""
    found: dict[str, str] = {}
    for u, v, kind in sorted(G.edges(data="kind")):
        if kind == "classified-as" and G.nodes[v]["kind"] == "sector":
            found.setdefault(u, v)
    return found


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


class Page:
    """The report's content, gathered in the order the page shows it (so footnotes count up)."""

    def __init__(self, G: nx.MultiDiGraph, dated: Dated, t: dict[str, str], year: int):
        self.G, self.dated, self.t, self.year = G, dated, t, year
        self.notes = Footnotes(dated.sources, t)
        self.coalitions = sorted(
            (n for n, d in G.nodes(data=True) if d["kind"] == "coalition"),
            key=lambda n: (G.nodes[n]["label"].casefold(), n),
        )
        self.periods = {(m.organisation, m.collaboration): m for m in dated.memberships}
        sector = _sector_iris(G)
        palette = concept_colours(sector.values())
        self.colour = {o: palette[s] for o, s in sector.items()}

    def label(self, node: str) -> str:
        return str(self.G.nodes[node]["label"]) if node in self.G else node

    def headline(self, c: str) -> dict[str, Any]:
        """Goals and figures of one collaboration: named and stated partners, sectors."""
        members = _members(self.G, c)
        current = [m for m in members if not self._period(m[0], c).get("ended")]
        counts = growth(self.dated, c)
        latest = counts.stated[-1] if counts.stated else None
        stated: int | None = latest.value if latest else None
        if stated is None and counts.undated:
            stated = counts.undated[-1].partners
        if stated is None:
            stated = self.G.nodes[c].get("stated_partners")
        named = len(current)
        if latest is not None and counts.named:
            before = [p.value for p in counts.named if p.date <= latest.date]
            named = before[-1] if before else 0
        note = self.t["agree"] if stated == named else self.t["disagree"]
        if stated is not None and stated > named:
            key = "unnamed" if latest else "unnamed_undated"
            note = self.t[key].format(n=stated - named, date=latest.date if latest else "")
        return {
            "id": c,
            "label": self.label(c),
            "slug": c.rstrip("/").rsplit("/", 1)[-1],
            "goals": _goals(self.G, c, self.t, self.year),
            "listed": len(current),
            "stated": stated,
            "stated_on": latest.date if latest else None,
            "stated_cite": self.notes.cite(latest.source) if latest else None,
            "note": note,
            "sectors": len({m[1]["sector"] for m in current if m[1].get("sector")}),
            "groups": len({m[1]["sector_group"] for m in current if m[1].get("sector_group")}),
            "founded": self.G.nodes[c].get("founded"),
            "renames": [
                {
                    "name": r.name,
                    "ended": r.ended,
                    "n": self.notes.cite(r.source) if r.source else None,
                }
                for r in self.dated.renames
                if r.collaboration == c
            ],
        }

    def now(self) -> nx.MultiDiGraph:
        """The network without the memberships a source says have ended."""
        G = self.G.copy()
        G.remove_edges_from(
            [
                (org, c, key)
                for org, c, key, kind in self.G.edges(keys=True, data="kind")
                if kind == "member-of" and self._period(org, c).get("ended")
            ]
        )
        return G

    def _period(self, org: str, c: str) -> dict[str, Any]:
        m = self.periods.get((org, c))
        if m is None:
            return {}
        ended = m.ended or (self.t["undated"] if m.left else None)
        return {"since": m.since, "ended": ended, "sources": m.sources}

    def connects(self) -> list[dict[str, Any]]:
        """Organisations in more than one collaboration, each membership with its sources."""
        groups: dict[str, list[str]] = {}
        for m in self.dated.memberships:
            if m.collaboration in self.coalitions:
                groups.setdefault(m.organisation, []).append(m.collaboration)
        bridges = {b.id: b for b in bridging_organisations(self.now())}
        rows: list[dict[str, Any]] = []
        for org, cs in groups.items():
            if sum(1 for c in cs if not self._period(org, c).get("ended")) < 2:
                continue
            bridge = bridges.get(org)
            if bridge is None:
                verdict = self.t["linked"]
            elif bridge.alone or not bridge.together_with:
                verdict = self.t["alone"].format(names=", ".join(bridge.joins))
            else:
                verdict = self.t["together"].format(
                    names=", ".join(bridge.joins), others=", ".join(bridge.together_with)
                )
            rows.append(
                {
                    "label": self.label(org),
                    "colour": self.colour.get(org, NO_CONCEPT),
                    "verdict": verdict,
                    "memberships": [
                        self._membership(org, c)
                        for c in sorted(cs, key=lambda c: self.label(c).casefold())
                    ],
                }
            )
        rows.sort(key=lambda r: (-len(r["memberships"]), r["label"].casefold()))
        return rows

    def _membership(self, org: str, c: str) -> dict[str, Any]:
        period = self._period(org, c)
        sources = sorted(
            (self.dated.sources[i] for i in period.get("sources", ()) if i in self.dated.sources),
            key=lambda s: s.order,
        )
        return {
            "collaboration": self.label(c),
            "ended": period.get("ended"),
            "sources": [
                {
                    "link": _link(s.url, s.title),
                    "date": self.notes.date(s.iri),
                    "n": self.notes.cite(s.iri),
                }
                for s in sources
            ],
        }

    def growth(self, c: str) -> dict[str, Any] | None:
        """The growth chart of one collaboration, or None when nothing about it is dated."""
        series = growth(self.dated, c)
        if not series.stated and not series.named:
            return None
        cite = {p.source: self.notes.cite(p.source) for p in _by_date(series)}
        chart = None  # one day is a row of the table, not a line
        if len(series.dates) > 1:
            chart = growth_chart(series, lambda p: self._href(p, cite), self.t)
        rows = [
            {
                "date": p.date,
                "series": self.t[kind],
                "value": p.value,
                "n": cite[p.source],
                "quote": p.quote,
            }
            for p, kind in sorted(
                [(p, "stated") for p in series.stated] + [(p, "named") for p in series.named],
                key=lambda pk: (pk[0].date, pk[1] != "stated"),
            )
        ]
        undated = [
            {"text": self.t["undated_count"].format(n=k.partners), "n": self.notes.cite(k.source)}
            for k in series.undated
        ]
        return {
            "label": self.label(c),
            "chart": chart,
            "rows": rows,
            "undated": undated,
            "unplaced": self.t["unplaced"].format(n=series.unplaced) if series.unplaced else "",
        }

    def _href(self, p: Point, cite: dict[str, int | None]) -> str:
        url = safe_url(self.dated.sources[p.source].url) if p.source in self.dated.sources else None
        return url or f"#source-{cite.get(p.source)}"

    def figure(self) -> dict[str, Any]:
        """The network figure: every collaboration with its members."""
        memberships: dict[str, set[str]] = {}
        for c in self.coalitions:
            for org, _o, _m in _members(self.G, c):
                if not self._period(org, c).get("ended"):
                    memberships.setdefault(org, set()).add(c)
        drawing = network_figure(
            [(c, self.label(c)) for c in self.coalitions],
            memberships,
            {o: self.label(o) for o in memberships},
            self.colour,
        )
        legend = {
            (self.G.nodes[o].get("sector") or self.t["unknown"], self.colour.get(o, NO_CONCEPT))
            for o in memberships
        }
        return {**drawing, "legend": sorted(legend, key=lambda s: s[0].casefold())}

    def details(self, c: str) -> dict[str, Any]:
        """The members table (those who left too), and the sector mix, join order and gaps of
        the members now."""
        members = _members(self.G, c)
        current = [m for m in members if not self._period(m[0], c).get("ended")]
        quotes: dict[str, int] = {}
        for _, _o, m in members:
            if m.get("evidence"):
                quotes.setdefault(m["evidence"], len(quotes) + 1)
        gaps = []
        for _, o, _m in current:
            missing = [self.t[k] for k in ("sector", "city", "website", "wikidata") if not o.get(k)]
            if missing:
                gaps.append([o["label"], ", ".join(missing)])
        mix: dict[tuple[str, str], int] = {}
        for org, o, _m in current:
            key = (o.get("sector") or self.t["unknown"], self.colour.get(org, NO_CONCEPT))
            mix[key] = mix.get(key, 0) + 1
        ordered = sorted(mix.items(), key=lambda kv: (-kv[1], kv[0][0].casefold()))
        rows = []
        for org, o, m in members:
            period = self._period(org, c)
            rows.append(
                {
                    **{key: o.get(key) for key in ("label", "org_type", "sector", "city")},
                    "join_order": m.get("join_order"),
                    "joined": m.get("joined"),
                    "since": period.get("since"),
                    "ended": period.get("ended"),
                    "website": _link(o.get("website")),
                    "notes": self.notes.cite_all(period.get("sources", set())),
                    "quote": quotes.get(m.get("evidence") or ""),
                }
            )
        return {
            "label": self.label(c),
            "slug": c.rstrip("/").rsplit("/", 1)[-1],
            "members": rows,
            "quotes": [(n, text) for text, n in quotes.items()],
            "bars": bars([(n, k, colour) for (n, colour), k in ordered], len(current)),
            "timeline": [r for r in rows if r["join_order"] or r["joined"]],
            "gaps": gaps,
        }


def _by_date(series: Growth) -> list[Point]:
    return sorted(series.stated + series.named, key=lambda p: (p.date, p.value))


def _digest(kg: str | Path) -> str:
    """The SHA-256 of the build's graph file (or of the RDF file given)."""
    path = Path(kg)
    file = path / "kg.nt" if path.is_dir() else path
    if not file.is_file():
        file = path / "kg.trig"
    return hashlib.sha256(file.read_bytes()).hexdigest()


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
    G = project(engine, lang, periods=True)  # every membership: the page says which ended
    page = Page(G, read_dated(engine), t, year or datetime.date.today().year)
    cs = page.coalitions
    heading = page.label(cs[0]) if len(cs) == 1 else t["overview"]
    headlines = [page.headline(c) for c in cs]
    connects = page.connects()
    growths = [g for c in cs if (g := page.growth(c)) is not None]
    figure = page.figure() if cs else None
    details = [page.details(c) for c in cs]
    digest = _digest(kg)
    return render(
        "report.html",
        lang=lang,
        t=t,
        title=f"{heading}: {t['title']}",
        heading=heading,
        single=len(cs) == 1,
        totals={
            "collaborations": len(cs),
            "organisations": len(figure["dots"]) if figure else 0,
            "connected": len(connects),
        },
        headlines=headlines,
        connects=connects,
        growths=growths,
        figure=figure,
        details=details,
        sources=page.notes.listing(),
        stamp=f"{t['hash']}: {digest}",
        digest=digest,
    )


def write_report(kg: str | Path, out: Path, *, lang: str = "en") -> Path:
    """Write the report page atomically."""
    return atomic_write(out, render_report(kg, lang))
