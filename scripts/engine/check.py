"""Validating a multi-part package shard by shard, in parallel, with the proof by hashes.

Every file is read through ``newsfigures.package.safe_io`` (a package from anyone: regular files
inside the package folder, no link followed, sizes counted on what is read, never the network); a
worker opens the package folder itself and reads its shard's parts relative to it.

For each shard (part ``k`` of every table) a worker checks the parts' bytes and hashes against the
descriptor, re-derives their Parquet copies, runs Frictionless on the shard (the parts as a package
of their own, foreign keys included), then the project's checks
(``newsfigures.package.validate.check_tables``: seeds, quotes, patterns, units, keys, coverage,
semantics, restatements, and the tables against a fresh extraction).

The last is where hashes spare the second extraction: an article's rows are *proven* when, for the
key of its current inputs (the bytes of the article, its sidecar and its annotation file, and the
extractor's version), the cache holds an extraction whose rows hash, table by table, to the rows the
package holds for that article. Only the articles not proven are extracted again and compared cell
by cell. ``full=True`` (``newsfigures validate --full``) proves nothing by hash: every article is
extracted again, an independent check that does not trust the cache.

A shard that passed every check is remembered under the hash of its parts, of its articles' keys
and of the extractor's version; the same shard is not checked again by the next build (unless
``full``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections import defaultdict
from importlib import metadata
from pathlib import Path
from typing import Any

from ..interrupts import checkpoint
from ..package.fields import TABLES, TABLES_BY_NAME
from ..package.safe_io import MAX_RESOURCE_BYTES, Folder, UnsafeRead, plain_parts
from ..package.validate import (
    Problem,
    check_frictionless,
    check_tables,
    read_table,
)
from ..package.write import DESCRIPTOR, resource_hash
from .articles import companions, input_digests, read_by_build, resolved, rows_blob
from .cache import ArticleCache, blob_digest, default_url
from .fingerprint import extractor_version, key_of
from .layout import described_parts, parquet_bytes
from .progress import bar
from .runtime import current

Shard = dict[str, dict[str, Any]]


def multipart(desc: dict[str, Any]) -> bool:
    """Whether a descriptor's tables are cut into parts (a list of paths)."""
    resources = desc.get("resources")
    return isinstance(resources, list) and any(
        isinstance(r, dict) and isinstance(r.get("path"), list) for r in resources
    )


def shards_of(desc: dict[str, Any]) -> tuple[list[Shard], list[Problem]]:
    """The shards a descriptor describes: part k of every table; a problem when counts differ."""
    listed = {r.get("name"): r for r in desc.get("resources", []) if isinstance(r, dict)}
    problems = [Problem(DESCRIPTOR, f"resource {t.name!r} is missing") for t in TABLES if t.name not in listed]
    if problems:
        return [], problems
    parts = {t.name: described_parts(listed[t.name]) for t in TABLES}
    parquet = {t.name: listed[t.name].get("parquet") or [] for t in TABLES}
    counts = {len(p) for p in parts.values()}
    if len(counts) != 1 or any(not isinstance(p, list) for p in parquet.values()):
        return [], [Problem(DESCRIPTOR, "the tables are not cut into the same number of parts")]
    shards = []
    for k in range(counts.pop()):
        shard = {}
        for t in TABLES:
            part = dict(parts[t.name][k]) if isinstance(parts[t.name][k], dict) else {}
            part["parquet"] = parquet[t.name][k] if k < len(parquet[t.name]) else None
            shard[t.name] = part
        shards.append(shard)
    return shards, []


def safe_inputs(
    root: Path, relpath: str, index: ArticleCache | None, dirs: dict[str, str] | None = None, built: bool = False
) -> tuple[str, str, str] | None:
    """Digests of an article named by the sources table and of its companions (None: unreadable, or
    outside the package's parent folder after resolving links: then it is not read). ``dirs``: the
    folders resolved so far in this pass (``articles.resolved``). ``built``: an article the running
    build read is taken as it read it (``articles.read_by_build``; not for ``validate --full``)."""
    try:
        parts = plain_parts(relpath)
    except UnsafeRead:
        return None
    base = str(root.resolve())
    joined = os.path.join(str(root), *parts)
    try:
        real_path = resolved(joined, dirs)
    except (OSError, RuntimeError):
        return None
    if not inside(real_path, base):
        return None
    known = read_by_build(real_path) if built else None
    if known is not None and not any(os.path.islink(c) for c in companions(real_path)):
        return known
    if not os.path.isfile(real_path):
        return None
    for companion in companions(real_path):
        if os.path.islink(companion) and not inside(os.path.realpath(companion), base):
            return None
    try:
        return input_digests(real_path, index, real_path)
    except Exception:
        return None


def inside(path: str, base: str) -> bool:
    """Whether a resolved path lies under a resolved folder."""
    return path.startswith(base.rstrip(os.sep) + os.sep)


def article_keys(
    root: Path, sources: list[dict[str, str]], version: str, index: ArticleCache | None, built: bool = False
) -> list[str]:
    """The key of each article's current inputs (``-`` for an article that cannot be read); files
    recorded unchanged in ``index`` are not read again (``articles.input_digests``); ``built``: see
    :func:`safe_inputs`."""
    keys = []
    dirs: dict[str, str] = {}
    for s in sources:
        digests = safe_inputs(root, s.get("path", ""), index, dirs, built)
        keys.append("-" if digests is None else key_of(version, s.get("path", ""), digests))
    return keys


def proven_sources(tables: dict[str, list[dict[str, str]]], keys: list[str], cache: ArticleCache | None) -> set[str]:
    """Source ids whose rows are, table by table, the rows of a cached extraction of their current
    inputs (the cache checks that an entry's rows hash to the digests recorded at extraction)."""
    if cache is None:
        return set()
    by_source: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for t in TABLES:
        for row in tables.get(t.name, []):
            by_source[row.get("source_id", "")][t.name].append(row)
    proven: set[str] = set()
    for s, key in zip(tables.get("sources", []), keys, strict=True):
        entry = cache.get(key) if key != "-" else None
        if entry is None:
            continue
        rows = by_source[s["source_id"]]
        digests = entry.get("digests", {})
        if all(blob_digest(rows_blob(t.columns, rows.get(t.name, []))) == digests.get(t.name) for t in TABLES):
            proven.add(s["source_id"])
    return proven


def proof(root: Path, tables: dict[str, list[dict[str, str]]], cache_url: str | None, full: bool) -> set[str]:
    """The source ids of a set of tables proven by hashes (none when ``full`` or without a cache)."""
    if full or not cache_url:
        return set()
    cache = ArticleCache(cache_url)
    keys = article_keys(
        root, tables.get("sources", []), extractor_version(), cache if current().index else None, built=True
    )
    return proven_sources(tables, keys, cache)


def default_cache(pkg: Path) -> str:
    """The cache of the command, else the user's (``cache.default_url``)."""
    runner = current()
    return runner.cache_url if runner.cache_url is not None else default_url()


def read_parts(folder: Folder, shard: Shard, problems: list[Problem]) -> tuple[dict[str, bytes], list[Any]]:
    """The bytes of a shard's parts and Parquet copies, checked against the descriptor; their hashes."""
    payloads: dict[str, bytes] = {}
    hashes = []
    for t in TABLES:
        for part in (shard[t.name], shard[t.name].get("parquet") or {}):
            if not part:
                continue
            path = part.get("path")
            try:
                data = folder.read(path, MAX_RESOURCE_BYTES)  # type: ignore[arg-type]
            except UnsafeRead as exc:
                problems.append(Problem(str(path)[:200], str(exc)))
                continue
            hashes.append(part.get("hash"))
            if len(data) != part.get("bytes") or resource_hash(data) != part.get("hash"):
                problems.append(
                    Problem(str(path), "bytes or sha256 differ from the descriptor: the file changed after the build")
                )
            payloads[str(path)] = data
    return payloads, hashes


def check_shard(
    shard: Shard,
    pkg: str,
    desc_part: dict[str, Any],
    cache_url: str | None,
    full: bool,
    only_if_known: bool = False,
    index: bool = True,
) -> tuple[list[Problem], list[str]] | None:
    """Every check of one shard; its problems and its source ids. ``only_if_known``: None unless the
    shard is one already checked (the quick pass that keeps unchanged shards off the workers: it
    only hashes files and reads the sources part). ``index``: whether the cache records the files'
    stat signatures (``Runner.index``)."""
    try:
        folder = Folder(pkg)
    except UnsafeRead as exc:
        return [Problem(pkg, str(exc))], []
    with folder:
        return _check_shard(folder, shard, desc_part, cache_url, full, only_if_known, index)


def _check_shard(
    folder: Folder,
    shard: Shard,
    desc_part: dict[str, Any],
    cache_url: str | None,
    full: bool,
    only_if_known: bool,
    index: bool = True,
) -> tuple[list[Problem], list[str]] | None:
    """:func:`check_shard` on an opened package folder."""
    root = folder.path.absolute().parent
    problems: list[Problem] = []
    payloads, hashes = read_parts(folder, shard, problems)
    tables: dict[str, list[dict[str, str]]] = {}
    sources = parse(payloads, shard, "sources", problems)
    if sources is None:
        return None if only_if_known else (problems, [])
    tables["sources"] = sources
    ids = [s["source_id"] for s in sources]
    files_ok = not problems
    cache = ArticleCache(cache_url) if cache_url else None
    version = extractor_version()
    keys = article_keys(root, sources, version, None if full or not index else cache, built=not full)
    try:
        frictionless_version = metadata.version("frictionless")
    except metadata.PackageNotFoundError:  # pragma: no cover
        frictionless_version = "-"
    shard_key = hashlib.sha256(json.dumps([version, frictionless_version, hashes, keys]).encode()).hexdigest()
    if files_ok and cache is not None and not full and cache.get(shard_key, "checks") is not None:
        return [], ids
    if only_if_known:
        return None
    for t in TABLES[1:]:
        rows = parse(payloads, shard, t.name, problems)
        if rows is not None:
            tables[t.name] = rows
    for t in TABLES:
        data = payloads.get(str(shard[t.name].get("path")))
        if data is not None:
            problems += check_parquet(payloads, t.name, data, shard[t.name].get("parquet"))
    if len(tables) < len(TABLES):
        return problems, ids  # the checks below need every table
    proven = set() if full else proven_sources(tables, keys, cache)
    if desc_part:
        csv_payloads = {str(shard[t.name]["path"]): payloads[str(shard[t.name]["path"])] for t in TABLES}
        problems += [rename(p, shard) for p in check_frictionless(shard_descriptor(desc_part, shard), csv_payloads)]
    verdicts = known_units(cache, version) if cache is not None and not full else {}
    learnt = len(verdicts)
    problems += [rename(p, shard) for p in check_tables(root, tables, proven, verdicts)]
    if cache is not None and not full and len(verdicts) > learnt:
        keep_units(cache, version, verdicts)
    if not problems and cache is not None:
        cache.put(shard_key, {"blobs": {}, "digests": {}}, "checks")
    return problems, ids


def units_key(version: str) -> str:
    """The cache key of the unit verdicts of an extractor version (which covers the unit checks' code
    and the versions of pint and pycountry)."""
    return hashlib.sha256(f"units\0{version}".encode()).hexdigest()


def known_units(cache: ArticleCache, version: str) -> dict[tuple[str, str], str]:
    """(kind, unit) -> problem (empty: none) as found by earlier checks with this extractor version:
    a part whose units were all seen before is checked without loading pint's registry (0.6 s of CPU,
    most of the check of one changed part)."""
    entry = cache.get(units_key(version), "checks")
    rows = entry.get("verdicts") if entry is not None else None
    if not isinstance(rows, list):
        return {}
    return {
        (r[0], r[1]): r[2] for r in rows if isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r)
    }


def keep_units(cache: ArticleCache, version: str, verdicts: dict[tuple[str, str], str]) -> None:
    """Record the unit verdicts (with those another process recorded meanwhile)."""
    merged = {**known_units(cache, version), **verdicts}
    rows = [[kind, unit, problem] for (kind, unit), problem in sorted(merged.items())]
    cache.put(units_key(version), {"blobs": {}, "digests": {}, "verdicts": rows}, "checks")


def shard_descriptor(desc: dict[str, Any], shard: Shard) -> dict[str, Any]:
    """The descriptor of one shard as a package of its own (each resource one part): Frictionless
    validates it whole, foreign keys included (an article's rows are all in one shard)."""
    out = dict(desc)
    resources = []
    for r in desc["resources"]:
        part = shard[r["name"]]
        one = {k: v for k, v in r.items() if k not in ("parts", "parquet")}
        one.update(path=part["path"], bytes=part["bytes"], hash=part["hash"])
        resources.append(one)
    out["resources"] = resources
    out.pop("sources", None)
    return out


def parse(payloads: dict[str, bytes], shard: Shard, table: str, problems: list[Problem]) -> list[dict[str, str]] | None:
    """The rows of a table's part in a shard; None (with a problem) when it cannot be read as the schema says."""
    path = str(shard[table].get("path"))
    if path not in payloads:
        return None
    try:
        rows = read_table(payloads[path])
    except (UnicodeDecodeError, csv.Error, ValueError) as exc:
        problems.append(Problem(path, f"cannot parse as UTF-8 CSV: {exc}"))
        return None
    columns = TABLES_BY_NAME[table].columns
    header = list(rows[0].keys()) if rows else columns
    if header != columns:
        problems.append(Problem(path, f"columns {header} differ from the schema {columns}"))
        return None
    return rows


def rename(problem: Problem, shard: Shard) -> Problem:
    """Name the part file instead of the table's one-file name in a problem's place."""
    for t in TABLES:
        plain, actual = f"{t.name}.csv", str(shard[t.name]["path"])
        if plain != actual and problem.where.startswith(plain):
            return Problem(actual + problem.where[len(plain) :], problem.message)
    return problem


def check_parquet(
    payloads: dict[str, bytes], table: str, csv_data: bytes, parquet: dict[str, Any] | None
) -> list[Problem]:
    """The Parquet copy of a part is there (read with the part), as described, and is what the CSV part gives."""
    if not parquet:
        return [Problem(f"{table} part", "has no Parquet copy in the descriptor")]
    path = str(parquet.get("path"))
    data = payloads.get(path)
    if data is None:
        return []  # its read already reported a problem
    try:
        again = parquet_bytes(table, csv_data)
    except Exception as exc:
        return [Problem(path, f"the CSV part does not convert to Parquet: {exc}")]
    if again != data:
        return [Problem(path, "is not the Parquet copy of its CSV part")]
    return []


def validate_parts(
    folder: Folder, desc: dict[str, Any], use_frictionless: bool = True, full: bool = False, quiet: bool = True
) -> list[Problem]:
    """Every check of a multi-part package, shard by shard on the current runner; [] means valid."""
    shards, problems = shards_of(desc)
    if problems:
        return problems
    runner = current()
    # Frictionless' check of the descriptor goes to a worker when the build's workers are up (it
    # then overlaps the quick pass below, a second or so of this process's time saved).
    described = runner.submit(frictionless_descriptor, desc) if use_frictionless and runner.started else None
    if use_frictionless and described is None:
        problems += frictionless_descriptor(desc)
    seen: dict[str, int] = {}  # lower-cased source id -> index of its shard
    pkg = folder.path
    cache_url = default_cache(pkg)
    desc_part = {k: v for k, v in desc.items() if k != "sources"} if use_frictionless else {}
    args = (str(pkg.absolute()), desc_part, cache_url, full, False, runner.index)
    with bar(len(shards), "validating", "part", quiet) as progress:
        # Shards already checked (same parts, same inputs, same code) are recognized here, in this
        # process (a quick pass: hashes of the files, the sources part, the inputs as the build read
        # them); the others go to the runner. (Sent to the workers too, the shards they took made
        # them read every input again: at the end of a two-worker build the worker's share of the
        # quick pass was the longer.)
        known = [
            None if full else _check_shard(folder, shard, desc_part, cache_url, full, True, runner.index)
            for shard in shards
        ]
        todo = [shard for shard, result in zip(shards, known, strict=True) if result is None]
        progress.update(len(shards) - len(todo))
        checked = iter(runner.map(check_shard, todo, *args, count=len(todo)))
        for number, (shard, result) in enumerate(zip(shards, known, strict=True)):
            checkpoint()
            if result is None:
                result = next(checked)
                progress.update(1)
            assert result is not None
            found, ids = result
            problems += found
            for sid in ids:
                if sid.lower() in seen:
                    where = str(shard["sources"]["path"])
                    other = shards[seen[sid.lower()]]["sources"]["path"]
                    problems.append(Problem(where, f"source id {sid!r} is also in {other}"))
                seen[sid.lower()] = number
    problems += check_no_workbook(folder)
    if described is not None:
        try:
            problems = described.result() + problems
        except Exception:  # the worker was lost (or the check failed there): check it here
            problems = frictionless_descriptor(desc) + problems
    return problems


def check_no_workbook(folder: Folder) -> list[Problem]:
    """A multi-part package has no workbook (beyond what a spreadsheet opens): one there is not the build's."""
    from ..package.spreadsheet import WORKBOOK

    try:
        os.stat(WORKBOOK, dir_fd=folder.fd, follow_symlinks=False)
    except FileNotFoundError:
        return []
    return [Problem(WORKBOOK, "a multi-part package has no workbook: this file is not the build's")]


def workbook_key(part_hashes: list[Any], workbook_hash: str) -> str:
    """The cache key recording that a workbook is what the CSVs of these hashes give (with this code:
    the extractor's version covers every file of the package)."""
    return hashlib.sha256(
        json.dumps(["workbook", extractor_version(), part_hashes, workbook_hash]).encode()
    ).hexdigest()


def workbook_recorded(folder: Folder, desc: dict[str, Any], cache_url: str | None) -> bool:
    """Whether the cache records the workbook of a one-file package as what its CSVs give (the
    build that wrote both records it): the descriptor's hashes of the CSVs, checked against the
    files by ``check_files``, and the workbook's bytes as read now."""
    from ..package.spreadsheet import WORKBOOK

    if not cache_url:
        return False
    listed = {r.get("name"): r for r in desc.get("resources", []) if isinstance(r, dict)}
    try:
        hashes = [listed[t.name]["hash"] for t in TABLES]
        data = folder.read(WORKBOOK, MAX_RESOURCE_BYTES)
    except (KeyError, UnsafeRead):
        return False
    return ArticleCache(cache_url).get(workbook_key(hashes, resource_hash(data)), "checks") is not None


def frictionless_descriptor(desc: dict[str, Any]) -> list[Problem]:
    """Frictionless' check of the descriptor alone (each part's data is checked by its shard)."""
    import frictionless

    from ..package.safe_io import remote_references

    refused = remote_references(desc)
    if refused:
        return [Problem(DESCRIPTOR, f"{line}; Frictionless was not run") for line in refused]
    try:
        report = frictionless.Package.validate_descriptor(json.loads(json.dumps(desc)))
    except Exception as exc:
        return [Problem(DESCRIPTOR, f"frictionless cannot read it: {exc}")]
    return [Problem(DESCRIPTOR, f"frictionless {e.type}: {e.message}") for e in report.errors[:50]]
