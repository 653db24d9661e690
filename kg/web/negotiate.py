"""HTTP content negotiation: the Accept header with q-values, and the formats dlkg answers in.

>>> best("text/csv;q=0.5, application/sparql-results+json;q=0.9", RESULTS).name
'json'
>>> best("*/*;q=0.1, text/tab-separated-values", RESULTS).name
'tsv'
>>> best("text/html", RESULTS) is None
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "GRAPHS",
    "HTML",
    "RESULTS",
    "Format",
    "best",
    "by_name",
    "parse_accept",
    "q_of",
    "write_graph",
]


@dataclass(frozen=True)
class Format:
    """One format we can answer in: its short name, media type and the aliases it answers to."""

    name: str
    media_type: str
    content_type: str
    aliases: tuple[str, ...] = ()

    @property
    def types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)


RESULTS = (
    Format(
        "json",
        "application/sparql-results+json",
        "application/sparql-results+json",
        ("application/json",),
    ),
    Format(
        "xml",
        "application/sparql-results+xml",
        "application/sparql-results+xml",
        ("application/xml", "text/xml"),
    ),
    Format("csv", "text/csv", "text/csv; charset=utf-8"),
    Format("tsv", "text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
)
"""SPARQL results (SELECT and ASK), in the order we prefer them when the client does not care."""

GRAPHS = (
    Format("turtle", "text/turtle", "text/turtle; charset=utf-8", ("application/x-turtle",)),
    Format("nt", "application/n-triples", "application/n-triples", ("text/plain",)),
    Format("jsonld", "application/ld+json", "application/ld+json", ("application/json",)),
    Format("rdfxml", "application/rdf+xml", "application/rdf+xml"),
)
"""RDF graphs (CONSTRUCT, DESCRIBE and resource descriptions), in order of preference."""

HTML = Format("html", "text/html", "text/html; charset=utf-8", ("application/xhtml+xml",))

_NAMES = {
    "ttl": "turtle",
    "n-triples": "nt",
    "ntriples": "nt",
    "json-ld": "jsonld",
    "rdf": "rdfxml",
    "xml-rdf": "rdfxml",
}


def by_name(name: str, offers: tuple[Format, ...]) -> Format | None:
    """The offered format called `name` (as in `?_format=csv`), or None."""
    name = _NAMES.get(name.lower(), name.lower())
    return next((f for f in offers if f.name == name), None)


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q-values; malformed entries are skipped, as RFC 9110 allows."""
    if header is None or not header.strip():
        return [("*/*", 1.0)]
    ranges: list[tuple[str, float]] = []
    for entry in header.split(","):
        media, *params = (part.strip() for part in entry.split(";"))
        media = media.lower()
        if media.count("/") != 1 or (media.startswith("*/") and media != "*/*"):
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value.strip())
                except ValueError:
                    q = -1.0
        if 0.0 <= q <= 1.0:
            ranges.append((media, q))
    return ranges


def q_of(media_type: str, ranges: list[tuple[str, float]]) -> float:
    """How much the client wants `media_type`: the q of the most specific range that matches."""
    kind = media_type.split("/")[0] + "/*"
    for candidate in (media_type, kind, "*/*"):
        matches = [q for media, q in ranges if media == candidate]
        if matches:
            return max(matches)
    return 0.0


def _score(offer: Format, ranges: list[tuple[str, float]]) -> float:
    """The q of an offer: its own media type by the usual rules, an alias only when named.

    `text/*` means CSV and TSV, not SPARQL XML just because `text/xml` is one of its aliases.
    """
    named = [q for media, q in ranges if media in offer.aliases]
    if q_of(offer.media_type, ranges) == 0 and any(
        media == offer.media_type for media, _ in ranges
    ):
        return 0.0  # refused by name
    return max([q_of(offer.media_type, ranges), *named])


def best(header: str | None, offers: tuple[Format, ...]) -> Format | None:
    """The offer the client wants most (ties go to our order); None when it accepts none."""
    ranges = parse_accept(header)
    if not ranges:  # only malformed entries: as good as no header at all
        ranges = [("*/*", 1.0)]
    scored = [(_score(offer, ranges), -index, offer) for index, offer in enumerate(offers)]
    q, _, offer = max(scored, key=lambda item: (item[0], item[1]))
    return offer if q > 0 else None


def write_graph(triples: Sequence[Any], name: str, prefixes: Mapping[str, str]) -> bytes:
    """Pyoxigraph `triples` in the graph format called `name` (one of `GRAPHS`); Turtle declares
    those of `prefixes` whose namespace holds some IRI of the triples."""
    import pyoxigraph as ox

    fmt = {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "jsonld": ox.RdfFormat.JSON_LD,
        "rdfxml": ox.RdfFormat.RDF_XML,
    }[name]
    used = None
    if name == "turtle":
        iris = {t.value for triple in triples for t in triple if isinstance(t, ox.NamedNode)}
        used = {p: ns for p, ns in prefixes.items() if any(iri.startswith(ns) for iri in iris)}
    return bytes(ox.serialize(triples, format=fmt, prefixes=used) or b"")
