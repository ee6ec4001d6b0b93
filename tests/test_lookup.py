"""`termbase lookup`: the answers a translator sees, from a clean clone's glossary and a TM."""

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from conftest import GLOSSARY
from termbase.formats import tmx
from termbase.memory import Segment, TranslationUnit


def lookup(run_cli: Callable[..., Result], *args: str) -> Result:
    return run_cli("lookup", *args)


def first_hit(result: Result) -> dict[str, object]:
    data = json.loads(result.stdout)
    assert data["hits"], data
    hit: dict[str, object] = data["hits"][0]
    return hit


def test_inflected_query_finds_the_term(run_cli: Callable[..., Result]) -> None:
    result = lookup(run_cli, "hak vetonya")
    assert result.exit_code == 0
    assert result.stdout.startswith("hak veto  [id, preferred]  ← morphological match")
    assert "veto power" in result.stdout


def test_english_query_finds_the_same_concept(run_cli: Callable[..., Result]) -> None:
    hit = first_hit(lookup(run_cli, "veto power", "--json"))
    assert hit["concept"]["id"] == "hak-veto"  # type: ignore[index]
    assert hit["matched"]["lang"] == "en"  # type: ignore[index]


def test_deprecated_form_answers_with_the_preferred_one(run_cli: Callable[..., Result]) -> None:
    result = lookup(run_cli, "kerjasama")
    assert result.exit_code == 0
    assert "'kerjasama' is deprecated: use 'kerja sama'" in result.stdout
    hit = first_hit(lookup(run_cli, "kerjasama", "--json"))
    assert hit["use_instead"] == "kerja sama"


def test_acronym_is_case_sensitive(run_cli: Callable[..., Result]) -> None:
    upper = lookup(run_cli, "AS", "--json")
    assert upper.exit_code == 0
    hit = first_hit(upper)
    assert hit["concept"]["terms"]["id"][0]["text"] == "Amerika Serikat"  # type: ignore[index]
    lower = lookup(run_cli, "as")
    assert lower.exit_code == 1
    assert "Amerika Serikat" not in lower.stdout


@pytest.mark.parametrize(
    ("query", "concept", "term", "kind", "score"),
    [
        ("nato", "nato", "NATO", "other-case", 98.0),
        ("Nato", "nato", "NATO", "other-case", 98.0),
        ("NATO", "nato", "NATO", "exact", 100.0),
        ("asean", "asean", "ASEAN", "other-case", 98.0),
        ("Asean", "asean", "ASEAN", "other-case", 98.0),
        ("pbb", "perserikatan-bangsa-bangsa", "PBB", "other-case", 98.0),
        ("natonya", "nato", "NATO", "morphological", 95.0),
    ],
)
def test_an_acronym_in_another_case_answers(
    run_cli: Callable[..., Result], query: str, concept: str, term: str, kind: str, score: float
) -> None:
    result = lookup(run_cli, query, "--json")
    assert result.exit_code == 0
    hit = first_hit(result)
    assert hit["concept"]["id"] == concept  # type: ignore[index]
    assert hit["matched"]["term"] == term  # type: ignore[index]
    assert (hit["matched"]["kind"], hit["matched"]["score"]) == (kind, score)  # type: ignore[index]
    note = f"the glossary writes it '{term}'" if kind == "other-case" else None
    assert hit["matched"]["note"] == note  # type: ignore[index]


def test_an_acronym_in_another_case_is_shown_with_its_capitals(
    run_cli: Callable[..., Result],
) -> None:
    result = lookup(run_cli, "nato")
    assert result.stdout.startswith(
        "NATO  [id, preferred]  ← other-case match (score 98): the glossary writes it 'NATO'"
    )


@pytest.mark.parametrize(
    ("query", "concept", "kind"),
    [
        ("memveto", "veto", "morphological"),
        ("diveto", "veto", "morphological"),
        ("pengerahannya", "pengerahan-pasukan", "morphological"),
        ("Perserikatan Bangsa-Bangsa", "perserikatan-bangsa-bangsa", "exact"),
        ("perserikatan  bangsa-bangsa", "perserikatan-bangsa-bangsa", "normalized"),
        ("P.B.B.", "perserikatan-bangsa-bangsa", "exact"),
        ("Dewan Keamanan P.B.B.", "dewan-keamanan-pbb", "morphological"),
        ("mutual defence pacts", "pakta-pertahanan-bersama", "morphological"),
        ("hak vetto", "hak-veto", "fuzzy"),
        ("Dewan Keamaan", "dewan-keamanan-pbb", "fuzzy"),
        ("Security Counsil", "dewan-keamanan-pbb", "fuzzy"),
        ("menginvasi", "invasi", "morphological"),  # 002: sejak Moskow menginvasi Ukraina
        ("pendudukannya", "pendudukan", "morphological"),
        ("Perancis", "prancis", "exact"),  # deprecated spelling
        ("v\u0435\u0442o powr", "hak-veto", "fuzzy"),  # Cyrillic е and т, and a typo
    ],
)
def test_stages(run_cli: Callable[..., Result], query: str, concept: str, kind: str) -> None:
    hit = first_hit(lookup(run_cli, query, "--json"))
    assert hit["concept"]["id"] == concept  # type: ignore[index]
    assert hit["matched"]["kind"] == kind  # type: ignore[index]


def test_fuzzy_score_is_reported(run_cli: Callable[..., Result]) -> None:
    result = lookup(run_cli, "hak vetto")
    assert "fuzzy match (score 94)" in result.stdout


def test_no_match_suggests(run_cli: Callable[..., Result]) -> None:
    result = lookup(run_cli, "ham")  # HAM, but *ham* is an Indonesian word
    assert result.exit_code == 1
    assert "did you mean:" in result.stdout
    assert "HAM" in result.stdout


def test_nothing_close_gives_exit_1_without_suggestions(run_cli: Callable[..., Result]) -> None:
    result = lookup(run_cli, "--json", "zzzqqq")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "query": "zzzqqq",
        "found": False,
        "hits": [],
        "more_hits": 0,
        "suggestions": [],
    }


@pytest.mark.parametrize("query", ["", "   ", "!!!", "...", "\u00ad\u200b"])
def test_a_query_without_words_is_a_usage_error(run_cli: Callable[..., Result], query: str) -> None:
    result = lookup(run_cli, "--", query)
    assert result.exit_code == 2
    assert "the query has no word or number" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("query", "exit_code"),
    [("日本", 1), ("veto " * 500, 1), ("powernya", 1), ("Korut-nya", 0), ("ICBMs", 0)],
)
def test_odd_queries_answer_found_or_not_found(
    run_cli: Callable[..., Result], query: str, exit_code: int
) -> None:
    result = lookup(run_cli, "--json", query)
    assert result.exit_code == exit_code
    assert json.loads(result.stdout)["found"] is (exit_code == 0)


REVIEWED = """\
[zona-penyangga]
id = [
  { term = "zona penyangga", status = "preferred", review = "proposed" },
  { term = "daerah penyangga", status = "admitted", review = "rejected" },
]
en = [{ term = "buffer zone", status = "preferred" }]
"""


@pytest.mark.parametrize(
    ("query", "warning"),
    [
        ("zona penyangga", "'zona penyangga' is a proposal not yet reviewed"),
        ("daerah penyangga", "'daerah penyangga' was rejected in review: do not use it"),
        ("buffer zone", None),
    ],
)
def test_terms_not_approved_in_review_are_flagged(
    run_cli: Callable[..., Result], tmp_path: Path, query: str, warning: str | None
) -> None:
    (tmp_path / "g.toml").write_text(REVIEWED, encoding="utf-8")
    result = lookup(run_cli, "--glossary", str(tmp_path), query)
    assert result.exit_code == 0
    if warning is None:
        assert "!" not in result.stdout
    else:
        assert f"  ! {warning}" in result.stdout


def test_lang_option_restricts_the_search(run_cli: Callable[..., Result]) -> None:
    assert lookup(run_cli, "--lang", "id", "veto power").exit_code == 1
    assert lookup(run_cli, "--lang", "en", "veto power").exit_code == 0


def test_concordance_from_the_translation_memory(
    run_cli: Callable[..., Result], gold_tmx: Path
) -> None:
    result = lookup(run_cli, "--tm", str(gold_tmx), "hak vetonya")
    assert result.exit_code == 0
    assert "in the translation memory" in result.stdout
    assert "«hak vetonya»" in result.stdout
    assert "«veto power»" in result.stdout
    hit = first_hit(lookup(run_cli, "--tm", str(gold_tmx), "--json", "hak veto"))
    example = hit["examples"][0]  # type: ignore[index]
    text = example["segments"]["id"]["text"]
    start, end = example["segments"]["id"]["spans"][0]
    assert text[start:end].lower().startswith("hak veto")


def test_concordance_finds_a_term_overlapping_another(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    memory = tmp_path / "memory.tmx"
    texts = {
        "id": "Jepang mengecam uji coba rudal balistik antarbenua Korea Utara.",
        "en": "Japan condemned North Korea's intercontinental ballistic missile test.",
    }
    tmx.write([TranslationUnit("1", tuple(Segment(k, v) for k, v in texts.items()))], memory)

    def highlighted(query: str) -> dict[str, list[str]]:
        hit = first_hit(lookup(run_cli, "--tm", str(memory), "--json", query))
        (example,) = hit["examples"]  # type: ignore[misc]
        segments = example["segments"]
        return {lang: [texts[lang][a:b] for a, b in segments[lang]["spans"]] for lang in texts}

    assert highlighted("rudal balistik antarbenua") == {
        "id": ["rudal balistik antarbenua"],
        "en": ["intercontinental ballistic missile"],
    }
    assert highlighted("uji coba rudal") == {"id": ["uji coba rudal"], "en": ["missile test"]}


def test_index_is_rebuilt_when_the_glossary_changes(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    copy = tmp_path / "glossary"
    shutil.copytree(GLOSSARY, copy)
    assert lookup(run_cli, "--glossary", str(copy), "zona penyangga").exit_code == 1
    with (copy / "extra.toml").open("w", encoding="utf-8") as handle:
        handle.write(
            "[zona-penyangga]\n"
            'id = [{ term = "zona penyangga", status = "preferred" }]\n'
            'en = [{ term = "buffer zone", status = "preferred" }]\n'
        )
    assert lookup(run_cli, "--glossary", str(copy), "zona penyangganya").exit_code == 0
    extra = copy / "extra.toml"
    extra.write_text(extra.read_text(encoding="utf-8").replace("buffer zone", "buffer strip"))
    later = time.time() + 5
    os.utime(extra, (later, later))
    result = lookup(run_cli, "--glossary", str(copy), "zona penyangga")
    assert "buffer strip" in result.stdout


class Counted:
    """A function of ``module`` that counts its calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.calls = 0
        self._real = getattr(module, name)
        monkeypatch.setattr(module, name, self)

    def __call__(self, *args: object) -> object:
        self.calls += 1
        return self._real(*args)


def test_a_touch_without_change_does_not_rebuild_the_index(
    run_cli: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import termbase.index
    import termbase.index_build

    copy = tmp_path / "glossary"
    shutil.copytree(GLOSSARY, copy)
    builds = Counted(monkeypatch, termbase.index_build, "build_index")
    hashes = Counted(monkeypatch, termbase.index, "content_stamp")

    def pengerahan() -> str:
        result = lookup(run_cli, "--glossary", str(copy), "--examples", "0", "pengerahannya")
        assert result.exit_code == 0
        return result.stdout

    answer = pengerahan()
    assert builds.calls == 1
    defence = copy / "defence.toml"
    later = time.time() + 5
    os.utime(defence, (later, later))
    assert pengerahan() == answer
    assert builds.calls == 1
    hashed = hashes.calls
    assert pengerahan() == answer  # the touch is remembered: no hashing again
    assert (builds.calls, hashes.calls) == (1, hashed)
    data = defence.read_bytes()  # written anew with the same bytes: a new inode and mtime
    defence.unlink()
    defence.write_bytes(data)
    assert pengerahan() == answer
    assert builds.calls == 1
    defence.write_text(
        defence.read_text(encoding="utf-8").replace("troop deployment", "troop deployment (test)"),
        encoding="utf-8",
    )
    os.utime(defence, (later + 5, later + 5))
    assert "troop deployment (test)" in pengerahan()
    assert builds.calls == 2


def test_index_is_rebuilt_when_the_indexing_code_changes(
    run_cli: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, isolated_cache: Path
) -> None:
    assert lookup(run_cli, "veto").exit_code == 0
    (built,) = isolated_cache.glob("lookup-*.sqlite")
    first = built.stat().st_mtime_ns
    monkeypatch.setattr("termbase.index.code_stamp", lambda: "an upgraded termbase")
    assert lookup(run_cli, "veto").exit_code == 0
    assert built.stat().st_mtime_ns != first


def test_unusable_cache_directory_still_answers(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("", encoding="utf-8")
    result = run_cli("lookup", "hak vetonya", env={"TERMBASE_CACHE_DIR": str(not_a_directory)})
    assert result.exit_code == 0
    assert result.stdout.startswith("hak veto  [id, preferred]")
    assert "cannot keep the lookup index there" in result.stderr
    assert "TERMBASE_CACHE_DIR" in result.stderr


def test_invalid_glossary_is_a_clear_error(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('[a]\nid = [{ term = "x" }]\n', encoding="utf-8")
    result = lookup(run_cli, "--glossary", str(tmp_path), "x")
    assert result.exit_code == 2
    assert "bad.toml:2" in result.stderr
    assert "Traceback" not in result.output


def test_missing_glossary_is_a_clear_error(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    result = run_cli("lookup", "veto", cwd=tmp_path)
    assert result.exit_code == 2
    assert "no glossary/ directory" in result.stderr
