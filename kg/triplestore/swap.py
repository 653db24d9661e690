"""The switch of `kg publish` from the old publication to the new, and the sources now gone.

With a SPARQL Update endpoint, ONE update request moves every temporary graph in and drops the
source graphs the new build lacks (`swap`); without one, one PUT straight into each graph,
the union graph last, and a DELETE for each source graph that is gone (`replace_directly`).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from kg.errors import InputError
from kg.rdf.terms import check_iri
from kg.sparql.http import RemoteError
from kg.sparql.remote import PROV_ENTITY
from kg.triplestore.progress import Meter, PublishReport, plural
from kg.triplestore.store import PublishError, Store
from kg.triplestore.upload import Temporaries

__all__ = ["replace_directly", "stale_sources", "swap"]


def stale_sources(store: Store, graph: str, keep: Container[str], notes: list[str]) -> list[str]:
    """The source graphs of the previous publication that the new build lacks.

    They are the prov:Entity subjects of the published union graph `graph` that are not in
    `keep`. Whatever prevents listing them is said in `notes`, and none are returned.
    """
    from rdflib import URIRef

    if not store.ends.query:
        notes.append(
            "no query endpoint is known, so the sources of the previous publication could "
            "not be listed: source graphs the new build lacks were not dropped"
        )
        return []
    try:
        result = store.engine().query(
            f"SELECT DISTINCT ?doc WHERE {{ GRAPH <{graph}> {{ ?doc a <{PROV_ENTITY}> }}"
            " FILTER(isIRI(?doc)) }"
        )
    except RemoteError as exc:
        notes.append(
            f"could not list the sources of the previous publication at {store.ends.query} "
            f"({exc}): source graphs the new build lacks were not dropped"
        )
        return []
    stale = set()
    for row in result.rows:
        doc = str(row[0]) if row and isinstance(row[0], URIRef) else ""
        if not doc or doc in keep or doc == graph:
            continue
        try:
            stale.add(check_iri(doc))
        except InputError:
            notes.append(
                f"the previous publication lists the source {doc!r}, "
                "which is no IRI dlkg can write: its graph was kept"
            )
    return sorted(stale)


def swap(tmps: Temporaries, stale: Sequence[str], report: PublishReport) -> None:
    """One update request: every source graph, the dropped ones, the union graph last."""
    graph = tmps.union.target
    operations = [
        f"MOVE GRAPH <{upload.tmp}> TO GRAPH <{upload.target}>" for upload in tmps.sources
    ]
    operations += [f"DROP SILENT GRAPH <{doc}>" for doc in stale]
    operations.append(f"MOVE GRAPH <{tmps.union.tmp}> TO GRAPH <{graph}>")
    tmps.store.update(" ;\n".join(operations) + "\n", "swapping the new graphs in (MOVE)")
    tmps.created = []
    report.dropped = list(stale)
    kinds = "MOVE GRAPH, DROP GRAPH" if stale else "MOVE GRAPH"
    what = f"<{graph}>"
    if tmps.sources:
        what += f" and {plural(len(tmps.sources), 'source graph')}"
    if stale:
        what += f", and dropped {plural(len(stale), 'source graph')} the new build lacks,"
    report.steps.append(
        f"replaced {what} with one update request "
        f"({plural(len(operations), 'operation')}: {kinds}) at "
        f"{tmps.store.ends.update}"
    )


def replace_directly(
    tmps: Temporaries, stale: Sequence[str], report: PublishReport, meter: Meter, why: str
) -> None:
    """No update endpoint: one PUT straight into each graph, the union graph last.

    Raises:
        PublishError: a PUT failed; the message says which graphs were replaced already.
    """
    store, graph, n = tmps.store, tmps.union.target, len(tmps.sources)
    if n:
        how = (
            f"the graphs were replaced with one PUT each ({plural(n, 'source graph')} "
            "first, the union graph last), not in one transaction: a failure part-way "
            "leaves some graphs new and the rest old, and the graph being written is "
            "whatever the store makes of a failed PUT"
        )
    else:
        how = (
            "the graph was replaced with one PUT, so a failed upload leaves whatever the "
            "store makes of it"
        )
    report.notes.append(
        f"{why}: {how} (Oxigraph keeps the previous version of that graph; other stores may not)"
    )
    meter.sent = 0
    for done, upload in enumerate(tmps.uploads):
        try:
            store.put(upload, upload.target, meter)
        except RemoteError as exc:
            if upload is tmps.union:
                before = f"all {plural(n, 'source graph')} were replaced already; " if n else ""
            else:
                before = (
                    f"{done} of {plural(n, 'source graph')} were replaced before it "
                    f"and <{graph}> was not touched (it goes last); "
                )
            raise PublishError(
                f"the upload failed ({upload.what}): {exc}. It went straight into "
                f"<{upload.target}> (no SPARQL Update endpoint for a safe swap): {before}"
                f"the store decides whether the previous version of <{upload.target}> "
                "survived; publish again once the store is reachable.",
                exc.status,
            ) from None
    if n:
        report.steps.append(
            f"replaced {plural(n, 'source graph')}, then <{graph}>, "
            "with one Graph Store Protocol PUT each"
        )
    else:
        report.steps.append(f"replaced <{graph}> with one Graph Store Protocol PUT")
    for doc in stale:
        try:
            store.delete(doc, "dropping a source graph the new build lacks")
            report.dropped.append(doc)
        except (RemoteError, InputError) as exc:
            report.notes.append(
                f"could not drop the source graph <{doc}>, which the new build lacks: {exc}"
            )
    if report.dropped:
        report.steps.append(
            f"dropped {plural(len(report.dropped), 'source graph')} the new build lacks (DELETE)"
        )
