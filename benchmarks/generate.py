"""Deterministic synthetic inputs of scale: large glossaries (and, for the checker, corpora).

Terms are built from the most frequent Indonesian and English words (wordfreq), so that
their length, spelling and morphology look like real ones; the project's curated glossary
is included, so real queries (*hak vetonya*) behave as they do on the real data.

    python benchmarks/generate.py glossary --concepts 100000 --out /tmp/big-glossary
"""

from __future__ import annotations

import argparse
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

from wordfreq import top_n_list

from termbase.formats import glossary_toml
from termbase.glossary import load_glossary
from termbase.model import Concept, PartOfSpeech, Status, Term

ROOT = Path(__file__).resolve().parent.parent
CONCEPTS_PER_FILE = 2000
INDONESIAN_AFFIXES = ("", "", "", "nya", "an", "kan")


def vocabulary(lang: str, size: int) -> list[str]:
    """Frequent alphabetic words of ``lang``, at least three letters long."""
    return [w for w in top_n_list(lang, size * 2) if w.isalpha() and len(w) >= 3][:size]


def curated_forms(lang: str) -> set[str]:
    """The folded forms of the curated glossary, which synthetic terms must not reuse."""
    glossary = load_glossary(ROOT / "glossary")
    return {term.text.casefold() for _, term in glossary.terms(lang)}


def synthetic_concepts(count: int, seed: int = 1) -> Iterator[Concept]:
    """``count`` distinct concepts with 1-3 Indonesian and 1-2 English terms each."""
    rng = random.Random(seed)
    id_words, en_words = vocabulary("id", 4000), vocabulary("en", 4000)
    seen_id = curated_forms("id")
    seen_en = curated_forms("en")
    number = 0
    while number < count:
        id_terms = _distinct_terms(rng, id_words, seen_id, rng.randint(1, 3), indonesian=True)
        en_terms = _distinct_terms(rng, en_words, seen_en, rng.randint(1, 2), indonesian=False)
        if not id_terms or not en_terms:
            continue
        number += 1
        yield Concept(
            id=f"synthetic-{number:06d}",
            subject="synthetic",
            definition=f"Synthetic concept number {number} for benchmarks.",
            terms={"id": _statuses(id_terms), "en": _statuses(en_terms)},
        )


def _distinct_terms(
    rng: random.Random, words: list[str], seen: set[str], count: int, indonesian: bool
) -> list[str]:
    terms = []
    for _ in range(count * 4):
        length = rng.choice((1, 2, 2, 2, 3, 3, 4))
        parts = [rng.choice(words) for _ in range(length)]
        if indonesian:
            parts[-1] += rng.choice(INDONESIAN_AFFIXES)
        term = " ".join(parts)
        if term.casefold() not in seen:
            seen.add(term.casefold())
            terms.append(term)
            if len(terms) == count:
                break
    return terms


def _statuses(texts: list[str]) -> tuple[Term, ...]:
    statuses = [Status.PREFERRED] + [Status.ADMITTED] * (len(texts) - 1)
    return tuple(
        Term(text, status, PartOfSpeech.NOUN) for text, status in zip(texts, statuses, strict=True)
    )


def write_glossary(count: int, out: Path, seed: int = 1) -> Path:
    """A glossary directory: the curated glossary plus ``count`` synthetic concepts.

    An existing directory made with the same parameters is kept as it is.
    """
    stamp = out / ".generated"
    wanted = f"{count} concepts, seed {seed}\n"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for path in sorted((ROOT / "glossary").glob("*.toml")):
        shutil.copy(path, out / path.name)
    batch: list[Concept] = []
    files = 0
    for concept in synthetic_concepts(count, seed):
        batch.append(concept)
        if len(batch) == CONCEPTS_PER_FILE:
            files += 1
            glossary_toml.write(batch, out / f"synthetic-{files:03d}.toml")
            batch = []
    if batch:
        glossary_toml.write(batch, out / f"synthetic-{files + 1:03d}.toml")
    stamp.write_text(wanted, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    glossary = commands.add_parser("glossary", help="write a large glossary directory")
    glossary.add_argument("--concepts", type=int, default=100_000)
    glossary.add_argument("--seed", type=int, default=1)
    glossary.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args()
    if arguments.command == "glossary":
        path = write_glossary(arguments.concepts, arguments.out, arguments.seed)
        print(f"wrote {arguments.concepts} synthetic concepts (+ the curated ones) to {path}")


if __name__ == "__main__":
    main()
