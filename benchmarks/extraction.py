"""Score the press-release reader on the fictional corpus in tests/press/corpus (issue 16).

    python benchmarks/extraction.py            # print the table
    python benchmarks/extraction.py --readme   # and write it into benchmarks/README.md

Each release is read with no curated names (`Lexicon.builtin()`), as a release about a coalition
nobody here knows, and compared with its answer key: members (precision, recall), joiners,
stated orders, the stated count, the goal year, the goal regions (precision, recall), leavers,
future joiners and former names. A member counts only when the reader is sure enough to write it
to the graph (`kg.ingest.confidence`); the names it asks about in the review queue instead are
counted apart ("to review": how many, and how many of them are members). Names are compared
case-insensitively, without a leading article, with typographic apostrophes as straight ones.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.ingest.confidence import certain
from kg.ingest.extract import Extraction, ExtractionError, Lexicon, extract_text, read_source

__all__ = [
    "BLINDSET",
    "BLINDSET2",
    "BLINDSET3",
    "BLINDSET4",
    "BLINDSET5",
    "BLINDSET6",
    "CORPUS",
    "HOLDOUT",
    "Score",
    "read_release",
    "score_corpus",
    "score_release",
    "table",
]

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "press" / "corpus"
HOLDOUT = CORPUS.parent / "holdout"
BLINDSET = CORPUS.parent / "blind"
BLINDSET2 = CORPUS.parent / "blind2"
BLINDSET3 = CORPUS.parent / "blind3"
BLINDSET4 = CORPUS.parent / "blind4"
BLINDSET5 = CORPUS.parent / "blind5"
BLINDSET6 = CORPUS.parent / "blind6"
BLIND = (
    "The held-out releases were scored once before any rule was changed for them (blind): "
    "member precision 0.95, recall 0.67, joiners 2/6, orders 1/5, counts 2/2, goal years 2/3, "
    "goal regions 4/6, leavers 0/1. The rules were then generalised (coalitions named only in "
    "a count or goal sentence, 'maakt deel uit van', 'welcomes', 'stopt als partner', list "
    "intros in any case); the table below is after that, so it is no longer blind. Three "
    "more (h6-h8: a future join, a rename with a leave 'op die datum', a bullet list in "
    "Leeuwarden; Frisian places) were written with their keys after the gazetteer and dates "
    "were in, and scored once blind: members 19/19 with none wrong (precision and recall "
    "1.00), joiners 0/1, orders 0/1, counts 0/1, goal years 3/3, goal regions 5/5 (7 found), "
    "leavers, future joiners and former names 4/4, dates 5/7. Then, generally: 'Sinds 1 april "
    "is X partner van Y', 'telt' with up to five words before the number, 'op die datum' "
    "taking the date of the sentence before, plural kinds of place ('gemeenten') and a place "
    "before 'in 2029 de meest ... stad'."
)
README = Path(__file__).resolve().parent / "README.md"
HEADING = "## Reading press releases"


_ABBREVIATION = re.compile(r"\s*\([^()]{1,12}\)$")  # "Medisch Centrum Leeuwarden (MCL)"
_LEGAL_FORM = re.compile(r"\s+(?:b\.?v|n\.?v|v\.?o\.?f)\.?$")  # "TechBridge Rotterdam B.V."


def norm(name: str) -> str:
    """A name as the scorer compares it: case-insensitively, without a leading article, with
    typographic apostrophes as straight ones, and without what names the same organisation
    whether it is written or not: an abbreviation in brackets after the name and a legal form
    ("B.V.", "N.V.", "V.O.F.")."""
    name = name.replace("’", "'").replace("‘", "'").strip(" .,;:")
    name = " ".join(name.lower().split())
    name = _LEGAL_FORM.sub("", _ABBREVIATION.sub("", name))
    return re.sub(r"^(?:de|het|the) ", "", name)


@dataclass
class Score:
    """Counts for one release or a total: (right, found, expected) where it applies."""

    members_right: int = 0
    members_found: int = 0
    members_expected: int = 0
    joiners_right: int = 0
    joiners_found: int = 0
    joiners_expected: int = 0
    orders_right: int = 0
    orders_expected: int = 0
    counts_right: int = 0
    counts_expected: int = 0
    goals_right: int = 0
    goals_expected: int = 0
    regions_right: int = 0
    regions_found: int = 0
    regions_expected: int = 0
    others_right: int = 0
    others_expected: int = 0
    dates_right: int = 0
    dates_expected: int = 0
    review_found: int = 0
    review_right: int = 0
    refused: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)

    @property
    def precision(self) -> float:
        return self.members_right / self.members_found if self.members_found else 1.0

    @property
    def recall(self) -> float:
        return self.members_right / self.members_expected if self.members_expected else 1.0


def read_release(found: Extraction) -> dict[str, object]:
    """What the reader said, in the shape of an answer key."""
    joins = getattr(found, "joins", None)
    review = [j.org.value for j in joins or [] if not j.future and not certain(j.org)]
    review += [fact.value for fact in found.partners if not certain(fact)]
    if joins:
        joiners = {
            j.org.value: (int(j.order.value) if j.order else None)
            for j in joins
            if not j.future and certain(j.org)
        }
        future = [j.org.value for j in joins if j.future]
    else:
        joiners = {}
        if found.joiner is not None:
            order = found.join_order
            joiners[found.joiner.value] = int(order.value) if order else None
        future = []
    members = list(joiners) + [fact.value for fact in found.partners if certain(fact)]
    total = getattr(found, "stated_total", None)
    if total is not None:
        count: int | None = int(total.value)
    elif found.stated_others is not None:
        count = int(found.stated_others.value) + max(len(joiners), 1)
    else:
        count = None
    goal = found.goal
    return {
        "members": members,
        "review": review,
        "joiners": joiners,
        "stated_count": count,
        "goal_year": goal.target_year if goal else None,
        "goal_regions": [place for place, _ in goal.regions] if goal else [],
        "leavers": [fact.value for fact in getattr(found, "leavers", [])],
        "future_joiners": future,
        "former_names": [fact.value for fact in getattr(found, "former_names", [])],
        "dates": {
            "issued": found.issued.iso if found.issued else None,
            "joins": {j.org.value: j.date.iso if j.date else None for j in joins or []},
            "leaves": {x.org.value: x.date.iso if x.date else None for x in found.leaves},
            "renames": {x.former.value: x.date.iso if x.date else None for x in found.renames},
        },
    }


def score_release(path: Path) -> Score:
    """Read one release and compare it with its answer key."""
    key = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    score = Score()
    try:
        said = read_release(extract_text(read_source(path), path.stem, Lexicon.builtin()))
    except ExtractionError:
        score.refused = 1
        said = {"members": [], "joiners": {}, "stated_count": None, "goal_year": None}
    expected = {norm(name) for name in key["members"]}
    found = {norm(str(name)) for name in said["members"]}  # type: ignore[attr-defined]
    score.members_expected, score.members_found = len(expected), len(found)
    score.members_right = len(expected & found)
    score.wrong += [f"not a member: {n}" for n in sorted(found - expected)]
    score.wrong += [f"missed member: {n}" for n in sorted(expected - found)]
    review = {norm(str(name)) for name in said.get("review", [])}  # type: ignore[attr-defined]
    score.review_found, score.review_right = len(review), len(review & expected)
    score.wrong += [f"to review: {n}" for n in sorted(review)]
    joiners = {norm(n): o for n, o in said["joiners"].items()}  # type: ignore[attr-defined]
    score.joiners_found = len(joiners)
    for joiner in key["joiners"]:
        name = norm(joiner["name"])
        score.joiners_expected += 1
        score.joiners_right += name in joiners
        if joiner["order"] is not None:
            score.orders_expected += 1
            right = joiners.get(name) == joiner["order"]
            score.orders_right += right
            if not right:
                score.wrong.append(f"order of {name}: {joiners.get(name)} not {joiner['order']}")
    for item in ("stated_count", "goal_year"):
        if key[item] is not None:
            right = said[item] == key[item]
            if item == "stated_count":
                score.counts_expected += 1
                score.counts_right += right
            else:
                score.goals_expected += 1
                score.goals_right += right
            if not right:
                score.wrong.append(f"{item}: {said[item]} not {key[item]}")
    regions = {norm(str(p)) for p in said.get("goal_regions", [])}  # type: ignore[attr-defined]
    wanted = {norm(p) for p in key["goal_regions"]}
    score.regions_found, score.regions_expected = len(regions), len(wanted)
    score.regions_right = len(regions & wanted)
    for item in ("leavers", "future_joiners", "former_names"):
        wanted = {norm(n) for n in key[item]}
        got = {norm(str(n)) for n in said.get(item, [])}  # type: ignore[attr-defined]
        score.others_expected += len(wanted)
        score.others_right += len(wanted & got)
    _score_dates(score, key.get("dates"), said.get("dates"))  # type: ignore[arg-type]
    return score


def _score_dates(score: Score, key: dict[str, object] | None, said: dict[str, object]) -> None:
    """The release's date and the date of every join, leave and rename the key gives (a null
    date in the key: the text gives none, and the reader must not invent one)."""
    if not key:
        return
    pairs = [("issued", key["issued"], said["issued"])]
    for kind in ("joins", "leaves", "renames"):
        got = {norm(n): d for n, d in said[kind].items()}  # type: ignore[attr-defined]
        pairs += [(f"{kind} {n}", d, got.get(norm(n), "?")) for n, d in key[kind].items()]  # type: ignore[attr-defined]
    for what, wanted, got in pairs:
        score.dates_expected += 1
        score.dates_right += wanted == got
        if wanted != got:
            score.wrong.append(f"date of {what}: {got} not {wanted}")


def score_corpus(corpus: Path = CORPUS) -> tuple[dict[str, Score], Score]:
    """Every release's score, and the total."""
    scores = {path.stem: score_release(path) for path in sorted(corpus.glob("*.txt"))}
    total = Score()
    for score in scores.values():
        total.add(score)
    return scores, total


LIBRARIES = (
    "Libraries the issue suggests, as measured (2026-12-02): **text2num** 3.1 against "
    "kg/ingest/dutch.py on Dutch number words: hand-written cases (zeventien, negenennegentig, "
    "eerste, achttiende, 21e, 19de, 1ste, 101e, ...) cardinals 10/11 for both, ordinals 13/13 "
    "ours and 12/13 text2num (it misses 'eerste'); generated words 1-999: cardinals 999/999 "
    "both, ordinals 999 ours and 997 text2num; 999 ordinals in 11 ms ours, 36 ms text2num. "
    "So the table stays and no dependency is added. **rapidfuzz** was not wired in: names are "
    "matched exactly or by curated alias, because a fuzzy match merges different "
    "organisations and needs the review "
    "queue first ('Gemeente Venlo' and 'Gemeente Venray': ratio 83).\n\n"
    "**spaCy** 3.8 (`spacy.blank('nl')` with a sentencizer, no model; each line read on its "
    "own, as ours does) against kg/ingest/sentences.py, measured 2026-12-02 with "
    "`python benchmarks/sentences.py` on the 43 (later 46) releases of corpus and holdout: no "
    "release is split differently, so the scores are the same with either (corpus and "
    "holdout totals identical). On 46 releases of 400+ words (corpus releases put one after "
    "another): splitting takes a median 0.14 ms ours, 1.08 ms spaCy; the whole extraction a "
    "median 9.6 ms (max 17.1) ours, 15.0 ms (max 29.3) spaCy; importing spaCy and making the "
    "pipeline takes 3.5 s once per process. Run again on a machine under load (load average "
    "10, 48 releases of 400+ words): split 0.16 / 1.29 ms, extraction a median 30.5 ms (max "
    "53.3) ours, 44.0 ms (max 79.0) spaCy, import 14 s. spaCy reads no better, is slower and "
    "under load breaks the 50 ms budget first, so the reader keeps its own splitter and "
    "spaCy is not a dependency.\n\n"
    "**dateparser** reads the dates (Dutch only, the phrase found by the reader's own pattern, "
    "then `DateDataParser(languages=['nl'])` with the format '%d %B %Y'): 0.5 ms a date; "
    "its general `dateparser.parse` took 3-9 ms a date, which put a 400-word release of eight "
    "dates over the 50 ms budget (a median 58 ms)."
)


def _ratio(right: int, of: int) -> str:
    return f"{right}/{of}"


def _row(name: str, s: Score) -> str:
    cells = [
        name,
        f"{s.precision:.2f}",
        f"{s.recall:.2f}",
        _ratio(s.joiners_right, s.joiners_expected) + f" ({s.joiners_found} found)",
        _ratio(s.orders_right, s.orders_expected),
        _ratio(s.counts_right, s.counts_expected),
        _ratio(s.goals_right, s.goals_expected),
        _ratio(s.regions_right, s.regions_expected) + f" ({s.regions_found} found)",
        _ratio(s.others_right, s.others_expected),
        _ratio(s.dates_right, s.dates_expected),
        f"{s.review_found} ({s.review_right})",
        str(s.refused),
    ]
    return "| " + " | ".join(cells) + " |"


def table(scores: dict[str, Score], total: Score) -> str:
    """The scores as a Markdown table, the total last."""
    head = (
        "| release | member precision | member recall | joiners | orders | counts | goal years "
        "| goal regions | leavers, future joiners, former names | dates | to review (members) "
        "| refused |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    rows = [_row(name, score) for name, score in scores.items()]
    return "\n".join([head, *rows, _row("**total**", total)])


UNSEEN = (
    "Twelve releases written by a helper that saw neither the reader nor the other releases "
    "(tests/press/blind, see its README), scored once before any rule changed for them "
    "(blind, with the scorer of then, which compared names with their bracketed abbreviation "
    "and legal form): member precision 0.83, recall 0.52, joiners 4/14, orders 4/13, counts "
    "9/11, goal years 10/11, goal regions 20/21, leavers, future joiners and former names 1/3, "
    "dates 2/28. The reader was then generalised, each change a general form tested on text of "
    "its own (tests/test_extract_forms.py, test_extract_dates.py): a dateline anywhere in the "
    "opening lines, in a 'Datum:' line, under the text, with a month only or in English; lists "
    "as lines under sector headings and as tables (first cell, header row left out), a line "
    "read as one name; 'werken samen:', 'sluiten X en Y aan als', 'heeft X zich aangesloten', "
    "'het aantal deelnemers komt op N'; 'de gemeente X' as Gemeente X; 'vier X-gemeenten' is "
    "a number, not a member. The scorer now reads 'X (ABC)' and 'X B.V.' as X. After that, no "
    "longer blind:"
)


UNSEEN2 = (
    "Twelve more, written by another helper after those changes, that saw no rule and no "
    "release (tests/press/blind2), scored once before any rule changed for them (blind): "
    "member precision 0.86, recall 0.53, joiners 3/17 (8 found), orders 0/6, counts 8/11, goal "
    "years 6/12, goal regions 10/16, leavers, future joiners and former names 2/9, dates "
    "13/31, 8 names to review (4 of them members). So the reader does not yet meet the "
    "issue's target on text nobody tuned it on: members it is sure of are mostly right, but it "
    "misses many phrasings of joins and goals. General forms were then added (numbered "
    "lists; sector lines 'Wonen: Vivare, Portaal', where a list written with commas only keeps "
    "' en ' inside names; goals 'Het doel: in 2028 moet ...', 'In 2028 moet X ... zijn', 'By "
    "2027 we want to ...', the first goal with a year preferred; joins 'X is part of Y', "
    "'waar X toetrad tot Y', '(onder)tekende het convenant', 'hun handtekening gezet onder', "
    "'X versterkt Y'; a negated statement ('is zelf geen partner van') is no join; 'en "
    "Partners' stays in a firm's name; a lowercase descriptor before a listed name is left "
    "out; 'The other partners are', 'gesloten door'; a release that says 'X is geen partner' "
    "or 'Beide zijn geen lid' keeps X, or the names of the sentence before, out; joins 'is "
    "uitgebreid met X en de Y', 'Met de komst van X telt'; a joiner told again shorter or by "
    "its initials is one); after that:"
)


UNSEEN3 = (
    "Twelve more by a third helper, after all of the above, in voices of their own (a LinkedIn "
    "post, a newsletter, a Q&A, a newspaper article; tests/press/blind3), scored once before "
    "any rule changed for them (blind): member precision 0.90, recall 0.49, joiners 3/21 (6 "
    "found), orders 1/9, counts 4/11, goal years 7/9, goal regions 14/24, leavers, future "
    "joiners and former names 2/7, dates 6/30. Each new voice brings phrasings the tables do "
    "not hold: rules written for one set reach the next only in part. Then, generally: a list "
    "of three or more organisation-like names (a head word, a kind, two capitals, CamelCase) "
    "in a sentence that speaks of the coalition or its partners and not of funders, suppliers, "
    "visitors or contacts is read as members (rated below a stated list); a listed 'name' "
    "with a year or four lowercase words is a clause; a coalition is never its own member; "
    "'zoals'/'including' introduces members only after a word for partners; a coalition "
    "named only by a name with a head word ('Coalitie ...', '... Pact') or after one ('het "
    "samenwerkingsverband Digitaal Dichtbij Achterhoek'); joins 'has become the 9th partner "
    "of', 'X, Y and Z signed the pact', 'zijn sinds 15 november partner', 'heeft er vier "
    "partners bij (A, B, C en D)', 'Onlangs tekenden A, B en C', 'Als 11de partner tekende "
    "X'; 'Daarna sloten ... aan' are earlier members, not joiners; totals 'uitgegroeid tot N', "
    "'zijn het er nu N', 'counts N members'; datelines 'DORDRECHT – 14 januari 2025 –', "
    "'Zwolle, 7 april 2025:', '3-10-2025', 'Gepubliceerd op ...'; a change told 'vandaag' in "
    "a release dated to the day takes that day (corpus release 36's key said null for it "
    "before and was corrected). After that:"
)


UNSEEN4 = (
    "Twelve more by a fourth helper after all of the above (tests/press/blind4: a news page, an "
    "annual report with a numbered appendix, a social media post, a Q&A, a tenants' magazine, "
    "English news), scored once before any rule changed for them (blind): member precision "
    "0.95, recall 0.73, joiners 5/19 (14 found), orders 5/11, counts 3/11, goal years 8/11, "
    "goal regions 17/25, leavers, future joiners and former names 0/11, dates 8/37. The general "
    "list and coalition reading carried over (recall 0.49-0.53 on the earlier blind sets, 0.73 "
    "here); joins, counts and leaves written in new words did not. Then: a short heading line "
    "with a word for partners over a list ('Bijlage 2 – Partners ... per 31 december 2023'); "
    "a list's cue may be in the sentence before ('... op acht. Naast X zijn dat A, B'); a "
    "bullet that is a sentence is no name; a person with a role or a kind alone "
    "('Woningcorporatie') is no joiner; 'X in Vlissingen' is X; totals 'telde', 'makes six of "
    "us'; leaves 'stopt met ingang van 1 juli als partner', 'heeft haar deelname beëindigd', "
    "'is uit de alliantie gestapt', 'nam afscheid van', 'left the pact', 'said goodbye to'; "
    "future joins 'Per 1 april sluit X aan', 'komt daar X bij', 'will join' (an explicit "
    "future is never the release's own news); a dateline after '|'. After that:"
)


UNSEEN5 = (
    "Twelve more by a fifth helper after all of the above (tests/press/blind5: a province's "
    "release, a library's annual overview, a school board's letter, a council information "
    "letter with an appendix, an intranet post, English news), scored once before any rule "
    "changed for them (blind), the most honest measure here: member precision 0.87, recall "
    "0.64, joiners 6/21 (9 found), orders 3/11, counts 9/12, goal years 5/11, goal regions "
    "12/29, leavers, future joiners and former names 6/12, dates 8/41. The target (precision "
    "0.95, recall 0.90 on unseen releases) is not met. Then: a memo's header ('Van:', "
    "'Onderwerp:') is no list; a numbered line is one name; a number alone is no name; a "
    "joiner named short in the headline takes its full name from the text; one line of names "
    "under a heading ('Partners van X' then 'A - B - C', 'Our partners' then 'A | B | C'); "
    "English lists cut at 'and'; a plural English subject 'X and Woonstichting Y'. After that:"
)


UNSEEN6 = (
    "Twelve more by a sixth helper after all of the above (tests/press/blind6: council news, "
    "a LinkedIn post, a tenants' letter, an EU-project update, a company release, an event "
    "report), scored once before any rule changed for them (blind): member precision 0.89, "
    "recall 0.91, joiners 4/19 (10 found), orders 3/8, counts 6/11, goal years 7/11, goal "
    "regions 19/29, leavers, future joiners and former names 3/7, dates 7/34. Member recall on "
    "unseen text now meets the issue's 0.90; precision (0.95) does not, and joiners, counts and "
    "dates stay far below. Then: a quote's attribution ('said X, CEO of Y') is no list; a "
    "sentence end missed after 'B.V.' is found inside a name; a lowercase kind before a joiner "
    "('ICT-dienstverlener X') is left out; 'A, B and C signed' is plural; brackets after a "
    "listed name are left out; joins with the verb first ('zetten X en Y hun handtekening "
    "onder', 'ondertekenden A, B en C onze samenwerkingsafspraken', 'zijn X en Y tot de "
    "coalitie toegetreden', 'sloot X aan', 'volgde X als partner nummer 11', 'verwelkomt ... "
    "twee nieuwe partners: A en B') (joiners on blind4-6 then 11/19, 12/21, 14/19). After that:"
)


def _write_readme(
    text: str,
    holdout: str,
    unseen: str,
    unseen2: str,
    unseen3: str,
    unseen4: str,
    unseen5: str,
    unseen6: str,
) -> None:
    readme = README.read_text(encoding="utf-8")
    section = (
        f"{HEADING}\n\n"
        "`python benchmarks/extraction.py --readme` reads the fictional releases of "
        "tests/press/corpus with no curated names and scores them against their answer keys "
        "(see the corpus README); `right/expected`, with how many the reader found. Before the "
        "reader was generalised (commit 87754b0) the totals were: member precision 0.93, "
        "recall 0.41, joiners 17/40, orders 12/31, counts 6/20, goal years 12/24, goal regions "
        "16/33, leavers, future joiners and former names 0/5. Since every member carries a "
        "confidence (kg/ingest/confidence.py), a member counts only when the reader is sure "
        "enough to write it to the graph (0.7); the rest are questions of the review queue, "
        "counted under 'to review' with how many of them are members. Before that (commit "
        "56c7f46) the corpus totals were member precision 0.99, recall 0.99, and the held-out "
        "ones precision 0.96, recall 0.93. Releases 33-38 (dated joins, a future join, leaves, "
        "a rename, Frisian place names, goals in Fryslân, Drenthe and Zeeland) came later, "
        "with `dates` in their keys: the dates column counts the release's own date and the "
        "date of each join, leave and rename, a date the text does not give included (the "
        "reader must leave it empty).\n\n"
        f"{text}\n\n"
        "Releases written after the reader was tuned on the corpus, to see how it does on text "
        f"it has not seen (tests/press/holdout). {BLIND}\n\n"
        f"{holdout}\n\n"
        f"{UNSEEN}\n\n"
        f"{unseen}\n\n"
        f"{UNSEEN2}\n\n"
        f"{unseen2}\n\n"
        f"{UNSEEN3}\n\n"
        f"{unseen3}\n\n"
        f"{UNSEEN4}\n\n"
        f"{unseen4}\n\n"
        f"{UNSEEN5}\n\n"
        f"{unseen5}\n\n"
        f"{UNSEEN6}\n\n"
        f"{unseen6}\n\n"
        f"{LIBRARIES}\n"
    )
    if HEADING in readme:
        start = readme.index(HEADING)
        after = readme.find("\n## ", start + len(HEADING))
        readme = readme[:start] + section + (readme[after + 1 :] if after >= 0 else "")
    else:
        readme = readme.rstrip("\n") + "\n\n" + section
    README.write_text(readme, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    parser.add_argument("--wrong", action="store_true", help="list what each release got wrong")
    args = parser.parse_args()
    scores, total = score_corpus()
    text = table(scores, total)
    print(text)
    if args.wrong:
        for name, score in scores.items():
            for line in score.wrong:
                print(f"{name}: {line}")
    if args.readme:
        scores, total = score_corpus(HOLDOUT)
        blind = table(*score_corpus(BLINDSET))
        sets = (BLINDSET2, BLINDSET3, BLINDSET4, BLINDSET5, BLINDSET6)
        later = (table(*score_corpus(path)) for path in sets)
        _write_readme(text, table(scores, total), blind, *later)


if __name__ == "__main__":
    main()
