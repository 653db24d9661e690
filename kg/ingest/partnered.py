"""A join told by when and by the partnership, whatever its verb.

The rules of `phrases`, `moreforms` and `newsforms` know a join by its verb ("sluit zich aan",
"treedt toe"). Releases keep finding other verbs and images ("draagt als partner mee aan Y",
"hoort vanaf nu bij de partners van Y", "Since 1 December, A, B and C have been partners in the
pact"). What such sentences share is not a verb but three things: a moment that has just
passed or is now (vandaag, sinds maandag, vanaf afgelopen dinsdag, as of today), the
partnership itself (als partner, partners in, bij de partners van, mee met de coalitie) of the
text's own coalition, and organisations in the subject. This module reads that shape, for the
sentences no verb rule read; negations, plans, modal verbs and the past are no joins.
"""

from __future__ import annotations

import re

from kg.ingest.dates import MONTH_WORD
from kg.ingest.fuller import kind_before
from kg.ingest.gazetteer import bare_place
from kg.ingest.items import list_names
from kg.ingest.lines import org_like
from kg.ingest.names import Name, is_person
from kg.ingest.ordinals import NTH_WORD, ordinals
from kg.ingest.rules import read_count
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import name_run, split_last, without_place
from kg.ingest.tenses import will
from kg.ingest.words import BODY_WORDS, CONTEST, DOTTED_END, ROLES, TITLE

DAY = (
    r"(?:maan|dins|woens|donder|vrij|zater|zon)dag"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
_MOMENT = (
    rf"(?:(?:afgelopen|vorige|deze|last|this)\s+)?(?:(?:{DAY})(?:\s+\d{{1,2}}\s+(?:{MONTH_WORD}))?"
    r"|week|maand|month)"
    rf"|\d{{1,2}}\s+(?:{MONTH_WORD})(?:\s+\d{{4}})?|(?:{MONTH_WORD})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|(?:(?:begin|eind|half|medio|early|late|mid)[- ])?(?:{MONTH_WORD})|kort|vandaag|today|nu|now"
)
NOW = re.compile(
    r"\b(?:from now on|vanaf nu|voortaan|nu (?:ook|officieel)|now (?:also|officially)"
    rf"|(?:sinds|vanaf|per|since|as of|from|on|op)\s+(?:{_MOMENT})|vandaag|today)\b",
    re.IGNORECASE,
)
"""A moment just passed or now, from which the partnership holds."""

_PARTNERSHIP = re.compile(
    r"\b(?:als (?:[a-zß-ÿ]+ ){0,2}partners?\b|bij de partners"
    r"|(?:(?<=\bvan de )|(?<=\bof the )|(?<=\bbij de )|(?<!\bde )(?<!\bthe ))(?<!-)partners?"
    r" (?:van|in|bij|of)"
    r"|(?:have|has) been (?:a |full )?partners?"
    r"|as (?:a |an |its |our |the )?(?:\w+['’]s )?(?:(?:two|three|four|five) )?"
    r"(?:new |newest |latest |full )?partners?\b"
    r"|(?<=\s)(?:officieel |ook |nu )*partner(?=[.!]?$))"
    r"|\bmee (?:met|in|aan|bij) |\bdoe[nt]\b(?:\s[^\s.,;:]+){0,4}?\s+mee\b(?! (?:aan|met|in) )"
    r"|\b(?:hoort|horen|behoort|behoren)\b(?:\s[^\s.,;:]+){0,8}?\s+(?P<at>bij)\b(?! de partners)"
    r"|\b(?:deelnemers?|participants?|onderdeel|(?:a |the )?part) (?:van|in|aan|of)\b"
    r"|\b(?:belongs?|belonged) to\b"
    r"|\b(?:op|in|on) (?:de|the) (?:partnerlijst|lijst van partners|partner list|list of partners)"
    r" (?:van|of)\b",
    re.IGNORECASE,
)
"""The partnership the sentence tells, or the membership ("hoort bij", "deelnemer in", "op de
partnerlijst van"); what follows "van", "in", "met", "aan", "bij" is its body."""

_NOT_NOW = re.compile(
    r"\b(?:niet|geen|nooit|nog|zal|zullen|gaat|gaan|wil|willen|kan|kunnen|moet|moeten|hoopt"
    r"|hopen|mogelijk|misschien|overweegt|gesprek|was|waren|tot|verlaat|verliet|stopt|stopte"
    r"|not|no|never|will|would|could|may|might|plans?|hopes?|intends?|expected|talks|were"
    r"|until|left|leaves|leaving|afscheid|vertrekt|vertrok|opgezegd|zou|zouden|should|graag"
    r"|terug|beëindigt|beëindigd|blijft|blijven|remains?|stays?|rol|role|praat|praten|over een"
    r"|al jaren|al lang|jarenlang|already|for years|oud-partner|former|beide partners|beiden"
    rf"|both partners|aanwezig|present|{CONTEST})\b",
    re.IGNORECASE,
)
"""A negation, a plan, a modal verb or a past: no join now."""

_APPOSITION = re.compile(
    r",\s+(?:de|het|een|die|dat|waar|which|who|where|the|an?)\s[^,]*(?:,|(?=[.!?]?$))"
)
_HEADING = re.compile(r"(?:Tabel|Table|Figuur|Figure|Partners?)\b")
_BODY_WORD = BODY_WORDS  # what a partnership's body is called
_PLACED = re.compile(
    rf"\b(?:als|as) (?:(?:de|het|the) )?(?:{NTH_WORD}|(?:number|nummer|nr\.?) \w+)\b"
    rf"(?! (?:van|of|among|onder|uit) )(?=[^.;]*\b(?:{_BODY_WORD}|partnerlijst|partners)\b)",
    re.IGNORECASE,
)
"""A stated place among the partners, a word of the partnership after it."""
_NOT_A_NAME = re.compile(
    r"(?:last|this|next|afgelopen|vorige|deze|vandaag|today|dankzij|door|met|namens|is|does|do"
    rf"|heeft|wordt|{DAY}|{MONTH_WORD})\b|{ROLES.pattern}",
    re.IGNORECASE,
)  # a time, a preposition, a question's verb or a role before a name: "Last Thursday we ..."
_AFTER = re.compile(
    r"\s*(?:van|in|bij|of|met|aan|mee|toe|ingeschreven|vermeld|erbij|deel|uit|en|and|sinds|since"
    r"|per|vanaf|from|as|als|officieel|officially|nu|now|ook|too|to|geworden|become)\b|\s*(?:[.!]|$)",
    re.IGNORECASE,
)  # what may follow the partnership: its body, a particle, a moment; not "op de markt", ", opens"
_DASHED = re.compile(r"\s[–—]\s.*?\s[–—]\s")  # "X – the association I've led – is"
_COPULA = re.compile(r"\b(?:is|zijn|wordt|worden|werd|werden|are|became|becomes)\b", re.IGNORECASE)
_EVENT = re.compile(
    r"(?i)(?:dag|day|week|festival|markt|cursus|course|workshop|prijs|award|caf[eé]|spreekuur)$"
    r"|(?i:caf[eé]|spreekuur|inloop) van "
)  # an event or an activity: "de Digitale Doe-Dag", "het Digicafé van Bibliotheek X"
_BODY = re.compile(r"(?:van|in|bij|of|met|aan)\s+(?P<body>.+)$", re.IGNORECASE)
_OWN = re.compile(rf"\b(?:de|het|the|onze|our|this|deze)\s+(?:{_BODY_WORD})\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[^.]{3,60}?\b\d{4}\s*[–—-]\s+")
_LEAD = re.compile(
    r"^[-–•*'‘\"“\s]*(?:(?:Ja|Nee|Yes|Well|Nou|Dus|So),\s+)?"
    r"(?:(?:En|Ook|And|Also|Daarnaast|Verder|Bovendien)\s+)?",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"\s(?:have|has|had|is|are|became|joined|zijn|werd|werden|wordt|worden|werkt|werken|doet"
    r"|doen|draagt|dragen|draait|draaien|hoort|horen|zit|zitten|staat|staan|heeft|hebben)\b"
)
_APPOSED = re.compile(r",\s+(?:the|de|het|an?|een|die|dat|which|who)\b")
_WORD = re.compile(r"\s*([a-zß-ÿ]+)\b")
_PLURAL = re.compile(r"zijn|hebben|worden|werden|are|have|were|[a-zß-ÿ]{2,}en")
_ARTICLE = re.compile(r"^(?:(?:ook|also|de|het|the|nu)\s+)+")
_AS_PARTNERS = re.compile(r"(?i)\b(?:as|als) (?:the |de |our |onze )?(?:[\w-]+ ){0,3}partners\b")
_ORDERED = re.compile(
    r"\b(?:its|haar|zijn|their|hun)\s+(?P<order>\S+)\s+(?:new\s+|nieuwe\s+)?partner\s*:\s+"
    r"(?P<name>.+)$"
)


def now_partners(text: str, coalition: str, known: frozenset[str] = frozenset()) -> list[str]:
    """The organisations a sentence says are partners of `coalition` from now or a moment
    just passed, or []; `known` are short names the text also writes after their kind.

    >>> now_partners("Sinds maandag werkt ook de Stichting Hulpdienst Weert als partner mee.", "Y")
    ['Stichting Hulpdienst Weert']
    >>> now_partners("Energieloket Groene Hart doet nu ook mee met de coalitie.", "Y")
    ['Energieloket Groene Hart']
    >>> now_partners("Vanaf vandaag is Bibliotheek X ook partner van het Taalakkoord.", "Y")
    []
    >>> now_partners("On Tuesday the alliance signed up its ninth partner: Stichting Z.", "Y")
    ['Stichting Z']
    """
    if not NOW.search(text) and not _PLACED.search(text):
        return []
    text = _LEAD.sub("", _DATELINE.sub("", text.strip()))
    plain = _APPOSITION.sub(" ", text)  # "X, de coalitie die ... wil maken,": no plan of X's
    if _NOT_NOW.search(plain) or text.rstrip().endswith((":", "?")) or _HEADING.match(text):
        return []  # "Partners van Y per 1 mei 2026:", "Tabel 3.1 Partners van de coalitie"
    ordered = _ORDERED.search(text)
    by = text[: ordered.start()] if ordered else ""  # "the alliance signed up its ninth partner:
    ours = bool(_OWN.search(by)) or coalition.lower() in by.lower()  # X", not a festival's
    if ordered and ordinals(ordered.group(0)) and NOW.search(by) and ours:
        return _names([name_run(ordered.group("name").split(",")[0], False)], coalition)
    now, placed = NOW.search(text), _PLACED.search(text)  # "Sinds 1 maart zit X als twaalfde in
    clause, told = _clause(text, coalition)  # de til van dat samenwerkingsverband", "X signed on
    if placed and not clause:  # as number seven, bringing the coalition to seven partners"
        clause, told = text, placed.start()
    if not clause or (now is None and placed is None):
        return []
    verb = ""
    if now is not None and clause.startswith(
        now.group(0)
    ):  # "Sinds maandag werkt ook X", "Since 1 December, A"
        cut = len(now.group(0))
        inverted = None if clause[cut:].startswith(",") else _WORD.match(clause, cut)
        verb, cut = (inverted.group(1), inverted.end()) if inverted else ("", cut + 1)
        told -= cut
        clause = clause[cut:]
        told -= len(clause) - len(clause := _ARTICLE.sub("", clause.lstrip()))
    subject = clause[:told]  # the subject stands before the partnership it tells
    run = _APPOSED.split(name_run(subject, False))[0]  # "NexaLearn B.V., the Eindhoven-based"
    end = subject.find(run) + len(run) if run else 0

    moment = now.group(0) if now is not None else ""
    at = subject.find(moment) if moment else -1  # "A en B uit Bolsward springen vanaf nu met
    told_by = re.search(r"\s([a-zß-ÿ]{3,})\s+$", subject[:at]) if at > end else None  # ons
    aside = [m.span() for m in _APPOSITION.finditer(clause)]  # "A, die ... doet, en B": not A's
    said = next(
        (m for m in _VERB.finditer(clause) if not any(a <= m.start() < b for a, b in aside)), None
    )
    after = said or told_by or _WORD.search(subject, end)  # mee": the verb before the moment
    verb = verb or (after.group(0).strip() if after else "")
    between = _DASHED.sub(" ", _APPOSITION.sub(" ", subject[end:]))  # not its aside
    listed = re.match(r"\s*(?:,|and|en|&)\s", between) or re.search(r"\s(?:and|en)\s", run)
    plural = bool(_PLURAL.fullmatch(verb) or (listed and _AS_PARTNERS.search(text)))  # "A and B
    if run and not plural and re.search(r"\s[A-Z][\w&'’-]+", between):  # walked out as the two
        # newest partners"
        return []  # "the League welcomed Rabobank as a new partner": the partner is the object
    if plural:  # "A, B en C roeren mee", "A and B have been partners"
        names = list_names(subject[: after.start()] if after else subject)
        pieces = names if len(names) > 1 else split_last(run)  # a plural verb: two or more,
        names = pieces if len(pieces) > 1 or all(map(org_like, pieces)) else [run]  # "A en B"
    else:  # one: "Stichting Welzijn, Wonen en Zorg X maakt deel uit", "Stichting A en B is"
        names = [run]
    clause = subject
    named = name_run(text, False)  # "X heeft vandaag getekend: de vereniging hoort vanaf nu
    pointing = re.match(r"(?:de|het|the)\s+([a-zß-ÿ]+)\b", clause)  # bij de partners van Y"
    if not names[0] and pointing and pointing.group(1) in named.lower():
        names = [named]
    counted = read_count(subject.split(" ", 1)[0]) if subject.strip() else None
    head, _, tail = text.partition(": ")  # the list after the partnership's colon
    tail = tail if subject.strip() and subject.strip() in head else ""
    if counted and tail and not any(map(org_like, names)):  # "Drie organisaties ... werken
        names = list_names(tail)  # sinds 1 november mee in Y: A, B en C"
        names = names if len(names) == counted else []
    return _names(names, coalition, known)


def _clause(text: str, coalition: str) -> tuple[str, int]:
    """The clause (after a colon, if any) that tells the partnership with the coalition, or
    with no other body, and where that partnership starts in it; ("", 0) where none does."""
    for clause in reversed(re.split(r"[:;]\s+", text)):
        told = _PARTNERSHIP.search(clause)
        if told is None:
            continue
        said = told.group().lower()
        ends = said.split()[-1] in ("van", "in", "bij", "of", "met", "aan")  # "partner van" + its
        ends = ends or bool(_AFTER.match(clause, told.end()))  # body, or what may follow
        bare = not said.startswith(("als", "as")) and said.strip().endswith("partner")
        if bare and told.end() >= len(clause.rstrip(" .!")) and not _COPULA.search(clause):
            continue  # "X is partner", not "FC Twente introduces its third partner: Grolsch"
        doing = said.startswith("doe")  # "doet mee" of the partnership, not of the Week van de
        if doing and not re.search(rf"(?i)partner|{_OWN.pattern}|{re.escape(coalition)}", text):
            continue  # Mediawijsheid
        at = told.start("at") if told.group("at") else told.start()  # "hoort X bij": X's end
        if ends and _own(clause[told.end() - 4 :], coalition):  # not "staat als partner
            return clause, told.end() - 3 if doing else at  # op de markt"; "doet ook X mee":
    return "", 0  # X stands before "mee"


def _own(after: str, coalition: str) -> bool:
    """Whether the body the partnership names after it is the coalition, or none is named."""
    body = _BODY.search(after)
    if not body:
        return True
    named = body.group("body").strip(" .!")
    own = _OWN.match(named)
    if own and re.match(r"\s+[A-Z]", named[own.end() :]):  # "het Platform Wonen Drenthe": a
        own = None  # name of its own, ours only where it is the coalition's (below)
    if own:  # "de coalitie", not "de coalitie van het Techniekpact"
        other = re.match(
            r"\s+(?:van|of|voor|for)\s+(?:de |het |the )?(?P<name>\S+)", named[own.end() :]
        )  # "het netwerk van taalvrijwilligers", "de coalitie van het Techniekpact"
        return not other or coalition.lower().startswith(other.group("name").lower())
    first = re.sub(r"^(?:de|het|the)\s+", "", named)
    if not first[:1].isupper():
        return False  # "mee aan tafel bij Y", "partner in de wijk": no body of ours
    theirs, ours = _words(name_run(first, False)), _words(coalition)
    return bool(theirs) and theirs[: len(ours)] == ours[: len(theirs)]  # "Digitaal Sterk", not
    # "Digitaal Sterk Overijssel" for "Digitaal Sterk Salland"


def _words(name: str) -> list[str]:
    """A body's name in lowercase words, without its article and body word ("Coalitie")."""
    return re.sub(rf"(?i)^(?:(?:de|het|the)\s+)?(?:{_BODY_WORD})\s+", "", name).lower().split()


def _stripped(name: str) -> str:
    name = name.strip(" ,;:'‘’\"“”")
    return name if DOTTED_END.search(name) else name.rstrip(".")


def _names(names: list[str], coalition: str, known: frozenset[str] = frozenset()) -> list[str]:
    several = len(names) > 1  # "Stichting Leergeld and Humanitas are": each one
    return [
        name
        for name in (without_place(_stripped(n)) for n in names)  # "X in Goes": X
        if name
        and name.lower() != coalition.lower()
        and not coalition.lower().startswith(name.lower())
        and (
            org_like(name)
            or (several and name[:1].isupper() and " " not in name)
            or name in known  # "De Vier Winden" of "Kaasboerderij De Vier Winden"
        )
        and not (name.isupper() and len(name.split()) > 3)  # a headline in capitals
        and not _HEADING.match(name)
        and not re.search(rf"^\d|\b{TITLE}\.", name)  # "21 April, Dr. Annelies Verbrugge"
        and not _NOT_A_NAME.match(name)  # "Last Thursday we signed", "Wethouder Fatima el Amrani"
        and not _EVENT.search(name)  # "de Digitale Doe-Dag doet mee": an event
        and bare_place(name) is None
    ]


def now_joins(
    sentences: list[Sentence], told: set[int], coalition: tuple[Name, Sentence] | None
) -> list[tuple[Sentence, list[str], int | None, bool]]:
    """The joins `now_partners` reads in the sentences no rule read (starts in `told`), each
    with the order the sentence states where it names one joiner and one order, and whether
    words of the future say it is to come (the release's date decides where they do not:
    `Calendar.future`)."""
    if coalition is None:
        return []
    found = []
    text = "\n".join(sentence.text for sentence in sentences)
    known = frozenset(kind_before(text))
    for sentence in sentences:
        said = sentence.text
        names = [] if sentence.start in told else now_partners(said, coalition[0].written, known)
        names = [n for n in names if not is_person(n, text)]  # "• Lieke Terlouw – medeoprichter"
        orders = ordinals(sentence.text) if len(names) == 1 else []
        if names:
            ahead = will(
                sentence.text
            )  # "het worden er binnenkort tien: per 1 april doet ook X mee"
            found.append((sentence, names, orders[0] if len(orders) == 1 else None, ahead))
    return found
