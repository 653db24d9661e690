"""More ways a release tells who joins, tried after `phrases.JOIN_FORMS` and `MORE_FORMS`:
data to extend, like them (`subj`, `obj`, `coal` groups as there).

>>> any(f.pattern.search("Vorige maand hebben we Stichting X binnengehaald.") for f in NEWS_FORMS)
True
"""

from __future__ import annotations

from kg.ingest.dates import MONTH_WORD
from kg.ingest.ordinals import NTH_WORD
from kg.ingest.phrases import phrase
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER

__all__ = ["NEWS_FORMS"]

_NAMES = rf"(?P<obj>[{UPPER}][^;:]{{0,200}}?)"
_ORDINAL = NTH_WORD
_OF_COALITION = (
    r" (?:van|in|of|bij|binnen) (?:de|het|the|onze|our|this|dit|deze) (?:coalitie|netwerk"
    r"|alliantie|samenwerking|coalition|network|alliance)\b"
)  # "the eleventh partner in the coalition", not "the first organisation with a ..."
_TIME_WORD = (
    r"(?:Afgelopen|Vorige?|Volgende?|Gisteren|Vandaag|Vanochtend|Onlangs|Last|Next|Yesterday"
    r"|Today|Recently|Thanks|Dankzij|Daarna|Toen|Later|Eerder)\b"
)
_AT = rf"(?: (?:in|uit|te) [{UPPER}][\w'’-]*)?"  # "het gezondheidscentrum in Leusden"
_NOT_HELPER = (
    r"(?![^.]*\b(?:als|as an?) (?:vrijwilliger|volunteer|stagiair|intern|coördinator|coordinator"
    r"|medewerker|digicoach|voorzitter|chair)\b)"
)  # "Petra de Vries, die als vrijwilliger aan de slag gaat": a person, no joiner
_WHEN = (
    r"(?:(?:(?:\w+)?dag|gisteren|vandaag|vanochtend|vanmiddag|vanavond|ook|nu|inmiddels|al"
    r"|officieel|eindelijk|vorige week|deze week) )*"
)  # "heeft dinsdag getekend", not "heeft een intentieverklaring getekend"

NEWS_FORMS: tuple[Rule, ...] = (
    phrase(
        "De nieuwkomers zijn A, B en C / The newcomers are A and B",
        rf"^(?:[Dd]e|[Tt]he) (?:nieuwkomers|newcomers|nieuwe partners|new partners|new members) "
        rf"(?P<verb>zijn|waren|are|were):? (?P<obj>(?:de |het |the )?[{UPPER}].+)",
    ),
    phrase(
        "(Vandaag) hebben we als X onze handtekening gezet(: we zijn de 9e partner van Y)",
        rf"\b(?:hebben|heeft) (?:we|wij) (?:\w+ ){{0,3}}?als (?P<obj>[{UPPER}][^,;:]{{0,80}}?) "
        r"(?P<verb>onze|de|zijn|haar) handtekening (?:\w+ ){0,3}?(?:gezet|geplaatst)"
        rf"(?:[^.]*?\b(?:partner|deelnemer|lid) van (?P<coal>[{UPPER}][^,;:.]{{1,80}}))?",
    ),
    phrase(
        "the alliance signed up social enterprise X as its nineteenth partner",
        r"\b(?P<verb>signed up|welcomed|welcomes|has welcomed) (?!(?:to|with|for|at)\b)"
        r"(?:[a-z]+ ){0,3}?"  # not "X signed up to Y as its eighth member": Y is no joiner
        rf"(?P<obj>[{UPPER}][^,;:]{{0,100}}?) as (?:its|our|their|the) \w+ (?:partner|member)\b"
        rf"(?: (?:of|in|to) (?:the )?(?P<coal>[{UPPER}][^,;:.]{{1,80}}))?",
    ),
    phrase(
        "Ik ben trots dat ik vanavond X mag verwelkomen als vijftiende partner",
        rf"\b(?:ik|we|wij) (?:\w+ ){{0,3}}?(?P<obj>[{UPPER}][^,;:]{{0,100}}?) "
        r"(?P<verb>mag|mogen|kan|kunnen) verwelkomen\b(?P<coal>)",
    ),
    phrase(
        "Vorige maand hebben we X (en Y) binnengehaald",
        rf"\b(?P<verb>heeft|hebben) (?:we|wij|ze|zij|het netwerk|de coalitie) {{A}}{_NAMES} "
        r"{A}(?:binnengehaald|verwelkomd|aan boord gehaald)\b",
    ),
    phrase(
        "Het convenant werd (maandag) getekend door X en Y",
        r"\b(?:werd|werden|is|zijn|was|were) (?:\w+ ){0,8}?(?:getekend|ondertekend|signed) "
        r"(?:door|by) (?:de |het |the )?(?P<obj>[^.;]{1,200})",
    ),
    phrase(
        "X, Y and Z put their names to the pact / have signed up to",
        r"{S} (?P<verb>put|puts|(?:have |has )?signed up) (?:their |its )?"
        r"(?:names? )?(?:to|for)\b",
    ),
    phrase(
        "Sinds 1 september zijn A, B en C partner",
        rf"\b(?P<verb>is|zijn) {_NAMES} (?:nu |ook |inmiddels )?(?:partner|partners|lid|leden)"
        r"\.?$",
    ),
    phrase(
        "Sinds oktober zit er een nieuwe organisatie aan tafel: X",
        r"(?:\b(?:een|twee|drie|vier|vijf|\w+) (?:nieuwe|new|(?:more|extra)(?=[^:]{0,60}\b(?:joined"
        r"|signed|kwamen|sloten|traden|aangesloten|toegetreden|bijgekomen)\b)) "
        r"(?:organisaties?|organisations?|partners?|members?|deelnemers?"
        r"|(?:leden|lid)(?=[^.;]*\b(?:coalitie|netwerk|alliantie|partner)))\b"  # not a club's
        r"|\b(?:twee|drie|vier|two|three|four|\d) (?:nieuwelingen|nieuwkomers|newcomers)\b)"
        r"(?![^:]*\b(?:deze|alle|these|all)\b)[^:]{0,60}: (?:(?:onze|ons|our) (?:eigen |own )?)?"
        rf"(?P<obj>[{UPPER}](?:[^.;]|(?<=\b[A-Z])\.)+?)"  # "... Opleidingen B.V., a firm"
        r"(?= (?P<verb>tekenen|tekent|zijn|is|sluiten|treden|doen)\b|(?<!\b[A-Z])[.;]|$)",
    ),
    phrase(
        "Toetreding van X (zevende partner)",
        rf"\b[Tt]oetreding van (?P<obj>[{UPPER}][^(|]{{0,100}})",
    ),
    phrase(
        "De gemeente X heeft laten weten dat zij in het najaar aansluit",
        r"{S} (?P<verb>heeft|hebben) {A}(?:laten weten|aangegeven|besloten|toegezegd) dat "
        r"(?:zij|hij|het|ze|it|they) {A}(?:aansluit|toetreedt|aansluiten|toetreden)\b",
    ),
    phrase(
        "De gemeente X heeft besloten / aangekondigd / toegezegd (in 2027) toe te treden",
        r"{S} (?P<verb>heeft|hebben) {A}(?:besloten|aangekondigd|toegezegd|aangegeven|bevestigd"
        r"|beloofd) (?:\w+ ){0,6}?(?:aan te sluiten|toe te treden|in te stappen|aan te schuiven"
        r"|mee te doen|partner te worden)\b",
    ),
    phrase(
        "X wil (op termijn) aansluiten / zal naar verwachting toetreden",
        r"{S} (?P<verb>wil|willen|zal|zullen) (?!(?:\w+ )?(?:weten|horen|zien)\b){A}"
        r"(?:aansluiten|toetreden|instappen|aanschuiven"
        r"|meedoen|ondertekenen)\b",
    ),
    phrase(
        "X will join / is expected to join / intends to join / has decided (promised) to join",
        r"{S} (?P<verb>will|is expected to|are expected to|intends to|intend to|plans to|plan to"
        r"|is set to|are set to|ha(?:s|ve) (?:decided|promised|pledged|agreed) to|has confirmed"
        r" it will|has indicated that it intends to) (?:\w+ )?"
        r"(?:join|come on board|become a partner)\b",
    ),
)

NEWS_FORMS += (
    phrase(
        "Deze maand zijn er twee nieuwe partners bijgekomen (, en ...): A en B",
        r"\b(?P<verb>zijn|is) er {A}(?:partners?|leden|lid|organisaties?|deelnemers?) "
        rf"(?:bijgekomen|bij gekomen|toegetreden|aangesloten)\b[^:]*: (?P<obj>[{UPPER}][^.;]+)",
    ),
    phrase(
        "X signed on as the eleventh partner of Y",
        r"{S} (?:(?P<verb>have|has) )?(?:also |now )?signed (?:up|on) as (?:the |its |a )?"
        r"(?:\w+ )?(?:partner|member) (?:of|to|in) {C}",
    ),
    phrase(
        "A and B have (both) signed up / X signed up",
        r"{S} (?:(?P<verb>have|has) )?(?:both |also |now |all )?signed (?:up|on)\b"
        r"(?! behalf)",  # not "signed on behalf of X"
    ),
    phrase(
        "X (, het lunchcafé in Leusden,) volgde op woensdag 10 juni / een dag later",
        r"{S} (?P<verb>volgde|volgden) (?:op (?:\w+dag )?\d{1,2} \w+|(?:een|twee|drie) "
        r"(?:dag|dagen|week|weken) later|kort daarna|meteen daarna)(?=\s*[,.;]|\s*$)",
    ),
    phrase(
        "Een dag later volgde (HOK-lid) X als tiende",
        r"\b(?P<verb>volgde|volgden) (?:[\w-]+-lid |[a-z][\w-]* )?"
        rf"(?P<obj>[{UPPER}][^,;]{{0,120}}?) als (?:de )?{_ORDINAL}\b",
    ),
    phrase(
        "A and B joined, bringing the coalition to 17 partners",
        r"^(?P<subj>(?:(?!\b(?:who|which|that|when|if|to|would|will|can)\b).)+?)(?: has| have)?"
        r"(?: officially| formally| now| also)? (?P<verb>joined)(?: (?:on |in )?(?:\d{1,2} )?"
        rf"(?:{MONTH_WORD})(?: \d{{1,2}},?)?(?: \d{{4}})?)?(?=, (?:bringing|taking|making)\b|\.?$)",
    ),
    phrase(
        "(...;) vandaag volgt X als de 10e (partner).",
        rf"\b(?P<verb>volgt|volgen) (?P<obj>[{UPPER}][^,;]{{0,120}}?) als (?:de )?{_ORDINAL}"
        r"(?: (?:partner|deelnemer))?[.!]?$",
    ),
    phrase(
        "hebben X en Y dinsdag het convenant van Z ondertekend",
        rf"\b(?P<verb>heeft|hebben) {{A}}(?P<obj>[{UPPER}][^;:]{{0,160}}?) {{A}}"
        r"(?:de|het|hun|haar|zijn) (?:\w+ )?(?:convenant|samenwerkingsovereenkomst|overeenkomst"
        r"|intentieverklaring|pact) van [^.;]{1,80}? (?:getekend|ondertekend)\b",
    ),
    phrase(
        "X is per 1 oktober (als twaalfde partner) opgenomen in Y",
        r"{S} (?P<verb>is|zijn) {A}opgenomen in {C}",
    ),
    phrase(
        "Per 1 september zijn er drie organisaties bij X gekomen",
        r"\b(?P<obj>)(?:is|zijn) er (?:\w+ ){0,4}?(?:organisaties|partners|organisations"
        r"|partijen) bij "
        r"(?P<coal>.+?) (?:gekomen|bijgekomen)\b",
    ),
    phrase(
        "X has been joined by A and B",
        rf"\b(?:has|have) been joined by (?:the )?(?:\w+ ){{0,2}}?{_NAMES}(?:[.;]|$)",
    ),
    phrase(
        "Sinds 1 september is de zorggroep (in Leusden) (als veertiende partner) aangesloten",
        rf"\b(?P<verb>is|zijn) (?P<obj>(?:de|het|deze|dit) [a-zß-ÿ]+{_AT}) "
        r"{A}(?:aangesloten|toegetreden)\b",
    ),
    phrase(
        "In september tekende ook deze vrijwilligersgroep (uit Soesterberg). (under its name)",
        rf"\b(?P<verb>tekende|tekenden|ondertekende|ondertekenden) (?:ook |nu )?"
        rf"(?P<obj>(?:de|het|deze|dit) [a-zß-ÿ]+{_AT})(?= als |\s*[.!]?$)",
    ),
    phrase(
        "Nieuw erbij: X. / Nieuwe partner: X / New on board: X",
        r"^(?:[-–•*]\s*)?(?:[Nn]ieuw (?:erbij|aan tafel|aan boord|in het netwerk)|[Nn]ieuwe "
        r"(?:partner|deelnemer)|[Nn]ew (?:on board|partner|member))\s*:\s*"
        rf"(?P<obj>(?:de |het |the )?[{UPPER}](?:[^.;,:]|(?<=\b[A-Z])\.)+)(?=[.;,]|$)"
        r"(?![^.]*\b(?:betaalt|financier\w*|sponsor\w*|funds|co[öo]rdinator|voorzitter|chair"
        r"|directeur|director|medewerker)\b)",  # not a funder's or a person's news
    ),
    phrase(
        "X is onze achtste partner (en Y onze negende)",
        r"^(?!(?:De|Het|Een|The|An?|Dit|Deze|Die|Dat) [a-z])(?P<subj>.+?) "
        rf"(?P<verb>is|wordt|werd) (?:nu |daarmee |officieel )?(?:(?:onze|de|het) {_ORDINAL} "
        r"(?:partner|deelnemer|lid)|partner (?:nummer|nr\.) \d+)\b(?! van)",  # not "Het bedrijf
    ),  # achter de app X is de ...": "X is partner nummer 14."
    phrase(
        "Sinds maandag 2 februari is X (in Joure) er ook (officieel) bij",
        r"\b(?:[Ss]inds|[Vv]anaf|[Pp]er) [^,.;:]{1,30}? (?P<verb>is|zijn) "
        rf"{_NAMES} (?:er (?:(?:ook|nu|inmiddels|officieel) ){{0,3}}bij|erbij)(?=[.!]?$)",
    ),
    phrase(
        "X is er nu officieel bij",
        rf"\b(?P<verb>is|zijn) {_NAMES} (?:er (?:(?:ook|nu|inmiddels) ){{0,2}}officieel bij"
        r"|officieel erbij)(?=[.!]?$)",
    ),
    phrase(
        "Stichting X heeft dinsdag getekend.",
        rf"{{S}} (?P<verb>heeft|hebben) {_WHEN}(?:getekend|ondertekend)(?=[.!]?$)",
    ),
    phrase(
        "Vorige week donderdag heeft X (uit Y) getekend.",
        rf"\b(?P<verb>heeft|hebben) (?P<obj>[{UPPER}][^,;:]{{0,120}}?)"
        rf"(?: (?:uit|in|te) [{UPPER}][^,;:]{{0,40}}?)? {_WHEN}(?:getekend|ondertekend)(?=[.!]?$)",
    ),
    phrase(
        "Sinds half maart is daar X (als twaalfde partner) bij gekomen",
        r"\b(?P<verb>is|zijn) (?:daar|er|nu|ook|inmiddels) (?:(?:ook|nu|inmiddels|onze eigen) )*"
        rf"(?P<obj>[{UPPER}][^,;:]{{0,120}}?) {{A}}(?:bij ?gekomen|erbij gekomen)\b{_NOT_HELPER}",
    ),
    phrase(
        "Sinds 1 maart doet er een nieuwe club mee: X",
        r"\b(?P<verb>doet|doen|zit|zitten|is|zijn) er (?:\w+ )?(?:een|twee|drie) nieuwe [\w-]+ "
        rf"(?:mee|bij|aan tafel)\s*: (?P<obj>[{UPPER}][^.;]+)",
    ),
    phrase(
        "Nieuw aan boord is X, die ... / De jongste aanwinst is X / Het nieuwe lid is kantoor X",
        r"^(?:Nieuw (?:aan boord|aan tafel|in het netwerk)|(?:De|Het) (?:[\w-]+ )?(?:aanwinst"
        r"|nieuwkomer|nieuwe (?:lid|partner|deelnemer)))\s+(?P<verb>is|was|zijn|waren) "
        r"(?:(?:de|het|een) (?:[\w-]+ ){0,2}?|[a-z][\w-]* )?"
        rf"(?P<obj>[{UPPER}][^;:]{{0,160}}?)(?=, (?:die|dat|een|met|waar)\b|[.!]?$){_NOT_HELPER}",
    ),
    phrase(
        "In March, X came on board / At the signing, X came in as the thirteenth",
        r"^(?!(?:When|As|Once|After|Before|If|Until|Since|Now that|Because|Ever since)\b)"
        r"(?:(?:On|In|Since|By|At) (?:\d{1,2} |the )?[A-Za-z]+(?: \d{1,2})?(?: \d{4})?,? )?"
        r"(?:[Tt]he )?(?P<subj>.+?) (?P<verb>came|has come|have come|comes|come) "
        r"(?:on board\b|in as (?:the|its|our) (?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\b)",
    ),
    phrase(
        "Also joining today is X, a volunteer group",
        r"\b(?:[Aa]lso )?[Jj]oining (?:(?:today|now|us|them|the (?:coalition|network|alliance"
        r"|partnership)) ){0,2}(?P<verb>is|are) (?:the )?"
        rf"(?P<obj>[{UPPER}][^;:]{{0,160}}?)(?=, (?:a|an|the|which|who)\b|[.!]?$)",
    ),
    phrase(
        "Since 12 February, X is officially a member of Y",
        r"{S} (?P<verb>is|are|has been|have been) (?:now |also )*(?:officially|now) (?:an? )?"
        r"(?:official )?(?:member|partner) (?:of|in) {C}",
    ),
    phrase(
        "Today two more organisations joined, the A and B",
        r"\b(?:two|three|four|five|\d) (?:more |new )?(?:organi[sz]ations|partners|members) "
        rf"(?:have )?(?P<verb>joined)(?: \w+){{0,3}}?, (?:the )?(?P<obj>[{UPPER}][^;:]+?)"
        rf"(?: (?:of|from|in) [{UPPER}][\w'’-]*)?(?=[.!]?$)",  # "... B.V. of Almelo."
    ),
    phrase(
        "(thanks to) the X, which joined the coalition on 1 October / X, die in mei aansloot",
        r"(?:^|\b(?:the|de|het|to|by|van|door|met|with|and|en)\s+|, )"
        rf"(?P<obj>[{UPPER}][\w'’&.-]*(?: (?:[{UPPER}][\w'’&.-]*|van|de|der|den|voor|aan|'t|&))*?)"
        r",? (?:which|that|die|dat) (?P<verb>joined|has joined|aansloot|toetrad|(?:is|zijn) "
        r"(?:aangesloten|toegetreden))\b(?: (?:the |de |het )?(?:coalition|network|alliance"
        r"|coalitie|netwerk))?(?: (?:on|in|op|per) [^,.;]{1,25})?(?=[,.;]|$)",
    ),
    phrase(
        "A signed in October, and X followed on 3 November",
        r"\b(?:signed|joined|tekende|tekenden|sloot|sloten|trad|traden|aangesloten|toegetreden)\b"
        rf"[^.;]*?,? (?:and|en) (?:the |de |het )?(?P<obj>[{UPPER}][^,;:]{{1,100}}?) "
        r"(?P<verb>followed|volgde)(?: (?:on|in|op) [^,.;]{1,25})?(?=[,.;]|$)",
    ),
    phrase(
        "Gisteren heeft Wim van der Veen van X (in Y) zijn handtekening gezet / zette zij namens X",
        r"\b(?P<verb>heeft|hebben|zette|zetten) (?:[A-Z][\w'’-]+ (?:(?:van|de|der|den|ter|te) )*"
        r"[A-Z][\w'’-]+|zij|hij|ze) "
        rf"(?:van|namens) (?:de |het )?(?P<obj>[{UPPER}][^,;:]{{0,100}}?)"
        rf"(?: (?:in|uit|te) [{UPPER}][\w'’-]*)? (?:zijn|haar|hun) handtekening (?:\w+ ){{0,3}}?"
        r"(?:gezet\b|onder\b)",
    ),
    phrase(
        "Since 1 Feb, X has been a partner of Y / As of 1 May, X is now one of the partners of Y",
        r"(?:^|(?<=: ))(?:[Ss]ince|[Ss]inds|[Aa]s of) (?:[^,:]{1,30},|[^,:]{1,30}?) "
        r"(?:[a-z][^:;,]{2,30}: )?(?P<subj>.+?) "
        r"(?P<verb>has|have|is|zijn) (?:been )?(?:(?:now|officially|itself|nu|officieel) )*"
        r"(?:an? |een |(?<=now )one of the |(?<=itself )one of the )?(?:official |officiële? )?"
        r"(?:partners?|members?|lid|leden) (?:of|van) {C}",
    ),
    phrase(
        "X stapt (nu) over naar Y / Twee daarvan stappen over naar de coalitie: A en B",
        r"{S} (?P<verb>stapt|stappen|stapte|stapten) {A}over naar {C}",
    ),
    phrase(
        "X opent een hulplijn en wordt partner van Y",
        rf"^(?P<subj>[{UPPER}][\w&'’.-]*(?: (?:&|[{UPPER}][\w&'’.-]*))*) [a-z][^,;:]*? en "
        r"(?P<verb>wordt|is) (?:nu |ook |daarmee )?partner (?:van|in|bij) {C}",
    ),
    phrase(
        "(A is onze 10e partner.) X werd de 11e.",
        r"^(?!(?:De|Het|Een|The|An?|Dit|Deze|Die|Dat|Dat|Wie|Wat) [a-z])(?P<subj>[A-Z].+?) "
        rf"(?P<verb>werd|wordt) (?:daarmee |nu |dus )?de {_ORDINAL}[.!]?$",
    ),
    phrase(
        "X tekende (vandaag) als zevende partner (, Y als achtste)",
        r"{S} (?P<verb>(?:onder)?(?:tekent|tekende|tekenen|tekenden)) {A}als \w+ (?:partner"
        r"|deelnemer|lid)\b",
    ),
    phrase(
        "(Ik tekende vrijdag.) Dat maakt X de elfde partner / That makes X the eleventh partner",
        r"^(?:Dat|Dit|Daarmee|That|This|Which) (?P<verb>maakt|maakte|makes|made) "
        rf"{_NAMES} (?:(?:nu|officieel|now|officially) )?(?:de|het|the) "
        rf"(?:{_ORDINAL}|nieuwste|newest|latest) "
        r"(?:partner|deelnemer|lid|member|organisatie|organisation)"
        rf"(?=\s*(?:[.!,;–-]|$)|{_OF_COALITION})",
    ),
    phrase(
        "(Last Tuesday,) X pulled up a chair at Y's table, becoming member number 12",
        r"^(?![^.]*\b(?:board|bestuur|team|raad van toezicht|stuurgroep|financier\w*|subsidie\w*"
        r"|sponsor\w*|funds?|funding|grant)\b)"  # not a board's or a funder's first
        rf"(?:[{UPPER}][^,;:]{{0,30}}, )?(?!{_TIME_WORD})(?P<subj>[{UPPER}][^,;:]{{0,80}}?) "
        r"(?P<verb>[a-z][\w'’-]*) [^;:]*?, "
        r"(?:becoming |and became |en werd (?:daarmee |zo )?|waarmee \w+ (?:nu )?)"
        r"(?=[^.]*(?:partner|member|lid|deelnemer))"
        rf"(?:(?:the|de|het|its|our|onze) )?"
        rf"(?:{_ORDINAL} (?:\w+ )?(?:partner|member|lid|deelnemer|organisatie|organisation)"
        r"|(?:member|partner|lid"
        r"|deelnemer) (?:number|nummer|no\.|nr\.) \d+)\b",
    ),
    phrase(
        "Y schuift (op zijn verjaardag) een stoel bij voor X",
        r"\b(?P<verb>schuift|schoof|schuiven) [^,;:]{0,60}?\been (?:extra |nieuwe )?stoel "
        r"(?:aan tafel )?bij voor "
        rf"(?:de |het )?(?P<obj>[{UPPER}][^,;:]{{0,120}}?)(?=[.,;!]|$| (?:uit|in|te)\b)",
    ),
    phrase(
        "(Het is zover:) X heeft (sinds 1 november) een eigen stoel aan tafel bij Y",
        rf"(?:^|:\s+)(?P<subj>[{UPPER}][^,;:]{{0,100}}?) (?P<verb>heeft|hebben|krijgt|kreeg) "
        r"(?:(?!al\b)[\w-]+ ){0,4}?een eigen (?:stoel|plek|plaats) aan (?:de )?tafel "
        r"(?:bij|van) (?P<coal>[^,;:]+)(?<!financier)",
    ),
    phrase(
        "(Sinds 1 november) heeft X een eigen stoel aan tafel bij Y",
        rf"\b(?P<verb>heeft|hebben|krijgt|kreeg|krijgen) (?P<obj>[{UPPER}][^,;:]{{0,120}}?) "
        r"(?:nu |ook |sindsdien |inmiddels )*een eigen (?:stoel|plek|plaats) aan "
        r"(?:tafel|de tafel) (?:bij|van) (?P<coal>[^,;:]+)",
    ),
    phrase(
        "Per 1 september hebben twee organisaties hun naam op de partnerlijst laten bijschrijven:"
        " A en B / X put its name on the partner list of Y",
        r"^(?:(?:[Pp]er|[Ss]inds|[Vv]anaf|[Ii]n|[Oo]p|[Oo]n|[Ss]ince) [^,;:]{1,25}?,? )?"
        r"(?P<subj>[^,;:]+?),? (?:(?P<verb>heeft|hebben|liet|lieten|zette|zetten|put|puts|added"
        r"|have|has) )(?:\w+ ){0,3}?(?:hun|haar|zijn|its|their) (?:eigen |own )?(?:naam|name) "
        r"(?:\w+ ){0,2}?(?:op|on|to) (?:de|het|the) (?:partnerlijst|ledenlijst|partner list"
        r"|member list|list of (?:partners|members)|(?:lijst|rijtje) (?=van (?:de |het )?[A-Z]))"
        r"(?:\b| ?)(?:(?:van|of) (?P<coal>[^,;:]+))?",
    ),
    phrase(
        "X (in Beilen) doet nu ook mee / doet voortaan mee",
        rf"^(?P<subj>[{UPPER}][^,;:]{{0,100}}?) (?P<verb>doet|doen) (?:nu ook|ook nu|vanaf nu"
        r"|voortaan|nu eveneens)(?: ook| vast| officieel)? mee(?! (?:aan|met) (?:de|het|een)\b)\b",
    ),
    phrase(
        "(Vacaturesite blijkt struikelblok:) X tekent bij Y",
        r"{S} (?P<verb>tekent|tekende|tekenen|tekenden) (?:(?:vandaag|nu|ook|officieel) )*bij "
        rf"(?P<coal>(?:de |het )?[{UPPER}][^,;:]+)",
    ),
    phrase(
        "Daarmee is X partner nummer 9 / Zo werd X de tiende partner",
        r"^(?:Daarmee|Daardoor|Zo|Nu|Sindsdien|Vanaf vandaag|Met ingang van vandaag) "
        rf"(?P<verb>is|wordt|werd) (?P<obj>[{UPPER}][^,;:]{{0,80}}?) (?:officieel |nu )?"
        rf"(?:partner (?:nummer|nr\.) \d+|de {_ORDINAL} (?:partner|deelnemer))\b",
    ),
    phrase(
        "2. Welkom aan boord, X (a heading)",
        r"^(?:\d+\.\s*)?(?:Welkom aan boord|Welcome (?:on|aboard)(?: board)?),? "
        rf"(?P<obj>[{UPPER}][^,;:!?.]{{1,80}})[!.]?$",
    ),
    phrase(
        "X hoort sinds vandaag (officieel) bij het netwerk",
        rf"^(?P<subj>[{UPPER}][^,;:]{{0,100}}?) (?P<verb>hoort|horen) (?:sinds [^,;:]{{1,25}}?"
        r"|vanaf (?:nu|vandaag)|nu ook|nu officieel|voortaan) (?:(?:officieel|ook|nu) )*"
        r"(?:bij|tot) (?:het|de|ons|onze) (?:netwerk|coalitie|alliantie)\b(?! van\b)",
    ),
    phrase(
        "Twee nieuwe handtekeningen onder het convenant: A en B",
        r"^(?P<obj>(?:\w+ )?(?:nieuwe |new )(?:handtekeningen|namen|signatures|names) "
        rf"(?:onder|op|on|under) (?:het|de|the) [^:]{{1,40}}: [{UPPER}][^;:]+)",
    ),
    phrase(
        "X (, a volunteer society,) was accepted last Friday into Y / X is toegelaten tot Y",
        r"^(?P<subj>[^;:]+?),? (?P<verb>was|were|has been|have been|is|zijn|werd|werden) "
        r"(?:\w+ ){0,3}?(?:accepted|admitted|welcomed|toegelaten|aangenomen|opgenomen) "
        r"(?:\w+ ){0,3}?(?:into|in|to|as a (?:member|partner) of|tot|in|als (?:lid|partner) "
        r"(?:van|in|bij)) (?:the |de |het )?(?P<coal>[^,;:]+)",
    ),
    phrase(
        "Sinds maandag mag (het) X zich officieel partner noemen (van Y)",
        rf"\b(?P<verb>mag|mogen) (?:het |de )?(?P<obj>[{UPPER}][^,;:]{{0,100}}?) zich "
        r"(?:[\w-]+ ){0,3}?(?:partner|lid|deelnemer) (?:[\w-]+ )?noemen\b",
    ),
    phrase(
        "Sinds 16 november staat ook X op de partnerlijst / op het rijtje van Y / staat X als 9e "
        "partner op hun website",
        rf"\b(?P<verb>staat|staan) (?:(?:nu|ook|sindsdien|inmiddels|er) )*"
        r"(?:(?:onze|ons|de|het) [a-zß-ÿ][^,;:()]{0,40}, )?"  # "onze eigen verhuurder, X,"
        rf"[\"“„]?(?P<obj>[{UPPER}][^;:()\"”]{{0,120}}?)[\"”]?,?(?: \([^()]*\))?(?: zelf)? "
        r"(?:(?:op|in) (?:de|onze|ons|hun|haar|het) (?:partnerlijst|partnerrijtje"
        r"|ledenlijst|partnerpagina)(?! als (?:sponsor|financier|leverancier))"
        r"|op het rijtje (?:van(?= (?:de |het )?[A-Z])|partners)"
        r"|als [^,;:]{0,30}?(?:partner|naam) op (?:de|onze|hun|haar|zijn) (?:website|site"
        r"|partnerpagina|partnerlijst|lijst)(?P<coal>))\b",
    ),
    phrase(
        "X (nieuwe) partner van Y (a headline without a verb)",
        r"^(?!(?:(?! partner ).)*? (?:en|and) )"  # not "A en B partner van Y": read elsewhere
        rf"(?P<subj>[{UPPER}][^;:–—|()\d]{{0,80}}? [{UPPER}][\w'’.&-]*) (?:nu |officieel )?"
        r"(?:nieuwe |nieuwste )?"
        r"partner (?:van|in|bij) (?P<coal>[A-Z](?:(?! sinds| since)[^,;:.!?\d]){2,60})$",
    ),
    phrase(
        "Sinds 1 september is ook X van de partij",
        rf"\b(?:[Ss]inds|[Pp]er|[Vv]anaf) (?:\d{{1,2}} )?(?:{MONTH_WORD})(?: \d{{4}})? "
        r"(?P<verb>is|zijn) (?:(?:nu|ook|er) )*"
        rf"(?P<obj>[{UPPER}][^,;:]{{0,120}}?) (?:(?:er|ook|nu) )*van de partij\b",
    ),
    phrase(
        "X became the eleventh organisation to join (Y)",
        r"{S} (?P<verb>became|becomes|has become|is|was) (?:the|its|our) \w+ "
        r"(?:organisation|organization|partner|member|party) to (?:join|sign)\b",
    ),
    phrase(
        "(•) X staat sinds 1 oktober in ons partnerrijtje / op de partnerlijst",
        rf"^(?:[-•*]\s*)?(?P<subj>[{UPPER}][^,;:]{{0,100}}?) (?P<verb>staat|staan) "
        r"(?:(?:sinds|vanaf|per)(?! (?:19|20)\d\d\b)|nu|ook|inmiddels) [^,;:]{0,40}?(?:op|in) "
        r"(?:de|onze|ons|hun|haar|het) "
        r"(?:partnerlijst"
        r"|partnerrijtje|ledenlijst|partnerpagina|rijtje)\b",
    ),
    phrase(  # taking part from a day on: a join ("neemt deel aan" alone tells a member)
        "X neemt met ingang van 1 december (per, vanaf) deel aan Y",
        rf"{{S}} (?P<verb>neemt|nemen) (?:met ingang van|per|vanaf) (?:\d{{1,2}} )?(?:{MONTH_WORD})"
        r"(?: \d{4})? deel aan {C}",
    ),
)
