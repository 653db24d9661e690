"""What the reader tests share: reading a text with the built-in lexicon only (a release about a
coalition nobody here knows), and the members it is sure enough to put in the graph."""

from __future__ import annotations

from collections.abc import Callable

from kg.ingest.confidence import certain
from kg.ingest.extract import Extraction, Lexicon, extract_text


def reader(source: str) -> Callable[[str], Extraction]:
    """A function that reads a text as the release `source`."""
    return lambda text: extract_text(text, source, Lexicon.builtin())


def members(found: Extraction) -> set[str]:
    """The partners certain enough for the graph (the others are review questions)."""
    return {fact.value for fact in found.partners if certain(fact)}


def joiners(found: Extraction) -> set[str]:
    """The organisations certain enough to have joined now (not those that will join later)."""
    return {join.org.value for join in found.joins if not join.future and certain(join.org)}


def sure(text: str) -> set[str]:
    """The members the reader is sure enough of to write to the graph, joiners included, of a
    text read as a release nobody here knows."""
    found = reader("x")(text)
    return members(found) | joiners(found)
