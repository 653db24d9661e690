"""SPARQL text as tokens: strings, IRIs and comments are single tokens, so the brackets and
keywords inside them never count. `kg.sparql.text` reads queries with it, `kg.shacl` the
queries of SPARQL constraints.

>>> [t.text for t in significant(tokens('SELECT ?x { ?x ?p "}" } # {'))]
['SELECT', '?x', '{', '?x', '?p', '"}"', '}']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Token", "significant", "tokens"]

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


def significant(toks: Iterable[Token]) -> list[Token]:
    """The tokens without whitespace and comments."""
    return [t for t in toks if t.kind not in ("space", "comment")]
