"""Pools of query processes with a hard time limit: a query that runs too long loses its process.

Two kinds of process answer queries for `kg serve`:

- `Upstream`: an `oxigraph serve-read-only` server on a private loopback port, the SPARQL 1.1
  Protocol implementation behind `/sparql`;
- `Worker`: `python -m kg.web.worker`, for queries with bound parameters (the catalogue, the
  resource pages).

A pool hands each process one request at a time. When a request outlives the time limit, or its
process misbehaves, the pool kills that process (SIGKILL: the store is opened read-only, so
nothing can be lost) and starts a replacement, while the other processes go on serving.

Oxigraph's own `--timeout-s` is deliberately not used: measured with oxigraph 0.5.13, it neither
stopped a 5-way cross join (COUNT, ORDER BY) nor a streaming SELECT (it streamed for minutes with
status 200), and when an error happens mid-answer oxigraph appends the message to a 200 body and
ends the stream cleanly. Killing the process is the only limit that always holds.

Every child is started in its own session (so a Ctrl-C in the terminal reaches only the server,
which then stops them) and, on Linux, with PR_SET_PDEATHSIG so the kernel kills it if the server
dies without cleaning up, even by SIGKILL.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import itertools
import json
import math
import os
import signal
import socket
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from kg.web.fair import CLIENT, Clients

__all__ = [
    "OFFLINE_FAILED",
    "Busy",
    "Pool",
    "PoolError",
    "QueryTimeout",
    "Throttled",
    "Upstream",
    "Worker",
    "kill",
    "spawn",
]

PR_SET_PDEATHSIG = 1


class PoolError(RuntimeError):
    """A query process could not be started or broke down."""


class Busy(PoolError):
    """No query process became free in time."""


class Throttled(Busy):
    """A client with long-running queries found no process it may take in time."""

    def __init__(self, reason: str, retry_after: int):
        super().__init__(reason)
        self.retry_after = retry_after


class QueryTimeout(PoolError):
    """A query ran past the limit; its process was killed."""


_PRCTL: list[Any] = []


OFFLINE_FAILED = 87
"""The exit status of a child that could not be shut off from the network (`kg.web.sandbox`)."""


def _die_with_parent(parent: int, offline: bool) -> Callable[[], None]:
    from kg.web import sandbox

    if not _PRCTL and sys.platform.startswith("linux"):  # look prctl up here, not after fork
        with contextlib.suppress(OSError, AttributeError):
            _PRCTL.append(ctypes.CDLL(None, use_errno=True).prctl)
    cut_off = sandbox.install() if offline and sandbox.supported() else None

    def preexec() -> None:  # runs in the child between fork and exec
        if _PRCTL:
            _PRCTL[0](PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)
        if cut_off is not None and not cut_off():
            os._exit(OFFLINE_FAILED)

    return preexec


async def spawn(*argv: str, offline: bool = False, **kwargs: Any) -> asyncio.subprocess.Process:
    """Start a child that dies with this process and ignores the terminal's Ctrl-C; `offline`:
    one that can open no connection (`kg.web.sandbox`), where the system allows that."""
    return await asyncio.create_subprocess_exec(
        *argv,
        start_new_session=True,
        preexec_fn=_die_with_parent(os.getpid(), offline),
        **kwargs,
    )


def kill(process: asyncio.subprocess.Process | None) -> None:
    """SIGKILL a child if it still runs (the caller reaps it)."""
    if process is not None and process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            process.kill()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Slot(Protocol):
    @property
    def pid(self) -> int | None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


S = TypeVar("S", bound=Slot)
T = TypeVar("T")


class _Child:
    """A query process: its pid, and a stop that kills it and waits for its end."""

    process: asyncio.subprocess.Process | None = None

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    async def stop(self) -> None:
        kill(self.process)
        if self.process is not None:
            await self.process.wait()


class Upstream(_Child):
    """One `oxigraph serve-read-only` process on a free loopback port."""

    def __init__(self, binary: str, store: str, union: bool = True):
        self.binary, self.store = binary, store
        self.union = union  # the default graph as the union of the named graphs
        self.url = ""
        self._drain: asyncio.Task[None] | None = None

    async def start(self) -> None:
        problem = ""
        for _ in range(5):  # another program may take the free port first
            port = _free_port()
            self.process = await spawn(
                self.binary,
                "serve-read-only",
                "--location",
                self.store,
                "--bind",
                f"127.0.0.1:{port}",
                *(["--union-default-graph"] if self.union else []),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
                offline=True,
            )
            assert self.process.stdout is not None
            lines: list[str] = []
            try:
                async with asyncio.timeout(20):
                    while line := await self.process.stdout.readline():
                        lines.append(line.decode(errors="replace").strip())
                        if "Listening" in lines[-1]:
                            self.url = f"http://127.0.0.1:{port}/query"
                            self._drain = asyncio.create_task(_drain(self.process.stdout))
                            return
            except TimeoutError:
                lines.append("(no answer in 20 s)")
            problem = " / ".join(line for line in lines if line)
            await self.stop()
            if self.process.returncode == OFFLINE_FAILED:
                problem = "the kernel refused to shut it off from the network (seccomp)"
                break
        raise PoolError(f"oxigraph serve-read-only did not start: {problem}")

    async def stop(self) -> None:
        await super().stop()
        if self._drain is not None:
            self._drain.cancel()


async def _drain(stream: asyncio.StreamReader) -> None:
    """Read and drop what a child prints, so that its pipe never fills up."""
    with contextlib.suppress(Exception):
        while await stream.read(65536):
            pass


class Worker(_Child):
    """One `python -m kg.web.worker` process with the store open."""

    def __init__(self, store: str, union: bool = True):
        self.store, self.union = store, union

    async def start(self) -> None:
        self.process = await spawn(
            sys.executable,
            "-m",
            "kg.web.worker",
            self.store,
            *(["--union"] if self.union else []),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            offline=True,
        )
        assert self.process.stdout is not None
        try:
            async with asyncio.timeout(30):
                line = await self.process.stdout.readline()
        except TimeoutError:
            line = b""
        if line.strip() != b"ready":
            await self.stop()
            raise PoolError(
                f"the query worker did not start (it said {line[:200]!r}); see the messages above"
            )

    async def call(self, request: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
        """Send one request; its header and the bytes of each answer."""
        process = self.process
        assert process is not None and process.stdin is not None and process.stdout is not None
        process.stdin.write(json.dumps(request).encode() + b"\n")
        await process.stdin.drain()
        line = await process.stdout.readline()
        if not line.endswith(b"\n"):
            raise PoolError("the query worker stopped while answering")
        header = json.loads(line)
        parts = [await process.stdout.readexactly(size) for size in header.get("sizes", [])]
        return header, parts


@dataclass(eq=False)
class _Waiter(Generic[S]):
    client: str
    order: int
    future: asyncio.Future[S]


class Pool(Generic[S]):
    """A fixed number of processes, each lent to one request at a time, fairly (`kg.web.fair`):
    a client with long-running queries never takes the last free process, and the waiting
    request whose client holds the fewest processes goes first."""

    def __init__(
        self, name: str, factory: Callable[[], S], size: int, clients: Clients | None = None
    ):
        self.name, self.factory, self.size = name, factory, size
        self.clients = clients
        self.idle: list[S] = []
        self.waiters: list[_Waiter[S]] = []
        self.held: dict[str, int] = {}
        self.slots: set[S] = set()
        self.closed = False
        self._restarts: set[asyncio.Task[None]] = set()
        self._order = itertools.count()
        self.replaced = 0

    async def start(self) -> None:
        slots = [self.factory() for _ in range(self.size)]
        results = await asyncio.gather(*(slot.start() for slot in slots), return_exceptions=True)
        for slot, result in zip(slots, results, strict=True):
            if isinstance(result, BaseException):
                await self.close()
                for other in slots:
                    await other.stop()
                raise result
            self.slots.add(slot)
            self.idle.append(slot)

    @property
    def pids(self) -> list[int]:
        return [slot.pid for slot in self.slots if slot.pid is not None]

    def _heavy(self, client: str) -> bool:
        return self.clients is not None and self.clients.heavy(client)

    def _dispatch(self) -> None:
        """Lend free processes to waiting requests, by the rules of `kg.web.fair`."""
        while self.idle:
            self.waiters = [w for w in self.waiters if not w.future.done()]
            reserve = len(self.idle) <= 1 and self.size > 1
            ready = [w for w in self.waiters if not (reserve and self._heavy(w.client))]
            if not ready:
                return
            chosen = min(ready, key=lambda w: (self.held.get(w.client, 0), w.order))
            self.waiters.remove(chosen)
            self.held[chosen.client] = self.held.get(chosen.client, 0) + 1
            chosen.future.set_result(self.idle.pop())

    def _give_back(self, client: str, slot: S | None) -> None:
        """The client no longer holds a process; a healthy one (`slot`) is free again."""
        self.held[client] -= 1
        if not self.held[client]:
            del self.held[client]
        if slot is not None:
            self.idle.append(slot)
            self._dispatch()

    async def _acquire(self, client: str, wait: float) -> S:
        loop = asyncio.get_running_loop()
        waiter: _Waiter[S] = _Waiter(client, next(self._order), loop.create_future())
        self.waiters.append(waiter)
        self._dispatch()
        deadline = loop.time() + wait
        try:
            while not waiter.future.done() and loop.time() < deadline:
                await asyncio.wait({waiter.future}, timeout=min(0.25, deadline - loop.time()))
                self._dispatch()  # a client may have stopped being heavy meanwhile
        except BaseException:
            if waiter.future.done() and not waiter.future.cancelled():
                self._give_back(client, waiter.future.result())
            raise
        finally:
            if not waiter.future.done():
                waiter.future.cancel()
                self.waiters = [w for w in self.waiters if w is not waiter]
        if waiter.future.cancelled():
            if self._heavy(client):
                raise Throttled(
                    f"your queries ({client or 'this address'}) ran long here, and one "
                    f"{self.name} process is kept for other clients: none became free for "
                    f"you in {wait:g} s; try again later",
                    max(1, math.ceil(wait)),
                )
            raise Busy(
                f"all {self.size} {self.name} processes stayed busy for {wait:g} s; "
                "try again shortly"
            )
        return waiter.future.result()

    async def run(self, work: Callable[[S], Awaitable[T]], *, timeout: float, wait: float) -> T:
        """Do `work` with a free process within `timeout` seconds, or kill that process; the
        client is the one `kg.web.fair.CLIENT` names."""
        client = CLIENT.get()
        slot = await self._acquire(client, wait)
        ticket = self.clients.start(client) if self.clients is not None else 0
        healthy = False
        try:
            async with asyncio.timeout(timeout):
                result = await work(slot)
            healthy = True
            return result
        except TimeoutError:
            raise QueryTimeout(
                f"the query ran longer than the limit of {timeout:g} s and was "
                "stopped; narrow it (LIMIT, fewer joins) or ask the server's "
                "operator for a longer --timeout"
            ) from None
        finally:
            if self.clients is not None:
                self.clients.end(client, ticket)
            if healthy and not self.closed:
                self._give_back(client, slot)
            else:
                self._give_back(client, None)
                self._replace(slot)

    def _replace(self, slot: S) -> None:
        self.slots.discard(slot)
        task = asyncio.get_running_loop().create_task(self._restart(slot))
        self._restarts.add(task)
        task.add_done_callback(self._restarts.discard)

    async def _restart(self, old: S) -> None:
        await old.stop()
        delay = 0.1
        while not self.closed:
            slot = self.factory()
            try:
                await slot.start()
            except asyncio.CancelledError:
                await slot.stop()
                raise
            except PoolError as exc:
                print(f"kg serve: {exc}; retrying in {delay:g} s", file=sys.stderr, flush=True)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10)
                continue
            if self.closed:
                await slot.stop()
                return
            self.replaced += 1
            self.slots.add(slot)
            self.idle.append(slot)
            self._dispatch()
            return

    async def close(self) -> None:
        """Stop every process of the pool, busy or not."""
        self.closed = True
        for task in list(self._restarts):
            task.cancel()
        await asyncio.gather(*(slot.stop() for slot in list(self.slots)), return_exceptions=True)
        self.slots.clear()
