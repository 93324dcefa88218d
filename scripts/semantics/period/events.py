"""A figure of a firm's collapse: the date the text gives that collapse, wherever it gives it (``event``).

The gold's ruling on events: what shareholders and workers lost 'when the firm finally collapsed' takes the
collapse's date from 'The phone company collapsed in 2002', and what was revealed in bringing the firm down (the
debts it 'collapsed with', the hole 'it emerged' it had) takes the date of the collapse. The figure's sentence
tells the collapse (before the figure, or after it behind 'when', 'after', 'following'); the date is the first one
the text gives a collapse in a clause of its own (the first telling names the episode's time), not the end of a
bankruptcy ('MCI exited bankruptcy in April') nor a market's fall ('prices collapsed').
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.dates import words_re
from ...extraction.mentions import DateMention
from .clauses import _clause_start, _sentence_end, _sentence_start
from .result import Period
from .vocab import _W, INHERITABLE

_COLLAPSE = words_re(_W["collapse_events"])
_DENIAL = re.compile(r"(?:" + words_re(_W["collapse_denials"]).pattern + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_LINK = words_re(_W["collapse_links"])
_NOT_OF = frozenset(_W["collapse_not_of"])
_WORD = re.compile(r"[A-Za-z]+")
#: A relative clause between a collapse word and a figure after it ('the firm, which owes about $12bn'); not 'that',
#: which there mostly opens what was found ('declared insolvent after it emerged that 4bn euros ...').
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b", re.IGNORECASE)
#: A relative clause between a figure and a collapse told after it ('a $11bn fraud that saw the firm collapse', 'the 10
#: had agreed to pay those who lost billions when the firm collapsed'): the collapse is not the figure's.
_RELATIVE_AFTER = re.compile(r"\b(?:which|who|whom|whose|that)\b", re.IGNORECASE)
#: How many words before a collapse word, or after 'collapse of', name whose collapse it is.
_OWNER_WORDS = 2


def _firm_collapse(text: str, m: re.Match[str], clause_start: int) -> bool:
    """Whether the collapse word ``m`` tells a firm's collapse that happened: not a bankruptcy's end ('exited
    bankruptcy'), one avoided or feared ('avoided bankruptcy', 'could bankrupt the firm'), nor a market's or a
    currency's fall ('share prices collapsed', 'the collapse of the rouble')."""
    before = text[clause_start : m.start()]
    if _DENIAL.search(before):
        return False
    owners = [w.lower() for w in _WORD.findall(before)[-_OWNER_WORDS:]]
    after = _WORD.findall(text[m.end() : m.end() + 40])
    if after[:1] in (["of"], ["in"]):
        owners += [w.lower() for w in after[1 : 1 + _OWNER_WORDS + 1]]
    return not _NOT_OF.intersection(owners)


def tells_collapse(text: str, fig: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the figure's sentence tells a firm's collapse the figure belongs to: before the figure ('The firm
    collapsed with debts of 14bn euros', 'was declared insolvent after it emerged that 4bn euros'), or after it
    behind a link ('lost about $180bn when the company collapsed'); not a collapse in a clause that only describes
    the figure's noun ('an $11bn fraud that eventually saw the firm collapse')."""
    for m in _COLLAPSE.finditer(text, *sentence):
        if not _firm_collapse(text, m, _clause_start(text, sentence[0], m.start())):
            continue
        if m.end() <= fig[0]:
            # not a figure of a relative clause after it ('the firm, which owes about $12bn': what it owes now)
            return _RELATIVE.search(text, m.end(), fig[0]) is None
        link = _LINK.search(text, fig[1], m.start())
        if link is not None and _RELATIVE_AFTER.search(text, fig[1], link.start()) is None:
            return True
    return False


def collapse_date(text: str, dates: Sequence[DateMention]) -> Period | None:
    """The first date the text gives a firm's collapse: a date with a value, of a day, month, quarter, half or
    year, in the clause of a collapse word, after it ('The phone company collapsed in 2002', 'The bankruptcy
    followed its admission in 2002') or before it in the same clause ('in 2002 WorldCom collapsed')."""
    if _COLLAPSE.search(text) is None:
        return None
    for i, d in enumerate(dates):
        if not d.value or (d.granularity not in INHERITABLE and d.granularity != "day") or "/" in d.value:
            continue
        start = _sentence_start(text, 0, d.start)
        end = _sentence_end(text, d.end)[0]
        clause = _clause_start(text, start, d.start)
        for m in _COLLAPSE.finditer(text, start, end):
            told = clause <= m.start() < d.start or (
                m.start() >= d.end and _clause_start(text, start, m.start()) <= d.start
            )
            if told and _firm_collapse(text, m, _clause_start(text, start, m.start())):
                return Period(d.value, i, "event")
    return None
