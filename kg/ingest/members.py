"""Members named outside the main partner list, and the stated total, by the `phrases` tables.

>>> list_names("de hogescholen Hanzehogeschool en NHL Stenden, samen met de gemeente Ede zich aan")
['Hanzehogeschool', 'NHL Stenden', 'Gemeente Ede']
"""

from __future__ import annotations

import re

from kg.ingest.asides import LIST_HEADING, answered_lists, footnote_lists
from kg.ingest.confidence import place_rating, rate_member_list
from kg.ingest.gazetteer import bare_place, each_place
from kg.ingest.lexicon import lookup
from kg.ingest.listings import MEMBER_LIST_RULES, TOTAL_RULES
from kg.ingest.lists import comma_names
from kg.ingest.reading import Listing, Reader
from kg.ingest.results import Fact
from kg.ingest.rules import read_count
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import split_last
from kg.ingest.words import DOTTED_END, HEADINGS, NAME_KINDS, ORG_HEADS

__all__ = [
    "BULLET",
    "KINDS",
    "bullets_after",
    "denied",
    "generic_lists",
    "is_clause",
    "line_item",
    "line_name",
    "list_end",
    "list_names",
    "member_lists",
    "more_members",
    "read_total",
    "table_header",
    "without_article",
]

KINDS = NAME_KINDS | {"municipality": "Gemeente"}
"""Lowercase kinds that become part of the name they precede ("de gemeente Ede")."""

_SYMBOL = "\u2190-\u2bff\U0001f000-\U0001faff"  # arrows, shapes, dingbats, emoji: "▪", "✔", "📚"
BULLET = re.compile(
    rf"(?:[-–•*·]|\d{{1,2}}[.)]|[a-z][.)]|[{_SYMBOL}][\ufe0f\u200d{_SYMBOL}]*)[ \t]+"
)  # "- X", "3. X", "b) X", "📚 X"
_NUMBER = re.compile(r"(?:\d{1,2}|[a-z])[.)]")  # "1." split off its line as a sentence of its own
_SECTOR_LINE = re.compile(r"^(?P<head>[^:]{1,40}):[ \t]*(?=\S)")  # "Wonen: Vivare, Portaal"
_SEGMENTS = re.compile(
    r"\s*;\s*(?:en\s+)?|\s+samen met\s+|\s+alsook\s+|\s+en ook\s+|,?\s+net als\s+"
    r"|,?\s+as well as\s+"
)
_PAREN = re.compile(r"\s*\([^()]*\)")
_SENTENCE_IN = re.compile(r"(?<=\.)\s+(?=[A-Z][a-z]+\s+[a-z])")  # "X B.V. Its activities ..."
_CLAUSE = re.compile(
    r"\b(?:19|20)\d\d\b|(?:\b[a-zß-ÿ][a-zß-ÿ\-]*\b ){4}"
)  # a year, four lowercase words


def read_total(sentences: list[Sentence]) -> tuple[int, Sentence] | None:
    """The first total a `TOTAL_RULES` phrase states ("telt nu negen partners")."""
    for sentence in sentences:
        for rule in TOTAL_RULES:
            for match in rule.pattern.finditer(sentence.text):
                number = read_count(match.group("n"))
                if number:
                    return number, sentence
    return None


def without_article(name: str) -> str:
    """A name without a leading article ("Het Pact X" -> "Pact X")."""
    return re.sub(r"^(?:het|de|the) ", "", name, flags=re.IGNORECASE)


def is_clause(text: str) -> bool:
    """Whether listed text is a clause, not a name: it has a year or four lowercase words in a
    row ("in 2027 moet er in elke wijk van Haarlem"), or no capital or digit ("op loopafstand")."""
    bare = text.strip(" .")
    return bool(_CLAUSE.search(text)) or not any(c.isupper() for c in text) or bare.isdigit()


def _item(piece: str) -> str:
    piece = _SENTENCE_IN.split(_PAREN.sub("", piece))[0].strip(" ,:;")
    if piece.endswith(")") and "(" not in piece:
        piece = piece[:-1]  # "(Gemeente A en Gemeente B)": the list's bracket, not the name's
    dotted = bool(DOTTED_END.search(piece))  # "Koers & Kabel B.V.": the period is the name's
    words = (piece if dotted else piece.strip(" .")).split()
    if len(words) > 2 and _capital(words[0]) and _capital(words[1]):  # "Gemeente Teylingen vormen
        _trim_tail(words, dotted)  # wij de kern": a name and its verb; not "With the university"
    if _CLAUSE.search(" ".join(words)):
        return ""  # "in 2027 moet er in elke wijk van Haarlem ...": a clause, not a name
    lead: list[str] = []
    counted = False
    while words and not _capital(words[0]):
        word = words.pop(0)
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
    if not lead and words and words[0] in ("De", "Het", "The") and len(words) > 1:
        words.pop(0)
    return " ".join(lead + words)


def _trim_tail(words: list[str], dotted: bool) -> bool:
    """Drop the lowercase words after a name, in place, and say whether any were; but not a
    head word ("ONS welzijn", "Vista college") nor a closing abbreviation ("Emmen e.o.")."""
    trimmed = False
    while words and not _capital(words[-1]) and words[-1].lower() not in ORG_HEADS:
        if dotted and len(words) > 1 and DOTTED_END.fullmatch(words[-1]):
            break
        words.pop()
        trimmed = True
    return trimmed


def _capital(word: str) -> bool:
    return (
        bool(word)
        and (
            word[0].isupper()
            or word[0].isdigit()
            or word.startswith(("’s-", "'s-"))
            or bool(re.match(r"['’]\d\d\b", word))  # "Computerclub Strijen '87"
            or any(c.isupper() for c in word[1:])  # "deltaWonen"
        )
    )


def line_name(text: str) -> str:
    """The one name a line of a list gives ("4. Bibliotheken Stad en Ommeland"), or "", without
    what describes it ("Pixelpoort, een webbureau uit Rosmalen", "X – a social enterprise")."""
    return _item(_DESCRIBED.split(text, maxsplit=1)[0])


_DESCRIBED = re.compile(r",\s+(?:een|de|het|a|an|the)\s+[a-zß-ÿ]|\s[–—]\s")


_KIND_AND = re.compile(r" (?:en|and) (?=(?:Gemeente|Provincie|Municipality of|Province of) )")
_ARTICLE_AND = re.compile(
    r" (?:en|and) (?=(?:de|het|the) [A-Z]|(?:Gemeente|Provincie|Municipality of|Province of) )"
)
_CLOSING = re.compile(
    r",\s+(?:is|zijn|was|waren|heeft|hebben|wordt|werd|has|have|had|bringing|making|which|who"
    r"|waarmee|waardoor|waarna|die|dat)\b|:\s"
)
"""Where a list in running text ends and its sentence goes on: "A, B en C, is sinds kort ...",
"A, B and C, bringing the coalition to seven", "Van Leeuwen & Co., which offers ..."."""


def list_end(text: str) -> str:
    """A list in running text up to where its sentence goes on (`_CLOSING`)."""
    return _CLOSING.split(text, maxsplit=1)[0]


def list_names(text: str) -> list[str]:
    """The names in a list in running text: commas always cut, the last " en " once, and any
    " en " before an article and a capital; in a list cut by semicolons only those."""
    names: list[str] = []
    text = each_place(list_end(text))  # "opgezet door A, B en C, is sinds kort ..."
    text = text.strip(" ") if DOTTED_END.search(text.strip(" ")) else text.strip(" .")
    semicolons = text.count(";") >= 2  # "A; Stichting Werk, Taal & Waarde; en B": one name each
    for segment in _SEGMENTS.split(text):
        pieces = comma_names([p for p in re.split(r"\s*,\s*", segment) if p.strip()])
        if not pieces:
            continue
        if semicolons:
            names.extend(name for name in [_item(segment)] if name)
            continue
        inner = [part for piece in pieces[:-1] for part in _ARTICLE_AND.split(piece)]
        kinds = _KIND_AND.split(pieces[-1])  # "A en Gemeente B en Gemeente C" (`each_place`)
        pieces = inner + (split_last(pieces[-1]) if len(kinds) == 1 else kinds)
        names.extend(name for name in map(_item, pieces) if name)
    return names


def bullets_after(sentences: list[Sentence], position: int) -> list[tuple[Sentence, int, int]]:
    """(sentence, start, end) of each item of the list an introduction (`position`, ending in
    a colon) opens: bullet lines, the first cell of table rows ("Domesta | wonen | 2022", a
    header row such as "Partner | Sector" left out) and short lines without a final period,
    stepping over sector headings ("Zorg en welzijn", "Overheid:", `HEADINGS`). The list ends
    at the first line that is none of these, or at a new paragraph that no heading opens."""
    found: list[tuple[Sentence, int, int]] = []
    previous = sentences[position]
    for index in range(position + 1, len(sentences)):
        sentence = sentences[index]
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        same_block = sentence.paragraph == previous.paragraph or not found
        if _heading(sentence) and following is not None and line_item(following) is not None:
            previous = sentence
            continue
        cells = _tab_cells(sentence) if same_block else []
        if cells:  # "Gemeente Hilversum<TAB>Stichting Wijkwerk Huizen": two columns of names
            found.extend((sentence, sentence.start + a, sentence.start + b) for a, b in cells)
            previous = sentence
            continue
        span = line_item(sentence) if same_block or previous is not sentences[index - 1] else None
        if span is None:
            if table_header(sentence) and not found:
                previous = sentence
                continue
            break
        if span[1] > span[0]:
            found.append((sentence, sentence.start + span[0], sentence.start + span[1]))
        previous = sentence
    return found


def _tab_cells(sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) of each name of a line of columns of names, cut by tabs or " | "
    ("Gemeente Middelburg | Gemeente Vlissingen"); [] for any other line, or where a column is
    not a name ("Zorg", "penvoerder", a table's "Partner" header)."""
    cut = "\t" if "\t" in sentence.text and "|" not in sentence.text else " | "
    if cut not in sentence.text:
        return []
    spans = []
    for match in re.finditer(r"[^\t|]+", sentence.text):
        lead = len(match.group()) - len(match.group().lstrip())
        if match.group().strip():
            spans.append((match.start() + lead, match.start() + lead + len(match.group().strip())))
    names = [sentence.text[a:b] for a, b in spans]
    if cut == "\t":
        return spans if all(_capital(n.split()[0]) and not _heading_words(n) for n in names) else []
    heads = any(
        name.lower() in _TABLE_HEADS for name in names
    )  # "A | B | C", not "ZB | Planbureau"
    return spans if len(names) >= 3 and not heads and all(map(_org_like, names)) else []


_TABLE_HEADS = frozenset({"partner", "partners", "naam", "organisatie", "partij", "deelnemer"})
_TABLE_HEADS |= {"name", "organisation", "organization", "member", "nr", "nr.", "no.", "#"}


def table_header(sentence: Sentence) -> bool:
    """A table's header row: "Partner | Sector | Deelnemer sinds"."""
    text = sentence.text
    cells = [c for c in re.split(r"\||\s{3,}" if "|" not in text else r"\|", text) if c.strip()]
    columns = "|" in text or len(cells) >= 2  # "| Partner | Sector |" or "Partner   Soort   Sinds"
    return columns and bool(cells) and cells[0].strip(" *").lower() in _TABLE_HEADS


def line_item(sentence: Sentence) -> tuple[int, int] | None:
    """(start, end) in the sentence of the name a list line gives; (0, 0) for a line to step
    over (a table's rule "---|---"); None if the line is not a list item."""
    text = sentence.text
    if bullet := BULLET.match(text):
        sentence_like = text.endswith((".", "!", "?")) and len(text.split()) > 6
        role = text.find(": ", bullet.end())  # "– ThuisNet Overijssel: installatiehulp aan huis"
        end = role if role > 0 and role - bullet.end() <= 80 else len(text)
        return None if sentence_like and end == len(text) else (bullet.end(), end)
    if _NUMBER.fullmatch(text):
        return (0, 0)
    head = _SECTOR_LINE.match(text)
    if head and _heading_words(head.group("head")):
        return (head.end(), len(text))
    if ":" in text:
        return None  # "Onderwerp: uitbreiding ...": a label and its value, not a name
    if "|" in text:
        cells = text.split("|")  # a row's first cell, after its number ("  1 | gemeente Venlo |")
        first = next(
            (c for c in cells if c.strip() and not re.fullmatch(r"\s*\d{1,3}[.)]?\s*", c)), ""
        )
        if not first.strip(" -:="):
            return (0, 0)
        if first.strip().lower() in _TABLE_HEADS:
            return None
        start = text.index(first) + len(first) - len(first.lstrip())
        return (start, start + len(first.strip()))
    if gap := re.search(r"\S( {3,}|\t)\S", text):  # "Gemeente Sluis     gemeente    2025": columns
        return (0, gap.start(1)) if _capital(text.split()[0]) else None
    words = text.split()
    dotted = bool(DOTTED_END.search(text))  # "Huisartsenkring Emmen e.o.", "Koers B.V."
    last = text.endswith(".") and len(words) <= 6 and _org_like(text.rstrip("."))  # "c. X."
    short = len(words) <= 8 and (
        dotted or last or not text.endswith((".", ":", "!", "?", '"', "”"))
    )
    if short and (_capital(words[0]) or words[0].lower() in KINDS or words[0] in ("de", "het")):
        return (0, len(text))
    return None


def _heading(sentence: Sentence) -> bool:
    """A sector heading over list items: "Overheid", "Zorg en welzijn", "Onderwijs:"."""
    if sentence.text.rstrip().endswith("."):
        return False
    return _heading_words(sentence.text) or (
        sentence.text.rstrip().endswith(":") and len(sentence.text.split()) <= 3
    )


def _heading_words(text: str) -> bool:
    """Whether a text is only words of `HEADINGS` (and "en", "de"): "Zorg en welzijn"."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    content = [word for word in words if word not in ("en", "and", "de", "het", "the")]
    return bool(content) and len(words) <= 5 and all(word in HEADINGS for word in content)


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
            question = sentence.text.rstrip(" 👇").endswith("?")
            if not match or (text.strip() and (text.islower() or question)):
                continue  # "Wie doen er mee?", "WIE DOEN ER MEE?": a heading, not a list
            if text.strip():
                found.append((text, sentence, False))
            elif sentence.text.rstrip().endswith(":"):
                found.extend(_line_items(sentences, position))
            break
        else:
            if table_header(sentence):  # "| Partner | Soort | Partner sinds |": rows below
                found.extend(_line_items(sentences, position))
            elif LIST_HEADING.search(sentence.text) and _is_heading_line(sentence.text):
                items = _line_items(sentences, position)  # "Bijlage 2 – Partners per 31 december"
                found.extend(items if len(items) >= 2 else _one_line(sentences, position))
    found += footnote_lists(sentences, skip)
    listed = {sentence.start for _, sentence, _ in found}
    return found + [a for a in answered_lists(sentences, skip) if a[1].start not in listed]


def _is_heading_line(text: str) -> bool:
    short = len(text.split()) <= 14 and not text.rstrip().endswith((".", "!", '"', "”"))
    return short and not BULLET.match(text)  # "- 500 licences for partners" is an item


_INLINE = re.compile(r"\s+[|·•–-]\s+|\s*;\s*")


def _one_line(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    """The names of the one line under a heading, written "A | B | C", "A - B - C" or "A, B, C"."""
    line = sentences[position + 1] if position + 1 < len(sentences) else None
    if line is None or line.paragraph != sentences[position].paragraph or ": " in line.text:
        return []  # "... consists of nine partners: A, B": the line's own list is read
    text = _INLINE.sub(", ", line.text)
    return [(text, line, False)] if text.count(", ") >= 2 else []


def _line_items(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    found = []
    for item, start, end in bullets_after(sentences, position):
        text = item.text[start - item.start : end - item.start]
        cells = "|" in item.text or bool(re.search(r"\S( {3,}|\t)\S", item.text))
        whole = start == item.start + len(item.text) - len(text) or cells
        found.append((text, item, whole))  # a line's name, or a table cell's: one name
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


_LINKS = frozenset({"van", "voor", "de", "der", "den", "het", "en", "of", "the", "and", "&", "'t"})
_ORG_WORD = re.compile(r"[A-ZÀ-Þ][\w'’&+.\-]*")
_CUE = re.compile(
    r"\b(?:coalitie|netwerk|alliantie|pact|platform|samenwerking\w*|taskforce|partners?|"
    r"partijen|organisaties|deelnemers|leden|nieuwkomers?|aan tafel|samen|wij|we|ons|onze|"
    r"coalition|network|alliance|partnership|members?|newcomers?|join|joins|joined|company|"
    r"signator\w*|us|our)\b",
    re.IGNORECASE,
)
_NOT_MEMBERS = re.compile(
    r"\b(?:financier\w*|gefinancierd|subsidie\w*|sponsor\w*|bijdrage|donat\w*|leverancier\w*|"
    r"geleverd|levert|funded|funds|grant|supplie[sd]|supplier|donor|vragen over|questions about|"
    r"geen partner|not a partner|bezocht|visited|gasten|guests|contact|informatie|information|"
    r"telefoon|phone|e-?mail|mail|woordvoerder|spokesperson|co[öo]rdinator|redactie|said|says|"
    r"zegt|zei|aldus|vertelt|vertelde|opende|sprak|presentator|dagvoorzitter|oud-\w+)\b|@",
    re.IGNORECASE,
)
_STRETCH = re.compile(r"[^,;:]+(?:,\s*[^,;:]+){2,}")


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
        if sentence.start in skip or not cued or _NOT_MEMBERS.search(text):
            continue
        for stretch in _STRETCH.finditer(text):
            names = list_names(_from_first_name(stretch.group()))
            like = [name for name in names if _org_like(name)]
            places = [name for name in names if bare_place(name)]
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
        _capital(words[start - 1]) or words[start - 1] in ("van", "de", "der", "of")
    ):
        start -= 1
    while start < len(words) and not _capital(words[start]):
        start += 1
    if start > 0 and words[start - 1].lower() in KINDS:
        start -= 1
    return " ".join(words[start:]) + sep + rest


def _org_like(name: str) -> bool:
    words = name.split()
    lower = [i for i, word in enumerate(words) if word.islower() and word not in _LINKS]
    if lower and lower != [len(words) - 1]:
        return False  # "21st partner of the Coalitie X": words of a sentence, not a name
    if any(word.lower() in ORG_HEADS or word.lower() in KINDS for word in words):
        return True
    capitals = [word for word in words if _ORG_WORD.fullmatch(word)]
    camel = any(any(c.isupper() for c in word[1:]) for word in words)
    return len(capitals) >= 2 or camel


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
    taken = skip | no_lists | {sentence.start for _, sentence, _ in lists}
    for text, sentence, whole in lists + generic_lists(reader.sentences, taken | joined):
        for written in [line_name(text)] if whole else list_names(text):
            if not written or is_clause(written):
                continue
            known = lookup(reader.lexicon.organisations, written)
            value = known or written
            if value not in seen and without_article(written) not in seen:
                seen.add(value)
                fact = reader.fact(value, sentence, written)
                place = place_rating(written, known is not None)
                facts.append(place(fact) if place else rate_member_list(fact, bool(known), text))
    return facts
