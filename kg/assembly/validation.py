"""A build validated against the SHACL shapes, by the validator that fits its size."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.assembly.build import Build
    from kg.shacl.report import Report

__all__ = ["validate_build"]


def validate_build(result: Build, ntriples: Path | None = None) -> Report:
    """Validate what `assemble` made (it already holds the vocabulary): pySHACL up to
    `PYSHACL_LIMIT` triples, the indexed validator above. `ntriples`, if given, is the union graph
    as an N-Triples file (kg.nt), which the SPARQL constraints' store then loads directly."""
    from kg.shacl.indexed import validate_keys
    from kg.shacl.validate import PYSHACL_LIMIT, validate_graph

    triples = result.triple_keys()
    if len(triples) <= PYSHACL_LIMIT:
        return validate_graph(result.rdflib_graph(), with_vocabulary=False)
    return validate_keys(triples, result.table().terms.__getitem__, ntriples)
