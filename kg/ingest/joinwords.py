"""The words the join reader leaves out of a joiner's subject or object ("X, een ICT-bedrijf uit
Y,", "X, which runs homes in A and B,", "X – partner #9,"), and the words by which a sentence
tells no join of the coalition ("als toehoorder", "joined the board", "nog niets besloten")."""

from __future__ import annotations

import re

from kg.ingest.words import ROLES

__all__ = [
    "APPOSITION",
    "DESCRIBED",
    "DESCRIBED_SUBJECT",
    "INSERTED",
    "NOT_COALITION",
    "OBSERVER",
    "PERSON_SIGNS",
    "RELATIVE_TAIL",
    "ROLE_PERSON",
    "TRAILING",
    "WHO_IS",
    "signer_surname",
]

TRAILING = re.compile(
    r"(?:,? (?:today|yesterday|now|officially|also|recently|itself|vandaag|gisteren|nu|officieel"
    r"|ook|zelf|[–—-] (?:partner|member|lid) (?:#|(?:nummer|number|nr\.|no\.) )\w+"
    r"(?: (?:of|van) [^,]+)?,?))+$"
)  # "X (Enschede) – partner #9, joined the coalition"
APPOSITION = re.compile(r", (?:the|a|an|de|het|een) (?:[^,]|,(?=\d))+,?$")  # "X B.V., the ..."
DESCRIBED = re.compile(  # "X, een ICT-bedrijf uit Y,", "X, het glasvezelbedrijf", "X, als 6e,"
    r", (?:(?:een|a|an|als(?! ook)|as(?! well)) |(?:de|het|the) (?=[a-zà-ÿ]|[A-Z]{2,}-))"
    r"(?:[^,]|,(?=\d))+,?$"
)
INSERTED = re.compile(  # "X, which runs homes in A and B, joined"; "De zorgorganisatie, met ..."
    r",\s*(?:which|who|that|with|based|located|die|dat|waarvan|waarin|waarmee|met|gevestigd)\b.*$"
)
DESCRIBED_SUBJECT = re.compile(
    r"(?:[Dd]e|[Hh]et|[Tt]he) [a-zß-ÿ][\w-]*(?: (?:en )?[a-zß-ÿ][\w-]*)*? "
    r"(?:achter|behind|van|of|uit|from|voor|for) (?:de|het|the) [a-z]"
)  # a description of an organisation told before, not its name
RELATIVE_TAIL = re.compile(r",\s*(?:die|dat|wat|which|who|that)\b")
NOT_COALITION = re.compile(
    r"(?:the |het |de |een |a |an |our |ons |onze )?(?:board|team|staff|committee|bestuur"
    r"|stuurgroep|redactie"
    r"|raad van toezicht|company|spreekuur|spreekuren|inloop\w*|cursus\w*|workshop\w*|lessen"
    r"|koffieochtend\w*|bijeenkomst\w*|course|class|session|meeting|petitie\w*|petition\w*"
    r"|huurovereenkomst\w*|lease|contract\w*|week van|dag van|hackathon|conferentie|congres)\b"
)
OBSERVER = re.compile(
    r"\bals (?:toehoorder|waarnemer|agendalid|gast|adviseur)\b|\bas (?:an )?(?:observer|adviser)\b"
    r"|\bnog (?:niets|niks|niet) (?:over )?besloten\b|\bnot (?:yet )?(?:been )?decided\b"
)  # "X wil graag aanschuiven, maar daar is nog niets over besloten": no join yet
PERSON_SIGNS = re.compile(rf"(?:{ROLES.pattern}|[Dd]ijkgraaf)\s+(?:\S+\.\s+)?[A-Z]", re.I)
ROLE_PERSON = re.compile(
    rf"(?i:(?:[a-z]+ )?{ROLES.pattern})\s+(?:[A-ZÀ-Þ]\.\s?)*(?:[A-ZÀ-Þ][\w'’-]+ )?"
    r"(?:(?:van|de|der|den|ter|ten|te|el|op) )+[A-ZÀ-Þ][\w'’-]+"
)
"""A role and a person's name: "voorzitter Gerrit van Boxtel", who signs (not "van Boxtel")."""
WHO_IS = re.compile(
    r" (?:is|was|wordt|werd) (?:\w+ )?(?:de|het|een|onze) (?:[\w-]+ ){0,3}?"
    r"(?:organisatie|partner|partij|deelnemer|lid) (?:die|dat)$"
)


def signer_surname(name: str, text: str) -> bool:
    """Whether `name` is the end of a person's name after a role ("penningmeester Gerda van Ede",
    `ROLE_PERSON`) in `text`: a surname, not the place Ede joining."""
    return any(match.group().endswith(" " + name) for match in ROLE_PERSON.finditer(text))
