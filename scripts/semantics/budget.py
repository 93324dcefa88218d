"""A budget's measures: the figures of a story about a state's budget that take the budget's fiscal year.

The gold README's ruling: "A budget's measures (the spending, tax thresholds and rates it sets) take the
budget's fiscal year, also when the sentence does not repeat it". The dates stage already writes the budget
years a story dates by their months (``newsfigures.extraction.dates.fiscal``: 'the 2006 budget' of a year
beginning 1 October is 2005-10/2006-09); this module says which fiscal year is the budget's
(:func:`budget_year`) and which figures are its measures (:func:`budget_measure`). A figure with a time of its
own (a date of its sentence, even an unanchored one, a rate, a span) keeps it: the pipeline asks only for a
figure its sentence and paragraph leave without a period.

The words are data (``vocab/en/budget.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..extraction.dates import words_re
from ..extraction.dates.fiscal import budget_story
from ..extraction.mentions import DateMention
from ..extraction.patterns import phrase_alternation
from .period import BASE_FIGURE_WORDS, Period
from .period.clauses import _SENTENCE_END
from .words import vocab_table

_W = vocab_table("budget.toml")

_SPACE = r"[ \t\u00a0]+"


def _alternatives(words: Sequence[str]) -> str:
    """A regex alternation of whole phrases (longest first), a space matching any run of blanks."""
    return phrase_alternation(words, _SPACE)


_NOUNS = _alternatives(_W["budget_nouns"])
_BUDGET_NOUN = re.compile(rf"(?<![\w-])(?:{_NOUNS})(?![\w-])", re.IGNORECASE)
#: A year naming a budget: the noun right after it ('his 2006 budget', 'the 2005-06 budget').
_NOUN_AFTER = re.compile(rf"(?:['’]s)?{_SPACE}(?:{_NOUNS})(?![\w-])", re.IGNORECASE)
#: A fiscal year after a budget noun and 'for' or 'of' ('the spending plan for the year beginning 1 October').
_NOUN_BEFORE = re.compile(rf"(?<![\w-])(?:{_NOUNS}){_SPACE}(?:for|of){_SPACE}(?:the{_SPACE})?\Z", re.IGNORECASE)
_NEXT_YEAR = words_re(_W["next_year_words"])
_STATE = words_re(_W["state_words"])
#: Another budget than the story's: a word of ``other_budget_before`` right before a budget noun.
_OTHER_BUDGET = re.compile(
    rf"(?<![\w-])(?:{_alternatives(_W['other_budget_before'])}){_SPACE}(?:[A-Za-z]+{_SPACE})?(?:{_NOUNS})(?![\w-])",
    re.IGNORECASE,
)
_OTHER_TIME = words_re(_W["other_time_before"])
_MEASURE = words_re(_W["measure_words"])
_PLAN = words_re(_W["plan_words"])
_ANNOUNCING = words_re(_W["announcing"])
_LIST_ITEM = re.compile(rf"[ \t\u00a0]*(?:{'|'.join(re.escape(m) for m in _W['list_marks'])})[ \t\u00a0]")
#: A base word right before the figure, perhaps with two words between ('from 50,000 rupees', 'than $5bn'):
#: the earlier amount a measure changes, not the measure. The base words period's rules share
#: (BASE_FIGURE_WORDS), 'compared with', and 'than' but after 'less', 'more', 'fewer', which bound the figure
#: ('those earning less than 250,000 rupees': a threshold the budget sets, a measure of it).
_BASE_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:{BASE_FIGURE_WORDS}|(?<!less )(?<!more )(?<!fewer )than|compared[ \t\u00a0]+with)"
    r"(?:[ \t\u00a0]+[A-Za-z'’-]+){0,2}[ \t\u00a0]+\Z",
    re.IGNORECASE,
)
#: What ends a clause before a figure: a comma, a semicolon, a colon or a dash.
_CLAUSE_MARK = re.compile(r"[,;:—–]|[ \t\u00a0]-[ \t\u00a0]")


def is_fiscal(value: str) -> bool:
    """Whether an ISO value is twelve whole months that are no calendar year ('2005-04/2006-03'): a fiscal
    year, as the dates stage writes one that the text dates by its months."""
    ends = value.split("/")
    if len(ends) != 2 or not all(len(e) == 7 and e[4] == "-" for e in ends):
        return False
    (y0, m0), (y1, m1) = ((int(e[:4]), int(e[5:7])) for e in ends)
    return m0 != 1 and (y1 * 12 + m1) - (y0 * 12 + m0) == 11


def budget_year(text: str, dates: Sequence[DateMention]) -> Period | None:
    """The fiscal year of the story's budget, linked to the date that names it, or None.

    In a story that speaks of a state's budget (a word of ``state_words``: 'minister', 'Congress'), the first fiscal year (:func:`is_fiscal`) the text names with a
    budget ('his 2006 budget', 'the spending plan for the year beginning 1 October'); else the first it names
    as the year to come ('the coming year', in a story whose year to March 2005 is under way): a budget is
    presented for the year after the one it is presented in. None when the story names neither (its
    budget's year is not known, and no figure is given one).
    """
    if not budget_story(text) or _STATE.search(text) is None:
        return None  # no budget, or a firm's ('its marketing budget'): no state's measures
    fiscal = [(i, d) for i, d in enumerate(dates) if is_fiscal(d.value)]
    for i, d in fiscal:
        if _NOUN_AFTER.match(text, d.end) or _NOUN_BEFORE.search(text, max(0, d.start - 40), d.start):
            return Period(d.value, i, "budget")
    for i, d in fiscal:
        if _NEXT_YEAR.search(d.quote):
            return Period(d.value, i, "budget")
    return None


def budget_measure(text: str, fig: tuple[int, int], sentence: tuple[int, int], paragraph: tuple[int, int]) -> bool:
    """Whether a figure is one of the measures of the story's budget (whose year it then takes); ``paragraph``:
    the span from the start of the paragraph before the figure's (or of its own, the first).

    One of: (a) its sentence names this budget ('The $2.58 trillion budget submitted to Congress', "India's
    defence budget has been raised 7.8%"), not another ('In his last budget'); (b) its sentence names what a
    budget sets and plans it ('foreign aid is due to rise by 10%', 'Spending is forecast to grow by 3.5%'),
    in a paragraph that has named this budget before it, or right after one that has; (c) it is an item of a list whose lead-in (a line
    ending in ':') names the budget or announces measures ('In his budget Mr Chidambaram has:', 'he has
    announced:'). Never a figure its clause puts at another time ('below his initial promise of $5bn'), nor
    the base a measure changes from ('from 50,000 rupees').
    """
    clause_start = sentence[0]
    for m in _CLAUSE_MARK.finditer(text, sentence[0], fig[0]):
        clause_start = m.end()
    if _OTHER_TIME.search(text, clause_start, fig[0]) or _BASE_BEFORE.search(
        text, max(sentence[0], fig[0] - 40), fig[0]
    ):
        return False
    if _names_budget(text, *sentence):
        return True
    if (
        _MEASURE.search(text, *sentence)
        and _PLAN.search(text, *sentence)
        and _names_budget(text, paragraph[0], sentence[0])
    ):
        return True
    lead = _list_lead(text, sentence[0])
    return lead is not None and (_names_budget(text, *lead) or _ANNOUNCING.search(text, *lead) is not None)


def _names_budget(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names the story's budget: a budget noun that no word of another budget
    ('last', 'previous') comes right before."""
    others = [m.span() for m in _OTHER_BUDGET.finditer(text, start, end)]
    return any(not any(a <= m.start() < b for a, b in others) for m in _BUDGET_NOUN.finditer(text, start, end))


#: How many lines before an item :func:`_list_lead` reads for the list's lead-in: a list is read in bounded time
#: per item, so that a text of many items stays linear (a longer list has no lead-in found, and no budget year).
LIST_REACH = 60


#: The longest line :func:`_list_lead` reads (characters): a longer one is no item nor a list's lead-in.
LINE_REACH = 2000


def _line_start(text: str, at: int) -> int | None:
    """Where the line holding offset ``at`` starts, or None when it starts more than :data:`LINE_REACH`
    characters before ``at`` (the start of the text counts as a line start)."""
    lo = max(0, at - LINE_REACH)
    cut = text.rfind("\n", lo, at)
    return cut + 1 if cut >= 0 else 0 if lo == 0 else None


def _list_lead(text: str, at: int) -> tuple[int, int] | None:
    """The lead-in of the list whose item holds offset ``at``: the last sentence of the first line before the
    item's that is neither blank nor an item, when it ends with ':'; None when ``at`` is in no list item (or
    when the lead-in is more than :data:`LIST_REACH` lines before it)."""
    line_start = _line_start(text, at)
    if line_start is None or not _LIST_ITEM.match(text, line_start):
        return None
    end = line_start - 1
    for _ in range(LIST_REACH):
        if end <= 0:
            break
        start = _line_start(text, end)
        if start is None:
            return None
        line = text[start:end]
        if line.strip() and not _LIST_ITEM.match(line):
            stripped = line.rstrip()
            if not stripped.endswith(":"):
                return None
            cut = start
            for m in _SENTENCE_END.finditer(text, start, start + len(stripped)):
                cut = m.end()
            return cut, start + len(stripped)
        end = start - 1
    return None
