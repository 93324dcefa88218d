"""Finding dates and periods, resolved to ISO 8601 against the publication date.

One compiled regular expression of alternatives is scanned over the text (linear time; no nested
unbounded quantifiers); each match is turned into a :class:`~scripts.mentions.DateMention` by a
small function. Values: ``2021-02-24`` (day), ``2021-W08`` (ISO week), ``2021-02`` (month),
``2020-Q4`` / ``2020-H1`` (quarter, half), ``2020`` (year), ``199X`` (decade, ISO 8601-2), and
intervals ``START/END``.

Resolution: ``explicit`` when the text gives the full value; ``publication_date`` when the year is
taken from the publication date (the year that puts the date nearest to it: "in October" in an
article of 2021-02-24 is 2020-10); ``relative`` for phrases such as "last May", "two months earlier",
"a decade ago" (earlier/later are read relative to the publication date, an approximation). Without
a publication date, expressions that need one are skipped; explicit ones are still found.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from scripts.mentions import DateMention

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTHS_ABBREVIATED = frozenset(k for k in MONTHS if len(k) <= 4 and k not in ("may", "june", "july"))
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "several": None, "few": None,
}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|few)"
_UNIT = r"(?:day|week|month|year|decade)s?"
_PREP = r"(?:in|since|by|until|till|from|during|through|before|after|of|to|for|on|between|and)"
_NOT_BEFORE = r"(?<![\w$£€¥#\\/.,-])"
_NOT_AFTER = r"(?![\w%/-]|[.,]\d)"

_DATE_RE = re.compile(
    "|".join(
        [
            # ISO date 2021-03-01
            rf"{_NOT_BEFORE}(?P<iso>(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])){_NOT_AFTER}",
            # March 2-3(, 2021) / March 2 to 3
            rf"\b(?P<mdr>(?P<mdr_m>{_MONTH})\.?\s(?P<mdr_d1>{_DAY})\s?(?:-|–|to)\s?(?P<mdr_d2>{_DAY})(?:,?\s(?P<mdr_y>{_YEAR}))?){_NOT_AFTER}",
            # 2-3 March (2021)
            rf"{_NOT_BEFORE}(?P<dmr>(?P<dmr_d1>{_DAY})\s?(?:-|–)\s?(?P<dmr_d2>{_DAY})\s(?P<dmr_m>{_MONTH})\.?(?:,?\s(?P<dmr_y>{_YEAR}))?){_NOT_AFTER}",
            # March 1(st)(, 2021)
            rf"\b(?P<md>(?P<md_m>{_MONTH})\.?\s(?P<md_d>{_DAY})(?:,?\s(?P<md_y>{_YEAR}))?){_NOT_AFTER}",
            # 1 March (2021)
            rf"{_NOT_BEFORE}(?P<dm>(?P<dm_d>{_DAY})\s(?P<dm_m>{_MONTH})\b\.?(?:,?\s(?P<dm_y>{_YEAR}))?){_NOT_AFTER}",
            # March 2021
            rf"\b(?P<my>(?P<my_m>{_MONTH})\.?,?\s(?P<my_y>{_YEAR})){_NOT_AFTER}",
            # last/next/this May; in/since/... May (a bare month needs such a word)
            rf"(?i:\b(?P<rm_w>last|next|this|early|late|mid-?|in|since|by|until|till|from|during|through|before|after|of))\s?(?P<rm_m>{_MONTH})\b\.?",
            # the fourth quarter of 2020 / Q3 2021 / first half of 2021
            rf"(?i:\b(?P<q>(?:the\s)?(?P<q_n>first|second|third|fourth|1st|2nd|3rd|4th)\s(?P<q_u>quarter|half)(?:\s(?:of\s)?(?:(?P<q_y>{_YEAR})|(?P<q_r>this|last|next|the)\s?(?:year)?))?))\b",
            rf"\b(?P<qq>Q(?P<qq_n>[1-4])\s?(?P<qq_y>{_YEAR})?)\b",
            # decades: the 1990s, the '90s
            r"(?P<dec>(?:\b(?P<dec_y>1[89]\d0|20\d0)s)|(?:[‘'’](?P<dec_s>\d0)s))\b",
            # year ranges: 2015-2020, 2004-05, from 2015 to 2020, between 2015 and 2020
            rf"{_NOT_BEFORE}(?P<yr>(?:(?i:from|between)\s)?(?P<yr_a>{_YEAR})\s?(?:-|–|/|(?i:\sto\s|\sand\s|\suntil\s))\s?(?P<yr_b>{_YEAR}|\d\d)){_NOT_AFTER}",
            # relative: two months earlier, a decade ago, three years later
            rf"(?i:\b(?P<rel>(?P<rel_n>{_NUM})\s(?P<rel_u>{_UNIT})\s(?P<rel_d>ago|earlier|later|before|previously|after)))\b",
            # last/next/this week|month|year, the previous year, yesterday, today, tomorrow
            r"(?i:\b(?P<here>(?P<here_w>last|next|this|the\sprevious|the\sfollowing|the\spast)\s(?P<here_u>week|month|year)|(?P<here_d>yesterday|today|tomorrow)))\b",
            # on Wednesday
            r"(?i:\b(?P<wd>on\s(?P<wd_d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))\b",
            # a year on its own: in 2020, 2019
            rf"(?:(?P<y_in>\b(?i:in|since|by|until|from|during|through|of|before|after)\s))?{_NOT_BEFORE}(?P<y>{_YEAR}){_NOT_AFTER}",
        ]
    )
)
#: Words after a four-digit number that make it an amount, not a year ("2020 people").
_AMOUNT_AFTER = re.compile(
    r"\s?(?:percent|per\scent|people|persons|workers|jobs|units|vehicles|cars|homes|staff|employees|shares|tonnes|tons|"
    r"barrels|km|kilomet|miles|metres|meters|feet|kg|pounds|dollars|euros|yen|rubles|roubles|points|votes|seats|"
    r"million|billion|bn|m\b|k\b)",
    re.IGNORECASE,
)


def month_number(name: str) -> int:
    """Month number of an English month name or abbreviation."""
    return MONTHS[name.lower().rstrip(".")]


def day_number(text: str) -> int:
    """Day of month from ``3``, ``03`` or ``3rd``."""
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def nearest_year(month: int, day: int, published: dt.date) -> int:
    """The year that puts month/day nearest the publication date."""
    best = published.year
    best_gap = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((dt.date(year, month, min(day, 28)) - published).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def valid_day(year: int, month: int, day: int) -> bool:
    """True when the calendar has that day."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def shift_months(anchor: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the anchor's month (negative: before)."""
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    """ISO 8601 week of a day: 2021-W08."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


Found = tuple[str, str, str] | None  # (value, granularity, resolution)


def _day(m: re.Match[str], p: str, published: dt.date | None) -> Found:
    """Month-day with or without a year."""
    month, day = month_number(m.group(f"{p}_m")), day_number(m.group(f"{p}_d"))
    year_text = m.group(f"{p}_y")
    if year_text:
        year, how = int(year_text), "explicit"
    elif published:
        year, how = nearest_year(month, day, published), "publication_date"
    else:
        return None
    if not valid_day(year, month, day):
        return None
    return f"{year}-{month:02d}-{day:02d}", "day", how


def _day_range(m: re.Match[str], p: str, published: dt.date | None) -> Found:
    """Month with a range of days: March 2-3."""
    month = month_number(m.group(f"{p}_m"))
    d1, d2 = day_number(m.group(f"{p}_d1")), day_number(m.group(f"{p}_d2"))
    year_text = m.group(f"{p}_y")
    if year_text:
        year, how = int(year_text), "explicit"
    elif published:
        year, how = nearest_year(month, d1, published), "publication_date"
    else:
        return None
    if d2 <= d1 or not valid_day(year, month, d1) or not valid_day(year, month, d2):
        return None
    return f"{year}-{month:02d}-{d1:02d}/{year}-{month:02d}-{d2:02d}", "interval", how


def _bare_month(m: re.Match[str], published: dt.date | None) -> Found:
    """A month named without a year, anchored by the word before it (in, last, next, ...)."""
    if not published:
        return None
    word = m.group("rm_w").lower()
    month = month_number(m.group("rm_m"))
    if word == "last":
        year = published.year if month < published.month else published.year - 1
        return f"{year}-{month:02d}", "month", "relative"
    if word == "next":
        year = published.year if month > published.month else published.year + 1
        return f"{year}-{month:02d}", "month", "relative"
    if word == "this":
        return f"{published.year}-{month:02d}", "month", "relative"
    return f"{nearest_year(month, 15, published)}-{month:02d}", "month", "publication_date"


def _quarter(m: re.Match[str], published: dt.date | None) -> Found:
    """The fourth quarter of 2020, the first half of the year."""
    n = ORDINALS[m.group("q_n").lower()]
    unit = m.group("q_u").lower()
    letter = "Q" if unit == "quarter" else "H"
    if unit == "half" and n > 2:
        return None
    if m.group("q_y"):
        return f"{m.group('q_y')}-{letter}{n}", unit if unit == "quarter" else "half", "explicit"
    if not published:
        return None
    rel = (m.group("q_r") or "").lower()
    year = published.year + {"last": -1, "next": 1}.get(rel, 0)
    return f"{year}-{letter}{n}", unit if unit == "quarter" else "half", "relative" if rel else "publication_date"


def _relative(m: re.Match[str], published: dt.date | None) -> Found:
    """N units ago/earlier/later, counted from the publication date."""
    if not published:
        return None
    raw = m.group("rel_n").lower()
    n = int(raw) if raw.isdigit() else SMALL_NUMBERS.get(raw)
    if n is None:
        return None
    unit = m.group("rel_u").lower().rstrip("s")
    sign = 1 if m.group("rel_d").lower() in ("later", "after") else -1
    if unit == "day":
        return (published + dt.timedelta(days=sign * n)).isoformat(), "day", "relative"
    if unit == "week":
        return iso_week(published + dt.timedelta(weeks=sign * n)), "week", "relative"
    if unit == "month":
        year, month = shift_months(published, sign * n)
        return f"{year}-{month:02d}", "month", "relative"
    years = n * (10 if unit == "decade" else 1)
    return f"{published.year + sign * years}", "year", "relative"


def _here(m: re.Match[str], published: dt.date | None) -> Found:
    """Last week, this month, next year, yesterday, ..."""
    if not published:
        return None
    if m.group("here_d"):
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("here_d").lower()]
        return (published + dt.timedelta(days=offset)).isoformat(), "day", "relative"
    word = " ".join(m.group("here_w").lower().split())
    step = {"last": -1, "the previous": -1, "the past": -1, "next": 1, "the following": 1}.get(word, 0)
    unit = m.group("here_u").lower()
    if unit == "week":
        return iso_week(published + dt.timedelta(weeks=step)), "week", "relative"
    if unit == "month":
        year, month = shift_months(published, step)
        return f"{year}-{month:02d}", "month", "relative"
    return f"{published.year + step}", "year", "relative"


def _weekday(m: re.Match[str], published: dt.date | None) -> Found:
    """On Wednesday: the nearest such day within three days of the publication date."""
    if not published:
        return None
    target = WEEKDAYS[m.group("wd_d").lower()]
    offset = (target - published.weekday() + 3) % 7 - 3
    return (published + dt.timedelta(days=offset)).isoformat(), "day", "relative"


def _year_range(m: re.Match[str]) -> Found:
    """2015-2020, 2004-05, from 2015 to 2020."""
    a, b_text = int(m.group("yr_a")), m.group("yr_b")
    b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
    if b <= a or b - a > 50:
        return None
    return f"{a}/{b}", "interval", "explicit"


def _decade(m: re.Match[str], published: dt.date | None) -> Found:
    """The 1990s -> 199X; the '90s -> the nearest such decade before the publication date."""
    if m.group("dec_y"):
        return f"{m.group('dec_y')[:3]}X", "decade", "explicit"
    if not published:
        return None
    tens = int(m.group("dec_s"))
    century = published.year // 100 * 100
    start = century + tens if century + tens <= published.year else century - 100 + tens
    return f"{str(start)[:3]}X", "decade", "publication_date"


def _year(m: re.Match[str], text: str) -> Found:
    """A year standing alone, unless words after it make it an amount."""
    if _AMOUNT_AFTER.match(text, m.end("y")):
        return None
    return m.group("y"), "year", "explicit"


_SIMPLE: dict[str, Callable[[re.Match[str], dt.date | None], Found]] = {
    "rm_m": _bare_month,
    "q": _quarter,
    "rel": _relative,
    "here": _here,
    "wd": _weekday,
    "dec": _decade,
}


def resolve(m: re.Match[str], text: str, published: dt.date | None) -> tuple[int, int, Found]:
    """The span and value of one match of the date expression."""
    if m.group("iso"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        return (
            m.start("iso"),
            m.end("iso"),
            (f"{y}-{mo:02d}-{d:02d}", "day", "explicit") if valid_day(y, mo, d) else None,
        )
    for group, p in (("mdr", "mdr"), ("dmr", "dmr")):
        if m.group(group):
            return m.start(group), m.end(group), _day_range(m, p, published)
    for group in ("md", "dm"):
        if m.group(group):
            return m.start(group), m.end(group), _day(m, group, published)
    if m.group("my"):
        return (
            m.start("my"),
            m.end("my"),
            (f"{m.group('my_y')}-{month_number(m.group('my_m')):02d}", "month", "explicit"),
        )
    if m.group("rm_m"):
        return m.start("rm_w"), m.end(), _bare_month(m, published)
    if m.group("qq"):
        year = m.group("qq_y")
        if year:
            return m.start("qq"), m.end("qq"), (f"{year}-Q{m.group('qq_n')}", "quarter", "explicit")
        if published:
            return m.start("qq"), m.end("qq"), (f"{published.year}-Q{m.group('qq_n')}", "quarter", "publication_date")
        return m.start(), m.end(), None
    if m.group("yr"):
        return m.start("yr"), m.end("yr"), _year_range(m)
    if m.group("y"):
        start = m.start("y_in") if m.group("y_in") else m.start("y")
        return start, m.end("y"), _year(m, text)
    for group, fn in _SIMPLE.items():
        if m.group(group):
            span_group = "rm_m" if group == "rm_m" else group
            return m.start(span_group), m.end(span_group), fn(m, published)
    return m.start(), m.end(), None


def extract_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date or period expression of a text, resolved to ISO 8601, in text order."""
    out: list[DateMention] = []
    for m in _DATE_RE.finditer(text):
        start, end, found = resolve(m, text, published)
        if found is None:
            continue
        value, granularity, resolution = found
        if text[end - 1] == "." and text[start : end - 1].rsplit(None, 1)[-1].lower() not in MONTHS_ABBREVIATED:
            end -= 1  # a sentence's full stop after a full month name is not part of the date
        out.append(DateMention(start, end, text[start:end], value, granularity, resolution))
    return out
