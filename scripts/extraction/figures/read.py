"""Reading one numeral: its currency, unit, hedge, direction, counted noun and rate from the words around it."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

from .. import lexicon
from ..money import (
    ATTACHED_SIGNS,
    COINS_AFTER_ARTICLE,
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
    scaled_code,
)
from ..numbers import Numeral, scale_of
from .draft import Draft
from .reject import context_reason, is_date_part, is_year_like, one_reason
from .vocabulary import (
    _ADDRESS_RE,
    _AGE_BACK_RE,
    _AGE_END_RE,
    _AMOUNT_AFTER_RE,
    _BETWEEN_BACK_RE,
    _BOUND_BACK_RE,
    _BY_DIRECTION_BACK_RE,
    _COMPOUND_AFTER_RE,
    _COUNT_DIRECTION_AFTER_RE,
    _CUR_BEFORE_RE,
    _CURRENCY_AFTER_RE,
    _DIRECTION_AFTER_RE,
    _DIRECTION_BACK_RE,
    _DIRECTION_BY_BACK_RE,
    _DIRECTION_OF_BACK_RE,
    _DOWN_BEFORE_OFF_BACK_RE,
    _DURATION_NOT_SIZE_RE,
    _FOLD_RE,
    _FRACTION_END_RE,
    _FRACTION_OF_RE,
    _FX_RE,
    _HALF_NOT_YEAR_RE,
    _HALF_YEAR_RE,
    _HEDGE_AFTER_RE,
    _HEDGE_AFTER_UNIT_RE,
    _HEDGE_BACK_RE,
    _LETTER_LABEL_BACK_RE,
    _LEVEL_BACK_RE,
    _LEVEL_OF_MOVE_RE,
    _LIFE_EXPECTANCY_RE,
    _METRES_AFTER_RE,
    _MINUS_WORD_RE,
    _MONEY_CUE_RE,
    _NAME_BEFORE_BACK_RE,
    _NEXT_WORD_RE,
    _NEXT_WORDS_RE,
    _NOT_UP_BACK_RE,
    _OF_A_POINT_RE,
    _OF_A_RE,
    _OF_RATE_BACK_RE,
    _OF_RE,
    _OFF_AFTER_RE,
    _OLD_RE,
    _ORDINAL_SUFFIX_RE,
    _OVER_SPAN_BACK_RE,
    _OVER_SPAN_CLAUSE_BACK_RE,
    _PENCE_AFTER_RE,
    _PER_RE,
    _PERCENT_RE,
    _PERSON_AGE_BACK_RE,
    _PHRASE_CUT_RE,
    _POINT_AFTER_RE,
    _QUARTERS_RE,
    _RATE_OBJECT_BACK_RE,
    _RATE_PASSIVE_BACK_RE,
    _RELATIVE_AFTER_RE,
    _SCALE_WORD_RE,
    _SENTENCE_START_RE,
    _SIGN_END_CHARS,
    _SIGN_RE,
    _SIGN_SCALE_AFTER_RE,
    _SOUTH_ASIAN_SCALE_RE,
    _SPACED_SCALE_RE,
    _STEPS_OF_POINT_RE,
    _TEMPERATURE_WORD_RE,
    _TIMES_RE,
    _UNIT_ABBR_RE,
    _UNIT_WORD_RE,
    _UP_OF_RATE_AFTER_BACK_RE,
    _UP_TO_LEVEL_BACK_RE,
    _US_AFTER_RE,
    _VIDEO_WORD_RE,
    _WORD_BEFORE_RE,
    _X_RE,
    ABBREVIATIONS,
    ATTACHED_ONLY,
    CROSSED_MARKS,
    DOWN_AFTER,
    HEDGES,
    HEDGES_AFTER,
    HEDGES_AFTER_UNIT,
    LEVEL_BEFORE_OF,
    MONTHS,
    MULTIPLE_COMPARE_AFTER,
    MULTIPLE_NOT_AFTER_AS,
    NOT_COUNTED,
    NOT_DOWN_AFTER_MONEY,
    NOT_VERBS,
    PER_UNITS,
    PERCENTS,
    PLURALS,
    POINTS_UP_AFTER,
    SCALE_WORDS,
    SMALL_WORDS,
    STOP,
    TIME_UNITS,
    UNIT_FACTORS,
    UP_AFTER,
    UP_BY,
    UP_OF_RATE,
    VIDEO_LINES,
    WORD_UNITS,
    _back,
)


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
    if (
        form == "fraction"
        and n.article
        and not text.startswith(" of", n.end)
        and not _share_of_change(text, n)
        and not _POINT_AFTER_RE.match(text, n.end)
    ):
        if text[n.end - 4 : n.end].lower() == "half":
            return _excluded(n, "idiom")  # "a cent and a half"
        return None  # "a third consecutive year": an ordinal, not a fraction
    if (
        form == "fraction"
        and _HALF_YEAR_RE.fullmatch(text, max(0, n.start - 4), n.end)
        and not _HALF_NOT_YEAR_RE.match(text, n.end)
        and not _POINT_AFTER_RE.match(text, n.end)
    ):
        return _excluded(n, "period")  # "profit for the half": the half-year, not 1/2
    if form in ("words", "digits") and _STEPS_OF_POINT_RE.match(text, n.end):
        return _excluded(n, "event_count")  # "three quarter-point rises": a count of moves, each of them the figure
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
        elif _spaced_letter_label(text, m):
            mark, begin = "", text.index("$", m.start())  # "a Series C $50 million round": US$
        code = DOLLAR_MARKS_ATTACHED[m.group("mark0")] if m.group("mark0") else DOLLAR_MARKS[mark]
        if not mark and not m.group("mark0") and text[max(0, begin - 2) : begin] == "a " and begin >= 2:
            # tokenised lower-case copy: "a $ 300 million" is A$ in a sentence about Australia, else "a" + US$
            d.options = SHARED_SIGNS.get("a $", ())
    d.unit, d.kind, d.explicit_unit, d.currency_before = code, "money", True, True
    d.qstart = d.hstart = begin


def _spaced_letter_label(text: str, m: re.Match[str]) -> bool:
    """True when the one-letter dollar mark of ``m`` is spaced from ``$`` after a word that labels with letters.

    "a Series C $50 million round", "Class S $3 shares": the letter ends a name, the dollar is the US one;
    after any other word a spaced letter is the mark as tokenised and wire copy write it ("offer of C $6").
    """
    mark = m.group("mark1")
    if not mark or len(mark) != 1 or text[m.end("mark1")] == "$":
        return False
    return _back(_LETTER_LABEL_BACK_RE, text, m.start(), 24) is not None


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


def _over_span(text: str, at: int) -> bool:
    """True when "over" ending at ``at`` before a duration is its span, not a bound: right after a change or a
    figure ("rose 40% over two years"), or after a change earlier in its clause past a word that makes no bound
    ("sales doubled to 1,000 units over 18 months"; not "rose for the first time in over 18 months")."""
    return bool(_back(_OVER_SPAN_BACK_RE, text, at, 16) or _back(_OVER_SPAN_CLAUSE_BACK_RE, text, at, 80))


def read_left(text: str, d: Draft, n: Numeral) -> None:
    """Hedge, sign, direction and range words before the quote."""
    at = d.qstart
    sign = None
    if at > 0 and text[at - 1] in "-−–+" and n.form in ("digits", "sci"):
        sign = _SIGN_RE.search(text, max(0, at - 2), at)
    if sign is None and at > 0 and text[at - 1] in " -\u00a0":
        sign = _MINUS_WORD_RE.search(text, max(0, at - 7), at)  # "minus 0.3%", "minus-5": read as the sign is
    if sign:
        if sign.group("sign") == "+":
            d.change = "increase" if d.unit == "percent" else d.change
        else:
            _minus(text, d, sign.start())
        d.qstart = d.hstart = at = sign.start()
    mark = False  # a hedge of a mark a move may cross ("fell below 10%")
    m = _back(_HEDGE_BACK_RE, text, at, 26)
    if m:
        # one spelling for every test below: "as\u00a0low as" is the hedge "as low as"
        word = " ".join((m.group("h") or m.group("sym") or "-" + (m.group("pre") or ""))[::-1].lower().split())
        d.qualifier = HEDGES.get(word, "exact")
        if word == "over" and d.kind == "duration" and _over_span(text, at - m.end()):
            d.qualifier = "exact"  # "rose 40% over two years", "repayable over 25 years": the span, no bound
        elif word == "up to" and _back(_UP_TO_LEVEL_BACK_RE, text, at - m.end(), 16):
            d.qualifier = "exact"  # "growth picked up to 0.6%": the level reached, no bound
        else:
            mark = word in CROSSED_MARKS
            at = d.hstart = at - m.end()
    of_before = text.endswith("of ", 0, at)  # both readings below end in "of": a cheap test first
    if d.qualifier == "exact" and of_before:
        bound = _BOUND_BACK_RE.search(text, max(0, at - 40), at)
        if bound:  # "a maximum fine of £1,000", "a minimum wage of £5"
            d.qualifier = "at_most" if bound.group("b").lower().startswith("max") else "at_least"
    before_direction = at
    m = _back(_DIRECTION_BACK_RE, text, at, 40)
    if m is None and of_before:
        # "falling cigarette sales of 13%", "a rise in sales of 5%": a direction word ahead of "of"
        m = _back(_DIRECTION_OF_BACK_RE, text, at, 48)
        if m is not None and LEVEL_BEFORE_OF.intersection(text[at - m.end() : at].lower().split()):
            m = None  # "fallen from the record of $55.67": the level left, not the fall
    elif m is None and (text.endswith("by ", 0, at) or text.endswith("by between ", 0, at)):
        m = _back(_DIRECTION_BY_BACK_RE, text, at, 56)  # "cut interest rates by 0.5%", "raised prices by 5%"
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
        # "raised interest rates 0.25 points", "has been raised 7.8%": a verb of raising or lowering with no "by"
        m = m or _back(_RATE_OBJECT_BACK_RE, text, at, 64) or _back(_RATE_PASSIVE_BACK_RE, text, at, 40)
    if m is None and (d.kind == "money" or _rate_or_points(d)) and _OFF_AFTER_RE.match(text, d.qend):
        # "wiped 5% off the shares", "knocked £2bn off its value": a value or a rate lost; a time or a count
        # taken off ("shaves two seconds off the lap time") is a margin between two things, not a move
        m = _back(_DOWN_BEFORE_OFF_BACK_RE, text, at, 32)
    if m and d.kind == "duration" and _DURATION_NOT_SIZE_RE.match(text, d.qend):
        m = None  # "rose two days in a row", "growth two quarters ahead": how long or when, not the size of a move
    if m:
        word = m.group("d")[::-1].lower()
        if word == "minus":
            _minus(text, d, at - m.end())  # "minus about 3%": the word is no sign right before the number
        elif d.change == "none" and not (mark and _crossing_verb(text, at - m.end(), at, word)):
            d.change = "increase" if word in UP_BY or word in UP_OF_RATE else "decrease"
            if d.change == "increase" and d.value < 0:
                d.value, d.change = -d.value, "decrease"  # "a growth rate of -0.1%": a rise below zero, a fall
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
    # "between" or "from" right before the number ("fell by between 2% and 3%"), or else before its direction
    m = _back(_BETWEEN_BACK_RE, text, before_direction, 10) or _back(_BETWEEN_BACK_RE, text, d.hstart, 10)
    if m:
        d.joiner = m.group("w")[::-1].lower()


def _minus(text: str, d: Draft, start: int) -> None:
    """A minus at ``start`` before the number, a sign ("-1.3%", "−1.3%", "–1.3%") or the word ("minus 1.3%",
    "minus-5"): the value is below zero. A percentage so written is a fall given by its size, as "fell 1.3%" is
    ("Stoxx 50 -1.3%", "CAC minus 1.7%", "growth was minus 0.3%"), unless a word of a level comes before it
    ("fell to -0.2%", "a yield of minus 0.1%": the level, below zero, no fall). Every form reads alike."""
    d.value = -d.value
    if d.unit == "percent" and not _LEVEL_OF_MOVE_RE.search(text, max(0, start - 8), start):
        d.change = "decrease"


def _crossing_verb(text: str, start: int, end: int, word: str) -> bool:
    """True when the direction ``word`` at ``start`` is a verb whose figure, after a hedge of a mark (``above``,
    ``below``) ending at ``end``, is the level the move crossed: "inflation fell below 10%", "prices surged above
    $53". Not a noun: "growth above 3%", "a rise above 3%", "a rise of above 3%" are moves above a size."""
    if word in NOT_VERBS or {"by", "of"}.intersection(text[start:end].lower().split()):
        return False
    prev = _WORD_BEFORE_RE.search(text, max(0, start - 12), start)
    return prev is None or prev.group("w").lower() not in ("a", "an", "the")


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
            if read_point_fraction(text, d):
                read_direction_after(text, d)  # "a quarter point rise", "a half-point cut"
            else:
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
        if d.kind == "count" and d.change == "none":
            read_count_direction(text, d, n)
        return
    if d.kind in ("money", "percent", "quantity", "count", "duration"):
        read_rate(text, d, at)
    if d.kind == "percent" or d.kind == "money":
        read_direction_after(text, d)


def read_spaced_scale(text: str, d: Draft, n: Numeral) -> Numeral:
    """``50 m usd``, ``8 B dollars``, ``7.9 B people``: a scale letter standing apart from its number.

    Alone, ``50 m`` is fifty metres: the letter is a scale only before a currency (``B`` or ``bn`` for
    billions and a capital ``M`` for millions also before a counted plural noun after a decimal number:
    ``7.9 B people``, ``2.5 M users``, not ``4 B grades``). Returns the numeral with its scale (and sets the
    draft's value), or ``n`` unchanged.
    """
    m = _SPACED_SCALE_RE.match(text, n.end)
    if m is None:
        return n
    factor, scale = scale_of(m.group("s"))
    scaled = replace(n, end=m.end(), value=n.value * factor, scale=scale)
    probe = Draft(qstart=d.qstart, qend=d.qend, hstart=d.hstart, value=scaled.value, numeral=scaled)
    if not (read_unit(text, probe, scaled, m.end()) and probe.kind == "money"):
        if m.group("s") not in ("B", "M", "bn") or probe.explicit_unit or not n.decimals:
            return n  # "7.9 B people", "2.5 M subscribers", but "4 B grades" are marks
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
    if m is None or (m.group("d") == "more" and m.group("d2") == "or" and m.group("d3") == "less"):
        return  # "2% more or less": a hedge, no difference above
    step = d.unit in STEP_UNITS
    words = [_singular_move(m.group("d")) if step else m.group("d")]
    if m.group("d2") and text[max(0, d.hstart - 3) : d.hstart].lower().endswith(("a ", "an ")):
        # "a 5% pay rise", "a 1.3% volume sales fall": one or two nouns may sit between
        words.append(m.group("d2"))
        if m.group("d3") and m.group("d2") not in UP_AFTER | DOWN_AFTER and m.group("d2") not in STOP:
            words.append(m.group("d3"))
    elif step and m.group("d2") and _singular_move(m.group("d2")) != m.group("d2"):
        # the size of a step before plural moves, one noun between: "three quarter-point rate rises"
        words.append(_singular_move(m.group("d2")))
    for word in words:
        if d.kind == "money" and word in NOT_DOWN_AFTER_MONEY:
            return  # "a $111m loss": the amount lost, as "a loss of $111m" is
        if word in UP_AFTER or word in DOWN_AFTER:
            d.change = "increase" if word in UP_AFTER else "decrease"
            return
        if word in STOP:
            return


#: Units of the size of one move of a rate (each of "three quarter-point rises", "two 50bp cuts").
STEP_UNITS = frozenset({"percentage_point", "basis_point"})


def _singular_move(word: str) -> str:
    """The singular of a plural direction noun (``rises`` -> ``rise``, ``losses`` -> ``loss``), else the word: after
    the size of one step, "half-point cuts" are cuts of half a point each, as "a half-point cut" is one."""
    for cut in (1, 2):
        if len(word) > cut + 2 and word.endswith("es"[-cut:]) and word[:-cut] in UP_AFTER | DOWN_AFTER:
            return word[:-cut]
    return word


def read_count_direction(text: str, d: Draft, n: Numeral) -> None:
    """``48,000 fewer mortgages``, ``closed 15 points higher``: a count right before a comparative (after "points"
    for points) sizes a difference; "20 more aircraft" may be additional ones and stays no change."""
    m = _COUNT_DIRECTION_AFTER_RE.match(text, n.end)
    if m is not None:
        d.change = "increase" if m.group("p") is not None and m.group("p").lower() in POINTS_UP_AFTER else "decrease"


def read_point_fraction(text: str, d: Draft) -> bool:
    """``a quarter point``, ``a half-point cut``, ``quarter percentage point``, ``half a point``, ``three quarters
    of a point``: a fraction before or of a point is that fraction of a percentage point (the step of a rate),
    not a share of something; True when the draft was so read (its quote runs to the point)."""
    m = _POINT_AFTER_RE.match(text, d.qend) or _OF_A_POINT_RE.match(text, d.qend)
    if m is None:
        return False
    d.kind, d.unit, d.explicit_unit, d.qend = "percent", "percentage_point", True, m.end()
    return True


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
        from ..numbers import SMALL, TENS

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
    return word in PLURALS or lexicon.regular_plural(word)
