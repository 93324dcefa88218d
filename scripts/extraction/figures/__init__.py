"""Figures: the quantity claims of a text, built from its numerals and the words around them.

:func:`extract_figures` reads every numeral found by :func:`newsfigures.extraction.numbers.scan` and decides from
its neighbours what it measures:

* to its left: a currency sign or code (``$``, ``\\$``, ``US$``, ``HK $``, ``£``, ``Rs``, ``RUB``), a
  hedge (``around``, ``more than``, ``up to`` -> ``qualifier``), a direction word (``rose``,
  ``shrank by``, ``a drop of`` -> ``change``), a name or label (``Boeing 737``, ``Covid-19``, ``Game 2``);
* to its right: percent words, currency names and sub-units (``50 cents`` -> 0.5 USD, ``90p``),
  physical and time units (pint names), ``-year-old``, a rate denominator (``a barrel``, ``per day``),
  ``or so``, a direction noun (``a 5% drop``), or else the counted noun (``500,000 free doses``).

Then two passes join figures: ``A to B`` / ``between A and B`` / ``A-B`` under one unit become one
figure with ``value_to`` and qualifier ``range`` (a bare end takes the unit and, when smaller, the
scale of the other: ``$10 to $15 billion``); but the two levels of a move stay two figures of one unit,
each with its own period: ``from A to B`` after a word of change (``fell from 155,000 to 110,000``, ``cut
its forecast from 5% to 4.25%``, ``a rise from 3% to 4%``) or with a time after A (``from £190,329 in
November to £189,733 in December``); a figure in parentheses right after another of the same
kind restates it (``623 million rubles (\\$8.3 million)``: ``equivalent_of`` points at the rubles).

Quotes: a quote is ``text[start:end]`` and covers the currency sign (from the Markdown escape ``\\``
when the text has ``\\$``), the number, its scale, its unit words and rate denominator, and a
trailing ``or so``. Hedge and direction words stay outside the quote (they are in ``qualifier`` and
``change``), and so does a counted noun (it is in ``noun``): ``Around 600,000 Kyrgyz nationals``
gives the quote ``600,000``, qualifier ``approximate``, noun ``Kyrgyz nationals``.

Not figures: years and day numbers of dates are set aside as ``date_like`` (the dates extractor
owns them; :func:`find_figures` hands them back so that one no date claims, as the 25 of "By
March, 25 people", is still a figure); every other numeral that is not made a figure is returned as an
:class:`~newsfigures.extraction.mentions.Exclusion` with the rule that rejected it (``name``, ``identifier``,
``label``, ``address``, ``url``, ``phone``, ``clock_time``, ``ordinal``, ``compound_adjective``,
``pronoun``, ``idiom``, ``score``, ``vague``, ``decade``, ``period``, ``age_group``, ``event_count``: the
three of "three quarter-point rises", a count of moves each sized by the figure). Vague plurals (``millions of
dollars``, ``multi-million``, ``several hundred``) are exclusions with reason ``vague``: an order of
magnitude is not a figure one can check.

Speed: the scan is one compiled regex; per numeral a handful of anchored regex matches on short
windows (``pos``/``endpos``, never slices of the whole text), so the time is linear in the text. Word
lists (units, currencies, hedges, directions) are data files, ``vocab/en/*.toml`` read once by
:mod:`~newsfigures.extraction.lexicon` (currencies through :mod:`~newsfigures.extraction.money`), compiled
into prefix trees, so a word that is not there costs one test per character rather than one per word.

Modules, in the order data flows: :mod:`.vocabulary` (word lists and the patterns built from them),
:mod:`.draft` (a figure being assembled), :mod:`.reject` (rules that make a numeral no claim),
:mod:`.read` (one numeral and its neighbours), :mod:`.join` (ranges, shared units, currencies from
places, restatements); this module runs them (:func:`find_figures`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..mentions import Exclusion, Figure, numerals, quoted_from
from ..numbers import Skipped, scan
from .draft import Draft
from .join import (
    carry_changes,
    carry_units,
    join_compounds,
    join_groups,
    join_ranges,
    link_equivalents,
    localise,
    share_list_units,
    share_pounds,
    to_figure,
)
from .read import read
from .vocabulary import _AGE_GROUP_AFTER_RE, _AGE_GROUP_BACK_RE, _BOUNDS, ABBREVIATIONS, WORD_UNITS, _back

__all__ = ["ABBREVIATIONS", "WORD_UNITS", "Draft", "FoundFigures", "extract_figures", "find_figures"]


@dataclass(frozen=True)
class FoundFigures:
    """What the quantity extractor found in a text, each list sorted by position.

    ``date_like`` are numbers set aside as years or day numbers of dates (``in 2020``, ``Feb.
    24``): the dates extractor should claim them; the caller keeps one as a plain figure only
    where no date, figure or exclusion does (``March, 25 people`` is no date, so 25 is a count).
    """

    figures: list[Figure]
    exclusions: list[Exclusion]
    date_like: list[Figure]


def extract_figures(text: str) -> tuple[list[Figure], list[Exclusion]]:
    """Every quantity claim of ``text`` and every numeral deliberately not taken, each sorted by position
    (a hard-wrapped paragraph read as running text, as ``extract`` reads it; quotes as written)."""
    from ...package.provenance import running_text

    reading = running_text(text)
    found = find_figures(reading)
    if reading is text:
        return found.figures, found.exclusions
    return quoted_from(found.figures, text), quoted_from(found.exclusions, text)


def find_figures(text: str) -> FoundFigures:
    """Quantity claims, deliberate exclusions and date-like numbers of ``text`` (see FoundFigures)."""
    drafts: list[Draft] = []
    exclusions: list[Exclusion] = []
    skip_until = -1
    for token in scan(text):
        if token.start < skip_until:
            continue
        if isinstance(token, Skipped):
            exclusions.extend(_skipped(text, token))
            continue
        draft = read(text, token, drafts[-1] if drafts else None)
        if draft is None:
            continue
        if draft.exclusion:
            exclusions.append(Exclusion(draft.qstart, draft.qend, text[draft.qstart : draft.qend], draft.exclusion))
            continue
        skip_until = draft.qend
        drafts.append(draft)
    drafts = join_ranges(text, join_compounds(text, join_groups(text, drafts)))
    drafts = carry_units(text, localise(text, share_pounds(text, share_list_units(text, drafts))))
    drafts = carry_changes(text, drafts)
    figures: list[Figure] = []
    date_like: list[Figure] = []
    for draft in drafts:
        if not draft.exclusion and age_group(text, draft):
            draft.exclusion = "age_group"
        if draft.exclusion:
            exclusions.append(Exclusion(draft.qstart, draft.qend, text[draft.qstart : draft.qend], draft.exclusion))
            continue
        figure = to_figure(text, draft)
        if figure is None:
            continue
        if draft.date_part or (draft.year_like and not draft.explicit_unit and draft.value_to is None):
            date_like.append(figure)  # years and day numbers belong to the dates extractor
        else:
            figures.append(figure)
    exclusions.sort(key=lambda x: (x.start, x.end))
    return FoundFigures(link_equivalents(text, figures), exclusions, date_like)


def age_group(text: str, d: Draft) -> bool:
    """True for an age band that says who a figure is about: "60% of men aged 18 to 34", "people aged 65
    and over", "children aged under five".

    The band belongs to what is measured (the population counted), not to what is claimed; one age
    after "aged" with nothing that opens a band stays an age ("a man aged 45").
    """
    if d.kind not in ("age", "number") or not _back(_AGE_GROUP_BACK_RE, text, d.hstart, 16):
        return False
    if d.value_to is not None:
        return True
    return d.kind == "age" and (d.qualifier in _BOUNDS or bool(_AGE_GROUP_AFTER_RE.match(text, d.qend)))


def _skipped(text: str, token: Skipped) -> list[Exclusion]:
    """Exclusions for a token that is never a quantity; an ISO date keeps only its time part."""
    if token.reason == "iso_date":
        t = text.find("T", token.start, token.end)
        if t < 0:
            return []
        return [Exclusion(t + 1, token.end, text[t + 1 : token.end], "clock_time")]
    quote = text[token.start : token.end]
    if token.reason == "url" and not numerals(quote):
        return []  # a link target without digits or number words holds nothing the coverage check counts
    return [Exclusion(token.start, token.end, quote, token.reason)]
