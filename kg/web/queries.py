"""`/queries` and `/queries/{name}`: the catalogue, and one of its queries run with parameters.

A catalogue query runs with its parameters checked and bound by `kg.sparql.catalogue.bind`,
exactly as `kg query` does: the values are substitutions, never text (a date such as
`?as_of=2020-06-01` is bound as an xsd:date). A query with a `# rank:` line (`find`) is asked for
its candidates as SPARQL JSON, ranked as `kg query` ranks them, and then written in the format
asked for. The SPARQL protocol cannot
carry bindings, so these queries run in query workers (`kg.web.worker`) with the same time limit
and the same kill as `/sparql`.
"""

from __future__ import annotations

import difflib
import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from kg.errors import InputError
from kg.rdf.terms import to_json
from kg.web.site import Site, ask_worker, plain, pooled, problem, render
from kg.web.worker import Refused

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from kg.sparql.catalogue import Query
    from kg.web.negotiate import Format

__all__ = ["queries_list", "query_run"]


def _entry(site: Site, query: Query) -> dict[str, Any]:
    """A query as the catalogue lists it, with the address that runs it here."""
    return {**query.as_dict(), "url": f"{site.public_base}queries/{quote(query.name)}"}


async def queries_list(request: Request) -> Response:
    """The catalogue: JSON for programs, a page for browsers."""
    from starlette.responses import JSONResponse

    from kg.web.negotiate import HTML, Format, best, by_name

    site: Site = request.app.state.site
    offers = (Format("json", "application/json", "application/json"), HTML)
    chosen = (
        by_name(request.query_params["_format"], offers)
        if "_format" in request.query_params
        else best(request.headers.get("accept"), offers)
    )
    if chosen is None:
        return plain(406, "acceptable answers: application/json, text/html")
    entries = [_entry(site, q) for q in site.catalogue.values()]
    if chosen is HTML:
        return render(site, "queries.html", queries=entries)
    return JSONResponse(entries, headers={"Vary": "Accept"})


async def query_run(request: Request) -> Response:
    """Run one catalogue query, its parameters checked and bound by `kg.sparql.catalogue.bind`."""
    from kg.sparql.catalogue import bind
    from kg.web.negotiate import GRAPHS, HTML, RESULTS, best, by_name

    site: Site = request.app.state.site
    name = request.path_params["name"]
    query = site.catalogue.get(name)
    if query is None:
        close = difflib.get_close_matches(name, list(site.catalogue), n=3, cutoff=0.4)
        hint = f"; did you mean {', '.join(close)}?" if close else "; /queries lists them"
        return problem(site, request, 404, f"no query named {name!r} in the catalogue{hint}")
    graph_form = query.form in ("CONSTRUCT", "DESCRIBE")
    offers = (*(GRAPHS if graph_form else RESULTS), HTML)
    accept = request.headers.get("accept")
    raw = request.query_params.get("_format")
    chosen = by_name(raw, offers) if raw is not None else best(accept, offers)
    if chosen is None:
        return problem(
            site,
            request,
            406,
            "acceptable answers: "
            + ", ".join(f.media_type for f in offers)
            + " (or ?_format="
            + "|".join(f.name for f in offers)
            + ")",
        )
    given: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key == "_format":
            continue
        if key in given:
            return problem(site, request, 400, f"give parameter {key} once")
        given[key] = _public_to_build(site, value)
    shown: dict[str, Any] = {"query": _entry(site, query), "values": given, "text": query.text}
    try:
        missing = [p.name for p in query.params if p.required and p.name not in given]
        if missing:
            raise InputError(
                f"query {query.name} needs the parameter "
                f"{', '.join(missing)} (as ?{missing[0]}=...)"
            )
        bindings = bind(query, given, base=site.build_base)
    except InputError as exc:
        if chosen is HTML:
            return render(site, "query.html", 400, error=str(exc), **shown)
        return plain(400, str(exc))
    subs = {key: to_json(term) for key, term in bindings.items()}
    wanted = (
        "json"
        if chosen is HTML
        else (chosen.name if chosen in RESULTS else getattr(best(accept, RESULTS), "name", None))
    )
    job = {
        "query": query.text,
        "results": "json" if query.rank is not None and wanted is not None else wanted,
        "graph": "turtle"
        if chosen is HTML
        else (chosen.name if chosen in GRAPHS else getattr(best(accept, GRAPHS), "name", None)),
    }

    async def run() -> Response:
        try:
            [(kind, data)] = await ask_worker(site, [job], subs)
        except Refused as exc:
            if chosen is HTML:
                return render(site, "query.html", exc.status, error=str(exc), **shown)
            return plain(exc.status, str(exc))
        if query.rank is not None and kind == "solutions":
            data = _ranked(query, bindings, data, str(wanted))
            job["results"] = wanted
        if chosen is HTML:
            return render(site, "query.html", table=_table(site, kind, data), **shown)
        return _raw(kind, data, job)

    return await pooled(site, request, run)


def _ranked(query: Query, bindings: dict[str, Any], data: bytes, fmt: str) -> bytes:
    """A `# rank:` query's candidates (SPARQL JSON) ranked as `kg query` ranks them, in `fmt`."""
    import pyoxigraph as ox

    from kg.sparql.catalogue import ranked

    assert query.rank is not None
    document = json.loads(data)
    variables, rows = ranked(
        query.rank,
        str(bindings.get(query.rank.param, "")),
        document["head"]["vars"],
        [
            tuple(row.get(v) for v in document["head"]["vars"])
            for row in document["results"]["bindings"]
        ],
        lambda cell: str(cell["value"]),
        lambda n: {"type": "literal", "value": str(n), "datatype": XSD_INTEGER},
    )
    answer = {
        "head": {"vars": variables},
        "results": {
            "bindings": [
                {v: cell for v, cell in zip(variables, row, strict=True) if cell is not None}
                for row in rows
            ]
        },
    }
    text = json.dumps(answer, ensure_ascii=False).encode("utf-8")
    if fmt == "json":
        return text
    solutions = ox.parse_query_results(text, ox.QueryResultsFormat.JSON)
    written = solutions.serialize(format=getattr(ox.QueryResultsFormat, fmt.upper()))
    assert written is not None  # with no output file, serialize returns the bytes
    return bytes(written)


XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def _table(site: Site, kind: str, data: bytes) -> dict[str, Any]:
    """What query.html shows of an answer: a table of labelled values, a yes or no, or text."""
    from kg.web.pages import Labeller, rows

    table: dict[str, Any] = {"kind": kind}
    if kind == "solutions":
        names = Labeller(site.links, "en", prefixes=site.prefixes)
        document = json.loads(data)
        table["vars"] = document["head"]["vars"]
        table["rows"] = [[names.term(row.get(v)) for v in table["vars"]] for row in rows(data)]
    elif kind == "boolean":
        table["boolean"] = json.loads(data)["boolean"]
    else:
        table["text"] = data.decode("utf-8")
    return table


def _raw(kind: str, data: bytes, job: dict[str, Any]) -> Response:
    """A worker's answer as it is, in the format the job asked for."""
    from starlette.responses import Response

    from kg.web.negotiate import GRAPHS, RESULTS, by_name

    fmt: Format | None = (
        by_name(str(job["graph"]), GRAPHS)
        if kind == "graph"
        else by_name(str(job["results"]), RESULTS)
    )
    assert fmt is not None  # the worker refuses a kind of answer it has no format for
    return Response(data, media_type=fmt.content_type, headers={"Vary": "Accept"})


def _public_to_build(site: Site, value: str) -> str:
    """A resource's public address given as a parameter names the resource itself."""
    if site.public_base != site.build_base and value.startswith(site.public_base):
        return site.build_base + value[len(site.public_base) :]
    return value
