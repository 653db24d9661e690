"""What `kg publish` sends: the build's union and source graphs as N-Triples lines, in bodies.

Loading a build (`load_payload`), the chunked body of one Graph Store Protocol PUT (`Body`) and
the batches of one graph for SPARQL Update `INSERT DATA` requests (`batches`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kg.errors import InputError
from kg.sparql.engine import resolve_kg
from kg.sparql.remote import PROV_ENTITY
from kg.triplestore.progress import Progress

__all__ = ["BATCH_BYTES", "CHUNK", "Body", "NTriples", "Payload", "batches", "load_payload", "pack"]

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CHUNK = 256 * 1024
"""Bytes: the size of the pieces of a PUT body, and so how often progress is reported."""
BATCH_BYTES = 4_000_000
"""Bytes: the most one INSERT DATA request carries."""

T = TypeVar("T")


class NTriples:
    """A graph as N-Triples lines (`lines`), each one triple; counted in triples and bytes."""

    lines: Sequence[bytes]

    @property
    def count(self) -> int:
        """The triples."""
        return len(self.lines)

    @property
    def size(self) -> int:
        """The bytes."""
        return sum(len(line) for line in self.lines)


@dataclass
class Payload(NTriples):
    """What to publish: the union graph and the graph of every source document.

    The union graph is sorted N-Triples lines, each triple once; `graphs` holds, by IRI and in
    the same form, every named graph whose IRI the union types prov:Entity.
    """

    source: Path
    lines: list[bytes]
    graphs: dict[str, list[bytes]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def total_size(self) -> int:
        """Bytes of every graph uploaded: the union and the source graphs."""
        return self.size + sum(len(line) for lines in self.graphs.values() for line in lines)


def _parse(file: Path) -> Iterator[Any]:
    import pyoxigraph as ox

    extension = "jsonld" if file.suffix == ".jsonld" else file.suffix.lstrip(".")
    fmt = ox.RdfFormat.from_extension(extension)
    if fmt is None:
        raise InputError(f"cannot publish a {file.suffix} file", file)
    try:
        yield from ox.parse(path=str(file), format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse: {exc}", file) from None


def load_payload(kg: str | Path) -> Payload:
    """What to publish from a build folder or an RDF file.

    For a build folder: the union graph from kg.nt and the source graphs from kg.trig. For an
    RDF file: its triples, named graphs (TriG, N-Quads) merged, and those named graphs that are
    source documents.

    Raises:
        InputError: there is no build, or its file cannot be read as RDF.
    """
    import pyoxigraph as ox

    path = resolve_kg(kg)
    file = dataset = path
    if path.is_dir():
        file = path / "kg.nt" if (path / "kg.nt").is_file() else path / "kg.trig"
        dataset = path / "kg.trig"
    if not file.is_file():
        raise InputError("the build has no kg.nt or kg.trig to publish; run `kg build`", path)
    notes = []
    if not dataset.is_file():
        notes.append(
            f"{dataset} is missing: the source graphs were not published, so "
            "queries with GRAPH ?source find none remotely; run `kg build`"
        )
    union: set[str] = set()
    sources: set[str] = set()
    named: dict[str, set[str]] = {}

    def add(item: Any, in_union: bool) -> None:
        triple = item.triple if isinstance(item, ox.Quad) else item
        line = f"{triple} .\n"
        if in_union:
            union.add(line)
            if (
                isinstance(triple.subject, ox.NamedNode)
                and triple.predicate.value == RDF_TYPE
                and triple.object == ox.NamedNode(PROV_ENTITY)
            ):
                sources.add(triple.subject.value)
        if isinstance(item, ox.Quad) and isinstance(item.graph_name, ox.NamedNode):
            named.setdefault(item.graph_name.value, set()).add(line)

    for item in _parse(file):
        add(item, True)
    if dataset != file and dataset.is_file():
        for item in _parse(dataset):
            add(item, False)
    graphs = {
        name: [line.encode("utf-8") for line in sorted(named[name])]
        for name in sorted(named)
        if name in sources
    }
    return Payload(file, [line.encode("utf-8") for line in sorted(union)], graphs, notes)


class Body:
    """The upload body in chunks, reporting progress; iterable again for a digest retry.

    >>> seen = []
    >>> [len(chunk) for chunk in Body([b"<a> <b> <c> .\\n"] * 2, 28, lambda *a: seen.append(a))]
    [28]
    >>> seen
    [(28, 28)]
    """

    def __init__(self, lines: Sequence[bytes], size: int, progress: Progress | None):
        self.lines, self.size, self.progress = lines, size, progress

    def __iter__(self) -> Iterator[bytes]:
        done, buffer, buffered = 0, [], 0
        for line in self.lines:
            buffer.append(line)
            buffered += len(line)
            if buffered >= CHUNK:
                yield b"".join(buffer)
                done += buffered
                buffer, buffered = [], 0
                if self.progress:
                    self.progress(done, self.size)
        if buffer:
            yield b"".join(buffer)
            done += buffered
        if self.progress:
            self.progress(done, self.size)


_BNODE_SUBJECT = re.compile(rb"^_:(\S+) ")
_BNODE_OBJECT = re.compile(rb" _:(\S+) \.\n?$")


def batches(
    lines: Sequence[bytes], size: int = 10_000, max_bytes: int = BATCH_BYTES
) -> list[list[bytes]]:
    """N-Triples lines in batches for INSERT DATA, of at most `size` lines and `max_bytes`.

    Every triple that shares a blank node stays in one batch: each INSERT DATA request makes
    fresh blank nodes of its labels.
    """
    parent: dict[bytes, bytes] = {}

    def root(label: bytes) -> bytes:
        while parent.setdefault(label, label) != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    plain: list[bytes] = []
    linked: list[tuple[list[bytes], bytes]] = []
    for line in lines:
        labels = [
            m.group(1) for m in (_BNODE_SUBJECT.search(line), _BNODE_OBJECT.search(line)) if m
        ]
        if not labels:
            plain.append(line)
            continue
        for other in labels[1:]:
            parent[root(other)] = root(labels[0])
        linked.append((labels, line))
    groups: dict[bytes, list[bytes]] = {}
    for labels, line in linked:
        groups.setdefault(root(labels[0]), []).append(line)
    units = [[line] for line in plain] + list(groups.values())
    packs = pack(units, lambda unit: unit, size, max_bytes)
    return [[line for unit in batch for line in unit] for batch in packs]


def pack(
    units: Iterable[T], lines_of: Callable[[T], Sequence[bytes]], size: int, max_bytes: int
) -> list[list[T]]:
    """Units of N-Triples lines, in order, in packs of at most `size` lines and `max_bytes`.

    A unit is never split, so one larger than the limits makes a pack of its own.

    >>> pack([[b"a"], [b"b", b"c"], [b"d"]], lambda unit: unit, 2, 100)
    [[[b'a']], [[b'b', b'c']], [[b'd']]]
    """
    out: list[list[T]] = []
    current: list[T] = []
    current_lines = current_bytes = 0
    for unit in units:
        lines = lines_of(unit)
        unit_bytes = sum(map(len, lines))
        if current and (
            current_lines + len(lines) > size or current_bytes + unit_bytes > max_bytes
        ):
            out.append(current)
            current, current_lines, current_bytes = [], 0, 0
        current.append(unit)
        current_lines += len(lines)
        current_bytes += unit_bytes
    if current:
        out.append(current)
    return out
