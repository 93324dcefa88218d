"""Budget and fiscal years that the text dates by their months: '2005-6' and 'the 2006 budget' in a story
that says its year runs to March or begins on 1 October, and the firm's quarters of a year the text dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..mentions import DateMention
from ..patterns import phrase_alternation
from .handlers import _SPAN_MONTHS, Mention, _count
from .marks import words_re
from .values import (
    day_number,
    first_month,
    fiscal_year,
    granularity_of,
    make_date,
    month_number,
    month_span,
    ordinal_number,
    shift,
)
from .vocabulary import _V

_BUDGET = _V["budget_year"]
_SPACE = r"[ \t\u00a0]{1,3}"
#: After a year: 'the 2006 budget', 'the 2005 fiscal year' (vocab: budget_year.after_year).
_NAME_AFTER = re.compile(
    rf"{_SPACE}(?:{phrase_alternation(_BUDGET['after_year'], _SPACE, longest_first=False)})(?![\w-])", re.IGNORECASE
)
#: Before a year: 'fiscal 2005', 'financial year 2004' (vocab: budget_year.before_year).
_NAME_BEFORE = re.compile(
    rf"(?<![\w-])(?:{phrase_alternation(_BUDGET['before_year'], _SPACE, longest_first=False)}){_SPACE}\Z",
    re.IGNORECASE,
)
#: Before a year that names a budget: 'the 2006 budget', 'his 2006 budget', "Bush's 2006 budget" (not 'in 2006
#: budgets were cut'; vocab: budget_year.determiners).
_DETERMINERS = phrase_alternation(_BUDGET["determiners"], _SPACE, longest_first=False)
_DETERMINER_BEFORE = re.compile(rf"(?:(?<![\w-])(?:{_DETERMINERS})|['’]s){_SPACE}\Z", re.IGNORECASE)
_PREVIOUS = frozenset(_BUDGET["previous"])


#: What ends a word of a story's kind, searched for in a whole text: no hyphen on either side ('with-profits
#: policies', 'income-tax', 'budget-busting' do not make a story one of results or of a budget).
_WHOLE = r"[\w-]"
#: A word that makes a story one about a state's budget (vocab: budget_year.story_words).
_BUDGET_STORY = words_re(_BUDGET["story_words"], not_before=_WHOLE, not_after=_WHOLE)


def budget_story(text: str) -> bool:
    """Whether a text speaks of a budget: only there are 'this year' and 'the current year' a budget year (a
    survey of firms' investment 'in the year to March' leaves the minister's 'this year' a calendar year)."""
    return _BUDGET_STORY.search(text) is not None


#: Deictic words of a year that name the budget year under way or the next one (vocab: budget_year.deictic).
_DEICTIC_YEAR: dict[str, int] = dict(_BUDGET["deictic"])


def fiscal_first_month(matches: list[re.Match[str]]) -> int | None:
    """The month a story's fiscal year begins in, from the twelve months it dates by their first or last month
    ('the year to March 2005': 4; 'the year beginning 1 October': 10); None when it dates none, only calendar
    years, or years that begin in different months (a fiscal year of budgets, the family 'budget years')."""
    firsts = {first for m in matches if m.lastgroup == "mt" and (first := _first_month_of(m)) is not None}
    return firsts.pop() if len(firsts) == 1 else None


def year_less_fiscal(m: re.Match[str], first: int | None) -> bool:
    """Whether a match is twelve months named by their last month only ('the year to March', 'the 12 months to 30
    June' without a year) that make a year beginning in month ``first``."""
    return first is not None and m.lastgroup == "mt" and not m["mt_y"] and _first_month_of(m) == first


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


def named_fiscal_year(first: int, year: int) -> tuple[str, str]:
    """The fiscal year a single year names: the one most of whose months fall in it, the later on a tie
    (Japan's fiscal 2005 from April is 2005-04/2006-03; the US 2006 budget from October is 2005-10/2006-09;
    a year from July is named for its end, as Australia's and most firms' are)."""
    return fiscal_year(first, year if first <= 6 else year - 1)


def budget_year(
    m: re.Match[str],
    found: list[Mention],
    first: int | None,
    history: list[DateMention],
    present: dt.date | None = None,
) -> tuple[list[Mention], DateMention | None]:
    """The mentions of one match, with a budget year the text dates by its months written as those months.

    Family 'budget years': with the story's fiscal year beginning in month ``first``, '2005-6' (two
    consecutive years) is the year that begins in 2005, a year that names a budget or fiscal year ('the 2006
    budget', 'fiscal 2005', 'FY05', 'FY2005') is the one most of whose months fall in it, and 'the previous fiscal year' after
    a dated fiscal year is the one before it, 'this year', 'the current year' and 'the coming year' are the
    budget year under way at the story's ``present`` (when its month is known) or the next, and a year-less 'the year beginning 1 October' after a budget
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
    if kind == "fy" and len(found) == 1 and found[0][2]:
        # 'FY05', 'FY2005' in a story that dates its fiscal year ('the year to June 2005'): that year's months
        s, e, value, _, how = found[0]
        return [(s, e, *named_fiscal_year(first, int(value)), how)], None
    if kind == "mt" and found and not any(value for _, _, value, _, _ in found) and _first_month_of(m) == first:
        # 'the spending plan for the year beginning 1 October' after 'the 2006 budget': that budget's year
        dated = _last_fiscal(history, first)
        if dated is not None:
            return [(m.start(), m.end(), dated.value, dated.granularity, "story_date")], dated
    if (
        kind == "ru"
        and present is not None
        and found
        and found[0][3] == "year"
        and _DEICTIC_YEAR.get(m["ru_rel"].lower()) is not None
    ):
        # 'the deficit this year', 'the current year', 'the coming year': the budget year under way at the
        # story's present (a known month: a present known by its year only is left alone), or the next one
        step = _DEICTIC_YEAR[m["ru_rel"].lower()]
        s, e, _, _, how = found[0]
        begins = present.year if present.month >= first else present.year - 1
        return [(s, e, *fiscal_year(first, begins + step), how)], None
    if kind == "fc" and m["fc_rel"].lower() in _PREVIOUS:
        dated = _last_fiscal(history, first)
        if dated is not None:
            begins = int(dated.value[:4])
            return [(m.start(), m.end(), *fiscal_year(first, begins - 1), "story_date")], dated
    return found, None


def _last_fiscal(history: list[DateMention], first: int) -> DateMention | None:
    """The last date before this one that is a fiscal year beginning in month ``first``, or None."""
    return next((d for d in reversed(history) if _is_fiscal(d.value, first)), None)


def _is_fiscal(value: str, first: int) -> bool:
    """Whether a value is twelve months beginning in month ``first`` ('2003-10/2004-09' for 10)."""
    ends = value.split("/")
    return (
        len(ends) == 2
        and len(ends[0]) == 7
        and int(ends[0][5:7]) == first
        and fiscal_year(first, int(ends[0][:4]))[0] == value
    )


#: A word that says the story's firm keeps a year of its own ('our fiscal year', 'its financial year').
_FISCAL_WORD = re.compile(r"(?i)(?<![\w-])(?:fiscal|financial[ \t\u00a0]{1,3}year)(?![\w-])")


def firm_quarter(m: re.Match[str]) -> int | None:
    """The ordinal of a quarter or half named without a stated year ('second-quarter', 'the first quarter of
    the year', 'the first half of our fiscal year'), as a count of quarters (a half's last: the first half is
    2), or None for any other match; 'last quarter' and 'the final quarter' are the fourth."""
    kind = m.lastgroup
    if kind not in ("qw", "hw") or m[f"{kind}_y"] or m[f"{kind}_y2"]:
        return None
    rel = m[f"{kind}_rel"]
    if rel is not None and rel.lower() != "the":
        return None  # 'the second quarter of next year' is counted from the present
    word = m[f"{kind}_o"].lower()
    n = ordinal_number(word)
    return n if kind == "qw" else 2 * min(n, 2)


def _quarter_months(value: str) -> tuple[int, int] | None:
    """(year, first month) of three whole months that are no calendar quarter ('2004-09/2004-11'), else None."""
    ends = value.split("/")
    if len(ends) != 2 or not all(len(e) == 7 and e[4] == "-" for e in ends):
        return None
    (y0, m0), (y1, m1) = ((int(e[:4]), int(e[5:7])) for e in ends)
    if (y1 * 12 + m1) - (y0 * 12 + m0) != 2 or m0 % 3 == 1:
        return None
    return y0, m0


def _named_months(year: int, month: int, n: int, granularity: str) -> tuple[str, str]:
    """(value, granularity) of the ``n``-th quarter (a half: the one that ends with it) of a year that begins in
    ``month`` of ``year``: n=2 from October 2004 is 2005-01/2005-03."""
    y1, m1 = shift(year, month, 12, 3 * n - 1)
    y0, m0 = shift(y1, m1, 12, -(6 if granularity == "half" else 3) + 1)
    return month_span(y0, m0, y1, m1)


def fiscal_quarters(
    text: str, dates: list[DateMention], named: dict[tuple[int, int], tuple[int, str]]
) -> list[DateMention]:
    """The dates with a firm's fiscal quarters and halves written as the months the text gives them.

    Family 'fiscal quarters': in a story that says its firm keeps a fiscal year of its own and dates a quarter
    by three months that are no calendar quarter ('its second-quarter profit ... for the three months to 30
    November'), that span is the quarter named nearest before it (else the first named after it), and the
    other quarters and halves named without a year are counted from it ('the first quarter of the year' is the
    three months before, 'the first half of our fiscal year' the six months to 30 November). ``named`` maps the
    span of each such quarter or half to (quarters counted to its end, its granularity); see
    :func:`firm_quarter`. Any story that lacks one of those is left as it was.
    """
    if not named or not dates or not _FISCAL_WORD.search(text):
        return dates
    spans = [(d, q) for d in dates if (q := _quarter_months(d.value)) is not None]
    if not spans or len({q[1] % 3 for _, q in spans}) != 1:
        return dates
    span, (year, month) = spans[0]
    before = [k for k in named if k[1] <= span.start]
    after = [k for k in named if k[0] >= span.end]
    key = max(before) if before else min(after) if after else None
    if key is None or named[key][1] != "quarter":
        return dates
    own = named[key][0]
    kept: list[DateMention] = []
    for d in dates:
        if (d.start, d.end) not in named:
            kept.append(d)
            continue
        n, granularity = named[(d.start, d.end)]
        value, gran = _named_months(year, month, n - own + 1, granularity)  # the year counted from its quarter
        kept.append(DateMention(d.start, d.end, d.quote, value, gran, "story_date", (span.start, span.end)))
    return kept


#: A quarter the text dates by its months ('the three months to 31 December 2004'): a firm's quarterly results.
_THREE_MONTHS = re.compile(r"(?i)(?<![\w-])(?:three|3)[ \t\u00a0-]+months?(?![\w-])")
#: A year-less 'full year' ('a rise in full-year revenues', 'its full year results').
_FULL_YEAR = re.compile(r"(?i)full[- ]year")
#: A quarter named by the noun alone ('Turnover for the quarter'): the story's last quarter.
_THE_QUARTER = re.compile(r"(?i)(?:the[ \t\u00a0]+)?quarter")
#: Words of a firm's reported results: the family applies only to a story that has one (vocab: present.results
#: and firm_year.also_results).
_RESULTS = words_re([*_V["present"]["results"], *_V["firm_year"]["also_results"]], not_before=_WHOLE, not_after=_WHOLE)


def _three_months(value: str) -> bool:
    """Whether a value is three whole months: a calendar quarter ('2004-Q4') or three others ('2004-09/2004-11')."""
    return granularity_of(value) == "quarter" or _quarter_months(value) is not None


def firm_year(
    text: str, dates: list[DateMention], first: int | None, named: dict[tuple[int, int], tuple[int, str]]
) -> list[DateMention]:
    """The dates with a firm's year-less quarters, halves and 'full year' counted in the year it keeps.

    Family 'a firm's year dated by its months': in a story of a firm's results that dates its year by its
    months ('full year results to March 2005', 'the year to March 2005': a year from April, ``first``) and its
    quarter by three months ('the three months to 31 December 2004'), that quarter falls in the firm's year
    that holds it (April 2004 to March 2005); a quarter or half named by its ordinal without a year is counted
    in that year ('a third quarter' is October to December 2004: 2004-Q4), 'the quarter' after it is the same,
    and a year-less 'full year' ('a rise in full-year revenues') is that year. ``named``: the quarters and
    halves named without a year (:func:`firm_quarter`). A story of calendar quarters, or one that dates no
    quarter by its months, is left as it was.
    """
    if first is None or first == 1 or not _RESULTS.search(text):
        return dates
    dated = next((d for d in dates if d.resolution == "explicit" and _THREE_MONTHS.search(d.quote)), None)
    start = first_month(dated.value) if dated is not None and _three_months(dated.value) else None
    if dated is None or start is None or (start[1] - first) % 3:
        return dates
    begins = start[0] if start[1] >= first else start[0] - 1
    year_value, year_granularity = fiscal_year(first, begins)
    anchor = (dated.start, dated.end)
    kept: list[DateMention] = []
    rewritten: dict[str, str] = {}  # a quarter's old value -> its new one, for 'the quarter' after it
    for d in dates:
        if d.resolution == "explicit":
            kept.append(d)
        elif (d.start, d.end) in named:
            value, gran = _named_months(begins, first, *named[(d.start, d.end)])
            rewritten[d.value] = value
            kept.append(DateMention(d.start, d.end, d.quote, value, gran, "story_date", anchor))
        elif _FULL_YEAR.fullmatch(d.quote):
            kept.append(DateMention(d.start, d.end, d.quote, year_value, year_granularity, "story_date", anchor))
        elif d.granularity == "quarter" and _THE_QUARTER.fullmatch(d.quote) and d.value in rewritten:
            kept.append(DateMention(d.start, d.end, d.quote, rewritten[d.value], "quarter", d.resolution, d.anchor))
        else:
            kept.append(d)
    return kept


#: 'the previous year' after a firm's year-less year ('the year to March would be 10% lower than the previous year';
#: vocab: budget_year.previous).
_PREVIOUS_WORDS = phrase_alternation(_BUDGET["previous"], r"[ \t\u00a0]+", longest_first=False)
_PREVIOUS_YEAR = re.compile(rf"(?i)(?:the[ \t\u00a0]+)?(?:{_PREVIOUS_WORDS})[ \t\u00a0]+year")
#: Characters after the firm's year within which 'the previous year' is the year before it (its own sentence).
PREVIOUS_WINDOW = 120


def firm_year_by_month(
    text: str,
    dates: list[DateMention],
    first: int | None,
    named: dict[tuple[int, int], tuple[int, str]],
    years: list[tuple[int, int]],
    ahead: Callable[[int, int], bool],
) -> list[DateMention]:
    """The dates with a firm's year-less year, its quarters, halves, 'full year' and previous year counted in the year
    it keeps, placed by the latest month the story states.

    Family 'a firm's year dated by a year-less end month': in a story of a firm's results that names its year by its
    last month only ('profits for the year to March would be 10% lower than the previous year': a year from April,
    ``first``; ``years``, the spans of those year-less twelve months) and dates no quarter by its months (see
    :func:`firm_year`), the firm's year is the one that holds the latest month or day the story states as past
    ('December 2004': April 2004 to March 2005). That year-less year and a year-less 'full year' are it, 'the previous
    year' right after it is the one before, and a quarter or half named by its ordinal without a year is counted in it
    ('first quarter profits [reported] in August 2004' is April to June 2004). ``ahead``: whether a span's clause puts
    it ahead (a month forecast places nothing). A story without such a year or without a stated month is left as it was.
    """
    if first is None or first == 1 or not years or not _RESULTS.search(text):
        return dates
    stated = [
        (point, (d.start, d.end))
        for d in dates
        if d.resolution == "explicit"
        and d.granularity in ("month", "day")
        and not ahead(d.start, d.end)
        and (point := first_month(d.value)) is not None
    ]
    if not stated:
        return dates
    (year, month), anchor = max(stated)  # every value is counted from the latest month stated
    begins = year if month >= first else year - 1
    value, granularity = fiscal_year(first, begins)
    before, before_granularity = fiscal_year(first, begins - 1)
    spans = set(years)
    kept: list[DateMention] = []
    for d in dates:
        named_year = max(((s, e) for s, e in spans if s <= d.start), default=None)
        if (d.start, d.end) in spans or (d.resolution != "explicit" and _FULL_YEAR.fullmatch(d.quote)):
            kept.append(DateMention(d.start, d.end, d.quote, value, granularity, "story_date", anchor))
        elif (d.start, d.end) in named and d.resolution != "explicit":
            quarter, gran = _named_months(begins, first, *named[(d.start, d.end)])
            kept.append(DateMention(d.start, d.end, d.quote, quarter, gran, "story_date", anchor))
        elif _PREVIOUS_YEAR.fullmatch(d.quote) and named_year and 0 <= d.start - named_year[1] <= PREVIOUS_WINDOW:
            kept.append(DateMention(d.start, d.end, d.quote, before, before_granularity, "story_date", named_year))
        else:
            kept.append(d)
    return kept
