"""Fields are defined once; schemas, codebook and dtypes are generated from them."""

import re

import pandas as pd

from newsfigures.extraction.mentions import CHANGES, KINDS, QUALIFIERS
from newsfigures.package.fields import ISO_PATTERN, TABLES, TABLES_BY_NAME


def test_every_field_has_a_description_and_a_known_type():
    for table in TABLES:
        for field in table.fields:
            assert field.description.strip(), f"{table.name}.{field.name}"
            assert field.type in {"string", "integer", "number", "date"}


def test_primary_and_foreign_keys_name_real_columns():
    for table in TABLES:
        assert set(table.primary_key) <= set(table.columns)
        for fk in table.foreign_keys:
            assert set(fk["fields"]) <= set(table.columns)
            target = TABLES_BY_NAME[fk["reference"]["resource"] or table.name]
            assert set(fk["reference"]["fields"]) <= set(target.columns)


def test_closed_sets_come_from_the_mention_vocabularies():
    figures = TABLES_BY_NAME["figures"].schema()
    enums = {f["name"]: f["constraints"].get("enum") for f in figures["fields"] if "constraints" in f}
    assert enums["kind"] == list(KINDS)
    assert enums["qualifier"] == list(QUALIFIERS)
    assert enums["change"] == list(CHANGES)


def test_pandas_dtypes_follow_the_schema():
    dtypes = TABLES_BY_NAME["figures"].pandas_dtypes()
    assert dtypes["start"] == "Int64"
    assert dtypes["value"] == "Float64"
    assert isinstance(dtypes["kind"], pd.CategoricalDtype)
    assert list(dtypes["kind"].categories) == list(KINDS)
    assert TABLES_BY_NAME["sources"].pandas_dtypes()["published"] == "datetime64[s]"


def test_iso_pattern_accepts_the_documented_forms_only():
    iso = re.compile(ISO_PATTERN)
    for good in [
        "2021",
        "2021-02",
        "2021-02-24",
        "2020-Q4",
        "2020-H1",
        "2021-W08",
        "199X",
        "2021-03-02/2021-03-03",
        "2005-03-21/2006-03-20",  # a fiscal year dated from a day other than a month's first (gold README)
        "2015/2020",
    ]:
        assert iso.match(good), good
    for bad in ["21", "2021-13", "2021-02-30x", "2020-Q5", "March 2021", "2021/", ""]:
        assert not iso.match(bad), bad
