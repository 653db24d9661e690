"""How one release dates its changes (`Calendar`): a change's date read in the release's year
(or the year before or after, where the tense says so), "vandaag" as the release's day, "op die
datum" as the date before, and whether a join is still to come."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.ingest.dates import DATE, MONTHS_EN, Dated, change_date, opening_line
from kg.ingest.issued import head_date
from kg.ingest.results import Evidence, When
from kg.ingest.sentences import Sentence
from kg.ingest.tenses import (
    FUTURE_RULES,
    FUTURE_WORDS,
    PAST_TENSE,
    SAME_DATE,
    TODAY,
    days_before,
    will,
)

__all__ = ["Calendar"]

_JOINING = re.compile(
    r"\b(?:toetreding|aansluiting|deelname|lidmaatschap|membership|joining)\b", re.IGNORECASE
)

_MONTH_AHEAD = (
    r"(?<![Ss]inds )\b(?:[Ii]n|[Pp]er|[Vv]anaf|[Bb]egin|[Ee]ind) (?:januari|februari|maart|april"
    r"|mei|juni|juli|augustus|september|oktober|november|december)\b"
)  # not "Sinds begin februari doet X mee": since then
_PRESENT_JOIN = (
    r"\b(?:sluit|sluiten|treedt|treden|komt|komen|schuift|schuiven|haakt|haken|doet|doen)\b"
)
_MONTH_AHEAD_EN = rf"\b(?:[Ii]n|[Ff]rom|[Aa]s of|[Ss]tarting) (?:{MONTHS_EN})\b"
_WILL_JOIN = r"\b(?:will|is set to|are set to|plans to|intends to) (?:\w+ ){0,3}?(?:join|become)\b"
_COMING = re.compile(
    rf"{_MONTH_AHEAD} {_PRESENT_JOIN}|{_PRESENT_JOIN} (?:[\w'’-]+ ){{0,6}}?{_MONTH_AHEAD}"
    rf"|{_MONTH_AHEAD_EN}\b[^.;]{{0,80}}?{_WILL_JOIN}|{_WILL_JOIN} (?:[\w'’-]+ ){{0,6}}?"
    rf"{_MONTH_AHEAD_EN}|\bwill be joined by\b"
)
"""A month without a year with a join in the present tense ("In februari sluit X aan",
"schuift in januari X aan") or an English future ("will join in January"): the next such
month."""


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_REPORT = re.compile(
    r"(?i)^(?:[^.!?]{0,60}\s[-–|]\s)?(?:jaarverslag|jaarbericht|jaaroverzicht|jaarrapport"
    r"|jaarrapportage|annual report|year in review|jaarverantwoording)\s+(?P<year>(?:19|20)\d\d)"
    r"\s*$"
)  # an annual report's title line: its days without a year are of the year it covers
_AFTER_THE_YEAR = re.compile(
    r"(?i)vooruitblik|outlook|na afloop van het verslagjaar|nieuwe jaar|after the year"
    r"|voor het verschijnen"
)  # a report's words of what came after its year
_HEAD = 6


def _later(iso: str, than: str) -> bool:
    """Whether a date is later than another, compared as precisely as both are known."""
    size = min(len(iso), len(than))
    return iso[:size] > than[:size]


_BULLET_LEAD = re.compile(r"\s*[-–•*]\s")


_DAY_MONTH = re.compile(r"\s*\((?P<day>[0-3]?\d)/(?P<month>[01]?\d)\)")
"""A day and month in brackets after "vandaag": "Vanaf vandaag (9/11) doet X mee"."""


def _on_day(day: int, month: int, release: str) -> str | None:
    """The date of a day and month told beside "vandaag" in a release (9/11 is 9 November): in
    the release's year, or the year before where it would fall more than a week after the
    release; read the other way round (an American 12/4) only where that one falls within a
    week of the release and the first does not; None where there is no such day."""
    if len(release) != 10:
        return None
    issued = date.fromisoformat(release)

    def told(d: int, m: int) -> date | None:
        try:
            found = date(issued.year, m, d)
            return found.replace(year=issued.year - 1) if (found - issued).days > 7 else found
        except ValueError:
            return None

    near = [found for found in (told(day, month), told(month, day)) if found]
    near.sort(key=lambda found: abs((found - issued).days) > 7)  # the one near the release first
    return near[0].isoformat() if near else None


@dataclass(frozen=True)
class Calendar:
    """How one release dates its changes: its own date (the dateline, else the date its source
    table gives) and the dateline's span, which is no change's date.

    Attributes:
        line: The dateline; None if the release has none.
        at: The offset of the dateline's sentence in the text (-1 without one).
        release: The release's date (ISO, as precise as known), or None if it is not dated.
    """

    line: Dated | None
    at: int
    release: str | None
    text: str = ""  # the release's text, for a year its sentence states before a change
    reported: int | None = None  # the year an annual report covers ("Jaarverslag 2025")

    @classmethod
    def of(cls, sentences: list[Sentence], issued: str | None = None, text: str = "") -> Calendar:
        """The calendar of a release of `sentences`; `issued` is the date a source table gives
        it (ISO), used where the text has no dateline; `text` the text they were read from."""
        found = opening_line(sentences) or head_date(sentences)
        reports = (_REPORT.search(s.text) for s in sentences[:_HEAD])
        reported = next((int(r["year"]) for r in reports if r), None)
        if found is None:
            return cls(None, -1, issued or None, text, reported)
        line, sentence = found
        release = line.iso or issued or None
        if reported and release and reported >= int(release[:4]):
            reported = None  # "Jaarplan 2027" or the year of its own release: no year past
        return cls(line, sentence.start, release, text, reported)

    def iso(self, sentence: Sentence, before: Sentence | None = None) -> str | None:
        """The ISO date a sentence gives its change (`date`), or None."""
        found = self.date(sentence, before)
        return found.iso if found else None

    def date(
        self, sentence: Sentence, before: Sentence | None = None, year: int | None = None
    ) -> Dated | None:
        """The date a sentence gives its change (see `change_date`); for a change "op die
        datum" (`SAME_DATE`), the date of the sentence `before` it; a day without a year in
        `year` where it is given (the year a list's opening states: "In 2025 traden toe:")."""
        skip = self.line if sentence.start == self.at else None
        if year and (found := change_date(sentence.text, year, skip)):
            return found
        year = int(self.release[:4]) if self.release else None
        found = change_date(sentence.text, year, skip)
        carried = self._carried(sentence, found) if found else None
        reported = (
            self.reported and not will(sentence.text) and not _AFTER_THE_YEAR.search(sentence.text)
        )
        carried = carried or (
            self.reported if found and reported and not _YEAR.search(found.words) else None
        )
        if carried is not None:  # "In maart 2025 sloot X aan; in september volgde Y": 2025;
            return change_date(sentence.text, carried, skip)  # "In maart" of "Jaarverslag 2025"
        if year and found and self._past(found, sentence):
            found = change_date(sentence.text, year - 1, skip)  # "joined on 12 June", in a
            # January review of the year before
        elif year and found and self._ahead(found, sentence):
            found = change_date(sentence.text, year + 1, skip)  # "stapt per 1 januari uit", in
            # a November release: the January after it
        today = TODAY.search(sentence.text)
        own = _DAY_MONTH.match(sentence.text, today.end()) if today else None
        iso = (
            _on_day(int(own["day"]), int(own["month"]), self.release)
            if own and self.release
            else None
        )
        if found is None and today and own and iso:  # "vandaag (9/11)": that day, near the release
            return Dated(iso, sentence.text[today.start() : own.end()], today.start(), own.end())
        if found is None and today and self.release and len(self.release) == 10:
            return Dated(self.release, today.group(), today.start(), today.end())  # the day itself
        full_day = self.release if self.release and len(self.release) == 10 else None
        before_day = days_before(sentence.text, full_day) if full_day and not found else None
        if before_day:
            iso, words = before_day  # "tekende gisteren", "tekende maandagavond"
            return Dated(iso, words.group(), words.start(), words.end())
        same = SAME_DATE.search(sentence.text)
        if found is None and same and before is not None:
            earlier = self.date(before)
            if earlier is not None:  # "in dezelfde maand": that month, not its day
                month = same.group().endswith(("maand", "month"))
                iso = earlier.iso[:7] if month and earlier.iso else earlier.iso
                return Dated(iso, same.group(), same.start(), same.end())
        return found

    @property
    def news(self) -> str | None:
        """When the text's news is: the year an annual report covers
        ("Jaarverslag 2025", adopted in April 2026: its joins of 2025 are its news), else the
        release's date."""
        return str(self.reported) if self.reported else self.release

    def _carried(self, sentence: Sentence, found: Dated) -> int | None:
        """The year a whole date earlier in the same sentence states, for a date without one
        ("In maart 2025 sloot X aan; in september volgde Y"); None where there is none."""
        if _YEAR.search(found.words) or sentence.start < 0 or not self.text:
            return None
        head = self.text[max(0, sentence.start - 300) : sentence.start]
        head = re.split(r"[.!?]\s|\n", head)[-1] + sentence.text[: found.start]
        if sentence.start == self.at and self.line is not None:  # not the dateline's year
            head = sentence.text[self.line.end : found.start]
        dated = [m for m in DATE.finditer(head) if m["year"] or m["eyear"]]
        if not dated or re.match(r"(?i)(?:sinds|since|vanaf|from)\b", dated[-1].group()):
            return None  # "Sinds oktober 2023 is X partner, en op 2 mei trad Y toe": a state
        if self.release and len(self.release) >= 7:  # the release's year holds where its day
            own = change_date(sentence.text, int(self.release[:4]))  # is not after the release
            if own and own.iso and not _later(own.iso, self.release):
                return None
        year = int(dated[-1]["year"] or dated[-1]["eyear"])
        source, carried = change_date(dated[-1].group(), None), change_date(sentence.text, year)
        if source and carried and source.iso and carried.iso and carried.iso[:7] < source.iso[:7]:
            return year + 1  # "december 2025; in januari volgde Y": the January after
        return year

    def _ahead(self, found: Dated, sentence: Sentence) -> bool:
        """Whether a day or a month without a year, read in the release's year, falls more than
        half a year before the release, in a sentence that tells a change to come: "stapt per 1
        januari uit" or "will join in January" in a November release is the January after it
        ("per 1 oktober" in November is the October before)."""
        release, iso = self.release or "", found.iso or ""
        iso = f"{iso}-28" if len(iso) == 7 else iso  # "in januari": late in the month, at most
        if re.search(r"\b\d{4}\b", found.words) or len(release) != 10 or len(iso) != 10:
            return False
        if PAST_TENSE.search(sentence.text):
            return False
        days = date.fromisoformat(release).toordinal() - date.fromisoformat(iso).toordinal()
        return days > 183 and bool(FUTURE_RULES.search(sentence.text))

    def _past(self, found: Dated, sentence: Sentence) -> bool:
        """Whether a day without a year, read in the release's year, falls after the release
        in a sentence in the past tense or after "sinds": the day of the year before."""
        guessed = not re.search(r"\b\d{4}\b", found.words)
        later = bool(found.iso and self.release and _later(found.iso, self.release))
        since = re.match(r"(?:[Ss]inds|[Ss]ince)\b", found.words)  # "Sinds 16 november"
        return guessed and later and bool(PAST_TENSE.search(sentence.text) or since)

    def when(
        self,
        evidence: Evidence,
        sentence: Sentence,
        before: Sentence | None = None,
        year: int | None = None,
    ) -> When | None:
        """The date of the change `sentence` states, as a `When` with its evidence (`before`:
        the sentence before it in its paragraph, for "op die datum"; `year`: see `date`)."""
        found = self.date(sentence, before, year)
        return When(found.iso, found.words, evidence) if found else None

    def issued(self, evidence: Evidence) -> When | None:
        """The dateline's date, with its sentence as the evidence."""
        return When(self.line.iso, self.line.words, evidence) if self.line else None

    def after(self, sentence: Sentence) -> bool:
        """Whether the change `sentence` states is dated after the release (both known)."""
        found = self.date(sentence)
        if (
            found
            and found.iso
            and self.release
            and _COMING.search(sentence.text)
            and len(found.iso) == 7
        ):
            return True  # "In februari sluit X aan", said in September
        if found and found.iso and self.release:
            size = min(len(found.iso), len(self.release))
            return found.iso[:size] > self.release[:size]
        return False

    def ahead(self, sentence: Sentence, after: Sentence | None) -> bool:
        """Whether a join its own sentence leaves undated is still to come by the next sentence
        of its paragraph, which speaks of joining with a date to come ("Ook de gemeente Buren
        sluit aan. De raad stemde in met toetreding per volgend jaar.")."""
        if after is None or after.paragraph != sentence.paragraph:
            return False
        if PAST_TENSE.search(sentence.text) or not _JOINING.search(after.text):
            return False  # "zijn A en B aangesloten. C heeft haar deelname per ... beëindigd"
        if self.date(sentence):
            return False
        return bool(FUTURE_RULES.search(after.text)) or self.after(after)

    def future(self, sentence: Sentence, said: bool) -> bool:
        """Whether the join `sentence` states is still to come: its date after the release's,
        where both are known; else not in the past tense ("trad per 1 maart toe") and `said`
        by a `FUTURE_RULES` phrase; a day without a year does not overrule `FUTURE_WORDS` ("heeft
        toegezegd ...; zodra het portaal in januari live gaat", in a November release)."""
        found = self.date(sentence)
        guessed = found is not None and not re.search(r"\b\d{4}\b", found.words)
        worded = bool(FUTURE_WORDS.search(sentence.text))
        if guessed and _COMING.search(sentence.text):
            return True  # "In februari sluit X aan", said in September (or undated): to come
        if guessed and PAST_TENSE.search(sentence.text):
            return False  # "In oktober kwam X erbij" in a year's review: that October is past
        if guessed and not said and _BULLET_LEAD.match(sentence.text):
            return False  # "- in juni X" under "In 2025 traden toe:": a list of the past
        if found and found.iso and self.release and not (worded and guessed):
            size = min(len(found.iso), len(self.release))
            if found.iso[:size] != self.release[:size] or len(found.iso) >= len(self.release):
                return found.iso[:size] > self.release[:size]  # else "in het vierde kwartaal
                # van 2026", said in March 2026: the words decide
        return said and not PAST_TENSE.search(sentence.text)
