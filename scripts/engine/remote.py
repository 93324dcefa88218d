"""A corpus or a package on another file system (S3, GCS, any fsspec URL): local copies at the edges.

``validate`` reads only local folders, through ``safe_io``; so a build whose corpus is remote first
mirrors it into a local folder beside the package (``mirror``), and the package's ``sources.path``
names the mirrored files, as for any local corpus; a build whose output is remote builds and
validates in a local staging folder, then copies the package there (``upload``). To validate a
remote package, copy it (with its corpus, as ``sources.path`` names it) to a local folder first.
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

from ..errors import InputError, OutputError
from ..package.atomic import write_whole
from ..sources import ANNOTATIONS_SUFFIX, META_SUFFIX, SEED_SUFFIX

#: The file that marks a folder as a mirror made by a build (and records what was copied).
MARK = ".newsfigures-mirror.json"


def is_url(path: str | Path) -> bool:
    """Whether a path names another file system (``s3://``, ``gs://``, ``memory://``...), not a local path."""
    return "://" in str(path) and not str(path).startswith("file://")


def mirror_folder(url: str, root: Path) -> Path:
    """Where a remote corpus is mirrored: the URL's last folder name, inside ``root`` (the package's parent)."""
    name = posixpath.basename(url.split("://", 1)[1].rstrip("/")) or "corpus"
    return root / name


def mirror(url: str, target: Path) -> Path:
    """Copy the articles of a remote folder (``*.txt`` with their sidecars and annotation files) into
    ``target``: only files whose fsspec key (ETag, modification time, ...) changed since the last
    mirror are fetched, files gone from the corpus are removed. ``target`` must be absent or a mirror."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    mark = target / MARK
    if target.exists() and not mark.is_file() and any(target.iterdir()):  # empty: a first mirror that failed
        raise OutputError(target, f"exists and is not a mirror of a corpus ({MARK} missing): refusing to write there")
    try:
        listing = fs.ls(root, detail=True)
    except (OSError, FileNotFoundError) as exc:
        raise InputError(url, f"cannot list the corpus: {exc}") from None
    wanted = (SEED_SUFFIX, META_SUFFIX, ANNOTATIONS_SUFFIX)
    files = {
        posixpath.basename(e["name"]): e["name"]
        for e in listing
        if e.get("type") == "file" and e["name"].endswith(wanted)
    }
    if not any(name.endswith(SEED_SUFFIX) for name in files):
        raise InputError(url, "the seed directory holds no .txt article")
    known: dict[str, str] = json.loads(mark.read_text(encoding="utf-8")).get("keys", {}) if mark.is_file() else {}
    keys: dict[str, str] = {}
    try:
        target.mkdir(parents=True, exist_ok=True)
        if not mark.is_file():  # marked before the first file: a mirror that fails midway is still one
            write_whole(mark, json.dumps({"url": url, "keys": keys}).encode("utf-8"))
        for name, remote in sorted(files.items()):
            key = str(fs.ukey(remote))
            local = target / name
            if known.get(name) != key or not local.is_file():
                write_whole(local, fs.cat_file(remote))
            keys[name] = key
        for stale in set(known) - set(files):
            (target / stale).unlink(missing_ok=True)
        write_whole(mark, json.dumps({"url": url, "keys": keys}, indent=1, sort_keys=True).encode("utf-8"))
    except OSError as exc:
        raise OutputError(target, f"cannot mirror the corpus: {exc.strerror or exc}") from None
    return target


def staging_folder(url: str, root: Path) -> Path:
    """The local folder a build for a remote destination writes and validates (kept: the next build
    starts from it): ``.NAME.staging`` inside ``root``, the corpus's parent."""
    name = posixpath.basename(url.split("://", 1)[1].rstrip("/")) or "datapackage"
    return root / f".{name}.staging"


def upload(folder: Path, url: str) -> None:
    """Copy a built package folder to its remote destination (files first, the descriptor last, so
    that a reader never finds a descriptor naming parts not yet there)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    names = sorted(p.name for p in folder.iterdir() if p.is_file())
    names.sort(key=lambda n: n == "datapackage.json")
    try:
        fs.makedirs(root, exist_ok=True)
        for name in names:
            fs.pipe_file(f"{root.rstrip('/')}/{name}", (folder / name).read_bytes())
    except OSError as exc:
        raise OutputError(url, f"cannot copy the package there: {exc}") from None
