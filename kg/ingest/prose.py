"""Members named in the running prose that says who takes part:

    Who else is in?

    Quite a mix. Gemeente Almere and Gemeente Lelystad started it, together with Nieuwland
    Bibliotheken. Stichting Welzijn Dronten brings the volunteers.

No list is written, so no list rule reads it; but the question says what the answer names.
In the answer (the paragraph after the question, or the rest of the question's own paragraph),
and in a paragraph that speaks of who sits at the table ("Amersfoort municipality chairs the
alliance, and ... have been on board since its first year"), every run of capitalised words
with a word for a kind of organisation in it ("Bibliotheken", "Stichting", "Gemeente":
`org_head`) is taken as a member; a run without one (a person, a place, a product) is not,
and nor is a person's ("Directeur Bart van Gils van X" stands for X), nor any name in a
sentence about funders, suppliers, guests, a quotation's speaker (`NOT_MEMBERS`), or a
member to come or gone.

>>> from kg.ingest.sentences import read_sentences
>>> text = ("Who else is in?\\n\\nQuite a mix. Gemeente Almere and Gemeente Lelystad started it, "
...         "with Nieuwland Bibliotheken. Fonds Flevo pays the bills, says Jan Bos.")
>>> [name for name, _, _ in answered_in_prose(read_sentences(text), set())]
['Gemeente Almere', 'Gemeente Lelystad', 'Nieuwland Bibliotheken']
"""

from __future__ import annotations

import re
from itertools import groupby

from kg.ingest.asides import asks_who, is_question
from kg.ingest.dates import MONTH_WORD
from kg.ingest.firms import firms_whole
from kg.ingest.gazetteer import bare_place, kind_places
from kg.ingest.lines import BULLET
from kg.ingest.names import ROLE_AFTER, without_person
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.tenses import FUTURE_RULES, PAST_TENSE
from kg.ingest.words import (
    BEGUN_WITH,
    DESCRIPTOR,
    DOTTED_END,
    GIVES,
    NOT_IN,
    NOT_MEMBERS,
    ORG_HEADS,
    PEOPLE_LEAD,
    PEOPLE_OF,
    ROLE_BEFORE,
    org_head,
)

__all__ = ["answered_in_prose", "strong_names"]

_WORD = rf"[{UPPER}][\w'’&.\-]*"
_NEXT = rf"(?:['‘]?{_WORD}|['’]?\d[\w.+]*|['’]s-{_WORD})"
"""A word that goes on a name: "Computerclub Ermelo '92", "Wijkwerk 's-Hertogenbosch"; "X e.o."
ends one."""
_LINK = r"(?:van|fan|voor|foar|of|de|der|den|het|aan|'t|’t|'e|’e|&|afdeling)"
_RUN = re.compile(rf"(?<![\w'’-])(?:(?:'t|’t) )?{_WORD}(?: (?:{_LINK} )*{_NEXT})*(?: e\.o\.)?")
_GOES_ON = re.compile(
    rf"-|,? (?:en|and|&) (?P<word>{_WORD})"
    rf"|, {_WORD}(?: {_WORD})? (?:en|and|&) "
)
_FIRM_AFTER = re.compile(rf", (?P<tail>(?:(?:De|Van|Ter|Ten|Van de[rn]?) )?{_WORD} & {_WORD})")
_NOT_NOW = re.compile(
    r"\b(?:will|zal|zullen|(?:gaat|gaan)(?=[^.;]*\b(?:meedoen|aansluiten|toetreden|deelnemen"
    r"|meewerken|worden)\b)|per \d|vanaf \d|from \d|stopt|stopte|gestopt|vertrekt"
    r"|vertrok|left|leaves|leaving|afscheid|overgestapt|opgeheven|voormalig\w*|former)\b",
    re.IGNORECASE,
)  # a sentence about a member to come or gone; not "die langs de deuren gaat"
_PERSON_BEFORE = re.compile(
    rf"\b[{UPPER}][a-zß-ÿ]+ (?:van|de|der|den|van de|van der|van den)\s+$"
)  # "Ria van " + "Gils van Bibliotheek X"
_TABLE = re.compile(
    r"\b(?:on board|aan tafel|at the table|around the table|the table (?:is|was|has))\b", re.I
)  # not "the table below lists the figures"
_COOPERATION = re.compile(
    r"\b(?:samenwerking|netwerk|coalitie|alliantie|partnership|network|coalition|alliance)"
    r" (?:van|of|between|tussen) (?:\w+ )?(?:organisaties|partijen|organi[sz]ations|parties)\b",
    re.I,
)  # "Dat is een samenwerking van organisaties die ...", then who does what
_WITHIN = re.compile(
    r"(?:Binnen|Within|Inside|In) (?:de|het|the|onze|ons|our) (?:coalitie|alliantie|netwerk"
    r"|samenwerking|coalition|alliance|network|partnership)\b"
)  # "Binnen de alliantie organiseert Bibliotheek X ...": who does what, in the coalition
_FOUNDED = re.compile(
    r"\b(?:begon|begonnen|startte|startten|began|started) (?:[\w-]+ ){0,3}?(?:met|with) "
    r"(?:\w+ )?(?:organisaties|partners|partijen|organisations|organizations)\b"
    rf"|{BEGUN_WITH}(?:de |het )?(?:gemeente |provincie )?[A-Z]"
)  # "X begon in 2023 met vier organisaties", "Daarom zijn we twee jaar geleden begonnen met
# X": the paragraph goes on to name who did it
_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:(?:de|het|the)\s+)?(?:[a-zß-ÿ-]+\s+)?(?:;\s)?$"
    r"|\b(?:geleid|led) (?:door|by) $|\b(?:werk(?:t|te|ten)|worked|works) (?:bij|at|for) $"
)
"""Before a venue ("in boerderijwinkel " + "De Kruidhof in Grubbenvorst") or the one who
leads a piece of work ("Het onderzoek werd geleid door " + "Hogeschool X")."""
_PLURAL = re.compile(r" (?:[a-zß-ÿ]{2,}en|zijn|gaan|staan)\b(?! [A-Z])")
"""A plural verb after two names joined by " en " ("leveren", "zijn") makes them two."""
_SINGULAR = re.compile(
    r" (?!(?:niet|want|met|dat|tot|licht|recht|alles|ons|eens|steeds|niets|als|sinds|inmiddels"
    r"|tijdens|vanuit|iets|echt|ooit|nooit|slechts|this|its|as|is)\b)"
    r"(?:[a-zß-ÿ]{3,}[ts]|is|heeft|has)\b"
)
"""A singular verb after two names joined by " en " ("verwijst", "provides") makes them one."""
_LOWER_KIND = re.compile(r"\b(?:de |het )?(?:gemeente|provincie) (?=[A-Z]|['’]s-[A-Z])")
_PEOPLE_OF = re.compile(rf"\b{PEOPLE_OF}$", re.IGNORECASE)
"""Before a name without a kind word: "De vrijwilligers van " + "DigiBuddy Parkstad komen"."""
_PARTNERS_HEADING = re.compile(
    r"(?:[A-Za-z]+ ){0,3}(?i:partners|partnership|coalition|coalitiepartners|samenwerking"
    r"|netwerkpartners|de coalitie|het netwerk|the network)"
)  # "A broad partnership", "Onze partners", "Brede samenwerking": a heading over prose
_SURNAMES = frozenset({"winkel", "bureau", "kantoor", "firma"})  # "Te Winkel & Zn.": a name
_OPENERS = frozenset(
    {"The", "And", "Then", "Also", "When", "Quite", "Besides", "De", "Het", "En", "Ook", "Dan"}
    | {"Maar", "But", "Want", "Dus", "Toch"}
    | {"Daarnaast", "Verder", "Naast", "Samen", "Together", "With", "Met"}
)


def _kind_word(word: str) -> bool:
    """A word for a kind of organisation: "Stichting", "Computerclub", "Bibliotheken"."""
    return org_head(word) or word.lower().endswith(("bibliotheken", "scholen", "groepen"))


_DAY_MONTH = re.compile(rf"\b\d{{1,2}} (?:{MONTH_WORD.title()}|{MONTH_WORD})\b")


def strong_names(text: str) -> list[str]:
    """The runs of capitalised words in `text` that have a word for a kind of organisation."""
    names = []
    text = _LOWER_KIND.sub(lambda kind: "; " + kind.group().split()[-1].capitalize() + " ", text)
    text = _DAY_MONTH.sub(lambda day: "; " + " " * (len(day.group()) - 2), text)  # "On 5 May X"
    end = 0
    for run in _RUN.finditer(text):
        if run.start() < end:
            continue  # inside the one name before it
        written, ahead = run.group(), text[: run.start()]
        goes_on = _GOES_ON.match(text, run.end())
        if (firm := _FIRM_AFTER.match(text, run.end())) and len(
            firms_whole([written, firm["tail"]], text)
        ) == 1:  # "accountantskantoor Van Lieshout, Verhoeven & Co.": one firm
            written, goes_on, end = text[run.start() : firm.end()], None, firm.end()
        if goes_on and not (goes_on["word"] and org_head(goes_on["word"])):
            second = _RUN.match(text, goes_on.start("word")) if goes_on["word"] else None
            plural = second and "," not in goes_on.group() and _PLURAL.match(text, second.end())
            both = text[run.start() : second.end()] if second else ""
            singular = " en " in goes_on.group() and _SINGULAR.match(text, len(ahead + both))
            tail = second.group() in ("Omstreken", "Omgeving") if second else False
            if both and (singular or tail or bare_place(both.split(" ", 1)[-1])):
                written, end = both, len(ahead + both)  # "De Huisartsenkring Heerlen en
                # Voerendaal verwijst ...", "gemeente Berg en Dal", "X en Omstreken": one name
            elif not plural:  # "Stichting Wonen, Welzijn en Zorg X", "Lees- en Leerhuis X":
                continue  # where the name ends, a list would tell; but "Stichting X en
                # Welzijnskring Y leveren de vrijwilligers" are two, the verb says
        if ahead.endswith(("- en ", "- and ")) or written.endswith("-") or _ALIAS.search(ahead):
            continue  # "X Community Fund (Stichting Omgevingsfonds X)": the same body's other name
        if ROLE_BEFORE.search(ahead) or _PERSON_BEFORE.search(ahead) or _VENUE.search(ahead[-80:]):
            continue  # "wethouder Ruud Oude Luttikhuis", "Ria van Gils van Bibliotheek X": persons
        if ROLE_AFTER.match(text, len(ahead) + len(written)) or ahead.endswith("& "):
            continue  # "Gerrit Kamphuis, chair of X": a person; "& Zn.": the end of a name
        words = (written if DOTTED_END.search(written) else written.rstrip(".")).split()
        before = ahead.split()[-1:]  # "thuiszorgorganisatie Zorgkring X"
        described = bool(before and DESCRIPTOR.match(before[0])) or bool(_PEOPLE_OF.search(ahead))
        article = False  # "En de Seniorenvereniging X", "En de Dinsdagclub"; not "Samen Sterk"
        while words and words[0] in _OPENERS | {"de", "het", "the"} and not described:
            article = article or words.pop(0) in ("de", "het", "the")
        if people := PEOPLE_LEAD.match(" ".join(words)):  # "Wijkverpleegkundigen van X zien"
            words = " ".join(words)[people.end() :].split()
        if len(words) > 1 and DESCRIPTOR.match(words[0]) and words[0].lower() not in _SURNAMES:
            described = True  # "ICT-bedrijf Vermeulen & De Bock"; "Leerwerkbedrijf De Schacht"
            # keeps its kind before "De", and "Adviesbureau Jansen" its kind before one word,
            # a brand ("ICT-bedrijf Dommeldata") or a surname or a first name ("Taxibedrijf Wim")
            parts = words[1].split("-")  # "Welzijnsbureau Landgraaf-Brunssum": two places
            brand = len(words) == 2 and any(c.isupper() for part in parts for c in part[1:])
            kept = words[1] in ("De", "Het", "'t", "’t") or (len(words) == 2 and not brand)
            words = words if kept else words[1:]
        name = " ".join(words)
        if words and ROLE_BEFORE.search(words[0].lower() + " "):  # "Directeur Bart van Gils van
            name = without_person(" ".join(words[1:]))  # Bibliotheek X": X; "Wethouder Ruud
            if name == " ".join(words[1:]):  # Oude Luttikhuis": a person
                continue
            words = name.split()
        one = article and len(words) == 1 and words[0].lower() not in ORG_HEADS  # "de Dinsdagclub"
        kind = (len(words) >= 2 or one) and any(map(_kind_word, words))
        if words and (kind or described) and not bare_place(name):
            names.append(name)
    return names


def _section(sentences: list[Sentence], start: int, headed: bool = False) -> list[Sentence]:
    """The prose paragraphs from `start` up to the next heading or question, at most five: an
    answer that goes on past its first paragraph ("Met wie werken we samen?" over a paragraph
    per kind of partner); where the answer says the names come below (`headed`), past the
    headings of its sections, up to a question or the end, at most twelve."""
    section: list[Sentence] = []
    for sentence in sentences[start:]:
        text = sentence.text.rstrip(" \"'”’")
        if is_question(sentence.text):
            break  # "Wie betaalt dit?", "En gemeente X?": the next section
        if headed and _LABELLED.match(text):
            section.append(sentence)  # "Trekker: Stichting X", in a section of the work
            continue
        if not text.endswith((".", "!")):
            if headed and len(text.split()) <= 6 and not BULLET.match(text):
                if _CLOSING_SECTION.match(text):
                    break  # "Meer informatie", "Contact", "Met dank aan": no partners below
                continue  # "Wonen en zorg", "In de buurt": a heading over more of them
            break  # "Contact": the next section
        if len({s.paragraph for s in section} | {sentence.paragraph}) > (12 if headed else 5):
            break
        section.append(sentence)
    return section


_CLOSING_SECTION = re.compile(
    r"(?i:contact|meer informatie|meer weten|lees meer|financiering|over ons|over de|over het"
    r"|met dank|dank|colofon|noot|more information|read more|about|funding|thanks|sponsors?"
    r"|financiers?|pers|press)\b"
)
_PERSON_NAMED = re.compile(
    r"(?!\w*(?i:stichting|huis|groep|bibliotheek|club|centrum|school|zorg|welzijn))"
    r"[A-Z][a-zà-ÿ]+ (?:(?:van|de|der|den|ter|te|ten) )+[A-Z][a-zà-ÿ]+"
)  # a given name, a particle and a surname: "Anja de Boer", "Piet van der Berg"
_LABELLED = re.compile(
    r"^(?:[-•*]\s*)?(?P<label>(?i:trekkers?|kartrekkers?|penvoerders?|co-trekkers?|leads?))"
    r"\s*:\s*(?P<names>(?:de |het )?(?:gemeente |provincie )?[A-Z'’].*)$"
)  # "Trekker: Stichting Welzijn Coevorden en Dalen", under a working group's heading
_ALL_BELOW = re.compile(
    r"\b(?:hieronder|below)\b[^.]{0,80}\b(?:zijn|are)\s+(?:allemaal |alle |all )?"
    r"(?:partners?\b|(?:lid|leden|members?) (?:van|of) (?:de|het|the) (?:coalitie|netwerk"
    r"|alliantie|coalition|network|alliance)\b)",
    re.I,
)  # "De organisaties die hieronder worden genoemd, zijn allemaal partner van de coalitie"
_BELOW = re.compile(
    r"\b(?:hieronder|below|stellen (?:we|wij) [^.]{0,40}\bvoor|introduce|maak kennis)\b", re.I
)  # "Hieronder stellen we een flink aantal van hen aan u voor."


def _answers(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences that answer who takes part: after a who-question (the rest of its own
    paragraph, or the paragraph after it), and every paragraph that speaks of who sits at the
    table (`_TABLE`: "on board", "aan tafel"), in text order."""
    chosen: set[int] = set()
    for index, question in enumerate(sentences):
        if not asks_who(question.text) and not _PARTNERS_HEADING.fullmatch(question.text):
            continue
        answer = [s for s in sentences[index + 1 :] if s.paragraph == question.paragraph]
        if not answer and index + 1 < len(sentences):
            first = sentences[index + 1].paragraph
            answer = [s for s in sentences[index + 1 :] if s.paragraph == first]
        chosen.update(s.start for s in answer)
        told = all(s.text.rstrip(" \"'”’").endswith((".", "!")) for s in answer)
        if answer and told and not any(strong_names(s.text) for s in answer):  # "We zijn met
            below = any(_BELOW.search(s.text) for s in answer)  # elf organisaties, elk met een
            # eigen rol.": the names come in the paragraphs after it
            chosen.update(s.start for s in _section(sentences, index + 1 + len(answer), below))
    for index, said in enumerate(sentences):
        if _ALL_BELOW.search(said.text):  # "De organisaties die hieronder worden genoemd, zijn
            chosen.update(s.start for s in _section(sentences, index + 1, True))  # allemaal
    for _, group in groupby(sentences, key=lambda s: s.paragraph):  # partner"
        paragraph = list(group)
        if any(_TABLE.search(s.text) or _FOUNDED.search(s.text) for s in paragraph):
            chosen.update(s.start for s in paragraph)
        for at, said in enumerate(paragraph):  # who does what: the cue, the sentence before
            if _WITHIN.match(said.text) or _COOPERATION.search(said.text):  # it and four after
                chosen.update(s.start for s in paragraph[max(at - 1, 0) : at + 5])
    return [s for s in sentences if s.start in chosen]


_ALIAS = re.compile(r"[A-Z][\w'’.&-]* [A-Z][\w'’.&-]* \($")  # a name of two words or more
_LOWER_LEAD = re.compile(r"[A-Z][a-z]*(?: [a-zß-ÿ]+){0,4}, (?=[A-Z])")  # "Then the library, "


def answered_in_prose(
    sentences: list[Sentence], skip: set[int]
) -> list[tuple[str, Sentence, bool]]:
    """(name, sentence, True) of every member the prose that answers who takes part names
    (`_answers`), outside the sentences in `skip` (starts): not in a list's line, nor in a
    sentence about funders, speakers, members to come or gone."""
    found: list[tuple[str, Sentence, bool]] = []
    for sentence in _answers(sentences):
        if (labelled := _LABELLED.match(sentence.text)) and sentence.start not in skip:
            if _PERSON_NAMED.fullmatch(labelled["names"].strip(" .")):
                continue  # "Trekker: Anja de Boer": a person leads, no member named
            one = not labelled["label"].lower().endswith("s")  # "Trekker: gemeente Emmen, team
            found.append((labelled["names"], sentence, one))  # Werk": one name; "Trekkers: A en B"
            continue
        prose = sentence.text.rstrip(" \"'”’").endswith((".", "!", "?"))  # not a list's line
        if sentence.start in skip or not prose or BULLET.match(sentence.text):
            continue
        if is_question(sentence.text):  # "is gemeente X on board? Not as a partner."
            continue
        coming = bool(FUTURE_RULES.search(sentence.text))
        coming = coming and not PAST_TENSE.search(sentence.text)  # "In de loop van 2025 kwam"
        if _NOT_NOW.search(sentence.text) or NOT_IN.search(sentence.text) or coming:
            continue
        text = sentence.text
        asides = list(NOT_MEMBERS.finditer(text))
        if asides and all(GIVES.fullmatch(aside.group()) for aside in asides):
            text = text[: asides[0].start()]  # "X funds the hours", "X levert laptops": what a
        elif asides:  # member gives; but a funder, a visitor, a contact or a speaker names
            text = ""  # no member
        if text.count(";") >= 2 and ":" not in text:  # "Then the library, X; the welfare
            lead = _LOWER_LEAD.match(text)  # organisation Y; Z; and a handful of volunteer
            found.append((text[lead.end() if lead else 0 :], sentence, False))  # groups.": a
            continue  # list, read as lists are (a list after a colon is read by the lists)
        found += [(name, sentence, True) for name in kind_places(text) + strong_names(text)]
    return found  # "The four municipalities – A, B, C and D – are partners": each a municipality
