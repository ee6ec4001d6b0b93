"""Words next to a noun phrase that show it is a description, not a name.

*sebuah kelompok tujuh pemuda*, *membentuk dewan keamanan regional*: a determiner before
the phrase or a modifier after it make *kelompok tujuh* and *dewan keamanan* common nouns,
where *di dewan keamanan* or *dewan keamanan mengecam* would be the names in lower case.
"""

DETERMINERS: frozenset[str] = frozenset(
    {
        "banyak",
        "beberapa",
        "berbagai",
        "para",
        "satu",
        "sebuah",
        "sejenis",
        "sejumlah",
        "semacam",
        "seorang",
        "setiap",
        "suatu",
        "tiap",
    }
)
"""Words that make the noun after them indefinite or plural, so not a proper name."""

NOT_MODIFIERS: frozenset[str] = frozenset(
    {
        "adalah",
        "akan",
        "atau",
        "bagi",
        "bahwa",
        "belum",
        "dalam",
        "dan",
        "dari",
        "dengan",
        "di",
        "ialah",
        "ini",
        "itu",
        "juga",
        "karena",
        "ke",
        "kepada",
        "masih",
        "oleh",
        "pada",
        "pun",
        "sebagai",
        "sudah",
        "serta",
        "telah",
        "tentang",
        "tidak",
        "untuk",
        "yang",
    }
)
"""Root words that can follow a noun phrase without modifying it."""
