"""When a figure applies: its period, linked to the date expression it came from.

A figure takes the nearest date expression of its own sentence ('sales rose 8.5% in 1999', 'In
December, sales rose 1.2%', 'profits in the fourth quarter'), except a date that is the base it is
compared with ('up 31.8% on the previous year', 'up $3bn from 2003', 'than in 2019', 'since 2015'):
that one is the period of the base's own figure ('compared with a loss of $793m a year ago', 'fell to
79,000 from 82,000 in December'), unless the grammar ties the figure to it ('from 2002 when output fell
11%', 'with 2003's 784m euro figure'). A sentence with no date of its own inherits the latest period (a
month, quarter, half, year or interval, not a dateline's day) stated earlier in the same paragraph,
unless the sentence has a time the text leaves unanchored ('ending Friday 0.24% lower'), or states a
present state ('It employs 77,000 people', 'which is worth $17bn'), or the period is a bound, a base
or an event's attribute ('by 2010', 'from 2011 onwards', 'the 2001 election'); a forecast's figure takes a
forecast's date, and only from the sentence right before it (:func:`inherited`). A forecast word naming the
yardstick of a result ('rose 0.3%, in line with forecasts') makes no forecast; a span opening with 'from'
('the years from 2006 to 2015'), 'based on 2004 figures' and a stretch a forecast opens with 'from' ('could raise
output to more than 200,000 cars from 2007': :func:`open_start`) are the figure's own time, not bases; a present
perfect measured 'since' a date ('has strengthened 4% since late December', 'Since 2001, BA has cut 13,000 jobs')
runs from it to the story's present, which the date stage gives (none where the present is open), and a total
'since' a date to the later period its sentence reports (:func:`since_date`);
a rate ('$200m a year') takes only a date of its own clause; the base of a change ('from £2.1bn') takes no
date beyond the next figure; a date in a participle aside after the figure (', having agreed 500m euros in
savings in 2004') is the aside's; a sentence restating the one before ('The figure means the annual rate is
down to 10.2%') shares its time; a price's close ('finished down $18.90 at $8') is a move of the day; a date
right after another figure ('a loss of 506m euros in 2003') is that figure's; the expectation a result is
measured against ('confounding expectations of a 0.3% rise') takes the result's period; a date in a clause
about something else that the figure is not in (a relative clause, 'having ...', a participle aside: 'a $2.7bn
fraud at the company he co-founded in 1984', 'Tate & Lyle, which joined the index in 1935, operates 41
factories') is that clause's (:func:`other_clause`), and a present state ('Honda has three hybrids') takes no
date of a coordinated clause of its own (', and the two carmakers sold 80,000 last year'); the date of an earlier
change a change follows ('dropped 0.9% after a 0.5% fall in the previous month') is its base, and a date in a later
clause forecasting another figure ('rose to 4.7% ... and is expected to rise to 5% next year') that figure's; a
headline's undated result takes the period its lede reports, and a forecast opening the paragraph after the lede
the forecast date of the lede's last sentence; a figure of a firm's collapse ('lost about $180bn when the company
collapsed') takes the date the text gives that collapse wherever it gives it (:func:`collapse_date`); an undated
results figure in the past ('total sales increased 4% to 36bn kroner') takes the story's latest reported result before
it, in any paragraph, or its first after it when none is before (:func:`carried_result`).
``method`` says which rule decided, so that a user can trust or filter.

The words are data (``vocab/en/period.toml``).

The rules are one module per concern, imports flowing one way: ``vocab`` (the words, loaded once) feeds
``clauses`` (sentence and clause bounds), then ``asides``, ``bases`` and ``tense``; on them stand ``own_date`` (a
figure's own date in its sentence), ``base_periods``, ``since``, ``yardsticks``, ``inheritance`` (from the paragraph
and the lede, which ``story`` reads), ``survey``, ``events`` and ``reported`` (the story's reported results); ``result`` holds :class:`Period`, what the deciding modules
return. This module re-exports what the pipeline and the package read.
"""

from .asides import other_clause
from .base_periods import PART_OF_YEAR, after_base, same_part
from .bases import (
    BASE_FIGURE_WORDS,
    base_figure,
    base_word_before,
    is_base,
    later_than_bases,
    owned_before,
    parallel_base,
)
from .clauses import SENTENCE_REACH
from .events import collapse_date, tells_collapse
from .inheritance import inherited, lede, lede_forecast, paragraph_span
from .own_date import date_rank, has_own_time, nearest_date, period_in_sentence, period_of_date, tied_date
from .reported import carried_result, reported_results
from .result import PERIOD_METHODS, Period
from .since import perfect_since, since_date, since_range
from .story import annual_result, body_period, headline_period, story_period, story_source
from .survey import about_survey, fieldwork_period
from .tense import (
    before_the_story,
    in_session,
    present_relative,
    states_present,
    tells_time,
    up_to_now,
    verbless_change,
)
from .vocab import PRESENT, PREVIOUS_UNITS
from .yardsticks import is_rate, is_yardstick, measured_result, yardstick_clause

__all__ = [
    "BASE_FIGURE_WORDS",
    "PART_OF_YEAR",
    "PERIOD_METHODS",
    "PRESENT",
    "PREVIOUS_UNITS",
    "SENTENCE_REACH",
    "Period",
    "about_survey",
    "after_base",
    "annual_result",
    "base_figure",
    "base_word_before",
    "before_the_story",
    "body_period",
    "carried_result",
    "collapse_date",
    "date_rank",
    "fieldwork_period",
    "has_own_time",
    "headline_period",
    "in_session",
    "inherited",
    "is_base",
    "is_rate",
    "is_yardstick",
    "later_than_bases",
    "lede",
    "lede_forecast",
    "measured_result",
    "nearest_date",
    "other_clause",
    "owned_before",
    "paragraph_span",
    "parallel_base",
    "perfect_since",
    "period_in_sentence",
    "period_of_date",
    "present_relative",
    "reported_results",
    "same_part",
    "since_date",
    "since_range",
    "states_present",
    "story_period",
    "story_source",
    "tells_collapse",
    "tells_time",
    "tied_date",
    "up_to_now",
    "verbless_change",
    "yardstick_clause",
]
