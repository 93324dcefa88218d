"""Validating a package: Frictionless' own validation plus the project's checks.

Our checks, each naming the file and row of a problem:

- every resource's bytes and sha256 match the descriptor (a CSV edited after the build);
- every seed's file exists and its sha256 matches the sources table;
- every quote equals the seed text at its offsets, and its line, sentence and display form agree;
- every ``same_as`` links figures of one source that restate each other (kind, unit, rounding);
- every unit parses in the project registry;
- every foreign key resolves;
- coverage: every digit and every cardinal number word of a seed lies inside a figure, a date or
  an exclusion (a rule's, or a reviewer's with a reason);
- the tables equal a fresh extraction of the seeds (tamper detection: a value, a unit or a row
  changed by hand shows up here even when the descriptor's hashes were updated too).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extraction.mentions import numerals
from ..extraction.merge import SpanSet
from ..package.fields import TABLES, TABLES_BY_NAME
from ..package.provenance import display_form, line_at, line_starts
from ..package.write import DESCRIPTOR, cell, resource_hash
from ..sources import decode_seed, read_source

MENTION_TABLES = ("figures", "dates", "exclusions")
MAX_PROBLEMS_PER_CHECK = 50
#: Largest CSV cell read back: a quote or a sentence can be as long as a seed (the csv module's
#: default of 131072 characters refuses a legitimate row quoting a long run of digits).
FIELD_SIZE_LIMIT = 2**31 - 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a package: where, and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def uncovered(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The numerals of a text that no span contains whole."""
    covered = SpanSet(spans)
    return [(s, e) for s, e in numerals(text) if not covered.covers(s, e)]


# --- reading --------------------------------------------------------------------------------


def load_descriptor(pkg: Path) -> dict[str, Any]:
    """Parse the descriptor; a missing or broken one is an InputError."""
    path = pkg / DESCRIPTOR
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no descriptor: is this a package built by newsfigures?") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the descriptor: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON: {exc.msg}", line=exc.lineno) from None


def read_table(data: bytes) -> list[dict[str, str]]:
    """Rows of a CSV payload as dicts of strings."""
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def check_files(pkg: Path, desc: dict[str, Any]) -> tuple[dict[str, list[dict[str, str]]], list[Problem]]:
    """Each resource's file against the descriptor's bytes and hash; the rows of those that load."""
    problems: list[Problem] = []
    tables: dict[str, list[dict[str, str]]] = {}
    listed = {r.get("name"): r for r in desc.get("resources", [])}
    for table in TABLES:
        resource = listed.get(table.name)
        if resource is None:
            problems.append(Problem(DESCRIPTOR, f"resource {table.name!r} is missing"))
            continue
        path = pkg / resource["path"]
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(Problem(resource["path"], f"cannot read: {exc.strerror or exc}"))
            continue
        if len(data) != resource.get("bytes") or resource_hash(data) != resource.get("hash"):
            problems.append(
                Problem(
                    resource["path"],
                    "bytes or sha256 differ from the descriptor: the file changed after the build",
                )
            )
        try:
            rows = read_table(data)
        except (UnicodeDecodeError, csv.Error) as exc:
            problems.append(Problem(resource["path"], f"cannot parse as UTF-8 CSV: {exc}"))
            continue
        header = list(rows[0].keys()) if rows else table.columns
        if header != table.columns:
            problems.append(Problem(resource["path"], f"columns {header} differ from the schema {table.columns}"))
            continue
        tables[table.name] = rows
    return tables, problems


def check_frictionless(pkg: Path) -> list[Problem]:
    """Frictionless' validation of the descriptor and every resource."""
    import frictionless

    report = frictionless.validate(str(pkg / DESCRIPTOR))
    if report.valid:
        return []
    problems = []
    for task in report.tasks:
        for error in task.errors[:MAX_PROBLEMS_PER_CHECK]:
            row = getattr(error, "row_number", None)
            where = f"{task.name}.csv" + (f" row {row}" if row else "")
            problems.append(Problem(where, f"frictionless {error.type}: {error.message}"))
    for error in report.errors[:MAX_PROBLEMS_PER_CHECK]:
        problems.append(Problem(DESCRIPTOR, f"frictionless {error.type}: {error.message}"))
    return problems


# --- our checks -----------------------------------------------------------------------------


def check_seeds(root: Path, sources: list[dict[str, str]]) -> tuple[dict[str, str], list[Problem]]:
    """Each seed file exists and matches its sha256; returns source_id -> text."""
    texts: dict[str, str] = {}
    problems = []
    for n, s in enumerate(sources, 2):
        path = root / s["path"]
        where = f"sources.csv row {n} ({s['source_id']})"
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(Problem(where, f"seed {s['path']} cannot be read: {exc.strerror or exc}"))
            continue
        if hashlib.sha256(data).hexdigest() != s["sha256"]:
            problems.append(Problem(where, f"seed {s['path']} changed since the build: its sha256 differs"))
            continue
        try:
            texts[s["source_id"]] = decode_seed(data, path)
        except InputError as exc:
            problems.append(Problem(where, str(exc)))
    return texts, problems


def check_quotes(tables: dict[str, list[dict[str, str]]], texts: dict[str, str]) -> list[Problem]:
    """Every quote equals its seed text at its offsets, on the line it names, inside its sentence."""
    problems: list[Problem] = []
    starts = {sid: line_starts(text) for sid, text in texts.items()}
    for name in MENTION_TABLES:
        key = TABLES_BY_NAME[name].primary_key[0]
        for n, row in enumerate(tables.get(name, []), 2):
            text = texts.get(row["source_id"])
            if text is None:
                continue
            where = f"{name}.csv row {n} ({row[key]})"
            try:
                start, end = int(row["start"]), int(row["end"])
            except ValueError:
                problems.append(Problem(where, "start and end must be integers"))
                continue
            if text[start:end] != row["quote"]:
                problems.append(
                    Problem(
                        where,
                        f"quote {row['quote']!r} is not the text at [{start}, {end}): {text[start:end]!r}",
                    )
                )
            elif row.get("line") != str(line_at(starts[row["source_id"]], start)):
                problems.append(Problem(where, f"line {row.get('line')} is not the line of offset {start}"))
            elif "sentence" in row and row["quote"] not in row["sentence"]:
                problems.append(Problem(where, "the sentence does not contain the quote"))
            elif row.get("display") != display_form(row["quote"]):
                problems.append(Problem(where, f"display {row.get('display')!r} is not the quote without escapes"))
            if len(problems) >= MAX_PROBLEMS_PER_CHECK:
                return problems
    return problems


def check_units(figures: list[dict[str, str]]) -> list[Problem]:
    """Every unit cell parses in the project registry."""
    from ..package.units import is_unit

    problems = []
    bad = {u for u in {r["unit"] for r in figures} if not is_unit(u)}
    for n, row in enumerate(figures, 2):
        if row["unit"] in bad:
            problems.append(
                Problem(f"figures.csv row {n} ({row['figure_id']})", f"unit {row['unit']!r} does not parse")
            )
    return problems[:MAX_PROBLEMS_PER_CHECK]


def check_restatements(figures: list[dict[str, str]]) -> list[Problem]:
    """Every ``same_as`` points at a figure of the same source that the figure restates."""
    from ..semantics.restatements import restates

    by_id = {r["figure_id"]: r for r in figures}
    problems = []
    for n, row in enumerate(figures, 2):
        target = by_id.get(row.get("same_as") or "")
        if target is None:
            continue  # empty, or a dangling key (check_keys reports it)
        if target["source_id"] != row["source_id"] or target["same_as"] or not restates(row, target):
            problems.append(
                Problem(
                    f"figures.csv row {n} ({row['figure_id']})",
                    f"same_as {target['figure_id']!r} ({target['quote']!r}) is not a body figure of the same "
                    f"source that {row['quote']!r} restates",
                )
            )
    return problems[:MAX_PROBLEMS_PER_CHECK]


def check_keys(tables: dict[str, list[dict[str, str]]]) -> list[Problem]:
    """Every foreign key of every table resolves, and primary keys are unique."""
    problems = []
    values: dict[tuple[str, str], set[str]] = {}
    for table in TABLES:
        for col in table.primary_key:
            seen: set[str] = set()
            for n, row in enumerate(tables.get(table.name, []), 2):
                if row[col] in seen:
                    problems.append(Problem(f"{table.name}.csv row {n}", f"duplicate {col} {row[col]!r}"))
                seen.add(row[col])
            values[(table.name, col)] = seen
    for table in TABLES:
        for fk in table.foreign_keys:
            target = fk["reference"]["resource"] or table.name
            col, ref = fk["fields"][0], fk["reference"]["fields"][0]
            known = values.get((target, ref), set())
            for n, row in enumerate(tables.get(table.name, []), 2):
                if row[col] and row[col] not in known:
                    problems.append(Problem(f"{table.name}.csv row {n}", f"{col} {row[col]!r} is not a {target}.{ref}"))
    return problems[:MAX_PROBLEMS_PER_CHECK]


def check_coverage(
    tables: dict[str, list[dict[str, str]]], texts: dict[str, str], paths: dict[str, str]
) -> list[Problem]:
    """Every digit and number word of a seed lies inside a figure, a date or an exclusion."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for name in MENTION_TABLES:
        for row in tables.get(name, []):
            spans[row["source_id"]].append((int(row["start"]), int(row["end"])))
    problems = []
    for sid, text in texts.items():
        starts = line_starts(text)
        for s, e in uncovered(text, spans[sid]):
            problems.append(
                Problem(
                    f"{paths[sid]}:{line_at(starts, s)}",
                    f"numeral {text[s:e]!r} at [{s}, {e}) is in no figure, date or exclusion "
                    "(if it is not a claim, add an [[exclude]] entry with a reason to the annotations file)",
                )
            )
    return problems[:MAX_PROBLEMS_PER_CHECK]


def check_rebuild(root: Path, tables: dict[str, list[dict[str, str]]]) -> list[Problem]:
    """The tables equal a fresh extraction of the seeds, row by row and cell by cell."""
    from ..package.tables import process_source, source_row

    expected: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
    for s in tables.get("sources", []):
        source = read_source(root / s["path"])
        result = process_source(source)
        expected["sources"].append(source_row(source, root))
        expected["figures"] += result.figures
        expected["dates"] += result.dates
        expected["exclusions"] += result.exclusions
        expected["annotations"] += result.annotations
    problems: list[Problem] = []
    for table in TABLES:
        key = table.primary_key[0]
        want = {cell(r[key]): {c: cell(r.get(c)) for c in table.columns} for r in expected[table.name]}
        have = {r[key]: (n, r) for n, r in enumerate(tables.get(table.name, []), 2)}
        for k, (n, row) in have.items():
            if k not in want:
                problems.append(
                    Problem(f"{table.name}.csv row {n} ({k})", "no such row in a fresh extraction of the seed")
                )
                continue
            for c in table.columns:
                if row[c] != want[k][c]:
                    problems.append(
                        Problem(
                            f"{table.name}.csv row {n} ({k})",
                            f"{c} is {row[c]!r}; the seed gives {want[k][c]!r}",
                        )
                    )
        for k in want:
            if k not in have:
                problems.append(Problem(f"{table.name}.csv", f"row {k} of a fresh extraction is missing"))
    return problems[:MAX_PROBLEMS_PER_CHECK]


def validate_package(pkg: Path, use_frictionless: bool = True) -> list[Problem]:
    """Every check, in order; an empty list means the package is valid."""
    desc = load_descriptor(pkg)
    root = pkg.absolute().parent
    tables, problems = check_files(pkg, desc)
    if use_frictionless:
        problems += check_frictionless(pkg)
    sources = tables.get("sources", [])
    texts, seed_problems = check_seeds(root, sources)
    problems += seed_problems
    problems += check_quotes(tables, texts)
    problems += check_units(tables.get("figures", []))
    problems += check_keys(tables)
    problems += check_restatements(tables.get("figures", []))
    problems += check_coverage(tables, texts, {s["source_id"]: s["path"] for s in sources})
    if not seed_problems and len(tables) == len(TABLES):
        problems += check_rebuild(root, tables)
    return problems
