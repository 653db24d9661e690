"""When a join, leave or rename happened, where its sentence or the sentences beside it say so
(whether a join is said to be still to come is `tenses.will`)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from kg.ingest.calendars import Calendar
from kg.ingest.dates import DATE, has_date
from kg.ingest.joins import Joined
from kg.ingest.joinwords import ALREADY
from kg.ingest.phrases import JOIN_FORMS
from kg.ingest.possible import JOINING
from kg.ingest.reading import Reader
from kg.ingest.results import When
from kg.ingest.sentences import Sentence
from kg.ingest.tenses import SAME_DATE
from kg.ingest.words import SEVERAL

__all__ = ["earlier_years", "join_when", "said_when"]

_SIGNED = re.compile(
    r"\b(?:handtekening|handtekeningen|ondertekend|ondertekende|ondertekenden|tekende|tekenden"
    r"|signed|signature)\b",
    re.IGNORECASE,
)


def said_when(reader: Reader, calendar: Calendar, sentence: Sentence) -> When | None:
    """The date a sentence gives, or the one before it in its paragraph (for "on the same
    afternoon", the last one before it in its paragraph that tells a join with a date)."""
    index = reader.index(sentence)
    earlier = reader.sentences[max(index - 10, 0) : index]
    before = [s for s in earlier if s.paragraph == sentence.paragraph]
    if SAME_DATE.search(sentence.text):
        told = [s for s in before if _tells(s) and calendar.date(s)]
        before = told or before
    return calendar.when(reader.evidence(sentence), sentence, before[-1] if before else None)


def _tells(sentence: Sentence) -> bool:
    """Whether a sentence tells a join or a signing (not one of the past: `ALREADY`), by a
    word of joining or signing or by any join form."""
    told = bool(_SIGNED.search(sentence.text) or JOINING.search(sentence.text))
    told = told or any(rule.pattern.search(sentence.text) for rule in JOIN_FORMS)
    return told and not _ALREADY.search(sentence.text)


_ALREADY = re.compile(rf"\b(?:{ALREADY})\b")  # history lends no date


def join_when(reader: Reader, calendar: Calendar, joined: Joined, joining: set[int]) -> When | None:
    """The date of a join: in its sentence, else in the next sentence of its paragraph that
    tells a join without naming a new joiner ("De bibliotheek trad per 1 oktober toe"), or the
    one before that counts the joiners ("heeft vandaag drie nieuwe partners verwelkomd."), or
    the next or the one before that tells a signing ("Op 17 september zette onze directeur haar
    handtekening") or is a date alone (a timeline's "oktober"), else in the sentence that opens
    its list of bullets."""
    sentence, index = joined.sentence, reader.index(joined.sentence)
    after, before = reader.sentences[index + 1 : index + 2], reader.sentences[index - 1 : index]
    near = [
        s for s in after if has_date(s.text) and any(r.pattern.search(s.text) for r in JOIN_FORMS)
    ]
    near += [s for s in before if index and SEVERAL.search(s.text)]
    near += [s for s in before if index and DATE.fullmatch(s.text.strip())]  # a timeline's "12
    # maart" over "Thuiszorg X tekent als zevende partner."
    near += [s for s in [*after, *before] if has_date(s.text) and _SIGNED.search(s.text)]
    near = [s for s in near if s.paragraph == sentence.paragraph and s.start not in joining]
    near = [s for s in near if not _ALREADY.search(s.text)]  # "In maart sloot X zich al aan"
    own = _nearest_date(sentence, joined.name.written)
    if own is not None and (when := calendar.when(reader.evidence(sentence), own)):
        return when  # "A in March 2026 and B in June 2026 joined": each its own
    if _LISTED.search(sentence.text):
        return None  # "A op 16 oktober en B sloten zich aan": A's date is not B's
    opened = _IN_YEAR.search(joined.opened_by.text) if joined.opened_by else None
    if opened and (
        when := calendar.when(reader.evidence(sentence), sentence, None, int(opened[1]))
    ):
        return when  # "In 2025 traden toe:" over "- in juni X": June 2025
    for other in [_join_clause(sentence), sentence, *near, *filter(None, [joined.opened_by])]:
        if other is None:
            continue
        if when := said_when(reader, calendar, other):
            return when
    return _told_again(reader, calendar, joined, index)


def _told_again(reader: Reader, calendar: Calendar, joined: Joined, index: int) -> When | None:
    """The date of a join a headline tells without one, from the body that tells it again: the
    first sentence after it that tells a join or a signing and names the joiner, or whose next
    sentence names it ("Op 17 september zette de voorzitter namens de vereniging zijn
    handtekening. Daarmee is de VGP de 21e partner."), None where that sentence gives no date;
    else the first before it that tells one, names it itself and gives a date ("X is per 1
    september partner" above "Met de komst van het donorcentrum telt de alliantie elf
    partners")."""
    if has_date(joined.sentence.text):
        return None  # its own date was no join's ("Sinds 2019 ...")
    name = joined.name.written
    at = reader.text.find(name)
    short = (
        re.search(r"\(([A-Z]{2,8})\)", reader.text[at : at + len(name) + 12]) if at >= 0 else None
    )
    names = [name, *(short.groups() if short else ())]

    def names_it(text: str) -> bool:
        return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)

    below = reader.sentences[index + 1 : index + 16]
    for at, other in enumerate(below):
        nearby = other.text + " " + (below[at + 1].text if at + 1 < len(below) else "")
        if not (_tells(other) and names_it(nearby)):
            continue
        when = said_when(reader, calendar, other)  # the first that tells it again: "today"
        if _years_before(when, calendar.release):  # "X sloot zich op 4 maart 2021 aan bij
            continue  # het landelijke netwerk" below a headline in 2026: another body's join
        return when
    above = (
        said_when(reader, calendar, other)
        for other in reader.sentences[:index]
        if _tells(other) and names_it(other.text)
    )
    return next(filter(None, above), None)  # not the headline's, which has none


def _years_before(when: When | None, release: str | None) -> bool:
    """Whether a date lies in a year before the year before the release's."""
    if when is None or not when.iso or not release:
        return False
    return int(when.iso[:4]) < int(release[:4]) - 1


_IN_YEAR = re.compile(r"^(?:[Ii]n|[Dd]uring|[Tt]ijdens|[Ii]n de loop van) (20\d\d)\b")


_OWN_ASIDE = re.compile(r"\s?|,(?: (?:(?! en | and )[^,;]){1,60},)? ?")
"""Between a name and its date: nothing, or a comma and the name's own aside ("A, on 1 March
2025, and B, a care provider, on 1 October 2025")."""


_LISTED = re.compile(
    r"\b(?!(?:Op|In|Per|Sinds|Vanaf|Tot|On|Since|From|As|By|\w+(?:day|dag))\b)[A-Z][\w.&'’-]* (?:"
    + DATE.pattern
    + r")(?=,? (?:(?:en|and) )?(?:(?:de|het|the) )?[A-Z])"
)
"""A date after a name in a list, before the next name: "A op 16 oktober en B"."""


def _nearest_date(sentence: Sentence, written: str) -> Sentence | None:
    """Of a sentence with two dates or more, the date right after the name `written` ("A in
    March 2026 and B in June 2026"), as a piece of the sentence; else None."""
    dates = list(DATE.finditer(sentence.text))
    at = sentence.text.lower().find(written.lower())
    end = at + len(written)
    right = [
        d
        for d in dates
        if d.start() >= end
        and d.group().strip()[:1].islower()
        and _OWN_ASIDE.fullmatch(sentence.text[end : d.start()])
    ]
    if (len(dates) < 2 and not _LISTED.search(sentence.text)) or at < 0 or not right:
        return None
    near = right[0]
    return replace(
        sentence,
        start=sentence.start + near.start(),
        end=sentence.start + near.end(),
        text=near.group(),
    )


_CLAUSE_CUT = re.compile(r"[:;]\s+")


def _join_clause(sentence: Sentence) -> Sentence | None:
    """Of a sentence with two dates or more in clauses cut by a colon or a semicolon, the one
    clause that has a date and tells a join or a signing ("In de ledenvergadering van 28
    oktober hebben we erover gepraat, en nu is het rond: op 9 november heeft onze voorzitter
    haar handtekening gezet"), as a piece of the sentence; else None."""
    if len(DATE.findall(sentence.text)) < 2:
        return None
    cuts = [0, *(m.end() for m in _CLAUSE_CUT.finditer(sentence.text)), len(sentence.text)]
    clauses = [(a, sentence.text[a:b]) for a, b in pairwise(cuts)]
    told = [
        (at, text)
        for at, text in clauses
        if has_date(text)
        and (_SIGNED.search(text) or any(r.pattern.search(text) for r in JOIN_FORMS))
    ]
    if len(told) != 1:
        return None
    at, text = told[0]
    return replace(
        sentence, start=sentence.start + at, end=sentence.start + at + len(text), text=text
    )


_YEAR_HEADING = re.compile(r"\s*(?P<year>(?:19|20)\d\d)(?:\s*[–—:-]\s*[^.!?]{0,40})?\s*:?\s*")


def earlier_years(sentences: list[Sentence], joins: list[Joined], release: str | None) -> set[int]:
    """The joins (by index) told under a heading that is only a year before the release's
    ("2026" over "In april kwam X erbij", in a release of February 2027): a timeline of the
    partners of old, members but not the news.

    >>> from kg.ingest.sentences import read_sentences
    >>> from kg.ingest.names import Name
    >>> said = read_sentences("2026\\nIn april kwam X erbij.\\n\\n2027\\nY tekende.")
    >>> joins = [Joined(Name("X", "X", False), said[1], None, None, False)]
    >>> earlier_years(said, joins, "2027-02-03")
    {0}
    """
    if not release:
        return set()
    heading: dict[int, int] = {}  # a sentence's start: the year of the last heading before it
    year = 0
    for sentence in sentences:
        if said := _YEAR_HEADING.fullmatch(sentence.text):  # "2025", "2026 – nieuw dit jaar"
            year = int(said["year"])
        elif len(sentence.text.split()) <= 6 and not sentence.text.rstrip().endswith((".", "!")):
            year = 0  # another heading ("Vooruitblik"): the timeline has ended
        heading[sentence.start] = year
    release_year = int(release[:4])
    return {
        i
        for i, j in enumerate(joins)
        if not j.future
        and (0 < heading.get(j.sentence.start, 0) < release_year or _since(j, release_year))
    }


_SINCE_YEAR = re.compile(  # the partnership's "sinds", not a clause's ("die sinds 2014 les geeft")
    r"\b(?:is|zijn|are|has been|have been|zit|zitten|doet|doen) (?:al |ook |already )*"
    r"(?:[Ss]inds|[Ss]ince) (?:(?:begin|eind|medio|early|late|mid)[- ])?(?P<year>(?:19|20)\d\d)"
    r"(?:,? (?:\w+ ){0,3}?(?:partner|lid|member|aangesloten|mee|deel|part)\b"
    r"|(?= \w+ (?:in|van|of)\b))"
    r"|^(?:[Ss]inds|[Ss]ince) (?P<first>(?:19|20)\d\d)\b,?[^.;]*?\b(?:is|zijn|has been|have been) "
    r"(?:al |ook |already )*(?:a |an |een )?(?:partner|lid|member)\b"
)


def _since(join: Joined, release_year: int) -> bool:
    """Whether a join's sentence says its subject has been a partner since a year before the
    release's, as a state and not as news: "X is sinds 2023 partner van Y" (a member)."""
    said = _SINCE_YEAR.search(join.sentence.text)
    year = int(said["year"] or said["first"]) if said else release_year
    return year < release_year and not _NEWS.search(join.sentence.text)


_NEWS = re.compile(r"\b(?:vandaag|today|nu ook|now also|officieel|officially|nieuwe?|new)\b")
