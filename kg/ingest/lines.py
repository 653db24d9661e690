"""List lines: bullets, numbered items, table rows and columns of names, and the words that make
a line a name ("Gemeente Hilversum | Stichting Wijkwerk Huizen", "- Bibliotheek Ede")."""

from __future__ import annotations

import itertools
import re

from kg.ingest.asides import LIST_HEADING
from kg.ingest.columns import (
    TABLE_HEADS,
    cells_of,
    denied,
    first_cell,
    name_column,
    numbered_row,
    table_header,
)
from kg.ingest.dates import has_date
from kg.ingest.gazetteer import bare_place
from kg.ingest.given import person_like
from kg.ingest.namelike import KINDS, NAME_LINKS, kind_named, org_like, titled
from kg.ingest.names import PERSON_NAME
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.words import (
    DESCRIPTOR,
    DOTTED_END,
    HEADINGS,
    LEGAL_FORM,
    ROLE_BEFORE,
    org_head,
)

__all__ = [
    "BULLET",
    "KINDS",
    "NAME_LINKS",
    "NUMBERED_LABEL",
    "bullet_marker",
    "bullets_after",
    "capital",
    "dotted_names",
    "heading_line",
    "heading_words",
    "kind_named",
    "line_item",
    "line_items",
    "org_like",
    "sector_heading",
    "sector_line",
    "table_header",
]

_SYMBOL = "\u2190-\u2bff\U0001f000-\U0001faff"  # arrows, shapes, dingbats, emoji: "▪", "✔", "📚"
BULLET = re.compile(
    r"(?:[-–•*·]|\d{1,2}°?[.)]|\d{1,2}(?=(?:[ \t]{2,}|\t)[^\s|])|[a-z][.)]|\d\ufe0f?\u20e3"
    rf"|[{_SYMBOL}][\ufe0f\u200d{_SYMBOL}]*)[ \t]+"
)  # "- X", "3. X", "12   X" (a number set off by a wide gap), "b) X", "📚 X"
_GAP = re.compile(r" {3,}|\t")  # between a table's columns
_NUMBER = re.compile(r"(?:\d{1,2}°?|[a-z])[.)]")  # "1." split off its line as a sentence of its own
_SECTOR_LINE = re.compile(
    r"^[ \t]*(?P<head>[^:;–.-]{1,40}?)[ \t]*(?::|[ \t][-–][ \t]|[ \t]?(?:\.+|…+)[ \t])[ \t]*(?=\S)"
)  # "Wonen: Vivare, Portaal", "Almere      - Bibliotheek Almere; Stichting Welzijn Almere",
# "Housing ........ Woonbedrijf A"


def sector_line(text: str) -> bool:
    """Whether a line names a sector and then its partners: "Housing ..... Woonbedrijf A", not
    "Bibliotheken: Blerick, Tegelen" (places) nor "Vrijwilligers: Anna de Vries" (persons)."""
    head = _SECTOR_LINE.match(text)
    if head is None or not heading_words(head["head"]):
        return False
    first = re.split(r"[,;·]| en | and ", text[head.end() :])[0].strip()
    return org_like(first) and not person_like(first)


def capital(word: str) -> bool:
    return (
        word[:1] not in ("", "#")  # not "#MeetThePartners"
        and (
            word[0].isupper()
            or word[0].isdigit()
            or word.startswith(("’s-", "'s-"))
            or bool(re.match(r"['’]\d\d\b", word))  # "Computerclub Strijen '87"
            or any(c.isupper() for c in word[1:])  # "deltaWonen"
        )
    )


_OTHERS = re.compile(
    r"(?i:gasten|gast|guests?|genodigden|toehoorders|observers?|waarnemers?|notulist\w*|sponsors"
    r"|financiers|funders|pers|press|sprekers|speakers)\b"
)


_TASK = re.compile(r"\s*(?:een|to|om) [a-zß-ÿ]")
_CLAUSE_AFTER = re.compile(
    r",\s+(?:te dezen|vertegenwoordigd|represented|(?:statutair )?gevestigd|een vereniging|een "
    r"stichting|having its seat)\b"
)  # "X, statutair gevestigd te Oud-Beijerland;": one name


def line_items(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    """(item text, its sentence, whether it is one name: a line of its own or a table's cell)
    of each item of the list the introduction at `position` opens (`bullets_after`)."""
    found = []
    for item, start, end in bullets_after(sentences, position):
        text = item.text[start - item.start : end - item.start]
        if _TASK.match(text):
            continue  # "- een e-mailadres en DigiD aanmaken;", "- to book a room": a task
        cells = "|" in item.text or bool(re.search(r"\S( {3,}|\t)\S", item.text))
        whole = start == item.start + len(item.text) - len(text) or cells
        whole = whole or bool(_CLAUSE_AFTER.match(item.text, end - item.start))  # "X,
        # te dezen vertegenwoordigd door ...;": one name
        head = _SECTOR_LINE.match(item.text)
        if head and start - item.start == head.end() and re.search(r"[,;] | · ", text):
            whole = False  # "Housing: Woonbedrijf A; Welzijn B": the names the sector has
        found.append((text, item, whole))
    return found


def bullets_after(sentences: list[Sentence], position: int) -> list[tuple[Sentence, int, int]]:
    """(sentence, start, end) of each item of the list an introduction (`position`, ending in
    a colon) opens: bullet lines, the first cell of table rows ("Domesta | wonen | 2022", a
    header row such as "Partner | Sector" left out) and short lines without a final period,
    stepping over sector headings ("Zorg en welzijn", "Overheid:", `HEADINGS`). The list ends
    at the first line that is none of these, or at a new paragraph that no heading opens."""
    found: list[tuple[Sentence, int, int]] = []
    previous = sentences[position]
    counting = False  # a numbered list: an item may go on in sentences up to the next number
    colon, described = sentences[position].text.rstrip().endswith(":"), None
    headed = table_header(previous)  # a table's header row opens the list, or was read
    header = previous.text if headed else ""
    rows = (sentences[i].text for i in range(position + 1, len(sentences)))  # a "|" table
    column = name_column(list(itertools.takewhile(lambda row: "|" in row, rows)), org_like)
    intro = sentences[max(position - 1, 0)].text
    pending = headed and intro.rstrip().endswith(":") and bool(_GONE.search(intro))  # a table of
    # who left or is to come: "Deze partners stopten eerder:" over "Partner   Tot"
    for index in range(position + 1, len(sentences)):
        sentence = sentences[index]
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        same_block = sentence.paragraph == previous.paragraph or not found
        place = sentence.text.strip(" :")
        placed = bool(
            following and BULLET.match(following.text) and not BULLET.match(sentence.text)
        )
        placed = placed and bool(bare_place(place))
        if (sector_heading(sentence) or placed) and following and line_item(following) is not None:
            if _OTHERS.match(place):
                break  # "Gasten:", "Notulist:": the partners' list has ended
            previous = sentence  # "Zorg en welzijn", or a place ("Kerkrade") over its partners
            continue
        if column is not None and "|" in sentence.text:
            cell = cells_of(sentence.text)[column:][:1]  # the column of names of a table whose
            if cell and org_like(sentence.text[slice(*cell[0])].strip(" *")):  # first is none
                found.append((sentence, sentence.start + cell[0][0], sentence.start + cell[0][1]))
            previous = sentence  # its header and rule rows, a row of no name: stepped over
            continue
        cells = _tab_cells(sentence) if same_block and not headed else []  # under a header
        # row ("Organisation | What they do | Where") a row is one record: its first cell
        if cells:  # "Gemeente Hilversum<TAB>Stichting Wijkwerk Huizen": two columns of names
            found.extend((sentence, sentence.start + a, sentence.start + b) for a, b in cells)
            previous = sentence
            continue
        if not found and not headed and table_header(sentence):
            previous, headed, header = sentence, True, sentence.text  # "Partner      Sinds"
            pending = bool(
                _GONE.search(sentences[position].text) or _GONE_HEAD.search(sentence.text)
            )
            continue
        span = line_item(sentence) if same_block or previous is not sentences[index - 1] else None
        if headed and (pending or _PENDING.search(sentence.text) or denied(header, sentence.text)):
            previous = sentence  # not a table of who left, nor a row "X   nog niet (gepland)"
            continue
        if span is None and headed:  # a row under the header: "Bibliotheek X      2023",
            span = first_cell(sentence.text)  # "| VV X | Proefclub: kantine-spreekuur |"
        opens = sentence.paragraph != sentences[index - 1].paragraph and colon and not headed
        if span is None and opens and (not found or described):  # "Gemeente X, die de
            span = described = _described(sentence.text)  # coalitie coördineert.": a paragraph
        elif described and sentence.paragraph == previous.paragraph:  # of its own, opened by
            continue  # its name; then what the partner does
        numbered = _NUMBER.fullmatch(sentences[index - 1].text.strip()) and same_block
        counting = counting or bool(_NUMBER.fullmatch(sentence.text.strip()))
        if span is None and numbered:  # "1." then "Gemeente X, te dezen vertegenwoordigd
            span = _numbered_item(sentence.text)  # door wethouder ...;": a long item
        if span is None:
            if table_header(sentence) and not found:
                previous, headed, header = sentence, True, sentence.text
                continue
            told = sentence.text.rstrip(" \"'”’").endswith((".", "!", "?"))
            if counting and found and told and sentence.paragraph == previous.paragraph:
                previous = sentence  # "1." / "X – 'Title'." / what it asks, up to "2."
                continue
            break
        span = (max(span[0], numbered_row(sentences, index)), span[1])
        if span[1] > span[0]:
            found.append((sentence, sentence.start + span[0], sentence.start + span[1]))
        previous = sentence
    return _sent_by(found, sentences[position].text)


_PENDING = re.compile(
    r"(?i)\b(?:nog niet|gepland|in gesprek|gestopt|vertrokken|planned|pending|not yet|left)\b"
)  # a row
_GONE = re.compile(
    r"(?i)\b(?:stopten|gestopt|vertrokken|verwacht\w*|nog niet|gepland|left|expected|planned)\b"
)  # an introduction of those who left or are to come
_GONE_HEAD = re.compile(r"(?i)\s{2,}(?:tot|until|verwacht|expected|gestopt|vertrokken)\s*$")


_DESCRIBED = re.compile(
    rf"(?P<name>[{UPPER}][^,;:()–—]{{2,80}}?)(?: (?:uit|in|te|from) [{UPPER}][\w'’-]*)?"
    r"(?:,| [–—]) (?=[a-zß-ÿ])"
)  # "Stichting X uit Akkrum, die ...": its name, not its place


def _described(text: str) -> tuple[int, int] | None:
    """The name a paragraph opens with, then says what it is: "Thuiszorg X, de
    thuiszorgorganisatie uit Y." (a partner under "Naast ons zijn dat:")."""
    said = _DESCRIBED.match(text)
    return said.span("name") if said and org_like(said["name"]) else None


def _numbered_item(text: str) -> tuple[int, int] | None:
    """The name a numbered item opens with, up to the clause after it: "Gemeente Middelburg"
    of "Gemeente Middelburg, te dezen vertegenwoordigd door ...;"."""
    if not text or not capital(text.split()[0]):
        return None
    clause = re.search(r",\s+[a-zß-ÿ]|;|\s[–—-]\s|\.$", text)
    end = clause.start() if clause else len(text)
    return (0, end) if org_like(text[:end]) else None  # not "4." over "Onze partners op een rij"


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
        return spans if all(capital(n.split()[0]) and not heading_words(n) for n in names) else []
    heads = any(name.lower() in TABLE_HEADS for name in names)  # "A | B | C", not "ZB | Planbureau"
    return spans if len(names) >= 3 and not heads and all(map(org_like, names)) else []


def heading_line(text: str) -> bool:
    """A line that can head what follows: short, no sentence, no list item, no row of figures
    ("| Deelnemers cursussen | 96 | 171 |") nor a table's header whose first column is not the
    list's ("Activiteit | Plaats | Datum | Deelnemers": the rows are activities)."""
    short = len(text.split()) <= 14 and not text.rstrip().endswith((".", "!", '"', "”"))
    cells = text.split("|")[2:]
    figures = any(re.fullmatch(r"\s*\d[\d.,%/ –-]*\s*", cell) for cell in cells)
    first = next((cell for cell in text.split("|") if cell.strip()), "")
    columns = "|" in text and not LIST_HEADING.search(first)
    return short and not BULLET.match(text) and not figures and not columns  # "- 500 licences"


_NAME_SAID = re.compile(
    r"(?:[a-z]+ ){0,3}[A-Z][^;:]{0,80}?, (?:dat|die|which|who|met|with|actief|active) [^,;:]*[.;]?$"
)
"""A list line's name, then what it is or does: "in oktober ICT Bosman B.V. uit Doetinchem,
dat de helpdesk verzorgt."."""


_DOT = re.compile(r"\s+[·•]\s+")
_DASH = re.compile(r"\s+[–—]\s+")  # "A – B – C": names cut by dashes, two dashes or more
_NOT_NAMES = re.compile(
    r"\b\d{4}\s?[A-Z]{2}\b|\d{3}[-\s]?\d{6,7}|@|www\.|https?:|[a-z]\s\d+[a-z]?(?:\s*·|\s*$)"
    r"|(?i:\b(?:contact|privacy|cookies?|disclaimer|home|sitemap|colofon|facebook|instagram"
    r"|linkedin|twitter|youtube|nieuws|news|persbericht|english|nederlands|volg ons|follow us)\b)"
)  # a postcode, a phone number, an e-mail or web address, a house number; a site's chrome


def dotted_names(text: str) -> list[str]:
    """The names of a line of organisations' names cut by middle dots ("Gemeente X · Bibliotheek
    Y · Stichting 50+ Z") or by two dashes or more ("A – B – C"); [] for any other line: a
    footer or a row of networks ("Contact · Privacy · Cookies", "Facebook · LinkedIn"), an
    address or a phone number ("Stationsplein 1 · 9711 AA Groningen"), a dateline, a row of
    sectors ("Onderwijs · Zorg · Welzijn").

    >>> dotted_names("Gemeente Assen · Humanitas"), dotted_names("Contact · Privacy")
    (['Gemeente Assen', 'Humanitas'], [])
    """
    cut = _DOT if _DOT.search(text) else _DASH  # not "Gemeente Ede – wethouder": one dash
    pieces = [piece.strip(" ,;") for piece in cut.split(text.strip())]
    if len(pieces) < (2 if cut is _DOT else 3) or not all(pieces) or _NOT_NAMES.search(text):
        return []
    if any(has_date(piece) or heading_words(piece) for piece in pieces):
        return []
    opens = all(capital(p.split()[0]) or p.split()[0].lower() in KINDS for p in pieces)
    if cut is _DASH:  # "X – Anja Bos – Director", "X – Dalfsen – Ommen": not a line of names
        named = all(len(p.split()) >= 2 and not bare_place(p) for p in pieces)
        return pieces if opens and named and sum(map(org_like, pieces)) * 2 >= len(pieces) else []
    return pieces if opens and any(org_like(piece) for piece in pieces) else []


_LEGEND = re.compile(r"(?P<letters>[A-Z]{2,5})\*?\s{2,}(?=[A-Z])")  # an abbreviation, its name


def _legend_name(text: str, legend: re.Match[str]) -> tuple[int, int] | None:
    """The span of the name after an abbreviation whose letters are the name's initials, in
    order ("SDA  Stichting Senioren Digitaal Amerongen"; not "NB   Gemeente Ommen")."""
    start = legend.end()
    name = text[start:]
    stop = _SAID.search(name) or _COLUMNS.search(name)
    end = start + (stop.start() if stop else len(name.rstrip(" .;")))
    initials = iter(w[0] for w in text[start:end].split() if w[0].isupper())
    spelled = all(letter in initials for letter in legend["letters"])  # in order: `iter` is used
    return (start, end) if spelled and len(text[start:end].split()) <= 8 else None


_SAID = re.compile(r"\s[–—-]\s(?=[a-zß-ÿ])")  # a line's name, then what it does
_TOLD = re.compile(r"\s[–—]\s(?=[A-Z]\S*(?:\s+\S+){3,}[.!]$)")  # then a sentence of its own
_APPOSED = re.compile(r",\s+(?:de|het|een|the|an?)\s+[a-zß-ÿ][\w-]*$")
_COLUMNS = re.compile(r"\S( {3,}(?=\S)|\t(?=\S)| ?\.{4,} ?| ?…{2,} ?)(?=[^\s.…]|$)")


def _sent_by(found: list[tuple[Sentence, int, int]], intro: str) -> list[tuple[Sentence, int, int]]:
    """The items of a list of who came, by whom they were sent: under an introduction of who
    came for the partners ("Aanwezig namens de partners:"), where two rows or more, and most,
    are a person's name then a column that names an organisation by its kind ("Arjen Boon
    Welzijnsorganisatie Kopwerk"), and a row says a person's role ("Wendy Zeeman (voorzitter)"),
    each row's organisation; else the items as they are (two columns of names: "Kadans Zwolle
    Bibliotheek Salland")."""
    if not (_CAME.search(intro) and _OF_PARTNERS.search(intro)):  # "Aanwezig namens de
        return found  # partners:"
    if not any(_ROLE_CELL.search(sentence.text) for sentence, _, _ in found):
        return found  # one row at least says a person's role: "(voorzitter)"
    sent = [_beside_person(sentence.text) for sentence, _, _ in found]
    if sum(map(bool, sent)) < 2 or sum(map(bool, sent)) * 2 < len(found):
        return found
    return [
        (sentence, sentence.start + span[0], sentence.start + span[1]) if span else item
        for item, span in zip(found, sent, strict=True)
        for sentence in [item[0]]
    ]


def _beside_person(text: str) -> tuple[int, int] | None:
    """The span of the organisation in the column after a person's name on a row, where the
    name has no word of an organisation's kind and the column has one."""
    gap = _COLUMNS.search(text)
    person = text[: gap.start(1)].strip(" -•*") if gap else ""
    if not gap or not _PERSON_CELL.fullmatch(person) or any(map(org_head, person.split())):
        return None
    following = _COLUMNS.search(text, gap.end(1))
    end = following.start(1) if following else len(text.rstrip(" .;"))
    cell = text[gap.end(1) : end].split()
    return (gap.end(1), end) if cell and any(map(org_head, cell)) else None


_CAME = re.compile(
    r"(?i)\b(?:aanwezig\w*|namens|present|attendees|attending|deelnemers aan|contactpersonen"
    r"|contacts|vertegenwoordig\w*|representatives)\b"
)
_OF_PARTNERS = re.compile(r"(?i)\b(?:partners?|partnerorganisaties|members?|coalitie|coalition)\b")
_ROLE_CELL = re.compile(r"^\W*[A-Z][a-zà-ÿ]+(?: [\w'-]+){1,3} \([a-zà-ÿ -]+\)\s{2,}")
_PERSON_CELL = re.compile(rf"{PERSON_NAME}(?: \([^()]*\))?")  # a name, perhaps its role


NUMBERED_LABEL = re.compile(
    r"^(?:Tafel|Table|Spoor|Track|Partner|Plek|Stoel|Seat|Nummer|Number|Nr\.?|No\.?)"
    r" \d{1,3}[a-z]?\s*(?:[–—-]\s|:)\s*(?=\S)"
)
"""A numbered place before a list line's name: "Spoor 1 – ", "Tafel 3: "; not a day, a round,
a stop or a stall ("Week 49 – X", "Ronde 1 – X", "Halte 1 – X", "Kraam 1 – X")."""


_DASHED_LINE = re.compile(rf"(?P<name>[{UPPER}][^–—:;,]{{2,80}}?) [–—] (?=\S)")


def line_item(sentence: Sentence) -> tuple[int, int] | None:
    """(start, end) in the sentence of the name a list line gives; (0, 0) for a line to step
    over (a table's rule "---|---"); None if the line is not a list item."""
    text = sentence.text
    if label := NUMBERED_LABEL.match(text):  # "Spoor 3 – Woningbouwvereniging X (hulp voor
        name = re.split(r"\s*\(|\s[–—-]\s|:\s|,\s", text[label.end() :])[0]  # huurders)"
        return (label.end(), label.end() + len(name)) if name[:1].isupper() else None
    if re.fullmatch(r"[-+=|: \t]{3,}", text) and re.search(r"[-=]{3}", text):
        return (0, 0)  # a table's rule: "-----+-----", "=====", "|---|---|"
    if bullet := BULLET.match(text):
        sentence_like = text.endswith((".", "!", "?")) and len(text.split()) > 6
        firm = bool(DOTTED_END.search(text) or LEGAL_FORM.search(text)) and " – " not in text
        named = _NAME_SAID.match(text, bullet.end())
        first = text[bullet.end() :].split(" ", 1)[0].lower()
        said = " – " not in text and not ROLE_BEFORE.search(first + " ")  # not "- Wethouder X"
        sentence_like = sentence_like and not firm and not (named and said)  # "• Loonbedrijf
        # Van Dam & Zn. V.O.F.", "- X B.V. uit Doetinchem, dat de helpdesk verzorgt."; but not
        # "• Annemiek Post – board member, Polderkracht U.A."
        role = text.find(": ", bullet.end())  # "– ThuisNet Overijssel: installatiehulp aan huis"
        end = role if role > 0 and role - bullet.end() <= 80 else len(text)
        column = _GAP.search(text, bullet.end(), end)
        end = column.start() if column else end  # " 1  Bibliotheek X      bibliotheek    2022"
        dash = re.search(r"\s[–—]\s(?=(?:\S+\s+){2,}\S)(?=.*\b[a-zß-ÿ]{3,}\b)", text[:end])
        lead = text[bullet.end() : dash.start()] if dash else ""  # "• Stichting X – Dutch
        if dash and lead and "," not in lead and kind_named(lead):  # language cafés with a
            end = dash.start()  # digital corner"; not "• Anna Post – director", "• A, B en
            # Partners – tax firm"
        return None if sentence_like and end == len(text) else (bullet.end(), end)
    if _NUMBER.fullmatch(text):
        return (0, 0)
    head = _SECTOR_LINE.match(text)
    if head and (heading_words(head["head"]) or (head.end() < len(text) and _place(head["head"]))):
        return (head.end(), len(text))
    dashed = _DASHED_LINE.match(text)  # "Welzijnshuis X – welfare work in Goes." (no bullet);
    alone = not _LEGEND.match(text) and "  " not in text and len(_DASH.findall(text)) < 2
    if dashed and alone and org_like(dashed["name"]):  # not "A – B – C", names each
        return (0, len(dashed["name"]))
    if ":" in text:
        return None  # "Onderwerp: uitbreiding ...": a label and its value, not a name
    if (legend := _LEGEND.match(text)) and (span := _legend_name(text, legend)):
        return span  # "BZ   Bibliotheek De Zandrug – e-books, DigiD": the name an abbreviation
        # stands for
    if "|" in text:
        cells = text.split("|")  # a row's first cell, after its number ("  1 | gemeente Venlo |")
        first = next(
            (c for c in cells if c.strip() and not re.fullmatch(r"\s*\d{1,3}[.)]?\s*", c)), ""
        )
        if not first.strip(" -:="):
            return (0, 0)
        if first.strip().lower() in TABLE_HEADS:
            return None
        start = text.index(first) + len(first) - len(first.lstrip())
        return (start, start + len(first.strip()))
    if gap := _COLUMNS.search(text):  # "Gemeente Sluis     gemeente    2025", "Bibliotheek X
        # ........ library, runs the help desks"
        after = text[gap.end(1) :].strip()  # none after a dot leader a sentence's end cut off
        figures = bool(after) and bool(re.fullmatch(r"[\d.,%€ \t–-]+", after))
        number = re.match(r"\d{1,3}[.)]?[ \t]+(?=[A-Z])", text)  # " 3  Woonbedrijf X   wonen"
        at = number.end() if number and number.end() < gap.start(1) else 0
        first = text[at:].split()[0]  # "gemeente Ede ........ Ede": a kind opens a name too
        opens = capital(first) or first in KINDS
        return (at, gap.start(1)) if opens and not figures else None  # not
        # "Actieve vrijwilligers      29      46": a row of figures
    if _DOT.search(text) or len(_DASH.findall(text)) >= 2:  # "A · B · C", "A – B – C": names;
        return (0, len(text)) if dotted_names(text) else None  # "Contact · Privacy": none
    does = _SAID.search(text) or _TOLD.search(text)  # "Bibliotheek X – spreekuren en
    if does and len(text[: does.start()].split()) <= 8:  # cursussen;", "X – Ineke Post helpt."
        text = _APPOSED.sub("", text[: does.start()])  # "Vennenland, de welzijnsorganisatie"
    aside = re.search(r"\s+\([^()]{12,}\)[,;]?$", text)  # "X (de bibliotheek in A en B),"
    told = aside and re.search(r"\d|partner|lid\b|member|stopt|vanaf|per\b|tot\b|gepland", aside[0])
    if aside and not told and len(text.split()) > 8 and not re.search(r"\s[–—-]\s", text):
        text = text[: aside.start()]  # "Stichting X (daar vallen wij als wijkteam onder)"
    words = text.split()
    dotted = bool(DOTTED_END.search(text))  # "Huisartsenkring Emmen e.o.", "Koers B.V."
    last = text.endswith(".") and len(words) <= 6 and org_like(text.rstrip("."))  # "c. X."
    short = len(words) <= 8 and (
        dotted or last or not text.endswith((".", ":", "!", "?", '"', "”"))
    )
    kind = len(words) > 1 and capital(words[1])
    venue = re.search(r"(?:huis|centrum|zaal|kerk|hal|gebouw)$", words[0])  # not "wijkcentrum
    kind = kind and bool(DESCRIPTOR.match(words[0]) or (org_head(words[0]) and not venue))  # X"
    if short and capital(words[0]) and titled(words):
        return (0, 0)  # "Autumn ram show results", "Dates for your diary": a title, not a name
    if short and (capital(words[0]) or words[0].lower() in KINDS or words[0] in ("de", "het")):
        return (0, len(text))
    if short and kind:  # "welzijnsorganisatie Mienskip Plus": its kind, then its name
        return (0, len(text))
    return None


_COUNTRIES = frozenset(
    {"nederland", "netherlands", "the netherlands", "duitsland", "germany", "deutschland"}
    | {"belgië", "belgie", "belgium", "vlaanderen", "flanders"}
)


def _place(label: str) -> bool:
    """A place as a list line's label: "Almere      - A; B"."""
    label = label.strip()
    return bare_place(label) is not None or label.lower() in _COUNTRIES  # "Germany: A and B"


def sector_heading(sentence: Sentence) -> bool:
    """A sector heading over list items: "Overheid", "Zorg en welzijn", "Onderwijs:"."""
    if sentence.text.rstrip().endswith("."):
        return False
    return heading_words(sentence.text) or (
        sentence.text.rstrip().endswith(":") and len(sentence.text.split()) <= 3
    )


def heading_words(text: str) -> bool:
    """Whether a text is only words of `HEADINGS` (and "en", "de"): "Zorg en welzijn"."""
    words = re.findall(r"[^\W\d_]+", re.sub(r"\([^()]*\)", "", text).lower())  # "New (1 May)"
    content = [word for word in words if word not in ("en", "and", "de", "het", "the")]
    return bool(content) and len(words) <= 5 and all(word in HEADINGS for word in content)


def bullet_marker(bullet: str) -> str:
    """The kind of a bullet: numbered ("2.", "b)") or its sign ("-", "•", "👉")."""
    return "1" if bullet[0].isalnum() else bullet.strip()
