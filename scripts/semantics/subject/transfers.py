"""Transfers, supplies and bids: who receives, is supplied or bids, and who gives or supplies ('Russia gave
Kyrgyzstan $20m', 'Iran will supply India with 7.5m tonnes', 'a £1.3bn takeover offer from Deutsche Boerse')."""

from __future__ import annotations

import re
from functools import lru_cache

from ..places import Place
from ..words import Token, bounded_trie, tokens, word_classes, word_list
from .clause import figure_clause, introduced, prev_word
from .firms import before_firm_noun


def transfer(
    text: str,
    sent: tuple[int, int],
    fig: tuple[int, int],
    places: list[Place],
    clause: tuple[int, int] | None = None,
    percent: bool = False,
) -> tuple[Place | None, Place | None]:
    """Subject and counterpart that a verb of transfer or supply of the figure's clause sets, where the text
    names them (``clause``: :func:`figure_clause` of the figure, when the caller has it; ``percent``: whether the
    figure is a percentage, by its unit): a transfer's recipient
    and giver ('Germany gave Ukraine $2bn'), or a firm's payment to a party that is no place, the firm's ('a US
    bank will donate $8m to victims of a Chilean ruler'); who a supply supplies and its supplier ('Iran will
    supply India with 7.5m tonnes', 'Venezuela offered to supply 120,000 barrels to China'): the goods of a
    supply deal are its buyer's, as an order is (README: an order or a supply deal is a deal), the supplier the
    counterpart; but a share of the seller's own output stays the seller's ('sells 60% of its output to the
    United States'; 'up to 50 of its planes' is a number of goods, the buyer's), and a verb of export keeps the
    exporter ('Peru exported 2.1m tonnes to China'), as exports are the exporter's. A supply that names no one
    supplied sets nothing (the place of a sale stays the place of the activity: 'sold 20% more cars in the US';
    'Airbus delivered 320 aircraft')."""
    clause = clause or figure_clause(text, sent, fig)
    if not _transfer_words().search(text[clause[0] : fig[0]].lower()):
        return None, None  # no transfer word before the figure: the clause is not tokenised
    toks = tokens(text, clause[0], fig[0], [])
    verbs = [
        t
        for i, t in enumerate(toks)
        if t.is_any("give", "receive", "supply", "export") and not _nominal(toks, i) and not _conjunction(toks, i)
    ]
    if not verbs:
        return None, None
    verb = verbs[-1]
    before = [p for p in places if clause[0] <= p.at[1] <= verb.start]
    between = [p for p in places if verb.end <= p.at[0] and p.at[1] <= fig[0]]
    after = [p for p in places if fig[1] <= p.at[0] < clause[1]]

    def after_word(words: set[str]) -> Place | None:
        return next((p for p in after if prev_word(text, p) in words), None)

    # a place after 'to' before the verb, or after a figure and 'to' between the verb and this figure, is where an
    # earlier figure of the clause goes ('gave $1bn to Ukraine and lent $2bn to Belarus', 'supply 5bn cubic metres
    # to Ukraine and 2bn to Poland'): no party of this figure ('supply gas to India worth $5bn' names its buyer)
    agents = [p for p in before if prev_word(text, p) != "to"]
    if verb.is_any("supply", "export"):
        supplied = next(
            (p for p in between if prev_word(text, p) != "by" and not _earlier_figures_place(text, verb.end, p)),
            None,
        )
        supplied = supplied or after_word({"to"})
        if supplied is None:
            return None, None
        supplier = agents[-1] if agents else None
        if verb.is_("export") or (percent and _OWN_SHARE.match(text, fig[1])):
            return supplier, supplied
        return supplied, supplier
    if verb.is_("give"):
        recipient = (between[-1] if between else None) or after_word({"to", "for"})
        if recipient is None and {verb.low, verb.low.removesuffix("ed")} & _bid_nouns():
            return (before[-1] if before else None), None  # 'Deutsche Boerse offered £1.3bn': the bidder's price
        giver = agents[-1] if agents else None
        if (
            recipient is None
            and giver is not None
            and (giver.via is not None or before_firm_noun(text, giver))
            and _GIVEN_GAP.fullmatch(text, verb.end, fig[0]) is not None
        ):
            # 'A US bank has said it will donate more than $8m to victims of former Chilean military ruler': a firm's
            # payment to a party that is no place is the firm's, not that of a place in the party's description
            return giver, None
        return recipient, giver
    # 'Turkey has agreed a draft proposal with the IMF to borrow $10bn': who receives is the clause's own place,
    # not one a preposition of exchange introduces (that one is the giver, unless 'from' or 'by' names another)
    plain = [p for p in before if not introduced(text, sent, p)]
    recipient = plain[-1] if plain else (before[-1] if before else None)
    lender = next((p for p in reversed(before) if p is not recipient and prev_word(text, p) == "with"), None)
    return recipient, after_word({"from", "by"}) or lender


def _earlier_figures_place(text: str, verb_end: int, p: Place) -> bool:
    """True when the place follows 'to' and a number stands between the verb and it ('supply 5bn cubic metres to
    Ukraine and 2bn cubic metres to Poland': Ukraine is where the 5bn goes, not the 2bn)."""
    return prev_word(text, p) == "to" and _DIGIT.search(text, verb_end, p.at[0]) is not None


_DIGIT = re.compile(r"\d")


#: After a percentage, 'of' and a possessive of the seller ('60% of its output'): a share of the seller's own
#: goods (not '50 of its forthcoming planes', a number of goods).
_OWN_SHARE = re.compile(r"[^\S\n]+of[^\S\n]+(?:its|their)\b")


#: Between a verb of giving and the amount it gives: at most three words, no figure ('donate more than $8m',
#: 'give a $50,000 bribe'; not '$27m into two' for the 'two').
_GIVEN_GAP = re.compile(r"(?:[^\S\n]+[A-Za-z]+){0,3}[^\S\n]+")


@lru_cache(maxsize=1)
def _transfer_words() -> re.Pattern[str]:
    """The words of the 'give', 'receive', 'supply' and 'export' classes as whole words of a lower-cased text: a
    cheap test that finds every clause :func:`transfer` can read a verb in (and a few more)."""
    words = [w for w, c in word_classes().items() if c & {"give", "receive", "supply", "export"}]
    return re.compile(bounded_trie(words, r"[^\W_]") + r"(?![^\W_])")


#: Between a bidder's possessive and the price: "Xstrata's bid of ", "Glazer's latest takeover offer of ".
_BID_OF = re.compile(r"['’]s?(?:[^\S\n]+[a-z][\w\-]*){0,2}?[^\S\n]+([a-z]+)[^\S\n]+of[^\S\n]+")


def possessive_bidder(text: str, fig: tuple[int, int], clause: tuple[int, int], places: list[Place]) -> Place | None:
    """The place whose possessive names the bid the figure prices, a bid noun (class 'bid' of ``vocab/en/deals.tsv``)
    and 'of' between ("Xstrata's bid of A$6.35 a share"): the bidder, the figure's subject. A bidder named after the
    figure ('a £1.3bn takeover offer from Deutsche Boerse') is :func:`deals.deal_buyer`'s."""
    for p in places:
        if clause[0] <= p.at[0] and p.at[1] <= fig[0]:
            m = _BID_OF.fullmatch(text, p.at[1], fig[0])
            if m is not None and m.group(1) in _bid_nouns():
                return p
    return None


def _bid_nouns() -> frozenset[str]:
    """The nouns of a bid (class 'bid' of ``vocab/en/deals.tsv``)."""
    return word_list("deals.tsv", "bid")


def _conjunction(toks: list[Token], i: int) -> bool:
    """True when a transfer word opens a clause with 'that' ('given that growth was set to fall', 'provided that
    the loan is repaid'): a conjunction, not the verb of a transfer."""
    return i + 1 < len(toks) and toks[i + 1].low == "that"


def _nominal(toks: list[Token], i: int) -> bool:
    """True when a transfer word is a noun ('a takeover offer', 'the loans'), not the clause's verb:
    a determiner or a lower-case content word (a noun's modifier) comes right before it."""
    if i == 0 or not toks[i - 1].is_word or not toks[i - 1].text.islower():
        return False
    prev = toks[i - 1]
    return prev.is_("det") or (prev.content and not prev.is_("give") and not prev.is_("receive"))
