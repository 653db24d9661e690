"""How a writer tells who takes part: who told them (a coordinator, a spokesperson, "zegt"),
whose words `NOT_MEMBERS` reads as those of people who are no partners though the names they
tell of can still be members ("Who else is in it? I asked the coordinator and wrote it down:
A, B and C"); and that they name some of the partners only ("Ik noem er een paar")."""

from __future__ import annotations

import re

from kg.ingest.words import NOT_MEMBERS

__all__ = ["SOME", "TOLD", "only_told"]

TOLD = re.compile(
    r"(?i)co[öo]rdinator|woordvoerder|spokesperson|said|says|zegt|zei|aldus|vertel(?:t|de)"
)
"""Who tells what `NOT_MEMBERS` also reads: the names told of can still be members."""

SOME = re.compile(
    r"(?i)(?:\bnot|n[’']t) (?:name|list|mention) (?:them )?all\b"
    r"|\b(?:niet (?:allemaal|alle \w+) (?:op)?noemen"
    r"|(?:noem|name|list|mention) (?:er )?(?:(?:just|only|alleen|maar) )?(?:a few|some|een paar"
    r"|enkele)|(?:know|ken) (?:er )?(?:only |alleen |maar )?(?:some|a few|een paar|enkele)"
    r"|(?:een paar|enkele) (?:wil|zal|ga) ik (?:\w+ )?(?:noemen|uitlichten)"
    r"|niet (?:allemaal|alle \w+) (?:onthouden|uit mijn hoofd)|(?:remember|recall) (?:them )?all)\b"
)
"""The writer names some of the partners, not all ("I won't list all twelve", "Ik noem er een
paar")."""


def only_told(text: str) -> bool:
    """Whether every word of `NOT_MEMBERS` in a text is one of who tells it (`TOLD`).

    >>> only_told("I asked the coordinator:"), only_told("Funded by:")
    (True, False)
    """
    return all(TOLD.fullmatch(found[0]) for found in NOT_MEMBERS.finditer(text))
