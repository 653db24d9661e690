"""`kg serve`: a SPARQL endpoint and the linked-data site of a build.

The design, in short: real servers do the work, our code is the site around them.

- `/sparql` is the SPARQL 1.1 Protocol of `oxigraph serve-read-only` (the `oxigraph` package):
  a few such processes listen on private loopback ports, each lent to one query at a time
  (`kg.web.pool`). We forward the request as it came (GET, POST form or POST
  `application/sparql-query`, with `default-graph-uri` and `named-graph-uri`), refuse updates
  and federated `SERVICE` calls first, and buffer the whole upstream answer. Upstream is always
  asked for a self-delimiting document (SPARQL results JSON or JSON-LD), which pyoxigraph parses
  completely before re-serialising it in the format the client negotiated: an answer cut short,
  or one with an error message appended (oxigraph does that when a query fails while
  streaming), fails to parse and becomes a 502 with the reason, never a short 200.
- A query gets `--timeout` seconds; then its process is killed (SIGKILL; the store is read-only)
  and replaced, the client gets 504 with the reason, and the other processes keep serving.
- `/queries/{name}` runs a catalogue query with parameters checked and bound by
  `kg.catalogue.bind`, exactly as `kg query` does: the values are substitutions, never text.
  The SPARQL protocol cannot carry bindings, so these queries (and the resource pages) run in
  `python -m kg.web.worker` processes with the same time limit and the same kill.
- Every IRI minted under the build's base resolves: request path `/organisation/umcg` names
  `<build base>organisation/umcg` (the base in the build's manifest.json). `--base` is only the
  public address of the site (default `http://HOST:PORT/`): pages link to resources under it,
  while RDF answers keep the graph's own IRIs, so an answer means the same wherever it is served.
  A build made with `kg build --base https://example.org/dlkg/` and served with
  `--base https://example.org/dlkg/` (directly or behind a proxy) serves its IRIs where they point.
  A request path that starts with the public base's path (`/dlkg/...`) is served too.
- Pages are Jinja2 templates with autoescape; the data reaches scripts only as JSON data blocks
  read with `JSON.parse` and shown with `textContent`. Our pages send a Content-Security-Policy
  that allows nothing from outside the site.
"""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from kg.assets import asset
from kg.errors import InputError
from kg.network import VIEWS
from kg.rdf.terms import to_json
from kg.sparql.text import uses_service

if TYPE_CHECKING:
    import httpx
    import jinja2
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

    from kg.sparql.catalogue import Query
    from kg.web.negotiate import Format
    from kg.web.pool import Pool, Upstream, Worker

__all__ = ["serve"]

UPSTREAMS = int(os.environ.get("DLKG_SERVE_UPSTREAMS", "3"))
"""How many oxigraph processes answer /sparql (each one query at a time)."""
WORKERS = int(os.environ.get("DLKG_SERVE_WORKERS", "3"))
"""How many query workers answer the catalogue and the resource pages."""
MAX_ANSWER = 64 * 2**20
"""The largest answer we buffer; a larger one is refused with 507 and a hint to narrow it."""
MAX_REQUEST = 1 * 2**20
"""The largest request body (a query text) we read."""
UPSTREAM_ACCEPT = "application/sparql-results+json, application/ld+json;q=0.9"
LANGS = ("en", "nl")
TEMPLATES = asset("templates", "site")
STATIC = {"site.css": "text/css; charset=utf-8", "editor.js": "text/javascript; charset=utf-8"}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)
_SAFE_PATH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~!$&'()*+,;=:@%/-]*$")
_ARTIFACT = """
import importlib, sys
from pathlib import Path
kind, kg, out, view, lang = sys.argv[1:6]
module, name = ("kg.network.project", "viz")
if kind != "graph":
    module, name = ("kg.network.report", "write_report")
try:
    make = getattr(importlib.import_module(module), name)
except (ImportError, AttributeError) as exc:
    print(exc, file=sys.stderr)
    sys.exit(3)
options = {"lang": lang, **({"view": view} if kind == "graph" else {})}
make(kg, Path(out), **options)
"""
_ARTIFACTS = {
    "graph": ("kg.network.project", "kg viz", "network view"),
    "report": ("kg.network.report", "kg report", "report"),
}


# --- The site ------------------------------------------------------------------------------------


@dataclass
class Site:
    """What every request handler needs: the build, the bases, the pools and the templates."""

    kg: Path
    store: str
    build_base: str
    public_base: str
    timeout: float
    manifest: dict[str, Any]
    catalogue: dict[str, Query]
    templates: jinja2.Environment
    upstreams: Pool[Upstream]
    workers: Pool[Worker]
    cache: Path
    http: httpx.AsyncClient | None = None
    prefixes: dict[str, str] = field(default_factory=dict)
    artifacts: dict[tuple[str, str, str], asyncio.Task[tuple[int, str]]] = field(
        default_factory=dict
    )
    artifact_lock: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(1))
    helpers: set[asyncio.subprocess.Process] = field(default_factory=set)

    @property
    def root(self) -> str:
        """The path of the public base: '/' unless a proxy serves the site under a prefix."""
        return urlsplit(self.public_base).path or "/"

    @property
    def links(self) -> Any:
        from kg.web.pages import Links

        return Links(self.build_base, self.public_base)


def _text(status: int, reason: str, **headers: str) -> Response:
    from starlette.responses import PlainTextResponse

    return PlainTextResponse(
        reason.rstrip("\n") + "\n",
        status_code=status,
        headers={"X-Content-Type-Options": "nosniff", **headers},
    )


def _wants_html(request: Request) -> bool:
    """Whether the client names HTML in its Accept header (browsers do; curl and httpx don't)."""
    from kg.web.negotiate import parse_accept

    return any(
        media in ("text/html", "application/xhtml+xml") and q > 0
        for media, q in parse_accept(request.headers.get("accept"))
    )


def _page(site: Site, request: Request, template: str, code: int = 200, **context: Any) -> Response:
    from starlette.responses import HTMLResponse

    body = site.templates.get_template(template).render(
        root=site.root,
        public_base=site.public_base,
        build_base=site.build_base,
        manifest=site.manifest,
        **context,
    )
    return HTMLResponse(
        body,
        status_code=code,
        headers={
            "Content-Security-Policy": CSP,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Vary": "Accept",
        },
    )


def _problem(site: Site, request: Request, status: int, reason: str, **headers: str) -> Response:
    """An error as a page for browsers and as plain text for everyone else."""
    if _wants_html(request):
        response = _page(site, request, "error.html", status, status=status, reason=reason)
        response.headers.update(headers)
        return response
    return _text(status, reason, **headers)


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_REQUEST:
        raise InputError(f"the request body is larger than {MAX_REQUEST // 2**20} MiB")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_REQUEST:
            raise InputError(f"the request body is larger than {MAX_REQUEST // 2**20} MiB")
        chunks.append(chunk)
    return b"".join(chunks)


async def _pooled(
    site: Site, request: Request, call: Callable[[], Awaitable[Response]]
) -> Response:
    """Run a handler's pool work; the pool's refusals become statuses with their reasons."""
    from kg.web.pool import Busy, PoolError, QueryTimeout

    try:
        return await call()
    except QueryTimeout as exc:
        return _problem(site, request, 504, str(exc))
    except Busy as exc:
        return _problem(site, request, 503, str(exc), **{"Retry-After": "1"})
    except TooLarge as exc:
        return _problem(site, request, 507, str(exc))
    except PoolError as exc:
        return _problem(site, request, 502, f"the query process broke down: {exc}")


class TooLarge(Exception):
    """An upstream answer over MAX_ANSWER."""


# --- /sparql -------------------------------------------------------------------------------------


async def sparql(request: Request) -> Response:
    """The SPARQL 1.1 Protocol: query by GET, POST form or POST application/sparql-query."""
    import httpx
    from starlette.responses import RedirectResponse, Response

    from kg.web.negotiate import GRAPHS, RESULTS, best, parse_accept, q_of

    site: Site = request.app.state.site
    params = parse_qs(request.url.query, keep_blank_values=True)
    body: bytes | None = None
    content_type = ""
    if "update" in params:
        return _text(403, "this endpoint is read-only: SPARQL Update is refused")
    queries = params.get("query", [])
    if request.method == "POST":
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            body = await _read_body(request)
        except InputError as exc:
            return _text(413, str(exc))
        if content_type == "application/sparql-update":
            return _text(403, "this endpoint is read-only: SPARQL Update is refused")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return _text(400, "the request body is not UTF-8")
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            if "update" in form:
                return _text(403, "this endpoint is read-only: SPARQL Update is refused")
            queries = queries + form.get("query", [])
        elif content_type == "application/sparql-query":
            queries = [*queries, text]
        else:
            return _text(
                415,
                "POST a query as application/sparql-query or as the form field "
                "`query` (application/x-www-form-urlencoded), not "
                f"{content_type or 'a body without Content-Type'}",
            )
    accept = request.headers.get("accept")
    if not queries:
        if request.method == "GET" and _wants_html(request):
            return RedirectResponse(site.root + "editor", status_code=303)
        return _text(
            400,
            "no query: give one as ?query=..., as the form field `query`, or "
            "as an application/sparql-query body (the editor is at /editor)",
        )
    if len(queries) > 1:
        return _text(400, "give exactly one query")
    if uses_service(queries[0]):
        return _text(403, "federated queries (SERVICE) are disabled on this endpoint")
    results, graphs = best(accept, RESULTS), best(accept, GRAPHS)
    ranges = parse_accept(accept)
    html_q = q_of("text/html", ranges)
    if (
        request.method == "GET"
        and html_q > 0
        and html_q > max([q_of(t, ranges) for f in (*RESULTS, *GRAPHS) for t in f.types])
    ):
        return RedirectResponse(
            f"{site.root}editor?{urlencode({'query': queries[0]})}", status_code=303
        )
    if results is None and graphs is None:
        return _text(
            406, "acceptable answers: " + ", ".join(f.media_type for f in (*RESULTS, *GRAPHS))
        )

    async def forward(slot: Upstream) -> tuple[int, str, bytes]:
        assert site.http is not None
        url = slot.url + (f"?{request.url.query}" if request.url.query else "")
        headers = {"Accept": UPSTREAM_ACCEPT}
        if content_type:
            headers["Content-Type"] = content_type
        upstream = site.http.build_request(request.method, url, content=body, headers=headers)
        answer = await site.http.send(upstream, stream=True)
        chunks, size = [], 0
        try:
            async for chunk in answer.aiter_raw():
                size += len(chunk)
                if size > MAX_ANSWER:
                    raise TooLarge(
                        f"the answer is larger than {MAX_ANSWER // 2**20} MiB; "
                        "narrow the query (LIMIT, fewer variables)"
                    )
                chunks.append(chunk)
        finally:
            await answer.aclose()
        return answer.status_code, answer.headers.get("content-type", ""), b"".join(chunks)

    async def run() -> Response:
        try:
            status, upstream_type, data = await site.upstreams.run(
                forward, timeout=site.timeout, wait=site.timeout
            )
        except httpx.HTTPError as exc:
            return _text(
                502, f"the SPARQL engine broke off its answer ({exc}); no partial answer is given"
            )
        if status != 200:
            reason = data.decode("utf-8", errors="replace") or f"status {status}"
            return _text(status, reason)
        try:
            fmt, out = await asyncio.to_thread(
                _reserialise, upstream_type, data, results, graphs, site.prefixes
            )
        except ValueError as exc:
            return _text(406, str(exc))
        except SyntaxError as exc:
            tail = data[-300:].decode("utf-8", errors="replace")
            return _text(
                502,
                "the SPARQL engine's answer was cut short or broken, so none is "
                f"given: {exc}. Its last bytes: {tail}",
            )
        return Response(out, media_type=fmt.content_type, headers={"Vary": "Accept"})

    return await _pooled(site, request, run)


def _reserialise(
    upstream_type: str,
    data: bytes,
    results: Format | None,
    graphs: Format | None,
    prefixes: dict[str, str],
) -> tuple[Format, bytes]:
    """Parse an upstream answer completely and write it in the negotiated format.

    Raises SyntaxError when the answer is not one whole document, ValueError for a format the
    client does not accept.
    """
    import pyoxigraph as ox

    from kg.web.negotiate import GRAPHS, RESULTS

    if upstream_type.startswith("application/sparql-results+json"):
        if results is None:
            raise ValueError(
                "this query answers with SPARQL results; acceptable: "
                + ", ".join(f.media_type for f in RESULTS)
            )
        answer = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        out = answer.serialize(format=getattr(ox.QueryResultsFormat, results.name.upper()))
        return results, bytes(out or b"")
    if upstream_type.startswith("application/ld+json"):
        if graphs is None:
            raise ValueError(
                "this query answers with an RDF graph; acceptable: "
                + ", ".join(f.media_type for f in GRAPHS)
            )
        triples = list(dict.fromkeys(quad.triple for quad in ox.parse(data, ox.RdfFormat.JSON_LD)))
        fmt = {
            "turtle": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
            "jsonld": ox.RdfFormat.JSON_LD,
            "rdfxml": ox.RdfFormat.RDF_XML,
        }[graphs.name]
        out = ox.serialize(
            triples,
            format=fmt,
            prefixes=_used(prefixes, triples) if graphs.name == "turtle" else None,
        )
        return graphs, bytes(out or b"")
    raise SyntaxError(f"unexpected answer type {upstream_type!r}")


def _used(prefixes: dict[str, str], triples: list[Any]) -> dict[str, str]:
    """The prefixes whose namespace some IRI of the triples is in."""
    iris = {
        term.value for triple in triples for term in triple if type(term).__name__ == "NamedNode"
    }
    return {p: ns for p, ns in prefixes.items() if any(iri.startswith(ns) for iri in iris)}


# --- Worker queries ------------------------------------------------------------------------------


class WorkerRefusal(Exception):
    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


async def _ask_worker(
    site: Site, jobs: list[dict[str, Any]], subs: dict[str, dict[str, str]] | None = None
) -> list[tuple[str, bytes]]:
    """Run jobs on one worker: each answer's kind and bytes; a refusal raises WorkerRefusal."""
    request = {"jobs": jobs, "subs": subs or {}, "prefixes": site.prefixes, "limit": MAX_ANSWER}

    async def work(slot: Worker) -> tuple[dict[str, Any], list[bytes]]:
        return await slot.call(request)

    try:
        header, parts = await site.workers.run(work, timeout=site.timeout, wait=site.timeout)
    except (OSError, EOFError, asyncio.IncompleteReadError, ValueError) as exc:
        from kg.web.pool import PoolError

        raise PoolError(f"the query worker stopped while answering ({exc})") from None
    if not header.get("ok"):
        raise WorkerRefusal(int(header.get("status", 500)), str(header.get("error")))
    return list(zip(header["kinds"], parts, strict=True))


# --- The catalogue -------------------------------------------------------------------------------


def _catalogue_entry(site: Site, query: Query) -> dict[str, Any]:
    return {**query.as_dict(), "url": f"{site.public_base}queries/{quote(query.name)}"}


async def queries_list(request: Request) -> Response:
    from starlette.responses import JSONResponse

    from kg.web.negotiate import HTML, Format, best, by_name

    site: Site = request.app.state.site
    offers = (Format("json", "application/json", "application/json"), HTML)
    chosen = (
        by_name(request.query_params["_format"], offers)
        if "_format" in request.query_params
        else best(request.headers.get("accept"), offers)
    )
    if chosen is None:
        return _text(406, "acceptable answers: application/json, text/html")
    entries = [_catalogue_entry(site, q) for q in site.catalogue.values()]
    if chosen is HTML:
        return _page(site, request, "queries.html", queries=entries)
    return JSONResponse(entries, headers={"Vary": "Accept"})


async def query_run(request: Request) -> Response:
    """Run one catalogue query with its parameters checked and bound by `kg.catalogue.bind`."""
    from starlette.responses import Response

    from kg.sparql.catalogue import bind
    from kg.web.negotiate import GRAPHS, HTML, RESULTS, best, by_name
    from kg.web.pages import Labeller, rows

    site: Site = request.app.state.site
    name = request.path_params["name"]
    query = site.catalogue.get(name)
    if query is None:
        close = difflib.get_close_matches(name, list(site.catalogue), n=3, cutoff=0.4)
        hint = f"; did you mean {', '.join(close)}?" if close else "; /queries lists them"
        return _problem(site, request, 404, f"no query named {name!r} in the catalogue{hint}")
    graph_form = query.form in ("CONSTRUCT", "DESCRIBE")
    offers = (*(GRAPHS if graph_form else RESULTS), HTML)
    accept = request.headers.get("accept")
    raw = request.query_params.get("_format")
    chosen = by_name(raw, offers) if raw is not None else best(accept, offers)
    if chosen is None:
        return _problem(
            site,
            request,
            406,
            "acceptable answers: "
            + ", ".join(f.media_type for f in offers)
            + " (or ?_format="
            + "|".join(f.name for f in offers)
            + ")",
        )
    given: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key == "_format":
            continue
        if key in given:
            return _problem(site, request, 400, f"give parameter {key} once")
        given[key] = _public_to_build(site, value)
    entry = _catalogue_entry(site, query)
    try:
        missing = [p.name for p in query.params if p.required and p.name not in given]
        if missing:
            raise InputError(
                f"query {query.name} needs the parameter "
                f"{', '.join(missing)} (as ?{missing[0]}=...)"
            )
        bindings = bind(query, given, base=site.build_base)
    except InputError as exc:
        if chosen is HTML:
            return _page(
                site,
                request,
                "query.html",
                400,
                query=entry,
                values=given,
                error=str(exc),
                text=query.text,
            )
        return _text(400, str(exc))
    subs = {key: to_json(term) for key, term in bindings.items()}
    job = {
        "query": query.text,
        "results": "json"
        if chosen is HTML
        else (chosen.name if chosen in RESULTS else getattr(best(accept, RESULTS), "name", None)),
        "graph": "turtle"
        if chosen is HTML
        else (chosen.name if chosen in GRAPHS else getattr(best(accept, GRAPHS), "name", None)),
    }

    async def run() -> Response:
        try:
            [(kind, data)] = await _ask_worker(site, [job], subs)
        except WorkerRefusal as exc:
            if chosen is HTML:
                return _page(
                    site,
                    request,
                    "query.html",
                    exc.status,
                    query=entry,
                    values=given,
                    error=str(exc),
                    text=query.text,
                )
            return _text(exc.status, str(exc))
        if chosen is HTML:
            table: dict[str, Any] = {"kind": kind}
            if kind == "solutions":
                names = Labeller(site.links, "en", prefixes=site.prefixes)
                document = json.loads(data)
                table["vars"] = document["head"]["vars"]
                table["rows"] = [
                    [names.term(row.get(v)) for v in table["vars"]] for row in rows(data)
                ]
            elif kind == "boolean":
                table["boolean"] = json.loads(data)["boolean"]
            else:
                table["text"] = data.decode("utf-8")
            return _page(
                site, request, "query.html", query=entry, values=given, table=table, text=query.text
            )
        fmt = (
            by_name(str(job["graph"]), GRAPHS)
            if kind == "graph"
            else by_name(str(job["results"]), RESULTS)
        )
        assert fmt is not None  # the worker refuses a kind of answer it has no format for
        return Response(data, media_type=fmt.content_type, headers={"Vary": "Accept"})

    return await _pooled(site, request, run)


def _public_to_build(site: Site, value: str) -> str:
    """A resource's public address given as a parameter names the resource itself."""
    if site.public_base != site.build_base and value.startswith(site.public_base):
        return site.build_base + value[len(site.public_base) :]
    return value


# --- Pages ---------------------------------------------------------------------------------------


async def home(request: Request) -> Response:
    from kg.web.pages import HOME, Labeller, rows

    site: Site = request.app.state.site

    async def run() -> Response:
        [(_, data)] = await _ask_worker(site, [{"query": HOME, "results": "json"}])
        names = Labeller(site.links, "en", prefixes=site.prefixes)
        names.add([{"x": r["s"], "label": r["label"]} for r in rows(data) if "label" in r])
        groups: dict[str, dict[str, Any]] = {}
        for row in rows(data):
            group = "coalitions" if row["type"]["value"].endswith("Collaboration") else "orgs"
            value = names.term(row["s"])
            if value is not None and value.iri is not None:
                groups.setdefault(group, {})[value.iri] = value
        listed = {k: sorted(v.values(), key=lambda x: x.text.lower()) for k, v in groups.items()}
        return _page(
            site,
            request,
            "home.html",
            coalitions=listed.get("coalitions", []),
            organisations=listed.get("orgs", []),
            queries=list(site.catalogue.values()),
        )

    return await _pooled(site, request, lambda: _guard(site, request, run))


async def _guard(site: Site, request: Request, run: Callable[[], Awaitable[Response]]) -> Response:
    try:
        return await run()
    except WorkerRefusal as exc:
        return _problem(site, request, exc.status, str(exc))


async def editor(request: Request) -> Response:
    site: Site = request.app.state.site
    examples = [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "text": q.text,
            "params": [p.as_dict() for p in q.params],
        }
        for q in site.catalogue.values()
    ]
    return _page(site, request, "editor.html", examples=examples)


async def static(request: Request) -> Response:
    from starlette.responses import Response

    name = request.path_params["name"]
    if name not in STATIC:
        return _text(404, f"no such file: {name}")
    return Response(
        (TEMPLATES / name).read_bytes(),
        media_type=STATIC[name],
        headers={"Cache-Control": "max-age=300", "X-Content-Type-Options": "nosniff"},
    )


async def resource(request: Request) -> Response:
    """A minted IRI: an HTML page for browsers, its description in RDF for everyone else."""
    from starlette.responses import Response

    from kg.rdf.iri import KINDS
    from kg.web.negotiate import GRAPHS, HTML, best, by_name
    from kg.web.pages import DESCRIBE, EXISTS, LISTING, PAGE_QUERIES, Labeller, build_page, rows

    site: Site = request.app.state.site
    path = request.path_params["path"]
    if not path or not _SAFE_PATH.match(path):
        return _problem(site, request, 404, "no such resource")
    offers = (*GRAPHS, HTML)
    raw = request.query_params.get("_format")
    chosen = (
        by_name(raw, offers) if raw is not None else best(request.headers.get("accept"), offers)
    )
    if chosen is None:
        return _problem(
            site, request, 406, "acceptable answers: " + ", ".join(f.media_type for f in offers)
        )
    lang = request.query_params.get("lang", "en")
    lang = lang if lang in LANGS else "en"

    async def run() -> Response:
        for iri in site.links.candidates(path):
            subs = {"r": {"type": "uri", "value": iri}}
            if chosen is HTML:
                answers = await _ask_worker(
                    site,
                    [{"query": EXISTS, "results": "json"}]
                    + [{"query": q, "results": "json"} for q in PAGE_QUERIES.values()],
                    subs,
                )
                if not json.loads(answers[0][1])["boolean"]:
                    continue
                page = build_page(
                    iri,
                    dict(zip(PAGE_QUERIES, (d for _, d in answers[1:]), strict=True)),
                    site.links,
                    lang,
                    site.prefixes,
                )
                return _page(
                    site,
                    request,
                    "resource.html",
                    page=page,
                    lang=lang,
                    formats=GRAPHS,
                    graph_available=_available("graph"),
                )
            [(_, exists), (_, data)] = await _ask_worker(
                site,
                [{"query": EXISTS, "results": "json"}, {"query": DESCRIBE, "graph": chosen.name}],
                subs,
            )
            if json.loads(exists)["boolean"]:
                return Response(data, media_type=chosen.content_type, headers={"Vary": "Accept"})
        kind = path.rstrip("/")
        if kind in KINDS and chosen is HTML:
            prefix = site.build_base + kind + "/"
            [(_, data)] = await _ask_worker(
                site,
                [{"query": LISTING, "results": "json"}],
                {"prefix": {"type": "literal", "value": prefix}},
            )
            names = Labeller(site.links, lang, prefixes=site.prefixes)
            names.add([{"x": r["s"], "label": r["label"]} for r in rows(data) if "label" in r])
            items = {
                r["s"]["value"]: names.term(r["s"])
                for r in rows(data)
                if "#" not in r["s"]["value"] and "/evidence/" not in r["s"]["value"]
            }
            return _page(
                site,
                request,
                "listing.html",
                kind=kind,
                items=sorted(
                    (v for v in items.values() if v is not None), key=lambda v: v.text.lower()
                ),
            )
        return _problem(site, request, 404, f"nothing is known about {site.build_base}{path}")

    return await _pooled(site, request, lambda: _guard(site, request, run))


# --- The network view and the report -------------------------------------------------------------


def _available(kind: str) -> bool:
    module = _ARTIFACTS[kind][0]
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _artifact(site: Site, kind: str, view: str, lang: str) -> asyncio.Task[tuple[int, str]]:
    """The task that writes (once) the network view or the report into the cache folder."""
    key = (kind, view, lang)
    if key not in site.artifacts:
        site.artifacts[key] = asyncio.get_running_loop().create_task(
            _make_artifact(site, kind, view, lang)
        )
    return site.artifacts[key]


async def _make_artifact(site: Site, kind: str, view: str, lang: str) -> tuple[int, str]:
    from kg.web.pool import kill, spawn

    module, command, what = _ARTIFACTS[kind]
    unavailable = (
        f"The {what} is not available on this server: this dlkg has no `{command}` "
        f"({module}). Run `{command}` where it is installed."
    )
    if not _available(kind):
        return 503, unavailable
    out = site.cache / f"{kind}-{view}-{lang}.html"
    async with site.artifact_lock:
        process = await spawn(
            sys.executable,
            "-c",
            _ARTIFACT,
            kind,
            str(site.kg),
            str(out),
            view,
            lang,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        site.helpers.add(process)
        try:
            async with asyncio.timeout(300):
                _, errors = await process.communicate()
        except TimeoutError:
            return 500, f"`{command}` took longer than 300 s and was stopped"
        finally:
            kill(process)  # only if it still runs: timed out, or the server is stopping
            site.helpers.discard(process)
    if process.returncode == 3:
        return 503, unavailable + " (" + errors.decode(errors="replace").strip() + ")"
    if process.returncode != 0 or not out.is_file():
        lines = errors.decode(errors="replace").strip().splitlines()
        return 500, f"`{command}` failed: " + (
            lines[-1] if lines else f"exit status {process.returncode}"
        )
    return 200, str(out)


async def artifact(request: Request) -> Response:
    from starlette.responses import Response

    site: Site = request.app.state.site
    kind = request.url.path.rstrip("/").rsplit("/", 1)[-1]
    view = request.query_params.get("view", "all") if kind == "graph" else "-"
    lang = request.query_params.get("lang", "en")
    if kind == "graph" and view not in VIEWS:
        return _problem(site, request, 400, f"unknown view {view!r} (known: {', '.join(VIEWS)})")
    if lang not in LANGS:
        return _problem(site, request, 400, f"unknown language {lang!r} (known: en, nl)")
    status, found = await asyncio.shield(_artifact(site, kind, view, lang))
    if status != 200:
        return _page(
            site,
            request,
            "unavailable.html",
            status,
            status=status,
            reason=found,
            command=_ARTIFACTS[kind][1],
        )
    return Response(
        Path(found).read_bytes(),
        media_type="text/html; charset=utf-8",
        headers={"X-Content-Type-Options": "nosniff"},
    )


# --- The application -----------------------------------------------------------------------------


def _templates() -> jinja2.Environment:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every template, whatever its name: untrusted text never is markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["urlquote"] = lambda text: quote(str(text), safe="")
    return environment


class _StripRoot:
    """Serve `/dlkg/x` as `/x` when the public base is `https://host/dlkg/`: for a proxy that
    passes the path on unchanged."""

    def __init__(self, app: Any, root: str):
        self.app, self.root = app, root

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and self.root != "/" and path.startswith(self.root):
            scope = {**scope, "path": path[len(self.root) - 1 :]}
        await self.app(scope, receive, send)


def create_app(site: Site, *, on_ready: Callable[[], None] | None = None) -> Starlette:
    import httpx
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.routing import Route

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        site.http = httpx.AsyncClient(
            timeout=None, limits=httpx.Limits(max_connections=64, max_keepalive_connections=16)
        )
        try:
            try:
                await asyncio.gather(site.upstreams.start(), site.workers.start())
            except Exception as exc:
                print(f"kg serve: error: {exc}", file=sys.stderr, flush=True)
                raise
            if on_ready:
                on_ready()
            for kind in ("graph", "report"):  # made in the background, served when asked
                _artifact(site, kind, "all" if kind == "graph" else "-", "en")
            yield
        finally:
            for task in site.artifacts.values():
                task.cancel()
            for process in list(site.helpers):
                from kg.web.pool import kill

                kill(process)
            await asyncio.gather(site.upstreams.close(), site.workers.close())
            await site.http.aclose()

    async def handle_errors(request: Request, exc: Exception) -> Response:
        print(
            f"kg serve: error on {request.method} {request.url.path}: {type(exc).__name__}: {exc}",
            file=sys.stderr,
            flush=True,
        )
        return _text(500, f"internal error: {type(exc).__name__}")

    app = Starlette(
        routes=[
            Route("/", home),
            Route("/editor", editor),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/queries", queries_list),
            Route("/queries/{name}", query_run),
            Route("/graph", artifact),
            Route("/report", artifact),
            Route("/static/{name}", static),
            Route("/{path:path}", resource),
        ],
        middleware=[
            Middleware(_StripRoot, root=site.root),
            Middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type"],
            ),
        ],
        exception_handlers={Exception: handle_errors},
        lifespan=lifespan,
    )
    app.state.site = site
    return app


# --- Starting and stopping -----------------------------------------------------------------------


def _oxigraph() -> str:
    """The `oxigraph` command: beside this Python (a virtualenv), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise InputError("the `oxigraph` command is not installed (pip install oxigraph)")
    return found


def _prepare_store(kg: Path, cache: Path, binary: str) -> tuple[str, bool]:
    """The store to serve: the build's own, or one loaded from an RDF file into the cache; and
    whether its default graph must be asked for as the union of its named graphs."""
    from kg.sparql.engine import RDF_SUFFIXES, union_in_default

    if kg.is_dir() and (kg / "store").is_dir():
        return str(kg / "store"), not union_in_default(kg)
    file = kg / "kg.trig" if kg.is_dir() else kg
    formats = {
        "turtle": "ttl",
        "trig": "trig",
        "nt": "nt",
        "nquads": "nq",
        "json-ld": "jsonld",
        "xml": "rdf",
        "n3": "n3",
    }
    store = cache / "store"
    done = subprocess.run(
        [
            binary,
            "load",
            "--location",
            str(store),
            "--file",
            str(file),
            "--format",
            formats[RDF_SUFFIXES[file.suffix]],
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise InputError(f"cannot load into a store: {done.stderr.strip()}", file)
    return str(store), True


def _remove_stale_caches() -> None:
    """Remove the cache folders of servers that were killed (SIGKILL leaves no time to clean)."""
    if not Path("/proc/self").exists():
        return
    for folder in Path(tempfile.gettempdir()).glob("dlkg-serve-*-*"):
        pid = folder.name.split("-")[2]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(folder, ignore_errors=True)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def serve(
    kg: str | Path = "build",
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = 10.0,
    base: str | None = None,
) -> int:
    """Serve a build until Ctrl-C (or SIGTERM); return the exit code."""
    from kg.rdf.iri import DEFAULT_BASE, Minter
    from kg.sparql.catalogue import base_of, catalogue
    from kg.sparql.engine import resolve_kg
    from kg.web.pool import Pool, Upstream, Worker

    started = time.monotonic()
    path = resolve_kg(kg)
    if timeout <= 0:
        raise InputError("--timeout must be more than 0 seconds")
    manifest_file = path / "manifest.json" if path.is_dir() else None
    manifest = (
        json.loads(manifest_file.read_text(encoding="utf-8"))
        if manifest_file and manifest_file.is_file()
        else {}
    )
    build_base = base_of(path) if path.is_dir() else DEFAULT_BASE
    try:
        queries = catalogue()
    except FileNotFoundError:
        queries = {}

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as exc:
        listener.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    listener.listen(1024)
    port = listener.getsockname()[1]
    address = f"http://{_url_host(host)}:{port}/"
    public = base or address
    try:
        Minter(public)
    except ValueError as exc:
        listener.close()
        raise InputError(str(exc).replace("the base IRI", "--base")) from None

    binary = _oxigraph()
    _remove_stale_caches()
    cache = Path(tempfile.mkdtemp(prefix=f"dlkg-serve-{os.getpid()}-"))
    try:
        store, union = _prepare_store(path, cache, binary)
        site = Site(
            kg=path,
            store=store,
            build_base=build_base,
            public_base=public,
            timeout=timeout,
            manifest=manifest,
            catalogue=queries,
            templates=_templates(),
            upstreams=Pool("SPARQL", lambda: Upstream(binary, store, union), UPSTREAMS),
            workers=Pool("query worker", lambda: Worker(store, union), WORKERS),
            cache=cache,
        )
        return _run(site, listener, address, started)
    finally:
        listener.close()
        shutil.rmtree(cache, ignore_errors=True)


def _run(site: Site, listener: socket.socket, address: str, started: float) -> int:
    import uvicorn

    from kg.rdf.iri import prefixes

    site.prefixes = prefixes(site.build_base)
    listener_host = str(listener.getsockname()[0])

    def ready() -> None:
        print(f"dlkg serving {address} (SPARQL at /sparql)", flush=True)
        if site.public_base != address or site.build_base != site.public_base:
            print(
                f"  IRIs under {site.build_base} resolve here; pages link them under "
                f"{site.public_base}",
                flush=True,
            )
        if site.public_base == address and _url_host(listener_host) in ("0.0.0.0", "[::]"):
            print("  pages link to this address; give --base with the one clients use", flush=True)
        print(f"  ready in {time.monotonic() - started:.2f} s; Ctrl-C stops", flush=True)

    app = create_app(site, on_ready=ready)
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=3,
        server_header=False,
    )
    server = uvicorn.Server(config)

    def stopped(signum: int, frame: Any) -> None:
        raise _Stopped

    # uvicorn shuts down gracefully on SIGINT and SIGTERM, then raises the signal again; with
    # this handler a SIGTERM, like a Ctrl-C, ends here and the cleanup below still runs.
    previous = signal.signal(signal.SIGTERM, stopped)
    try:
        with contextlib.suppress(KeyboardInterrupt, _Stopped):
            server.run(sockets=[listener])
    finally:
        signal.signal(signal.SIGTERM, previous)
        # After a second Ctrl-C uvicorn skips the application's shutdown: stop the children
        # here (and the kernel would, through PR_SET_PDEATHSIG, when this process ends).
        for pid in [
            *site.upstreams.pids,
            *site.workers.pids,
            *(process.pid for process in site.helpers),
        ]:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
    return 0


class _Stopped(Exception):
    """SIGTERM, after uvicorn's graceful shutdown."""
