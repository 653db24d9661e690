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
2. When a query endpoint is known, the triples of every temporary graph are counted and must
   match. The sources of the previous publication are read from the published union graph.
3. ONE update request swaps everything in: `MOVE GRAPH <tmp-1> TO GRAPH <source-1> ; ... ;
   DROP SILENT GRAPH <source that is gone> ; ... ; MOVE GRAPH <tmp> TO GRAPH <graph>`. Oxigraph,
   Fuseki (TDB2) and GraphDB run an update request as one transaction: the store shows either
   the old publication or the new one, never a mix. Publishing twice leaves one copy of each.

If anything fails before the swap, the previous publication was never touched; the temporary
graphs are removed (best effort) and the error says so. Without any SPARQL Update endpoint the
graphs are replaced by one PUT each, the source graphs first and the union graph last, and the
guarantee is weaker: a failure part-way leaves some source graphs new and the rest (and the
union) old, and whether a failed PUT keeps the graph it replaces depends on the store
(Oxigraph's does; others may leave it empty or partial). Publishing again repairs it.

Blank nodes: each graph is uploaded on its own, so a blank node that two graphs share becomes a
different node in each (dlkg builds name everything with IRIs, so this does not arise).

Endpoints: `--store-url` is the Graph Store Protocol endpoint. The update and query endpoints
are derived from it for the stores whose layout is known (explicit `--update-url` wins):

    Oxigraph   http://h:7878/store                         /update      /query
    Fuseki     http://h:3030/DS/data                       /DS/update   /DS/query
    GraphDB    http://h:7200/repositories/R/rdf-graphs/service
                                                           /repositories/R/statements
                                                           /repositories/R
    Virtuoso   http://h:8890/sparql-graph-crud-auth        /sparql-auth (both)

Exit codes of `kg publish`: 0 published; 1 the store or the network failed (the message says
whether the previous publication is intact); 2 bad input (no build, a malformed IRI or URL, no
password).
"""

from __future__ import annotations

import re
import secrets
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit, urlunsplit

from kg.errors import InputError
from kg.rdf.terms import check_iri
from kg.sparql.engine import resolve_kg
from kg.sparql.http import RemoteError, make_client, send
from kg.sparql.remote import PROV_ENTITY, RemoteEngine

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

Progress = Callable[[int, int], None]

LARGE = 8_000_000
"""Bytes: an upload this large shows progress even when standard error is not a terminal."""
CHUNK = 256 * 1024
GSP_MISSING = frozenset({404, 405, 501})
"""Statuses that mean "no such service here" rather than "this request is wrong"."""
BATCH_BYTES = 4_000_000


class PublishError(RemoteError):
    """Publishing failed at the store or on the way there; `kg publish` exits 1."""


# --- Endpoints -----------------------------------------------------------------------------------


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


# --- What is published ----------------------------------------------------------------------------

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass
class Payload:
    """The union graph as sorted N-Triples lines, each triple once; and the graph of every source
    document (a named graph whose IRI the union types prov:Entity), by IRI, in the same form."""

    source: Path
    lines: list[bytes]
    graphs: dict[str, list[bytes]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.lines)

    @property
    def size(self) -> int:
        return sum(len(line) for line in self.lines)

    @property
    def total_size(self) -> int:
        """Bytes of every graph uploaded: the union and the source graphs."""
        return self.size + sum(len(line) for lines in self.graphs.values() for line in lines)


def _parse(file: Path) -> Iterator[Any]:
    import pyoxigraph as ox

    extension = "jsonld" if file.suffix == ".jsonld" else file.suffix.lstrip(".")
    fmt = ox.RdfFormat.from_extension(extension)
    if fmt is None:
        raise InputError(f"cannot publish a {file.suffix} file", file)
    try:
        yield from ox.parse(path=str(file), format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse: {exc}", file) from None


def load_payload(kg: str | Path) -> Payload:
    """What to publish. For a build folder: the union graph from kg.nt and the source graphs from
    kg.trig. For an RDF file: its triples, named graphs (TriG, N-Quads) merged, and those named
    graphs that are source documents."""
    import pyoxigraph as ox

    path = resolve_kg(kg)
    file = dataset = path
    if path.is_dir():
        file = path / "kg.nt" if (path / "kg.nt").is_file() else path / "kg.trig"
        dataset = path / "kg.trig"
    if not file.is_file():
        raise InputError("the build has no kg.nt or kg.trig to publish; run `kg build`", path)
    notes = []
    if not dataset.is_file():
        notes.append(
            f"{dataset} is missing: the source graphs were not published, so "
            "queries with GRAPH ?source find none remotely; run `kg build`"
        )
    union: set[str] = set()
    sources: set[str] = set()
    named: dict[str, set[str]] = {}

    def add(item: Any, in_union: bool) -> None:
        triple = item.triple if isinstance(item, ox.Quad) else item
        line = f"{triple} .\n"
        if in_union:
            union.add(line)
            if (
                isinstance(triple.subject, ox.NamedNode)
                and triple.predicate.value == RDF_TYPE
                and triple.object == ox.NamedNode(PROV_ENTITY)
            ):
                sources.add(triple.subject.value)
        if isinstance(item, ox.Quad) and isinstance(item.graph_name, ox.NamedNode):
            named.setdefault(item.graph_name.value, set()).add(line)

    for item in _parse(file):
        add(item, True)
    if dataset != file and dataset.is_file():
        for item in _parse(dataset):
            add(item, False)
    graphs = {
        name: [line.encode("utf-8") for line in sorted(named[name])]
        for name in sorted(named)
        if name in sources
    }
    return Payload(file, [line.encode("utf-8") for line in sorted(union)], graphs, notes)


class _Body:
    """The upload body in chunks, reporting progress; iterable again for a digest retry."""

    def __init__(self, lines: Sequence[bytes], size: int, progress: Progress | None):
        self.lines, self.size, self.progress = lines, size, progress

    def __iter__(self) -> Iterator[bytes]:
        done, buffer, buffered = 0, [], 0
        for line in self.lines:
            buffer.append(line)
            buffered += len(line)
            if buffered >= CHUNK:
                yield b"".join(buffer)
                done += buffered
                buffer, buffered = [], 0
                if self.progress:
                    self.progress(done, self.size)
        if buffer:
            yield b"".join(buffer)
            done += buffered
        if self.progress:
            self.progress(done, self.size)


_BNODE_SUBJECT = re.compile(rb"^_:(\S+) ")
_BNODE_OBJECT = re.compile(rb" _:(\S+) \.\n?$")


def batches(
    lines: Sequence[bytes], size: int = 10_000, max_bytes: int = BATCH_BYTES
) -> list[list[bytes]]:
    """N-Triples lines in batches for INSERT DATA, keeping every triple that shares a blank node
    in one batch: each INSERT DATA request makes fresh blank nodes of its labels."""
    parent: dict[bytes, bytes] = {}

    def root(label: bytes) -> bytes:
        while parent.setdefault(label, label) != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    plain: list[bytes] = []
    linked: list[tuple[list[bytes], bytes]] = []
    for line in lines:
        labels = [
            m.group(1) for m in (_BNODE_SUBJECT.search(line), _BNODE_OBJECT.search(line)) if m
        ]
        if not labels:
            plain.append(line)
            continue
        for other in labels[1:]:
            parent[root(other)] = root(labels[0])
        linked.append((labels, line))
    groups: dict[bytes, list[bytes]] = {}
    for labels, line in linked:
        groups.setdefault(root(labels[0]), []).append(line)
    out: list[list[bytes]] = []
    current: list[bytes] = []
    current_bytes = 0
    for unit in [[line] for line in plain] + list(groups.values()):
        unit_bytes = sum(map(len, unit))
        if current and (len(current) + len(unit) > size or current_bytes + unit_bytes > max_bytes):
            out.append(current)
            current, current_bytes = [], 0
        current.extend(unit)
        current_bytes += unit_bytes
    if current:
        out.append(current)
    return out


# --- Progress -------------------------------------------------------------------------------------


class ProgressBar:
    """A progress bar on standard error: redrawn in place on a terminal; for large uploads to a
    file or pipe, one line every 10 percent; nothing otherwise."""

    def __init__(self, stream: TextIO | None = None, label: str = "uploading", large: int = LARGE):
        self.stream = stream or sys.stderr
        self.label = label
        self.large = large
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._drawn = False
        self._last = 0.0
        self._step = -1

    def __call__(self, done: int, total: int) -> None:
        if total <= 0 or not (self.tty or total >= self.large):
            return
        share = min(done / total, 1.0)
        if self.tty:
            now = time.monotonic()
            if share < 1.0 and now - self._last < 0.1:
                return
            self._last = now
            bar = "#" * int(share * 30)
            self.stream.write(
                f"\r{self.label} [{bar:<30}] {share:4.0%} {done / 1e6:.1f}/{total / 1e6:.1f} MB"
            )
            self._drawn = True
        else:
            step = int(share * 10)
            if step == self._step:
                return
            self._step = step
            self.stream.write(f"{self.label}: {share:.0%} of {total / 1e6:.1f} MB\n")
        self.stream.flush()

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


# --- Publishing -----------------------------------------------------------------------------------


@dataclass
class PublishReport:
    """What `publish` did: how many triples went where, how, and whether they were counted."""

    graph: str
    store: str
    triples: int
    sources: int = 0
    dropped: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    verified: bool = False

    def text(self) -> str:
        head = f"published {self.triples} triples to <{self.graph}> at {self.store}"
        if self.sources:
            head += f", and {_graphs(self.sources, 'source graph')} under their own IRIs"
        lines = [head] + [f"  {step}" for step in self.steps]
        return "\n".join(lines)


def _graphs(n: int, noun: str = "graph") -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"


def _with_graph(url: str, graph: str) -> httpx.URL:
    import httpx

    return httpx.URL(url).copy_merge_params({"graph": graph})


@dataclass
class _Upload:
    """One graph to publish: where it goes, the temporary graph it goes to first, its triples."""

    target: str
    tmp: str
    lines: Sequence[bytes]
    what: str

    @property
    def count(self) -> int:
        return len(self.lines)

    @property
    def size(self) -> int:
        return sum(len(line) for line in self.lines)


COUNT_CHUNK = 200
"""Graphs counted by one query."""


class _Publisher:
    def __init__(
        self,
        client: httpx.Client,
        ends: Endpoints,
        graph: str,
        payload: Payload,
        user: str | None,
        progress: Progress | None,
        batch_size: int,
    ):
        self.client, self.ends, self.graph, self.payload = client, ends, graph, payload
        self.user, self.progress, self.batch_size = user, progress, batch_size
        self.prefix = check_iri(f"{graph}-dlkg-upload-{secrets.token_hex(6)}")
        self.sources = [
            _Upload(name, f"{self.prefix}-{i}", lines, f"the source graph <{name}>")
            for i, (name, lines) in enumerate(sorted(payload.graphs.items()), 1)
        ]
        self.union = _Upload(graph, self.prefix, payload.lines, f"the union graph <{graph}>")
        self.uploads = [*self.sources, self.union]  # the union last
        self.total = sum(upload.size for upload in self.uploads)
        self.sent = 0
        self.created: list[str] = [self.union.tmp]  # temporary graphs that may exist
        self.stale: list[str] = []
        self.report = PublishReport(
            graph, ends.store, payload.count, len(self.sources), notes=list(payload.notes)
        )
        self.gsp = True

    # -- requests

    def _advance(self, done: int, _size: int = 0) -> None:
        if self.progress:
            self.progress(min(self.sent + done, self.total), self.total)

    def _probe(self) -> int:
        """An empty PUT to the temporary graph: finds an unreachable server, refused credentials
        and a missing Graph Store Protocol before any data moves, and lets digest
        authentication learn its nonce. Returns the status."""
        allowed = [code for code in range(300, 600) if code not in (401, 403)]
        try:
            response = send(
                self.client,
                "PUT",
                str(_with_graph(self.ends.store, self.union.tmp)),
                what="connecting to the store",
                user=self.user,
                expect=allowed,
                content=b"",
                headers={"Content-Type": "application/n-triples; charset=utf-8"},
            )
        except RemoteError as exc:
            raise PublishError(f"{exc}. Nothing was changed.", exc.status) from None
        return response.status_code

    def _put(self, upload: _Upload, graph: str) -> None:
        """One Graph Store Protocol PUT of an upload's triples into `graph`."""
        url = str(_with_graph(self.ends.store, graph))
        for kind in ("application/n-triples", "text/turtle"):  # N-Triples is also Turtle
            body = _Body(upload.lines, upload.size, self._advance)
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
                        "Content-Length": str(upload.size),
                    },
                )
                break
            except RemoteError as exc:
                if exc.status != 415 or kind == "text/turtle":
                    raise
        self.sent += upload.size

    def _update(self, text: str, what: str) -> None:
        assert self.ends.update is not None
        try:
            send(
                self.client,
                "POST",
                self.ends.update,
                what=what,
                user=self.user,
                content=text.encode("utf-8"),
                headers={"Content-Type": "application/sparql-update; charset=utf-8"},
            )
        except RemoteError as exc:
            if exc.status != 415:
                raise
            send(
                self.client,
                "POST",
                self.ends.update,
                what=what,
                user=self.user,
                data={"update": text},
            )

    def _insert(self, uploads: Sequence[_Upload]) -> int:
        """Load uploads into their temporary graphs with INSERT DATA requests of at most
        `batch_size` triples (several small graphs share a request); return how many."""
        requests: list[list[tuple[str, list[bytes]]]] = []
        current: list[tuple[str, list[bytes]]] = []
        lines = size = 0
        for upload in uploads:
            for group in batches(upload.lines, self.batch_size):
                group_size = sum(map(len, group))
                if current and (
                    lines + len(group) > self.batch_size or size + group_size > BATCH_BYTES
                ):
                    requests.append(current)
                    current, lines, size = [], 0, 0
                current.append((upload.tmp, group))
                lines += len(group)
                size += group_size
        if current:
            requests.append(current)
        for request in requests:
            body = "".join(
                f"GRAPH <{tmp}> {{\n{b''.join(group).decode('utf-8')}}}\n" for tmp, group in request
            )
            self._update(f"INSERT DATA {{\n{body}}}", "uploading with SPARQL Update")
            self.sent += sum(len(line) for _, group in request for line in group)
            self._advance(0)
        return len(requests)

    def _engine(self) -> RemoteEngine:
        assert self.ends.query is not None
        return RemoteEngine(self.ends.query, client=self.client, user=self.user)

    def _counts(self, graphs: Sequence[str]) -> dict[str, int] | None:
        """The triples in each graph, counted by the query endpoint; None when there is none."""
        from rdflib import URIRef

        if not self.ends.query:
            return None
        found: dict[str, int] = {}
        try:
            for start in range(0, len(graphs), COUNT_CHUNK):
                values = " ".join(f"<{graph}>" for graph in graphs[start : start + COUNT_CHUNK])
                result = self._engine().query(
                    f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} "
                    "GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
                )
                for graph, n in result.rows:
                    if isinstance(graph, URIRef):
                        found[str(graph)] = int(str(n))
        except (RemoteError, ValueError, TypeError) as exc:
            self.report.notes.append(f"could not count the triples at {self.ends.query}: {exc}")
            return None
        return {graph: found.get(graph, 0) for graph in graphs}

    def _find_stale(self) -> None:
        """The source graphs of the previous publication that the new build lacks: the
        prov:Entity subjects of the published union graph that are no source graph now."""
        from rdflib import URIRef

        if not self.ends.query:
            self.report.notes.append(
                "no query endpoint is known, so the sources of the previous publication could "
                "not be listed: source graphs the new build lacks were not dropped"
            )
            return
        try:
            result = self._engine().query(
                f"SELECT DISTINCT ?doc WHERE {{ GRAPH <{self.graph}> {{ ?doc a <{PROV_ENTITY}> }}"
                " FILTER(isIRI(?doc)) }"
            )
        except RemoteError as exc:
            self.report.notes.append(
                f"could not list the sources of the previous publication at {self.ends.query} "
                f"({exc}): source graphs the new build lacks were not dropped"
            )
            return
        stale = set()
        for row in result.rows:
            doc = str(row[0]) if row and isinstance(row[0], URIRef) else ""
            if not doc or doc in self.payload.graphs or doc == self.graph:
                continue
            try:
                stale.add(check_iri(doc))
            except InputError:
                self.report.notes.append(
                    f"the previous publication lists the source {doc!r}, "
                    "which is no IRI dlkg can write: its graph was kept"
                )
        self.stale = sorted(stale)

    def _cleanup_hint(self, left: Sequence[str]) -> str:
        if len(left) == 1:
            return f"`DROP SILENT GRAPH <{left[0]}>`"
        return (
            "`DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(STRSTARTS(STR(?g), "{self.prefix}")) }}`'
        )

    def _remove_tmp(self) -> str:
        """Remove the temporary graphs, best effort; say how it went."""
        left = list(self.created)
        if not left:
            return "no temporary graph was left"
        try:
            if self.gsp:
                for tmp in list(left):
                    send(
                        self.client,
                        "DELETE",
                        str(_with_graph(self.ends.store, tmp)),
                        what="removing the temporary graph",
                        user=self.user,
                        expect=(404,),
                    )
                    left.remove(tmp)
            else:
                self._update(
                    " ;\n".join(f"DROP SILENT GRAPH <{tmp}>" for tmp in left),
                    "removing the temporary graphs",
                )
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

    def _previous(self) -> str:
        if self.sources or self.stale:
            return f"<{self.graph}> and its source graphs"
        return f"<{self.graph}>"

    def _fail(self, step: str, exc: Exception, where: str = "") -> PublishError:
        status = exc.status if isinstance(exc, RemoteError) else None
        at = f" ({where})" if where else ""
        if step.startswith("the swap"):
            safe = (
                f"The previous version of {self._previous()} is intact if the store runs an "
                "update request as one transaction, as Oxigraph, Fuseki (TDB2) and GraphDB "
                f"do; {self._remove_tmp()}."
            )
        else:
            safe = (
                f"The previous version of {self._previous()} is intact: the triples went to "
                f"temporary graphs first, and {self._remove_tmp()}."
            )
        return PublishError(f"{step} failed{at}: {exc}. {safe}", status)

    # -- the whole publication

    def run(self) -> PublishReport:
        try:
            return self._run()
        except KeyboardInterrupt:
            self._remove_tmp()
            raise

    def _run(self) -> PublishReport:
        status = self._probe()
        self.gsp = status not in GSP_MISSING
        if self.ends.update is None and not self.gsp:
            raise PublishError(
                f"{self.ends.store} is no Graph Store Protocol endpoint (HTTP {status}), and "
                "no SPARQL Update endpoint is known: check --store-url, or give "
                "--update-url. Nothing was changed.",
                status,
            )
        self._find_stale()
        if self.ends.update is None:
            self._remove_tmp()
            return self._replace_directly(
                "no SPARQL Update endpoint is known for this store (give --update-url)"
            )
        self._upload(status)
        counted = self._counts([upload.tmp for upload in self.uploads])
        if counted is not None:
            wrong = [
                (upload, counted[upload.tmp])
                for upload in reversed(self.uploads)
                if counted[upload.tmp] != upload.count
            ]
            if wrong:
                upload, n = wrong[0]
                more = f" (and {_graphs(len(wrong) - 1)} more)" if len(wrong) > 1 else ""
                raise self._fail(
                    "the check",
                    RemoteError(
                        f"the temporary graph for {upload.what} holds {n} triples, not "
                        f"{upload.count}{more}"
                    ),
                )
            self.report.steps.append(
                f"counted {sum(counted.values())} triples in "
                f"{_graphs(len(counted), 'temporary graph')}, as many as were sent"
            )
        try:
            self._swap()
        except RemoteError as exc:
            if exc.status in GSP_MISSING and self.gsp and not self.ends.update_given:
                note = (
                    f"the derived update endpoint {self.ends.update} answered HTTP "
                    f"{exc.status}; {self._remove_tmp()}"
                )
                return self._replace_directly(note)
            raise self._fail("the swap (MOVE)", exc) from None
        self._check_final()
        return self.report

    def _upload(self, status: int) -> None:
        """Every graph into its own temporary graph: with PUTs, or INSERT DATA without GSP."""
        n = len(self.sources)
        sources = f" and {_graphs(n, 'source graph')}" if n else ""
        if self.gsp:
            for upload in self.uploads:
                if upload.tmp not in self.created:
                    self.created.append(upload.tmp)
                try:
                    self._put(upload, upload.tmp)
                except RemoteError as exc:
                    raise self._fail(
                        "the upload", exc, f"{upload.what} to <{upload.tmp}>"
                    ) from None
            self.report.steps.append(
                f"uploaded the union graph{sources} to temporary graphs <{self.prefix}…> with "
                "the Graph Store Protocol (one PUT each)"
            )
            return
        self.created = [upload.tmp for upload in self.uploads]
        try:
            self._update(
                " ;\n".join(f"DROP SILENT GRAPH <{tmp}>" for tmp in self.created),
                "preparing the upload",
            )
            for_sources = self._insert(self.sources)
            for_union = self._insert([self.union])
        except RemoteError as exc:
            raise self._fail("the upload with SPARQL Update", exc) from None
        also = f", and the {_graphs(n, 'source graph')} with {for_sources} more" if n else ""
        self.report.steps.append(
            f"the store has no Graph Store Protocol at {self.ends.store} (HTTP {status}); "
            f"uploaded the union graph to the temporary graph <{self.union.tmp}> with "
            f"{for_union} SPARQL Update request{'s' if for_union != 1 else ''}{also} at "
            f"{self.ends.update}"
        )

    def _swap(self) -> None:
        """One update request: every source graph, the dropped ones, the union graph last."""
        operations = [
            f"MOVE GRAPH <{upload.tmp}> TO GRAPH <{upload.target}>" for upload in self.sources
        ]
        operations += [f"DROP SILENT GRAPH <{doc}>" for doc in self.stale]
        operations.append(f"MOVE GRAPH <{self.union.tmp}> TO GRAPH <{self.graph}>")
        self._update(" ;\n".join(operations) + "\n", "swapping the new graphs in (MOVE)")
        self.created = []
        self.report.dropped = list(self.stale)
        kinds = "MOVE GRAPH, DROP GRAPH" if self.stale else "MOVE GRAPH"
        what = f"<{self.graph}>"
        if self.sources:
            what += f" and {_graphs(len(self.sources), 'source graph')}"
        if self.stale:
            what += f", and dropped {_graphs(len(self.stale), 'source graph')} the new build lacks,"
        self.report.steps.append(
            f"replaced {what} with one update request "
            f"({_graphs(len(operations), 'operation')}: {kinds}) at "
            f"{self.ends.update}"
        )

    def _replace_directly(self, why: str) -> PublishReport:
        """No update endpoint: one PUT straight into each graph, the union graph last."""
        n = len(self.sources)
        if n:
            how = (
                f"the graphs were replaced with one PUT each ({_graphs(n, 'source graph')} "
                "first, the union graph last), not in one transaction: a failure part-way "
                "leaves some graphs new and the rest old, and the graph being written is "
                "whatever the store makes of a failed PUT"
            )
        else:
            how = (
                "the graph was replaced with one PUT, so a failed upload leaves whatever the "
                "store makes of it"
            )
        self.report.notes.append(
            f"{why}: {how} (Oxigraph keeps the previous version of that "
            "graph; other stores may not)"
        )
        self.sent = 0
        for done, upload in enumerate(self.uploads):
            try:
                self._put(upload, upload.target)
            except RemoteError as exc:
                if upload is self.union:
                    before = (
                        f"all {_graphs(n, 'source graph')} were replaced already; " if n else ""
                    )
                else:
                    before = (
                        f"{done} of {_graphs(n, 'source graph')} were replaced before it "
                        f"and <{self.graph}> was not touched (it goes last); "
                    )
                raise PublishError(
                    f"the upload failed ({upload.what}): {exc}. It went straight into "
                    f"<{upload.target}> (no SPARQL Update endpoint for a safe swap): {before}"
                    f"the store decides whether the previous version of <{upload.target}> "
                    "survived; publish again once the store is reachable.",
                    exc.status,
                ) from None
        if n:
            self.report.steps.append(
                f"replaced {_graphs(n, 'source graph')}, then <{self.graph}>, "
                "with one Graph Store Protocol PUT each"
            )
        else:
            self.report.steps.append(f"replaced <{self.graph}> with one Graph Store Protocol PUT")
        for doc in self.stale:
            try:
                send(
                    self.client,
                    "DELETE",
                    str(_with_graph(self.ends.store, doc)),
                    what="dropping a source graph the new build lacks",
                    user=self.user,
                    expect=(404,),
                )
                self.report.dropped.append(doc)
            except (RemoteError, InputError) as exc:
                self.report.notes.append(
                    f"could not drop the source graph <{doc}>, which the new build lacks: {exc}"
                )
        if self.report.dropped:
            self.report.steps.append(
                f"dropped {_graphs(len(self.report.dropped), 'source graph')}"
                " the new build lacks (DELETE)"
            )
        self._check_final()
        return self.report

    def _check_final(self) -> None:
        expected = {upload.target: upload.count for upload in self.uploads}
        expected.update({doc: 0 for doc in self.report.dropped})
        counted = self._counts(list(expected))
        if counted is None:
            if not self.ends.query:
                self.report.notes.append(
                    "the published triples were not counted: no query "
                    "endpoint is known for this store"
                )
            return
        for graph, n in expected.items():
            if counted[graph] != n:
                raise PublishError(
                    f"published, but <{graph}> now holds {counted[graph]} "
                    f"triples, not {n}: is something else writing to it?"
                )
        self.report.verified = True
        total = sum(counted.values())
        self.report.steps.append(
            f"counted {counted[self.graph]} triples in <{self.graph}>"
            + (
                f" and {total - counted[self.graph]} in its "
                f"{_graphs(len(self.sources), 'source graph')}"
                if self.sources
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
    """Replace the named graph `graph` in a triplestore with the build's union graph, and the
    graph of every source document with the build's, safely (see the module's documentation).

    Raises InputError for bad input, PublishError when the store or the network fails."""
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
        return _Publisher(client, ends, graph, payload, user, progress, batch_size).run()
    except PublishError:
        raise
    except RemoteError as exc:
        raise PublishError(str(exc), exc.status) from None
    finally:
        if own:
            client.close()
