"""Progress bars (tqdm) on stderr for the long phases; silent when stderr is not a terminal or when
asked to be quiet, so logs and pipes get only the summary line."""

from __future__ import annotations

import sys
from typing import Any


def bar(total: int, desc: str, unit: str, quiet: bool = False) -> Any:
    """A tqdm bar over ``total`` items, disabled off a terminal."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc=desc,
        unit=unit,
        file=sys.stderr,
        disable=quiet or not sys.stderr.isatty(),
        mininterval=0.5,
        dynamic_ncols=True,
        leave=False,
    )


def counted(n: int, plural: str) -> str:
    """``n`` and its noun, singular for one (``1 article``, ``2 articles``): the nouns of the summary
    lines (articles, the tables' names) are all plurals in -s."""
    return f"{n} {plural[:-1] if n == 1 and plural.endswith('s') else plural}"
