"""The project unit registry: currencies as their own dimensions, extras defined, units compared by factor."""

import pytest

from newsfigures.package.units import currency_codes, is_unit, parse_unit, registry, same_unit


def test_every_iso_currency_is_its_own_dimension():
    ureg = registry()
    codes = currency_codes()
    assert {"USD", "RUB", "EUR", "GBP", "JPY", "KGS"} <= codes
    dims = {str(ureg.Quantity(1, code).dimensionality) for code in codes}
    assert len(dims) == len(codes)


def test_currencies_never_convert_into_each_other():
    ureg = registry()
    with pytest.raises(Exception, match="Cannot convert"):
        ureg.Quantity(1, "USD").to("RUB")


@pytest.mark.parametrize(
    "expr",
    [
        "USD",
        "RUB",
        "percent",
        "count",
        "year",
        "USD/oil_barrel",
        "oil_barrel/day",
        "mile/hour",
        "percentage_point",
        "basis_point",
        "ppb",
    ],
)
def test_unit_cells_parse(expr):
    assert is_unit(expr)


@pytest.mark.parametrize("expr", ["dollars?", "USD/", "banana", ""])
def test_bad_units_are_refused(expr):
    assert not is_unit(expr)
    with pytest.raises(ValueError, match="does not parse"):
        parse_unit(expr)


def test_units_compare_by_dimensionality_and_factor():
    assert same_unit("kilometer", "km")
    assert same_unit("percentage_point", "percent")
    assert not same_unit("basis_point", "percent")
    assert not same_unit("USD", "EUR")
    assert registry().Quantity(250, "basis_point").to("percent").magnitude == pytest.approx(2.5)
