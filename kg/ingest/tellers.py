"""Who tells what the reader is told: a coordinator, a spokesperson, "zegt". `NOT_MEMBERS`
reads their words as those of people who are no partners, but the names they tell of can still
be members ("Who else is in it? I asked the coordinator and wrote it down: A, B and C")."""

from __future__ import annotations

import re

from kg.ingest.words import NOT_MEMBERS

__all__ = ["TOLD", "only_told"]

TOLD = re.compile(
    r"(?i)co[öo]rdinator|woordvoerder|spokesperson|said|says|zegt|zei|aldus|vertel(?:t|de)"
)
"""Who tells what `NOT_MEMBERS` also reads: the names told of can still be members."""


def only_told(text: str) -> bool:
    """Whether every word of `NOT_MEMBERS` in a text is one of who tells it (`TOLD`).

    >>> only_told("I asked the coordinator:"), only_told("Funded by:")
    (True, False)
    """
    return all(TOLD.fullmatch(found[0]) for found in NOT_MEMBERS.finditer(text))
