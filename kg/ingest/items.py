"""The names of one list: the text of a list cut into its items, and each item trimmed to the
name it gives (without an article, a description, a clause, or the place it is in).

>>> list_names("de hogescholen Hanzehogeschool en NHL Stenden, samen met de gemeente Ede zich aan")
['Hanzehogeschool', 'NHL Stenden', 'Gemeente Ede']
"""

from __future__ import annotations

import re

from kg.ingest.described import described_first
from kg.ingest.firms import firms_whole
from kg.ingest.gazetteer import bare_place, each_place
from kg.ingest.lines import KINDS, NUMBERED_LABEL, capital, kind_named, org_like
from kg.ingest.lists import APPOSED_LAST, QUOTED_TITLE, SOMEONE_FROM, comma_names
from kg.ingest.marked import unmarked
from kg.ingest.names import PERSON_NAME
from kg.ingest.rules import read_count
from kg.ingest.sentences import UPPER
from kg.ingest.subjects import name_run, split_last, without_place
from kg.ingest.whereabouts import without_places
from kg.ingest.words import (
    DESCRIBED,
    DOTTED_END,
    FUNCTION_WORD,
    LEGAL_FORM,
    ORG_HEADS,
    PEOPLE_LEAD,
    ROLES,
    org_head,
)

__all__ = [
    "KIND_AND",
    "in_place",
    "is_clause",
    "line_name",
    "list_end",
    "list_names",
    "no_place_after",
    "place_column",
    "without_article",
    "without_tail",
]

_SEGMENTS = re.compile(
    r"\s*;\s*(?:(?:en|and)\s+)?|\s+samen met\s+|\s+alsook\s+|\s+en ook\s+|,?\s+net als\s+"
    r"|\s+(?:zijn|waren) dat\s+"
    r"|,?\s+as well as\s+"
)
_KIND_WORDS = ("gemeenten?", "provincies?", "municipalit(?:y|ies)", "provinces?", "city", "cities")
_NO_DESCRIPTION = "|".join((*_KIND_WORDS, *sorted(ORG_HEADS)))
_KIND_NOUN = (
    r"(?=[a-z])[\w-]*(?:club|school|bedrijf|firm|company|vereniging|organisatie|organisation"
    r"|corporatie|association|foundation|provider|centrum|centre|coöperatie|winkel|shop)"
)
_WHAT_IT_IS = re.compile(
    r"(?:^|(?<=, )|(?<=; )|(?<= and )|(?<= en ))(?P<article>the|de|het) "
    rf"(?:(?:[A-Z][a-z]+s(?:ch)?e |(?:IT|ICT) )(?:[a-z][\w-]+ ){{0,2}}{_KIND_NOUN} "
    rf"|(?:(?!(?:{_NO_DESCRIPTION})\b)[a-z][\w-]+ (?:(?:and|en) (?=[a-z]))?){{1,3}}(?<! van ))"
    r"(?=[A-Z])"
)  # what a name is, said before it: not a kind that belongs to the name ("de gemeente Ede"),
# also after a place adjective or IT ("de Wageningse computerclub", "the IT firm"), not "het
# UWV werkplein Ede" nor "de Utrechtse afdeling Noord"; "the repair and computer club X"
_STRONG_HEAD = r"(?:Stichting|Bibliotheek|Hogeschool|Universiteit|Woonstichting|Zorggroep|ROC) "
_PAREN = re.compile(r"\s*\([^()]*\)")
_HANDLE = re.compile(r"^\s*@\w+\s*\((?P<name>[^()]+)\)\s*$")
_SENTENCE_IN = re.compile(r"(?<=\.)\s+(?=[A-Z][a-z]+\s+[a-z])")  # "X B.V. Its activities ..."
_CLAUSE = re.compile(
    r"\b(?:19|20)\d\d\b|(?:\b[a-zß-ÿ][a-zß-ÿ\-]*\b ){4}"
)  # a year, four lowercase words
_FOUNDED = re.compile(r"(?:[A-Z][\w'’&.-]*\s){2,}(?:19|20)\d\d")
_PLACED_BEFORE = re.compile(r"Tot|Achter|Onder|Binnen|Behind|Among|Within")  # a list's place


def without_article(name: str) -> str:
    """A name without a leading article ("Het Pact X" -> "Pact X")."""
    return re.sub(r"^(?:het|de|the) ", "", name, flags=re.IGNORECASE)


def is_clause(text: str) -> bool:
    """Whether listed text is a clause, not a name: it has a year or four lowercase words in a
    row ("in 2027 moet er in elke wijk van Haarlem"), or no capital or digit ("op loopafstand")."""
    bare = text.strip(" .")
    if _FOUNDED.fullmatch(bare):
        return False  # "Computerclub Bolsward 1987": its year of founding is its name's
    return bool(_CLAUSE.search(text)) or not any(c.isupper() for c in text) or bare.isdigit()


def _item(piece: str) -> str:
    piece = re.sub(r"\s*\[[^\]]*(?:\]|$)", "", piece)  # "X  [NEW – our 13th partner]": a note
    piece = _HANDLE.sub(r"\g<name>", piece)  # "@BiebWK (Bieb Westerkwartier)": the name
    piece = re.sub(r"^(\s*)@(?=[A-Z])", r"\1", piece)  # "@Gemeente Oss": a post's mention
    piece = _SENTENCE_IN.split(_PAREN.sub("", piece))[0].strip(" ,:;")
    piece = re.sub(r"(^|\s)['‘“\"]([A-Z][^'’”\"]*)['’”\"]$", r"\1\2", piece)  # "'Digi in de Wijk'"
    piece = piece.lstrip('"“„')  # '"Vanaf het begin zijn dat A en B': a quotation's opening
    if people := PEOPLE_LEAD.match(piece) or SOMEONE_FROM.match(piece):  # "Vrijwilligers van
        piece = piece[people.end() :]  # X, een van de andere partners", "a nurse from X"
    if piece.endswith(")") and "(" not in piece:
        piece = piece[:-1]  # "(Gemeente A en Gemeente B)": the list's bracket, not the name's
    dotted = bool(DOTTED_END.search(piece))  # "Koers & Kabel B.V.": the period is the name's
    words = (piece if dotted else piece.strip(" .")).split()
    if len(words) > 2 and capital(words[0]) and capital(words[1]):  # "Gemeente Teylingen vormen
        _trim_tail(words, dotted)  # wij de kern": a name and its verb; not "With the university"
    if _CLAUSE.search(" ".join(words)):
        return ""  # "in 2027 moet er in elke wijk van Haarlem ...": a clause, not a name
    if len(words) > 3 and _PLACED_BEFORE.fullmatch(words[0]):  # "Tot de partners van Y behoren
        words = name_run(" ".join(words[1:]), True).split() or words  # onder meer X": X
    if words[:2] in (["En", "ook"], ["And", "also"]):
        del words[0]  # "En ook DorpsNet Marum is partner"
    first = words[0] if words else ""
    then = first in _THEN and len(words) > 2 and capital(words[1])  # "Then Stichting X joined"
    if first in _APART or then:  # "Naast de gemeente X zijn dat A en B": X, after what sets
        words.pop(0)  # it apart; "Then A, B and C joined": when, not who
    elif words[:1] in (["Met"], ["With"]) and len(words) > 2 and capital(words[1]):  # "Met
        words.pop(0)  # X, dat de cursussen geeft, en met Y": the answer to "Met wie ...?"
    lead: list[str] = []
    counted = described = False
    while words and not capital(words[0]) and not (words[0] in ("'t", "’t") and len(words) > 1):
        word = words.pop(0)  # but "'t Kompas Thuiszorg" keeps its article
        if (
            word == "van"
            and described
            and lead[:1] not in (["Gemeente"], ["Provincie"])  # "de gemeente van Ede"
            and len(words) == 1
            and _FIRST.fullmatch(words[0])
        ):
            return ""  # "de welzijnsstichting van Ineke": whose, not which organisation
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


def without_tail(name: str) -> str:
    """A name of two capitalised words or more without the clause of lowercase words after it,
    what it does ("Welzijn Amersfoort Vooruit trains the volunteers"); else the name."""
    words = name.split()
    if len(words) < 4 or not (capital(words[0]) and capital(words[1])):
        return name
    if re.search(r"\.\s+[A-Z]", name):
        return name  # "ByteBridge B.V. That brings the total": two sentences
    at = next((i for i, w in enumerate(words) if i >= 2 and not capital(w) and w not in _LINKED), 0)
    rest = words[at:] if at else []
    does = len(rest) >= 2 and all(w.islower() for w in rest) and bool(_ARTICLE.intersection(rest))
    kept = words[:at]  # a name with a word of its kind or three words, not "Anja Bos"
    does = does and (len(kept) >= 3 or any(org_head(word) for word in kept))
    return " ".join(kept) if does else name


_APART = frozenset({"Naast", "Behalve", "Besides", "Buiten", "Ook", "Also", "ook"})
_THEN = frozenset({"Then", "Daarna", "Toen"})
_LINKED = frozenset({"van", "voor", "de", "der", "den", "het", "en", "op", "aan", "in", "'t", "&"})
_ARTICLE = frozenset({"the", "its", "our", "their", "a", "an", "het", "de", "een", "haar", "hun"})
# "X levert het lesmateriaal"; a person's name has no kind's word: "Jo X repareert onze
# printers" after "kennen veel leden al:" is a sentence about a person


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


def line_name(text: str, column: bool = False) -> str:
    """The one name a line of a list gives ("4. Bibliotheken Stad en Ommeland"), or "", without
    what describes it ("Pixelpoort, een webbureau uit Rosmalen", "X – a social enterprise")
    or the place it is in ("Stichting Grensland, Winschoten", "Zorgcentrum De Linde in Ede";
    any place-like words in a list with a column of places, `place_column`)."""
    text = _NOTE.sub("", text)  # "X (de makerspace in Apeldoorn, zeg maar onze neven)": X
    text = NUMBERED_LABEL.sub("", text)  # "Spoor 1 – Bibliotheek X", "Tafel 3: Stichting Y"
    signed = _PERSON_ROLE.match(text)  # "Ans Coumans, directeur Bibliotheek De Schacht": the
    if signed and not any(org_head(w) for w in signed["person"].split()):  # organisation a
        text = text[signed.end() :]  # signatory signs for; not "Bibliotheek X, beheerder Y"
    sent = _WITH_PERSON.search(text)  # "Bibliotheek Merwebron - Annemiek Verhoef": who came
    if sent and not any(org_head(w) or bare_place(w) for w in sent["person"].split()):
        text = text[: sent.start()]
    described = _SAID_OF.split(_DESCRIBED.split(text, maxsplit=1)[0], maxsplit=1)[0]
    return in_place(no_place_after(_item(described), column))  # "X, vrijwilligers die ...": X


_NOTE = re.compile(r"\s*\((?=[a-zß-ÿ])[^()]*(?:\)|$)")
_WITH_PERSON = re.compile(rf"\s+[-–—]\s+(?P<person>{PERSON_NAME})(?:\s*\([^()]*\))?\s*$")
_PERSON_ROLE = re.compile(
    rf"(?P<person>[{UPPER}][\w'’.-]*(?: (?:[{UPPER}][\w'’.-]*|van|de|der|den|ter|ten|'t))+), "
    rf"(?:[a-zß-ÿ][\w-]* ){{0,2}}?(?i:{ROLES.pattern})(?: [a-zß-ÿ][\w-]*){{0,3}}? "
    rf"(?:(?:van|bij|of|at) )?(?:de |het |the )?(?=[{UPPER}])"
)


def in_place(name: str) -> str:
    """A name without the place it is in, where three words or more stay ("Woonzorgcentrum 't
    Zeeuwse Anker in Middelburg"), not "Stichting Thuis in Tiel"."""
    short = without_place(name)
    return short if len(short.split()) >= 3 else name


_CAPITAL = rf"[{UPPER}][\w'’-]*"
_PLACE_LIKE = re.compile(
    rf"(?:'s-|'t |’t )?{_CAPITAL}(?: (?:aan|op|bij|de|den|en|a/d) {_CAPITAL}| {_CAPITAL}){{0,2}}"
)  # "Veghel", "Sint-Oedenrode", "'s-Hertogenbosch", "Alphen aan den Rijn", "Bergen op Zoom"


def _tail(line: str) -> str:
    """What a line writes after its last comma, without a note in brackets ("(nieuw)")."""
    return _PAREN.sub("", line).rpartition(", ")[2].strip(" .")


def _place_like(tail: str) -> bool:
    """Whether the words after a comma could be a place: capitalised, short, no kind of
    organisation or legal form in them ("Rosmalen", not "Van Gerwen en Bakker B.V.")."""
    return bool(_PLACE_LIKE.fullmatch(tail)) and not (
        any(map(org_head, tail.split())) or LEGAL_FORM.search(" " + tail)
    )


def place_column(lines: list[str]) -> bool:
    """Whether a list writes a place after each name, as a column ("Bibliotheek X, Veghel"):
    three in four of its lines end in a word that could be a place after a comma, and at least
    half of those are places the gazetteer knows. Then a village it does not know ("Rosmalen")
    is cut off too (`no_place_after`).

    >>> place_column(["Stichting A, Veghel", "Gemeente Boxtel, Boxtel", "ROC B, Vught", "C"])
    True
    >>> place_column(["Vos, Bakker & Co", "Stichting A", "Gemeente Ede"])
    False
    """
    tails = [_tail(line) for line in lines if ", " in _PAREN.sub("", line)]
    like = [tail for tail in tails if _place_like(tail)]
    known = sum(1 for tail in like if bare_place(tail))
    return len(like) >= 3 and len(like) * 4 >= len(lines) * 3 and known * 2 >= len(like)


def no_place_after(line: str, column: bool = False) -> str:
    """A line's name without the place written after a comma ("Stichting Grensland, Emmen"),
    or what a dash adds after it: its places or a description in lower case ("Bibliotheek
    Dinkelstroom – Enschede en Losser", "Bibliotheek X – vestigingen in Almelo en Borne").
    In a list with a column of places (`place_column`), any word that could be a place is cut
    ("Scholengroep Maasland-Zuid, Rosmalen")."""
    line = _WHEN_LEAD.sub("", line)  # "- in maart Welzijnsorganisatie X, actief in Y;"
    said = _SAID_OF.search(line)
    if said and " " in line[: said.start()].strip() and "(" not in line[: said.start()]:
        line = in_place(line[: said.start()])  # ", actief in Oost Gelre", ", met ruim 300
        # bewoners": and the place before it ("Zorgcentrum De Linde in Vught, met ...")
    line = without_places(line, within=False)  # "ICT Bosman B.V. uit Doetinchem"
    head, dash, tail = line.partition(" – ") if " – " in line else line.partition(" — ")
    places = [p for p in re.split(r",\s*|\s+(?:en|and|&)\s+", tail.strip(" .")) if p]
    if dash and " " in head.strip() and (tail[:1].islower() or all(map(bare_place, places))):
        return head
    head, comma, place = line.rpartition(", ")
    place = _PAREN.sub("", place).strip(" .")
    cut = bare_place(place) or (column and _place_like(place))
    return head if comma and (" " in head.strip() or column) and cut else line


_DESCRIBED = re.compile(
    r",\s+(?:een|de|het|a|an|the)\s+(?:[A-Z][\w'’-]*\s+)?[a-zß-ÿ]"  # ", the Noordwijk community"
    r"|\s[–—]\s|\s-\s(?=[a-zß-ÿ])"
)
_WHEN_LEAD = re.compile(
    r"^(?:[-–•*]\s+)?(?:in|op|per|vanaf|sinds|since|on|from) (?:\d{1,2} )?(?:januari|februari|maart"
    r"|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march"
    r"|may|june|july|august|october)(?: \d{4})?,? (?=[A-Z'’])"
)  # a date before a list line's name: when it joined
_SAID_OF = re.compile(
    r",\s+(?!(?:en|and|e\.o\.)\b|(?:de|het|the|gemeente|provincie|municipality)\s+[A-Z'’][\w'’]*+"
    r"(?!-[a-z]))"
    r"(?=[a-zß-ÿ])"
)  # ", actief in X", ", met vijf locaties"; not ", gemeente Wageningen" or ", de Woonmensen"


_KINDS_AFTER = r"(?:[Gg]emeente|[Pp]rovincie|[Mm]unicipality of|[Pp]rovince of)"
KIND_AND = re.compile(rf" (?:en|and) (?=(?:de |het |the )?{_KINDS_AFTER} [A-Z'’])")
_ENGLISH_KIND = (
    r"(?:[a-z][\w-]+ )?(?=[a-z])[\w-]*(?:association|firm|company|provider|school|college|library"
    r"|foundation|cooperative|organisation|organization|centre|center|charity|shop|agency|group"
    r"|club|service|corporation|insurer|enterprise|practice|home)"
)  # "housing association", "software firm", "the vocational school"
_ARTICLE_AND = re.compile(
    rf" (?:en|and) (?=(?:de|het|the) [A-Z]|(?:de |het |the )?{_KINDS_AFTER} [A-Z'’]"
    rf"|{_STRONG_HEAD}[A-Z]|{DESCRIBED.pattern})"
)
_ENGLISH_AND = re.compile(
    rf" and (?={_ENGLISH_KIND} [A-Z])"
)  # "A en ict-dienstverlener Van Hecke, De Smet & Partners", "A and software firm B": two
_CLOSING = re.compile(
    r",\s+(?:is|zijn|was|waren|heeft|hebben|wordt|werd|has|have|had|bringing|making|which|who"
    r"|whose|where|waarmee|waardoor|waarna|waar|die|dat)\b|:\s"
    r"|,\s+en\s+(?!(?:de|het|een|ook|verder|nog|partners?)\b)(?:[a-zß-ÿ]+ ){2}[a-zß-ÿ]"
)  # ", en richtte zich op ...": the sentence goes on, not "..., en woningcorporatie X"
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
_NEXT_ITEM = re.compile(
    r",\s+(?:(?:and|en|plus)\s+)?(?:(?:met|with)\s+)?(?:(?:the|de|het) )?"
    rf"(?:{_ENGLISH_KIND} )?(?=[A-Z])"
)  # "A, which hosts desks in all three towns, housing association B and C"


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


_FIRST = re.compile(r"[A-Z][a-zß-öø-ÿ]+")  # "Ineke": one plain word, a first name or a place
_OF_COURSE = re.compile(
    r"(?:,| en| and) (?:natuurlijk|uiteraard|tot slot|ten slotte|of course|finally) "
    r"(?=(?:de |het |the )?[A-Z][\w'’&.-]* (?:[A-Z0-9'’]|van |voor |de |op |aan ))"
)  # "A, B en natuurlijk C": the list goes on
_ASIDE = re.compile(r"\s*\((?=[a-zß-ÿ])[^()]*(?:,[^()]*\)|$)")  # a description, not names
# (or its start, where a list's end cut it: "Stichting X (zaal 1")
_AMONG = re.compile(r"^\s*(?i:onder (?:meer|anderen?)|o\.a\.|among others|including)\s+")
_AMONG_END = re.compile(
    r",?\s+(?i:among others|amongst others|onder (?:meer|anderen?)|o\.a\."
    r"|and (?:many |several )?others|en (?:vele |nog )?anderen|etc\.?|enz\.?|enzovoort)\s*[.!]?\s*$"
)  # "A, B and C, among others": the list ends before it
_WITH_AGAIN = re.compile(
    r"(,| en| and)(?: now| nu| ook| also)? (?:met|with) (?:(?:de |het |the )?(?:people|mensen"
    r"|vrijwilligers|volunteers) (?:of|van) )?(?=(?:de |het |the )?[A-Z])"
)  # "..., with the people of C, and now with D"
_PLACE_WORD = r"(?:'s-)?[A-Z][\w'’-]*"
_POINTING = re.compile(r"^\s*(?:Die|Dat|Dit|Deze|These|Those|They) (?:zijn|waren|are|were)\s+")
_LEAD = re.compile(
    r"^\s*(?!.*\b(?:nieuwe?|new|newest|nieuwste)\b)(?:[a-zß-ÿ][\w-]* ){0,3}[a-zß-ÿ][\w-]*(?:en|s)"
    r":\s+(?=['’]?[A-Z])"
)  # "twee bibliotheken: A en B", not "one newcomer: X" nor "drie nieuwe partners:" (joiners)
_IN_PLACES = re.compile(
    rf"(?<=[\w.]) (?:in|uit|te) {_PLACE_WORD}(?:, {_PLACE_WORD})* (?:en|and) {_PLACE_WORD}"
    r"(?=[.\s]*$)"
)  # the places of the last name, two or more: no part of a name
_CLAUSE_IN_PLACES = re.compile(
    rf", (?:dat|die|which|who|that) [^,;]*? (?:in|te|uit|across) {_PLACE_WORD}"
    rf"(?:, {_PLACE_WORD})* (?:en|and) {_PLACE_WORD}(?=[,;.]|\s*$)"
)  # a name's clause that says where it works, its places cut by commas
_FIRM_IN = re.compile(
    r"(?:(?<=B\.V\.)|(?<=N\.V\.)|(?<=U\.A\.)|(?<=V\.O\.F\.))"
    rf" (?:in|uit|te|from) {_PLACE_WORD}(?: {_PLACE_WORD})*+(?: en (?:omgeving|omstreken))?"
    r"(?:\.(?=\s*$)|(?=[,;\s]|$))"
)  # "TechTuin B.V. in Driebergen (en omgeving)": a legal form ends the name; where it is, no part
_FROM_PLACE = re.compile(
    rf"(?<=[\w.'’]) uit (?P<place>{_PLACE_WORD}(?: (?:van|aan|op|de|den|bij|onder) {_PLACE_WORD})*)"
    r"(?=;|\.?\s*$| (?:en|and) )"
)  # where a name in a list is from, a village the gazetteer need not know; not "in" (Taal in Huis)


def _unknown_place(found: re.Match[str]) -> str:
    """Nothing for a village the gazetteer does not know; a known place stays, for
    `without_places` to cut after the name's own closing period ("Smit en Co. uit Oss.")."""
    return found.group() if bare_place(found["place"]) else ""


_BRANCHES = re.compile(
    r",? (?:met|with) (?:\w+ )?(?:vestigingen|locaties|spreekuren|branches|locations|offices) "
    rf"in {_PLACE_WORD}(?:, {_PLACE_WORD})*(?: (?:en|and) {_PLACE_WORD})?(?=[,;]|$)"
)  # "Bibliotheek X, met vestigingen in Sneek, Bolsward en Workum, en Y": where X is


_TITLE = re.compile(rf"(?:(?:en|and|nieuw|new),? )*{QUOTED_TITLE}")  # "'Werken in de cloud'"


_ENGLISH_WORDS = re.compile(r"\b(?:the|which|who|with|and|of|is|are|has|its|from|into)\b")
_DUTCH_WORDS = re.compile(r"\b(?:het|een|die|dat|zijn|wordt|werd|met|naar|ook|zich|uit)\b")


def _english_prose(text: str) -> bool:
    """Whether a stretch of running text is English: two English words of grammar or more and
    no Dutch one ("The network grew out of the public library, Bibliotheek Rijn en Schie")."""
    return len(set(_ENGLISH_WORDS.findall(text))) >= 2 and not _DUTCH_WORDS.search(text)


def _names_only(text: str) -> bool:
    """Whether words between dashes are names of organisations only ("Woonstichting A and
    Stichting B"), not an aside ("met steun van Provincie Drenthe", "Assen en Vries")."""
    pieces = [p for p in re.split(r",\s*|\s+(?:and|en|&)\s+", text.strip()) if p]
    return len(pieces) >= 2 and all(
        (org_like(p) or kind_named(p)) and not bare_place(p) for p in pieces
    )


def list_names(text: str) -> list[str]:
    """The names in a list in running text: commas always cut, the last " en " once, and any
    " en " before an article and a capital; in a list cut by semicolons only those."""
    names: list[str] = []
    text = APPOSED_LAST.sub("", _OF_COURSE.sub(", ", unmarked(text)))  # "..., het X van en voor Y"
    dashed = re.search(r"\s[–—]\s([^–—]*)\s[–—]\s", text)  # names between two dashes:
    if dashed and len(re.findall(r"\s[–—]\s", text)) == 2 and _names_only(dashed[1]):
        text = re.sub(r"\s[–—]\s", ", ", text)  # "two housing associations – A and B – C"
    text = _WITH_AGAIN.sub(
        r"\1 ", _AMONG.sub("", _AMONG_END.sub("", text))
    )  # "samen met A, met B en met C",
    # "Onder anderen de gemeente Venlo, ..."
    text = _BRANCHES.sub("", _ASIDE.sub("", text))  # "Bibliotheek X (met vestigingen in A, B
    text = _IN_PLACES.sub("", _CLAUSE_IN_PLACES.sub("", text))  # en C), D en E", "... en
    # Bibliotheek Y in Joure en Lemmer", "A, dat spreekuren houdt in B, C en D, met E"
    text = _FROM_PLACE.sub(_unknown_place, _FIRM_IN.sub("", text))  # "X uit Sas van Gent"
    text = _LEAD.sub("", _POINTING.sub("", text))  # "twee bibliotheken: A en B", "Die zijn
    # A, B en C": what the names are, before them
    semicolons = text.count(";") >= 2  # "A; Stichting Werk, Taal & Waarde; en B": one name each
    if semicolons:  # "A, which runs courses; B, whose volunteers ...; and C": each item's clause
        text = "; ".join(
            _APPOSED.split(_CLOSING.split(described_first(item), 1)[0], 1)[0]
            for item in text.split(";")
        )
    text = _WHAT_IT_IS.sub(r"\g<article> ", text)  # "the public library X and the welfare
    # foundation Y": "the X and the Y"
    text = each_place(list_end(text))  # "opgezet door A, B en C, is sinds kort ..."
    if text.rstrip().endswith(('"', "”")) and sum(map(text.count, '"“”')) % 2:
        text = text.rstrip()[:-1]  # "... en Stichting X.\"": the quote the list is in closes
    text = text.strip(" ") if DOTTED_END.search(text.strip(" ")) else text.strip(" .")
    text = without_places(text, within=False)  # "Computerclub de Muis uit Sommelsdijk"
    for segment in _SEGMENTS.split(text):
        cut = [p for p in re.split(r"\s*,(?!\d{3}\b)\s*", segment) if p.strip()]  # not "22,000"
        cut = [part for p in cut[:-1] for part in _ARTICLE_AND.split(p)] + cut[-1:]
        cut = [re.sub(r"^(?:the|de|het) (?=[A-Z])", "", part) for part in cut]
        pieces = comma_names(cut)  # "A and Stichting Welzijn, Wonen en Zorg X": two
        if not pieces:
            continue
        if semicolons:
            names.extend(name for name in map(_item, KIND_AND.split(segment)) if name)
            continue
        inner = [part for piece in pieces[:-1] for part in _ARTICLE_AND.split(piece)]
        kinds = KIND_AND.split(pieces[-1])  # "A en Gemeente B en Gemeente C" (`each_place`)
        fields = ", " in pieces[-1] and not org_head(pieces[-1].rsplit(" en ", 1)[-1].split()[0])
        pair = re.search(r"\S \S+ en [A-Z][\w'’-]*$", pieces[-1]) and " and " not in pieces[-1]
        fields = fields or bool(pair and _english_prose(segment))  # "the library, Bibliotheek
        # Rijn en Schie, which": in English an " en " before one last word is a name's
        last = [pieces[-1]] if fields else split_last(pieces[-1])  # "Stichting Welzijn, Wonen en
        english = _ENGLISH_AND.split(pieces[-1])  # Zorg X": one name; "A and housing
        last = english if len(english) > 1 else last  # corporation Dijk en Dorp": the kind
        pieces = inner + (last if len(kinds) == 1 else kinds)  # ends A, " en " stays in B
        pieces = [part for piece in pieces for part in _after_place(piece)]
        pieces = [part for piece in pieces for part in _ENGLISH_AND.split(piece)]
        pieces = [piece for piece in pieces if not _TITLE.match(piece.strip())]  # "'Werken in
        names.extend(name for name in map(_item, pieces) if name)  # de cloud'": a course
    return firms_whole(names, text)  # "Van Leeuwen, Smit & Co."
