"""Members named on a partner page: each partner a line of its own, with a few sentences about
it below, often under sector headings.

    Op dit moment zijn we met 15 partners. Hieronder stellen ze zich kort voor.

    Bibliotheek & welzijn

    Bibliotheek Helderse Duinen
    Cursussen, inloopspreekuren en de Digi-hoek in alle vestigingen.

    Gemeenten

    Gemeente Den Helder
    Gemeente Schagen
    De gemeenten financieren de coördinatie.

No phrase introduces such a list and no bullet marks it: what marks it is its shape. A
paragraph opens with one or more name lines (short, no closing punctuation, read as an
organisation by `org_like`) and goes on in sentences; the paragraph before the first such
block speaks of partners; sector headings may stand between the blocks. The list ends at the
first paragraph of another shape.

>>> from kg.ingest.sentences import read_sentences
>>> page = ("Wij zijn met vier partners.\\n\\nZorg\\n\\nZorggroep Kade\\nThuiszorg.\\n\\n"
...         "Stichting Welzijn Noord\\nVrijwilligers aan huis.\\n\\nGemeente Aa\\nGemeente Bee\\n"
...         "Zij betalen.\\n\\nContact\\nBel ons.")
>>> [text for text, _, _ in profiles(read_sentences(page), set())]
['Zorggroep Kade', 'Stichting Welzijn Noord', 'Gemeente Aa', 'Gemeente Bee']
"""

from __future__ import annotations

import re
from itertools import groupby

from kg.ingest.gazetteer import bare_place
from kg.ingest.lines import BULLET, heading_words, org_like
from kg.ingest.sentences import Sentence
from kg.ingest.words import DOTTED_END, NAME_KINDS, ROLE_BEFORE, org_head

__all__ = ["profiles"]

_PARTNERS = re.compile(
    r"\b(?:partners?|partijen|leden|deelnemers|organisaties|members|organisations)\b",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"(?i:over|about|contact|noot|note|meer|more|voor|for|met|with|info|informatie|lees|read"
    r"|afscheid|welkom|welcome|nieuw|new|ook|also|en|and)\b"
)  # "Over Stichting X", "Contact", "Nieuw: ...": a heading, not a partner
_MIN_BLOCKS = 3


def _detail_line(text: str) -> bool:
    return len(text.split()) <= 12 and not text.rstrip().endswith((".", "!", "?", ":"))


def _name_line(sentence: Sentence) -> bool:
    text = _MARK.sub("", sentence.text.strip())
    words = text.split()
    head = re.split(r"\s+[–—-]\s+|\s+\(", text)[0]
    return (
        0 < len(words) <= 12
        and (not text.endswith((".", "!", "?", ":", ",", ";")) or bool(DOTTED_END.search(text)))
        and not BULLET.match(text)
        and not _NOT_A_NAME.match(text)
        and not heading_words(text)
        and not (head.isupper() and (" " in head or len(head) >= 6 or head in _CAPS_HEADINGS))
        and org_like(head)
    )  # "TOT ZIENS", "DOEL", "IN CIJFERS (januari t/m mei)": a heading; "KCC": a name


_CAPS_HEADINGS = frozenset({"DOEL", "INFO", "OVER", "NOOT", "AIM", "GOAL", "NEWS", "DATA"})
"""Short headings in capitals; any other word of five letters or fewer may be an acronym
("ANBO", "PCOB"), of six or more a heading ("CITATEN", "FINANCIERING")."""
_DETAIL = re.compile(
    r" [·|•] |^(?:[Pp]artner (?:since|sinds)|[Jj]oined|[Ll]id sinds|[Ss]in(?:ds|ce)|[Ss]ector)\b"
)  # "Municipality · Dordrecht", "Partner since 2023": what a profile's head says of its name
_MARK = re.compile(r"^(?:NEW|NIEUW|New|Nieuw)\s*[★☆✦*!–-]\s*(?=[A-Z])")  # "NEW ★ Stichting X"


def _block(paragraph: list[Sentence]) -> list[Sentence]:
    """The name lines a paragraph opens with, if sentences about them follow (perhaps after a
    few lines of detail: "Municipality · Dordrecht", "Partner since 2023"); else []."""
    names: list[Sentence] = []
    for sentence in paragraph:
        if not _name_line(sentence) or (names and _DETAIL.search(sentence.text)):
            break
        names.append(sentence)
    rest = paragraph[len(names) :]
    details = 0
    while details < min(3, len(rest) - 1) and _detail_line(rest[details].text):
        details += 1
    rest = rest[details:]
    if not names or not rest or not rest[0].text.rstrip().endswith((".", "!", "?")):
        return []
    if ROLE_BEFORE.search(rest[0].text.split(" ", 1)[0].lower() + " "):
        return []  # "Jan de Vries" over "Directeur van ...": a person's profile, not a partner
    return names


def profiles(sentences: list[Sentence], skip: set[int]) -> list[tuple[str, Sentence, bool]]:
    """(name line, sentence, True) of each partner of a partner page, outside the sentences
    in `skip` (starts): at least three blocks, the paragraph before the first speaking of
    partners."""
    paragraphs = [list(group) for _, group in groupby(sentences, key=lambda s: s.paragraph)]
    found: list[tuple[str, Sentence, bool]] = []
    run: list[Sentence] = []
    cued = False
    for paragraph in paragraphs:
        names = _block(paragraph)
        if names and (cued or run):
            run += names
            continue
        if run and len(paragraph) == 1 and heading_words(paragraph[0].text.rstrip(":")):
            continue  # a sector heading between blocks: "Wonen & zorg"
        if len(run) >= _MIN_BLOCKS and _headed(run):
            found += [(_MARK.sub("", s.text), s, True) for s in run if s.start not in skip]
        run = []
        if len(paragraph) == 1 and heading_words(paragraph[0].text.rstrip(":")):
            continue  # the first sector heading, after the paragraph that speaks of partners
        label = len(paragraph) == 1 and _detail_line(paragraph[0].text)  # "---", "Updated: 1 May"
        cued = any(_PARTNERS.search(s.text) for s in paragraph) or (cued and label)
    if len(run) >= _MIN_BLOCKS and _headed(run):
        found += [(_MARK.sub("", s.text), s, True) for s in run if s.start not in skip]
    return found


def _headed(run: list[Sentence]) -> bool:
    """Whether a third of the name lines or more say what kind of body they are ("Stichting X",
    "Gemeente Y", "BiblioNova"): partners; not the names over comments ("Joke Dijkhuizen")."""
    kinds = sum(
        any(
            org_head(w) or w.lower() in NAME_KINDS or any(c.isupper() for c in w[1:]) for w in words
        )
        or bool(bare_place(words[-1]))  # "Humanitas Arnhem", "Vivare Arnhem": a body of a place
        for words in (s.text.split() or [""] for s in run)
    )
    return kinds * 3 >= len(run)
