"""Checks that hold for any package built from any valid set of seeds, shared by the tests of
the published package (datapackage/) and of packages built from articles of our own."""

from __future__ import annotations

import csv
from pathlib import Path

from newsfigures.package.citation import BLOCK_FILES, citation_files, generated_block


def sources_rows(package: Path) -> list[dict[str, str]]:
    """The sources table as read from the CSV."""
    with open(package / "sources.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def citation_drift(root: Path, package: Path) -> list[str]:
    """The citation files of a project folder that differ from what its sources table generates."""
    expected = citation_files(root, sources_rows(package))
    drifted = [p.name for p, text in expected.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    for name in BLOCK_FILES:  # a README or LICENSE that lost its markers would escape the comparison
        if (root / name).exists() and generated_block((root / name).read_text(encoding="utf-8"), name) is None:
            drifted.append(f"{name} (no generated block)")
    return drifted


#: The articles shipped in seeds/. Tests about their content find them by these ids, whatever else
#: seeds/ holds; when one is missing (a project that removed it) such a test is skipped, saying why.
SHIPPED = ("000_f0ab434a77e5f680", "002_687eafe585000c5b")


def require_shipped(package: Path, *ids: str) -> None:
    """Skip, naming them, when the package lacks shipped articles a test is about."""
    import pytest

    missing = sorted(set(ids or SHIPPED) - {r["source_id"] for r in sources_rows(package)})
    if missing:
        pytest.skip(f"the shipped article(s) {', '.join(missing)} are not in {package}")
