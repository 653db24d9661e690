"""The release's main list of partners: where it is (after "partners ...:", bullet lines,
"waaronder ..." in the sentence that counts, by `LIST_RULES`) and its names, cut where names
are glued together (the `Lexicon` first, the `GLUE_RULES` after), each rated."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from kg.ingest.confidence import place_rating, rate_listed, said_partial
from kg.ingest.fuller import fuller_names
from kg.ingest.gazetteer import each_place
from kg.ingest.items import (
    in_place,
    is_clause,
    list_end,
    no_place_after,
    place_column,
    without_tail,
)
from kg.ingest.lines import bullets_after, dotted_names
from kg.ingest.lists import ListedName, firm_names, split_glued, split_partner_list, whole_item
from kg.ingest.marked import unmarked
from kg.ingest.names import Name
from kg.ingest.namewords import LEAVES
from kg.ingest.reading import Listing, Reader
from kg.ingest.results import Fact
from kg.ingest.rules import LIST_RULES
from kg.ingest.whereabouts import without_places
from kg.ingest.words import NO_MEMBERS, NOT_IN, org_head

__all__ = [
    "FUNDED",
    "OTHERS_MEMBERS",
    "OURSELVES",
    "UNSAID",
    "find_list",
    "list_partners",
    "no_names",
]


def find_list(reader: Reader, stated: Fact | None) -> Listing | None:
    for complete in (True, False):
        for position, sentence in enumerate(reader.sentences):
            if not complete and (not stated or stated.evidence.start != sentence.start):
                continue  # a partial list ("waaronder") only in the sentence that counts
            for rule, rule_complete in LIST_RULES:
                match = rule.pattern.search(sentence.text)
                if rule_complete != complete or not match or no_names(match.group("list")):
                    continue
                start = sentence.start + match.start("list")
                items = [(sentence, start, sentence.end)]
                if not sentence.text[match.start("list") :].strip():
                    items = bullets_after(reader.sentences, position)
                intro = sentence.text[: match.start("list")]
                if NO_MEMBERS.search(intro) or OTHERS_MEMBERS.search(intro):
                    continue  # "Dit manifest wordt gesteund door (geen partners ...):"; "Welkom
                    # aan twee nieuwe leden van de federatie:", a club's, not the coalition's
                return Listing(sentence, start, items, complete and not said_partial(intro))
    return None


OURSELVES = re.compile(
    r"^\s*(?:(?:en|and|nu|now|dus|so|ook|also) )*(?:wij|we|us|ons|ik|I|me), (?=[A-Z])"
)
"""The writer before its own name in a list's line: "en nu dus ook wij, X"."""

_FOUNDATION = re.compile(r"(?:Stichting|Vereniging|Coöperatie|Foundation) ")
FUNDED = re.compile(
    r"(?i)\b(?:subsidie\w*|sponsor\w*|financier\w*|gefinancierd|funded|funders?|donors?"
    r"|in gesprek|in talks|vertrokken|left|zustercoalitie|sister coalition)\b"
)
"""A list's introduction of funders, prospects, leavers or another coalition's partners."""

UNSAID = re.compile(
    rf"[^;]*\b(?:maar|but)\b[^;]*?(?:{NOT_IN.pattern}|{LEAVES.removeprefix('.*')})", re.I
)
"""What follows a list that takes it back: "X was een van de oprichters, maar is niet meer
aangesloten", "X deed vanaf het begin mee, maar is er dit jaar uitgestapt" (a leaver)."""

OTHERS_MEMBERS = re.compile(
    r"\b(?:leden|lid|members?) (?:van|of) (?:de|het|onze|ons|the|our) (?!(?:\w+ )?(?:coalitie"
    r"|netwerk|alliantie|samenwerking|coalition|network|alliance|pact|platform)\b)[a-z]"
)


def no_names(listed: str) -> bool:
    """Text after a list's introduction with no name in it ("partners droegen bij: de
    vrijwilligers gaven 212 spreekuren") or a goal ("a clear target: by 2029, every adult in
    A, B and C ..."), or whose first item has no name ("wat de partners doen: hulp bij vragen,
    dichtbij huis, in Amersfoort"): that colon opens no list."""
    first = re.split(r"[,;]| en | and ", listed.strip(), maxsplit=1)[0]
    phrase = first.islower() and not _ONE_OF_US.fullmatch(first)  # not "de gemeente, A en B"
    opening = first.split()[:1]
    phrase = phrase or bool(opening and opening[0] in _NO_NAME_OPENS)  # "what's changing at X"
    asked = listed.rstrip().endswith("?") and bool(opening and opening[0].islower())  # "vroegen
    # het al: zijn A, B en C nu ook partner?": a question whether they are, not a list of them
    items = [i.strip(" .") for i in re.split(r"[,;]| en | and ", listed.strip())]
    items = list(takewhile(lambda i: not _CLAUSE.match(i), filter(None, items)))  # to a clause:
    # not "dat op veel plekken les geeft" nor what follows "A, which owns 9,000 homes and ..."
    topics = [i for i in items if i.islower() and not _kind_in(i)]
    return bool(listed.strip()) and (
        listed.islower()
        or bool((quoted := _QUOTE_OR_RANGE.match(listed)) and not _kind_in(quoted["first"] or ""))
        or bool(_GOAL_AFTER.match(listed))
        or phrase
        or asked
        or 2 * len(topics) > max(len(items), 1)
    )  # "wat de partners doen: hulp bij digitale vragen, dichtbij huis, in A en B"; "nemen de
    # rest voor hun rekening: DigiD, bankieren, de zorgverzekering": topics, not names


def _kind_in(item: str) -> bool:
    return any(map(org_head, item.split()))  # "de gemeente": an organisation in lowercase


_CLAUSE = re.compile(r"(?:die|dat|waar|wat|which|who|that|where|whose|wiens|met|with)\b")
_NO_NAME_OPENS = frozenset(
    ["what", "what's", "how", "why", "where", "when", "wat", "hoe", "waarom", "waar", "wanneer"]
)
"""Words that open a question or a clause after a colon, not a list of names."""
_ONE_OF_US = re.compile(r"(?:de|het|onze|ons|the|our)\s+\S+")  # "opgericht door onze stichting, A"


_QUOTE_OR_RANGE = re.compile(r"\s*(?:[\"“„'‘]|(?:van|from) (?P<first>[^.;:]{1,60}?) (?:tot|to) )")
"""A quotation after the colon ("the partners renamed it: \"People kept asking ...\""), or a range
of examples ("organisaties die helpen: van DigiD en internetbankieren tot videobellen"), not
one of organisations ("doen er organisaties mee: van Woonvereniging X tot het Werkbedrijf Y")."""
_GOAL_AFTER = re.compile(r"\s*(?:by|in|tegen|vóór|voor|uiterlijk|eind) (?:19|20)\d\d\b")


def list_partners(
    reader: Reader, listing: Listing | None, org: Name | None, count: int | None
) -> list[Fact]:
    """The names of the main list, cut where names are glued together; but left whole where
    every cut is inside the first word of a name and the text's own count (`count` others)
    fits the whole names, not the cut ones: "ContourdeTwern Jeugd" is a CamelCase brand."""
    if listing is None:
        return []
    facts, warnings, glued = _read_list(reader, listing, org, glue=True)
    brands = all(len(cut) == 2 and " " not in cut[0] for cut in map(split_glued, glued))
    if count is not None and listing.complete and glued and brands and len(facts) != count:
        whole, whole_warnings, _ = _read_list(reader, listing, org, glue=False)
        if len(whole) == count:
            facts, warnings = whole, whole_warnings
    reader.warnings.extend(warnings)
    return facts


def _read_list(
    reader: Reader, listing: Listing, org: Name | None, glue: bool
) -> tuple[list[Fact], list[str], set[str]]:
    """(partners, warnings, the pieces the glue rules cut) of the main list."""
    facts: list[Fact] = []
    seen: set[str] = set()
    warnings: list[str] = []
    glued: set[str] = set()
    intro = reader.text[listing.sentence.start : listing.intro_end]
    ands = not listing.commas_only(reader.text)
    column = place_column([reader.text[start:end] for _, start, end in listing.items])
    for sentence, start, end in listing.items:
        written = unmarked(reader.text[start:end])  # "A en, sinds afgelopen dinsdag, B"
        dotted = dotted_names(written)  # "A · B · C": its dots commas
        written = ", ".join(dotted) if dotted else written
        list_text = each_place(written)  # "de gemeenten A en B": each one
        label = reader.text[sentence.start : start].rstrip()  # "Wonen:", "Housing ......"
        after_colon = bool(re.search(r"(?::|\s[-–]|\s[.…]+)$", label))
        if sentence is listing.sentence:  # "A en B, die de digimaatjes levert": ends at ", die"
            list_text = without_places(list_text)  # "A uit Ede, B uit Barneveld en C"
            listed = split_partner_list(list_end(list_text), reader.lexicon.organisations, glue)
        elif after_colon or list_text != written or dotted:  # "Wonen: Vivare, Portaal",
            # "- de gemeenten A, B en C" (`each_place`): lists in a line
            list_text = without_places(list_text)
            listed = split_partner_list(list_text, reader.lexicon.organisations, glue, ands)
        else:  # a line of its own: one name
            list_text = OURSELVES.sub("", list_text)  # "- en nu dus ook wij, X"
            line = no_place_after(list_text.rstrip(" ;,"), column)  # "Zorgcentrum X in Y;": X
            line = line if _FOUNDATION.match(line) else in_place(line)  # but "Stichting Oudere
            listed = whole_item(line, reader.lexicon.organisations)  # Stadjers in Beweging"
        names, firms = firm_names(listed, list_text)
        warnings.extend(firms)
        glued.update(name.piece for name in names if name.glue)
        for name in names:
            if not name.known and (short := without_tail(name.written)) != name.written:
                name = replace(name, value=short, written=short)  # "X trains the volunteers"
            full = fuller_names(reader.text).get(name.value) if name.value.isupper() else None
            if full and not name.known:  # "de HKNOB", spelled out in the masthead
                name = replace(name, value=full)
            if is_clause(name.written):
                warnings.append(
                    f"{name.written!r} in a list reads as a clause, not a name; left out"
                )
            elif org is not None and name.value == org.value:
                warnings.append(f"the joiner {name.value!r} is also in the partner list; left out")
            elif name.value in seen:
                warnings.append(f"partner {name.value!r} is listed twice; kept once")
            else:
                seen.add(name.value)
                fact = reader.fact(name.value, sentence, name.written)
                place = place_rating(name.written, name.known)
                facts.append(place(fact) if place else rate_listed(fact, name, list_text, intro))
                warnings.extend([] if place else _note_name(name))
    return facts, warnings, glued


def _note_name(name: ListedName) -> list[str]:
    if name.known:
        return []
    cut = f" (cut out of {name.piece!r} by the glue rule {name.glue!r})" if name.glue else ""
    return [
        f"unknown organisation {name.value!r}{cut}: no lexicon name or alias; add it for curation"
    ]
