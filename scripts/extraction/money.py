"""Money vocabulary: which written forms name which ISO 4217 currency, built once from data files.

:mod:`newsfigures.extraction.figures` reads amounts with these tables; they come from
``vocab/en/currencies.toml`` (signs, dollar marks, letter signs, names the news uses that CLDR does
not give: ``Deutschmarks``, ``guilders``, ``greenbacks``) and from CLDR's English names and plurals of
every currency, current or withdrawn (``german marks``, ``french francs``; see
:func:`newsfigures.extraction.lexicon.cldr_currencies`). The file wins where both name a currency.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from typing import Any

from ..extraction import lexicon

_CUR = lexicon.load("currencies")

#: Currency signs written before the number (``£``, ``€``), also read after it (``25 €``).
SIGNS: dict[str, str] = _CUR["signs"]
#: Signs read after the number: the signs above, plus ``元``, ``円`` and a trailing ``$``.
SIGNS_AFTER: dict[str, str] = {**SIGNS, **_CUR["signs_after"]}
#: Country marks of a dollar sign: ``US$``, ``$US``, ``A$``, ``HK $``, ``C$``, ``c $``.
DOLLAR_MARKS: dict[str, str] = _CUR["dollar_marks"]
#: Country marks that are also words, read only against the sign (``a$ 210 million``, not ``a $5 loss``).
DOLLAR_MARKS_ATTACHED: dict[str, str] = _CUR["dollar_marks_attached"]
#: Letter abbreviations written before the number (``Rs 500``, ``RM23.50``, ``Y=100``).
LETTER_SIGNS: dict[str, str] = _CUR["letter_signs"]
#: Letter abbreviations written after the number (``40 million DM``).
LETTER_SIGNS_AFTER: dict[str, str] = _CUR["letter_signs_after"]
#: Letter signs after the number read as currency only after an amount with a scale, separators or decimals.
WEAK_SIGNS_AFTER = frozenset(_CUR["weak_signs_after"])
#: Letter signs read as currency only before an amount with a scale, separators or decimals.
WEAK_SIGNS = frozenset(_CUR["weak_signs"])
#: Letter signs read only when written against the number (``Y120 billion``).
ATTACHED_SIGNS = frozenset(_CUR["attached_signs"])
#: Weak signs read against a bare whole number where the sentence names their currency (``R18`` in Cape Town).
WEAK_SIGNS_BY_PLACE = frozenset(_CUR["weak_signs_by_place"])
#: US coin names the article makes one amount of (``up a nickel``); only their plurals follow a number.
COINS_AFTER_ARTICLE = frozenset(_CUR["coins_after_article"])
#: Currency names read before the number only with a scale (``yen 500 million``).
SCALED_SIGNS = frozenset(_CUR["scaled_signs"])
#: Upper-case words that are ISO 4217 codes but far more often ordinary words.
NOT_CODES = frozenset(_CUR["not_codes"])
#: Codes read only in upper case, because in lower or title case they are words (``all``, ``try``).
LOWERCASE_NOT_CODES = frozenset(_CUR["lowercase_not_codes"])
#: Scale prefixes of codes: ``MUSD`` is a million US dollars.
CODE_SCALES: dict[str, Decimal] = {k: Decimal(v) for k, v in _CUR["code_scales"].items()}
#: Names read as money only after a number of 100 or more or with a scale (``won 3 games``).
WEAK_NAMES = frozenset(_CUR["weak_names"])


def _subunit_option(written: str) -> tuple[str, Decimal]:
    """``KWD/1000`` -> (``KWD``, 0.001); ``CNY/10`` -> (``CNY``, 0.1); ``EUR`` -> (``EUR``, 0.01)."""
    code, _, parts = written.partition("/")
    return code, Decimal(1) / Decimal(parts or 100)


def _shared(table: dict[str, Any]) -> dict[str, list[str]]:
    """A table of shared forms with its aliases resolved: a string names the form whose codes it shares."""
    return {k: table[v] if isinstance(v, str) else v for k, v in table.items()}


#: Written forms several currencies share (``Rs``, ``K``, ``kr``, ``pesos``): the codes they may be, the
#: default first (empty: none, the form is money only where the sentence names one of them).
SHARED_SIGNS: dict[str, tuple[tuple[str, Decimal], ...]] = {
    k: tuple((c, Decimal(1)) for c in v) for k, v in _shared(_CUR["shared_signs"]).items()
}
#: Sub-units several currencies divide into (``cents``, ``centavos``, ``fils``): (code, factor), default first.
SHARED_SUBUNITS: dict[str, tuple[tuple[str, Decimal], ...]] = {
    k: tuple(_subunit_option(c) for c in v) for k, v in _shared(_CUR["shared_subunits"]).items()
}
#: Sub-units folded into their currency: name -> (code, factor) (a shared one's default).
SUBUNITS: dict[str, tuple[str, Decimal]] = {
    **{k: (c, Decimal(f)) for k, (c, f) in _CUR["subunits"].items()},
    **{k: v[0] for k, v in SHARED_SUBUNITS.items() if v and k not in _CUR["subunits"]},
}


@cache
def places() -> dict[str, str]:
    """Place words -> ISO 3166 territory: CLDR's English country names (``Ireland``, ``Myanmar``, ``Burma``)
    and the file's demonyms, short names and cities (``Irish``, ``Dublin``); loaded when first needed."""
    from babel import Locale

    out: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if len(code) != 2 or not code.isalpha():
            continue
        base, _, alias = name.partition(" (")
        for word in (base.removesuffix(" SAR China"), alias.rstrip(")")):
            if word and word[0].isupper():
                out.setdefault(word, code)
    out.update(_CUR["places"])
    return out


#: The day CLDR's territory currencies are read as of: a fixed day, not the day of the run, so that the
#: same code and library versions give the same output any day (a territory changing its currency, as
#: Bulgaria did in 2026, would otherwise change a rebuild's output with nothing else changed).
CURRENCIES_AS_OF = dt.date(2026, 11, 26)


@cache
def territory_currencies(territory: str) -> frozenset[str]:
    """The currencies in use in a territory on CURRENCIES_AS_OF (CLDR through babel): ``IE`` -> {``EUR``}."""
    from babel.numbers import get_territory_currencies

    return frozenset(get_territory_currencies(territory, start_date=CURRENCIES_AS_OF))


@cache
def territory_currencies_ever(territory: str) -> frozenset[str]:
    """The currencies a territory has used since 1950 (CLDR through babel): ``FR`` -> {``FRF``, ``EUR``}.

    For a shared form none of whose current currencies is the territory's: "francs" in a French story
    are French francs (the euro has no francs)."""
    from babel.numbers import get_territory_currencies

    return frozenset(get_territory_currencies(territory, start_date=dt.date(1950, 1, 1), end_date=CURRENCIES_AS_OF))


def _bare_words(active: bool) -> dict[str, str]:
    """The last word of CLDR names, alone, -> code, for currencies in use (``active``) or withdrawn.

    A word is kept when it names one currency of its group only, is not in ``bare_name_skip`` and, for
    a withdrawn currency, is no last word of a currency in use (``kroons``, ``tolars``; not ``francs``).
    """
    from ..package.units import active_currency_codes

    codes = active_currency_codes()
    skip = frozenset(_CUR["bare_name_skip"]) | frozenset(_CUR["cldr_name_skip"])
    owners: dict[str, set[str]] = {}
    in_use: set[str] = set()
    for code, (singular, plural) in lexicon.cldr_currencies().items():
        if "(" in singular or code in skip:
            continue
        for name in (singular, plural):
            word = name.split()[-1]
            if code in codes:
                in_use.add(word)
            if (code in codes) == active:
                owners.setdefault(word, set()).add(code)
    return {
        word: next(iter(found))
        for word, found in owners.items()
        if len(found) == 1 and word not in skip and (active or word not in in_use)
    }


def _names() -> dict[str, str]:
    """Every currency name, singular and plural, lower case -> code: the file first, then CLDR."""
    names: dict[str, str] = {}
    skip = frozenset(_CUR["cldr_name_skip"])
    for code, (singular, plural) in lexicon.cldr_currencies().items():
        if code in skip or "(" in singular:
            continue
        names.setdefault(singular, code)
        names.setdefault(plural, code)
    # a name's last word alone ("kyat" of "myanmar kyat") when it names one currency in use only,
    # then that of one withdrawn currency ("tolars"), read only with a scale (see SCALED_NAMES)
    for word, code in [*_bare_words(True).items(), *WITHDRAWN_WORDS.items()]:
        names.setdefault(word, code)
    for name, code in _CUR["adjectives"].items():
        names[name] = code
        if not name.endswith("s"):
            names[name + "s"] = code
    names.update(_CUR["names"])
    return names


#: Last words of withdrawn currencies' CLDR names, alone (``tolars``, ``kroons``, ``litas``) -> code.
WITHDRAWN_WORDS: dict[str, str] = {k: v for k, v in _bare_words(False).items() if k not in _CUR["names"]}
#: Names read as money only with a scale or separators (``3 million marks``, not ``full marks``), and
#: the bare last words of withdrawn currencies (``200 billion tolars``, not ``the tolar``).
SCALED_NAMES = frozenset(_CUR["scaled_names"]) | frozenset(WITHDRAWN_WORDS)
#: Currency names after the number -> ISO 4217 code (``euros``, ``Australian dollars``, ``Deutsche marks``).
CURRENCY_NAMES: dict[str, str] = _names()


def code_of_name(name: str) -> str:
    """ISO code of a currency name as written (case and spacing folded); empty when unknown."""
    return CURRENCY_NAMES.get(" ".join(name.lower().split()), "")


@cache
def codes() -> frozenset[str]:
    """ISO 4217 codes, current and withdrawn (loaded once), minus the few that are common words."""
    from ..package.units import currency_codes

    return currency_codes() - NOT_CODES


def code_of(letters: str) -> str:
    """The ISO code that ``letters`` write (``USD``, ``eur``, ``Usd``), or empty.

    Upper case: any code but the few common words; lower or title case: codes that are no English word.
    """
    upper = letters.upper()
    if upper not in codes():
        return ""
    if letters == upper or letters.lower() not in LOWERCASE_NOT_CODES:
        return upper
    return ""


def scaled_code(letters: str) -> tuple[str, Decimal]:
    """``MUSD``/``musd`` -> (``USD``, 1e6), ``USD`` -> (``USD``, 1); empty code when ``letters`` write none."""
    if len(letters) == 3:
        return code_of(letters), Decimal(1)
    prefix, code = letters[:-3], letters[-3:]
    if prefix in CODE_SCALES and code.isupper() and code in codes():
        return code, CODE_SCALES[prefix]
    if letters.islower() and prefix in CODE_SCALES and code_of(code):
        return code.upper(), CODE_SCALES[prefix]  # "12 musd", "4.2 meur": lower-case newswire
    return "", Decimal(1)
