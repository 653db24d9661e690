"""Members named outside the main partner list, and the stated total, by the `phrases` tables.

>>> list_names("de hogescholen Hanzehogeschool en NHL Stenden, samen met de gemeente Ede zich aan")
['Hanzehogeschool', 'NHL Stenden', 'Gemeente Ede']
"""

from __future__ import annotations

import re

from kg.ingest.dutch import cardinal
from kg.ingest.joins import split_last
from kg.ingest.phrases import MEMBER_LIST_RULES, TOTAL_RULES
from kg.ingest.sentences import Sentence

__all__ = ["BULLET", "KINDS", "bullets_after", "list_names", "member_lists", "read_total"]

KINDS = {"gemeente": "Gemeente", "provincie": "Provincie", "municipality": "Gemeente"}
"""Lowercase kinds that become part of the name they precede ("de gemeente Ede")."""

BULLET = re.compile(r"[-–•*][ \t]")
_SEGMENTS = re.compile(r"\s*;\s*|\s+samen met\s+|\s+alsook\s+|\s+en ook\s+")
_PAREN = re.compile(r"\s*\([^()]*\)")


def read_total(sentences: list[Sentence]) -> tuple[int, Sentence] | None:
    """The first total a `TOTAL_RULES` phrase states ("telt nu negen partners")."""
    for sentence in sentences:
        for rule in TOTAL_RULES:
            for match in rule.pattern.finditer(sentence.text):
                word = match.group("n")
                number = None if word.lower() == "een" else cardinal(word)
                if number:
                    return number, sentence
    return None


def _item(piece: str) -> str:
    words = _PAREN.sub("", piece).strip(" .,:;").split()
    lead: list[str] = []
    while words and not _capital(words[0]):
        word = words.pop(0)
        if word.lower() in KINDS and words:
            lead = [KINDS[word.lower()]]
    while words and not _capital(words[-1]):
        words.pop()
    if not lead and words and words[0] in ("De", "Het", "The") and len(words) > 1:
        words.pop(0)
    return " ".join(lead + words)


def _capital(word: str) -> bool:
    return bool(word) and (
        word[0].isupper() or word[0].isdigit() or word.startswith(("’s-", "'s-"))
    )


def list_names(text: str) -> list[str]:
    """The names in a list in running text: commas always cut, the last " en " once."""
    names: list[str] = []
    for segment in _SEGMENTS.split(text.strip(" .")):
        pieces = [p for p in re.split(r"\s*,\s*", segment) if p.strip()]
        if not pieces:
            continue
        pieces = pieces[:-1] + split_last(pieces[-1])
        names.extend(name for name in map(_item, pieces) if name)
    return names


def bullets_after(sentences: list[Sentence], position: int) -> list[Sentence]:
    """The bullet lines after an introduction, stepping over short sector headings."""
    found: list[Sentence] = []
    for index in range(position + 1, len(sentences)):
        sentence = sentences[index]
        if BULLET.match(sentence.text):
            found.append(sentence)
            continue
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        heading = len(sentence.text.split()) <= 4 and not sentence.text.endswith((".", ":"))
        if heading and following is not None and BULLET.match(following.text):
            continue
        break
    return found


def member_lists(sentences: list[Sentence], skip: set[int]) -> list[tuple[str, Sentence]]:
    """(list text, sentence) of every member list outside the sentences in `skip` (starts)."""
    found: list[tuple[str, Sentence]] = []
    for position, sentence in enumerate(sentences):
        if sentence.start in skip:
            continue
        for rule in MEMBER_LIST_RULES:
            match = rule.pattern.search(sentence.text)
            if not match:
                continue
            text = match.group("list")
            if text.strip():
                found.append((text, sentence))
            elif sentence.text.rstrip().endswith(":"):
                found.extend((b.text[2:], b) for b in bullets_after(sentences, position))
            break
    return found
