"""Alignment speed and memory on a long synthetic document pair, and its accuracy there.

    python benchmarks/align_speed.py --sentences 20000
    python benchmarks/align_speed.py --sentences 50000 --memory

Speed is measured in process, phase by phase, on one core; ``--memory`` also runs the
``termbase align`` command on the pair in a child process and reports its peak resident
memory. The pair comes from ``benchmarks/generate.py parallel``.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import ROOT, write_parallel
from termbase.align.aligner import Aligner
from termbase.align.evaluate import score_links
from termbase.formats import alignment_tsv
from termbase.glossary import load_glossary
from termbase.text.segment import segment


def measure_speed(pair: Path) -> None:
    source_text = (pair / "id" / "long.txt").read_text(encoding="utf-8")
    target_text = (pair / "en" / "long.txt").read_text(encoding="utf-8")
    aligner = Aligner(glossary=load_glossary(ROOT / "glossary"))
    started = time.perf_counter()
    source = segment(source_text, "id")
    target = segment(target_text, "en")
    segmented = time.perf_counter()
    links = aligner.align_sentences(source, target)
    finished = time.perf_counter()
    gold = [(row.source, row.target) for row in alignment_tsv.read(pair / "align" / "long.tsv")]
    score = score_links("long", links, [(s, t) for s, t in gold if s or t])
    pairs = sum(link.is_pair for link in links)
    elapsed = finished - started
    print(f"sentences: {len(source)} Indonesian, {len(target)} English")
    print(
        f"segmentation: {segmented - started:.2f} s; "
        f"alignment and confidence: {finished - segmented:.2f} s"
    )
    print(f"sentence pairs aligned: {pairs} in {elapsed:.2f} s = {pairs / elapsed:,.0f} pairs/s")
    print(
        f"strict F1 against the true links: {score.f1:.4f} "
        f"(P {score.precision:.4f}, R {score.recall:.4f})"
    )


def measure_memory(pair: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        command = [
            sys.executable, "-m", "termbase", "align", str(pair / "id" / "long.txt"),
            str(pair / "en" / "long.txt"), "-o", str(Path(scratch) / "long.tmx"),
            "--date", "2025-01-01", "--glossary", str(ROOT / "glossary"),
        ]  # fmt: skip
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = sum(path.stat().st_size for path in pair.rglob("*.txt")) / 2**20
    print(
        f"termbase align, whole command: {elapsed:.1f} s, "
        f"peak RSS {peak:.0f} MiB ({size:.1f} MiB of text)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--memory", action="store_true", help="also measure the command's peak RSS")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        pair = write_parallel(arguments.sentences, Path(scratch), arguments.seed)
        measure_speed(pair)
        if arguments.memory:
            measure_memory(pair)


if __name__ == "__main__":
    main()
