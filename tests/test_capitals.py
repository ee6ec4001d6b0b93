"""Which capitals the place of a word explains: sentence starts and headlines."""

from __future__ import annotations

import pytest

from termbase.text.capitals import capital_is_positional, in_headline, starts_sentence


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Senjaya pun diam.", "Senjaya", True),
        ("Kata dia. Senjaya pun diam.", "Senjaya", True),
        ('Ia berkata, "Senjaya pun diam."', "Senjaya", False),
        ("Kata Mayjen Herman Senjaya kepada wartawan.", "Senjaya", False),
        ("Judul\n\nSenjaya pun diam.", "Senjaya", True),
        ("kata Mayjen Herman\nSenjaya kepada wartawan", "Senjaya", False),
        ("Oleh Hendra Wiratama\nPeneliti hubungan internasional", "Peneliti", False),
        ("Kedua pihak membahas:\n1. Pertukaran perwira", "Pertukaran", True),
    ],
)
def test_sentence_starts(text: str, word: str, expected: bool) -> None:
    assert starts_sentence(text, text.index(word)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Latihan Militer Gabungan Digelar di Tiga Provinsi, Melibatkan 11 Negara", True),
        ("KOREA UTARA LUNCURKAN RUDAL BALISTIK, JEPANG DAN AS KECAM", True),
        ("Kata Mayjen TNI Herman Senjaya kepada wartawan di Jakarta.", False),
        ("Opini", False),
    ],
)
def test_headlines(line: str, expected: bool) -> None:
    text = f"Paragraf sebelumnya.\n{line}\nParagraf berikutnya."
    assert in_headline(text, text.index(line) + 1) is expected


def test_a_capital_in_running_prose_is_not_positional() -> None:
    text = "Pasukan itu dipimpin Herman Senjaya."
    assert not capital_is_positional(text, text.index("Senjaya"))
