"""spaCy's rule-based Dutch sentence splitting against ours (kg/ingest/sentences.py), on the corpus.

    pip install spacy            # no model is downloaded: spacy.blank("nl") + "sentencizer"
    python benchmarks/sentences.py

For the releases of tests/press/corpus and tests/press/holdout: how many sentences each splitter
makes and where they differ, the extraction scores with either splitter (benchmarks/extraction.py
reads every release with no curated names), and the time per release of 400 words, for splitting
alone and for the whole extraction. spaCy reads each line on its own, as ours does (a line break
ends a sentence in a press release: headings, bullets).
"""

from __future__ import annotations

import re
import statistics
import time
from bisect import bisect_right
from collections.abc import Callable
from unittest import mock

import extraction  # benchmarks/extraction.py

from kg.ingest import dates, extract
from kg.ingest.extract import Lexicon, extract_text, read_source
from kg.ingest.sentences import MAX_TEXT, SPACE, Sentence, read_sentences

RELEASES = sorted(extraction.CORPUS.glob("*.txt")) + sorted(extraction.HOLDOUT.glob("*.txt"))


def spacy_splitter() -> Callable[[str], list[Sentence]]:
    """`read_sentences` done by spaCy: the same Sentence objects, offsets and paragraphs."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")

    def read(text: str) -> list[Sentence]:
        text = text[:MAX_TEXT]
        breaks = [m.end() for m in re.finditer(r"\n[ \t\r\f\v\u00a0]*\n", text)]
        found = []
        for line in re.finditer(r"[^\n]+", text):
            for sent in nlp(line.group()).sents:
                start, end = line.start() + sent.start_char, line.start() + sent.end_char
                while start < end and text[start] in SPACE:
                    start += 1
                while end > start and text[end - 1] in SPACE:
                    end -= 1
                if start < end:
                    found.append(Sentence(start, end, text[start:end], bisect_right(breaks, start)))
        return found

    return read


def releases_of_400_words(texts: list[str]) -> list[str]:
    """Releases of at least 400 words: consecutive releases of the corpus, one after another
    (the first keeps its dateline), so that each has its count, lists and goals."""
    found, current = [], ""
    for text in texts * 8:
        current = f"{current}\n\n{text}" if current else text
        if len(current.split()) >= 400:
            found.append(current)
            current = ""
    return found


def _milliseconds(run: Callable[[str], object], texts: list[str], rounds: int = 5) -> list[float]:
    """Per text, the best of `rounds` times in milliseconds."""
    run(texts[0])  # warm: compiled patterns, lazy imports
    times = []
    for text in texts:
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
    return times


def main() -> None:
    texts = [read_source(path) for path in RELEASES]
    start = time.perf_counter()
    ours, theirs = read_sentences, spacy_splitter()
    theirs("Eén zin.")
    print(f"spaCy: import and spacy.blank('nl') + sentencizer: {time.perf_counter() - start:.2f} s")
    differ = []
    for path, text in zip(RELEASES, texts, strict=True):
        a = [s.text for s in ours(text)]
        b = [s.text for s in theirs(text)]
        if a != b:
            differ.append((path.stem, sorted(set(a) ^ set(b))))
    print(f"releases: {len(texts)}, words: {sum(len(t.split()) for t in texts)}")
    print(f"releases split differently: {len(differ)}")
    for stem, sentences in differ:
        for sentence in sentences:
            print(f"  {stem}: {sentence!r}")
    for name, splitter in (("ours", ours), ("spaCy", theirs)):
        with mock.patch.object(extract, "read_sentences", splitter):
            for label, folder in (("corpus", extraction.CORPUS), ("holdout", extraction.HOLDOUT)):
                _, total = extraction.score_corpus(folder)
                print(f"{name} {label}: {extraction.table({}, total).splitlines()[-1]}")

            def whole(text: str) -> object:
                dates._parse.cache_clear()  # every run parses its dates afresh
                return extract_text(text, "t", Lexicon.builtin())

            long = releases_of_400_words(texts)
            split, read = _milliseconds(splitter, long), _milliseconds(whole, long)
            print(
                f"{name}, {len(long)} releases of 400+ words: split median "
                f"{statistics.median(split):.2f} ms (max {max(split):.2f}), extract median "
                f"{statistics.median(read):.1f} ms (max {max(read):.1f})"
            )


if __name__ == "__main__":
    main()
