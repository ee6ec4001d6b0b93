"""What `termbase check` reads: files and directories to check, each read as a document.

Directories are walked recursively in a stable order; hidden files and directories are
skipped, ``--include`` globs pick the files (by name or by path below the directory) and
``--exclude`` globs drop them. A file named on the command line is always checked; ``-``
is standard input. A document keeps the file's text as written (BOM noted, line ends kept),
so that fixes change nothing else, and the prose to analyse with markup taken out.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from termbase.check.markup import blank_addresses, strip_html, strip_markdown
from termbase.check.textmap import LineIndex, OffsetMap
from termbase.errors import InputError
from termbase.fileio import decode_verbatim, read_bytes


class InputKind(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    TMX = "tmx"
    PO = "po"

    @property
    def bilingual(self) -> bool:
        return self in (InputKind.TMX, InputKind.PO)


KIND_BY_SUFFIX: dict[str, InputKind] = {
    ".txt": InputKind.TEXT,
    ".text": InputKind.TEXT,
    ".md": InputKind.MARKDOWN,
    ".markdown": InputKind.MARKDOWN,
    ".html": InputKind.HTML,
    ".htm": InputKind.HTML,
    ".xhtml": InputKind.HTML,
    ".tmx": InputKind.TMX,
    ".po": InputKind.PO,
}
DEFAULT_INCLUDE: tuple[str, ...] = tuple(f"*{suffix}" for suffix in KIND_BY_SUFFIX)
STDIN = "-"


@dataclass(frozen=True, order=True)
class Source:
    """One input: the name findings show, where to read it (None: stdin) and its kind."""

    name: str
    path: Path | None
    kind: InputKind


def kind_of(name: str, forced: InputKind | None = None) -> InputKind:
    """The input kind of a file name (plain text when the suffix says nothing)."""
    return forced or KIND_BY_SUFFIX.get(Path(name).suffix.lower(), InputKind.TEXT)


def matches(name: str, globs: Iterable[str], root: Path | None = None) -> bool:
    """Whether a path (as shown) matches any glob, by its whole path or its file name, or
    (given ``root``, the configuration's directory) by its path relative to ``root``."""
    posix = name.replace("\\", "/")
    base = posix.rsplit("/", 1)[-1]
    if any(fnmatch.fnmatchcase(posix, g) or fnmatch.fnmatchcase(base, g) for g in globs):
        return True
    relative = relative_to(name, root) if root is not None else None
    return relative is not None and any(fnmatch.fnmatchcase(relative, g) for g in globs)


@lru_cache(maxsize=4096)
def relative_to(name: str, root: Path) -> str | None:
    """``name`` relative to ``root`` (POSIX), or None when it is not below it."""
    try:
        return Path(name).resolve().relative_to(root).as_posix()
    except (ValueError, OSError):
        return None


def discover(
    arguments: Sequence[str],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    forced: InputKind | None = None,
    stdin_name: str | None = None,
    root: Path | None = None,
) -> list[Source]:
    """The inputs named by ``arguments`` (files, directories, ``-``), sorted and unique;
    ``root`` is the configuration's directory, which ``exclude`` globs may be relative to."""
    found: set[Source] = set()
    for argument in arguments:
        if argument == STDIN:
            name = stdin_name or STDIN
            found.add(Source(name, None, kind_of(name, forced)))
            continue
        path = Path(argument)
        if path.is_dir():
            walked = set(_walk(path, include, exclude, forced, root))
            if not walked:
                # A typo in --include or a wrong directory must not pass as a clean check.
                wanted = " ".join(include)
                raise InputError(argument, f"no file to check here (include: {wanted})")
            found.update(walked)
        elif path.is_file():
            found.add(Source(argument, path, kind_of(argument, forced)))
        else:
            raise InputError(argument, "no such file or directory")
    return sorted(found)


def _walk(
    top: Path,
    include: Sequence[str],
    exclude: Sequence[str],
    forced: InputKind | None,
    root: Path | None,
) -> Iterable[Source]:
    for path in sorted(top.rglob("*")):
        relative = path.relative_to(top)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        name = str(path)
        if matches(relative.as_posix(), include) and not (
            matches(relative.as_posix(), exclude) or matches(name, exclude, root)
        ):
            yield Source(name, path, kind_of(name, forced))


@dataclass
class Document:
    """A monolingual input as read: its text as written and the prose to analyse."""

    source: Source
    original: str
    bom: bool = False
    analysed: str = ""
    offsets: OffsetMap | None = None
    """Analysed offsets → original offsets; None when the two texts are the same."""
    _lines: LineIndex | None = field(default=None, repr=False)

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.original)
        return self._lines

    def original_span(self, start: int, end: int) -> tuple[int, int, bool]:
        """The span of the file behind analysed ``[start, end)``; True when a fix may rewrite it."""
        if self.offsets is None:
            return start, end, True
        first, last, verbatim = self.offsets.original_span(start, end)
        same = verbatim and self.original[first:last] == self.analysed[start:end]
        return first, last, same


def read_document(source: Source, data: bytes | None = None) -> Document:
    """Read and decode one text input (``data``: what was read from stdin)."""
    if data is None:
        if source.path is None:
            raise InputError(source.name, "no data")
        data = read_bytes(source.path)
    nul = data.find(b"\0")
    if nul >= 0:
        # NUL bytes decode as UTF-8 but mean a binary (or UTF-16) file, not prose.
        line = data.count(b"\n", 0, nul) + 1
        raise InputError(source.name, f"not a text file: NUL at byte {nul}", line, offset=nul)
    original, bom = decode_verbatim(data, source.name)
    return document_from_text(source, original, bom)


def document_from_text(source: Source, original: str, bom: bool = False) -> Document:
    if source.kind is InputKind.MARKDOWN:
        analysed, offsets = strip_markdown(original)
        return Document(source, original, bom, analysed, offsets)
    if source.kind is InputKind.HTML:
        analysed, offsets = strip_html(original)
        return Document(source, original, bom, analysed, offsets)
    return Document(source, original, bom, blank_addresses(original), None)
