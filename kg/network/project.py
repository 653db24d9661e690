"""Project the RDF graph onto networkx: typed nodes and edges, and the views pictures are made of.

The projection reads through an `Engine`, so a build folder, an RDF file and a remote endpoint
give the same network. Node ids are IRIs; attributes follow the contract of `kg.network.viz`:
`kind`, `label`, `label_nl`, `label_en`, and per kind `sector`, `sector_group`, `org_type`,
`city`, `website`, `wikidata`, `target_year`, `aim`, `source`, `source_url`. Edges carry `kind`
(member-of, classified-as, broader, works-on, aims-at, targets, located-in) and, for
memberships, `join_order`, `joined`, `evidence`, `source`, `source_url`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.files import atomic_path
from kg.network import DEFAULT_VIEW, VIEW_KINDS, VIEWS
from kg.rdf.labels import pick_label
from kg.rdf.namespace import SCHEMES, sparql_prefixes

if TYPE_CHECKING:
    import httpx
    import networkx as nx

    from kg.sparql.engine import Engine

__all__ = [
    "DEFAULT_VIEW",
    "VIEWS",
    "VIEW_KINDS",
    "analyze_command",
    "export",
    "member_as_of",
    "network",
    "project",
    "view",
    "viz",
]

PREFIXES = sparql_prefixes()
QUERIES = {
    "labels": "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label }",
    "aliases": "SELECT ?s ?label WHERE { ?s a org:Organization ; skos:altLabel ?label }",
    "dates": "SELECT DISTINCT ?date WHERE { ?source dlkg:knownBy ?date }",
    "coalitions": """SELECT ?c ?stated ?founded ?website ?kind WHERE {
        ?c a org:OrganizationalCollaboration .
        OPTIONAL {  # the count of the latest dated source
            ?count dlkg:countOf ?c ; dlkg:partners ?stated ; prov:wasDerivedFrom ?doc .
            OPTIONAL { ?doc dlkg:knownBy ?day }
            FILTER NOT EXISTS {
                ?other dlkg:countOf ?c ; prov:wasDerivedFrom/dlkg:knownBy ?later .
                FILTER (!BOUND(?day) || ?later > ?day) } }
        OPTIONAL { ?c schema:foundingDate ?founded }
        OPTIONAL { ?c schema:url ?website }
        OPTIONAL { ?c org:classification ?kind . ?kind skos:inScheme ?kinds
                   FILTER(?kinds = <https://w3id.org/dlkg/def/collaboration-kind>) } }""",
    "organisations": """SELECT ?o ?website ?wikidata ?title ?url WHERE {
        ?o a org:Organization .
        OPTIONAL { ?o schema:url ?website }
        OPTIONAL { ?o schema:sameAs ?wikidata }
        OPTIONAL { ?o prov:wasDerivedFrom ?doc . ?doc dcterms:title ?title
                   OPTIONAL { ?doc schema:url ?url } } }""",
    "classifications": """SELECT ?o ?concept ?scheme WHERE {
        ?o a org:Organization ; org:classification ?concept . ?concept skos:inScheme ?scheme }""",
    "broader": """SELECT ?sector ?group WHERE {
        ?sector skos:inScheme <https://w3id.org/dlkg/def/sector> ; skos:broader ?group }""",
    "memberships": """SELECT ?o ?c ?order ?joined ?sentence ?title ?url ?since ?ended ?left WHERE {
        ?m a org:Membership ; org:member ?o ; org:organization ?c .
        OPTIONAL { ?m dlkg:joinOrder ?order }
        OPTIONAL { ?m dlkg:knownSince ?since }
        OPTIONAL { ?m dlkg:endedBy ?ended }
        OPTIONAL { ?m org:memberDuring/time:hasEnd ?left }
        OPTIONAL { ?m org:memberDuring/time:hasBeginning/(time:inXSDDate|time:inXSDgYear) ?joined }
        OPTIONAL { ?m dlkg:evidence/oa:hasSelector/oa:exact ?sentence }
        OPTIONAL { ?m prov:wasDerivedFrom ?doc . ?doc dcterms:title ?title
                   OPTIONAL { ?doc schema:url ?url } } }""",
    "themes": """SELECT ?x ?theme ?kind WHERE {
        { ?x dlkg:theme ?theme } UNION { ?x dlkg:activity ?theme }
        OPTIONAL { ?theme skos:notation ?kind } }""",
    "goals": """SELECT ?c ?goal ?year WHERE {
        ?c org:purpose ?goal . OPTIONAL { ?goal dlkg:targetYear ?year } }""",
    "targets": "SELECT ?goal ?region WHERE { ?goal dlkg:targetRegion ?region }",
    "places": """SELECT ?x ?place WHERE {
        { ?x a org:Organization ; schema:location ?place }
        UNION { ?x schema:containedInPlace ?place } }""",
}


def _rows(engine: Engine, name: str) -> list[dict[str, Any]]:
    result = engine.query(PREFIXES + QUERIES[name])
    return [
        {
            var: (None if term is None else term)
            for var, term in zip(result.variables, row, strict=True)
        }
        for row in result.rows
    ]


def _labels(engine: Engine) -> dict[str, dict[str, str]]:
    """Every label by resource and language ('' for untagged), the smallest text first."""
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _rows(engine, "labels"):
        lang = getattr(row["label"], "language", None) or ""
        known = labels[str(row["s"])].get(lang)
        text = str(row["label"])
        if known is None or text < known:
            labels[str(row["s"])][lang] = text
    return labels


def project(
    engine: Engine, lang: str = "en", *, as_of: str | None = None, periods: bool = False
) -> nx.MultiDiGraph:
    """The whole typed network of a graph, read through an engine.

    Memberships follow the time model: as of `as_of` (an ISO date) a membership counts when it
    is known since that day or earlier and has not ended by then; without `as_of`, when it has
    not ended. An organisation or collaboration whose memberships all fall out goes too (one
    without any membership stays). With `periods` every membership is kept, with its
    `known_since` and `ended_by` dates, so that a picture can move through time itself; the
    graph's `known_dates` lists the days sources are known by (space-separated, sorted).
    """
    import networkx as nx

    G = nx.MultiDiGraph()
    labels = _labels(engine)
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in _rows(engine, "aliases"):
        aliases[str(row["s"])].append(str(row["label"]))
    dates = sorted({str(row["date"]) for row in _rows(engine, "dates")})
    if dates:
        G.graph["known_dates"] = " ".join(dates)

    def node(iri: object, kind: str, **attrs: Any) -> str:
        key = str(iri)
        names = labels.get(key, {})
        fallback = key.rstrip("/").rsplit("/", 1)[-1]
        data = {
            "kind": kind,
            "label": pick_label(names, lang, fallback),
            "label_nl": pick_label(names, "nl", fallback),
            "label_en": pick_label(names, "en", fallback),
        }
        data.update({k: v for k, v in attrs.items() if v not in (None, "")})
        if key in G:
            G.nodes[key].update({k: v for k, v in data.items() if k not in G.nodes[key]})
        else:
            G.add_node(key, **data)
        return key

    for row in sorted(_rows(engine, "coalitions"), key=lambda r: str(r["kind"] or "")):
        kind = _str(row["kind"])
        kind_names = labels.get(kind or "", {})
        node(
            row["c"],
            "coalition",
            stated_partners=_int(row["stated"]),
            founded=_str(row["founded"]),
            website=_str(row["website"]),
            collaboration_kind=kind,
            collaboration_kind_nl=kind and pick_label(kind_names, "nl", _code(kind)),
            collaboration_kind_en=kind and pick_label(kind_names, "en", _code(kind)),
        )
    for row in sorted(_rows(engine, "organisations"), key=lambda r: str(r["title"] or "")):
        node(
            row["o"],
            "organisation",
            website=_str(row["website"]),
            wikidata=_str(row["wikidata"]),
            source=_str(row["title"]),
            source_url=_str(row["url"]),
            aliases="|".join(sorted(set(aliases.get(str(row["o"]), [])))),
        )
    groups = {str(r["sector"]): str(r["group"]) for r in _rows(engine, "broader")}
    for row in _rows(engine, "broader"):
        G.add_edge(
            node(row["sector"], "sector"),
            node(row["group"], "sector-group"),
            key="broader",
            kind="broader",
        )
    kinds = {str(SCHEMES["sector"]): "sector", str(SCHEMES["org-type"]): "type"}
    for row in sorted(_rows(engine, "classifications"), key=lambda r: str(r["concept"])):
        kind = kinds.get(str(row["scheme"]))
        if kind is None:
            continue
        organisation, concept = node(row["o"], "organisation"), node(row["concept"], kind)
        G.add_edge(organisation, concept, key=f"classified-as {concept}", kind="classified-as")
        attrs = G.nodes[organisation]
        if kind == "sector":
            attrs.setdefault("sector", G.nodes[concept]["label"])
            attrs.setdefault("sector_iri", concept)
            if group := groups.get(str(row["concept"])):
                attrs.setdefault("sector_group", pick_label(labels.get(group, {}), lang, group))
        else:
            attrs.setdefault("org_type", G.nodes[concept]["label"])
            attrs.setdefault("org_type_iri", concept)
    gone = _memberships(G, engine, node, as_of=as_of, periods=periods)
    for row in _rows(engine, "themes"):
        kind = "activity" if str(row["kind"] or "") == "activity" else "theme"
        G.add_edge(
            node(
                row["x"],
                "organisation" if str(row["x"]) not in G else G.nodes[str(row["x"])]["kind"],
            ),
            node(row["theme"], kind),
            key=f"works-on {row['theme']}",
            kind="works-on",
        )
    for row in _rows(engine, "goals"):
        goal = node(
            row["goal"],
            "goal",
            target_year=_int(row["year"]),
            aim=pick_label(labels.get(str(row["goal"]), {}), lang, ""),
        )
        G.add_edge(str(row["c"]), goal, key="aims-at", kind="aims-at")
    for row in _rows(engine, "targets"):
        G.add_edge(
            str(row["goal"]),
            node(row["region"], "region"),
            key=f"targets {row['region']}",
            kind="targets",
        )
    for row in _rows(engine, "places"):
        place = node(row["place"], "region")
        if str(row["x"]) not in G:
            node(row["x"], "region")
        source = str(row["x"])
        G.add_edge(source, place, key=f"located-in {place}", kind="located-in")
        if G.nodes[source]["kind"] == "organisation":
            G.nodes[source].setdefault("city", G.nodes[place]["label"])
            G.nodes[source].setdefault("city_iri", place)
    G.remove_nodes_from(sorted(gone & set(G)))
    return G


def _code(iri: str) -> str:
    """The last part of a concept's IRI (its code).

    >>> _code("https://w3id.org/dlkg/def/collaboration-kind/working-group")
    'working-group'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1]


def member_as_of(
    since: str | None, ended: str | None, as_of: str | None, left: bool = False
) -> bool:
    """Whether a membership counts as of `as_of` (ISO dates; None for "now"), by the time model.
    `left`: a source says it ended, maybe without a day (then `ended` is None).

    >>> member_as_of("2020-03-23", None, "2021-01-01"), member_as_of("2020-03-23", None, "2020")
    (True, False)
    >>> member_as_of("2020-03-23", "2022-01-01", "2022-01-01"), member_as_of(None, None, None)
    (False, True)
    >>> member_as_of(None, None, "2021-01-01"), member_as_of("2020-03-23", "2022-01-01", None)
    (False, False)
    """
    if as_of is None:
        return ended is None and not left
    return since is not None and since <= as_of and not (ended is not None and ended <= as_of)


def _str(term: object) -> str | None:
    return None if term is None else str(term)


def _int(term: object) -> int | None:
    return None if term is None else int(str(term))


def _memberships(
    G: nx.MultiDiGraph, engine: Engine, node: Any, *, as_of: str | None, periods: bool
) -> set[str]:
    """One member-of edge per membership; its evidence preferred over a bare source.

    Memberships that do not count as of `as_of` are left out (all kept with `periods`), and so
    are the organisations and collaborations that had memberships and have none left (returned,
    for the caller to remove once every other edge is in).
    """
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for row in _rows(engine, "memberships"):
        key = (str(row["o"]), str(row["c"]))
        attrs = best.setdefault(key, {})
        for var, field in (("since", "known_since"), ("ended", "ended_by")):
            if row[var] is not None:
                attrs[field] = str(row[var])
        if row["left"] is not None:
            attrs["left"] = True
        if row["order"] is not None:
            attrs["join_order"] = int(str(row["order"]))
        if row["joined"] is not None:
            attrs["joined"] = str(row["joined"])
        if row["sentence"] is not None and (
            "evidence" not in attrs or str(row["sentence"]) < attrs["evidence"]
        ):
            attrs["evidence"] = str(row["sentence"])
            attrs["source"], attrs["source_url"] = _str(row["title"]), _str(row["url"])
        elif "source" not in attrs and row["title"] is not None:
            attrs["source"], attrs["source_url"] = _str(row["title"]), _str(row["url"])
    counted = {
        key
        for key, attrs in best.items()
        if periods
        or member_as_of(
            attrs.get("known_since"), attrs.get("ended_by"), as_of, attrs.get("left", False)
        )
    }
    gone = {end for key in best for end in key} - {end for key in counted for end in key}
    for (organisation, coalition), attrs in sorted(best.items()):
        if (organisation, coalition) not in counted:
            continue
        node(organisation, "organisation")
        node(coalition, "coalition")
        G.add_edge(
            organisation,
            coalition,
            key="member-of",
            kind="member-of",
            **{k: v for k, v in attrs.items() if v is not None},
        )
    return gone


def view(G: nx.MultiDiGraph, name: str) -> nx.Graph:
    """A part of the network: bipartite, members, sectors, themes, all or organisations."""
    from kg.network.measures import organisation_coalition_graph, organisation_projection

    if name not in VIEWS:
        raise ValueError(f"unknown view {name!r} (known: {', '.join(VIEWS)})")
    if name == "all":
        return G
    if name == "bipartite":
        return organisation_coalition_graph(G)
    if name == "organisations":
        return organisation_projection(G)
    keep_nodes, keep_edges = VIEW_KINDS[name]
    sub = G.__class__()
    sub.add_nodes_from((n, d) for n, d in G.nodes(data=True) if d["kind"] in keep_nodes)
    sub.add_edges_from(
        (u, v, k, d)
        for u, v, k, d in G.edges(keys=True, data=True)
        if d["kind"] in keep_edges and u in sub and v in sub
    )
    return sub


def network(
    kg: str | Path = "build",
    *,
    view_name: str = "all",
    lang: str = "en",
    endpoint: str | None = None,
    graph: str | None = None,
    auth: httpx.Auth | None = None,
    as_of: str | None = None,
) -> nx.Graph:
    """The network view of a build, an RDF file or a remote endpoint.

    Args:
        kg: a build folder or an RDF file (ignored with `endpoint`).
        view_name: one of `VIEWS`.
        lang: the language of the labels.
        endpoint: a SPARQL endpoint to read instead of `kg`.
        graph: the named graph to read at `endpoint`.
        auth: credentials for `endpoint`.
        as_of: an ISO date: the network as it stood that day (see `project`); None for now.

    Returns:
        The view: a `networkx.MultiDiGraph`, or an undirected graph for bipartite and
        organisations.
    """
    from kg.sparql.engine import open_engine

    engine = open_engine(kg, endpoint=endpoint, graph=graph, auth=auth)
    return view(project(engine, lang, as_of=_iso_date(as_of)), view_name)


def _iso_date(text: str | None) -> str | None:
    """`text` if it is an ISO date (YYYY-MM-DD), else a ValueError that says so.

    >>> _iso_date("2021-02-18"), _iso_date(None)
    ('2021-02-18', None)
    """
    import datetime

    if text is None:
        return None
    try:
        return datetime.date.fromisoformat(str(text)).isoformat()
    except ValueError:
        raise ValueError(f"as_of must be a date like 2021-02-18, not {text!r}") from None


def viz(
    kg: str | Path,
    out: Path,
    *,
    view: str = DEFAULT_VIEW,
    lang: str = "en",
    endpoint: str | None = None,
    graph: str | None = None,
    auth: httpx.Auth | None = None,
    as_of: str | None = None,
    focus: str | None = None,
) -> Path:
    """Write the interactive HTML network (arguments as for `network`); return `out`.

    The page holds the whole network and opens on `view`; its time control moves through the
    dates sources are known by. With `as_of` it is a snapshot: only what was known that day.
    `focus` (an IRI) opens it focused on that node.
    """
    from kg.network.viz import write_html

    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r} (known: {', '.join(VIEWS)})")
    from kg.sparql.engine import open_engine

    when = _iso_date(as_of)
    engine = open_engine(kg, endpoint=endpoint, graph=graph, auth=auth)
    G = project(engine, lang, as_of=when, periods=when is None)
    if when is not None:
        dates = [d for d in G.graph.get("known_dates", "").split() if d < when]
        G.graph["known_dates"] = " ".join([*dates, when])
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_html(G, out, lang=lang, view=view, as_of=when, focus=focus)


def export(
    kg: str | Path, fmt: str, out: Path, *, view: str = DEFAULT_VIEW, lang: str = "en"
) -> Path:
    """Write a view as GraphML, GEXF or node-link JSON for Gephi and other tools.

    The same graph gives the same bytes (GEXF adds the day it was written).

    Args:
        kg: a build folder or an RDF file.
        fmt: "graphml", "gexf" or "json".
        out: the file to write (atomically).
        view: one of `VIEWS`.
        lang: the language of the labels.

    Returns:
        `out`.
    """
    import networkx as nx

    G = network(kg, view_name=view, lang=lang)
    with atomic_path(out) as tmp:
        if fmt == "graphml":
            nx.write_graphml(G, tmp)
        elif fmt == "gexf":
            nx.write_gexf(G, tmp)
        elif fmt == "json":
            data = nx.node_link_data(G, edges="links")
            tmp.write_text(
                json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8"
            )
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    return out


def analyze_command(
    kg: str | Path,
    *,
    view: str = "all",
    fmt: str = "table",
    endpoint: str | None = None,
    graph: str | None = None,
    lang: str = "en",
    auth: httpx.Auth | None = None,
) -> str:
    """The text `kg analyze` prints: measures of a view as a table, CSV or JSON."""
    from kg.network.analysis import summarise

    analysis = summarise(
        network(kg, view_name=view, lang=lang, endpoint=endpoint, graph=graph, auth=auth)
    )
    if fmt == "json":
        return analysis.to_json() + "\n"
    if fmt == "csv":
        return analysis.render("csv", "nodes")
    sections = ("summary", "nodes", "bridges", "sectors", "sector-groups", "communities")
    return "\n".join(f"== {section}\n" + analysis.render("table", section) for section in sections)
