"""Normalisation: strings a reader sees as equal compare equal."""

import pytest

from termbase.text.normalize import collapse_whitespace, fold, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“kekhawatiran serius”", '"kekhawatiran serius"'),
        ("Korea’s", "Korea's"),
        ("Dewan\u00a0Keamanan", "Dewan Keamanan"),
        ("penge\u00adrahan", "pengerahan"),
        ("Korea\u2011Utara", "Korea-Utara"),
        ("militer\u2013teknis", "militer-teknis"),  # en dash typeset for a hyphen
        ("Korea Utara\u2014Rusia", "Korea Utara-Rusia"),
        ("Pe\u0301rez", "Pérez"),
        ("\ufeffPBB", "PBB"),
        ("kerja\u200bsama", "kerjasama"),
        ("v\u0435\u0442o power", "veto power"),  # Cyrillic е and т inside a Latin word
        ("\u0420\u0411\u0411 \u041c\u043e\u0441\u043a\u0432\u0430", "РББ Москва"),  # all Cyrillic
        ("\u039d\u0391TO", "NATO"),  # Greek capitals Ν and Α
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_fold_is_case_insensitive_after_normalising() -> None:
    assert fold("DEWAN\u00a0Keamanan") == fold("dewan keamanan")


def test_collapse_whitespace_trims_and_joins() -> None:
    assert collapse_whitespace("  hak \t\n veto ") == "hak veto"


def test_ascii_text_is_returned_unchanged() -> None:
    text = "Rusia memveto resolusi tahun 2022."
    assert normalize_text(text) is text
