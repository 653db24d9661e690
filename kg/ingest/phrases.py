"""Phrase tables for joins, leaves and renames: data to extend (the words of time are in `tenses`).

Each table is a tuple of `Rule` (an example as its name, a regular expression); a new way of
writing is a new row, read by `joins` and `members`. Groups: `subj` the text before the verb
(its name read at its end), `obj` the text after it (its name read at its start), `coal` the
coalition, `list` names, `n` a number, `old`/`new` a coalition's former and new name.

>>> bool(JOIN_FORMS[0].pattern.search("A en B sluiten zich aan bij de Coalitie X"))
True
"""

from __future__ import annotations

from kg.ingest.phrasing import phrase
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER

__all__ = ["JOIN_FORMS", "PAPERS", "SEPARABLE", "TE", "phrase", "separable_forms"]

_SIGNS = "(?:onder)?(?:tekent|tekende|tekenen|tekenden)"  # (onder)tekende: signed
_WORD = rf"[{UPPER}][\w'’&.-]*"  # a capitalised word of a name
_NO_ORGAN = (
    r"(?!(?:Executive |Supervisory )?Board\b|Raad van|Bestuur\b|Directie\b|Redactie\b|College\b"
    r"|Team\b|Werkgroep\b|Committee\b)"
)  # "signed on behalf of the Executive Board": an organ of the one that joins, not it
_COUNT = r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d+)"  # who, by number
_ROLE = (
    r"\w*(?:directeur|voorzitter|bestuurder|coördinator|manager)|wethouder|eigenaar|director"
    r"|chair|owner|alderman"
)  # "tekende bestuurder Hein Postma voor X": a person who signs for a member
PAPERS = (
    r"(?:\w*convenant|\w*overeenkomst|\w*afspraken|\w*pact|\w*charter"
    r"|(?:intentie|samenwerkings|partner)verklaring)"
)  # "het samenwerkingsconvenant", "het partnerconvenant", "de partnerovereenkomst"


# Who joins which coalition. `subj` (or `obj`) is the joiner, `coal` the coalition (optional:
# "X sluit zich aan als 22e partner": the one named before). Tried in order.
JOIN_FORMS: tuple[Rule, ...] = (
    phrase(
        "X sluit(en) zich aan bij Y",
        r"{S} (?P<verb>sluit|sluiten|sloot|sloten) zich {A}aan(?: {A}bij {C})?",
    ),
    phrase("X sluit aan bij Y", r"{S} (?P<verb>sluit|sloot) {A}aan bij {C}"),
    phrase(
        "sluiten X en Y aan als zevende en achtste partner",
        r"\b(?P<verb>sluit|sluiten|sloot|sloten) (?!aan\b){O}(?: zich)? aan (?:als|bij) "
        r"{A}(?:{C})?",  # not "X sluit aan als ..., en Y ... aan als ...": X's own verb
    ),
    phrase(
        "sluit X zich aan bij Y",
        r"\b(?P<verb>sluit|sluiten|sloot|sloten) {O} zich {A}aan(?: {A}bij {C})?",
    ),
    phrase(
        "X heeft zich aangesloten / gevoegd bij Y",
        r"{S} (?:heeft|hebben) zich {A}(?:aangesloten|gevoegd) bij {C}",
    ),
    phrase(
        "X heeft zich bij Y aangesloten",
        r"{S} (?:heeft|hebben) zich {A}bij (?P<coal>.{1,200}?) aangesloten",
    ),
    phrase("X is aangesloten bij Y", r"{S} (?P<verb>is|zijn) {A}aangesloten bij {C}"),
    phrase(
        "(Sinds vandaag) heeft X zich aangesloten bij Y / hebben A en B zich bij Y gevoegd",
        r"\b(?P<verb>heeft|hebben) {O} zich {A}(?:aangesloten(?: bij {C})?|bij (?P<coal2>"
        r"(?:de |het |ons |onze )?[\w'’ -]{1,80}?) gevoegd\b)",
    ),
    phrase("X treedt toe tot Y", r"{S} (?P<verb>treedt|treden|trad|traden) {A}toe(?: tot {C})?"),
    phrase(
        "treedt X toe tot Y",
        r"\b(?P<verb>treedt|treden|trad|traden) (?!af\b){O} {A}toe\b(?: tot {C})?",
    ),
    phrase(
        "X is toegetreden tot Y / X is per die datum als partner toegetreden",
        r"{S} (?P<verb>is|zijn) {A}toegetreden(?: tot {C}|(?= en |[.,;]|$))",
    ),
    phrase(
        "dat X zich aansluit bij Y",
        r"{S} zich {A}(?P<verb>aansluit|aansluiten|aansloot|aansloten) bij {C}",
    ),
    phrase("X voegt zich bij Y", r"{S} (?P<verb>voegt|voegen|voegde|voegden) zich {A}bij {C}"),
    phrase(
        "Op dezelfde avond voegde ook X zich bij Y",
        r"\b(?P<verb>voegt|voegen|voegde|voegden) (?:(?:ook|nu|eveneens) )*{O} zich {A}bij {C}",
    ),
    phrase(
        "X heeft zich (als zevende partner) bij Y / bij ons gevoegd",
        r"{S} (?:heeft|hebben) zich {A}bij (?:ons|onze \w+|(?P<coal>.{1,200}?)) gevoegd\b",
    ),
    phrase("X verbindt zich aan Y", r"{S} verbindt zich {A}aan {C}"),
    phrase(
        "X wordt partner van Y / X is de 21e partner van Y",
        r"{S} (?P<verb>wordt|worden|werd|werden|is|zijn) (?!(?:een|één) van\b)"
        r"{A}(?:(?:de|een|het) )?{A}"
        r"(?:nieuwe |nieuwste )?"
        r"(?:partner|partners|lid|deelnemer|partij)(?: {NUMBER})? (?:geworden )?van {C}",
    ),
    phrase(
        "Y verwelkomt X / Y welcomes X",
        r"^(?P<coal>.+?) (?:verwelkomt|verwelkomde|verwelkomden|verwelkomen|welcomes|welcomed"
        r"|(?<=\b[Ww]e )welcome(?= (?:our|a|an|the|its) (?:\w+ ){0,2}(?:partner|member)s?\b)) "
        r"(?P<obj>.+)",
    ),
    phrase(
        "Y heeft (op donderdag 5 februari) X verwelkomd (als elfde partner)",
        r"^(?P<coal>.+?) (?:heeft|hebben) (?!(?:we|wij|ze|zij|ik|jullie|hij)\b){A}"
        r"(?P<obj>[A-Z][^,;:]{0,120}?) (?:verwelkomd|welkom geheten)\b",  # not "hebben we X"
    ),
    phrase(
        "(Sinds 1 april) is X partner van Y (not 'Naast A zijn ook B en C partner van Y')",
        r"(?P<ctx>^(?!(?:Naast|Behalve|Verder|Daarnaast|Tevens|Ook|Net als|Besides|Apart from)"
        r"\b).*?)"
        r"\b(?P<verb>is|zijn(?! (?:handtekening|naam|krabbel|paraaf|steun)\b)|wordt|worden|werd"
        r"|werden) (?!(?:een|één) van\b){O} {A}(?:(?:de|een|het) )?{A}(?:nieuwe |nieuwste )?"
        # not "zijn" his; not "is een van de partners van Y": a member already
        r"(?:partner|partners|lid|deelnemer|partij)(?: {NUMBER})? van {C}",
    ),
    phrase(
        "Daarmee is X officieel partner (en telt de alliantie nu acht partners)",
        r"^(?:Daarmee|Hiermee|Zo|Vanaf vandaag|Sinds vandaag) (?P<verb>is|zijn) {O} (?:nu |vanaf "
        r"vandaag )?officieel (?:partner|lid|deelnemer)\b(?! van (?!de |het )[A-Z])",
    ),
    phrase(
        "Op diezelfde dag werd ook X partner; (...)",
        r"^(?:Op (?:die|diezelfde|dezelfde) \w+|Die (?:dag|avond|middag|ochtend)|Vandaag|Gisteren"
        r"|Vanmiddag|Vanochtend|Vanavond),? (?P<verb>werd|werden) (?:ook )?"
        rf"(?P<obj>(?:de |het )?[{UPPER}][^;:]{{0,150}}?) (?:ook )?partner(?=[.;!]|$| en\b)",
    ),
    phrase("X maakt deel uit van Y", r"{S} (?P<verb>maakt|maken) {A}deel uit van {C}"),
    phrase("maakt X deel uit van Y", r"\b(?P<verb>maakt|maken) {O} deel uit van {C}"),
    phrase(
        "X joins Y / X has joined Y",
        r"{S}(?<!which)(?<!who)(?<!that)(?<!\bto)(?: has| have)?(?: officially| formally| now"
        r"| also)? (?P<verb>joins|join|joined) (?:the )?{C}",  # not "exploring whether to join"
    ),
    phrase(
        "the decision of X(, a ...,) to become the 20th partner of Y / het besluit van X om",
        r"\b(?P<verb>decision|besluit) (?:of|van) {O}(?:, [^,]{1,80},)? (?:to (?:become|join)\b"
        r"|om (?:[^,.;]{1,60} )?(?:te worden|aan te sluiten|toe te treden)\b)",
    ),
    phrase(
        "(In October,) two organisations joined: A and B",
        r"{S}(?: have| has)? (?P<verb>joined|signed up|came on board)"
        r"(?: (?:in|on|this|last) \w+)?:",
    ),
    phrase(
        "Per 1 april sluit (ook) X aan. / Per 1 januari komt daar X bij",
        r"\b(?P<verb>sluit|sluiten|sloot|sloten) (?:ook )?(?P<obj>[" + UPPER + r"][^,;:]{0,120}?) "
        r"aan(?:[.;,]|$)",
    ),
    phrase(
        "Per 1 januari komt daar X bij",
        r"\b(?P<verb>komt|komen) (?:daar|er) (?:ook )?(?P<obj>[" + UPPER + r"][^,;:]{0,120}?) bij"
        r"(?:[.;]|$)",
    ),
    phrase(
        "X will join the network (in January)",
        r"{S} (?:(?:has|have) announced that (?:it|they) )?(?P<verb>will) join (?:the )?{C}",
    ),
    phrase(
        "X is part of Y / X has become the tenth partner of Y",
        r"{S} (?:(?:has|have) (?:\w+ )?)?(?P<verb>is|are|becomes|become|became|been) "
        r"(?:(?:now|officially|formally) ){0,2}"
        r"(?:part|a member|a partner|(?:(?:the|its) )?[a-z0-9][\w-]* (?:partner|member)"
        r"|(?:partner|member) "
        r"{NUMBER}) (?:of|in) (?:the )?{C}",  # "is partner number nine of Y"
    ),
    phrase(
        "X signed at the same ceremony / X tekende bij dezelfde gelegenheid: a join told before",
        r"{S} (?:also |too |ook )?(?P<verb>signed|tekende|tekenden|ondertekende) (?:too|as well"
        r"|also|ook|eveneens|tegelijk\w*|at the same (?:ceremony|meeting|event|occasion|time"
        r"|moment)|on the same (?:day|evening|occasion)|bij dezelfde (?:gelegenheid|bijeenkomst)"
        r"|op dezelfde (?:dag|avond|bijeenkomst))\b",
    ),
    phrase(
        "(That afternoon) X also signed. / X tekende ook.: a join told before, its paper with it",
        r"{S} (?:also|too|ook|eveneens) (?P<verb>signed|tekende|tekenden|ondertekende)"
        r"(?=\s*(?:[.;!]|$))",
    ),
    phrase(
        "(Ook) X tekende mee / X en Y tekenden (ook) mee: co-signers of a join told before",
        r"{S} (?:ook |eveneens )?(?P<verb>tekende|tekenden|ondertekende|ondertekenden) "
        r"(?:ook |eveneens )?mee\b(?! (?:als|namens|voor) )",
    ),
    phrase(
        "Op dezelfde middag tekende ook X (uit Aalten), dat ...",
        r"\b(?P<verb>tekende|tekenden|ondertekende) (?:ook|eveneens) "
        rf"(?P<obj>(?:de |het )?[{UPPER}](?:[^,;:.]|\.(?=[A-Za-z]\.)|(?<=[A-Z]\.[A-Z])\.)*)",
    ),
    phrase(
        "X put its name on the list (as the network's seventh partner) / put their names to Y",
        r"^(?![^.]*\b(?:on behalf of|namens)\b)(?P<subj>.+?) (?:(?:has|have) )?"
        r"(?P<verb>put|puts|set|sets) (?:its|their) "  # not a person's ("his"), for another
        r"(?:name|names|signature|signatures) (?:on|to|under) (?:the |its |their )?(?:list|charter"
        r"|pact|agreement|covenant|{C})",
    ),
    phrase(
        "X (yesterday) signed the Convenant Y / X ondertekende het Pact Y: the paper names it",
        r"^(?![^.]*\b(?:on behalf of|namens)\b){S} {A}(?P<verb>signed|signs|ondertekende|tekende"
        r"|ondertekent|tekent) {A}(?:the |het |de )?(?P<coal>(?:Convenant|Covenant)\b[^,.;:()]+)",
    ),
    phrase(
        "X, Y and Z signed the pact / A and B both signed the network's partnership agreement",
        r"^(?![^.]*\b(?:on behalf of|namens)\b)(?P<subj>.+?) (?:both |also |all )?"
        r"(?P<verb>signed|sign|signs) (?:the |our |its )?"
        r"(?:(?:coalition|network|alliance|partnership)['’]s "
        r"(?=partnership|cooperation|membership))?"
        r"(?:(?:partnership|cooperation|coalition|alliance|network|membership|partner|platform"
        r"|[A-Z][\w'’-]*)(?:['’]s)? )?"
        r"(?:pact|agreement|covenant|charter)\b(?! with (?:the|a|an) )"
        r"(?![^.]*\b(?:in (?:19|20)\d\d|years? ago|jaar geleden)\b)",  # not a lease, not history
    ),
    phrase(  # not "is blij met de nieuwe partner": a partner after a preposition is no role
        "X en Y zijn sinds 15 november partner. / X is daarmee de veertiende ondertekenaar.",
        r"^(?!(?:[Zz]ij|[Hh]ij|[Zz]e|[Bb]eiden?|[Dd]eze)\b|(?:[Dd]e|[Hh]et|[Dd]eze|[Dd]it) [a-z])"
        r"(?P<subj>.+?) (?P<verb>is|zijn|wordt|worden) (?:(?<=wordt )|(?<=worden )|(?=.*\b(?:sinds"
        r"|per|vanaf|nu|vandaag|inmiddels|officieel|daarmee|gisteren|vanmiddag|vanochtend|\d+)\b))"
        r"(?:(?!tot\b|uitgegroeid\b|gestopt\b"
        r"|geweest\b|gebleven\b|opgehouden\b"
        r"|(?:met(?! ingang)|over|voor|bij|naar|aan|tegen|op(?! \d))\b)[\w’'\-]+ ){0,6}?"
        r"(?:partner|partners|lid|leden|deelnemer|deelnemers|ondertekenaar|ondertekenaars)\.?$",
    ),
    phrase(
        "Y heeft er (per 1 juni) vier partners bij (A, B, C en D)",
        r"^(?P<coal>.+?) (?P<verb>heeft|hebben) er {A}(?:partners?|leden|deelnemers) bij "
        r"\((?P<obj>[^)]+)\)",
    ),
    phrase(
        "Onlangs tekenden (onder meer) A, B en C",
        r"\b(?:[Oo]nlangs|[Vv]andaag|[Gg]isteren|[Dd]eze week|[Vv]orige week|[Ii]nmiddels"
        r"|(?:[Oo]p )?(?:[Dd]ezelfde|[Dd]iezelfde|[Dd]ie) (?:dag|datum|middag|avond)"
        r"|[Kk]ort daarna) "
        r"(?P<verb>tekende|tekenden|ondertekende|ondertekenden) (?:ook |eveneens )?"
        r"(?:onder meer |o\.a\. )?"
        r"(?P<obj>(?:(?! als | as |, (?:zodat|waardoor|waarmee|en daarmee)\b| (?:in|bij|tijdens) "
        r"| (?:het|de|ons|onze|hun) (?:\w*convenant|\w*overeenkomst|\w*afspraken|\w*verklaring)\b)"
        r"(?:[^.;:]|\.(?=[A-Za-z]\.)|(?<=[A-Z]\.[A-Z])\.))+)",  # "X het convenant in Y": X, not Y
    ),
    phrase(
        "Als 11de partner tekende (vorige week) X",
        r"\b[Aa]ls \w+ (?:partner|deelnemer|lid) (?P<verb>tekende|ondertekende) {A}"
        r"(?P<obj>[" + UPPER + r"]{TEXT})",
    ),
    phrase(
        "waar X toetrad tot Y",  # not "naar X, waar twee partijen zouden toetreden tot Y"
        r"{S}(?<!,) (?!(?:waar|where|waarbij|toen|die|dat)\b){A}"
        r"(?P<verb>toetreedt|toetrad|toetreden|toetraden) tot {C}",
    ),
    phrase(
        "X (onder)tekende (op 30 oktober in Hoorn) het (netwerk)convenant van Y",
        rf"{{S}} (?P<verb>{_SIGNS}) (?:(?!ook\b|{_COUNT}\b)[a-zß-ÿ0-9][^.;:]{{0,120}}? )?"
        rf"(?:het|de) (?:\w+ )?\w*?{PAPERS}(?: van {{C}})?",
    ),
    phrase(
        "(Op 19 november) tekende (ook) X het convenant van Y",
        rf"\b(?P<verb>{_SIGNS}) (?:ook |eveneens )?(?:de |het )?"
        rf"(?P<obj>[{UPPER}][^;]{{0,160}}?) {{A}}"
        r"(?:het|de|onze|hun|haar) "
        rf"(?:\w+ )?{PAPERS}(?: van {{C}})?",
    ),
    phrase(
        "X en Y zetten (op 14 juli) hun handtekening onder Y",
        r"{S} (?P<verb>zet|zette|zetten) (?:[^,;.:]{0,60}? )?(?:hun|zijn|haar|de) (?:handtekening"
        r"|naam(?= onder)|krabbel|paraaf)(?: onder {C})?\b",  # "zetten ... hun naam onder Y"
    ),
    phrase(
        "(Vandaag) zetten X en Y hun handtekening (onder Y) / zette voorzitter P van X haar ...",
        r"\b(?P<verb>zet|zette|zetten) (?:ook )?(?:voorzitter |directeur |wethouder |bestuurder )?"
        r"(?P<obj>(?:de |het |['’]t )?[" + UPPER + r"][^;]{0,160}?) {A}(?:hun|zijn|haar|de) "
        r"(?:handtekening|naam(?= onder)|krabbel|paraaf)(?: onder {C})?\b",
    ),
    phrase(
        "(Daarna) tekende bestuurder Hein Postma voor/namens Zorggroep X",
        rf"\b(?P<verb>{_SIGNS}) (?:de |het )?(?:{_ROLE}) (?:[{UPPER}][\w'’.-]* )+"
        r"(?:(?:van|de|der|den|ter|ten|van der|van den|van de) [" + UPPER + r"][\w'’-]* )?"
        r"(?:namens|voor|for|on behalf of) (?:de |het |the )?"
        rf"(?P<obj>{_WORD}(?: (?:van |de |der |den |'t |en |& )?{_WORD})*)",
    ),
    phrase(
        "(Dus) heb ik namens X de samenwerkingsafspraak (van Y) getekend / Namens X, ..., zijn we "
        "toegetreden tot Y",
        rf"\b(?:[Nn]amens|[Oo]n behalf of) (?:de |het |the )?{_NO_ORGAN}"
        rf"(?P<obj>{_WORD}(?: (?:van |de |der |den |'t |en |& )?{_WORD})*),? "
        r"(?:[^.;]{0,100}? )?(?P<verb>getekend|ondertekend|handtekening gezet|signed"
        r"|(?:toegetreden|aangesloten)(?= (?:tot|bij)\b))\b",
    ),
    phrase(
        "I signed the agreement (of Y) on behalf of X",
        r"\b(?P<verb>signed|tekende|ondertekende) [^.;]{0,120}?\b(?:on behalf of|namens) "
        rf"(?:de |het |the )?{_NO_ORGAN}"
        rf"(?P<obj>{_WORD}(?: (?:van |de |der |den |'t |en |& |of )?{_WORD})*)",
    ),
    phrase(
        "(Op 1 december) tekende X als zeventiende partner / als nummer 14 bij Y",
        r"\b(?P<verb>tekende|tekenden|ondertekende|ondertekenden|tekent|tekenen|ondertekent) "
        rf"(?P<obj>[{UPPER}][^,;]{{0,120}}?),? als (?:\w+ (?:partner|deelnemer|lid)\b"
        r"|(?:\w+tiende|\w+tigste|\w+de|\w+ste|\d+e) organisatie\b"
        r"|(?:\w+tiende|\w+tigste|\w+de|\w+ste|\d+e)(?=\s*[.;!]|\s*$)"  # "..., als vijftiende."
        r"|(?:nummer|nr\.) \d+\b)",
    ),
    phrase(
        "(Vanmiddag) tekenden zorgboerderij A, B en C als nieuwe partners (van Y)",
        r"\b(?P<verb>tekenden|ondertekenden|tekenen) (?:ook )?"
        rf"(?P<obj>(?:[a-zß-ÿ]+ )?[{UPPER}][^;:]{{0,240}}?) als (?:nieuwe |new )?"
        r"partners\b(?! (?:van|of) (?:de|het|the) (?:raad|bestuur|board|stuurgroep))",
    ),
    phrase(
        "(In juni / Een week later, op 9 november,) volgde X (als dertiende)",
        r"(?:^|;\s+)(?:[Ii]n \w+(?: \d{4})?|[Oo]p \d{1,2} \w+|[Ee]en (?:week|maand|dag) later|"
        r"[Tt]wee (?:weken|maanden|dagen) later),? (?:op \d{1,2} \w+,? )?(?P<verb>volgde) "
        r"(?:ook |nog )?(?:de |het )?(?:[\w-]+-lid )?(?P<obj>[" + UPPER + r"][^,;:]{0,120}?)"
        r"(?<!\b[A-Z])"
        r"(?: als \w+)?(?=,|[.;](?:\s|$)|$)",
    ),
    phrase("X heeft zich aangemeld bij Y", r"{S} (?:heeft|hebben) zich {A}aangemeld bij {C}"),
    phrase(
        "X heeft (gisteren) getekend (en is daarmee de vijftiende partner)",
        r"{S} (?P<verb>heeft|hebben) (?:(?:gisteren|gisteravond|vandaag|vanmiddag|vanochtend|ook|nu"
        r"|officieel|inmiddels|vorige week|deze week|op \d{1,2} \w+) ){0,3}(?:getekend|ondertekend)"
        r"(?=[.,;!]| en\b|$)",
    ),
    phrase("X komt erbij", r"{S} (?P<verb>komt|komen) (?:er )?(?:ook )?erbij\b"),
    phrase(
        "Ook X is er nu bij (not: X is er ook bij, at an event)",
        r"{S} (?P<verb>is|zijn) er (?:ook )?(?:nu|inmiddels|sinds vandaag|vanaf vandaag"
        r"|officieel)(?: ook)? bij(?=[.!]?$)",
    ),
    phrase(
        "Welkom aan A, B en C! (not: Welkom aan Noor, die gestart is bij praktijk X: staff; nor"
        " an association's 'twee nieuwe leden: A en B')",
        rf"\b[Ww]elkom aan (?![^!?.;]*\b(?:gestart|begonnen|in dienst|werkzaam|collega\w*)\b)"
        r"(?!(?:\w+ )?nieuwe leden\b(?![^!?.;]*\b(?:coalitie|netwerk|alliantie|partner)))"
        rf"(?P<obj>[{UPPER}][^!?.;]{{0,200}})",
    ),
    phrase(
        "(Sinds oktober) versterkt ook X de coalitie",
        rf"\b(?P<verb>versterkt|versterken) (?:ook |nu )?(?P<obj>[{UPPER}][^,;]{{0,120}}?) "
        r"(?:de|het|onze) (?:\w+ )?(?:coalitie|netwerk|alliantie|samenwerking)\b",
    ),
    phrase("X doet (vanaf nu) mee aan Y", r"{S} (?P<verb>doet|doen) {A}mee aan {C}"),
    phrase(
        "X doet nu (officieel) mee met Y",
        r"{S} (?P<verb>doet|doen) (?:nu|voortaan|vanaf nu|sinds \w+)(?: ook| officieel)* mee met "
        rf"(?P<coal>(?:(?:de|het) (?:coalitie|netwerk|alliantie) )?[{UPPER}][^,;:]+)",  # a name,
    ),  # to a comma ("met DigiZaan, het Zaanse netwerk"); not "mee met de Week van het Geld"
    phrase(
        "Sinds gisteren doet de winkel (officieel) mee aan Y",
        r"^(?:[Ss]inds|[Vv]anaf|[Pp]er|[Mm]et ingang van|[Vv]andaag|[Gg]isteren|[Dd]eze week|"
        r"[Nn]u)\b[^,]{0,30}? (?P<verb>doet|doen) (?P<obj>(?:de|het) [a-zß-ÿ]+) {A}mee aan {C}",
    ),
    phrase(
        "Nieuw erbij is X",
        rf"\b[Nn]ieuw (?:erbij|in de coalitie) (?P<verb>is|zijn) (?P<obj>[{UPPER}].+)",
    ),
    phrase(
        "(Daarom) is X (op dinsdag 8 september) toegetreden tot Y",
        r"\b(?P<verb>is|zijn) (?P<obj>[" + UPPER + r"][^,;]{0,120}?) {A}toegetreden tot {C}",
    ),
    phrase(
        "(Op 1 mei) zijn X en Y tot de coalitie toegetreden",
        r"\b(?P<verb>is|zijn) (?:de |het )?(?P<obj>[" + UPPER + r"][^;]{0,160}?) {A}tot (?:de|het) "
        r"[^.;]{0,80}?toegetreden",
    ),
    phrase(
        "(Op 15 juni) volgde X als partner nummer 11",
        r"\b(?P<verb>volgde|volgden|volgt|volgen) (?P<obj>[" + UPPER + r"][^,;]{0,120}?) als "
        r"(?:\w+ )?(?:partner|deelnemer|lid)\b",
    ),
    phrase(
        "hebben X en Y hun handtekening gezet onder Y / heeft X haar naam onder Y gezet",
        r"\b(?P<verb>heeft|hebben) (?!(?:onze|ons|our) ){O} {A}(?:hun|zijn|haar) (?:handtekening"
        r"|naam) (?:gezet onder {C}|onder (?P<coal2>[^,;:]+?) gezet\b)",
    ),
    phrase(
        "Y is (vandaag) uitgebreid met X (en Z)",
        r"^(?P<coal>.+?) (?:is|wordt|werd) {A}uitgebreid met (?P<obj>{TEXT}(?::{TEXT})?)",
    ),
    phrase(
        "Met de komst van X (en Z) telt Y nu N partners",
        r"\b[Mm]et de komst van (?P<obj>[^;:]{1,200}?) (?:telt|tellen|groeit|komt|is|zijn)\b",
    ),
    phrase(
        "X versterkt (sinds 1 mei) Y", r"{S} (?P<verb>versterkt|versterken) {A}(?:de |het )?{C}"
    ),
    phrase(
        "(In januari) is X aangeschoven / zijn X en Y aangesloten",
        rf"\b(?P<verb>is|zijn) (?P<obj>[{UPPER}][^,;]{{0,160}}?"
        r"(?:, (?:een |(?:de|het) (?=[a-z]|[A-Z]{2,}-))[^,;]{0,80},)?) "  # "X, een ICT-bedrijf,"
        r"{A}(?:aangeschoven|aangesloten)\b(?: bij {C})?",
    ),
    phrase(
        "Y heeft er een dertiende partner bij: X",
        r"^(?P<coal>.+?) (?P<verb>heeft|hebben) er {A}(?:partners?|leden|lid|deelnemers?) bij: "
        rf"(?P<obj>[{UPPER}][^.;]+)",
    ),
    phrase(
        "De nieuwe partners zijn A, B en C / The new partners are A and B",
        r"\b(?:[Dd]e|[Oo]nze|[Tt]he|[Oo]ur) (?:nieuwe|nieuwste|new|newest) "
        r"(?:partners|partijen|leden|deelnemers|members) "
        rf"(?P<verb>zijn|are):? (?P<obj>[{UPPER}][^;]+)",
    ),
    phrase(
        "On 3 February, X became our tenth partner",
        r"{S} (?P<verb>became|becomes|has become) (?:our|the|its) (?:\w+ )?(?:partner|member)\b",
    ),
    phrase("X schuift aan bij Y", r"{S} (?P<verb>schuift|schuiven|schoof|schoven) {A}aan bij {C}"),
    phrase(
        "X schoof in oktober aan tafel (bij Y)",
        r"{S} (?P<verb>schuift|schuiven|schoof|schoven) {A}aan tafel(?: bij {C}|(?=[.,;!]|$))",
    ),  # subject first: "In 2021 schoof X voor het eerst aan tafel" is no join now
    phrase(
        "(Ook) X heeft toegezegd mee te doen / aan te sluiten",
        r"{S} (?P<verb>heeft|hebben) {A}toegezegd {A}(?:om )?(?:mee te doen|aan te sluiten"
        r"|toe te (?:zullen )?treden)(?: (?:bij|tot|aan) {C})?",
    ),
    phrase(
        "de nieuwste partner, X (ABC), ... / the newest partner, X, which joined ...",
        r"\b(?:[Dd]e nieuwste|[Dd]e nieuwe|[Tt]he newest|[Tt]he new|[Oo]ur newest|[Oo]nze nieuwste)"
        r" (?:partner|member|lid|deelnemer), (?P<obj>[" + UPPER + r"][^,;:]{0,120}?)(?: \([^)]*\))?"
        r"(?:,|$)",
    ),
)

SEPARABLE: tuple[tuple[str, str, str], ...] = (
    ("sluit|sluiten|sloot|sloten", "aan", "aangesloten"),  # "doet mee" tells of taking part
    ("treedt|treden|trad|traden", "toe", "toegetreden"),
    ("komt|komen|kwam|kwamen", "(?:er)?bij", "(?:bijgekomen|erbij gekomen)"),
    ("schuift|schuiven|schoof|schoven", "aan", "aangeschoven"),
    ("haakt|haken|haakte|haakten", "aan", "aangehaakt"),
    ("stapt|stappen|stapte|stapten", "in", "ingestapt"),
    (
        "stapt|stappen|stapte|stapten|komt|komen|kwam|kwamen",
        "aan boord",
        "aan boord ge(?:stapt|komen)",
    ),
)
"""Separable verbs of joining: finite forms, particle, participle (in a subordinate clause
the particle goes before the finite form: "dat X per januari aansluit"). `separable_forms` makes
the rows every one of them is written in; they are tried after `JOIN_FORMS`' own rows."""

_ADVERBIAL = (
    r"(?:(?!(?:uit|waarom|omdat|hoe|waar|wat|dat|die|en|of|maar|het|de)\b)[a-zß-ÿ0-9][\w’'\-]* )"
    r"{0,5}?"
)  # "dat X per 1 januari aansluit", not "X legt uit waarom het centrum aansluit"
_END = r"(?=[.,;:!?)]|$| (?:als|bij|tot|aan|per|met ingang|vanaf|sinds|op|in|na|tijdens|during)\b)"
TE = (
    r"(?:aan te (?:zullen )?sluiten|toe te (?:zullen )?treden|mee te doen|aan te schuiven"
    r"|aan te haken)"
)


_NOT_OF = r"(?<! van )(?<! van de )(?<! van het )(?<! bij )(?<! of the )"  # "komt een vrijwilliger
# van het X bij": X's person, not X


def separable_forms() -> tuple[Rule, ...]:
    """The rows of `SEPARABLE`: subject first ("X sluit naar verwachting in het voorjaar aan",
    "X sluit aan als tiende partner"), verb first ("Binnenkort sluit ook X aan", "sloten in
    maart A en B bij de coalitie aan", "In januari kwam X erbij"), perfect ("Op 1 oktober is
    X toegetreden")."""
    rows: list[Rule] = []
    obj = r"(?P<obj>[" + UPPER + r"](?:(?!, (?:en|maar|want) [a-z])[^;:]){0,200}?)"  # one clause
    for finite, particle, participle in SEPARABLE:
        example = f"{finite.split('|')[0]} ... {particle}"
        singular = [f for i, f in enumerate(finite.split("|")) if i != 1]  # "aansluiten" is
        joint = " " if " " in particle else ""  # "dat X aansluit", "dat X aan boord stapt"
        glued = "|".join(f"{particle}{joint}{form}" for form in singular)  # also the infinitive
        rows.append(
            phrase(
                f"dat X per januari {particle}{finite.split('|')[0]}",
                rf"{{S}} (?:zich )?{_ADVERBIAL}(?P<verb>{glued})\b",
            )
        )
        rows.append(
            phrase(f"X {example}", rf"{{S}} (?P<verb>{finite}) (?:zich )?{{A}}{particle}{_END}")
        )
        rows.append(
            phrase(
                f"{example}: verb first",
                rf"\b(?P<verb>{finite}) {{A}}{_NOT_OF}{obj}(?: zich)? {{A}}{particle}{_END}",
            )
        )
        rows.append(
            phrase(
                f"X is {participle}",
                rf"{{S}} (?P<verb>is|zijn|heeft|hebben) (?:zich )?{{A}}{participle}"
                rf"(?: (?:bij|tot) {{C}}|{_END})",
            )
        )
        rows.append(
            phrase(
                f"is X {participle}",
                rf"\b(?P<verb>is|zijn|heeft|hebben) {{A}}{obj}(?: zich)? {{A}}{participle}"
                rf"(?: (?:bij|tot) {{C}}|{_END})",
            )
        )
    return tuple(rows)
