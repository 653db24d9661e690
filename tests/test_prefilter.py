"""The rule tables' prefilter (kg/ingest/prefilter.py) leaves out no rule that could match."""

from __future__ import annotations

import _sre
import json
import os
import re
import re._casefix  # the case tables the test below reads
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.ingest import prefilter
from kg.ingest.extract import read_source
from kg.ingest.goal import GOAL_RULES
from kg.ingest.joinlists import JOIN_FORMS
from kg.ingest.leaving import FORMER_RULES, LEAVE_RULES, RENAME_RULES
from kg.ingest.listings import MEMBER_LIST_RULES
from kg.ingest.masthead import _CLAIMED
from kg.ingest.prefilter import RuleTable, fold, lazy, required
from kg.ingest.sentences import read_sentences
from kg.ingest.tenses import FUTURE_RULES, FUTURE_WORDS
from kg.ingest.totals import TOTAL_RULES

PRESS = Path(__file__).parent / "press"
TABLES: dict[str, RuleTable[Any]] = {
    "joins": JOIN_FORMS,
    "member lists": MEMBER_LIST_RULES,
    "leaves": LEAVE_RULES,
    "renames": RENAME_RULES,
    "former names": FORMER_RULES,
    "goals": GOAL_RULES,
    "future": FUTURE_RULES,
    "future words": FUTURE_WORDS,
    "totals": TOTAL_RULES,
    "publisher claims": _CLAIMED,
}


def _sentences() -> list[str]:
    paths = sorted(PRESS.rglob("*.txt"))[::7]  # some 300 releases of every set and voice
    return [s.text for path in paths for s in read_sentences(read_source(path))]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _sentences()


@pytest.mark.parametrize("name", sorted(TABLES))
def test_no_rule_that_matches_a_release_sentence_is_left_out(name: str, sentences) -> None:
    table = TABLES[name]
    assert isinstance(table, RuleTable)
    skipped = 0
    for text in sentences:
        possible = {id(rule) for rule in table.possible(text)}
        for rule in table:
            pattern = _pattern(rule)
            if pattern.search(text):
                assert id(rule) in possible, (pattern.pattern[:60], text)
            skipped += id(rule) not in possible
    assert skipped > len(sentences) * len(table) // 2  # the filter does leave most rules out


def test_most_rules_require_words() -> None:
    rules = [
        rule for table in TABLES.values() for rule in table if not isinstance(rule, re.Pattern)
    ]
    without = [rule.name for rule in rules if required(rule.pattern) is None]
    assert len(without) <= len(rules) // 20, without


def test_the_fold_agrees_with_case_insensitive_matching() -> None:
    """Every character `re` matches, ignoring case, to a character of the words folds to the
    same character: a word found by `re` is found in the folded text."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    letters = {c for table in TABLES.values() for rule in table for c in _words(rule)}
    letters |= set("abcdefghijklmnopqrstuvwxyzéëïöüè")
    for letter in sorted(letters):
        for same in set(re.findall(re.escape(letter), every, re.IGNORECASE)):
            assert fold(same) == fold(letter), (letter, same, fold(same))


def test_the_fold_agrees_with_case_insensitive_matching_for_every_character() -> None:
    """`re` matches two characters ignoring case when their simple lower cases are the same, or
    when `re._casefix` lists them together; both fold to one string then, for every code point
    (so a pattern of any name, not only the tables' words, is filtered soundly)."""
    tolower = getattr(_sre, "unicode_tolower", None)
    extra = getattr(getattr(re, "_casefix", None), "_EXTRA_CASES", None)
    if tolower is None or extra is None:
        pytest.skip("this Python's re keeps its case tables elsewhere")
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code <= 0xDFFF:
            assert fold(chr(code)) == fold(chr(tolower(code))), hex(code)
    for code, others in extra.items():
        assert all(fold(chr(code)) == fold(chr(other)) for other in others), hex(code)


def _words(rule) -> str:
    return "".join(required(_pattern(rule)) or ())


def _pattern(rule) -> re.Pattern[str]:
    return rule if isinstance(rule, re.Pattern) else rule.pattern


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i)\bpartij\b", "Zij werd de twaalfde PARTİJ."),  # a dotted capital I
        (r"(?i)\blid\b", "Zij werd LıD."),  # a dotless i
        (r"(?i)\bsluit aan\b", "Oost ſluit aan"),  # a long s matches "s" without case
        (r"(?i)kelvin", "KELVIN"),  # the Kelvin sign
        (r"Straße", "an der Straße"),
        (r"(?i)\bstraße\b", "STRAẞE"),
    ],
)
def test_unusual_letters_still_offer_the_rule(pattern: str, text: str) -> None:
    rule = re.compile(pattern)
    assert rule.search(text)
    assert list(RuleTable(rule).possible(text)) == [rule]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (
            r"\b(?:sluit|sloot) (?:zich )?aan",
            {"sluit aan", "sloot aan", "sluit zich aan", "sloot zich aan"},
        ),
        (
            r"(?:A|B) (?:is|zijn) partner",
            {"a is partner", "b is partner", "a zijn partner", "b zijn partner"},
        ),
        (r"[Nn]ummer (?P<n>\d+)", {"nummer "}),
        (r"(?>(?P<a>[^;]+?),? (?:is|zijn) )lid", {" is ", " zijn "}),
        (r"(?=[^;]*\bleden\b)\w+", {"leden"}),
        (r"(?:partners?|leden)\b", {"partner", "leden"}),
        (r"(?:gaat )?mee(?:doen)?", {"mee"}),
        (r"(?:ab){2,3}x", {"ab"}),
        (r"\w+ \w+", {" "}),
        (r"(a)\1", {"a"}),
        (r"(?:partner|)x?", None),
        (r"(?!niet)\w+", None),
        (r"(?:partner)?", None),
    ],
)
def test_required_words(pattern: str, words: set[str] | None) -> None:
    assert required(re.compile(pattern)) == words


def test_the_table_keeps_its_order_and_its_rules_without_words() -> None:
    first, second, third = re.compile(r"\w+ treedt"), re.compile(r"\w+"), re.compile(r"sluit")
    table = RuleTable(first, second, third)
    assert list(table.possible("Zij sluit aan en treedt toe")) == [first, second, third]
    assert list(table.possible("niets")) == [second]
    found = table.search("Oost treedt toe")
    assert found is not None and found[0] == "Oost treedt"
    assert table.search("") is None and table[0] is first and len(table) == 3


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own, read afresh by the next table built."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    prefilter._known.cache_clear()
    yield tmp_path / "dlkg"
    prefilter._known.cache_clear()


def _stored(folder: Path) -> dict[str, Any]:
    (path,) = folder.glob("required-*.json")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_words_are_kept_for_the_next_run_and_read_from_there(cache: Path) -> None:
    joins, anything = lazy(r"\bsluit (?:zich )?aan"), lazy(r"\w+")
    assert list(RuleTable(joins, anything).possible("X sluit aan")) == [joins, anything]
    stored = _stored(cache)
    assert stored == {r"0 \bsluit (?:zich )?aan": ["sluit aan", "sluit zich aan"], r"0 \w+": None}
    assert not joins.__dict__.keys() & {"search", "match"}  # the words need no compiled pattern

    (path,) = cache.glob("*.json")  # the next process takes the words from the file
    path.write_text(json.dumps({r"0 \bsluit (?:zich )?aan": ["treedt"]}), encoding="utf-8")
    prefilter._known.cache_clear()
    assert list(RuleTable(joins).possible("X treedt toe")) == [joins]
    assert list(RuleTable(joins).possible("X sluit aan")) == []


@pytest.mark.parametrize("stored", ["{not json", '["a list"]', '{"0 sluit": [1, 2]}'])
def test_a_cache_that_cannot_be_read_is_passed_by_and_written_anew(
    cache: Path, stored: str
) -> None:
    cache.mkdir()
    version = prefilter._memo_path().name
    (cache / version).write_text(stored, encoding="utf-8")
    assert list(RuleTable(lazy("sluit")).possible("X sluit aan")) != []
    assert _stored(cache)["0 sluit"] == ["sluit"]


def test_a_cache_that_cannot_be_written_is_passed_by(cache: Path) -> None:
    cache.parent.joinpath("dlkg").write_text("a file where the folder would be", encoding="utf-8")
    table = RuleTable(lazy("sluit"), lazy("treedt"))
    assert [rule.pattern for rule in table.possible("X treedt toe")] == ["treedt"]
    assert [p.name for p in cache.parent.iterdir()] == ["dlkg"]  # no draft left behind


def test_every_table_writes_its_patterns_alike_in_every_process() -> None:
    """The cache is keyed by a pattern's text, and a pattern joined from a set in the set's
    order would be written differently with each hash seed (and could match differently)."""
    names = ", ".join(f"{n!r}: {t}" for n, t in _TABLE_NAMES.items())
    program = (
        "import hashlib\n"
        + "\n".join(f"from {module} import {table}" for module, table in _TABLE_IMPORTS)
        + f"\nfor name, table in {{{names}}}.items():\n"
        "    rules = [r if hasattr(r, 'flags') else r.pattern for r in table]\n"
        "    text = '\\n'.join(f'{int(r.flags)} {r.pattern}' for r in rules)\n"
        "    print(name, hashlib.sha256(text.encode()).hexdigest())\n"
    )
    written = {
        subprocess.run(
            [sys.executable, "-c", program],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(written) == 1 and len(next(iter(written)).splitlines()) == len(TABLES)


_TABLE_IMPORTS = [
    ("kg.ingest.joinlists", "JOIN_FORMS"),
    ("kg.ingest.listings", "MEMBER_LIST_RULES"),
    ("kg.ingest.leaving", "LEAVE_RULES"),
    ("kg.ingest.leaving", "RENAME_RULES"),
    ("kg.ingest.leaving", "FORMER_RULES"),
    ("kg.ingest.goal", "GOAL_RULES"),
    ("kg.ingest.tenses", "FUTURE_RULES"),
    ("kg.ingest.tenses", "FUTURE_WORDS"),
    ("kg.ingest.totals", "TOTAL_RULES"),
    ("kg.ingest.masthead", "_CLAIMED"),
]
_TABLE_NAMES = dict(zip(TABLES, (table for _, table in _TABLE_IMPORTS), strict=True))


def test_no_home_and_a_relative_cache_folder_mean_no_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.chdir(cache.parent)
    assert [rule.pattern for rule in RuleTable(lazy("sluit")).possible("X sluit aan")] == ["sluit"]
    assert not any(cache.parent.iterdir())  # neither "relative/cache" nor "~" was made
