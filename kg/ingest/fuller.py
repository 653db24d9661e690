"""The fuller names a text gives for a short one: "Digital Neighbours" is "Stichting Digital
Neighbours" in a text signed with the latter, "OVBT" is "Ondernemersvereniging Venlo-Blerick &
Tegelen" where the text writes "(OVBT)" after it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

from kg.ingest.gazetteer import bare_place
from kg.ingest.lines import capital
from kg.ingest.results import Join
from kg.ingest.sentences import MAX_TEXT
from kg.ingest.words import org_head

__all__ = [
    "brand_in_full",
    "extended",
    "fuller_names",
    "in_full",
    "initials_before",
    "joins_in_full",
    "kind_before",
    "legal_forms",
    "listed_in_full",
    "spelled_out",
]


@lru_cache(maxsize=8)
def fuller_names(text: str) -> dict[str, str]:
    """The three kinds of fuller name, by the short one."""
    spelled = spelled_out(text)
    return kind_before(text) | legal_forms(text) | initialled(text, spelled) | spelled


def kind_before(text: str) -> dict[str, str]:
    """The names with an article that the text also writes after a word of their kind, by the
    name with and without its article: "De Wissel" -> "Buurthuis De Wissel"; and a one-word
    name (or two words) the text writes after its kind one way only ("Hunzeborg" ->
    "Woonstichting Hunzeborg", "Twentse Esch" -> "Woningstichting Twentse Esch"), not a
    municipality's place nor a brand that names itself ("VeenStroom").

    >>> kind_before("Buurthuis De Wissel · Geopend ma t/m vr")["Wissel"]
    'Buurthuis De Wissel'
    """
    found: dict[str, str] = {}
    for match in _KIND_BEFORE.finditer(text):
        if org_head(match.group("kind")):
            name = match.group("name")
            full = f"{match.group('kind')} {name}"
            found.setdefault(name, full)
            found.setdefault(name.split(" ", 1)[1], full)
    kinds: dict[str, set[str]] = {}
    for match in _KIND_ONE.finditer(text):  # "Woonstichting Hunzeborg", then "Hunzeborg is ..."
        kind, one = match.group("kind"), match.group("one")
        brand = any(c.isupper() for word in one.split() for c in word[1:])  # "VeenStroom"
        public = kind.lower() in ("gemeente", "provincie") or bool(bare_place(one))
        if org_head(kind) and not brand and not public:
            kinds.setdefault(one, set()).add(f"{kind} {one}")
    found |= {one: fulls.pop() for one, fulls in kinds.items() if len(fulls) == 1}
    return found


_KIND_ONE = re.compile(
    r"\b(?P<kind>[A-Z][a-zà-ÿ]+) (?P<one>[A-Z][\w'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?)(?![\w'’-]| [A-Z0-9])"
)  # "Woonstichting Hunzeborg", "Woningstichting Twentse Esch"


_KIND_BEFORE = re.compile(
    r"\b(?P<kind>[A-Z][a-zà-ÿ]+) (?P<name>(?:De|Het|'t|’t) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b"
)


@lru_cache(maxsize=8)
def initials_before(text: str) -> dict[str, str]:
    """The names the text writes with their kind's initials, by the short one: "OSG Veldzicht"
    -> "Openbare Scholengemeenschap Veldzicht" where the text writes both.

    >>> initials_before("OSG Veldzicht. Als Openbare Scholengemeenschap Veldzicht doen we mee.")
    {'OSG Veldzicht': 'Openbare Scholengemeenschap Veldzicht'}
    """
    found: dict[str, str] = {}
    for match in _INITIALS_NAME.finditer(text):
        letters, rest = match.group("letters"), match.group("rest")
        for full in re.finditer(rf"\b((?:[A-Z][\w-]+ ){{1,4}}){re.escape(rest)}\b", text):
            kind = full.group(1).split()  # "Openbare Scholengemeenschap": O, S(cholen)G(...)
            while kind and kind[0][0] != letters[0]:
                kind = kind[1:]  # "Als Openbare ...": from the word of the first letter
            initials = "".join(word[0] for word in kind)
            spelled = (
                kind and _in_order(initials, letters) and _in_order(letters, "".join(kind).upper())
            )
            if spelled and not any(word.isupper() for word in kind):
                found.setdefault(match.group(), f"{' '.join(kind)} {rest}")
                break
    return found


_INITIALS_NAME = re.compile(r"\b(?P<letters>[A-Z]{2,4}) (?P<rest>[A-Z][a-zà-ÿ'’-]+)\b")


@lru_cache(maxsize=8)
def legal_forms(text: str) -> dict[str, str]:
    """The names the text writes after a legal form, by the words that follow it (one pass):
    "Digital Neighbours" -> "Stichting Digital Neighbours" in a text signed with the latter.

    >>> legal_forms("Stichting Digital Neighbours, Almere")["Digital Neighbours"]
    'Stichting Digital Neighbours'
    """
    found: dict[str, str] = {}
    for match in _LEGAL_FORM.finditer(text):
        words = match.group("words").split()
        for end in range(1, len(words) + 1):
            if end < len(words) and capital(words[end]):
                continue  # not "Stichting Buurtkracht" of "Stichting Buurtkracht Leusden"
            name = " ".join(words[:end]).rstrip(",.;:")
            found.setdefault(name, f"{match.group('form')} {name}")
    return found


_LEGAL_FORM = re.compile(
    r"\b(?P<form>Stichting|Vereniging|Coöperatie) (?P<words>(?:[^\s,.;:]+ ?){1,6})"
)


def initialled(text: str, spelled: dict[str, str]) -> dict[str, str]:
    """The names of the acronyms the text writes without spelling them out in brackets, where
    one run of capitalised words elsewhere has exactly their letters as its initials: "VPVT" ->
    "Vereniging Particuliere Verhuurders Twente" (the masthead's), not where two runs do.

    >>> initialled("Vereniging Particuliere Verhuurders Twente · 2026. De VPVT doet mee.", {})
    {'VPVT': 'Vereniging Particuliere Verhuurders Twente'}
    """
    found: dict[str, str] = {}
    for acronym in set(_BARE_ACRONYM.findall(text)) - spelled.keys():
        runs = {
            run.group()
            for run in _CAPITALISED_RUN.finditer(text)
            if "".join(w[0] for w in run.group().split() if w[0].isupper()) == acronym
        }
        if len(runs) == 1:
            found[acronym] = runs.pop()
    return found


_BARE_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-zà-ÿ'’-]+(?: (?:van |voor |de |en |op )*[A-Z][\w'’-]*)+"
)  # "Vereniging Particuliere Verhuurders Twente", "Stichting Welzijn van de Veenkoloniën"


def spelled_out(text: str) -> dict[str, str]:
    """The names the text spells out before an acronym in brackets, by the acronym: "OVBT" ->
    "Ondernemersvereniging Venlo-Blerick & Tegelen" where the text writes the latter with
    "(OVBT)" after it; only where the name's capitals are the acronym's letters, in order, and
    every letter of the acronym is the name's, in order ("Huisartsencoöperatie Maasland (HCM)").

    >>> spelled_out("Welzijn Venray-Oostrum (WVO) doet mee.")
    {'WVO': 'Welzijn Venray-Oostrum'}
    >>> spelled_out("Toeristisch Informatiepunt Heuvelland (TIP Heuvelland) doet mee.")
    {'TIP Heuvelland': 'Toeristisch Informatiepunt Heuvelland'}
    >>> spelled_out("Stichting Katholiek en Openbaar Onderwijs Noordoost-Twente (KOON) tekent.")
    {'KOON': 'Katholiek en Openbaar Onderwijs Noordoost-Twente'}
    """
    found: dict[str, str] = {}
    for bracket in _ACRONYM.finditer(text):  # the bracket first, then the name before it
        match = _SPELLED.search(text, max(0, bracket.start() - 120), bracket.start())
        if match is None:
            continue
        words = match.group("name").split()
        acronym, rest = bracket.group("acronym"), bracket.group("rest")  # "Toeristisch
        if not match.group("name").endswith(rest):  # Informatiepunt Heuvelland (TIP
            continue  # Heuvelland)": the acronym and the name's last words
        for start in range(len(words)):  # the shortest run whose capitals give the acronym
            if not words[start][:1].isupper():
                continue  # "van de Vereniging X (VX)": the name starts at a capital
            name = " ".join(words[start:])
            if not name.endswith(rest):
                break  # shorter than the words the bracket repeats
            capitals = "".join(c for c in name[: len(name) - len(rest)] if c.isupper())
            letters = acronym.upper()
            inside = _in_order(letters, name.upper())  # "Huisartsencoöperatie Maasland (HCM)"
            initials = "".join(w[0] for w in name.split() if w[0].isupper())
            spelled = _in_order(capitals, letters) or (  # "Onderwijs Noordoost-Twente (KOON)":
                not name.isupper() and _in_order(initials, letters)  # N, not N and T; not a
            )  # banner in capitals
            spelled = spelled or (
                initials.startswith(letters) and len(initials) == len(letters) + 1
            )
            # "Parochiële Caritas Instelling Sint-Willibrordus (PCI)": its patron's name unsaid
            small = not acronym.isupper() and _in_order(
                acronym, "".join(w[0] for w in name.split())
            )
            spelled = spelled or small  # "Taalmaatjes in de Moskee Lekstroom (TiM)": "in" too
            if capitals[:1] == acronym[0] and inside and spelled:
                found.setdefault(acronym + rest, name)
                before, place, _ = name.partition(" in ")
                if place and len(acronym) == len(name.split()):  # "STiD": "in" is the name's
                    found.setdefault(before, name)
    return found


def _in_order(letters: str, capitals: str) -> bool:
    rest = iter(capitals)
    return all(letter in rest for letter in letters if letter.isalpha())


_ACRONYM = re.compile(r" \((?P<acronym>[A-Z][A-Za-z0-9&-]{1,9})(?P<rest>(?: [A-Z][\w'’-]+){0,2})\)")
_SPELLED = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-ZÀ-Þ][\w'’.-]*"
    r"(?: (?:&|en|van|de|der|den|voor|aan|op|in|[A-ZÀ-Þ][\w'’.-]*)){0,7})$"
)


def brand_in_full(name: str, text: str) -> str:
    """A one-word brand as the text writes it in full elsewhere, the same every time ("de
    vrijwilligers van PC-Maatjes" beside "PC-Maatjes IJsseldelta"), with the legal form it is
    written with ("Stichting JobKompas Drechtsteden"); else the name itself. The counterpart of
    `kind_before`, which leaves brands alone.

    >>> brand_in_full("PC-Maatjes", "Vrijwilligers van PC-Maatjes IJsseldelta helpen.")
    'PC-Maatjes IJsseldelta'
    """
    if org_head(name) or not any(c.isupper() for c in name[1:]):
        return name  # a word or a place, not a brand ("PC-Maatjes", "KlikMaatje")
    longer = set(re.findall(rf"(?<![\w-]){re.escape(name)} [A-Z][\w'’-]+(?![\w-])", text))
    full = longer.pop() if len(longer) == 1 else name
    return legal_forms(text).get(full, full)


def joins_in_full(
    joins: list[Join], listed: list[str], text: str, denied: Collection[str] = ()
) -> list[Join]:
    """The joins with each joiner named as the list writes it in full (`listed_in_full`), less
    those whose sentence names them short and the text says elsewhere in full are no partner
    (the headline's "Reisbureaus stappen in" read as "Vereniging X Reisbureaus", which "is zelf
    geen partner"): the reader's completion, which the text denies."""
    named = ((j, listed_in_full(j.org.value, listed, text)) for j in joins)
    joins = [replace(j, org=replace(j.org, value=value)) for j, value in named]
    joins = [
        j for j in joins if j.org.value not in denied or j.org.written in j.org.evidence.sentence
    ]
    now = [j.org.value for j in joins if not j.future]  # "Netwerk Taalmaatjes", cut off
    # "Netwerk Taalmaatjes in de Moskee Lekstroom" that its acronym named in full: one joiner
    return [j for j in joins if j.future or not any(v.startswith(f"{j.org.value} ") for v in now)]


def listed_in_full(name: str, listed: list[str], text: str = "") -> str:
    """The one name of a list that writes `name` with more words after or before it, the joiner
    the release names short ("Stemmersgilde sluit aan" over a table's "Stemmersgilde
    Noord-Limburg", "Getij" over "Vervoerder Getij"); else the name itself, also where `text`
    writes it as a line of its own.

    >>> listed_in_full("Stemmersgilde", ["Stemmersgilde Noord-Limburg", "Bibliotheek Venlo"])
    'Stemmersgilde Noord-Limburg'
    """
    if name in listed or re.search(rf"(?m)^[-•*\s]*{re.escape(name)}\s*$", text):
        return name  # a line of its own: "Humanitas Venlo" over "Humanitas Venlo Thuishulp"
    longer = {n for n in listed if n.startswith(f"{name} ") and _TAIL.fullmatch(n[len(name) :])}
    if not bare_place(name):  # "Getij" of "Vervoerder Getij"; not "Ede" of "Taalcafé Ede"
        longer |= {n for n in listed if n.endswith(f" {name}") and _HEAD.fullmatch(n[: -len(name)])}
    return longer.pop() if len(longer) == 1 else name


_HEAD = re.compile(
    r"(?:(?!\S*(?i:lid|leden|member|partner|sponsor|koepel|moeder)\b)[A-Z][\w'’-]* ){1,3}"
)  # "Zeeuwse Streekvervoer Maatschappij " of "Getij"; not "ZOK-lid " of "Webwerf", its member
_TAIL = re.compile(r"(?: [A-Z][a-zß-ÿ'’]+(?:-[A-Z]?[a-zß-ÿ'’]+)*){1,2}")  # " Noord-Limburg";
# not " in Ens", " NIEUW", " en Y"


def in_full(written: str, value: str, text: str) -> str:
    """A joiner's name as the text writes it in full: an acronym spelled out ("de VPVT"), a
    name with the kind, place or legal form the text writes with it elsewhere (`extended`),
    without a day the sentence opened with ("Tuesday, X became a partner")."""
    value = _WHEN_BEFORE.sub("", value)  # "Tuesday, Maasheuvel Hospital": the day is no name
    return fuller_names(text).get(written, value) if written.isupper() else extended(value, text)


_WHEN_BEFORE = re.compile(
    r"^(?:(?:On|Last|This|Op|Afgelopen) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Today|Yesterday"
    r"|Vandaag|Gisteren),\s+(?=[A-Z])"
)


def extended(name: str, text: str) -> str:
    """The one longer form the text writes of a name: with words of its kind before it, and a
    place or a legal form after it ("Anadolu" -> "Stichting Buurthuis Anadolu", "Zonnewiel" ->
    "Energiecoöperatie Zonnewiel Zeewolde", "Bitwerk" -> "Bitwerk Twente B.V."; a brand in
    CamelCase without the kind: "VeenStroom"); the name itself where the text writes no such
    form, or two.

    >>> extended("Zonnewiel", "Energiecoöperatie Zonnewiel Zeewolde tekent. Zonnewiel is nr 8.")
    'Energiecoöperatie Zonnewiel Zeewolde'
    >>> extended("Zonnewiel", "Vrienden van Zonnewiel helpen mee. Zonnewiel is nr 8.")
    'Zonnewiel'
    """
    place = bare_place(name) is not None  # "Opsterland sluit aan" may be the municipality, not
    forms: set[str] = set()  # "Vrijwilligerscentrale Opsterland"
    at = text.find(name, 0, MAX_TEXT)
    while at >= 0:
        start, end = at, at + len(name)
        at = text.find(name, end, MAX_TEXT)
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
            continue  # "Zonnewiel" in "Zonnewielen"
        kinds = _KINDS_BEFORE.search(text, max(0, start - 80), start)
        before = kinds.group().split() if kinds else []
        initials = before[-1:] if before and _INITIALS.fullmatch(before[-1]) else []
        while before and not org_head(before[0]):
            before.pop(0)  # "Vandaag tekent Stichting X": from the first word of a kind
        before = before or initials  # "RKSV Nieuwenhagen Boys", "OSG X": its kind's initials
        if not all(org_head(w) or w in initials for w in before) or any(
            map(_RELATION.match, before)
        ):
            continue  # "Basisschool Het Kompas Assen", "Moederorganisatie X": another's name
        ahead = text[max(0, start - 40) : start - len(" ".join([*before, ""]))]
        if _AT_OR_OF.search(ahead) and before != initials:
            continue  # "in Wijkcentrum X", "onderdeel van X Groep B.V.": a venue, a parent
        if place and [w.lower() for w in before] not in (["gemeente"], ["provincie"]):
            continue
        if _CAMEL.search(name):
            before = []  # "VeenStroom" names itself, not "Energiecoöperatie VeenStroom"
        after = []
        for word in _WORDS_AFTER.match(text, end).group().split():  # type: ignore[union-attr]
            ends = word.endswith(".") and not _ENDS.fullmatch(word)
            after.append(word.rstrip(".") if ends else word)
            if ends:
                break  # the sentence ends
        words = list(after)
        while after and not _legal_or_place(" ".join(after)):
            after.pop()  # "X Zeewolde tekent": the place, not the verb
        if len(words) > len(after) and words[len(after)][:1].isupper():
            continue  # "Rabobank Buurtkracht Fonds": the name goes on, into another's
        if after and not before and not _ENDS.fullmatch(" ".join(after)):
            after = []  # "Buurtkracht Emmen": a branch elsewhere, without a kind or a legal form
        form = " ".join([*before, name, *after])
        if form != name:
            forms.add(form)
        if len(forms) > 2:
            break  # two forms are one too many
    longest = {f for f in forms if not any(f != g and f in g for g in forms)}
    return longest.pop() if len(longest) == 1 else name


def _legal_or_place(words: str) -> bool:
    """A legal form, with a word before it or not, or a place: "Twente B.V.", "Zeewolde"; not
    a holding's or a group's ("Bitwerk Holding B.V.")."""
    return bool(_ENDS.fullmatch(words) and not _RELATION.match(words)) or bool(bare_place(words))


_CAPITAL = "A-ZÀ-ÞĀ-Ž"
_RELATION = re.compile(
    r"(?i)(?:koepel|moeder|zuster|partner|dochter|sponsor|holding|groep|group|beheer)"
)  # an umbrella, a parent, a sister, a sponsor: another organisation than the joiner
_AT_OR_OF = re.compile(
    r"\b(?:in|bij|van|door|met|naar|uit|op|at|of|from|with|by|onderdeel|dochter|part)\s+$",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"[a-z][A-Z]")
_INITIALS = re.compile(r"[A-Z]{2,5}")
_KINDS_BEFORE = re.compile(rf"(?<![\w'’-])(?:[{_CAPITAL}][\w'’-]* ){{1,3}}$")
_WORDS_AFTER = re.compile(r"(?: [^\s,;:()]+){0,3}")
_ENDS = re.compile(
    r"(?:(?:[A-Z][\w'’-]*(?:-[A-Z][\w'’-]*)*) )?(?:B\.V\.|N\.V\.|U\.A\.|V\.O\.F\.)"
)  # "Twente B.V.", "U.A."
