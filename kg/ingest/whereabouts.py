"""Where each name of a list is, taken off the names: "NetZee uit Goes, drukkerij X uit
Middelburg" and "Welzijn Y in de wijkcentra" say where an organisation is, not who it is."""

from __future__ import annotations

import re

from kg.ingest.gazetteer import bare_place
from kg.ingest.lines import capital

__all__ = ["without_places"]

_EACH_AT_PLACE = re.compile(  # after a name's capitalised last word, not "huurwoningen in X"
    r"(?P<last>\S+) (?P<from>in|uit|te|from) "
    r"(?P<place>(?:['’]s-)?[A-Z][\w'’\-]*(?:(?: (?:aan|op|den|de|der|bij|ter))* [A-Z][\w'’\-]*)?)"
    r"(?: (?:en|and) (?:omgeving|omstreken"
    r"|surroundings))?(?=,| en | and | \(|;|\.?$)"  # "X uit Wierum en omgeving", "X uit Y (per"
)
_IN_VENUES = re.compile(  # "X in de wijkcentra", "Y in de vestigingen in Hengelo en Borne"
    r"(?<=[\w.)'’]) in (?:de|het|hun|haar|zijn|onze|their) (?:[a-zß-ÿ][\w-]* ){0,2}?[a-zß-ÿ][\w-]*"
    r"(?: (?:in|te) [A-Z][\w'’-]*(?: en [A-Z][\w'’-]*)?)?(?=[,;]| en (?:de |het )?[A-Z]|\.?$)"
)


_IN_PLACES = re.compile(
    r" (?:in|te) (?P<places>[A-Z][\w'’-]*(?:, [A-Z][\w'’-]*)* (?:en|and) [A-Z][\w'’-]*)\.?$"
)


def without_places(text: str, within: bool = True) -> str:
    """A list of names without the place each is in ("NetZee uit Goes, drukkerij X uit
    Middelburg en Y uit Terneuzen"): only places of the gazetteer go, and with `within` False
    only a place a name is from, not in ("Thuis in Tiel" may be the whole name).

    >>> without_places("NetZee uit Goes, Van der Hooft uit Middelburg en 't Zeeuwse Licht")
    "NetZee, Van der Hooft en 't Zeeuwse Licht"
    """
    text = _IN_VENUES.sub("", text) if within else text
    several = _IN_PLACES.search(text) if within else None  # "X in Hengelo, Borne en Almelo"
    if several and all(bare_place(p) for p in re.split(r", | en | and ", several["places"])):
        text = text[: several.start()]
    return _EACH_AT_PLACE.sub(
        lambda m: (  # "X B.V. from Papendrecht." keeps the period of its B.V. once
            m["last"]
            if capital(m["last"])
            and _a_place(m)
            and (within or m["from"] != "in")
            and not (m["from"] == "in" and _ONE_WORD_FOUNDATION.search(m.string[: m.start()]))
            else m.group()
        ),
        text,
    ).replace("..", ".")


_ONE_WORD_FOUNDATION = re.compile(r"(?:^|\s)(?:Stichting|Vereniging|Coöperatie) $")
"""Before the one word of a name that goes on "in" a place: "Stichting Thuis in Soest"."""


def _a_place(match: re.Match[str]) -> bool:
    """A place of the gazetteer, or a village of one word (or two linked: "Egmond aan Zee") after
    "uit" ("Dorpshuis De Es uit Rolde") or after a name that ends in its own proper part:
    where a name is, not part of it."""
    named = _ARTICLE_NAMED.search(match.string[: match.start()] + match["last"])
    one = " " not in match["place"] or bool(_LINKED.fullmatch(match["place"]))  # "Egmond aan Zee"
    village = (match["from"] == "uit" or bool(named)) and one
    return village or bare_place(match["place"]) is not None


_LINKED = re.compile(r"\S+(?: (?:aan|op|den|de|der|bij|ter))+ [A-Z]\S*")  # one village's name
_ARTICLE_NAMED = re.compile(r"(?:^|\s)(?:De|Het|'t|’t) [A-Z][\w'’-]*$")
"""A name that ends in its own proper part ("Dorpshuis De Zwaan"): the one word "in" after it
is where it is ("in Philippine"), not more of the name."""
