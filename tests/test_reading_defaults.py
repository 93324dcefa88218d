"""What a reader's defaults make of the CSVs: Namibia's code ``NA`` is a value, not a missing cell.

Only an empty cell is missing in the package (the descriptor's ``missingValues``); pandas' and R's
defaults take ``NA`` for missing, so the codebook gives the options that keep it, and they do.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from cli_helpers import build_article

ARTICLE = "Namibia grows\n\nMarch 1, 2021\n\nNamibia's economy grew by 4.2% in 2020, the statistics office said.\n"


def build(tmp_path: Path) -> Path:
    return build_article(tmp_path, "nam.txt", ARTICLE)


def test_the_codebook_says_how_to_keep_namibia_and_its_advice_keeps_it(tmp_path: Path) -> None:
    pkg = build(tmp_path)
    path = pkg / "figures.csv"
    assert pd.read_csv(path)["subject"].isna().all()  # pandas' default: Namibia is lost
    codebook = (pkg / "README.md").read_text(encoding="utf-8")
    advice = re.search(r"`pd\.read_csv\(path, (dtype=str, keep_default_na=False, na_values=\[\"\"\])\)`", codebook)
    assert advice is not None and "Namibia" in codebook and 'na.strings = ""' in codebook
    kept = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    assert kept["quote"].tolist() == ["4.2%"] and kept["subject"].tolist() == ["NA"]
