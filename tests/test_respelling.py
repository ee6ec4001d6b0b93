"""The near-miss rule's search for reduplicated words written as two words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.check.respelling import _pairs

HALVES = "bangsa|anak"
PLAIN = re.compile(rf"({HALVES})[ \t]+(\1)(?![\w-])", re.IGNORECASE)
LOOKBEHIND = re.compile(rf"(?<![\w-])({HALVES})[ \t]+(\1)(?![\w-])", re.IGNORECASE)


def spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], str, str]]:
    return [(m.span(), m.group(1), m.group(2)) for m in matches]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["bangsa", "Bangsa", "BANGSA", "anak", "Anak", " ", "\t", "-", "x", "é"]),
        max_size=30,
    )
)
def test_pairs_are_the_matches_of_the_lookbehind_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    assert spans(_pairs(PLAIN, text)) == spans(LOOKBEHIND.finditer(text))


def test_a_pair_after_a_word_character_is_skipped_not_the_next_one() -> None:
    text = "xbangsa bangsa bangsa"
    assert spans(_pairs(PLAIN, text)) == [((8, 21), "bangsa", "bangsa")]
