"""Indonesian morphology as data: clitics, derivational tags and stemmer corrections.

The analyser in ``termbase.text.morphology`` reads these tables; nothing here runs code.
"""

CLITICS: tuple[str, ...] = ("lah", "kah", "tah", "pun", "nya", "ku", "mu")
"""Particles, then possessive pronouns, in the order they are stripped from the end of a word
(hak vetonya → hak veto, bukankah → bukan)."""

MIN_STEM_AFTER_CLITIC = 3
"""A clitic is only removed when at least this many letters remain (ku-ku, mu)."""

PREFIX_ALLOMORPHS: tuple[tuple[str, str], ...] = (
    # (a prefix as written before its root, longest first; its tag in the key)
    ("menge", ""),
    ("meng", ""),
    ("meny", ""),
    ("mem", ""),
    ("men", ""),
    ("me", ""),
    ("di", ""),
    ("kau", ""),
    ("ku", ""),
    ("penge", "peN"),
    ("peng", "peN"),
    ("peny", "peN"),
    ("pem", "peN"),
    ("pen", "peN"),
    ("per", "per"),
    ("pel", "per"),
    ("pe", "peN"),
    ("ber", "ber"),
    ("bel", "ber"),
    ("be", "ber"),
    ("ter", "ter"),
    ("te", "ter"),
    ("ke", "ke"),
    ("se", "se"),
)
"""Prefixes and how they are kept in a matching key.

Voice (meN-, di-) and the proclitics ku-, kau- have an empty tag: memveto, diveto and veto
share a key. Prefixes that derive a different lexeme keep a tag, so pengerahan (deployment)
never matches kerah (collar) and keamanan (security) never matches aman (safe); a word with
several (berpengalaman, keberlanjutan) keeps them all, outermost first."""

DERIVING_SUFFIXES: tuple[str, ...] = ("an",)
"""Suffixes kept in the key as a tag: tahanan (detainee) is not tahan (hold), pendudukan
(occupation) is not penduduk (inhabitant)."""

NASAL_REPLACED_INITIALS: frozenset[str] = frozenset("kpts")
"""Root initials that meN- and peN- replace with their nasal (kerah → pengerahan, pukul →
memukul, tolak → menolak, serang → menyerang)."""

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
    "penyelidikan": "selidik+peN-an",
}
"""Word forms the dictionary stemmer gets wrong, with the key they should have.

Sastrawi reads pasukan (troops) as pasu + -kan, membantah (deny) as ban and penyelidikan
(investigation) as lidi (broom stick); these are checked before the stemmer runs. Words are
clitic-free and lower-case; a key is a root, with its derivation tag where there is one."""

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

REDUPLICATION_DIGIT = "2"
"""Informal writing marks a full reduplication with a 2 (*sanksi2* for *sanksi-sanksi*,
*negara2nya* for *negara-negaranya*)."""
MIN_REDUPLICATED_LETTERS = 3
"""Shorter words with a 2 are codes and names (*G2*, *Su2*), not reduplications."""

VOWELS: frozenset[str] = frozenset("aeiou")
"""Letters without which no Indonesian word can be said: an acronym written in another case
without one (*pbb*, *dpr*) can only be the acronym."""

ACRONYM_SUFFIX_JOINER = "-"
"""How a clitic is written on an acronym: PUEBI hyphenates an affix or clitic after a word in
capitals (*KTP-mu*, *SIM-nya*, *NATO-nya*), so *Natonya* is corrected to *NATO-nya*."""
