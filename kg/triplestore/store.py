"""The requests `kg publish` makes of one store: GSP PUT and DELETE, SPARQL Update, counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kg.sparql.http import RemoteError, send
from kg.sparql.remote import RemoteEngine
from kg.triplestore.endpoints import Endpoints
from kg.triplestore.payload import Body, NTriples
from kg.triplestore.progress import Meter

if TYPE_CHECKING:
    import httpx

__all__ = ["COUNT_CHUNK", "GSP_MISSING", "PublishError", "Store", "with_graph"]

GSP_MISSING = frozenset({404, 405, 501})
"""Statuses that mean "no such service here" rather than "this request is wrong"."""
COUNT_CHUNK = 200
"""Graphs counted by one query."""


class PublishError(RemoteError):
    """Publishing failed at the store or on the way there; `kg publish` exits 3."""


def with_graph(url: str, graph: str) -> httpx.URL:
    """A Graph Store Protocol URL for one named graph (`?graph=`).

    >>> str(with_graph("http://h:7878/store", "https://example.org/g"))
    'http://h:7878/store?graph=https%3A%2F%2Fexample.org%2Fg'
    """
    import httpx

    return httpx.URL(url).copy_merge_params({"graph": graph})


class Store:
    """One store's endpoints, reached by one client as one user."""

    def __init__(self, client: httpx.Client, ends: Endpoints, user: str | None):
        self.client, self.ends, self.user = client, ends, user

    def probe(self, graph: str) -> int:
        """An empty PUT to `graph`; returns the status.

        Finds an unreachable server, refused credentials and a missing Graph Store Protocol
        before any data moves, and lets digest authentication learn its nonce.

        Raises:
            PublishError: the store cannot be reached or refuses the credentials.
        """
        allowed = [code for code in range(300, 600) if code not in (401, 403)]
        try:
            response = send(
                self.client,
                "PUT",
                str(with_graph(self.ends.store, graph)),
                what="connecting to the store",
                user=self.user,
                expect=allowed,
                content=b"",
                headers={"Content-Type": "application/n-triples; charset=utf-8"},
            )
        except RemoteError as exc:
            raise PublishError(f"{exc}. Nothing was changed.", exc.status) from None
        return response.status_code

    def put(self, triples: NTriples, graph: str, meter: Meter) -> None:
        """One Graph Store Protocol PUT of `triples` into `graph`; the bytes count in `meter`.

        Sent as N-Triples, or as Turtle (N-Triples is Turtle too) when the store refuses it (415).
        """
        url = str(with_graph(self.ends.store, graph))
        size = triples.size
        for kind in ("application/n-triples", "text/turtle"):  # N-Triples is also Turtle
            body = Body(triples.lines, size, meter.advance)
            try:
                send(
                    self.client,
                    "PUT",
                    url,
                    what="uploading with the Graph Store Protocol",
                    user=self.user,
                    content=body,
                    headers={
                        "Content-Type": f"{kind}; charset=utf-8",
                        "Content-Length": str(size),
                    },
                )
                break
            except RemoteError as exc:
                if exc.status != 415 or kind == "text/turtle":
                    raise
        meter.sent += size

    def delete(self, graph: str, what: str) -> None:
        """One Graph Store Protocol DELETE of `graph`; a graph that is not there is fine."""
        send(
            self.client,
            "DELETE",
            str(with_graph(self.ends.store, graph)),
            what=what,
            user=self.user,
            expect=(404,),
        )

    def update(self, text: str, what: str) -> None:
        """One SPARQL Update request, sent as a form when the body is refused (415)."""
        update = self.ends.update
        assert update is not None

        def post(**body: Any) -> None:
            send(self.client, "POST", update, what=what, user=self.user, **body)

        try:
            post(
                content=text.encode("utf-8"),
                headers={"Content-Type": "application/sparql-update; charset=utf-8"},
            )
        except RemoteError as exc:
            if exc.status != 415:
                raise
            post(data={"update": text})

    def engine(self) -> RemoteEngine:
        """The query endpoint, which must be known."""
        assert self.ends.query is not None
        return RemoteEngine(self.ends.query, client=self.client, user=self.user)

    def counts(self, graphs: Sequence[str], notes: list[str]) -> dict[str, int] | None:
        """The triples in each graph, counted by the query endpoint, else by reading each graph
        back with a Graph Store Protocol GET.

        Returns None when neither could count them (said in `notes`): a store that answers
        every request with an HTML page cannot be counted, so nothing it says can be believed.
        """
        found = self._query_counts(graphs, notes) if self.ends.query else None
        if found is None:
            found = self._gsp_counts(graphs, notes)
        return found

    def _query_counts(self, graphs: Sequence[str], notes: list[str]) -> dict[str, int] | None:
        from rdflib import URIRef

        found: dict[str, int] = {}
        try:
            for start in range(0, len(graphs), COUNT_CHUNK):
                values = " ".join(f"<{graph}>" for graph in graphs[start : start + COUNT_CHUNK])
                result = self.engine().query(
                    f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                    "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
                )
                for graph, n in result.rows:
                    if isinstance(graph, URIRef):
                        found[str(graph)] = int(str(n))
        except (RemoteError, ValueError, TypeError) as exc:
            notes.append(f"could not count the triples at {self.ends.query}: {exc}")
            return None
        return {graph: found.get(graph, 0) for graph in graphs}

    def _gsp_counts(self, graphs: Sequence[str], notes: list[str]) -> dict[str, int] | None:
        import pyoxigraph as ox

        found: dict[str, int] = {}
        for graph in graphs:
            try:
                response = send(
                    self.client,
                    "GET",
                    str(with_graph(self.ends.store, graph)),
                    what="reading a graph back to count its triples",
                    user=self.user,
                    expect=(404,),
                    headers={"Accept": "application/n-triples, text/turtle;q=0.9"},
                )
                if response.status_code == 404:
                    found[graph] = 0
                    continue
                kind = response.headers.get("content-type", "").split(";")[0].strip()
                fmt = ox.RdfFormat.from_media_type(kind) if kind else None
                if fmt is None:
                    raise ValueError(f"the answer is {kind or 'untyped'}, not RDF")
                found[graph] = sum(
                    1 for _ in ox.parse(response.content, fmt, without_named_graphs=True)
                )
            except (RemoteError, ValueError, SyntaxError, OSError) as exc:
                notes.append(
                    f"could not read <{graph}> back from {self.ends.store} to count it: {exc}"
                )
                return None
        return found
