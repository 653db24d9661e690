"""Write a build's network page or report: `python -m kg.web.artifact KIND KG OUT VIEW LANG`.

`kg serve` runs this in a child process (`kg.web.artifacts`), so that drawing a large network
neither blocks nor bloats the server. KIND is `graph` (the network view VIEW, by `kg viz`) or
`report` (by `kg report`; VIEW is ignored). Exit status 3 means this dlkg has not the module that
writes it, and the reason is on standard error.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

__all__ = ["MAKERS", "main"]

MAKERS = {
    "graph": ("kg.network.project", "viz"),
    "report": ("kg.network.report", "write_report"),
}
"""For each kind: the module and the function that write it."""


def main(argv: list[str] | None = None) -> int:
    """Write one artifact; the exit status."""
    kind, kg, out, view, lang = (sys.argv[1:] if argv is None else argv)[:5]
    module, name = MAKERS["graph" if kind == "graph" else "report"]
    try:
        make = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        print(exc, file=sys.stderr)
        return 3
    options = {"lang": lang, **({"view": view} if kind == "graph" else {})}
    make(kg, Path(out), **options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
