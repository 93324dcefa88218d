"""The streaming build: list the corpus, run the per-article stage in batches on the runner, write
each shard's parts as soon as it is complete, then the descriptor and the codebook; validate; swap.

Memory: the driver holds the list of article paths and the set of source ids (about 300 bytes per
article, the one thing that grows with the corpus), one shard of rows (at most ``layout.MAX_ARTICLES`` articles and ``layout.MAX_PART_BYTES``
per table) and the results of the batches in flight (``2 × workers + 1`` batches of
:data:`BATCH` articles); nothing else grows with the corpus.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import InputError, Interrupted
from ..interrupts import checkpoint
from ..package.citation import uncitable_error
from ..package.codebook import render_codebook
from ..package.fields import TABLES
from ..package.spreadsheet import WORKBOOK
from ..package.tables import unconfirmed_error
from ..package.write import CODEBOOK, DESCRIPTOR, descriptor_bytes, package_descriptor, publish, resource_hash
from ..sources import key_line, orphan_sidecars, seed_files, sidecar_of
from . import layout
from .articles import Result, note_read, reading, resolved, run_batch
from .cache import ArticleCache, default_url
from .check import inside
from .fingerprint import extractor_version
from .layout import Shard, cut_after, resource_files, write_parquet, write_shard
from .progress import bar, counted
from .remote import is_url, mirror, mirror_folder
from .runtime import Runner, using

#: Most articles a build's notes name one by one (the count follows).
NOTES = 50
#: Articles per unit of work sent to a worker.
BATCH = 32
#: Articles queued on each of the cluster's workers: enough to outlast the largest batch this
#: process runs meanwhile (``batches``: at most ``2 × BATCH``), whatever the sizes of those queued.
QUEUE = 4 * BATCH

#: What one note of a build names per article: its path, or the path and what the note says of it.
T = TypeVar("T")


@dataclass
class Noted(Generic[T]):
    """The articles of one note of a build: how many, and the first :data:`NOTES` of them, named one by one."""

    first: list[T] = field(default_factory=list)
    count: int = 0

    def add(self, item: T) -> None:
        """One more article; named while fewer than :data:`NOTES` are."""
        self.count += 1
        if len(self.first) < NOTES:
            self.first.append(item)

    def unnamed(self) -> bool:
        """Whether the note counts more articles than it names."""
        return self.count > len(self.first)


@dataclass
class Stats:
    """What a build did, for the summary line."""

    articles: int = 0
    cached: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    shards: int = 0
    extract_seconds: float = 0.0
    validate_seconds: float = 0.0
    unannotated: int = 0
    #: Articles with no publication date (draft and strict notes).
    undated: Noted[str] = field(default_factory=Noted)
    #: Articles whose sidecar's ``published`` differs from their dateline: (article, dateline, sidecar's
    #: date, which is used).
    redated: Noted[tuple[str, str, str]] = field(default_factory=Noted)
    #: Articles a citation cannot name (draft notes): (file name, the keys it lacks).
    uncitable: Noted[tuple[str, list[str]]] = field(default_factory=Noted)
    #: Articles whose text (its SHA-256) an earlier article of the corpus has already (draft and strict
    #: notes): (article, the earlier one, the digest).
    duplicates: Noted[tuple[str, str, str]] = field(default_factory=Noted)
    #: Whether the spreadsheet copy was written (a one-part package only).
    workbook: bool = True


def list_corpus(seeds: str) -> list[str]:
    """The ``*.txt`` articles of a local folder, sorted by name; orphan sidecars refused."""
    files = seed_files(Path(seeds))
    for orphan in orphan_sidecars(Path(seeds), files):
        raise InputError(orphan, "no article of this name: the matching .txt file is missing")
    return [str(p) for p in files]


def refuse_outside(paths: list[str], root: str) -> None:
    """Refuse, with one line naming the first such article, a corpus any of whose articles lies outside the
    package's parent folder once links are resolved (a ``seeds`` link to a shared archive): the sources table
    names each article by its path inside that folder and validation reads nothing outside it, so the build
    would fail on every such row."""
    base = os.path.realpath(root)
    dirs: dict[str, str] = {}
    for path in paths:
        real = resolved(path, dirs)
        if not inside(real, base):
            raise InputError(
                path,
                f"resolves to {real}, outside {base} (the package's parent folder, where the package names its"
                " articles and validation reads them): copy the articles there, or build with --out in a folder"
                " whose parent holds them",
            )


def batches(paths: list[str], size: int) -> Iterator[list[str]]:
    """Consecutive batches of about ``size`` article paths, cut where an article's file name says
    (``layout.cut_after``: after a name hashing to a multiple of ``size``, once the batch holds a
    quarter of it; at twice ``size`` at most): adding or changing one article changes one batch,
    whose record in the cache (``articles.run_batch``) is then the only one missed."""
    batch: list[str] = []
    for path in paths:
        batch.append(path)
        if len(batch) >= 2 * size or (len(batch) >= max(1, size // 4) and cut_after(Path(path).name, size)):
            yield batch
            batch = []
    if batch:
        yield batch


def id_origin(path: str, from_sidecar: bool) -> tuple[str, int | None]:
    """Where an article's source id comes from: its sidecar's ``source_id`` line, or its file name."""
    if not from_sidecar:
        return path, None
    sidecar = sidecar_of(Path(path))
    return str(sidecar), key_line(sidecar.read_text(encoding="utf-8"), "source_id")


class Driver:
    """Takes the article results in order and turns them into the package's files."""

    def __init__(
        self,
        folder: Path,
        paths: list[str],
        strict: bool,
        cache: ArticleCache | None = None,
        runner: Runner | None = None,
        previous: Path | None = None,
    ) -> None:
        self.folder, self.paths, self.strict, self.cache = folder, paths, strict, cache
        self.runner = runner
        #: The package this build replaces (its parts of the same bytes are linked, ``layout.place``).
        self.previous = previous
        #: Parts whose Parquet copies and checks run on the workers while extraction goes on (see
        #: flush): the future, the parts' descriptions, the part's number.
        self.pending: list[tuple[Any, dict[str, dict[str, Any]], int | None]] = []
        self.sharded = len(paths) > layout.SMALL
        self.seen: dict[str, tuple[int, bool]] = {}
        self.shard = Shard()
        #: The inputs of the shard's articles as the build read them (resolved path -> digests).
        self.inputs: dict[str, tuple[str, str, str]] = {}
        self.parts: dict[str, list[dict[str, Any]]] = {}
        self.listed: list[dict[str, Any]] = []
        #: (publisher, original publisher) -> articles: the licence and contributors name them.
        self.holders: dict[tuple[str, str], int] = {}
        #: What a strict build refuses, collected over the whole corpus and reported at once.
        self.unconfirmed: list[tuple[str, str, list[tuple[str, int]], str]] = []
        self.lacking: list[tuple[Path, list[str]]] = []
        #: The first article of each text (SHA-256 -> its number), to note a copy under another name.
        self.texts: dict[str, int] = {}
        self.stats = Stats()
        #: A one-shard package lists its articles in the descriptor; a larger one in its sources table only.
        self.listing = not self.sharded

    def take(self, n: int, result: Result) -> None:
        """One article's result (the n-th article of the corpus)."""
        if "error" in result:
            path, line, reason = result["error"]
            raise InputError(path, reason, line=line)
        self.check_id(n, result)
        # Only a strict build keeps what it refuses; a draft keeps counts and the first few names
        # (a draft of an unannotated archive would otherwise hold every figure's quote).
        if result["unannotated"]:
            self.stats.unannotated += len(result["unannotated"])
            if self.strict:
                missing = [(q, line) for q, line in result["unannotated"]]
                seed = self.paths[n] if result["inputs"][2] == "-" else ""  # no annotation file yet
                self.unconfirmed.append((result["annotations_path"], result["file_name"], missing, seed))
        if result["citation_gaps"]:
            if self.strict:
                self.lacking.append((Path(self.paths[n]), result["citation_gaps"]))
            else:
                self.stats.uncitable.add((result["file_name"], result["citation_gaps"]))
        if result["undated"]:
            self.stats.undated.add(self.paths[n])
        if result.get("dates_differ"):  # .get: a result cached before the note existed has no such key
            dateline, sidecar = result["dates_differ"]
            self.stats.redated.add((self.paths[n], dateline, sidecar))
        self.note_duplicate(n, result["inputs"][0])  # the article's SHA-256 (``articles.input_digests``)
        self.stats.articles += 1
        self.stats.cached += bool(result.get("cached"))
        if isinstance(result.get("real"), str):
            # The inputs as the build read them, wherever it did (a worker's batch too): the build's
            # validation proves the rows against them (``articles.read_by_build``), and so do the
            # checks of the part on a worker, instead of reading and hashing every input again.
            inputs = (result["inputs"][0], result["inputs"][1], result["inputs"][2])
            note_read(result["real"], inputs)
            self.inputs[result["real"]] = inputs
        for name, count in result["rows"].items():
            self.stats.rows[name] = self.stats.rows.get(name, 0) + count
        entry = result["descriptor_source"]
        if self.listing:
            self.listed.append(entry)
        pair = (str(entry.get("publisher") or ""), str(entry.get("original_publisher") or ""))
        self.holders[pair] = self.holders.get(pair, 0) + 1
        self.shard.add(result)
        if self.sharded and self.shard.full(result["source_id"]):
            self.flush()

    def note_duplicate(self, n: int, sha256: str) -> None:
        """Note an article whose text an earlier one has (an article copied under two names): not an
        error, both stay sources, but a user who did not mean it should hear of it."""
        first = self.texts.setdefault(sha256, n)
        if first != n:
            self.stats.duplicates.add((self.paths[n], self.paths[first], sha256))

    def check_id(self, n: int, result: Result) -> None:
        """Refuse a source id already claimed (ids are case-insensitive), blaming the sidecar that set it."""
        key = result["source_id"].lower()
        mine = (n, bool(result["id_from_sidecar"]))
        if key not in self.seen:
            self.seen[key] = mine
            return
        first = self.seen[key]
        by_sidecar = first[1] and not mine[1]
        culprit, other = (first, mine) if by_sidecar else (mine, first)
        where, line = id_origin(self.paths[culprit[0]], culprit[1])
        other_name = Path(self.paths[other[0]]).name
        raise InputError(
            where,
            f"source id {result['source_id']!r} is already claimed by {other_name} (ids are case-insensitive)",
            line=line,
        )

    def flush(self) -> None:
        """Write the shard in progress as the next part of every table."""
        if self.shard.articles == 0 and self.stats.shards > 0:
            return
        index = self.stats.shards + 1 if self.sharded else None
        fresh, shard, self.shard = self.shard.fresh, self.shard, Shard()
        inputs, self.inputs = self.inputs, {}
        early = fresh and self.sharded and self.cache is not None and self.runner is not None and self.runner.parallel
        previous = self.previous if self.sharded else None
        written = write_shard(shard, self.folder, index, self.cache, parquet=not early, previous=previous)
        del shard
        for name, part in written.items():
            self.parts.setdefault(name, []).append(part)
        self.stats.shards += 1
        if early:
            # The Parquet copies and the check of the part are made now, by whichever process is free
            # (a side job of the runner: the worker's queue when it has room, else this process),
            # while extraction goes on: the build's validation then finds the part checked (the
            # cache's record of a shard that passed every check) instead of checking every part
            # after the last one is written. Only with workers (the parts written before the cluster
            # is up wait for it: checked at the end, the first part was the one check left to the
            # validation, run in this process alone), and only for a part with articles extracted
            # by this build (a part of cached articles only was most likely checked by an earlier
            # build, which the validation's quick pass finds).
            assert self.runner is not None and self.cache is not None
            job = self.runner.later(
                finish_shard,
                written,
                str(self.folder),
                index,
                self.cache.url,
                self.runner.index,
                None if previous is None else str(previous),
                inputs,
            )
            self.pending.append((job, written, index))

    def parquet_pending(self) -> None:
        """The Parquet copies made by the side jobs, added to their parts' descriptions (made here when
        a job failed: a check that failed is made again by the validation, and reported). The jobs no
        worker took yet go to the cluster while it has room and run here otherwise, while the workers
        finish theirs (``Runner.settle``)."""
        if self.runner is not None:
            self.runner.settle()  # every job is now on the cluster or done here
        for job, written, index in self.pending:
            try:
                copies = job.result()
            except Exception:
                copies = write_parquet(written, self.folder, index, self.cache, self.previous)
            for name, copy in copies.items():
                written[name]["parquet"] = copy
        self.pending = []

    def refuse(self) -> None:
        """A strict build's refusal: every article a citation cannot name and every unconfirmed figure of
        every article, in one error (nothing has been swapped in), so that one round of edits mends both."""
        if not self.strict:
            return
        uncitable = uncitable_error(self.lacking)
        unconfirmed = unconfirmed_error(self.unconfirmed) if self.unconfirmed else None
        if uncitable is not None and unconfirmed is not None:
            raise InputError(uncitable.path, f"{uncitable.reason}\n{unconfirmed}")
        if uncitable is not None:
            raise uncitable
        if unconfirmed is not None:
            raise unconfirmed

    def holder_rows(self) -> list[dict[str, Any]]:
        """One row per article naming its publishers (shared dicts: a few bytes per article)."""
        rows: list[dict[str, Any]] = []
        for (publisher, original), n in sorted(self.holders.items()):
            rows.extend([{"publisher": publisher, "original_publisher": original}] * n)
        return rows

    def finish(self) -> None:
        """The last shard, the workbook (a one-part package only), the descriptor and the codebook."""
        self.flush()
        self.parquet_pending()
        files = {name: resource_files(parts) for name, parts in self.parts.items()}
        if self.listing:
            sources = self.listed
        else:
            first = self.parts["sources"][0]["path"]
            sources = [
                {
                    "title": f"{counted(self.stats.articles, 'articles')}: the sources table lists each one (path, SHA-256, "
                    "title, authors, publisher, publication date, URL)",
                    "path": first,
                }
            ]
        holders = self.holder_rows()
        self.stats.workbook = all(len(parts) == 1 for parts in self.parts.values())  # one part: one file
        if self.stats.workbook:
            write_workbook(self.folder, self.parts, self.cache)
        desc = package_descriptor(files, sources, holders)
        if not self.stats.workbook:
            desc["description"] += f" {NO_WORKBOOK}"
        (self.folder / DESCRIPTOR).write_bytes(descriptor_bytes(desc))
        codebook = render_codebook(desc, self.stats.rows, holders)
        (self.folder / CODEBOOK).write_bytes(codebook.encode("utf-8"))


def finish_shard(
    written: dict[str, dict[str, Any]],
    pkg: str,
    index: int | None,
    cache_url: str,
    use_index: bool,
    previous: str | None = None,
    inputs: dict[str, tuple[str, str, str]] | None = None,
) -> dict[str, dict[str, Any]]:
    """On a worker: the Parquet copies of a shard's CSV parts (written beside them), then every check
    of the shard (``check.check_shard``; its outcome is recorded in the cache, where the build's
    validation finds it). The copies' descriptions."""
    from .check import check_shard

    copies = write_parquet(
        written, Path(pkg), index, ArticleCache(cache_url), None if previous is None else Path(previous)
    )
    parts = {name: {**part, "parquet": copies[name]} for name, part in written.items()}
    desc = package_descriptor({t: resource_files([p]) for t, p in parts.items()}, [], [])
    with contextlib.suppress(Exception), reading(inputs):  # a check that fails is made again by the validation
        check_shard(parts, pkg, desc, cache_url, False, False, use_index)
    return copies


#: What the descriptor of a multi-part package says (the codebook too): a package cut into parts is
#: beyond what a spreadsheet opens, so it has no spreadsheet copy.
NO_WORKBOOK = (
    f"A multi-part package has no spreadsheet copy ({WORKBOOK}): read the Parquet copies, or import a CSV "
    "with every text column typed as Text (see the codebook's section on spreadsheets)."
)


def write_workbook(folder: Path, parts: dict[str, list[dict[str, Any]]], cache: ArticleCache | None = None) -> None:
    """The spreadsheet copy of a one-part package, made from its CSVs (``spreadsheet.xlsx_bytes``)."""
    from ..package.spreadsheet import xlsx_bytes

    payloads = {name: (folder / p[0]["path"]).read_bytes() for name, p in parts.items()}
    (folder / WORKBOOK).write_bytes(xlsx_bytes(payloads))
    record_workbook(folder, parts, cache)


def record_workbook(folder: Path, parts: dict[str, list[dict[str, Any]]], cache: ArticleCache | None) -> None:
    """Record in the cache that the workbook written is what these parts give: the build's validation
    (not ``validate --full``) then need not make it a second time (``check.workbook_key``)."""
    if cache is None:
        return
    from .check import workbook_key

    hashes = [p["hash"] for t in TABLES for p in parts[t.name]]
    data = (folder / WORKBOOK).read_bytes()
    cache.put(workbook_key(hashes, resource_hash(data)), {"blobs": {}, "digests": {}}, "checks")


def results(runner: Runner, paths: list[str], root: str, version: str, cache_url: str) -> Iterator[list[Result]]:
    """The article results batch by batch, in order. Batches are run in this process as long as they
    come mostly from the cache (a rebuild that changed little starts no worker); from the first batch
    of which more than a quarter needed an extraction on, the workers are started (in a thread) and
    batches go on here until they are up; then the rest go to the runner. A one-part corpus (at most
    ``layout.SMALL`` articles, a few seconds of work) starts no local cluster at all: starting one
    costs about as much; an existing cluster (``--scheduler``) is always used."""
    todo = batches(paths, BATCH)
    args = (root, version, cache_url, True, runner.index)
    if runner.scheduler is None and len(paths) <= layout.SMALL:
        for batch in todo:
            yield run_batch(batch, *args)
        return
    for batch in todo:
        done = run_batch(batch, *args)
        yield done
        if sum(not r.get("cached") for r in done) > len(batch) / 4:
            break
    else:  # every batch came from the cache: no cluster is started for nothing
        return
    runner.prepare()
    while runner.parallel and not runner.ready:
        more = next(todo, None)
        if more is None:
            return
        yield run_batch(more, *args)
    yield from runner.map(
        run_batch,
        todo,
        *args,
        count=len(paths) // BATCH + 1,
        weight=len,
        depth=QUEUE,
        reserve=layout.MAX_ARTICLES,
        retake=True,
    )


def build(
    seeds: str,
    out: Path,
    *,
    strict: bool = False,
    workers: int | None = None,
    scheduler: str | None = None,
    cache: str | None = "",
    quiet: bool = False,
) -> Stats:
    """Build the package of a corpus into ``out``: stream, extract (cached), write, validate, swap.

    ``cache``: a folder or fsspec URL for the per-article results; ``""`` for the default
    (the user's cache folder, ``cache.default_url``), None for none kept (a scratch folder for this build
    only, so that its validation still proves the rows by hashes instead of extracting again).
    """
    from ..package import validate

    out = out.absolute()
    root = str(out.parent)
    if is_url(seeds):  # validate reads only local files: the corpus is mirrored beside the package
        seeds = str(mirror(seeds, mirror_folder(seeds, out.parent)))
    paths = list_corpus(seeds)
    scratch = tempfile.TemporaryDirectory(prefix="newsfigures-cache-") if cache is None else None
    cache_url: str = default_url() if cache == "" else (scratch.name if scratch else cache or "")
    version = extractor_version()
    driver: Driver | None = None

    def fill(tmp: Path) -> None:
        nonlocal driver
        refuse_outside(paths, root)  # once the output folder is known to be writable
        driver = Driver(tmp, paths, strict, ArticleCache(cache_url), runner, previous=out)
        t0 = time.perf_counter()
        with bar(len(paths), "extracting", "article", quiet) as progress:
            n = 0
            for batch in results(runner, paths, root, version, cache_url):
                checkpoint()
                for result in batch:
                    driver.take(n, result)
                    n += 1
                    progress.update(1)
                progress.set_postfix(cached=driver.stats.cached, refresh=False)
        driver.refuse()
        driver.finish()
        driver.stats.extract_seconds = time.perf_counter() - t0

    def check(tmp: Path) -> None:
        t0 = time.perf_counter()
        problems = validate.validate_package(tmp)
        if driver is not None:
            driver.stats.validate_seconds = time.perf_counter() - t0
        if problems:
            listing = "\n  ".join(str(p) for p in problems[:20])
            raise InputError(seeds, f"the built package does not validate; nothing was replaced:\n  {listing}")

    published = False
    try:
        try:
            with reading(), using(Runner(workers, scheduler, cache_url, index=scratch is None)) as runner:
                publish(fill, out, check)
                published = True
        finally:
            if scratch is not None:
                scratch.cleanup()
    except KeyboardInterrupt as exc:  # while the workers stop or the scratch cache goes: the package is in
        if published and not isinstance(exc, Interrupted):
            raise Interrupted(out, replaced=True) from None
        raise
    assert driver is not None
    return driver.stats


def summary(out: Path | str, stats: Stats, seconds: float) -> str:
    """The closing line of a build: counts, time and rates."""
    counts = ", ".join(counted(n, name) for name, n in stats.rows.items())
    rate = stats.articles / stats.extract_seconds if stats.extract_seconds else 0.0
    vrate = stats.articles / stats.validate_seconds if stats.validate_seconds else 0.0
    return (
        f"built {out}: {counts} ({seconds:.2f} s; {counted(stats.articles, 'articles')}, {stats.cached} from the cache, "
        f"extract+write {rate:.0f} articles/s, validate {vrate:.0f} articles/s, {stats.shards} part(s) per table)"
    )


def say(msg: str, quiet: bool) -> None:
    """A line on stderr unless quiet."""
    if not quiet:
        print(msg, file=sys.stderr)
