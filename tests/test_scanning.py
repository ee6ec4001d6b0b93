"""The scanner finds exactly what the term matcher finds, on real and random text."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.glossary import load_glossary
from termbase.matching import TermMatcher
from termbase.model import Concept, Glossary, Term
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
    assert scanner.find(text, maximal=True) == matcher.find(text, maximal=True)


PIECES = [
    "Dewan", "Keamanan", "PBB", "P.B.B.", "PBB-nya", "pbb", "A.S.", "AS", "as", "kerjasama",
    "Kerjasamanya", "kerja", "sama", "militer", "hak", "vetonya", "veto", "Korea", "Utara",
    "Korut", "(Korut),", "“pakta", "pertahanan", "timbal", "balik”", "bantuan", "bersama.",
    "dan", "di", "negara-negara", "2024", "\n", "\r\n", "\u00a0", ",", "-", "Utara-Rusia",
    "uji", "coba", "rudal", "balistik", "antarbenua", "pasukan", "penjaga", "perdamaian",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(PIECES), max_size=40), lang=st.sampled_from(["id", "en"]))
def test_scanner_equals_matcher_on_random_text(
    words: list[str], lang: str, matchers: dict[str, tuple[TermMatcher, TermScanner]]
) -> None:
    matcher, scanner = matchers[lang]
    text = " ".join(words)
    assert scanner.find(text) == matcher.find(text)
    assert scanner.find(text, maximal=True) == matcher.find(text, maximal=True)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(PIECES), max_size=40))
def test_maximal_matches_are_those_no_other_match_contains(
    words: list[str], matchers: dict[str, tuple[TermMatcher, TermScanner]]
) -> None:
    _, scanner = matchers["id"]
    text = " ".join(words)
    maximal = [(m.first_token, m.end_token) for m in scanner.find(text, maximal=True)]
    # Starts and ends both rise: no match is inside another, and overlaps are kept.
    assert all(a < c and b < d for (a, b), (c, d) in pairwise(maximal))
    for match in scanner.find(text):
        assert any(a <= match.first_token and match.end_token <= b for a, b in maximal)


WORDS = ["uji", "coba", "rudal", "balistik"]
"""Few words, so that random terms overlap in random text."""


def longest_at_each_word(matcher: TermMatcher, text: str) -> list[tuple[int, int, str]]:
    """Every maximal match by its definition: the longest match starting at each word,
    unless a match starting earlier reaches as far."""
    found: list[tuple[int, int, str]] = []
    for token in tokenize(text):
        first = next(iter(matcher.find(text[token.start :])), None)
        if first is not None and first.start == 0:
            end = token.start + first.end
            if not found or end > found[-1][1]:
                found.append((token.start, end, first.ref.concept_id))
    return found


@settings(max_examples=300, deadline=None)
@given(
    terms=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), min_size=1),
    words=st.lists(st.sampled_from(WORDS), max_size=30),
)
def test_maximal_matches_with_terms_that_overlap_everywhere(
    terms: list[list[str]], words: list[str]
) -> None:
    distinct = list(dict.fromkeys(" ".join(term) for term in terms))
    glossary = Glossary(
        [Concept(f"c{number}", {"id": (Term(text),)}) for number, text in enumerate(distinct)]
    )
    matcher = TermMatcher(glossary, "id")
    text = " ".join(words)
    maximal = TermScanner(matcher).find(text, maximal=True)
    assert maximal == matcher.find(text, maximal=True)
    spans = [(m.start, m.end, m.ref.concept_id) for m in maximal]
    assert spans == longest_at_each_word(matcher, text)


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


def test_the_scanner_finds_overlapping_terms(
    matchers: dict[str, tuple[TermMatcher, TermScanner]],
) -> None:
    matcher, scanner = matchers["id"]
    text = "Seoul mengecam uji coba rudal balistik antarbenua Korut dan uji coba rudal jelajah."
    expected = ["uji coba rudal", "rudal balistik antarbenua", "Korut", "uji coba rudal"]
    assert [m.text(text) for m in scanner.find(text, maximal=True)] == expected
    assert scanner.find(text, maximal=True) == matcher.find(text, maximal=True)
    leftmost_longest = ["uji coba rudal", "Korut", "uji coba rudal"]
    assert [m.text(text) for m in scanner.find(text)] == leftmost_longest


def test_parts_locate_a_spelling_inside_a_longer_term(
    matchers: dict[str, tuple[TermMatcher, TermScanner]],
) -> None:
    _, scanner = matchers["id"]
    text = "di hadapan Dewan Keamanan PBB dan Dewan Keamanan P.B.B."
    written, dotted = scanner.find(text)
    assert [(text[p.start : p.end], p.ref.index) for p in written.parts] == [("PBB", 1)]
    assert [(text[p.start : p.end], p.ref.index) for p in dotted.parts] == [("P.B.B.", 2)]
    assert dotted.variant is not None and written.variant is None
