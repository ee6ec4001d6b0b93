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
}

INVARIANT_ENDINGS: tuple[str, ...] = ("ss", "us", "is", "ous", "ics")
"""Words ending so are not plurals (press, status, analysis, various, politics)."""

SIBILANT_ENDINGS: tuple[str, ...] = ("ches", "shes", "sses", "xes", "zes")
"""Plural -es after a sibilant: the -es goes (marches → march)."""

MIN_STEM = 3
"""No inflection is removed when fewer letters would remain (bus, gas, red)."""

UNDOUBLED_EXCEPTIONS: frozenset[str] = frozenset({"ll", "ss", "ff", "zz"})
"""Double final consonants kept after removing -ed/-ing (called → call, not cal)."""
