"""Joins no phrase row reads, asked rather than guessed.

The phrase tables (`phrases`, `clauseforms`, `newsforms`, ...) read a join from its words, and
every new voice brings words they lack: "A warm welcome to X and Y, who both signed our
partnership agreement this month!", "Sinds 1 oktober vaart X met ons mee". This reader weighs
a sentence's words instead of matching its shape. A sentence may tell a join where it has

- a word of joining or signing (`JOINING`: "welkom", "ondertekend", "aan tafel", "on board"),
- and a word of the partnership (`PARTNERSHIP`: the coalition's name, "convenant", "ons
  netwerk") or of a recent time (`RECENT`: "deze maand", "sinds 1 oktober", "last Tuesday"),
- and no hedge, negation, leave, question or future (`NOT_NOW`), nor a date of long ago.

Of each organisation such a sentence names (a run of capitalised words with a word for a kind
of organisation, `kg.ingest.prose.strong_names`, or one that looks like a firm's: a brand in
CamelCase, a legal form, "&"; not a person's, a venue's, the coalition's, nor one the phrase
rows already read; where "we" say the words, the publisher the text's head names) it asks
whether it joins: a `Join` with a confidence below the
threshold, so a question of the review queue (`kg review`) and never a member until a
researcher accepts it. What the reader is unsure of goes to a person, not into the graph.

>>> from kg.ingest.sentences import read_sentences
>>> text = "A warm welcome to Zeilschool De Ketelbrug, who signed our agreement this month!"
>>> [(name, why) for name, _, why in possible_joins(read_sentences(text), set(), None)]
[('Zeilschool De Ketelbrug', "'welcome', 'signed', 'agreement', 'this month'")]
>>> possible_joins(read_sentences("Stichting X is in gesprek over toetreding."), set(), None)
[]
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

from kg.ingest.dates import has_date
from kg.ingest.gazetteer import bare_place
from kg.ingest.lines import org_like
from kg.ingest.names import PERSON_NAME, ROLE_AFTER, is_person
from kg.ingest.ordinals import NTH_WORD, ordinals
from kg.ingest.prose import strong_names
from kg.ingest.sentences import UPPER, Sentence
from kg.ingest.subjects import same_joiner
from kg.ingest.words import (
    DESCRIPTOR,
    DOTTED_END,
    FUNCTION_WORD,
    NOT_MEMBERS,
    OPENERS,
    ORG_HEADS,
    ROLES,
    SEVERAL,
    org_head,
)

__all__ = [
    "CONFIDENCE",
    "FIRM",
    "IN_YEAR",
    "JOINING",
    "NOT_NOW",
    "PARTNERSHIP",
    "RECENT",
    "askable",
    "organisations_in",
    "possible_joins",
    "recent_enough",
]

CONFIDENCE = 0.5
"""How sure the reader is of a join it only weighed: below `confidence.THRESHOLD`, a question."""

JOINING = re.compile(
    r"\b(?:aan(?:ge)?sl(?:oten|uiten|uit|oot|oten)|toe(?:ge)?tre(?:den|edt)|toetreding"
    r"|(?:treedt|treden|trad|traden) (?:[\w-]+ ){0,6}?toe"
    r"|(?:onder)?teken(?:t|de|den|en|ing)|getekend|ondertekend|handtekening\w*|krabbel"
    r"|(?:partner|lid|deelnemer) (?:geworden|worden)|(?:wordt|werd|werden) (?:\w+ )?(?:partner|lid)"
    r"|welkom\w*|verwelkom\w*|welcom\w*|aanwinst|nieuwste (?:partner|lid|deelnemer|aanwinst)"
    r"|nieuwe (?:partner|deelnemer|bondgenoot|coalitiepartner|netwerkpartner)s?"
    r"|aan (?:boord|(?:de |het )?(?:\w+ )?(?:overleg|vergader|netwerk|coalitie|partner)?tafel)"
    r"|aan(?:ge)?schoven"
    r"|(?:schuift|schoof|schoven|haakt) (?:\w+ ){0,4}?aan|aangehaakt|ingestapt"
    r"|(?:stapt|stapte|stapten) (?:\w+ ){0,4}?in\b|(?:doet|doen) (?:\w+ ){0,4}?mee"
    r"|meedoet|meedoen|erbij gekomen|komt (?:\w+ ){0,3}?erbij|kwam (?:\w+ ){0,3}?erbij"
    r"|ja gezegd|deelnameverklaring|volgde|versterk(?:t|en|ing)|(?:ge)?voegd\w*|voegt|voegde\w*"
    r"|als (?:nieuwe |eerste |\w+de |\w+ste )?(?:partner|lid|deelnemer|ondertekenaar)"
    r"|(?:naam|namen|handtekening\w*|krabbel) (?:[\w-]+ ){0,3}?onder"
    r"|(?:stoel|plaats|plek) (?:\w+ ){0,3}?(?:bij(?:geschoven|gezet)?|ingenomen|in)\b|bijgeschoven"
    r"|(?:neemt|nam|namen) (?:\w+ ){0,4}?plaats|t(?:akes|ook) (?:its|her|his|a) (?:place|seat)"
    r"|(?:hoort|horen|hoorde) (?:\w+ ){0,5}?bij (?:de|het|ons|onze)"
    r"|(?:naam|namen) (?:[\w-]+ ){0,6}?(?:gezet|bijgeschreven|toegevoegd|added)"
    r"|joins?|joined|joining|on board|signed|signs|signing|signature|teamed up|came aboard"
    r"|followed|new (?:partner|member|signatory)s?|newest (?:partner|member)"
    r"|became (?:a |an |our |the |its |the \w+'s )?(?:\w+ )?(?:partner|member|signatory)"
    r"|as (?:a |an |our |the )?(?:new |\w+th |first |second |third )?(?:partner|member)"
    r"|made it official|maakte? het officieel|(?:logo|naam|name) (?:\w+ ){0,4}?(?:partner ?wall"
    r"|partnerwand|partnerlijst|partner list)"
    rf"|{NTH_WORD} (?:\w+ )?(?:partner|organisatie|organisation|organization|lid|member"
    r"|deelnemer|ondertekenaar|signatory|naam|name)"
    r"|(?:partner|lid|member) (?:nummer|number|nr\.?|no\.?|#) ?\w+)\b",
    re.IGNORECASE,
)
"""A word of joining or signing."""

PARTNERSHIP = re.compile(
    r"\b(?:coalitie\w*|netwerk\w*|alliantie|samenwerking\w*|convenant\w*|overeenkomst|verklaring"
    r"|akkoord|charter|pact|manifest|(?:ons|onze) (?:\w+ )?(?:club|clubje|team|groep|rijtje|tafel)"
    r"|coalition|network|alliance|partnership|agreement|covenant|pledge|our (?:\w+ )?(?:table|team"
    r"|group|circle))\b",
    re.IGNORECASE,
)
"""A word of the partnership that is joined (the coalition's own name counts too)."""

RECENT = re.compile(
    r"\b(?:vandaag|vanochtend|vanmiddag|gisteren|eergisteren|onlangs|recent\w*|pas|zojuist|sinds"
    r"|per|vanaf|deze (?:week|maand)|afgelopen|vorige (?:week|maand)|nu (?:ook|officieel)"
    r"|today|yesterday|this (?:week|month|morning)|last (?:week|month|\w+day)|recently|just"
    r"|since|as of|officially|nieuw|new|nog (?:een|twee|drie|vier))\b",
    re.IGNORECASE,
)
"""A word of a recent time, or of a time from which a partner is in."""

NOT_NOW = re.compile(
    r"\?|\b(?:(?:has|have|had|did|does|do|is|was|won)n't|niet|geen|weiger\w*|zag \w+ ?af"
    r"|nooit (?:\w+ ){0,2}?(?:getekend|ondertekend|aangesloten|toegetreden|lid|partner)"
    r"|(?:jaar|jaren|years?|maanden|months?) (?:geleden|ago)|afgeblazen|nog niet"
    r"|overweeg\w*|verkent|verkennen|onderzoek\w*|bekijken|explor\w*"
    r"|investigat\w*|in gesprek|gesprekken|zou|zouden"
    r"|hoop\w*|wil|willen|wilde|mogelijk|misschien|wellicht|binnenkort|straks|volgend\w*|zal|zullen|gaat"
    r"|gaan|komend\w*|stopt|stopte|vertrekt|vertrok|afscheid|uitgetreden|treedt uit|stapt uit"
    r"|eerder|destijds|toen|vroeger|oprichters?|opgericht|van het eerste uur|al (?:langer|jaren)"
    r"|(?:sinds|vanaf) (?:de start|het begin)|van meet af aan|ondersteun\w*|steun\w*|bekostig\w*"
    r"|begeleid\w*|uitzend\w*|zendt|aanwezig|gastheer|gastvrouw|gastlocatie"
    r"|not|no longer|never|considering|consider|talks|might|could|would|hope\w*|will|soon|next"
    r"|upcoming|left|leaves|leaving|founders?|founded|from the (?:start|beginning)|already"
    r"|support\w*|host\w*|broadcast\w*|attend\w*|present|later|nadat|daarna|after|since then"
    r"|more recently|co[öo]rdine\w*|coordinat\w*|penvoerder|lead partner|(?:is|zijn) blij met"
    r"|toehoorder|waarnemer|observer|vorig jaar|last year|jaren|years|set up|opgezet|gestopt"
    r"|(?:twee|drie|vier|vijf|zes|tien|\d+) jaar"
    r"|stopped|stops|naar verwachting|verwacht\w*|expect\w*|eerdere|earlier|correcti\w*"
    r"|rectificatie|bestaande|existing|awards?|awarded|ontvangt|ontving|receives|received|euro"
    r"|toegekend|kent (?:[\w.]+ ){0,6}?toe|getuige|witness|heet|heten|hernoemd|renamed|called"
    r"|(?:nieuwe|new) (?:naam|name)|naam (?:\w+ )?veranderd|changed (?:\w+ )?name)\b|€",
    re.IGNORECASE,
)
"""A hedge, a negation, a question, a leave, a join to come or one of the coalition's start."""

_LONG_AGO = 92  # days: a join dated longer before the release is history, not its news
_MOST = 3  # names in one sentence: more make a list of partners, which the list rules read
_WHERE = re.compile(
    r"\b(?:in|op|at|te|tijdens|vanuit|from|naar|uit|onder|during|thanks to|dank aan|via|tussen"
    r"|between)(?: (?:de|het|the))?(?: [a-z][\w-]*){0,3}(?: (?:van|of)(?: (?:de|het|the))?)? $",
    re.IGNORECASE,
)  # "ondertekende in (de vestiging van) Grand Café X": a venue, not who joins; "ondertekend
# door X" is who signs
_VERB = re.compile(
    r"[;:]|\b(?:zit|zitten|zat|is|zijn|was|waren|heeft|hebben|doet|doen|deed|tekent|tekenen"
    r"|schuift|schoof|stapt|stapte|komt|kwam|sits|sat|is|are|has|have|joins|joined|signs|signed"
    r"|took|takes)\b"
)
_AMONG = re.compile(
    r"\b(?:including|among them|such as|zoals|waaronder|onder (?:meer|andere|anderen)|net als"
    r"|naast|samen met|together with|alongside|samen\w* met|werken samen met|na|after"
    r"|(?:partners|organisaties|leden|members|organisations) (?:als|like)"
    r"|work(?:s|ing)? with)\b",
    re.IGNORECASE,
)  # "telt nu negen partners, waaronder X": a partner of before, which the list rules read
_WORD = rf"[{UPPER}][\w'’&.\-]*"
_RUN = re.compile(
    rf"(?<![\w'’-]){_WORD}(?: (?:(?:van|de|der|den|het|voor|of|&|'t|’t) )*"
    rf"(?:{_WORD}|\d[\w.]*))*"
)  # "Kültür Evi Enschede", "Bits & Bytes Twente", "TechNova Nederland B.V."
FIRM = re.compile(
    r"[a-z][A-Z]|\b(?:B\.V|N\.V|U\.A|V\.O\.F)\b|\S & \S|['’]t\b|^[A-Z]{2,5} [A-Z]"
    r"|(?i:apothe[e]?k|opvang|theater|werkplaats|foundation|co[öo]peratie|cooperative|punt|caf[ée]"
    r"|dienst|boerderij|kliniek|praktijk|centrum|cent(?:er|re)|huis|academ\w+|college|school|collective"
    r"|winkel|kring|bond|vereniging|stichting|groep|group|bank|fonds|zorg|wonen|welzijn|collectief"
    r"|hogeschool|universit\w+|bibliothe\w+|gemeente|provincie)\b"
)  # what a firm's or an organisation's name has: a brand in CamelCase, a legal form, "&",
# an acronym before it ("OBS De Zaanpijl"), or a word of its kind
_COALITION_LIKE = re.compile(r"(?i)\bdigi\w*|\bcoalit\w*|\balliant\w*|\balliance\b")
_HEAD = re.compile(r"(?:About|Over|Partners|Joining|Joined|Binnen|Onderwerp|Voortgang)\b")
IN_YEAR = re.compile(
    r"\b(?i:in|sinds|since|per|vanaf|from|begin|ingang van) (?P<year>(?:19|20)\d{2})\b"
)  # a year a time is told in ("in 2021", "sinds 2019"), not a postcode's "2023 CA"; a
# date with its month is read by the release's calendar (`dated`)
_QUARTERS = frozenset({"Centrum", "Centre", "Noord", "Zuid", "Oost", "West", "North", "South"})
_OWN_VOICE = re.compile(
    r"\b(?:we|wij|we're|we've|(?:ons|onze|our) (?:\w+ )?(?:club|organisatie|organisation|stichting"
    r"|vereniging|association|bond|school|bibliotheek|library|co[öo]peratie|cooperative|bedrijf"
    r"|company|firm|foundation|wijkcentrum|centrum|centre|praktijk|practice|winkel|shop|kerk"
    r"|church|gemeenschap|community|naam|name|handtekening|signature|corporatie|hogeschool"
    r"|universiteit|university|college))\b",
    re.IGNORECASE,
)  # "wij hebben getekend", "ons wijkcentrum is aangesloten", "our name went up"; not "met ons"
# or "onze leden tekenden", which tell of others
_QUOTED = re.compile(r"[\"“”„«»]|(?:^|\s)['‘][^']+['’](?:\s|[,.]|$)")  # someone else's "we"
_ORDER_AFTER = re.compile(rf" {NTH_WORD}$")
_VENUE = (
    r",? (?:waar|where)\b[^,.;]{0,60}?\b(?:plaats|vond|gehouden|ondertekening|bijeenkomst"
    r"|getekend|signing|meeting|held|took place|hosted|signed)"
)  # "Wijkcentrum X, waar de ondertekening plaatsvond": a venue; not "X, waar onze coaches lid
# van zijn"
_WELCOMES = re.compile(r"\b(?:welkom|verwelkom|welcom)", re.IGNORECASE)
_LEADS = frozenset(
    {
        "welkom",
        "welcome",
        "hartelijk",
        "warm",
        "aan",
        "voor",
        "bij",
        "to",
        "namens",
        "dankzij",
        "vanuit",
        "behalve",
        "zonder",
        "door",
        "today",
        "vandaag",
        "gisteren",
        "yesterday",
        "proficiat",
        "gefeliciteerd",
        "congratulations",
        "via",
    }
)  # words before a name that a capital at the sentence's start glues to it
_HEADLINE_VERBS = frozenset(
    {
        "tekent",
        "tekenen",
        "ondertekent",
        "signs",
        "joins",
        "sluit",
        "treedt",
        "versterkt",
        "vandaag",
        "today",
        "convenant",
    }
)  # "Stichting X Tekent Vandaag": a headline in title case
_PERSON_OF = re.compile(
    r"(?:(?:Prof|Dr|Drs|Mr|Ir|Ing|Dhr|Mw|Mevr)\.? )*(?:[A-ZÀ-Þ][\w'’-]*\.? ){1,3}"
    r"(?:(?:van|de|der|den|ter|ten|te|el|al|op) )*[A-ZÀ-Þ][\w'’-]+ (?:van|of) (?P<org>.+)"
)  # "Jan Willem Bos van Stichting X", "Prof. Dr. Anna Smit van Hogeschool Y": Y
_DATED = re.compile(r"\b(?:per|vanaf|as of|from)\s+\d", re.IGNORECASE)
_NOT_A_NAME = re.compile(
    r"(?:In|Op|At|Na|After|Bij|Tijdens|During|Toetreding|Onderwerp|Subject)\b.*|.*\s\d+"
    r"|.*\b(?:[Cc]ursus|[Cc]ourse|[Aa]pp|[Tt]raining|[Ww]orkshop|[Pp]rogramma|[Pp]rogramme)"
)  # "In Cultuurhuis X", "Welzijn van 12", "Klik & Tik Cursus": not an organisation's name


def possible_joins(
    sentences: list[Sentence],
    told: set[str],
    release: str | None,
    coalition: str = "",
    publishers: tuple[str, ...] = (),
    dated: Callable[[Sentence], str | None] = lambda sentence: None,
) -> list[tuple[str, Sentence, str]]:
    """(name, sentence, the words that weigh for a join) of each organisation a sentence may
    say joins (see the module), in the order of the text; `told`: the names (lowercase) and
    the sentences' starts (as str) already read, which are not asked again. Where the text's
    own voice says the words ("we hebben getekend", "stapte tegelijk met ons in") and names
    no one, the publisher is asked about: the first of `publishers` (the names its head
    gives, `kg.ingest.masthead.publishers`) that is not the coalition. `dated` gives the date
    a sentence gives its change, as the release's calendar reads it (`Calendar.date`)."""
    found: list[tuple[str, Sentence, str]] = []
    text = "\n".join(s.text for s in sentences)
    for sentence in sentences:
        said = sentence.text
        if str(sentence.start) in told or not JOINING.search(said):
            continue  # most sentences: the cheapest test first
        if NOT_NOW.search(said) or NOT_MEMBERS.search(said):
            continue
        joining = [m.group() for m in JOINING.finditer(said)]
        partnership = [m.group() for m in PARTNERSHIP.finditer(said)]
        if coalition and coalition.lower() in said.lower():
            partnership.append(coalition)
        recent = [m.group() for m in RECENT.finditer(said)]
        recent += [f"#{n}" for n in ordinals(said)]  # "als twaalfde", "as number nine"
        if not (partnership or recent) or not recent_enough(dated(sentence), release):
            continue
        years = {int(m["year"]) for m in IN_YEAR.finditer(said)}
        if release and years - {int(release[:4])}:
            continue  # "In 2021 schoof X aan", "met ingang van 2027": not this year's news
        if (release is None or len(release) != 10) and _DATED.search(said):
            continue  # "Per 1 maart doet ook X mee", in a text of no date: now, or to come?
        why = ", ".join(repr(word) for word in dict.fromkeys([*joining, *partnership, *recent]))
        named = [_cleaned(name) for name in organisations_in(said)]
        named = [name for name in named if name]
        named = [name for name in named if name.lower() not in coalition.lower()]
        names = [name for name in named if askable(name, said, text, told, coalition)]
        others = SEVERAL.search(said)  # "deze week tekenden drie organisaties ons convenant"
        if not named and _OWN_VOICE.search(said) and not _QUOTED.search(said) and not others:
            ours = [p for p in publishers if p.lower() not in coalition.lower()]
            ours = [p for p in ours if not _author(p, text)][:1]
            names = [p for p in ours if askable(p, said, text, told, coalition)]
        if len(named) <= _MOST:
            told.update(name.lower() for name in names)
            found += [(name, sentence, why) for name in names]
    return found


def _author(name: str, text: str) -> bool:
    """Whether the name a text's head gives is its author's, a person's: "Van: Ilse X", or a
    line of her role under it ("Jolien Kamphuis" over "Coordinator Vechtdal Digitaal")."""
    if org_head(name.split()[0]) or name.split()[0].lower() in ORG_HEADS:
        return False  # "Stichting X" over "Coordinator ...": an organisation
    at = text.find(name)
    line_end = text.find("\n", at)
    below = text[line_end + 1 : text.find("\n", line_end + 1)] if line_end >= 0 else ""
    return bool(
        at >= 0
        and (
            re.match(r"(?:Van|From|Door|By):?\s*$", text[text.rfind("\n", 0, at) + 1 : at])
            or ROLES.match(below.strip())
        )
    )


def organisations_in(said: str) -> list[str]:
    """The organisations a sentence names: the runs of capitalised words with a word for a kind
    of organisation (`strong_names`), and the other runs that look like an organisation's name
    (`org_like`: two capitalised words or more, a brand in CamelCase), not a place's, a
    person's or a sentence's opening words ("Sinds Maandag")."""
    names = [_ORDER_AFTER.sub("", name) for name in strong_names(said)]
    for run in _RUN.finditer(said):
        words = run.group().split()
        while words and (words[0].lower() in OPENERS or FUNCTION_WORD.fullmatch(words[0])):
            words.pop(0)  # "Ook Kültür Evi": the name after the opening word
        name = _ORDER_AFTER.sub("", " ".join(words))  # "X 9e partner van Y", a heading
        name = name if DOTTED_END.search(name) else name.rstrip(".")  # "X B.V.", "X."
        bare = name.rstrip(".")
        if any(bare in known or known.rstrip(".") in name for known in names):
            continue
        if not org_like(name):
            continue
        if bare_place(name) or has_date(name) or not FIRM.search(name):
            continue
        if _COALITION_LIKE.search(name) or name.isupper() or _HEAD.match(name):
            continue
        names.append(name)
    return names


def askable(name: str, said: str, text: str, told: set[str], coalition: str) -> bool:
    """Whether to ask if `name` joins: not one read already (or a part of one: "University
    College" of "University College Groningen"), not the coalition, not a person nor a
    person's role, not after a word of place ("in Wijkcentrum X") or of a list of others
    ("waaronder X"), nor before a word of welcome (the one who welcomes)."""
    key = name.lower()
    if key in told or any(same_joiner(known, name) for known in told if " " in known):
        return False
    if (coalition and key in coalition.lower()) or is_person(name, text):
        return False
    at = max(said.lower().find(key), 0)
    before, after = said[:at], said[at + len(name) :]
    kind = before.split()[-1] if before.split() else ""  # "woningcorporatie Veldzicht": one word
    described = kind.islower() and bool(DESCRIPTOR.match(kind) or org_head(kind))  # its kind names
    described = described and not re.search(r"['’]", name)  # "the association I've led": no name
    words = name.split()
    if len(words) > 8 or name.endswith("'s") or sum(word.isupper() for word in words) > 3:
        return False  # "HavenStack's managing director", a sentence in capitals
    if _NOT_A_NAME.fullmatch(name) or not (len(words) > 1 or described):
        return False  # "Gemeente" in a headline
    if len(words) > 1 and bare_place(" ".join(words[:-1])) and words[-1] in _QUARTERS:
        return False  # "Zwolle Centrum": a part of a town
    person = re.match(PERSON_NAME + r" (?:van|of)\b", name)
    firm = person and any(word.lower() in ORG_HEADS for word in person.group().split())
    if ROLES.search(name.split()[0]) or (person and not firm):
        return False  # "Collegevoorzitter X Y", "Annelies van Dam of Bibliotheek X": persons;
    # not "Kopland University of Applied Sciences"
    if re.search(r"\d{4}\s*$", before):
        return False  # "2023 CA Haarlem": a postcode's letters and its town
    clause = _VERB.split(before)[-1]  # "Na lang wikken en wegen zit X": "na" is not X's
    if _WHERE.search(clause) or _AMONG.search(clause) or ROLE_AFTER.match(after):
        return False
    if re.match(rf",? (?:is|was) (?:\w+ )?(?:{ROLES.pattern})|{_VENUE}", after, re.I):
        return False  # "X is kwartiermaker van Y", "Wijkcentrum X, waar de ondertekening was"
    return not (_WELCOMES.search(after) and not _WELCOMES.search(before))  # not "Welkom" in
    # its name ("Stichting Welkom Betuwe")


def recent_enough(iso: str | None, release: str | None) -> bool:
    """Whether a change dated `iso` can be the release's news: not more than `_LONG_AGO` days
    before the release, nor after it, each as precise as its words ("sinds juni": any day of
    June; a release of "maart 2025": any day of March). Undated: news."""
    if not iso or not release:
        return True
    first, last = _span(iso)
    issued_first, issued_last = _span(release)
    return last >= issued_first - timedelta(days=_LONG_AGO) and first <= issued_last


def _span(iso: str) -> tuple[date, date]:
    """The first and last day of an ISO year, month or day."""
    if len(iso) == 4:
        return date(int(iso), 1, 1), date(int(iso), 12, 31)
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    return date.fromisoformat(iso), date.fromisoformat(iso)


def _cleaned(name: str) -> str:
    """A name without the words a sentence put before or after it: "Welkom", "Namens",
    "Today" before it, a verb after it in a headline in title case ("X Tekent Vandaag"), a
    person before "van" ("Jan Willem Bos van Stichting X")."""
    words = name.split()
    while words and (words[0].lower() in _LEADS or words[0].lower() in OPENERS):
        words.pop(0)
    cut = next((i for i, word in enumerate(words) if word.lower() in _HEADLINE_VERBS), len(words))
    name = " ".join(words[:cut])
    person = _PERSON_OF.match(name)
    who = name[: person.start("org")].split() if person else []
    if any(org_head(word) or word.lower() in ORG_HEADS for word in who):
        return name  # "Stichting Vrienden van de Bibliotheek X": one name, no person in it
    return person["org"] if person and FIRM.search(person["org"]) else name
