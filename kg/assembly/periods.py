"""Time: the day by which each source is known, and membership periods (OWL-Time intervals)
derived from the sources that date a join or a leave or merely name a member."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.assembly.quads import DLKG, ORG, RDF, TIME, XSD, Graphs, date_literal, typed_literal

__all__ = ["Periods", "known_by", "latest_day"]


def latest_day(value: str) -> str:
    """The last day of an ISO year, month or day: the day by which it had certainly happened.

    >>> latest_day("2019"), latest_day("2020-02"), latest_day("2021-02-18")
    ('2019-12-31', '2020-02-29', '2021-02-18')
    """
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        year, month = map(int, value.split("-"))
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def known_by(issued: str | None, not_after: str | None) -> str | None:
    """The day from which a source's facts count as known: its issue day, else the latest day
    of its issue year or month, else the latest day its bounds allow; None for an undated source.

    >>> known_by("2021", "2020-03-23"), known_by(None, "2020-03-23"), known_by(None, None)
    ('2021-12-31', '2020-03-23', None)
    """
    value = issued or not_after
    return latest_day(value) if value else None


def _day(value: str) -> ox.Literal:
    return typed_literal(value, XSD.date)


@dataclass
class Periods:
    """What the sources say about when members were in a coalition, gathered while the tables and
    texts are read, and written as intervals once every source is in (`write`).

    A membership is known since the earliest of its stated join day and the day by which each
    source naming it is known; it ended by its stated leave day, else by the day the source that
    says it left is known. A source that only says a member left does not date its beginning."""

    known_by: dict[str, str] = field(default_factory=dict)  # source IRI -> day
    named: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    begins: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    ends: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))

    def name(self, membership: str, source: str) -> None:
        """A source names the member (a list, a join, a table row)."""
        self.named[membership].add(source)

    def begin(self, membership: str, source: str, date: str) -> None:
        """A source dates the join (an ISO year, month or day)."""
        self.begins[membership].add((date, source))

    def end(self, membership: str, source: str, date: str | None) -> None:
        """A source says the member left, on `date` when it says when."""
        self.ends[membership].add((date or "", source))

    def ended_by(self, source: str, date: str | None) -> str | None:
        """The day by which something a source says ended had ended."""
        return latest_day(date) if date else self.known_by.get(source)

    def write(self, g: Graphs) -> None:
        """Every membership's interval: its beginning and end instants as the sources state them
        (an end instant without a day when a source says a member left but not when), and the
        derived `dlkg:knownSince` and `dlkg:endedBy` days on the membership itself, each in the
        graph of the source that gives it. On the membership, not the period, so that "as of a
        day" is one triple pattern: two hops made those filters ten times slower at 1M triples
        (issue 14, benchmarks/README.md)."""
        for membership in sorted({*self.named, *self.begins, *self.ends}):
            during = membership + "/during"
            since = sorted(
                [(latest_day(date), source) for date, source in self.begins[membership]]
                + [
                    (self.known_by[source], source)
                    for source in self.named[membership]
                    if source in self.known_by
                ]
            )
            ended = sorted(
                (day, source)
                for date, source in self.ends[membership]
                if (day := self.ended_by(source, date)) is not None
            )
            stated_ends = sorted(self.ends[membership], key=lambda end: (not end[0], end))
            if not (since or self.begins[membership] or stated_ends):
                continue
            for date, source in sorted(self.begins[membership])[:1]:
                self._instant(g, source, during, TIME.hasBeginning, during + "/start", date)
            for date, source in stated_ends[:1]:  # an undated leave still ends the period
                self._instant(g, source, during, TIME.hasEnd, during + "/end", date)
            if since:
                day, source = since[0]
                self._interval(g, source, membership, during)
                g.add(source, membership, DLKG.knownSince, _day(day))
            if ended:
                day, source = ended[0]
                self._interval(g, source, membership, during)
                g.add(source, membership, DLKG.endedBy, _day(day))
            elif stated_ends:
                self._interval(g, stated_ends[0][1], membership, during)

    @staticmethod
    def _interval(g: Graphs, source: str, membership: str, during: str) -> None:
        g.link(source, membership, ORG.memberDuring, during)
        g.link(source, during, RDF.type, TIME.Interval)

    def _instant(
        self, g: Graphs, source: str, during: str, edge: str, instant: str, date: str
    ) -> None:
        self._interval(g, source, during.rsplit("/during", 1)[0], during)
        g.link(source, during, edge, instant)
        g.link(source, instant, RDF.type, TIME.Instant)
        if date:
            kind = {4: TIME.inXSDgYear, 7: TIME.inXSDgYearMonth}.get(len(date), TIME.inXSDDate)
            g.add(source, instant, kind, date_literal(date))
