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
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from termbase.align.evidence import Evidence

SHAPES = frozenset({(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 0), (0, 1), (2, 0), (0, 2)})
"""Link shapes the dynamic programme can score: a run of up to three sentences against one
sentence, two against two in crossed order (a swap), or a run of up to two against
nothing."""


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
        ((1, 3), 6.0),
        ((3, 1), 6.0),
        ((2, 2), 6.0),
        ((1, 0), 4.5),
        ((0, 1), 4.5),
    )
    """Minus log prior of each link shape, relative to 1-1. A run of three is two joins, so
    it costs two merges: a free translator who makes one sentence of three short ones is
    rarer than one who merges two, but cheaper than a merge and a sentence left out.

    A 2-2 link is two sentences translated in the other order, and it is scored as that
    crossing: the first source sentence against the second target sentence and the other
    way round, for length and shared keys alike. So it wins over two 1-1 links only when
    the crossed pairs fit better than the straight ones by more than its shape cost, which
    is that of two merges: a swap is as rare as a merge of three, and a 1-1 pair that is
    right loses nothing to it."""
    shared_reward: float = 1.0
    """Cost removed per unit of key weight the two sides share."""
    unmatched_cost: float = 0.25
    """Cost added per unit of key weight on one side only."""
    paragraph_cost: float = 0.5
    """Cost of a link that joins sentences across a paragraph break (weak evidence)."""
    mixed_kind_cost: float = 6.0
    """Cost of a link that joins a caption or heading with a segment of another kind.

    Translators merge sentences, but never a photo credit or a heading into a sentence:
    such a segment without a counterpart is left out (1-0), not glued to a neighbour. The
    cost is above a left-out sentence's so that a 1-0 always wins over the merge."""
    kind_mismatch_cost: float = 4.5
    """Cost, per segment it holds, of a link whose two sides have no segment kind in common
    (a "Baca juga" line or a photo credit against a sentence; headings count as sentences,
    see :data:`KIND_CLASSES`; a run that mixes kinds pays its join already).

    A translation keeps a segment's kind, so when a line on one side only stands next to a
    line on the other side only, the two are not each other's translation even when their
    lengths happen to fit. Per segment the cost is a left-out sentence's, so such a link
    costs at least as much as leaving all its segments out and is made only when the keys
    its sides share pay for its shape and length terms."""

    def __post_init__(self) -> None:
        for shape, _ in self.shape_costs:
            if shape not in SHAPES:
                raise ValueError(f"link shape {shape}: the aligner supports {sorted(SHAPES)}")

    def shapes(self) -> tuple[tuple[int, int], ...]:
        return tuple(shape for shape, _ in self.shape_costs)


class LinkScorer:
    """Costs of candidate links over two documents' evidence.

    Everything a cost needs is laid out once per document pair in flat lists indexed by
    sentence, so that the dynamic programme's inner loop (:mod:`termbase.align.dp`) does
    list lookups and a key-set intersection per cell, nothing more. Runs are never stored
    as merged key sets: a run of two shares the two members' shared weights less what the
    members share with each other (rare), which keeps memory to a few numbers per
    sentence; a run of three is united only when two of its members share something with
    the same sentence.
    """

    def __init__(
        self,
        source: Sequence[Evidence],
        target: Sequence[Evidence],
        scoring: Scoring,
        weights: Mapping[str, float],
    ) -> None:
        self.scoring = scoring
        self.shape_cost = dict(scoring.shape_costs)
        source_chars = sum(e.length for e in source) or 1
        target_chars = sum(e.length for e in target) or 1
        self.ratio = target_chars / source_chars
        self.weights = weights
        self.scale = _Scale(scoring.length_variance)
        self.shared_factor = scoring.shared_reward + 2 * scoring.unmatched_cost
        self.source = _Side(source, weights, scoring)
        self.target = _Side(target, weights, scoring)

    def shared(self, s: int, t: int) -> float:
        """Weight of the keys source sentence ``s`` shares with target sentence ``t``."""
        source_keys = frozenset(self.source.keys[s])
        target_keys = self.target.keys[t]
        if source_keys.isdisjoint(target_keys):
            return 0.0
        return sum(map(self.weights.__getitem__, source_keys.intersection(target_keys)))

    def run_shared(self, i: int, di: int, j: int, dj: int) -> float:
        """Weight of the keys source[i-di:i] shares with target[j-dj:j] (a run of 1, 2 or 3
        against one sentence)."""
        if di > 1 and dj > 1:
            if di != 2 or dj != 2:
                raise ValueError("of runs on both sides, only two against two are supported")
            return self.crossed_shared(i, j, self.shared(i - 2, j - 1), self.shared(i - 1, j - 2))
        if di == 3:
            parts = [self.shared(s, j - 1) for s in range(i - 3, i)]
            return self.three_shared(parts, self.source, i - 3, self.target.keys[j - 1])
        if dj == 3:
            parts = [self.shared(i - 1, t) for t in range(j - 3, j)]
            return self.three_shared(parts, self.target, j - 3, self.source.keys[i - 1])
        if di == 2:
            one, two = self.shared(i - 2, j - 1), self.shared(i - 1, j - 1)
            return one + two - self.counted_twice(self.source, i - 2, self.target.keys[j - 1])
        if dj == 2:
            one, two = self.shared(i - 1, j - 2), self.shared(i - 1, j - 1)
            return one + two - self.counted_twice(self.target, j - 2, self.source.keys[i - 1])
        return self.shared(i - 1, j - 1)

    def crossed_shared(self, i: int, j: int, first: float, second: float) -> float:
        """Weight that source[i-2:i] shares with target[j-2:j] crossed: the first source
        sentence with the second target sentence (``first``) and the second with the first
        (``second``), counted once where the two overlap. A swap needs evidence on both
        crossed pairs; without it the weight is :data:`UNSUPPORTED_SWAP` and the link
        cannot be made, or a sentence with a neighbour's translation would ride along with
        any line of fitting length."""
        if not (first and second):
            return UNSUPPORTED_SWAP
        source, target = self.source.keys, self.target.keys
        crossed = frozenset(source[i - 2]).intersection(target[j - 1])
        crossed |= frozenset(source[i - 1]).intersection(target[j - 2])
        return sum(map(self.weights.__getitem__, crossed))

    def counted_twice(self, side: _Side, first: int, other: Collection[str]) -> float:
        """Weight of the keys that sentences ``first`` and ``first + 1`` of ``side`` both
        share with ``other``: what adding their two shared weights counts twice."""
        common = side.common[first]
        if not common or common.isdisjoint(other):
            return 0.0
        return sum(map(self.weights.__getitem__, common.intersection(other)))

    def three_shared(
        self, parts: Sequence[float], side: _Side, first: int, other: Collection[str]
    ) -> float:
        """Weight that sentences ``first``..``first + 2`` of ``side`` together share with
        ``other``, given what each shares alone (``parts``): their sum unless two of them
        share something, then the union's (they may share the same keys)."""
        if sum(1 for part in parts if part) < 2:
            return sum(parts)
        return self.united_shared(side, first, other)

    def united_shared(self, side: _Side, first: int, other: Collection[str]) -> float:
        """Weight that sentences ``first``..``first + 2`` of ``side`` together share with
        ``other``, from their united keys: for a run whose members may share the same keys."""
        return sum(map(self.weights.__getitem__, side.three_keys(first).intersection(other)))

    def cost(self, i: int, di: int, j: int, dj: int) -> float:
        """Cost of linking source[i-di:i] with target[j-dj:j]."""
        scoring = self.scoring
        cost = self.shape_cost[(di, dj)]
        if di == 0:
            return cost + scoring.unmatched_cost * self.target.weight_sum(j, dj)
        if dj == 0:
            return cost + scoring.unmatched_cost * self.source.weight_sum(i, di)
        if di == dj == 2:
            source_lengths, target_lengths = self.source.lengths[1], self.target.lengths[1]
            cost += self.length_cost(source_lengths[i - 1], target_lengths[j])
            cost += self.length_cost(source_lengths[i], target_lengths[j - 1])
        else:
            cost += self.length_cost(self.source.lengths[di][i], self.target.lengths[dj][j])
        cost -= self.shared_factor * self.run_shared(i, di, j, dj)
        cost += scoring.unmatched_cost * (
            self.source.run_weights[di][i] + self.target.run_weights[dj][j]
        )
        cost += self.source.joins[di][i] + self.target.joins[dj][j]
        if self.source.kinds[di][i].isdisjoint(self.target.kinds[dj][j]):
            cost += scoring.kind_mismatch_cost * (di + dj)
        return cost

    def length_cost(self, source_length: int, target_length: int) -> float:
        """The Gale–Church term of one pair of lengths, with the pair's ratio."""
        delta = abs(target_length - self.ratio * source_length) * self.scale[source_length]
        tail = math.erfc(delta)
        return -math.log(tail) if tail > 1e-300 else TAIL_FLOOR_COST


class _Scale(dict[int, float]):
    """1 / √(2 · variance · length), memoised by length: the length term's denominator."""

    def __init__(self, variance: float) -> None:
        super().__init__()
        self.variance = variance

    def __missing__(self, length: int) -> float:
        value = self[length] = 1 / math.sqrt(2 * self.variance * max(length, 1))
        return value


UNSUPPORTED_SWAP = -math.inf
"""Crossed shared weight of a 2-2 link that one crossed pair gives no evidence for: its cost
is infinite, so the programme never makes it."""

TAIL_FLOOR_COST = 690.0
"""Cost of a length difference too unlikely for a float: about -log(1e-300)."""


def length_cost(source: int, target: int, ratio: float, variance: float) -> float:
    """Minus log of the two-tailed normal probability of the length difference."""
    delta = abs(target - ratio * source) / math.sqrt(variance * max(source, 1))
    tail = math.erfc(delta / math.sqrt(2))
    return -math.log(tail) if tail > 1e-300 else TAIL_FLOOR_COST


_NO_KEYS: frozenset[str] = frozenset()
THREE_KEYS_KEPT = 256
"""Runs of three whose united keys are kept: more than a band's rows ever read at once."""


class _Side:
    """One document's evidence as flat lists; runs are indexed by their end boundary.

    ``lengths[count][end]``, ``run_weights[count][end]``, ``joins[count][end]`` and
    ``kinds[count][end]`` describe the run of ``count`` sentences (1 to 3) before boundary
    ``end``; entries for runs that would start before the document are zero (no kinds).
    ``joins`` is what joining the run's sentences costs: a paragraph break between them, or
    a caption or heading beside a sentence; ``kinds`` are the kind classes in the run.
    """

    def __init__(
        self, evidence: Sequence[Evidence], weights: Mapping[str, float], scoring: Scoring
    ) -> None:
        weight = weights.__getitem__
        self.keys = [e.keys for e in evidence]
        self._three_keys: dict[int, frozenset[str]] = {}
        self.weights = [sum(map(weight, keys)) for keys in self.keys]
        self.common = [frozenset(a).intersection(b) or _NO_KEYS for a, b in pairwise(self.keys)]
        """The keys of sentence k that sentence k + 1 has too."""
        pair_weights = [
            wa + wb - sum(map(weight, common))
            for common, (wa, wb) in zip(self.common, pairwise(self.weights), strict=True)
        ]
        triple_weights = [
            sum(map(weight, frozenset(a).union(b, c)))
            for a, b, c in zip(self.keys, self.keys[1:], self.keys[2:], strict=False)
        ]
        pairs = list(pairwise(evidence))
        triples = zip(evidence, evidence[1:], evidence[2:], strict=False)
        # Join costs take a handful of values; one float object each keeps the per-run
        # lists, and the per-kind copies of joins_against, to a pointer per run.
        self._costs = _Interned()
        cost = self._costs.of
        pair_joins = [cost(_join_cost(a, b, scoring)) for a, b in pairs]
        self.lengths = [
            [],
            [0, *(e.length for e in evidence)],
            [0, 0, *(a.length + b.length + 1 for a, b in pairs)],
            [0, 0, 0, *(a.length + b.length + c.length + 2 for a, b, c in triples)],
        ]
        self.run_weights = [
            [],
            [0.0, *self.weights],
            [0.0, 0.0, *pair_weights],
            [0.0, 0.0, 0.0, *triple_weights],
        ]
        self.joins = [
            [],
            [0.0] * (len(evidence) + 1),
            [0.0, 0.0, *pair_joins],
            [0.0, 0.0, 0.0, *(cost(a + b) for a, b in pairwise(pair_joins))],
        ]
        classes = [KIND_CLASSES.get(e.kind, e.kind) for e in evidence]
        kinds = _KindSets()
        self.kinds = [
            [],
            [_NO_KEYS, *map(kinds.of, classes)],
            [_NO_KEYS, _NO_KEYS, *map(kinds.of, classes, classes[1:])],
            [_NO_KEYS, _NO_KEYS, _NO_KEYS, *map(kinds.of, classes, classes[1:], classes[2:])],
        ]
        self._joins_against: dict[tuple[frozenset[str], int, int], list[float]] = {}
        self._kind_mismatch_cost = scoring.kind_mismatch_cost

    def three_keys(self, first: int) -> frozenset[str]:
        """The keys of sentences ``first``..``first + 2``, kept for the few rows of the band
        that read them (the cache is emptied when it grows, never stored for the document)."""
        found = self._three_keys.get(first)
        if found is None:
            if len(self._three_keys) >= THREE_KEYS_KEPT:
                self._three_keys.clear()
            found = self._three_keys[first] = frozenset().union(*self.keys[first : first + 3])
        return found

    def joins_against(self, kinds: frozenset[str], other_count: int, count: int) -> list[float]:
        """``joins[count]`` plus the kind mismatch cost of each run against a run of
        ``other_count`` segments of the other side with ``kinds``: what the programme adds
        to a link's cost for this side's run, made once per kind set and shape so that the
        inner loop stays a list lookup."""
        key = (kinds, other_count, count)
        found = self._joins_against.get(key)
        if found is None:
            mismatch = self._kind_mismatch_cost * (other_count + count)
            cost = self._costs.of
            found = self._joins_against[key] = [
                cost(join + mismatch) if run and run.isdisjoint(kinds) else join
                for join, run in zip(self.joins[count], self.kinds[count], strict=True)
            ]
        return found

    def weight_sum(self, end: int, count: int) -> float:
        """Key weight of the ``count`` sentences before ``end``, sentence by sentence."""
        return sum(self.weights[end - count : end])


class _Interned(dict[float, float]):
    """One float object per distinct value."""

    def of(self, value: float) -> float:
        return self.setdefault(value, value)


KIND_CLASSES = {"heading": "sentence"}
"""Segment kinds a link may pair with each other: a heading and a sentence differ only by
a final full stop, which translators add and drop (*… Angkatan Darat A.S.* / *… Sustainment
Command*); captions and the site's lines are told by their wording, and stay apart."""


class _KindSets(dict[tuple[str, ...], frozenset[str]]):
    """The set of segment kind classes of a run, one shared object per distinct set."""

    def of(self, *classes: str) -> frozenset[str]:
        """The set of the kind classes of a run's segments, in order."""
        found = self.get(classes)
        if found is None:
            found = self[classes] = frozenset(classes)
        return found


def _join_cost(first: Evidence, second: Evidence, scoring: Scoring) -> float:
    """What it costs to put two consecutive segments of one side into one link."""
    cost = scoring.paragraph_cost if first.paragraph != second.paragraph else 0.0
    if first.kind != second.kind:
        cost += scoring.mixed_kind_cost
    return cost
