"""Align a document with its translation: segment, gather evidence, find the best path, rate
each link.

:class:`Aligner` holds what is costly to build (the glossary's term matchers, the chrF
scorer) and aligns any number of document pairs with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from termbase.align.confidence import (
    CONTEXT_CONFIDENCE,
    LENGTH_TAIL,
    SURE,
    WEAK_BELOW,
    ConfidenceJudge,
    LinkEvidence,
)
from termbase.align.dp import best_path, linked_ratio
from termbase.align.evidence import Evidence, EvidenceExtractor, document_weights
from termbase.align.scoring import Scoring
from termbase.model import Glossary
from termbase.text.segment import Sentence, segment


@dataclass(frozen=True, slots=True)
class Link:
    """One link: consecutive source sentences and the target sentences they translate."""

    source: tuple[Sentence, ...]
    target: tuple[Sentence, ...]
    confidence: float
    """0 to 1; 0 for a 1-0 or 0-1 link, which has nothing to be confident about."""
    weak: bool

    @property
    def shape(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    @property
    def source_text(self) -> str:
        return " ".join(sentence.text for sentence in self.source)

    @property
    def target_text(self) -> str:
        return " ".join(sentence.text for sentence in self.target)

    @property
    def is_pair(self) -> bool:
        """True when both sides have text: the link can be a translation unit."""
        return bool(self.source and self.target)


class Aligner:
    """Sentence aligner for one language pair, with optional glossary evidence."""

    def __init__(
        self,
        source_lang: str = "id",
        target_lang: str = "en",
        glossary: Glossary | None = None,
        scoring: Scoring | None = None,
        weak_below: float = WEAK_BELOW,
    ) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.scoring = scoring or Scoring()
        self.weak_below = weak_below
        self.source = EvidenceExtractor(source_lang, glossary, target_lang)
        self.target = EvidenceExtractor(target_lang, glossary, source_lang)
        self.judge = ConfidenceJudge(
            self.source, self.target, glossary, self.scoring.length_variance
        )

    def align_texts(self, source_text: str, target_text: str) -> list[Link]:
        return self.align_sentences(
            segment(source_text, self.source_lang), segment(target_text, self.target_lang)
        )

    def align_sentences(self, source: Sequence[Sentence], target: Sequence[Sentence]) -> list[Link]:
        source_evidence = self.source.extract(source)
        target_evidence = self.target.extract(target)
        weights = document_weights(source_evidence, target_evidence)
        path = best_path(source_evidence, target_evidence, self.scoring, weights=weights)
        ratio = linked_ratio(path, source_evidence, target_evidence)
        rated = []
        for step in path:
            left = tuple(source[step.source_start : step.source_end])
            right = tuple(target[step.target_start : step.target_end])
            evidence = None
            if left and right:
                keys = (
                    _union(source_evidence[step.source_start : step.source_end]),
                    _union(target_evidence[step.target_start : step.target_end]),
                )
                evidence = self.judge.judge(left, right, keys, weights, ratio)
            rated.append((left, right, evidence))
        return [
            Link(left, right, confidence, confidence < self.weak_below)
            for (left, right, _), confidence in zip(rated, _in_context(rated), strict=True)
        ]


def _union(evidence: Sequence[Evidence]) -> frozenset[str]:
    return frozenset().union(*(e.keys for e in evidence))


def _in_context(
    rated: Sequence[tuple[tuple[Sentence, ...], tuple[Sentence, ...], LinkEvidence | None]],
) -> list[float]:
    """Link confidences, raised for a 1-1 link of agreeing length between two sure links.

    A short heading (*Kesimpulan* / *Conclusion*) has no evidence of its own, but when the
    links on both sides of it are sure and its lengths agree, its place is evidence enough.
    """
    own = [evidence.confidence if evidence else 0.0 for _, _, evidence in rated]
    raised = list(own)
    for index in range(1, len(rated) - 1):
        left, right, evidence = rated[index]
        if (
            evidence is not None
            and len(left) == len(right) == 1
            and evidence.length_agreement >= LENGTH_TAIL
            and own[index - 1] >= SURE
            and own[index + 1] >= SURE
        ):
            raised[index] = max(own[index], CONTEXT_CONFIDENCE)
    return raised
