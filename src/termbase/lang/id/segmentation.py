"""Indonesian sentence-boundary data: abbreviations, sentence openers, caption and site lines.

``termbase.text.segment`` reads these tables; nothing here runs code.
"""

TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "bpk", "brigjen", "cv", "dr", "dra", "drg", "drs", "h", "hj", "inf", "ir", "jend",
        "jl", "kab", "kapt", "kav", "kec", "kol", "letjen", "mayjen", "mhd", "moh", "muh",
        "ny", "prof", "prov", "pt", "sdr", "sdri", "st", "tn",
    }
)  # fmt: skip
"""Abbreviations that stand before a name and so never end a sentence (Dr. Sutopo, Jend.
Andika, Kol. Inf. Ahmad, Moh. Hatta, PT. Maju Jaya)."""

NUMBER_ABBREVIATIONS: frozenset[str] = frozenset({"hlm", "no", "pk", "pkl", "tgl", "thn", "vol"})
"""Abbreviations that stand before a number (No. 5, hlm. 12, pk. 10.00): they hold a
sentence together only when a number follows."""

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
    (
        r"\(?(?:Foto|Video|Gambar|Ilustrasi|Grafis|Sumber(?: foto| gambar)?)\s*:\s*"
        r"[A-Z0-9(][\w.&\-]*(?:(?:\s*/\s*|\s+)[A-Z0-9(][\w.&\-]*)*\)?(?=\s*$)"
    ),
)
"""Photo and video credit lines (Foto/AP, VIDEO DIAMBIL DARI: EYEPRESS/REUTERS, Foto:
ANTARA/Galih Pradipta, (Foto: Dok. Humas)): segments of their own, recognised at the start
of a line or of a sentence. A credit in mixed case must end its line, so that *Video:
Ginting juara* (a title) and a sentence after a credit are not taken for one."""

BOILERPLATE_PATTERNS: tuple[str, ...] = (
    r"(?i:baca|lihat|simak|tonton|saksikan)\s+(?i:juga|pula)\b.*",
    (
        r"(?i:baca|simak|ikuti|dapatkan|tonton|saksikan)\s+"
        r"(?i:berita|artikel|video|informasi|update|kabar)\b.*"
    ),
    (
        r"(?i:editor|penyunting|penulis|pewarta|reporter|redaktur|oleh|tag|tags|topik"
        r"|kata kunci)\s*:\s*\S.*"
    ),
)
"""Lines a news site adds around an article, matched against a whole line: links to other
articles (*Baca juga: …*, *Baca Juga*), calls to read on (*Simak berita kesehatan lainnya di
kanal kami.*), credits and tags (*Editor: …*, *Oleh: …*, *Tag: …*). Translations often
leave them out, so the aligner must not pair one with a line the translator added."""
