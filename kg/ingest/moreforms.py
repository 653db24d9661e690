"""More rows of the join table, tried after `phrases.JOIN_FORMS` (so the older rows keep their
readings): the separable verbs' rows, orders ("X werd nummer zestien"), papers signed, news of
taking part since a recent day ("Sinds deze maand doet X mee")."""

from __future__ import annotations

from kg.ingest.ordinals import NTH_WORD
from kg.ingest.phrases import PAPERS, TE, phrase, separable_forms
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER

__all__ = ["MORE_FORMS", "NTH"]

# An ordinal before "partner": "negende", "21e", "eenentwintigste", "fifteenth", "24th".
NTH = (
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
    r"|\w+tiende|\w+tigste|\w+honderdste|\d+(?:e|de|ste|st|nd|rd|th)|first|second|third"
    r"|\w+th|\w+-\w+th)"
)
_PRONOUNS = "ons|onze|wij|we|ik|zij|ze|hij"  # a subject after the verb, no adverb
_WHERE = rf"(?:(?!(?:samen|met|namens|en|and|{_PRONOUNS})\b)[^\s,;:]+ ){{0,14}}?"
"""Where and when a paper was signed: "op 1 december in de bibliotheek aan het Pancratiusplein
in Heerlen ", not "samen met Y"."""
_ORGLIKE = (
    r"[^;:,]*?(?: & |B\.V\.|V\.O\.F\.|N\.V\.|\b(?:[Ss]tichting|[Vv]ereniging|[Bb]ibliotheek"
    r"|[Gg]emeente)|\w(?:groep|school|club|centrum|huis|coöperatie|praktijk|bedrijf)\b)"
)  # what a joiner's name says it is: not "Nummer drie is Mijn Overheid", a ranking
_ORGLIKE_WIDE = _ORGLIKE.replace("bedrijf)", "bedrijf|vereniging|stichting|bond|raad|collectief)")
"""`_ORGLIKE` and compounds of "vereniging" and its like ("Winkeliersvereniging X"), for the
rows that name no ranking."""
_RECENT = r"(?:sinds|vanaf) (?:kort|vandaag|nu|gisteren|deze (?:week|maand)|vorige (?:week|maand)"
_RECENT += r"|afgelopen \w+|(?:\w+dag )?\d{1,2} \w+(?: \d{4})?"
_RECENT += r"|(?:half )?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
_RECENT += r"|november|december)(?: \d{4})?"
_RECENT += r"|de (?:eerste|laatste|vorige) (?:(?:partner|netwerk|coalitie)\w*|\w+dag(?=, \d)))"
_RECENT += r"(?: {D}|, \d{1,2} \w+,)?"
# "Sinds mei / vandaag (9/11) doet X mee", "Sinds de eerste adventszondag, 29 november, ..."

_FIELD_WORDS = r"(?:[Dd]igi|[Ss]kills|[Ii]nclusi|[Vv]aardig|[Gg]eletterd|[Ll]iteracy)"
_FIELD = rf"(?=[^.;]*{_FIELD_WORDS})"
_NOT_FIELD = rf"(?![^.;]*{_FIELD_WORDS})"
"""A name of the field's coalitions ahead in the sentence ("Flevoland Digital Inclusion Pact"):
where a row's coalition is any name after "of", not a repair café's or a festival's."""

_SEAT = (
    r"(?:een|hun|haar|zijn) (?:eigen |vaste )?(?:stoel|plek|plaats|zetel) (?:aan (?:de )?\w*tafel"
    r" (?:van|bij) |in (?:de |het )?)"
)  # "een eigen stoel aan de overlegtafel van", "een vaste stoel in de"

_ADVERBS = r"(?:(?!(?:in|van|bij|op|aan|uit|met|voor|naar|door)\b)[a-z0-9][\w’'/\-]* ){0,6}?"
_NO_SUBJECT = rf"(?:(?!(?:{_PRONOUNS}|mijn)\b)[a-z0-9][\w’'/\-]* ){{0,8}}?"
# adverbs, not the subject after the verb: "In Dorpshuis X heeft ons bestuur ... getekend"
_OWN_KIND = r"(?:bedrijf|organisatie|stichting|vereniging|club|bibliotheek|school|coöperatie)"
# "Op 2 februari heeft ons bedrijf, het X, ...": adverbs, then the writer's own organisation

MORE_FORMS: tuple[Rule, ...] = (
    *separable_forms(),
    phrase(
        "Daarom zijn X en Y sinds 1 september opgenomen in Y (the subject after its verb)",
        rf"\b(?P<verb>is|zijn) (?P<obj>(?:de |het )?[{UPPER}][^;:]{{0,200}}?) {{A}}opgenomen in "
        r"(?!(?:het|de|een) (?!kring|gelederen|midden|familie|rijen|groep)[a-z]\w* (?:van|of)\b)"
        r"{C}",  # "de kring van Y", not "het jaarplan van Y"
    ),
    phrase(
        "A, B en C bekrachtigden (op 8 juli) hun deelname",
        r"{S} (?P<verb>bekrachtigde|bekrachtigden|bevestigde|bevestigden|formaliseerde"
        r"|formaliseerden) {A}(?:hun|haar|zijn) (?:deelname|lidmaatschap|partnerschap)\b",
    ),
    phrase(
        "(Gisteren) tekenden drie organisaties het partnerconvenant: A, B en C",
        rf"\b(?P<verb>tekenden|ondertekenden) (?P<obj>(?:\w+ )?(?:nieuwe )?(?:organisaties|partners"
        rf"|partijen) (?:het|de|hun) \w*{PAPERS}\w*(?: van (?P<coal>[^:]{{1,80}}))?: [{UPPER}].+)",
    ),
    phrase(
        "X tekende (maandagavond) en is daarmee nummer 14 / de vijftiende partner",
        rf"{{S}} (?P<verb>tekende|ondertekende) {{A}}en (?:is|werd) (?:daarmee |daardoor |nu |zo )?"
        rf"(?:{{NUMBER}}|de {NTH} (?:partner|deelnemer))\b",
    ),
    phrase(
        "X uit Balk is nummer 14 van Y / X wordt partner nummer 9 van Y",
        r"{S} (?P<verb>is|wordt|werd) (?:nu |daarmee |officieel )?(?:partner )?{NUMBER} "
        r"(?:van|in|bij|binnen) {C}",
    ),
    phrase(
        "X signed (on) as the 20th partner / X signed straight after as number fifteen",
        rf"{{S}} (?P<verb>signed|signs) (?:on |straight after |right after |next )?as "
        rf"(?:(?:the|its|our) {NTH} (?:partner|member)\b(?! (?:of|in|to|with)\b)|number \w+\b)",
    ),  # "... the ninth partner of Y": a news form (`newsforms`)
    phrase(
        "(uit Brunssum) meldt zich (ook) X / X volgt (als dertiende).",
        rf"\b(?P<verb>meldt|meldde) zich (?:ook |nu )?(?P<obj>[{UPPER}][^,;:]{{0,100}}?)(?=,|\.|$)"
        rf"|^(?:(?:De|Het) )?(?P<subj>[{UPPER}]\S*(?: [^,;:\s]+){{1,12}}?) (?P<follows>volgt"
        r"|volgde)(?: als \w+)?\.$",  # a sentence; no one word ("Rooster volgt.", a heading)
    ),
    phrase(
        "X werd nummer zestien / X became number sixteen",
        r"{S} (?P<verb>werd|wordt|became|becomes|has become) (?:daarmee |thereby |now |nu )?"
        r"(?:partner |member )?(?:nummer|number|nr\.|no\.) (?!(?:one|één|een|1)\b)"
        r"[\w-]+(?=[.,;!]|$)",  # not "became number one": a ranking
    ),
    phrase(
        "(Partner) nummer zeventien is/werd X / Number seventeen is X",
        r"^(?:(?:En|And) )?(?:(?:[Nn]ummer|[Nn]umber) (?!(?:one|één|een|1|two|twee|2)\b)[\w-]+ "
        r"(?P<verb>is|was|wordt|werd|becomes|became)|(?:[Pp]artner) (?:[Nn]ummer|[Nn]umber) "
        r"(?!(?:one|één|een|1|two|twee|2)\b)[\w-]+ (?P<became>wordt|werd|becomes|became)) "
        rf"(?P<obj>(?(became)|(?={_ORGLIKE}))[{UPPER}][^;:]{{0,150}}?)(?=,| [–-] |\.\s|\.?$)",
    ),
    phrase(
        "Meet our newest partner: X / een gloednieuwe partner: X",
        r"\b(?:[Nn]ieuwste|[Nn]ewest|[Bb]rand-new|[Gg]loednieuwe) partner(?: is)?:\s+"
        rf"(?P<obj>(?:the |de |het )?[{UPPER}][^.;!,]{{1,80}})",
    ),
    phrase(
        "Sinds 9 maart doen ook A en B mee / vanaf deze week doet ook onze eigen X mee",
        rf"\b(?i:{_RECENT}) (?P<verb>doet|doen) (?:(?:ook|nu|bovendien) )*(?:[a-z]\w+ ){{0,2}}"
        rf"(?P<obj>[{UPPER}][^;:]{{0,200}}?)(?: als (?:\w+ )?(?:partners?|deelnemers?|lid))? mee\b",
    ),
    phrase(
        "Sinds 29 november draait X als partner mee / vaart X mee in het konvooi van Y",
        rf"\b(?i:{_RECENT}) (?P<verb>draait|draaien|vaart|varen) (?:(?:ook|nu|bovendien) )*"
        rf"(?:[a-z]\w+ )?(?P<obj>[{UPPER}][^;:]{{0,200}}?)(?: als (?:\w+ )?(?:partners?"
        rf"|deelnemers?|lid) mee\b(?! (?:in|bij|met) {_NOT_FIELD})"
        r"| mee (?:in|met|bij) (?:het konvooi van |de vloot van )?(?:de |het )?"
        rf"(?:{_FIELD}[{UPPER}]|coalitie|netwerk|alliantie))",
    ),
    phrase(
        "En sinds deze week draait ook X (in Y) mee.",
        rf"\b(?i:{_RECENT}) (?P<verb>draait|draaien) ook (?P<obj>[{UPPER}][^;:,]{{0,120}}?) "
        r"mee(?=\s*[.!]?$)",
    ),
    phrase(
        "Sinds 1 september horen A en B er (vast) bij / Vanaf vandaag hoort X bij de coalitie",
        rf"\b(?i:{_RECENT}) (?P<verb>hoort|horen) (?:(?:ook|nu|officieel) )*"
        rf"(?P<obj>(?={_ORGLIKE_WIDE})[{UPPER}][^;:]{{0,200}}?) (?:er (?:(?!al\b)\w+ )?bij\b"
        r"(?! als (?!partner)\w)|bij (?:de|het) (?:kring van partners|partners|coalitie|netwerk"
        r"|alliantie)\b(?! (?:van|voor) (?:de |het )?[a-z]))",  # not "het netwerk van taalmaatjes"
    ),
    phrase(
        "(Na een korte stemming) hoort onze dorpsraad sinds die avond bij Y",
        rf"\b(?P<verb>hoort|horen) (?P<obj>(?:onze \w+|ons \w+|[{UPPER}][^;:]{{0,120}}?)) "
        r"sinds die (?:avond|dag|datum|middag|vergadering) (?:officieel )?bij "
        r"(?P<coal>(?:(?! als )[^;:])+?)(?=[.;!]|$)",
    ),
    phrase(
        "Daarmee hoort X er vanaf nu (officieel) bij (als partner van Y)",
        rf"\b(?P<verb>hoort|horen) (?P<obj>(?={_ORGLIKE_WIDE})[{UPPER}][^;:]{{0,160}}?) er "
        r"(?:(?:vanaf nu|voortaan|nu|officieel|ook) )*(?:vanaf nu|voortaan) (?:(?:officieel|ook) )*"
        r"bij\b",
    ),
    phrase(
        "Sinds 12 november heeft X een eigen stoel aan de overlegtafel van Y / een stoel in Y",
        rf"\b(?i:{_RECENT}) (?P<verb>heeft|hebben) (?:(?:ook|nu) )*(?P<obj>(?:de |het )?"
        rf"[{UPPER}][^;:]{{0,160}}?) {_SEAT}{{C}}",
    ),
    phrase(
        "Sinds de laatste partneravond heeft X daar een eigen stoel aan tafel",
        r"^(?=.*\bpartner).*?"  # the partnership's table, not the council's
        rf"\b(?i:{_RECENT}) (?P<verb>heeft|hebben) (?:(?:ook|nu) )*(?P<obj>(?:de |het )?"
        rf"[{UPPER}][^;:]{{0,160}}?) (?:daar|er) (?:(?:ook|nu) )*(?:een|hun|haar|zijn) "
        r"(?:eigen |vaste )?(?:stoel|plek|plaats|zetel) aan (?:de )?\w*tafel\b",
    ),
    phrase(
        "(Daarom) heeft X sinds 1 december een vaste stoel in Y",
        rf"\b(?P<verb>heeft|hebben) (?P<obj>(?:de |het )?[{UPPER}][^;:]{{0,160}}?) (?i:{_RECENT}) "
        rf"{_SEAT}{{C}}",
    ),
    phrase(
        "Sinds 12 november staat de naam van X onder de samenwerkingsafspraken",
        rf"\b(?i:{_RECENT}) (?P<verb>staat|staan) (?:(?:ook|nu) )*de (?:naam|namen|handtekening"
        rf"|handtekeningen) van (?:de |het )?(?P<obj>[{UPPER}][^;:]{{0,160}}?) onder "
        rf"(?:de |het )?\w*{PAPERS}",
    ),
    phrase(
        "En als twaalfde tekende X",
        rf"\b[Aa]ls (?!eerste\b){NTH} (?P<verb>tekende|ondertekende) "
        rf"(?P<obj>(?={_ORGLIKE_WIDE})[{UPPER}][\w'’&.+-]*(?: (?:van|de|der|den|voor|en|op|aan|'t|&"
        rf"|[{UPPER}0-9][\w'’&.+-]*))*?)(?=\s*(?:,|\.|;|$))"  # a name alone: not "X het Manifest"
        r"(?![^.]*\b(?:19|20)\d\d\b)",  # not "... tekende X in 2019": history
    ),
    phrase(
        "X doet sinds kort mee",
        rf"{{S}} (?P<verb>doet|doen) (?:ook |nu )?{_RECENT} mee\b",
    ),
    phrase(
        "X is onze 15e partner geworden / zijn A en B partner geworden van Y",
        r"\b(?P<verb>is|zijn) {A}(?P<obj>(?:['’]t )?["
        + UPPER
        + r"][^;:]{0,200}?) {A}(?:(?:onze|de|het|een) )?"
        r"{A}(?:partner|partners|lid|leden|deelnemer|deelnemers) geworden\b(?: van {C})?",
    ),
    phrase(
        "Op 3 november heeft (ons bedrijf,) X de samenwerkingsovereenkomst (van Y) getekend",
        rf"\b(?P<verb>heeft|hebben) {_ADVERBS}(?:(?:ons|onze) {_OWN_KIND}, (?:het |de )?)?"
        rf"(?P<obj>[{UPPER}][^;:]{{0,160}}?),? {{A}}(?:de|het|hun|haar|zijn) (?:\w+ )?{PAPERS}"
        rf"(?: van (?:de |het )?(?P<coal>[{UPPER}][^,.;:]{{1,80}}?))? (?:getekend|ondertekend)\b",
    ),
    phrase(
        "X heeft (vandaag) het convenant getekend",
        rf"{{S}} (?P<verb>heeft|hebben) (?:{_NO_SUBJECT}(?:[a-zß-ÿ]+, [^,;:]{{1,100}}, )?|{_WHERE})"
        rf"(?:de|het|hun|haar|zijn) (?:\w+ )?(?:{PAPERS}|samenwerking(?! met)) (?:(?:met|van) "
        rf"(?:(?:het|de) (?:netwerk|coalitie|alliantie|samenwerking)"
        rf"|(?:(?:het|de) (?:(?:netwerk|coalitie|alliantie) )?)?"
        rf"(?P<coal>[{UPPER}][^,.;:]{{1,80}}?)) )?(?:getekend|ondertekend)\b",
    ),  # "X heeft gisteren, aan de vooravond van ..., de overeenkomst van (de coalitie) Y getekend"
    phrase(
        "En dezelfde dag heeft ook onze X getekend / Gisteren heeft de X getekend (verb first)",
        rf"^(?!(?:[Ww]ie|[Ww]at)\b)[^,;:]*? (?P<verb>heeft|hebben) (?:(?:ook |nu )+(?:onze |ons )?"
        r"|(?=(?:de|het) [A-Z]))(?:de |het )?"
        rf"(?P<obj>[{UPPER}][^;:,]{{0,160}}?) (?:getekend|ondertekend)(?=\s*[.!]?$)",
    ),
    phrase(
        "X heeft laten weten (na de zomer) toe te treden",
        rf"{{S}} (?P<verb>heeft|hebben) {{A}}(?:laten weten|aangegeven|toegezegd|beloofd) {{A}}"
        rf"(?:te willen (?:aansluiten|toetreden|meedoen)|{TE})",
    ),
    phrase(
        "(Verder) heeft X (schriftelijk) laten weten toe te treden",
        rf"\b(?P<verb>heeft|hebben) (?P<obj>[{UPPER}][^,;:]{{0,120}}?) {{A}}"
        r"(?:laten weten|aangegeven|toegezegd|beloofd) {A}"
        rf"(?:te willen (?:aansluiten|toetreden|meedoen)|{TE})",
    ),
    phrase(
        "X is expected to join / will also join / has confirmed it will join",
        r"^(?P<subj>[^;]+?) (?:(?:is|are) expected to |will (?:also |soon |officially |formally )?"
        r"|(?:has|have) [^.;]{1,80}? (?:and|that it|it|they) will (?:also )?)join\b",
    ),
    phrase(
        "In January they will be joined by X",
        rf"\bwill (?:\w+ )?be joined by (?:the )?(?P<obj>[{UPPER}][^,;]{{0,120}}?)(?:[.,;]|$)",
    ),
    phrase(
        "Sinds november is het X de negende partner / X is nu de negende partner",
        rf"\b(?P<verb>is|wordt|werd) (?P<obj>(?:het |de )?[{UPPER}][^,;:]{{0,120}}?) "
        rf"(?:(?:nu|daarmee|officieel|sindsdien) )*(?:de|het|onze|ons) {NTH} "
        r"(?:nieuwe )?(?:partner|deelnemer|lid|partij)\b(?! van)",
    ),
    phrase(
        "X is (daarmee) de negende partner.",
        rf"{{S}} (?P<verb>is|wordt|werd) (?:(?:nu|daarmee|officieel|sindsdien) )*"
        rf"(?:de|het|onze|ons) {NTH} (?:nieuwe )?(?:partner|deelnemer|lid|partij)\b(?! van)",
    ),
    phrase(
        "X became the alliance's fifteenth partner / X became a partner",
        rf"{{S}} (?P<verb>became|becomes|has become|have become) (?:(?:our|the|its|their) "
        rf"(?:[\w-]+['’]s )?(?:{NTH} |newest |new )?|an? (?:new )?)(?:partner|member)\b",
    ),
    phrase(
        "Sinds 1 oktober is X erbij gekomen / X is erbij gekomen",
        rf"\b(?P<verb>is|zijn) (?P<obj>(?:het |de )?[{UPPER}][^,;:]{{0,120}}?) "
        r"(?:\w+ ){0,2}?erbij gekomen\b",
    ),
    phrase(
        "A and B are the newest partners of Y / A en B zijn de nieuwste partners van Y",
        r"{S} (?P<verb>are|is|zijn) (?:now )?(?:the|its|our|de|onze) (?:newest|latest|nieuwste)"
        r" partners?\b(?: (?:of|van) " + _FIELD + r"{C}|(?=[.;!]|$))",
    ),
    phrase(
        "In October A and B (both) took their place among the partners",
        r"^(?!(?:In|On|Since|Op|Sinds) (?:19|20)\d\d)(?:(?:In|On|Since|Op|Sinds) [^,]{1,25}?,? )?"
        r"(?:the |de |het )?"
        r"(?P<subj>.+?) "
        r"(?:both |also )?(?P<verb>took|take|takes|have taken|has taken|namen|nam) "
        r"(?:their|its|a|hun|haar|zijn) (?:place|seat|plaats) (?:among|at|tussen|aan) "
        r"(?:the|de|our|onze) (?:partners|table of (?:the )?(?:coalition|network|alliance)"
        r"|partnertafel|overlegtafel)\b(?! (?:of|van) " + _NOT_FIELD + ")",
    ),
    phrase(
        "Nieuw aan tafel (sinds deze maand) zijn A en B",
        r"^(?:Nieuw|Nieuwe partners?) (?:aan (?:tafel|de (?:coalitie|partner|overleg|netwerk)tafel)"
        r"|in (?:de coalitie|het netwerk))"
        r"(?: (?:sinds|vanaf) [^,;:]{1,30}?)? (?P<verb>zijn|is) "
        rf"(?P<obj>(?:de |het )?[{UPPER}][^;:]{{0,240}}?)\.?$",
    ),
    phrase(
        "(Dinsdag) heeft X een eigen stoel gekregen aan de (grote) tafel van Y",
        r"^(?![Ii]n (?:19|20)\d\d\b|[Vv]orig jaar\b).*?"  # not a seat of years ago
        rf"\b(?P<verb>heeft|hebben) (?P<obj>(?:de |het )?[{UPPER}][^;:]{{0,160}}?) "
        r"(?:een|hun|haar|zijn) (?:eigen |vaste )?(?:stoel|plek|plaats|zetel) gekregen "
        r"aan (?:de )?(?:\w+ )?\w*tafel (?:van|bij) {C}",
    ),
    phrase(
        "X heeft zich als partner (aan)gemeld (bij Y)",
        r"{S} (?P<verb>heeft|hebben) zich (?:(?:nu|ook|officieel) )*als (?:nieuwe )?"
        r"partner (?:aan)?gemeld(?=[.;!,]|$| en | bij " + _FIELD + ")",
    ),
    phrase(
        "Sinds 18 november heeft de coalitie er een partner bij: X",
        r"\b(?:coalitie|netwerk|alliantie|samenwerking|platform|we|wij) er (?:een|twee|drie|vier"
        r"|\d) (?:nieuwe )?(?:partners?|leden|lid|deelnemers?"
        rf"|organisaties?) (?P<verb>bij)\s*: (?P<obj>[{UPPER}][^.;]+)",
    ),
    phrase(
        "(Ik ben trots) dat X vanaf vandaag (officieel) partner is van Y",
        rf"\bdat (?P<subj>(?:de |het )?[{UPPER}][^,;:]{{0,100}}?) (?:(?:vanaf|sinds|per) "
        r"(?:vandaag|nu|kort|deze (?:week|maand))|vandaag|nu ook) (?:officieel |ook )?"
        r"(?:partner|lid) (?P<verb>is|wordt|zijn|worden) (?:van|bij) (?P<coal>[A-Z].+|(?:de|het) "
        r"(?:coalitie|netwerk|alliantie)\b.*)",  # not "partner van het Jeugdfonds"
    ),
    phrase(
        "X heeft (in juli) zijn handtekening gezet (onder het convenant / onder Y)",
        r"^(?!(?:Alle|All|Iedereen|Geen|None)\b|[^.;]*\b(?:behalve|except|op \w+ na)\b)"
        r"(?=.*\b(?:coalitie|netwerk|alliantie|convenant|partners?|onder)\b){S} "  # a tie said
        r"(?P<verb>heeft|hebben) {A}(?:zijn|haar|hun|de) (?:handtekening|handtekeningen) "
        rf"(?:gezet|geplaatst)(?=\s*[.;,!]|\s*$| onder (?:het |de )?{PAPERS}\b| onder [{UPPER}])"
        r"(?: onder (?:het |de )?(?:\w+ )?(?:van |bij )?(?P<coal>[A-Z][^,;.]{1,80}))?",
    ),
    phrase(
        "X is aan boord gestapt van Y / X gaat aan boord bij Y (a headline)",
        r"{S} (?P<verb>is|zijn|gaat|gaan|stapte|stapten) {A}aan boord(?: gestapt| gegaan)?"
        r"(?: (?:bij|van) {C}|(?=[.!]?$))",
    ),
    phrase(
        "(Op 11 november) is X aan boord gestapt van Y",
        r"\b(?P<verb>is|zijn) {O} {A}aan boord (?:gestapt|gegaan)\b(?: (?:bij|van) {C})?",
    ),
    phrase(
        "(een kwartier later) volgde X als twaalfde / followed by X as the twelfth",
        rf"\b(?P<verb>volgde|volgden|followed) (?:(?:by|ook|direct|meteen) )?"
        rf"(?![\w-]+-(?:lid|leden|member)\b)(?P<obj>[{UPPER}][^,;]{{0,120}}?),? (?:als|as) "
        rf"(?:de |het |the )?{NTH_WORD}\b",  # not "HOK-lid X": a member of one, then its name
    ),
    phrase(
        "Na de zomer volgt naar verwachting X",
        rf"\b(?P<verb>volgt|volgen) (?:(?:naar verwachting|binnenkort|dan|ook|nog) )+"
        rf"(?P<obj>[{UPPER}][^,;]{{0,120}}?)(?:[.;]|$)",
    ),
)
"""Rows tried after `JOIN_FORMS` (so the older rows keep their readings)."""
