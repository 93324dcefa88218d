"""``python -m newsfigures.bench.explore``: how fast the explorer's pages load in Chromium.

For each package: write its site (timed), then open each kind of page in headless Chromium from the
file system, several times, and read the milliseconds from the start of navigation until the
explorer's script has rendered the page (``html[data-ready]``). Packages: ``datapackage/`` (the
seeds), and when ``../shared/corpus/bbc-business`` is present a package built from the whole corpus
and one built from ``--copies`` copies of it (to pass 10,000 figures); or the folders given, each a
package or a folder of ``.txt`` articles to build first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ..cli import main as newsfigures
from ..explore.browser import chromium, open_page, unavailable
from ..explore.read import read_package
from ..explore.render import article_file
from ..explore.site import write_site

CORPUS = Path("../shared/corpus/bbc-business")


def build(texts: Path, work: Path, copies: int = 1) -> Path:
    """A package built (not strict) from the .txt files of a folder, ``copies`` times each."""
    seeds = work / "seeds"
    seeds.mkdir(parents=True)
    for path in sorted(texts.glob("*.txt")):
        for n in range(copies):
            shutil.copyfile(path, seeds / (path.name if n == 0 else f"{path.stem}_copy{n}.txt"))
    out = work / "datapackage"
    if newsfigures(["build", "--quiet", "--seeds", str(seeds), "--out", str(out)]) != 0:
        raise SystemExit(f"bench: cannot build a package from {texts}")
    return out


def pages(package: Path) -> dict[str, str]:
    """The pages to time: overview, each table, charts, and the article with the most rows."""
    pkg = read_package(package)
    counts: dict[str, int] = {}
    for t in pkg.mention_tables:
        for r in t.rows:
            counts[r["source_id"]] = counts.get(r["source_id"], 0) + 1
    busiest = max(counts, key=lambda sid: counts[sid]) if counts else None
    listed = {"index": "index.html", **{t.name: f"{t.name}.html" for t in pkg.mention_tables}, "charts": "charts.html"}
    if busiest:
        listed[f"article ({counts[busiest]} rows)"] = f"articles/{article_file(busiest)}"
    return listed


def measure(label: str, package: Path, repeat: int, work: Path) -> None:
    """Print the site's size and write time, and each page's load times."""
    pkg = read_package(package)
    rows = ", ".join(f"{len(t.rows)} {t.name}" for t in pkg.mention_tables)
    t0 = time.perf_counter()
    site = write_site(package, work / "site").path
    wrote = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    print(f"\n{label}: {len(pkg.texts)} articles, {rows}")
    print(f"  site written in {wrote:.2f} s, {size / 1e6:.1f} MB")
    print(
        f"  {'page':<28} {'median ms':>10} {'best ms':>8} {'worst ms':>9}  (navigation start -> rendered, {repeat} loads)"
    )
    with chromium() as browser:
        for name, rel in pages(package).items():
            times = []
            for _ in range(repeat):
                page, errors = open_page(browser, (site / rel).as_uri())
                times.append(float(page.evaluate("() => +document.documentElement.dataset.ready")))
                page.close()
                if errors:
                    print(f"  {name}: console error: {errors[0]}")
            print(f"  {name:<28} {statistics.median(times):>10.0f} {min(times):>8.0f} {max(times):>9.0f}")


def main(argv: list[str] | None = None) -> int:
    """Command line: packages or folders of .txt, the number of loads per page, the copies of the corpus."""
    p = argparse.ArgumentParser(prog="python -m newsfigures.bench.explore", description=__doc__.split("\n")[0])
    p.add_argument("folders", nargs="*", type=Path, help="packages, or folders of .txt articles to build first")
    p.add_argument("--repeat", type=int, default=5, help="loads of each page (default 5)")
    p.add_argument("--copies", type=int, default=3, help="copies of the BBC corpus in the large package (default 3)")
    args = p.parse_args(argv)
    reason = unavailable()
    if reason:
        print(f"bench: {reason}", file=sys.stderr)
        return 3
    with tempfile.TemporaryDirectory(prefix="newsfigures-bench-explore-") as tmp:
        work = Path(tmp)
        targets: list[tuple[str, Path]] = []
        if args.folders:
            for n, folder in enumerate(args.folders):
                is_package = (folder / "datapackage.json").is_file()
                targets.append((str(folder), folder if is_package else build(folder, work / f"built{n}")))
        else:
            targets.append(("datapackage/ (seeds)", Path("datapackage")))
            if CORPUS.is_dir():
                targets.append((f"{CORPUS} (whole corpus)", build(CORPUS, work / "corpus")))
                if args.copies > 1:
                    targets.append((f"{CORPUS} x{args.copies}", build(CORPUS, work / "copies", args.copies)))
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"explorer load times in headless Chromium; load average {load} on {os.cpu_count()} cores")
        for n, (label, package) in enumerate(targets):
            measure(label, package, args.repeat, work / f"site{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
