"""Joins the coalition's order tells, whatever the verb: "X checked in as partner number seven of
Y", "En daar is de veertiende en voorlopig laatste: X", "Als eerste tekent X, en daarmee heeft Y
zijn twaalfde partner". Tried after every other table (`phrases`, `newsforms`): an order of the
coalition says that a join happened where no verb of joining does."""

from __future__ import annotations

from kg.ingest.ordinals import NTH_WORD
from kg.ingest.phrases import phrase
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER

__all__ = ["ORDER_FORMS"]

_PARTNER = r"(?:partner|member|organisatie|organisation|deelnemer|lid)"
_ARRIVES = (
    r"(?:checked|signed|enrolled|registered|came|stepped|jumped|was|stapte|stappen|meldde|meldden"
    r"|kwam|kwamen|haakte|haakten|schoof|schoven|tekende|tekenden|ondertekende|werd|werden)"
)  # a verb of arriving or signing: not "won de prijs als de tiende organisatie van Nederland"
_HEDGED = r"(?:zou|zouden|mogelijk|misschien|wellicht|wil|willen|would|might|could|may)"

ORDER_FORMS: tuple[Rule, ...] = (
    phrase(
        "X checked in / stapte in / meldde zich als twaalfde partner van Y (partner number 7 of Y)",
        rf"^(?![^;:]*\b{_HEDGED}\b){{S}} (?P<verb>{_ARRIVES})(?: [a-z][\w-]*){{0,4}}? (?:als|as) "
        rf"(?:de |het |the |its |our )?(?:{NTH_WORD} (?:partner|member|deelnemer)"
        r"|(?:partner|member) (?:nummer|number|nr\.|no\.) \w+) (?:van|of|bij|in|to) {C}",
    ),
    phrase(
        "(Direct na ons) tekende X als tiende / Straight after us, X signed as the 10th",
        rf"^(?![^;:]*\b{_HEDGED}\b){{S}} (?P<verb>signed|signs|tekende|tekent|ondertekende"
        r"|ondertekent|followed|volgde|joined)(?: [a-z][\w-]*){0,3}? (?:als|as) (?:de |het |the )?"
        rf"{NTH_WORD}(?=\s*[,.;!]|\s*$| (?:and|en|which|wat|waarmee|so)\b)",
    ),
    phrase(
        "Direct daarna tekende X als tiende",
        rf"^(?![^;:]*\b{_HEDGED}\b)[{UPPER}][a-z]*(?: [a-z]+){{0,3}} (?P<verb>tekende|tekent"
        rf"|ondertekende|ondertekent|volgde|volgt) (?P<obj>[{UPPER}][^,;:]{{1,80}}?) als "
        rf"(?:de |het )?{NTH_WORD}(?=\s*[,.;!]|\s*$| (?:en|wat|waarmee)\b)",
    ),
    phrase(
        "En daar is de veertiende (en voorlopig laatste): X / Nummer dertien: X",
        rf"\b(?:is|komt|volgt) (?:(?:de|het) {NTH_WORD}|nummer \w+)(?: (?:en|and) [a-z ]{{1,30}})?"
        rf": (?P<obj>[{UPPER}][^,;:]{{1,100}}?)(?=[.!]|$)",
    ),
    phrase(
        "Het elfde lid is sinds deze maand aan boord: X / Our newest member since May: X",
        rf"^(?:[Hh]et|[Dd]e|[Oo]nze?|[Tt]he|[Oo]ur|[Ii]ts) (?:{NTH_WORD}|nieuwste|newest|latest) "
        rf"(?:nieuwe |new )?{_PARTNER}\b(?P<verb> (?:is|was|zit|kwam|joined|came)\b)?"
        r"(?=[^:;]*\b(?:sinds|vanaf|per|since|as of|aan boord|erbij|toegetreden|aangesloten"
        r"|gekomen|binnen|joined|on board|welkom|welcome)\b)"
        rf"[^:;\"“]{{0,60}}: (?P<obj>[{UPPER}][^,;:]{{1,100}}?)(?=[.!,]|$)",
    ),
    phrase(
        "(Als eerste) tekent X, en daarmee heeft Y zijn twaalfde partner",
        r"\b(?P<verb>tekent|tekende|ondertekent|ondertekende|signs|signed) "
        rf"(?P<obj>[{UPPER}][^,;:]{{0,100}}?), en (?:daarmee|zo|dus) (?:heeft|telt|krijgt|kreeg) "
        rf"(?P<coal>[{UPPER}][^,;:]{{0,80}}?) (?:zijn|haar|de|het) {NTH_WORD} {_PARTNER}\b",
    ),
)
