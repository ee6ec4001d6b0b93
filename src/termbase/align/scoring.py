"""The cost of one link between a run of source sentences and a run of target sentences.

A link's cost adds three things, all cheap enough for the inner loop of the aligner:
the prior of its shape (most links are 1-1; merges, splits and omissions are rarer), a
Gale–Church length term (the target's length is about the source's times a ratio measured
on the document pair itself, with variance growing with length), and the lexical evidence
of :mod:`termbase.align.evidence`: shared keys lower the cost, keys left unmatched on
either side raise it. Paragraph breaks add only a small penalty when a link spans one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from termbase.align.evidence import Evidence


@dataclass(frozen=True)
class Scoring:
    """The aligner's parameters; the defaults are those measured and documented in
    docs/align.md (chosen on articles 000-002, checked on 003-004)."""

    length_variance: float = 1.5
    """Variance of (target - ratio × source) / √source, in characters; measured 1.1-1.2 on
    the reference corpus and rounded up to tolerate freer translations."""
    shape_costs: tuple[tuple[tuple[int, int], float], ...] = (
        ((1, 1), 0.0),
        ((1, 2), 3.0),
        ((2, 1), 3.0),
        ((1, 0), 4.5),
        ((0, 1), 4.5),
    )
    """Minus log prior of each link shape, relative to 1-1."""
    shared_reward: float = 1.0
    """Cost removed per unit of key weight the two sides share."""
    unmatched_cost: float = 0.25
    """Cost added per unit of key weight on one side only."""
    paragraph_cost: float = 0.5
    """Cost of a link that joins sentences across a paragraph break (weak evidence)."""

    def shapes(self) -> tuple[tuple[int, int], ...]:
        return tuple(shape for shape, _ in self.shape_costs)


class LinkScorer:
    """Costs of candidate links over two documents' evidence, with sums memoised per run."""

    def __init__(
        self,
        source: Sequence[Evidence],
        target: Sequence[Evidence],
        scoring: Scoring,
        weights: Mapping[str, float],
    ) -> None:
        self.source = source
        self.target = target
        self.scoring = scoring
        self.shape_cost = dict(scoring.shape_costs)
        source_chars = sum(e.length for e in source) or 1
        target_chars = sum(e.length for e in target) or 1
        self.ratio = target_chars / source_chars
        self.weights = weights
        self._scale = _Scale(scoring.length_variance)
        self._shared_factor = scoring.shared_reward + 2 * scoring.unmatched_cost
        self._source_runs = _Runs(source, weights)
        self._target_runs = _Runs(target, weights)

    def cost(self, i: int, di: int, j: int, dj: int) -> float:
        """Cost of linking source[i-di:i] with target[j-dj:j]."""
        scoring = self.scoring
        cost = self.shape_cost[(di, dj)]
        if di == 0:
            return cost + scoring.unmatched_cost * self._target_runs.weight(j, dj)
        if dj == 0:
            return cost + scoring.unmatched_cost * self._source_runs.weight(i, di)
        source_keys, source_weight, source_length, source_breaks = self._source_runs.run(i, di)
        target_keys, target_weight, target_length, target_breaks = self._target_runs.run(j, dj)
        shared = 0.0
        if not source_keys.isdisjoint(target_keys):
            shared = sum(map(self.weights.__getitem__, source_keys & target_keys))
        delta = abs(target_length - self.ratio * source_length) * self._scale[source_length]
        tail = math.erfc(delta)
        cost += -math.log(tail) if tail > 1e-300 else 690.0
        cost -= self._shared_factor * shared
        cost += scoring.unmatched_cost * (source_weight + target_weight)
        return cost + scoring.paragraph_cost * (source_breaks + target_breaks)


class _Scale(dict[int, float]):
    """1 / √(2 · variance · length), memoised by length: the length term's denominator."""

    def __init__(self, variance: float) -> None:
        super().__init__()
        self.variance = variance

    def __missing__(self, length: int) -> float:
        value = self[length] = 1 / math.sqrt(2 * self.variance * max(length, 1))
        return value


def length_cost(source: int, target: int, ratio: float, variance: float) -> float:
    """Minus log of the two-tailed normal probability of the length difference."""
    delta = abs(target - ratio * source) / math.sqrt(variance * max(source, 1))
    tail = math.erfc(delta / math.sqrt(2))
    return -math.log(tail) if tail > 1e-300 else 690.0


class _Runs:
    """Keys, key weight, length and paragraph breaks of runs of up to three sentences."""

    def __init__(self, evidence: Sequence[Evidence], weights: Mapping[str, float]) -> None:
        self.evidence = evidence
        self.key_weight = weights.__getitem__
        self.weights = [sum(map(self.key_weight, e.keys)) for e in evidence]
        self._singles = [
            (e.keys, weight, e.length, 0) for e, weight in zip(evidence, self.weights, strict=True)
        ]
        self._cache: dict[tuple[int, int], tuple[frozenset[str], float, int, int]] = {}

    def weight(self, end: int, count: int) -> float:
        return sum(self.weights[end - count : end])

    def run(self, end: int, count: int) -> tuple[frozenset[str], float, int, int]:
        if count == 1:
            return self._singles[end - 1]
        found = self._cache.get((end, count))
        if found is None:
            members = self.evidence[end - count : end]
            keys = frozenset().union(*(e.keys for e in members))
            breaks = sum(a.paragraph != b.paragraph for a, b in pairwise(members))
            found = (
                keys,
                sum(map(self.key_weight, keys)),
                sum(e.length for e in members) + count - 1,
                breaks,
            )
            self._cache[(end, count)] = found
        return found
