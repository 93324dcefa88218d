"""Read a built package for the explorer, generically: every resource and column the descriptor lists.

The explorer shows whatever columns exist, so it works across schema changes: nothing here names a
column of the figures beyond the provenance every mention table has (``source_id``, ``start``,
``end``, ``quote``). A table with one row per figure (its primary key is the figures' and it refers to
the figures) is joined onto the figures, its clashing column names prefixed with the table's name.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..package.safe_io import Folder, UnsafeRead
from ..package.validate import load_descriptor
from ..sources import decode_seed, read_bytes

# The columns of a table that says where in an article its row is: its "mentions".
MENTION_COLUMNS = ("source_id", "start", "end", "quote")


@dataclass(frozen=True)
class Column:
    """One column: its name in the explorer, the descriptor's field type, title and description."""

    name: str
    type: str = "string"
    description: str = ""
    enum: tuple[str, ...] = ()


@dataclass
class Table:
    """One resource's rows as strings (as the CSV spells them), with its columns and primary key."""

    name: str
    columns: list[Column]
    key: list[str]
    rows: list[dict[str, str]]
    foreign: list[dict[str, Any]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """The column names, in the descriptor's order."""
        return [c.name for c in self.columns]

    @property
    def is_mention(self) -> bool:
        """True for a table whose rows are spans of an article (figures, dates, exclusions)."""
        return all(c in self.names for c in MENTION_COLUMNS)

    def row_id(self, row: dict[str, str]) -> str:
        """The row's primary key as one string."""
        return "|".join(row.get(k, "") for k in self.key)


@dataclass
class Package:
    """A package as the explorer sees it: descriptor, tables by name, article texts by source id."""

    path: Path
    descriptor: dict[str, Any]
    tables: dict[str, Table]
    texts: dict[str, str]

    @property
    def mention_tables(self) -> list[Table]:
        """Figures, dates, exclusions (whatever tables have offsets), in the descriptor's order."""
        return [t for t in self.tables.values() if t.is_mention]


def column_of(f: dict[str, Any]) -> Column:
    """A descriptor field as a Column."""
    enum = f.get("constraints", {}).get("enum") or ()
    return Column(f["name"], f.get("type", "string"), f.get("description", ""), tuple(str(v) for v in enum))


def read_rows(path: Path) -> list[dict[str, str]]:
    """A CSV file's rows as dicts of strings; an unreadable file is an InputError naming it."""
    try:
        data = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the table: {exc}") from None
    try:
        return list(csv.DictReader(io.StringIO(data, newline="")))
    except csv.Error as exc:
        raise InputError(path, f"cannot parse as CSV: {exc}") from None


def paths_of(resource: dict[str, Any]) -> list[str]:
    """A resource's files: its one path, or its parts in order (a multi-part package)."""
    path = resource["path"]
    return [str(p) for p in path] if isinstance(path, list) else [str(path)]


def read_table(pkg: Path, resource: dict[str, Any]) -> Table:
    """One resource of the descriptor."""
    schema = resource.get("schema", {})
    key = schema.get("primaryKey", [])
    return Table(
        name=resource["name"],
        columns=[column_of(f) for f in schema.get("fields", [])],
        key=[key] if isinstance(key, str) else list(key),
        rows=[row for path in paths_of(resource) for row in read_rows(pkg / path)],
        foreign=list(schema.get("foreignKeys", [])),
    )


def read_texts(pkg: Path, sources: Table | None) -> dict[str, str]:
    """Each article's text (paths are relative to the package's parent), checked against its sha256."""
    if sources is None:
        return {}
    root = pkg.absolute().parent
    texts = {}
    for row in sources.rows:
        path = root / row.get("path", "")
        data = read_bytes(path)
        if row.get("sha256") and hashlib.sha256(data).hexdigest() != row["sha256"]:
            raise InputError(path, "changed since the package was built (sha256 differs): rebuild the package first")
        texts[row["source_id"]] = decode_seed(data, path)
    return texts


def read_package(pkg: Path) -> Package:
    """Every resource of the package and the article texts."""
    try:
        with Folder(pkg) as folder:  # the descriptor read safely, as validate reads it
            desc = load_descriptor(folder)
    except UnsafeRead as exc:
        raise InputError(pkg, str(exc)) from None
    tables = {r["name"]: read_table(pkg, r) for r in desc.get("resources", []) if "name" in r and "path" in r}
    return Package(pkg, desc, tables, read_texts(pkg, tables.get("sources")))


def one_per_row_of(table: Table, target: Table) -> bool:
    """True when ``table`` holds at most one row per row of ``target`` and refers to it."""
    refers = any(
        fk.get("reference", {}).get("resource") == target.name and list(fk.get("fields", [])) == target.key
        for fk in table.foreign
    )
    return refers and table.key == target.key and table is not target


def joined(pkg: Package, name: str = "figures") -> Table:
    """The ``name`` table with the columns of every table holding one row per its row (annotations)."""
    base = pkg.tables[name]
    columns = list(base.columns)
    rows = [dict(r) for r in base.rows]
    by_id = {base.row_id(r): r for r in rows}
    for other in pkg.tables.values():
        if not one_per_row_of(other, base):
            continue
        taken = set(base.names)
        extra = [c for c in other.columns if c.name not in other.key and c.name != "source_id"]
        renamed = {c.name: (f"{other.name}.{c.name}" if c.name in taken else c.name) for c in extra}
        columns += [Column(renamed[c.name], c.type, c.description, c.enum) for c in extra]
        for r in rows:
            for c in extra:
                r.setdefault(renamed[c.name], "")
        for o in other.rows:
            target = by_id.get(other.row_id(o))
            if target is not None:
                for c in extra:
                    target[renamed[c.name]] = o.get(c.name, "")
    return Table(base.name, columns, base.key, rows, base.foreign)


def role(names: list[str], *wanted: str) -> str | None:
    """The first column whose name, or name after a table prefix, is one of ``wanted`` (in that order)."""
    for w in wanted:
        for n in names:
            if n == w:
                return n
        for n in names:
            if n.rsplit(".", 1)[-1] == w:
                return n
    return None
