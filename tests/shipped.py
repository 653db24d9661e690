"""What the curated tables of data/ name: expected counts that move with the data, for the tests
that check a view or an export against the tables rather than pinning the shipped answers."""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["DATA", "collaborations", "memberships", "organisations", "table"]

DATA = Path(__file__).resolve().parent.parent / "data"


def table(name: str) -> list[dict[str, str]]:
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def collaborations() -> set[str]:
    return {row["name"] for row in table("coalitions")}


def organisations() -> set[str]:
    return {row["name"] for row in table("organisations")}


def memberships() -> set[tuple[str, str]]:
    """(collaboration, member) pairs; memberships.csv names members by their curated names."""
    return {(row["coalition"], row["member"]) for row in table("memberships")}
