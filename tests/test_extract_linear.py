"""Reading stays linear in the length of a release, with or without sentence ends (issue 18.8)."""

from __future__ import annotations

import random
import time

from kg.ingest.extract import extract_text
from kg.ingest.sentences import MAX_SENTENCE, split_sentences

WORDS = [
    "de",
    "coalitie",
    "Digitaal",
    "Noord",
    "sluit",
    "partners",
    "Gemeente",
    "Assen",
    "en",
    "Alfa",
    "College",
    "o.a.",
    "zich",
    "aan",
    "bij",
    "het",
    "doel",
    "om",
    "in",
    "2030",
    "Drenthe",
    "tot",
    "de",
    "meest",
    "digitale",
    "provincie",
    "te",
    "maken",
    "waaronder",
    "treedt",
    "toe",
    "tot",
    "RUG,",
    "UMCG;",
    "Stichting",
    "Kunst",
    "en",
    "Cultuur",
    "verwelkomt",
]


def _text(size: int) -> str:
    """A release of about `size` characters with no full stop and no line break."""
    rng = random.Random(size)
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def _seconds(text: str) -> float:
    start = time.perf_counter()
    extract_text(text, "long")
    return time.perf_counter() - start


def test_a_sentence_longer_than_the_cap_is_cut_with_a_warning() -> None:
    text = _text(5 * MAX_SENTENCE)
    spans = split_sentences(text)
    assert len(spans) >= 5
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert all(text[end] == " " for _, end in spans[:-1])  # cut at white space, not in a word
    warnings = extract_text(text, "long").warnings
    assert any(f"longer than {MAX_SENTENCE} characters" in w for w in warnings)


def test_five_megabytes_without_sentence_ends_in_under_ten_seconds_and_linear() -> None:
    small = _seconds(_text(500_000))
    large = _seconds(_text(5_000_000))
    assert large < 10
    assert large < 10 * small * 2.5  # ten times the text: at most ~ten times the time, loosely
