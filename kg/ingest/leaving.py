"""Phrase tables for partners that leave and coalitions that change their name: data to
extend, like `phrases`. `LEAVE_RULES` read a leaver (`subj` or `obj`), `RENAME_RULES` a
coalition's former and new name (`subj`, `new`), `FORMER_RULES` a former name alone (`old`,
the coalition being the one the text is about: "X, dat tot vorig jaar Y heette").

>>> bool(FORMER_RULES[3].pattern.search("X, dat tot begin dit jaar Digihulp Y heette, helpt"))
True
"""

from __future__ import annotations

import re

from kg.ingest.coalitions import coalition_name, named
from kg.ingest.lexicon import lookup
from kg.ingest.names import Name, without_descriptor
from kg.ingest.phrases import phrase
from kg.ingest.pointers import antecedent, named_in
from kg.ingest.prefilter import RuleTable
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.subjects import name_run, no_organisation, subject_names, without_place
from kg.ingest.words import ANAPHORA, BODY_WORDS

__all__ = ["FORMER_RULES", "LEAVE_RULES", "RENAME_RULES", "leaver", "read_leave", "unquoted"]

_FEW = r"(?:(?!(?:en|and|met|with|its|their|haar|zijn|hun)\b)[a-zß-ÿ0-9][\w'’/-]* ){0,4}?"
"""At most four words between a verb and what it ends: "gestopt (per 1 maart) als", not a
clause ("is gestopt met de cursus en is nu als partner aangesloten")."""

_BODY = rf"(?:de|het|the|ons|onze|our) (?:{BODY_WORDS})\b"  # the coalition by its kind
LEAVE_RULES: RuleTable[Rule] = RuleTable(
    phrase(
        "(Per 30 juni) nam X afscheid van de coalitie / X heeft afscheid genomen van het netwerk",
        rf"(?:\b(?:nam|namen|neemt|nemen) (?P<obj>[{UPPER}][^,;:]{{0,100}}?) "
        r"|{S} (?:heeft|hebben) {A})afscheid (?:genomen )?van (?:de|het|onze|ons) "
        r"(?:coalitie|netwerk|alliantie|pact"
        r"|platform|samenwerking\w*|coalition|network)\b",
    ),
    phrase(
        "Y neemt afscheid van X",
        r"\bneemt (?:de \w+ |het \w+ )?afscheid van {O}(?:[,.;]|$| die | dat )",
    ),
    phrase("X stapt(e) (per 1 juli) uit Y", r"{S} (?:stapt|stappen|stapte|stapten) {A}uit\b"),
    phrase("X verlaat / verliet Y", r"{S} (?:verlaat|verlaten|verliet|verlieten) {A}(?:de|het) "),
    phrase(
        "Daarmee verlaat de club (ook) de coalitie",
        r"\b(?:[Dd]aarmee|[Dd]aardoor|[Dd]us|[Zz]o|[Nn]u|[Dd]an) (?:verlaat|verliet) "
        r"(?P<subj>(?:de|het) [a-z]\w+) (?:ook |dus |daarmee )*(?:de|het) (?:coalitie|netwerk"
        r"|alliantie|samenwerking\w*)\b",
    ),
    phrase("X treedt (per 1 juli) uit Y", r"{S} (?:treedt|treden|trad|traden) {A}uit\b"),
    phrase(
        "X stopt (met ingang van 1 juli) als partner",
        r"{S} (?:stopt|stoppen|stopte|stopten) {A}als (?:partner|lid|deelnemer)\b",
    ),
    phrase(
        "X is (per 1 maart) gestopt als partner / X stopped as a partner (not after 'terwijl')",
        r"(?:^|(?<=\bterwijl )|(?<=\bnadat )|(?<=\bmaar )|(?<=\bwhile )|(?<=\bafter )"
        r"|(?<=\bbut )|(?<=; ))(?P<subj>(?:(?!\b(?:terwijl|nadat|maar|omdat|want|while|after|but"
        r"|because)\b)[^;])+?) "
        rf"(?P<verb>(?:is|zijn) {_FEW}gestopt|(?:has |have )?stopped|stops) {_FEW}(?:als|as) "
        r"(?:an? )?(?:partner|lid|deelnemer|member)\b",
    ),
    phrase(
        "Na twaalf jaar is X gestopt als partner (X right after the verb, within its clause)",
        r"\b(?P<verb>is|zijn) (?P<obj>[A-Z](?:(?!\b(?:is|zijn|was|heeft|aangesloten|toegetreden"
        rf"|partner)\b)[^,;:]){{0,80}}?) {_FEW}gestopt als (?:partner|lid|deelnemer)\b",
    ),
    phrase("stopt X als partner", r"\b(?:stopt|stoppen) {O} als (?:partner|lid|deelnemer)\b"),
    phrase(
        "X heeft haar deelname beëindigd / besloten de samenwerking te beëindigen",
        r"{S} (?:heeft|hebben) {A}(?:haar|zijn|hun|de) (?:deelname|samenwerking|partnerschap|"
        r"lidmaatschap) (?:[^.;]{0,60} )?(?:beëindigd|opgezegd|te beëindigen|op te zeggen)\b",
    ),
    phrase(
        "(Per 1 december) heeft X haar deelname beëindigd",
        r"\b(?:heeft|hebben) (?P<obj>[" + UPPER + r"][^,;:]{0,100}?) (?:haar|zijn|hun) (?:deelname|"
        r"samenwerking|partnerschap|lidmaatschap) (?:[^.;]{0,60} )?(?:beëindigd|opgezegd)\b",
    ),
    phrase(
        "X is (per 1 november) uit de alliantie gestapt",
        r"{S} (?:is|zijn) {A}uit (?:de|het) "
        r"\w+ (?:gestapt|getreden|vertrokken)\b",
    ),
    phrase(
        "(Eerder deze maand) nam de alliantie afscheid van X / Afscheid nemen we van X",
        r"\b(?:nam|namen|nemen|neemt)\b(?: [\w’']+){0,3}? afscheid van {O}"
        r"(?:[,.;]|$| die | dat | uit )",
    ),
    phrase(
        "X left the pact (not 'no one is left behind', 'X joined; the mayor left')",
        r"(?:^|(?<=; ))(?P<subj>[^;]+?(?:\b[A-Z][\w.'’&-]*|\w\+|[,)]|\band)) "  # a name (also
        # "Digihulp X 50+"), an aside's
        r"(?:has left|left|leaves|is leaving)"  # end or "and" before it: not "the mayor left"
        r"(?! behind| over| out\b| alone) (?:the )?",
    ),
    phrase("said goodbye to X", r"\b(?:said|says) goodbye to {O}(?:[,.;]|$)"),
    phrase("X haakte (dit voorjaar) af", r"{S} (?:haakt|haken|haakte|haakten) {A}af\b"),
    phrase(
        "X heeft zich (per 1 juli) teruggetrokken / trok zich terug",
        r"{S} (?:(?:heeft|hebben) zich {A}teruggetrokken|(?:trekt|trekken|trok|trokken) zich "
        r"{A}terug)\b",
    ),
    phrase(
        "X withdrew / has stepped back from the coalition",
        r"{S} (?:withdrew|has withdrawn|withdraws|(?:has )?stepped back|steps back)\b",
    ),
    phrase(
        "X, one of the founders, formally stepped down / X heeft het partnerschap opgezegd",
        r"{S} (?:(?:has )?(?:\w+ )?stepped down|steps down|(?:heeft|hebben) (?:het|zijn|haar|hun) "
        r"(?:partnerschap|lidmaatschap|deelname) {A}opgezegd)\b",
    ),
    phrase(
        "In april stapte (thuiszorgorganisatie) X uit het netwerk",
        rf"\b(?:stapt|stappen|stapte|stapten|treedt|treden|trad|traden) {{A}}"
        rf"(?P<obj>[{UPPER}][^,;:]{{0,100}}?) {{A}}uit (?:de|het|onze|ons)\b",
    ),
    phrase("X was tot 2025 partner", r"{S} (?:was|waren) {A}tot \d{4} (?:partner|lid|deelnemer)\b"),
    phrase(
        "Afscheid nemen we van X",
        r"\b[Aa]fscheid (?:nemen|namen|neemt|nam) (?:we|wij|zij|ze) van {O}"
        r"(?:[,.;:(]|$| die | dat )",
    ),
    phrase(
        "X heeft de coalitie (in de zomer) verlaten",
        r"{S} (?:heeft|hebben) {A}(?:de|het|onze|ons) (?:\w+ )?{A}verlaten\b",
    ),
    phrase(
        "... van X, dat het netwerk op dezelfde datum heeft verlaten (which left the alliance)",
        rf"^(?P<subj>.+?), (?:dat|die) (?:{_BODY}|[{UPPER}][^,;]*?) (?:[\w'’-]+ ){{0,4}}?"
        r"(?:heeft|hebben) verlaten\b",
    ),
    phrase(
        "We miss X, which left the alliance in August",
        rf"^(?P<subj>.+?), (?:which|who) (?:\w+ ){{0,2}}?(?:left|withdrew from) "
        rf"(?:{_BODY}|[{UPPER}])",
    ),
    phrase(
        "X is (vorig jaar weer) uitgestapt / uitgetreden",
        r"{S} (?:is|zijn) {A}(?:uitgestapt|uitgetreden)\b",
    ),
    phrase(
        "(Bram meldt) dat X per 1 januari uittreedt / uitstapt / opzegt",
        r"\b(?:dat|that) (?P<subj>[A-Z](?:(?!\b(?:niet|nooit|geen)\b)[^,;:]){1,100}?) "
        r"(?:(?!(?:niet|nooit|geen)\b)[a-z0-9][\w'’-]* ){0,8}?"  # not "dat X niet uittreedt"
        r"(?:uittreedt|uittreden|uitstapt|uitstappen|opzegt|opzeggen)\b(?! als\b)",
    ),
    phrase("X is geen partner meer", r"{S} (?:is|zijn) {A}geen (?:partner|lid|deelnemer) meer\b"),
    phrase(
        "(Maar) die laatste / X is (vorig jaar) opgeheven: a member that is no more",
        r"{S} (?:is|zijn) {A}opgeheven\b",
    ),
    phrase(
        "X is (per 1 januari) gestopt / (dat X) uit het akkoord is gestapt / is eruit gestapt",
        r"{S} (?:(?:is|zijn) {A}(?:gestopt(?=[,.;]| en | omdat | toen | na )|eruit gestapt)"
        r"|{A}uit (?:de|het) \w+ (?:is|zijn) (?:gestapt|getreden|vertrokken))",
    ),
    phrase(
        "X stepped out of / dropped out of / stopped being a partner / ended its membership",
        r"{S} (?:stepped out|dropped out|stopped being a (?:partner|member)|ended its (?:membership"
        r"|partnership))\b",
    ),
    phrase("X maakt geen deel meer uit van Y", r"{S} (?:maakt|maken) {A}geen deel meer uit\b"),
)

RENAME_RULES: RuleTable[Rule] = RuleTable(
    phrase(
        "X gaat (per 1 mei) verder als Y",
        r"{S} (?:gaat|gaan) {A}verder (?:als|onder de naam) (?P<new>.+)",
    ),
    phrase(
        "Op 1 januari gaat X verder onder een nieuwe naam: Y",
        r"\b(?:[Gg]aat|[Gg]aan|[Gg]ing|[Gg]ingen) (?P<subj>[" + UPPER + r"][^,;:]+?) {A}verder "
        rf"(?:als|onder (?:de|een) (?:\w+ )?naam:?) (?P<new>[{UPPER}].+)",
    ),
    phrase(
        "(Sinds juni) gaat het netwerk verder onder de kortere naam Y",
        r"(?P<subj>)\b(?:gaat|gaan) (?:het|de|ons|onze) (?:netwerk|coalitie|samenwerkingsverband"
        rf"|alliantie|platform) {{A}}verder (?:als|onder de (?:\w+ )?naam) (?P<new>[{UPPER}].+)",
    ),
    phrase(
        "Since June we have been Y / Sinds juni heten we Y",
        r"(?P<subj>)(?:\b[Ss]ince \w+(?: \d{4})?,? we(?:'ve| have) been|\b(?:heten|heet) (?:we|wij)"
        rf" (?:nu |sinds \w+ |voortaan )*)(?: called)? (?P<new>[{UPPER}].+)",
    ),
    phrase(
        "(Sinds 1 november) heet het netwerk daarom Y",
        r"(?P<subj>)\b(?:heet|heten) (?:het|de|ons|onze) (?:netwerk|coalitie|samenwerkingsverband"
        rf"|alliantie|platform) (?:daarom |voortaan |nu |dus )+(?P<new>[{UPPER}].+)",
    ),
    phrase(
        "X heet (sinds 1 mei) voortaan Y",
        r"{S} (?:heet|heten) {A}(?:voortaan|vanaf nu|nu) (?P<new>.+)",
    ),
    phrase(
        "Wat (in 2021) begon als 'X' heet sinds vorig najaar / vanaf vandaag Y",
        rf"\b[Ww]at (?:in \d{{4}} )?(?:begon|startte) als (?P<subj>.+?) heet {{A}}"
        rf"(?:vanaf (?:vandaag|nu) |sinds \w+ )?(?P<new>[{UPPER}].+)",
    ),
    phrase("X wordt omgedoopt tot Y", r"{S} (?:wordt|is) omgedoopt tot (?P<new>.+)"),
    phrase(
        "De samenwerking wordt (per 1 mei) voortgezet onder de naam Y / continues under the name Y",
        r"(?P<subj>)\b(?:[Dd]e (?:samenwerking|coalitie|alliantie)|[Hh]et (?:netwerk|platform)"
        r"|[Tt]he (?:network|coalition|alliance|partnership)) {A}(?:(?:wordt|werd) {A}voortgezet"
        r"|continues|has continued|continued) (?:onder de (?:\w+ )?naam|under the (?:\w+ )?name) "
        rf"(?P<new>[{UPPER}].+)",
    ),
    phrase(
        "(Per 1 september) is het netwerk 'X' verder gegaan onder de naam Y",
        r"\b(?:is|zijn) (?P<subj>.+?) {A}verder gegaan (?:als|onder de naam) (?P<new>.+)",
    ),
    phrase(
        "the coalition changed its name from X to Y / veranderde haar naam van X in Y",
        r"\b(?:changed|changes|veranderde|wijzigde|verandert|wijzigt) "
        r"(?:(?:het|de|ons|onze) [\w-]+ )?(?:its|their|haar|zijn|hun) "
        rf"(?:name|naam) (?:from|van) (?P<subj>.+?) (?:to|into|in|naar) (?P<new>[{UPPER}].+)",
    ),
    phrase(
        "X (officially) became Y / X was renamed Y",
        rf"{{S}} (?:officially |formally )?(?:became|was renamed(?: to| as)?|changed its name to) "
        rf"(?P<new>[{UPPER}].+)",
    ),
)

_QUOTED = r"[‘'\"“]?"
FORMER_RULES: RuleTable[Rule] = RuleTable(
    phrase(
        "(since January 2026) it has operated as Y / the network now goes by Y",
        r"\b(?:it|the (?:coalition|network|partnership|alliance)) (?:has (?:since )?(?:operated"
        r"|been operating|gone)|(?:now )?(?:operates|goes)) "
        rf"(?:by the name |under the name |by |as )(?P<new>[{UPPER}].+)",
    ),  # not "until then it operated as X": a former name
    phrase(
        "Sinds 1 juli heet het samenwerkingsverband ...: Y / kreeg zij de naam Y",
        r"\b(?:heet|heten) (?:het|de|ons|onze) (?:\w+ ){0,14}?(?:samenwerkingsverband|netwerk"
        rf"|coalitie|alliantie)\b[^:]{{0,120}}: (?P<new>[{UPPER}].+)"
        rf"|\bkreeg (?:zij|het|hij|de \w+|het \w+) (?:de |een nieuwe )?naam (?P<new2>[{UPPER}].+)",
    ),
    phrase(
        "ging in 2023 van start als Y / Misschien kent u het (netwerk) nog als (het) Y",
        r"\b(?:van start (?:ging |gingen |gegaan )?als"
        r"|(?:begon|begonnen|began|started|startte|startten)(?: in \d{4})? "
        r"(?:als|as)|(?:kent|kennen) (?:(?:u|je|jullie) )?(?:het|ons) (?:netwerk |coalitie )?"
        r"(?:nog )?als|know (?:it|us) as) "
        rf"(?:het |de |the )?(?P<old>{_QUOTED}[{UPPER}][^,;:()]{{1,80}})",
    ),
    phrase(
        "X, dat tot begin dit jaar (nog) Y heette / die tot februari 2025 'Y' heette",
        rf"\btot (?:[\w ]{{1,40}}?) (?:nog )?(?P<old>{_QUOTED}[{UPPER}][^,;:()]{{1,80}}?) heette\b",
    ),
    phrase(
        "wat toen nog Y heette / what was then called Y",
        rf"\b(?:toen (?:nog )?|destijds (?:nog )?)(?P<old>{_QUOTED}[{UPPER}][^,;:()]{{1,80}}?) "
        r"(?:heette|heetten)\b",
    ),
    phrase(
        "what was then called Y",
        rf"\bwhat was then (?:still )?called (?P<old>{_QUOTED}[{UPPER}][^,;:()]{{1,80}})",
    ),
    phrase(
        "Tot vandaag heetten we Y / Tot de zomer heette het netwerk Y",
        r"\b(?:heetten|heette) (?:we|wij|(?:dit|dat|het|de|ons|onze|jullie|uw) "
        r"(?:samenwerkingsverband|netwerk|coalitie|alliantie|platform|pact)) (?:nog )?"
        rf"(?P<old>{_QUOTED}[{UPPER}][^,;:()]{{1,80}})",
    ),
    phrase(
        "Het netwerk heette tot voor kort Y",
        rf"\bheette (?:tot (?:voor kort|[\w ]{{1,30}}?) )?(?:nog )?(?P<old>{_QUOTED}[{UPPER}].+)",
    ),
    phrase(
        "X (tot 1 januari 2026 Y) is ... / X (tot 15 januari 2025: Y) / (until May 2025: Y)",
        rf"\((?:tot|until) (?:\d{{1,2}} )?[a-z]+ \d{{4}}:? (?P<old>[{UPPER}][^)]+)\)",
    ),
    phrase(
        "(voorheen Y) / previously known as Y / went by the name Y / operated as Y",
        r"\b(?:voorheen:?|formerly(?: known as)?|previously known as"
        r"|known (?:until [\w ]{1,30}? )?as|went by the name"
        r"|under (?:the|its) (?:old |former )?name"
        r"|daarvoor (?:waren|heetten) (?:we|wij)|(?:are|were) no longer"
        r"|operated as|(?:it )?was called|founded in \d{4} as|(?:tot dan toe )?bekend als"
        r"|(?:used to be|was once|was originally|was first) (?:called|known as|named)"
        r"|bekendstond als|oude naam,?|noemden (?:we )?onszelf(?: toen)?(?: nog)?|niet meer) "
        rf"(?:the |de |het )?(?P<old>{_QUOTED}[{UPPER}][^,;:()]{{1,80}})",
    ),
)
"""A coalition's former name told without its new one (the coalition the text is about)."""


_LATTER = re.compile(r"(?i)\b(?:die|deze) laatste$|\bthe latter$")


def unquoted(text: str) -> str:
    """Text without the quotes around a name ("'Digitaal Achterhoek'"), not the apostrophes
    of one ("'t Hof", "Kerkrade '82")."""
    return re.sub(r"(?<!\w)[‘'\"“](?=[A-Z])|(?<=[\w.])[’'\"”](?!\w)", "", text).strip()


def leaver(subject: str, organisations: dict[str, str]) -> list[str]:
    """The leaver a subject names: the name it ends with, else the name that opens it, before
    an apposition or a clause ("Gemeente Schagen, one of the founding partners, left";
    "Stichting X is per 1 juli opgeheven en maakt geen deel meer uit")."""
    own = re.split(r"\s[–—-]\s", subject)[-1].strip(" ,")
    names = subject_names(own, 1, at_end=True)
    if names and own.endswith(names[0]) and not no_organisation(names[0]):
        return names  # not "2022" of "X, partner sinds de oprichting in 2022,"
    first = name_run(own.split(", ", 1)[0], at_end=False)
    whole = len(first.split()) > 1 or lookup(organisations, first)
    if not first or not whole or no_organisation(first):
        return []
    return [without_descriptor(without_place(first)) if own.startswith(first) else first]


def _after_object(name: str, subject: str) -> str:
    """The leaver of "A sluit zich aan bij Y en X is gestopt": X, not "Y en X" (Y the object of
    the clause before)."""
    first, _, last = name.rpartition(" en ")
    before = subject[: max(subject.find(name), 0)]
    if first and re.search(r"\b(?:bij|tot|van|aan|met)\s+$", before) and last[:1].isupper():
        return last
    return name


def read_leave(
    sentence: Sentence,
    organisations: dict[str, str],
    coalitions: dict[str, str],
    before: list[Sentence] | None = None,
) -> tuple[list[Name], Name | None]:
    """Who a sentence says leaves (`LEAVE_RULES`), and the coalition it names after them ("X
    stapt uit Y": Y, for a release that only tells of a leave); a leaver told by a noun that
    points back ("Daarmee verlaat de club ook de coalitie") is the one the text named before."""
    for rule in LEAVE_RULES.possible(sentence.text):
        match = rule.pattern.search(sentence.text)
        if match is None:
            continue
        groups = match.groupdict()
        plural = (groups.get("verb") or "").split(" ")[0] in ("zijn", "have")  # "A en B zijn
        if groups.get("obj"):  # gestopt": each
            names = subject_names(groups["obj"], 2 if plural else 1, at_end=False)
        elif plural:
            names = subject_names(groups.get("subj") or "", 2, at_end=True)
        else:
            subject = groups.get("subj") or ""
            names = [_after_object(n, subject) for n in leaver(subject, organisations)]
            if not names and before and re.fullmatch(r"(?:[Dd]e|[Hh]et|[Tt]he) [a-z]\w+", subject):
                names = antecedent(before, subject)  # "de club": Computerclub X, named above
            if not names and before and _LATTER.search(subject):  # "Later kwamen A en B erbij.
                names = named_in(before[-1].text)[-1:]  # Maar die laatste is opgeheven": B
        if not names:
            continue  # a row that names no one: another may
        after = sentence.text[match.end() :].strip()
        after = re.sub(r"^(?:from|out of|uit|van)\s+", "", after)  # "withdrew from Y on ..."
        told = names and after and not ANAPHORA.match(after)
        return [named(n, organisations) for n in names], (
            coalition_name(after.rstrip("."), coalitions) if told else None
        )
    return [], None
