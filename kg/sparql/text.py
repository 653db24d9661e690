"""SPARQL as text: one tokenizer for the query form, nesting depth and `VALUES` blocks.

Strings, IRIs and comments are single tokens, so braces and keywords inside them never count:
`PREFIX ask: <http://example.org/> SELECT ...` is a SELECT query, not an ASK.

>>> query_form('PREFIX ask: <http://example.org/ask#> SELECT * { ?s ask:p "ASK" }')
'SELECT'
>>> depth('SELECT * { { ?s ?p "{{{" } }')
2
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.rdf.terms import to_ntriples

if TYPE_CHECKING:
    from rdflib.term import Identifier

__all__ = [
    "FORMS",
    "Token",
    "depth",
    "insert_values",
    "query_form",
    "syntax_error",
    "tokens",
    "uses_service",
]

_VARNAME = re.compile(r"[A-Za-z_0-9][A-Za-z_0-9]*")

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
             | '''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
             | "(?:[^"\\\n\r]|\\.)*"
             | '(?:[^'\\\n\r]|\\.)*')
  | (?P<word>[?$]?[A-Za-z0-9_][\w.:%-]*|:[\w.:%-]*)
  | (?P<punct>.)
""",
    re.VERBOSE | re.DOTALL,
)

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(frozen=True)
class Token:
    kind: str  # space, comment, iri, string, word, punct
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def keyword(self, *names: str) -> bool:
        return self.kind == "word" and self.text.upper() in names


def tokens(sparql: str) -> list[Token]:
    """The tokens of a query, comments and whitespace included; strings and IRIs are one token,
    so braces and keywords inside them never count."""
    return [Token(m.lastgroup or "punct", m.group(), m.start()) for m in _TOKEN.finditer(sparql)]


def _significant(toks: Iterable[Token]) -> list[Token]:
    return [t for t in toks if t.kind not in ("space", "comment")]


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside comments and strings."""
    for tok in tokens(sparql):
        if tok.keyword(*FORMS):
            return tok.text.upper()
    raise InputError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")


def _matching(toks: list[Token], open_index: int) -> int:
    """The index of the `}` that closes the `{` at `open_index`."""
    depth = 0
    for i in range(open_index, len(toks)):
        if toks[i].text == "{" and toks[i].kind == "punct":
            depth += 1
        elif toks[i].text == "}" and toks[i].kind == "punct":
            depth -= 1
            if depth == 0:
                return i
    raise InputError("the query's braces { } do not balance")


def _values_block(bindings: Mapping[str, Identifier]) -> str:
    names = list(bindings)
    for name in names:
        if not _VARNAME.fullmatch(name):
            raise InputError(f"not a SPARQL variable name: {name!r}")
    variables = " ".join(f"?{name}" for name in names)
    values = " ".join(to_ntriples(bindings[name]) for name in names)
    return f" VALUES ({variables}) {{ ({values}) }} "


def _is_brace(tok: Token, brace: str) -> bool:
    return tok.kind == "punct" and tok.text == brace


def _projection(toks: list[Token], select: int) -> set[str] | None:
    """The variables a (sub)query's SELECT clause projects; None for `SELECT *`."""
    names: set[str] = set()
    parens = 0
    for i in range(select + 1, len(toks)):
        tok = toks[i]
        if tok.kind == "punct" and tok.text in "()":
            parens += 1 if tok.text == "(" else -1
        elif parens == 0 and (_is_brace(tok, "{") or tok.keyword("WHERE", "FROM")):
            break
        elif parens == 0 and tok.kind == "punct" and tok.text == "*":
            return None
        elif (
            tok.kind == "word"
            and tok.text[0] in "?$"
            and (parens == 0 or toks[i - 1].keyword("AS"))
        ):
            names.add(tok.text[1:])
    return names


def _group_starts(
    toks: list[Token], first: int, last: int, names: frozenset[str]
) -> list[tuple[int, frozenset[str]]]:
    """Where VALUES blocks go in the WHERE group `toks[first]..toks[last]`, and for which
    variables: just inside every group graph pattern, the outermost one included; not inside a
    VALUES data block, nor between `{` and a subquery's SELECT (a subquery stands alone in its
    braces). Inside a subquery only the variables it projects are the query's own: the others
    are its private variables, which a parameter does not bind."""
    starts: list[tuple[int, frozenset[str]]] = []
    scopes: list[tuple[int, frozenset[str]]] = [(last, names)]
    i = first
    while i <= last:
        while i > scopes[-1][0]:
            scopes.pop()
        visible = scopes[-1][1]
        tok = toks[i]
        if tok.keyword("VALUES"):  # inline data: skip its { ... }
            j = i + 1
            while j <= last and not _is_brace(toks[j], "{"):
                j += 1
            i = _matching(toks, j) + 1 if j <= last else j
            continue
        if _is_brace(tok, "{"):
            if i + 1 <= last and toks[i + 1].keyword("SELECT"):
                projected = _projection(toks, i + 1)
                inner = visible if projected is None else visible & projected
                scopes.append((_matching(toks, i), frozenset(inner)))
            elif visible:
                starts.append((tok.end, visible))
        i += 1
    return starts


def insert_values(sparql: str, bindings: Mapping[str, Identifier] | None) -> str:
    """The query with its parameters bound by VALUES blocks, never by editing its own text.

    A block goes at the start of the outermost WHERE group, so values join before any GROUP BY,
    LIMIT or projection, and at the start of every group nested in it (OPTIONAL, UNION, MINUS,
    EXISTS, GRAPH and subquery groups). SPARQL evaluates groups bottom-up, so one block at the top
    would leave the variable unbound inside a nested group: a `FILTER(LANG(?l) = ?lang)` in an
    OPTIONAL within a UNION branch would see no ?lang. With a block in every group the answers
    are those of substituting the value for the variable wherever it is in scope, as the local
    Oxigraph engine does (a subquery that does not project a variable keeps its own).

    `CONSTRUCT WHERE { T }` (whose group may hold only triples) becomes
    `CONSTRUCT { T } WHERE { VALUES ... T }`; a query without a WHERE group (`DESCRIBE ?x`)
    gets a trailing VALUES clause.

    >>> from rdflib import Literal
    >>> insert_values('SELECT ?x WHERE { ?x ?p "}" }', {"lang": Literal("nl")})
    'SELECT ?x WHERE { VALUES (?lang) { ("nl") }  ?x ?p "}" }'
    """
    if not bindings:
        return sparql
    block = _values_block(bindings)
    toks = _significant(tokens(sparql))
    names = frozenset(bindings)
    form_at = next((i for i, t in enumerate(toks) if t.keyword(*FORMS)), None)
    if form_at is None:
        raise InputError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    start = form_at + 1
    if toks[form_at].keyword("CONSTRUCT"):
        if start < len(toks) and _is_brace(toks[start], "{"):
            start = _matching(toks, start) + 1  # skip the template
        else:  # the short form: CONSTRUCT [FROM ...] WHERE { T }
            where = next((i for i in range(start, len(toks)) if _is_brace(toks[i], "{")), None)
            if where is None:
                raise InputError("a CONSTRUCT query without a WHERE group")
            close = _matching(toks, where)
            template = sparql[toks[where].end : toks[close].start]
            after = toks[form_at].end
            return (
                sparql[:after]
                + " {"
                + template
                + "}"
                + sparql[after : toks[where].end]
                + block
                + sparql[toks[where].end :]
            )
    parens = 0
    for i in range(start, len(toks)):
        tok = toks[i]
        if tok.kind != "punct":
            continue
        if tok.text == "(":
            parens += 1
        elif tok.text == ")":
            parens -= 1
        elif tok.text == "{" and parens == 0:
            pieces, done = [], 0
            for at, visible in _group_starts(toks, i, _matching(toks, i), names):
                subset = {name: bindings[name] for name in bindings if name in visible}
                pieces += [sparql[done:at], _values_block(subset)]
                done = at
            return "".join(pieces) + sparql[done:]
    return sparql.rstrip() + "\n" + block.strip() + "\n"


def depth(sparql: str) -> int:
    """How deeply the query's groups `{ }` nest: 0 for a query without braces."""
    deepest = level = 0
    for tok in tokens(sparql):
        if tok.kind == "punct" and tok.text == "{":
            level += 1
            deepest = max(deepest, level)
        elif tok.kind == "punct" and tok.text == "}":
            level -= 1
    return deepest


def uses_service(sparql: str) -> bool:
    """Whether a query may call another endpoint: the keyword SERVICE outside strings, IRIs and
    comments, also where it runs into a prefixed name (`SERVICE:x`, which some parsers read as
    SERVICE followed by `:x`).

    >>> uses_service('SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('PREFIX : <http://127.0.0.1:9/> SELECT * { SERVICE:x { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT * { ?s ?p "SERVICE" } # SERVICE')
    False
    """
    return any(
        tok.kind == "word" and tok.text.upper().partition(":")[0] == "SERVICE"
        for tok in tokens(sparql)
    )


_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


def syntax_error(sparql: str, message: str, limit: int = 80) -> str:
    """A parser's complaint about a query as a person reads it: the line and column, a short
    reason (a parser's list of expected characters can run to pages of Unicode ranges), and the
    line itself with a caret under the place.

    >>> print(syntax_error("SELECT * WHERE { ?s ?p }", "error at 1:24: expected OPTIONAL"))
    SPARQL syntax error at line 1, column 24: expected OPTIONAL
      SELECT * WHERE { ?s ?p }
                             ^
    """
    found = _AT.search(message)
    if not found:
        return f"SPARQL syntax error: {message[:limit]}"
    line, column, reason = int(found[1]), int(found[2]), " ".join(found[3].split())
    if len(reason) > limit:
        reason = "the query cannot go on like this here"
    lines = sparql.splitlines() or [""]
    text = lines[min(line, len(lines)) - 1] if line <= len(lines) else ""
    where = f"SPARQL syntax error at line {line}, column {column}: {reason}"
    if not text.strip():
        return where + " (at the end of the query)"
    return f"{where}\n  {text}\n  {' ' * (column - 1)}^"
