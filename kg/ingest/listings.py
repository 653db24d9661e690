"""Phrase tables for member lists: data to extend, like `phrases`.

`MEMBER_LIST_RULES` say where a list of current members starts ("bestaat verder uit:", "werkt
samen met", "Samen met A en B vormen wij"); the code that reads them is in `members`. The
stated totals ("telt nu negen partners") are in `totals`.
"""

from __future__ import annotations

import re

from kg.ingest.memberforms import MEMBER_LIST_TAIL, PARTNER_CLAUSE, WE_AS
from kg.ingest.namewords import MORE_NAMES, NAME
from kg.ingest.namewords import NO_PRONOUN as _NO_PRONOUN
from kg.ingest.namewords import TIME_NOUN as _TIME_NOUN
from kg.ingest.phrases import phrase
from kg.ingest.prefilter import RuleTable
from kg.ingest.rules import Rule
from kg.ingest.sentences import UPPER
from kg.ingest.totals import PARTNERS as _PARTNERS
from kg.ingest.words import KIND_OF_BUSINESS, LISTED_AMONG, THEMED

__all__ = ["MEMBER_LIST_RULES", "NAME", "WE_AS"]

# Where a list of (current) members starts. The list runs to the end of the sentence; words
# after the last name ("zich aan", "mee", "erbij") are trimmed when names are read. A `more`
# group adds the names after the verb ("A en B zijn er vanaf het begin bij, net als C").
MEMBER_LIST_RULES: RuleTable[Rule] = RuleTable(
    phrase(
        "partners ...: A, B en C (not: ... a clear target: by 2029, every adult in A, B)",
        rf"\b(?:coalitie|netwerk|alliantie|samenwerkings)?{_PARTNERS}\b[^:]*:"
        r"(?!\s*(?:by|in|tegen|vóór|voor|uiterlijk|eind) (?:19|20)\d\d)"
        r"(?P<list>.*)",
        re.I,
    ),
    phrase(
        "bestaat (op dit moment) uit: A, B en C",
        r"\b(?:bestaa?t (?:\w+ ){0,4}?|bestond (?:al|tot nu toe|tot dusver) (?:\w+ ){0,3}?"
        r"|bestond (?:de|het) (?:coalitie|netwerk|alliantie|samenwerking) (?:\w+ ){0,3}?"
        r"|(?:coalitie|netwerk|alliantie|samenwerking) bestond (?!(?:\w+ ){0,4}?tot\b)"
        r"(?:\w+ ){0,4}?)uit(?::|:?(?P<list> .*))",
        re.I,
    ),
    phrase(
        "De andere partners (met wie wij ... werken,) zijn A, B (not: ... zijn op 18 juni in X)",
        rf"\b{_PARTNERS}(?: (?:met wie|waarmee) [^,.:;]{{1,60}}?,?)? zijn:?"
        r"(?! (?:op|in|bij|met|voor|van|er|al|ook|nog|niet|geen)\b)"
        r"(?P<list> .*)",
        re.I,
    ),
    phrase(
        "The other partners are A, B / The partners I have met so far are A, B",
        r"\b(?:partners|members)(?: (?:that |whom? )?(?:I|we|you) [a-z ]{1,40}?)? are:?"
        r"(?P<list> .*)",
        re.I,
    ),
    phrase(
        "(partners,) waaronder A en B",
        rf"\b(?:coalitie|netwerk)?(?:{_PARTNERS}|members|partners|organisations|organizations)\b"
        r"[^.]{0,60}?"
        r"\b(?:waaronder|onder wie|zoals|"
        r"including|include|among them|among whom)\b(?P<list>.*)",
        re.I,
    ),
    phrase(
        "Wij werken er (verder) samen met (onder meer) A, B en C: in the coalition",
        r"\b(?:werkt|werken|werkte|werkten) (?:we |wij )?er (?:verder |ook |nu )?samen met "
        r"(?:onder (?:meer|andere) |o\.a\. )?(?P<list>.*)",
    ),
    phrase(
        "werkt samen met A, B (not: werkt daarnaast samen met; samen met de coalitie X: another)",
        r"\b(?:werkt|werken|werkte|werkten) (?!(?:\w+ )?(?:daarnaast|verder|nauw|ook|tevens|"
        r"bovendien|eveneens)\b)(?:\w+ ){0,2}?(?:in (?:de|het|onze|ons) (?:coalitie|netwerk) )?"
        r"(?:onder (?:meer|andere) |o\.a\. )?samen met"
        r"(?! (?:de|het) (?:coalitie|netwerk|alliantie)\b)(?::\s*$|:?(?P<list> .*))",
        re.I,
    ),
    phrase(
        "Samen met A en B vormen wij de kern / Together with A and B we form",
        r"^(?:[^\"“„]*:\s*[\"“„])?(?:[Ss]amen met|[Tt]ogether with) (?:o\.a\. |onder meer "
        rf"|onder anderen? )?(?P<list>(?:de |het )?(?:gemeente |provincie )?[{UPPER}].*?),? "
        r"(?:vormen|vormt|leiden|leidt|trekken|trekt|gaan|gaat|zorgen|zorgt|werken|werkt|helpen"
        r"|helpt|(?:hebben|kunnen|konden|willen) (?:we|wij)|we form|we lead|we run|we work"
        r"|we help|we have|we can)\b",  # the coordinator: "Samen met A en B hebben we ..."
    ),
    phrase(
        "Ook de partners A, B en C droegen bij",
        rf"\b(?:de|onze|the|our) (?:andere |overige |other )?partners (?P<list>[{UPPER}].*)",
    ),
    phrase(
        "In de coalitie werken samen: A, B en C",
        r"\b(?:werkt|werken) (?:\w+ ){0,4}?samen\s*:(?P<list>.*)",
        re.I,
    ),
    phrase(
        "opgericht door A, B / gesloten door A, B / begonnen door A, B",
        r"\b(?:opgericht|gesloten|gestart|opgestart|gevormd|begonnen|opgezet|geïnitieerd"
        r"|in het leven geroepen) door(?P<list> .*)",
        re.I,
    ),
    phrase(
        "founded by A, B / set up by A, B",
        r"\b(?:founded|set up|started|initiated|launched|formed|established)(?: [\w,]+){0,3}? by"
        r"(?P<list> .*)",
        re.I,
    ),
    phrase(
        "A, B, C en een handvol anderen (vormen samen ...) / A, B and a few others",
        rf"(?P<list>{NAME}(?:, {NAME})+),? (?:en|and) (?:nog )?(?:een handvol|een paar|enkele"
        r"|diverse|een aantal|wat|a few|several|a handful of|some) (?:andere\w*|others?)\b"
        r"(?=[^.]*\b(?:samen|vormen|vormt|coalitie|netwerk|partners?|together|coalition|network"
        r"|form)\b)(?![^.]*\b(?:financier\w*|gefinancierd|sponsor\w*|funded|funds)\b)",
    ),
    phrase(
        "Inmiddels doen ook A en B mee(, net als C / , en D)",
        r"\b(?i:doen) (?:ook |nu )?(?P<list>.*) mee\b(?:(?:,? (?:net als|evenals) |, en "
        rf"(?=(?:de |het )?[a-zß-ÿ-]+ [{UPPER}][\w'’&.-]*"
        rf"(?: (?:[{UPPER}][\w'’&.-]*|van|de|der|en|&|'t))*[.!]?$))(?P<more>.*))?",
    ),
    phrase(
        "Naast de gemeente nemen A, B en C deel",
        rf"\b(?:nemen|neemt) (?:ook |verder |nu )?(?!.*\b(?:niet|geen)\b)(?P<list>[{UPPER}].*?),?"
        r" deel(?= aan\b|\s*[.,;]|\s*$)",
    ),
    phrase(
        "Inmiddels werken ook A en B mee",
        rf"\b(?:werken|werkt) (?:ook |nu )?(?P<list>[{UPPER}].*) mee\b",
    ),
    phrase(
        "Inmiddels zijn ook A, B en C uit Soest partner",
        rf"\b(?:zijn|is) (?:(?:ook|nu|inmiddels|al|eveneens|tevens) )+(?P<list>{NAME}"
        rf"(?:{MORE_NAMES})*)(?: (?:uit|in) [{UPPER}][\w'’-]*)? (?:(?:ook|nu|al) )?"
        r"(?:partner|partners|lid|leden)(?:[.!]?$| van (?:de|het|onze|ons) )",
    ),
    phrase(
        "Ook X doet mee / Ook A en B doen mee",
        r"^(?:[Oo]ok|Daarnaast|Verder) (?P<list>(?:(?:de|het) )?(?:gemeenten? |[a-zß-ÿ-]*"
        r"(?:organisatie|corporatie|bedrijf|instelling|vereniging|aanbieder|stichting) )?"
        rf"[{UPPER}].+?) (?:doet|doen) (?:ook |al )?mee\b",  # not "de opleidingen ICT en X"
    ),
    phrase(
        "De Plattelandsvrouwen Sleen doen ook mee (not: doet ook mee aan de actie)",
        r"^(?!(?:Welke|Wie|Niet|Geen|We|Wij|Zij|Ze|Ook|Dit|Dat|Die|Deze|Er|Iedereen|Steeds|Alle"
        r"|Veel|Meer|(?i:wethouder|burgemeester|directeur|voorzitter|gedeputeerde))\b)(?:De |Het )?"
        rf"(?P<list>[{UPPER}][\w'’&.-]*(?: (?:[{UPPER}][\w'’&.-]*|van|de|der|voor|en|&|'t))*) "
        r"(?:doet|doen) (?:(?:ook|nu|inmiddels) )+mee\b"
        r"(?! aan (?:de|het|een)\b)",
    ),
    phrase(
        "A, B en C doen mee, net als D",
        r"(?:^|(?<=: ))(?!(?:Welke|Wie|Niet|Geen|We|Wij|Zij|Ze|Ook)\b)"  # "gezelschap: A, B ..."
        rf"(?P<list>[{UPPER}][^:;?]*?(?:,| en )[^:;?]*? doen (?:ook |al )?mee\b(?:,? net als .*)?)",
    ),
    phrase(
        "(regelt) partner X (not: aldus partner Els Dekker; our hosting partner X, a supplier)",
        r"(?<!aldus )(?<!volgens )(?<!zegt )(?<!zei )(?<!says )(?<!said )(?<!vertelt )"
        r"(?<!vertelde )(?<!media )(?<!ing )(?<!hardware )"  # "our banking partner X"
        rf"\b(?:partner|coalitiepartner) (?P<list>(?=[A-Z]){NAME})",
    ),
    phrase("Later kwamen A en B erbij", r"\bkwamen (?P<list>.*) erbij\b", re.I),
    phrase(
        "(hoe) A en B aan boord kwamen / how A and B came on board",
        r"\b(?:how|when|toen|hoe|dat) (?P<list>[A-Z].*?) (?:came|come|kwamen|kwam) (?:aan|on) "
        r"(?:boord|board)\b",
    ),
    phrase(
        "(begon als) een initiatief van A en B / an initiative of A and B",
        r"\b(?:een|het|an|the|als|as|op|on) (?:(?:gezamenlijk|gemeenschappelijk|joint) )?"
        r"(?:initiatief|initiative) (?:van|of|by)(?P<list> .*)",  # not "Goed initiatief van X!"
        re.I,
    ),
    phrase(
        "Eerder sloten A en B zich aan / Daarna schoven A en B aan",
        r"\b(?:sloten (?:zich )?(?P<list>.*?) (?:zich )?aan\b|(?:[Ee]erder|[Ll]ater|[Dd]aarna"
        r"|[Ss]indsdien|[Vv]ervolgens) schoven (?P<more>.*?) aan(?=[,.;]|$| bij (?:de|het) "
        r"(?:coalitie|netwerk|alliantie|samenwerking)\b))",
        re.I,
    ),
    phrase(
        "X, een van de organisaties in Y / X, one of the partners of Y",
        rf"(?P<list>[{UPPER}][\w'’&.-]*"
        rf"(?: (?:(?:van|de|der|den|en|voor|'t) )?[{UPPER}&][\w'’&.-]*)*)"
        rf"(?: (?:uit|in|te|from) [{UPPER}][\w'’-]*)?"  # "Computerclub X uit Leek, een van de"
        r", (?:een|één|one) (?:van de|of the) "
        r"(?:organisaties|partners|partijen|organisations) (?:in|van|binnen|of|within) ",
    ),
    phrase(
        "X was one of the founders of Y / X en Y waren (twee) van de oprichters",
        rf"^(?P<list>(?:de |het |the )?(?:gemeente |municipality of )?[{UPPER}][^:;]*?)"
        r"(?: \([^()]*\))? (?:was|were|is|are|waren|zijn) (?:one|two|three|een|twee|drie|among)"
        r" (?:of the|van de|the) (?:founders|founding partners|oprichters|initiatiefnemers)\b",
    ),
    phrase(
        "Initiatiefnemers waren A, B en C / The founding partners were A and B",
        r"\b(?:[Ii]nitiatiefnemers?|[Oo]prichters|[Ff]ounders|[Ff]ounding (?:partners|members)) "
        r"(?:waren|zijn|is|was|were|are):? "
        rf"(?P<list>(?:de |het |the )?(?:gemeente |provincie |municipality of )?[{UPPER}].*)",
    ),
    phrase(
        "Penvoerder van de alliantie is X / The alliance is coordinated by X / De coördinatie ligt "
        "bij X",
        r"(?:\b(?:[Pp]envoerder|[Kk]?[Tt]rekker|[Kk]artrekker|[Cc]oördinator|[Ii]nitiatiefnemer) "
        r"(?:van (?:de|het) \w+ )?(?:is|was)|\b(?:is|are|was|were) (?:coordinated|led|chaired) by"
        r"|\b(?:[Dd]e (?:coalitie|alliantie|samenwerking|kar)|[Hh]et (?:netwerk|platform)|"
        rf"{THEMED})(?:,? \w+){{0,6}}? (?:wordt|werd) (?:\w+ )?(?:gecoördineerd|getrokken) door"
        r"|\b[Dd]e (?:dagelijkse )?coördinatie(?: van (?:de|het) \w+)? ligt (?:\w+ )?bij"
        r"|\bcoordinates the (?:coalition|network|alliance) on behalf of) "
        rf"(?P<list>(?:de |het |the )?(?:gemeente |municipality of )?[{UPPER}][^,.;]*)",
    ),
    phrase(
        "De gemeente X is zowel partner als financier / X is also a partner",
        r"^(?:(?:De|Het|The) )?(?P<list>(?:gemeente |provincie |municipality of )?"
        r"(?!(?:De|Het|The|Neither|None|Both|Each|It|This|That|Onze|Ons|Our|Mijn|My"
        rf"|Dit|Dat|Die|Deze|Beide|Geen|Wij|We|Zij|Ze|They)\b)[{UPPER}][^,;:]*?) (?:is|are) "
        r"(?:zowel |also |ook )?(?:a )?partners?\b(?! (?:nummer|nr|number|no)\b)"
        r"(?:,? (?:and so (?:are|is)|net als|evenals) (?P<more>.*))?",
    ),
    phrase(
        "Andere partners van het eerste uur zijn (onder meer) A en B / De overige twee partners in "
        "Digitaal Op Weg Westerkwartier zijn woningcorporatie A en B",
        rf"\b(?i:{_PARTNERS})\b(?:(?: [\w-]+){{1,4}}?| (?:in|van|bij) (?:het netwerk |de "
        rf"coalitie )?[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*){{0,5}}) (?:zijn|waren):? "
        r"(?:(?:onder meer|onder andere|onder anderen|o\.a\.|nu|inmiddels|verder) )*"
        rf"(?P<list>(?:de |het )?(?:gemeente |{KIND_OF_BUSINESS} )?[{UPPER}].*)",
    ),
    phrase(
        "(Het netwerk) brengt onder meer A, B en C bij elkaar",
        r"\bbrengt (?:onder meer |onder andere |o\.a\. )?(?P<list>.+?) bij elkaar\b",
    ),
    phrase("Tot de partners behoren A, B", r"\bbehoren(?P<list> .*)", re.I),
    phrase(
        "The coalition brings together: A, B / Het netwerk verenigt A, B en C",
        r"\b(?:brings together|unites|verenigt|bundelt)"
        r"(?::\s*$|:?(?P<list> (?:the |de |het )?(?:municipality of |gemeente )?[A-Z].*))",
    ),
    phrase("(staan ze) zij aan zij met A, B en C", r"\bzij aan zij met(?P<list> .*)", re.I),
    phrase(
        "(Zij sluiten) aan bij onder anderen A, B en C",
        r"\baan bij (?:onder anderen|onder andere|onder meer|o\.a\.) (?P<list>.*)",
    ),
    phrase(
        "A was de initiatiefnemer, samen met B en C",
        r"^(?P<list>.+? (?:was|waren) (?:de )?(?:initiatiefnemers?|oprichters?)\b.*)",
    ),
    phrase("de vierde partner, na A, B en C", r"\bpartner, na(?P<list> .*)"),
    phrase(
        "Op dit moment doen er acht mee: / Aan X doen onder meer mee: / Aan tafel zitten: A, B",
        r"\b(?:doen er (?:\w+ ){0,4}?mee|doen (?:onder meer|onder andere|o\.a\.|ook|nog) mee"
        r"|^(?:Naast|Behalve) [^:]{1,80} doen mee"  # "Naast De Grijze Muis doen mee:"
        r"|(?:aan tafel|in (?:het|de) \w+) (?:zitten|zaten)"
        r"|(?:zitten|zaten) (?:aan tafel|in (?:het|de) \w+)"
        r"|(?:het )?(?:rijtje|lijstje)(?: \w+){0,4})\s*:(?P<list>.*)",
        re.I,
    ),
    phrase(
        "X is een samenwerkingsverband van A, B en C / X is a partnership of A and B",
        r"\b(?:is|zijn|was) (?:een|de|het|a|an|the) (?:\w+ )?(?:samenwerkingsverband|samenwerking"
        r"|netwerk|coalitie|alliantie|partnership|coalition|network|alliance) (?:van|tussen|of"
        rf"|between) (?P<list>(?:de |het |the )?(?:gemeente )?[{UPPER}].*)",
    ),
    phrase(
        "Naast A en B zijn dat: (and the lines below) / Besides A and B, these are:",
        rf"^(?:Naast|Behalve|Besides|Apart from) (?P<list>[{UPPER}][^:]*?),? "
        r"(?:zijn dat|zijn het|zijn er|dat zijn|these are|they are|there are)\s*:\s*$",
    ),
    phrase(
        "Voor wie het wil weten, dit is DigiBosch: (the lines below)",
        rf"\b(?:[Dd]it is|[Tt]his is) [{UPPER}][\w'’&-]*(?: [{UPPER}][\w'’&-]*){{0,4}}"
        r"\s*:(?P<list>)\s*$",
    ),
    phrase(
        "Naast ons zijn dat: / Dit zijn: / These are:",
        r"\b(?:naast ons|behalve ons|besides us|apart from us|zijn dat|dat zijn|dit zijn|these are"
        r"|they are)\s*:(?P<list>.*)",
        re.I,
    ),
    phrase(
        "(Het archief sluit aan) naast A, B en C",
        r"\b(?:aan|partner|partners|deelnemer|lid) naast(?P<list> .*)",
        re.I,
    ),
    phrase(
        "(Vier jaar geleden ... vijf organisaties.) Dat waren A, B en C",
        r"^(?:Dat|Dit|Die|Deze|Het|These|Those|They)(?: (?!" + _TIME_NOUN + r")\w+)? "
        r"(?:waren|zijn|were|are) "
        rf"(?P<list>(?:de |het |the )?(?:gemeente |provincie |municipality of )?[{UPPER}].*)",
    ),
    phrase(
        "(In de jaren daarna) schoven onder meer A en B aan",
        r"\b(?:schoven|traden|kwamen) (?:onder meer |ook |o\.a\. )(?P<list>.*?) "
        r"(?:aan|toe|erbij|bij)\b",
    ),
    PARTNER_CLAUSE,  # "X, die ook partner is": in memberforms
    phrase(
        "Ook A, B en C zijn partner. / Ook A en B zijn erbij.",
        rf"^(?:(?:[Oo]ok|[Vv]erder|[Dd]aarnaast|[Tt]evens|[Ee]n) )?(?:(?:zijn|is) )?{_NO_PRONOUN}"
        rf"(?P<list>{NAME}(?:,? (?:en|and|&) {NAME}|, {NAME})*),? (?:zijn|is|are) "
        r"(?:ook |eveneens |al |tevens |also )*(?:(?:(?:a|een) )?partners?|erbij|er ook bij"
        r"|van de partij)(?: van \w+(?: \w+)?)?\s*(?:[.!]|;.*)?$",  # "...; hun vrijwilligers"
    ),
    phrase(
        "Verder zijn A, B en C van de partij / Ook is X partner (the verb first)",
        r"(?:^|;\s+)(?:[Oo]ok|[Vv]erder|[Dd]aarnaast|[Tt]evens) (?:zijn|is) (?:ook |eveneens |al )?"
        rf"(?P<list>(?:de |het )?{NAME}(?:,? (?:en|and|&) (?:de |het )?{NAME}|, (?:de |het )?"
        rf"{NAME})*) (?:ook |eveneens |al |tevens )*(?:(?:een )?partners?|van de partij)"
        r"\s*[.!]?$",
    ),
    phrase(
        "Ook X hoort bij het netwerk / A en B horen bij de coalitie",
        rf"^(?:(?:[Oo]ok|[Vv]erder|[Dd]aarnaast|[Ee]n) )?{_NO_PRONOUN}(?P<list>{NAME}"
        rf"(?:,? (?:en|&) {NAME}|, {NAME})*) (?:hoort|horen) (?:ook |al |nu )*bij (?:het|de"
        r"|onze|ons) (?:netwerk|coalitie|alliantie|samenwerking\w*|pact|platform)\b",
    ),
    phrase(
        "Ook X, een welzijnsorganisatie met ..., is vanaf het begin partner / X, waar ..., doet "
        "eveneens mee",
        rf"^(?:(?:[Oo]ok|[Vv]erder|[Dd]aarnaast|[Ee]n) )?{_NO_PRONOUN}(?P<list>{NAME}), "
        r"(?:een|de|het|die|dat|waar|a|an|the|which|who|where) [^;:\"“”]{3,140}?, "
        r"(?:is|zijn|doet|doen) (?:(?:ook|eveneens|tevens|al|nog|zelf|vanaf|sinds|van|het|de"
        r"|begin|start|eerste|uur|jaren|\d{4}|also|already|a|an|een) )*(?:partner|mee|erbij)\b"
        r"(?! (?:vertrokken|gestopt|afgehaakt|uitgestapt|weggegaan|bijgekomen)\b)",
    ),  # not "Bij X, het netwerk ..., is een partner vertrokken": a partner, not X, leaves
    phrase(
        "Verder zijn A, B en C partner. / Naast de gemeenten zijn onder meer A en B partner.",
        r"^(?:[Vv]erder|[Dd]aarnaast|[Oo]ok|[Tt]evens|[Nn]aast [^,.]{1,40}?) (?:zijn|is) "
        rf"(?:onder (?:meer|andere) |o\.a\. )?(?P<list>{NAME}(?:,? (?:en|&) {NAME}|, {NAME})*)"
        r" (?:ook |eveneens |al )*partners?(?: (?:in|van) (?:de|het) \w+)?\s*[.!]?$",
    ),
    phrase(
        "X has been a research partner of the coalition (from the start)",
        rf"^(?P<list>{NAME}(?:,? (?:and|&) {NAME})*) (?:has|have) (?:also )?been (?:an? )?"
        r"(?:[a-z-]+ )?(?:partners?|members?) (?:of|in) (?:the|our) (?:coalition|network|alliance"
        r"|partnership|platform)\b",  # not "a member of the board", "of the library"
    ),
    phrase(
        "X was in 2023 samen met A en B initiatiefnemer van Y",
        rf"^(?P<list>{NAME}) (?:was|is|waren|zijn) (?:in \d{{4}} |destijds |ooit )?samen met "
        r"(?P<more>[^.;:]{3,200}?),? (?:de )?(?:initiatiefnemers?|oprichters?|grondleggers?"
        r"|medeoprichters?) van (?:de |het )?(?:\S+ ){0,2}?[\w-]*(?:[Cc]oalitie|[Nn]etwerk"
        r"|[Aa]llian\w+|[Ss]amenwerking\w*|[Dd]igi\w*|[Pp]act)",  # the coalition's founders
    ),
    phrase(
        "Kartrekkers zijn A, B en C / Trekker is nog altijd X / Initiatiefnemers waren in 2025 A",
        r"\b(?:[Kk]artrekkers|[Tt]rekkers|[Pp]envoerders|[Ll]ead partners|[Kk]ernpartners"
        r"|[Ii]nitiatiefnemers|[Oo]prichters|[Ff]ounders|[Ff]ounding partners"
        r"|[Kk]?[Tt]rekker|[Pp]envoerder) (?:van (?:de|het) \w+ )?(?:is|zijn|was|waren|are|were) "
        r"(?:nog altijd |nog steeds |al jaren |sinds \w+ |in \d{4} )?"
        rf"(?P<list>{NAME}(?:,? (?:en|and|&) {NAME}"
        rf"|, {NAME})*(?:,? (?:samen met|together with|naast) .*)?)",
    ),
    phrase(
        "Naast initiatiefnemer X / by members A and B / fellow partner X / mede-partner X",
        r"\b(?:[Nn]aast (?:initiatiefnemer|trekker|kartrekker|penvoerder|partners?)"
        r"|(?:by|with|from|our|and) (?:fellow |other )?members?|(?:fellow|founding) partners?"
        r"|mede-?partners?|coalitiepartners|[Ii]nitiatiefnemer) "
        rf"(?P<list>{NAME}(?:{MORE_NAMES})*)",
    ),
    phrase(
        "Later volgden onder anderen A, B en C / Later sloot onder meer X zich aan",
        r"\b(?:[Ll]ater|[Dd]aarna|[Ss]indsdien|[Ii]nmiddels) "
        r"(?:volgden|volgde|sloot|sloten|kwamen|kwam|haakten|haakte"
        r"|traden|trad) (?:ook |nog )?(?:onder (?:anderen|andere|meer) |o\.a\. )?"
        rf"(?P<list>{NAME}(?:{MORE_NAMES})*)",
    ),
    phrase(
        "Sinds vorig jaar zit ook de gemeente X aan tafel",
        r"\b(?:zit|zitten|zat|zaten) (?:(?:ook|nu|inmiddels|al|sindsdien|onder meer|onder andere"
        r"|onder anderen|o\.a\.) )*"
        rf"(?P<list>{NAME}(?:{MORE_NAMES})*)"
        r" aan (?:tafel|boord)\b",
    ),
    phrase(
        "Het begon met A en de gemeente B / It started with A and B",
        r"(?:^[\"“„]?|\b(?:dat|that) )(?:[Hh]et|[Ii]t|[Dd]e coalitie|[Hh]et netwerk"
        r"|[Tt]he coalition|[Tt]he network|[Ww]e|[Ww]ij) (?:[a-z\d]+ ){0,4}?(?:begon|begonnen"
        r"|startte|startten|started|began) (?:[a-z\d]+ ){0,3}?(?:met|with) "
        r"(?:(?:de|the) (?:[a-z\d]+ ){0,2}[a-z]+, )?"
        # "vertelde dat de coalitie twee jaar geleden begon met A, B en C", "We started with the
        # three municipalities, A, B and C"
        rf"(?P<list>{NAME}(?:,? (?:en|and|&) {NAME}|, {NAME})*)(?=[.,;]|$)",
    ),
    phrase(
        "De gemeente A en de gemeente B zitten erin / X zit er ook in",
        rf"^(?:(?:Ook|Verder|Daarnaast|En) )?(?!(?:We|Wij|Ze|Zij|Hij|Dit|Dat|Die|Deze|Verder)\b)"
        rf"(?P<list>{NAME}(?:,? (?:en|&) {NAME}|, {NAME})*) (?:zit|zitten) "
        r"(?:er (?:ook |nu |al |trouwens |namelijk )*in|(?:ook |nu |al |trouwens )*(?:erin"
        r"|in (?:de |het )?(?:coalitie|netwerk"
        r"|alliantie|samenwerking|[A-Z])))\b"
        rf"(?:, (?P<more>(?:(?:en )?(?:verder|ook|daarnaast) )?(?:de |het )?[{UPPER}].*))?",
    ),  # not "We zitten in goed gezelschap"; "A zit erin, B uit X ook, en verder C en D"
    phrase(
        "Met de komst van A en B groeit het netwerk / With the arrival of A and B",
        r"\b(?:(?:[Mm]et|[Dd]oor|[Nn]a) de komst van|(?:[Ww]ith|[Aa]fter) the arrival of) "
        rf"(?P<list>{NAME}(?:{MORE_NAMES})*)"
        rf"(?=[\s,.;:!?]|$)(?! (?:{_PARTNERS}|partners|members|organisations)\b)",
    ),  # not "met de komst van X 15 partners"
    phrase(
        "X was het eerste bedrijf dat aanhaakte, gevolgd door A, B en C",
        r"\b(?:aanhaakte|aansloot|toetrad|tekende|instapte|joined|signed)\b[^.;:]{0,40}?, "
        rf"(?:gevolgd door|followed by) (?:de |het |the )?(?P<list>{NAME}.*)",
    ),
    phrase(
        "Ter herinnering, wie er verder (zoal) meedoet: A, B en C",
        r"\b[Ww]ie (?:er )?(?:\w+ ){0,3}?(?:meedoet|meedoen|meedoen|deelneemt|deelnemen) ?:"
        r"(?P<list>.+)",
    ),
    phrase(
        "Nieuw erbij komen A en B / Erbij kwam X",
        r"\b(?:[Nn]ieuw )?[Ee]rbij (?:komen|kwamen|kwam|komt) (?:ook |nog )?(?P<list>.*)",
    ),
    phrase(
        "De rest van het team: A, B en C / The rest of the network: A and B",
        r"^(?:[Dd]e rest|[Tt]he rest|[Dd]e overigen|[Tt]he others)(?: (?:van|of) (?:het|de|the"
        r"|ons|onze|our) \w+)?\s*:(?P<list>.*)",
    ),
    phrase(
        "Volgens Ans zijn dat onder andere A, B en C / Naast de bibliotheek waren dat A en B",
        r"^(?!(?:Naast|Behalve)\b(?:(?!\b(?:zijn|waren) dat\b).)*?[A-Z]).*?"  # "Naast X zijn
        r"\b(?:zijn|waren) dat (?:onder (?:andere|meer) |o\.a\. )?"  # dat A en B": read elsewhere
        rf"(?P<list>(?:de |het )?(?:gemeente )?[{UPPER}][^:;]*?(?:,| en )[^:;]*)",
    ),
    phrase(
        "De gemeenten A en B zitten vanaf het begin aan tafel(, net als C)",
        rf"^(?:(?:Ook|Verder|Daarnaast|En) )?(?P<list>{NAME}(?:,? (?:en|&) {NAME}|, {NAME})*)"
        r" (?=(?:zit|zitten|zat|zaten) (?:(?:ook|nu|al|inmiddels|vanaf|sinds|het|de|begin|start"
        r"|eerste|uur) )*aan tafel\b)",
    ),
    phrase(
        "A en B zijn er vanaf het begin bij(, net als C) / A, B en C zijn al langer betrokken",
        r"^[\"“„]?(?:(?:Ook|Verder|Daarnaast|En|Natuurlijk) )?"
        rf"{_NO_PRONOUN}(?P<list>{NAME}"
        rf"(?:{MORE_NAMES})*) (?:zijn|is) "
        r"(?:er )?(?:(?:al|ook|nog|vanaf|sinds|het|de|begin|start|langer|lang|jaren|of|in"
        r"|\d{4}|bij (?:het|de|ons) \w+) )*(?:bij|betrokken)\b(?:,? net als (?P<more>.*))?",
    ),
    phrase(
        "Verder zijn onder meer A, B en C aangesloten / Naast X zijn o.a. A en B aangeschoven",
        rf"{LISTED_AMONG} (?P<list>.+?) (?:al (?:\w+ )?)?(?:aangesloten|aangeschoven|toegetreden"
        r"|aangehaakt|(?:er)?bij ?gekomen|ingestapt|aan boord gekomen"
        r"|actief in (?:de|het) (?:coalitie|netwerk|samenwerking)(?=[.,;]|$)|actief(?=[.,;]|$))"
        r"(?:,? en (?:sinds \w+ )?ook (?P<more>[A-Z].*))?",  # ", en sinds 2024 ook C"
    ),
    phrase(
        "Er doen bibliotheken en gemeenten mee; om er een paar te noemen: A, B en C",
        r"\w*(?:organisaties|partners|partijen|instellingen|bibliotheken|gemeenten|members|organi"
        r"[sz]ations)\b[^:]*?\b(?:om er (?:maar )?(?:een paar|enkele) te noemen|to name (?:but "
        r"|just )?a few)[:,] (?P<list>.*)",
    ),
    phrase(
        "In de coalitie zitten verder onder meer A, B en C / Verder zitten in de coalitie A en B",
        r"^(?:(?:[Ii]n|[Bb]innen) (?:de|het|onze|ons) (?:coalitie|netwerk|alliantie|pact"
        r"|platform)\w* (?:zitten|zit|zaten)|(?:(?:Verder|Daarnaast|Ook) )?(?i:zitten|zit|zaten) "
        r"(?:(?:verder|ook|nu) )*in (?:de|het|onze|ons) (?:coalitie|netwerk|alliantie)\w*) "
        r"(?:(?:verder|ook|nu|inmiddels|al) )*(?:onder (?:meer|andere|anderen)"
        rf" |o\.a\. )?(?P<list>(?:de |het )?(?:gemeenten? )?[{UPPER}].*)",
    ),
    phrase(
        "Over the years it has grown to include A, B and C",
        r"\b(?:grown|expanded|widened) to include(?P<list> .*)",
    ),
    phrase(
        "They include A; B; and C / Its partners include A and B",
        r"\b(?:[Tt]hey|[Tt]hese|[Ii]ts (?:other )?partners|[Pp]artners|[Mm]embers|[Tt]he others) "
        r"include:? (?P<list>.*)",
    ),
    phrase(
        "Daaronder zijn A en B / Among them are A and B",
        r"\b(?:[Dd]aaronder zijn|[Dd]aartoe behoren|[Aa]mong them are)"
        r"(?: onder meer| onder andere| o\.a\.)?(?::\s*$|:?(?P<list> .*))",
    ),
    phrase(
        "Sinds 1 november maken A en B er deel van uit",
        rf"\bmaken (?:ook |nu |inmiddels )?(?P<list>{NAME}(?:,? (?:en|&) {NAME}|, {NAME})*) "
        r"(?:er |ook )?deel (?:van )?uit\b",
    ),
    phrase(
        "deden vanaf het begin mee, samen met A en B / richtte het op, samen met A",
        r"(?:\b(?:mee|op),|\b(?:begonnen|begon|gestart|startte|opgericht|opgezet|set up|founded"
        r"|started|began|founding partners?|oprichters?)\b[^.;:]{0,80}?,?) "
        r"(?:samen met|together with) (?:o\.a\. |onder (?:meer|andere) )?"
        rf"(?P<list>(?:(?:the|de|het) )?(?:[a-z]+ ){{0,2}}{NAME}"
        rf"(?:,? (?:en|and|&) (?:[a-z]+ ){{0,3}}{NAME}|, (?:[a-z]+ ){{0,3}}{NAME})*)",
    ),
    phrase(
        "werken wij als X samen met A, B en C / Wij van X doen dit samen met o.a. A en B",
        r"\b(?:[Ww]ij|[Ww]e) (?:als|van) [^,;:]{3,60}? (?:\w+ ){0,2}?samen met "
        rf"(?:o\.a\. |onder (?:meer|andere) )?(?P<list>{NAME}(?:\s*\([^()]*\))?"
        rf"(?:{MORE_NAMES}(?:\s*\([^()]*\))?)*)",
    ),
    phrase(
        "met trekkers als A en B, en partners als C / partners such as A and B",
        r"\b(?:(?<!with )(?<!met )partners|trekkers|kartrekkers|members|deelnemers) "
        r"(?:zoals|als|such as|like) "
        rf"(?P<list>{NAME}(?:{MORE_NAMES})*)",
    ),
)
MEMBER_LIST_RULES = RuleTable(*MEMBER_LIST_RULES, *MEMBER_LIST_TAIL)
