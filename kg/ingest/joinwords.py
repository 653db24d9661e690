"""The words the join reader leaves out of a joiner's subject or object ("X, een ICT-bedrijf uit
Y,", "X, which runs homes in A and B,", "X – partner #9,"), and the words by which a sentence
tells no join of the coalition ("als toehoorder", "joined the board", "nog niets besloten")."""

from __future__ import annotations

import re
from typing import Any

from kg.ingest.names import Name
from kg.ingest.sentences import Sentence
from kg.ingest.words import LISTED_AMONG, ROLES

__all__ = [
    "ALREADY",
    "ANYONE_WHO",
    "APPOSITION",
    "DASHED",
    "DESCRIBED",
    "DESCRIBED_SUBJECT",
    "EARLIER",
    "FRONTED",
    "INSERTED",
    "NEXT_CLAUSE",
    "NOT_COALITION",
    "OBSERVER",
    "ORDER_ONLY",
    "OURS_WELCOME",
    "PERSON_SIGNS",
    "RELATIVE_TAIL",
    "ROLE_PERSON",
    "TRAILING",
    "WHO_IS",
    "settle",
    "signer_surname",
]

ALREADY = (
    r"zich al (?:eerder )?aan|already joined|(?:is|zijn|was|waren) (?:(?:wel|ook|toch|dus|zelf) )?"
    r"al (?:sinds|vanaf|jaren|lang)"
)  # "De VTS is wel al jaren aangesloten bij ..."
"""A join told as done before: "In maart sloot X zich al aan", "X is al sinds 2025 partner"
(history, and no date to lend)."""

NEXT_CLAUSE = re.compile(
    r"; |,? (?:en|and|maar|but) (?=[a-z])|, (?:die|dat|which|who|waar|followed|gevolgd|zodat|so)\b"
)
"""Where the clause after a join's own begins ("..., en nemen sindsdien deel", "..., followed
two weeks later by Y"): its words of an earlier time are not the join's."""

EARLIER = re.compile(
    r"\b(?:(?<!weken )(?<!dagen )(?<!maanden )(?<!week )(?<!dag )[Ee]erder"  # not "weken eerder"
    r"|[Ss]indsdien|[Ee]arlier|^Toen|[Ee]ventueel|(?<![Dd]irect )(?<![Mm]eteen )[Dd]aarna"
    r"|[Vv]ervolgens|[Nn]adien"
    r"|(?<!dag )(?<!dagen )(?<!week )(?<!weken )(?<!uur )(?<![Ee]ven )(?<!kwartier )(?<!minuten )"
    r"[Ll]ater"  # "een dag later", "een kwartier later"
    r"|[Ss]inds de start|[Vv]anaf (?:de start|het begin)|(?:[Ss]ince|[Ff]rom) the start"
    rf"|[Ss]ince then|{ALREADY}"
    rf")\b|{LISTED_AMONG}(?=\s)"
)
"""A join told as history ("Eerder sloten A en B aan", "Verder zijn onder meer A, B en C
aangesloten": members, listed), not the text's news."""


OURS_WELCOME = re.compile(
    r"^(?:(?:Ons|Onze|Our) (?=[A-Z]{2,}\b)"
    r"|(?:Hartelijk |Warm )?(?:Welkom|Welcome)(?: (?:aan|to))? )"
)
"""Words a row reads with a name: "Ons ROC X" (X), "Welkom aan X" (X)."""

TRAILING = re.compile(
    r"(?:,? (?:today|yesterday|now|officially|also|recently|itself|vandaag|gisteren|nu|officieel"
    r"|ook|zelf|both|all (?:three|four|five|six)|each|allebei|beide|beiden|alle (?:drie|vier|vijf)"
    r"|[–—-] (?:partner|member|lid) (?:#|(?:nummer|number|nr\.|no\.) )\w+"
    r"(?: (?:of|van) [^,]+)?,?))+$"
)  # "X (Enschede) – partner #9, joined the coalition"
APPOSITION = re.compile(  # "X B.V., the ...", "X, the organiser of tours through A, the B and C,"
    r", (?:the|a|an|de|het|een) (?:[^,–—]|,(?=\d)|, (?=(?:the|de|het) ))+,?$"  # not a dateline
    r"|, (?:the|a|an|de|het|een) (?:[a-zà-ÿ-]+ ){1,3}(?:van|of|voor|for) (?:(?:de|het|the) "
    r"(?:gemeenten|municipalities|provincies)|Gemeente|Municipality of|Provincie)\b[^–—]*$"
)  # "X, de schuldhulp van de gemeenten A, B en C, is partner": where X works, not who joins
DESCRIBED = re.compile(  # "X, een ICT-bedrijf uit Y,", "X, het glasvezelbedrijf", "X, als 6e,"
    r", (?:(?:een|a|an|als(?! ook)|as(?! well)) |(?:de|het|the) (?=[a-zà-ÿ]|[A-Z]{2,}-))"
    r"(?:[^,]|,(?=\d))+,?$"
    r"|,\s*(?:met|with) (?:\w+ )?(?:kantoren|vestigingen|locaties|offices|branches|sites) .*$"
    r"|,\s*(?:with|based|located|gevestigd|known|bekend)\b(?![^.;]*,? (?:en|and) [A-Z]).*$"
    r"|,\s*(?:die|dat|which|who)\b[^,;]*,\s*$"  # "is X, die zoals u weet ..., toegetreden"
)  # "onze coöperatie, met kantoren in A, B en C,": not C; "X, known for ..., is partner"
INSERTED = re.compile(  # "X, which runs homes in A and B, joined"; "De zorgorganisatie, met ..."
    r",\s*(?:which|who|that|with|based|located|die|dat|waarvan|waarin|waarmee|met|gevestigd"
    r"|known|famous|founded|bekend|opgericht|gespecialiseerd|speciali[sz]ed)\b.*$"
    r"|\s+van (?:ons|onze|hun|haar|zijn) [a-zß-ÿ-]+ [A-Z][a-zß-ÿ]+(?: (?:van|de|der|den|ter))*"
    r"(?: [A-Z][\w'’-]+)+(?: uit [A-Z][\w'’-]+)?$"  # "X van ons gildelid Anna de Boer"
)
DASHED = re.compile(r"\s[–—]\s[^–—\d]{3,120}\s[–—](?=\s|$)")  # "X – voor de vaste lezers: ... –"
DESCRIBED_SUBJECT = re.compile(
    r"(?:[Dd]e|[Hh]et|[Tt]he) [a-zß-ÿ][\w-]*(?: (?:en )?[a-zß-ÿ][\w-]*)*? "
    r"(?:achter|behind|van|of|uit|from|voor|for) (?:de|het|the) [a-z]"
)  # a description of an organisation told before, not its name
ANYONE_WHO = re.compile(
    r"\b(?:elke|iedere?|alle|every|each|any|anyone|iedereen|everyone|wie)\b[^.;]*? (?:die|dat"
    r"|who|that)(?: [a-zß-ÿ][\w-]*){0,4}$"
)  # "elke inwoner van A en B die digitaal (wil meedoen)": the verb is a relative clause's
RELATIVE_TAIL = re.compile(r",\s*(?:die|dat|wat|which|who|that)\b")
NOT_COALITION = re.compile(
    r"(?:the |het |de |een |a |an |our |ons |onze )?(?:board|team|staff|committee|bestuur"
    r"|stuurgroep|redactie"
    r"|raad van toezicht|company|spreekuur|spreekuren|inloop\w*|cursus\w*|workshop\w*|lessen"
    r"|koffieochtend\w*|bijeenkomst\w*|course|class|session|meeting|petitie\w*|petition\w*"
    r"|huurovereenkomst\w*|lease|contract\w*|week van|dag van|hackathon|conferentie|congres"
    r"|concours|wedstrijd\w*|toernooi\w*|competitie\w*|tournament|competition|contest)\b"
)
OBSERVER = re.compile(
    r"\bals (?:toehoorder|waarnemer|agendalid|gast|adviseur)\b|\bas (?:an )?(?:observer|adviser)\b"
    r"|\bnog (?:niets|niks|niet) (?:over )?besloten\b|\bnot (?:yet )?(?:been )?decided\b"
    r"|\b(?:declined|turned (?:it )?down|said no|afgeslagen|nee gezegd|(?:heeft|hebben) bedankt)\b"
)  # "X wil graag aanschuiven, maar daar is nog niets over besloten": no join yet; "X was also
# invited to join but has declined": asked, not joined
PERSON_SIGNS = re.compile(rf"(?:{ROLES.pattern}|[Dd]ijkgraaf)\s+(?:\S+\.\s+)?[A-Z]", re.I)
ROLE_PERSON = re.compile(
    rf"(?i:(?:[a-z]+ )?{ROLES.pattern})\s+(?:(?:[A-ZÀ-Þ]\.\s?)+|[A-ZÀ-Þ][\w'’-]+ )"
    r"(?:(?:van|de|der|den|ter|ten|te|el|op) )+[A-ZÀ-Þ][\w'’-]+"
)
"""A role and a person's name: "voorzitter Gerrit van Boxtel", who signs (not "van Boxtel")."""
WHO_IS = re.compile(
    r" (?:is|was|wordt|werd) (?:\w+ )?(?:de|het|een|onze) (?:[\w-]+ ){0,3}?"
    r"(?:organisatie|partner|partij|deelnemer|lid) (?:die|dat)$"
)


def signer_surname(name: str, text: str) -> bool:
    """Whether `name` is written in `text` only as the end of a person's name after a role and a
    first name or initials ("penningmeester Gerda van Ede", `ROLE_PERSON`): a surname, not the
    place Ede joining; not where the name is written elsewhere too ("Ook Ede heeft getekend, in
    aanwezigheid van wethouder Jan van Ede")."""
    spans = [m.span() for m in ROLE_PERSON.finditer(text) if m.group().endswith(" " + name)]
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return bool(spans) and all(any(a <= at < b for a, b in spans) for at in found)


_AGAIN = re.compile(
    r"\b(?:weer|opnieuw|again|rejoin\w*|re-join\w*|terug(?:gekeerd|gekomen))\b", re.I
)
"""A join again after a leave: "is nu weer aangesloten", "rejoined this week"."""


def settle(left: list[Name], joins: list[Any], sentence: Sentence) -> tuple[list[Name], set[str]]:
    """The leavers of a sentence that also tells joins (`joins`: the joins read so far, with
    their sentences), and the names whose joins it undoes: a name that joins and leaves in one
    sentence leaves ("X is gestopt als partner van Y" is no "X is partner van Y"; "X, die als
    eerste aansloot, trok zich terug"), unless it joins again ("X, die vorig jaar stopte als
    partner, is nu weer aangesloten": a join)."""
    if _AGAIN.search(sentence.text):
        here = {j.name.value for j in joins if j.sentence is sentence}
        return [name for name in left if name.value not in here], set()
    return left, {name.value for name in left}


FRONTED = re.compile(
    r"(?:In|Op|Bij|Tijdens|Na|Met|Vanuit|Namens|Aan|Uit|Voor|Achter|Onder) (?:een|de|het)\b"
)
"""A prepositional phrase that opens a sentence, verb second: "In een foyer van Theater X
ondertekenden elf organisaties"."""
ORDER_ONLY = re.compile(
    r"(?:En |And )?(?:Nummer|Number|Partner) \w+(?: is| was)?(?: binnen| erbij| in| er| aan boord"
    r"| on board)?[.!]?"
)
"""A sentence that only tells an order, of the join told next."""
