"""The review queue in the build: what the build is not sure of, and the decisions it applies.

Every build reads the researcher's decisions (`review.csv`, `kg.ingest.decisions`) first and
applies them: a merge makes two organisations one before the tables are read (the other name
becomes an alias); while the press releases are read, a member the reader is not sure of
(`kg.ingest.confidence`) goes into the graph only when a curator accepted it (or renamed it),
with a note saying so, and is otherwise a question; at the end, pairs of organisation names that
may be one organisation are questions too. The open questions are written to `review.json` in
the build folder (`queue_bytes`); a decision whose question no longer comes up is a warning.

>>> normal("Stichting NHL/Stenden B.V.")
'nhl stenden'
>>> near_misses(["NHL Stenden", "NHL/Stenden", "Hanzehogeschool", "Gemeente Venlo",
...              "Gemeente Venray"])
[('NHL Stenden', 'NHL/Stenden', 100.0)]
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING

from kg.ingest.confidence import PLACE, THRESHOLD, certain
from kg.ingest.decisions import Item, item_id, read_decisions
from kg.ingest.tables import Row

if TYPE_CHECKING:
    from kg.assembly.curated import Context
    from kg.ingest.results import Fact

__all__ = [
    "NEAR",
    "admitted",
    "close_review",
    "merged_names",
    "near_misses",
    "normal",
    "open_review",
    "queue_bytes",
]

NEAR = 80.0
"""The least rapidfuzz `ratio` (0 to 100) of the one word in which two names differ, for them to
be asked about as one organisation: 'rijksuniversiteit' and 'universiteit' score 83, 'venlo'
and 'venray' 55, 'oost' and 'west' 50."""
_LEGAL = frozenset(
    {"stichting", "bv", "nv", "vof", "ua", "coöperatie", "cooperatie", "de", "het", "the"}
)
_WORD = re.compile(r"\w+")
_BUCKET = 5000  # more names that differ in one word than this are not compared (memory)


def normal(name: str) -> str:
    """A name without case, punctuation, legal forms ("Stichting", "B.V.") or articles."""
    words = _WORD.findall(name.lower().replace(".", ""))
    return " ".join(word for word in words if word not in _LEGAL)


def near_misses(names: list[str]) -> list[tuple[str, str, float]]:
    """(a, b, score) for every two names that may be one organisation, a < b, sorted.

    Names are compared normalised (`normal`): alike are two names that are equal so (or equal
    without spaces: "Hanze Hogeschool"), and two with as many words that differ in one word
    alone, where those two words are at least `NEAR` alike by rapidfuzz's `ratio`
    ("Rijksuniversiteit Groningen", "Universiteit Groningen"; not "Fictiedam 121 Oost" and
    "Fictiedam 121 West", nor "Gemeente Venlo" and "Gemeente Venray"), unless that word holds
    a digit ("ROC A12", "ROC A13"). The score is
    `token_sort_ratio` of the two. Each name is filed under itself without one of its words, so
    that only names that differ in one word meet: a national table costs seconds.
    """
    from rapidfuzz.fuzz import ratio, token_sort_ratio
    from rapidfuzz.process import extract

    keys = {name: normal(name) for name in names}
    pairs: set[tuple[str, str]] = set()
    same: dict[str, list[str]] = defaultdict(list)
    filed: dict[tuple[str, ...], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name, key in keys.items():
        same[key.replace(" ", "")].append(name)
        words = sorted(key.split())
        for i, word in enumerate(words):
            filed[(*words[:i], *words[i + 1 :])][word].append(name)
    for group in same.values():
        pairs.update(combinations(sorted(group), 2))
    for bucket in filed.values():
        words = sorted(word for word in bucket if not any(c.isdigit() for c in word))
        if not 1 < len(words) <= _BUCKET:  # a number tells organisations apart: "ROC A12"
            continue
        for i, word in enumerate(words[:-1]):
            for other, _, _ in extract(
                word, words[i + 1 :], scorer=ratio, score_cutoff=NEAR, limit=None
            ):
                pairs.update((a, b) for a in bucket[word] for b in bucket[other])
    found = []
    for a, b in sorted({(min(p), max(p)) for p in pairs if p[0] != p[1]}):
        score = 100.0 if keys[a] == keys[b] else round(token_sort_ratio(keys[a], keys[b]), 1)
        found.append((a, b, score))
    return found


def open_review(ctx: Context) -> None:
    """Read the decisions and apply the merges to the organisation rows: the rows of a merged
    name are rows of the name kept, with the merged name as an alias."""
    review = ctx.review
    review.decisions = read_decisions(list(ctx.data.rows("review")))
    merged: dict[str, tuple[str, str]] = {}
    for decision in review.decisions.values():
        if decision.decision == "merge":
            keep, *others = decision.names
            merged.update((other.lower(), (keep, decision.id)) for other in others)
    rows = []
    for row in ctx.data.rows("organisations"):
        if (target := merged.get(row["name"].lower())) is not None:
            keep, decided = target
            aliases = "|".join([*row.list("aliases"), row["name"]])
            row = Row(row.file, row.line, {**row.cells, "name": keep, "aliases": aliases})
            review.used.add(decided)
        rows.append(row)
    ctx.data.tables["organisations"] = rows


def merged_names(ctx: Context) -> None:
    """Merged names that no table holds (both read from texts) become aliases for the reader."""
    names = ctx.organisations.canonical
    for decision in ctx.review.decisions.values():
        if decision.decision != "merge":
            continue
        keep, *others = decision.names
        for other in others:
            if other.lower() not in names:
                names[other.lower()] = names.get(keep.lower(), keep)
                ctx.review.used.add(decision.id)


def admitted(
    ctx: Context, fact: Fact, coalition: str, kind: str = ""
) -> list[tuple[str, str, str]]:
    """(name, as written, curator's note) of each member a fact makes: itself when the reader
    is sure; else what a decision says (accepted: itself; renamed or merged: the names of the
    value; rejected: none), and while nobody has decided, none: it is a question (of `kind`,
    else "split?" where the fact has other readings and "member?" where not). A name that
    no table knows as an organisation but regions.csv knows as a place is doubted ("is
    'Noord-Drenthe' a member, or part of a name?")."""
    known = fact.value.lower() in ctx.organisations.canonical
    if not known and fact.value.lower() in ctx.regions.canonical:
        why = f"{fact.value!r} is a place in regions.csv, not an organisation: a member, or part "
        why += f"of a name? ({fact.reason})" if fact.reason else "of a name?"
        fact = replace(fact, confidence=min(fact.confidence, PLACE), reason=why)
    if certain(fact):
        return [(fact.value, fact.written, "")]
    source = fact.evidence.source
    kind = kind or ("split?" if fact.candidates else "member?")
    item = Item(
        item_id(source, kind, fact.value),
        kind,
        fact.value,
        source,
        fact.evidence.sentence,
        fact.reason,
        round(fact.confidence, 2),
        fact.candidates,
        coalition,
    )
    decision = ctx.review.ask(item)
    if decision is None:
        ctx.warnings.append(
            f"{source}: {fact.value!r} is not written as a member of {coalition} until it is "
            f"reviewed ({fact.reason}): kg review decide {item.id} accept|reject|rename"
        )
        return []
    if decision.decision == "reject":
        return []
    if decision.decision == "accept":
        return [(fact.value, fact.written, decision.note_text())]
    names = decision.names[:1] if decision.decision == "merge" else decision.names
    return [(name, name, decision.note_text()) for name in names]


def close_review(ctx: Context) -> None:
    """Ask about near-miss names, and warn of decisions whose question did not come up."""
    curated = {name.lower() for name in ctx.organisations.rows}
    names = sorted(set(ctx.organisations.canonical.values()))
    for a, b, score in near_misses(names):
        pair = sorted((a, b), key=lambda name: (name.lower() not in curated, name))
        where = ", ".join(
            f"{name!r} {'from the tables' if name.lower() in curated else 'read from a text'}"
            for name in pair
        )
        ctx.review.ask(
            Item(
                item_id("", "same organisation?", f"{a}|{b}"),
                "same organisation?",
                f"{a}|{b}",
                "",
                "",
                f"names {score:g}% alike once case, punctuation and legal forms are set aside "
                f"({where})",
                round(score / 100, 2),
                tuple(pair),
            )
        )
    for decision in ctx.review.unused():
        ctx.warnings.append(
            f"{decision.row.file}:{decision.row.line}: the decision on {decision.id} "
            "applies to no question of this build (its text or names changed); it is ignored"
        )


def queue_bytes(items: list[Item]) -> bytes:
    """review.json: the open questions as JSON, the same bytes for the same build."""
    queue = {"threshold": THRESHOLD, "questions": [item.as_json() for item in items]}
    return (json.dumps(queue, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
