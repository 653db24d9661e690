"""Read a Dutch press release about organisations joining a coalition: rules plus known names.

No RDF, no network, no models. The extractor finds, each with the sentence that says it: who
joins which coalition, with stated orders, who joins later, who leaves and the coalition's
former names (`joins`, by the `phrases` tables); the stated counts (`COUNT_RULES`, and totals
by `TOTAL_RULES`); the partners, from the main list (`mainlist`: after "partners ...:",
bullet lines, "waaronder ...", split by `lists` and repaired where names are glued together,
with the `Lexicon` first and the `GLUE_RULES` after) and from other member lists (`members`);
the goal with its target year and regions (`goal`); sector groups, themes and activities.

A readable release is never refused: what cannot be read is a warning. Offsets are Python
string offsets into the text as `read_source` returns it (newlines normalised to "\\n"), so
that ``text[evidence.start:evidence.end] == evidence.sentence``. Without a lexicon the
extractor uses `Lexicon.builtin()` (vocabulary, no names): every organisation is reported as
unknown. The public names of the parts are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from kg.ingest.calendars import Calendar
from kg.ingest.coalitions import named
from kg.ingest.confidence import (
    by_count,
    certain,
    explained,
    rate_joiner,
    said_partial,
)
from kg.ingest.fuller import in_full, joins_in_full
from kg.ingest.gazetteer import places_in
from kg.ingest.goal import find_goal
from kg.ingest.items import line_name
from kg.ingest.joindates import earlier_years, join_when, said_when
from kg.ingest.joins import Joined, read_joins
from kg.ingest.lexicon import BUILTIN_SECTOR_GROUPS, BUILTIN_THEMES, Lexicon, lookup, normalised
from kg.ingest.lines import BULLET, org_like
from kg.ingest.lists import ListedName, split_glued, split_partner_list
from kg.ingest.mainlist import find_list, list_partners
from kg.ingest.marked import marked
from kg.ingest.masthead import coalition_itself, own_voice, publishers, we_joined
from kg.ingest.members import denied, more_members
from kg.ingest.names import Name, is_person, no_joiner
from kg.ingest.newcomers import newcomer_joins
from kg.ingest.ourname import ours
from kg.ingest.phrases import JOIN_FORMS
from kg.ingest.possible import CONFIDENCE, possible_joins
from kg.ingest.ranked import ranked_joins
from kg.ingest.reading import Listing, Reader, quote, sector_groups, vocabulary
from kg.ingest.results import (
    Evidence,
    Extraction,
    ExtractionError,
    Fact,
    Goal,
    Join,
    Leave,
    Rename,
    When,
)
from kg.ingest.rules import (
    COUNT_RULES,
    GLUE_RULES,
    GOAL_RULES,
    LIST_RULES,
    ORDER_RULES,
    REGION_RULES,
    GlueRule,
    Rule,
    read_count,
)
from kg.ingest.selfjoin import own_asked, own_joined
from kg.ingest.sentences import (
    SPACE,
    Sentence,
    read_sentences,
    split_sentences,
)
from kg.ingest.subjects import only_places, same_joiner
from kg.ingest.tenses import will
from kg.ingest.totals import read_total
from kg.ingest.unread import asked_members
from kg.ingest.words import LEGAL_FORM, NOT_MEMBERS

__all__ = [
    "BUILTIN_SECTOR_GROUPS",
    "BUILTIN_THEMES",
    "COUNT_RULES",
    "GLUE_RULES",
    "GOAL_RULES",
    "JOIN_FORMS",
    "LIST_RULES",
    "ORDER_RULES",
    "REGION_RULES",
    "Evidence",
    "Extraction",
    "ExtractionError",
    "Fact",
    "GlueRule",
    "Goal",
    "Join",
    "Leave",
    "Lexicon",
    "ListedName",
    "Rename",
    "Rule",
    "When",
    "extract_file",
    "extract_text",
    "read_source",
    "split_glued",
    "split_partner_list",
    "split_sentences",
]


def read_source(path: Path) -> str:
    """Read a press release as the extractor indexes it: UTF-8, newlines normalised to "\\n".

    Args:
        path: The file.

    Returns:
        The text; evidence offsets index this string.

    Raises:
        ExtractionError: If the file cannot be read or is not UTF-8.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read: {exc.strerror or exc}", path) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExtractionError(
            f"not UTF-8 text (byte {exc.start} cannot be decoded); save it as UTF-8", path
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def extract_file(path: Path, lexicon: Lexicon | None = None) -> Extraction:
    """Extract from a press release file; the source id is the file stem.

    Args:
        path: The UTF-8 text file.
        lexicon: The known names and vocabulary; `Lexicon.builtin()` if None.

    Returns:
        The extraction.

    Raises:
        ExtractionError: Naming the file, if it cannot be read, is empty or is not UTF-8.
    """
    text = read_source(path)
    try:
        return extract_text(text, path.stem, lexicon)
    except ExtractionError as exc:
        raise ExtractionError(exc.message, path) from None


_OF_PARTNERS = re.compile(
    r"\b(?:partner\w*|coalitie|netwerk|alliantie|samenwerking\w*|deelnemers|leden|telt|tellen"
    r"|organisaties|organisations|organizations"
    r"|members?|network|coalition|alliance|counts)\b",
    re.IGNORECASE,
)  # a list of the coalition's partners, not of a programme, products or funders


def _marked_joins(reader: Reader, joins: list[Joined], release: str | None) -> list[Joined]:
    """The joins a list marks as new ("A en, sinds afgelopen dinsdag, Bank C", "- D (nieuw)";
    `marked`), not told already, each with its mark as its sentence (and so its date)."""
    found: list[Joined] = []
    over = ""  # the line over a list's lines, past its sector headings ("Overheid")
    for sentence in reader.sentences:
        bullet = bool(BULLET.match(sentence.text))
        heading = len(sentence.text.split()) <= 5 and sentence.text.rstrip()[-1:] not in ".:!?"
        over = over if bullet or heading else sentence.text
        intro = over if bullet else ""
        if not _OF_PARTNERS.search(intro if bullet else sentence.text) or NOT_MEMBERS.search(
            f"{sentence.text} {intro}"
        ):
            continue  # "Op het programma: - Workshop X (nieuw)", "Financiers zijn ... en, nu, Y"
        for mark in marked(sentence.text, release):
            written = line_name(mark.name)  # "Woonstichting X, Rosmalen (nieuw)": X
            name_part, _, tail = written.rpartition(", ")
            whole = [(0, len(tail))] == [(a, b) for a, b, _ in places_in(tail)]
            written = name_part if name_part and whole else written
            told = [j.name.written for j in [*joins, *found]]
            if any(same_joiner(t, written) or same_joiner(written, t) for t in told):
                continue
            if only_places(mark.name) or is_person(mark.name, reader.text):
                continue
            if not (org_like(written) or lookup(reader.lexicon.organisations, written)):
                continue  # "Maud Jongen", "Woensdag": no organisation's name
            piece = replace(
                sentence,
                start=sentence.start + mark.start,
                end=sentence.start + mark.end,
                text=sentence.text[mark.start : mark.end],
            )
            name = named(written, reader.lexicon.organisations)
            found.append(Joined(name, piece, None, None, mark.future))
    return found


def extract_text(
    text: str, source: str, lexicon: Lexicon | None = None, issued: str | None = None
) -> Extraction:
    """Extract from the text of one press release.

    A readable release is never refused: what cannot be read (no joining statement, a sentence
    longer than `MAX_SENTENCE`) is a warning naming the source and the sentence, and the rest
    (lists, counts, goal) is extracted.

    Args:
        text: The press release.
        source: Its source id (used in evidence and warnings).
        lexicon: The known names and vocabulary; `Lexicon.builtin()` if None.
        issued: The release's date (ISO) where a source table gives it: a day the text names
            without a year ("per 1 juli") takes its year when the text has no dateline.

    Returns:
        The extraction; `coalition` and `joiner` are None where no joining statement was found.

    Raises:
        ExtractionError: If the text is empty.
    """
    if not text.strip(SPACE):
        raise ExtractionError("empty file: there is no text to read", source)
    reader = Reader(text, source, normalised(lexicon or Lexicon.builtin()), read_sentences(text))
    reader.note_long_sentences()
    reading = read_joins(reader.sentences, reader.lexicon.organisations, reader.lexicon.coalitions)
    if reading.coalition:  # "Daarom hebben wij ons aangesloten", in a member's own news
        own = ours(reader, reading.joins)  # "ons Verbond" is the publisher: we_joined sees it
        own, itself = own + we_joined(reader, own), reading.coalition[0].value.lower()
        own = own_joined(reader, own, reading.coalition[0].written)  # in any image
        reading.joins = [j for j in own if not coalition_itself(j.name.value, itself)]
    calendar = Calendar.of(reader.sentences, issued, reader.text)
    reading.joins += _marked_joins(reader, reading.joins, calendar.release)
    written = reading.coalition[0].written if reading.coalition else ""
    reading.joins = ranked_joins(reader, reading.joins, written, calendar)  # "X is nummer 9"
    reading.joins += newcomer_joins(reader, reading.joins, calendar, written)  # "twee nieuwe: A"
    reading.joins = ours(reader, reading.joins)  # "is onze vereniging de elfde": the publisher
    ahead = {
        j.sentence for j in reading.joins if calendar.ahead(j.sentence, reader.after(j.sentence))
    }
    reading.joins = [
        replace(j, future=calendar.future(j.sentence, j.future) or j.sentence in ahead)
        for j in reading.joins
        if not no_joiner(j.name.written, reader.text)  # "Eline and Ramon signed"; "je DigiD"
    ]
    old = earlier_years(reader.sentences, reading.joins, calendar.release)  # "2026" over
    earlier = [j for i, j in enumerate(reading.joins) if i in old]  # "In april kwam X erbij"
    reading.joins = [j for i, j in enumerate(reading.joins) if i not in old]
    current = [j for j in reading.joins if not j.future]
    first = reading.joins[0].sentence.text if reading.joins else ""
    told = not current and first and reading.joins[0].sentence not in ahead
    if told and not calendar.after(reading.joins[0].sentence) and not will(first):
        reading.joins[0] = replace(reading.joins[0], future=False)  # the release's news: "Per
        current = reading.joins[:1]  # 1 mei sluit X zich aan", in a release of unknown date
    joined: tuple[Sentence, Name, Name] | None = None
    if reading.coalition is not None and current:
        joined = (current[0].sentence, current[0].name, reading.coalition[0])
    sentence: Sentence | None = None
    org: Name | None = None
    coalition: Name | None = None
    if joined is None:
        if not (reading.leavers or reading.former):  # a release about a leave or a new name
            reader.warnings.append(
                "no joining statement found (such as 'X sluit zich aan bij de Y' or "
                "'X treedt toe tot Y') in any sentence, from the first: "
                f"{quote(reader.sentences[0].text)}; the rest was read"
            )
        if reading.coalition is not None:  # named in a count or goal sentence
            coalition, sentence = reading.coalition
    else:
        sentence, org, coalition = joined
        _check_names(reader, coalition, org)
    order = _order(reader, current[0]) if current else None
    if order is None and sentence is not None:  # told elsewhere, for one joiner; of several
        order = _find_number(reader, ORDER_RULES, first=sentence)  # the first's only in its own
        if order and len(current) > 1 and order.evidence.sentence != current[0].sentence.text:
            order = None
    stated = _find_number(reader, tuple((rule, read_count) for rule in COUNT_RULES))
    listing = find_list(reader, stated)
    total = read_total(reader.sentences)
    count = int(stated.value) if stated else (total[0] - (org is not None) if total else None)
    partners = list_partners(reader, listing, org, count)
    joins = [
        Join(
            _rated(reader, j.name, j.sentence),
            _order(reader, j),
            j.future,
            join_when(reader, calendar, j, {k.sentence.start for k in reading.joins}),
        )
        for j in reading.joins
    ]
    if joins and order is not None:  # the first current joiner's, not a future one's before it
        at = reading.joins.index(current[0]) if current else 0
        joins[at] = replace(joins[at], order=order)
    leaves = [
        Leave(reader.fact(name.value, s, name.written), said_when(reader, calendar, s))
        for name, s in reading.leavers
    ]
    leavers = [leave.org for leave in leaves]
    former = [(reader.fact(name.value, s), s) for name, s in reading.former]
    names = {reading.coalition[0].value} if reading.coalition else set()  # never its own member
    names |= {name.value for name, _ in reading.former}
    no_partners = {f.value for f in _not_partners(joins, leavers)} | names
    starts = frozenset(j.sentence.start for j in reading.joins if j.name.written in j.sentence.text)
    totals = frozenset({total[0] if total else 0, int(stated.value) + 1 if stated else 0})
    totals |= {j.order for j in current if j.order}  # "de tiende partner": ten, too
    denials = denied(reader.sentences)  # "X is geen partner": no member, nor a joiner read so
    partners = more_members(
        reader, listing, partners, no_partners, starts, frozenset(names), totals - {0}, denials
    )
    partners += own_voice(reader, partners, no_partners | denials[0])  # not "X is nog géén partner"
    partners += [
        replace(_rated(reader, j.name, j.sentence), reason="joined in a year before the release's")
        for j in earlier
        if j.name.value not in {p.value for p in partners}
    ]
    joins = joins_in_full(joins, [p.value for p in partners], text, denials[0])  # "Stemmersgilde"
    joiners = [j.org.value for j in joins]  # "Saxenburg" in a list is the joiner "Saxenburg UAS"
    joiners += [bare for j in joiners if (bare := LEGAL_FORM.sub("", j)) != j]  # "X" joins,
    partners = [p for p in partners if not _joiner(p.value, joiners)]  # "X B.V." is listed
    extraction = Extraction(
        source=source,
        coalition=(
            reader.fact(coalition.value, sentence, coalition.written)
            if coalition and sentence
            else None
        ),
        joiner=_rated(reader, org, sentence) if org and sentence else None,
        join_order=order,
        stated_others=stated,
        partners=partners,
        goal=_goal(reader),
        sector_groups=sector_groups(reader, listing),
        themes=vocabulary(reader, "theme", listing, org),
        activities=vocabulary(reader, "activity", listing, org),
        warnings=reader.warnings,
        joins=joins,
        leavers=leavers,
        former_names=[fact for fact, _ in former],
        stated_total=reader.fact(str(total[0]), total[1]) if total else None,
        leaves=leaves,
        renames=[Rename(fact, said_when(reader, calendar, s)) for fact, s in former],
        issued=calendar.issued(reader.evidence(reader.sentence_at(calendar.at))),
    )
    _check_counts(reader, extraction, listing)
    extraction.asked = _weighed(reader, calendar, extraction, reading.joins)
    if listing is None or listing.complete:  # rate the partners again by the stated count
        partial = any(  # "Tot de coalitie behoren onder andere:" over the lines of a list
            said_partial(s.text) and s.text.rstrip().endswith(":") and _OF_MEMBERS.search(s.text)
            for s in reader.sentences
        )
        extraction.partners = by_count(
            partners, stated, extraction.stated_total, len(current), partial
        )
    extraction.partners += asked_members(reader, extraction)  # after the count: unsure
    return explained(extraction)


def _rated(reader: Reader, name: Name, sentence: Sentence) -> Fact:
    if not name.known:  # "de VPVT", "Zonnewiel": the name as the text writes it in full
        name = replace(name, value=in_full(name.written, name.value, reader.text))
    return rate_joiner(reader.fact(name.value, sentence, name.written), name.known)


def _weighed(
    reader: Reader, calendar: Calendar, found: Extraction, read: list[Joined]
) -> list[Join]:
    """Joins that no phrase row reads but a sentence's words weigh for (`possible_joins`):
    questions of the review queue, each with its sentence's date."""
    if found.coalition is None:
        return []
    facts = [found.coalition, *(j.org for j in found.joins), *found.leavers, *found.former_names]
    told = {fact.value.lower() for fact in facts} | {str(j.sentence.start) for j in read}
    listed = {fact.value for fact in found.partners if certain(fact)}
    return [
        Join(
            replace(
                reader.fact(
                    value := named(name, reader.lexicon.organisations).value, sentence, name
                ),
                confidence=CONFIDENCE,
                reason=f"its sentence may tell a join ({why}), in words no phrase row reads"
                + ("; a member by its list already: does it join now?" if value in listed else ""),
            ),
            None,
            False,
            said_when(reader, calendar, sentence),
        )
        for name, sentence, why in possible_joins(
            reader.sentences,
            told,
            calendar.release,
            found.coalition.written,
            publishers(reader.text),
            partial(_dated, calendar),
        )
        + own_asked(reader.sentences, reader.text, found.coalition.written, told)
    ]


def _dated(calendar: Calendar, sentence: Sentence) -> str | None:
    found = calendar.date(sentence)
    return found.iso if found else None


def _order(reader: Reader, joined: Joined) -> Fact | None:
    if joined.order is None or joined.order_sentence is None:
        return None
    return reader.fact(str(joined.order), joined.order_sentence)


def _not_partners(joins: list[Join], leavers: list[Fact]) -> list[Fact]:
    return [j.org for j in joins] + leavers


def _goal(reader: Reader) -> Goal | None:
    goal, warnings = find_goal(reader.sentences, reader.evidence)
    reader.warnings.extend(warnings)
    return goal


def _find_number(
    reader: Reader,
    rules: tuple[tuple[Rule, Callable[[str], int | None]], ...],
    first: Sentence | None = None,
) -> Fact | None:
    """The first number a rule reads, from sentence `first` on, else anywhere."""
    index = reader.index(first) if first else 0
    ordered = reader.sentences[index:] + reader.sentences[:index]
    for sentence in ordered:
        for rule, read in rules:
            for match in rule.pattern.finditer(sentence.text):
                number = read(match.group("n"))
                if number:
                    return reader.fact(str(number), sentence)
    return None


_OF_MEMBERS = re.compile(
    r"\b(?:partners?|organisaties|organisations|members|leden|deelnemers|coalitie|coalition"
    r"|netwerk|network|behoren|bestaat|consists)\b",
    re.IGNORECASE,
)  # what a list's introduction says it lists: not "De cursussen gaan onder meer over:"


def _joiner(name: str, joiners: list[str]) -> bool:
    """Whether a partner is one of the joiners, perhaps written with its legal form."""
    bare = LEGAL_FORM.sub("", name)
    return any(same_joiner(j, bare) for j in joiners)


def _check_names(reader: Reader, coalition: Name, org: Name) -> None:
    if not coalition.known:
        reader.warnings.append(
            f"unknown coalition {coalition.value!r}: no lexicon name or alias; add it for curation"
        )
    if not org.known:
        reader.warnings.append(
            f"unknown organisation {org.value!r} (the joiner): no lexicon name or alias; "
            "add it for curation"
        )


def _check_counts(reader: Reader, extraction: Extraction, listing: Listing | None) -> None:
    stated = extraction.stated_others
    if stated and listing and listing.complete:
        listed = len(extraction.partners)
        if listed != int(stated.value):
            reader.warnings.append(
                f"the text states {stated.value} other partners but lists {listed}: "
                f'"{stated.evidence.sentence}"'
            )
    total, order = extraction.stated_total, extraction.join_order
    if total and listing and listing.complete:
        names = {f.value for f in extraction.partners}
        names |= {j.org.value for j in extraction.joins if not j.future}
        if len(names) != int(total.value):
            reader.warnings.append(
                f"the text states {total.value} partners but names {len(names)}: "
                f'"{total.evidence.sentence}"'
            )
    if stated and order and int(order.value) != int(stated.value) + 1:
        reader.warnings.append(
            f"join order {order.value} does not fit {stated.value} other partners "
            f'(expected order {int(stated.value) + 1}): "{order.evidence.sentence}"'
        )
