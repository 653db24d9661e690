"""Member lists told aside: in a footnote after a count ("bestaat uit negen organisaties.¹"
... "¹ Gemeente Harderwijk; ..."), and in the answer to an interview's question about who takes
part ("Wie zitten er nog meer in?" ... "Nou, de bibliotheek, de gemeente Emmen, ...").
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.ingest.sentences import Sentence
from kg.ingest.tellers import only_told
from kg.ingest.totals import TOTAL_RULES

__all__ = ["LIST_HEADING", "answered_lists", "asks_who", "footnote_lists", "is_question"]

LIST_HEADING = re.compile(
    r"\b(?:partners|deelnemers|members|partner organisations|wie doen (?:er )?mee|"
    r"who takes part|who['’]s who|wie is wie|ondergetekenden|ondertekenaars|signatories"
    r"|the undersigned)(?!\w)",
    re.I,
)
"""Words that head a list of members ("Partners", "Wie doen er mee?", a covenant's "De
ondergetekenden:")."""

_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]")  # "uit negen organisaties.¹", "[2]"


def footnote_lists(sentences: list[Sentence], skip: set[int]) -> list[tuple[str, Sentence, bool]]:
    """The list of a footnote whose mark follows a count or a word for members: "bestaat uit
    negen organisaties.¹" ... "¹ Gemeente Harderwijk; Gemeente Ermelo; ..."."""
    notes: dict[str, tuple[Sentence, int]] = {}
    for sentence in sentences:
        if (mark := _MARK.match(sentence.text)) and sentence.start not in skip:
            notes.setdefault(mark.group(), (sentence, mark.end()))
    found: list[tuple[str, Sentence, bool]] = []
    for sentence in sentences:
        for mark in _MARK.finditer(sentence.text):
            note = notes.get(mark.group()) if mark.start() else None
            before = sentence.text[: mark.start()]
            about = bool(TOTAL_RULES.search(before))
            if note and note[0] is not sentence and (about or LIST_HEADING.search(before)):
                found.append((note[0].text[note[1] :], note[0], False))
    return found


_WHO = re.compile(
    r"^(?:[A-Z][\w.-]*(?: \w+){0,2}: )?"  # "Even terug: wie zijn wij ook alweer?"
    r"(?:(?:So|And|But|Now|Then|Well|En|Dus|Maar|Nu|Tja|Nou),? )?"  # "So who else is in it?"
    r"(?:(?:En )?[Ww]ie (?:zitten|zit|doen|doet|zijn|werken) (?:er )?"
    r"(?:\w+ ){0,4}?(?:daar|er)?(?:in|mee|bij|aan (?:de |die |deze )?tafel|achter|samen)"
    r"|[Ww]ie (?:werkt|werken) (?:er )?(?:\w+ ){0,3}?(?:samen|mee)"
    r"|[Ww]ie (?:er )?(?:\w+ ){0,2}?(?:bij|in|mee|aan) (?:horen|hoort|zitten|zit|doen|doet)"
    r"|[Ww]ie [a-zë]+(?:t|en) (?:er )?(?:(?:al|nu|nog|ook|allemaal) ){0,3}mee (?:in|met|bij|aan)"
    r" (?:de|het|die|dat|onze|ons) (?:coalitie|netwerk|alliantie|samenwerking\w*)\b"  # "Wie
    # vliegen er al mee in de coalitie?", not "Wie rijdt er mee?" over a carpool
    r"|[Mm]et wie (?:trekken|trekt|werken|werkt|gaan|gaat) (?:wij|we|zij|ze|jullie) "
    r"(?:(?:nu|nog|allemaal|verder|ook|dan) ){0,3}samen(?: op)?(?=\s*\?)"  # "Met wie trekken
    # wij nu samen op?", not "Met wie eten we samen?"
    r"|[Ww]ie (?:er )?(?:(?:nu|nog|allemaal|verder|meer) ){0,3}(?:meedoen|meedoet|deelnemen"
    r"|meewerken|aangesloten zijn)(?=\s*\?)"
    r"|[Ww]ho (?:else )?(?:takes|take) part(?=\s*[?(]|\s*$| in (?:it|the (?:coalition|network"
    r"|alliance|partnership))\b)"
    r"|[Ww]ho else (?:is|are|sits?) (?:at|around) the table\b"
    r"|[Ww]ho(?: else)?(?: is| are|['’]s) (?:else )?(?:in(?= it\b| the (?:coalition|network"
    r"|alliance|partnership)\b| there\b|\s*[?(]|\s*$)|part of|involved|behind(?= it\b| this\b| the"
    r" (?:coalition|network|alliance)\b|\s*\?))"
    r"|[Ww]ho are [\"“'‘]?(?:these|those) (?:people|organisations|organizations|partners)\b"
    r"|[Mm]et wie (?:werken|werkt) (?:\w+ ){0,3}?samen|[Ww]ho are we"
    r"|[Ww]ie zijn (?:wij|we)\b"
    r"|[Ww]ie zijn (?:dat|die|ze|zij)(?: (?:dan|eigenlijk|allemaal))*(?=\s*\?)"
    r"|(?:[Ww]ie (?:zijn|waren)|[Ww]ho (?:are|were)) (?:die|de|deze|onze|those|the|these|our) "
    r"(?:\w+ )?(?:partners|"
    r"organisaties|leden|deelnemers|members|organisations|\d+|\w*(?:tig|tien|elf|twaalf|negen"
    r"|acht|zeven|zes|vijf|vier|drie|twee)|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\w+teen|\w+ty)(?=\s*\?)"
    r"|(?:[Tt]he|[Dd]e) (?:other|andere|overige|remaining|resterende) (?:\d+|\w*(?:tig|tien|elf"
    r"|twaalf|negen|acht|zeven|zes|vijf|vier|drie|twee)|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|\w+teen|\w+ty)(?: (?:partners|members|leden|organisaties))?(?=\s*\?)"
    r"|[Ww]elke (?:organisaties|partners) (?:\w+ ){0,4}?)\b[^.!]*\?[^\w]*$"
)


def is_question(text: str) -> bool:
    """Whether a line ends in a question mark, perhaps with an emoji after it ("Wie doen mee? 👇").

    >>> is_question("Wie doen er mee? 👇"), is_question("Wie doen er mee.")
    (True, False)
    """
    return bool(_QUESTION.search(text))


_QUESTION = re.compile(r"\?\W*$")


def asks_who(text: str) -> bool:
    """Whether a line asks who takes part: "Wie zitten er in het netwerk?", "Who is in it?",
    or is headed so: "3.3  Who does what", "Wie doet wat?"; in capitals too ("WHO ELSE IS IN
    IT?")."""
    text = text.strip()
    text = text.capitalize() if text.isupper() else text
    return bool(_WHO.match(text) or _WHO_DOES_WHAT.match(text))


_WHO_DOES_WHAT = re.compile(
    r"(?:\d+(?:\.\d+)*\.?\s+)?(?:[Ww]ie (?:doet|doen) wat|[Ww]ho does what)\W*$"
)


_TOLD_WHO = re.compile(
    r"\b(?:vertel(?:t|de|den)|legde (?:\w+ )?uit|told (?:me|us|them)|explained|listed) (?:wie|who)"
    r"\b[^.?!]*\b(?:tafel|in|mee|bij|involved|table|part)\b"
)  # "De coördinator vertelde wie er allemaal aan tafel zaten.", told as a question's answer
_WE_HAVE = re.compile(r"^['‘\"“„]?(?:(?:We|Wij) (?:hebben|have)|Er zitten|There are) (?=[A-Z])")
_SAID_TAIL = re.compile(r"[,.]?['’\"”],? (?:zei|zegt|vertelde|said|says|told)\b[^,;]*$")
_NOBODY = re.compile(r"\W*(?:Nobody|No one|None|Niemand|Nog niemand|Geen)\b")
_SPEAKER = re.compile(r"^(?:[A-Z][\w.-]*: )?(?:(?:Nou|Ja|Nee|Tja|Oh|Well|So|Nou ja),? )*")


def answered_lists(sentences: list[Sentence], skip: set[int]) -> list[tuple[str, Sentence, bool]]:
    """The list that answers an interview's question about who takes part, or a sentence that
    says who told who takes part: the sentence after it, without its speaker and a first
    "Nou,", nor the quotation's "We hebben" and "zei ze"."""
    found: list[tuple[str, Sentence, bool]] = []
    for question, answer in pairwise(sentences):
        told_who = _TOLD_WHO.search(question.text) and question.paragraph == answer.paragraph
        if (_WHO.match(question.text.strip()) or told_who) and answer.start not in skip:
            speaker = _SPEAKER.match(answer.text)
            text = answer.text[speaker.end() if speaker else 0 :]
            text = _SAID_TAIL.sub("", _WE_HAVE.sub("", text))  # "'We hebben A, B en C,' zei ze."
            told, colon, listed = text.rpartition(": ")  # "I asked her to write them on a beer
            if colon and listed[:1].isupper() and only_told(told):  # mat, so here goes: A, B
                text = listed  # and C.", "I asked the coordinator ...:"; not "Geld kwam van: A"
            counts = bool(TOTAL_RULES.search(text))  # "With these
            pieces = [piece.split() for piece in re.split(r",| en | and ", text)]
            pieces[0] = pieces[0][1:]  # a sentence's first word has its capital anyway
            named = sum(any(word[:1].isupper() for word in words) for words in pieces)
            if named < 2 or _NOBODY.match(text):
                continue  # "Quite a mix, honestly.", "Nobody yet, but ...": no list
            if ":" not in text and not counts and (text.count(",") >= 1 or " en " in text):  # two,
                # the coalition now counts nine partners.": no list; else a list
                # that an introduction opens ("bestaat uit zeven organisaties:"), read as such
                found.append((text, answer, False))
    return found
