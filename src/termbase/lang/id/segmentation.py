"""Indonesian sentence-boundary data: abbreviations, sentence openers, caption lines.

``termbase.text.segment`` reads these tables; nothing here runs code.
"""

TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "bpk", "dr", "dra", "drg", "drs", "h", "hj", "ir", "jend", "jl", "kab", "kapt", "kec",
        "kol", "letjen", "mayjen", "brigjen", "no", "ny", "prof", "prov", "sdr", "sdri", "st",
        "tn", "hlm", "tgl", "thn", "vol",
    }
)  # fmt: skip
"""Abbreviations that stand before a name or number and so never end a sentence
(Dr. Sutopo, Jend. Andika, No. 5, hlm. 12)."""

CLOSING_ABBREVIATIONS: frozenset[str] = frozenset({"dll", "dsb", "dst", "dkk", "tsb", "sda"})
"""Abbreviations that often end a sentence (dan lain-lain → dll.): a capital after them
starts a new sentence, as after any word."""

SUFFIX_ABBREVIATIONS: frozenset[str] = frozenset({"tbk"})
"""Abbreviations that follow a name and may end a sentence; like dotted acronyms, they
end one only before a sentence opener."""

SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        "adapun", "akan", "akhirnya", "apa", "apakah", "bagaimana", "bahkan", "banyak",
        "beberapa", "bukan", "dalam", "dan", "dari", "demikian", "dengan", "di", "dia",
        "hal", "ia", "ini", "itu", "jadi", "jika", "juga", "kami", "karena", "kedua",
        "kemudian", "ketika", "kita", "lalu", "menurut", "mereka", "meskipun", "namun",
        "oleh", "pada", "para", "saat", "sebelum", "sebelumnya", "sejak", "selain",
        "selanjutnya", "sementara", "semua", "sedangkan", "setelah", "siapa", "tetapi",
        "tidak", "untuk", "walaupun", "yang",
    }
)  # fmt: skip
"""Closed-class words that open sentences. After a dotted acronym (A.S., P.B.B.) a new
sentence is assumed only when one of these follows: *A.S. Namun* ends a sentence,
*P.B.B. Dewan* does not."""

CAPTION_PATTERNS: tuple[str, ...] = (
    (
        r"(?:FOTO|VIDEO|GAMBAR|ILUSTRASI|GRAFIS)(?: DIAMBIL DARI| OLEH)?\s*:\s*"
        r"[A-Z0-9][A-Z0-9/&.\-]*(?: [A-Z0-9/&.\-]+)*"
    ),
    r"(?:Foto|Video|Gambar|Ilustrasi|Dok|Sumber)\s*/\s*[A-Z][\w.&\-]*",
)
"""Photo and video credit lines (Foto/AP, VIDEO DIAMBIL DARI: EYEPRESS/REUTERS): segments of
their own, recognised at the start of a line or of a sentence."""
