"""English sentence-boundary data: abbreviations, sentence openers, caption lines.

``termbase.text.segment`` reads these tables; nothing here runs code.
"""

TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "adm", "amb", "approx", "art", "capt", "cf", "cmdr", "col", "dr", "e.g", "fig", "ft",
        "gen", "gov", "i.e", "lt", "maj", "messrs", "mr", "mrs", "ms", "mt", "no", "nos",
        "p", "pp", "pres", "prof", "rep", "rev", "sen", "sgt", "st", "vol", "vs",
    }
)  # fmt: skip
"""Abbreviations that stand before a name or number and so never end a sentence
(Dr. Kim, Gen. Smith, No. 5, vs. Russia)."""

CLOSING_ABBREVIATIONS: frozenset[str] = frozenset({"etc"})
"""Abbreviations that often end a sentence: a capital after them starts a new one."""

SUFFIX_ABBREVIATIONS: frozenset[str] = frozenset(
    {"bros", "co", "corp", "inc", "jr", "ltd", "sr", "a.m", "p.m"}
)
"""Abbreviations that follow a name and may end a sentence; like dotted acronyms, they
end one only before a sentence opener."""

SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        "a", "after", "all", "also", "although", "an", "and", "as", "at", "because",
        "before", "both", "but", "by", "during", "each", "even", "for", "from", "he",
        "her", "his", "however", "i", "if", "in", "it", "its", "many", "meanwhile",
        "moreover", "most", "no", "on", "one", "our", "she", "since", "so", "some",
        "still", "such", "that", "the", "their", "there", "these", "they", "this",
        "those", "though", "thus", "to", "we", "what", "when", "where", "which", "while",
        "who", "why", "with", "yet", "you",
    }
)  # fmt: skip
"""Closed-class words that open sentences. After a dotted acronym (U.S., U.N.) or a
suffix such as Jr. a new sentence is assumed only when one of these follows: *the U.S. The
move* ends a sentence, *U.S. Army* does not."""

CAPTION_PATTERNS: tuple[str, ...] = (
    (
        r"(?:PHOTO|VIDEO|IMAGE|GRAPHIC)(?: SOURCE| CREDIT| BY| COURTESY OF)?\s*:\s*"
        r"[A-Z0-9][A-Z0-9/&.\-]*(?: [A-Z0-9/&.\-]+)*"
    ),
    r"(?:Photo|Video|Image|File|Source)\s*/\s*[A-Z][\w.&\-]*",
)
"""Photo and video credit lines (Photo/AP, VIDEO SOURCE: REUTERS): segments of their own,
recognised at the start of a line or of a sentence."""
