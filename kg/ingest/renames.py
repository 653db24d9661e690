"""A coalition's new and former names in one sentence, read by the `leaving` tables: a rename
(`RENAME_RULES`: "X gaat per 1 mei verder als Y") or a former name told alone (`FORMER_RULES`:
"Walcheren Digitaal, dat tot begin dit jaar Digihulp Walcheren heette").

>>> from kg.ingest.sentences import read_sentences
>>> [n.value for n in renamed(read_sentences("Digihulp Ede gaat verder als Digitaal Ede.")[0], {})]
['Digihulp Ede', 'Digitaal Ede']
"""

from __future__ import annotations

import re

from kg.ingest.coalitions import named, plausible_coalition
from kg.ingest.leaving import FORMER_RULES, RENAME_RULES, unquoted
from kg.ingest.names import Name
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import name_run

__all__ = ["former_name", "renamed"]

_RELATIVE = re.compile(r",\s*(?:waarvan|waarin|waarbij|die|dat|which|who|that)\b[^,]*,?\s*$")


def renamed(
    sentence: Sentence, coalitions: dict[str, str]
) -> tuple[Name | None, Name | None] | None:
    """(former, new) name a rename tells, either None where the sentence does not give it
    ("Daarom gaan we verder als Y": Y only); None where no rename rule reads the sentence."""
    for rule in RENAME_RULES.possible(sentence.text):
        match = rule.pattern.search(sentence.text)
        if match:
            subject = _RELATIVE.sub("", match.group("subj"))  # "X, waarvan ... deel uitmaakt,"
            old = name_run(unquoted(subject), True)
            new = name_run(unquoted(match.group("new")), False)
            former = named(old, coalitions) if old and new else None
            current = new and (old or plausible_coalition(new, sentence.text))
            return former, named(new, coalitions) if current else None
    return None


def former_name(sentence: Sentence, coalitions: dict[str, str]) -> tuple[Name | None, Name | None]:
    """(former, current) name a sentence tells without a rename ("X, dat tot begin dit jaar Y
    heette": Y; "Sinds 1 juli heet het netwerk: Linge Digitaal": the current one), where
    `plausible_coalition` allows it; (None, None) where none is told."""
    for rule in FORMER_RULES.possible(sentence.text):
        match = rule.pattern.search(sentence.text)
        if match and (said := match.groupdict().get("new") or match.groupdict().get("new2")):
            new = name_run(unquoted(said), False)  # "Sinds 1 juli heet het netwerk: Linge
            current = new and plausible_coalition(new, sentence.text)  # Digitaal", a name alone
            return None, named(new, coalitions) if current else None
        if match:
            old = name_run(unquoted(match.group("old")), False)
            former = old and " " in old and plausible_coalition(old, sentence.text)
            return named(old, coalitions) if former else None, None
    return None, None
