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
    r"(?<![\d-])(?:(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>(?:19|20)\d\d)"
    r"|(?P<Y>(?:19|20)\d\d)-(?P<M>[01]\d)-(?P<D>[0-3]\d))(?![\d-])"
)  # "13-10-2026", "2024-05-07"
_PUBLISHED = re.compile(
    r"(?i)\b(?:geplaatst|gepubliceerd|gepost|published|posted|verzonden|verstuurd|sent|issued"
    r"|uitgegeven|verschenen|vastgesteld|adopted|updated|bijgewerkt|submitted|ingediend"
    r"|ingeleverd|datum|date|publicatiedatum)\b[^\d]{0,40}$"
)  # a word of publishing before the date
_NOT_OURS = re.compile(
    r"(?i)\b(?:tot en met|t/m|tot|until|till|deadline|vóór|inschrijven|aanmelden|register"
    r"|registration|opgenomen|recorded|looptijd|duration|period|periode|geldig|valid|hangt"
    r"|aanvang|start|starts|begint|opening|reporting|première|premiere|visit|bezoek|event"
    r"|bijeenkomst|conference|congres)\b|\d\s*[–—-]\s*$"
)  # a period, a deadline, an event: not the text's own date


def head_date(sentences: list[Sentence]) -> tuple[Dated, Sentence] | None:
    """The date of the first short line of the head that gives one whole date, and its line."""
    for sentence in sentences[:_HEAD]:
        text = sentence.text
        if text.rstrip()[-1:] in ".!?" and len(text.split()) > 5:
            return None  # prose: the head has ended, and its dates are events'
        if len(text.split()) > _WORDS or (text.rstrip()[-1:] == ":" and len(text.split()) > 8):
            continue
        found = _whole_dates(text)
        if len(found) > 1:  # "Opgenomen op 12 november · samenvatting geplaatst op 19 november"
            found = [d for d in found if _PUBLISHED.search(text[: d.start])]
        if len(found) != 1:
            continue
        date = found[0]
        led = re.match(
            r"(?i)(?:per|vanaf|sinds|op|in|sedert|tot|on|since|from|as of)\b", date.words
        )
        if led and not _PUBLISHED.search(text[: date.start] + date.words[: led.end()]):
            continue  # "Sinds 1 september 2026 heet X": a change's date
        if _NOT_OURS.search(text[: date.start]) and not _PUBLISHED.search(text[: date.start]):
            continue
        if re.search(r"^\s*(?:[–—-]|t/m|tot|to|until)\s", text[date.end :]):
            continue  # "1 november 2025 – 31 oktober 2027": a period
        return date, sentence
    return None


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
