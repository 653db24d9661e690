"""What `kg publish` tells a person: the progress bar while uploading, and the final report."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

__all__ = ["LARGE", "Meter", "Progress", "ProgressBar", "PublishReport", "plural"]

Progress = Callable[[int, int], None]
"""Called with the bytes sent so far and the bytes to send in all."""

LARGE = 8_000_000
"""Bytes: an upload this large shows progress even when standard error is not a terminal."""


def plural(n: int, noun: str = "graph") -> str:
    """`n` and the noun, in the plural unless `n` is 1.

    >>> plural(1), plural(3, "source graph")
    ('1 graph', '3 source graphs')
    """
    return f"{n} {noun}{'s' if n != 1 else ''}"


class ProgressBar:
    """A progress bar on standard error.

    Redrawn in place on a terminal; for large uploads to a file or pipe, one line every
    10 percent; nothing otherwise.
    """

    def __init__(self, stream: TextIO | None = None, label: str = "uploading", large: int = LARGE):
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
            self.stream.write(
                f"\r{self.label} [{bar:<30}] {share:4.0%} {done / 1e6:.1f}/{total / 1e6:.1f} MB"
            )
            self._drawn = True
        else:
            step = int(share * 10)
            if step == self._step:
                return
            self._step = step
            self.stream.write(f"{self.label}: {share:.0%} of {total / 1e6:.1f} MB\n")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line, if one was drawn."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


class Meter:
    """The bytes sent of all the graphs of one publication, reported to a `Progress`.

    >>> seen = []
    >>> meter = Meter(lambda done, total: seen.append((done, total)), 10)
    >>> meter.sent += 4
    >>> meter.advance(3), meter.advance(9), seen
    (None, None, [(7, 10), (10, 10)])
    """

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total = progress, total
        self.sent = 0

    def advance(self, done: int, _size: int = 0) -> None:
        """Report `done` bytes of the graph being sent, on top of those sent before it."""
        if self.progress:
            self.progress(min(self.sent + done, self.total), self.total)


@dataclass
class PublishReport:
    """What `publish` did: how many triples went where, how, and whether they were counted."""

    graph: str
    store: str
    triples: int
    sources: int = 0
    dropped: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    verified: bool = False

    def text(self) -> str:
        """The report for standard output: a headline, then one indented line a step."""
        head = f"published {self.triples} triples to <{self.graph}> at {self.store}"
        if self.sources:
            head += f", and {plural(self.sources, 'source graph')} under their own IRIs"
        lines = [head] + [f"  {step}" for step in self.steps]
        return "\n".join(lines)
