"""The project's one unit registry: pint's own units, every ISO 4217 currency, and a few extras.

Everything that writes or checks a ``unit`` cell imports this module. A unit cell is a pint
unit expression that parses in :func:`registry`: ``USD``, ``RUB``, ``percent``, ``count``,
``year``, ``USD/oil_barrel``, ``oil_barrel/day``, ``mile/hour``.

Each currency is its own base dimension (``[currency_USD]``), so pint never converts one
currency into another (exchange rates are not units) and two amounts of the same currency
compare by factor. The list of codes comes from maintained tables, not a hand-typed one: ISO 4217
in use (``pycountry``) and the withdrawn currencies of ISO 4217's historical list that the Unicode
CLDR still names (``babel``: ``DEM``, ``FRF``, ``NLG``, ``ITL``, ...).

Units mean what they say: :func:`kind_problem` checks a unit's dimensionality against the figure's
kind (a duration converts to years, money has one currency dimension, a percent or a count is
dimensionless), so that a pint name with another meaning (pint's ``decade`` is a logarithmic ratio,
its ``quarter`` a mass, ``point`` a length) cannot pass. Time units pint lacks are defined under
names pint does not take: ``quarter_year``, ``half_year``, ``decade_year``. Denominators of prices
per unit (``USD/share``, ``EUR/person``) are names of ``count``.

pint is imported lazily: the extraction path only needs the codes, not the registry.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pint

#: Definitions the project adds to pint's defaults, in pint's definition syntax.
EXTRA_DEFINITIONS: tuple[str, ...] = (
    "percentage_point = 0.01",
    "basis_point = 1e-4",
    "ppb = 1e-9",
    # periods of the calendar that pint lacks or names otherwise (its 'decade' is logarithmic)
    "quarter_year = year / 4",
    "half_year = year / 2",
    "decade_year = 10 * year",
    # what a price is per: '$50 a share' is USD/share, '£30 a head' GBP/person (each a count)
    "share = count",
    "person = count",
    "household = count",
    "passenger = count",
    "user = count",
    "employee = count",
    "adult = count",
    "child = count",
    "game = count",
    "night = count",
    "item = count",
)

#: Kinds whose unit is dimensionless (a count is a number of things; percent and basis points ratios).
DIMENSIONLESS_KINDS = frozenset({"percent", "count", "fraction", "multiple", "number"})

#: How unit cells are written, for the descriptor and the codebook.
UNIT_CONVENTION = (
    "Units are pint (https://pint.readthedocs.io) unit expressions. Currencies are ISO 4217 "
    "codes, each defined as its own base dimension ([currency_XXX]) so that no currency converts "
    "into another; 'count' marks counted people or things; 'percent', 'percentage_point' (0.01) "
    "and 'basis_point' (1e-4) are dimensionless. To load: registry = pint.UnitRegistry(); "
    "registry.define('percentage_point = 0.01'); registry.define('basis_point = 1e-4'); "
    "registry.define('ppb = 1e-9'); registry.define('quarter_year = year / 4'); "
    "registry.define('half_year = year / 2'); registry.define('decade_year = 10 * year'); for each price "
    "denominator D of share, person, household, passenger, user, employee, adult, child, game, night, item: "
    "registry.define(f'{D} = count'); and for each ISO 4217 code C, in use or withdrawn: "
    "registry.define(f'{C} = [currency_{C}]'). `newsfigures.package.units.registry()` does exactly this."
)


@cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 alphabetic code in use (pycountry) or withdrawn and still named by CLDR (babel)."""
    import pycountry
    from babel.numbers import list_currencies

    cldr = {c for c in list_currencies() if len(c) == 3 and c.isalpha() and c.isupper()}
    return frozenset(c.alpha_3 for c in pycountry.currencies) | cldr


@cache
def active_currency_codes() -> frozenset[str]:
    """ISO 4217 codes of the currencies in use (pycountry's table of ISO 4217 list one)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


@cache
def registry() -> pint.UnitRegistry:
    """Build (once) the project registry: pint defaults + currencies + EXTRA_DEFINITIONS."""
    import pint

    ureg: pint.UnitRegistry = pint.UnitRegistry(cache_folder=None)
    for definition in EXTRA_DEFINITIONS:
        ureg.define(definition)
    for code in sorted(currency_codes()):
        if code in ureg:
            raise RuntimeError(f"ISO 4217 code {code} collides with a pint unit of the same name")
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


def parse_unit(expression: str) -> pint.Unit:
    """Parse a unit cell; raise ValueError naming the expression when it is not a unit of the registry."""
    if not expression.strip():
        raise ValueError("an empty unit does not parse in the project registry")
    ureg = registry()
    try:
        parsed = ureg.parse_units(expression)
    except Exception as exc:  # pint raises several error types for bad expressions
        raise ValueError(f"unit {expression!r} does not parse in the project registry: {exc}") from exc
    return parsed


def is_unit(expression: str) -> bool:
    """True when ``expression`` parses in the project registry."""
    try:
        parse_unit(expression)
    except ValueError:
        return False
    return True


def same_unit(a: str, b: str) -> bool:
    """True when two unit expressions have the same dimensionality and factor (``kilometer`` == ``km``)."""
    ureg = registry()
    qa, qb = ureg.Quantity(1, parse_unit(a)), ureg.Quantity(1, parse_unit(b))
    if qa.dimensionality != qb.dimensionality:
        return False
    return abs(qa.to(qb.units).magnitude - 1.0) < 1e-9


def kind_problem(kind: str, expression: str) -> str:
    """Why a unit cannot be the unit of a figure of ``kind`` (empty when it can), by dimensionality.

    money: exactly one currency dimension, to the first power (``USD``); duration and age: time
    (converts to years); percent, count, fraction, multiple, number: dimensionless (``count``,
    ``percent``); quantity: a physical unit, neither currency nor time; rate: a ratio ``A/B``.
    """
    try:
        unit = parse_unit(expression)
    except ValueError as exc:
        return str(exc)
    ureg = registry()
    try:
        dims = {str(d): float(p) for d, p in ureg.Quantity(1, unit).dimensionality.items()}  # type: ignore[arg-type]
    except Exception as exc:  # a logarithmic unit has no plain dimensionality
        return f"unit {expression!r} is not a linear unit: {exc}"
    currencies = {d: p for d, p in dims.items() if d.startswith("[currency_")}
    if _logarithmic(ureg, unit) and kind != "quantity":
        return f"unit {expression!r} is logarithmic, not a unit of a {kind}"
    if kind == "money":
        if len(currencies) != 1 or next(iter(currencies.values())) != 1 or len(dims) != 1:
            return f"unit {expression!r} of a money figure is not one currency (dimensionality {_dims(dims)})"
    elif kind in ("duration", "age"):
        if dims != {"[time]": 1}:
            return f"unit {expression!r} of a {kind} is not a time (dimensionality {_dims(dims)})"
    elif kind in DIMENSIONLESS_KINDS and dims:
        return f"unit {expression!r} of a {kind} figure is not dimensionless (dimensionality {_dims(dims)})"
    elif kind == "count" and expression != "count":
        return f"unit {expression!r} of a count is not 'count'"
    elif kind == "quantity" and (currencies or dims == {"[time]": 1}):
        return f"unit {expression!r} of a quantity is a {'currency' if currencies else 'time'}"
    elif kind == "rate" and "/" not in expression:
        return f"unit {expression!r} of a rate is not a ratio A/B"
    return ""


def _logarithmic(ureg: pint.UnitRegistry, unit: pint.Unit) -> bool:
    """True when a unit is one of pint's logarithmic units (``decade``, ``octave``, ``decibel``)."""
    return any(not ureg._units[name].is_multiplicative for name in unit._units if name in ureg._units)


def _dims(dims: dict[str, float]) -> str:
    """A dimensionality written briefly (``[time]``, ``[length] ** 3``, ``dimensionless``)."""
    if not dims:
        return "dimensionless"
    return " * ".join(d if p == 1 else f"{d} ** {p:g}" for d, p in sorted(dims.items()))
