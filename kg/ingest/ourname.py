"""The publisher's own join told by a short name: "ons Verbond" in the news of "Agrarisch
Verbond Achterhoek", "De Kompanjons" in that of "Ondernemerskring De Kompanjons Heerenveen",
"de Schaakkring" in the annual report of "Schaakkring Maas en Peel"."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.gazetteer import bare_place
from kg.ingest.joined import distinct
from kg.ingest.joins import Joined
from kg.ingest.lexicon import lookup
from kg.ingest.masthead import HEAD_LINES, publisher
from kg.ingest.names import Name
from kg.ingest.reading import Reader
from kg.ingest.subjects import same_joiner
from kg.ingest.words import org_head

__all__ = ["ours"]


def ours(reader: Reader, joins: list[Joined]) -> list[Joined]:
    """The joins with the publisher's full name where the text calls it by one word of it after
    "ons", "onze" or "our" ("Daarom is ons Verbond aangehaakt" in the news of "Agrarisch Verbond
    Achterhoek"): not an organisation called "Verbond"."""
    written = publisher(reader.text)
    if written is None:
        return joins
    words = {w.lower() for w in written.split()}
    known = lookup(reader.lexicon.organisations, written)
    name = Name(known or written, written, known is not None)
    alone = _masthead(written, reader.text)
    ours = [
        replace(j, name=name)
        if (
            j.name.written.lower() in words
            and re.search(
                rf"\b(?i:ons|onze|our) (?i:{re.escape(j.name.written)})\b", j.sentence.text
            )
        )
        or (alone and _short_for(j.name.written, written))
        or _called_by_kind(j.name.written, written, j.sentence.text)
        or _acronym_of(j.name.written, written)
        else j
        for j in joins
    ]
    return distinct(ours)  # the headline's join, its order told in the body


def _masthead(written: str, text: str) -> bool:
    """Whether the publisher's name is a line of its own (the masthead's, or a post's header in
    a page of posts) or a head line's that names only it, its genre and its place ("Newsletter
    of Little Tulips International Playgroup, Amstelveen")."""
    lines = [line.strip() for line in text.splitlines()]
    named = re.compile(rf"[\w ]+ (?:of|van) {re.escape(written)}(?:,? [A-Z][\w'’-]*)?")
    return written in lines or any(named.fullmatch(line) for line in lines[:HEAD_LINES])


def _called_by_kind(short: str, publisher: str, sentence: str) -> bool:
    """Whether a name is the word of its kind that opens the publisher's name, written as a name
    after an article: "is de Schaakkring per 1 februari toegetreden" in the annual report of
    "Schaakkring Maas en Peel" (not where the rest of that name holds a second kind of body)."""
    first, _, rest = publisher.partition(" ")
    return (
        short == first
        and bool(rest)
        and org_head(first)
        and not any(map(org_head, rest.split()))
        and re.search(rf"\b(?i:de|het|the) {re.escape(short)}\b", sentence) is not None
    )


def _acronym_of(short: str, publisher: str) -> bool:
    """Whether a name is the publisher's initials, small words' too: "BvP sluit zich aan" in the
    members' paper of the "Bond van Postbezorgers" (not one of its words: "Bond")."""
    acronym = re.fullmatch(r"[A-Z][A-Za-z]{1,7}", short) and sum(map(str.isupper, short)) >= 2
    return bool(acronym) and same_joiner(publisher, short) and short not in publisher.split()


_VILLAGE = re.compile(r"(?i)(?:dorps|wijk)(?:raad|belang|vereniging)\b")  # speaks for a village


def _short_for(short: str, publisher: str) -> bool:
    """Whether a name is the publisher's without its kind (and place): "De Kompanjons" in the
    news of "Ondernemerskring De Kompanjons Heerenveen"; one word only after "ons" (`ours`)."""
    words = re.sub(r"^(?:De|Het|The) ", "", short).split()
    full = publisher.split()
    at = next((i for i in range(len(full)) if full[i : i + len(words)] == words), -1)
    if at < 0 or len(full) <= len(words) or " en " in publisher or " and " in publisher:
        return False  # not "Woonvast Y" of "Hogeschool X en Woonvast Y": two names
    if org_head(words[0]) and at > 0:
        return False  # "Zorggroep X" in the news of "Cliëntenraad Zorggroep X": its own name
    village = len(full) == 2 and at == 1  # "Wapse schuift aan" in the news of "Dorpsraad Wapse"
    placed = village or not bare_place(words[0])
    kind = org_head(full[0]) or (village and bool(_VILLAGE.match(full[0])))  # "Dorpsraad"
    return len(words) > 1 or (at > 0 and kind and placed)
