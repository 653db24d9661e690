"""A text's own date from its head, where no dateline of a known shape gives it.

Heads date a text in endless ways: "NIEUWS › woensdag 9 september 2026", "Vergaderdatum:
donderdag 3 december 2026", "[di 13-10-2026 08:47] Buurtteam X:", "Date of report: 10 July
2026", "Nieuwsbrief ... | nr. 9 | 16 november 2026". `dates.DATELINE` knows a list of them; what
they share is a short line near the top with one whole date (a day, a month and a year). This
reads that line. A line with two dates takes the one a word of publishing leads ("samenvatting
geplaatst op 19 november 2026"); a period, a deadline or an event to come is no text's date.

>>> from kg.ingest.sentences import read_sentences
>>> found = head_date(read_sentences("Clubnieuws\\nNIEUWS › woensdag 9 september 2026\\n\\nTekst."))
>>> found[0].iso, found[1].text
('2026-09-09', 'NIEUWS › woensdag 9 september 2026')
>>> head_date(read_sentences("Cursus\\nLooptijd: 1 november 2025 – 31 oktober 2027\\n\\nTekst."))
"""

from __future__ import annotations

import re
from datetime import date

from kg.ingest.dates import DATE, Dated, read_date
from kg.ingest.sentences import Sentence

__all__ = ["head_date"]

_HEAD = 6  # lines of a head
_WORDS = 25  # a longer line is prose, whose date is an event's; so is a sentence of more than 8
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?:(?P<d>[0-3]?\d)([-/.])(?P<m>[01]?\d)\2(?P<y>(?:19|20)\d\d)"
    r"|(?P<Y>(?:19|20)\d\d)-(?P<M>[01]\d)-(?P<D>[0-3]\d))(?![\d/-])"
)  # "13-10-2026", "18/05/2026", "18.05.2026", "2024-05-07"
_PUBLISHING = (
    r"(?:geplaatst|gepubliceerd|gepost|published|posted(?: by [\w.]+)?|verzonden|verstuurd|sent"
    r"|issued|uitgegeven|verschenen|vastgesteld|adopted|(?:last )?updated|bijgewerkt|datum|date"
    r"|date of report|publicatiedatum|vergaderdatum|uitzending|uitgezonden|broadcast|gestart"
    r"|submitted|date of submission|ingeleverd|ingediend|last update|last modified|laatst gewijzigd"
    r"|stand per|bulletin|(?:verslag|notulen|agenda|besluitenlijst|summary)?(?: van| of)?"
    r"(?: de| het| the)?(?: openbare| public)? ?(?:raads|commissie)?(?:vergadering|overleg|meeting"
    r"|council meeting)(?: van| of| d\.d\.)?)(?: (?:door|by) [^|›·•:]{1,50}?)?(?: op| on)?\s*:?"
)  # a word of publishing, or the meeting minutes and agendas are of
_OWN = re.compile(
    r"(?i)^(?:(?:laatste |latest )?(?:nieuws|news|nieuwsbrief|newsletter|persbericht"
    r"|press release|update|editie"
    r"|edition|issue|nr\.?\s*\d+|no\.?\s*\d+)\s*)?"
    rf"(?:(?:(?!(?:event|evenement|bijeenkomst|meeting|sluitings|ingangs|inschrijf)\w*)\w+\s+)?"
    rf"{_PUBLISHING})?\s*"
    r"(?:\[?(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)\.?"
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)?"
    r",?\s*$"
)
"""What may stand before a text's own date in its part of a head line: nothing, a section word
("NIEUWS ›", "nr. 9 |"), a word of publishing ("Geplaatst op", "verslag geplaatst op",
"Vergaderdatum:"), a weekday; not "Datum bijeenkomst:", "Opgericht", "Foto: X,", "Uiterlijk"."""
_SEPARATORS = re.compile(r"[|›»·•–—>/]|\s-\s|\s{3,}")
_WEEKDAY = re.compile(r"(?i)\b(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|\w+day)\b")
_PLACE = re.compile(r"^\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?,\s*")  # "Enschede, 20 November"
_CLOCK_AFTER = re.compile(
    r"\s*,?\s*(?:om\s+|at\s+)?\d{1,2}[.:]\d\d\s*(?:uur|u\b|pm|am)|\s*(?:·|\|)?\s*\d{1,2}\s*(?:pm|am)",
    re.I,
)
"""A time of day with "uur" after a date: an event's hour ("19.30 uur"), not a post's stamp."""


def head_date(sentences: list[Sentence]) -> tuple[Dated, Sentence] | None:
    """The date of the first short line of the head that gives one whole date, and its line."""
    for sentence in sentences[:_HEAD]:
        text = sentence.text
        if text.rstrip()[-1:] in ".!?" and len(text.split()) > 5:
            return None  # prose: the head has ended, and its dates are events'
        if len(text.split()) > _WORDS or (text.rstrip()[-1:] == ":" and len(text.split()) > 8):
            continue
        found = [d for d in _whole_dates(text) if _own(text, d)]
        if len(found) != 1:
            continue
        date = found[0]
        if re.search(r"^\s*(?:[–—-]|t/m|tot|to|until)\s", text[date.end :]):
            continue  # "1 november 2025 – 31 oktober 2027": a period
        return date, sentence
    return None


def _own(text: str, found: Dated) -> bool:
    """Whether a date is the text's own by what stands before it in its part of the line, and
    no hour of an event follows it."""
    led = re.match(r"(?i)(?:op|on)\s+", found.words)  # "geplaatst op 9 november": its "op"
    before = text[: found.start] + (found.words[: led.end()] if led else "")
    if re.match(r"(?i)(?:per|vanaf|sinds|in|sedert|tot|since|from|as of)\b", found.words):
        return False  # "Sinds 1 september 2026 heet X": a change's date
    if re.search(r"(?:19|20)\d\d\s*[–—-]\s*$", before):
        return False  # "1 november 2025 – 31 oktober 2027": the end of a period
    part = _PLACE.sub("", _SEPARATORS.split(before)[-1]).strip(" ,[")
    if re.search(r"(?i)\b(?:next|volgende|eerstvolgende|komende|upcoming)\b", part):
        return False  # "Next meeting: Tuesday 12 May 2026": to come
    labelled = bool(re.search(r"[a-z]{3}", _WEEKDAY.sub("", part)))  # a weekday alone and an
    # hour after: an event's
    return bool(_OWN.match(part)) and (labelled or not _CLOCK_AFTER.match(text[found.end :]))


def _whole_dates(text: str) -> list[Dated]:
    found = []
    for match in DATE.finditer(text):
        day = match["day"] or match["eday"] or match["eday2"]
        if day and (match["year"] or match["eyear"]):
            iso = read_date(match.group())
            if iso and len(iso) == 10:
                found.append(Dated(iso, match.group(), match.start(), match.end()))
    for match in _NUMERIC.finditer(text):
        year, month, day = match.group("y", "m", "d") if match["y"] else match.group("Y", "M", "D")
        try:
            iso = date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue  # no such day
        found.append(Dated(iso, match.group(), match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)
