"""Where the alignment path may run: a band around a chain of anchor pairs.

Anchors are sentence pairs that share rare keys (a number, a name or a term found in few
sentences of either document). The heaviest chain of anchors increasing on both sides is
the band's spine; between two anchors the band follows the straight line joining them,
widened by how far that stretch departs from the documents' overall proportion (so an
untranslated passage between two anchors stays inside). The cost of aligning is then about
linear in the documents' length instead of quadratic.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from termbase.align.evidence import Evidence, key_weight

RARE_KEY_LIMIT = 2
"""A key found in at most this many sentences of each document can anchor."""
MIN_ANCHOR_WEIGHT = 2.0
"""Shared rare key weight an anchor needs: one number, or two rare words."""


def anchors(source: Sequence[Evidence], target: Sequence[Evidence]) -> list[tuple[int, int]]:
    """The heaviest chain of (source, target) index pairs strictly increasing on both sides."""
    scores = _candidate_scores(source, target)
    return _heaviest_chain(scores, len(target))


def _candidate_scores(
    source: Sequence[Evidence], target: Sequence[Evidence]
) -> dict[tuple[int, int], float]:
    where_source = _rare_keys(source)
    where_target = _rare_keys(target)
    scores: dict[tuple[int, int], float] = defaultdict(float)
    for key, sources in where_source.items():
        targets = where_target.get(key)
        if not targets:
            continue
        weight = key_weight(key)
        for i in sources:
            for j in targets:
                scores[(i, j)] += weight
    return {pair: score for pair, score in scores.items() if score >= MIN_ANCHOR_WEIGHT}


def _rare_keys(evidence: Sequence[Evidence]) -> dict[str, list[int]]:
    where: dict[str, list[int]] = defaultdict(list)
    for index, sentence in enumerate(evidence):
        for key in sentence.keys:
            where[key].append(index)
    return {key: found for key, found in where.items() if len(found) <= RARE_KEY_LIMIT}


def _heaviest_chain(scores: dict[tuple[int, int], float], width: int) -> list[tuple[int, int]]:
    """Weighted longest increasing subsequence, with a Fenwick tree of best chains by j."""
    tree = [(0.0, -1)] * (width + 1)
    best: list[tuple[float, int]] = []
    pairs = sorted(scores)
    start = 0
    while start < len(pairs):
        stop = start
        while stop < len(pairs) and pairs[stop][0] == pairs[start][0]:
            stop += 1
        found = [_prefix_best(tree, pairs[k][1]) for k in range(start, stop)]
        for k in range(start, stop):
            total, previous = found[k - start]
            best.append((total + scores[pairs[k]], previous))
        for k in range(start, stop):
            _update(tree, pairs[k][1] + 1, (best[k][0], k))
        start = stop
    if not best:
        return []
    index = max(range(len(best)), key=lambda k: (best[k][0], -k))
    chain = []
    while index >= 0:
        chain.append(pairs[index])
        index = best[index][1]
    return chain[::-1]


def _prefix_best(tree: list[tuple[float, int]], end: int) -> tuple[float, int]:
    """Best chain ending at a target index below ``end``."""
    result = (0.0, -1)
    while end > 0:
        if tree[end][0] > result[0]:
            result = tree[end]
        end -= end & -end
    return result


def _update(tree: list[tuple[float, int]], position: int, value: tuple[float, int]) -> None:
    while position < len(tree):
        if value[0] > tree[position][0]:
            tree[position] = value
        position += position & -position


def band(
    source_count: int, target_count: int, chain: Sequence[tuple[int, int]], width: int
) -> list[tuple[int, int]]:
    """For each source boundary 0..n, the [low, high] target boundaries the path may use."""
    n, m = source_count, target_count
    points = [(0, 0)]
    for i, j in chain:
        if 0 < i + 1 < n and points[-1][0] < i + 1 and points[-1][1] <= j + 1 <= m:
            points.append((i + 1, j + 1))
    points.append((n, m))
    ratio = m / n if n else 0.0
    low = [m] * (n + 1)
    high = [0] * (n + 1)
    for (i1, j1), (i2, j2) in pairwise(points):
        span = max(i2 - i1, 1)
        slack = width + abs((j2 - j1) - ratio * span)
        for i in range(i1, i2 + 1):
            centre = j1 + (j2 - j1) * (i - i1) / span
            low[i] = min(low[i], max(0, j1 - width, math.floor(centre - slack)))
            high[i] = max(high[i], min(m, j2 + width, math.ceil(centre + slack)))
    low[0] = 0
    high[n] = m
    for i in range(n - 1, -1, -1):
        high[i] = max(high[i], low[i + 1])
    return list(zip(low, high, strict=True))
