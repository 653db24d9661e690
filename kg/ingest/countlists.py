"""Lists that the text's own count vouches for.

A list is read as the partners' by what introduces it (`listings`, `members._cued_lines`:
"De partners zijn:", "Who else is in?"). Releases keep introducing theirs in words no table
holds ("Van links naar rechts, zoals het hoort:", "De rolverdeling, in volgorde van
opkomst:", "Until last week it was six organisations, none of them designers:"). What makes
such a list the partners' is that it is exactly as long as the text says the partnership is:
the number its introduction gives, or the partners the text counts elsewhere, with or without
the joiners. A list of as many organisations as that is no agenda, no list of funders.
"""

from __future__ import annotations

import re

from kg.ingest.gazetteer import bare_place, kind_places
from kg.ingest.given import person_like
from kg.ingest.lines import bullets_after, heading_line, kind_named, line_items, org_like
from kg.ingest.names import without_person
from kg.ingest.namewords import NAME
from kg.ingest.ordinals import any_ordinal
from kg.ingest.pointers import ORG_RUN
from kg.ingest.prose import strong_names
from kg.ingest.rules import read_count
from kg.ingest.sentences import Sentence
from kg.ingest.stretches import THANKS
from kg.ingest.subjects import without_place
from kg.ingest.tellers import SOME, only_told
from kg.ingest.tenses import FUTURE_RULES
from kg.ingest.words import DOTTED_END, NO_MEMBERS, NOT_IN, NOT_MEMBERS

__all__ = ["closed_by_count", "counted_openers", "vouched_lists"]

_COUNTED = re.compile(  # a lookahead: each word before the noun is tried, "was four organisations"
    r"(?=\b(?P<n>[\w-]+)\s+(?:\w+\s+)?(?:partners|partnerorganisaties|partner organi[sz]ations"
    r"|organisaties|organi[sz]ations|partijen|parties|deelnemers|members)\b)",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"(?i)\b(?:sprekers?|speakers?|locaties?|locations?|venues?|plekken|adressen|addresses"
    r"|programma|programme|program|agenda|fonds\w*|funds?|funders?|financiers?|sponsors?"
    r"|gesprek|talks|winnaars?|winners?|prijs\w*|prizes?|hulppunten|spreekuren|inloop\w*"
    r"|help ?(?:points?|desks?)|oud-?partners?|former|stopten|vertrokken"
    r"|(?:vorige|eerdere)(?! (?:week|maand|jaar|\w*dag))"
    r"|afscheid|left|kandidat\w*|candidates?|genomineerd\w*|nominees?|workshops?|bezocht"
    r"|visited|waar|where|wachtlijst|waiting|uitgenodigd|invited|invitations?|genodigden|guests"
    r"|gasten)\b"
)  # a list of other things than the partners: speakers, venues, a programme, funders, talks,
# winners, help points, former partners, candidates
_OBJECT = re.compile(
    r"(?i)\b(?:van|door|bij|uit|aan|op|voor|met|from|by|at|of|to|with|for)\s*:\s*$"
    r"|\b(?:open huis|open house|betaald|paid|bijdragen|contributions?|spreken|spreekt|speak\w*"
    r"|presenteren|present(?:s|ing)?|exposeren|exhibit\w*)\b"
)
_ASIDE = re.compile(r"\s*\([^()]*\)")  # "Leeshuis X (de bibliotheek in A en B)"
_ASIDES = re.compile(r",\s(?:zoals|as|like)\b[^,:]*,")  # "Ik heb de lijst, zoals het een
# oud-notaris betaamt, overgenomen:": a comparison aside tells nothing of the list
_FEWEST = 3  # a list of fewer names proves little by its length


def vouched_lists(
    sentences: list[Sentence], taken: set[int], totals: frozenset[int]
) -> list[tuple[str, Sentence, bool]]:
    """The items (`line_items`) of each list of organisations under an introduction that ends
    in a colon, none of it read yet (`taken`: sentence starts), as long as the number the
    introduction gives, or as a total the text states (`totals`) or one less (the joiner told
    apart).

    >>> from kg.ingest.sentences import read_sentences
    >>> text = "Until last week it was four organisations:\\n- Bibliotheek A\\n- Stichting B"
    >>> text += "\\n- Woonstichting C\\n- Welzijn D"
    >>> [text for text, _, _ in vouched_lists(read_sentences(text), set(), frozenset())]
    ['Bibliotheek A', 'Stichting B', 'Woonstichting C', 'Welzijn D']
    """
    found = []
    for position, sentence in enumerate(sentences):
        intro = sentence.text
        colon = intro.rstrip().endswith(":")
        last = (
            position + 1 < len(sentences)
            and sentences[position + 1].paragraph != sentence.paragraph
        )
        if sentence.start in taken or not (colon or (last and _COUNTED.search(intro))):
            continue  # "..., telt de alliantie nu twaalf partners." over twelve lines
        before = sentences[position - 1] if position else None
        near = before is not None and (colon or before.paragraph == sentence.paragraph)
        above = before.text if before is not None and near else ""
        if any(_OTHER.search(t) or THANKS.search(t) for t in (intro, above)):
            continue  # "Dank aan:", "De sprekers komen van:", "Workshops op deze locaties:"
        if any(NOT_MEMBERS.search(_ASIDES.sub("", t)) for t in (intro, above)):
            continue  # "Geld kwam van:", but not for "zoals het een oud-notaris betaamt,"
        if NO_MEMBERS.search(intro):
            continue  # "Geen partners, wel betrokken:"
        said = {read_count(m.group("n")) for m in _COUNTED.finditer(intro)}
        if _OBJECT.search(intro) and not said:
            continue  # "Op de startbijeenkomst spreken medewerkers van:", "betaald uit bijdragen
            # van:": the objects of another relation, unless the introduction counts them
        items = bullets_after(sentences, position)
        if len(items) < _FEWEST or any(item.start in taken for item, _, _ in items):
            continue
        spans = [item.text[start - item.start : end - item.start] for item, start, end in items]
        names = [_ASIDE.sub("", span).rstrip(",;. ") for span in spans]  # "Woonstichting X,"
        if any(name[:1].isdigit() for name in names):
            continue  # "10.00 Bibliotheek X": a programme
        if sum(map(org_like, names)) * 4 < len(names) * 3 or sum(map(kind_named, names)) * 2 < len(
            names
        ):
            continue  # three in four read as organisations, half by a word of their kind: not
            # four persons ("Anna de Vries", "Piet Jansen")
        if not colon and len(items) not in said:
            continue  # no colon: only a list exactly as long as the sentence's own count
        if len(items) in said or any(len(items) in (total, total - 1) for total in totals):
            found += line_items(sentences, position)
    return found


def counted_openers(
    sentences: list[Sentence], taken: set[int], totals: frozenset[int]
) -> list[tuple[str, Sentence, bool]]:
    """The organisations that open the sentences after a count of the partners, in its
    paragraph (or the next, where the count ends its own), where there are as many of them as
    a total the text states, or one or two less (the writer and a joiner told apart): a list
    written as sentences ("Volgens Gerda zijn ze nu met negen partners. De Leestuin natuurlijk,
    die trekt de kar. Stichting Wijkkracht Raalte, die de vrijwilligers regelt. Dorpsraad
    Broekland. ...").

    >>> from kg.ingest.sentences import read_sentences
    >>> text = "We zijn nu met vijf partners. Bibliotheek A natuurlijk. Stichting B, die helpt."
    >>> text += " En Welzijn C, want dat spreekt. Ik schreef ze op."
    >>> [name for name, _, _ in counted_openers(read_sentences(text), set(), frozenset({5}))]
    ['Bibliotheek A', 'Stichting B', 'Welzijn C']
    """
    found: list[tuple[str, Sentence, bool]] = []
    for position, sentence in enumerate(sentences):
        if not totals or not _COUNTED.search(sentence.text) or _OTHER.search(sentence.text):
            continue
        after = sentences[position + 1 : position + 1 + _MOST]  # a list in sentences is short
        paragraph = sentence.paragraph
        if after and after[0].paragraph != paragraph:
            paragraph = after[0].paragraph  # the count closes its paragraph: the next one
        names: list[tuple[str, Sentence]] = []
        some = bool(SOME.search(sentence.text))  # "I will not name all fifteen, because I only
        for later in after:  # know some of them.": as many as the writer knows, not the total
            if later.paragraph != paragraph:
                break
            some = some or bool(SOME.search(later.text))
            opener = _OPENER.match(later.text.rstrip(" .!"))
            subject = None if opener or not some else _SUBJECT.match(later.text)  # "X runs the
            name = opener["name"] if opener else subject["name"] if subject else ""  # café"
            named = opener and (opener["article"] or org_like(name) or kind_named(name))
            named = named or (subject and kind_named(name) and not NOT_MEMBERS.search(later.text))
            if later.start not in taken and named:  # "De Leestuin": no person's, with "de"
                names += [(name, later)] if name not in {n for n, _ in names} else []
        if len(names) >= _FEWEST and any(0 <= n - len(names) <= 2 or some for n in totals):
            found += [(name, later, True) for name, later in names]
    return found


_MOST = 40  # sentences after a count that can name its partners one by one
_SUBJECT = re.compile(
    rf"^(?:(?:En|And|Also|Ook|Then|Dan) )?(?:[Dd]e |[Hh]et |[Tt]he )?(?P<name>{NAME}) (?=[a-z])"
)  # "Welzijn Spaarnestad sends social workers": a partner the writer names of some
_OPENER = re.compile(
    rf"^(?:(?:En|Ook|Dan|Then|And|Also) )?(?P<article>[Dd]e |[Hh]et |[Tt]he )?(?P<name>{NAME})"
    r"(?=$|[,;]|\s+\(| (?:natuurlijk|of course|hier|here|uit|in|from)\b)"
)  # "De Leestuin natuurlijk, die trekt de kar.", "Dorpsraad Broekland."


def closed_by_count(
    sentences: list[Sentence], coalitions: frozenset[str] = frozenset()
) -> list[tuple[str, Sentence, bool]]:
    """(name, sentence, True) of the organisations named in the prose that a count closes
    ("Dat zijn ze: vijf.", "Tel maar na: negen.", "Dat was het, zeven.", "Met ons erbij dus
    negen."), back to the sentence that counted them before or three paragraphs at most, where
    as many (or one less: the writer) are named there as the count says; not in a sentence
    about funders, suppliers or members to come (a speaker's "zei ze" aside is no such).

    >>> from kg.ingest.sentences import read_sentences
    >>> text = "Het netwerk heeft vier partners. Neem Anneke, van Bibliotheek Ede. Of de jongens"
    >>> text += " van ROC Rijnstad. Stichting Welzijn Ede zorgt voor de koffie. Dan is er nog de"
    >>> text += " Gemeente Ede. Dat zijn ze: vier."
    >>> [name for name, _, _ in closed_by_count(read_sentences(text))]
    ['Bibliotheek Ede', 'ROC Rijnstad', 'Stichting Welzijn Ede', 'Gemeente Ede']
    """
    found: list[tuple[str, Sentence, bool]] = []
    for position, closing in enumerate(sentences):
        said = _CLOSING.fullmatch(closing.text.strip())
        count = read_count(said["n"]) if said else None
        last = _LAST_ONE.search(closing.text) if not said else None  # "En de vijfde partner,
        count = any_ordinal(last["nth"]) if last else count  # X, ...": the last of five
        if not count or count < _FEWEST:
            continue
        window: list[Sentence] = [closing] if last else []
        counted: list[int | None] = []
        for before in reversed(sentences[:position]):
            if closing.paragraph - before.paragraph > 3 or heading_line(before.text):
                break
            window.insert(0, before)
            counted = [read_count(m["n"]) for m in _COUNTED.finditer(before.text)]
            if counted:
                break  # "een samenwerkingsverband van vijf organisaties": where they were counted
        if last and count not in counted:
            continue  # the ordinal closes only where the text counted as many before it
        if last:  # the story of the paragraph it ends names them all, in any part of speech
            window = [s for s in window if s.paragraph == closing.paragraph]
        names: dict[str, Sentence] = {}
        for sentence in window:
            if not only_told(sentence.text):
                continue
            if FUTURE_RULES.search(sentence.text) or NOT_IN.search(sentence.text):
                continue
            told = kind_places(sentence.text) + strong_names(sentence.text)
            told += _told_of(sentence.text) if last else []
            for name in told:
                if not any(c in name or name in c for c in coalitions) and not _OURS.match(name):
                    names.setdefault(name, sentence)
        names = {n: s for n, s in names.items() if not any(n != m and n in m for m in names)}
        if count - 1 <= len(names) <= count and not (last and len(names) < count):
            found += [(name, sentence, True) for name, sentence in names.items()]
    return found


def _told_of(text: str) -> list[str]:
    """The organisations a sentence names whatever their part in it ("bracht hij hem naar het
    Repair Café X", "een vrijwilliger van Stichting Y"), without the place after them."""
    runs = [
        m.group().split(" ", 1)[-1] if m.start() == 0 else m.group() for m in ORG_RUN.finditer(text)
    ]
    runs = [run if DOTTED_END.search(run) else run.rstrip(".") for run in runs]
    runs = [without_person(run) for run in runs if not person_like(run)]  # not "Toen Henks"
    return [run for run in map(without_place, runs) if org_like(run) and not bare_place(run)]


_LAST_ONE = re.compile(r"^(?:En |And )?(?:[Dd]e|[Tt]he) (?P<nth>\w+) (?:partner|member),")
_CLOSING = re.compile(
    r"(?i)(?:(?:dat|die|those|that)(?: zijn| waren| was| is|['’]s| are| were)?(?: ze| het| er"
    r"| they| it| all)?|tel (?:maar |ze )?na|count them|all told|alles bij elkaar"
    r"|met (?:ons|hen|haar|hem) erbij(?: zijn we(?: nu)? met)?)(?: dus| so)?"
    r"[:,]?\s+(?P<n>[\w-]+)(?: (?:partners|organisaties|organisations|members|in totaal|in all))?"
    r"\s*[.!]?"
)  # a count that closes the names before it: "Dat zijn ze: vijf.", "Tel maar na: negen."
_OURS = re.compile(r"(?i)(?:coalitie|coalition|netwerk|network|alliantie|alliance)\b")
