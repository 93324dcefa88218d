"""The per-article stage: read one article and its sidecars, extract, annotate, render its rows.

This is what the workers run. An article's result is a plain dict (it travels between processes and
into the cache as JSON): its source id, the CSV text of its rows for every table (``blobs``, no
header) with their digests, what a strict build needs to refuse it, and its descriptor entry. Bad
input comes back as a result with an ``error`` (``path``, ``line``, ``reason``), raised by the
driver in article order, so that the first bad article of the corpus is the one reported whatever
the number of workers.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..package import tables
from ..package.citation import citation_gaps
from ..package.fields import TABLES
from ..package.tables import annotations_path, source_row
from ..package.write import csv_bytes, source_entries
from ..sources import ANNOTATIONS_SUFFIX, META_SUFFIX, SEED_SUFFIX, read_bytes, read_source
from .cache import ArticleCache, blob_digest
from .fingerprint import digest, extractor_version, key_of

Result = dict[str, Any]


def companions(path: str) -> tuple[str, str]:
    """The metadata sidecar and annotation file paths of an article path."""
    stem = path[: -len(SEED_SUFFIX)]
    return stem + META_SUFFIX, stem + ANNOTATIONS_SUFFIX


def read_optional(path: str) -> bytes | None:
    """A file's bytes (a regular file of at most an article's size, read by ``sources.read_bytes``:
    never a device or a FIFO), or None when it does not exist."""
    if not os.path.lexists(path):
        return None
    return read_bytes(Path(path))


def relative(real_path: str, root: str) -> str:
    """An article's resolved path (:func:`resolved`) as the sources table records it (``source_row``):
    relative to the package's parent."""
    return Path(os.path.relpath(real_path, real(root))).as_posix()


def resolved(path: str, dirs: dict[str, str] | None = None) -> str:
    """``os.path.realpath(path)``, resolving each folder once per ``dirs`` (a dict the caller keeps for
    one pass over a corpus): a file that is not a link is its resolved folder joined with its name.
    ``realpath`` looks at every component of every path (about 0.3 ms an article on a loaded machine:
    a third of a rebuild that changed nothing was spent there)."""
    if dirs is None:
        return os.path.realpath(path)
    head, name = os.path.split(path)
    if not name or name in (".", "..") or os.path.islink(path):
        return os.path.realpath(path)
    folder = dirs.get(head)
    if folder is None:
        folder = dirs[head] = os.path.realpath(head or ".")
    return os.path.join(folder, name)


@functools.lru_cache(maxsize=16)
def real(folder: str) -> str:
    """A folder's real path (resolved once per folder)."""
    return os.path.realpath(folder)


def rows_blob(columns: list[str], rows: list[dict[str, Any]]) -> str:
    """The CSV text of rows without the header line, exactly as the package spells them."""
    data = csv_bytes(columns, rows).decode("utf-8")
    return data[data.index("\r\n") + 2 :]


def extract_article(path: str, root: str) -> Result:
    """Read and extract one article, whatever any cache holds."""
    source = read_source(Path(path))
    result = tables.process_source(source)
    srow = source_row(source, Path(root))
    rows = {
        "sources": [srow],
        "figures": result.figures,
        "dates": result.dates,
        "exclusions": result.exclusions,
        "annotations": result.annotations,
    }
    blobs = {t.name: rows_blob(t.columns, rows[t.name]) for t in TABLES}
    return {
        "source_id": source.source_id,
        "file_name": source.file.name,
        "id_from_sidecar": "source_id" in source.sidecar_keys,
        "annotations_path": str(annotations_path(source)),
        "blobs": blobs,
        "digests": {name: blob_digest(b) for name, b in blobs.items()},
        "rows": {name: len(r) for name, r in rows.items()},
        "unannotated": [[f["quote"], f["line"]] for f in result.unannotated],
        "citation_gaps": citation_gaps(srow),
        "undated": source.published is None,
        #: [the dateline, the sidecar's date] where they disagree (the sidecar's is used), else None.
        "dates_differ": [source.dateline.isoformat(), source.published.isoformat()]
        if source.dateline is not None and source.published is not None
        else None,
        "descriptor_source": source_entries([srow])[0],
    }


def stat_signature(paths: tuple[str, ...]) -> str:
    """Size, modification time (ns), inode and device of each file (``-`` if absent)."""
    parts = []
    for p in paths:
        try:
            st = os.stat(p)
        except FileNotFoundError:
            parts.append("-")
            continue
        parts.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}:{st.st_dev}")
    return "|".join(parts)


#: A file modified less than this long ago is hashed every time: a rewrite within the file system's
#: timestamp granularity could leave size and modification time as they were (git's "racy" files).
RACY_NS = 2_000_000_000


def racy(paths: tuple[str, ...]) -> bool:
    """Whether any of the files was modified too recently for its stat signature to be trusted."""
    now = time.time_ns()
    for p in paths:
        try:
            if now - os.stat(p).st_mtime_ns < RACY_NS:
                return True
        except FileNotFoundError:
            continue
    return False


def input_digests(path: str, index: ArticleCache | None, real_path: str | None = None) -> tuple[str, str, str] | None:
    """The digests of a local article, its sidecar and its annotation file (None: no article).

    Like git's index, files whose size, modification time, inode and device are those recorded when
    they were last hashed are not read again (the record is kept in the cache folder); any other file
    is read and hashed. ``validate --full`` passes no index and reads everything. ``real_path``: the
    article's resolved path when the caller knows it."""
    files = (path, *companions(path))
    signature = stat_signature(files) if index is not None else ""  # before the files are read
    entry_key = ""
    if index is not None:
        entry_key = stat_key(real_path if real_path is not None else os.path.realpath(path), signature)
        if entry_key in _SEEN:  # the build looked this file up already; its validation looks again
            return _SEEN[entry_key]
        known = index.get(entry_key, "stat")
        if known is not None and isinstance(known.get("inputs"), list) and len(known["inputs"]) == 3:
            return remember(entry_key, (known["inputs"][0], known["inputs"][1], known["inputs"][2]))
    text = read_optional(path)
    if text is None:
        return None
    found = (digest(text), digest(read_optional(files[1])), digest(read_optional(files[2])))
    if index is not None and stat_signature(files) == signature and not racy(files):
        index.put(entry_key, {"inputs": list(found)}, "stat")
        remember(entry_key, found)
    return found


def stat_key(real_path: str, signature: str) -> str:
    """The key of an article's entry in the stat index: its resolved path and the stat signature of its
    files (:func:`stat_signature`)."""
    return hashlib.sha256(f"{real_path}\0{signature}".encode()).hexdigest()


#: Stat signatures looked up by this process (bounded, about 9 MB): the build's validation finds them here.
_SEEN: dict[str, tuple[str, str, str]] = {}
SEEN_LIMIT = 20_000


#: During a build (:func:`reading`), in the build's process: each article's resolved path -> the
#: digests of its inputs as this build read them (bounded like ``_SEEN``); None otherwise.
_READ: dict[str, tuple[str, str, str]] | None = None


@contextlib.contextmanager
def reading(known: dict[str, tuple[str, str, str]] | None = None) -> Iterator[None]:
    """Keep, for the duration of a build, the digests of the inputs it read (:func:`read_by_build`);
    ``known``: those read by the build for a part checked on a worker (``build.finish_shard``)."""
    global _READ
    previous, _READ = _READ, dict(known or {})
    try:
        yield
    finally:
        _READ = previous


def note_read(real_path: str, digests: tuple[str, str, str]) -> None:
    """Record what the build read of an article (its resolved path)."""
    if _READ is not None and len(_READ) < SEEN_LIMIT:
        _READ[real_path] = digests


def read_by_build(real_path: str) -> tuple[str, str, str] | None:
    """The digests of an article's inputs as the running build read them (None: not read by it, or
    no build running in this process). The build's validation proves its rows against the inputs as
    the build read them, without taking their stat signatures again (a rebuild that changed one
    article of 10,000 spent a tenth of its time there); ``validate`` on its own stats every file."""
    return _READ.get(real_path) if _READ is not None else None


def remember(key: str, digests: tuple[str, str, str]) -> tuple[str, str, str]:
    """Keep a looked-up signature for the rest of the process, up to SEEN_LIMIT of them."""
    if len(_SEEN) < SEEN_LIMIT:
        _SEEN[key] = digests
    return digests


def run_article(
    path: str,
    root: str,
    version: str,
    cache: ArticleCache | None,
    use_cache: bool = True,
    dirs: dict[str, str] | None = None,
    index: bool = True,
) -> Result:
    """One article's result: from the cache when its inputs and the extractor are unchanged, else
    extracted (and stored). ``dirs``: resolved folders (see :func:`resolved`); ``index``: whether to
    look up and record the files' stat signatures in the cache (not in a build's scratch cache, which
    no later build reads)."""
    real_path = resolved(path, dirs)
    digests = input_digests(path, cache if use_cache and index else None, real_path)
    if digests is None:
        raise InputError(path, "cannot read the file: it no longer exists")
    note_read(real_path, digests)
    key = key_of(version, relative(real_path, root), digests)
    if cache is not None and use_cache:
        hit = cache.get(key)
        if hit is not None:
            return {**hit, "key": key, "inputs": list(digests), "real": real_path, "cached": True}
    result = extract_article(path, root)
    if cache is not None:
        cache.put(key, result)
    return {**result, "key": key, "inputs": list(digests), "real": real_path, "cached": False}


def run_batch(
    paths: list[str], root: str, version: str, cache_url: str | None, use_cache: bool = True, index: bool = True
) -> list[Result]:
    """Results of a batch of articles (the unit of work of a worker), errors as values.

    With a cache that records stat signatures (``index``), a batch whose files all have the stat
    signatures recorded when the whole batch was last run is read from one record (``batches``):
    one file read instead of two per article (a rebuild that changed one article of 10,000 read
    20,000 small files). Each result's rows are checked against their digests, as for an article's
    entry; the record is written only when no file was modified too recently to be trusted
    (:data:`RACY_NS`)."""
    mine = extractor_version()
    if mine != version:
        return [{"error": [paths[0], None, "this worker runs a different newsfigures (extractor version differs)"]}]
    cache = ArticleCache(cache_url) if cache_url else None
    dirs: dict[str, str] = {}
    record = batch_record(paths, root, version, dirs) if cache is not None and use_cache and index else None
    if record is not None and cache is not None:
        known = recorded_batch(cache, record)
        if known is not None:
            return known
    out: list[Result] = []
    for path in paths:
        try:
            out.append(run_article(path, root, version, cache, use_cache, dirs, index))
        except InputError as exc:
            out.append({"error": [str(exc.path), exc.line, exc.reason]})
            break  # the driver stops at the first error
    if record is not None and cache is not None and "error" not in out[-1]:
        files = tuple(f for path in paths for f in (path, *companions(path)))
        if batch_record(paths, root, version, dirs) == record and not racy(files):
            entries = [{k: v for k, v in r.items() if k != "cached"} for r in out]
            cache.put(record[0], {"results": entries, "stats": record[1]}, "batches")
    return out


def batch_record(paths: list[str], root: str, version: str, dirs: dict[str, str]) -> tuple[str, list[list[str]]] | None:
    """The key of a batch's record (extractor version, package parent, each article's resolved path
    and the stat signatures of its three files) and, per article, its resolved path and the key of
    its stat-index entry (``input_digests``)."""
    stats = []
    for path in paths:
        real_path = resolved(path, dirs)
        signature = stat_signature((path, *companions(path)))
        stats.append([real_path, stat_key(real_path, signature)])
    key = hashlib.sha256("\0".join([version, real(root), *(s[1] for s in stats)]).encode()).hexdigest()
    return key, stats


def recorded_batch(cache: ArticleCache, record: tuple[str, list[list[str]]]) -> list[Result] | None:
    """A batch's results from its record, or None (absent, damaged, or not this batch's)."""
    entry = cache.get(record[0], "batches")
    if entry is None or entry.get("stats") != record[1] or not isinstance(entry.get("results"), list):
        return None
    out = []
    for r in entry["results"]:
        blobs, digests = r.get("blobs", {}), r.get("digests", {})
        if not isinstance(blobs, dict) or set(blobs) != set(digests) or "inputs" not in r:
            return None
        if any(blob_digest(blobs[t]) != d for t, d in digests.items()):
            return None  # damaged on disk: run the batch again
        out.append({**r, "cached": True})
    for (real_path, stat_key), r in zip(record[1], out, strict=True):  # the validation looks these up again
        note_read(real_path, remember(stat_key, (r["inputs"][0], r["inputs"][1], r["inputs"][2])))
    return out
