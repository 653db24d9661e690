"""Read a coalition's goal from a sentence: the aim clause, its target year and regions.

>>> read_goal("Het doel is om Drenthe in 2030 tot de meest digitale provincie te maken.")
('Drenthe in 2030 tot de meest digitale provincie te maken', 2030, [('Drenthe', 'province')])
>>> read_goal("De coalitie wil Ljouwert in 2028 digitaal vaardig maken.")[2]
[('Ljouwert', 'city')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.ingest.gazetteer import place, places_in, residents_of
from kg.ingest.results import Evidence, Goal
from kg.ingest.rules import COUNTRIES, GOAL_RULES, PLACE_KINDS, REGION_RULES
from kg.ingest.sentences import Sentence

__all__ = ["find_goal", "read_goal"]


def read_goal(sentence: str) -> tuple[str, int | None, list[tuple[str, str]]] | None:
    """The goal a sentence states, by the first `GOAL_RULES` match in it.

    Args:
        sentence: One sentence.

    Returns:
        (aim, target year, regions) with regions as (place as written, kind), kind in
        {"city", "province", "country", "region"}; None if no goal rule matches.
    """
    matches = [m for rule in GOAL_RULES.possible(sentence) if (m := rule.pattern.search(sentence))]
    if not matches:
        return None
    first = min(matches, key=lambda m: m.start())
    aim = _aim_clause(first.group("aim"))
    return aim, _year(aim, sentence), _regions(aim)


def _aim_clause(rest: str) -> str:
    """The aim up to its "te <verb>" before punctuation, else up to ";" or the sentence end."""
    match = re.search(r"^.*?\bte \w+(?=[,;.!?]|$)", rest)
    if match:
        return match.group()
    return rest.split(";")[0].rstrip(" .!?")


def _year(aim: str, sentence: str) -> int | None:
    """The target year: the last (latest) year of the aim ("in 2026 de helft en in 2030 allen")."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", aim)]
    said = re.findall(r"\b(?:in|voor|vóór|uiterlijk|tegen|by) ((?:19|20)\d{2})\b", sentence)
    if years:  # "het college wil in 2030 ... halveren t.o.v. de nulmeting uit 2024": 2030
        return max(years + [int(y) for y in said])
    match = re.search(r"\b(?:in|voor|vóór|uiterlijk|tegen|eind|per) ((?:19|20)\d{2})\b", sentence)
    return int(match.group(match.lastindex or 0)) if match else None


def _regions(aim: str) -> list[tuple[str, str]]:
    """The places of the aim by `REGION_RULES`; where none of the main rules matches, the
    places after a preposition, every place the gazetteer knows and the municipalities whose
    residents it names ("alle Apeldoorners"), in text order; these get their kind from the
    gazetteer where it is unambiguous (a kind the text states, "regio", is kept)."""
    regions: list[tuple[str, str]] = []
    *main, fallback = REGION_RULES
    for rule in main:
        for match in rule.pattern.finditer(aim):
            regions.extend(_places(match.group("places"), match.group("kinds")))
    if not regions:
        found = [
            (match.start("places"), name, kind)
            for match in fallback.pattern.finditer(aim)
            for name, kind in _places(match.group("places"), None)
        ]
        taken = {name for _, name, _ in found}
        known = places_in(aim) + residents_of(aim)
        found += [(start, name, "region") for start, _, name in known if name not in taken]
        found.sort(key=lambda item: item[0])
        regions = [_kind(name, kind) for _, name, kind in found]
    return list(dict.fromkeys(regions))


def _kind(name: str, kind: str) -> tuple[str, str]:
    known = place(name) if kind == "region" else None
    return (name, known.kind) if known else (name, kind)


def _places(places: str, kinds: str | None) -> list[tuple[str, str]]:
    names = re.split(r", | en ", places)
    if kinds is None:
        return [(name, "country" if name.lower() in COUNTRIES else "region") for name in names]
    codes = [PLACE_KINDS[word] for word in re.split(r", | en | of ", kinds)]
    return [(name, code) for name in names for code in codes]


def find_goal(
    sentences: list[Sentence], evidence: Callable[[Sentence], Evidence]
) -> tuple[Goal | None, list[str]]:
    """The first goal the sentences state with a target year (else the first without one),
    and a warning if its aim names several years."""
    goals = [(s, found) for s in sentences if (found := read_goal(s.text))]
    dated = [goal for goal in goals if goal[1][1] is not None]
    for sentence, found in (dated or goals)[:1]:
        if found:
            aim, year, regions = found
            years = sorted(set(re.findall(r"\b(?:19|20)\d{2}\b", aim)))
            warnings = []
            if len(years) > 1:
                warnings.append(
                    f"the goal names the years {', '.join(years)}; read {year} as its target: "
                    f"{sentence.text!r}"
                )
            return Goal(aim, year, regions, evidence(sentence)), warnings
    return None, []
