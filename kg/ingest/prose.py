"""Members named in the running prose that answers a question about who takes part:

    Who else is in?

    Quite a mix. Gemeente Almere and Gemeente Lelystad started it, together with Nieuwland
    Bibliotheken. Stichting Welzijn Dronten brings the volunteers.

No list is written, so no list rule reads it; but the question says what the answer names.
In the answer (the paragraph after the question, or the rest of the question's own paragraph),
every run of capitalised words with a word for a kind of organisation in it ("Bibliotheken",
"Stichting", "Gemeente": `org_head`) is taken as a member; a run without one (a person, a
place, a product) is not, and nor is any name in a sentence about funders, suppliers, guests
or a quotation's speaker (`NOT_MEMBERS`).

>>> from kg.ingest.sentences import read_sentences
>>> text = ("Who else is in?\\n\\nQuite a mix. Gemeente Almere and Gemeente Lelystad started it, "
...         "with Nieuwland Bibliotheken. Fonds Flevo pays the bills, says Jan Bos.")
>>> [name for name, _, _ in answered_in_prose(read_sentences(text), set())]
['Gemeente Almere', 'Gemeente Lelystad', 'Nieuwland Bibliotheken']
"""

from __future__ import annotations

import re

from kg.ingest.asides import asks_who
from kg.ingest.gazetteer import bare_place
from kg.ingest.lines import BULLET
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.words import DOTTED_END, NOT_MEMBERS, org_head

__all__ = ["answered_in_prose"]

_WORD = rf"[{UPPER}][\w'’&.\-]*"
_NEXT = rf"(?:['‘]?{_WORD}|['’]?\d[\w.+]*|e\.o\.)"  # "Computerclub Ermelo '92", "X e.o."
_LINK = r"(?:van|fan|voor|de|der|den|het|aan|'t|’t|&|afdeling)"
_RUN = re.compile(rf"(?<![\w'’-])(?:(?:'t|’t) )?{_WORD}(?: (?:{_LINK} )*{_NEXT})*")
_GOES_ON = re.compile(
    rf"-|,? (?:en|and|&) (?P<word>{_WORD})"
    rf"|, {_WORD}(?: {_WORD})? (?:en|and|&) "
)
_NOT_NOW = re.compile(
    r"\b(?:will|zal|zullen|gaat|gaan|per \d|vanaf \d|from \d|stopt|stopte|gestopt|vertrekt"
    r"|vertrok|left|leaves|leaving|afscheid|overgestapt|opgeheven|voormalig\w*|former)\b",
    re.IGNORECASE,
)  # a sentence about a member to come or gone
_OPENERS = frozenset(
    {"The", "And", "Then", "Also", "When", "Quite", "Besides", "De", "Het", "En", "Ook", "Dan"}
    | {"Daarnaast", "Verder", "Naast", "Samen", "Together", "With", "Met"}
)


def _kind_word(word: str) -> bool:
    """A word for a kind of organisation: "Stichting", "Computerclub", "Bibliotheken"."""
    return org_head(word) or word.lower().endswith(("bibliotheken", "scholen", "groepen"))


def _strong_names(text: str) -> list[str]:
    """The runs of capitalised words in `text` that have a word for a kind of organisation."""
    names = []
    for run in _RUN.finditer(text):
        goes_on = _GOES_ON.match(text, run.end())
        if goes_on and not (goes_on["word"] and org_head(goes_on["word"])):
            continue  # "Stichting Wonen, Welzijn en Zorg X", "Bibliotheek Kiel en Kanaal", "Lees-
            # en Leerhuis X": where the name ends, a list would tell
        if text[: run.start()].endswith(("- en ", "- and ")) or run.group().endswith("-"):
            continue
        words = (run.group() if DOTTED_END.search(run.group()) else run.group().rstrip(".")).split()
        while words and words[0] in _OPENERS:
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 and any(map(_kind_word, words)) and not bare_place(name):
            names.append(name)
    return names


def answered_in_prose(
    sentences: list[Sentence], skip: set[int]
) -> list[tuple[str, Sentence, bool]]:
    """(name, sentence, True) of every member the prose answer to a who-question names, outside
    the sentences in `skip` (starts)."""
    found: list[tuple[str, Sentence, bool]] = []
    for index, question in enumerate(sentences):
        if not asks_who(question.text):
            continue
        answer = [s for s in sentences[index + 1 :] if s.paragraph == question.paragraph]
        if not answer and index + 1 < len(sentences):
            first = sentences[index + 1].paragraph
            answer = [s for s in sentences[index + 1 :] if s.paragraph == first]
        for sentence in answer:
            prose = sentence.text.rstrip(" \"'”’").endswith((".", "!", "?"))  # not a list's line
            if sentence.start in skip or not prose or BULLET.match(sentence.text):
                continue
            if NOT_MEMBERS.search(sentence.text) or _NOT_NOW.search(sentence.text):
                continue
            found += [(name, sentence, True) for name in _strong_names(sentence.text)]
    return found
