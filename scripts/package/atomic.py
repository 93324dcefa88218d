"""One file written whole or not at all: under a temporary name beside it, then renamed over it.

The cache's entries, a mirrored corpus's files and the citation files are written so; a failed
write (a full disk, a read-only folder, Ctrl-C) removes its temporary file, so that nothing is left
beside the file (a build on a full disk once left one per cache entry).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path


def temporary_name(path: Path) -> Path:
    """A hidden name beside ``path`` that no other writer (process or thread) uses."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")


def write_whole(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` under a temporary name, then rename it; on any failure remove the
    temporary file before raising."""
    target = Path(path)
    tmp = temporary_name(target)
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
