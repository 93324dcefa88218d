"""Untrusted input (issue 14): text that a spreadsheet would run as a formula.

The CSVs keep it byte for byte (provenance); the workbook ``newsfigures.xlsx`` holds the same
tables with every text cell stored as text and no formula anywhere; the codebook says so.
"""

from __future__ import annotations

import re
import zipfile
from html import unescape
from pathlib import Path

from cli_helpers import build_article

from newsfigures.package.spreadsheet import CUT_MARK, MAX_CELL, WORKBOOK, xlsx_bytes
from newsfigures.package.validate import validate_package

ARTICLE = "@SUM(1+1) headline\n\nMarch 1, 2021\n\nSales rose 5% to $3.4bn.\n-2 +3 were the odds.\n"


def build(tmp_path: Path) -> Path:
    return build_article(tmp_path, "w.txt", ARTICLE)


def sheets(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml")}


def test_csvs_keep_the_text_and_the_workbook_holds_it_as_text(tmp_path: Path) -> None:
    pkg = build(tmp_path)
    figures = (pkg / "figures.csv").read_bytes().decode("utf-8")
    assert ",@SUM(1+1) headline," in figures and ",-2 +3 were the odds.," in figures  # byte for byte
    assert "@SUM(1+1) headline" in (pkg / "sources.csv").read_text(encoding="utf-8")
    parts = sheets(pkg / WORKBOOK)
    assert not any(re.search(r"<f[ >]", xml) for xml in parts.values())  # no formula anywhere
    shared = unescape(parts["xl/sharedStrings.xml"])
    assert "@SUM(1+1) headline" in shared and "-2 +3 were the odds." in shared
    # the figures sheet: text cells are shared strings (t="s"), numbers are numbers
    sheet = parts["xl/worksheets/sheet3.xml"]
    assert re.search(r'<c r="[A-Z]+2" t="s">', sheet) and re.search(r'<c r="[A-Z]+2"( s="\d+")?><v>5</v>', sheet)


def test_validate_notices_a_changed_workbook(tmp_path: Path) -> None:
    pkg = build(tmp_path)
    assert validate_package(pkg, use_frictionless=False) == []
    other = xlsx_bytes({"figures": (pkg / "figures.csv").read_bytes()})
    (pkg / WORKBOOK).write_bytes(other)
    problems = validate_package(pkg, use_frictionless=False)
    assert [str(p) for p in problems] == [f"{WORKBOOK}: differs from the CSVs: the workbook changed after the build"]


def test_a_cell_longer_than_a_spreadsheet_holds_is_cut_with_a_mark(tmp_path: Path) -> None:
    header = b"source_id,path,sha256,bytes,characters,title\r\n"
    data = header + b"w,seeds/w.txt,x,1,1," + b"y" * (MAX_CELL + 10) + b"\r\n"
    parts = sheets_of(xlsx_bytes({"sources": data}), tmp_path)
    assert unescape(parts["xl/sharedStrings.xml"]).count("y" * (MAX_CELL - len(CUT_MARK))) == 1
    assert CUT_MARK in unescape(parts["xl/sharedStrings.xml"])


def sheets_of(data: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    return sheets(path)


def test_the_codebook_warns_spreadsheet_users(tmp_path: Path) -> None:
    codebook = (build(tmp_path) / "README.md").read_text(encoding="utf-8")
    assert "## Opening the tables in a spreadsheet" in codebook
    assert "`=`, `+`, `-` or `@`" in codebook and "newsfigures.xlsx" in codebook
