"""Members no rule reads, asked rather than guessed.

The member rules (`members`, `listings`, `memberforms`, `roles`, ...) read a membership from its
form, and every new voice brings forms they lack: "We zijn nu met de Gemeente X, Y en Z", "Maker
Space De Vonk is a member too, and so is Installatiebedrijf Hofstede & Zn.", "die zitten er
eveneens in, net als A en B". Measured on the keyed releases, most members the rules miss are
named in a sentence that speaks of membership. This reader weighs a sentence's words instead of
matching its shape, as `possible` does for joins. A sentence may name members where it has

- a word of membership (`MEMBERSHIP`: "partner", "zit er ook in", "doet mee", "bestaat uit",
  "is a member", "and so is"; "lid" and "member" only beside a word of the partnership or the
  coalition's name, since a firm is also "lid van de brancheorganisatie"),
- and no negation, plan, leave, past or role that is not a partner's (`NOT_MEMBER`: "geen
  partner", "wordt per 1 januari partner", "sponsort", "was partner", "onze leden").

Each organisation such a sentence names that no rule read (`possible.organisations_in` and
`possible.askable`: not a person, a venue, the coalition, nor a name read already) is a member
whose confidence is below the threshold: a question of the review queue (`kg review`), never a
member of the graph until a researcher accepts it. On the keyed releases about seven in ten of
these questions are members; the rest are what a careless reader would take for one.

>>> from kg.ingest.sentences import read_sentences
>>> said = "We zijn nu met Bibliotheek Lekstroom-Oost en Welzijn Oudegein, zei ze."
>>> [(name, why) for name, _, why in possible_members(read_sentences(said), set(), "Y")]
[('Bibliotheek Lekstroom-Oost', "'We zijn nu met'"), ('Welzijn Oudegein', "'We zijn nu met'")]
>>> possible_members(read_sentences("Stichting X wordt per 1 januari partner."), set(), "Y")
[]
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.possible import PARTNERSHIP, askable, organisations_in
from kg.ingest.reading import Reader
from kg.ingest.results import Extraction, Fact
from kg.ingest.sentences import Sentence

__all__ = ["CONFIDENCE", "asked_members", "possible_members"]

CONFIDENCE = 0.4
"""A member only a sentence's words weigh for: below the threshold, a question for a person."""

MEMBERSHIP = re.compile(
    r"\b(?:(?-i:partners?)|partnerorganisaties|deelnemende organisaties|aangesloten"
    r"|doe[nt] (?:\w+ ){0,3}?mee|zit(?:ten)? (?:er )?(?:\w+ )?in|zit(?:ten)? er (?:\w+ )?bij"
    r"|(?:is|zijn) (?:er )?(?:\w+ )?bij|(?:hoort|horen) (?:er )?(?:\w+ )?bij"
    r"|(?:behoort|behoren) tot"
    r"|maken deel uit|maakt deel uit|(?:een )?samenwerking van|bestaat uit|we zijn (?:nu )?met"
    r"|consists? of|made up of|on board|aan boord|so (?:is|are|does|do)|net als|as do|as does"
    r"|(?:is|are) (?:also |now )?(?:in|part of) (?:it|the (?:coalition|network|alliance)))\b",
    re.IGNORECASE,
)
"""A word of membership: one that says so without a word of the partnership beside it."""

_MEMBER = re.compile(r"\b(?:lid|leden|members?)\b", re.IGNORECASE)
"""A word of membership that says so only beside a word of the partnership ("lid van ons
netwerk"), not of any body ("lid van de brancheorganisatie", "onze 86 leden")."""

NOT_MEMBER = re.compile(
    r"\?|\b(?:niet|geen|g[eé]{2}n|nooit|evenmin|neither|nor|not|no longer|never|n't"
    r"|zal|zullen|gaat|gaan|wordt|worden|word|komt|komen|volgt|volgen|zou|zouden|wil|willen"
    r"|hoop\w*|misschien|mogelijk|wellicht|binnenkort|straks|volgend\w*|komend\w*"
    r"|overweeg\w*|verkent|verkennen|onderzoek\w*|in gesprek|gesprek\w*|praat|praten|denkt"
    r"|will|would|could|might|may|soon|next|upcoming|plans?|planned|considering|consider\w*"
    r"|talks?|talking|explor\w*|intends?|expected|expect\w*|verwacht\w*|becomes?|becoming"
    r"|uitnodiging|invit\w*|gevraagd|asked|afgeslagen|bedankt|declined|afgemeld"
    r"|was|waren|were|used to|former|voormalig\w*|oud-partner|vroeger|destijds|eerder"
    r"|verla(?:at|ten)|verliet\w*|vertr(?:ek|ekt|ekken|ok|okken)|stopt|stopte|gestopt|stopped"
    r"|opgeheven|uitgestapt"
    r"|prospective|aspirant\w*|kandida\w+|candidates?|potenti\w+|toekomstig\w*|future"
    r"|(?<!coalition)(?<!network)(?<!alliance)['’]s (?:\w+ )?partners?"
    r"|partners? (?:van|of) (?:de|het|the) (?:gemeente|municipality|bibliothe\w+|library|school"
    r"|universit\w+|hogeschool|stichting|foundation|vereniging|association|provincie|province)"
    r"|teruggetrokken|withdr\w*|left|leaves|leaving|afscheid|opgezegd|uitgetreden"
    r"|ondersteun\w*|steun\w*|support\w*|host\w*|gastheer|gastvrouw|locatie|venue"
    r"|zuster\w*|vergelijkbaar|similar|another|ander(?:e)? (?:netwerk|coalitie|alliantie)"
    r"|other (?:network|coalition|alliance)|vriend\w*|friends?|aanwezig|present|dank|thanks?"
    r"|namens|on behalf|onze leden|our members|haar leden|its members|hun leden|their members"
    r"|leden van|members of|financier\w*|gefinancierd|subsidie\w*|sponsor\w*|bijdrage|donat\w*"
    r"|leverancier\w*|geleverd|levert|funded|funds|grant|supplie[sd]|supplier|donor|betaald"
    r"|paid|bezocht|visited|gasten|guests|gast|licentie\w*|licen[cs]es?|niets te maken"
    r"|nothing to do with|contact|informatie|information|e-?mail|woordvoerder|spokesperson"
    r"|redactie|presentator|dagvoorzitter|betaalt|betalen|pays|draagt bij|funder|observer"
    r"|waarnemer|toehoorder|gien|rather than|in plaats van|instead of"
    r"|(?:per|vanaf|met ingang van|from|as of) (?:\d|de \w+ van)|(?:ooit|once) (?:\w+ )?in)\b|@",
    re.IGNORECASE,
)
"""A negation, a plan, a past, a leave or a role that is not a partner's: no member now; a
date from which one is in, a join the join rules read (and one to come, or long past)."""

_LISTED_AFTER = re.compile(
    r"(?i)\b(?:(?:een )?samenwerking van|bestaat uit|we zijn (?:nu )?met|consists? of|made up of)\b"
)
"""Words after which the members come: the name before them is the whole ("Stichting X bestaat
uit zestig vrijwilligers")."""
_BODY_BEFORE = re.compile(
    r"(?i)\b(?:bij|tot|door|by|met|with|voor|for)\s+(?:de |het |the )?(?:[a-zß-ÿ][\w-]* )?$"
)
"""A word before a name that makes it the body one belongs to, or the one who acts for it
("aangesloten bij de koepelorganisatie X", "gevolgd door X", "met steun van X")."""
_ARTICLE = re.compile(r"\s*(?:de |het |the )?")
_TRAILING = re.compile(r" (?:de|het|the|een|a)$")  # "X de 9e partner": no part of the name


def possible_members(
    sentences: list[Sentence], told: set[str], coalition: str
) -> list[tuple[str, Sentence, str]]:
    """(name, sentence, the words that weigh for a membership) of each organisation a sentence
    may say is a member (see the module) that no rule read, in the order of the text; `told`:
    the names (lowercase) already read, which are not asked again (it grows with each ask)."""
    found: list[tuple[str, Sentence, str]] = []
    text = "\n".join(s.text for s in sentences)
    for sentence in sentences:
        said = sentence.text
        words = [m.group() for m in MEMBERSHIP.finditer(said)]
        member = _MEMBER.search(said)  # the cheap tests first: most sentences have neither
        if not (words or member) or NOT_MEMBER.search(said):
            continue
        partnership = [m.group() for m in PARTNERSHIP.finditer(said)]
        if coalition and coalition.lower() in said.lower():
            partnership.append(coalition)
        if partnership:
            words += [m.group() for m in _MEMBER.finditer(said)]
        if not words:
            continue
        why = ", ".join(repr(word) for word in dict.fromkeys([*words, *partnership]))
        listed = _LISTED_AFTER.search(said)
        for name in [_TRAILING.sub("", name) for name in organisations_in(said)]:
            at = said.find(name)
            first = listed and _ARTICLE.fullmatch(said[listed.end() : at])  # "met de X, Y"
            body = _BODY_BEFORE.search(said[:at]) and not first
            other = said[:at].endswith("(")  # "Fund X (Stichting Y)": its other name
            if (listed and at < listed.start()) or body or other:
                continue
            if _told(name, told) or not askable(name, said, text, told, coalition):
                continue
            told.add(name.lower())
            found.append((name, sentence, why))
    return found


def _told(name: str, told: set[str]) -> bool:
    """Whether a name, or words of it, were read already: "Stichting Welzijn" of "Stichting
    Welzijn, Wonen en Zorg X", or the glued "Hanzehogeschool GroningenGemeente Groningen" whose
    two names the rules cut apart."""
    key = name.lower()
    return any(key in known or known in key for known in told if len(known) > 3)


def asked_members(reader: Reader, found: Extraction) -> list[Fact]:
    """The members of `possible_members` in a release whose coalition the reader found, as
    facts of the review queue: each with `CONFIDENCE` and the words that weigh for it."""
    if found.coalition is None:
        return []
    facts = [found.coalition, *found.partners, *found.leavers, *found.former_names]
    facts += [j.org for j in (*found.joins, *found.asked)]
    told = {fact.value.lower() for fact in facts} | {fact.written.lower() for fact in facts}
    return [
        replace(
            reader.fact(name, sentence),
            confidence=CONFIDENCE,
            reason=f"named where its sentence speaks of membership ({why}), in a form no rule "
            "reads",
        )
        for name, sentence, why in possible_members(reader.sentences, told, found.coalition.written)
    ]
