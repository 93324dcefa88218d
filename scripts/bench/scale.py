"""Benchmark: builds of a growing corpus (issue 13): wall time, articles per second, peak memory,
workers, and the rebuild after adding one article.

``python -m newsfigures.bench.scale [--corpus DIR] [--scales 1,20,100] [--workers 1,2]
[--rebuild 10000] [--work DIR]`` (``make bench-scale``; long: the 100x corpus is about 50,000
articles). The corpus (default ``../shared/corpus/bbc-business``, 498 articles) is repeated N times
under distinct names; each copy ends with a line naming the copy in consonant letters (no digit, no
number word), so that copies are distinct articles to the cache and their figures are the same.

Each build runs ``newsfigures build --no-cache --quiet`` in a fresh process (a cold build: every
article extracted; its validation proves the rows by hashes against its scratch cache) and is
measured from outside: wall time, and peak resident memory summed over the process and its
children (the Dask workers), sampled every 0.1 s with psutil. The rebuild case builds the first
``--rebuild`` articles with the default cache, adds one article, and builds again.
The closing lines extrapolate a million articles on 16 workers from the measured per-article cost.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
#: Letters of a copy's name: consonants only, so that no number word can be spelled.
LETTERS = "bcdfghjklmnpqrstvwxz"


def copy_name(k: int) -> str:
    """A copy's name in consonant letters (0 -> 'b', 21 -> 'cc')."""
    out = ""
    k += 1
    while k:
        k, r = divmod(k - 1, len(LETTERS))
        out = LETTERS[r] + out
    return out


def make_corpus(source: Path, folder: Path, copies: int, pool: Path) -> int:
    """``copies`` distinct copies of every article of ``source`` in ``folder`` (hard links into a pool
    shared by all scales); the number of articles."""
    folder.mkdir(parents=True, exist_ok=True)
    pool.mkdir(parents=True, exist_ok=True)
    articles = sorted(source.glob("*.txt"))
    for k in range(copies):
        for article in articles:
            name = f"k{k:03d}-{article.name}"
            pooled = pool / name
            if not pooled.exists():
                text = article.read_bytes().rstrip(b"\n")
                pooled.write_bytes(text + f"\n\nArchive copy {copy_name(k)}.\n".encode())
            target = folder / name
            if not target.exists():
                os.link(pooled, target)
    return copies * len(articles)


class Peak:
    """Peak resident memory of a process and all its children, sampled in a thread."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.process = psutil.Process(pid)
        self.peak = 0
        self.driver = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self) -> None:
        import psutil

        while not self.done.is_set():
            try:
                own = self.process.memory_info().rss
                total = own
                for child in self.process.children(recursive=True):
                    with contextlib.suppress(psutil.Error):
                        total += child.memory_info().rss
            except psutil.Error:
                break
            self.peak = max(self.peak, total)
            self.driver = max(self.driver, own)
            self.done.wait(0.1)

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


def run_build(seeds: Path, out: Path, workers: int, cache: bool = False) -> tuple[float, int, int]:
    """One build in a fresh process: wall seconds, peak RSS of the tree and of the driver (bytes).
    ``cache``: the per-article cache in ``NAME.cache/`` beside the package ``NAME`` (not the user's)."""
    command = [sys.executable, "-m", "newsfigures", "build", "--quiet", "--seeds", str(seeds), "--out", str(out)]
    command += ["--workers", str(workers)] + (
        ["--cache", str(out.parent / f"{out.name}.cache")] if cache else ["--no-cache"]
    )
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    peak = Peak(process.pid)
    _, err = process.communicate()
    wall = time.perf_counter() - started
    peak.stop()
    if process.returncode != 0:
        raise SystemExit(f"build of {seeds} failed ({process.returncode}): {err.strip()[-2000:]}")
    return wall, peak.peak, peak.driver


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m newsfigures.bench.scale", description=__doc__.split("\n")[0])
    p.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "bbc-business")
    p.add_argument("--scales", default="1,20,100", help="copies of the corpus, comma-separated")
    p.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    p.add_argument("--rebuild", type=int, default=10_000, help="articles of the rebuild case (0: skip)")
    p.add_argument("--work", type=Path, help="scratch folder (default: a temporary one, removed)")
    args = p.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    scales = [int(s) for s in args.scales.split(",") if s]
    workers = [int(w) for w in args.workers.split(",") if w]
    work = args.work or Path(tempfile.mkdtemp(prefix="newsfigures-scale-"))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start (shared machine: noisy)")
    print(f"{'copies':>6} {'articles':>8} {'workers':>7} {'wall s':>8} {'art/s':>7} {'peak MiB':>9} {'driver MiB':>10}")
    rates: dict[tuple[int, int], float] = {}
    try:
        for scale in scales:
            seeds = work / f"corpus-{scale}"
            n = make_corpus(args.corpus, seeds, scale, work / "pool")
            for w in workers:
                out = work / f"out-{scale}-{w}"  # beside the corpus: sources.path stays inside work
                wall, peak, driver = run_build(seeds, out, w)
                rates[(scale, w)] = n / wall
                print(
                    f"{scale:>6} {n:>8} {w:>7} {wall:>8.1f} {n / wall:>7.0f} {peak / 2**20:>9.0f} {driver / 2**20:>10.0f}",
                    flush=True,
                )
                shutil.rmtree(out, ignore_errors=True)
            if not args.work:
                shutil.rmtree(seeds, ignore_errors=True)
        if args.rebuild:
            rebuild_case(args.corpus, work, args.rebuild, max(workers))
        extrapolate(rates, scales, workers)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def rebuild_case(corpus: Path, work: Path, articles: int, workers: int) -> None:
    """Build ``articles`` articles (cache on), add one, rebuild: both times and their ratio."""
    per_copy = len(list(corpus.glob("*.txt")))
    copies = -(-articles // per_copy)
    pool_corpus = work / "rebuild-all"
    make_corpus(corpus, pool_corpus, copies + 1, work / "pool")
    seeds = work / "rebuild"
    seeds.mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in pool_corpus.glob("k*.txt"))
    for name in names[:articles]:
        if not (seeds / name).exists():
            os.link(pool_corpus / name, seeds / name)
    out = work / "out-rebuild"
    full, _peak, _ = run_build(seeds, out, workers, cache=True)
    added = names[-1]  # from a copy not in the corpus yet
    os.link(pool_corpus / added, seeds / added.replace(".txt", "-new.txt"))
    again, _, _ = run_build(seeds, out, workers, cache=True)
    print(
        f"rebuild: {articles} articles built in {full:.1f} s ({workers} workers, cache on); after adding one, "
        f"rebuilt in {again:.1f} s = {100 * again / full:.1f}% of the full build"
    )


def extrapolate(rates: dict[tuple[int, int], float], scales: list[int], workers: list[int]) -> None:
    """A million articles on 16 workers, from the per-article cost of the largest scale measured."""
    if not scales:
        return
    top = max(scales)
    if (top, 1) not in rates:
        return
    one = rates[(top, 1)]
    line = f"per-article cost at {top}x, 1 worker: {1000 / one:.1f} ms"
    efficiency = 1.0
    if (top, 2) in rates:
        speedup = rates[(top, 2)] / one
        efficiency = speedup / 2
        line += f"; 2 workers: {speedup:.2f}x the throughput of 1 (parallel efficiency {efficiency:.0%})"
    print(line)
    seconds = 1_000_000 / (one * 16 * min(1.0, efficiency))
    print(
        f"extrapolated: 1,000,000 articles on 16 workers at that efficiency: {seconds / 60:.0f} min "
        f"({seconds / 3600:.1f} h); at perfect scaling {1_000_000 / (one * 16) / 60:.0f} min"
    )


if __name__ == "__main__":
    sys.exit(main())
