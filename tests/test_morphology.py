"""Matching keys: forms of one lexeme meet, different lexemes stay apart.

Every form below occurs in the reference corpus (tests/data/corpus/id).
"""

import pytest

from termbase.text.morphology import IndonesianAnalyzer, analyzer_for, english_key, english_root


def id_key(word: str) -> str:
    return analyzer_for("id").key(word)


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("vetonya", "veto"),  # clitic: hak vetonya
        ("memveto", "veto"),  # meN- verb
        ("diveto", "veto"),
        ("nuklirnya", "nuklir"),
        ("balistiknya", "balistik"),
        ("sanksinya", "sanksi"),
        ("negara-negara", "negara"),  # reduplication
        ("Bangsa-Bangsa", "bangsa"),
        ("pasukan-pasukan", "pasukan"),
        ("sanksi2", "sanksi"),  # informal: the 2 of a reduplication
        ("Negara2nya", "negaranya"),
        ("pasukannya", "pasukan"),  # Sastrawi alone reads pasu + -kan
        ("pengerahannya", "pengerahan"),
        ("persenjataannya", "persenjataan"),
        ("menginvasi", "invasi"),
        ("membantah", "bantah"),  # Sastrawi alone reads ban
        ("Kerjasamanya", "kerjasama"),
        ("PBB-nya", "PBB"),
        ("melawan", "lawan"),  # Sastrawi's record keeps an -an it gave back
        ("proliferasinya", "proliferasi"),  # not in the stemmer's dictionary
    ],
)
def test_inflected_forms_share_the_key_of_their_base(form: str, base: str) -> None:
    assert id_key(form) == id_key(base)


@pytest.mark.parametrize(
    ("derived", "root"),
    [
        ("pengerahan", "kerah"),  # deployment is not collar
        ("keamanan", "aman"),  # security is not safe
        ("pertahanan", "tahan"),  # defence is not hold
        ("persenjataan", "senjata"),  # armament is not weapon
        ("penangkalan", "penangkal"),  # deterrence is not deterrent
        ("bersenjata", "senjata"),  # armed is not weapon
        ("perjanjian", "janji"),
        ("pendudukan", "penduduk"),  # occupation is not inhabitant (-an after a final k)
        ("kebijakan", "bijak"),  # policy is not wise
        ("tindakan", "bertindak"),  # an action is not to act
        ("penyelidikan", "menyelidiki"),  # an investigation is not to investigate
    ],
)
def test_derivations_are_distinct_lexemes(derived: str, root: str) -> None:
    assert id_key(derived) != id_key(root)


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("pengerahan", "kerah+peN-an"),
        ("dikerahkan", "kerah"),
        ("pendudukan", "duduk+peN-an"),
        ("penduduk", "duduk+peN"),
        ("kebijakan", "bijak+ke-an"),
        ("pengelompokan", "kelompok+peN-an"),
        ("pemerintah", "perintah+peN"),
        ("berpengalaman", "alam+ber-peN-an"),
        ("mempertahankan", "tahan+per"),
        ("keberlanjutan", "lanjut+ke-ber-an"),
    ],
)
def test_derived_key_still_names_its_root(form: str, key: str) -> None:
    assert id_key(form) == key


@pytest.mark.parametrize("word", ["hanya", "punya", "buku", "jumlah", "sekolah"])
def test_words_ending_like_a_clitic_keep_it(word: str) -> None:
    assert id_key(word) == word


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("troops", "troop"),
        ("vetoed", "veto"),
        ("vetoes", "veto"),
        ("Russia’s", "Russia"),
        ("sanctions", "sanction"),
        ("missiles", "missile"),
        ("forces", "force"),
        ("deployed", "deploy"),
        ("countries", "country"),
        ("analyses", "analysis"),
    ],
)
def test_english_inflection(form: str, base: str) -> None:
    assert english_key(form) == english_key(base)


@pytest.mark.parametrize(
    ("plural_form", "other_word"),
    [
        ("arms", "arm"),  # 000: "arms shipments"; weapons, not limbs
        ("News", "New"),  # 001: "Yonhap News Agency"; not New Zealand
    ],
)
def test_english_words_plural_only_in_form(plural_form: str, other_word: str) -> None:
    assert english_key(plural_form) != english_key(other_word)


def test_english_derivation_is_kept() -> None:
    assert english_key("deployment") != english_key("deploy")


@pytest.mark.parametrize("word", ["press", "status", "politics", "gas", "is"])
def test_english_words_that_only_look_plural(word: str) -> None:
    assert english_key(word) == word


def en_root(word: str) -> str:
    return english_root(english_key(word))


@pytest.mark.parametrize(
    ("form", "derived"),
    [
        # English of the reference corpus (tests/data/corpus/en) and the glossary
        ("deployed", "deployment"),
        ("deter", "deterrent"),
        ("deterring", "deterrence"),
        ("invaded", "invasion"),
        ("ally", "alliances"),
        ("aggressively", "aggression"),
        ("conscripts", "conscription"),
        ("cooperate", "cooperation"),
        ("proliferate", "proliferation"),
        ("denuclearize", "denuclearization"),
        ("intervene", "intervention"),
        ("assist", "assistance"),
        ("national", "nation"),
    ],
)
def test_english_derivations_share_a_root(form: str, derived: str) -> None:
    assert en_root(form) == en_root(derived)
    assert english_key(form) != english_key(derived)  # matching still keeps them apart


@pytest.mark.parametrize(
    ("word", "other"),
    [("arms", "arm"), ("news", "new"), ("nation", "nat"), ("number", "numb"), ("union", "un")],
)
def test_english_roots_of_unrelated_words_differ(word: str, other: str) -> None:
    assert en_root(word) != en_root(other)


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("pengerahan", "kerah"),
        ("mengerahkan", "kerah"),
        ("keamanan", "aman"),
        ("pertahanannya", "tahan"),
        ("mempertahankan", "tahan"),
        ("persenjataan", "senjata"),
        ("bersenjata", "senjata"),
        ("proliferasinya", "proliferasi"),
    ],
)
def test_indonesian_root_drops_the_derivation_tag(word: str, root: str) -> None:
    analyzer = analyzer_for("id")
    assert analyzer.root(analyzer.key(word)) == root


@pytest.mark.parametrize("code", ["G2", "Su2", "B2B", "S2", "2024"])
def test_a_two_in_a_code_is_no_reduplication(code: str) -> None:
    assert id_key(code) != id_key(code.replace("2", ""))


@pytest.mark.parametrize(
    ("word", "candidates"),
    [
        ("bekerjasamalah", ["bekerjasamalah", "bekerjasama"]),
        ("kerjasamanya", ["kerjasamanya", "kerjasama"]),
        ("ditandatangani", ["ditandatangani"]),
        ("mu", ["mu"]),
    ],
)
def test_clitic_candidates(word: str, candidates: list[str]) -> None:
    assert IndonesianAnalyzer.clitic_candidates(word) == candidates
