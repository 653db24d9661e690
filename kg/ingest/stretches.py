"""Lists in running text that no phrase table introduces but that read as members ("We're in
great company: A, B, C and D"), and the words that cue a list of the coalition's members."""

from __future__ import annotations

import re

from kg.ingest.gazetteer import LIVING_IN, bare_place, homes
from kg.ingest.items import list_names
from kg.ingest.lines import KINDS, capital, org_like
from kg.ingest.rules import read_count
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import of_person, without_place
from kg.ingest.words import COUNTED, DESCRIPTOR, FOREIGN_SMALL, IN_ANOTHER, NOT_MEMBERS

__all__ = [
    "CUE",
    "THANKS",
    "cues_members",
    "from_first_name",
    "generic_lists",
    "org_like_in",
]

CUE = re.compile(
    r"\b(?:coalitie|netwerk|alliantie|pact|platform|samenwerking\w*|taskforce|partners?|"
    r"partijen|organisaties|deelnemers|leden|nieuwkomers?|aan tafel|samen|wij|we|ons|onze|"
    r"coalition|network|alliance|partnership|members?|newcomers?|join|joins|joined|company|"
    r"signator\w*|us|our|(?:zit|zitten|zat|zaten) (?:er )?(?:\w+ )?in|zit erin|zitten erin"
    r"|doen mee|doet mee|doel|ambitie|goal|ambition)\b",  # "Mijn oude apotheek zit erin, en
    # verder onder meer A, B en C"; "Het doel: in 2028 ... Daar werken onder andere A, B en C aan"
    re.IGNORECASE,
)
THANKS = re.compile(r"\b(?:dank\w*|bedank\w*|thanks?)\b", re.IGNORECASE)


def cues_members(intro: str) -> bool:
    """Whether a list's introduction cues the coalition's members by `CUE`: by a word of the
    coalition, or by "we" where it counts no other things ("We announce the first three acts:"
    lists acts, "Bij Y zitten we vanaf nu aan tafel met:" partners).

    >>> cues_members("We announce the first three acts (June 2027):"), cues_members("Met ons:")
    (False, True)
    """
    cues = {m.group().lower() for m in CUE.finditer(intro)}
    if not cues or not cues <= _WE:
        return bool(cues)
    return not any(
        read_count(m["n"]) and not COUNTED.fullmatch(m["what"]) for m in _COUNTS.finditer(intro)
    )


_WE = {"we", "wij", "us", "our", "ons", "onze", "samen"}
_COUNTS = re.compile(
    r"\b(?P<n>[a-z]+|\d{1,3}) (?=(?:(?:new|nieuwe|other|andere|more|meer)\s)?(?P<what>[a-z]{3,})\b)"
)  # "three acts", "drie sprekers"

_BACK = re.compile(r"(?:Daaronder|Among them|Among these)\b")
_COUNTED = re.compile(r"\b(?:partners|organisaties|organisations|organizations|leden|members)\b")
_STRETCH = re.compile(r"[^,;:]+(?:,\s*[^,;:]+){2,}")
_OF_THEM = re.compile(
    r"(?i)\b(?:een aantal|enkele|sommige|een paar|een deel|some|a few|several) (?:van|of) "
    r"(?:hen|ze|hun|them|die|those|these|deze)\b"
)
_SEMICOLONS = re.compile(r"[^;:]+(?:;\s*[^;:]+){2,}")
_ITEM_LEAD = re.compile(r"^(?:(?:en|and) )?(?:(?:met|with) )?")


def _semicolons(stretch: str) -> str:
    """A list of items cut by semicolons as one cut by commas, each item its name alone
    ("met A, die de spreekuren draait; met B (nee, geen ...); en met C" -> "A, B, C")."""
    items = (_ITEM_LEAD.sub("", item.strip()) for item in stretch.split(";"))
    return ", ".join(re.split(r",\s|\s\(", item)[0].strip(" .") for item in items)


_GOAL_YEAR = re.compile(
    r"\b(?:by|tegen|vóór|uiterlijk|eind|end of|before) 20\d\d\b|\bin 20\d\d,? (?=(?:\w+ ){0,2}"
    r"(?:moet|moeten|should|must|will|zal|zullen|wil|willen|heeft|hebben|kan|kunnen)\b)"
)  # a goal's year: what follows names where ("in A, B en C"), not who
_KIND_WORD = re.compile(r"\b(?:gemeenten?|municipalit(?:y|ies))\b", re.IGNORECASE)


def generic_lists(sentences: list[Sentence], skip: set[int]) -> list[tuple[str, Sentence, bool]]:
    """(list text, sentence) of lists that no phrase table introduces but that read as members:
    three or more names, most of them organisation-like (a head word such as "Stichting", a
    kind, two capitalised words, CamelCase or an acronym), in a sentence that speaks of the
    coalition or its partners ("We're in great company: A, B, C and D"; "Naast de
    nieuwkomers zijn dat A, B en C") and not of funders, suppliers or visitors."""
    found: list[tuple[str, Sentence, bool]] = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        before = sentences[index - 1] if index else None
        back = bool(before and _BACK.match(text) and _COUNTED.search(before.text))
        near = before is not None and (before.paragraph == sentence.paragraph or back)
        context = before.text if before and near else ""  # "telt nu 15 partners.", a paragraph
        cued = CUE.search(text) or CUE.search(context)  # then "Daaronder zijn A, B en C"
        thanks = THANKS.search(text) and not re.search(r"(?i)\b(?:partner|member)", text)
        of_them = bool(_OF_THEM.search(text) and _COUNTED.search(context))  # "zeven partners.
        # Kees sprak met een aantal van hen: met A; met B": spoke with the partners counted
        if (
            sentence.start in skip
            or not cued
            or (NOT_MEMBERS.search(text) and not of_them)
            or thanks
            or IN_ANOTHER.search(text)  # "een vergelijkbaar netwerk, X, met onder meer A en B"
        ):
            continue  # "Met dank aan: alle deelnemers, Café X, Stichting Y"
        marked = [  # "Naast ons zitten onder meer A, welzijnsorganisatie B en de
            m.group("list")  # woningcorporaties C en D in het Kompas"; "partners zoals A, B en
            for m in _MARKED.finditer(text)  # C"; not "netwerken zoals", "geld van onder meer"
            if _MEMBERS_BEFORE.search(text[: m.start()]) or _MEMBER_AT_END.search(text)
        ]
        strong = bool(_STRONG.search(text) or _STRONG.search(context))
        goal = _GOAL_YEAR.search(text)  # "by 2029 ... a help point in A, B and C": places
        stretches = [m.group() for m in _STRETCH.finditer(text[: goal.start() if goal else None])]
        semis = _SEMICOLONS.finditer(text) if text.count(";") >= 2 else ()
        stretches += [_semicolons(m.group()) for m in semis]  # "met A, die
        # de spreekuren draait; met B in Medemblik; en met C"
        for stretch in stretches + marked:
            listed = _LIST_OPENS.split(stretch)[-1]  # "de coalitie waarin onder meer A,
            names = list_names(from_first_name(listed))  # B en C samenwerken": from A on
            first = text.find(names[0]) if names else -1
            if first > 0 and _WHERE_TO.search(text[:first]):
                continue  # "Loop binnen in A, B, C of D": where to go, not who takes part
            if any(of_person(text, name) != name for name in names):
                continue  # "Anja Bos, voorzitter van X en directeur van Y, is blij ...": a person
            lived_in = homes(stretch)  # "... samenwerken, helpt inwoners van de gemeenten A en
            names = [n for n in names if n not in lived_in]  # B": where, after the list
            places = [n for n in names if all(map(bare_place, re.split(r" (?:en|and) ", n)))]
            places = [] if _KIND_WORD.search(stretch) else places  # "de gemeenten A, B"
            like = [n for n in names if org_like_in(n, text) if strong or org_like(n)]  # "we
            # geven les in Buurthuis X in Zwolle, ...": venues, by a weak cue
            if len(names) >= 3 and len(like) >= len(names) - 1 and len(places) * 2 < len(names):
                found.append((", ".join(like), sentence, False))
    return found


def org_like_in(name: str, text: str) -> bool:
    """Whether a listed name reads as an organisation's: by itself, or as an item of the list
    (after a comma or "en") without the place it is in ("Vakschool X in Hoorn"; not "opened its
    third Digital Help Desk in Geldrop"), or by the word of its kind before it
    ("woningcorporatie X")."""
    if org_like(name):
        return True
    before = text[: text.find(name)] if name in text else ""
    item = bool(re.search(r"(?:^|[,;:]|\b(?:en|and))\s*$", before))
    last = before.split()[-1:]
    kind = bool(last) and bool(DESCRIPTOR.match(last[0]) or last[0] in KINDS)
    return kind or (item and org_like(without_place(name)))


_WHERE_TO = re.compile(r"\b(?:binnen in|terecht in|naar|langs in|walk in at|come to|go to)\s+$")
_MARKED = re.compile(
    r"\b(?:onder (?:meer|andere|anderen)|o\.a\.|waaronder|zoals|including|such as"
    r"|among (?:them|others))\s+(?P<list>[^,;:]+(?:,\s*[^,;:]+)+)"
)  # a list its words mark as one, of three names or more with one comma


_MEMBERS_BEFORE = re.compile(
    r"(?i)(?:\b(?:partners|partijen|organisaties|leden|deelnemers|members|organisations"
    r"|organizations|club)\W+(?:\w+\W+){0,3}|\b(?:zitten|zit|zijn dat|doen|doet|werken|gehouden"
    r" door|aan(?:ge)?sl\w+)\b.*)$"
)  # what a marked list names: members, or who sits or takes part
_MEMBER_AT_END = re.compile(r"\b(?:partner|partners|lid|leden|deelnemer|deelnemers|members?)\W*$")
_STRONG = re.compile(
    r"(?i)\b(?:coalitie|netwerk|alliantie|partners?|partijen|organisaties|deelnemers|leden"
    r"|coalition|network|alliance|members?|partnership|join\w*|aan(?:ge)?sl\w+|club)\b"
)  # a cue that speaks of the coalition or its members, not "we" or "onze" alone


_LIST_OPENS = re.compile(
    r"\b(?:waarin|waarbij|waaronder|zoals|including|such as)(?: onder (?:meer|andere)| o\.a\.)?"
    r"\s+(?=(?:de |het |the )?[A-Z])"
)


_LINKS = frozenset(
    {"van", "de", "der", "den", "het", "of", "aan", "voor", "'t", "&", "uit", "from"}
)
_LINKS |= {"it"} | FOREIGN_SMALL  # Frisian: "Bibliotheek it Skriuwershûs"


def from_first_name(stretch: str) -> str:
    """The stretch from its first name on: "... zijn dat Gemeente Hilversum, ..." -> "Gemeente
    Hilversum, ..."."""
    first, sep, rest = stretch.partition(",")
    words = first.split()
    start = len(words)
    while start > 0 and (
        capital(words[start - 1])
        or words[start - 1] in _LINKS  # "X aan de IJssel", "Leescentrum Stad & Ommeland",
        # "Bibliotheek X uit Harlingen", "Bibliotheek it Skriuwershûs"
    ):
        start -= 1
    while start < len(words) and not capital(words[start]):
        start += 1
    kind = start > 0 and words[start - 1].lower() in (*KINDS, "gemeenten", "provincies")
    if kind and not LIVING_IN.search(" ".join(words[: start - 1])):  # "de gemeenten A, B en C":
        start -= 1  # each a municipality (`each_place`); not "leden in de gemeenten A en B"
    return " ".join(words[start:]) + sep + rest
