"""Who a figure is about: countries (ISO 3166-1 alpha-2) and blocs or institutions (a code list).

Names come from pycountry (official, common and short names) and from the data files
``vocab/en/places.tsv`` (short names, demonyms and adjectives: 'Kyrgyz', 'Russian', 'Britain') and
``vocab/en/blocs.tsv`` (the documented codes of blocs and institutions: EU, EAEU, IMF, OPEC, ...),
and ``vocab/en/regions.tsv`` (regions with no code: 'Latin America', 'Asian'; their code is
:data:`NO_CODE`, so that the longest name wins over a country word inside it and a figure about the
region has no subject), read once into one case-sensitive whole-word pattern (a prefix tree: the longest name wins).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..extraction.patterns import word_search, word_trie
from .per_text import per_text
from .words import bounded_trie, phrase_classes, phrase_group, vocab_rows

#: The possessive ending a name may carry ("Russia's").
_POSSESSIVE = re.compile(r"['’]s$")

#: The code of a region that has no code of its own ('Latin America', 'Europe', 'Asian'): never a subject.
NO_CODE = ""
#: The code of a firm's name that begins with a country word ('Swiss Re'): never a subject either.
FIRM_NAME = "-"
#: The codes of places that are no subject.
UNCODED = frozenset({NO_CODE, FIRM_NAME})


@dataclass(frozen=True, slots=True)
class Place:
    """A country or bloc named in the text: its code and the span of the words that name it.

    ``via``: where the text stands for the place without naming it there (a firm's name, for the
    home country the text gives the firm elsewhere); None when the place is named at its own span.
    """

    code: str
    start: int
    end: int
    via: tuple[int, int] | None = None
    #: For a firm's name with a national word ('France Telecom', code :data:`FIRM_NAME`) and for each
    #: mention of that firm (code the country): the country the name's national word names. The name
    #: gives the firm's home for the firm's own figures only (``semantics.subject.firms.owns``); empty otherwise.
    named: str = ""

    @property
    def at(self) -> tuple[int, int]:
        """Where in the text the place is mentioned: ``via`` if given, else its own span."""
        return self.via or (self.start, self.end)


@cache
def blocs() -> dict[str, str]:
    """Bloc or institution code -> its name (``vocab/en/blocs.tsv``)."""
    return {row[0]: row[1] for row in vocab_rows("blocs.tsv")}


@cache
def institutions() -> frozenset[str]:
    """Codes of ``blocs.tsv`` whose kind is 'institution' (IMF, World Bank...), not a bloc of economies."""
    return frozenset(row[0] for row in vocab_rows("blocs.tsv") if len(row) > 3 and row[3].strip() == "institution")


@cache
def names() -> dict[str, str]:
    """Every name, demonym and alias -> its code."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                out.setdefault(value, c.alpha_2)
    for row in vocab_rows("places.tsv"):
        out[row[0]] = row[1]
    for row in vocab_rows("blocs.tsv"):
        for alias in row[2].split("|"):
            out[alias] = row[0]
    for row in vocab_rows("regions.tsv"):
        out[row[0]] = NO_CODE
    out.update(_name_nationals())
    return out


@cache
def _name_nationals() -> dict[str, str]:
    """National words found only in firms' names ('Deutsche' of 'Deutsche Bank') -> the country's code
    (``vocab/en/name_heads.tsv``, class 'national')."""
    return {row[0]: row[2].strip() for row in vocab_rows("name_heads.tsv") if row[1].strip() == "national"}


def _name_pattern(words: list[str] | dict[str, str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word, not after a dot: ``(?<![\\w.])(?:<words>)(?:'s)?(?![\\w])``, with
    the look-behind after each first letter (:func:`bounded_trie`), searched for fast."""
    return re.compile(bounded_trie(words, r"[\w.]") + r"(?:['’]s)?(?![\w])")


@cache
def _pattern() -> re.Pattern[str]:
    """Any name (:func:`_name_pattern` of :func:`names`): the pattern :func:`find_places` finds."""
    return _name_pattern(names())


@cache
def _capital_pattern() -> re.Pattern[str]:
    """The names that begin with a capital (or any letter but a lower-case one): the scan stops only at
    those letters, a few in a hundred characters of prose."""
    return _name_pattern([w for w in names() if not w[0].islower()])


@cache
def _lower_anchors() -> tuple[tuple[str, int], ...]:
    """For the few names that begin in lower case ('eurozone', 'the Netherlands', 'sub-Saharan Africa'),
    whose first letters ('e', 't', 's') are in most words, the words to find them by, each with its offset in
    its names: a name's longest word ('Netherlands' at 4), so that a rare word is searched for; a word
    that holds another's anchor at the same offset is left out ('eurozone' is found by 'euro')."""
    anchors: set[tuple[str, int]] = set()
    for name in (w for w in names() if w[0].islower()):
        word = max(name.split(" "), key=len)
        anchors.add((word, name.index(word)))
    return tuple(
        sorted((a, o) for a, o in anchors if not any(b != a and p == o and a.startswith(b) for b, p in anchors))
    )


def _name_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What ``_pattern().finditer(text, start, end)`` finds, faster: the scan for the names that begin
    with a capital (:func:`_capital_pattern`), and the names in lower case tried only where one of their
    words is (:func:`_lower_anchors`, found by ``str.find``), the leftmost match first as the one scan
    takes it (a match that begins with a capital is the same match under either pattern)."""
    capital = _capital_pattern()
    spots = set()
    for word, offset in _lower_anchors():
        at = text.find(word, start + offset, end)
        while at >= 0:
            spots.add(at - offset)
            at = text.find(word, at + 1, end)
    if not spots:
        return list(capital.finditer(text, start, end))
    ordered = sorted(spots)
    whole = _pattern()
    out: list[re.Match[str]] = []
    pos, i = start, 0
    while True:
        m = capital.search(text, pos, end)
        while i < len(ordered) and ordered[i] < pos:
            i += 1
        while i < len(ordered) and (m is None or ordered[i] < m.start()):
            lower = whole.match(text, ordered[i], end)
            if lower is not None:
                m = lower
                break
            i += 1
        if m is None:
            return out
        out.append(m)
        pos = m.end()


@cache
def cities() -> dict[str, str]:
    """City, state or province -> its country's code (``vocab/en/cities.tsv``): read by the semantic stage
    only before '-based' or a firm's description and name (a firm's home), not as places of their own."""
    return {row[0]: row[1] for row in vocab_rows("cities.tsv")}


@cache
def subdivisions() -> dict[str, str]:
    """State, province or territory -> its country's code: the ISO 3166-2 subdivisions pycountry lists for the
    countries and types of ``vocab/en/subdivisions.tsv``, diacritics folded ('Karnataka' -> 'IN'), without the names
    it skips, the names of countries and regions, and any name two countries share."""
    import unicodedata

    import pycountry

    rows = vocab_rows("subdivisions.tsv")
    skip = {row[0] for row in rows if row[1].strip() == "skip"}
    found: dict[str, set[str]] = {}
    for row in rows:
        if row[1].strip() == "skip":
            continue
        types = set(row[1].strip().split("|"))
        for sub in pycountry.subdivisions.get(country_code=row[0]) or ():
            if sub.type in types:
                name = "".join(c for c in unicodedata.normalize("NFKD", sub.name) if not unicodedata.combining(c))
                found.setdefault(name, set()).add(row[0])
    return {
        name: codes.pop()
        for name, codes in found.items()
        if len(codes) == 1 and name not in skip and name not in names() and "," not in name
    }


#: 'in ' or 'in the state of ' (before a subdivision's name).
_IN_STATE_WORDS = r"[Ii]n[^\S\n]+(?:the[^\S\n]+(?:state|province|territory)[^\S\n]+of[^\S\n]+)?"
#: Those words as whole words right before a subdivision's name.
_IN_STATE = re.compile(r"\b" + _IN_STATE_WORDS + r"\Z")


@cache
def _subdivision_pattern() -> re.Pattern[str]:
    """The names of :func:`subdivisions` as whole words, the longest first."""
    return re.compile(word_search(list(subdivisions()), r"[\w\-]"))


@per_text
def state_places(text: str) -> tuple[Place, ...]:
    """Every state, province or territory of :func:`subdivisions` named right after 'in' ('violations in
    California', 'finds in Rajasthan') as its country: where the text places an activity (README of the BBC gold:
    the place of the activity when the text states it). A state in other words ('California attorney general') is
    no place.

    Read from each 'in' (:data:`_IN_BEFORE_STATE`, a fast literal scan) rather than from every name: the same
    places as a scan for the names, whose matches cannot overlap there since no name holds 'in' and a space."""
    out = []
    name_at = _subdivision_pattern().match
    for before in _IN_BEFORE_STATE.finditer(text):
        m = name_at(text, before.end())
        if m is not None and _IN_STATE.search(text, max(0, m.start() - 40), m.start()) is not None:
            out.append(Place(subdivisions()[m.group()], m.start(), m.end()))
    return tuple(out)


#: Where a state's name may start: after 'in' and white space (or 'in the state of'), :data:`_IN_STATE` without
#: its word boundary, which :func:`state_places` checks on each name found.
_IN_BEFORE_STATE = re.compile(_IN_STATE_WORDS)


@cache
def _exchange_after() -> re.Pattern[str]:
    """A phrase of ``vocab/en/exchanges.tsv`` as the next whole words after a space."""
    phrases = [w for words in phrase_classes("exchanges.tsv").values() for w in words]
    return re.compile(r"[^\S\n]+(?:" + word_trie(phrases) + r")(?![\w\-])")


@per_text
def exchange_cities(text: str) -> tuple[Place, ...]:
    """Every city of ``vocab/en/cities.tsv`` named as its stock market ('the Karachi Stock Exchange', 'Karachi
    stocks hit historic high': ``vocab/en/exchanges.tsv`` right after it) as its country: the market's own figures
    are about the place of the activity. A city in any other words is no place ('Manchester United')."""
    out = []
    for m in city_pattern().finditer(text):
        if _exchange_after().match(text, m.end()) is not None:
            out.append(Place(cities()[m.group()], m.start(), m.end()))
    return tuple(out)


@cache
def city_pattern() -> re.Pattern[str]:
    """The names of :func:`cities` as whole words, the longest first (a prefix tree opening with the set of
    their first letters, :func:`word_search`). Not after a '.' ('Stock.Exchange'); a '.' after a name also
    ends the match here, which costs nothing: :func:`exchange_cities` wants a space after the city, and so does
    ``firms.described_cities`` (a firm's description after it)."""
    return re.compile(word_search(list(cities()), r"[\w\-.]"))


def is_code(value: str) -> bool:
    """True for an ISO 3166-1 alpha-2 country code or a code of ``blocs.tsv``, or for several of them joined
    by ';' ('GB;NL': a figure about several places together), each once."""
    import pycountry

    codes = value.split(";")
    if len(codes) > 1:
        return len(set(codes)) == len(codes) and all(is_code(c) for c in codes)
    if value in blocs():
        return True
    return bool(re.fullmatch(r"[A-Z]{2}", value)) and pycountry.countries.get(alpha_2=value) is not None


@cache
def currencies() -> dict[str, str]:
    """Currency noun -> the code of its economy (``vocab/en/currencies.tsv``): read only as the currency an
    exchange rate prices (``semantics.subject.rates``), not as a place of its own."""
    return {row[0]: row[1].strip() for row in vocab_rows("currencies.tsv")}


@cache
def home_currencies() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Unit code of a currency -> the code of the one economy it is the currency of, and the signs and words that
    write it in a figure's quote, longest first (``vocab/en/home_currencies.tsv``: 'GBP' -> ('GB', ('sterling',
    ..., '£', 'p'))): the country a text that names none makes plain by its currency."""
    return {
        row[0].strip(): (row[1].strip(), tuple(sorted(row[2].strip().split("|"), key=len, reverse=True)))
        for row in vocab_rows("home_currencies.tsv")
    }


@cache
def currency_signs() -> dict[str, str]:
    """Sign or word of a currency of :func:`home_currencies` -> its economy's code ('£' -> 'GB')."""
    return {sign: code for code, signs in home_currencies().values() for sign in signs}


@cache
def currency_countries() -> dict[str, tuple[str, ...]]:
    """Word or sign of a currency of ``vocab/en/currency_countries.tsv``, in lower case with one space -> the
    countries whose currency it may be ('kronor' -> ('SE',), 'rupees' -> ('IN', 'PK', ...)), read once for
    :func:`code_of`, :func:`names_code` and ``semantics.subject.frames``."""
    return {
        " ".join(row[0].split()).lower(): tuple(row[1].strip().split("|"))
        for row in vocab_rows("currency_countries.tsv")
    }


@cache
def _one_country_currencies() -> dict[str, str]:
    """Word or sign of a currency of ``vocab/en/currency_countries.tsv`` that is of one country only, in lower case
    ('kronor' -> 'SE', 'a$' -> 'AU'): the evidence of a subject its currency gives (``semantics.subject.frames``)."""
    return {word: codes[0] for word, codes in currency_countries().items() if len(codes) == 1}


def names_code(words: str, code: str) -> bool:
    """True when ``words`` (a subject's or counterpart's evidence) names ``code``: :func:`code_of` gives it, or the
    words are a currency that is ``code``'s among others ('rupees' for IN: ``semantics.subject.frames.currency_country``
    takes a shared currency's country when the text names that one of its countries only, and the currency's word
    is then the evidence)."""
    if code_of(words) == code:
        return True
    return code in currency_countries().get(" ".join(_POSSESSIVE.sub("", words).split()).lower(), ())


#: What separates the countries of a list ('Sri Lanka, India and Thailand'): a comma, 'and' or both.
LIST_GAP = re.compile(r",?[^\S\n]+and[^\S\n]+|,[^\S\n]*")


@cache
def _base_before() -> re.Pattern[str]:
    """Read before a place: a phrase of class 'base' of ``vocab/en/bases.tsv`` ('than', 'times the size of'), or a
    rank (an ordinal of class 'rank', a word in -est, at most four words: 'second-fastest in Asia', 'third largest
    economy') and 'after'; then 'the' at most."""
    gap = r"[^\S\n]+"
    rank = (
        phrase_group("bases.tsv", "rank")
        + r"(?:"
        + gap
        + r"|-)[a-z]+est(?:"
        + gap
        + r"[^\W\d][\w\-]*){0,4}?"
        + gap
        + r"after"
    )
    return re.compile(
        r"(?<![\w\-])(?i:" + phrase_group("bases.tsv", "base") + r"|" + rank + r")" + gap + r"(?:the" + gap + r")?\Z"
    )


@per_text  # asked of the same place by each later sentence's context search
def comparison_base(text: str, at: int) -> bool:
    """True for the place at ``text[at:]`` when it is the base of a comparison ('four years longer than Americans',
    'three times the size of Hong Kong's', 'the second-fastest in Asia after China'): what a figure is set against,
    not what it is about."""
    head = text[max(0, at - 12) : at].split()
    if not head or head[-1].lower() not in _base_last():  # the cheap test first
        return False
    return _base_before().search(text, max(0, at - 80), at) is not None


@cache
def _base_last() -> frozenset[str]:
    """The words that may stand right before a comparison's base (:func:`_base_before`), for its cheap test: the
    last word of each phrase of class 'base' of ``vocab/en/bases.tsv`` ('than', 'of', 'in' of 'than in'), a rank's
    'after', and 'the'."""
    return frozenset(p.split()[-1].lower() for p in phrase_classes("bases.tsv")["base"]) | {"after", "the"}


def code_of(words: str) -> str | None:
    """The code a name, demonym, alias, city of ``cities.tsv``, state of :func:`subdivisions` or currency of
    ``currencies.tsv`` stands for ('Kyrgyz' -> 'KG', 'Frankfurt' -> 'DE', 'Ontario' -> 'CA', 'yen' -> 'JP'), or a
    sign of a currency of ``home_currencies.tsv`` ('£' -> 'GB') or a word of a currency of one country only of
    ``currency_countries.tsv`` ('kronor' -> 'SE'), possessive allowed; None for a region with no code ('Latin
    America'). A hyphenated compound of nationalities, or a list of countries, stands for its countries in order,
    joined by ';' ('Anglo-Dutch' -> 'GB;NL', 'Sri Lanka, India and Thailand' -> 'LK;IN;TH')."""
    words = _POSSESSIVE.sub("", words)
    code = (
        names().get(words)
        or cities().get(words)
        or subdivisions().get(words)
        or currencies().get(words)
        or currency_signs().get(words)
        or _one_country_currencies().get(" ".join(words.split()).lower())
    )
    if code is None and LIST_GAP.search(words):
        listed = [code_of(w) for w in LIST_GAP.split(words)]
        code = join_codes([c for c in listed if c]) if all(listed) and len(listed) > 1 else None
    if code is None and "-" in words:
        parts = words.split("-")
        found = [combining().get(w) or names().get(w) for w in parts[:-1]] + [names().get(parts[-1])]
        codes = [c for c in found if c is not None and is_country(c)]
        if len(codes) == len(parts) > 1:
            code = join_codes(codes)
    return code or None


def join_codes(codes: list[str]) -> str:
    """Several countries as one cell of a subject or counterpart: the codes in order, each once, joined by ';'."""
    return ";".join(dict.fromkeys(codes))


def split_codes(value: str) -> list[str]:
    """The codes of a subject or counterpart cell ('GB;NL' -> ['GB', 'NL'])."""
    return [c for c in value.split(";") if c]


def is_country(code: str) -> bool:
    """True for one country's ISO code: not a bloc, an institution, a region with no code or a list."""
    return bool(code) and code not in UNCODED and code not in blocs() and ";" not in code


@cache
def combining() -> dict[str, str]:
    """Combining forms of ``vocab/en/combining.tsv`` ('Anglo' -> 'GB'): a country only as the first part of a
    hyphenated compound of nationalities ('Anglo-Dutch')."""
    return {row[0]: row[1].strip() for row in vocab_rows("combining.tsv")}


def _tail_pattern(tails: list[str]) -> re.Pattern[str]:
    """Any of ``tails`` as the next whole word after a space: a prefix tree, one test per character at each
    space of a text rather than one per tail (the longest tail that is a whole word is the match either way)."""
    return re.compile(r"[^\S\n]+(?:" + word_trie(tails) + r")(?![\w\-])")


@cache
def name_tail() -> re.Pattern[str]:
    """A word of ``vocab/en/name_tails.tsv`` right after a place word: the place is part of a firm's name."""
    return _tail_pattern([row[0] for row in vocab_rows("name_tails.tsv")])


@cache
def _benchmark_tail() -> re.Pattern[str]:
    """A tail of ``name_tails.tsv`` that makes the name a market's benchmark ('London Brent') or a group's ('Paris
    Club'), not a firm's: the name gives no one a home."""
    return _tail_pattern(
        [row[0] for row in vocab_rows("name_tails.tsv") if row[1:] and row[1].strip() in ("benchmark", "group")]
    )


@cache
def _name_head() -> re.Pattern[str]:
    """A word of ``vocab/en/name_heads.tsv`` (class 'head') right before a place word ('Air France',
    'Royal Dutch', 'Bank of America'): the place is part of a firm's name."""
    heads = sorted((row[0] for row in vocab_rows("name_heads.tsv") if row[1].strip() == "head"), key=len, reverse=True)
    return re.compile(r"(?<![\w\-.])(?:" + "|".join(map(re.escape, heads)) + r")[^\S\n]+\Z")


#: The capitalised word after a national word of a firm's name ('Bank' of 'Deutsche Bank').
_NEXT_NAME = re.compile(r"[^\S\n]+[A-Z][\w&\-]*[\w&]")


#: A capitalised word right before a place word, after a word of the same line (not a sentence's first).
_NAME_BEFORE = re.compile(r"[\w,][^\S\n]+[A-Z][\w\-]*[^\S\n]+\Z")


def _inside_name(text: str, at: int) -> bool:
    """True when a capitalised word that opens no sentence comes right before ``at``: the firm's name
    began before the country word ('Albanian Macedonian Bulgarian Oil Corporation'), and it names no
    one home."""
    return _NAME_BEFORE.search(text, max(0, at - 40), at) is not None


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Every country or bloc named in ``text[start:end]``, in order; a country word inside a firm's name
    (before a tail of ``vocab/en/name_tails.tsv``: 'Swiss Re', 'US Airways'; after a head of
    ``vocab/en/name_heads.tsv``: 'Air France', 'Bank of America'; or a national word found only in names:
    'Deutsche Bank') is the name, coded :data:`FIRM_NAME` with the country it names as ``named``: it is
    no place of its own, and gives the firm's home only for the firm's own figures."""
    out = []
    for m in _name_matches(text, start, len(text) if end is None else end):
        s, _e = m.span()
        word = _POSSESSIVE.sub("", m.group())
        bare = word == m.group()
        code = names()[word]
        tail = name_tail().match(text, m.end()) if bare else None
        head = _name_head().search(text, max(0, s - 20), s)
        if word in _name_nationals():
            tail = _NEXT_NAME.match(text, m.end()) if bare else None
        elif tail is None and head is None:
            out.append(Place(code, s, s + len(word)))
            continue
        benchmark = tail is not None and _benchmark_tail().match(text, m.end()) is not None
        several = head is None and _inside_name(text, s)  # 'Albanian Macedonian Bulgarian Oil'
        named = "" if benchmark or several or code in blocs() or not code else code
        out.append(Place(FIRM_NAME, head.start() if head else s, tail.end() if tail else s + len(word), named=named))
    return _compounds(text, out)


#: A combining form or a country word, then a hyphen, right before a place: 'Anglo-' of 'Anglo-Dutch'.
_COMBINED = re.compile(r"(?<![\w.\-])([A-Z][A-Za-z]*)-\Z")


def _compounds(text: str, found: list[Place]) -> list[Place]:
    """``found`` with each hyphenated compound of nationalities ('Anglo-Dutch', 'US-German', 'UK-Dutch') made
    one place coded by its countries in order ('GB;NL'): a firm the text calls by two nationalities has both
    (README of the BBC gold). Its parts must all be countries (a combining form of ``combining.tsv`` or a
    country word), none inside a firm's name; a bloc or region makes no compound ('EU-US', 'Asia-Pacific')."""
    if not any(text.startswith("-", p.start - 1) for p in found if p.start > 0):
        return found
    out: list[Place] = []
    for p in found:
        m = _COMBINED.search(text, max(0, p.start - 12), p.start) if p.start > 0 else None
        if m is None or not is_country(p.code) or text.startswith("-", p.end):
            out.append(p)
            continue
        prev = out[-1] if out and out[-1].end == m.end() - 1 else None
        first = prev.code if prev is not None else combining().get(m.group(1))
        if first is None or not is_country(first) or first == p.code:
            out.append(p)
            continue
        start = prev.start if prev is not None else m.start()
        if prev is not None:
            out.pop()
        out.append(Place(join_codes([first, p.code]), start, p.end))
    return out


@per_text
def text_places(text: str) -> tuple[Place, ...]:
    """:func:`find_places` of a whole text, found once per text: the firms' homes and who a figure is
    about both read them."""
    return tuple(find_places(text))
