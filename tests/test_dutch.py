"""Dutch number words: examples for each spelling rule, and round trips for 1..100 (and 1..999)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.ingest.dutch import MAX_WORD, cardinal, cardinal_word, ordinal, ordinal_word

CARDINALS = [
    ("een", 1),
    ("één", 1),
    ("Eén", 1),
    ("twee", 2),
    ("zeventien", 17),
    ("achttien", 18),
    ("twintig", 20),
    ("eenentwintig", 21),
    ("tweeëntwintig", 22),
    ("tweeentwintig", 22),
    ("drieëntwintig", 23),
    ("achtentwintig", 28),
    ("negenennegentig", 99),
    ("honderd", 100),
    ("honderdeen", 101),
    ("honderd een", 101),
    ("tweehonderdvijftig", 250),
    ("  Zeventien ", 17),
    ("17", 17),
    ("0", 0),
    ("250", 250),
]

ORDINALS = [
    ("eerste", 1),
    ("tweede", 2),
    ("derde", 3),
    ("vierde", 4),
    ("achtste", 8),
    ("tiende", 10),
    ("elfde", 11),
    ("achttiende", 18),
    ("twintigste", 20),
    ("eenentwintigste", 21),
    ("tweeëntwintigste", 22),
    ("tweeentwintigste", 22),
    ("Achttiende", 18),
    ("honderdste", 100),
    ("honderdeerste", 101),
    ("18e", 18),
    ("18de", 18),
    ("18ste", 18),
    ("1ste", 1),
    ("1e", 1),
    ("2de", 2),
    ("21ste", 21),
    ("101e", 101),
]


@pytest.mark.parametrize(("text", "number"), CARDINALS, ids=[t for t, _ in CARDINALS])
def test_cardinal_examples(text: str, number: int) -> None:
    assert cardinal(text) == number


@pytest.mark.parametrize(("text", "number"), ORDINALS, ids=[t for t, _ in ORDINALS])
def test_ordinal_examples(text: str, number: int) -> None:
    assert ordinal(text) == number


@pytest.mark.parametrize(
    "text", ["", "partners", "andere", "achttiende", "18e", "zeventienen", "-3", "1.000"]
)
def test_not_a_cardinal(text: str) -> None:
    assert cardinal(text) is None


@pytest.mark.parametrize("text", ["", "andere", "zeventien", "18", "0e", "e", "18x", "laatste"])
def test_not_an_ordinal(text: str) -> None:
    assert ordinal(text) is None


@pytest.mark.parametrize(
    ("n", "cardinal_text", "ordinal_text"),
    [
        (1, "één", "eerste"),
        (3, "drie", "derde"),
        (8, "acht", "achtste"),
        (17, "zeventien", "zeventiende"),
        (18, "achttien", "achttiende"),
        (21, "eenentwintig", "eenentwintigste"),
        (22, "tweeëntwintig", "tweeëntwintigste"),
        (23, "drieëntwintig", "drieëntwintigste"),
        (100, "honderd", "honderdste"),
        (108, "honderdacht", "honderdachtste"),
        (200, "tweehonderd", "tweehonderdste"),
    ],
)
def test_words(n: int, cardinal_text: str, ordinal_text: str) -> None:
    assert cardinal_word(n) == cardinal_text
    assert ordinal_word(n) == ordinal_text


@pytest.mark.parametrize("n", [0, -1, MAX_WORD + 1])
def test_words_out_of_range(n: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        cardinal_word(n)
    with pytest.raises(ValueError, match="outside"):
        ordinal_word(n)


@given(st.integers(min_value=1, max_value=100))
def test_cardinal_round_trip_1_to_100(n: int) -> None:
    assert cardinal(cardinal_word(n)) == n


@given(st.integers(min_value=1, max_value=100))
def test_ordinal_round_trip_1_to_100(n: int) -> None:
    assert ordinal(ordinal_word(n)) == n


@given(st.integers(min_value=1, max_value=MAX_WORD))
def test_round_trips_up_to_max_word(n: int) -> None:
    assert cardinal(cardinal_word(n)) == n
    assert ordinal(ordinal_word(n)) == n


@given(st.integers(min_value=1, max_value=100))
def test_forgiving_spelling(n: int) -> None:
    """Without the diaeresis, capitalised (sentence start), with surrounding spaces."""
    for word, read in ((cardinal_word(n), cardinal), (ordinal_word(n), ordinal)):
        assert read(word.replace("ë", "e").replace("é", "e")) == n
        assert read(word.capitalize()) == n
        assert read(f" {word} ") == n


@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(["e", "de", "ste"]))
def test_digit_forms(n: int, suffix: str) -> None:
    assert cardinal(str(n)) == n
    assert ordinal(f"{n}{suffix}") == n


@given(st.integers(min_value=1, max_value=100))
def test_cardinal_and_ordinal_words_differ(n: int) -> None:
    """A cardinal word is never read as an ordinal and vice versa."""
    assert ordinal(cardinal_word(n)) is None
    assert cardinal(ordinal_word(n)) is None
