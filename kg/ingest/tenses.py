"""When a statement holds: words that put a join in the future ("zal zich aansluiten", "per 1
januari"), in the past ("trad toe", "joined"), or deny it ("is geen partner"); the date that
refers to the sentence before ("op die datum"), and the days counted from the release's own
("vandaag", "gisteren", "maandagavond")."""

from __future__ import annotations

import re
from datetime import date

from kg.ingest.dates import MONTH_WORD
from kg.ingest.phrases import phrase
from kg.ingest.prefilter import RuleTable
from kg.ingest.rules import Rule

__all__ = [
    "DAYS_BEFORE",
    "FUTURE_RULES",
    "FUTURE_WORDS",
    "NEGATION",
    "PAST_TENSE",
    "SAME_DATE",
    "TODAY",
    "WHETHER",
    "days_before",
    "will",
]

FUTURE_WORDS: RuleTable[Rule] = RuleTable(
    phrase(
        "X zal zich aansluiten",
        r"\b(?:zal|zullen|gaat|gaan) (?:\w+ ){0,3}(?:aansluiten|toetreden)\b",
    ),
    phrase(
        "X will (also) join / they will be joined by X",
        r"\bwill (?:also |soon |officially |formally )?join\b|\bwill (?:\w+ )?be joined by\b"
        r"|\b(?:promised|pledged|agreed) to (?:also )?join\b"
        r"|\b(?:[Vv]olgens|[Ii]n) (?:het|de) \w*(?:plan|planning|begroting) (?:20\d\d|voor)\b"
        r"|\baccording to the (?:\w+ )?plan\b",
    ),
    phrase(
        "X heeft laten weten toe te treden / in de loop van 2026 te willen aansluiten",
        r"\b(?:laten weten|aangegeven|beloofd)\b[^.;]{0,80}?\bte (?:willen )?(?:aansluiten|"
        r"toetreden|meedoen|aanschuiven|instappen|worden)\b"
        r"|\b(?:laten weten|aangegeven|besloten)\b[^.;]{0,80}?"
        r"\b(?:aan|toe|mee|in) te (?:willen |gaan )?(?:sluiten|treden|doen|schuiven|stappen)\b"
        r"|\blaten weten dat\b",
    ),
    phrase(
        "Binnenkort sluit X aan / X treedt volgend jaar toe / In het voorjaar schuift X aan",
        r"\b(?i:binnenkort|volgend jaar|volgende maand|na de zomer|in de loop van|"
        r"next year|next month|later this year|after the summer"
        r"|in het (?:eerste|tweede|derde|vierde) kwartaal|in the (?:first|second|third|fourth) "
        r"quarter)\b"
        r"|\b(?:[Ii]n (?:het (?:voorjaar|najaar)|de (?:zomer|winter|lente|herfst))"
        r"|(?:[Kk]omend|[Vv]olgend) (?:voorjaar|najaar)"
        r"|(?:[Kk]omende|[Vv]olgende) (?:zomer|winter|lente|herfst)) (?:\w+ )?"
        r"(?:(?:schuift|schuiven|sluit|sluiten|treedt|treden|stapt|stappen|wordt|worden) (?:ook )?"
        r"(?:de |het )?[a-z]* ?[A-Z]|(?:komt|komen) (?:ook )?[A-Z][^.;]*\berbij\b)"
        r"|\b(?:sluit|sluiten|schuift|schuiven|treedt|treden|wordt|worden|komt|komen)\b"
        r"(?:(?! en |vandaag|today)[^,.;]){0,60}?\b(?:(?:komend|volgend) (?:voorjaar|najaar)"
        r"|(?:komende|volgende) (?:zomer|winter|lente|herfst))\b",
    ),
    phrase("X heeft toegezegd mee te doen / toe te zullen treden", r"\b(?:toegezegd|te zullen)\b"),
    phrase(
        "X will become a partner of Y / X will join / X zal partner worden",
        r"\b(?:will|shall) (?:(?:also|formally|officially) )?(?:join|sign\b|become (?:a |an |the "
        r"|its )?(?:\w+ )?(?:partner|member))|\b(?:zal|zullen) (?:\w+ ){0,4}?(?:partner|lid) worden"
        r"\b|\b(?:zal|zullen) (?:\w+ ){0,4}?(?:toetreden|aansluiten)\b",
    ),
    phrase(
        "X wordt in februari 2027 partner / wordt per 1 maart lid",
        r"\b(?:wordt|worden) (?:\w+ )?(?:in|per|vanaf|met ingang van|op) (?:\d{1,2} )?"
        rf"(?:(?:{MONTH_WORD})(?: \d{{4}})?|\d{{4}}) (?:\w+ )?(?:partner|lid|deelnemer|member)\b",
    ),
    phrase(
        "Naar verwachting treedt X toe / X intends to join / X wil aansluiten",
        r"\b(?:[Nn]aar verwachting|is expected to|are expected to|intends? to|plans? to"
        r"|(?:is|are) set to|decided to join|will come on board|aangekondigd)\b"
        r"|\b(?:wil|willen) (?:\w+ ){0,4}?(?:aansluiten|toetreden|meedoen|instappen"
        r"|ondertekenen)\b",
    ),
)
"""Words that say a join is to come, whatever date the sentence gives."""

FUTURE_RULES: RuleTable[Rule] = RuleTable(
    phrase(
        "per 1 januari treedt ook X toe",
        r"\b(?:[Pp]er|[Vv]anaf|[Mm]et ingang van) \d{1,2} (?:januari|februari|maart|april|mei|"
        r"juni|juli|augustus|september|oktober|november|december)\b",
    ),
    *FUTURE_WORDS,
)
"""A join to come: a day it starts from ("per 1 januari"), or `FUTURE_WORDS`."""

NEGATION = re.compile(
    r"\b(?:geen|géén|nooit|no longer|never|neither)\b"
    r"|\b(?:niet|niét|not)\b(?!(?: \w+){1,2},? (?:maar|but)\b)",
    re.IGNORECASE,
)
"""A word that turns a join into its opposite ("is zelf geen partner van", "is not a member");
not "niet één maar twee" or "not only ... but", which stress it."""

SAME_DATE = re.compile(
    r"\b(?:[Oo]p|[Pp]er|[Mm]et ingang van|[Ss]inds|[Vv]anaf) (?:die|dezelfde) (?:datum|dag)\b"
    r"|\b(?:[Dd]ezelfde|[Dd]iezelfde) (?:dag|middag|avond|ochtend|bijeenkomst|gelegenheid"
    r"|(?<=[Ii]n dezelfde )maand|(?<=[Ii]n diezelfde )maand)\b"
    r"|\b(?:[Oo]n|[Aa]t|[Ii]n) the same (?:day|date|ceremony|meeting|occasion|evening"
    r"|afternoon|morning|month)\b|\b[Tt]he same day\b"
)
"""A change dated by the date of the sentence before ("Gemeente X stapt op die datum uit")."""

PAST_TENSE = re.compile(
    r"\b(?:trad|traden|sloot|sloten|voegde|voegden|werd|werden|is toegetreden|zijn toegetreden|"
    r"(?:heeft|hebben) (?:[\w-]+ ){0,6}?zich (?:\w+ ){0,5}?(?:aangesloten|gevoegd)"
    r"|stapte|stapten|kwam|kwamen"
    r"|(?:is|zijn)\b[^.;]{0,200}?\b(?:aangesloten|toegetreden|aangeschoven|bijgekomen|geworden)"
    r"|joined|became|welcomed|left|withdrew|(?:has|have) (?:\w+ )?joined)\b"
)
"""A join (or leave) told in the past tense: not to come, whatever date it gives."""

TODAY = re.compile(
    r"\b(?:vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|today|this morning)\b", re.IGNORECASE
)
"""A change dated by the release's own day ("sluit vandaag aan", "joins today")."""

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAYS_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<last>afgelopen |vorige |last )?(?P<weekday>"
    + "|".join(_WEEKDAYS + _WEEKDAYS_EN)
    + r")(?:avond|middag|ochtend|morgen| evening| afternoon| morning)?(?!,?\s+\d)"  # not "woensdag
    # 17 maart": a date written out
    r"|(?P<two>eergisteren)|(?P<one>gisteren|gisteravond|gistermiddag|gisterochtend|yesterday))\b",
    re.IGNORECASE,
)
"""A change dated by a day just before the release's ("tekende gisteren", "tekende
maandagavond", "last Thursday"): the last such day before it (or that day itself, for a bare
weekday that is the release's own); not "komende maandag", "elke dinsdag"."""
_NOT_PAST_DAY = re.compile(
    r"(?:komende|volgende|aanstaande|next|coming|elke|iedere|every|op)\s$", re.I
)


def days_before(text: str, release: str) -> tuple[str, re.Match[str]] | None:
    """The day a "gisteren" or a weekday in `text` names, counted back from the `release` day
    (ISO), with its words.

    >>> days_before("X tekende maandagavond het convenant.", "2026-11-17")[0]
    '2026-11-16'
    >>> days_before("Last Thursday, X joined.", "2026-10-15")[0]
    '2026-10-08'
    """
    for match in DAYS_BEFORE.finditer(text):
        if _NOT_PAST_DAY.search(text[: match.start()]):
            continue
        day = date.fromisoformat(release)
        if match["one"] or match["two"]:
            back = 1 if match["one"] else 2
        else:
            name = match["weekday"].lower()
            weekday = _WEEKDAYS.index(name) if name in _WEEKDAYS else _WEEKDAYS_EN.index(name)
            back = (day.weekday() - weekday) % 7 or (7 if match["last"] else 0)
        return date.fromordinal(day.toordinal() - back).isoformat(), match
    return None


def will(text: str) -> bool:
    """An explicit future ("will join", "zal toetreden", "heeft laten weten toe te treden"):
    never the release's own news."""
    return bool(_WILLS.search(text) or FUTURE_WORDS.search(text))


_WILLS = re.compile(r"\b(?:will|zal|zullen|toegezegd|announced)\b", re.IGNORECASE)


WHETHER = re.compile(
    r"\b(?:beraadt|beraden|beraadslaagt|twijfelt|twijfelen|overweegt|overwegen|denkt|denken"
    r"|nadenken|bekijkt|bekijken|onderzoekt|onderzoeken|wonders?|wondering|considers?|considering"
    r"|weighing|decide|deciding|discuss(?:es|ing)?)\b[^.;]{0,40}\b(?:of|whether|if)\b"
    r"|\b(?:stelde|stelt|stellen|stelden) (?:\w+ )?voor dat|\b(?:proposed|suggested) that\b"
)  # "Het bestuur beraadt zich nog of onze vereniging partner moet worden", "Sanne stelde voor
# dat onze vereniging partner wordt": asked or proposed, not told
