"""What `kg build` shows while it works: on a terminal, one line that names the stage under way
and the time since the build started (rich's spinner, cleared when the build ends); anywhere
else (a pipe, a file, CI's log) nothing, so logs and scripts see only the result.

>>> import io
>>> with shown(io.StringIO()) as progress:  # not a terminal: quiet
...     progress("reading the texts")
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from typing import TextIO

from kg.assembly.build import Progress

__all__ = ["shown"]


@contextlib.contextmanager
def shown(stream: TextIO | None = None, label: str = "kg build") -> Iterator[Progress]:
    """A `Progress` that draws on `stream` (standard error) when it is a terminal."""
    stream = stream or sys.stderr
    if not (hasattr(stream, "isatty") and stream.isatty()):
        yield lambda stage: None
        return
    from rich.console import Console
    from rich.live import Live
    from rich.spinner import Spinner

    started = time.monotonic()
    console = Console(file=stream)
    spinner = Spinner("dots", text=f"{label}: starting")
    with Live(spinner, console=console, transient=True, refresh_per_second=8) as live:

        def progress(stage: str) -> None:
            spinner.update(text=f"{label}: {stage} ({time.monotonic() - started:.1f} s)")
            live.refresh()

        yield progress
