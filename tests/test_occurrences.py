"""The places recorded for the consistency rules are those of the scanner's full matches."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termbase.check.context import CheckContext, DocumentRun, Use
from termbase.check.inputs import InputKind, Source, document_from_text
from termbase.check.occurrences import FormIndex
from termbase.check.respelling import hit_if_written
from termbase.glossary import load_glossary
from termbase.matching import TermMatcher
from termbase.scanning import TermScanner
from termbase.text.tokenize import tokenize

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "data" / "corpus" / "id").glob("*.txt"))


@pytest.fixture(scope="module")
def forms() -> FormIndex:
    glossary = load_glossary(ROOT / "glossary")
    scanner = TermScanner(TermMatcher(glossary, "id"))
    return FormIndex(CheckContext(glossary, "id", scanner, []))


def expected(forms: FormIndex, text: str) -> list[tuple[Use, int, int]]:
    """Each form of a mixable concept in the full matches, the term before its parts."""
    places = []
    for match in forms.context.scanner.find(text):
        spans = [(match.ref, match.start, match.end)]
        spans += [(part.ref, part.start, part.end) for part in match.parts]
        places += [
            ((ref.concept_id, ref.index), start, end)
            for ref, start, end in spans
            if ref.concept_id in forms.mixable
        ]
    return places


def recorded(forms: FormIndex, text: str) -> list[tuple[Use, int, int]]:
    flat = forms.record(forms.context.scanner.scan(text))
    return [(forms.uses[flat[i]], flat[i + 1], flat[i + 2]) for i in range(0, len(flat), 3)]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name[:3])
def test_recorded_places_are_the_matches_places(path: Path, forms: FormIndex) -> None:
    text = path.read_text(encoding="utf-8")
    assert recorded(forms, text) == expected(forms, text)
    assert recorded(forms, text), "the articles mix forms"


PIECES = [
    "Dewan", "Keamanan", "PBB", "P.B.B.", "PBB-nya", "pbb", "A.S.", "AS", "Amerika", "Serikat",
    "kerjasama", "Kerjasamanya", "kerja", "sama", "militer", "Korea", "Utara", "Korut",
    "(Korut),", "pakta", "pertahanan", "timbal", "balik", "bantuan", "bersama.", "dan",
    "Perserikatan", "Bangsa-Bangsa", "\n", "\u00a0", ",", "-",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(PIECES), max_size=40))
def test_recorded_places_on_random_text(words: list[str], forms: FormIndex) -> None:
    text = " ".join(words)
    assert recorded(forms, text) == expected(forms, text)


def test_spellings_inside_longer_terms_are_places_and_counted(forms: FormIndex) -> None:
    text = "Dewan Keamanan PBB, Dewan Keamanan P.B.B. dan PBB serta P.B.B."
    pbb, dotted = ("perserikatan-bangsa-bangsa", 1), ("perserikatan-bangsa-bangsa", 2)
    assert recorded(forms, text) == [
        (pbb, 15, 18),
        (dotted, 35, 41),
        (pbb, 46, 49),
        (dotted, 56, 62),
    ]
    assert forms.usage(forms.record(forms.context.scanner.scan(text))) == {pbb: 2, dotted: 2}


@pytest.mark.parametrize(
    ("text", "written", "respelt", "width", "places"),
    [
        # The respelt term stands for the hits inside it: P.B.B. is counted once (the
        # council's own forms are no alternatives of each other).
        (
            "Dewan Keamanan-P.B.B. bersidang.",
            "Keamanan",
            "Keamanan P.B.B.",
            3,
            [("perserikatan-bangsa-bangsa", "P.B.B.")],
        ),
        (
            "Mereka meneken pakta pertahanan timbal-balik.",
            "timbal",
            "timbal balik",
            3,
            [("pakta-pertahanan-bersama", "pakta pertahanan timbal-balik")],
        ),
        # A hit the respelt term overlaps only in part stays, and the term is not counted:
        # the matcher still reads uji coba rudal first once antar benua is corrected.
        ("Uji coba rudal balistik antar benua gagal.", "antar", "antarbenua", 2, []),
    ],
)
def test_a_respelt_term_counts_for_the_hits_it_covers(
    forms: FormIndex,
    text: str,
    written: str,
    respelt: str,
    width: int,
    places: list[tuple[str, str]],
) -> None:
    context = forms.context
    scanned = context.scanner.scan(text)
    run = DocumentRun(
        context, document_from_text(Source("a.txt", None, InputKind.TEXT), text), scanned
    )
    token = [token.text for token in tokenize(text)].index(written)
    codes = "".join(map(context.scanner.token_code, tokenize(respelt)))
    hit = hit_if_written(run, token, codes, width)
    assert hit is not None
    flat = forms.record(scanned, [hit])
    found = [
        (forms.uses[flat[i]][0], text[flat[i + 1] : flat[i + 2]]) for i in range(0, len(flat), 3)
    ]
    assert found == places
