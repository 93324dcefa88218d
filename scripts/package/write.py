"""Writing the package: CSVs, the Data Package (v2) descriptor and the codebook, atomically.

The build writes everything into a temporary sibling folder, validates it completely, and only
then swaps it in place of the output folder; an interrupted or failed build leaves the previous
package as it was. The same inputs give the same bytes: rows are in source then offset order,
numbers have one spelling, and ``created`` is the release date of the version, not the clock.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import datetime as dt
import errno
import functools
import glob
import hashlib
import io
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from .. import RELEASE_DATE, __version__
from ..errors import Interrupted, OutputError
from ..interrupts import checkpoint
from ..package.citation import AUTHOR, TITLE, licence_of_texts
from ..package.fields import TABLES
from ..package.units import UNIT_CONVENTION

try:
    import fcntl
except ImportError:  # Windows: no locks, and the folders of killed builds stay
    fcntl = None  # type: ignore[assignment]

DESCRIPTOR = "datapackage.json"
CODEBOOK = "README.md"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
DIALECT = {"header": True, "delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "doubleQuote": True}

PACKAGE_NAME = "newsfigures"
PACKAGE_TITLE = TITLE
PACKAGE_DESCRIPTION = (
    "Every numeric claim of the news articles in seeds/ (money, percentages, counts, durations, "
    "physical quantities, rates) and every date or period expression, each with its value, its unit "
    "(a pint expression) and its provenance: the source article, the exact characters quoted and "
    "their offsets in the article text. The numbers are extracted by the scripts of the repository, "
    "never typed by hand; `newsfigures build` re-derives them. The article texts remain the property "
    "of their publishers; they are quoted here for reference and fact-checking."
)
KEYWORDS = ["economics", "news", "numeric claims", "fact-checking", "quantities", "provenance", "units"]
LICENSES = [
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 International (the compiled tables and metadata)",
    },
    {
        "name": "MIT",
        "path": "https://opensource.org/licenses/MIT",
        "title": "MIT License (the code that builds the tables)",
    },
]
CREATOR = {"title": AUTHOR, "roles": ["creator", "maintainer"]}


# --- cells and CSV --------------------------------------------------------------------------


def format_number(value: float) -> str:
    """One spelling per number, never in exponent form: 1500000000, 8.6, 0.5, 1e-05 -> 0.00001."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def cell(value: Any) -> str:
    """The CSV spelling of a value: empty for None, ISO for dates, canonical numbers."""
    if type(value) is str:  # the commonest cell first: a row of a dense text costs a few tests
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def csv_bytes(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    """RFC 4180 CSV (CRLF, minimal quoting, one header row) in UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(v) for v in map(row.get, columns)])
    return buffer.getvalue().encode("utf-8")


# --- descriptor -----------------------------------------------------------------------------


def source_entries(sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Descriptor ``sources``: one per article, with its URL and publisher."""
    out = []
    for s in sources:
        entry: dict[str, Any] = {"title": s["title"]}
        if s.get("url"):
            entry["path"] = s["url"]
        for key in ("authors", "publisher", "original_publisher"):
            if s.get(key):
                entry[key] = s[key]
        if s.get("published"):
            entry["published"] = cell(s["published"])
        entry["source_id"] = s["source_id"]
        out.append(entry)
    return out


def contributors(sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The project as creator, and each publisher of an article as holder of the text's rights."""
    out = [dict(CREATOR)]
    holders = sorted({str(s[k]) for s in sources for k in ("publisher", "original_publisher") if s.get(k)})
    out.extend({"title": h, "roles": ["rightsHolder"]} for h in holders)
    return out


def resource_hash(data: bytes) -> str:
    """A resource's ``hash`` property as the descriptor records it (Data Package ``algorithm:digest``)."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def package_descriptor(
    files: dict[str, dict[str, Any]], sources: list[dict[str, Any]], holders: list[dict[str, Any]]
) -> dict[str, Any]:
    """The descriptor, given each table's file properties (``path``, ``bytes``, ``hash`` of one file; or a
    list of paths and the ``parts`` that describe each, see ``newsfigures.engine.layout``; ``parquet``),
    the descriptor's ``sources`` and the rows naming the texts' publishers (for licences and contributors)."""
    resources = []
    for table in TABLES:
        props = dict(files[table.name])
        resource: dict[str, Any] = {
            "name": table.name,
            "type": "table",
            "title": table.title,
            "description": table.description,
            "path": props.pop("path"),
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
        }
        for key in ("bytes", "hash"):
            if key in props:
                resource[key] = props.pop(key)
        resource["dialect"] = dict(DIALECT)
        resource["schema"] = table.schema()
        resource.update(props)  # parts, parquet
        resources.append(resource)
    return {
        "$schema": PROFILE,
        "name": PACKAGE_NAME,
        "title": PACKAGE_TITLE,
        "description": PACKAGE_DESCRIPTION,
        "version": __version__,
        "created": f"{RELEASE_DATE}T00:00:00Z",
        "keywords": KEYWORDS,
        "licenses": [*LICENSES, licence_of_texts(holders)],
        "contributors": contributors(holders),
        "sources": sources,
        "units": UNIT_CONVENTION,
        "resources": resources,
    }


def descriptor_bytes(desc: dict[str, Any]) -> bytes:
    """The descriptor as pretty, stable JSON."""
    return (json.dumps(desc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- atomic write ---------------------------------------------------------------------------
#
# A build writes into ``.NAME.tmp-XXXX`` beside the package folder ``NAME``, validates it there,
# then exchanges the two folders in one system call (``renameat2(RENAME_EXCHANGE)`` on Linux; two
# renames elsewhere, undone by ``recover`` if a kill lands between them). The build folder is
# locked (``flock``) for the life of the process, so the next build can tell the folders of a
# killed build (unlocked: removed) from those of a running one (locked: left alone).

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def tmp_prefix(out_dir: Path) -> str:
    """Name prefix of the build folders of ``out_dir``."""
    return f".{out_dir.name}.tmp-"


def aside_prefix(out_dir: Path) -> str:
    """Name prefix of a package set aside by a two-rename swap."""
    return f".{out_dir.name}.old-"


def aside_path(out_dir: Path) -> Path:
    """Where this process's two-rename swap sets the previous package aside."""
    return out_dir.parent / f"{aside_prefix(out_dir)}{os.getpid()}"


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold off SIGINT and SIGTERM for the few instructions of the swap, then act on them.

    The Python handlers are swapped for one that only takes note: blocking the signals with
    ``pthread_sigmask`` would not do, since another thread (numpy's, say) would take the signal
    and the main thread would still raise KeyboardInterrupt between two renames.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread receives Python's signal handlers
        return
    caught: list[int] = []
    previous: dict[int, Any] = {}
    try:
        for held in (signal.SIGINT, signal.SIGTERM):  # in the try: a signal between the two is not left noted
            previous[held] = signal.signal(held, lambda signum, frame: caught.append(signum))
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        # The first signal the process does not ignore: a SIGINT ignored (a background job) must not hide
        # a SIGTERM that followed it.
        acted = [s for s in caught if previous[s] is not signal.SIG_IGN]
        if acted:
            handler = previous[acted[0]]
            if callable(handler):
                handler(acted[0], None)  # Python's default raises KeyboardInterrupt
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), acted[0])
            elif handler is None:
                raise KeyboardInterrupt


def claim(folder: Path) -> int:
    """Lock a build folder for as long as this process lives (the OS drops the lock on any death)."""
    fd = os.open(folder, os.O_RDONLY)
    if fcntl is not None:
        with contextlib.suppress(OSError):  # a file system without locks: the folder is just not swept
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def sweep(out_dir: Path) -> None:
    """Remove the build folders of killed builds: those no running process holds locked."""
    if fcntl is None:
        return
    for leftover in sorted(out_dir.parent.glob(glob.escape(tmp_prefix(out_dir)) + "*")):
        try:
            fd = os.open(leftover, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a build in progress (or a file system without locks: leave it)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
        finally:
            os.close(fd)


def recover(out_dir: Path) -> None:
    """Put back a package left aside by a two-rename swap that was killed between its renames."""
    set_aside = sorted(out_dir.parent.glob(glob.escape(aside_prefix(out_dir)) + "*"))
    if out_dir.exists():
        for leftover in set_aside:
            shutil.rmtree(leftover, ignore_errors=True)
        return
    for leftover in set_aside:
        os.rename(leftover, out_dir)
        return


def check_replaceable(out_dir: Path) -> None:
    """Refuse to replace a folder that is not a package (a typo in --out must not delete work)."""
    if out_dir.exists():
        if not out_dir.is_dir():
            raise OutputError(out_dir, "exists and is not a directory")
        if any(out_dir.iterdir()) and not (out_dir / DESCRIPTOR).exists():
            raise OutputError(out_dir, f"exists, is not empty and holds no {DESCRIPTOR}: refusing to replace it")


def write_package(files: dict[str, bytes], out_dir: Path, check: Callable[[Path], None]) -> None:
    """Write files into a locked temporary sibling of ``out_dir``, ``check`` it, then swap it in."""

    def fill(tmp: Path) -> None:
        for name, data in files.items():
            (tmp / name).write_bytes(data)

    publish(fill, out_dir, check)


def publish(fill: Callable[[Path], None], out_dir: Path, check: Callable[[Path], None]) -> None:
    """Let ``fill`` write the package into a locked temporary sibling of ``out_dir``, ``check`` it,
    then swap it in.

    Until the swap, ``out_dir`` is untouched; the swap itself is atomic. A Ctrl-C (or SIGTERM,
    see ``newsfigures.cli``) raises :class:`~newsfigures.errors.Interrupted` saying whether the new
    package was already in place.
    """
    out_dir = out_dir.absolute()
    for folder in out_dir.parents:
        if folder.exists() or folder.is_symlink():
            if not folder.is_dir():
                raise OutputError(out_dir, f"cannot write here: {folder} is not a directory")
            break
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        recover(out_dir)
        sweep(out_dir)
        check_replaceable(out_dir)
    except OSError as exc:
        raise OutputError(out_dir, f"cannot write here: {exc.strerror or exc}") from None
    replaced = False
    tmp: Path | None = None
    lock: int | None = None
    try:
        try:
            try:
                # A Ctrl-C between making the folder and holding it is acted on once both are done
                # (on leaving the block), where the finally below removes the folder.
                with signals_deferred():
                    tmp = Path(tempfile.mkdtemp(prefix=tmp_prefix(out_dir), dir=out_dir.parent))
                    lock = claim(tmp)
            except OSError as exc:
                raise OutputError(out_dir, f"cannot write here: {exc.strerror or exc}") from None
            try:
                fill(tmp)
                os.chmod(tmp, 0o755)
            except OSError as exc:
                raise OutputError(out_dir, f"cannot write the package: {exc.strerror or exc}") from None
            check(tmp)
            with signals_deferred():
                checkpoint()  # an interrupt swallowed while writing or checking (newsfigures.interrupts)
                replaced = swap(tmp, out_dir)
        finally:
            with signals_deferred():  # a Ctrl-C now would leave half a folder behind
                if tmp is not None:  # the new package if it was not swapped in, else the old one (exchanged)
                    discard(tmp)
                if replaced:  # the old one set aside by two renames; else recover() puts it back
                    discard(aside_path(out_dir))
                if lock is not None:
                    os.close(lock)
    except KeyboardInterrupt:
        raise Interrupted(out_dir, replaced) from None


def discard(folder: Path) -> None:
    """Remove a build folder or a replaced package, if there."""
    shutil.rmtree(folder, ignore_errors=True)


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one atomic step (Linux ``renameat2``); False where unsupported."""
    rename2 = getattr(_libc(), "renameat2", None) if sys.platform.startswith("linux") else None
    if rename2 is None:
        return False
    if rename2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False  # an old kernel or a file system without exchange
    raise OSError(err, os.strerror(err), str(b))


@functools.cache
def _libc() -> Any:
    """The C library, for ``renameat2``."""
    return ctypes.CDLL(None, use_errno=True)


def swap(tmp: Path, out_dir: Path) -> bool:
    """Put ``tmp`` in place of ``out_dir`` (the old package ends up at ``tmp``); call with signals held."""
    aside = aside_path(out_dir)
    try:
        if out_dir.exists() and exchange(tmp, out_dir):
            return True
        if out_dir.exists():
            os.rename(out_dir, aside)
        try:
            os.rename(tmp, out_dir)
        except OSError:
            if aside.exists():
                os.rename(aside, out_dir)
            raise
    except OSError as exc:
        raise OutputError(out_dir, f"cannot replace the package: {exc.strerror or exc}") from None
    return True
