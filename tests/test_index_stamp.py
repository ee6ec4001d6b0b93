"""The index's stamps: a touch changes the stat stamp only; an edit, a rename or a new file
change the content stamp too."""

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import GLOSSARY
from termbase.index_stamp import content_stamp, source_files, stat_stamp
from termbase.project import resolve_project

VERSION = "schema 5, code test"


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    copy = tmp_path / "glossary"
    shutil.copytree(GLOSSARY, copy)
    return copy


def stamps(glossary: Path) -> tuple[str, str]:
    files = source_files(resolve_project(glossary))
    return stat_stamp(files, VERSION), content_stamp(files, VERSION)


def touch(path: Path) -> None:
    later = path.stat().st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(later, later))


def rewrite_same_bytes(path: Path) -> None:
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)
    touch(path)


@pytest.mark.parametrize("change", [touch, rewrite_same_bytes])
def test_a_file_touched_or_rewritten_unchanged_keeps_the_content_stamp(
    glossary: Path, change: Callable[[Path], None]
) -> None:
    stat, content = stamps(glossary)
    change(glossary / "defence.toml")
    stat_after, content_after = stamps(glossary)
    assert stat_after != stat
    assert content_after == content


def edit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("pengerahan pasukan", "pengerahan tentara"), encoding="utf-8")


def rename(path: Path) -> None:
    path.rename(path.with_name("pertahanan.toml"))


def add_another(path: Path) -> None:
    shutil.copyfile(path, path.with_name("defence-copy.toml"))


@pytest.mark.parametrize("change", [edit, rename, add_another])
def test_an_edit_a_rename_or_a_new_file_changes_the_content_stamp(
    glossary: Path, change: Callable[[Path], None]
) -> None:
    _, content = stamps(glossary)
    change(glossary / "defence.toml")
    assert stamps(glossary)[1] != content


def test_the_version_is_part_of_both_stamps(glossary: Path) -> None:
    files = source_files(resolve_project(glossary))
    assert stat_stamp(files, VERSION) != stat_stamp(files, "schema 5, code upgraded")
    assert content_stamp(files, VERSION) != content_stamp(files, "schema 5, code upgraded")
