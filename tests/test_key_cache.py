"""The persistent word → key cache: keys survive a run, bad files are ignored."""

from __future__ import annotations

from pathlib import Path

from termbase.text import key_cache
from termbase.text.morphology import IndonesianAnalyzer


def test_keys_computed_in_one_run_are_known_in_the_next(tmp_path: Path) -> None:
    first = IndonesianAnalyzer()
    assert first.key("pengerahannya") == "kerah+peN-an"
    key_cache.save("id", tmp_path, key_cache.take_computed(first))
    second = IndonesianAnalyzer()
    assert key_cache.preload(second, tmp_path) >= 1
    assert second.key("pengerahannya") == "kerah+peN-an"
    assert key_cache.take_computed(second) == {}


def test_an_unreadable_cache_is_ignored(tmp_path: Path) -> None:
    key_cache.cache_file("id", tmp_path).write_bytes(b"not marshal data")
    analyzer = IndonesianAnalyzer()
    assert key_cache.preload(analyzer, tmp_path) == 0
    assert analyzer.key("memveto") == "veto"


def test_the_file_name_follows_the_morphology_fingerprint(tmp_path: Path) -> None:
    name = key_cache.cache_file("id", tmp_path).name
    assert name.startswith("keys-id-") and key_cache.fingerprint("id") in name
    assert key_cache.fingerprint("id") != key_cache.fingerprint("en")
