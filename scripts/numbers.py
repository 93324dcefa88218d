"""Finding numbers: every numeral of a text as a span with an exact value.

Numerals are digits (``1,500``, ``8.6``, ``.5``), digits with an attached or following scale
(``1.13bn``, ``600m``, ``5k``, ``1.5 million``), and number words (``ten``, ``two hundred``,
``twenty-five``, ``a dozen``, ``half``, ``a third``, ``two-thirds``). Values are computed with
Decimal so that ``8.3 million`` is exactly 8300000. One compiled regex scans the text (linear time);
the work per match is a few dictionary lookups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": Decimal(100), "thousand": Decimal(10**3), "k": Decimal(10**3),
    "million": Decimal(10**6), "mn": Decimal(10**6), "mln": Decimal(10**6), "m": Decimal(10**6),
    "billion": Decimal(10**9), "bn": Decimal(10**9), "b": Decimal(10**9),
    "trillion": Decimal(10**12), "tn": Decimal(10**12), "trn": Decimal(10**12),
}  # fmt: skip
FRACTIONS = {
    "half": Decimal("0.5"), "a half": Decimal("0.5"), "one half": Decimal("0.5"),
    "a third": Decimal(1) / 3, "one third": Decimal(1) / 3, "one-third": Decimal(1) / 3,
    "two-thirds": Decimal(2) / 3, "two thirds": Decimal(2) / 3,
    "a quarter": Decimal("0.25"), "one quarter": Decimal("0.25"), "one-quarter": Decimal("0.25"),
    "three-quarters": Decimal("0.75"), "three quarters": Decimal("0.75"),
    "a fifth": Decimal("0.2"), "one-fifth": Decimal("0.2"), "one fifth": Decimal("0.2"),
}  # fmt: skip
#: Largest magnitude a numeral may have; longer digit runs are identifiers, not amounts.
MAX_DIGITS = 18

_SMALL = "|".join(sorted(list(UNITS_WORDS) + list(TENS_WORDS), key=len, reverse=True))
_WORD_NUMBER = (
    rf"(?:{'|'.join(TENS_WORDS)})-(?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|(?:{_SMALL})"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
NUMBER_RE = re.compile(
    # (?<!\w) up front: positions inside words are skipped with one check (every branch needs it).
    r"(?<!\w)(?:(?P<digits>(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w,]\d)|(?<![\w.])\.\d+)"
    r"(?:(?P<attached>(?i:bn|mn|mln|trn|tn|k|m|b))\b|\s(?P<scale>(?:hundred|thousand|million|billion|trillion)(?:\s(?:million|billion))?)\b)?"
    r"|(?i:(?<![\w-])(?P<fraction>two-thirds|two\sthirds|three-quarters|three\squarters|one-third|one-quarter|one-fifth"
    r"|(?:a|one)\s(?:half|third|quarter|fifth)(?![\w-])|half(?![\w-])))"
    r"|(?i:(?<![\w-])(?P<word>(?:a\s)?(?:" + _WORD_NUMBER + r"|dozen|a\sdozen)"
    r"(?:\s(?:and\s)?(?:" + _WORD_NUMBER + r"))?"
    r"(?:\s" + _SCALE_WORD + r")?(?:\s(?:million|billion))?)(?![\w])"
    r"|(?<![\w-])(?P<bare_scale>a\s" + _SCALE_WORD + r"|dozen))\b)"
)


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number in a text: its span, exact value, and how it was written."""

    start: int
    end: int
    value: Decimal
    form: str  # digits, word, fraction
    scaled: bool  # a scale word or suffix was applied


def words_value(text: str) -> Decimal | None:
    """Value of number words: ``two hundred`` 200, ``twenty-five`` 25, ``a dozen`` 12, ``three million``."""
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    for token in re.split(r"[\s-]+", text.lower()):
        if token in ("a", "and", ""):
            continue  # "a dozen", "a million": the scale word supplies the 1
        if token in UNITS_WORDS:
            current += UNITS_WORDS[token]
        elif token in TENS_WORDS:
            current += TENS_WORDS[token]
        elif token == "dozen":
            current = (current or Decimal(1)) * 12
        elif token == "hundred":
            current = (current or Decimal(1)) * 100
        elif token in ("thousand", "million", "billion", "trillion"):
            total += (current or Decimal(1)) * SCALES[token]
            current = Decimal(0)
        else:
            return None
        seen = True
    return total + current if seen else None


def digits_value(digits: str) -> Decimal | None:
    """Value of a digit numeral ``1,500.25``; None for runs too long to be an amount."""
    plain = digits.replace(",", "")
    if len(plain.split(".")[0]) > MAX_DIGITS:
        return None
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def find_numerals(text: str) -> Iterator[Numeral]:
    """Every numeral of a text, in order, with scales applied."""
    for m in NUMBER_RE.finditer(text):
        if m.group("digits"):
            value = digits_value(m.group("digits"))
            if value is None:
                continue
            scale = m.group("attached") or m.group("scale")
            if scale:
                for word in scale.lower().split():
                    value *= SCALES[word]
            yield Numeral(m.start(), m.end(), value, "digits", bool(scale))
        elif m.group("fraction"):
            yield Numeral(
                m.start(), m.end(), FRACTIONS[" ".join(m.group("fraction").lower().split())], "fraction", False
            )
        else:
            raw = m.group("word") or m.group("bare_scale")
            value = words_value(raw)
            if value is not None:
                scaled = bool(re.search(r"hundred|thousand|million|billion|trillion", raw, re.IGNORECASE))
                yield Numeral(m.start(), m.end(), value, "word", scaled)
