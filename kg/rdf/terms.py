"""RDF terms between the libraries dlkg uses: Oxigraph, rdflib, SPARQL JSON and N-Triples text.

One converter for each direction, so every stage makes a term the same way:

- `to_rdflib` / `RdflibTerms`: an Oxigraph term as an rdflib term (the engines' answers);
- `to_oxigraph`: an rdflib term as an Oxigraph term (bound parameters);
- `to_json` / `from_json`: a term as a SPARQL 1.1 JSON results binding, and back;
- `to_ntriples`: a term in N-Triples syntax, checked and escaped, safe to write into a query.

>>> from rdflib import Literal
>>> from_json(to_json(Literal("UMCG", lang="nl"))) == Literal("UMCG", lang="nl")
True
>>> year = Literal("2025", datatype=XSD_GYEAR)
>>> to_rdflib(to_oxigraph(year)) == year
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kg.errors import InputError

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib.term import Identifier

    OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal

__all__ = [
    "RDF_LANGSTRING",
    "XSD_STRING",
    "RdflibTerms",
    "check_iri",
    "from_json",
    "plain",
    "to_json",
    "to_ntriples",
    "to_oxigraph",
    "to_rdflib",
]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_GYEAR = "http://www.w3.org/2001/XMLSchema#gYear"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class RdflibTerms:
    """Oxigraph terms to rdflib terms, each distinct term made once: an answer repeats its
    coalitions, types and sectors on every row, and rdflib's Literal is slow to make."""

    def __init__(self) -> None:
        import pyoxigraph
        from rdflib import BNode, Literal, URIRef

        self.ox, self.BNode, self.Literal, self.URIRef = pyoxigraph, BNode, Literal, URIRef
        self.made: dict[object, Identifier] = {}

    def __call__(self, term: OxTerm | None) -> Identifier | None:
        if term is None:
            return None
        made = self.made.get(term)
        if made is None:
            made = self.made[term] = self._make(term)
        return made

    def _make(self, term: OxTerm) -> Identifier:
        ox = self.ox
        if isinstance(term, ox.NamedNode):
            return self.URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return self.BNode(term.value)
        if isinstance(term, ox.Literal):
            if term.language:
                return self.Literal(term.value, lang=term.language)
            datatype = term.datatype.value
            if datatype == XSD_STRING:
                return self.Literal(term.value)
            return self.Literal(term.value, datatype=self.URIRef(datatype))
        raise TypeError(f"unsupported term {term!r}")


def to_rdflib(term: OxTerm | None) -> Identifier | None:
    """One Oxigraph term as an rdflib term (a plain literal for xsd:string); None stays None."""
    return RdflibTerms()(term)


def to_oxigraph(term: Identifier) -> OxTerm:
    """One rdflib term as an Oxigraph term."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


def to_json(term: Identifier) -> dict[str, str]:
    """A term as a binding of SPARQL 1.1 Query Results JSON."""
    from rdflib import BNode, Literal

    if isinstance(term, Literal):
        value = {"type": "literal", "value": str(term)}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype:
            value["datatype"] = str(term.datatype)
        return value
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    return {"type": "uri", "value": str(term)}


def from_json(value: Mapping[str, Any]) -> Identifier:
    """A SPARQL 1.1 JSON binding as an rdflib term; xsd:string literals come back plain."""
    from rdflib import BNode, Literal, URIRef

    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang") or value.get("lang")
        if lang:
            return Literal(value["value"], lang=lang)
        datatype = value.get("datatype")
        if datatype and datatype not in (XSD_STRING, RDF_LANGSTRING):
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    raise ValueError(f"unknown term type {kind!r}")


def plain(term: Identifier) -> Identifier:
    """A literal typed xsd:string as a plain literal, as the local engines give it."""
    from rdflib import Literal

    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == XSD_STRING:
        return Literal(str(term))
    return term


# --- Terms written into SPARQL or N-Triples text -----------------------------------------------

_IRIREF = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*")
_LANG = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def check_iri(iri: str, what: str = "IRI") -> str:
    """An absolute IRI that can be written as `<iri>` in SPARQL and N-Triples, else InputError."""
    if not _IRIREF.fullmatch(iri):
        raise InputError(
            f'{what} must be an absolute IRI without spaces or any of <>"{{}}|^`\\, not {iri!r}'
        )
    return iri


def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(c, c if c >= " " else f"\\u{ord(c):04X}") for c in text)


def to_ntriples(term: Identifier) -> str:
    """A term in N-Triples syntax, safe to put into a query: IRIs checked, strings escaped.

    >>> from rdflib import Literal, URIRef
    >>> to_ntriples(Literal('say "hi" }'))
    '"say \\\\"hi\\\\" }"'
    >>> to_ntriples(URIRef("https://w3id.org/dlkg/organisation/umcg"))
    '<https://w3id.org/dlkg/organisation/umcg>'
    """
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return f"<{check_iri(str(term))}>"
    if isinstance(term, Literal):
        text = f'"{_escape(str(term))}"'
        if term.language:
            if not _LANG.fullmatch(term.language):
                raise InputError(f"not a language tag: {term.language!r}")
            return f"{text}@{term.language}"
        if term.datatype and str(term.datatype) != XSD_STRING:
            return f"{text}^^<{check_iri(str(term.datatype), 'a datatype')}>"
        return text
    if isinstance(term, BNode):
        raise InputError("a blank node cannot be bound as a parameter of a remote query")
    raise InputError(f"cannot bind {term!r} as a parameter")
