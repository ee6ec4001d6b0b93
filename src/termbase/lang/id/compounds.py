"""How Indonesian spaces its compounds: bound forms written joined to the word after them.

``termbase.check.word_boundaries`` reads these tables; nothing here runs code.
"""

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
