"""English inflection as data, for matching keys: plural, possessive, verb endings.

Only inflection is removed; derivation (deploy/deployment) is left alone so that
matching stays precise.
"""

POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "s'")

IRREGULAR_FORMS: dict[str, str] = {
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "mice": "mouse",
    "people": "people",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
    "bases": "base",
    "data": "data",
    "media": "media",
    # plural in form, never the plural of the word they end in: arms (weapons) is not
    # arm, news is not new (New Zealand)
    "arms": "arms",
    "news": "news",
}

INVARIANT_ENDINGS: tuple[str, ...] = ("ss", "us", "is", "ous", "ics")
"""Words ending so are not plurals (press, status, analysis, various, politics)."""

SIBILANT_ENDINGS: tuple[str, ...] = ("ches", "shes", "sses", "xes", "zes")
"""Plural -es after a sibilant: the -es goes (marches → march)."""

MIN_STEM = 3
"""No inflection is removed when fewer letters would remain (bus, gas, red)."""

UNDOUBLED_EXCEPTIONS: frozenset[str] = frozenset({"ll", "ss", "ff", "zz"})
"""Double final consonants kept after removing -ed/-ing (called → call, not cal)."""

DEMONYM_ENDINGS: tuple[tuple[str, str], ...] = (
    # (how a place name ends, what its adjective ends with instead)
    ("ia", "ian"),  # Russia → Russian, Syria → Syrian
    ("ine", "inian"),  # Ukraine → Ukrainian
    ("ea", "ean"),  # Korea → Korean
    ("ica", "ican"),  # America → American
    ("ope", "opean"),  # Europe → European
    ("ina", "inese"),  # China → Chinese
    ("an", "anese"),  # Japan → Japanese, Taiwan → Taiwanese
    ("am", "amese"),  # Vietnam → Vietnamese
    ("st", "stern"),  # West → Western, East → Eastern
    ("th", "thern"),  # North → Northern, South → Southern
    ("ain", "ish"),  # Britain → British, Spain → Spanish
    ("ey", "ish"),  # Turkey → Turkish
    ("ce", "ch"),  # France → French
    ("el", "eli"),  # Israel → Israeli
    ("y", "ian"),  # Italy → Italian
    ("a", "an"),  # Cuba → Cuban
    ("o", "an"),  # Mexico → Mexican, Morocco → Moroccan
    ("", "i"),  # Iraq → Iraqi, Pakistan → Pakistani
    ("", "ian"),  # Iran → Iranian
)
"""English adjectives of place names, as ending rewrites.

A translation says *North Korean soldiers* where the Indonesian has *prajurit Korea Utara*:
the adjective of a proper name counts as the name being translated. Every rewrite that fits
is tried; a wrong guess (*Russiaian*) is harmless, as it never occurs in a text."""

IRREGULAR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "united states": ("American", "US"),
    "united kingdom": ("British", "UK"),
    "germany": ("German",),
    "netherlands": ("Dutch",),
    "philippines": ("Filipino", "Philippine"),
    "greece": ("Greek",),
    "switzerland": ("Swiss",),
    "afghanistan": ("Afghan",),
}
"""Place names (lower case) whose adjectives no ending rule gives."""

DERIVATIONAL_ENDINGS: tuple[tuple[str, str], ...] = (
    # (how a matching key ends, what its root has instead), tried in this order; matching
    # keys have already lost their inflection and a final e (deterrence → deterrenc)
    ("ization", "iz"),  # denuclearization → denucleariz(e)
    ("isation", "is"),  # denuclearisation → denuclearis(e)
    ("ability", "abl"),  # capability → capabl(e)
    ("ibility", "ibl"),  # responsibility → responsibl(e)
    ("ention", "en"),  # intervention → interven(e)
    ("ation", "at"),  # proliferation → proliferat(e), cooperation → cooperat(e)
    ("ssion", "ss"),  # aggression → aggress
    ("sion", "d"),  # invasion → invad(e), decision → decid(e)
    ("ion", ""),  # conscription → conscript
    ("ment", ""),  # deployment → deploy, enforcement → enforc(e)
    ("ianc", "y"),  # alliance → ally, compliance → comply
    ("anc", ""),  # assistance → assist
    ("enc", ""),  # deterrence → deter(r)
    ("ent", ""),  # deterrent → deter(r)
    ("ness", ""),  # effectiveness → effective
    ("iv", ""),  # aggressive → aggress, defensive → defens(e)
    ("al", ""),  # withdrawal → withdraw, national → nation
    ("ly", ""),  # aggressively → aggressive
)
"""Derivational endings, removed (repeatedly) to find the root a derived word shares with its
family: *deploy* and *troop deployment*, *deter* and *nuclear deterrent*, *invade* and
*invasion*. Only for suggesting related forms, never for matching: a wrong root makes a
suggestion at worst (*signal* and *sign*). Agent nouns (-er, -or) are left out: too many
plain words end so (*number*, *member*, *border*)."""

MIN_DERIVATION_STEM = 4
"""A derivational ending is only removed when the root keeps at least this many letters
(*nation* stays whole)."""

VOWELS: frozenset[str] = frozenset("aeiouy")
"""Letters without which no English word can be said (*y* counts: *gym*, *spy*): an acronym
written in another case without one (*icbm*, *wmd*) can only be the acronym."""

ACRONYM_SUFFIX_JOINER = ""
"""How a suffix is written on an acronym: straight after it (*ICBMs*, *NATO's*)."""
