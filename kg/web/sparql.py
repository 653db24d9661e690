"""`/sparql`, the SPARQL 1.1 Protocol forwarded to read-only Oxigraph servers, and `/editor`.

We read the request as it came (GET, HEAD, POST form or POST `application/sparql-query`, with
`default-graph-uri` and `named-graph-uri`) and decide from rdflib's parse of the text
(`kg.sparql.text.inspect`, run by a query worker, since parsing a long text takes seconds, and
remembered for short texts): updates and federated queries (`SERVICE`, however spelled) are
refused, texts the parser cannot read get 400 with its line and column, and texts nested deeper
than `MAX_DEPTH` are refused before any parser sees them. The query processes could not call
another endpoint anyway: they run cut off from the network (`kg.web.sandbox`).

A query goes on to an upstream of the pool as a form POST whatever way it came (so a long GET
query string never meets the upstream's header limit and a HEAD never reaches it), and the whole
answer is read to its end or its connection closed. Upstream is always asked for a
self-delimiting document (SPARQL results JSON or JSON-LD), which pyoxigraph parses completely
before re-serialising it in the format the client negotiated: an answer cut short, or one with an
error message appended (oxigraph does that when a query fails while streaming), fails to parse
and becomes a 502 with the reason, never a short 200. An upstream's error is told in our words:
its body and its private address never reach the client.
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlencode

from kg.errors import InputError
from kg.web.site import (
    CSP,
    MAX_ANSWER,
    Site,
    TooLarge,
    inspect_query,
    plain,
    pooled,
    read_body,
    render,
    wants_html,
)
from kg.web.worker import Refused

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from kg.web.negotiate import Format
    from kg.web.pool import Upstream

__all__ = ["MAX_QUERY_STRING", "UPSTREAM_ACCEPT", "editor", "reserialise", "sparql"]

UPSTREAM_ACCEPT = "application/sparql-results+json, application/ld+json;q=0.9"
READ_ONLY = "this endpoint is read-only: SPARQL Update is refused"
FEDERATED = "federated queries (SERVICE) are disabled on this endpoint"
MAX_QUERY_STRING = 64 * 2**10
"""The longest query string (`?query=...`) we read; POST a longer query."""
DATASET = ("default-graph-uri", "named-graph-uri")
_PRIVATE = re.compile(r"(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d+)?(?:/\S*)?", re.I)


async def sparql(request: Request) -> Response:
    """The SPARQL 1.1 Protocol: query by GET, POST form or POST application/sparql-query."""
    from starlette.responses import RedirectResponse

    from kg.web.negotiate import GRAPHS, RESULTS, best, parse_accept, q_of

    site: Site = request.app.state.site
    if len(request.url.query) >= MAX_QUERY_STRING:
        return plain(
            414,
            f"the query string is {len(request.url.query) // 2**10} KiB long; this endpoint "
            f"reads at most {MAX_QUERY_STRING // 2**10} KiB there: POST a long query instead "
            "(Content-Type application/sparql-query)",
        )
    params = parse_qs(request.url.query, keep_blank_values=True)
    dataset = [(name, value) for name in DATASET for value in params.get(name, [])]
    content_type = ""
    if "update" in params:
        return plain(403, READ_ONLY)
    queries = params.get("query", [])
    if request.method == "POST":
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            body = await read_body(request)
        except InputError as exc:
            return plain(413, str(exc))
        if content_type == "application/sparql-update":
            return plain(403, READ_ONLY)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return plain(400, "the request body is not UTF-8")
        if content_type == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            if "update" in form:
                return plain(403, READ_ONLY)
            queries = queries + form.get("query", [])
            dataset += [(name, value) for name in DATASET for value in form.get(name, [])]
        elif content_type == "application/sparql-query":
            queries = [*queries, text]
        else:
            return plain(
                415,
                "POST a query as application/sparql-query or as the form field "
                "`query` (application/x-www-form-urlencoded), not "
                f"{content_type or 'a body without Content-Type'}",
            )
    accept = request.headers.get("accept")
    if not queries:
        if request.method == "GET" and wants_html(request):
            return RedirectResponse(site.root + "editor", status_code=303)
        return plain(
            400,
            "no query: give one as ?query=..., as the form field `query`, or "
            "as an application/sparql-query body (the editor is at /editor)",
        )
    if len(queries) > 1:
        return plain(400, "give exactly one query")
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
        return plain(
            406, "acceptable answers: " + ", ".join(f.media_type for f in (*RESULTS, *GRAPHS))
        )
    body = urlencode([("query", queries[0]), *dataset]).encode()

    async def checked() -> Response:
        try:
            kind, federated = await inspect_query(site, queries[0])
        except Refused as exc:  # the parser's 400: what it cannot read, or nesting too deep
            return plain(exc.status, str(exc))
        if kind == "UPDATE":
            return plain(403, READ_ONLY)
        if federated:
            return plain(403, FEDERATED)
        return await _answer(site, body, results, graphs)

    return await pooled(site, request, checked)


async def _forward(site: Site, body: bytes, slot: Upstream) -> tuple[int, str, bytes]:
    """POST the query form to `slot`; its status, content type and whole answer (read to the
    end or the connection closed, whatever happens, so it never carries a stale answer)."""
    assert site.http is not None
    headers = {"Accept": UPSTREAM_ACCEPT, "Content-Type": "application/x-www-form-urlencoded"}
    upstream = site.http.build_request("POST", slot.url, content=body, headers=headers)
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


def _ours(text: str) -> str:
    """An upstream's message without its private addresses, on one line, at most 300 characters."""
    line = " ".join(_PRIVATE.sub("(a private address)", text).split())
    return line if len(line) <= 300 else line[:299] + "…"


async def _answer(
    site: Site, body: bytes, results: Format | None, graphs: Format | None
) -> Response:
    """Forward the query to a free upstream and answer in the negotiated format."""
    import httpx
    from starlette.responses import Response

    async def forward(slot: Upstream) -> tuple[int, str, bytes]:
        return await _forward(site, body, slot)

    try:
        status, upstream_type, data = await site.upstreams.run(
            forward, timeout=site.timeout, wait=site.timeout
        )
    except httpx.HTTPError as exc:
        return plain(
            502,
            f"the SPARQL engine broke off its answer ({type(exc).__name__}); "
            "no partial answer is given",
        )
    if status == 400:  # the engine's own reading of the query: a parser or evaluation message
        message = _ours(data.decode("utf-8", errors="replace"))
        return plain(400, f"the SPARQL engine cannot run this query: {message}")
    if status != 200:
        return plain(502, f"the SPARQL engine failed (status {status}); no answer is given")
    try:
        fmt, out = await asyncio.to_thread(
            reserialise, upstream_type, data, results, graphs, site.prefixes
        )
    except ValueError as exc:
        return plain(406, str(exc))
    except SyntaxError as exc:
        return plain(
            502,
            "the SPARQL engine's answer was cut short or broken, so none is given: "
            + _ours(str(exc)),
        )
    return Response(out, media_type=fmt.content_type, headers={"Vary": "Accept"})


def reserialise(
    upstream_type: str,
    data: bytes,
    results: Format | None,
    graphs: Format | None,
    prefixes: dict[str, str],
) -> tuple[Format, bytes]:
    """Parse an upstream answer completely and write it in the negotiated format.

    Raises:
        SyntaxError: the answer is not one whole document.
        ValueError: the answer is of a kind (results or graph) the client does not accept.
        TooLarge: one value of the answer is over pyoxigraph's parser buffer (16 MiB): a
            GROUP_CONCAT of many values, say.
    """
    try:
        written = _rewrite(upstream_type, data, results, graphs, prefixes)
    except MemoryError:  # caught here, so the parser's objects are dropped in their own thread
        written = None
    if written is None:
        raise TooLarge(
            "a value in the answer is too large to handle (over 16 MiB, as a GROUP_CONCAT "
            "of many values can be); narrow the query"
        )
    return written


def _rewrite(
    upstream_type: str,
    data: bytes,
    results: Format | None,
    graphs: Format | None,
    prefixes: dict[str, str],
) -> tuple[Format, bytes]:
    import pyoxigraph as ox

    from kg.web.negotiate import GRAPHS, RESULTS, write_graph

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
        return graphs, write_graph(triples, graphs.name, prefixes)
    raise SyntaxError(f"unexpected answer type {upstream_type!r}")


async def editor(request: Request) -> Response:
    """The query editor (YASGUI): the browser's face of /sparql, with the catalogue as examples.

    What the page's script needs (the endpoint, the prefixes, the examples) reaches it as one
    JSON data block; its Content-Security-Policy lets scripts come only from this site, and the
    page talk only to it.
    """
    from kg.web.static import YASGUI_VERSION, yasgui_styles

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
    config = {
        "endpoint": site.root + "sparql",
        "queries": site.root + "queries/",
        "prefixes": site.prefixes,
        "buildBase": site.build_base,
        "publicBase": site.public_base,
        "examples": examples,
    }
    response = render(site, "editor.html", config=config, yasgui_version=YASGUI_VERSION)
    # The site's policy (scripts and connections: this site only, no inline script), with the
    # one style element YASGUI writes itself allowed by its hash.
    styles = " ".join(yasgui_styles())
    response.headers["Content-Security-Policy"] = CSP.replace(
        "style-src 'self'", f"style-src 'self' {styles}"
    )
    return response
