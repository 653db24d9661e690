"""The vocabularies of dlkg: our own closed namespace and the standard ones we reuse."""

from __future__ import annotations

from rdflib.namespace import (
    DCTERMS,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

__all__ = [
    "DCTERMS",
    "DEF",
    "DLKG",
    "OA",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMES",
    "SDO",
    "SKOS",
    "TIME",
    "WD",
    "XSD",
    "sparql_prefixes",
]

DEF = "https://w3id.org/dlkg/def"
"""The IRI of the ontology; the concept schemes live under it."""


class DLKG(DefinedNamespace):
    """Terms of the dlkg ontology (`ontology/dlkg.ttl`); a typo raises instead of minting."""

    _NS = Namespace(DEF + "#")
    _fail = True

    Goal: URIRef
    joinOrder: URIRef
    PartnerCount: URIRef
    countOf: URIRef
    partners: URIRef
    listsAll: URIRef
    FormerName: URIRef
    formerName: URIRef
    knownBy: URIRef
    issuedNotBefore: URIRef
    issuedNotAfter: URIRef
    knownSince: URIRef
    endedBy: URIRef
    targetYear: URIRef
    targetRegion: URIRef
    evidence: URIRef
    theme: URIRef
    activity: URIRef
    cbsCode: URIRef


class OA(DefinedNamespace):
    """The W3C Web Annotation terms dlkg uses for evidence."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef
    start: URIRef
    end: URIRef


WD = Namespace("http://www.wikidata.org/entity/")

SCHEMES = {
    "sector-group": URIRef(DEF + "/sector-group"),
    "sector": URIRef(DEF + "/sector"),
    "org-type": URIRef(DEF + "/org-type"),
    "collaboration-kind": URIRef(DEF + "/collaboration-kind"),
}
"""The concept schemes of `ontology/concepts.ttl`; a concept's IRI is `<scheme>/<code>`."""

PREFIXES = {
    "dlkg": str(DLKG),
    "org": str(ORG),
    "skos": str(SKOS),
    "prov": str(PROV),
    "oa": str(OA),
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "time": str(TIME),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "sector": DEF + "/sector/",
    "sectorgroup": DEF + "/sector-group/",
    "orgtype": DEF + "/org-type/",
    "wd": str(WD),
}
"""Prefixes for serialisations and for queries; `kg.iri` adds the instance base."""


def sparql_prefixes(names: dict[str, str] | None = None) -> str:
    """A SPARQL prologue declaring `names` (default: `PREFIXES`), one `PREFIX` line each.

    >>> sparql_prefixes({"org": "http://www.w3.org/ns/org#"})
    'PREFIX org: <http://www.w3.org/ns/org#>\\n'
    """
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in (names or PREFIXES).items())
