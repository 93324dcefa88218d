"""Validating a package: Frictionless' own validation plus the project's checks.

Our checks, each naming the file and row of a problem:

- every resource's bytes and sha256 match the descriptor (a CSV edited after the build);
- every seed's file exists and its sha256 matches the sources table;
- every quote equals the seed text at its offsets, and its line, sentence and display form agree;
- every ``same_as`` links figures of one source that restate each other (kind, unit, rounding);
- every unit parses in the project registry, with the dimensionality of its kind (a duration converts
  to years, money is one currency, a percent or count is dimensionless);
- every foreign key resolves;
- every figure's measure, subject and counterpart evidence is the text at its offsets, and its period
  the value of the date expression it links to (or a reviewer's);
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..extraction.dates.values import granularity_of, shift_value
from ..extraction.mentions import numerals
from ..extraction.merge import SpanSet
from ..package.fields import TABLES, TABLES_BY_NAME
from ..package.provenance import clip_context, display_form, line_at, line_starts
from ..package.safe_io import (
    MAX_DESCRIPTOR_BYTES,
    MAX_RESOURCE_BYTES,
    Folder,
    UnsafeRead,
    parse_json,
    plain_parts,
    read_file,
    remote_references,
)
from ..package.write import DESCRIPTOR, cell, resource_hash
from ..semantics.period import PART_OF_YEAR, PREVIOUS_UNITS
from ..sources import MAX_BYTES, decode_seed, read_source

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


def load_descriptor(folder: Folder) -> dict[str, Any]:
    """Parse the descriptor of an opened package folder; a missing or broken one is an InputError."""
    path = folder.path / DESCRIPTOR
    try:
        data = folder.read(DESCRIPTOR, MAX_DESCRIPTOR_BYTES)
    except UnsafeRead as exc:
        if "No such file" in str(exc):
            raise InputError(path, "no descriptor: is this a package built by newsfigures?") from None
        raise InputError(path, f"the descriptor {exc}") from None
    try:
        desc = parse_json(data)
    except ValueError as exc:
        raise InputError(path, f"the descriptor is {exc}") from None
    if not isinstance(desc, dict):
        raise InputError(path, f"the descriptor must be a JSON object, not {type(desc).__name__}")
    return desc


def read_table(data: bytes) -> list[dict[str, str]]:
    """Rows of a CSV payload as dicts of strings; ValueError naming the first row whose width is wrong."""
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader, [])
    rows = []
    for n, values in enumerate(reader, 2):
        if len(values) != len(header):
            raise ValueError(f"row {n} has {len(values)} fields, the header has {len(header)}")
        rows.append(dict(zip(header, values, strict=True)))
    return rows


def resources_of(desc: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """The descriptor's resources by name, and what is malformed about the list."""
    resources = desc.get("resources")
    if not isinstance(resources, list):
        return {}, [Problem(DESCRIPTOR, f"resources must be a list, not {type(resources).__name__}")]
    listed: dict[str, dict[str, Any]] = {}
    problems = []
    for n, r in enumerate(resources):
        if not isinstance(r, dict) or not isinstance(r.get("name"), str):
            problems.append(Problem(DESCRIPTOR, f"resource {n} must be an object with a name"))
        elif not isinstance(r.get("path"), str):
            problems.append(Problem(DESCRIPTOR, f"resource {r['name']!r} has no path (a string)"))
        else:
            listed[r["name"]] = r
    return listed, problems


def check_files(
    folder: Folder, desc: dict[str, Any]
) -> tuple[dict[str, list[dict[str, str]]], dict[str, bytes], list[Problem]]:
    """Each resource's file against the descriptor's bytes and hash; the rows of those that load, and the
    bytes read (by path: the snapshot the other checks and Frictionless see)."""
    tables: dict[str, list[dict[str, str]]] = {}
    payloads: dict[str, bytes] = {}
    listed, problems = resources_of(desc)
    for listed_resource in listed.values():
        path = listed_resource["path"]
        try:
            payloads[path] = folder.read(path, MAX_RESOURCE_BYTES)
        except UnsafeRead as exc:
            problems.append(Problem(_one_line(path, 200), str(exc)))
    for table in TABLES:
        resource = listed.get(table.name)
        if resource is None:
            problems.append(Problem(DESCRIPTOR, f"resource {table.name!r} is missing"))
            continue
        data = payloads.get(resource["path"])
        if data is None:
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
        except (UnicodeDecodeError, csv.Error, ValueError) as exc:
            problems.append(Problem(resource["path"], f"cannot parse as UTF-8 CSV: {exc}"))
            continue
        header = list(rows[0].keys()) if rows else _header(data)
        if header != table.columns:
            problems.append(Problem(resource["path"], f"columns {header} differ from the schema {table.columns}"))
            continue
        tables[table.name] = rows
    return tables, payloads, problems


def _header(data: bytes) -> list[str]:
    """The header row of a CSV payload (already known to parse)."""
    return next(csv.reader(io.StringIO(data.decode("utf-8"), newline="")), [])


def check_frictionless(desc: dict[str, Any], payloads: dict[str, bytes]) -> list[Problem]:
    """Frictionless' validation of the descriptor and every resource, on the snapshot read.

    Frictionless gets a private copy of the bytes this validation read (so it sees the same build
    as our checks) and never a reference it would fetch: remote paths, schemas and dialects and
    custom profiles are refused first (:func:`newsfigures.package.safe_io.remote_references`).
    """
    import tempfile

    refused = remote_references(desc)
    if refused:
        return [Problem(DESCRIPTOR, f"{line}; Frictionless was not run") for line in refused]
    import frictionless

    with tempfile.TemporaryDirectory(prefix="newsfigures-validate-") as tmp:
        for path, data in payloads.items():
            target = Path(tmp, *plain_parts(path))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        Path(tmp, DESCRIPTOR).write_text(json.dumps(desc), encoding="utf-8")
        try:
            report = frictionless.validate(str(Path(tmp, DESCRIPTOR)))
        except Exception as exc:  # Frictionless' own errors on a malformed descriptor
            return [Problem(DESCRIPTOR, f"frictionless cannot read it: {_one_line(exc)}")]
    if report.valid:
        return []
    problems = []
    for task in report.tasks:
        for error in task.errors[:MAX_PROBLEMS_PER_CHECK]:
            row = getattr(error, "row_number", None)
            where = f"{task.name}.csv" + (f" row {row}" if row else "")
            problems.append(Problem(where, f"frictionless {error.type}: {_one_line(error.message)}"))
    for error in report.errors[:MAX_PROBLEMS_PER_CHECK]:
        problems.append(Problem(DESCRIPTOR, f"frictionless {error.type}: {_one_line(error.message)}"))
    return problems


def _one_line(value: object, limit: int = 300) -> str:
    """A message on one line, not longer than ``limit`` characters."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- our checks -----------------------------------------------------------------------------


def check_seeds(root: Path, sources: list[dict[str, str]]) -> tuple[dict[str, str], list[Problem]]:
    """Each seed file exists and matches its sha256; returns source_id -> text."""
    texts: dict[str, str] = {}
    problems = []
    for n, s in enumerate(sources, 2):
        where = f"sources.csv row {n} ({_one_line(s['source_id'], 80)})"
        try:
            data = read_seed(root, s["path"])
        except UnsafeRead as exc:
            problems.append(Problem(where, f"seed {_one_line(s['path'], 200)} {exc}"))
            continue
        if hashlib.sha256(data).hexdigest() != s["sha256"]:
            problems.append(Problem(where, f"seed {s['path']} changed since the build: its sha256 differs"))
            continue
        try:
            texts[s["source_id"]] = decode_seed(data, s["path"])
        except InputError as exc:
            problems.append(Problem(where, str(exc)))
    return texts, problems


def read_seed(root: Path, name: str) -> bytes:
    """A seed named by the sources table: a regular file inside the package's parent folder (links
    resolved), at most the size of an article; UnsafeRead otherwise."""
    path = Path(root, *plain_parts(name))
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise UnsafeRead(f"cannot be read: {getattr(exc, 'strerror', None) or exc}") from None
    if not resolved.is_relative_to(root.resolve()):
        raise UnsafeRead("lies outside the package's parent folder (after resolving links): not read")
    return read_file(resolved, MAX_BYTES)


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
            elif "sentence" in row and (context_problem := _context_problem(row, text, start, end)):
                problems.append(Problem(where, context_problem))
            elif row.get("display") != display_form(row["quote"]):
                problems.append(Problem(where, f"display {row.get('display')!r} is not the quote without escapes"))
            if len(problems) >= MAX_PROBLEMS_PER_CHECK:
                return problems
    return problems


def _context_problem(row: dict[str, str], text: str, start: int, end: int) -> str:
    """What is wrong with a row's bounded context and sentence offsets, or ''."""
    try:
        s, e = int(row.get("sentence_start", "")), int(row.get("sentence_end", ""))
    except ValueError:
        return "sentence_start and sentence_end must be integers"
    if not 0 <= s <= start <= end <= e <= len(text):
        return f"the sentence [{s}, {e}) does not hold the quote [{start}, {end})"
    if row["sentence"] != clip_context(text, start, end, s, e):
        return "the sentence is not the text around the quote"
    return ""


def check_workbook(folder: Folder, desc: dict[str, Any], payloads: dict[str, bytes]) -> list[Problem]:
    """The spreadsheet copy holds exactly the CSVs read (it is made again from them and compared)."""
    from ..package.spreadsheet import WORKBOOK, xlsx_bytes

    listed, _ = resources_of(desc)
    by_table = {t.name: payloads.get(listed[t.name]["path"], b"") for t in TABLES if t.name in listed}
    try:
        data = folder.read(WORKBOOK, MAX_RESOURCE_BYTES)
    except UnsafeRead as exc:
        return [Problem(WORKBOOK, str(exc))]
    if data != xlsx_bytes(by_table):
        return [Problem(WORKBOOK, "differs from the CSVs: the workbook changed after the build")]
    return []


def check_patterns(tables: dict[str, list[dict[str, str]]]) -> list[Problem]:
    """Every cell of a field with a pattern matches it whole (Frictionless' ``^...$`` lets a final newline
    through, so a source id ``x\n`` would pass there)."""
    import re

    problems = []
    for table in TABLES:
        for f in table.fields:
            if f.pattern is None:
                continue
            rx = re.compile(f.pattern)
            key = table.primary_key[0]
            for n, row in enumerate(tables.get(table.name, []), 2):
                value = row.get(f.name, "")
                if value and not rx.fullmatch(value):
                    where = f"{table.name}.csv row {n} ({_one_line(row.get(key, ''), 80)})"
                    problems.append(Problem(where, f"{f.name} {_one_line(value, 80)!r} does not match {f.pattern}"))
    return problems[:MAX_PROBLEMS_PER_CHECK]


def check_units(figures: list[dict[str, str]], verdicts: dict[tuple[str, str], str] | None = None) -> list[Problem]:
    """Every unit cell parses in the project registry and its dimensionality fits the figure's kind.

    A duration converts to years, money has one currency dimension, a percent or count is
    dimensionless (:func:`newsfigures.package.units.kind_problem`): pint's ``decade`` (a logarithmic
    ratio) as a duration, or ``pound`` (a mass) as money, is named here. ``verdicts``: (kind, unit)
    -> problem already known (the engine keeps them per extractor version, which covers this code
    and pint's: loading pint's registry is most of a small check); the new ones are added to it.
    """
    from ..package.units import kind_problem

    problems = []
    verdicts = {} if verdicts is None else verdicts
    for n, row in enumerate(figures, 2):
        key = (row.get("kind", ""), row["unit"])
        if key not in verdicts:
            verdicts[key] = kind_problem(*key)
        if verdicts[key]:
            problems.append(Problem(f"figures.csv row {n} ({row['figure_id']})", verdicts[key]))
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
            try:
                spans[row["source_id"]].append((int(row["start"]), int(row["end"])))
            except ValueError:
                continue  # check_quotes names the row
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


def check_semantics(tables: dict[str, list[dict[str, str]]], texts: dict[str, str]) -> list[Problem]:
    """Evidence of every figure's what, who and when, checked like a quote.

    The measure is the text at its offsets; a subject's or counterpart's evidence names its code;
    a period links to a date of the same article with the same value (or says a reviewer gave it),
    and has a method exactly when it has a value; decided_by is reviewer exactly when an annotation
    (of the figure or of the figure it restates) exists.
    """
    from ..semantics.places import is_code, names_code

    problems: list[Problem] = []
    dates = {d["date_id"]: d for d in tables.get("dates", [])}
    reviewed = {a["figure_id"] for a in tables.get("annotations", [])}
    for n, row in enumerate(tables.get("figures", []), 2):
        text = texts.get(row["source_id"])
        if text is None:
            continue
        where = f"figures.csv row {n} ({row['figure_id']})"
        for message in _semantic_problems(row, text, dates, reviewed, names_code, is_code):
            problems.append(Problem(where, message))
        if len(problems) >= MAX_PROBLEMS_PER_CHECK:
            break
    return problems


def _period_of(row: dict[str, str], value: str) -> bool:
    """Whether a figure's period is its date's value, or (coordinated: 'in both 2005 and 2006') a span from it, or
    (since: 'has sold 4,000 since its launch in August 2004') a span from its value cut to the month, or (after_base:
    'from 4.6% in the previous quarter') the unit after its value, or (same_part: 'from 2.4bn euros in 2003' against
    a fourth quarter) a quarter, half or month of its year, the only parts the rule gives (``period.PART_OF_YEAR``)."""
    if row["period_method"] == "coordinated":
        return str(row["period"]).startswith(f"{value}/")
    if row["period_method"] == "since":  # from the date's month (or its whole period) on: '2001-09/2005'
        return value.startswith(str(row["period"]).split("/")[0])
    if row["period_method"] == "same_part":  # a quarter, half or month of its year: 'from 2.4bn euros in 2003'
        period = str(row["period"])
        return PART_OF_YEAR.fullmatch(period) is not None and len(value) == 4 and period[:4] == value
    if row["period_method"] == "after_base":  # the unit after its base's: 'from 4.6% in the previous quarter'
        unit = granularity_of(value)
        shifted = shift_value(value, unit, 1) if unit is not None and unit in PREVIOUS_UNITS else None
        return shifted is not None and shifted[0] == row["period"]
    return bool(row["period"] == value)


def _semantic_problems(
    row: dict[str, str],
    text: str,
    dates: dict[str, dict[str, str]],
    reviewed: set[str],
    names_code: Callable[[str, str], bool],
    is_code: Callable[[str], bool],
) -> list[str]:
    """What is wrong with one figure row's semantic columns (``names_code`` and ``is_code``: those of
    ``semantics.places``, which the caller imports when it runs, not when this module loads)."""
    out = []
    for key in ("measure", "subject", "counterpart"):
        s, e = row[f"{key}_start"], row[f"{key}_end"]
        if bool(s) != bool(e) or (s and not row[key]):
            out.append(f"{key}_start and {key}_end must be both given with a {key}, or both empty")
            continue
        if not s:
            continue
        evidence = text[int(s) : int(e)]
        if key == "measure" and evidence != row[key]:
            out.append(f"measure {row[key]!r} is not the text at [{s}, {e}): {evidence!r}")
        if key != "measure" and not names_code(evidence, row[key]):
            out.append(f"{key} {row[key]!r}: the text at [{s}, {e}) is {evidence!r}, which does not name it")
    for key in ("subject", "counterpart"):
        if row[key] and not is_code(row[key]):
            out.append(f"{key} {row[key]!r} is neither an ISO 3166-1 alpha-2 code nor a bloc code")
    if bool(row["period"]) != bool(row["period_method"]):
        out.append("period and period_method must be both given or both empty")
    date = dates.get(row["period_date_id"]) if row["period_date_id"] else None
    if date is not None and (date["source_id"] != row["source_id"] or not _period_of(row, date["value"])):
        out.append(f"period {row['period']!r} is not the value of its date {row['period_date_id']} ({date['value']!r})")
    if row["period"] and not row["period_date_id"] and row["period_method"] != "annotation":
        out.append(f"period {row['period']!r} ({row['period_method']}) links to no date expression")
    is_reviewed = row["figure_id"] in reviewed or (row["equivalent_of"] and row["equivalent_of"] in reviewed)
    if (row["decided_by"] == "reviewer") != bool(is_reviewed):
        out.append(
            f"decided_by is {row['decided_by']!r} but the figure {'has' if is_reviewed else 'has no'} annotation"
        )
    return out


def check_rebuild(
    root: Path, tables: dict[str, list[dict[str, str]]], proven: frozenset[str] | set[str] = frozenset()
) -> list[Problem]:
    """The tables equal a fresh extraction of the seeds, row by row and cell by cell; the rows of the
    ``proven`` sources are skipped (they hash to a cached extraction, see ``newsfigures.engine.check``)."""
    from ..package.tables import process_source, source_row

    expected: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
    for s in tables.get("sources", []):
        if s["source_id"] in proven:
            continue
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
        have = {r[key]: (n, r) for n, r in enumerate(tables.get(table.name, []), 2) if r.get("source_id") not in proven}
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


def validate_package(pkg: Path, use_frictionless: bool = True, full: bool = False, quiet: bool = True) -> list[Problem]:
    """Every check, in order; an empty list means the package is valid.

    The folder is opened once and every file of it read relative to that (one build's files, even
    while another build swaps the folder); if the folder opened was discarded meanwhile (a build
    replaced it), the new one is validated instead, up to three times. A multi-part package is
    checked part by part on the command's workers (``newsfigures.engine.check``). ``full`` extracts
    every article again instead of trusting the hashes of cached extractions.
    """
    for attempt in range(3):
        try:
            folder = Folder(pkg)
        except UnsafeRead as exc:
            raise InputError(pkg, str(exc)) from None
        with folder:
            problems = _validate(folder, use_frictionless, full, quiet)
            if not (problems and folder.removed() and attempt < 2):
                return problems
    return problems  # pragma: no cover - the loop returns


def _validate(folder: Folder, use_frictionless: bool, full: bool = False, quiet: bool = True) -> list[Problem]:
    """The checks of :func:`validate_package` on an opened folder."""
    from ..engine import check as parts

    desc = load_descriptor(folder)
    if parts.multipart(desc):
        return parts.validate_parts(folder, desc, use_frictionless, full, quiet)
    root = folder.path.absolute().parent
    tables, payloads, problems = check_files(folder, desc)
    if use_frictionless:
        problems += _guarded("frictionless", check_frictionless, desc, payloads)
    problems += _guarded("parquet", check_parquet_copies, folder, desc, payloads)
    cache_url = parts.default_cache(folder.path)
    if len(tables) == len(TABLES) and (full or not parts.workbook_recorded(folder, desc, cache_url)):
        problems += _guarded("workbook", check_workbook, folder, desc, payloads)
    proven = _guarded("proof", parts.proof, root, tables, cache_url, full)
    if isinstance(proven, list):
        problems += proven
        proven = set()
    return problems + check_tables(root, tables, proven)


def check_tables(
    root: Path,
    tables: dict[str, list[dict[str, str]]],
    proven: set[str],
    unit_verdicts: dict[tuple[str, str], str] | None = None,
) -> list[Problem]:
    """The project's checks of a set of whole articles' rows (a package, or one part of it), from the
    seeds on; the rows of the ``proven`` sources are not extracted again. ``unit_verdicts``: see
    :func:`check_units`."""
    sources = tables.get("sources", [])
    seeds = _guarded("seeds", check_seeds, root, sources)
    if isinstance(seeds, list):  # the check itself failed: its problem is the list
        return seeds
    texts, seed_problems = seeds
    problems = list(seed_problems)
    problems += _guarded("quotes", check_quotes, tables, texts)
    problems += _guarded("patterns", check_patterns, tables)
    problems += _guarded("units", check_units, tables.get("figures", []), unit_verdicts)
    problems += _guarded("keys", check_keys, tables)
    problems += _guarded("coverage", check_coverage, tables, texts, {s["source_id"]: s["path"] for s in sources})
    problems += _guarded("semantics", check_semantics, tables, texts)
    problems += _guarded("restatements", check_restatements, tables.get("figures", []))
    if not seed_problems and len(tables) == len(TABLES):
        problems += _guarded("rebuild", check_rebuild, root, tables, proven)
    return problems


def check_parquet_copies(folder: Folder, desc: dict[str, Any], payloads: dict[str, bytes]) -> list[Problem]:
    """The Parquet copy of each one-file table: described, read, and what its CSV gives."""
    from ..engine.layout import parquet_bytes

    listed, _ = resources_of(desc)
    problems = []
    for table in TABLES:
        resource = listed.get(table.name)
        data = payloads.get(resource["path"]) if resource else None
        if resource is None or data is None:
            continue
        copies = resource.get("parquet")
        if not isinstance(copies, list) or len(copies) != 1 or not isinstance(copies[0], dict):
            problems.append(Problem(DESCRIPTOR, f"resource {table.name!r}: parquet must list its one Parquet copy"))
            continue
        path = copies[0].get("path")
        try:
            copy = folder.read(path, MAX_RESOURCE_BYTES)  # type: ignore[arg-type]
        except UnsafeRead as exc:
            problems.append(Problem(_one_line(path, 200), str(exc)))
            continue
        if len(copy) != copies[0].get("bytes") or resource_hash(copy) != copies[0].get("hash"):
            problems.append(
                Problem(str(path), "bytes or sha256 differ from the descriptor: the file changed after the build")
            )
        elif copy != parquet_bytes(table.name, data):
            problems.append(Problem(str(path), f"is not the Parquet copy of {resource['path']}"))
    return problems


def _guarded(name: str, check: Callable[..., Any], *args: Any) -> Any:
    """Run one check; an error it raises on a malformed package becomes a problem, never a traceback."""
    try:
        return check(*args)
    except InputError as exc:
        return [Problem(str(exc.path), _one_line(exc.reason))]
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, OSError, RecursionError) as exc:
        return [
            Problem(DESCRIPTOR, f"the {name} check cannot read this package: {type(exc).__name__}: {_one_line(exc)}")
        ]
