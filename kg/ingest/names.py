"""Find an organisation or coalition name at the start or end of running text.

A name the lexicon knows wins (the longest); otherwise a run of capitalised words is taken,
without sentence openers such as "Ook" or "De".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.gazetteer import find_places
from kg.ingest.given import given_names
from kg.ingest.lexicon import lookup
from kg.ingest.sentences import SPACE, UPPER
from kg.ingest.words import DESCRIPTOR, OPENERS, ORG_HEADS, ROLES, TITLE, org_head

__all__ = [
    "PERSON_NAME",
    "ROLE_AFTER",
    "Name",
    "first_name",
    "is_person",
    "name_at_end",
    "name_at_start",
    "no_joiner",
    "without_descriptor",
    "without_person",
]

_TOKEN = rf"(?:(?:'s-)?[{UPPER}0-9](?:[\w'’&.\-]*[\w'’])?|&)"
_CONNECTOR = r"(?:van|voor|de|der|den|het|in|op|aan|en de)"
_NAME = rf"{_TOKEN}(?: (?:{_CONNECTOR} )*{_TOKEN})*"
_NAME_AT_START = re.compile(_NAME)
_NAME_AT_END = re.compile(rf"(?:{_NAME})$")
_GENERIC_LEAD = re.compile(
    r"(?:(?:de|het) )?(?:(?:nieuwe|regionale|landelijke) )?"
    r"(?:coalitie|alliantie|netwerk|samenwerkingsverband|initiatief|beweging) "
)
_ARTICLE_LEAD = re.compile(r"(?:de|het) ")


def without_descriptor(name: str) -> str:
    """The name without a first word that only says what kind of business it is (`DESCRIPTOR`),
    where a capitalised name follows. For a name that opens a sentence: elsewhere a capital
    makes the word part of the name ("Stadsbedrijf Arnhem").

    >>> without_descriptor("Adviesbureau Kern & Kader"), without_descriptor("Stichting Wij")
    ('Kern & Kader', 'Stichting Wij')
    >>> without_descriptor("Sportbedrijf Emmen")
    'Sportbedrijf Emmen'

    """
    first, _, rest = name.partition(" ")
    if rest[:1].isupper() and DESCRIPTOR.match(first) and not find_places(rest):
        return rest  # but "Sportbedrijf Emmen": a kind and a place is the whole name
    return name


@dataclass(frozen=True)
class Name:
    """A name found in running text.

    Attributes:
        value: The canonical name if the lexicon knows it, else the name as written.
        written: The name as written.
        known: Whether the lexicon knows it.
    """

    value: str
    written: str
    known: bool


def name_at_start(text: str, table: dict[str, str]) -> Name | None:
    """The name that `text` starts with: a known one first, else a run of capitalised words.

    Args:
        text: The text after a verb, e.g. "de Digital Literacy Coalition in het noorden".
        table: Lowercased name or alias -> canonical name.

    Returns:
        The name, or None if the text does not start with one.

    >>> name_at_start("de nieuwe coalitie Digitaal Drenthe, die", {})
    Name(value='Digitaal Drenthe', written='Digitaal Drenthe', known=False)
    """
    text = text.lstrip(SPACE)
    rests = [text]
    for lead in (_GENERIC_LEAD, _ARTICLE_LEAD):
        match = lead.match(rests[-1])
        if match:
            rests.append(rests[-1][match.end() :])
    for rest in rests:
        known = _known_prefix(rest, table)
        if known:
            return known
    match = _NAME_AT_START.match(rests[-1])
    return _general_name(match.group(), table) if match else None


def name_at_end(text: str, table: dict[str, str]) -> Name | None:
    """The name that `text` ends with: a known one first, else a run of capitalised words.

    Args:
        text: The text before a verb, e.g. "Ook het Alfa College".
        table: Lowercased name or alias -> canonical name.

    Returns:
        The name, or None if the text does not end with one.

    >>> name_at_end("Ook het Alfa College", {"alfa college": "Alfa-college"})
    Name(value='Alfa-college', written='Alfa College', known=True)
    """
    text = text.rstrip(SPACE + ",")
    known = _known_suffix(text, table)
    if known:
        return known
    match = _NAME_AT_END.search(text)
    return _general_name(match.group(), table) if match else None


def _known_prefix(text: str, table: dict[str, str]) -> Name | None:
    lower = text.lower()
    best = ""
    for key in table:
        if len(key) > len(best) and lower.startswith(key) and _open_after(text, len(key)):
            best = key
    return Name(table[best], text[: len(best)], True) if best else None


def _known_suffix(text: str, table: dict[str, str]) -> Name | None:
    lower = text.lower()
    best = ""
    for key in table:
        start = len(text) - len(key)
        if len(key) > len(best) and lower.endswith(key) and _open_before(text, start):
            best = key
    return Name(table[best], text[len(text) - len(best) :], True) if best else None


def _open_after(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


def _open_before(text: str, start: int) -> bool:
    return start <= 0 or not text[start - 1].isalnum()


def _general_name(written: str, table: dict[str, str] | None = None) -> Name | None:
    """A capitalised run without its sentence openers ("Ook", "De"), looked up if possible."""
    words = written.split(" ")
    while words and words[0].lower() in OPENERS:
        words.pop(0)
    name = " ".join(words).strip(" &")
    if not name:
        return None
    canonical = lookup(table, name) if table else None
    return Name(canonical or name, name, canonical is not None)


_PERSON_OF = re.compile(
    rf"(?P<person>[{UPPER}][a-zß-ÿ]+(?:-[{UPPER}][a-zß-ÿ]+)? "
    r"(?:(?:van|de|der|den|ter|ten|te|'t|von|el|al|El|Al) )*"
    rf"[{UPPER}][\w'’-]+) (?:van|of|from|namens|bij) (?:de |het |the )?(?P<org>[{UPPER}].+)"
)


_GIVEN_OF = re.compile(
    rf"(?P<person>[{UPPER}][a-zß-ÿ]+) (?:van|of|from|namens|bij) "
    rf"(?:de |het |the )?(?P<org>[{UPPER}].+)"
)


def _given_of(match: re.Match[str]) -> bool:
    """ "Gerrit van Kringloop De Tweede Ronde": a given name alone, then a name opened by its
    kind (not "Marloes van Hattem van de bibliotheek", a surname)."""
    return match["person"].lower() in given_names() and org_head(match["org"].split()[0])


def without_person(name: str) -> str:
    """The organisation of a person named with it: "Yvonne van den Berg van Bibliotheek
    Polderhart" -> "Bibliotheek Polderhart", where the organisation has a head word
    ("Bibliotheek", "Stichting": `org_head`) and the person's two words have none; any other
    name as it is ("Stichting Vrienden van de Bibliotheek", "Huis van de Wijk Noord").

    >>> without_person("Henk Lubbers of Bibliotheek Hondsrug-Oost")
    'Bibliotheek Hondsrug-Oost'
    >>> without_person("Gerrit van Welzijn De Wolden"), without_person("Huis van de Wijk Noord")
    ('Welzijn De Wolden', 'Huis van de Wijk Noord')
    >>> without_person("Marloes van Hattem van de bibliotheek")
    'Marloes van Hattem van de bibliotheek'
    >>> without_person("Stichting Vrienden van de Bibliotheek Ede")
    'Stichting Vrienden van de Bibliotheek Ede'
    >>> without_person("Coördinator Ilse Bolt van Bibliotheek Zuid"), without_person("Oma Dinie")
    ('Bibliotheek Zuid', '')
    >>> without_person("Juf Ineke van Educatieve Dienst Ziek & Leren")  # a title: a person's
    'Educatieve Dienst Ziek & Leren'
    """
    if role := _ROLE_LEAD.match(name):  # "Coördinator Ilse Bolt van Bibliotheek X": X;
        rest = name[role.end() :]  # "Wijkagent Marloes Dijkhuis", "Oma Dinie": a person alone
        given = rest.lower() in given_names()  # "Eigenaar Roelof"
        if re.fullmatch(PERSON_NAME, rest) or (
            (role["kin"] or given) and re.fullmatch(r"[A-Z]\w+", rest)
        ):
            return ""
        if (of := without_person(rest)) != rest:
            return of
        titled = re.fullmatch(
            rf"(?:{PERSON_NAME}|[A-Z][a-zà-ÿ]+) (?:van|of|from) (?P<org>[A-Z].+)", rest
        )
        return titled["org"] if titled else name  # "Juf Ineke van Educatieve Dienst X": X
    match = _PERSON_OF.fullmatch(name) or _GIVEN_OF.fullmatch(name)
    if match is None or (" " not in match["person"] and not _given_of(match)):
        return name
    person, org = match["person"].split(), match["org"].split()
    if any(org_head(word) or DESCRIPTOR.fullmatch(word) for word in person):
        return name
    return match["org"] if any(org_head(word) for word in org) else name


_ROLE_LEAD = re.compile(
    rf"(?:(?i:{ROLES.pattern}|wijkagent|agent|politieagent)|(?P<kin>Oma|Opa|Tante|Oom|Mevrouw|Meneer"
    r"|Juf|Meester)) (?=[A-Z])"
)  # a person's role or title before the name: never an organisation's first word
PERSON_NAME = r"[A-Z][a-zà-ÿ]+(?: (?:van|de|der|den|ter|ten|el))* [A-Z][a-zà-ÿ'-]+"
"""A person's name for a pattern: "Annemiek Verhoef", "Jan van der Berg"."""
_PERSON = re.compile(PERSON_NAME)
_KINDS = ("bibliotheken", "scholen", "groep", "groepen", "bedrijf", "bedrijven", "kring")


def is_person(name: str, text: str) -> bool:
    """Whether `name` is a person's the text gives a role or lets speak ("chair Jeroen
    Willems", "zegt Geesje Lubbers", "Jeroen Bakker, oprichter en CEO van X"), not a name of
    two words that an acronym follows ("Taalhuis Zaanstreek (TZ)")."""
    words = name.split()
    heads = org_head(words[0]) or any(
        w.lower() in ORG_HEADS or w.lower().endswith(_KINDS) for w in words
    )
    if _TITLED_NAME.match(name) and not org_head(words[-1]):
        return True  # "dr. Maud Jongen": a person by her title ("Dr. Leo Kannerhuis" is none)
    if _ADDRESSED.fullmatch(name) and not words[-1].lower().endswith(_NAMED_AFTER):
        return True  # "Ms Brinkhuis", "mevrouw Bouzid": addressed by her surname; not "Mr.
        # Visserschool", named after one
    initialled = bool(_INITIALLED.fullmatch(name)) and not org_head(words[-1])  # "E.M. de Wit"
    if initialled and (
        _TITLED.match(name) or re.match(r"(?:[A-Z]\.\s?)+(?:van|de|der|den|ter|ten) ", name)
    ):
        return True  # "mevr. A. Kamphuis-Nijland", "J. ter Horst": a person in any text
    if not (_PERSON.fullmatch(name) or initialled) or heads:  # "Nieuwland Bibliotheken",
        return False  # heads of organisations; a surname "Kamphuis" is none
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):  # where it is written,
        before = text[max(0, match.start() - 40) : match.start()]  # not a search of the whole
        after = text[match.end() : match.end() + 60]  # text per name (a long text has many)
        signed = _SIGNED_FOR.search(before)
        if signed and not any(org_head(w) for w in signed.group().split(",")[0].split()):
            continue  # "Wendy Starmans, manager " + "Woonzorg Schaesberg": her organisation
        if _SAID_BEFORE.search(before) or _SAID_AFTER.match(after) or ROLE_AFTER.match(after):
            return True
    return False


_TITLED = re.compile(rf"{TITLE}\.? ")
_INITIALLED = re.compile(
    rf"(?:{TITLE}\.? )?(?:[A-Z]\.[ ]?){{1,4}}(?:(?:van|de|der|den|ter|ten|el|in|'t) )*"
    rf"[{UPPER}][\w'’-]+"
)  # initials before a surname: "A. Smit-Verwoerd", "E.M. van Rijswijk", "K. Doğan"
_TITLED_NAME = re.compile(rf"{TITLE}\.? {PERSON_NAME}\b")
_NAMED_AFTER = ("school", "college", "stichting", "vereniging", "centrum", "fonds")
_ADDRESSED = re.compile(
    r"(?:Ms|Mrs|Mr|Miss|[Mm]evrouw|[Mm]eneer|[Dd]hr|[Mm]evr|[Mm]w)\.? "
    r"(?:(?:van|de|der|den|te|ter|ten|van der|van den) )?[A-Z][a-zà-ÿ'’-]+"
)
_SAID_BEFORE = re.compile(
    rf"\b(?:{ROLES.pattern}|zegt|aldus|says|said|vertelt|mevrouw|meneer|heer|mevr\.|dhr\.)"
    r"(?-i:(?: [a-z][\w-]*){1,3},| [A-Z][a-zà-ÿ]+ (?:en|and|&))?\s+$",  # "Eigenaren Roelof en X"
    re.I,
)  # "zegt X", "directeur X", "onze directeur publieke gezondheid, X"
_SIGNED_FOR = re.compile(
    rf"(?:^|\n|[-•*]\s){PERSON_NAME}, (?i:{ROLES.pattern})\s+$"
)  # a line that opens with a person, her role, then the name: "Wendy Starmans, manager "
_SAID_AFTER = re.compile(r",? (?:zegt|says|said|vertelt)\b")
ROLE_AFTER = re.compile(
    rf"(?:,|\s[–—])\s+(?:[\w-]+ (?:en|and) |[\w-]+ ){{0,2}}(?:{ROLES.pattern})"
    r"(?: (?:van|of|bij|at)\b|[ \t]*(?:\n|$))",
    re.I,
)
"""A role after a name, so the name is a person's: ", chair of X", ", former chair of X",
", oprichter en CEO van X", "– medeoprichter van X", or a role that ends the line (a
signature: "Koen Bos, voorzitter")."""


def first_name(name: str, text: str) -> bool:
    """Whether a one-word name is the first name of a person the text names in full, with a
    role or as a speaker ("Eline" after "Eline Kuipers, co-founder of HunzeLabs").

    >>> first_name("Eline", "Eline Kuipers, co-founder of HunzeLabs. Eline and Ramon signed.")
    True
    """
    if " " in name or not name.istitle():
        return False
    if re.search(rf"\b{re.escape(name)} (?:and I|en ik|and me|en mij)\b", text):
        return True  # "Joost and I signed the agreement": the writer and a person
    full = rf"\b{re.escape(name)} [A-Z][a-zà-ÿ'-]+"
    if re.search(rf"{full} (?:of|van|from) [A-Z]", text):
        return True  # "with Ramon Pinas of Welzijnsgroep X": a person of an organisation
    return any(is_person(m.group(), text) for m in re.finditer(full, text))


def no_joiner(name: str, text: str) -> bool:
    """Whether a name read as a joiner's is none: a person's first name (`first_name`), or a
    thing the text says is the reader's or theirs ("je DigiD", "your DigiD", "hun MijnOverheid").

    >>> no_joiner("DigiD", "Even je DigiD regelen. Heb je hulp nodig bij je DigiD?")
    True
    """
    owned = any(
        _OWNER.search(text, max(0, m.start() - 7), m.start())
        for m in re.finditer(re.escape(name), text)  # a literal search: fast on a long text
    )
    return first_name(name, text) or owned


_OWNER = re.compile(r"(?:^|\W)(?:je|jouw|uw|your|hun|their) $")
