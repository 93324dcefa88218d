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
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .. import RELEASE_DATE, __version__
from ..package.fields import TABLES, TABLES_BY_NAME

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
    """
    tables = {name: csv_rows(data)[1:] for name, data in payloads.items()}
    buffer = io.BytesIO()
    counts = {t.name: len(tables.get(t.name, [])) for t in TABLES}
    write_workbook(buffer, counts, lambda name: iter(tables.get(name, [])))
    return buffer.getvalue()


def write_workbook(
    target: Any, counts: dict[str, int], rows_of: Callable[[str], Iterator[list[str]]], streaming: bool = False
) -> None:
    """Write the workbook into ``target`` (a buffer, or a file path when ``streaming``) from each table's
    row count and its rows (lists of cells, header excluded); see :class:`Workbook`."""
    book = Workbook(target, streaming, None if streaming else counts)
    for table in TABLES:
        book.add(table.name, rows_of(table.name))
    book.close(counts)


class Workbook:
    """The workbook being written: a sheet ``about``, then one sheet per table in package order.

    ``streaming`` (a multi-part package: newsfigures.engine): XlsxWriter's ``constant_memory`` mode,
    rows written as they come (a table's rows in order, the tables in any interleaving: each sheet is
    its own file until the end) and text cells stored in line instead of as shared strings, so that
    memory does not grow with the rows; still no cell is a formula, and the same rows give the same
    bytes. The ``about`` sheet, which gives each table's row count, is written first when ``counts``
    are known, else at :meth:`close`.
    """

    def __init__(self, target: Any, streaming: bool = False, counts: dict[str, int] | None = None) -> None:
        import tempfile

        import xlsxwriter

        self.tmp = tempfile.TemporaryDirectory(prefix="newsfigures-xlsx-")
        options: dict[str, Any] = {"strings_to_formulas": False, "strings_to_urls": False}
        if streaming:
            options.update({"constant_memory": True, "tmpdir": self.tmp.name})
        else:
            options["in_memory"] = True
        self.book = xlsxwriter.Workbook(target, options)
        created = dt.datetime.fromisoformat(RELEASE_DATE)
        self.book.set_properties({"title": "newsfigures", "created": created, "comments": f"newsfigures {__version__}"})
        self.about = self.book.add_worksheet("about")
        self.about_written = counts is not None
        if counts is not None:
            self._about(counts)
        self.sheets: dict[str, tuple[Any, list[str]]] = {}
        self.next_row: dict[str, int] = {}
        if streaming:  # every sheet now, in package order (rows may come interleaved)
            for table in TABLES:
                self._sheet(table.name)

    def _sheet(self, name: str) -> tuple[Any, list[str]]:
        """A table's sheet, added with its header row on first use (in memory: tables come in order,
        and the shared strings are numbered in the order they are first written)."""
        if name not in self.sheets:
            table = TABLES_BY_NAME[name]
            sheet = self.book.add_worksheet(name)
            for c, column in enumerate(table.columns):
                sheet.write_string(0, c, column)
            self.sheets[name] = (sheet, [f.type for f in table.fields])
            self.next_row[name] = 1
        return self.sheets[name]

    def _about(self, counts: dict[str, int]) -> None:
        """The ``about`` sheet: what the workbook is, and each table's row count."""
        lines = [
            "Numeric claims of news articles, with provenance: the tables of the data package, one sheet each.",
            "Every text cell is text: a quote beginning with =, +, - or @ is shown, never run as a formula.",
            "The CSV files are the reference: quotes there are byte for byte the article text.",
        ]
        for table in TABLES:
            n = counts.get(table.name, 0)
            left = max(0, n - MAX_ROWS)
            lines.append(
                f"{table.name}: {n} rows" + (f" ({left} not shown here: see {table.name}.csv)" if left else "")
            )
        for r, line in enumerate(lines):
            self.about.write_string(r, 0, line)

    def add(self, table: str, rows: Iterable[list[str]]) -> None:
        """Append rows of a table (after those added before); rows past a sheet's capacity are left out."""
        sheet, types = self._sheet(table)
        r = self.next_row[table]
        for row in rows:
            if r > MAX_ROWS:
                break
            for c, (value, kind) in enumerate(zip(row, types, strict=False)):
                _write(sheet, r, c, value, kind)
            r += 1
        self.next_row[table] = r

    def close(self, counts: dict[str, int]) -> None:
        """Write the ``about`` sheet if not yet written, and the file."""
        try:
            if not self.about_written:
                self._about(counts)
            for table in TABLES:  # a table with no rows still has its sheet
                self._sheet(table.name)
            self.book.close()
        finally:
            self.tmp.cleanup()

    def discard(self) -> None:
        """Give up the workbook (its temporary files removed; nothing written to the target)."""
        self.tmp.cleanup()


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
