"""`termbase validate`: every problem at once, each with file:line and a stable code."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"

BROKEN = """\
# Every rule broken once; the comments name the code expected on the next line.

# G001 (the id is taken in organisations.toml)
[perserikatan-bangsa-bangsa]
id = [
  { term = "Perserikatan Bangsa-Bangsa Baru", status = "preferred" },
]
en = [
  { term = "New United Nations", status = "preferred" },
]

[rules-one]
id = [
  # G002: claimed by hak-veto
  { term = "hak veto", status = "preferred" },
  # G005
  { term = "sesuatu", status = "preferable" },
  # G007
  { term = "sesuatu lain", status = "admitted", pos = "nounish" },
  # G008
  { term = "", status = "admitted" },
  # G009
  { term = " berspasi ", status = "admitted" },
  # G010
  { term = "kontrol\\u0007", status = "admitted" },
]
# G006
fr = [
  { term = "droit de veto", status = "preferred" },
]
# G003: no preferred term
en = [
  { term = "rule one", status = "admitted" },
]

[rules-three]
id = [
  # G014: not an inline table, and the lines of the terms after it stay right
  "a bare string",
  { term = "aturan tiga", status = "preferred" },
  # G005
  { term = "aturan", status = "bogus" },
  # G014: a term must be a string
  { term = 3, status = "admitted" },
  # G009: a no-break space inside
  { term = "aturan\u00a0ketiga", status = "admitted" },
]
en = [
  # G011: the term is still the preferred one, so no G003 for en
  { term = "rule three", status = "preferred", colour = "red" },
]

# G013
[Rules_Two]
id = [
  { term = "aturan dua", status = "preferred" },
]
en = [
  { term = "rule two", status = "preferred" },
]
"""


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "glossary"
    shutil.copytree(GLOSSARY, copy)
    (copy / "zz-broken.toml").write_text(BROKEN, encoding="utf-8")
    return copy


def expected_findings(path: Path) -> list[tuple[int, str]]:
    """(line, code) pairs: each `# Gnnn` comment announces a finding on the next item."""
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("# G0"):
            target = number + 1
            while lines[target - 1].strip().startswith("#"):
                target += 1
            expected.append((target, stripped[2:6]))
    return expected


def test_bundled_glossary_is_valid(run_cli: Callable[..., Result]) -> None:
    result = run_cli("validate")
    assert result.exit_code == 0, result.output
    assert "no problems" in result.stderr


@pytest.mark.parametrize("command", ["validate", "fmt"])
def test_glossary_commands_do_not_read_the_translation_memory(
    run_cli: Callable[..., Result], command: str
) -> None:
    result = run_cli(command, "--check" if command == "fmt" else "--", env={"TERMBASE_TM": "/gone"})
    assert result.exit_code == 0, result.output
    assert "--tm" not in run_cli(command, "--help").stdout


def test_every_error_is_listed_with_file_and_line(
    run_cli: Callable[..., Result], broken_copy: Path
) -> None:
    result = run_cli("validate", str(broken_copy))
    assert result.exit_code == 1
    broken = broken_copy / "zz-broken.toml"
    reported = {
        (int(line.split(":")[1]), line.split()[2])
        for line in result.stdout.splitlines()
        if line.startswith(str(broken))
    }
    assert set(expected_findings(broken)) == reported
    assert "has a no-break space (U+00A0)" in result.stdout


def test_a_file_named_twice_is_checked_once(run_cli: Callable[..., Result]) -> None:
    result = run_cli("validate", "glossary", "glossary/defence.toml", "./glossary/defence.toml")
    assert result.exit_code == 0, result.stdout
    assert "in 4 files: no problems" in result.stderr


def test_fixing_the_copy_makes_it_valid(run_cli: Callable[..., Result], broken_copy: Path) -> None:
    (broken_copy / "zz-broken.toml").unlink()
    assert run_cli("validate", str(broken_copy)).exit_code == 0


def test_syntax_error_exits_2_with_a_located_message(
    run_cli: Callable[..., Result], broken_copy: Path
) -> None:
    (broken_copy / "zz-syntax.toml").write_text('[ok]\nsubject = "no end\n', encoding="utf-8")
    result = run_cli("validate", str(broken_copy))
    assert result.exit_code == 2
    assert f"{broken_copy / 'zz-syntax.toml'}:2:" in result.stdout
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["validate", "fmt", "lookup"])
def test_a_directory_without_glossary_files_is_an_error(
    run_cli: Callable[..., Result], tmp_path: Path, command: str
) -> None:
    (tmp_path / "notes.txt").write_text("not a glossary\n", encoding="utf-8")
    args = ("--glossary", str(tmp_path), *(["veto"] if command == "lookup" else []))
    result = run_cli(command, *args)
    assert result.exit_code == 2
    assert f"{tmp_path}: no glossary files (*.toml) in this directory" in result.stderr


def test_homographs_may_share_a_form(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "g.toml").write_text(
        "[bank-river]\n"
        'id = [{ term = "tepi", status = "preferred" }]\n'
        'en = [{ term = "bank", status = "preferred", homograph = true }]\n\n'
        "[bank-money]\n"
        'id = [{ term = "bank", status = "preferred" }]\n'
        'en = [{ term = "bank", status = "preferred", homograph = true }]\n',
        encoding="utf-8",
    )
    result = run_cli("validate", str(tmp_path))
    assert result.exit_code == 0, result.output


def test_case_sensitive_forms_differing_in_case_do_not_collide(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    (tmp_path / "g.toml").write_text(
        "[a]\n"
        'id = [{ term = "AS", status = "preferred", case_sensitive = true }]\n'
        'en = [{ term = "US", status = "preferred", case_sensitive = true }]\n\n'
        "[b]\n"
        'id = [{ term = "As", status = "preferred", case_sensitive = true }]\n'
        'en = [{ term = "axle", status = "preferred" }]\n',
        encoding="utf-8",
    )
    assert run_cli("validate", str(tmp_path)).exit_code == 0


def test_fmt_twice_changes_nothing_the_second_time(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    messy = tmp_path / "g.toml"
    messy.write_text(
        "# header\n\n[zz]\n"
        'en=[{status="preferred",term="b"}]\nid=[{term="a",status="preferred"}] # why\n'
        "[aa]\n"
        'id = [{ term = "c", status = "preferred" }]\n'
        'en = [{ term = "d", status = "preferred" }]\n',
        encoding="utf-8",
    )
    first = run_cli("fmt", str(tmp_path))
    assert first.exit_code == 0
    formatted = messy.read_bytes()
    assert b"# why" in formatted and b"# header" in formatted
    assert formatted.index(b"[aa]") < formatted.index(b"[zz]")
    second = run_cli("fmt", str(tmp_path))
    assert second.exit_code == 0
    assert messy.read_bytes() == formatted
    assert run_cli("fmt", "--check", str(tmp_path)).exit_code == 0


def test_fmt_check_and_diff_change_nothing(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    messy = tmp_path / "g.toml"
    original = '[a]\nid=[{term="x",status="preferred"}]\nen=[{term="y",status="preferred"}]\n'
    messy.write_text(original, encoding="utf-8")
    check = run_cli("fmt", "--check", str(tmp_path))
    diff = run_cli("fmt", "--diff", str(tmp_path))
    assert check.exit_code == 1 and diff.exit_code == 1
    assert '+  { term = "x", status = "preferred" },' in diff.stdout
    assert messy.read_text(encoding="utf-8") == original


def test_fmt_refuses_a_file_it_cannot_parse(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    bad = tmp_path / "g.toml"
    bad.write_text('[a]\nsubject = "x\n', encoding="utf-8")
    result = run_cli("fmt", str(tmp_path))
    assert result.exit_code == 2
    assert bad.read_text(encoding="utf-8") == '[a]\nsubject = "x\n'
