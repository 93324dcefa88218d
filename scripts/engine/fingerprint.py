"""Fingerprints: the extractor's version and the key of one article's inputs.

The version is the SHA-256 of the package's code and data files (word lists, vocabularies) and of the
versions of the libraries whose tables the extraction reads; any change of either gives a new version,
so a cached result can never outlive the code that made it.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path

#: File kinds that make up the extractor (code and the data files it loads).
CODE_SUFFIXES = (".py", ".toml", ".tsv", ".txt", ".json", ".csv")
#: Folders of the package that do not take part in a build's output.
NOT_EXTRACTOR = ("bench",)
#: Libraries whose data the extraction reads (currency and country tables, CLDR currency names and
#: territories, units, date parsing).
LIBRARIES = ("pycountry", "babel", "pint", "python-dateutil")


def digest(data: bytes | None) -> str:
    """SHA-256 hex digest of bytes; ``-`` for a file that does not exist."""
    return "-" if data is None else hashlib.sha256(data).hexdigest()


@functools.cache
def extractor_version() -> str:
    """SHA-256 over every code and data file of the installed package and the library versions."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.suffix not in CODE_SUFFIXES or not path.is_file() or rel.parts[0] in NOT_EXTRACTOR:
            continue
        if "__pycache__" in rel.parts:
            continue
        h.update(rel.as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    for lib in LIBRARIES:
        try:
            h.update(f"{lib}=={metadata.version(lib)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}\0".encode())
    return h.hexdigest()


def article_key(version: str, relpath: str, text: bytes, sidecar: bytes | None, annotations: bytes | None) -> str:
    """Key of one article's result: extractor version, path from the package's parent, and the bytes of
    the article, its metadata sidecar and its annotation file (absent files count as absent)."""
    return key_of(version, relpath, (digest(text), digest(sidecar), digest(annotations)))


def key_of(version: str, relpath: str, digests: tuple[str, str, str]) -> str:
    """``article_key`` from the digests of the three files."""
    return hashlib.sha256("\0".join([version, relpath, *digests]).encode()).hexdigest()
