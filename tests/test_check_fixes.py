"""Fixes keep inflection and case and change nothing else."""

from __future__ import annotations

import pytest

from termbase.check.fixes import (
    apply_fixes,
    exclusive_fixes,
    keep_form,
    transfer_case,
    unified_diff,
)
from termbase.findings import Finding, Fix


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("kerjasama", "kerja sama"),
        ("Kerjasama", "Kerja sama"),
        ("Kerjasamanya", "Kerja samanya"),
        ("KERJASAMA", "KERJA SAMA"),
        ("kerjasama-nya", "kerja sama-nya"),
        ("dikerjasamakan", None),
        ("Kerjasama-kerjasama", None),
    ],
)
def test_keep_form(written: str, expected: str | None) -> None:
    assert keep_form(written, "kerjasama", "kerja sama") == expected


def test_a_multiword_form_across_a_line_break() -> None:
    written = "senjata pemusnah\nmasalnya"
    assert keep_form(written, "senjata pemusnah masal", "senjata pemusnah massal") == (
        "senjata pemusnah massalnya"
    )


@pytest.mark.parametrize(
    ("model", "title", "expected"),
    [
        ("kerjasama", False, "kerja sama"),
        ("Kerjasama", False, "Kerja sama"),
        ("Kerjasama", True, "Kerja Sama"),
        ("KERJASAMA", False, "KERJA SAMA"),
        ("Senjata Pemusnah Masal", False, "Senjata Pemusnah Massal"),
    ],
)
def test_transfer_case(model: str, title: bool, expected: str) -> None:
    replacement = "senjata pemusnah massal" if " " in model else "kerja sama"
    assert transfer_case(model, replacement, title) == expected


def test_overlapping_fixes_wait_for_the_next_run() -> None:
    text = "abc def ghi"
    fixed, applied = apply_fixes(text, [Fix(4, 7, "DEF"), Fix(0, 3, "ABC"), Fix(5, 9, "x")])
    assert fixed == "ABC DEF ghi"
    assert len(applied) == 2


def finding(path: str, code: str, fix: Fix) -> Finding:
    return Finding(path, 1, fix.start + 1, code, f"{code} at {fix.start}", fix=fix)


def test_no_two_fixes_of_a_report_overlap() -> None:
    # "Presiden republik korea selatan bertemu perserikatan bangsa bangsa."
    findings = [
        finding("a.txt", "C004", Fix(9, 23, "Republik Korea")),
        finding("a.txt", "C004", Fix(18, 31, "Korea Selatan")),
        finding("a.txt", "C005", Fix(53, 66, "bangsa-bangsa", safe=False)),
        finding("a.txt", "C004", Fix(40, 59, "Perserikatan Bangsa")),
        finding("a.txt", "C001", Fix(9, 23, "Republik Korea")),
        finding("b.txt", "C004", Fix(18, 31, "Korea Selatan")),
    ]
    kept = exclusive_fixes(findings)
    assert [(f.path, f.code, f.fix is not None) for f in kept] == [
        ("a.txt", "C004", True),
        ("a.txt", "C004", False),  # overlaps the earlier fix: the later waits
        ("a.txt", "C005", False),  # unsafe, though earlier than the safe fix it overlaps
        ("a.txt", "C004", True),
        ("a.txt", "C001", True),  # the same edit as the first: one edit, no clash
        ("b.txt", "C004", True),  # another file
    ]
    assert kept[1].message == findings[1].message


def test_diff_shows_the_change_with_line_ends_kept() -> None:
    patch = unified_diff("a.txt", "satu\r\nkerjasama\r\n", "satu\r\nkerja sama\r\n")
    assert "-kerjasama\r\n+kerja sama\r\n" in patch
    assert patch.startswith("--- a/a.txt\n+++ b/a.txt\n")


def test_a_last_line_without_line_end_is_marked_as_patch_expects() -> None:
    patch = unified_diff("a.txt", "satu\nkerjasama", "satu\nkerja sama")
    assert patch.endswith(
        "-kerjasama\n\\ No newline at end of file\n+kerja sama\n\\ No newline at end of file\n"
    )


def test_diff_lines_end_only_at_line_feeds_and_keep_the_bom() -> None:
    patch = unified_diff("a.txt", "satu\x0cdua kerjasama\n", "satu\x0cdua kerja sama\n", bom=True)
    assert "-\ufeffsatu\x0cdua kerjasama\n+\ufeffsatu\x0cdua kerja sama\n" in patch
