"""A query worker: one process that answers queries on the build's store, one at a time.

`kg serve` runs a few of these for the catalogue and the resource pages, because those queries
bind values to variables (`kg.sparql.catalogue.bind`), which the SPARQL protocol cannot carry.
The server kills a worker whose query runs past the time limit and starts a fresh one: a query
is stopped by ending its process, never by asking it nicely.

The protocol, on standard input and output: the server writes one JSON line

    {"jobs": [{"query": "...", "results": "csv", "graph": "turtle"}],
     "subs": {"org": {"type": "uri", "value": "https://..."}}, "prefixes": {...}, "limit": 67108864}

and the worker answers with one JSON line, `{"ok": true, "kinds": [...], "sizes": [...]}`
followed by the bytes of each answer, or `{"ok": false, "status": 400, "error": "..."}`.
A line `{"inspect": "..."}` asks what `kg.sparql.text.inspect` makes of a query text, answered
`{"ok": true, "form": "SELECT", "service": false}`: rdflib's parser takes up to seconds on a long
text, so it runs here, under the pool's time limit and fair shares, not in the server.
Each answer is complete before its first byte is written: a worker never sends half an answer.

Run as `python -m kg.web.worker STORE_DIR`; it prints `ready` once the store is open.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from kg.errors import InputError
from kg.rdf.terms import from_json, to_oxigraph
from kg.sparql.text import inspect
from kg.web.negotiate import GRAPHS, RESULTS, write_graph

__all__ = ["GRAPH_FORMATS", "RESULT_FORMATS", "Refused", "main"]

RESULT_FORMATS = tuple(f.name for f in RESULTS)
GRAPH_FORMATS = tuple(f.name for f in GRAPHS)


class Refused(Exception):
    """A job the worker will not finish: an HTTP status and the reason.

    The server raises it again when a worker answers with a refusal (`kg.web.site.ask_worker`).
    """

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


def _answer(
    store: Any,
    job: dict[str, Any],
    subs: dict[Any, Any],
    prefixes: dict[str, str],
    limit: int,
    union: bool,
) -> tuple[str, bytes]:
    try:
        return _run(store, job, subs, prefixes, limit, union)
    except MemoryError:  # pyoxigraph's buffers stop at 16 MiB (one GROUP_CONCAT value, say)
        raise Refused(
            507, "a value in the answer is too large to handle; narrow the query"
        ) from None


def _run(
    store: Any,
    job: dict[str, Any],
    subs: dict[Any, Any],
    prefixes: dict[str, str],
    limit: int,
    union: bool,
) -> tuple[str, bytes]:
    import pyoxigraph as ox

    try:
        answer = store.query(job["query"], use_default_graph_as_union=union, substitutions=subs)
    except SyntaxError as exc:
        raise Refused(400, f"SPARQL syntax error: {exc}") from None
    if isinstance(answer, ox.QueryBoolean | ox.QuerySolutions):
        name = job.get("results")
        if name not in RESULT_FORMATS:
            raise Refused(
                406,
                "this query answers with SPARQL results, and the request "
                "accepts none of their formats",
            )
        data = answer.serialize(format=getattr(ox.QueryResultsFormat, name.upper()))
        kind = "boolean" if isinstance(answer, ox.QueryBoolean) else "solutions"
    else:
        name = job.get("graph")
        if name not in GRAPH_FORMATS:
            raise Refused(
                406,
                "this query answers with an RDF graph, and the request accepts none of its formats",
            )
        triples: dict[Any, None] = {}
        for triple in answer:  # one statement may be in several named graphs: keep it once
            triples[triple] = None
            if len(triples) > limit // 64:
                raise Refused(507, "the answer is too large; narrow the query")
        data = write_graph(list(triples), name, prefixes)
        kind = "graph"
    if data is None or len(data) > limit:
        raise Refused(
            507,
            f"the answer is larger than {limit // 2**20} MiB; narrow the query "
            "(LIMIT, fewer variables)",
        )
    return kind, bytes(data)


def main(argv: list[str] | None = None) -> int:
    import pyoxigraph as ox

    args = sys.argv[1:] if argv is None else argv
    store = ox.Store.read_only(args[0])
    union = "--union" in args[1:]  # else the store's default graph already holds the union
    out, inp = sys.stdout.buffer, sys.stdin.buffer
    inspect("ASK {}")  # load rdflib's parser now, not during the first client's request
    out.write(b"ready\n")
    out.flush()
    for line in inp:
        parts: list[bytes] = []
        kinds: list[str] = []
        try:
            request = json.loads(line)
            if "inspect" in request:
                try:
                    form, service = inspect(str(request["inspect"]))
                except InputError as exc:
                    raise Refused(400, str(exc)) from None
                out.write(json.dumps({"ok": True, "form": form, "service": service}).encode())
                out.write(b"\n")
                out.flush()
                continue
            subs = {
                ox.Variable(name): to_oxigraph(from_json(spec))
                for name, spec in request.get("subs", {}).items()
            }
            for job in request["jobs"]:
                kind, data = _answer(
                    store,
                    job,
                    subs,
                    request.get("prefixes") or {},
                    int(request.get("limit", 64 * 2**20)),
                    union,
                )
                kinds.append(kind)
                parts.append(data)
            header: dict[str, Any] = {"ok": True, "kinds": kinds, "sizes": [len(p) for p in parts]}
        except Refused as exc:
            header, parts = {"ok": False, "status": exc.status, "error": str(exc)}, []
        except Exception as exc:  # a broken query file or store: report it, keep serving
            header = {"ok": False, "status": 500, "error": f"{type(exc).__name__}: {exc}"}
            parts = []
        out.write(json.dumps(header).encode() + b"\n")
        for data in parts:
            out.write(data)
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
