"""Bullet lines under a sentence that ends in a colon, or under a heading, that speak of the
coalition or its partners where no phrase table introduces them ("The crew of Flevoland
Digitaal Aan Boord:", "Who's in (after today)")."""

from __future__ import annotations

import itertools
import re

from kg.ingest.asides import asks_who, is_question
from kg.ingest.items import line_name
from kg.ingest.lines import (
    BULLET,
    NUMBERED_LABEL,
    heading_line,
    line_items,
    org_like,
    sector_line,
)
from kg.ingest.pointers import named_in
from kg.ingest.roles import subjects
from kg.ingest.sentences import Sentence
from kg.ingest.stretches import CUE, THANKS, cues_members
from kg.ingest.tellers import SOME, only_told
from kg.ingest.tenses import FUTURE_RULES
from kg.ingest.words import NO_MEMBERS, NOT_MEMBERS

__all__ = [
    "bullet_after",
    "cued_lines",
    "labelled_lines",
    "labelled_no_members",
    "told_bullets",
]


def cued_lines(
    sentences: list[Sentence], position: int, coalitions: frozenset[str] = frozenset()
) -> list[tuple[str, Sentence, bool]]:
    """The bullet lines under a sentence that ends in a colon, or under a heading, and speaks of
    the coalition (by a word or by its name) or its partners (not of funders or thanks), where
    three or more lines are and three in four of them read as organisations: a list no phrase
    table introduces ("The crew of Flevoland Digitaal Aan Boord:", "Who's in (after today)")."""
    intro = sentences[position].text
    paragraph = sentences[position].paragraph
    before = [
        s.text for s in sentences[max(position - 3, 0) : position] if s.paragraph == paragraph
    ]
    above = sentences[position - 1].text if position else ""
    if not before and heading_line(above) and is_question(above):
        before = [above]  # "WHO ARE THE OTHER PARTNERS?" over "You will meet them here:"
    heading = heading_line(intro) and bullet_after(sentences, position)
    cue = cues_members(intro) or bool(before and CUE.search(before[-1]))  # "telt twaalf
    asked = any(asks_who(text) for text in before)  # deelnemers. Een paar ervan:", "Wie er nu
    asked = asked and bool(_NAMING.search(intro) or (before and asks_who(before[-1])))  # nog
    # meedoen? Ik heb het overgetypt van de flyer:"
    cue = cue or asked or bool(_PARTIES.search(intro))  # "Who else is in it? ... To name a
    # few:", "Deze overeenkomst wordt aangegaan door:"
    near = sentences[max(position - 2, 0) : position]  # "... telt de coalitie nu elf partners.
    cue = cue or bool(SOME.search(intro) and any(CUE.search(s.text) for s in near))  # // Ik
    # heb ze niet allemaal onthouden, maar een paar wil ik toch noemen:"
    of_ours = any(
        re.fullmatch(
            rf"(?:(?:\S+ ){{0,3}}(?:van|of|bij) {re.escape(n)}|{re.escape(n)} (?:is|zijn|are))\s*:",
            intro.strip(),
        )
        for n in coalitions
        if n in intro
    )  # "The crew of X:", "X is:"; not "De spreekuren van X vinden plaats in:"
    named = of_ours or bool(_PARTNER_WORD.search(intro))
    named = named or bool(heading and _COALITION_WORD.fullmatch(intro.strip()))  # "De coalitie op
    # een rij"; not "Met steun van het netwerk"
    colon = intro.rstrip().endswith(":")
    colon = colon or bool(SOME.search(intro) and bullet_after(sentences, position))  # "Ik noem
    # er een paar, want ik ga niet alle veertien taggen 😉" over "👉 X"
    cued = (colon and cue) or named or (heading and asks_who(intro.rstrip(" :") + "?"))
    told = asked and only_told(intro)  # "Who else is in it? I asked the coordinator and
    # scribbled the following:": who told the answer
    if not (colon or heading) or not cued or (NOT_MEMBERS.search(intro) and not told):
        return []  # a heading by its own words only: "Who's in", not "Welkom nieuwe leden"
    if THANKS.search(intro) or _ELSEWHERE.match(intro):
        return []  # "Dank aan:", "Lees ook:": not a list of partners
    if any(NO_MEMBERS.search(text) for text in [*before[-1:], intro]):
        return []  # "... but are **not** members of the coalition. We list them here:"
    partners = _PARTNER_WORD.search(" ".join([*before, intro])) or SOME.search(intro)
    items = line_items(sentences, position)
    items = items or (told_bullets(sentences, position) if partners else [])
    names = [line_name(text) if whole else text for text, _, whole in items]
    like = sum(org_like(name) for name in names)
    return items if len(items) >= 3 and like * 4 >= len(items) * 3 else []


def told_bullets(sentences: list[Sentence], position: int) -> list[tuple[str, Sentence, bool]]:
    """(name, line, True) of the organisation each bullet line under an introduction tells of
    as the subject of a sentence ("👉 Stichting X gaat met veertig vrijwilligers langs.", "- De
    gemeente Y zit er ook in, en die betaalt de cursussen."), where a name opens half the lines
    at least; the sentences that go on a line after its first tell no one."""
    lines = list(
        itertools.takewhile(
            lambda s: s.paragraph == sentences[position + 1].paragraph, sentences[position + 1 :]
        )
    )
    bullets = [line for line in lines if BULLET.match(line.text)]
    if not lines or lines[0] not in bullets or len(bullets) < 3:
        return []
    told = [
        (name, line, True)
        for line in bullets
        if not (_ASIDE.search(line.text) and not _IN_IT.search(line.text))
        and not FUTURE_RULES.search(line.text)
        for name in _told_of(BULLET.sub("", line.text, count=1))[:1]
    ]
    return told if len(told) * 2 >= len(bullets) else []


def _told_of(text: str) -> list[str]:
    """The subjects of a sentence, else the organisations it names ("Bij Bibliotheek X zitten
    elke dinsdag vrijwilligers klaar", "En dan de gemeente Y, die als trekker ...")."""
    return subjects(text) or named_in(_KIND.sub(lambda m: f"{m[1].capitalize()} ", text))


_KIND = re.compile(r"\b(?:de |het |the )?(gemeente|provincie) (?=[A-Z])")
_IN_IT = re.compile(
    r"\b(?:zit|zitten) (?:er )?(?:ook )?in\b|\b(?:is|are) (?:also )?(?:in it|on board)\b"
)
_ASIDE = re.compile(
    r"(?i)[\"“”„]|\b(?:zegt|zei|says|said|sponsor\w*|betaalt|pays|funds?|fund(?:s|ed|ing)"
    r"|financier\w*|subsidie\w*|leverancier\w*|supplier|gesprek|talk(?:s|ed)? (?:with|to)"
    r"|consider\w*|overweeg\w*|nadenk\w*|think\w* about|denk\w* (?:er )?over|n[ií]et|geen"
    r"|not|no|never|nooit|leav\w*|left|verla\w*|verliet|vertrek\w*|vertrok\w*|stop\w*"
    r"|opgeheven|uitgestapt|afscheid|farewell|will|zal|zullen)\b|n[’']t\b"
)  # "- X sponsort de koffie", "- Y, de leverancier, ... ook geen partner", "- Z isn't involved":
# no one told of as a partner; but "- De gemeente Y zit er ook in, en die betaalt de cursussen"

_ELSEWHERE = re.compile(
    r"(?i)\s*(?:lees|zie|bekijk|read|see) (?:ook|also|more)|(?:meer nieuws|more news|related)\b"
)  # links to other pages
_COALITION_WORD = re.compile(
    r"(?i)(?:de |het |onze |ons |the |our )?(?:coalitie|coalition|netwerk|network|alliantie"
    r"|alliance|pact|samenwerkingsverband)(?: (?:op een rij|in het kort|at a glance|in short))?\W*"
)  # a heading that is the coalition alone
_PARTNER_WORD = re.compile(
    r"(?i)\b(?:partners?|deelnemers?|members?)(?:lijst|boek|overzicht|muur|list|wall)?\b"
)  # "het partnerboek"; not "partnerbijeenkomsten", "membership benefits"


def bullet_after(sentences: list[Sentence], position: int) -> bool:
    """Whether the line after a sentence (and after its underline "-----") is a bullet, a
    numbered item or a sector's line."""
    following = sentences[position + 1 : position + 3]
    if following and _RULE.fullmatch(following[0].text.strip()):
        following = following[1:]
    text = following[0].text if following else ""
    numbered = re.fullmatch(r"\d{1,2}[.)]", text.strip()) or NUMBERED_LABEL.match(text.strip())
    return bool(BULLET.match(text) or numbered or sector_line(text))  # "1.", "Spoor 1 – X",
    # "Libraries ...... Bibliotheek X"


_RULE = re.compile(r"[-=~_*]{3,}")
_PARTIES = re.compile(
    r"\b(?:overeenkomst|convenant|intentieverklaring|agreement|covenant)\b.*\b(?:aangegaan|gesloten"
    r"|ondertekend|entered into|signed) (?:door|by)\s*:\s*$",
    re.IGNORECASE,
)  # "Deze overeenkomst wordt aangegaan door:", its parties below
_NAMING = re.compile(
    r"\b(?:to name (?:but |just )?a few|om er (?:maar )?(?:een paar|enkele) te noemen"
    r"|onder (?:meer|andere|anderen)|among (?:them|others)|een paar(?: ervan)?|a few(?: of them)?"
    r"|including)\s*:\s*$",
    re.IGNORECASE,
)


def labelled_lines(sentences: list[Sentence]) -> list[tuple[str, Sentence, bool]]:
    """(name, line, True) of each bullet line that labels its organisation a member ("-
    Huisartsenkring X - member", "- Stichting Y – partner; runs the help points", "- Z (lid)"),
    where two or more lines of the text are labelled so: a list that says of each line whether
    it is a partner, beside lines labelled "not a member", "geen partner", "sponsor".

    >>> from kg.ingest.sentences import read_sentences
    >>> text = "- Bibliotheek A - member\\n- Fonds B - not a member; funds us\\n"
    >>> text += "- Welzijn C - member"
    >>> [name for name, _, _ in labelled_lines(read_sentences(text))]
    ['Bibliotheek A', 'Welzijn C']
    """
    found = [(name, line, True) for name, line, no in _labelled(sentences) if not no]
    return found if len(found) >= 2 else []


def labelled_no_members(sentences: list[Sentence]) -> set[str]:
    """The organisations of bullet lines labelled no member ("- Fonds B - not a member",
    "2. Café X – geen partner"), which no list of the text makes a member."""
    denied = {name for name, _, no in _labelled(sentences) if no}
    for line in sentences:  # "- Fonds X – funder, not a partner", "- Café Y - venue, no member"
        bullet = BULLET.match(line.text)
        name, *rest = _DASH.split(line.text[bullet.end() :], maxsplit=1) if bullet else [""]
        denied |= {name.strip()} if rest and _NO_PARTNER.search(rest[0]) else set()
    marks = {m["mark"] or "*" for s in sentences if (m := _MARK_NO.search(s.text))}  # "de namen
    for line in sentences if marks else ():  # met een sterretje (*) zijn géén partner"
        bullet = BULLET.match(line.text)
        name = line.text[bullet.end() :].strip() if bullet else ""
        denied |= (
            {name, name.rstrip("".join(marks)).strip()} if name.endswith(tuple(marks)) else set()
        )
    rows = [s.text.split("|") for s in sentences if "|" in s.text and _NO_PARTNER.search(s.text)]
    for line, after in zip(sentences, [*sentences[1:], None], strict=True):  # "X ...... GEEN
        leader = _LEADER.fullmatch(line.text.strip())  # partner; levert de klok", its label a
        label = leader["label"] if leader else ""  # sentence of its own after the dots
        next_to = after is not None and after.paragraph == line.paragraph
        label = label or (after.text if leader and after is not None and next_to else "")
        named = [leader["name"], *leader["name"].split(", ")] if leader else []  # "X, Erm"
        rows += [[name] for name in named] if _NO_PARTNER.match(label) else []
    return denied | {cells[0].strip() for cells in rows if cells[0].strip()}  # a table's row:
    # "Ouderenplatform X | Diever | waarnemer, geen partner"


_DASH = re.compile(r"\s[-–—]\s")
_LEADER = re.compile(r"(?P<name>[^.\s].*?)\s*\.{4,}\s*(?P<label>.*)")  # "X ....... GEEN partner"
_MARK_NO = re.compile(
    r"(?i)(?:sterretje|asterisk|\((?P<mark>[*†°¹²])\))[^.]*?\b(?:g[eé]{2}n|not an?|no|non-)\s*"
    r"(?:partners?|members?|leden|lid)\b"
)  # "de namen met een sterretje (*) steunen de coalitie wel, maar zijn géén partner"
_NO_PARTNER = re.compile(
    r"(?i)\b(?:g[eé]{2}n|niet|not (?:yet )?an?|no|non-)\s*(?:partner|member|lid|signatory"
    r"|ondertekenaar)\b"
)


def _labelled(sentences: list[Sentence]) -> list[tuple[str, Sentence, bool]]:
    """(name, line, labelled no member) of each bullet or numbered line with a label."""
    found = []
    for before, line in zip([None, *sentences], sentences, strict=False):
        bullet = BULLET.match(line.text)
        numbered = before is not None and _NUMBERED.fullmatch(before.text)  # "1." on its own
        text = line.text[bullet.end() :] if bullet else line.text if numbered else ""
        leader = None if text else _LEADER.fullmatch(line.text.strip())  # "X ..... partner"
        text = f"{leader['name']} – {leader['label']}" if leader else text
        label = _LABELLED.fullmatch(text.strip())
        if label and org_like(label["name"]):
            found.append((label["name"], line, bool(label["no"])))
    return found


_NUMBERED = re.compile(r"\d{1,2}[.)]")
_LABELLED = re.compile(
    r"(?P<name>[^–—:(;]+?)(?: \([^()]{1,40}\))?(?: [-–—] |: | \()"  # "X (Den Helder) – "
    r"(?i:(?P<no>not an? |no |g[eé]{2}n |niet |non-)?(?:full |volwaardig )?(?:member|partner|lid"
    r"|deelnemer|coalitiepartner|coalition partner|ondertekenaar|signatory))"
    r"\b(?![- ](?:van|of)\b)(?:\W.*)?"
)  # not "- X - partner van de bibliotheek", "- X: member of the board"
