"""Inputs: which files are checked, and how markup maps back to the file as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termbase.check.inputs import InputKind, discover, document_from_text, kind_of
from termbase.check.markup import strip_html, strip_markdown
from termbase.check.registry import code_of
from termbase.check.suppress import parse_suppressions
from termbase.check.textmap import LineIndex
from termbase.errors import InputError
from termbase.findings import Finding


def test_line_index_counts_lf_crlf_and_cr() -> None:
    lines = LineIndex("satu\r\ndua\nti\u00e9ga\rempat")
    assert lines.position(0) == (1, 1)
    assert lines.position(6) == (2, 1)
    assert lines.position(12) == (3, 3)
    assert lines.line_text(1) == "satu"
    assert lines.line_text(4) == "empat"


@given(st.text(alphabet="ab\r\n\u2028", max_size=30))
def test_line_starts_are_after_every_line_end(text: str) -> None:
    ends = [match.end() for match in re.finditer(r"\r\n|\r|\n", text)]
    assert LineIndex(text).starts == [0, *ends]


def test_markdown_markup_is_taken_out_and_offsets_map_back() -> None:
    text = "# Bahaya **Kerja**sama\n\nLihat [Korea Utara](https://x.id/a) dan `kerjasama`.\n"
    analysed, offsets = strip_markdown(text)
    assert "Bahaya Kerjasama" in analysed
    assert "Lihat Korea Utara dan" in analysed and "https" not in analysed
    assert "`" not in analysed and analysed.count("kerjasama") == 0
    start = analysed.index("Korea Utara")
    first, last, verbatim = offsets.original_span(start, start + len("Korea Utara"))
    assert text[first:last] == "Korea Utara" and verbatim
    start = analysed.index("Kerjasama")
    first, last, verbatim = offsets.original_span(start, start + len("Kerjasama"))
    assert text[first:last] == "Kerja**sama" and not verbatim


def test_markdown_code_blocks_front_matter_and_comments_are_skipped() -> None:
    text = "---\ntitle: kerjasama\n---\n```\nkerjasama\n```\n<!-- kerjasama -->\nkerja sama\n"
    analysed, _ = strip_markdown(text)
    assert "kerjasama" not in analysed
    assert "kerja sama" in analysed


def test_markdown_indented_code_is_skipped_but_not_indented_list_text() -> None:
    text = (
        "Paragraf kerja sama\n    lanjutan Korut\n\n    kerjasama = 1\n\n    kerjasama()\n"
        "Teks\n\n- butir\n\n    Korea Utara dalam butir\n```\nx\n```\n    kerjasama\n"
    )
    analysed, _ = strip_markdown(text)
    assert "kerjasama" not in analysed
    assert "lanjutan Korut" in analysed and "Korea Utara dalam butir" in analysed


def test_html_text_is_read_and_separated_by_block_elements() -> None:
    text = "<p>Kerja<b>sama</b> &amp; <i>Korea</i>\nUtara</p><p>AS</p><script>kerjasama</script>"
    analysed, offsets = strip_html(text)
    assert "Kerjasama & Korea\nUtara" in analysed
    assert "\nAS\n" in analysed and "script" not in analysed and analysed.count("kerja") == 0
    start = analysed.index("AS")
    assert text[offsets.original(start) : offsets.original(start) + 2] == "AS"


def test_a_document_keeps_the_file_text_as_written() -> None:
    source = discover_one("artikel.md")
    document = document_from_text(source, "Satu *dua*\r\n", bom=True)
    assert document.original == "Satu *dua*\r\n" and document.analysed.startswith("Satu dua")


def discover_one(name: str) -> object:
    from termbase.check.inputs import Source

    return Source(name, None, kind_of(name))


def test_directories_are_walked_with_include_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.md").write_text("x", encoding="utf-8")
    (tmp_path / "c.json").write_text("x", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.txt").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text("x", encoding="utf-8")
    names = [Path(s.name).name for s in discover([str(tmp_path)], exclude=["drafts/*"])]
    assert names == ["a.txt", "b.md"]
    kinds = {Path(s.name).name: s.kind for s in discover([str(tmp_path)])}
    assert kinds == {"a.txt": InputKind.TEXT, "b.md": InputKind.MARKDOWN, "d.txt": InputKind.TEXT}


def test_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        discover([str(tmp_path / "missing.txt")])


def test_a_directory_with_nothing_to_check_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"no file to check here \(include: \*\.txt"):
        discover([str(tmp_path)])
    with pytest.raises(InputError, match="no file to check here"):
        discover([str(tmp_path)], include=["*.md"])


def finding(line: int, code: str) -> Finding:
    return Finding("a.txt", line, 1, code, "m")


def test_suppression_markers() -> None:
    text = (
        "kerjasama  [termbase: ignore C001]\n"
        "<!-- termbase: ignore -->\n"
        "\n"
        "Korut dan kerjasama\n"
        "# termbase: disable mixed-forms-in-file\n"
        "Korut\n"
        "# termbase: enable C002\n"
        "Korut\n"
    )
    found = parse_suppressions(text, code_of)
    assert found.covers(finding(1, "C001")) and not found.covers(finding(1, "C004"))
    assert found.covers(finding(4, "C002")) and found.covers(finding(4, "C001"))
    assert found.covers(finding(6, "C002")) and not found.covers(finding(6, "C001"))
    assert not found.covers(finding(8, "C002"))
    whole = parse_suppressions("termbase: ignore-file C005\nteks", code_of)
    assert whole.covers(finding(2, "C005")) and not whole.covers(finding(2, "C001"))
