"""Loading the published tables: typed pandas DataFrames, and the figures as pint quantities.

>>> from ..package.load import load_table, load_package, figures_as_quantities
>>> figures = load_table("figures")                  # one table, typed
>>> tables = load_package()                          # every table, in descriptor order
>>> by_unit = figures_as_quantities()                # unit -> DataFrame of pint quantities

The types come from the package's own descriptor (``datapackage.json``), mapped to pandas by
:func:`newsfigures.package.fields.pandas_dtype`, the same function that gives the dtypes of
:data:`newsfigures.package.fields.TABLES`:

- ``integer`` -> ``Int64`` (nullable: a blank cell is ``<NA>`` and the column stays integer),
- ``number`` -> ``Float64`` (nullable), parsed by Python's ``float`` (correctly rounded, the same
  double as any other reader),
- ``date`` -> ``datetime64[s]``; ISO 8601 values that may be intervals, weeks or quarters (the
  ``value`` of ``dates``, every ``period``) are ``string`` fields in the schema and stay strings,
- a field with ``constraints.enum`` -> a Categorical whose categories are exactly the enum, in order
  (a value outside the enum is an error, not a silent NaN),
- ``string`` -> pandas' ``string`` dtype.

Only the schema's ``missingValues`` (``[""]``: an empty cell) are missing: a quote reading ``NA``,
``N/A`` or ``null`` stays that text. Columns are in CSV order with a plain RangeIndex (the primary
key is an ordinary column), rows in file order. By default each file is checked against the
``bytes`` and ``hash`` the descriptor records before it is read, so what is loaded is what the
descriptor (and the codebook) describes.

pandas, and pint for the quantities, are imported only when a function runs, so importing this
module costs nothing; the command line never imports it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..package.fields import ISO_PATTERN, pandas_dtype
from ..package.safe_io import (
    MAX_DESCRIPTOR_BYTES,
    MAX_RESOURCE_BYTES,
    Folder,
    UnsafeRead,
    parse_json,
    remote_references,
)
from ..package.write import DESCRIPTOR

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

#: The default package folder, relative to the working directory.
PACKAGE_DIR = "datapackage"
#: Where pint-pandas comes from, for the error message when it is missing.
QUANTITIES_EXTRA = "pip install pint-pandas (or install newsfigures with its 'quantities' extra)"
#: Table Schema's lexical forms: Python's int() and float() alone would also take '1_000' or ' 5 '.
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|NaN|INF|-INF")


def _integer(text: str) -> int:
    """A Table Schema integer."""
    if not _INTEGER.fullmatch(text):
        raise ValueError(text)
    return int(text)


def _number(text: str) -> float:
    """A Table Schema number, parsed by Python's float (correctly rounded)."""
    if not _NUMBER.fullmatch(text):
        raise ValueError(text)
    return float(text.replace("INF", "inf"))


def package_folder(package_dir: str | Path | None = None) -> Path:
    """The package folder: the argument (a folder, or its ``datapackage.json``), else ``./datapackage``.

    Raises FileNotFoundError saying where it looked and how to name the package.
    """
    if package_dir is None:
        folder = Path.cwd() / PACKAGE_DIR
        if not (folder / DESCRIPTOR).is_file():
            raise FileNotFoundError(
                f"no data package in the current directory: {folder / DESCRIPTOR} does not exist; "
                "pass the package folder, e.g. load_table('figures', '/path/to/newsfigures/datapackage')"
            )
        return folder
    folder = Path(package_dir)
    if folder.name == DESCRIPTOR and folder.is_file():
        return folder.parent
    if not (folder / DESCRIPTOR).is_file():
        raise FileNotFoundError(f"{folder / DESCRIPTOR}: no such descriptor (is {folder} a data package folder?)")
    return folder


def read_descriptor(package_dir: str | Path | None = None) -> dict[str, Any]:
    """The package's ``datapackage.json`` as a dict (see :func:`package_folder` for where it is looked for;
    read safely: see ``newsfigures.package.safe_io``)."""
    with _folder(package_folder(package_dir)) as folder:
        return _descriptor(folder)


def _folder(package_dir: str | Path) -> Folder:
    """The package folder, opened once: every file of one load is read relative to it."""
    try:
        return Folder(package_dir)
    except UnsafeRead as exc:
        raise FileNotFoundError(f"{package_dir}: {exc}") from None


def _descriptor(folder: Folder) -> dict[str, Any]:
    """The descriptor of an opened package folder, a JSON object, or ValueError/FileNotFoundError."""
    path = folder.path / DESCRIPTOR
    try:
        data = folder.read(DESCRIPTOR, MAX_DESCRIPTOR_BYTES)
    except UnsafeRead as exc:
        if "No such file" in str(exc):
            raise FileNotFoundError(f"{path}: no such descriptor (is {folder.path} a data package folder?)") from None
        raise ValueError(f"{path}: {exc}") from None
    desc = parse_json(data)
    if not isinstance(desc, dict) or not isinstance(desc.get("resources"), list):
        raise ValueError(f"{path}: not a data package descriptor (an object with a list of resources)")
    refused = remote_references(desc)
    if refused:
        raise ValueError(f"{path}: {refused[0]}")
    return desc


def _resource(desc: dict[str, Any], name: str) -> dict[str, Any]:
    """The descriptor's resource called ``name``."""
    resources = [r for r in desc["resources"] if isinstance(r, dict)]
    for resource in resources:
        if resource.get("name") == name:
            path = resource.get("path")
            one_or_parts = isinstance(path, str) or (isinstance(path, list) and all(isinstance(p, str) for p in path))
            if not one_or_parts or not isinstance(resource.get("schema"), dict):
                raise ValueError(f"resource {name!r} has no path or no inline schema")
            return resource
    names = ", ".join(str(r.get("name", "?")) for r in resources)
    raise KeyError(f"no resource {name!r} in the package (it has: {names})")


def _files(resource: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """A resource's files, each with what the descriptor says of it (``bytes``, ``hash``): its one
    file, or each of its parts (a multi-part package: ``parts`` describes them in order)."""
    if isinstance(resource["path"], str):
        return [(resource["path"], resource)]
    parts = resource.get("parts")
    described = parts if isinstance(parts, list) and len(parts) == len(resource["path"]) else []
    return [
        (p, d if isinstance(d, dict) else {})
        for p, d in zip(resource["path"], described or [{}] * len(resource["path"]), strict=True)
    ]


def _check_file(data: bytes, path: Path, resource: dict[str, Any]) -> bytes:
    """The file's bytes, after checking them against the resource's ``bytes`` and ``hash`` (when given)."""
    if "bytes" in resource and len(data) != resource["bytes"]:
        raise ValueError(
            f"{path}: {len(data)} bytes, the descriptor says {resource['bytes']}: the file changed after the build"
        )
    if "hash" in resource:
        algorithm, _, expected = str(resource["hash"]).rpartition(":")
        actual = hashlib.new(algorithm or "md5", data).hexdigest()
        if actual != expected:
            raise ValueError(
                f"{path}: {algorithm or 'md5'} differs from the descriptor: the file changed after the build"
            )
    return data


def _parse(column: pd.Series, parse: Callable[[str], Any], dtype: str, what: str) -> pd.Series:
    """Convert a string column cell by cell with ``parse``, missing cells staying missing."""
    import pandas as pd

    values: list[Any] = []
    for i, text in zip(column.index, column, strict=True):
        if text is pd.NA:
            values.append(None)
            continue
        try:
            values.append(parse(text))
        except ValueError:
            raise ValueError(f"column {column.name!r}, data row {i + 1}: {text!r} is not {what}") from None
    return pd.Series(pd.array(values, dtype=dtype), index=column.index, name=column.name)


def _typed(column: pd.Series, field: dict[str, Any]) -> pd.Series:
    """A column read as strings, converted to the dtype of its Table Schema field."""
    import pandas as pd

    dtype = pandas_dtype(field)
    if isinstance(dtype, pd.CategoricalDtype):
        unknown = sorted(set(column.dropna()) - set(dtype.categories))
        if unknown:
            raise ValueError(f"column {column.name!r}: values outside the enum {list(dtype.categories)}: {unknown}")
        return column.astype(dtype)
    if field["type"] == "integer":
        return _parse(column, _integer, dtype, "an integer")
    if field["type"] == "number":
        return _parse(column, _number, dtype, "a number")
    if field["type"] == "date":
        fmt = field.get("format", "default")
        pattern = {"default": "%Y-%m-%d", "any": None}.get(fmt, fmt)
        try:
            parsed = pd.to_datetime(column, format=pattern)
        except ValueError as exc:
            raise ValueError(f"column {column.name!r}: not a date: {exc}") from None
        return parsed.astype(dtype)
    return column.astype(dtype)


def load_table(name: str, package_dir: str | Path | None = None, verify: bool = True) -> pd.DataFrame:
    """One resource of the package as a typed DataFrame (see the module docstring for the types).

    ``verify`` checks the file against the descriptor's ``bytes`` and ``hash`` first and raises
    ValueError when they differ.
    """
    import io

    import pandas as pd

    package_dir = package_folder(package_dir)
    schema: dict[str, Any] = {}
    frames = []
    with _folder(package_dir) as folder:
        resource = _resource(_descriptor(folder), name)
        schema = resource["schema"]
        names = [f["name"] for f in schema["fields"]]
        dialect = resource.get("dialect", {})
        for name_of_file, described in _files(resource):
            path = Path(package_dir) / name_of_file
            try:
                data = folder.read(name_of_file, MAX_RESOURCE_BYTES)
            except UnsafeRead as exc:
                raise ValueError(f"{path}: {exc}") from None
            if verify:
                _check_file(data, path, described)
            part = pd.read_csv(
                io.BytesIO(data),
                encoding=resource.get("encoding", "utf-8"),
                sep=dialect.get("delimiter", ","),
                quotechar=dialect.get("quoteChar", '"'),
                doublequote=dialect.get("doubleQuote", True),
                dtype="string",
                keep_default_na=False,
                na_values=schema.get("missingValues", [""]),
            )
            if list(part.columns) != names:
                raise ValueError(f"{path}: columns {list(part.columns)} differ from the schema {names}")
            frames.append(part)
    frame = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    for field in schema["fields"]:
        frame[field["name"]] = _typed(frame[field["name"]], field)
    return frame


def load_package(package_dir: str | Path | None = None, verify: bool = True) -> dict[str, pd.DataFrame]:
    """Every resource of the package, name -> typed DataFrame, in descriptor order."""
    folder = package_folder(package_dir)
    desc = read_descriptor(folder)
    return {r["name"]: load_table(r["name"], folder, verify) for r in desc["resources"] if isinstance(r, dict)}


def figures_as_quantities(
    package_dir: str | Path | None = None, figures: pd.DataFrame | None = None
) -> dict[str, pd.DataFrame]:
    """The figures as pint quantities of the project registry, one group per unit.

    Returns unit cell (``"USD"``, ``"percent"``, ``"count"``, ...) -> DataFrame indexed by
    ``figure_id`` with columns ``value`` and ``value_to`` (the upper end of a range, ``<NA>``
    otherwise), each a pint-pandas ``PintArray`` of that unit. One array per unit because a
    PintArray holds a single unit: ``by_unit["percent"]["value"].pint.to("dimensionless")`` is a
    vectorised conversion, and ``by_unit["RUB"]["value"].pint.to("USD")`` raises pint's
    DimensionalityError (each currency is its own dimension; exchange rates are not units). For a
    single figure, ``by_unit[unit].loc[figure_id, "value"]`` is a ``pint.Quantity``.

    ``figures`` is a figures table from :func:`load_table` (e.g. filtered); by default the
    package's. pint-pandas is an optional dependency (the ``quantities`` extra). It keeps one
    registry per process, ``pint_pandas.PintType.ureg``: this sets it to
    :func:`newsfigures.package.units.registry` and refuses to replace a different registry set by someone else.
    """
    try:
        import pint_pandas
    except ImportError:
        raise ImportError(f"figures_as_quantities needs pint-pandas: {QUANTITIES_EXTRA}") from None
    import pandas as pd
    import pint

    from ..package.units import registry

    ureg = registry()
    current = pint_pandas.PintType.ureg
    if current is not ureg:
        if current is not pint.get_application_registry():
            raise RuntimeError(
                "pint_pandas.PintType.ureg is already set to another registry; the figures need "
                "newsfigures.package.units.registry() (ISO 4217 currencies as units)"
            )
        pint_pandas.PintType.ureg = ureg
    if figures is None:
        figures = load_table("figures", package_dir)
    out: dict[str, pd.DataFrame] = {}
    for unit, group in figures.groupby("unit", sort=True, observed=True):
        dtype = pint_pandas.PintType(ureg.Unit(str(unit)))
        index = pd.Index(group["figure_id"], name="figure_id")
        out[str(unit)] = pd.DataFrame(
            {
                column: pd.Series(
                    pint_pandas.PintArray(group[column].astype("Float64").array, dtype=dtype), index=index
                )
                for column in ("value", "value_to")
            }
        )
    return out


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a period of the package (``figures.period``, ``annotations.period``,
    ``dates.value``): a year, decade (``200X``), half, quarter, season (``2004-24``, a winter, ends in the next
    year), month, ISO week or day, or an interval ``START/END`` (from START's first day to END's last). What
    comparing periods as text cannot do: ``2004-11`` lies within ``2004-Q4``. ValueError for an empty or
    malformed period, a day or week the calendar lacks (``2005-W53``), or an interval that ends before it starts
    (``2005/2004``, which would give a first day after the last)."""
    from ..extraction.dates.values import point_bounds
    from ..semantics.annotations import period_problem

    if not re.fullmatch(ISO_PATTERN, period):  # one point, or two joined by '/'
        raise ValueError(f"not an ISO 8601 period of the package: {period!r}")
    problem = period_problem(period)
    if problem:
        raise ValueError(f"period {period!r} {problem}")
    points = period.split("/")
    return point_bounds(points[0])[0], point_bounds(points[-1])[1]


def with_period_bounds(table: pd.DataFrame, column: str = "period") -> pd.DataFrame:
    """A copy of ``table`` with ``period_start`` and ``period_end`` (``datetime64[s]``, missing where the
    period is) from :func:`period_bounds` of ``column``: 'in 2004-Q4' is then ``period_start >= '2004-10-01'``
    and ``period_end <= '2004-12-31'`` (within), or ``period_start <= '2004-12-31'`` and ``period_end >=
    '2004-10-01'`` (overlapping: the year 2004 too)."""
    import pandas as pd

    out = table.copy()
    bounds = {p: period_bounds(p) for p in out[column].dropna().unique()}
    for i, name in enumerate(("period_start", "period_end")):
        days = out[column].map(lambda p, i=i: bounds[p][i] if isinstance(p, str) else None)
        out[name] = pd.to_datetime(days).astype("datetime64[s]")
    return out
