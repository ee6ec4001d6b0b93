"""Whether a lookup index still describes its sources, in two steps.

Every lookup compares the *stat stamp*: each source file's path, size, modification time and
inode, read with a few stat calls. When that differs, the *content stamp* — a digest of the
files' paths and bytes — is compared before anything is rebuilt, so touching a file, or
checking it out again unchanged, costs one hash of the sources instead of a rebuild.
"""

from __future__ import annotations

from pathlib import Path

from termbase.project import Project, glossary_files


def source_files(project: Project) -> list[Path]:
    """Every file the index depends on: glossary files, then TMX files."""
    files = glossary_files(project.glossary)
    if project.tm is not None:
        tm = project.tm
        files += [tm] if tm.is_file() else sorted(tm.rglob("*.tmx"))
    return files


def stat_stamp(files: list[Path], version: str) -> str:
    """``version`` (schema and indexing code) and every file's path, size, mtime and inode.

    The listing itself is the stamp (no hashing: it is compared on every lookup).
    """
    parts = [version]
    for path in files:
        stat = path.stat()
        parts.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}|{stat.st_ino}")
    return "\n".join(parts)


def content_stamp(files: list[Path], version: str) -> str:
    """A digest of ``version`` and every file's path and bytes: a renamed, added or edited
    file changes it, a touched one does not."""
    import hashlib  # here: most lookups never hash, and the import costs ~3 ms

    digest = hashlib.blake2b(version.encode(), digest_size=20)
    for path in files:
        with path.open("rb") as handle:
            content = hashlib.file_digest(handle, "blake2b").digest()
        digest.update(f"\n{path}\n".encode() + content)
    return digest.hexdigest()
