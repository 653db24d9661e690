"""Joiners a sentence only counts ("Deze maand zijn er twee partners bijgekomen"), named by the
organisations the next sentences of its paragraph open with ("Stichting X kent de mensen ...",
"En ZaanTech Solutions, een ICT-bedrijf uit Wormerveer, stelt ..."), or of the next paragraph,
perhaps after one sentence that names no one ("En vandaag komen er vier bij." / "Ik noem ze
graag bij naam." / "Woonstichting 't Heem, die ...").

>>> only_counted("Deze maand zijn er twee partners bijgekomen.", 17)
True
>>> opening_name("En ZaanTech Solutions, een ICT-bedrijf uit Wormerveer, stelt laptops ter hand.")
'ZaanTech Solutions'
"""

from __future__ import annotations

import re

from kg.ingest.gazetteer import bare_place
from kg.ingest.lines import org_like
from kg.ingest.names import without_person
from kg.ingest.rules import read_count
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.subjects import name_run
from kg.ingest.tenses import FUTURE_WORDS
from kg.ingest.words import COMING_IN, COUNTED, OPENERS, SEVERAL

__all__ = ["Waiting", "joiners_counted", "named_next", "only_counted", "opening_name"]

Waiting = tuple[int, Sentence, int | None]
"""How many joiners a sentence counted, that sentence, and the paragraph of the sentence that
names no one stepped over since (None if none was)."""


def joiners_counted(sentence: Sentence, before: list[Sentence], told: bool) -> int:
    """How many joiners `sentence` counts without naming them: "Deze maand zijn er twee partners
    bijgekomen" (`told`: a join form reads it), or "En vandaag komen er vier bij" after a count
    in its paragraph ("Tot vanochtend waren jullie met z'n zestienen."), not one to come; else 0.

    >>> from kg.ingest.sentences import read_sentences
    >>> said = read_sentences("Jullie waren met z'n zestienen. En vandaag komen er vier bij.")
    >>> joiners_counted(said[1], said[:1], False)
    4
    """
    several = SEVERAL.search(sentence.text)
    if told and several and only_counted(sentence.text, several.start()):
        return next((n for word in several.group().split() if (n := read_count(word))), 0)
    coming = COMING_IN.search(sentence.text)
    last = before[-1] if before and before[-1].paragraph == sentence.paragraph else None
    if not coming or last is None or not _COUNT_BEFORE.search(last.text):
        return 0
    if FUTURE_WORDS.search(sentence.text):
        return 0  # "Volgend jaar komen er twee bij"
    return read_count(coming["n"]) or 0


_COUNT_BEFORE = re.compile(rf"\bmet z['’]n \w+|{COUNTED.pattern}", re.IGNORECASE)


def named_next(waiting: Waiting, sentence: Sentence) -> tuple[Waiting | None, str]:
    """The joiner `sentence` names for the count `waiting` for names (or ""), and what is still
    waiting after it: a name counts one down; one sentence that names no one is stepped over;
    anything else ends the wait. The next paragraph names them only after such a sentence ("Ik
    noem ze graag bij naam."), not where it opens with a partner of old; there, and after the
    step, only a sentence that ends as one names ("Gerrit Lubbers, voorzitter" is a signature).
    """
    count, counted, stepped = waiting
    told = sentence.text.rstrip().endswith((".", "!"))
    other = sentence.paragraph != counted.paragraph
    far = other or stepped is not None
    if sentence.paragraph - counted.paragraph not in (0, 1) or (far and not told):
        return None, ""
    name = opening_name(sentence.text)
    if name and (not other or stepped == sentence.paragraph):  # the step opened this paragraph
        return ((count - 1, counted, stepped) if count > 1 else None), name
    if not name and stepped is None and not re.search(r"[A-Z]", sentence.text[1:]):
        return (count, counted, sentence.paragraph), ""
    return None, ""


def only_counted(text: str, at: int) -> bool:
    """Whether a join sentence tells how many joined and nothing of who ("Deze maand zijn er
    twee partners bijgekomen"): no name, no list after a colon, and the number not a total
    ("Met de komst van X telt de coalitie acht partners")."""
    named = _TWO_CAPITALS.search(text)
    return ":" not in text and not named and not _TOTAL_BEFORE.search(text[:at])


_NTH_WAS = re.compile(
    r"^(?:De|Het|The) (?:eerste|tweede|derde|vierde|andere|laatste|first|second|third|fourth"
    r"|other|last)(?: (?:organisatie|partner|nieuwkomer|one|organi[sz]ation|newcomer))? "
    r"(?:was|is|were|heet|heette)\s+(?:de |het |the )?"
)
_TWO_CAPITALS = re.compile(rf"[{UPPER}][\w'’&.-]* [{UPPER}]")  # a name of two words or more
_DIGIT = re.compile(r"\d")
_NOT_FIRST = OPENERS | {"in", "on", "at", "op"}
_TOTAL_BEFORE = re.compile(
    r"\b(?:telt|tellen|bestaat|heeft|hebben|counts?|has|have|totaal|total)\b"
)


def opening_name(text: str) -> str:
    """The organisation a sentence opens with, as its subject ("Stichting X kent de mensen
    ...", "En ZaanTech Solutions, een ICT-bedrijf uit Wormerveer, stelt ..."), or ""."""
    text = re.sub(r"^(?:En|Ook|And|Also|Daarnaast|Verder|Besides),? ", "", text)
    text = _NTH_WAS.sub("", text)  # "De eerste was Zorggroep X, de ouderenzorg uit Y."
    run = name_run(text, at_end=False)
    if not run or run.split()[0].lower() in _NOT_FIRST or _DIGIT.search(run):
        return ""  # "In November 2025 Vrijwilligersbank X followed": a time, then the name
    after = text[len(run) :] if text.startswith(run) else ""
    if not re.match(r"(?:,| [a-zß-ÿ])", after) or not org_like(run) or bare_place(run):
        return ""
    return run if without_person(run) == run else ""
