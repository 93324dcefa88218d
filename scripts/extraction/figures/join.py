"""Joining drafts: digit groups, compound amounts, ranges, shared units, currencies from places, restatements."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from decimal import Decimal
from functools import cache
from itertools import pairwise

from ..mentions import Figure
from ..money import SUBUNITS, places, territory_currencies, territory_currencies_ever
from ..numbers import Numeral
from .draft import Draft
from .read import _plural
from .vocabulary import (
    _CARRY_RE,
    _CENTS_SEP_RE,
    _CLAUSE_END_RE,
    _COUNT_BASE_RE,
    _GAPPED_END_RE,
    _GAPPED_RE,
    _HYPHEN_RANGE_RE,
    _MOVE_BEFORE_FROM_BACK_RE,
    _NEXT_WORD_RE,
    _OR_BEFORE_RE,
    _OR_SEP_RE,
    _PAREN_NEXT_RE,
    _PAREN_OPEN_RE,
    _PHRASE_END_RE,
    _RANGE_SEP_RE,
    _TO_NUMBER_AFTER_RE,
    _TO_SEP_RE,
    _WHEN_TO_RE,
    STOP,
    _back,
    _trie,
)


def join_groups(text: str, drafts: list[Draft]) -> list[Draft]:
    """One amount from digits split at a thousands separator written with spaces around it.

    Tokenised wire copy writes ``$ 75 , 000`` and ``2 , 500 euros``, and a single ordinary space groups
    thousands before a currency written after the number (``3 500 zł``): the numbers reader keeps those
    apart (``on March 3 100 people``), so they are joined here, only where one side is money.
    """
    out: list[Draft] = []
    for b in drafts:
        a = out[-1] if out else None
        if a is not None and a.numeral is not None and b.numeral is not None and _split_decimal(text, a, b):
            na, nb = a.numeral, b.numeral
            whole = na.base + nb.base / 100
            b.value = whole * (b.value / nb.base)
            b.numeral = Numeral(na.start, nb.end, whole, "digits", whole, decimals=True)
            b.qstart, b.hstart = a.qstart, a.hstart
            out[-1] = b
            continue
        if a is not None and a.numeral is not None and b.numeral is not None and _split_group(text, a, b):
            na, nb = a.numeral, b.numeral
            base = na.base * 1000 + nb.base
            number = base * (nb.value / nb.base if nb.base else 1)
            head = a if a.kind == "money" else b
            factor = head.value / head.numeral.value if head.numeral and head.numeral.value else Decimal(1)
            head.numeral = Numeral(
                na.start, nb.end, number, "digits", base, nb.scale, grouped=True, decimals=nb.decimals
            )
            head.value = number * factor
            if head is a:
                a.qend = b.qend
            else:
                b.qstart, b.hstart = a.qstart, a.hstart
                b.qualifier = a.qualifier if b.qualifier == "exact" else b.qualifier
                out[-1] = b
            continue
        out.append(b)
    return out


_GROUP_DIGITS_RE = re.compile(r"\d{1,3}")
_GROUP_TAIL_RE = re.compile(r"\d{3}(?![\d,])")


def _split_group(text: str, a: Draft, b: Draft) -> bool:
    """True when ``a`` and ``b`` are the thousands and the rest of one amount (see join_groups)."""
    na, nb = a.numeral, b.numeral
    assert na is not None and nb is not None
    if (
        na.form != "digits"
        or nb.form != "digits"
        or na.scale
        or na.decimals
        or not _GROUP_DIGITS_RE.fullmatch(text, na.start, na.end)
    ):
        return False
    if not _GROUP_TAIL_RE.match(text, nb.start, nb.end) or a.year_like or a.date_part or b.date_part:
        return False
    gap = text[na.end : nb.start]
    if a.kind == "money" and a.currency_before and a.qend == na.end:  # "$ 75 , 000"
        return gap == " , " and b.kind == "number" and not b.explicit_unit and b.qstart == nb.start
    if a.kind != "number" or a.explicit_unit or a.qend != na.end or b.qstart != nb.start:
        return False
    # "2 , 500 euros" (tokenised), "3 500 zł": the currency written after the number
    return b.kind in ("money", "rate") and not b.currency_before and gap in (" , ", " ")


_CENTS_DIGITS_RE = re.compile(r"\d\d")


def _split_decimal(text: str, a: Draft, b: Draft) -> bool:
    """True for a decimal comma split off by a tokenizer before a currency name: ``4 , 50 euros``."""
    na, nb = a.numeral, b.numeral
    assert na is not None and nb is not None
    return (
        na.form == "digits"
        and nb.form == "digits"
        and not (na.scale or nb.scale or na.decimals or na.grouped or a.year_like or a.date_part or a.explicit_unit)
        and a.kind == "number"
        and b.kind == "money"
        and not b.currency_before
        and not b.subunit
        and text[na.end : nb.start] == " , "
        and a.qend == na.end
        and b.qstart == nb.start
        and bool(_GROUP_DIGITS_RE.fullmatch(text, na.start, na.end))
        and bool(_CENTS_DIGITS_RE.fullmatch(text, nb.start, nb.end))
    )


def join_compounds(text: str, drafts: list[Draft]) -> list[Draft]:
    """One amount from a currency and its sub-unit: ``twelve dollars and ten cents``, ``20 euros 50``."""
    out: list[Draft] = []
    for b in drafts:
        a = out[-1] if out else None
        if a is not None and _compound_amount(text, a, b):
            assert b.numeral is not None
            a.value += b.numeral.value * Decimal("0.01")
            a.qend = b.qend
            continue
        out.append(b)
    return out


def _compound_amount(text: str, a: Draft, b: Draft) -> bool:
    """True when ``b`` gives the cents of the whole amount ``a`` (same currency, nothing in between)."""
    if a.kind != "money" or a.subunit or a.value_to is not None or b.numeral is None or a.numeral is None:
        return False
    if (
        a.numeral.decimals
        or a.numeral.scale
        or b.numeral.scale
        or b.numeral.decimals
        or not (1 <= b.numeral.value < 100)
    ):
        return False
    if b.subunit and b.hstart == b.qstart:  # "twelve dollars and ten cents", "$5, 50 cents"
        return bool(_CENTS_SEP_RE.fullmatch(text, a.qend, b.qstart))
    # "20 euros 50", "two pounds fifty": a bare two-digit number (or one in words) right after a
    # currency name, ending the phrase
    return (
        b.kind == "number"
        and not a.currency_before
        and (b.numeral.form == "words" or (b.numeral.form == "digits" and b.numeral.end - b.numeral.start == 2))
        and text[a.qend : b.qstart] == " "
        and _ends_amount(text, b.qend)
    )


def _ends_amount(text: str, at: int) -> bool:
    """True when nothing that a number could count follows ``at``: punctuation, the end, or a function
    word (``20 euros 50 for a cake``; not ``20 euros 50 years ago``)."""
    if _PHRASE_END_RE.match(text, at):
        return True
    m = _NEXT_WORD_RE.match(text, at)
    return m is not None and m.group("w").lower() in STOP


def join_ranges(text: str, drafts: list[Draft]) -> list[Draft]:
    """Join ``A to B``, ``between A and B``, ``A-B`` and share units across ``A or B``; the two levels of a
    move (``fell from A to B``, ``from A in 2003 to B``) stay two figures, of one unit."""
    out: list[Draft] = []
    level = -1  # index of the level a move reached ("fell from A to B"): "B to C" goes on moving
    i = 0
    while i < len(drafts):
        a = drafts[i]
        b = drafts[i + 1] if i + 1 < len(drafts) else None
        if out and _restates_move(text, out[-1], a):
            a.change = out[-1].change  # "up 6%, or 16.75 pence to 293.5p": a move and its level, no range
        if b is not None:
            if _move_levels(text, a, b, i == level):
                share_unit(a, b)  # "rose from 20 to 29 mpg": two levels, each a figure with its own period
                _same_measure(a, b)  # "trimmed from 155,000 to 110,000 staff": both count staff
                out.append(a)
                level = i + 1
                i += 1
                continue
            joined = join_pair(text, a, b)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            j = _end_after_when(text, drafts, i)
            if j:
                _same_measure(a, drafts[j])
                out.append(a)  # "from £190,329 in November to £189,733 in December": two levels, each dated
                level = j
                i += 1
                continue
            if _OR_SEP_RE.fullmatch(text, a.qend, b.hstart) and not (
                a.explicit_unit and b.noun and not b.explicit_unit
            ):
                # ("rose 1.2%, or 150 points": a number with its own noun restates in another unit)
                unit_once = not a.explicit_unit and b.explicit_unit and b.qstart == b.hstart
                share_unit(a, b)
                if unit_once and _or_range(text, a, b):  # "three or four years": one range, as a reader takes it
                    out.append(_range_of(a, b))
                    i += 2
                    continue
        out.append(a)
        i += 1
    # "lost 190 points, or 0.6%": the restatement carries the same direction
    for prev, cur in pairwise(out):
        if (
            prev.value_to is not None
            and prev.joiner == "from"
            and prev.kind in ("quantity", "rate", "money")
            and cur.kind == "number"
            and _TO_SEP_RE.fullmatch(text, prev.qend, cur.hstart)
        ):
            share_unit(prev, cur)  # "from 14-18 mpg to 24": the level after a range takes its unit
        elif (
            cur.value_to is not None
            and prev.joiner == "from"
            and prev.kind == "number"
            and cur.explicit_unit
            and _TO_SEP_RE.fullmatch(text, prev.qend, cur.hstart)
        ):
            # "from 24.2 to 33-35 billion euros": the level before a range takes its unit and scale
            share_unit(prev, cur)
            np_, nc = prev.numeral, cur.numeral
            if np_ is not None and nc is not None and nc.base and not np_.scale and prev.value == np_.value:
                prev.value *= cur.value / nc.base
        if _restates_move(text, prev, cur):
            cur.change = prev.change
    return out


def _restates_move(text: str, prev: Draft, cur: Draft) -> bool:
    """True when ``cur`` restates the move ``prev`` after "or" ("lost 190 points, or 0.6%") and so carries its
    direction. Read before ``cur`` may join the next figure, so that "up 6%, or 16.75 pence to 293.5p" is a move
    and the level it reached, as "up 16.75 pence to 293.5p" is, not one range."""
    return (
        cur.change == "none"
        and prev.change != "none"
        and bool(_OR_BEFORE_RE.search(text, max(prev.qend, cur.qstart - 24), cur.qstart))
    )


_LIST_LAST_SEP_RE = re.compile(r",?\s+(?:and|or)\s+|\s?/\s?")
_LIST_SEP = ", "


def share_list_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """Bare numbers listed before an amount take its scale and currency: ``2, 3 and 4 million euros``,
    ``10, 20 or 50 cents``. The numbers are separated by commas, the last by "and", "or" or a slash, and
    each is within a factor of ten of the amount's number as written (``in 12, 3 and 4 million euros``:
    not 12)."""
    for i, b in enumerate(drafts):
        nb = b.numeral
        if (
            i == 0
            or b.kind != "money"
            or b.currency_before
            or b.value_to is not None
            or nb is None
            or not nb.base
            or nb.form not in ("digits", "words")
        ):
            continue
        factor = b.value / nb.base
        members: list[Draft] = []
        end, last = b.hstart, True
        for a in reversed(drafts[:i]):
            na = a.numeral
            if (
                na is None
                or a.kind != "number"
                or a.explicit_unit
                or a.year_like
                or a.date_part
                or a.value_to is not None
                or na.scale
                or na.form != nb.form
                or not (nb.base / 10 <= na.base <= nb.base * 10)
            ):
                break
            gap = text[a.qend : end]
            if not (_LIST_LAST_SEP_RE.fullmatch(gap) if last else gap == _LIST_SEP):
                break
            members.append(a)
            end, last = a.hstart, False
        for a in members:
            a.kind, a.unit, a.explicit_unit = b.kind, b.unit, True
            a.value *= factor
            a.options, a.factor = b.options, b.factor
    return drafts


_POUNDS_GAP_RE = re.compile(r",?\s+(?:and|or|to|then|versus|vs\.?)\s+|,\s+|\s?[-–/]\s?")


def share_pounds(text: str, drafts: list[Draft]) -> list[Draft]:
    """Pounds coordinated with pounds of money are money: ``tickets cost 50 pounds and 60 pounds``.

    Bare ``pounds`` are weight unless a word of price is just before them (see :func:`read_unit`); a
    second amount in pounds joined to the first by a coordinating word alone is the same unit (``the fine
    was 200 pounds and he lost 20 pounds`` keeps its weight: a clause between).
    """
    for a, b in pairwise(drafts):
        if b.kind != "quantity" or b.unit != "pound" or a.kind != "money" or a.unit != "GBP" or a.currency_before:
            continue
        if not _POUNDS_GAP_RE.fullmatch(text, a.qend, b.hstart):
            continue
        if not text[a.qstart : a.qend].lower().rstrip().endswith(("pounds", "pound")):
            continue
        b.kind, b.unit = "money", "GBP"
    return drafts


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z\"“(]|\s*$)|\n")
#: How far around a shared form a sentence is searched for the currency it speaks of.
LOCAL_WIDTH = 300


def localise(text: str, drafts: list[Draft]) -> list[Draft]:
    """The currency of each form several currencies share (``cents``, ``Rs``, ``K``, ``kr``, ``fils``).

    In its sentence, the nearest amount in a currency of the form's options decides (``25 cents to
    C$3.25`` are Canadian cents), else the first country, demonym or city whose currency is one of them
    (``150 fils in Kuwait City``, ``Rs 1.2 trillion`` in Pakistan); else the default, and a form without
    one (``K``, ``kr``) is no money (``the K2 expedition``). A sentence is the text between two full stops
    (within :data:`LOCAL_WIDTH` characters).
    """
    for i, d in enumerate(drafts):
        if not d.options or d.exclusion:
            continue
        lo, hi = _sentence_bounds(text, d.qstart, d.qend)
        codes = {c for c, _ in d.options if c}
        chosen = _nearest_currency(drafts, i, lo, hi, codes) or _place_currency(text, lo, hi, codes)
        choice = next((o for o in d.options if o[0] == chosen), d.options[0])
        if not choice[0]:
            d.kind, d.unit, d.explicit_unit, d.currency_before = "number", "dimensionless", False, False
            d.exclusion = "identifier"
            continue
        old = d.unit.split("/", 1)[0]
        d.unit = choice[0] + d.unit[len(old) :]
        if choice[1] != d.factor:
            d.value = d.value / d.factor * choice[1]
            if d.value_to is not None:
                d.value_to = d.value_to / d.factor * choice[1]
            d.factor = choice[1]
        d.options = ()
    return drafts


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence around ``start``-``end`` (at most LOCAL_WIDTH characters each way)."""
    lo = max(0, start - LOCAL_WIDTH)
    last = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, start):
        last = m.end()
    after = _SENTENCE_END_RE.search(text, end, min(len(text), end + LOCAL_WIDTH))
    return last, (after.start() if after else min(len(text), end + LOCAL_WIDTH))


def _nearest_currency(drafts: list[Draft], i: int, lo: int, hi: int, codes: set[str]) -> str:
    """The currency among ``codes`` of the amount nearest to ``drafts[i]`` within ``lo``-``hi``; empty if none.

    Walks out from ``drafts[i]`` both ways and stops at the sentence's ends, so the work is bounded by
    the amounts of one sentence, not of the text.
    """
    left, right = i - 1, i + 1
    while left >= 0 or right < len(drafts):
        for j in (left, right):
            if 0 <= j < len(drafts):
                e = drafts[j]
                code = e.unit.split("/", 1)[0]
                if not e.options and e.kind in ("money", "rate") and lo <= e.qstart and e.qend <= hi and code in codes:
                    return code
        left = left - 1 if left >= 0 and drafts[left].qstart >= lo else -1
        right = right + 1 if right < len(drafts) and drafts[right].qend <= hi else len(drafts)
    return ""


@cache
def _places_re(folded: bool) -> re.Pattern[str]:
    """Place names as one pattern (compiled when a shared form first asks); ``folded``: in any case."""
    names = _trie(places())
    return re.compile(rf"(?<![A-Za-z])(?:{f'(?i:{names})' if folded else names})(?![A-Za-z])")


@cache
def _folded_places() -> dict[str, str]:
    """Place words in lower case -> territory (for copy written all in lower case)."""
    return {k.lower(): v for k, v in reversed(places().items())}


def _place_currency(text: str, lo: int, hi: int, codes: set[str]) -> str:
    """The currency among ``codes`` of the first place named within ``lo``-``hi``; empty if none.

    A sentence without a capital letter is lower-cased copy (tokenised wire text): there the names are
    matched in any case (``the australian firm``).
    """
    folded = not any(c.isupper() for c in text[lo:hi])
    table = _folded_places() if folded else places()
    for m in _places_re(folded).finditer(text, lo, hi):
        word = " ".join(m.group().split())
        territory = table.get(word.lower() if folded else word, "")
        if not territory:
            continue
        found = territory_currencies(territory) & codes or territory_currencies_ever(territory) & codes
        if found:
            return min(found)
    return ""


def carry_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """A bare number coordinated with an amount of money or a percentage takes its unit (and scale).

    ``rose 3 percent in May and 4 in June``, ``the highest is 84 cents, the lowest 74``, ``rose to
    $5.2 billion from 4.9``: the writer gives the unit once; a count's base takes its counted noun too
    (``45,000 people, up from 41,000``). Only across a coordinating word of the
    same clause (:data:`_CARRY_RE`), and only between numbers within a factor of three, so that a
    level after a change (``fell 4% to 28,030``) or another figure of the clause (``13%, and the
    oldest member is 114``) stays a bare number.
    """
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        gap = text[a.qend : b.hstart]
        if i >= 2 and _restated(text, drafts[i - 2], a, drafts[i + 1] if i + 1 < len(drafts) else None, b):
            # "¥2.4m ($22,000) for one and 2.3m ($21,000) for the other": the conversions in parentheses
            # are in one currency, so the bare number is in the currency of the first amount
            a, gap = drafts[i - 2], gap.lstrip(" )]")
        elif i >= 2 and (a.year_like or a.date_part) and not a.explicit_unit and b.base_scale:
            # "2 billion euros in 2022 and 3 billion in 2023": the year between is no amount; over a year
            # only an amount with its scale written again (not "$20m in 2019 and hired 25 in 2020")
            a = drafts[i - 2]
            gap = text[a.qend : b.hstart]
        na, nb = a.numeral, b.numeral
        if na is None or nb is None or b.kind != "number" or b.value_to is not None or a.value_to is not None:
            continue
        money_rate = a.kind == "rate" and a.unit.split("/")[0].isupper()  # "$4.50 a share ... 3.90"
        # "stretched to 12 weeks from six", "cut the week to 35 hours from 39": a length's earlier level
        from_level = a.kind in ("duration", "quantity") and gap.strip().lower() == "from"
        # "employs roughly 45,000 people, up from 41,000 a year earlier": a count's base counts the same things
        count_base = a.kind == "count" and _COUNT_BASE_RE.search(gap) is not None
        if (
            (a.kind not in ("money", "percent") and not money_rate and not from_level and not count_base)
            or b.year_like
            or b.date_part
            or b.exclusion
            or (nb.form != "digits" and not (from_level and nb.form == "words"))
        ):
            continue
        if not na.base or not (Decimal(1) / 3 <= nb.base / na.base <= 3) or (nb.scale and nb.scale != na.scale):
            continue
        to_level = gap.strip().lower() == "to" and a.kind != "percent"  # "cut 100 dollars to 80"
        if len(gap) > 48 or not (to_level or _CARRY_RE.search(gap)) or _CLAUSE_END_RE.search(gap):
            continue
        if a.kind == "percent" and a.change != "none" and gap.rstrip().lower().endswith(" to"):
            continue  # "shares rose 2% to 5.10": a price after a change in percent
        b.kind, b.unit, b.explicit_unit = a.kind, a.unit, True
        if count_base:
            b.noun = b.noun or a.noun
        if not nb.scale and a.value != na.base:
            b.value *= a.value / na.base  # the scale or the sub-unit written once: "84 cents ... 74"
    return drafts


def carry_changes(text: str, drafts: list[Draft]) -> list[Draft]:
    """A figure whose verb of change is left out takes the move of the figure before it.

    ``exports fell 3% and imports 2%``, ``the FTSE rose 1.2% while the Dax 0.8%``, ``fell 4% on Monday and
    2% on Tuesday``: the writer states the verb once. Only for a percent or money in the same unit, with
    nothing but a time phrase, a conjunction and a name or plural noun between (:data:`_GAPPED_RE`), and
    the clause ending or a time phrase after the second (``rose 5% and 40% of them ...`` is a share).
    """
    prev: Draft | None = None
    for b in drafts:
        a, prev = prev, (b if not (b.year_like or b.date_part) else prev)
        if (
            a is None
            or a.change == "none"
            or b.change != "none"
            or b.kind not in ("percent", "money")
            or (a.kind, a.unit) != (b.kind, b.unit)
            or b.value_to is not None
            or a.value_to is not None
            or not _GAPPED_RE.fullmatch(text, a.qend, b.hstart)
            or not _GAPPED_END_RE.match(text, b.qend)
        ):
            continue
        b.change = a.change
    return drafts


def _restated(text: str, first: Draft, conversion: Draft, after: Draft | None, b: Draft) -> bool:
    """True when ``conversion`` restates ``first`` in parentheses and ``after`` restates the bare ``b``
    the same way, in the same unit: ``A (A') ... and B (B')``."""
    return (
        after is not None
        and first.kind == "money"
        and conversion.kind == after.kind == "money"
        and conversion.unit == after.unit != first.unit
        and bool(_PAREN_OPEN_RE.fullmatch(text, first.qend, conversion.qstart))
        and bool(_PAREN_OPEN_RE.fullmatch(text, b.qend, after.qstart))
    )


def join_pair(text: str, a: Draft, b: Draft) -> Draft | None:
    """One range figure from two adjacent drafts, or None when they are not a range."""
    if a.value_to is not None or b.value_to is not None or a.date_part or b.date_part:
        return None
    age_count = a.kind == "age" and b.kind == "count" and not _plural(b.noun.split()[-1].lower())
    if (
        a.kind in ("fraction", "multiple", "age")
        and a.kind != b.kind
        and not (a.kind == "age" and b.kind == "number")
        and not age_count
    ):
        return None  # but "aged 18 to 34" is one age range
    sep_match = _RANGE_SEP_RE.fullmatch(text, a.qend, b.hstart)
    if sep_match is None or (b.qualifier not in ("exact",) and b.hstart != b.qstart):
        return None
    sep = sep_match.group().strip()
    if sep == "and" and a.joiner != "between":
        return None
    if (
        sep in ("to", "to-")
        and (a.change != "none" or text[max(0, a.hstart - 3) : a.hstart] == "by ")
        and not _range_after_move(a, b)
    ):
        return None  # "fell 0.4% to 13,176": a change and a level
    if sep == "to" and _HYPHEN_RANGE_RE.match(text, b.qend):
        return None  # "from 24.2 to 33-35 billion euros": B begins a range of its own
    if sep in ("-", "–", "—") and a.year_like and b.numeral is not None and b.numeral.value < 100:
        a.date_part = b.date_part = True  # "2004-05"
        return None
    if a.year_like and (b.year_like or b.value < a.value or sep not in ("-", "–", "—") or b.kind == "money"):
        return None  # "from 2008 to 29 mpg", "in 2003 to £2.89bn": a year, then an amount
    if not (age_count or compatible(a, b)):
        return None
    if sep in ("-", "–", "—") and not a.explicit_unit and not b.explicit_unit and a.value > b.value:
        a.exclusion = b.exclusion = "score"  # "2-0 down": a score, not a range
        return None
    if (
        sep in ("to", "to-")
        and a.joiner != "from"
        and not a.explicit_unit
        and not b.explicit_unit
        and a.value > b.value
    ):
        return None  # "a ratio of 3 to 1", "voted 7 to 2": a ratio or a tally, not a range (but "from 10 to 5" is)
    if age_count:
        b.kind, b.unit, b.noun = "number", "dimensionless", ""  # "aged 25 to 54 grew": no noun is counted
    share_unit(a, b)
    return _range_of(a, b)


def _range_after_move(a: Draft, b: Draft) -> bool:
    """True when ``<move> A to B <unit>`` is a range of the move, not a move and a level.

    ``cut 2,000 to 3,000 jobs``, ``climb 5 to 7 percent``: A is bare, B carries the unit, and B is above A
    by at most a factor of two. A level after a move has its own unit (``fell 4% to 28,030``) or lies far
    from the move (``rose 45 to 7,550``, ``rose 0.2 to 5.1 percent``).
    """
    na, nb = a.numeral, b.numeral
    if na is None or nb is None or a.explicit_unit or a.kind != "number" or not na.base:
        return False
    if not (b.explicit_unit or b.kind == "count") or b.qualifier != "exact" or b.change != "none":
        return False
    if (na.scale or nb.scale) and na.scale != nb.scale:
        return False
    return na.base < nb.base <= 2 * na.base


def _move_levels(text: str, a: Draft, b: Draft, after_move: bool) -> bool:
    """True when ``from A to B`` is a move between two levels, not an interval: a word of change stands
    before "from" in its clause (``fell from 155,000 to 110,000``, ``cut its forecast from 5% to 4.25%``, ``a
    rise from 3% to 4%``), or A is the level a move reached and B the next (``rose from $160 to $180 to $200``).

    A user looks up each level as a figure with its own period; one range "155,000-110,000" would hide both.
    An interval stays one range (``prices from $5 to $10``, ``expected to be from 3% to 4% a year``), and so
    does the first of two ranges of a move (``revised from 5 to 7 per cent to 3 to 5 per cent``).
    """
    if not _may_be_levels(a, b) or not _TO_SEP_RE.fullmatch(text, a.qend, b.hstart):
        return False
    if a.kind in ("fraction", "multiple", "age") and a.kind != b.kind:
        return False
    if after_move:
        return True
    if a.joiner != "from" or not _back(_MOVE_BEFORE_FROM_BACK_RE, text, a.hstart, 120):
        return False
    return a.explicit_unit or not _TO_NUMBER_AFTER_RE.match(text, b.qend)


def _may_be_levels(a: Draft, b: Draft) -> bool:
    """True when two drafts may be the two levels of one move (``from A to B``, ``from A <when> to B``): single
    values, neither a year nor part of a date, B plain (no hedge) and of A's unit."""
    single = a.value_to is None and b.value_to is None
    dated = a.date_part or b.date_part or a.year_like or b.year_like
    return single and not dated and b.qualifier == "exact" and compatible(a, b)


def _same_measure(a: Draft, b: Draft) -> None:
    """Two levels of one move measure the same thing: a bare level takes the other's counted noun
    (``trimmed from 155,000 to 110,000 staff``), a level without a rate denominator the other's
    (``from $75 per barrel to $45.88``)."""
    for bare, other in ((a, b), (b, a)):
        if bare.kind in ("number", "count") and other.kind == "count" and not bare.explicit_unit:
            bare.kind, bare.unit, bare.noun = "count", "count", bare.noun or other.noun
        if "/" in other.unit and "/" not in bare.unit and other.unit.split("/")[0] == bare.unit:
            bare.kind, bare.unit = other.kind, other.unit


def _end_after_when(text: str, drafts: list[Draft], i: int) -> int:
    """Index of the second level of ``from A <when> to B`` that begins at ``drafts[i]``, else 0.

    ``rose from 20 mpg in 2008 to 29 mpg in 2020``, ``fell from $36,040 at 10.45pm last night to
    $34,935``: the words between say when the first level was measured, so A and B are two levels at two
    times, each a figure of its own (with or without a verb of change before "from"). Only years may stand
    between as numbers, the two ends must be plain (no hedge, no change of their own) and of one unit.
    """
    a = drafts[i]
    if a.joiner != "from" or a.change != "none":
        return 0
    j = i + 1
    while (
        j < len(drafts) and j - i <= 3 and (drafts[j].year_like or drafts[j].date_part) and not drafts[j].explicit_unit
    ):
        j += 1
    if j >= len(drafts) or j - i > 3:
        return 0
    b = drafts[j]
    if not _may_be_levels(a, b) or b.hstart != b.qstart or not _WHEN_TO_RE.fullmatch(text, a.qend, b.hstart):
        return 0
    share_unit(a, b)
    return j


def _or_range(text: str, a: Draft, b: Draft) -> bool:
    """True when ``A or B`` (the unit written once, after B) is a range: no comma, no hedge, ``A < B``.

    ``three or four years`` is 3-4 years; ``£250 or £500`` (two prices) and ``more than 20 or 30`` stay apart.
    """
    na, nb = a.numeral, b.numeral
    if na is None or nb is None or "," in text[a.qend : b.hstart] or a.value_to is not None or b.value_to is not None:
        return False
    if a.kind != b.kind or a.unit != b.unit or a.kind in ("fraction", "multiple", "number") or a.date_part:
        return False
    if na.decimals or nb.decimals or a.year_like or b.year_like or a.qualifier != "exact" or b.qualifier != "exact":
        return False
    return a.value < b.value


def _range_of(a: Draft, b: Draft) -> Draft:
    """The range figure of two drafts whose units agree (after share_unit). Its ends first take the measure
    they share, as the two levels of a move do (:func:`_same_measure`: a count over a bare number, a rate
    over a level); then a bare number takes the other end's kind ('aged 18 to 34'), else B gives it."""
    _same_measure(a, b)
    richer = a if b.kind == "number" and a.kind != "number" else b
    kind, unit = richer.kind, richer.unit
    return Draft(
        qstart=a.qstart, qend=b.qend, hstart=a.hstart, value=a.value, kind=kind, unit=unit, value_to=b.value,
        qualifier="range", change=a.change if a.change != "none" else b.change, noun=b.noun or a.noun,
        numeral=a.numeral, explicit_unit=a.explicit_unit or b.explicit_unit, joiner=a.joiner,
    )  # fmt: skip


def compatible(a: Draft, b: Draft) -> bool:
    """True when two drafts may be the two ends of one range (same unit, or one of them bare)."""
    if not a.explicit_unit or not b.explicit_unit:
        return a.kind in ("number", "count", b.kind) or b.kind in ("number", "count")
    if a.unit == b.unit:
        return True
    return a.unit.split("/")[0] == b.unit.split("/")[0]


def share_unit(a: Draft, b: Draft) -> None:
    """The bare end of a pair takes the other's unit, and its scale when smaller (``$10 to $15 billion``)."""
    if not a.explicit_unit and b.explicit_unit:
        a.kind, a.unit, a.explicit_unit = b.kind, b.unit, True
        a.year_like = False
        if b.kind in ("money", "rate") and b.subunit:
            a.value *= b.factor  # "40 to 45 cents a share": the sub-unit is written once
        elif b.kind == "money" and b.numeral is not None and b.unit.split("/")[0] in SUBUNIT_CODES and _subunit(b):
            a.value *= Decimal("0.01")
    elif a.explicit_unit and not b.explicit_unit:
        b.kind, b.unit, b.explicit_unit = a.kind, a.unit, True
        b.year_like = False
    na, nb = a.numeral, b.numeral
    smaller = na is not None and nb is not None and na.base < nb.base and not na.grouped
    if smaller and na is not None and nb is not None and not na.scale and nb.scale and na.form != "fraction":
        a.value *= nb.value / nb.base if nb.base else Decimal(1)
    if not a.noun and b.noun:
        a.noun = b.noun
    if a.kind == "count" and b.kind == "number":
        b.kind, b.unit = "count", "count"


SUBUNIT_CODES = frozenset(code for code, _ in SUBUNITS.values())


def _subunit(d: Draft) -> bool:
    """True when a money draft was written in a sub-unit (its value was scaled by 0.01)."""
    n = d.numeral
    return n is not None and d.value != n.value and d.value == n.value * Decimal("0.01")


def link_equivalents(text: str, figures: list[Figure]) -> list[Figure]:
    """A figure in parentheses right after another of the same kind restates it: set ``equivalent_of``.

    ``£5.7bn ($10.7bn; 8.2bn euros)``: both figures in the parentheses point at the pounds.
    """
    out: list[Figure] = []
    primary: int | None = None
    for i, f in enumerate(figures):
        link: int | None = None
        if out:
            prev = out[-1]
            if _PAREN_OPEN_RE.fullmatch(text, prev.end, f.start) and restates(prev, f):
                link = i - 1
            elif (
                primary is not None
                and prev.equivalent_of == primary
                and _PAREN_NEXT_RE.fullmatch(text, prev.end, f.start)
                and restates(figures[primary], f)
            ):
                link = primary
        primary = link
        out.append(replace(f, equivalent_of=link) if link is not None else f)
    return out


def restates(a: Figure, b: Figure) -> bool:
    """True when ``b`` may restate ``a`` in another unit: two amounts of money, or two physical quantities."""
    return a.kind == b.kind and a.kind in ("money", "quantity", "rate") and a.unit != b.unit


def to_figure(text: str, d: Draft) -> Figure | None:
    """The record of a finished draft (None for a value that is not finite)."""
    value = float(d.value)
    value_to = float(d.value_to) if d.value_to is not None else None
    if not math.isfinite(value) or (value_to is not None and not math.isfinite(value_to)):
        return None
    value, change = fall_by_size(value, value_to, d.change)
    kind = d.kind
    unit = d.unit
    if kind == "number":
        unit = "dimensionless"
    return Figure(
        start=d.qstart,
        end=d.qend,
        quote=text[d.qstart : d.qend],
        kind=kind,
        value=value,
        unit=unit,
        value_to=value_to,
        qualifier=d.qualifier,
        change=change,
        noun=d.noun,
    )


def fall_by_size(value: float, value_to: float | None, change: str) -> tuple[float, str]:
    """A fall written with a minus sign, given by its size as the codebook reads a fall.

    ``Stoxx 50 -1.3%`` is 1.3 with change = decrease, as ``fell 1.3%`` is (a change of -1.3 percent),
    not -1.3 with change = decrease (a fall of -1.3, a rise). A range with a negative end, low or high
    (``between -0.5% and 0.5%``, ``to between 0.5% and -0.5%``), keeps its written ends and says no
    direction: it spans no fall.
    """
    if change != "decrease" or (value >= 0 and (value_to is None or value_to >= 0)):
        return value, change
    if value_to is not None:
        return value, "none"
    return -value, change
