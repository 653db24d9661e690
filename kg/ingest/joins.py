"""Read who joins, leaves or renames a coalition, with stated orders, by the `phrases` tables.

>>> subject_names("Zuidhorn, 3 maart – Bibliotheek Wold en Stichting Kunst en Cultuur", 2)
['Bibliotheek Wold', 'Stichting Kunst en Cultuur']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.dates import MONTH_NAMES
from kg.ingest.dutch import ordinal
from kg.ingest.gazetteer import bare_place, places_in
from kg.ingest.lexicon import lookup
from kg.ingest.names import Name, name_at_end, name_at_start, without_descriptor
from kg.ingest.phrases import (
    ANAPHORA,
    DESCRIPTOR,
    DOTTED_END,
    ENGLISH_ORDINALS,
    FUTURE_RULES,
    JOIN_FORMS,
    LEAVE_RULES,
    NAME_KINDS,
    NEGATION,
    ORDER_LIST,
    ORG_HEADS,
    PLURAL_VERBS,
    RENAME_RULES,
)
from kg.ingest.sentences import Sentence

__all__ = [
    "JoinReading",
    "Joined",
    "name_run",
    "read_joins",
    "split_last",
    "split_names",
    "subject_names",
]

_CONNECTORS = frozenset(
    {"van", "voor", "de", "der", "den", "het", "in", "op", "aan", "en", "of", "the", "and", "&"}
    | {"'t", "’t"}
)
_JOINING = frozenset({"en", "and", "&", "of", "the", "van", "voor", "in", "op", "aan"})
_OPENERS = frozenset(
    {
        "ook",
        "vandaag",
        "daarnaast",
        "tegelijk",
        "tevens",
        "nu",
        "inmiddels",
        "eerder",
        "de",
        "het",
        "the",
        "en",
        "per",
        "vanaf",
        "dan",
        "daarmee",
        "zo",
    }
)
_LIST_AND = re.compile(
    r" (?:en|and) (?:(?:de|het|the) [A-Z]|(?:" + "|".join(sorted(ORG_HEADS)) + r")\b)"
    r"|(?-i: and [A-Z](?!artners\b|ssociates\b|ons\b))",  # English: "A and Van Dijk"
    re.I,
)
"""An " en " that joins two names, not two words of one: before an article and a capital or a
word that opens a name ("... en de Hogeschool ...", "... en Zorggroep ..."); in English any
" and " before a capital but a firm's tail ("A and Van Dijk", not "Smit and Partners")."""
"""Lowercase kinds that belong to the name they precede ("de gemeente Ede": Gemeente Ede)."""
_EARLIER = re.compile(
    r"\b(?:[Ee]erder|[Ss]indsdien|[Ee]arlier|[Ee]ventueel|[Dd]aarna|[Vv]ervolgens|[Nn]adien|[Ll]ater)\b"
)
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
    text = _PAREN.sub("", text).strip(" ,;:")
    text = text if DOTTED_END.search(text) else text.rstrip(".")
    tokens = text.split()
    run: list[str] = []
    ordered = list(reversed(tokens)) if at_end else tokens
    for index, token in enumerate(ordered):
        after = ordered[index + 1] if index + 1 < len(ordered) else ""
        if at_end and run and token.endswith(",") and _dated(token[:-1]):
            break  # "On 3 February, Stichting X": a date before a comma is no part of a name
        if token.lower() in NAME_KINDS and (run if at_end else _is_name_token(after)):
            run.append(NAME_KINDS[token.lower()])  # "de gemeente Dronten": Gemeente Dronten
            if at_end:
                break
        elif _is_name_token(token) or (token in _CONNECTORS and run):
            run.append(token)
        elif not run and not at_end and token.lower() in _OPENERS:
            continue
        else:
            break
    words = list(reversed(run)) if at_end else run
    words = [w.strip('“”"!').lstrip("#") for w in words]
    while words and (words[0].lower() in _OPENERS or words[0] in _CONNECTORS):
        words.pop(0)
    while words and words[-1] in _CONNECTORS:
        words.pop()
    return " ".join(words).strip(" ,;:")


def _dated(word: str) -> bool:
    return word.isdigit() or word.lower() in MONTH_NAMES


def split_names(run: str, parts: int) -> list[str]:
    """Cut a run "A en B" (or "A, B en C") into names; a comma always cuts, " en " only as
    often as needed for `parts`, preferring the cut before a word of `ORG_HEADS`."""
    if parts <= 1:
        return [run]
    pieces = [p.strip() for p in re.split(r",\s*", run) if p.strip()]
    if len(pieces) > 1:
        last = split_last(pieces[-1])
        return pieces[:-1] + last
    return split_last(run)


_FIRM_TAILS = frozenset({"partners", "zonen", "zn", "zn.", "co", "co.", "dochters", "associates"})
"""Words that end a firm's name after "en"/"and" ("Van der Maas en Partners"): no cut there."""


def _opens_name(rest: str) -> bool:
    """Whether text after an " en " opens a new name: a word of `ORG_HEADS`, or an article
    before a capital ("de Hogeschool van Arnhem en Nijmegen")."""
    words = rest.split(" ", 2)
    if words[0].lower() in ORG_HEADS:
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
    ]
    if not cuts:
        return [piece]
    headed = [m for m in cuts if _opens_name(piece[m.end() :])]
    cut = headed[0] if headed else cuts[-1]
    return [piece[: cut.start()], piece[cut.end() :]]


def _without_article(name: str) -> str:
    return re.sub(r"^(?:de|het|the) (?=[A-Z])", "", name)


def subject_names(text: str, parts: int, at_end: bool = True) -> list[str]:
    """The names a subject (or object) names: one, or `parts` or more when it is plural.

    Where a plural subject's run of name words stops short ("het Antonius Ziekenhuis en
    mbo-school Firda": the lowercase word ends the run), it is cut into its parts first and
    each part's name read from its end."""
    run = name_run(text, at_end)
    names = [_without_article(name) for name in split_names(run, parts) if name] if run else []
    if at_end and parts > 1 and len(names) < parts:
        subject = re.split(r"\s[–—-]\s", _PAREN.sub("", text))[-1]  # after a dateline
        pieces = split_names(subject.strip(" ,;:."), parts)
        each = [name for name in (name_run(piece, True) for piece in pieces) if name]
        if len(each) >= parts or len(names) < len(each) > 1:
            names = each
    return names


@dataclass(frozen=True)
class Joined:
    """One organisation that joins: name, its stated order, whether it joins later."""

    name: Name
    sentence: Sentence
    order: int | None
    order_sentence: Sentence | None
    future: bool


@dataclass
class JoinReading:
    """What the join, leave and rename phrases say."""

    coalition: tuple[Name, Sentence] | None = None
    joins: list[Joined] = field(default_factory=list)
    leavers: list[tuple[Name, Sentence]] = field(default_factory=list)
    former: list[tuple[Name, Sentence]] = field(default_factory=list)


def _named(written: str, table: dict[str, str]) -> Name:
    canonical = lookup(table, written)
    return Name(canonical or written, written, canonical is not None)


def _ordinals(sentence: str) -> list[int]:
    found: list[int] = []
    for match in ORDER_LIST.finditer(sentence):
        if match.group("number"):
            found.append(int(match.group("number")))
            continue
        words = re.split(r", | en | and ", match.group("list"))
        numbers = [_ordinal(word) for word in words]
        if all(numbers):
            found.extend(n for n in numbers if n)
    return found


def _ordinal(word: str) -> int | None:
    lower = word.lower()
    if lower in ENGLISH_ORDINALS:
        return ENGLISH_ORDINALS[lower]
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", lower)
    return int(digits.group(1)) if digits else ordinal(word)


def _coalition_name(text: str, coalitions: dict[str, str]) -> Name | None:
    text = re.split(r"\s[–—]\s|\s-\s", text.split(":", 1)[0])[-1]  # after a dateline
    known = name_at_start(re.sub(r"^(?:the|de|het) ", "", text.strip()), coalitions)
    if known and known.known:
        return known
    run = name_run(text, at_end=False)
    if run and not run.islower():
        return _named(run, coalitions)
    return known if known and not known.written.islower() else None  # "de coalitie X"


def read_joins(
    sentences: list[Sentence], organisations: dict[str, str], coalitions: dict[str, str]
) -> JoinReading:
    """Joins (with orders and whether they are future), leavers, renames, in text order."""
    reading = JoinReading()
    for sentence in sentences:
        _read_rename(reading, sentence, coalitions)
    pending: list[int] = []  # joins of the last join sentence still waiting for an order
    for index, sentence in enumerate(sentences):
        joined = _read_join(reading, sentence, organisations, coalitions, sentences[:index])
        orders = _ordinals(sentence.text)
        if joined:
            pending = [i for i in joined if reading.joins[i].order is None]
        if orders and pending:
            for index, number in zip(pending, orders, strict=False):
                old = reading.joins[index]
                reading.joins[index] = Joined(old.name, old.sentence, number, sentence, old.future)
            pending = []
        _read_leave(reading, sentence, organisations, coalitions)
    if reading.coalition is None:
        reading.coalition = _coalition_elsewhere(sentences, coalitions)
    if reading.coalition is None:
        reading.coalition = _coalition_by_head(sentences, coalitions)
    if reading.coalition is None:
        reading.joins = []  # joins to a coalition the text never names: not facts
    else:  # a coalition is never its own member
        own = reading.coalition[0].value.lower()
        reading.joins = [j for j in reading.joins if j.name.value.lower() != own]
    return reading


_HEADS = "Coalitie|Netwerk|Alliantie|Pact|Platform|Taskforce|Samenwerkingsverband|Coalition"
_HEADS += "|Network|Alliance"
_WORD = r"[A-ZÀ-Þ][\w'’+\-]*"
_HEADED = re.compile(
    rf"\b(?:{_WORD} )*(?:{_HEADS}|[A-ZÀ-Þ][\w'’+]*-(?:{_HEADS.lower()}))"  # "Taalhuis-netwerk"
    rf"(?: (?:(?:en|van|voor|and|of|for) )?{_WORD})*"
    rf"|\b(?:[Hh]et|[Dd]e|[Tt]he) (?:{_HEADS.lower()}) "
    rf"(?P<named>{_WORD}(?: (?:(?:en|van|voor) )?{_WORD})+)"
)


def _coalition_by_head(
    sentences: list[Sentence], coalitions: dict[str, str]
) -> tuple[Name, Sentence] | None:
    """The coalition a text names only by a name with a head word ("Coalitie Digitale
    Vaardigheden Gooi en Vechtstreek", "Amsterdam Digital Access Pact") or after one ("het
    samenwerkingsverband Digitaal Dichtbij Achterhoek"): the one named most often, the first
    of equals."""
    found: dict[str, tuple[int, Sentence]] = {}
    for sentence in sentences:
        for match in _HEADED.finditer(sentence.text):
            name = re.sub(r"^(?:Het|De|The) ", "", match.group("named") or match.group())
            if " " in name.strip():
                count, first = found.get(name, (0, sentence))
                found[name] = (count + 1, first)
    if not found:
        return None
    name = max(found, key=lambda n: (found[n][0], -found[n][1].start))
    return _named(name, coalitions), found[name][1]


_COALITION_SUBJECT = re.compile(
    r"^(?P<subj>.+?)(?: (?:now|nu|inmiddels|daarmee|thereby|already|al))*"
    r" (?:telt|bestaat|wil|willen|streeft|heeft als doel|heeft tot doel"
    r"|(?:started|startte|began|begon|was founded|was set up|werd opgericht|is opgericht)"
    r" (?:in \d{4}|op|als|as)"
    r"|(?:has|counts) (?:\w+ )?(?:partners|members)\b|wants|aims)\b"
)
_PARTNER_OF = re.compile(r"\b(?:partner|lid|deelnemer) van (?P<coal>.+)")


def _coalition_elsewhere(
    sentences: list[Sentence], coalitions: dict[str, str]
) -> tuple[Name, Sentence] | None:
    """The coalition named where the join does not name it ("sluit zich aan bij de coalitie"):
    the subject of a count or goal sentence, or the "Y" of "partner van Y"."""
    for sentence in sentences:
        match = _COALITION_SUBJECT.search(sentence.text)
        if match and not ANAPHORA.match(match.group("subj").strip()):
            run = name_run(match.group("subj"), True)
            if run:
                return _named(run, coalitions), sentence
        match = _PARTNER_OF.search(sentence.text)
        if match:
            named = _coalition_name(match.group("coal"), coalitions)
            if named is not None:
                return named, sentence
    return None


_RELATIVE = re.compile(r",\s*(?:waarvan|waarin|waarbij|die|dat|which|who|that)\b[^,]*,?\s*$")


def _read_rename(reading: JoinReading, sentence: Sentence, coalitions: dict[str, str]) -> None:
    for rule in RENAME_RULES:
        match = rule.pattern.search(sentence.text)
        if match:
            subject = _RELATIVE.sub("", match.group("subj"))  # "X, waarvan ... deel uitmaakt,"
            old, new = name_run(subject, True), name_run(match.group("new"), False)
            if old and new:
                reading.former.append((_named(old, coalitions), sentence))
                reading.coalition = (_named(new, coalitions), sentence)
            return


def _read_join(
    reading: JoinReading,
    sentence: Sentence,
    organisations: dict[str, str],
    coalitions: dict[str, str],
    before: list[Sentence],
) -> list[int]:
    if _EARLIER.search(sentence.text):
        return []  # "Eerder sloten A en B zich aan": members, read as a list, not joiners now
    orders: int | None = None  # the stated orders in the sentence, counted once
    for rule in JOIN_FORMS:
        match = rule.pattern.search(sentence.text)
        if not match or NEGATION.search(match.group()):
            continue  # "Digitaal Hulpplein is zelf geen partner van het netwerk"
        groups = match.groupdict()
        coal_text = groups.get("coal")
        coalition = _coalition_name(coal_text, coalitions) if coal_text else None
        plural = (groups.get("verb") or "") in PLURAL_VERBS
        if orders is None:
            orders = len(_ordinals(sentence.text))
        parts = max(2 if plural else 1, orders)
        if "verwelkom" in rule.name:
            rest = groups["obj"].split(": ", 1)[-1]  # "... twee nieuwe partners: A en B"
            rest = re.sub(r"^(?:we|wij|ze|zij)\s+", "", rest)  # "verwelkomden we X als ..."
            if re.search(r"\b(?:partners|partijen|partner organisations)\b", groups["obj"]):
                parts = max(parts, 2)
            names = subject_names(rest, parts, at_end=False)
            run = name_run(groups["coal"], True)
            proper = run and not ANAPHORA.match(groups["coal"].strip())
            coalition = _named(run, coalitions) if proper else None
        elif groups.get("obj") is not None:
            head, colon, listed = groups["obj"].partition(": ")
            if colon and re.search(r"\b(?:partners|partijen|organisaties|leden)\b", head):
                groups["obj"] = listed  # "uitgebreid met drie nieuwe partners: A, B en C"
            if _LIST_AND.search(groups["obj"]):  # "met het Radboudumc en de Hogeschool ..."
                parts = max(parts, 2)
            if ", " in groups["obj"]:  # "(Hogeschool Inholland, Nova College en Elan Wonen)"
                parts = max(parts, groups["obj"].count(", ") + 1 + (" en " in groups["obj"]))
            names = _antecedent(before, groups["obj"]) or subject_names(groups["obj"], parts)
        else:
            subject = groups["subj"]
            if _TITLED.match(subject.strip()):
                continue  # "Dr. Pieter Zwart, professor of Digital Society, signed": a person
            if ANAPHORA.match(subject.strip()):
                names = _antecedent(before, subject)
                if not names:
                    continue
            if _LIST_AND.search(subject):  # "Scheldemond University and Woonstichting X joined"
                parts = max(parts, 2)
            own = re.split(r"\s[–—-]\s", subject)[-1]  # after a dateline
            tail = own.split(", ", 1)[-1] if ", " in own else ""
            if tail and re.search(r" (?:en|and) ", tail):  # "A, B and C signed"
                parts = max(parts, tail.count(", ") + 2)
            known = name_at_end(subject, organisations) if parts == 1 else None
            names = [known.written] if known and known.known else subject_names(subject, parts)
            head, colon, listed = (coal_text or "").partition(":")
            if not names and colon and len(head.split()) <= 6 and listed.strip()[:1].isupper():
                names = subject_names(listed, 3, at_end=False)  # "joins the network: A, B"
        if coalition is not None and reading.coalition is None:
            reading.coalition = (coalition, sentence)  # "Two organisations have joined Y"
        if not names:
            continue
        future = any(r.pattern.search(sentence.text) for r in FUTURE_RULES)
        if groups.get("subj") is not None and names and not lookup(organisations, names[0]):
            names[0] = _opening(groups["subj"], names[0])
        names = [_of_person(sentence.text, n) for n in names]
        names = [
            n if lookup(organisations, n) else _without_kind(_without_place(n))
            for n in names
            if n and not _no_organisation(n)
        ]
        added = []
        for written in names:
            if any(_same(j.name.written, written) for j in reading.joins):
                continue  # told again, perhaps shorter: "Met de komst van het ROC ..."
            shorter = [i for i, j in enumerate(reading.joins) if _same(written, j.name.written)]
            if shorter:  # "GGD sluit aan" in the headline, "GGD IJssel-Vecht" in the text
                old = reading.joins[shorter[0]]
                reading.joins[shorter[0]] = Joined(
                    _named(written, organisations), sentence, old.order, old.order_sentence, future
                )
                added.append(shorter[0])
                continue
            reading.joins.append(
                Joined(_named(written, organisations), sentence, None, None, future)
            )
            added.append(len(reading.joins) - 1)
        return added
    return []


def _antecedent(before: list[Sentence], subject: str) -> list[str]:
    """The name a subject that points back stands for: "het buurtcentrum in Kattenbroek" after
    "Welkom, Buurtcentrum 't Hof!" is Buurtcentrum 't Hof; [] if it does not point back or no
    name of the two sentences before it has its noun."""
    own = _AT_PLACE.match(subject.strip())
    pointer = ANAPHORA.match(own.group("name") if own else subject.strip())
    noun = pointer.group().split()[-1] if pointer else ""
    if not noun[:1].islower():
        return []
    for sentence in reversed(before[-2:]):
        for match in re.finditer(rf"\b{re.escape(noun.capitalize())}\b", sentence.text):
            run = name_run(sentence.text[match.start() :], at_end=False).rstrip("!?")
            if len(run.split()) >= 2:
                return [run]
    return []


_ROLES = re.compile(
    r"\b(?:president|director|directeur|wethouder|voorzitter|bestuurder|burgemeester|ceo|"
    r"alderman|mayor|chair|gedeputeerde|lector|coördinator|coordinator|manager)\b",
    re.IGNORECASE,
)
_AT_PLACE = re.compile(
    r"^(?P<name>.+?) (?:in|uit|te) (?P<place>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?)$"
)


_TITLED = re.compile(r"(?:[Dd]r|[Pp]rof|[Dd]rs|[Ii]r|[Mm]r|[Ii]ng|[Dd]hr|[Mm]w)\.? [A-Z]")


def _of_person(text: str, name: str) -> str:
    """The organisation of a person a role word introduces ("directeur Kees Brinkhuis van
    Welzijn & Wonen": Welzijn & Wonen), "" for a person alone, else the name itself."""
    at = text.find(name)
    before = text[:at].split()[-1:] if at > 0 else []
    if not before or not _ROLES.fullmatch(before[0].strip("(,")):
        return name
    _, of, organisation = name.partition(" van ") if " van " in name else name.partition(" of ")
    return organisation if of and organisation[:1].isupper() else ""


def _no_organisation(name: str) -> bool:
    """A person with a role ("Ingrid van Rijn, President of the Board") or a kind of
    organisation alone ("Woningcorporatie"), not an organisation's name."""
    words = [w.lower() for w in name.split() if w.lower() not in ("de", "het", "the")]
    kinds = all(w in ORG_HEADS or DESCRIPTOR.match(w) for w in words)
    return bool(_ROLES.search(name)) or (bool(words) and kinds)


def _without_kind(name: str) -> str:
    """A name without a lowercase word before it that says what kind of business it is
    ("ICT-dienstverlener BrabantNet Solutions B.V."); "Woonbedrijf De Marren" keeps its word."""
    first, _, rest = name.partition(" ")
    lower = first[:1].islower() or bool(re.search(r"-[a-zß-ÿ]+$", first))
    return rest if rest[:1].isupper() and lower and DESCRIPTOR.match(first) else name


def _without_place(name: str) -> str:
    """A name without the place it is in: "Scheldeland Hogeschool in Vlissingen"."""
    match = _AT_PLACE.match(name)
    return match.group("name") if match and bare_place(match.group("place")) else name


def _same(known: str, written: str) -> bool:
    """Whether `written` names a joiner already read: the same name, a run of its words ("ROC"
    of "ROC Aventus"), its initials ("Adrz" of "Admiraal De Ruyter Ziekenhuis", "WUAS" of
    "Waddenpoort University of Applied Sciences") or its first word and the initials of the
    rest ("Waddenpoort UAS")."""
    if f" {written.lower()} " in f" {known.lower()} ":
        return True
    first, _, rest = known.partition(" ")
    head, _, tail = written.partition(" ")
    shorts = {_initials(known), _initials(known, capitals=True)}
    if head == first and tail:  # "Waddenpoort UAS" of "Waddenpoort University of Applied Sciences"
        return tail.lower() in {_initials(rest).lower(), _initials(rest, capitals=True).lower()}
    return written.lower() in {short.lower() for short in shorts}


def _initials(name: str, capitals: bool = False) -> str:
    return "".join(
        w[0] for w in name.split() if w[:1].isalpha() and (w[0].isupper() or not capitals)
    )


def _opening(subject: str, written: str) -> str:
    """A name that opens the sentence (or follows its dateline) without a word that says what
    kind of business it is: that word is capitalised only for its place ("Haarlem, 16 maart –
    Adviesbureau Kern & Kader treedt toe": the bureau Kern & Kader)."""
    if re.search(rf"(?:^|[–—]\s*){re.escape(written)}$", subject.strip()):
        return without_descriptor(written)
    return written


def _read_leave(
    reading: JoinReading,
    sentence: Sentence,
    organisations: dict[str, str],
    coalitions: dict[str, str],
) -> None:
    for rule in LEAVE_RULES:
        match = rule.pattern.search(sentence.text)
        if match:
            groups = match.groupdict()
            text = groups.get("obj") or groups.get("subj") or ""
            names = subject_names(text, 1, at_end=groups.get("obj") is None)
            for written in names:
                reading.leavers.append((_named(written, organisations), sentence))
            after = sentence.text[match.end() :].strip()
            if names and reading.coalition is None and after and not ANAPHORA.match(after):
                # "X stapt uit Y": a release that only tells of a leave names the coalition here
                coalition = _coalition_name(after.rstrip("."), coalitions)
                if coalition is not None:
                    reading.coalition = (coalition, sentence)
            return
