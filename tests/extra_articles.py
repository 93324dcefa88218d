"""Articles of our own, added to a copy of seeds/ to check that the suite holds for any valid set of seeds.

- ``zz_acme``: metadata from a sidecar and the text; the headline (\\$25bn) and the standfirst (6%)
  restate body figures (\\$25.4bn, 6%), and are reviewed as every figure is; Markdown escapes in the quotes.
- ``zz_rates``: no sidecar: headline, dateline and URL (publisher = its host) come from the text; a
  numeral that is no claim (Covid-19), so that every table has rows whatever seeds/ holds.
- ``zz_memo`` (only in the draft build): no sidecar and no metadata beyond a headline, so a strict
  build refuses it for lack of publisher and publication date.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CITABLE: dict[str, str] = {
    "zz_acme.txt": (
        "# Widgets Inc agrees \\$25bn Acme deal\n\n"
        "**Shareholders of Acme get 6% more than the closing price.**\n\n"
        "By Jane Q. Writer\n\nMarch 1, 2021\n\n"
        "Widgets Inc has agreed to buy the toolmaker Acme for \\$25.4bn, the companies said.\n"
        "Acme shareholders will receive 6% more than Friday's closing price, and the firm employs 12,000 people.\n"
    ),
    "zz_acme.meta.toml": 'publisher = "The Widget Gazette"\nkind = "news"\n',
    "zz_acme.annotations.toml": (
        "[[figure]]\nquote = '\\$25.4bn'\ncontext = \"buy the toolmaker Acme\"\n"
        'indicator = "acquisition price"\nstatus = "agreed"\n\n'
        '[[figure]]\nquote = "6%"\ncontext = "Friday\'s closing price"\n'
        'indicator = "premium over the closing share price"\nstatus = "agreed"\n\n'
        '[[figure]]\nquote = "12,000"\ncontext = "the firm employs"\n'
        'indicator = "employees"\nstatus = "reported"\n\n'
        "[[figure]]\nquote = '\\$25bn'\ncontext = \"Widgets Inc agrees\"\n"
        'indicator = "acquisition price (headline)"\nstatus = "agreed"\n\n'
        '[[figure]]\nquote = "6%"\ncontext = "Shareholders of Acme get"\n'
        'indicator = "premium over the closing share price (standfirst)"\nstatus = "agreed"\n'
    ),
    "zz_rates.txt": (
        "Ruritania holds rates at 4.75%\n\n2021-03-02\n\n"
        "The central bank of Ruritania kept its main rate at 4.75% on Tuesday, as inflation eased to 2.1%.\n"
        "Its Covid-19 loans to banks end in May.\n\n"
        "Original url: <https://news.example.org/ruritania-rates>\n"
    ),
    "zz_rates.annotations.toml": (
        '[[figure]]\nquote = "4.75%"\ncontext = "kept its main rate"\n'
        'indicator = "central bank policy rate"\nstatus = "reported"\n\n'
        '[[figure]]\nquote = "2.1%"\ncontext = "inflation eased"\n'
        'indicator = "consumer price inflation"\nstatus = "reported"\n\n'
        '[[figure]]\nquote = "4.75%"\ncontext = "holds rates at"\n'
        'indicator = "central bank policy rate (headline)"\nstatus = "reported"\n'
    ),
}
UNCITABLE: dict[str, str] = {
    "zz_memo.txt": "Memo on widget exports\n\nExports of widgets rose 4% to $3.4m, the ministry said.\n"
}


def project_with_extra_articles(folder: Path, citable_only: bool = True) -> Path:
    """A project folder: a copy of seeds/ plus our articles (``citable_only``: those a strict build accepts)."""
    seeds = folder / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    for name, text in (CITABLE if citable_only else {**CITABLE, **UNCITABLE}).items():
        (seeds / name).write_text(text, encoding="utf-8")
    return folder
