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

NEAR = 90.0
"""The least rapidfuzz `token_sort_ratio` (0 to 100) of two normalised names that are asked
about as one organisation. 'Gemeente Venlo' and 'Gemeente Venray' score 83."""
_LEGAL = frozenset(
    {"stichting", "bv", "nv", "vof", "ua", "coöperatie", "cooperatie", "de", "het", "the"}
)
_WORD = re.compile(r"\w+")
_BUCKET = 200  # a word shared by more names than this does not make them candidates


def normal(name: str) -> str:
    """A name without case, punctuation, legal forms ("Stichting", "B.V.") or articles."""
    words = _WORD.findall(name.lower().replace(".", ""))
    return " ".join(word for word in words if word not in _LEGAL)


def near_misses(names: list[str]) -> list[tuple[str, str, float]]:
    """(a, b, score) for every two names that may be one organisation, a < b, sorted.

    Names are compared normalised (`normal`) by rapidfuzz's `token_sort_ratio`; only names that
    share a word are compared, so that a national table is not compared pair by pair.
    """
    from rapidfuzz.fuzz import token_sort_ratio

    keys = {name: normal(name) for name in names}
    buckets: dict[str, set[str]] = defaultdict(set)
    for name, key in keys.items():
        for word in key.split() or [key]:
            buckets[word].add(name)
    pairs: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        if len(bucket) <= _BUCKET:
            pairs.update(combinations(sorted(bucket), 2))
    found = []
    for a, b in sorted(pairs):
        score = 100.0 if keys[a] == keys[b] else token_sort_ratio(keys[a], keys[b])
        if score >= NEAR:
            found.append((a, b, round(float(score), 1)))
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


def admitted(ctx: Context, fact: Fact, coalition: str) -> list[tuple[str, str, str]]:
    """(name, as written, curator's note) of each member a fact makes: itself when the reader
    is sure; else what a decision says (accepted: itself; renamed or merged: the names of the
    value; rejected: none), and while nobody has decided, none: it is a question. A name that
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
    kind = "split?" if fact.candidates else "member?"
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
