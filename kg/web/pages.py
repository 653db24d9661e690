"""What the HTML pages show: the queries behind a resource page and the model the templates read.

Every query here binds the resource as `?r` (a substitution, never text) and runs in a worker.
The templates get plain Python values; they escape every text they print (Jinja2 autoescape).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from kg.rdf.iri import DEFAULT_BASE
from kg.rdf.labels import pick_label, safe_url
from kg.rdf.namespace import DEF, ORG, RDF, SDO, SKOS, sparql_prefixes

__all__ = [
    "DESCRIBE",
    "EXISTS",
    "HOME",
    "LISTING",
    "PAGE_QUERIES",
    "Count",
    "Labeller",
    "Links",
    "Page",
    "Value",
    "build_page",
    "rows",
]

RDF_TYPE = str(RDF.type)
SCHEMA, SKOS_NS, ORG_NS = str(SDO), str(SKOS), str(ORG)
"""Namespaces as plain strings, to compare with the IRIs of SPARQL JSON answers."""
PREFIXES = sparql_prefixes()
"""The prologue of every query here: it declares rdf, rdfs, skos, dcterms, schema, org, prov, oa
and dlkg, among others."""

LABEL = "skos:prefLabel|rdfs:label|dcterms:title|schema:name"

EXISTS = PREFIXES + "ASK { { ?r ?p ?o } UNION { ?s ?p ?r } }"

DESCRIBE = (
    PREFIXES
    + """
CONSTRUCT { ?r ?p ?o . ?s ?q ?r . ?h ?hp ?ho }
WHERE {
  { ?r ?p ?o }
  UNION { ?s ?q ?r }
  UNION { ?r ?link ?h . FILTER(isIRI(?h) && STRSTARTS(STR(?h), CONCAT(STR(?r), "#"))) ?h ?hp ?ho }
}"""
)
"""A resource's description: its statements, the statements that point to it, and those of its
own `#` parts (an evidence's quote and position selectors)."""

PAGE_QUERIES = {
    "out": PREFIXES + "SELECT DISTINCT ?r ?p ?o WHERE { ?r ?p ?o }",
    "in": PREFIXES + "SELECT DISTINCT ?r ?s ?p WHERE { ?s ?p ?r } LIMIT 2000",
    "labels": PREFIXES
    + f"""
SELECT DISTINCT ?r ?x ?label WHERE {{
  {{ BIND(?r AS ?x) }} UNION {{ ?r ?x ?o }} UNION {{ ?s ?x ?r }} UNION {{ ?r ?p ?x }}
  UNION {{ ?x ?p ?r }} UNION {{ ?r ?p ?y . ?y ?q ?x }} UNION {{ ?y ?p ?r . ?y ?q ?x }}
  ?x {LABEL} ?label
}} LIMIT 20000""",
    "memberships": PREFIXES
    + """
SELECT DISTINCT ?r ?m ?role ?other ?order ?src ?srcUrl ?exact ?began ?since ?ended ?left WHERE {
  { ?m org:member ?r ; org:organization ?other . BIND("coalition" AS ?role) }
  UNION
  { ?m org:organization ?r ; org:member ?other . BIND("member" AS ?role) }
  OPTIONAL { ?m dlkg:joinOrder ?order }
  OPTIONAL {
    ?m org:memberDuring ?period .
    OPTIONAL {
      ?period time:hasBeginning/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?began
    }
    OPTIONAL { ?period time:hasEnd ?left }
  }
  OPTIONAL { ?m dlkg:knownSince ?since }
  OPTIONAL { ?m dlkg:endedBy ?ended }
  OPTIONAL { ?m prov:wasDerivedFrom ?src OPTIONAL { ?src schema:url ?srcUrl } }
  OPTIONAL { ?m dlkg:evidence ?ev . ?ev oa:hasSelector ?sel . ?sel oa:exact ?exact }
}""",
    "counts": PREFIXES
    + """
SELECT DISTINCT ?r ?count ?partners ?src ?day ?exact WHERE {
  ?count dlkg:countOf ?r ; dlkg:partners ?partners ; prov:wasDerivedFrom ?src .
  OPTIONAL { ?src dlkg:knownBy ?day }
  OPTIONAL { ?count dlkg:evidence/oa:hasSelector/oa:exact ?exact }
}""",
    "evidence": PREFIXES
    + """
SELECT DISTINCT ?r ?ev ?exact ?src WHERE {
  ?r dlkg:evidence ?ev . ?ev oa:hasSelector ?sel . ?sel oa:exact ?exact .
  OPTIONAL { ?ev oa:hasSource ?src }
}""",
    "sources": PREFIXES
    + """
SELECT DISTINCT ?r ?src ?url ?publisher ?issued WHERE {
  { ?r prov:wasDerivedFrom ?src }
  UNION { GRAPH ?src { ?r ?p ?o } FILTER EXISTS { ?src a prov:Entity } }
  OPTIONAL { ?src schema:url ?url }
  OPTIONAL { ?src dcterms:publisher ?publisher }
  OPTIONAL { ?src dcterms:issued ?issued }
}""",
}

HOME = (
    PREFIXES
    + f"""
SELECT DISTINCT ?s ?type ?label WHERE {{
  VALUES ?type {{ org:OrganizationalCollaboration org:Organization }}
  ?s a ?type . OPTIONAL {{ ?s {LABEL} ?label }}
}}"""
)

LISTING = (
    PREFIXES
    + f"""
SELECT DISTINCT ?prefix ?s ?label WHERE {{
  ?s ?p ?o . FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?prefix))
  OPTIONAL {{ ?s {LABEL} ?label }}
}} LIMIT 20000"""
)

# Rows of the summary at the top of a page: (heading, predicate, IRI prefix of the value or "").
SUMMARY = (
    ("Type", ORG_NS + "classification", DEF + "/org-type/"),
    ("Sector", ORG_NS + "classification", DEF + "/sector/"),
    ("City", SCHEMA + "location", ""),
    ("Area served", SCHEMA + "areaServed", ""),
    ("Founded", SCHEMA + "foundingDate", ""),
    ("Legal name", SCHEMA + "legalName", ""),
    ("Also known as", SKOS_NS + "altLabel", ""),
    ("Website", SCHEMA + "url", ""),
    ("Same as", SCHEMA + "sameAs", ""),
)


def rows(data: bytes) -> list[dict[str, dict[str, str]]]:
    """The bindings of a SPARQL JSON results document."""
    document = json.loads(data)
    return list(document.get("results", {}).get("bindings", []))


@dataclass(frozen=True)
class Links:
    """Where an IRI points on this site: IRIs under the build's base live under the public base.

    >>> links = Links("https://w3id.org/dlkg/", "http://localhost:8000/")
    >>> links.href("https://w3id.org/dlkg/organisation/umcg")
    'http://localhost:8000/organisation/umcg'
    >>> links.href("https://www.umcg.nl/")
    'https://www.umcg.nl/'
    """

    build_base: str
    public_base: str

    def local(self, iri: str) -> str | None:
        """The path (under the public base) that serves `iri`, or None if it is not ours."""
        for base in (self.build_base, DEFAULT_BASE):
            rest = iri[len(base) :]
            if iri.startswith(base) and (base == self.build_base or rest.startswith("def")):
                return rest
        return None

    def href(self, iri: str) -> str | None:
        """Where a link to `iri` goes: here if it is ours, else the IRI itself if it is http(s).

        Anything else (`javascript:`, `data:`, a URN) is shown as text, never made a link.
        """
        rest = self.local(iri)
        return self.public_base + rest if rest is not None else safe_url(iri)

    def candidates(self, path: str) -> list[str]:
        """The IRIs a request path may name: under the build's base, and the ontology's."""
        found = [self.build_base + path]
        if path.startswith("def") and self.build_base != DEFAULT_BASE:
            found.append(DEFAULT_BASE + path)
        return found


@dataclass
class Value:
    """A value on a page: a link (IRI) or a text (literal), with its label and language."""

    text: str
    href: str | None = None
    iri: str | None = None
    lang: str | None = None
    datatype: str | None = None
    local: bool = False

    @property
    def is_link(self) -> bool:
        return self.href is not None


@dataclass
class Labeller:
    """Names for the terms of answers: labels in the reader's language, else short IRIs."""

    links: Links
    lang: str
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    """For each IRI, its first label in each language ('' for none)."""
    prefixes: dict[str, str] = field(default_factory=dict)

    def add(self, bindings: list[dict[str, dict[str, str]]]) -> None:
        """Learn the labels of rows that bind `?x` to a term and `?label` to its label."""
        for row in bindings:
            label = row["label"]
            self.labels.setdefault(row["x"]["value"], {}).setdefault(
                label.get("xml:lang", "").lower(), label["value"]
            )

    def short(self, iri: str) -> str:
        for prefix, namespace in sorted(self.prefixes.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(namespace) and "/" not in iri[len(namespace) :]:
                return f"{prefix}:{iri[len(namespace) :]}"
        return iri

    def label(self, iri: str) -> str:
        return pick_label(self.labels.get(iri, {}), self.lang) or self.short(iri)

    def term(self, term: dict[str, str] | None) -> Value | None:
        if term is None:
            return None
        if term["type"] == "uri":
            iri = term["value"]
            return Value(
                self.label(iri),
                href=self.links.href(iri),
                iri=iri,
                local=self.links.local(iri) is not None,
            )
        if term["type"] == "bnode":
            return Value("_:" + term["value"])
        return Value(term["value"], lang=term.get("xml:lang"), datatype=term.get("datatype"))


@dataclass
class Membership:
    iri: str
    href: str | None
    role: str  # what the other side is: "coalition" or "member"
    other: Value
    order: str | None = None
    sources: list[Value] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)
    """Numbers of the sentences shared with other memberships, printed once as notes."""
    began: str | None = None  # the join, as a source dates it
    since: str | None = None  # known since (dlkg:knownSince)
    ended: str | None = None  # ended by (dlkg:endedBy)
    left: bool = False  # a source says it left (with or without a day)


@dataclass
class Count:
    """A number of partners one source states, with the day it is known by and its quote."""

    partners: int
    source: Value | None
    day: str | None
    quote: str | None


@dataclass
class Page:
    """Everything a resource page shows."""

    iri: str
    href: str
    label: str
    types: list[Value]
    summary: list[tuple[str, list[Value]]]
    statements: list[tuple[Value, list[Value]]]
    memberships: list[Membership]
    quotes: list[tuple[str, Value | None]]
    sources: list[dict[str, Any]]
    incoming: list[tuple[Value, Value]]
    incoming_cut: bool = False
    notes: list[tuple[int, str]] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)

    @property
    def members(self) -> list[Membership]:
        return [m for m in self.memberships if m.role == "member"]

    @property
    def coalitions(self) -> list[Membership]:
        return [m for m in self.memberships if m.role == "coalition"]


def _order_key(membership: Membership) -> tuple[int, str]:
    order = membership.order
    return (int(order) if order and order.isdigit() else 10**9, membership.other.text.lower())


def build_page(
    iri: str, answers: dict[str, bytes], links: Links, lang: str, prefixes: dict[str, str]
) -> Page:
    """The model of a resource page from the answers to `PAGE_QUERIES` (SPARQL JSON)."""
    found = {name: rows(data) for name, data in answers.items()}
    names = Labeller(links, lang, prefixes=prefixes)
    names.add(found["labels"])

    out: dict[str, list[dict[str, str]]] = {}
    for row in found["out"]:
        out.setdefault(row["p"]["value"], []).append(row["o"])

    def values(terms: list[dict[str, str]]) -> list[Value]:
        seen: dict[tuple[str, str | None, str | None], Value] = {}
        for term in terms:
            value = names.term(term)
            if value is not None:
                seen.setdefault((value.iri or value.text, value.lang, value.datatype), value)
        return sorted(seen.values(), key=lambda v: (v.text.lower(), v.lang or ""))

    summary = []
    for heading, predicate, prefix in SUMMARY:
        chosen = [t for t in out.get(predicate, []) if t["value"].startswith(prefix)]
        if chosen:
            summary.append((heading, values(chosen)))
    statements = [
        (
            Value(
                names.label(p) if p in names.labels else names.short(p), href=links.href(p), iri=p
            ),
            values(terms),
        )
        for p, terms in sorted(out.items(), key=lambda kv: names.short(kv[0]))
    ]

    memberships: dict[str, Membership] = {}
    for row in found["memberships"]:
        m = row["m"]["value"]
        other = names.term(row["other"])
        assert other is not None
        entry = memberships.setdefault(m, Membership(m, links.href(m), row["role"]["value"], other))
        if "order" in row:
            entry.order = row["order"]["value"]
        for key in ("began", "since", "ended"):
            if key in row:
                setattr(entry, key, row[key]["value"])
        entry.left = entry.left or "left" in row
        if "src" in row:
            source = names.term(row["src"])
            if source is not None and all(s.iri != source.iri for s in entry.sources):
                entry.sources.append(source)
        if "exact" in row and row["exact"]["value"] not in entry.quotes:
            entry.quotes.append(row["exact"]["value"])

    shared: dict[str, int] = {}
    for entry in memberships.values():
        for text in entry.quotes:
            shared[text] = shared.get(text, 0) + 1
    numbered = {
        text: n for n, text in enumerate((t for t, count in shared.items() if count > 1), start=1)
    }
    for entry in memberships.values():
        entry.notes = [numbered[t] for t in entry.quotes if t in numbered]
        entry.quotes = [t for t in entry.quotes if t not in numbered]

    quotes: dict[str, Value | None] = {}
    for row in found["evidence"]:
        quotes.setdefault(row["exact"]["value"], names.term(row.get("src")))

    sources: dict[str, dict[str, Any]] = {}
    for row in found["sources"]:
        src = row["src"]["value"]
        entry_src = sources.setdefault(
            src, {"source": names.term(row["src"]), "url": None, "publisher": None, "issued": None}
        )
        for key in ("url", "publisher", "issued"):
            if key in row:
                entry_src[key] = row[key]["value"]
        entry_src["url"] = safe_url(entry_src["url"])

    counts = sorted(
        {
            (
                int(row["partners"]["value"]),
                row.get("day", {}).get("value"),
                row.get("exact", {}).get("value"),
                row["src"]["value"],
            ): Count(
                int(row["partners"]["value"]),
                names.term(row["src"]),
                row.get("day", {}).get("value"),
                row.get("exact", {}).get("value"),
            )
            for row in found.get("counts", [])
            if row["partners"]["value"].isdigit()
        }.values(),
        key=lambda c: (c.day is None, c.day or "", c.partners),
    )
    incoming = [
        (v, p)
        for v, p in ((names.term(row["s"]), names.term(row["p"])) for row in found["in"])
        if v is not None and p is not None
    ]
    incoming.sort(key=lambda pair: (pair[1].text.lower(), pair[0].text.lower()))
    return Page(
        iri=iri,
        href=links.href(iri) or iri,
        label=names.label(iri),
        types=values(out.get(RDF_TYPE, [])),
        summary=summary,
        statements=statements,
        memberships=sorted(memberships.values(), key=_order_key),
        quotes=list(quotes.items()),
        sources=sorted(sources.values(), key=lambda s: s["source"].text.lower()),
        incoming=incoming,
        incoming_cut=len(found["in"]) >= 2000,
        notes=[(n, text) for text, n in numbered.items()],
        counts=counts,
    )
