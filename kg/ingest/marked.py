"""Partners a list marks as new, with no verb of joining: "A, B en, sinds afgelopen dinsdag, C",
"A en – sinds kort – B", "- C (nieuw)", "– D (since 8 October 2026, see section 3)". A mark
tells a join where it is "new" or a time since which that is recent: a word of the last days or
weeks ("sinds kort", "since last Tuesday"), or a date within three months before the release.

>>> [m.name for m in marked("telt A, B en, sinds afgelopen dinsdag, Bank C.", None)]
['Bank C']
>>> unmarked("A, B en – sinds kort – Bank C")
'A, B en Bank C'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.ingest.dates import DATE, read_date
from kg.ingest.sentences import UPPER

__all__ = ["Marked", "marked", "unmarked"]

_MARK = r"nieuw|new|(?:nieuw |new )?(?:sinds|since|vanaf|as of) [^,;()–—\n]{1,40}?"
_APART = r"(?:,|\s[–—-])\s"  # the commas or dashes around an inserted mark
_NAME = (
    rf"[{UPPER}](?:[^,;.()–—\n|\t]|\.(?=[A-Za-z])|(?<=\b(?:Dr|St|Mr))\. )" + "{1,80}?"
)  # "X N.V."
_INLINE = re.compile(
    rf"(?<=\s)(?P<and>en|and){_APART}(?P<mark>{_MARK}){_APART}(?:(?:de|het|the)\s)?"
    rf"(?P<name>{_NAME})(?=\s*(?:[;,(–—]|\.(?![A-Za-z])|$)|\s(?:die|dat|which|who)\b)"
)
_BRACKETED = re.compile(
    rf"(?:[-–—•*·]\s*|\d{{1,2}}[.)]\s*)?(?P<name>[{UPPER}][^():\n|\t]{{1,80}}?)\s\((?P<mark>{_MARK})"
    r"(?:[,;][^)]*)?\)[\s,;.]*"
)  # a line of its own: "- Administratiekantoor Kloosterman, Bos & Co. (nieuw)"
_GROUP = re.compile(
    r"(?i)^(?:(?:de|het|onze|alle|the|our|all|current|huidige) )?(?:partners?|members?|leden"
    r"|deelnemers|participants|partijen|parties|overzicht|overview|lijst|list|stand)\b"
)  # a heading over the list, dated: "Partners of the ADMZ (as of 30 June 2025)"
_RECENT = re.compile(
    r"\b(?:kort|recent\w*|vandaag|today|gisteren|yesterday|deze (?:week|maand)|this (?:week|month)"
    r"|(?:afgelopen|vorige|last) (?:\w+dag|\w+day|week|maand|month))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Marked:
    """A name a list marks as new: where (`start`, `end`, in its sentence) and whether the
    mark's date is after the release (a join to come)."""

    name: str
    start: int
    end: int
    future: bool


def marked(text: str, release: str | None) -> list[Marked]:
    """The names a sentence's list marks as new (see the module)."""
    found: list[Marked] = []
    line = _BRACKETED.fullmatch(text)
    for match in (*_INLINE.finditer(text), *([line] if line else [])):
        when = _when(match["mark"], release)
        name = match["name"].strip()
        if (
            re.search(r"[A-Z]\.[A-Z]$", name)
            and text[match.end("name") : match.end("name") + 1] == "."
        ):
            name += "."  # "Twentse Handelsbank N.V." at a sentence's end
        if when is not None and not _GROUP.search(name):
            found.append(Marked(name, match.start(), match.end(), when))
    return sorted(found, key=lambda m: m.start)


def unmarked(text: str) -> str:
    """A list without the marks inserted after its last "en" ("A en – sinds kort – B")."""
    return _INLINE.sub(lambda m: f"{m['and']} {m['name']}", text)


def _when(mark: str, release: str | None) -> bool | None:
    """Whether a mark tells a join to come (True), just now (False), or none (None): "sinds
    2019" is an old partner's."""
    if mark.lower() in ("nieuw", "new") or _RECENT.search(mark):
        return False
    if not DATE.search(mark) or release is None or len(release) != 10:
        return None
    iso = read_date(mark, int(release[:4]))
    if iso is None or len(iso) < 7:
        return None
    told = date.fromisoformat(iso if len(iso) == 10 else f"{iso}-01")
    days = (date.fromisoformat(release) - told).days
    return days < 0 if -366 < days <= 92 else None
