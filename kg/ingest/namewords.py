"""The pieces of phrase patterns the member-list tables share (`listings`): a name as a sentence
writes it, and the words around a name that say it is no partner, not now, or still one."""

from __future__ import annotations

from kg.ingest.sentences import UPPER
from kg.ingest.words import FOREIGN_SMALL

__all__ = ["LEAVES", "MORE_NAMES", "NAME", "NOT", "NO_PRONOUN", "STILL", "TIME_NOUN"]

_FOREIGN = "|".join(sorted(FOREIGN_SMALL))
_TIME_NOUN = r"(?:maand|week|dag|jaar|keer|zomer|winter|lente|najaar|voorjaar|month|year|time)\b"
# A name as a sentence writes it: capitalised words and the small words inside names ("Bibliotheek
# aan de Eem", "Stichting Welzijn, Wonen en Zorg", "Huurders & Buren (HB)"), after an optional
# article and municipal kind; used where a phrase says of the name before it that it is a partner.
_SMALL = rf"(?:van|de|der|den|het|aan|op|in|en|voor|tot|'t|’t|of|the|and|&|e\.o\.|{_FOREIGN})"
_NAMEWORD = (
    rf"(?:[{UPPER}0-9'’][\w'’&.+-]*|\([^()]{{1,40}}\)|v\.o\.f\.|b\.v\.|u\.a\.)"  # "X v.o.f."
)
_NAME = (
    rf"(?:(?:[Dd]e|[Hh]et|[Tt]he) )?(?:(?:gemeenten?|provincie|municipality of) )?"
    rf"(?<![\w'’&.+-])(?:['’]s-)?[{UPPER}][\w'’&.+-]*(?: (?:{_NAMEWORD}|{_SMALL}(?= [{UPPER}'’(&])"
    rf"|(?:aan|van|op|in|voor|tot|uit) (?:de|het|der|den)(?= [{UPPER}]))){{0,11}}+"
)  # possessive: "A en B en C ..." is not tried cut every way (that took seconds)
NAME = _NAME
"""A name as a sentence writes it (see `_NAME`)."""
_KIND = (
    r"(?:(?!(?:de|het|the|een|a|an|en|and|of|van|gemeenten?|provincie|municipality)\b)"
    r"[a-zß-ÿ][\w-]* ){0,2}"
)  # what a name is, before it: "woningcorporatie ", "welfare organisation "; no article
_KIND_ARTICLE = r"(?:(?:de|het|the) (?=(?!gemeenten?\b|provincie\b|municipality\b)[a-zß-ÿ]))?"
MORE_NAMES = (
    rf"(?:,(?: (?:en|and|&))?| (?:en|and|&)) (?:[a-zß-ÿ]+- en )?{_KIND_ARTICLE}{_KIND}{_NAME}"
)
"""One more name of a list after the first: ", B", ", en B", " and the library B", "en zorg-
en welzijnscoöperatie B", "en het vrijwilligersinitiatief B"; one way only to read each (no
pattern tried twice over a long list)."""
_NOT = (
    r"(?!(?:\w+ ){0,4}?(?:geen|niet|not|no|nooit|never|meer|evenmin|neither|nor|noch|former"
    r"|voormalig\w*|oud)\b)"
)
_NO_PRONOUN = (
    r"(?!(?:Wij|We|Zij|Ze|Hij|Het|Dit|Dat|Die|Deze|Beide|Beiden|They|It|This|That|These|Both|Jullie"
    r"|U|You|Ik|I)\b)"
)
_LEAVES = (
    r".*\b(?:stapt|stapte|stappen|stapten|gestopt|stopt|stopte|verliet|verlaat|vertrekt|vertrok"
    r"|uitgestapt|opgeheven|left|leaves|withdrew|withdraws|quit|ended|afscheid|stepped down"
    r"|steps down|stepping down|pulled out|dropped out|trekt zich terug|trok zich terug"
    r"|opgezegd|zegt op|zegde op)\b"
)  # "X, een van de oprichters, stapte uit": a leaver, not a member
_STILL = r"(?:(?:zelf|ook|eveneens|tevens|al|nog|altijd|steeds|also|itself|too|already|still) )"
TIME_NOUN, NOT, NO_PRONOUN, LEAVES, STILL = _TIME_NOUN, _NOT, _NO_PRONOUN, _LEAVES, _STILL
