"""Shares: what a share bought or held is of (the counterpart), and where a share price trades (no subject)."""

from __future__ import annotations

import re

from ..places import Place
from ..words import word_list
from .clause import LETTERS

#: Right before a place: a share and 'of' or 'in' ('37.5% of', 'a 26% stake in'), a possessive name between
#: ("67.7% of Hexal's US affiliate") or one to three capitalised words and 'of' ('49% of National Bank of Iraq'),
#: so that the place is what the share is of.
_SHARE_OF = re.compile(
    r"(?:%|\bper[^\S\n]?cent|\bstakes?|\bholdings?)(?:[^\S\n]+[\w'’\-]+){0,2}?[^\S\n]+(?:of|in)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[A-Z][\w&\-]*['’]s?[^\S\n]+|(?:[A-Z][\w&\-]*[^\S\n]+){1,3}of[^\S\n]+)?\Z"
)


def is_held(text: str, sent: tuple[int, int], p: Place) -> bool:
    """True for a place that a share is of, in a sentence that buys or holds it (a verb of class 'hold' of
    ``vocab/en/deals.tsv`` before it): 'S&N is to buy 37.5% of India's United Breweries in a deal worth
    4.66bn rupees' makes India what is bought in both figures (README of the BBC gold: a stake takes the
    holder's country, a deal the buyer's); '30% of India's GDP' holds nothing."""
    at = p.at[0]
    if _SHARE_OF.search(text, max(sent[0], at - 60), at) is None:
        return False
    return any(w.lower() in _hold_verbs() for w in LETTERS.findall(text, sent[0], at))


def _hold_verbs() -> frozenset[str]:
    """The verbs of buying or holding a share (class 'hold' of ``vocab/en/deals.tsv``)."""
    return word_list("deals.tsv", "hold")


#: Right before the place where a share price trades: the shares, up to three words, the price (what it moved
#: to or closed at), then 'in' or 'on' ('Shares fell 1% to 510.75 pence in ', 'its stock closed at $12.50 on the ').
_AT_MARKET = re.compile(
    r"\b(?:[Ss]hares?|[Ss]tocks?)(?:[^\S\n]+[\w'’\-]+){0,3}?(?:[^\S\n]+(?:by|to|at))?[^\S\n]+\S*\d\S*"
    r"(?:[^\S\n]+[a-z]+)?(?:[^\S\n]+(?:to|at)[^\S\n]+\S*\d\S*(?:[^\S\n]+[a-z]+)?)?"
    r"[^\S\n]+(?:in|on)[^\S\n]+(?:the[^\S\n]+)?\Z"
)


def share_market(text: str, sent: tuple[int, int], p: Place) -> bool:
    """True for a place named right after a share price and 'in' or 'on' ('Shares fell 1% to 510.75 pence in
    London, and dropped by 1.2% to 50.50 euros in Amsterdam'): where the shares trade, not where the firm's
    activity is, for every figure of the sentence; a share price stays the firm's own figure (README of the
    BBC gold: a firm's share price takes the firm's country). Only a place named at its own words (not a
    firm's mention), the shares named at most three words before the price."""
    if p.via is not None:
        return False
    return _AT_MARKET.search(text, max(sent[0], p.start - 80), p.start) is not None
