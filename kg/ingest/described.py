"""What an item of a list cut by semicolons says its names are, before them: "the two
councils, A and B", "a home-care crowd called X", "the Luttenberg seniors' club Y".

>>> described_first("the two councils, Gemeente Raalte and Gemeente Olst-Wijhe")
'Gemeente Raalte; Gemeente Olst-Wijhe'
>>> described_first("a home-care crowd called Thuiszorg De Vechtstroom")
'Thuiszorg De Vechtstroom'
"""

from __future__ import annotations

import re

__all__ = ["described_first"]

_DESCRIBED_FIRST = re.compile(
    r"^\s*(?:(?:and|en)\s+)?(?:the|a|an|de|het|een)\s+(?:[a-z][\w'’-]*\s+){0,5}?[a-z][\w'’-]*"
    r"(?:,\s+|\s+(?:called|named|genaamd)\s+)(?=[A-Z])"
)  # an item that says what its names are first: "the two councils, A and B", "a home-care
# crowd called X"


def described_first(item: str) -> str:
    """An item of a semicolon list without what it says its names are first; several names cut
    by "; " where that says they are more than one ("the two councils, A and B": "A; B")."""
    said = _DESCRIBED_FIRST.match(item)
    if said is None:
        return item
    rest = _PLACE_KIND.sub("", item[said.end() :])
    several = re.search(
        r"\b(?:two|three|four|couple|both|twee|drie|vier|beide|[a-z]+(?<!s)s|\w+en),?\s", said[0]
    )
    if not several:
        return rest
    return _PLACE_KIND.sub(
        "", re.sub(r",\s+|\s+(?:and|en)\s+(?:the\s+|de\s+|het\s+)?", "; ", rest)
    )  # "A and the Luttenberg seniors' club Zilver & Zo": "A; Zilver & Zo"


_PLACE_KIND = re.compile(
    r"(?:^|(?<=; ))[A-Z][\w-]+ (?:[a-z][\w'’-]* ){0,2}(?:club|group|foundation|association"
    r"|society|collective|team|library|school|centre|center) (?=[A-Z])"
)  # "the Luttenberg seniors' club Zilver & Zo": where and what, before the name
