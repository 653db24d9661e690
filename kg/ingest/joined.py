"""What the join phrases read: who joins (`Joined`), and all a text's joins, leaves and renames
(`JoinReading`); `distinct` keeps one join per organisation."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.ingest.names import Name
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import same_joiner

__all__ = ["JoinReading", "Joined", "distinct", "in_headline"]


@dataclass(frozen=True)
class Joined:
    """One organisation that joins: name, its stated order, whether it joins later."""

    name: Name
    sentence: Sentence
    order: int | None
    order_sentence: Sentence | None
    future: bool
    opened_by: Sentence | None = None  # the sentence a bulleted joiner's list ends with ":"


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
        if in_headline(kept[twin].sentence) and not in_headline(join.sentence):
            kept[twin] = replace(kept[twin], sentence=join.sentence)  # the body's, with its date
        if kept[twin].order is None and join.order is not None:
            kept[twin] = replace(kept[twin], order=join.order, order_sentence=join.order_sentence)
    return kept


def in_headline(sentence: Sentence) -> bool:
    """Whether a sentence is a headline's (or a line's): no stop at its end."""
    return not sentence.text.rstrip().endswith((".", "!", "?", ":"))
