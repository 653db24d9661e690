"""Partner counts as dated statements: the number one source says a collaboration has, with its
quote, and whether that source names every partner it counts."""

from __future__ import annotations

from kg.assembly.curated import Context, add_quote
from kg.assembly.quads import DLKG, PROV, RDF, XSD, typed_literal
from kg.ingest.tables import Row

__all__ = ["add_count", "add_counts"]


def add_counts(ctx: Context) -> None:
    """Partner counts, each a dated statement of one source (`dlkg:PartnerCount`)."""
    seen: dict[tuple[str, str], Row] = {}
    for row in ctx.data.rows("counts"):
        coalition = ctx.coalitions.resolve(row, "coalition")
        if (key := (coalition, row["source"])) in seen:
            raise row.error(
                f"{row['source']} already states a count for {coalition} "
                f"({seen[key].file.name}:{seen[key].line})"
            )
        seen[key] = row
        doc = ctx.document(row)
        evidence = add_quote(ctx, row, doc, row["quote"]) if row["quote"] else ""
        add_count(ctx, doc, row["source"], coalition, row.count("partners") or 0, evidence)
        if row.boolean("lists_all"):
            ctx.graphs.add(doc, ctx.mint.count(coalition, row["source"]), DLKG.listsAll, _TRUE)


_TRUE = typed_literal("true", XSD.boolean)


def add_count(
    ctx: Context, doc: str, source_id: str, coalition: str, partners: int, evidence: str
) -> str:
    """The number of partners a source says a coalition has, as a node of its own."""
    g = ctx.graphs
    node = ctx.mint.count(coalition, source_id)
    g.link(doc, node, RDF.type, DLKG.PartnerCount)
    g.link(doc, node, DLKG.countOf, ctx.mint.coalition(coalition))
    g.add(doc, node, DLKG.partners, typed_literal(partners, XSD.nonNegativeInteger))
    g.link(doc, node, PROV.wasDerivedFrom, doc)
    if evidence:
        g.link(doc, node, DLKG.evidence, evidence)
    return node
