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
