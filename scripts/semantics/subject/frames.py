"""Frames that decide a figure's subject over the places of its sentence: the EU's budget rule (a deficit
limit of the stability pact is the EU's) and a national market (a firm's sales in the market its paragraph
or story states are that market's), and a comparison between countries ('compared with 12.1% in Germany': the
figure is Germany's, and Germany no place a later sentence inherits). The words are data: ``vocab/en/frames.tsv``."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from ...extraction.patterns import phrase_alternation
from ..per_text import per_text
from ..places import (
    FIRM_NAME,
    UNCODED,
    Place,
    currency_countries,
    currency_signs,
    is_country,
    split_codes,
    text_places,
)
from ..words import phrase_classes, phrase_group
from .firms import before_firm_noun, modifiers_only

_S = r"[^\S\n]+"


def _any(cls: str) -> str:
    """A regex group of the phrases of one class of ``vocab/en/frames.tsv``, each space any run of blanks."""
    return phrase_group("frames.tsv", cls)


@cache
def _pact_re() -> re.Pattern[str]:
    return re.compile(r"\b" + _any("pact") + r"\b", re.IGNORECASE)


@cache
def _limit_after() -> re.Pattern[str]:
    """After a percentage: '[budget] [deficit] limit' ('the 3% deficit limit', 'the current 3% limit')."""
    return re.compile(r"(?:" + _S + r"(?:budget" + _S + r")?deficit)?" + _S + _any("limit") + r"\b", re.IGNORECASE)


@cache
def _limit_before() -> re.Pattern[str]:
    """Before a percentage, in its clause: a verb of limiting, then a deficit and 'to' ('EU rules limit the size
    of a eurozone country's deficit to 3%')."""
    return re.compile(r"\b" + _any("limits") + r"\b[^.;:\n]{0,80}?\bdeficits?" + _S + r"to" + _S + r"\Z", re.IGNORECASE)


@cache
def _last_words(cls: str) -> frozenset[str] | None:
    """The last word of each phrase of one class, in lower case ('pact' of 'stability pact'); None when one is no
    plain ASCII word (:func:`_lacks` then tells nothing)."""
    words = frozenset(w.split()[-1].lower() for w in phrase_classes("frames.tsv")[cls])
    return words if all(w.isascii() and w.isalpha() for w in words) else None


#: The letters other than ASCII ones that a pattern matched in any case takes for ASCII letters ('İ' and 'ı' for
#: 'i', 'ſ' for 's', the Kelvin sign for 'k'): a stretch with one of them is searched whatever its lower case holds.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _lacks(text: str, start: int, end: int, cls: str) -> bool:
    """True when ``text[start:end]`` holds none of the last words of the phrases of class ``cls``
    (:func:`_last_words`) in any case: no phrase of the class (:func:`_any`, matched in any case) is there, which
    this cheap test tells before a search of the stretch. False when it cannot tell (a letter of
    :data:`_FOLDS_TO_ASCII` in the stretch)."""
    words = _last_words(cls)
    part = text[start:end]
    if words is None or any(c in part for c in _FOLDS_TO_ASCII):
        return False
    low = part.lower()
    return not any(w in low for w in words)


@per_text
def _pact_text(text: str) -> tuple[Place, ...]:
    """The EU's mentions in a text that names the stability pact (none in any other), found once per text; a
    text that lacks the phrases' last words (:func:`_lacks`) is not searched (most are not about the pact)."""
    if _lacks(text, 0, len(text), "pact") or _pact_re().search(text) is None:
        return ()
    return tuple(p for p in text_places(text) if p.code == "EU")


def pact_limit(text: str, clause: tuple[int, int], fig: tuple[int, int], kind: str) -> Place | None:
    """The EU, as the subject of a percentage that is the stability pact's deficit limit, in a text that names
    the pact and the EU (its evidence: the EU's mention nearest before the figure, else the first after it);
    None for any other figure. The rule is the EU's whatever country its sentence names: 'Greece ... has also
    broken the 3% deficit ceiling' is not Greece's figure (README of the BBC gold)."""
    if kind != "percent":
        return None
    eu = _pact_text(text)
    if not eu:
        return None
    after = _limit_after().match(text, fig[1], clause[1]) is not None
    if not after and _limit_before().search(text, max(clause[0], fig[0] - 200), fig[0]) is None:
        return None
    before = [p for p in eu if p.end <= fig[0]]
    return before[-1] if before else eu[0]


@cache
def _market_after() -> re.Pattern[str]:
    """After a country word: at most two modifiers and a market noun ('the US market', 'monthly US sales', "India's
    domestic car sales"); the modifiers are group 1."""
    return re.compile(r"(?:['’]s)?((?:" + _S + r"[a-z][\w\-]*){0,2}?)" + _S + _any("market") + r"\b")


@cache
def _market_before() -> re.Pattern[str]:
    """Before a country word: a market noun, what it sells ('of hybrid cars') and 'in [the]' ('Sales of hybrid
    cars in the US'); not a firm's own sales there ('its sales in China', "Nissan's sales in China")."""
    gap = _S[:-1]  # one blank: a look-behind has a fixed width
    not_owned = rf"(?<!\bits{gap})(?<!\btheir{gap})(?<![’']s{gap})"
    goods = r"(?:" + _S + r"(?:of|for)(?:" + _S + r"[a-z][\w\-]*){1,3})?"
    return re.compile(
        not_owned + r"\b" + _any("market") + goods + _S + r"in" + _S + r"(?:the" + _S + r")?\Z", re.IGNORECASE
    )


def _names_market(text: str, p: Place) -> bool:
    """True when the country word names a market (:func:`_market_after`, :func:`_market_before`), not where
    firms are from ('US car firms')."""
    if p.via is not None or not is_country(p.code):
        return False
    after = _market_after().match(text, p.end)
    if after is not None and modifiers_only(after.group(1)):
        return True
    return _market_before().search(text, max(0, p.start - 60), p.start) is not None


@per_text
def _market_places(text: str) -> tuple[list[int], tuple[Place, ...]]:
    """The country words of a text that name a market (:func:`_names_market`), with their starts, found once per
    text."""
    found = tuple(p for p in text_places(text) if _names_market(text, p))
    return [p.start for p in found], found


def stated_market(text: str, spans: list[tuple[int, int]]) -> Place | None:
    """The market a story states for a figure: the last country word naming a market (:func:`_names_market`)
    within the first of ``spans`` that has one (the figure's paragraph up to the figure, then the headline and
    lede); None when none does. Found by bisection in the text's market words, so a figure reads no stretch."""
    starts, found = _market_places(text)
    for start, end in spans:
        i = bisect_left(starts, end) - 1
        while i >= 0 and found[i].end > end:
            i -= 1
        if i >= 0 and found[i].start >= start:
            return found[i]
    return None


@cache
def _sale_re() -> re.Pattern[str]:
    return re.compile(r"\b" + _any("sale") + r"\b", re.IGNORECASE)


def is_firm_home(text: str, p: Place, homes: list[Place]) -> bool:
    """True when the place stands for a firm (``via`` its mention), says where firms are from ('Japanese
    carmakers') or is the words that give a firm its home ("Japan's Suzuki", ``homes``: the text's firm
    mentions with their homes' spans)."""
    return p.via is not None or before_firm_noun(text, p) or any((h.start, h.end) == (p.start, p.end) for h in homes)


def market_subject(
    text: str,
    clause: tuple[int, int],
    places: list[Place],
    subject: Place | None,
    spans: list[tuple[int, int]],
    homes: list[Place],
) -> Place | None:
    """The market as the subject of a firm's figure of selling there: when the figure's clause has a word of
    selling (class 'sale': 'sales rising 8%', 'sold more than 80,000 units') and its subject is a firm's home
    (:func:`is_firm_home`: the sentence's or the paragraph's), and its sentence (``places``) names no other
    country as itself, a market the paragraph or the story states (:func:`stated_market` of ``spans``) is the place
    of the activity (README of the BBC gold: Toyota's and Hyundai's sales in a story about the US market are 'US').
    Else None. The market is read last, only for a firm's figure of selling (a text's market words are found on
    first asking)."""
    if subject is None or not is_firm_home(text, subject, homes):
        return None
    if _sale_re().search(text, clause[0], clause[1]) is None:
        return None
    market = stated_market(text, spans)
    if market is None or subject.code == market.code:
        return None
    plain = [p for p in places if p.code != FIRM_NAME and not is_firm_home(text, p, homes)]
    if any(p.code != market.code for p in plain):  # a place the sentence states ("Inbev's European business")
        return None
    return market


@cache
def _partner_re() -> re.Pattern[str]:
    """Before a country word: a trade noun, a partner's preposition and 'the' if any ('trade with the ', 'exports
    to ')."""
    return re.compile(r"\b" + _any("trade") + _S + r"(?:with|to|from)" + _S + r"(?:the" + _S + r")?\Z", re.IGNORECASE)


#: Between a trade's partner and the next: a bracket or list gap ('China (and ', 'Japan and ', 'Japan, ').
_LISTED_AFTER = re.compile(r"(?:,|[^\S\n]*\(|,?[^\S\n]+and)?[^\S\n]*(?:and[^\S\n]+)?(?:the[^\S\n]+)?\Z")


def trade_partners(text: str, places: list[Place]) -> list[Place]:
    """The places of ``places`` (a sentence's, in order) that are a trade's partner: after a trade noun and 'with',
    'to' or 'from' ('It compares with 20,479.5bn yen in trade with the US'), or listed right after such a partner
    ("Japan's imports from and exports to China (and Hong Kong)"). README of the BBC gold: a trade partner is the
    figure's counterpart, not its subject."""
    out: list[Place] = []
    for p in places:
        if p.via is not None or not is_country(p.code):
            continue
        after_trade = _partner_re().search(text, max(0, p.start - 40), p.start) is not None
        listed = bool(out) and out[-1].end < p.start and _LISTED_AFTER.fullmatch(text, out[-1].end, p.start) is not None
        if after_trade or listed:
            out.append(p)
    return out


def after_trade_word(text: str, places: Sequence[Place]) -> bool:
    """True when a country of ``places`` (named at its own words) comes right after a trade noun and its
    preposition, as a partner of :func:`trade_partners` must: when none does, no list of these places (nor of them
    renamed as firms' names) has a partner, and a sentence's figures need not each ask."""
    return any(
        p.via is None and is_country(p.code) and _partner_re().search(text, max(0, p.start - 40), p.start) is not None
        for p in places
    )


@cache
def _owner_re() -> re.Pattern[str]:
    return re.compile(r"\b" + _any("owner") + _S + r"by" + _S + r"(?:the" + _S + r")?\Z", re.IGNORECASE)


def named_as_owner(text: str, at: int) -> bool:
    """True when the words at ``at`` follow 'owned by' or 'controlled by' ('majority-owned by Japan's Suzuki'): a
    firm's owner named in passing, which a later sentence of the paragraph does not inherit as its place."""
    return _owner_re().search(text, max(0, at - 40), at) is not None


@cache
def _unit_of_re() -> re.Pattern[str]:
    """Between a country word and a place after it: at most two modifiers, a unit noun, 'of' and 'the' if any
    (' unit of ' in 'the US unit of Germany's DaimlerChrysler', ' car unit of the ')."""
    return re.compile(
        r"(?:" + _S + r"[a-z][\w\-]*){0,2}?" + _S + _any("unit") + _S + r"of" + _S + r"(?:the" + _S + r")?\Z"
    )


def _places_unit(text: str, q: Place, p: Place) -> bool:
    """True when the country word ``q`` places a unit whose parent ``p`` names ('the US unit of Germany's')."""
    near = q.end < p.start <= q.end + 60 and q.via is None and q.code != p.code and is_country(q.code)
    return near and _unit_of_re().match(text, q.end, p.start) is not None


def places_a_unit(text: str, places: Sequence[Place]) -> bool:
    """True when a country of ``places`` (named at its own words) is followed, within 60 characters, by a unit noun
    and 'of' before another of them, as :func:`parents_of_placed_units` asks of a pair (its codes aside): when no
    pair is so, no list of these places (nor of them renamed as firms' names) has a parent, and a sentence's figures
    need not each ask."""
    return any(
        q.via is None
        and is_country(q.code)
        and any(q.end < p.start <= q.end + 60 and _unit_of_re().match(text, q.end, p.start) for p in places)
        for q in places
    )


def parents_of_placed_units(text: str, places: list[Place]) -> list[Place]:
    """The places of ``places`` (a sentence's, in order) that name the parent of a unit the text places itself
    ('Chrysler, the US unit of Germany's DaimlerChrysler': Germany): the unit's figures are its own country's, so
    the parent's place is none of their subjects. A unit placed by no country ('the European unit of US carmaker
    GM') leaves its parent's place alone: it takes the parent's home (README of the BBC gold)."""
    out = []
    for k, p in enumerate(places):
        if p.via is not None:
            continue
        if any(_places_unit(text, q, p) for q in places[:k]):
            out.append(p)
    return out


#: Right after a figure, 'in' and 'the' if any: the place that follows is where the figure is ('12.1% in Germany').
_IN_PLACE = re.compile(r"[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?\Z")


def figure_in_place(text: str, sent: tuple[int, int], fig: tuple[int, int], places: list[Place]) -> Place | None:
    """The country named right after the figure and 'in', its phrase ending there ('compared with 12.1% in Germany,
    10.4% in Spain'): where the text states the figure is, its subject over a country named before it (README of
    the BBC gold: the place of the activity when the text states it); None for a country word that modifies a noun
    ('8% in UK trade') or a place named any further off, and in a sentence of shares before the figure ('Unilever's
    shares fell 1% in London, and dropped by 1.2% in Paris': where the shares trade, the firm's own figure)."""
    for p in places:
        if (
            fig[1] < p.start <= fig[1] + 10
            and p.via is None
            and is_country(p.code)
            and _IN_PLACE.fullmatch(text, fig[1], p.start)
            and _PHRASE_END.match(text, p.end)
        ):
            # the sentence's shares read only for a place that may be the figure's (most figures have none)
            return p if _SHARES.search(text, sent[0], fig[0]) is None else None
    return None


#: A word of shares: a sentence of a share price, whose places after a figure are where the shares trade.
_SHARES = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?)\b")

#: After a place: the end of its phrase (a mark, 'and', 'or'), not a noun it modifies ('in UK trade').
_PHRASE_END = re.compile(r"['’]?(?:[^\S\n]*[,.;:)\n]|[^\S\n]+(?:and|or|but|while|whereas)\b|\Z)")

#: Before a place: the end of a figure (a digit, '%', a multiplier), 'in' and 'the' if any ('9.7% in ').
_FIGURE_IN = re.compile(r"(?:\d(?:bn|m)?|%|\b(?:billion|million|trillion|points?))[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?\Z")


def placed_figure(text: str, p: Place) -> bool:
    """True when the place is where a figure right before it is ('9.7% in France'): that figure's own place, one
    term of a comparison, which a later sentence that names no place does not inherit (the UK's jobless rate,
    'compared with ... 9.7% in France', then 'with 104,000 workers axed' is still the UK's)."""
    return p.via is None and _FIGURE_IN.search(text, max(0, p.start - 24), p.start) is not None


@cache
def _listing_re() -> re.Pattern[str]:
    return re.compile(r"\b" + _any("listing") + r"\b", re.IGNORECASE)


@cache
def _exchange_name() -> re.Pattern[str]:
    """Right after a place: the name of an exchange (``vocab/en/exchanges.tsv`` class 'exchange': ' Stock Exchange')."""
    phrases = phrase_classes("exchanges.tsv")["exchange"]  # the longest first
    return re.compile(_S + "(?:" + "|".join(map(re.escape, phrases)) + r")\b")


def listing_exchanges(text: str, sent: tuple[int, int], places: Sequence[Place]) -> list[Place]:
    """The places of ``places`` (a sentence's) that name an exchange ('the London Stock Exchange') in a sentence of
    a firm's listing or share sale (a word of class 'listing': 'for its secondary listing in its $1.07bn stock
    market debut'), or that stand right before a noun of the listing ('$1bn London listing'): where the shares
    trade, which is no subject of the firm's money (README of the BBC gold: a firm's share sale or listing on a
    foreign exchange takes the firm's country). Empty when the sentence has no such word."""
    if _lacks(text, sent[0], sent[1], "listing") or _listing_re().search(text, sent[0], sent[1]) is None:
        return []
    return [
        p
        for p in places
        if p.via is None and (_exchange_name().match(text, p.end) is not None or _listing_after().match(text, p.end))
    ]


@cache
def _listing_after() -> re.Pattern[str]:
    """Right after a place: a noun of a listing (class 'listing' of ``vocab/en/frames.tsv`` but its verbs in -ed:
    'Air China in $1bn London listing', 'its Wall Street debut'): the place names the market the shares trade on."""
    nouns = [w for w in phrase_classes("frames.tsv")["listing"] if not w.endswith("ed")]
    return re.compile(_S + "(?:" + phrase_alternation(nouns, _S, longest_first=False) + r")\b")


@cache
def _currencies() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The words and signs of ``vocab/en/currency_countries.tsv`` as one pattern (a word whole, any case; the
    longest first), and each (lower case, one space) -> the countries it may be the currency of."""
    table = currency_countries()
    alts = (r"(?<![A-Za-z])" + re.escape(w).replace(r"\ ", _S) for w in sorted(table, key=len, reverse=True))
    return re.compile("(?:" + "|".join(alts) + r")(?![A-Za-z])", re.IGNORECASE), table


@per_text
def _named_countries(text: str) -> frozenset[str]:
    """The countries a text names (its places' codes and the national words of its firms' names), found once."""
    out: set[str] = set()
    for p in text_places(text):
        out.update(c for c in (*split_codes(p.code), p.named) if is_country(c))
    return frozenset(out)


def currency_country(text: str, amount: tuple[int, int]) -> Place | None:
    """The country of the national currency an amount is written in ('705m rupees', 'A$584m'), its word or sign the
    place's span: the one country of the currency's (``vocab/en/currency_countries.tsv``) that the text names
    (rupees in a story naming India and no other rupee's country); None for an amount in no such currency or a
    text naming none or several of its countries."""
    pattern, table = _currencies()
    m = pattern.search(text, *amount)
    if m is None:
        return None
    named = _named_countries(text)
    hits = [c for c in table[" ".join(m.group().split()).lower()] if c in named]
    return Place(hits[0], m.start(), m.end()) if len(hits) == 1 else None


@cache
def _home_signs() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The signs and words of ``vocab/en/home_currencies.tsv`` as one pattern (as written; a word whole; the longest
    first), and each (lower case, one space) -> its economy, the shape of :func:`_currencies`."""
    table: dict[str, tuple[str, ...]] = {" ".join(s.split()).lower(): (code,) for s, code in currency_signs().items()}
    signs = sorted(currency_signs(), key=len, reverse=True)
    alts = ((r"(?<![A-Za-z])" + re.escape(s) + r"(?![A-Za-z])") if s[0].isalpha() else re.escape(s) for s in signs)
    return re.compile("|".join(alts)), table


def sole_currency(
    text: str, amounts: Sequence[tuple[int, int]], words: tuple[re.Pattern[str], dict[str, tuple[str, ...]]]
) -> Place | None:
    """The country of the one currency every amount of ``amounts`` (spans of the text) is written in, read from the
    word or sign in each amount by ``words`` (a pattern and its table: word -> the countries whose currency it may
    be), its word in the first amount the evidence. None when there is no amount, or one has no word of the table,
    a word of several countries, or another country's."""
    pattern, table = words
    first: Place | None = None
    for start, end in amounts:
        m = pattern.search(text, start, end)
        codes = table[" ".join(m.group().split()).lower()] if m is not None else ()
        if m is None or len(codes) != 1 or (first is not None and codes[0] != first.code):
            return None
        first = first or Place(codes[0], m.start(), m.end())
    return first


def currency_home(
    text: str, amounts: Sequence[tuple[int, int]], places: Sequence[Place], firms: Sequence[Place]
) -> Place | None:
    """The country a text that names none makes plain by its currency (README of the BBC gold: a government's
    savings scheme and taxes in pounds sterling are the UK's): when every amount of money it states (``amounts``,
    conversions aside) is in one currency of ``vocab/en/home_currencies.tsv`` (the pound, not the dollar of world
    prices; :func:`sole_currency`), that currency's country, with its sign in the first amount as evidence, unless
    one of the text's ``places`` has another country's code (or a firm's name another national word) or one of
    its ``firms`` another home; else None. A text whose only country is that one ('said Jonathan Loynes, chief UK
    economist' in a story of the Chancellor's borrowing in pounds) names no other: the currency's country is still
    its home.

    The twin of :func:`results_currency`, by design not the same rule: this one places every figure of a text
    that names no other country, so its table holds the pound of the BBC's own stories ('£'); that one places a
    firm's results in a text that may name other countries, so its table (``currency_countries.tsv``) leaves the
    pound out ('US firm X paid £300m' is no British figure)."""
    home = sole_currency(text, amounts, _home_signs())
    if home is None:
        return None
    if any(p.code not in UNCODED | {home.code} or p.named not in ("", home.code) for p in places) or any(
        f.code not in UNCODED | {home.code} for f in firms
    ):
        return None  # the text names another country: its places decide, not the currency
    return home


def results_currency(text: str, amounts: Sequence[tuple[int, int]]) -> Place | None:
    """The country of the one national currency every amount of money of a text is written in, when that currency
    is of one country only (``vocab/en/currency_countries.tsv``: 'kronor' -> SE, 'yuan' -> CN; not 'rupees', nor
    the dollar or the euro, which the table leaves out), its word in the first amount the evidence
    (:func:`sole_currency`): README of the BBC gold, a firm the text gives no home whose own results it states in
    the currency of one country only (Ericsson's profits in kronor) takes that country. ``amounts``: the spans of
    the text's amounts of money, conversions aside. None when there is none, or one is in another currency or in
    none the table knows. Read only where :func:`currency_home` gives nothing."""
    return sole_currency(text, amounts, _currencies())


#: Between a change and the amount it reaches: at most four words, then 'to' ('rising 37% to 705m rupees', 'down
#: more than 25% from the previous year to 1.4bn rupees').
_TO_AMOUNT = re.compile(r"(?:[^\S\n]+[^\W\d][\w'’\-]*){0,4}?[^\S\n]+to[^\S\n]+\Z")


def reached_amount(text: str, fig: tuple[int, int], after: tuple[int, int] | None) -> bool:
    """True when ``after`` (the next figure's span) is the amount the change ``fig`` reaches ('rising 37% to 705m
    rupees'): the change is in the same currency's economy."""
    return after is not None and _TO_AMOUNT.fullmatch(text, fig[1], after[0]) is not None


def currency_subject(
    text: str, sent: tuple[int, int], subject: Place | None, amount: tuple[int, int] | None, places: list[Place]
) -> Place | None:
    """The country of a figure's national currency (:func:`currency_country` of ``amount``: the figure's own quote,
    or the amount a change reaches) as its subject, where its sentence names no place for it: a subject inherited
    from the paragraph or the story ('... in the US and Europe. Sales were down more than 25% to 1.4bn rupees' in a
    story about India's Dr Reddy's is India's), or none. A place the sentence names keeps the figure (README of the
    BBC gold: a British firm's investment of rupees in India is the firm's), and so does an inherited subject that holds
    the currency's country ('GB;NL' for Unilever's share price in pence); and a sentence (``places``: its places) that
    names the currency's country in another role decides ('to receive 623 million rubles in aid from Russia' is the
    recipient's, inherited: Russia is the giver). None when the currency decides nothing."""
    if amount is None or (subject is not None and sent[0] <= subject.at[0] < sent[1]):
        return None
    found = currency_country(text, amount)
    if found is None or (subject is not None and found.code in split_codes(subject.code)):
        return None  # a subject of the currency's country, or of several with it ('GB;NL' in pence), stays
    if any(found.code in split_codes(p.code) for p in places):
        return None
    return found
