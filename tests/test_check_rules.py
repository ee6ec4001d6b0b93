"""The checker's rules on small real-looking texts, with the project's glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import cooperation_glossary
from termbase.check.command import CheckRequest, check
from termbase.check.context import CheckContext, DocumentRun
from termbase.check.engine import CheckOptions, run_check
from termbase.check.inputs import InputKind, Source, document_from_text
from termbase.check.registry import RULES, select_rules
from termbase.check.rules import MatchRule
from termbase.findings import Finding
from termbase.glossary import load_glossary
from termbase.matching import TermMatcher
from termbase.model import Glossary
from termbase.scanning import TermScanner

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"


def run(tmp_path: Path, files: dict[str, str], *select: str) -> list[Finding]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    request = CheckRequest(
        paths=tuple(str(tmp_path / name) for name in files),
        glossary=GLOSSARY,
        config=None,
        select=select or None,
    )
    return list(check(request).report.findings)


def brief(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(Path(f.path).name, f.code, f.text) for f in findings]


def test_deprecated_form_with_its_fix(tmp_path: Path) -> None:
    found = run(tmp_path, {"a.txt": "Kerjasamanya erat. Bahaya Kerjasama Militer"}, "C001")
    assert [(f.text, f.fix.replacement if f.fix else None) for f in found] == [
        ("Kerjasamanya", "Kerja samanya"),
        ("Kerjasama", "Kerja Sama"),
    ]
    assert found[0].line == 1 and found[0].column == 1 and found[0].end_column == 13
    (twice,) = run(tmp_path, {"a.txt": "Kerjasama-kerjasama itu."}, "C001")
    assert twice.fix is None and "use 'Kerja sama'" in twice.message


def test_inflected_forms_are_one_form(tmp_path: Path) -> None:
    text = "Rusia punya hak veto. Rusia memakai hak vetonya lagi."
    assert run(tmp_path, {"a.txt": text}, "C002", "C003") == []


def test_full_form_with_its_acronym_is_not_a_mix(tmp_path: Path) -> None:
    text = "Amerika Serikat (AS) menolak. AS juga mengecam."
    assert run(tmp_path, {"a.txt": text}, "C002", "C003") == []


def test_full_form_with_a_part_abbreviated_is_not_a_mix(tmp_path: Path) -> None:
    text = (
        "Uji coba itu melanggar resolusi Dewan Keamanan Perserikatan Bangsa-Bangsa. "
        "Resolusi Dewan Keamanan PBB itu diadopsi pada 2017."
    )
    assert run(tmp_path, {"a.txt": text}, "C002", "C003") == []
    found = run(tmp_path, {"a.txt": "Resolusi Dewan Keamanan PBB berlaku."}, "C006")
    assert brief(found) == [("a.txt", "C006", "PBB")]


def test_two_spellings_of_an_acronym_in_one_file(tmp_path: Path) -> None:
    found = run(tmp_path, {"a.txt": "AS menolak. A.S. juga. Lalu A.S. lagi."}, "C002", "C003")
    assert brief(found) == [("a.txt", "C002", "A.S."), ("a.txt", "C002", "A.S.")]
    assert "keep one form: 'AS'" in found[0].message


def test_spellings_across_files_and_inside_longer_terms(tmp_path: Path) -> None:
    files = {
        "a.txt": "Sanksi P.B.B. dan resolusi Dewan Keamanan P.B.B. berlaku.",
        "b.txt": "Dewan Keamanan PBB bersidang.",
    }
    found = run(tmp_path, files, "C002", "C003")
    assert brief(found) == [("a.txt", "C003", "P.B.B."), ("a.txt", "C003", "P.B.B.")]
    assert found[1].column == len("Sanksi P.B.B. dan resolusi Dewan Keamanan ") + 1


def test_every_file_of_a_form_gets_the_whole_message(tmp_path: Path) -> None:
    files = {
        "a.txt": "AS menolak. A.S. juga.",
        "b.txt": "A.S. mengecam.",
        "c.txt": "A.S. menolak.",
        "d.txt": "AS bersidang.",
    }
    found = run(tmp_path, files, "C002", "C003")
    keep = " (amerika-serikat); keep one form: 'AS'"
    assert [(Path(f.path).name, f.code, f.message) for f in found] == [
        ("a.txt", "C002", "'A.S.' mixed with 'AS' in this file" + keep),
        ("b.txt", "C003", "'A.S.' here but 'AS' 2× in 2 files" + keep),
        ("c.txt", "C003", "'A.S.' here but 'AS' 2× in 2 files" + keep),
    ]


def test_each_occurrence_is_reported_once(tmp_path: Path) -> None:
    files = {
        "a.txt": "pakta pertahanan timbal balik dan pakta bantuan pertahanan bersama",
        "b.txt": "pakta bantuan pertahanan bersama",
    }
    found = run(tmp_path, files, "C002", "C003")
    spans = [(f.path, f.line, f.column) for f in found]
    assert len(spans) == len(set(spans)) == 3
    assert {f.code for f in found if f.path.endswith("a.txt")} == {"C002"}
    assert {f.code for f in found if f.path.endswith("b.txt")} == {"C003"}


def test_wrong_case_of_a_proper_name(tmp_path: Path) -> None:
    text = "Posisinya di dewan keamanan PBB. DEWAN KEAMANAN PBB. Korea utaranya."
    found = run(tmp_path, {"a.txt": text}, "C004")
    assert [(f.text, f.fix.replacement if f.fix else None) for f in found] == [
        ("dewan keamanan PBB", "Dewan Keamanan PBB"),
        ("Korea utaranya", "Korea Utaranya"),
    ]


def test_wrong_case_of_a_name_inside_a_longer_term(tmp_path: Path) -> None:
    text = "Itu melanggar resolusi dewan keamanan PBB. Resolusi Dewan Keamanan PBB berlaku."
    found = run(tmp_path, {"a.txt": text}, "C004")
    assert [(f.text, f.fix.replacement if f.fix else None) for f in found] == [
        ("resolusi dewan keamanan PBB", "resolusi Dewan Keamanan PBB")
    ]
    assert "has a proper name in it" in found[0].message


def test_a_name_of_common_words_used_as_a_description(tmp_path: Path) -> None:
    text = (
        "Tidak ada rencana membentuk dewan keamanan regional. Sebuah kelompok tujuh pemuda "
        "membuka parkir. Dewan keamanan sekolah dibentuk. Ia bicara di Dewan keamanan itu. "
        "Pasukan korea utara tiba. Resolusi itu dibahas di dewan keamanan."
    )
    assert [f.text for f in run(tmp_path, {"a.txt": text}, "C004")] == [
        "Dewan keamanan",
        "korea utara",
        "dewan keamanan",
    ]


def fixes(findings: list[Finding]) -> list[tuple[str, str | None]]:
    """What each finding is about, and its fix."""
    return [(f.text, f.fix.replacement if f.fix else None) for f in findings]


def test_a_deprecated_term_overlapping_an_earlier_term(tmp_path: Path) -> None:
    text = "Kawasan itu terancam perlombaan senjata pemusnah masal."
    found = run(tmp_path, {"a.txt": text}, "C001")
    assert fixes(found) == [("senjata pemusnah masal", "senjata pemusnah massal")]


def test_two_forms_of_a_concept_run_into_each_other_are_one_occurrence(tmp_path: Path) -> None:
    text = "Presiden Republik Korea Selatan tiba di Tokyo. Republik Korea menyambutnya."
    assert run(tmp_path, {"a.txt": text}, "C002", "C003") == []
    text = "Presiden Republik Korea Selatan tiba di Tokyo. Korea Selatan menyambutnya."
    found = run(tmp_path, {"a.txt": text}, "C002", "C003")
    assert brief(found) == [("a.txt", "C002", "Republik Korea")]


def test_overlapping_names_in_the_wrong_case_never_get_overlapping_fixes(tmp_path: Path) -> None:
    found = run(tmp_path, {"a.txt": "Presiden republik korea selatan tiba."}, "C004")
    assert fixes(found) == [("republik korea", "Republik Korea"), ("korea selatan", None)]
    text = "Sekretaris Jenderal perserikatan bangsa bangsa berbicara."
    found = run(tmp_path, {"a.txt": text}, "C004", "C005")
    assert [(f.code, f.text, f.fix is not None) for f in found] == [
        ("C004", "perserikatan bangsa", True),
        ("C005", "bangsa bangsa", False),  # unsafe: the safe fix it overlaps wins
    ]
    # The half of the reduplicated word gets its capital too.
    assert found[0].fix is not None and found[0].fix.replacement == "Perserikatan Bangsa"


def run_with(glossary: Glossary, text: str, *select: str) -> list[Finding]:
    """The findings of the rules ``select`` on ``text``, with a glossary of the test's own."""
    options = CheckOptions(select_rules(select))
    source = Source("a.txt", None, InputKind.TEXT)
    return list(run_check([source], glossary, options, text.encode()).findings)


def test_a_deprecated_spelling_inside_two_overlapping_terms_is_reported_once() -> None:
    text = "Perjanjian kerjasama militer itu ditandatangani di Pyongyang."
    found = run_with(cooperation_glossary(), text, "C001")
    assert fixes(found) == [("kerjasama", "kerja sama")]


ARTICLES = sorted((GLOSSARY.parent / "tests" / "data" / "corpus" / "id").glob("*.txt"))


@pytest.mark.parametrize("rule", [rule for rule in RULES if issubclass(rule, MatchRule)])
def test_a_match_rule_passes_only_matches_it_finds_nothing_in(rule: type[MatchRule]) -> None:
    glossary = load_glossary(GLOSSARY)
    checker = rule()
    context = CheckContext(glossary, "id", TermScanner(TermMatcher(glossary, "id")), [checker])
    checker.prepare(context)
    extra = (
        "dewan keamanan PBB, korea utaranya, Kerjasama Militer, DEWAN KEAMANAN PBB, "
        "republik korea selatan, perlombaan senjata pemusnah masal."
    )
    texts = [path.read_text(encoding="utf-8") for path in ARTICLES] + [extra]
    passed = 0
    for text in texts:
        document = document_from_text(Source("a.txt", None, InputKind.TEXT), text)
        scanned = context.scanner.scan(text, maximal=True)
        run = DocumentRun(context, document, scanned)
        for hit in scanned.hits:
            entries = context.scanner.entries[hit[0]]
            if checker.wants(context, entries):
                match = scanned.match(hit)
                written = text[match.start : match.end]
                if checker.passes(context, entries, written):
                    passed += 1
                    assert not list(checker.check(run, match)), written
    assert passed or rule.passes is MatchRule.passes


def test_acronyms_are_case_sensitive(tmp_path: Path) -> None:
    assert run(tmp_path, {"a.txt": "Hal itu sama seperti as roda."}) == []


def test_near_miss_only_where_the_correction_makes_a_term(tmp_path: Path) -> None:
    text = "Dewan Keamaan PBB bersidang. Keamaan saja. Serangan artilleri."
    found = run(tmp_path, {"a.txt": text}, "C005")
    assert [(f.text, f.fix.replacement if f.fix else None) for f in found] == [
        ("Keamaan", "Keamanan"),
        ("artilleri", "artileri"),
    ]
    assert all(f.fix is not None and not f.fix.safe for f in found)
    assert run(tmp_path, {"a.txt": "Program senjata pemusnah mazal itu."}, "C005") == []


def test_a_name_is_no_near_miss_of_a_common_word(tmp_path: Path) -> None:
    text = (
        "Kata Kapuspen Mayjen Herman Senjaya kepada wartawan. Pos artilleri itu dekat. "
        "Sidang Dewan Keamaan PBB ditunda.\nUji Coba Artilleri Digelar di Natuna\n"
    )
    found = run(tmp_path, {"a.txt": text}, "C005")
    assert [f.text for f in found] == ["artilleri", "Keamaan", "Artilleri"]


def test_near_miss_in_a_term_overlapping_an_earlier_one(tmp_path: Path) -> None:
    text = "Korea Utara kembali melakukan uji coba rudal balistik antarbenau."
    assert fixes(run(tmp_path, {"a.txt": text}, "C005")) == [("antarbenau", "antarbenua")]


def test_a_reduplicated_word_of_a_term_written_as_two_words(tmp_path: Path) -> None:
    text = (
        "Sekretaris Jenderal Perserikatan Bangsa Bangsa berbicara di depan Perhimpunan "
        "Bangsa Bangsa Asia Tenggara. Kedua bangsa bangsa itu bersahabat."
    )
    found = run(tmp_path, {"a.txt": text}, "C005")
    assert [(f.column, f.text, f.fix.replacement if f.fix else None) for f in found] == [
        (text.index("Bangsa Bangsa") + 1, "Bangsa Bangsa", "Bangsa-Bangsa"),
        (text.index("Bangsa Bangsa Asia") + 1, "Bangsa Bangsa", "Bangsa-Bangsa"),
    ]
    assert "glossary term 'Perserikatan Bangsa-Bangsa'" in found[0].message


def test_abbreviation_before_its_full_form(tmp_path: Path) -> None:
    text = "PBB bersidang. Perserikatan Bangsa-Bangsa (PBB) didirikan 1945. AS menolak."
    found = run(tmp_path, {"a.txt": text}, "C006")
    assert [(f.text, f.column) for f in found] == [("PBB", 1), ("AS", text.index("AS") + 1)]
    assert "without its full form 'Amerika Serikat'" in found[1].message


def test_a_full_form_inside_a_longer_term_introduces_its_acronym(tmp_path: Path) -> None:
    text = (
        "Uji coba itu melanggar resolusi Dewan Keamanan Perserikatan Bangsa-Bangsa. "
        "Sanksi P.B.B. berlaku. Dewan Keamanan PBB bersidang di Amerika Serikat; AS menolak."
    )
    assert run(tmp_path, {"a.txt": text}, "C006") == []
    late = "Dewan Keamanan P.B.B. bersidang. Perserikatan Bangsa-Bangsa didirikan 1945."
    found = run(tmp_path, {"a.txt": late}, "C006")
    assert [(f.text, f.column) for f in found] == [("P.B.B.", len("Dewan Keamanan ") + 1)]
    assert "before its full form 'Perserikatan Bangsa-Bangsa'" in found[0].message


def test_abbreviation_rule_is_off_by_default(tmp_path: Path) -> None:
    assert run(tmp_path, {"a.txt": "PBB bersidang."}) == []


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_every_rule_explains_itself(rule: type) -> None:
    text = rule.explain()
    assert text.startswith(f"{rule.code} {rule.name}")
    assert len(text.split()) > 25


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aliansi Nato menolak.", [("Nato", "NATO")]),
        ("negara Asean dan asean", [("Asean", "ASEAN"), ("asean", "ASEAN")]),
        ("sidang Pbb kemarin", [("Pbb", "PBB")]),
        ("peran Natonya besar", [("Natonya", "NATO-nya")]),
        ("peran Nato-nya besar", [("Nato-nya", "NATO-nya")]),
        ("NATO, ASEAN, PBB dan NATO-nya.", []),
        ("Amerika Serikat (AS) menolak; as roda patah.", []),
        ("HARGA HAM NAIK: NATO DAN ASEAN BERSATU", []),  # a headline in capitals
        ("daging ham", []),
    ],
)
def test_an_acronym_in_another_case_is_the_wrong_case(
    tmp_path: Path, text: str, expected: list[tuple[str, str]]
) -> None:
    found = run(tmp_path, {"a.txt": text}, "C004")
    assert [(f.text, f.fix.replacement if f.fix else None) for f in found] == expected


def test_english_text_reports_only_acronyms_without_a_vowel(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Nato allies fear a Wmd programme.", encoding="utf-8")
    request = CheckRequest(
        paths=(str(tmp_path / "a.txt"),),
        glossary=GLOSSARY,
        config=None,
        select=("C004",),
        lang="en",
    )
    found = check(request).report.findings
    assert [(f.text, f.fix.replacement if f.fix else None) for f in found] == [("Wmd", "WMD")]


def test_an_acronym_in_another_case_counts_as_the_acronym(tmp_path: Path) -> None:
    text = "Amerika Serikat dan Pbb. Perserikatan Bangsa-Bangsa, lalu P.B.B."
    mixed = brief(run(tmp_path, {"a.txt": text}, "C002"))
    assert ("a.txt", "C002", "P.B.B.") in mixed and ("a.txt", "C002", "Pbb") not in mixed
