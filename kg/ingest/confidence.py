"""How sure the reader is of each member it reads, and why: a confidence from 0 to 1 and a reason.

A member the reader is sure of goes into the graph; one below `THRESHOLD` does not: it becomes a
question in the review queue (`kg review`), with its sentence and the other readings of the same
words (`Fact.candidates`), until a researcher decides. The levels, from sure to unsure:

- a name the curated tables know (`KNOWN`);
- the one that joins, named by a join phrase (`JOINER`), a partner in the main list (`LISTED`)
  or in another member list (`MEMBER_LIST`);
- the text's publisher, named in its head, where the text says in its own voice that "we"
  are a partner (`PUBLISHER`, `kg.ingest.masthead`);
- a name with " en " inside, kept whole because the list's last " en " is elsewhere
  (`INSIDE_AND`);
- a name cut out of a longer piece by a glue rule, or two pieces joined into one firm's name
  (`GLUED`, `FIRM`): below the threshold unless the stated count agrees (`COUNT_AGREES`);
- a name with " en " inside where its part of the list holds more than one " en ", so that
  the reader had to choose which one ends the list (`TWO_ANDS`), and any such reading where the
  stated count disagrees with the list (`COUNT_DISAGREES`);
- a name that is a place's, not an organisation's (`PLACE`, set by the build, which knows
  the places), or that reads as a person's (`PERSON`).

The levels were set on the corpus of tests/press (benchmarks/extraction.py measures them).

>>> from kg.ingest.results import Evidence
>>> said = Evidence("x", "A, B en C.", 0, 10)
>>> name = ListedName("Contourde", "Contourde", False, "word+Word", "ContourdeTwern Jeugd")
>>> fact = rate_listed(Fact("Contourde", said), name, "ContourdeTwern Jeugd en Fontys", "")
>>> fact.confidence < THRESHOLD, fact.reason, fact.candidates
(True, "cut out of 'ContourdeTwern Jeugd' by the glue rule 'word+Word'", ('ContourdeTwern Jeugd',))
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from kg.ingest.fuller import spelled_out
from kg.ingest.gazetteer import bare_place
from kg.ingest.given import person_like
from kg.ingest.lists import ListedName, comma_name
from kg.ingest.results import Extraction, Fact
from kg.ingest.words import LEGAL_FORM, compound_head, org_head

__all__ = [
    "COUNT_AGREES",
    "COUNT_DISAGREES",
    "FIRM",
    "GLUED",
    "INSIDE_AND",
    "JOINER",
    "KNOWN",
    "LISTED",
    "MEMBER_LIST",
    "PERSON",
    "PLACE",
    "THRESHOLD",
    "TWO_ANDS",
    "by_count",
    "certain",
    "enumerated",
    "explained",
    "place_rating",
    "rate_joiner",
    "rate_listed",
    "rate_member_list",
    "rate_person",
    "rate_place",
    "said_partial",
]

THRESHOLD = 0.7
"""Members below this are not written to the graph: they are asked in the review queue."""
KNOWN = 1.0
JOINER = 0.9
LISTED = 0.9
MEMBER_LIST = 0.85
PUBLISHER = 0.8  # on the blind sets, 10 of 11 were members
INSIDE_AND = 0.8
COUNT_AGREES = 0.9
GLUED = 0.6
FIRM = 0.6
TWO_ANDS = 0.5
COUNT_DISAGREES = 0.5
PLACE = 0.4
"""A member whose whole name is a place's (the build knows the places: `kg.assembly.review`)."""
PERSON = 0.4
"""A member whose name reads as a person's (`kg.ingest.given`): 33 of 34 on the blind sets were
no members."""

_AND = re.compile(
    r"(?<!-) (?:en|and) (?!(?i:omstreken|omgeving)\b)|^\S+- (?:en|and) \S+$"
    r"|^\S+ en (?i:omstreken|omgeving)$"
)  # "Lees- en Leerhuis X", "Seniorenvereniging Hengelo en omstreken": one name; but "Hengelo
# en omstreken" alone is a part of a name a comma cut
_LIST_CUT = re.compile(r"[,;](?:\s*(?:en|and)\b)?")  # "...; en Taalhuis Kempen en Dommel"


_SURROUNDINGS = re.compile(r"\S+ en (?i:omstreken|omgeving)")


def certain(fact: Fact) -> bool:
    """Whether the reader is sure enough of a fact to write it to the graph."""
    return fact.confidence >= THRESHOLD


def _quoted(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    if len(text) > width:
        text = "…" + text[-(width - 1) :].split(" ", 1)[-1]
    return repr(text)


def _halves(name: str) -> tuple[str, ...]:
    """The names a name with " en " inside would be if that " en " ended a list."""
    return tuple(part.strip() for part in _AND.split(name) if part.strip())


def rate_joiner(fact: Fact, known: bool) -> Fact:
    """A name a join phrase says joins."""
    if known:
        return replace(fact, confidence=KNOWN, reason="a curated name or alias, said to join")
    written = fact.written or fact.value
    kind = written in fact.evidence.sentence and re.search(
        rf"(?i:gemeente|municipality of|provincie|province of) {re.escape(written)}",
        fact.evidence.sentence,
    )  # "The municipality of Veldhoven joined": one
    place = bare_place(fact.value) and not kind  # "In 2023 kwamen Aalten en Oost Gelre erbij":
    rating = place_rating(written, known) if place else None  # a place; not "Taalhuis Urk"
    guest = _OF_ORG.fullmatch(written)  # "welkom aan Marloes Nijhuis van Digitaal Twente"
    persons = [half for half in re.split(r" (?:en|and|&) ", written) if person_like(half)]
    if rating is None and ((guest and person_like(guest["person"])) or persons):
        rating = rate_person  # "Anouk de Graaf en Youssef Amrani": new board members
    if rating is not None:
        return rating(fact)  # a place or a person said to join: asked
    municipality = _MUNICIPALITY.fullmatch(written)  # "gemeente Aa en Hunze": one place
    if _AND.search(written) and not (municipality and bare_place(municipality["place"])):
        two = any(_kind_opens(written[m.end() :]) for m in _AND.finditer(written))
        return replace(
            fact,
            confidence=TWO_ANDS if two else INSIDE_AND,
            reason="said to join; ' en ' inside the name"
            + (", before a kind: two?" if two else ""),
            candidates=_halves(fact.written or fact.value),
        )
    return replace(fact, confidence=JOINER, reason="named as the one that joins")


def rate_listed(fact: Fact, name: ListedName, list_text: str, intro: str) -> Fact:
    """A partner of the main list, read from `list_text` after `intro`."""
    written, piece, glue = name.written, name.piece, name.glue
    where = f"listed after {_quoted(intro)}" if intro.strip() else "in the partner list"
    if name.known:
        return replace(fact, confidence=KNOWN, reason=f"a curated name or alias, {where}")
    if ", " in written and not enumerated(written):
        first, _, rest = written.partition(", ")
        return replace(
            fact,
            confidence=FIRM,
            reason=f"{_quoted(first)} and {_quoted(rest)} read as one firm's name",
            candidates=(first, rest),
        )
    if glue:
        return replace(
            fact,
            confidence=GLUED,
            reason=f"cut out of {piece!r} by the glue rule {glue!r}",
            candidates=(piece,),
        )
    return _with_ands(fact, written, list_text, where, LISTED)


def place_rating(written: str, known: bool) -> Callable[[Fact], Fact] | None:
    """If a listed name is only a place's ("Drenthe", "Ljouwert": the gazetteer's) or reads as a
    person's ("Sanne Verhoef": `person_like`), how to rate it: a question for the review queue,
    not a member ("gemeente Assen" is an organisation)."""
    place = None if known else bare_place(written)
    if place is None:
        return None if known or not person_like(written) else rate_person
    code = f", {place.code}" if place.code else ""
    return partial(rate_place, why=f"the {place.type} {place.name}{code}")


def rate_place(fact: Fact, why: str) -> Fact:
    """A listed name that is only a place's (`why`: which place): `PLACE`, a question.

    >>> from kg.ingest.results import Evidence
    >>> rate_place(Fact("Drenthe", Evidence("x", "A en Drenthe.", 0, 13)), "the province").reason
    "'Drenthe' is a place (the province), not an organisation: a member, or part of a name?"
    """
    return replace(
        fact,
        confidence=PLACE,
        reason=f"{fact.value!r} is a place ({why}), not an organisation: a member, or part of a "
        "name?",
    )


def rate_person(fact: Fact) -> Fact:
    """A listed name that reads as a person's: `PERSON`, a question.

    >>> from kg.ingest.results import Evidence
    >>> said = Evidence("x", "Nieuwe leden: Sanne Verhoef.", 0, 9)
    >>> rate_person(Fact("Sanne Verhoef", said)).reason
    "'Sanne Verhoef' reads as a person's name (a given name and a surname): a member?"
    """
    return replace(
        fact,
        confidence=PERSON,
        reason=f"{fact.value!r} reads as a person's name (a given name and a surname): a member?",
    )


def rate_publisher(fact: Fact, known: bool) -> Fact:
    """The organisation a text's head names as its publisher, a member because the text says
    "we" are a partner in the sentence that is the fact's evidence."""
    return replace(fact, confidence=KNOWN if known else PUBLISHER, reason=_PUBLISHER_SAYS)


_PUBLISHER_SAYS = "the text's publisher (its head names it), which says 'we' are a partner"


def rate_member_list(fact: Fact, known: bool, list_text: str) -> Fact:
    """A member named in another member list ("samen met de gemeente Ede")."""
    where = f"named in a member list: {_quoted(list_text)}"
    if known:
        return replace(fact, confidence=KNOWN, reason=f"a curated name or alias, {where}")
    return _with_ands(fact, fact.written or fact.value, list_text, where, MEMBER_LIST)


_DESCRIBED_AND = re.compile(r" (?:en|and) (?!(?:van|voor|the|for)\b)[a-zß-ÿ][\w-]{3,} [A-Z]")
"""An " en " before a word that says what the next name is: "Harlingen en welzijnsorganisatie
Stichting X" is two names."""


def _opens_name(after: str) -> bool:
    """Whether the words after an " en " can only open a new name: an article, a kind of body
    or a head word ("... en de gemeente Meppel", "... en Stichting X"), so that " en " ends a
    list and leaves no choice."""
    first = after.split(" ", 1)[0]
    return first in ("de", "het", "the", "gemeente", "provincie") or org_head(first)


_OF_ORG = re.compile(r"(?P<person>.+?) (?:van|of|from) (?:de |het |the )?[A-Z].*")
_MUNICIPALITY = re.compile(r"(?:[Gg]emeente|[Mm]unicipality of) (?P<place>.+)")


def _with_ands(fact: Fact, written: str, list_text: str, where: str, level: float) -> Fact:
    """The level of a name by the " en " in and around it."""
    if enumerated(written):
        return replace(fact, confidence=level, reason=f"{where}; one name that lists its fields")
    if not _AND.search(written):
        return replace(fact, confidence=level, reason=where)
    if (municipality := _MUNICIPALITY.fullmatch(written)) and bare_place(municipality["place"]):
        return replace(fact, confidence=level, reason=f"{where}; a municipality ('Berg en Dal')")
    if _two_places(written):  # "Stichting Welzijn Hoorn en Koggenland": a kind, then two places
        return replace(fact, confidence=level, reason=f"{where}; a kind over two places: one name")
    if _SURROUNDINGS.fullmatch(written):  # "Stichting Welzijn Borne, Hengelo en Omstreken"
        reason = f"{where}; a place and its surroundings: the end of a name a comma cut?"
        return replace(fact, confidence=TWO_ANDS, reason=reason, candidates=_halves(written))
    if written in spelled_out(list_text).values():  # "Stichting Welzijn en Mantelzorg X (SWMX)"
        return replace(fact, confidence=level, reason=f"{where}; its acronym spells it whole")
    tail = next((part for part in reversed(_LIST_CUT.split(list_text)) if written in part), "")
    ands = sum(not _opens_name(tail[m.end() :]) for m in _AND.finditer(tail))
    alone = not tail.replace(written, "", 1).strip(" \t-–•*.;:,")  # a line of its own
    inside = any(
        _kind_opens(written[m.end() :])
        or (not alone and _opens_name(written[m.end() :]))
        or LEGAL_FORM.search(written[: m.start()])  # "X U.A. en Y": the legal form closes X
        for m in _AND.finditer(written)
    )  # "... en Welzijnsstichting X" is two even on a line of its own; "... en de Y" there, one
    if ands >= 2 or inside or _DESCRIBED_AND.search(written) or _no_name(written):
        return replace(
            fact,
            confidence=TWO_ANDS,
            reason=f"{where}; ' en ' kept inside the name where its part of the list has "
            f"{ands}: one name or two?",
            candidates=_halves(written),
        )
    return replace(
        fact,
        confidence=INSIDE_AND,
        reason=f"{where}; ' en ' inside the name, not where the list ends",
        candidates=_halves(written),
    )


def _no_name(written: str) -> bool:
    """Whether a name with " en " inside is rather two, or words no name has: the halves are
    all places ("Reimerswaal en Kapelle"), or a half opens in lowercase ("Molenwiek en een
    handvol vrijwilligers", "DigiD aanvragen en gebruiken").

    >>> _no_name("Goes en Kapelle"), _no_name("Molenwiek en een paar"), _no_name("Bits en Bytes")
    (True, True, False)
    """
    halves = _halves(written)
    return (
        all(bare_place(half) for half in halves)
        or any(_LOWER_WORD.match(half) for half in halves[1:])
        or any(_LOWER_WORD.match(half.rsplit(" ", 1)[-1]) for half in halves[:-1])
    )


def _kind_opens(after: str) -> bool:
    """Whether the words after an " en " open with a legal kind or a compound head word
    ("... en Stichting X", "... en Vakschool Y"): a new name, even on a line of its own."""
    first = after.split(" ", 1)[0]
    return first.lower() in _LEGAL_KINDS or compound_head(first)


_LEGAL_KINDS = frozenset(
    [
        "stichting",
        "vereniging",
        "coöperatie",
        "gemeente",
        "stifting",
        "thuiszorg",
        "alliantie",
        "coalitie",
    ]
)
_LOWER_WORD = re.compile(r"(?!(?:de|het|the|van|voor|of|for)\b)[a-zß-ÿ]")


def _two_places(written: str) -> bool:
    """Whether a name is a head word's, then two places of the gazetteer joined by " en ": one
    organisation named after both ("Stichting Welzijn Hoorn en Koggenland"); a municipality
    alone would be written with its kind ("gemeente Koggenland").

    >>> _two_places("Stichting Welzijn Hoorn en Koggenland"), _two_places("Bibliotheek Aa en Hunze")
    (True, False)
    """
    before, sep, after = written.rpartition(" en ")
    words = before.split()
    if not sep or len(words) < 2 or not any(org_head(w) for w in words[:-1]):
        return False
    return bool(bare_place(after)) and bool(bare_place(words[-1]))


def enumerated(written: str) -> bool:
    """Whether a name lists its fields with a comma and " en " inside ("Stichting Welzijn,
    Wonen en Zorg Vught": `comma_name`), so neither makes it two.

    >>> enumerated("Stichting Welzijn, Wonen en Zorg Vught"), enumerated("Gemeente Ede, Wageningen")
    (True, False)
    """
    first, comma, rest = written.partition(", ")
    return bool(comma) and ", " not in rest and comma_name(first, rest)


_PARTIAL = re.compile(
    r"\b(?:onder meer|onder andere|waaronder|among others|including|such as|zoals)\b|\bo\.a\.",
    re.IGNORECASE,
)


def said_partial(text: str) -> bool:
    """Whether `text` says a list names only some ("onder meer", "including", "zoals").

    >>> said_partial("Tot de coalitie behoren verder onder meer:"), said_partial("De partners:")
    (True, False)
    """
    return bool(_PARTIAL.search(text))


def by_count(
    partners: list[Fact],
    others: Fact | None,
    total: Fact | None,
    joining: int,
    partial: bool = False,
) -> list[Fact]:
    """The partners rated again by the stated count, where no list is said to be partial (in
    its sentence, or `partial`: an introduction over list lines says so).

    `others` is the stated number of other partners, `total` the stated number of all
    partners, of whom `joining` join now. When the partners are as many as stated, every
    uncertain reading of the lists (a glue cut, a firm's name, an " en " kept inside) fits the
    count and is raised to `COUNT_AGREES`; when they are not, those readings are the likely
    cause and drop to `COUNT_DISAGREES`.
    """
    count = others or total
    if count is None:
        return partners
    stated = int(count.value) - (joining if others is None else 0)
    sentence = " ".join(count.evidence.sentence.split())
    what = repr(sentence if len(sentence) <= 80 else sentence[:79].rsplit(" ", 1)[0] + " …")
    agrees = len(partners) == stated
    if len(partners) < stated and (
        partial or any(said_partial(f.evidence.sentence) for f in partners)
    ):
        return partners  # "zijn dat onder meer A, B en C": fewer names than counted, as said
    doubted = [
        fact
        for fact in partners  # not the sure, nor a place: a count makes no place an organisation
        if PLACE < fact.confidence < MEMBER_LIST and fact.reason != _PUBLISHER_SAYS
    ]  # nor "we are a partner" in the publisher's own words: no reading of a list to doubt
    gap = stated - len(partners)
    if not agrees:  # doubt only the readings whose other reading moves toward the count
        doubted = [fact for fact in doubted if _towards(fact) * gap > 0]
        if abs(gap) > sum(abs(_towards(fact)) for fact in doubted):
            return partners  # all of them together would not close the gap: not their doing
    rated = {}
    for fact in doubted:
        if agrees:
            rated[id(fact)] = replace(
                fact,
                confidence=max(fact.confidence, COUNT_AGREES),
                reason=f"{fact.reason}; the stated count agrees ({what})",
            )
        else:
            rated[id(fact)] = replace(
                fact,
                confidence=min(fact.confidence, COUNT_DISAGREES),
                reason=f"{fact.reason}; the lists have {len(partners)} names, not {stated} as "
                f"stated ({what})",
            )
    return [rated.get(id(fact), fact) for fact in partners]


def _towards(fact: Fact) -> int:
    """How many names more the other reading of a doubted name gives: a split (" en " or a
    firm's comma) one more, a glue cut's whole piece one fewer."""
    return -1 if fact.confidence == GLUED and len(fact.candidates) == 1 else 1


def _why(fact: Fact | None, reason: str) -> Fact | None:
    return replace(fact, reason=reason) if fact is not None and not fact.reason else fact


def explained(found: Extraction) -> Extraction:
    """Every fact with a reason: the facts the rules read exactly (the coalition of a join
    phrase, stated numbers, former names, vocabulary phrases) are sure, and say what read them.
    """
    found.coalition = _why(found.coalition, "named in the joining statement")
    found.join_order = _why(found.join_order, "the stated order of the one that joins")
    found.stated_others = _why(found.stated_others, "a stated number of other partners")
    found.stated_total = _why(found.stated_total, "a stated number of partners, all told")
    found.joins = [
        replace(j, order=_why(j.order, "a stated order")) if j.order else j for j in found.joins
    ]
    found.leavers = [replace(f, reason=f.reason or "said to leave") for f in found.leavers]
    found.former_names = [
        replace(f, reason=f.reason or "said to be a former name") for f in found.former_names
    ]
    found.leaves = [
        replace(x, org=replace(x.org, reason=x.org.reason or "said to leave")) for x in found.leaves
    ]
    found.renames = [
        replace(x, former=replace(x.former, reason=x.former.reason or "said to be a former name"))
        for x in found.renames
    ]
    for facts in (found.sector_groups, found.themes, found.activities):
        facts[:] = [replace(f, reason=f.reason or "a phrase of the vocabulary") for f in facts]
    return found
