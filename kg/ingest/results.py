"""What the press-release reader returns: facts with their evidence, the goal, the extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Evidence",
    "Extraction",
    "ExtractionError",
    "Fact",
    "Goal",
    "Join",
    "Leave",
    "Rename",
    "When",
]


@dataclass(frozen=True)
class Evidence:
    """Where something was said: one sentence of one source.

    Attributes:
        source: The source id (the file stem).
        sentence: The sentence exactly as in the text: ``text[start:end] == sentence``.
        start: Python str offset of the sentence in the decoded text.
        end: Offset just past the sentence.
    """

    source: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One recognised thing and where it was said.

    Attributes:
        value: A name as the text writes it (repaired), its canonical name where the lexicon
            knows it, or a vocabulary code.
        evidence: The sentence that says it.
        written: The name as the text writes it (repaired), where the value is a name; the
            value itself otherwise.
        confidence: How sure the reader is, 0 to 1 (`kg.ingest.confidence`): a member below
            `THRESHOLD` is not written to the graph but asked in the review queue.
        reason: Why it is that sure, in a few words ("listed after '17 andere partners:'").
        candidates: Other readings of the same words, for the review queue (the two names of
            a name cut at " en ", or the one name of two).
    """

    value: str
    evidence: Evidence
    written: str = ""
    confidence: float = 1.0
    reason: str = ""
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class When:
    """A date the text gives, as precise as its words.

    Attributes:
        iso: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when the words name a day without a year
            and the release is not dated (nothing is guessed).
        words: The words as written ("per 1 maart 2021", "sinds 1 mei").
        evidence: The sentence that gives it.
    """

    iso: str | None
    words: str
    evidence: Evidence


@dataclass(frozen=True)
class Join:
    """One organisation that joins the coalition.

    Attributes:
        org: The organisation (canonical where the lexicon knows it) and the sentence.
        order: Its stated position among the partners, as str(int), with its sentence.
        future: Whether the text says it joins later ("per 1 januari treedt ook X toe"):
            then it is not yet a member.
        date: When it joins (joined), where the join's sentence says so.
    """

    org: Fact
    order: Fact | None
    future: bool
    date: When | None = None


@dataclass(frozen=True)
class Leave:
    """An organisation that leaves the coalition ("stapt per 1 juli uit").

    Attributes:
        org: The organisation and the sentence.
        date: When it leaves (left), where the sentence says so.
    """

    org: Fact
    date: When | None = None


@dataclass(frozen=True)
class Rename:
    """A name the coalition had before ("heet sinds 1 mei voortaan ...").

    Attributes:
        former: The former name and the sentence.
        date: When the former name ended, where the sentence says so.
    """

    former: Fact
    date: When | None = None


@dataclass
class Goal:
    """The goal of the coalition.

    Attributes:
        aim: The aim clause as written (Dutch), e.g. "van Groningen in 2025 de meest digitaal
            geletterde stad en provincie van Nederland te maken".
        target_year: The year in the aim, if any.
        regions: (place as written, kind) with kind in {"city", "province", "country",
            "region"}.
        evidence: The sentence that states the goal.
    """

    aim: str
    target_year: int | None
    regions: list[tuple[str, str]]
    evidence: Evidence


@dataclass
class Extraction:
    """Everything the extractor recognised in one press release.

    Attributes:
        source: The source id.
        coalition: The coalition joined (canonical name where the lexicon knows it); None
            when the text has no joining statement (a warning says so).
        joiner: The organisation that joins; None when the text has no joining statement.
        join_order: Its position among the partners, as str(int), e.g. "18".
        stated_others: The stated number of other partners, as str(int), e.g. "17".
        partners: The listed other partners, repaired, canonical where the lexicon knows them.
        goal: The coalition's goal.
        sector_groups: Sector-group codes, e.g. "business".
        themes: Theme names (vocabulary kind "theme").
        activities: What the joiner does (vocabulary kind "activity").
        warnings: Human-readable notes for curation.
        joins: Every organisation the text says joins (the joiner first), with orders.
        leavers: Organisations the text says leave the coalition.
        former_names: Names the coalition had before ("gaat verder als", "heet voortaan").
        stated_total: The stated number of partners, all told ("telt nu negen partners").
        leaves: The leavers with the dates of their leaving (the same order as `leavers`).
        renames: The former names with the dates they ended (the order of `former_names`).
        issued: The release's own date, from its dateline ("Haarlem, 16 maart 2024 –").
        asked: Joins that no phrase row reads but a sentence's words weigh for
            (`kg.ingest.possible`): questions of the review queue ("joins?"), never members
            until a researcher accepts them.
    """

    source: str
    coalition: Fact | None
    joiner: Fact | None
    join_order: Fact | None
    stated_others: Fact | None
    partners: list[Fact]
    goal: Goal | None
    sector_groups: list[Fact]
    themes: list[Fact]
    activities: list[Fact]
    warnings: list[str]
    joins: list[Join] = field(default_factory=list)
    leavers: list[Fact] = field(default_factory=list)
    former_names: list[Fact] = field(default_factory=list)
    stated_total: Fact | None = None
    leaves: list[Leave] = field(default_factory=list)
    renames: list[Rename] = field(default_factory=list)
    issued: When | None = None
    asked: list[Join] = field(default_factory=list)


class ExtractionError(ValueError):
    """A source the extractor cannot read: missing, empty or not UTF-8.

    Attributes:
        message: The problem.
        path: The file (or source id) it concerns, if known.

    >>> str(ExtractionError("empty file", "data/sources/x.txt"))
    'data/sources/x.txt: empty file'
    """

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)
