"""The lookup's own similarity ratio agrees with rapidfuzz's fuzz.ratio."""

from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from termbase.text.similarity import indel_distance, ratio

words = st.text(alphabet="aeikmnprstuvé -", max_size=30)


@given(words, words)
def test_ratio_equals_rapidfuzz(first: str, second: str) -> None:
    assert abs(ratio(first, second) - fuzz.ratio(first, second)) < 1e-9


@given(words, words)
def test_indel_distance_equals_rapidfuzz(first: str, second: str) -> None:
    assert indel_distance(first, second) == Indel.distance(first, second)


def test_typical_typos_score_high() -> None:
    assert ratio("hak vetto", "hak veto") > 90
    assert ratio("dewan keamaan", "dewan keamanan") > 90
    assert ratio("veto", "sanksi") < 40
