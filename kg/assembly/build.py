"""Turn a data folder into the dlkg graph: curated tables and press releases, a graph per source."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kg.assets import asset
from kg.errors import InputError
from kg.ingest.tables import Row, Sources, load, read_text
from kg.rdf.iri import DEFAULT_BASE, Minter, prefixes
from kg.rdf.namespace import (
    DCTERMS,
    DEF,
    DLKG,
    OA,
    ORG,
    PROV,
    RDF,
    SCHEMES,
    SDO,
    SKOS,
    TIME,
    WD,
    XSD,
)

if TYPE_CHECKING:
    from kg.ingest.extract import Evidence, Extraction, Lexicon
    from kg.shacl.validate import Report

__all__ = ["Build", "assemble", "build", "extraction_quads", "lexicon", "write_outputs"]

ONTOLOGY_FILES = ("dlkg.ttl", "concepts.ttl")
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
OUTPUTS = ("kg.ttl", "kg.trig", "kg.nt", "kg.jsonld", "manifest.json")

Term = ox.NamedNode | ox.Literal


class _Strings:
    """A namespace's terms as plain strings, looked up once: the rdflib namespaces build a new
    URIRef on every attribute access, and the build makes millions of them at national scale."""

    def __init__(self, namespace: object):
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)
        return value


DCTERMS, DLKG, OA, ORG, PROV, RDF, SDO, SKOS, TIME, XSD = (  # type: ignore[misc, assignment]
    _Strings(ns) for ns in (DCTERMS, DLKG, OA, ORG, PROV, RDF, SDO, SKOS, TIME, XSD)
)


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _text(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def _typed(value: object, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(datatype))


def _date(value: str) -> ox.Literal:
    """A year, year-month or date as the matching XSD type."""
    kind = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return _typed(value, kind)


Key = tuple[str, str, str, str]
"""A quad as (subject, predicate, object, graph), each term in N-Triples syntax (`str(term)`):
far smaller in memory than an `ox.Quad`, and what the output is sorted by."""


class Graphs:
    """Quads under construction, with the current named graph as a cursor.

    They are kept as `Key`s of shared strings; `quads` gives them as `ox.Quad`s.
    """

    def __init__(self, quads: Iterable[ox.Quad] = ()):
        self.keys: set[Key] = set()
        self._iris: dict[str, str] = {}  # IRI -> "<IRI>", one shared string per IRI
        self._terms: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal] = {}  # key -> term
        self.update(quads)

    def _node(self, iri: str) -> str:
        key = self._iris.get(iri)
        if key is None:
            key = self._iris[iri] = f"<{iri}>"
        return key

    def _key(
        self, term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph | ox.Triple
    ) -> str:
        if isinstance(term, ox.NamedNode):
            return self._node(term.value)
        key = str(term)
        self._terms.setdefault(key, term)  # type: ignore[arg-type]
        return key

    def add(self, graph: str, subject: str, predicate: str, obj: Term) -> None:
        self.keys.add(
            (self._node(subject), self._node(predicate), self._key(obj), self._node(graph))
        )

    def link(self, graph: str, subject: str, predicate: str, obj: str) -> None:
        self.keys.add(
            (self._node(subject), self._node(predicate), self._node(obj), self._node(graph))
        )

    def update(self, quads: Iterable[ox.Quad]) -> None:
        for q in quads:
            self.keys.add(
                (
                    self._key(q.subject),
                    self._key(q.predicate),
                    self._key(q.object),
                    self._key(q.graph_name),
                )
            )

    def terms(self) -> dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]:
        """Every term by its key."""
        for iri, key in self._iris.items():
            if key not in self._terms:
                self._terms[key] = ox.NamedNode(iri)
        return self._terms

    @property
    def quads(self) -> set[ox.Quad]:
        terms = self.terms()
        return {
            ox.Quad(terms[s], terms[p], terms[o], terms[g])  # type: ignore[arg-type]
            for s, p, o, g in self.keys
        }


class Quads(Sequence[ox.Quad]):
    """A build's quads in output order, made from their `Key`s when asked for.

    It behaves as the list it replaces, but a million `ox.Quad` objects would take half a
    gigabyte; iterating makes each when needed.
    """

    def __init__(self, keys: list[Key], terms: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal]):
        self.keys = keys
        self.terms = terms

    @classmethod
    def of(cls, quads: Iterable[ox.Quad]) -> Quads:
        graphs = Graphs(quads)
        return cls(sorted(graphs.keys, key=_graph_first), graphs.terms())

    def _quad(self, key: Key) -> ox.Quad:
        terms = self.terms
        return ox.Quad(terms[key[0]], terms[key[1]], terms[key[2]], terms[key[3]])  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[ox.Quad]:
        terms = self.terms
        for s, p, o, g in self.keys:
            yield ox.Quad(terms[s], terms[p], terms[o], terms[g])  # type: ignore[arg-type]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._quad(key) for key in self.keys[index]]
        return self._quad(self.keys[index])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Quads):
            return self.keys == other.keys
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"<Quads: {len(self)} quads>"


_GRAPH = itemgetter(3)


def _graph_first(key: Key) -> tuple[str, str, str, str]:
    return (key[3], key[0], key[1], key[2])


@dataclass
class Build:
    """What `build` made: the sorted quads, the validation report, and what it noticed."""

    quads: Sequence[ox.Quad]
    base: str
    warnings: list[str]
    report: Report | None = None
    out: Path | None = None
    _triple_keys: list[tuple[str, str, str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def table(self) -> Quads:
        """The quads as `Quads` (keys and terms), converting a plain list once."""
        if not isinstance(self.quads, Quads):
            self.quads = Quads.of(self.quads)
        return self.quads

    def triple_keys(self) -> list[tuple[str, str, str]]:
        """The union graph's triples as N-Triples term strings, each once, sorted."""
        if self._triple_keys is None:
            self._triple_keys = sorted({(s, p, o) for s, p, o, _g in self.table().keys})
        return self._triple_keys

    @property
    def triples(self) -> list[ox.Triple]:
        """The union graph, each triple once, sorted."""
        return list(self.iter_triples())

    def iter_triples(self) -> Iterator[ox.Triple]:
        """The union graph, each triple once, sorted, made one at a time."""
        terms = self.table().terms
        for s, p, o in self.triple_keys():
            yield ox.Triple(terms[s], terms[p], terms[o])  # type: ignore[arg-type]

    def count(self, rdf_type: str) -> int:
        a, kind = f"<{RDF.type}>", f"<{rdf_type}>"
        return len({s for s, p, o in self.triple_keys() if p == a and o == kind})

    def summary(self) -> dict[str, int]:
        triples = self.triple_keys()
        a, in_scheme = f"<{RDF.type}>", f"<{SKOS.inScheme}>"
        typed: dict[str, set[str]] = defaultdict(set)
        sectors = set()
        sector = f"<{SCHEMES['sector']}>"
        for s, p, o in triples:
            if p == a:
                typed[o].add(s)
            elif p == in_scheme and o == sector:
                sectors.add(s)

        def count(kind: str) -> int:
            return len(typed.get(f"<{kind}>", ()))

        return {
            "triples": len(triples),
            "graphs": len({key[3] for key in self.table().keys}),
            "coalitions": count(ORG.OrganizationalCollaboration),
            "organisations": count(ORG.Organization),
            "memberships": count(ORG.Membership),
            "sectors": len(sectors),
            "goals": count(DLKG.Goal),
        }

    def rdflib_graph(self):  # -> rdflib.Graph, typed loosely to keep rdflib out of the import
        """The union graph as an rdflib Graph, for notebooks and pySHACL."""
        import rdflib

        data = ox.serialize(self.iter_triples(), format=ox.RdfFormat.N_TRIPLES)
        return rdflib.Graph().parse(data=data, format="nt")


# --- The vocabulary --------------------------------------------------------------------------


@dataclass
class Vocabulary:
    """The ontology and concept schemes: their quads, and the codes a table may use."""

    quads: list[ox.Quad]
    codes: dict[str, dict[str, str]]  # scheme name -> code -> concept IRI
    labels: dict[str, list[str]]  # concept IRI -> its labels (all languages)


def load_vocabulary(folder: Path | None = None) -> Vocabulary:
    """Parse the ontology files into the ontology graph, naming the file of any syntax error."""
    folder = folder or asset("ontology")
    graph = _iri(DEF)
    quads: list[ox.Quad] = []
    for name in ONTOLOGY_FILES:
        path = folder / name
        try:
            triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
        except SyntaxError as exc:
            raise InputError(f"broken Turtle: {exc}", path) from None
    codes: dict[str, dict[str, str]] = {scheme: {} for scheme in SCHEMES}
    labels: dict[str, list[str]] = defaultdict(list)
    schemes = {str(iri): name for name, iri in SCHEMES.items()}
    for quad in quads:
        subject, obj = quad.subject, quad.object
        if isinstance(subject, ox.Triple) or isinstance(obj, ox.Triple):
            continue  # RDF-star: no concept is described that way
        predicate = quad.predicate.value
        if predicate == str(SKOS.inScheme) and obj.value in schemes:
            concept = subject.value
            codes[schemes[obj.value]][concept.rsplit("/", 1)[1]] = concept
        elif predicate in (str(SKOS.prefLabel), str(SKOS.altLabel)):
            labels[subject.value].append(obj.value)
    return Vocabulary(quads, codes, dict(labels))


# --- Curated tables ----------------------------------------------------------------------------


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


def _single(rows: list[Row], column: str) -> str:
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
    warnings: list[str] = field(default_factory=list)

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


def _documents(ctx: Context) -> None:
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
        g.add(doc, doc, DCTERMS.title, _text(row["title"], row["language"]))
        g.add(doc, doc, DCTERMS.language, _text(row["language"]))
        if row["publisher"]:
            g.add(doc, doc, DCTERMS.publisher, _text(row["publisher"]))
        if issued := row.date("issued"):
            g.add(doc, doc, DCTERMS.issued, _date(issued))
        if row["url"]:
            g.link(doc, doc, SDO.url, row["url"])
    described = {row["file"] for row in ctx.data.rows("sources") if row["file"]}
    for path in ctx.data.texts:
        if path.name not in described:
            doc = ctx.documents.setdefault(path.stem, ctx.mint.source(path.stem))
            g.link(doc, doc, RDF.type, PROV.Entity)
            g.add(doc, doc, DCTERMS.title, _text(path.stem))
            ctx.warnings.append(
                f"{path}: no row in sources.csv describes this text (title, publisher, language)"
            )


def _regions(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    for row in ctx.data.rows("regions"):
        if row["type"] not in REGION_TYPES:
            raise row.error(f"unknown type {row['type']!r} (known: {', '.join(REGION_TYPES)})")
        ctx.regions.add(row, row["name"], [])
    for name, rows in ctx.regions.rows.items():
        for column in ("type", "name_en", "cbs_code", "wikidata", "part_of"):
            _single(rows, column)
        place = mint.region(name)
        for row in rows:
            doc = ctx.document(row)
            g.link(doc, place, RDF.type, REGION_TYPES[row["type"]])
            g.link(doc, place, RDF.type, SDO.AdministrativeArea)
            g.add(doc, place, SKOS.prefLabel, _text(name, "nl"))
            g.link(doc, place, PROV.wasDerivedFrom, doc)
            if row["name_en"]:
                g.add(doc, place, SKOS.prefLabel, _text(row["name_en"], "en"))
            if row["part_of"]:
                parent = ctx.regions.resolve(row, "part_of")
                g.link(doc, place, SDO.containedInPlace, mint.region(parent))
            if row["cbs_code"]:
                g.add(doc, place, DLKG.cbsCode, _text(row["cbs_code"]))
            if row["wikidata"]:
                g.link(doc, place, SDO.sameAs, _wikidata(row))


def _wikidata(row: Row) -> str:
    qid = row["wikidata"]
    if not (qid[:1] == "Q" and qid[1:].isdigit()):
        raise row.error(f"wikidata must be an id like Q55, not {qid!r}")
    return str(WD[qid])


def _named_node(
    g: Graphs, doc: str, node: str, rdf_type: str, name: str, aliases: Iterable[str] = ()
) -> None:
    """A typed, named thing as one source states it, with its aliases and that source."""
    g.link(doc, node, RDF.type, rdf_type)
    g.add(doc, node, SKOS.prefLabel, _text(name))
    g.link(doc, node, PROV.wasDerivedFrom, doc)
    for alias in aliases:
        g.add(doc, node, SKOS.altLabel, _text(alias))


def _coalitions(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    for row in ctx.data.rows("coalitions"):
        ctx.coalitions.add(row, row["name"], row.list("aliases"))
    for name, rows in ctx.coalitions.rows.items():
        _single(rows, "founded")
        coalition = mint.coalition(name)
        for row in rows:
            doc = ctx.document(row)
            _named_node(
                g, doc, coalition, ORG.OrganizationalCollaboration, name, row.list("aliases")
            )
            if row["region"]:
                g.link(
                    doc, coalition, SDO.areaServed, mint.region(ctx.regions.resolve(row, "region"))
                )
            if founded := row.date("founded"):
                g.add(doc, coalition, SDO.foundingDate, _date(founded))
            if row["website"]:
                g.link(doc, coalition, SDO.url, row["website"])


def _organisations(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    for row in ctx.data.rows("organisations"):
        ctx.organisations.add(row, row["name"], row.list("aliases"))
    for name, rows in ctx.organisations.rows.items():
        for column in ("official_name", "type", "sector", "city", "website", "wikidata"):
            _single(rows, column)
        organisation = mint.organisation(name)
        for row in rows:
            doc = ctx.document(row)
            _named_node(g, doc, organisation, ORG.Organization, name, row.list("aliases"))
            if row["official_name"]:
                g.add(doc, organisation, SDO.legalName, _text(row["official_name"]))
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


def _membership(ctx: Context, doc: str, coalition: str, member: str) -> str:
    """The membership node of a member in a coalition, typed and sourced in `doc`'s graph."""
    g, mint = ctx.graphs, ctx.mint
    membership = mint.membership(coalition, member)
    g.link(doc, membership, RDF.type, ORG.Membership)
    g.link(doc, membership, ORG.member, mint.organisation(member))
    g.link(doc, membership, ORG.organization, mint.coalition(coalition))
    g.link(doc, membership, PROV.wasDerivedFrom, doc)
    return membership


def _memberships(ctx: Context) -> None:
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
        membership = _membership(ctx, doc, coalition, member)
        if (order := row.integer("join_order")) is not None:
            g.add(doc, membership, DLKG.joinOrder, _typed(order, XSD.positiveInteger))
        if joined := row.date("joined"):
            during, start = membership + "/during", membership + "/start"
            g.link(doc, membership, ORG.memberDuring, during)
            g.link(doc, during, RDF.type, TIME.Interval)
            g.link(doc, during, TIME.hasBeginning, start)
            g.link(doc, start, RDF.type, TIME.Instant)
            g.add(
                doc,
                start,
                TIME.inXSDDate if len(joined) == 10 else TIME.inXSDgYear,
                _date(joined) if len(joined) == 10 else _typed(joined[:4], XSD.gYear),
            )


def _goals(ctx: Context) -> None:
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
        g.add(doc, goal, DLKG.targetYear, _typed(year, XSD.gYear))
        for lang in ("nl", "en"):
            if aim := row[f"aim_{lang}"]:
                g.add(doc, goal, SDO.description, _text(aim, lang))
                g.add(doc, goal, SKOS.prefLabel, _text(aim, lang))
        for region in row.list("regions"):
            g.link(
                doc,
                goal,
                DLKG.targetRegion,
                mint.region(ctx.regions.resolve(row, "regions", region)),
            )


def _themes(ctx: Context) -> None:
    g, mint = ctx.graphs, ctx.mint
    scheme = mint.themes
    for row in ctx.data.rows("themes"):
        if row["kind"] not in ("theme", "activity"):
            raise row.error(f"kind must be theme or activity, not {row['kind']!r}")
        concept = mint.theme(row["name_nl"])
        g.link(scheme, scheme, RDF.type, SKOS.ConceptScheme)
        g.add(scheme, scheme, SKOS.prefLabel, _text("thema's en activiteiten", "nl"))
        g.add(scheme, scheme, SKOS.prefLabel, _text("themes and activities", "en"))
        g.link(scheme, concept, RDF.type, SKOS.Concept)
        g.link(scheme, concept, SKOS.inScheme, scheme)
        g.add(scheme, concept, SKOS.prefLabel, _text(row["name_nl"], "nl"))
        if row["name_en"]:
            g.add(scheme, concept, SKOS.prefLabel, _text(row["name_en"], "en"))
        g.add(scheme, concept, SKOS.notation, _text(row["kind"]))
        for alias in row.list("aliases"):
            g.add(scheme, concept, SKOS.altLabel, _text(alias, "nl"))


# --- Press releases ----------------------------------------------------------------------------


def lexicon(ctx: Context) -> Lexicon:
    """What the curated tables know, for the extractor."""
    from kg.ingest.extract import Lexicon

    groups = {
        label.lower(): concept.rsplit("/", 1)[1]
        for concept in ctx.vocabulary.codes["sector-group"].values()
        for label in ctx.vocabulary.labels.get(concept, [])
    }
    themes = {}
    for row in ctx.data.rows("themes"):
        for phrase in (row["name_nl"], row["name_en"], *row.list("aliases")):
            if phrase:
                themes[phrase.lower()] = (row["name_nl"], row["kind"])
    return Lexicon(
        organisations=dict(ctx.organisations.canonical),
        coalitions=dict(ctx.coalitions.canonical),
        sector_groups=groups,
        themes=themes,
    )


def _evidence(ctx: Context, doc: str, evidence: Evidence) -> str:
    g = ctx.graphs
    node = ctx.mint.evidence(evidence.source, evidence.start, evidence.end)
    quote, position = node + "#quote", node + "#position"
    g.link(doc, node, RDF.type, OA.SpecificResource)
    g.link(doc, node, OA.hasSource, doc)
    g.link(doc, node, OA.hasSelector, quote)
    g.link(doc, node, OA.hasSelector, position)
    g.link(doc, quote, RDF.type, OA.TextQuoteSelector)
    g.add(doc, quote, OA.exact, _text(evidence.sentence))
    g.link(doc, position, RDF.type, OA.TextPositionSelector)
    g.add(doc, position, OA.start, _typed(evidence.start, XSD.nonNegativeInteger))
    g.add(doc, position, OA.end, _typed(evidence.end, XSD.nonNegativeInteger))
    return node


def _named(
    ctx: Context,
    names: Names,
    value: str,
    doc: str,
    kind: str,
    mint: Callable[[str], str],
    rdf_type: str,
    source: str,
) -> str:
    """The canonical name for a name found in a text; an unknown one is added, with a warning."""
    known = names.canonical.get(value.lower())
    if known is not None:
        return known
    ctx.warnings.append(
        f"{source}: {kind} {value!r} is in no curated table; add it to {kind}s.csv to curate it"
    )
    names.canonical[value.lower()] = value
    _named_node(ctx.graphs, doc, mint(value), rdf_type, value)
    return value


def extraction_quads(ctx: Context, doc: str, found: Extraction) -> list[tuple[str, str]]:
    """Add what a press release says to its graph; return its (coalition, member) pairs."""
    g, mint = ctx.graphs, ctx.mint
    source = found.source
    coalition = _named(
        ctx,
        ctx.coalitions,
        found.coalition.value,
        doc,
        "coalition",
        mint.coalition,
        ORG.OrganizationalCollaboration,
        source,
    )
    coalition_iri = mint.coalition(coalition)
    pairs = []

    def member(fact_value: str, evidence: Evidence) -> str:
        name = _named(
            ctx,
            ctx.organisations,
            fact_value,
            doc,
            "organisation",
            mint.organisation,
            ORG.Organization,
            source,
        )
        membership = _membership(ctx, doc, coalition, name)
        g.link(doc, membership, DLKG.evidence, _evidence(ctx, doc, evidence))
        pairs.append((coalition, name))
        return membership

    joiner = member(found.joiner.value, found.joiner.evidence)
    if found.join_order is not None:
        g.add(doc, joiner, DLKG.joinOrder, _typed(found.join_order.value, XSD.positiveInteger))
        g.link(doc, joiner, DLKG.evidence, _evidence(ctx, doc, found.join_order.evidence))
    for partner in found.partners:
        member(partner.value, partner.evidence)
    if found.stated_others is not None:
        listed = {name for _, name in pairs}
        stated = int(found.stated_others.value) + (1 if len(listed) > len(found.partners) else 0)
        g.add(doc, coalition_iri, DLKG.statedPartnerCount, _typed(stated, XSD.nonNegativeInteger))
    if found.goal is not None and found.goal.target_year is not None:
        goal = mint.goal(coalition, found.goal.target_year)
        g.link(doc, coalition_iri, ORG.purpose, goal)
        g.link(doc, goal, RDF.type, DLKG.Goal)
        g.link(doc, goal, PROV.wasDerivedFrom, doc)
        g.add(doc, goal, DLKG.targetYear, _typed(found.goal.target_year, XSD.gYear))
        g.link(doc, goal, DLKG.evidence, _evidence(ctx, doc, found.goal.evidence))
        if goal not in ctx.curated_goals:
            g.add(doc, goal, SDO.description, _text(found.goal.aim, "nl"))
            g.add(doc, goal, SKOS.prefLabel, _text(found.goal.aim, "nl"))
        for place, kind in found.goal.regions:
            region = _region_for(ctx, place, kind)
            if region is None:
                ctx.warnings.append(
                    f"{source}: target region {place!r} ({kind}) is in no "
                    "curated table; add it to regions.csv"
                )
            else:
                g.link(doc, goal, DLKG.targetRegion, mint.region(region))
    for fact in found.themes:
        g.link(doc, coalition_iri, DLKG.theme, mint.theme(fact.value))
    for fact in found.activities:
        g.link(doc, mint.organisation(pairs[0][1]), DLKG.activity, mint.theme(fact.value))
    for fact in found.sector_groups:
        if concept := ctx.vocabulary.codes["sector-group"].get(fact.value):
            g.link(doc, doc, SDO.mentions, concept)
    return pairs


def _region_for(ctx: Context, place: str, kind: str) -> str | None:
    """The curated region a place named in a text means, by name and kind."""
    wanted = {
        "city": ("municipality", "city"),
        "province": ("province",),
        "country": ("country",),
    }.get(kind, tuple(REGION_TYPES))
    starts = {"province": ("provincie ",), "city": ("gemeente ",)}.get(kind, ())
    for name, rows in ctx.regions.rows.items():
        if rows[0]["type"] not in wanted:
            continue
        labels = {name.lower(), *(r["name_en"].lower() for r in rows if r["name_en"])}
        if any(
            prefix + place.lower() in labels or place.lower() in labels for prefix in (*starts, "")
        ):
            return name
    return None


def _texts(ctx: Context) -> None:
    if not ctx.data.texts:
        return
    from kg.ingest.extract import ExtractionError, extract_text

    known = lexicon(ctx)
    names = _NameIndex(known.organisations), _NameIndex(known.coalitions)
    curated: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for row in ctx.data.rows("memberships"):
        coalition = ctx.coalitions.resolve(row, "coalition")
        curated[coalition][ctx.organisations.resolve(row, "member")].append(row)
    for path in ctx.data.texts:
        text = read_text(path)
        try:
            found = extract_text(text, path.stem, _within(known, names, text))
        except ExtractionError as exc:
            raise InputError(str(exc), path) from None
        ctx.warnings.extend(f"{path}: {warning}" for warning in found.warnings)
        doc = ctx.documents[path.stem] if path.stem in ctx.documents else _doc_for(ctx, path)
        pairs = extraction_quads(ctx, doc, found)
        _compare(ctx, path, found, pairs, curated)


# Characters that case-insensitive matching (`re.IGNORECASE`, `str.lower`) takes for an ASCII
# letter although their lowercase is not that letter: İ and ı for i, ſ for s. (K, the Kelvin
# sign, lowercases to k.)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_GRAM = 4


def _fold(text: str) -> str:
    """Lowercase with single spaces, so that any way the extractor can find a name in a text
    (case-insensitive search, `str.lower`, whitespace-normalised lookups) is a substring here."""
    return " ".join(text.translate(_FOLD).lower().split())


class _NameIndex:
    """The keys of a large name table that can occur in a given text, in table order.

    The extractor scans its whole lexicon for every text (one regular expression per name); with
    tens of thousands of names that is seconds per press release. A name can only be found in a
    text that contains each of its 4-character pieces, so each name is filed under its rarest
    piece; a text then looks at the names filed under its own pieces, and keeps those whose folded
    form it contains. Shorter names are looked for one by one; names that are not ASCII are always
    kept. The extraction is the same as with the whole table (tests/test_scale.py checks it).
    """

    def __init__(self, table: dict[str, str]):
        self.table = table
        self.position = {key: n for n, key in enumerate(table)}
        self.always: list[str] = []
        self.short: list[tuple[str, str]] = []
        self.filed: dict[str, list[tuple[str, str]]] = defaultdict(list)
        pieces: dict[str, set[str]] = {}
        counts: dict[str, int] = defaultdict(int)
        for key in table:
            folded = _fold(key)
            if not folded.isascii():
                self.always.append(key)
                continue
            if len(folded) < _GRAM:
                self.short.append((key, folded))
                continue
            grams = {folded[i : i + _GRAM] for i in range(len(folded) - _GRAM + 1)}
            pieces[key] = grams
            for gram in grams:
                counts[gram] += 1
        for key, grams in pieces.items():
            rarest = min(grams, key=lambda gram: (counts[gram], gram))
            self.filed[rarest].append((key, _fold(key)))

    def within(self, text: str) -> dict[str, str]:
        folded = _fold(text)
        found = set(self.always)
        found.update(key for key, key_folded in self.short if key_folded in folded)
        for gram in {folded[i : i + _GRAM] for i in range(len(folded) - _GRAM + 1)}:
            for key, key_folded in self.filed.get(gram, ()):
                if key_folded in folded:
                    found.add(key)
        return {key: self.table[key] for key in sorted(found, key=self.position.__getitem__)}


def _within(known: Lexicon, names: tuple[_NameIndex, _NameIndex], text: str) -> Lexicon:
    """The lexicon cut down to the organisation and coalition names that can occur in `text`."""
    from kg.ingest.extract import Lexicon

    return Lexicon(
        organisations=names[0].within(text),
        coalitions=names[1].within(text),
        sector_groups=known.sector_groups,
        themes=known.themes,
    )


def _doc_for(ctx: Context, path: Path) -> str:
    for row in ctx.data.rows("sources"):
        if row["file"] == path.name:
            return ctx.documents[row["id"]]
    return ctx.documents[path.stem]


def _compare(
    ctx: Context,
    path: Path,
    found: Extraction,
    pairs: list[tuple[str, str]],
    curated: dict[str, dict[str, list[Row]]],
) -> None:
    """Report where a text and the membership table disagree, naming both sources."""
    if not pairs:
        return
    coalition = pairs[0][0]
    table = curated.get(coalition, {})
    if not table:
        return
    in_text = {name for _, name in pairs}
    where = f"{path.name}"
    for name in sorted(in_text - set(table)):
        ctx.warnings.append(
            f"disagreement: {where} lists {name} in {coalition}; memberships.csv does not"
        )
    for name in sorted(set(table) - in_text):
        rows = table[name]
        if any(ctx.documents.get(r["source"]) == _doc_for(ctx, path) for r in rows):
            ctx.warnings.append(
                f"disagreement: memberships.csv:{rows[0].line} cites {where} for "
                f"{name} in {coalition}; the text does not list it"
            )
    if found.join_order is not None:
        joiner = pairs[0][1]
        for row in table.get(joiner, []):
            if row["join_order"] and row["join_order"] != found.join_order.value:
                ctx.warnings.append(
                    f"disagreement: {where} says {joiner} joined {coalition} as number "
                    f"{found.join_order.value}; memberships.csv:{row.line} says "
                    f"{row['join_order']}"
                )


@dataclass(frozen=True)
class _Minter(Minter):
    """A `Minter` that remembers: the build mints the IRI of one name many times."""

    _cache: dict[tuple[str, ...], str] = field(default_factory=dict, repr=False, compare=False)

    def _iri(self, kind: str, *names: str) -> str:
        key = (kind, *names)
        iri = self._cache.get(key)
        if iri is None:
            iri = self._cache[key] = super()._iri(kind, *names)
        return iri


# --- Putting it together -----------------------------------------------------------------------


def context(
    data: str | Path = "data", base: str = DEFAULT_BASE, ontology: Path | None = None
) -> Context:
    """Read the data folder and the vocabulary, ready for the assembly steps."""
    ctx = Context(load(data), _Minter(base), load_vocabulary(ontology))
    ctx.graphs.update(ctx.vocabulary.quads)
    return ctx


def assemble(
    data: str | Path = "data", base: str = DEFAULT_BASE, ontology: Path | None = None
) -> Build:
    """Read a data folder into sorted quads, checking every reference. Writes nothing."""
    ctx = context(data, base, ontology)
    for step in (
        _documents,
        _regions,
        _coalitions,
        _organisations,
        _memberships,
        _goals,
        _themes,
        _texts,
    ):
        step(ctx)
    # One full sort by (subject, predicate, object, graph) gives the triples in order; a stable
    # sort by graph then gives the quads in (graph, subject, predicate, object) order.
    by_triple = sorted(ctx.graphs.keys)
    ctx.graphs.keys = set()
    triples, last = [], None
    for key in by_triple:
        triple = key[:3]
        if triple != last:
            triples.append(triple)
            last = triple
    by_triple.sort(key=_GRAPH)
    result = Build(Quads(by_triple, ctx.graphs.terms()), base, ctx.warnings)
    result._triple_keys = triples
    return result


def build(
    data: str | Path = "data",
    out: str | Path | None = "build",
    base: str = DEFAULT_BASE,
    validate: bool = True,
    ontology: Path | None = None,
) -> Build:
    """Build, validate and (when `out` is given) write the graph and its store.

    Nothing in `out` changes unless the sources are good; a graph with SHACL violations is
    still written, so that it can be inspected, and `result.report.conforms` is False.
    """
    result = assemble(data, base, ontology)
    if out is not None:
        result.out = write_outputs(result, Path(out), validate=validate)
    elif validate:
        from kg.shacl.validate import validate_build

        result.report = validate_build(result)
    return result


def write_outputs(result: Build, out: Path, *, validate: bool = False) -> Path:
    """Write kg.ttl, kg.trig, kg.nt, kg.jsonld, manifest.json and the store, each atomically.

    Each file is written beside its final name and renamed into place once all are written. With
    `validate`, the graph is validated (into `result.report`) from the written kg.nt before the
    manifest.
    """
    out.mkdir(parents=True, exist_ok=True)
    names = prefixes(result.base)
    staged: dict[str, Path] = {}
    store: Path | None = None
    try:
        staged["kg.nt"] = _staging(out / "kg.nt")
        with staged["kg.nt"].open("wb") as handle:
            _write_ntriples(result.triple_keys(), handle)
        if validate:
            from kg.shacl.validate import validate_build

            result.report = validate_build(result, ntriples=staged["kg.nt"])
        for name, items, fmt, with_prefixes in (
            ("kg.trig", result.table, ox.RdfFormat.TRIG, True),
            ("kg.ttl", result.iter_triples, ox.RdfFormat.TURTLE, True),
            ("kg.jsonld", result.table, ox.RdfFormat.JSON_LD, False),
        ):
            staged[name] = _staging(out / name)
            with staged[name].open("wb") as handle:
                ox.serialize(items(), handle, fmt, prefixes=names if with_prefixes else None)
        manifest = {
            "base": result.base,
            "sha256": _sha256(staged["kg.nt"]),
            **result.summary(),
            "conforms": result.report.conforms if result.report else None,
            "store_default_graph": "union",
        }
        staged["manifest.json"] = _staging(out / "manifest.json")
        staged["manifest.json"].write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        store = Path(tempfile.mkdtemp(prefix=".store.", dir=out))
        _load_store(result.table(), result.triple_keys(), store)
        _swap(store, out / "store")
        for name, tmp in staged.items():
            os.chmod(tmp, 0o644)
            os.replace(tmp, out / name)
    except BaseException:
        if store is not None:
            shutil.rmtree(store, ignore_errors=True)
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        raise
    return out


def _write_ntriples(triples: list[tuple[str, str, str]], handle: IO[bytes]) -> None:
    """N-Triples, written straight from the keys: they are the terms as Oxigraph writes them, so
    this is byte for byte what `ox.serialize` makes, only faster (tests/test_scale.py checks)."""
    for batch in _ntriples(triples):
        handle.write(batch)


def _ntriples(triples: list[tuple[str, str, str]]) -> Iterator[bytes]:
    """N-Triples from triple keys, `STORE_BATCH` lines at a time."""
    for start in range(0, len(triples), STORE_BATCH):
        yield "".join(
            [f"{s} {p} {o} .\n" for s, p, o in triples[start : start + STORE_BATCH]]
        ).encode()


def _staging(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


STORE_BATCH = 100_000
"""Quads per bulk load into the store. Oxigraph's bulk loader holds a batch in memory (a million
quads take about a gigabyte); in batches of this size it also loads faster."""


def _load_store(quads: Quads, triples: list[tuple[str, str, str]], path: Path) -> None:
    """Write the Oxigraph store: the quads in their named graphs, and the union graph's triples
    once more in the default graph, in batches (the keys are N-Triples terms).

    Queries then read the default graph directly instead of asking Oxigraph for the union of
    23,000 named graphs, which merges and repeats their triples: a third to a half faster at 1M.
    """
    store = ox.Store(str(path))
    default = str(ox.DefaultGraph())
    keys = quads.keys
    for start in range(0, len(keys), STORE_BATCH):
        batch = "".join(
            [
                f"{s} {p} {o} {g} .\n" if g != default else f"{s} {p} {o} .\n"
                for s, p, o, g in keys[start : start + STORE_BATCH]
            ]
        )
        store.bulk_load(input=batch.encode(), format=ox.RdfFormat.N_QUADS)
    for lines in _ntriples(triples):
        store.bulk_load(input=lines, format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    store.optimize()  # compacts the batches' files: queries on a million quads run twice as fast


def _swap(tmp: Path, path: Path) -> None:
    """Put a freshly written folder in place of the old one."""
    old = path.with_name(".store.old")
    if path.exists():
        shutil.rmtree(old, ignore_errors=True)
        path.rename(old)
    tmp.rename(path)
    shutil.rmtree(old, ignore_errors=True)
