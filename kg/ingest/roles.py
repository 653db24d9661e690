"""Who does what: members a text names by their part in the work, after a sentence that says the
work is shared ("Binnen dat netwerk heeft ieder een eigen rol. De gemeente X coördineert.
Welzijn Y zet haar ouderenadviseurs in. De vrijwilligers van Z geven cursussen.").

>>> from kg.ingest.sentences import read_sentences
>>> text = ("Het werk is verdeeld over die zeven organisaties. Bibliotheek De Schelde geeft de "
...         "lessen. ROC Scheldeland levert studenten, en de gemeente Terneuzen betaalt.")
>>> [name for name, _, _ in division_of_work(read_sentences(text), set())]
['Bibliotheek De Schelde', 'ROC Scheldeland', 'Gemeente Terneuzen']
"""

from __future__ import annotations

import re

from kg.ingest.gazetteer import bare_place
from kg.ingest.listings import NAME
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import without_place
from kg.ingest.tenses import FUTURE_RULES
from kg.ingest.words import (
    DESCRIPTOR,
    LEGAL_FORM,
    NAME_KINDS,
    NOT_IN,
    PEOPLE_LEAD,
    ROLES,
    org_head,
)

__all__ = ["attendance", "division_of_work", "subjects"]

_SHARED = re.compile(  # "Daar werken de partners al langer aan. A organiseert ..., B zet ... in"
    r"\b(?:werken|werkten) (?:de|alle|onze) (?:\w+ )?partners\b|^(?:De|Alle|Onze|The|All|Our) "
    r"(?:\w+ )?partners (?:\w+ ){0,3}?(?:werken|werkten|work|worked|have been working)\b"
    r"|\b(?:ieder|iedereen|elk|elke \w+|iedere \w+|each|every \w+)\b[^.;]{0,40}\b(?:eigen|own)\b"
    r"|\b(?:elk|ieder|each)\b[^.;]{0,20}\b(?:een|a|an|hun|their|its) (?:eigen |own )?"
    r"(?:stukje|stuk|deel|rol|taak|part|role|piece|bit)\b"
    r"|\b(?:de|the) partners\b[^.;]{0,50}\b(?:met|with) (?:een|hun|their) (?:eigen|own)\b"
    r"|^(?=[^.;]*\b(?:(?:coalitie|partner|overleg)tafel|coalitie|coalition|[Dd]igi\w*)\b)"
    r"(?![^.;]*\b(?:café|bestuur|board|[Nn]etwerk [A-Z]))[^.;]*\b(?:in (?:goed"
    r"|mooi|prima) gezelschap|in good company)\b"
    r"|^(?:We|Wij|We're|We are) (?:\w+ ){0,3}?in (?:goed|mooi|prima|good|fine|great) "
    r"(?:gezelschap|company)"  # "We komen in goed gezelschap", "We find ourselves in ..."
    # "Aan de coalitietafel zitten we in goed
    # gezelschap. A organiseert ..., B houdt ...": the partners beside us, by their work
    r"|^(?:Achter|Behind) [^.;]{1,60}? (?:zitten|staan|are|stand) (?:\w+ ){0,3}(?:organisaties"
    r"|partijen|organisations|partners)\b"  # "Achter Zeeuws Digitaal Wijs zitten organisaties"
    r"|\b(?:started|began|startte|begon|gestart|begonnen)\b[^.;]{0,30}\b(?:with|met) (?:a handful"
    r"|een handvol|\w+) (?:of )?(?:partners|organisations|organisaties|partijen)\b"
    r"(?! (?:een|a|an)\b)"
    r"|\bhet (?:\w+ )?werk (?:doen|wordt gedaan door) (?:de )?(?:anderen|andere partners"
    r"|partners)\b|\bthe (?:\w+ )?work is done by (?:the )?(?:others|other partners|partners)\b"
    # "Als gemeente zijn we partner, maar het echte werk doen anderen. A leidt ..., B zoekt ..."
    r"|\bverdeeld (?:over|tussen)\b[^.;]{0,30}\b(?:organisaties|partners|partijen)\b"
    r"|\b(?:divided|shared|split) (?:between|among)\b[^.;]{0,30}\b(?:organisations|partners)\b"
    r"|^(?:Wie doet wat|Who does what|Wie zit(?:ten)? (?:er |daar)?(?:dan )?in\b[^?]*"
    r"|(?:Wie|Who|Welke \w+|Which \w+) (?:zijn|are) (?:de|the|onze|our) (?:partners|members)\b"
    r"[^?]*)\?"
    r"|\b(?:the rest of the|de rest van de|de overige|the other) (?:coalition|coalitie|netwerk"
    r"|network|partners|organisaties|organisations)\b"
    r"|\b(?:de andere|(?:our|onze) (?:\w+ )?fellow|(?:onze|our) (?:\w+ )?mede-?) ?(?:coalitie"
    r"partners|partners)\b"  # "Met een flink aantal van onze zestien medepartners ..."
    r"|\b(?:join|joins|joined|sluiten \w+ aan bij|komen terecht in) (?:a|een) (?:good|fine|great"
    r"|strong|goede|mooie|sterke|fijne) (?:group|club|team|groep|ploeg)\b"  # "We join a good group"
    r"|\bwat (?:al )?(?:die|de|onze) partners (?:dan )?(?:precies |eigenlijk )?(?:doen|dóén)\b"
    r"|\bwhat (?:all )?(?:the|our|those) partners (?:actually |really )?do\b"  # "Wat doen al
    # die partners dan precies? Bibliotheek X draait ..., Welzijnskring Y stuurt ..."
    r"|\b(?:die|deze|de|those|these|the) (?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien"
    r"|elf|twaalf|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:partners"
    r"|organisaties|organisations)\b[^.;]{0,30}\b(?:elkaar (?:aanvullen|aanvulden|versterken)"
    r"|complement(?:ed)? (?:each other|one another))\b"
    r"|\b(?:bondgenootschap|verbond|samenwerking(?:sverband)?|netwerk|coalitie|alliantie) van "
    r"(?:\w+ ){0,2}(?:organisaties|partijen)\b"
    r"|\b(?:groep(?:je)?|clubje|verzameling|group|collection) (?:van |of )?(?:\w+ ){0,2}?"
    r"(?:organisaties|partijen|organisations)\b(?=[^.;]{0,40}\b(?:die|that|who|which)\b)"
    # "Wat is Digi-Samen X? Een groepje organisaties hier die mensen helpen. A geeft cursussen."
    r"|\b(?:werken|werkten|werkt)\b[^.;]{0,60}\b(?:organisaties|partijen)\b[^.;]{0,40}\bsamen\b"
    r"|\borgani[sz]ations\b[^.;]{0,40}\b(?:work|working|worked) together\b"  # "Onder die naam
    # werken in onze gemeente organisaties samen die ... A houdt de spreekuren, B ..."
    r"|\b(?:in (?:goed|mooi|prima) gezelschap|in good company)\s*:"  # "..., in goed
    # gezelschap: A houdt spreekuren, B komt bij mensen thuis"
    r"|\bwho else is (?:in|on board|part of)\b|\bwie (?:er )?(?:nog meer|verder|allemaal) "
    r"(?:in|bij) (?:zit|zitten|zaten)\b"  # "Marieke explained who else is in it. A runs ..."
    r"|\b(?:hoe|how) (?:de|het|onze|ons|the|our) (?:coalitie|netw[eu]rk|alliantie|coalition"
    r"|network|alliance) (?:in elkaar (?:zit|steekt)|(?:is )?(?:opgebouwd|samengesteld)"
    r"|is (?:put together|made up|composed))\b"  # "Wat ik mooi vind, is hoe het netwerk in
    # elkaar zit. A doet de cursussen. B signaleert ...": the partners by their parts
    r"|\b(?:who|wie) (?:the|de|onze|our) (?:\w+ )?partners\b[^.;?]{0,30}?\b(?:are|zijn)\b"  # "a
    # quick reminder of who the partners in DDA are. ... Then Bibliotheek X, who run ..."
    r"|\b(?:een paar|enkele|some|a few) (?:van (?:de|die|deze|onze) |of (?:the|those|our) )?"
    r"(?:\w+ )?partners\b[^.;]{0,30}?\b(?:noemen|uitlichten|name|mention)\b"  # "Een paar van
    # die partners wil ik met name noemen. De gemeente X, die de kar trekt. Bibliotheek Y, waar
    # ...": the partners it names, by a clause about each
    r"|\b(?:samenwerking|samenwerkingsverband|partnership) (?:waarin|waarbinnen|in which) "
    r"(?:\w+ ){0,2}?(?:organisaties|partijen|organisations)\b",  # "een samenwerking waarin
    # organisaties van Sluis tot Hulst de handen ineen hebben geslagen. X stelt ..."
    re.IGNORECASE,
)
_GONE = re.compile(
    r"\b(?:will|zal|zullen|left|leaves|verliet|verlieten|vertrok|vertrokken|stopte|stopped)\b"
)  # "X will follow on 1 March", "Y left the coalition this summer": not one of them now
_TO_COLON = re.compile(r"[^.;:,!?]{0,40}: ")
_COUNTED = re.compile(
    r"\b(?:telt|tellen|counts|heeft|hebben|has|have) (?:nu |inmiddels |now |already "
    r"|op dit moment |at present )?\w+"
    r" (?:partners|organisaties"
    r"|partijen|organisations)\b"
)
_SPONSORS = re.compile(
    r"\b(?:sponsor\w*|subsidie\w*|donor\w*|donateur\w*|leverancier\w*|suppliers?|grants?"
    r"|financier\w*|funded|mogelijk gemaakt|reportage|interview\w*|artikel|article|report"
    r"|fonds\w*|licentie\w*|licen[cs]es?)\b|€",  # not "Gemeente X and Gemeente Y fund the
    # coordinators": members; "De software komt van TuinTrack B.V.; wij betalen een licentie"
    re.I,
)
_HINT = re.compile(
    r"eigen|own|waarin|waarbinnen|in which|verdeeld|divided|shared|split|^achter|^behind"
    r"|gezelschap|company|groep|group|verzameling|collection"
    r"|rest|overige|andere|other|fellow|mede|elk|each|\?|elkaar|complement|samen|together"
    r"|van (?:\w+ ){0,2}(?:organisaties|partijen)"
    r"|started|began|startte|begon|gestart|begonnen|partners (?:dan )?(?:precies |eigenlijk )?d"
    r"|who else|wie (?:er )?(?:nog meer|verder|allemaal)|(?:who|wie) (?:the|de|onze|our) "
    r"|partners (?:actually |really )?do\b|werk|opgebouwd|samengesteld|put together|made up"
    r"|composed|noemen|uitlichten|name|mention",
    re.I,
)
_KINDS = r"(?:organisatie|stichting|corporatie|vereniging|bedrijf|bond|club|centrum|school)"
_RUN = r"[A-Z][\w'’-]*(?:(?: (?:&|van|de|der|den|het|'t|’t))* [A-Z0-9][\w'’-]*)*"
_CLAUSES = re.compile(
    r";\s*|,\s+(?:en|and)\s+|\s[–—]\s(?:en\s)?"
    rf"|,\s+(?=(?:(?:de|het) )?(?:[a-z]+{_KINDS} )?{_RUN}"
    r"(?: e\.o\.)?(?: \([A-Z]{2,8}\))? (?!(?:en|and|van|de|der|den|het|of|in|uit|te|op"
    r"|aan)\b)[a-z])"  # "..., Welzijn X & Omstreken (WX) zorgt dat ..."
    r"|,\s+(?=de [a-z]+ van [A-Z])"  # "..., de vrijwilligers van X geven les"
    rf"|\s(?:en|and)\s+(?=(?:(?:de|het|the) )?[a-z]+{_KINDS} [A-Z])"
)  # "..., welzijnsorganisatie C zet vrijwilligers in en thuiszorgorganisatie D signaleert"
_AND_CLAUSE = re.compile(
    rf"(?<=[a-z]{{3}}) (?:en|and) (?={_RUN} (?!(?:en|and|van|de|der|den|het|of|in|uit|te|op|aan"
    r"|bij|voor|met|naar|tot|om|over|onder|tegen|na|to|for|with|at|on|from)\b)[a-z])"
)  # "A geeft les aan de keukentafel en B helpt wie ...": a clause with its verb before " en "
_LEAD = re.compile(
    r"^(?:(?:[Ee]n|Ook|Daarnaast|Verder|Bovendien|Tot slot|[Aa]nd|Also|Finally|Then|Dan|Neem"
    r"|Take)\s+)*"  # "Neem X, die ...": take X
    r"(?:(?<=[a-z] )(?:zijn|is|zit|zitten|doet|doen) )?"  # "Verder zijn X en Y van de partij"
    r"(?:(?:[Mm]ede|[Cc]oalitie)?[Pp]artner )?"  # "Medepartner Stichting X stuurt vrijwilligers"
    r"(?:(?:[Dd]e|[Hh]et|[Tt]he) (?!gemeente|municipality|provincie|province)(?:[a-z]+ ){1,2}"
    r"(?:van|of) )?"  # "De vrijwilligers van X", not "The municipality of X"
)
_KIND = re.compile(
    r"(?:(?:[Tt]he )?(?:[A-Za-z]+ ){0,2}?(?:organisation|organization|foundation|corporation"
    r"|association|provider|company|firm|business|agency|shop|store|library|club|group|network"
    r"|initiative|cooperative|charity|school|college"
    r"|centre|center|practice|groep|netwerk) (?=[A-Z])"
    rf"|(?:(?:[Dd]e|[Hh]et) )?[a-z]+{_KINDS} (?=[A-Z]))"
)  # "Welfare organisation X": X is an organisation, whatever its name
_SUBJECT = re.compile(
    rf"(?P<name>{NAME}(?: e\.o\.)?)(?:\s*\([^()]{{1,12}}\))?"
    r"(?:, (?P<apposed>(?:het|de|een|the|a|an) [^,]{1,60}),)? "
    r"(?=[a-zß-ÿ])(?!e\.o\.|(?:at|on|bij|op|aan) (?:the|de|het)\b)"
)  # "Het Leeshuis, het bibliotheekfiliaal aan de Rijnstraat, doet de cursussen"; not "X at the
# help desks", whose name may go on
_OF_WHOM = re.compile(rf"(?P<name>{NAME})(?P<apposed>), (?=(?:die|dat|waar|who|which|where) )")
_NAMING = re.compile(r"(?i)noemen|uitlichten|name|mention|^(?:who|wie)\b")
"""A shared-work introduction that names partners or asks who is in ("Een paar partners wil
ik noemen", "Ik keek wie er allemaal in zitten", "who the partners are"): its lines may be a
name and a relative clause only ("Neem Bibliotheek X, die ...")."""
_KINDS_LISTED = re.compile(
    r"^(?:[Tt]he|[Dd]e) (?:\w+ )?(?:municipalities|gemeenten), (?P<list>(?:gemeente |municipality "
    r"of )?[A-Z][^:;]+?), (?=(?!gemeente |municipality )[a-z])"
)
_SAID = re.compile(r"[\"“”„]|\b(?:zegt|zei|aldus|says|said)\b")
_PREPOSITION = re.compile(
    r"(?:Naast|Met|In|Bij|Voor|Na|Sinds|Vanaf|Per|Op|Door|Besides|With|At|For|After|Since|Van"
    r"|Tot|Onder|Among|Uit|Vanuit|From|Namens|Dankzij|Tijdens|Zonder|Volgens|Through|During"
    r"|Without|On behalf)\b(?<!Van)|Van(?= [a-z]| \S+ tot\b)"
)


def division_of_work(
    sentences: list[Sentence], skip: frozenset[int] | set[int]
) -> list[tuple[str, Sentence, bool]]:
    """(name, sentence, True) of each organisation a sentence after a `_SHARED` one names as
    the subject of its part in the work, in that sentence's paragraph (or in the next, where
    the shared sentence is a heading of its own); not in sentences in `skip` (starts), in quotes
    or of a join to come ("X heeft laten weten mee te willen doen")."""
    found: list[tuple[str, Sentence, bool]] = []
    for index, intro in enumerate(sentences):
        counted = bool(_COUNTED.search(intro.text))  # "telt inmiddels 15 partners. X zorgt
        shared = _SHARED.search(intro.text) if _HINT.search(intro.text) else None
        near = sentences[max(index - 1, 0) : index + 1]
        if _LEADING.search(intro.text) and any(_OURS.search(s.text) for s in near):
            found += [] if intro.start in skip else [(n, intro, True) for n in subjects(intro.text)]
            shared = _LEADING.search(intro.text)  # "A en B trekken de kar; C draait de spreekuren"
        if not counted and not shared:
            continue  # voor de cursussen": in its own paragraph only
        colon = _TO_COLON.match(intro.text, shared.end() - 1) if shared else None
        if colon and intro.start not in skip:  # "We zitten in goed gezelschap: A houdt ...", "De
            # andere partners verdelen het werk: de vrijwilligers van A geven les, B ..."
            found += [(name, intro, True) for name in subjects(intro.text[colon.end() :])]
        after = sentences[index + 1 :]
        alone = not after or after[0].paragraph != intro.paragraph
        if alone and counted and not shared:
            continue
        paragraph = after[0].paragraph if after and alone else intro.paragraph
        named = bool(shared and _NAMING.search(shared.group()))  # "Een paar partners noem ik"
        for sentence in after:
            if sentence.paragraph != paragraph:
                break
            to_come = bool(FUTURE_RULES.search(sentence.text) or _GONE.search(sentence.text))
            said = _SAID.search(sentence.text) or NOT_IN.search(sentence.text)  # "X doet niet mee"
            said = said or _SPONSORS.search(sentence.text)  # "Rabobank X sponsort de laptops"
            if (
                sentence.start not in skip
                and not said
                and not to_come
                and " | " not in sentence.text
            ):
                found += [(name, sentence, True) for name in subjects(sentence.text, named)]
    return found


_LEADING = re.compile(
    r"\b(?:trekt|trekken) (?:\w+ )?de kar\b|\b(?:is|zijn) (?:de )?(?:kar)?trekkers?\b"
    r"|\b(?:is|zijn) (?:de )?penvoerders?\b|\b(?:pull|pulls|drive|drives) the cart\b"
)  # the members that lead the coalition's work
_OURS = re.compile(r"(?i)\b(?:coalitie|coalition|netwerk|network|alliantie|alliance)\b")


def subjects(text: str, named: bool = False) -> list[str]:
    """The organisations a sentence names as the subjects of its clauses (\"A geeft les, B
    stuurt vrijwilligers\")."""
    names = []
    if listed := _KINDS_LISTED.match(text):  # "The three municipalities, A, B and C, fund ..."
        return [n for n in re.split(r",\s*|\s+(?:and|en)\s+", listed.group("list")) if n]
    together = _NAMES_SUBJECT.match(_LEAD.sub("", text.strip(), count=1))
    if together:  # "En A, B en C zorgen ervoor dat ...": three subjects of one (plural) verb
        *parts, last = together["names"].split(", ")
        parts += _AND_NAME.split(last)
        plural = len(parts) > together["names"].count(", ") + 1  # an " en " before the last
        singular = together["verb"].endswith("s")  # "Drukkerij A, Van Dam en Partners drukt"
        if plural and len(parts) >= 3 and not singular and all(map(_organisation, parts)):
            return parts
    clauses = [part for clause in _CLAUSES.split(text) for part in _and_clauses(clause)]
    for clause in clauses:
        lead = _LEAD.match(clause.strip())
        of = bool(lead and re.search(r" (?:van|of) $", lead.group()))  # "de vrijwilligers van X"
        clause = clause.strip()[lead.end() if lead else 0 :]
        kind = _KIND.match(clause)
        clause = clause[kind.end() :] if kind else clause
        match = _OF_WHOM.match(clause) if of or named else None  # "De vrijwilligers van X, die
        # niet alleen je fietslamp repareren.": a line of its own, without a verb; any "X, die
        # ..." after "Een paar partners wil ik noemen"
        match = match or (None if _PREPOSITION.match(clause) else _SUBJECT.match(clause))
        apposed = (match.group("apposed") or "") if match else ""
        described = any(org_head(w) or DESCRIPTOR.match(w) for w in apposed.split())
        name = _POSSESSIVE.sub("", match.group("name")) if match else ""  # "X's volunteers"
        if _PRONOUN.match(name) or ROLES.fullmatch(name.split(" ", 1)[0]):
            continue  # "Wij, de Seniorenvereniging X, zorgen voor ...": the writer, named apart;
            # "Coördinator Marij Hermans-Ubachs is blij": a person
        if people := PEOPLE_LEAD.match(name):  # "Studenten van ROC X", not "... de ROC-opleiding X"
            name = name[people.end() :] if org_head(name[people.end() :].split()[0]) else ""
        if (
            name
            and (kind or of or described or _organisation(capital_kind(name)))
            and not bare_place(name)
        ):
            names += _each(capital_kind(without_place(name)))  # "X in Kerkrade runs ..."
    return names


def _and_clauses(clause: str) -> list[str]:
    """A clause cut at an " en " that opens a name and its verb, where the clause opens with a
    name and a lowercase word (its verb) stands before the " en ": not inside "Stichting Welzijn
    en Zorg X helpt"."""
    match = _AND_CLAUSE.search(clause)
    first = _LEAD.sub("", clause.strip())
    told = match and not _PREPOSITION.match(first) and _SUBJECT.match(first)  # "A geeft les en"
    if not match or not told or not re.search(r"\b[a-zß-ÿ]{3,}\b", clause[: match.start()]):
        return [clause]  # not "Naast de gemeente zijn A en B actief": one clause, one verb
    return [clause[: match.start()], *_and_clauses(clause[match.end() :])]


_POSSESSIVE = re.compile(r"['’]s$")
_NAMES_SUBJECT = re.compile(rf"(?P<names>{NAME}(?:, {NAME})+) (?=(?P<verb>[a-zß-ÿ]+))")
_PRONOUN = re.compile(
    r"(?:[Ww]ij|[Ww]e|[Zz]ij|[Zz]e|[Hh]ij|[Tt]hey|[Hh]et|[Dd]it|[Dd]at|[Ii]t|[Tt]his|[Tt]hat)"
    r"(?=$| \()"
)  # "Wij (Stichting X) zijn er vanaf het begin bij": the writer, said again, not a name
_AND_NAME = re.compile(r" (?:en|and) (?:[Dd]e |[Hh]et |[Tt]he )?(?=[A-Z])")


def capital_kind(name: str) -> str:
    """A municipality's or province's name with its kind capitalised, as lists write it.

    >>> capital_kind("De gemeente Bladel"), capital_kind("provincie Drenthe")
    ('Gemeente Bladel', 'Provincie Drenthe')
    """
    kind, _, rest = re.sub(r"^(?:[Dd]e|[Hh]et) (?=[a-z])", "", name).partition(" ")
    return f"{NAME_KINDS[kind]} {rest}" if kind in NAME_KINDS and rest[:1].isupper() else name


def _each(name: str) -> list[str]:
    """The names of a subject "A en B" where B opens with a head word of its own ("Stichting
    Welzijn Wormerland and Zorggroep Waterland-Zuid reach ..."), or where A ends in its legal
    form ("Zorgcoöperatie X U.A. en Volksuniversiteit Y"); else the one name.

    >>> _each("Stichting Welzijn Wormerland and Zorggroep Waterland"), _each("Lezen en Schrijven")
    (['Stichting Welzijn Wormerland', 'Zorggroep Waterland'], ['Lezen en Schrijven'])
    """
    parts = _AND_NAME.split(name)
    two = len(parts) == 2 and all(len(part.split()) >= 2 for part in parts)
    if two and LEGAL_FORM.search(parts[0]):
        return parts
    if two and org_head(parts[1].split()[0]) and parts[0].split()[-1][:1].isupper():
        return parts  # "PC-Hulp Dokkum en Huurdersvereniging X draaien ..."
    return [name]


def _organisation(name: str) -> bool:
    """A name with a word of an organisation's kind ("Welzijn", "Computerclub", "gemeente"), an
    acronym or a CamelCase word: not a person's name."""
    words = [w for w in name.split() if w.lower() not in ("de", "het", "the")]
    return any(
        org_head(w)
        or w.lower() in (*NAME_KINDS, "municipality", "province")
        or (w.isupper() and len(w) >= 2)
        or any(c.isupper() for c in w[1:])
        for w in words
    )


_PRESENT = re.compile(
    r"^(?:Aanwezig|Aanwezigen|Afwezig(?: met (?:kennisgeving|bericht))?|Present|Attendees"
    r"|Apologies|Absent)(?:\s*:\s*|\s*$)"
)  # "Aanwezig: ...", or a heading of its own over the lines: "Present"
_OWN_MEETING = re.compile(
    r"\b(?:stuurgroep|partneroverleg|partnerbijeenkomst|kernteam|regiegroep|steering group"
    r"|partner meeting|core team|netwerkbijeenkomst|netwerkoverleg|coalitieoverleg"
    r"|coalitiebijeenkomst|network meeting|partners' meeting|kernpartners)\b",
    re.IGNORECASE,
)
_OTHER_LABEL = re.compile(
    r"^(?!(?:Aanwezig|Afwezig|Present|Attendees|Apologies)\b)[A-Z][\w ]{2,30}:\s"
)
_ATTENDEE = re.compile(r"(?:^|(?<=,)\s*)[^(),]{3,60}\((?P<org>[^,()]{3,80})(?:,[^()]*)?\)")
"""A person and their organisation: "Ria Bennink (gemeente Aalten)", one to a line or a few
to a line, after commas."""
_ATTENDEE_DASH = re.compile(
    r"^(?:[-•*]\s*)?[A-Z][^–—()\d]{2,40}?\s[–—]\s(?P<org>[^()–—,]{3,80}?)(?:\s*\([^()]*\))?\s*$"
)
"""A person, a dash and their organisation: "Koen van der Heijden – gemeente Vught (voorzitter)"."""


def attendance(sentences: list[Sentence]) -> list[tuple[str, Sentence, bool]]:
    """(organisation, line, True) of the people the minutes of a coalition's own meeting (its
    steering group's, named in the first lines) list as present or excused ("Aanwezig:" over
    "Ria Bennink (gemeente Aalten)"): the members at its table; not its guests ("Te gast:"),
    who have a heading of their own."""
    found: list[tuple[str, Sentence, bool]] = []
    if not any(_OWN_MEETING.search(s.text) for s in sentences[:3]):
        return found  # a council's minutes list its parties, not a coalition's partners
    for index, heading in enumerate(sentences):
        present = _PRESENT.match(heading.text)
        if not present:
            continue
        inline = heading.text[present.end() :]
        lines = [heading] if inline else []
        for line in sentences[index + 1 :]:
            if line.paragraph != heading.paragraph or _OTHER_LABEL.match(line.text):
                break  # "Gasten: Marieke Verhoeven (Fonds X)": guests, not members
            lines.append(line)
        for line in lines:
            text = line.text[present.end() :] if line is heading else line.text
            found += [(match["org"], line, True) for match in _ATTENDEE.finditer(text)]
            dashed = _ATTENDEE_DASH.match(text)  # "- Fatma Yilmaz – BiblioBosch", not "– Chair"
            if dashed and not ROLES.fullmatch(dashed["org"].strip()):
                found.append((dashed["org"], line, True))
    return found
