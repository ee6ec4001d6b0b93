"""`termbase lookup` by a part of a term: terms containing the query, and related forms.

Queries are words of the reference corpus (tests/data/corpus) or of the bundled glossary.
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from conftest import GLOSSARY
from termbase.index import LookupIndex
from termbase.lookup_parts import find_parts
from termbase.project import resolve_project
from termbase.text.keys import case_sensitive_key, folded_key
from termbase.text.morphology import analyzer_for
from termbase.text.tokenize import tokenize


def lookup_json(run_cli: Callable[..., Result], *args: str) -> tuple[int, dict[str, Any]]:
    result = run_cli("lookup", "--json", *args)
    data: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, data


def concepts(data: dict[str, Any], kind: str) -> list[str]:
    return [hit["concept"]["id"] for hit in data["hits"] if hit["matched"]["kind"] == kind]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("keamanan", ["dewan-keamanan-pbb", "resolusi-dewan-keamanan-pbb"]),
        ("hak", ["hak-veto", "hak-asasi-manusia"]),
        (
            "pertahanannya",  # a clitic: the terms with pertahanan
            [
                "kemampuan-pertahanan",
                "pakta-pertahanan",
                "pertahanan-kolektif",
                "pakta-pertahanan-bersama",
                "pertahanan-diri-kolektif",
            ],
        ),
        ("bersenjata", ["serangan-bersenjata", "hukum-konflik-bersenjata"]),
        ("Keamanan P.B.B.", ["dewan-keamanan-pbb", "resolusi-dewan-keamanan-pbb"]),
        ("kerjasama teknis", ["kerja-sama-militer-teknis"]),  # a spelling variant inside
        ("council", ["dewan-keamanan-pbb", "resolusi-dewan-keamanan-pbb"]),
        ("deterrent", ["penangkal-nuklir"]),
        ("Korea", ["korea-selatan", "korea-utara", "semenanjung-korea"]),
    ],
)
def test_terms_containing_the_query(
    run_cli: Callable[..., Result], query: str, expected: list[str]
) -> None:
    exit_code, data = lookup_json(run_cli, query)
    assert exit_code == 0
    assert concepts(data, "contains") == expected
    assert all(hit["matched"]["score"] == 90.0 for hit in data["hits"])


def test_the_text_lists_each_term_with_its_translation(run_cli: Callable[..., Result]) -> None:
    result = run_cli("lookup", "keamanan")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "'keamanan' is part of 2 terms (contains, score 90):"
    assert lines[1] == (
        "  Dewan Keamanan PBB           [id, preferred]  en: UN Security Council"
        "  · dewan-keamanan-pbb"
    )
    assert lines[2].startswith("  resolusi Dewan Keamanan PBB  [id, preferred]")


@pytest.mark.parametrize(
    ("query", "whole", "containing"),
    [
        ("forces", "pasukan", "penggunaan-kekuatan"),  # use of force
        ("veto", "veto", "hak-veto"),
        ("AS", "amerika-serikat", "departemen-luar-negeri-as"),
        ("rudal", "rudal", "rudal-balistik"),
    ],
)
def test_terms_containing_a_whole_term_follow_it(
    run_cli: Callable[..., Result], query: str, whole: str, containing: str
) -> None:
    exit_code, data = lookup_json(run_cli, query)
    assert exit_code == 0
    assert data["hits"][0]["concept"]["id"] == whole
    assert data["hits"][0]["matched"]["kind"] in ("exact", "morphological")
    assert containing in concepts(data, "contains")
    assert whole not in concepts(data, "contains")
    text = run_cli("lookup", query).stdout
    assert "\nalso part of " in text


def test_a_term_is_not_listed_as_containing_itself(run_cli: Callable[..., Result]) -> None:
    exit_code, data = lookup_json(run_cli, "hak veto")
    assert exit_code == 0
    assert [hit["concept"]["id"] for hit in data["hits"]] == ["hak-veto"]


def test_find_parts_leaves_the_whole_term_to_the_morphological_stage(
    isolated_cache: Path,
) -> None:
    index = LookupIndex.open(resolve_project(GLOSSARY), isolated_cache)
    analyzer = analyzer_for("id")
    tokens = tokenize("hak vetonya")
    keys = [(folded_key(token, analyzer), case_sensitive_key(token)) for token in tokens]
    found = find_parts(index, "id", tokens, keys)
    assert found.containing == []
    (one,) = find_parts(index, "id", tokens[1:], keys[1:]).containing  # vetonya
    assert (one.ref.concept_id, one.length) == ("hak-veto", 2)


@pytest.mark.parametrize("query", ["as", "a.s.", "us", "ham"])
def test_an_acronym_in_a_term_is_only_found_in_its_case(
    run_cli: Callable[..., Result], query: str
) -> None:
    exit_code, data = lookup_json(run_cli, query)
    assert exit_code == 1
    assert data["hits"] == []
    assert all(s["kind"] != "related" for s in data["suggestions"])


@pytest.mark.parametrize(
    ("query", "containing"),
    [
        ("A.S.", "departemen-luar-negeri-as"),  # Departemen Luar Negeri AS, via the variant
        ("US", "departemen-luar-negeri-as"),  # US State Department
        ("PBB", "dewan-keamanan-pbb"),
    ],
)
def test_an_acronym_written_as_in_the_term_finds_it(
    run_cli: Callable[..., Result], query: str, containing: str
) -> None:
    exit_code, data = lookup_json(run_cli, query)
    assert exit_code == 0
    assert containing in concepts(data, "contains")


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("Dewan Keamaan", "dewan-keamanan-pbb"),
        ("Security Counsil", "dewan-keamanan-pbb"),
        ("hak vetto", "hak-veto"),
    ],
)
def test_a_close_misspelling_of_a_whole_term_still_wins(
    run_cli: Callable[..., Result], query: str, answer: str
) -> None:
    exit_code, data = lookup_json(run_cli, query)
    assert exit_code == 0
    assert [hit["concept"]["id"] for hit in data["hits"]] == [answer]
    assert data["hits"][0]["matched"]["kind"] == "fuzzy"


@pytest.mark.parametrize(
    ("query", "containing"),
    [
        # fuzzy would take the first for a whole term: ratio("international",
        # "international law") is 87, ("russian", "russian federation") 88
        ("international", ["hukum-internasional", "komunitas-internasional"]),
        ("Russian", ["rusia", "timur-jauh-rusia"]),
    ],
)
def test_a_glossary_word_is_not_corrected_into_a_longer_term(
    run_cli: Callable[..., Result], query: str, containing: list[str]
) -> None:
    _, data = lookup_json(run_cli, query)
    assert {hit["matched"]["kind"] for hit in data["hits"]} == {"contains"}
    assert concepts(data, "contains")[: len(containing)] == containing


def test_shorter_and_preferred_terms_come_first(run_cli: Callable[..., Result]) -> None:
    _, data = lookup_json(run_cli, "--limit", "0", "of")
    listed = [
        (len(hit["matched"]["term"].split()), hit["matched"]["status"] != "preferred")
        for hit in data["hits"]
    ]
    assert len(listed) > 10
    assert listed == sorted(listed)


def test_a_concept_is_shown_by_its_preferred_term(run_cli: Callable[..., Result]) -> None:
    # Dewan Keamanan (admitted) is shorter, but Dewan Keamanan PBB is the one to use
    _, data = lookup_json(run_cli, "keamanan")
    assert data["hits"][0]["matched"]["term"] == "Dewan Keamanan PBB"
    assert data["hits"][0]["matched"]["status"] == "preferred"


def test_a_deprecated_term_containing_the_query_says_what_to_use(
    run_cli: Callable[..., Result],
) -> None:
    _, data = lookup_json(run_cli, "masal")
    assert data["hits"][0]["matched"]["term"] == "senjata pemusnah masal"
    assert data["hits"][0]["use_instead"] == "senjata pemusnah massal"
    text = run_cli("lookup", "masal").stdout
    assert "[id, deprecated] use 'senjata pemusnah massal'" in text


@pytest.mark.parametrize(("limit", "shown"), [("3", 3), ("10", 10), ("0", None)])
def test_the_list_is_capped_and_the_rest_counted(
    run_cli: Callable[..., Result], limit: str, shown: int | None
) -> None:
    _, everything = lookup_json(run_cli, "--limit", "0", "of")
    total = len(everything["hits"])
    assert total > 10
    assert everything["more_hits"] == 0
    _, data = lookup_json(run_cli, "--limit", limit, "of")
    assert len(data["hits"]) == (shown or total)
    assert data["more_hits"] == total - len(data["hits"])
    assert data["hits"] == everything["hits"][: len(data["hits"])]
    text = run_cli("lookup", "--limit", limit, "of").stdout
    assert text.startswith(f"'of' is part of {total} terms")
    assert ("… and " in text) is (shown is not None)
    if shown is not None:
        assert f"… and {total - shown} more (--limit 0 lists them all)" in text


def test_default_limit_is_ten(run_cli: Callable[..., Result]) -> None:
    _, data = lookup_json(run_cli, "of")
    assert len(data["hits"]) == 10
    assert data["more_hits"] > 0


def test_terms_containing_the_query_carry_no_examples(
    run_cli: Callable[..., Result], gold_tmx: Path
) -> None:
    _, data = lookup_json(run_cli, "--tm", str(gold_tmx), "keamanan")
    hit = data["hits"][0]
    assert hit["examples"] == []
    assert hit["example_total"] > 0


@pytest.mark.parametrize(
    ("query", "concept", "root"),
    [
        ("mengerahkan", "pengerahan-pasukan", "kerah"),
        ("dikerahkan", "pengerahan-pasukan", "kerah"),  # 000: pasukan yang dikerahkan
        ("mempertahankan", "pakta-pertahanan", "tahan"),
        ("berlatih", "latihan-militer", "latih"),
        ("bergabung", "latihan-militer-gabungan", "gabung"),
        ("diserang", "serangan-bersenjata", "serang"),
        ("memperkuat", "penggunaan-kekuatan", "kuat"),
        ("digunakan", "penggunaan-kekuatan", "guna"),
        ("kerah", "pengerahan-pasukan", "kerah"),  # collar: offered, never matched
        ("deploy", "pengerahan-pasukan", "deploy"),
        ("deter", "penangkal-nuklir", "deter"),
        ("deterring", "penangkalan", "deter"),  # deterrence
        ("aggressively", "agresi", "aggress"),  # aggression
    ],
)
def test_related_forms_are_suggested_not_found(
    run_cli: Callable[..., Result], query: str, concept: str, root: str
) -> None:
    exit_code, data = lookup_json(run_cli, query)
    assert exit_code == 1
    assert data["found"] is False
    assert data["hits"] == []
    related = [s for s in data["suggestions"] if s["kind"] == "related"]
    assert {"concept": concept, "word": query, "root": root}.items() <= next(
        s for s in related if s["concept"] == concept
    ).items()


def test_related_forms_in_text(run_cli: Callable[..., Result]) -> None:
    result = run_cli("lookup", "mengerahkan")
    assert result.exit_code == 1
    assert result.stdout == (
        "no term matches 'mengerahkan'\n"
        "related forms (same root, another derivation):\n"
        "  pengerahan pasukan  (id, concept pengerahan-pasukan)"
        " — same root as mengerahkan (kerah)\n"
    )


def test_a_related_form_is_offered_once(run_cli: Callable[..., Result]) -> None:
    _, data = lookup_json(run_cli, "deter")
    offered = [s["concept"] for s in data["suggestions"]]
    assert len(offered) == len(set(offered))
    assert data["suggestions"][0]["kind"] == "related"
