"""`kg extract`: press releases to Turtle in the graph's ontology, each fact with its evidence."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.assembly.curated import NAMING_STEPS, Context, context
from kg.assembly.quads import Graphs
from kg.assembly.releases import extraction_quads, lexicon
from kg.assembly.review import merged_names, open_review
from kg.errors import InputError
from kg.ingest.tables import Sources, read_text
from kg.rdf.iri import DEFAULT_BASE, Minter, prefixes
from kg.rdf.namespace import DCTERMS, PROV, RDF, SDO
from kg.rdf.vocabulary import load_vocabulary

__all__ = ["extract_files"]


def _known(data: str | Path | None, base: str) -> Context:
    """A context that knows the curated names and the review decisions (when a data folder is
    there) but holds no facts."""
    folder = Path(data) if data is not None else None
    if folder is not None and folder.is_dir():
        ctx = context(folder, base)
        for step in (open_review, *NAMING_STEPS, merged_names):
            step(ctx)
    else:
        ctx = Context(Sources(Path(".")), Minter(base), load_vocabulary())
    ctx.graphs = Graphs()
    return ctx


def _title(ctx: Context, path: Path) -> str:
    for row in ctx.data.rows("sources"):
        if row["file"] == path.name:
            return row["title"]
    return path.stem


def extract_files(
    files: Iterable[str | Path], data: str | Path | None = "data", base: str = DEFAULT_BASE
) -> tuple[str, list[str]]:
    """Extract every file; return the Turtle of all their facts and the warnings.

    Files are read in full before anything is returned, so a bad file leaves no output.
    """
    from kg.ingest.extract import ExtractionError, extract_text

    ctx = _known(data, base)
    known = lexicon(ctx)
    for file in files:
        path = Path(file)
        if not path.is_file():
            raise InputError("no such file", path)
        try:
            found = extract_text(read_text(path), path.stem, known)
        except ExtractionError as exc:
            raise InputError(exc.message, path) from None
        ctx.warnings.extend(f"{path}: {warning}" for warning in found.warnings)
        doc = next(
            (ctx.documents[r["id"]] for r in ctx.data.rows("sources") if r["file"] == path.name),
            ctx.mint.source(path.stem),
        )
        ctx.graphs.link(doc, doc, RDF.type, PROV.Entity)
        ctx.graphs.link(doc, doc, RDF.type, SDO.NewsArticle)
        ctx.graphs.add(doc, doc, DCTERMS.title, ox.Literal(_title(ctx, path)))
        extraction_quads(ctx, doc, found, labels=True)
    ctx.periods.write(ctx.graphs)
    triples = sorted(
        {quad.triple for quad in ctx.graphs.quads},
        key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
    )
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes(base)) or b""
    return turtle.decode("utf-8"), ctx.warnings
