"""Indonesian morphology as data: clitics, derivational tags and stemmer corrections.

The analyser in ``termbase.text.morphology`` reads these tables; nothing here runs code.
"""

CLITICS: tuple[str, ...] = ("lah", "kah", "tah", "pun", "nya", "ku", "mu")
"""Particles, then possessive pronouns, in the order they are stripped from the end of a word
(hak vetonya → hak veto, bukankah → bukan)."""

MIN_STEM_AFTER_CLITIC = 3
"""A clitic is only removed when at least this many letters remain (ku-ku, mu)."""

NOMINAL_PREFIX_TAGS: tuple[tuple[str, str], ...] = (
    # (how the word begins when the stemmer removes a prefix, the tag kept in the key)
    ("per", "per"),
    ("pe", "peN"),
    ("ke", "ke"),
    ("be", "ber"),
    ("te", "ter"),
    ("se", "se"),
)
"""Prefixes that derive a different lexeme, kept in the matching key as a tag.

Voice prefixes (meN-, di-) and the verbal suffixes -kan and -i are seen through:
memveto, diveto and veto share a key. Derivations such as peN-...-an, per-...-an and
ke-...-an keep a tag, so pengerahan (deployment) never matches kerah (collar) and keamanan
(security) never matches aman (safe)."""

NOMINAL_SUFFIX_TAG = "an"
"""The derivational suffix -an is kept as a tag (tahanan, detainee, is not tahan)."""

EXTRA_ROOTS: frozenset[str] = frozenset(
    {
        "antarbenua",
        "denuklirisasi",
        "destabilisasi",
        "kerjasama",
        "nonproliferasi",
        "pasukan",
        "proliferasi",
        "propagandis",
    }
)
"""Roots the stemmer's dictionary lacks, added so that their inflected forms stem to them."""

STEM_CORRECTIONS: dict[str, str] = {
    "belahan": "belah",
    "beragam": "ragam",
    "membantah": "bantah",
    "memasuki": "masuk",
    "pasukan": "pasukan",
    "penyelidikan": "selidik",
}
"""Word forms the dictionary stemmer gets wrong, with their right root.

Sastrawi reads pasukan (troops) as pasu + -kan and membantah (deny) as ban; these are
checked before the stemmer runs. Keys are clitic-free, lower-case forms."""

AFFIXED_BEGINNINGS: tuple[str, ...] = ("me", "di", "ke", "pe", "be", "te", "se", "ku", "kau")
AFFIXED_ENDINGS: tuple[str, ...] = ("i", "an", "kan", "lah", "kah", "tah", "pun", "nya", "ku", "mu")
"""A word that neither begins nor ends like this has no affix to strip: the stemmer is skipped."""

VOICE_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("meng", ("", "k")),
    ("meny", ("s",)),
    ("mem", ("", "p")),
    ("men", ("", "t")),
    ("me", ("",)),
    ("di", ("",)),
)
"""Active and passive voice prefixes with the root initials their nasal may replace
(mengirim → kirim, menyerang → serang, memukul → pukul, menolak → tolak)."""

VOICE_SUFFIXES: tuple[str, ...] = ("kan", "i")
"""Verbal suffixes that the matching key sees through (dikerahkan, mengakhiri)."""
