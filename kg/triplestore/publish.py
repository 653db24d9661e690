"""`kg publish`: load the built graph into a triplestore, per-source graphs included.

What is published, so that every catalogue query answers remotely as it does locally:

- the build's union graph (kg.nt: every triple of every source, each once) in the named graph
  `--graph IRI`; queried as the default graph (`default-graph-uri=<IRI>`) it shows what a local
  query sees through the union default graph;
- the graph of every source document (the named graphs of kg.trig whose IRI the union types
  `prov:Entity`), each under its own IRI, as in the build. `kg query --endpoint URL --graph IRI`
  sends them as `named-graph-uri`s, so `GRAPH ?source { ... }` finds them. The ontology and
  vocabulary graphs are in the union but are no source documents, so they are not published
  as graphs of their own;
- a source graph that the previous publication of the same `--graph` listed but the new build
  lacks is dropped.

Source graphs are named by their documents, not by `--graph`: two publications in one store of
builds that share a source document share its graph, and the last publication wins.

How an upload stays safe:

1. Every graph goes to its own temporary graph, `<graph>-dlkg-upload-<random>` for the union and
   `<graph>-dlkg-upload-<random>-<n>` for the sources: with the SPARQL 1.1 Graph Store Protocol
   (one PUT a graph), or, when the store has no Graph Store Protocol (404, 405 or 501), with
   SPARQL 1.1 Update `INSERT DATA` requests in batches. Nothing published is touched yet.
2. The triples of every temporary graph are counted (by the query endpoint, else by reading
   each graph back with a GSP GET) and must match; a store whose holdings cannot be counted
   (one that answers every request with a 200 HTML page, say) is refused before the swap, and
   nothing is changed. The sources of the previous publication are read from the published
   union graph.
3. ONE update request swaps everything in: `MOVE GRAPH <tmp-1> TO GRAPH <source-1> ; ... ;
   DROP SILENT GRAPH <source that is gone> ; ... ; MOVE GRAPH <tmp> TO GRAPH <graph>`. Oxigraph,
   Fuseki (TDB2) and GraphDB run an update request as one transaction: the store shows either
   the old publication or the new one, never a mix. Publishing twice leaves one copy of each.
   Afterwards the published graphs are counted again; an update endpoint that answered the swap
   with success but did not run it is reported as such ("NOT published"), exit 3.

If anything fails before the swap, the previous publication was never touched; the temporary
graphs are removed (best effort) and the error says so. Whatever a failed or killed publication
of the same `--graph` could not remove is found by the next one (by query: graphs named
`<graph>-dlkg-upload-<12 hex digits>[-n]`, nothing else) and removed before its upload.

Without any SPARQL Update endpoint the graphs are replaced by one PUT each, the source graphs
first and the union graph last, and the guarantee is weaker: a failure part-way leaves some
source graphs new and the rest (and the union) old, and whether a failed PUT keeps the graph it
replaces depends on the store (Oxigraph's does; others may leave it empty or partial).
Publishing again repairs it.

Blank nodes: each graph is uploaded on its own, so a blank node that two graphs share becomes a
different node in each (dlkg builds name everything with IRIs, so this does not arise).

Endpoints: `--store-url` is the Graph Store Protocol endpoint. The update and query endpoints
are derived from it for the stores whose layout is known (Oxigraph, Fuseki, GraphDB, Virtuoso;
the table is in `kg.triplestore.endpoints`); an explicit `--update-url` wins.

The pieces: `endpoints` (where to send what), `payload` (the graphs of the build), `store` (the
requests), `upload` (the temporary graphs), `swap` (the switch to the new publication),
`progress` (the progress bar and the report); this module runs them in order.

Exit codes of `kg publish`: 0 published; 2 bad input (no build, a malformed IRI or URL, no
password); 3 the store or the network failed (the message says whether the previous
publication is intact).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.rdf.terms import check_iri
from kg.sparql.http import RemoteError, make_client
from kg.triplestore.endpoints import Endpoints, endpoints
from kg.triplestore.payload import Payload, batches, load_payload
from kg.triplestore.progress import Meter, Progress, ProgressBar, PublishReport, plural
from kg.triplestore.store import GSP_MISSING, PublishError, Store
from kg.triplestore.swap import replace_directly, stale_sources, swap
from kg.triplestore.upload import Temporaries

if TYPE_CHECKING:
    import httpx

__all__ = [
    "Endpoints",
    "Payload",
    "ProgressBar",
    "PublishError",
    "PublishReport",
    "batches",
    "endpoints",
    "load_payload",
    "publish",
]


class _Publisher:
    """One publication, step by step: probe, upload, check, swap, count."""

    def __init__(
        self,
        store: Store,
        graph: str,
        payload: Payload,
        progress: Progress | None,
        batch_size: int,
    ):
        self.store, self.ends, self.graph, self.batch_size = store, store.ends, graph, batch_size
        self.tmps = Temporaries(store, graph, payload)
        self.keep = payload.graphs
        self.meter = Meter(progress, self.tmps.size)
        self.stale: list[str] = []
        self.report = PublishReport(
            graph,
            store.ends.store,
            payload.count,
            len(self.tmps.sources),
            notes=list(payload.notes),
        )

    def _previous(self) -> str:
        if self.tmps.sources or self.stale:
            return f"<{self.graph}> and its source graphs"
        return f"<{self.graph}>"

    def _fail(self, step: str, exc: Exception, where: str = "") -> PublishError:
        status = exc.status if isinstance(exc, RemoteError) else None
        at = f" ({where})" if where else ""
        if step.startswith("the swap"):
            safe = (
                f"The previous version of {self._previous()} is intact if the store runs an "
                "update request as one transaction, as Oxigraph, Fuseki (TDB2) and GraphDB "
                f"do; {self.tmps.remove()}."
            )
        else:
            safe = (
                f"Nothing was changed. The previous version of {self._previous()} is intact: "
                f"the triples went to temporary graphs first, and {self.tmps.remove()}."
            )
        return PublishError(f"{step} failed{at}: {exc}. {safe}", status)

    def run(self) -> PublishReport:
        """Publish; on Ctrl-C, remove the temporary graphs before giving up."""
        try:
            return self._run()
        except KeyboardInterrupt:
            self.tmps.remove()
            raise

    def _run(self) -> PublishReport:
        status = self.store.probe(self.tmps.union.tmp)
        self.tmps.gsp = status not in GSP_MISSING
        if self.ends.update is None and not self.tmps.gsp:
            raise PublishError(
                f"{self.ends.store} is no Graph Store Protocol endpoint (HTTP {status}), and "
                "no SPARQL Update endpoint is known: check --store-url, or give "
                "--update-url. Nothing was changed.",
                status,
            )
        self.stale = stale_sources(self.store, self.graph, self.keep, self.report.notes)
        if cleaned := self.tmps.remove_leftovers(self.report.notes):
            self.report.steps.append(cleaned)
        if self.ends.update is None:
            self._countable(status)
            self.tmps.remove()
            why = "no SPARQL Update endpoint is known for this store (give --update-url)"
            return self._replace_directly(why)
        self.report.steps.append(self.tmps.upload(status, self.meter, self.batch_size, self._fail))
        tmp_graphs = [upload.tmp for upload in self.tmps.uploads]
        counted = self.store.counts(tmp_graphs, self.report.notes)
        if counted is None:
            raise self._fail("the check", RemoteError(self._uncountable()), "")
        self.report.steps.append(self.tmps.check(counted, self._fail))
        try:
            swap(self.tmps, self.stale, self.report)
        except RemoteError as exc:
            if exc.status in GSP_MISSING and self.tmps.gsp and not self.ends.update_given:
                note = (
                    f"the derived update endpoint {self.ends.update} answered HTTP "
                    f"{exc.status}; {self.tmps.remove()}"
                )
                return self._replace_directly(note)
            raise self._fail("the swap (MOVE)", exc) from None
        self._check_final(swapped=True)
        return self.report

    def _uncountable(self) -> str:
        said = "; ".join(self.report.notes[-2:])
        return (
            "the store answered with success, but the triples it holds cannot be counted "
            f"({said}), so whether it stored anything cannot be verified"
        )

    def _countable(self, status: int) -> None:
        """Before anything goes straight into a published graph: the store must be able to
        show what it holds (the probe's empty temporary graph), or nothing is sent."""
        counted = self.store.counts([self.tmps.union.tmp], self.report.notes)
        if counted is None or counted[self.tmps.union.tmp] != 0:
            why = (
                self._uncountable()
                if counted is None
                else f"the empty graph it accepted (HTTP {status}) reads back with "
                f"{counted[self.tmps.union.tmp]} triples"
            )
            raise PublishError(f"{why}. Nothing was changed; {self.tmps.remove()}.", None)

    def _replace_directly(self, why: str) -> PublishReport:
        replace_directly(self.tmps, self.stale, self.report, self.meter, why)
        self._check_final()
        return self.report

    def _check_final(self, swapped: bool = False) -> None:
        """Count the published triples; they must match, or the report says what is true."""
        expected = {upload.target: upload.count for upload in self.tmps.uploads}
        expected.update({doc: 0 for doc in self.report.dropped})
        counted = self.store.counts(list(expected), self.report.notes)
        if counted is None:
            raise PublishError(
                f"{self._uncountable()}: the graphs were sent, but it is unknown whether "
                f"<{self.graph}> was published; publish again once the store can be queried."
            )
        if swapped and counted[self.graph] != expected[self.graph]:
            left = self.store.counts([self.tmps.union.tmp], self.report.notes) or {}
            if left.get(self.tmps.union.tmp) == self.tmps.union.count:
                self.tmps.created = [upload.tmp for upload in self.tmps.uploads]
                raise PublishError(
                    f"NOT published: {self.ends.update} answered the swap with success but did "
                    f"not run it: <{self.graph}> holds {counted[self.graph]} triples, not "
                    f"{expected[self.graph]}, and the new triples are still in the temporary "
                    f"graphs, so the previous version is what the store shows; "
                    f"{self.tmps.remove()}. Check --update-url."
                )
        for graph, n in expected.items():
            if counted[graph] != n:
                raise PublishError(
                    f"NOT published as built: the store accepted every request, but <{graph}> "
                    f"now holds {counted[graph]} triples, not {n}: is something else writing "
                    "to it, or does the store ignore some requests?"
                )
        self.report.verified = True
        total = sum(counted.values())
        self.report.steps.append(
            f"counted {counted[self.graph]} triples in <{self.graph}>"
            + (
                f" and {total - counted[self.graph]} in its "
                f"{plural(len(self.tmps.sources), 'source graph')}"
                if self.tmps.sources
                else ""
            )
        )


def publish(
    kg: str | Path,
    store_url: str,
    graph: str,
    *,
    update_url: str | None = None,
    query_url: str | None = None,
    auth: httpx.Auth | None = None,
    user: str | None = None,
    progress: Progress | None = None,
    batch_size: int = 10_000,
    timeout: float = 600.0,
    client: httpx.Client | None = None,
) -> PublishReport:
    """Replace the named graph `graph` in a triplestore with the build's union graph.

    The graph of every source document is replaced with the build's too, safely (see the
    module's documentation).

    Raises:
        InputError: bad input.
        PublishError: the store or the network failed.
    """
    check_iri(graph, "--graph")
    ends = endpoints(store_url, update_url, query_url)
    payload = load_payload(kg)
    if not payload.lines:
        raise InputError("the graph is empty: nothing to publish", payload.source)
    for name in payload.graphs:
        check_iri(name, "a source graph's name")
    if graph in payload.graphs:
        raise InputError(
            f"--graph <{graph}> is the name of a source graph of the build; "
            "publish the union graph under another IRI",
            payload.source,
        )
    own = client is None
    client = client or make_client(auth, timeout)
    try:
        store = Store(client, ends, user)
        return _Publisher(store, graph, payload, progress, batch_size).run()
    except PublishError:
        raise
    except RemoteError as exc:
        raise PublishError(str(exc), exc.status) from None
    finally:
        if own:
            client.close()
