"""What a join's subject that points back stands for: "de brigade" after "Reddingsbrigade X",
"het buurtcentrum" after "Welkom, Buurtcentrum 't Hof!", "Het Denkraam" where the text writes it
as a name of its own."""

from __future__ import annotations

import re

from kg.ingest.gazetteer import bare_place
from kg.ingest.lines import org_like
from kg.ingest.names import without_person
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.subjects import AT_PLACE, name_run
from kg.ingest.words import ANAPHORA

__all__ = ["antecedent"]


def antecedent(before: list[Sentence], subject: str) -> list[str]:
    """The name a subject that points back stands for: "het buurtcentrum in Kattenbroek" after
    "Welkom, Buurtcentrum 't Hof!" is Buurtcentrum 't Hof; "de winkel" after a paragraph that
    names one organisation only ("liepen ze bij Kampers & Tiemens ICT binnen") is that one;
    [] if it does not point back or no name before it fits."""
    own = AT_PLACE.match(subject.strip())
    pointer = ANAPHORA.match(own.group("name") if own else subject.strip())
    noun = pointer.group().split()[-1] if pointer else ""
    if not noun[:1].islower():
        return [pointer.group()] if pointer and _named_so(pointer.group(), before) else []
    for sentence in reversed(before[-2:]):
        compound = rf"\b(?:{re.escape(noun.capitalize())}|[{UPPER}][a-zß-ÿ]+{re.escape(noun)})\b"
        for match in re.finditer(compound, sentence.text):  # "de brigade": "Reddingsbrigade X"
            run = name_run(sentence.text[match.start() :], at_end=False).rstrip("!?")
            if len(run.split()) >= 2:
                return [run]
    if pointer is None or " " not in pointer.group():  # a pronoun ("wij"): the text's own
        return []  # voice, not a name before it
    near = [s for s in before[-2:] if before and s.paragraph == before[-1].paragraph]
    named = {run for s in near for run in _ORG_RUN.findall(s.text) if org_like(run)}
    named = {run for run in named if not run.isupper()}  # "GROOT NIEUWS": a banner
    named = {run for run in named if not bare_place(run) and without_person(run) == run}
    return list(named) if len(named) == 1 else []


def _named_so(subject: str, before: list[Sentence]) -> bool:
    """Whether a text writes `subject` ("Het Denkraam") as a whole name of its own mid-sentence
    ("come to Het Denkraam"), never after a capitalised word ("Podium De Koempel": a part of
    that name) nor as an acronym ("de KKTF"), which stand for a name written in full."""
    if subject.split()[-1].isupper():
        return False
    seen = [
        m.group(1) for s in before for m in re.finditer(rf"(\S+) {re.escape(subject)}\b", s.text)
    ]
    return bool(seen) and not any(word[:1].isupper() for word in seen)


_ORG_RUN = re.compile(
    rf"[{UPPER}][\w'’.-]*(?: (?:&|en|van|de|der|voor) [{UPPER}][\w'’.-]*| [{UPPER}][\w'’.-]*)+"
)
