"""`/graph` and `/report`: the network view and the report of the build, made once and kept.

Each is written by `python -m kg.web.artifact` in a child process, one at a time, into the
server's cache folder; the server starts the default ones in the background when it starts and
serves a page saying why when this dlkg cannot make them.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg.network import DEFAULT_VIEW, VIEWS
from kg.web.artifact import MAKERS
from kg.web.site import LANGS, Site, problem, render

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

__all__ = ["COMMANDS", "TIME_LIMIT", "artifact", "available", "make_artifact"]

COMMANDS = {"graph": ("kg viz", "network view"), "report": ("kg report", "report")}
"""For each kind: the command that makes it elsewhere, and what it is called."""
TIME_LIMIT = 300
"""Seconds a child may take to write one."""


def available(kind: str) -> bool:
    """Whether this dlkg has the module that makes `kind`."""
    try:
        return importlib.util.find_spec(MAKERS[kind][0]) is not None
    except (ImportError, ValueError):
        return False


def make_artifact(site: Site, kind: str, view: str, lang: str) -> asyncio.Task[tuple[int, str]]:
    """The task that writes (once) the network view or the report into the cache folder.

    Its result is 200 and the file written, or an error status and the reason.
    """
    key = (kind, view, lang)
    if key not in site.artifacts:
        site.artifacts[key] = asyncio.get_running_loop().create_task(_write(site, kind, view, lang))
    return site.artifacts[key]


async def _write(site: Site, kind: str, view: str, lang: str) -> tuple[int, str]:
    from kg.web.pool import kill, spawn

    module = MAKERS[kind][0]
    command, what = COMMANDS[kind]
    unavailable = (
        f"The {what} is not available on this server: this dlkg has no `{command}` "
        f"({module}). Run `{command}` where it is installed."
    )
    if not available(kind):
        return 503, unavailable
    out = site.cache / f"{kind}-{view}-{lang}.html"
    async with site.artifact_lock:
        process = await spawn(
            sys.executable,
            "-m",
            "kg.web.artifact",
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
            async with asyncio.timeout(TIME_LIMIT):
                _, errors = await process.communicate()
        except TimeoutError:
            return 500, f"`{command}` took longer than {TIME_LIMIT} s and was stopped"
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
    """`/graph?view=...&lang=...` or `/report?lang=...`: the page, or why there is none."""
    from starlette.responses import Response

    site: Site = request.app.state.site
    kind = request.url.path.rstrip("/").rsplit("/", 1)[-1]
    view = request.query_params.get("view", DEFAULT_VIEW) if kind == "graph" else "-"
    lang = request.query_params.get("lang", "en")
    if kind == "graph" and view not in VIEWS:
        return problem(site, request, 400, f"unknown view {view!r} (known: {', '.join(VIEWS)})")
    if lang not in LANGS:
        return problem(site, request, 400, f"unknown language {lang!r} (known: en, nl)")
    status, found = await asyncio.shield(make_artifact(site, kind, view, lang))
    if status != 200:
        return render(
            site,
            "unavailable.html",
            status,
            status=status,
            reason=found,
            command=COMMANDS[kind][0],
        )
    return Response(
        Path(found).read_bytes(),
        media_type="text/html; charset=utf-8",
        headers={"X-Content-Type-Options": "nosniff"},
    )
