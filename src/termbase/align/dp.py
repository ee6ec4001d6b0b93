"""The banded dynamic programme: the cheapest sequence of links through two documents.

Links have the shapes of :class:`~termbase.align.scoring.Scoring` (1-1, 1-2, 2-1, 1-3,
3-1, 2-2 crossed, 1-0, 0-1); the path may only use cells inside the band of
:mod:`termbase.align.band`. When the best path runs along the band's edge the band was
probably too narrow, so it is doubled and the programme run again. The length term first
assumes the whole documents' length ratio; when the sentences the path links have a ratio
of their own (one side has untranslated material), the programme runs once more with
theirs. Memory is one byte of back-pointer per band cell plus the costs of the last two rows.

A row is filled shape by shape rather than cell by cell: for each shape one loop runs over
the row with the source side's numbers bound once, and the shared key weights of the row's
source sentence with its band are computed once for all shapes. Ties go to the earlier
shape, as in the cell-by-cell form that :meth:`LinkScorer.cost` describes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass
from operator import add
from typing import NamedTuple

from termbase.align.band import anchors, band
from termbase.align.evidence import Evidence, document_weights
from termbase.align.scoring import TAIL_FLOOR_COST, LinkScorer, Scoring

BAND_WIDTH = 4
"""Half-width of the band around the anchor line, in sentences."""
MAX_WIDENINGS = 3
RATIO_TOLERANCE = 0.03
"""The path is found again when the linked sentences' length ratio departs this much from
the whole documents' ratio that the first search assumed."""
_INFINITY = float("inf")


@dataclass(frozen=True, slots=True)
class PathLink:
    """A link of the best path: source[source_start:source_end] ↔ target[target_start:...]."""

    source_start: int
    source_end: int
    target_start: int
    target_end: int
    cost: float


def best_path(
    source: Sequence[Evidence],
    target: Sequence[Evidence],
    scoring: Scoring | None = None,
    width: int = BAND_WIDTH,
    weights: Mapping[str, float] | None = None,
) -> list[PathLink]:
    """The cheapest alignment of two documents' sentences, in document order.

    ``weights`` are the pair's :func:`~termbase.align.evidence.document_weights`, when the
    caller has them already.
    """
    if weights is None:
        weights = document_weights(source, target)
    scorer = LinkScorer(source, target, scoring or Scoring(), weights)
    chain = anchors(source, target)
    links = banded_path(scorer, chain, width)
    ratio = linked_ratio(links, source, target)
    if abs(ratio - scorer.ratio) > RATIO_TOLERANCE * scorer.ratio:
        scorer.ratio = ratio
        links = banded_path(scorer, chain, width)
    return links


def linked_ratio(
    links: Sequence[PathLink], source: Sequence[Evidence], target: Sequence[Evidence]
) -> float:
    """Target characters per source character over the links with text on both sides.

    The whole documents' ratio counts what one side leaves untranslated (boilerplate, a
    dropped paragraph), which makes every translated sentence look too long or too short;
    the linked sentences give the translator's own ratio.
    """
    source_chars = target_chars = 0
    for link in links:
        if link.source_end > link.source_start and link.target_end > link.target_start:
            source_chars += sum(e.length for e in source[link.source_start : link.source_end])
            target_chars += sum(e.length for e in target[link.target_start : link.target_end])
    if not source_chars:
        return (sum(e.length for e in target) or 1) / (sum(e.length for e in source) or 1)
    return target_chars / source_chars


def banded_path(scorer: LinkScorer, chain: list[tuple[int, int]], width: int) -> list[PathLink]:
    """The best path in the band, doubled while the path runs along its edge."""
    n, m = len(scorer.source.keys), len(scorer.target.keys)
    for _ in range(MAX_WIDENINGS + 1):
        rows = band(n, m, chain, width)
        links, touched = _solve(scorer, rows, n, m)
        if not touched or width >= max(n, m):
            break
        width *= 2
    return links


def _solve(
    scorer: LinkScorer, rows: list[tuple[int, int]], n: int, m: int
) -> tuple[list[PathLink], bool]:
    shapes = scorer.scoring.shapes()
    depth = max(di for di, _ in shapes)
    insertions = [
        (index, dj, [scorer.cost(0, 0, j, dj) if j >= dj else _INFINITY for j in range(m + 1)])
        for index, (di, dj) in enumerate(shapes)
        if di == 0
    ]
    recent: list[list[float]] = []
    """Costs of the last ``depth`` rows, the nearest first."""
    shared = _SharedRows(scorer, m)
    backs: list[bytearray] = []
    for i in range(n + 1):
        low, high = rows[i]
        costs = [_INFINITY] * (high - low + 1)
        back = bytearray(high - low + 1)
        if i == 0:
            costs[0] = 0.0
        else:
            shared.advance(i - 1, low, high)
        for index, (di, dj) in enumerate(shapes):
            if di == 0 or i < di:
                continue
            previous_low, previous_high = rows[i - di]
            first, last = max(low, previous_low + dj), min(high, previous_high + dj)
            if first > last:
                continue
            cell = _Cells(index, low, costs, back, recent[di - 1], previous_low + dj)
            if dj == 0:
                _relax_deletions(cell, scorer.cost(i, di, 0, 0), first, last)
            elif di == dj == 2:
                _relax_swaps(cell, scorer, i, shared.swaps(first, last))
            else:
                _relax_links(cell, scorer, (i, di, dj), shared.runs(di, dj, first, last), first)
        if insertions:
            _relax_insertions(insertions, low, high, costs, back)
        recent.insert(0, costs)
        del recent[depth:]
        backs.append(back)
    return _trace(scorer, rows, backs, shapes, n, m)


class _Cells(NamedTuple):
    """The row being filled, and where one link shape comes from in an earlier row."""

    shape: int
    low: int
    costs: list[float]
    back: bytearray
    previous: list[float]
    previous_offset: int
    """``previous[j - previous_offset]`` is the cost at the start of a link ending at j."""


def _relax_deletions(cell: _Cells, cost: float, first: int, last: int) -> None:
    shape, low, costs, back, previous, offset = cell
    for j in range(first, last + 1):
        total = previous[j - offset] + cost
        if total < costs[j - low]:
            costs[j - low] = total
            back[j - low] = shape


class _RunShares(NamedTuple):
    """The shared key weights of one link shape's links ending in the current row."""

    weights: list[float]
    """Per target boundary from ``first`` on, the link's shared weight; where the boundary
    is ``overlapping``, the sum of what the run's members share one by one instead, which
    is never less."""
    overlapping: Container[int]
    """Target boundaries where two members of a run of three share keys with the other
    side (perhaps the same keys), so that only their united keys give the weight."""
    united: Callable[[int], float]
    """The shared weight of the link ending at an overlapping target boundary."""


def _relax_links(
    cell: _Cells, scorer: LinkScorer, run: tuple[int, int, int], shares: _RunShares, first: int
) -> None:
    """Links with text on both sides ending in source boundary i and target boundaries
    ``first``..; ``shares`` holds the shared key weight of each. This is
    :meth:`LinkScorer.cost` unrolled over a row."""
    shape, low, costs, back, previous, offset = cell
    i, di, dj = run
    scoring, source, target = scorer.scoring, scorer.source, scorer.target
    source_length = source.lengths[di][i]
    expected = scorer.ratio * source_length
    scale = scorer.scale[source_length]
    shape_cost = scorer.shape_cost[(di, dj)]
    shared_factor, unmatched = scorer.shared_factor, scoring.unmatched_cost
    source_weight, source_join = source.run_weights[di][i], source.joins[di][i]
    lengths, weights = target.lengths[dj], target.run_weights[dj]
    joins = target.joins_against(source.kinds[di][i], di, dj)
    overlapping, united = shares.overlapping, shares.united
    erfc, log = math.erfc, math.log
    for j, common in enumerate(shares.weights, first):
        start = previous[j - offset] + shape_cost - shared_factor * common
        if start >= costs[j - low]:
            # The length, unmatched-key and join terms never lower a cost, so this link
            # cannot beat what the cell has (an infinite start never can); nor can it with
            # less shared weight than the sum of its members'.
            continue
        if j in overlapping:
            start = previous[j - offset] + shape_cost - shared_factor * united(j)
            if start >= costs[j - low]:
                continue
        tail = erfc(abs(lengths[j] - expected) * scale)
        cost = -log(tail) if tail > 1e-300 else TAIL_FLOOR_COST
        cost += unmatched * (source_weight + weights[j])
        total = start + cost + source_join + joins[j]
        if total < costs[j - low]:
            costs[j - low] = total
            back[j - low] = shape


def _relax_swaps(cell: _Cells, scorer: LinkScorer, i: int, swaps: list[tuple[int, float]]) -> None:
    """2-2 links ending in source boundary i: the two source sentences against the two
    target sentences crossed, as :meth:`LinkScorer.cost` scores them. ``swaps`` holds the
    target boundaries where such a link can be made, each with its crossed shared key
    weight; elsewhere a crossed pair shares nothing and the link's cost is infinite."""
    shape, low, costs, back, previous, offset = cell
    scoring, source, target = scorer.scoring, scorer.source, scorer.target
    earlier_length, later_length = source.lengths[1][i - 1], source.lengths[1][i]
    earlier_expected, later_expected = scorer.ratio * earlier_length, scorer.ratio * later_length
    earlier_scale, later_scale = scorer.scale[earlier_length], scorer.scale[later_length]
    shape_cost = scorer.shape_cost[(2, 2)]
    shared_factor, unmatched = scorer.shared_factor, scoring.unmatched_cost
    source_weight, source_join = source.run_weights[2][i], source.joins[2][i]
    lengths, weights = target.lengths[1], target.run_weights[2]
    joins = target.joins_against(source.kinds[2][i], 2, 2)
    erfc, log = math.erfc, math.log
    for j, common in swaps:
        start = previous[j - offset] + shape_cost - shared_factor * common
        if start >= costs[j - low]:
            continue
        cost = 0.0
        for tail in (
            erfc(abs(lengths[j] - earlier_expected) * earlier_scale),
            erfc(abs(lengths[j - 1] - later_expected) * later_scale),
        ):
            cost += -log(tail) if tail > 1e-300 else TAIL_FLOOR_COST
        cost += unmatched * (source_weight + weights[j])
        total = start + cost + source_join + joins[j]
        if total < costs[j - low]:
            costs[j - low] = total
            back[j - low] = shape


def _relax_insertions(
    insertions: list[tuple[int, int, list[float]]],
    low: int,
    high: int,
    costs: list[float],
    back: bytearray,
) -> None:
    """Target sentences left unlinked, which extend the row itself, left to right.

    Earlier shapes win ties, as when each cell tries every shape in order.
    """
    for j in range(low + 1, high + 1):
        here = j - low
        for shape, dj, cost_at in insertions:
            if j - dj < low:
                continue
            start = costs[here - dj]
            if start == _INFINITY:
                continue
            total = start + cost_at[j]
            if total < costs[here] or (total == costs[here] and shape < back[here]):
                costs[here] = total
                back[here] = shape


class _SharedRows:
    """Shared key weight of the last three source sentences with the target sentences
    their band rows reach, computed once per sentence and read by every link shape."""

    def __init__(self, scorer: LinkScorer, m: int) -> None:
        self.scorer = scorer
        self.m = m
        self.sentence = -1
        self.start = 0
        self.values: list[float] = []
        self.earlier: list[tuple[int, list[float]]] = []
        """(start, values) of the two source sentences before this one, the nearest first."""

    def advance(self, sentence: int, low: int, high: int) -> None:
        """Move to source ``sentence``, whose links end at target boundaries low..high."""
        self.earlier = [(self.start, self.values), *self.earlier[:1]]
        self.sentence = sentence
        self.start = max(0, low - 3)
        source_keys = frozenset(self.scorer.source.keys[sentence])
        weight = self.scorer.weights.__getitem__
        self.values = [
            0.0
            if source_keys.isdisjoint(keys)
            else sum(map(weight, source_keys.intersection(keys)))
            for keys in self.scorer.target.keys[self.start : min(self.m, high)]
        ]

    def runs(self, di: int, dj: int, first: int, last: int) -> _RunShares:
        """Shared weight of source[i-di:i] with target[j-dj:j] for j in first..last."""
        start, values = self.start, self.values
        ending = values[first - 1 - start : last - start]
        if di == 1 and dj == 1:
            return _RunShares(ending, _NONE, self._united_targets)
        scorer = self.scorer
        i = self.sentence + 1
        targets = range(first, last + 1)
        if di == 1:
            before = values[first - 2 - start : last - 1 - start]
            if dj == 3:
                earliest = values[first - 3 - start : last - 2 - start]
                return _run_of_three(targets, earliest, before, ending, self._united_targets)
            side, other_keys = scorer.target, scorer.source.keys[i - 1]
            common = side.common
            return _RunShares(
                [
                    one + two - scorer.counted_twice(side, j - 2, other_keys)
                    if one and two and common[j - 2]
                    else one + two
                    for j, one, two in zip(targets, before, ending, strict=True)
                ],
                _NONE,
                self._united_targets,
            )
        before = self._earlier(1, first, last)
        if di == 3:
            earliest = self._earlier(2, first, last)
            return _run_of_three(targets, earliest, before, ending, self._united_sources)
        side, target_keys = scorer.source, scorer.target.keys
        if not side.common[i - 2]:
            # The two sentences share no key, so nothing is counted twice.
            return _RunShares(list(map(add, before, ending)), _NONE, self._united_sources)
        return _RunShares(
            [
                one + two - scorer.counted_twice(side, i - 2, target_keys[j - 1])
                if one and two
                else one + two
                for j, one, two in zip(targets, before, ending, strict=True)
            ],
            _NONE,
            self._united_sources,
        )

    def _united_targets(self, j: int) -> float:
        """Shared weight of this source sentence with target[j-3:j] united."""
        scorer = self.scorer
        return scorer.united_shared(scorer.target, j - 3, scorer.source.keys[self.sentence])

    def _united_sources(self, j: int) -> float:
        """Shared weight of source[i-3:i] united, up to this sentence, with target j - 1."""
        scorer = self.scorer
        return scorer.united_shared(scorer.source, self.sentence - 2, scorer.target.keys[j - 1])

    def swaps(self, first: int, last: int) -> list[tuple[int, float]]:
        """The target boundaries j in first..last where source[i-2:i] and target[j-2:j]
        can be linked crossed (the earlier source sentence shares keys with target j - 1,
        this one with target j - 2), each with its crossed shared weight."""
        start, values = self.start, self.values
        scorer, i = self.scorer, self.sentence + 1
        return [
            (j, scorer.crossed_shared(i, j, one, two))
            for j, one, two in zip(
                range(first, last + 1),
                self._earlier(1, first, last),
                values[first - 2 - start : last - 1 - start],
                strict=True,
            )
            if one and two
        ]

    def _earlier(self, back: int, first: int, last: int) -> list[float]:
        """Shared weight of the source sentence ``back`` before this one with the target
        sentences first - 1 .. last - 1: from its own row where that reaches."""
        start, values = self.earlier[back - 1] if back <= len(self.earlier) else (0, [])
        if start <= first - 1 and last - start <= len(values):
            return values[first - 1 - start : last - start]
        sentence, shared = self.sentence - back, self.scorer.shared
        return [
            values[target - start]
            if 0 <= target - start < len(values)
            else shared(sentence, target)
            for target in range(first - 1, last)
        ]


_NONE: frozenset[int] = frozenset()


def _run_of_three(
    targets: range,
    earliest: list[float],
    before: list[float],
    ending: list[float],
    united: Callable[[int], float],
) -> _RunShares:
    """The shares of runs of three whose members share ``earliest``, ``before`` and
    ``ending`` one by one; where two of them share something, their union is left to the
    cells that can still use it."""
    return _RunShares(
        [a + b + c for a, b, c in zip(earliest, before, ending, strict=True)],
        {
            j
            for j, a, b, c in zip(targets, earliest, before, ending, strict=True)
            if (a and b) or (b and c) or (a and c)
        },
        united,
    )


def _trace(
    scorer: LinkScorer,
    rows: list[tuple[int, int]],
    backs: list[bytearray],
    shapes: Sequence[tuple[int, int]],
    n: int,
    m: int,
) -> tuple[list[PathLink], bool]:
    links: list[PathLink] = []
    touched = False
    i, j = n, m
    while i > 0 or j > 0:
        low, high = rows[i]
        touched = touched or (j == low and low > 0) or (j == high and high < m)
        di, dj = shapes[backs[i][j - low]]
        links.append(PathLink(i - di, i, j - dj, j, scorer.cost(i, di, j, dj)))
        i, j = i - di, j - dj
    links.reverse()
    return links, touched
