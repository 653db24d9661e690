"""How a row of a phrase table is written: a name that shows an example, and a regular
expression with slots for the parts every table uses (`phrase`)."""

from __future__ import annotations

from kg.ingest.dates import MONTH_WORD
from kg.ingest.prefilter import lazy
from kg.ingest.rules import Rule

__all__ = ["phrase"]

_D = r"\((?:\d[\d/.\-]*|[a-z][\w/.\- ]{0,18})\)"  # a date in brackets: "vandaag (9/11)"
_DAY = rf"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|\d{{1,2}} (?:{MONTH_WORD})(?: \d{{4}})?),"
_A = rf"(?:(?:[a-zß-ÿ0-9][\w’'/\-]*|\d+e|\d+de|{_D}|{_DAY}) ){{0,8}}?"  # adverbs: "vandaag ",
# "als 10e ", "vorige week dinsdag, 10 november, "
_S = r"^(?P<subj>.+?)"
_C = r"(?P<coal>.+)"
_O = r"(?P<obj>.{1,300}?)"
_NR = r"(?:nummer|nr\.|number|no\.) \w+"  # "partner nummer 9 van het netwerk"
_TEXT = r"(?:[^.;:]|\.(?=[A-Za-z]\.)|(?<=[A-Z]\.[A-Z])\.)+"  # to the sentence's end, past "B.V."


def phrase(name: str, pattern: str, flags: int = 0) -> Rule:
    """A table's row: `pattern` with its slots filled ({A} adverbs, {S} the subject before the
    verb, {C} the coalition, {D} a date in brackets, {O} the object, {NUMBER} "nummer 9",
    {TEXT} to the sentence's end)."""
    slots = (
        ("{A}", _A),
        ("{D}", _D),
        ("{S}", _S),
        ("{C}", _C),
        ("{O}", _O),
        ("{NUMBER}", _NR),
        ("{TEXT}", _TEXT),
    )
    for slot, text in slots:
        pattern = pattern.replace(slot, text)
    return Rule(name, lazy(pattern, flags))
