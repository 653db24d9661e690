"""Dates in press releases: the release's own date and the dates of joins, leaves, renames.

A date phrase is found by `DATE` (day, month and year in words: "1 maart 2021", "per 1 juli",
"mei 2022", English "on 1 December 2026", "since March 3, 2025") and parsed by `dateparser`
(in Dutch: an English month is named in Dutch first). Nothing is invented: a day and month
without a year take the release's year only when the release is dated (the year before, where
that day would fall after the release in a sentence in the past tense), else the date stays
unknown (None, with the words kept); a month without a day stays a month ("2022-05"); a year
alone stays a year.

>>> read_date("1 maart 2021"), read_date("mei 2022"), read_date("1 juli"), read_date("1 juli", 2024)
('2021-03-01', '2022-05', None, '2024-07-01')
>>> change_date("Per 1 januari 2025 treedt ook de GGD toe.", None).words
'Per 1 januari 2025'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from kg.ingest.sentences import Sentence

__all__ = [
    "DATE",
    "DATELINE",
    "MONTHS_EN",
    "MONTH_NAMES",
    "MONTH_WORD",
    "Dated",
    "change_date",
    "dateline",
    "has_date",
    "opening_line",
    "read_date",
]

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan\.?|feb\.?|febr\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept\.?|sep\.?|okt\.?|nov\.?|dec\.?"
)
MONTHS_EN = (
    "January|February|March|April|May|June|July|August|September|October|November|December|Sept"
)
DATE = re.compile(
    r"(?:\b(?P<lead>[Pp]er|[Vv]anaf|[Ss]inds|[Mm]et ingang van|[Oo]p|[Ii]n|[Ss]edert|[Tt]ot)\s+)?"
    r"\b(?:(?P<day>[0-3]?\d)(?:e|ste|de)?\s+)?(?P<month>" + _MONTHS + r")(?![\w])"
    r"(?:\s+(?P<year>(?:19|20)\d\d)\b)?"
    r"|(?:\b(?P<ylead>[Ss]inds|[Vv]anaf|[Pp]er|(?:[Ii]n )?(?:het )?(?:eerste|tweede|derde|vierde"
    r"|laatste) kwartaal van|(?:[Ii]n )?(?:the )?(?:first|second|third|fourth|last) quarter of)"
    r"\s+)(?P<yonly>(?:19|20)\d\d)\b(?![-/.]\d)"
    r"|(?:\b(?P<elead>[Oo]n|[Ss]ince|[Ff]rom|[Aa]s of|[Ii]n|[Ee]ffective|[Ss]tarting)\s+)?"
    r"\b(?:(?P<eday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<emonth>" + MONTHS_EN + r")\b"
    r"(?:\s+(?P<eday2>[0-3]?\d)(?:st|nd|rd|th)?\b,?)?(?:\s+(?P<eyear>(?:19|20)\d\d)\b)?",
)
"""A date phrase, with its preposition: "per 1 maart 2021", "in mei 2022", "sinds 2019" (a
year alone only after "sinds", "vanaf", "per" or a quarter: "in 2030" is a goal's year, not a
date; "in het eerste kwartaal van 2027" is 2027);
English with a capital and a day or a year: "on 1 December 2026", "since March 3, 2025"."""

_ENGLISH = {
    "january": "januari",
    "february": "februari",
    "march": "maart",
    "may": "mei",
    "june": "juni",
    "july": "juli",
    "august": "augustus",
    "october": "oktober",
}
"""English month names that differ from the Dutch (april, september, november, december do not)."""
MONTH_NAMES = frozenset(_MONTHS.split("|")[:12]) | _ENGLISH.keys()
"""Every month's full name, Dutch and English, lowercase."""
MONTH_WORD = "|".join(sorted(MONTH_NAMES, key=lambda word: (-len(word), word)))  # "september|..."
"""The month names for a pattern: the longest first, and always written the same."""

DATELINE = re.compile(
    r"^(?!(?:gisteren|eergisteren|vorig\w*|volgend\w*|afgelopen|morgen|overmorgen|eerder|later"
    r"|yesterday|last(?! (?:updated|modified|edited))|next|tomorrow|earlier|later)\b)"
    # "Vorig jaar, 3 maart 2025, tekende": an event's date, not the release's
    r"(?:(?:datum|date|gepubliceerd op|published on|uitgave|uitgegeven op)\s*:?\s*"  # "Datum: 3"
    r"|(?:datum (?:collegebesluit|besluit|voorstel|vergadering|verzending|uitgave|verschijning"
    r"|publicatie|brief|beantwoording)|uitzending|verzonden|verstuurd|sent)\s*:\s*)?"  # "Datum
    # collegebesluit:", an e-mail's "Verzonden:", a transcript's "Uitzending:"; not an event's
    r"(?:(?:[^\n,.:;–—|·]|\.(?= ?\d)){2,60}?(?:\s*,\s+|(?<!\s)\s+[–—|·-]\s+)){0,3}?"  # "Haarlem, ",
    # "EMMEN – ", "Eersel, the Netherlands, ", "BEVELANDS DAGBLAD | Regio | ", "nr. 5 – "
    r"(?P<posted>(?:gepubliceerd|geplaatst|gepost|verschenen|toegevoegd|opgemaakt"
    r"|(?:laatst )?bijgewerkt|published|posted|(?:page )?(?:last )?updated)"
    r"(?: (?:door|by) (?:de|het|the) [^\n,.:;]{1,60}?)?(?: op| on)?\s*:?\s*)?"  # "Geplaatst
    # door de redactie van X op 24 november 2026", not a comment's "Geplaatst door Piet op"
    r"(?:\w+(?:dag|day),?\s+|(?<=:\s)(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?\s+)?"
    # "dinsdag 4 maart 2025", after a label "Datum: do 19-11-2026 16:42" (an e-mail's head)
    r"(?P<date>(?:[0-3]?\d\s+)?(?:" + _MONTHS + "|" + "|".join(_ENGLISH) + r")\s+(?:19|20)\d\d"
    r"|[0-3]?\d-[01]?\d-(?:19|20)\d\d"  # "3-10-2025"
    r"|(?:" + "|".join(_ENGLISH) + r"|april|september|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? [0-3]?\d,? (?:19|20)\d\d)"  # "Sep 22,
    # 2026", "November 3, 2026": month, day, year
    r"(?:,?\s+(?:om\s+|at\s+)?[0-2]?\d[.:][0-5]\d(?:\s*uur)?)?"  # "18 november 2026, 14.32 uur"
    r"(?:\s*[–—:|·-]|\s*$|\s+(?:door|by)\b|(?(posted)\s+(?:in|on)\s|(?=\s*[,(•])))",
    # "12 mei 2026 · door X", "Gepubliceerd op 3 december 2026 in de decembereditie",
    # "Vandaag, 17 november 2026, ...", "zondag 29 november 2026 (1e Advent)"
    re.IGNORECASE,
)
"""A release's dateline: a place and a date (a day or a month) before a dash, as it opens its
text ("Haarlem, 16 maart 2024 –", "ROTTERDAM, 12 May 2025 –", "DORDRECHT – 14 januari 2025 –",
"Enschede, april 2025 –", "Zwolle, 7 april 2025:"), or a line of its own ("Gulpen, 20 mei 2025",
"Datum: 3 februari 2025", "Gepubliceerd op 4 februari 2025", "Hilversum, 3-10-2025"), Dutch or
English."""

_RANGE = re.compile(rf"\b(?:{_MONTHS}|{MONTHS_EN})\s*(?:[–—-]|t/m|tot|to|until)\s*$", re.IGNORECASE)

OPENING = 8
"""How many sentences (lines of a heading count) a release's opening dateline may come after."""


@dataclass(frozen=True)
class Dated:
    """A date phrase of a sentence.

    Attributes:
        iso: "YYYY-MM-DD", "YYYY-MM" or "YYYY" as precise as the words are; None when the
            words name a day without a year and the release is not dated.
        words: The words as written ("per 1 juli").
        start: Offset of the words in the sentence.
        end: Offset just past them.
    """

    iso: str | None
    words: str
    start: int
    end: int


def read_date(words: str, year: int | None = None) -> str | None:
    """The ISO date (as precise as the words) of a Dutch date phrase, or None.

    Args:
        words: "1 maart 2021", "per 1 juli", "mei 2022", "sinds 2019".
        year: The release's year, for a day and month without one; None if it is not dated.

    Returns:
        "YYYY-MM-DD", "YYYY-MM", "YYYY", or None when no full date can be read.
    """
    match = DATE.search(words)
    if match is None:
        return None
    if match.group("yonly"):
        return match.group("yonly")
    english = match.group("emonth")
    found_year = match.group("year" if not english else "eyear") or (str(year) if year else None)
    if found_year is None:
        return None  # a day or month without a year: never guessed
    if english:
        day, month = match.group("eday") or match.group("eday2"), _ENGLISH.get(english.lower())
    else:
        day, month = match.group("day"), match.group("month")
    month = month or english
    parsed = _parse(f"{day or 1} {_month(month)} {found_year}")
    if parsed is None:
        return None
    return parsed if day else parsed[:7]


_FULL = {
    month[:3]: month
    for month in [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]
} | {"mrt": "maart", "okt": "oktober"}


def _month(word: str) -> str:
    """The full Dutch month name of a month word ("mrt." -> "maart", "sept" -> "september")."""
    return _FULL[word.rstrip(".").lower()[:3]]


@lru_cache(maxsize=1)
def _parser() -> object:
    from dateparser.date import DateDataParser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    return DateDataParser(languages=["nl"], settings=settings)


@lru_cache(maxsize=4096)
def _parse(text: str) -> str | None:
    """dateparser's reading of "D maand YYYY" (Dutch; None for a day that does not exist)."""
    found = _parser().get_date_data(text, date_formats=["%d %B %Y"])  # type: ignore[attr-defined]
    return found.date_obj.date().isoformat() if found and found.date_obj else None


def dateline(text: str) -> Dated | None:
    """The release's own date, from a dateline ("Haarlem, 16 maart 2024 –", see `DATELINE`).

    >>> dateline("Haarlem, 16 maart 2024 – Het bureau treedt toe.").iso
    '2024-03-16'
    >>> dateline("ROTTERDAM, 12 May 2025 – TechBridge joins.").iso
    '2025-05-12'
    >>> dateline("Datum: april 2025").iso
    '2025-04'
    >>> dateline("Nr. 12 · december 2026 · verschenen op 4 december 2026").iso
    '2026-12-04'
    >>> dateline("Published Sep 22, 2026").iso, dateline("Posted on October 3, 2026").iso
    ('2026-09-22', '2026-10-03')
    >>> dateline("Gepubliceerd op 3 december 2026 in de decembereditie van de nieuwsbrief").iso
    '2026-12-03'
    >>> dateline("Geplaatst door de redactie van Platform X op 24 november 2026").iso
    '2026-11-24'
    >>> dateline("Rijschema januari – maart 2027") is None, dateline("Uitgave: 1 december 2026").iso
    (True, '2026-12-01')
    >>> dateline("14 januari 2026 in de bibliotheek tekenden zes organisaties.") is None
    True
    >>> dateline("Vandaag, dinsdag 17 november 2026, hebben we getekend.").iso
    '2026-11-17'
    """
    match = DATELINE.match(text)
    if match is None or _RANGE.search(text[: match.start("date")]):
        return None  # "Rijschema januari – maart 2027": a period, not the release's date
    found = _dateline_date(match)
    after = text[match.end("date") :]
    rest = match.end("date") + len(after) - len(after.lstrip(" \t·|–—,-"))
    later = DATELINE.match(text[rest:]) if found.iso and len(found.iso) == 7 else None
    more = later and _dateline_date(later)
    if more and more.iso and len(more.iso) == 10:  # "nr. 12 · december 2026 · verschenen op
        return replace(more, start=more.start + rest, end=more.end + rest)  # 4 december": the day
    return found


def _dateline_date(match: re.Match[str]) -> Dated:
    words = match.group("date")
    if "-" in words:  # "3-10-2025": day, month, year
        day, month, year = words.split("-")
        iso = _numeric(int(year), int(month), int(day))
    elif words[:1].isalpha() and (us := re.fullmatch(r"(\w+)\.? (\d+),? (\d{4})", words)):
        month = _ENGLISH.get(us[1].lower()) or _SHORT_EN.get(us[1].lower()[:3]) or _month(us[1])
        iso = read_date(f"{us[2]} {month} {us[3]}")  # "Sep 22, 2026"
    else:
        day, month, year = _day_month_year(words)
        iso = read_date(f"{day} {month} {year}".lstrip())
    return Dated(iso, match.group("date"), match.start("date"), match.end("date"))


_SHORT_EN = {"mar": "maart", "may": "mei", "oct": "oktober"}
"""English abbreviations whose Dutch month starts otherwise (the rest are the same)."""


def _numeric(year: int, month: int, day: int) -> str | None:
    """The ISO day of a numeric date, or None if there is no such day."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_month_year(words: str) -> tuple[str, str, str]:
    """("16", "maart", "2024") of "16 March 2024"; the day "" where the words give none."""
    *day, month, year = words.split()
    month = month.lower()
    return (day[0] if day else "", _ENGLISH.get(month, month), year)


def opening_line(sentences: list[Sentence]) -> tuple[Dated, Sentence] | None:
    """The release's dateline and its sentence: the first that opens with one among the first
    `OPENING` sentences, else the first line anywhere that is only a dateline ("Emmen, 5
    september 2025" under the text)."""
    for index, sentence in enumerate(sentences):
        line = dateline(sentence.text)
        if line is not None and (index < OPENING or line.end >= len(sentence.text.rstrip(" –—-"))):
            return line, sentence
    return None


def change_date(sentence: str, year: int | None, skip: Dated | None = None) -> Dated | None:
    """The date a sentence gives a change (a join, a leave, a rename): the first date phrase
    with a preposition ("per 1 juli", "sinds 1 mei"), else the first with a day or month;
    the span `skip` (the dateline) left out.

    Args:
        sentence: The sentence.
        year: The release's year, for a day without a year; None if it is not dated.
        skip: A span of the sentence that is not the change's date (the dateline).

    Returns:
        The date phrase, or None if the sentence has none.
    """
    found = [
        m
        for m in _dates(sentence)
        if skip is None or m.end() <= skip.start or m.start() >= skip.end
    ]
    if not found:
        return None
    led = [m for m in found if m.group("lead") or m.group("ylead") or m.group("elead")]
    dated = [m for m in found if not m.group("yonly")]
    best = max(led or dated or found, key=_whole)  # "In May, X withdrew from 31 May 2026"
    return Dated(read_date(best.group(), year), best.group(), best.start(), best.end())


def _whole(match: re.Match[str]) -> bool:
    """Whether a date phrase gives a day, a month and a year."""
    return bool(match["year"] or match["eyear"]) and bool(
        match["day"] or match["eday"] or match["eday2"]
    )


_HINT = re.compile(rf"\b(?:(?:{_MONTHS}|{MONTHS_EN})(?!\w)|(?:19|20)\d\d\b)")


def has_date(sentence: str) -> bool:
    """Whether a sentence names a month or a year (a quick test before `change_date`)."""
    return _HINT.search(sentence) is not None


def _dates(sentence: str) -> list[re.Match[str]]:
    """The `DATE` phrases of a sentence, looked for only around a month or a year (`DATE` tried
    at every offset of a long sentence is slow)."""
    found: list[re.Match[str]] = []
    for hint in _HINT.finditer(sentence):
        start = max(hint.start() - 30, found[-1].end() if found else 0)
        for match in DATE.finditer(sentence, start, min(hint.end() + 12, len(sentence))):
            alone = not (match["eday"] or match["eday2"] or match["eyear"] or match["elead"])
            if match["emonth"] and alone:
                continue  # "May I ...": a month alone only after "in", "since", ...
            if match.start() <= hint.start() < match.end() and match not in found:
                found.append(match)
                break
    return found
