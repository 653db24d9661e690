"""Talk to remote SPARQL services: the `RemoteEngine` for queries, and the HTTP plumbing that
`kg publish` shares with it (clear errors for unreachable servers, refused credentials and HTTP
errors with the server's own message).

Parameters are never pasted into a query's text: they become `VALUES` blocks at the start of the
query's WHERE group and of every group inside it, with each value written in N-Triples syntax
after it was checked by `kg.catalogue.bind` (and checked again here).

A `RemoteEngine` with a graph queries a dlkg publication: the union graph as the default graph and
the per-source graphs it lists as the named graphs, so remote answers match local ones."""

from __future__ import annotations

import getpass
import html
import json
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.sparql.engine import Result

if TYPE_CHECKING:
    import httpx
    from rdflib.term import Identifier

__all__ = [
    "PROV_ENTITY",
    "RemoteEngine",
    "RemoteError",
    "check_iri",
    "insert_values",
    "nt_term",
    "query_form",
    "send",
    "server_message",
    "tokens",
]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SELECT_ACCEPT = "application/sparql-results+json, application/json;q=0.8"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_RDF_FORMATS = {
    "application/n-triples": "nt",
    "text/plain": "nt",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}


class RemoteError(InputError):
    """A remote SPARQL service failed: unreachable, refused, or answered an HTTP error.

    `status` is the HTTP status code when the server answered, else None."""

    def __init__(self, problem: str, status: int | None = None):
        super().__init__(problem)
        self.status = status


# --- Checking values that go into SPARQL text ----------------------------------------------------

_IRIREF = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*")
_LANG = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*")
_VARNAME = re.compile(r"[A-Za-z_0-9][A-Za-z_0-9]*")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def check_iri(iri: str, what: str = "IRI") -> str:
    """An absolute IRI that can be written as `<iri>` in SPARQL and N-Triples, else InputError."""
    if not _IRIREF.fullmatch(iri):
        raise InputError(
            f'{what} must be an absolute IRI without spaces or any of <>"{{}}|^`\\, not {iri!r}'
        )
    return iri


def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(c, c if c >= " " else f"\\u{ord(c):04X}") for c in text)


def nt_term(term: Identifier) -> str:
    """A term in N-Triples syntax, safe to put into a query: IRIs checked, strings escaped.

    >>> from rdflib import Literal, URIRef
    >>> nt_term(Literal('say "hi" }'))
    '"say \\\\"hi\\\\" }"'
    >>> nt_term(URIRef("https://w3id.org/dlkg/organisation/umcg"))
    '<https://w3id.org/dlkg/organisation/umcg>'
    """
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return f"<{check_iri(str(term))}>"
    if isinstance(term, Literal):
        text = f'"{_escape(str(term))}"'
        if term.language:
            if not _LANG.fullmatch(term.language):
                raise InputError(f"not a language tag: {term.language!r}")
            return f"{text}@{term.language}"
        if term.datatype and str(term.datatype) != XSD_STRING:
            return f"{text}^^<{check_iri(str(term.datatype), 'a datatype')}>"
        return text
    if isinstance(term, BNode):
        raise InputError("a blank node cannot be bound as a parameter of a remote query")
    raise InputError(f"cannot bind {term!r} as a parameter")


# --- A small SPARQL tokenizer: enough to find the outermost WHERE group ---------------------------

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
    values = " ".join(nt_term(bindings[name]) for name in names)
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


# --- HTTP ----------------------------------------------------------------------------------------

_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def server_message(response: httpx.Response, limit: int = 800) -> str:
    """The server's explanation in a response body, as one line of plain text."""
    try:
        text = response.text
    except Exception:  # an undecodable or unread body
        return ""
    if "html" in response.headers.get("content-type", "") or text.lstrip().startswith("<"):
        text = html.unescape(_TAGS.sub(" ", text))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + " …"


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return (text.rsplit("] ", 1)[-1] if text.startswith("[") else text).rstrip(".")


def send(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    what: str,
    user: str | None = None,
    expect: Iterable[int] = (),
    **kwargs: Any,
) -> httpx.Response:
    """One HTTP request with errors a person can act on.

    Network failures, refused credentials and any HTTP error status not in `expect` raise
    RemoteError; the message names the request (`what`), the URL and the server's own words."""
    import httpx

    endpoint = url.split("?", 1)[0]  # its query string holds our own parameters
    try:
        response = client.request(method, url, **kwargs)
    except httpx.ConnectTimeout:
        raise RemoteError(
            f"{what}: cannot reach {endpoint}: the connection timed out "
            "(is the host right, and is a firewall in the way?)"
        ) from None
    except httpx.ConnectError as exc:
        raise RemoteError(
            f"{what}: cannot reach {endpoint}: {_reason(exc)} "
            "(is the server running, and are the host and port right?)"
        ) from None
    except httpx.TimeoutException:
        raise RemoteError(f"{what}: {endpoint} did not answer in time") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise InputError(f"not a usable http(s) URL: {url!r} ({exc})") from None
    except httpx.TransportError as exc:
        raise RemoteError(
            f"{what}: the connection to {endpoint} broke: {_reason(exc)} "
            "(did the server stop or restart?)"
        ) from None
    if response.is_success or response.status_code in expect:
        return response
    response.read()
    message = server_message(response)
    said = f": {message}" if message else ""
    status = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
    if response.status_code == 401:
        if user:
            problem = f"the server refused the credentials of user {user!r} ({status}{said})"
        else:
            problem = (
                f"the server asks for a user name and password ({status}{said}); give "
                "--user NAME, and the password in $DLKG_PASSWORD or at the prompt"
            )
        raise RemoteError(f"{what} at {endpoint}: {problem}", response.status_code)
    if response.status_code == 403:
        who = f"user {user!r}" if user else "an anonymous user"
        raise RemoteError(
            f"{what} at {endpoint}: forbidden for {who} ({status}{said})", response.status_code
        )
    if response.is_redirect:
        where = response.headers.get("location", "?")
        raise RemoteError(
            f"{what}: {endpoint} redirects to {where} ({status}); use that URL",
            response.status_code,
        )
    raise RemoteError(f"{what}: {status} from {endpoint}{said}", response.status_code)


def password(user: str) -> str:
    """The password from $DLKG_PASSWORD, else a prompt; never from the command line."""
    value = os.environ.get("DLKG_PASSWORD")
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise InputError(
            f"no password for {user!r}: set DLKG_PASSWORD (a password is never "
            "read from the command line)"
        )
    return getpass.getpass(f"password for {user}: ")


def auth_for(user: str | None, scheme: str = "basic") -> httpx.Auth | None:
    """HTTP basic or digest authentication for a user, or None without one."""
    import httpx

    if not user:
        return None
    secret = password(user)
    if scheme == "digest":
        return httpx.DigestAuth(user, secret)
    if scheme == "basic":
        return httpx.BasicAuth(user, secret)
    raise InputError(f"unknown authentication {scheme!r} (known: basic, digest)")


def make_client(auth: httpx.Auth | None = None, timeout: float = 60.0) -> httpx.Client:
    import httpx

    return httpx.Client(
        auth=auth, timeout=httpx.Timeout(timeout, connect=10.0), headers={"User-Agent": "dlkg/0.1"}
    )


# --- Parsing answers -----------------------------------------------------------------------------


def _json_term(value: Mapping[str, str]) -> Identifier:
    from rdflib import BNode, Literal, URIRef

    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang") or value.get("lang")
        if lang:
            return Literal(value["value"], lang=lang)
        datatype = value.get("datatype")
        if datatype and datatype not in (XSD_STRING, RDF_LANGSTRING):
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    raise ValueError(f"unknown term type {kind!r}")


def _plain(term: Identifier) -> Identifier:
    """A literal typed xsd:string as a plain literal, as the local engines give it."""
    from rdflib import Literal

    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == XSD_STRING:
        return Literal(str(term))
    return term


def parse_solutions(response: httpx.Response) -> Result:
    """SPARQL 1.1 JSON results (SELECT or ASK) as a Result of rdflib terms."""
    try:
        document = json.loads(response.content)
        if "boolean" in document:
            return Result("ask", boolean=bool(document["boolean"]))
        variables = list(document["head"].get("vars", []))
        rows = [
            tuple(_json_term(b[v]) if v in b else None for v in variables)
            for b in document["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        kind = response.headers.get("content-type", "no content type")
        raise RemoteError(
            f"the endpoint answered something other than SPARQL JSON results "
            f"({kind}: {exc}): {server_message(response, 200)}"
        ) from None
    return Result("select", variables, rows)


def parse_graph(response: httpx.Response) -> Result:
    """An RDF answer (CONSTRUCT or DESCRIBE) as a Result of rdflib triples."""
    import rdflib

    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    fmt = _RDF_FORMATS.get(kind)
    if fmt is None:
        raise RemoteError(
            f"the endpoint answered {kind or 'no content type'}, not RDF: "
            f"{server_message(response, 200)}"
        )
    graph = rdflib.Graph()
    try:
        graph.parse(data=response.content, format=fmt)
    except Exception as exc:  # rdflib raises parser-specific types
        raise RemoteError(f"cannot parse the endpoint's {kind} answer: {exc}") from None
    triples = [(s, p, _plain(o)) for s, p, o in graph]  # type: ignore[arg-type]
    return Result("graph", triples=triples)  # type: ignore[arg-type]


# --- The engine ----------------------------------------------------------------------------------


PROV_ENTITY = "http://www.w3.org/ns/prov#Entity"
SOURCES_QUERY = f"SELECT DISTINCT ?doc WHERE {{ ?doc a <{PROV_ENTITY}> FILTER(isIRI(?doc)) }}"
"""The source documents a published union graph lists: the names of its per-source graphs."""


class RemoteEngine:
    """A remote SPARQL 1.1 endpoint: POST the query, read JSON results or N-Triples/Turtle.

    With `graph`, queries run on the dataset a dlkg publication makes (`kg publish`): the
    published union graph as the default graph (`default-graph-uri=<graph>`), and the graph of
    every source document the union lists (`?doc a prov:Entity`) as a named graph
    (`named-graph-uri=<doc>`, one parameter each), so `GRAPH ?source { ... }` finds the
    per-source graphs as it does locally. The sources are asked for once per engine, with the
    union as the only graph, and kept. With named graphs the request is a form POST: hundreds of
    `named-graph-uri` parameters do not fit in a URL (Oxigraph refuses headers over 8 kB).

    Without `graph` no dataset parameters are sent: the query sees the store's own dataset.
    """

    name = "remote"

    def __init__(
        self,
        endpoint: str,
        graph: str | None = None,
        *,
        auth: httpx.Auth | None = None,
        user: str | None = None,
        timeout: float = 60.0,
        form: bool = False,
        client: httpx.Client | None = None,
    ):
        if not re.match(r"https?://[^\s/]+", endpoint or ""):
            raise InputError(f"--endpoint must be an http(s) URL, not {endpoint!r}")
        self.endpoint = endpoint
        self.graph = check_iri(graph, "--graph") if graph else None
        self.form = form
        self._client = client or make_client(auth, timeout)
        self._user = user
        self._sources: list[str] | None = None

    def close(self) -> None:
        self._client.close()

    def sources(self) -> list[str]:
        """The source documents the published union graph lists, sorted; asked for once.

        These are the named graphs of the dataset; none without `graph`."""
        if self.graph is None:
            return []
        if self._sources is None:
            from rdflib import URIRef

            result = parse_solutions(self._post(SOURCES_QUERY, SELECT_ACCEPT, named=[]))
            self._sources = sorted(
                {str(row[0]) for row in result.rows if row and isinstance(row[0], URIRef)}
            )
        return self._sources

    def _post(self, sparql: str, accept: str, named: list[str] | None = None) -> httpx.Response:
        what = "remote query"
        params: dict[str, str | list[str]] = {}
        if self.graph:
            params["default-graph-uri"] = self.graph
            named = self.sources() if named is None else named
            if named:
                params["named-graph-uri"] = named
        headers = {"Accept": accept}
        if not self.form and "named-graph-uri" not in params:
            try:
                return send(
                    self._client,
                    "POST",
                    self.endpoint,
                    what=what,
                    user=self._user,
                    params=params,
                    content=sparql.encode("utf-8"),
                    headers={**headers, "Content-Type": "application/sparql-query; charset=utf-8"},
                )
            except RemoteError as exc:
                if exc.status != 415:
                    raise
                self.form = True  # the endpoint takes only form-encoded queries
        return send(
            self._client,
            "POST",
            self.endpoint,
            what=what,
            user=self._user,
            data={"query": sparql, **params},
            headers=headers,
        )

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a query with `bindings` fixed by a VALUES block; never pasted into the text."""
        form = query_form(sparql)
        text = insert_values(sparql, bindings)
        if form in ("SELECT", "ASK"):
            return parse_solutions(self._post(text, SELECT_ACCEPT))
        return parse_graph(self._post(text, GRAPH_ACCEPT))
