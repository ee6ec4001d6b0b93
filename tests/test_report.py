"""Reporters: the JSON writer gives what json.dumps gives, faster."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from termbase.check.report import indented_json

SCALARS = st.none() | st.booleans() | st.integers() | st.text() | st.floats(allow_nan=True)
VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.tuples(children, children)
        | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=25,
)


@given(VALUES)
def test_indented_json_is_json_dumps(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_indented_json_of_nested_empty_containers() -> None:
    value = {"a": [], "b": {}, "c": [{"d": [1, True, None, "é\n\u2028\x00"]}]}
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
