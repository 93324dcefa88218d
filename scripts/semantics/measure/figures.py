"""A figure read with another figure: when a figure's words name no measure, the figure it is set against
does. The earlier figure of a comparison ('£75m compared with £125m'), of a move ('from 49% to 74%', 'to 5.4% from
10.2%', 'up 21% at 8.6bn euros', 'rates 0.25% to 5.5%'), of a list with places ('1.5% in Germany and 2.2% in
France'); a figure between spaced dashes after a phrase; a phrase that is only another figure ('a 52%'); and the
phrases a figure sizes by its own form ('30 million fewer workers', 'half the plants', 'one in six cars')."""

from __future__ import annotations

import re

from ..words import Token
from .phrase import _np_right
from .tokens import (
    CLAUSE_STOP,
    CONVERSION_MARKS,
    DASHES,
    MAX_PHRASE,
    _agrees_as_verb,
    _determiner,
    _hedge_before,
    _proper,
    _spaced_dash,
    _verbish,
)
from .vocab import ASIDE_WORDS, LIST_MARKS, MOVE_ENDS, UP_DOWN, WHERE, compared_pairs

#: A fraction written as a ratio of counts ('one in six', 'seven out of 10'): the noun after it is counted.
_RATIO_RE = re.compile(r"\s(?:in|out\s+of)\s", re.IGNORECASE)

#: The end of an age's quote ('60 year-old', '60 years old'), a word of its own: not 'tenfold'.
_AGE_END = re.compile(r"\bold$")


def _figure_phrase(toks: list[Token], span: tuple[int, int] | None, fig: int) -> int | None:
    """The first token of the figure a phrase is all of, with its determiners ('a 5.5%', 'the £1.4bn'), when
    that figure is not the one at ``fig`` and no age ('a 60 year-old' names a person); else None."""
    if span is None:
        return None
    words = toks[span[0] : span[1]]
    kinds = [t.mention for t in words]  # a list's own search: most phrases hold no figure
    if "figure" not in kinds:
        return None
    first = span[0] + kinds.index("figure")
    if first == fig or not all(t.mention == "figure" or _determiner(t) for t in words):
        return None
    if any(t.mention == "figure" and _AGE_END.search(t.low) for t in words):
        return None  # an age names whom it ages, a phrase of its own: 'A 60 year-old might withdraw 2.72%'
    return first


def _compared(toks: list[Token], before: int, nxt: int) -> tuple[int, int] | None:
    """The noun phrase a figure before 'more', 'fewer' or 'less' sizes a difference in, with that word:
    '30 million fewer workers' -> 'fewer workers', 'sold 2.1% more cars' -> 'more cars', '20 more
    additional plants' -> 'more additional plants', '15% more passengers meant' -> 'more passengers';
    None before 'than' or without a noun ('5% more than', 'invest 7.7% more in', 'grew 2% more
    slowly'), and after a form of 'be', where an adjective compares the subject ('crude is still 30%
    more expensive')."""
    if nxt + 1 >= len(toks) or not toks[nxt].is_("comparative") or toks[nxt].mention:
        return None
    k = before
    while k > 0 and toks[k - 1].is_("aux") and not toks[k - 1].is_("level"):
        k -= 1  # 'is still', 'is now'
    if k > 0 and toks[k - 1].is_("aux") and toks[k - 1].is_("level"):
        return None  # a form of 'be': 'is 30% more expensive'
    j = nxt + 1
    while j < len(toks) and toks[j].is_("adjective") and not toks[j].mention:
        j += 1  # 'more additional production facilities'
    if j >= len(toks) or not toks[j].content or _verbish(toks[j]):
        return None
    got = _np_right(toks, j)
    if got is None:
        return None
    end = next((k for k in range(j + 1, got[1]) if _agrees_as_verb(toks[k - 1], toks[k])), got[1])
    return nxt, end


def _from_figure(toks: list[Token], fig: int) -> int | None:
    """The token of the figure a move 'from N to' the figure at token ``fig`` starts from, or None: the
    level moved to measures what the level moved from does ('raised the limit for foreign investment from
    49% to 74%': both the limit), which the words right before it ('from 49% to') do not name."""
    if fig >= 3 and toks[fig - 1].low == "to" and toks[fig - 2].mention == "figure" and toks[fig - 3].low == "from":
        return fig - 2
    return None


def _moved_to_figure(toks: list[Token], fig: int) -> int | None:
    """The token of the figure a move 'to N1 from' the figure at token ``fig`` ends at, over a conversion in
    parentheses and hedges, or None: the level moved from measures what the level moved to does ('slow a decline
    in underlying revenues to 5.4% from 10.2%', 'losses halved to $200m (£104m) from $500m': both 'losses'),
    which the words right before it ('to 5.4% from') do not name."""
    k = _hedge_before(toks, fig, "from")
    j = k - 1
    if k < 0 or j < 1:
        return None
    if toks[j].text == ")":
        o = next((m for m in range(j - 1, max(j - 8, -1), -1) if toks[m].text == "("), None)
        if o is None or not all(t.mention or t.text in CONVERSION_MARKS for t in toks[o + 1 : j]):
            return None
        j = o - 1
    return j if j > 0 and toks[j].mention == "figure" and _hedge_before(toks, j, "to") >= 0 else None


def _dashed(toks: list[Token], before: int, fig: int, nxt: int) -> bool:
    """True when the figure at token ``fig`` (its words from token ``before``, the token after it ``nxt``) stands
    between two spaced dashes right after a content word, an insertion that restates the phrase before it ("BA's
    estimated annual surcharge revenues - £160m - will", 'a similar sum - around 30bn baht - on'): within six
    tokens after the figure, over a date or a unit, the second dash comes before any other clause mark. Not a
    figure with a phrase of its own ('shares - a third of the firm -') or a clause ('- as well as by 30% -')."""
    if before < 2 or not _spaced_dash(toks, before - 1) or not toks[before - 2].content:
        return False  # no dash, or a hyphen
    if (nxt < len(toks) and toks[nxt].low == "of") or any(t.low in ASIDE_WORDS for t in toks[before:fig]):
        return False
    for t in toks[nxt : nxt + 6]:
        if t.text in DASHES:
            return True
        if t.text in CLAUSE_STOP or t.is_any("rel", "conj"):
            return False
    return False


def _level_after_move(toks: list[Token], fig: int) -> int | None:
    """The token of the figure a move 'up/down N at' ends at the figure at token ``fig``, or None: the level
    measures what the move does ('comes on sales up 21% at 8.6bn euros', 'with sales down 3.1% at 1.06
    million', 'shares were up 2.4% at $20.15'), which the words before it do not name."""
    if fig >= 3 and toks[fig - 1].low == "at" and toks[fig - 2].mention == "figure":
        move = toks[fig - 3].low
        if move in UP_DOWN or (move == "by" and fig >= 4 and toks[fig - 4].low in UP_DOWN):
            return fig - 2
    return None


def _level_after_size(toks: list[Token], fig: int) -> int | None:
    """The token of the figure right before 'to' (over hedges) that sizes the move ending at the figure at token
    ``fig``, or None: the level measures what the move does ('lifted interest rates 0.25% to 5.5%',
    'raised interest rates 0.25 points to 2.5%': over the unit of points), the object of the verb, not its subject.
    Only after a noun, the verb's object ('rose 12p to 240p': rule 7 reads the subject; 'has been raised 7.8% to
    830bn rupees': a passive, whose subject that figure's verb does not name; 'from 5% to': its own rule)."""
    k = _hedge_before(toks, fig, "to") - 1
    if k > 0 and toks[k].is_("unitnoun") and toks[k].text.islower():
        k -= 1
    if k < 1 or toks[k].mention != "figure":
        return None
    obj = toks[k - 1]
    return k if obj.content and not obj.is_any("change", "level", "verb") and not _verbish(obj) else None


def _listed_figure(toks: list[Token], before: int, nxt: int) -> int | None:
    """The token of the figure a list item 'N2 in B' follows (its words from token ``before``, the token after
    it ``nxt``), when both are written with the name of where they are: 'GDP growth of 1.5% in Germany next year
    and 2.2% in France' -> '1.5%', 'cuts of 9.6% at Agriculture and 5.6% at the EPA' -> '9.6%', 'the average
    house price was £192,713 in England; £139,544 in Wales' -> '£192,713'. None unless a name (capitalised
    words, a date after them) follows 'in' or 'at' after both figures and only list marks come between
    ('$5bn in cash and $3bn in shares': what the money is, not where)."""
    if nxt + 1 >= len(toks) or toks[nxt].low not in WHERE or before < 5 or toks[before - 1].low not in LIST_MARKS:
        return None
    here = _np_right(toks, nxt + 1, pp=False)
    if here is None or not _proper(toks, here):
        return None
    j = before - 1
    while j > 0 and toks[j].low in LIST_MARKS:
        j -= 1  # ', and'
    k = j
    while k > 0 and j - k < MAX_PHRASE and (toks[k].content or toks[k].mention == "date" or _determiner(toks[k])):
        k -= 1
    e = j + 1
    while e > k + 1 and toks[e - 1].mention == "date":
        e -= 1  # '1.5% in Germany next year and': the name before the date
    if e == k + 1 or k < 1 or toks[k].low not in WHERE or toks[k - 1].mention != "figure":
        return None  # k < 1: an 'In' opening the sentence has no figure before it (toks[-1] is the sentence's end)
    if not _proper(toks, (k + 1, e)):
        return None
    return k - 1


def _compared_figure(toks: list[Token], before: int) -> int | None:
    """The token of the figure a comparison right before token ``before`` sets this one against: the
    nearest figure before the comparison in its sentence, over a conversion in parentheses ('a profit of
    £75m ($141m) compared with £125m' -> '£75m', 'made $3.6bn, up from $2.9bn' -> '$3.6bn'); None
    when no comparison is there, when a clause mark or more than 12 words come between, and when that
    figure counts a noun after it, which the measure of the figure alone would miss ('460 cars have been
    stolen this year compared with 63')."""
    if before < 3 or (toks[before - 2].low, toks[before - 1].low) not in compared_pairs():
        return None
    k = before - 2
    if k > 0 and toks[k - 1].text == ",":
        k -= 1
    j = k - 1
    while j >= 0 and k - j <= 12:
        t = toks[j]
        if t.text == ")":
            o = next((m for m in range(j - 1, max(j - 8, -1), -1) if toks[m].text == "("), None)
            if o is None:
                return None
            j = o - 1
            continue
        if t.mention == "figure":  # but not a count of its own noun: 'about 460 Kia and Hyundai vehicles'
            return None if j + 1 < len(toks) and toks[j + 1].content else j
        if t.text in {";", ":", ".", "(", "—", "–"} or t.is_("rel"):
            return None
        j -= 1
    return None


def _fraction_of(toks: list[Token], fig: int, nxt: int, kind: str, before: int) -> int | None:
    """Token ``nxt`` when the fraction at token ``fig`` takes the phrase a determiner opens there as an 'of'
    phrase left out ('half the IMF support could come from', 'sold half its finance arm'), else None; not a
    level a move goes to or from, over the hedges before the figure ('debt will grow to more than half the
    nation's output': the debt)."""
    if kind != "fraction" or nxt != fig + 1 or nxt + 1 >= len(toks) or not _determiner(toks[nxt]):
        return None
    if any(t.low in MOVE_ENDS for t in toks[max(0, before - 1) : fig]):
        return None
    return nxt if toks[nxt + 1].content else None
