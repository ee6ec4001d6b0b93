"""Deterministic synthetic inputs of scale: large glossaries, long parallel documents.

Terms are built from the most frequent Indonesian and English words (wordfreq), so that
their length, spelling and morphology look like real ones; the project's curated glossary
is included, so real queries (*hak vetonya*) behave as they do on the real data.

A long parallel pair is made of the reference corpus's gold links drawn at random, with
their numbers redrawn (the same on both sides, each in its language's notation), with
untranslated sentences slipped into either side, and with paragraphs cut independently on
each side, so paragraph breaks carry nothing; the true links are written beside it.

    python benchmarks/generate.py glossary --concepts 100000 --out /tmp/big-glossary
    python benchmarks/generate.py parallel --sentences 50000 --out /tmp/long-pair
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from wordfreq import top_n_list

from termbase.align.evidence import canonical_number
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


NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*$")
OMISSION_RATE = 0.02
"""Share of links that are a sentence on one side only."""


def gold_links() -> list[tuple[str, str]]:
    """Every gold link of the reference corpus, in file order."""
    links = []
    for path in sorted((ROOT / "tests" / "data" / "corpus" / "align").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            source, _, target = line.partition("\t")
            links.append((source, target))
    return links


def _redraw_numbers(rng: random.Random, source: str, target: str) -> tuple[str, str]:
    """Give a link new numbers, the same on both sides: *10.000* / *10,000* → *73.412* /
    *73,412*, so that every copy of a link is a different sentence pair."""
    values: dict[str, int] = {}

    def value(canonical: str) -> int:
        if canonical not in values:
            values[canonical] = (
                rng.randint(1, 99) if len(canonical) <= 2 else rng.randint(100, 99999)
            )
        return values[canonical]

    def rewrite(text: str, decimal: str) -> str:
        def replace(found: re.Match[str]) -> str:
            canonical = canonical_number(found.group(), decimal)
            if not canonical.isdigit():
                return found.group()
            number = value(canonical)
            grouped = f"{number:,}"
            return grouped.replace(",", ".") if decimal == "," else grouped

        return NUMBER.sub(replace, text)

    return rewrite(source, ","), rewrite(target, ".")


def parallel_links(count: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """``count`` links (about as many sentences a side): gold links with new numbers, and
    now and then a sentence on one side only."""
    rng = random.Random(seed)
    links = gold_links()
    for _ in range(count):
        source, target = _redraw_numbers(rng, *rng.choice(links))
        roll = rng.random()
        if roll < OMISSION_RATE / 2:
            yield source, ""
        elif roll < OMISSION_RATE:
            yield "", target
        else:
            yield source, target


def _paragraphs(rng: random.Random, cells: list[str]) -> str:
    """Cells joined into paragraphs of random size; headings and captions (no final
    punctuation) keep a line of their own, as they do in real articles."""
    lines: list[str] = []
    current: list[str] = []
    for cell in cells:
        if not cell:
            continue
        if not SENTENCE_END.search(cell):
            lines.extend([" ".join(current)] if current else [])
            lines.append(cell)
            current = []
            continue
        current.append(cell)
        if rng.random() < 0.35:
            lines.append(" ".join(current))
            current = []
    if current:
        lines.append(" ".join(current))
    return "\n".join(lines) + "\n"


def write_parallel(sentences: int, out: Path, seed: int = 1) -> Path:
    """``out/id/long.txt``, ``out/en/long.txt`` and the true links ``out/align/long.tsv``."""
    links = list(parallel_links(sentences, seed))
    rng = random.Random(seed + 1)
    for folder in ("id", "en", "align"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    (out / "id" / "long.txt").write_text(_paragraphs(rng, [s for s, _ in links]), encoding="utf-8")
    (out / "en" / "long.txt").write_text(_paragraphs(rng, [t for _, t in links]), encoding="utf-8")
    rows = "".join(f"{source}\t{target}\n" for source, target in links)
    (out / "align" / "long.tsv").write_text(rows, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    glossary = commands.add_parser("glossary", help="write a large glossary directory")
    glossary.add_argument("--concepts", type=int, default=100_000)
    glossary.add_argument("--seed", type=int, default=1)
    glossary.add_argument("--out", type=Path, required=True)
    parallel = commands.add_parser("parallel", help="write a long parallel document pair")
    parallel.add_argument("--sentences", type=int, default=50_000)
    parallel.add_argument("--seed", type=int, default=1)
    parallel.add_argument("--out", type=Path, required=True)
    arguments = parser.parse_args()
    if arguments.command == "parallel":
        write_parallel(arguments.sentences, arguments.out, arguments.seed)
        print(f"wrote a {arguments.sentences}-link parallel pair to {arguments.out}")
    if arguments.command == "glossary":
        path = write_glossary(arguments.concepts, arguments.out, arguments.seed)
        print(f"wrote {arguments.concepts} synthetic concepts (+ the curated ones) to {path}")


if __name__ == "__main__":
    main()
