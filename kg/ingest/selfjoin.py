"""The publisher's own join, told in any image.

A club's newsletter or a company's release tells its own join in words no list of verbs
foresees: "Kanaalorkest Apeldoorn officially took its seat in Y", "sinds 1 november staat ons
eigen logo op de partnerpagina van dat netwerk". `masthead.we_joined` reads the claims it knows
("wij zijn partner", "we joined"); this module reads the shape they share instead: in one
clause the publisher (by its name, its short name, "de vereniging" for a Vereniging, or "we"),
the coalition (by its name or "de coalitie", "het netwerk"), a moment that has just passed
(vandaag, sinds 1 november, last Tuesday, officially) and a word of the tie itself (partner,
convenant, aangesloten, seat), with no other organisation in it. What is not now (a plan, a
negation, a leave), a visit, a gift, an event, a contract, and a new name, is no join. The same
shape with no word of the tie ("hangt X officieel aan de trapeze van Y") is asked in the review
queue (`own_asked`), not guessed.

>>> said = ["Kanaalorkest Apeldoorn · Nieuws", "Kanaalorkest Apeldoorn officially took its seat in "
...     "Veluwe Verbonden Digitaal, the coalition that helps people find their way online."]
>>> own_join(said, "\\n\\n".join(said), "Veluwe Verbonden Digitaal")
('Kanaalorkest Apeldoorn', 1)
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.gazetteer import bare_place
from kg.ingest.joined import Joined
from kg.ingest.lexicon import lookup
from kg.ingest.lines import NAME_LINKS, org_like
from kg.ingest.masthead import KIND_EN, publisher, signed_by
from kg.ingest.names import Name
from kg.ingest.ordinals import ordinals
from kg.ingest.partnered import DAY, NOW
from kg.ingest.placed import ASIDE, THE_BODY, organisations_in
from kg.ingest.prefilter import fold
from kg.ingest.reading import Reader
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import same_joiner
from kg.ingest.tenses import NEGATION, will
from kg.ingest.words import CONTEST, ROLES, org_head

__all__ = ["own_asked", "own_join", "own_joined"]

Asked = tuple[str, Sentence, str]  # a name, its sentence, why it is asked

_MOMENT = re.compile(
    rf"{NOW.pattern}|\b(?:afgelopen|vorige|last|this|deze)\s+(?:{DAY}|week|weekend|maand|month)"
    r"|\b(?:officieel|officially|formeel|formally|gisteren|yesterday|vanmorgen|vanmiddag|vanavond"
    r"|this (?:morning|afternoon|evening)|tonight|nu|now|sindsdien|since then"
    r"|(?:sinds|vanaf|since|from) (?:die|that) (?:dag|avond|middag|ochtend|day|evening|night))\b",
    re.IGNORECASE,
)
"""A moment just passed, or the word that makes a tie official."""
_NOT_NOW = re.compile(
    r"\b(?:niet|geen|nooit|nog|zal|zullen|gaat|gaan|wil|willen|kan|kunnen|moet|moeten|hoopt"
    r"|hopen|mogelijk|misschien|overweegt|gesprek|was|waren|tot|zou|zouden|wordt|worden"
    r"|not|no|never|will|would|could|may|might|plans?|hopes?|intends?|expected|talks|were"
    r"|until|becomes?|left|leaves|leaving|afscheid|vertrekt|vertrok|vertrokken|opgezegd"
    r"|gestopt|stopt|stopte|teruggetrokken|uitgestapt|gestapt|terug|former|oud-partner|al jaren"
    r"|already|for years|heet|heten|hete|named|renamed|called|praat|praten|talk|talking"
    r"|discuss\w*|beëindig\w*|ended|ending|uitgeschreven|opgeschort|suspended|mogelijke"
    r"|morgen|tomorrow|volgende week|next week)\b",
    re.IGNORECASE,
)  # a plan, a negation, a leave, a history or a new name: no join now
_ELSE = re.compile(
    r"\b(?:gast|guest|bezoek\w*|visit\w*|aanwezig|attend\w*|steun\w*|support\w*|sponsor\w*"
    r"|subsidie|grant|fonds|fund|funds|betaal\w*|pays?|paid|organiseer\w*|organis\w*|present\w*"
    r"|workshop|course|vraagt|vroeg|asked|uitgenodigd|invited|ontv\w+|received"
    r"|hielp|helped|helpt|helps|geholpen|\w*welko\w*|welcom\w*|markt|market|kraam|stand|stall|bijeenkomst|meeting"
    rf"|conferentie|conference|festival|prijs|award|{CONTEST})\b"
    r"|\b(?!(?:maan|dins|woens|donder|vrij|zater|zon|van)dag)\w+dag\b"
    r"|\b\w*(?:concert|première|premiere|wachtlijst|waiting list|lessen|les|cursus|training)\b"
    r"|\b\w+avond\b(?<!vanavond)|\b(?:huur|koop|leen)overeenkomst\b|\bhost\w*|\brondgeleid\b"
    r"|\bpartner (?:evening|day|meeting|event|night|lunch)\b",
    re.IGNORECASE,
)  # a visit, a gift, help or an event with the coalition: no partnership
_NOW_THAT = re.compile(r"\s+(?:de|het|dat|that|we|wij|onze|ons|the|our|er)\b[^,]*,")
_ASIDES = re.compile(rf"{ASIDE.pattern}|\s(?:waarin|waarbij|waarmee|in which|where)\s.*$")
"""An aside, or a clause of where: "nu spelen we een nagesprek waarin partners van de coalitie
vertellen ..." is no tie of ours with the coalition."""
_RUN = re.compile(r"(?:\b(?:De|Het|The)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_LINK = r"(?:sinds|since|vanaf|from|with|samen|together|door|voor|omdat|because|waar|where|when)"
_TIE = re.compile(
    r"(?i)\b(?:partner|partnerlijst|partnerpagina|partner (?:list|page|line|table)|lid|member"
    r"|membership|deelnemer|deelname|convenant|samenwerkingsovereenkomst|partnerovereenkomst"
    r"|agreement|charter|pact|aangesloten|toegetreden|getekend|ondertekend|signed|onderdeel"
    r"|part of|joined|gevoegd|meedoen|deelnemen|seat|zetel|stoel)\b"
    r"|\bmee (?:met|in|bij)\b"
)  # a word of the publisher's own tie: not "partners", "leden" (others), nor "officieel" alone
_WE = re.compile(r"\b(?:[Ww]e|[Ww]ij)\b")
_OURS = re.compile(r"\b(?:[Oo]nze|[Oo]ns|[Oo]ur)\s+(?:own\s+|eigen\s+)?([\w-]+)")
_GENERIC = frozenset(
    {"club", "vereniging", "organisatie", "organisation", "stichting", "foundation", "bedrijf"}
    | {"company", "firm", "team", "association", "coöperatie", "cooperative", "bond", "logo"}
    | {"naam", "clubnaam", "handtekening", "signature"}
)  # what "onze X" may be for the publisher itself
_LINKS = NAME_LINKS | {"in", "for", "e.o.", "b.v.", "u.a.", "n.v."}  # lowercase inside a name


def own_join(
    sentences: list[str], text: str, coalition: str, tied: bool = True
) -> tuple[str, int] | None:
    """The publisher of `text` and the index of the first of its `sentences` that tells it
    joined `coalition`, or None; with `tied` False, one that tells all but the tie (an image:
    "hangt X officieel aan de trapeze van Y"), which is a question, not a join."""
    written = publisher(text)
    if not written or not org_like(written) or bare_place(written) is not None:
        return None
    if any(w.islower() and w not in _LINKS for w in written.split()):
        return None  # "About the museum": a heading, no name
    line = next((x for x in text.splitlines() if written.lower() in x.lower()), "")
    if ROLES.match(line.strip()):
        return None  # "Coördinator Zwemvereniging X" under her name: the author's "we"
    lines = [line for line in text.splitlines() if line.strip()][:3]
    head = "\n".join(line for line in lines if not line.rstrip().endswith(".")).lower()
    signed = signed_by(text) == written
    if not signed and written.lower() not in head:
        return None  # a name the head ranks from a sentence of another's news: no publisher
    named_at = -1 if signed else text.lower().find(written.lower())
    for index, sentence in enumerate(sentences):
        if text.find(sentence) < named_at:
            continue  # the masthead names the publisher above its own news
        if re.search('["“”„]', sentence) or sentence.rstrip().endswith(("?", ":")):
            continue  # a quotation's "we" is its speaker's; a question or a heading claims none
        now = _moment(sentence)
        for clause in re.split(r";\s+|:\s+|\s[–—]\s", sentence) if now else ():
            if _tells(clause, written, coalition, tied):
                return written, index
    return None


def own_asked(sentences: list[Sentence], text: str, coalition: str, told: set[str]) -> list[Asked]:
    """The publisher as a question of the review queue, where its own news tells all of a
    join but the tie ("Sinds kort hangt X als club officieel aan de trapeze van Y"): in the
    shape of `possible.possible_joins`; none where a join of it or its sentence is read."""
    found = own_join([s.text for s in sentences], text, coalition, tied=False)
    if found is None or found[0].lower() in told or str(sentences[found[1]].start) in told:
        return []
    return [(found[0], sentences[found[1]], "its own news, a moment and the coalition")]


def _moment(sentence: str) -> re.Match[str] | None:
    """The moment of a sentence; not "Nu" that opens a clause ("Nu de vereniging een buurthuis
    heeft, ..."), where a moment after its comma may stand."""
    now = _MOMENT.search(sentence)
    while now and now.group().lower() in ("nu", "now") and _NOW_THAT.match(sentence, now.end()):
        comma = sentence.find(",", now.end())
        now = _MOMENT.search(sentence, comma + 1) if comma > 0 else None
    return now


def own_joined(reader: Reader, joins: list[Joined], coalition: str) -> list[Joined]:
    """`joins` and the publisher's join `own_join` reads, where no join is read for it or in its
    sentence; a join that named it by a run of its words ("Les Boules d'Or sluit aan" in the
    head of "JBV Les Boules d'Or Geleen") takes its full name."""
    found = own_join([s.text for s in reader.sentences], reader.text, coalition)
    if found is None:
        return joins
    written, index = found
    sentence = reader.sentences[index]
    if any(j.sentence is sentence or same_joiner(j.name.written, written) for j in joins):
        return joins
    known = lookup(reader.lexicon.organisations, written)
    name = Name(known or written, written, known is not None)
    orders = ordinals(sentence.text)
    order = orders[0] if len(orders) == 1 else None
    own = Joined(name, sentence, order, sentence if order else None, False)
    short = [j for j in joins if not j.name.known and same_joiner(written, j.name.written)]
    if len(short) == 1:  # the publisher by a run of its words: one join, by its full name
        joins = [j for j in joins if j is not short[0]]
        if order is None:  # and the place the short name's join told
            own = replace(own, order=short[0].order, order_sentence=short[0].order_sentence)
    return [*joins, own]


def _tells(said: str, written: str, coalition: str, tied: bool = True) -> bool:
    if fold(coalition) in fold(said) and re.search(
        rf"(?i:{re.escape(coalition)})\s+(?!{_LINK}\b)[a-z]{{4,}}", said
    ):
        return False  # "the Digitaal Tilburg hackathon": the coalition's event, not it
    clause = _ASIDES.sub(" ", said)
    ours = coalition.lower() in clause.lower() or THE_BODY.search(clause)
    if not ours or will(clause) or NEGATION.search(clause):
        return False
    if _NOT_NOW.search(clause) or _ELSE.search(clause) or bool(_TIE.search(clause)) != tied:
        return False  # no tie said, or not one of now: "Wij zitten sinds deze week aan de
        # overlegtafel" (a question of the review queue: `possible`)
    if re.search(
        rf"(?i)\b(?:we are|we're|wij zijn|zijn we|zijn wij|heten we)\s+{re.escape(coalition)}",
        clause,
    ):
        return False  # "we are simply Y": the coalition itself
    for short in re.finditer(r"\(([A-Z]{2,})\)", clause):  # "X (PCI)": another's, unless it is
        before = clause[: short.start()].rstrip()  # the coalition's or the publisher's own
        if not before.lower().endswith(coalition.lower()) and short.group(1) != _initials(written):
            return False
    named = _MOMENT.sub(" ", re.sub(r"\s*\([^()]*\)", "", clause))  # not "(DMN)", "As of May"
    others = [n for n, _ in organisations_in(named, coalition) if not _same(n, written)]
    return not others and _speaks(clause, written)


def _speaks(clause: str, written: str) -> bool:
    """Whether the clause speaks of the publisher: "we", its name, "onze club", "de vereniging"
    of a Vereniging; not "onze leden" or "onze thuisbasis" (others of ours)."""
    kinds = {w.lower() for w in written.split() if org_head(w)} or {"club"}  # "de club" of a
    # "Kanaalorkest X"; not of a "Schaakbond X", whose "de club" is a member club
    for match in _OURS.finditer(clause):
        word = match.group(1).lower()
        if word not in _GENERIC and KIND_EN.get(word, word) not in written.lower():
            return False  # "onze leden", "our member Kestrel Logistics"
    if _WE.search(clause) or _OURS.search(clause) or written.lower() in clause.lower():
        return True
    if re.search(r"\b(?:is|zijn|are) (?:van ons|ours)\b", clause):  # "dat nummerbord is van ons"
        return True
    for run in _RUN.finditer(clause):  # "De Overweg" of "Modelspoorvereniging De Overweg"
        words = [w for w in run.group().split() if w.lower() not in ("de", "het", "the")]
        if words and _same(run.group(), written) and not all(map(_plain, words)):
            return True
    the = [
        KIND_EN.get(w.lower(), w.lower())
        for w in re.findall(r"(?i)\b(?:de|het|the)\s+([\w-]+)", clause)
    ]
    return any(len(w) > 3 and kind.endswith(w) for w in the for kind in kinds)  # "de vereniging"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _plain(word: str) -> bool:
    """A word that names no one alone: a place or a kind ("Amersfoort", "Vereniging")."""
    return bare_place(word) is not None or org_head(word) or word.lower() == "club"


def _same(name: str, written: str) -> bool:
    words = written.lower().split()
    return all(w in words for w in re.sub(r"(?i)^(?:de|het|the)\s+", "", name).lower().split())
