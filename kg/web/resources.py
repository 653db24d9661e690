"""The linked-data pages: the home page, every minted IRI, and the listing of each kind.

Every IRI minted under the build's base resolves: request path `/organisation/umcg` names
`<build base>organisation/umcg`, answered as an HTML page for browsers and as its description in
RDF for everyone else. A kind's path (`/organisation/`) lists the resources of that kind.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from kg.web.site import LANGS, Site, ask_worker, guarded, problem, render

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from kg.web.pages import Labeller, Value

__all__ = ["home", "resource"]

_SAFE_PATH = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~!$&'()*+,;=:@%/-]*$")


def _named(site: Site, lang: str, data: bytes) -> Labeller:
    """A labeller that knows the `?s` `?label` pairs of a SPARQL JSON answer."""
    from kg.web.pages import Labeller, rows

    names = Labeller(site.links, lang, prefixes=site.prefixes)
    names.add([{"x": r["s"], "label": r["label"]} for r in rows(data) if "label" in r])
    return names


def _by_text(values: Any) -> list[Value]:
    """Values in the order of their texts, case aside."""
    return sorted(values, key=lambda v: v.text.lower())


async def home(request: Request) -> Response:
    """The home page: the coalitions, the organisations and what else the site offers."""
    from kg.web.pages import HOME, rows

    site: Site = request.app.state.site

    async def run() -> Response:
        [(_, data)] = await ask_worker(site, [{"query": HOME, "results": "json"}])
        names = _named(site, "en", data)
        groups: dict[str, dict[str, Any]] = {}
        for row in rows(data):
            group = "coalitions" if row["type"]["value"].endswith("Collaboration") else "orgs"
            value = names.term(row["s"])
            if value is not None and value.iri is not None:
                groups.setdefault(group, {})[value.iri] = value
        listed = {k: _by_text(v.values()) for k, v in groups.items()}
        return render(
            site,
            "home.html",
            coalitions=listed.get("coalitions", []),
            organisations=listed.get("orgs", []),
            queries=list(site.catalogue.values()),
        )

    return await guarded(site, request, run)


async def resource(request: Request) -> Response:
    """A minted IRI: an HTML page for browsers, its description in RDF for everyone else."""
    from starlette.responses import Response

    from kg.rdf.iri import KINDS
    from kg.web.negotiate import GRAPHS, HTML, best, by_name
    from kg.web.pages import DESCRIBE, EXISTS

    site: Site = request.app.state.site
    path = request.path_params["path"]
    if not path or not _SAFE_PATH.match(path):
        return problem(site, request, 404, "no such resource")
    offers = (*GRAPHS, HTML)
    raw = request.query_params.get("_format")
    chosen = (
        by_name(raw, offers) if raw is not None else best(request.headers.get("accept"), offers)
    )
    if chosen is None:
        return problem(
            site, request, 406, "acceptable answers: " + ", ".join(f.media_type for f in offers)
        )
    lang = request.query_params.get("lang", "en")
    lang = lang if lang in LANGS else "en"

    async def run() -> Response:
        for iri in site.links.candidates(path):
            subs = {"r": {"type": "uri", "value": iri}}
            if chosen is HTML:
                page = await _page(site, iri, subs, lang)
                if page is not None:
                    return page
                continue
            [(_, exists), (_, data)] = await ask_worker(
                site,
                [{"query": EXISTS, "results": "json"}, {"query": DESCRIBE, "graph": chosen.name}],
                subs,
            )
            if json.loads(exists)["boolean"]:
                return Response(data, media_type=chosen.content_type, headers={"Vary": "Accept"})
        kind = path.rstrip("/")
        if kind in KINDS and chosen is HTML:
            return await _listing(site, kind, lang)
        return problem(site, request, 404, f"nothing is known about {site.build_base}{path}")

    return await guarded(site, request, run)


async def _page(
    site: Site, iri: str, subs: dict[str, dict[str, str]], lang: str
) -> Response | None:
    """The HTML page of `iri`, or None when the graph knows nothing about it."""
    from kg.web.artifacts import available
    from kg.web.negotiate import GRAPHS
    from kg.web.pages import EXISTS, PAGE_QUERIES, build_page

    answers = await ask_worker(
        site,
        [{"query": EXISTS, "results": "json"}]
        + [{"query": q, "results": "json"} for q in PAGE_QUERIES.values()],
        subs,
    )
    if not json.loads(answers[0][1])["boolean"]:
        return None
    page = build_page(
        iri,
        dict(zip(PAGE_QUERIES, (d for _, d in answers[1:]), strict=True)),
        site.links,
        lang,
        site.prefixes,
    )
    return render(
        site,
        "resource.html",
        page=page,
        lang=lang,
        formats=GRAPHS,
        graph_available=available("graph"),
    )


async def _listing(site: Site, kind: str, lang: str) -> Response:
    """The page that lists the resources of one kind (`/organisation/`)."""
    from kg.web.pages import LISTING, rows

    prefix = site.build_base + kind + "/"
    [(_, data)] = await ask_worker(
        site,
        [{"query": LISTING, "results": "json"}],
        {"prefix": {"type": "literal", "value": prefix}},
    )
    names = _named(site, lang, data)
    items = {
        r["s"]["value"]: names.term(r["s"])
        for r in rows(data)
        if "#" not in r["s"]["value"] and "/evidence/" not in r["s"]["value"]
    }
    return render(
        site,
        "listing.html",
        kind=kind,
        items=_by_text(v for v in items.values() if v is not None),
    )
