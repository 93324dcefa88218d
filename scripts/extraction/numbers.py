"""Finding numerals in English news text: digits, scales, number words, fractions and multiples.

This module only reads numerals; what they measure is decided in :mod:`newsfigures.extraction.figures`.

One compiled regular expression (:data:`TOKEN_RE`) is scanned over the whole text with
``finditer``; every alternative is linear (no nested unbounded quantifiers that could backtrack
catastrophically), so the scan runs at C speed and the Python work is a few operations per match.
Besides numerals it recognises the digit-bearing tokens that are never quantities and must be
skipped whole (URLs and Markdown link targets, clock times, phone numbers, ISO timestamps), so that
their digits are not read as numbers.

Values are :class:`decimal.Decimal` so that scaling is exact (``8.3 million`` is exactly
``8300000``); callers convert to float at the end.

Forms found:

* digits: ``1,500``, ``8.6``, ``.5``, with attached scales (``1.13bn``, ``600m``, ``5k``, ``2.5mn``,
  ``3tn``, ``4.3M``) or scale words (``1.5 million``, ``$5-million``, ``4 hundred``);
* number words: ``ten``, ``two hundred``, ``twenty-five``, ``a dozen``, ``a million``, ``one and a half``;
* fractions: ``half``, ``a third``, ``two-thirds``, ``a quarter``, ``1/2``, ``½``;
* multiples: ``twice``, ``threefold``, ``3-fold`` (the ``3 times`` form is decided by the caller);
* vague plurals: ``dozens``, ``hundreds``, ``tens of thousands`` (read as the order-of-magnitude
  range ``12..120``, ``100..1000``, ``10000..100000``: see :func:`vague_range`);
* scientific notation ``1.99×10−30``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from heapq import heapify, heappop, heappush

from ..extraction import lexicon
from ..extraction.patterns import word_trie

#: Multipliers of scale words and suffixes, keyed in lower case.
SCALES: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "lakh": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "million": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,  # "$5 mil", "5 mil dollars": read only beside a currency (figures)
    "mill": Decimal(10) ** 6,
    "mm": Decimal(10) ** 6,  # "$5MM" of finance copy (figures)
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "trln": Decimal(10) ** 12,  # Reuters' style beside mln and bln
}

#: Cardinal words below twenty.
SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Scale words that multiply what precedes them (``dozen`` included: ``two dozen`` is 24).
WORD_SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 10**3, "lakh": 10**5, "crore": 10**7, "million": 10**6,
    "billion": 10**9, "trillion": 10**12, "dozen": 12,
}  # fmt: skip
#: Denominators of fractions written in words.
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
#: Lower ends of vague plurals; the upper end is ten times the lower (dozens: 12..120).
VAGUE: dict[str, int] = {
    "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6,
    "billions": 10**9, "trillions": 10**12,
}  # fmt: skip
UNICODE_FRACTIONS: dict[str, Decimal] = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3,
    "⅕": Decimal("0.2"), "⅛": Decimal("0.125"),
}  # fmt: skip

#: Longest integer part (in digits) read as a number; longer digit runs are identifiers.
MAX_DIGITS = 15
#: Magnitudes a table cell (a double) holds exactly enough: a numeral outside is an ``out_of_range``
#: exclusion, never a figure of ``inf`` or ``0`` (``5 × 10^999``, a number-word chain that overflows).
MAX_MAGNITUDE = Decimal("1e300")
MIN_MAGNITUDE = Decimal("1e-300")
#: This many numerals in a row with no letter between them (``1 1 1 ...``, ``5% 5% ...``) are not prose
#: but a list or noise: they become one exclusion, ``numeral_run``, instead of one figure each, so that
#: the work and the output stay proportional to the prose of a text (a megabyte of ``1 `` is one row).
RUN_MIN = 64
#: This many numerals whose starts lie within :data:`DENSE_WIDTH` characters (more than one numeral per
#: 21 characters, over a kilobyte) are not prose either, whatever words stand between them
#: (``1 x 1 x ...``, ``5% of 5% of ...``, ``one hundred and one hundred and ...``): they too become one
#: ``numeral_run``. News prose stays far below it (at most 28 numerals in any 1,024 characters of the 498
#: BBC business articles, 17 in the NewsQuant sentences), and above it the figures a text yields, each of
#: which costs far more than a character of prose to read and write, would make the time per megabyte
#: grow with their density: below it a text costs at most a few times prose (``bench.adversarial``).
DENSE_MIN = 48
DENSE_WIDTH = 1024
#: Something that separates two numerals as words do: a letter (scale words are inside the numerals).
_LETTER_RE = re.compile(r"[^\W\d_]")


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so that no shorter word shadows a longer one."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _trie(words: list[str]) -> str:
    """A regex for a set of literal words, factored by common prefixes so that a failed match stops early."""
    return word_trie(words)


def _first_letter_gate(words: list[str]) -> str:
    r"""Words as ``[first letter]`` + a per-letter trie of the rest, so the scan skips to candidate letters fast.

    Python's ``re`` only skips ahead quickly when a pattern starts with a plain character set, so the
    first letter is consumed by a set (both cases) and the rest is chosen by a lookbehind on that letter.
    ``(?<!\w.)`` after the first letter is the word boundary before it.
    """
    firsts = sorted({w[0] for w in words})
    branches = []
    for f in firsts:
        rest = [w[1:] for w in words if w[0] == f]
        branches.append(f"(?<=[{f}{f.upper()}])(?i:{_trie(rest)})")
    return "(?:" + "|".join(branches) + ")"


_CARD = _alternation([*SMALL, *TENS, *WORD_SCALES])
_DENOM = _alternation(list(DENOMINATORS))
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)"  # "Rs 500 crores"
# After digits, the plural of continental copy too ("€2,5 millions", "3 billions de dollars").
_DIGIT_SCALE_WORD = r"(?:hundred|thousand|millions?|billions?|trillions?|lakhs?|crores?)"
# What may follow the first word of a run of number words.
_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)\b"
#: A point sized by the fraction before it ("a quarter point", "quarter-point rises", "half percentage point"):
#: "three quarter-point rises" are three rises of a quarter point each, not 3/4 (figures.read_point_fraction).
_POINT_AHEAD = r"[\s-](?i:percentage[\s-])?(?i:points?)\b(?!-)"
_WORDS_REST = (
    rf"(?i:(?:(?:-|\s|\s(?:and|&)\s|\spoint\s(?={_DIGIT_WORD}))(?:{_CARD}))*"
    rf"(?:-?fold|\s(?:and\s)?an?\s(?:half|quarter)(?:\s{_SCALE_WORD})?|-(?:{_DENOM})|\s(?:{_DENOM})(?!{_POINT_AHEAD}))?)\b"
)
#: "a year and a half", "an hour and a half": one and a half of a span of time, one length.
_SPANS = ("year", "month", "week", "day", "hour", "decade", "century")
_SPAN_AND_A_HALF = rf"(?:{'|'.join(_SPANS)})\s+and\s+a\s+half\b"
#: Currency names that ``a`` makes one amount of (``less than a dollar a day``), when the phrase ends
#: there or a rate or comparison follows: not ``a dollar store``, ``a euro-zone bond``.
_ONE_UNITS = sorted(lexicon.words("currencies", "one_after_article"))
_ONE_UNIT = f"(?:{'|'.join(_ONE_UNITS)})"
_ONE_UNIT_END = r"\s*(?:[.,;:!?)]|$)|\s+(?:a|an|per|each|for|to|in|on|or|and|more|less|than|apiece|of|a-)\b"
#: US coins that ``a`` makes one amount of (vocab ``coins_after_article``: ``up a nickel to $18.05``), with a
#: narrower end than a currency: ``a nickel and copper miner``, ``a nickel, zinc and lead mine`` are the metal.
_COINS = sorted(lexicon.words("currencies", "coins_after_article"))
_COIN = "|".join(_COINS)
_COIN_END = r"\s*(?:[.;!?)]|$)|\s+(?:a|an|per|each|to|more|less|apiece|cheaper|dearer|higher|lower|from)\b"
#: The currencies and coins "a" makes one amount of, as :func:`scan` looks them up.
_ONE_AMOUNTS = frozenset(_ONE_UNITS) | frozenset(_COINS)
_WORD_KINDS: list[tuple[str, list[str], str]] = [
    ("vague", list(VAGUE), r"(?:\sof\s(?i:thousands|millions|billions))?\b"),
    ("multi", ["multi-million", "multi-billion", "multi-trillion", "multimillion", "multibillion", "twice", "thrice"],
     r"s?\b"),
    ("pointfrac", ["quarter", "half"], rf"(?={_POINT_AHEAD})"),
    ("half", ["half"], r"(?:\san?\s(?i:dozen|hundred|thousand|million|billion|trillion))?\b"),
    ("aword", ["a", "an"],
     rf"\s(?i:{_SPAN_AND_A_HALF}|(?:{_DENOM}|decade|century)\b|(?:dozen|{_SCALE_WORD}){_WORDS_REST}|{_ONE_UNIT}(?={_ONE_UNIT_END})|(?:{_COIN})(?={_COIN_END}))"),
    ("words", [*SMALL, *TENS, *WORD_SCALES], _WORDS_REST),
]  # fmt: skip
_WORD_FIRSTS = sorted({w[0] for _, words, _ in _WORD_KINDS for w in words})
#: How every kind begins: one of its words (``a``/``an`` before a space), as one prefix tree.
_WORD_LEAD = "(?i:" + _trie([w for _, words, _ in _WORD_KINDS for w in words if w not in ("a", "an")]) + r"|an?\s)"


def word_expression(gated: bool = True) -> re.Pattern[str]:
    """Number words; each kind is a named group and ``lastgroup`` says which matched.

    ``gated`` tests :data:`_WORD_LEAD` once from the first letter (a lookahead inside a one-character
    lookbehind) before any kind is tried, so that most words cost one prefix-tree lookup; it only saves
    time, which the tests check against ``word_expression(False)``.
    """
    gate = f"(?<=(?={_WORD_LEAD}).)" if gated else ""
    return re.compile(
        f"[{''.join(_WORD_FIRSTS)}{''.join(_WORD_FIRSTS).upper()}]"
        + r"(?<!\w.)"
        + gate
        + "(?:"
        + "|".join(f"(?P<{kind}>{_first_letter_gate(words)}{rest})" for kind, words, rest in _WORD_KINDS)
        + ")"
    )


WORD_RE = word_expression()
_SCALE_SUFFIX = (
    r"(?:\s?(?:bn|mn|mln|bln|tn|trn|trln|[Mm]io(?:\.(?=\s?(?:[A-Z]{3}(?![A-Za-z])|Euro|€|\$|£)))?)(?![A-Za-z0-9])|(?:k|K|m|M|b|B)(?![A-Za-z0-9])"
    rf"|(?:\s|-)(?i:{_DIGIT_SCALE_WORD})(?:(?:\s|-)(?i:{_SCALE_WORD}))?(?![A-Za-z]))?"
)
#: Spaces that group thousands: no-break and thin spaces (one group is enough: ``5 000``) and the
#: ordinary space (two groups at least, ``1 000 000``: ``on March 3 100 people`` is not 3100).
GROUP_SPACES = "\u00a0\u2009\u202f"
_SPACE_GROUPED = (
    rf"(?<=\d)(?<!\d[ {GROUP_SPACES}]\d)(?<![\d.,]\d)\d{{0,2}}"
    rf"(?:[{GROUP_SPACES}]\d{{3}}(?!\d)|(?: \d{{3}}(?!\d)){{2}})(?:[ {GROUP_SPACES}]\d{{3}}(?!\d))*(?:\.\d+)?"
)
_GROUP_SPACE_RE = re.compile(f"[ {GROUP_SPACES}]")
#: Tokens that start with a digit (or ``.5``, ``+44``, ``(555)``, ``½``). The first character is consumed
#: by a plain character set (so the scan skips to candidates at C speed); a ``.``, ``(`` or ``+`` goes on
#: only before a digit (a full stop costs one test), and each alternative checks the first character with
#: a lookbehind.
DIGIT_RE = re.compile(
    r"[\d.(+½¼¾⅓⅔⅕⅛](?:(?<=[\d½¼¾⅓⅔⅕⅛])|(?=\d))(?:"
    + "|".join(
        f"(?P<{name}>{pattern})"
        for name, pattern in (
            ("iso", r"(?<=\d)\d{3}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])"),
            ("date", r"(?<=\d)\d?/\d{1,2}/\d{2,4}(?![\d/])"),
            (
                "clock",
                r"(?<=\d)\d?(?::\d\d){1,2}(?:\.\d+)?(?:\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.))?"
                r"|(?<=\d)\d?(?:\.\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)"
                r"|(?<=[0-2])\d[0-5]\d\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|hrs|hours\s(?:GMT|local))\b",
            ),
            (
                "phone",
                r"(?<=\()\d{3}\)\s?\d{3}[\s.-]\d{4}\b|(?<=\d)\d\d[.-]\d{3}[.-]\d{4}\b|(?<=\+)\d{1,3}(?:[\s.-]\d{2,5}){2,4}\b",
            ),
            ("sci", r"(?<=\d)\d*(?:\.\d+)?\s?(?:×\s?10(?:\^|\*\*)?|x\s?10(?:\^|\*\*))[−-]?\d{1,3}(?!\d)"),
            # "3 . 1 %", "$ 1 . 5 billion": a decimal point split off by a tokenizer (newswire treebanks),
            # read only before a percent or a scale word
            (
                "spacedpoint",
                r"(?<=\d)\d{0,2} \. \d{1,3}(?=\s?%|\s(?i:percent|per\s?cent|million|billion|trillion)\b)"
                + _SCALE_SUFFIX,
            ),
            ("mixedslash", r"(?<=\d)\d{0,5}[ -]\d{1,2}/\d{1,2}(?![\d/⁄.,])" + _SCALE_SUFFIX),
            ("slash", r"(?<=\d)\d{0,3}\s?[/⁄]\s?\d{1,4}(?![\d/⁄])"),
            ("mixed", r"(?<=\d)\d{0,5}[½¼¾⅓⅔⅕⅛]"),
            (
                "digits",
                rf"(?:{_SPACE_GROUPED}|(?<=\d)\d*(?:[.,]\d+|['’]\d{{3}}(?!\d))*|(?<=\.)\d+(?:[.,]\d+)*)"
                + _SCALE_SUFFIX,
            ),
            ("ufrac", "(?<=[½¼¾⅓⅔⅕⅛])"),
        )
    )
    + ")"
)
#: Links: URLs and Markdown link targets; digits inside them are never quantities.
#: Every link contains one of :data:`LINK_MARKS`, so a text without them is not scanned.
LINK_MARKS = ("http", "www.", "](")
LINK_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?]|\]\([^()\s]*\)")

# thousands grouped by threes, or the Indian way (lakh, crore: 3,45,000 and 1,20,00,000)
_NUMBER_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?|\.\d+")
_HEAD_RE = re.compile(
    rf"\d{{1,3}}(?:[ {GROUP_SPACES}]\d{{3}})+(?![\d,])(?:\.\d+)?|\d+(?:[.,]\d+|['’]\d{{3}}(?!\d))*|\.\d+"
)
_SPLIT_SCALE_RE = re.compile(r"(?:\s|-)?([A-Za-z]+)")
_WORD_RE = re.compile(r"[A-Za-z]+|&")
_SLASH_RE = re.compile(r"\s?[/⁄]\s?")
_SCI_RE = re.compile(r"(\d+(?:\.\d+)?)\s?[×x]\s?10(?:\^|\*\*)?([−-]?)(\d{1,3})")


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number as written: its span, its exact value and how it was written.

    ``form`` is ``digits``, ``words``, ``fraction``, ``multiple``, ``vague`` or ``sci``. ``base`` is the
    value before the scale (``1.5`` of ``1.5 million``) and ``scale`` the scale as written (``million``,
    ``m``, ``bn``; empty when none). ``value_to`` is the upper end of a vague plural. ``article`` is True
    when the numeral begins with ``a``/``an`` (``a million``, ``a third``). ``grouped`` is True when
    thousands separators were written (``1,500``), which rules out years and identifiers.
    """

    start: int
    end: int
    value: Decimal
    form: str
    base: Decimal
    scale: str = ""
    value_to: Decimal | None = None
    article: bool = False
    grouped: bool = False
    decimals: bool = False
    european: bool = False  # written the continental way (2,5 or 1.250.000): a number only beside a currency


@dataclass(frozen=True, slots=True)
class Skipped:
    """A digit-bearing token that is never a quantity: ``url``, ``clock_time``, ``phone``, ``iso_date``, ``identifier``."""

    start: int
    end: int
    reason: str


def parse_digits(text: str) -> Decimal | None:
    """Exact value of ``1,500`` / ``8.6`` / ``.5``; None when the grouping is not a number (``1,2345``, ``2.5.1``)."""
    if not _NUMBER_RE.fullmatch(text):
        return None
    integer = text.split(".", 1)[0].replace(",", "")
    if len(integer) > MAX_DIGITS:
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only admits valid decimals
        return None


def scale_of(words: str) -> tuple[Decimal, str]:
    """Multiplier and normalized spelling of one or two scale words/suffixes (``bn``, ``hundred thousand``)."""
    factor = Decimal(1)
    names = [w.lower() for w in _SPLIT_SCALE_RE.findall(words)]
    for name in names:
        factor *= SCALES[name.rstrip("s") if name not in SCALES else name]
    return factor, " ".join(names)


def digit_numeral(start: int, raw: str) -> Numeral | Skipped:
    """A digits token with its optional scale: ``1.13bn``, ``1.5 million``, ``600m``."""
    if raw.isascii() and raw.isdigit():  # the commonest token ('2004', '1'): what the patterns below give it
        if len(raw) > MAX_DIGITS:
            return Skipped(start, start + len(raw), "identifier")
        plain = Decimal(raw)
        return Numeral(start, start + len(raw), plain, "digits", plain, grouped=False, decimals=False)
    m = _HEAD_RE.match(raw)
    number = m.group() if m else ""
    spaced = _GROUP_SPACE_RE.search(number) is not None
    if spaced:
        number = _GROUP_SPACE_RE.sub("", number)  # 1 000 000 (spaces as thousands separators)
    value = parse_digits(number) if m else None
    european = False
    if value is None and m is not None and not spaced:
        value = parse_european(number)
        european = value is not None
    if value is None or m is None:
        end = start + len(raw)
        return Skipped(start, end, "identifier")
    rest = raw[m.end() :]
    grouped = ("," in number or spaced) if not european else "." in number
    decimals = "." in number if not european else "," in number
    if not rest:
        return Numeral(
            start, start + len(raw), value, "digits", value, grouped=grouped, decimals=decimals, european=european
        )
    factor, scale = scale_of(rest)
    return Numeral(
        start,
        start + len(raw),
        value * factor,
        "digits",
        value,
        scale=scale,
        grouped=grouped,
        decimals=decimals,
        european=european,
    )


#: Digits written the continental way, which English digits cannot read: a decimal comma with one or two
#: decimals (``2,5``, ``14,50``), thousands grouped by points twice or with a decimal comma (``1.250.000``,
#: ``1.234,5``), or by apostrophes the Swiss way (``1'250``). A single point group (``12.000``) reads as
#: English decimals here; the figures stage reads it as thousands beside a currency without cents.
_EUROPEAN_RE = re.compile(
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}\.\d{3},\d+|\d+,\d{1,2}|\d{1,3}(?:['’]\d{3})+(?:\.\d+)?"
)


def parse_european(text: str) -> Decimal | None:
    """Value of continental digits (``2,5`` -> 2.5, ``1.250.000`` -> 1250000); None for anything else."""
    if not _EUROPEAN_RE.fullmatch(text) or len(text) > MAX_DIGITS + 6:
        return None
    if "'" in text or "’" in text:  # Swiss: 1'250.50
        return Decimal(text.replace("'", "").replace("’", ""))
    return Decimal(text.replace(".", "").replace(",", "."))


def word_numerals(start: int, raw: str, between: bool = False) -> list[Numeral]:
    """Split a run of number words into well-formed numerals and value each.

    ``four five`` is two numerals; ``twenty-eight thousand six hundred and forty-two`` is one; a
    leading ``a``/``an`` counts only before a scale word or a denominator (``a million``, ``a third``).
    After ``between`` a run that reads as one number is split at the "and" that gives two numbers from
    low to high ("between three hundred and one thousand and one" is 300 to 1,001, not 301,001).
    """
    tokens = [(t.group().lower(), start + t.start(), start + t.end()) for t in _WORD_RE.finditer(raw)]
    article = bool(tokens) and tokens[0][0] in ("a", "an")
    if article:
        tokens = tokens[1:]
    out = _numerals_of(tokens, article)
    if between and len(out) == 1:
        out = _split_between(tokens, article) or out
    if article and out and out[0].article:
        first = out[0]
        out[0] = Numeral(start, first.end, first.value, first.form, first.base, first.scale, None, True)
    return out


def _numerals_of(tokens: list[tuple[str, int, int]], article: bool) -> list[Numeral]:
    """The numerals of a run of number-word tokens, longest first from the left."""
    out: list[Numeral] = []
    i = 0
    while i < len(tokens):
        numeral, i = _one_word_numeral(tokens, i, article and not out)
        if numeral is not None:
            out.append(numeral)
    return out


#: How many "and"s of a run after "between" are tried as the range's separator (a number has few).
_BETWEEN_CANDIDATES = 6


def _split_between(tokens: list[tuple[str, int, int]], article: bool) -> list[Numeral] | None:
    """The two numerals of ``between A and B`` when the words read as one number, or None.

    The first "and" whose two sides are each one numeral of all their words, the first below the
    second, is the separator; none such, and the run stays one number.
    """
    ands = [k for k, (word, _, _) in enumerate(tokens) if word in ("and", "&")][:_BETWEEN_CANDIDATES]
    for k in ands:
        low, high = _numerals_of(tokens[:k], article), _numerals_of(tokens[k + 1 :], False)
        whole = len(low) == 1 and len(high) == 1 and low[0].end == tokens[k - 1][2] and high[0].end == tokens[-1][2]
        if whole and low[0].value < high[0].value:
            return [low[0], high[0]]
    return None


def _after_between(text: str, start: int) -> bool:
    """True when the word before ``start`` is "between" (a range's two ends follow)."""
    before = text[max(0, start - 9) : start].rstrip().lower()
    return before.endswith("between") and (len(before) == 7 or not before[-8].isalnum())


def _one_word_numeral(
    tokens: list[tuple[str, int, int]], i: int, article: bool, retry: bool = True
) -> tuple[Numeral | None, int]:
    """Parse the longest well-formed numeral starting at ``tokens[i]``; return it and the next index.

    Where the words after an "and" began another number, the numeral ends before the "and" whose
    remainder reads as one number through the word that stopped it ("twenty-five thousand | and one
    hundred and one thousand", "one hundred and five thousand | and two hundred thousand"); with
    ``retry`` false (checking a remainder) the last such "and" is taken, so the work stays linear.
    """
    word, s, e = tokens[i]
    if word in ("and", "&", "a", "an"):
        return None, i + 1
    if word.endswith("fold"):  # "sixfold" as one token
        stem = word[:-4]
        times = SMALL.get(stem) or TENS.get(stem) or WORD_SCALES.get(stem)
        if times:
            return Numeral(s, e, Decimal(times), "multiple", Decimal(times)), i + 1
        return None, i + 1
    total = Decimal(0)
    current = Decimal(0)
    last = ""  # "small", "teen", "tens", "hundred", "scale"
    j = i
    end = s
    largest_scale = 0
    used_article = False
    group_hundred = False  # the group since the last scale word already has its hundred
    # where an "and" joined more words: if those do not end a well-formed number ("two hundred and three
    # hundred", "one million and two million"), the numeral ends before the "and" (a range's two ends)
    ands: list[tuple[int, int, Decimal, Decimal]] = []
    if word in WORD_SCALES and article:
        current = Decimal(1)
        last = "small"
        used_article = True
    elif word in DENOMINATORS and article:
        return Numeral(s, e, Decimal(1) / DENOMINATORS[word], "fraction", Decimal(1), article=True), i + 1
    while j < len(tokens):
        word, _, we = tokens[j]
        connector = word in ("and", "&")
        if connector:
            # "hundred and five", "one and a half": only after a hundred/scale or before "a half"
            if j + 2 < len(tokens) and tokens[j + 1][0] in ("a", "an") and tokens[j + 2][0] in ("half", "quarter"):
                frac = Decimal("0.5") if tokens[j + 2][0] == "half" else Decimal("0.25")
                if last == "scale" and not current and tokens[j - 1][0] in WORD_SCALES:
                    scale_word = tokens[j - 1][0]
                    frac *= WORD_SCALES[scale_word]  # "a million and a half": half of that scale
                    if scale_word not in ("hundred", "dozen"):  # its scale word stays its scale ("... pounds")
                        value = total + frac
                        base = value / WORD_SCALES[scale_word]
                        return Numeral(
                            s, tokens[j + 2][2], value, "words", base, scale_word, article=used_article
                        ), j + 3
                current += frac
                end = tokens[j + 2][2]
                j += 3
                scale_word = tokens[j][0] if j < len(tokens) and not total else ""
                if scale_word in WORD_SCALES and scale_word != "dozen" and last in ("small", "teen", "tens"):
                    # "two and a half million": the scale multiplies the whole number before it
                    factor = Decimal(WORD_SCALES[scale_word])
                    return Numeral(tokens[i][1], tokens[j][2], current * factor, "words", current, scale_word), j + 1
                break
            if last in ("hundred", "scale") and j + 1 < len(tokens) and tokens[j + 1][0] in {**SMALL, **TENS}:
                ands.append((j, end, total, current))
                j += 1
                continue
            break
        if word in ("a", "an"):
            break
        if word.endswith("fold") and last:
            # "three-fold" written with a hyphen splits into "three" + "fold": handled by the caller's suffix
            break
        if word == "point":
            # "one point three": decimals, one digit word each; a scale word may follow ("two point five million")
            digits = ""
            k = j + 1
            while k < len(tokens) and tokens[k][0] in SMALL and SMALL[tokens[k][0]] < 10:
                digits += str(SMALL[tokens[k][0]])
                k += 1
            if not digits or last not in ("small", "teen", "tens", "zero") or total:
                break
            value = current + Decimal("0." + digits)
            end = tokens[k - 1][2]
            scale_word = tokens[k][0] if k < len(tokens) else ""
            if scale_word in WORD_SCALES and scale_word not in ("hundred", "dozen"):
                factor = Decimal(WORD_SCALES[scale_word])
                return Numeral(tokens[i][1], tokens[k][2], value * factor, "words", value, scale_word), k + 1
            return Numeral(tokens[i][1], end, value, "words", value, decimals=True), k
        if word in SMALL:
            small = SMALL[word]
            if last in ("small", "teen", "zero") or (last == "tens" and small >= 10) or (small == 0 and last):
                break
            current += small
            last = "zero" if small == 0 else "teen" if small >= 10 else "small"
        elif word in TENS:
            if last in ("small", "teen", "tens", "zero"):
                break
            current += TENS[word]
            last = "tens"
        elif word == "hundred":
            if last in ("hundred", "zero") or group_hundred or (last == "" and not used_article):
                break
            current = (current or Decimal(1)) * 100
            last = "hundred"
            group_hundred = True
        elif word == "dozen":
            if last in ("hundred", "scale", "tens", "zero") or (last == "" and not used_article):
                break
            current = (current or Decimal(1)) * 12
            last = "scale"
        elif word in WORD_SCALES:
            scale = WORD_SCALES[word]
            if last in ("", "zero") and not used_article:
                break
            if last == "scale" and current == 0 and scale > largest_scale:
                total *= scale  # "thousand million"
            elif largest_scale and scale >= largest_scale:
                break
            else:
                total += (current or Decimal(1)) * scale
                current = Decimal(0)
            largest_scale = max(largest_scale, scale)
            last = "scale"
            group_hundred = False
        elif word in DENOMINATORS:
            if last not in ("small", "teen", "tens") or total:
                break
            denominator = DENOMINATORS[word]
            value = current / denominator
            return Numeral(tokens[i][1], we, value, "fraction", current), j + 1
        else:
            break
        end = we
        j += 1
    if ands and j < len(tokens) and _continues_number(tokens[j][0]):
        chosen = ands[-1]  # "two hundred and three hundred": stop before the "and"
        for candidate in ands[-_AND_CANDIDATES:] if retry else ():
            _, reach = _one_word_numeral(tokens, candidate[0] + 1, False, retry=False)
            if reach > j:
                chosen = candidate
                break
        j, end, total, current = chosen
        if total and not current:
            last = "scale"
    if j == i:
        # a lone scale word with no number before it ("several hundred", "million-dollar")
        return Numeral(s, e, Decimal(WORD_SCALES.get(word, 0)), "bare_scale", Decimal(0)), i + 1
    value = total + current
    scale_word = tokens[j - 1][0] if j > i else ""
    if (
        scale_word in SCALES
        and scale_word != "hundred"
        and current == 0
        and value
        and WORD_SCALES.get(scale_word) == largest_scale
    ):
        # "five thousand": keep the scale, so that "four to five thousand" can share it (not the last
        # scale of "one million two hundred thousand", which is no scale of the whole number)
        factor = SCALES[scale_word]
        return Numeral(tokens[i][1], end, value, "words", value / factor, scale_word, article=used_article), j
    return Numeral(tokens[i][1], end, value, "words", value, article=used_article), j


#: How many of a number's last "and"s are tried as the place where a range's second number begins.
_AND_CANDIDATES = 3


def _continues_number(word: str) -> bool:
    """True when a number word stopped a numeral: the words after an "and" began another number."""
    return word in SMALL or word in TENS or word in WORD_SCALES or word == "point"


def vague_range(raw: str) -> tuple[Decimal, Decimal]:
    """Order-of-magnitude range of a vague plural: ``hundreds`` 100..1000, ``tens of thousands`` 1e4..1e5.

    The convention (lower end, ten times the lower end) is the one of the NewsQuant benchmark; a
    reader can always tell these figures apart by their quote and their ``range`` qualifier.
    """
    words = [w.lower() for w in _WORD_RE.findall(raw) if w.lower() != "of"]
    low = Decimal(VAGUE[words[0]])
    if len(words) > 1:
        low *= VAGUE[words[1]]
    return low, low * 10


def slash_fraction(start: int, raw: str) -> Numeral | Skipped:
    """``1/2``, ``1⁄32``: a fraction when the numerator is smaller than the denominator, else an identifier."""
    a, b = _SLASH_RE.split(raw)
    num, den = int(a), int(b)
    if 0 < num < den:
        return Numeral(start, start + len(raw), Decimal(num) / Decimal(den), "fraction", Decimal(num))
    return Skipped(start, start + len(raw), "identifier")


_MIXED_RE = re.compile(r"(\d+)[ -](\d+)/(\d+)")


def mixed_fraction(start: int, raw: str) -> list[Numeral | Skipped]:
    """``34 7/8``, ``1-1/2 million``: a whole number and a proper fraction are one number (newswire
    prices and share counts). When the fraction is not proper (``12 3/2``), the two are read apart."""
    m = _MIXED_RE.match(raw)
    assert m is not None
    whole, num, den = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not 0 < num < den:
        second = start + m.start(2)
        return [digit_numeral(start, m.group(1)), slash_fraction(second, raw[m.start(2) : m.end()])]
    base = Decimal(whole) + Decimal(num) / Decimal(den)
    rest = raw[m.end() :]
    factor, scale = scale_of(rest) if rest else (Decimal(1), "")
    return [Numeral(start, start + len(raw), base * factor, "digits", base, scale=scale, decimals=True)]


def scientific(start: int, raw: str) -> Numeral:
    """``1.99×10−30`` (superscript lost in the text) -> 1.99e-30."""
    m = _SCI_RE.match(raw)
    assert m is not None
    exponent = int(m.group(3)) * (-1 if m.group(2) else 1)
    value = Decimal(m.group(1)).scaleb(exponent)
    return Numeral(start, start + len(raw), value, "sci", value, decimals=True)


def _has_link_mark(text: str) -> bool:
    """True when the text may hold a link (substring tests run at C speed, far faster than a scan)."""
    return any(mark in text for mark in LINK_MARKS)


_SKIP_REASONS = {
    "url": "url", "clock": "clock_time", "phone": "phone", "iso": "iso_date", "date": "date",
    "numeral_run": "numeral_run",
}  # fmt: skip


#: The three scans of :func:`tokens`, by number.
_SCANNERS = (LINK_RE, DIGIT_RE, WORD_RE)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Spans and kinds of every link, digit token and number-word token, in order, without overlaps.

    Three scans (each fast on its own) are merged: a token that overlaps an earlier one is dropped,
    so digits inside a URL or the ``million`` of ``1.5 million`` are read once; what such a token
    held beyond the earlier one is scanned again (the ``half`` of ``$25 million half of it``, which
    the word scan had read as ``million half``).
    """
    found = [(m.start(), m.end(), "url", 0) for m in LINK_RE.finditer(text)] if _has_link_mark(text) else []
    found += [(m.start(), m.end(), m.lastgroup or "", 1) for m in DIGIT_RE.finditer(text)]
    found += [(m.start(), m.end(), m.lastgroup or "", 2) for m in WORD_RE.finditer(text)]
    heapify(found)
    out = []
    end = -1
    while found:
        start, stop, kind, scanner = heappop(found)
        if start >= end:
            out.append((start, stop, kind))
            end = stop
        elif stop > end and (m := _SCANNERS[scanner].search(text, end, stop)):
            heappush(found, (m.start(), m.end(), "url" if scanner == 0 else m.lastgroup or "", scanner))
    return out


def run_bounds(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)``, in order and apart, of the runs of spans (``start, end, is_link``) that are
    not prose: :func:`letterless_bounds` and :func:`dense_bounds` joined where they overlap or touch."""
    out: list[tuple[int, int]] = []
    for i, j in sorted(letterless_bounds(text, spans) + dense_bounds(spans)):
        if out and i <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], j))
        else:
            out.append((i, j))
    return out


def dense_bounds(spans: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)``, in order and apart, of the stretches where :data:`DENSE_MIN` spans in a row
    (``start, end, is_link``) start within :data:`DENSE_WIDTH` characters: each such window, joined where
    they overlap or touch. A link neither counts nor breaks a stretch, but is never part of one (it is cut
    out): outside the ranges, any DENSE_WIDTH characters hold fewer than DENSE_MIN spans that are not links,
    however links are strewn among them. Linear in the spans."""
    plain = [i for i, s in enumerate(spans) if not s[2]]
    k = DENSE_MIN - 1
    stretches: list[tuple[int, int]] = []
    for a in range(len(plain) - k):
        i, j = plain[a], plain[a + k]
        if spans[j][0] - spans[i][0] >= DENSE_WIDTH:
            continue
        if stretches and i <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], j + 1)
        else:
            stretches.append((i, j + 1))
    out: list[tuple[int, int]] = []
    for i, j in stretches:
        for m in [m for m in range(i, j) if spans[m][2]] + [j]:  # cut at every link
            if m > i:
                out.append((i, m))
            i = m + 1
    return out


def letterless_bounds(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of the runs of :data:`RUN_MIN` or more spans (``start, end, is_link``)
    with no letter between one and the next; a link is never part of a run. Linear in the spans."""
    out: list[tuple[int, int]] = []
    if len(spans) < RUN_MIN:
        return out
    search = _LETTER_RE.search
    i = 0
    while i < len(spans):
        j = i + 1
        if not spans[i][2]:
            while (
                j < len(spans)
                and not spans[j][2]
                and not search(text, spans[j - 1][1], max(spans[j - 1][1], spans[j][0]))
            ):
                j += 1
        if j - i >= RUN_MIN:
            out.append((i, j))
        i = j
    return out


def numeral_runs(text: str, found: list[Numeral | Skipped]) -> list[Numeral | Skipped]:
    """``found`` with every run of numerals without letters between them (:func:`run_bounds`) replaced
    by one ``numeral_run`` token spanning it."""
    bounds = run_bounds(text, [(t.start, t.end, isinstance(t, Skipped) and t.reason == "url") for t in found])
    if not bounds:
        return found
    out: list[Numeral | Skipped] = []
    done = 0
    for i, j in bounds:
        out.extend(found[done:i])
        out.append(Skipped(found[i].start, max(t.end for t in found[i:j]), "numeral_run"))
        done = j
    out.extend(found[done:])
    return out


def scan(text: str) -> list[Numeral | Skipped]:
    """Every numeral and every never-a-quantity digit token of ``text``, in order of position."""
    out: list[Numeral | Skipped] = []
    append = out.append
    found = tokens(text)
    for i, j in reversed(run_bounds(text, [(s, e, k == "url") for s, e, k in found])):
        found[i:j] = [(found[i][0], max(e for _, e, _ in found[i:j]), "numeral_run")]  # no numeral is read in a run
    for start, end, kind in found:
        raw = text[start:end]
        if kind == "digits":
            if raw[0] == "." and start > 0 and text[start - 1].isalnum():
                start, raw = start + 1, raw[1:]  # "No.5": the dot is not a decimal point
            append(digit_numeral(start, raw))
        elif kind == "words":
            out.extend(word_numerals(start, raw, _after_between(text, start)))
        elif kind in _SKIP_REASONS:
            append(Skipped(start, end, _SKIP_REASONS[kind]))
        elif kind == "pointfrac":  # "quarter percentage point rises": a bare fraction of a point
            append(Numeral(start, end, Decimal(1) / DENOMINATORS[raw.lower()], "fraction", Decimal(1)))
        elif kind == "half":
            words = raw.split()
            if len(words) == 3:  # half a million
                value = Decimal(WORD_SCALES[words[2].lower()]) / 2
                append(Numeral(start, end, value, "words", value, scale=words[2].lower()))
            else:
                append(Numeral(start, end, Decimal("0.5"), "fraction", Decimal(1)))
        elif kind == "aword":
            words = raw.split()
            word, second = words[-1].lower(), words[1].lower()
            if len(words) == 5 and second in _SPANS:  # a year and a half
                value = Decimal("1.5")
                append(Numeral(start, end, value, "span_and_half", value, scale=second))
            elif second in WORD_SCALES:  # a million, a dozen
                out.extend(word_numerals(start, raw))
            elif word in DENOMINATORS:
                append(Numeral(start, end, Decimal(1) / DENOMINATORS[word], "fraction", Decimal(1), article=True))
            elif word in _ONE_AMOUNTS:  # "a dollar a day": the article is the number one
                append(Numeral(start, start + len(words[0]), Decimal(1), "words", Decimal(1), article=True))
            else:  # a decade, a century
                append(Numeral(start, end, Decimal(1), "period", Decimal(1), scale=word, article=True))
        elif kind == "vague":
            low, high = vague_range(raw)
            append(Numeral(start, end, low, "vague", low, value_to=high))
        elif kind == "multi":
            word = raw.lower()
            if word in ("twice", "thrice"):
                value = Decimal(2 if word == "twice" else 3)
                append(Numeral(start, end, value, "multiple", value))
            else:
                append(Numeral(start, end, Decimal(0), "vague_compound", Decimal(0)))
        elif kind == "slash":
            append(slash_fraction(start, raw))
        elif kind == "spacedpoint":
            joined = digit_numeral(start, raw.replace(" . ", ".", 1))
            if isinstance(joined, Numeral):  # the same number, spans as written
                joined = Numeral(start, end, joined.value, "digits", joined.base, joined.scale, decimals=True)
            append(joined)
        elif kind == "mixedslash":
            out.extend(mixed_fraction(start, raw))
        elif kind == "sci":
            append(scientific(start, raw))
        elif kind == "mixed":  # 2½: the whole number and its fraction are one number
            value = Decimal(raw[:-1]) + UNICODE_FRACTIONS[raw[-1]]
            append(Numeral(start, end, value, "digits", value, decimals=True))
        elif kind == "ufrac":
            value = UNICODE_FRACTIONS[raw]
            append(Numeral(start, end, value, "fraction", value))
    return numeral_runs(text, [_in_range(t) for t in out])


def _in_range(token: Numeral | Skipped) -> Numeral | Skipped:
    """The token, or an ``out_of_range`` Skipped when its value (or upper end) is beyond a double's reach."""
    if isinstance(token, Skipped):
        return token
    for v in (token.value, token.value_to):
        if v is not None and (abs(v) >= MAX_MAGNITUDE or (v and abs(v) < MIN_MAGNITUDE)):
            return Skipped(token.start, token.end, "out_of_range")
    return token
