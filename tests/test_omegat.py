"""A real CAT tool uses our TMX: OmegaT's leverage with it, against a TMX of the gold links.

OmegaT 3.6 (Debian ``omegat``) translates a project headless with
``--mode=console-translate``; exact matches from ``tm/auto/`` are filled in, and
``omegat/project_stats.txt`` counts the segments still untranslated. Both projects are run
in the same test, so the comparison holds whatever OmegaT's own segmentation does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import CORPUS, gold_units
from termbase.formats import tmx

OMEGAT = shutil.which("omegat")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(OMEGAT is None, reason="OmegaT is not installed (apt-get install omegat)"),
]

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>id</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneIndonesianTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""

FILTERS = """<?xml version="1.0" encoding="UTF-8"?>
<filters>
  <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
    <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}"/>
    <option name="segmentOn" value="BREAKS"/>
  </filter>
</filters>
"""


def leverage(root: Path, memory: Path) -> tuple[int, int]:
    """(segments translated from the TM, total segments) for the reference articles."""
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat", "home"):
        (root / folder).mkdir(parents=True)
    for article in sorted((CORPUS / "id").glob("*.txt")):
        shutil.copy(article, root / "source" / article.name)
    shutil.copy(memory, root / "tm" / "auto" / memory.name)
    (root / "omegat.project").write_text(PROJECT, encoding="utf-8")
    (root / "omegat" / "filters.xml").write_text(FILTERS, encoding="utf-8")
    home = root / "home"
    environment = {
        **os.environ,
        "HOME": str(home),
        "JAVA_TOOL_OPTIONS": "-Djava.awt.headless=true",
    }
    environment.pop("DISPLAY", None)
    assert OMEGAT is not None
    completed = subprocess.run(
        [
            OMEGAT,
            "--mode=console-translate",
            f"--config-dir={home / 'config'}",
            "--disable-project-locking",
            "--no-team",
            "--quiet",
            str(root),
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    stats = root / "omegat" / "project_stats.txt"
    assert stats.exists(), completed.stdout[-2000:] + completed.stderr[-2000:]
    text = stats.read_text(encoding="utf-8")
    total = int(_field(text, "Total"))
    remaining = int(_field(text, "Remaining"))
    return total - remaining, total


def _field(stats: str, name: str) -> str:
    found = re.search(rf"^{name}:\s+(\d+)", stats, re.MULTILINE)
    assert found, f"no {name} line in project_stats.txt"
    return found.group(1)


def test_our_tmx_leverages_at_least_97_percent_of_the_gold_tmx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from click.testing import CliRunner

    from termbase.cli import main

    ours = tmp_path / "ours.tmx"
    result = CliRunner().invoke(
        main,
        ["align", str(CORPUS / "id"), str(CORPUS / "en"), "-o", str(ours), "--date", "2025-01-01"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    gold = tmp_path / "gold.tmx"
    tmx.write(gold_units(), gold)
    gold_leverage, gold_total = leverage(tmp_path / "gold-project", gold)
    our_leverage, our_total = leverage(tmp_path / "our-project", ours)
    with capsys.disabled():
        print(
            f"\nOmegaT leverage: ours {our_leverage}/{our_total}, gold {gold_leverage}/{gold_total}"
        )
    assert our_total == gold_total
    assert gold_leverage > 0
    assert our_leverage >= 0.97 * gold_leverage
