"""How much the aligner's scores depend on its parameters: each one moved alone.

    python benchmarks/align_sensitivity.py

Each parameter of :class:`~termbase.align.scoring.Scoring` is multiplied by 0.5, 2 and 4
(the shape costs together, by 0.5 and 2), and strict F1 is measured on the reference
articles (as given and with paragraphs joined; the lowest article is shown) and on the
held-out texts (the whole set, and the lowest text, in both settings). The parameters are
meant to be robust, not tuned: a score that falls a long way under one move says which
parameter the result leans on.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

from termbase.align.aligner import Aligner
from termbase.align.documents import document_pairs
from termbase.align.evaluate import evaluate
from termbase.align.scoring import Scoring
from termbase.glossary import load_glossary
from termbase.model import Glossary

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FACTORS = (0.5, 2.0, 4.0)
SHAPE_FACTORS = (0.5, 2.0)
SCALARS = (
    "length_variance",
    "shared_reward",
    "unmatched_cost",
    "paragraph_cost",
    "mixed_kind_cost",
    "kind_mismatch_cost",
)


def variants() -> Iterator[tuple[str, Scoring]]:
    """The defaults, then each parameter moved alone."""
    default = Scoring()
    yield "defaults", default
    for name in SCALARS:
        for factor in FACTORS:
            value = getattr(default, name) * factor
            yield f"{name} × {factor:g}", dataclasses.replace(default, **{name: value})
    for factor in SHAPE_FACTORS:
        costs = tuple((shape, cost * factor) for shape, cost in default.shape_costs)
        yield f"shape costs × {factor:g}", dataclasses.replace(default, shape_costs=costs)


def lowest_and_total(folder: Path, aligner: Aligner) -> tuple[float, float]:
    """The lowest per-text F1 and the lowest whole-set F1 over the two settings."""
    pairs = document_pairs(folder / "id", folder / "en")
    lowest, total = 1.0, 1.0
    for joined in (False, True):
        *texts, whole = evaluate(pairs, folder / "align", aligner, joined)
        lowest = min(lowest, *(score.f1 for score in texts))
        total = min(total, whole.f1)
    return lowest, total


def main() -> None:
    glossary: Glossary = load_glossary(ROOT / "glossary")
    print("| parameters | articles: lowest F1 | held-out: whole set | held-out: lowest text |")
    print("|---|---|---|---|")
    for name, scoring in variants():
        aligner = Aligner(glossary=glossary, scoring=scoring)
        articles, _ = lowest_and_total(DATA / "corpus", aligner)
        lowest, total = lowest_and_total(DATA / "heldout", aligner)
        print(f"| {name} | {articles:.3f} | {total:.3f} | {lowest:.3f} |")


if __name__ == "__main__":
    main()
