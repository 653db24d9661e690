"""Find dlkg's asset folders (ontology, queries, templates) in a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

__all__ = ["asset"]

_PACKAGE = Path(__file__).resolve().parent


def asset(*parts: str) -> Path:
    """Return the path of an asset: `asset("ontology", "shapes.ttl")`.

    A wheel carries `ontology/` and `queries/` inside the package as `_assets/`; a checkout has
    them beside the package. Templates always live in the package.
    """
    for root in (_PACKAGE / "_assets", _PACKAGE.parent, _PACKAGE):
        path = root.joinpath(*parts)
        if path.exists():
            return path
    raise FileNotFoundError("dlkg asset not found: " + "/".join(parts))
