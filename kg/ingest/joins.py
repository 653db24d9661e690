"""Read who joins, leaves or renames a coalition, with stated orders, by the `phrases` tables.

>>> from kg.ingest.sentences import read_sentences
>>> reading = read_joins(read_sentences("GGD Zeeland sluit zich aan bij Netwerk X."), {}, {})
>>> [joined.name.value for joined in reading.joins]
['GGD Zeeland']
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.asides import is_question
from kg.ingest.coalitions import (
    coalition_by_name,
    coalition_elsewhere,
    coalition_name,
    fullest,
    named,
    plausible_coalition,
)
from kg.ingest.counted import Waiting, joiners_counted, named_next
from kg.ingest.firms import firms_whole
from kg.ingest.fuller import fuller_names
from kg.ingest.gazetteer import each_place
from kg.ingest.given import person_like
from kg.ingest.introductions import introduces
from kg.ingest.items import list_names
from kg.ingest.joined import Joined, JoinReading, as_did, distinct
from kg.ingest.joinlists import JOIN_FORMS, bulleted, enlist
from kg.ingest.joinwords import (
    ANYONE_WHO,
    APPOSITION,
    DASHED,
    DESCRIBED,
    DESCRIBED_SUBJECT,
    EARLIER,
    FRONTED,
    INSERTED,
    NEXT_CLAUSE,
    NOT_COALITION,
    OBSERVER,
    ORDER_ONLY,
    OURS_WELCOME,
    PERSON_SIGNS,
    TRAILING,
    WHO_IS,
    settle,
    signer_surname,
)
from kg.ingest.leaving import LEAVE_RULES, read_leave
from kg.ingest.lexicon import lookup
from kg.ingest.lists import comma_names
from kg.ingest.names import is_person, name_at_end, without_person
from kg.ingest.ordinals import (
    dates_out,
    elliptic_names,
    heading_order,
    ordinals,
    without_ordinals,
)
from kg.ingest.partnered import now_joins
from kg.ingest.placed import placed_joins
from kg.ingest.pointers import antecedent
from kg.ingest.renames import former_name, renamed
from kg.ingest.rules import read_count, statement
from kg.ingest.sentences import UPPER, Sentence, after_colon, clauses
from kg.ingest.subjects import (
    CAPTION,
    LEAD_ADVERB,
    LIST_AND,
    TITLED,
    name_run,
    no_organisation,
    of_person,
    only_places,
    opening,
    split_names,
    subject_names,
    without_kind,
    without_place,
)
from kg.ingest.tenses import FUTURE_RULES, NEGATION
from kg.ingest.whereabouts import without_places
from kg.ingest.words import (
    ANAPHORA,
    APPOSED,
    BRANCH_OF,
    COUNT_BEFORE,
    COUNT_ONLY,
    ON_BEHALF,
    PLURAL_VERBS,
    ROLE_BEFORE,
    SEVERAL,
    UNITS,
    WHERE,
    WHERE_NOT_WHO,
    common_noun,
)

__all__ = ["JoinReading", "Joined", "read_joins"]


def read_joins(
    sentences: list[Sentence], organisations: dict[str, str], coalitions: dict[str, str]
) -> JoinReading:
    """Joins (with orders and whether they are future), leavers, renames, in text order."""
    reading = JoinReading()
    for sentence in sentences:
        told = renamed(sentence, coalitions)
        before, after = told if told is not None else former_name(sentence, coalitions)
        if before is not None:
            reading.former.append((before, sentence))
        if after is not None:
            reading.coalition = (after, sentence)
    pending: list[int] = []  # joins of the last join sentence still waiting for an order
    unnamed = False  # the sentence before told a join without naming who
    waiting: Waiting | None = None  # how many joiners it told, to be named next
    for index, sentence in enumerate(sentences):
        pieces, earlier = clauses(sentence), sentences[:index]
        by_piece = [(p, _read_join(reading, p, organisations, coalitions, earlier)) for p in pieces]
        if not any(read for _, read in by_piece) and (tail := after_colon(sentence)):  # "Ik kreeg
            by_piece = [(tail, _read_join(reading, tail, organisations, coalitions, earlier))]
        joined = [i for _, read in by_piece for i in read]  # het wel: X is toegetreden tot Y"
        colon = sentence.text.rstrip().endswith(":")
        if not joined and (introduces(sentence) or (colon and unnamed)):  # "Dit jaar traden
            bulleted(reading, sentence, sentences[index + 1 :], organisations)  # toe:", "Drie
            pending = []  # organisaties kwamen erbij. In volgorde van aanmelding:"
        waiting, name = named_next(waiting, sentence) if waiting and not joined else (None, "")
        if name and not LEAVE_RULES.search(sentence.text):
            enlist(reading, [name], sentence, organisations, False)  # "Er zijn twee bijgekomen. X"
        unnamed = not joined and bool(SEVERAL.search(sentence.text))
        unnamed = unnamed and bool(JOIN_FORMS.search(sentence.text))
        if not joined and (counted := joiners_counted(sentence, sentences[:index], unnamed)):
            waiting = (counted, sentence, None)
        orders = ordinals(sentence.text)
        if len(joined) == 1 and len(orders) > 1:  # "X werd de 20e partner, Y de 21e"
            more = [without_places(n) for n in elliptic_names(sentence.text)]
            joined += enlist(
                reading, more, sentence, organisations, reading.joins[joined[0]].future
            )
        above = sentences[index - 1] if index else sentence
        for i in joined if above is not sentence and above.paragraph == sentence.paragraph else []:
            order = heading_order(above.text, reading.joins[i].name.written)  # "Zorggroep X
            if reading.joins[i].order is None and order:  # – partner nummer 14" over its join
                reading.joins[i] = replace(reading.joins[i], order=order, order_sentence=above)
        only = ordinals(above.text) if ORDER_ONLY.fullmatch(above.text) else []
        only = [n for n in only if not any(n in ordinals(s.text) for s in sentences[index:])]
        unordered = [i for i in joined if reading.joins[i].order is None]
        if above is not sentence and above.paragraph == sentence.paragraph and only and unordered:
            i = unordered[0]  # "Nummer dertien is binnen. X zet de handtekening": X's order
            reading.joins[i] = replace(reading.joins[i], order=only[0], order_sentence=above)
        if joined:
            pending = [i for i in joined if reading.joins[i].order is None]
        if len(pieces) > 1 and joined:  # "A sloot in januari aan; vandaag volgt B als de 10e":
            pending, orders = [], []  # each clause's orders for its own joiners
            for piece, read in by_piece:
                unordered = [i for i in read if reading.joins[i].order is None]
                for i, number in zip(unordered, ordinals(piece.text), strict=False):
                    reading.joins[i] = replace(reading.joins[i], order=number, order_sentence=piece)
        for i, number in zip(pending if orders else [], orders, strict=False):
            reading.joins[i] = replace(reading.joins[i], order=number, order_sentence=sentence)
        pending = [] if orders else pending
        left, named_after = read_leave(sentence, organisations, coalitions, sentences[:index])
        left, gone = settle(left, reading.joins, sentence)  # "is weer aangesloten": a join
        gone_before = {name.value for name, _ in reading.leavers}  # a leave told again by a
        left = [n for n in left if n.value not in gone_before or n.written in sentence.text]
        reading.leavers += [(name, sentence) for name in left]  # pointing noun: the first
        kept = [j for j in reading.joins if j.sentence is not sentence or j.name.value not in gone]
        if len(kept) < len(reading.joins):  # this sentence's joins are the last ones: no other
            reading.joins, pending = kept, []  # index moves
        if named_after is not None and reading.fallback is None:  # "X stapt uit Y": a release
            reading.fallback = (named_after, sentence)  # that only tells of a leave names Y
    text = "\n".join(sentence.text for sentence in sentences)
    if reading.coalition and not plausible_coalition(reading.coalition[0].written, text):
        reading.coalition = None  # "Wat", "Since 1 October 2025", "chair Jeroen Willems"
    former = {name.written for name, _ in reading.former}
    reading.coalition = reading.coalition or coalition_elsewhere(sentences, coalitions, text, False)
    reading.coalition = reading.coalition or coalition_by_name(sentences, coalitions, text, former)
    reading.coalition = reading.coalition or coalition_elsewhere(sentences, coalitions, text)
    if reading.coalition is None and reading.fallback is not None:
        reading.coalition = reading.fallback  # named only where a partner leaves it
    if reading.coalition is not None and not reading.coalition[0].known:
        coalition, said = reading.coalition
        reading.coalition = (named(fullest(coalition.written, text), coalitions), said)
    done = {j.sentence.start for j in reading.joins} | {s.start for _, s in reading.leavers}
    by_shape = now_joins(sentences, done, reading.coalition)  # a join told by no verb rule: by
    by_shape += placed_joins(sentences, done, reading.coalition)  # a moment, or by a place
    for sentence, names, order, ahead in by_shape:
        for i in enlist(reading, names, sentence, organisations, ahead):
            if order and reading.joins[i].order is None:
                reading.joins[i] = replace(reading.joins[i], order=order, order_sentence=sentence)
    if reading.coalition is None:
        reading.joins = []  # joins to a coalition the text never names: not facts
    else:  # a coalition is never its own member, nor its own former name
        own = reading.coalition[0].value.lower()
        earlier_names = {name.value.lower() for name, _ in reading.former}
        reading.joins = [
            j
            for j in reading.joins
            if own not in j.name.value.lower()  # nor "10 van Y", "Bij Y": words around its name
            and j.name.value.lower() not in earlier_names
            and not common_noun(j.name.written, text)
            and not signer_surname(j.name.written, j.sentence.text)  # "penningmeester Gerda van
        ]  # Ede heeft getekend": not Ede
        fuller = fuller_names(text) if reading.joins else {}
        reading.joins = [  # "Digital Neighbours" in a text signed "Stichting Digital Neighbours"
            replace(j, name=named(fuller[j.name.written], organisations))
            if not j.name.known and j.name.written in fuller
            else j
            for j in reading.joins
        ]
        reading.joins = distinct(reading.joins)  # "KOON", spelled out, is the "Stichting ..."
        formers = {f.value.lower(): (f, s) for f, s in reversed(reading.former)}
        reading.former = [fs for key, fs in reversed(formers.items()) if key != own]
    return reading


_HEADLINE_FORM = "X (nieuwe) partner van Y"
_TIME = re.compile(r"(?:In|On|Since|From|By|Op|Per|Sinds|Vanaf)(?: \w+){1,3}")
_BEFORE_THE = re.compile(r"^(?:As of )?[A-Za-z\d][a-z\d-]* (?:[a-z\d][\w-]* ){0,3}(?=the \S+$)")
_CLAUSE_END = re.compile(r", (?:so|zodat)\b")  # "..., so ... not the last": not the join's
_AT_WHAT = re.compile(r" bij (.+)")
_THAT = re.compile(r"^.*\b(?:dat|that) (?=(?:de |het |the )?[A-Z])")
_NAMED_PIECE = re.compile(rf"(?:[a-z][\w-]* )?['’]?[{UPPER}]")
_WE_AFTER = re.compile(r" (?:wij|we)\b")
_BUT_NOT = re.compile(
    r"[^.;]*?,? (?:maar|but) (?:[^.;]*? )?(?:geen|not an?|no) (?:\w+ )?(?:partner|lid|member"
    r"|deelnemer)s?\b"
)
_COUNTED = re.compile(
    r"\b(?:partners?|partij(?:en)?|organisaties?|leden|lid|members?|deelnemers?)\b", re.IGNORECASE
)


def _read_join(
    reading: JoinReading,
    sentence: Sentence,
    organisations: dict[str, str],
    coalitions: dict[str, str],
    before: list[Sentence],
) -> list[int]:
    if is_question(sentence.text) or OBSERVER.search(sentence.text) or CAPTION.match(sentence.text):
        return []  # "Wie doen er mee?", "schuift aan, voorlopig als toehoorder", "Foto: A (links)
        # en B ondertekenen de overeenkomst": a question, an observer, persons pictured
    orders: int | None = None  # the stated orders in the sentence, counted once
    for rule in JOIN_FORMS.possible(sentence.text):
        match = rule.pattern.search(sentence.text)
        if not match or NEGATION.search(_CLAUSE_END.split(statement(match), 1)[0]):
            continue  # "Digitaal Hulpplein is zelf geen partner" (not in a `ctx` group)
        if _BUT_NOT.match(sentence.text, match.end()):
            continue  # "X schuift aan bij de bijeenkomsten, maar is geen aparte partner"
        then = NEXT_CLAUSE.search(sentence.text, match.end())  # "..., en nemen sindsdien deel"
        if EARLIER.search(sentence.text, 0, then.start() if then else len(sentence.text)):
            return []  # "Eerder sloten A en B zich aan": members, read as a list, not joiners now
        if rule.name.startswith(_HEADLINE_FORM) and len(before) > 4:
            continue  # a line further down ("Bibliotheek Ede partner van ..."): no headline
        groups = match.groupdict()
        verb_end = match.end("verb") if groups.get("verb") else len(sentence.text)
        if "; " in (groups.get("subj") or "") and _WE_AFTER.match(sentence.text, verb_end):
            continue  # "A en B werkten al samen; nu komen wij daar bij": we join, not A and B
        coal_text, at = groups.get("coal"), _AT_WHAT.match(sentence.text, match.end())
        if NOT_COALITION.match(coal_text or (at[1] if at else "")):
            continue  # "Sarah joined the board", "schuift aan" + " bij het spreekuur"
        coalition = coalition_name(coal_text, coalitions) if coal_text else None
        plural = (groups.get("verb") or "") in PLURAL_VERBS
        if orders is None:
            orders = len(ordinals(sentence.text))
        parts = max(2 if plural else 1, orders)
        if "verwelkom" in rule.name:
            head, colon, rest = groups["obj"].partition(": ")  # "twee nieuwe partners: A en B"
            as_one = re.search(r"[" + UPPER + r"]\S* (?:als|as) ", head)  # "X als partner 11: ..."
            counted = _COUNTED.search(head) or (
                head.startswith("bij ") and _COUNTED.search(groups["coal"])
            )  # "mochten we twee nieuwe partners verwelkomen bij Y: A en B"
            rest = rest if colon and counted and not as_one else groups["obj"]
            if colon and rest.lstrip()[:1] in "\"“'‘„":
                continue  # "welcomed the new partner: \"A foundation with this reach ...\""
            rest = re.sub(r"^(?:we|wij|ze|zij)\s+", "", rest)  # "verwelkomden we X als ..."
            rest = without_ordinals(rest)  # "verwelkomden we als zestiende partner X"
            if LIST_AND.search(rest) or re.search(  # "verwelkomen we A en Stichting B"
                r"\b(?:partners|partijen|partner organisations)\b",
                f"{groups['obj']} {groups['coal']}",
            ):
                parts = max(parts, 2)
            described = list_names(rest) if colon and counted and not as_one else []  # "welcomed
            described = [] if any(map(person_like, described)) else described  # two
            names = (
                described if len(described) > 1 else subject_names(rest, parts, at_end=False)
            )  # new
            # partners: A, a network of helpers, and B, which ..."; not "two members: Klaas P."
            run = name_run(groups["coal"], True)
            proper = run and not ANAPHORA.match(groups["coal"].strip())
            coalition = named(run, coalitions) if proper else None
        elif groups.get("obj") is not None:
            before_obj = sentence.text[: match.start("obj")]
            if WHERE_NOT_WHO.search(before_obj) and " " not in groups["obj"].strip():
                continue  # "is het gezondheidscentrum in Leusden aangesloten": where, not who
            groups["obj"] = each_place(DESCRIBED.sub("", groups["obj"]))
            groups["obj"] = without_places(groups["obj"])  # "is X uit Harderwijk partner"
            groups["obj"] = WHERE.split(groups["obj"], maxsplit=1)[0]  # "A en B in het stadhuis"
            if ROLE_BEFORE.search(sentence.text[: match.start("obj")]) and not ON_BEHALF.search(
                groups["obj"]
            ):  # "tekende voorzitter Ruud van Wijngaarden": a person signs; "voorzitter Lia Kodde
                if (org := without_person(groups["obj"])) == groups["obj"]:  # van X": for X
                    continue
                groups["obj"] = org
            head, colon, listed = groups["obj"].partition(": ")
            counted_list = bool(colon and read_count(head.split()[0]))
            if colon and re.search(
                r"\b(?:partners|partijen|organisaties|leden|handtekeningen"
                r"|signatures)\b",
                head,
            ):
                groups["obj"] = listed  # "uitgebreid met drie nieuwe partners: A, B en C"
            if LIST_AND.search(groups["obj"]):  # "met het Radboudumc en de Hogeschool ..."
                parts = max(parts, 2)
            if ", " in groups["obj"]:  # "(Hogeschool Inholland, Nova College en Elan Wonen)"
                pieces = comma_names(groups["obj"].split(", "))  # not "Welzijn, Wonen en Zorg"
                parts = max(parts, len(pieces) + (" en " in pieces[-1] and ", " not in pieces[-1]))
            if counted_list and groups["obj"] is listed:  # "drie organisaties het convenant: A,
                names = list_names(match.group("obj").partition(": ")[2])  # B en C", as written
            else:
                names = antecedent(before, groups["obj"]) or subject_names(groups["obj"], parts)
        else:
            whole = DASHED.sub("", groups["subj"])  # "X – voor de vaste lezers: ... – is"
            told, colon, subject = whole.rpartition(": ")
            clause_before = re.search(r"\b[a-zß-ÿ]{3,}\b", told)  # "Two organisations joined: X"
            subject = (
                subject if colon and (subject[:1].islower() or clause_before) else whole
            )  # "... tot Y: onze directeur, Z, zette ...": a clause of its own after the colon
            clause = subject.rpartition("; ")[2]  # "De digicafés in A en B blijven open; in
            listed = subject.count("; ") > 1 or re.match(r"(?:en|and) ", clause)  # "A; B; en C"
            subject = subject if no_organisation(clause) or listed else clause  # het najaar ...
            # bij": the clause before the semicolon is another's ("X is new; it joined": X's)
            subject = each_place(TRAILING.sub("", subject))  # "De gemeenten A en B"
            subject = APPOSED.sub(lambda m: m["en"] or ",", subject)  # "A, an X in Y, and B"
            subject = INSERTED.sub("", subject)  # "X, which runs homes in A and B, joined"
            subject = LEAD_ADVERB.sub("", subject)  # "Meanwhile, A and B have signed up"
            subject = BRANCH_OF.sub("", subject)  # "Het kantoor Winterswijk van Bank X"
            if UNITS.match(subject):
                continue  # "Ook de opleidingen ICT en Zorg doen mee": parts of a member
            if not _TIME.fullmatch(APPOSITION.sub("", subject)):  # not "In May, the X"
                subject = APPOSITION.sub("", subject)
            subject = WHO_IS.sub("", subject)  # "X is de twaalfde organisatie die zich aansluit"
            subject = without_place(without_places(subject))  # "A uit Goes en B uit Ede tekenen"
            subject = _THAT.sub("", subject)  # "Op de vergadering is besloten dat X aansluit"
            if FRONTED.match(subject) and "," not in subject:
                continue  # "In een foyer van Theater X ondertekenden elf organisaties": verb second
            if TITLED.match(subject.strip()) or PERSON_SIGNS.match(subject.strip()):
                continue  # "Dr. Pieter Zwart, professor, signed", "Wethouder A en zijn collega B"
            if DESCRIBED_SUBJECT.match(subject.strip()) or ANYONE_WHO.search(subject):
                continue  # "Het bedrijf achter de app X is de zevende partner": the joiner
            pointed: list[str] = []
            if ANAPHORA.match(pointer := _BEFORE_THE.sub("", subject.strip())):  # "Since this
                pointed = antecedent(before, pointer)  # spring the Guild has been a partner"
                if not pointed:
                    continue
            if LIST_AND.search(subject):  # "Scheldemond University and Woonstichting X joined"
                parts = max(parts, 2)
            own = re.split(r"\s[–—-]\s", subject)[-1]  # after a dateline
            tail = own.split(", ", 1)[-1] if ", " in own else ""
            if tail and re.search(r" (?:en|and) ", tail):  # "A, B and C signed"
                pieces = comma_names(own.split(", "))  # "A, installatiebedrijf B en C", each a
                each = all(_NAMED_PIECE.match(piece) for piece in pieces)  # name
                parts = max(parts, len(pieces) + 1 if each else tail.count(", ") + 2)
            known = name_at_end(subject, organisations) if parts == 1 else None
            names = [known.written] if known and known.known else subject_names(subject, parts)
            short = len(names) == 1 and " " in pointer and names[0] in pointer  # "De Vlinder sluit
            names = pointed if short and len(pointed) == 1 else names  # aan": Vervoersdienst ...
            head, colon, listed = (coal_text or "").partition(":")
            listed = re.sub(r"^(?:the|de|het) ", "", listed.strip())
            if not names and colon and len(head.split()) <= 6 and listed[:1].isupper():
                pieces = split_names(without_places(dates_out(listed)), 3)  # "joins the
                names = [run for run in (name_run(p, True) for p in pieces) if run]  # Y: A, B"
        who = LEAD_ADVERB.sub("", (groups.get("subj") or groups.get("obj") or "").strip())
        counted = read_count(re.split(r"[\s–—-]+", who)[-1] if " – " in who else who.split(" ")[0])
        welcomes = "verwelkom" in rule.name  # "Y verwelkomt dertiende partner": Y is named
        if coalition is not None and reading.coalition is None and (names or counted or welcomes):
            reading.coalition = (coalition, sentence)  # "Two organisations have joined Y"
        told, colon, listed = sentence.text.rpartition(": ")
        obj_at = match.start("obj") if groups.get("obj") else -1
        counted_before = obj_at > 0 and bool(COUNT_BEFORE.search(sentence.text[:obj_at]))
        counted_before |= obj_at > 0 and bool(SEVERAL.search(sentence.text[match.start() : obj_at]))
        counted_before |= not names and bool(SEVERAL.search(told.lower()))  # "Twee organisaties
        if (  # sloten zich aan: A op 16 oktober en B", "sluiten drie organisaties aan: A en B"
            (COUNT_ONLY.match(who) or counted_before)
            and colon
            and re.match(r"(?:de |het |the )?(?:[a-z][\w-]* ){0,2}[A-Z]", listed)  # "the charity X"
        ):
            names = list_names(without_places(dates_out(listed)))  # "drie OVRF-leden ...: A
            # uit Ede en B uit X", "Two organisations have joined since the summer: A, ... and B"
        if not names:
            continue
        future = bool(FUTURE_RULES.search(sentence.text))
        if groups.get("subj") is not None and names and not lookup(organisations, names[0]):
            names[0] = opening(groups["subj"], names[0])
        said = sentence.text
        names += [] if future else as_did(said)  # "X joined the coalition, as did Y, an ..."
        names = [OURS_WELCOME.sub("", n) for n in names]  # "Ons ROC X", "Welkom aan X"
        names = [of_person(said, n) for n in firms_whole(names, said)]
        names = [
            n if lookup(organisations, n) else without_kind(without_place(n))
            for n in names
            if n and not no_organisation(n) and not only_places(n) and not is_person(n, said)
        ]
        if not names:
            continue  # only persons or kinds: another form may read the sentence
        told = reading.coalition[0].value if reading.coalition else ""
        coal = (coal_text or "").strip()
        proper_coal = re.match(r"(?:(?:de|het|the|een|an?) )?(?:[a-zß-ÿ-]+ ){0,2}[A-Z]", coal)
        other = bool(proper_coal) and not ANAPHORA.match(coal) and told.lower() not in coal.lower()
        other = other and (coalition is None or coalition.value != told)  # another body's
        return enlist(reading, names, sentence, organisations, future, other)
    return []
