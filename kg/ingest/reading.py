"""The state of one reading of a press release, and what is read beside the members: the
sector groups, themes and activities a release names (by the lexicon's phrase tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ingest.lexicon import Lexicon
from kg.ingest.lists import phrases_in
from kg.ingest.names import Name
from kg.ingest.results import Evidence, Fact
from kg.ingest.sentences import MAX_SENTENCE, MAX_TEXT, Sentence
from kg.ingest.words import org_head

__all__ = ["Listing", "Reader", "outside_list", "quote", "sector_groups", "vocabulary"]


@dataclass
class Reader:
    """The state of one extraction: the text, its sentences and what was found so far."""

    text: str
    source: str
    lexicon: Lexicon
    sentences: list[Sentence]
    warnings: list[str] = field(default_factory=list)

    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(self.source, sentence.text, sentence.start, sentence.end)

    def fact(self, value: str, sentence: Sentence, written: str = "") -> Fact:
        value, written = value.replace("**", ""), written.replace("**", "")  # markdown's bold
        value, written = _not_ours(value), _not_ours(written)  # "Ons eigen Ziekenhuis X": X
        return Fact(value, self.evidence(sentence), written or value)

    def index(self, sentence: Sentence) -> int:
        """Where a sentence, or the sentence a clause of it is cut from, is in the text."""
        return next(i for i, s in enumerate(self.sentences) if s.start <= sentence.start < s.end)

    def after(self, sentence: Sentence) -> Sentence | None:
        """The sentence after `sentence` (or after the sentence a clause of it is cut from)."""
        index = self.index(sentence) + 1
        return self.sentences[index] if index < len(self.sentences) else None

    def sentence_at(self, start: int) -> Sentence:
        """The sentence that starts at `start` (the first sentence if none does)."""
        return next((s for s in self.sentences if s.start == start), self.sentences[0])

    def note_long_sentences(self) -> None:
        """Warn of a text cut at `MAX_TEXT` and of the first sentence read in pieces."""
        if len(self.text) > MAX_TEXT:
            self.warnings.append(
                f"the text is {len(self.text)} characters long; only the first {MAX_TEXT} were read"
            )
        for sentence in self.sentences:
            if sentence.cut:
                self.warnings.append(
                    f"a sentence longer than {MAX_SENTENCE} characters was read in pieces, from "
                    f"offset {sentence.start}: {quote(sentence.text)}"
                )
                return


@dataclass
class Listing:
    """Where the partner list is: its sentence(s), the list text spans and completeness."""

    sentence: Sentence
    intro_end: int  # offset in the text where the list starts (after the colon)
    items: list[tuple[Sentence, int, int]]  # (sentence, start, end) of each list text
    complete: bool

    def commas_only(self, text: str) -> bool:
        """Whether a list of lines after headings ("Overheid: A, B, C") is written with commas
        only: a line of three or more names has no " en ", so " en " is inside names there
        ("Rabobank Arnhem en Omstreken")."""
        lines = [text[start:end] for _, start, end in self.items]
        return any(line.count(",") >= 2 and " en " not in line for line in lines)


def quote(sentence: str, width: int = 120) -> str:
    """A sentence for a message, shortened to `width` characters."""
    return repr(sentence if len(sentence) <= width else sentence[: width - 1] + "…")


def sector_groups(reader: Reader, listing: Listing | None) -> list[Fact]:
    """Groups named where the list is introduced ("partners uit ..."), else anywhere."""
    table = reader.lexicon.sector_groups
    if listing is not None:
        sentence = listing.sentence
        intro = reader.text[sentence.start : listing.intro_end]
        facts = _facts(reader, [(sentence, intro)], table)
        if facts:
            return facts
    pairs = [(s, outside_list(reader, s, listing)) for s in reader.sentences]
    return _facts(reader, pairs, table)


def vocabulary(reader: Reader, kind: str, listing: Listing | None, org: Name | None) -> list[Fact]:
    """Themes anywhere; activities only in paragraphs that name the joiner. Lists excluded."""
    table = {key: name for key, (name, k) in reader.lexicon.themes.items() if k == kind}
    names = {org.value, org.written} if org else set()
    paragraphs = {s.paragraph for s in reader.sentences if any(name in s.text for name in names)}
    pairs = [
        (s, outside_list(reader, s, listing))
        for s in reader.sentences
        if kind != "activity" or s.paragraph in paragraphs
    ]
    return _facts(reader, pairs, table)


def outside_list(reader: Reader, sentence: Sentence, listing: Listing | None) -> str:
    """The sentence with its list part (names, not phrases) blanked out."""
    if listing is None:
        return sentence.text
    text = sentence.text
    for item_sentence, start, end in listing.items:
        if item_sentence == sentence:
            a, b = start - sentence.start, end - sentence.start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _facts(reader: Reader, pairs: list[tuple[Sentence, str]], table: dict[str, str]) -> list[Fact]:
    facts: list[Fact] = []
    seen: set[str] = set()
    for sentence, text in pairs:
        for _, key in phrases_in(text, table):
            value = table[key]
            if value not in seen:
                seen.add(value)
                facts.append(reader.fact(value, sentence))
    return facts


_OURS = re.compile(r"^(?:[Oo]ns|[Oo]nze|[Oo]ur)(?: eigen| own)? (?=(?P<head>\S+) \S)")


def _not_ours(name: str) -> str:
    """A name without the possessive before its kind that says it is the writer's ("Onze
    Bibliotheek Emmen", "Our own Stichting X"), not the "Onze" of a name ("Onze Lieve Vrouwe
    Gasthuis", "Ons Huis")."""
    ours = _OURS.match(name)
    return name[ours.end() :] if ours and org_head(ours["head"]) else name
