"""Loading: our loader, frictionless and DuckDB read the same values; dtypes follow the schema.

The three readers share nothing but the CSV files and the descriptor: the loader (pandas), the
Frictionless framework's own ``to_pandas`` and DuckDB's CSV reader with the column types of the
descriptor. Every value of every table must come out the same, as the same Python type.
"""

import csv
import datetime as dt
import json
import math
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pint
import pint_pandas
import pytest
from frictionless import Package
from package_checks import SHIPPED, require_shipped

from newsfigures.cli import main
from newsfigures.package.codebook import DUCKDB_TYPES
from newsfigures.package.fields import TABLES, TABLES_BY_NAME
from newsfigures.package.load import figures_as_quantities, load_package, load_table
from newsfigures.package.units import registry

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "datapackage"
NAMES = [t.name for t in TABLES]
#: Text that pandas' default reader takes for a missing value; a cell holding it must stay text.
NA_WORDS = {"title": "NA", "subtitle": "N/A", "authors": "null", "publisher": "None", "original_publisher": "nan"}


@pytest.fixture(scope="module")
def na_package(tmp_path_factory) -> Path:
    """A package built from one seed whose metadata cells read NA, N/A, null, None and nan."""
    project = tmp_path_factory.mktemp("na")
    seeds = project / "seeds"
    seeds.mkdir()
    (seeds / "na_words.txt").write_text(
        "# NA\n\nPrices rose 5% in 2020 and exports reached $3.4 billion, the NA ministry said.\n"
        "About 1,200 people answered N/A or null to the survey on Feb. 3, 2021.\n",
        encoding="utf-8",
    )
    sidecar = "\n".join(
        [
            *(f'{key} = "{word}"' for key, word in NA_WORDS.items() if key != "authors"),
            f'authors = ["{NA_WORDS["authors"]}"]',
            'published = "2021-03-01"',
            "",
        ]
    )
    (seeds / "na_words.meta.toml").write_text(sidecar, encoding="utf-8")
    assert main(["build", "--quiet", "--seeds", str(seeds), "--out", str(project / "datapackage")]) == 0
    return project / "datapackage"


def plain(value: Any) -> Any:
    """A cell as a plain Python value: None for any missing marker, int, float, date or str."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        assert value == value.normalize(), value
        return value.date()
    if isinstance(value, np.generic):
        return value.item()
    return value


def typed_rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple[tuple[type, Any], ...]]:
    """Rows as tuples of (type, value), so that 1 and 1.0 or '1' do not compare equal."""
    rows = zip(*(frame[c].astype(object).tolist() for c in columns), strict=True)
    return [tuple((type(v), v) for v in map(plain, row)) for row in rows]


def via_loader(package: Path, name: str) -> list[tuple[tuple[type, Any], ...]]:
    frame = load_table(name, package)
    return typed_rows(frame, TABLES_BY_NAME[name].columns)


def via_frictionless(package: Path, name: str) -> list[tuple[tuple[type, Any], ...]]:
    frame = Package(str(package / "datapackage.json")).get_resource(name).to_pandas().reset_index()
    return typed_rows(frame, TABLES_BY_NAME[name].columns)


def via_duckdb(package: Path, name: str) -> list[tuple[tuple[type, Any], ...]]:
    resource = next(
        r
        for r in json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["resources"]
        if r["name"] == name
    )
    fields = resource["schema"]["fields"]
    columns = "{" + ", ".join(f"'{f['name']}': '{DUCKDB_TYPES[f['type']]}'" for f in fields) + "}"
    select = ", ".join(f'"{f["name"]}"' for f in fields)
    query = (
        f"select {select} from read_csv('{package / resource['path']}', header = true, delim = ',', "
        f"quote = '\"', escape = '\"', columns = {columns}, nullstr = '')"
    )
    with duckdb.connect() as con:
        rows = con.sql(query).fetchall()
    return [tuple((type(v), v) for v in map(plain, row)) for row in rows]


@pytest.fixture(scope="module")
def built(built_project: Path) -> Path:
    """A package of the suite's own articles (tests/fixtures/seeds): every table has rows, whatever
    seeds/ holds (the shipped package of an article with no figures has an empty figures table)."""
    return built_project / "datapackage"


@pytest.mark.parametrize("name", NAMES)
def test_loader_frictionless_and_duckdb_agree_on_every_value(built, name):
    ours, theirs, sql = via_loader(built, name), via_frictionless(built, name), via_duckdb(built, name)
    assert ours, f"{name} is empty: nothing was compared"
    assert ours == theirs
    assert ours == sql


@pytest.mark.parametrize("name", NAMES)
def test_the_three_readers_agree_on_a_package_full_of_na_words(na_package, name):
    ours = via_loader(na_package, name)
    assert ours == via_frictionless(na_package, name)
    assert ours == via_duckdb(na_package, name)


def test_the_readers_agree_on_types_too(built):
    """The comparison is by (type, value): an integer read as a float would be a difference."""
    row = via_duckdb(built, "figures")[0]
    types = dict(zip(TABLES_BY_NAME["figures"].columns, (t for t, _ in row), strict=True))
    assert (types["start"], types["value"], types["quote"]) == (int, float, str)
    columns = TABLES_BY_NAME["sources"].columns
    dated = [dict(zip(columns, r, strict=True)) for r in via_loader(built, "sources")]
    assert dated and all(r["published"][0] in (dt.date, type(None)) for r in dated)
    assert any(r["published"][0] is dt.date for r in dated)


def test_dtypes_are_the_ones_fields_py_defines():
    tables = load_package(PACKAGE)
    assert list(tables) == NAMES
    for table in TABLES:
        frame = tables[table.name]
        assert list(frame.columns) == table.columns
        for column, dtype in table.pandas_dtypes().items():
            assert frame[column].dtype == dtype, f"{table.name}.{column}: {frame[column].dtype} != {dtype}"


def test_enum_columns_are_categoricals_with_exactly_the_enum():
    tables = load_package(PACKAGE)
    checked = 0
    for table in TABLES:
        for field in table.fields:
            if field.enum is None:
                continue
            dtype = tables[table.name][field.name].dtype
            assert isinstance(dtype, pd.CategoricalDtype), f"{table.name}.{field.name}"
            assert list(dtype.categories) == list(field.enum)
            assert not dtype.ordered
            checked += 1
    assert checked >= 8


def test_dates_are_datetimes_and_iso_values_stay_strings():
    require_shipped(PACKAGE)
    sources = load_table("sources", PACKAGE).set_index("source_id")
    assert sources["published"].dtype == "datetime64[s]"
    assert sources.loc[list(SHIPPED), "published"].tolist() == [pd.Timestamp("2021-03-01"), pd.Timestamp("2021-02-24")]
    dates = load_table("dates", PACKAGE)
    assert dates["value"].dtype == "string"
    assert "2021-03-02/2021-03-03" in set(dates.loc[dates["source_id"] == SHIPPED[0], "value"])
    assert load_table("figures", PACKAGE)["period"].dtype == "string"


def test_blank_numbers_are_na_in_nullable_columns(built_project):
    """On the suite's own articles (tests/fixtures/seeds), which hold a conversion in parentheses."""
    figures = load_table("figures", built_project / "datapackage")
    assert figures["value_to"].dtype == "Float64"
    assert figures["value_to"].isna().any()
    assert figures["value"].notna().all()
    assert figures["equivalent_of"].dtype == "string"
    assert figures["equivalent_of"].isna().any() and figures["equivalent_of"].notna().any()


def small_package(folder: Path, fields: list[dict[str, Any]], data: bytes) -> Path:
    """A one-resource package ``t`` (no bytes or hash: the loader checks those only when present)."""
    descriptor = {
        "name": "small",
        "resources": [{"name": "t", "path": "t.csv", "schema": {"fields": fields, "missingValues": [""]}}],
    }
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    (folder / "t.csv").write_bytes(data)
    return folder


def test_integer_columns_with_blanks_stay_int64(tmp_path):
    """Every integer column of our own tables is required, so a small package shows the blank case."""
    fields = [
        {"name": "n", "type": "integer"},
        {"name": "x", "type": "number"},
        {"name": "d", "type": "date"},
        {"name": "k", "type": "string", "constraints": {"enum": ["b", "a"]}},
        {"name": "s", "type": "string"},
    ]
    small_package(
        tmp_path, fields, b"n,x,d,k,s\r\n1,0.1,2021-02-24,a,NA\r\n,,,,\r\n9007199254740993,1e-5,2020-12-31,b,\r\n"
    )
    t = load_table("t", tmp_path)
    assert t["n"].dtype == "Int64"
    assert t["n"].tolist() == [1, pd.NA, 9007199254740993]  # 2**53 + 1: no trip through a float
    assert t["x"].dtype == "Float64" and t["x"].tolist() == [0.1, pd.NA, 1e-5]
    assert t["d"].dtype == "datetime64[s]" and t["d"].isna().tolist() == [False, True, False]
    assert list(t["k"].cat.categories) == ["b", "a"] and t["k"].isna().tolist() == [False, True, False]
    assert t["s"].tolist() == ["NA", pd.NA, pd.NA]


def test_na_words_survive_as_text(na_package):
    sources = load_table("sources", na_package)
    row = sources.iloc[0]
    for column, word in NA_WORDS.items():
        assert row[column] == word, column
    figures = load_table("figures", na_package)
    assert figures["sentence"].str.contains(r"\bNA\b").any()
    # The control: pandas' default reader turns every one of these cells into a missing value.
    naive = pd.read_csv(na_package / "sources.csv")
    assert naive.loc[0, list(NA_WORDS)].isna().all()


@pytest.mark.parametrize(
    ("type_", "cell", "what"),
    [("integer", "1_000", "an integer"), ("integer", "1.0", "an integer"), ("number", " 5", "a number")],
)
def test_cells_outside_the_table_schema_lexical_forms_are_errors(tmp_path, type_, cell, what):
    small_package(tmp_path, [{"name": "n", "type": type_}], f"n\r\n{cell}\r\n".encode())
    with pytest.raises(ValueError, match=f"is not {what}"):
        load_table("t", tmp_path)


def edit_first_figure(package: Path, column: str, value: str) -> None:
    """Rewrite the first row of figures.csv with one cell changed, as a hand edit would."""
    path = package / "figures.csv"
    with open(path, encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    table[1][table[0].index(column)] = value
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(table)


def test_a_file_changed_after_the_build_is_refused(tmp_path, built):
    package = tmp_path / "datapackage"
    shutil.copytree(built, package)
    edit_first_figure(package, "value", "1600000000.5")
    with pytest.raises(ValueError, match="changed after the build"):
        load_table("figures", package)
    assert load_table("figures", package, verify=False)["value"].tolist()[0] == 1600000000.5


def test_a_value_outside_the_enum_is_an_error_not_a_missing_value(tmp_path, built):
    package = tmp_path / "datapackage"
    shutil.copytree(built, package)
    edit_first_figure(package, "qualifier", "roughly")
    with pytest.raises(ValueError, match=r"outside the enum.*roughly"):
        load_table("figures", package, verify=False)


def test_the_loader_finds_datapackage_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(PACKAGE.parent)
    assert load_table("sources").equals(load_table("sources", PACKAGE))
    assert load_table("sources", PACKAGE / "datapackage.json").equals(load_table("sources", PACKAGE))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match=r"no data package in the current directory: .* pass the package"):
        load_table("figures")
    with pytest.raises(FileNotFoundError, match="no such descriptor"):
        load_package(tmp_path / "elsewhere")


def test_an_unknown_table_names_the_known_ones():
    with pytest.raises(KeyError, match="figures"):
        load_table("figure", PACKAGE)


# --- the unit-aware view ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def by_unit() -> dict[str, pd.DataFrame]:
    return figures_as_quantities(PACKAGE)


def figure_id(quote: str, sentence_words: str) -> str:
    """The figure of a shipped article with this quote in a sentence holding these words."""
    require_shipped(PACKAGE)
    figures = load_table("figures", PACKAGE)
    figures = figures[figures["source_id"].isin(SHIPPED)]
    hits = figures[(figures["quote"] == quote) & figures["sentence"].str.contains(sentence_words, regex=False)]
    assert len(hits) == 1
    return hits["figure_id"].iloc[0]


def test_every_figure_is_in_its_unit_group_with_its_value(by_unit):
    figures = load_table("figures", PACKAGE).set_index("figure_id")
    assert sum(len(group) for group in by_unit.values()) == len(figures)
    ureg = registry()
    for unit, group in by_unit.items():
        for column in ("value", "value_to"):
            assert isinstance(group[column].dtype, pint_pandas.PintType)
            assert group[column].pint.units == ureg.Unit(unit)
            magnitudes = group[column].pint.magnitude.astype("Float64")
            expected = figures.loc[group.index, column]
            assert magnitudes.tolist() == expected.tolist()
        assert set(figures.loc[group.index, "unit"]) == {unit}


def test_a_percentage_converts_to_a_dimensionless_fraction(by_unit):
    fid = figure_id("8.6%", "shrank by 8.6%")
    quantity = by_unit["percent"].loc[fid, "value"]
    assert isinstance(quantity, pint.Quantity)
    assert quantity.to("dimensionless").magnitude == pytest.approx(0.086)
    assert by_unit["percent"]["value"].pint.to("dimensionless").loc[fid].magnitude == pytest.approx(0.086)


def test_a_dollar_amount_is_in_usd(by_unit):
    ureg = registry()
    fid = figure_id("\\$1.5 billion", "bilateral trade turnover")
    assert by_unit["USD"]["value"].pint.units == ureg.USD
    assert by_unit["USD"].loc[fid, "value"] == ureg.Quantity(1.5e9, "USD")


def test_two_currencies_do_not_convert_into_each_other(by_unit):
    require_shipped(PACKAGE)  # their rubles and dollars
    with pytest.raises(pint.DimensionalityError):
        by_unit["RUB"]["value"].pint.to("USD")
    with pytest.raises(pint.DimensionalityError):
        by_unit["USD"]["value"].pint.to("RUB")


def test_a_filtered_table_gives_only_its_units(built):
    figures = load_table("figures", built)
    money = figures[figures["kind"] == "money"]
    assert money.size and set(figures_as_quantities(built, money)) == set(money["unit"])
    shipped = money[money["source_id"].isin(SHIPPED)]
    assert set(figures_as_quantities(built, shipped)) == set(shipped["unit"])


def test_without_pint_pandas_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pint_pandas", None)  # makes `import pint_pandas` raise ImportError
    with pytest.raises(ImportError, match="pint-pandas"):
        figures_as_quantities(PACKAGE)


def test_a_foreign_pint_pandas_registry_is_not_replaced(monkeypatch):
    foreign = pint.UnitRegistry()
    monkeypatch.setattr(pint_pandas.PintType, "ureg", foreign)
    with pytest.raises(RuntimeError, match="another registry"):
        figures_as_quantities(PACKAGE)
    assert pint_pandas.PintType.ureg is foreign


# --- import cost ---------------------------------------------------------------------------------


def test_importing_the_loader_and_running_extract_load_neither_pandas_nor_pint(tmp_path):
    text = tmp_path / "t.txt"
    text.write_text("Prices rose 5% in 2020 and exports reached $3.4 billion.\n", encoding="utf-8")
    code = (
        "import sys, io, contextlib\n"
        "import newsfigures.package.load\n"
        "heavy = {'pandas', 'pint', 'pint_pandas', 'numpy'}\n"
        "assert not heavy & set(sys.modules), sorted(heavy & set(sys.modules))\n"
        "del sys.modules['newsfigures.package.load']\n"
        "from newsfigures.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    assert main(['extract', {str(text)!r}]) == 0\n"
        "assert '3400000000' in out.getvalue(), out.getvalue()\n"
        "loaded = (heavy | {'newsfigures.package.load'}) & set(sys.modules)\n"
        "assert not loaded, sorted(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_figures_filter_by_time_through_their_period_bounds():
    """'Every figure about GB in 2004-Q4': within the quarter (a month, a day of it, the quarter itself),
    not the year that holds it nor a figure with no period."""
    from newsfigures.package.load import with_period_bounds

    figures = pd.DataFrame(
        {
            "period": pd.array(["2004-Q4", "2004-11", "2004", None, "2004-12-31", "2004-12/2005-01"], dtype="string"),
            "subject": pd.array(["GB", "GB;NL", "GB", "GB", "US", "GB"], dtype="string"),
        }
    )
    bounded = with_period_bounds(figures)
    assert list(bounded.columns) == ["period", "subject", "period_start", "period_end"]
    assert str(bounded["period_start"].dtype) == "datetime64[s]" and bounded["period_end"].isna().tolist()[3]
    within = bounded[(bounded["period_start"] >= "2004-10-01") & (bounded["period_end"] <= "2004-12-31")]
    gb = within[within["subject"].str.split(";").map(lambda codes: "GB" in codes)]
    assert gb["period"].tolist() == ["2004-Q4", "2004-11"]
    overlaps = bounded[(bounded["period_start"] <= "2004-12-31") & (bounded["period_end"] >= "2004-10-01")]
    assert overlaps["period"].tolist() == ["2004-Q4", "2004-11", "2004", "2004-12-31", "2004-12/2005-01"]
    assert "period_start" not in figures.columns  # a copy
