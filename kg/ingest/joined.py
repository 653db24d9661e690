"""What the join phrases read: who joins (`Joined`), and all a text's joins, leaves and renames
(`JoinReading`); `distinct` keeps one join per organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.ingest.gazetteer import bare_place
from kg.ingest.names import Name
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.subjects import same_joiner
from kg.ingest.tenses import will
from kg.ingest.words import DOTTED_END

__all__ = ["JoinReading", "Joined", "as_did", "distinct", "in_headline"]


@dataclass(frozen=True)
class Joined:
    """One organisation that joins: name, its stated order, whether it joins later."""

    name: Name
    sentence: Sentence
    order: int | None
    order_sentence: Sentence | None
    future: bool
    opened_by: Sentence | None = None  # the sentence a bulleted joiner's list ends with ":",
    # or the one that told the join a stated position concludes: where a date may be


@dataclass
class JoinReading:
    """What the join, leave and rename phrases say."""

    coalition: tuple[Name, Sentence] | None = None
    joins: list[Joined] = field(default_factory=list)
    leavers: list[tuple[Name, Sentence]] = field(default_factory=list)
    former: list[tuple[Name, Sentence]] = field(default_factory=list)
    fallback: tuple[Name, Sentence] | None = None  # "X stapt uit Y": Y, if nothing else names it


def distinct(joins: list[Joined]) -> list[Joined]:
    """The joins, one per organisation: the first of those that name the same one
    (`same_joiner`: "Stichting Katholiek en Openbaar Onderwijs Noordoost-Twente" and its
    "KOON" spelled out), with the order a later one states where the first states none, and
    the body's sentence (and so its date) where the first is a headline's."""
    kept: list[Joined] = []
    for join in joins:
        twin = next(
            (i for i, k in enumerate(kept) if same_joiner(k.name.written, join.name.written)), None
        )
        if twin is None:
            kept.append(join)
            continue
        if in_headline(kept[twin].sentence) and not (in_headline(join.sentence) or join.future):
            kept[twin] = replace(kept[twin], sentence=join.sentence)  # the body's, with its date
        if kept[twin].order is None and join.order is not None:
            kept[twin] = replace(kept[twin], order=join.order, order_sentence=join.order_sentence)
    return kept


def in_headline(sentence: Sentence) -> bool:
    """Whether a sentence is a headline's (or a line's): no stop at its end."""
    return not sentence.text.rstrip(" \"'”’)»").endswith((".", "!", "?", ":"))


_AS_DID = re.compile(
    r"\bjoined(?: [a-z]+){0,4},? "
    rf"(?:as did|and so did) (?:the )?(?P<name>[{UPPER}][\w'’&.-]*(?: (?:[{UPPER}][\w'’&.-]*|van"
    r"|de|der|voor|en|&|'t))*)(?=,|;|\.(?:\s|$)|$)"
)


def as_did(sentence: str) -> list[str]:
    """The second joiner of "X joined the coalition, as did Y, an Almere social enterprise":
    a name, not a place ("as did Dronten") nor one to come ("as did Y, which will sign ...")."""
    also = _AS_DID.search(sentence)
    rest = sentence[also.end() :] if also else ""
    if also is None or (re.match(r",\s+(?:which|who|die|dat)\b", rest) and will(rest)):
        return []
    name = also["name"] if DOTTED_END.search(also["name"]) else also["name"].rstrip(".")
    return [] if bare_place(name) else [name]
