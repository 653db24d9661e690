"""Phrase tables for joins, leaves, renames, totals, member lists and future dates: data to extend.

Each table is a tuple of `Rule` (a name that shows an example and a regular expression). A
researcher who meets a new way of writing adds a row; the code that reads them is in `joins`
and `members`. Groups: `subj` is the text before the verb (the name is read at its end), `obj`
the text after it (the name is read at its start), `coal` the coalition, `list` a list of
names, `n` a number, `old`/`new` a coalition's former and new name.

>>> bool(JOIN_FORMS[0].pattern.search("A en B sluiten zich aan bij de Coalitie X"))
True
"""

from __future__ import annotations

import re

from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER

__all__ = [
    "ENGLISH_ORDINALS",
    "FUTURE_RULES",
    "FUTURE_WORDS",
    "JOIN_FORMS",
    "LEAVE_RULES",
    "MEMBER_LIST_RULES",
    "NEGATION",
    "ORDER_LIST",
    "PAST_TENSE",
    "PLURAL_VERBS",
    "RENAME_RULES",
    "SAME_DATE",
    "TOTAL_RULES",
]

_A = r"(?:(?:[a-zß-ÿ0-9][\w’'\-]*|\d+e|\d+de) ){0,8}?"  # adverbs: "vandaag ", "als tiende partner "
_S = r"^(?P<subj>.+?)"
_C = r"(?P<coal>.+)"
_O = r"(?P<obj>.{1,300}?)"
_NR = r"(?:nummer|nr\.) \w+"  # "partner nummer 9 van het netwerk"


def _rule(name: str, pattern: str, flags: int = 0) -> Rule:
    for slot, text in (("{A}", _A), ("{S}", _S), ("{C}", _C), ("{O}", _O), ("{NUMBER}", _NR)):
        pattern = pattern.replace(slot, text)
    return Rule(name, re.compile(pattern, flags))


_SIGNS = "(?:onder)?(?:tekent|tekende|tekenen|tekenden)"  # (onder)tekende: signed
_PAPERS = (
    "(?:convenant|samenwerkingsovereenkomst|overeenkomst|partnerovereenkomst|intentieverklaring"
    r"|\w*afspraken|pact|charter)"
)

PLURAL_VERBS = frozenset(
    {"sluiten", "sloten", "treden", "traden", "worden", "zijn", "voegen", "hebben", "toetreden"}
    | {"toetraden", "tekenen", "tekenden", "ondertekenen", "ondertekenden", "versterken", "are"}
    | {"zetten", "volgden", "sloten", "doen"}
)
"""Verb forms that say the subject is more than one organisation ("A en B sluiten ...")."""

# Who joins which coalition. `subj` (or `obj`) is the joiner, `coal` the coalition (optional:
# "X sluit zich aan als 22e partner" refers to the coalition named before). Tried in order.
JOIN_FORMS: tuple[Rule, ...] = (
    _rule(
        "X sluit(en) zich aan bij Y",
        r"{S} (?P<verb>sluit|sluiten|sloot|sloten) zich {A}aan(?: {A}bij {C})?",
    ),
    _rule("X sluit aan bij Y", r"{S} (?P<verb>sluit|sloot) {A}aan bij {C}"),
    _rule(
        "sluiten X en Y aan als zevende en achtste partner",
        r"\b(?P<verb>sluit|sluiten|sloot|sloten) {O}(?: zich)? aan (?:als|bij) {A}(?:{C})?",
    ),
    _rule(
        "sluit X zich aan bij Y",
        r"\b(?P<verb>sluit|sluiten|sloot|sloten) {O} zich {A}aan(?: {A}bij {C})?",
    ),
    _rule("X heeft zich aangesloten bij Y", r"{S} (?:heeft|hebben) zich {A}aangesloten bij {C}"),
    _rule(
        "X heeft zich bij Y aangesloten",
        r"{S} (?:heeft|hebben) zich {A}bij (?P<coal>.{1,200}?) aangesloten",
    ),
    _rule("X is aangesloten bij Y", r"{S} (?P<verb>is|zijn) {A}aangesloten bij {C}"),
    _rule(
        "(Sinds vandaag) heeft X zich aangesloten bij Y",
        r"\b(?P<verb>heeft|hebben) {O} zich {A}aangesloten(?: bij {C})?",
    ),
    _rule("X treedt toe tot Y", r"{S} (?P<verb>treedt|treden|trad|traden) {A}toe(?: tot {C})?"),
    _rule("treedt X toe tot Y", r"\b(?P<verb>treedt|treden|trad|traden) {O} {A}toe(?: tot {C})?"),
    _rule("X is toegetreden tot Y", r"{S} (?P<verb>is|zijn) {A}toegetreden tot {C}"),
    _rule(
        "dat X zich aansluit bij Y",
        r"{S} zich {A}(?P<verb>aansluit|aansluiten|aansloot|aansloten) bij {C}",
    ),
    _rule("X voegt zich bij Y", r"{S} (?P<verb>voegt|voegen|voegde) zich {A}bij {C}"),
    _rule("X verbindt zich aan Y", r"{S} verbindt zich {A}aan {C}"),
    _rule(
        "X wordt partner van Y / X is de 21e partner van Y",
        r"{S} (?P<verb>wordt|worden|is|zijn) {A}(?:(?:de|een|het) )?{A}(?:nieuwe |nieuwste )?"
        r"(?:partner|partners|lid|deelnemer|partij)(?: {NUMBER})? (?:geworden )?van {C}",
    ),
    _rule(
        "Y verwelkomt X / Y welcomes X",
        r"^(?P<coal>.+?) (?:verwelkomt|verwelkomde|verwelkomden|verwelkomen|welcomes|welcomed) "
        r"(?P<obj>.+)",
    ),
    _rule(
        "(Sinds 1 april) is X partner van Y",
        r"\b(?P<verb>is|zijn|wordt|worden) {O} {A}(?:(?:de|een|het) )?{A}(?:nieuwe |nieuwste )?"
        r"(?:partner|partners|lid|deelnemer|partij)(?: {NUMBER})? van {C}",
    ),
    _rule("X maakt deel uit van Y", r"{S} (?P<verb>maakt|maken) {A}deel uit van {C}"),
    _rule("maakt X deel uit van Y", r"\b(?P<verb>maakt|maken) {O} deel uit van {C}"),
    _rule(
        "X joins Y / X has joined Y",
        r"{S}(?<!which)(?<!who)(?<!that)(?: has| have)? (?P<verb>joins|join|joined) (?:the )?{C}",
    ),
    _rule(
        "Per 1 april sluit (ook) X aan. / Per 1 januari komt daar X bij",
        r"\b(?P<verb>sluit|sluiten|sloot|sloten) (?:ook )?(?P<obj>[" + UPPER + r"][^,;:]{0,120}?) "
        r"aan(?:[.;,]|$)",
    ),
    _rule(
        "Per 1 januari komt daar X bij",
        r"\b(?P<verb>komt|komen) (?:daar|er) (?:ook )?(?P<obj>[" + UPPER + r"][^,;:]{0,120}?) bij"
        r"(?:[.;]|$)",
    ),
    _rule(
        "X will join the network (in January)",
        r"{S} (?:(?:has|have) announced that (?:it|they) )?(?P<verb>will) join (?:the )?{C}",
    ),
    _rule(
        "X is part of Y / X has become the tenth partner of Y",
        r"{S} (?:(?:has|have) (?:\w+ )?)?(?P<verb>is|are|becomes|become|became|been) (?:now )?"
        r"(?:part|a member|a partner|(?:(?:the|its) )?\w+ (?:partner|member)) (?:of|in) "
        r"(?:the )?{C}",
    ),
    _rule(
        "X, Y and Z signed the pact",
        r"{S} (?P<verb>signed|sign|signs) (?:the )?(?:\w+ )?(?:pact|agreement|covenant|charter)\b",
    ),
    _rule(
        "X en Y zijn sinds 15 november partner.",
        r"^(?!(?:[Zz]ij|[Hh]ij|[Zz]e|[Bb]eiden?|[Dd]eze)\b|(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]it) [a-z])"
        r"(?P<subj>.+?) (?P<verb>is|zijn|wordt|worden) (?:(?!tot\b|uitgegroeid\b)[\w’'\-]+ ){0,6}?"
        r"(?:partner|partners|lid|leden|deelnemer|deelnemers)\.?$",
    ),
    _rule(
        "Y heeft er (per 1 juni) vier partners bij (A, B, C en D)",
        r"^(?P<coal>.+?) (?P<verb>heeft|hebben) er {A}(?:partners?|leden|deelnemers) bij "
        r"\((?P<obj>[^)]+)\)",
    ),
    _rule(
        "Onlangs tekenden (onder meer) A, B en C",
        r"\b(?:[Oo]nlangs|[Vv]andaag|[Gg]isteren|[Dd]eze week|[Vv]orige week|[Ii]nmiddels) "
        r"(?P<verb>tekende|tekenden|ondertekende|ondertekenden) (?:onder meer |o\.a\. )?"
        r"(?P<obj>[^.;:]+)",
    ),
    _rule(
        "Als 11de partner tekende (vorige week) X",
        r"\b[Aa]ls \w+ (?:partner|deelnemer|lid) (?P<verb>tekende|ondertekende) {A}"
        r"(?P<obj>[" + UPPER + r"][^.;:]{0,120})",
    ),
    _rule(
        "waar X toetrad tot Y", r"{S} {A}(?P<verb>toetreedt|toetrad|toetreden|toetraden) tot {C}"
    ),
    _rule(
        "X (onder)tekende het convenant van Y / tekende X het convenant",
        rf"{{S}} (?P<verb>{_SIGNS}) {{A}}(?:het|de) (?:\w+ )?{_PAPERS}(?: van {{C}})?",
    ),
    _rule(
        "(Op 19 november) tekende X het convenant van Y",
        rf"\b(?P<verb>{_SIGNS}) (?P<obj>[{UPPER}][^;]{{0,160}}?) {{A}}(?:het|de|onze|hun|haar) "
        rf"(?:\w+ )?{_PAPERS}(?: van {{C}})?",
    ),
    _rule(
        "(Vandaag) zetten X en Y hun handtekening (onder Y)",
        r"\b(?P<verb>zet|zette|zetten) (?P<obj>[" + UPPER + r"][^;]{0,160}?) {A}(?:hun|zijn|haar) "
        r"handtekening(?: onder {C})?\b",
    ),
    _rule(
        "(Op 1 december) tekende X als zeventiende partner",
        r"\b(?P<verb>tekende|tekenden|ondertekende|ondertekenden) "
        rf"(?P<obj>[{UPPER}][^,;]{{0,120}}?) als \w+ (?:partner|deelnemer|lid)\b",
    ),
    _rule("X heeft zich aangemeld bij Y", r"{S} (?:heeft|hebben) zich {A}aangemeld bij {C}"),
    _rule("X komt erbij", r"{S} (?P<verb>komt|komen) (?:er )?(?:ook )?erbij\b"),
    _rule("Welkom aan A, B en C!", rf"\b[Ww]elkom aan (?P<obj>[{UPPER}][^!?.;]{{0,200}})"),
    _rule(
        "(Sinds oktober) versterkt ook X de coalitie",
        rf"\b(?P<verb>versterkt|versterken) (?:ook |nu )?(?P<obj>[{UPPER}][^,;]{{0,120}}?) "
        r"(?:de|het|onze) (?:\w+ )?(?:coalitie|netwerk|alliantie|samenwerking)\b",
    ),
    _rule("X doet (vanaf nu) mee aan Y", r"{S} (?P<verb>doet|doen) {A}mee aan {C}"),
    _rule(
        "Nieuw erbij is X",
        rf"\b[Nn]ieuw (?:erbij|in de coalitie) (?P<verb>is|zijn) (?P<obj>[{UPPER}].+)",
    ),
    _rule(
        "(Daarom) is X (op dinsdag 8 september) toegetreden tot Y",
        r"\b(?P<verb>is|zijn) (?P<obj>[" + UPPER + r"][^,;]{0,120}?) {A}toegetreden tot {C}",
    ),
    _rule(
        "(Op 1 mei) zijn X en Y tot de coalitie toegetreden",
        r"\b(?P<verb>is|zijn) (?:de |het )?(?P<obj>[" + UPPER + r"][^;]{0,160}?) {A}tot (?:de|het) "
        r"[^.;]{0,80}?toegetreden",
    ),
    _rule(
        "(Op 15 juni) volgde X als partner nummer 11",
        r"\b(?P<verb>volgde|volgden|volgt|volgen) (?P<obj>[" + UPPER + r"][^,;]{0,120}?) als "
        r"(?:\w+ )?(?:partner|deelnemer|lid)\b",
    ),
    _rule(
        "hebben X en Y hun handtekening gezet onder Y",
        r"\b(?P<verb>heeft|hebben) {O} {A}(?:hun|zijn|haar) handtekening gezet onder {C}",
    ),
    _rule(
        "Y is (vandaag) uitgebreid met X (en Z)",
        r"^(?P<coal>.+?) (?:is|wordt|werd) {A}uitgebreid met (?P<obj>[^.;:]+(?::[^.;:]+)?)",
    ),
    _rule(
        "Met de komst van X (en Z) telt Y nu N partners",
        r"\b[Mm]et de komst van (?P<obj>[^.;:]{1,200}?) (?:telt|tellen|groeit|komt|is|zijn)\b",
    ),
    _rule("X versterkt (sinds 1 mei) Y", r"{S} (?P<verb>versterkt|versterken) {A}(?:de |het )?{C}"),
    _rule(
        "(In januari) is X aangeschoven / zijn X en Y aangesloten",
        rf"\b(?P<verb>is|zijn) (?P<obj>[{UPPER}][^,;]{{0,160}}?) "
        r"{A}(?:aangeschoven|aangesloten)\b(?: bij {C})?",
    ),
    _rule(
        "Y heeft er een dertiende partner bij: X",
        r"^(?P<coal>.+?) (?P<verb>heeft|hebben) er {A}(?:partners?|leden|lid|deelnemers?) bij: "
        rf"(?P<obj>[{UPPER}][^.;]+)",
    ),
    _rule(
        "De nieuwe partners zijn A, B en C / The new partners are A and B",
        r"\b(?:[Dd]e|[Oo]nze|[Tt]he|[Oo]ur) (?:nieuwe|nieuwste|new|newest) "
        r"(?:partners|partijen|leden|deelnemers|members) "
        rf"(?P<verb>zijn|are):? (?P<obj>[{UPPER}][^;]+)",
    ),
    _rule(
        "On 3 February, X became our tenth partner",
        r"{S} (?P<verb>became|becomes|has become) (?:our|the|its) (?:\w+ )?(?:partner|member)\b",
    ),
    _rule("X schuift aan bij Y", r"{S} (?P<verb>schuift|schuiven|schoof|schoven) {A}aan bij {C}"),
    _rule(
        "(Ook) X heeft toegezegd mee te doen / aan te sluiten",
        r"{S} (?P<verb>heeft|hebben) {A}toegezegd (?:om )?(?:mee te doen|aan te sluiten"
        r"|toe te treden)(?: (?:bij|tot|aan) {C})?",
    ),
    _rule(
        "de nieuwste partner, X (ABC), ... / the newest partner, X, which joined ...",
        r"\b(?:[Dd]e nieuwste|[Dd]e nieuwe|[Tt]he newest|[Tt]he new|[Oo]ur newest|[Oo]nze nieuwste)"
        r" (?:partner|member|lid|deelnemer), (?P<obj>[" + UPPER + r"][^,;:]{0,120}?)(?: \([^)]*\))?"
        r"(?:,|$)",
    ),
)

# "de negentiende en twintigste partner", "als 14e en 15e partner", "as its fifteenth partner".
ORDER_LIST = re.compile(
    r"\b(?:de|het|als|as its|as the|its|the|is|haar|hun|onze|our|their|\w+['’]s)\s+"
    r"(?P<list>[\w]+(?:(?:, | en | and )[\w]+)*)"
    r"\s+(?=(?:nieuwe\s+|aangesloten\s+)?(?:partner|partners|partij|partijen|deelnemer|lid|"
    r"member|members|signatory|signatories)\b)"
    r"|\b(?:partner|partij) (?:nummer|nr\.) (?P<number>\d+)\b"
)

ENGLISH_ORDINALS: dict[str, int] = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
"""English ordinal words; digit forms ("23rd") are read by their digits."""

LEAVE_RULES: tuple[Rule, ...] = (
    _rule(
        "Y neemt afscheid van X",
        r"\bneemt (?:de \w+ |het \w+ )?afscheid van {O}(?:[,.;]|$| die | dat )",
    ),
    _rule("X stapt (per 1 juli) uit Y", r"{S} (?:stapt|stappen) {A}uit\b"),
    _rule("X verlaat Y", r"{S} (?:verlaat|verlaten) (?:de|het) "),
    _rule("X treedt (per 1 juli) uit Y", r"{S} (?:treedt|treden) {A}uit\b"),
    _rule(
        "X stopt (met ingang van 1 juli) als partner",
        r"{S} (?:stopt|stoppen) {A}als (?:partner|lid|deelnemer)\b",
    ),
    _rule("stopt X als partner", r"\b(?:stopt|stoppen) {O} als (?:partner|lid|deelnemer)\b"),
    _rule(
        "X heeft haar deelname beëindigd / besloten de samenwerking te beëindigen",
        r"{S} (?:heeft|hebben) {A}(?:haar|zijn|hun|de) (?:deelname|samenwerking|partnerschap|"
        r"lidmaatschap) (?:[^.;]{0,60} )?(?:beëindigd|opgezegd|te beëindigen|op te zeggen)\b",
    ),
    _rule(
        "(Per 1 december) heeft X haar deelname beëindigd",
        r"\b(?:heeft|hebben) (?P<obj>[" + UPPER + r"][^,;:]{0,100}?) (?:haar|zijn|hun) (?:deelname|"
        r"samenwerking|partnerschap|lidmaatschap) (?:[^.;]{0,60} )?(?:beëindigd|opgezegd)\b",
    ),
    _rule(
        "X is (per 1 november) uit de alliantie gestapt",
        r"{S} (?:is|zijn) {A}uit (?:de|het) "
        r"\w+ (?:gestapt|getreden|vertrokken)\b",
    ),
    _rule(
        "(Eerder deze maand) nam de alliantie afscheid van X / Afscheid nemen we van X",
        r"\b(?:nam|namen|nemen|neemt)\b(?: [\w’']+){0,3}? afscheid van {O}"
        r"(?:[,.;]|$| die | dat | uit )",
    ),
    _rule("X left the pact", r"{S} (?:has left|left|leaves|is leaving) (?:the )?"),
    _rule("said goodbye to X", r"\b(?:said|says) goodbye to {O}(?:[,.;]|$)"),
)

RENAME_RULES: tuple[Rule, ...] = (
    _rule(
        "X gaat (per 1 mei) verder als Y",
        r"{S} (?:gaat|gaan) {A}verder (?:als|onder de naam) (?P<new>.+)",
    ),
    _rule(
        "X heet (sinds 1 mei) voortaan Y",
        r"{S} (?:heet|heten) {A}(?:voortaan|vanaf nu|nu) (?P<new>.+)",
    ),
    _rule("X wordt omgedoopt tot Y", r"{S} (?:wordt|is) omgedoopt tot (?P<new>.+)"),
    _rule(
        "X (officially) became Y / X was renamed Y",
        rf"{{S}} (?:officially |formally )?(?:became|was renamed(?: to| as)?|changed its name to) "
        rf"(?P<new>[{UPPER}].+)",
    ),
)

_N = r"(?P<n>\w+)"
_PARTNERS = r"(?:partners|partijen|deelnemers|organisaties|leden|ondertekenaars)"
TOTAL_RULES: tuple[Rule, ...] = (
    _rule(
        "telt (de samenwerking vanaf juli) N partners",
        rf"\b(?:telt|tellen) (?:\w+ ){{0,5}}?{_N} {_PARTNERS}\b",
    ),
    _rule("bestaat uit N partners", rf"\bbestaa?t (?:\w+ ){{0,4}}?uit {_N} {_PARTNERS}\b"),
    _rule("heeft de coalitie N partners", rf"\bheeft (?:de \w+ |het \w+ )?{_N} {_PARTNERS}\b"),
    _rule(
        "now counts N partners",
        rf"\b(?:counts|has|brings together) (?:\w+ )?{_N} (?:partners|members|organisations)\b",
    ),
    _rule("uitgegroeid tot N partners", rf"\buitgegroeid tot {_N} {_PARTNERS}\b"),
    _rule("telde de coalitie N partners", rf"\btelde (?:\w+ ){{0,5}}?{_N} {_PARTNERS}\b"),
    _rule("That makes six of us", rf"\bmakes {_N} of us\b"),
    _rule(
        "een coalitie van N (zeer verschillende) organisaties",
        rf"\b(?:coalitie|coalition|netwerk|network|alliantie|alliance) (?:van|of) {_N} "
        r"(?:[a-z]+ ){0,2}?(?:partners|partijen|organisaties|organisations|organizations|members"
        r"|leden)\b",
    ),
    _rule("zijn het er nu N", rf"\bzijn (?:het|we) er (?:nu )?{_N}\b"),
    _rule(
        "komt het aantal partners op N",
        rf"\baantal {_PARTNERS} (?:\w+ ){{0,3}}?(?:op|naar) {_N}\b",
    ),
)

# Where a list of (current) members starts. The list runs to the end of the sentence; words
# after the last name ("zich aan", "mee", "erbij") are trimmed when names are read.
MEMBER_LIST_RULES: tuple[Rule, ...] = (
    _rule("partners ...: A, B en C", rf"\b{_PARTNERS}\b[^:]*:(?P<list>.*)", re.I),
    _rule(
        "bestaat (op dit moment) uit: A, B en C",
        r"\bbestaa?t (?:\w+ ){0,4}?uit(?::|:?(?P<list> .*))",
        re.I,
    ),
    _rule("De andere partners zijn A, B", rf"\b{_PARTNERS} zijn:?(?P<list> .*)", re.I),
    _rule("The other partners are A, B", r"\b(?:partners|members) are:?(?P<list> .*)", re.I),
    _rule(
        "(partners,) waaronder A en B",
        rf"\b(?:{_PARTNERS}|members|partners)\b[^.]{{0,60}}?\b(?:waaronder|onder wie|zoals|"
        r"including|include)\b(?P<list>.*)",
        re.I,
    ),
    _rule(
        "werkt samen met A, B / werkten we samen met A en B (not: werkt daarnaast samen met)",
        r"\b(?:werkt|werken|werkte|werkten) (?!(?:\w+ )?(?:daarnaast|verder|nauw|ook|tevens|"
        r"bovendien|eveneens)\b)(?:\w+ ){0,2}?samen met(?P<list> .*)",
        re.I,
    ),
    _rule(
        "Samen met A en B vormen wij de kern / Together with A and B we form",
        r"^(?:[Ss]amen met|[Tt]ogether with) (?:o\.a\. |onder meer |onder andere )?"
        rf"(?P<list>[{UPPER}].*?),? (?:vormen|vormt|leiden|trekken|gaan|zorgen|werken|helpen|"
        r"we form|we lead|we run|we work|we help)\b",
    ),
    _rule(
        "Ook de partners A, B en C droegen bij",
        rf"\b(?:de|onze|the|our) (?:andere |overige |other )?partners (?P<list>[{UPPER}].*)",
    ),
    _rule(
        "In de coalitie werken samen: A, B en C",
        r"\b(?:werkt|werken) (?:\w+ ){0,4}?samen\s*:(?P<list>.*)",
        re.I,
    ),
    _rule(
        "opgericht door A, B / gesloten door A, B / begonnen door A, B",
        r"\b(?:opgericht|gesloten|gestart|opgestart|gevormd|begonnen|opgezet|geïnitieerd"
        r"|in het leven geroepen) door(?P<list> .*)",
        re.I,
    ),
    _rule(
        "founded by A, B / set up by A, B",
        r"\b(?:founded|set up|started|initiated|launched|formed|established)(?: [\w,]+){0,3}? by"
        r"(?P<list> .*)",
        re.I,
    ),
    _rule("Inmiddels doen ook A en B mee", r"\bdoen (?:ook |nu )?(?P<list>.*) mee\b", re.I),
    _rule("Ook X doet mee", r"^(?:[Oo]ok|Daarnaast|Verder) (?P<list>.+?) doet (?:ook )?mee\b"),
    _rule(
        "A, B en C doen mee, net als D",
        r"^(?!(?:Welke|Wie|Niet|Geen|We|Wij|Zij|Ze|Ook)\b)"
        rf"(?P<list>[{UPPER}][^:;?]*?(?:,| en )[^:;?]*? doen (?:ook |al )?mee\b(?:,? net als .*)?)",
    ),
    _rule("(regelt) partner X, een ...", r"\b(?:partner|coalitiepartner) (?P<list>[A-Z][^,.;:]*)"),
    _rule("Later kwamen A en B erbij", r"\bkwamen (?P<list>.*) erbij\b", re.I),
    _rule(
        "(hoe) A en B aan boord kwamen / how A and B came on board",
        r"\b(?:how|when|toen|hoe|dat) (?P<list>[A-Z].*?) (?:came|come|kwamen|kwam) (?:aan|on) "
        r"(?:boord|board)\b",
    ),
    _rule(
        "(begon als) een initiatief van A en B / an initiative of A and B",
        r"\b(?:initiatief|initiative) (?:van|of|by)(?P<list> .*)",
        re.I,
    ),
    _rule(
        "Eerder sloten A en B zich aan", r"\bsloten (?:zich )?(?P<list>.*?) (?:zich )?aan\b", re.I
    ),
    _rule("Tot de partners behoren A, B", r"\bbehoren(?P<list> .*)", re.I),
    _rule(
        "(Zij sluiten) aan bij onder anderen A, B en C",
        r"\baan bij (?:onder anderen|onder andere|onder meer|o\.a\.) (?P<list>.*)",
    ),
    _rule(
        "A was de initiatiefnemer, samen met B en C",
        r"^(?P<list>.+? (?:was|waren) (?:de )?(?:initiatiefnemers?|oprichters?)\b.*)",
    ),
    _rule("de vierde partner, na A, B en C", r"\bpartner, na(?P<list> .*)"),
)

FUTURE_WORDS: tuple[Rule, ...] = (
    _rule(
        "X zal zich aansluiten",
        r"\b(?:zal|zullen|gaat|gaan) (?:\w+ ){0,3}(?:aansluiten|toetreden)\b",
    ),
    _rule("X will join", r"\bwill join\b"),
    _rule("X heeft toegezegd mee te doen", r"\btoegezegd\b"),
    _rule(
        "Naar verwachting treedt X toe",
        r"\b(?:[Nn]aar verwachting|is expected to|are expected to)\b",
    ),
)
"""Words that say a join is to come, whatever date the sentence gives."""

FUTURE_RULES: tuple[Rule, ...] = (
    _rule(
        "per 1 januari treedt ook X toe",
        r"\b(?:[Pp]er|[Vv]anaf|[Mm]et ingang van) \d{1,2} (?:januari|februari|maart|april|mei|"
        r"juni|juli|augustus|september|oktober|november|december)\b",
    ),
    *FUTURE_WORDS,
)
"""A join to come: a day it starts from ("per 1 januari"), or `FUTURE_WORDS`."""

NEGATION = re.compile(r"\b(?:geen|niet|nooit|not|no longer|never|neither)\b", re.IGNORECASE)
"""A word that turns a join into its opposite ("is zelf geen partner van", "is not a member")."""

SAME_DATE = re.compile(r"\b(?:[Oo]p|[Pp]er|[Mm]et ingang van) (?:die|dezelfde) (?:datum|dag)\b")
"""A change dated by the date of the sentence before ("Gemeente X stapt op die datum uit")."""

PAST_TENSE = re.compile(
    r"\b(?:trad|traden|sloot|sloten|voegde|voegden|werd|werden|is toegetreden|zijn toegetreden|"
    r"(?:heeft|hebben) zich (?:\w+ ){0,5}?aangesloten|stapte|stapten)\b"
)
"""A join (or leave) told in the past tense: not to come, whatever date it gives."""
