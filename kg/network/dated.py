"""Dated facts for the report: sources with their dates, memberships with their sources and
periods, stated partner counts, and the growth of each collaboration they add up to.

Read through an `Engine` in the shape of the time model (issue 14): a source's `dlkg:knownBy`
dates what it says; a membership has `dlkg:knownSince` and, when a source says the member left,
`dlkg:endedBy` (its period holds only the instants the sources state); a `dlkg:PartnerCount` is
one source's "N partners". Nothing is derived here that the build did not derive: a membership
without `knownSince` has no place on a time axis, a count whose source has no `knownBy` is
listed as undated.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.rdf.namespace import sparql_prefixes

if TYPE_CHECKING:
    from kg.sparql.engine import Engine

__all__ = [
    "Count",
    "Dated",
    "FormerName",
    "Growth",
    "Membership",
    "Point",
    "Source",
    "growth",
    "read_dated",
]

QUERIES = {
    "sources": """SELECT ?doc ?title ?url ?issued ?after ?known WHERE { ?doc a prov:Entity
        OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc schema:url ?url }
        OPTIONAL { ?doc dcterms:issued ?issued } OPTIONAL { ?doc dlkg:issuedNotAfter ?after }
        OPTIONAL { ?doc dlkg:knownBy ?known } }""",
    "memberships": """SELECT ?m ?o ?c ?doc ?since ?ended ?end WHERE {
        ?m a org:Membership ; org:member ?o ; org:organization ?c .
        OPTIONAL { ?m prov:wasDerivedFrom ?doc }
        OPTIONAL { ?m dlkg:knownSince ?since }
        OPTIONAL { ?m dlkg:endedBy ?ended }
        OPTIONAL { ?m org:memberDuring/time:hasEnd ?end } }""",
    "renames": """SELECT ?c ?name ?ended ?doc WHERE { ?c dlkg:formerName ?former .
        ?former skos:prefLabel ?name OPTIONAL { ?former dlkg:endedBy ?ended }
        OPTIONAL { ?former prov:wasDerivedFrom ?doc } }""",
    "counts": """SELECT ?x ?c ?n ?all ?doc ?quote WHERE {
        ?x a dlkg:PartnerCount ; dlkg:countOf ?c ; dlkg:partners ?n ; prov:wasDerivedFrom ?doc .
        OPTIONAL { ?x dlkg:listsAll ?all }
        OPTIONAL { ?x dlkg:evidence/oa:hasSelector/oa:exact ?quote } }""",
}


@dataclass(frozen=True)
class Source:
    """A source document: its title, web address and dates (`known_by` is an xsd:date)."""

    iri: str
    title: str
    url: str | None = None
    issued: str | None = None
    not_after: str | None = None
    known_by: str | None = None

    @property
    def order(self) -> tuple[str, str, str]:
        """Dated sources first, oldest first; then by title."""
        return (self.known_by or "9999", self.title.casefold(), self.iri)


@dataclass
class Membership:
    """One organisation in one collaboration: every source naming it, and its period."""

    organisation: str
    collaboration: str
    sources: set[str] = field(default_factory=set)
    since: str | None = None
    ended: str | None = None
    left: bool = False
    """A source says it ended (with or without a day): no member now."""


@dataclass(frozen=True)
class Count:
    """One source's stated number of partners of a collaboration."""

    collaboration: str
    partners: int
    source: str
    lists_all: bool
    quote: str | None


@dataclass(frozen=True)
class FormerName:
    """A name a collaboration had until `ended`, as `source` says."""

    collaboration: str
    name: str
    ended: str | None
    source: str | None


@dataclass
class Dated:
    """Everything dated a report shows: sources by IRI, memberships, counts, former names."""

    sources: dict[str, Source]
    memberships: list[Membership]
    counts: list[Count]
    renames: list[FormerName] = field(default_factory=list)


def _rows(engine: Engine, name: str) -> list[dict[str, Any]]:
    result = engine.query(sparql_prefixes() + QUERIES[name])
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def _text(term: object) -> str | None:
    return None if term is None else str(term)


def read_dated(engine: Engine) -> Dated:
    """The sources, memberships and counts of a graph, sorted so the same graph gives the same
    answer."""
    sources: dict[str, Source] = {}
    for row in _rows(engine, "sources"):
        iri = str(row["doc"])
        known = sources.get(iri)
        title = _text(row["title"]) or iri.rstrip("/").rsplit("/", 1)[-1]
        if known is not None and known.title <= title:
            continue  # one title per source: the smallest, whatever the row order
        sources[iri] = Source(
            iri,
            title,
            _text(row["url"]),
            _text(row["issued"]),
            _text(row["after"]),
            _text(row["known"]),
        )
    found: dict[tuple[str, str], Membership] = {}
    for row in _rows(engine, "memberships"):
        key = (str(row["o"]), str(row["c"]))
        m = found.setdefault(key, Membership(*key))
        if row["doc"] is not None:
            m.sources.add(str(row["doc"]))
        if row["since"] is not None and (m.since is None or str(row["since"]) < m.since):
            m.since = str(row["since"])
        if row["ended"] is not None and (m.ended is None or str(row["ended"]) < m.ended):
            m.ended = str(row["ended"])
        m.left = m.left or row["ended"] is not None or row["end"] is not None
    counts = {
        (str(r["c"]), str(r["doc"]), int(str(r["n"]))): Count(
            str(r["c"]),
            int(str(r["n"])),
            str(r["doc"]),
            str(r["all"]).lower() == "true",
            _text(r["quote"]),
        )
        for r in sorted(_rows(engine, "counts"), key=lambda r: str(r["quote"] or ""))
    }
    renames = {
        FormerName(str(r["c"]), str(r["name"]), _text(r["ended"]), _text(r["doc"]))
        for r in _rows(engine, "renames")
    }
    return Dated(
        sources,
        [found[k] for k in sorted(found)],
        [counts[k] for k in sorted(counts)],
        sorted(renames, key=lambda r: (r.collaboration, r.ended or "", r.name, r.source or "")),
    )


@dataclass(frozen=True)
class Point:
    """A dated value of a growth series: how many partners, on which day, by which source."""

    date: str
    value: int
    source: str
    quote: str | None = None


@dataclass
class Growth:
    """The growth of one collaboration: the partners sources state, and the partners sources
    name, over time. `undated` are counts whose source has no date; `unplaced` the memberships
    named only by undated sources (no period: no place on the time axis)."""

    collaboration: str
    stated: list[Point]
    named: list[Point]
    undated: list[Count]
    unplaced: int

    @property
    def dates(self) -> list[str]:
        """Every date of a point, in order."""
        return sorted({p.date for p in self.stated + self.named})


def _first_source(dated: Dated, iris: set[str], day: str) -> str:
    """The source that made a change known on `day`: one dated that day, else the earliest."""
    known = [dated.sources[i] for i in iris if i in dated.sources]
    if not known:
        return min(iris) if iris else ""
    same_day = [s for s in known if s.known_by == day]
    return min(same_day or known, key=lambda s: s.order).iri


def growth(dated: Dated, collaboration: str) -> Growth:
    """Stated and named partners of `collaboration` over time.

    The stated series has one point per dated count. The named series has a point at every day
    a member became known (`knownSince`) or was said to have left (`endedBy`): the members known
    then and not yet gone, linked to the source that made the change known.
    """
    stated: list[Point] = []
    undated: list[Count] = []
    for count in dated.counts:
        if count.collaboration != collaboration:
            continue
        source = dated.sources.get(count.source)
        if source is None or source.known_by is None:
            undated.append(count)
        else:
            stated.append(Point(source.known_by, count.partners, count.source, count.quote))
    stated.sort(key=lambda p: (p.date, dated.sources[p.source].order))
    members = [m for m in dated.memberships if m.collaboration == collaboration]
    changes: dict[str, set[str]] = defaultdict(set)
    for m in members:
        for day in (m.since, m.ended):
            if day is not None:
                changes[day].update(m.sources)
    named = [
        Point(
            day,
            sum(
                1
                for m in members
                if m.since and m.since <= day and not (m.ended and m.ended <= day)
            ),
            _first_source(dated, changes[day], day),
        )
        for day in sorted(changes)
    ]
    unplaced = sum(1 for m in members if m.since is None and m.ended is None)
    return Growth(collaboration, stated, named, undated, unplaced)
