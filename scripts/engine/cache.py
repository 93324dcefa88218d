"""The per-article cache: one small JSON file per article result, named by the result's key.

A result is stored only after its article was extracted in full; it holds the article's rows as the
CSV bytes the package holds (without header) and their SHA-256 digests. Files are written whole
(write then rename) so that a killed build never leaves half an entry; an entry that does not parse
or whose rows do not hash to their digests is treated as absent. The folder can be deleted at any
time: the next build extracts again. It lives on any fsspec path, so that the workers of a cluster
share it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from typing import Any

import fsspec

from ..package.atomic import write_whole
from ..package.safe_io import UnsafeRead, read_file

#: Bump when the layout of an entry changes.
FORMAT = 1
#: Environment variable naming the cache folder (else the user's cache folder, see :func:`default_url`).
CACHE_ENV = "NEWSFIGURES_CACHE"
#: Largest cache entry read (an article's rows as CSV text, hex Parquet of a part).
MAX_ENTRY_BYTES = 512 * 1024 * 1024


def default_url() -> str:
    """The per-user cache folder: ``$NEWSFIGURES_CACHE``, else ``$XDG_CACHE_HOME/newsfigures``, else
    ``~/.cache/newsfigures`` (never beside the package: a package folder handed to someone carries no
    cache, and ``validate`` trusts only the user's own extractions)."""
    if os.environ.get(CACHE_ENV):
        return os.environ[CACHE_ENV]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "newsfigures")


def blob_digest(blob: str) -> str:
    """Digest of an article's rows of one table (the CSV text the package holds for them)."""
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ArticleCache:
    """Get and put article results by key under a folder (local or any fsspec URL)."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        self.fs, self.root = fsspec.core.url_to_fs(self.url)
        self.local = "file" in (self.fs.protocol if isinstance(self.fs.protocol, tuple) else (self.fs.protocol,))

    def path(self, kind: str, key: str) -> str:
        """Where an entry of a kind (``articles``, ``checks``) lives: two-level fan-out by key."""
        return f"{self.root}/{kind}/{key[:2]}/{key}.json"

    def get(self, key: str, kind: str = "articles") -> dict[str, Any] | None:
        """The entry of a key, or None when absent, unreadable or damaged."""
        try:
            path = self.path(kind, key)
            if self.local:  # regular files only, bounded (a cache beside a package from anyone is read too)
                data = read_file(path, MAX_ENTRY_BYTES, follow=False)
            else:
                with self.fs.open(path, "rb") as f:
                    data = f.read()
            entry = json.loads(data.decode("utf-8"))
        except (OSError, ValueError, UnsafeRead):
            return None
        if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
            return None
        blobs = entry.get("blobs", {})
        if kind == "articles" and any(blob_digest(blobs.get(t, "")) != d for t, d in entry.get("digests", {}).items()):
            return None  # damaged on disk: extract again
        return entry

    def put(self, key: str, entry: dict[str, Any], kind: str = "articles") -> None:
        """Store an entry whole; a cache that cannot be written only costs speed."""
        path = self.path(kind, key)
        data = json.dumps({**entry, "format": FORMAT, "key": key}, ensure_ascii=False).encode("utf-8")
        with contextlib.suppress(OSError):
            if self.local:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                write_whole(path, data)
            else:
                self.fs.pipe_file(path, data)
