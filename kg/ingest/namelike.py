"""Whether words are an organisation's name: a kind's word, a brand's capitals, capitalised
words with the small words names hold ("Stichting Zorg op het Eiland"), and not a title in
sentence case ("Wool and market").

>>> org_like("gemeente Enschede"), org_like("21st partner of the Coalitie X")
(True, False)
"""

from __future__ import annotations

import re

from kg.ingest.words import FOREIGN_SMALL, NAME_KINDS, ORG_HEADS, org_head

__all__ = ["KINDS", "NAME_LINKS", "kind_named", "org_like", "titled"]

KINDS = NAME_KINDS | {"municipality": "Gemeente"}
"""Lowercase kinds that become part of the name they precede ("de gemeente Ede")."""

NAME_LINKS = frozenset(
    {"van", "voor", "de", "der", "den", "het", "en", "of", "the", "and", "&", "'t", "’t", "aan"}
    | {"op"}  # "Stichting Wonen op het Zand", "Bergen op Zoom"
    | FOREIGN_SMALL  # "Stichting Thuis yn Drylts"
)
_ORG_WORD = re.compile(r"[A-ZÀ-Þ][\w'’&+.\-]*")


def org_like(name: str) -> bool:
    words = name.split()
    if words and all(word.startswith("#") for word in words):
        return False  # "#MeetThePartners #Klazienaveen": a post's hashtags
    lower = [
        i
        for i, word in enumerate(words)
        if word.islower() and word not in NAME_LINKS | KINDS.keys()
    ]  # "gemeente Enschede" is a name
    if lower and lower != [len(words) - 1]:
        return False  # "21st partner of the Coalitie X": words of a sentence, not a name
    if any(word.lower() in ORG_HEADS or word.lower() in KINDS for word in words):
        return True
    capitals = [word for word in words if _ORG_WORD.fullmatch(word)]
    camel = any(any(c.isupper() for c in word[1:]) for word in words)
    return len(capitals) >= 2 or camel


def kind_named(name: str) -> bool:
    """Whether a name says it is an organisation's: a word of its kind ("Stichting", "Wonen",
    "Bibliotheek..."), or a brand's capitals inside a word ("DigiHulp", "PC-club"); not a
    person's ("Anna de Vries", "Jan Willem Bos").

    >>> kind_named("ByteSisters Twente"), kind_named("Jan Willem Bos")
    (True, False)
    """
    return any(org_head(word) or any(c.isupper() for c in word[1:]) for word in name.split())


def titled(words: list[str]) -> bool:
    """A title in sentence case ("Wool and market", "Going digital, together"): it ends on a
    common word before any comma, bracket or dash, and no word is of a kind or a brand's."""
    head = re.split(r"\s*[(,;:]|\s[–—-]\s", " ".join(words))[0].split()
    last = head[-1] if len(head) > 1 else ""
    common = last.islower() and last not in NAME_LINKS | KINDS.keys()
    return common and not kind_named(" ".join(head))
