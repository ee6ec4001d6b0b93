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
    ("fuzzy", "hak vetto"),
    ("fuzzy", "Dewan Keamaan"),
    ("miss", "as"),
)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


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
    env = {**os.environ, "TERMBASE_CACHE_DIR": str(cache), "TERMBASE_TM": str(ROOT / "tmx")}
    executable = Path(sys.executable).parent / "termbase"
    base = [str(executable), "lookup", "--glossary", str(glossary)]
    for stale in cache.glob("*.sqlite"):
        stale.unlink()
    build = run([*base, "hak veto"], env)
    print(f"glossary: {arguments.concepts:,} synthetic + curated concepts in {glossary}")
    print(f"index build (once, first lookup): {build:.1f} s")
    print(f"{'query':<26}{'median ms':>10}{'p95 ms':>9}")
    everything: list[float] = []
    for kind, query in QUERIES:
        times = [run([*base, query], env) * 1000 for _ in range(arguments.runs)]
        everything += times
        label = f"{kind}: {query}"
        print(f"{label:<26}{statistics.median(times):>10.1f}{percentile(times, 0.95):>9.1f}")
    median, p95 = statistics.median(everything), percentile(everything, 0.95)
    print(f"{'all queries':<26}{median:>10.1f}{p95:>9.1f}")


if __name__ == "__main__":
    main()
