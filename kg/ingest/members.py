"""Members named outside the main partner list, and the stated total, by the `phrases` tables.

>>> list_names("de hogescholen Hanzehogeschool en NHL Stenden, samen met de gemeente Ede zich aan")
['Hanzehogeschool', 'NHL Stenden', 'Gemeente Ede']
"""

from __future__ import annotations

import re

from kg.ingest.asides import LIST_HEADING, answered_lists, asks_who, footnote_lists
from kg.ingest.confidence import place_rating, rate_member_list
from kg.ingest.fuller import fuller_names
from kg.ingest.gazetteer import bare_place, each_place
from kg.ingest.lexicon import lookup
from kg.ingest.lines import (
    BULLET,
    KINDS,
    bullets_after,
    capital,
    heading_words,
    org_like,
    table_header,
)
from kg.ingest.listings import MEMBER_LIST_RULES, WE_AS
from kg.ingest.lists import comma_names, firms_whole
from kg.ingest.names import without_person
from kg.ingest.profiles import profiles
from kg.ingest.prose import answered_in_prose
from kg.ingest.reading import Listing, Reader
from kg.ingest.results import Fact
from kg.ingest.roles import attendance, division_of_work
from kg.ingest.rules import read_count
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import (
    of_person,
    split_last,
    without_kind,
    without_place,
    without_places,
)
from kg.ingest.words import (
    DESCRIBED,
    DOTTED_END,
    FUNCTION_WORD,
    NOT_MEMBERS,
    ORG_HEADS,
    common_noun,
    org_head,
)

__all__ = [
    "denied",
    "generic_lists",
    "is_clause",
    "line_name",
    "list_end",
    "list_names",
    "member_lists",
    "more_members",
    "no_place_after",
    "without_article",
]

_SEGMENTS = re.compile(
    r"\s*;\s*(?:en\s+)?|\s+samen met\s+|\s+alsook\s+|\s+en ook\s+|,?\s+net als\s+"
    r"|\s+(?:zijn|waren) dat\s+"
    r"|,?\s+as well as\s+"
)
_KIND_WORDS = ("gemeenten?", "provincies?", "municipalit(?:y|ies)", "provinces?", "city", "cities")
_NO_DESCRIPTION = "|".join((*_KIND_WORDS, *sorted(ORG_HEADS)))
_WHAT_IT_IS = re.compile(
    r"(?:^|(?<=, )|(?<=; )|(?<= and )|(?<= en ))(?P<article>the|de|het) "
    rf"(?:(?!(?:{_NO_DESCRIPTION})\b)[a-z][\w-]+ ){{1,3}}(?=[A-Z])"
)  # what a name is, said before it: not a kind that belongs to the name ("de gemeente Ede")
_STRONG_HEAD = r"(?:Stichting|Bibliotheek|Hogeschool|Universiteit|Woonstichting|Zorggroep|ROC) "
_PAREN = re.compile(r"\s*\([^()]*\)")
_HANDLE = re.compile(r"^\s*@\w+\s*\((?P<name>[^()]+)\)\s*$")
_SENTENCE_IN = re.compile(r"(?<=\.)\s+(?=[A-Z][a-z]+\s+[a-z])")  # "X B.V. Its activities ..."
_CLAUSE = re.compile(
    r"\b(?:19|20)\d\d\b|(?:\b[a-zß-ÿ][a-zß-ÿ\-]*\b ){4}"
)  # a year, four lowercase words


def without_article(name: str) -> str:
    """A name without a leading article ("Het Pact X" -> "Pact X")."""
    return re.sub(r"^(?:het|de|the) ", "", name, flags=re.IGNORECASE)


def is_clause(text: str) -> bool:
    """Whether listed text is a clause, not a name: it has a year or four lowercase words in a
    row ("in 2027 moet er in elke wijk van Haarlem"), or no capital or digit ("op loopafstand")."""
    bare = text.strip(" .")
    return bool(_CLAUSE.search(text)) or not any(c.isupper() for c in text) or bare.isdigit()


def _item(piece: str) -> str:
    piece = re.sub(r"\s*\[[^\]]*(?:\]|$)", "", piece)  # "X  [NEW – our 13th partner]": a note
    piece = _HANDLE.sub(r"\g<name>", piece)  # "@BiebWK (Bieb Westerkwartier)": the name
    piece = _SENTENCE_IN.split(_PAREN.sub("", piece))[0].strip(" ,:;")
    piece = re.sub(r"(^|\s)['‘“\"]([A-Z][^'’”\"]*)['’”\"]$", r"\1\2", piece)  # "'Digi in de Wijk'"
    piece = piece.lstrip('"“„')  # '"Vanaf het begin zijn dat A en B': a quotation's opening
    if piece.endswith(")") and "(" not in piece:
        piece = piece[:-1]  # "(Gemeente A en Gemeente B)": the list's bracket, not the name's
    dotted = bool(DOTTED_END.search(piece))  # "Koers & Kabel B.V.": the period is the name's
    words = (piece if dotted else piece.strip(" .")).split()
    if len(words) > 2 and capital(words[0]) and capital(words[1]):  # "Gemeente Teylingen vormen
        _trim_tail(words, dotted)  # wij de kern": a name and its verb; not "With the university"
    if _CLAUSE.search(" ".join(words)):
        return ""  # "in 2027 moet er in elke wijk van Haarlem ...": a clause, not a name
    if words[:2] in (["En", "ook"], ["And", "also"]):
        del words[0]  # "En ook DorpsNet Marum is partner"
    if words[:1] in (["Naast"], ["Behalve"], ["Besides"], ["Buiten"], ["Ook"], ["Also"], ["ook"]):
        words.pop(0)  # "Naast de gemeente X zijn dat A en B": X, after what sets it apart
    lead: list[str] = []
    counted = described = False
    while words and not capital(words[0]) and not (words[0] in ("'t", "’t") and len(words) > 1):
        word = words.pop(0)  # but "'t Kompas Thuiszorg" keeps its article
        described = word.lower() not in ("de", "het", "the", "en", "and", "met", "with")
        if word.lower() in KINDS and words:
            lead = [KINDS[word.lower()]]
        elif read_count(word):
            counted = True
            if len(words) == 1:
                return ""  # "vier Heuvellandgemeenten": how many, not who
        elif word.lower() in ("landelijke", "landelijk", "nationale", "national"):
            return ""  # "de landelijke Alliantie X": a national body, not a regional member
    trimmed = _trim_tail(words, dotted)  # "... en Taalhuis Zwolle zich aan"
    if counted and trimmed:
        return ""  # "three former Fontys students": a number of people, not an organisation
    if len(words) == 1 and FUNCTION_WORD.fullmatch(words[0]):
        return ""  # "Vanaf (het begin zijn dat A en B)": no name
    if not (lead or described) and words[:1] in (["De"], ["Het"], ["The"]) and len(words) > 1:
        words.pop(0)  # "De Bibliotheek X" is "Bibliotheek X", "zwemvereniging De Dolfijntjes" not
    return " ".join(lead + words)


def _trim_tail(words: list[str], dotted: bool) -> bool:
    """Drop the lowercase words after a name, in place, and say whether any were; but not a
    head word ("ONS welzijn", "Vista college") nor a closing abbreviation ("Emmen e.o.")."""
    trimmed = False
    while words and not capital(words[-1]) and words[-1].lower() not in ORG_HEADS:
        if dotted and len(words) > 1 and DOTTED_END.fullmatch(words[-1]):
            break
        if len(words) > 2 and words[-2] == "en" and words[-1] in ("omstreken", "omgeving"):
            break  # "Seniorenvereniging Hengelo en omstreken": the name's own tail
        words.pop()
        trimmed = True
    return trimmed


def line_name(text: str) -> str:
    """The one name a line of a list gives ("4. Bibliotheken Stad en Ommeland"), or "", without
    what describes it ("Pixelpoort, een webbureau uit Rosmalen", "X – a social enterprise")
    or the place it is in ("Stichting Grensland, Winschoten", "Zorgcentrum De Linde in Ede")."""
    name = no_place_after(_item(_DESCRIBED.split(text, maxsplit=1)[0]))
    short = without_place(name)  # "Woonzorgcentrum 't Zeeuwse Anker in Middelburg", but not
    return short if len(short.split()) >= 3 else name  # "Stichting Thuis in Tiel"


def no_place_after(line: str) -> str:
    """A line's name without the place written after a comma ("Stichting Grensland, Emmen"),
    or what a dash adds after it: its places or a description in lower case ("Bibliotheek
    Dinkelstroom – Enschede en Losser", "Bibliotheek X – vestigingen in Almelo en Borne")."""
    head, dash, tail = line.partition(" – ") if " – " in line else line.partition(" — ")
    places = [p for p in re.split(r",\s*|\s+(?:en|and|&)\s+", tail.strip(" .")) if p]
    if dash and " " in head.strip() and (tail[:1].islower() or all(map(bare_place, places))):
        return head
    head, comma, place = line.rpartition(", ")
    return head if comma and " " in head.strip() and bare_place(place.strip(" .")) else line


_DESCRIBED = re.compile(r",\s+(?:een|de|het|a|an|the)\s+[a-zß-ÿ]|\s[–—]\s")


_KINDS_AFTER = r"(?:[Gg]emeente|[Pp]rovincie|[Mm]unicipality of|[Pp]rovince of)"
_KIND_AND = re.compile(rf" (?:en|and) (?=(?:de |het |the )?{_KINDS_AFTER} [A-Z'’])")
_ARTICLE_AND = re.compile(
    rf" (?:en|and) (?=(?:de|het|the) [A-Z]|(?:de |het |the )?{_KINDS_AFTER} [A-Z'’]"
    rf"|{_STRONG_HEAD}[A-Z]|{DESCRIBED.pattern})"
)  # "A en ict-dienstverlener Van Hecke, De Smet & Partners": two, the second a firm
_CLOSING = re.compile(
    r",\s+(?:is|zijn|was|waren|heeft|hebben|wordt|werd|has|have|had|bringing|making|which|who"
    r"|whose|where|waarmee|waardoor|waarna|waar|die|dat)\b|:\s"
)
"""Where a list in running text ends and its sentence goes on: "A, B en C, is sinds kort ...",
"A, B and C, bringing the coalition to seven", "Van Leeuwen & Co., which offers ..."."""


def list_end(text: str) -> str:
    """A list in running text up to where its sentence goes on (`_CLOSING`), without a relative
    clause after an item where another item follows it ("A, whose students help, and B")."""
    while match := _CLOSING.search(text):
        rest = text[match.end() :]
        relative = _RELATIVE.match(match.group())
        more = next((m for m in _NEXT_ITEM.finditer(rest) if _item_after(rest, m)), None)
        if not relative or more is None:
            return text[: match.start()]
        text = text[: match.start()] + rest[more.start() :]
    return _LAST_APPOSED.sub("", text)  # "... en PixelWerk, een IT-bedrijf uit Berghem"


_LAST_APPOSED = re.compile(r",\s+(?:een|an?)\s+(?:[A-Z]{2,4}-)?[a-zß-ÿ][^,;]*$")


def _item_after(rest: str, comma: re.Match[str]) -> bool:
    """Whether a list's next item starts at `comma`: a name, not a place the clause before it
    names ("A, which has desks in Middelharnis, Oud-Beijerland and Sommelsdijk")."""
    word = rest[comma.end() :].split(",", 1)[0].split(" en ", 1)[0].split(" and ", 1)[0]
    return not bare_place(word.strip(" .;"))


_APPOSED = re.compile(r",\s+(?:een|de|het|a|an|the)\s+[a-z]")  # "X, the regional GP cooperative"
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where|waar|die|dat)\b")
_NEXT_ITEM = re.compile(r",\s+(?:(?:and|en)\s+)?(?:(?:met|with)\s+)?(?:(?:the|de|het) )?(?=[A-Z])")


_KIND_PLACE_AND = re.compile(
    r"(?P<kind>(?:Gemeente|Provincie) (?P<place>\S+)) (?:en|and) (?=[A-Z])"
)


def _after_place(piece: str) -> list[str]:
    """A municipality and the name after it, cut at " en " where the place ends ("Gemeente
    Oisterwijk en Stichting Wijkkracht"), not inside a place ("Gemeente Berg en Dal")."""
    match = _KIND_PLACE_AND.match(piece)
    if match is None or bare_place(piece.split(" ", 1)[1]) or not bare_place(match["place"]):
        return [piece]
    return [match["kind"], piece[match.end() :]]


def list_names(text: str) -> list[str]:
    """The names in a list in running text: commas always cut, the last " en " once, and any
    " en " before an article and a capital; in a list cut by semicolons only those."""
    names: list[str] = []
    semicolons = text.count(";") >= 2  # "A; Stichting Werk, Taal & Waarde; en B": one name each
    if semicolons:  # "A, which runs courses; B, whose volunteers ...; and C": each item's clause
        text = "; ".join(
            _APPOSED.split(_CLOSING.split(item, 1)[0], 1)[0] for item in text.split(";")
        )
    text = _WHAT_IT_IS.sub(r"\g<article> ", text)  # "the public library X and the welfare
    # foundation Y": "the X and the Y"
    text = each_place(list_end(text))  # "opgezet door A, B en C, is sinds kort ..."
    text = text.strip(" ") if DOTTED_END.search(text.strip(" ")) else text.strip(" .")
    text = without_places(text, within=False)  # "Computerclub de Muis uit Sommelsdijk"
    for segment in _SEGMENTS.split(text):
        cut = [p for p in re.split(r"\s*,\s*", segment) if p.strip()]
        cut = [part for p in cut[:-1] for part in _ARTICLE_AND.split(p)] + cut[-1:]
        cut = [re.sub(r"^(?:the|de|het) (?=[A-Z])", "", part) for part in cut]
        pieces = comma_names(cut)  # "A and Stichting Welzijn, Wonen en Zorg X": two
        if not pieces:
            continue
        if semicolons:
            names.extend(name for name in map(_item, _KIND_AND.split(segment)) if name)
            continue
        inner = [part for piece in pieces[:-1] for part in _ARTICLE_AND.split(piece)]
        kinds = _KIND_AND.split(pieces[-1])  # "A en Gemeente B en Gemeente C" (`each_place`)
        fields = ", " in pieces[-1] and not org_head(pieces[-1].rsplit(" en ", 1)[-1].split()[0])
        last = [pieces[-1]] if fields else split_last(pieces[-1])  # "Stichting Welzijn, Wonen en
        pieces = inner + (last if len(kinds) == 1 else kinds)  # Zorg X": one name, its fields
        pieces = [part for piece in pieces for part in _after_place(piece)]
        names.extend(name for name in map(_item, pieces) if name)
    return firms_whole(names, text)  # "Van Leeuwen, Smit & Co."


_WHERE_FROM = re.compile(r" (?:in|uit|from|across) (?:de |het |the )?[A-Z][^,;]*$")


def member_lists(sentences: list[Sentence], skip: set[int]) -> list[tuple[str, Sentence, bool]]:
    """(list text, sentence, whether it is one name: a line of a list) of every member list
    outside the sentences in `skip` (starts)."""
    found: list[tuple[str, Sentence, bool]] = []
    for position, sentence in enumerate(sentences):
        if sentence.start in skip:
            continue
        for rule in MEMBER_LIST_RULES:
            match = rule.pattern.search(sentence.text)
            text = (match.group("list") or "") if match else ""
            text += f", {more}" if match and (more := match.groupdict().get("more")) else ""
            question = bool(re.search(r"\?\W*$", sentence.text))  # "Wie doen mee? 👇"
            colon = sentence.text.rstrip().endswith(":")
            kinds = text.strip() and _WHERE_FROM.sub("", text.strip(" .")).islower()  # "uit
            # bibliotheken, gemeenten en zorg:", "door bibliotheken en gemeenten in Twente."
            if not match or (text.strip() and question) or (kinds and not colon):
                continue  # "Wie doen er mee?", "WIE DOEN ER MEE?": a heading, not a list
            if text.strip() and not kinds:
                found.append((text, sentence, False))
            if colon:  # the lines below: "Partners:", "Naast A en B zijn dat:"
                found.extend(_below(sentences, position))
            break
        else:
            if table_header(sentence):  # "| Partner | Soort | Partner sinds |": rows below
                found.extend(_line_items(sentences, position))
            elif LIST_HEADING.search(sentence.text) and _is_heading_line(sentence.text):
                found.extend(_below(sentences, position))  # "Bijlage 2 – Partners per 31 dec"
            elif asks_who(sentence.text) and _bullet_after(sentences, position):
                found.extend(_line_items(sentences, position))  # "Wie zitten erin?" over "1. X"
            elif _sector_bullets(sentences, position, {s.start for _, s, _ in found}):
                found.extend(_line_items(sentences, position))  # "Bibliotheken" over "• X"
            else:  # "Bij Y zitten we vanaf nu aan tafel met:" over "👉 X" lines
                found.extend(_cued_lines(sentences, position))
    for sentence in sentences:
        if sentence.start not in skip and (us := WE_AS.pattern.search(sentence.text)):
            found.append((us.group("list"), sentence, True))  # "wij als Stichting X, Y en Z"
    found += footnote_lists(sentences, skip)
    listed = {sentence.start for _, sentence, _ in found}
    return found + [a for a in answered_lists(sentences, skip) if a[1].start not in listed]


def _cued_lines(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    """The bullet lines under a sentence that ends in a colon and speaks of the coalition or its
    partners (not of funders or thanks), where three or more lines are and three in four of
    them read as organisations: a list no phrase table introduces."""
    intro = sentences[position].text
    before = sentences[position - 1] if position else None
    context = before.text if before and before.paragraph == sentences[position].paragraph else ""
    cued = _CUE.search(intro) or _CUE.search(context)  # "telt twaalf deelnemers. Een paar
    if not intro.rstrip().endswith(":") or not cued or NOT_MEMBERS.search(intro):  # ervan:"
        return []
    if re.search(r"\b(?:dank\w*|bedank\w*|thanks?)\b", intro, re.IGNORECASE):
        return []  # "Dank aan:", not a list of partners
    items = _line_items(sentences, position)
    names = [line_name(text) if whole else text for text, _, whole in items]
    like = sum(org_like(name) for name in names)
    return items if len(items) >= 3 and like * 4 >= len(items) * 3 else []


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


def _bullet_after(sentences: list[Sentence], position: int) -> bool:
    """Whether the line after a sentence is a bullet or a numbered item."""
    following = sentences[position + 1 : position + 2]
    text = following[0].text if following else ""
    return bool(BULLET.match(text) or re.fullmatch(r"\d{1,2}[.)]", text.strip()))


def _is_heading_line(text: str) -> bool:
    short = len(text.split()) <= 14 and not text.rstrip().endswith((".", "!", '"', "”"))
    return short and not BULLET.match(text)  # "- 500 licences for partners" is an item


_INLINE = re.compile(r"\s+[|·•–-]\s+|\s*;\s*")


def _below(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    """The names under a heading: its list items, or the one line "A | B | C" below it."""
    items = _line_items(sentences, position)
    return items if len(items) >= 2 else _one_line(sentences, position)


def _one_line(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    """The names of the one line under a heading, written "A | B | C", "A - B - C" or "A, B, C"."""
    line = sentences[position + 1] if position + 1 < len(sentences) else None
    announced = sentences[position].text.rstrip().endswith(":")  # "... bestaat uit:", a blank line
    if line is None or ": " in line.text:
        return []  # "... consists of nine partners: A, B": the line's own list is read
    if line.paragraph != sentences[position].paragraph and not announced:
        return []
    text = _INLINE.sub(", ", line.text)
    return [(text, line, False)] if text.count(", ") >= 2 else []


_CLAUSE_AFTER = re.compile(r",\s+(?:te dezen|vertegenwoordigd|represented)\b")


def _line_items(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    found = []
    for item, start, end in bullets_after(sentences, position):
        text = item.text[start - item.start : end - item.start]
        cells = "|" in item.text or bool(re.search(r"\S( {3,}|\t)\S", item.text))
        whole = start == item.start + len(item.text) - len(text) or cells
        whole = whole or bool(_CLAUSE_AFTER.match(item.text, end - item.start))  # "X,
        found.append((text, item, whole))  # te dezen vertegenwoordigd door ...;": one name
    return found


_DENIAL = re.compile(
    r"(?:^|[;:]\s*|, )(?P<subj>[^;:]+?),? (?:is|zijn|are|is|was|waren)\b(?: \w+){0,3}? "
    r"(?:geen|géén|niet|not)\b(?: \w+){0,2}? (?:partner|partners|lid|leden|deelnemer|deelnemers|"
    r"ondertekenaar|member|members|onderdeel|deel)\b",
    re.IGNORECASE,
)
_BOTH = re.compile(r"^(?:beide|beiden|zij|ze|deze|both|they|these)\b", re.IGNORECASE)


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


_CUE = re.compile(
    r"\b(?:coalitie|netwerk|alliantie|pact|platform|samenwerking\w*|taskforce|partners?|"
    r"partijen|organisaties|deelnemers|leden|nieuwkomers?|aan tafel|samen|wij|we|ons|onze|"
    r"coalition|network|alliance|partnership|members?|newcomers?|join|joins|joined|company|"
    r"signator\w*|us|our)\b",
    re.IGNORECASE,
)
_STRETCH = re.compile(r"[^,;:]+(?:,\s*[^,;:]+){2,}")
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
        context = before.text if before and before.paragraph == sentence.paragraph else ""
        cued = _CUE.search(text) or _CUE.search(context)  # "... op acht. Naast X zijn dat A, B"
        if sentence.start in skip or not cued or NOT_MEMBERS.search(text):
            continue
        for stretch in _STRETCH.finditer(text):
            names = list_names(_from_first_name(stretch.group()))
            if any(of_person(text, name) != name for name in names):
                continue  # "Anja Bos, voorzitter van X en directeur van Y, is blij ...": a person
            like = [name for name in names if org_like(name)]
            places = [n for n in names if all(map(bare_place, re.split(r" (?:en|and) ", n)))]
            places = [] if _KIND_WORD.search(stretch.group()) else places  # "de gemeenten A, B"
            if len(names) >= 3 and len(like) >= len(names) - 1 and len(places) * 2 < len(names):
                found.append((", ".join(like), sentence, False))
    return found


def _from_first_name(stretch: str) -> str:
    """The stretch from its first name on: "... zijn dat Gemeente Hilversum, ..." -> "Gemeente
    Hilversum, ..."."""
    first, sep, rest = stretch.partition(",")
    words = first.split()
    start = len(words)
    while start > 0 and (
        capital(words[start - 1])
        or words[start - 1] in ("van", "de", "der", "den", "of", "aan", "'t")  # "X aan de IJssel"
    ):
        start -= 1
    while start < len(words) and not capital(words[start]):
        start += 1
    if start > 0 and words[start - 1].lower() in KINDS:
        start -= 1
    return " ".join(words[start:]) + sep + rest


_FROM_PLACES = re.compile(r"(?:[a-zß-ÿ][\w-]* )*[a-zß-ÿ][\w-]*(?:en|s) (?:uit|from|in|te)\b")
"""A list of places the members are from: "dorpsverenigingen uit (onder meer) A, B en C"; not
"de bibliotheek in Groenlo, ...", one library and a list."""


def more_members(
    reader: Reader,
    listing: Listing | None,
    partners: list[Fact],
    excluded: set[str],
    joined: frozenset[int] = frozenset(),
) -> list[Fact]:
    """The partners of the main list and of every other member list, less joiners, leavers
    and the names a release says are no members; `joined` (sentence starts) are the join
    statements, whose names are joiners, not a generic list."""
    skip = {item.start for item, _, _ in listing.items} if listing else set()
    if listing:
        skip.add(listing.sentence.start)
    no_members, no_lists = denied(reader.sentences)  # "Digitaal Hulpplein is geen partner"
    excluded = excluded | {without_article(name) for name in excluded}
    facts = [f for f in partners if f.value not in excluded]
    seen = {f.value for f in facts} | excluded | no_members
    lists = member_lists(reader.sentences, skip | no_lists)
    fuller = fuller_names(reader.text)
    taken = skip | no_lists | {sentence.start for _, sentence, _ in lists}
    lists += generic_lists(reader.sentences, taken | joined)
    lists += profiles(reader.sentences, taken | {s.start for _, s, _ in lists})  # a partner page
    lists += answered_in_prose(reader.sentences, no_lists)  # "Who else is in?" over prose
    lists += division_of_work(reader.sentences, joined)  # "ieder een eigen rol. X coördineert."
    lists += attendance(reader.sentences)  # "Aanwezig:" over "Ria Bennink (gemeente Aalten)"
    for text, sentence, whole in lists:
        if _FROM_PLACES.match(text):
            continue  # "(Verder doen) dorpsverenigingen uit onder meer A, B en C (mee)": places
        listed = [line_name(t) for t in _KIND_AND.split(text)] if whole else list_names(text)
        trimmed = [] if whole else list_names(_from_first_name(text))
        if len(trimmed) >= 3 and len(trimmed) > len(listed):
            listed = trimmed  # "Naast de gemeente zijn onder andere A, B en C": A too
        for written in (without_person(without_places(without_kind(n), False)) for n in listed):
            if not written or is_clause(written) or common_noun(written, reader.text):
                continue  # "Kermis", "Partner": a word the text also writes in lower case
            known = lookup(reader.lexicon.organisations, written)
            value = known or fuller.get(written, written)  # "HCW", written "(HCW)" after its name
            if value not in seen and without_article(written) not in seen:
                seen.add(value)
                fact = reader.fact(value, sentence, written)
                place = place_rating(written, known is not None)
                facts.append(place(fact) if place else rate_member_list(fact, bool(known), text))
    return facts
