"""The organisation that publishes a text, where the text says in its own voice that "we" are a
partner: a library's newsletter, a housing corporation's news page, a school board's bulletin,
a company's blog ("Dommeldal Wonen | Nieuws" over "Wij zijn sinds 2024 partner van ...").

>>> lines = "Woonstichting De Linde › Nieuws\\n\\nWij zijn sinds maart partner van Y."
>>> publisher_names(lines)
['Woonstichting De Linde']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.ingest.confidence import rate_publisher
from kg.ingest.dates import MONTH_WORD, dateline, has_date
from kg.ingest.fuller import initials_before
from kg.ingest.gazetteer import bare_place
from kg.ingest.given import person_like
from kg.ingest.items import list_names
from kg.ingest.joins import Joined
from kg.ingest.lexicon import lookup
from kg.ingest.lines import kind_named, org_like
from kg.ingest.names import Name, no_joiner
from kg.ingest.ordinals import NTH_WORD, ordinals
from kg.ingest.prefilter import RuleTable
from kg.ingest.reading import Reader
from kg.ingest.results import Fact
from kg.ingest.selfnamed import WE_NAMED, self_named
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import same_joiner
from kg.ingest.tenses import FUTURE_WORDS, NEGATION, TODAY, WHETHER
from kg.ingest.words import CONTEST, DOTTED_END, NOT_IN, ORG_HEADS, org_head

__all__ = [
    "HEAD_LINES",
    "coalition_itself",
    "own_voice",
    "publisher",
    "publisher_names",
    "publishers",
    "we_joined",
    "we_partner",
]

_SEPARATOR = re.compile(r"\s+(?:[|›>»•·–—-])\s+|\s*[|›»•]\s*|:\s+")
_BEFORE = re.compile(
    r"^(?:(?:digitale |the )?\w*(?:brief|blad|krant|magazine|bulletin|courant|journaal)"
    r" (?:van|voor|of|for) "  # "Dorpsblad van X", "Ledenbulletin van X", "Bulletin of X"
    r"|(?:digitale |the )?(?:nieuwsbrief|ledennieuwsbrief|ledenbrief|ledenblad|maandblad"
    r"|weekblad|clubblad|kwartaalblad|personeelsblad|wijkblad|ledennieuws|clubnieuws|familiebrief"
    r"|bewonersbrief|ouderbrief|bewonersblad|huurdersmagazine|magazine"
    r"|newsletter|nieuws|news|intranet|blog|jaarverslag|annual report|friends' newsletter)"
    r"(?: \d{4})?(?:(?: [\w.]+){0,5}? (?:van|of|voor|for))?\s+"
    r"|(?!.*\b(?:sluit|sluiten|treedt|treden|stapt|stappen|tekent|tekenen|joins?|signs?)\b)"
    r".{0,60}?\b(?:bij|at)\s+"
    r"|(?:door|by)\s+(?=(?-i:[A-Z])))"  # "Door Stichting X · Lichtenvoorde": a byline
    r"(?:(?:de|het|the)\s+)?",
    re.IGNORECASE,
)  # "Huurdersmagazine van X", "NIEUWSBRIEF ZORGGROEP X", "Projectleider bij X"; not the Y of a
# headline "X sluit aan bij Y"
_RUNS = re.compile(r"^(?i:eigenaar|owner|oprichter|founder|directeur|director|ceo)\s+(?=[A-Z])")
_AFTER = re.compile(
    r"(?<=\S)\s+(?:[-–—]\s+)?(?:(?:nieuws|news|blog|jaarverslag|annual report|nieuwsbrief"
    r"|newsletter|intranet|editie|edition|monthly|weekly|bulletin|update|digest|\d{4})\b|(?:nr|no)\b\.?"
    r"|\(uittreksel\)).*$",
    re.IGNORECASE,
)  # "X – Jaarverslag 2025 (uittreksel)", "KlikKlaar Blog"; not the "No" of "NOORD-BEVELAND"
_WORDS = re.compile(
    r"^(?:persbericht|press release|nieuws|news|blog|nieuwsbrief|newsletter|jaarverslag|home"
    r"|over ons|about us|intranet|agenda|english|nieuwsflits)\b"
    r"|^(?:(?:onze|ons|our) (?:school|organisatie|club|vereniging|partners|team|aanbod|werk"
    r"|missie|verhaal)|uit de \w+)$"  # a site's menu: "Onze school", "Uit de school"
    r"|^(?:club|bestuur|leden|school|ouders|vereniging)(?: (?:&|en) \w+)?$"  # "Club & Bestuur"
    r"|^(?:(?:college|raad) van (?:bestuur|toezicht)|directie|redactie|board of \w+)$",  # an organ
    re.IGNORECASE,
)
HEAD_LINES = 3  # the lines that can name a publisher
_BOX = re.compile(r"^[\s|_=*#+~]+|[\s|_=*#+~]+$")  # "|   Ledenblad van Scouting X    |"

_WE = (
    r"\b(?:[Ww]e|[Ww]ij)(?:'re| (?:officially |formally |finally |officieel )?(?:zijn|werden"
    r"|waren|are|were|became|have|hebben|sluiten|sloten|traden|joined|signed|tekenden))\b"
    r"|\b(?:zijn|waren|werden|hebben|sluiten|sloten|treden|traden|tekenden|mogen) (?:wij|we)\b"
    r"|\b(?:wij|we) als [a-z][\w-]+\b"  # "waarin wij als woonvereniging sinds 2025 meedoen"
    r"|(?<!\b[Ii]n )(?<!\b[Bb]ij )(?<!\b[Uu]it )(?<!\b[Nn]aar )(?<!\b[Vv]an )(?<!\b[Vv]oor )"
    r"\b(?:[Oo]nze|[Oo]ns|[Oo]ur) (?:\w*(?:coöperatie|vereniging|stichting|club|school|bibliotheek"
    r"|organisatie|bedrijf|kantoor|praktijk|winkel|corporatie|bond|kring|raad|orkest|koor"
    r"|diaconie|college|fanfare|harmonie|werkplaats|centrum|groep|netwerk)|bieb|verbond|company"
    r"|firm"
    r"|library|foundation|association|cooperative)\b"  # "Sinds oktober doet onze coöperatie mee"
)  # "Wij zijn sinds maart partner", "Daarom hebben wij ons op 4 november aangesloten"
_PARTNER = (
    r"(?:partner|coalitiepartner|lid|deelnemer|member|trekker|kartrekker|penvoerder"
    r"|initiatiefnemer|aangesloten|toegetreden|joined|toe|(?<!taking )part|deel|deelneemt|meedoen"
    r"|aan(?! (?:de|het|een|ons|onze|hun)\b(?! [A-Z]| (?:\w+ )?(?:coalitie|netwerk|alliantie"
    r"|samenwerking|tafel)\b))"  # not "laten dit graag aan de tuinparken zelf over"
    r"|deelnemen|mee(?! aan (?:de|het|een)\b)"
    r"|partnership (?:agreement|charter)|samenwerkingsovereenkomst|samenwerkingsafspraken)"
)  # "we signed the partnership agreement of Y"
_WITH_US = (
    r"^(?=[^.;]*\b(?:telt|tellen|counts?|zijn|are|has|have)\b[^.;]*\b(?:partners|partijen"
    r"|organisaties|organisations|z['’]n \w+)\b)"
    r"(?![^.;]*\b(?:waren|were|al|already|straks|soon|will|zal|zullen|als wij|if we|zodra"
    r"|(?:19|20)\d\d)\b)"
    r"(?![^.;]*(?i:\b(?:raad van|bestuur van|board of|jury|\w*akkoord|accord|festival|digidag"
    r"|cultuurhuis|gevestigd|onder één dak|branche\w*|kamer van koophandel|chamber)\b))"
    r"(?=[^.;]*(?i:\b(?:coalitie|netwerk|alliantie|samenwerking\w*|coalition|network|alliance"
    r"|partnership|partners)\b))"
    r"[^.;]*?\b(?:[Mm]et ons (?:erbij|aan boord)|[Ww]ith us (?:on board|aboard|in)|[Mm]et onze"
    r" (?:komst|aansluiting|toetreding)|[Ww]ith our (?:arrival|joining))\b"
)  # "Met ons erbij telt de coalitie nu zes partners", "X telt met ons erbij elf partners";
# not "Met ons erbij waren er al vijf partners", "... telt de raad nu zes leden", "... straks"
_OUR_ORDER = (
    r"\b(?:[Ww]e|[Ww]ij) (?:were|are|became|zijn|waren|werden|worden) (?:\w+ ){0,2}?(?:de|het|the) "
    rf"{NTH_WORD} (?:\w+ )?(?:partner|organisatie|organisation|lid|member|deelnemer)"
    r"(?: (?:van|of|in|bij) (?:de|het|the|dit|deze|this) (?:coalitie|netwerk|alliantie|coalition"
    r"|network|alliance)\b| (?:die|dat|that|who|to) [^.;]{0,30}?\b(?:aanschuift|aansluit"
    r"|toetreedt|meedoet|tekent|joins?|signs?|do so|did so)\b"
    r"|(?:(?<=partner)|(?<=member)|(?<=deelnemer)|(?<=lid))(?=\s*[.!,;]|\s*$))"  # "We zijn de
    # 12e partner.", "We zijn daarmee de zeventiende deelnemer, en ..."
)  # "Wij zijn de elfde organisatie die daar aanschuift", "We were the ninth organisation to"
_PLACE_CLAIM = (
    r"\b(?:[Ww]e|[Ww]ij) (?:were|are|became|zijn|waren|werden|worden) (?:\w+ ){0,2}?"
    rf"(?:de|het|the) {NTH_WORD} (?:die|dat|that|who)\b(?=[^.;]*\b(?:partners?|coalitie|netwerk"
    r"|alliantie|coalition|network|alliance)\b)"  # "Wij zijn dus de achtste die ..., en de cast
    rf"|(?=[^;]*\b(?:partner\w*|coalitie|netwerk|samenwerkingsverband|coalition|network|lijst"
    r"|list)\b)"  # telt acht partners", "staat de naam van onze vereniging op de lijst van Y,
    rf"\b(?:[Oo]nze|[Oo]ns|[Oo]ur) \w+ (?:[\w'’-]+,? ){{0,8}}?(?:als|as) {NTH_WORD}\b"  # als
    # zevende"
    r"|\b(?:[Ww]e|[Ww]ij) (?:became|become|are|were|zijn|waren|werden|worden) (?:\w+ ){0,2}?"
    rf"(?:partner|member) (?:number|nummer|nr\.?) (?:\d+|{NTH_WORD})(?= (?:of|van|in|bij)\b)"
)  # partners", "prijkt onze clubnaam als veertiende op de partnerlijst", "Last Tuesday we became
# partner number 11 of Y": a place the publisher claims
_NOT_PLACE = re.compile(
    rf"(?i)\b(?:{CONTEST}|al jaren|already|jarenlang|for years|(?:since|sinds|in) (?:19|20)\d\d"
    r"|cursus|course|training|workshop|gevraagd|asked|aanwezig|present|rij|queue)\b"
    r"|\bom\b[^.;]*\bte\b"
)  # a place in a ranking, a course, a queue, history: no join
_CLAIMS = re.compile(
    rf"{_OUR_ORDER}|{_PLACE_CLAIM}"
    rf"|(?:{_WE})(?: (?!(?:geen|niet|not|no|never|nooit|valt|vallen)\b)[\w'’-]+,?){{0,8}}? "
    rf"{_PARTNER}\b"
    rf"|\b[Aa]ls (?:\w+ )?(?:partner|trekker|penvoerder|initiatiefnemer|lid) (?:van|in) "
    rf"[^.]{{0,80}}\b(?:we|wij)\b"
    r"|\b(?:[Ww]e|[Ww]ij) (?:doen|deden) (?:[\w'’-]+ ){0,5}?mee\b(?! aan (?:de|het|een)\b)"
    r"|\b(?:[Ww]e|[Ww]ij) (?:zitten|zaten|sit|sat) (?:als|as) [A-Z][\w-]*(?: [\w'’-]+){0,6}? "
    r"(?:aan (?:de )?\w*tafel|at the table)\b(?! (?:bij|van|of|at|with) (?!(?:de |het |the )?"
    r"(?:coalitie|netwerk|alliantie|coalition|network|alliance)\b|[A-Z]))"  # "Wij zitten als MJZF
    # sinds 2024 aan tafel", not "aan tafel bij de provincie"
    rf"|{_WITH_US}"
    r"|\b(?:[Oo]nze|[Oo]ur) (?:voorzitter|directeur|directrice|bestuurder|oprichter|chair|director"
    r"|founder)\b"
    r"[^.;]{0,80}?\b(?:handtekening|tekende|ondertekende|signed)\b"
    r"|\b(?:[Ww]e|[Ww]ij) (?:[\w'’-]+,? ){0,8}?(?:(?:onze|our) (?:handtekening|signature)"
    r"|getekend|ondertekend|signed)\b(?=[^.;]*\b(?:convenant|coalitie|netwerk|alliantie|akkoord"
    r"|covenant|coalition|network|alliance|charter|pact|agreement)\b)"
)  # "hebben wij op 3 juni onze handtekening gezet onder het convenant van Y";
# "we doen voortaan mee met Y", "wij doen mee aan Y", not "we doen mee aan de Digidag";
# "heeft onze voorzitter, X, zijn handtekening gezet onder het convenant van Y"; "Met ons erbij
# telt de coalitie nu zes partners", "Met onze komst telt de coalitie elf partners"; not "X,
# waar ons centrum onder valt, is partner"
_CLAIMED = RuleTable(_CLAIMS)  # tried only on a sentence with a word it needs
_QUOTE = re.compile("[\"“”„'‘’]")
_APOSTROPHE = re.compile(r"(?<!\w)['’][st]\b-?|(?<=\w)['’](?=\w)")  # "'s-Hertogenbosch", "d'r"


def _quoted(text: str, at: int) -> bool:
    """Whether a position is inside a quotation: an odd number of quote marks before it or
    after it (a title in quotes before "we signed" is no speaker's)."""
    before = len(_QUOTE.findall(_APOSTROPHE.sub("", text[:at])))
    after = len(_QUOTE.findall(_APOSTROPHE.sub("", text[at:])))
    return before % 2 == 1 or after % 2 == 1


_NUMBERED = re.compile(r"\b(?:partner|number|nummer|nr\.?) \d+\b", re.IGNORECASE)
_NAMED = re.compile(  # names itself: "wij van X", "Het bestuur van X heeft ...: ... hebben we"
    r"\b(?:[Ww]ij|[Ww]e|WIJ|WE) (?:van|als|at|from|bij) [A-Z]|^(?:[Hh]et )?[Bb]estuur van [A-Z]"
)
_NATIONAL = re.compile(r"\b(?:landelijke?|national)\b", re.IGNORECASE)  # the coalition's voice
_STEM = re.compile(
    r"stichting|biblio|bieb|zorg|woon|wonen|welzijn|school|college|roc\b|universit|vereniging"
    r"|bond|club|centrum|centrale|buurt|wijk|gemeente|municipality|foundation|library|corporatie"
    r"|groep|group|huis|hulp|punt|praktijk|fysiotherap|apotheek|bank|b\.v\.|federatie|gilde"
    r"|kring|collectie[fv]|museum|hospital|ziekenhuis|theater|academ|co[öo]perati|\b(?:[or]?k?c?bs|ikc|[ocr]?sg)\b"
    r"|raad\b|diaconie|parochie|orkest|koor\b|werkplaats|fanfare|harmonie|scouting",
    re.IGNORECASE,
)


def we_partner(sentences: list[Sentence]) -> Sentence | None:
    """The first sentence in which the text's own voice says "we" are a partner ("Wij zijn sinds
    maart partner van Y", "we joined the coalition", "Als trekker van Y willen wij ..."), not in
    a quotation (whose "we" is the speaker's), not denied and not to come."""
    return next(_claims(sentences), None)


def _claims(sentences: list[Sentence], now: bool = False) -> Iterator[Sentence]:
    """The sentences in which "we" claim a tie; with `now`, not one whose next sentence says
    "we" are not in yet ("... dat onze vereniging partner wordt. Tot dan zijn we nog geen
    partner."), a member to come."""
    for sentence, after in zip(sentences, [*sentences[1:], None], strict=True):
        if now and after and after.paragraph == sentence.paragraph and NOT_IN.search(after.text):
            continue
        said = WE_NAMED.sub(r"\g<we> ", sentence.text)  # "hebben wij, Apotheek X, onze ..."
        match = _CLAIMED.search(said)
        placed = bool(match and re.match(_PLACE_CLAIM, said[match.start() :]))  # a place
        if (
            match
            and not (placed and _NOT_PLACE.search(said))  # claimed, not in a ranking
            and not NEGATION.search(match.group())
            and not NOT_IN.search(said)  # "maar partner zijn we bewust niet"
            and not _quoted(said, match.start())
            and not FUTURE_WORDS.search(said)
            and not WHETHER.search(said)
            and not _NATIONAL.search(said)
            and not _NAMED.search(said)
        ):
            yield sentence


_JOINING = re.compile(
    r"\b(?:aangesloten|sluiten|sloten|toegetreden|traden|bij ?gekomen|joined|gevoegd|officieel"
    r"|officially|signed(?: on| up)?|handtekening|tekende|ondertekende|vandaag|today"
    r"|(?i:deze|this) (?:week|maand|month)"
    rf"|(?i:sinds|since|per|vanaf|on|op) (?:\d{{1,2}} )?(?i:{MONTH_WORD})"
    r"|became (?:the|its|our) \w+ (?:partner|member))\b"
    rf"|{_WITH_US}"
    rf"|{_OUR_ORDER}"
)  # "zijn wij sinds 1 oktober partner": since a day, a join told as news


def _speaks_for(text: str, publisher: str) -> bool:
    """Whether a claim speaks for the publisher: "onze coöperatie" in the news of "Coöperatie
    Dorpswinkel X", not "onze bibliotheek" in a municipality's (any "we" does)."""
    claim = _CLAIMED.search(text)
    ours = _OUR_KIND.match(claim.group()) if claim else None
    kind = ours.group(1).lower().removesuffix("naam") if ours else ""  # "onze clubnaam": the club
    if ours is not None and _UNIT.search(kind):
        return False  # "onze regioafdeling", "our local chapter": a part of the publisher
    if ours is None or _KIND_NL.get(kind, kind) in publisher.lower():
        return True
    if kind in ("vereniging", "association") and _ASSOCIATION.search(publisher):
        return True  # "onze vereniging" of "Dorpshuizenkring X", "Ouderenbond Y"
    return not any(org_head(word) for word in publisher.split())  # "OSG X": its kind unsaid


_OUR_KIND = re.compile(r"(?:[Oo]nze|[Oo]ns|[Oo]ur) (\w+)")
_ASSOCIATION = re.compile(r"(?i)(?:kring|bond|club|gilde|federatie|koepel|verbond|unie)\b")
_UNIT = re.compile(
    r"(?:afdeling|werkgroep|commissie|vestiging|branch|chapter|committee|department)$"
)
KIND_EN = {"foundation": "stichting", "association": "vereniging", "cooperative": "coöperatie"}
"""English words for an organisation's kind, in Dutch."""
_KIND_NL = KIND_EN | {
    "library": "bibliothe",
    "company": "",
    "firm": "",
    "club": "",
}  # "our foundation": "Stichting X";
# "our company" speaks for any publisher


def we_joined(reader: Reader, joins: list[Joined]) -> list[Joined]:
    """The text's publisher as a joiner, where its own voice tells that "we" joined ("Daarom
    hebben wij ons op 4 november aangesloten bij Y", "zijn wij er als elfde partner bij
    gekomen"): in the first such sentence with a date or an order, else the first such one
    (a sentence before a heading);
    none where a join is read in that sentence already or names the publisher."""
    written = publisher(reader.text)  # or one a head gives by a kind or a brand: "ByteSisters
    loose = None if written else next(iter(publishers(reader.text)), None)  # Twente – Blog",
    written = written or (loose if loose and kind_named(loose) else None)  # not "Jan Willem Bos –
    # Blog"
    full = initials_before(reader.text).get(written, written) if written else ""
    claims = [s for s in _claims(reader.sentences) if _speaks_for(s.text, full)]
    said = [
        s
        for s in claims
        if _JOINING.search(s.text)
        or (re.search(_PLACE_CLAIM, s.text) and not _NOT_PLACE.search(s.text))
    ]
    said = said if written else []
    said = [s for s in said if ordinals(s.text) or _NUMBERED.search(s.text)] if loose else said
    said = [s for s in said if not s.text.rstrip().endswith("?")]  # "Zijn wij nu nummer 12?"
    if written is None or not said:
        return []
    told = [s for s in said if s.text.rstrip().endswith((".", "!"))] + said  # not a heading
    told = [s for s in told if not any(j.sentence is s for j in joins)]  # not another's join
    if not told:
        return []
    news = (s for s in told if has_date(s.text) or TODAY.search(s.text) or ordinals(s.text))
    sentence = next(news, told[0])
    ordered = next(  # "Vanaf vandaag zijn wij partner! We zijn de 8e partner": its order after
        (s for s in told if s.paragraph == sentence.paragraph and len(ordinals(s.text)) == 1),
        None,
    )
    written = full  # "OSG X": "Openbare Scholengemeenschap X"
    known = lookup(reader.lexicon.organisations, written)
    name = Name(known or written, written, known is not None)
    order = ordinals(ordered.text)[0] if ordered else None
    if any(same_joiner(j.name.value, name.value) or (order and j.order == order) for j in joins):
        return []  # the same joiner, or the one the text gave this place ("ABWZ Twente" of
    # "onze regioafdeling ... als veertiende")
    return [Joined(name, sentence, order, ordered, False)]


@lru_cache(maxsize=4)
def publisher(text: str) -> str | None:
    """The one organisation the head of a text names as its publisher: of `publisher_names`
    the first with a word that opens names ("Zorggroep X", not the intranet "ZorgNet"), else
    the first with a word of an organisation ("Dommeldal Wonen"), else a brand ("KlikKlaar")."""
    names = publisher_names(text)

    def rank(name: str) -> int:
        if any(word.lower() in ORG_HEADS for word in name.split()) or org_head(name.split()[0]):
            return 2  # "Zorggroep X", "Ondernemerskring X"
        return 1 if _STEM.search(name) else 0

    ranked = [(rank(name), -index, name) for index, name in enumerate(names)]
    best = max(ranked, default=None)
    camel = best is not None and any(c.isupper() for c in best[2][1:]) and " " not in best[2]
    if best is not None and (best[0] or camel):
        return best[2]
    return signed_by(text) or self_named(text)  # "Het bestuur van X"; "wij, Apotheek X, ..."


_SIGNED = re.compile(
    r"^(?:[Mm]et [\w ]+,\s*)?(?:(?:[Nn]amens|[Oo]n behalf of) )?(?:(?:[Hh]et|[Tt]he|[Dd]e) )?"
    r"(?:bestuur|board|team|redactie|secretariaat|committee|besturen)"
    r" (?:van|of) (?:(?:de|het|the) )?(?P<name>[A-Z][^.,!?]{1,80}?)[.,!]?$"
)


def signed_by(text: str) -> str | None:
    """The organisation a text is signed by in its last lines ("Het bestuur van MCC De
    Slingeraars", "The team of Stichting Thuis in Arnhem"), where its name says it is one.

    >>> signed_by("Tot dinsdag!\\n\\nHet bestuur van MCC De Slingeraars\\n")
    'MCC De Slingeraars'
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()][-4:]
    for line in reversed(lines):
        signed = _SIGNED.match(line)
        name = signed["name"] if signed else ""
        if " " in name and org_like(name) and bare_place(name) is None:  # not "OVAZ", a short
            return name  # name the text may spell out
    return None


_NOT_PUBLISHER = re.compile(
    r"(?i:ledenblad|insider|podcast|magazine|nieuwsbrief|newsletter|bulletin|krant|posted"
    r"|published|geplaatst)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)  # a periodical's title or a post's date in the head, not its publisher


def publishers(text: str) -> tuple[str, ...]:
    """The publisher a text's head names (`publisher`), else the first name its head gives
    that reads as an organisation's ("Sinfonia Dinkel | News"): who "we" are, for the joins
    that only a sentence's words tell (`kg.ingest.possible`)."""
    found = publisher(text)
    if found is not None:
        return (found,)
    return tuple(
        name
        for name in publisher_names(text)
        if org_like(name) and not _NOT_PUBLISHER.search(name) and not has_date(name)
    )[:1]


def publisher_names(text: str) -> list[str]:
    """The organisations the head of a text names as its publisher ("Bibliotheek X › Blog",
    "NIEUWSBRIEF | Stichting Y (SY)", "Ledenblad van Seniorenbond Z"), as the body writes them
    where the head is in capitals."""
    lines = (_BOX.sub("", line) for line in text.strip().splitlines())
    head = [line for line in lines if line][:HEAD_LINES]  # not a drawn box's "|___|"
    body = text.split("\n", 1)[-1]
    names: list[str] = []
    for line in head:
        dated = dateline(line)  # "TILBURG, 24 november 2026 –": a place in capitals, no name
        for segment in _SEPARATOR.split(line):
            place = segment.split(",")[0] if "," in segment else ""
            if dated and line.find(segment) < dated.start and place.isupper() and bare_place(place):
                continue
            segment = segment.strip(" ,")
            segment = segment if DOTTED_END.search(segment) else segment.strip(" .")  # "U.A."
            name = _RUNS.sub("", _AFTER.sub("", _BEFORE.sub("", segment)))  # "Eigenaar X": X
            if person_like(name):
                continue  # "Jeroen van Dijkhuizen" over a post: its writer, not the publisher
            quoted = name[:1] in ("‘", '"', "“", "„", "«") or (
                name[:1] == "'" and not name.startswith(("'t ", "'s-"))
            )
            if not name or _WORDS.match(name) or len(name.split()) > 8 or quoted:
                continue  # "‘Wie digitaal vastloopt, loopt ook met geld vast’": a quotation
            if name.isupper():  # "NIEUWSBRIEF ZORGGROEP X": the body's own casing, or the
                written = re.search(re.escape(name), body, re.IGNORECASE)  # name's in its kind's
                found = written.group() if written else ""  # "FEDERATIE X (FX)": "Federatie X"
                name = found if found and not found.isupper() else _title(name)
            parts = list_names(name) if name else []  # "van A en B": two publishers, but
            split = len(parts) > 1 and " en " in name
            if split and not all(any(map(org_head, p.split())) for p in parts):
                parts = [name]  # one "Woonstichting Stad en Ommeland"
            if len(parts) > 1 and " & " in name and "," not in name and not split:
                parts = [name]  # one "Zorggroep Walcheren & Noord-Beveland"
            for one in parts:
                if org_like(one) and one not in names:
                    names.append(one)
    return names


_PARTICLES = frozenset({"van", "de", "der", "den", "het", "en", "voor", "op", "in", "aan", "'t"})


def _title(name: str) -> str:
    """A name in capitals written as names are, where it opens with a word of an organisation's
    kind ("BOND VAN CARNAVALSVERENIGINGEN ROER & MAAS (BCRM)": "Bond van Carnavalsverenigingen
    Roer & Maas (BCRM)"); "" for other capitals ("GALA-AVOND 2026")."""
    words = name.split()
    if not words or not (org_head(words[0]) or words[0].lower() in ("bond", "federatie")):
        return ""
    return " ".join(
        word
        if word.startswith("(")
        else word.lower()
        if index and word.lower() in _PARTICLES
        else "-".join(part.capitalize() for part in word.split("-"))
        for index, word in enumerate(words)
    )


def own_voice(reader: Reader, partners: list[Fact], excluded: set[str]) -> list[Fact]:
    """The text's publisher as a member, with the sentence in which "we" are a partner as its
    evidence; none where no head names it, the text never says so, or it is read already (or
    is the coalition, a joiner or a leaver: `excluded`)."""
    written = publisher(reader.text)
    written = initials_before(reader.text).get(written, written) if written else None  # "OSG X"
    claims = (s for s in _claims(reader.sentences, True) if _speaks_for(s.text, written or ""))
    said = next(claims, None) if written else None
    said = said or (_by_kind(reader.sentences, written) if written else None)
    if said is None:  # "Nieuwsbrief van Melkveejongeren X (MJZF)" and "Wij zitten als MJZF
        written, said = _by_initials(reader)  # ... aan tafel": the claim names it by them
    if written is None or said is None or no_joiner(written, reader.text):
        return []  # "Even je DigiD regelen" over the text: no publisher
    known = lookup(reader.lexicon.organisations, written)
    value = known or written
    read = [fact.value for fact in partners] + sorted(excluded)
    if any(same_joiner(other, value) or same_joiner(value, other) for other in read):
        return []
    return [rate_publisher(reader.fact(value, said, written), known is not None)]


def _by_kind(sentences: list[Sentence], written: str) -> Sentence | None:
    """The first sentence that says the publisher is a partner by the word of its kind its name
    opens with ("Al twee jaar is het reddingstation partner van Y" in the news of "Stichting
    Reddingstation X"; "De stichting is sinds 2024 lid"), as the text writes that word in
    lower case; not denied nor to come."""
    kinds = [w.lower() for w in written.split()[:2] if w[:1].isupper() and not bare_place(w)]
    if not kinds:
        return None
    kind = "|".join(map(re.escape, kinds))
    claim = re.compile(
        rf"(?:\b(?:is|was) (?:\w+ ){{0,3}}?(?:de|het) (?:{kind}) (?:\w+ ){{0,3}}?"
        rf"|^(?:[\w ,]+, )?(?:De|Het) (?:{kind}) (?:is|was) (?:\w+ ){{0,4}}?)(?:partner|lid)"
        r"(?: (?:van|in|bij) (?:(?:de|het|deze|dit) (?:\w+ )?(?:coalitie|netwerk|alliantie"
        r"|samenwerking)\b|(?:het )?[A-Z])|(?=\s*[;.,!]|\s*$))"
    )  # of a coalition or a body by its name, not "lid van de landelijke vereniging"
    for sentence in sentences:
        text = sentence.text
        denied = NEGATION.search(text) or FUTURE_WORDS.search(text) or _NATIONAL.search(text)
        if claim.search(text) and not denied:
            return sentence
    return None


def _by_initials(reader: Reader) -> tuple[str | None, Sentence | None]:
    """A head's name with its initials in brackets, and the first claim that says "we" are
    in as those initials ("wij als MJZF", "we, MJZF,")."""
    for name in publisher_names(reader.text):
        short = f"{name} (" in reader.text and re.search(
            rf"{re.escape(name)} \(([A-Z][A-Za-z]{{1,7}})\)", reader.text
        )
        initials = short[1] if short else None
        for claim in _claims(reader.sentences) if initials else ():
            if re.search(rf"\b(?:als|as|we,|wij,) {initials}\b", claim.text):
                return name, claim
    return None, None


def coalition_itself(name: str, coalition: str) -> bool:
    """Whether a "we" who joined is the coalition's own voice: its name ("Digitaal X e.o."), or
    words its name opens ("Hoeksche Waard" of "Hoeksche Waard Digitaal", "Digitaal Samen" of
    "Digitaal Samen Leek"; so "KlikKlaar" joining "KlikKlaar Drenthe" is not read)."""
    name, coalition = name.lower(), coalition.lower()
    return coalition.removesuffix(" e.o.") == name or coalition.startswith(f"{name} ")
