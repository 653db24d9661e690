"""SPARQL-based constraints of the shapes (`sh:sparql`), run on an Oxigraph store of the graph
as pySHACL runs them: $this pre-bound per focus node, or one query for every node where that is
the same (`joinable`); the findings and their messages as pySHACL writes them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.rdf.terms import to_rdflib
from kg.rdf.tokens import Token, significant, tokens
from kg.shacl.report import Finding

__all__ = ["Sparql", "Term", "joinable", "plain", "sparql_findings"]

Term = ox.NamedNode | ox.BlankNode | ox.Literal


def plain(key: str) -> str:
    """What `str()` of the rdflib term gives: the IRI, the blank node id or the lexical form."""
    if key.startswith("<"):
        return key[1:-1]
    return key[2:] if key.startswith("_:") else key


@dataclass
class Sparql:
    """A SPARQL constraint: its query, run once per focus node, or once for all (`joinable`)."""

    constraint: str
    severity: str
    query: str
    message: str
    bind_this: bool
    joinable: bool = False  # $this projected and only in patterns: one query for every node


def _message(template: str, bindings: dict[str, Term]) -> str:
    """A SPARQL constraint's message with {?var} filled in, as pySHACL does it."""
    for name, value in bindings.items():
        template = re.sub(f"{{[?$]{name}}}", str(to_rdflib(value)), template)
    return template


def joinable(select: str) -> bool:
    """Whether a constraint's query gives, run once with $this free, the rows it gives per focus
    node with $this pre-bound: $this is projected and appears in no expression (a FILTER, BIND
    or VALUES, an EXISTS at any depth), only in triple patterns and GROUP BY, so binding it first
    is a join on it. Read from the query's tokens: brackets in strings and IRIs do not count."""
    toks = significant(tokens(select))
    this = [i for i, t in enumerate(toks) if t.kind == "word" and t.text in ("?this", "$this")]
    form = next((i for i, t in enumerate(toks) if t.keyword("SELECT")), None)
    where = next((i for i, t in enumerate(toks) if t.kind == "punct" and t.text == "{"), None)
    if form is None or where is None or not any(form < i < where for i in this):
        return False
    return not any(start <= i <= end for start, end in _expressions(toks) for i in this)


def _expressions(toks: list[Token]) -> list[tuple[int, int]]:
    """Where each FILTER, BIND and VALUES of a query's tokens begins and ends: its balanced
    (...) or {...} group after the keyword (and after NOT EXISTS / EXISTS), nested groups
    included."""
    spans = []
    for at, keyword in enumerate(toks):
        if not keyword.keyword("FILTER", "BIND", "VALUES"):
            continue
        depth, end = 0, at
        for end in range(at + 1, len(toks)):
            tok = toks[end]
            if tok.kind == "punct" and tok.text in "({":
                depth += 1
            elif tok.kind == "punct" and tok.text in ")}":
                depth -= 1
                if depth == 0:
                    break
        spans.append((at, end))
    return spans


def _rows(
    sparql: Sparql, focus: set[str], store: ox.Store, term: Callable[[str], Term]
) -> list[tuple[str, list[dict[str, Term]]]]:
    """(focus node, the answer's rows as dicts) for every focus node: one query per node, or one
    for all where the query is `joinable` (per node, a count's subquery reads every count)."""
    this = ox.Variable("this")

    def rows(answer: ox.QuerySolutions) -> list[dict[str, Term]]:
        names = answer.variables
        return [{v.value: r[v] for v in names if r[v] is not None} for r in answer]

    def query(node: str | None = None) -> ox.QuerySolutions:
        bound: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] | None
        bound = {this: term(node)} if node is not None else None
        answer = store.query(sparql.query, substitutions=bound)
        assert isinstance(answer, ox.QuerySolutions)  # a SHACL constraint is a SELECT
        return answer

    if sparql.bind_this and sparql.joinable:
        nodes = {term(node): node for node in focus}
        by_node: dict[str, list[dict[str, Term]]] = {node: [] for node in focus}
        for row in rows(query()):
            if row.get("this") in nodes:
                by_node[nodes[row["this"]]].append(row)
        return list(by_node.items())
    return [(node, rows(query(node if sparql.bind_this else None))) for node in focus]


def sparql_findings(
    sparql: Sparql, focus: set[str], store: ox.Store, term: Callable[[str], Term]
) -> list[Finding]:
    findings = []
    for node, answer in _rows(sparql, focus, store, term):
        seen: list[dict[str, Term]] = []
        for bound in answer:
            if not {"this", "path", "value"} & set(bound) or bound in seen:
                continue  # pySHACL skips such rows, and repeats
            seen.append(bound)
            findings.append(
                Finding(
                    sparql.severity,
                    bound["this"].value if "this" in bound else plain(node),
                    bound["path"].value if "path" in bound else "",
                    _message(sparql.message, bound),
                    sparql.constraint,
                )
            )
    return findings
