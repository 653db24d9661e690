"""What every route of `kg serve` shares: the `Site` it serves and the answers it gives.

A handler finds the site as `request.app.state.site`, renders a page with `render`, refuses with
`problem` (a page for browsers, plain text for everyone else) and runs its queries through
`pooled`, which turns the pools' refusals into HTTP statuses with their reasons.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kg.assets import asset
from kg.errors import InputError
from kg.web.worker import Refused

if TYPE_CHECKING:
    import httpx
    import jinja2
    from starlette.requests import Request
    from starlette.responses import Response

    from kg.sparql.catalogue import Query
    from kg.web.pages import Links
    from kg.web.pool import Pool, Upstream, Worker

__all__ = [
    "CSP",
    "LANGS",
    "MAX_ANSWER",
    "MAX_REQUEST",
    "TEMPLATES",
    "Site",
    "TooLarge",
    "ask_worker",
    "guarded",
    "inspect_query",
    "plain",
    "pooled",
    "problem",
    "read_body",
    "render",
    "wants_html",
]

MAX_ANSWER = 64 * 2**20
"""The largest answer we buffer; a larger one is refused with 507 and a hint to narrow it."""
MAX_REQUEST = 1 * 2**20
"""The largest request body (a query text) we read."""
LANGS = ("en", "nl")
TEMPLATES = asset("templates", "site")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)


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
    def links(self) -> Links:
        """Where the IRIs of the build are served on this site."""
        from kg.web.pages import Links

        return Links(self.build_base, self.public_base)


class TooLarge(Exception):
    """An upstream answer over MAX_ANSWER."""


def plain(status: int, reason: str, **headers: str) -> Response:
    """A status with its reason as plain text."""
    from starlette.responses import PlainTextResponse

    return PlainTextResponse(
        reason.rstrip("\n") + "\n",
        status_code=status,
        headers={"X-Content-Type-Options": "nosniff", **headers},
    )


def wants_html(request: Request) -> bool:
    """Whether the client names HTML in its Accept header (browsers do; curl and httpx don't)."""
    from kg.web.negotiate import parse_accept

    return any(
        media in ("text/html", "application/xhtml+xml") and q > 0
        for media, q in parse_accept(request.headers.get("accept"))
    )


def render(site: Site, template: str, code: int = 200, **context: Any) -> Response:
    """A page of the site: `template` rendered with `context`, sent with our security headers."""
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


def problem(site: Site, request: Request, status: int, reason: str, **headers: str) -> Response:
    """An error as a page for browsers and as plain text for everyone else."""
    if wants_html(request):
        response = render(site, "error.html", status, status=status, reason=reason)
        response.headers.update(headers)
        return response
    return plain(status, reason, **headers)


async def read_body(request: Request) -> bytes:
    """The request body, at most MAX_REQUEST bytes; a larger one raises InputError."""
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


async def pooled(site: Site, request: Request, call: Callable[[], Awaitable[Response]]) -> Response:
    """Run a handler's pool work for the client's address (`kg.web.fair`); the pool's refusals
    become statuses with their reasons."""
    from kg.web.fair import CLIENT
    from kg.web.pool import Busy, PoolError, QueryTimeout, Throttled

    CLIENT.set(request.client.host if request.client else "")
    try:
        return await call()
    except QueryTimeout as exc:
        return problem(site, request, 504, str(exc))
    except Throttled as exc:
        return problem(site, request, 429, str(exc), **{"Retry-After": str(exc.retry_after)})
    except Busy as exc:
        return problem(site, request, 503, str(exc), **{"Retry-After": "1"})
    except TooLarge as exc:
        return problem(site, request, 507, str(exc))
    except PoolError as exc:
        return problem(site, request, 502, f"the query process broke down: {exc}")


async def guarded(site: Site, request: Request, run: Callable[[], Awaitable[Response]]) -> Response:
    """`run` in the pools, with a worker's refusal answered as a problem of its status."""

    async def run_guarded() -> Response:
        try:
            return await run()
        except Refused as exc:
            return problem(site, request, exc.status, str(exc))

    return await pooled(site, request, run_guarded)


async def ask_worker(
    site: Site, jobs: list[dict[str, Any]], subs: dict[str, dict[str, str]] | None = None
) -> list[tuple[str, bytes]]:
    """Run jobs on one worker: each answer's kind and bytes; a refusal raises `Refused`.

    `subs` binds variables to SPARQL JSON terms (`kg.rdf.terms.to_json`), the worker protocol's
    form (`kg.web.worker`).
    """
    request = {"jobs": jobs, "subs": subs or {}, "prefixes": site.prefixes, "limit": MAX_ANSWER}
    header, parts = await _call(site, request)
    return list(zip(header["kinds"], parts, strict=True))


async def inspect_query(site: Site, text: str) -> tuple[str, bool]:
    """`kg.sparql.text.inspect` of a query text (its form, and whether it calls SERVICE), by a
    worker unless remembered; a text rdflib cannot read, or nested too deep, raises `Refused`
    with 400."""
    from kg.sparql.text import remember, remembered

    known = remembered(text)
    if known is None:
        header, _ = await _call(site, {"inspect": text})
        known = (str(header["form"]), bool(header["service"]))
        remember(text, known)
    return known


async def _call(site: Site, request: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    async def work(slot: Worker) -> tuple[dict[str, Any], list[bytes]]:
        return await slot.call(request)

    try:
        header, parts = await site.workers.run(work, timeout=site.timeout, wait=site.timeout)
    except (OSError, EOFError, asyncio.IncompleteReadError, ValueError) as exc:
        from kg.web.pool import PoolError

        raise PoolError(f"the query worker stopped while answering ({exc})") from None
    if not header.get("ok"):
        raise Refused(int(header.get("status", 500)), str(header.get("error")))
    return header, parts
