"""Fair shares of the query processes: a client whose queries run long cannot take them all.

Which query will run long is known only once it does, so a client is judged by what it runs:
a client is *heavy* while one of its queries has been running for `heavy_after` seconds
(`min(1 s, timeout / 2)`), and for `COOL_DOWN` seconds after such a query ended. A pool
(`kg.web.pool.Pool`) lends its processes by these rules:

- a heavy client never takes a pool's last free process: one stays for the other clients, so a
  simple query from anyone else starts at once however many runaway queries are sent;
- among the requests waiting for a process, the one whose client holds the fewest of that pool's
  processes goes first (then the one that came first);
- a heavy client's request that found no process within the wait is refused with 429 and
  Retry-After (`Throttled`), where other clients get 503.

Clients are told apart by their address: behind a proxy every request is the proxy's, unless it
sends X-Forwarded-For (which uvicorn trusts from 127.0.0.1 only, its default).
"""

from __future__ import annotations

import itertools
import time
from contextvars import ContextVar

__all__ = ["CLIENT", "COOL_DOWN", "Clients"]

CLIENT: ContextVar[str] = ContextVar("CLIENT", default="")
"""The address of the client a request handler works for (set by `kg.web.site.pooled`)."""

COOL_DOWN = 10.0
"""How long a client stays heavy after a long query of its own ended, in seconds."""


class Clients:
    """The queries each client address runs, and when each client last ran a long one."""

    def __init__(self, timeout: float):
        self.heavy_after = min(1.0, timeout / 2)
        self.running: dict[str, dict[int, float]] = {}
        self.long_ended: dict[str, float] = {}
        self._tickets = itertools.count()

    def heavy(self, client: str) -> bool:
        """Whether the client runs a long query now or ended one less than COOL_DOWN ago."""
        now = time.monotonic()
        ended = self.long_ended.get(client)
        if ended is not None:
            if now - ended < COOL_DOWN:
                return True
            del self.long_ended[client]
        running = self.running.get(client, {}).values()
        return any(now - start >= self.heavy_after for start in running)

    def start(self, client: str) -> int:
        """Note that a query of the client starts; the ticket for `end`."""
        ticket = next(self._tickets)
        self.running.setdefault(client, {})[ticket] = time.monotonic()
        return ticket

    def end(self, client: str, ticket: int) -> None:
        """Note that the query with this ticket ended, however it ended."""
        queries = self.running.get(client, {})
        started = queries.pop(ticket, None)
        if not queries:
            self.running.pop(client, None)
        now = time.monotonic()
        if started is not None and now - started >= self.heavy_after:
            self.long_ended[client] = now
