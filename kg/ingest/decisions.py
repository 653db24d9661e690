"""The review queue's questions and a researcher's decisions on them (`data/review.csv`).

A question (`Item`) is what the build is not sure of: a member the reader doubts, or two names
that may be one organisation. Its id is a hash of its source, kind and value, so that the same
question gets the same id in every build and a decision keeps applying. A decision is a row of
`review.csv`: `id, decision, value, who, when, note`, read like every table (`kg.ingest.tables`),
so that a bad row stops the build at file:line.

>>> item_id("release-x", "member?", "Rabobank Stad")
'1ad0629ca3d2'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field

from kg.ingest.tables import Row

__all__ = [
    "DECISIONS",
    "KINDS",
    "Decision",
    "Item",
    "Review",
    "item_id",
    "read_decisions",
]

DECISIONS = ("accept", "reject", "rename", "merge")
"""accept: the reading goes into the graph; reject: it stays out; rename: the value (names
separated by `|`) replaces it; merge: the names in the value (`|`-separated, the first kept)
are one organisation, the others its aliases."""
KINDS = ("member?", "joins?", "split?", "same organisation?")
"""member?: is this a member at all; joins?: does this organisation join now, where no phrase
row but only a sentence's words say so (`kg.ingest.possible`); split?: is this one name or
several (or several names one); same organisation?: are two names one organisation."""
_ID = re.compile(r"^[0-9a-f]{12}$")


def item_id(source: str, kind: str, value: str) -> str:
    """The stable id of a question: the first 12 hex digits of a SHA-256 of its parts."""
    return hashlib.sha256(f"{source}\x1f{kind}\x1f{value}".encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Item:
    """One open question of the review queue.

    Attributes:
        id: `item_id(source, kind, value)`.
        kind: One of `KINDS`.
        value: What is asked about: a name as the reader has it, or "A|B" for two names.
        source: The source id whose text raised it ("" for names across sources).
        sentence: The sentence that raised it ("" for names across sources).
        reason: Why the build is not sure.
        confidence: How sure the reader is (0 to 1).
        candidates: The readings to choose from (the value's other readings, or the two names).
        coalition: The coalition the sentence is about, where there is one.
    """

    id: str
    kind: str
    value: str
    source: str
    sentence: str
    reason: str
    confidence: float
    candidates: tuple[str, ...] = ()
    coalition: str = ""

    def as_json(self) -> dict[str, object]:
        found = asdict(self)
        found["candidates"] = list(self.candidates)
        return found


@dataclass(frozen=True)
class Decision:
    """A researcher's decision on one question: a row of review.csv."""

    id: str
    decision: str
    value: str
    who: str
    when: str
    note: str
    row: Row

    @property
    def names(self) -> list[str]:
        """The `|`-separated names of the value."""
        return self.row.list("value")

    def note_text(self) -> str:
        """What the graph says of it: who decided what, and when."""
        note = f": {self.note}" if self.note else ""
        return f"{self.decision} by {self.who} on {self.when} in the review queue ({self.id}){note}"


def read_decisions(rows: list[Row]) -> dict[str, Decision]:
    """The decisions by question id; a later row on the same question replaces an earlier one.

    Raises:
        InputError: At file:line, for an id that is not 12 hex digits, an unknown decision, a
            rename without a value or a merge without two names.
    """
    found: dict[str, Decision] = {}
    for row in rows:
        if not _ID.match(row["id"]):
            raise row.error(f"id must be 12 hex digits as `kg review` shows it, not {row['id']!r}")
        if row["decision"] not in DECISIONS:
            raise row.error(
                f"decision must be one of {', '.join(DECISIONS)}, not {row['decision']!r}"
            )
        if row["decision"] == "rename" and not row.list("value"):
            raise row.error("a rename needs the new name in value (several separated by |)")
        if row["decision"] == "merge" and len(row.list("value")) < 2:
            raise row.error("a merge needs two names in value, the one kept first: 'A|B'")
        found[row["id"]] = Decision(
            row["id"], row["decision"], row["value"], row["who"], row["when"], row["note"], row
        )
    return found


@dataclass
class Review:
    """What one build asks and what has been decided: the questions, the decisions, and which
    decisions found their question."""

    decisions: dict[str, Decision] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def ask(self, item: Item) -> Decision | None:
        """The decision on a question, or None when it is open (then it joins the queue)."""
        decision = self.decisions.get(item.id)
        if decision is None:
            self.items.setdefault(item.id, item)
        else:
            self.used.add(item.id)
        return decision

    def queue(self) -> list[Item]:
        """The open questions, in a fixed order: by source, kind, value."""
        return sorted(self.items.values(), key=lambda i: (i.source, i.kind, i.value, i.id))

    def unused(self) -> list[Decision]:
        """Decisions whose question this build did not ask (the text or the names changed)."""
        return [d for key, d in sorted(self.decisions.items()) if key not in self.used]
