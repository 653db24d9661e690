"""The curated tables into quads: sources, regions, coalitions, organisations, memberships,
goals and themes, each fact in the named graph of the source that states it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.assembly.periods import Periods, known_by
from kg.assembly.quads import (
    DCTERMS,
    DLKG,
    OA,
    ORG,
    PROV,
    RDF,
    SDO,
    SKOS,
    XSD,
    Graphs,
    date_literal,
    text_literal,
    typed_literal,
)
from kg.ingest.decisions import Review
from kg.ingest.tables import Row, Sources, load
from kg.rdf.iri import DEFAULT_BASE, Minter
from kg.rdf.namespace import WD
from kg.rdf.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "NAMING_STEPS",
    "REGION_TYPES",
    "SOURCE_TYPES",
    "TABLE_STEPS",
    "CachingMinter",
    "Context",
    "Names",
    "add_coalitions",
    "add_documents",
    "add_former_name",
    "add_goals",
    "add_membership",
    "add_memberships",
    "add_named",
    "add_organisations",
    "add_quote",
    "add_regions",
    "add_themes",
    "context",
    "single",
]

SOURCE_TYPES = {
    "press-release": SDO.NewsArticle,
    "web-page": SDO.WebPage,
    "dataset": SDO.Dataset,
    "report": SDO.Report,
}
REGION_TYPES = {
    "municipality": SDO.City,
    "city": SDO.City,
    "province": SDO.State,
    "country": SDO.Country,
    "region": SDO.AdministrativeArea,
}


class Names:
    """Canonical names by lowercased name or alias; a clash names both rows."""

    def __init__(self, kind: str):
        self.kind = kind
        self.canonical: dict[str, str] = {}
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self._where: dict[str, Row] = {}

    def add(self, row: Row, name: str, aliases: Iterable[str]) -> None:
        self.rows[name].append(row)
        for key in (name, *aliases):
            known = self.canonical.get(key.lower())
            if known is not None and known != name:
                other = self._where[key.lower()]
                raise row.error(
                    f"the {self.kind} name {key!r} already means {known!r} "
                    f"({other.file.name}:{other.line})"
                )
            self.canonical[key.lower()] = name
            self._where.setdefault(key.lower(), row)

    def resolve(self, row: Row, column: str, value: str | None = None) -> str:
        value = value if value is not None else row[column]
        name = self.canonical.get(value.lower())
        if name is None:
            raise row.error(f"{column} names an unknown {self.kind}: {value!r}")
        return name


def single(rows: list[Row], column: str) -> str:
    """The one value rows about the same thing give for a column; two values are an error."""
    found: Row | None = None
    for row in rows:
        if row[column]:
            if found is not None and found[column] != row[column]:
                raise row.error(
                    f"{column} {row[column]!r} contradicts {found[column]!r} "
                    f"at {found.file.name}:{found.line}"
                )
            found = found or row
    return found[column] if found is not None else ""


@dataclass
class Context:
    """What the assembly steps share."""

    data: Sources
    mint: Minter
    vocabulary: Vocabulary
    graphs: Graphs = field(default_factory=Graphs)
    documents: dict[str, str] = field(default_factory=dict)  # source id -> IRI
    regions: Names = field(default_factory=lambda: Names("region"))
    coalitions: Names = field(default_factory=lambda: Names("coalition"))
    organisations: Names = field(default_factory=lambda: Names("organisation"))
    curated_goals: set[str] = field(default_factory=set)
    periods: Periods = field(default_factory=Periods)
    warnings: list[str] = field(default_factory=list)
    review: Review = field(default_factory=Review)  # the questions and decisions (`kg review`)

    def document(self, row: Row, column: str = "source") -> str:
        source_id = row[column]
        if source_id not in self.documents:
            raise row.error(f"{column} {source_id!r} is not an id in sources.csv")
        return self.documents[source_id]

    def concept(self, row: Row, scheme: str, column: str) -> str:
        code = row[column]
        concept = self.vocabulary.codes[scheme].get(code)
        if concept is None:
            known = ", ".join(sorted(self.vocabulary.codes[scheme]))
            raise row.error(f"unknown {column} {code!r} (known: {known})")
        return concept


def add_documents(ctx: Context) -> None:
    g = ctx.graphs
    files = {path.name: path for path in ctx.data.texts}
    for row in ctx.data.rows("sources"):
        if row["id"] in ctx.documents:
            raise row.error(f"the source id {row['id']!r} is used twice")
        if row["type"] not in SOURCE_TYPES:
            raise row.error(f"unknown type {row['type']!r} (known: {', '.join(SOURCE_TYPES)})")
        if row["file"] and row["file"] not in files:
            raise row.error(f"file {row['file']!r} is not in {ctx.data.folder / 'sources'}")
        doc = ctx.mint.source(row["id"])
        ctx.documents[row["id"]] = doc
        g.link(doc, doc, RDF.type, PROV.Entity)
        g.link(doc, doc, RDF.type, SOURCE_TYPES[row["type"]])
        g.add(doc, doc, DCTERMS.title, text_literal(row["title"], row["language"]))
        g.add(doc, doc, DCTERMS.language, text_literal(row["language"]))
        if row["publisher"]:
            g.add(doc, doc, DCTERMS.publisher, text_literal(row["publisher"]))
        _dates(ctx, row, doc)
        if row["url"]:
            g.link(doc, doc, SDO.url, row["url"])
    described = {row["file"] for row in ctx.data.rows("sources") if row["file"]}
    for path in ctx.data.texts:
        if path.name not in described:
            doc = ctx.documents.setdefault(path.stem, ctx.mint.source(path.stem))
            g.link(doc, doc, RDF.type, PROV.Entity)
            g.add(doc, doc, DCTERMS.title, text_literal(path.stem))
            ctx.warnings.append(
                f"{path}: no row in sources.csv describes this text (title, publisher, language)"
            )


def _dates(ctx: Context, row: Row, doc: str) -> None:
    """A source's issue date, or the bounds its date is known within and why; and the day by which
    its facts count as known (`dlkg:knownBy`)."""
    g = ctx.graphs
    issued, after, before = row.date("issued"), row.date("not_before"), row.date("not_after")
    if after and before and after[: len(before)] > before[: len(after)]:
        raise row.error(f"not_before {after} is later than not_after {before}")
    if (after or before) and not row["date_note"]:
        raise row.error("a source dated by bounds needs the reasoning in date_note")
    if issued:
        g.add(doc, doc, DCTERMS.issued, date_literal(issued))
    for value, term in ((after, DLKG.issuedNotBefore), (before, DLKG.issuedNotAfter)):
        if value:
            g.add(doc, doc, term, date_literal(value))
    if row["date_note"]:
        g.add(doc, doc, SKOS.editorialNote, text_literal(row["date_note"], "en"))
    if day := known_by(issued, before):
        ctx.periods.known_by[doc] = day
        g.add(doc, doc, DLKG.knownBy, typed_literal(day, XSD.date))


def add_quote(ctx: Context, row: Row, doc: str, text: str) -> str:
    """The evidence node of a few words a source states a fact in, when no text of the source is
    in the data folder (so no offsets): an `oa:TextQuoteSelector` with the words."""
    g = ctx.graphs
    node = ctx.mint.quote(row["source"], text)
    g.link(doc, node, RDF.type, OA.SpecificResource)
    g.link(doc, node, OA.hasSource, doc)
    g.link(doc, node, OA.hasSelector, node + "#quote")
    g.link(doc, node + "#quote", RDF.type, OA.TextQuoteSelector)
    g.add(doc, node + "#quote", OA.exact, text_literal(text))
    return node


def add_regions(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    for row in ctx.data.rows("regions"):
        if row["type"] not in REGION_TYPES:
            raise row.error(f"unknown type {row['type']!r} (known: {', '.join(REGION_TYPES)})")
        ctx.regions.add(row, row["name"], [])
    for name, rows in ctx.regions.rows.items():
        for column in ("type", "name_en", "cbs_code", "wikidata", "part_of"):
            single(rows, column)
        place = mint.region(name)
        for row in rows:
            doc = ctx.document(row)
            g.link(doc, place, RDF.type, REGION_TYPES[row["type"]])
            g.link(doc, place, RDF.type, SDO.AdministrativeArea)
            g.add(doc, place, SKOS.prefLabel, text_literal(name, "nl"))
            g.link(doc, place, PROV.wasDerivedFrom, doc)
            if row["name_en"]:
                g.add(doc, place, SKOS.prefLabel, text_literal(row["name_en"], "en"))
            if row["part_of"]:
                parent = ctx.regions.resolve(row, "part_of")
                g.link(doc, place, SDO.containedInPlace, mint.region(parent))
            if row["cbs_code"]:
                g.add(doc, place, DLKG.cbsCode, text_literal(row["cbs_code"]))
            if row["wikidata"]:
                g.link(doc, place, SDO.sameAs, _wikidata(row))


def _wikidata(row: Row) -> str:
    qid = row["wikidata"]
    if not (qid[:1] == "Q" and qid[1:].isdigit()):
        raise row.error(f"wikidata must be an id like Q55, not {qid!r}")
    return str(WD[qid])


def add_named(
    g: Graphs, doc: str, node: str, rdf_type: str, name: str, aliases: Iterable[str] = ()
) -> None:
    """A typed, named thing as one source states it, with its aliases and that source."""
    g.link(doc, node, RDF.type, rdf_type)
    g.add(doc, node, SKOS.prefLabel, text_literal(name))
    g.link(doc, node, PROV.wasDerivedFrom, doc)
    for alias in aliases:
        g.add(doc, node, SKOS.altLabel, text_literal(alias))


def add_coalitions(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    for row in ctx.data.rows("coalitions"):
        former = [row["former_name"]] if row["former_name"] else []
        ctx.coalitions.add(row, row["name"], [*row.list("aliases"), *former])
    for name, rows in ctx.coalitions.rows.items():
        single(rows, "founded")
        single(rows, "kind")
        coalition = mint.coalition(name)
        for row in rows:
            doc = ctx.document(row)
            add_named(g, doc, coalition, ORG.OrganizationalCollaboration, name, row.list("aliases"))
            if row["kind"]:
                kind = ctx.concept(row, "collaboration-kind", "kind")
                g.link(doc, coalition, ORG.classification, kind)
            if row["renamed"] and not row["former_name"]:
                raise row.error("renamed needs the former_name it replaced")
            if row["former_name"]:
                add_former_name(ctx, doc, name, row["former_name"], row.date("renamed"))
            if row["region"]:
                g.link(
                    doc, coalition, SDO.areaServed, mint.region(ctx.regions.resolve(row, "region"))
                )
            if founded := row.date("founded"):
                g.add(doc, coalition, SDO.foundingDate, date_literal(founded))
            if row["website"]:
                g.link(doc, coalition, SDO.url, row["website"])


def add_former_name(
    ctx: Context, doc: str, coalition: str, former: str, renamed: str | None, evidence: str = ""
) -> None:
    """A name the coalition used until a source says it was renamed (on `renamed` if stated)."""
    g = ctx.graphs
    iri, node = ctx.mint.coalition(coalition), ctx.mint.former_name(coalition, former)
    g.add(doc, iri, SKOS.altLabel, text_literal(former))
    g.link(doc, iri, DLKG.formerName, node)
    g.link(doc, node, RDF.type, DLKG.FormerName)
    g.add(doc, node, SKOS.prefLabel, text_literal(former))
    g.link(doc, node, PROV.wasDerivedFrom, doc)
    if evidence:
        g.link(doc, node, DLKG.evidence, evidence)
    if ended := ctx.periods.ended_by(doc, renamed):
        g.add(doc, node, DLKG.endedBy, typed_literal(ended, XSD.date))


def add_organisations(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    for row in ctx.data.rows("organisations"):
        ctx.organisations.add(row, row["name"], row.list("aliases"))
    for name, rows in ctx.organisations.rows.items():
        for column in ("official_name", "type", "sector", "city", "website", "wikidata"):
            single(rows, column)
        organisation = mint.organisation(name)
        for row in rows:
            doc = ctx.document(row)
            add_named(g, doc, organisation, ORG.Organization, name, row.list("aliases"))
            if row["official_name"]:
                g.add(doc, organisation, SDO.legalName, text_literal(row["official_name"]))
            for column, scheme in (("type", "org-type"), ("sector", "sector")):
                if row[column]:
                    g.link(doc, organisation, ORG.classification, ctx.concept(row, scheme, column))
            if row["city"]:
                g.link(
                    doc, organisation, SDO.location, mint.region(ctx.regions.resolve(row, "city"))
                )
            if row["website"]:
                g.link(doc, organisation, SDO.url, row["website"])
            if row["wikidata"]:
                g.link(doc, organisation, SDO.sameAs, _wikidata(row))


def add_membership(ctx: Context, doc: str, coalition: str, member: str, names: bool = True) -> str:
    """The membership node of a member in a coalition, typed and sourced in `doc`'s graph.

    `names`: the source names the organisation as a member (which dates its period); a source
    that only says it left does not."""
    g, mint = ctx.graphs, ctx.mint
    membership = mint.membership(coalition, member)
    if names:
        ctx.periods.name(membership, doc)
    g.link(doc, membership, RDF.type, ORG.Membership)
    g.link(doc, membership, ORG.member, mint.organisation(member))
    g.link(doc, membership, ORG.organization, mint.coalition(coalition))
    g.link(doc, membership, PROV.wasDerivedFrom, doc)
    return membership


def add_memberships(ctx: Context) -> None:
    g = ctx.graphs
    seen: dict[tuple[str, str, str], Row] = {}
    for row in ctx.data.rows("memberships"):
        coalition = ctx.coalitions.resolve(row, "coalition")
        member = ctx.organisations.resolve(row, "member")
        if (key := (coalition, member, row["source"])) in seen:
            first = seen[key]
            raise row.error(
                f"{member} is listed twice for {coalition} by the same source "
                f"(also {first.file.name}:{first.line})"
            )
        seen[key] = row
        doc = ctx.document(row)
        left = row.date("left")
        membership = add_membership(ctx, doc, coalition, member, names=not left)
        if (order := row.integer("join_order")) is not None:
            g.add(doc, membership, DLKG.joinOrder, typed_literal(order, XSD.positiveInteger))
        if joined := row.date("joined"):
            ctx.periods.begin(membership, doc, joined)
        if left:
            ctx.periods.end(membership, doc, left)
        if row["quote"]:
            g.link(doc, membership, DLKG.evidence, add_quote(ctx, row, doc, row["quote"]))


def add_goals(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    for row in ctx.data.rows("goals"):
        coalition = ctx.coalitions.resolve(row, "coalition")
        year = row.integer("target_year", minimum=1000)
        if not (row["aim_nl"] or row["aim_en"]):
            raise row.error("a goal needs its aim in aim_nl or aim_en")
        doc = ctx.document(row)
        goal = mint.goal(coalition, str(year))
        ctx.curated_goals.add(goal)
        g.link(doc, mint.coalition(coalition), ORG.purpose, goal)
        g.link(doc, goal, RDF.type, DLKG.Goal)
        g.link(doc, goal, PROV.wasDerivedFrom, doc)
        g.add(doc, goal, DLKG.targetYear, typed_literal(year, XSD.gYear))
        for lang in ("nl", "en"):
            if aim := row[f"aim_{lang}"]:
                g.add(doc, goal, SDO.description, text_literal(aim, lang))
                g.add(doc, goal, SKOS.prefLabel, text_literal(aim, lang))
        for region in row.list("regions"):
            g.link(
                doc,
                goal,
                DLKG.targetRegion,
                mint.region(ctx.regions.resolve(row, "regions", region)),
            )


def add_themes(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    scheme = mint.themes
    for row in ctx.data.rows("themes"):
        if row["kind"] not in ("theme", "activity"):
            raise row.error(f"kind must be theme or activity, not {row['kind']!r}")
        concept = mint.theme(row["name_nl"])
        g.link(scheme, scheme, RDF.type, SKOS.ConceptScheme)
        g.add(scheme, scheme, SKOS.prefLabel, text_literal("thema's en activiteiten", "nl"))
        g.add(scheme, scheme, SKOS.prefLabel, text_literal("themes and activities", "en"))
        g.link(scheme, concept, RDF.type, SKOS.Concept)
        g.link(scheme, concept, SKOS.inScheme, scheme)
        g.add(scheme, concept, SKOS.prefLabel, text_literal(row["name_nl"], "nl"))
        if row["name_en"]:
            g.add(scheme, concept, SKOS.prefLabel, text_literal(row["name_en"], "en"))
        g.add(scheme, concept, SKOS.notation, text_literal(row["kind"]))
        for alias in row.list("aliases"):
            g.add(scheme, concept, SKOS.altLabel, text_literal(alias, "nl"))


@dataclass(frozen=True)
class CachingMinter(Minter):
    """A `Minter` that remembers: the build mints the IRI of one name many times."""

    _cache: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False, compare=False)

    def _iri(self, kind: str, *names: str) -> str:
        key = (kind, *names)
        iri = self._cache.get(key)
        if iri is None:
            iri = self._cache[key] = super()._iri(kind, *names)
        return iri


def context(
    data: str | Path = "data", base: str = DEFAULT_BASE, ontology: Path | None = None
) -> Context:
    """Read the data folder and the vocabulary, ready for the assembly steps."""
    ctx = Context(load(data), CachingMinter(base), load_vocabulary(ontology))
    ctx.graphs.update(ctx.vocabulary.quads)
    return ctx


NAMING_STEPS = (add_documents, add_regions, add_coalitions, add_organisations, add_themes)
"""The steps that name things: what `kg extract` needs to know the curated names."""
TABLE_STEPS = (
    add_documents,
    add_regions,
    add_coalitions,
    add_organisations,
    add_memberships,
    add_goals,
    add_themes,
)
"""Every table but counts, in the order their references need."""
