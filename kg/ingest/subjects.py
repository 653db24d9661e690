"""The names a join statement's subject or object gives: runs of name words, cut into names,
and what is no organisation (a person with a role, a kind alone, a pronoun pointing back).

>>> subject_names("Zuidhorn, 3 maart – Bibliotheek Wold en Stichting Kunst en Cultuur", 2)
['Bibliotheek Wold', 'Stichting Kunst en Cultuur']
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.dates import DATE, MONTH_NAMES, MONTH_WORD
from kg.ingest.gazetteer import bare_place, places_in
from kg.ingest.given import given_names
from kg.ingest.lists import comma_names
from kg.ingest.names import without_descriptor
from kg.ingest.rules import read_count
from kg.ingest.words import (
    APPOSED_AFTER,
    DESCRIPTOR,
    DOTTED_END,
    FOREIGN_SMALL,
    FROM_PLACES,
    NAME_KINDS,
    OPENERS,
    ORG_HEADS,
    RELATIVE_BEFORE_AND,
    ROLES,
    TITLE,
    org_head,
)

__all__ = [
    "AT_PLACE",
    "CAPTION",
    "LEAD_ADVERB",
    "LIST_AND",
    "NO_NAMES",
    "TITLED",
    "name_run",
    "no_organisation",
    "of_person",
    "only_places",
    "opening",
    "same_joiner",
    "split_last",
    "split_names",
    "subject_names",
    "without_kind",
    "without_place",
]

_CONNECTORS = frozenset(
    {"van", "voor", "de", "der", "den", "het", "in", "op", "aan", "en", "of", "for", "the"}
    | {"and", "&"}
    | {"'t", "’t", "tussen", "zonder", "rond", "rondom", "ter", "ten", "regio", "afdeling"}
    | FOREIGN_SMALL  # "Bibliotheek tussen Vecht en Eem", "Digitaal Sterk rond 't Zwin",
    # "Hof ter Maas", "ABW regio Zaanstreek", Frisian "Stichting Thuis yn Drylts"
)

_JOINING = frozenset({"en", "and", "&", "of", "the", "van", "voor", "in", "op", "aan"})


LIST_AND = re.compile(
    r" (?:en|and) (?:(?:de|het|the) [A-Z]|(?:" + "|".join(sorted(ORG_HEADS)) + r")\b"
    r"|(?-i:[a-z][\w-]*(?:bedrijf|vervoerder|kantoor|winkel|company|firm) [A-Z]))"
    r"|(?-i: and [A-Z](?!artners\b|ssociates\b|ons\b))"  # English: "A and Van Dijk"
    r"|(?-i: and (?:[a-z]+ ){1,3}[A-Z])",  # "X and welfare organisation Y"
    re.I,
)
"""An " en " that joins two names, not two words of one: before an article and a capital or a
word that opens a name ("... en de Hogeschool ...", "... en Zorggroep ..."); in English any
" and " before a capital but a firm's tail ("A and Van Dijk", not "Smit and Partners")."""

_PAREN = re.compile(r"\s*\([^()]*\)")


def _is_name_token(token: str) -> bool:
    core = token.strip("“”\"'(),;:!#")  # "#KopDigitaal!": a hashtag names too
    if not core or token.endswith(":"):  # "Onderwerp: VieCuri sluit aan": a label, no name
        return False
    return (
        core[0].isupper()
        or core[0].isdigit()
        or bool(re.fullmatch(r"(?:[a-z]\.){2,}", core))  # "Huisartsencoöperatie Zwolle e.o."
        or core.startswith(("’s-", "'s-"))
        or (any(c.isupper() for c in core[1:]) and core[0].isalpha())
    )


def name_run(text: str, at_end: bool) -> str:
    """The run of name words (capitalised, digits, connectors inside) at the end or start."""
    text = _ASIDE_AT_END.sub("", text) if at_end else text  # "X, waar Y onder valt,": X
    text = _PAREN.sub("", text).strip(" ,;:")
    text = text if DOTTED_END.search(text) else text.rstrip(".")
    text = (_DAY_MONTH.sub(" ; ", text) if at_end else _DAY_MONTH.sub("", text, count=1)).strip()
    tokens = text.split()
    run: list[str] = []
    ordered = list(reversed(tokens)) if at_end else tokens
    for index, token in enumerate(ordered):
        after = ordered[index + 1] if index + 1 < len(ordered) else ""
        dated = token.endswith(",") and _dated(token[:-1])
        timed = token.lower() in _MONTHS_DAYS and after.lower() in ("in", "on", "op", "per")
        placed = token.endswith(",") and after in ("in", "at", "te")  # "in Beilen, X"
        placed = placed and (bool(bare_place(token[:-1])) or (bool(run) and org_head(run[-1])))
        if at_end and run and (dated or timed or placed):
            break  # "On 3 February, Stichting X", "And in January X": a date is no name's part;
            # "held at the centre in Beilen, X": nor a place's
        inside = at_end and token[:1].isupper() and _is_name_token(after) and after[-1:] != ","
        kind = token.lower() in NAME_KINDS and not (inside and after.lower() not in OPENERS)
        if kind and (run if at_end else _is_name_token(after)):  # not "Protestantse Gemeente X"
            run.append(NAME_KINDS[token.lower()])  # "de gemeente Dronten": Gemeente Dronten
            if at_end:
                break
        elif _is_name_token(token) or (token in _CONNECTORS and run):
            run.append(token)
        elif not run and not at_end and token.lower() in OPENERS:
            continue
        else:
            break
    words = list(reversed(run)) if at_end else run
    said = _KIND_OF.search(" ".join(tokens[: len(tokens) - len(run)])) if at_end and run else None
    words = said.group(1).split() + words if said and org_head(said.group(2)) else words
    words = [w.strip('“”"!').lstrip("#") for w in words]
    while words and (words[0].lower() in OPENERS or words[0] in _CONNECTORS - {"'t", "’t"}):
        words.pop(0)  # not "'t": "'t Zeeuwse Licht" is the name
    while words and words[-1] in _CONNECTORS:
        words.pop()
    closed = [
        i for i, w in enumerate(words[:-1]) if _CLOSED.fullmatch(w) and words[i + 1].islower()
    ]
    if closed and not _MORE.intersection(words[closed[-1] + 1 :]) and "," not in "".join(words):
        words = words[: closed[-1] + 1]  # "X B.V. aan het Braassemermeer": its legal form ends X
    return " ".join(words).strip(" ,;:")


_MORE = frozenset({"en", "and", "&"})  # "X B.V. in Sneek en Y": more names after the form


_CLOSED = re.compile(r"(?:B\.V|N\.V|U\.A|V\.O\.F)\.?")


_DAY_MONTH = re.compile(
    rf"(?:^|(?<=\s))(?i:(?:on|op|per) )?\d{{1,2}} (?i:{MONTH_WORD})(?: \d{{4}})?(?: |$)"
)
"""A day and month before a name, no part of it: "On 5 November Stichting X"."""
_AT_BODY = re.compile(r"(?:(?:Bij|Via|Tijdens) (?:de|het|De|Het)|Naast) [A-Z][^,;:]*$")
_ASIDE_AT_END = re.compile(r",\s(?:waar|waarin|waarvan|die|dat|which|who|where)\b[^,;:()]*,\s*$")
_KIND_OF = re.compile(r"(?:^|\s)(([A-ZÀ-Þ]\w*) (?:van|voor) [a-z][\w-]+(?: [a-z][\w-]+)?)$")
"""A kind with its own words before a name: "Vereniging van ouderen" of "Vereniging van ouderen
Walcheren-Noord", "Stichting voor blinden Zuid"."""


def _dated(word: str) -> bool:
    return word.isdigit() or word.lower() in MONTH_NAMES


def split_names(run: str, parts: int) -> list[str]:
    """Cut a run "A en B" (or "A, B en C") into names; a comma always cuts, " en " only as
    often as needed for `parts`, preferring the cut before a word of `ORG_HEADS`."""
    if parts <= 1:
        return [run]
    pieces = comma_names([p.strip() for p in re.split(r",\s*", run) if p.strip()])
    if ", " in pieces[-1]:  # "Stichting Welzijn, Wonen en Zorg X": one name, its own " en "
        return pieces
    if len(pieces) > 1:
        last = split_last(pieces[-1])
        return pieces[:-1] + last
    return split_last(run)


_FIRM_TAILS = frozenset({"partners", "zonen", "zn", "zn.", "co", "co.", "dochters", "associates"})
_FIRM_TAILS |= {"omstreken", "omgeving"}  # "Seniorenvereniging Bolsward en Omstreken"
"""Words that end a firm's name after "en"/"and" ("Van der Maas en Partners"): no cut there."""


def _opens_name(rest: str) -> bool:
    """Whether text after an " en " opens a new name: a word of `ORG_HEADS`, or an article
    before a capital ("de Hogeschool van Arnhem en Nijmegen")."""
    words = rest.split(" ", 2)
    if org_head(words[0]):
        return True
    return words[0].lower() in ("de", "het", "the") and len(words) > 1 and words[1][:1].isupper()


def split_last(piece: str) -> list[str]:
    """Cut the last piece of a list at its " en ": not before a firm's tail (`_FIRM_TAILS`) nor
    inside a place ("Seniorenbond Peel en Maas"), else before a word that opens a name."""
    places = [(start, end) for start, end, _ in places_in(piece)]
    cuts = [
        m
        for m in re.finditer(r" (?:en|and) ", piece)
        if piece[m.end() :].split(" ", 1)[0].lower() not in _FIRM_TAILS
        and not any(start < m.start() < end for start, end in places)
        and not piece[: m.start()].endswith("-")  # "Stichting Lees- en Leerhuis X"
    ]
    if not cuts:
        return [piece]
    headed = [m for m in cuts if _opens_name(piece[m.end() :])]
    cut = headed[0] if headed else cuts[-1]
    return [piece[: cut.start()], piece[cut.end() :]]


def _without_article(name: str) -> str:
    return re.sub(r"^(?:de|het|the) (?=[A-Z])", "", name)


def subject_names(text: str, parts: int, at_end: bool = True) -> list[str]:
    """The names a subject (or object) names: one, or `parts` or more when it is plural; one
    where the run before a bracketed abbreviation has its initials ("het Regionaal Archief
    Walcheren en de Bevelanden (RAWB)").

    Where a plural subject's run of name words stops short ("het Antonius Ziekenhuis en
    mbo-school Firda": the lowercase word ends the run), it is cut into its parts first and
    each part's name read from its end."""
    run = name_run(text, at_end)
    if at_end and run and FROM_PLACES.search(text[: text.rfind(run)]):
        return []  # "because organisations from Appingedam and Delfzijl joined": places
    if at_end and _AT_BODY.match(text):
        return []  # "Bij De Klompenklappers in Havelte zijn vier nieuwe leden bijgekomen": where
    short = _abbreviated(text, run) if run else ""
    if short:  # the abbreviated name is one; what comes before it is cut as usual
        head = re.sub(r"(?:,|\s(?:en|and))?(?:\s(?:de|het|the))?$", "", run[: -len(short)].strip())
        return (subject_names(head, max(parts - 1, 1), at_end) if head else []) + [
            _without_article(short)
        ]
    names = [_without_article(name) for name in split_names(run, parts) if name] if run else []
    if not at_end and parts > 1 and len(names) < parts:  # "X uit Barchem en Y, een bedrijf"
        own = re.split(APPOSED_AFTER, RELATIVE_BEFORE_AND.sub("", text))[0]  # "A, die ..., en B"
        each = [run for run in (name_run(p, False) for p in split_names(own, parts)) if run]
        if len(each) >= parts:
            return [_without_article(name) for name in each]
    if at_end and parts > 1 and len(names) < parts:
        subject = re.split(r"\s[–—-]\s", _PAREN.sub("", text))[-1]  # after a dateline
        subject = subject.strip(" ,;:")
        pieces = split_names(subject if DOTTED_END.search(subject) else subject.rstrip("."), parts)
        each = [name for name in (name_run(piece, True) for piece in pieces) if name]
        if len(each) >= parts or len(names) < len(each) > 1:
            names = each
    return names


def _abbreviated(text: str, run: str) -> str:
    """The end of `run` that a bracketed abbreviation after it abbreviates, its kind word
    kept ("Stichting Welzijn Midden en Noord (WMN)"; "de Hogeschool van Arnhem en Nijmegen
    (HAN)" of "het Radboudumc en de Hogeschool ..."), or ""."""
    found = f"{run} (" in text and re.search(re.escape(run) + r" \((?P<short>[A-Z]{3,8})\)", text)
    if not found:
        return ""
    words = run.split()
    for start in range(len(words)):
        capitals = "".join(w[0] for w in words[start:] if w[:1].isupper())
        if words[start][:1].isupper() and capitals == found.group("short"):
            kind = start > 0 and words[start - 1].lower() in ORG_HEADS
            return " ".join(words[start - 1 if kind else start :])
    return ""


AT_PLACE = re.compile(
    r"^(?P<name>.+?) (?P<at>in|uit|te|from|op|on) (?P<place>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?)$"
)

# A sentence adverb before a subject: "Meanwhile, A and B have signed up".
LEAD_ADVERB = re.compile(
    r"^(?:Meanwhile|Also|In addition|Besides|Today|Now|Since then|Daarnaast|Inmiddels|Intussen"
    r"|Verder|Bovendien|Vandaag|Sindsdien|Daarna|Ondertussen|Yesterday|Gisteren|Earlier this \w+"
    r"|(?:Last|This|Vorige|Afgelopen|Deze) \w+"
    r"(?: \d{1,2} \w+|,? [A-Z][a-z]+ \d{1,2}(?:,? \d{4})?)?),\s+"  # "Last Friday, March 2, X"
    r"|^(?:Today|Yesterday|Vandaag|Gisteren|Afterwards|Later|Then|Finally|Daarna|Vervolgens|And"
    r"|Tenslotte|(?:Last|This|Vorige|Afgelopen) (?:\w+day|\w+dag|week|month|maand))\s+"
    r"(?=(?:the )?[A-Z])"  # "Today Stichting X became", "Last Tuesday (the) X checked in"
    r"|^(?:When|Once|After|Toen|Nadat|Zodra)\s+(?=(?:the |de |het )?[A-Z])"  # "When X joined"
    r"|^(?:In|On|Since|From) (?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)(?: \d{1,2})?,?(?: \d{4})?|\d{4})"
    r"(?:,\s+| (?=(?:the )?[A-Z]))"  # "Since 1 November 2026 the Glacier Foxes have been",
    # "In October, two organisations joined"
)
# A photo caption: the persons it names are pictured, not joiners.
CAPTION = re.compile(r"(?:Foto|Photo|Beeld|Afbeelding|Image|Bijschrift|Caption|📸|📷)\b\s*[:.–-]?")
TITLED = re.compile(rf"{TITLE}\.? [A-Z]")
_TITLE = re.compile(rf"{TITLE}\.")


def of_person(text: str, name: str) -> str:
    """The organisation of a person a role word introduces ("directeur Kees Brinkhuis van
    Welzijn & Wonen": Welzijn & Wonen), "" for a person alone, else the name itself."""
    at = text.find(name)
    after = text[at + len(name) :] if at >= 0 else ""
    opened = re.match(r" \(((?:\w+ )?\w+)", after)  # "(coördinator ...", "(senior adviseur ..."
    if opened and ROLES.search(opened.group(1)):
        return ""  # "Marieke Verhoef (coördinator digitale vaardigheden bij ...)": a person
    apposed = _ROLE_OF.match(after)  # "Annelies Brouwer, directeur van Thuiszorg X, zette ..."
    if apposed and ROLES.search(apposed["role"]) and not org_head(name.split()[0]):
        return apposed["org"]
    before = text[:at].split()[-1:] if at > 0 else []
    if before and _TITLE.fullmatch(before[0]):
        return ""  # "Collegevoorzitter dr. Ingrid Schipper": a person
    if not before or not ROLES.fullmatch(before[0].strip("(,")):
        return name
    _, of, organisation = name.partition(" van ") if " van " in name else name.partition(" of ")
    return organisation if of and organisation[:1].isupper() else ""


_ROLE_OF = re.compile(
    r",\s+(?P<role>(?:[\w-]+ ){0,2}?[\w-]+) (?:van|bij|of|at) (?:de |het |the )?"
    r"(?P<org>[A-Z][^,;.()]*[^\s,;.()])"
)


def no_organisation(name: str) -> bool:
    """A person with a role ("Ingrid van Rijn, President of the Board") or by a given name
    alone ("Hinke"), a kind of organisation alone ("Woningcorporatie") or a pronoun ("We zijn
    aangesloten bij ..."), not an organisation's name."""
    words = [w.lower() for w in name.split() if w.lower() not in ("de", "het", "the")]
    kinds = all(w in ORG_HEADS or DESCRIPTOR.match(w) for w in words)
    pronoun = name.lower() in NO_NAMES  # "Vanavond komt ... bij", "Vrijdag tekende ik ..."
    pronoun = pronoun or name.rpartition(" ")[2] in _LAST_PRONOUNS  # "Last Friday I signed"
    if TITLED.match(name) or _BESIDES.match(name):
        return True  # "Dr. Annelies Verbrugge": a person; "Naast de CDI (is de stichting ...)"
    number = (
        name.replace(".", "").replace(",", "").isdigit()
        or bool(_WHEN.fullmatch(name) or DATE.fullmatch(name))  # "March 2026", "1 May"
        or read_count(name) is not None  # "Nineteen organisations, one goal"
        or bool(re.fullmatch(r"\d+(?:e|de|ste|st|nd|rd|th)", name))  # "wordt 9e partner"
    )
    plural = bool(re.fullmatch(r"[A-Z][\w]*-[a-zß-ÿ]+(?:ers|en|s)", name))  # "ICT-freelancers"
    given = (
        name[1:].isalpha() and name[1:].islower() and name.lower() in given_names()
    )  # "heeft Hinke namens ons getekend"
    return (
        bool(ROLES.search(name)) or (bool(words) and kinds) or pronoun or number or plural or given
    )


_BESIDES = re.compile(r"(?:Naast|Behalve|Besides|Except|Zonder|Without)\s")  # another than it
_WEEKDAYS = frozenset(
    {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday"}
    | {"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# "We verwelkomden 212.000 bezoekers", "In 2025 traden drie organisaties toe": no names
_WHEN = re.compile(
    r"(?:In|Op|Per|Sinds|Vanaf|Tot|Na|On|Since|From|By|Until)(?: (?:\d+|"
    + "|".join(sorted(MONTH_NAMES | _WEEKDAYS))
    + r"))+",
    re.IGNORECASE,
)
_MONTHS_DAYS = MONTH_NAMES | _WEEKDAYS  # "in January", "On Monday": a time, no name's part
_LAST_PRONOUNS = frozenset({"I", "ik", "we", "wij", "ze", "zij", "hij", "he", "she", "they"})
_DAYTIMES = frozenset(
    {"vanavond", "vanmorgen", "vanochtend", "vanmiddag", "vannacht", "vandaag", "gisteren"}
    | {"morgen", "straks", "tonight", "today", "yesterday", "tomorrow"}
)
_PRONOUNS = frozenset(
    {"we", "wij", "zij", "ze", "hij", "het", "ik", "u", "it", "they", "i", "er", "you", "je", "jij"}
)
_PRONOUNS |= {"wie", "wat", "waarom", "welke", "daar", "hier", "toen", "dan", "who", "what"}
_PRONOUNS |= {"dat", "dit", "die", "nieuw", "organisaties", "partners"}
_PRONOUNS |= {"we've", "we’ve", "we're", "we’re", "i've", "i’ve", "we zijn", "wij zijn"}
_PRONOUNS |= {"daarom", "daarnaast", "daardoor", "daarmee", "inmiddels", "sindsdien", "vandaar"}
_PRONOUNS |= {"bovendien", "tevens", "ook", "nu", "verder", "dus", "therefore", "also", "now"}
_PRONOUNS |= {"onlangs", "recent", "recentelijk", "kortgeleden", "recently", "lately"}
_PRONOUNS |= {"neither", "none", "both", "each", "either", "beide", "beiden", "allebei", "geen"}
NO_NAMES = _PRONOUNS | _DAYTIMES | _WEEKDAYS


_ENGLISH_KIND = re.compile(  # the kind itself lowercase: not "Company Theatre"
    r"(?:the |a |an )?(?:[A-Z][\w'’-]*-based )?(?i:(?:IT|ICT|tech|software|digital|consultancy"
    r"|design|printing|installation|housing|care|social|volunteer|welfare|community|language|GP"
    r"|health|medical) )?(?:firm|company|business|consultancy|provider|supplier|start-up|startup"
    r"|enterprise|network|group|collective|cooperative|organisation|organization|foundation"
    r"|association) "
)  # "IT firm X", "social enterprise X", "the (Schagen-based) volunteer group X"


def without_kind(name: str) -> str:
    """A name without a lowercase word before it that says what kind of business it is
    ("ICT-dienstverlener BrabantNet Solutions B.V."); "Woonbedrijf De Marren" keeps its word."""
    if role := re.match(r"(?:[Mm]ede|[Cc]oalitie)?[Pp]artner (?=[A-Z])", name):
        return name[role.end() :]  # "Medepartner Stichting X", not "Partner in Welzijn"
    english = _ENGLISH_KIND.match(name)  # "IT firm Mergelland Digital", "the tech company X"
    if english and name[english.end() :][:1].isupper():
        return name[english.end() :]
    first, _, rest = name.partition(" ")
    if re.fullmatch(r"[A-Z]\w+(?:se|sche)", first) and without_kind(rest) != rest:
        return without_kind(rest)  # "Bossche ICT-bedrijf ByteBrug": ByteBrug
    lower = first[:1].islower() or bool(re.search(r"-[a-zß-ÿ]+$", first))
    kind = DESCRIPTOR.match(first) or re.fullmatch(r"[A-Z]{2,4}-(?!club|hulp)[a-zß-ÿ]{4,}", first)
    town = rest.split("-")[0] if " " not in rest else rest  # "Hardenberg-Heemse": two places
    place = bool(rest) and bare_place(town) is not None  # "EHBO-vereniging Hardenberg-Heemse":
    # without its word only a place is left, so the word is part of the name
    return rest if rest[:1].isupper() and lower and kind and not place else name  # "ICT-coöperatie
    # X", not "PC-club X" or "ICT-hulp X": their word is part of the name


def without_place(name: str) -> str:
    """A name without the place it is in: "Scheldeland Hogeschool in Vlissingen", "Kringloop
    De Tweede Ronde aan de Misterweg"."""
    name = _AT_STREET.sub("", name)
    match = AT_PLACE.match(name)
    if not match:
        return name
    place, before = match.group("place"), match.group("name")
    if re.search(r"(?:^|[\s,])(?:Stichting|Vereniging|Coöperatie) \S+$", before):
        return name  # "(On 20 October,) Stichting Thuis in Houten", "Stichting Meedoen in
        # Parkstad": the name's
    village = " " not in place and len(before.split()) >= 2 and place.lower() not in ORG_HEADS
    village = village and place not in before.split()  # "Vrijwilligerscentrale Hand in Hand"
    village = village and match.group("at") not in ("op", "on")  # "X on Urk", not "Huis op Zuid"
    return before if bare_place(place) or village else name  # "... De Zwaluw in Mijnsheerenland"


_AT_STREET = re.compile(
    r" (?:aan|op|in) (?:de|het) [A-Z][\w'’-]*(?:weg|straat|laan|plein|kade|singel|dijk|gracht"
    r"|markt|steeg|hof)$"
)


def same_joiner(known: str, written: str) -> bool:
    """Whether `written` names a joiner already read: the same name, a run of its words ("ROC"
    of "ROC Aventus"), its initials ("Adrz" of "Admiraal De Ruyter Ziekenhuis", "WUAS" of
    "Waddenpoort University of Applied Sciences") or its first word and the initials of the
    rest ("Waddenpoort UAS")."""
    if f" {written.lower()} " in _padded(known):
        return True
    long, short = known.split(), written.split()
    if len(long) == len(short) + 1 > 3 and long[0] == short[0] and long[-1] == short[-1]:
        return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1))  # "X van
        # Nu Zuidoost-Drenthe" in the headline of "X van Nu Federatie Zuidoost-Drenthe"
    first, _, rest = known.partition(" ")
    head, _, tail = written.partition(" ")
    if head == first and tail:  # "Waddenpoort UAS" of "Waddenpoort University of Applied Sciences"
        return tail.lower() in _shorts(rest)
    return written.lower() in _shorts(known)


@lru_cache(maxsize=4096)  # asked for every pair of joiners a long text tells
def _padded(name: str) -> str:
    return f" {name.lower()} "


@lru_cache(maxsize=4096)
def _shorts(name: str) -> frozenset[str]:
    return frozenset({_initials(name).lower(), _initials(name, capitals=True).lower()})


def _initials(name: str, capitals: bool = False) -> str:
    words = name.replace("-", " ").split()  # "Werkgeversvereniging Brabant-Zuidoost": WBZ
    return "".join(w[0] for w in words if w[:1].isalpha() and (w[0].isupper() or not capitals))


def opening(subject: str, written: str) -> str:
    """A name that opens the sentence (or follows its dateline) without a word that says what
    kind of business it is: that word is capitalised only for its place ("Haarlem, 16 maart –
    Adviesbureau Kern & Kader treedt toe": the bureau Kern & Kader)."""
    if re.search(rf"(?:^|[–—]\s*){re.escape(written)}$", subject.strip()):
        return without_descriptor(written)
    return written


def only_places(name: str) -> bool:
    """Whether a name is only places, two or more ("... huurwoningen in Dordrecht en
    Zwijndrecht"): no joiner. One place may be ("The municipality of Veldhoven joined")."""
    several = len(places_in(name)) > 1
    return several and not re.sub(r"\b(?:en|and)\b|[\s,&]", "", _no_places(name))


def _no_places(name: str) -> str:
    for start, end, _ in reversed(places_in(name)):
        name = name[:start] + name[end:]
    return name
