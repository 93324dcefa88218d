"""Benchmark: seconds per MB on adversarial texts, beside real prose (``make bench``).

``python -m newsfigures.bench.adversarial [--size BYTES] [--prose DIR]`` times what a build does
with one article short of writing files: reading the header (headline, byline, dateline, URL),
extracting figures, dates and exclusions (from the publication date the dateline gives, as a build
does), making the rows and their CSV bytes. Each adversarial
text is about ``--size`` bytes (default 200 kB); the prose reference is the articles of ``--prose``
(default ``../shared/corpus/bbc-business``, else a built-in paragraph repeated), each timed as its
own article. For every input it prints seconds per MB, the ratio to prose (the issue's bound is 5×)
and the CSV bytes written per input byte (a bounded context keeps this a small constant).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROSE_DIR = ROOT.parent / "shared" / "corpus" / "bbc-business"
#: The bound of issue 14: no adversarial input more than this many times slower than prose.
MAX_RATIO = 5.0
#: Used when no corpus is at hand (tests, a fresh clone): ordinary business prose with figures.
FALLBACK_PROSE = (
    "Shares in the retailer rose 5.2% to 310p on Tuesday after it said sales grew by $1.5 billion in the "
    "three months to March. Analysts at the bank had expected growth of about 3%, and the firm said it "
    "would hire 2,000 people and open twenty-five shops next year. In 2004 profits fell by a third.\n"
)


#: A wire story's headline and dateline: its text is read from the publication date the dateline gives.
_WIRE_HEAD = "Headline\n\nNEW YORK, Jan. 19, 2005 (Reuters) - "


def _repeat(unit: str, size: int, head: str = "Headline\n\n") -> str:
    """``head`` then ``unit`` repeated up to ``size`` characters."""
    return head + unit * max(1, (size - len(head)) // len(unit)) + "\n"


def adversarial_texts(prose: str, size: int) -> dict[str, str]:
    """The adversarial inputs, by name: dense numerals, long lines, blank lines, bracket runs."""
    one_line = prose.replace("\n", " ").replace(". ", " ")
    body = (prose * (size // max(1, len(prose)) + 1))[:size]
    return {
        "dense '1 '": _repeat("1 ", size),
        "dense '1-'": _repeat("1-", size),
        "dense '½ '": _repeat("½ ", size),
        "dense '5% '": _repeat("5% ", size),
        "dense '$1.5 billion '": _repeat("$1.5 billion ", size),
        "dense '2020 '": _repeat("2020 ", size),
        "dense 'one two three '": _repeat("one two three ", size),
        # words between numerals: no run without letters, but more than numbers.DENSE_MIN numerals in
        # numbers.DENSE_WIDTH characters, so one numeral_run all the same
        "dense '1 x ' (a word between)": _repeat("1 x ", size),
        "dense '5% of ' (words between)": _repeat("5% of ", size),
        "chain 'one hundred and '": _repeat("one hundred and ", size),
        # just below that density (one numeral per 22 characters): each numeral is read and gets its row,
        # the most figures per byte a text yields
        "sparse '1 x…' (22 chars a figure)": _repeat("1 " + "x" * 19 + " ", size),
        "sparse '5% of…' (22 chars)": _repeat("5% of all the savings ", size),
        "sparse '$1.5bn…' (22 chars)": _repeat("$1.5bn in new credit, ", size),
        # one run-on sentence of dated clauses (commas only): each date's clause is the whole line
        "run-on dated clauses": _repeat("Britain's economy grew 0.6% in the third quarter, ", size),
        "run-on bases ('from the previous')": _repeat("up 5% from the previous quarter ", size),
        # a wire story (its dateline gives the publication date): run-on weekdays, each read for its clause's tense,
        # and year-less quarters told as done, the paths only a publication date takes
        "dated run-on weekdays": _repeat("shares rose 5% on Friday and will fall on Monday, ", size, _WIRE_HEAD),
        "dated run-on quarters": _repeat(
            "first-half sales reached 412,000 cars at its plants in the north, ", size, _WIRE_HEAD
        ),
        "digit run '1'": _repeat("1", size),
        "grouped '1 000 '": _repeat("1 000 ", size),
        "long line (prose, no breaks)": "Headline\n\n" + (one_line * (size // max(1, len(one_line)) + 1))[:size],
        "20,000 blank lines + prose": "Headline" + "\n" * 20_000 + body[: max(0, size - 20_000)],
        "headline of '['": "[" * 20_000 + "\n" + body[: max(0, size - 20_000)],
        "'[' runs beside prose": "Headline\n\n" + "".join("[" * 200 + " " + line + "\n" for line in body.splitlines()),
        "'](' runs beside prose": "Headline\n\n" + "".join("](" * 100 + line + "\n" for line in body.splitlines()),
    }


def process(text: str) -> int:
    """What a build does with one article short of writing files; returns the CSV bytes it would write."""
    from ..package.fields import TABLES_BY_NAME
    from ..package.tables import text_rows
    from ..package.write import csv_bytes
    from ..sources import metadata_from_text

    meta = metadata_from_text(text)  # the whole header, as a build reads it, and its dateline, as a build passes it
    lead = (meta["title"], meta["subtitle"])
    rows = text_rows(text, meta["published"], source_id="bench", file=Path("bench.txt"), lead=lead)
    return sum(
        len(csv_bytes(TABLES_BY_NAME[name].columns, table))
        for name, table in zip(("figures", "dates", "exclusions"), rows, strict=True)
    )


def timed(texts: list[str], fn: Callable[[str], int]) -> tuple[float, int]:
    """Seconds of one pass of ``fn`` over the texts (best of two) and the bytes it returned."""
    best, out = float("inf"), 0
    for _ in range(2):
        t = time.perf_counter()
        out = sum(fn(t_) for t_ in texts)
        best = min(best, time.perf_counter() - t)
    return best, out


def prose_texts(folder: Path) -> list[str]:
    """The ``*.txt`` articles of a folder, or the fallback paragraph as one 100 kB article."""
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if files:
        return [f.read_text(encoding="utf-8") for f in files]
    return [_repeat(FALLBACK_PROSE, 100_000)]


def main(argv: list[str] | None = None) -> int:
    """Print the table and the worst ratio to prose against :data:`MAX_RATIO` (a measurement: exit 0)."""
    ap = argparse.ArgumentParser(prog="python -m newsfigures.bench.adversarial", description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=200_000, help="characters of each adversarial text")
    ap.add_argument("--prose", type=Path, default=PROSE_DIR, help="folder of *.txt prose articles")
    args = ap.parse_args(argv)
    prose = prose_texts(args.prose)
    prose_bytes = sum(len(t.encode("utf-8")) for t in prose)
    seconds, out = timed(prose, process)
    reference = seconds / (prose_bytes / 1e6)
    print(f"{'input':34} {'MB':>6} {'s/MB':>8} {'× prose':>8} {'CSV B/B':>8}")
    print(f"{'prose (' + str(len(prose)) + ' articles)':34} {prose_bytes / 1e6:6.2f} {reference:8.2f} {1:8.2f} "
          f"{out / prose_bytes:8.1f}")  # fmt: skip
    sample = "\n".join(prose)[:50_000]
    worst = 0.0
    for name, text in adversarial_texts(sample, args.size).items():
        size = len(text.encode("utf-8"))
        seconds, out = timed([text], process)
        per_mb = seconds / (size / 1e6)
        worst = max(worst, per_mb / reference)
        print(f"{name:34} {size / 1e6:6.2f} {per_mb:8.2f} {per_mb / reference:8.2f} {out / size:8.1f}")
    verdict = "within" if worst <= MAX_RATIO else "OVER"
    print(f"worst: {worst:.2f}× prose ({verdict} the {MAX_RATIO:.0f}× bound)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
