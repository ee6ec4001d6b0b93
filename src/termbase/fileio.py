"""Reading text files with located decoding errors, and writing files atomically.

Every file termbase writes goes to a temporary name in the same directory and is renamed
over the target only when complete, so a crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from termbase.errors import InputError, OutputError

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
"""Windows editors ("Unicode" in Notepad) and CAT tools save text as UTF-16 with a BOM."""


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with a BOM, to str; CRLF and CR become LF.

    Raises InputError naming the byte offset (and for UTF-8 the line) of the first
    undecodable byte.
    """
    if data.startswith(UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(
                path, f"not valid UTF-16 at byte {error.start}: {error.reason}", offset=error.start
            ) from None
    else:
        text, _ = decode_verbatim(data, path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_verbatim(data: bytes, path: str) -> tuple[str, bool]:
    """UTF-8 (with or without BOM) to str with line ends kept, and whether a BOM was there.

    For files that termbase rewrites in place: encoding the text again, after the BOM if
    there was one, gives back the same bytes.
    """
    bom = data.startswith(UTF8_BOM)
    if bom:
        data = data[len(UTF8_BOM) :]
    try:
        return data.decode("utf-8"), bom
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            path,
            f"not valid UTF-8 at byte {error.start}: {error.reason}",
            line=line,
            offset=error.start,
        ) from None


def read_text(path: Path | str) -> str:
    """Read a UTF-8 (or UTF-16 with BOM) text file; InputError when it is missing,
    unreadable or undecodable."""
    return decode_text(read_bytes(path), str(path))


def read_bytes(path: Path | str) -> bytes:
    """The bytes of a file; InputError when it is missing or unreadable."""
    name = str(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, expected a file") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror}") from None


@contextlib.contextmanager
def _replacing(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` if the block succeeds."""
    import tempfile

    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory, expected a file name")
    if target.is_symlink():
        # Renaming over a symlink would replace the link and leave the file it names as it was.
        target = target.resolve()
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as error:
        raise OutputError(f"{target}: cannot write: {error.strerror}") from None
    os.close(descriptor)
    temporary = Path(name)
    try:
        yield temporary
        _keep_mode(target, temporary)
        try:
            temporary.replace(target)
        except OSError as error:
            raise OutputError(f"{target}: cannot write: {error.strerror}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


@contextlib.contextmanager
def atomic_text_writer(path: Path | str) -> Iterator[TextIO]:
    """A UTF-8, LF text stream that replaces ``path`` only once fully written."""
    with _replacing(path) as temporary, temporary.open("w", encoding="utf-8", newline="\n") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


@contextlib.contextmanager
def atomic_binary_writer(path: Path | str) -> Iterator[BinaryIO]:
    """A binary stream that replaces ``path`` only once fully written."""
    with _replacing(path) as temporary, temporary.open("wb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def _keep_mode(target: Path, temporary: Path) -> None:
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    temporary.chmod(mode)


def atomic_write_text(path: Path | str, text: str) -> None:
    """Write ``text`` as UTF-8 with LF line ends, atomically."""
    with atomic_text_writer(path) as out:
        out.write(text)
