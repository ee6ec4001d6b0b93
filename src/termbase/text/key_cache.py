"""A persistent word → matching-key cache, so that a word is stemmed once per machine.

Sastrawi takes about a tenth of a millisecond per new word; a large archive has hundreds of
thousands of distinct words, and they recur from run to run. A key depends only on the word,
the analyser's code and the language tables, so keys are kept in the cache directory in a
file named after a fingerprint of all of these: changing any of them starts a fresh file.
The cache is a convenience: when it cannot be read or written, keys are computed as usual.
"""

from __future__ import annotations

import contextlib
import marshal
import zlib
from collections.abc import Mapping
from pathlib import Path

from termbase import __version__
from termbase.errors import OutputError
from termbase.fileio import atomic_binary_writer
from termbase.text.morphology import Analyzer, KeyMemo

_PACKAGE = Path(__file__).resolve().parent.parent
_SOURCES = (
    "text/morphology.py",
    "text/derivation.py",
    "text/normalize.py",
    "lang/id/morphology.py",
    "lang/en/morphology.py",
)


def fingerprint(lang: str) -> str:
    """Changes whenever termbase, its morphology code or tables, or Sastrawi's data change."""
    digest = zlib.crc32(f"{__version__}|{lang}".encode())
    for name in _SOURCES:
        with contextlib.suppress(OSError):
            digest = zlib.crc32((_PACKAGE / name).read_bytes(), digest)
    with contextlib.suppress(ImportError, OSError):
        import Sastrawi

        dictionary = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
        digest = zlib.crc32(str(dictionary.stat().st_size).encode(), digest)
    return f"{digest:08x}"


def cache_file(lang: str, cache: Path) -> Path:
    return cache / f"keys-{lang}-{fingerprint(lang)}.marshal"


def _memo(analyzer: Analyzer) -> KeyMemo | None:
    memo = getattr(analyzer, "key", None)
    return memo if isinstance(memo, KeyMemo) else None


def read_keys(path: Path) -> dict[str, str]:
    """The keys stored at ``path``; empty when the file is missing or unreadable."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def preload(analyzer: Analyzer, cache: Path) -> int:
    """Fill the analyser's memo from the cache; return how many keys were known."""
    memo = _memo(analyzer)
    if memo is None:
        return 0
    known = read_keys(cache_file(analyzer.lang, cache))
    memo.preload(known)
    return len(known)


def take_computed(analyzer: Analyzer) -> dict[str, str]:
    """The keys computed since the last call, to be handed to :func:`save`."""
    memo = _memo(analyzer)
    return memo.take_computed() if memo is not None else {}


def save(lang: str, cache: Path, new: Mapping[str, str]) -> None:
    """Add ``new`` keys to the cache file (written atomically); failures are ignored."""
    if not new:
        return
    path = cache_file(lang, cache)
    keys = read_keys(path)
    before = len(keys)
    keys.update(new)
    if len(keys) == before:
        return
    with contextlib.suppress(OSError, OutputError):
        cache.mkdir(parents=True, exist_ok=True)
        with atomic_binary_writer(path) as out:
            out.write(marshal.dumps(keys))
