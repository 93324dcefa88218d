"""The layout of a package: articles grouped into shards, each shard one bounded part of every table.

A corpus of at most :data:`SMALL` articles is one shard whose parts carry the plain names
(``figures.csv``): the published layout of a small package. A larger corpus is cut into shards of
about 190 articles at content-defined points: a shard ends after an article whose source id hashes
to a multiple of :data:`TARGET` (once it holds :data:`MIN_ARTICLES`), or when it reaches
:data:`MAX_ARTICLES` or one of its parts :data:`MAX_PART_BYTES`. The cut points depend only on the
articles around them, so adding or changing one article changes one shard, not every shard after
it (what lets a rebuild revalidate only that shard). Part ``k`` of every table holds the rows of the
articles of shard ``k``, so a shard validates on its own (keys, quotes, coverage) and shards
validate in parallel. Each part has a Parquet copy beside it (``figures-00001.parquet``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
from pathlib import Path
from typing import Any

from ..package.fields import TABLES
from ..package.write import resource_hash
from .cache import ArticleCache

SMALL = 1000
#: A shard's length: MIN_ARTICLES, then a cut after each article with probability 1/TARGET (about
#: 190 articles on average), at most MAX_ARTICLES. The peak memory of a build (and of a part's
#: validation) follows the largest shard: with no tight bound, the largest of 100 shards is about
#: four times the average (it was 125 + 1/500, capped at 2,000: 100x the BBC corpus peaked at 1.7x
#: the memory of 1x); capped at 1.6 times the average, it no longer grows with the corpus. A rebuild
#: checks again the part of each changed article, about 2.7 ms an article of the part (Frictionless
#: and the project's checks): with parts of 250 to 750 articles that check was most of a rebuild
#: after adding one article to 10,000; a part's fixed cost is about 30 ms.
TARGET = 100
MIN_ARTICLES = 100
MAX_ARTICLES = 300
#: Bound of a part's size; with MAX_ARTICLES, the bound of what a build holds in memory at once.
MAX_PART_BYTES = 64 * 1024 * 1024
PARQUET_TYPES = {"integer": "int64", "number": "float64", "date": "date32", "string": "string"}


def part_name(table: str, shard: int | None, suffix: str = "csv") -> str:
    """File name of a table's part: ``figures.csv`` for a one-shard package, else ``figures-00003.csv``."""
    return f"{table}.{suffix}" if shard is None else f"{table}-{shard:05d}.{suffix}"


def cut_after(source_id: str, target: int | None = None) -> bool:
    """Whether a shard may end after this article (about one article in ``target``, TARGET by
    default, by its id's hash)."""
    every = TARGET if target is None else target
    return int(hashlib.sha256(source_id.lower().encode("utf-8")).hexdigest()[:8], 16) % every == 0


class Shard:
    """The rows of a run of articles, table by table, as the CSV text the parts will hold."""

    def __init__(self) -> None:
        self.blobs: dict[str, list[str]] = {t.name: [] for t in TABLES}
        self.sizes = dict.fromkeys(self.blobs, 0)
        self.rows = dict.fromkeys(self.blobs, 0)
        self.articles = 0
        #: Articles extracted by this build (not taken from the cache).
        self.fresh = 0

    def add(self, result: dict[str, Any]) -> None:
        """Append one article's rows."""
        for name, blob in result["blobs"].items():
            self.blobs[name].append(blob)
            self.sizes[name] += len(blob)
            self.rows[name] += result["rows"][name]
        self.articles += 1
        self.fresh += not result.get("cached")

    def full(self, source_id: str) -> bool:
        """Whether the shard ends after the article just added."""
        if self.articles >= MAX_ARTICLES or max(self.sizes.values()) >= MAX_PART_BYTES:
            return True
        return self.articles >= MIN_ARTICLES and cut_after(source_id)


def header(columns: list[str]) -> str:
    """The header line of a table's CSV."""
    return ",".join(columns) + "\r\n"


def write_shard(
    shard: Shard,
    folder: Path,
    index: int | None,
    cache: ArticleCache | None = None,
    parquet: bool = True,
    previous: Path | None = None,
) -> dict[str, dict[str, Any]]:
    """Write a shard's parts (CSV, and Parquet unless ``parquet`` is false: then
    :func:`write_parquet` adds them) into the package folder; each part's description. The Parquet
    copy of a part already converted by an earlier build is taken from the cache. ``previous``: the
    package this build replaces, whose files of the same bytes are linked instead of written (:func:`place`)."""
    out = {}
    for table in TABLES:
        data = (header(table.columns) + "".join(shard.blobs[table.name])).encode("utf-8")
        name = part_name(table.name, index)
        place(folder, name, data, previous)
        out[table.name] = {
            "path": name,
            "bytes": len(data),
            "hash": resource_hash(data),
            "rows": shard.rows[table.name],
        }
        if parquet:
            out[table.name]["parquet"] = write_parquet_copy(table.name, data, folder, index, cache, previous)
    return out


def place(folder: Path, name: str, data: bytes, previous: Path | None) -> None:
    """Write a file of the new package; or, when the package it replaces holds a file of that name
    with exactly these bytes (compared, not assumed), give that file a second name here (a hard link)
    instead. A rebuild that changed one article of 10,000 rewrote all 500 files of its 49 unchanged
    parts, then deleted the old ones: on a file system that discards freed blocks (ext4 ``discard``)
    deleting 43 MB of flushed files took about a second, half of that rebuild. Only a regular file
    with no other name is linked (never one the user linked elsewhere, which an edit there would
    change); a file changed after the comparison is caught by the validation, which hashes every part."""
    if previous is not None and same_bytes(previous / name, data):
        with contextlib.suppress(OSError):
            os.link(previous / name, folder / name)
            return
    (folder / name).write_bytes(data)


def same_bytes(path: Path, data: bytes) -> bool:
    """Whether ``path`` is a regular file with one name (not a link) holding exactly ``data``."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink != 1 or st.st_size != len(data):
            return False
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(len(data) + 1) == data
    except OSError:
        return False
    finally:
        os.close(fd)


def write_parquet_copy(
    table_name: str,
    data: bytes,
    folder: Path,
    index: int | None,
    cache: ArticleCache | None,
    previous: Path | None = None,
) -> dict[str, Any]:
    """Write the Parquet copy of a CSV part beside it (linked from ``previous`` when the same: :func:`place`);
    its description."""
    parquet = converted(table_name, data, cache)
    pname = part_name(table_name, index, "parquet")
    place(folder, pname, parquet, previous)
    return {"path": pname, "bytes": len(parquet), "hash": resource_hash(parquet)}


def write_parquet(
    written: dict[str, dict[str, Any]],
    folder: Path,
    index: int | None,
    cache: ArticleCache | None,
    previous: Path | None = None,
) -> dict[str, dict[str, Any]]:
    """The Parquet copies of a shard's CSV parts written by ``write_shard(..., parquet=False)``, read
    back from the folder (checked against their hashes) and written beside them; table -> description."""
    out = {}
    for name, part in written.items():
        data = (folder / part["path"]).read_bytes()
        if resource_hash(data) != part["hash"]:
            raise OSError(f"{part['path']} changed while the build was converting it")
        out[name] = write_parquet_copy(name, data, folder, index, cache, previous)
    return out


def converted(table_name: str, csv_data: bytes, cache: ArticleCache | None) -> bytes:
    """The Parquet copy of a CSV part, from the cache when the same part was converted before by
    the same pyarrow (keyed by the part's hash; a cached copy is checked against its own hash)."""
    if cache is None:
        return parquet_bytes(table_name, csv_data)
    import pyarrow

    key = hashlib.sha256(f"{pyarrow.__version__}\0{table_name}\0".encode() + csv_data).hexdigest()
    entry = cache.get(key, "parquet")
    if entry is not None:
        data = bytes.fromhex(entry["blobs"]["parquet"])
        if hashlib.sha256(data).hexdigest() == entry["digests"]["parquet"]:
            return data
    data = parquet_bytes(table_name, csv_data)
    cache.put(
        key, {"blobs": {"parquet": data.hex()}, "digests": {"parquet": hashlib.sha256(data).hexdigest()}}, "parquet"
    )
    return data


def block_size(size: int) -> int:
    """The CSV reader's block: the whole part (a row can be as long as an article; pyarrow refuses a
    row that straddles two blocks), at least pyarrow's default of 1 MiB."""
    return min(max(1 << 20, size + 1), 2**31 - 1)


def parquet_bytes(table_name: str, csv_data: bytes) -> bytes:
    """A Parquet copy of a CSV part, typed by the schema (an empty cell is null; text stays text)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from ..package.fields import TABLES_BY_NAME

    schema = TABLES_BY_NAME[table_name].schema()
    types = {f["name"]: getattr(pa, PARQUET_TYPES.get(f["type"], "string"))() for f in schema["fields"]}
    table = pacsv.read_csv(
        io.BytesIO(csv_data),
        read_options=pacsv.ReadOptions(use_threads=False, block_size=block_size(len(csv_data))),
        convert_options=pacsv.ConvertOptions(
            column_types=types, null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=True
        ),
    )
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", use_dictionary=True, write_statistics=True)
    return sink.getvalue()


def resource_files(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """A resource's file properties: one file's path, bytes and hash; or the list of part paths with
    the ``parts`` property giving each part's bytes, hash and rows (Data Package allows a list of
    paths; the spec's ``bytes`` and ``hash`` name one file). ``parquet`` lists the Parquet copies."""
    parquet = [p["parquet"] for p in parts]
    if len(parts) == 1:
        one = parts[0]
        return {"path": one["path"], "bytes": one["bytes"], "hash": one["hash"], "parquet": parquet}
    return {
        "path": [p["path"] for p in parts],
        "parts": [{k: p[k] for k in ("path", "bytes", "hash", "rows")} for p in parts],
        "parquet": parquet,
    }


def described_parts(resource: dict[str, Any]) -> list[dict[str, Any]]:
    """The parts of a resource as the descriptor describes them (path, bytes, hash)."""
    if isinstance(resource.get("path"), list):
        return list(resource.get("parts", []))
    return [{"path": resource.get("path"), "bytes": resource.get("bytes"), "hash": resource.get("hash")}]
