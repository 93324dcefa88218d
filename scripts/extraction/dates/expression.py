"""The date expression: one regular expression, an alternation of named date shapes, tried only at word starts that can begin a date."""

from __future__ import annotations

import re

from ..patterns import phrase_alternation
from .vocabulary import (
    _V,
    CENTURY_NAMES,
    CENTURY_ORDINALS,
    DAY_ANAPHORA,
    HOLIDAYS,
    NAMED_DAYS,
    NUMBER_WORDS,
    SEASONS,
    _cap,
    _trie,
)

_SP = r"[ \t\u00a0\u2009\u202f]{1,3}"  # horizontal space, bounded: keeps every branch linear
_OSP = r"[ \t\u00a0\u2009\u202f]{0,3}"
_MONTH_NAMES = tuple(_V["months"])
_MONTH_ABBREVIATIONS = tuple(_V["month_abbreviations"])
_MONTH_FULL = _trie(*_MONTH_NAMES)
_MONTH_ABBR = _trie(*_MONTH_ABBREVIATIONS)
_WEEKDAY_NAMES = tuple(_V["weekdays"])
_WEEKDAY = _trie(*_WEEKDAY_NAMES)
#: Words after a number that make it an amount, a clock time or a length, not a year or a day.
_UNITS = _trie(*_V["not_a_date_after"]["words"])
_NO_UNIT = rf"(?!{_SP}(?:{_UNITS})(?!\w))"
#: Before a bare year: not inside a word, an amount, a decimal or an identifier; a number and a
#: space may precede ('Clio mk5 2019': such a year is only a candidate, see find_dates).
_NB_YEAR = r"(?<![\w$£€¥₹₽\\/.,#@:&+])(?<![0-9][-–])"
#: Before any other number: as _NB_YEAR, and not after a number and a space (a list of digits).
_NB = _NB_YEAR + r"(?<![0-9] )"
_NA = r"(?![\w%]|[.,:/\-–][0-9])"  # after a number: not continued by more digits or letters
_CONN_RANGE = rf"{_OSP}[-–—]{_OSP}|{_SP}(?:to|until|till|through){_SP}"
_CONN = rf"{_CONN_RANGE}|{_SP}(?:and|&){_SP}"
_CTX_WORDS = tuple(_V["context"]["before_month"])
#: The word before a bare month that makes it a date: 'in May', not 'prices may'.
_CTX_BEFORE = re.compile(rf"(?<!\w)(?P<ctx>{_cap(*_CTX_WORDS)})[ \t\u00a0\u2009\u202f]{{1,3}}\Z")
_DEICTIC = _cap("this", "last", "next")
_PARTS = tuple(_V["parts"]["words"])
_SEASON_CONTEXT = tuple(_V["context"]["before_season"])
_MOD = _cap("early", "late", "mid")
#: Before 'last' of 'the last two months': not a word that makes it a verb ('expected to last two months').
_NOT_VERB_LAST = "".join(f"(?<!{re.escape(w)} )" for w in _V["last_verb"]["before"])


def _month(name: str) -> str:
    """A month name or abbreviation (the abbreviation may carry its full stop)."""
    return rf"(?P<{name}>(?:{_MONTH_FULL})(?![A-Za-z])|(?:{_MONTH_ABBR})(?![A-Za-z])\.?)"


def _day(name: str, last: bool = True) -> str:
    """A day of the month, 1-31, with an optional ordinal suffix (a dash may follow a range's first day)."""
    after = _NA if last else r"(?![\w%]|[.,:/][0-9])"
    return rf"(?P<{name}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?{after}{_NO_UNIT}"


def _year(name: str) -> str:
    """A year 1800-2100 that is not the start of a larger number or an amount."""
    return rf"(?P<{name}>1[89][0-9][0-9]|20[0-9][0-9]|2100){_NA}{_NO_UNIT}"


def _modifier(name: str) -> str:
    """Optional early/mid/late before a month, year or decade."""
    return rf"(?:(?P<{name}>{_MOD})(?:-|{_SP}))?"


def _part(name: str) -> str:
    """Optional part of a period before it: 'end of 2005', 'the start of March' (the article is left out)."""
    return rf"(?:(?P<{name}>{_cap(*_PARTS)}){_SP}of{_SP})?"


def _weekday_prefix(name: str) -> str:
    """Optional weekday before a full date: 'Monday, March 1'."""
    return rf"(?:(?P<{name}>{_WEEKDAY}),?{_SP})?"


#: A count written in words or digits ('three', '12'), for the spans of stated length.
_COUNT_WORDS = rf"{_cap(*(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an')))}|[0-9]{{1,2}}"


def _of_year_pattern(p: str) -> str:
    """Optional year of a quarter or half: 'of 2020', 'of the year', 'of next year', ', 2020', 'of its financial year'."""
    return (
        rf"(?:{_SP}of{_SP}(?:(?:the{_SP})?(?:fiscal{_SP}|financial{_SP})?{_year(p + '_y')}"
        rf"|(?P<{p}_rel>{_cap('the', 'this', 'last', 'next', 'current', 'previous')}){_SP}"
        rf"(?:(?:current|fiscal|financial){_SP})?year(?!\w)"
        rf"|(?P<{p}_own>{_cap('our', 'its', 'their')}){_SP}(?:fiscal|financial){_SP}year(?!\w))"
        rf"|,?{_SP}{_year(p + '_y2')})?"
    )


_ALTERNATIVES: list[tuple[str, str]] = [
    # links: their digits are neither dates nor anything else of ours
    ("url", r"https?://[^\s<>()\[\]]{1,2000}|www\.[^\s<>()\[\]]{1,2000}|\]\([^()\s]{0,2000}\)"),
    # 2021-03-01, also as the date of a timestamp 2021-03-01T10:38Z (the time is a clock time, not a date)
    (
        "iso",
        r"(?<![\w/.\-])(?P<iso_y>[0-9]{4})-(?P<iso_m>[0-9]{2})-(?P<iso_d>[0-9]{2})"
        r"(?:(?=T[0-9]{2}:[0-9]{2})|(?![\w/]|[.\-][0-9]))",
    ),
    # 24/02/2021, 2/24/2021 (only when the order is unambiguous)
    ("num", r"(?<![\w/.\-])(?P<num_a>[0-9]{1,2})/(?P<num_b>[0-9]{1,2})/(?P<num_y>[0-9]{4})(?![\w/]|[.,][0-9])"),
    # 9/11: a day written in a shape of its own that names an event (vocab: events.named_days)
    ("nd", rf"(?<![\w/.\-])(?P<nd_d>{_trie(*NAMED_DAYS)})(?![\w/]|[.,][0-9])"),
    # between 2015 and 2020
    ("yb", rf"\b[Bb]etween{_SP}{_year('yb_a')}{_SP}and{_SP}{_year('yb_b')}"),
    # (Monday,) March 1(st)(, 2021); March 2-3; March 30 to April 2; February 16 and 17
    (
        "mf",
        rf"{_weekday_prefix('mf_wd')}{_month('mf_m')}{_SP}{_day('mf_d', last=False)}"
        rf"(?:(?P<mf_c>{_CONN})(?:{_month('mf_m2')}{_SP})?{_day('mf_d2')})?(?:,?{_SP}{_year('mf_y')})?",
    ),
    # (Monday) 1 March (2021); 24th of February; 2-3 March; 30 March - 2 April; 12 and 13 January
    (
        "df",
        rf"{_weekday_prefix('df_wd')}{_NB}{_day('df_d', last=False)}(?:(?:{_SP}(?:of{_SP})?{_month('df_m1')})?"
        rf"(?P<df_c>{_CONN}){_day('df_d2')})?{_SP}(?:of{_SP})?{_month('df_m')}(?:,?{_SP}{_year('df_y')})?",
    ),
    # the fourth quarter of 2020, Q3 2021, 3Q21, 2021 Q3, first half of the year, H1 2021
    (
        "qw",
        rf"\b(?P<qw_o>{_cap('first', 'second', 'third', 'fourth', 'final', 'last')}|[1-4](?:st|nd|rd|th))"
        rf"(?:-|{_SP})quarter(?!\w){_of_year_pattern('qw')}",
    ),
    (
        "hw",
        rf"\b(?P<hw_o>{_cap('first', 'second', 'latter')}|1st|2nd)(?:-|{_SP})half(?!\w){_of_year_pattern('hw')}",
    ),
    (
        "qq",
        rf"\b(?P<qq_k>Q|H)(?P<qq_n>[1-4])(?:(?:{_SP}|[/\-])?{_year('qq_y')}|(?:[/\-]|{_SP}?['’])(?P<qq_yy>[0-9]{{2}}){_NA})?(?!\w)",
    ),
    ("nq", r"\b(?P<nq_n>[1-4])(?P<nq_k>Q|H)(?P<nq_yy>[0-9]{2})(?!\w)"),
    ("yq", rf"{_NB}(?P<yq_y>1[89][0-9][0-9]|20[0-9][0-9]){_SP}?(?P<yq_k>Q|H)(?P<yq_n>[1-4])(?!\w)"),
    # (mid-)1990s, the '90s
    (
        "dc",
        rf"{_modifier('dc_mod')}{_NB}(?:(?P<dc_y>(?:1[89]|20)[0-9]0)|['’‘](?P<dc_yy>[0-9]0))['’]?s(?!\w)",
    ),
    # FY2021, FY21
    ("fy", rf"\bFY{_OSP}(?:{_year('fy_y')}|['’]?(?P<fy_yy>[0-9]{{2}}){_NA})"),
    # 2015-2020, 2004-05, 2019/20, 2015 to 2020
    (
        "yr",
        rf"{_NB}(?P<yr_a>1[89][0-9][0-9]|20[0-9][0-9]|2100)(?P<yr_c>{_CONN_RANGE}|/)"
        rf"(?:{_year('yr_b')}|(?P<yr_bb>[0-9]{{1,2}}){_NA}{_NO_UNIT})",
    ),
    # the three months to December, the year to March 2005, the six months ended 30 June, the year beginning 1 October,
    # the fiscal year starting on 21 March, the next fiscal year starting in April 2005
    (
        "mt",
        rf"\b(?:(?P<mt_n>{_cap(*(w for w in NUMBER_WORDS if w not in ('a', 'an', 'half a')))}|[0-9]{{1,2}})"
        rf"(?:{_SP}|-)months?|(?P<mt_u>{_cap('year', 'half-year', 'quarter')}))"
        rf"{_SP}(?:to|through|(?:ended|ending|(?P<mt_b>beginning|starting|commencing))(?:{_SP}(?:on|in))?){_SP}(?:the{_SP}end{_SP}of{_SP})?"
        rf"(?:{_month('mt_m')}(?:{_SP}{_day('mt_d')})?|{_day('mt_d2', last=False)}{_SP}(?:of{_SP})?{_month('mt_m2')})"
        rf"(?:,?{_SP}{_year('mt_y')})?",
    ),
    # the next five years, the past 12 months, the last 18 months (not 'the last three months of 2004': fm), within
    # two years
    (
        "sp",
        rf"\b(?:(?P<sp_d>{_cap('next', 'past', 'coming')}|{_NOT_VERB_LAST}[Ll]ast){_SP}(?P<sp_n>"
        rf"{_cap(*(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an')))}|[0-9]{{1,3}})"
        # a range of counts, the stretch of the larger: 'the next two to three months', 'the last four or five years'
        rf"(?:(?:{_SP}(?:to|or){_SP}|-)(?P<sp_n2>{_cap(*(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an')))}|[0-9]{{1,3}}))?"
        # 'the past year', not 'the past years' (a vague stretch, as 'recent years': the gold README)
        rf"|(?<=the )(?:(?P<sp_p>past)(?={_SP}(?:day|week|month|quarter|year|decade)(?![\w-]))|(?P<sp_dd>{_cap('next', 'coming', 'last')})(?={_SP}decades?(?!\w)))"
        # 'within five years', 'within a decade': the next ones (the gold quotes the span without 'within')
        rf"|(?<=[Ww]ithin )(?P<sp_w>{_cap(*(w for w in NUMBER_WORDS if ' ' not in w and w != 'an'))}|[0-9]{{1,3}}))"
        rf"{_SP}(?P<sp_u>days?|weeks?|months?|quarters?|years?|decades?)(?![\w-]|{_SP}of{_SP}|{_SP}(?:ago|earlier|later)(?!\w))",
    ),
    # the previous three month period, the previous 12 months, the two previous months: the span just
    # before the story's last period (not 'the previous year', an 'ru' phrase)
    (
        "pv",
        rf"\b(?:(?:{_cap('previous', 'prior', 'preceding')}){_SP}(?P<pv_n>{_COUNT_WORDS})"
        rf"|(?P<pv_n2>{_COUNT_WORDS}){_SP}(?:previous|prior|preceding))(?:{_SP}|-)"
        rf"(?P<pv_u>months?|quarters?|years?)(?:(?:{_SP}|-)period)?"
        rf"(?![\w-]|{_SP}of{_SP}(?:[0-9]|(?:the|this|last|next|that)(?!\w)))",
    ),
    # the current financial year, last fiscal year: a company's year, whose months the text does not give
    (
        "fc",
        rf"\b(?P<fc_rel>{_cap('this', 'current', 'last', 'next', 'previous', 'coming')}){_SP}"
        rf"(?:financial|fiscal){_SP}year(?![\w-]|{_SP}(?:to|ending|ended|of|beginning|starting|commencing)(?!\w)|{_SP}[0-9])",
    ),
    # the seventies, the nineties
    ("dw", rf"(?<=the )(?P<dw_w>{_cap(*_V['decade_words'])})(?!\w)"),
    # from 15 November 2004 to 3 January 2005, between 15 November 2004 and 5 January 2005
    (
        "db",
        rf"\b(?:[Ff]rom|[Bb]etween){_SP}{_day('db_d', last=False)}{_SP}(?:of{_SP})?{_month('db_m')},?{_SP}"
        rf"{_year('db_y')}{_SP}(?:to|until|till|and){_SP}{_day('db_d2', last=False)}{_SP}(?:of{_SP})?"
        rf"{_month('db_m2')},?{_SP}{_year('db_y2')}",
    ),
    # between November 2003 and August 2004, between November 2003 and August last year, (from) December 2004
    # to April 2005 ('from' is left out of the quote, as of '2001 to 2003')
    (
        "mb",
        rf"(?:\b[Bb]etween{_SP}(?P<mb_and>)|(?<=[Ff]rom ))"
        rf"{_month('mb_m')}{_SP}{_year('mb_y')}{_SP}(?(mb_and)and|(?:to|until|till|through)){_SP}{_month('mb_m2')}{_SP}"
        rf"(?:{_year('mb_y2')}|(?P<mb_ry>last|this){_SP}year(?!\w))",
    ),
    # between 12 January and 10 February, between January 12 and February 10: days without a year, an interval
    # (with years: 'db'; a year after the second day belongs to both, left to 'df'/'mf' as two days)
    (
        "bd",
        rf"\b[Bb]etween{_SP}(?:{_day('bd_d', last=False)}{_SP}(?:of{_SP})?{_month('bd_m')}{_SP}and{_SP}"
        rf"{_day('bd_d2', last=False)}{_SP}(?:of{_SP})?{_month('bd_m2')}"
        rf"|{_month('bd_n')}{_SP}{_day('bd_e', last=False)}{_SP}and{_SP}{_month('bd_n2')}{_SP}{_day('bd_e2', last=False)})"
        rf"(?!,?{_SP}[0-9])",
    ),
    # the first seven weeks of this year, the first two trading days of the week, the final three years of the
    # period: a stated number of days, weeks or years at the start or end of a period the text names (months: 'fm');
    # which days or weeks exactly the gold does not say, so the span is recorded without a value; not before a
    # possessive ('the first seven weeks of this year's campaign': the campaign's weeks)
    (
        "fl",
        rf"\b(?P<fl_o>{_cap('first', 'last', 'final')}){_SP}(?P<fl_n>{_COUNT_WORDS})(?:{_SP}or{_SP}(?P<fl_n2>{_COUNT_WORDS}))?"
        rf"{_SP}(?:trading{_SP})?(?P<fl_u>days|weeks|sessions|years){_SP}of{_SP}(?:(?P<fl_p>(?:the|that){_SP}period)"
        rf"|(?P<fl_d>the|this|last|next|that){_SP}(?P<fl_du>year|month|week|decade)|{_MONTH_FULL}|{_year('fl_y')})(?![\w-]|['’]s(?!\w))",
    ),
    # the first nine months of 2004, the last three months of the year
    (
        "fm",
        rf"\b(?P<fm_o>{_cap('first', 'last', 'final')}){_SP}"
        rf"(?:(?P<fm_n>{_cap(*(w for w in NUMBER_WORDS if ' ' not in w and w not in ('a', 'an')))}|[0-9]{{1,2}})"
        rf"{_SP}months(?!\w)|month(?={_SP}of{_SP}(?:the|this|last|next|current|previous|our|its|their|1[89][0-9][0-9]"
        rf"|20[0-9][0-9])(?!\w)))"  # 'the last month of 2004' (December), not the deictic 'last month'
        rf"{_of_year_pattern('fm')}",
    ),
    # (early) March (2021), in January, last May, from January to March, January-March 2021
    (
        "ma",
        rf"{_part('ma_part')}(?:(?P<ma_rel>{_DEICTIC}){_SP})?{_modifier('ma_mod')}{_month('ma_m')}"
        rf"(?:(?P<ma_c>{_CONN_RANGE}|-to-|{_OSP}/{_OSP}|{_SP}(?:and|or){_SP}){_modifier('ma_mod2')}{_month('ma_m2')})?"
        rf"(?:,?{_SP}(?:of{_SP})?{_year('ma_y')}|{_SP}(?P<ma_ry>this|last|next){_SP}year(?!\w)"
        # a month's holiday noun is part of it: 'the December holiday period' is that December
        rf"|{_SP}holiday{_SP}(?:{_trie(*_V['holiday_season']['holiday_nouns'])})(?![\w-])"
        rf"|(?!{_OSP}[0-9]|,{_OSP}[0-9]|{_SP}of{_SP}(?:1[89]|20)[0-9][0-9]))",
    ),
    # (mid-)2020, 2019; after a number and a space ('Clio mk5 2019') only a candidate (see find_dates)
    ("y", rf"{_part('y_part')}{_modifier('y_mod')}{_NB_YEAR}{_year('y_y')}"),
    # two months earlier, a decade ago, 18 months later, half a century ago (not a comparison: 'two years
    # later than planned' is a length)
    (
        "ra",
        rf"(?<![\w$£€¥\\/.,\-])(?P<ra_n>(?:{_cap('a couple of', 'half a')}|"
        rf"{_cap(*(w for w in NUMBER_WORDS if ' ' not in w))}|[0-9]{{1,3}})(?![\w]))"
        rf"(?:{_SP}|-)(?:(?:more|further|full){_SP})?"
        rf"(?P<ra_u>days?|weeks?|months?|quarters?|years?|decades?|century|centuries)"
        rf"{_SP}(?P<ra_d>ago|earlier|later|from{_SP}now)(?!\w)(?!{_SP}than(?!\w))",  # not 'five years earlier than planned'
    ),
    # in five years, in two weeks' time: a point that many units after the story's time (see handlers._in_counted,
    # which keeps it only where the text puts it ahead, not a length that ranks a figure: 'its lowest in three years')
    (
        "ia",
        rf"(?<=(?<![\w-])[Ii]n )(?P<ia_n>{_COUNT_WORDS})(?:{_SP}|-)(?P<ia_u>days?|weeks?|months?|years?|decades?)"
        rf"(?P<ia_t>['’]s?{_SP}time|{_SP}time)?(?![\w'’-])",
    ),
    # later in the month
    ("ri", rf"\b(?P<ri_mod>{_cap('earlier', 'later')}){_SP}in{_SP}the{_SP}(?P<ri_u>week|month|year)(?!\w)"),
    # (earlier) this week, last year, next month, the previous year
    (
        "ru",
        rf"\b(?:(?P<ru_mod>{_cap('earlier', 'later', 'early', 'late')}){_SP})?"
        rf"(?P<ru_rel>{_cap('this', 'last', 'next', 'previous', 'prior', 'following', 'coming', 'current', 'that')}"
        rf"|(?<=[Tt]he )[Cc]alendar(?={_SP}year(?!{_SP}[0-9])))"
        rf"{_SP}(?:calendar{_SP}(?=year))?(?P<ru_u>week|month|year|quarter)(?!\w)",
    ),
    # yesterday, today, tomorrow
    ("dx", rf"\b(?P<dx_w>{_cap('yesterday', 'today', 'tonight', 'tomorrow')})(?!\w)"),
    # (on) Wednesday, last Friday
    ("wd", rf"\b(?:(?P<wd_rel>{_DEICTIC}){_SP})?(?P<wd_d>{_WEEKDAY})(?!\w)"),
    # the alternatives below begin with words no earlier one begins with the same way; last, so that
    # the frequent shapes above are tried first
    # the weekend, last weekend, a weekend report (not 'every weekend', 'at weekends')
    (
        "we",
        rf"{''.join(f'(?<!{w} )(?<!{w.capitalize()} )' for w in _V['weekend']['not_after'])}\b(?:(?P<we_rel>{_cap('this', 'last', 'next', 'that')}){_SP})?"
        rf"(?P<we_w>{_cap('weekend', 'week-end')})(?!\w)",
    ),
    # the 19th century, the twenty-first century, this new century, the last century (not '20th Century Fox')
    (
        "cy",
        rf"\b(?:(?P<cy_n>1[0-9]th|2[0-9](?:st|nd|rd|th)|{_cap(*CENTURY_ORDINALS)})"
        rf"|(?P<cy_rel>{_cap('this', 'last', 'next', 'previous', 'coming', 'current')})(?:{_SP}new)?"
        rf"|(?<=the )(?P<cy_new>new))"
        rf"(?:{_SP}|-)(?P<cy_w>[Cc]entury)(?![\w-]|{_SP}(?:{_trie(*CENTURY_NAMES)})(?!\w))",
    ),
    # the tax year, the current tax year, the end of the tax year (the state's year: see TAX_YEAR_FIRST_MONTH)
    (
        "tx",
        rf"\b(?:(?P<tx_part>{_cap(*_PARTS)}){_SP}of{_SP}the{_SP}|(?P<tx_rel>{_cap('this', 'current', 'last', 'next', 'previous', 'coming')})"
        rf"{_SP}(?:current{_SP})?|(?<=the ))[Tt]ax(?:{_SP}|-)year(?![\w-]|{_SP}(?:to|ending|ended)(?!\w)|{_SP}[0-9])",
    ),
    # Spring 2005, last summer, in the autumn, the winter of 2004
    (
        "ss",
        rf"\b(?:(?P<ss_rel>{_cap('this', 'last', 'next')}){_SP})?{_modifier('ss_mod')}"
        rf"(?P<ss_s>{_cap(*SEASONS)})(?!\w)(?:(?:{_SP}of)?{_SP}{_year('ss_y')})?",
    ),
    # the holiday season, the festive period: the Christmas season, in December
    (
        "hs",
        rf"(?P<hs_w>{_cap('holiday', *_V['holiday_season']['adjectives'])})(?:{_SP}|-)"
        rf"(?:{_trie(*_V['holiday_season']['season_nouns'])})(?!\w)"
        rf"|(?<=the )(?P<hs_h>holidays)(?!\w)",  # not the bare adjective ('festive sales'), as 'annual' is none (gold README)
    ),
    # Christmas, Boxing Day, Easter 2005
    # ('in the new year': New Year written in lower case, after 'the' only: not 'a new year of growth')
    (
        "hd",
        rf"\b(?P<hd_n>{_trie(*HOLIDAYS)})(?!\w)(?:,?{_SP}{_year('hd_y')}"
        # the holiday's time noun is part of it: 'the Christmas weekend', 'the Easter holiday period' (not the first
        # word of a compound: 'Christmas holiday-makers', 'the Christmas break-even point')
        rf"|{_SP}(?:holiday{_SP})?(?:{_trie(*_V['holiday_season']['holiday_nouns'])})(?![\w-]))?"
        rf"|(?<=the )(?P<hd_l>new{_SP}year)(?![\w'’-])",
    ),
    # the end of the year, the start of next month
    (
        "py",
        rf"\b(?P<py_part>{_cap(*_PARTS)}){_SP}of{_SP}(?:the{_SP}(?=year|month|quarter|week|century|decade)"
        rf"|(?P<py_rel>{_cap('this', 'last', 'next')}){_SP})"
        rf"(?P<py_u>year|month|quarter|week|century|decade)(?![\w-])",
    ),
    # the same period of 2003, the same month last year, the year before, (for) the quarter, (for) the year
    (
        "an",
        rf"\b(?:(?P<an_same>{_cap('same')}){_SP}(?P<an_su>period|month|quarter|week|time|half)(?!\w)"
        rf"(?:{_SP}(?:of|in){_SP}(?:the{_SP}year{_SP})?{_year('an_y')}|{_SP}(?P<an_ly>last|the{_SP}previous){_SP}year(?!\w)"
        rf"|{_SP}(?P<an_ya>a{_SP}year{_SP}(?:earlier|ago|before)(?!\w)))?"
        rf"|(?P<an_u>year|month|quarter){_SP}(?P<an_d>before|after)(?=[.,;:)]|{_SP}(?:and|but)(?!\w)|\Z)"
        rf"|(?P<an_fy>{_cap('full')}[- ]year|(?<=the )year{_SP}as{_SP}a{_SP}whole)(?![\w-]|{_SP}[0-9])"
        rf"|(?P<an_ago>year-(?:ago|earlier)){_SP}(?P<an_au>period|quarter|month|half)(?!\w)"
        # 'his year-end press conference', 'end-of-year sales': a time named as a modifier (gold README), which year
        # the story seldom says
        rf"|(?P<an_ye>{_cap('year')}-end|{_cap('end')}-of-year)(?![\w-])"
        # 'that day', 'the same day', 'the previous day', 'the following day': a day of the story by anaphora (not
        # 'next-day delivery', 'the same day of the week', 'that day 10 years ago')
        rf"|(?P<an_dr>{_cap('that')}|(?<=[Tt]he ){_cap(*(w for w in DAY_ANAPHORA if w != 'that'))}){_SP}day"
        rf"(?![\w-]|{_SP}(?:of|[0-9])(?!\w))"
        rf"|(?<=the )(?P<an_q>quarter)(?!{_SP}(?:of|point|per|century)(?!\w)|-|\w)"
        # no 'on the day' of a market report ('down 3.75p on the day'): a time of day, like 'this morning' (gold README)
        rf"|(?P<an_this>{_cap('this', 'that')}){_SP}(?P<an_pd>period|date)(?![\w-]|{_SP}(?:of|to|from|until|till|when|in|on|for|that|which)(?!\w)|{_SP}[0-9])"
        # 'the year' after any 'the' but that of 'of the year' ('the busiest day of the year') and 'on the year' (a
        # comparison's base): 'the year had begun well', "the year's average", 'ended the year on a high note'
        rf"|(?:{'|'.join(f'(?<={re.escape(w)} the )' for w in _V['bare_period']['before'])}"
        rf"|(?=year)(?<=[Tt]he )(?<![\w'’][Tt]he )(?<!{_cap('of')} the )(?<!{_cap('on')} the ))"
        rf"(?:(?P<an_yr>year)|(?P<an_mo>month)|(?P<an_pp>period)(?!{_SP}(?:ended|ending|until|till|from|between|since|under|covered)(?!\w)))"
        rf"(?![\w-]|(?<!year)['’]|['’](?!s(?!\w))|['’]s{_SP}(?:{phrase_alternation(_V['bare_period']['possessive_not'], _SP, longest_first=False)})(?!\w)|{_SP}(?:(?:ahead|before|after|of|earlier|ago|later|in|when|that|since|following)(?!\w)|on(?!{_SP}an?{_SP})|[0-9]|from{_SP}(?:{_MONTH_FULL}|[0-9]))"
        # 'the year to March', 'the year to date' are spans of their own; 'profits for the year to £198m' is the year;
        # a year counted from an event or a month, or still to come, is no calendar year of the story ('the year since
        # the merger', 'the year following the crash', 'the year from April', 'the year to come')
        rf"|{_SP}to{_SP}(?:come|end|date|the{_SP}end|{_MONTH_FULL}|{_MONTH_ABBR}|[0-9]{{1,2}}(?:st|nd|rd|th)?{_SP}[A-Z])))",
    ),
]

#: The characters each alternative can start with: one cheap test before trying it.
_FIRST: dict[str, str] = {
    "url": r"hw\]", "iso": "0-9", "num": "0-9", "nd": "".join(sorted({d[0] for d in NAMED_DAYS})), "yb": "Bb", "mf": "ADFJMNOSTW", "df": "0-9MTWFS",
    "qw": "FfSsTtLl1-4", "hw": "FfSsLl12", "qq": "QH", "nq": "1-4", "yq": "12", "dc": "0-9'’‘EeLlMm", "fy": "F",
    "sp": "NnPpLlCc0-9aAoOtTfFsSeE", "pv": "PpEeFfNnOoSsTt0-9", "fc": "TtCcLlNnPp", "dw": "TtFfSsEeNn", "db": "FfBb", "mb": "BbADFJMNOS", "bd": "Bb", "yr": "12", "mt": "0-9aAoOtTfFsSeEnNhHyYqQ", "fm": "FfLl", "fl": "FfLl", "ss": "TtLlNnEeMmSsAaFfWw", "hd": "CBNVHEGTn", "hs": "hfHFt", "we": "TtLlNnWw", "cy": "0-9TtLlNnPpCcEeFfSs", "tx": "EeSsBbMmCcTtRrLlNnPp",
    "py": "EeSsBbMmCcTtRr", "an": "SsymqFfTtYEePpNn", "ma": "ADFJMNOSTLlEeNnmtSsBbCcRr", "y": "12EeLlMmSsBbCcTtRr", "ra": "0-9aAoOtTfFsSeEnNhH", "ia": "0-9oOtTfFsSeEnN",
    "ri": "EeLl", "ru": "EeLlTtNnPpFfCc", "dx": "YyTt", "wd": "MTWFSLlNnt",
}  # fmt: skip

#: Lower-case words a date can begin with (also capitalized); names begin with their capital.
_LEAD_WORDS = (
    "between", "from", "first", "second", "third", "fourth", "final", "last", "latter", "early", "earlier", "late", "later",
    "mid", "this", "next", "previous", "prior", "preceding", "following", "coming", "current", "yesterday", "today", "tonight",
    "tomorrow", "half", "year", "quarter", "that", "same", "month", "period", "past", "full", "holiday", "holidays", "weekend",
    "week-end", "century", "new", "tax", "calendar", *_V["holiday_season"]["adjectives"], *CENTURY_ORDINALS, *_V["decade_words"], *(w for w in NUMBER_WORDS if " " not in w), *_PARTS, *SEASONS,
)  # fmt: skip
_LEAD_NAMES = (
    *_MONTH_NAMES, *_MONTH_ABBREVIATIONS, *_WEEKDAY_NAMES, "FY", *(h.split()[0] for h in HOLIDAYS), *NAMED_DAYS,
)  # fmt: skip
#: How every alternative can begin: a superset of their starts, tested once before any alternative.
LEAD = (
    r"[0-9'’‘]|[QH][1-4]|https?://|www\.|\]\("
    rf"|(?:{_trie(*_LEAD_WORDS, *(w.capitalize() for w in _LEAD_WORDS), *_LEAD_NAMES)})(?![A-Za-z])"
)


def date_expression(lead: str = LEAD) -> re.Pattern[str]:
    """The alternatives, tried at word starts where ``lead`` matches (``""``: at every word start).

    The lead only saves time: an alternative that can begin without it would be missed, which the
    tests check by comparing with ``date_expression("")``.
    """
    gate = f"(?=(?:{lead}))" if lead else ""
    return re.compile(
        rf"(?<!\w){gate}(?:" + "|".join(f"(?=[{_FIRST[name]}])(?P<{name}>{body})" for name, body in _ALTERNATIVES) + ")"
    )


DATE_RE = date_expression()
