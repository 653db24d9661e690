"""The temporary graphs of `kg publish`: uploading every graph there first, counting, removal.

Every graph goes to its own temporary graph, with Graph Store Protocol PUTs or, without GSP,
with SPARQL Update `INSERT DATA` requests in batches; nothing published is touched yet.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.errors import InputError
from kg.rdf.terms import check_iri
from kg.sparql.http import RemoteError
from kg.triplestore.payload import BATCH_BYTES, NTriples, Payload, batches, pack
from kg.triplestore.progress import Meter, plural
from kg.triplestore.store import PublishError, Store

__all__ = ["TEMPORARY", "Fail", "Temporaries", "Upload"]

TEMPORARY = re.compile(r"-dlkg-upload-[0-9a-f]{12}(-[0-9]+)?")
"""What follows the published graph's IRI in the name of one of its temporary graphs."""

Fail = Callable[[str, Exception, str], PublishError]
"""Makes the error for a failed step (its name, the cause, where), removing the temporaries."""


@dataclass
class Upload(NTriples):
    """One graph to publish: where it goes, the temporary graph it goes to first, its triples."""

    target: str
    tmp: str
    lines: Sequence[bytes]
    what: str


class Temporaries:
    """The graphs of one publication, each with its temporary graph; the union graph last."""

    def __init__(self, store: Store, graph: str, payload: Payload):
        self.store = store
        self.prefix = check_iri(f"{graph}-dlkg-upload-{secrets.token_hex(6)}")
        self.sources = [
            Upload(name, f"{self.prefix}-{i}", lines, f"the source graph <{name}>")
            for i, (name, lines) in enumerate(sorted(payload.graphs.items()), 1)
        ]
        self.union = Upload(graph, self.prefix, payload.lines, f"the union graph <{graph}>")
        self.uploads = [*self.sources, self.union]  # the union last
        self.created: list[str] = [self.union.tmp]  # temporary graphs that may exist
        self.gsp = True

    @property
    def size(self) -> int:
        """The bytes of every graph."""
        return sum(upload.size for upload in self.uploads)

    # -- uploading

    def upload(self, status: int, meter: Meter, batch_size: int, fail: Fail) -> str:
        """Every graph into its own temporary graph: with PUTs, or INSERT DATA without GSP.

        Args:
            status: what the store answered the probe of its Graph Store Protocol.
            meter: counts the bytes sent.
            batch_size: the most triples one INSERT DATA request carries.
            fail: makes the error that a failed upload raises.

        Returns:
            The step for the report.
        """
        n = len(self.sources)
        sources = f" and {plural(n, 'source graph')}" if n else ""
        if self.gsp:
            for upload in self.uploads:
                if upload.tmp not in self.created:
                    self.created.append(upload.tmp)
                try:
                    self.store.put(upload, upload.tmp, meter)
                except RemoteError as exc:
                    raise fail("the upload", exc, f"{upload.what} to <{upload.tmp}>") from None
            return (
                f"uploaded the union graph{sources} to temporary graphs <{self.prefix}…> with "
                "the Graph Store Protocol (one PUT each)"
            )
        self.created = [upload.tmp for upload in self.uploads]
        try:
            self.store.update(_drop(self.created), "preparing the upload")
            for_sources = self._insert(self.sources, meter, batch_size)
            for_union = self._insert([self.union], meter, batch_size)
        except RemoteError as exc:
            raise fail("the upload with SPARQL Update", exc, "") from None
        also = f", and the {plural(n, 'source graph')} with {for_sources} more" if n else ""
        return (
            f"the store has no Graph Store Protocol at {self.store.ends.store} (HTTP {status}); "
            f"uploaded the union graph to the temporary graph <{self.union.tmp}> with "
            f"{for_union} SPARQL Update request{'s' if for_union != 1 else ''}{also} at "
            f"{self.store.ends.update}"
        )

    def _insert(self, uploads: Sequence[Upload], meter: Meter, batch_size: int) -> int:
        """Load uploads into their temporary graphs with INSERT DATA requests; say how many.

        A request holds at most `batch_size` triples and `BATCH_BYTES`; several small graphs
        share one.
        """
        groups = [
            (upload.tmp, group) for upload in uploads for group in batches(upload.lines, batch_size)
        ]
        requests = pack(groups, lambda item: item[1], batch_size, BATCH_BYTES)
        for request in requests:
            body = "".join(
                f"GRAPH <{tmp}> {{\n{b''.join(group).decode('utf-8')}}}\n" for tmp, group in request
            )
            self.store.update(f"INSERT DATA {{\n{body}}}", "uploading with SPARQL Update")
            meter.sent += sum(len(line) for _, group in request for line in group)
            meter.advance(0)
        return len(requests)

    # -- counting

    def check(self, counted: dict[str, int], fail: Fail) -> str:
        """Raise unless every temporary graph holds as many triples as were sent to it.

        Returns:
            The step for the report.
        """
        wrong = [
            (upload, counted[upload.tmp])
            for upload in reversed(self.uploads)
            if counted[upload.tmp] != upload.count
        ]
        if wrong:
            upload, n = wrong[0]
            more = f" (and {plural(len(wrong) - 1)} more)" if len(wrong) > 1 else ""
            raise fail(
                "the check",
                RemoteError(
                    f"the temporary graph for {upload.what} holds {n} triples, not "
                    f"{upload.count}{more}"
                ),
                "",
            )
        return (
            f"counted {sum(counted.values())} triples in "
            f"{plural(len(counted), 'temporary graph')}, as many as were sent"
        )

    # -- removal

    def remove_leftovers(self, notes: list[str]) -> str | None:
        """Remove the temporary graphs that earlier publications of the same graph left when
        they failed or were killed: only graphs named `<graph>-dlkg-upload-<12 hex>[-n]`.

        Returns:
            The step for the report, or None when there were none (or they could not be
            listed or removed, which is said in `notes`).
        """
        graph = self.union.target
        start = f"{graph}-dlkg-upload-".replace("\\", "\\\\").replace('"', '\\"')
        if not self.store.ends.query:
            return None
        try:
            result = self.store.engine().query(
                f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                f'FILTER(STRSTARTS(STR(?g), "{start}")) }}'
            )
        except (RemoteError, ValueError) as exc:
            notes.append(f"could not look for temporary graphs of failed publications: {exc}")
            return None
        mine = {upload.tmp for upload in self.uploads}
        left = sorted(
            str(row[0])
            for row in result.rows
            if row
            and row[0] is not None
            and str(row[0]) not in mine
            and str(row[0]).startswith(graph)
            and TEMPORARY.fullmatch(str(row[0])[len(graph) :])
        )
        if not left:
            return None
        try:
            if self.store.ends.update:
                self.store.update(_drop(left), "removing what failed publications left")
            else:
                for tmp in left:
                    self.store.delete(tmp, "removing what a failed publication left")
        except (RemoteError, InputError) as exc:
            notes.append(
                f"could not remove {plural(len(left), 'temporary graph')} that failed "
                f"publications left ({exc})"
            )
            return None
        return (
            f"removed {plural(len(left), 'temporary graph')} <{graph}-dlkg-upload-…> that "
            "earlier failed publications left"
        )

    def _cleanup_hint(self, left: Sequence[str]) -> str:
        if len(left) == 1:
            return f"`DROP SILENT GRAPH <{left[0]}>`"
        return (
            "`DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{self.prefix}")) }}`'
        )

    def remove(self) -> str:
        """Remove the temporary graphs, best effort; say how it went."""
        left = list(self.created)
        if not left:
            return "no temporary graph was left"
        try:
            if self.gsp:
                for tmp in list(left):
                    self.store.delete(tmp, "removing the temporary graph")
                    left.remove(tmp)
            else:
                self.store.update(_drop(left), "removing the temporary graphs")
                left = []
        except (RemoteError, InputError) as exc:
            self.created = left
            which = (
                f"the temporary graph <{left[0]}>"
                if len(left) == 1
                else f"{len(left)} temporary graphs <{self.prefix}…>"
            )
            return f"{which} could not be removed ({exc}); remove with {self._cleanup_hint(left)}"
        removed = len(self.created)
        self.created = []
        if removed == 1:
            return f"the temporary graph <{self.prefix}> was removed"
        return f"every temporary graph ({removed}, <{self.prefix}…>) was removed"


def _drop(graphs: Sequence[str]) -> str:
    """One update request that drops every graph, if there.

    >>> print(_drop(["urn:a", "urn:b"]))
    DROP SILENT GRAPH <urn:a> ;
    DROP SILENT GRAPH <urn:b>
    """
    return " ;\n".join(f"DROP SILENT GRAPH <{graph}>" for graph in graphs)
