"""Sentences that end in a colon and introduce joiners listed below them ("Dit jaar traden
toe:", "Welcoming three new partners:"), and headings that say the lines below them are new
("Nieuw aan tafel")."""

from __future__ import annotations

import re

from kg.ingest.dates import MONTH_NAMES
from kg.ingest.moreforms import MORE_FORMS
from kg.ingest.newsforms import NEWS_FORMS
from kg.ingest.phrases import JOIN_FORMS, phrase
from kg.ingest.rules import read_count
from kg.ingest.sentences import Sentence
from kg.ingest.words import NO_MEMBERS

__all__ = ["INTRODUCING", "VERB_FORMS", "introduces"]

VERB_FORMS = (*JOIN_FORMS, *MORE_FORMS, *NEWS_FORMS)
"""The join forms of a verb, in the order they are tried (before `orderforms`')."""

INTRODUCING = phrase(
    "(I had the honour of) welcoming three new partners: / de nieuwe partners ...:",
    r"\b(?i:nieuwe|new|newest|nieuwste) (?:partners|members|organisaties|organisations|leden"
    r"|deelnemers)\b|\b(?:nieuwkomers|newcomers)\b|\bwelcom(?:ing|ed)\b|\bwelkom\b|\bsigned up\b"
    r"|\b(?:have|has) joined\b"
    r"|\b(?:zijn|traden|sloten) (?:\w+ )?(?:toegetreden|toe|aan(?:gesloten)?)$|\bjoined$"
    r"|\b(?:ondertekenden|tekenden|(?<!was )(?<!were )signed)$"  # "Naast ons tekenden:"
    r"|\b(?:haakten|schoven|kwamen|sloten|traden)\b[^.]*\b(?:aan|toe|bij|erbij)$",
)
"""A sentence ending in a colon that says the lines below it are joiners."""


_NEW_HEADING = re.compile(
    r"(?i:nieuw(?: aan tafel| aan boord| erbij| in het netwerk| in de coalitie)?|nieuwe partners?"
    r"|new(?: on board| partners?)?)(?: (?:dit|deze|this|in|per|sinds|since|vanaf) [^.!?:;]{1,25})?"
    r":?"
)  # a heading over the joiners' bullets: "Nieuw aan tafel 🎉", "Nieuw sinds 11 april 2026:"


def introduces(sentence: Sentence) -> bool:
    """Whether a sentence is a join that ends in a colon, its joiners listed below it, or a
    heading that says the lines below it are new ("Nieuw aan tafel", "Nieuwe partners")."""
    text = sentence.text.rstrip()
    if _NEW_HEADING.fullmatch(text):
        return True
    if NO_MEMBERS.search(text) or _WELCOMED_US.search(text):
        return False  # "Dit manifest wordt gesteund door (geen partners van de alliantie):";
        # "our fellow partners, who welcomed us so warmly:": those below welcomed, we joined
    words = text[:-1].split()
    capitals = [w for w in words[1:] if w[:1].isupper() and w.strip(",").lower() not in MONTH_NAMES]
    first = words[:1] and words[0].lower() not in _OPENERS and not read_count(words[0])
    return (
        text.endswith(":")
        and not first
        and (not capitals or bool(_ANNOUNCED.search(text)))
        and any(r.pattern.search(text[:-1]) for r in (*VERB_FORMS, INTRODUCING))
    )  # "Dit jaar traden toe:", not "CodeUur sluit zich aan bij 2 andere partners:"


_WELCOMED_US = re.compile(
    r"(?i)\b(?:welcomed|welcome|welcomes|verwelkomd\w*|verwelkomt|heetten|heette) (?:us|me|ons"
    r"|mij)\b"
)
_ANNOUNCED = re.compile(
    r"\b(?i:nieuwe|new|newest|nieuwste)\s+(?:partners|members|organisaties|organisations"
    r"|organizations|leden|deelnemers)\b"
)  # "we welcomed three new organisations into Vechtdal Digitaal ...:" names the coalition only
_OPENERS = frozenset(
    {"dit", "dat", "deze", "in", "op", "per", "sinds", "vanaf", "afgelopen", "vorig", "vorige"}
    | {"nieuw", "nieuwe", "recent", "onlangs", "inmiddels", "ook", "daarnaast", "verder", "toen"}
    | {"this", "last", "since", "new", "recently", "during", "also", "on", "at", "by"}
    | {"daarna", "vervolgens", "tenslotte", "bovendien", "vandaag", "gisteren", "we", "wij", "ik"}
    | {"een", "a", "an", "the", "de", "het", "today", "yesterday", "then", "i", "er", "there"}
    | {"naast", "behalve", "besides"}  # "Naast onze stichting tekenden:"
)
