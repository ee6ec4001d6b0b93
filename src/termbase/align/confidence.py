"""How sure the aligner is of each link, from 0 to 1.

Two signals, the larger of which counts, scaled down when the lengths disagree:

- *lexical*: the weighted Dice overlap of the two sides' evidence keys
  (:mod:`termbase.align.evidence`);
- *translation*: chrF (sacrebleu) of the target text against a gloss of the source — the
  English of the glossary terms found in it, of its everyday words (``lang/id/translations``),
  its numbers in English form, its names, and its loanwords respelt (*strategis* →
  *strategic*).

chrF costs about a millisecond a link, so it is computed only for links the lexical overlap
alone would leave weak. Links below a threshold are *weak*: listed by
``termbase align --show-weak`` and marked in the TMX.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from termbase.align.evidence import (
    EvidenceExtractor,
    canonical_number,
    loanword_spelling,
    translation_glosses,
)
from termbase.align.scoring import length_cost
from termbase.model import Glossary
from termbase.text.segment import Sentence

WEAK_BELOW = 0.5
"""Links with a lower confidence are weak."""
SURE = 0.8
"""A link at least this confident vouches for a 1-1 neighbour of agreeing length."""
CONTEXT_CONFIDENCE = 0.6
"""The confidence such a neighbour gets from its place alone."""
FULL_DICE = 0.4
"""Weighted key overlap at which the lexical signal alone gives full confidence."""
CHRF_FLOOR = 15.0
"""chrF (0-100) that unrelated sentences on the same subject reach: no evidence at all."""
FULL_CHRF = 50.0
"""chrF at which the translation signal alone gives full confidence."""
LENGTH_TAIL = 0.05
"""Length agreement (two-tailed probability) below which confidence is scaled down."""

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class LinkEvidence:
    """What a link's confidence was computed from (kept for ``--show-weak`` and tests)."""

    dice: float
    chrf: float | None
    length_agreement: float

    @property
    def confidence(self) -> float:
        lexical = min(1.0, self.dice / FULL_DICE)
        translation = min(1.0, max(0.0, (self.chrf or 0.0) - CHRF_FLOOR) / (FULL_CHRF - CHRF_FLOOR))
        scale = min(1.0, math.sqrt(self.length_agreement / LENGTH_TAIL))
        return round(max(lexical, translation) * scale, 2)


class ConfidenceJudge:
    """Rates links between sentences of two languages."""

    def __init__(
        self,
        source: EvidenceExtractor,
        target: EvidenceExtractor,
        glossary: Glossary | None,
        length_variance: float,
    ) -> None:
        from sacrebleu.metrics.chrf import CHRF

        self.source = source
        self.target = target
        self.glossary = glossary
        self.length_variance = length_variance
        self._chrf = CHRF()
        self._glossed_words: dict[str, str | None] = {}
        self._translations = translation_glosses(source.lang, target.lang)

    def judge(
        self,
        source: Sequence[Sentence],
        target: Sequence[Sentence],
        keys: tuple[frozenset[str], frozenset[str]],
        weights: Mapping[str, float],
        ratio: float,
    ) -> LinkEvidence:
        """Rate one link, given the keys of its two sides and the document's key weights."""
        source_keys, target_keys = keys
        weight = weights.__getitem__
        total = sum(map(weight, source_keys)) + sum(map(weight, target_keys))
        shared = sum(map(weight, source_keys & target_keys))
        dice = 2 * shared / total if total else 0.0
        source_text = " ".join(s.text for s in source)
        target_text = " ".join(s.text for s in target)
        if source_text == target_text:
            return LinkEvidence(1.0, None, 1.0)
        tail = math.exp(
            -length_cost(len(source_text), len(target_text), ratio, self.length_variance)
        )
        chrf = None
        if dice < FULL_DICE * WEAK_BELOW:
            gloss = self.gloss(source_text)
            chrf = self._chrf.sentence_score(target_text, [gloss]).score if gloss else 0.0
        return LinkEvidence(round(dice, 4), chrf, tail)

    def gloss(self, text: str) -> str:
        """A word-for-word English gloss of what can be read without a dictionary."""
        parts: list[str] = []
        covered: list[tuple[int, int]] = []
        matcher = self.source.matcher
        if matcher is not None and self.glossary is not None:
            for match in self.source.term_matches(text):
                concept = self.glossary.get(match.ref.concept_id)
                preferred = concept.preferred(self.target.lang) if concept else None
                if preferred is not None:
                    parts.append(preferred.text)
                    covered.append((match.start, match.end))
        for found in _NUMBER.finditer(text):
            parts.append(self._english_number(found.group()))
        memo = self._glossed_words
        for found in _WORD.finditer(text):
            if covered and any(start <= found.start() < end for start, end in covered):
                continue
            word = found.group()
            glossed = memo.get(word, "")
            if glossed == "":
                glossed = memo[word] = self._gloss_word(word)
            if glossed is not None:
                parts.append(glossed)
        return " ".join(parts)

    def _gloss_word(self, word: str) -> str | None:
        """An acronym as written, an everyday word translated (also when it opens a
        sentence), a name as written, a loanword respelt, else nothing."""
        if word.isupper():
            return word
        translated = self._translations.get(self.source.analyzer.key(word))
        if translated is not None:
            return translated
        if word[0].isupper():
            return word
        respelt = loanword_spelling(word.casefold(), self.source.lexicon.endings)
        if respelt != word.casefold():
            return respelt.replace("k", "c")
        return None

    def _english_number(self, written: str) -> str:
        canonical = canonical_number(written, self.source.lexicon.decimal)
        if canonical.isdigit() and len(canonical) > 4:
            return f"{int(canonical):,}"
        return canonical
