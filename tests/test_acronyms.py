"""Acronyms written in another case: which ones are recognised, matched and fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from termbase.glossary import load_glossary
from termbase.matching import TermMatcher
from termbase.model import Glossary
from termbase.scanning import TermScanner
from termbase.text.acronyms import other_case_key, recase_acronym, written_in_other_case
from termbase.text.morphology import analyzer_for

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(GLOSSARY)


@pytest.mark.parametrize(
    ("lang", "acronym", "key"),
    [
        ("id", "NATO", "nato"),
        ("id", "ASEAN", "asean"),
        ("id", "PBB", "pbb"),
        ("id", "RRT", "rrt"),
        ("id", "TNI", "tni"),
        ("id", "AS", None),  # two letters: *as* (axle)
        ("id", "RI", None),
        ("id", "HAM", None),  # *ham* is in the dictionary
        ("id", "KEK", None),
        ("id", "A.S.", None),  # dotted: not a word in capitals
        ("id", "Barat", None),  # a name, not an acronym
        ("id", "G7", None),
        ("en", "WMD", "wmd"),  # no vowel: cannot be an English word
        ("en", "DPRK", "dprk"),
        ("en", "NATO", None),  # no English dictionary: *Nato* may be house style, *who* a word
        ("en", "WHO", None),
        ("en", "UN", None),
        ("en", "SPY", None),  # y is an English vowel
    ],
)
def test_which_acronyms_are_recognised_in_another_case(
    lang: str, acronym: str, key: str | None
) -> None:
    assert other_case_key(acronym, analyzer_for(lang)) == key


@pytest.mark.parametrize(
    ("written", "acronym", "other"),
    [
        ("Nato", "NATO", True),
        ("nato-nya", "NATO", True),
        ("NATO", "NATO", False),
        ("NATO-NYA", "NATO", False),  # a headline in capitals
        ("NATOnya", "NATO", False),
    ],
)
def test_written_in_other_case(written: str, acronym: str, other: bool) -> None:
    assert written_in_other_case(written, acronym) is other


@pytest.mark.parametrize(
    ("written", "acronym", "lang", "fixed"),
    [
        ("Nato", "NATO", "id", "NATO"),
        ("asean", "ASEAN", "id", "ASEAN"),
        ("Natonya", "NATO", "id", "NATO-nya"),  # PUEBI: a clitic on capitals is hyphenated
        ("pbb-nya", "PBB", "id", "PBB-nya"),
        ("Pbblah", "PBB", "id", "PBB-lah"),
        ("Wmds", "WMD", "en", "WMDs"),
        ("Prc's", "PRC", "en", "PRC's"),
        ("nato-nato", "NATO", "id", None),  # written twice: no one fix
    ],
)
def test_the_fix_writes_capitals_and_joins_a_clitic(
    written: str, acronym: str, lang: str, fixed: str | None
) -> None:
    assert recase_acronym(written, acronym, lang) == fixed


INDONESIAN_FORMS = [
    ("Aliansi Nato menolak.", [("Nato", "nato")]),
    ("negara anggota Asean", [("Asean", "asean")]),
    ("negara anggota asean", [("asean", "asean")]),
    ("negara anggota ASEAN", [("ASEAN", "asean")]),
    ("sidang pbb kemarin", [("pbb", "perserikatan-bangsa-bangsa")]),
    ("sidang PBB kemarin", [("PBB", "perserikatan-bangsa-bangsa")]),
    ("peran Natonya", [("Natonya", "nato")]),
    ("as roda truk itu patah", []),
    (
        "Amerika Serikat (AS) menolak",
        [("Amerika Serikat", "amerika-serikat"), ("AS", "amerika-serikat")],
    ),
    ("As roda itu", []),
    ("daging ham", []),
    ("HARGA BERAS NAIK DI PASAR", []),  # a headline in capitals: no word becomes an acronym
]


@pytest.mark.parametrize(("text", "expected"), INDONESIAN_FORMS)
def test_indonesian_forms(glossary: Glossary, text: str, expected: list[tuple[str, str]]) -> None:
    matcher = TermMatcher(glossary, "id")
    matches = [(m.text(text), m.ref.concept_id) for m in matcher.find(text)]
    assert [pair for pair in matches if pair[1] != "aliansi-militer"] == expected
    assert TermScanner(matcher).find(text) == matcher.find(text)


def test_a_match_as_written_is_the_acronym_not_its_other_case(glossary: Glossary) -> None:
    matcher = TermMatcher(glossary, "id")
    (written,) = matcher.find("NATO")
    (other,) = matcher.find("Nato")
    assert written.ref == other.ref and written.homographs == other.homographs == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nato summit", []),  # British house style, and no dictionary to tell
        ("a Wmd programme", ["senjata-pemusnah-massal"]),
        ("the WMD programme", ["senjata-pemusnah-massal"]),
        ("let us go", []),
    ],
)
def test_english_forms(glossary: Glossary, text: str, expected: list[str]) -> None:
    matcher = TermMatcher(glossary, "en")
    assert [m.ref.concept_id for m in matcher.find(text)] == expected
