"""Vocabularies of the extractors, read once from data files: ``vocab/<language>/*.toml``.

Word lists are data, not code (as in Recognizers-Text or HeidelTime): ``currencies.toml`` (signs,
dollar marks, letter signs, names that CLDR does not give), ``units.toml`` (percent words, unit
words and abbreviations with their pint names, rate denominators), ``hedges.toml`` (qualifiers),
``directions.toml`` (change) and ``context.toml`` (months, label words, noun-phrase stops).

Currency names: besides the file, every ISO 4217 currency that CLDR names in English, current or
withdrawn (ISO 4217 list three: ``DEM`` German mark, ``FRF`` French franc, ``NLG`` Dutch guilder),
with its plural, comes from the Unicode CLDR tables shipped by ``babel`` (a maintained table, not
one typed here); pycountry and the ``iso4217`` package carry only the currencies in use.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

VOCAB = Path(__file__).resolve().parent / "vocab"


@cache
def toml_file(path: Path) -> dict[str, Any]:
    """The table of a TOML vocabulary file, parsed once per process: the one loader of every stage's
    ``vocab/<language>/*.toml`` (the extractors' here, the semantic stage's through ``semantics.words``). The
    table is shared by every caller: read it, never change it."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


def load(name: str, language: str = "en") -> dict[str, Any]:
    """The table ``vocab/<language>/<name>.toml`` (parsed once per process: :func:`toml_file`)."""
    return toml_file(VOCAB / language / f"{name}.toml")


def words(name: str, key: str, language: str = "en") -> frozenset[str]:
    """A word list of a vocabulary file as a set."""
    return frozenset(load(name, language)[key])


def regular_plural(word: str, longer_than: int = 2) -> bool:
    """Whether a word has the form of a regular plural: more than ``longer_than`` letters, ending in -s but
    not in -ss, -us, -is or a possessive ('doses', 'ads'; not 'business', 'bonus', 'this', "firm's").

    The bound is the caller's. After a number the word ends a counted noun, where short plurals are common
    ('10 ads', '3 PCs'): 2. Before a verb the word would head a plural subject ('the robots measure'), where
    a three-letter word in -s is more often a singular that heads a compound ('gas supply'): 3.
    """
    return len(word) > longer_than and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def ing_stems(word: str) -> tuple[str, ...]:
    """The verbs an '-ing' form may be of: the word without '-ing', then with an 'e' back ('buying' -> 'buy',
    'buye'; 'trading' -> 'trad', 'trade'); none for a word not in -ing. The caller looks each up in its
    vocabulary, where a stem that is no word finds nothing."""
    if not word.endswith("ing"):
        return ()
    stem = word.removesuffix("ing")
    return stem, stem + "e"


@cache
def cldr_currencies() -> dict[str, tuple[str, str]]:
    """ISO 4217 code -> (English name, English plural), lower case, for every currency CLDR names.

    Includes withdrawn currencies (``dem`` -> ``german mark``, ``german marks``). Codes that CLDR
    knows but ISO 4217 never listed are kept out by the caller (see ``units.currency_codes``).
    """
    from babel import Locale
    from babel.numbers import get_currency_name

    english = Locale("en")
    out: dict[str, tuple[str, str]] = {}
    for code, name in english.currencies.items():
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            continue
        plural = get_currency_name(code, count=2, locale=english)
        out[code] = (name.lower(), plural.lower())
    return out
