"""``python -m newsfigures.explore.screenshot [PACKAGE] [--out PNG]``: the README's picture of the explorer.

Writes the site of the package into a temporary folder, opens the article with the most figures in
Chromium, opens the row of its first figure, points at the next one (so its tooltip shows) and
saves the viewport as a PNG
(``make screenshot`` writes docs/explorer.png).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from .browser import chromium, open_page, unavailable
from .read import read_package
from .render import article_file
from .site import write_site


def busiest_article(package: Path) -> str:
    """The source id with the most figures (the first in order on a tie)."""
    pkg = read_package(package)
    counts = Counter(r["source_id"] for r in pkg.tables["figures"].rows)
    ids = [r["source_id"] for r in pkg.tables["sources"].rows]
    return max(ids, key=lambda sid: (counts[sid], -ids.index(sid)))


def screenshot(package: Path, out: Path, width: int = 1280, height: int = 1380) -> Path:
    """Save a PNG of the busiest article's page with a figure's tooltip open."""
    with tempfile.TemporaryDirectory() as tmp:
        site = write_site(package, Path(tmp) / "site")
        url = (site.path / "articles" / article_file(busiest_article(package))).as_uri()
        with chromium() as browser:
            page, errors = open_page(browser, url, width, height)
            if errors:
                raise RuntimeError(f"{url}: {errors[0]}")
            figures = page.locator("#text mark.m.figures")
            if figures.count():
                # The row panel of the first figure open, the tooltip of the next one showing.
                figures.first.click()
                page.evaluate("() => window.scrollTo(0, 0)")
                figures.nth(min(1, figures.count() - 1)).hover()
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: package folder and output PNG."""
    p = argparse.ArgumentParser(prog="python -m newsfigures.explore.screenshot", description=__doc__.split("\n")[0])
    p.add_argument("package", nargs="?", type=Path, default=Path("datapackage"))
    p.add_argument("--out", type=Path, default=Path("docs/explorer.png"))
    args = p.parse_args(argv)
    reason = unavailable()
    if reason:
        print(f"screenshot: error: {reason}", file=sys.stderr)
        return 3
    print(f"wrote {screenshot(args.package, args.out)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
