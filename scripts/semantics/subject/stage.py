"""The subject stage as the pipeline runs it: what it reads once per text, per sentence and per figure.

Per text, the firms with a home and the country anaphors, and the country the text makes plain by its currency;
per sentence, its places and their facts; per figure, :func:`who.who`, then the country of a national currency
its sentence names no place for, and the market a firm's sales are in (``frames``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...extraction.mentions import Figure
from ..places import NO_CODE, Place
from .clause import figure_clause
from .deals import HOMELESS, deal_buyer
from .facts import PlaceFacts
from .firms import firm_places
from .frames import currency_home, currency_subject, market_subject, reached_amount, results_currency
from .mentions import all_places, at_start, country_anaphors, places_between
from .who import who

#: A currency's code as a figure's unit: three capitals.
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _in_currency(f: Figure) -> bool:
    """True for a figure whose unit is a currency's code ('GBP', 'SEK/share'): an amount of money, whose currency
    may place the text (:func:`frames.currency_home`); False for a percentage, a count or a year."""
    return _CURRENCY_CODE.fullmatch(f.unit.split("/")[0]) is not None


def _currency_amount(text: str, f: Figure, nxt: Figure | None) -> tuple[int, int] | None:
    """The span of the amount whose currency a figure is in (:func:`currency_subject`): its own for money, the
    amount a change reaches for a percentage ('rising 37% to 705m rupees': ``nxt``, the next figure), else None."""
    if f.kind == "money":
        return f.start, f.end
    if f.kind != "percent" or nxt is None or nxt.kind != "money":
        return None
    return (nxt.start, nxt.end) if reached_amount(text, (f.start, f.end), (nxt.start, nxt.end)) else None


class TextSubjects:
    """The subjects and counterparts of one text's figures. Read once per text: ``firms``, the mentions of firms
    with a home and the country anaphors ('the country'), in the order of the text; ``home``, the country a text
    that names none makes plain by its currency; else ``results``, a firm's results in the currency of one country
    only ('9.5bn kronor'), that country, for a figure of no region ('the African average of 4%' in a story in rand
    has no subject)."""

    __slots__ = ("firms", "home", "results", "text")

    def __init__(self, text: str, figures: Sequence[Figure]) -> None:
        self.text = text
        self.firms = sorted(firm_places(text) + country_anaphors(text), key=at_start)
        amounts = [(f.start, f.end) for f in figures if f.equivalent_of is None and _in_currency(f)]
        self.home = currency_home(text, amounts, all_places(text)[1], self.firms)
        self.results = None if self.home is not None else results_currency(text, amounts)

    def sentence(self, sent: tuple[int, int]) -> tuple[list[Place], PlaceFacts]:
        """The places of the sentence (window) ``sent`` and their facts, which all its figures share."""
        places = places_between(self.text, sent[0], sent[1], self.firms)
        return places, PlaceFacts(self.text, sent, places, self.firms)

    def figure(
        self,
        sent: tuple[int, int],
        f: Figure,
        nxt: Figure | None,
        measure: tuple[int, int] | None,
        para: int,
        story: tuple[int, int] | None,
        places: list[Place],
        facts: PlaceFacts,
    ) -> tuple[Place | None, Place | None]:
        """Subject and counterpart of the figure ``f`` of the sentence ``sent``: :func:`who`; then, for a figure in
        a national currency that its sentence names no place for, the currency's country, not the paragraph's ('...
        in the US and Europe. Sales were down more than 25% to 1.4bn rupees'); and a firm's sales in the market its
        paragraph or story states, that market's ('Toyota sales jumped 11%'). ``nxt``: the next figure of the text
        (the amount a change reaches); ``measure``: the figure's; ``para``: where its paragraph starts; ``story``: the
        lede's span; ``places`` and ``facts``: :meth:`sentence` of ``sent``."""
        text = self.text
        fig = (f.start, f.end)
        clause = figure_clause(text, sent, fig)
        # the text's currency's country; a firm's results' only in a sentence that names no region
        home = self.home or (
            self.results if self.results is not None and not any(p.code == NO_CODE for p in places) else None
        )
        subject, counterpart = who(
            text,
            sent,
            fig,
            measure,
            para,
            self.firms,
            places,
            home,
            f.kind,
            clause=clause,
            facts=facts,
            unit=f.unit,
        )
        by_currency = currency_subject(text, sent, subject, _currency_amount(text, f, nxt), places)
        # (not for a deal's price whose buyer the text gives no home: 'a $6.75bn buyout by telecoms giant Verizon';
        # asked only of a figure the currency would place, not of every figure with no subject)
        if by_currency is not None and subject is None:
            by_currency = None if deal_buyer(text, clause, fig, places) is HOMELESS else by_currency
        if by_currency is not None:
            subject = by_currency
            counterpart = None if counterpart is not None and counterpart.code == subject.code else counterpart
        if subject is not None:
            markets = [(para, f.start)] + ([(0, story[1])] if story is not None else [])
            spans_up_to = [(a, min(b, f.start)) for a, b in markets]
            subject = market_subject(text, clause, places, subject, spans_up_to, self.firms) or subject
        return subject, counterpart
