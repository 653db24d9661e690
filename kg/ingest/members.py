"""Members named outside the main partner list: where the other lists are (after a phrase of the
`listings` tables, under a heading, in bullets, in prose, on a partner page), read into names
by `items`."""

from __future__ import annotations

import re

from kg.ingest.asides import (
    LIST_HEADING,
    answered_lists,
    asks_who,
    footnote_lists,
    is_question,
)
from kg.ingest.confidence import place_rating, rate_member_list
from kg.ingest.countlists import closed_by_count, counted_openers, vouched_lists
from kg.ingest.cued import bullet_after, cued_lines, labelled_lines, labelled_no_members
from kg.ingest.dates import MONTH_WORD
from kg.ingest.fuller import brand_in_full, extended, fuller_names
from kg.ingest.gazetteer import bare_place, homes, kind_places
from kg.ingest.items import (
    KIND_AND,
    in_place,
    is_clause,
    line_name,
    list_names,
    place_column,
    without_article,
)
from kg.ingest.lexicon import lookup
from kg.ingest.lines import (
    BULLET,
    dotted_names,
    heading_line,
    heading_words,
    line_items,
    table_header,
)
from kg.ingest.listings import MEMBER_LIST_RULES, WE_AS
from kg.ingest.mainlist import FUNDED, OTHERS_MEMBERS, OURSELVES, UNSAID, no_names
from kg.ingest.memberforms import LEADS, PART_OF, PARTNER_WORD, belong_there, seated_in
from kg.ingest.names import PERSON_NAME, is_person, without_person
from kg.ingest.pointers import pointed_members
from kg.ingest.profiles import profiles
from kg.ingest.prose import answered_in_prose
from kg.ingest.reading import Listing, Reader
from kg.ingest.repeats import half_of, part_of, short_of
from kg.ingest.results import Fact
from kg.ingest.roles import attendance, division_of_work
from kg.ingest.sentences import Sentence
from kg.ingest.stretches import from_first_name, generic_lists
from kg.ingest.subjects import NO_NAMES, without_kind
from kg.ingest.whereabouts import without_places
from kg.ingest.words import (
    IN_ANOTHER,
    LEGAL_KINDS,
    NO_MEMBERS,
    NOT_MEMBERS,
    ROLES,
    common_noun,
    org_head,
)

__all__ = ["denied", "member_lists", "more_members"]

_WHERE_FROM = re.compile(r" (?:in|uit|from|across) (?:de |het |the )?[A-Z][^,;]*$")
_THE_ACRONYM = re.compile(r"(?i:de|het|the) ([A-Z]{2,6})")  # "het ROC", not spelled out


def member_lists(
    sentences: list[Sentence], skip: set[int], coalitions: frozenset[str] = frozenset()
) -> list[tuple[str, Sentence, bool]]:
    """(list text, sentence, whether it is one name: a line of a list) of every member list
    outside the sentences in `skip` (starts); `coalitions` are the names of the coalition, whose
    name in a list's introduction says it is the coalition's list."""
    found: list[tuple[str, Sentence, bool]] = []
    for position, sentence in enumerate(sentences):
        if sentence.start in skip:
            continue
        if _OUTSIDE.match(sentence.text) or IN_ANOTHER.search(sentence.text):
            continue  # "Buiten de Digicoalitie werkten we samen met X", "That is a different
            # coalition (its partners include X)": not with the coalition
        question = is_question(sentence.text)  # "Wie doen mee? 👇"
        colon = sentence.text.rstrip().endswith(":")
        for rule in MEMBER_LIST_RULES.possible(sentence.text):
            match = rule.pattern.search(sentence.text)
            if not match:
                continue
            intro = sentence.text[: match.start("list")] if match.group("list") else ""
            if FUNDED.search(intro) or OTHERS_MEMBERS.search(intro):
                break  # "De organisaties die subsidie gaven zijn X en Y": funders; a club's
            rest = sentence.text.find("; ", match.end("list") if match.group("list") else 0)
            if rest > 0 and not colon:  # "Trekker is X; verder zijn A, B en C van de partij"
                found += [m for m in _rest_lists(sentence, rest + 2) if m[0] != match["list"]]
            text = match.group("list") or ""
            if text and UNSAID.search(sentence.text, match.end("list")):
                break  # "X was een van de oprichters, maar is niet meer aangesloten": a leaver
            more = (match.groupdict().get("more") or "").strip()  # "..., net als C": a list of
            funds = NOT_MEMBERS.search(more) or re.search(r"\bfund(?:s|ers?)?\b", more)
            if more and not funds and not no_names(more):  # its own, split
                found.append((more, sentence, False))  # apart from A en B
            kinds = text.strip() and _WHERE_FROM.sub("", text.strip(" .")).islower()  # "uit
            # bibliotheken, gemeenten en zorg:", "door bibliotheken en gemeenten in Twente."
            count_only = re.fullmatch(r"\s*\d{1,3}\s*", text) and not BULLET.match(sentence.text)
            if count_only and bullet_after(sentences, position):  # "Partners: 10" over "- X"
                found.extend(line_items(sentences, position))  # lines; not "• Leden: 23" over
                break  # "• Doeljaar: 2030", one more figure
            if (text.strip() and question) or (kinds and not colon):
                continue  # "Wie doen er mee?", "WIE DOEN ER MEE?": a heading, not a list
            if text.strip() and not kinds and not no_names(text):
                found.append((text, sentence, False))
            if colon:  # the lines below: "Partners:", "Naast A en B zijn dat:"
                found.extend(_below(sentences, position))
            break
        else:
            if table_header(sentence):  # "| Partner | Soort | Partner sinds |": rows below
                found.extend(line_items(sentences, position))
            elif (
                LIST_HEADING.search(sentence.text)
                and heading_line(sentence.text)
                and not _META.match(sentence.text)  # "Tags: partners, nieuws, ouderen"
                and not _byline(sentences, position)  # "Twelve partners, one table: what a
                and not _contents(sentences, position)  # "2. Vrijwilligers en deelnemers"
            ):  # year taught me" over "Esther van Wijngaarden", "Project Manager at X"
                sector = _sector_lines(sentences, position)
                below = _below(sentences, position) if sector is None else sector
                asked = asks_who(sentence.text) and not below
                upto = _told_before(sentences, position) if asked else 0
                found.extend(line_items(sentences, upto) if upto else below)  # "Wie doen er mee?"
                # over "Na donderdag telt de coalitie twaalf partners." over "• X"
            elif _ANNOUNCED.search(sentence.text) and bullet_after(sentences, position):
                found.extend(line_items(sentences, position))  # "Dit zijn de negen partners."
            elif asks_who(sentence.text) and bullet_after(sentences, position):
                found.extend(line_items(sentences, position))  # "Wie zitten erin?" over "1. X"
            elif asks_who(sentence.text) and _pointing(sentences, position):  # "Wie doen mee?
                found.extend(line_items(sentences, position + 1))  # Onze buren 👇" over "📚 X"
            elif asks_who(sentence.text) and (upto := _told_before(sentences, position)):
                found.extend(line_items(sentences, upto))  # "Who is in?" over a short paragraph
            elif _sector_bullets(sentences, position, {s.start for _, s, _ in found}):
                found.extend(line_items(sentences, position))  # "Bibliotheken" over "• X"
            else:  # "Bij Y zitten we vanaf nu aan tafel met:" over "👉 X" lines
                found.extend(cued_lines(sentences, position, coalitions))
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1].text if index else ""
        seated = sentence.start not in skip and (  # "Achter Y zitten A en B", "Ook A, B en C
            seated_in(sentence.text, coalitions)
            or belong_there(sentence.text, previous, coalitions)
        )  # horen erbij"
        if seated:
            found.append((seated, sentence, False))
        for form in (PART_OF, PARTNER_WORD):  # a clause of its own, in a listing too
            if part := form.search(sentence.text):
                found.append((without_places(part["list"]), sentence, False))
        us = WE_AS.pattern.search(sentence.text) if sentence.start not in skip else None
        if us and not NO_MEMBERS.search(sentence.text):  # not "daar zijn wij als X geen lid van"
            found.append((us.group("list"), sentence, True))  # "wij als Stichting X, Y en Z"
        lead = LEADS.pattern.search(sentence.text) if sentence.start not in skip else None
        named = lead["list"] if lead else ""  # "P van X, die de coalitie leidt"; not "Joost van
        words = named.split()  # Wijngaarden", "the Mayor of Zeist Koos Janssen", "The Hague"
        headed = any(org_head(word) for word in words) or re.fullmatch(
            r"[A-Z][a-z]+[A-Z]\w*", named
        )
        plain = len(words) > 1 and not bare_place(words[0]) and words[0] not in ("The", "De", "Het")
        plain = plain and not is_person(named, sentence.text)
        if headed or plain:  # "Welzijn X", "KlikKlaar", "Kwartiermakers Westerkwartier"
            found.append((named, sentence, True))
    found += footnote_lists(sentences, skip)
    listed = {sentence.start for _, sentence, _ in found}
    return found + [a for a in answered_lists(sentences, skip) if a[1].start not in listed]


_OUTSIDE = re.compile(r"(?:Buiten|Outside|Apart from|Los van) (?:de |het |the |ons |onze |our )?\w")


def _rest_lists(sentence: Sentence, start: int) -> list[tuple[str, Sentence, bool]]:
    """The member list a sentence's clause after a semicolon (from `start`) gives."""
    for rule in MEMBER_LIST_RULES.possible(sentence.text[start:]):
        if (match := rule.pattern.search(sentence.text[start:])) and match.group("list"):
            return [(match.group("list"), sentence, False)]
    return []


_ANNOUNCED = re.compile(
    r"(?i)(?:^|: )(?:dit|deze|hier|these|here) (?:zijn|are) (?:ze |they )?(?:de |onze |alle |the "
    r"|our |all )?(?:(?!vorige|oud|voormalige|former|previous|eerdere|toekomstige|future)[\w-]+ )?"
    r"(?:partners|partner organi[sz]ations)(?: (?:van|of) (?:de |het |onze |the |our )?(?:coalitie"
    r"|netwerk|alliantie|samenwerking|coalition|network|alliance|partnership))?\W*$"
)  # a sentence that ends in a period over the list it announces: "Dit zijn de negen partners."
_META = re.compile(
    r"(?i)\s*(?:tags?|labels?|categorie\w*|categor(?:y|ies)|trefwoorden|keywords|topics)\s*:"
)  # a page's labels, not a heading


def _sector_bullets(sentences: list[Sentence], position: int, taken: set[int]) -> bool:
    """Whether a sector heading ("Bibliotheken", "Zorg en welzijn") opens bullet lines that no
    list read so far has taken: a partner page's lists by sector."""
    following = sentences[position + 1] if position + 1 < len(sentences) else None
    return (
        following is not None
        and following.start not in taken
        and heading_words(sentences[position].text.rstrip(":"))  # "Zorg", not "Agenda:"
        and bool(BULLET.match(following.text))
    )


def _pointing(sentences: list[Sentence], position: int) -> bool:
    """Whether the sentence after a question is a short lead to the bullets below it, without a
    full stop (its pointing emoji read away) or a colon (a list's own: "De partners zijn:")."""
    lead = sentences[position + 1].text.strip() if position + 1 < len(sentences) else ""
    pointing = 0 < len(lead) <= 80 and not lead.endswith((".", "!", "?", ":"))  # not a list's
    return pointing and bullet_after(sentences, position + 1)


def _told_before(sentences: list[Sentence], position: int) -> int:
    """Where a short paragraph (three sentences at most, none opening a list of its own with a
    colon) ends that stands between a heading that asks who is in and the bullets below it,
    or 0."""
    if not heading_line(sentences[position].text):
        return 0
    paragraph = sentences[position + 1].paragraph if position + 1 < len(sentences) else -1
    for lead in range(position + 1, min(position + 4, len(sentences))):
        text = sentences[lead].text.rstrip()
        if sentences[lead].paragraph != paragraph or text.endswith(":") or BULLET.match(text):
            return 0
        if bullet_after(sentences, lead):
            return lead
    return 0


def _contents(sentences: list[Sentence], position: int) -> bool:
    """Whether a heading is a numbered item between numbered items: a table of contents's."""
    near = [s.text.strip() for s in sentences[max(position - 1, 0) : position + 2]]
    return len(near) == 3 and all(_NUMBER.match(text) for text in (near[0], near[2]))


_NUMBER = re.compile(r"\d{1,2}[.)](?:\s|$)")


def _byline(sentences: list[Sentence], position: int) -> bool:
    """Whether the lines under a sentence are a byline: a person's name alone, then a role."""
    lines = [s.text.strip() for s in sentences[position + 1 : position + 3]]
    named = len(lines) == 2 and bool(re.fullmatch(PERSON_NAME, lines[0]))
    return named and bool(ROLES.search(" ".join(lines[1].split()[:4])))  # "Project Manager at X"


_INLINE = re.compile(r"\s+[|·•–-]\s+|\s*;\s*")


def _below(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    """The names under a heading: its list items, or the one line "A | B | C" below it."""
    items = line_items(sentences, position)
    return items if len(items) >= 2 else _one_line(sentences, position)


_NO_NAME = re.compile(
    r"^[a-zß-ÿ]|\b(?!(?:van|voor|de|der|den|het|en|op|aan|in|bij|uit|te|ter|ten|tot|om)\b)"
    r"[a-zß-ÿ]{2,}\b(?!\.)"
)  # a lowercase word no name's link: "Binnenkort bekend", not "Stichting Hulp bij Thuis Veere"
_CONTACT = re.compile(r"(?i:contact\w*|coördinator|coordinator|voorzitter|chair|tel|e-?mail)\b")
_INITIALS = re.compile(r"\b(?:(?:[A-Za-z]\.){2,}|Zn\.|Co\.)$")  # "B.V.", "V.O.F.", "U.A."


def _sector_lines(
    sentences: list[Sentence], position: int
) -> list[tuple[str, Sentence, bool]] | None:
    """The name lines of a partners heading's sector blocks: "Onze partners" over "Gemeenten"
    over "Gemeente A · Gemeente B" or a name a line, "Wonen" over "Woonstichting X"."""
    found: list[tuple[str, Sentence, bool]] = []
    index = position + 1
    if index + 1 >= len(sentences) or not heading_words(sentences[index].text.rstrip(":")):
        return None  # no sector blocks: the lines below are read as a list
    if NOT_MEMBERS.search(sentences[position].text):
        return []  # "Partners en financiers": funders among them, no telling which
    while index + 1 < len(sentences) and heading_words(sentences[index].text.rstrip(":")):
        heading, index = sentences[index], index + 1
        lines = []
        while index < len(sentences) and sentences[index].paragraph == heading.paragraph:
            lines.append(sentences[index])
            index += 1
        for line in lines:
            text = line.text.strip()
            ends = text.endswith(("!", "?", ":")) or (
                text.endswith(".") and not _INITIALS.search(text)
            )
            if not text or BULLET.match(text) or ends or ": " in text:
                return found  # a sentence, not a name; bullets are read apart; "B.V." a name
            names = [name for name in _INLINE.split(text) if name.strip()]
            found += [
                (name, line, True)
                for name in names
                if not _NO_NAME.search(name) and not _CONTACT.match(name)
            ]  # not "Binnenkort bekend", "Nog geen partner – meld je aan", "Contactpersoon X"
    return found


def _one_line(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    """The names of the one line under a heading, written "A | B | C", "A - B - C" or "A, B, C"."""
    line = sentences[position + 1] if position + 1 < len(sentences) else None
    announced = sentences[position].text.rstrip().endswith(":")  # "... bestaat uit:", a blank line
    if line is None or ": " in line.text:
        return []  # "... consists of nine partners: A, B": the line's own list is read
    if line.paragraph != sentences[position].paragraph and not announced:
        return []
    text = _INLINE.sub(", ", line.text)
    text = from_first_name(text) if _VERB.search(text.split(", ")[0]) else text  # "In X werken
    return [(text, line, False)] if text.count(", ") >= 2 else []  # onder meer A, B en C"


_VERB = re.compile(r"\b(?:zijn|is|werken|werkt|doen|doet|zitten|zit|are|work|include)\b")


_DENIAL = re.compile(
    r"(?:^|[;:]\s*|, )(?P<subj>[^;:]+?)(?:,? (?:is|zijn|are|was|waren)|['’](?:re|s))\b"
    r"(?: \w+,?){0,4}? "  # "They're our host, not a partner"
    r"(?:geen|géén|niet|not)\b(?: \w+){0,2}? (?:partner|partners|lid|leden|deelnemer|deelnemers|"
    r"ondertekenaar|member|members|onderdeel|deel)\b",
    re.IGNORECASE,
)
_BOTH = re.compile(
    r"^(?:(?:but|maar|and|en|yet) )?(?:beide|beiden|zij|ze|deze|both|they|these|those)\b",
    re.IGNORECASE,
)  # "A, together with B and C, is a dialogue group. They are our neighbours, but they are not
# partners": the names of the sentence before


def _under_denial(sentences: list[Sentence]) -> set[int]:
    """The starts of the bullet lines under an introduction that says they are no members."""
    starts: set[int] = set()
    denial = False
    for index, sentence in enumerate(sentences):
        if BULLET.match(sentence.text):
            if denial:
                starts.add(sentence.start)
        else:  # "Overige samenwerking (geen partners van het netwerk)" / "Wij werken ook samen
            above = [  # met organisaties die niet bij het netwerk zijn aangesloten. Wij noemen
                s  # ze hier:": the introduction, its paragraph's sentences, its heading
                for s in sentences[max(index - 2, 0) : index + 1]
                if s.paragraph == sentence.paragraph or heading_line(s.text)
            ]
            colon = sentence.text.rstrip().endswith(":")
            denial = colon and any(NO_MEMBERS.search(s.text) for s in above)
    return starts


def denied(sentences: list[Sentence]) -> tuple[set[str], set[int]]:
    """(names, sentence starts) a release says are no members: "Digitaal Hulpplein is zelf geen
    partner van het netwerk", "X supplies ... but is not a partner"; "Beide zijn geen lid"
    denies the names of the sentence before it (the starts are those sentences')."""
    names: set[str] = set()
    starts: set[int] = set()
    for index, sentence in enumerate(sentences):
        for match in _DENIAL.finditer(sentence.text):
            subject = match.group("subj").strip()
            if _BOTH.match(subject) and index:
                starts.add(sentences[index - 1].start)
            else:
                names.update(list_names(subject))
    return names, starts


_CONJUNCTION = re.compile(r"^\s*(?:En|And|Ook|Also|Maar|But) (?=[A-Z])")
_RANGE_TO = re.compile(r" (?:tot|to) (?=(?:de |het |the )?[A-Z])")
_FROM_PLACES = re.compile(r"(?:[a-zß-ÿ][\w-]* )*[a-zß-ÿ][\w-]*(?:en|s) (?:uit|from|in|te)\b")
"""A list of places the members are from: "dorpsverenigingen uit (onder meer) A, B en C"; not
"de bibliotheek in Groenlo, ...", one library and a list."""


def more_members(
    reader: Reader,
    listing: Listing | None,
    partners: list[Fact],
    excluded: set[str],
    joined: frozenset[int] = frozenset(),
    coalitions: frozenset[str] = frozenset(),
    totals: frozenset[int] = frozenset(),
    denials: tuple[set[str], set[int]] | None = None,
) -> list[Fact]:
    """The partners of the main list and of every other member list, less joiners, leavers
    and the names a release says are no members; `joined` (sentence starts) are the join
    statements, whose names are joiners, not a generic list; `totals` the partners the text
    counts (a list of as many, or one less, is theirs); `denials` what `denied` reads, where
    the caller has read it."""
    skip = {i.start for i, _, _ in listing.items} | {listing.sentence.start} if listing else set()
    no_members, no_lists = denials or denied(reader.sentences)  # "X is geen partner"
    excluded = excluded | labelled_no_members(reader.sentences)  # "- Fonds X – not a member"
    excluded = excluded | {without_article(name) for name in excluded}
    facts = [f for f in partners if f.value not in excluded]
    seen = {f.value for f in facts} | {without_article(f.value) for f in facts}
    seen |= {_LEGAL.sub("", f.value) for f in facts}  # "Vitaal X" (VX) of "Vereniging Vitaal X"
    seen |= excluded | no_members
    lists = member_lists(reader.sentences, skip | no_lists, coalitions)
    fuller = fuller_names(reader.text)
    taken = skip | no_lists | {sentence.start for _, sentence, _ in lists}
    lists += generic_lists(reader.sentences, taken | joined)
    lists += profiles(reader.sentences, taken | {s.start for _, s, _ in lists})  # a partner page
    added = answered_in_prose(reader.sentences, no_lists)  # "Who else is in?" over prose
    prose = range(len(lists), len(lists) + len(added))  # where its entries stand in `lists`
    lists += added
    lists += division_of_work(reader.sentences, joined)  # "ieder een eigen rol. X coördineert."
    lists += attendance(reader.sentences)  # "Aanwezig:" over "Ria Bennink (gemeente Aalten)"
    lists += counted_openers(reader.sentences, taken | joined, totals)  # "negen partners. A, die"
    lists += closed_by_count(reader.sentences, coalitions)  # "... Dat zijn ze: vijf."
    lists += pointed_members(reader.sentences)  # "De bibliotheek is partner van de coalitie."
    lists += labelled_lines(reader.sentences)  # "- Huisartsenkring X - member; runs ..."
    if not facts and not lists:  # no list read: one as long as the count ("Van links naar rechts:")
        lists += vouched_lists(reader.sentences, taken | joined, totals)
    column = place_column([text for text, _, whole in lists if whole])
    names_in: dict[int, list[str]] = {}  # the names a list read in a sentence
    pairs = sorted(n for n in excluded if re.search(r" (?:en|and|&) [A-Z]", n))  # the longest
    two_part = "|".join(map(re.escape, sorted(pairs, key=len, reverse=True)))  # first, every run
    not_split = re.compile(rf"(?:{two_part})(?: (?:uit|in|te|from) [A-Z][\w'’-]*)?")
    denied_under = _under_denial(reader.sentences)
    for index, (text, sentence, whole) in enumerate(lists):
        if sentence.start in denied_under:
            continue  # a bullet under "Dit manifest wordt gesteund door (geen partners ...):"
        text = OURSELVES.sub("", _CONJUNCTION.sub("", text))  # "En X, ook partner, ..."
        ranged = re.search(rf"\b(?:van|from) {re.escape(text.strip()[:20])}", sentence.text)
        text = _RANGE_TO.sub(", ", text) if ranged and len(_RANGE_TO.findall(text)) == 1 else text
        # "partners, van A en B tot C": the ends of a range of partners, each one
        text = not_split.sub("", text) if two_part else text  # "was one of the founders of
        # Digitaal Samen Stad en Ommeland": not "Ommeland", half of a name that is no member
        pointer = _THE_ACRONYM.fullmatch(text.strip(" ."))  # "Met de komst van het ROC":
        if _FROM_PLACES.match(text) or (pointer and pointer[1] not in fuller):  # named before
            continue  # "(Verder doen) dorpsverenigingen uit onder meer A, B en C (mee)": places
        if whole and (_ENDING.search(sentence.text) or asks_who(text)):
            continue  # "- Computerclub X – Ruud Hulshof (t/m 31-12-2026)": its partnership ends;
            # "WIE DOET WAT" over a table: a heading
        dotted = [] if whole else [n for n in dotted_names(text) if ":" not in n]  # "Partners
        # (12): A · B · C", not its "· Foto: Jan Smit"
        text = ", ".join(dotted) if dotted else text
        listed = [line_name(t, column) for t in KIND_AND.split(text)] if whole else list_names(text)
        listed = kind_places(text) or listed if whole else listed  # "- de gemeenten A, B en C"
        trimmed = [] if whole else list_names(from_first_name(text))
        if len(trimmed) >= 3 and len(trimmed) > len(listed):
            listed = trimmed  # "Naast de gemeente zijn onder andere A, B en C": A too
        listed = listed if whole else [in_place(name) for name in listed]
        lived_in = homes(text)  # "leden in de gemeenten A en B": where they live
        listed = [name for name in listed if name not in lived_in]
        for written in (without_person(without_places(without_kind(n), False)) for n in listed):
            if not written or is_clause(written) or common_noun(written, reader.text):
                continue  # "Kermis", "Partner": a word the text also writes in lower case
            if written.lower() in NO_NAMES:
                continue  # "Neither is a partner", "Beide zijn partner": a pronoun
            if _WHEN_NAME.fullmatch(written) or _LEAD_WORDS.fullmatch(f"{written} "):
                continue  # "Last Thursday, November 26, our group ...": a time, no name
            written = _LEAD_WORDS.sub("", written)  # "Dank aan Bieb X, ...", "O.a. Bieb X"
            if index in prose and part_of(written, names_in.get(sentence.start, [])):
                continue  # prose read again where a list read "Thuis op 't Eiland": not "Thuis"
            names_in.setdefault(sentence.start, []).append(written)
            if is_person(written, reader.text):
                continue  # "opgericht door Jeroen Bakker en ...", who "zegt" elsewhere
            if any(written.startswith(f"{name} ") and not org_head(name) for name in no_members):
                continue  # "RenewTech is a supplier, not a partner" of "RenewTech Benelux"
            known = lookup(reader.lexicon.organisations, written)
            value = known or fuller.get(written, written)  # "HCW", written "(HCW)" after its name
            value = value if known or " " in value else brand_in_full(value, reader.text)
            value = value if known or " " in value else extended(value, reader.text)
            if value not in seen and without_article(written) not in seen:
                seen.update((value, without_article(value)))  # "De Brug West", "Brug West"
                fact = reader.fact(value, sentence, written)
                place = place_rating(written, known is not None)
                facts.append(place(fact) if place else rate_member_list(fact, bool(known), text))
    main = [f for f in facts if f in partners]  # the main list's: where it kept "X en Y" whole
    kept = [f for f in facts if not short_of(f, facts, reader, coalitions)]
    return [f for f in kept if not half_of(f, main)]


_LEAD_WORDS = re.compile(
    r"(?:(?:[Mm]et )?[Dd]ank aan|[Oo]\.a\.|[Oo]nder (?:andere|meer)|[Tt]hanks to) "
)
_WHEN_NAME = re.compile(
    r"(?:Last|This|Next|Vorige|Afgelopen|Komende|Volgende) (?:\w+day|\w+dag|week|month|maand)"
    rf"|(?:From|Since|Until|In|Vanaf|Sinds|Tot|Per) (?i:{MONTH_WORD})"
)  # "Last Thursday", "From June": a time, no name
_LEGAL = re.compile(rf"^(?:{'|'.join(LEGAL_KINDS)}) (?=[A-Z])")
_ENDING = re.compile(
    r"\([^()]*\b(?:(?:t/m|tot en met|tot|until|till) (?:\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|\d{4}"
    r"|\d{1,2} (?:jan|feb|maa|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*)"
    r"|vertrekt|stopt|gestopt|uitgetreden|vertrokken|leaving|left|(?:former|voormalig|oud-)"
    r"\s*(?:partner|lid|member))\b[^()]*\)",
    re.IGNORECASE,
)  # a list line's note that its partnership ends or has ended
