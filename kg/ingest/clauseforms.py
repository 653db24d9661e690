"""Joins told with the verb last: in a clause after "dat" ("De krant meldt dat X zich heeft
aangesloten", "blij dat X partner is geworden") and in the perfect of a signature ("A en B
hebben gisteren hun handtekening gezet"). The main-clause rows are `phrases.JOIN_FORMS`."""

from __future__ import annotations

from kg.ingest.names import PERSON_NAME
from kg.ingest.phrases import SEPARABLE, phrase
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER

__all__ = ["CLAUSE_FORMS"]

_WHO = rf"(?P<obj>(?:(?:de|het|['’]t) )?[{UPPER}][^;:]{{0,200}}?)"  # "dat het Leerhuis X en ..."
_WHEN = r"(?:(?!(?:dat|die|omdat|waarom|hoe|en|of|maar)\b)[a-zß-ÿ0-9][\w’'/\-]* ){0,10}?"
_TO = r"(?:(?:bij|tot) [^,;:]{1,80}? )?"  # "dat X zich (gisteren) bij de alliantie heeft ..."
_HAS = r"(?P<verb>is|zijn|heeft|hebben)"
_SIGNATURE = r"(?:hun|zijn|haar) (?:handtekening|krabbel|paraaf)"


def _perfect(participle: str) -> tuple[Rule, ...]:
    """The perfect of a separable verb with the verb last, in either order of the two verbs:
    "dat X zich heeft aangesloten", "dat X per 1 mei toegetreden is"."""
    return (
        phrase(
            f"dat X zich heeft {participle}",
            rf"\bdat {_WHO} (?:zich )?{_WHEN}{_TO}{_HAS} {participle}\b",
        ),
        phrase(
            f"dat X {participle} is",
            rf"\bdat {_WHO} (?:zich )?{_WHEN}{_TO}{participle} {_HAS}\b",
        ),
    )


CLAUSE_FORMS: tuple[Rule, ...] = (
    *(row for _, _, participle in SEPARABLE for row in _perfect(participle)),
    phrase(
        "blij dat X (onze tiende) partner is geworden",
        rf"\bdat {_WHO} {_WHEN}(?:(?:onze|de|het|een) )?(?:[a-zß-ÿ0-9][\w-]* )?"
        rf"(?:partner|partners|lid|leden|deelnemer|deelnemers) {_HAS} geworden\b",
    ),
    phrase(
        "A en B hebben (gisteren) hun handtekening gezet (onder Y)",
        rf"^(?P<subj>[^;:]+?) {_HAS} {_WHEN}{_SIGNATURE} (?:[^,;.:]{{0,60}}? )?gezet\b",
    ),
    phrase(
        "(Bij Y) hebben A en B (gisteren) hun handtekening gezet",
        rf"\b{_HAS} (?!{PERSON_NAME} van ){_WHO} {_WHEN}{_SIGNATURE} gezet\b",
    ),  # not "heeft Wim van der Veen van X zijn handtekening gezet": `newsforms` reads X
    phrase(
        "meldt dat A en B gisteren hun handtekening hebben gezet",
        rf"\bdat {_WHO} {_WHEN}{_SIGNATURE} (?:[^,;.:]{{0,80}}? )?"
        rf"(?:{_HAS} gezet|gezet (?:heeft|hebben))\b",
    ),
)
"""Rows read before `phrases.JOIN_FORMS`: "dat X op 24 november als negende partner tot Y is
toegetreden" is X's join, whose subject "X ... tot Y" a main-clause row would read as Y."""
