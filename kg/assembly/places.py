"""Places a text names that data/regions.csv does not list: found in the gazetteer (CBS codes,
Frisian names) and added in the gazetteer's own named graph, which cites CBS as its source."""

from __future__ import annotations

from kg.assembly.curated import REGION_TYPES, Context
from kg.assembly.quads import DCTERMS, DLKG, PROV, RDF, SDO, SKOS, text_literal

__all__ = ["gazetteer_region", "region_name"]


def region_name(ctx: Context, place: str, kind: str) -> str | None:
    """The curated region (regions.csv) a place means, by name, Frisian name or CBS code."""
    from kg.ingest.gazetteer import place as find

    found = find(place, kind)
    if found is None:
        return None
    names = {name.lower() for name in found.names}
    lead = "provincie " if found.type == "province" else "gemeente "
    for name, rows in ctx.regions.rows.items():
        if rows[0]["type"] not in _TYPES[found.type]:
            continue
        labels = {name.lower(), *(r["name_en"].lower() for r in rows if r["name_en"])}
        codes = {r["cbs_code"] for r in rows if r["cbs_code"]}
        if found.code and found.code in codes:
            return name
        if any(n in labels or lead + n in labels for n in names):
            return name
    return None


_TYPES = {"municipality": ("municipality", "city"), "province": ("province",)}


def gazetteer_region(ctx: Context, place: str, kind: str) -> str | None:
    """The region a place means where regions.csv does not list it but the gazetteer knows it:
    its name (a province as "Provincie X", as regions.csv writes provinces), with its type,
    names, CBS code and province added to the gazetteer's graph. None if the gazetteer does not
    know the place, or it stays ambiguous ("Utrecht" without a kind)."""
    from kg.ingest.gazetteer import place as find

    found = find(place, kind)
    if found is None:
        return None
    known = region_name(ctx, place, kind)
    if known is not None:
        return known
    name = f"Provincie {found.name}" if found.type == "province" else found.name
    doc = _gazetteer_document(ctx)
    g, iri = ctx.graphs, ctx.mint.region(name)
    g.link(doc, iri, RDF.type, REGION_TYPES[found.type])
    g.link(doc, iri, RDF.type, SDO.AdministrativeArea)
    g.add(doc, iri, SKOS.prefLabel, text_literal(name, "nl"))
    if found.name_fy and found.name_fy != found.name:
        g.add(doc, iri, SKOS.altLabel, text_literal(found.name_fy, "fy"))
    if found.code:
        g.add(doc, iri, DLKG.cbsCode, text_literal(found.code))
    g.link(doc, iri, PROV.wasDerivedFrom, doc)
    if found.province:
        province = _province_name(found.province)
        parent = province and gazetteer_region(ctx, province, "province")
        if parent:
            g.link(doc, iri, SDO.containedInPlace, ctx.mint.region(parent))
    return name


def _province_name(code: str) -> str | None:
    from kg.ingest.gazetteer import places

    return next((p.name for p in places() if p.code == code), None)


def _gazetteer_document(ctx: Context) -> str:
    """The gazetteer as a source, described once in its own named graph."""
    from kg.ingest.gazetteer import SOURCE_ID, SOURCE_PUBLISHER, SOURCE_TITLE, SOURCE_URL

    if SOURCE_ID in ctx.documents:
        return ctx.documents[SOURCE_ID]
    doc = ctx.documents[SOURCE_ID] = ctx.mint.source(SOURCE_ID)
    g = ctx.graphs
    g.link(doc, doc, RDF.type, PROV.Entity)
    g.link(doc, doc, RDF.type, SDO.Dataset)
    g.add(doc, doc, DCTERMS.title, text_literal(SOURCE_TITLE, "nl"))
    g.add(doc, doc, DCTERMS.language, text_literal("nl"))
    g.add(doc, doc, DCTERMS.publisher, text_literal(SOURCE_PUBLISHER))
    g.link(doc, doc, SDO.url, SOURCE_URL)
    return doc
