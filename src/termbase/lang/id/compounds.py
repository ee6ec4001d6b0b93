"""How Indonesian spaces its compounds: bound forms written joined to the word after them,
and the affixes that open compounds take (joined to one word, or joining the two).

``termbase.check.word_boundaries`` and ``termbase.compounds`` read these tables;
nothing here runs code.
"""

from termbase.lang.id.morphology import NASAL_REPLACED_INITIALS as NASAL_REPLACED_INITIALS

BOUND_FORMS: frozenset[str] = frozenset(
    {
        "adi", "aero", "antar", "anti", "awa", "bi", "bio", "catur", "dasa", "de", "dwi",
        "eka", "ekstra", "geo", "hiper", "infra", "inter", "intra", "ko", "kontra", "maha",
        "makro", "manca", "mikro", "mono", "multi", "nara", "neo", "non", "pan", "panca",
        "para", "pari", "pasca", "poli", "pra", "pro", "purna", "sapta", "semi", "sub",
        "super", "swa", "tele", "trans", "tri", "tuna", "ultra",
    }
)  # fmt: skip
"""Forms that never stand alone in standard spelling (PUEBI, *bentuk terikat*): they are
written joined to the next word (*antarbenua*, *pascaperang*, *nonproliferasi*,
*swasembada*, *tunanetra*), with a hyphen only before a capital or a number
(*non-Indonesia*, *pasca-2024*). Writers often split them off (*antar benua*, *non
proliferasi*, *pasca-perang*): a glossary word that begins with one of them may be found
written that way. Several are also free words in other senses (*antar jemput*, *pro dan
kontra*, *catur*): the checker only reports a split where joining it makes a glossary term
match, so a free word stays quiet."""

MIN_PART_LETTERS = 3
"""The shortest glossary word looked for in a word written joined (*hakveto*: *hak* +
*veto*), and the shortest second part after a bound form (*non* + *blok*). Two free words
are not looked for written apart when the glossary joins them: writers cut compounds there
rightly as often as not (*ayah anda* and *ayahanda*, *ke luar* and *keluar*)."""

COMPOUND_PREFIXES: tuple[str, ...] = (
    "ber", "be", "ter", "te", "per", "di", "ke", "se", "memper", "diper",
)  # fmt: skip
"""Prefixes, as written, that attach to the first word of an open compound unchanged
(*bekerja sama*, *bertanggung jawab*, *dipertanggungjawabkan*). *be-* and *te-* are *ber-*
and *ter-* before a syllable with *r* (*bekerja*); both spellings are looked for, since a
writer who joins the compound may also get the prefix wrong (*berkerjasama*)."""

NASAL_PREFIXES: tuple[str, ...] = ("me", "pe")
"""*meN-* and *peN-*: the nasal they end in depends on the word after them."""

NASALS: dict[str, str] = {
    **dict.fromkeys("aeioughk", "ng"),
    **dict.fromkeys("bfvp", "m"),
    **dict.fromkeys("cdjtz", "n"),
    "s": "ny",
    **dict.fromkeys("lmnrwy", ""),
}
"""The nasal of *meN-* and *peN-* by the first letter of the word they join
(*menggarisbawahi*, *melipatgandakan*); the initials of
``NASAL_REPLACED_INITIALS`` give way to it (*menandatangani*, *mengerjasamakan*,
*penandatanganan*)."""

COMPOUND_SUFFIXES: tuple[str, ...] = ("kan", "i", "an")
"""Suffixes that attach to the last word of an open compound (*tanda tangani*, *kerja
samakan*). With a prefix as well the compound is written as one word (PUEBI: *gabungan
kata* that takes a prefix and a suffix at once): *ditandatangani*, *penandatanganan*,
*dilipatgandakan*, *menggarisbawahi*, *pertanggungjawaban*, *dikerjasamakan*. With one of
them only it stays open: *bekerja sama*, *tanda tangani*, *bertanggung jawab*. Clitics
(*-nya*, *-lah*) are no suffixes: *kerja samanya*, *bekerja samalah*."""
