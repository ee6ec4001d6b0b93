"""Indonesian words an aligner can read without a dictionary: numbers, months, weekdays,
and the spelling of loanwords that English shares (nuklir/nuclear, resolusi/resolution).

``termbase.align.evidence`` reads these tables; nothing here runs code.
"""

DECIMAL_SEPARATOR = ","
"""Indonesian writes 2,5 for two and a half and 10.000 for ten thousand."""

NUMBER_WORDS: dict[str, int] = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100,
    "seribu": 1000, "sejuta": 1_000_000, "pertama": 1, "kedua": 2, "ketiga": 3,
    "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9,
    "kesepuluh": 10,
}  # fmt: skip
"""Cardinals and ordinals written as words: *tiga sekutu* is *three allies*."""

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "sabtu": 6, "minggu": 7,
    "ahad": 7,
}  # fmt: skip

LOANWORD_ENDINGS: tuple[tuple[str, str], ...] = (
    ("isasi", "ization"),
    ("asi", "ation"),
    ("usi", "ution"),
    ("esi", "ession"),
    ("si", "sion"),
    ("itas", "ity"),
    ("istis", "istic"),
    ("is", "ic"),
    ("if", "ive"),
    ("ik", "ic"),
    ("er", "ary"),
    ("or", "or"),
    ("al", "al"),
    ("ur", "ure"),
    ("en", "ent"),
    ("i", "y"),
)
"""Indonesian endings of loanwords and the English endings they stand for, longest first:
proliferasi → proliferation, aktivitas → activity, strategis → strategic, militer →
military. Applied only to build cognate keys and glosses, never to correct text."""

LOANWORD_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("ks", "x"),
    ("k", "c"),
    ("f", "ph"),
)
"""Letter correspondences of loanwords (teknologi/technology, ekspor/export): the cognate
skeleton folds both spellings to one form, so they are listed for documentation and for the
gloss."""
