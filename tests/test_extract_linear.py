"""Reading stays linear in the length of a release, with or without sentence ends (issue 18.8)."""

from __future__ import annotations

import random
import time
from functools import cache

from kg.ingest.extract import extract_text
from kg.ingest.sentences import MAX_SENTENCE, MAX_TEXT, split_sentences

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


@cache
def _capped() -> float:
    """The time to read a text as long as the cap, once per run."""
    return _seconds(_text(MAX_TEXT))


def test_reading_is_linear_up_to_the_text_cap() -> None:
    small = _seconds(_text(MAX_TEXT // 8))
    assert _capped() < 8 * small * 2.5  # eight times the text: at most ~eight times the time


def test_five_megabytes_without_sentence_ends_cost_no_more_than_the_cap_with_a_warning() -> None:
    """A text far over the cap is cut to it: read in about the time of the cap's length (a
    ratio in the same run, not seconds, which depend on the machine)."""
    text = _text(5_000_000)
    start = time.perf_counter()
    warnings = extract_text(text, "long").warnings
    assert time.perf_counter() - start < 1.5 * _capped()
    assert any(f"only the first {MAX_TEXT} were read" in w for w in warnings)


def test_a_chain_of_names_joined_by_and_is_read_in_linear_time() -> None:
    """Twenty names joined by " en " were tried cut every way by the member-list rows (seconds
    for one sentence); now about four times the time of five names (a ratio in the same run)."""

    def chain(names: int) -> str:
        listed = " en ".join(f"Bibliotheek Plaats{i}" for i in range(names))
        return f"Digitaal Samen Noord groeit. {listed} horen bij de coalitie."

    small = min(_seconds(chain(5)) for _ in range(3))
    large = min(_seconds(chain(20)) for _ in range(3))
    assert large < 30 * small
