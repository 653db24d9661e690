"""`kg publish`: load the built graph into a named graph of an existing triplestore.

The graph published is the build's union graph (kg.nt): every triple of every source, each once,
in ONE named graph. Queried with `default-graph-uri=<that graph>` (`kg query --endpoint URL
--graph IRI`) it shows the triples a local query sees through the union default graph. The
per-source named graphs are not published, so a query with `GRAPH ?source` patterns finds no
source graphs remotely.

How an upload stays safe:

1. The triples go to a temporary graph `<graph>-dlkg-upload-<random>`: with the SPARQL 1.1 Graph
   Store Protocol (one PUT), or, when the store has no Graph Store Protocol (404, 405 or 501),
   with SPARQL 1.1 Update `INSERT DATA` requests in batches.
2. When a query endpoint is known, the temporary graph's triples are counted and must match.
3. One update request, `MOVE GRAPH <tmp> TO GRAPH <graph>`, replaces the graph: a single
   transaction on Oxigraph, Fuseki (TDB2) and GraphDB. Publishing twice leaves one copy.

If anything fails before the MOVE, the previous version of the graph was never touched; the
temporary graph is removed (best effort) and the error says so. Without any SPARQL Update
endpoint the graph is replaced by a single PUT, and whether a failed PUT leaves the old version
depends on the store (Oxigraph's does; others may leave the graph empty or partial).

Endpoints: `--store-url` is the Graph Store Protocol endpoint. The update and query endpoints
are derived from it for the stores whose layout is known (explicit `--update-url` wins):

    Oxigraph   http://h:7878/store                         /update      /query
    Fuseki     http://h:3030/DS/data                       /DS/update   /DS/query
    GraphDB    http://h:7200/repositories/R/rdf-graphs/service
                                                           /repositories/R/statements
                                                           /repositories/R
    Virtuoso   http://h:8890/sparql-graph-crud-auth        /sparql-auth (both)

Exit codes of `kg publish`: 0 published; 1 the store or the network failed (the message says
whether the previous graph is intact); 2 bad input (no build, a malformed IRI or URL, no password).
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import secrets
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlsplit, urlunsplit

from .engine import resolve_kg
from .errors import InputError
from .remote import RemoteEngine, RemoteError, check_iri, make_client, send

if TYPE_CHECKING:
    import httpx

__all__ = ["Endpoints", "Payload", "ProgressBar", "PublishError", "PublishReport",
           "batches", "endpoints", "load_payload", "publish", "publish_command"]

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
    ("GraphDB", re.compile(r"(?P<base>.*/repositories/[^/]+)/rdf-graphs/service"),
     "{base}", "{base}/statements"),
    ("Virtuoso", re.compile(r"(?P<base>.*)/sparql-graph-crud-auth"),
     "{base}/sparql-auth", "{base}/sparql-auth"),
    ("Virtuoso", re.compile(r"(?P<base>.*)/sparql-graph-crud"), "{base}/sparql", "{base}/sparql"),
    ("Fuseki", re.compile(r"(?P<base>.*)/data"), "{base}/query", "{base}/update"),
)


def endpoints(store_url: str, update_url: str | None = None,
              query_url: str | None = None) -> Endpoints:
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

            return Endpoints(store_url, update_url or at(update), query_url or at(query),
                             update_given=update_url is not None, store_kind=kind)
    return Endpoints(store_url, update_url, query_url, update_given=update_url is not None)


# --- What is published ----------------------------------------------------------------------------


@dataclass
class Payload:
    """The union graph as sorted N-Triples lines, each triple once."""

    source: Path
    lines: list[bytes]

    @property
    def count(self) -> int:
        return len(self.lines)

    @property
    def size(self) -> int:
        return sum(len(line) for line in self.lines)


def load_payload(kg: str | Path) -> Payload:
    """The triples to publish: a build folder's kg.nt (the union graph), or any RDF file, whose
    named graphs (TriG, N-Quads) are merged."""
    import pyoxigraph as ox

    path = resolve_kg(kg)
    file = path
    if path.is_dir():
        file = path / "kg.nt" if (path / "kg.nt").is_file() else path / "kg.trig"
    if not file.is_file():
        raise InputError("the build has no kg.nt or kg.trig to publish; run `kg build`", path)
    extension = "jsonld" if file.suffix == ".jsonld" else file.suffix.lstrip(".")
    fmt = ox.RdfFormat.from_extension(extension)
    if fmt is None:
        raise InputError(f"cannot publish a {file.suffix} file", file)
    seen: set[str] = set()
    try:
        for item in ox.parse(path=str(file), format=fmt):
            triple = item.triple if isinstance(item, ox.Quad) else item
            seen.add(f"{triple} .\n")
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse: {exc}", file) from None
    return Payload(file, [line.encode("utf-8") for line in sorted(seen)])


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


def batches(lines: Sequence[bytes], size: int = 10_000,
            max_bytes: int = BATCH_BYTES) -> list[list[bytes]]:
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
        labels = [m.group(1) for m in (_BNODE_SUBJECT.search(line), _BNODE_OBJECT.search(line))
                  if m]
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

    def __init__(self, stream: TextIO | None = None, label: str = "uploading",
                 large: int = LARGE):
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
            self.stream.write(f"\r{self.label} [{bar:<30}] {share:4.0%} "
                              f"{done / 1e6:.1f}/{total / 1e6:.1f} MB")
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
    steps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    verified: bool = False

    def text(self) -> str:
        lines = [f"published {self.triples} triples to <{self.graph}> at {self.store}"]
        lines += [f"  {step}" for step in self.steps]
        return "\n".join(lines)


def _with_graph(url: str, graph: str) -> httpx.URL:
    import httpx

    return httpx.URL(url).copy_merge_params({"graph": graph})


class _Publisher:
    def __init__(self, client: httpx.Client, ends: Endpoints, graph: str, payload: Payload,
                 user: str | None, progress: Progress | None, batch_size: int):
        self.client, self.ends, self.graph, self.payload = client, ends, graph, payload
        self.user, self.progress, self.batch_size = user, progress, batch_size
        self.tmp = check_iri(f"{graph}-dlkg-upload-{secrets.token_hex(6)}")
        self.report = PublishReport(graph, ends.store, payload.count)
        self.gsp = True

    # -- requests

    def _probe(self) -> int:
        """An empty PUT to the temporary graph: finds an unreachable server, refused credentials
        and a missing Graph Store Protocol before any data moves, and lets digest
        authentication learn its nonce. Returns the status."""
        allowed = [code for code in range(300, 600) if code not in (401, 403)]
        try:
            response = send(self.client, "PUT", str(_with_graph(self.ends.store, self.tmp)),
                            what="connecting to the store", user=self.user, expect=allowed,
                            content=b"",
                            headers={"Content-Type": "application/n-triples; charset=utf-8"})
        except RemoteError as exc:
            hint = ""
            if exc.status == 401 and not self.user:
                hint = (" Give --user NAME; the password comes from $DLKG_PASSWORD or a "
                        "prompt.")
            raise PublishError(f"{exc}. Nothing was changed.{hint}", exc.status) from None
        return response.status_code

    def _put(self, graph: str) -> None:
        url = str(_with_graph(self.ends.store, graph))
        for kind in ("application/n-triples", "text/turtle"):  # N-Triples is also Turtle
            body = _Body(self.payload.lines, self.payload.size, self.progress)
            try:
                send(self.client, "PUT", url, what="uploading with the Graph Store Protocol",
                     user=self.user, content=body,
                     headers={"Content-Type": f"{kind}; charset=utf-8",
                              "Content-Length": str(self.payload.size)})
                return
            except RemoteError as exc:
                if exc.status != 415 or kind == "text/turtle":
                    raise

    def _update(self, text: str, what: str) -> None:
        assert self.ends.update is not None
        try:
            send(self.client, "POST", self.ends.update, what=what, user=self.user,
                 content=text.encode("utf-8"),
                 headers={"Content-Type": "application/sparql-update; charset=utf-8"})
        except RemoteError as exc:
            if exc.status != 415:
                raise
            send(self.client, "POST", self.ends.update, what=what, user=self.user,
                 data={"update": text})

    def _insert(self, graph: str) -> int:
        """Load the triples into `graph` with INSERT DATA requests; return how many."""
        groups = batches(self.payload.lines, self.batch_size)
        done = 0
        for group in groups:
            body = b"".join(group).decode("utf-8")
            self._update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}",
                         "uploading with SPARQL Update")
            done += sum(map(len, group))
            if self.progress:
                self.progress(done, self.payload.size)
        return len(groups)

    def _count(self, graph: str) -> int | None:
        """The triples in a graph, counted by the query endpoint; None when there is none."""
        from rdflib import URIRef

        if not self.ends.query:
            return None
        engine = RemoteEngine(self.ends.query, client=self.client, user=self.user)
        try:
            result = engine.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                                  {"g": URIRef(graph)})
            term = result.rows[0][0]
            return int(str(term))
        except (RemoteError, IndexError, ValueError) as exc:
            self.report.notes.append(f"could not count the triples at {self.ends.query}: {exc}")
            return None

    def _remove_tmp(self) -> str:
        """Remove the temporary graph, best effort; say how it went."""
        try:
            if self.gsp:
                send(self.client, "DELETE", str(_with_graph(self.ends.store, self.tmp)),
                     what="removing the temporary graph", user=self.user, expect=(404,))
            else:
                self._update(f"DROP SILENT GRAPH <{self.tmp}>", "removing the temporary graph")
        except (RemoteError, InputError) as exc:
            return (f"the temporary graph <{self.tmp}> could not be removed ({exc}); "
                    f"remove it with `DROP SILENT GRAPH <{self.tmp}>`")
        return f"the temporary graph <{self.tmp}> was removed"

    def _fail(self, step: str, exc: Exception) -> PublishError:
        status = exc.status if isinstance(exc, RemoteError) else None
        if step.startswith("the swap"):
            safe = (f"The previous version of <{self.graph}> is intact if the store runs an "
                    "update request as one transaction, as Oxigraph, Fuseki (TDB2) and GraphDB "
                    f"do; {self._remove_tmp()}.")
        else:
            safe = (f"The previous version of <{self.graph}> is intact: the triples went to a "
                    f"temporary graph first, and {self._remove_tmp()}.")
        return PublishError(f"{step} failed: {exc}. {safe}", status)

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
        if self.ends.update is None:
            if not self.gsp:
                raise PublishError(
                    f"{self.ends.store} is no Graph Store Protocol endpoint (HTTP {status}), and "
                    "no SPARQL Update endpoint is known: check --store-url, or give "
                    "--update-url. Nothing was changed.", status)
            self._remove_tmp()
            return self._replace_directly(
                "no SPARQL Update endpoint is known for this store (give --update-url)")
        if self.gsp:
            try:
                self._put(self.tmp)
            except RemoteError as exc:
                raise self._fail("the upload", exc) from None
            self.report.steps.append(f"uploaded to the temporary graph <{self.tmp}> with the "
                                     "Graph Store Protocol (PUT)")
        else:
            try:
                self._update(f"DROP SILENT GRAPH <{self.tmp}>", "preparing the upload")
                n = self._insert(self.tmp)
            except RemoteError as exc:
                raise self._fail("the upload with SPARQL Update", exc) from None
            self.report.steps.append(
                f"the store has no Graph Store Protocol at {self.ends.store} (HTTP {status}); "
                f"uploaded to the temporary graph <{self.tmp}> with {n} SPARQL Update "
                f"request{'s' if n != 1 else ''} at {self.ends.update}")
        counted = self._count(self.tmp)
        if counted is not None and counted != self.payload.count:
            raise self._fail("the check", RemoteError(
                f"the temporary graph holds {counted} triples, not {self.payload.count}"))
        if counted is not None:
            self.report.steps.append(f"counted {counted} triples in the temporary graph")
        try:
            self._update(f"MOVE GRAPH <{self.tmp}> TO GRAPH <{self.graph}>",
                         "swapping the new graph in (MOVE)")
        except RemoteError as exc:
            if exc.status in GSP_MISSING and self.gsp and not self.ends.update_given:
                note = (f"the derived update endpoint {self.ends.update} answered HTTP "
                        f"{exc.status}; {self._remove_tmp()}")
                return self._replace_directly(note)
            raise self._fail("the swap (MOVE)", exc) from None
        self.report.steps.append(f"replaced <{self.graph}> with one update request "
                                 f"(MOVE GRAPH) at {self.ends.update}")
        self._check_final()
        return self.report

    def _replace_directly(self, why: str) -> PublishReport:
        """No update endpoint: one PUT straight into the graph."""
        self.report.notes.append(
            f"{why}: the graph was replaced with one PUT, so a failed upload leaves whatever "
            "the store makes of it (Oxigraph keeps the previous version; other stores may not)")
        try:
            self._put(self.graph)
        except RemoteError as exc:
            raise PublishError(
                f"the upload failed: {exc}. It went straight into <{self.graph}> (no SPARQL "
                "Update endpoint for a safe swap): the store decides whether the previous "
                "version survived; publish again once the store is reachable.",
                exc.status) from None
        self.report.steps.append(f"replaced <{self.graph}> with one Graph Store Protocol PUT")
        self._check_final()
        return self.report

    def _check_final(self) -> None:
        counted = self._count(self.graph)
        if counted is None:
            if not self.ends.query:
                self.report.notes.append("the published triples were not counted: no query "
                                         "endpoint is known for this store")
            return
        if counted != self.payload.count:
            raise PublishError(f"published, but <{self.graph}> now holds {counted} triples, not "
                               f"{self.payload.count}: is something else writing to it?")
        self.report.verified = True
        self.report.steps.append(f"counted {counted} triples in <{self.graph}>")


def publish(kg: str | Path, store_url: str, graph: str, *, update_url: str | None = None,
            query_url: str | None = None, auth: httpx.Auth | None = None,
            user: str | None = None, progress: Progress | None = None,
            batch_size: int = 10_000, timeout: float = 600.0,
            client: httpx.Client | None = None) -> PublishReport:
    """Replace the named graph `graph` in a triplestore with the build's union graph, safely.

    Raises InputError for bad input, PublishError when the store or the network fails."""
    check_iri(graph, "--graph")
    ends = endpoints(store_url, update_url, query_url)
    payload = load_payload(kg)
    if not payload.lines:
        raise InputError("the graph is empty: nothing to publish", payload.source)
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


def password(user: str) -> str:
    """The password from $DLKG_PASSWORD, else a prompt; never from the command line."""
    value = os.environ.get("DLKG_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise InputError(f"no password for {user!r}: set DLKG_PASSWORD (a password is never "
                         "read from the command line)")
    return getpass.getpass(f"password for {user}: ")


def auth_for(user: str | None, scheme: str = "basic") -> httpx.Auth | None:
    """HTTP basic or digest authentication for a user, or None without one."""
    import httpx

    if not user:
        return None
    secret = password(user)
    if scheme == "digest":
        return httpx.DigestAuth(user, secret)
    if scheme == "basic":
        return httpx.BasicAuth(user, secret)
    raise InputError(f"unknown authentication {scheme!r} (known: basic, digest)")


def publish_command(args: argparse.Namespace) -> int:
    """`kg publish`: print what was done; 1 when the store or network failed, with the reason."""
    user = getattr(args, "user", None)
    auth = auth_for(user, getattr(args, "auth", None) or "basic")
    bar = ProgressBar(sys.stderr)
    try:
        report = publish(args.kg, args.store_url, args.graph,
                         update_url=getattr(args, "update_url", None),
                         auth=auth, user=user, progress=bar)
    except PublishError as exc:
        bar.close()
        print(f"kg publish: error: {exc}", file=sys.stderr)
        return 1
    bar.close()
    print(report.text())
    for note in report.notes:
        print(f"kg publish: note: {note}", file=sys.stderr)
    return 0
