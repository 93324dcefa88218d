"""Benchmark: CPU time of each stage of an extraction, in process, over a corpus.

``python -m newsfigures.bench.stages [DIR] [--runs 5]`` reads every ``*.txt`` of ``DIR`` (default: the
BBC business corpus of ``../shared``) and times, text by text, the stages the command a user runs goes
through: extraction (figures, dates, exclusions), the sentence split, and the semantic stage (what,
who and when of each figure) on that extraction. Each stage's time is its CPU time
(``time.process_time``), the least of ``--runs`` passes over the corpus, so that a busy machine
disturbs it less; the end-to-end figure is ``python -m newsfigures.bench.speed``. It says where the
time of a run goes, so that a speed-up is aimed at the stage that costs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .speed import CORPUS, corpus_texts


def least_cpu(run: Callable[[], object], runs: int) -> float:
    """The least CPU seconds of ``runs`` calls of ``run``."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print the CPU seconds and characters per second of each stage."""
    from ..extraction.merge import extract
    from ..package.provenance import sentence_spans
    from ..semantics.pipeline import read_semantics

    ap = argparse.ArgumentParser(prog="python -m newsfigures.bench.stages", description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, default=CORPUS, help="folder of *.txt (default: BBC corpus)")
    ap.add_argument("--runs", type=int, default=5, help="passes over the corpus; the least CPU time counts")
    args = ap.parse_args(argv)
    files, texts = corpus_texts(args.folder)
    if not files:
        print(f"no *.txt under {args.folder}: nothing to measure")
        return 0
    chars = sum(map(len, texts))
    found = [extract(t) for t in texts]  # also the warm-up: patterns compiled, vocabularies loaded
    spans = [sentence_spans(t) for t in texts]
    for t, f, s in zip(texts, found, spans, strict=True):
        read_semantics(t, f, s)
    stages = {
        "extraction": lambda: [extract(t) for t in texts],
        "sentences": lambda: [sentence_spans(t) for t in texts],
        "semantics": lambda: [read_semantics(t, f, s) for t, f, s in zip(texts, found, spans, strict=True)],
    }
    figures = sum(len(f.figures) for f in found)
    print(f"\nStages, in process: {len(files)} files ({chars:,} characters, {figures:,} figures), best of {args.runs}")
    for name, run in stages.items():
        seconds = least_cpu(run, args.runs)
        print(f"  {name:11} {seconds:7.3f} s CPU  {chars / max(seconds, 1e-9):12,.0f} chars/s")
    print("  (CPU times, noisy when the machine is shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
