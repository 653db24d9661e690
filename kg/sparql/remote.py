"""The remote engine: a SPARQL 1.1 endpoint asked the catalogue's questions, parameters bound by
`VALUES` blocks (`kg.sparql.text.insert_values`), never pasted into the query's text.

A `RemoteEngine` with a graph queries a dlkg publication: the union graph as the default graph and
the per-source graphs it lists as the named graphs, so remote answers match local ones."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.rdf.terms import check_iri, from_json, plain
from kg.sparql.http import RemoteError, make_client, send, server_message
from kg.sparql.results import Result
from kg.sparql.text import insert_values, query_form

if TYPE_CHECKING:
    import httpx
    from rdflib.term import Identifier

__all__ = ["PROV_ENTITY", "RemoteEngine", "parse_graph", "parse_solutions"]

SELECT_ACCEPT = "application/sparql-results+json, application/json;q=0.8"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_RDF_FORMATS = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


def parse_solutions(response: httpx.Response) -> Result:
    """SPARQL 1.1 JSON results (SELECT or ASK) as a Result of rdflib terms."""
    try:
        document = json.loads(response.content)
        if "boolean" in document:
            return Result("ask", boolean=bool(document["boolean"]))
        variables = list(document["head"].get("vars", []))
        if variables == ["__ASK_RETVAL"]:  # Virtuoso 7 answers ASK as a row of 1, or none
            found = document["results"]["bindings"]
            yes = bool(found) and found[0]["__ASK_RETVAL"]["value"] not in ("0", "false")
            return Result("ask", boolean=yes)
        rows = [
            tuple(from_json(b[v]) if v in b else None for v in variables)
            for b in document["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        kind = response.headers.get("content-type", "no content type")
        raise RemoteError(
            f"the endpoint answered something other than SPARQL JSON results "
            f"({kind}: {exc}): {server_message(response, 200)}"
        ) from None
    return Result("select", variables, rows)


def parse_graph(response: httpx.Response) -> Result:
    """An RDF answer (CONSTRUCT or DESCRIBE) as a Result of rdflib triples."""
    import rdflib

    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    fmt = _RDF_FORMATS.get(kind)
    if fmt is None:
        raise RemoteError(
            f"the endpoint answered {kind or 'no content type'}, not RDF: "
            f"{server_message(response, 200)}"
        )
    graph = rdflib.Graph()
    try:
        graph.parse(data=response.content, format=fmt)
    except Exception as exc:  # rdflib raises parser-specific types
        raise RemoteError(f"cannot parse the endpoint's {kind} answer: {exc}") from None
    triples = [(s, p, plain(o)) for s, p, o in graph]  # type: ignore[arg-type]
    return Result("graph", triples=triples)  # type: ignore[arg-type]


# --- The engine ----------------------------------------------------------------------------------


PROV_ENTITY = "http://www.w3.org/ns/prov#Entity"
SOURCES_QUERY = f"SELECT DISTINCT ?doc WHERE {{ ?doc a <{PROV_ENTITY}> FILTER(isIRI(?doc)) }}"
"""The source documents a published union graph lists: the names of its per-source graphs."""


class RemoteEngine:
    """A remote SPARQL 1.1 endpoint: POST the query, read JSON results or N-Triples/Turtle.

    With `graph`, queries run on the dataset a dlkg publication makes (`kg publish`): the
    published union graph as the default graph (`default-graph-uri=<graph>`), and the graph of
    every source document the union lists (`?doc a prov:Entity`) as a named graph
    (`named-graph-uri=<doc>`, one parameter each), so `GRAPH ?source { ... }` finds the
    per-source graphs as it does locally. The sources are asked for once per engine, with the
    union as the only graph, and kept. With named graphs the request is a form POST: hundreds of
    `named-graph-uri` parameters do not fit in a URL (Oxigraph refuses headers over 8 kB).

    Every query is a form-encoded POST (the SPARQL 1.1 Protocol's "query via URL-encoded POST",
    which every store answers; Debian's Virtuoso 7.2 never answers a direct POST of
    `application/sparql-query`). `form=False` sends the direct POST first where no named graphs
    are sent, and falls back to the form when it is refused (415). Every request has `timeout`.

    Without `graph` no dataset parameters are sent: the query sees the store's own dataset.
    """

    name = "remote"

    def __init__(
        self,
        endpoint: str,
        graph: str | None = None,
        *,
        auth: httpx.Auth | None = None,
        user: str | None = None,
        timeout: float = 60.0,
        form: bool = True,
        client: httpx.Client | None = None,
    ):
        if not re.match(r"https?://[^\s/]+", endpoint or ""):
            raise InputError(f"--endpoint must be an http(s) URL, not {endpoint!r}")
        self.endpoint = endpoint
        self.graph = check_iri(graph, "--graph") if graph else None
        self.form = form
        self._client = client or make_client(auth, timeout)
        self._user = user
        self._sources: list[str] | None = None

    def close(self) -> None:
        self._client.close()

    def sources(self) -> list[str]:
        """The source documents the published union graph lists, sorted; asked for once.

        These are the named graphs of the dataset; none without `graph`."""
        if self.graph is None:
            return []
        if self._sources is None:
            from rdflib import URIRef

            result = parse_solutions(self._post(SOURCES_QUERY, SELECT_ACCEPT, named=[]))
            self._sources = sorted(
                {str(row[0]) for row in result.rows if row and isinstance(row[0], URIRef)}
            )
        return self._sources

    def _post(self, sparql: str, accept: str, named: list[str] | None = None) -> httpx.Response:
        what = "remote query"
        params: dict[str, str | list[str]] = {}
        if self.graph:
            params["default-graph-uri"] = self.graph
            named = self.sources() if named is None else named
            if named:
                params["named-graph-uri"] = named
        headers = {"Accept": accept}
        if not self.form and "named-graph-uri" not in params:
            try:
                return send(
                    self._client,
                    "POST",
                    self.endpoint,
                    what=what,
                    user=self._user,
                    params=params,
                    content=sparql.encode("utf-8"),
                    headers={**headers, "Content-Type": "application/sparql-query; charset=utf-8"},
                )
            except RemoteError as exc:
                if exc.status != 415:
                    raise
                self.form = True  # the endpoint takes only form-encoded queries
        return send(
            self._client,
            "POST",
            self.endpoint,
            what=what,
            user=self._user,
            data={"query": sparql, **params},
            headers=headers,
        )

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a query with `bindings` fixed by a VALUES block; never pasted into the text."""
        form = query_form(sparql)
        text = insert_values(sparql, bindings)
        if form in ("SELECT", "ASK"):
            return parse_solutions(self._post(text, SELECT_ACCEPT))
        return parse_graph(self._post(text, GRAPH_ACCEPT))
