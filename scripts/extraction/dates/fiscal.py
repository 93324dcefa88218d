"""Budget and fiscal years that the text dates by their months: '2005-6' and 'the 2006 budget' in a story
that says its year runs to March or begins on 1 October, and the firm's quarters of a year the text dates."""

from __future__ import annotations

import datetime as dt
import re

from ..mentions import DateMention
from .handlers import _SPAN_MONTHS, Mention, _count
from .values import day_number, make_date, month_number, month_span, shift
from .vocabulary import _V

_BUDGET = _V["budget_year"]
_SPACE = r"[ \t\u00a0]{1,3}"
#: After a year: 'the 2006 budget', 'the 2005 fiscal year' (vocab: budget_year.after_year).
_NAME_AFTER = re.compile(
    rf"{_SPACE}(?:{'|'.join(w.replace(' ', _SPACE) for w in _BUDGET['after_year'])})(?![\w-])", re.IGNORECASE
)
#: Before a year: 'fiscal 2005', 'financial year 2004' (vocab: budget_year.before_year).
_NAME_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(w.replace(' ', _SPACE) for w in _BUDGET['before_year'])}){_SPACE}\Z", re.IGNORECASE
)
#: Before a year that names a budget: 'the 2006 budget', 'his 2006 budget', "Bush's 2006 budget" (not 'in 2006
#: budgets were cut'; vocab: budget_year.determiners).
_DETERMINER_BEFORE = re.compile(rf"(?:(?<![\w-])(?:{'|'.join(_BUDGET['determiners'])})|['’]s){_SPACE}\Z", re.IGNORECASE)
_PREVIOUS = frozenset(_BUDGET["previous"])


def fiscal_first_month(matches: list[re.Match[str]]) -> int | None:
    """The month a story's fiscal year begins in, from the twelve months it dates by their first or last month
    ('the year to March 2005': 4; 'the year beginning 1 October': 10); None when it dates none, only calendar
    years, or years that begin in different months (a fiscal year of budgets, the family 'budget years')."""
    firsts = {first for m in matches if m.lastgroup == "mt" and (first := _first_month_of(m)) is not None}
    return firsts.pop() if len(firsts) == 1 else None


def _first_month_of(m: re.Match[str]) -> int | None:
    """The first month of a span 'the year to March', 'the 12 months to 30 September', 'the year beginning 1
    October' when it is twelve whole months that are no calendar year, else None."""
    count = _count(m["mt_n"]) if m["mt_n"] else _SPAN_MONTHS[m["mt_u"].lower()]
    if count != 12:
        return None
    month = month_number(m["mt_m"] or m["mt_m2"])
    day_text = m["mt_d"] or m["mt_d2"]
    if m["mt_b"]:
        first = month if day_text is None or day_number(day_text) == 1 else None
    else:
        end = make_date(2001, month, day_number(day_text)) if day_text else None
        whole = day_text is None or (end is not None and end.month != month % 12 + 1 and _last_day(end))
        first = month % 12 + 1 if whole else None
    return first if first not in (None, 1) else None


def _last_day(day: dt.date) -> bool:
    """Whether a date is the last day of its month (the end of a whole month: '30 September')."""
    return (day + dt.timedelta(days=1)).day == 1


def fiscal_year(first: int, begins: int) -> tuple[str, str]:
    """(value, granularity) of the fiscal year whose first month ``first`` falls in ``begins``: 2005-04/2006-03."""
    y1, m1 = shift(begins, first, 12, 11)
    return month_span(begins, first, y1, m1)


def named_fiscal_year(first: int, year: int) -> tuple[str, str]:
    """The fiscal year a single year names: the one most of whose months fall in it, the later on a tie
    (Japan's fiscal 2005 from April is 2005-04/2006-03; the US 2006 budget from October is 2005-10/2006-09;
    a year from July is named for its end, as Australia's and most firms' are)."""
    return fiscal_year(first, year if first <= 6 else year - 1)


def budget_year(
    m: re.Match[str], found: list[Mention], first: int | None, history: list[DateMention]
) -> tuple[list[Mention], DateMention | None]:
    """The mentions of one match, with a budget year the text dates by its months written as those months.

    Family 'budget years': with the story's fiscal year beginning in month ``first``, '2005-6' (two
    consecutive years) is the year that begins in 2005, a year that names a budget or fiscal year ('the 2006
    budget', 'fiscal 2005') is the one most of whose months fall in it, and 'the previous fiscal year' after
    a dated fiscal year is the one before it, and a year-less 'the year beginning 1 October' after a budget
    year the story names is that year; anything else, and every mention of a story that dates no
    fiscal year, is left as it was. Also the date a value was counted from, where it was.
    """
    if first is None:
        return found, None
    text = m.string
    kind = m.lastgroup
    if kind == "yr" and len(found) == 1 and found[0][3] == "interval":
        s, e, value, _, how = found[0]
        a, b = (int(v) for v in value.split("/"))
        return ([(s, e, *fiscal_year(first, a), how)] if b == a + 1 else found), None
    if kind == "y" and len(found) == 1 and not m["y_part"] and not m["y_mod"]:
        s, e, value, _, how = found[0]
        named_after = _NAME_AFTER.match(text, e) and _DETERMINER_BEFORE.search(text, max(0, s - 16), s)
        if named_after or _NAME_BEFORE.search(text, max(0, s - 24), s):
            return [(s, e, *named_fiscal_year(first, int(value)), how)], None
        return found, None
    if kind == "mt" and found and not any(value for _, _, value, _, _ in found) and _first_month_of(m) == first:
        # 'the spending plan for the year beginning 1 October' after 'the 2006 budget': that budget's year
        dated = next((d for d in reversed(history) if _is_fiscal(d.value, first)), None)
        if dated is not None:
            return [(m.start(), m.end(), dated.value, dated.granularity, "story_date")], dated
    if kind == "fc" and m["fc_rel"].lower() in _PREVIOUS:
        dated = next((d for d in reversed(history) if _is_fiscal(d.value, first)), None)
        if dated is not None:
            begins = int(dated.value[:4])
            return [(m.start(), m.end(), *fiscal_year(first, begins - 1), "story_date")], dated
    return found, None


def _is_fiscal(value: str, first: int) -> bool:
    """Whether a value is twelve months beginning in month ``first`` ('2003-10/2004-09' for 10)."""
    ends = value.split("/")
    return (
        len(ends) == 2
        and len(ends[0]) == 7
        and int(ends[0][5:7]) == first
        and fiscal_year(first, int(ends[0][:4]))[0] == value
    )
