"""A join told by the place it takes among the coalition's partners, whatever its verb or image.

Releases keep finding new ways to tell a join: "hangt X als veertiende naam op het bord van Y",
"trekt X vandaag in bij Y, als zeventiende partner van die coalitie", "club chair Z signed up X
as partner number 7 of Y", "X today became the ninth signatory of Y". The verb differs every
time; what they share is a stated place among the partners (an ordinal with a word of
partnership) of the text's own coalition. Where such a sentence names one organisation besides
the coalition, that organisation is the joiner, in the stated place. Negations, plans, modal
verbs and the future are no joins; neither is a place among something else ("als tiende
organisatie van Nederland").
"""

from __future__ import annotations

import re

from kg.ingest.gazetteer import bare_place
from kg.ingest.lines import org_like
from kg.ingest.names import Name, is_person
from kg.ingest.ordinals import NTH_WORD, any_ordinal, ordinals
from kg.ingest.rules import read_count
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import name_run, only_places, without_place
from kg.ingest.tenses import will
from kg.ingest.words import BODY_WORDS, CONTEST, ROLES, TITLE

__all__ = ["ASIDE", "THE_BODY", "organisations_in", "placed_joins", "placed_partner"]

_NOUN = (
    r"partner|member|lid|deelnemer|participant|ondertekenaar|signatory|naam|name|organisatie"
    r"|organisation|aangeslotene|aansluiter"
)  # a word of the partnership after the ordinal
THE_BODY = re.compile(
    rf"(?i)\b(?:de|het|die|dat|dit|deze|the|this|that|our|onze|ons|its)\s+(?:{BODY_WORDS})\b"
)
"""The coalition named by its kind: "de coalitie", "that network"."""
_MORE = r"(?:\s+(?:new|nieuwe|official|officiële|full|volwaardige))?"
_PLACE = re.compile(
    rf"\b(?:(?:als|as)\s+(?:de |het |the |its |our |their |haar |zijn |hun )?(?P<nth>{NTH_WORD})"
    rf"{_MORE}(?:\s+(?P<noun>{_NOUN}))?"
    rf"|(?P<noun3>{_NOUN})\s+(?:nummer|number|nr\.?|no\.?)\s+(?P<number>\d+|\w+)"
    rf"|\b(?:became|becomes|is|wordt|werd)\s+(?:de|het|the|its)\s+(?P<nth2>{NTH_WORD})"
    rf"{_MORE}\s+(?P<noun2>{_NOUN}))\b",
    re.IGNORECASE,
)
"""A stated place among the partners: "als veertiende naam", "partner number 7", "became the
ninth signatory"; "als twaalfde" alone where the coalition follows."""
_OF = re.compile(r"\s+(?:van|of|bij|in|to|op|aan|onder|among|uit)\s+(?P<body>[^,;:]+)", re.I)
_NOT_NOW = re.compile(
    r"\b(?:niet|geen|nooit|zal|zullen|wil|willen|kan|kunnen|moet|moeten|hoopt|hopen|mogelijk"
    r"|misschien|overweegt|gesprek|zou|zouden|not|no longer|never|will|would|could|may|might"
    r"|plans?|hopes?|intends?|expected|talks|should|graag|verlaat|verliet|afscheid|vertrekt"
    rf"|vertrok|vertrokken|gestopt|stopt|stopte|left|leaves|leaving|former|oud-partner"
    rf"|tot vorig jaar|tot (?:19|20)\d\d|until last year|voorheen|vroeger|{CONTEST})\b",
    re.IGNORECASE,
)  # a plan, a negation, a leave, a place held until a past time: no join now
_DOING = re.compile(
    r"(?i)\b(?:bezoek\w*|visit\w*|organiseer\w*|organis\w*|present\w*|sponsor\w*|verzorgde"
    r"|workshop|lunch)\b"
)
ASIDE = re.compile(
    r",\s+(?:de|het|een|die|dat|waar|wat|which|who|that|where|the|an?)\s[^,]*(?:,|(?=[.!?]?$))"
)
"""An aside after a comma: "Y, the coalition that makes sure no one is left behind,"."""
_WE = re.compile(r"(?i)\b(?:we|wij|onze|our)\b")
_AT = re.compile(r"(?i)\b(?:in|at|op|uit|from|near|naast|bij)\s+(?:(?:de|het|the)\s+)?$")
_LEAD = re.compile(
    r"^(?:(?:Yesterday|Today|Tonight|Now|Also|Then|So|Gisteren|Vandaag|Vanavond|Vanmorgen|Nu"
    r"|Ook|Toen|Daarom|Dus|Eindelijk|Finally)\s+)+"
)  # a sentence's opening word before a name: "Yesterday Bakkerij Van Dam became"
_NAME_START = re.compile(r"(?<![\w'’-])(?=[A-Z0-9À-Þ'’])")
_NO_NAME = re.compile(
    r"(?:last|this|next|afgelopen|vorige|deze|vandaag|today|dankzij|namens|with|met|in|on|op"
    r"|since|sinds|per|vanaf|from|en|and|de|het|the|dat|die|wie|who|we|wij|ook|also"
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    rf"\b|{ROLES.pattern}|{TITLE}\.",
    re.IGNORECASE,
)  # a time, a preposition, a pronoun, a role or a title before a name: no organisation's


def placed_partner(text: str, coalition: str) -> tuple[str, int] | None:
    """The organisation a sentence places among the partners of `coalition`, and its place.

    >>> placed_partner("Vandaag trekt Coöperatie Lutje Hoeskes in bij Samen Digitaal "
    ...     "Leek, als zeventiende partner van die coalitie.", "Samen Digitaal Leek")
    ('Coöperatie Lutje Hoeskes', 17)
    >>> placed_partner("Sindsdien hangt de Westfriese Darts Liga als veertiende naam op het bord "
    ...     "van Digitaal Sterk Westfriesland.", "Digitaal Sterk Westfriesland")
    ('Westfriese Darts Liga', 14)
    >>> placed_partner("Club chair Marit Kuipers signed up Lekstroom Lions Lacrosse Club as "
    ...     "partner number 7 of Digital Confidence Lekstroom.", "Digital Confidence Lekstroom")
    ('Lekstroom Lions Lacrosse Club', 7)
    >>> placed_partner("Bibliotheek X won als tiende organisatie van Nederland de prijs.", "Y")
    >>> placed_partner("Stichting X zal als tiende partner van Y tekenen.", "Y")
    """
    if _capitals(text):
        return None  # a headline in capitals or title case: no name is told by its capital
    text = next((c for c in re.split(r";\s+", text) if _PLACE.search(c)), text)  # its clause
    places = list(_PLACE.finditer(text))
    if len(places) != 1 or len(ordinals(text)) > 1:
        return None  # none, or "A became the tenth partner, followed by B, the eleventh"
    place = places[0]
    said = place.group("nth") or place.group("nth2") or place.group("number")
    order = int(said) if said.isdigit() else any_ordinal(said) or read_count(said)
    plain = ASIDE.sub(" ", text)
    if not order or _NOT_NOW.search(plain) or will(plain) or text.rstrip().endswith("?"):
        return None
    if _DOING.search(plain):
        return None  # "Als vierde partner organiseert X de Digiweek": a partner's deed
    if coalition.lower() not in text.lower() and not THE_BODY.search(text):
        return None  # a place in something else
    of = _OF.match(text, place.end())
    noun = (place.group("noun") or place.group("noun2") or place.group("noun3") or "").lower()
    if of and not _is_ours(of.group("body"), coalition):
        return None  # "als tiende organisatie van Nederland", "as the third member of the board"
    if not noun and not of:
        return None  # "als tweede" alone: second in anything
    if order == 1 and noun in ("organisatie", "organisation", "naam", "name"):
        return None  # "the first organisation in the network that represents ...": a merit
    names = [(n, at) for n, at in organisations_in(text, coalition) if not is_person(n, text)]
    if len(names) != 1:
        return None
    name, at = names[0]
    we = [m.start() for m in _WE.finditer(text, 0, place.start())]
    if we and (at > place.start() or at < we[-1]):
        return None  # "we signed as its tenth partner", "we met in Wijkcentrum X and are its
    return name, order  # tenth partner": our join (`masthead`), not X's


def _capitals(text: str) -> bool:
    """Whether a sentence is written in capitals or title case: no word of four letters or
    more is lowercase."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) > 3 and not any(w.islower() for w in words)


def _is_ours(body: str, coalition: str) -> bool:
    """Whether the body after a place is the coalition: its name, or "de coalitie" (not "de
    coalitie van het Techniekpact")."""
    if coalition.lower() in body.lower():  # not "Y's helpdesk team": a part of it
        return not re.search(rf"(?i){re.escape(coalition)}['’]s\b", body)
    own = THE_BODY.match(body.strip())
    return own is not None and not re.match(r"\s+(?:van|of|voor|for)\s", body.strip()[own.end() :])


def organisations_in(text: str, coalition: str) -> list[tuple[str, int]]:
    """The organisations a sentence names outside the coalition's name, and where; not a
    place where something happens ("in Wijkcentrum X"), nor a kind pointing back ("het
    HR-bedrijf").

    >>> organisations_in("Last Tuesday, Stichting Leeskracht met Bibliotheek X in Y.", "Y")
    [('Stichting Leeskracht', 14), ('Bibliotheek X', 39)]
    """
    own = coalition.lower()
    said = re.escape(own) + r"(?:\s*\([^()]{1,12}\))?"  # "Y (DNDB)": its acronym, its own
    spans = [(m.start(), m.end()) for m in re.finditer(said, text.lower())]
    found: list[tuple[str, int]] = []
    at = 0
    for start in (m.start() for m in _NAME_START.finditer(text)):
        if start < at or any(a <= start < b for a, b in spans):
            continue
        run = name_run(text[start:], False).split(",")[0]  # "Tuesday, X": not one name
        cut = min((a - start for a, _ in spans if start < a < start + len(run)), default=None)
        run = run[:cut].strip() if cut else run  # "X in Y": X, before the coalition Y
        run = re.sub(r"\s+(?:in|van|bij|of|en|and|de|het|the|voor|op|aan)$", "", run)
        at = start + len(run)
        if not run:
            continue
        name = without_place(_LEAD.sub("", run))
        before = text[: start + max(0, text[start:].find(name))]
        pointing = " " not in name and re.search(r"(?i)\b(?:de|het|the)\s+$", before)
        if (
            name
            and not pointing
            and not _AT.search(text[:start])
            and not only_places(name)
            and org_like(name)
            and not _NO_NAME.match(name)
            and bare_place(name) is None
            and not own.startswith(name.lower())
            and name not in (n for n, _ in found)
        ):
            found.append((name, start))
    return found


def placed_joins(
    sentences: list[Sentence], told: set[int], coalition: tuple[Name, Sentence] | None
) -> list[tuple[Sentence, list[str], int | None, bool]]:
    """The joins `placed_partner` reads in the sentences no rule read (starts in `told`), as
    `partnered.now_joins` gives them: a sentence, its joiner, its place, and not to come."""
    if coalition is None:
        return []
    found: list[tuple[Sentence, list[str], int | None, bool]] = []
    for sentence in sentences:
        placed = (
            None if sentence.start in told else placed_partner(sentence.text, coalition[0].written)
        )
        if placed:
            found.append((sentence, [placed[0]], placed[1], False))
    return found
