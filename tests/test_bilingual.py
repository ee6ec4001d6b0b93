"""Bilingual checks on translation memories: terms against their translations."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from conftest import cooperation_glossary, gold_units
from termbase.check.bilingual import AlignedPair, check_pairs
from termbase.formats import po, tmx
from termbase.glossary import load_glossary
from termbase.memory import Segment, TranslationUnit
from termbase.model import Concept, Glossary, Status, Term

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"
Run = Callable[..., Result]


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(GLOSSARY)


def planted(unit: TranslationUnit) -> TranslationUnit:
    """The unit with veto power mistranslated."""
    target = unit.text("en") or ""
    wrong = target.replace("veto power", "right to refuse").replace("holds veto", "holds the right")
    assert wrong != target
    return TranslationUnit(unit.tuid, (Segment("id", unit.text("id") or ""), Segment("en", wrong)))


def codes(result: Result) -> list[tuple[str, str]]:
    found = json.loads(result.stdout)["findings"]
    return [(str(f["message"]).split(":")[0], f["code"]) for f in found]


def test_a_planted_mistranslation_is_exactly_what_is_reported(run_cli: Run, tmp_path: Path) -> None:
    """Issue 3's must-show, on units whose terms are translated as the glossary says."""
    wanted = {"000-14", "000-27", "001-18", "002-17", "004-3", "004-17"}
    units = [unit for unit in gold_units() if unit.tuid in wanted]
    assert len(units) == len(wanted)
    clean = tmp_path / "clean.tmx"
    tmx.write(units, clean)
    assert run_cli("check", "--format", "json", "--select", "C101,C102", str(clean)).exit_code == 0
    plant = tmp_path / "planted.tmx"
    tmx.write([planted(u) if u.tuid == "002-17" else u for u in units], plant)
    result = run_cli("check", "--format", "json", str(plant))
    assert result.exit_code == 1
    assert codes(result) == [("unit 002-17", "C101")]
    assert "hak veto" in json.loads(result.stdout)["findings"][0]["message"]


def test_planting_into_the_whole_memory_adds_exactly_that_unit(
    glossary: Glossary, run_cli: Run, tmp_path: Path
) -> None:
    units = list(gold_units())
    honest = tmp_path / "gold.tmx"
    tmx.write(units, honest)
    plant = tmp_path / "planted.tmx"
    tmx.write([planted(u) if u.tuid == "004-17" else u for u in units], plant)
    before = set(codes(run_cli("check", "--format", "json", str(honest))))
    after = set(codes(run_cli("check", "--format", "json", str(plant))))
    assert after - before == {("unit 004-17", "C101")}
    assert before - after == set()


def pair(source: str, target: str, unit: str = "1") -> AlignedPair:
    return AlignedPair(source, target, "memory.tmx", int(unit), unit)


def test_inflected_terms_on_both_sides_and_adjectives(glossary: Glossary) -> None:
    pairs = [
        pair("Rusia menggunakan hak vetonya.", "Russia used its veto powers."),
        pair("Prajurit Korea Utara berlatih.", "North Korean soldiers train.", "2"),
        pair("Tindakan NATO.", "NATO’s action.", "3"),
    ]
    assert check_pairs(pairs, glossary) == []


def test_an_acronym_in_title_case_in_the_target_names_the_concept(glossary: Glossary) -> None:
    nato = pair("NATO memperluas keanggotaannya.", "Nato expanded its membership.")
    assert check_pairs([nato], glossary, codes=["C101"]) == []
    # Two letters stay case-sensitive: "us" is a word, not the United States.
    us = pair("AS menolak usul itu.", "They rejected the proposal put to us.", "2")
    found = check_pairs([us], glossary, codes=["C101"])
    assert [(f.code, f.concept) for f in found] == [("C101", "amerika-serikat")]


def test_a_head_noun_shared_by_a_coordination_names_the_term(glossary: Glossary) -> None:
    source = "Negara lainnya harus segera memberikan bantuan militer dan bantuan lainnya."
    shared = pair(source, "The other shall immediately provide military and other assistance.")
    assert check_pairs([shared], glossary, codes=["C101"]) == []
    apart = pair(source, "The other shall provide military support, and assistance.", "2")
    found = check_pairs([apart], glossary, codes=["C101"])
    assert [(f.code, f.concept) for f in found] == [("C101", "bantuan-militer")]


def test_deprecated_equivalent_in_the_target() -> None:
    glossary = Glossary(
        [
            Concept(
                "senjata-pemusnah-massal",
                {
                    "id": (Term("senjata pemusnah massal"),),
                    "en": (
                        Term("weapon of mass destruction"),
                        Term("weapon of mass devastation", Status.DEPRECATED),
                    ),
                },
            )
        ]
    )
    found = check_pairs([pair("senjata pemusnah massal", "weapons of mass devastation")], glossary)
    assert [(f.code, f.text) for f in found] == [("C102", "weapon of mass devastation")]
    assert "use 'weapon of mass destruction'" in found[0].message


ICBM_TEST = "Kedua menteri menyoroti uji coba rudal balistik antarbenua yang dilakukan Korea Utara."


def test_a_term_overlapping_an_earlier_one_needs_its_equivalent_too(glossary: Glossary) -> None:
    vague = pair(
        ICBM_TEST, "The two ministers highlighted North Korea's tests of long-range missiles."
    )
    found = check_pairs([vague], glossary, codes=["C101"])
    assert [(f.concept, f.text) for f in found] == [
        ("rudal-balistik-antarbenua", "rudal balistik antarbenua"),
        ("uji-coba-rudal", "uji coba rudal"),
    ]
    exact = "The two ministers highlighted North Korea's intercontinental ballistic missile tests."
    assert check_pairs([pair(ICBM_TEST, exact, "2")], glossary, codes=["C101"]) == []


def test_a_deprecated_equivalent_overlapping_an_approved_term() -> None:
    glossary = Glossary(
        [
            Concept(
                "rudal-balistik",
                {"id": (Term("rudal balistik"),), "en": (Term("ballistic missile"),)},
            ),
            Concept(
                "uji-coba-rudal",
                {
                    "id": (Term("uji coba rudal"),),
                    "en": (Term("missile test"), Term("missile trial", Status.DEPRECATED)),
                },
            ),
        ]
    )
    trial = pair("Uji coba rudal balistik itu gagal.", "The ballistic missile trial failed.")
    found = check_pairs([trial], glossary)
    assert [(f.code, f.text) for f in found] == [("C102", "missile trial")]


def test_a_deprecated_spelling_inside_two_overlapping_terms_is_reported_once() -> None:
    signed = pair(
        "The military cooperation agreement was signed in Pyongyang.",
        "Perjanjian kerjasama militer itu ditandatangani di Pyongyang.",
    )
    found = check_pairs([signed], cooperation_glossary(), source_lang="en", target_lang="id")
    assert [(f.code, f.text) for f in found] == [("C102", "kerjasama")]


def test_memory_consistency(glossary: Glossary) -> None:
    pairs = [
        pair("Kesimpulan", "Conclusion", "1"),
        pair("Kesimpulan.", "Conclusions", "2"),
        pair("Penutup", "Conclusion", "3"),
        pair("kesimpulan", "conclusion", "4"),
    ]
    found = check_pairs(pairs, glossary)
    assert [(f.code, f.line) for f in found] == [("C103", 2), ("C104", 3)]


def test_po_files_are_checked_too(run_cli: Run, tmp_path: Path) -> None:
    units = [
        TranslationUnit(
            "1", (Segment("id", "hak veto Rusia"), Segment("en", "Russia's veto power"))
        ),
        TranslationUnit(
            "2", (Segment("id", "hak veto Rusia"), Segment("en", "a refusal by Russia"))
        ),
    ]
    path = tmp_path / "memori.po"
    po.write(units, path)
    result = run_cli("check", "--format", "json", str(path))
    found = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in found] == [("C101", 12), ("C103", 12)]
    assert all(str(f["message"]).startswith("unit 2: ") for f in found)
    renamed = path.rename(tmp_path / "memori.txt")
    again = run_cli("check", "--format", "json", "--input-format", "po", str(renamed))
    assert [(f["code"], f["line"]) for f in json.loads(again.stdout)["findings"]] == [
        ("C101", 12),
        ("C103", 12),
    ]


CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
ARTICLE = "004_95dbd8e7a290a212.txt"


def pair_findings(run_cli: Run, source: Path, target: Path) -> list[tuple[str, int, str, str]]:
    result = run_cli(
        "check", "--format", "json", "--select", "C1", str(source), "--translation", str(target)
    )
    assert result.exit_code in (0, 1), result.stderr
    found = json.loads(result.stdout)["findings"]
    return [(Path(f["path"]).name, f["line"], f["code"], f["concept"]) for f in found]


def test_an_aligned_text_pair_with_a_planted_mistranslation(run_cli: Run, tmp_path: Path) -> None:
    """A source article and its translation, aligned by the aligner: the one planted
    mistranslation is reported at its line of the source file."""
    source = tmp_path / "id" / ARTICLE
    target = tmp_path / "en" / ARTICLE
    source.parent.mkdir()
    target.parent.mkdir()
    source.write_bytes((CORPUS / "id" / ARTICLE).read_bytes())
    english = (CORPUS / "en" / ARTICLE).read_text(encoding="utf-8")
    target.write_text(english, encoding="utf-8")
    honest = pair_findings(run_cli, source, target)
    assert not [f for f in honest if f[3] == "hak-veto"]
    target.write_text(english.replace("wielding veto power", "wielding influence"), "utf-8")
    planted_run = pair_findings(run_cli, source, target)
    assert set(planted_run) - set(honest) == {(ARTICLE, 14, "C101", "hak-veto")}
    assert set(honest) - set(planted_run) == set()
    # Directories of same-named files give the same findings.
    assert pair_findings(run_cli, source.parent, target.parent) == planted_run


def test_translation_pairs_need_counterparts(run_cli: Run, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Rusia mempunyai hak veto.\n", encoding="utf-8")
    missing = run_cli("check", str(source), "--translation", str(tmp_path / "b.txt"))
    assert missing.exit_code == 2 and "b.txt: no such file" in missing.stderr
    mixed = run_cli("check", str(source), "--translation", str(tmp_path))
    assert mixed.exit_code == 2 and "not one of each" in mixed.stderr
    (tmp_path / "id").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "id" / "a.txt").write_text("Rusia mempunyai hak veto.\n", encoding="utf-8")
    lonely = run_cli("check", str(tmp_path / "id"), "--translation", str(tmp_path / "en"))
    assert lonely.exit_code == 2 and "no counterpart" in lonely.stderr
    two = run_cli("check", str(source), str(source), "--translation", str(source))
    assert two.exit_code == 2 and "exactly one source" in two.stderr
