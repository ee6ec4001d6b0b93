"""Scoring an alignment against gold links: strict precision, recall and F1.

A predicted link is correct when both of its sides equal the two cells of a gold row
after whitespace is collapsed (the definition in the corpus README). Two settings are
scored: the documents as given, and with every target line joined into one paragraph, so
that the aligner cannot lean on paragraph breaks — the sentences stay the same (the
segmenter still sees each line), only the paragraph evidence is gone.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from termbase.align.aligner import Aligner, Link
from termbase.align.documents import DocumentPair
from termbase.errors import InputError
from termbase.fileio import read_text
from termbase.formats import alignment_tsv
from termbase.text.normalize import collapse_whitespace
from termbase.text.segment import Sentence, segment

SETTINGS = ("as given", "paragraphs joined")


@dataclass(frozen=True)
class Score:
    """Counts of correct, predicted and gold links, with the strict measures they give."""

    name: str
    correct: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def link_key(source: str, target: str) -> tuple[str, str]:
    return collapse_whitespace(source), collapse_whitespace(target)


def score_links(name: str, predicted: Iterable[Link], gold: Iterable[tuple[str, str]]) -> Score:
    """Strict link score; a link repeated in a document counts as often as it occurs."""
    wanted = Counter(link_key(source, target) for source, target in gold)
    found = Counter(link_key(link.source_text, link.target_text) for link in predicted)
    correct = sum((wanted & found).values())
    return Score(name, correct, sum(found.values()), sum(wanted.values()))


def joined_paragraphs(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The same sentences as if the text were one paragraph."""
    return [dataclasses.replace(sentence, paragraph=0) for sentence in sentences]


def evaluate(
    pairs: Sequence[DocumentPair], gold_dir: Path, aligner: Aligner, join_target: bool
) -> list[Score]:
    """One score per document pair, then the total over all of them (named "all")."""
    scores = []
    for pair in pairs:
        gold_path = gold_dir / f"{pair.source.stem}.tsv"
        if not gold_path.is_file():
            raise InputError(str(gold_path), f"no gold alignment for {pair.name}")
        gold = [(row.source, row.target) for row in alignment_tsv.read(gold_path)]
        source = segment(read_text(pair.source), aligner.source_lang)
        target = segment(read_text(pair.target), aligner.target_lang)
        if join_target:
            target = joined_paragraphs(target)
        links = aligner.align_sentences(source, target)
        scores.append(score_links(pair.source.stem, links, gold))
    total = Score(
        "all",
        sum(s.correct for s in scores),
        sum(s.predicted for s in scores),
        sum(s.gold for s in scores),
    )
    return [*scores, total]


def render_table(scores: Sequence[Score], setting: str) -> str:
    """A Markdown table of the scores (what the README shows)."""
    lines = [
        f"Strict link scores, {setting}:",
        "",
        "| article | gold | predicted | correct | precision | recall | F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        name = f"**{s.name}**" if s.name == "all" else s.name
        lines.append(
            f"| {name} | {s.gold} | {s.predicted} | {s.correct} | "
            f"{s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"
        )
    return "\n".join(lines) + "\n"
