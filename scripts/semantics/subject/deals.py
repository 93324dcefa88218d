"""The buyer of a deal a figure prices, read from the words around the figure.

README of the BBC gold: for a deal, the subject is the buyer's country; a bidder the text gives no home gives
none (not the seller's country, nor a place carried from another sentence). The buyer is named after a word of
``vocab/en/buyers.tsv`` and its preposition:

- after the figure, a deal noun and its preposition ('a £1.8bn takeover by Holcim', 'a $6.75bn buyout from
  telecoms giant Verizon'), or the preposition of a verb of sale whose price the figure is ('was bought for
  $9.4bn by a previously unknown group', 'sold for less than $10bn to a previously unknown firm called Baikal');
- before the figure, between the preposition and the price ('sell a minority stake to Italian bank Mediobanca
  for 775m euros', 'a buyout by Verizon Communications in a deal valued at $6.75bn').

The buyer's words run from the preposition to the first word that ends a noun phrase (a preposition but 'of',
a conjunction, a relative word). They must hold a capitalised name ('to help pay its debts' is a purpose, 'to an
investor' no named buyer). A place among them is the buyer's country; none, or a firm's name with no home, is a
buyer with no home, unless the sentence names a place that is no firm's home (the deal's market).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from ...extraction.dates import extract_dates
from ..places import FIRM_NAME, UNCODED, Place
from ..words import vocab_rows, vocab_table, word_classes, word_list
from .firms import before_named_firm

_W = vocab_table("deal_prices.toml")


def _words(name: str) -> frozenset[str]:
    """The words of one named list of ``deal_prices.toml`` (its comment there says what the list is for)."""
    return frozenset(_W[name])


def _pairs(name: str) -> frozenset[tuple[str, str]]:
    """The word pairs of one named list of ``deal_prices.toml``."""
    return frozenset((a, b) for a, b in _W[name])


#: Words right before a price that no hedge skip passes ('for', 'valued at', 'worth'), nor a buyer's preposition.
_MARKERS = _words("markers")
_HEDGE_PAIRS = _pairs("hedge_pairs")
_SALE_PRICE = _words("sale_price")
_DEAL_PRICE = _words("deal_price")
_VALUED = _pairs("valued")
_DEAL_NOUNS = _words("deal_nouns")
_DEAL_PREPS = _words("deal_preps")
_NAME_PREPS = _words("name_preps")
#: The prepositions after which a noun of a bid names its bidder.
BID_PREPS = _words("bid_preps")
#: Words and numbers of a stretch of text.
_TOKEN = re.compile(r"[^\W\d_][\w'’&\-]*|\d[\w.,]*")
_BRACKET = re.compile(r"[^\S\n]*\([^()\n]*\)")
#: What ends the words read after the figure: a clause's punctuation, or a line's end (a paragraph's last figure
#: written with no full stop: the next paragraph's 'To ...' is no buyer's preposition).
_STOP = re.compile(r"[,;:—–.!?()\"“”\n]")
#: How far a verb of sale may stand before its preposition ('sell a minority stake to'), in words.
_VERB_REACH = 5
#: How far after the figure (and its conversion) the buyer may be read, in characters.
_AFTER_CHARS = 160
#: How many words the buyer's phrase may have.
_BUYER_WORDS = 7
#: How many characters after the buyer's words are read with them for a date they start ('the New| Year').
_DATE_TAIL = 20
#: How many words before the figure are read: more than the price's marker, the buyer's words and the verb of
#: sale before them take (:func:`deal_buyer`), so that a clause with no punctuation is not read whole per figure.
_BEFORE_WORDS = 30
#: The characters first read back for those words.
_BEFORE_CHARS = 200


class Homeless:
    """The mark of a buyer the text names without a home: the figure has no subject."""


HOMELESS = Homeless()


@cache
def buyer_preps() -> dict[str, frozenset[str]]:
    """Word of a deal -> the prepositions that name its buyer after it: the rows of ``vocab/en/buyers.tsv``, and
    each noun of a bid (class 'bid' of ``vocab/en/deals.tsv``, the one list of them) with every preposition of
    ``bid_preps`` ('a proposal by Bellcom' as 'a proposal from Bellcom')."""
    out: dict[str, set[str]] = {}
    for row in vocab_rows("buyers.tsv"):
        out.setdefault(row[0].strip().lower(), set()).add(row[1].strip().lower())
    for noun in word_list("deals.tsv", "bid"):
        out.setdefault(noun, set()).update(BID_PREPS)
    return {w: frozenset(p) for w, p in out.items()}


@cache
def _preps() -> frozenset[str]:
    """Every preposition that names a buyer."""
    return frozenset(p for ps in buyer_preps().values() for p in ps)


def _classes(word: str) -> frozenset[str]:
    return word_classes().get(word.lower(), frozenset())


def _ends_phrase(word: str) -> bool:
    """True for a word that ends the buyer's noun phrase: a preposition but 'of', a conjunction, a relative
    word, a time word ('last')."""
    c = _classes(word)
    return word.lower() not in _NAME_PREPS and bool(c & {"prep", "conj", "rel", "time"})


def _tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, start, end))


def _words_before(text: str, clause_start: int, end: int) -> list[re.Match[str]]:
    """The last words of the clause before ``end``: at least :data:`_BEFORE_WORDS` of them (all, in a shorter
    clause), read from :data:`_BEFORE_CHARS` back, not from the clause's start (a run-on clause of many figures
    would be read whole for each)."""
    start = max(clause_start, end - _BEFORE_CHARS)
    while start > clause_start:
        toks = _tokens(text, start, end)
        if len(toks) > _BEFORE_WORDS:
            return toks[1:]  # the first may be a word cut by the window
        start = max(clause_start, start - _BEFORE_CHARS)
    return _tokens(text, clause_start, end)


def _buyer_span(text: str, toks: list[re.Match[str]]) -> tuple[int, int] | None:
    """The span of the buyer's words at the start of ``toks`` (after the preposition), or None when they name no
    buyer: no capitalised word ('to help pay its debts' is a purpose; 'sell a 25% stake to an investor' a firm's
    own share sale, which takes the firm's country: README of the BBC gold)."""
    words: list[re.Match[str]] = []
    for t in toks[:_BUYER_WORDS]:
        if _ends_phrase(t.group()) or t.group()[0].isdigit():
            break
        words.append(t)
    if not words:
        return None
    if not any(t.group()[0].isupper() for t in words):  # 'to an investor': a firm's own share sale (README)
        return None
    if "time" in _classes(words[-1].group()):
        return None
    name = next(t for t in words if t.group()[0].isupper())
    if _date_at(text, words[0].start(), name.start(), words[-1].end()):
        return None
    return words[0].start(), words[-1].end()


def _date_at(text: str, start: int, name: int, end: int) -> bool:
    """True when the buyer's words (``start``-``end``) are a date, one that starts by their first capitalised word
    (``name``): 'a takeover by Easter', 'by Q3', 'by the New Year' name a deadline, not a buyer (the words' own test
    stops only at a month's or a day's name); 'by Bellcom Holdings next year' names a buyer. The date extractor
    reads the words and a few after them, so that a date they start is seen whole."""
    snippet = text[start : min(len(text), end + _DATE_TAIL)]
    return any(d.start <= name - start for d in extract_dates(snippet, None))


def _in_span(p: Place, span: tuple[int, int]) -> bool:
    """True when the place's words or its firm's mention start in ``span``."""
    return span[0] <= p.start < span[1] or span[0] <= p.at[0] < span[1]


def _verdict(text: str, places: list[Place], span: tuple[int, int]) -> Place | Homeless | None:
    """The buyer's country in ``span``: its place; :data:`HOMELESS` when it names none or only a firm's name with
    no home; None (no decision) when its place has no code (a region, a firm named for a country), or when it names
    none but the sentence names a place that is no firm's home ('The US telecoms market is consolidating, with
    AT&T being bought by SBC for $16bn': the deal's market, for the usual rules)."""
    inside = [p for p in places if _in_span(p, span)]
    if not inside:
        market = any(p.code not in UNCODED and p.via is None and not before_named_firm(text, p) for p in places)
        return None if market else HOMELESS
    coded = [p for p in inside if p.code not in UNCODED]
    if coded:
        return coded[0]
    # a firm's name the text gives no home ('Bellcom Holdings'), not one named for a country ('France Telecom')
    return HOMELESS if all(p.code == FIRM_NAME and not p.named for p in inside) else None


def _price_marker(toks: list[re.Match[str]]) -> int | None:
    """Index in ``toks`` (the words of the clause before the figure) of the word that makes the figure a price:
    'for' ('sold for $9.4bn', hedges such as 'less than' passed over), or 'in a deal valued at' / 'deal worth' (the
    index of 'in', or of 'deal')."""
    i = len(toks) - 1
    while i >= 0 and "hedge" in _classes(toks[i].group()) and not _marks(toks, i):
        i -= 1
    if i < 0:
        return None
    word = toks[i].group().lower()
    if word in _SALE_PRICE:
        return i
    if word in _DEAL_PRICE:
        j = i - 1 if i > 0 and (toks[i - 1].group().lower(), word) in _VALUED else i
        if j >= 1 and toks[j - 1].group().lower() in _DEAL_NOUNS:
            k = j - 1
            while k > 0 and "det" in _classes(toks[k - 1].group()):
                k -= 1
            return k - 1 if k > 0 and toks[k - 1].group().lower() in _DEAL_PREPS else k
    return None


def _marks(toks: list[re.Match[str]], i: int) -> bool:
    """True when the word at ``i`` is one of :data:`_MARKERS`, not the second word of a hedge ('up to')."""
    word = toks[i].group().lower()
    return word in _MARKERS and not (i > 0 and (toks[i - 1].group().lower(), word) in _HEDGE_PAIRS)


def _trigger_before(toks: list[re.Match[str]], i: int, prep: str, reach: int) -> bool:
    """True when a word of ``buyer_preps`` with ``prep`` stands at most ``reach`` words before index ``i``."""
    words = toks[max(0, i - reach) : i]
    return any(prep in buyer_preps().get(t.group().lower(), ()) for t in words)


def deal_buyer(
    text: str, clause: tuple[int, int], fig: tuple[int, int], places: list[Place]
) -> Place | Homeless | None:
    """The buyer of the deal the figure prices (see the module's docstring): its place, :data:`HOMELESS` for a
    buyer the text names with no home, None when the figure names no buyer this way."""
    before = _words_before(text, clause[0], fig[0])
    marker = _price_marker(before)
    if marker is not None:  # 'sell a minority stake to Italian bank Mediobanca for 775m euros'
        for i in range(marker - 1, max(-1, marker - 1 - _BUYER_WORDS), -1):
            prep = before[i].group().lower()
            if prep in _preps() and _trigger_before(before, i, prep, _VERB_REACH):
                span = _buyer_span(text, before[i + 1 : marker])
                return _verdict(text, places, span) if span is not None else None
    bracket = _BRACKET.match(text, fig[1])
    start = bracket.end() if bracket is not None else fig[1]
    reach = min(len(text), start + _AFTER_CHARS)
    stop = _STOP.search(text, start, reach)
    # the words the loop below and the buyer's phrase can read, not every word up to the stop
    after = list(islice(_TOKEN.finditer(text, start, stop.start() if stop else reach), 5 + 1 + _BUYER_WORDS))
    for i, t in enumerate(after[:5]):
        prep = t.group().lower()
        if prep not in _preps():
            if t.group()[0].isdigit() or _classes(t.group()) & {"prep", "conj", "rel"}:
                return None
            continue
        noun = i > 0 and prep in buyer_preps().get(after[i - 1].group().lower(), ())
        sold = marker is not None and before[marker].group().lower() in _SALE_PRICE
        sold = sold and marker is not None and _trigger_before(before, marker, prep, _VERB_REACH + 3)
        if not (noun or sold):
            return None
        span = _buyer_span(text, after[i + 1 :])
        return _verdict(text, places, span) if span is not None else None
    return None
