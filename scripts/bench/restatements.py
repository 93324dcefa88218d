"""Restatements benchmark: how many headline figures of a corpus get ``same_as``, and to what.

``python -m newsfigures.bench.restatements [DIR...]`` (default: the BBC business corpus of
``../shared/corpus/``) reads each ``*.txt`` as a seed would be read (headline and standfirst from
the text), extracts it and counts the headline and standfirst figures (conversions in parentheses
left out), those linked to a body figure, and those linked to a figure written differently (a
rounded headline); it lists the latter and the unlinked ones, for review by eye. There is no gold
standard for restatements yet: the lists are the evidence.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..package.tables import text_rows
from ..semantics.restatements import lead_spans
from ..sources import lead_from_text
from .newsquant import SHARED

CORPUS = SHARED / "corpus" / "bbc-business"


def lead_links(path: Path) -> list[tuple[str, str | None]]:
    """(headline quote, quote of the body figure it is same_as, or None) for each lead figure of a text."""
    text = path.read_text(encoding="utf-8")
    title, subtitle = lead_from_text(text)
    figures, _, _ = text_rows(text, source_id=path.stem, file=path, lead=(title, subtitle))
    lead = lead_spans(text, title, subtitle)
    by_id = {f["figure_id"]: f for f in figures}
    return [
        (f["quote"], by_id[f["same_as"]]["quote"] if f["same_as"] else None)
        for f in figures
        if not f["equivalent_of"] and any(s <= f["start"] and f["end"] <= e for s, e in lead)
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the counts and the lists."""
    ap = argparse.ArgumentParser(prog="python -m newsfigures.bench.restatements", description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, help=f"folders of *.txt (default: {CORPUS})")
    args = ap.parse_args(argv)
    folders = args.folders or [CORPUS]
    total = linked = 0
    rounded, unlinked = [], []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            for quote, target in lead_links(path):
                total += 1
                if target is None:
                    unlinked.append(f"{path.name}: {quote!r}")
                    continue
                linked += 1
                if target != quote:
                    rounded.append(f"{path.name}: {quote!r} -> {target!r}")
    print(
        f"lead figures {total}, linked {linked} ({100 * linked / max(total, 1):.0f}%), to another spelling {len(rounded)}"
    )
    print("linked to another spelling:", *rounded, sep="\n  ")
    print("not linked:", *unlinked, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
