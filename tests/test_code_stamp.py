"""The code stamp: caches built by other code are never trusted."""

import os
from pathlib import Path

from termbase.code_stamp import code_stamp


def test_stamp_changes_when_a_module_changes(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    module = tmp_path / "text" / "keys.py"
    module.write_text("KEY = 1\n", encoding="utf-8")
    (tmp_path / "index.py").write_text("", encoding="utf-8")
    before = code_stamp(("index.py", "text"), tmp_path)
    assert code_stamp(("index.py", "text"), tmp_path) == before
    module.write_text("KEY = 2\n", encoding="utf-8")
    os.utime(module, ns=(1, 1))
    assert code_stamp(("index.py", "text"), tmp_path) != before


def test_stamp_covers_the_text_layer_and_language_data() -> None:
    stamp = code_stamp()
    assert "text/morphology.py" in stamp
    assert "lang/id/morphology.py" in stamp


def test_stamp_covers_what_the_lookup_index_stores() -> None:
    stamp = code_stamp()
    assert "index.py" in stamp
    assert "term_parts.py" in stamp  # the rows that find a term by a part of it
