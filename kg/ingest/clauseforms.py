"""Joins told with the verb last, in a clause after "dat" ("De krant meldt dat Stichting X zich
heeft aangesloten", "blij dat Bibliotheek X partner is geworden", "dat het Leerhuis X en het
Taalpunt Y hun handtekening hebben gezet"). The main-clause rows are `phrases.JOIN_FORMS`.

Each row reads its sentence from the start, so the main clause is part of the statement whose
negation `joins` checks ("Het klopt niet dat X ..."), and a main clause that doubts, hopes or
denies ("ontkent dat", "hoopt dat", "als blijkt dat") tells no join. Who joins must name what it
is (a foundation, a library, "...huis", "...groep"): not a person or a place ("blij dat Marieke
lid is geworden", "dat Medemblik partner is geworden")."""

from __future__ import annotations

from kg.ingest.names import PERSON_NAME
from kg.ingest.phrases import SEPARABLE, phrase
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER
from kg.ingest.words import NAMES_A_KIND

__all__ = ["CLAUSE_FORMS"]

_TOLD = (
    r"^(?:(?![^;:]*?\b(?:ontken\w*|hoop\w*|hopen|gehoopt|verwacht\w*|rekenen|ten onrechte|blijkt"
    r"|zeker|zou|zouden|wil|willen|kan|kunnen|moet|moeten|of)\b)[^;:]*?\bdat |[-–•]\s+(?:dat )?)"
)  # the main clause before "dat", which may not doubt, hope or deny what follows; or a bullet
# under "overwegende dat:" ("- de Vrouwenvereniging X op 12 november ... is toegetreden;")
_WHO = rf"{NAMES_A_KIND}(?P<obj>(?:(?:de|het|['’]t) )?[{UPPER}][^;:]{{0,200}}?)"
_WHEN = r"(?:(?!(?:dat|die|omdat|waarom|hoe|en|of|maar)\b)[a-zß-ÿ0-9][\w’'/\-]* ){0,10}?"
_TO = r"(?:(?:bij|tot) (?P<coal>[^,;:]{1,80}?) )?"  # "dat X zich bij Y heeft aangesloten"
_HAS = r"(?P<verb>is|zijn|heeft|hebben)"
_NOT_AFTER = r"(?! (?:bij|tot|van|onder)\b)"  # "... heeft aangesloten bij Y": a row of its own
_SIGNATURE = r"(?:hun|zijn|haar|de) (?:handtekening|krabbel|paraaf)"


def _perfect(participle: str) -> tuple[Rule, ...]:
    """The perfect of a separable verb with the verb last, in either order of the two verbs:
    "dat X zich (bij Y) heeft aangesloten", "dat X zich heeft aangesloten bij Y", "dat X per 1
    mei tot Y toegetreden is"."""
    return (
        phrase(
            f"dat X zich (bij Y) heeft {participle}",
            rf"{_TOLD}{_WHO} (?:zich )?{_WHEN}{_TO}{_HAS} {participle}\b{_NOT_AFTER}",
        ),
        phrase(
            f"dat X zich heeft {participle} bij Y",
            rf"{_TOLD}{_WHO} (?:zich )?{_WHEN}{_HAS} {participle} (?:bij|tot) {{C}}",
        ),
        phrase(
            f"dat X (tot Y) {participle} is",
            rf"{_TOLD}{_WHO} (?:zich )?{_WHEN}{_TO}{participle} {_HAS}\b",
        ),
    )


_SIGNED = r"(?:[^,;.:]{0,40}? )?(?:(?P<verb>heeft|hebben) gezet|gezet (?:heeft|hebben))"
CLAUSE_FORMS: tuple[Rule, ...] = (
    *(row for _, _, participle in SEPARABLE for row in _perfect(participle)),
    phrase(
        "blij dat X (onze tiende) partner is geworden (van Y)",
        rf"{_TOLD}{_WHO} {_WHEN}(?:(?:onze|de|het|een) )?(?:[a-zß-ÿ0-9][\w-]* )?"
        rf"(?:partner|partners|lid|leden|deelnemer|deelnemers) (?P<verb>is|zijn|heeft|hebben|was"
        rf"|waren) geworden\b(?: van {{C}})?",  # "dat X per 1 september partner was geworden"
    ),
    phrase(
        "meldt dat A en B gisteren hun handtekening (onder Y) hebben gezet",
        rf"{_TOLD}{_WHO} {_WHEN}{_SIGNATURE} (?:onder (?P<coal>[^,;.:]{{1,80}}?) )?{_SIGNED}\b"
        rf"{_NOT_AFTER}",
    ),
    phrase(
        "(Zaterdag) hebben A en B hun handtekening gezet / heeft ook X zijn handtekening gezet",
        rf"\b{_HAS} (?:(?:ook|nu|nog|eindelijk) )?(?!{PERSON_NAME} van ){_WHO} {_WHEN}"
        rf"(?:(?:in|te) [{UPPER}][\w'’-]+ )?{_SIGNATURE} gezet\b"
        r"(?: onder (?:de |het )?(?:[a-z]\w* )?(?:van )?(?P<coal>[A-Z][^,;.]{1,80}))?"
        rf"{_NOT_AFTER}",  # "heeft X vanmiddag in Helmond haar handtekening gezet onder ... Y"
    ),  # not "heeft Wim van der Veen van X zijn handtekening gezet": `newsforms` reads X
    phrase(
        "blij dat X, de opleiding van ..., sinds woensdag deel uitmaakt van Y",
        rf"{_TOLD}{_WHO} {_WHEN}(?:sinds|vanaf|per) {_WHEN}deel (?P<verb>uitmaakt|uitmaken) "
        r"van {C}",
    ),
    phrase(
        "las dat (vorige week ook) X erbij is gekomen / erbij gekomen is",
        rf"{_TOLD}(?:(?:vorige|afgelopen|deze|week|maand|ook|nu|onlangs|inmiddels) )*{_WHO} "
        rf"{_WHEN}(?:er)?bij (?:{_HAS} gekomen|gekomen (?:is|zijn))\b",
    ),
    phrase(
        "meldt dat A en B hun handtekening hebben gezet onder Y",
        rf"{_TOLD}{_WHO} {_WHEN}{_SIGNATURE} {_SIGNED} onder {{C}}",
    ),
)
"""Rows read before `phrases.JOIN_FORMS`: "dat X op 24 november als negende partner tot Y is
toegetreden" is X's join, whose subject "X ... tot Y" a main-clause row would read as Y."""
