"""SPARQL as text: one tokenizer (form, nesting depth, `VALUES` blocks) and rdflib's reading.

Strings, IRIs and comments are single tokens, so braces and keywords inside them never count:
`PREFIX ask: <http://example.org/> SELECT ...` is a SELECT query, not an ASK. Where a decision
must hold against a hostile text (is it an update, does it call SERVICE), `inspect` decides from
a real parser's parse tree and algebra instead.

>>> query_form('PREFIX ask: <http://example.org/ask#> SELECT * { ?s ask:p "ASK" }')
'SELECT'
>>> depth('SELECT * { { ?s ?p "{{{" } }')
2
"""

from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, cast

from kg.errors import InputError
from kg.rdf.terms import to_ntriples
from kg.rdf.tokens import Token, tokens
from kg.rdf.tokens import significant as _significant

if TYPE_CHECKING:
    from rdflib.term import Identifier

__all__ = [
    "FORMS",
    "MAX_DEPTH",
    "SparqlSyntaxError",
    "Token",
    "TooDeep",
    "depth",
    "inline_iris",
    "insert_values",
    "inspect",
    "query_form",
    "remember",
    "remembered",
    "syntax_error",
    "tokens",
    "uses_service",
]

_VARNAME = re.compile(r"[A-Za-z_0-9][A-Za-z_0-9]*")

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
MAX_DEPTH = 20
"""The deepest nesting of `{ }`, `( )` and `[ ]` together that `inspect` reads; deeper ones are
refused before any parser sees them (recursive parsers run out of stack on thousands of levels)."""


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


def inline_iris(
    sparql: str, bindings: Mapping[str, Identifier]
) -> tuple[str, dict[str, Identifier]]:
    """The query with each IRI parameter written into its triple patterns, and the bindings
    still used (expressions, projections, MINUS groups, a subquery's private variables).

    Oxigraph plans before it substitutes: to its planner a bound `?c` is unbound, so it starts
    from `?m a org:Membership`, every membership of the country; an IRI is its first step. The
    IRI matches what the substituted variable matches; a MINUS group is left alone, as a
    constant there would change which variables it shares (benchmarks/README.md, "Planned").

    >>> from rdflib import Literal, URIRef
    >>> text, rest = inline_iris(
    ...     "SELECT ?c ?n WHERE { ?c ?p ?n FILTER(?c != ?n && ?n != ?day) }",
    ...     {"c": URIRef("http://x/c"), "day": Literal("2020-01-01")},
    ... )
    >>> text, sorted(rest)
    ('SELECT ?c ?n WHERE { <http://x/c> ?p ?n FILTER(?c != ?n && ?n != ?day) }', ['c', 'day'])
    """
    from rdflib import URIRef

    iris = {name: to_ntriples(v) for name, v in bindings.items() if type(v) is URIRef}
    toks = _significant(tokens(sparql))
    form = next((i for i, t in enumerate(toks) if t.keyword(*FORMS)), -1)
    where = _group_after(toks, form + 1) if iris and form >= 0 else None
    if where == form + 1 and toks[form].keyword("CONSTRUCT"):
        where = _group_after(toks, _matching(toks, where) + 1)  # past the template
    if where is None:
        return sparql, dict(bindings)
    found: list[Token] = []
    _patterns(toks, where, frozenset(iris), found)
    pieces, done = [], 0
    for tok in found:
        pieces += [sparql[done : tok.start], iris[tok.text[1:]]]
        done = tok.end
    written = Counter(tok.text[1:] for tok in found)
    left = Counter(t.text[1:] for t in toks if t.kind == "word" and t.text[0] in "?$") - written
    text = "".join(pieces) + sparql[done:]
    return text, {name: value for name, value in bindings.items() if left[name]}


def _group_after(toks: list[Token], start: int) -> int | None:
    """The index of the first `{` from `start` on that no parenthesis encloses."""
    parens = 0
    for i in range(start, len(toks)):
        if toks[i].kind == "punct" and toks[i].text in "()":
            parens += 1 if toks[i].text == "(" else -1
        elif _is_brace(toks[i], "{") and parens == 0:
            return i
    return None


def _patterns(toks: list[Token], first: int, names: frozenset[str], found: list[Token]) -> None:
    """Into `found`, the `names` in the triple patterns of the group opening at `toks[first]`
    (not in parentheses, VALUES or MINUS; in a subquery, only those it projects)."""
    last, i, parens = _matching(toks, first), first + 1, 0
    while i < last:
        tok = toks[i]
        if tok.keyword("VALUES", "MINUS"):
            brace = _group_after(toks, i + 1)
            i = last if brace is None or brace > last else _matching(toks, brace) + 1
            continue
        if _is_brace(tok, "{"):
            if toks[i + 1].keyword("SELECT"):
                projected = _projection(toks, i + 1)
                inner = names if projected is None else names & projected
                body = _group_after(toks, i + 2)
                if body is not None and inner:
                    _patterns(toks, body, frozenset(inner), found)
            else:
                _patterns(toks, i, names, found)
            i = _matching(toks, i) + 1
            continue
        if tok.kind == "punct" and tok.text in "()":
            parens += 1 if tok.text == "(" else -1
        elif parens == 0 and tok.kind == "word" and tok.text[0] in "?$" and tok.text[1:] in names:
            found.append(tok)
        i += 1


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
    where = _group_after(toks, start)
    if where is None:
        return sparql.rstrip() + "\n" + block.strip() + "\n"
    pieces, done = [], 0
    for at, visible in _group_starts(toks, where, _matching(toks, where), names):
        subset = {name: bindings[name] for name in bindings if name in visible}
        pieces += [sparql[done:at], _values_block(subset)]
        done = at
    return "".join(pieces) + sparql[done:]


def depth(sparql: str, brackets: str = "{}") -> int:
    """How deeply the query's groups `{ }` nest (or other `brackets`, pairs of open and close
    characters: "{}()[]"): 0 for a query without them."""
    opening, closing = brackets[0::2], brackets[1::2]
    deepest = level = 0
    for tok in tokens(sparql):
        if tok.kind == "punct" and tok.text in opening:
            level += 1
            deepest = max(deepest, level)
        elif tok.kind == "punct" and tok.text in closing:
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


class SparqlSyntaxError(InputError):
    """A text the SPARQL parser cannot read, with the line and column where it stopped."""


class TooDeep(InputError):
    """A text that nests `{ }`, `( )` and `[ ]` deeper than MAX_DEPTH."""


def inspect(sparql: str) -> tuple[str, bool]:
    """What a real SPARQL parser (rdflib's) makes of a text: its form (SELECT, ASK, CONSTRUCT,
    DESCRIBE, or UPDATE for SPARQL Update) and whether its algebra calls another endpoint
    (`SERVICE`, however it is spelled).

    Raises:
        TooDeep: the text nests deeper than MAX_DEPTH (checked before parsing).
        SparqlSyntaxError: neither a query nor an update; the message has the line and column.

    >>> inspect('PREFIX : <http://127.0.0.1:9/> SELECT * { SERVICE:x { ?s ?p ?o } }')
    ('SELECT', True)
    >>> inspect('ASK { ?s ?p "SERVICE" } # SERVICE')
    ('ASK', False)
    >>> inspect('INSERT DATA { <a:s> <a:p> 1 }')
    ('UPDATE', False)
    """
    if depth(sparql, "{}()[]") > MAX_DEPTH:
        raise TooDeep(
            f"the query nests {{ }}, ( ) and [ ] more than {MAX_DEPTH} levels deep; "
            "flatten it (fewer nested groups and parentheses)"
        )
    known = remembered(sparql)
    if known is None:
        with _PARSING:
            known = _parse(sparql)
        remember(sparql, known)
    return known


_PARSING = threading.Lock()
"""pyparsing is not thread-safe (its parse actions adapt themselves on first use): one at a time."""
_KNOWN: OrderedDict[str, tuple[str, bool]] = OrderedDict()
_KNOWN_LOCK = threading.Lock()
REMEMBERED = 512
"""How many texts `inspect` remembers (the most recently used), each of at most 16 KiB:
parsing takes 10 ms for a short query and up to 0.6 s for the longest catalogue query."""


def remembered(sparql: str) -> tuple[str, bool] | None:
    """What `inspect` said of this text, if it is remembered."""
    with _KNOWN_LOCK:
        known = _KNOWN.get(sparql)
        if known is not None:
            _KNOWN.move_to_end(sparql)
        return known


def remember(sparql: str, known: tuple[str, bool]) -> None:
    """Remember what `inspect` said of a text (one of at most 16 KiB)."""
    if len(sparql) > 16 * 2**10:
        return
    with _KNOWN_LOCK:
        _KNOWN[sparql] = known
        _KNOWN.move_to_end(sparql)
        while len(_KNOWN) > REMEMBERED:
            _KNOWN.popitem(last=False)


def _parse(sparql: str) -> tuple[str, bool]:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(sparql)
    except ParseBaseException as exc:
        try:
            update = parseUpdate(sparql)
        except (ParseBaseException, RecursionError):
            raise SparqlSyntaxError(
                f"SPARQL syntax error at {exc.lineno}:{exc.col} (line {exc.lineno}, column "
                f"{exc.col}): {exc.msg}"
            ) from None
        return "UPDATE", _calls_service(update) or uses_service(sparql)
    except RecursionError:
        raise TooDeep("the query nests too deeply for the parser; flatten it") from None
    form = parsed[1].name.removesuffix("Query").upper()
    try:
        algebra: object = translateQuery(parsed).algebra
    except Exception:  # rdflib's algebra refuses some valid queries: then read the parse tree
        algebra = parsed
    # the lexical check too: a second net should rdflib ever read SERVICE where an engine doesn't
    return form, _calls_service(algebra) or _calls_service(parsed) or uses_service(sparql)


def _calls_service(tree: object) -> bool:
    """Whether a parse tree or algebra from rdflib holds a ServiceGraphPattern anywhere."""
    from rdflib.plugins.sparql.parserutils import CompValue

    seen: set[int] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if id(node) in seen or isinstance(node, str | bytes | int | float):
            continue
        seen.add(id(node))
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            stack.extend(node.values())
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list | tuple | set | frozenset) or hasattr(node, "asList"):
            stack.extend(cast("Iterable[object]", node))
    return False
