"""Positions told as news: a sentence that gives an organisation its place among the partners
and no verb a phrase row reads ("X is daarmee partner nummer negen", "Sinds 1 september staat X
als elfde partner op de lijst van Y", "making X the ninth partner", "X took the fourteenth seat
at the coalition's table"), also where it calls the organisation by its kind ("De stichting is
daarmee de twaalfde partner", "That makes the port the seventh organisation aboard") or "we"
("Sinds die avond is onze vereniging de vijftiende deelnemer", "we're partner number 12").

A stated position is told of a join and of little else, so such a sentence reads as a join
with its order where it is the release's news (no hedge, future, negation, leave, nor a year or
a date long before the release), each position has one organisation before it in its clause,
and the position is not the first (the "first partner to ..." is a ranking, not an order).

>>> from kg.ingest.sentences import read_sentences
>>> [(name, n) for name, n, _ in positions_told(read_sentences(
...     "Stichting Buurtkracht Assen is daarmee partner nummer negen."), (), "", None)]
[('Stichting Buurtkracht Assen', 9)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.ingest.calendars import Calendar
from kg.ingest.dates import has_date
from kg.ingest.fuller import fuller_names
from kg.ingest.gazetteer import bare_place
from kg.ingest.joined import Joined
from kg.ingest.lexicon import lookup
from kg.ingest.masthead import publishers
from kg.ingest.names import PERSON_NAME, Name, is_person
from kg.ingest.ordinals import NTH_WORD, any_ordinal, ordinals
from kg.ingest.possible import (
    IN_YEAR,
    JOINING,
    NOT_NOW,
    PARTNERSHIP,
    askable,
    organisations_in,
    recent_enough,
)
from kg.ingest.reading import Reader
from kg.ingest.rules import read_count
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.subjects import same_joiner
from kg.ingest.words import NOT_MEMBERS, org_head

__all__ = ["positions_told", "ranked_joins"]

_NOUN = (
    r"(?:(?:coalitie|netwerk|samenwerkings|alliantie)?partner|(?:\w+s)?lid|deelnemer|organisatie"
    r"|organisation|organization|member"
    r"|signatory|ondertekenaar|seat|stoel|partij)(?:s|en|ies)?"
)  # "de negende partner", "het negende bemanningslid", "the fourteenth seat"
_BEFORE_NTH = r"(?:de|het|the|its|our|onze|haar|hun|zijn|als|as)"
_POSITION = re.compile(
    rf"\b(?:{_BEFORE_NTH}\s+(?:(?:de|het|the|its)\s+)?(?:(?:coalition|network|alliance)['’]s\s+)?"
    r"|(?<=\bwordt )|(?<=\bwerd )|(?<=\bbecomes )|(?<=\bbecame ))"
    rf"(?:nieuwe\s+|new\s+)?(?P<nth>{NTH_WORD}(?:(?:,| en| and) (?:de |het |the )?{NTH_WORD})*)"
    r"(?:\s+(?:nieuwe|new|full|volwaardige))?"
    rf"\s+{_NOUN}\b"
    r"|\b(?:partner|member|lid|deelnemer)\s+(?:nummer|number|nr\.?|no\.?|#)\s*(?P<numbered>\d{1,3}"
    r"|[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*)\b"
    r"|\b(?:is|are|zijn|werd|wordt|became|becomes|(?<=\w)['’]re)\s+(?:(?:nu|now|daarmee|dus"
    r"|officieel|officially)\s+)?(?:nummer|number)\s+(?P<plain>\d{1,3}|[a-z]+)\b",
    re.IGNORECASE,
)  # "als elfde partner", "wordt twintigste partner", "partner nummer negen", "we're number 17"
_ELIDED = re.compile(
    rf"\b(?:{_BEFORE_NTH}|nummer|number)\s+(?P<bare>{NTH_WORD}|\d{{1,3}}|[a-z]+)"
    r"(?=\s*[.,;!]|\s+(?:en|and)\b|\s*$)",
    re.IGNORECASE,
)  # "..., Anadolu nummer zestien", "A als tiende en B als elfde partner", "..., and Y its eleventh"
_LAST = re.compile(
    rf"\b(?:werd|wordt|became|becomes)\b[^,;:]*\b(?:de|het|the|its)\s+(?P<nth>{NTH_WORD})\s*[.!]?$"
)  # "En in de laatste week van november werd X de tiende."
_GOES_ON = re.compile(rf"(?:,|\s(?:en|and|&))\s+[{UPPER}]")  # "Stichting Welzijn, Wonen en Zorg X"
_OF = re.compile(
    r"\s+(?:(?:van|of|in|bij|binnen|within|die|dat|that|who|which|to|op|on|voor|for|aan|at)\b"
    r"|met\b(?! \w+ (?:en|and)\b))"
    r"[^,.;:]+"
)  # what a position is among, or what its organisation did: "van het netwerk", "to do so"
_COALITION_LIKE = re.compile(r"(?i)\bdigi\w*|\bcoalit\w*|\balliant\w*|\balliance\b")
_DONE = re.compile(r"\b(?:do(?:es)? so|did so|dat (?:doet|deed))\b")  # "the eleventh to do so"
_PLACE_AFTER = re.compile(
    rf"\s+(?:van|of|in|uit|from)\s+(?P<place>[{UPPER}][\w'’-]*(?:[ -][{UPPER}][\w'’-]*)*)"
)
_FROM = re.compile(
    r"\b(?:op|per|vanaf|sinds|met ingang van|as of|from|since|on)\s+(?:die|dezelfde|that|the same)"
    r"\s+(?:datum|dag|date|day)\b",
    re.IGNORECASE,
)  # the day the sentence before gives: now or to come, as only the release's date tells
_COUNTS_PARTNERS = re.compile(
    r"\b(?:telt|tellen|counts?|heeft|has|zijn er|are now)\b[^.;]{0,40}\b(?:partners|organisaties"
    r"|organisations|leden|members)\b",
    re.IGNORECASE,
)  # "het netwerk telt nu veertien partners"
_NATIONAL = re.compile(r"\b(?:landelijke?|nationale?|national|europe\w*)\b", re.IGNORECASE)
_RANKING = re.compile(
    r"\b(?:ranglijst|klassement|ranking|competitie|competition|quiz|teams?|prijs|prize|award"
    r"|concours|verkiezing|van het jaar|of the year|petitie|petition)\b",
    re.IGNORECASE,
)
_OBJECT = re.compile(
    r"\b(?:van|of|bij|met|with|voor|for|aan|to|tot|naar|from|uit)\s+(?:(?:de|het|the)\s+)?$"
)  # "de overeenkomst van Y en is daarmee de negende": Y is no subject
_COPULA = re.compile(
    r"\b(?:is|zijn|wordt|worden|werd|werden|staat|stond|hoort|hoorde|are|became|become|becomes"
    r"|making|made|makes|maakt|maakte|becoming|took|takes|nam|neemt|noemen|noemt)\b|['’]re\b",
    re.IGNORECASE,
)  # what a place among the partners is said with: "X is daarmee de negende partner"
_STILL = re.compile(
    r"\b(?:blijft|blijven|bleef|remains?|remained|nog steeds|nog altijd|still|al|already|was|waren"
    r"|were|bijna|almost|klaar|ready|kandidaat|candidate|twijfel\w*|of het|whether|volgt|volgen"
    r"|follows?|na de zomer|leave|quit|withdraw\w*|verlaat|verlaten|vertrekt|benader\w*"
    r"|uitgenodigd|uitnodig\w*|voorgedragen|voordr\w*|draagt|gevraagd|vraagt|solliciteer\w*"
    r"|afgewezen|afwijz\w*|graag|in beeld|appl(?:y|ies|ied)|nominat\w*|invit\w*|op het punt"
    r"|na de (?:onder)?tekening|dan|in principe|vermoedelijk|waarschijnlijk|probably|set to"
    r"|about to|due to|straks|zodra|mocht|indien|if|toen|nadat|sindsdien|wanneer)\b",
    re.IGNORECASE,
)  # what keeps a place from being a join now: staying, the past, a hedge, a leave, an invitation,
# a nomination, a rejection, a condition
_VENUE = re.compile(r"\b(?:waar|where|waarin|in which)\b", re.IGNORECASE)  # "de plek waar de
# elfde partner tekende": a venue before the place
_OTHERS = re.compile(
    r"\b(?:zoekt|zoeken|seeks?|looking|gevonden|found|verwelkom\w*|welcom\w*)\b", re.IGNORECASE
)  # another's place: "De bibliotheek verwelkomt de tiende partner"; not "verwelkomden we X als
# twaalfde partner"
_AS = re.compile(r"(?i)(?:^|\s)(?:als|as)(?:\s|$)")  # "tekende als negende partner": any verb
_POSSESSIVE = re.compile(r"^(?:onze|our|haar|hun|their)\b", re.IGNORECASE)  # not "zijn": "are"
_AT = re.compile(
    r"(?i)\b(?:in|bij|op|at|naast|beside|besides)\b(?:\s+[\w'’-]+){1,3}\s+(?:van|of)\s+$"
)  # "in het gebouw van X", "in het bijzijn van X": a venue's, a bystander's
_SPECIFIC = re.compile(
    r"(?i)partner|partij|^(?:is|are|zijn|werd|wordt|became|becomes|['’]re)\b"
)  # a place among the partners ("we zijn nummer 14"), not "de derde deelnemer"
_OPENED = re.compile(
    r"^(?:Nu|Nadat|Doordat|Omdat|Toen|Zodra|Mocht|Als|Wanneer|Zoals|Since|When|After|Because"
    r"|Once|If|As)\s+(?=[A-Z])"
)
_SHORT = re.compile(r"(?<!\()\b[A-Z]{2,6}\b(?!\))")  # "de CAL", for "Chauffeursvereniging X (CAL)"
_CLAUSE_END = re.compile(r";|\s[–—]\s|:\s")
_MAKING = re.compile(r"\b(?:making|made|makes|maakt|maakte)\s+(?:(?:de|het|the)\s+)?$")
_OWN_SUBJECT = re.compile(
    r"(?:\b(?:we|wij)\s+(?:(?:zijn|are|were|werden|worden|staan|horen|draaien|zitten)\b|['’]re\b)"
    r"|\bwe['’]re\b|\b(?:ons|onze|our)\s+\w+\s+(?:is|wordt|werd|staat|hoort|draait|becomes|became"
    r"|has become)\b|\b(?:is|wordt|werd|staat|hoort|draait|zijn|are|hebben|have)\s+(?:(?:wij|we|nu"
    r"|daarmee|dus"
    r"|sinds \w+(?: \w+)?|vanaf \w+)\s+)*(?:ons|onze|our|wij|we)\b(?:\s+\w+)?)"
    r"(?:\s+(?!dat\b|that\b|die\b)[\w'’-]+){0,6}\s*$",
    re.IGNORECASE,
)  # "we" as the subject of the place, just before it: not "Wij zijn blij dat de zorggroep ... is"
_SPEAKER = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+|(?:de|van|der|den|ter|ten|el)\s+){1,5}[A-Z][\w'’-]+:\s*$"
)  # "Directeur Anna de Vries: "
_QUOTES = re.compile('["“”„]')
_OWN = re.compile(
    r"\b(?:(?:we|wij)\b|we['’]re\b|(?:ons|onze|our) (?P<kind>[a-zö]+)\b)", re.IGNORECASE
)  # "we're partner number 12", "is onze vereniging de vijftiende deelnemer"
_POINTER = re.compile(
    r"\b(?:[Dd]e|[Hh]et|[Tt]he|[Dd]it|[Dd]eze|[Tt]his)\s+(?:[a-z][\w-]*e\s+|[A-Z]\w+se\s+)?"
    r"(?P<kind>[a-zö]{4,})\b"
    r"(?=\s+(?:is|wordt|werd|staat|hoort|mag|becomes|became|is now|has|heeft|ondertekende"
    r"|tekende|signed)\b|(?:\s+[a-z]\w*){0,4}\s*$)"
)  # "De stichting is daarmee de twaalfde partner", "That makes the port the seventh ..."
_KINDS = {
    "bedrijf": "b.v.",
    "onderneming": "b.v.",
    "company": "b.v.",
    "firm": "b.v.",
    "foundation": "stichting",
    "association": "vereniging",
    "cooperative": "coöperatie",
    "library": "bibliothe",
    "bieb": "bibliothe",
    "haven": "port",
}  # "het bedrijf" is the one with a legal form; "the foundation" is a "Stichting"
_LOOK_BACK = 6  # sentences in which a kind's organisation was last named


def ranked_joins(
    reader: Reader,
    joins: list[Joined],
    coalition: str,
    calendar: Calendar,
) -> list[Joined]:
    """The joins with those `positions_told`: an order for a join the phrase rows read
    without one, a join of its own for an organisation they did not read (where they read no
    other in that sentence that may hold its place: "X became the ninth partner, and Y signed
    on as the tenth")."""
    found = list(joins)

    ours = publishers(reader.text)
    told = positions_told(reader.sentences, ours, coalition, calendar.news, calendar.iso)
    for said, position, sentence in told:
        own = [p for p in ours if p.startswith(said) and p != said]  # "Stichting X in de Wijk"
        written = own[0] if own else _in_full(said, reader.text)
        at = next((i for i, j in enumerate(found) if _same(j.name, written)), None)
        if at is not None:
            if found[at].order is None and not found[at].future:
                found[at] = replace(found[at], order=position, order_sentence=sentence)
        elif not any(j.sentence is sentence and j.order in (None, position) for j in found):
            known = lookup(reader.lexicon.organisations, written)
            name = Name(known or written, written, known is not None)
            before = _told_before(reader, sentence, written)
            found.append(Joined(name, sentence, position, sentence, False, before))
    return found


def _told_before(reader: Reader, sentence: Sentence, name: str) -> Sentence | None:
    """The sentence before a position that tells the join it concludes, so it dates it
    ("Afgelopen zaterdag zette X haar handtekening. De stichting is daarmee de twaalfde
    partner."): in the same paragraph, with a word of joining or the name's first word."""
    index = reader.index(sentence)
    before = reader.sentences[index - 1] if index else None
    if before is None or before.paragraph != sentence.paragraph:
        return None
    named = name.split()[0].lower() in before.text.lower()
    return before if JOINING.search(before.text) or named else None


def _in_full(name: str, text: str) -> str:
    """The name as the text writes it in full: with its legal form or kind where it writes
    that too ("'t Gekke Sleutelke" in the head, "Stichting Vasteloavend 't Gekke Sleutelke"
    in the body), with its last words where a line of its own gives them ("Stichting X in de
    Wijk"), without an owner after it ("Kapsalon X van Hennie Dijkstra")."""
    owner = re.search(rf" van (?P<person>{PERSON_NAME})$", name)  # "Kapsalon X van Hennie Dijkstra"
    if owner and not any(org_head(word) for word in owner["person"].split()):
        name = name[: owner.start()]
    full = fuller_names(text).get(name, name)
    alone = re.search(
        rf"^{re.escape(full)} (?:in|van|voor|aan|op) (?:de |het )?[{UPPER}][^\n]*$", text, re.M
    )
    if alone and len(alone.group().split()) <= 8 and not has_date(alone.group()):
        full = alone.group()  # "Stichting FC Peelland in de Wijk", a line of its own
    if org_head(full.split()[0]):
        return full
    kind = re.search(rf"(?:[{UPPER}][\w'’-]*\s+){{1,3}}{re.escape(full)}\b", text)
    return kind.group() if kind and org_head(kind.group().split()[0]) else full


def _same(name: Name, written: str) -> bool:
    """Whether a join read already is of the organisation (or of a part of it: "X, afdeling
    Aalten" of the publisher X)."""
    if same_joiner(name.value, written) or same_joiner(written, name.written):
        return True
    one, other = name.written.lower(), written.lower()
    return one.startswith(other) or other.startswith(one)


def positions_told(
    sentences: list[Sentence],
    publishers: tuple[str, ...],
    coalition: str,
    release: str | None,
    dated: Callable[[Sentence, Sentence | None], str | None] = lambda sentence, before: None,
) -> list[tuple[str, int, Sentence]]:
    """(name, position, sentence) of each organisation a sentence gives its place among the
    partners as the release's news (see the module), in the text's order; `publishers`: who
    "we" are (`kg.ingest.masthead.publishers`), `dated`: the date a sentence gives (after the
    one before it)."""
    text = "\n".join(s.text for s in sentences)
    found: list[tuple[str, int, Sentence]] = []
    placed = False  # the sentence before gave a place among the partners
    for index, sentence in enumerate(sentences):
        said = sentence.text
        partners_said = placed or _partnership(said, coalition)
        places = _positions(said, coalition, partners_said and bool(coalition or placed))
        near = partners_said or bool(index and _partnership(sentences[index - 1].text, coalition))
        placed = bool(places or ordinals(said))  # "volgde X als negende. ... werd Y de tiende."
        if not places:
            continue  # most sentences: the cheapest test first
        words = said
        for name in _names(said) + list(publishers):
            words = words.replace(name, "_" * len(name))  # not the "zendt" of "X Zendt"
        if NOT_NOW.search(words) or NOT_MEMBERS.search(words):
            continue
        years = {int(m["year"]) for m in IN_YEAR.finditer(said)}
        if release is None and _FROM.search(said):
            continue  # "Vanaf die datum is X partner nr. 16", in a text of no date: to come?
        when = dated(sentence, sentences[index - 1] if index else None)  # "vanaf die datum"
        if (release and years - {int(release[:4])}) or not recent_enough(when, release):
            continue  # "In 2021 werd X de vijfde partner": history
        before = sentences[max(index - _LOOK_BACK, 0) : index]
        start, told = 0, False
        for at, end, numbers in places:
            cut = list(_CLAUSE_END.finditer(said, start, at))
            start = cut[-1].end() if cut else start
            clause = said[start:at]
            lead = said[at:end]
            rest = words[end : (m.start() if (m := _CLAUSE_END.search(said, end)) else len(said))]
            said_as = _AS.search(f"{clause[-4:]} {lead}")
            before_it = words[start:at]
            hedged = bool(_STILL.search(f"{before_it} {rest}") or _VENUE.search(before_it))
            hedged = hedged or (said_as is None and bool(_OTHERS.search(before_it)))
            if hedged or not (told or said_as or _COPULA.search(f"{clause} {lead} {rest}")):
                start = end
                continue  # "X blijft de negende partner", "X zoekt de tiende deelnemer"
            if not (near or _SPECIFIC.search(lead)):
                start = end
                continue  # "Onze vereniging is de vijftiende deelnemer", of the Avondvierdaagse
            told = True  # "..., Anadolu nummer zestien": the verb of the place before
            earlier = [*before, replace(sentence, text=said[:start])]  # "..., X: de stichting is"
            own = not _POSSESSIVE.match(lead)  # "we verwelkomen onze tiende partner": not us
            names = _subjects(
                clause, len(numbers), said, text, earlier, publishers, coalition, own, lead
            )
            start = end
            for name, position in zip(names, numbers, strict=False):
                if position > 1 and not any(name == other for other, _, _ in found):
                    found.append((name, position, sentence))
    return found


def _positions(
    said: str, coalition: str = "", partners_said: bool = True
) -> list[tuple[int, int, list[int]]]:
    """(start, end, positions) of each place among the partners a sentence states; an elided
    one ("B als elfde") only beside one that names its noun; not a place among others ("de
    tiende organisatie van Nederland", "de derde organisatie die het keurmerk krijgt")."""
    full = [(m.start(), m.end(), _numbers(m)) for m in _POSITION.finditer(said)]
    full = [(a, b, n) for a, b, n in full if n and _among_partners(said[b:], coalition, said)]
    if _RANKING.search(said) and not PARTNERSHIP.search(said):
        return []  # "We zijn nummer 3 geworden op het concours"
    full = [
        (a, b, n)
        for a, b, n in full
        if _AS.match(said[a:b]) or not said[:a].rstrip().endswith((",", "("))
    ]  # "X,
    # de negende partner, geeft de cursus": an aside that tells who X is
    last = _LAST.search(said) if partners_said else None  # "werd X de tiende", of the partners
    if not full and last and (n := any_ordinal(last["nth"])):
        return [(last.start("nth"), last.end(), [n])]  # "En toen werd X de tiende."
    if not full:
        return []
    elided = [
        (m.start(), m.end(), [n])
        for m in _ELIDED.finditer(said)
        if (n := any_ordinal(m["bare"]) or read_count(m["bare"]))
        and not any(a < m.end() and m.start() < b for a, b, _ in full)
    ]
    return sorted(full + elided)


def _among_partners(after: str, coalition: str, whole: str = "") -> bool:
    """Whether what follows a position keeps it among the partners: nothing, or the
    partnership ("van het netwerk", "of Digitaal X"), or a clause of joining ("die zich aan
    de coalitie verbindt", "to do so"); not "van Nederland", "in Meppel die het keurmerk
    krijgt", "van de hackathon"; of a sentence (`whole`) that counts the partners too."""
    of = _OF.match(after)
    if of is None:
        return True
    said = of.group()
    if _NATIONAL.search(said):
        return False  # "het derde lid van het landelijke netwerk": another partnership
    place = _PLACE_AFTER.match(said)
    if place and bare_place(place["place"]):
        return False  # "de derde organisatie in Meppel die ...", "van Nederland"
    if (coalition and coalition.lower() in said.lower()) or _DONE.search(said):
        return True
    unknown = not coalition and _COALITION_LIKE.search(said)  # "of Digitaal X", its name unread
    if PARTNERSHIP.search(said) or JOINING.search(said) or unknown:
        return True
    return bool(_COUNTS_PARTNERS.search(whole)) and not _RANKING.search(whole)  # "nummer veertien
    # op de bemanningslijst: het netwerk telt nu veertien partners"


def _numbers(match: re.Match[str]) -> list[int]:
    """The positions a match states: "negende" [9], "seventh and eighth" [7, 8], "nummer 9"."""
    if match["nth"]:
        words = re.split(r"(?:,| en| and) (?:de |het |the )?", match["nth"])
        numbers = [any_ordinal(word) for word in words]
        return [n for n in numbers if n] if all(numbers) else []
    number = read_count(match["numbered"] or match["plain"])
    return [number] if number else []


def _subjects(
    clause: str,
    count: int,
    said: str,
    text: str,
    before: list[Sentence],
    publishers: tuple[str, ...],
    coalition: str,
    pointed: bool = True,
    lead: str = "",
) -> list[str]:
    """The `count` organisations a clause gives the positions that follow it, in order: named
    ("A and B became its seventh and eighth partners", "making X", "de CAL": the name its
    letters stand for), "we" (the publisher), or one called by its kind ("de stichting": the
    last organisation named before with that kind in its name); [] where the clause names
    more or fewer."""
    fuller = fuller_names(text)
    found = _names(clause)
    making = [m for m in found if _MAKING.search(clause[: clause.find(m)])]
    written = [(n, n) for n in found + [p for p in publishers if p in clause]]
    written += [(s, fuller[s]) for s in _SHORT.findall(clause) if s in fuller]  # "de CAL"
    named = making or [
        name
        for said_as, name in written
        if askable(name, said, text, set(), coalition)
        and not _OBJECT.search(clause[: clause.find(said_as)])
    ]
    named = list(dict.fromkeys(named))
    named = [n for n in named if not any(n != o and n in o for o in named)]  # its part
    if named:
        after = clause[clause.find(named[-1]) + len(named[-1]) :]
        return named if len(named) == count and not _GOES_ON.match(after) else []
    if count > 1 or not pointed:
        return []
    own = _OWN.search(clause)
    own = (
        own if own and _OWN_SUBJECT.search(f"{clause}{lead}") else None
    )  # "we zijn", "onze club is"
    spoken = bool(_SPEAKER.search(said[: said.find(clause)])) if clause else False
    quoted = sum(
        len(_QUOTES.findall(s.text)) for s in before if s.paragraph == before[-1].paragraph
    )
    if own and not _QUOTES.search(said) and not spoken and quoted % 2 == 0:
        ours = [p for p in publishers if p.lower() not in coalition.lower()]
        ours = [p for p in ours if coalition or not _COALITION_LIKE.search(p)]  # its own news
        kind = (own["kind"] or "").lower()
        if ours and (not kind or _of_kind(ours[0], kind) or kind in ("club", "organisatie")):
            return ours[:1]
        return []
    pointer = _POINTER.search(clause)
    if pointer is None:
        return []
    kind = pointer["kind"].lower()
    fits = {
        name
        for sentence in before
        for name in _names(sentence.text) + [p for p in publishers if p in sentence.text]
        if _of_kind(name, kind)
        and not (coalition and coalition.lower() in name.lower())
        and not is_person(name, text)
        and not _GOES_ON.match(sentence.text[sentence.text.find(name) + len(name) :])
        and not _AT.search(sentence.text[: sentence.text.find(name)])  # "in het gebouw van X"
    }
    fits = {n for n in fits if not any(n != o and n in o for o in fits)}  # its part
    return sorted(fits) if len(fits) == 1 else []  # two of that kind before: which one?


def _partnership(said: str, coalition: str) -> bool:
    """Whether a sentence speaks of the partnership: its name (or, where it is not read, a name
    like a coalition's: "Digitaal X"), or a word for it."""
    named = coalition in said if coalition else _COALITION_LIKE.search(said)
    return bool(PARTNERSHIP.search(said) or named)


def _names(said: str) -> list[str]:
    """The organisations a sentence names (`organisations_in`), without a word that opened
    its clause before them ("Nadat Stichting X tekende": Stichting X)."""
    return [_OPENED.sub("", name) for name in organisations_in(said)]


def _of_kind(name: str, kind: str) -> bool:
    """Whether a name says it is of a kind: "Geleidehondenschool Vechtdal" a school,
    "Noordkust Port Authority" a port, "Bytewerf B.V." a company."""
    words = name.lower().split()
    also = _KINDS.get(kind, kind)
    if also == "b.v." and re.search(r"\b(?:B\.V|N\.V|V\.O\.F)\b", name):
        return True
    return any(word.startswith(k) or word.endswith(k) for word in words for k in {kind, also})
