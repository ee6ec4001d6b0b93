"""Shared fixtures: the repository's real data, an isolated cache, a CLI runner."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

from termbase.cli import main
from termbase.formats import tmx
from termbase.memory import Segment, TranslationUnit
from termbase.model import Concept, Glossary, Status, Term, TermType

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"
GLOSSARY = ROOT / "glossary"

# Property tests draw the same examples on every run, so CI is reproducible; set
# HYPOTHESIS_PROFILE=explore to search with fresh random examples.
settings.register_profile("ci", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def isolated_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own index cache; nothing leaks into ~/.cache."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("TERMBASE_CACHE_DIR", str(cache))
    for name in ("TERMBASE_GLOSSARY", "TERMBASE_TM", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return cache


def cooperation_glossary() -> Glossary:
    """*kerja sama* (cooperation) with its deprecated spelling *kerjasama*, and two terms
    holding it that overlap in *perjanjian kerjasama militer* (military cooperation
    agreement)."""
    deprecated = Term("kerjasama", Status.DEPRECATED, term_type=TermType.VARIANT)
    return Glossary(
        [
            Concept(
                "kerja-sama", {"id": (Term("kerja sama"), deprecated), "en": (Term("cooperation"),)}
            ),
            Concept(
                "kerja-sama-militer",
                {"id": (Term("kerja sama militer"),), "en": (Term("military cooperation"),)},
            ),
            Concept(
                "perjanjian-kerja-sama",
                {"id": (Term("perjanjian kerja sama"),), "en": (Term("cooperation agreement"),)},
            ),
        ]
    )


def gold_units() -> Iterator[TranslationUnit]:
    """Translation units straight from the gold alignment files (1-1 and n-m links)."""
    for path in sorted((CORPUS / "align").glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            source, _, target = line.partition("\t")
            if source and target:
                yield TranslationUnit(
                    f"{path.stem[:3]}-{number}",
                    (Segment("id", source), Segment("en", target)),
                    props=(("x-document", path.stem),),
                )


@pytest.fixture(scope="session")
def gold_tmx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A TMX made from the gold alignment: a realistic translation memory."""
    path = tmp_path_factory.mktemp("tm") / "gold.tmx"
    tmx.write(gold_units(), path)
    return path


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Run the termbase CLI in-process; returns click's Result (exit_code, stdout, stderr)."""

    def run(
        *args: str,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
        input: str | bytes | None = None,
    ) -> Result:
        runner = CliRunner()
        previous = Path.cwd()
        os.chdir(cwd or ROOT)
        try:
            return runner.invoke(main, list(args), input, env=env, catch_exceptions=False)
        finally:
            os.chdir(previous)

    return run
