"""Glossary words written with a word boundary out of place (near-miss, C005), on news-style
sentences checked with the project's glossary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from termbase.check.command import CheckRequest, check
from termbase.findings import Finding
from termbase.lang.id.compounds import BOUND_FORMS, MIN_PART_LETTERS

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"

Run = Callable[..., Result]


def near_misses(tmp_path: Path, text: str, *select: str) -> list[Finding]:
    path = tmp_path / "berita.txt"
    path.write_text(text, encoding="utf-8")
    request = CheckRequest(
        paths=(str(path),), glossary=GLOSSARY, config=None, select=select or ("C005",)
    )
    return list(check(request).report.findings)


@pytest.mark.parametrize(
    ("text", "written", "fixed", "term"),
    [
        (
            "Korea Utara kembali menguji rudal balistik antar benua di lepas pantai timur.",
            "antar benua",
            "antarbenua",
            "rudal balistik antarbenua",
        ),
        (
            "Uji coba rudal balistik antar  benua itu gagal, menurut militer Korea Selatan.",
            "antar  benua",
            "antarbenua",
            "rudal balistik antarbenua",
        ),
        (
            "Uji coba rudal balistik antar\nbenua itu gagal, menurut militer Korea Selatan.",
            "antar\nbenua",
            "antarbenua",
            "rudal balistik antarbenua",
        ),
        (
            "Pyongyang meluncurkan rudal balistik antar-benua yang jatuh di perairan Jepang.",
            "antar-benua",
            "antarbenua",
            "rudal balistik antarbenua",
        ),
        (
            "PARADE MILITER PAMERKAN RUDAL BALISTIK ANTAR BENUA",
            "ANTAR BENUA",
            "ANTARBENUA",
            "rudal balistik antarbenua",
        ),
        (
            "Korea Utara Pamerkan Rudal Balistik Antar Benua Terbaru",
            "Antar Benua",
            "Antarbenua",
            "rudal balistik antarbenua",
        ),
        (
            "Rudal balistik Antar-benuanya diarak di alun-alun Kim Il Sung.",
            "Antar-benuanya",
            "Antarbenuanya",
            "rudal balistik antarbenua",
        ),
        (
            "Indonesia tetap mendukung rezim non proliferasi nuklir global.",
            "non proliferasi",
            "nonproliferasi",
            "nonproliferasi",
        ),
        (
            "Traktat non-proliferasi kembali disorot dalam sidang di Wina.",
            "non-proliferasi",
            "nonproliferasi",
            "nonproliferasi",
        ),
        (
            "Rusia dan Korea Utara meneken pakta pertahanan timbal-balik pada Juni lalu.",
            "timbal-balik",
            "timbal balik",
            "pakta pertahanan timbal balik",
        ),
        (
            "Kantor berita KCNA menyebutnya pakta pertahanan timbalbalik yang bersejarah.",
            "timbalbalik",
            "timbal balik",
            "pakta pertahanan timbal balik",
        ),
        (
            "Kedua negara sepakat memperluas kerja-sama di bidang energi dan pangan.",
            "kerja-sama",
            "kerja sama",
            "kerja sama",
        ),
        (
            "Kerja-samanya dengan Moskow terus menguat sejak tahun lalu.",
            "Kerja-samanya",
            "Kerja samanya",
            "kerja sama",
        ),
        (
            "Sidang Dewan Keamanan-P.B.B. soal sanksi digelar Senin malam.",
            "Keamanan-P.B.B.",
            "Keamanan P.B.B.",
            "Dewan Keamanan PBB",
        ),
        (
            "Jepang dan Australia memperketat patroli bersama di kawasan Indo Pasifik.",
            "Indo Pasifik",
            "Indo-Pasifik",
            "Indo-Pasifik",
        ),
        (
            "Jepang menambah anggaran pertahanan untuk kawasan Indopasifik.",
            "Indopasifik",
            "Indo-Pasifik",
            "Indo-Pasifik",
        ),
        (
            "Draf resolusi itu diajukan ke Perserikatan Bangsa Bangsa pekan lalu.",
            "Bangsa Bangsa",
            "Bangsa-Bangsa",
            "Perserikatan Bangsa-Bangsa",
        ),
        (
            "Moskow menawarkan kerja sama militer teknis kepada Pyongyang.",
            "militer teknis",
            "militer-teknis",
            "kerja sama militer-teknis",
        ),
        (
            "Pyongyang kembali melakukan ujicoba rudal jarak menengah pada Minggu.",
            "ujicoba",
            "uji coba",
            "uji coba rudal",
        ),
        (
            "Rusia memakai hakvetonya untuk menggagalkan draf resolusi tersebut.",
            "hakvetonya",
            "hak vetonya",
            "hak veto",
        ),
    ],
)
def test_a_glossary_word_respaced(
    tmp_path: Path, text: str, written: str, fixed: str, term: str
) -> None:
    (finding,) = near_misses(tmp_path, text)
    assert (finding.text, finding.column) == (written, text.index(written) + 1)
    assert finding.fix is not None and not finding.fix.safe
    assert finding.fix.replacement == fixed
    assert f"(glossary term '{term}')" in finding.message


@pytest.mark.parametrize(
    ("text", "how"),
    [
        ("Rudal balistik antar benua itu terbang 1.000 km.", "is one word in the glossary"),
        ("Mereka meneken pakta pertahanan timbal-balik.", "is two words in the glossary"),
        ("Kapal induk itu berlayar ke Indo Pasifik.", "is hyphenated in the glossary"),
    ],
)
def test_the_message_says_how_the_glossary_writes_it(tmp_path: Path, text: str, how: str) -> None:
    (finding,) = near_misses(tmp_path, text)
    assert how in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # True reduplications are one word.
        "Negara-negara anggota PBB mengecam uji coba rudal itu.",
        "Langkah-langkah Dewan Keamanan PBB diblokir Rusia dan Tiongkok.",
        # Hyphens the glossary writes, and names joined by a hyphen.
        "Kawasan Indo-Pasifik menjadi fokus kebijakan luar negeri Washington.",
        "Moskow menawarkan kerja sama militer-teknis kepada Pyongyang.",
        "Hubungan Korea Utara-Rusia makin erat sejak kunjungan Putin.",
        "Poros Rusia-Korea Utara dikhawatirkan mengganggu stabilitas kawasan.",
        "Kim Jong-un menerima Putin di Bandara Sunan.",
        # Numbers and codes.
        "Komando ke-8 menerima jet F-16 untuk periode 2024-2025.",
        # Written as the glossary writes them.
        "Sidang itu membahas rudal balistik antarbenua milik Pyongyang.",
        "Rusia dan Korea Utara meneken pakta pertahanan timbal balik.",
        "Indonesia mendukung rezim nonproliferasi nuklir.",
        # A free word that is a bound form elsewhere: nothing in the glossary is antarjemput.
        "Sekolah itu menyediakan layanan antar jemput bagi para siswa.",
        # Two glossary words with a hyphen that no term writes together.
        "Hubungan timbal-balik kedua negara dibahas di Jakarta.",
        "Kerja sama Korea-Rusia, menurut dia, bukan ancaman.",
        # Two boundaries out of place: moving one gives no glossary spelling (Perserikatan
        # Bangsa only keys like Perserikatan Bangsa-Bangsa).
        "Sidang Majelis Umum Perserikatanbangsa dibuka di New York.",
        # Everyday words are not two glossary words run together.
        "Mereka memberikan bantuan militer pertama kepada sekutu.",
    ],
)
def test_no_finding(tmp_path: Path, text: str) -> None:
    assert near_misses(tmp_path, text) == []


def test_a_deprecated_spelling_is_left_to_deprecated_term(tmp_path: Path) -> None:
    text = "Kerjasama militer kedua negara meningkat; kerja-sama ekonomi tidak."
    found = near_misses(tmp_path, text, "C001", "C005")
    assert [(f.code, f.text, f.fix.replacement if f.fix else None) for f in found] == [
        ("C001", "Kerjasama", "Kerja sama"),
        ("C005", "kerja-sama", "kerja sama"),
    ]
    # Respaced, Kerjasama-militer would still be deprecated: deprecated-term speaks first,
    # and near-miss once it is corrected (Kerja sama-militer).
    found = near_misses(tmp_path, "Kerjasama-militer kedua negara meningkat.", "C001", "C005")
    assert [(f.code, f.text) for f in found] == [("C001", "Kerjasama")]
    found = near_misses(tmp_path, "Kerja sama-militer kedua negara meningkat.", "C001", "C005")
    assert [(f.code, f.text) for f in found] == [("C005", "sama-militer")]


def test_the_consistency_rules_count_the_term_a_near_miss_completes(tmp_path: Path) -> None:
    files = {
        "a.txt": "Rusia dan Korea Utara meneken pakta pertahanan timbal-balik pada Juni.",
        "b.txt": "Putin dan Kim menandatangani pakta bantuan pertahanan bersama.",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = tuple(str(tmp_path / name) for name in files)
    request = CheckRequest(paths=paths, glossary=GLOSSARY, config=None, select=None)
    report = check(request).report
    found = [(Path(f.path).name, f.code, f.text) for f in report.findings]
    assert found == [
        ("a.txt", "C003", "pakta pertahanan timbal-balik"),
        ("a.txt", "C005", "timbal-balik"),
        ("b.txt", "C003", "pakta bantuan pertahanan bersama"),
    ]
    (summary,) = report.summary
    assert [(form.text, form.total) for form in summary.forms] == [
        ("pakta pertahanan timbal balik", 1),
        ("pakta bantuan pertahanan bersama", 1),
    ]
    # Without the near-miss rule the misspelt form is not seen, and there is no mix.
    request = CheckRequest(paths=paths, glossary=GLOSSARY, config=None, select=("C002", "C003"))
    assert check(request).report.findings == ()


ARTICLE = """\
Korea Utara Uji Rudal Balistik Antar-Benua

PYONGYANG — Korea Utara kembali meluncurkan rudal balistik antar benua pada Jumat,
beberapa bulan setelah meneken pakta pertahanan timbal-balik dengan Rusia.
Negara-negara anggota Perserikatan Bangsa Bangsa mengecam uji coba itu, dan Jepang
memperkuat patroli di kawasan Indo-Pasifik. Kerja-samanya dengan Moskow kian erat.
"""

FIXED = """\
Korea Utara Uji Rudal Balistik Antarbenua

PYONGYANG — Korea Utara kembali meluncurkan rudal balistik antarbenua pada Jumat,
beberapa bulan setelah meneken pakta pertahanan timbal balik dengan Rusia.
Negara-negara anggota Perserikatan Bangsa-Bangsa mengecam uji coba itu, dan Jepang
memperkuat patroli di kawasan Indo-Pasifik. Kerja samanya dengan Moskow kian erat.
"""


def test_unsafe_fixes_respace_and_change_nothing_else(run_cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    data = ARTICLE.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + data)
    assert run_cli("check", "--fix", "--select", "C005", str(path)).exit_code == 1
    assert path.read_bytes() == b"\xef\xbb\xbf" + data
    run_cli("check", "--fix", "--unsafe-fixes", "--select", "C005", str(path))
    assert path.read_bytes() == b"\xef\xbb\xbf" + FIXED.replace("\n", "\r\n").encode("utf-8")
    assert run_cli("check", "--select", "C005", str(path)).exit_code == 0


def test_bound_forms_are_lower_case_letters() -> None:
    assert {"antar", "pasca", "non", "swa", "tuna", "maha", "awa"} <= BOUND_FORMS
    assert all(form.isalpha() and form.islower() for form in BOUND_FORMS)
    assert MIN_PART_LETTERS >= 3
