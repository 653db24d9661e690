"""Which rules of a table can match a sentence, found by the words every match must contain.

A sentence is tried against a few hundred patterns and matches one or two. Most of the reading
time went to patterns that fail, each after trying every position of the sentence. A pattern
such as ``\\b(?:sluit|sloot) (?:zich )?aan bij\\b`` cannot match a sentence without "sluit " or
"sloot " in it. `required` finds such words in the parsed pattern (the idea of RE2's
prefilter), and a `RuleTable` finds all its rules' words in a sentence in one pass of an
Aho-Corasick automaton (pyahocorasick), then offers only the rules whose words are there.

The test is sound: it never leaves out a rule that could match. Text and words are folded the
same way, character by character, and the fold agrees with the case-insensitive matching of `re`
for every character the words hold (`tests/test_prefilter.py`).

>>> sorted(required(re.compile(r"\\b(?:sluit|sloot) (?:zich )?aan bij\\b")))
['sloot aan bij', 'sloot zich aan bij', 'sluit aan bij', 'sluit zich aan bij']
>>> table = RuleTable(re.compile(r"(?i)\\bsluit (?:zich )?aan"), re.compile(r"\\btreedt toe"))
>>> [p.pattern for p in table.possible("Oost SLUIT zich aan bij X")]
['(?i)\\\\bsluit (?:zich )?aan']
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's own opcodes
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar, cast

import ahocorasick

__all__ = ["RuleTable", "fold", "lazy", "required"]

_FOLD = str.maketrans({"İ": "i", "ı": "i"})  # `re` matches both to "i" when it ignores case;
# their case folds are "i" and a combining dot, and "ı" itself


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """`text` case-folded character by character (so a word in a text stays a word of its fold):
    the form in which words are compared."""
    return text.translate(_FOLD).casefold()


_Items = Any  # a parsed sequence: `re._parser.SubPattern`, or a list of (opcode, argument)
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)  # "(?>...)": its argument is the sequence itself
_MOST = 64  # strings a run may spell at most: "[Nn]ummer" is two, a list of verbs a few dozen


class _Lazy:
    """A pattern compiled when first used: its source and flags are there at once, its methods
    after the first call (then straight from the compiled pattern, with no lookup of ours)."""

    def __init__(self, source: str, flags: int) -> None:
        self.pattern, self.flags = source, flags

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(self.pattern, self.flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
            setattr(self, method, getattr(compiled, method))
        self.groupindex, self.groups = compiled.groupindex, compiled.groups
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that is compiled when first used. A table's rules are tried only where their
    words are (`RuleTable`), so most are never compiled in a short run such as one `kg extract`.

    >>> rule = lazy(r"treedt (?P<how>\\w+) toe")
    >>> rule.pattern, rule.search("Oost treedt vandaag toe").group("how")
    ('treedt (?P<how>\\\\w+) toe', 'vandaag')
    """
    return cast(re.Pattern[str], _Lazy(source, flags))


def required(pattern: re.Pattern[str]) -> set[str] | None:
    """Folded words of which every match of `pattern` contains one, the most telling such set
    (the longest shortest word, then the fewest words); None when no word is required.

    >>> sorted(required(re.compile(r"(?i)\\b(?:Partner|lid) (?:nummer|nr\\.) (\\w+)")))
    ['lid nr. ', 'lid nummer ', 'partner nr. ', 'partner nummer ']
    >>> required(re.compile(r"(?P<n>\\w+) (?:nieuwe )?partij")), required(re.compile(r"\\w+"))
    ({' partij'}, None)
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - a compiled pattern parses
        return None
    best = _best(parsed)
    return {fold(word) for word in best} if best else None


def _telling(words: frozenset[str]) -> tuple[int, int]:
    return (-min(map(len, words)), len(words))


def _best(items: _Items) -> frozenset[str] | None:
    return min(_choices(items), key=_telling, default=None)


def _choices(items: _Items) -> list[frozenset[str]]:
    """Every set of words a sequence demands one of: its runs of literal text, with the few
    strings a group in them spells ("(?:sluit|sloot) zich"), and the best set of each group,
    branch or repeat that must occur."""
    choices: list[frozenset[str]] = []
    run = {""}
    for op, arg in items:
        strings = _strings(op, arg)
        if strings is not None and len(run) * len(strings) <= _MOST:
            if len(strings) > 1 and "" not in run:
                choices.append(_shortest(run))  # "sluit zich aan": "sluit " is fewer words
            run = {before + after for before in run for after in strings}
            continue
        if "" not in run:
            choices.append(_shortest(run))
        run = strings if strings is not None else {""}
        inner = _inner(op, arg) if strings is None else None
        if inner:
            choices.append(inner)
    if "" not in run:
        choices.append(_shortest(run))
    return choices


def _inner(op: object, arg: Any) -> frozenset[str] | None:
    """The best set of words of a group, a branch, a repeat or a lookaround that must match."""
    if (body := _group(op, arg)) is not None:
        return _best(body)
    if op is sre.BRANCH:
        sets = [_best(branch) for branch in arg[1]]
        return frozenset().union(*sets) if all(sets) else None  # type: ignore[arg-type]
    if op in _REPEATS and arg[0] >= 1:
        return _best(arg[2])
    if op is sre.ASSERT:  # "(?=...)", "(?<=...)": what it sees is in the text too
        return _best(arg[1])
    return None  # a class, an optional part, "(?!...)", a back reference


def _group(op: object, arg: Any) -> _Items | None:
    """The sequence inside a group, "(...)", "(?:...)" or "(?>...)"."""
    return arg[-1] if op is sre.SUBPATTERN else arg if op is _ATOMIC else None


def _strings(op: object, arg: Any) -> set[str] | None:
    """The few strings one item matches exactly, or None (a class, a repeat, too many)."""
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is sre.AT:
        return {""}  # zero width: the characters around it are next to each other
    if op is sre.IN:
        chars = {chr(code) for kind, code in arg if kind is sre.LITERAL}
        return chars if len(chars) == len(arg) else None  # "[Nn]", not "[A-Z]" or "[^,]"
    if (body := _group(op, arg)) is not None:
        return _spelled(body)
    if op is sre.BRANCH:
        spelled = [_spelled(branch) for branch in arg[1]]
        return set().union(*spelled) if all(s is not None for s in spelled) else None  # type: ignore[arg-type]
    if op in _REPEATS and arg[0] == 0 and arg[1] == 1:  # "(?:nieuwe )?"
        optional = _spelled(arg[2])
        return optional | {""} if optional is not None else None
    return None


def _spelled(items: _Items) -> set[str] | None:
    """Every string a sequence matches, when they are few."""
    spelled = {""}
    for op, arg in items:
        strings = _strings(op, arg)
        if strings is None or len(spelled) * len(strings) > _MOST:
            return None
        spelled = {before + after for before in spelled for after in strings}
    return spelled


def _shortest(words: set[str]) -> frozenset[str]:
    """The words that contain no other: where " nieuwe partij" is, " partij" is too."""
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


R = TypeVar("R")


class RuleTable(tuple[R, ...], Generic[R]):
    """A tuple of rules (patterns, or objects with a `pattern`) that can say which of them may
    match a text; `possible` keeps the table's order. The words are found when first asked, or
    taken from the cache of an earlier run."""

    _automaton: Any = None
    _always: tuple[int, ...] = ()
    _rules_of: tuple[tuple[int, ...], ...] = ()

    def __new__(cls, *rules: R) -> RuleTable[R]:
        return super().__new__(cls, rules)

    def possible(self, text: str) -> Iterator[R]:
        """The rules whose required words `text` holds, and those that require none."""
        if self._automaton is None:
            self._build()
        found = set(self._always)
        if self._automaton.kind != ahocorasick.EMPTY:
            for _, word in self._automaton.iter(fold(text)):
                found.update(self._rules_of[word])
        return (self[index] for index in sorted(found))

    def search(self, text: str) -> re.Match[str] | None:
        """The match of the first rule that matches `text`, if any."""
        for rule in self.possible(text):
            if match := _pattern_of(rule).search(text):
                return match
        return None

    def _build(self) -> None:
        words: dict[str, list[int]] = {}
        always: list[int] = []
        for index, needed in enumerate(_required_all([_pattern_of(rule) for rule in self])):
            if needed is None:
                always.append(index)
            for word in sorted(needed or ()):
                words.setdefault(word, []).append(index)
        automaton = ahocorasick.Automaton()
        for number, word in enumerate(words):
            automaton.add_word(word, number)
        automaton.make_automaton()
        self._always = tuple(always)
        self._rules_of = tuple(tuple(rules) for rules in words.values())
        self._automaton = automaton


def _pattern_of(rule: Any) -> re.Pattern[str]:
    return cast(re.Pattern[str], rule if isinstance(rule, re.Pattern | _Lazy) else rule.pattern)


# Reading the words of a few hundred patterns takes a third of a second, mostly in `re`'s
# parser; a process that reads one release would spend more on it than on the release. The
# words are therefore kept between runs in the user's cache folder, in a file named for the
# Python version (its parser) and this module's text (its reading of the parse): a change to
# either starts a new file. A pattern not in the file is read and the file rewritten whole;
# a file that cannot be read or written is passed by, and the words are read anew.


def _required_all(patterns: list[re.Pattern[str]]) -> list[set[str] | None]:
    known = _known()
    keys = [f"{int(pattern.flags)} {pattern.pattern}" for pattern in patterns]
    unknown = {
        key: pattern for key, pattern in zip(keys, patterns, strict=True) if key not in known
    }
    for key, pattern in unknown.items():
        needed = required(pattern)
        known[key] = sorted(needed) if needed is not None else None
    if unknown:
        _keep(known)
    return [set(words) if words is not None else None for words in map(known.__getitem__, keys)]


def _memo_path() -> Path:
    """The cache file; OSError where there is no folder for it (no home, as in some services)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME", ""))
    if not cache.is_absolute():  # unset, or relative, which the XDG specification ignores
        try:
            cache = Path.home() / ".cache"
        except RuntimeError as exc:
            raise OSError(str(exc)) from None
    version = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return cache / "dlkg" / f"required-{sys.version_info[0]}.{sys.version_info[1]}-{version}.json"


_Known = dict[str, list[str] | None]


@lru_cache(maxsize=1)
def _known() -> _Known:
    try:
        stored = json.loads(_memo_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {
        key: words
        for key, words in stored.items()
        if words is None or (isinstance(words, list) and all(isinstance(w, str) for w in words))
    }


def _keep(known: _Known) -> None:
    try:
        path = _memo_path()
    except OSError:
        return
    draft = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        draft.write_text(json.dumps(known, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        draft.replace(path)  # whole or not at all, also when two processes write at once
    except OSError:
        with contextlib.suppress(OSError):  # no folder to write in: no draft either
            draft.unlink(missing_ok=True)
