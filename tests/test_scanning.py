"""The scanner finds exactly what the term matcher finds, on real and random text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.glossary import load_glossary
from termbase.matching import TermMatcher
from termbase.model import Glossary
from termbase.scanning import TermScanner, simple_tokens
from termbase.text.tokenize import tokenize

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "corpus" / "id").glob("*.txt"))


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(ROOT / "glossary")


@pytest.fixture(scope="module")
def matchers(glossary: Glossary) -> dict[str, tuple[TermMatcher, TermScanner]]:
    found = {}
    for lang in ("id", "en"):
        matcher = TermMatcher(glossary, lang)
        found[lang] = (matcher, TermScanner(matcher))
    return found


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name[:3])
def test_scanner_equals_matcher_on_the_articles(
    path: Path, matchers: dict[str, tuple[TermMatcher, TermScanner]]
) -> None:
    matcher, scanner = matchers["id"]
    text = path.read_text(encoding="utf-8")
    assert scanner.find(text) == matcher.find(text)


PIECES = [
    "Dewan", "Keamanan", "PBB", "P.B.B.", "PBB-nya", "pbb", "A.S.", "AS", "as", "kerjasama",
    "Kerjasamanya", "kerja", "sama", "militer", "hak", "vetonya", "veto", "Korea", "Utara",
    "Korut", "(Korut),", "“pakta", "pertahanan", "timbal", "balik”", "bantuan", "bersama.",
    "dan", "di", "negara-negara", "2024", "\n", "\r\n", "\u00a0", ",", "-", "Utara-Rusia",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(PIECES), max_size=40), lang=st.sampled_from(["id", "en"]))
def test_scanner_equals_matcher_on_random_text(
    words: list[str], lang: str, matchers: dict[str, tuple[TermMatcher, TermScanner]]
) -> None:
    matcher, scanner = matchers[lang]
    text = " ".join(words)
    assert scanner.find(text) == matcher.find(text)


@given(st.text(alphabet="aZé.,()“”'\"-x1", max_size=8))
def test_simple_tokens_agree_with_the_tokenizer(piece: str) -> None:
    simple = simple_tokens(piece)
    assert simple is None or simple == tokenize(piece)


def test_offsets_point_into_the_text(matchers: dict[str, tuple[TermMatcher, TermScanner]]) -> None:
    _, scanner = matchers["id"]
    text = "Baris satu.\r\n  Dewan  Keamanan\nP.B.B. menolak kerjasamanya."
    found = [(text[m.start : m.end], m.ref.concept_id) for m in scanner.find(text)]
    assert ("Dewan  Keamanan\nP.B.B.", "dewan-keamanan-pbb") in found
    assert ("kerjasamanya", "kerja-sama") in found


def test_parts_locate_a_spelling_inside_a_longer_term(
    matchers: dict[str, tuple[TermMatcher, TermScanner]],
) -> None:
    _, scanner = matchers["id"]
    text = "di hadapan Dewan Keamanan PBB dan Dewan Keamanan P.B.B."
    written, dotted = scanner.find(text)
    assert [(text[p.start : p.end], p.ref.index) for p in written.parts] == [("PBB", 1)]
    assert [(text[p.start : p.end], p.ref.index) for p in dotted.parts] == [("P.B.B.", 2)]
    assert dotted.variant is not None and written.variant is None
