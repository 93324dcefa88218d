"""Facts about the places of one sentence that each of its figures asks with the same answer, read once."""

from __future__ import annotations

from collections.abc import Sequence

from ..places import Place, is_country
from .context import context_place
from .frames import after_trade_word, listing_exchanges, parents_of_placed_units, places_a_unit, trade_partners
from .mentions import places_in
from .shares import is_held, share_market


class PlaceFacts:
    """Facts about the places of one sentence (window) that each of its figures asks with the same answer, read
    once for them all (the same functions, called once): which places are where a share trades
    (:func:`share_market`), what a share is of (:func:`is_held`) and which name the exchange of a listing
    (:func:`listing_exchanges`), found over all the sentence's places; the
    trade partners (:func:`trade_partners`) and the parents of placed units (:func:`parents_of_placed_units`) of a
    list of its places, on first asking; its countries (:func:`_coordinated`); the place a figure of it takes from
    its context when it names none for the figure (:func:`context_place`, by the figure's paragraph and the code
    left out; ``firms``: the text's, as :func:`places_between` takes them). A run-on sentence's figures then
    do not each re-read all its places. A place is known by its span and ``via`` (all those functions read of
    it); a list by its places (a place is a frozen value: a firm's place as a name in one figure is another)."""

    __slots__ = (
        "_context",
        "_countries",
        "_held",
        "_listed",
        "_market",
        "_parents",
        "_partners",
        "_trading",
        "_units",
        "firms",
        "places",
        "sent",
        "text",
    )

    def __init__(self, text: str, sent: tuple[int, int], places: Sequence[Place], firms: list[Place]) -> None:
        self.text = text
        self.sent = sent
        self.firms = firms
        self.places = places
        self._market: frozenset[tuple[int, int, tuple[int, int] | None]] | None = None  # each read on first asking
        self._held: frozenset[tuple[int, int, tuple[int, int] | None]] | None = None
        self._listed: frozenset[tuple[int, int, tuple[int, int] | None]] | None = None
        self._partners: dict[tuple[Place, ...], list[Place]] = {}
        self._parents: dict[tuple[Place, ...], frozenset[tuple[int, int]]] = {}
        self._countries: tuple[list[Place], dict[int, int]] | None = None
        self._context: dict[tuple[int, str | None], Place | None] = {}
        # whether any place comes after a trade word (partners), and whether one places a unit (parents): read on
        # first asking, None until then
        self._trading: bool | None = None
        self._units: bool | None = None

    def off_market(self, places: list[Place]) -> list[Place]:
        """``places`` without those where a share trades (:func:`share_market`)."""
        if self._market is None:
            self._market = frozenset(_key(p) for p in self.places if share_market(self.text, self.sent, p))
        return [p for p in places if _key(p) not in self._market] if self._market else places

    def held(self, places: list[Place]) -> list[Place]:
        """The places of ``places`` that a share is of (:func:`is_held`)."""
        if self._held is None:
            self._held = frozenset(_key(p) for p in self.places if is_held(self.text, self.sent, p))
        return [p for p in places if _key(p) in self._held] if self._held else []

    def listed(self, places: list[Place]) -> list[Place]:
        """The places of ``places`` that name an exchange in a sentence of a listing (:func:`listing_exchanges`)."""
        if self._listed is None:
            self._listed = frozenset(_key(p) for p in listing_exchanges(self.text, self.sent, self.places))
        return [p for p in places if _key(p) in self._listed] if self._listed else []

    def partners(self, places: list[Place]) -> list[Place]:
        """:func:`trade_partners` of ``places`` (the list is shared: never mutated); none, with no list hashed, in a
        sentence where no place comes after a trade word (:func:`after_trade_word`, read once)."""
        if self._trading is None:
            self._trading = after_trade_word(self.text, self.places)
        if not self._trading:
            return []
        key = tuple(places)
        if key not in self._partners:
            self._partners[key] = trade_partners(self.text, places)
        return self._partners[key]

    def parents(self, places: list[Place]) -> frozenset[tuple[int, int]]:
        """The spans of :func:`parents_of_placed_units` of ``places``; none, with no list hashed, in a sentence where
        no place is followed by a unit of another (:func:`places_a_unit`, read once)."""
        if self._units is None:
            self._units = places_a_unit(self.text, self.places)
        if not self._units:
            return frozenset()
        key = tuple(places)
        if key not in self._parents:
            self._parents[key] = frozenset((p.start, p.end) for p in parents_of_placed_units(self.text, places))
        return self._parents[key]

    def countries(self) -> tuple[list[Place], dict[int, int]]:
        """The countries named in the sentence (:func:`places_in`), in order, and the index of the first of them
        at each start."""
        if self._countries is None:
            found = [p for p in places_in(self.text, *self.sent) if is_country(p.code)]
            index: dict[int, int] = {}
            for k, p in enumerate(found):
                index.setdefault(p.start, k)
            self._countries = found, index
        return self._countries

    def context(self, para: int, other: str | None) -> Place | None:
        """:func:`context_place` of a figure of the sentence in the paragraph starting at ``para``, ``other``
        left out."""
        key = (para, other)
        if key not in self._context:
            self._context[key] = context_place(self.text, para, self.sent[0], other, self.firms)
        return self._context[key]


def _key(p: Place) -> tuple[int, int, tuple[int, int] | None]:
    """What :func:`share_market`, :func:`is_held` and :func:`listing_exchanges` read of a place: its span and
    ``via``."""
    return p.start, p.end, p.via
