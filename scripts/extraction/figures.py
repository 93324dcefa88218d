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
scale of the other: ``$10 to $15 billion``), and so does ``from A <when> to B`` (``from 20 mpg in
2008 to 29 mpg``: the date between keeps its own row); a figure in parentheses right after another of the same
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
``pronoun``, ``idiom``, ``score``, ``vague``, ``decade``, ``period``, ``age_group``). Vague plurals (``millions of
dollars``, ``multi-million``, ``several hundred``) are exclusions with reason ``vague``: an order of
magnitude is not a figure one can check.

Speed: the scan is one compiled regex; per numeral a handful of anchored regex matches on short
windows (``pos``/``endpos``, never slices of the whole text), so the time is linear in the text. Word
lists (units, currencies, hedges, directions) are data files, ``vocab/en/*.toml`` read once by
:mod:`~newsfigures.extraction.lexicon` (currencies through :mod:`~newsfigures.extraction.money`), compiled
into prefix trees, so a word that is not there costs one test per character rather than one per word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise

from ..extraction import lexicon
from ..extraction.mentions import Exclusion, Figure, numerals
from ..extraction.money import (
    ATTACHED_SIGNS,
    COINS_AFTER_ARTICLE,
    CURRENCY_NAMES,
    DOLLAR_MARKS,
    DOLLAR_MARKS_ATTACHED,
    LETTER_SIGNS,
    LETTER_SIGNS_AFTER,
    SCALED_NAMES,
    SCALED_SIGNS,
    SHARED_SIGNS,
    SHARED_SUBUNITS,
    SIGNS,
    SIGNS_AFTER,
    SUBUNITS,
    WEAK_NAMES,
    WEAK_SIGNS,
    WEAK_SIGNS_AFTER,
    WEAK_SIGNS_BY_PLACE,
    code_of_name,
    places,
    scaled_code,
    territory_currencies,
    territory_currencies_ever,
)
from ..extraction.numbers import Numeral, Skipped, scale_of, scan
from ..extraction.patterns import word_trie

# --- vocabularies ------------------------------------------------------------------------------


_UNITS = lexicon.load("units")
_HEDGES = lexicon.load("hedges")

#: Percent words -> unit.
PERCENTS: dict[str, str] = _UNITS["percents"]
#: Unit words, matched without regard to case -> (pint unit, kind).
WORD_UNITS: dict[str, tuple[str, str]] = {
    w: (entry["unit"], entry["kind"]) for entry in _UNITS["word_units"] for w in entry["words"]
}


def _si_words(table: dict) -> dict[str, tuple[str, str]]:
    """Prefixed SI unit words of the vocabulary (``microfarads`` -> ``microfarad``), bare only where allowed."""
    out: dict[str, tuple[str, str]] = {}
    for entry in table["units"]:
        for prefix in table["prefixes"]:
            if prefix or entry["bare"]:
                for word in entry["words"]:
                    out[prefix + word] = (prefix + entry["unit"], entry["kind"])
    return out


for _word, _unit_kind in _si_words(_UNITS["si_words"]).items():
    WORD_UNITS.setdefault(_word, _unit_kind)
#: Abbreviations, matched with their case -> (pint unit, kind).
ABBREVIATIONS: dict[str, tuple[str, str]] = {k: (u, kind) for k, (u, kind) in _UNITS["abbreviations"].items()}
#: Multipliers of abbreviations that carry a scale (``5 bcf`` = 5e9 cubic feet).
UNIT_FACTORS: dict[str, Decimal] = {k: Decimal(v) for k, v in _UNITS["unit_factors"].items()}
#: Abbreviations read only when written against the number (``30C``, ``24h``), never after a space.
ATTACHED_ONLY = frozenset(_UNITS["attached_only"])
#: Video resolutions written with an attached p (``1080p``), no price in pence near a word of video.
VIDEO_LINES = frozenset(Decimal(v) for v in _UNITS["video_lines"])
_VIDEO_WORD_RE = re.compile(rf"(?<![A-Za-z])(?i:{word_trie(_UNITS['video_words'])})(?![A-Za-z])")
#: Denominators of rates (``a barrel``, ``per day``) -> pint unit.
PER_UNITS: dict[str, str] = _UNITS["per_units"]

#: Hedges before a number -> qualifier.
HEDGES: dict[str, str] = _HEDGES["before"]
#: Hedges after a number (``15 or so years``) -> qualifier.
HEDGES_AFTER: dict[str, str] = _HEDGES["after"]
#: Hedges after the whole figure, unit included (``rose 5% or more``, ``£80m or thereabouts``) -> qualifier.
HEDGES_AFTER_UNIT: dict[str, str] = _HEDGES["after_unit"]

UP_WORDS = lexicon.words("directions", "up")
DOWN_WORDS = lexicon.words("directions", "down")
#: Verbs of change with an object, before "by": ``raised prices by 5%`` (plus every verb of UP/DOWN_WORDS).
UP_BY = UP_WORDS | lexicon.words("directions", "up_by")
DOWN_BY = DOWN_WORDS | lexicon.words("directions", "down_by")
#: Direction nouns and adjectives after a number: ``a 5% drop``, ``34.4% higher``.
UP_OF_RATE = lexicon.words("directions", "up_of_rate")  # a rise of a rate or points only: "recovered 4%"
UP_AFTER = lexicon.words("directions", "up_after")
DOWN_AFTER = lexicon.words("directions", "down_after")

MONTHS = lexicon.words("context", "months")
#: Capitalized words that do not make the following number part of a name.
NOT_NAMES = lexicon.words("context", "not_names")
#: Lower-case words that make a following number a label: ``chapter 11``, ``category 4``.
LABEL_WORDS = lexicon.words("context", "label_words")
#: Words after which a word numeral ``one`` is a pronoun.
PRONOUN_BEFORE = lexicon.words("context", "pronoun_before")
#: Prepositions of time before a year (``by 2150``, ``until 2300``).
FUTURE_YEAR_BEFORE = lexicon.words("context", "year_before")
#: Market indexes whose name ends in a number (``s&p 500``), in any case.
INDEX_NAMES = lexicon.words("context", "index_names")
#: Words after ``one`` that make it an idiom.
IDIOM_AFTER = lexicon.words("context", "idiom_after")
#: Words after ``one`` that show it is a pronoun.
PRONOUN_AFTER = lexicon.words("context", "pronoun_after")
#: Words that stop a counted noun phrase.
STOP = lexicon.words("context", "stop")
#: Irregular plurals that head a counted noun phrase.
PLURALS = lexicon.words("context", "plurals")
#: Count nouns that make a four-digit number an amount rather than a year (``2020 people``).
AMOUNT_NOUNS = lexicon.words("context", "amount_nouns")
SMALL_WORDS = lexicon.words("context", "small_words")
#: Words after "twice"/"thrice" that open a comparison, and words after "twice as" that do not.
MULTIPLE_COMPARE_AFTER = lexicon.words("context", "multiple_compare_after")
MULTIPLE_NOT_AFTER_AS = lexicon.words("context", "multiple_not_after_as")

TIME_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade_year", "quarter_year", "century"}
)
#: Plural subjects whose level is not a count of them (``prices rose to 300`` is a price, not 300 prices).
NOT_COUNTED = lexicon.words("directions", "not_counted")
#: Scale words after a fraction of (``a quarter of a billion``).
SCALE_WORDS: dict[str, Decimal] = {
    "hundred": Decimal(100), "thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12, "lakh": Decimal(10) ** 5, "crore": Decimal(10) ** 7,
}  # fmt: skip


def _trie(words: Iterable[str]) -> str:
    """A regex of literal words as a prefix tree; a space in a word matches any one whitespace character."""
    return word_trie(words, any_space=True)


# --- regexes (all compiled at import) -----------------------------------------------------------


def _reversed_words(words: Iterable[str]) -> str:
    """The words spelled backwards, as a prefix tree, for matching on reversed text."""
    return _trie(w[::-1] for w in words)


def _back(rx: re.Pattern[str], text: str, at: int, width: int) -> re.Match[str] | None:
    """Match ``rx`` on the reversed ``width`` characters before ``at`` (a left context, read right to left).

    Anchored forward matching costs only the length of the match, where a ``\\Z``-anchored search would
    try every start in the window. In a match ``m``, ``at - m.end()`` is where the context starts.
    """
    return rx.match(text[max(0, at - width) : at][::-1])


#: The word hedges before a number ("more than", "about"), spelled backwards; not the prefixes ("sub-").
_HEDGE_WORDS_BACK = _reversed_words(h for h in HEDGES if h[0].isalpha() and not h.endswith("-"))
_HEDGE_BACK_RE = re.compile(
    rf"(?:\s+(?P<h>(?i:{_HEDGE_WORDS_BACK}))"
    r"|\s?(?P<sym>[~≈<>≥≤]|\.c)|-(?P<pre>(?i:bus|ylraen)))(?![A-Za-z])"
)
#: "<direction> [adverb] [by|of] [a further] " before a number, read backwards ("fell back 2%", "rose sharply by 5%").
_DIRECTION_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(lexicon.words('directions', 'between'))})\s+)?(?:(?:yb|fo)\s+)?"
    rf"(?:(?i:{_reversed_words(lexicon.words('directions', 'adverbs_after'))})\s+)?"
    rf"(?P<d>(?i:{_reversed_words(UP_WORDS | DOWN_WORDS)}))(?![A-Za-z])"
)
#: "shares recovered 4%", "BA was off 3%" (reversed): a move of a rate or points only (see read_left).
_OF_RATE_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(lexicon.words('directions', 'between'))})\s+)?(?:yb\s+)?"
    rf"(?P<d>(?i:{_reversed_words(UP_OF_RATE | lexicon.words('directions', 'down_of_rate'))}))(?![A-Za-z])"
)
#: "wiped 5% off", "knocked £2bn off" (the verb, reversed): a fall when "off" follows the figure.
_DOWN_BEFORE_OFF_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(lexicon.words('directions', 'between'))})\s+)?"
    rf"(?P<d>(?i:{_reversed_words(lexicon.words('directions', 'down_before_off'))}))(?![A-Za-z])"
)
_OFF_AFTER_RE = re.compile(r"(?:\s+(?i:points?))?\s+off(?![A-Za-z])")
#: Direction words never read ahead of "of" ("collapsed with debts of"), nor the particles and "minus".
_NOT_BEFORE_OF = lexicon.words("directions", "not_before_of") | {"up", "down", "minus"}
#: A direction word (a verb after a plural subject, or a participle/noun ahead of "of"), read backwards.
_DIRECTION_OF_BACK_RE = re.compile(
    r"\s+fo(?:\s+[a-z][a-z'-]*){1,3}?\s+"
    rf"(?P<d>(?i:{_reversed_words((UP_WORDS | DOWN_WORDS) - _NOT_BEFORE_OF)}))(?![A-Za-z])"
)
#: "<verb> <object of up to three words> by" before a number: "cut interest rates by 0.5%" (reversed).
#: The farthest verb within reach wins ("lowered its growth forecast by"); words that are never verbs stay out,
#: and an auxiliary ends the object: "the fall was caused by 10% tariffs" is no fall of 10%.
_DIRECTION_BY_BACK_RE = re.compile(
    rf"\s+yb(?:\s+(?!(?:{_reversed_words(lexicon.words('directions', 'not_in_object'))})(?![a-z]))[a-z][a-z'-]*){{0,3}}\s+"
    rf"(?P<d>(?i:{_reversed_words((UP_BY | DOWN_BY) - lexicon.words('directions', 'not_verbs'))}))(?![A-Za-z])"
)
_UP_OF_RATE_AFTER_BACK_RE = re.compile(
    rf"\s+(?i:{_reversed_words(lexicon.words('directions', 'up_of_rate_after'))})(?![A-Za-z])"
)
_NOT_UP_BACK_RE = re.compile(rf"\s+(?i:{_reversed_words(lexicon.words('directions', 'not_up_before'))})(?![A-Za-z])")
#: "<plural noun> <direction verb> to|from NUMBER": the level of counted things.
_LEVEL_BACK_RE = re.compile(
    rf"\s+(?:ot|morf)\s+(?i:{_reversed_words(UP_WORDS | DOWN_WORDS)})\s+(?P<subject>s[a-z]{{2,}}(?<![sui]s))(?![A-Za-z'])"
)
_BOUND_BACK_RE = re.compile(
    r"(?<![A-Za-z])(?P<b>(?i:maximum|minimum|max|min))(?!\s+wages?\b)(?:\s+[a-z][a-z-]*){0,2}\s+of\s+\Z"
)
#: "<direction> by " before a number, read backwards ("fell by ", "was cut by ").
_BY_DIRECTION_BACK_RE = re.compile(
    rf"(?:\s+(?i:{_HEDGE_WORDS_BACK}))?"
    rf"\s+yb\s+(?i:{_reversed_words(UP_WORDS | DOWN_WORDS)})(?![A-Za-z])"
)  # "fell by a third", "fell by more than a quarter"
#: What may follow a fraction that sizes a change: the end of the phrase, or a preposition or conjunction.
_FRACTION_END_RE = re.compile(
    rf"\s*(?:[.,;:!?)\"”]|$)|\s+(?i:{_trie(lexicon.words('directions', 'fraction_after_by_follow'))})(?![A-Za-z-])"
)
_BETWEEN_BACK_RE = re.compile(r"\s+(?P<w>(?i:neewteb|morf))(?![A-Za-z])")
_AGE_BACK_RE = re.compile(r"\s+(?i:dega|sega|ega(?:\s+ta)?|fo\s+ega\s+eht)(?![A-Za-z])")
#: "she turned 60", "he will be 35" (reversed): a person's age, when no noun or unit follows the number.
_PERSON_AGE_BACK_RE = re.compile(
    r"\s+(?:(?i:denrut|snrut|gninrut)|(?:eb\s+lliw|eb\s+dluow|si|saw|s'|s’)\s+(?i:eh|ehs|i|uoy|ew|yeht)(?:\s|$))"
)
#: What may follow a person's age: the end of the phrase or a word of time (not "is 1 of 5", "was 2 under par").
_AGE_END_RE = re.compile(
    r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:when|by|next|last|this|and|but|now|then|at|in|on|today|yesterday|tomorrow|so)\b"
)
#: "men aged 18 to 34", "workers aged between 25 and 54" (reversed): the words before an age band.
_AGE_GROUP_BACK_RE = re.compile(
    rf"\s+(?:neewteb\s+)?(?i:{_reversed_words(lexicon.words('context', 'age_group_before'))})(?![A-Za-z])"
)
#: "aged 65 and over", "aged 14 or less": the words after one age that make it the edge of a band.
_AGE_GROUP_AFTER_RE = re.compile(rf"\s*(?i:{_trie(lexicon.words('context', 'age_group_after'))})(?![A-Za-z])")
#: Qualifiers that make one age the edge of a band ("aged over 50", "aged under five").
_BOUNDS = frozenset({"more_than", "less_than", "at_least", "at_most"})
#: "life expectancy in the region is around 73": an age in years, unless another number comes between.
_LIFE_EXPECTANCY_RE = re.compile(r"(?i:life\s+expectancy)\b[^\d.;:!?]*\Z")
_MONTH_BACK_RE = re.compile(rf"\s,?\.?(?i:{_reversed_words(MONTHS)})(?![A-Za-z])")
_PREV_TOKEN_BACK_RE = re.compile(r"(?P<sep>[ \-]?)(?P<tok>[A-Za-z0-9&.'’/]+)")
_LABEL_BACK_RE = re.compile(r"\s\.?(?P<w>[a-z]+)(?![A-Za-z])|\s?(?P<hash>#)")
_APPOSITIVE_BACK_RE = re.compile(r"\s,(?P<name>[a-z]+[A-Z])(?![A-Za-z])")
#: Characters that may end a currency sign right before a number (checked before any regex runs).
_SIGN_END_CHARS = frozenset(
    "$ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # a dollar sign, or the last letter of an ISO 4217 code
    + "".join(SIGNS)
    + "".join(k[-1] for k in (*LETTER_SIGNS, *DOLLAR_MARKS) if k)  # 'Rp 5,000', 'KSh 100', '$Can 10m'
)


_SIGN_CLASS = re.escape("".join(SIGNS))
#: Country marks of a dollar sign after the number (``5 million US$``): upper-case marks only.
_DOLLAR_MARK_AFTER = _trie(k for k in DOLLAR_MARKS if k and k[0].isupper())
_SIGN_AFTER_CLASS = re.escape("".join(SIGNS_AFTER))
#: An ISO code as written: upper case with an optional scale prefix (``MUSD``), or lower or title case.
_CODE = r"(?:MM|Mn|Bn|[KkTMB])?[A-Z]{3}|(?:mm|mn|bn|[km])[a-z]{3}|[A-Za-z][a-z]{2}"
#: Dollar sign with its country mark, a currency symbol, or a letter sign, right before the number.
_DOLLAR_MARK = _trie(k for k in DOLLAR_MARKS if k)
_CUR_BEFORE_RE = re.compile(
    rf"(?:(?:(?<![A-Za-z'’])(?:(?P<mark1>{_DOLLAR_MARK})\s?|(?P<mark0>{_trie(DOLLAR_MARKS_ATTACHED)})))?"
    rf"(?P<esc>\\)?\$(?:\s?(?P<mark2>{_DOLLAR_MARK}))?"
    rf"|(?P<sym>[{_SIGN_CLASS}])"
    rf"|(?<![A-Za-z])(?P<letters>{_trie(LETTER_SIGNS)}|{_CODE}))\s?\Z"
)
_SIGN_RE = re.compile(r"(?:^|(?<=[\s(\[:;,]))(?P<sign>[-−+])\Z")
#: A currency name right before a scaled amount, read backwards (``US dollars 2.3 billion``, ``Kenya
#: shillings 5 billion``): names that are also common words (``won``, ``rand``, ``marks``, ``pounds``) left out.
_NAME_BEFORE_BACK_RE = re.compile(
    r"\s(?P<n>(?i:"
    + _reversed_words(
        k
        for k in CURRENCY_NAMES
        if k not in WEAK_NAMES and k not in SCALED_NAMES and not k.startswith("pound") and len(k) > 2
    )
    + r"))(?![A-Za-z])"
)
_MONTH_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s+(?i:{_trie(MONTHS)})\b")
_APPOSITIVE_AFTER_RE = re.compile(r",\s")
_OR_BEFORE_RE = re.compile(r",?\s+or\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\Z")
#: A hedge after the unit; not before "than" ("or more than $30bn") nor, for "and over", before a noun phrase or
#: a number ("rose to $5 and over the year ...": a preposition there).
_HEDGE_AFTER_UNIT_RE = re.compile(
    rf",?\s+(?P<w>(?i:{word_trie(HEDGES_AFTER_UNIT)}))\b"
    r"(?!\s+(?i:than|the|a|an|its|their|his|her|this|that|these|those)\b|\s+[0-9$£€¥])"
)
#: A verb of a move before "up to": the level reached ("edged up to 4.1%"), not a bound ("take up to two years" is).
_UP_TO_LEVEL_BACK_RE = re.compile(
    rf"\s+(?i:{_reversed_words(lexicon.words('directions', 'up_to_level_after'))})"
    r"(?![A-Za-z])"
)
#: "over" is a span, not a bound, right after these words or a figure ("rose 40% over two years").
_OVER_SPAN_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(UP_WORDS | DOWN_WORDS | lexicon.words('hedges', 'over_span_after'))})(?![A-Za-z])"
    r"|%|\d|(?i:nb|m|noillim|noillib|noillirt|tnec\s?rep|tnecrep|stniop)(?![A-Za-z]))"
)
_HEDGE_AFTER_RE = re.compile(r"(?:\s+(?P<w>or\s+so|or\s+more|or\s+less|or\s+fewer|odd)\b|(?P<s>-odd\b|\+|-plus\b))")
_PERCENT_RE = re.compile(
    r"(?:\s|(?=bps?\b))(?P<pp>(?i:percentage[\s-]points?|basis[\s-]points?)\b|bps?\b)"  # "50bp", "25 bps"
    r"|(?P<gap>\s?-?)(?P<u>%|(?i:per\s?cent|percent|per-cent)(?:age)?\b|pc\b|pct\b)"
)
_CURRENCY_NAME_ALT = _trie(CURRENCY_NAMES)
_CURRENCY_AFTER_RE = re.compile(
    rf"(?P<gap3>\s?-?)(?P<sub2>(?i:{_trie(k for k in SUBUNITS if ' ' in k)}))\b"  # "45 euro cents", not "45 euro"
    rf"|(?P<gap>\s?-?)(?P<name>(?i:{_CURRENCY_NAME_ALT}))(?![A-Za-z])"
    rf"|\s?(?P<lsign>{_trie(LETTER_SIGNS_AFTER)})(?![A-Za-z])"
    rf"|(?P<gap2>\s?-?)(?P<sub>(?i:{_trie(k for k in SUBUNITS if len(k) > 1)})\b|p(?![A-Za-z]|\.m\b)|c(?![A-Za-z0-9°])|¢)"
    rf"|\s?(?P<code>{_CODE})(?![A-Za-z])"  # after the sub-units: "80 fen", "20 sen" are no codes
    rf"|\s?(?P<dmark>{_DOLLAR_MARK_AFTER})\$(?!\s?\d)"
    rf"|\s?(?P<sign>[{_SIGN_AFTER_CLASS}])(?!\s?\d)"
)
_UNIT_WORD_RE = re.compile(
    rf"(?P<gap>\s?|-)(?:(?i:US|U\.S\.|imperial)\s)?(?P<u>(?i:{_trie(WORD_UNITS)}))"
    r"(?![A-Za-z])"
)
_UNIT_ABBR_RE = re.compile(
    rf"(?P<gap>\s?|-)(?P<u>{_trie(ABBREVIATIONS)})"
    r"(?![A-Za-z0-9])"
)
#: Words that coordinate two figures of one clause, across which a unit written once is shared.
_CARRY_RE = re.compile(r"(?<![A-Za-z])(?i:and|but|while|whereas|versus|vs|from|against|compared\s+with)(?![A-Za-z])")
_CLAUSE_END_RE = re.compile(r"[.!?;:]\s|[()\[\]]")
_PHRASE_CUT_RE = re.compile(r"[,.;:!?()\[\]]")
_HYPHEN_RANGE_RE = re.compile(r"\s?[-–]\s?\d")
_HALF_YEAR_RE = re.compile(r"(?i:the\shalf)")
_HALF_NOT_YEAR_RE = re.compile(r"-|\s+of\b")  # "the half-point cut", "the half of it"
_SPACED_SCALE_RE = re.compile(r"\s(?P<s>[mMbB]|bn|mil|mill)(?=\s[A-Za-z])")
#: Scales of American and finance copy read only after a currency sign: ``$5MM``, ``$5 mil``.
_SIGN_SCALE_AFTER_RE = re.compile(r"(?P<s>MM|\s?mill?)(?![A-Za-z0-9])")
_OLD_RE = re.compile(r"(?:\s|-)(?i:old|olds)\b|\s(?i:of\s+age)\b")
_COMPOUND_AFTER_RE = re.compile(r"-(?P<w>[A-Za-z]+)")
_FOLD_RE = re.compile(r"-?(?i:fold)\b")
_X_RE = re.compile(r"x(?![A-Za-z0-9])")
_TIMES_RE = re.compile(
    r"\s(?P<t>(?i:times))\b(?:\s+(?P<c>as|more|bigger|larger|higher|greater|faster|smaller|less|lower|the|that|than"
    rf"|over|its|their|what|[a-z]+er|(?i:{word_trie(_UNITS['times_of'])}))\b)?"
)
_PER_ALT = _trie(PER_UNITS)
_PER_RE = re.compile(
    rf"(?:\s?(?:/|\s(?i:a|an|per|each|every)\s|\s(?i:a)-|\s?-\s?(?i:a|an|per)\s?-\s?)|(?P<slash>/))"
    rf"(?:(?i:US|U\.S\.)\s)?(?P<per>(?i:{_PER_ALT}))"
    r"(?![A-Za-z])"
)
_FX_RE = re.compile(
    r"\s+(?:(?i:to|against)\s+(?:the|one|a|each)|(?i:per))\s+"
    rf"(?:(?P<name>(?i:{_trie(n for n in CURRENCY_NAMES if not n.endswith('s'))}))|(?P<sign>[$£€¥]))(?![A-Za-z])"
)
#: Words of weather and heat, near which an attached ``c`` is degrees Celsius, not cents (vocab: cents_not_near).
_TEMPERATURE_WORD_RE = re.compile(rf"(?i:{_trie(lexicon.words('currencies', 'cents_not_near'))})")
#: An amount in a currency right after a figure: "5c to $3.20".
_AMOUNT_AFTER_RE = re.compile(rf"\s+(?:to|from|at)\s+(?:[A-Z]{{0,3}}\$|[{_SIGN_CLASS}])\s?\d")
#: Pence after pounds: "3 pounds 40 pence", "4 pounds and 20p" are money, not weight.
_PENCE_AFTER_RE = re.compile(r",?\s+(?:and\s+)?(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s?(?:p|pence)(?![A-Za-z])")
_CENTS_SEP_RE = re.compile(r",?\s+and\s+|,?\s+")
_PHRASE_END_RE = re.compile(r"\s*(?:[.,;:!?)\]]|$)")
_SCALE_WORD_RE = re.compile(r"(?P<s>(?i:hundred|thousand|million|billion|trillion|lakh|crore))(?![A-Za-z])")
_SOUTH_ASIAN_SCALE_RE = re.compile(r"lakh|crore")
_QUARTERS_RE = re.compile(r"(?i:[a-z]+[\s-])?quarters")
_OF_RE = re.compile(r"\s+of\b")
_RELATIVE_AFTER_RE = re.compile(r"\s+(?i:earlier|ago|later|before|previously|after|on)\b")
_DIRECTION_AFTER_RE = re.compile(r"\s+(?P<d>[a-z]+)\b(?:\s+(?P<d2>[a-z]+)\b(?:\s+(?P<d3>[a-z]+)\b)?)?")
_OF_A_RE = re.compile(r"\s+(?:of\s+)?an?\s")
_FRACTION_OF_RE = re.compile(r"\s+(?P<k>in|out\s+of|of)\s+(?:every\s+)?(?P<n>\d+|[a-z]+)\b")
# word lengths are bounded so that a long hyphenated chain is not rescanned after each of its numerals
_NEXT_WORDS_RE = re.compile(
    r"(?:\s|-)(?P<w1>[A-Za-z][\w'’-]{0,30})(?:\s(?P<w2>[A-Za-z][\w'’-]{0,30}))?(?:\s(?P<w3>[A-Za-z][\w'’-]{0,30}))?"
    r"(?![\w'’-])"
)
_NEXT_WORD_RE = re.compile(r"\s*(?P<w>[A-Za-z]+(?:'s)?|[,.;:!?)\]]|$)")
_ADDRESS_RE = re.compile(
    r"(?:\s[A-Z0-9][\w.]*){0,3}\s(?:Street|St|Road|Rd|Avenue|Ave|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|Pl"
    r"|Square|Sq|Court|Ct|Terrace|Crescent|Close|Parkway|Pkwy|Highway|Hwy)\b"
)
_ADDRESS_RANGE_RE = re.compile(r"[-–]\d{1,5}[A-Za-z]?" + _ADDRESS_RE.pattern)
_LETTERS_AFTER_RE = re.compile(r"[A-Za-z]+")
_ORDINAL_SUFFIX_RE = re.compile(r"(?i:st|nd|rd|th)(?![A-Za-z])")
_RANGE_SEP_RE = re.compile(r"-|–|—|\s[-–—]\s|\s?[–—]\s?|-to-|\s+to\s*-?\s*|\s+and\s+|\s+through\s+")
_PAREN_OPEN_RE = re.compile(r"\s*[(\[]\s*(?:or\s+|about\s+|around\s+|some\s+)?")
_PAREN_NEXT_RE = re.compile(r"\s*(?:[;,/]|\s+or|\s+and)\s*")
#: A word of price right before an amount: bare "pounds" after it are money, not weight.
_MONEY_CUE_RE = re.compile(
    rf"(?<![A-Za-z])(?i:{_trie(lexicon.words('currencies', 'money_cues'))})(?:\s+\S+){{0,3}}?\s+\Z"
)
_TO_SEP_RE = re.compile(r"\s+to\s+")
_OR_SEP_RE = re.compile(r",?\s+or\s+")
#: "from A <when> to B": between a range's ends, when its first end was measured (a preposition and
#: at most four words, no punctuation): "from $36,040 at 10.45pm last night to $34,935".
_WHEN_TO_RE = re.compile(r"\s+(?:in|at|on|during)(?:\s+[\w.:'’-]+){1,4}?\s+to\s+")
_METRES_AFTER_RE = re.compile(r"\s?\(\s?[\d.,]+\s?(?:ft|feet|foot|yards?)\b|-?\s?(?:long|high|tall|wide|deep|thick)\b")
_US_AFTER_RE = re.compile(r"\s(?:US|U\.S\.)(?![A-Za-z])")
_DAY_PAIR_SEP_RE = re.compile(r"\s?[-–]\s?|\s(?:to|and)\s")
_WORD_BEFORE_RE = re.compile(r"(?P<w>[A-Za-z']+)\s+\Z")
_ONE_OR_N_RE = re.compile(r"\s+(?:or|to|and)\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)")
_BIT_OF_RE = re.compile(r"\s+[a-z]+\s+(?:bit|piece|kind|sort|part|lot)\s+of\b")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n\"“(]\s*|\*\*\s*)\Z")


# --- drafts -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Draft:
    """A figure being assembled from one numeral (or two, for a range) and its context."""

    qstart: int  # quote start (currency sign or number)
    qend: int  # quote end (unit, denominator, "or so")
    hstart: int  # start of the hedge/direction words before the quote (for joining)
    value: Decimal
    kind: str = "number"
    unit: str = "dimensionless"
    value_to: Decimal | None = None
    qualifier: str = "exact"
    change: str = "none"
    noun: str = ""
    numeral: Numeral | None = None
    explicit_unit: bool = False  # a currency, percent or unit is written
    currency_before: bool = False
    year_like: bool = False
    date_part: bool = False
    joiner: str = ""  # "from"/"between" written before
    equivalent_of: int | None = None
    base_scale: str = ""
    exclusion: str = ""  # reason when this draft is not a claim
    subunit: bool = False  # written in a sub-unit ("ten cents"): may complete an amount before it
    # a form several currencies share ("cents", "Rs", "K"): (code, factor) each, the default first (code
    # "" for none); the sentence decides (see localise); ``factor`` is the one applied to the value so far
    options: tuple[tuple[str, Decimal], ...] = ()
    factor: Decimal = Decimal(1)


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
    """Every quantity claim of ``text`` and every numeral deliberately not taken, each sorted by position."""
    found = find_figures(text)
    return found.figures, found.exclusions


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


# --- reading one numeral ------------------------------------------------------------------------


def read(text: str, n: Numeral, previous: Draft | None) -> Draft | None:
    """Build the draft of one numeral from its neighbours (None when it is silently skipped)."""
    form = n.form
    if form == "vague" or form == "vague_compound" or form == "bare_scale":
        return _excluded(n, "vague")
    d = Draft(qstart=n.start, qend=n.end, hstart=n.start, value=n.value, numeral=n, base_scale=n.scale)
    if form == "span_and_half":  # "a year and a half": a length of 1.5 years, as "18 months" is
        if _RELATIVE_AFTER_RE.match(text, n.end):
            return _excluded(n, "period")  # "a year and a half ago": when, not how long
        d.kind, d.unit, d.explicit_unit = "duration", PER_UNITS[n.scale], True
        read_left(text, d, n)
        return d
    if form == "period":
        # "a decade", "a century": a span of time named with its article, as "a year" or "a month" (never
        # read as numbers), is where a story is in time ("the highest in a decade", "for more than a
        # century"), not a measured length; "two decades" is one
        return None
    if (
        form == "fraction"
        and not n.article
        and _QUARTERS_RE.fullmatch(text, n.start, n.end)
        and not _OF_RE.match(text, n.end)
        and (n.value * 4) == (n.value * 4).to_integral_value()
    ):
        d.value = n.value * 4  # "profit fell for three quarters": a duration, not 3/4
        d.kind, d.unit, d.explicit_unit = "duration", "quarter_year", True
        read_left(text, d, n)
        return d
    if form == "fraction" and n.article and not text.startswith(" of", n.end) and not _share_of_change(text, n):
        if text[n.end - 4 : n.end].lower() == "half":
            return _excluded(n, "idiom")  # "a cent and a half"
        return None  # "a third consecutive year": an ordinal, not a fraction
    if (
        form == "fraction"
        and _HALF_YEAR_RE.fullmatch(text, max(0, n.start - 4), n.end)
        and not _HALF_NOT_YEAR_RE.match(text, n.end)
    ):
        return _excluded(n, "period")  # "profit for the half": the half-year, not 1/2
    if form == "multiple" and text[n.start : n.end].lower() in ("twice", "thrice") and not _compares(text, n.end):
        return None  # "scored twice", "think twice": how often, as "once" is, not a multiple
    if form in ("digits", "sci"):
        reason = lexical_reason(text, n)
        if reason == "-":
            return None
        if reason:
            return _excluded(n, reason)
    read_currency_before(text, d, n)
    if not d.currency_before and form == "digits" and _letter_before(text, n.start):
        return _excluded(n, "identifier")
    read_right(text, d, n)
    if d.exclusion:
        return d
    if n.european and d.kind not in ("money", "rate", "percent"):
        return _excluded(n, "identifier")  # "2,5" or "1.250.000" with no currency: a code, a list
    if n.decimals and not n.european and d.kind in ("money", "rate") and not d.subunit:
        _point_thousands(text, d, n)
    read_left(text, d, n)
    if form == "digits" and not d.currency_before:
        if is_date_part(text, n, previous):
            d.date_part = True
            return d
        d.year_like = is_year_like(text, n, d)
    if not d.explicit_unit and not d.year_like:
        reason = context_reason(text, n, d)
        if reason:
            return _excluded(n, reason)
    if form == "words" and n.value == 1 and not n.scale and not d.explicit_unit and d.kind != "fraction":
        reason = one_reason(text, n, d)
        if reason:
            return _excluded(n, reason)
    if not d.noun and _SOUTH_ASIAN_SCALE_RE.search(n.scale):
        # "profit rose to 6,212 crore", "he earns 12 lakhs a year": a lakh or crore with nothing counted
        # after it is an amount of rupees (or taka: see localise); "2 crore people" is a count
        if d.kind == "number" and not d.explicit_unit:
            d.kind, d.unit, d.explicit_unit, d.options = "money", "INR", True, SHARED_SIGNS["crore"]
        elif d.kind == "rate" and d.unit.startswith("count/"):
            d.unit, d.options = "INR/" + d.unit[6:], SHARED_SIGNS["crore"]
    return d


def _point_thousands(text: str, d: Draft, n: Numeral) -> None:
    """``12.000 ₫``, ``45.000 dong``, ``€ 450.000``: one point before three digits groups thousands when
    the currency has no cents (CLDR's precision 0, or :data:`WHOLE_CURRENCIES`) or the digits are ``000``
    (no price of two decimals is written ``450.000``); ``€1.899 a litre`` and ``$1.085`` stay decimals."""
    digits = text[n.start : n.start + len(str(n.base))] if not n.scale else ""
    if not _POINT_GROUP_RE.fullmatch(digits):
        return
    code = d.unit.split("/", 1)[0]
    if not (digits.endswith(".000") or code in WHOLE_CURRENCIES or _precision(code) == 0) or _precision(code) > 2:
        return
    d.value *= 1000
    d.numeral = replace(n, value=n.value * 1000, base=n.base * 1000, decimals=False, grouped=True)


_POINT_GROUP_RE = re.compile(r"\d{1,3}\.\d{3}")
#: Currencies priced in whole units in practice, though CLDR gives them two decimals (``Rp 15.000``).
WHOLE_CURRENCIES = lexicon.words("currencies", "whole_currencies")


@cache
def _precision(code: str) -> int:
    """Decimals of a currency (CLDR through babel; 2 for a code it does not know)."""
    from babel.numbers import get_currency_precision

    return get_currency_precision(code) if len(code) == 3 and code.isupper() else 2


def _compares(text: str, end: int) -> bool:
    """True when a comparison follows a word multiple: "twice the size", "twice as many jobs", "twice what
    was expected", "thrice its value"; not "scored twice", "twice as United won", "twice a year"."""
    m = _NEXT_WORD_RE.match(text, end)
    word = m.group("w").lower() if m else ""
    if word not in MULTIPLE_COMPARE_AFTER:
        return False
    if word != "as":
        return True
    after = _NEXT_WORD_RE.match(text, m.end()) if m else None
    nxt = after.group("w") if after else ""
    return nxt[:1].islower() and nxt not in MULTIPLE_NOT_AFTER_AS


def _share_of_change(text: str, n: Numeral) -> bool:
    """True for an article fraction that is the size of a change: "sales fell by a third last year".

    After a direction and "by", "a third", "a quarter", "a fifth" is a share of what changed, when the
    phrase ends there or a preposition or conjunction follows; "helped by a third quarter surge" or
    "by a third consecutive rise" stays an ordinal.
    """
    return bool(_back(_BY_DIRECTION_BACK_RE, text, n.start, 40)) and bool(_FRACTION_END_RE.match(text, n.end))


def _excluded(n: Numeral, reason: str) -> Draft:
    """A draft that only records why a numeral is not a claim."""
    return Draft(qstart=n.start, qend=n.end, hstart=n.start, value=n.value, exclusion=reason)


def _letter_before(text: str, start: int) -> bool:
    """True when a letter is written against the number (``A380``, ``mk5``)."""
    return start > 0 and text[start - 1].isalpha()


def lexical_reason(text: str, n: Numeral) -> str:
    """Reason a digit numeral is not a quantity from its own spelling: ``22nd``, ``5G``, ``1990s``, ``0401``."""
    end = n.end
    if end < len(text) and text[end].isalpha() and not n.scale:
        if _ORDINAL_SUFFIX_RE.match(text, end):
            return "ordinal"
        if text[end] == "s" and (end + 1 == len(text) or not text[end + 1].isalpha()) and n.value % 10 == 0:
            return "decade" if n.value < 1000 else "-"  # "the 1990s" belongs to the dates extractor
    return ""


def read_currency_before(text: str, d: Draft, n: Numeral) -> None:
    """A currency sign, country-marked dollar, letter sign or ISO code right before the number."""
    if n.start == 0:
        return
    c = text[n.start - 1]
    if c == " " and n.start > 1:
        c = text[n.start - 2]
        if n.scale and c.isalpha() and read_name_before(text, d, n):
            return
    if c.isalpha() and not _may_be_letter_sign(text, n.start - (1 if text[n.start - 1] == " " else 0)):
        return  # most numerals follow a plain word ("In 2004", "by 5%"): no regex runs for them
    if not c.isalpha() and c not in _SIGN_END_CHARS:
        return
    m = _CUR_BEFORE_RE.search(text, max(0, n.start - 12), n.start)
    if m is None:
        return
    code = ""
    begin = m.start()
    if m.group("sym"):
        code = SIGNS[m.group("sym")]
        d.options = SHARED_SIGNS.get(m.group("sym"), ())
    elif m.group("letters"):
        letters = m.group("letters")
        if letters in LETTER_SIGNS:
            needs_country = letters in SHARED_SIGNS and not SHARED_SIGNS[letters][0][0]
            if letters in WEAK_SIGNS and not (n.scale or n.grouped or n.decimals or needs_country):
                if letters not in WEAK_SIGNS_BY_PLACE or m.end("letters") != n.start or n.form != "digits":
                    return
                # "R18": money only where the sentence names the rand (another amount, a place): see localise
                d.unit, d.kind, d.explicit_unit, d.currency_before = LETTER_SIGNS[letters], "money", True, True
                d.options = (("", Decimal(1)), (LETTER_SIGNS[letters], Decimal(1)))
                d.qstart = d.hstart = m.start()
                return
            if letters in SCALED_SIGNS and not n.scale:
                return
            if letters in ATTACHED_SIGNS and m.end("letters") != n.start:
                return
            code = LETTER_SIGNS[letters]
            d.options = SHARED_SIGNS.get(letters, ())
        else:
            code, factor = scaled_code(letters)
            if not code:
                return
            d.value *= factor
    else:
        mark = m.group("mark1") or m.group("mark2") or ""
        if (
            m.group("mark1") == "A"
            and text[m.end("mark1")] != "$"
            and _SENTENCE_START_RE.search(text, max(0, m.start() - 3), m.start())
        ):
            mark, begin = "", text.index("$", m.start())  # "A $5 million grant": an article opening a sentence
        code = DOLLAR_MARKS_ATTACHED[m.group("mark0")] if m.group("mark0") else DOLLAR_MARKS[mark]
        if not mark and not m.group("mark0") and text[max(0, begin - 2) : begin] == "a " and begin >= 2:
            # tokenised lower-case copy: "a $ 300 million" is A$ in a sentence about Australia, else "a" + US$
            d.options = SHARED_SIGNS.get("a $", ())
    d.unit, d.kind, d.explicit_unit, d.currency_before = code, "money", True, True
    d.qstart = d.hstart = begin


def read_name_before(text: str, d: Draft, n: Numeral) -> bool:
    """A currency name before a scaled amount: ``US dollars 2.3 billion``, ``Kenya shillings 5 billion``.

    Official and wire copy of some countries names the currency first; only with a scale word (``the
    dollar 5 times``), and not after a word that makes the name a noun of its own (``the euro``).
    """
    m = _back(_NAME_BEFORE_BACK_RE, text, n.start, 40)
    if m is None:
        return False
    begin = n.start - m.end()
    code = code_of_name(text[begin : n.start])
    if not code or text[max(0, begin - 4) : begin].lower() in ("the ", "per ", " of "):
        return False
    d.unit, d.kind, d.explicit_unit, d.currency_before = code, "money", True, True
    d.qstart = d.hstart = begin
    return True


def _may_be_letter_sign(text: str, end: int) -> bool:
    """True when the letters ending at ``end`` may be a letter sign, an ISO code or a dollar mark after ``$``.

    ``Rs``, ``KSh``, ``eur``, ``MUSD``, the ``Can`` of ``$Can``: a cheap test on the word itself
    before :data:`_CUR_BEFORE_RE` runs.
    """
    start = end
    while start > max(0, end - 6) and (text[start - 1].isalpha() or text[start - 1] in ".="):
        start -= 1
    word = text[start:end]
    if word in LETTER_SIGNS or scaled_code(word)[0]:
        return True
    if start > 0 and (text[start - 1] == "$" or text[max(0, start - 2) : start] == "$ "):
        return True  # "$Can 10m", "$ US 5"
    return start > 0 and text[start - 1].isalpha()  # a longer word: leave it to the regex's own test


def read_left(text: str, d: Draft, n: Numeral) -> None:
    """Hedge, sign, direction and range words before the quote."""
    at = d.qstart
    if at > 0 and text[at - 1] in "-−+" and n.form in ("digits", "sci"):
        sign = _SIGN_RE.search(text, max(0, at - 2), at)
        if sign:
            if sign.group("sign") == "+":
                d.change = "increase" if d.unit == "percent" else d.change
            else:
                d.value = -d.value
                if d.unit == "percent":
                    d.change = "decrease"
            d.qstart = d.hstart = at = sign.start()
    m = _back(_HEDGE_BACK_RE, text, at, 26)
    if m:
        word = (m.group("h") or m.group("sym") or "-" + (m.group("pre") or ""))[::-1].lower()
        d.qualifier = HEDGES.get(" ".join(word.split()), "exact")
        if word == "over" and d.kind == "duration" and _back(_OVER_SPAN_BACK_RE, text, at - m.end(), 16):
            d.qualifier = "exact"  # "rose 40% over two years", "repayable over 25 years": the span, no bound
        elif word == "up to" and _back(_UP_TO_LEVEL_BACK_RE, text, at - m.end(), 16):
            d.qualifier = "exact"  # "growth picked up to 0.6%": the level reached, no bound
        else:
            at = d.hstart = at - m.end()
    of_before = text.endswith("of ", 0, at)  # both readings below end in "of": a cheap test first
    if d.qualifier == "exact" and of_before:
        bound = _BOUND_BACK_RE.search(text, max(0, at - 40), at)
        if bound:  # "a maximum fine of £1,000", "a minimum wage of £5"
            d.qualifier = "at_most" if bound.group("b").lower().startswith("max") else "at_least"
    m = _back(_DIRECTION_BACK_RE, text, at, 32)
    if m is None and of_before:
        # "falling cigarette sales of 13%", "a rise in sales of 5%": a direction word ahead of "of"
        m = _back(_DIRECTION_OF_BACK_RE, text, at, 48)
    elif m is None and text.endswith("by ", 0, at):
        m = _back(_DIRECTION_BY_BACK_RE, text, at, 48)  # "cut interest rates by 0.5%", "raised prices by 5%"
    if (
        m
        and m.group("d")[::-1].lower() == "up"
        and _back(_NOT_UP_BACK_RE, text, at - m.end(), 12)
        and not (_rate_or_points(d) and _back(_UP_OF_RATE_AFTER_BACK_RE, text, at - m.end(), 12))
    ):
        m = None  # "makes up two-thirds": a phrasal verb, no rise ("ended up 1.2%" is one)
    elif m and d.qualifier == "at_most" and text[at : at + 2].lower() == "up" and _NOT_UP_BACK_RE.match(m.group()):
        m, d.qualifier = None, "exact"  # "adds up to $40m": a total, neither a bound nor a rise
    if m is None and _rate_or_points(d) and not _OF_RE.match(text, d.qend):
        m = _back(_OF_RATE_BACK_RE, text, at, 32)  # "shares recovered 4%" (not "recovered 80% of loans")
    if m is None and (d.kind == "money" or _rate_or_points(d)) and _OFF_AFTER_RE.match(text, d.qend):
        # "wiped 5% off the shares", "knocked £2bn off its value": a value or a rate lost; a time or a count
        # taken off ("shaves two seconds off the lap time") is a margin between two things, not a move
        m = _back(_DOWN_BEFORE_OFF_BACK_RE, text, at, 32)
    if m:
        word = m.group("d")[::-1].lower()
        if word == "minus":
            d.value = -d.value
        elif d.change == "none":
            d.change = "increase" if word in UP_BY or word in UP_OF_RATE else "decrease"
        d.hstart = at - m.end()
    elif (
        (d.kind in ("duration", "number", "count") and _back(_AGE_BACK_RE, text, at, 16))
        or (
            d.kind == "number"
            and not n.decimals
            and _back(_PERSON_AGE_BACK_RE, text, at, 20)
            and _AGE_END_RE.match(text, n.end)
        )
        or (d.kind == "number" and _LIFE_EXPECTANCY_RE.search(text, max(0, at - 56), at))
    ):
        d.kind, d.unit, d.noun = "age", (d.unit if d.kind == "duration" else "year"), ""
    elif d.kind == "number" and not n.decimals and n.form in ("digits", "words") and n.value >= 2:
        level = _back(_LEVEL_BACK_RE, text, at, 40)
        if level and level.group("subject")[::-1].lower() not in NOT_COUNTED:
            d.kind, d.unit = "count", "count"  # "jobless claims jumped to 367,000": claims are counted
            d.noun = level.group("subject")[::-1]
    if text[max(0, at - 6) : at].lower() == "minus-":
        d.value = -d.value
    m = _back(_BETWEEN_BACK_RE, text, d.hstart, 10)
    if m:
        d.joiner = m.group("w")[::-1].lower()


def _rate_or_points(d: Draft) -> bool:
    """True for a percent or a number of points: the figures that "recovered" or "regained" can raise."""
    return d.kind == "percent" or (d.kind == "count" and d.noun.lower() in ("points", "point"))


def read_right(text: str, d: Draft, n: Numeral) -> None:
    """Unit, rate, age, hedge and direction words after the number, or else the counted noun; then a hedge
    after the whole figure (``rose 5% or more``, ``200 jobs or more``, ``aged 65 and over``)."""
    _read_right(text, d, n)
    if d.qualifier == "exact" and not d.exclusion and d.kind not in ("multiple", "fraction"):
        m = _HEDGE_AFTER_UNIT_RE.match(text, d.qend)
        if m:
            d.qualifier = HEDGES_AFTER_UNIT.get(" ".join(m.group("w").lower().split()), "exact")


def _read_right(text: str, d: Draft, n: Numeral) -> None:
    """Unit, rate, age, hedge and direction words after the number, or else the counted noun."""
    at = n.end
    # "15 or so years": a trailing hedge may sit between the number and its unit
    m = _HEDGE_AFTER_RE.match(text, at)
    if m:
        word = " ".join((m.group("w") or m.group("s")).split()).lower()
        d.qualifier = HEDGES_AFTER.get(word, d.qualifier)
        at = m.end()
    if n.form == "digits" and n.scale == "m" and not d.currency_before and _metres_context(text, n.end):
        d.value = n.base  # "37m (121ft)-long": metres, not millions
        d.kind, d.unit, d.explicit_unit = "quantity", "meter", True
        d.qend = n.end
        return
    if n.form == "digits" and not n.scale and not m and not d.currency_before:
        n = read_spaced_scale(text, d, n)
        at = n.end
    elif n.form == "digits" and not n.scale and not m and d.kind == "money":
        scaled = _SIGN_SCALE_AFTER_RE.match(text, at)
        if scaled:
            factor, scale = scale_of(scaled.group("s"))
            n = replace(n, end=scaled.end(), value=n.value * factor, scale=scale)
            d.value, d.numeral, d.base_scale, d.qend = d.value * factor, n, scale, n.end
            at = n.end
    unit_end = read_unit(text, d, n, at)
    if unit_end:
        at = d.qend = unit_end
    elif m:
        d.qend = at  # "or so" without a unit still belongs to the quote
    if n.form == "multiple":
        d.kind, d.unit = "multiple", "dimensionless"
        d.qend = max(d.qend, n.end)
        return
    if not d.explicit_unit:
        if n.form == "digits" and _FOLD_RE.match(text, n.end):
            fold = _FOLD_RE.match(text, n.end)
            assert fold is not None
            d.kind, d.unit, d.qend = "multiple", "dimensionless", fold.end()
            return
        if n.form == "digits" and _X_RE.match(text, n.end):
            d.kind, d.unit, d.qend = "multiple", "dimensionless", n.end + 1
            return
        if n.form == "fraction":
            d.kind, d.unit = "fraction", "dimensionless"
            read_fraction_of_unit(text, d)
            return
        if _fraction_pattern(text, d, n):
            return
        if _compound(text, d, n):
            return
        if n.form == "digits" and n.end < len(text) and text[n.end].isalpha():
            d.exclusion = "identifier"  # "5G", "3D", "9AB"
            return
        times = _TIMES_RE.match(text, n.end)
        if times:
            if times.group("c"):
                d.kind, d.unit, d.qend = "multiple", "dimensionless", times.end("t")
            else:
                d.kind, d.unit, d.noun = "count", "count", "times"
                read_rate(text, d, times.end("t"))
            return
        read_noun(text, d, n, at)  # after a trailing hedge: "500-odd workers" counts workers
        if d.kind == "count" or d.kind == "number":
            read_rate(text, d, n.end if d.kind == "number" else d.qend)
        return
    if d.kind in ("money", "percent", "quantity", "count", "duration"):
        read_rate(text, d, at)
    if d.kind == "percent" or d.kind == "money":
        read_direction_after(text, d)


def read_spaced_scale(text: str, d: Draft, n: Numeral) -> Numeral:
    """``50 m usd``, ``8 B dollars``, ``7.9 B people``: a scale letter standing apart from its number.

    Alone, ``50 m`` is fifty metres: the letter is a scale only before a currency (``B`` for billions
    also before a counted plural noun after a decimal number: ``7.9 B people``, not ``4 B grades``). Returns the numeral with its scale (and sets the draft's value),
    or ``n`` unchanged.
    """
    m = _SPACED_SCALE_RE.match(text, n.end)
    if m is None:
        return n
    factor, scale = scale_of(m.group("s"))
    scaled = replace(n, end=m.end(), value=n.value * factor, scale=scale)
    probe = Draft(qstart=d.qstart, qend=d.qend, hstart=d.hstart, value=scaled.value, numeral=scaled)
    if not (read_unit(text, probe, scaled, m.end()) and probe.kind == "money"):
        if m.group("s") not in ("B", "bn") or probe.explicit_unit or not n.decimals:
            return n  # "7.9 B people", but "4 B grades" are marks
        read_noun(text, probe, scaled)
        if probe.kind != "count" or not _plural(probe.noun.split()[-1].lower()):
            return n
    d.value, d.numeral, d.base_scale, d.qend = scaled.value, scaled, scale, scaled.end
    return scaled


def _metres_context(text: str, end: int) -> bool:
    """True when an ``m`` after a number is metres: ``37m (121ft)``, ``100m-long``, ``2m high``."""
    return bool(_METRES_AFTER_RE.match(text, end, end + 24))


def read_unit(text: str, d: Draft, n: Numeral, at: int) -> int:
    """Match percent, currency, sub-unit, physical or time unit at ``at``; return the unit's end (0 if none)."""
    m = _PERCENT_RE.match(text, at)
    if m:
        word = " ".join((m.group("u") or m.group("pp")).lower().replace("-", " ").split())
        word = "percent" if word.startswith("per") and "point" not in word else word
        unit = PERCENTS.get(word, PERCENTS.get(word.rstrip("s"), "percent"))
        d.kind, d.unit, d.explicit_unit = "percent", unit, True
        if d.currency_before:  # "against the yen 1.2%": the word before is no sign of a percentage
            d.kind, d.unit, d.currency_before, d.qstart, d.hstart = "percent", unit, False, n.start, n.start
        return m.end()
    m = _CURRENCY_AFTER_RE.match(text, at)
    if m and not (m.group("sub") and d.currency_before):
        if m.group("name"):
            name = " ".join(m.group("name").lower().split())
            code = code_of_name(name)
            if name in WEAK_NAMES and not (n.scale or n.grouped or n.value >= 100):
                code = ""
            if name in SCALED_NAMES and not (n.scale or n.grouped or n.decimals):
                code = ""
            if d.currency_before and code != d.unit:
                code = ""  # "$4 trillion mark": the name is another word here
            if name.startswith("pound") and "sterling" not in name:
                code = ""  # bare "pounds" is read below: money with a scale, weight without
            if code:
                if not d.currency_before:
                    d.unit = code
                    d.options = SHARED_SIGNS.get(name, ())
                d.kind, d.explicit_unit = "money", True
                return m.end()
        elif m.group("code"):
            code, factor = scaled_code(m.group("code"))
            if m.group("code") == "YEN":
                code = "JPY"
            if code:
                if not d.currency_before:
                    d.unit = code
                    d.value *= factor
                d.kind, d.explicit_unit = "money", True
                return m.end()
            if code == "US" and d.currency_before:
                return m.end()
        elif m.group("lsign"):
            if not d.currency_before and (
                m.group("lsign") not in WEAK_SIGNS_AFTER or n.scale or n.grouped or n.decimals
            ):
                d.kind, d.unit, d.explicit_unit = "money", LETTER_SIGNS_AFTER[m.group("lsign")], True
                d.options = SHARED_SIGNS.get(m.group("lsign"), ())
                return m.end()
        elif m.group("dmark"):
            if not d.currency_before:
                d.kind, d.unit, d.explicit_unit = "money", DOLLAR_MARKS[m.group("dmark")], True
                return m.end()
        elif m.group("sign"):
            if not d.currency_before:
                d.kind, d.unit, d.explicit_unit = "money", SIGNS_AFTER[m.group("sign")], True
                return m.end()
        elif m.group("sub") or m.group("sub2"):
            sub = " ".join((m.group("sub") or m.group("sub2")).lower().split())
            if sub == "p" and (m.group("gap2") or n.form != "digits" or _video_lines(text, n)):
                sub = ""
            if sub == "c" and (m.group("gap2") or n.form != "digits" or n.decimals or not _cents_c(text, d, m.end())):
                sub = ""  # "189c a litre", "fares rose 50c" are cents; "section 3c", "30c" of weather are not
            if m.group("sub") == "Cent" and n.value != 1:
                sub = ""  # "50 Cent": a name (money is "50 cents", or "a 50 cent coin" in lower case)
            if sub in COINS_AFTER_ARTICLE and not n.article:
                sub = ""  # "5 nickel mines": the metal; "up a nickel" is the coin
            if sub in SUBUNITS:
                code, factor = SUBUNITS[sub]
                d.value = d.value * factor
                d.kind, d.unit, d.explicit_unit, d.subunit = "money", code, True, True
                d.options, d.factor = SHARED_SUBUNITS.get(sub, ()), factor
                return m.end()
    if d.currency_before:
        us = _US_AFTER_RE.match(text, at, at + 6)
        return us.end() if us else 0
    m = _UNIT_WORD_RE.match(text, at)
    unit_kind: tuple[str, str] | None = None
    surface = ""
    if m:
        surface = " ".join(m.group("u").lower().split())
        unit_kind = WORD_UNITS.get(surface)
        if surface in ("pound", "pounds") and (
            n.scale
            or text.startswith(" sterling", m.end())
            or _MONEY_CUE_RE.search(text, max(0, d.hstart - 40), d.hstart)
            or _PENCE_AFTER_RE.match(text, m.end())
        ):  # "£"-less pounds are money with a scale, "sterling", or after a word of price ("it costs 20 pounds")
            d.kind, d.unit, d.explicit_unit = "money", "GBP", True
            return m.end() + (9 if text.startswith(" sterling", m.end()) else 0)
    else:
        m = _UNIT_ABBR_RE.match(text, at)
        if m:
            surface = " ".join(m.group("u").split())
            if surface in ATTACHED_ONLY and m.group("gap"):
                return 0
            unit_kind = ABBREVIATIONS.get(surface)
    if m is None or unit_kind is None:
        return 0
    unit, kind = unit_kind
    if surface in UNIT_FACTORS:
        d.value *= UNIT_FACTORS[surface]
    if unit == "ounce" and d.currency_before:
        unit = "troy_ounce"
    end = m.end()
    if kind == "duration":
        old = _OLD_RE.match(text, end)
        if old:
            kind, end = "age", old.end()
        elif m.group("gap") == "-" and n.form == "words":
            d.exclusion = "compound_adjective"  # "a five-year plan"
            return 0
        elif m.group("gap") == "-" and not text.startswith("-long", end):
            d.exclusion = "compound_adjective"  # "a 10-year bond"
            return 0
    d.kind, d.unit, d.explicit_unit = kind, unit, True
    return end


def _cents_c(text: str, d: Draft, end: int) -> bool:
    """True when an attached ``c`` (``50c``, ending at ``end``) writes cents: a word of price just before it
    (``fares rose 50c``), a denominator after it (``189c a litre``) or an amount in a currency right after
    (``up 5c to $3.20``), and no word of weather or heat near it (``30c``: degrees Celsius)."""
    if _TEMPERATURE_WORD_RE.search(text, max(0, d.hstart - 60), min(len(text), end + 40)):
        return False
    return bool(
        _MONEY_CUE_RE.search(text, max(0, d.hstart - 40), d.hstart)
        or _PER_RE.match(text, end)
        or _AMOUNT_AFTER_RE.match(text, end)
    )


def _video_lines(text: str, n: Numeral) -> bool:
    """True when ``1080p`` is a video resolution: a standard number of lines and a word of video nearby."""
    if n.decimals or n.value not in VIDEO_LINES:
        return False
    return _VIDEO_WORD_RE.search(text, max(0, n.start - 40), min(len(text), n.end + 40)) is not None


def read_rate(text: str, d: Draft, at: int) -> None:
    """A denominator after the unit: ``a barrel``, ``per day``, ``a-year``, ``/kWh``, ``a share`` (USD/share).

    An amount of one currency per another is an exchange rate: ``7.8 yuan to the dollar`` is CNY/USD.
    """
    if d.kind == "money":
        fx = _FX_RE.match(text, at)
        if fx is not None:
            other = code_of_name(fx.group("name")) if fx.group("name") else SIGNS_AFTER.get(fx.group("sign"), "")
            if other and other != d.unit:
                d.kind, d.unit, d.qend = "rate", f"{d.unit}/{other}", fx.end()
            return
    m = _PER_RE.match(text, at)
    if m is None:
        return
    word = " ".join(m.group("per").lower().split())
    per = PER_UNITS.get(word)
    if per is None:
        return
    if d.kind == "percent" and per not in TIME_UNITS:
        return
    if per in TIME_UNITS and _RELATIVE_AFTER_RE.match(text, m.end()):
        return  # "£125m a year earlier": a date phrase follows, not a rate
    d.qend = m.end()
    if d.kind == "number" or d.kind == "count":
        d.kind, d.unit = "rate", f"count/{per}"
    else:
        d.unit = f"{d.unit}/{per}" if "/" not in d.unit else d.unit
        d.kind = "rate"


def read_direction_after(text: str, d: Draft) -> None:
    """``a 5% drop``, ``34.4% higher``: a direction noun or adjective right after the figure."""
    if d.change != "none":
        return
    m = _DIRECTION_AFTER_RE.match(text, d.qend)
    if m is None:
        return
    words = [m.group("d")]
    if m.group("d2") and text[max(0, d.hstart - 3) : d.hstart].lower().endswith(("a ", "an ")):
        # "a 5% pay rise", "a 1.3% volume sales fall": one or two nouns may sit between
        words.append(m.group("d2"))
        if m.group("d3") and m.group("d2") not in UP_AFTER | DOWN_AFTER and m.group("d2") not in STOP:
            words.append(m.group("d3"))
    for word in words:
        if word in UP_AFTER or word in DOWN_AFTER:
            d.change = "increase" if word in UP_AFTER else "decrease"
            return
        if word in STOP:
            return


def read_fraction_of_unit(text: str, d: Draft) -> None:
    """``half an hour``, ``1/16 of a US pint``: a fraction of a unit is an amount of that unit.

    A fraction of a scale is a number (``a quarter of a billion dollars`` = 250,000,000 USD,
    ``three quarters of a million people`` a count): the scale multiplies, the unit or noun follows.
    """
    m = _OF_A_RE.match(text, d.qend)
    if m is None:
        return
    n = d.numeral
    assert n is not None
    scale = _SCALE_WORD_RE.match(text, m.end())
    if scale is not None:
        d.value *= SCALE_WORDS[scale.group("s").lower()]
        d.qend = scale.end()
        d.kind, d.unit = "number", "dimensionless"
        scaled = replace(n, end=scale.end(), form="digits", scale=scale.group("s"))
        end = read_unit(text, d, scaled, scale.end())
        if end:
            d.qend = end
            if d.kind in ("money", "percent", "quantity", "count", "duration"):
                read_rate(text, d, end)
        else:
            read_noun(text, d, scaled)
        return
    probe = Draft(qstart=d.qstart, qend=d.qend, hstart=d.hstart, value=d.value)
    end = read_unit(text, probe, n, m.end() - 1)
    if end and probe.kind in ("quantity", "duration", "money", "percent"):  # "a quarter of a percentage point"
        d.kind, d.unit, d.qend, d.explicit_unit = probe.kind, probe.unit, end, True
        d.value = probe.value


def _fraction_pattern(text: str, d: Draft, n: Numeral) -> bool:
    """``one in five``, ``one out of three``, ``one of four`` -> a fraction covering the whole phrase."""
    if n.scale or n.decimals:
        return False
    m = _FRACTION_OF_RE.match(text, n.end)
    if m is None:
        return False
    kind, raw = m.group("k"), m.group("n").lower()
    if kind == "of" and not (n.form == "words" and n.value == 1):
        return False
    if raw.isdigit():
        denominator = int(raw)
        if 1800 <= denominator <= 2100 or (
            text.startswith((",", "."), m.end()) and text[m.end() + 1 : m.end() + 2].isdigit()
        ):
            return False
    else:
        from ..extraction.numbers import SMALL, TENS

        denominator = SMALL.get(raw) or TENS.get(raw) or 0
        if raw == "hundred":
            denominator = 100
    if denominator <= n.value or denominator == 0:
        return False
    d.value = n.value / denominator
    d.kind, d.unit, d.qend = "fraction", "dimensionless", m.end()
    return True


def _compound(text: str, d: Draft, n: Numeral) -> bool:
    """``two-way``, ``one-off``, ``three-point``: a number hyphened to a word that is not its unit."""
    m = _COMPOUND_AFTER_RE.match(text, n.end)
    if m is None:
        return False
    word = m.group("w").lower()
    if word in ("to", "and", "or") or word in SMALL_WORDS:
        return False
    if n.form == "digits":
        return False  # "a 12-page report": the noun reading below counts pages
    d.exclusion = "compound_adjective"
    return True


def read_noun(text: str, d: Draft, n: Numeral, at: int | None = None) -> None:
    """The counted noun after a number (``600,000 Kyrgyz nationals``), or a bare number when there is none.

    ``at`` is where the noun may start when a hedge follows the number (``500-odd workers``, ``15 or so
    people``): the hedge is the qualifier, not a word of the noun.
    """
    m = _NEXT_WORDS_RE.match(text, n.end if at is None else at)
    if m is None:
        return
    words = [w for w in (m.group("w1"), m.group("w2"), m.group("w3")) if w]
    taken: list[str] = []
    for w in words:
        low = w.lower()
        if low in STOP or low in MONTHS or low in SMALL_WORDS:
            break
        taken.append(w)
        if _plural(low):
            break
    if not taken:
        return
    if not any(_plural(w.lower()) for w in taken):
        if taken[0][0].isupper() and n.form == "digits" and _model_name(text, n):
            d.exclusion = "name"  # "the 787 Dreamliner", "a 911 Carrera": a model number, nothing counted
            return
        taken = taken[:1]
    head = taken[-1].lower()
    if len(head) < 2 or (head.endswith(("ing", "ed")) and len(taken) == 1):
        return  # "around 73 raising", "2.5 F": not a counted noun
    unit = WORD_UNITS.get(head)
    if unit and unit[1] == "duration":  # "50 previous years"
        d.kind, d.unit = "duration", unit[0]
        return
    d.kind, d.unit, d.noun = "count", "count", " ".join(taken)


def _model_name(text: str, n: Numeral) -> bool:
    """True when a plain number before a capitalized word names a model (``787 Dreamliner``).

    The next three words of the phrase must hold no plural, no digit and no ``and``/``or``, which would
    make the number a count of a branded noun (``70 Boeing 737-800 planes``, ``35 M&S goods``,
    ``460 Kia and Hyundai vehicles``); an address (``16 Baker Street``) is left to its own rule.
    """
    if n.grouped or n.decimals or n.scale or _ADDRESS_RE.match(text, n.end, min(len(text), n.end + 60)):
        return False
    phrase = _PHRASE_CUT_RE.split(text[n.end : n.end + 48], 1)[0].split()[:3]
    for word in phrase:
        low = word.lower().strip("'’\"")
        if any(c.isdigit() for c in word) or low in ("and", "or", "&") or _plural(low):
            return False
    return True


def _plural(word: str) -> bool:
    """True when a word looks like a plural noun (``doses``, ``people``), which ends a counted noun phrase."""
    if word in PLURALS:
        return True
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


# --- rules that reject a numeral ---------------------------------------------------------------


def is_date_part(text: str, n: Numeral, previous: Draft | None) -> bool:
    """Day numbers of dates: ``Feb. 24``, ``24 February``, the ``3`` of ``March 2-3``."""
    if n.scale or n.decimals or n.grouped or not (1 <= n.value <= 31):
        return False
    if _back(_MONTH_BACK_RE, text, n.start, 12):
        return True
    if _MONTH_AFTER_RE.match(text, n.end):
        return True
    if previous is not None and previous.date_part and previous.qend >= n.start - 3:
        return bool(_DAY_PAIR_SEP_RE.fullmatch(text, previous.qend, n.start))
    return False


def is_year_like(text: str, n: Numeral, d: Draft) -> bool:
    """A four-digit number 1800..2100 without unit or currency is a year (``in 2020``, ``2004-05``)."""
    if n.scale or n.decimals or n.grouped or d.explicit_unit or not (1800 <= n.value <= 2100):
        return False
    if n.end - n.start != 4:
        return False
    return not (d.noun and d.noun.split()[-1].lower() in AMOUNT_NOUNS)


def context_reason(text: str, n: Numeral, d: Draft) -> str:
    """Reason a unitless numeral is not a claim from the words around it: names, labels, addresses, scores."""
    prev = _back(_PREV_TOKEN_BACK_RE, text, n.start, 24)
    tok = prev.group("tok")[::-1].lstrip("0123456789&.'’/") if prev else ""
    if (
        tok.lower() in FUTURE_YEAR_BEFORE
        and n.form == "digits"
        and n.end - n.start == 4
        and not (n.grouped or n.decimals or n.scale)
        and 2100 < n.value < 3000
        and not d.noun
    ):
        return "year"  # "submerged by 2120": a year beyond the dates extractor's range, no amount
    if prev and tok and n.form in ("digits", "words"):
        sep = prev.group("sep")
        if sep == "-":
            if tok.lower() == "minus":
                return ""
            return "name" if tok[0].isupper() else "identifier"
        low = tok.lower().rstrip(".")
        if sep == " " and low in INDEX_NAMES and n.form == "digits" and not (n.grouped or n.decimals or n.scale):
            return "name"  # "the s&p 500", "FTSE 100"
        capitalized = sep == " " and (tok[0].isupper() or any(c.isupper() for c in tok[1:]))
        if capitalized and n.form == "digits" and not n.grouped and not n.scale:
            if low not in NOT_NAMES and low not in MONTHS:
                return "name"
        elif (
            capitalized
            and n.form == "words"
            and text[n.start].isupper()
            and not _SENTENCE_START_RE.search(text, max(0, n.start - 3), n.start)
        ):
            return "name"  # "BBC One", "the Big Four"
    if n.form == "digits":
        label = _back(_LABEL_BACK_RE, text, n.start, 16)
        if label and (label.group("hash") or label.group("w")[::-1] in LABEL_WORDS):
            return "label"
        if _ADDRESS_RE.match(text, n.end, min(len(text), n.end + 60)) or _ADDRESS_RANGE_RE.match(
            text, n.end, min(len(text), n.end + 66)
        ):
            return "address"
    if d.kind == "number" and n.form == "digits":
        m = _back(_APPOSITIVE_BACK_RE, text, n.start, 20)
        if m and _APPOSITIVE_AFTER_RE.match(text, n.end) and 1 <= n.value <= 110 and not n.decimals:
            name = m.group("name")[::-1].lower()
            if name not in NOT_NAMES and name not in MONTHS:
                d.kind, d.unit = "age", "year"
    return ""


def one_reason(text: str, n: Numeral, d: Draft) -> str:
    """Why a lone ``one`` is not a count: a pronoun (``the one that``, ``one of the``) or an idiom."""
    before = _WORD_BEFORE_RE.search(text, max(0, n.start - 16), n.start)
    after = _NEXT_WORD_RE.match(text, n.end)
    next_word = after.group("w").lower() if after else ""
    if before:
        word = before.group("w").lower()
        if word in PRONOUN_BEFORE:
            return "pronoun"
        if word == "on" and next_word == "hand":
            return "idiom"
    if text.startswith("-", n.end):
        return "compound_adjective"
    if next_word in ("or", "to", "and") and _ONE_OR_N_RE.match(text, n.end, n.end + 12):
        return ""
    if next_word in IDIOM_AFTER:
        return "idiom"
    if next_word in PRONOUN_AFTER or not next_word[:1].isalpha():
        return "pronoun"
    if _BIT_OF_RE.match(text, n.end, n.end + 30):
        return "idiom"  # "one firm bit of business"
    if d.kind == "number":
        return "pronoun"
    return ""


# --- joining ------------------------------------------------------------------------------------


def join_groups(text: str, drafts: list[Draft]) -> list[Draft]:
    """One amount from digits split at a thousands separator written with spaces around it.

    Tokenised wire copy writes ``$ 75 , 000`` and ``2 , 500 euros``, and a single ordinary space groups
    thousands before a currency written after the number (``3 500 zł``): the numbers reader keeps those
    apart (``on March 3 100 people``), so they are joined here, only where one side is money.
    """
    out: list[Draft] = []
    for b in drafts:
        a = out[-1] if out else None
        if a is not None and a.numeral is not None and b.numeral is not None and _split_decimal(text, a, b):
            na, nb = a.numeral, b.numeral
            whole = na.base + nb.base / 100
            b.value = whole * (b.value / nb.base)
            b.numeral = Numeral(na.start, nb.end, whole, "digits", whole, decimals=True)
            b.qstart, b.hstart = a.qstart, a.hstart
            out[-1] = b
            continue
        if a is not None and a.numeral is not None and b.numeral is not None and _split_group(text, a, b):
            na, nb = a.numeral, b.numeral
            base = na.base * 1000 + nb.base
            number = base * (nb.value / nb.base if nb.base else 1)
            head = a if a.kind == "money" else b
            factor = head.value / head.numeral.value if head.numeral and head.numeral.value else Decimal(1)
            head.numeral = Numeral(
                na.start, nb.end, number, "digits", base, nb.scale, grouped=True, decimals=nb.decimals
            )
            head.value = number * factor
            if head is a:
                a.qend = b.qend
            else:
                b.qstart, b.hstart = a.qstart, a.hstart
                b.qualifier = a.qualifier if b.qualifier == "exact" else b.qualifier
                out[-1] = b
            continue
        out.append(b)
    return out


_GROUP_DIGITS_RE = re.compile(r"\d{1,3}")
_GROUP_TAIL_RE = re.compile(r"\d{3}(?![\d,])")


def _split_group(text: str, a: Draft, b: Draft) -> bool:
    """True when ``a`` and ``b`` are the thousands and the rest of one amount (see join_groups)."""
    na, nb = a.numeral, b.numeral
    assert na is not None and nb is not None
    if (
        na.form != "digits"
        or nb.form != "digits"
        or na.scale
        or na.decimals
        or not _GROUP_DIGITS_RE.fullmatch(text, na.start, na.end)
    ):
        return False
    if not _GROUP_TAIL_RE.match(text, nb.start, nb.end) or a.year_like or a.date_part or b.date_part:
        return False
    gap = text[na.end : nb.start]
    if a.kind == "money" and a.currency_before and a.qend == na.end:  # "$ 75 , 000"
        return gap == " , " and b.kind == "number" and not b.explicit_unit and b.qstart == nb.start
    if a.kind != "number" or a.explicit_unit or a.qend != na.end or b.qstart != nb.start:
        return False
    # "2 , 500 euros" (tokenised), "3 500 zł": the currency written after the number
    return b.kind in ("money", "rate") and not b.currency_before and gap in (" , ", " ")


_CENTS_DIGITS_RE = re.compile(r"\d\d")


def _split_decimal(text: str, a: Draft, b: Draft) -> bool:
    """True for a decimal comma split off by a tokenizer before a currency name: ``4 , 50 euros``."""
    na, nb = a.numeral, b.numeral
    assert na is not None and nb is not None
    return (
        na.form == "digits"
        and nb.form == "digits"
        and not (na.scale or nb.scale or na.decimals or na.grouped or a.year_like or a.date_part or a.explicit_unit)
        and a.kind == "number"
        and b.kind == "money"
        and not b.currency_before
        and not b.subunit
        and text[na.end : nb.start] == " , "
        and a.qend == na.end
        and b.qstart == nb.start
        and bool(_GROUP_DIGITS_RE.fullmatch(text, na.start, na.end))
        and bool(_CENTS_DIGITS_RE.fullmatch(text, nb.start, nb.end))
    )


def join_compounds(text: str, drafts: list[Draft]) -> list[Draft]:
    """One amount from a currency and its sub-unit: ``twelve dollars and ten cents``, ``20 euros 50``."""
    out: list[Draft] = []
    for b in drafts:
        a = out[-1] if out else None
        if a is not None and _compound_amount(text, a, b):
            assert b.numeral is not None
            a.value += b.numeral.value * Decimal("0.01")
            a.qend = b.qend
            continue
        out.append(b)
    return out


def _compound_amount(text: str, a: Draft, b: Draft) -> bool:
    """True when ``b`` gives the cents of the whole amount ``a`` (same currency, nothing in between)."""
    if a.kind != "money" or a.subunit or a.value_to is not None or b.numeral is None or a.numeral is None:
        return False
    if (
        a.numeral.decimals
        or a.numeral.scale
        or b.numeral.scale
        or b.numeral.decimals
        or not (1 <= b.numeral.value < 100)
    ):
        return False
    if b.subunit and b.hstart == b.qstart:  # "twelve dollars and ten cents", "$5, 50 cents"
        return bool(_CENTS_SEP_RE.fullmatch(text, a.qend, b.qstart))
    # "20 euros 50", "two pounds fifty": a bare two-digit number (or one in words) right after a
    # currency name, ending the phrase
    return (
        b.kind == "number"
        and not a.currency_before
        and (b.numeral.form == "words" or (b.numeral.form == "digits" and b.numeral.end - b.numeral.start == 2))
        and text[a.qend : b.qstart] == " "
        and _ends_amount(text, b.qend)
    )


def _ends_amount(text: str, at: int) -> bool:
    """True when nothing that a number could count follows ``at``: punctuation, the end, or a function
    word (``20 euros 50 for a cake``; not ``20 euros 50 years ago``)."""
    if _PHRASE_END_RE.match(text, at):
        return True
    m = _NEXT_WORD_RE.match(text, at)
    return m is not None and m.group("w").lower() in STOP


def join_ranges(text: str, drafts: list[Draft]) -> list[Draft]:
    """Join ``A to B``, ``between A and B``, ``A-B`` and share units across ``A or B``."""
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        b = drafts[i + 1] if i + 1 < len(drafts) else None
        if b is not None:
            joined = join_pair(text, a, b)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
            j = _end_after_when(text, drafts, i)
            if j:
                out.append(_range_of(a, drafts[j]))  # the years between are dates of their own
                out += drafts[i + 1 : j]
                i = j + 1
                continue
            if _OR_SEP_RE.fullmatch(text, a.qend, b.hstart) and not (
                a.explicit_unit and b.noun and not b.explicit_unit
            ):
                # ("rose 1.2%, or 150 points": a number with its own noun restates in another unit)
                unit_once = not a.explicit_unit and b.explicit_unit and b.qstart == b.hstart
                share_unit(a, b)
                if unit_once and _or_range(text, a, b):  # "three or four years": one range, as a reader takes it
                    out.append(_range_of(a, b))
                    i += 2
                    continue
        out.append(a)
        i += 1
    # "lost 190 points, or 0.6%": the restatement carries the same direction
    for prev, cur in pairwise(out):
        if (
            prev.value_to is not None
            and prev.joiner == "from"
            and prev.kind in ("quantity", "rate", "money")
            and cur.kind == "number"
            and _TO_SEP_RE.fullmatch(text, prev.qend, cur.hstart)
        ):
            share_unit(prev, cur)  # "from 14-18 mpg to 24": the level after a range takes its unit
        elif (
            cur.value_to is not None
            and prev.joiner == "from"
            and prev.kind == "number"
            and cur.explicit_unit
            and _TO_SEP_RE.fullmatch(text, prev.qend, cur.hstart)
        ):
            # "from 24.2 to 33-35 billion euros": the level before a range takes its unit and scale
            share_unit(prev, cur)
            np_, nc = prev.numeral, cur.numeral
            if np_ is not None and nc is not None and nc.base and not np_.scale and prev.value == np_.value:
                prev.value *= cur.value / nc.base
        if (
            cur.change == "none"
            and prev.change != "none"
            and _OR_BEFORE_RE.search(text, max(prev.qend, cur.qstart - 24), cur.qstart)
        ):
            cur.change = prev.change
    return out


_LIST_LAST_SEP_RE = re.compile(r",?\s+(?:and|or)\s+|\s?/\s?")
_LIST_SEP = ", "


def share_list_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """Bare numbers listed before an amount take its scale and currency: ``2, 3 and 4 million euros``,
    ``10, 20 or 50 cents``. The numbers are separated by commas, the last by "and", "or" or a slash, and
    each is within a factor of ten of the amount's number as written (``in 12, 3 and 4 million euros``:
    not 12)."""
    for i, b in enumerate(drafts):
        nb = b.numeral
        if (
            i == 0
            or b.kind != "money"
            or b.currency_before
            or b.value_to is not None
            or nb is None
            or not nb.base
            or nb.form not in ("digits", "words")
        ):
            continue
        factor = b.value / nb.base
        members: list[Draft] = []
        end, last = b.hstart, True
        for a in reversed(drafts[:i]):
            na = a.numeral
            if (
                na is None
                or a.kind != "number"
                or a.explicit_unit
                or a.year_like
                or a.date_part
                or a.value_to is not None
                or na.scale
                or na.form != nb.form
                or not (nb.base / 10 <= na.base <= nb.base * 10)
            ):
                break
            gap = text[a.qend : end]
            if not (_LIST_LAST_SEP_RE.fullmatch(gap) if last else gap == _LIST_SEP):
                break
            members.append(a)
            end, last = a.hstart, False
        for a in members:
            a.kind, a.unit, a.explicit_unit = b.kind, b.unit, True
            a.value *= factor
            a.options, a.factor = b.options, b.factor
    return drafts


_POUNDS_GAP_RE = re.compile(r",?\s+(?:and|or|to|then|versus|vs\.?)\s+|,\s+|\s?[-–/]\s?")


def share_pounds(text: str, drafts: list[Draft]) -> list[Draft]:
    """Pounds coordinated with pounds of money are money: ``tickets cost 50 pounds and 60 pounds``.

    Bare ``pounds`` are weight unless a word of price is just before them (see :func:`read_unit`); a
    second amount in pounds joined to the first by a coordinating word alone is the same unit (``the fine
    was 200 pounds and he lost 20 pounds`` keeps its weight: a clause between).
    """
    for a, b in pairwise(drafts):
        if b.kind != "quantity" or b.unit != "pound" or a.kind != "money" or a.unit != "GBP" or a.currency_before:
            continue
        if not _POUNDS_GAP_RE.fullmatch(text, a.qend, b.hstart):
            continue
        if not text[a.qstart : a.qend].lower().rstrip().endswith(("pounds", "pound")):
            continue
        b.kind, b.unit = "money", "GBP"
    return drafts


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z\"“(]|\s*$)|\n")
#: How far around a shared form a sentence is searched for the currency it speaks of.
LOCAL_WIDTH = 300


def localise(text: str, drafts: list[Draft]) -> list[Draft]:
    """The currency of each form several currencies share (``cents``, ``Rs``, ``K``, ``kr``, ``fils``).

    In its sentence, the nearest amount in a currency of the form's options decides (``25 cents to
    C$3.25`` are Canadian cents), else the first country, demonym or city whose currency is one of them
    (``150 fils in Kuwait City``, ``Rs 1.2 trillion`` in Pakistan); else the default, and a form without
    one (``K``, ``kr``) is no money (``the K2 expedition``). A sentence is the text between two full stops
    (within :data:`LOCAL_WIDTH` characters).
    """
    for i, d in enumerate(drafts):
        if not d.options or d.exclusion:
            continue
        lo, hi = _sentence_bounds(text, d.qstart, d.qend)
        codes = {c for c, _ in d.options if c}
        chosen = _nearest_currency(drafts, i, lo, hi, codes) or _place_currency(text, lo, hi, codes)
        choice = next((o for o in d.options if o[0] == chosen), d.options[0])
        if not choice[0]:
            d.kind, d.unit, d.explicit_unit, d.currency_before = "number", "dimensionless", False, False
            d.exclusion = "identifier"
            continue
        old = d.unit.split("/", 1)[0]
        d.unit = choice[0] + d.unit[len(old) :]
        if choice[1] != d.factor:
            d.value = d.value / d.factor * choice[1]
            if d.value_to is not None:
                d.value_to = d.value_to / d.factor * choice[1]
            d.factor = choice[1]
        d.options = ()
    return drafts


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence around ``start``-``end`` (at most LOCAL_WIDTH characters each way)."""
    lo = max(0, start - LOCAL_WIDTH)
    last = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, start):
        last = m.end()
    after = _SENTENCE_END_RE.search(text, end, min(len(text), end + LOCAL_WIDTH))
    return last, (after.start() if after else min(len(text), end + LOCAL_WIDTH))


def _nearest_currency(drafts: list[Draft], i: int, lo: int, hi: int, codes: set[str]) -> str:
    """The currency among ``codes`` of the amount nearest to ``drafts[i]`` within ``lo``-``hi``; empty if none.

    Walks out from ``drafts[i]`` both ways and stops at the sentence's ends, so the work is bounded by
    the amounts of one sentence, not of the text.
    """
    left, right = i - 1, i + 1
    while left >= 0 or right < len(drafts):
        for j in (left, right):
            if 0 <= j < len(drafts):
                e = drafts[j]
                code = e.unit.split("/", 1)[0]
                if not e.options and e.kind in ("money", "rate") and lo <= e.qstart and e.qend <= hi and code in codes:
                    return code
        left = left - 1 if left >= 0 and drafts[left].qstart >= lo else -1
        right = right + 1 if right < len(drafts) and drafts[right].qend <= hi else len(drafts)
    return ""


@cache
def _places_re(folded: bool) -> re.Pattern[str]:
    """Place names as one pattern (compiled when a shared form first asks); ``folded``: in any case."""
    names = _trie(places())
    return re.compile(rf"(?<![A-Za-z])(?:{f'(?i:{names})' if folded else names})(?![A-Za-z])")


@cache
def _folded_places() -> dict[str, str]:
    """Place words in lower case -> territory (for copy written all in lower case)."""
    return {k.lower(): v for k, v in reversed(places().items())}


def _place_currency(text: str, lo: int, hi: int, codes: set[str]) -> str:
    """The currency among ``codes`` of the first place named within ``lo``-``hi``; empty if none.

    A sentence without a capital letter is lower-cased copy (tokenised wire text): there the names are
    matched in any case (``the australian firm``).
    """
    folded = not any(c.isupper() for c in text[lo:hi])
    table = _folded_places() if folded else places()
    for m in _places_re(folded).finditer(text, lo, hi):
        word = " ".join(m.group().split())
        territory = table.get(word.lower() if folded else word, "")
        if not territory:
            continue
        found = territory_currencies(territory) & codes or territory_currencies_ever(territory) & codes
        if found:
            return min(found)
    return ""


def carry_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """A bare number coordinated with an amount of money or a percentage takes its unit (and scale).

    ``rose 3 percent in May and 4 in June``, ``the highest is 84 cents, the lowest 74``, ``rose to
    $5.2 billion from 4.9``: the writer gives the unit once. Only across a coordinating word of the
    same clause (:data:`_CARRY_RE`), and only between numbers within a factor of three, so that a
    level after a change (``fell 4% to 28,030``) or another figure of the clause (``13%, and the
    oldest member is 114``) stays a bare number.
    """
    for i in range(1, len(drafts)):
        a, b = drafts[i - 1], drafts[i]
        gap = text[a.qend : b.hstart]
        if i >= 2 and _restated(text, drafts[i - 2], a, drafts[i + 1] if i + 1 < len(drafts) else None, b):
            # "¥2.4m ($22,000) for one and 2.3m ($21,000) for the other": the conversions in parentheses
            # are in one currency, so the bare number is in the currency of the first amount
            a, gap = drafts[i - 2], gap.lstrip(" )]")
        elif i >= 2 and (a.year_like or a.date_part) and not a.explicit_unit and b.base_scale:
            # "2 billion euros in 2022 and 3 billion in 2023": the year between is no amount; over a year
            # only an amount with its scale written again (not "$20m in 2019 and hired 25 in 2020")
            a = drafts[i - 2]
            gap = text[a.qend : b.hstart]
        na, nb = a.numeral, b.numeral
        if na is None or nb is None or b.kind != "number" or b.value_to is not None or a.value_to is not None:
            continue
        money_rate = a.kind == "rate" and a.unit.split("/")[0].isupper()  # "$4.50 a share ... 3.90"
        # "stretched to 12 weeks from six", "cut the week to 35 hours from 39": a length's earlier level
        from_level = a.kind in ("duration", "quantity") and gap.strip().lower() == "from"
        if (
            (a.kind not in ("money", "percent") and not money_rate and not from_level)
            or b.year_like
            or b.date_part
            or b.exclusion
            or (nb.form != "digits" and not (from_level and nb.form == "words"))
        ):
            continue
        if not na.base or not (Decimal(1) / 3 <= nb.base / na.base <= 3) or (nb.scale and nb.scale != na.scale):
            continue
        to_level = gap.strip().lower() == "to" and a.kind != "percent"  # "cut 100 dollars to 80"
        if len(gap) > 48 or not (to_level or _CARRY_RE.search(gap)) or _CLAUSE_END_RE.search(gap):
            continue
        if a.kind == "percent" and a.change != "none" and gap.rstrip().lower().endswith(" to"):
            continue  # "shares rose 2% to 5.10": a price after a change in percent
        b.kind, b.unit, b.explicit_unit = a.kind, a.unit, True
        if not nb.scale and a.value != na.base:
            b.value *= a.value / na.base  # the scale or the sub-unit written once: "84 cents ... 74"
    return drafts


def _restated(text: str, first: Draft, conversion: Draft, after: Draft | None, b: Draft) -> bool:
    """True when ``conversion`` restates ``first`` in parentheses and ``after`` restates the bare ``b``
    the same way, in the same unit: ``A (A') ... and B (B')``."""
    return (
        after is not None
        and first.kind == "money"
        and conversion.kind == after.kind == "money"
        and conversion.unit == after.unit != first.unit
        and bool(_PAREN_OPEN_RE.fullmatch(text, first.qend, conversion.qstart))
        and bool(_PAREN_OPEN_RE.fullmatch(text, b.qend, after.qstart))
    )


def join_pair(text: str, a: Draft, b: Draft) -> Draft | None:
    """One range figure from two adjacent drafts, or None when they are not a range."""
    if a.value_to is not None or b.value_to is not None or a.date_part or b.date_part:
        return None
    age_count = a.kind == "age" and b.kind == "count" and not _plural(b.noun.split()[-1].lower())
    if (
        a.kind in ("fraction", "multiple", "age")
        and a.kind != b.kind
        and not (a.kind == "age" and b.kind == "number")
        and not age_count
    ):
        return None  # but "aged 18 to 34" is one age range
    sep_match = _RANGE_SEP_RE.fullmatch(text, a.qend, b.hstart)
    if sep_match is None or (b.qualifier not in ("exact",) and b.hstart != b.qstart):
        return None
    sep = sep_match.group().strip()
    if sep == "and" and a.joiner != "between":
        return None
    if (
        sep in ("to", "to-")
        and (a.change != "none" or text[max(0, a.hstart - 3) : a.hstart] == "by ")
        and not _range_after_move(a, b)
    ):
        return None  # "fell 0.4% to 13,176": a change and a level
    if sep == "to" and _HYPHEN_RANGE_RE.match(text, b.qend):
        return None  # "from 24.2 to 33-35 billion euros": B begins a range of its own
    if sep in ("-", "–", "—") and a.year_like and b.numeral is not None and b.numeral.value < 100:
        a.date_part = b.date_part = True  # "2004-05"
        return None
    if a.year_like and (b.year_like or b.value < a.value or sep not in ("-", "–", "—") or b.kind == "money"):
        return None  # "from 2008 to 29 mpg", "in 2003 to £2.89bn": a year, then an amount
    if not (age_count or compatible(a, b)):
        return None
    if sep in ("-", "–", "—") and not a.explicit_unit and not b.explicit_unit and a.value > b.value:
        a.exclusion = b.exclusion = "score"  # "2-0 down": a score, not a range
        return None
    if (
        sep in ("to", "to-")
        and a.joiner != "from"
        and not a.explicit_unit
        and not b.explicit_unit
        and a.value > b.value
    ):
        return None  # "a ratio of 3 to 1", "voted 7 to 2": a ratio or a tally, not a range (but "from 10 to 5" is)
    if age_count:
        b.kind, b.unit, b.noun = "number", "dimensionless", ""  # "aged 25 to 54 grew": no noun is counted
    share_unit(a, b)
    return _range_of(a, b)


def _range_after_move(a: Draft, b: Draft) -> bool:
    """True when ``<move> A to B <unit>`` is a range of the move, not a move and a level.

    ``cut 2,000 to 3,000 jobs``, ``climb 5 to 7 percent``: A is bare, B carries the unit, and B is above A
    by at most a factor of two. A level after a move has its own unit (``fell 4% to 28,030``) or lies far
    from the move (``rose 45 to 7,550``, ``rose 0.2 to 5.1 percent``).
    """
    na, nb = a.numeral, b.numeral
    if na is None or nb is None or a.explicit_unit or a.kind != "number" or not na.base:
        return False
    if not (b.explicit_unit or b.kind == "count") or b.qualifier != "exact" or b.change != "none":
        return False
    if (na.scale or nb.scale) and na.scale != nb.scale:
        return False
    return na.base < nb.base <= 2 * na.base


def _end_after_when(text: str, drafts: list[Draft], i: int) -> int:
    """Index of the end of a range ``from A <when> to B`` that begins at ``drafts[i]``, else 0.

    ``rose from 20 mpg in 2008 to 29 mpg in 2020``, ``fell from $36,040 at 10.45pm last night to
    $34,935``: the words between say when the first end was measured, and the figure is still the
    move from A to B (a ``from ... to`` range, as without them). Only years may stand between as
    numbers, the two ends must be plain (no hedge, no change of their own) and of one unit.
    """
    a = drafts[i]
    if a.joiner != "from" or a.value_to is not None or a.change != "none" or a.year_like or a.date_part:
        return 0
    j = i + 1
    while (
        j < len(drafts) and j - i <= 3 and (drafts[j].year_like or drafts[j].date_part) and not drafts[j].explicit_unit
    ):
        j += 1
    if j >= len(drafts) or j - i > 3:
        return 0
    b = drafts[j]
    if b.value_to is not None or b.year_like or b.date_part or b.hstart != b.qstart or b.qualifier != "exact":
        return 0
    if not _WHEN_TO_RE.fullmatch(text, a.qend, b.hstart) or not compatible(a, b):
        return 0
    share_unit(a, b)
    return j


def _or_range(text: str, a: Draft, b: Draft) -> bool:
    """True when ``A or B`` (the unit written once, after B) is a range: no comma, no hedge, ``A < B``.

    ``three or four years`` is 3-4 years; ``£250 or £500`` (two prices) and ``more than 20 or 30`` stay apart.
    """
    na, nb = a.numeral, b.numeral
    if na is None or nb is None or "," in text[a.qend : b.hstart] or a.value_to is not None or b.value_to is not None:
        return False
    if a.kind != b.kind or a.unit != b.unit or a.kind in ("fraction", "multiple", "number") or a.date_part:
        return False
    if na.decimals or nb.decimals or a.year_like or b.year_like or a.qualifier != "exact" or b.qualifier != "exact":
        return False
    return a.value < b.value


def _range_of(a: Draft, b: Draft) -> Draft:
    """The range figure of two drafts whose units agree (after share_unit)."""
    # the end that says more gives the unit: a rate over a level, a count over a bare number
    richer = a if (b.kind == "number" or ("/" in a.unit and "/" not in b.unit)) and a.kind != "number" else b
    kind, unit = richer.kind, richer.unit
    return Draft(
        qstart=a.qstart, qend=b.qend, hstart=a.hstart, value=a.value, kind=kind, unit=unit, value_to=b.value,
        qualifier="range", change=a.change if a.change != "none" else b.change, noun=b.noun or a.noun,
        numeral=a.numeral, explicit_unit=a.explicit_unit or b.explicit_unit, joiner=a.joiner,
    )  # fmt: skip


def compatible(a: Draft, b: Draft) -> bool:
    """True when two drafts may be the two ends of one range (same unit, or one of them bare)."""
    if not a.explicit_unit or not b.explicit_unit:
        return a.kind in ("number", "count", b.kind) or b.kind in ("number", "count")
    if a.unit == b.unit:
        return True
    return a.unit.split("/")[0] == b.unit.split("/")[0]


def share_unit(a: Draft, b: Draft) -> None:
    """The bare end of a pair takes the other's unit, and its scale when smaller (``$10 to $15 billion``)."""
    if not a.explicit_unit and b.explicit_unit:
        a.kind, a.unit, a.explicit_unit = b.kind, b.unit, True
        a.year_like = False
        if b.kind in ("money", "rate") and b.subunit:
            a.value *= b.factor  # "40 to 45 cents a share": the sub-unit is written once
        elif b.kind == "money" and b.numeral is not None and b.unit.split("/")[0] in SUBUNIT_CODES and _subunit(b):
            a.value *= Decimal("0.01")
    elif a.explicit_unit and not b.explicit_unit:
        b.kind, b.unit, b.explicit_unit = a.kind, a.unit, True
        b.year_like = False
    na, nb = a.numeral, b.numeral
    smaller = na is not None and nb is not None and na.base < nb.base and not na.grouped
    if smaller and na is not None and nb is not None and not na.scale and nb.scale and na.form != "fraction":
        a.value *= nb.value / nb.base if nb.base else Decimal(1)
    if not a.noun and b.noun:
        a.noun = b.noun
    if a.kind == "count" and b.kind == "number":
        b.kind, b.unit = "count", "count"


SUBUNIT_CODES = frozenset(code for code, _ in SUBUNITS.values())


def _subunit(d: Draft) -> bool:
    """True when a money draft was written in a sub-unit (its value was scaled by 0.01)."""
    n = d.numeral
    return n is not None and d.value != n.value and d.value == n.value * Decimal("0.01")


def link_equivalents(text: str, figures: list[Figure]) -> list[Figure]:
    """A figure in parentheses right after another of the same kind restates it: set ``equivalent_of``.

    ``£5.7bn ($10.7bn; 8.2bn euros)``: both figures in the parentheses point at the pounds.
    """
    out: list[Figure] = []
    primary: int | None = None
    for i, f in enumerate(figures):
        link: int | None = None
        if out:
            prev = out[-1]
            if _PAREN_OPEN_RE.fullmatch(text, prev.end, f.start) and restates(prev, f):
                link = i - 1
            elif (
                primary is not None
                and prev.equivalent_of == primary
                and _PAREN_NEXT_RE.fullmatch(text, prev.end, f.start)
                and restates(figures[primary], f)
            ):
                link = primary
        primary = link
        out.append(replace(f, equivalent_of=link) if link is not None else f)
    return out


def restates(a: Figure, b: Figure) -> bool:
    """True when ``b`` may restate ``a`` in another unit: two amounts of money, or two physical quantities."""
    return a.kind == b.kind and a.kind in ("money", "quantity", "rate") and a.unit != b.unit


def to_figure(text: str, d: Draft) -> Figure | None:
    """The record of a finished draft (None for a value that is not finite)."""
    value = float(d.value)
    value_to = float(d.value_to) if d.value_to is not None else None
    if not math.isfinite(value) or (value_to is not None and not math.isfinite(value_to)):
        return None
    kind = d.kind
    unit = d.unit
    if kind == "number":
        unit = "dimensionless"
    return Figure(
        start=d.qstart,
        end=d.qend,
        quote=text[d.qstart : d.qend],
        kind=kind,
        value=value,
        unit=unit,
        value_to=value_to,
        qualifier=d.qualifier,
        change=d.change,
        noun=d.noun,
    )
