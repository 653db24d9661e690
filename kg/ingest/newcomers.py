"""Joiners a sentence counts and then names after a colon, in words no phrase row reads: "Aan
de tafel van het netwerk zitten sinds kort twee nieuwe gezichten: A en B.", "On 1 October 2026
two organisations became partners: A, whose students ..., and B, a housing association",
"Sinds november schuiven er twee organisaties bij aan: A en B".

The count is the check. The joins are read only where the list after the colon names as many
organisations as the words before it count, and those words tell a join (a word of joining or
of new partners, or of joining with a word of a recent time) that is the release's news: no
hedge, negation, leave or future, no year but the release's, no date long before it.

>>> from kg.ingest.sentences import read_sentences
>>> said = "Sinds kort zitten er twee nieuwe partners aan tafel: Stichting A en Zorggroep B."
>>> [(name, order) for name, order, _ in newcomers(read_sentences(said), None)]
[('Stichting A', None), ('Zorggroep B', None)]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from kg.ingest.calendars import Calendar
from kg.ingest.gazetteer import bare_place
from kg.ingest.items import list_names
from kg.ingest.joined import Joined
from kg.ingest.lexicon import lookup
from kg.ingest.lines import org_like
from kg.ingest.masthead import publisher
from kg.ingest.names import PERSON_NAME, Name, is_person
from kg.ingest.ordinals import dates_out, ordinals, without_ordinals
from kg.ingest.possible import (
    FIRM,
    IN_YEAR,
    JOINING,
    NOT_NOW,
    PARTNERSHIP,
    RECENT,
    recent_enough,
)
from kg.ingest.reading import Reader
from kg.ingest.rules import read_count
from kg.ingest.sentences import Sentence
from kg.ingest.subjects import same_joiner
from kg.ingest.whereabouts import without_places
from kg.ingest.words import LEGAL_FORM, NOT_MEMBERS

__all__ = ["newcomer_joins", "newcomers"]

_COUNT = re.compile(
    r"(?<!\bde )(?<!\bdeze )(?<!\bdie )(?<!\balle )(?<!\bthe )(?<!\bthese )(?<!\ball )"
    r"\b(?P<n>twee|drie|vier|vijf|zes|two|three|four|five|six|[2-6])\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:organisaties|organisations|organizations|partners|partijen|namen|names|clubs"
    r"|verenigingen|stichtingen|bedrijven|companies|firms|instellingen|institutions"
    r"|handtekeningen|signatures)\b",
    re.IGNORECASE,
)  # "twee nieuwe partners", "three organisations", "drie nieuwe namen"
_NEW = re.compile(  # "two organisations were welcomed into the coalition"
    r"\b(?:(?:became|become|werden|worden) partners"
    r"|(?:kwam|kwamen|komen) (?:er )?(?:[\w'’-]+ ){0,12}?bij(?=\s*[:,.]|\s*$)"
    r"|\bbij (?:heeft|hebben) gekregen(?=\s*[:,.]|\s*$)"  # "er twee partners bij heeft gekregen:"
    r"|(?:were|have been|werden|zijn) (?:officially |formally |officieel )?"
    r"(?:welcomed|verwelkomd))\b",
    re.IGNORECASE,
)  # "two organisations became partners", "kwamen er twee partners bij"
_VERB_LAST = re.compile(
    r"\b(?:(?:traden|trad|treden|treedt) toe|(?:sloten|sloot|sluiten|sluit) zich aan"
    r"|(?:kwamen|kwam|komen|komt) (?:er )?bij|(?:ondertekenden|tekenden|joined|signed(?: up)?))"
    r"\s*$",
    re.IGNORECASE,
)  # "Die middag traden toe: A en B", "Last month joined: A and B"
_SEATED = re.compile(
    r"\b(?:schuift|schuiven|schoof|schoven) (?:er )?(?:[\w'’-]+ ){0,4}?bij aan\b", re.IGNORECASE
)  # "Sinds november schuiven er twee organisaties bij aan": at whose table, the text must say
_TABLE = re.compile(r"\b(?:vergader|stam|lees|kinder|eet)tafel\b", re.IGNORECASE)  # another's
_NEW_ONES = re.compile(r"\b(?:nieuwe|new|more|meer|extra)\b", re.IGNORECASE)  # "twee nieuwe namen"
_KIND_FIRST = re.compile(
    r"^(?:[A-Z]{2,}\s+)?(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*(?=\s+(?!(?:van|voor|de|der|den|het"
    r"|en|aan|op|in|uit|bij|and|of|the|for|on)\b)[a-z]))\s+)+(?=[A-Z])"
)  # "IT company X", "(the) Veldhoven housing cooperative X"; not "Bibliotheek aan de Vecht"
_COLON = re.compile(r":\s+")
_ASIDE = re.compile(r", (?:waarvan|waarin|waar|die|dat|which|who|where)\b[^,:;]*,")
_THAT_OF = re.compile(r"(^|, | en | and )(?:die|that|those) (?:van|of) (?:de |het |the )?")
# "die van de CAZD, die van X en die van Y": the signatures of A, X and Y
_ELSEWHERE = re.compile(
    r"\b(?:stuurgroep|werkgroep|bestuur|raad|jury|klankbordgroep|team|cao|onderhandel\w*"
    r"|board|committee|launch|oprichting|sindsdien|since then|najaar|voorjaar|autumn|spring"
    r"|if|indien|als het|mits|van het netwerk (?-i:[A-Z])\w+|of the \w+ network)\b",
    re.IGNORECASE,
)  # a body inside or beside the partnership, its founding, a season to come, a condition
_PARTNERS = re.compile(r"\b(?:partners|partijen)\b", re.IGNORECASE)
_PERSON = re.compile(
    rf"(?:{PERSON_NAME})|[A-Z][\w'’-]+ [A-Z][\w'’-]+"
)  # "Emma Clarke", "James O'Neill"
_PART_OF = re.compile(r"\b(?:part of|deel uit)\b", re.IGNORECASE)  # "have been part of it"
_KIND = re.compile(
    rf"{FIRM.pattern}|\b[A-Z]{{2,}}\b|(?i:bieb|club|library|association|netwerk|network|bureau"
    r"|raad|platform|federatie|museum|bedrijf|company|firm|trust|council|desk|hub|lab|mbo|roc"
    r"|hbo)"
)  # what an organisation's name has and a person's has not (`possible.FIRM` and more words)


def newcomer_joins(
    reader: Reader, joins: list[Joined], calendar: Calendar, coalition: str = ""
) -> list[Joined]:
    """The joins of the `newcomers`, but not of one read already nor from a sentence a phrase
    row read."""

    read = {j.sentence.start for j in joins}
    ours = publisher(reader.text)  # "die van de CAZD" under the head "CAZD – Coöperatie ..."
    found: list[Joined] = []
    for written, order, sentence in newcomers(
        reader.sentences, calendar.news, calendar.iso, coalition
    ):
        if sentence.start in read:
            continue
        short = written.isupper() and same_joiner(LEGAL_FORM.sub("", ours or ""), written)
        written = ours if ours and short else written  # "CAZD": the publisher, by its initials
        if any(
            same_joiner(j.name.value, written) or same_joiner(written, j.name.written)
            for j in [*joins, *found]
        ):
            continue
        known = lookup(reader.lexicon.organisations, written)
        name = Name(known or written, written, known is not None)
        found.append(Joined(name, sentence, order, sentence if order else None, False))
    return found


def newcomers(
    sentences: list[Sentence],
    release: str | None,
    dated: Callable[[Sentence, Sentence | None], str | None] = lambda sentence, before: None,
    coalition: str = "",
) -> list[tuple[str, int | None, Sentence]]:
    """(name, stated order or None, sentence) of each organisation a sentence counts as new
    and names after a colon (see the module)."""
    text = "\n".join(s.text for s in sentences)
    found: list[tuple[str, int | None, Sentence]] = []
    for index, sentence in enumerate(sentences):
        parts = _COLON.split(sentence.text, maxsplit=1)
        if len(parts) != 2:
            continue
        intro, listed = parts
        count = _COUNT.search(intro)
        became = _NEW.search(intro)
        seated = _SEATED.search(intro)
        new = (count and _NEW_ONES.search(count.group())) or became or seated
        before = sentences[index - 1].text if index else ""
        last = _VERB_LAST.search(intro) if count is None else None  # "Die middag traden toe:"
        if last and not re.search(r"\s[A-Z]|\b(?:[Aa]ls|[Aa]s|[Nn]amens|on behalf of)\b", intro):
            count = last  # the verb ends what the colon opens: who, the list says (as many)
        elif count is None or not (new or (JOINING.search(intro) and RECENT.search(intro))):
            continue  # not "Er zitten nu nog vijf organisaties aan tafel: ..."
        told = [PARTNERSHIP.search(intro), _PART_OF.search(intro), became, last]
        said = any(told) or bool(coalition and coalition in intro)  # "op de deur van Y"
        said = said or bool(seated and PARTNERSHIP.search(before) and not _TABLE.search(intro))
        if not (said or _PARTNERS.search(count.group())):
            continue  # "twee nieuwe gezichten in het team", "drie nieuwe bedrijven op het park"
        away = _ELSEWHERE.search(intro.replace(coalition, "it") if coalition else intro)  # its own
        if NOT_NOW.search(intro) or NOT_MEMBERS.search(intro) or away:
            continue  # "In de stuurgroep van de coalitie ...", "at the launch", "In the autumn"
        plain = _ASIDE.sub(",", sentence.text)  # not "Y, waarvan X sinds 2024 deel uitmaakt,"
        years = {int(m["year"]) for m in IN_YEAR.finditer(plain)}
        when = dated(replace(sentence, text=plain), sentences[index - 1] if index else None)
        if (release and years - {int(release[:4])}) or not recent_enough(when, release):
            continue  # "In 2025 sloten drie organisaties zich aan: ...": history
        listed = _THAT_OF.sub(r"\1", listed.rstrip(" .!"))
        names = list_names(without_places(dates_out(without_ordinals(listed))))
        names = [_without_kind(name) for name in names]
        if (not last and len(names) != read_count(count["n"])) or not all(
            org_like(name) and not is_person(name, text) for name in names
        ):
            continue  # "drie nieuwe partners: A en B": which is the third?
        if any(
            _PERSON.fullmatch(name)
            and not _KIND.search(name)
            and not re.search(rf"\b[a-z][\w-]* {re.escape(name)}", listed)
            for name in names
        ):
            continue  # "Anna de Vries": a person's name, with no kind nor descriptor before it
        orders = ordinals(listed)
        orders_named = orders if len(orders) == len(names) else [None] * len(names)
        found += [(name, order, sentence) for name, order in zip(names, orders_named, strict=True)]
    return found


def _without_kind(name: str) -> str:
    """A name without the words of its kind before it ("IT company X", "the Veldhoven housing
    cooperative X"), where they open with a lowercase word or a place: not "Bibliotheek zuid
    Drenthe"."""
    kind = _KIND_FIRST.match(name)
    first = next((w for w in kind.group().split() if not w.isupper()), "") if kind else ""
    return name[kind.end() :] if kind and (first.islower() or bare_place(first)) else name
