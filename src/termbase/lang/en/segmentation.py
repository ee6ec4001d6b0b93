"""English sentence-boundary data: abbreviations, sentence openers, caption and site lines.

``termbase.text.segment`` reads these tables; nothing here runs code.
"""

TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "adm", "amb", "capt", "cf", "cmdr", "col", "dr", "e.g", "gen", "gov", "i.e", "lt",
        "maj", "messrs", "mr", "mrs", "ms", "mt", "pres", "prof", "rep", "rev", "sen", "sgt",
        "st", "vs",
    }
)  # fmt: skip
"""Abbreviations that stand before a name and so never end a sentence (Dr. Kim, Gen.
Smith, vs. Russia)."""

NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "approx", "art", "fig", "no", "nos", "p", "pp", "vol", "jan", "feb", "aug", "sept",
        "oct", "nov", "dec",
    }
)  # fmt: skip
"""Abbreviations that stand before a number (No. 5, Art. 5, Fig. 3, Jan. 5): they hold a
sentence together only when a number follows, because several are also words that end
sentences (*he said no. The party …*, *she studied art. The museum …*)."""

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
    (
        r"\(?(?:Photo|Video|Image|Graphic|Illustration|File photo|Source)\s*:\s*"
        r"[A-Z0-9(][\w.&\-]*(?:(?:\s*/\s*|\s+)[A-Z0-9(][\w.&\-]*)*\)?(?=\s*$)"
    ),
)
"""Photo and video credit lines (Photo/AP, VIDEO SOURCE: REUTERS, Photo: Reuters/John Smith,
(Photo: AP)): segments of their own, recognised at the start of a line or of a sentence; a
credit in mixed case must end its line."""

BOILERPLATE_PATTERNS: tuple[str, ...] = (
    r"(?i:read|see|watch)\s+(?i:also|more|next)\b.*",
    r"(?i:related|also read|recommended)\s*:.*",
    (
        r"(?i:editor|editors|editing|writer|reporter|reporting|author|tags?|topics?"
        r"|keywords)\s*:\s*\S.*"
    ),
    r"(?:Reporting|Editing|Writing|Additional reporting) by\s+\S.*",
    r"(?i:follow|subscribe to)\s+(?i:us|our)\b.*",
)
"""Lines a news site adds around an article, matched against a whole line: links to other
articles (*Read also: …*, *Read Also*, *Related: …*), credits and tags (*Editor: …*,
*Reporting by …*, *Tags: …*), calls to follow the site."""
