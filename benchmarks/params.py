"""Parameters for every catalogue query, filled from the graph at hand.

Declared defaults are used as they are; a required parameter gets a value the graph has, so that
the query has something to find: the organisation and the coalition with the most memberships,
the region most coalitions serve (the whole country), and a word from that organisation's name.
Asked for `scoped` parameters, a query that can be narrowed to one coalition (an optional
`coalition`) also gets the largest coalition, and a region is the province most coalitions serve,
as a researcher asks "the members of this coalition" or "the coalitions in this province";
unscoped, a query answers for every coalition in the country. A question asked as of a date
(`dated`) takes the middle one of the days by which the graph's sources are known: the median
`dlkg:knownBy`, so that about half of what the graph knows was known by then (`changes` the year
up to that day).
"""

from __future__ import annotations

import datetime

from kg.sparql.catalogue import Query, catalogue
from kg.sparql.engine import Engine

PREFIXES = """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX dlkg: <https://w3id.org/dlkg/def#>
"""
MIDDLE_DAY = "SELECT ?day WHERE { ?source dlkg:knownBy ?day } ORDER BY ?day"
PICKS = {
    "org": "SELECT ?x WHERE { ?m org:member ?x } GROUP BY ?x "
    "ORDER BY DESC(COUNT(?m)) STR(?x) LIMIT 1",
    "coalition": "SELECT ?x WHERE { ?m org:organization ?x } GROUP BY ?x "
    "ORDER BY DESC(COUNT(?m)) STR(?x) LIMIT 1",
    "region": "SELECT ?x WHERE { ?c schema:areaServed ?x } GROUP BY ?x "
    "ORDER BY DESC(COUNT(?c)) STR(?x) LIMIT 1",
}
PICKS["resource"] = PICKS["org"]
PICKS["province"] = (
    "SELECT ?x WHERE { ?c schema:areaServed ?x . ?x a schema:State } GROUP BY ?x "
    "ORDER BY DESC(COUNT(?c)) STR(?x) LIMIT 1"
)
SCOPES = {"coalition": "coalition", "with": "coalition", "region": "province"}
"""Parameters that narrow a query, and the pick that fills them for `scoped` parameters."""


def required_values(engine: Engine) -> dict[str, str]:
    """A value for each parameter name that some query requires, picked from the graph."""
    values = {}
    for name, select in PICKS.items():
        rows = engine.query(PREFIXES + select).rows
        if rows:
            values[name] = str(rows[0][0])
    if "org" in values:
        label = engine.query(
            PREFIXES + f"SELECT ?l WHERE {{ <{values['org']}> skos:prefLabel "
            "?l } ORDER BY ?l LIMIT 1"
        ).rows
        words = str(label[0][0]).split() if label else []
        values["text"] = max(words, key=len).lower() if words else "a"
    return values


def params_for(query: Query, values: dict[str, str], scoped: bool = False) -> dict[str, str]:
    """The parameters to pass: required ones filled in (and with `scoped`, the scope too);
    defaults left to the catalogue."""
    given = {}
    for param in query.params:
        if not (param.required or (scoped and param.name in SCOPES)):
            continue
        pick = SCOPES.get(param.name, param.name) if scoped else param.name
        if pick not in values:
            raise KeyError(
                f"no value for the parameter {param.name} of {query.name}; add a "
                "pick to benchmarks/params.py"
            )
        given[param.name] = values[pick]
    return given


def middle_day(engine: Engine) -> str | None:
    """The median day by which the graph's sources are known; None in a graph without dates."""
    days = [str(row[0]) for row in engine.query(PREFIXES + MIDDLE_DAY).rows]
    return days[len(days) // 2] if days else None


def dated(query: Query, day: str) -> dict[str, str]:
    """The date parameters of a query, asked as of `day`: as_of and to the day, from a year
    before it; empty for a query without them."""
    year_before = (datetime.date.fromisoformat(day) - datetime.timedelta(days=365)).isoformat()
    values = {"as_of": day, "to": day, "from": year_before}
    return {p.name: values[p.name] for p in query.params if p.type == "date" and p.name in values}


def all_params(engine: Engine, scoped: bool = False) -> dict[str, dict[str, str]]:
    """Every catalogue query by name, with its parameters for this graph."""
    values = required_values(engine)
    return {name: params_for(query, values, scoped) for name, query in catalogue().items()}
