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

from kg.ingest.dates import MONTH_NAMES
from kg.ingest.gazetteer import bare_place
from kg.ingest.items import list_names
from kg.ingest.lines import org_like
from kg.ingest.names import Name, is_person
from kg.ingest.ordinals import ordinals
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import name_run, split_last, without_place
from kg.ingest.tenses import will
from kg.ingest.words import DOTTED_END, TITLE

_MONTH = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
_DAY = (
    r"(?:maan|dins|woens|donder|vrij|zater|zon)dag"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
_MOMENT = (
    rf"(?:(?:afgelopen|vorige|deze|last|this)\s+)?(?:(?:{_DAY})(?:\s+\d{{1,2}}\s+(?:{_MONTH}))?"
    r"|week|maand|month)"
    rf"|\d{{1,2}}\s+(?:{_MONTH})(?:\s+\d{{4}})?|(?:{_MONTH})\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    rf"|(?:(?:begin|eind|half|medio|early|late|mid)[- ])?(?:{_MONTH})|kort|vandaag|today|nu|now"
)
NOW = re.compile(
    rf"\b(?:(?:sinds|vanaf|per|since|as of|from|on|op)\s+(?:{_MOMENT})"
    r"|vandaag|vanaf nu|voortaan|nu (?:ook|officieel)|today|from now on|now (?:also|officially))\b",
    re.IGNORECASE,
)
"""A moment just passed or now, from which the partnership holds."""

_PARTNERSHIP = re.compile(
    r"\b(?:als (?:[a-zß-ÿ]+ ){0,2}partners?\b|bij de partners|partners? (?:van|in|bij|of)"
    r"|(?:have|has) been (?:a |full )?partners?|as (?:a |an |its )?(?:[a-z]+ )?partners?\b"
    r"|(?<=\s)(?:officieel |ook |nu )*partner(?=[.!]?$))"
    r"|\bmee (?:met|in|aan|bij) |\bdoe[nt]\b(?:\s[^\s.,;:]+){0,4}?\s+mee\b(?! (?:aan|met|in) )",
    re.IGNORECASE,
)
"""The partnership the sentence tells; what follows "van", "in", "met", "aan" is its body."""

_NOT_NOW = re.compile(
    r"\b(?:niet|geen|nooit|nog|zal|zullen|gaat|gaan|wil|willen|kan|kunnen|moet|moeten|hoopt"
    r"|hopen|mogelijk|misschien|overweegt|gesprek|was|waren|tot|verlaat|verliet|stopt|stopte"
    r"|not|no|never|will|would|could|may|might|plans?|hopes?|intends?|expected|talks|was|were"
    r"|until|left|leaves|leaving|afscheid|vertrekt|vertrok|opgezegd)\b",
    re.IGNORECASE,
)
"""A negation, a plan, a modal verb or a past: no join now."""

_APPOSITION = re.compile(
    r",\s+(?:de|het|een|die|dat|waar|which|who|where|the|an?)\s[^,]*(?:,|(?=[.!?]?$))"
)
_HEADING = re.compile(r"(?:Tabel|Table|Figuur|Figure|Partners?)\b")
_BODY = re.compile(r"(?:van|in|bij|of|met|aan)\s+(?P<body>.+)$", re.IGNORECASE)
_OWN = re.compile(
    r"(?:de|het|the|onze|our|this|deze)\s+(?:coalitie|netwerk|alliantie|pact|platform"
    r"|samenwerkingsverband|coalition|network|alliance|partnership)\b",
    re.IGNORECASE,
)
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
_ORDERED = re.compile(
    r"\b(?:its|haar|zijn|their|hun)\s+(?P<order>\S+)\s+(?:new\s+|nieuwe\s+)?partner\s*:\s+"
    r"(?P<name>.+)$"
)


def now_partners(text: str, coalition: str) -> list[str]:
    """The organisations a sentence says are partners of `coalition` from now or a moment
    just passed, or [].

    >>> now_partners("Sinds maandag werkt ook de Stichting Hulpdienst Weert als partner mee.", "Y")
    ['Stichting Hulpdienst Weert']
    >>> now_partners("Energieloket Groene Hart doet nu ook mee met de coalitie.", "Y")
    ['Energieloket Groene Hart']
    >>> now_partners("Vanaf vandaag is Bibliotheek X ook partner van het Taalakkoord.", "Y")
    []
    >>> now_partners("On Tuesday the alliance signed up its ninth partner: Stichting Z.", "Y")
    ['Stichting Z']
    """
    if not NOW.search(text):
        return []
    text = _LEAD.sub("", _DATELINE.sub("", text.strip()))
    plain = _APPOSITION.sub(" ", text)  # "X, de coalitie die ... wil maken,": no plan of X's
    if _NOT_NOW.search(plain) or text.rstrip().endswith(":") or _HEADING.match(text):
        return []  # "Partners van Y per 1 mei 2026:", "Tabel 3.1 Partners van de coalitie"
    ordered = _ORDERED.search(text)
    if ordered and ordinals(ordered.group(0)) and NOW.search(text[: ordered.start()]):
        return _names([name_run(ordered.group("name").split(",")[0], False)], coalition)
    now = NOW.search(text)
    clause, told = _clause(text, coalition)
    if now is None or not clause:
        return []
    verb = ""
    if clause.startswith(now.group(0)):  # "Sinds maandag werkt ook X", "Since 1 December, A"
        cut = len(now.group(0))
        inverted = None if clause[cut:].startswith(",") else _WORD.match(clause, cut)
        verb, cut = (inverted.group(1), inverted.end()) if inverted else ("", cut + 1)
        told -= cut
        clause = clause[cut:]
        told -= len(clause) - len(clause := _ARTICLE.sub("", clause.lstrip()))
    subject = clause[:told]  # the subject stands before the partnership it tells
    run = _APPOSED.split(name_run(subject, False))[0]  # "NexaLearn B.V., the Eindhoven-based"
    end = subject.find(run) + len(run) if run else 0
    after = _VERB.search(clause) or _WORD.search(subject, end)
    verb = verb or (after.group(0).strip() if after else "")
    if _PLURAL.fullmatch(verb):  # "A, B en C roeren mee", "A and B have been partners"
        names = list_names(subject[: after.start()] if after else subject)
        pieces = names if len(names) > 1 else split_last(run)
        names = pieces if all(map(org_like, pieces)) else [run]
    else:  # one: "Stichting Welzijn, Wonen en Zorg X maakt deel uit", "Stichting A en B is"
        names = [run]
    clause = subject
    named = name_run(text, False)  # "X heeft vandaag getekend: de vereniging hoort vanaf nu
    pointing = re.match(r"(?:de|het|the)\s+([a-zß-ÿ]+)\b", clause)  # bij de partners van Y"
    if not names[0] and pointing and pointing.group(1) in named.lower():
        names = [named]
    return _names(names, coalition)


def _clause(text: str, coalition: str) -> tuple[str, int]:
    """The clause (after a colon, if any) that tells the partnership with the coalition, or
    with no other body, and where that partnership starts in it; or a clause where nothing but
    adverbs and particles stand between its subject's name and "bij <coalition>" ("X meert
    vandaag aan bij Y"). ("", 0) where none does."""
    for clause in reversed(re.split(r"[:;]\s+", text)):
        told = _PARTNERSHIP.search(clause)
        if told and _own(clause[told.end() - 4 :], coalition):  # "doet ook X mee": X before
            return clause, told.end() - 3 if told.group().lower().startswith(
                "doe"
            ) else told.start()
        at = re.search(rf"\s(?:bij|tot|to)\s+(?:de |het |the )?{re.escape(coalition)}", clause)
        run = name_run(clause, False) if at else ""
        start = clause.find(run) if run else -1
        between = clause[start + len(run) : at.start()] if at and 0 <= start < 5 else "?"
        if at and not re.search(r"[^\sa-zß-ÿ]|\b(?:een|de|het|a|an|the|haar|zijn|its)\b", between):
            return clause, at.start()
    return "", 0


def _own(after: str, coalition: str) -> bool:
    """Whether the body the partnership names after it is the coalition, or none is named."""
    body = _BODY.search(after)
    if not body:
        return True
    named = body.group("body").strip(" .!")
    if _OWN.match(named):
        return True
    first = re.sub(r"^(?:de|het|the)\s+", "", named)
    if not first[:1].isupper():
        return False  # "mee aan tafel bij Y", "partner in de wijk": no body of ours
    return first.lower().startswith(coalition.lower()[:12])


def _stripped(name: str) -> str:
    name = name.strip(" ,;:'‘’\"“”")
    return name if DOTTED_END.search(name) else name.rstrip(".")


def _names(names: list[str], coalition: str) -> list[str]:
    return [
        name
        for name in (without_place(_stripped(n)) for n in names)  # "X in Goes": X
        if name
        and name.lower() != coalition.lower()
        and not coalition.lower().startswith(name.lower())
        and org_like(name)
        and not (name.isupper() and len(name.split()) > 3)  # a headline in capitals
        and not _HEADING.match(name)
        and not re.search(rf"^\d|\b{TITLE}\.", name)  # "21 April, Dr. Annelies Verbrugge"
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
    for sentence in sentences:
        names = [] if sentence.start in told else now_partners(sentence.text, coalition[0].written)
        names = [n for n in names if not is_person(n, text)]  # "• Lieke Terlouw – medeoprichter"
        orders = ordinals(sentence.text) if len(names) == 1 else []
        if names:
            ahead = will(
                sentence.text
            )  # "het worden er binnenkort tien: per 1 april doet ook X mee"
            found.append((sentence, names, orders[0] if len(orders) == 1 else None, ahead))
    return found
