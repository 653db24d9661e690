"""Whether a name the reader took for the coalition can be one: not a pronoun or adverb
("Wat", "Daarvoor"), a date ("Since 1 October 2025"), a lone adjective ("Utrechtse") or a
person the text introduces with a role ("chair Jeroen Willems"); and the coalition's name
without a word that heads a page or agenda item ("Ondertekening Pact X" is "Pact X").

>>> plausible_coalition("Wat", "")
False
>>> plausible_coalition("Jeroen Willems", "On 26 November, chair Jeroen Willems welcomed X.")
False
>>> plausible_coalition("Digitaal Fit Haaglanden", "Digitaal Fit Haaglanden telt tien partners.")
True
>>> without_heading("Voortgangsrapportage Coalitie Digitaal Vaardig Zwolle")
'Coalitie Digitaal Vaardig Zwolle'
"""

from __future__ import annotations

import re

from kg.ingest.dates import MONTH_NAMES
from kg.ingest.fuller import initialled, spelled_out
from kg.ingest.gazetteer import bare_place
from kg.ingest.given import given_names
from kg.ingest.lexicon import lookup
from kg.ingest.names import Name, is_person, name_at_start
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import name_run, no_organisation
from kg.ingest.words import (
    ANAPHORA,
    BEGUN_WITH,
    IN_ANOTHER,
    LEGAL_FORM,
    LEGAL_KINDS,
    NAME_KINDS,
    ORG_HEADS,
    common_noun,
    org_head,
)

__all__ = [
    "coalition_by_head",
    "coalition_by_name",
    "coalition_by_theme",
    "coalition_elsewhere",
    "coalition_name",
    "fullest",
    "named",
    "plausible_coalition",
    "without_heading",
]

_ADVERBS = frozenset(
    {"daarvoor", "daarom", "daardoor", "hierdoor", "hiervoor", "samen", "zo", "ook", "nu"}
    | {"together", "so", "also", "now", "then", "tegenwoordig", "vroeger", "nowadays"}
    | {"that", "this", "these", "those", "it", "there"}
)
_CONJUNCTIONS = frozenset(
    {"when", "if", "as", "while", "after", "before", "because", "although", "als", "wanneer"}
    | {"toen", "hoe", "waar", "omdat", "hoewel", "nadat", "voordat", "terwijl", "volgens"}
    | {"according"}  # "Volgens Femke": who says it
)
_TIME = re.compile(r"(?:Since|Until|From|By|On|In|Sinds|Tot|Vanaf|Per|Op|Na)\b")
_HEADINGS = re.compile(
    r"^(?:[A-Z]\w*(?:ing|rapportage|verslag|bericht|brief|nieuws|overzicht|update|agenda)"
    r"|Evaluatie|Voortgang|Samenvatting|Persmap|Factsheet|Jaarplan|Notulen|Uitnodiging|Programma"
    r"|Evaluation|Progress|Review|Summary|Press kit|Minutes|Invitation|Programme)"
    r" (?=\S+ )"
)


def plausible_coalition(name: str, text: str) -> bool:
    """Whether `name` (as written) can name the coalition `text` tells of."""
    words = name.split()
    if not words or no_organisation(name) or name.lower() in _ADVERBS:
        return False
    if name.count(", ") >= 2:
        return False  # "Gemeente A, Gemeente B, Bibliotheek C": a list of members
    if words[0].lower() in _CONJUNCTIONS or name.rstrip().endswith("?"):
        return False  # "When I joined ...", "Nog geen lid van de HOK?": a clause, not a name
    months = [
        i
        for i, w in enumerate(words)
        if w.lower().strip(",") in MONTH_NAMES
        and not (w == "Mei" and i > 0 and words[i - 1].lower() not in _BEFORE_MONTH)
    ]  # but "Digitaal Mei Elkoar", "Fryslân Digitaal Mei": Frisian "mei" (with) in a name
    if _TIME.match(name) or months:
        return False  # "Since 1 October 2025", "February 2026, and the IT"
    if len(words) == 1 and re.fullmatch(r"[A-Z]\w+(?:se|sche)", name):
        return False  # "Utrechtse": the adjective of a coalition's name, not the name
    if name.lower() in _SOMEONE or (len(words) == 1 and name.lower() in given_names()):
        return False  # "Another wants to know ...", "Iemand wil ...", "Aukje wil ...": a person
    if common_noun(name, text):
        return False  # "Mensen willen thuis zoeken": a noun the text also writes in lowercase
    quoted = re.match(r"['‘\"“„][^'‘’\"“”„]+['’\"”] [A-ZÀ-Þ]", name)  # "'Iedereen Digitaal' X"
    if (name[:1] in "'\"‘’“”„" and not quoted) or re.match(r"\d+ (?:of|van) ", name):
        return False  # "'Netwerk groeit, maar ...'": a quote's first word; "11 of Y" (partner
        # number 11 of Y): a number, not the name
    pieces = [p for p in re.split(r",\s*|\s+(?:en|and|&)\s+", name) if p]
    if all(bare_place(re.sub(r"^(?:the|de|het) ", "", p)) for p in pieces):
        return False  # "the Drechtsteden and Alblasserwaard": places, not a coalition
    if len(words) == 1 and re.fullmatch(_HEADS, name, re.IGNORECASE):
        return False  # "het Akkoord", "the Network": a head word names no coalition alone
    kind = name.lower() in ORG_HEADS or (org_head(name) and not _THEMED.match(name))
    if len(words) == 1 and name[1:].islower() and kind:
        return False  # "de Ondernemerskring wil ...": a member told before, by its kind
    return not _person(name, text)


_BEFORE_MONTH = frozenset({"in", "on", "since", "from", "by", "sinds", "per", "vanaf", "op", "tot"})
_THEME = re.compile(
    r"(?i)digi|coalit|netwerk|network|allian|pact|platform|samen|vaardig|inclus|\bfit\b|sterk"
)


def _person(name: str, text: str) -> bool:
    """A person's name ("Jeroen Willems", also one with a bracket after it: "Jeroen Willems
    (voorzitter)"), not a coalition's ("coördinator Digitaal Fit Zwolle")."""
    if _THEME.search(name):
        return False
    return is_person(name, text) or bool(re.search(rf"\b{re.escape(name)},? \(", text))


def without_heading(name: str) -> str:
    """A coalition's name without a word that heads a page or an agenda item before it."""
    return _HEADINGS.sub("", name)


def named(written: str, table: dict[str, str]) -> Name:
    canonical = lookup(table, written)
    return Name(canonical or written, written, canonical is not None)


def coalition_name(text: str, coalitions: dict[str, str]) -> Name | None:
    text = re.split(r"\s[–—]\s|\s-\s", text.split(":", 1)[0])[-1]  # after a dateline
    text = _LOWER_HEAD.sub("", text.strip())  # "the coalition X": X
    text = _ON_DAY.sub("", text)  # "X op 19 mei": X
    known = name_at_start(re.sub(r"^(?:the|de|het) ", "", text.strip()), coalitions)
    if known and known.known:
        return known
    run = name_run(text, at_end=False)
    rest = text[text.find(run) + len(run) :] if run else ""
    described = " " not in run and _DESCRIBED_AFTER.match(rest)  # "Haaglanden digital-
    if run and not run.islower():  # inclusion coalition": a place that says which coalition
        return None if bare_place(run) or described else named(run, coalitions)
    return known if known and not known.written.islower() else None  # "de coalitie X"


_HEADS = "Coalitie|Netwerk|Alliantie|Pact|Akkoord|Platform|Taskforce|Samenwerkingsverband|Coalition"
_HEADS += "|Network|Alliance"
_WORD = r"[A-ZÀ-Þ](?:[\w'’+\-]*[\w+\-])?"  # not a closing quote: "'Voortgang Coalitie X'"
_QUOTED = rf"(?:['‘\"“„](?={_WORD}(?: {_WORD})*['’\"”]))?{_WORD}['’\"”]?"  # "'Iedereen Digitaal' X"
_ON_DAY = re.compile(
    r"\s+(?:op|on|per|vanaf|from|since|sinds) \d{1,2}(?:e|st|nd|rd|th)? [A-Za-z].*$"
)
_LOWER_HEAD = re.compile(rf"^(?:the |de |het )?(?:{_HEADS.lower()}) (?=['‘\"“„]?[A-ZÀ-Þ])")
_DESCRIBED_AFTER = re.compile(rf"\s+(?:[a-z][\w-]* )*(?:{_HEADS.lower()})\b")
_NO_VENUE = r"(?!\S*(?i:beurs|zaal|bibliotheek|bieb|centrum|huis|kerk|hal|school|wijk)\b)"
"""No venue after "in de": "Digitaal Thuis in de Meierij", not "Digitaal Ede in de Bibliotheek"."""
_HEADED = re.compile(
    rf"\b(?:{_WORD} )*(?:{_HEADS}|[A-ZÀ-Þ][\w'’+]*-(?:{_HEADS.lower()}))"  # "Taalhuis-netwerk"
    rf"(?: (?:(?:en|van|voor|and|of|for|&) )?{_WORD})*"
    r"|(?:\b(?:[Hh]et|[Dd]e|[Tt]he|[Oo]nze|[Oo]ns|[Oo]ur|[Hh]aar|[Hh]un|[Tt]heir) "
    r"(?:[a-z][\w-]* ){0,4}?|^|(?<=: ))"  # "the regional digital inclusion coalition X"
    rf"(?:{_HEADS.lower()}) "
    rf"(?P<named>{_QUOTED}(?: (?:(?:en|van|voor|in (?:de|het)(?= {_NO_VENUE})) )?{_QUOTED})+)"
    rf"|\b(?:[Tt]he|[Hh]et|[Dd]e) (?P<before>{_WORD}(?: {_WORD})+) "
    r"(?:partnership|coalition|network|alliance|coalitie|netwerk|samenwerkingsverband)\b"
)  # "the Digitaal Noordkust partnership comprises ten organisations"


def coalition_by_head(
    sentences: list[Sentence], coalitions: dict[str, str], text: str, former: set[str]
) -> tuple[Name, Sentence] | None:
    """The coalition a text names only by a name with a head word ("Coalitie Digitale
    Vaardigheden Gooi en Vechtstreek", "Amsterdam Digital Access Pact") or after one ("het
    samenwerkingsverband Digitaal Dichtbij Achterhoek"): the one named most often, the first
    of equals; not a former name (`former`: "onder de oude naam Zaans Digi Netwerk")."""
    found: list[tuple[str, Sentence]] = []
    for sentence in sentences:
        for match in _HEADED.finditer(sentence.text):
            named_as = match.group("named") or match.group("before") or match.group()
            name = re.sub(r"^(?:Het|De|The) ", "", named_as)
            while name.split(" ", 1)[0] in _SENTENCE_OPENERS and " " in name:
                name = name.split(" ", 1)[1]  # "Ook Netwerk X heeft interesse": "Netwerk X";
                # not "Voor Elkaar Netwerk Assen"
            name = without_heading(name)  # "Ondertekening Pact Digitale Vaardigheden Zeeland"
            if " " in name.strip() and name not in former and plausible_coalition(name, text):
                found.append((name, sentence))
    return _most_often(found, coalitions)


_OF_THE_FIELD = re.compile(
    r"(?i:digi|skills|inclusi|vaardig|geletterd|literacy|online|taal|lees|lezen)"
)  # the field's words, with language and reading: "Platform Taalhuis Zwolle" is of the field


_OCCASION = re.compile(
    r"(?i)(?:week|dag|day|festival|café|cafe|spreekuur|inloop|cursus|course|training|contact"
    r"|campagne|campaign|bewust)\b"
)


def coalition_by_name(
    sentences: list[Sentence], coalitions: dict[str, str], text: str, former: set[str]
) -> tuple[Name, Sentence] | None:
    """The coalition by its head word (`coalition_by_head`), or by its theme
    (`coalition_by_theme`) where the headed name is none of the field's and a themed one is
    named: "Digitaal Samen Noord-Limburg", not "het Netwerk Valpreventie Noord-Limburg" where
    the publisher gained its experience."""
    headed = coalition_by_head(sentences, coalitions, text, former)
    if headed is None or headed[0].known or _OF_THE_FIELD.search(headed[0].written):
        return headed or coalition_by_theme(sentences, coalitions, text, former)
    themed = coalition_by_theme(sentences, coalitions, text, former)
    if themed is None or _OCCASION.search(themed[0].written):
        return headed  # not "Digiweek Tilburg", "Digitaal Contact Ede": an event, a course
    return themed


def _most_often(
    found: list[tuple[str, Sentence]], coalitions: dict[str, str]
) -> tuple[Name, Sentence] | None:
    """The name found most often, the first of equals, with the sentence it is first found in;
    a name that is the text's first line (its title) counts twice."""
    counts: dict[str, tuple[int, Sentence]] = {}
    for name, sentence in found:
        count, first = counts.get(name, (0, sentence))
        title = sentence.start == 0 and sentence.text.strip() == name
        counts[name] = (count + 1 + title, first)
    if not counts:
        return None
    name = max(counts, key=lambda n: (counts[n][0], -counts[n][1].start))
    return named(name, coalitions), counts[name][1]


_TOKEN = r"(?:'s-)?[A-ZÀ-Þ](?:[\w'’+\-]*[\w+\-])?!?"
_RUN = re.compile(
    rf"(?<![\w'’-]){_TOKEN}"
    rf"(?: (?:(?:en|van|voor|in de|aan de|op|&|rond(?:om)? (?:de|het|'t|’t)) )?{_TOKEN})*"
)  # "Digitaal Sterk rond 't Zwin"
_THEMED = re.compile(r"(?:Digi(?!D\b)|Digital)\w*", re.IGNORECASE)
_ONLINE = re.compile(r"(?i:samen online) [A-ZÀ-Þ]")  # "Samen Online Parkstad", not a site
# "Reeshof Online" nor a course "Veilig Online Bankieren"
_SOMEONE = frozenset(
    {"another", "one", "someone", "somebody", "everyone", "everybody", "anyone", "nobody"}
    | {"iemand", "iedereen", "niemand", "een ander", "elkaar", "allen", "velen", "sommigen"}
)
_ISSUE = re.compile(r"(?i:nieuwsbrief|nieuws|brief|bericht|verslag|blog|magazine|newsletter)$")
_NATIONAL = re.compile(r"\b(?:landelijke?|nationale?|national|Europese?|European)\s+(?:\w+\s+)?$")


def coalition_by_theme(
    sentences: list[Sentence], coalitions: dict[str, str], text: str, former: set[str]
) -> tuple[Name, Sentence] | None:
    """The coalition a text names by no head word but by its theme: the capitalised name of two
    words or more, or one CamelCase word, with a word on "Digi" or "Digital" ("DigiZaan",
    "Flevo Digitaal Thuis", "Digi-Maatjes Heuvelland"), or "Online" before a name ("Samen Online
    Parkstad", not a site "Reeshof Online") named most often, the first of equals;
    not an organisation's (a word of `ORG_HEADS`), DigiD, a national programme ("het
    landelijke Digitaal Hulpplein") or a former name (`former`)."""
    found: list[tuple[str, Sentence]] = []
    for sentence in sentences:
        if sentence.text.isupper():
            continue  # "EEMLAND DIGITAAL SAMEN – NEWSLETTER": a banner, read where written
        for match in _RUN.finditer(sentence.text):
            words = match.group().split()
            while words and words[0].lower() in _OPENERS:
                words = words[1:]  # "Het", "Bij", "Wat is ...": the sentence, not the name
            if len(words) > 2 and words[1] in ("van", "of") and _ISSUE.search(words[0]):
                words = words[2:]  # "Partnernieuwsbrief van X": X
            name = _exclaimed(" ".join(words).rstrip("."), text)
            themed = [w for w in words if _THEMED.match(w)] or _ONLINE.findall(" ".join(words))
            camel = len(words) == 1 and any(c.isupper() for c in name[1:])
            if not themed or (len(words) < 2 and not camel) or name in former:
                continue
            if any(w.lower() in ORG_HEADS for w in words) or _NATIONAL.search(
                sentence.text[: match.start()]
            ):
                continue
            if plausible_coalition(name, text):
                found.append((name, sentence))
    return _most_often(found, coalitions)


def _exclaimed(name: str, text: str) -> str:
    """A name without a final "!" that only ever ends a sentence ("aangesloten bij Digitaal
    Sterk Zaanstreek!"), with it where the text goes on after it ("Achterhoek Klikt!.")."""
    after = rf"(?<![\w'’-]){re.escape(name)}(?=[^\s]|\s+[a-zß-ÿ])"
    return name if not name.endswith("!") or re.search(after, text) else name[:-1]


_SENTENCE_OPENERS = frozenset({"Ook", "En", "Maar", "Daarnaast", "Verder", "Bovendien", "Also"})
_OPENERS = frozenset(
    {"de", "het", "the", "een", "a", "bij", "in", "uit", "wat", "what", "met", "with", "voor"}
    | {"van", "naar", "over", "about", "at", "to", "for", "from", "of", "by", "door", "en"}
    | {"and", "ook", "also", "sinds", "since", "nieuws", "news", "home", "welkom", "welcome"}
    | {"hoe", "how", "waarom", "why", "wanneer", "when", "waar", "where"}
    | {"today", "vandaag", "gisteren", "yesterday", "tomorrow", "morgen"}
    | {"joined", "joins", "joining", "signed", "became", "left", "leaves"}  # "- Joined X as"
)


_COALITION_SUBJECT = re.compile(
    r"^(?!(?:Wat|Wie|Waarom|Hoe|Waar|What|Who|Why|How|Where)\b)"  # "Wat LZP wil:", a heading
    r"(?P<subj>.+?)(?: (?:now|nu|inmiddels|daarmee|thereby|already|al))*"
    r" (?:telt|bestaat|wil|willen|streeft|heeft als doel|heeft tot doel"
    r"|groeit|groeide|grows|grew|krijgt er"
    r"|(?:started|startte|began|begon|was founded|was set up|werd opgericht|is opgericht)"
    r" (?:in \d{4}|op|als|as)"
    r"|(?:has|counts) (?:\w+ )?(?:partners|members)\b|wants|aims)\b"
)
_INVERTED = re.compile(r"(?:Met|Door|Na|Sinds|Vanaf|Per|Op|In|Daarmee|Nu|With|Since)\b")
_AND_COALITION = re.compile(
    r" (?:en|and|&) (?=(?:Alliantie|Coalitie|Netwerk|Platform|Pact|Alliance|Coalition|Network) )"
)
_IS_A = re.compile(
    r"^(?P<name>[^,;:]+?) (?:is|was) (?:a|an|een|de|het) (?:\w+ )?(?:coalition|coalitie|netwerk"
    r"|network|alliance|alliantie|samenwerkingsverband)\b"
)  # "Digitaal Thuis is a coalition of local organisations"
_CALLED = re.compile(
    r"(?P<name>[^,;:]+), (?:de|het|een|the|a) (?:\w+ )?(?:coalitie|netwerk|alliantie|"
    r"samenwerking\w*|coalition|network|alliance)\b(?!['’]s)"
)  # not "Zorggroep X, the coalition's eleventh partner"
_WELCOME_AT = re.compile(
    r"\b(?:bij|at|to) (?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+) .{0,60}?"
    r"\b(?:verwelkom\w*|welcom\w*)"
)  # "Vandaag mochten we bij Meer Digitaal Haarlemmermeer drie nieuwe partners verwelkomen"
_ROLE_OF = re.compile(
    r"\b(?:coördinator|coordinator|voorzitter|chair|trekker|kwartiermaker|programmamanager"
    r"|projectleider|penvoerder) (?:van|of) (?:de |het |the )?(?P<coal>[A-Z].+)"
)  # "Wilma Kiewiet, coördinator van Samen Online Zuidoost-Drenthe"
_PAPER_OF = re.compile(
    r"\b(?:convenant|samenwerkingsovereenkomst|overeenkomst|partnerovereenkomst|intentieverklaring"
    r"|manifest|charter|agreement|covenant) (?:van|of) (?:de |het |the )?(?P<coal>[A-Z].+)"
)  # "tekenden drie van onze leden de samenwerkingsovereenkomst van Digitaal Samen X"
_PARTNER_OF = re.compile(
    r"(?<!geen )(?<!géén )(?<!niet )\b(?:partner|lid|deelnemer) van (?P<coal>.+)"
    r"|\b(?:een|één|one) (?:van de|of the) (?:organisaties|partners|partijen|organisations) "
    r"(?:in|van|binnen|of|within) (?:de |het |the )?(?P<among>[A-Z].+)"
    rf"|{BEGUN_WITH}(?P<begun>[A-Z].+)"
)  # "X, een van de organisaties in Parkstad Digitaal Dichtbij", "zijn we begonnen met Y"


def coalition_elsewhere(
    sentences: list[Sentence], coalitions: dict[str, str], text: str, roles: bool = True
) -> tuple[Name, Sentence] | None:
    """The coalition named where the join does not name it ("sluit zich aan bij de coalitie"):
    the subject of a count or goal sentence, the "Y" of "partner van Y", or a name that an
    apposition calls a coalition ("trekker van DigiWijzer X, de regionale coalitie die ...");
    none that `plausible_coalition` rejects."""
    for sentence in (s for s in sentences if not IN_ANOTHER.search(s.text)):  # "daar bestaat
        for run in _runs_in(sentence, text):  # het Taalakkoord X, een ander netwerk": not it
            plausible = run and not bare_place(run) and plausible_coalition(run, text)
            counts = re.search(rf"{re.escape(run)} (?:\w+ )?(?:telt|counts|has)\b", sentence.text)
            kind = _of_a_kind(run) and not counts  # not "Taalhuis X telt nu 14 partners"
            if plausible and not _member_short(run, text) and not kind:
                return named(run, coalitions), sentence
        role = _ROLE_OF.search(sentence.text)  # "coördinator van Digitaal Fit X" first; of
        role = role if roles or (role and _THEMED.search(role["coal"])) else None  # another name
        match = _PARTNER_OF.search(sentence.text) or role or _PAPER_OF.search(sentence.text)
        if match:
            said = match.group("coal") or match.group("among") or match.group("begun")
            found = coalition_name(said, coalitions)
            if found is None:
                continue
            chair = match.re is _ROLE_OF and not found.known
            if chair and org_head(found.written.split()[0]):
                continue  # "voorzitter van Ondernemersvereniging X": a member's chair
            if plausible_coalition(found.written, text):
                return found, sentence
    return None


def _member_short(run: str, text: str) -> bool:
    """Whether a name is the short form of an organisation's the text writes with its kind:
    "Lindewaard wil ..." beside "Woonstichting Lindewaard", a member, not the coalition."""
    for match in re.finditer(rf"(\w+) {re.escape(run)}(?![\w'’-])", text):
        kind = match.group(1).lower()
        if org_head(kind) and not _GROUPS.search(kind) and kind not in _LEGAL_KINDS:
            return True
    return False


def _of_a_kind(run: str) -> bool:
    """Whether a name opens with a kind of organisation and has none of the coalition's words:
    "Wandelgroep De Lange Adem bestaat nu vier jaar" tells of a member, not the coalition; nor
    is a firm ("X B.V. was founded in 2020")."""
    return bool(LEGAL_FORM.search(run)) or (
        org_head(run.split(" ", 1)[0]) and not _THEME.search(run)
    )


_GROUPS = re.compile(r"(?:groep|group|raad|team|overleg|heid)$")  # "de stuurgroep X": its own
_LEGAL_KINDS = frozenset(kind.lower() for kind in LEGAL_KINDS)
# a coalition may be a foundation: "Stichting Digitaal Fit X"


def _unfronted(run: str, text: str) -> str:
    """A run without the preposition that opens its sentence, where the text also writes the
    rest alone: "Bij DigiTwente Samen, het netwerk ..." beside "DigiTwente Samen telt"; not
    "Bij Elkaar in 't Noorden", a name the text never writes without "Bij"."""
    first, _, rest = run.partition(" ")
    if first not in _FRONTING or not rest:
        return run
    alone = re.search(rf"(?<!{first} )(?<![\w'’-]){re.escape(rest)}(?![\w'’-])", text)
    return rest if alone else run


_WHERE = frozenset({"in", "uit", "te", "met", "bij", "op", "rond", "naar", "across", "from", "at"})
_FRONTING = frozenset({"Bij", "In", "Op", "Voor", "Tijdens", "Namens", "At", "For", "With"})


def _runs_in(sentence: Sentence, text: str) -> list[str]:
    """The runs a sentence may name the coalition by: an apposition's, a count's or goal's
    subject (or the name after the verb when the sentence opens with "Met de komst van")."""
    runs = []
    called = (
        _CALLED.search(sentence.text)
        or _IS_A.search(sentence.text)
        or _WELCOME_AT.search(sentence.text)
    )
    if called:  # "A (SBTA) en Alliantie X, het samenwerkingsverband ...": Alliantie X
        runs.append(_unfronted(_AND_COALITION.split(name_run(called["name"], True))[-1], text))
    match = _COALITION_SUBJECT.search(sentence.text)
    if match and _INVERTED.match(match.group("subj")):  # "Met de komst van X telt de Y ..."
        after = re.sub(r"^\s*(?:de|het|the)\s+", "", sentence.text[match.end() :])
        runs.append(re.sub(r"(?: \d+)+$", "", name_run(after, at_end=False)))  # "telt Y 14 ..."
    elif match and not ANAPHORA.match(match.group("subj").strip()):
        subject = match.group("subj")
        run = name_run(subject, True)
        national = run and _NATIONAL.search(subject[: subject.rfind(run)])  # "Het landelijke
        run = "" if national else run  # programma Digiwijzer 2030 wil ...": not the coalition
        where = subject[: subject.rfind(run)].split()[-1:] if run else []
        placed = where and where[0] in _WHERE  # "De zorggroep, met locaties in A en B, wil"
        public = run.split(" ", 1)[0].lower() in NAME_KINDS  # "De gemeente X wil ...", not
        runs.append("" if placed or public else run)  # "Taalhuis Emmen telt ..."
    return runs


def fullest(name: str, text: str) -> str:
    """The fullest form the text writes a coalition's name in, where a sentence gave it short
    ("DigiDoen telt nu veertien partners" in a text headed "DigiDoen Groningen"; "Netwerk
    DigiWiis Leeuwarden" for "DigiWiis"): the name an acronym stands for, else the name with
    the capitalised words, places joined by "en" and "e.o." that follow it on its line (three
    at most), and a head word before it."""
    spelled = spelled_out(text).get(name)  # "ADIW" of "Alliantie ... West-Friesland (ADIW)"
    if spelled and plausible_coalition(spelled, text):
        return spelled
    initials = initialled(text, {}).get(name) if name.isupper() else None  # "NDIA" of "het
    initials = None if initials and initials.startswith(LEGAL_KINDS) else initials  # Netwerk
    name = initials if initials and plausible_coalition(initials, text) else name
    best = name = _without_opening_head(name, text)  # Digitale Inclusie Almelo e.o."
    written = (
        re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text) if name in text else ()
    )
    for match in written:
        line = text[match.end() : match.end() + 80].split("\n")[0]
        tail = _TAIL.match(line)
        words = []
        for word in tail.group().split() if tail else []:
            words.append(word if word.lower() == "e.o." else word.rstrip("."))
            if word.endswith("."):
                break  # "e.o." ends the name; "Groningen." its sentence
        while words and (words[-1] in _LINKS or words[-1].lower() in ORG_HEADS):
            words.pop()
        run = " ".join([name, *words])
        line = text[: match.start()].rsplit("\n", 1)[-1]
        before = line.split()[-1:]
        if before and before[0] in _HEADS.split("|") and line.strip() != before[0]:
            run = f"{before[0]} {run}"  # not a line's first word: "Coalitie X verwelkomt ..."
        if len(run) > len(best) and plausible_coalition(run, text):
            best = run
    return best


_LINKS = frozenset({"en", "and", "&", "de", "het"})


def _without_opening_head(name: str, text: str) -> str:
    """A name without the head word it has only where it opens a line ("Coalitie Samen Digiwijs
    Foodvalley verwelkomt ...", a headline), when the text also writes it without one."""
    head, _, rest = name.partition(" ")
    if not re.fullmatch(_HEADS, head) or len(rest.split()) < 2:
        return name
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    opening = all(at == 0 or text[at - 1] == "\n" for at in starts)
    bare = re.search(rf"(?<!{head} ){re.escape(rest)}", text)
    return rest if opening and bare else name


_TAIL = re.compile(
    r"(?: (?:[Ee]\.o\.|['’]s-[A-Z][\w-]*|[A-Z][\w'’-]*|(?:en|and|&)(?= (?:de |het )?['’]?[A-Z])"
    r"|(?:(?<=en )|(?<=& ))(?:de|het)(?= [A-Z]))){1,4}"  # "Walcheren & de Bevelanden"
)
