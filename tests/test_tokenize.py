"""Tokens carry offsets into the original text, whatever its characters."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termbase.text.tokenize import PLAIN_TOKEN_PATTERN, TOKEN_PATTERN, TokenKind, tokenize


def texts(sentence: str) -> list[str]:
    return [token.text for token in tokenize(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "melanggar resolusi Dewan Keamanan P.B.B.",
            ["melanggar", "resolusi", "Dewan", "Keamanan", "P.B.B."],
        ),
        ("Angkatan Darat A.S.", ["Angkatan", "Darat", "A.S."]),
        ("pengerahan 10.000 prajurit", ["pengerahan", "10.000", "prajurit"]),
        ("negara-negara Indo-Pasifik", ["negara-negara", "Indo", "-", "Pasifik"]),
        ("Perserikatan Bangsa-Bangsa", ["Perserikatan", "Bangsa-Bangsa"]),
        ("ikatan Rusia-Korea Utara", ["ikatan", "Rusia", "-", "Korea", "Utara"]),
        ("sanksi PBB-nya", ["sanksi", "PBB-nya"]),
        ("negara\u2011negara Barat", ["negara\u2011negara", "Barat"]),  # non-breaking hyphen
        ("sanksi PBB\u2010nya", ["sanksi", "PBB\u2010nya"]),  # Unicode hyphen
        ("North Korea’s ties", ["North", "Korea’s", "ties"]),
        ("12.000 tentara, 2,5 juta", ["12.000", "tentara", ",", "2,5", "juta"]),
    ],
)
def test_tokens_from_the_corpus(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


def test_offsets_point_into_the_original_text() -> None:
    text = "“Kerja\u00a0sama” penge\u00adrahan A.S."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    assert [token.norm for token in tokenize(text) if token.is_word] == [
        "Kerja",
        "sama",
        "pengerahan",
        "A.S.",
    ]


def test_kinds() -> None:
    kinds = {token.text: token.kind for token in tokenize("PBB P.B.B. 2024 , veto")}
    assert kinds == {
        "PBB": TokenKind.WORD,
        "P.B.B.": TokenKind.ABBREVIATION,
        "2024": TokenKind.NUMBER,
        ",": TokenKind.PUNCTUATION,
        "veto": TokenKind.WORD,
    }


def test_empty_text_has_no_tokens() -> None:
    assert tokenize("") == []
    assert tokenize(" \n\t ") == []


@given(st.text(alphabet="aZé1_.,-\u2011’' \u00a0\u0301\u00adnyaPBB", max_size=30))
def test_the_plain_pattern_is_a_shortcut(text: str) -> None:
    """Without accents or invisible characters to combine, both patterns find the same."""
    plain = "".join(char for char in text if char not in "\u0301\u00ad")
    spans = [(m.group(), m.span(), m.lastgroup) for m in TOKEN_PATTERN.finditer(plain)]
    assert spans == [
        (m.group(), m.span(), m.lastgroup) for m in PLAIN_TOKEN_PATTERN.finditer(plain)
    ]
    assert [token.text for token in tokenize(text)] == [
        m.group() for m in TOKEN_PATTERN.finditer(text)
    ]
