"""The fuller names a text gives for a short one: "Digital Neighbours" is "Stichting Digital
Neighbours" in a text signed with the latter, "OVBT" is "Ondernemersvereniging Venlo-Blerick &
Tegelen" where the text writes "(OVBT)" after it.
"""

from __future__ import annotations

import re

from kg.ingest.lines import capital

__all__ = ["fuller_names", "legal_forms", "spelled_out"]


def fuller_names(text: str) -> dict[str, str]:
    """Both kinds of fuller name, by the short one."""
    return legal_forms(text) | spelled_out(text)


def legal_forms(text: str) -> dict[str, str]:
    """The names the text writes after a legal form, by the words that follow it (one pass):
    "Digital Neighbours" -> "Stichting Digital Neighbours" in a text signed with the latter.

    >>> legal_forms("Stichting Digital Neighbours, Almere")["Digital Neighbours"]
    'Stichting Digital Neighbours'
    """
    found: dict[str, str] = {}
    for match in _LEGAL_FORM.finditer(text):
        words = match.group("words").split()
        for end in range(1, len(words) + 1):
            if end < len(words) and capital(words[end]):
                continue  # not "Stichting Buurtkracht" of "Stichting Buurtkracht Leusden"
            name = " ".join(words[:end]).rstrip(",.;:")
            found.setdefault(name, f"{match.group('form')} {name}")
    return found


_LEGAL_FORM = re.compile(
    r"\b(?P<form>Stichting|Vereniging|Coöperatie) (?P<words>(?:[^\s,.;:]+ ?){1,6})"
)


def spelled_out(text: str) -> dict[str, str]:
    """The names the text spells out before an acronym in brackets, by the acronym: "OVBT" ->
    "Ondernemersvereniging Venlo-Blerick & Tegelen" where the text writes the latter with
    "(OVBT)" after it; only where the acronym's letters are the name's capitals, in order.

    >>> spelled_out("Welzijn Venray-Oostrum (WVO) doet mee.")
    {'WVO': 'Welzijn Venray-Oostrum'}
    """
    found: dict[str, str] = {}
    for match in _SPELLED.finditer(text):
        words = match.group("name").split()
        acronym = match.group("acronym")
        for start in range(len(words)):  # the shortest run whose capitals give the acronym
            name = " ".join(words[start:])
            capitals = "".join(c for c in name if c.isupper())
            if capitals[:1] == acronym[0] and _in_order(acronym.upper(), capitals):
                found.setdefault(acronym, name)
    return found


def _in_order(letters: str, capitals: str) -> bool:
    rest = iter(capitals)
    return all(letter in rest for letter in letters if letter.isalpha())


_SPELLED = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?: (?:&|en|van|de|der|den|voor|aan|op|[A-ZÀ-Þ][\w'’.-]*)){0,7})"
    r" \((?P<acronym>[A-Z][A-Za-z0-9&-]{1,9})\)"
)
