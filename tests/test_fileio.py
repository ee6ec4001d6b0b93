"""Reading tells where a file is broken; writing never leaves half a file behind."""

from pathlib import Path

import pytest

from termbase.errors import InputError, OutputError
from termbase.fileio import atomic_text_writer, atomic_write_text, read_text


def test_bom_and_crlf_are_read_as_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfbaris satu\r\nbaris dua\r")
    assert read_text(path) == "baris satu\nbaris dua\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_read_as_plain_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(("\ufeffDewan Keamanan P.B.B.\r\nbaris dua\r\n").encode(encoding))
    assert read_text(path) == "Dewan Keamanan P.B.B.\nbaris dua\n"


def test_broken_utf16_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffab".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(InputError, match=r"not valid UTF-16 at byte 6"):
        read_text(path)


def test_invalid_utf8_names_byte_and_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"baik\nbaik\nru\xffsak\n")
    with pytest.raises(InputError) as caught:
        read_text(path)
    assert caught.value.offset == 12
    assert caught.value.line == 3
    assert str(caught.value) == f"{path}:3: not valid UTF-8 at byte 12: invalid start byte"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    path.write_text("original\n", encoding="utf-8")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), atomic_text_writer(path) as out:
        out.write("half")
        raise Boom
    assert path.read_text(encoding="utf-8") == "original\n"
    assert [p.name for p in tmp_path.iterdir()] == ["glossary.toml"]


def test_write_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text("x\n", encoding="utf-8")
    path.chmod(0o640)
    atomic_write_text(path, "y\n")
    assert path.read_text(encoding="utf-8") == "y\n"
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_directory_is_no_output_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"), atomic_text_writer(tmp_path) as out:
        out.write("never")
    assert list(tmp_path.iterdir()) == []


def test_writing_through_a_symlink_rewrites_the_file_it_names(tmp_path: Path) -> None:
    real = tmp_path / "artikel.txt"
    real.write_text("x\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real.name)
    atomic_write_text(link, "y\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "y\n"
