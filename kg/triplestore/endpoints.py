"""Where `kg publish` sends what: the store's GSP, update and query URLs, derived per store.

Explicit `--update-url` wins; otherwise the update and query endpoints follow from the Graph
Store Protocol URL for the stores whose layout is known:

    Oxigraph   http://h:7878/store                         /update      /query
    Fuseki     http://h:3030/DS/data                       /DS/update   /DS/query
    GraphDB    http://h:7200/repositories/R/rdf-graphs/service
                                                           /repositories/R/statements
                                                           /repositories/R
    Virtuoso   http://h:8890/sparql-graph-crud-auth        /sparql-auth (both)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from kg.errors import InputError

__all__ = ["Endpoints", "endpoints"]


@dataclass(frozen=True)
class Endpoints:
    """Where to send the graph (GSP), updates (the swap, or the upload without GSP) and counts."""

    store: str
    update: str | None = None
    query: str | None = None
    update_given: bool = False
    store_kind: str = ""


_LAYOUTS: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    ("Oxigraph", re.compile(r"(?P<base>.*)/store"), "{base}/query", "{base}/update"),
    (
        "GraphDB",
        re.compile(r"(?P<base>.*/repositories/[^/]+)/rdf-graphs/service"),
        "{base}",
        "{base}/statements",
    ),
    (
        "Virtuoso",
        re.compile(r"(?P<base>.*)/sparql-graph-crud-auth"),
        "{base}/sparql-auth",
        "{base}/sparql-auth",
    ),
    ("Virtuoso", re.compile(r"(?P<base>.*)/sparql-graph-crud"), "{base}/sparql", "{base}/sparql"),
    ("Fuseki", re.compile(r"(?P<base>.*)/data"), "{base}/query", "{base}/update"),
)


def endpoints(
    store_url: str, update_url: str | None = None, query_url: str | None = None
) -> Endpoints:
    """The endpoints for a Graph Store Protocol URL, derived by the known layouts above.

    Raises:
        InputError: `store_url` or `update_url` is no http(s) URL.

    >>> e = endpoints("http://localhost:7878/store")
    >>> e.query, e.update, e.store_kind
    ('http://localhost:7878/query', 'http://localhost:7878/update', 'Oxigraph')
    >>> endpoints("http://h:3030/ds/data", update_url="http://h:3030/ds/sparql").update
    'http://h:3030/ds/sparql'
    """
    for url, option in ((store_url, "--store-url"), (update_url, "--update-url")):
        if url is not None and not re.match(r"https?://[^\s/?#]+", url):
            raise InputError(f"{option} must be an http(s) URL, not {url!r}")
    parts = urlsplit(store_url)
    for kind, layout, query, update in _LAYOUTS:
        match = layout.fullmatch(parts.path.rstrip("/"))
        if match:
            found = match.groupdict()

            def at(path: str, found: dict[str, str] = found) -> str:
                return urlunsplit((parts.scheme, parts.netloc, path.format(**found), "", ""))

            return Endpoints(
                store_url,
                update_url or at(update),
                query_url or at(query),
                update_given=update_url is not None,
                store_kind=kind,
            )
    return Endpoints(store_url, update_url, query_url, update_given=update_url is not None)
