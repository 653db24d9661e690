"""Add the joiners a sentence tells to a reading, once each, and read those of the bullet lines
under a join that ends in a colon ("Dit jaar traden toe:" over "• in juni: A en B")."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.clauseforms import CLAUSE_FORMS
from kg.ingest.coalitions import named
from kg.ingest.gazetteer import place_of_origin
from kg.ingest.introductions import VERB_FORMS
from kg.ingest.items import no_place_after
from kg.ingest.joined import Joined, JoinReading, in_headline
from kg.ingest.joinwords import RELATIVE_TAIL
from kg.ingest.lines import BULLET, bullet_marker, line_item, table_header
from kg.ingest.names import without_person
from kg.ingest.orderforms import ORDER_FORMS
from kg.ingest.ordinals import ordinal_after, ordinals, without_when
from kg.ingest.prefilter import RuleTable
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import (
    LIST_AND,
    name_run,
    no_organisation,
    same_joiner,
    subject_names,
    without_place,
)
from kg.ingest.tenses import will

__all__ = ["JOIN_FORMS", "bulleted", "enlist"]

JOIN_FORMS = RuleTable(*CLAUSE_FORMS, *VERB_FORMS, *ORDER_FORMS)
"""Every form of a join, by clause, by verb and by order."""
_NUMBERED = re.compile(r"\d{1,2}[.)]")
_POSSESSED = re.compile(r",\s+(?=[A-Z][\w-]*['’]s\s)")


def enlist(
    reading: JoinReading,
    names: list[str],
    sentence: Sentence,
    organisations: dict[str, str],
    future: bool,
    elsewhere: bool = False,
) -> list[int]:
    """Add the joiners `names` a sentence tells (once each), and return their indexes; a join
    told `elsewhere` (into another body than the text's coalition) dates no headline's join."""
    added = []
    for written, order in map(ordinal_after, map(without_when, names)):  # "A als tiende en B
        if not written.strip() or without_person(written) != written:  # als elfde partner",
            continue  # "A in March 2026 and B in June 2026"; "Anouk Bos van X is blij met ..."
        if place_of_origin(written, sentence.text):
            continue  # "organisaties uit Enschede en Almelo schoven aan": where they are from
        twin = next((j for j in reading.joins if same_joiner(j.name.written, written)), None)
        if twin is not None:  # told again, perhaps shorter: "Met de komst van het ROC ..."
            if in_headline(twin.sentence) and not (in_headline(sentence) or future or elsewhere):
                reading.joins[reading.joins.index(twin)] = replace(twin, sentence=sentence)
            continue  # a join the headline told: the body's sentence, and so its date
        shorter = [i for i, j in enumerate(reading.joins) if same_joiner(written, j.name.written)]
        shorter = [] if will(sentence.text) else shorter  # "X Academy will join": not X
        if shorter:  # "GGD sluit aan" in the headline, "GGD IJssel-Vecht" in the text
            old = reading.joins[shorter[0]]
            reading.joins[shorter[0]] = Joined(
                named(written, organisations), sentence, old.order, old.order_sentence, future
            )
            added.append(shorter[0])
            continue
        said = sentence if order else None
        reading.joins.append(Joined(named(written, organisations), sentence, order, said, future))
        added.append(len(reading.joins) - 1)
    return added


def bulleted(
    reading: JoinReading, opening: Sentence, after: list[Sentence], organisations: dict[str, str]
) -> list[int]:
    """The joiners of the bullets after a join that ends in a colon (`opening`, "Dit jaar
    traden toe:", then "• in juni, op dezelfde dag: A en B;"): each line's names after its
    label, with the order the label states ("• in oktober, als twaalfde partner: X")."""
    added: list[int] = []
    previous, item, style = "", None, None
    heading = not opening.text.rstrip().endswith(":")
    for sentence in after:
        numbered, previous = bool(_NUMBERED.fullmatch(previous.strip())), sentence.text
        if _NUMBERED.fullmatch(sentence.text.strip()):
            continue  # "1." split off its line: the item is the next sentence
        bullet = BULLET.match(sentence.text)
        start = bullet.end() if bullet else (0 if numbered else None)
        if start is None and item is not None and item.paragraph == sentence.paragraph:
            continue  # "- X - a group of volunteers, under the radar. Not anymore!": its item's
        item = sentence if start is not None else None  # second sentence
        marker = bullet_marker(bullet.group()) if bullet else ("1" if numbered else None)
        if marker and marker != (style or marker):
            break  # "- A ...", "- B ...", then "2. Goodbye": the list has ended
        style = style or marker
        if start is None and ("|" in sentence.text or "   " in sentence.text):
            span = line_item(sentence)  # a table's row: its first cell
            if table_header(sentence) or span == (0, 0):
                continue
            if span is not None:
                names = [without_place(name_run(sentence.text[span[0] : span[1]], False))]
                added.extend(
                    enlist(reading, [n for n in names if n], sentence, organisations, False)
                )
                continue
        if start is None:
            break
        if heading and JOIN_FORMS.search(sentence.text):
            continue  # "New on board" over "- X signed up on 18 September": read as a join
        label, labelled, rest = sentence.text[start:].rpartition(": ")
        rest = no_place_after(RELATIVE_TAIL.split(rest.strip(" ;,"), maxsplit=1)[0])  # "in maart"
        rest = _POSSESSED.split(rest, maxsplit=1)[0]  # "X, Hilversum's vocational school"
        if labelled:  # "• in juni, op dezelfde dag: A en B": a label may give several
            parts = 2 if LIST_AND.search(rest) else 1
            names = [without_place(n) for n in subject_names(rest, parts, at_end=False)]
        else:  # "• Stichting Thuis in de Buurt, Wonen en Welzijn Empel": a line, one name
            names = [without_place(name_run(rest, at_end=False))]
        new = enlist(
            reading, [n for n in names if not no_organisation(n)], sentence, organisations, False
        )
        orders = ordinals(label) or ordinals(sentence.text)  # "1. X (partner nr. 12) – ..."
        for index, number in zip(new, orders, strict=False):
            joined = reading.joins[index]
            reading.joins[index] = replace(joined, order=number, order_sentence=sentence)
        added.extend(new)
    for index in added:
        reading.joins[index] = replace(reading.joins[index], opened_by=opening)
    return added
