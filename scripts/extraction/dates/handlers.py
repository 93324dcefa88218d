"""One function per alternative of the date expression: a match and a publication date (or none) to mentions (start, end, value, granularity, resolution)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..patterns import phrase_alternation
from .expression import _CTX_BEFORE, _MONTH_ABBREVIATIONS, _SEASON_CONTEXT, _SP
from .marks import _AHEAD, _RECORD_BEFORE, text_marks
from .values import (
    PARTS_PER_YEAR,
    Found,
    century_number,
    day_number,
    fiscal_year,
    holiday,
    iso_day,
    iso_month,
    iso_week,
    iso_year,
    make_date,
    month_number,
    month_span,
    nearest_day,
    nearest_period,
    ordinal_number,
    part_of,
    quarter_of,
    season_of,
    shift,
    two_digit_year,
)
from .vocabulary import (
    _V,
    AHEAD_YEAR_STEPS,
    DAY_NAME_WORDS,
    EVENT_NOUNS,
    HOLIDAY_WORDS,
    HOLIDAYS,
    NAMED_DAYS,
    NUMBER_WORDS,
    OTHER_CALENDARS,
    SEASONS,
    STEPS,
    TAX_YEAR_FIRST_MONTH,
    TITLE_BEFORE_ON,
    TITLE_WORDS,
    TODAY_GENERAL_FOLLOW,
    TODAY_GENERAL_NOUNS,
    TODAY_HABIT_ADVERBS,
    TODAY_LEVEL_NOUNS,
    TODAY_NOT_BEFORE_THAN,
    TODAY_STILL_NOT_PROGRESSIVE,
    TODAY_STILL_VERBS,
    TODAY_STILL_WORDS,
    TODAY_THAN_VERBS,
    WEEKDAYS,
    _cap,
    _trie,
)

Mention = tuple[int, int, str, str, str]  # start, end, value, granularity, resolution
Handler = Callable[[re.Match[str], dt.date | None], list[Mention]]


def _link(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """A URL or Markdown link target: consumed so that its digits are never read as dates."""
    return []


def _iso(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """2021-03-01: an explicit day, when the calendar has it."""
    day = make_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return [(m.start(), m.end(), iso_day(day), "day", "explicit")] if day and day.year >= 1000 else []


def _numeric(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """24/02/2021 (day first) or 2/24/2021 (month first), only when one reading is possible."""
    a, b, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    if a > 12 >= b or a == b:
        day = make_date(year, b, a)
    elif b > 12 >= a:
        day = make_date(year, a, b)
    else:
        return []
    return [(m.start(), m.end(), iso_day(day), "day", "explicit")] if day and year >= 1000 else []


def _between_years(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Between 2015 and 2020: a year interval."""
    a, b = int(m["yb_a"]), int(m["yb_b"])
    if b <= a:
        return [
            (m.start("yb_a"), m.end("yb_a"), str(a), "year", "explicit"),
            (m.start("yb_b"), m.end(), str(b), "year", "explicit"),
        ]
    return [(m.start(), m.end(), f"{a}/{b}", "interval", "explicit")]


def _days(m: re.Match[str], p: str, first: str, second: str, published: dt.date | None) -> list[Mention]:
    """Days with months (month-first or day-first): one day, a pair of days or an interval of days.

    ``first`` and ``second`` are the month names of the first and second day (the same for 'March 2-3').
    """
    month1, month2, d1 = month_number(first), month_number(second), day_number(m[f"{p}_d"])
    year_text, connector = m[f"{p}_y"], m[f"{p}_c"]
    if connector is None:
        day = _anchor_day(month1, d1, year_text, published)
        return [(m.start(), m.end(), iso_day(day[0]), "day", day[1])] if day else []
    d2 = day_number(m[f"{p}_d2"])
    if connector.strip() in ("and", "&") and not consecutive_days(m, p, (month1, d1), (month2, d2)):
        # two days, two mentions ('March 3 and 10'); two days in a row under one month are one span, their interval
        day1 = _anchor_day(month1, d1, year_text, published)
        day2 = _anchor_day(month2, d2, year_text, published)
        if day1 is None or day2 is None:
            return []
        split1 = m.end("df_m1") if p == "df" and m["df_m1"] else m.end(f"{p}_d")
        split2 = m.start("mf_m2") if p == "mf" and m["mf_m2"] else m.start(f"{p}_d2")
        return [
            (m.start(), split1, iso_day(day1[0]), "day", day1[1]),
            (split2, m.end(), iso_day(day2[0]), "day", day2[1]),
        ]
    return _day_interval(m, (month1, d1), (month2, d2), year_text, published)


def consecutive_days(m: re.Match[str], p: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two days joined by 'and' share one written month and follow each other ('February 16 and 17', '3 and 4
    March'): the list is then the interval of its two days, one expression (as the gold annotates it), not a bare
    '17' read as a date of its own. Days of two months written each ('30 March and 1 April') stay a list."""
    written_twice = bool(m[f"{p}_m2"] if p == "mf" else m[f"{p}_m1"])
    (month1, d1), (month2, d2) = first, second
    return not written_twice and month1 == month2 and d2 == d1 + 1


def _day_interval(
    m: re.Match[str], first: tuple[int, int], last: tuple[int, int], year_text: str | None, published: dt.date | None
) -> list[Mention]:
    """An interval of days from ``first`` to ``last`` ((month, day) each), the year stated for its end or taken from
    the publication date (an interval that turns the year ends in the next one): 'March 30 to April 2', 'December
    30 - January 2, 2021'."""
    (month1, d1), (month2, d2) = first, last
    forward = (month1, d1) < (month2, d2)
    if not forward and month1 == month2:
        return []  # 'March 5-2' is no interval
    if year_text:  # the stated year belongs to the end: 'December 30 - January 2, 2021'
        year2, how = int(year_text), "explicit"
        year1 = year2 if forward else year2 - 1
    else:
        anchor = _anchor_day(month1, d1, None, published)
        if anchor is None:
            return []
        year1, how = anchor[0].year, "publication_date"
        year2 = year1 if forward else year1 + 1
    start, end = make_date(year1, month1, d1), make_date(year2, month2, d2)
    if start is None or end is None:
        return []
    return [(m.start(), m.end(), f"{iso_day(start)}/{iso_day(end)}", "interval", how)]


#: An event noun after a day that names the event ('the 11 September attacks'), with the year stated after it.
_EVENT_AFTER = re.compile(
    rf"{_SP}(?:{_trie(*EVENT_NOUNS)})(?!\w)(?:{_SP}(?:in|of){_SP}(?P<ev_y>1[89][0-9][0-9]|20[0-9][0-9])(?![\w,.]?[0-9]))?"
)


def event_day(m: re.Match[str]) -> list[Mention] | None:
    """A day that names an event ('the 11 September attacks', '9/11'), or None when the match is no such day.

    Its year is the event's, not the story's: stated only by a year after the event noun ('the 9/11
    attacks in 2001'); otherwise the day is kept with an empty value (``unanchored``), as the text gives
    no year for it and the story's own years would give a wrong one.
    """
    kind = m.lastgroup
    if kind == "nd":
        month, day = (int(x) for x in NAMED_DAYS[m["nd_d"]].split("-"))
    elif kind in ("mf", "df") and not m[f"{kind}_y"] and not m[f"{kind}_d2"]:
        month, day = month_number(m[f"{kind}_m"]), day_number(m[f"{kind}_d"])
    else:
        return None
    after = _EVENT_AFTER.match(m.string, m.end())
    if after is None and kind != "nd":
        return None
    found = make_date(int(after["ev_y"]), month, day) if after is not None and after["ev_y"] else None
    if found is not None:
        return [(m.start(), m.end(), iso_day(found), "day", "explicit")]
    return [(m.start(), m.end(), "", "day", "unanchored")]


def _named_day(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """9/11: the event's day, with the year only as the text states it (see event_day)."""
    return event_day(m) or []


def _anchor_day(month: int, day: int, year_text: str | None, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day with its stated year, else the one nearest the publication date; with its resolution."""
    if year_text:
        found = make_date(int(year_text), month, day)
        return (found, "explicit") if found else None
    if published is None:
        return None
    found = nearest_day(month, day, published)
    return (found, "publication_date") if found else None


def _between_yearless_days(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """'between 12 January and 10 February', 'between January 12 and February 10': 'between' makes the two days
    written without a year an interval, not a list of two ('12 January and 10 February')."""
    if m["bd_m"]:
        first, last = (m["bd_m"], m["bd_d"]), (m["bd_m2"], m["bd_d2"])
    else:
        first, last = (m["bd_n"], m["bd_e"]), (m["bd_n2"], m["bd_e2"])
    return _day_interval(
        m, (month_number(first[0]), day_number(first[1])), (month_number(last[0]), day_number(last[1])), None, published
    )


def _month_first(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """March 1, 2021; Feb. 24; March 2-3; March 30 to April 2; February 16 and 17."""
    return _days(m, "mf", m["mf_m"], m["mf_m2"] or m["mf_m"], published)


def _day_first(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """1 March 2021; 24th of February; 2-3 March; 30 March - 2 April; 12 and 13 January."""
    return _days(m, "df", m["df_m1"] or m["df_m"], m["df_m"], published)


def _months(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """A month named with a year, or with a word that makes it a date (in, last, early, ...); month ranges."""
    text = m.string
    start = min(m.start(g) for g in ("ma_part", "ma_rel", "ma_mod", "ma_m") if m[g] is not None)
    ctx = _CTX_BEFORE.search(text, max(0, start - 16), start)
    between = ctx is not None and ctx["ctx"].lower() == "between"
    month1 = month_number(m["ma_m"])
    month2 = month_number(m["ma_m2"]) if m["ma_m2"] else None
    connector = (m["ma_c"] or "").strip("- \t\u00a0\u2009\u202f") or m["ma_c"] or ""
    pair = connector in ("and", "or") and not between
    if month2 is not None and between:
        start = ctx.start()  # type: ignore[union-attr]
    if m["ma_y"] or (m["ma_ry"] and published):
        if m["ma_y"]:
            year2, how = int(m["ma_y"]), "explicit"
        else:  # 'August last year'
            year2, how = published.year + STEPS[m["ma_ry"]], "relative"  # type: ignore[union-attr]
        year1 = year2 if month2 is None or month1 < month2 else year2 - 1
    else:
        bare = (
            ctx is None
            and not (m["ma_rel"] or m["ma_mod"] or m["ma_part"])
            and m["ma_m"] not in _PLAIN_MONTHS
            and not (
                # the noun after the month itself: 'the August holiday weekend' (the match takes in 'holiday weekend')
                month2 is None
                and m["ma_m"] not in _SURNAME_MONTHS
                and _names_a_month_s_event(text, start, m.end("ma_m"))
            )
            and not (
                _MONTH_IN_LIST.search(text, max(0, start - 16), start) and _LIST_GOES_ON.match(text, m.end("ma_m"))
            )
        )
        if published is None or (bare and (month2 is None or pair)):
            return []
        if _abbreviation_without_stop(m["ma_m"]) or (m["ma_m2"] and _abbreviation_without_stop(m["ma_m2"])):
            return []  # 'to Jan Smith': an abbreviation alone needs its full stop
        if m["ma_m"] in _NAME_MONTHS and text.startswith(("'s", "’s"), m.end()) and m["ma_rel"] is None:
            return []  # 'after May's chairman': a name's possessive more often than a month's
        year1, how = _month_year(month1, (m["ma_rel"] or "").lower(), published)
        year2 = year1 if month2 is None or month2 > month1 else year1 + 1
        if month2 is not None and how == "publication_date":
            # a span is placed by its end, nearest the publication date ('between July and September'
            # in February is last year's third quarter); of a pair, each month is placed by itself
            year2 = nearest_period(month2, 12, published.month, published.year)[0]  # type: ignore[union-attr]
            if not pair:
                year1 = year2 if month1 < month2 else year2 - 1
    if month2 is None:
        return [(start, m.end(), iso_month(year1, month1), "month", how)]
    if pair and not (m["ma_y"] and connector == "and" and not m["ma_mod2"] and month2 == month1 + 1):
        # a list of two months, two mentions; two months in a row under one written year ('in October and
        # November 2004') are one span, their interval, as the gold annotates it
        second = m.start("ma_mod2") if m["ma_mod2"] else m.start("ma_m2")
        return [
            (start, m.end("ma_m"), iso_month(year2 if m["ma_y"] or m["ma_ry"] else year1, month1), "month", how),
            (second, m.end(), iso_month(year2, month2), "month", how),
        ]
    return [(start, m.end(), *month_span(year1, month1, year2, month2), how)]


#: 'the' right before a month, and a lower-case noun or an acronym right after it ('the March survey', 'the April
#: IMF meetings'): the month names that month's event, as 'December sales' does; not a name ('the May family' is
#: no month, nor 'the May Department Stores').
_THE_BEFORE = re.compile(r"(?<![A-Za-z])[Tt]he[ \t\u00a0]+\Z")
_EVENT_NOUN_AFTER = re.compile(r"[ \t\u00a0]+(?:[a-z]{3,}|[A-Z]{2,}(?![A-Za-z]))")


#: A month name and a comma right before a month: the next item of a list of months ('rises in June, August,
#: September and November'), which a preposition before the first makes dates, when the list goes on after it.
_MONTH_IN_LIST = re.compile(rf"(?<![A-Za-z])(?:{_trie(*_V['months'])}),[ \t\u00a0]+\Z")
#: After such a month, the list goes on ('June, August and September'): not 'In January, May said so'.
_LIST_GOES_ON = re.compile(r"[ \t\u00a0]*,|[ \t\u00a0]+(?:and|or)[ \t\u00a0]")


def _names_a_month_s_event(text: str, start: int, end: int) -> bool:
    """Whether the month at ``text[start:end]`` is a modifier after 'the' ('the March reading')."""
    return (
        _THE_BEFORE.search(text, max(0, start - 8), start) is not None
        and _EVENT_NOUN_AFTER.match(text, end) is not None
    )


#: Month names that are nothing else in news text, so that they need no preposition ('December sales').
_PLAIN_MONTHS = frozenset(_V["month_usage"]["plain"])


#: Month names that are also a frequent surname ('the May family'): no month's event after 'the'.
_SURNAME_MONTHS = frozenset(_V["month_usage"]["surnames"])


#: Month names that are also names of people and firms.
_NAME_MONTHS = frozenset(_V["month_usage"]["names"])


#: After a month, a present-tense verb and a month noun in its clause, with no word that puts it ahead: ' is
#: traditionally a quiet month', ' are two of the busiest months' (vocab: month_usage.generic_*).
_GENERIC_AFTER = re.compile(
    rf"[ \t\u00a0]+(?:{_trie(*_V['month_usage']['generic_verbs'])})[ \t\u00a0]"
    rf"(?:(?!(?<![A-Za-z])(?:{_trie(*_V['month_usage']['generic_ahead'])})(?![A-Za-z]))[^.;:!?]){{0,40}}?"
    rf"(?<![A-Za-z])(?:{_trie(*_V['month_usage']['generic_nouns'])})(?![A-Za-z])"
)


def generic_month(m: re.Match[str]) -> bool:
    """Whether a month or a pair of months written without a year or a word that dates it is named in general ('December
    is traditionally a quiet month', 'December and January are two of the busiest months'): that month of every
    year, kept with no value, as the gold README says."""
    if m.lastgroup != "ma" or any(m[g] for g in ("ma_y", "ma_ry", "ma_rel", "ma_mod", "ma_part")):
        return False
    return _GENERIC_AFTER.match(m.string, m.end()) is not None


def _month_year(month: int, rel: str, published: dt.date) -> tuple[int, str]:
    """The year of a month named without one: last May, next May, this May, or the nearest May."""
    if rel == "last":
        return (published.year if month < published.month else published.year - 1), "relative"
    if rel == "next":
        return (published.year if month > published.month else published.year + 1), "relative"
    if rel == "this":
        return published.year, "relative"
    return nearest_period(month, 12, published.month, published.year)[0], "publication_date"


def _abbreviation_without_stop(name: str) -> bool:
    """'Jan' or 'Sept' without its full stop (a name or a word more often than a month)."""
    return name in _MONTH_ABBREVIATIONS


def _of_year(m: re.Match[str], p: str, published: dt.date | None) -> tuple[int, str] | None:
    """The year of 'quarter of 2020', 'half of next year', 'quarter 2020', or None if not stated."""
    if m[f"{p}_y"] or m[f"{p}_y2"]:
        return int(m[f"{p}_y"] or m[f"{p}_y2"]), "explicit"
    rel = m[f"{p}_rel"]
    if rel is None or published is None:
        return None
    word = rel.lower()
    return published.year + STEPS[word], "publication_date" if word == "the" else "relative"


def _period_words(
    m: re.Match[str], p: str, per_year: int, letter: str, published: dt.date | None, text: str
) -> list[Mention]:
    """The fourth quarter of 2020, the first half of the year, the last quarter, third-quarter."""
    ordinal = m[f"{p}_o"].lower()
    n = ordinal_number(ordinal)
    if per_year == 2:
        n = min(n, 2)
    granularity = "quarter" if per_year == 4 else "half"
    if m[f"{p}_own"]:  # 'the first half of its financial year': a firm's year, which may begin in any month
        return [(m.start(), m.end(), "", granularity, "unanchored")]
    year = _of_year(m, p, published)
    if year is not None:
        return [(m.start(), m.end(), f"{iso_year(year[0])}-{letter}{n}", granularity, year[1])]
    if published is None or re.match(rf"{_SP}of{_SP}", text[m.end() : m.end() + 8]):
        return []  # 'the first half of the match': not a period of the calendar
    now = part_of(published.month, per_year)
    if ordinal in STEPS and per_year == 4:  # 'the last quarter' is the previous one (vocab: steps)
        y, q = shift(published.year, now, per_year, STEPS[ordinal])
        return [(m.start(), m.end(), f"{iso_year(y)}-{letter}{q}", granularity, "relative")]
    y, _ = nearest_period(n, per_year, now, published.year)
    return [(m.start(), m.end(), f"{iso_year(y)}-{letter}{n}", granularity, "publication_date")]


def _quarter_code(kind: str, n: int, year: int | None, published: dt.date | None, explicit: bool) -> Found | None:
    """Q3/H1 with an optional year -> (value, granularity, resolution)."""
    per_year = PARTS_PER_YEAR[kind]
    if n > per_year:
        return None
    granularity = "quarter" if kind == "Q" else "half"
    if year is not None:
        return f"{iso_year(year)}-{kind}{n}", granularity, "explicit" if explicit else "publication_date"
    if published is None:
        return None
    now = part_of(published.month, per_year)
    y, _ = nearest_period(n, per_year, now, published.year)
    return f"{iso_year(y)}-{kind}{n}", granularity, "publication_date"


def _code_quarter(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Q3 2021, Q3/21, H1 2021, Q4 (nearest to the publication date)."""
    if m["qq_y"]:
        found = _quarter_code(m["qq_k"], int(m["qq_n"]), int(m["qq_y"]), published, True)
    elif m["qq_yy"]:
        year = two_digit_year(int(m["qq_yy"]), published)
        found = _quarter_code(m["qq_k"], int(m["qq_n"]), year, published, False) if year else None
    elif m["qq_k"] == "H" and not _half_code_time(m.string, m.start(), m.end()):
        return []  # a bare 'H1' is too often something else ('the Hummer H1', 'H1-B visas')
    else:
        found = _quarter_code(m["qq_k"], int(m["qq_n"]), None, published, False)
    return [(m.start(), m.end(), *found)] if found else []


#: A preposition of time right before a bare half code, perhaps with 'the' ('in H2', 'during the H1 period').
_HALF_CODE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{phrase_alternation(_V['present']['half_code_before'], _SP, longest_first=False)}){_SP}(?:the{_SP})?\Z",
    re.IGNORECASE,
)
#: A half named in words right before a bare half code in brackets ('First-half (H1) deliveries'): the code restates it.
_HALF_WORD_BEFORE = re.compile(rf"(?<![A-Za-z])half(?:[- ]year)?{_SP}?\(\Z", re.IGNORECASE)
#: A word of a half's results right after a bare half code ('H1 sales', 'H2 results').
_HALF_CODE_AFTER = re.compile(
    rf"{_SP}(?:{phrase_alternation(_V['present']['half_code_after'], _SP, longest_first=False)})(?![\w-])",
    re.IGNORECASE,
)


def _half_code_time(text: str, start: int, end: int) -> bool:
    """Whether a bare half code ('H1', 'H2') names a half of the year: after a preposition of time ('in H2') or before
    a word of its results ('H1 sales'), or in brackets after the half in words ('First-half (H1)'); not a name ('the Hummer H1', 'the H2 model', 'H1-B visas')."""
    if text.startswith("-", end):
        return False  # 'H1-B visas': a code
    return bool(
        _HALF_CODE_BEFORE.search(text, max(0, start - 24), start)
        or _HALF_CODE_AFTER.match(text, end)
        or _HALF_WORD_BEFORE.search(text, max(0, start - 24), start)
    )


#: A word in -ing right after a past verb ('was cutting', 'were rising'): a progressive, no figure told as done.
_PROGRESSIVE = re.compile(r"[ \t\u00a0]+[a-z]+ing(?!\w)")


def _told_done(text: str, start: int, end: int) -> bool:
    """Whether the clause of text[start:end] tells its figure in the past ('First-half deliveries reached 412,000',
    'Sales rose 5% in the first quarter', its past verb after or before it) and puts nothing ahead ('first-half sales
    are expected to rise' does) nor tells it so far ('sales have risen 5% in the first half', 'first-half sales so far
    rose 5%')."""
    marks = text_marks(text)
    lo, hi = marks.clause(start, end, marks.sentence(start, end))
    if marks.clause_ahead(start, end) or marks.so_far.any_in(lo, hi):
        return False
    verb = marks.done.next_start_after(end, hi)
    # 'could fall 5%, after they rose': a modal or infinitive first makes the past verb another clause's
    if verb < hi and not marks.done_stop.any_in(end, verb):
        return True
    # 'Sales rose 5% in the first quarter', 'profits fell in the second half of the year': the past verb before it
    # (not 'was cutting first-quarter production', a progressive: under way at the time told)
    before = marks.done.last_end_before(start, lo - 1)
    return before >= lo and not marks.done_stop.any_in(before, start) and not _PROGRESSIVE.match(text, before)


def last_ended(found: list[Mention], published: dt.date, text: str) -> list[Mention]:
    """The mentions of a year-less quarter or half ('first-half', 'Q2', 'H1') read from the publication date, each
    moved a year back when it has not ended at that date and its clause tells it as done: 'First-half deliveries
    reached 412,000' in a story of 5 January 2005 is 2004-H1, the last first half that has ended (a figure is
    reported after its period). Only for a publication date the text was given: a present the story's own dates
    place is no day the story was told on."""
    return [
        (s, e, _last_ended(value, published, text, s, e), g, how)
        if how == "publication_date" and g in ("quarter", "half")
        else (s, e, value, g, how)
        for s, e, value, g, how in found
    ]


def _last_ended(value: str, published: dt.date, text: str, start: int, end: int) -> str:
    """:func:`last_ended` of one value ('2005-H1')."""
    if len(value) != 7 or value[5] not in "QH":
        return value
    kind, n = value[5], int(value[6])
    per_year = PARTS_PER_YEAR[kind]
    now = part_of(published.month, per_year)
    if int(value[:4]) != published.year or n < now or not _told_done(text, start, end):
        return value
    return f"{iso_year(published.year - 1)}-{kind}{n}"


def _number_quarter(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """3Q21, 1H21."""
    year = two_digit_year(int(m["nq_yy"]), published)
    found = _quarter_code(m["nq_k"], int(m["nq_n"]), year, published, False) if year else None
    return [(m.start(), m.end(), *found)] if found else []


def _year_quarter(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """2021 Q3, 2021H1."""
    found = _quarter_code(m["yq_k"], int(m["yq_n"]), int(m["yq_y"]), published, True)
    return [(m.start(), m.end(), *found)] if found else []


def _decade(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The 1990s -> 199X; the 1800s -> 1800/1899 (a century); the '90s -> the latest 90s by publication."""
    start = m.start("dc_mod") if m["dc_mod"] else (m.start("dc_y") if m["dc_y"] else m.start("dc_yy") - 1)
    if m["dc_y"]:
        year = int(m["dc_y"])
        if year in (1800, 1900):
            return [(start, m.end(), f"{year}/{year + 99}", "interval", "explicit")]
        return [(start, m.end(), f"{year // 10:03d}X", "decade", "explicit")]
    if published is None:
        return []
    tens = int(m["dc_yy"])
    year = published.year - published.year % 100 + tens
    if year > published.year:
        year -= 100
    return [(start, m.end(), f"{iso_year(year)[:3]}X", "decade", "publication_date")] if year >= 0 else []


def _fiscal_year(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """FY2021, FY21: the year the fiscal year is named after."""
    if m["fy_y"]:
        return [(m.start(), m.end(), m["fy_y"], "year", "explicit")]
    year = two_digit_year(int(m["fy_yy"]), published)
    return [(m.start(), m.end(), iso_year(year), "year", "publication_date")] if year is not None else []


def _year_range(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """2015-2020, 2004-05, 2019/20, 2015 to 2020."""
    a = int(m["yr_a"])
    if m["yr_b"]:
        b = int(m["yr_b"])
        if m["yr_c"] == "/" and b != a + 1:
            return []  # '2019/2030' is no span of time anyone writes
    else:
        digits = len(m["yr_bb"])  # 2004-05, 2005-6: the next year with those last digits
        b = a - a % 10**digits + int(m["yr_bb"])
        if b <= a:
            b += 10**digits
        if b - a > 50 or ((m["yr_c"] == "/" or digits == 1) and b != a + 1):
            return []
    if b <= a:
        return []
    return [(m.start(), m.end(), f"{a}/{b}", "interval", "explicit")]


def _plain_year(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """A year standing alone (2019, mid-2020); after a hedge it may be an amount (see :func:`find_dates`)."""
    start = min(m.start(g) for g in ("y_part", "y_mod", "y_y") if m[g] is not None)
    return [(start, m.end(), m["y_y"], "year", "explicit")]


def _anchor_month(month: int, year_text: str | None, published: dt.date | None) -> tuple[int, str] | None:
    """The year of a month: stated, else the one nearest the publication date; with its resolution."""
    if year_text:
        return int(year_text), "explicit"
    if published is None:
        return None
    return nearest_period(month, 12, published.month, published.year)[0], "publication_date"


#: Months in 'the year to March', 'the half-year to June', 'the quarter to September'.
_SPAN_MONTHS = {"year": 12, "half-year": 6, "quarter": 3}


def _months_to(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The three months to December, the year to March 2005 (2004-04/2005-03), the six months ended 30 June."""
    count = _count(m["mt_n"]) if m["mt_n"] else _SPAN_MONTHS[m["mt_u"].lower()]
    if count is None or count != int(count) or not 1 <= count <= 60:
        return []
    n = int(count)
    month = month_number(m["mt_m"] or m["mt_m2"])
    anchor = _anchor_month(month, m["mt_y"], published)
    if anchor is None:
        return []
    year, how = anchor
    day_text = m["mt_d"] or m["mt_d2"]
    if m["mt_b"]:
        return _months_from(m, n, year, month, day_number(day_text) if day_text else 1, how)
    if day_text:  # 'the six months ended 30 June 2005': days, from the day after the same day n months before
        end = make_date(year, month, day_number(day_text))
        if end is None:
            return []
        if (end + dt.timedelta(days=1)).day == 1:  # to the end of a month: whole months
            y0, m0 = shift(year, month, 12, -(n - 1))
            return [(m.start(), m.end(), *month_span(y0, m0, year, month), how)]
        y0, m0 = shift(year, month, 12, -n)
        start = (make_date(y0, m0, end.day) or dt.date(y0, m0, 28)) + dt.timedelta(days=1)
        return [(m.start(), m.end(), f"{iso_day(start)}/{iso_day(end)}", "interval", how)]
    y0, m0 = shift(year, month, 12, -(n - 1))
    return [(m.start(), m.end(), *month_span(y0, m0, year, month), how)]


def _months_from(m: re.Match[str], n: int, year: int, month: int, day: int, how: str) -> list[Mention]:
    """The year beginning 1 October 2004 (2004-10/2005-09): ``n`` months from a first day; whole months when
    it is the first of a month, else days up to the day before the same day ``n`` months later."""
    start = make_date(year, month, day)
    if start is None:
        return []
    y1, m1 = shift(year, month, 12, n - 1)
    if day == 1:
        return [(m.start(), m.end(), *month_span(year, month, y1, m1), how)]
    y2, m2 = shift(year, month, 12, n)
    end = (make_date(y2, m2, day) or dt.date(y2, m2, 28)) - dt.timedelta(days=1)
    return [(m.start(), m.end(), f"{iso_day(start)}/{iso_day(end)}", "interval", how)]


def _first_months(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The first nine months of 2004 (2004-01/2004-09), the last three months of the year (Q4), the final month of
    the year (its December: one month)."""
    count = _count(m["fm_n"]) if m["fm_n"] else 1
    if count is None or count != int(count) or not 1 <= count <= 12:
        return []
    n, first = int(count), m["fm_o"].lower() == "first"
    if m["fm_own"]:  # 'the first six months of its financial year': a firm's months, not the calendar's
        return [(m.start(), m.end(), "", "interval", "unanchored")]
    found = _of_year(m, "fm", published)
    if found is None:
        if not first or published is None or re.match(rf"{_SP}of{_SP}", m.string[m.end() : m.end() + 8]):
            return []  # 'the last three months' counts back from an unstated time; 'of the contract' is no year
        found = nearest_period(n, 12, published.month, published.year)[0], "publication_date"
    year, how = found
    months = (1, n) if first else (13 - n, 12)
    return [(m.start(), m.end(), *month_span(year, months[0], year, months[1]), how)]


def _first_lengths(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The first seven weeks of this year, the first two trading days of the week, the final three years of the
    period: a time of the story (gold README: periods of stated length anchored on the story), whose number is no
    duration figure. Days and weeks of a stated year take that year, as a part of a period takes the period ('the
    first seven weeks of 2005' is 2005), and so do those of a year or month the publication date places ('this
    year', 'last month' in a dated story); otherwise no value: which days or years the text seldom says."""
    if m["fl_y"] and m["fl_u"] != "years":
        return [(m.start(), m.end(), m["fl_y"], "year", "explicit")]
    if published is not None and m["fl_d"] and m["fl_u"] != "years" and m["fl_du"] in ("year", "month"):
        word = m["fl_d"].lower()  # 'the first seven weeks of this year' in a dated story: that year, as 'this year' is
        how = "publication_date" if word == "the" else "relative"
        if m["fl_du"] == "year" and word != "that":
            return [(m.start(), m.end(), iso_year(published.year + STEPS[word]), "year", how)]
        if m["fl_du"] == "month" and word in ("this", "last", "next"):
            year, month = shift(published.year, published.month, 12, STEPS[word])
            return [(m.start(), m.end(), iso_month(year, month), "month", how)]
    return [(m.start(), m.end(), "", "interval", "unanchored")]


def _season(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Spring 2005 (2005-21, ISO 8601-2 season), last summer, this winter, in the autumn, a wet summer, winter
    shortages."""
    name = m["ss_s"].lower()
    rel = (m["ss_rel"] or "").lower()
    start = m.start("ss_rel") if m["ss_rel"] else m.start("ss_mod") if m["ss_mod"] else m.start("ss_s")
    code = SEASONS[name]
    index = code - 20
    if name == "fall" and not (rel in ("last", "next") or m["ss_s"] == "Fall" or m.string.endswith("the ", 0, start)):
        # 'the fall in prices', 'this fall from 2.1%', 'shares fall 2003': a verb or a noun (the year stays a year)
        return [(m.start("ss_y"), m.end(), m["ss_y"], "year", "explicit")] if m["ss_y"] else []
    if m["ss_y"]:
        return [(start, m.end(), f"{m['ss_y']}-{code}", "season", "explicit")]
    if not rel and not (
        _plain_season(m.string, start, m["ss_s"])
        or _season_context(m.string, start, m["ss_s"])
        or _season_modifier(m.string, m.end("ss_s"), m["ss_s"])
        or _season_course(m.string, start, m["ss_s"])
    ):
        return []  # a season needs a year, this/last/next, 'in the', a determiner or a noun of its time after it
    if published is None:
        return []
    year, now = season_of(published.month, published.year)
    if rel == "this":
        found, how = nearest_period(index, 4, now, year)[0], "relative"
    elif rel == "last":
        found, how = (year if index < now else year - 1), "relative"
    elif rel == "next":
        found, how = (year if index > now else year + 1), "relative"
    else:
        found, how = nearest_period(index, 4, now, year)[0], "publication_date"
    return [(start, m.end(), f"{iso_year(found)}-{code}", "season", how)]


#: Seasons whose lower-case word has no other sense ('a wet summer', 'the onset of winter'); not 'spring'
#: or 'fall', which are words first ('spring a surprise', 'a fall in prices').
_PLAIN_SEASONS = frozenset(_V["season_usage"]["plain"])
#: A determiner or 'of' before a season, with at most two words between: 'a wet European summer', 'the
#: poor summer weather', 'the onset of winter' (not the name 'winter fuel payment', 'mild winter drives').
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Aa]n?|[Tt]he|of)[ \t\u00a0]{1,3}(?P<between>(?:[A-Za-z][a-z-]{0,20}[ \t\u00a0]{1,3}){0,2})\Z"
)
#: A word after a season that makes it the first word of a compound name ('the winter fuel payment').
_WORD_AFTER = re.compile(r"[ \t\u00a0]{1,3}(?!of(?!\w))[a-z]")


def _plain_season(text: str, start: int, word: str) -> bool:
    """'a wet summer', 'the poor summer weather', 'the onset of winter': a plain season word after a
    determiner, with an adjective between or ending its noun phrase, names a season; right after the
    determiner and before another noun it begins a name ('the winter fuel payment')."""
    if word not in _PLAIN_SEASONS:
        return False
    before = _DETERMINER_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    return bool(before["between"]) or _WORD_AFTER.match(text, start + len(word)) is None


def _word_at(text: str, pos: int) -> str:
    """The first word after ``pos`` (within 20 characters), without the punctuation and quote marks around it; ''
    if none: the word after a match that tells a name ('Today programme') or a time's noun ('winter weather')."""
    after = text[pos : pos + 20].split()
    return after[0].strip(".,;:'\"’") if after else ""


#: Nouns after a plain season word that make it a modifier naming a time ('winter shortages', 'winter weather').
_SEASON_NOUNS_AFTER = frozenset(_V["season_usage"]["nouns_after"])


def _season_modifier(text: str, end: int, word: str) -> bool:
    """'worries about winter shortages', 'mild early-winter weather': a plain season word before a noun of the
    season's time (weather, temperatures, demand) is a modifier naming a time, annotated as a holiday's is (gold
    README); before another noun it may begin a name ('the winter fuel payment')."""
    if word not in _PLAIN_SEASONS:
        return False
    return text[end : end + 1] in (" ", "\t", "\u00a0") and _word_at(text, end) in _SEASON_NOUNS_AFTER


_SEASON_BEFORE = re.compile(rf"(?<!\w)(?:{_cap(*_SEASON_CONTEXT)})[ \t\u00a0]{{1,3}}(?:the[ \t\u00a0]{{1,3}})?\Z")


#: Season words that words of time before them make no season ('in the fall' of prices; vocab: season_usage.context_not).
_CONTEXT_NOT = frozenset(_V["season_usage"]["context_not"])


def _season_context(text: str, start: int, word: str) -> bool:
    """'in the summer', 'over the winter', 'during spring': a bare season word that names a season."""
    if word.lower() in _CONTEXT_NOT:
        return False  # 'in the fall' of prices: a bare fall is a season only as 'last/next fall'
    return _SEASON_BEFORE.search(text, max(0, start - 20), start) is not None


#: A noun of a season's course and 'of', or one of them and 'to' or 'into', right before a season word ('the arrival
#: of ', 'the approach to the '; not 'close to '; vocab: season_usage.course, season_usage.course_to).
_COURSE_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{_trie(*_V['season_usage']['course'])})[ \t\u00a0]{{1,3}}of"
    rf"|(?:{_trie(*_V['season_usage']['course_to'])})[ \t\u00a0]{{1,3}}(?:to|into))[ \t\u00a0]{{1,3}}"
    rf"(?:the[ \t\u00a0]{{1,3}})?\Z",
    re.IGNORECASE,
)

#: Season words a noun of course makes no season ('the end of the fall in prices'; vocab: season_usage.course_not).
_COURSE_NOT = frozenset(_V["season_usage"]["course_not"])


def _season_course(text: str, start: int, word: str) -> bool:
    """'the arrival of spring', 'in the approach to Spring', 'by the start of spring': a season word after a noun of
    a season's course names a season, 'spring' too (a verb after 'to' only after another word: 'set to spring
    back'); not 'fall' ('the end of the fall in prices'; vocab: season_usage.course_not)."""
    if word.lower() in _COURSE_NOT:
        return False
    return _COURSE_BEFORE.search(text, max(0, start - 30), start) is not None


def _holiday(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Christmas, Boxing Day, Easter 2005: the day, in the stated year or the one nearest publication."""
    rule = HOLIDAYS[m["hd_n"] or "New Year"]
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    if before and before[-1] in OTHER_CALENDARS:
        return []  # 'Chinese New Year', 'Orthodox Christmas': another calendar's day
    if m["hd_y"]:
        day = holiday(rule, int(m["hd_y"]))
        return [(m.start(), m.end(), iso_day(day), "day", "explicit")] if day else []
    if published is None:
        return []
    days = [d for y in (published.year - 1, published.year, published.year + 1) if (d := holiday(rule, y))]
    best = min(days, key=lambda d: (abs((d - published).days), d))
    return [(m.start(), m.end(), iso_day(best), "day", "publication_date")]


#: Words of which one, within three words before 'holiday season', makes it the Christmas season ('the busy
#: holiday season'), not a person's holiday ('he took a holiday period off').
_SEASON_BEFORE_WORDS = frozenset(_V["holiday_season"]["season_before"])


def _holiday_season(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The holiday season, the festive period, the holidays: the December nearest publication (the Christmas
    season)."""
    if m["hs_w"] and m["hs_w"].lower() == "holiday":
        before = m.string[max(0, m.start() - 40) : m.start()].lower().split()[-3:]
        if not _SEASON_BEFORE_WORDS.intersection(before):
            return []
    if published is None:
        return []
    year = published.year if published.month >= 7 else published.year - 1
    return [(m.start(), m.end(), iso_month(year, 12), "month", "publication_date")]


def _weekend(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The weekend, last weekend: the ISO week of its Saturday (Saturday and Sunday end one ISO week).

    A bare 'the weekend' is the nearer of the weekend just past and the next one (a tie goes to the
    past, as news mostly reports); 'this weekend' the one of the publication's week, 'last weekend'
    the one before it, 'next weekend' the first one after the publication date.
    """
    if published is None:
        return []
    weekday = published.weekday()
    saturday = 5 - weekday  # days from the publication date to its week's Saturday
    rel = (m["we_rel"] or "").lower()
    if rel == "last":
        offset = saturday - 7
    elif rel == "next":
        offset = saturday if saturday > 0 else saturday + 7
    elif rel == "this" or weekday >= 5:
        offset = saturday
    else:  # Monday to Friday: the Sunday just past or the Saturday ahead, whichever is nearer
        offset = saturday - 7 if weekday + 1 <= saturday else saturday
    return [
        (
            m.start(),
            m.end(),
            iso_week(published + dt.timedelta(days=offset)),
            "week",
            "relative" if rel else "publication_date",
        )
    ]


def _century(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The 19th century -> 1800/1899 (its years as news counts them, like 'the 1800s'); this (new) century,
    the last century: the publication's century, or the one before or after it."""
    if m["cy_n"]:
        first = 100 * (century_number(m["cy_n"]) - 1)
        return [(m.start(), m.end(), f"{iso_year(first)}/{iso_year(first + 99)}", "interval", "explicit")]
    if published is None:
        return []
    rel = (m["cy_rel"] or "this").lower()
    return [(m.start(), m.end(), *_this("century", STEPS[rel], published))]


def _tax_year(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The (current) tax year, the end of the tax year, next tax year: the state's tax year under way at
    publication, or the one before or after it (the UK's runs April to March: 2004-04/2005-03)."""
    if published is None:
        return []
    rel = (m["tx_rel"] or "").lower()
    begins = published.year if published.month >= TAX_YEAR_FIRST_MONTH else published.year - 1
    value = fiscal_year(TAX_YEAR_FIRST_MONTH, begins + (STEPS[rel] if rel else 0))
    return [(m.start(), m.end(), *value, "relative" if rel else "publication_date")]


#: Pairs of counts that say 'a few' ('the next one or two quarters', as 'a couple of years': vague, not annotated by
#: the gold README; vocab: present.vague_counts).
_VAGUE_COUNTS = frozenset(_V["present"]["vague_counts"])


def _vague_pair(m: re.Match[str]) -> bool:
    """Whether the range of counts of a stated span is an idiom for 'a few' ('one or two')."""
    return re.sub(r"\s+", " ", m.string[m.start("sp_n") : m.end("sp_n2")].lower()) in _VAGUE_COUNTS


def _stated_span(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The next five years, the past 12 months, within two years: a span of stated length that ends or begins now
    (of a range of counts, 'the last four or five years', the stretch of the larger).

    Counted in whole units beside the publication date's: 'the next two years' of a 2005 article is
    2005/2006, 'the past 12 months' of one of February 2005 is 2004-02/2005-01, 'the next 10 days'
    the ten days after it.
    """
    count = m["sp_n2"] or m["sp_n"] or m["sp_w"]  # of a range of counts, the larger ('the next two to three months')
    n = _count(count) if count else 1  # 'the past year'
    if m["sp_n2"] and ((_count(m["sp_n"]) or 0) >= (n or 0) or _vague_pair(m)):
        return []  # 'the last five to three years' is no range; 'the next one or two quarters' is vague, not annotated
    if published is None or n is None or n != int(n) or not 1 <= n <= 100:
        return []
    k, unit = int(n), m["sp_u"].lower().rstrip("s")
    ahead = bool(m["sp_w"]) or (m["sp_d"] or m["sp_dd"] or "past").lower() in ("next", "coming")
    if unit in ("day", "week"):
        days = k * (7 if unit == "week" else 1)
        first, last = (1, days) if ahead else (-days, -1)
        a, b = published + dt.timedelta(days=first), published + dt.timedelta(days=last)
        if unit == "week":
            return [(m.start(), m.end(), f"{iso_week(a)}/{iso_week(b)}", "interval", "relative")]
        return [(m.start(), m.end(), f"{iso_day(a)}/{iso_day(b)}", "interval", "relative")]
    if unit in ("month", "quarter"):
        months = k * (3 if unit == "quarter" else 1)
        first, last = (1, months) if ahead else (-months, -1)
        y0, m0 = shift(published.year, published.month, 12, first)
        y1, m1 = shift(published.year, published.month, 12, last)
        return [(m.start(), m.end(), *month_span(y0, m0, y1, m1), "relative")]
    years = k * (10 if unit == "decade" else 1)
    a_year, b_year = (
        (published.year, published.year + years - 1) if ahead else (published.year - years, published.year - 1)
    )
    value = iso_year(a_year) if a_year == b_year else f"{iso_year(a_year)}/{iso_year(b_year)}"
    return [(m.start(), m.end(), value, "year" if a_year == b_year else "interval", "relative")]


def _previous_span(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """'The previous 12 months' with a publication date and no story period before it: the months before it."""
    months = _counted_months(m)
    if published is None or months is None:
        return []
    y0, m0 = shift(published.year, published.month, 12, -months)
    y1, m1 = shift(published.year, published.month, 12, -1)
    return [(m.start(), m.end(), *month_span(y0, m0, y1, m1), "relative")]


#: Months in a unit of a span counted back ('the previous three quarters').
_SPAN_UNITS = {"month": 1, "quarter": 3, "year": 12}


def _counted_months(m: re.Match[str]) -> int | None:
    """The months of a span counted back ('the previous three quarters': 9), or None when its count is
    not a whole number from 1 to 100."""
    n = _count(m["pv_n"] or m["pv_n2"])
    if n is None or n != int(n) or not 1 <= n <= 100:
        return None
    return int(n) * _SPAN_UNITS[m["pv_u"].lower().rstrip("s")]


def _company_year(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The current financial year: recorded, never valued (a company's year may end in any month)."""
    return [(m.start(), m.end(), "", "year", "unanchored")]


def _decade_word(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The seventies -> 197X (the twentieth century's, as news uses the words)."""
    return [(m.start(), m.end(), f"{_V['decade_words'][m['dw_w'].lower()]}X", "decade", "explicit")]


def _between_days(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """From 15 November 2004 to 3 January 2005 (or between ... and ...): a day interval, both ends
    stated; the days that exist, one by one, when the second is not after the first."""
    first = make_date(int(m["db_y"]), month_number(m["db_m"]), day_number(m["db_d"]))
    last = make_date(int(m["db_y2"]), month_number(m["db_m2"]), day_number(m["db_d2"]))
    if first is not None and last is not None and first < last:
        return [(m.start(), m.end(), f"{iso_day(first)}/{iso_day(last)}", "interval", "explicit")]
    ends = ((first, m.start("db_d"), m.end("db_y")), (last, m.start("db_d2"), m.end()))
    return [(start, end, iso_day(day), "day", "explicit") for day, start, end in ends if day is not None]


def _between_months(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Between November 2003 and August 2004 (or 'August last year'): a month interval."""
    y1 = int(m["mb_y"])
    if m["mb_y2"]:
        y2, how = int(m["mb_y2"]), "explicit"
    elif published is not None:
        y2, how = published.year + STEPS[m["mb_ry"]], "relative"
    else:
        return []
    m1, m2 = month_number(m["mb_m"]), month_number(m["mb_m2"])
    if (y2, m2) <= (y1, m1):
        return []
    return [(m.start(), m.end(), *month_span(y1, m1, y2, m2), how)]


def _anaphora(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The same period of 2003, the same month last year: what the text says without the story's period.

    These phrases name the story's period in another year (see :func:`_from_story`); without an
    earlier period only the year they state is known: 'the same period in 2003' is 2003.
    """
    if (m["an_yr"] or m["an_fy"]) and published is not None:
        return [(m.start(), m.end(), iso_year(published.year), "year", "publication_date")]
    if m["an_mo"]:  # 'during the month' names the story's month, not the dateline's: recorded where none is before it
        return [(m.start(), m.end(), "", "month", "unanchored")]
    if m["an_ye"]:  # 'his year-end press conference': a time, recorded; which year-end the text seldom says
        return [(m.start(), m.end(), "", "year", "unanchored")]
    if m["an_dr"]:  # 'that day', 'the previous day': only the story's day says which; recorded where it gives none
        return [(m.start(), m.end(), "", "day", "unanchored")]
    if m["an_pd"]:  # 'this period', 'that date': only the story says which; recorded where it does not
        return [(m.start(), m.end(), "", "day" if m["an_pd"] == "date" else "interval", "unanchored")]
    if m["an_d"]:  # 'the month before': only the story says which; recorded, not valued, where it does not
        return [(m.start(), m.end(), "", "year" if m["an_u"] == "year" else m["an_u"], "unanchored")]
    if m["an_pp"]:  # 'over the period': the story's last period; recorded, not valued, where it gives none
        return [(m.start(), m.end(), "", "interval", "unanchored")]
    if not m["an_same"]:
        return []  # 'the quarter': only the story says which
    if m["an_y"]:
        return [(m.start(), m.end(), m["an_y"], "year", "explicit")]
    if (m["an_ly"] or m["an_ya"]) and published is not None:
        return [(m.start(), m.end(), iso_year(published.year - 1), "year", "relative")]
    if m["an_su"] != "time" and not (m["an_ly"] or m["an_ya"]):
        # 'over the same period' with no period before it: a time only the story could say; recorded, not valued
        return [(m.start(), m.end(), "", "interval" if m["an_su"] == "period" else m["an_su"], "unanchored")]
    return []


def day_anaphor(m: re.Match[str]) -> bool:
    """Whether a match names a day of the story by anaphora ('that day', 'the previous day'): a day, which is no
    reference for the story's periods after it, as 'today' and 'on Tuesday' are not."""
    return m.lastgroup == "an" and m["an_dr"] is not None


def _part_of(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The end of the year, the start of next month: the period itself (the part has no column)."""
    if published is None:
        return []
    rel = (m["py_rel"] or "").lower()
    value, granularity, _ = _this(m["py_u"], STEPS[rel] if rel else 0, published)
    return [(m.start(), m.end(), value, granularity, "relative" if rel else "publication_date")]


def _count(text: str) -> float | None:
    """The number of 'N units ago' ('two', '18', 'a couple of')."""
    key = " ".join(text.lower().split())
    return float(key) if key.isdigit() else NUMBER_WORDS.get(key)


def _counted(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Two months earlier, five months ago, a decade ago, three years later: counted from publication."""
    n = _count(m["ra_n"])
    if published is None or n is None:
        return []
    sign = -1 if m["ra_d"] in ("ago", "earlier") else 1
    return [(m.start(), m.end(), *counted_point(published, sign * n, m["ra_u"].lower().rstrip("s")))]


def counted_point(published: dt.date, n: float, unit: str) -> Found:
    """The day, ISO week, month or year ``n`` units ('day', 'week', 'month', 'quarter', 'year', 'decade',
    'century') after the publication date, before it when ``n`` is negative: 'two months earlier', 'in five
    years'."""
    if unit == "day":
        return iso_day(published + dt.timedelta(days=n)), "day", "relative"
    if unit == "week":
        return iso_week(published + dt.timedelta(weeks=n)), "week", "relative"
    if unit in ("month", "quarter"):
        y, mo = shift(published.year, published.month, 12, round(n * (3 if unit == "quarter" else 1)))
        return iso_month(y, mo), "month", "relative"
    years = round(n * (100 if unit.startswith("centur") else 10 if unit == "decade" else 1))
    return iso_year(published.year + years), "year", "relative"


#: How far before 'in five years' (characters) a record's word makes it a length that ranks a figure ('its lowest
#: level in three years', 'the first annual fall in nine years'), not a point ahead.
RANK_WINDOW = 50
#: 'the sixth time in three years', 'three times in two years': a count of events over a length.
_TIMES_BEFORE = re.compile(r"(?<!\w)times?[ \t\u00a0]+\Z", re.IGNORECASE)


def point_ahead(m: re.Match[str]) -> bool:
    """Whether 'in five years' is a point ahead of the story's time: told with 'time' ('in two weeks' time'), or
    with a forecast word in its clause ('in five years the US dollar will be stronger' has it after; 'will halve
    the deficit in five years' before; not 'Sales fell 10% in three months, but the firm will recover') and no
    record's word or count of times just before it (not 'its lowest level in three years', 'the second time in two
    years': lengths that rank a figure, not annotated)."""
    if m["ia_t"]:
        return True
    text, start = m.string, m.start() - 3  # before 'in '
    marks = text_marks(text)
    sentence = marks.sentence(start, m.end())
    if _TIMES_BEFORE.search(text, max(0, start - 12), start) or _RECORD_BEFORE.search(
        text, max(sentence[0], start - RANK_WINDOW), start
    ):
        return False
    clause = marks.clause(start, m.end(), sentence)
    # the words as found once per region of the text (TextMarks): a search of the clause for each date would read a
    # long clause with no mark (a run of text with no sentence end) once per date in it, in quadratic time
    return marks.future.any_in(*clause) or marks.point_ahead.any_in(*clause)


def _in_counted(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """In five years, in two weeks' time: that many units after the publication date (a year, a month, an ISO week
    or a day), where the text puts it ahead (see point_ahead); nothing otherwise."""
    n = _count(m["ia_n"])
    if published is None or n is None or n != int(n) or not 1 <= n <= 100 or not point_ahead(m):
        return []  # the text's marks (point_ahead) read last, for a count that makes a point only
    return [(m.start(), m.end(), *counted_point(published, int(n), m["ia_u"].lower().rstrip("s")))]


def _in_the(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Later in the month, earlier in the week: the publication's month, week or year."""
    if published is None:
        return []
    return [(m.start(), m.end(), *_this(m["ri_u"], 0, published))]


def _this(unit: str, step: int, published: dt.date) -> Found:
    """The week/month/quarter/year ``step`` units from the publication date's."""
    if unit == "week":
        return iso_week(published + dt.timedelta(weeks=step)), "week", "relative"
    if unit == "month":
        y, mo = shift(published.year, published.month, 12, step)
        return iso_month(y, mo), "month", "relative"
    if unit == "quarter":
        y, q = shift(published.year, quarter_of(published.month), 4, step)
        return f"{iso_year(y)}-Q{q}", "quarter", "relative"
    if unit == "decade":  # 'the end of the decade' in 2005: 200X, as 'the 2000s'
        return f"{iso_year(published.year - published.year % 10 + 10 * step)[:3]}X", "decade", "relative"
    if unit == "century":  # 'the middle of the century' in 2005: 2000/2099, as 'the 1900s' is 1900/1999
        first = published.year - published.year % 100 + 100 * step
        return f"{iso_year(first)}/{iso_year(first + 99)}", "interval", "relative"
    return iso_year(published.year + step), "year", "relative"


def _deictic_unit(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """This week, last year, next month, the previous year, earlier this month."""
    rel = m["ru_rel"].lower()
    if published is None or rel == "that" or m.string.startswith("-on-", m.end()):
        return []  # 'that year' needs a date of the story (see find_dates); 'year-on-year' is no year
    if m["ru_u"] == "year" and rel in AHEAD_YEAR_STEPS:
        return [(m.start(), m.end(), *_this("year", _year_ahead(published), published))]
    return [(m.start(), m.end(), *_this(m["ru_u"], STEPS[rel], published))]


#: The last month of a year from which the twelve months ahead fall mostly in it (June: seven of twelve).
_AHEAD_LAST_MONTH = 6


def _year_ahead(present: dt.date) -> int:
    """Years from the present's to the calendar year that holds most of the twelve months from ``present``: 0
    until June ('savings over the coming year' told in February 2005 are 2005's), 1 from July. Tuning set: the
    gold's 2 such years of the early-2005 stories 053 and 247 are 2005 (the budget year of 159 has its own rule)."""
    return 0 if present.month <= _AHEAD_LAST_MONTH else 1


def _word_after(m: re.Match[str]) -> str:
    """The word right after the match, without the punctuation around it (see :func:`_word_at`)."""
    return _word_at(m.string, m.end())


def _names_programme(m: re.Match[str]) -> bool:
    """'Today' written with its capital inside a sentence before 'programme' or 'show': a title, not the story's day."""
    if not m["dx_w"][0].isupper():
        return False
    return _word_after(m).lower() in DAY_NAME_WORDS


#: 'than' right before 'today', or with the subject (one or two words) and verb of a comparison's clause between
#: ('than it is today', 'than the dollar is today', 'than they do today'): the present a comparison is set
#: against; ``lead``, the word before 'than', tells a deadline ('no later than today').
_THAN_BEFORE = re.compile(
    rf"(?:(?<![\w'’])(?P<lead>[A-Za-z]+)[ \t]+)?(?<!\w)than"
    rf"(?:(?:[ \t]+[A-Za-z'’]+){{1,2}}[ \t]+(?:{phrase_alternation(TODAY_THAN_VERBS, _SP, longest_first=False)}))?[ \t]+\Z"
)
#: 'from' and a figure (with up to three words of its scale or unit: '1.2 million barrels', '$30 a barrel') right
#: before 'today', 'to' right after it: a path from the present level to another.
_FIGURE_BEFORE = re.compile(r"(?<!\w)from[ \t]+(?:[a-z]+[ \t]+)?[^ \t]*[0-9][^ \t]*(?:[ \t]+[a-z]+){0,3}[ \t]+\Z")
_TO_AFTER = re.compile(r"[ \t]+to[ \t]")


def _than_the_present(before: str) -> bool:
    """Whether the text ``before`` 'today' sets it against another time with 'than' ('stronger than it is today'),
    not as a deadline's or a choice's bound ('no later than today', 'next week rather than today')."""
    found = _THAN_BEFORE.search(before)
    return found is not None and (found["lead"] or "").lower() not in TODAY_NOT_BEFORE_THAN


#: A present-tense verb and 'still' with up to three words between it and 'today' ('are still being felt today'),
#: or 'still'/'even' right before it ('even today'); matched on the lowercased text before 'today'.
_STILL_BEFORE = re.compile(
    rf"(?<![\w'’])(?:(?:{phrase_alternation(TODAY_STILL_VERBS, _SP, longest_first=False)})[ \t]+still(?P<next>(?:[ \t]+[a-z'’]+){{0,3}})"
    rf"|(?:{phrase_alternation(TODAY_STILL_WORDS, _SP, longest_first=False)}))[ \t]+\Z"
)
#: After a sentence's opening 'Today': a comma at most, up to three words, and a frequency adverb ('Today, games
#: often have ...').
_HABIT_AFTER = re.compile(
    rf",?(?:[ \t]+[A-Za-z'’]+){{0,3}}?[ \t]+(?:{phrase_alternation(TODAY_HABIT_ADVERBS, _SP, longest_first=False)})(?!\w)"
)
#: The characters a sentence's opening 'Today' may follow besides spaces and opening quotes: a sentence's end.
_SENTENCE_ENDS = ".!?"


def _still_the_present(before: str) -> bool:
    """Whether the lowercased text ``before`` 'today' tells a state lasting into the present in general ('the
    reverberations are still being felt today', 'even today'), not an event going on that day, told by a verb in
    -ing right after 'still' ('Talks are still going on today': the day of the story)."""
    found = _STILL_BEFORE.search(before)
    if found is None:
        return False
    words = (found["next"] or "").split()
    return not words or not words[0].endswith("ing") or words[0] in TODAY_STILL_NOT_PROGRESSIVE


def _general_possessive(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` (right after "today's") are a noun of people or an age ending its phrase,
    after one adjective in -ic or -al at most ("today's babies are", "today's economic crisis in"): the present in
    general, not the day's event ("today's vote", "today's crisis talks")."""
    words = re.findall(r"[A-Za-z]+|[^\sA-Za-z]", text[pos : pos + 60])
    if len(words) > 1 and words[0].endswith(("ic", "al")):
        words = words[1:]
    if not words or words[0] not in TODAY_GENERAL_NOUNS:
        return False
    after = words[1] if len(words) > 1 else "."
    return after in TODAY_GENERAL_FOLLOW or not after[0].isalpha()


def _habit_today(text: str, start: int, end: int) -> bool:
    """'Today, games often have budgets big enough for feature films': a sentence's opening 'Today' whose clause
    tells a habit (a frequency adverb within its first words) is the present set against the past, not a day (the
    eight characters before it hold the spaces and quotes after the last sentence's end)."""
    before = text[max(0, start - 8) : start].rstrip(" \t\n\"“‘'")
    return (not before or before[-1] in _SENTENCE_ENDS) and _HABIT_AFTER.match(text, end) is not None


def _today_is_the_present(m: re.Match[str]) -> bool:
    """'stronger than it is today', 'from about 4.5% today to about 25%', "half of today's levels": 'today' set
    against another time means the present in general, a vague reference like 'now' (gold README), not the day
    of the story's events ("Today's no change decision", 'the stores were heaving today')."""
    if m["dx_w"].lower() != "today":
        return False
    text, start, end = m.string, m.start(), m.end()
    if text.startswith(("'s", "’s"), end):  # the noun tells, even after 'than' ("than today's forecasts": the day)
        return _word_at(text, end + 2) in TODAY_LEVEL_NOUNS or _general_possessive(text, end + 2)
    before = text[max(0, start - 50) : start]
    return (
        _than_the_present(before)
        or (_FIGURE_BEFORE.search(before) is not None and _TO_AFTER.match(text, end) is not None)
        or _still_the_present(before.lower())
        or _habit_today(text, start, end)
    )


def _deictic_day(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """Yesterday, today, tonight, tomorrow (not 'today' meaning the present in general)."""
    if published is None or _names_programme(m) or _today_is_the_present(m):
        return []
    step = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["dx_w"].lower()]
    return [(m.start(), m.end(), iso_day(published + dt.timedelta(days=step)), "day", "relative")]


_TENSE = _V["weekday_tense"]
#: The words that put a weekday ahead: its own (vocab: weekday_tense.ahead) and those an undated story's clause is read
#: by (present.ahead, present.scheduled: 'is likely to', 'expects to', 'The offer ends on Monday'), read alike.
_WEEKDAY_AHEAD = sorted({*_TENSE["ahead"], *_V["present"]["ahead"], *_V["present"]["scheduled"]})
#: A word of a weekday's clause that tells its tense (vocab: weekday_tense): group ``ahead`` or ``past``.
_WEEKDAY_TENSE = re.compile(
    rf"(?<![\w'’])(?:(?P<ahead>{_trie(*_WEEKDAY_AHEAD)})"
    rf"|(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?P<past>{_trie(*_TENSE['past'])}))(?![\w'’])",
    re.IGNORECASE,
)
#: Prepositions that put a weekday ahead only from before it (vocab: weekday_tense.ahead_before).
_AHEAD_BEFORE_ONLY = frozenset(_TENSE["ahead_before"])
#: Of those, the ones a past word before them in the clause outweighs (vocab: weekday_tense.ahead_of_past).
_AHEAD_OF_PAST = frozenset(_TENSE["ahead_of_past"])
#: Words before a weekday read by its clause's tense as a bare one is (vocab: weekday_tense.told_rel).
_TOLD_REL = frozenset(_TENSE["told_rel"])
#: Words of a headline before its weekday that leave it untold, not past (vocab: weekday_tense.headline_untold).
_HEADLINE_UNTOLD = re.compile(rf"(?<![\w'’])(?:{_trie(*_TENSE['headline_untold'])})(?![\w'’])", re.IGNORECASE)
#: A lowercase word in -ed, read as a past verb where no word of the list tells the tense ('closed', 'announced'): not
#: after 'be', 'been', 'being' (a passive ahead: 'will be suspended'), not one of ``not_past`` ('a hundred').
_PAST_IN_ED = re.compile(
    rf"(?<![\w'’])(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?!(?:{_trie(*_TENSE['not_past'])})(?!\w))[a-z]{{2,}}(?<!e)ed(?![\w'’])"
)


#: A double quotation mark, straight or curly: where a quotation opens or closes.
_QUOTATION_MARK = re.compile(r"[\"“”]")


def _within_quotation(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The stretch lo..hi about text[start:end] cut at the nearest quotation mark either side: a quotation is a
    clause of its own, its reporting verb tells when it was said, not when what it tells happens ('"... the auction
    on Sunday is Gazprom," he said'; '"... from being cut off on Sunday," a lawyer told the court')."""
    before = [q.end() for q in _QUOTATION_MARK.finditer(text, lo, start)]
    after = _QUOTATION_MARK.search(text, end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def weekday_tense(text: str, start: int, end: int) -> int:
    """The tense of the clause of a weekday at text[start:end]: 1 ahead ('will report on Friday'), -1 past ('Shares
    rose 5% on Friday', 'said on Friday it would'), 0 untold.

    A word of the list decides before a word in -ed, which is as often an adjective or a reduced clause ('will unveil
    plans aimed at ... on Thursday', 'the meeting of industrialised nations on Friday, is unlikely to'): the nearest
    list word before the weekday in its clause, else the first after it (up to a subordinate clause: 'announced on
    Friday that it will'; not a preposition of ``ahead_before``: 'on Thursday ahead of the meeting, the minister
    said'; 'ahead of' after a past word is past: 'had forecast ahead of Friday's announcement'), else the nearest -ed
    word before, else the first after; a past word after 'be', 'been', 'being' is none ('from being cut off on
    Sunday'). A short stretch either side only, not across a quotation mark (:func:`_within_quotation`).
    """
    marks = text_marks(text)
    lo, hi = marks.clause(start, end, marks.sentence(start, end))
    lo, hi = _within_quotation(
        text, start, end, max(lo, start - 120), min(marks.subordinate.next_start_after(end, hi), end + 120)
    )
    for pattern in (_WEEKDAY_TENSE, _PAST_IN_ED):
        before = list(pattern.finditer(text, lo, start))
        after = (t for t in pattern.finditer(text, end, hi) if t[0].lower() not in _AHEAD_BEFORE_ONLY)
        found = before[-1] if before else next(after, None)
        if found is not None and found[0].lower() in _AHEAD_OF_PAST and any(t["past"] for t in before[:-1]):
            return -1  # 'had forecast ahead of Friday's announcement': both past
        if found is not None:
            return 1 if found.groupdict().get("ahead") else -1
    return 0


#: An auxiliary of the past right before a word that puts a date ahead: the past's future, told as past ('Gazprom had
#: been expected to win the December auction'; vocab: present.ahead_in_past).
_AHEAD_IN_PAST = re.compile(rf"(?<![\w'’])(?:{_cap(*_V['present']['ahead_in_past'])})[ \t\u00a0]+\Z")
#: A word right before a verb that makes its base form no past ('plans to cut', 'would quit', 'did not put'; vocab:
#: present.base_verb_before): the past words 'cut', 'put', 'quit', 'hit', 'read' are also base forms.
_BASE_VERB_BEFORE = re.compile(rf"(?<![\w'’])(?:{_cap(*_V['present']['base_verb_before'])})[ \t\u00a0]+\Z")
#: What may stand before a date that opens its clause: a preposition or a word that places it ('In January, sales
#: fell', 'By early February, creditors had accepted'; vocab: present.fronted_date_words), and punctuation.
_FRONTED = re.compile(rf"(?:[^\w]|(?<![\w'’])(?:{_cap(*_V['present']['fronted_date_words'])})(?![\w'’]))*\Z")


#: Participles of a plan that put a date ahead ('two albums scheduled for release in March'; vocab:
#: present.ahead_participles).
_AHEAD_PARTICIPLE = re.compile(rf"(?<![\w'’])(?:{_cap(*_V['present']['ahead_participles'])})(?![\w'’])")


def _tense_words(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, tense) of the words in text[lo:hi] that tell a clause's tense: 1 for a word that puts its events
    ahead (:data:`marks._AHEAD`, the words an undated story's clause is read by: 'will', 'is due to', 'ends on'), not
    after an auxiliary of the past (:data:`_AHEAD_IN_PAST`); -1 for a past word (weekday_tense.past: 'said', 'fell'),
    not a base form after 'to' or a modal (:data:`_BASE_VERB_BEFORE`)."""
    ahead = [
        (t.start(), t.end(), 1)
        for t in _AHEAD.finditer(text, lo, hi)
        if not _AHEAD_IN_PAST.search(text, max(lo, t.start() - 12), t.start())
    ]
    ahead += [(t.start(), t.end(), 1) for t in _AHEAD_PARTICIPLE.finditer(text, lo, hi)]
    past = [
        (t.start(), t.end(), -1)
        for t in _WEEKDAY_TENSE.finditer(text, lo, hi)
        if t["past"] and not _BASE_VERB_BEFORE.search(text, max(lo, t.start() - 8), t.start())
    ]
    return sorted(ahead + past)


#: How far (characters) either side of a year-less date its tense words are read, as a weekday's: a run-on clause
#: full of dates is read in linear time.
_TENSE_REACH = 120


def point_tense(text: str, start: int, end: int) -> int:
    """The tense of the clause of a year-less date at text[start:end] read from a publication date: 1 ahead ('The
    offer ends on 1 October', 'will be launched in April'), -1 past ('Sales fell in October', 'The talks, which ended
    on 1 October'), 0 untold.

    Its words ahead are those an undated story's clause is read by (:func:`_tense_words`), so that a date told ahead
    is read alike with a publication date and without one; its past words those of a weekday's clause
    (:func:`weekday_tense`). Before the date in its clause first: the nearest word of the lists, else a word in -ed
    ('They announced in November they would quit'); then after it, up to a subordinate clause ('announced in November
    that it would') and, unless the date opens its clause ('In January, sales fell'), up to a comma ('the next
    meeting in early February, economists said' tells nothing of February): the first word of the lists, else in
    -ed. Not across a quotation mark (:func:`_within_quotation`), nor further than :data:`_TENSE_REACH`."""
    marks = text_marks(text)
    lo, hi = marks.clause(start, end, marks.sentence(start, end))
    # the date's own subordinate clause ('We are concerned that the New Year will spell misery')
    lo = marks.subordinate.last_end_before(start, lo)
    lo, hi = _within_quotation(
        text,
        start,
        end,
        max(lo, start - _TENSE_REACH),
        min(marks.subordinate.next_start_after(end, hi), end + _TENSE_REACH),
    )
    if not _FRONTED.match(text[lo:start]):
        comma = text.find(",", end, hi)
        hi = comma if comma >= 0 else hi
    words = _tense_words(text, lo, hi)
    # the date's own stretch between commas first ('charges, raised by the Attorney General in October, that'), then
    # the clause before it ('Mr Morrow will succeed Mr Tsuda as president of Vodafone KK, Japan's number three, in April')
    comma = text.rfind(",", lo, start)
    for first in (comma, lo) if comma >= 0 else (lo,):
        before = [tense for s, e, tense in words if first <= s and e <= start]
        if before:
            return before[-1]
        if any(_past_in_ed(t) for t in _PAST_IN_ED.finditer(text, first, start)):
            return -1
    after = [tense for s, _, tense in words if s >= end]
    if after:
        return after[0]
    return -1 if any(_past_in_ed(t) for t in _PAST_IN_ED.finditer(text, end, hi)) else 0


#: Words in -ed that tell a weekday ahead (weekday_tense.ahead: 'scheduled', 'planned', 'expected'): no past verb of a
#: date's clause either ('A hearing scheduled for February 16 will rule', 'rose more than expected in October').
_AHEAD_IN_ED = frozenset(w for w in _TENSE["ahead"] if w.endswith("ed"))


def _past_in_ed(word: re.Match[str]) -> bool:
    """Whether a word in -ed (:data:`_PAST_IN_ED`) is read as a past verb of a year-less date's clause."""
    return word[0].lower() not in _AHEAD_IN_ED


def _past_in_headline(text: str, position: int) -> bool:
    """Whether a weekday at ``position`` lies in a text's headline (its first line, when a blank line follows it)
    with no 'to' before it: a headline's present tense tells the news ('Shares rise on Friday'), 'to' may tell what
    is ahead ('Acme to report on Friday')."""
    end = text.find("\n")
    return 0 <= position < end and text.startswith("\n", end + 1) and not _HEADLINE_UNTOLD.search(text, 0, position)


def told_weekday(m: re.Match[str], found: list[Mention], published: dt.date) -> list[Mention]:
    """A bare weekday read from the publication date the text was given, by its clause's tense (:func:`weekday_tense`):
    the one just past ('Shares rose 5% on Friday' in a story of Wednesday 19 January 2005 is 14 January) or the coming
    one ('will report on Monday' is 24 January), not the nearest; the publication day's own weekday stays that day, an
    untold clause the nearest. A headline tells the news in the present tense: its untold weekday is the one just
    past ('Shares rise on Friday'), unless 'to' comes before it (:func:`_past_in_headline`). 'this'
    before the weekday chooses no side (``told_rel``: 'after this Sunday's elections' told with 'will discuss' is
    the coming one). Not from a day of the story's own (an undated story's 'On 3 May it bid, and on Tuesday it won'
    tells all in the past: the Tuesday nearest that day)."""
    rel = (m["wd_rel"] or "").lower() if m.lastgroup == "wd" else None
    if rel is None or (rel and rel not in _TOLD_REL):
        return found
    gap = WEEKDAYS[m["wd_d"].lower()] - published.weekday()
    tense = weekday_tense(m.string, m.start(), m.end()) if gap else 0
    if not tense and gap and _past_in_headline(m.string, m.start()):
        tense = -1
    if not tense:
        return found
    offset = -((-gap) % 7) if tense < 0 else gap % 7
    day = iso_day(published + dt.timedelta(days=offset))
    told = ("publication_date", "relative") if rel else ("publication_date",)
    return [(s, e, day if how in told else v, g, how) for s, e, v, g, how in found]


def _weekday(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """(On) Wednesday: the one within three days of publication (see :func:`told_weekday`); last/next Friday: the
    one before/after."""
    if published is None:
        return []
    before = m.string[max(0, m.start() - 16) : m.start()].split()
    if (
        (before and before[-1].lower() in HOLIDAY_WORDS)
        or _word_after(m) in TITLE_WORDS
        or (len(before) >= 2 and before[-1] == "on" and before[-2] in TITLE_BEFORE_ON)
    ):
        return []  # Black Friday, the Sunday Times, the Mail on Sunday: names, not the weekday of the story
    gap = WEEKDAYS[m["wd_d"].lower()] - published.weekday()
    rel = (m["wd_rel"] or "").lower()
    if rel == "last":
        offset, how = -((-gap) % 7 or 7), "relative"
    elif rel == "next":
        offset, how = gap % 7 or 7, "relative"
    else:
        offset, how = (gap + 3) % 7 - 3, "relative" if rel else "publication_date"
    return [(m.start(), m.end(), iso_day(published + dt.timedelta(days=offset)), "day", how)]


HANDLERS: dict[str, Handler] = {
    "url": _link,
    "iso": _iso,
    "num": _numeric,
    "nd": _named_day,
    "yb": _between_years,
    "mf": _month_first,
    "df": _day_first,
    "qq": _code_quarter,
    "nq": _number_quarter,
    "yq": _year_quarter,
    "dc": _decade,
    "fy": _fiscal_year,
    "yr": _year_range,
    "mt": _months_to,
    "fm": _first_months,
    "fl": _first_lengths,
    "ss": _season,
    "hd": _holiday,
    "py": _part_of,
    "sp": _stated_span,
    "hs": _holiday_season,
    "we": _weekend,
    "cy": _century,
    "tx": _tax_year,
    "pv": _previous_span,
    "fc": _company_year,
    "dw": _decade_word,
    "db": _between_days,
    "bd": _between_yearless_days,
    "mb": _between_months,
    "an": _anaphora,
    "ma": _months,
    "y": _plain_year,
    "ra": _counted,
    "ia": _in_counted,
    "ri": _in_the,
    "ru": _deictic_unit,
    "dx": _deictic_day,
    "wd": _weekday,
}


def _handle(m: re.Match[str], published: dt.date | None) -> list[Mention]:
    """The mentions of one match of DATE_RE, by the function for the alternative that matched."""
    kind = m.lastgroup
    try:
        if kind == "qw":
            return _period_words(m, "qw", 4, "Q", published, m.string)
        if kind == "hw":
            return _period_words(m, "hw", 2, "H", published, m.string)
        return HANDLERS[kind](m, published)  # type: ignore[index]
    except (ValueError, OverflowError):
        return []  # a date beyond the calendar's range (year 0 or 10000): not a value we can write


#: A stand-in publication date, only to learn which expressions would resolve with a real one.
_ANY_DAY = dt.date(2000, 7, 1)
