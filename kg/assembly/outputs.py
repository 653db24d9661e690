"""The outputs of a build: kg.ttl, kg.trig, kg.nt, kg.jsonld, review.json, manifest.json and the
Oxigraph store, written into a new version folder that is switched in as one unit
(`kg.assembly.switch`)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kg.assembly.quads import Quads
from kg.assembly.review import queue_bytes
from kg.assembly.switch import Version, carry_over, step, switch_in
from kg.errors import InputError
from kg.rdf.iri import prefixes

if TYPE_CHECKING:
    from kg.assembly.build import Build

__all__ = ["OUTPUTS", "STORE_BATCH", "write_ntriples", "write_outputs"]

OUTPUTS = ("kg.ttl", "kg.trig", "kg.nt", "kg.jsonld", "review.json", "manifest.json")


def write_outputs(
    result: Build,
    out: Path,
    *,
    validate: bool = False,
    progress: Callable[[str], None] = lambda stage: None,
) -> Path:
    """Write kg.ttl, kg.trig, kg.nt, kg.jsonld, review.json (the open questions of the review
    queue), manifest.json and the store, as one unit.

    Everything goes into a new version folder beside `out`, which is then switched in with one
    rename (see `kg.assembly.switch`): readers see the old build or the new one, never a mix.
    With `validate`, the graph is validated (into `result.report`) from the written kg.nt before
    the manifest. A folder that cannot be written is bad input: an InputError names it and why.
    `progress` is told each stage as it starts.
    """
    version = Version(out)
    try:
        return _write_outputs(result, out, version, validate, progress)
    except OSError as exc:
        version.discard()
        ours = (f"{out}{os.sep}", str(out.parent / f".{out.name}."))
        inside = exc.filename is None or str(exc.filename).startswith(ours)
        where = out if inside else exc.filename
        raise InputError(f"cannot write the build: {exc.strerror or exc}", where) from None
    except BaseException:
        version.discard()
        raise


def _write_outputs(
    result: Build, out: Path, version: Version, validate: bool, progress: Callable[[str], None]
) -> Path:
    folder = version.create()
    step("staging folder made")
    names = prefixes(result.base)
    progress("writing kg.nt")
    with (folder / "kg.nt").open("wb") as handle:
        write_ntriples(result.triple_keys(), handle)
    step("kg.nt written")
    if validate:
        from kg.assembly.validation import validate_build

        progress("validating (SHACL)")
        result.report = validate_build(result, ntriples=folder / "kg.nt")
        step("validated")
    for name, items, fmt, with_prefixes in (
        ("kg.trig", result.table, ox.RdfFormat.TRIG, True),
        ("kg.ttl", result.iter_triples, ox.RdfFormat.TURTLE, True),
        ("kg.jsonld", result.table, ox.RdfFormat.JSON_LD, False),
    ):
        progress(f"writing {name}")
        with (folder / name).open("wb") as handle:
            ox.serialize(items(), handle, fmt, prefixes=names if with_prefixes else None)
        step(f"{name} written")
    progress("loading the store")
    _load_store(result.table(), result.triple_keys(), folder / "store")
    step("store written")
    (folder / "review.json").write_bytes(queue_bytes(result.review))
    manifest = {
        "base": result.base,
        "sha256": _sha256(folder / "kg.nt"),
        **result.summary(),
        "conforms": result.report.conforms if result.report else None,
        "store_default_graph": "union",
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    step("manifest.json written")
    for name in OUTPUTS:
        os.chmod(folder / name, 0o644)
    os.chmod(folder, 0o755)
    progress("switching the new build in")
    carry_over(out, folder, (*OUTPUTS, "store"))
    step("other files carried over")
    switch_in(version)
    return out


def write_ntriples(triples: list[tuple[str, str, str]], handle: IO[bytes]) -> None:
    """N-Triples, written straight from the keys: they are the terms as Oxigraph writes them, so
    this is byte for byte what `ox.serialize` makes, only faster (tests/test_scale.py checks)."""
    for batch in _ntriples(triples):
        handle.write(batch)


def _ntriples(triples: list[tuple[str, str, str]]) -> Iterator[bytes]:
    """N-Triples from triple keys, `STORE_BATCH` lines at a time."""
    for start in range(0, len(triples), STORE_BATCH):
        yield "".join(
            [f"{s} {p} {o} .\n" for s, p, o in triples[start : start + STORE_BATCH]]
        ).encode()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


STORE_BATCH = 100_000
"""Quads per bulk load into the store. Oxigraph's bulk loader holds a batch in memory (a million
quads take about a gigabyte); in batches of this size it also loads faster."""


def _load_store(quads: Quads, triples: list[tuple[str, str, str]], path: Path) -> None:
    """Write the Oxigraph store: the quads in their named graphs, and the union graph's triples
    once more in the default graph, in batches (the keys are N-Triples terms).

    Queries then read the default graph directly instead of asking Oxigraph for the union of
    23,000 named graphs, which merges and repeats their triples: a third to a half faster at 1M.
    """
    store = ox.Store(str(path))
    default = str(ox.DefaultGraph())
    keys = quads.keys
    for start in range(0, len(keys), STORE_BATCH):
        batch = "".join(
            [
                f"{s} {p} {o} {g} .\n" if g != default else f"{s} {p} {o} .\n"
                for s, p, o, g in keys[start : start + STORE_BATCH]
            ]
        )
        store.bulk_load(input=batch.encode(), format=ox.RdfFormat.N_QUADS)
    for lines in _ntriples(triples):
        store.bulk_load(input=lines, format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    store.optimize()  # compacts the batches' files: queries on a million quads run twice as fast
