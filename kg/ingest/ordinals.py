"""Stated positions of joiners ("als negentiende en twintigste partner", "the 21st member"), and
the order or date a list writes after a name.

>>> ordinals("X en Y sluiten aan als negentiende en twintigste partner.")
[19, 20]
>>> any_ordinal("21st"), any_ordinal("achttiende"), any_ordinal("eighteenth")
(21, 18, 18)
"""

from __future__ import annotations

import re

from kg.ingest.dates import DATE
from kg.ingest.dutch import ordinal
from kg.ingest.rules import read_count

__all__ = [
    "ENGLISH_ORDINALS",
    "NTH_WORD",
    "ORDER_LIST",
    "any_ordinal",
    "dates_out",
    "elliptic_names",
    "heading_order",
    "ordinal_after",
    "ordinals",
    "without_ordinals",
    "without_when",
]

# "de negentiende en twintigste partner", "als 14e en 15e partner", "as its fifteenth partner".
ORDER_LIST = re.compile(
    r"\b(?:de|het|[Aa]ls|[Aa]s its|[Aa]s the|its|the|is|haar|hun|zijn|onze|our|their|\w+['’]s)\s+"
    r"(?P<list>[\w]+(?:(?:, | en | and )(?:de |het |the )?[\w]+)*)"
    r"\s+(?=(?:nieuwe\s+|aangesloten\s+)?(?:partner|partners|partij|partijen|deelnemer|lid|"
    r"member|members|signatory|signatories|organisatie|organisation|organization"
    r"|naam(?= op (?:de|het|dat|die|onze) (?:partnerlijst|rijtje)))\b)"
    r"|(?:\b(?i:partner|partij|member|lid|deelnemer) (?:(?:nummer|number|nr\.|no\.) |#)"
    r"(?P<number>\d+|[a-z]+)|\((?:nummer|number|nr\.|no\.) (?P<bracketed>\d+))\b"
    r"|\b(?:is|wordt|werd|was)\b[^,.;:]{1,60}? (?:nummer|nr\.) (?P<copula>\d+) (?=in|van|bij)"
    r"|\b(?:werd|wordt|became|becomes|als|as) (?:(?:partner |member )?(?:nummer|number|nr\.|no\.)"
    r"|partner|member|lid|deelnemer) (?P<became>[\w-]+)(?=[.,;!]|$| (?:after|na|in|on|op)\b)"
    # "X became number sixteen.", "als nummer twaalf", "came on board as partner fourteen"
    r"|^(?:(?:En|And) )?(?:[Nn]ummer|[Nn]umber) (?P<first>[\w-]+) (?=is|was|wordt|werd)\b"
    r"|\b(?:zich|[Aa]ls|[Aa]s|werd|wordt|became) (?:als |as )?(?:de |het |the |its )?(?P<bare>\w+)"
    r"(?= (?:aan|toe|bij)\b| (?:tekende|ondertekende|tekent) (?!(?:de|het|[a-z]\w*)\b)[A-Z]"
    r"|[.,;!]|$)"  # "sluit X zich als
    # tiende aan", "joined as the tenth.", "En als twaalfde tekende X"
    r"|\b(?:[Aa]ls|[Aa]s) (?:the )?(?P<signed>(?!eerste|first)\w+) (?:haar|zijn|hun|its|their"
    r"|her|his) (?:handtekening|signature|krabbel|naam|name)\b"  # "zette X als twaalfde haar
    # handtekening"; not "als eerste", who opened the signing
    r"|\b(?:zijn|is|ben|are) (?:(?:wij|we|daarmee|nu|dus) )*(?:nummer|number) "
    r"(?P<ours>\d+)(?=[.!]|$)"  # "Wij zijn daarmee nummer 14."
    r"|\b[Ww]elkom(?: aan)? (?:nummer|number) (?P<welcome>\d+)\b"  # "Welkom nummer 14! 🎉"
    r"|\b(?:is|komt|volgt) (?:de|het) (?P<colon>\w+)(?: (?:en|and) [a-z ]{1,30})?:"  # "En daar is
    # de veertiende en voorlopig laatste: X"
    r"|\b(?:zijn|is) (?:(?:wij|we|dus|daarmee|nu) )*de (?P<ourth>\w+)(?=[.!]|$)"  # "wij zijn dus
    # de twintigste!"
)

ENGLISH_ORDINALS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
"""English ordinal words; digit forms ("23rd") are read by their digits."""

NTH_WORD = (
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
    r"|\w+tiende|\w*twintigste|\w*dertigste|\w+honderdste|"
    + "|".join(ENGLISH_ORDINALS)
    + r"|\d+(?:e|de|ste|st|nd|rd|th))"
)
"""An ordinal word for a pattern, Dutch or English or in digits: "elfde", "eleventh", "11e"."""


def ordinals(sentence: str) -> list[int]:
    """The positions a sentence states, in order: "als negentiende en twintigste partner",
    "partner nr. 12", "X de dertiende, Y de veertiende", "A als tiende en B als elfde partner",
    "A tekende als zevende partner, B als achtste en C als negende"."""
    found: list[tuple[int, int]] = []  # (offset, position)
    spans: list[tuple[int, int]] = []
    for match in ORDER_LIST.finditer(sentence):
        if not spans:  # "A als tiende en B als elfde partner": the first, elided
            before = _AS_ELIDED.finditer(sentence, 0, match.start())
            found.extend((m.start(), n) for m in before if (n := any_ordinal(m["word"])))
        spans.append(match.span())
        at = match.start()
        number = match["number"] or match["bracketed"] or match["copula"] or match["ours"]
        if number := number or match["welcome"]:
            # "Daarmee is X nummer 14 in het netwerk", "X is partner number nine of Y"
            found.extend(
                (at, n) for n in [int(number) if number.isdigit() else read_count(number)] if n
            )
            continue
        if said := match.group("became") or match.group("first"):  # "Number seventeen is X"
            found.extend((at, n) for n in [read_count(said)] if n)
            continue
        if said := match["bare"] or match["ourth"] or match["colon"] or match["signed"]:
            found.extend((at, n) for n in [any_ordinal(said)] if n)
            continue
        words = re.split(r"(?:, | en | and )(?:de |het |the )?", match.group("list"))
        numbers = [any_ordinal(word) for word in words]
        if all(numbers):
            found.extend((at, n) for n in numbers if n)
    for match in _ELLIPTIC.finditer(sentence, spans[0][1]) if found else ():
        if any(a < match.end() and match.start() < b for a, b in spans):
            continue  # read above
        said = match.group(1) or match.group(2)  # "..., Y de veertiende", "..., Y nummer 15"
        number = any_ordinal(said) if said else int(match.group(3))
        if number:
            found.append((match.start(), number))
    return [number for _, number in sorted(found)]


_ELLIPTIC = re.compile(
    r"\b(?:de|het|the|als|as) (\w+)(?=[.,;]|\s+(?:en|and)\b|$)|\b(?:als|as) (\w+) (?=[A-Z])"
    r"|\b(?:nummer|nr\.) (\d{1,3})\b"
)  # "X de veertiende", "Y als achtste en", "en als zeventiende Y", "de computerwinkel nummer 15"


def any_ordinal(word: str) -> int | None:
    """An ordinal in Dutch or English words or digits ("achttiende", "eighteenth", "21st")."""
    lower = word.lower()
    if lower in ENGLISH_ORDINALS:
        return ENGLISH_ORDINALS[lower]
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", lower)
    return int(digits.group(1)) if digits else ordinal(word)


def elliptic_names(sentence: str) -> list[str]:
    """The names a sentence gives an order by ellipsis after its first stated one: "X werd de
    20e partner, Y de 21e en de Z de 22e" -> ["Y", "Z"]; or in a second clause ("en Y schuift
    aan als dertiende").

    >>> elliptic_names("A werd de 20e partner, Stichting B de 21e en de Club C de 22e.")
    ['Stichting B', 'Club C']
    >>> elliptic_names("A tekende als zevende partner, B B.V. als achtste en C U.A. als negende.")
    ['B B.V.', 'C U.A.']
    >>> elliptic_names("A sluit aan als 12e partner en Club B uit Ede schuift aan als 13e.")
    ['Club B uit Ede']
    """
    first = ORDER_LIST.search(sentence)
    if first is None:
        return []
    names = [
        match["name"]
        for pattern in (_ELLIPTIC_NAME, _SECOND_CLAUSE)
        for match in pattern.finditer(sentence, first.end())
        if any_ordinal(match["ordinal"])
    ]
    at = first.end()
    while (match := _NEXT_AS.match(sentence, at)) and any_ordinal(match["ordinal"]):
        names.append(match["name"])  # "A tekende als zevende partner, B als achtste en C als
        at = match.end()  # negende": each name right after the order before it
    return names


_ELLIPTIC_NAME = re.compile(
    r"(?:,|\s(?:en|and))\s+(?:de |het |the )?(?P<name>[A-Z][^,;.]{0,80}?)\s+(?:de|het|the)\s+"
    r"(?P<ordinal>\w+)(?=[.,;]|\s+(?:en|and)\b|$)"
)
_NEXT_AS = re.compile(
    r"\s*(?:(?:partner|deelnemer|lid|member|organisatie|organisation)\b)?\s*(?:,|\s(?:en|and))\s+"
    r"(?:de |het |the )?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|van|voor|de|der|den"
    r"|en|&|'t|aan|op))*?)\s+(?:als|as)(?: de| the)?\s+(?P<ordinal>\w+)\b"
)
_SECOND_CLAUSE = re.compile(
    r"\s(?:en|and)\s+(?:de |het |the )?(?P<name>[A-Z][^,;.]{0,80}?)\s+(?:sluit|schuift|treedt"
    r"|volgt|tekent|komt|joins|follows|signs)\b(?:\s+[a-z]+){0,4}?\s+(?:als|as)\s+"
    r"(?:de |het |the |its )?(?P<ordinal>\w+)\b"
)  # "X sluit aan als twaalfde partner en Y schuift direct daarna aan als dertiende"


_AS_ELIDED = re.compile(r"\b(?:als|as) (?:de |het |the |its )?(?P<word>\w+)(?= en | and |, )")
_AS = (
    r"(?:als|as)\s+(?:de |het |its |our |the )?(?P<word>\w+)"
    r"(?:\s+(?:partner|deelnemer|lid|member|organisatie|organisation))?"
)
_AS_ORDINAL = re.compile(rf"\s+{_AS}$")
_AS_BEFORE = re.compile(rf"\b{_AS}\s")


def ordinal_after(name: str) -> tuple[str, int | None]:
    """A name a list wrote with its order after it, and that order: "Woonstichting Kaasstad
    als tiende" -> ("Woonstichting Kaasstad", 10); any other name as it is, with None.

    >>> ordinal_after("Computerclub SeniorenByte als elfde partner")
    ('Computerclub SeniorenByte', 11)
    """
    match = _AS_ORDINAL.search(name)
    number = any_ordinal(match["word"]) if match else None
    return (name[: match.start()], number) if match and number else (name, None)


def without_ordinals(text: str) -> str:
    """Text without the orders written before names ("als zestiende partner X en als
    zeventiende Y"), which `ordinals` reads.

    >>> without_ordinals("we als zestiende partner Zorgboerderij X en als zeventiende Y")
    'we Zorgboerderij X en Y'
    """
    return _AS_BEFORE.sub(lambda m: "" if any_ordinal(m["word"]) else m.group(), text)


def heading_order(heading: str, name: str) -> int | None:
    """The order a heading over a join gives its joiner ("Gezondheidscentrum X – partner nummer
    14" over "Sinds 1 juli is het gezondheidscentrum aangesloten"): one order, in a line with
    no end punctuation that names the joiner; else None.

    >>> heading_order("Zorggroep De Linde – partner nummer 14", "Zorggroep De Linde")
    14
    >>> heading_order("Zorggroep De Linde is partner nummer 14.", "Zorggroep De Linde")
    """
    found = ordinals(heading)
    line = not heading.rstrip().endswith((".", "!", "?", ":", ";"))
    return found[0] if line and len(found) == 1 and name in heading else None


_YEAR_BEFORE = re.compile(r"^(?:19|20)\d\d,? (?=[A-Z])")
_WHEN_AFTER = re.compile(r"\s+(?:(?:" + DATE.pattern + r")|(?:in|since|sinds|per) (?:19|20)\d\d)$")


_WHEN_IN_LIST = re.compile(
    r"\s+(?=[a-z])(?:" + DATE.pattern + r")(?=\s*(?:[,;.]|$)|\s(?:en|and)\s)"
)


def dates_out(listed: str) -> str:
    """A list without the dates written after its names: "A op 16 oktober en B in november"
    -> "A en B"."""
    return _WHEN_IN_LIST.sub("", listed)


def without_when(name: str) -> str:
    """A name without the date a list wrote after it: "FlevoFix U.A. in June 2026" ->
    "FlevoFix U.A."; "" for a date alone ("8 October")."""
    if DATE.fullmatch(name.strip()):
        return ""  # "on the morning of 8 October, the alliance signed up X": no name at all
    name = _YEAR_BEFORE.sub("", name)  # "sloot in september 2025 Stichting X aan": X
    cut = _WHEN_AFTER.search(name)
    return name[: cut.start()] if cut and cut.group().strip().split()[0].islower() else name
