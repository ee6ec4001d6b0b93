"""Throughput of `termbase check` against multi-pattern grep on the same corpus, in one run.

Generates (once) a glossary of N synthetic concepts plus the curated ones and a news-like
Indonesian corpus (benchmarks/generate.py), writes FORMS (every Indonesian surface form of
the glossary, one a line) and times, on one core unless --jobs says otherwise:

- ``LC_ALL=C grep -F -o -w -f FORMS`` — the issue's floor. GNU grep 3.8 is very slow with
  -w and thousands of multi-word patterns whose words are everyday words (0.25 MB/s here),
  so it runs on the first ``--grep-sample`` megabytes and its throughput is reported from
  that (over the whole 101 MB corpus it measured the same, 0.26 MB/s, in 394 s);
- ``LC_ALL=C grep -F -o -f FORMS`` over the whole corpus — the same search without the
  whole-word test, which grep does at full speed: a much harder reference;
- ``termbase check`` with its default rules, output to a file: first with an empty key cache
  (every new word stemmed), then warm, with 1 and with 2 processes.

    python benchmarks/check_speed.py --concepts 10000 --megabytes 100
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import write_corpus, write_forms, write_glossary


def timed(command: list[str], out: Path, env: dict[str, str] | None = None) -> float:
    """Seconds ``command`` takes, its output going to a file (grep skips work for /dev/null)."""
    start = time.perf_counter()
    with out.open("wb") as sink:
        subprocess.run(command, stdout=sink, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def sample(corpus: Path, megabytes: float, out: Path) -> int:
    """The first files of the corpus, about ``megabytes`` in all, as one file."""
    size = 0
    with out.open("wb") as sink:
        for path in sorted(corpus.glob("*.txt")):
            data = path.read_bytes()
            sink.write(data)
            size += len(data)
            if size >= megabytes * 1_000_000:
                break
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concepts", type=int, default=10_000)
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--grep-sample", type=float, default=5.0)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "termbase-bench")
    arguments = parser.parse_args()

    work = arguments.work
    glossary = write_glossary(
        arguments.concepts, work / f"glossary-{arguments.concepts}-content", content=True
    )
    corpus = write_corpus(
        glossary, arguments.megabytes, arguments.files, work / f"corpus-{arguments.megabytes}"
    )
    forms = write_forms(glossary, work / "forms.txt")
    size = sum(path.stat().st_size for path in corpus.glob("*.txt"))
    megabytes = size / 1_000_000
    count = len(forms.read_text(encoding="utf-8").splitlines())
    print(
        f"corpus: {megabytes:.1f} MB in {arguments.files} files; glossary: "
        f"{arguments.concepts:,} synthetic + curated concepts, {count:,} surface forms"
    )

    rows: list[tuple[str, float, float]] = []
    grep_env = {**os.environ, "LC_ALL": "C"}
    piece = work / "sample.txt"
    sampled = sample(corpus, arguments.grep_sample, piece) / 1_000_000
    seconds = timed(
        ["grep", "-F", "-o", "-w", "-f", str(forms), str(piece)], work / "grep-w.out", grep_env
    )
    rows.append((f"grep -F -o -w -f FORMS (first {sampled:.1f} MB)", seconds, sampled / seconds))
    seconds = timed(
        ["grep", "-r", "-F", "-o", "-f", str(forms), str(corpus)], work / "grep.out", grep_env
    )
    rows.append(("grep -F -o -f FORMS (no -w)", seconds, megabytes / seconds))

    termbase = str(Path(sys.executable).parent / "termbase")
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "TERMBASE_CACHE_DIR": str(cache)}
    base = [termbase, "check", "--glossary", str(glossary), str(corpus)]
    for label, jobs in (
        ("termbase check, empty key cache", 1),
        ("termbase check", 1),
        ("termbase check --jobs 2", 2),
    ):
        seconds = timed([*base, "--jobs", str(jobs)], work / "check.out", env)
        rows.append((label, seconds, megabytes / seconds))

    finding = re.compile(r":\d+:\d+: (?:error|warning|info) C\d{3} ")
    with (work / "check.out").open(encoding="utf-8") as report:
        findings = sum(1 for line in report if finding.search(line))
    floor = rows[0][2]
    print(f"{'':46}{'seconds':>9}{'MB/s':>8}{'× grep -w':>11}{'× grep':>8}")
    for label, seconds, rate in rows:
        print(
            f"{label:46}{seconds:>9.1f}{rate:>8.2f}{rate / floor:>11.1f}{rate / rows[1][2]:>8.2f}"
        )
    print(f"termbase check reported {findings:,} findings")


if __name__ == "__main__":
    main()
