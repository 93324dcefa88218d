"""Exchange rates: who a rate is about is the economy of the currency whose value is quoted.

README of the BBC gold: 'a euro that buys $1.30' is about the euro area (EZ), the dollar against the euro is
about the US. A rate names two currencies: the priced one, the subject of a verb of movement or level ('the
dollar had edged higher to 1.3040 euros', 'The yen had strengthened to 102.975 against the dollar'), and the
one it is quoted in, after 'to', 'against' or 'per' ('8.28 to the US dollar'), which is never the subject of
a figure of its sentence (a counterpart at most). Currency nouns are data (``vocab/en/currencies.tsv``); a
country word before the noun names the economy instead ('the Australian dollar').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ...extraction.lexicon import ing_stems
from ...extraction.patterns import word_search, word_trie
from ..per_text import per_text
from ..places import Place, currencies, find_places
from ..words import phrase_classes, vocab_rows, word_classes


@cache
def _currency_re() -> re.Pattern[str]:
    """A currency noun as a whole lower-case word, the generic 'currency' too (a priced currency with no code):
    a prefix tree opening with the nouns' first letters (:func:`word_search`), since every sentence with a
    figure is scanned for them."""
    return re.compile(word_search([*currencies(), "currency"], r"[\w\-]"))


@cache
def _vocab() -> dict[str, frozenset[str]]:
    """Words of ``vocab/en/rates.tsv`` by class: 'between' (what may stand between a priced currency and its rate
    besides verbs of movement or level), 'det' (determiners before a currency: 'to the US dollar', 'one pound')."""
    return {cls: frozenset(words) for cls, words in phrase_classes("rates.tsv").items()}


#: Word classes (``vocab/en/words.tsv``) of the verbs that move or state a rate, and of what may stand beside them.
_MOVES = frozenset({"change", "level"})
_BESIDE = frozenset({"aux", "rel", "hedge", "change", "level"})
_WORD = re.compile(r"[A-Za-z][\w\-]*")


def _currency_place(text: str, start: int, end: int) -> Place | None:
    """The economy of the currency noun at ``[start, end)``: a country word right before it ('the Australian
    dollar', 'US dollar'), else the noun's own code; None for the generic 'currency' (whose economy is the
    context's)."""
    before = text[max(0, start - 30) : start]
    m = re.search(r"([A-Z][\w\-]*)[^\S\n]+\Z", before)
    if m is not None:
        s = start - len(before) + m.start(1)
        named = [p for p in find_places(text, s, start) if p.start == s and p.code]
        if named:
            return named[0]
    code = currencies().get(text[start:end])
    return Place(code, start, end) if code else None


def _words_before(text: str, start: int, at: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text, start, at)]


#: The longest currency noun (characters): a match ending at a figure is looked for this far before it.
_LONGEST = max(len(w) for w in [*currencies(), "currency"])


@per_text
def _currency_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The currency nouns of ``text[start:end]`` (a sentence), found once for all its figures: asked per
    figure, a run-on sentence of figures was scanned once for each of them."""
    return tuple(m.span() for m in _currency_re().finditer(text, start, end))


@per_text
def quoted_in(text: str, sent: tuple[int, int]) -> tuple[Place, ...]:
    """The places of the sentence that name a currency a rate is quoted in ('to the US dollar', 'against the
    yen'): never the subject of the sentence's figures. Read once a sentence (its figures all ask)."""
    out = []
    for m_start, m_end in _currency_spans(text, sent[0], sent[1]):
        place = _currency_place(text, m_start, m_end)
        if place is not None and _quote_before().search(
            text, max(sent[0], min(place.start, m_start) - 20), min(place.start, m_start)
        ):
            out.append(place)
    return tuple(out)


def quoted_currency(text: str, p: Place) -> bool:
    """True for a country word that names a currency a rate is quoted in ('43.305 per US dollar', 'Against the
    Japanese yen'): a currency noun right after it, a quote word before it (:func:`_quote_before`). Such a place
    is no subject of a later sentence either ('The rupee climbed to 43.305 per US dollar. The currency has gained
    almost 1%': the rupee's, not the US)."""
    m = _currency_re().match(text, p.end + 1) if text[p.end : p.end + 1].isspace() else None
    return m is not None and _quote_before().search(text, max(0, p.start - 20), p.start) is not None


@cache
def _quote_link() -> str:
    """The words of ``vocab/en/quoted_in.tsv`` ('to', 'against', 'per'), then a space and an optional determiner:
    what comes between a rate or a word and the currency the rate is quoted in. One definition for both
    patterns below, read once."""
    words = sorted((row[0].strip() for row in vocab_rows("quoted_in.tsv")), key=len, reverse=True)
    return r"(?:" + "|".join(map(re.escape, words)) + r")[^\S\n]+(?:(?:" + word_trie(_vocab()["det"]) + r")[^\S\n]+)?"


@cache
def _quote_before() -> re.Pattern[str]:
    """Right before a currency (or its country word): a word that makes it the currency a rate is quoted in, in any
    case ('Against the Japanese yen, it was trading at 105.28 yen')."""
    return re.compile(r"(?<![\w\-])(?i:" + _quote_link() + r")\Z")


@cache
def rate_of() -> re.Pattern[str]:
    """Between a rate and the currency it is quoted in, as a whole ('8.28 to the US dollar': ' to the '),
    for ``fullmatch`` from the rate's end to the currency's start."""
    return re.compile(r"[^\S\n]+" + _quote_link())


#: Right before a currency noun: a number and its scale ('10bn euros', '2.5 million yen'): the noun is an amount's unit.
_AMOUNT_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?(?:bn|m|[^\S\n]+(?:billion|million|trillion))?[^\S\n]+\Z")


def priced(text: str, sent: tuple[int, int], fig: tuple[int, int]) -> tuple[Place | None, bool]:
    """The currency the figure prices: the last currency noun before the figure in its sentence, when a verb
    of movement or level links it to the figure ('the dollar had edged higher to',
    'a euro that buys', 'The yen, meanwhile, had strengthened to'); not the unit of an amount ('10bn euros, up 8.1%':
    :data:`_AMOUNT_BEFORE`). Returns its economy (None for 'the currency', whose economy is the context's) and whether
    one was found."""
    last = _last_currency_before(text, sent, fig[0])
    if last is None:
        return None, False
    m_start, m_end = last
    if _AMOUNT_BEFORE.search(text, max(sent[0], m_start - 24), m_start) is not None:
        return None, False  # 'revenue was 10bn euros, up 8.1%': an amount's currency, no rate's
    between = _words_before(text, m_end, fig[0])
    if not between or len(between) > 6:
        return None, False
    classes = [_rate_word_classes(w) for w in between]
    if not any(c & _MOVES or w.endswith("ed") for w, c in zip(between, classes, strict=True)):
        return None, False
    if not all(
        c & _BESIDE or w in _vocab()["between"] or w.endswith("ly") or w.endswith("ed")
        for w, c in zip(between, classes, strict=True)
    ):
        return None, False
    return _currency_place(text, m_start, m_end), True


def _rate_word_classes(word: str) -> frozenset[str]:
    """The word classes of a word between a currency and its rate, an '-ing' form taking its verb's ('buying' of
    'buy', 'trading' of 'trade': 'The dollar was buying 104.76 yen', 'one pound buying $1.9094')."""
    classes = word_classes()
    return classes.get(word) or next((classes[stem] for stem in ing_stems(word) if stem in classes), frozenset())


def measured_currency(text: str, sent: tuple[int, int], measure: tuple[int, int]) -> Place | None:
    """The economy of the currency a figure's measure names alone ('The dollar', 'the Australian dollar',
    'sterling'): the currency whose value the figure quotes or moves, where no verb links it to the figure
    (:func:`priced`): 'The dollar was buying 104.76 yen at 0950 GMT, 0.5% stronger on the day', 'The dollar
    slid to $1.3666 versus the euro, before bouncing back to $1.3636'. A currency the rate is quoted in
    ('against the euro', :func:`quoted_in`) is none; nor is the generic 'the currency' (the context's)."""
    m = _measured().fullmatch(text, measure[0], measure[1])
    if m is None or currencies().get(m.group("noun")) is None:
        return None
    place = _currency_place(text, m.start("noun"), m.end("noun"))
    if place is None or any(q.start == place.start for q in quoted_in(text, sent)):
        return None
    return place


@cache
def _measured() -> re.Pattern[str]:
    """A measure that is a currency alone: a determiner, a country word, the noun ('the Australian dollar',
    'sterling')."""
    det = word_trie(_vocab()["det"], cap=True)
    return re.compile(r"(?:(?:" + det + r")[^\S\n]+)?(?:[A-Z][\w\-]*[^\S\n]+)?(?P<noun>[a-z]+)")


def _last_currency_before(text: str, sent: tuple[int, int], at: int) -> tuple[int, int] | None:
    """The span of the last currency noun in ``text[sent[0]:at]``, as a scan of that stretch alone finds it.

    A noun is a whole word, so the sentence's nouns ending before ``at`` are the stretch's; only one ending
    right at ``at`` (where the stretch's end, not the next character, closes the word) needs its own look.
    """
    at_end = [
        span
        for span in ((m.start(), m.end()) for m in _currency_re().finditer(text, max(sent[0], at - _LONGEST - 1), at))
        if span[1] == at
    ]
    if at_end:
        return at_end[-1]
    spans = _currency_spans(text, sent[0], sent[1]) if at <= sent[1] else _currency_spans(text, sent[0], at)
    i = bisect_left(spans, (at,)) - 1
    while i >= 0 and spans[i][1] >= at:
        i -= 1
    return spans[i] if i >= 0 else None
