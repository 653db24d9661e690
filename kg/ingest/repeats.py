"""Names the member lists read twice over, to be kept once: the half of a name the main list kept
whole, a one-word name said short for a member or for the coalition, the start of a longer name.
"""

from __future__ import annotations

import re

from kg.ingest.items import without_article
from kg.ingest.lexicon import lookup
from kg.ingest.reading import Reader
from kg.ingest.results import Fact

__all__ = ["half_of", "part_of", "short_of"]


def half_of(fact: Fact, main: list[Fact]) -> bool:
    """Whether a name read again in a sentence of the main list is a half of a name that list
    kept whole ("Vereniging Zorg" of its "Vereniging Zorg en Welzijn Zeeuws-Vlaanderen")."""
    same = [f.value for f in main if f.evidence.sentence == fact.evidence.sentence]
    half = re.escape(fact.value)
    whole = rf"^{half} (?:en|and|&) \S| (?:en|and|&) {half}$"
    longer = [value for value in same if fact.value in value and value != fact.value]
    return any(re.search(whole, value) for value in longer)


def short_of(fact: Fact, facts: list[Fact], reader: Reader, coalitions: frozenset[str]) -> bool:
    """Whether a one-word name not in the lexicon opens another member's name ("Het Klikpunt
    is partner" beside the list's "Het Klikpunt Drechtsteden"): the same member, said short; or
    ends the coalition's name, after an article or where the sentence writes that name ("Het
    Verbond organiseert ..." of "Walchers Digitaal Verbond")."""
    short = without_article(fact.value)
    if " " in short or lookup(reader.lexicon.organisations, fact.value):
        return False
    said = fact.evidence.sentence
    the = re.search(rf"\b(?:[Dd]e|[Hh]et|[Tt]he) {re.escape(short)}\b", said)
    return any(without_article(f.value).startswith(f"{short} ") for f in facts) or any(
        name.endswith(f" {short}") and (the or name in said) for name in coalitions
    )  # "Digitaal Doen Noord-Groningen: wij doen mee!"; not "Drenthe" alone in a list, asked


def part_of(name: str, others: list[str]) -> bool:
    """Whether `name` is the start of one of `others` ("Thuis" of "Thuis op 't Eiland")."""
    return any(other.startswith(name + " ") for other in others)
