"""Whether a name the reader took for the coalition can be one: not a pronoun or adverb
("Wat", "Daarvoor"), a date ("Since 1 October 2025"), a lone adjective ("Utrechtse") or a
person the text introduces with a role ("chair Jeroen Willems"); and the coalition's name
without a word that heads a page or agenda item ("Ondertekening Pact X" is "Pact X").

>>> plausible_coalition("Wat", "")
False
>>> plausible_coalition("Jeroen Willems", "On 26 November, chair Jeroen Willems welcomed X.")
False
>>> plausible_coalition("Digitaal Fit Haaglanden", "Digitaal Fit Haaglanden telt tien partners.")
True
>>> without_heading("Voortgangsrapportage Coalitie Digitaal Vaardig Zwolle")
'Coalitie Digitaal Vaardig Zwolle'
"""

from __future__ import annotations

import re

from kg.ingest.dates import MONTH_NAMES
from kg.ingest.subjects import ROLES, no_organisation

__all__ = ["plausible_coalition", "without_heading"]

_ADVERBS = frozenset(
    {"daarvoor", "daarom", "daardoor", "hierdoor", "hiervoor", "samen", "zo", "ook", "nu"}
    | {"together", "so", "also", "now", "then"}
)
_TIME = re.compile(r"(?:Since|Until|From|By|On|In|Sinds|Tot|Vanaf|Per|Op|Na)\b")
_HEADINGS = re.compile(
    r"^[A-Z]\w*(?:ing|rapportage|verslag|bericht|brief|nieuws|overzicht|update|agenda)"
    r" (?=\S+ )"
)


def plausible_coalition(name: str, text: str) -> bool:
    """Whether `name` (as written) can name the coalition `text` tells of."""
    words = name.split()
    if not words or no_organisation(name) or name.lower() in _ADVERBS:
        return False
    if _TIME.match(name) or any(w.lower().strip(",") in MONTH_NAMES for w in words):
        return False  # "Since 1 October 2025", "February 2026, and the IT"
    if len(words) == 1 and re.fullmatch(r"[A-Z]\w+(?:se|sche)", name):
        return False  # "Utrechtse": the adjective of a coalition's name, not the name
    return not _person(name, text)


_PERSON = re.compile(
    r"[A-Z][a-zà-ÿ]+(?: (?:van|de|der|den|ter|ten|el|van der|van den))* [A-Z][a-zà-ÿ'-]+"
)
_THEME = re.compile(
    r"(?i)digi|coalit|netwerk|network|allian|pact|platform|samen|vaardig|inclus|\bfit\b|sterk"
)


def _person(name: str, text: str) -> bool:
    """A person's name ("Jeroen Willems") the text gives a role or lets speak ("chair Jeroen
    Willems", "zegt Geesje Lubbers"), not a coalition's ("coördinator Digitaal Fit Zwolle")."""
    if not _PERSON.fullmatch(name) or _THEME.search(name):
        return False
    said = rf"\b(?:{ROLES.pattern}|zegt|aldus|says|said|vertelt)\s+{re.escape(name)}\b"
    after = rf"\b{re.escape(name)},? (?:\(|zegt|says|said|vertelt)"
    return bool(re.search(said, text, re.IGNORECASE) or re.search(after, text))


def without_heading(name: str) -> str:
    """A coalition's name without a word that heads a page or an agenda item before it."""
    return _HEADINGS.sub("", name)
