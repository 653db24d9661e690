"""Who "we" are where the text says it in a sentence: "Daarom hebben wij, Apotheek X, onze
handtekening gezet", "zijn wij, Wijkvereniging Y, er ook bij", "we, the Z Cricket Club, ...".

A text whose head names no publisher may still name itself: the name set off by commas after
"wij" or "we" is the one who speaks. It is the publisher of last resort (`masthead.publisher`,
after its head and its signature), for the sentences in which "we" join or are a partner.

>>> self_named("Daarom hebben wij, Apotheek Damsterdiep, het convenant getekend.")
'Apotheek Damsterdiep'
>>> self_named("Vandaag zijn wij, Kapsalon Knip B.V., partner geworden.")
'Kapsalon Knip B.V.'
>>> self_named("Wij, Jan en Anna de Boer, zijn er blij mee.") is None
True
"""

from __future__ import annotations

import re

from kg.ingest.gazetteer import bare_place
from kg.ingest.given import person_like
from kg.ingest.lines import org_like

__all__ = ["WE_NAMED", "self_named"]

WE_NAMED = re.compile(
    r"\b(?P<we>[Ww]ij|[Ww]e),\s+(?:(?:de|het|the) )?(?P<name>[A-Z0-9'’][^,;:!?()\"“”]{2,80}?),\s*"
)
"""A name between commas after "wij" or "we": who "we" are."""


_ON_BEHALF = re.compile(
    r"\b(?:I|[Ii]k|[Ww]e|[Ww]ij)\b[^.!?]{0,80}?\b(?:on behalf of|namens) (?:de |het |the )?"
    r"(?P<name>[A-Z0-9'’][^,;:.!?()\"“”]{2,80}?)(?=[,;:.!?]|$| (?:with|met|in|at|op|te)\b)"
)
"""Whom the writer signs or speaks for: "I had the honour of signing ... on behalf of X"."""


def self_named(text: str) -> str | None:
    """The first organisation the text names between commas after "wij" or "we", or that the
    writer signs for ("on behalf of X", "namens X"), or None.

    >>> self_named("I had the honour of signing the agreement on behalf of Sankofa Foundation.")
    'Sankofa Foundation'
    """
    for match in [*WE_NAMED.finditer(text), *_ON_BEHALF.finditer(text)]:
        name = match["name"].strip()
        people = any(map(person_like, re.split(r" (?:en|and|&) ", name)))  # "Jan en Anna de Boer"
        if org_like(name) and not people and bare_place(name) is None:
            return name
    return None
