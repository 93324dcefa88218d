"""Benchmark: builds of a growing corpus (issue 13): wall time, articles per second, peak memory,
workers, and the rebuild after adding one article.

``python -m newsfigures.bench.scale [--corpus DIR] [--scales 1,20,100] [--workers 1,2]
[--rebuild 10000] [--work DIR]`` (``make bench-scale``; long: the 100x corpus is about 50,000
articles). The corpus (default ``../shared/corpus/bbc-business``, 498 articles) is repeated N times
under distinct names; each copy ends with a line naming the copy in consonant letters (no digit, no
number word), so that copies are distinct articles to the cache and their figures are the same.

Each build runs ``newsfigures build --no-cache --quiet`` in a fresh process (a cold build: every
article extracted; its validation proves the rows by hashes against its scratch cache) and is
measured from outside: wall time, peak resident memory summed over the process and its
children (the Dask workers), sampled every 0.1 s with psutil, and CPU seconds of the build's own
process (the driver, which is also one of the workers of a local cluster) and of its children (the
worker processes). CPU seconds say where the time goes when the machine is shared: wall times then
depend on the other processes. The rebuild case builds the first ``--rebuild`` articles with a
cache of its own, adds one article, and builds again. The closing lines give the issue's targets
that compare runs (2 workers against 1; each scale's peak memory against 1x) and extrapolate a
million articles on 16 workers from the measured per-article cost.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
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
        #: The largest resident memory of any one process of the tree.
        self.largest = 0
        #: CPU seconds (user + system) of the driver process, at the last sample.
        self.driver_cpu = 0.0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self) -> None:
        import psutil

        while not self.done.is_set():
            try:
                own = self.process.memory_info().rss
                times = self.process.cpu_times()
                self.driver_cpu = times.user + times.system
                total = largest = own
                for child in self.process.children(recursive=True):
                    with contextlib.suppress(psutil.Error):
                        rss = child.memory_info().rss
                        total += rss
                        largest = max(largest, rss)
            except psutil.Error:
                break
            self.peak = max(self.peak, total)
            self.largest = max(self.largest, largest)
            self.driver = max(self.driver, own)
            self.done.wait(0.1)

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


@dataclass
class Run:
    """What one build cost: wall seconds, peak RSS of the process tree and of the driver (bytes), CPU
    seconds of the driver process and of its children (the Dask workers, their nannies' processes)."""

    wall: float
    peak: int
    driver: int
    driver_cpu: float
    workers_cpu: float
    #: The peak of the largest process of the tree (bytes).
    largest: int = 0


def run_build(seeds: Path, out: Path, workers: int, cache: bool = False) -> Run:
    """One build in a fresh process, measured from outside. ``cache``: the per-article cache in
    ``NAME.cache/`` beside the package ``NAME`` (not the user's).

    CPU: the whole tree's is what this process's reaped children used meanwhile (``getrusage``; the
    driver reaps its workers); the driver's own is its last sample (at most 0.1 s old), the workers'
    the difference."""
    command = [sys.executable, "-m", "newsfigures", "build", "--quiet", "--seeds", str(seeds), "--out", str(out)]
    command += ["--workers", str(workers)] + (
        ["--cache", str(out.parent / f"{out.name}.cache")] if cache else ["--no-cache"]
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    peak = Peak(process.pid)
    _, err = process.communicate()
    wall = time.perf_counter() - started
    peak.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"build of {seeds} failed ({process.returncode}): {err.strip()[-2000:]}")
    tree = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Run(wall, peak.peak, peak.driver, peak.driver_cpu, max(0.0, tree - peak.driver_cpu), peak.largest)


#: What each process of the calibration runs: the extraction of the first N articles of a folder,
#: after one article to warm up; prints its wall and CPU seconds.
CALIBRATION = """
import sys, time
from pathlib import Path
from newsfigures.engine.articles import extract_article
paths = sorted(Path(sys.argv[1]).glob("*.txt"))[: int(sys.argv[2])]
extract_article(str(paths[0]), sys.argv[1])
wall, cpu = time.perf_counter(), time.process_time()
for _ in range(int(sys.argv[3])):
    for p in paths:
        extract_article(str(p), sys.argv[1])
print(time.perf_counter() - wall, time.process_time() - cpu)
"""


def calibrate(corpus: Path, articles: int = 100, rounds: int = 3) -> tuple[float, float]:
    """The machine's own ceiling for two workers: the same pure-Python work (extracting ``articles``
    articles ``rounds`` times) in one process alone, then in two at once. Returns the throughput of
    two against one (2 × one's wall time / the slower of the two's) and the CPU seconds of one of
    the two against one alone (above 1: the cores run slower when both are busy, as turbo clocks or
    a host's sibling threads make them). No build can beat the first figure."""

    def run(n: int) -> list[tuple[float, float]]:
        command = [sys.executable, "-c", CALIBRATION, str(corpus), str(articles), str(rounds)]
        processes = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(n)]
        out = []
        for process in processes:
            text, _ = process.communicate()
            wall, cpu = (float(x) for x in text.split())
            out.append((wall, cpu))
        return out

    (one_wall, one_cpu), two = run(1)[0], run(2)
    return 2 * one_wall / max(w for w, _ in two), sum(c for _, c in two) / 2 / one_cpu


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
    if 2 in workers:
        ceiling, slower = calibrate(args.corpus)
        print(
            f"calibration: two processes extracting at once do {ceiling:.2f}x the work of one alone (the ceiling "
            f"of 2 workers on this machine now); each spends {slower:.2f}x the CPU seconds of one alone"
        )
    print(
        f"{'copies':>6} {'articles':>8} {'workers':>7} {'wall s':>8} {'art/s':>7} {'peak MiB':>9} {'driver MiB':>10}"
        f" {'largest MiB':>11}"
        f" {'driver CPU s':>12} {'workers CPU s':>13} {'CPU ms/art':>10}"
    )
    rates: dict[tuple[int, int], float] = {}
    peaks: dict[tuple[int, int], int] = {}
    largest: dict[tuple[int, int], int] = {}  # the largest single process of the tree
    cpu: dict[tuple[int, int], float] = {}  # CPU seconds per article, all processes
    try:
        for scale in scales:
            seeds = work / f"corpus-{scale}"
            n = make_corpus(args.corpus, seeds, scale, work / "pool")
            for w in workers:
                out = work / f"out-{scale}-{w}"  # beside the corpus: sources.path stays inside work
                run = run_build(seeds, out, w)
                rates[(scale, w)] = n / run.wall
                cpu[(scale, w)] = (run.driver_cpu + run.workers_cpu) / n
                peaks[(scale, w)] = run.peak
                largest[(scale, w)] = run.largest
                print(
                    f"{scale:>6} {n:>8} {w:>7} {run.wall:>8.1f} {n / run.wall:>7.0f} {run.peak / 2**20:>9.0f} "
                    f"{run.driver / 2**20:>10.0f} {run.largest / 2**20:>11.0f} {run.driver_cpu:>12.1f} {run.workers_cpu:>13.1f} "
                    f"{1000 * cpu[(scale, w)]:>10.2f}",
                    flush=True,
                )
                shutil.rmtree(out, ignore_errors=True)
            if not args.work:
                shutil.rmtree(seeds, ignore_errors=True)
        if args.rebuild:
            rebuild_case(args.corpus, work, args.rebuild, max(workers))
        ratios(rates, peaks, largest)
        extrapolate(rates, scales, workers)
        extrapolate_cpu(cpu, scales)
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
    full = run_build(seeds, out, workers, cache=True)
    added = names[-1]  # from a copy not in the corpus yet
    os.link(pool_corpus / added, seeds / added.replace(".txt", "-new.txt"))
    again = run_build(seeds, out, workers, cache=True)
    share = 100 * again.wall / full.wall
    print(
        f"rebuild: {articles} articles built in {full.wall:.1f} s ({workers} workers, cache on; CPU: driver "
        f"{full.driver_cpu:.1f} s, workers {full.workers_cpu:.1f} s); after adding one, rebuilt in {again.wall:.1f} s "
        f"(CPU: driver {again.driver_cpu:.1f} s, workers {again.workers_cpu:.1f} s) = {share:.1f}% of the full build "
        f"(target < 5%: {'met' if share < 5 else 'not met'})"
    )


def ratios(
    rates: dict[tuple[int, int], float], peaks: dict[tuple[int, int], int], largest: dict[tuple[int, int], int]
) -> None:
    """The issue's targets that compare runs: 2 workers against 1 at each scale, and the peak memory
    of each scale against that of 1x with the same workers.

    Memory is the target's "does not grow with the corpus": with one worker the build is one process
    at every scale, and its tree is compared. With two, a corpus of at most ``layout.SMALL`` articles
    (1x) is built in one process and a larger one starts a worker process (and Dask's nanny): the
    tree then holds more processes, a fixed cost that does not grow with the corpus; the target is
    checked on the largest single process against the 1x build's, and the tree's ratio is printed beside it."""
    for (scale, w), rate in sorted(rates.items()):
        if w == 2 and (scale, 1) in rates:
            speedup = rate / rates[(scale, 1)]
            print(
                f"{scale}x: 2 workers give {speedup:.2f}x the throughput of 1 "
                f"(target >= 1.7x: {'met' if speedup >= 1.7 else 'not met'})"
            )
    for (scale, w), peak in sorted(peaks.items()):
        if scale == 1 or (1, w) not in peaks:
            continue
        tree = peak / peaks[(1, w)]
        if w == 1:
            verdict = f"target at 100x <= 1.5x: {'met' if tree <= 1.5 else 'not met'}"
            print(f"{scale}x, 1 worker: peak RSS {tree:.2f}x that of 1x ({verdict})")
            continue
        one = largest[(scale, w)] / largest[(1, w)]
        verdict = f"target at 100x <= 1.5x: {'met' if one <= 1.5 else 'not met'}"
        alone = " (the 1x build ran in one process)" if largest[(1, w)] == peaks[(1, w)] else ""
        print(
            f"{scale}x, {w} workers: largest process's peak RSS {one:.2f}x that of 1x ({verdict}); the "
            f"process tree's {tree:.2f}x{alone}"
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


def extrapolate_cpu(cpu: dict[tuple[int, int], float], scales: list[int]) -> None:
    """The same from CPU seconds, which other processes on a shared machine disturb less than wall
    time: CPU per article with one worker, and the share of it lost to running two (Dask's processes
    and the driver's own work)."""
    top = max(scales) if scales else None
    if top is None or (top, 1) not in cpu:
        return
    one = cpu[(top, 1)]
    line = f"CPU per article at {top}x: 1 worker {1000 * one:.1f} ms"
    efficiency = 1.0
    if (top, 2) in cpu:
        efficiency = one / cpu[(top, 2)]
        line += f", 2 workers {1000 * cpu[(top, 2)]:.1f} ms (the CPU of 1 is {efficiency:.0%} of that of 2)"
    print(line)
    seconds = 1_000_000 * one / (16 * efficiency)
    print(
        f"extrapolated from CPU: 1,000,000 articles on 16 workers: {seconds / 60:.0f} min at that CPU "
        f"efficiency, {1_000_000 * one / 16 / 60:.0f} min at perfect scaling (cores not shared)"
    )


if __name__ == "__main__":
    sys.exit(main())
