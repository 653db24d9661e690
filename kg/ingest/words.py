"""Word classes of the reader: kinds of organisations, sector headings, words that point back.

Data to extend, like the `phrases` tables: `ORG_HEADS` (words that open an organisation's name),
`NAME_KINDS` and `DESCRIPTOR` (lowercase kinds before a name), `DOTTED_END` ("B.V."),
`HEADINGS` (sector headings over list lines) and `ANAPHORA` (a subject that points back).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.sentences import UPPER

__all__ = [
    "ANAPHORA",
    "ANOTHER_COALITION",
    "APPOSED",
    "APPOSED_AFTER",
    "BEGUN_WITH",
    "BRANCH_OF",
    "COMING_IN",
    "CONTEST",
    "COUNTED",
    "COUNT_BEFORE",
    "COUNT_ONLY",
    "DESCRIBED",
    "DESCRIPTOR",
    "DOTTED_END",
    "FROM_PLACES",
    "FUNCTION_WORD",
    "GIVES",
    "HEADINGS",
    "IN_ANOTHER",
    "KIND_OF_BUSINESS",
    "LEGAL_FORM",
    "LEGAL_KINDS",
    "LISTED_AMONG",
    "NAMES_A_KIND",
    "NAME_KINDS",
    "NOT_MEMBERS",
    "NO_MEMBERS",
    "ON_BEHALF",
    "OPENERS",
    "ORG_HEADS",
    "PLURAL_VERBS",
    "RELATIVE_BEFORE_AND",
    "ROLES",
    "ROLE_BEFORE",
    "SEVERAL",
    "TITLE",
    "UNITS",
    "WHERE",
    "WHERE_NOT_WHO",
    "common_noun",
    "org_head",
]

NAME_KINDS = {"gemeente": "Gemeente", "provincie": "Provincie"}
"""Lowercase kinds that belong to the name they precede ("de gemeente Ede": Gemeente Ede)."""

LEGAL_KINDS = ("Stichting", "Vereniging", "Coöperatie", "Foundation", "Association")
"""The legal kinds that open a name and may be left out of it: "Stichting X" is "X"."""

LEGAL_FORM = re.compile(r",? (?:B\.?V|N\.?V|U\.?A|V\.?O\.?F)\.?$")
"""A legal form after a name, which names the same organisation written or not: "X B.V."."""

DOTTED_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$|(?<= )(?:Co|Zn|Inc|Ltd)\.$")
"""A name's closing abbreviation, whose last period is the name's ("B.V.", "N.V.", "U.A.")."""

KIND_OF_BUSINESS = (  # the word before a name that says its kind of business
    r"[\w\-]*(?:bureau|bedrijf|kantoor|firma|dienstverlener|leverancier|verzekeraar|winkel"
    r"|organisatie|corporatie|aanbieder|vervoerder|firm|company|association|provider)"
)
DESCRIPTOR = re.compile(rf"(?i)^{KIND_OF_BUSINESS}$")
"""A word before a name that says what kind of business it is, not part of the name:
"Adviesbureau Kern & Kader", "ICT-bedrijf Basicly", "Welzijnsorganisatie Porthos" (unlike
`ORG_HEADS` such as "Stichting", which the names keep)."""
DESCRIBED = re.compile(
    rf"(?:(?:de|het|the|een|an?) )?(?:[\w-]+e )?(?:[a-zß-ÿ]|[A-Z]{{2,4}}-){KIND_OF_BUSINESS} [A-Z]"
)
"""A lowercase word for the kind of business before a name, perhaps after an adjective:
"ict-dienstverlener Van Hecke", "het Hengelose ICT-bedrijf Kuipers"."""

ORG_HEADS = frozenset(
    [
        "stichting",
        "gemeente",
        "provincie",
        "bibliotheek",
        "bieb",  # "De Bieb aan de Vecht houdt ... een spreekuur"
        "hogeschool",
        "universiteit",
        "college",
        "roc",
        "mbo",
        "ziekenhuis",
        "zorggroep",
        "thuiszorg",
        "woonstichting",
        "woningcorporatie",
        "bank",
        "rabobank",
        "vereniging",
        "museum",
        "academie",
        "academy",
        "university",
        "school",
        "welzijn",
        "omroep",
        "omrop",
        "coöperatie",
        "bedrijf",
        "bibleteek",  # Frisian: "Bibleteek De Marren", "Stifting Welzyn", "Feriening X"
        "stifting",
        "feriening",
        "scouting",
        "hospice",
        "moskee",
        "vakbond",
        "parochie",
        "tuincentrum",
        "waterschap",
        "hoogheemraadschap",
        "kringloop",  # "Kringloop De Tweede Ronde"
        "podium",  # "Podium De Koempel"
        "theater",
    ]
)
"""Words that open an organisation's name: where "A en B en C" is cut in two, the cut before
such a word is preferred ("Stichting Welzijn en Zorg Velsen en Hogeschool Inholland")."""

_HEAD_ENDINGS = (
    "groep",
    "stichting",
    "vereniging",
    "bibliotheek",
    "coöperatie",
    "corporatie",
    "organisatie",
    "centrum",
    "school",
    "club",
    "bond",
    "praktijk",
    "college",
    "huis",
    "kring",  # "Welzijnskring X", "Huisartsenkring Y"
    "kantoor",  # "Notariskantoor X", "Administratiekantoor Y"
    "gezelschap",  # "Theatergezelschap X"
    "winkel",  # "Kringloopwinkel X", "Wereldwinkel Y"
    "centrale",  # "Vrijwilligerscentrale X"
    "boerderij",  # "Zorgboerderij X", "Kaasboerderij Y"
    "dienst",  # "Vervoersdienst X", "Thuiszorgdienst Y"
)


def compound_head(word: str) -> bool:
    """Whether a word is a compound that ends in a head word ("Vakschool", "Welzijnsstichting"):
    it opens a name of its own and is rarely the last word of another's."""
    lower = word.lower()
    return any(lower.endswith(end) and len(lower) > len(end) + 2 for end in _HEAD_ENDINGS)


def org_head(word: str) -> bool:
    """Whether a word opens an organisation's name: one of `ORG_HEADS`, or a compound that ends
    in one of their kind ("Huisartsengroep", "Welzijnsstichting", "Computerclub")."""
    return word.lower() in ORG_HEADS or compound_head(word)


HEADINGS = frozenset(
    [
        "overheid",
        "overheden",
        "gemeenten",
        "gemeente",
        "provincie",
        "lokale",
        "landelijke",
        "publieke",
        "sector",
        "sectoren",
        "onderwijs",
        "onderwijsinstellingen",
        "kennisinstellingen",
        "wetenschap",
        "onderzoek",
        "mbo",
        "hbo",
        "zorg",
        "welzijn",
        "zorginstellingen",
        "gezondheidszorg",
        "sociaal",
        "domein",
        "maatschappelijke",
        "wonen",
        "woningcorporaties",
        "huisvesting",
        "bibliotheek",
        "bibliotheken",
        "cultuur",
        "kunst",
        "media",
        "bedrijfsleven",
        "bedrijven",
        "ondernemers",
        "ondernemingen",
        "ict",
        "financiële",
        "dienstverlening",
        "vrijwilligers",
        "vrijwilligersorganisaties",
        "nieuw",  # "Nieuw (1 mei) .... X": the newest partners
        "new",
        "organisaties",
        "partners",
        "partijen",
        "overig",
        "overige",
        "government",
        "education",
        "research",
        "healthcare",
        "health",
        "care",
        "welfare",
        "housing",
        "libraries",
        "library",
        "culture",
        "business",
        "businesses",
        "companies",
        "other",
        "organisations",
        "organizations",
        "local",
        "learning",
        "volunteers",
        "municipalities",
        "public",
        "social",
        "community",
    ]
)
"""The words of a heading over list items ("Zorg en welzijn", "Overige partners"): a line of
these words only (with "en", "de") is a heading, not an organisation's name."""

ANAPHORA = re.compile(
    rf"^['‘\"“]?(?:\d+/\d+ )?"  # "3/6 Zij sluiten aan": a thread's post number
    rf"(?:(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]it|[Zz]ij|[Hh]ij|[Zz]e|[Tt]he(?! Hague)) "
    rf"(?:[a-z]\w*|[{UPPER}]\w*)"
    r"|(?i:beide|beiden|allebei|zij|ze|wij|we|hij|both|they|we|it|each))$"
)
"""A subject that points back ("De stichting", "Het Huis", "Beide", "'We"), not a new
organisation."""

PLURAL_VERBS = frozenset(
    {"sluiten", "sloten", "treden", "traden", "worden", "zijn", "voegen", "hebben", "toetreden"}
    | {"toetraden", "tekenen", "tekenden", "ondertekenen", "ondertekenden", "versterken"}
    | {"zetten", "maken", "volgden", "doen", "deden", "komen", "kwamen", "schuiven", "schoven"}
    | {"aansluiten", "aansloten", "aanschuiven", "aanschoven", "bijkomen", "bijkwamen", "aanhaken"}
    | {"haken", "haakten", "aanhaakten", "nemen", "namen", "stappen", "stapten", "gingen", "volgen"}
    | {"bekrachtigden", "bevestigden", "formaliseerden", "horen", "hoorden"}
    | {"are", "have", "werden", "draaien", "varen"}
)
"""Verb forms that say the subject is more than one organisation ("A en B sluiten ...")."""


_HOW_MANY = (
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d{1,2}|tw[eé][eé]|dri[eé]|enkele|several)"
)
_FROM = r"(?:uit|from|in) [^,;:]+"  # "(Vijf organisaties) uit het Gooi"
COUNT_ONLY = re.compile(
    rf"^(?:(?i:de|het|the|onze|our) )?(?:{_HOW_MANY}(?: [\w-]+){{1,3}}(?: {_FROM})?"
    rf"|(?i:{_HOW_MANY})(?: [\w-]+){{1,3}} {_FROM})$"
)
"""A subject that says how many joined, not who: "drie OVRF-leden", "Two organisations", "Vijf
organisaties uit het Gooi"."""
SEVERAL = re.compile(
    rf"\b{_HOW_MANY}\s+(?:\w+\s+)?(?:organisaties|partners|organisations|members|partijen)\b"
)
COUNTED = re.compile(
    r"\b(?:partners?|partij(?:en)?|organisaties|organisations|organizations|leden|members"
    r"|deelnemers|ondertekenaars|signatories)\b",
    re.IGNORECASE,
)
"""What a count counts, when it says so: "14 partners", "elf organisaties", "negen leden"."""
COMING_IN = re.compile(rf"\b(?:komen|kwamen) er (?:\w+ )?(?P<n>{_HOW_MANY}) bij\b")
"""A number of joiners without a noun, after a count: "(Tot vanochtend waren jullie met z'n
zestienen.) En vandaag komen er vier bij"."""
"""A number of joiners: "Per 1 september zijn er drie organisaties bij X gekomen"."""
COUNT_BEFORE = re.compile(rf"\b{_HOW_MANY} $")
"""A number just before a name's place: "zijn drie " before "OVRF-leden toegetreden"."""
BODY_WORDS = (
    r"coalitie|netwerk|alliantie|pact|platform|samenwerkingsverband|coalition|network|alliance"
    r"|partnership"
)
"""What a partnership's body is called, for a pattern: "de coalitie", "that network"."""

ROLES = re.compile(
    r"\b(?:mede|co-)?(?:president|director|\w*directeur|\w*directrice|wethouder|\w*voorzitter|\w*bestuurder|"
    r"burgemeester|ceo|cto|cfo|coo|alderman|mayor|chair(?:person|man|woman)?|gedeputeerde|lector|\w*coördinator|coordinator|"
    r"\w*manager|beheerder|"
    r"eigenaar|owner|projectleider|teamleider|bestuurslid|secretaris|penningmeester|professor|"
    r"dean|rector|founder|oprichter|kwartiermaker|adviseur|medewerker|consultant|treasurer"
    r"|secretary|coach|trainer|trainster|eigenaren|owners|voorzitters|directeuren|directors"
    r"|bestuurders|oprichters|founders)\b",
    re.IGNORECASE,
)
"""Words for a person's role ("wethouder", "chair"): a name after one is a person's."""

ROLE_BEFORE = re.compile(
    r"\b(?:voorzitter|directeur|wethouder|burgemeester|bestuurder|coördinator|chair|director"
    r"|mayor|alderman|CEO|manager)\s+$"
)
"""A role just before a name: "tekende voorzitter " + "Jan de Vries", a person who signs."""
ON_BEHALF = re.compile(r"\b(?:namens|on behalf of)\b")
"""Who a person signs for: "wethouder X namens de gemeente Y"."""
WHERE = re.compile(
    r" (?:in|op|bij|tijdens|at|during) (?!(?:de|het|the) (?![A-Z]\w*(?:centrum|huis|zaal|theater"
    r"|kerk|school|hal|gebouw)\b)(?:[A-Z][\w'’-]*(?: |$))+$)"
    r"(?:(?:het|de|een|the|a) )?(?=[a-zß-ÿ])"
)
"""Where names stand, after them: "A en B" + " in het gemeentehuis", "X" + " in de Bossche wijk
De Muntel", " in het Wijkcentrum De Kruiskamp"; not "Samen in de Wijk", where only capitalised
words follow to the end, not a building's."""
BEGUN_WITH = (
    r"\b(?:zijn (?:we|wij)|(?:We|Wij|we|wij) zijn) (?:[\w-]+ ){0,4}?(?:begonnen|gestart) met "
)
"""How the text's own voice says it began the coalition: "Daarom zijn we twee jaar geleden
begonnen met " + "X" (the coalition, and a paragraph that names who did it)."""
PEOPLE_OF = (
    r"(?:[a-zß-ÿ]+e )?"  # "de geweldige vrijwilligers van", "de trouwe mannen van"
    r"(?:[a-zß-ÿ]*(?:vrijwilligers|werkers|kundigen|mensen|coaches|docenten|leerlingen|studenten)"
    r"|mannen|vrouwen|jongens|meiden|dames|heren|volunteers|staff|students|people|men|women|guys"
    r"|boys|girls|folks) (?:van|of|from|bij) (?:de |het |the )?"
)
"""The people of an organisation, before its name: "de vrijwilligers van " + "DigiBuddy"."""
PEOPLE_LEAD = re.compile(rf"(?i:(?:de |het |the )?{PEOPLE_OF})(?=[{UPPER}])")
"""`PEOPLE_OF` where a name opens ("Studenten van " + "ROC X", "Vrijwilligers van " + "X"): to
match at the start of a name, or to strip there."""
WHERE_NOT_WHO = re.compile(r"\b(?:de|het|deze|dit|the) [a-zß-ÿ-]+ (?:in|uit|te|from) $")
"""What comes before a place, not a subject: "is het gezondheidscentrum in " + "Doorn"."""
BRANCH_OF = re.compile(
    r"^(?:(?:[Hh]et|[Dd]e|[Tt]he|[Oo]ns|[Oo]nze|[Oo]ur) )?(?:[a-z]+)?(?:kantoor|vestiging|filiaal"
    r"|locatie|branch|office)(?: [A-Z][\w'’-]*)+ (?:van|of) (?=[A-Z])"
)
"""A branch before the organisation it is part of, the member: "Het kantoor Winterswijk van " +
"Bank X", "The Leiden office of " + "Firm Y"."""

UNITS = re.compile(
    r"(?:(?:[Oo]ok|[Aa]lso|[Ee]n) )?(?:(?:de|het|the|onze|our) )?(?:opleidingen|opleiding"
    r"|afdelingen|afdeling|teams?|studenten|leerlingen|vestigingen|locaties|courses?"
    r"|departments?|programmes?) [A-Z]"
)
"""A subject that is part of an organisation: "(Ook) de opleidingen ICT en Zorg (doen mee)"."""

OPENERS = frozenset(
    {"de", "het", "een", "the", "en", "maar", "dan", "dit", "deze", "ook", "nu", "vandaag"}
    | {"inmiddels", "eerder", "tegelijk", "daarom", "daarmee", "daarnaast", "hiermee", "zo"}
    | {"bovendien", "tevens", "eveneens", "verder", "sinds", "since", "vanaf", "per", "met"}
    | {"omdat", "doordat", "nadat", "zodra", "toen", "wanneer", "because", "after", "once"}
)
"""Words that open a sentence before the name it is about ("Ook Stichting X sluit aan",
"Sinds maandag is X partner"), never the first word of a name of its own."""

FROM_PLACES = re.compile(
    r"\b(?:organi[sz]ations|organisaties|partijen|clubs|verenigingen|bedrijven|groups|groepen"
    r"|companies|partners|leden|members|deelnemers) (?:from|uit|in) $"
)
"""Before the places a subject's organisations come from: "organisations from " + "A and B"."""

FOREIGN_SMALL = frozenset(
    {"yn", "fan", "foar", "do", "da", "dos", "das", "du", "des", "di", "del", "les", "la", "le"}
)
"""Frisian, Portuguese, French and Italian small words inside names ("Stichting Thuis yn Drylts",
"Associação Raízes do Polder"), as "in", "van", "voor" are in Dutch ones."""

FUNCTION_WORD = re.compile(
    r"vanaf|sinds|sindsdien|daarna|inmiddels|toen|nu|met|na|voor|tot|ook|verder|daarnaast|since"
    r"|from|with|after|before|also|then|now|besides|let",
    re.IGNORECASE,
)
"""A word that opens a clause, never a name of its own ("Vanaf het begin zijn dat A en B")."""

TITLE = r"(?:[Dd]r|[Pp]rof|[Dd]rs|[Ii]r|[Mm]r|[Ii]ng|[Dd]hr|[Mm]w|[Mm]evr)"
"""A title before a person's name, for a pattern: "dr.", "drs.", "ir.", "dhr.", "mevr."."""
NAMES_A_KIND = (
    r"(?=[^;:]{0,120}?(?: & |B\.V\.|\b(?:[Ss]tichting|[Vv]ereniging|[Bb]ibliothe\w*|[Gg]emeente"
    r"|[Cc]oöperatie)\b|\w(?:groep|school|college|club|centrum|huis|coöperatie|praktijk|bedrijf"
    r"|punt|werk|wonen|zorg|bond|bank|vereniging|stichting|welzijn)\b))"
)
"""A lookahead: the text ahead names an organisation by what it is ("Stichting X", "Leerhuis
X", "Zorggroep X", "A & B"), not a person or a place."""
NO_MEMBERS = re.compile(
    r"\b(?:not|niet|geen|géén)\W{0,3}\s+(?:\w+\s+)?(?:members?|partners?|leden|lid|deelnemers?)\b"
    r"|\b(?:niet in|niet bij|not in|not part of) (?:de|het|the) (?:alliantie|coalitie|netwerk"
    r"|alliance|coal)"
    r"|^(?:\w+ ){0,4}(?:(?:wordt|worden) )?(?:gesteund|ondersteund|supported|backed) (?:door|by)\b",
    re.IGNORECASE,
)
"""A list's introduction that says its names are no members: "... but are **not** members",
"Dit manifest wordt gesteund door (geen partners van de alliantie):", "Supported by:"."""
NOT_MEMBERS = re.compile(
    r"\b(?:financier\w*|gefinancierd|subsidie\w*|sponsor\w*|bijdrage|donat\w*|leverancier\w*|"
    r"geleverd|levert|funded|funds|grant|supplie[sd]|supplier|donor|vragen over|questions about|"
    r"geld (?:van|uit)|betaald (?:door|uit)|paid (?:for )?by|money from|"
    r"g(?:ee|éé)n (?:[a-z]+ )?partner|not an? (?:[a-z]+ )?partner|"
    r"bezocht|visited|gasten|guests|(?:te|als) gast|licentie\w*|licen[cs]es?|niets te maken|"
    r"nothing to do with|"
    r"(?<!in )contact|informatie|"
    r"information|(?:telefoon|phone)(?=\W{0,3}[\d+(])|e-?mail|mail|woordvoerder|spokesperson|"
    r"co[öo]rdinator|redactie|said|says|gevraagd of|vroegen? of|asked (?:whether|if)|declined|"
    r"zegt|zei|aldus|vertelt|vertelde|opende|sprak|presentator|dagvoorzitter|(?-i:[Oo]ud-[a-z]\w*))\b|\w@",
    re.IGNORECASE,
)
"""A sentence about funders, suppliers, visitors, contacts, speakers or those asked (who may
have declined), not about members."""

GIVES = re.compile(r"levert|geleverd|funds|funded|co-funds|supplies|supplied|donates", re.I)
"""What a member gives, which `NOT_MEMBERS` also reads: the name before it stays a member."""

NOT_IN = re.compile(
    r"\b(?:niet (?:meer |langer |zelf )?(?:mee|partner|lid|deel|aangesloten|betrokken)"
    r"|geen (?:deel|lid|partner|deelnemer)|no longer (?:a |part|in\b|with)"
    r"|not (?:part|an? (?:[a-z]+ )?(?:member|partner)|take part)"
    r"|(?:partner|lid) (?:zijn|is|ben|worden|wordt) (?:we|wij|ze|zij|het|hij|ik) (?:\w+ )?niet)\b",
    re.IGNORECASE,
)
"""A sentence that says its subject is not (or no longer) in: "X doet daarentegen niet mee"."""


@lru_cache(maxsize=4)
def _words(text: str) -> frozenset[str]:
    """The words of a text (runs of letters, digits and hyphens), read once per text; not
    those of e-mail and web addresses ("communicatie@hunzeveld.example")."""
    return frozenset(re.findall(r"[\w-]+", _ADDRESS.sub(" ", text)))


_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:nl|com|org|eu|example)\b\S*")


def common_noun(name: str, text: str) -> bool:
    """A one-word name the text also writes in lowercase as a word of its own: a noun that
    opens a sentence or headline ("Corporatie schuift aan bij ...", where the text goes on
    "Een corporatie komt achter de voordeur"), not an organisation's name."""
    if " " in name or not name[:1].isupper() or any(c.isupper() for c in name[1:]):
        return False
    word = name.lower()
    if re.fullmatch(r"[\w-]+", word):
        return word in _words(text)  # read once: a release has many names
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", _ADDRESS.sub(" ", text)))


LISTED_AMONG = (
    r"^(?:[Vv]erder|[Dd]aarnaast|[Ss]indsdien|[Ii]nmiddels|[Nn]aast [^,]{3,80}?) (?:zijn|is) "
    r"(?:er )?(?:ook )?"
    r"(?:onder (?:meer|andere|anderen)|o\.a\.)"
)
"""The start of a sentence that lists members among others: "Verder zijn onder meer A en B
aangesloten" tells who is in, not who joins now."""
THEMED = (
    r"(?:[A-Z][\w'’-]* ){0,3}(?:Digi\w*|Samen|Vaardig|Coalitie|Netwerk|Alliantie|Online)"
    r"(?: [A-Z][\w'’-]*){0,3}"
)  # a coalition's name: "Achterhoek Digitaal Vaardig wordt getrokken door X"

APPOSED = re.compile(
    r", (?:an?|een) (?:[a-zß-ÿ-]+ ){1,4}(?:in|uit|from|te|at) [A-Z][\w'’-]*,(?P<en> (?:and|en)\b)?"
)
"""An indefinite apposition with its place between two names: ", an adult education centre in
Bocholt," (its "and" kept to join them)."""

APPOSED_AFTER = re.compile(r",\s+(?:een|de|het|a|an|the|die|dat|which|who)\b")
"""Where a name's apposition or relative clause starts: "X uit Barchem, een bedrijf"."""
RELATIVE_BEFORE_AND = re.compile(r",\s+(?:die|dat|which|who|whose)\b[^,;]*(?=,\s*(?:en|and)\s)")
"""A relative clause between two names of a list: "A, die laptops opknapt, en B"."""

CONTEST = (
    r"\w*prijs|prize|award|ranglijst|klassement|ranking|competitie|competition|wedstrijd"
    r"|\w*festival|wint|won|wins|eindigde|finished"
)
"""Words of a contest or a ranking, for a pattern: a place in one ("als tweede op het
Korenfestival", "de achtste die de prijs wint") is no place among a coalition's partners."""

ANOTHER_COALITION = (
    r"\b(?:vergelijkbaar|vergelijkbare|soortgelijk\w*|andere?|other|similar|another|sister|zuster"
    r"|(?<!\bgeen )(?<!\bnot a )(?<!\bno )"  # "geen apart netwerk": the text's own
    r"(?:separate|aparte?|afzonderlijke?|losstaande?|different))"
    r"\s+(?:\w+\s+)?(?:netwerk|coalitie|alliantie|network|coalition|alliance|samenwerkingsverband)\b"
    r"(?![- ]?(?:partners?|members?|leden|lid)\b)"  # "another coalition partner": ours
)
"""Words for another coalition than the text's ("een vergelijkbaar netwerk", "a similar
coalition in Arnhem", "a separate network"): its members are not the text's coalition's."""
IN_ANOTHER = re.compile(ANOTHER_COALITION, re.IGNORECASE)
"""`ANOTHER_COALITION`, to search a sentence with."""
