"""Stated totals: the phrases that say how many partners a coalition has ("telt nu negen
partners", "bestaat uit twaalf organisaties", "We zijn nu met 13!"), data to extend like
`phrases`, and `read_total`, which finds the first a text states.

>>> bool(TOTAL_RULES[0].pattern.search("De coalitie telt nu negen partners."))
True
"""

from __future__ import annotations

import re

from kg.ingest.phrases import phrase
from kg.ingest.prefilter import RuleTable
from kg.ingest.rules import Rule, read_count
from kg.ingest.sentences import Sentence
from kg.ingest.words import COUNTED

__all__ = ["PARTNERS", "TOTAL_RULES", "read_total"]

_N = r"(?P<n>\w+(?:-\w+)?)"  # "twenty-one"
PARTNERS = r"(?:partners|partijen|deelnemers|organisaties|leden|ondertekenaars)"
_PARTIES = r"(?:partners|partijen|organisaties|organisations)"  # not a course's "deelnemers"
"""The Dutch words a count of partners counts."""
_ALL = rf"(?:{PARTNERS}|members|organisations|organizations|signatories)"

TOTAL_RULES: RuleTable[Rule] = RuleTable(
    phrase(
        "telt (de samenwerking vanaf juli) N partners",
        rf"\b(?:telt|tellen) (?:[\w'’-]+ ){{0,7}}?{_N} (?:[a-z]+ en )?{PARTNERS}\b",
    ),
    phrase(
        "bestaat (volgens het voorstel op dit moment) uit (de volgende) N partners",
        rf"\b(?:bestaa?t|bestond) (?:\w+ ){{0,8}}?uit (?:de volgende )?{_N} {PARTNERS}\b",
    ),
    phrase(
        "heeft de coalitie (nu, daarmee) N partners",
        r"\b(?:heeft (?:de \w+ |het \w+ )?|hebben (?:we|wij|ze|zij) )(?:(?:nu|inmiddels|dus"
        r"|daarmee|hiermee|momenteel|intussen|op dit moment) )*"
        rf"{_N} {PARTNERS}\b",  # "Het heeft op dit moment zeven partners", "hebben we nu twaalf"
    ),
    phrase(
        "now counts N partners / now has twenty-one partners / We have ten partners now",
        rf"\b(?:counts|has|have|brings together|comprised|comprises|numbers) (?:\w+ )??{_N} "
        r"(?:(?!new\b)\w+ )?(?:partners|members|organisations)\b",  # not "have 31 new members"
    ),
    phrase("uitgegroeid tot N partners", rf"\buitgegroeid tot {_N} {PARTNERS}\b"),
    phrase(
        "We currently have ten partners", rf"\b(?:currently|now) have {_N} (?:partners|members)\b"
    ),
    phrase("telde de CDI-NHN N partners", rf"\btelde (?:[\w'’-]+ ){{0,5}}?{_N} {PARTNERS}\b"),
    phrase("That makes six of us", rf"\bmakes {_N} of us\b"),
    phrase(
        "That makes fifteen partners / thirteen in total",
        rf"\b(?:[Tt]hat|[Tt]his|which) (?:now )?makes {_N} (?:partners|members|organisations"
        r"|in total\b|in all\b|altogether\b)",
    ),
    phrase(
        "een coalitie van N (zeer verschillende) organisaties",
        r"\b(?:coalitie|coalition|netwerk|network|alliantie|alliance|samenwerking|samenwerkingsverband"
        r"|(?<!steering )(?<!working )"
        rf"(?<!core )(?<!project )group|groep) (?:van|of) {_N} "
        r"(?:[a-z]+ |[A-Z][a-z]+se ){0,2}?(?:partners|partijen|organisaties|organisations"
        r"|organizations|members"
        r"|leden)\b",
    ),
    phrase(
        "we're a network of seventeen / wij zijn nu een netwerk van zeventien (not: of 40 people)",
        r"\b(?:[Ww]e['’]re|[Ww]e are|[Ww]ij zijn|[Ww]e zijn) (?:now |nu |inmiddels |al )?"
        r"(?:a|an|een) (?:\w+ )?(?:coalitie|coalition|netwerk|network|alliantie|alliance"
        rf"|samenwerking) (?:van|of) {_N}(?![.,]\d)(?= (?:partners|partijen|organisaties"
        r"|organisations|organizations|members|leden)\b|[.,;!]|$)",
    ),
    phrase("zijn het er nu N", rf"\bzijn (?:het|we) er (?:nu )?{_N}\b"),
    phrase(
        "doen er (nu) acht (organisaties) mee",
        rf"\bdoen er (?:\w+ ){{0,3}}?{_N}(?: {PARTNERS})? mee\b",
    ),
    phrase(
        "Op dit moment doen 17 partners mee",
        rf"\bdoen (?:nu |inmiddels |al )?{_N} {PARTNERS} mee\b",
    ),
    phrase(
        "zijn er nu tien partners (not: zijn er twee partners bijgekomen)",
        rf"\bzijn er (?:\w+ ){{0,3}}?{_N} {PARTNERS}\b"
        r"(?! (?:\w+ ){0,3}?(?:bijgekomen|bij gekomen|erbij gekomen|vertrokken|gestopt"
        r"|uitgestapt)\b)",
    ),
    phrase("Zeven in totaal.", rf"^{_N} in totaal\b"),
    phrase("Now we have fifteen.", rf"\b(?:[Nn]ow we have|[Ww]e now have) {_N}(?: now)?\s*[.!]"),
    phrase(
        "Zeven partners, volgens Marieke / Twelve members, says the coordinator",
        rf"^{_N} (?:partners|members|leden),? (?:volgens|according to|zegt|zei|says|said)\b",
    ),
    phrase(
        "Nine, plus our two, makes eleven partners / Negen, plus wij, maakt tien partners",
        rf", (?:makes|maakt) (?:in total |samen )?{_N} (?:partners|members|leden)\b",
    ),
    phrase("Totaal: 9 partners / Total: nine members", rf"\b(?:[Tt]otaal|[Tt]otal): {_N} {_ALL}\b"),
    phrase(
        "There are now twelve partners",
        rf"\b[Tt]here are (?:now|currently|at present|today|altogether) {_N} "
        r"(?:partners|members|organisations|organizations)\b",
    ),
    phrase(
        "Inmiddels zijn het zeven partners",
        rf"\bzijn het (?:(?:nu|inmiddels|dus|al|daarmee|momenteel) )*{_N} {PARTNERS}\b",
    ),
    phrase(
        "het netwerk telt er nu tien (not: de vereniging telt er 612)",
        r"\b(?:coalitie|netwerk|alliantie|samenwerking\w*|verbond|pact|platform) telt er "
        rf"(?:(?:nu|inmiddels|dus|daarmee|momenteel) )*{_N}(?=\s*[,.!;]|\s*$| {PARTNERS})",
    ),
    phrase(
        "Met ons erbij zijn we nu met negen / Met ons erbij dus negen.",
        r"\b[Mm]et (?:ons|hen|haar|hun|jullie|hem) erbij,? (?:(?:zijn|staan) (?:we|wij|ze|zij) "
        rf"(?:nu |dus |daarmee )?(?:met|op) |dus |komt het (?:totaal )?op ){_N}"
        rf"(?=\s*[,.!;]|\s*$| {PARTNERS})",
    ),
    phrase(
        "Op deze pagina stellen onze 15 partners zich voor / our 21 partners (not: our 3 new)",
        rf"\b(?:onze|[Oo]ur|[Oo]nze) {_N} {PARTNERS}\b",
    ),
    phrase(
        "we end the year with 21 partners / we sluiten het jaar af met 21 partners",
        rf"\b(?:end|ended|ends|close|closed|sluiten|sloten) (?:the|this|het) (?:year|jaar) "
        rf"(?:af )?(?:with|met) {_N} (?:partners|members|organisations|{PARTNERS})\b",
    ),
    phrase("In totaal zeven (partners)", rf"\b[Ii]n totaal {_N}\b"),
    phrase(
        "groeit naar twaalf partners / brings the network to eighteen partners",
        r"\b(?:groeit|gegroeid|bring|brings|bringing|brought) (?:\w+ ){0,3}?(?:naar|tot|to) "
        rf"{_N} "
        r"(?:partners|partijen|deelnemers|organisaties|members|organisations|signatories"
        r"|ondertekenaars)\b",
    ),
    phrase("die er nu 23 organisaties telt", rf"\b{_N} {PARTNERS} (?:telt|tellen)\b"),
    phrase(
        "zes partners sterk / six partners strong",
        rf"\b{_N} {_PARTIES} (?:sterk|strong)\b",
    ),
    phrase(
        "Van zeven naar negen partners / from seven to nine partners",
        rf"\b(?:[Vv]an|[Ff]rom) \w+ (?:naar|to) {_N} {_PARTIES}\b",
    ),
    phrase("(we zijn nu) met z'n negenen", r"\b[Mm]et z['’]n (?P<n>\w+?)e?n\b"),
    phrase(
        "We zijn nu (dus) met 13! / zijn we op dit moment met negen partners (not: met 40 "
        "vrijwilligers)",
        rf"\b(?:(?:[Ww]e|[Ww]ij|ze|zij) zijn|zijn (?:we|wij|ze|zij)) (?:[a-z]+ ){{0,4}}?"
        rf"met {_N}"
        r"(?=\s*[!.]| (?:partners|partijen|organisaties)\b"
        r"(?![^.]*\b(?:gestart|begonnen|started)\b))",  # not "met drie partners gestart"
    ),
    phrase("Full list of partners (15):", r"\b(?:partners|members|deelnemers)\s*\((?P<n>\d+)\)"),
    phrase(
        "bringing the total number of members to sixteen",
        r"\b(?:total|totaal|aantal|number of (?:partners|members|organisations|participants))\b"
        rf"(?: \w+){{0,4}}? (?:to|op|naar) {_N}\b"
        r"(?! \w+ (?:geleden|ago))",
    ),
    phrase(
        "Daarmee staat de teller op veertien partners",
        rf"\bteller (?:\w+ ){{0,4}}?op {_N} {PARTNERS}\b",
    ),
    phrase(
        "Met deze nieuwe partner staat de teller op veertien.",
        rf"\b(?:partners?|leden|lid)\b[^.;:]{{0,40}}\bteller (?:\w+ ){{0,2}}?op {_N}"
        r"(?=\s*[.!;]|\s*$)",
    ),
    phrase(
        "Het zijn er elf. / het zijn er op dit moment zestien",
        rf"\b[Hh]et zijn er (?:nu |inmiddels |momenteel |op dit moment )?{_N}\b",
    ),
    phrase(
        "consists of nine partners / consisted of 17 partners",
        rf"\bconsist(?:s|ed)? of {_N} (?:\w+ )?(?:partners|members|organisations)\b",
    ),
    phrase(
        "20 organisations are now part of",
        rf"\b{_N} (?:partners|organisations|members|organisaties) (?:are|zijn) (?:now |nu )?"
        r"(?:part of|onderdeel van)",
    ),
    phrase(
        "Met acht partners komt ... / Die zes partners (not: Met twee partners erbij)",
        rf"^[\"“]?(?:Met|Die|Those) {_N} {PARTNERS}\b(?! (?:erbij|extra|meer|minder)\b)",
    ),
    phrase(
        "(Met twee erbij) staan we nu op 14 partners / komt uit op 9 (not: volgend jaar)",
        r"\b(?:staan|staat|komen|komt|blijven|blijft) "
        rf"(?:(?!naar verwachting|volgend|straks)\w+ ){{0,4}}?(?:uit )?op {_N} {PARTNERS}\b",
    ),
    phrase(
        "Daarmee werken nu veertien organisaties samen / werken we inmiddels met 17 partners samen",
        rf"\bwerken (?:we |wij )?(?:nu |inmiddels |er )?(?:met )?{_N} {PARTNERS} samen\b",
    ),
    phrase(
        "Aantal actieve partners | 9 / Aantal partners: 9",
        rf"\b[Aa]antal (?:\w+ )?{PARTNERS}\s*[|:]\s*{_N}\b",
    ),
    phrase(
        "is now fourteen partners strong / is nu veertien partners sterk",
        rf"\b(?:is|are|zijn) (?:now |nu )?{_N} (?:{PARTNERS}|members|organisations) "
        r"(?:strong|sterk)\b",
    ),
    phrase(
        "Daarmee zitten er inmiddels twaalf partners aan tafel",
        rf"\bzitten er (?:nu |inmiddels |dus |al )*{_N} {PARTNERS} aan (?:de )?tafel\b",
    ),
    phrase(
        "zitten er negen organisaties in het verbond",
        rf"\bzitten er (?:nu |inmiddels |dus |al |op dit moment )*{_N} {PARTNERS} in\b",
    ),
    phrase("Now there are six of them", rf"\b[Tt]here are (?:now )?{_N} of (?:them|us)\b"),
    phrase(
        "Samen vormen zij de zeven partners van het netwerk",
        rf"\bvormen (?:zij|ze|we|wij) (?:samen )?de {_N} {PARTNERS}\b",
    ),
    phrase(
        "With fourteen members, including X, we can (not: with three new members)",
        rf"^[\"“]?With {_N} (?:partners|members|organisations)\b",
    ),
    phrase(
        "komt het aantal partners op N",
        rf"\baantal {PARTNERS} (?:\w+ ){{0,3}}?(?:op|naar) {_N}\b",
    ),
)


def read_total(sentences: list[Sentence]) -> tuple[int, Sentence] | None:
    """The first total a `TOTAL_RULES` phrase states ("telt nu negen partners"): one that counts
    partners before one that counts members ("Met 312 leden in 34 teams", said of a club), and
    that before one that says not what it counts ("We zijn met z'n zevenen over")."""
    bare: tuple[int, Sentence] | None = None
    members: tuple[int, Sentence] | None = None
    for sentence in sentences:
        if (bare or members) and not COUNTED.search(sentence.text):
            continue  # only a total that says what it counts can still come first
        if _UNTIL_NOW.search(sentence.text):
            continue  # "Tot vanochtend waren jullie met z'n zestienen": the count before
        asked = _asked_from(sentence.text)  # "Dus dan zitten jullie met z'n veertienen?": none
        for rule in TOTAL_RULES.possible(sentence.text):
            for match in rule.pattern.finditer(sentence.text):
                clause = re.split(r"[,:;]\s", sentence.text[: match.start()])[-1]
                if match.start() >= asked or _BOARD.search(clause):
                    continue  # "De Raad van Toezicht bestond uit vijf leden": not the partners
                if "bestond" in match.group() and _AT_START.search(sentence.text):
                    continue  # "Bij de start in 2021 bestond de coalitie uit vijf partners"
                after = sentence.text[match.end() : match.end() + 40]
                if "z'n" in match.group().replace("’", "'") and (
                    _THEN.search(sentence.text[: match.start()]) or _THEN.match(after)
                ):
                    continue  # "toen waren we met z'n vijven", "begonnen we met z'n drieën"
                number = read_count(match.group("n"))
                if not number:
                    continue
                if _MEMBERS.search(match.group()):
                    members = members or (number, sentence)
                elif COUNTED.search(match.group()):
                    return number, sentence
                else:
                    bare = bare or (number, sentence)
    return members or bare


def _asked_from(text: str) -> int:
    """Where the question a sentence ends in starts (its length if it asks none): "Daarmee
    staat de teller op 15 partners 💪 Wie doen er mee?" and "Er zijn 15 partners, wie volgt?"
    ask from "Wie"; "Dus dan zitten jullie nu met z'n veertienen?" asks from its start."""
    if not text.rstrip().endswith("?"):
        return len(text)
    asks = [m.start(1) for m in _QUESTION_WORD.finditer(text) if m.start(1) > 0]
    return asks[-1] if asks else 0


_QUESTION_WORD = re.compile(
    r"(?:[.!,:;]\s+|[^\w\s,;:'’\"“”()&-]\s*)"
    r"((?i:wie|wat|waar|wanneer|hoe|welke|waarom|who|what|where|when|which|how|why)\b)"
)
_THEN = re.compile(
    r"\s*\b(?:waren|begonnen|begon|startten|startte|was|gaven|deden|hielpen|stonden|zaten"
    r"|liepen)\b",
    re.I,
)  # a count said of the start, or of people doing something: no total
_AT_START = re.compile(
    r"\b(?:start|begin|oprichting|aanvang|founded|opgericht|began|begon)\b", re.I
)


_MEMBERS = re.compile(r"\b(?:leden|members)\b", re.I)
_BOARD = re.compile(
    r"\b(?:[Rr]aad van [Tt]oezicht|[Bb]estuur|[Ss]tuurgroep|[Cc]ommissie|[Jj]ury|[Cc]ommittee"
    r"|(?<!on )[Bb]oard|[Ss]teering group|[Kk]ernteam|[Pp]rojectgroep|[Ww]erkgroep)\b"
)
_UNTIL_NOW = re.compile(
    r"\b(?:[Tt]ot (?:vanochtend|vanmorgen|vandaag|gisteren|voor kort)"
    r"|[Uu]ntil (?:today|this morning|yesterday|recently))\b"
)
