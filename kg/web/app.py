"""The Starlette application of `kg serve`: the routes table, the middleware and the lifespan.

Routes, and the module that answers each:

- `/` and every minted IRI (`/organisation/umcg`, `/organisation/`): `kg.web.resources`;
- `/sparql` and `/editor`: `kg.web.sparql`;
- `/queries` and `/queries/{name}`: `kg.web.queries`;
- `/graph` and `/report`: `kg.web.artifacts`;
- `/static/...`: `kg.web.static`.

Pages are Jinja2 templates (`kg/templates/site/`) with autoescape; the data reaches scripts only
as JSON data blocks read with `JSON.parse` and shown with `textContent`. Our pages send a
Content-Security-Policy that allows nothing from outside the site.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from kg.web.artifacts import artifact, make_artifact
from kg.web.queries import queries_list, query_run
from kg.web.resources import home, resource
from kg.web.site import TEMPLATES, Site, plain
from kg.web.sparql import editor, sparql
from kg.web.static import static

if TYPE_CHECKING:
    import jinja2
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

__all__ = ["create_app", "templates"]


def templates() -> jinja2.Environment:
    """The site's templates, every one autoescaped."""
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
    """Serve `/dlkg/x` as `/x` when the public base is `https://host/dlkg/`.

    For a proxy that passes the path on unchanged.
    """

    def __init__(self, app: Any, root: str):
        self.app, self.root = app, root

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and self.root != "/" and path.startswith(self.root):
            scope = {**scope, "path": path[len(self.root) - 1 :]}
        await self.app(scope, receive, send)


def create_app(site: Site, *, on_ready: Callable[[], None] | None = None) -> Starlette:
    """The application serving `site`; its lifespan starts and stops the pools.

    Args:
        site: what the routes serve.
        on_ready: called once every query process is up.
    """
    import httpx
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.routing import Route

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        from kg.web.pool import kill

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
                make_artifact(site, kind, "all" if kind == "graph" else "-", "en")
            yield
        finally:
            for task in site.artifacts.values():
                task.cancel()
            for process in list(site.helpers):
                kill(process)
            await asyncio.gather(site.upstreams.close(), site.workers.close())
            await site.http.aclose()

    async def handle_errors(request: Request, exc: Exception) -> Response:
        print(
            f"kg serve: error on {request.method} {request.url.path}: {type(exc).__name__}: {exc}",
            file=sys.stderr,
            flush=True,
        )
        return plain(500, f"internal error: {type(exc).__name__}")

    app = Starlette(
        routes=[
            Route("/", home),
            Route("/editor", editor),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/queries", queries_list),
            Route("/queries/{name}", query_run),
            Route("/graph", artifact),
            Route("/report", artifact),
            Route("/static/{name:path}", static),
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
