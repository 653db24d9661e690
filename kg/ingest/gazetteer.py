"""The gazetteer: Dutch provinces and municipalities, with CBS codes and Frisian names, as data.

The places are in `gazetteer.csv` beside this module (its header names the public source, CBS
"Gemeentelijke indeling op 1 januari 2024", and which places it holds). A place is found by any
of its names (the CBS name, the Frisian name, names in common use), case-insensitively, with a
typographic apostrophe read as a straight one, and with or without "gemeente"/"provincie".

>>> place("Ljouwert").code, place("Ljouwert").name
('GM0080', 'Leeuwarden')
>>> place("provincie Friesland").code
'PV21'
>>> [p.code for p in find_places("Groningen")]
['PV20', 'GM0014']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "LIVING_IN",
    "SOURCE_ID",
    "SOURCE_PUBLISHER",
    "SOURCE_TITLE",
    "SOURCE_URL",
    "Place",
    "bare_place",
    "each_place",
    "find_places",
    "homes",
    "place",
    "place_of_origin",
    "places",
    "places_in",
    "residents_of",
]

SOURCE_ID = "cbs-gemeentelijke-indeling-2024"
"""The source id the build gives the gazetteer's facts (their named graph)."""
SOURCE_TITLE = "Gemeentelijke indeling op 1 januari 2024"
SOURCE_PUBLISHER = "Centraal Bureau voor de Statistiek"
SOURCE_URL = (
    "https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/"
    "gemeentelijke-indelingen-per-jaar/indeling-per-jaar/gemeentelijke-indeling-op-1-januari-2024"
)

KINDS = {"municipality": "city", "province": "province"}
"""The gazetteer's types -> the kinds of place the goal reader uses."""

_LEADS = {"gemeente": "municipality", "provincie": "province", "province": "province"}


@dataclass(frozen=True)
class Place:
    """A province or municipality.

    Attributes:
        code: The CBS code ("GM0080", "PV21"); "" where the gazetteer does not give one.
        type: "municipality" or "province".
        name: The CBS name ("Leeuwarden", "Fryslân", "'s-Gravenhage").
        province: The CBS code of a municipality's province ("" for a province).
        name_fy: The Frisian name, where there is one ("Ljouwert").
        names: Every name it is known by: the CBS name first, then the Frisian name and aliases.
    """

    code: str
    type: str
    name: str
    province: str
    name_fy: str
    names: tuple[str, ...]

    @property
    def kind(self) -> str:
        """The kind of place the goal reader uses: "city" or "province"."""
        return KINDS[self.type]


def _key(name: str) -> str:
    """A name to look up, the same for "Oost-Gelre" and "Oost Gelre"."""
    return " ".join(name.replace("’", "'").replace("-", " ").lower().split())


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Every place of the gazetteer, in the order of the file."""
    text = resources.files("kg.ingest").joinpath("gazetteer.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    found = []
    for row in csv.DictReader(lines):
        names = [row["name"], row["name_fy"], *row["aliases"].split("|")]
        found.append(
            Place(
                code=row["code"],
                type=row["type"],
                name=row["name"],
                province=row["province"],
                name_fy=row["name_fy"],
                names=tuple(dict.fromkeys(n.strip() for n in names if n.strip())),
            )
        )
    return tuple(found)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Place, ...]]:
    index: dict[str, list[Place]] = {}
    for item in places():
        for name in item.names:
            index.setdefault(_key(name), []).append(item)
    return {key: tuple(dict.fromkeys(found)) for key, found in index.items()}


def find_places(name: str) -> list[Place]:
    """Every place `name` can mean ("Groningen": the province and the municipality).

    A leading "gemeente" or "provincie" (any case) keeps only places of that type.
    """
    key = _key(name)
    wanted = None
    lead, _, rest = key.partition(" ")
    if lead in _LEADS and rest:
        key, wanted = rest, _LEADS[lead]
    return [p for p in _index().get(key, ()) if wanted is None or p.type == wanted]


def place(name: str, kind: str | None = None) -> Place | None:
    """The one place `name` means, of `kind` ("city", "province") where given; None if the
    gazetteer does not know it or it stays ambiguous ("Utrecht" without a kind)."""
    found = find_places(name)
    if kind in ("city", "province"):
        found = [p for p in found if p.kind == kind]
    return found[0] if len(found) == 1 else None


def place_of_origin(name: str, text: str) -> bool:
    """Whether a name is only a place's, written in `text` as where something is from:
    "organisaties uit Enschede en Almelo".

    >>> place_of_origin("Almelo", "Steeds meer organisaties uit Enschede en Almelo schoven aan.")
    True
    """
    where = rf"\b(?:uit|from|in)\s+(?:[\w'’-]+(?:,| en| and) )*{re.escape(name)}\b"
    return bare_place(name) is not None and re.search(where, text) is not None


def bare_place(name: str) -> Place | None:
    """The place a name is when it is only a place's name ("Drenthe", "Ljouwert"): a place,
    not an organisation. "Gemeente Assen" and "Provincie Drenthe" are organisations: None.

    >>> bare_place("Ljouwert").name, bare_place("Gemeente Assen"), bare_place("Alfa-college")
    ('Leeuwarden', None, None)
    """
    if name.count(" ") > 4 or _key(name).split(" ", 1)[0] in _LEADS:
        return None  # no place has a name of more than five words
    found = find_places(name)
    return found[0] if found else None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    names = sorted({n for p in places() for n in p.names}, key=lambda n: (-len(n), n))
    spelled = (re.sub(r"\\?[- ]", "[ -]", re.escape(n)).replace("'", "['’]") for n in names)
    alternatives = "|".join(spelled)  # "Oost Gelre" and "Oost-Gelre"
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-])")


def places_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name as written) of every gazetteer name in `text`, as written (the case of
    the gazetteer: "Drenthe", not "drenthe"), the longest where names overlap.

    >>> places_in("Iedereen in Drenthe en Súdwest-Fryslân")
    [(12, 19, 'Drenthe'), (23, 38, 'Súdwest-Fryslân')]
    """
    return [(m.start(), m.end(), m.group()) for m in _pattern().finditer(text)]


_PLURAL_KINDS = {
    "gemeenten": "Gemeente",
    "provincies": "Provincie",
    "municipalities": "Municipality of",
    "provinces": "Province of",
}
_PLURAL_KIND = re.compile(
    r"\b(?:[Dd]e |[Tt]he )?(?:(?:twee|drie|vier|vijf|zes|zeven|acht|two|three|four|five|six"
    r"|seven|eight|\d) )?(?P<kind>gemeenten|provincies|municipalities|provinces)(?: of)?"
    r"(?: [–—-]|:|,)? "
)  # "de gemeenten A en B", "the municipalities of A and B", "The four municipalities – A, B"
_BETWEEN = re.compile(r",? (?:en|and) |, ")


def kind_places(text: str) -> list[str]:
    """The places a plural kind gives its kind to, each with it ("the municipalities of A and
    B": the municipality of each).

    >>> kind_places("De vier gemeenten – Ede, Renkum en Wageningen – betalen.")
    ['Gemeente Ede', 'Gemeente Renkum', 'Gemeente Wageningen']
    """
    return [
        name
        for name, (lead, _, _) in _kind_runs(text)
        if not _WHERE_BEFORE.search(text[:lead])  # "actief in de gemeenten A en B": where
    ]


_WHERE_BEFORE = re.compile(
    r"\b(?:in|uit|binnen|over|door|across|throughout|within|from|van|of|tussen|between)\s*$", re.I
)
LIVING_IN = re.compile(
    r"\b(?:in|binnen|across|throughout|within|from|(?:inwoners|bewoners|burgers|ouderen"
    r"|residents|citizens|people) (?:van|of))(?: de| the)?\s*$",
    re.I,
)  # where people are, not who takes part: "leden in de gemeenten A en B", "inwoners van de
# gemeenten A en B"; "een samenwerking van de gemeenten A en B", "bestaat uit de gemeenten A en
# B" name members


def _kind_runs(text: str) -> list[tuple[str, tuple[int, int, int]]]:
    """(kind and place, (start of the kind's words, start, end of the place)) of each place a
    plural kind goes with."""
    found: list[tuple[str, tuple[int, int, int]]] = []
    last = 0
    for match in _PLURAL_KIND.finditer(text):
        if match.start() < last:
            continue
        kind = _PLURAL_KINDS[match.group("kind")]
        ends = {
            start + match.end(): end + match.end()
            for start, end, _ in places_in(text[match.end() :])
        }
        at = match.end()
        while at in ends:
            found.append((f"{kind} {text[at : ends[at]]}", (match.start(), at, ends[at])))
            last = ends[at]
            between = _BETWEEN.match(text, ends[at])
            if between is None or between.end() not in ends:
                break
            at = between.end()
    return found


def homes(text: str) -> set[str]:
    """The places a plural kind names as where people live or work, not as who takes part.

    >>> sorted(homes("A en B helpen inwoners van de gemeenten Sluis en Hulst."))
    ['Hulst', 'Sluis']
    """
    return {
        text[start:end]
        for _, (lead, start, end) in _kind_runs(text)
        if LIVING_IN.search(text[:lead])
    }


def each_place(text: str) -> str:
    """`text` with a plural kind before places given to each place ("de gemeenten Middelburg,
    Vlissingen en Veere, ZeeBib": three municipalities and a library).

    >>> each_place("de gemeenten Assen, Tynaarlo en Aa en Hunze, Bibliotheek Assen")
    'Gemeente Assen, Gemeente Tynaarlo en Gemeente Aa en Hunze, Bibliotheek Assen'
    >>> each_place("the municipalities of The Hague and Rijswijk")
    'Municipality of The Hague and Municipality of Rijswijk'
    """
    out: list[str] = []
    last = 0
    for name, (lead, start, end) in _kind_runs(text):
        if LIVING_IN.search(text[:lead]):
            continue  # "leden in de gemeenten A en B": where they live, not who takes part
        out.append(text[last:start] if start > lead and last > lead else text[last:lead])
        out.append(name)
        last = end
    return "".join(out) + text[last:] if out else text


_SUFFIXES = ("naren", "naar", "aren", "aar", "ers", "er")
_RESIDENTS = re.compile(rf"\b[A-ZÀ-ÖØ-Þ][\w-]*?(?:{'|'.join(_SUFFIXES)})\b")


def residents_of(text: str) -> list[tuple[int, int, str]]:
    """(start, end, municipality's name) for every word that names its residents by the
    regular Dutch patterns: the name and "-er(s)" or "-aar/-aren", a final consonant doubled
    ("Amsterdammers", "Emmenaren").

    >>> residents_of("alle Apeldoorners, Amsterdammers en Emmenaren")
    [(5, 17, 'Apeldoorn'), (19, 32, 'Amsterdam'), (36, 45, 'Emmen')]
    """
    found = []
    for match in _RESIDENTS.finditer(text):
        word = match.group()
        for suffix in (s for s in _SUFFIXES if word.endswith(s)):
            stem = word[: -len(suffix)]
            doubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""
            hit = _municipality(stem) or _municipality(doubled)
            if hit:
                found.append((match.start(), match.end(), hit))
                break
    return found


def _municipality(stem: str) -> str | None:
    if not stem[:1].isupper():
        return None
    known = [p for p in find_places(stem) if p.type == "municipality"]
    return known[0].name if known else None
