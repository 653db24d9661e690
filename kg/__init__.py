"""dlkg: the knowledge graph of regional digital-literacy coalitions.

Everything the `kg` command does is a function here, for notebooks::

    import kg
    result = kg.build("data", "build")      # sources -> validated graph; result.report
    rows = kg.query("members")              # a catalogue question -> list of dicts
    kg.query("profile", org="organisation/umcg")

Heavy libraries load only when a function needs them.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

__all__ = [
    "InputError",
    "build",
    "catalogue",
    "extract_file",
    "open_engine",
    "query",
    "validate_file",
]
try:
    __version__ = _version("dlkg")
except PackageNotFoundError:  # a checkout on sys.path that was never installed
    __version__ = "0+unknown"

_LAZY = {
    "build": "kg.assembly.build",
    "catalogue": "kg.sparql.catalogue",
    "extract_file": "kg.ingest.extract",
    "open_engine": "kg.sparql.engine",
    "validate_file": "kg.shacl.validate",
    "InputError": "kg.errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def query(
    name: str,
    kg: str | Path = "build",
    *,
    engine: str = "oxigraph",
    endpoint: str | None = None,
    lang: str | None = None,
    frame: bool = False,
    **params: str,
) -> Any:
    """Answer a catalogue question (or a .rq file) on a build; rows as dictionaries.

    With `frame=True` the rows come as a pandas DataFrame (pandas must be installed).
    """
    from kg.sparql.catalogue import base_of, run
    from kg.sparql.engine import open_engine

    result = run(
        name,
        {k: str(v) for k, v in params.items()},
        engine=open_engine(kg, engine, endpoint=endpoint),
        base=base_of(kg),
        lang=lang,
    )
    if result.kind == "ask":
        return result.boolean
    if result.kind == "graph":
        return result.triples
    records = result.records()
    if frame:
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("frame=True needs pandas: pip install 'dlkg[pandas]'") from None

        return pd.DataFrame.from_records(records, columns=result.variables)
    return records
