"""The rule tables of the press-release reader: readable patterns, one table per kind of fact.

Each table is a tuple of named patterns, in the order they are tried: `ORDER_RULES` (the join
order), `COUNT_RULES` (the stated number of other partners), `LIST_RULES` (where the partner
list is), `GOAL_RULES` (the aim), `REGION_RULES` (the target regions of the aim) and
`GLUE_RULES` (where two names run together). Who joins, leaves or renames a coalition is read
by the tables of `phrases` (the one place join patterns are defined).

>>> ORDER_RULES[0][0].pattern.search("de achttiende partij binnen de coalitie").group("n")
'achttiende'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.ingest.dutch import cardinal, ordinal
from kg.ingest.prefilter import RuleTable
from kg.ingest.sentences import LOWER, UPPER

__all__ = [
    "COUNTRIES",
    "COUNT_RULES",
    "ENGLISH_CARDINALS",
    "GLUE_RULES",
    "GOAL_RULES",
    "LIST_RULES",
    "ORDER_RULES",
    "PLACE_KINDS",
    "REGION_RULES",
    "GlueRule",
    "Rule",
    "read_count",
    "statement",
]


@dataclass(frozen=True)
class Rule:
    """One readable pattern of a rule table.

    Attributes:
        name: What it recognises, as an example phrase.
        pattern: The regular expression.
    """

    name: str
    pattern: re.Pattern[str]


def statement(match: re.Match[str]) -> str:
    """What a rule matched, without its `ctx` group: the words before the statement that a
    rule reads only to rule itself out ("Naast A zijn ook ..."), whose "niet" is not the join's."""
    start = match.end("ctx") if "ctx" in match.re.groupindex else match.start()
    return match.string[start : match.end()]


_PARTNER_SINGULAR = r"(?:partij|partner|deelnemer|organisatie|lid|ondertekenaar)"
_PARTNERS = r"(?:partners|partijen|deelnemers|organisaties|leden|ondertekenaars)"

_ENGLISH_UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
]
_ENGLISH_UNITS += ["fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_ENGLISH_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ENGLISH_CARDINALS = {word: n for n, word in enumerate(_ENGLISH_UNITS, 1)} | {
    f"{ten}{unit}": 10 * n + u
    for n, ten in enumerate(_ENGLISH_TENS, 2)
    for u, unit in enumerate(["", *(f"-{w}" for w in _ENGLISH_UNITS[:9])])
}
"""English cardinals to ninety-nine, for releases in English ("a coalition of seven")."""


def read_count(word: str) -> int | None:
    """A cardinal, but not the article "een" ("één" and "1" do count), in Dutch or English;
    reads `COUNT_RULES` and `TOTAL_RULES`.

    >>> read_count("zeventien"), read_count("een"), read_count("één"), read_count("twenty-one")
    (17, None, 1, 21)
    """
    if word.lower() == "een":
        return None
    stem = re.sub(r"v$", "f", re.sub(r"ë$", "", re.sub(r"ss$", "s", word)))
    return cardinal(word) or ENGLISH_CARDINALS.get(word.lower()) or cardinal(stem)  # "met z'n
    # twaalven / zessen / tweeën": the stem of a count said of people


ORDER_RULES: tuple[tuple[Rule, Callable[[str], int | None]], ...] = (
    (
        Rule(
            "de achttiende partij / de 18e partner",
            re.compile(rf"\b(?P<n>\w+) (?:(?:nieuwe|aangesloten) )?{_PARTNER_SINGULAR}\b"),
        ),
        ordinal,
    ),
    (
        Rule(
            "(P)artner nummer 18",
            re.compile(rf"\b{_PARTNER_SINGULAR} (?:nummer|nr\.) (?P<n>\w+)\b", re.IGNORECASE),
        ),
        cardinal,
    ),
    (Rule("als achttiende aan/toe", re.compile(r"\bals (?P<n>\w+) (?:aan|toe)\b")), ordinal),
    (
        Rule(
            "(en) is daarmee nummer 14 / is als nummer 14 toegetreden / Number 17 is X",
            re.compile(
                r"(?:\b(?:(?:is|wordt|werd|became|becomes) (?:daarmee |daardoor |nu |zo |now )?"
                r"|als |as )(?:nummer|nr\.|number|no\.) |^(?:(?:En|And) )?(?:[Nn]ummer|[Nn]umber) )"
                r"(?P<n>[\w-]+)\b"
            ),
        ),
        read_count,
    ),
)


_OTHER = r"(?:andere|overige|bestaande|huidige)"
_ANY_PARTNER = rf"(?:{_PARTNERS}|{_PARTNER_SINGULAR})"
COUNT_RULES: tuple[Rule, ...] = (
    Rule(
        "zeventien andere partners",
        re.compile(rf"\b(?P<n>\w+) {_OTHER} {_ANY_PARTNER}\b"),
    ),
    Rule(
        "de andere 17 partners",
        re.compile(rf"\b{_OTHER} (?P<n>\w+) {_ANY_PARTNER}\b"),
    ),
)

LIST_RULES: tuple[tuple[Rule, bool], ...] = (
    # (rule, complete): a complete list is compared with the stated count.
    (Rule("partners uit ...: A, B en C", re.compile(rf"\b{_PARTNERS}\b[^:]*:(?P<list>.*)")), True),
    (
        Rule(
            "de coalitie bestaat (verder) uit: A, B en C",
            re.compile(r"\bbestaa?t (?:\w+ ){0,4}?uit:(?P<list>.*)"),
        ),
        True,
    ),
    (
        Rule(
            "Met z'n twaalven zijn we nu: A, B en C",
            re.compile(
                r"\b[Mm]et z['’]n \w+ (?:zijn|zitten) (?:we|wij)(?: nu| inmiddels| dus)*:"
                r"(?P<list>.*)"
            ),
        ),
        True,
    ),
    (
        Rule(
            "... partners, waaronder A en B",
            re.compile(r"\b(?:waaronder|onder wie|onder meer|zoals)\b(?P<list>.*)"),
        ),
        False,
    ),
)

_AIM = r"(?:om )?(?P<aim>.+)"
GOAL_RULES: RuleTable[Rule] = RuleTable(
    Rule(
        "die tot doel heeft om ...",
        re.compile(rf"\btot doel (?:heeft|hebben|heeft gesteld|hebben gesteld) {_AIM}"),
    ),
    Rule("met als doel om ...", re.compile(rf"\bmet als (?:doel|ambitie|missie) {_AIM}")),
    Rule(
        "heeft als doel om ...",
        re.compile(rf"\b(?:heeft|hebben) als (?:doel|ambitie|missie) {_AIM}"),
    ),
    Rule(
        "die als doel heeft om ...",
        re.compile(rf"\bals (?:doel|ambitie|missie) (?:heeft|hebben) {_AIM}"),
    ),
    Rule(
        "streeft ernaar om ... / die ernaar streeft om ...",
        re.compile(rf"\b(?:(?:streeft|streven) ernaar|ernaar (?:streeft|streven)) {_AIM}"),
    ),
    Rule("het doel is om ...", re.compile(rf"\b(?:doel|ambitie|missie) is {_AIM}")),
    Rule("de ambitie ... om ...", re.compile(r"\b(?:ambitie|doel)\b[^,;]*? om (?P<aim>.+)")),
    Rule(
        "wil in 2030 ... maken / willen dat in 2026 ...",
        re.compile(
            r"\b(?:wil|willen) (?:(?:zij|we|wij|ze) )?(?:dat )?(?P<aim>.*\b(?:19|20)\d\d\b.+)"
        ),
    ),
    Rule(
        "Het doel: in 2028 moet ... / een heldere ambitie: in 2029 ...",
        re.compile(
            r"\b(?:doel|doelstelling|ambitie|missie|streven|goal|aim|ambition|target)\b[^.:;]{0,40}:\s*"
            r"(?P<aim>.*\b(?:19|20)\d\d\b.+)"
        ),
    ),
    Rule(
        "In 2028 moet Tilburg ... zijn / Vóór 2027 wil het netwerk ...",
        re.compile(
            r"(?P<aim>\b(?:[Ii]n|[Vv][oó][oó]r|[Tt]egen|[Uu]iterlijk(?: in)?|[Ee]ind) "
            r"(?:19|20)\d\d (?:moet|moeten|wil|willen)\b.+)"
        ),
    ),
    Rule(
        "Samen zorgen we ervoor dat in 2027 ...",
        re.compile(
            r"\b(?:zorgen|zorgt|werken|werkt) (?:\w+ ){0,3}?(?:ervoor|eraan|aan) dat "
            r"(?P<aim>.*\b(?:19|20)\d\d\b.+)"
        ),
    ),
    Rule(
        "(De partners hebben) afgesproken dat in 2030 ...",
        re.compile(r"\bafgesproken dat (?P<aim>.*\b(?:19|20)\d\d\b.+)"),
    ),
    Rule(
        "Our goal for 2030 stands: ... / ons doel voor 2030",
        re.compile(r"\b(?:goal|aim|ambition|doel|ambitie) (?:for|voor) (?P<aim>(?:19|20)\d\d\b.+)"),
    ),
    Rule(
        "By the end of the project in 2029, ... will ...",
        re.compile(
            r"(?P<aim>\b[Bb]y the end of (?:[\w-]+ ){1,4}?(?:in )?(?:19|20)\d\d\b,? "
            r".*\b(?:will|should|must|wants?|aims?)\b.+)"
        ),
    ),
    Rule(
        "By 2027 we want to ... / By 2030, 90 percent of adults in X should ...",
        re.compile(
            r"(?P<aim>\b[Bb]y (?:19|20)\d\d,? (?:[^.;:]{0,120}? )?"
            r"(?:want|wants|aim|aims|will|intend|intends|should|must)\b.+)"
        ),
    ),
    Rule(
        "The coalition's goal is that by 2029 ... / het doel dat in 2030 ... / aims that by 2028",
        re.compile(
            r"\b(?:goal|target|aim|aims|ambition|doel|doelstelling|ambitie|gesteld)\b[^.]{0,40}?"
            r"\b(?:that|dat)\s+(?P<aim>(?:by|in|tegen|vóór|voor|uiterlijk|eind|end)\s+"
            r"(?:(?:of|van) )?(?:19|20)\d\d\b.+)"
        ),
    ),
    Rule(
        "The network wants that by 2027 every newcomer ... / want everybody in X to ... by 2027",
        re.compile(
            r"\b(?:wants?|wanted|aims?) (?:that )?(?P<aim>(?:by (?:19|20)\d\d,? "
            r"(?=(?:every|all|each|no)\w*\b)|(?=(?:every|all|each|no one|nobody)\w*\b[^.;]*"
            r"\b(?:19|20)\d\d\b)).+)"
        ),
    ),
    Rule(
        "(organisaties die) vinden dat in 2029 iedere inwoner ...",
        re.compile(
            r"\b(?:vinden|vindt|vond|vonden) dat (?P<aim>(?:in|vóór|voor|tegen|uiterlijk) "
            r"(?:19|20)\d\d\b.+)"
        ),
    ),
    Rule(
        "The partners have agreed that by 2028 ...",
        re.compile(r"\bagreed that (?P<aim>.*\b(?:19|20)\d\d\b.+)"),
    ),
    Rule(
        "In 2030 kan iedere inwoner ... / In 2028 hebben alle ...",
        re.compile(
            r"(?P<aim>^[\"“]?(?:[Ii]n|[Vv][oó][oó]r|[Tt]egen) (?:19|20)\d\d "
            r"(?:kan|kunnen|heeft|hebben|is|zijn) "
            r"(?:iedere?|elke?|alle|er|ten minste|minstens|\d).+)"
        ),
    ),
    Rule(
        "(Wat is het doel?) Dat in 2028 iedereen ...",
        re.compile(r"^(?:[A-Z]+: )?[\"“]?Dat (?:er )?(?P<aim>in (?:19|20)\d\d\b.+)"),
    ),
    Rule(
        "We werken toe naar 2028: dan moet ...",
        re.compile(r"\btoe naar (?P<aim>(?:19|20)\d\d\b.+)"),
    ),
    Rule(
        "aims to ... by 2030 / the goal is to ...",
        re.compile(r"\b(?:(?:aims?|wants?)|(?:goal|aim|ambition) is) to (?P<aim>.+)"),
    ),
)

PLACE_KINDS: dict[str, str] = {
    # The Dutch word for a kind of place -> the region kind it names.
    "stad": "city",
    "steden": "city",
    "gemeente": "city",
    "gemeenten": "city",
    "dorp": "city",
    "provincie": "province",
    "provincies": "province",
    "land": "country",
    "regio": "region",
    "streek": "region",
}
COUNTRIES = frozenset({"nederland", "belgië", "duitsland"})  # lowercased; the rest are regions
_PLACE_WORD = rf"(?:['’]s-)?[{UPPER}][\w'’\-]*"
_PLACE = rf"{_PLACE_WORD}(?: (?:aan de |aan den |op |in de |an de )?{_PLACE_WORD})*"
_PLACES = rf"(?P<places>{_PLACE}(?:(?:, | en ){_PLACE})*)"
_KIND = "(?:" + "|".join(PLACE_KINDS) + ")"
_KIND_LIST = rf"(?P<kinds>{_KIND}(?:(?:, | en | of ){_KIND})*)"
_ADJECTIVES = r"(?:[\w\-]+ ){0,4}?"

REGION_RULES: tuple[Rule, ...] = (
    Rule(
        "van Groningen ... de meest ... stad en provincie",
        re.compile(rf"^van {_PLACES} .*?\b(?:de|het) {_ADJECTIVES}{_KIND_LIST}\b"),
    ),
    Rule(
        "Drenthe ... tot de meest ... provincie",
        re.compile(rf"^{_PLACES} .*?\btot (?:de|het) {_ADJECTIVES}{_KIND_LIST}\b"),
    ),
    Rule(
        "in de provincie Friesland",
        re.compile(rf"\b(?:in|van|voor) (?:de |het )?{_KIND_LIST} {_PLACES}"),
    ),
    Rule(
        "(in 2030) van Venlo en Venray (in 2030) de digitaal vaardigste regio (van Limburg)",
        re.compile(
            rf"(?:^|\b(?:van|in|\d{{4}}) )(?:(?:moet|moeten|wil|willen) )?(?:het |de )?{_PLACES} "
            rf"(?:in \d{{4}} )?(?:tot )?"
            rf"(?:de|het) {_ADJECTIVES}{_KIND_LIST}\b"
        ),
    ),
    # Fallback, only when none of the above matched: kind "country" or "region".
    Rule(
        "in Noord-Nederland / resident of Eindhoven", re.compile(rf"\b(?:in|voor|van|of) {_PLACES}")
    ),
)


@dataclass(frozen=True)
class GlueRule:
    """Where two names run together without a space: a cut between two characters.

    Attributes:
        name: A short id, used in tests and warnings.
        pattern: A zero-width pattern that matches at the cut.
        multiword_only: Cut only inside a piece of more than one word, so that a single
            CamelCase name ("GroenLinks", "ThiemeMeulenhoff") stays whole.
        example: A glued piece it repairs.
    """

    name: str
    pattern: re.Pattern[str]
    multiword_only: bool
    example: str


_LETTER = r"[^\W\d_]"
GLUE_RULES: tuple[GlueRule, ...] = (
    GlueRule(
        "word+Word",
        re.compile(rf"(?<={_LETTER}{{3}}[{LOWER}])(?=[{UPPER}][{LOWER}]{{2}})"),
        True,
        "Hanzehogeschool GroningenGemeente Groningen",
    ),
    GlueRule(
        "word+ACRONYM",
        re.compile(rf"(?<={_LETTER}{{3}}[{LOWER}])(?=[{UPPER}][{UPPER}0-9]{{2,}}(?!\w))"),
        True,
        "Provincie GroningenUMCG",
    ),
    GlueRule(
        "ACRONYM+Word",
        re.compile(rf"(?<=[{UPPER}]{{2}})(?=[{UPPER}][{LOWER}]{{2}})"),
        True,
        "UMCGAlfa College",
    ),
    GlueRule(
        "ACRONYM+code",
        re.compile(rf"(?<=[{UPPER}]{{2}})(?=(?:[{UPPER}][0-9]){{2,}}(?!\w))"),
        False,
        "SKSGO2G2",
    ),
)
