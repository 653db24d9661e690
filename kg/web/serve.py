"""`kg serve`: start-up and shutdown of the SPARQL endpoint and linked-data site of a build.

The design, in short: real servers do the work, our code is the site around them.

- `/sparql` is the SPARQL 1.1 Protocol of `oxigraph serve-read-only` (the `oxigraph` package):
  a few such processes listen on private loopback ports, each lent to one query at a time
  (`kg.web.pool`, `kg.web.sparql`).
- A query gets `--timeout` seconds; then its process is killed (SIGKILL; the store is read-only)
  and replaced, the client gets 504 with the reason, and the other processes keep serving.
- A client whose queries run long never takes a pool's last free process (`kg.web.fair`), so
  runaway queries from a few clients cannot starve the rest.
- The catalogue (`kg.web.queries`) and the resource pages (`kg.web.resources`) bind values, which
  the SPARQL protocol cannot carry: they run in `python -m kg.web.worker` processes with the same
  time limit and the same kill.
- Every IRI minted under the build's base resolves: request path `/organisation/umcg` names
  `<build base>organisation/umcg` (the base in the build's manifest.json). `--base` is only the
  public address of the site (default `http://HOST:PORT/`): pages link to resources under it,
  while RDF answers keep the graph's own IRIs, so an answer means the same wherever it is served.
  A build made with `kg build --base https://example.org/dlkg/` and served with
  `--base https://example.org/dlkg/` (directly or behind a proxy) serves its IRIs where they point.
  A request path that starts with the public base's path (`/dlkg/...`) is served too.

Here: the store to serve, the listening socket, the pools, uvicorn, and the signals that stop it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.web.app import create_app, templates
from kg.web.site import Site

__all__ = ["MAX_HEAD", "UPSTREAMS", "WORKERS", "serve"]

MAX_HEAD = 128 * 2**10
"""The largest request head (request line and headers) uvicorn reads."""

UPSTREAMS = int(os.environ.get("DLKG_SERVE_UPSTREAMS", "3"))
"""How many oxigraph processes answer /sparql (each one query at a time)."""
WORKERS = int(os.environ.get("DLKG_SERVE_WORKERS", "3"))
"""How many query workers answer the catalogue and the resource pages."""


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
    from kg.web.fair import Clients
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
        clients = Clients(timeout)  # shared: a client heavy in one pool is heavy in the other
        site = Site(
            kg=path,
            store=store,
            build_base=build_base,
            public_base=public,
            timeout=timeout,
            manifest=manifest,
            catalogue=queries,
            templates=templates(),
            upstreams=Pool("SPARQL", lambda: Upstream(binary, store, union), UPSTREAMS, clients),
            workers=Pool("query worker", lambda: Worker(store, union), WORKERS, clients),
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
        # room for a request head with a 64 KiB query string, which /sparql refuses in our words
        h11_max_incomplete_event_size=MAX_HEAD,
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
