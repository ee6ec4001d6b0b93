"""String similarity for one-shot lookups: the InDel ratio that rapidfuzz's ``fuzz.ratio`` gives.

rapidfuzz is the right tool for scoring many strings (the checker uses it), but importing it
costs about ten milliseconds, a tenth of a lookup's whole budget. A lookup scores a handful
of candidates, so it uses this bit-parallel LCS (Hyyrö 2004) instead; the tests check that
both give the same numbers.
"""

from __future__ import annotations


def lcs_length(first: str, second: str) -> int:
    """Length of the longest common subsequence, in O(len(second)) big-integer steps."""
    if not first or not second:
        return 0
    masks: dict[str, int] = {}
    for position, char in enumerate(first):
        masks[char] = masks.get(char, 0) | (1 << position)
    full = (1 << len(first)) - 1
    row = full
    for char in second:
        matches = row & masks.get(char, 0)
        row = ((row + matches) | (row - matches)) & full
    return len(first) - row.bit_count()


def indel_distance(first: str, second: str) -> int:
    """Insertions plus deletions turning one string into the other."""
    return len(first) + len(second) - 2 * lcs_length(first, second)


def ratio(first: str, second: str) -> float:
    """Similarity from 0 to 100: 100 × (1 − InDel distance / total length)."""
    total = len(first) + len(second)
    if total == 0:
        return 100.0
    return 100.0 * (total - indel_distance(first, second)) / total


def deletions(word: str) -> set[str]:
    """Every string one deletion away from ``word`` (for symmetric-deletion fuzzy indexes)."""
    return {word[:position] + word[position + 1 :] for position in range(len(word))}
