"""The draft of a figure: one numeral (or two, for a range) and what its context has said so far."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..numbers import Numeral


@dataclass(slots=True)
class Draft:
    """A figure being assembled from one numeral (or two, for a range) and its context."""

    qstart: int  # quote start (currency sign or number)
    qend: int  # quote end (unit, denominator, "or so")
    hstart: int  # start of the hedge/direction words before the quote (for joining)
    value: Decimal
    kind: str = "number"
    unit: str = "dimensionless"
    value_to: Decimal | None = None
    qualifier: str = "exact"
    change: str = "none"
    noun: str = ""
    numeral: Numeral | None = None
    explicit_unit: bool = False  # a currency, percent or unit is written
    currency_before: bool = False
    year_like: bool = False
    date_part: bool = False
    joiner: str = ""  # "from"/"between" written before
    equivalent_of: int | None = None
    base_scale: str = ""
    exclusion: str = ""  # reason when this draft is not a claim
    subunit: bool = False  # written in a sub-unit ("ten cents"): may complete an amount before it
    # a form several currencies share ("cents", "Rs", "K"): (code, factor) each, the default first (code
    # "" for none); the sentence decides (see localise); ``factor`` is the one applied to the value so far
    options: tuple[tuple[str, Decimal], ...] = ()
    factor: Decimal = Decimal(1)
