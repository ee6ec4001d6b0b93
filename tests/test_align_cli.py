"""`termbase align` and `termbase align-score` as a user runs them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from lxml import etree

from conftest import CORPUS, DATA, GLOSSARY, ROOT
from termbase.formats import tmx

RunCli = Callable[..., Result]
REFERENCE_TM = ROOT / "tmx" / "reference.tmx"
REBUILD = (
    "align",
    str(CORPUS / "id"),
    str(CORPUS / "en"),
    "--glossary",
    str(GLOSSARY),
    "--date",
    "2025-01-01",
)
"""The documented command that rebuilds tmx/reference.tmx (README, "Align")."""


def dtd() -> etree.DTD:
    return etree.DTD(str(DATA / "schemas" / "tmx" / "tmx14.dtd"))


def parse_safely(path: Path) -> etree._ElementTree:
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    return etree.parse(str(path), parser)


@pytest.fixture(scope="module")
def built_tm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from termbase.cli import main

    out = tmp_path_factory.mktemp("align") / "built.tmx"
    result = CliRunner().invoke(main, [*REBUILD, "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def test_tmx_validates_against_the_dtd(built_tm: Path) -> None:
    document = parse_safely(built_tm)
    validator = dtd()
    assert validator.validate(document), validator.error_log.filter_from_errors()
    header = document.getroot().find("header")
    assert header is not None
    for name in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang"):
        assert header.get(name)
    assert (header.get("srclang"), header.get("datatype")) == ("id", "plaintext")


def test_units_carry_document_link_and_confidence(built_tm: Path) -> None:
    units = list(tmx.read(built_tm))
    assert len(units) >= 175
    assert len({unit.tuid for unit in units}) == len(units)
    documents = {unit.prop("x-document") for unit in units}
    assert documents == {f"{name.stem}.txt" for name in (CORPUS / "id").glob("*.txt")}
    for unit in units:
        assert unit.created == "20250101T000000Z"
        assert 0.0 <= float(unit.prop("x-confidence") or "-1") <= 1.0
        assert unit.prop("x-link") in {"1-1", "1-2", "2-1", "2-2", "1-3", "3-1"}
        assert unit.text("id") and unit.text("en")
    assert "/" not in "".join(documents)


def test_the_committed_tm_is_what_the_documented_command_builds(built_tm: Path) -> None:
    assert REFERENCE_TM.read_bytes() == built_tm.read_bytes(), (
        "tmx/reference.tmx is stale: rebuild it with the command in README.md (Align)"
    )


def test_lookup_shows_examples_from_the_reference_tm(run_cli: RunCli) -> None:
    import json

    result = run_cli("lookup", "hak veto", "--json", "--examples", "5")
    assert result.exit_code == 0
    examples = [example for hit in json.loads(result.stdout)["hits"] for example in hit["examples"]]
    assert {example["document"] for example in examples} >= {
        "000_b3c717df1a95712f.txt",
        "004_95dbd8e7a290a212.txt",
    }
    assert all("veto power" in example["segments"]["en"]["text"] for example in examples)


def test_same_input_same_bytes_and_date_from_source_date_epoch(
    run_cli: RunCli, tmp_path: Path
) -> None:
    source, target = (
        CORPUS / "id" / "004_95dbd8e7a290a212.txt",
        CORPUS / "en" / "004_95dbd8e7a290a212.txt",
    )
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    first, second = tmp_path / "a.tmx", tmp_path / "b.tmx"
    assert run_cli("align", str(source), str(target), "-o", str(first), env=env).exit_code == 0
    assert run_cli("align", str(source), str(target), "-o", str(second), env=env).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert b'creationdate="20231114T221320Z"' in first.read_bytes()


def test_tsv_and_show_weak(run_cli: RunCli) -> None:
    name = "003_7a2916e6b258b909.txt"
    result = run_cli(
        "align",
        str(CORPUS / "id" / name),
        str(CORPUS / "en" / name),
        "--format",
        "tsv",
        "--show-weak",
    )
    assert result.exit_code == 0
    header, *rows = result.stdout.splitlines()
    assert header.split("\t")[:4] == ["document", "source_line", "target_line", "link"]
    weak_rows = [row for row in rows if row.split("\t")[5] == "weak"]
    assert weak_rows
    listed = [line for line in result.stderr.splitlines() if "confidence" in line]
    assert len(listed) == len(weak_rows)
    assert all(line.startswith(name + ":") for line in listed)


def test_align_score_prints_both_tables(run_cli: RunCli) -> None:
    result = run_cli("align-score", str(CORPUS / "id"), str(CORPUS / "en"), str(CORPUS / "align"))
    assert result.exit_code == 0
    assert "as given" in result.stdout and "paragraphs joined" in result.stdout
    assert result.stdout.count("| **all** |") == 2


def test_no_counterpart_is_a_clear_error(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "id").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "id" / "a.txt").write_text("Satu.\n", encoding="utf-8")
    (tmp_path / "id" / "b.txt").write_text("Dua.\n", encoding="utf-8")
    (tmp_path / "en" / "a.txt").write_text("One.\n", encoding="utf-8")
    out = tmp_path / "out.tmx"
    result = run_cli("align", str(tmp_path / "id"), str(tmp_path / "en"), "-o", str(out))
    assert result.exit_code == 2
    assert "b.txt" in result.stderr and "no counterpart" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_undecodable_input_names_file_and_line(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Baris satu.\nBaris \xff dua.\n")
    good = tmp_path / "good.txt"
    good.write_text("Line one.\n", encoding="utf-8")
    out = tmp_path / "out.tmx"
    out.write_bytes(b"previous")
    result = run_cli("align", str(bad), str(good), "-o", str(out))
    assert result.exit_code == 2
    assert f"{bad}:2: not valid UTF-8 at byte 18" in result.stderr
    assert out.read_bytes() == b"previous"


def test_undecodable_input_writes_nothing_to_stdout(run_cli: RunCli, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Baris satu.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Line one.\nLine \xff two.\n")
    result = run_cli("align", str(good), str(bad))
    assert result.exit_code == 2
    assert f"{bad}:2: not valid UTF-8" in result.stderr
    assert result.stdout == ""


def test_empty_files_give_an_empty_valid_tmx(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n\n", encoding="utf-8")
    out = tmp_path / "out.tmx"
    result = run_cli("align", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out))
    assert result.exit_code == 0
    assert list(tmx.read(out)) == []
    assert dtd().validate(parse_safely(out))
    assert "a.txt: no text in either file" in result.stderr
    assert "translations of each other" not in result.stderr


def test_an_empty_translation_is_named(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("\n", encoding="utf-8")
    name = "004_95dbd8e7a290a212.txt"
    result = run_cli("align", str(CORPUS / "id" / name), str(tmp_path / "en.txt"))
    assert result.exit_code == 0
    assert f"{name}: no text in the target file" in result.stderr


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"], ids=["utf-8-bom", "utf-16-bom"])
def test_bom_and_crlf_are_read_as_plain_text(
    run_cli: RunCli, tmp_path: Path, encoding: str
) -> None:
    name = "004_95dbd8e7a290a212.txt"
    source = tmp_path / "id.txt"
    target = tmp_path / "en.txt"
    text = (CORPUS / "id" / name).read_text(encoding="utf-8").replace("\n", "\r\n")
    source.write_bytes(text.encode(encoding))
    target.write_bytes((CORPUS / "en" / name).read_bytes().replace(b"\n", b"\r\n"))
    plain, dirty = tmp_path / "plain.tsv", tmp_path / "dirty.tsv"
    common = ("--format", "tsv")
    run_cli(
        "align", str(CORPUS / "id" / name), str(CORPUS / "en" / name), *common, "-o", str(plain)
    )
    run_cli("align", str(source), str(target), *common, "-o", str(dirty))
    strip = lambda path: [line.split("\t", 1)[1] for line in path.read_text().splitlines()]  # noqa: E731
    assert strip(dirty) == strip(plain)
    assert "\ufeff" not in dirty.read_text() and "\r" not in dirty.read_text()


def test_a_non_parallel_pair_is_reported(run_cli: RunCli) -> None:
    result = run_cli(
        "align",
        str(CORPUS / "id" / "000_b3c717df1a95712f.txt"),
        str(CORPUS / "en" / "003_7a2916e6b258b909.txt"),
        "--format",
        "tsv",
    )
    assert result.exit_code == 0
    assert "may not be translations of each other" in result.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--date", "yesterday"), "--date 'yesterday'"),
        (("--glossary", "/nonexistent/glossary"), "no such glossary"),
    ],
)
def test_bad_options_exit_2(run_cli: RunCli, arguments: tuple[str, ...], message: str) -> None:
    name = "004_95dbd8e7a290a212.txt"
    result = run_cli("align", str(CORPUS / "id" / name), str(CORPUS / "en" / name), *arguments)
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_file_and_a_directory_do_not_pair(run_cli: RunCli) -> None:
    result = run_cli("align", str(CORPUS / "id"), str(CORPUS / "en" / "004_95dbd8e7a290a212.txt"))
    assert result.exit_code == 2
    assert "two files or two directories" in result.stderr


def test_an_output_that_is_a_directory_is_a_clear_error(run_cli: RunCli, tmp_path: Path) -> None:
    name = "004_95dbd8e7a290a212.txt"
    result = run_cli(
        "align", str(CORPUS / "id" / name), str(CORPUS / "en" / name), "-o", str(tmp_path)
    )
    assert result.exit_code == 2
    assert f"{tmp_path}: is a directory" in result.stderr
    assert list(tmp_path.iterdir()) == []
