"""The derivation tag of an Indonesian word, read off the word once its root is known.

Sastrawi finds roots well, but its record of what it removed is not the word's analysis: a
suffix it tried and then gave back stays in the record (*melawan* reads as lawan + -an), a
root ending in *k* before *-an* is recorded as *-kan* (*pendudukan*, occupation, would then
key like *penduduk*, inhabitant), and prefixes of abandoned attempts linger. So the tag is
taken from where the root sits in the word: what precedes it is split into prefixes by
``PREFIX_ALLOMORPHS``, what follows it is a suffix plus clitics. Only when that reading
fails is Sastrawi's record used.
"""

from __future__ import annotations

from typing import Any

from termbase.lang.id import morphology as id_data

TAG_SEPARATOR = "-"


def derivation_tag(word: str, root: str, removals: list[Any]) -> str:
    """The tag of lexeme-forming affixes in ``word`` around ``root`` (``""`` for none)."""
    split = _split_around_root(word, root)
    if split is None:
        return _tag_from_removals(removals)
    prefix_tags, suffix = split
    tags = [tag for tag in prefix_tags if tag]
    if suffix in id_data.DERIVING_SUFFIXES:
        tags.append(suffix)
    return TAG_SEPARATOR.join(tags)


def _split_around_root(word: str, root: str) -> tuple[list[str], str] | None:
    """Prefix tags and suffix of the rightmost reading of ``word`` as prefixes+root+suffix."""
    for start, length in _root_places(word, root):
        suffix = _without_clitics(word[start + length :])
        if suffix not in ("", *id_data.DERIVING_SUFFIXES, *id_data.VOICE_SUFFIXES):
            continue
        prefix_tags = _prefix_tags(word[:start])
        if prefix_tags is not None:
            return prefix_tags, suffix
    return None


def _root_places(word: str, root: str) -> list[tuple[int, int]]:
    """Where the root may sit, right to left: written whole, or with its first letter
    replaced by a nasal (meN-/peN- + kerah → pengerahan); the nasal then ends the prefix."""
    places = [(start, len(root)) for start in _occurrences(word, root)]
    if root[:1] in id_data.NASAL_REPLACED_INITIALS and len(root) > 3:
        places += [(start, len(root) - 1) for start in _occurrences(word, root[1:])]
    return sorted(places, reverse=True)


def _occurrences(word: str, part: str) -> list[int]:
    found, start = [], word.find(part)
    while start >= 0:
        found.append(start)
        start = word.find(part, start + 1)
    return found


def _without_clitics(ending: str) -> str:
    for clitic in id_data.CLITICS:
        if ending.endswith(clitic):
            ending = ending[: -len(clitic)]
    return ending


def _prefix_tags(prefix: str) -> list[str] | None:
    """The tags of ``prefix`` read as a sequence of known prefixes, or None."""
    if not prefix:
        return []
    for form, tag in id_data.PREFIX_ALLOMORPHS:
        if prefix.startswith(form):
            rest = _prefix_tags(prefix[len(form) :])
            if rest is not None:
                return [tag, *rest]
    return None


def _tag_from_removals(removals: list[Any]) -> str:
    tags: list[str] = []
    suffixes: list[str] = []
    for removal in removals:
        kind = removal.get_affix_type()
        if kind == "DS" and removal.get_removed_part() in id_data.DERIVING_SUFFIXES:
            suffixes = [removal.get_removed_part()]
        elif kind == "DP":
            subject = removal.get_subject()
            tags += [tag for form, tag in id_data.PREFIX_ALLOMORPHS if subject.startswith(form)][:1]
    return TAG_SEPARATOR.join([tag for tag in tags if tag] + suffixes)
