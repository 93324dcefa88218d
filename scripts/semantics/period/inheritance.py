"""A sentence with no date of its own: the period it inherits from its paragraph, and a lede's forecast carried to
the next paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.dates import CLAUSE_END
from ...extraction.mentions import DateMention
from ...extraction.patterns import word_trie
from .asides import _ASIDE
from .bases import is_base
from .clauses import _LEAD, _SENTENCE_END, _forecast_in, _says_forecast, _sentence_start
from .result import Period
from .tense import is_attribute, is_bound
from .vocab import _DIGIT, _PAST, _RESULT_WORD, _W, INHERITABLE, STORY_RESULTS, _phrase_alternatives

#: A clause about an earlier event: an opener (``past_event_openers``), up to two words, then a verb in -ing, in
#: -ed or an irregular past ('after registering', 'following a 5% rise', 'after sales rose').
_PAST_EVENT = re.compile(
    rf"(?<![A-Za-z-])(?:{_phrase_alternatives(_W['past_event_openers'])})[ \t\u00a0]+"
    r"(?:[A-Za-z0-9%.,$£€-]+[ \t\u00a0]+){0,2}?"
    r"(?:[a-z]{3,}ing|[a-z]{2,}ed|" + word_trie(_W["past"]) + r"|(?:a|an)[ \t\u00a0]+[0-9])(?![A-Za-z])",
    re.IGNORECASE,
)


def _names_result(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a result: a figure's digit or a word of ``story_results`` ('after registering
    record sales there', 'following a 5% rise'); 'after launching new models' may be a plan as well as a past."""
    return _DIGIT.search(text, start, end) is not None or any(
        w.lower() in STORY_RESULTS for w in _RESULT_WORD.findall(text, start, end)
    )


def _forecast_date(text: str, d: DateMention, paragraph_start: int, limit: int) -> bool:
    """Whether a date before ``limit`` (the figure's sentence start) is a forecast's: a forecast word before
    it in its sentence, or anywhere in its clause ('an 11% rise in profits for 2004 and reaffirming its
    2005 profit forecasts': 2005 is, 2004 is not). A clause about an earlier event opened between them
    (:data:`_PAST_EVENT`) that names a result (:func:`_names_result`: 'has forecast growth of 10% this year after
    registering record sales in 2004') sets the date apart from the forecast before it: only the words from its
    opener on count."""
    start = paragraph_start
    for m in _SENTENCE_END.finditer(text, max(paragraph_start, d.start - 400), d.start):
        start = m.end()
    for m in _PAST_EVENT.finditer(text, start, d.start):
        if _names_result(text, m.start(), d.start):
            start = m.start()  # the date is the earlier result's: a forecast word before the opener is not its
    end_mark = _SENTENCE_END.search(text, d.end, limit)
    end = end_mark.end() if end_mark else limit
    clause_start = start
    for m in CLAUSE_END.finditer(text, start, d.start):
        clause_start = m.end()
    clause_end = CLAUSE_END.search(text, d.end, end)
    return bool(
        _forecast_in(text, start, d.end) or _forecast_in(text, clause_start, clause_end.start() if clause_end else end)
    )


def inherited(
    text: str, fig_start: int, paragraph_start: int, dates: Sequence[DateMention], fig_end: int | None = None
) -> Period | None:
    """The latest period stated in the paragraph before the figure's sentence.

    Dates that are bounds, bases or an event's attribute are passed over ('by 2010', 'from 2011
    onwards', 'the 2001 election'), and, when the figure's sentence (``text[fig_start:fig_end]``)
    reports rather than forecasts, the dates of a forecast's sentence: 'It forecasts growth of 4% for
    2005. Exports to China grew 34%' says nothing of when exports grew. A forecast's figure takes only a
    forecast's date of the sentence right before it, which it continues ('requirements for 2005 to be 387,500
    tonnes. On top of that, 89,000 tonnes will be needed'): a forecast told further back is another event's
    ('Metlife will be able to sell its products over the next 10 years. The deal includes ... The company will
    pay between $1bn and $3bn'), as a plan or a deal's price is no forecast of the period the paragraph named.
    """
    reports: bool | None = None  # looked up when a date could be inherited, once per sentence (window)
    for i in range(len(dates) - 1, -1, -1):
        d = dates[i]
        if not _inheritable(text, d, paragraph_start, fig_start):
            continue
        if reports is None:
            reports = fig_end is None or not _says_forecast(text, fig_start, fig_end)
        if reports == _forecast_date(text, d, paragraph_start, fig_start):
            continue
        if not reports and _sentences_between(text, d.end, fig_start) > 1:
            return None  # the latest forecast's date is not in the sentence before: none is
        return Period(d.value, i, "inherited_paragraph")
    return None


def lede_forecast(
    text: str,
    sentence: tuple[int, int],
    body: tuple[int, int],
    lede_span: tuple[int, int],
    dates: Sequence[DateMention],
) -> Period | None:
    """The period of a forecast's figure that opens the paragraph after the lede (``body``) undated, from a forecast
    date in the lede's last sentence (``dates``: the lede's), which it continues as :func:`inherited` has a forecast
    continue the sentence right before it ('The US budget deficit is set to hit $368bn this year, officials said.'
    then 'The cost of military operations still needs to be factored in, with analysts saying the deficit could end
    up a further $100bn in the red': this year's). Only the paragraph's first sentence, a forecast, and a date of the
    lede that a later sentence can take (:func:`_inheritable`) and is a forecast's (:func:`_forecast_date`)."""
    lead = _LEAD.match(text, body[0])
    if lead is None or sentence[0] != lead.end() or not _says_forecast(text, *sentence):
        return None
    for i in range(len(dates) - 1, -1, -1):
        d = dates[i]
        if not _inheritable(text, d, lede_span[0], lede_span[1]):
            continue
        if not _forecast_date(text, d, lede_span[0], lede_span[1]) or _sentences_between(text, d.end, sentence[0]) > 1:
            return None
        return Period(d.value, i, "inherited_story")
    return None


def _sentences_between(text: str, start: int, end: int) -> int:
    """How many sentence ends (:data:`_SENTENCE_END`) ``text[start:end]`` holds: 1 from a date to the start of the
    next sentence, more when a sentence comes between."""
    return sum(1 for _ in _SENTENCE_END.finditer(text, start, end))


def _inheritable(text: str, d: DateMention, paragraph_start: int, limit: int) -> bool:
    """Whether a date of the paragraph from ``paragraph_start``, before ``limit``, is a period later
    sentences can take: a month, quarter, half, year or interval with a value, not a base, a bound, an
    event's attribute, nor the time of an aside ('The Spanish group has been keen, having bought Amey in
    2003') or of a reduced relative clause ('the weaker pattern of lending seen in the last months of 2004')."""
    if not d.value or d.start < paragraph_start or d.end > limit or d.granularity not in INHERITABLE:
        return False
    start = _sentence_start(text, paragraph_start, d.start)
    if is_base(text, d, start) or is_bound(text, d, paragraph_start):
        return False
    comma = max(text.rfind(",", start, d.start), text.rfind(";", start, d.start))
    if comma >= 0 and _ASIDE.match(text, comma + 1, d.start):
        return False
    reduced = _REDUCED_RELATIVE.search(text, max(start, d.start - 60), d.start)
    if reduced is not None and _MAIN_VERB_BEFORE.search(text, start, reduced.start()) is not None:
        # 'This was a return to the weaker pattern of lending seen in the last months of 2004': the noun's reference
        # point, after the sentence's own verb (not 'Sales recorded in 2004 beat forecasts', the sentence's subject)
        return False
    return not is_attribute(text, d)


#: A finite verb: a past (:data:`_PAST`) or a present copula.
_MAIN_VERB_BEFORE = re.compile(_PAST.pattern + r"|(?<![A-Za-z])(?:is|are)(?![A-Za-z])", re.IGNORECASE)
#: A reduced relative clause right before a date: a word that is no auxiliary, a participle of
#: ``reduced_relative_participles``, then 'in' or 'during' and up to four words the date's quote leaves out ('the
#: last months of').
_REDUCED_RELATIVE = re.compile(
    r"(?<![A-Za-z])(?!(?:has|have|had|was|were|is|are|be|been|being)[ \t\u00a0])[A-Za-z%]+[ \t\u00a0]+"
    rf"(?:{_phrase_alternatives(_W['reduced_relative_participles'])})[ \t\u00a0]+(?:in|during)"
    r"(?:[ \t\u00a0]+[A-Za-z-]+){0,4}?[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


def paragraph_span(text: str, paragraphs: Sequence[int], k: int) -> tuple[int, int]:
    """The span of paragraph ``k`` of ``paragraphs`` (their starts), without the white space at its end."""
    start, end = paragraphs[k], paragraphs[k + 1] if k + 1 < len(paragraphs) else len(text)
    return start, start + len(text[start:end].rstrip())


def lede(text: str, paragraphs: Sequence[int]) -> tuple[int, int] | None:
    """The span of the story's lede: its first paragraph, or its second when the first is a headline (a
    paragraph of one line without a sentence's final mark); None for a text that is all headline."""
    for k in range(min(2, len(paragraphs))):
        span = paragraph_span(text, paragraphs, k)
        body = text[span[0] : span[1]].strip()
        # a closing quote ends a sentence only after its mark ('... "unsatisfactory".' or '... he said."');
        # a headline may end with a quoted phrase of its own ("Renault boss hails 'great year'")
        if "\n" in body or body.rstrip("\"”'’").endswith((".", "!", "?")):
            return span
    return None
