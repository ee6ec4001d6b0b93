"""What the checker finds on texts written after it was tuned (``tests/data/unseen``).

The findings and the planted slips are pinned, so that a change in precision or recall on
unseen text shows here; ``docs/check.md`` ("Measured on unseen text") has the numbers.
"""

from __future__ import annotations

import csv
from pathlib import Path

from termbase.check.command import CheckRequest, check

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"
TEXTS = sorted(path for path in UNSEEN.iterdir() if path.name[:1].isdigit())

Row = tuple[str, int, str, str]


def table(name: str) -> list[dict[str, str]]:
    with (UNSEEN / name).open(encoding="utf-8", newline="") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


def key(row: dict[str, str]) -> Row:
    return (row["file"], int(row["line"]), row["code"], row["text"])


def findings() -> list[Row]:
    request = CheckRequest(
        paths=tuple(str(path) for path in TEXTS),
        glossary=ROOT / "glossary",
        config=None,
        select=("ALL",),
    )
    report = check(request).report
    return [(Path(f.path).name, f.line, f.code, f.text) for f in report.findings]


def test_the_findings_on_unseen_text_are_the_pinned_ones() -> None:
    assert findings() == [key(row) for row in table("findings.tsv")]


def test_the_planted_slips_found_are_the_pinned_ones() -> None:
    found = set(findings())
    planted = table("planted.tsv")
    assert [key(row) for row in planted if key(row) in found] == [
        key(row) for row in planted if row["found"] == "yes"
    ]
