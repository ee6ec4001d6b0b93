"""Lookup of open compounds with affixes (*bekerjasama*, *ditanda tangani*, *dikerjasamakan*):
the compound's concept, and how PUEBI writes the query."""

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from click.testing import Result

from conftest import GLOSSARY, ROOT
from termbase.index import LookupIndex
from termbase.index_build import build_in_memory
from termbase.lookup import lookup
from termbase.lookup_view import result_to_json
from termbase.project import Project


@pytest.fixture(scope="module")
def index() -> Iterator[LookupIndex]:
    connection = build_in_memory(Project(GLOSSARY, ROOT / "tmx"))
    yield LookupIndex(connection)
    connection.close()


def first_hit(index: LookupIndex, query: str) -> dict[str, Any]:
    hits = result_to_json(lookup(index, query))["hits"]
    assert hits, query
    hit: dict[str, Any] = hits[0]
    return hit


@pytest.mark.parametrize(
    ("query", "term", "puebi"),
    [
        ("bekerjasama", "kerja sama", "bekerja sama"),
        ("Bekerjasamalah", "kerja sama", "Bekerja samalah"),
        ("BEKERJASAMA", "kerja sama", "BEKERJA SAMA"),
        ("berkerjasama", "kerja sama", "berkerja sama"),
        ("bekerja-sama", "kerja sama", "bekerja sama"),
        ("kerjasamakan", "kerja sama", "kerja samakan"),
        ("dikerja samakan", "kerja sama", "dikerjasamakan"),
        ("bertanggungjawab", "tanggung jawab", "bertanggung jawab"),
        ("pertanggung jawaban", "tanggung jawab", "pertanggungjawaban"),
        ("tandatangani", "tanda tangan", "tanda tangani"),
        ("bertandatangan", "tanda tangan", "bertanda tangan"),
        ("ditanda tangani", "tanda tangan", "ditandatangani"),
        ("ditanda-tangani", "tanda tangan", "ditandatangani"),
        ("Menanda Tangani", "tanda tangan", "Menandatangani"),
        ("penanda tanganan", "tanda tangan", "penandatanganan"),
    ],
)
def test_a_spelling_against_puebi_answers_with_how_puebi_writes_it(
    index: LookupIndex, query: str, term: str, puebi: str
) -> None:
    hit = first_hit(index, query)
    matched = hit["matched"]
    assert (matched["term"], matched["kind"], matched["score"]) == (term, "compound", 96.0)
    assert matched["note"].startswith(f"{query!r} is a non-standard spelling: PUEBI writes")
    assert f"PUEBI writes {puebi!r}" in matched["note"]
    assert hit["use_instead"] is None


@pytest.mark.parametrize(
    ("query", "term"),
    [
        ("bekerja sama", "kerja sama"),
        ("Bekerja Sama", "kerja sama"),
        ("bekerja samanya", "kerja sama"),
        ("kerja samakan", "kerja sama"),
        ("dikerjasamakan", "kerja sama"),
        ("mengerjasamakan", "kerja sama"),
        ("bertanggung jawab", "tanggung jawab"),
        ("pertanggungjawaban", "tanggung jawab"),
        ("tanda tangani", "tanda tangan"),
        ("ditandatangani", "tanda tangan"),
        ("menandatangani", "tanda tangan"),
    ],
)
def test_a_standard_spelling_is_a_form_of_the_compound(
    index: LookupIndex, query: str, term: str
) -> None:
    matched = first_hit(index, query)["matched"]
    assert (matched["term"], matched["kind"]) == (term, "compound")
    assert matched["note"].startswith(f"{query!r} is a form of {term!r}, spelt as PUEBI says")


@pytest.mark.parametrize(
    ("query", "concept", "kind"),
    [
        ("penandatanganan", "penandatanganan", "exact"),  # a term of its own
        ("kerjasama", "kerja-sama", "exact"),  # the deprecated spelling itself
        ("kerja samanya", "kerja-sama", "morphological"),  # a clitic is no suffix
        ("bersama", "pakta-pertahanan-bersama", "contains"),
        ("kerja", "kerja-sama", "contains"),
    ],
)
def test_other_words_are_no_compound(
    index: LookupIndex, query: str, concept: str, kind: str
) -> None:
    matched = first_hit(index, query)
    assert (matched["concept"]["id"], matched["matched"]["kind"]) == (concept, kind)


def test_the_answer_lists_the_longer_terms_and_examples(index: LookupIndex) -> None:
    result = result_to_json(lookup(index, "bekerjasama"))
    assert result["hits"][0]["example_total"] > 0 and result["hits"][0]["examples"]
    containing = [hit["matched"]["term"] for hit in result["hits"][1:]]
    assert "kerja sama militer" in containing


def test_the_command_says_how_to_write_it(run_cli: Callable[..., Result]) -> None:
    result = run_cli("lookup", "ditanda tangani")
    assert result.exit_code == 0
    assert result.stdout.startswith("tanda tangan  [id, preferred]  ← compound match (score 96)")
    assert "  ! 'ditanda tangani' is a non-standard spelling: PUEBI writes 'ditandatangani'" in (
        result.stdout
    )
