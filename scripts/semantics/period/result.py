"""What the period stage gives a figure: its :class:`Period` and the closed set of ``period_method`` values."""

from __future__ import annotations

from dataclasses import dataclass

#: How a figure's period was decided (the closed set of ``figures.period_method``).
PERIOD_METHODS: tuple[str, ...] = (
    "same_clause",  # a date of the figure's clause, with no comma or semicolon between them
    "sentence",  # a date of the figure's sentence, across a comma ('In December, sales rose 1.2%')
    "coordinated",  # two dates joined by 'and' ('in both 2005 and 2006', 'this year and next'): the span
    "inherited_paragraph",  # no date in the sentence: the latest period stated earlier in the paragraph
    "inherited_story",  # none in the paragraph either: the story's period, the first stated in its lede
    # (or in the paragraph after a lede that names a result without dating it)
    # (for a headline's or lede's undated result, the first the paragraph after the lede reports)
    # (for a firm's undated 'annual' result reported in the past, the year before the story's present: annual_result)
    # (for an undated results figure told in the past, the story's latest reported result before it, or its first
    # after it when none is before: carried_result)
    "survey",  # a survey's figure: the time the text says the survey was conducted, wherever it says it
    "budget",  # a measure of the story's budget (its spending, taxes, rates): the budget's fiscal year
    "restatement",  # a headline figure restating a body figure (its same_as): that figure's period
    "since",  # measured since a date ('has sold 4,000 since its launch in August'): from it to the story's present
    # (or to the later period its sentence reports for a total: 'bringing total savings to £100m since mid-2003')
    "same_part",  # a base dated by a bare year, compared with a figure of a quarter (half, month) of a later year:
    # that part of the base's year ('profits fell to 785m euros in the fourth quarter from 2.4bn euros in 2003': 2003-Q4)
    "after_base",  # compared with 'the previous quarter' (year, month) and dated by nothing else: the unit after the
    # base's value ('rose to 4.7% from 4.6% in the previous quarter', the previous quarter 2004-Q3: 2004-Q4), or the
    # year after a base figure's bare year ('a turnaround from a loss of 364m euros in 2003': 2004)
    "event",  # a figure of a firm's collapse ('lost $180bn when the company collapsed'): the date the text gives that
    # collapse, wherever it gives it ('The phone company collapsed in 2002')
    "annotation",  # a reviewer's annotation gives the period
)


@dataclass(frozen=True, slots=True)
class Period:
    """A figure's period: ISO value, index of its date expression, how it was decided."""

    value: str
    date: int | None
    method: str
