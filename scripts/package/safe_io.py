"""Reading a package from anyone safely: one snapshot of regular files, bounded, never the network.

``validate`` and ``load`` may be pointed at a package that someone else made. What they read is
therefore checked before it is trusted:

- :class:`Folder` opens the package folder once (a directory file descriptor) and reads every file
  relative to it, so that a build swapping the folder meanwhile (``renameat2``) cannot mix the
  descriptor of one build with the CSVs of another; a name is a plain relative path (no ``..``, no
  absolute path, no URL), every component is opened without following links, and only a regular
  file is read (not a device such as ``/dev/zero``, not a FIFO: files are opened non-blocking);
- a size limit counts the bytes actually read, never ``stat``;
- :func:`remote_references` lists what in a descriptor would make Frictionless read anything but
  the package's own files (a URL or an outside path as a resource, a schema or dialect given by
  reference, a custom profile), so that the caller refuses it before Frictionless sees it.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

#: Largest descriptor read (ours are a few tens of kilobytes).
MAX_DESCRIPTOR_BYTES = 16_000_000
#: Largest resource read (a package of 10 MB articles with bounded contexts stays far below it).
MAX_RESOURCE_BYTES = 2_000_000_000
#: Deepest JSON nesting accepted in a descriptor (ours is 6 deep).
MAX_JSON_DEPTH = 64
#: Profiles a descriptor may name: the standard ones, which Frictionless knows without fetching them.
STANDARD_PROFILES = frozenset(
    {
        "https://datapackage.org/profiles/2.0/datapackage.json",
        "https://datapackage.org/profiles/2.0/dataresource.json",
        "https://datapackage.org/profiles/2.0/tableschema.json",
        "https://datapackage.org/profiles/2.0/tabledialect.json",
        "data-package",
        "tabular-data-package",
        "data-resource",
        "tabular-data-resource",
    }
)
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_CHUNK = 1 << 20


class UnsafeRead(Exception):
    """A file of a package that is not read: why, in one line (the caller adds the name)."""


def plain_parts(name: object) -> list[str]:
    """The components of a relative path inside a folder; UnsafeRead for anything else."""
    if not isinstance(name, str) or not name:
        raise UnsafeRead("a path must be a non-empty string")
    if _SCHEME_RE.match(name) or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        raise UnsafeRead(f"{name!r} is not a relative path inside the folder (URLs and absolute paths are refused)")
    parts = name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise UnsafeRead(f"{name!r} is not a plain relative path inside the folder (no '..', '.' or '//')")
    return parts


def read_limited(fd: int, limit: int, size: int = _CHUNK) -> bytes:
    """Up to ``limit`` bytes of an open regular file, counted as read; UnsafeRead beyond it.

    ``size``: what ``fstat`` said, when known: the first read asks for just over it, not a megabyte
    (a buffer of the size asked is allocated for every read). The count still holds if the file grew.
    """
    chunks: list[bytes] = []
    total = 0
    while True:
        want = size + 1 - total if total <= size else _CHUNK  # just past the stated size, then large chunks
        chunk = os.read(fd, min(want, _CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise TooLarge(limit)


def open_regular(name: str, dir_fd: int | None = None, follow: bool = False) -> int:
    """Open a regular file for reading, non-blocking (a FIFO never blocks), refusing anything else."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | (0 if follow else os.O_NOFOLLOW)
    try:
        fd = os.open(name, flags, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafeRead("is a symbolic link: only regular files inside the package are read") from None
        raise UnsafeRead(f"cannot be read: {exc.strerror or exc}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise UnsafeRead("is not a regular file (a device, a FIFO, a socket or a folder): not read")
    os.set_blocking(fd, True)
    return fd


class TooLarge(UnsafeRead):
    """A file over the size limit; ``size`` is what ``fstat`` said (for the message), or None."""

    def __init__(self, limit: int, size: int | None = None) -> None:
        super().__init__(f"larger than {limit} bytes: refused")
        self.size = size


def read_file(path: str | Path, limit: int, follow: bool = True) -> bytes:
    """A regular file's bytes (links followed unless ``follow`` is False), at most ``limit`` counted as read.

    A file whose ``fstat`` size is already over the limit is refused without reading it (a quick
    answer for a 50 MB file); the count of bytes read is what holds for any other.
    """
    fd = open_regular(os.fspath(path), follow=follow)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise TooLarge(limit, size)
        return read_limited(fd, limit, size)
    finally:
        os.close(fd)


class Folder:
    """A folder opened once; every read is relative to it (one snapshot while a build swaps the path)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.fd = os.open(self.path, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise UnsafeRead(f"cannot open the folder: {exc.strerror or exc}") from None

    def close(self) -> None:
        """Release the folder."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __enter__(self) -> Folder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def removed(self) -> bool:
        """True when the folder opened was deleted since (a build replaced it and discarded it)."""
        return os.fstat(self.fd).st_nlink == 0

    def read(self, name: str, limit: int) -> bytes:
        """The bytes of the regular file ``name`` inside the folder, no link followed, at most ``limit``."""
        parts = plain_parts(name)
        fd = self.fd
        opened: list[int] = []
        try:
            for part in parts[:-1]:
                try:
                    fd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                except OSError as exc:
                    raise UnsafeRead(f"cannot be read: {exc.strerror or exc} (links are not followed)") from None
                opened.append(fd)
            file_fd = open_regular(parts[-1], dir_fd=fd)
            try:
                return read_limited(file_fd, limit)
            finally:
                os.close(file_fd)
        finally:
            for d in opened:
                os.close(d)


def _depth(value: Any, limit: int) -> int:
    """Nesting depth of parsed JSON, iteratively (no recursion on hostile input); stops past ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def parse_json(data: bytes) -> Any:
    """JSON of a descriptor; ValueError with a one-line reason for bad UTF-8, bad JSON or deep nesting."""
    try:
        value = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc.msg} (line {exc.lineno})") from None
    except RecursionError:
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels") from None
    if _depth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def remote_references(desc: dict[str, Any]) -> list[str]:
    """What in a descriptor would make Frictionless read beyond the package's own files, one line each."""
    out: list[str] = []
    for key in ("$schema", "profile"):
        if key in desc and desc[key] not in STANDARD_PROFILES:
            out.append(f"{key} {desc[key]!r} is not a standard profile (custom profiles are not fetched)")
    resources = desc.get("resources")
    if not isinstance(resources, list):
        return out
    for n, r in enumerate(resources):
        if not isinstance(r, dict):
            continue
        name = r.get("name", n)
        for key in ("$schema", "profile"):
            if key in r and r[key] not in STANDARD_PROFILES:
                out.append(f"resource {name!r}: {key} {r[key]!r} is not a standard profile")
        if "path" in r:  # one file, or a list of parts (a multi-part package)
            for path in r["path"] if isinstance(r["path"], list) and r["path"] else [r["path"]]:
                try:
                    plain_parts(path)
                except UnsafeRead as exc:
                    out.append(f"resource {name!r}: path {exc}")
                    break
        if r.get("scheme", "file") != "file":
            out.append(f"resource {name!r}: scheme {r['scheme']!r} is refused (only local files are read)")
        for key in ("schema", "dialect"):
            if key in r and not isinstance(r[key], dict):
                out.append(f"resource {name!r}: {key} must be given inline, not as {r[key]!r}")
    return out
