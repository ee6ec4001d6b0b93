"""The near-miss rule's test: what a text would match with a stretch of it spelt otherwise."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from termbase.check.context import CheckContext, DocumentRun
from termbase.check.inputs import InputKind, Source, document_from_text
from termbase.check.respelling import (
    RespeltHit,
    approved_writing,
    hit_if_written,
    matched_as_written,
)
from termbase.glossary import load_glossary
from termbase.matching import TermEntry, TermMatcher
from termbase.model import Term
from termbase.scanning import TermScanner
from termbase.text.tokenize import tokenize

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"


@pytest.fixture(scope="module")
def context() -> CheckContext:
    glossary = load_glossary(GLOSSARY)
    return CheckContext(glossary, "id", TermScanner(TermMatcher(glossary, "id")), [])


def document(context: CheckContext, text: str) -> DocumentRun:
    source = Source("berita.txt", None, InputKind.TEXT)
    return DocumentRun(context, document_from_text(source, text), context.scanner.scan(text))


def codes(context: CheckContext, written: str) -> str:
    return "".join(map(context.scanner.token_code, tokenize(written)))


def term_if_written(
    run: DocumentRun,
    token: int,
    codes: str,
    width: int = 1,
    accept: Callable[[TermEntry], bool] | None = None,
) -> Term | None:
    hit = hit_if_written(run, token, codes, width, accept)
    return run.context.term(hit.entry.ref) if hit else None


def token_at(run: DocumentRun, word: str) -> int:
    return [token.text for token in tokenize(run.text)].index(word)


@pytest.mark.parametrize(
    ("text", "first", "width", "respelt", "term"),
    [
        (
            "Rudal balistik antar benua diuji.",
            "antar",
            2,
            "antarbenua",
            "rudal balistik antarbenua",
        ),
        (
            "Pakta pertahanan timbal-balik diteken.",
            "timbal",
            3,
            "timbal balik",
            "pakta pertahanan timbal balik",
        ),
        (
            "Pakta pertahanan timbalbalik diteken.",
            "timbalbalik",
            1,
            "timbal balik",
            "pakta pertahanan timbal balik",
        ),
        ("Dewan Keamaan PBB bersidang.", "Keamaan", 1, "Keamanan", "Dewan Keamanan PBB"),
        # No term over the whole stretch: timbal balik alone is none, nor is a half of one.
        ("Hubungan timbal-balik membaik.", "timbal", 3, "timbal balik", None),
        ("Pakta pertahanan timbalbalik diteken.", "timbalbalik", 1, "timbal", None),
    ],
)
def test_term_if_written(
    context: CheckContext, text: str, first: str, width: int, respelt: str, term: str | None
) -> None:
    run = document(context, text)
    found = term_if_written(run, token_at(run, first), codes(context, respelt), width)
    assert (found.text if found else None) == term


def test_a_term_before_the_stretch_does_not_hide_one_over_it(context: CheckContext) -> None:
    # The matcher reads *uji coba rudal* first; *rudal balistik antarbenua* overlaps it.
    run = document(context, "Uji coba rudal balistik antar benua gagal.")
    found = term_if_written(run, token_at(run, "antar"), codes(context, "antarbenua"), 2)
    assert found is not None and found.text == "rudal balistik antarbenua"


def test_accept_chooses_among_the_terms_of_a_hit(context: CheckContext) -> None:
    run = document(context, "Kerja-sama itu kian erat.")
    token, respelt = token_at(run, "Kerja"), codes(context, "Kerjasama")
    deprecated = term_if_written(run, token, respelt, 3)
    assert deprecated is not None and deprecated.text == "kerjasama"
    assert term_if_written(run, token, respelt, 3, lambda entry: False) is None


def test_a_respelling_must_be_the_terms_spelling_not_only_its_keys(
    context: CheckContext,
) -> None:
    # A reduplication keys as its half: Perserikatan Bangsa keys like the full name.
    run = document(context, "Perserikatanbangsa mengecam uji coba itu.")
    token, respelt = token_at(run, "Perserikatanbangsa"), codes(context, "Perserikatan Bangsa")
    keyed = term_if_written(run, token, respelt)
    assert keyed is not None and keyed.text == "Perserikatan Bangsa-Bangsa"
    spelt = approved_writing(context, ["perserikatan", "bangsa"])
    assert term_if_written(run, token, respelt, accept=spelt) is None
    hyphenated = approved_writing(context, ["bangsa-bangsa"])
    run = document(context, "Perserikatan Bangsa Bangsa bersidang.")
    found = term_if_written(
        run, token_at(run, "Bangsa"), codes(context, "Bangsa-Bangsa"), 2, hyphenated
    )
    assert found is not None and found.text == "Perserikatan Bangsa-Bangsa"


@pytest.mark.parametrize(
    ("text", "first", "width", "matched"),
    [
        ("Kawasan Indo-Pasifik memanas.", "Indo", 3, True),
        ("Kerja sama militer-teknis diperluas.", "militer", 3, True),
        ("Kawasan Indo Pasifik memanas.", "Indo", 2, False),
        ("Perserikatan Bangsa Bangsa bersidang.", "Bangsa", 2, False),
        ("Hubungan Korea Utara-Rusia membaik.", "Utara", 3, False),
    ],
)
def test_matched_as_written(
    context: CheckContext, text: str, first: str, width: int, matched: bool
) -> None:
    run = document(context, text)
    assert matched_as_written(run, token_at(run, first), width) is matched


def test_a_respelt_hit_is_placed_in_the_text_as_written(context: CheckContext) -> None:
    text = "Rusia meneken pakta pertahanan timbal-baliknya dengan Pyongyang."
    run = document(context, text)
    hit = hit_if_written(run, token_at(run, "timbal"), codes(context, "timbal baliknya"), 3)
    assert isinstance(hit, RespeltHit) and hit.respelt_length == 4
    start, end = hit.span(run.scanned)
    assert text[start:end] == "pakta pertahanan timbal-baliknya"
    assert text[slice(*hit.span(run.scanned, 0, 1))] == "pakta pertahanan"
    assert text[slice(*hit.span(run.scanned, 2, 3))] == "timbal-baliknya"
    assert text[slice(*hit.span(run.scanned, 3, 3))] == "baliknya"
    joined = hit_if_written(run, token_at(run, "timbal"), codes(context, "timbalbalik"), 3)
    assert joined is None


def test_a_respelt_word_stands_for_the_written_words_it_joins(context: CheckContext) -> None:
    run = document(context, "Korea Utara menguji rudal balistik antar benua lagi.")
    hit = hit_if_written(run, token_at(run, "antar"), codes(context, "antarbenua"), 2)
    assert hit is not None and hit.respelt_length == 3
    assert run.text[slice(*hit.span(run.scanned))] == "rudal balistik antar benua"
    assert run.text[slice(*hit.span(run.scanned, 2, 2))] == "antar benua"
