"""Open compounds with affixes (PUEBI): *bekerja sama* and *ditandatangani*, reported by
deprecated-term (C001) on news-style sentences checked with the project's glossary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from termbase.check.command import CheckRequest, check
from termbase.check.context import CheckContext
from termbase.check.registry import BY_CODE
from termbase.compounds import OpenCompound, prefixed
from termbase.findings import Finding
from termbase.glossary import load_glossary
from termbase.lang.id import compounds
from termbase.matching import TermMatcher
from termbase.scanning import TermScanner

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"

Run = Callable[..., Result]


def deprecated(tmp_path: Path, text: str) -> list[Finding]:
    path = tmp_path / "berita.txt"
    path.write_text(text, encoding="utf-8")
    request = CheckRequest(paths=(str(path),), glossary=GLOSSARY, config=None, select=("C001",))
    return list(check(request).report.findings)


@pytest.mark.parametrize(
    ("text", "written", "fixed"),
    [
        ("Mereka bekerjasama dengan Rusia.", "bekerjasama", "bekerja sama"),
        ("Bekerjasama dengan Rusia, Pyongyang mendapat teknologi.", "Bekerjasama", "Bekerja sama"),
        ("Mari bekerjasamalah demi perdamaian.", "bekerjasamalah", "bekerja samalah"),
        ("KEDUA NEGARA BEKERJASAMA", "BEKERJASAMA", "BEKERJA SAMA"),
        ("Kami berkerjasama dengan PBB.", "berkerjasama", "berkerja sama"),
        ("Ia bekerja-sama dengan Moskow.", "bekerja-sama", "bekerja sama"),
        ("Pihak yang bertandatangan di bawah ini.", "bertandatangan", "bertanda tangan"),
        ("Rusia bertanggungjawab atas serangan itu.", "bertanggungjawab", "bertanggung jawab"),
        ("Pakta yang mereka tandatangani.", "tandatangani", "tanda tangani"),
        ("Putin dan Kim tandatanganilah pakta itu.", "tandatanganilah", "tanda tanganilah"),
        ("Program itu akan kerjasamakan dua negara.", "kerjasamakan", "kerja samakan"),
        ("Produksi rudal dikerja samakan dengan Rusia.", "dikerja samakan", "dikerjasamakan"),
        ("Perjanjian itu ditanda tangani di Pyongyang.", "ditanda tangani", "ditandatangani"),
        ("Perjanjian itu ditanda-tangani di Pyongyang.", "ditanda-tangani", "ditandatangani"),
        ("Perjanjian itu ditanda\ntangani di Pyongyang.", "ditanda\ntangani", "ditandatangani"),
        ("Putin Dan Kim Menanda Tangani Pakta", "Menanda Tangani", "Menandatangani"),
        ("Upacara penanda tanganan berlangsung singkat.", "penanda tanganan", "penandatanganan"),
        ("Ia menuntut pertanggung jawaban Rusia.", "pertanggung jawaban", "pertanggungjawaban"),
        ("Ia mempertanggung jawabkan.", "mempertanggung jawabkan", "mempertanggungjawabkan"),
    ],
)  # fmt: skip
def test_an_open_compound_spaced_against_the_rule(
    tmp_path: Path, text: str, written: str, fixed: str
) -> None:
    (found,) = deprecated(tmp_path, text)
    assert (found.code, found.text) == ("C001", written)
    assert found.fix is not None and found.fix.replacement == fixed and found.fix.safe
    assert f"use '{fixed}'" in found.message and "PUEBI" in found.message


@pytest.mark.parametrize(
    "text",
    [
        "Kedua negara bekerja sama dalam bidang militer.",
        "Bekerja samalah demi perdamaian.",
        "Mereka bersama-sama mengecam Pyongyang.",
        "Kerjanya dikerjakan bersama, dan mereka bekerja keras.",
        "Sama-sama bekerja, kerja sama itu dikerjasamakan dan mereka mengerjasamakannya.",
        "Kerja samanya erat; tanda tangani saja.",
        "Perjanjian itu ditandatangani oleh kedua pemimpin yang menandatanganinya.",
        "Upacara penandatanganan itu dihadiri penanda tangan dan pihak yang bertanda tangan.",
        "Rusia bertanggung jawab; pertanggungjawaban itu dipertanggungjawabkan.",
        "Mereka bekerja, samakan langkah!",
        "Lihat https://contoh.id/bekerjasama dan https://contoh.id/ditanda tangani itu.",
    ],
)
def test_standard_spellings_and_other_words_stay_quiet(tmp_path: Path, text: str) -> None:
    assert deprecated(tmp_path, text) == []


def test_the_closed_spelling_alone_is_still_the_deprecated_term(tmp_path: Path) -> None:
    (found,) = deprecated(tmp_path, "Kerjasamanya erat.")
    assert found.fix is not None and found.fix.replacement == "Kerja samanya"
    assert "is deprecated" in found.message


def test_fix_changes_nothing_else(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    before = (
        "\ufeffRusia dan Korea Utara bekerjasama erat.\r\n"
        "Bekerjasamalah! kata Putin; perjanjian itu ditanda\r\ntangani di Pyongyang,\r\n"
        "lalu Dikerja Samakan (mereka bersama-sama bertanggung jawab).\r\n"
    )
    after = (
        "\ufeffRusia dan Korea Utara bekerja sama erat.\r\n"
        "Bekerja samalah! kata Putin; perjanjian itu ditandatangani di Pyongyang,\r\n"
        "lalu Dikerjasamakan (mereka bersama-sama bertanggung jawab).\r\n"
    )
    path.write_bytes(before.encode("utf-8"))
    diff = run_cli("check", "--diff", str(path))
    assert "Korea Utara bekerja sama erat." in diff.stdout
    assert path.read_bytes() == before.encode("utf-8")
    assert run_cli("check", "--fix", str(path)).exit_code == 0
    assert path.read_bytes() == after.encode("utf-8")


def test_the_compounds_are_those_whose_closed_spelling_is_deprecated() -> None:
    glossary = load_glossary(GLOSSARY)
    context = CheckContext(glossary, "id", TermScanner(TermMatcher(glossary, "id")), [])
    found = context.open_compounds
    assert found is not None
    assert found.affixed("bekerjasama") is not None and found.affixed("dikerjasamakan")
    assert found.confixed("ditanda", "tangani") == OpenCompound("tanda", "tangan", "tanda-tangan")
    # Phrases are not compounds: their words take affixes each on its own.
    assert found.affixed("berhakveto") is None and found.confixed("beranggota", "tetapkan") is None
    assert CheckContext(glossary, "en", context.scanner, []).open_compounds is None


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("tanda", {"menanda", "penanda", "ditanda", "bertanda", "tertanda"}),
        ("kerja", {"mengerja", "pengerja", "bekerja", "dikerja"}),
        ("garis", {"menggaris", "penggaris"}),
        ("lipat", {"melipat", "pelipat", "berlipat"}),
        ("tanggung", {"menanggung", "bertanggung", "pertanggung", "mempertanggung"}),
        ("sebar", {"menyebar", "disebar"}),
        ("bela", {"membela", "pembela"}),
    ],
)
def test_prefixed_forms(word: str, forms: set[str]) -> None:
    assert forms <= set(prefixed(word, compounds))


def test_the_rule_explains_the_affix_rule() -> None:
    explained = BY_CODE["C001"].explain()
    assert "bekerja sama" in explained and "ditandatangani" in explained
