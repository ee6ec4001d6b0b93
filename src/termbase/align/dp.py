"""The banded dynamic programme: the cheapest sequence of links through two documents.

Links have the shapes of :class:`~termbase.align.scoring.Scoring` (1-1, 1-2, 2-1, 1-0,
0-1); the path may only use cells inside the band of :mod:`termbase.align.band`.
When the best path runs along the band's edge the band was probably too narrow, so it is
doubled and the programme run again. Memory is one byte of back-pointer per band cell plus
four rows of costs.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from termbase.align.band import anchors, band
from termbase.align.evidence import Evidence, document_weights
from termbase.align.scoring import LinkScorer, Scoring

BAND_WIDTH = 4
"""Half-width of the band around the anchor line, in sentences."""
MAX_WIDENINGS = 3
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
) -> list[PathLink]:
    """The cheapest alignment of two documents' sentences, in document order."""
    weights = document_weights(source, target)
    scorer = LinkScorer(source, target, scoring or Scoring(), weights)
    n, m = len(source), len(target)
    chain = anchors(source, target)
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
    cost_of = scorer.cost
    depth = max(di for di, _ in shapes) + 1
    recent: list[array[float]] = []
    backs: list[bytearray] = []
    for i in range(n + 1):
        low, high = rows[i]
        costs = array("d", [_INFINITY]) * (high - low + 1)
        back = bytearray(high - low + 1)
        for j in range(low, high + 1):
            if i == 0 and j == 0:
                costs[0] = 0.0
                continue
            best, choice = _INFINITY, 0
            for index, (di, dj) in enumerate(shapes):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                previous_low, previous_high = rows[pi]
                if not previous_low <= pj <= previous_high:
                    continue
                previous = recent[-di][pj - previous_low] if di else costs[pj - low]
                if previous == _INFINITY:
                    continue
                total = previous + cost_of(i, di, j, dj)
                if total < best:
                    best, choice = total, index
            costs[j - low] = best
            back[j - low] = choice
        recent.append(costs)
        if len(recent) > depth:
            recent.pop(0)
        backs.append(back)
    return _trace(scorer, rows, backs, shapes, n, m)


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
