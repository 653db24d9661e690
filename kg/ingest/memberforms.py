"""The last rows of the member-list table (`listings.MEMBER_LIST_RULES` ends with them, in this
order) and `WE_AS`, the writer's own organisation: data to extend, like `phrases`."""

from __future__ import annotations

import re

from kg.ingest.gazetteer import bare_place
from kg.ingest.namelike import org_like
from kg.ingest.namewords import LEAVES, MORE_NAMES
from kg.ingest.namewords import NAME as _NAME
from kg.ingest.namewords import NOT as _NOT
from kg.ingest.namewords import STILL as _STILL
from kg.ingest.phrases import phrase
from kg.ingest.possible import PARTNERSHIP
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER
from kg.ingest.tellers import only_told
from kg.ingest.words import ANOTHER_COALITION, NAMES_A_KIND, PEOPLE_OF, org_head

__all__ = [
    "LEADS",
    "MEMBER_LIST_TAIL",
    "PARTNER_CLAUSE",
    "PARTNER_WORD",
    "PART_OF",
    "WE_AS",
    "belong_there",
    "seated_in",
]

_NAMES_VERB = r"(?:noemt|noemde|noemen|noemden|rekent|rekende|names|named|lists|listed|mentions)"
_WHO_NAMES = r"(?:ze|zij|hij|je|we|wij|she|he|they)"
_PARTNERS_WORD = r"(?:partners|leden|deelnemers|members|partnerorganisaties|organisaties)"

PARTNER_CLAUSE = phrase(
    "De gemeente X, die ook partner is / X, een mbo-school die er ook partner van is / X, "
    "ook al zo'n convenantpartner, / X, which are also in the coalition",
    r"^(?=.*?, (?:die|dat|which|who|een|a|an|zelf|ook|eveneens|tevens|al|nog|altijd|steeds"
    r"|also|itself|too|already|still)\b).*?"  # tried once a sentence, not at each capital
    rf"(?i:{PEOPLE_OF})?(?P<list>{_NAME})"
    rf"(?: (?:uit|te|from) [{UPPER}][\w'’-]*)?, (?:(?:een|a|an) [a-z][\w-]*(?: [a-z][\w-]*)? )?"
    rf"(?:(?:die|dat|which|who) {_NOT}(?:(?!geen |niet |not |no |nooit |never )\w+ ){{0,8}}?"
    r"(?:(?:een|a|an) )?(?:coalitie)?partners? (?:van (?:de|het|ons|onze) \w+ |van )?"
    r"(?:is|zijn|was|waren)(?=\s*[,.;)–—]|\s*$| (?:en|and|maar|but)\b)"
    r"|(?:die|dat) (?:ook |al )*in (?:de|het) "
    r"(?:coalitie|netwerk) (?:zit|zitten)\b|(?:which|who) (?:is|are|was|were) (?:also |already "
    r"|itself )?(?:(?:a )?partners?(?! of (?!the (?:coalition|network|alliance)))"
    r"|in the (?:coalition|network|alliance))\b"
    rf"|{_STILL}+(?:(?:een|a|zo'n|zo’n) )?(?:coalitie|convenant|founding |fellow )?partners?"
    r"(?=[,.;)]| (?:van|of)\b))",
)
"""A clause or apposition after a name that makes it a partner: a row of `listings`."""


MEMBER_LIST_TAIL: tuple[Rule, ...] = (
    phrase(
        "Femke rattled off the others (over coffee): A; B / Ze somde de anderen op: A en B",
        r"\b(?:rattled off|reeled off|named|listed|ran through|went through|noemde|somde"
        r"|ratelde|ging)(?: \w+){0,2}? (?:the others|the other \w+|the rest|de anderen|de andere"
        r" \w+|de rest|de overigen)\b[^:;.]{0,30}:(?P<list>.*)",
    ),
    phrase(
        "Tot de ondertekenaars van het eerste uur horen A en B",
        r"^Tot (?:de|onze) (?:\w+ )?(?:partners|ondertekenaars|leden|deelnemers)"
        r"(?: van het eerste uur)? horen(?P<list> .*)",
    ),
    phrase(
        "hebben we samen met A en B de handtekeningen gezet / samen met A en B het convenant",
        rf"\b(?:[Ss]amen met|[Tt]ogether with) (?:o\.a\. |onder meer )?(?P<list>{_NAME}"
        rf"(?:{MORE_NAMES})*) (?:de |onze |hun |het |our |their |the )?(?:handtekening\w*"
        r"|convenant|samenwerkingsovereenkomst|signatures?|covenant|agreement)\b",
    ),  # co-signers: members
    phrase(
        "Ze sluiten aan bij A, B en C (the members there already)",
        r"^(?:[Zz]e|[Zz]ij|[Bb]eiden?|[Dd]e nieuwkomers|[Tt]hey|[Bb]oth) "
        r"(?:sluiten|sloten|voegen|voegden|sluit|sloot|voegt|voegde) (?:zich )?(?:\w+ )?(?:aan )?"
        r"bij (?:onder (?:meer|andere) |o\.a\. )?"
        rf"(?P<list>{_NAME}(?:,? (?:en|and|&) {_NAME}|, {_NAME})+)",
    ),
    phrase(
        "X is one of its founding partners / X is een van de oprichters",
        rf"^(?P<list>{_NAME}) (?:is|was) (?:(?:one of )?(?:its|the|our) (?:founding|original) "
        r"(?:partners|members)|(?:een )?van de (?:oprichters|initiatiefnemers))\b",
    ),
    phrase(
        "het netwerk werkt in A en B, met partners als C en D (not: X works with partners like C)",
        r"\b(?:netwerk|coalitie|alliantie|network|coalition|alliance)\b[^.;:]{0,80}\b(?:met|with) "
        r"(?:partners|leden|members) (?:zoals|als|such as|like) "
        rf"(?P<list>{_NAME}(?:{MORE_NAMES})*)",
    ),
    phrase(
        "Als partners noemt ze onder meer A, B en C / She names as partners A and B",
        rf"\b(?:(?:[Aa]ls|[Tt]ot de) (?:\w+ )?{_PARTNERS_WORD} {_NAMES_VERB} {_WHO_NAMES}"
        rf"|[Aa]s (?:\w+ )?{_PARTNERS_WORD} {_WHO_NAMES} {_NAMES_VERB}"
        rf"|{_NAMES_VERB} {_WHO_NAMES} (?:als|as) (?:\w+ )?{_PARTNERS_WORD}) "
        r"(?:o\.a\. |onder (?:meer|andere) |among others )?"
        rf"(?P<list>{_NAME}(?:{MORE_NAMES})*)",
    ),
    phrase(
        "3. De partners A en B bieden ... aan / Our partners A and B run ...",
        r"(?:^|(?<=[.:] ))(?:\d+[.)] )?(?:[Dd]e|[Oo]nze|[Tt]he|[Oo]ur) "
        rf"(?:(?:andere|overige|other) )?(?:coalitie)?partners (?!(?:I|We|They|You|U|Wij|Zij)\b)"
        rf"(?=[^.;:]*? (?:en|and|&) [{UPPER}])(?P<list>(?=[{UPPER}]){_NAME}(?:{MORE_NAMES})*)",
    ),
    phrase(
        "A and B, both coalition members, / X, another member, / A, B en C, alle drie partner van",
        r"^(?=.*?, (?:ook |also )?(?:both|all|alle|beide|allebei|another|een van de|one of)\b)"
        rf".*?(?P<list>{_NAME}(?:(?:, {_NAME})+,? (?:en|and) {_NAME}|{MORE_NAMES})?), "
        r"(?:ook |also )?(?:both|all|alle|beide|allebei|another|een van de"
        r"|one of the|one of its|one of our) (?:(?:coalition|network|alliance|pact)['’]s )?"
        r"(?!(?:former|prospective|would-be|potential|future|oud|toekomstige|mogelijke)\b)"
        r"(?:[\w-]+ )?(?:coalition |coalitie)?(?:members?|partners?|oprichters|founders"
        rf"|founding members|founding partners)\b(?!{LEAVES})(?!\s+(?:of|van)\s+(?:the|de|het)"
        r"\s+(?!(?:coalition|network|alliance|coalitie|netwerk|alliantie)\b)[a-z])",  # "one of
        # the coalition's founding partners", "both long-time partners"; not "... of the city"
    ),
    phrase(
        "X (ABC), a founding partner that ... / X, een oprichtende partner,",
        rf"(?P<list>{_NAME})(?:\s*\([^()]{{1,12}}\))?, (?:a|an|een) (?:founding|original"
        r"|oprichtende) (?:partner|member|lid)\b",
    ),
    phrase(
        "Ten partners now, from A and B to C and D / partners, van A tot B",
        r"\b(?:partners|organisaties|partijen|members|organisations)\b(?: now| nu| op)?,? "
        r"(?:van|from) "
        rf"(?P<list>(?=(?:de |het |the )?[{UPPER}][\w'’&-]* [{UPPER}])[^.;:!?]+? (?:tot|to) "
        rf"(?:de |het |the )?[{UPPER}][\w'’&-]* [{UPPER}'’(&][^.;:!?]*?)"
        r"(?=,? (?:and|en) (?:now|nu)\b|[.;:!?]|$)",  # names of two words or more, not places
    ),
    phrase(
        "I met people from A, from B and from C – all partners / A, B en C, allemaal partner",
        rf"(?:\b(?:from|van|bij) )?(?P<list>{_NAME}"
        rf"(?:,? (?:and |en )?(?:from |van |bij )?{_NAME})+)"
        r"(?:\s*[–—-]\s*|, )(?:all|allemaal|alle drie|alle vier|both|beide|allebei)(?: of them)?,? "
        r"(?:partners?|members?|leden|lid)\b",
    ),
    phrase(
        "Seniorenvereniging X doet mee, de gemeente Y doet mee, en Z regelt de vrijwilligers",
        r"(?:^|(?<=, )|(?<=, en )|(?<=; ))(?!(?:Welke|Wie|Niet|Geen|We|Wij|Zij|Ze|Ook|Dit|Dat"
        r"|Die|Deze|Er|Iedereen|Alle|Veel|Meer|Nee|Ja)\b)(?:(?:[Dd]e|[Hh]et) )?"
        rf"(?P<list>(?![^,;]* en ){_NAME}) (?:doet|doen) mee(?:, (?:en )?(?:(?:[Dd]e|[Hh]et) )?"
        rf"(?P<more>(?![^,;]* en ){_NAME}) (?:doet|doen) mee)?"
        r"(?=\s*(?:[.;!]|,(?! (?:net als|evenals|zoals ook)\b)|$))",
    ),
    phrase(
        "De Bibliotheek X doet mee, net als A en B",
        rf"^(?:(?:De|Het|Ook) )?(?P<list>{_NAME}) (?:doet|doen) (?:al |ook |gewoon )*mee,? "
        r"(?:net als|evenals|zoals ook) (?P<more>[^.;!?]+)",
    ),
    phrase(
        "(Onze bibliotheken zijn partner,) net als A en B",
        r"\b(?:partners?|lid|leden|mee|member|members|erbij)\b,? (?:net als|as are|as is) "
        rf"(?P<list>{_NAME}(?:{MORE_NAMES})*)",
    ),
    phrase(
        "X doet vanaf het begin mee / Zoals je weet doet X al vanaf het begin mee",
        rf"^(?:[Oo]ok )?(?P<list>{_NAME}(?:,? (?:en|&) {_NAME})*) (?:doet|doen|deed|deden) "
        r"(?:al |ook |zelf )*(?:vanaf het begin|van het begin af(?: aan)?|sinds de start|vanaf de "
        r"start|van het eerste uur|al jaren) mee\b",
    ),
    phrase(
        "X doet al twee jaar mee / X doet sinds 2023 mee (not: mee aan de quiz)",
        rf"(?:^|:\s)(?:[Oo]ok )?(?P<list>{_NAME}(?:,? (?:en|&) {_NAME})*) (?:doet|doen) "
        r"(?:al |ook |zelf )*(?:(?:twee|drie|vier|vijf|zes|\d+|een paar|enkele|ruim een|een) "
        r"(?:jaar|jaren|maanden)"
        r"|sinds (?:19|20)\d\d) mee(?=\s*[.!;]|\s*$)",
    ),
    phrase(
        "Zoals je weet doet X al vanaf het begin mee",
        rf"\b(?:doet|doen) (?P<list>{_NAME}) (?:al |ook )*(?:vanaf het begin|sinds de start"
        r"|vanaf de start|al jaren) mee\b",
    ),
    phrase(
        "In X werken onder meer de gemeenten A en B, C en D samen (met E)",
        r"\bwerken (?:(?:onder meer|onder andere|onder anderen|o\.a\.|ook|nu|inmiddels) )*"
        rf"(?P<list>{_NAME}(?:{MORE_NAMES})*"
        r"(?: (?:al|nu|inmiddels|sinds|ruim|twee|drie|vier|vijf|jaar|jaren|\d+)){0,3}"
        r" samen(?: met .*|(?=[ .,;]|$)))",
    ),
    phrase(
        "Naast ons zitten daar onder meer A, woningcorporatie B en C in",
        r"\b(?:zitten|zit|zaten) (?:er|daar) (?:(?:nu|ook|verder|onder meer|onder andere|o\.a\.)"
        rf" )*(?P<list>{_NAME}(?:{MORE_NAMES})+) in\b",
    ),
    phrase(
        "Since then, A, housing association B and C have joined",
        r"^(?:Since then|Later on|Earlier),? (?P<list>[^;:]+?),? (?:have |has )?(?:also )?"
        r"(?:joined|signed (?:up|on)|come on board|came on board)\b",
    ),
    phrase(
        "Van de partners die er later bij kwamen, zijn A en B de grootste / Of our members, A ...",
        r"^(?:Van|Onder|Of|Among) (?:de|onze|alle|the|our|all) (?:\w+ )?(?:partners"
        r"|coalitiepartners|netwerkpartners)\b[^,;:]{0,80}, (?:zijn|is|are|[a-z]+(?:en|t|s)) "
        rf"(?:dat |those )?(?P<list>{_NAME}(?:{MORE_NAMES})*)",
    ),
    phrase(
        "Twee andere partners, A en B, leveren begeleiders / Two other members, A and B, run ...",
        r"^(?:\w+ )?(?:andere |other |van de |of the )?(?:partners|coalitiepartners)"
        r", (?P<list>[^;:]+?(?: en | and )[^;:]+?), (?:[a-z]+(?:en|t|s)|are|zijn)\b",
    ),
    phrase(
        "(Voor de volledigheid,) de andere acht zijn A, B en C / The others are A, B and C",
        r"^(?:[^:;,]{1,45}, ){0,2}(?:[Dd]e|[Dd]ie|[Tt]he) (?:(?:andere|overige|other) "
        r"(?:(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\w+tien|two|three|four|five|six"
        r"|seven|eight|nine|ten|eleven|twelve|\w+teen) )?(?:partners |organisaties |organisations "
        r"|coalitiepartners )?|(?:anderen|overigen|others) )(?<=\w )(?:zijn|are):? "
        rf"(?P<list>(?:de |het |the )?[{UPPER}].*)",
    ),
    phrase(
        "De andere zes kent u misschien al: (over a list)",
        r"^(?:De|Die|The) (?:andere|overige|other) (?:\d+|twee|drie|vier|vijf|zes|zeven|acht"
        r"|negen|tien|elf|twaalf|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
        r"[^:]{0,40}:(?P<list>)$",
    ),
    phrase(
        "De zesde partner, X, zorgt ... / The fifth member, X, runs ...",
        r"^(?:De|Het|The) \w+(?:ste|de|th|st|nd|rd) (?:partner|coalitiepartner), "
        rf"(?:de |het |the )?(?P<list>{_NAME}),",
    ),
    phrase(
        "X, one of the housing corporations in the alliance / X, the library and a founding "
        "partner of the alliance",
        r"^(?=.*, (?:[^,;]{0,60}? (?:and|en) )?(?:a|an|one of the|een van de|één van de) ).*?"
        rf"(?:[{UPPER}][a-zß-ÿ]+ [{UPPER}][\w'’-]+ (?:of|van|from|bij) )?"  # "Marleen Dijkhuis of"
        rf"(?P<list>{_NAME}), (?:[^,;]{{0,60}}? (?:and|en) )?(?:a|an|one of the|een van de"
        r"|één van de) (?:[\w-]+ ){0,2}?(?:partners?|members?|leden|lid|oprichters|founders?"
        r"|[a-zß-ÿ]+(?:s|en)) (?:of|in|van|binnen|bij) (?:the|de|het|our|onze|this|dit|deze) "
        rf"(?:alliance|coalition|network|alliantie|coalitie|netwerk|samenwerking)\b(?!{LEAVES})",
    ),
    phrase(
        "Behalve A, B en C zijn onder anderen D en E partner (van Y)",
        r"^(?=[^;:]*\b(?:partners?|lid|leden|deelnemers?)\b[^;:]{0,60}$)(?![^;:]*\b(?:geen"
        r"|niet|not)\b)(?:Behalve|Naast) (?>(?P<more>[^;:]+?),? (?:is|zijn) )"
        r"(?:(?:onder anderen|onder andere|onder meer|o\.a\.|ook|nog) )*"
        rf"(?P<list>(?:de |het )?[{UPPER}][^;:]*?),? (?:ook )?(?:partner|partners|lid|leden"
        r"|deelnemer|deelnemers)(?! (?:van|in|bij) (?:de|het) (?:stuurgroep|werkgroep|bestuur"
        r"|raad))(?: (?:van|in|bij) [^,;:]++)?\.?$",
    ),
    phrase(
        "Klikvast, dat zijn A, woningcorporatie B en C. / De partners? Dat zijn A, B en C.",
        r"^(?![^,]*\b(?i:sponsor|financier|fonds|fund|donat|steun|support|gast|guest|spreker|speaker))"
        rf"(?:[{UPPER}][^,;:?]{{0,60}}, (?:dat|die)|(?:[Dd]at|[Dd]ie|[Tt]hat) (?=[^;:]*,))"
        r" (?:zijn|waren|are|were) (?:(?:onder meer|onder andere|o\.a\.) )?"
        rf"{NAMES_A_KIND}(?P<list>(?:de |het |the )?[{UPPER}][^;:]*(?: en | and )[^;:]*?)\.?$",
    ),
    phrase(
        "X staat op hun partnerlijst, naast onder meer de A, B en C.",
        r"^(?=[^;:]*\b(?:partner\w*|coalitie|netwerk|alliantie)\b)[^;:]*?,? naast (?:onder meer"
        rf"|onder andere|o\.a\.) (?P<list>(?:de |het )?[{UPPER}][^;:]*?)\.?$",
    ),
    phrase(
        "Ook de gemeente A en de gemeente B zijn partner. / ..., en ook winkel X is partner.",
        r"(?:^|, (?:en |maar )?)(?:[Oo]ok )?(?:(?:een|de|het) [a-zß-ÿ-]+, )?"
        r"(?!(?:Neither|None|Both|Each|Geen|Beide|Wij|We|Zij|They)\b)"
        rf"(?P<list>(?:de |het |the )?(?:[a-zß-ÿ-]+ )?[{UPPER}][^,;:]*?),? (?:is|zijn|are) "
        r"(?:ook |al |nog steeds |still |also )?(?:(?:a|an|our|one of our) (?:\w+ ){0,3})?"
        r"(?:partner|partners|lid|leden|deelnemer|deelnemers|member|members)(?:\.|;.*)?$",
    ),
    phrase(
        "In Domburg is X de vaste partner / Op Schouwen is X partner; op Walcheren zijn dat A en B",
        r"(?:^|[;,]\s+(?:en )?)(?:[Ii]n|[Oo]p|[Bb]ij|[Vv]oor) [^,;:]{1,40}? (?:is|zijn) "
        rf"(?:ook )?(?P<list>{_NAME}(?:{MORE_NAMES})*) (?:de |een )?(?:vaste |lokale )?"
        r"partners?(?=[.;,]|$)(?:;\s*(?:in|op|bij|voor) [^,;:]{1,40}? zijn dat (?:ook )?"
        rf"(?P<more>{_NAME}(?:{MORE_NAMES})*))?",
    ),
    phrase(
        "That is why the library works with A, with B (and now with us) (not: works closely with)",
        rf"^(?![^.]*{ANOTHER_COALITION})"
        r".*?(?<!\bto )\b(?:works|work|worked) (?!(?:\w+ )?(?:closely|also|too|on|for)\b)"
        r"(?:together )?"
        rf"with (?:among others )?(?P<list>(?:the )?[{UPPER}][^.;:]*?)(?=,? (?:and )?now\b|[.;]|$)",
    ),
    phrase(
        "X is een van de partners van ons netwerk Y (a member, not a join)",
        rf"^(?:(?:Ook|En) )?(?!(?:Wij|We|Zij|Ze|Hij|Dit|Dat|Die|Deze)\b)(?P<list>{_NAME}"
        rf"(?:{MORE_NAMES})*),? (?:is|zijn|was|waren) (?:al |ook |nog )*(?:een|één|one) (?:van|of) "
        r"(?:de|onze|the|our) (?:\w+ )?(?:partners|deelnemers|members)\b",
    ),
    phrase(
        "Vakschool X levert als partner de studenten",
        rf"^(?:(?:En|Ook) )?(?!(?:Wij|We|Zij|Ze|Hij|Dit|Dat|Die|Deze)\b)(?P<list>{_NAME}) [a-z]+ "
        r"(?:ook )?als (?:vaste )?partner\b(?! van)",
    ),
    phrase(
        "In maart sloot X zich al aan (history: a member, not the news)",
        rf"\b(?:sloot|sloten) (?P<list>{_NAME}(?:{MORE_NAMES})*) zich (?:ook )?(?:al|eerder) "
        r"(?:eerder )?aan(?=[.;!]|$)(?![^.;]*\b(?:uit|stopte|vertrok|gestopt)\b)",
    ),
)

# The writer's own organisation, one name: "de coalitie waarvan wij als Stichting Welzijn, Wonen en
# Zorg X (WWZX) sinds de start trekker zijn".
WE_AS = phrase(
    "(de coalitie waarvan) wij als Stichting X (sinds de start) trekker zijn",
    rf"\b(?:[Ww]ij|[Ww]e) als (?P<list>[{UPPER}].*?)(?: \([A-Z]{{2,8}}\))?(?: \w+){{0,6}}? "
    r"(?:trekker|partner|penvoerder|lid|deelnemer|initiatiefnemer|kartrekker)s?\b",
)

# The organisation of the person who leads the coalition, one name: "zegt P van X, die de
# coalitie coördineert", "P at X, who chairs the coalition".
LEADS = phrase(
    "zegt P van X, die de coalitie coördineert / P at X, who chairs the coalition",
    rf"\b(?:van|of|at|bij) (?:de |het |the )?(?P<list>{_NAME})(?: \([^()]*\))?, "
    r"(?:(?:die|dat|who|which) (?:(?:de|het) (?:coalitie|netwerk|alliantie) (?:coördineert|"
    r"voorzit|trekt|leidt)|(?:coordinates|chairs|leads) the (?:coalition|network|alliance))"
    r"|(?:de|the) (?:kar)?(?:trekker|voorzitter|coördinator|chair|coordinator) (?:van|of) "
    r"(?:de|het|the) (?:coalitie|netwerk|alliantie|coalition|network|alliance))"
    r"(?=[.,;!?]|$| (?:en|and|is|was)\b)",  # this coalition, not "het netwerk Mediawijsheid"
)


PART_OF = re.compile(
    r"\b(?:coalitie|netwerk|alliantie|samenwerking|[A-Z][\w'’-]*),? (?:waarvan|waar) "
    rf"(?P<list>{_NAME}(?:,? (?:en|&) {_NAME})*) (?:(?:al |ook |sinds \d{{4}} )*)deel "
    r"(?:van )?(?:uitmaakt|uitmaken|uitmaakte|uitmaakten)\b"
)
"""A member in a clause of the coalition's: "de coalitie Y, waarvan X sinds 2024 deel uitmaakt"."""

PARTNER_WORD = re.compile(
    r"\b(?i:alliantie|coalitie|netwerk|mede|fellow |alliance |coalition |network )partners? "
    rf"(?P<list>{_NAME}(?: e\.o\.)?(?:{MORE_NAMES}(?: e\.o\.)?)*)"
)
"""Members named after a word for the coalition's partners: "alliantiepartner BiebTwente
Collectief", "netwerkpartner Stichting Welzijn X"."""


def seated_in(text: str, coalitions: frozenset[str]) -> str:
    """The names a sentence seats in the coalition by its name: "Achter Y zitten A, B en C",
    "In Y werken A en B samen"; "" for any other sentence."""
    for name in (name for name in coalitions if name in text):  # compiled only when there
        seated = re.match(
            rf"(?:Achter|In|Bij) (?:de |het )?{re.escape(name)} (?:zitten|zit|werken|doen) "
            r"(?:(?:nu|verder|ook|inmiddels|onder meer|onder andere|o\.a\.) )*"
            r"(?P<list>[A-Z][^;:]+?)(?: (?:mee|samen))?\.?$",
            text,
        )
        listed = seated["list"] if seated else ""
        if listed and not _NOT_SEATED.search(listed):
            return listed
    return ""


_NOT_SEATED = re.compile(
    r"\b(?:niet|geen|nooit|not|als|as|uit|from|in (?:de|het|the))\b"
    r"|^(?:Vrijwilligers|Senioren|Inwoners|Bewoners|Studenten|Leerlingen|Ouderen|Medewerkers"
    r"|Jongeren|Volunteers|Residents|Students)\b"
)  # "zitten A en B niet", "werken P en Q als coördinator", "in de stuurgroep", "Senioren uit"


_BELONG = re.compile(
    r"^(?:[Oo]ok )?(?!(?:Zij|Ze|Wij|We|Die|Deze|Dit|Dat|Hij|Het|U|Iedereen|Allen|Alle)\b)"
    rf"(?P<list>(?:de |het )?[{UPPER}][^;:]*?),? (?:(?:horen|hoort) (?:er|daar) ?"
    r"(?:(?:ook|al|nu|verder|inmiddels) )*|(?:waren|was|zijn|is) (?:er|daar) ?(?:ook )?al )bij\.?$"
)
_RANGE = re.compile(
    rf"['\"“‘]?(?:Van|From) (?P<list>(?:de |het |the )?[{UPPER}][^;:]*? (?:tot|to) (?:en met )?"
    rf"(?:de |het |the )?[{UPPER}][^;:]*?)[.!]?['\"”’]?"
)  # the partners named as a range after a count: "Van Bibliotheek A en B tot Zorggroep C."
_THEIR_WORD = re.compile(r"\b(?:partners?|deelnemers|organisaties|partijen)\b", re.IGNORECASE)
_OTHER_BODY = re.compile(
    r"\b(?:koor|fonds\w*|stuurgroep|werkgroep|bestuur|raad|team|competitie|vestigingen|league"
    r"|sponsors?|netwerk \w+ (?!\w*digit)|[Nn]etwerk [A-Z]\w+)\b"
)


_TOLD = re.compile(r"\b(?!(?:en|van|de|der|den|het|voor|aan|op|in|uit|en de|te)\b)[a-zß-ÿ]{2,}")


def belong_there(text: str, before: str, coalitions: frozenset[str]) -> str:
    """The names of "Ook A, B en C horen erbij" where "er" is the coalition: the sentence or
    the one before it (`before`) names it or its partners, and no other body ("Het koor zingt
    in drie zorgcentra. Ook A en B horen erbij."); "" for any other sentence."""
    said = _BELONG.match(text)
    ranged = _RANGE.fullmatch(text.strip())  # "We hebben nu vijftien partners. Van A en B tot C
    if ranged and _THEIR_WORD.search(before) and only_told(before):  # en D.", also told by a
        listed = re.sub(r" (?:tot|to) (?:en met )?", ", ", ranged["list"])  # coordinator; not
        listed = re.sub(  # after "funded by"; "A en Welzijn B": two, each by its kind
            r" (?:en|and) (?=(\w+))", lambda m: ", " if org_head(m[1]) else m[0], listed
        )
        items = re.split(r", | (?:en|and) (?=[A-Z])", listed)
        named = all(org_like(item) and not bare_place(item) for item in items)
        return listed if named else ""  # not "Van Krommenie tot Zaandam zitten er mensen klaar"
    if said is None:
        return ""
    context = f"{before} {text}"
    named = any(name in context for name in coalitions) or bool(_THEIR_WORD.search(context))
    named = named or bool(PARTNERSHIP.search(context))  # its name, its partners or its word
    if _TOLD.search(said["list"]):
        return ""  # "Verder zijn A en B aangesloten, en ook C hoort erbij": a clause, not names
    places = all(bare_place(n.strip()) for n in re.split(r",|\ben\b|\band\b", said["list"]))
    return said["list"] if named and not places and not _OTHER_BODY.search(before) else ""
