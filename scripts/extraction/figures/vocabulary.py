"""Vocabularies and compiled patterns of the figures extractor: word lists read once from ``vocab/en/*.toml`` and the regexes built from them (left contexts are matched on reversed text, see :func:`_back`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from .. import lexicon
from ..money import (
    CURRENCY_NAMES,
    DOLLAR_MARKS,
    DOLLAR_MARKS_ATTACHED,
    LETTER_SIGNS,
    LETTER_SIGNS_AFTER,
    SCALED_NAMES,
    SIGNS,
    SIGNS_AFTER,
    SUBUNITS,
    WEAK_NAMES,
)
from ..patterns import phrase_alternation, word_trie

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
#: Direction nouns after a number that are no fall after money: "a $111m loss" is the amount lost.
NOT_DOWN_AFTER_MONEY = lexicon.words("directions", "not_down_after_money")

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
#: Hedges of a mark a move crosses: after a verb of change, the level passed (``fell below 10%``), not a move.
CROSSED_MARKS = lexicon.words("directions", "crossed_marks")
#: Words between a direction and "of" that make the number a level (``fallen from the record of $55.67``).
LEVEL_BEFORE_OF = lexicon.words("directions", "level_before_of")
#: Direction words that are never a verb (``growth``, ``higher``): "growth above 3%" is a move, not a mark crossed.
NOT_VERBS = lexicon.words("directions", "not_verbs")
#: Scale words after a fraction of (``a quarter of a billion``).
SCALE_WORDS: dict[str, Decimal] = {
    "hundred": Decimal(100), "thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12, "lakh": Decimal(10) ** 5, "crore": Decimal(10) ** 7,
}  # fmt: skip


def _trie(words: Iterable[str]) -> str:
    """A regex of literal words as a prefix tree; a space in a word matches any one whitespace character."""
    return word_trie(words, any_space=True)


# --- regexes (all compiled at import) -----------------------------------------------------------


def _reversed_words(words: Iterable[str], *, space_run: bool = False) -> str:
    """The words spelled backwards, as a prefix tree, for matching on reversed text. A space in a word
    matches any one whitespace character, or with ``space_run`` a run of them ('the age of')."""
    return word_trie((w[::-1] for w in words), any_space=True, space_run=space_run)


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
    r"|\s?(?P<sym>[~≈<>≥≤]|\.c)"
    rf"|-(?P<pre>(?i:{_reversed_words(h[:-1] for h in HEDGES if h.endswith('-'))})))(?![A-Za-z])"
)
#: "<direction> [adverb] [by|of] [between] [a further] " before a number, read backwards ("fell back 2%", "rose sharply
#: by 5%", "fell by between 2% and 3%").
_DIRECTION_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(lexicon.words('directions', 'between'))})\s+)?(?:(?i:{_reversed_words(['between'])})\s+)?"
    rf"(?:(?:{_reversed_words(['by', 'of'])})\s+)?"
    rf"(?:(?i:{_reversed_words(lexicon.words('directions', 'adverbs_after'))})\s+)?"
    rf"(?P<d>(?i:{_reversed_words(UP_WORDS | DOWN_WORDS)}))(?![A-Za-z])"
)
#: "shares recovered 4%", "BA was off 3%" (reversed): a move of a rate or points only (see read_left).
_OF_RATE_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(lexicon.words('directions', 'between'))})\s+)?(?:{_reversed_words(['by'])}\s+)?"
    rf"(?P<d>(?i:{_reversed_words(UP_OF_RATE | lexicon.words('directions', 'down_of_rate'))}))(?![A-Za-z])"
)
#: "wiped 5% off", "knocked £2bn off" (the verb, reversed): a fall when "off" follows the figure.
_DOWN_BEFORE_OFF_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(lexicon.words('directions', 'between'))})\s+)?"
    rf"(?P<d>(?i:{_reversed_words(lexicon.words('directions', 'down_before_off'))}))(?![A-Za-z])"
)
_OFF_AFTER_RE = re.compile(r"(?:\s+(?i:points?))?\s+off(?![A-Za-z])")
#: After a duration, a run of moves or an offset in time ("rose two days in a row", "growth two quarters ahead"): no size.
_DURATION_NOT_SIZE_RE = re.compile(
    rf"\s+(?i:{_trie(lexicon.words('directions', 'duration_not_size_after'))})(?![A-Za-z])"
)
#: Direction words never read ahead of "of" ("collapsed with debts of"), nor the particles and "minus".
_NOT_BEFORE_OF = lexicon.words("directions", "not_before_of") | {"up", "down", "minus"}
#: A direction word (a verb after a plural subject, or a participle/noun ahead of "of"), read backwards.
_DIRECTION_OF_BACK_RE = re.compile(
    rf"\s+{_reversed_words(['of'])}(?:\s+[a-z][a-z'-]*){{1,3}}?\s+"
    rf"(?P<d>(?i:{_reversed_words((UP_WORDS | DOWN_WORDS) - _NOT_BEFORE_OF)}))(?![A-Za-z])"
)
#: "<verb> <object of up to three words> by [between]" before a number: "cut interest rates by 0.5%", "reduce its
#: workforce by between 7,000 and 8,000", "boosted Sina's shares by" (reversed). The farthest verb within reach wins
#: ("lowered its growth forecast by"); words that are never verbs stay out, and an auxiliary ends the object: "the
#: fall was caused by 10% tariffs" is no fall of 10%.
_DIRECTION_BY_BACK_RE = re.compile(
    rf"\s+(?:{_reversed_words(['between'])}\s+)?{_reversed_words(['by'])}"
    rf"(?:\s+(?!(?:{_reversed_words(lexicon.words('directions', 'not_in_object'))})(?![a-z]))[a-z][A-Za-z'-]*){{0,3}}\s+"
    rf"(?P<d>(?i:{_reversed_words((UP_BY | DOWN_BY) - NOT_VERBS)}))(?![A-Za-z])"
)
#: "<verb> <object> N%|points" with no "by" (reversed): "raised interest rates 0.25 points", "lowered its key rate 50
#: basis points"; the object's words open no phrase of place or time, its last is no determiner ("raised the 17.5% VAT
#: rate"), and no article or possessive comes before the verb ("The increase brings inflation 3% closer": a noun).
#: For a percent or points only (see read_left).
_RATE_OBJECT_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(lexicon.words('directions', 'between'))})\s+)?"
    rf"(?!(?i:{_reversed_words(lexicon.words('directions', 'not_last_in_rate_object'))})(?![A-Za-z]))"
    rf"(?:(?!(?i:{_reversed_words(lexicon.words('directions', 'not_in_object') | lexicon.words('directions', 'not_in_rate_object'))})(?![A-Za-z]))[a-z][A-Za-z'-]*\s+){{1,3}}"
    rf"(?P<d>(?i:{_reversed_words((UP_BY | DOWN_BY) - NOT_VERBS)}))(?![A-Za-z])"
    rf"(?!\s+(?i:{_reversed_words(lexicon.words('directions', 'not_before_rate_verb'))})(?![A-Za-z]))"
)
#: "<passive auxiliary> [adverb] <verb> N%|points" (reversed): "has been raised 7.8%", "was lowered 0.3 points".
_RATE_PASSIVE_BACK_RE = re.compile(
    rf"\s+(?P<d>(?i:{_reversed_words((UP_BY | DOWN_BY) - NOT_VERBS)}))"
    rf"(?:\s+[a-z]+yl)?\s+(?i:{_reversed_words(lexicon.words('directions', 'passive_auxiliaries'))})(?![A-Za-z])"
)
_UP_OF_RATE_AFTER_BACK_RE = re.compile(
    rf"\s+(?i:{_reversed_words(lexicon.words('directions', 'up_of_rate_after'))})(?![A-Za-z])"
)
_NOT_UP_BACK_RE = re.compile(rf"\s+(?i:{_reversed_words(lexicon.words('directions', 'not_up_before'))})(?![A-Za-z])")
#: "<plural noun> <direction verb> to|from NUMBER": the level of counted things.
_LEVEL_BACK_RE = re.compile(
    rf"\s+(?:{_reversed_words(['to', 'from'])})\s+(?i:{_reversed_words(UP_WORDS | DOWN_WORDS)})\s+(?P<subject>s[a-z]{{2,}}(?<![sui]s))(?![A-Za-z'])"
)
_BOUND_BACK_RE = re.compile(
    r"(?<![A-Za-z])(?P<b>(?i:maximum|minimum|max|min))(?!\s+wages?\b)(?:\s+[a-z][a-z-]*){0,2}\s+of\s+\Z"
)
#: "<direction> by " before a number, read backwards ("fell by ", "was cut by ").
_BY_DIRECTION_BACK_RE = re.compile(
    rf"(?:\s+(?i:{_HEDGE_WORDS_BACK}))?"
    rf"\s+{_reversed_words(['by'])}\s+(?i:{_reversed_words(UP_WORDS | DOWN_WORDS)})(?![A-Za-z])"
)  # "fell by a third", "fell by more than a quarter"
#: What may follow a fraction that sizes a change: the end of the phrase, or a preposition or conjunction.
_FRACTION_END_RE = re.compile(
    rf"\s*(?:[.,;:!?)\"”]|$)|\s+(?i:{_trie(lexicon.words('directions', 'fraction_after_by_follow'))})(?![A-Za-z-])"
)
_BETWEEN_BACK_RE = re.compile(rf"\s+(?P<w>(?i:{_reversed_words(['between', 'from'])}))(?![A-Za-z])")
#: Words of age right before a number ("aged 65", "at age 60", "the age of 16").
_AGE_WORDS = ["aged", "ages", "age", "at age", "the age of"]
_AGE_BACK_RE = re.compile(rf"\s+(?i:{_reversed_words(_AGE_WORDS, space_run=True)})(?![A-Za-z])")
#: The verbs of "he will be 35", "she's 40" between a person and an age.
_PERSON_BE = ["will be", "would be", "is", "was", "'s", "’s"]
#: "she turned 60", "he will be 35" (reversed): a person's age, when no noun or unit follows the number.
_PERSON_AGE_BACK_RE = re.compile(
    rf"\s+(?:(?i:{_reversed_words(['turned', 'turns', 'turning'])})"
    rf"|(?:{_reversed_words(_PERSON_BE, space_run=True)})"
    rf"\s+(?i:{_reversed_words(['he', 'she', 'i', 'you', 'we', 'they'])})(?:\s|$))"
)
#: What may follow a person's age: the end of the phrase or a word of time (not "is 1 of 5", "was 2 under par").
_AGE_END_RE = re.compile(
    r"\s*(?:[.,;:!?)\"”]|$)|\s+(?:when|by|next|last|this|and|but|now|then|at|in|on|today|yesterday|tomorrow|so)\b"
)
#: "men aged 18 to 34", "workers aged between 25 and 54" (reversed): the words before an age band.
_AGE_GROUP_BACK_RE = re.compile(
    rf"\s+(?:{_reversed_words(['between'])}\s+)?(?i:{_reversed_words(lexicon.words('context', 'age_group_before'))})(?![A-Za-z])"
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
#: "Series C ", "Class S ", "plan a " before a dollar sign (reversed): the letter labels, it marks no dollar.
_LETTER_LABEL_BACK_RE = re.compile(
    rf"\s+(?i:{_reversed_words(LABEL_WORDS | lexicon.words('context', 'letter_label_words'))})(?![A-Za-z])"
)
#: A sign right before a number: "-" and "−" (U+2212), and an en dash "–" as a minus when it follows a space or an
#: opening mark (after a digit, "3–4%", it joins a range; spaced, "growth – 0.3% –", it is punctuation).
_SIGN_RE = re.compile(r"(?:^|(?<=[\s(\[:;,]))(?P<sign>[-−–+])\Z")
#: The word of a minus sign right before a number ("minus 0.3%", "minus-5 yards"); read as the sign "-" is.
_MINUS_WORD_RE = re.compile(r"(?<![A-Za-z])(?P<sign>(?i:minus))[\s\-]\Z")
#: A word of a level before a figure written below zero ("fell to -0.2%", "stood at minus 1%", "a yield of -0.1%"):
#: the level reached or held, no fall (see ``level_before_sign``).
_LEVEL_OF_MOVE_RE = re.compile(rf"(?i:\b(?:{_trie(lexicon.words('directions', 'level_before_sign'))}))\s+\Z")
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
    rf"|%|\d|(?i:{_reversed_words(['bn', 'm', 'million', 'billion', 'trillion', 'per cent', 'percent', 'points'])})"
    r"(?![A-Za-z]))"
)
#: "over" is a span after a change earlier in its clause, past a word that is no bound's ("doubled to 1,000 units
#: over 18 months"; not "rose for the first time in over 18 months"); read on the reversed text before "over".
_OVER_SPAN_CLAUSE_BACK_RE = re.compile(
    rf"\s+(?!(?i:{_reversed_words(lexicon.words('hedges', 'over_bound_after'))})(?![A-Za-z]))[A-Za-z]+"
    r"(?:(?:[^.,;:!?\n]|(?<=\d)[.,](?=\d))*?[^A-Za-z.,;:!?\n])?"  # the clause back to the change ('1,000' in it)
    rf"(?i:{_reversed_words(UP_WORDS | DOWN_WORDS | lexicon.words('hedges', 'over_span_after'))})(?![A-Za-z])"
)
_HEDGE_AFTER_RE = re.compile(r"(?:\s+(?P<w>or\s+so|or\s+more|or\s+less|or\s+fewer|odd)\b|(?P<s>-odd\b|\+|-plus\b))")
_PERCENT_RE = re.compile(
    r"(?:\s|-(?=(?i:percentage|basis)[\s-](?i:points?)\b)|(?=bps?\b))"  # "50bp", "25 bps", "a 25-basis-point rise"
    r"(?P<pp>(?i:percentage[\s-]points?|basis[\s-]points?)\b|bps?\b)"
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


def _context_phrases_re(key: str) -> re.Pattern[str]:
    """The phrases of the list ``key`` of ``context.toml`` as whole words in any case, a space of a phrase matching
    any run of white space ('compared with' across a line end)."""
    phrases = phrase_alternation(lexicon.load("context")[key], r"\s+")
    return re.compile(rf"(?<![A-Za-z])(?i:{phrases})(?![A-Za-z])")


#: Words that coordinate two figures of one clause, across which a unit written once is shared (``carry_words``).
_CARRY_RE = _context_phrases_re("carry_words")
#: A base word between a count and a bare number after it ('45,000 people, up from 41,000', '1.2 million cars, compared
#: with 1.1 million'): the number is the count's earlier level, of the same things (``count_base_words``; ``carry_units``).
_COUNT_BASE_RE = _context_phrases_re("count_base_words")
#: Between a move and a second figure whose verb is left out: "fell 3% and imports 2%", "rose 1.2% in May, while the
#: Dax 0.8%", "fell 4% on Monday and 2% on Tuesday": a time phrase, a conjunction, and at most a name or a plural noun.
_GAPPED_RE = re.compile(
    r"(?:\s+(?:in|on|at|during|over|since)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)?"
    r",?\s+(?:and|but|while|whereas)\s+"
    r"(?:(?:the|its|their)\s+)?"
    r"(?:[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,3}\s+"
    r"|(?!(?:this|thus|plus|less|unless|across|always|perhaps|was|has|does|is|as|its|his|hers)\s)[a-z]{3,}s\s+)?"
)
#: What may follow the second figure of a gapped move: the end of the clause, a time phrase, "respectively".
_GAPPED_END_RE = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:in|on|at|during|over|since|respectively|to|from|against|year-on-year)(?![A-Za-z])"
)
_CLAUSE_END_RE = re.compile(r"[.!?;:]\s|[()\[\]]")
_PHRASE_CUT_RE = re.compile(r"[,.;:!?()\[\]]")
_HYPHEN_RANGE_RE = re.compile(r"\s?[-–]\s?\d")
_HALF_YEAR_RE = re.compile(r"(?i:the\shalf)")
_HALF_NOT_YEAR_RE = re.compile(r"-|\s+of\b")  # "the half-point cut", "the half of it"
_SPACED_SCALE_RE = re.compile(r"\s(?P<s>[mMbB]|bn|mil|mill)(?=\s[A-Za-z])")
#: Scales of American and finance copy read only after a currency sign: ``$5MM``, ``$5 mil``, and a scale letter
#: apart (``$3.2 B``, ``$400 K``, ``$ 2.5 MM``), not the class of a security (``$25 B shares``: a class is one capital,
#: or ``b`` in lower-cased copy; ``$ 5 m shares`` is millions) nor the start of a word (``M&A``, ``B-class``).
_SIGN_SCALE_AFTER_RE = re.compile(
    r"(?P<s>(?:MM|\s?mill?)(?![A-Za-z0-9])"
    r"|\s(?:MM|[km])(?![A-Za-z0-9&'’-])"
    r"|\s[KMBb](?![A-Za-z0-9&'’-])"
    rf"(?!\s+(?i:{word_trie(lexicon.words('context', 'security_class_nouns'))})(?![A-Za-z])))"
)
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
#: After a count: a comparative that makes it the size of a difference ("48,000 fewer mortgages", "15 points higher").
POINTS_UP_AFTER = lexicon.words("directions", "points_up_after")
_COUNT_DIRECTION_AFTER_RE = re.compile(
    rf"\s+(?:(?i:points?)\s+(?P<p>{_trie(POINTS_UP_AFTER | lexicon.words('directions', 'points_down_after'))})"
    rf"|(?P<c>{_trie(lexicon.words('directions', 'count_down_after'))}))(?![A-Za-z])"
)
_OF_A_RE = re.compile(r"\s+(?:of\s+)?an?\s")
#: After a fraction, the point it sizes: "a quarter point rise", "a half-point cut", "a quarter percentage point",
#: and after "of a" / "a": "half a point", "three quarters of a point": a fraction of a percentage point.
_POINT_AFTER_RE = re.compile(r"[\s-](?i:percentage[\s-])?(?i:points?)\b(?!-)")
#: After a count, a fraction of a point ("three quarter-point rises", "two half-point cuts"): the count is of steps.
#: So after a count is a number of basis or percentage points, one step's size ("three 25-basis-point increases",
#: "two 50bp cuts", "three 0.25 percentage point rises"): a point has no plural to count in the singular. An adjective
#: of sequence may stand between (vocab step_count_adjectives): "two further quarter-point rises".
_STEPS_OF_POINT_RE = re.compile(
    rf"(?:\s(?i:{_trie(lexicon.words('context', 'step_count_adjectives'))}))?"  # "two further quarter-point rises"
    r"\s(?:(?i:three-quarter|quarter|half)[\s-](?i:percentage[\s-])?(?i:point)\b(?!-)"
    r"|\d+(?:\.\d+)?(?:[\s-]?(?i:bps?)\b|[\s-](?i:basis|percentage)[\s-](?i:point)\b)(?!-))"
)
_OF_A_POINT_RE = re.compile(r"(?:\s+|-)(?:of(?:\s+|-))?(?i:an?)(?:\s+|-)(?i:percentage(?:\s+|-))?(?i:point)\b(?!-)")
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
#: "<word of change> [up to nine words] from" before the first level of ``from A to B`` (reversed): the pair is a
#: move between two levels, not an interval ("fell from", "cut its forecast from", "a rise, from"). The words
#: between carry no punctuation but a comma right before "from", and no interval verb or new clause.
_MOVE_BEFORE_FROM_BACK_RE = re.compile(
    rf"\s+(?i:{_reversed_words(['from'])})(?:\s*,\s*|\s+)"
    rf"(?:(?!(?i:{_reversed_words(lexicon.words('directions', 'not_between_move_and_from'))})(?![A-Za-z]))"
    r"(?![.])[^\s,;:!?()\"“”]+\s+){0,9}?"
    rf"(?P<d>(?i:{_reversed_words((UP_BY | DOWN_BY | lexicon.words('directions', 'move_before_from')) - lexicon.words('directions', 'not_move_before_from'))}))"
    r"(?![A-Za-z])"
)
#: After the second end of ``from A to B``: "to" and another number, as in "revised from 5 to 7 per cent to 3 to 5
#: per cent", where A-B is the first of two ranges.
_TO_NUMBER_AFTER_RE = re.compile(r"\s+to\s+\S{0,3}\d")
