"""Wall time of `termbase lookup` from a fresh process on a large glossary.

Generates a glossary of N synthetic concepts plus the curated ones, builds the lookup
index once (timed separately), then runs each query repeatedly as a new process, the way a
translator's shell or editor calls it, and reports the median and 95th percentile.

    python benchmarks/lookup_speed.py --concepts 100000 --runs 30
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import termbase
from generate import ROOT, write_glossary

QUERIES = (
    ("exact", "hak veto"),
    ("inflected", "hak vetonya"),
    ("verb form", "memveto"),
    ("English", "veto power"),
    ("acronym", "AS"),
    ("deprecated", "kerjasama"),
    ("compound", "bekerjasama"),
    ("fuzzy", "hak vetto"),
    ("fuzzy", "Dewan Keamaan"),
    ("contains", "hak"),
    ("contains", "keamanan"),
    ("contains", "council"),
    ("related", "kerah"),
    ("miss", "as"),
)
MISSES = {"as", "kerah"}
"""Queries that must find nothing (exit 1): a lookup of *as* must never answer *AS*, and
*kerah* (collar) only has a related form, *pengerahan pasukan*, to suggest. (*mengerahkan*
would do, but the synthetic glossary has *menyerahkan*, a close spelling.)"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(command: list[str], env: dict[str, str], expect: int = 0) -> float:
    """Wall time of one run; a run that exits otherwise than ``expect`` stops the benchmark."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != expect:
        sys.exit(f"{' '.join(command)}: exit {done.returncode}, expected {expect}: {done.stderr!r}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concepts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "termbase-bench")
    arguments = parser.parse_args()

    # What pip does for a regular install: lookups then read bytecode, not source.
    compileall.compile_dir(Path(termbase.__file__).parent, quiet=1)
    glossary = write_glossary(arguments.concepts, arguments.work / "glossary")
    cache = arguments.work / "cache"
    env = {**os.environ, "TERMBASE_CACHE_DIR": str(cache)}
    env.pop("TERMBASE_TM", None)
    if (ROOT / "tmx").is_dir():
        env["TERMBASE_TM"] = str(ROOT / "tmx")
    executable = Path(sys.executable).parent / "termbase"
    base = [str(executable), "lookup", "--glossary", str(glossary)]
    for stale in cache.glob("*.sqlite"):
        stale.unlink()
    build = run([*base, "hak veto"], env)
    print(f"glossary: {arguments.concepts:,} synthetic + curated concepts in {glossary}")
    print(f"index build (once, first lookup): {build:.1f} s")
    print(f"translation memory: {env.get('TERMBASE_TM', 'none')}")
    floor = [run([sys.executable, "-c", "import click"], env) * 1000 for _ in range(arguments.runs)]
    print(f"floor, python -c 'import click': median {statistics.median(floor):.1f} ms")
    print(f"{'query':<26}{'median ms':>10}{'p95 ms':>9}")
    everything: list[float] = []
    for kind, query in QUERIES:
        expect = 1 if query in MISSES else 0
        times = [run([*base, query], env, expect) * 1000 for _ in range(arguments.runs)]
        everything += times
        label = f"{kind}: {query}"
        print(f"{label:<26}{statistics.median(times):>10.1f}{percentile(times, 0.95):>9.1f}")
    median, p95 = statistics.median(everything), percentile(everything, 0.95)
    print(f"{'all queries':<26}{median:>10.1f}{p95:>9.1f}")


if __name__ == "__main__":
    main()
