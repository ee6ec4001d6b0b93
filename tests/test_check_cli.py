"""`termbase check` from the command line: the issue's must-shows and the controls."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from termbase.check.report import GITHUB_LIMIT

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "corpus" / "id"
ARTICLE_002 = ARTICLES / "002_b3c9a9ce66a09ddc.txt"

Run = Callable[..., Result]


def findings(result: Result) -> list[dict[str, object]]:
    return list(json.loads(result.stdout)["findings"])


def test_the_reference_articles(run_cli: Run) -> None:
    """Issue 3's must-show: the known problems of the five articles, and no false mix."""
    result = run_cli("check", "--format", "json", str(ARTICLES))
    assert result.exit_code == 1
    found = findings(result)
    by = {(Path(str(f["path"])).name[:3], f["code"], f["text"]) for f in found}
    assert ("002", "C001", "kerjasama") in by and ("002", "C001", "Kerjasama") in by
    assert ("000", "C003", "A.S.") in by and ("001", "C003", "A.S.") in by
    assert ("000", "C003", "P.B.B.") in by and ("001", "C003", "P.B.B.") in by
    assert ("000", "C003", "pakta pertahanan timbal balik") in by
    assert ("004", "C003", "pakta bantuan pertahanan bersama") in by
    assert ("004", "C002", "Korut") in by
    assert not [f for f in found if f["concept"] == "hak-veto"]
    summary = {entry["concept"]: entry["forms"] for entry in json.loads(result.stdout)["summary"]}
    abbreviations = {form["form"]: form["files"] for form in summary["amerika-serikat"]}
    assert set(abbreviations["A.S."]) == {
        str(ARTICLES / "000_b3c717df1a95712f.txt"),
        str(ARTICLES / "001_9a73aa4c586333e4.txt"),
    }
    assert "hak-veto" not in summary


def test_fix_on_a_copy_of_article_002(run_cli: Run, tmp_path: Path) -> None:
    """Issue 3's must-show: after --fix no deprecated form is left, and no other byte moved."""
    copy = tmp_path / ARTICLE_002.name
    shutil.copy(ARTICLE_002, copy)
    before = run_cli("check", "--format", "json", "--select", "C001", str(copy))
    fixes = [(f["line"], f["column"], f["end_column"], f["fix"]) for f in findings(before)]
    assert len(fixes) == 5 and all(fix is not None for *_, fix in fixes)
    assert run_cli("check", "--fix", str(copy)).exit_code in (0, 1)
    assert run_cli("check", "--select", "C001", str(copy)).exit_code == 0
    original = ARTICLE_002.read_text(encoding="utf-8").split("\n")
    fixed = copy.read_text(encoding="utf-8").split("\n")
    assert len(original) == len(fixed)
    for number, (old, new) in enumerate(zip(original, fixed, strict=True), 1):
        spans = sorted((c, e, f["replacement"]) for line, c, e, f in fixes if line == number)  # type: ignore[index]
        rebuilt, cursor = "", 0
        for column, end, replacement in spans:
            rebuilt += old[cursor : column - 1] + replacement
            cursor = end - 1
        assert new == rebuilt + old[cursor:]


def test_fix_on_a_bom_and_crlf_copy_of_article_002(run_cli: Run, tmp_path: Path) -> None:
    """The same fixes on a Windows-style copy: BOM and every CRLF stay where they were."""
    plain, windows = tmp_path / "plain.txt", tmp_path / "windows.txt"
    shutil.copy(ARTICLE_002, plain)
    windows.write_bytes(b"\xef\xbb\xbf" + ARTICLE_002.read_bytes().replace(b"\n", b"\r\n"))
    assert run_cli("check", "--fix", "--select", "C001", str(plain), str(windows)).exit_code == 0
    assert windows.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes().replace(b"\n", b"\r\n")
    assert plain.read_bytes() != ARTICLE_002.read_bytes()


def test_fix_keeps_bom_crlf_and_case(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfKERJASAMA itu.\r\nKerjasamanya erat\r\n")
    assert run_cli("check", "--fix", "--select", "C001", str(path)).exit_code == 0
    assert path.read_bytes() == b"\xef\xbb\xbfKERJA SAMA itu.\r\nKerja samanya erat\r\n"


def test_diff_changes_nothing(run_cli: Run, tmp_path: Path) -> None:
    copy = tmp_path / ARTICLE_002.name
    shutil.copy(ARTICLE_002, copy)
    result = run_cli("check", "--diff", str(copy))
    assert result.exit_code == 1
    assert (
        "-Bahaya Kerjasama Militer" in result.stdout
        and "+Bahaya Kerja Sama Militer" in result.stdout
    )
    assert not ARTICLE_002.read_bytes().endswith(b"\n")
    assert result.stdout.endswith("\n\\ No newline at end of file\n")
    assert copy.read_bytes() == ARTICLE_002.read_bytes()


def test_text_output_points_at_the_line_with_a_caret(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Judul\n\nKata **kerjasama**nya di sini.\n", encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        f"{path}:3:8: error C001 'kerjasamanya' is deprecated: use 'kerja samanya' ("
    )
    assert lines[1] == "    Kata **kerjasama**nya di sini."
    assert lines[2] == "           ^^^^^^^^^^^^^^"
    assert "1 finding (1 error) in 1 file" in result.stderr


def test_the_caret_keeps_the_tabs_of_the_line(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\tKata\tkerjasama di sini.\n", encoding="utf-8")
    lines = run_cli("check", str(path)).stdout.splitlines()
    assert lines[1] == "    \tKata\tkerjasama di sini."
    assert lines[2] == "    \t    \t^^^^^^^^^"


def test_html_columns_point_into_the_markup(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<html>\n<body><p>Rusia dan <b>kerjasama</b></p></body>\n</html>\n", encoding="utf-8"
    )
    found = findings(run_cli("check", "--format", "json", str(path)))
    assert [(f["line"], f["column"], f["text"]) for f in found] == [(2, 23, "kerjasama")]


def test_html_text_that_looks_like_an_entity_keeps_its_place(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<p>Riset R&D &Kerjasama erat</p>\n", encoding="utf-8")
    found = findings(run_cli("check", "--format", "json", str(path)))
    assert [(f["column"], f["end_column"], f["text"]) for f in found] == [(15, 24, "Kerjasama")]
    assert found[0]["fix"] == {"replacement": "Kerja sama", "safe": True}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.txt", "Sumber: https://www.kompas.com/kerjasama-as (redaksi.kerjasama@kompas.id).\n"),
        ("a.md", "Lihat www.tempo.co/kerjasama_korut, atau [tautan](http://x.id/kerjasama).\n"),
        ("a.html", "<p>Sumber: https://antaranews.com/berita/kerjasama-korut</p>\n"),
    ],
)
def test_addresses_are_not_prose(run_cli: Run, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text + "Kerjasama itu erat.\n", encoding="utf-8")
    found = findings(run_cli("check", "--format", "json", str(path)))
    assert [(f["line"], f["column"], f["text"]) for f in found] == [(2, 1, "Kerjasama")]


def test_stdin(run_cli: Run) -> None:
    result = run_cli("check", "--stdin-filename", "artikel.md", "-", input="Ini **kerjasama**.\n")
    assert result.exit_code == 1 and result.stdout.startswith("artikel.md:1:7: error C001")


def test_fail_on_and_exit_codes(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Posisinya di dewan keamanan PBB.\n", encoding="utf-8")
    assert run_cli("check", str(path)).exit_code == 1
    assert run_cli("check", "--fail-on", "error", str(path)).exit_code == 0
    clean = tmp_path / "b.txt"
    clean.write_text("Dewan Keamanan PBB bersidang.\n", encoding="utf-8")
    assert run_cli("check", str(clean)).exit_code == 0


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("a.txt", b"kata\nkata \xff kata", ":2: not valid UTF-8 at byte 10"),
        ("a.txt", b"kerjasama\n\0\0\0\x01kata", ":2: not a text file: NUL at byte 10"),
        ("a.tmx", b"<tmx version='1.4'><body><tu><tuv xml:lang='id'><seg>x</tuv>", ":1:"),
        ("a.po", b'msgid "a"\nmsgstr "b"\n\nmsgid "c\nmsgstr "d"\n', ":4"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    run_cli: Run, tmp_path: Path, name: str, content: bytes, where: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("check", str(path))
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"termbase: error: {path}") and where in line


def test_usage_errors_exit_2(run_cli: Run, tmp_path: Path) -> None:
    assert run_cli("check").exit_code == 2
    missing = run_cli("check", str(tmp_path / "none.txt"))
    assert missing.exit_code == 2 and "no such file or directory" in missing.stderr
    unknown = run_cli("check", "--select", "C999", str(ARTICLE_002))
    assert unknown.exit_code == 2 and "unknown rule 'C999'" in unknown.stderr


def test_config_file_and_per_path_ignores(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "termbase.toml").write_text(
        '[check]\nignore = ["C004"]\n[check.per-path-ignores]\n"*old*" = ["deprecated-term"]\n',
        encoding="utf-8",
    )
    (tmp_path / "old.txt").write_text("kerjasama\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text("kerjasama di dewan keamanan PBB\n", encoding="utf-8")
    found = findings(run_cli("check", "--format", "json", str(tmp_path)))
    assert [(Path(str(f["path"])).name, f["code"]) for f in found] == [("new.txt", "C001")]


def test_config_globs_are_relative_to_the_config_file(run_cli: Run, tmp_path: Path) -> None:
    """A project's globs work whatever the working directory and however paths are named."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.termbase.check]\nexclude = ["drafts/*"]\n'
        '[tool.termbase.check.per-path-ignores]\n"archive/*" = ["C001"]\n',
        encoding="utf-8",
    )
    for folder in ("archive", "drafts", "news"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text("kerjasama\n", encoding="utf-8")
    for cwd, path in ((ROOT, str(tmp_path)), (tmp_path / "news", "..")):
        glossary = str(ROOT / "glossary")
        found = findings(
            run_cli("check", "--glossary", glossary, "--format", "json", path, cwd=cwd)
        )
        assert [Path(str(f["path"])).parent.name for f in found] == ["news"]


def test_pyproject_config_and_bad_config(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.termbase.check]\nselect = ["C004"]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("kerjasama di dewan keamanan PBB\n", encoding="utf-8")
    assert [f["code"] for f in findings(run_cli("check", "--format", "json", str(tmp_path)))] == [
        "C004"
    ]
    (tmp_path / "pyproject.toml").write_text(
        '[tool.termbase.check]\nselct = ["C004"]\n', encoding="utf-8"
    )
    result = run_cli("check", str(tmp_path))
    assert result.exit_code == 2 and "unknown key 'selct'" in result.stderr
    for setting, message in (
        ('ignore = ["C00X"]', "[tool.termbase.check]: ignore: unknown rule 'C00X'"),
        ('lang = "ms"', "[tool.termbase.check]: lang must be one of id, en"),
    ):
        (tmp_path / "pyproject.toml").write_text(
            f"[tool.termbase.check]\n{setting}\n", encoding="utf-8"
        )
        result = run_cli("check", str(tmp_path))
        assert result.exit_code == 2
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"termbase: error: {tmp_path / 'pyproject.toml'} {message}")
    (tmp_path / "pyproject.toml").write_text(
        "[tool.termbase.check]\nselect = [\n", encoding="utf-8"
    )
    result = run_cli("check", str(tmp_path))
    assert (
        result.exit_code == 2
        and "pyproject.toml:" in result.stderr
        and "not valid TOML" in result.stderr
    )


def test_inline_suppression(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("<!-- termbase: ignore C001 -->\nkerjasama\n\nkerjasama\n", encoding="utf-8")
    found = findings(run_cli("check", "--format", "json", str(path)))
    assert [f["line"] for f in found] == [4]
    assert json.loads(run_cli("check", "--format", "json", str(path)).stdout)["suppressed"] == 1


def test_jobs_give_the_same_output(run_cli: Run) -> None:
    one = run_cli("check", "--format", "json", str(ARTICLES))
    two = run_cli("check", "--format", "json", "--jobs", "2", str(ARTICLES))
    assert one.stdout == two.stdout and one.exit_code == two.exit_code == 1


def test_a_bad_file_checked_by_another_process_is_one_line_and_exit_2(
    run_cli: Run, tmp_path: Path
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("kerjasama\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"kata\nkata \xff\n")
    result = run_cli("check", "--jobs", "2", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"termbase: error: {tmp_path / 'b.txt'}:2: not valid UTF-8 at byte 10: invalid start byte"
    ]


def test_github_annotations_are_capped(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("kerjasama " * 14 + "\n", encoding="utf-8")
    lines = run_cli("check", "--format", "github", str(path)).stdout.splitlines()
    annotations = [line for line in lines if line.startswith("::error ")]
    assert len(annotations) == GITHUB_LIMIT
    assert annotations[0].startswith(
        f"::error file={path},line=1,col=1,endLine=1,endColumn=10,title=C001 deprecated-term::"
    )
    assert lines[-1].startswith("::notice title=termbase check::4 more findings not annotated")
    assert sum(1 for line in lines if line.startswith(str(path))) == 14


def test_the_closing_notice_keeps_a_place_among_ten_notices(run_cli: Run, tmp_path: Path) -> None:
    for number in range(12):
        (tmp_path / f"{number:02}.txt").write_text("PBB bersidang.\n", encoding="utf-8")
    lines = run_cli("check", "--select", "C006", "--format", "github", str(tmp_path)).stdout
    notices = [line for line in lines.splitlines() if line.startswith("::notice ")]
    assert len(notices) == GITHUB_LIMIT
    assert notices[-1].startswith("::notice title=termbase check::")


def test_sarif(run_cli: Run) -> None:
    document = json.loads(run_cli("check", "--format", "sarif", str(ARTICLE_002)).stdout)
    run = document["runs"][0]
    assert document["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} >= {"C001", "C101"}
    first = run["results"][0]
    assert (
        first["ruleId"] == "C001"
        and first["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    )
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        ARTICLE_002.as_uri()
    )


def test_sarif_relative_paths_are_uri_references(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "berita lama.txt").write_text("kerjasama\n", encoding="utf-8")
    glossary = str(ROOT / "glossary")
    result = run_cli("check", "--glossary", glossary, "--format", "sarif", ".", cwd=tmp_path)
    document = json.loads(result.stdout)
    location = document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "berita%20lama.txt"


def test_explain_and_list_rules(run_cli: Run) -> None:
    explained = run_cli("check", "--explain", "C002")
    assert explained.exit_code == 0 and explained.stdout.startswith("C002 mixed-forms-in-file")
    assert "Amerika Serikat" in explained.stdout
    assert run_cli("check", "--explain", "near-miss").stdout.startswith("C005 near-miss")
    listed = run_cli("check", "--list-rules").stdout
    assert "C006  abbreviation-before-full-form" in listed and "(off by default)" in listed
