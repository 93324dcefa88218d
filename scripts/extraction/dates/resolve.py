"""Finding the dates of a text and resolving each against the publication date or, without one, against the story's own time."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..mentions import DateMention, Exclusion, quoted_from
from .expression import DATE_RE
from .fiscal import (
    budget_story,
    budget_year,
    firm_quarter,
    firm_year,
    firm_year_by_month,
    fiscal_first_month,
    fiscal_quarters,
    year_less_fiscal,
)
from .handlers import (
    _ANY_DAY,
    Mention,
    _handle,
    _past_in_headline,
    day_anaphor,
    event_day,
    generic_month,
    last_ended,
    point_tense,
    told_weekday,
)
from .marks import (
    _AMOUNT_BEFORE,
    _RECORD_BEFORE,
    TextMarks,
    _is_bound,
    base_phrase,
    comparison_base,
    past_bound,
    text_marks,
    words_before,
)
from .narrative import _from_story, _previous_of_story, _story_anaphora, unit_reference, years_of_story_period
from .present import StoryTime, story_time, story_year_at, year_only
from .values import Span, day_number, first_month, make_date, month_number, shift, value_bounds
from .vocabulary import _V


@dataclass(frozen=True)
class FoundDates:
    """The date expressions of a text, sorted into what the caller does with each (see find_dates)."""

    dates: list[DateMention]
    amount_like: list[DateMention]
    excluded: list[Exclusion]
    #: Counted phrases nothing anchors (empty value): a figure that claims their numerals wins ('Nine
    #: days later' with no date to count from is kept as the duration 'Nine days'). Other unanchored
    #: dates ('six months ending 31 December') are sure: no figure takes part of them.
    unanchored: list[DateMention]
    #: The story's present: the publication date (ISO day), else the year the text fixes (:func:`story_time`'s
    #: present, whose year only the text fixes), else empty. What the later stages count 'to now' from.
    present: str = ""


_DAY_SHAPES = ("iso", "num", "mf", "df")
#: The alternatives whose phrases may refer to the story's time (see _from_story, _story_anaphora).
_STORY_SHAPES = frozenset(("ra", "ru", "an", "pv"))
#: Shapes of a year-less quarter or half ('third-quarter', 'the first half', 'Q2', 'H1'): read from a publication date,
#: one told as done is the last that has ended (:func:`last_ended`).
_PART_CODES = frozenset(("qw", "hw", "qq"))


def impossible_date(m: re.Match[str]) -> bool:
    """A day the calendar does not have, written as a date: 2021-04-31, 31/04/2021, April 31, 30 February."""
    kind = m.lastgroup
    if kind == "iso":
        return make_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])) is None
    if kind == "num":
        a, b, year = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
        return all(make_date(year, mo, d) is None for mo, d in ((a, b), (b, a)))
    if kind in ("mf", "df"):
        p = kind
        year = int(m[f"{p}_y"]) if m[f"{p}_y"] else 2000  # a leap year: 29 February without a year is possible
        first = m["mf_m"] if p == "mf" else (m["df_m1"] or m["df_m"])
        second = (m["mf_m2"] or m["mf_m"]) if p == "mf" else m["df_m"]
        days = [(first, m[f"{p}_d"])] + ([(second, m[f"{p}_d2"])] if m[f"{p}_d2"] else [])
        return any(make_date(year, month_number(mo), day_number(d)) is None for mo, d in days)
    return False


def find_dates(text: str, published: dt.date | None) -> FoundDates:
    """The date expressions of a text, anchored on the publication date and on the story itself.

    In text order, each expression is resolved by its rule against the publication date, except:

    * a narrative phrase ('two months earlier', 'a year later', 'the previous year', 'that year')
      is counted from the last date the story mentioned before it (HeidelTime's reference time),
      resolution ``story_date``; with no such date, from the publication date (``relative``);
      'the same period of 2003', 'for the quarter' name the story's last period of that kind;
    * without a publication date, a year-less date ('in October', 'the first half') takes the year
      the story states within a paragraph before it (``story_year``, see :func:`story_year_at`; in a
      story whose present is not fixed, a month from an earlier sentence only a year stated more than
      once: see :func:`_narrative_year`); a weekday takes the week of the story's last day and 'a year ago'
      just after a date counts from it (``story_date``); what still has no anchor ('last year',
      'five months ago' with no dateline) is kept as a row with an empty value, ``unanchored``;
    * a day the calendar lacks ('2021-04-31', 'April 31') is no date: an exclusion ``invalid_date``,
      so that its numerals are accounted for and never read as quantities.

    A bare year after a hedge, a currency sign or a number ('more than 2000', 'some 1998',
    'mk5 2019') is as likely an amount: those go to ``amount_like``, for the caller to keep only
    where no figure claims the number ('nearly 2010 staff' is a count, 'higher than 2003 levels' a
    year); they are no reference for the phrases after them. Unanchored counted phrases come apart
    too (``unanchored``): where a figure claims their numerals ('Nine days'), the figure is kept.
    """
    matches = list(DATE_RE.finditer(text))
    by_start = {m.start(): m for m in matches}  # the match of a stated year's date, where story_year_at names one
    story = story_time(text, matches) if published is None else StoryTime([], None)
    marks = story.marks
    fiscal = fiscal_first_month(matches)  # the month the story's budget years begin in, where it dates one
    now = published if published is not None else story.present
    if fiscal is None or (now is not None and published is None and year_only(now)) or not budget_story(text):
        now = None  # a present known by its year only: which budget year is under way is not plain
    firm_quarters: dict[tuple[int, int], tuple[int, str]] = {}  # quarters and halves named without a year
    firm_years: list[tuple[int, int]] = []  # a firm's year named by its last month only ('the year to March')

    def sentences(text: str) -> TextMarks:
        """The text's sentence marks, scanned at most once (story_time's when it ran, the handlers' too)."""
        nonlocal marks
        if marks is None:
            marks = text_marks(text)
        return marks

    def ahead(start: int, end: int) -> bool:
        """Whether the clause of text[start:end] puts it ahead (with a publication date too: 'the firm predicted
        that it will beat the market in 2005. During the year it bought a rival' is 2004's year, not 2005's)."""
        return sentences(text).clause_ahead(start, end)

    sure: list[DateMention] = []
    hedged: list[DateMention] = []
    excluded: list[Exclusion] = []
    unanchored: list[DateMention] = []
    history: list[DateMention] = []  # the dates found so far that have a value: the story's times
    unvalued = -1  # where the last date the text leaves without a value ends: no reference for what follows
    for m in matches:
        # 'in November [no year], down from the month before': the story's last date has no value, nor has
        # a phrase counted from it (not one counted from an earlier date of the story); 'the same quarter'
        # still names the story's last quarter, wherever it is
        known = history if not history or history[-1].end > unvalued else []
        same = m.lastgroup == "an" and bool(m["an_same"] or m["an_q"])
        reference = known[-1] if known else None
        if (
            reference is not None
            and m.lastgroup in _STORY_SHAPES
            and comparison_base(text, reference.start)
            and base_phrase(text, m.start())
        ):
            # 'compared with 1.4bn yuan in 2003. Sales surged to 6.2bn yuan, from 3bn yuan a year earlier': a base
            # is counted from the period the story reports (2004), not from an earlier comparison's base
            reported = next((d for d in reversed(known) if not comparison_base(text, d.start)), None)
            reference = reported or reference
        past = past_bound(m)
        event = event_day(m)
        # the date a value is counted from (the dates table's anchor), where the rule names one
        source: DateMention | None = None
        found: list[Mention] = event if event is not None else []
        if event is None and m.lastgroup in _STORY_SHAPES:
            found = _from_story(m, reference, published)
            finer = None if found else unit_reference(m, reference, known)
            if finer is not None:  # 'the previous quarter' after a year: from the story's last quarter
                reference = finer
                found = _from_story(m, reference, published)
            if found:
                source = reference
            else:
                found = _story_anaphora(m, history if same else known, ahead)
                if not found:
                    found = _previous_of_story(m, reference)
                    source = reference if found else None
        if event is None and not found and m.lastgroup == "fl":  # 'the final three years of the period'
            found = years_of_story_period(m, known)
            source = known[-1] if found else source
        if event is None and not found and published is None:
            found = _in_the_story_month(m, reference)
            source = reference if found else source
        if event is None and not found:
            found = (past and _before_sentence_date(m, history, sentences(text))) or _handle(
                m, published if published is None or not past else past_anchor(published, m.lastgroup)
            )
            if published is not None and not past and m.lastgroup in _PART_CODES:
                found = last_ended(found, published, text)  # 'First-half deliveries reached 412,000': the last ended
            if published is not None and not past:
                found = told_weekday(m, found, published)  # 'Shares rose 5% on Friday': the Friday just past
                found = told_point(m, found, published)  # 'The offer ends on 1 October': the next one
        if not found and m.lastgroup in _DAY_SHAPES and impossible_date(m):
            excluded.append(Exclusion(m.start(), m.end(), m[0], "invalid_date"))
            continue
        year_anchor: Span | None = None
        if not found and published is None:
            # the date's own clause, not another one of its sentence ('was raising its fourth-quarter dividend, and
            # that it would continue with buybacks'), puts it ahead
            clause_ahead = story.clause_ahead(m.start(), m.end())
            sentence = story.sentence_start(m.start(), m.end())
            stated = story_year_at(
                story.years,
                m.start(),
                sentence,
                story.latest_years,
                text,
                clause_ahead,
                story.present,
            )
            if stated is not None and story.present is None and not _narrative_year(m, stated[0], sentence, story):
                stated = None
            if stated is not None and story.present is not None and stated[1] == story.present.year - 1:
                part = by_start.get(stated[0])
                if part is not None and _past_closing_part(m, part, story.present):
                    stated = None  # 'falls at the end of 2004, ... rose in January': the present year's January
            results = story.results_year_at(m.start(), sentence)
            if results is not None and (stated is None or stated[0] < results[0]):
                stated = results  # 'is due to reveal 2004 earnings on 19 January': after 2004 ends
            if stated is None:
                stated = story.forecast_year_at(m.start(), sentence)
            latest = story.latest_before(m.start())
            if latest is not None and _historic_month(latest[0][0], story.years, m.start()):
                latest = None  # 'a meeting on 15 December, 1953' in a story of 1999's claim: places no later date
            if stated is not None:
                year_anchor = next(((d.start, d.end) for d in reversed(history) if d.start == stated[0]), None)
            elif latest is not None:
                year_anchor = latest[1]
            elif story.before is not None:
                year_anchor = story.before[1]
            found = _without_publication_date(
                m,
                stated[1] if stated else None,
                story.present,
                reference,
                latest[0] if latest else None,
                clause_ahead,
                past and (story.present is not None or _record_bound(m, story.marks)),
                story.month_known,
                story.before[0] if story.before else None,
            )
            source = reference
        found, counted_from = budget_year(m, found, fiscal, history, now)
        source = counted_from or source
        general = generic_month(m)
        if general:  # 'December is traditionally a quiet month': every year's December, no date
            found = [(s, e, "", g, "unanchored") for s, e, _, g, _ in found]
        quarter = firm_quarter(m)
        if year_less_fiscal(m, fiscal):
            firm_years += [(s, e) for s, e, value, _, _ in found if not value]
        for s, e, value, gran, how in found:
            if quarter is not None and gran in ("quarter", "half"):
                firm_quarters[(s, e)] = (quarter, gran)
            anchor = (
                year_anchor
                if how == "story_year"
                else story.evidence
                if how == "story_present"
                else (source.start, source.end)
                if how == "story_date" and source is not None
                else None
            )
            mention = DateMention(s, e, text[s:e], value, gran, how, anchor)
            amount_like = mention.bare_year and _AMOUNT_BEFORE.search(text, max(0, s - 16), s)
            # 'Nine days later' or 'the 50 previous years' with nothing to count from yields to the duration
            # ('Nine days', '50 years'); 'two months ago' and 'the next five years' are times however little
            # anchors them
            counted = not value and ((m.lastgroup == "ra" and m["ra_d"] != "ago") or m.lastgroup == "pv")
            (hedged if amount_like else unanchored if counted else sure).append(mention)
            if value and not amount_like:
                history.append(mention)
            elif not (value or amount_like or counted or general or m.lastgroup in ("dx", "wd") or day_anaphor(m)):
                unvalued = e  # a day of the present ('today', 'on Tuesday') is no reference of the story's periods
    quartered = fiscal_quarters(text, sure, firm_quarters)
    if quartered is sure:  # no quarter of the firm's own months: perhaps quarters of a year it dates by months
        quartered = firm_year(text, sure, fiscal, firm_quarters)
    if quartered is sure:  # no quarter dated by its months: a year-less firm's year placed by the story's months
        quartered = firm_year_by_month(text, sure, fiscal, firm_quarters, firm_years, ahead)
    present = published.isoformat() if published else str(story.present.year) if story.present else ""
    return FoundDates(quartered, hedged, excluded, unanchored, present)


#: The alternatives whose value a story's present gives in years (not in months, weeks or days, which
#: the text seldom fixes: see _month_deictic): 'last year', 'next year', 'later this year', 'August last
#: year', 'last summer', 'the final three months of last year', 'the end of this year', 'the past year';
#: spans of whole years ('the next two years' is Y/Y+1, 'the past five years' Y-5/Y-1, as beside a
#: publication date of year Y: they depend on its year only) and 'a year ago', 'two years ago'.
_PRESENT_SHAPES = frozenset(("ru", "ri", "ma", "ss", "qw", "hw", "fm", "py", "mb", "sp", "ra", "ia", "cy", "tx"))


def _year_deictic(m: re.Match[str]) -> bool:
    """A deictic phrase counted in years from the present: 'last year', 'August last year', 'last summer'."""
    kind = m.lastgroup
    if kind == "ru":
        return m["ru_u"] == "year" and m["ru_rel"].lower() != "that"
    if kind == "ri":
        return m["ri_u"] == "year"
    if kind == "ma":
        return bool(m["ma_ry"])
    if kind == "ss":
        return bool(m["ss_rel"])
    if kind == "py":
        return m["py_u"] in ("year", "decade")
    if kind in ("mb", "tx"):  # 'August last year'; 'the tax year' is the one under way at the present
        return True
    if kind == "cy":  # 'this century', 'the last century' (not 'the 19th century')
        return m["cy_n"] is None
    if kind == "sp":  # 'the past year', 'the next two years', 'the past decade': whole years from the present's
        return m["sp_u"].lower().rstrip("s") in ("year", "decade")
    if kind == "ia":  # 'in five years' (the dollar will be stronger): the present's year and five
        return m["ia_u"].lower().rstrip("s") in ("year", "decade")
    if kind == "ra":  # 'a year ago', 'two years ago' (not 'a year later', counted from the story's dates)
        return m["ra_d"] == "ago" and m["ra_u"].lower().startswith("year")
    if kind in ("qw", "hw", "fm"):
        return m[f"{kind}_rel"] is not None and m[f"{kind}_rel"].lower() in ("this", "last", "next", "current")
    return False


#: The alternatives that name a month, a day or a season of the calendar ('in October', 'on 15 January', 'late
#: December', 'the summer'): not a part of a year's reported figures ('the fourth quarter', 'the first nine months',
#: 'the three months to December'), which belongs to the year whose results the story reports.
_CALENDAR_POINTS = frozenset(("ma", "mf", "df", "ss"))


def calendar_point(m: re.Match[str]) -> bool:
    """Whether a match names a month, a day or a season of the calendar (:data:`_CALENDAR_POINTS`), or one month by
    its place in the year ('the first month of the year' is January, as 'in January' is)."""
    return m.lastgroup in _CALENDAR_POINTS or (m.lastgroup == "fm" and m["fm_n"] is None)


#: Words of a part (or the modifier) that closes its year ('the end of 2004', 'late 2004'; vocab: parts.closing).
_CLOSING = frozenset(w.lower() for w in _V["parts"]["closing"])


def closing_part_month(m: re.Match[str]) -> int:
    """The first month of the part of its year a stated date names, when the part runs to the year's end: 'the
    second half of 2004' 7, 'the last three months of 2004' 10, 'December 2004' 12, 'the end of 2004' and 'late
    2004' 10 (a closing part of a year read as its last quarter); 0 for a whole year ('in 2004') or a part that
    ends before December ('the third quarter of 2004')."""
    found = [(v, g) for _, _, v, g, how in _handle(m, None) if how == "explicit"]
    if len(found) != 1:
        return 0
    value, granularity = found[0]
    if granularity == "year":
        part = (m["y_part"] or m["y_mod"] or "") if m.lastgroup == "y" else ""
        return 10 if part.lower() in _CLOSING else 0
    last = value.split("/")[-1]
    closes = last.endswith(("-12", "-Q4", "-H2"))
    begins = first_month(value)
    return begins[1] if closes and begins is not None and begins[0] == int(last[:4]) else 0


def _past_closing_part(m: re.Match[str], part: re.Match[str], present: dt.date) -> bool:
    """Whether a year-less month (day, season) ``m``, told after the stated date ``part`` of the year before the
    present's, is of the present's year: ``part`` closes its year (:func:`closing_part_month`) and the month falls
    before it, so the story has gone past that month of the stated year ('After registering falls at the back end of
    2004, Halifax said house prices rose by 0.8% in January', in a story whose present is early 2005). Only where the
    present's reading is not ahead of the present ('after they had slumped in June' is the stated year's June). The
    caller asks only for a part of the present's year before: a month past the end of 2003 is of 2004, not of a
    present in 2005.
    Open corpus: the 4 such months of 063, 103, 170, 248 (2004-01 before, 2005-01 now; the story's present 2005)."""
    if not calendar_point(m):
        return False
    begins = closing_part_month(part)
    own = [v for _, _, v, _, how in _handle(m, present) if how == "publication_date"]
    point = first_month(own[0]) if len(own) == 1 else None
    return (
        bool(begins)
        and point is not None
        and point[0] == present.year
        and point[1] < begins
        and dt.date(point[0], point[1], 1) <= present
    )


def _narrative_year(m: re.Match[str], stated_at: int, sentence: int, story: StoryTime) -> bool:
    """Whether the year stated at ``stated_at`` dates the year-less ``m`` (whose sentence begins at ``sentence``)
    in a story whose present the text does not fix.

    Always in ``m``'s own sentence ('founded in 2001, and in March it floated'), and for a part of a year's figures
    ('expanded 7.1% in 2004. But growth slowed sharply in the fourth quarter'). A month, day or season of a later
    sentence takes it only when the story states that year more than once: a story that tells its news without a
    year dates its history by years, and a year stated once is an event's date ('He became president in 2002. [He]
    took over after his predecessor died in April', 'placed into bankruptcy in 2003 ... questioned on 15 January'),
    while a year the story comes back to is the time it reports on ('Chinese exports rise 25% in 2004' ... 'exports
    totalled $63.8bn in December'). Tuning set: the gold leaves all 5 such months empty (162, 389, 424, 452, 458);
    open corpus: 5 changed, 4 of them wrong before (a 2002 crisis, a forecast 2005, two comparison bases), 1 right.
    """
    if not calendar_point(m) or stated_at >= sentence:
        return True
    year = next(y for at, y in story.years if at == stated_at)
    return story.explicit_years.count(year) > 1


#: Years by which a year the story states before a month must pass the month's for the month to be history.
HISTORIC_GAP = 2


def _historic_month(year: int, years: list[tuple[int, int]], position: int) -> bool:
    """Whether the story's latest stated month, of ``year``, is history: the story states a year at least
    :data:`HISTORIC_GAP` later before ``position`` ('filed in 1999' ... 'a meeting on 15 December, 1953' ... 'have until
    21 March'), so the present is not just after that month and a year-less date after it takes no year from it
    ('since June 2004' ... 'in January' beside a forecast for 2005 still does)."""
    return any(stated >= year + HISTORIC_GAP for at, stated in years if at < position)


def _before_sentence_date(m: re.Match[str], history: list[DateMention], marks: TextMarks) -> list[Mention]:
    """A record's past bound after the month or day its sentence reports: the latest such date not after it.

    'House prices rose 1.1% in December - the first monthly rise since September': September is the
    one before that December, whatever the present; resolution ``story_date``. Empty when the bound is
    no record's ('have remained unchanged since August' starts a state) or the sentence reports no such
    date before it (a bound itself, 'from November 2003', is no report).
    """
    if not _record_bound(m, marks):
        return []
    start = marks.sentence(m.start(), m.end())[0]
    for earlier in reversed(history):
        if earlier.end <= start:
            break
        if (
            earlier.granularity in ("month", "day")
            and earlier.end <= m.start()
            and not _is_bound(m.string, earlier.start)
        ):
            point = dt.date.fromisoformat(earlier.value + "-15" if earlier.granularity == "month" else earlier.value)
            anchored = _handle(m, past_anchor(point, m.lastgroup))
            return [(s, e, v, g, "story_date") for s, e, v, g, how in anchored if how == "publication_date"]
    return []


def _in_the_story_month(m: re.Match[str], reference: DateMention | None) -> list[Mention]:
    """'Later in the month', 'earlier in the month' in an article without a publication date: the month of the
    story's last date, when it is a month or a day ('a strong New Year's bank holiday, then ... the pay-day boost
    later in the month' is January), as 'during the month' is; story_date."""
    if m.lastgroup != "ri" or m["ri_u"] != "month" or reference is None:
        return []
    if reference.granularity not in ("month", "day"):
        return []
    return [(m.start(), m.end(), reference.value[:7], "month", "story_date")]


def _record_bound(m: re.Match[str], marks: TextMarks | None) -> bool:
    """A past bound of a record ('its fastest rate since May', 'the first rise since September'): far back,
    before the story's present, not the start of a state that follows the story's last month."""
    if marks is None:
        return False
    sentence = marks.sentence(m.start(), m.end())
    clause = marks.clause(m.start(), m.end(), sentence)[0]
    return _RECORD_BEFORE.search(m.string, max(clause, m.start() - 60), m.start()) is not None


#: Shapes a clause told ahead does not move: a weekday and the weekend are read by their own tense
#: (handlers.told_weekday, _weekend), the tax year is the one under way (as without a publication date).
_NOT_MOVED_AHEAD = frozenset(("wd", "we", "tx"))
#: Shapes a clause told in the past moves back: a month, a day or a holiday, a span of them ('Sales fell in October',
#: 'from July to September'); not a quarter or half, which a past verb of its figure moves (handlers.last_ended), nor
#: a span that ends on a month ('the year to March'), nor a season, whose bounds a story reads loosely ('Shops had a
#: slow start to spring' in February; 'Retailers cut prices ahead of the onset of the spring').
_MOVED_PAST = frozenset(("ma", "mf", "df", "hd", "hs", "bd"))


#: Words before a holiday that make it the target of its clause, ahead of its past verb ('Stores hired for the festive
#: period', 'stocked up ahead of Christmas'; vocab: present.holiday_ahead_before and present.holiday_target_before).
_HOLIDAY_TARGET_BEFORE = words_before([*_V["present"]["holiday_ahead_before"], *_V["present"]["holiday_target_before"]])


def _year_step(value: str, published: dt.date, tense: int) -> int:
    """Years by which a year-less date read as the nearest to the publication date moves by its clause's tense: told
    ahead, one on if it is over by that date; told past, one back if it, or the last month or day of a span, has not
    begun by it ('rose from January to April' in March is last year's, 'fell in January' on 19 January this one)."""
    bounds = value_bounds(value if tense > 0 else value.split("/")[-1])
    if bounds is None:
        return 0
    if tense > 0:
        return 1 if bounds[1] < published else 0
    return -1 if bounds[0] > published else 0


def told_point(m: re.Match[str], found: list[Mention], published: dt.date) -> list[Mention]:
    """The year-less dates of ``found`` read from the publication date by their clause's tense
    (:func:`handlers.point_tense`, else a headline's present, :func:`handlers._past_in_headline`).

    Told ahead, the first such date not over by the publication date ('The offer ends on 1 October' in a story of 19
    January 2005 is 2005-10-01, 'will rise in the third quarter' 2005-Q3; 'will open in January' 2005-01), as
    without a publication date a clause ahead takes the first from the story's present on. Told in the past, a month,
    day or holiday is the latest one begun by that date, a span of them the latest whose last one has begun
    ('Sales fell in October' in a story of 30 June 2005 is 2004-10, 'from April to July' 2004's), as a past bound is
    ('since October'). Untold, the nearest."""
    kind = m.lastgroup
    if not any(how == "publication_date" for *_, how in found):
        return found
    tense = point_tense(m.string, m.start(), m.end()) or (-1 if _past_in_headline(m.string, m.start()) else 0)
    if not tense or (kind in _NOT_MOVED_AHEAD if tense > 0 else kind not in _MOVED_PAST):
        return found
    if (
        tense < 0
        and kind in ("hd", "hs")
        and _HOLIDAY_TARGET_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    ):
        return found  # 'Stores hired for the festive period': the holiday is what the past act looks ahead to
    steps = {(s, e): _year_step(v, published, tense) for s, e, v, _, how in found if how == "publication_date"}
    moved: dict[tuple[int, int], str] = {}
    for step in set(steps.values()) - {0}:
        year = published.year + step
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            continue  # a date beyond the calendar's range: kept as read
        anchor = make_date(year, published.month, published.day) or dt.date(year, published.month, 28)
        moved.update(
            ((s, e), v)
            for s, e, v, _, how in _handle(m, anchor)
            if how == "publication_date" and steps.get((s, e)) == step
        )
    return [(s, e, moved.get((s, e), v), g, how) for s, e, v, g, how in found]


def past_anchor(present: dt.date, kind: str | None) -> dt.date:
    """A stand-in present about half a year back, so that the date nearest it is the latest not after ``present``.

    Days are placed by days (182 back: the same day a year ago ties and ties go to the past), months and
    seasons by months (five back: the present's own month is the latest not after it).
    """
    if kind in ("mf", "df"):
        return present - dt.timedelta(days=182)
    year, month = shift(present.year, present.month, 12, -5)
    return dt.date(year, month, 15)


def _month_deictic(m: re.Match[str]) -> bool:
    """A deictic phrase counted in months from the present: 'last month', 'earlier this month', 'later in
    the month', 'the end of next month', 'last May', 'the past 12 months', 'two months ago'."""
    kind = m.lastgroup
    if kind == "ru":
        return m["ru_u"] == "month" and m["ru_rel"].lower() != "that"
    if kind in ("ri", "py"):
        return m[f"{kind}_u"] == "month"
    if kind == "ma":
        return bool(m["ma_rel"]) and not (m["ma_y"] or m["ma_ry"])
    if kind == "sp":
        return m["sp_u"].lower().rstrip("s") in ("month", "quarter")
    if kind == "ra":
        return m["ra_d"] == "ago" and m["ra_u"].lower().startswith(("month", "quarter"))
    if kind == "ia":
        return m["ia_u"].lower().startswith("month")
    return False


#: Months back from a present known only roughly before which 'last <month>' is looked for (see above).
LAST_MONTH_GAP = 2


def _named_month_deictic(m: re.Match[str]) -> bool:
    """A month named with 'last' or 'next' and no year ('last May', 'next March'): the latest or the first such
    month from the present, whatever the present's own month within a few months of its estimate."""
    return m.lastgroup == "ma" and bool(m["ma_rel"]) and m["ma_rel"].lower() in ("last", "next") and not m["ma_m2"]


def _of_the_present(m: re.Match[str]) -> bool:
    """A day or week only a dateline places ('on Tuesday', 'the weekend'): a year does not."""
    return m.lastgroup in ("wd", "we")


def _without_publication_date(
    m: re.Match[str],
    year: int | None,
    present: dt.date | None,
    reference: DateMention | None,
    latest: tuple[int, int, bool] | None = None,
    future: bool = False,
    past: bool = False,
    month_known: bool = False,
    before: dt.date | None = None,
) -> list[Mention]:
    """A match that needs a publication date, in an article without one: on the story's time, or unanchored.

    A weekday takes the week of the story's last day (not a bound's: 'since 10 September'); a year-less date ('in October') the year the
    story states just before it (``story_year``), else the story's present when the text fixes it
    (``story_present``: in a clause whose events are ahead, 'will open in January', the first such
    date from the present on, else the nearest), else the first such date after the latest month the story states
    (``story_year``: 'January' after 'since June 2004' is 2005-01); a deictic phrase counted in
    years ('last year', 'the next two years', 'a year ago') only the story's present, and one counted in
    months ('last month', 'the past 12 months', 'last May') the present when the text fixes its month
    (``month_known``). A past bound (``past``: 'its fastest rate since May')
    is the latest such date not after the present or that month, never the next one. Failing all of those, a
    year-less date in a story that puts a stated month ahead (``before``: 'will become free to trade by February
    2005') is the latest such date not after that month (``story_year``: the present is before it).
    """
    if (
        m.lastgroup == "wd"
        and reference is not None
        and reference.granularity == "day"
        # a day written with its number ('on 1 January'), not a holiday ('the New Year'), which names no week
        and any(c.isdigit() for c in reference.quote)
        and not m["wd_rel"]
        # 'its lowest close since 10 September' is no day of the story's week
        and not _is_bound(m.string, reference.start)
    ):
        day = dt.date.fromisoformat(reference.value)
        return [(s, e, v, g, "story_date") for s, e, v, g, _ in _handle(m, day)]
    kept: list[Mention] = []
    if _of_the_present(m):
        year = present = latest = before = None  # a weekday, the weekend: no year places them
    if year is not None:
        # 2 July: every month and day of its year is nearer to it than the same one of another year
        anchored = _handle(m, dt.date(year, 7, 2))
        kept = [(s, e, v, g, "story_year") for s, e, v, g, how in anchored if how == "publication_date"]
    elif present is not None:
        # 'will open in January': the first January from the present on, not the nearest; 'by the end of the tax
        # year' is the tax year under way, future or not; a present known by its year only keeps it ('In April it
        # will launch a hybrid' in a 2005 story is 2005-04, the story's year, as the gold README reads it)
        # (the shift is the year-less date's only: 'will offer next year' in a story of late December 2004 is 2005,
        # not 2006, so the deictic phrases below read the present itself)
        shifted = future and m.lastgroup != "tx" and not year_only(present)
        anchor = present + dt.timedelta(days=182) if shifted else present
        anchored = _handle(m, past_anchor(anchor, m.lastgroup) if past else anchor)
        kept = [(s, e, v, g, "story_present") for s, e, v, g, how in anchored if how == "publication_date"]
    elif latest is not None and not future:
        # the present is after the latest month the story states: after a state's start ('since June 2004') a
        # year-less month is the first one from then on ('January' is 2005-01), as the day five and a half months
        # later is nearest to it; after a month stated otherwise, the one nearest it ('talks in October and November
        # 2004' ... 'in August' is 2004-08); not one ahead ('expects to start by the end of April'), any year after
        after = dt.date(latest[0], latest[1], 15) + dt.timedelta(days=167 if latest[2] else 0)
        if past:
            after = past_anchor(after, m.lastgroup)
        kept = [(s, e, v, g, "story_year") for s, e, v, g, how in _handle(m, after) if how == "publication_date"]
    elif before is not None and year is None and present is None and (latest is None or future):
        # 'its flotation in August', 'the three months ending 30 September' in a story that puts 'by February
        # 2005' ahead: the present is before that month, so they are the latest ones not after it (2004-08)
        anchored = _handle(m, past_anchor(before, m.lastgroup))
        kept = [(s, e, v, g, "story_year") for s, e, v, g, how in anchored if how == "publication_date"]
    if present is not None and (
        (m.lastgroup in _PRESENT_SHAPES and _year_deictic(m))
        or (month_known and _month_deictic(m))
        # 'voted into power last May' in a story reporting the last year's results (the present early in the next
        # year): the latest May before it; not from a present known by its year only (which May is not plain)
        or (_named_month_deictic(m) and not year_only(present))
    ):
        if _named_month_deictic(m) and not month_known and m["ma_rel"].lower() == "last":
            # the present's month is an estimate: a month just before it would be 'last month', so 'last January'
            # in a story told early in 2005 is January 2004
            present = dt.date(*shift(present.year, present.month, 12, -LAST_MONTH_GAP), 15)
        kept += [(s, e, v, g, "story_present") for s, e, v, g, how in _handle(m, present) if how == "relative"]
    spans = {(s, e) for s, e, *_ in kept}
    unanchored = [(s, e, "", g, "unanchored") for s, e, _, g, _ in _handle(m, _ANY_DAY) if (s, e) not in spans]
    return sorted(kept + unanchored)


def extract_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """The date or period expressions of a text (not the hedged years), resolved to ISO 8601, in text order
    (a hard-wrapped paragraph read as running text, as ``extract`` reads it; quotes as written)."""
    from ...package.provenance import running_text

    reading = running_text(text)
    found = find_dates(reading, published)
    dates = sorted(found.dates + found.unanchored, key=lambda d: (d.start, d.end))
    return dates if reading is text else quoted_from(dates, text)
