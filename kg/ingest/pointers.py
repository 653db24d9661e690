"""What a join's subject that points back stands for: "de brigade" after "Reddingsbrigade X",
"het buurtcentrum" after "Welkom, Buurtcentrum 't Hof!", "Het Denkraam" where the text writes it
as a name of its own."""

from __future__ import annotations

import re

from kg.ingest.fuller import spelled_out
from kg.ingest.gazetteer import bare_place
from kg.ingest.given import person_like
from kg.ingest.lines import org_like
from kg.ingest.names import without_person
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.subjects import AT_PLACE, name_run
from kg.ingest.tellers import only_told
from kg.ingest.words import ANAPHORA, NOT_MEMBERS, org_head

__all__ = ["ORG_RUN", "antecedent", "named_in", "pointed_members"]


def antecedent(before: list[Sentence], subject: str) -> list[str]:
    """The name a subject that points back stands for: "het buurtcentrum in Kattenbroek" after
    "Welkom, Buurtcentrum 't Hof!" is Buurtcentrum 't Hof; "de winkel" after a paragraph that
    names one organisation only ("liepen ze bij Kampers & Tiemens ICT binnen") is that one;
    [] if it does not point back or no name before it fits."""
    own = AT_PLACE.match(subject.strip())
    pointer = ANAPHORA.match(own.group("name") if own else subject.strip())
    noun = pointer.group().split()[-1] if pointer else ""
    if not noun[:1].islower():
        return _named_so(pointer.group(), before) if pointer else []
    compound = rf"\b(?:{re.escape(noun.capitalize())}|[{UPPER}][a-zß-ÿ]+{re.escape(noun)})\b"
    for sentence in reversed(before[-2:]):
        for match in re.finditer(compound, sentence.text):  # "de brigade": "Reddingsbrigade X"
            run = _run(sentence.text[match.start() :])
            if len(run.split()) >= 2:
                return [run]
    runs = {  # "het museum" where the text named one museum only, further up ("Zoutmuseum X")
        run
        for sentence in before
        for match in re.finditer(compound, sentence.text)
        if len((run := _run(sentence.text[match.start() :])).split()) >= 2
    }
    if len(runs) == 1 and noun:
        return list(runs)
    if pointer is None or " " not in pointer.group():  # a pronoun ("wij"): the text's own
        return []  # voice, not a name before it
    near = [s for s in before[-2:] if before and s.paragraph == before[-1].paragraph]
    named = {run for s in near for run in ORG_RUN.findall(s.text) if org_like(run)}
    named = {run for run in named if not run.isupper()}  # "GROOT NIEUWS": a banner
    named = {run for run in named if not bare_place(run) and without_person(run) == run}
    named = {run for run in named if not person_like(run)}  # "Onze directeur, Wilma X, ..."
    return list(named) if len(named) == 1 else []


def _run(text: str) -> str:
    """The name a text starts with, without the place after its comma ("Zoutmuseum X, Boekelo":
    one word after a name whole without it)."""
    run = name_run(text, at_end=False).rstrip("!?")
    name, _, place = run.rpartition(", ")
    return name if name and (bare_place(place) or (" " not in place and org_like(name))) else run


def _named_so(subject: str, before: list[Sentence]) -> list[str]:
    """The name `subject` ("De Wingerd") stands for: the one the text wrote before with a word
    of its kind ("Buurtcentrum De Wingerd"), or `subject` itself where the text writes it as a
    whole name of its own mid-sentence ("come to Het Denkraam"); none where it is a part of
    another name ("Podium De Koempel") or an acronym ("de KKTF"), which stands for a name in
    full."""
    if (acronym := subject.split()[-1]).isupper():  # "het PDWF": the name the text spells out
        full = spelled_out("\n".join(s.text for s in before)).get(acronym)
        return [full] if full else []
    found = [
        (m[1], m[2])
        for s in before
        for m in re.finditer(rf"(\S+) {re.escape(subject)}\b((?: [{UPPER}][\w'’-]*)*)", s.text)
    ]  # "Vervoersdienst De Vlinder Flakkee" for "De Vlinder": its kind and the words after
    seen = {word for word, _ in found}
    kinds = {word for word in seen if org_head(word)}
    if len(kinds) == 1:
        kind = kinds.pop()
        return [f"{kind} {subject}{next(tail for word, tail in found if word == kind)}"]
    return [subject] if seen and not any(word[:1].isupper() for word in seen) else []


ORG_RUN = re.compile(
    rf"[{UPPER}][\w'’.-]*(?: (?:&|en|van|de|der|voor) [{UPPER}][\w'’.-]*| [{UPPER}][\w'’.-]*)+"
)


def pointed_members(sentences: list[Sentence]) -> list[tuple[str, Sentence, bool]]:
    """(name, sentence, True) of each member a sentence says is a partner by a noun that points
    back ("Die rijd ik naar Bibliotheek Flakkee Noord. De bibliotheek is partner van de
    coalitie."): the name the noun stands for (`antecedent`).

    >>> from kg.ingest.sentences import read_sentences
    >>> text = "Ze volgt een cursus bij Bibliotheek Flakkee Noord. De bibliotheek is partner."
    >>> [name for name, _, _ in pointed_members(read_sentences(text))]
    ['Bibliotheek Flakkee Noord']
    """
    found: list[tuple[str, Sentence, bool]] = []
    for index, sentence in enumerate(sentences):
        said = _IS_PARTNER.match(sentence.text)
        if said and index:
            found += [(name, sentence, True) for name in antecedent(sentences[:index], said[1])]
        both = _BOTH.fullmatch(sentence.text.strip())
        every = _ALL.fullmatch(sentence.text.strip())
        before = sentences[index - 1] if index else None
        if (
            (both or every)
            and before
            and before.paragraph == sentence.paragraph
            and (not NOT_MEMBERS.search(before.text) or only_told(before.text))
        ):  # not "Funded by A and B. Both ...", but "He said: 'A, B and C.' They're all ..."
            named = named_in(before.text)  # "A neemt haar cliënten mee naar B. Allebei partner.",
            named = named if len(named) == 2 or (every and len(named) > 2) else []  # "... A, B,
            found += [(name, sentence, True) for name in named]  # C. They're all partners."
    return found


_BOTH = re.compile(
    r"(?:[Aa]llebei|[Bb]eide|[Bb]oth)(?: (?:zijn|are))?(?: (?:ook|also|al|already))? "
    r"(?:partners?|lid|leden|members?)(?: (?:of|van) (?:the|de|het) (?:coalitie|netwerk"
    r"|coalition|network))?\W*"
)  # "Allebei partner.", "Both are members of the coalition."


_ALL = re.compile(
    r"(?:(?:(?:They|These|Those)(?:[’']re| are)|(?:Ze|Zij|Die|Dat) zijn) all(?:e(?:maal|n))?"
    r"|All (?:of them|these|those) are|[Aa]llemaal|Stuk voor stuk)"
    r"(?: (?:ook|also|al|already|nu|now))? (?:(?:een )?partners?|lid|leden|(?:a )?members?"
    r"|deelnemers?)(?: (?:of|van) (?:the|de|het) (?:coalitie|netwerk|coalition|network))?"
    r"(?:,(?: and| en) [^.!?]{0,60})?\W*"
)  # "They're all partners.", "Die zijn allemaal partner, en wij dus nu ook."


def named_in(text: str) -> list[str]:
    """The names of organisations a sentence names (not people nor places), once each."""
    runs = [
        without_person(_FRONT.sub("", run[0]).rstrip("."))
        for run in ORG_RUN.finditer(text)
        if not person_like(run[0]) and not _IN.search(text, 0, run.start())
    ]  # not "a hairdresser in Almere Buiten"
    runs = [run for run in runs if org_like(run) and not bare_place(run)]  # "Ria van X": X
    return list(dict.fromkeys(runs))


_FRONT = re.compile(r"^(?:Bij|In|Met|Naast|Voor|Van|Ook|En|At|With|For|And|Also) (?=[A-Z])")
_IN = re.compile(r"\b(?:in|uit|from|te|at)\s$")


_IS_PARTNER = re.compile(
    r"(?:Ook )?((?:[Dd]e|[Hh]et|[Dd]eze|[Tt]he) [a-z][\w-]+) (?:is|was|blijft|remains) (?:ook |al "
    r"|also |gewoon |nog |still |already )*(?:(?:een )?partner|lid|(?:a )?member|deelnemer)"
    r"(?= (?:van|of|in|bij) (?:de|het|the|onze|our) (?:coalitie|netwerk|alliantie|samenwerking\w*"
    r"|coalition|network|alliance)\b|\s*[.!;,]|\s*$)"
)  # "De bibliotheek is partner van de coalitie", "The library is also a member."
