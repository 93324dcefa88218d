"""Benchmark: the command a user runs, as a process, over a corpus, beside quantulum3 in the same run.

``python -m newsfigures.bench.speed [DIR] [--repeat 10] [--runs 3]`` (part of ``make bench``) runs
``newsfigures extract --format jsonl`` on every ``*.txt`` of ``DIR`` (default: the BBC business corpus
of ``../shared``) given ``--repeat`` times over on one command line, and the same command on a file of one
word for the start-up (interpreter, imports, regex compilation), which is subtracted. Time is the
child's CPU time (user + system, from ``getrusage``), the best of ``--runs``: on a shared machine the
CPU time a process used is far less disturbed than its wall time, and one process uses one core. The
wall times are printed too. quantulum3 then reads the same texts (once, or ``--quantulum-chars``) in
this process, timed the same way (``time.process_time``), and the ratio of characters per second is
printed. Everything is measured in one run, so the ratio compares like with like on this machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from .newsquant import SHARED, first_chars, quantulum

CORPUS = SHARED / "corpus" / "bbc-business"


def command() -> list[str]:
    """The ``newsfigures`` command of this environment (the console script, else ``python -m``)."""
    script = Path(sys.executable).with_name("newsfigures")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsfigures"]


def run_cli(args: list[str]) -> tuple[float, float, int]:
    """CPU seconds (user + system) and wall seconds of one ``newsfigures`` process, and its output bytes."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([*command(), *args], capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"newsfigures {' '.join(args[:3])} ... failed: {done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, len(done.stdout)


def best(args: list[str], runs: int) -> tuple[float, float, int]:
    """The least CPU time of ``runs`` runs (and the least wall time, and the output size)."""
    results = [run_cli(args) for _ in range(runs)]
    return min(r[0] for r in results), min(r[1] for r in results), results[0][2]


def corpus_texts(folder: Path) -> tuple[list[Path], list[str]]:
    """The ``*.txt`` files under ``folder`` (sorted) and their texts; empty lists when there are none."""
    files = sorted(folder.rglob("*.txt")) if folder.is_dir() else []
    return files, [p.read_text(encoding="utf-8") for p in files]


def main(argv: list[str] | None = None) -> int:
    """Print the end-to-end speed report."""
    ap = argparse.ArgumentParser(prog="python -m newsfigures.bench.speed", description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=CORPUS, help="folder of *.txt (default: BBC corpus)")
    ap.add_argument("--repeat", type=int, default=10, help="times the corpus is given to one process")
    ap.add_argument("--runs", type=int, default=3, help="runs of each command; the least CPU time counts")
    ap.add_argument("--quantulum-chars", type=int, default=0, help="characters quantulum3 reads (0: all)")
    args = ap.parse_args(argv)
    files, texts = corpus_texts(args.folder)
    if not files:
        print(f"no *.txt under {args.folder}: nothing to measure")
        return 0
    chars = sum(map(len, texts)) * args.repeat
    with tempfile.TemporaryDirectory(prefix="newsfigures-speed-") as tmp:
        empty = Path(tmp) / "empty.txt"  # the CLI refuses an empty file: one word without numerals
        empty.write_text("Nothing.\n", encoding="utf-8")
        # copies under one short folder keep the command line short and the reads the CLI's own
        corpus = Path(tmp) / "c"
        corpus.mkdir()
        for i, p in enumerate(files):
            shutil.copyfile(p, corpus / f"{i}.txt")
        names = [str(corpus / f"{i}.txt") for i in range(len(files))] * args.repeat
        base_cpu, base_wall, _ = best(["extract", "--format", "jsonl", str(empty)], args.runs)
        cpu, wall, out = best(["extract", "--format", "jsonl", *names], args.runs)
    ours_cps = chars / max(cpu - base_cpu, 1e-9)
    warnings.filterwarnings("ignore")
    sample, total = first_chars(texts, args.quantulum_chars)
    quantulum(sample[0][:100])  # imports and model loading are quantulum3's start-up
    started = time.process_time()
    for t in sample:
        quantulum(t)
    q_cps = total / max(time.process_time() - started, 1e-9)
    print(
        f"\nEnd to end: newsfigures extract --format jsonl, {len(files)} files x {args.repeat} ({chars:,} characters)"
    )
    print(f"  start-up (a one-word file): {base_cpu:.2f} s CPU, {base_wall:.2f} s wall (best of {args.runs})")
    print(f"  corpus: {cpu:.2f} s CPU, {wall:.2f} s wall (best of {args.runs}), {out / 1e6:.1f} MB of JSON lines")
    print(f"  newsfigures: {ours_cps:,.0f} chars/s of CPU, start-up subtracted (one process, one core)")
    print(f"  quantulum3:  {q_cps:,.0f} chars/s of CPU (in process, {total:,} characters)")
    print(f"  ratio: {ours_cps / q_cps:.0f}x  (machine: {os.cpu_count()} CPUs; CPU times, noisy when shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
