"""Document pairs on disk: two files, or two directories of same-named files, aligned.

Files are UTF-8 (with or without BOM) or UTF-16 with a BOM, with CRLF or LF line ends; a
file without a counterpart, an empty directory pair or a directory paired with a file is an
:class:`InputError` naming the path.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from termbase.align.aligner import Aligner, Link
from termbase.errors import ConfigError, InputError
from termbase.fileio import read_text

TEXT_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class DocumentPair:
    source: Path
    target: Path

    @property
    def name(self) -> str:
        """The document's name in outputs: the source file's name, never a path."""
        return self.source.name


@dataclass(frozen=True)
class DocumentAlignment:
    document: DocumentPair
    links: tuple[Link, ...]

    @property
    def confidence(self) -> float:
        """Mean link confidence weighted by characters; omitted sentences count as 0."""
        total = sum(len(link.source_text) + len(link.target_text) for link in self.links)
        if not total:
            return 0.0
        weighted = sum(
            link.confidence * (len(link.source_text) + len(link.target_text)) for link in self.links
        )
        return round(weighted / total, 2)


def document_pairs(source: Path, target: Path) -> list[DocumentPair]:
    """Pair two files, or the same-named text files of two directories."""
    if source.is_dir() != target.is_dir():
        raise ConfigError(
            f"{source} and {target}: give two files or two directories, not one of each"
        )
    if not source.is_dir():
        for path in (source, target):
            if not path.exists():
                raise InputError(str(path), "no such file")
        return [DocumentPair(source, target)]
    sources = _text_files(source)
    targets = _text_files(target)
    for name in sorted(sources.keys() - targets.keys()):
        raise InputError(str(sources[name]), f"no counterpart {target / name} to align with")
    for name in sorted(targets.keys() - sources.keys()):
        raise InputError(str(targets[name]), f"no counterpart {source / name} to align with")
    if not sources:
        raise InputError(str(source), "no *.txt files to align")
    return [DocumentPair(sources[name], targets[name]) for name in sorted(sources)]


def _text_files(directory: Path) -> dict[str, Path]:
    return {
        path.name: path
        for path in directory.iterdir()
        if path.is_file() and path.suffix in TEXT_SUFFIXES and not path.name.startswith(".")
    }


def align_documents(pairs: list[DocumentPair], aligner: Aligner) -> Iterator[DocumentAlignment]:
    """Align each pair in turn (one document in memory at a time)."""
    for pair in pairs:
        links = aligner.align_texts(read_text(pair.source), read_text(pair.target))
        yield DocumentAlignment(pair, tuple(links))


def creation_date(pairs: list[DocumentPair], explicit: str | None = None) -> str:
    """The TMX creation date: ``explicit``, else SOURCE_DATE_EPOCH, else the newest input
    file's modification time — never the clock, so that the same inputs give the same bytes.
    """
    if explicit:
        return _parse_date(explicit)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            stamp = int(epoch)
        except ValueError:
            raise ConfigError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds") from None
    else:
        stamp = int(
            max(
                (path.stat().st_mtime for pair in pairs for path in (pair.source, pair.target)),
                default=0,
            )
        )
    return datetime.fromtimestamp(stamp, UTC).strftime("%Y%m%dT%H%M%SZ")


def _parse_date(text: str) -> str:
    for layout in ("%Y%m%dT%H%M%SZ", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d"):
        try:
            moment = datetime.strptime(text, layout).replace(tzinfo=UTC)
        except ValueError:
            continue
        return moment.strftime("%Y%m%dT%H%M%SZ")
    raise ConfigError(f"--date {text!r}: expected YYYY-MM-DD or YYYYMMDDThhmmssZ")
