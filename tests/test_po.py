"""PO files as translation memories: round trips and located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.errors import InputError
from termbase.formats import po
from termbase.memory import Segment, TranslationUnit

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    str.strip
)


@st.composite
def units(draw: st.DrawFn) -> list[TranslationUnit]:
    count = draw(st.integers(0, 5))
    made = []
    for number in range(1, count + 1):
        props = []
        if draw(st.booleans()):
            props.append((po.CONTEXT_PROP, draw(TEXT)))
        # A PO comment line keeps no surrounding whitespace, so notes are drawn trimmed.
        notes = (draw(TEXT).strip(),) if draw(st.booleans()) else ()
        segments = (Segment("id", f"{number} {draw(TEXT)}"), Segment("en", draw(TEXT)))
        made.append(TranslationUnit(str(number), segments, tuple(props), notes))
    return made


@settings(max_examples=40, deadline=None)
@given(written=units())
def test_round_trip(
    written: list[TranslationUnit], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("po") / "memory.po"
    assert po.write(written, path) == len(written)
    assert list(po.read(path)) == written


def test_entries_carry_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "m.po"
    path.write_text(
        'msgid ""\nmsgstr "Language: en\\n"\n\n#. from article 002\nmsgid "hak veto"\n'
        'msgstr "veto power"\n\nmsgid "untranslated"\nmsgstr ""\n\n#~ msgid "old"\n#~ msgstr "x"\n',
        encoding="utf-8",
    )
    ((line, unit),) = list(po.read_located(path))
    assert line == 4 and unit.text("id") == "hak veto" and unit.text("en") == "veto power"
    assert unit.notes == ("from article 002",)


@pytest.mark.parametrize(
    ("content", "line"),
    [('msgid "a"\nmsgstr "b"\n\nmsgid "c\nmsgstr "d"\n', 4), ('msgid "a"\nmsgstr "b"\nfoo\n', 3)],
)
def test_broken_files_name_the_line(tmp_path: Path, content: str, line: int) -> None:
    path = tmp_path / "bad.po"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        list(po.read(path))
    assert raised.value.line == line and str(path) in str(raised.value)
