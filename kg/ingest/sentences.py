"""Split a press release into sentences, with offsets and paragraph numbers.

Also holds the character classes the ingest reader shares (`UPPER`, `LOWER`, `SPACE`).

>>> text = "De coalitie groeit o.a. in Drenthe. Zij telt nu 18 partners."
>>> [text[start:end] for start, end in split_sentences(text)]
['De coalitie groeit o.a. in Drenthe.', 'Zij telt nu 18 partners.']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "LOWER",
    "MAX_SENTENCE",
    "MAX_TEXT",
    "SPACE",
    "UPPER",
    "Sentence",
    "after_colon",
    "clauses",
    "read_sentences",
    "split_sentences",
]

UPPER = "A-ZÀ-ÖØ-Þ"
"""Capital letters, for a regular-expression character class."""
LOWER = "a-zß-öø-ÿ"
"""Lowercase letters, for a regular-expression character class."""
SPACE = " \t\r\n\f\v\ufeff\u00a0"
"""White space the reader strips, including a byte-order mark and no-break space."""

MAX_SENTENCE = 2000
"""The longest sentence the reader takes whole (characters); a longer one is cut into pieces of
at most this length at white space, so that reading stays linear in the length of the text."""

MAX_TEXT = 1_000_000
"""The most characters of one release the reader reads (about 150,000 words; a press release
has a few hundred): the rest is left unread, with a warning, so that no text takes long."""

_EMOJI = "\U0001f000-\U0001ffff\u2600-\u27bf\ufe0f\u200d"
_SENTENCE_END = re.compile(
    rf"[.!?…]+[\"'’”)\]]*(?=[ \t\u00a0]+(?:[{_EMOJI}]+[ \t\u00a0]+)?[\"'‘“(\[]?[{UPPER}0-9])"
)  # "... van Digitaal Fit Oldambt! 💪 Hun buurtkamers ...": the emoji closes the sentence
_ABBREVIATIONS = frozenset(
    {
        "bijv.",
        "bv.",
        "ca.",
        "co.",  # "Jansen & Co. Computerhulp"
        "dhr.",
        "dr.",
        "drs.",
        "enz.",
        "etc.",
        "evt.",
        "excl.",
        "incl.",
        "ing.",
        "ir.",
        "jl.",
        "mevr.",
        "mr.",
        "nl.",
        "nr.",
        "prof.",
        "resp.",
        "st.",
        "vs.",
        "zgn.",
        "zn.",  # "Bartels & Zn. Computerhulp"
    }
)
_DOTTED_ABBREVIATION = re.compile(rf"(?:[{LOWER}]{{1,4}}\.){{2,}}")  # o.a., d.w.z., m.b.t.
_INITIALS = re.compile(rf"(?:[{UPPER}]\.)+")  # J. or A.B.
_MONTHS = frozenset(
    [
        "jan.",
        "feb.",
        "febr.",
        "mrt.",
        "apr.",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "sept.",
        "okt.",
        "nov.",
        "dec.",
    ]
)
_YEAR_NEXT = re.compile(r"[ \t\u00a0]+(?:19|20)\d\d\b")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split a text into sentences, as (start, end) offsets without surrounding white space.

    A sentence ends at ".", "!", "?" followed by white space and a capital or a digit, and at
    every line break (a paragraph without a final period, a heading, a bullet line). It does
    not end at abbreviations ("o.a.", "bijv.", "d.w.z.", initials "J.") nor inside decimals
    ("2.5") nor at a colon. A sentence longer than `MAX_SENTENCE` is cut into pieces of at
    most that length, at the last white space before the limit where there is one.

    Args:
        text: The text.

    Returns:
        The sentence spans in order; ``text[start:end]`` is the sentence.
    """
    return [(start, end) for start, end, _ in _spans(text)]


def _spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, cut): cut is True for a piece of a sentence longer than `MAX_SENTENCE`."""
    for line in re.finditer(r"[^\n]+", text):
        yield from _split_line(text, line.start(), line.end())


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    cut = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, cut, match.start(), match.group()) or _leader(text, cut, match):
            continue
        yield from _capped(text, cut, match.end())
        cut = match.end()
    yield from _capped(text, cut, end)


def _leader(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the dots at `match` lead from a sector's name opening the line to the sector's
    partners, "Housing ........ Woonbedrijf A", "Libraries & learning . Bibliotheek B": no
    sentence end. A fact sheet's other labels ("Newest partner ..... X") end theirs."""
    from kg.ingest.lines import heading_words  # lines reads sentences: imported when used

    return (
        match.start() - start <= 40
        and text[match.start() - 1 : match.start()] in (" ", "\t")
        and match.group().strip(".…") == ""
        and text[text.rfind("\n", 0, start) + 1 : start].strip() == ""  # the line's first words
        and heading_words(text[start : match.start()])
        and text[match.end() : match.end() + 9].lstrip()[:1].isalpha()  # not "Partners ... 14"
    )


def _capped(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """The trimmed span, cut into pieces of at most `MAX_SENTENCE` characters."""
    cut = False
    while True:
        span = _trim(text, start, end)
        if span is None:
            return
        start, end = span
        if end - start <= MAX_SENTENCE:
            yield start, end, cut
            return
        cut = True
        limit = start + MAX_SENTENCE
        space = max(text.rfind(" ", start + MAX_SENTENCE // 2, limit), start)
        piece_end = space if space > start else limit
        piece = _trim(text, start, piece_end)
        if piece:
            yield piece[0], piece[1], True
        start = piece_end


_LEGAL_FORM = re.compile(r"B\.V\.|N\.V\.|V\.O\.F\.|U\.A\.")
_OPENS = re.compile(
    r"\s+(?:Die|Dat|Deze|Dit|Het|De|Zij|Ze|Hij|Wij|We|Ook|Samen|Zo|Daarom|Daarmee|Daarnaast"
    r"|Verder|Nu|Er|Onze|Ons|Hun|Met|Sinds|Vanaf|Maar|En|This|The|It|They|Its|Their|Together"
    r"|Our|With|Since|But|And|Also|Neither|None|Both|Each|Beide|Beiden|Geen)\s+[a-z]"
)  # a sentence's first words: a pronoun, an article or an adverb, then a word in lower case


def _is_abbreviation(text: str, cut: int, stop: int, punctuation: str) -> bool:
    """Whether the period at `stop` closes an abbreviation or an initial, not a sentence."""
    if punctuation != ".":
        return False
    floor = max(cut, stop - 40)  # no abbreviation is longer: keeps the search short
    word_start = max(text.rfind(" ", floor, stop), text.rfind("\t", floor, stop), floor - 1) + 1
    word = text[word_start : stop + 1].lstrip("([“\"'‘")  # "(nr. 13)"
    dotted = _LEGAL_FORM.fullmatch(word) or _DOTTED_ABBREVIATION.fullmatch(word.lower())
    if dotted and _OPENS.match(text, stop + 1):
        return False  # "... computerbedrijf X B.V. Die laatste ...", "... Y e.o. Samen willen ze"
    return (
        (word.lower() in _ABBREVIATIONS and not word[:-1].isupper())  # "BV.": a legal form
        or bool(_DOTTED_ABBREVIATION.fullmatch(word.lower()))
        or bool(_INITIALS.fullmatch(word))
        or (word.lower() in _MONTHS and bool(_YEAR_NEXT.match(text, stop + 1)))  # "4 dec. 2026"
        or (
            _numbered(word, text, word_start) and bool(re.match(r" ?\d", text[stop + 1 : stop + 3]))
        )
    )


def _numbered(word: str, text: str, start: int) -> bool:
    """Whether "no." opens a number ("partner no. 14", "Newsletter No. 7"), not a sentence's
    answer ("Did it grow? No. 3 partners left")."""
    opens = start < 2 or text[start - 2] in ".?!\n"
    return word == "no." or (word == "No." and not opens)


_TRAILING_EMOJI = re.compile(rf"[{SPACE}{_EMOJI}\u2190-\u2bff]+$")


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without white space around it, nor emoji after it ("... de 9e partner 💪")."""
    while start < end and text[start] in SPACE:
        start += 1
    tail = _TRAILING_EMOJI.search(text, start, end)
    end = tail.start() if tail else end
    return (start, end) if start < end else None


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text.

    Attributes:
        start: Offset of the sentence in the text.
        end: Offset just past the sentence.
        text: The sentence: ``text[start:end]`` of the whole text.
        paragraph: The number of blank-line breaks before it (0 for the first paragraph).
        cut: Whether it is a piece of a sentence longer than `MAX_SENTENCE`.
    """

    start: int
    end: int
    text: str
    paragraph: int
    cut: bool = False


def read_sentences(text: str) -> list[Sentence]:
    """The sentences of `text` (see `split_sentences`), each with its paragraph number.

    Args:
        text: The text.

    Returns:
        The sentences in order.
    """
    text = text[:MAX_TEXT]
    breaks = [m.end() for m in re.finditer(r"\n[ \t\r\f\v\u00a0]*\n", text)]
    return [
        Sentence(start, end, text[start:end], bisect_right(breaks, start), cut)
        for start, end, cut in _spans(text)
    ]


_CLAUSE_START = re.compile(
    r"(?:,| en| and|;),? (?=(?:(?:in|op|per|sinds|vanaf|on|since|from|begin|eind|half|medio"
    r"|early|late) [\w ]{1,25}?|vandaag) "
    r"(?:trad|traden|volgde|volgden|volgt|sloot|sloten|kwam|kwamen|tekende|tekenden|ondertekende"
    r"|ondertekenden|schoof|schoven|zette|zetten|joined|followed|signed"
    r"|(?:is|zijn|staat|doet|doen) ook)\b)"
    r"|; (?=(?:[a-z]+ ){0,4}(?:volgde|volgden|followed|tekende|tekenden|signed|trad|sloot)\b)"
)  # "..., en sinds 1 september is ook X van de partij": a dated clause of its own; "...; een
# kwartier later volgde Y als twaalfde"


def clauses(sentence: Sentence) -> list[Sentence]:
    """A sentence that tells several dated joins, cut into one clause a join ("In maart trad A
    toe, in juni volgde B en in september sloot C zich aan"); any other sentence whole."""
    cuts = [m.end() for m in _CLAUSE_START.finditer(sentence.text)]
    if not cuts:
        return [sentence]
    starts = [0, *cuts]
    ends = [m.start() for m in _CLAUSE_START.finditer(sentence.text)] + [len(sentence.text)]
    return [
        Sentence(
            sentence.start + a, sentence.start + b, sentence.text[a:b], sentence.paragraph, True
        )
        for a, b in zip(starts, ends, strict=True)
    ]


def after_colon(sentence: Sentence) -> Sentence | None:
    """The clause after a sentence's colon where it is one of its own, five words or more and
    opening with a capital, after a clause of three words or more ("Ik kreeg goed nieuws: X is
    op 1 februari toegetreden tot Y"; not "Foto: A en B ondertekenen"); None where there is
    none."""
    head, _, tail = sentence.text.partition(": ")
    if len(head.split()) < 3 or not tail[:1].isupper() or len(tail.split()) < 5 or ": " in tail:
        return None
    at = len(head) + 2
    return Sentence(sentence.start + at, sentence.end, tail, sentence.paragraph, True)
