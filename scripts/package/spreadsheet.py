"""The spreadsheet copy of the tables: ``newsfigures.xlsx``, where no cell is ever a formula.

The CSVs keep every quote byte for byte (``text[start:end] == quote`` is the provenance), so a quote
or a title that begins with ``=``, ``+``, ``-`` or ``@`` stays so there, and a spreadsheet program
opening a CSV may run it as a formula (``=HYPERLINK(...)``: "CSV injection"). Rather than alter the
CSVs, the build also writes this workbook, one sheet per table, in which text cells are written as
text (shared strings), numbers as numbers, and nothing as a formula; the codebook tells spreadsheet
users to open it instead of the CSVs.

XlsxWriter writes it (``write_string`` never interprets its argument); it is written the same bytes
for the same tables (a fixed creation date, XlsxWriter's fixed ZIP timestamps). A spreadsheet cell
holds at most 32,767 characters and a sheet 1,048,576 rows: longer cells end with
:data:`CUT_MARK` and the sheet ``about`` says how many rows a table that does not fit left out (the
CSVs are complete).
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from .. import RELEASE_DATE, __version__
from ..package.fields import TABLES

WORKBOOK = "newsfigures.xlsx"
#: Most characters a spreadsheet cell holds (Excel's limit).
MAX_CELL = 32_767
#: Most data rows of a sheet (Excel's 1,048,576 less the header).
MAX_ROWS = 1_048_575
CUT_MARK = " […cut: see the CSV]"
#: Characters that make a spreadsheet read a typed cell as a formula.
FORMULA_LEADS = ("=", "+", "-", "@")


def _text(value: str) -> str:
    """A text cell's content, cut to what a spreadsheet cell holds."""
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - len(CUT_MARK)] + CUT_MARK


def csv_rows(data: bytes) -> list[list[str]]:
    """The rows of a CSV payload of the package (header first)."""
    import csv

    csv.field_size_limit(2**31 - 1)
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def xlsx_bytes(payloads: dict[str, bytes]) -> bytes:
    """The workbook of the tables' CSV bytes: a sheet ``about``, then one sheet per table in package order.

    A pure function of the CSVs, so that ``validate`` can make it again from what it read and compare.
    Only a one-part package has a workbook (a multi-part one is beyond what a spreadsheet opens).
    """
    import xlsxwriter

    tables = {name: csv_rows(data)[1:] for name, data in payloads.items()}
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "in_memory": True}
    book = xlsxwriter.Workbook(buffer, options)
    created = dt.datetime.fromisoformat(RELEASE_DATE)
    book.set_properties({"title": "newsfigures", "created": created, "comments": f"newsfigures {__version__}"})
    about = book.add_worksheet("about")
    for r, line in enumerate(about_lines({t.name: len(tables.get(t.name, [])) for t in TABLES})):
        about.write_string(r, 0, line)
    for table in TABLES:
        sheet = book.add_worksheet(table.name)
        for c, column in enumerate(table.columns):
            sheet.write_string(0, c, column)
        types = [f.type for f in table.fields]
        for r, row in enumerate(tables.get(table.name, [])[:MAX_ROWS], start=1):
            for c, (value, kind) in enumerate(zip(row, types, strict=False)):
                _write(sheet, r, c, value, kind)
    book.close()
    return buffer.getvalue()


def about_lines(counts: dict[str, int]) -> list[str]:
    """The ``about`` sheet: what the workbook is, and each table's row count."""
    lines = [
        "Numeric claims of news articles, with provenance: the tables of the data package, one sheet each.",
        "Every text cell is text: a quote beginning with =, +, - or @ is shown, never run as a formula.",
        "The CSV files are the reference: quotes there are byte for byte the article text.",
    ]
    for table in TABLES:
        n = counts.get(table.name, 0)
        left = max(0, n - MAX_ROWS)
        lines.append(f"{table.name}: {n} rows" + (f" ({left} not shown here: see {table.name}.csv)" if left else ""))
    return lines


def _write(sheet: Any, r: int, c: int, value: str, kind: str) -> None:
    """One cell: blank, a number for number and integer columns, else text (never a formula)."""
    if value == "":
        return
    if kind in ("integer", "number"):
        try:
            sheet.write_number(r, c, int(value) if kind == "integer" else float(value))
            return
        except ValueError:
            pass  # not a number after all: shown as the text it is
    sheet.write_string(r, c, _text(value))
