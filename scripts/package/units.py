"""The project's one unit registry: pint's own units, every ISO 4217 currency, and a few extras.

Everything that writes or checks a ``unit`` cell imports this module. A unit cell is a pint
unit expression that parses in :func:`registry`: ``USD``, ``RUB``, ``percent``, ``count``,
``year``, ``USD/oil_barrel``, ``oil_barrel/day``, ``mile/hour``.

Each currency is its own base dimension (``[currency_USD]``), so pint never converts one
currency into another (exchange rates are not units) and two amounts of the same currency
compare by factor. The list of codes comes from ``pycountry`` (ISO 4217), not a hand-typed table.

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
)

#: How unit cells are written, for the descriptor and the codebook.
UNIT_CONVENTION = (
    "Units are pint (https://pint.readthedocs.io) unit expressions. Currencies are ISO 4217 "
    "codes, each defined as its own base dimension ([currency_XXX]) so that no currency converts "
    "into another; 'count' marks counted people or things; 'percent', 'percentage_point' (0.01) "
    "and 'basis_point' (1e-4) are dimensionless. To load: registry = pint.UnitRegistry(); "
    "registry.define('percentage_point = 0.01'); registry.define('basis_point = 1e-4'); "
    "registry.define('ppb = 1e-9'); and for each ISO 4217 code C: registry.define(f'{C} = [currency_{C}]'). "
    "`newsfigures.package.units.registry()` does exactly this."
)


@cache
def currency_codes() -> frozenset[str]:
    """Every active ISO 4217 alphabetic code, from pycountry's maintained table."""
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
