"""Firms named after their partners, "A, B & C", that a list cut at its comma: joined back
into the one name the text writes ("Goldmund, Wyldebeast & Wunderliebe")."""

from __future__ import annotations

import re

from kg.ingest.words import DESCRIBED

__all__ = ["firms_whole", "one_firm"]


_FIRM_WORD = r"(?:(?:[Dd]e|[Tt]e[rn]?|[Vv]an(?: de[rn]?)?) )?[^\W\d_][\w'’\-]*"
_PARTNERS = rf"{_FIRM_WORD} (?:& {_FIRM_WORD}\.?|en (?:Co\.?|Partners|Zonen|Zn\.))"
_LEGAL = r"(?: (?:B\.V\.?|N\.V\.?))?"
_FIRM_TAIL = re.compile(rf"{_PARTNERS}(?: [A-Z][\w'’\-]*)?{_LEGAL}")
"""A firm's tail: "Wyldebeast & Wunderliebe", "De Smet & Partners B.V.", "Smits en Co.", "Kok &
Bakker Admin"."""


def firms_whole(names: list[str], text: str) -> list[str]:
    """Names with "A" and "B & C" joined back into the one firm "A, B & C" the text writes,
    by the rule of `firm_names`: "Jansen, Peeters & Partners Accountants"."""
    merged: list[str] = []
    for name in names:
        joined = one_firm(merged[-1], name, text) if merged else ""
        cut = _AND_SURNAME.search(merged[-1]) if merged and not joined else None
        firm = one_firm(cut["surname"], name, text) if cut else ""
        if joined:
            merged[-1] = joined
        elif firm and cut:  # "Woonstichting X en Hulshof" + "Ter Braak & Partners": X, and
            merged[-1:] = [merged[-1][: cut.start()], firm]  # "Hulshof, Ter Braak & Partners"
        else:
            merged.append(name)
    return merged


_AND_SURNAME = re.compile(
    r" (?:en|and) (?P<surname>(?:(?:[Vv]an(?: de[rn]?)?|[Dd]e|[Tt]e[rn]?) )?[A-Z][\w'’-]*)$"
)


_OFFICE = re.compile(
    r"^(?:[A-Z]\w*(?:kantoor|bureau|praktijk|makelaardij|drukkerij)|Kantoor|Bureau|Praktijk"
    r"|Makelaardij|Drukkerij) (?=\S)"
)  # "Notariskantoor Van Gils, Verhoeven & Meulenbroek"
_BARE_TAIL = re.compile(rf"{_PARTNERS}{_LEGAL}")
"""After an office's kind, the partners' names alone: not "Bakker & Zonen Installatietechniek"."""
_SURNAME = re.compile(r"(?:(?:[Vv]an(?: de[rn]?)?|[Dd]e|[Tt]e[rn]?) )?[A-Z][\w'’-]*")


def one_firm(first: str, second: str, text: str) -> str:
    """The one firm "A, B & C" the text writes, if "A" and "B & C" are that firm, else "": A
    one capitalised word (after "Van", "De": "Van Leeuwen, Smit & Co."), B & C a firm's tail
    (a law-firm pattern: "Goldmund, Wyldebeast & Wunderliebe"), the "De" of "De Wit & Zonen"
    perhaps left off the second by the list."""
    described = DESCRIBED.match(first)  # "IT-dienstverlener Van Wijk, Hoogland & Partners"
    surname = first[described.end() - 1 :] if described else first
    office = _OFFICE.match(surname)  # "Notariskantoor Van Gils, Verhoeven & Meulenbroek"
    surname = surname[office.end() :] if office else surname
    tail = _BARE_TAIL if office else _FIRM_TAIL
    if not (_SURNAME.fullmatch(surname) and tail.fullmatch(second)):
        return ""
    written = re.search(rf"{re.escape(first)}, (?:[Dd]e |[Tt]e[rn]? )?{re.escape(second)}", text)
    return written.group() if written else ""
