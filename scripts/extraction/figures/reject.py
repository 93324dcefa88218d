"""Rules that reject a numeral: dates, names, labels, pronouns, idioms and other numbers that are no claim."""

from __future__ import annotations

from ..numbers import SCALES, WORD_SCALES, Numeral
from .draft import Draft
from .vocabulary import (
    _ADDRESS_RANGE_RE,
    _ADDRESS_RE,
    _APPOSITIVE_AFTER_RE,
    _APPOSITIVE_BACK_RE,
    _BIT_OF_RE,
    _DAY_PAIR_SEP_RE,
    _LABEL_BACK_RE,
    _MONTH_AFTER_RE,
    _MONTH_BACK_RE,
    _NEXT_WORD_RE,
    _ONE_OR_N_RE,
    _PREV_TOKEN_BACK_RE,
    _SENTENCE_START_RE,
    _WORD_BEFORE_RE,
    AMOUNT_NOUNS,
    FUTURE_YEAR_BEFORE,
    IDIOM_AFTER,
    INDEX_NAMES,
    LABEL_WORDS,
    MONTHS,
    NOT_NAMES,
    PRONOUN_AFTER,
    PRONOUN_BEFORE,
    _back,
)


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


def _ends_scaled_amount(token: str, word: str) -> bool:
    """True when the token before a hyphen ends an amount in a scale word: ``million`` (of "1.5 million-2
    million"), or a scale suffix on digits, ``bn`` of "1bn" ("$1bn-2bn"); not a letter of a name ("B-52")."""
    low = word.lower()
    return low in WORD_SCALES or (token[:1].isdigit() and low in SCALES)


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
            if tok.lower() == "minus" or _ends_scaled_amount(prev.group("tok")[::-1], tok):
                return ""  # "1.5 million-2 million people", "$1bn-2bn": the upper end of a range
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
